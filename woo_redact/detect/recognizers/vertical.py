"""Text set vertically in a page's margin: a registration stamp ("Archief DKR - ingeboekt door rmartis op
20-03-2025"), a scan's label, a running title turned by 90 degrees.

The parse reads a page in its main direction, so a turned line comes out as a stack of one-word lines at
the same left edge, each as narrow as the font is high, in the order of the page's rows (top down), with
a word broken where its letters stand apart ("rm" / "artis"). Here such a stack is put back together in
reading order (bottom up, as text turned counter-clockwise reads; top down as well, for text turned the
other way), the name recognizers and the user-name rule read it, and what they find is reported piece by
piece, each piece explained by the whole line. Geometry of the Document's lines only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Document, Explanation, Line
from ..context import not_a_person
from ..grammar import compiled
from .columns_text import name_recognizers
from .structure import Candidate

__all__ = ["vertical_text"]

_ALIGN = 2.0  # points: the words of one turned line share their left edge
_NARROW = 1.6  # a turned word is at most this many font sizes wide (its letters' height)
_MIN_WORDS = 3  # a stack of fewer is no line
_LETTER_WIDTH = 20.0  # points: the widest single letter of a turned line (its font's height)
_JOIN = 0.25  # font sizes: pieces closer than this are one word ("rm" + "artis")
# who handled a record, by their account: "ingeboekt door rmartis", "gescand door jvdmeer"
_HANDLED_BY = compiled(
    r"(?i:\b(?:ingeboekt|gescand|aangemaakt|gewijzigd|ingevoerd|geregistreerd|verwerkt|ontvangen|geüpload)"
    r"[ \t]+(?:[^ \t]+[ \t]+){0,2}?door[ \t]+)(?P<u>[a-z][a-z0-9._-]{2,29})(?![\p{L}\d@])"
)


@dataclass(frozen=True)
class _Piece:
    start: int  # in the joined line
    line: Line


def _stacks(doc: Document) -> list[list[Line]]:
    """Runs of narrow one-word lines at one left edge, consecutive in the text."""
    out: list[list[Line]] = []
    run: list[Line] = []
    for ln in doc.lines:
        words = doc.words[ln.first_word : ln.first_word + ln.n_words]
        size = max((w.size for w in words), default=0.0)
        width = ln.box.x1 - ln.box.x0
        # a letter set alone (a turned line whose letters the parse took one by one: "e", "l", "l", "e", "M")
        # measures its size along the page's rows, its width is the font's height
        letter = len(words) == 1 and len(words[0].text) <= 2 and width <= _LETTER_WIDTH
        narrow = len(words) == 1 and size > 0 and (width <= _NARROW * size or letter)
        if narrow and run and run[-1].box.page == ln.box.page and abs(run[-1].box.x0 - ln.box.x0) <= _ALIGN:
            run.append(ln)
            continue
        if len(run) >= _MIN_WORDS:
            out.append(run)
        run = [ln] if narrow else []
    if len(run) >= _MIN_WORDS:
        out.append(run)
    return out


def _joined(doc: Document, stack: Sequence[Line]) -> tuple[str, list[_Piece]]:
    """The stack's words in reading order, pieces of one word joined."""
    text, pieces = "", []
    prev: Line | None = None
    for ln in stack:
        size = max(w.size for w in doc.words[ln.first_word : ln.first_word + ln.n_words])
        gap = min(abs(ln.box.y0 - prev.box.y1), abs(prev.box.y0 - ln.box.y1)) if prev else 0.0
        if prev is not None and gap > _JOIN * size:
            text += " "
        pieces.append(_Piece(len(text), ln))
        text += doc.text[ln.start : ln.end]
        prev = ln
    return text, pieces


def _spans(pieces: Sequence[_Piece], start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The document spans of ``text[start:end]``, one per piece it touches; one span over all of them when
    the pieces are single letters (then the lines are consecutive in the document's text)."""
    touched = [p for p in pieces if p.start < end and start < p.start + p.line.end - p.line.start]
    if touched and all(p.line.end - p.line.start <= 2 for p in touched):
        if len(text[start:end].strip()) < 3:
            return []
        return [(min(p.line.start for p in touched), max(p.line.end for p in touched))]
    out = []
    for p in pieces:
        length = p.line.end - p.line.start
        s, e = max(start, p.start), min(end, p.start + length)
        # (a piece of one or two letters, "rm" of "rm" / "artis", identifies no one, and a string that short
        # is in every PDF's bytes, where no proof can tell it apart)
        if s < e and len(text[s:e].strip()) >= 3:
            out.append((p.line.start + s - p.start, p.line.start + e - p.start))
    return out


def vertical_text(doc: Document) -> list[Candidate]:
    """Names and user names in text set vertically (read bottom up and top down)."""
    out: list[Candidate] = []
    for stack in _stacks(doc):
        for order in (sorted(stack, key=lambda ln: ln.box.y0), sorted(stack, key=lambda ln: -ln.box.y1)):
            text, pieces = _joined(doc, order)
            found: list[tuple[int, int, str, str]] = []
            for m in _HANDLED_BY.finditer(text):
                found.append((m.start("u"), m.end("u"), "USERNAME", f"the account that handled it: '{m.group('u')}'"))
            for rec in name_recognizers():
                for r in rec.analyze(text, ["PERSON"]):
                    if not_a_person(text, r.start, r.end):
                        continue  # "9090 Melle": the span is judged here, where its text reads in order
                    found.append((r.start, r.end, "PERSON", f"the name '{text[r.start : r.end]}'"))
            for s, e, entity, what in found:
                why = f"{what}, in a line set vertically ('{text}')"
                for a, b in _spans(pieces, s, e, text):
                    out.append(Candidate(a, b, entity, Explanation("vertical_text", 0.8, why, context=text[:80])))
    return out
