"""The records of the redaction log, as frozen dataclasses (no text in clear)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from ..model import Action, DocumentResult
from .log import fingerprint


def now() -> str:
    """UTC time in ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class DocumentEntry:
    """One document's outcome in the log."""

    input: str
    output: str
    input_sha256: str
    output_sha256: str
    pages: int
    outcome: str  # openbaar | deels openbaar | niet openbaar | failed | skipped (up to date)
    reason: str
    rasterized_pages: tuple[int, ...]
    time: str

    @classmethod
    def of(cls, r: DocumentResult) -> DocumentEntry:
        if r.error:
            outcome, reason = "failed", r.error
        else:
            outcome = r.assessment.value if r.assessment else ""
            reason = "up to date: output of an earlier run kept" if r.skipped else ""
        return cls(
            r.input,
            r.output,
            r.sha256_in,
            r.sha256_out,
            r.pages,
            outcome,
            reason,
            tuple(p + 1 for p in r.rasterized_pages),
            now(),
        )

    def record(self) -> dict[str, Any]:
        return {"type": "document", **asdict(self), "rasterized_pages": list(self.rasterized_pages)}


@dataclass(frozen=True)
class RedactionEntry:
    """One redaction in the log: where, why, by whom; the text only as a keyed fingerprint."""

    document: str
    finding: str
    page: int
    boxes: tuple[tuple[float, float, float, float], ...]
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
        data["boxes"] = [list(b) for b in self.boxes]
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
                boxes=tuple(tuple(b.as_list()) for b in f.boxes),  # type: ignore[misc]
                entity_type=f.entity_type,
                ground=(d.ground or f.ground).value,
                detectors=f.detectors,
                score=f.score,
                decision=d.action.value,
                needs_review=d.needs_review,
                decided_by=d.decided_by,
                time=stamp,
                fingerprint=fingerprint(key, f.text),
            )
        )
    return tuple(out)
