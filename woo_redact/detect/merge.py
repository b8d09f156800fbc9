"""Merging candidates and placing findings on the page.

Overlapping candidates of the same type become one span whose explanations
are all kept; a candidate inside a span of a stronger type (a name inside an
e-mail address) is dropped. :func:`boxes_for_span` turns a text span into one
box per line fragment, using each character's extent.

Where a merged span's edges are set (trimmed, cut at cells, joined over a line break, widened to a postcode or a
first name) is :mod:`.span_edges`.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..model import Box, Document, Explanation

PRIORITY = {"EMAIL_ADDRESS": 6, "IBAN_CODE": 5, "NL_BSN": 4, "PHONE_NUMBER": 3, "ADDRESS": 2, "PARAPH": 2, "PERSON": 1}
AGREEMENT_BONUS = 0.05
DERIVED = frozenset({"propagation", "name_extension"})


@dataclass(frozen=True)
class Merged:
    """A merged span with every explanation that supports it."""

    start: int
    end: int
    entity: str
    explanations: tuple[Explanation, ...]

    @property
    def score(self) -> float:
        """The best detector's score plus a bonus for every further independent detector (at most 1)."""
        best = max(e.score for e in self.explanations)
        # Propagation and extension repeat earlier evidence: they do not count as a second detector.
        detectors = {e.detector for e in self.explanations if e.score > 0 and e.detector not in DERIVED}
        return min(1.0, best + AGREEMENT_BONUS * (len(detectors) - 1))

    @property
    def cell(self) -> str | None:
        """The whole text of the wrapped table cell this span is a piece of ("Bart van den Berg" for
        "den"), as the ``table_cell`` detector explains it; None for any other span."""
        return next((e.context for e in self.explanations if e.detector == "table_cell"), None)

    @property
    def broken(self) -> tuple[str, str] | None:
        """The whole name this span is a piece of, broken over a line end and read on in its text column, and
        its top line up to the name's end ("wethouder Rob Kerkhoven"), as ``column_line`` explains it."""
        return next(((e.pattern, e.context) for e in self.explanations if e.detector == "column_line"), None)


def merge(cands: list[Merged]) -> list[Merged]:
    """Union overlapping spans of one type; drop spans inside a stronger type."""
    by_type: dict[str, list[Merged]] = {}
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        group = by_type.setdefault(c.entity, [])
        if group and c.start < group[-1].end:
            last = group[-1]
            group[-1] = Merged(last.start, max(last.end, c.end), c.entity, last.explanations + c.explanations)
        else:
            group.append(c)
    spans = [m for group in by_type.values() for m in group]
    spans.sort(key=lambda m: (-PRIORITY.get(m.entity, 0), m.start))
    kept: list[Merged] = []
    # the kept spans of each type, in the order of their starts and ends: a type's spans do not overlap and are
    # taken in the order of their starts, and a cut leaves a part of one, so both orders hold as they are added
    # (:func:`_touching` finds those a span meets without going through all kept before it)
    placed: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for m in spans:
        near = _touching(placed, kept, m)
        if any(k.start <= m.start and m.end <= k.end for k in near):
            continue
        for k in near:  # a weaker span that runs into a stronger one ends (or starts) where that one does
            if k.start < m.end and m.start < k.end:
                if m.start < k.start:
                    m = Merged(m.start, k.start, m.entity, m.explanations)
                else:
                    m = Merged(k.end, m.end, m.entity, m.explanations)
        if m.end > m.start:
            starts, ends, order = placed.setdefault(m.entity, ([], [], []))
            starts.append(m.start)
            ends.append(m.end)
            order.append(len(kept))
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _touching(
    placed: dict[str, tuple[list[int], list[int], list[int]]], kept: Sequence[Merged], m: Merged
) -> list[Merged]:
    """The kept spans of other types than ``m``'s that hold or overlap it, or touch it (those that start at or
    before its end and end at or after its start), in the order they were kept."""
    found: list[int] = []
    for entity, (starts, ends, order) in placed.items():
        if entity != m.entity:
            found += order[bisect.bisect_left(ends, m.start) : bisect.bisect_right(starts, m.end)]
    return [kept[i] for i in sorted(found)] if found else []


def drop_nested(spans: list[Merged], kept: Collection[tuple[int, int]]) -> list[Merged]:
    """Drop a span inside a longer, redacted span of another type ("KOEN" as a paraph inside the name
    "KOEN DE VRIES"): the outer box covers it, with one label (two labels over each other read as neither).
    A span inside a *kept* one stays ("AŞ" after "burgemeester Halsema" is still a paraph)."""
    outer = [k for k in spans if (k.start, k.end) not in kept]

    def inside(m: Merged, k: Merged) -> bool:
        return k.entity != m.entity and k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start

    return [m for m in spans if not any(inside(m, k) for k in outer if k is not m)]


def boxes_for_span(doc: Document, start: int, end: int) -> tuple[Box, ...]:
    """One box per line fragment covering the characters of ``doc.text[start:end]``."""
    starts = _word_starts(doc)
    i = max(0, bisect.bisect_right(starts, start) - 1)
    per_line: dict[int, Box] = {}
    while i < len(doc.words) and doc.words[i].start < end:
        w = doc.words[i]
        i += 1
        lo, hi = max(start, w.start) - w.start, min(end, w.end) - w.start
        if hi <= lo:
            continue
        chars = w.char_boxes[lo:hi]
        box = Box(
            w.box.page,
            min(c[0] for c in chars),
            min(c[1] for c in chars),
            max(c[2] for c in chars),
            max(c[3] for c in chars),
        )
        per_line[w.line] = per_line[w.line].union(box) if w.line in per_line else box
    return tuple(per_line[k] for k in sorted(per_line))


_STARTS = threading.local()  # per thread: a Dask worker run with several threads shares this module


def _word_starts(doc: Document) -> list[int]:
    """Where each word of ``doc`` starts, remembered for the last document's words (one list for all
    its findings, not one per finding)."""
    memo = _STARTS
    if getattr(memo, "words", None) is not doc.words:
        memo.words, memo.starts = doc.words, [w.start for w in doc.words]
    starts: list[int] = memo.starts
    return starts


def finding_id(doc: Document, start: int, end: int, entity: str) -> str:
    """A stable id: the same finding in the same input gets the same id on every run."""
    return hashlib.sha256(f"{doc.sha256}:{start}:{end}:{entity}".encode()).hexdigest()[:12]
