"""Reading a redaction log back: lines, runs, and each output's history.

Reading is tolerant: a line that is not a JSON object is kept (with
``record`` ``None``) so that :mod:`.verify` can name it, instead of the
reader stopping at the first damaged line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError


@dataclass(frozen=True)
class LogLine:
    """One non-empty line of the log; ``record`` is ``None`` when it is not a JSON object."""

    number: int  # 1-based line number in the file
    raw: bytes  # the line's bytes without the newline
    record: dict[str, Any] | None
    newline: bool  # False only for a last line cut off before its newline

    @property
    def type(self) -> str:
        """The record's ``type`` ('' when the line is no JSON object)."""
        return str(self.record.get("type", "")) if self.record is not None else ""

    def get(self, key: str, default: Any = None) -> Any:
        """A field of the record, or ``default`` (also when the line is no JSON object)."""
        return self.record.get(key, default) if self.record is not None else default


@dataclass(frozen=True)
class Run:
    """One run: its header, the records after it, and its closing ``run_end`` (if any)."""

    header: LogLine
    body: tuple[LogLine, ...]
    end: LogLine | None

    @property
    def documents(self) -> tuple[LogLine, ...]:
        """The run's ``document`` records, in log order."""
        return tuple(ln for ln in self.body if ln.type == "document")

    @property
    def redactions(self) -> tuple[LogLine, ...]:
        """The run's ``redaction`` records, in log order."""
        return tuple(ln for ln in self.body if ln.type == "redaction")


@dataclass(frozen=True)
class Processing:
    """One processing of an output path: its document record and the redactions logged with it."""

    run: Run
    document: LogLine
    redactions: tuple[LogLine, ...]

    @property
    def output(self) -> str:
        """The output path the document record names."""
        return str(self.document.get("output", ""))

    @property
    def status(self) -> str:
        """written, skipped or failed (see :func:`status_of`)."""
        return status_of(self.document)


def read_log(path: Path) -> tuple[LogLine, ...]:
    """Every non-empty line of the log at ``path``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such file. Give the audit.jsonl of a run.") from exc
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the log ({exc.strerror}).") from exc
    lines = []
    chunks = data.split(b"\n")
    for n, raw in enumerate(chunks, 1):
        if not raw.strip():
            continue
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        record = parsed if isinstance(parsed, dict) else None
        lines.append(LogLine(n, raw, record, newline=n < len(chunks)))
    return tuple(lines)


def split_runs(lines: Iterable[LogLine]) -> tuple[tuple[Run, ...], tuple[LogLine, ...]]:
    """The runs of the log, and the stray lines that belong to no run.

    A run starts at a ``run`` record and ends at its ``run_end``; lines before
    the first header or between a ``run_end`` and the next header are strays.
    """
    runs: list[Run] = []
    strays: list[LogLine] = []
    header: LogLine | None = None
    body: list[LogLine] = []
    for ln in lines:
        if ln.type == "run":
            if header is not None:
                runs.append(Run(header, tuple(body), None))
            header, body = ln, []
        elif header is None:
            strays.append(ln)
        elif ln.type == "run_end":
            runs.append(Run(header, tuple(body), ln))
            header, body = None, []
        else:
            body.append(ln)
    if header is not None:
        runs.append(Run(header, tuple(body), None))
    return tuple(runs), tuple(strays)


def status_of(document: LogLine) -> str:
    """written | skipped | failed (derived for logs of format /1, which lack ``status``)."""
    status = document.get("status")
    if status:
        return str(status)
    if document.get("outcome") == "failed":
        return "failed"
    return "skipped" if str(document.get("reason", "")).startswith("up to date") else "written"


def processings(runs: Iterable[Run]) -> tuple[Processing, ...]:
    """Every document record with the redaction records that follow it, in log order."""
    out = []
    for run in runs:
        current: LogLine | None = None
        found: list[LogLine] = []
        for ln in run.body:
            if ln.type == "document":
                if current is not None:
                    out.append(Processing(run, current, tuple(found)))
                current, found = ln, []
            elif ln.type == "redaction" and current is not None and ln.get("document") == current.get("output"):
                found.append(ln)
        if current is not None:
            out.append(Processing(run, current, tuple(found)))
    return tuple(out)


@dataclass(frozen=True)
class CurrentDocument:
    """An output path as the log last describes it.

    ``latest`` is the last document record for the path; ``file`` the last one
    that describes a file on disk (written, or kept as up to date), with the
    redactions of the run that actually wrote that file.
    """

    output: str
    latest: Processing
    file: Processing | None
    redactions: tuple[LogLine, ...]


def current_documents(runs: Iterable[Run]) -> tuple[CurrentDocument, ...]:
    """One entry per output path, in the order the paths first appear in the log."""
    history: dict[str, list[Processing]] = {}
    for p in processings(runs):
        history.setdefault(p.output, []).append(p)
    out = []
    for output, items in history.items():
        with_file = [p for p in items if p.document.get("output_sha256")]
        file = with_file[-1] if with_file else None
        redactions: tuple[LogLine, ...] = ()
        if file is not None:
            sha = file.document.get("output_sha256")
            writers = [p for p in with_file if p.status == "written" and p.document.get("output_sha256") == sha]
            redactions = writers[-1].redactions if writers else file.redactions
        out.append(CurrentDocument(output, items[-1], file, redactions))
    return tuple(out)
