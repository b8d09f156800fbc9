"""The records of the redaction log, as frozen dataclasses (no text in clear).

Three kinds of line make up one run: a ``run`` header (tool version, config
hash, model version, start time), then per document a ``document`` record
followed by its ``redaction`` records, and a closing ``run_end`` with the
run's counts. Redacted text appears only as a keyed fingerprint, and a
failure only as its exception class and the public reason the error was
raised with (:mod:`woo_redact.errors`), which cannot quote the document.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import GENERIC_REASON
from ..model import Action, DocumentResult
from .log import fingerprint

PROOF_SCOPE = (
    "Each written output is proven against the tool's own findings and the reviewers' decisions: what was "
    "found is gone. Personal data the detector missed is not redacted and passes every check."
)


def now() -> str:
    """UTC time in ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


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
    error_class: str = ""  # the exception class a failed document failed with

    @classmethod
    def of(cls, r: DocumentResult) -> DocumentEntry:
        """The entry of a document's result; a failure's reason is the public one it carries."""
        if r.error:
            status, outcome, reason = "failed", "failed", r.reason or GENERIC_REASON
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
            r.error_class,
        )

    def record(self) -> dict[str, Any]:
        """The log line of this entry."""
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
        """The log line of this entry (boxes as ``{page, bbox}``)."""
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
                boxes=tuple((b.page + 1, *b.as_list()) for b in f.boxes),
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
