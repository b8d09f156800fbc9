"""Diagnostics on stderr through :mod:`logging`: plain lines for people, JSON lines for batch systems.

stdout is data (one JSON line per document, an audit answer); everything for
people goes through the ``woo_redact`` logger to stderr. ``-v`` shows debug
messages, ``-q`` only warnings and errors (``-qq`` errors only), and
``--log-json`` writes one JSON object per line
(``{"time", "level", "logger", "message"}``, plus ``"error"``: the exception
class name, when the record is about one) for log collectors.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import TextIO

LOGGER = "woo_redact"


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as ``{"time", "level", "logger", "message"[, "error"]}``."""
        data: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        error = getattr(record, "error", None)  # logger.error(..., extra={"error": "ClassName"})
        if error is None and record.exc_info and record.exc_info[0] is not None:
            error = record.exc_info[0].__name__
        if error:
            data["error"] = str(error)
        return json.dumps(data, ensure_ascii=False)


class _Handler(logging.StreamHandler[TextIO]):
    """The handler :func:`setup` installs (so a second call replaces it, and only it)."""


def level_for(verbose: int, quiet: int) -> int:
    """The logging level of ``-v`` (repeated) and ``-q`` (repeated): INFO by default."""
    steps = [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR]
    return steps[max(0, min(len(steps) - 1, 1 - verbose + quiet))]


def setup(verbose: int = 0, quiet: int = 0, json_lines: bool = False, stream: TextIO | None = None) -> None:
    """Send the ``woo_redact`` logger's records to stderr (or ``stream``) at the level ``-v``/``-q`` ask for.

    Called once by the command line; calling it again replaces the handler
    (the tests run several commands in one process).
    """
    logger = logging.getLogger(LOGGER)
    for old in [h for h in logger.handlers if isinstance(h, _Handler)]:
        logger.removeHandler(old)
    handler = _Handler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level_for(verbose, quiet))
    logger.propagate = False
