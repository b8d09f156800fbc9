"""A batch's per-document jobs, as a worker runs them: phase 1 (:func:`scan_job`) and phase 2 (:func:`finish_job`).

Each takes one :class:`Job` and never raises for the document's own problems: a
document that fails has its reason in the result (:class:`Scan`, :class:`Outcome`,
:func:`failed_outcome`). Phase 1's parse and findings wait for phase 2 under
``work/.phase1/`` (:func:`cache_path`) or in memory (:mod:`.phase1`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import pikepdf

from .audit.records import DocumentEntry, RedactionEntry, entries_for
from .batch_names import (
    _covered,
    _meta_names,
    _meta_redacted_persons,
    _meta_titled,
    _own_names,
    present_names,
    redacted_persons,
    text_marks,
    titled_here,
    titled_names,
)
from .batch_worker import (
    BatchNames,
    InitRef,
    WorkerInit,
    _detector,
    _internal,
    ensure_worker,
    proposals_known,
    text_memo,
    text_memo_known,
    titled_in_batch,
    worker_init,
)
from .errors import DocumentError, describe_failure
from .layout import Layout
from .limits import memory_message, within, within_memory
from .model import Assessment, Document, DocumentResult, Finding
from .outputs import RunStamp, atomic_write, document_result, findings_document, read_findings
from .parse import damaged_pdf
from .phase1 import discard, load, store

PHASE1_DIR = ".phase1"


@dataclass(frozen=True)
class Job:
    """One input document and where its outputs go."""

    source: Path
    rel: PurePosixPath  # output path relative to the output folder, ends in the input's file name

    def pdf(self, layout: Layout) -> Path:
        """Where this document's disclosure version goes."""
        return layout.pdf(self.rel)

    def findings(self, layout: Layout) -> Path:
        """Where this document's findings file goes."""
        return layout.findings(self.rel)


@dataclass(frozen=True)
class Outcome:
    """What one job produced: the summary row and its audit entries (no text in clear)."""

    result: DocumentResult
    document: DocumentEntry
    redactions: tuple[RedactionEntry, ...]
    seconds: float
    text_digest: str = ""  # the original's text_digest (the dossier's duplicates; ingest.related), "" when not read


@dataclass(frozen=True)
class Scan:
    """Phase 1 of one document: the person names it redacts on its own, or why it failed.

    A document whose outputs are up to date has its names from its findings file; a
    new one was parsed and detected, and that is kept for phase 2 (:mod:`.phase1`, :func:`cache_path`).
    """

    names: tuple[str, ...] = ()
    titled: tuple[str, ...] = ()  # the names it keeps after a public title (batch_names.titled_names)
    error: str = ""
    error_class: str = ""  # the exception's class and public reason (see errors.describe_failure)
    reason: str = ""
    up_to_date: bool = False
    pages: int = 0
    held: bool = False  # its parse and findings wait in the memory of the process that scanned it (phase1.store)


def cache_path(out: Layout, rel: PurePosixPath | str) -> Path:
    """Phase 1's parse and findings of one document (personal data: under ``work/``; removed by phase 2)."""
    return out.work / PHASE1_DIR / f"{rel}.pkl"


def _up_to_date(job: Job, data_sha: str, out: Layout, stamp: RunStamp) -> dict[str, Any] | None:
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


def _read(job: Job) -> tuple[bytes, str]:
    try:
        data = job.source.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{job.source}: cannot read the file ({exc.strerror}). Check its permissions.") from exc
    return data, hashlib.sha256(data).hexdigest()


def scan_job(job: Job, init: WorkerInit | InitRef, hold: bool = False) -> Scan:
    """Phase 1: parse and detect one document; its own redacted person names. Never raises for its problems.

    ``init``: the run's, or its :class:`InitRef` where this worker's initializer was given it. ``hold``: phase 2
    may run in this process (one worker, or a worker its phase 2 is sent back to: the executor's ``pins``), so the
    result may wait in memory (see :mod:`.phase1`); the scan says whether it does.
    """
    from .parse import parse_pdf
    from .pipeline import check_searchable, ocr_options

    init = worker_init(init)
    ensure_worker(init)
    config, out = init.config, Layout(Path(init.out))
    try:
        data, sha = _read(job)
        meta = _up_to_date(job, sha, out, init.stamp)
        if meta is not None:
            return Scan(_meta_names(meta), _meta_titled(meta), up_to_date=True, pages=int(meta["pages"]))
        detector = _detector()

        def parse_and_detect() -> tuple[Any, Any, Any, Any, Any]:
            doc = parse_pdf(data, str(job.source), ocr_options(config))
            check_searchable(doc, config)
            cands = detector.engine.candidates(doc)
            orgs = detector.organisations(doc.text)
            with proposals_known(detector, doc, cands, orgs):
                found = detector.detect(doc)
            return doc, cands, orgs, found, text_memo(detector, doc, orgs)

        limit, mb = config.redaction.document_timeout_s, config.redaction.worker_memory_mb  # as pipeline.run_document
        doc, cands, orgs, findings, memo = within(
            limit,
            lambda: within_memory(mb, parse_and_detect, memory_message(str(job.source), mb)),
            f"{job.source}: reading it took longer than {limit} s, so no disclosure version was written (the file "
            "may be damaged or built to stall readers). Check the file, or raise redaction.document_timeout_s.",
        )
        names = _own_names(findings, config) + text_marks(doc.text)
        held = store(cache_path(out, job.rel), (sha, doc, findings, cands, orgs, memo), doc.n_pages, hold)
        return Scan(names, titled_names(findings), pages=doc.n_pages, held=held)
    except DocumentError as exc:
        cls, reason = describe_failure(exc)
        return Scan(error=str(exc), error_class=cls, reason=reason)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        cls, reason = describe_failure(exc)
        return Scan(error=_internal(job, exc), error_class=cls, reason=reason)


def finish_job(job: Job, init: WorkerInit | InitRef, ref: BatchNames | None) -> Outcome:
    """Phase 2: decide, redact, disclose and prove one document once, with the batch's names known.

    A document whose outputs are up to date (and already made with every batch name
    it holds) is skipped. Never raises for a document's own problems.
    """
    from .disclose.inventory import note_date
    from .ingest.related import text_digest
    from .parse import parse_pdf
    from .pipeline import ocr_options, run_document

    init = worker_init(init)
    ensure_worker(init)
    config, out, stamp = init.config, Layout(Path(init.out)), init.stamp
    t0 = time.perf_counter()
    rel = str(job.rel)
    cached = cache_path(out, job.rel)
    try:
        data, sha = _read(job)
        detector = _detector()
        doc: Document | None = None
        found: Sequence[Finding] | None = None
        cands: Sequence[Any] | None = None
        orgs: Sequence[tuple[int, int]] | None = None
        memo = None
        meta = _up_to_date(job, sha, out, stamp)
        if meta is not None:
            own = _meta_names(meta)
            titled = titled_here(_meta_redacted_persons(meta), ref) if ref is not None and ref.titled else ()
            text = parse_pdf(data, str(job.source), ocr_options(config)).text if ref is not None else ""
            present = present_names(text, own, ref)
            hidden = _hidden_present(data, own, present, ref)
            every = (*present, *hidden)
            known = not every or set(every) <= set(meta.get("batch_names", ())) or _covered(every, set(own))
            if known and set(titled) <= set(meta.get("batch_titled", ())):
                return _skipped(job, sha, meta, time.perf_counter() - t0)
            batch_names = present
        else:
            scanned = load(cached)
            if scanned is not None and scanned[0] == sha:
                _, doc, found, cands, orgs, memo = scanned
            else:  # no phase 1 for this input (removed, or the input changed since): do it now
                doc = parse_pdf(data, str(job.source), ocr_options(config))
                found = detector.detect(doc)
            own = _own_names(found, config) + text_marks(doc.text)
            # (the decisions made again only where the batch titles someone: most batches title no one)
            titled = titled_here(redacted_persons(found, config), ref) if ref is not None and ref.titled else ()
            present = present_names(doc.text, own, ref)
            batch_names = present if present and not _covered(present, set(own)) else ()
            hidden = _hidden_present(data, own, present, ref)
            if batch_names or titled:
                found = None  # detected again with the batch's names
        with proposals_known(detector, doc, cands, orgs), titled_in_batch(detector, titled):
            if found is None:  # (phase 1's memo of the text: the first thing detected now is this document)
                text_memo_known(detector, doc, memo)
            processed = run_document(
                data,
                str(job.source),
                config,
                detector,
                batch_names=batch_names,
                parsed=doc,
                found=found,
                channel_batch_names=hidden,
            )
        date = note_date(processed.document)
        marks = text_marks(processed.document.text)
        body = findings_document(processed, str(job.source), rel, stamp, date, (*batch_names, *hidden), titled, marks)
        # a crash between the two leaves hashes that do not match: a rerun redoes the document
        atomic_write(job.findings(out), body)
        atomic_write(job.pdf(out), processed.output)
        result = document_result(processed, str(job.source), rel, date)
        entries = entries_for(processed, rel, init.key)
        digest = text_digest(processed.document.text)  # the run keeps this per document, not the text
        return Outcome(result, DocumentEntry.of(result), entries, time.perf_counter() - t0, digest)
    except DocumentError as exc:
        msg, (cls, reason) = str(exc), describe_failure(exc)
    except pikepdf.PdfError as exc:  # a damaged stream met on the way (a bit flip): the file is damaged
        damaged = damaged_pdf(str(job.source), str(exc), how="")
        msg, (cls, reason) = str(damaged), describe_failure(damaged)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        msg = _internal(job, exc)
        cls, reason = describe_failure(exc)
    finally:
        discard(cached)
    return failed_outcome(job, msg, time.perf_counter() - t0, error_class=cls, reason=reason)


def _skipped(job: Job, sha: str, meta: dict[str, Any], seconds: float) -> Outcome:
    result = DocumentResult(
        str(job.source),
        str(job.rel),
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
    return Outcome(result, DocumentEntry.of(result), (), seconds)


def failed_outcome(
    job: Job,
    msg: str,
    seconds: float = 0.0,
    sha: str = "",
    pages: int = 0,
    error_class: str = "",
    reason: str = "",
) -> Outcome:
    """The outcome of a document that failed with ``msg`` (``error_class``, ``reason``: see
    :func:`woo_redact.errors.describe_failure`)."""
    result = DocumentResult(
        str(job.source), str(job.rel), sha, "", pages, None, (), 0, error=msg, error_class=error_class, reason=reason
    )
    return Outcome(result, DocumentEntry.of(result), (), seconds)


def _hidden_present(data: bytes, own: Sequence[str], present: Sequence[str], ref: BatchNames | None) -> tuple[str, ...]:
    """The batch's names that stand in the document's hidden channels (bookmarks, notes, forms, properties) and
    not on its pages (``present``): "Aantekeningen Hesselink / Kartosen" as a bookmark of a bundle whose pages
    name neither, both named in another document. Sought in those channels only."""
    if ref is None:
        return ()
    from .parse.channels import document_properties, kept_channel_text

    text = kept_channel_text(data) + "\n" + document_properties(data)[1]
    if not text.strip():
        return ()
    return tuple(n for n in present_names(text, own, ref) if n not in present)
