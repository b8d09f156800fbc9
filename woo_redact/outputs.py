"""What a run writes besides each disclosure version, and how it is written.

- ``work/<name>.findings.json``: every finding with its boxes, score,
  explanation and decision (for reviewers; it holds the found text, so it is a
  working file and must never be published);
- the run stamp: what an output was made with (tool version, configuration,
  and the detector's fingerprint: word lists, register, model files, code), so
  a rerun redoes a document whenever any of it changed;
- quarantine: a document that fails loses its published version (moved to
  ``work/quarantine/`` with the reason), so ``publish/`` never holds a stale one;
- atomic file writes: a temporary file in the same folder, fsync, rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .config import Config
from .layout import Layout
from .model import AREA_TYPES, Decision, Document, DocumentResult, Finding, Word
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


def finding_source(doc: Document, f: Finding, ocr_words: Sequence[Word] | None = None) -> dict[str, Any]:
    """Where a finding was read: the text layer, OCR (with the lowest confidence of its words), or
    an image or ink region (a signature or paraph); the reviewer knows from this what to check.
    ``ocr_words``: the document's words read by OCR, when the caller has them (else they are looked for)."""
    if f.entity_type in AREA_TYPES:
        kinds = [
            r.kind
            for p in f.pages
            for r in doc.pages[p].regions
            if any(b.page == p and b.x0 <= r.box.x0 + 0.5 and r.box.x1 <= b.x1 + 0.5 for b in f.boxes)
        ]
        return {"kind": kinds[0] if kinds else "area", "ocr_confidence": None}
    words = doc.words if ocr_words is None else ocr_words
    confs = [w.confidence for w in words if w.start < f.end and f.start < w.end and w.confidence >= 0]
    if confs:
        return {"kind": "ocr", "ocr_confidence": round(min(confs), 1)}
    return {"kind": "text", "ocr_confidence": None}


def finding_record(
    f: Finding, d: Decision, rasterized: dict[int, str] | None = None, source: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One finding as JSON-ready data; ``rasterized`` maps page index to why it became an image, ``source``
    says where it was read (:func:`finding_source`)."""
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
        "source": source or {"kind": "text", "ocr_confidence": None},
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
    detector_sha256: str = ""  # see detector_fingerprint()

    def matches(self, meta: dict[str, Any]) -> bool:
        """Whether a findings file's data was made with exactly this stamp."""
        return (
            meta.get("tool_version") == self.tool_version
            and meta.get("config_sha256") == self.config_sha256
            and meta.get("detector_sha256") == self.detector_sha256
        )


PACKAGE_DIR = Path(__file__).resolve().parent


def _tree_digest(h: Any, label: str, root: Path, files: Iterable[Path]) -> None:
    for path in sorted(files):
        rel = path.relative_to(root).as_posix()
        h.update(f"{label}/{rel}\0".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())


def detector_fingerprint(config: Config, package: Path = PACKAGE_DIR) -> str:
    """SHA-256 over everything besides the config that decides what is found and how it is removed.

    The package's data (word lists, the office-holder register, the default
    config), its Python code, the model's files, and the name and version of
    every installed detector plug-in. Any change means earlier outputs may be
    stale, so a rerun redoes them.
    """
    from importlib.metadata import entry_points

    h = hashlib.sha256()
    data = package / "data"
    _tree_digest(h, "data", data, (p for p in data.rglob("*") if p.is_file()))
    _tree_digest(h, "code", package, (p for p in package.rglob("*.py") if "__pycache__" not in p.parts))
    model = config.model_path
    if model.is_dir():
        _tree_digest(h, "model", model, (p for p in model.rglob("*") if p.is_file()))
    else:
        h.update(f"model-missing/{model}\0".encode())
    for ep in sorted(entry_points(group="woo_redact.detectors"), key=lambda e: (e.name, e.value)):
        dist = f"{ep.dist.name}=={ep.dist.version}" if ep.dist else "?"
        h.update(f"plugin/{ep.name}={ep.value}@{dist}\0".encode())
    return h.hexdigest()


def run_stamp(config: Config) -> RunStamp:
    """The stamp of a run with ``config`` by this installation."""
    from . import __version__

    return RunStamp(__version__, config.digest(), detector_fingerprint(config))


def quarantine(layout: Layout, rel: str | PurePosixPath, reason: str, command: str) -> Path | None:
    """Move a failed document's earlier disclosure version out of ``publish/``; its new place, or None.

    The reason file next to it says why and when (it may quote the document:
    it stays in ``work/``, like the findings).
    """
    from .audit.records import now

    src = layout.pdf(rel)
    if not src.exists():
        return None
    dest = layout.quarantined(rel)
    dest.parent.mkdir(parents=True, exist_ok=True)
    text = (
        f"{rel} failed in `woo-redact {command}` at {now()}; its earlier disclosure version was taken out of "
        f"publish/ and put here. It may lack redactions the failed run would have made: do not publish it.\n\n"
        f"Reason: {reason}\n"
    )
    atomic_write(layout.reason_file(rel), text.encode("utf-8"))
    os.replace(src, dest)
    return dest


def findings_document(
    p: Processed,
    source: str,
    output: str,
    stamp: RunStamp,
    note_date: str = "",
    batch_names: tuple[str, ...] = (),
    batch_titled: tuple[str, ...] = (),
    batch_marks: tuple[str, ...] = (),
) -> bytes:
    """The ``.findings.json`` of one processed document; ``batch_marks``: the names its text alone gives the batch
    (``batch_names.text_marks``), read again when the document is up to date in a later run."""
    ocr = [w for w in p.document.words if w.confidence >= 0]  # looked through once, not once per finding
    data = {
        "format": FINDINGS_FORMAT,
        "tool_version": stamp.tool_version,
        "config_sha256": stamp.config_sha256,
        "detector_sha256": stamp.detector_sha256,
        "input": source,
        "input_sha256": p.document.sha256,
        "output": output,
        "output_sha256": p.output_sha256,
        "note_date": note_date,
        "batch_names": list(batch_names),  # names from other documents of the batch that were looked for
        "batch_titled": list(batch_titled),  # names other documents of the batch keep after a public title
        "batch_marks": list(batch_marks),  # companies it writes with their legal form, public in the whole batch
        "pages": p.document.n_pages,
        "assessment": p.assessment.value,
        "grounds": list(p.grounds),
        "rasterized_pages": [{"page": r.page + 1, "reason": r.reason} for r in p.pages if r.rasterized],
        "ocr_pages": [
            {
                "page": i.index + 1,
                "confidence": i.ocr_confidence,
                "noisy_layer": i.noisy_layer,
                # False: published without its invisible text layer (an engine read a redacted string in it)
                "text_layer": i.index not in p.unsearchable,
            }
            for i in p.document.pages
            if i.ocr
        ],
        # pages with a text layer whose pictures OCR read words in (parse/pictures.py)
        "ocr_pictures": [
            {"page": i.index + 1, "pictures": i.pictures_read, "confidence": i.pictures_confidence}
            for i in p.document.pages
            if i.pictures_read
        ],
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
            finding_record(
                f, d, {r.page: r.reason for r in p.pages if r.rasterized}, finding_source(p.document, f, ocr)
            )
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
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
