"""``woo-redact audit verify``: is the log unaltered, complete, and are the outputs its files?

Three things are checked:

- the chain: every record's ``prev`` is the SHA-256 of the line before it (the
  first carries 64 zeros), so an edited, removed, inserted or reordered record
  breaks it at the next line;
- completeness: every run is closed by a ``run_end`` whose counts (records,
  documents, written / skipped / failed) match the records of that run, so a
  log cut off at its end is detected too;
- the outputs: each output path's latest recorded SHA-256 matches the file,
  and a document whose latest record is a failure has no file at all (a
  failed document's earlier version must not stay published).

The chain cannot protect the very last line against someone who rewrites it
together with a matching ``run_end``; for that, keep the ``head`` that verify
prints (the hash of the last line) somewhere else, e.g. in the case file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .log import FORMAT, GENESIS, line_hash
from .reader import CurrentDocument, LogLine, Run, current_documents, read_log, split_runs, status_of

KNOWN_TYPES = {"run", "document", "redaction", "run_end", "review_decision", "review_addition"}
KNOWN_FORMATS = {"woo_redact.audit/1", FORMAT}


@dataclass(frozen=True)
class Problem:
    """One reason the log does not verify; ``line`` 0 means the log as a whole."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying one log (and the outputs it describes)."""

    log: Path
    records: int
    runs: int
    head: str  # hash of the last line: keep it elsewhere to protect the end of the log
    outputs: Path | None
    outputs_checked: int
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]  # worth knowing, but not a failure

    @property
    def ok(self) -> bool:
        """True when the log verifies (no problems; notes do not count)."""
        return not self.problems

    def summary(self) -> dict[str, object]:
        """The JSON-ready summary that ``audit verify`` prints on stdout."""
        return {
            "log": str(self.log),
            "verified": self.ok,
            "records": self.records,
            "runs": self.runs,
            "head": self.head,
            "outputs": str(self.outputs) if self.outputs else None,
            "outputs_checked": self.outputs_checked,
            "problems": len(self.problems),
        }


def check_chain(lines: Iterable[LogLine]) -> list[Problem]:
    """Every line is a JSON record whose ``prev`` is the hash of the line before it."""
    problems = []
    before: LogLine | None = None
    for ln in lines:
        if ln.record is None:
            problems.append(Problem(ln.number, "not a JSON record: the line was edited or cut off"))
        elif before is None:
            if ln.get("prev") != GENESIS:
                problems.append(
                    Problem(ln.number, "the first record does not start the chain: records before it were removed")
                )
        elif ln.get("prev") != line_hash(before.raw):
            problems.append(
                Problem(
                    ln.number,
                    f"the chain is broken: `prev` is not the hash of line {before.number} "
                    f"(line {before.number} was changed, or records were removed, inserted or reordered here)",
                )
            )
        if not ln.newline:
            problems.append(Problem(ln.number, "the last line has no newline: the log was cut off"))
        before = ln
    return problems


def _count_problems(run: Run) -> list[Problem]:
    """The run's ``run_end`` and header counts against the records of the run."""
    assert run.end is not None
    end, docs = run.end, run.documents
    problems = []
    statuses = [status_of(d) for d in docs]
    expected = {
        "records": 1 + len(run.body),
        "documents": len(docs),
        "written": statuses.count("written"),
        "skipped": statuses.count("skipped"),
        "failed": statuses.count("failed"),
    }
    for key, value in expected.items():
        if key in (end.record or {}) and end.get(key) != value:
            problems.append(
                Problem(
                    end.number,
                    f"run_end says {key} = {end.get(key)!r} but the run (header at line {run.header.number}) "
                    f"has {value}: records were removed, added or changed",
                )
            )
    announced = run.header.get("documents")
    # a run stopped early (Ctrl-C, an internal error) says so in its run_end; check_runs notes it
    stopped = isinstance(end.get("stopped"), str) and isinstance(announced, int) and announced > len(docs)
    if isinstance(announced, int) and announced != len(docs) and not stopped:
        problems.append(
            Problem(
                run.header.number,
                f"the run announces {announced} documents but {len(docs)} document records follow: "
                "records were removed or added",
            )
        )
    return problems


def check_runs(runs: tuple[Run, ...], strays: tuple[LogLine, ...]) -> tuple[list[Problem], list[str]]:
    """Structure and completeness of every run; (problems, notes)."""
    problems: list[Problem] = []
    notes: list[str] = []
    if not runs:
        problems.append(Problem(0, "the log holds no run header: it is empty or its beginning was removed"))
    for ln in strays:
        if ln.record is not None:
            problems.append(
                Problem(
                    ln.number, f"a {ln.type or 'untyped'} record outside a run (not between a header and its run_end)"
                )
            )
    for i, run in enumerate(runs):
        fmt = run.header.get("format")
        if fmt not in KNOWN_FORMATS:
            problems.append(Problem(run.header.number, f"unknown log format {fmt!r}"))
        document = None
        for ln in run.body:
            if ln.record is None:
                continue
            if ln.type not in KNOWN_TYPES:
                problems.append(Problem(ln.number, f"unknown record type {ln.type!r}"))
            elif ln.type == "document":
                document = ln.get("output")
            elif ln.type == "redaction" and ln.get("document") != document:
                problems.append(Problem(ln.number, "a redaction that does not follow its document's record"))
        if run.end is not None:
            problems += _count_problems(run)
            if run.end.get("stopped"):
                notes.append(
                    f"line {run.end.number}: this run stopped before all its documents were done "
                    f"({run.end.get('stopped')}): {run.end.get('documents')} of {run.header.get('documents')}"
                )
            if "records" not in (run.end.record or {}):
                notes.append(
                    f"line {run.end.number}: this run_end (format {fmt}) has no record count; "
                    "a removed record at the end of that run may go unnoticed"
                )
        elif i == len(runs) - 1:
            problems.append(
                Problem(
                    run.header.number,
                    "the last run (header on this line) has no run_end: the log was cut off "
                    "(or that run was interrupted or is still going)",
                )
            )
        else:
            notes.append(f"line {run.header.number}: this run has no run_end (it was interrupted)")
    return problems, notes


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def output_state(folder: Path, output: str, sha256: str) -> str:
    """``matches``, ``differs``, ``missing`` or ``outside`` (a path that leaves the folder)."""
    rel = PurePosixPath(output)
    if not output or rel.is_absolute() or ".." in rel.parts:
        return "outside"
    path = folder / rel
    if not path.is_file():
        return "missing"
    return "matches" if _sha256(path) == sha256 else "differs"


def document_state(folder: Path, doc: CurrentDocument) -> str | None:
    """:func:`output_state` of the file the log describes, or for a document whose latest record is a
    failure ``withdrawn`` (no file, as it should be) or ``stale`` (a file is still there); None: nothing to check.
    """
    if doc.latest.status == "failed":
        rel = PurePosixPath(doc.output)
        if not doc.output or rel.is_absolute() or ".." in rel.parts:
            return "outside"
        return "stale" if (folder / rel).exists() else "withdrawn"
    if doc.file is None:
        return None
    return output_state(folder, doc.output, str(doc.file.document.get("output_sha256")))


_STATE_PROBLEMS = {
    "outside": "output path {output!r} is not inside the output folder",
    "missing": "output {output} is missing from {folder}",
    "differs": "output {output} does not match its recorded SHA-256 (changed after the run)",
    "stale": "output {output} is in {folder} although its document failed in its latest run: "
    "an earlier version that may lack redactions; take it out",
}


def check_outputs(runs: tuple[Run, ...], folder: Path) -> tuple[list[Problem], int]:
    """Each output's latest recorded SHA-256 against the file in ``folder``; (problems, files checked)."""
    problems = []
    checked = 0
    for doc in current_documents(runs):
        state = document_state(folder, doc)
        if state is None or state == "withdrawn":
            continue
        # a failed latest record ("stale", or "outside" with no file record at all) is the line to name
        line = (doc.latest if state == "stale" or doc.file is None else doc.file).document
        checked += state != "outside"
        if state != "matches":
            problems.append(Problem(line.number, _STATE_PROBLEMS[state].format(output=doc.output, folder=folder)))
    return problems, checked


def verify_log(log: Path, outputs: Path | None = None) -> Verification:
    """Verify the chain, the runs' completeness and (when ``outputs`` is given) the output files."""
    lines = read_log(log)
    runs, strays = split_runs(lines)
    problems = check_chain(lines)
    run_problems, notes = check_runs(runs, strays)
    problems += run_problems
    checked = 0
    if outputs is not None:
        output_problems, checked = check_outputs(runs, outputs)
        problems += output_problems
    problems.sort(key=lambda p: p.line)
    head = line_hash(lines[-1].raw) if lines else GENESIS
    return Verification(log, len(lines), len(runs), head, outputs, checked, tuple(problems), tuple(notes))
