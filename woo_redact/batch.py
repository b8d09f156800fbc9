"""Batch runs: many documents, parallel workers, resume, per-document isolation.

- Inputs are files and folders; :mod:`.ingest` finds every file and makes the
  PDFs (Word, OpenDocument, e-mail), :func:`plan_jobs` takes them; each output
  mirrors the input's path relative to the folder it was found in.
- A document that fails (not a PDF, encrypted, damaged, unprovable) is
  reported with its reason; the others are still written.
- Disclosure versions go to ``OUT/publish/``, findings to ``OUT/work/``
  (:mod:`.layout`). Outputs are written atomically. A document whose outputs
  are up to date (same input hash, same config, same tool version, same
  detector fingerprint: word lists, model, code) is skipped.
- Two phases: phase 1 parses and detects every document and collects the
  person names each one redacts; phase 2 decides, redacts, discloses and proves
  each document once, with the names redacted elsewhere in the batch that occur
  in it (a name redacted in one document is personal data in every other one).
  Phase 1's parse and findings wait for phase 2 (:mod:`.phase1`: on disk under
  ``work/.phase1/``, or in memory up to a budget a process when phase 2 runs in the same process:
  one worker, or a local pool whose workers each get the phase 2 of the documents they hold).
- Both phases run on an :mod:`.executor` (this process, a process pool, a Dask
  cluster); results come back in input order with a bounded number in flight.
- The audit log and the inventory are written by the main process only.

This module plans the jobs and runs the two phases; a worker's side is in
:mod:`.batch_jobs` (each document's phase 1 and phase 2), :mod:`.batch_worker`
(what a worker process keeps between documents) and :mod:`.batch_names` (the
names a document spreads to the rest of the batch, and their look-up).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath

from .batch_jobs import PHASE1_DIR, Job, Outcome, Scan, failed_outcome, finish_job, scan_job
from .batch_names import not_spread_affiliations, not_spread_titled
from .batch_worker import BatchNames, WorkerInit
from .errors import UsageError
from .executor import Executor
from .layout import Layout
from .outputs import atomic_write
from .phase1 import discard_under


def plan_jobs(
    inputs: Sequence[Path], out: Path, found: Mapping[Path, Sequence[tuple[Path, PurePosixPath]]] | None = None
) -> tuple[tuple[Job, ...], tuple[str, ...]]:
    """Jobs for the inputs, and warnings (e.g. renamed outputs to avoid a collision).

    ``found``: per input, the PDFs to redact and their output paths, as :func:`woo_redact.ingest.prepare`
    made them; an input not in it is searched for ``*.pdf``.
    """
    jobs: list[Job] = []
    warnings: list[str] = []
    taken: dict[PurePosixPath, Path] = {}
    out_resolved = out.resolve()
    for item in inputs:
        if not item.exists():
            raise UsageError(f"{item}: no such file or folder. Check the path.")
        if found is not None and item in found:  # the dossier's PDFs (ingest: converted, printed, as given)
            pairs = list(found[item])
        elif item.is_dir():
            pdfs = sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
            pdfs = [p for p in pdfs if out_resolved not in p.resolve().parents]
            pairs = [(p, PurePosixPath(p.relative_to(item).as_posix())) for p in pdfs]
            if not pairs:
                warnings.append(f"{item}: no PDF files found in this folder")
        else:
            pairs = [(item, PurePosixPath(item.name))]
        for src, rel in pairs:
            final = rel
            n = 2
            while final in taken and taken[final].resolve() != src.resolve():
                final = rel.with_name(f"{rel.stem}__{n}{rel.suffix}")
                n += 1
            if final in taken:
                continue  # the same file given twice
            if final != rel:
                warnings.append(f"{src}: output {rel} is taken by {taken[rel]}; writing {final} instead")
            taken[final] = src
            jobs.append(Job(src, final))
    return tuple(jobs), tuple(warnings)


def run_batch(
    jobs: Sequence[Job],
    init: WorkerInit,
    executor: Executor,
    on_scanned: Callable[[Scan], None] = lambda _: None,
) -> Iterator[Outcome]:
    """Both phases over the jobs; yields each document's outcome in input order as phase 2 makes it.

    Phase 1 (:func:`scan_job`) parses and detects every document and collects the
    names each redacts; phase 2 (:func:`finish_job`) writes each document once, with
    the names redacted elsewhere in the batch that occur in it. The main process
    holds the set of names and one summary per document in flight, never findings.
    """
    out = Layout(Path(init.out))
    names: set[str] = set()
    titled: set[str] = set()
    failed: dict[str, Scan] = {}
    pinned: dict[Job, int] = {}  # a document whose phase 1 waits in a worker's memory: that worker
    sent = init.ref() if executor.initialised else init  # (each worker has it: a nonce, not ~22 KB a task)
    for job, scan in executor.ordered(scan_job, jobs, sent, executor.in_process or executor.pins):
        if isinstance(scan, BaseException):
            scan = Scan(error=_stopped(job, scan), error_class=type(scan).__name__, reason=_STOPPED)
        if scan.error:
            failed[str(job.rel)] = scan
        worker = executor.worker_of(job) if scan.held else None
        if worker is not None:
            pinned[job] = worker
        names.update(scan.names)
        titled.update(scan.titled)
        on_scanned(scan)
    ref = None
    names = not_spread_affiliations(not_spread_titled(names, titled))
    if names or titled:
        body = "".join(f"{n}\n" for n in sorted(names)).encode("utf-8")
        path = out.work / PHASE1_DIR / "batch-names.txt"
        atomic_write(path, body)
        ref = BatchNames(str(path), hashlib.sha256(body).hexdigest(), tuple(sorted(titled)))
    names.clear()
    todo = (j for j in jobs if str(j.rel) not in failed)
    # (a held phase 1 that a worker lost, dying since, is done again there: phase 2 finds no result)
    finished = executor.ordered(finish_job, todo, sent, ref, pinned=pinned)
    for job in jobs:
        stopped = failed.get(str(job.rel))
        if stopped is not None:
            yield failed_outcome(job, stopped.error, error_class=stopped.error_class, reason=stopped.reason)
            continue
        done, outcome = next(finished)
        assert done == job
        if isinstance(outcome, BaseException):
            outcome = failed_outcome(job, _stopped(job, outcome), error_class=type(outcome).__name__, reason=_STOPPED)
        yield outcome


_STOPPED = "the worker processing it stopped. Run it again alone."


def _stopped(job: Job, exc: BaseException) -> str:
    """A crashed worker fails only its document."""
    return f"{job.source}: the worker processing it stopped ({type(exc).__name__}). Run it again alone."


def remove_phase1(out: Path) -> None:
    """Remove what phase 1 left under ``work/`` (parses, findings, the batch's names), and what it held in memory."""
    discard_under(Layout(out).work / PHASE1_DIR)
    shutil.rmtree(Layout(out).work / PHASE1_DIR, ignore_errors=True)


_LOG = logging.getLogger("woo_redact.run")


def eprint(*args: object) -> None:
    """A message for people on stderr, through logging (``-q``/``-v``/``--log-json`` apply): an error or a
    warning at its level (as its "woo-redact: error:"/"warning:" prefix says), anything else as info."""
    msg = " ".join(str(a) for a in args)
    if not logging.getLogger("woo_redact").handlers:  # used as a library (logs.setup not called): plain stderr
        print(msg, file=sys.stderr, flush=True)
        return
    level = logging.ERROR if ": error:" in msg[:40] else logging.WARNING if ": warning:" in msg[:40] else logging.INFO
    _LOG.log(level, msg)
