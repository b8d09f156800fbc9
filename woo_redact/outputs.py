"""What a run writes next to each disclosure version, and how it is written.

- ``<name>.findings.json``: every finding with its boxes, score, explanation
  and decision (for reviewers; it holds the found text, so it is a working
  file and must never be published);
- atomic file writes: a temporary file in the same folder, fsync, rename.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Decision, DocumentResult, Finding
from .pipeline import Processed

FINDINGS_FORMAT = "woo_redact.findings/1"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no half-written file ever has the final name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def finding_record(f: Finding, d: Decision, rasterized: dict[int, str] | None = None) -> dict[str, Any]:
    """One finding as JSON-ready data; ``rasterized`` maps page index to why it became an image."""
    raster = {p: why for p, why in (rasterized or {}).items() if p in f.pages and d.action.value == "redact"}
    return {
        "id": f.id,
        "page": f.pages[0] + 1 if f.pages else None,
        "pages": [p + 1 for p in f.pages],
        "boxes": [{"page": b.page + 1, "bbox": b.as_list()} for b in f.boxes],
        "entity_type": f.entity_type,
        "ground": (d.ground or f.ground).value,
        "score": f.score,
        "text": f.text,
        "detectors": list(f.detectors),
        "explanation": [
            {"detector": e.detector, "score": e.score, "reason": e.reason, "pattern": e.pattern, "context": e.context}
            for e in f.explanations
        ],
        "rasterized": [{"page": p + 1, "reason": why} for p, why in sorted(raster.items())],
        "decision": {
            "action": d.action.value,
            "needs_review": d.needs_review,
            "decided_by": d.decided_by,
            "reason": d.reason,
        },
    }


@dataclass(frozen=True)
class RunStamp:
    """What identifies the configuration an output was made with."""

    tool_version: str
    config_sha256: str


def findings_document(
    p: Processed, source: str, output: str, stamp: RunStamp, note_date: str = "", batch_names: tuple[str, ...] = ()
) -> bytes:
    """The ``.findings.json`` of one processed document."""
    data = {
        "format": FINDINGS_FORMAT,
        "tool_version": stamp.tool_version,
        "config_sha256": stamp.config_sha256,
        "input": source,
        "input_sha256": p.document.sha256,
        "output": output,
        "output_sha256": p.output_sha256,
        "note_date": note_date,
        "batch_names": list(batch_names),  # names from other documents of the batch that were looked for
        "pages": p.document.n_pages,
        "assessment": p.assessment.value,
        "grounds": list(p.grounds),
        "rasterized_pages": [{"page": r.page + 1, "reason": r.reason} for r in p.pages if r.rasterized],
        "motivation": {
            "mode": p.motivation.mode.value,
            "text": p.motivation.text,
            "changed_areas": [{"page": b.page + 1, "bbox": b.as_list()} for b in p.changed],
            "added_text": p.added_text,
        },
        "channels_cleaned": list(p.scrubbed),
        "proof": {
            "passed": p.proof.passed,
            "checks": [{"name": c.name, "passed": c.passed, "detail": c.detail} for c in p.proof.checks],
        },
        "summary": {
            "findings": len(p.findings),
            "redacted": len(p.redacted),
            "flagged_for_review": sum(1 for d in p.decisions if d.needs_review),
            "kept": sum(1 for d in p.decisions if d.action.value == "keep"),
        },
        "findings": [
            finding_record(f, d, {r.page: r.reason for r in p.pages if r.rasterized})
            for f, d in zip(p.findings, p.decisions)
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def document_result(p: Processed, source: str, output: str, note_date: str) -> DocumentResult:
    """The batch summary row of a processed document."""
    return DocumentResult(
        source,
        output,
        p.document.sha256,
        p.output_sha256,
        p.document.n_pages,
        p.assessment,
        p.grounds,
        len(p.redacted),
        note_date,
        rasterized_pages=tuple(r.page for r in p.pages if r.rasterized),
    )


def read_findings(path: Path) -> dict[str, Any] | None:
    """A findings file's data, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
