"""The run folder as the review screen sees it: documents and their findings.

A run folder holds ``publish/<rel>.pdf`` and ``work/<rel>.findings.json`` per
document (:mod:`..layout`). The catalog reads every findings file once, numbers the documents (sorted by their
relative path) and keeps the findings as frozen values. Clients address a
document by that number only, never by a path: nothing a request says can reach
a file outside the run folder (the originals are found through the findings
files' ``input``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..audit.log import normalise
from ..errors import UsageError
from ..layout import FINDINGS_SUFFIX, OLD_LAYOUT_HINT, QUARANTINE, Layout
from ..model import Box

__all__ = ["FINDINGS_SUFFIX", "CACHE_DIR", "Catalog", "Item", "ReviewDoc", "load_catalog"]

CACHE_DIR = ".review-cache"  # in work/
MANUAL_DETECTOR = "reviewer"  # the detector name of findings a reviewer added by hand


@dataclass(frozen=True)
class Reason:
    """One line of a finding's explanation."""

    detector: str
    score: float
    reason: str


@dataclass(frozen=True)
class Item:
    """One finding proposed by the tool, as the reviewer sees it."""

    id: str
    doc: int
    page: int  # 0-based, first page of the finding
    boxes: tuple[Box, ...]  # PDF user space, 0-based pages
    entity_type: str
    ground: str
    score: float
    text: str
    detectors: tuple[str, ...]
    reasons: tuple[Reason, ...]
    tool_action: str  # redact | keep
    needs_review: bool
    source: str = "text"  # where it was read: text | ocr | image | ink | scan | area
    ocr_confidence: float | None = None  # OCR: the lowest confidence of its words (0-100)

    @property
    def source_label(self) -> str:
        """What the reviewer should check: '' for the text layer, else how the finding was read."""
        if self.source == "ocr":
            conf = f" {self.ocr_confidence:.0f}%" if self.ocr_confidence is not None else ""
            return f"OCR{conf}: check the reading against the scan"
        drawn = {"image": "an image", "ink": "vector ink", "scan": "ink on the scanned page"}.get(self.source)
        if drawn is not None:
            return f"signature or paraph ({drawn}): check the box"
        return ""

    @property
    def norm(self) -> str:
        """The text normalised: NFC, single spaces, case-folded."""
        return normalise(self.text)

    @property
    def occurrence_key(self) -> str:
        """What "every occurrence" compares: the entity type and the normalised text.

        An area without text (a signature, a paraph) is only ever its own occurrence: one reviewer's
        "keep this signature" must not keep every other signature of the batch.
        """
        if not self.text.strip():
            return f"{self.entity_type}\x00#{self.doc}:{self.id}"
        return f"{self.entity_type}\x00{self.norm}"


@dataclass(frozen=True)
class ReviewDoc:
    """One document of the run."""

    index: int
    rel: str  # output path relative to the run folder, e.g. ``a/nota.pdf``
    input: str  # the original input's path, as the run recorded it
    input_sha256: str
    pages: int
    items: tuple[Item, ...]
    # (0-based page, mean OCR confidence, noisy layer replaced, published with its invisible OCR text)
    ocr_pages: tuple[tuple[int, float, bool, bool], ...] = ()

    @property
    def ocr_summary(self) -> str:
        """ "p. 1 (94%), p. 3 (71%, noisy layer replaced), p. 4 (88%, not searchable)" or ''."""
        return ", ".join(
            f"p. {p + 1} ({conf:.0f}%{', noisy layer replaced' if noisy else ''}{'' if layer else ', not searchable'})"
            for p, conf, noisy, layer in self.ocr_pages
        )

    @property
    def name(self) -> str:
        """The document's name in the screens: its path relative to the run's output."""
        return self.rel


@dataclass(frozen=True)
class Catalog:
    """All documents of a run folder, numbered."""

    root: Path
    docs: tuple[ReviewDoc, ...]

    def doc(self, index: int) -> ReviewDoc | None:
        """The document numbered ``index``, or None."""
        return self.docs[index] if 0 <= index < len(self.docs) else None

    def by_rel(self, rel: str) -> ReviewDoc | None:
        """The document with output path ``rel``, or None."""
        return next((d for d in self.docs if d.rel == rel), None)

    def item(self, index: int, finding_id: str) -> Item | None:
        """The finding ``finding_id`` of document ``index``, or None."""
        doc = self.doc(index)
        if doc is None:
            return None
        return next((i for i in doc.items if i.id == finding_id), None)

    def all_items(self) -> Iterable[Item]:
        """Every finding of every document, in document order."""
        for d in self.docs:
            yield from d.items

    def occurrences(self, item: Item) -> tuple[Item, ...]:
        """Every finding of the run of the same entity type with the same normalised text (itself included).

        "De Vries" the PERSON is not "De Vries" in an organisation's name: the type must match too.
        """
        key = item.occurrence_key
        return tuple(i for i in self.all_items() if i.occurrence_key == key)

    @property
    def entity_types(self) -> tuple[str, ...]:
        """The entity types found in the run, sorted (the filter's choices)."""
        return tuple(sorted({i.entity_type for i in self.all_items()}))

    @property
    def detectors(self) -> tuple[str, ...]:
        """The detectors that found something in the run, sorted (the filter's choices)."""
        return tuple(sorted({d for i in self.all_items() for d in i.detectors}))


def _boxes(record: dict[str, Any]) -> tuple[Box, ...]:
    out = []
    for b in record.get("boxes", []):
        x0, y0, x1, y1 = (float(v) for v in b["bbox"])
        out.append(Box(int(b["page"]) - 1, x0, y0, x1, y1))
    return tuple(out)


def _item(doc: int, record: dict[str, Any]) -> Item | None:
    reasons = tuple(
        Reason(str(e.get("detector", "")), float(e.get("score", 0.0)), str(e.get("reason", "")))
        for e in record.get("explanation", [])
    )
    if any(r.detector == MANUAL_DETECTOR for r in reasons):
        return None  # written by an earlier `apply`; the review database holds these
    boxes = _boxes(record)
    decision = record.get("decision", {})
    source = record.get("source") or {}
    conf = source.get("ocr_confidence")
    return Item(
        id=str(record["id"]),
        doc=doc,
        page=min((b.page for b in boxes), default=0),
        boxes=boxes,
        entity_type=str(record.get("entity_type", "")),
        ground=str(record.get("ground", "")),
        score=float(record.get("score", 0.0)),
        text=str(record.get("text", "")),
        detectors=tuple(str(d) for d in record.get("detectors", [])),
        reasons=reasons,
        tool_action=str(decision.get("action", "redact")),
        needs_review=bool(decision.get("needs_review", False)),
        source=str(source.get("kind", "text")),
        ocr_confidence=float(conf) if conf is not None else None,
    )


def findings_files(work: Path) -> list[Path]:
    """The run's findings files in its ``work/`` folder, sorted by path, outside the cache and quarantine."""
    found = (p for p in work.rglob("*" + FINDINGS_SUFFIX) if p.is_file())
    return sorted(p for p in found if not {CACHE_DIR, QUARANTINE} & set(p.relative_to(work).parts[:1]))


def load_catalog(root: Path) -> Catalog:
    """Read every findings file of the run folder ``root`` (the ``--out`` of a run)."""
    if not root.is_dir():
        raise UsageError(f"{root}: no such folder. Give the --out folder of a `woo-redact run`.")
    layout = Layout(root)
    old = layout.old_layout_files()
    if old:
        raise UsageError(f"{root}: {OLD_LAYOUT_HINT} (found {old[0]})")
    work = layout.work
    docs: list[ReviewDoc] = []
    for path in findings_files(work) if work.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{path}: unreadable findings file ({exc}). Run `woo-redact run` again.") from exc
        index = len(docs)
        rel = data.get("output") or str(PurePosixPath(path.relative_to(work).as_posix()).with_suffix(".pdf"))
        items = tuple(i for i in (_item(index, r) for r in data.get("findings", [])) if i is not None)
        docs.append(
            ReviewDoc(
                index=index,
                rel=str(rel),
                input=str(data.get("input", "")),
                input_sha256=str(data.get("input_sha256", "")),
                pages=int(data.get("pages", 0)),
                items=items,
                ocr_pages=tuple(
                    (
                        int(o["page"]) - 1,
                        float(o.get("confidence", 0.0)),
                        bool(o.get("noisy_layer")),
                        bool(o.get("text_layer", True)),
                    )
                    for o in data.get("ocr_pages", [])
                ),
            )
        )
    if not docs:
        raise UsageError(f"{root}: no findings files found. Give the --out folder of a `woo-redact run`.")
    return Catalog(root, tuple(docs))
