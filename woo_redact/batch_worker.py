"""A batch worker process: what it keeps between documents.

- The detector of one configuration (model, word lists), loaded once per
  configuration (:func:`ensure_worker`) and kept out of the garbage collector's
  way (:func:`settle_heap`).
- The batch's names, each with its forms, made once per worker and batch from
  the file phase 1 wrote (:class:`BatchNames`; looked up by :mod:`.batch_names`).
- The engine's proposals phase 1 kept with a document's parse, taken again in
  phase 2 (:func:`proposals_known`).
"""

from __future__ import annotations

import gc
import re
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config
from .limits import memory_message
from .model import Document
from .outputs import RunStamp

if TYPE_CHECKING:
    from .batch_jobs import Job
    from .detect import Detector


@dataclass(frozen=True)
class WorkerInit:
    """What a worker process needs; it loads the model and word lists once per ``token``."""

    config: Config
    key: bytes
    out: str
    stamp: RunStamp
    token: str  # the configuration's identity: a worker that loaded the detector for it already reuses it
    # this one's own (a copy made with dataclasses.replace gets another), to name it in a task (:meth:`ref`);
    # never written anywhere
    nonce: str = field(default_factory=lambda: secrets.token_hex(8), init=False, compare=False, repr=False)

    def ref(self) -> InitRef:
        """What a task is sent instead of this (~22 KB pickled, mostly the configuration) where every worker's
        initializer was given it (``Executor.initialised``): its nonce."""
        return InitRef(self.nonce)


@dataclass(frozen=True)
class InitRef:
    """A :class:`WorkerInit` that the worker running a task already has (its initializer's), by its nonce."""

    nonce: str


def worker_init(init: WorkerInit | InitRef) -> WorkerInit:
    """The :class:`WorkerInit` a task was sent, or the one ``init`` names: this process's last
    (:func:`ensure_worker`'s). RuntimeError when this process has not been given it (a task fails alone)."""
    if isinstance(init, WorkerInit):
        return init
    known = _STATE.init
    if known is None or known.nonce != init.nonce:
        raise RuntimeError("this worker was not started with the run's configuration")
    return known


@dataclass(frozen=True)
class BatchNames:
    """Where phase 2 finds the batch's names (a file, one name a line) and their digest."""

    path: str
    digest: str
    # the names the batch's documents keep after a public title: its office holders (see batch_names.titled_names)
    titled: tuple[str, ...] = ()


Form = tuple[str, tuple[str, ...]]  # a name's form and its words


@dataclass
class _Worker:
    """What a worker process keeps between documents: the detector of one configuration, the batch's names."""

    token: str | None = None
    detector: Detector | None = None
    names: dict[str, tuple[tuple[str, ...], tuple[Form, ...]]] = field(default_factory=dict)  # see _batch_names
    names_digest: str | None = None
    by_first: dict[str, tuple[tuple[str, str, frozenset[str]], ...]] = field(default_factory=dict)  # _names_by_first
    by_code: dict[str, tuple[str, ...]] = field(default_factory=dict)  # see _names_by_code
    by_account: dict[str, tuple[str, ...]] = field(default_factory=dict)  # see _names_by_account
    by_short: dict[str, tuple[str, ...]] = field(default_factory=dict)  # see _names_by_short
    memory_mb: int = 0  # the configured limit, named in the reason when a document runs out
    init: WorkerInit | None = None  # the last one ensure_worker was given (see worker_init)


_STATE = _Worker()  # this process's


def ensure_worker(init: WorkerInit) -> None:
    """Load the detector (model, word lists) unless this process already has it for this configuration."""
    global _STATE
    if _STATE.token == init.token:
        _STATE.init = init
        return
    from .detect import Detector, pattern_cache

    gc.unfreeze()  # an earlier configuration's detector may be collected now
    with collector_paused():  # settle_heap collects once, below: not the full collections the load set off
        detector = Detector(init.config)
        warm_up(detector)
        pattern_cache.save()  # the patterns compiled for this start, for the next run's (the file's new ones)
    _STATE = _Worker(init.token, detector, memory_mb=init.config.redaction.worker_memory_mb, init=init)
    settle_heap()


# a short note with what the detectors look for (header fields, titled names, a table, an address, numbers)
_WARM_UP_NOTE = """Aan: de heer J.P. de Vries (DGO)
Van: mevrouw Anna van den Berg-Bakker
Datum: 12 maart 2024
Geachte heer De Vries, beste Jan,
De minister van Binnenlandse Zaken, Hugo de Jonge, en wethouder Pietersen spraken met Kees Jansen uit Utrecht.
Mevrouw Bakker woont aan de Kerkstraat 12, 3511 AB Utrecht; telefoon 06-12345678, e-mail anna.bakker@example.nl.
Naam\tFunctie\tTelefoon
Piet Klaassen\tadviseur\t070 123 4567
IBAN NL91ABNA0417164300, BSN 123456782, geboren op 01-02-1980 te Amsterdam.
Met vriendelijke groet,
Jan de Vries
Actie: JdV, AvdB
"""


def warm_up(detector: Detector) -> None:
    """Detect in a short note once, its findings dropped: the detectors compile most of their patterns on
    their first text (~0.3-0.6 CPU s), and a pool's workers, forked from the process that loaded the detector
    (:func:`woo_redact.executor.make_executor`), then inherit them instead of each compiling them again.
    Every step on the way remembers only what a function of its arguments gives, so no document's findings
    change. A failure here is left to the documents, which meet it as they did without the warm-up."""
    from .parse.text import document_from_text

    with suppress(Exception):  # a document that meets the same problem fails as before
        detector.detect(document_from_text(_WARM_UP_NOTE, "<warm-up>"))


def _detector() -> Detector:
    """This process's detector (:func:`ensure_worker` loads it)."""
    if _STATE.detector is None:
        raise RuntimeError("no detector in this process: call ensure_worker() first")
    return _STATE.detector


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection within the block (the thresholds as they were after it): loading the model and
    word lists makes hundreds of thousands of objects that all stay, and the full collections their number set
    off (two, ~0.1 CPU s each) walked them all for nothing (:func:`settle_heap` collects once after). A first
    threshold of 0 and not ``gc.disable()``, which spaCy's model loading undoes (srsly's msgpack enables
    the collector after each read)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


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
    # an enclosing block's own (a hidden channel's text detected within phase 2's block), restored after this one
    outer = engine.__dict__.get("candidates"), detector.__dict__.get("organisations")
    real = engine.candidates
    engine.candidates = lambda d: list(cands) if d is doc else real(d)
    if orgs is not None:
        spans = detector.organisations
        mine = list(orgs)  # (one object: what is remembered of the organisations holds for the whole block)
        detector.organisations = lambda text: mine if text is doc.text else spans(text)
    try:
        yield
    finally:
        _restore(engine, "candidates", outer[0])  # the class's method again, or the enclosing block's
        if orgs is not None:
            _restore(detector, "organisations", outer[1])


@contextmanager
def titled_in_batch(detector: Any, names: Sequence[str]) -> Iterator[None]:
    """Within the block, ``detector`` judges a document knowing ``names``: names other documents of the batch keep
    after a public title (``Detector.batch_titled``)."""
    outer = detector.batch_titled
    detector.batch_titled = tuple(names)
    try:
        yield
    finally:
        detector.batch_titled = outer


@dataclass(frozen=True)
class TextMemo:
    """What phase 1's detection of a document worked out that depends on the document alone, not on the batch's
    names: where each name form it sought stands in the text (``detect.form_search._found``: the forms of the names
    it found, propagated; phase 2 seeks them again beside the batch's), the cell gaps of its lines
    (``detect.lines.cell_gaps``), the public evidence for its spans (``PublicNames.evidence``: of the text, the
    spans and the document's layout and year), what else than a person each span may name
    (``detect.context.not_a_person``: of the text, the span and the organisations' spans, the document's or none),
    the vessels' names it gives and the labels of its mail and web hosts (``detect.vessels.vessel_names``,
    ``detect.domains``: of the text). Phase 2's detection of
    the same document (its parse, kept with this) starts with them remembered (:func:`text_memo_known`), as a
    detection right after phase 1's would: each is what its function gives for this text and these words, so no
    finding changes."""

    found: dict[str, list[Any]]  # a form -> its occurrences (form_search._Span)
    gaps: tuple[tuple[int, int], ...] | None
    evidence: dict[tuple[int, int], Any]  # a span -> its public evidence (public.PublicEvidence) or None
    # a span (and titled) -> not_a_person's answer, with the document's organisations' spans and with none
    context: tuple[dict[tuple[int, int, bool], Any], dict[tuple[int, int, bool], Any]]
    vessels: frozenset[str] | None = None  # the text's vessels' names, None when not sought
    domains: frozenset[str] | None = None  # the labels of the text's mail and web hosts, None when not sought


def text_memo(detector: Detector, doc: Document, orgs: Sequence[tuple[int, int]]) -> TextMemo | None:
    """What ``detector``'s detection of ``doc`` with the organisations' spans ``orgs`` just made remembers about it
    (see :class:`TextMemo`); None when nothing."""
    from .detect.context import _REMEMBERED
    from .detect.domains import last_domain_labels
    from .detect.form_search import _FOUND
    from .detect.lines import _GAPS
    from .detect.vessels import last_vessel_names

    found = getattr(_FOUND, "spans", None) if getattr(_FOUND, "text", None) is doc.text else None
    gaps = getattr(_GAPS, "gaps", None) if getattr(_GAPS, "doc", None) is doc else None
    public = detector.public._memo
    evidence = getattr(public, "found", None) if getattr(public, "text", None) is doc.text else None
    mine: dict[tuple[int, int, bool], Any] = {}
    bare: dict[tuple[int, int, bool], Any] = {}
    if getattr(_REMEMBERED, "text", None) is doc.text:
        for organisations, answers in _REMEMBERED.by_organisations.values():
            if organisations == ():  # (organisation_cut's: none)
                bare.update(answers)
            elif list(organisations) == list(orgs):  # (the judge's: phase 2 has them again, phase 1's)
                mine.update(answers)
    vessels, domains = last_vessel_names(doc.text), last_domain_labels(doc.text)
    if not found and gaps is None and not evidence and not mine and not bare and vessels is None and domains is None:
        return None
    return TextMemo(dict(found or {}), gaps, dict(evidence or {}), (mine, bare), vessels, domains)


def text_memo_known(detector: Detector, doc: Document | None, memo: TextMemo | None) -> None:
    """The next detection of ``doc`` by ``detector`` in this thread starts with ``memo`` remembered
    (:func:`text_memo` of an equal document: the same text and words). Each memo is of the last text or document
    only, so whatever is asked of another text after this forgets it, as it forgets any other."""
    if doc is None or memo is None:
        return
    from .detect.context import _REMEMBERED
    from .detect.domains import domain_labels_known
    from .detect.form_search import _FOUND, fold
    from .detect.lines import _GAPS
    from .detect.vessels import vessel_names_known

    if memo.found:  # (as _found begins with a new text: its folded form, no pieces yet)
        _FOUND.text, _FOUND.spans, _FOUND.folded, _FOUND.pieces = doc.text, dict(memo.found), fold(doc.text), {}
    if memo.gaps is not None:
        _GAPS.doc, _GAPS.gaps = doc, memo.gaps
    if memo.evidence:  # (the layout and year are set by the detection, from the document, before any is asked)
        public = detector.public._memo
        public.text, public.found = doc.text, dict(memo.evidence)
    if memo.vessels is not None:
        vessel_names_known(doc.text, memo.vessels)
    if memo.domains is not None:
        domain_labels_known(doc.text, memo.domains)
    mine, bare = memo.context
    if mine or bare:  # (the organisations' spans the detection takes: proposals_known's, phase 1's again)
        orgs = detector.organisations(doc.text)
        _REMEMBERED.text, _REMEMBERED.by_organisations = (
            doc.text,
            {id(orgs): (orgs, dict(mine)), id(()): ((), dict(bare))},
        )


def _restore(obj: Any, name: str, outer: Any) -> None:
    """``obj.name`` as it was before :func:`proposals_known` set it on the instance."""
    if outer is None:
        delattr(obj, name)
    else:
        setattr(obj, name, outer)


def _internal(job: Job, exc: Exception) -> str:
    if isinstance(exc, MemoryError):  # outside a document's own work (the cap of a pool worker holds there too)
        return memory_message(str(job.source), _STATE.memory_mb)
    return f"{job.source}: internal error {type(exc).__name__}: {exc}. Please report this document."


_DOTTED = re.compile(r"[a-z]\.[a-z]{4,30}")  # an initial and a surname of four letters or more: "s.yildirim"


def _batch_names(ref: BatchNames) -> dict[str, tuple[tuple[str, ...], tuple[Form, ...]]]:
    """The batch's names, each with the first words of its forms and its forms with their words (made once per
    worker and batch)."""
    from .detect.accounts import _ascii, user_ids
    from .detect.batch_homes import (
        COMPANY_MARK,
        DECEASED_MARK,
        company_short_names,
        deceased_forms,
        home_name,
        is_marked_name,
    )
    from .detect.forms import name_forms
    from .detect.lexicons import load_lexicons
    from .detect.paraphs import batch_paraph_codes
    from .detect.short_forms import short_forms_of_name

    if _STATE.names_digest != ref.digest:
        lex = load_lexicons()
        every = [n for n in Path(ref.path).read_text(encoding="utf-8").split("\n") if n]
        names = [n for n in every if not is_marked_name(n)]  # (a home's only form is its street and number)
        _STATE.names = {}
        for n in every:
            forms = (home_name(n),) if is_marked_name(n) else tuple(name_forms(n, lex))
            if n.startswith(COMPANY_MARK):  # (a company stands where its short name does: "KeurPlay")
                forms += company_short_names(forms[0])
            elif n.startswith(DECEASED_MARK):  # (and the dead by the name called: "Riek Stuivenberg")
                forms = deceased_forms(forms[0])
            _STATE.names[n] = (tuple({f.split()[0] for f in forms}), tuple((f, tuple(f.split())) for f in forms))
        by_first: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        for n, (_, forms_words) in _STATE.names.items():
            for f, words in forms_words:
                by_first.setdefault(words[0], []).append((n, f, frozenset(words)))
        _STATE.by_first = {w: tuple(fs) for w, fs in by_first.items()}
        by_code: dict[str, list[str]] = {}
        for n in names:
            for code in batch_paraph_codes([n]):
                by_code.setdefault(code, []).append(n)
        _STATE.by_code = {c: tuple(ns) for c, ns in by_code.items()}
        by_account: dict[str, list[str]] = {}
        for n in names:
            for account in {_ascii(a) for a in user_ids(n)}:  # ("ydemirtas" of Yusuf Demirtaş)
                # ("bwolters", "s.yildirim"; not "jdv", not "j.vos")
                if (account.isalpha() and len(account) >= 6) or _DOTTED.fullmatch(account):
                    by_account.setdefault(account, []).append(n)
        _STATE.by_account = {a: tuple(ns) for a, ns in by_account.items()}
        by_short: dict[str, list[str]] = {}
        for n in names:
            for short in short_forms_of_name(n, lex):
                by_short.setdefault(short, []).append(n)
        _STATE.by_short = {c: tuple(ns) for c, ns in by_short.items()}
        _STATE.names_digest = ref.digest
    return _STATE.names


def _names_by_first(ref: BatchNames) -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
    """The forms of the batch's names by their first word, each as (name, form, its words) (made with
    :func:`_batch_names`, once per worker and batch): a document's pieces find the forms that may stand in it
    without going through every name and form."""
    _batch_names(ref)
    return _STATE.by_first


def _names_by_code(ref: BatchNames) -> dict[str, tuple[str, ...]]:
    """The batch's names by each paraph code their people may sign with (made with :func:`_batch_names`)."""
    _batch_names(ref)
    return _STATE.by_code


def _names_by_account(ref: BatchNames) -> dict[str, tuple[str, ...]]:
    """The batch's names by each account name IT systems make of them ("bwolters" of B. Wolters; made with
    :func:`_batch_names`): an export names its maker by the account alone ("Geëxporteerd door bwolters01")."""
    _batch_names(ref)
    return _STATE.by_account


def _names_by_short(ref: BatchNames) -> dict[str, tuple[str, ...]]:
    """The batch's names by each short form of their first name a chat may call them by ("Kev" of Kevin Roerdink;
    made with :func:`_batch_names`)."""
    _batch_names(ref)
    return _STATE.by_short
