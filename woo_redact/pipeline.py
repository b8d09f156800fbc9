"""One document through the whole pipeline.

parse -> detect -> decide -> redact -> disclose -> prove -> audit

:func:`run_document` reads like that table of contents; each stage is its own
module and passes frozen dataclasses to the next. Nothing is written to disk
here: the batch layer writes the returned bytes atomically.
"""

from __future__ import annotations

import bisect
import hashlib
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pikepdf

from .channel_findings import channel_names, hidden_findings, info_findings
from .config import Config
from .decide import decide
from .detect import Detector
from .disclose.motivation import MotivationPlan, plan_motivation
from .disclose.textlayer import write_text_layer
from .disclose.write import write_motivation
from .errors import CorruptPdf, NeedsOcr, ProofFailed
from .limits import memory_message, within, within_memory
from .model import (
    AREA_TYPES,
    Action,
    Assessment,
    Box,
    Decision,
    Document,
    Finding,
    PageRedaction,
    Proof,
    Redaction,
)
from .parse import parse_pdf
from .parse.ocr import OcrMode, OcrOptions
from .prove import RUN_ENGINES, prove
from .redact import redact

PLACEHOLDER_ID = "motivation-placeholder"


@dataclass(frozen=True)
class Processed:
    """Everything one document's run produced."""

    document: Document
    findings: tuple[Finding, ...]
    decisions: tuple[Decision, ...]
    output: bytes
    pages: tuple[PageRedaction, ...]
    scrubbed: tuple[str, ...]
    motivation: MotivationPlan
    proof: Proof
    grounds: tuple[str, ...]
    assessment: Assessment
    changed: tuple[Box, ...] = ()  # areas the tool wrote to outside redaction boxes (motivation)
    added_text: str = ""  # all text the tool wrote there or on an appended page
    # OCR'd pages published without their invisible text layer: an engine read a redacted string in it
    unsearchable: tuple[int, ...] = ()

    @property
    def redacted(self) -> tuple[Finding, ...]:
        """The findings decided as redact, in order."""
        return tuple(f for f, d in zip(self.findings, self.decisions) if d.action is Action.REDACT)

    @property
    def output_sha256(self) -> str:
        """SHA-256 of the written disclosure version."""
        return hashlib.sha256(self.output).hexdigest()


def ocr_options(config: Config) -> OcrOptions:
    """Which pages the parser reads by OCR, and how (every parse of an original must use the same)."""
    r = config.redaction
    return OcrOptions(OcrMode(r.ocr), r.ocr_language, r.ocr_dpi, r.ocr_pictures)


def ground_of(f: Finding, d: Decision) -> str:
    """The ground code printed in the box: the reviewer's when they changed it."""
    return (d.ground or f.ground).value


def run_document(
    data: bytes,
    name: str,
    config: Config,
    detector: Detector,
    overrides: Mapping[str, Decision] | None = None,
    extra: Sequence[Finding] = (),
    batch_names: Sequence[str] = (),
    parsed: Document | None = None,
    found: Sequence[Finding] | None = None,
    channel_batch_names: Sequence[str] = (),
) -> Processed:
    """Run every stage on one PDF and return the verified disclosure version.

    ``overrides`` are reviewers' decisions by finding id; ``extra`` are findings a
    reviewer added by hand (their boxes are redacted like any other); ``batch_names``
    names redacted in other documents of the batch. ``parsed`` is ``data`` parsed
    already (with :func:`ocr_options`), ``found`` its detection with these ``batch_names``
    (a batch's phase 1 made them): they are not made again. ``channel_batch_names`` are names of the batch that
    stand only in the hidden channels (a bookmark's "Aantekeningen Hesselink / Kartosen"): sought there. A
    document that takes longer than ``redaction.document_timeout_s`` raises :class:`DocumentTimeout`; one that
    needs more memory than ``redaction.worker_memory_mb`` raises :class:`DocumentOutOfMemory`.
    """
    limit, mb = config.redaction.document_timeout_s, config.redaction.worker_memory_mb
    return within(
        limit,
        lambda: within_memory(
            mb,
            lambda: _run_document(
                data, name, config, detector, overrides, extra, batch_names, parsed, found, channel_batch_names
            ),
            memory_message(name, mb),
        ),
        f"{name}: processing took longer than {limit} s, so no disclosure version was written (the file may be "
        "damaged or built to stall readers). Check the file, or raise redaction.document_timeout_s in the "
        "configuration for a very long document.",
    )


def _run_document(
    data: bytes,
    name: str,
    config: Config,
    detector: Detector,
    overrides: Mapping[str, Decision] | None,
    extra: Sequence[Finding],
    batch_names: Sequence[str],
    parsed: Document | None,
    found: Sequence[Finding] | None,
    channel_batch_names: Sequence[str] = (),
) -> Processed:
    doc = parsed if parsed is not None else parse_pdf(data, name, ocr_options(config))
    check_searchable(doc, config)
    from .batch_names import _own_names, _spread  # (not at the top: batch_names -> batch_worker -> outputs -> here)

    findings = tuple(found) if found is not None else detector.detect(doc, batch_names)
    # the hidden channels are searched for the pages' names too ("Esther Z." in a bookmark, "Esther" on the page)
    own = _own_names(findings, config) + tuple(channel_batch_names)
    info_grounds, info_names = info_findings(data, name, config, detector, tuple(batch_names) + own)
    # (and for the names the document properties give: "Wessel Brandhorst" as the Title, "W. Brandhorst" a bookmark)
    hidden = hidden_findings(data, name, config, detector, tuple(batch_names) + own + info_names)
    spread = [f.text for f in hidden if _spread(f.entity_type, True, f.detectors, f.text)]  # (hidden ones are redacted)
    sought = channel_names(doc.text, findings, spread + list(info_names))
    if sought:
        # a name a bookmark, a note, a form or the document properties give is sought on the pages too
        # ("Ter Beek" in the text, "Jurriën Ter Beek" only as a sticky note's author)
        findings = detector.detect(doc, tuple(batch_names) + sought)
    findings += tuple(extra)
    decisions = decide(findings, config, overrides)
    chosen = [(f, d) for f, d in zip(findings, decisions) if d.action is Action.REDACT]
    # personal data removed from a bookmark, a form's field or the document properties only is accounted for
    # in the motivation too (the properties are dropped whole: what they held is only counted)
    dropped = {f.ground.value for f in hidden} | info_grounds
    grounds = tuple(sorted({ground_of(f, d) for f, d in chosen} | dropped))
    plan = plan_motivation(doc, config, grounds)
    redactions = [Redaction(box, ground_of(f, d), f.id) for f, d in chosen for box in f.boxes]
    redactions += [Redaction(box, "", PLACEHOLDER_ID) for box in plan.clear]
    secrets = sorted({f.text for f, _ in chosen if f.text.strip()} | {f.text for f in hidden})
    # area findings (signatures, a reviewer's areas) have no text, but their boxes are proven like any other
    redacted_findings = [f for f, _ in chosen if f.text.strip() or f.entity_type in AREA_TYPES] + list(hidden)
    out = _write_and_prove(data, name, doc, config, plan, redactions, secrets, redacted_findings)
    if not out.proof.passed and _layer_suspect(out.proof) and any(p.ocr for p in doc.pages):
        # a reading engine joined two OCR words of the new invisible layer into a redacted string ("s." "w."
        # read as "s.w."): the scanned pages go out without that layer (not searchable, still redacted)
        out = _write_and_prove(data, name, doc, config, plan, redactions, secrets, redacted_findings, mute=True)
    if not out.proof.passed:
        details = "; ".join(f"{c.name}: {c.detail}" for c in out.proof.failures)
        checks = ", ".join(dict.fromkeys(c.name for c in out.proof.failures))  # the names are ours; details quote text
        raise ProofFailed(
            f"{name}: the redaction could not be proven, so no disclosure version was written ({details}). "
            "Please report this document to the woo_redact maintainers.",
            public=f"{ProofFailed.public_default[:-1]} (failed checks: {checks}).",
        )
    assessment = Assessment.PARTLY_PUBLIC if chosen or dropped else Assessment.PUBLIC
    return Processed(
        doc,
        findings,
        decisions,
        out.output,
        out.pages,
        out.scrubbed,
        plan,
        out.proof,
        grounds,
        assessment,
        out.changed,
        out.added,
        out.muted,
    )


@dataclass(frozen=True)
class _Written:
    """One write of the disclosure version and its proof."""

    output: bytes
    pages: tuple[PageRedaction, ...]
    scrubbed: tuple[str, ...]
    changed: tuple[Box, ...]
    added: str
    proof: Proof
    muted: tuple[int, ...]


# the checks that read text: a failure of only these on a document with OCR'd pages may be the new layer's
_TEXT_CHECKS = ("no_text_leak", "no_stream_leak")


def _layer_suspect(proof: Proof) -> bool:
    """Only text checks failed: what they read may be the invisible OCR layer the tool wrote."""
    return all(c.name.startswith(_TEXT_CHECKS) for c in proof.failures)


def _write_and_prove(
    data: bytes,
    name: str,
    doc: Document,
    config: Config,
    plan: MotivationPlan,
    redactions: Sequence[Redaction],
    secrets: Sequence[str],
    redacted_findings: Sequence[Finding],
    mute: bool = False,
) -> _Written:
    """Redact, add the OCR'd pages' text layer (none when ``mute``) and the motivation, and prove the result."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages, scrubbed = redact(pdf, redactions, secrets, original=data, dpi=config.redaction.raster_dpi)
        rasterized = {p.page for p in pages if p.rasterized}
        layer_text = write_text_layer(pdf, doc, redactions, rasterized, mute)
        written = write_motivation(pdf, plan, config)
        buf = io.BytesIO()
        # deterministic_id: the same input, tool and configuration give the same bytes (a rerun after a crash too)
        mode = pikepdf.ObjectStreamMode.generate
        try:
            pdf.save(buf, compress_streams=True, object_stream_mode=mode, deterministic_id=True)
        except pikepdf.PdfError as exc:  # a file qpdf could only open by reconstructing it (the fuzz campaign)
            why = str(exc).split(": ", 1)[-1].splitlines()[0][:160]  # without qpdf's name for the in-memory file
            raise CorruptPdf(
                f"{name}: the PDF is damaged: its redacted version cannot be written ({why}). "
                "Re-export it from the source application or repair it (qpdf, Acrobat) and run again."
            ) from exc
        output = buf.getvalue()
    # the proof counts what the tool wrote itself: the motivation and the OCR'd pages' new text layer
    added = "\n".join(t for t in (written.text, layer_text) if t)
    # a coarse image's painted pixels reach past their box (whole pixels): the proof is told where
    changed = tuple(plan.clear) + written.changed + tuple(b for p in pages for b in p.painted)
    proof = prove(
        data,
        output,
        redacted_findings,
        changed_areas=changed,
        rasterized_pages=tuple(p.page for p in pages if p.rasterized),
        appended_pages=written.appended_pages,
        added_text=added,
        image_pages=tuple(p.page for p in pages if p.images or p.paths or p.rasterized),
        replaced_layers=tuple(p.index for p in doc.pages if p.noisy_layer),
        engines=RUN_ENGINES,
        pixel_findings=_pixel_findings(doc, redacted_findings),
    )
    muted = tuple(p.index for p in doc.pages if mute and (p.ocr or p.index in rasterized))
    return _Written(output, tuple(pages), tuple(scrubbed), changed, added, proof, muted)


def _pixel_findings(doc: Document, findings: Sequence[Finding]) -> frozenset[str]:
    """The ids of the findings read from a picture's pixels only, on pages that keep their text layer (every
    word OCR's, the page no scan): none of their text is in the page's text or streams (no layer is written
    over pictures), so the proof does not count them as occurrences removed there."""
    from .parse.tesseract import OCR_FONT

    pictures = {p.index for p in doc.pages if p.pictures_read and not p.ocr}
    if not pictures:
        return frozenset()
    starts = [w.start for w in doc.words]
    out = set()
    for f in findings:
        if not f.text.strip() or not f.pages or not set(f.pages) <= pictures:
            continue
        k = max(bisect.bisect_right(starts, f.start) - 1, 0)
        words = []
        while k < len(doc.words) and doc.words[k].start < f.end:
            if f.start < doc.words[k].end:
                words.append(doc.words[k])
            k += 1
        if words and all(w.fontname == OCR_FONT for w in words):
            out.add(f.id)
    return frozenset(out)


def check_searchable(doc: Document, config: Config) -> None:
    """Fail closed on scanned pages without a text layer: nothing on them can be detected."""
    blind = [p.index + 1 for p in doc.pages if p.needs_ocr]
    if blind and not config.redaction.allow_unsearchable_pages:
        pages = ", ".join(str(p) for p in blind)
        reason = (
            f"page(s) {pages} are images without a text layer (or with only a stamp of text on them), so "
            "personal data on them cannot be detected. Run OCR first (e.g. `ocrmypdf -l nld in.pdf out.pdf`), "
            "or pass --allow-unsearchable-pages to publish those pages unchecked."
        )
        raise NeedsOcr(f"{doc.path}: {reason}", public=reason)
