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
  ``work/.phase1/``, or in memory up to a budget when phase 2 runs in the same process).
- Both phases run on an :mod:`.executor` (this process, a process pool, a Dask
  cluster); results come back in input order with a bounded number in flight.
- The audit log and the inventory are written by the main process only.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import pikepdf
import regex

from .audit.records import DocumentEntry, RedactionEntry, entries_for
from .config import Config
from .errors import DocumentError, UsageError, describe_failure
from .executor import Executor
from .layout import Layout
from .limits import memory_message, within, within_memory
from .model import Assessment, Document, DocumentResult, Finding
from .outputs import RunStamp, atomic_write, document_result, findings_document, read_findings
from .parse import damaged_pdf
from .phase1 import discard, discard_under, load, store

if TYPE_CHECKING:
    from .detect import Detector

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


@dataclass(frozen=True)
class WorkerInit:
    """What a worker process needs; it loads the model and word lists once per ``token``."""

    config: Config
    key: bytes
    out: str
    stamp: RunStamp
    token: str  # the configuration's identity: a worker that loaded the detector for it already reuses it


@dataclass(frozen=True)
class Scan:
    """Phase 1 of one document: the person names it redacts on its own, or why it failed.

    A document whose outputs are up to date has its names from its findings file; a
    new one was parsed and detected, and that is kept for phase 2 (:mod:`.phase1`, :func:`cache_path`).
    """

    names: tuple[str, ...] = ()
    error: str = ""
    error_class: str = ""  # the exception's class and public reason (see errors.describe_failure)
    reason: str = ""
    up_to_date: bool = False
    pages: int = 0


@dataclass(frozen=True)
class BatchNames:
    """Where phase 2 finds the batch's names (a file, one name a line) and their digest."""

    path: str
    digest: str


Form = tuple[str, tuple[str, ...]]  # a name's form and its words


@dataclass
class _Worker:
    """What a worker process keeps between documents: the detector of one configuration, the batch's names."""

    token: str | None = None
    detector: Detector | None = None
    names: dict[str, tuple[tuple[str, ...], tuple[Form, ...]]] = field(default_factory=dict)  # see _batch_names
    names_digest: str | None = None
    memory_mb: int = 0  # the configured limit, named in the reason when a document runs out


_STATE = _Worker()  # this process's


def ensure_worker(init: WorkerInit) -> None:
    """Load the detector (model, word lists) unless this process already has it for this configuration."""
    global _STATE
    if _STATE.token == init.token:
        return
    from .detect import Detector

    gc.unfreeze()  # an earlier configuration's detector may be collected now
    _STATE = _Worker(init.token, Detector(init.config), memory_mb=init.config.redaction.worker_memory_mb)
    settle_heap()


def _detector() -> Detector:
    """This process's detector (:func:`ensure_worker` loads it)."""
    if _STATE.detector is None:
        raise RuntimeError("no detector in this process: call ensure_worker() first")
    return _STATE.detector


def settle_heap() -> None:
    """Keep the garbage collector off the model and word lists, which live as long as the worker.

    They are moved out of its generations (a full collection walked them all, again and again),
    and young objects are collected less often: a page makes thousands of short-lived words and
    boxes, which reference counting frees anyway. Together that was about a tenth of a page's CPU time.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


@contextmanager
def proposals_known(
    detector: Any,
    doc: Document | None,
    cands: Sequence[Any] | None,
    orgs: Sequence[tuple[int, int]] | None = None,
) -> Iterator[None]:
    """Within the block, ``detector`` takes ``cands`` as its engine's proposals for ``doc``, and
    ``orgs`` (unless None) as the spans of its organisations and titles (``Detector.organisations``).

    The engine's proposals (the model and the recognizers over the text, about two
    thirds of detection) and the organisations' spans depend on the document alone,
    not on the batch's names, so phase 1 keeps them with the parse and phase 2's
    detection with the batch's names reuses them: the same findings as detecting from
    scratch. Other documents (the kept channels' text) are proposed for as usual.
    """
    if doc is None or cands is None:
        yield
        return
    engine = detector.engine
    real = engine.candidates
    engine.candidates = lambda d: list(cands) if d is doc else real(d)
    if orgs is not None:
        spans = detector.organisations
        detector.organisations = lambda text: list(orgs) if text is doc.text else spans(text)
    try:
        yield
    finally:
        del engine.candidates  # the class's method again
        if orgs is not None:
            del detector.organisations


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


def _meta_names(meta: dict[str, Any]) -> tuple[str, ...]:
    """:func:`_own_names` of a document whose findings file is up to date."""
    return tuple(
        f["text"]
        for f in meta["findings"]
        if _spread(f["entity_type"], f["decision"]["action"] == "redact", f["detectors"])
    )


def _spread(entity: str, redacted: bool, detectors: Sequence[str]) -> bool:
    """Whether the batch seeks a finding's name in its other documents: a redacted person's name that more
    than the statistical model (or copies of what it found) supports."""
    from .detect.propagate import WEAK_SOURCES

    return entity == "PERSON" and redacted and not set(detectors) <= WEAK_SOURCES


def _internal(job: Job, exc: Exception) -> str:
    if isinstance(exc, MemoryError):  # outside a document's own work (the cap of a pool worker holds there too)
        return memory_message(str(job.source), _STATE.memory_mb)
    return f"{job.source}: internal error {type(exc).__name__}: {exc}. Please report this document."


def scan_job(job: Job, init: WorkerInit, hold: bool = False) -> Scan:
    """Phase 1: parse and detect one document; its own redacted person names. Never raises for its problems.

    ``hold``: phase 2 runs in this process, so the result may wait in memory (see :mod:`.phase1`).
    """
    from .parse import parse_pdf
    from .pipeline import check_searchable, ocr_options

    ensure_worker(init)
    config, out = init.config, Layout(Path(init.out))
    try:
        data, sha = _read(job)
        meta = _up_to_date(job, sha, out, init.stamp)
        if meta is not None:
            return Scan(_meta_names(meta), up_to_date=True, pages=int(meta["pages"]))
        detector = _detector()

        def parse_and_detect() -> tuple[Any, Any, Any, Any]:
            doc = parse_pdf(data, str(job.source), ocr_options(config))
            check_searchable(doc, config)
            cands = detector.engine.candidates(doc)
            orgs = detector.organisations(doc.text)
            with proposals_known(detector, doc, cands, orgs):
                return doc, cands, orgs, detector.detect(doc)

        limit, mb = config.redaction.document_timeout_s, config.redaction.worker_memory_mb  # as pipeline.run_document
        doc, cands, orgs, findings = within(
            limit,
            lambda: within_memory(mb, parse_and_detect, memory_message(str(job.source), mb)),
            f"{job.source}: reading it took longer than {limit} s, so no disclosure version was written (the file "
            "may be damaged or built to stall readers). Check the file, or raise redaction.document_timeout_s.",
        )
        names = _own_names(findings, config)
        store(cache_path(out, job.rel), (sha, doc, findings, cands, orgs), doc.n_pages, hold)
        return Scan(names, pages=doc.n_pages)
    except DocumentError as exc:
        cls, reason = describe_failure(exc)
        return Scan(error=str(exc), error_class=cls, reason=reason)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        cls, reason = describe_failure(exc)
        return Scan(error=_internal(job, exc), error_class=cls, reason=reason)


def _batch_names(ref: BatchNames) -> dict[str, tuple[tuple[str, ...], tuple[Form, ...]]]:
    """The batch's names, each with the first words of its forms and its forms with their words (made once per
    worker and batch)."""
    from .detect.forms import name_forms
    from .detect.lexicons import load_lexicons

    if _STATE.names_digest != ref.digest:
        lex = load_lexicons()
        names = [n for n in Path(ref.path).read_text(encoding="utf-8").split("\n") if n]
        _STATE.names = {}
        for n in names:
            forms = tuple(name_forms(n, lex))
            _STATE.names[n] = (tuple({f.split()[0] for f in forms}), tuple((f, tuple(f.split())) for f in forms))
        _STATE.names_digest = ref.digest
    return _STATE.names


def present_names(text: str, own: Sequence[str], ref: BatchNames | None) -> tuple[str, ...]:
    """Names redacted elsewhere in the batch that occur in ``text`` (not counting the document's own).

    A form's pattern is its words, literally (case-sensitive), with white space between and
    word boundaries around, so it can match only where each of its words stands in the text
    as a piece :func:`standing_words` collects. Only the forms whose words all do are
    searched for: the same result as searching every form
    (:func:`~woo_redact.detect.propagate.forms_present`, with each name's forms made once per
    batch), with a look-up per name instead of a search through the text per name's word.
    """
    from .detect.propagate import occurrences

    if ref is None:
        return ()
    names = _batch_names(ref)
    mine = set(own)
    pieces = standing_words(text)
    foreign = sorted(n for n, (firsts, _) in names.items() if n not in mine and any(w in pieces for w in firsts))
    return tuple(
        n
        for n in foreign
        if any(all(w in pieces for w in words) and next(iter(occurrences(text, f)), None) for f, words in names[n][1])
    )


# where a word of a name form may begin: after a character the forms' patterns do not take as part of a
# word before them (propagate._FORM_BEFORE); where it may end: before a character they do not take as
# part of one after them (propagate._FORM_AFTER; white space too, between a form's words). Runs of the
# characters str.split() does not split at (a form's words are its split parts): those made of word
# characters and hyphens only begin and end nowhere inside; the others are taken apart.
_AFTER_START = regex.compile(r"[^\w.\-]", regex.VERSION1)
_BEFORE_END = regex.compile(r"[^\w@\-]", regex.VERSION1)
_PLAIN_RUN = regex.compile(r"(?<![^\s\x1c-\x1f])[\w\-]+(?![^\s\x1c-\x1f])", regex.VERSION1)
_OTHER_RUN = regex.compile(r"[^\s\x1c-\x1f]*[^\w\-\s\x1c-\x1f][^\s\x1c-\x1f]*", regex.VERSION1)


def standing_words(text: str) -> set[str]:
    """Every piece of ``text`` that begins where a name form's word may begin and ends where one may end,
    within a run of characters that str.split() does not split.

    A form's word that stands in the text as its pattern finds it is one of these pieces;
    so a form none of whose words is a piece cannot match, and one whose words all are
    is searched for.
    """
    pieces = set(_PLAIN_RUN.findall(text))
    for run in _OTHER_RUN.findall(text):
        firsts = [0] + [m.end() for m in _AFTER_START.finditer(run)]
        lasts = [m.start() for m in _BEFORE_END.finditer(run)] + [len(run)]
        pieces.update(run[p:q] for p in firsts for q in lasts if q > p)
    return pieces


def finish_job(job: Job, init: WorkerInit, ref: BatchNames | None) -> Outcome:
    """Phase 2: decide, redact, disclose and prove one document once, with the batch's names known.

    A document whose outputs are up to date (and already made with every batch name
    it holds) is skipped. Never raises for a document's own problems.
    """
    from .disclose.inventory import note_date
    from .ingest.related import text_digest
    from .parse import parse_pdf
    from .pipeline import ocr_options, run_document

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
        meta = _up_to_date(job, sha, out, stamp)
        if meta is not None:
            own = _meta_names(meta)
            text = parse_pdf(data, str(job.source), ocr_options(config)).text if ref is not None else ""
            present = present_names(text, own, ref)
            if not present or set(present) <= set(meta.get("batch_names", ())) or _covered(present, set(own)):
                return _skipped(job, sha, meta, time.perf_counter() - t0)
            batch_names = present
        else:
            scanned = load(cached)
            if scanned is not None and scanned[0] == sha:
                _, doc, found, cands, orgs = scanned
            else:  # no phase 1 for this input (removed, or the input changed since): do it now
                doc = parse_pdf(data, str(job.source), ocr_options(config))
                found = detector.detect(doc)
            own = _own_names(found, config)
            present = present_names(doc.text, own, ref)
            batch_names = present if present and not _covered(present, set(own)) else ()
            if batch_names:
                found = None  # detected again with the batch's names
        with proposals_known(detector, doc, cands, orgs):
            processed = run_document(
                data,
                str(job.source),
                config,
                detector,
                batch_names=batch_names,
                parsed=doc,
                found=found,
            )
        date = note_date(processed.document)
        body = findings_document(processed, str(job.source), rel, stamp, date, tuple(batch_names))
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


def _own_names(found: Sequence[Finding], config: Config) -> tuple[str, ...]:
    """The person names a document redacts, as the batch spreads them: not those only the statistical
    model found (or copies of them), which are redacted here and flagged, but not sought in other documents."""
    from .decide import decide
    from .model import Action

    return tuple(
        f.text
        for f, d in zip(found, decide(found, config))
        if _spread(f.entity_type, d.action is Action.REDACT, f.detectors)
    )


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


# --- main side ---------------------------------------------------------------------


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
    failed: dict[str, Scan] = {}
    for job, scan in executor.ordered(scan_job, jobs, init, executor.in_process):
        if isinstance(scan, BaseException):
            scan = Scan(error=_stopped(job, scan), error_class=type(scan).__name__, reason=_STOPPED)
        if scan.error:
            failed[str(job.rel)] = scan
        names.update(scan.names)
        on_scanned(scan)
    ref = None
    if names:
        body = "".join(f"{n}\n" for n in sorted(names)).encode("utf-8")
        path = out.work / PHASE1_DIR / "batch-names.txt"
        atomic_write(path, body)
        ref = BatchNames(str(path), hashlib.sha256(body).hexdigest())
    names.clear()
    todo = (j for j in jobs if str(j.rel) not in failed)
    finished = executor.ordered(finish_job, todo, init, ref)
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


def _covered(names: Sequence[str], own: set[str]) -> bool:
    """Whether every name's forms are already among the document's own redacted names."""
    from .detect.forms import name_forms
    from .detect.lexicons import load_lexicons

    lex = load_lexicons()
    own_forms = {f for n in own for f in name_forms(n, lex)} | own
    return all(name_forms(n, lex) <= own_forms for n in names)


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
