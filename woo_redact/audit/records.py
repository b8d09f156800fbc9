"""The records of the redaction log, as frozen dataclasses (no text in clear).

Three kinds of line make up one run: a ``run`` header (tool version, config
hash, model version, start time), then per document a ``document`` record
followed by its ``redaction`` records, and a closing ``run_end`` with the
run's counts. Redacted text appears only as a keyed fingerprint, and a
failure's reason only in a form that cannot quote the document.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from ..model import Action, DocumentResult
from .log import fingerprint

PROOF_SCOPE = (
    "Each written output is proven against the tool's own findings and the reviewers' decisions: what was "
    "found is gone. Personal data the detector missed is not redacted and passes every check."
)


def now() -> str:
    """UTC time in ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- failure reasons without personal data ---------------------------------------

# Messages of woo_redact's own errors whose variable parts are only file names,
# page numbers, OS error texts or exception class names: kept as they are.
_SAFE_PREFIXES = (
    "not a PDF file",
    "the PDF is password protected",
    "cannot read the file (",
    "the worker processing it stopped",
    "interrupted before the names found elsewhere in the batch were applied",
)
_SAFE_OCR = re.compile(r"page\(s\) [\d, ]+ are images without a text layer\b")
_CHECK_NAME = re.compile(r"(?:\(|; )([a-z_]+(?:\[[\w-]+\])?): ")
_KNOWN_CHECK = re.compile(
    r"(structure|no_[a-z_]+|text_outside_survives|pixels_outside_unchanged|boxes_black)(\[[\w-]+\])?"
)
_INTERNAL = re.compile(r"internal error (\w+):")


def public_reason(error: str, source: str = "") -> str:
    """A failure's reason fit for the log and the inventory: it never quotes the document.

    Only the messages woo_redact itself writes with safe variable parts (file
    names, page numbers) are kept in full. Anything that may carry text from
    inside the PDF (a library's exception text, a proof's details) is reduced to
    its kind; the full message is on the run's stderr.
    """
    msg = error.strip()
    if source and msg.startswith(f"{source}: "):
        msg = msg[len(source) + 2 :]
    if msg.startswith(_SAFE_PREFIXES) or _SAFE_OCR.match(msg):
        return msg
    if msg.startswith(("the PDF is damaged", "pdfplumber cannot read the PDF")):
        return "the PDF is damaged and cannot be read. Re-export it from the source application or repair it."
    if msg.startswith("the redaction could not be proven"):
        names = [n for n in dict.fromkeys(_CHECK_NAME.findall(msg)) if _KNOWN_CHECK.fullmatch(n)]
        checks = f" (failed checks: {', '.join(names)})" if names else ""
        return f"the redaction could not be proven, so no disclosure version was written{checks}."
    m = _INTERNAL.match(msg)
    if m:
        return f"internal error {m.group(1)}; the details are on the run's stderr, not in the log."
    return "processing failed; the details are on the run's stderr (kept out of the log: they may quote the document)."


# --- records ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentEntry:
    """One document's outcome in the log."""

    input: str
    output: str
    input_sha256: str
    output_sha256: str
    pages: int
    status: str  # written | skipped (up to date, output of an earlier run kept) | failed
    outcome: str  # openbaar | deels openbaar | niet openbaar | failed
    reason: str  # why it failed or was skipped; never quotes the document
    rasterized_pages: tuple[int, ...]
    time: str

    @classmethod
    def of(cls, r: DocumentResult) -> DocumentEntry:
        if r.error:
            status, outcome, reason = "failed", "failed", public_reason(r.error, r.input)
        else:
            status = "skipped" if r.skipped else "written"
            outcome = r.assessment.value if r.assessment else ""
            reason = "up to date: output of an earlier run kept" if r.skipped else ""
        return cls(
            r.input,
            r.output,
            r.sha256_in,
            r.sha256_out,
            r.pages,
            status,
            outcome,
            reason,
            tuple(p + 1 for p in r.rasterized_pages),
            now(),
        )

    def record(self) -> dict[str, Any]:
        return {"type": "document", **asdict(self), "rasterized_pages": list(self.rasterized_pages)}


@dataclass(frozen=True)
class RedactionEntry:
    """One redaction in the log: where, why, by whom; the text only as a keyed fingerprint.

    ``boxes`` are ``(page, x0, y0, x1, y1)``: pages from 1, coordinates in PDF
    points (origin bottom-left). ``page`` is the first page the redaction is on.
    ``fingerprint`` is empty for an area without text (a box a reviewer drew).
    """

    document: str
    finding: str
    page: int
    boxes: tuple[tuple[int, float, float, float, float], ...]
    entity_type: str
    ground: str
    detectors: tuple[str, ...]
    score: float
    decision: str
    needs_review: bool
    decided_by: str
    time: str
    fingerprint: str

    def record(self) -> dict[str, Any]:
        data = asdict(self)
        data["boxes"] = [{"page": b[0], "bbox": list(b[1:])} for b in self.boxes]
        data["detectors"] = list(self.detectors)
        return {"type": "redaction", **data}


def entries_for(processed: Any, document: str, key: bytes) -> tuple[RedactionEntry, ...]:
    """The log entries of a processed document's redactions."""
    out = []
    stamp = now()
    for f, d in zip(processed.findings, processed.decisions):
        if d.action is not Action.REDACT:
            continue
        out.append(
            RedactionEntry(
                document=document,
                finding=f.id,
                page=f.pages[0] + 1 if f.pages else 0,
                boxes=tuple((b.page + 1, *b.as_list()) for b in f.boxes),  # type: ignore[misc]
                entity_type=f.entity_type,
                ground=(d.ground or f.ground).value,
                detectors=f.detectors,
                score=f.score,
                decision=d.action.value,
                needs_review=d.needs_review,
                decided_by=d.decided_by,
                time=stamp,
                fingerprint=fingerprint(key, f.text) if f.text.strip() else "",
            )
        )
    return tuple(out)


def run_end_record(documents: tuple[DocumentEntry, ...], records: int, stopped: str = "") -> dict[str, Any]:
    """The closing record of a run: its counts, so a truncated log is detected.

    ``records`` is the number of records the run wrote before this one
    (header, documents and redactions). ``stopped`` says why a run ended before
    all its documents were done (Ctrl-C, an internal error); it never quotes a document.
    """
    end: dict[str, Any] = {
        "type": "run_end",
        "finished": now(),
        "records": records,
        "documents": len(documents),
        "written": sum(1 for d in documents if d.status == "written"),
        "skipped": sum(1 for d in documents if d.status == "skipped"),
        "failed": sum(1 for d in documents if d.status == "failed"),
    }
    if stopped:
        end["stopped"] = stopped
    return end


def stop_reason(exc: BaseException | None) -> str:
    """``stopped`` of a run that ends with ``exc`` in flight ('' when it ended normally)."""
    if exc is None:
        return ""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl-C)"
    return f"stopped by an error ({type(exc).__name__}); the details are on the run's stderr"
