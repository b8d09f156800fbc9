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
- The audit log and the inventory are written by the main process only.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .audit.log import load_key
from .audit.records import DocumentEntry, RedactionEntry, entries_for
from .config import Config
from .errors import DocumentError, UsageError
from .layout import Layout
from .model import Assessment, DocumentResult
from .outputs import RunStamp, atomic_write, document_result, findings_document, read_findings


@dataclass(frozen=True)
class Job:
    """One input document and where its outputs go."""

    source: Path
    rel: PurePosixPath  # output path relative to the output folder, ends in the input's file name

    def pdf(self, layout: Layout) -> Path:
        return layout.pdf(self.rel)

    def findings(self, layout: Layout) -> Path:
        return layout.findings(self.rel)


@dataclass(frozen=True)
class Outcome:
    """What one job produced: the summary row and its audit entries (no text in clear)."""

    result: DocumentResult
    document: DocumentEntry
    redactions: tuple[RedactionEntry, ...]
    seconds: float
    names: tuple[str, ...] = ()  # redacted person names, for propagation over the batch
    text: str = ""  # the document's text, to look for other documents' names (never written)
    applied: tuple[str, ...] = ()  # other documents' names this output was already made with


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


# --- worker side -------------------------------------------------------------------

_STATE: dict[str, object] = {}


def _init_worker(config: Config, key: bytes, out: str, stamp: RunStamp) -> None:
    from .detect import Detector

    _STATE["config"] = config
    _STATE["detector"] = Detector(config)
    _STATE["key"] = key
    _STATE["out"] = Layout(Path(out))
    _STATE["stamp"] = stamp


def _up_to_date(job: Job, data_sha: str, out: Layout, stamp: RunStamp) -> dict | None:
    import hashlib

    meta = read_findings(job.findings(out))
    pdf = job.pdf(out)
    if not meta or not pdf.exists():
        return None
    same = (
        meta.get("input_sha256") == data_sha
        and stamp.matches(meta)
        and meta.get("output_sha256") == hashlib.sha256(pdf.read_bytes()).hexdigest()
    )
    return meta if same else None


def process_job(job: Job, batch_names: tuple[str, ...] = ()) -> Outcome:
    """Run one document and write its outputs; never raises for a document's own problems.

    With ``batch_names`` (names redacted in other documents) the document is always redone.
    """
    import hashlib

    from .disclose.inventory import note_date
    from .parse import parse_pdf
    from .pipeline import ocr_options, run_document

    config: Config = _STATE["config"]  # type: ignore[assignment]
    out: Layout = _STATE["out"]  # type: ignore[assignment]
    stamp: RunStamp = _STATE["stamp"]  # type: ignore[assignment]
    key: bytes = _STATE["key"]  # type: ignore[assignment]
    t0 = time.perf_counter()
    rel = str(job.rel)
    try:
        try:
            data = job.source.read_bytes()
        except OSError as exc:
            raise DocumentError(f"{job.source}: cannot read the file ({exc.strerror}). Check its permissions.") from exc
        sha = hashlib.sha256(data).hexdigest()
        meta = None if batch_names else _up_to_date(job, sha, out, stamp)
        if meta is not None:
            result = DocumentResult(
                str(job.source),
                rel,
                sha,
                meta["output_sha256"],
                meta["pages"],
                Assessment(meta["assessment"]),
                tuple(meta["grounds"]),
                meta["summary"]["redacted"],
                meta.get("note_date", ""),
                skipped=True,
                rasterized_pages=tuple(r["page"] - 1 for r in meta.get("rasterized_pages", [])),
            )
            names = tuple(
                f["text"]
                for f in meta["findings"]
                if f["entity_type"] == "PERSON" and f["decision"]["action"] == "redact"
            )
            text = parse_pdf(data, str(job.source), ocr_options(config)).text
            applied = tuple(meta.get("batch_names", ()))
            return Outcome(result, DocumentEntry.of(result), (), time.perf_counter() - t0, names, text, applied)
        processed = run_document(
            data,
            str(job.source),
            config,
            _STATE["detector"],
            batch_names=batch_names,  # type: ignore[arg-type]
        )
        date = note_date(processed.document)
        body = findings_document(processed, str(job.source), rel, stamp, date, batch_names)
        # a crash between the two leaves hashes that do not match: a rerun redoes the document
        atomic_write(job.findings(out), body)
        atomic_write(job.pdf(out), processed.output)
        result = document_result(processed, str(job.source), rel, date)
        names = tuple(f.text for f in processed.redacted if f.entity_type == "PERSON")
        entries = entries_for(processed, rel, key)
        text = processed.document.text
        return Outcome(result, DocumentEntry.of(result), entries, time.perf_counter() - t0, names, text, batch_names)
    except DocumentError as exc:
        msg = str(exc)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        msg = f"{job.source}: internal error {type(exc).__name__}: {exc}. Please report this document."
    result = DocumentResult(str(job.source), rel, "", "", 0, None, (), 0, error=msg)
    return Outcome(result, DocumentEntry.of(result), (), time.perf_counter() - t0)


# --- main side ---------------------------------------------------------------------


def run_jobs(
    jobs: Sequence[Job],
    config: Config,
    out: Path,
    workers: int,
    on_done: Callable[[Outcome], None],
    stamp: RunStamp,
    batch_names: dict[PurePosixPath, tuple[str, ...]] | None = None,
) -> Iterator[Outcome]:
    """Process the jobs (in parallel when ``workers`` > 1) and yield outcomes as they finish.

    ``out`` is the run's output folder (its ``publish/`` and ``work/`` are filled).
    """
    key = load_key(config.audit.key_file)
    names = batch_names or {}
    if workers <= 1 or len(jobs) <= 1:
        _init_worker(config, key, str(out), stamp)
        for job in jobs:
            outcome = process_job(job, names.get(job.rel, ()))
            on_done(outcome)
            yield outcome
        return
    init = (config, key, str(out), stamp)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=init) as pool:
        futures = {pool.submit(process_job, job, names.get(job.rel, ())): job for job in jobs}
        for fut in as_completed(futures):
            job = futures[fut]
            try:
                outcome = fut.result()
            except Exception as exc:  # noqa: BLE001 - a crashed worker fails only its document
                msg = f"{job.source}: the worker processing it stopped ({type(exc).__name__}). Run it again alone."
                result = DocumentResult(str(job.source), str(job.rel), "", "", 0, None, (), 0, error=msg)
                outcome = Outcome(result, DocumentEntry.of(result), (), 0.0)
            on_done(outcome)
            yield outcome


def names_to_propagate(outcomes: Sequence[Outcome]) -> dict[str, tuple[str, ...]]:
    """Per document (by output path): names redacted elsewhere in the batch that occur in it.

    Only names not already redacted in the document itself count, so a rerun that
    has taken them in, or a later identical run, asks for nothing more.
    """
    from .detect.propagate import forms_present

    by_doc = {o.result.output: set(o.names) for o in outcomes if not o.result.error}
    every = set().union(*by_doc.values()) if by_doc else set()
    wanted: dict[str, tuple[str, ...]] = {}
    for o in outcomes:
        if o.result.error or not o.text:
            continue
        foreign = sorted(every - by_doc[o.result.output])
        present = forms_present(o.text, foreign) if foreign else ()
        if present and not set(present) <= set(o.applied) and not _covered(present, by_doc[o.result.output]):
            wanted[o.result.output] = present
    return wanted


def _covered(names: Sequence[str], own: set[str]) -> bool:
    """Whether every name's forms are already among the document's own redacted names."""
    from .detect.lexicons import load_lexicons
    from .detect.propagate import name_forms

    lex = load_lexicons()
    own_forms = {f for n in own for f in name_forms(n, lex)} | own
    return all(name_forms(n, lex) <= own_forms for n in names)


def eprint(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)
