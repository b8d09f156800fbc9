"""Redactions a reviewer adds by hand: selected words, or an area drawn where no text is.

The same rule serves the review screen (which words did the reviewer select?)
and ``apply`` (which text spans do the stored boxes cover?): a word is selected
when the centre of its box lies inside the area; a click (a tiny area) selects
the word under it. Selected words become one :class:`~woo_redact.model.Finding`
per run of consecutive words, with its real span in the parsed document, so the
proof checks that their text is gone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import MANUAL_AREA, Box, Document, Explanation, Finding, Ground, Word
from .catalog import MANUAL_DETECTOR

CLICK_PT = 3.0  # an area smaller than this both ways is a click on a word


@dataclass(frozen=True)
class Selection:
    """What an area on a page selects: line boxes of the words, and their text."""

    boxes: tuple[Box, ...]
    text: str
    words: tuple[int, ...]  # indexes into Document.words

    @property
    def empty(self) -> bool:
        """No word was selected."""
        return not self.words


def _centre_in(word: Word, area: Box) -> bool:
    b = word.box
    return area.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)


def select_words(doc: Document, area: Box) -> Selection:
    """The words of ``doc`` that ``area`` selects, with one box per line."""
    on_page = [(i, w) for i, w in enumerate(doc.words) if w.box.page == area.page]
    if area.width < CLICK_PT and area.height < CLICK_PT:
        cx, cy = (area.x0 + area.x1) / 2, (area.y0 + area.y1) / 2
        chosen = [i for i, w in on_page if w.box.contains_point(cx, cy)][:1]
    else:
        chosen = [i for i, w in on_page if _centre_in(w, area)]
    return _selection(doc, chosen)


def select_in_boxes(doc: Document, boxes: Sequence[Box]) -> Selection:
    """The words whose centres lie in any of ``boxes`` (stored line boxes of a selection)."""
    chosen = [i for i, w in enumerate(doc.words) if any(w.box.page == b.page and _centre_in(w, b) for b in boxes)]
    return _selection(doc, chosen)


def _selection(doc: Document, chosen: Sequence[int]) -> Selection:
    per_line: dict[int, Box] = {}
    for i in chosen:
        w = doc.words[i]
        per_line[w.line] = per_line[w.line].union(w.box) if w.line in per_line else w.box
    text = " ".join(doc.words[i].text for i in chosen)
    return Selection(tuple(per_line[k] for k in sorted(per_line)), text, tuple(chosen))


def _runs(indexes: Sequence[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in sorted(indexes):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def manual_id(doc: Document, key: str) -> str:
    """A stable id for a manual finding (prefix ``m``: never equal to a detector's id)."""
    return "m" + hashlib.sha256(f"manual:{doc.sha256}:{key}".encode()).hexdigest()[:11]


def manual_findings(
    doc: Document, boxes: Sequence[Box], entity_type: str, ground: Ground, reviewer: str, text: str
) -> tuple[Finding, ...]:
    """Findings for one manual addition in the parsed original ``doc``.

    With ``text`` (a word selection) the words under ``boxes`` become one finding
    per run of consecutive words; without (a drawn area), or when no word is
    there any more, each box becomes a :data:`~woo_redact.model.MANUAL_AREA`.
    """
    why = f"added by hand by {reviewer}"
    sel = select_in_boxes(doc, boxes) if text else Selection((), "", ())
    if sel.empty:
        return tuple(
            Finding(
                id=manual_id(doc, f"area:{b.page}:{b.as_list()}"),
                start=0,
                end=0,
                text="",
                entity_type=MANUAL_AREA,
                ground=ground,
                score=1.0,
                boxes=(b,),
                explanations=(Explanation(MANUAL_DETECTOR, 1.0, why + " (drawn area)"),),
            )
            for b in boxes
        )
    out = []
    for run in _runs(sel.words):
        first, last = doc.words[run[0]], doc.words[run[-1]]
        part = _selection(doc, run)
        out.append(
            Finding(
                id=manual_id(doc, f"{first.start}:{last.end}:{entity_type}"),
                start=first.start,
                end=last.end,
                text=doc.text[first.start : last.end],
                entity_type=entity_type,
                ground=ground,
                score=1.0,
                boxes=part.boxes,
                explanations=(Explanation(MANUAL_DETECTOR, 1.0, why + " (selected words)"),),
            )
        )
    return tuple(out)
