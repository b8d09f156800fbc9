"""``woo-redact audit verify|lookup|report``: answers for auditors from a run's ``audit.jsonl``.

stdout carries the answer (a JSON summary, the matches, the HTML report);
stderr, through :mod:`logging`, what it means for people.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from ..errors import ExitCode, UsageError
from ..layout import PUBLISH

log = logging.getLogger(__name__)


def outputs_folder(log_path: Path, outputs: Path | None) -> Path:
    """The folder of the published files: ``outputs`` when given, else the one of the log's run."""
    folder: Path
    if outputs is not None:
        folder = outputs
    else:  # the run's folder: OUT/audit.jsonl next to OUT/publish/ (a folder of before the split: the log's own)
        folder = log_path.parent / PUBLISH if (log_path.parent / PUBLISH).is_dir() else log_path.parent
    if not folder.is_dir():
        raise UsageError(f"--outputs {folder}: not a folder. Give the folder that holds the published files.")
    return folder


def verify(log_path: Path, outputs: Path | None) -> ExitCode:
    """``audit verify``: the log's hash chain, its completeness and the output files."""
    from ..audit.verify import verify_log

    result = verify_log(log_path, outputs_folder(log_path, outputs))
    print(json.dumps(result.summary(), ensure_ascii=False))
    for note in result.notes:
        log.info("audit verify: note: %s", note)
    for problem in result.problems:
        log.error("audit verify: %s: %s", log_path, problem)
    if not result.ok:
        log.error("audit verify: %s does NOT verify (%d problems).", log_path, len(result.problems))
        return ExitCode.VERIFY_FAILED
    log.info(
        "audit verify: %s verifies: %d records in %d runs, unbroken chain, %d output files match.",
        log_path,
        result.records,
        result.runs,
        result.outputs_checked,
    )
    return ExitCode.OK


def lookup(log_path: Path, text: str, key: Path | None, config: Path | None) -> ExitCode:
    """``audit lookup``: the redactions of ``text`` (key file ``key``, or the one of ``config``)."""
    from ..audit.log import load_key
    from ..audit.lookup import find
    from ..config import load_config

    key_file = key if key is not None else load_config(config).audit.key_file
    matches = find(log_path, text, load_key(key_file, create=False))
    for m in matches:
        print(json.dumps(m.record(), ensure_ascii=False))
    if not matches:
        log.warning(
            "audit lookup: not found: no redaction in %s matches that text under the key %s "
            "(with another key than the log was written with, nothing is ever found).",
            log_path,
            key_file,
        )
    else:
        exact = sum(m.exact for m in matches)
        log.info("audit lookup: %d redactions found (%d of the whole text).", len(matches), exact)
    return ExitCode.OK


def report(log_path: Path, outputs: Path | None, out: Path | None) -> ExitCode:
    """``audit report``: a self-contained HTML report of the log, to ``out`` or stdout."""
    from ..audit.report import build_report
    from ..outputs import atomic_write

    built = build_report(log_path, outputs_folder(log_path, outputs))
    if out is None:
        sys.stdout.write(built.html)
    else:
        atomic_write(out, built.html.encode("utf-8"))
        log.info("audit report: written to %s.", out)
    if not built.verification.ok:
        log.error(
            "audit report: %s does NOT verify (%d problems, listed in the report; run `woo-redact audit verify` "
            "for details).",
            log_path,
            len(built.verification.problems),
        )
        return ExitCode.VERIFY_FAILED
    return ExitCode.OK
