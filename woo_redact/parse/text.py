"""Plain text -> :class:`~woo_redact.model.Document`, with a simple, regular geometry.

Detection reads Documents, not PDFs. Text that does not come from a page's
content (bookmark titles, annotation contents, form field values, metadata,
alt texts) and the detector's own unit tests use this builder: every line of
the text becomes a row on a page, a tab (or a run of three or more spaces)
starts a new column segment, as a label/value column or a table cell does on a
real page. Characters are 6 pt wide on a 10 pt font, rows 14 pt apart.
"""

from __future__ import annotations

import hashlib
import re

from ..model import Box, Document
from . import assemble
from .words import PageChars, RawWord

__all__ = ["document_from_text"]

CHAR_W = 6.0
SIZE = 10.0
ROW = 14.0
PAGE_W, PAGE_H = 595.0, 842.0
LEFT = 50.0
ROWS_PER_PAGE = 50
_COLUMN = re.compile(r"\t| {3,}")


def _words_of_line(line: str, top: float) -> list[RawWord]:
    """The words of one line; a tab or 3+ spaces jumps to the next 150 pt column."""
    out: list[RawWord] = []
    x = LEFT
    for k, cell in enumerate(_COLUMN.split(line)):
        if k:
            x = max(x + 4 * CHAR_W * 2, LEFT + 150.0 * k)
        for m in re.finditer(r"\S+", cell):
            x0 = x + m.start() * CHAR_W
            chars = tuple(
                (x0 + i * CHAR_W, PAGE_H - top - SIZE, x0 + (i + 1) * CHAR_W, PAGE_H - top)
                for i in range(len(m.group()))
            )
            box = Box(0, chars[0][0], chars[0][1], chars[-1][2], chars[0][3])
            out.append(RawWord(m.group(), box, chars, "Helvetica", SIZE, False, top, box.x0, box.x1))
        x += len(cell) * CHAR_W
    return out


def document_from_text(text: str, name: str = "<text>") -> Document:
    """A Document whose ``text`` holds ``text``'s words and line breaks (runs of spaces collapse)."""
    pages: list[tuple[list[RawWord], PageChars]] = []
    lines = text.split("\n")
    for p in range(0, max(1, len(lines)), ROWS_PER_PAGE):
        raw: list[RawWord] = []
        for r, line in enumerate(lines[p : p + ROWS_PER_PAGE]):
            raw += [_on_page(w, len(pages)) for w in _words_of_line(line, 40.0 + r * ROW)]
        info = PageChars(PAGE_W, PAGE_H, 0, sum(len(w.text) for w in raw), (), 0.0, PAGE_W)
        pages.append((raw, info))
    return assemble(pages, name, hashlib.sha256(text.encode()).hexdigest())


def _on_page(w: RawWord, page: int) -> RawWord:
    box = Box(page, w.box.x0, w.box.y0, w.box.x1, w.box.y1)
    return RawWord(w.text, box, w.char_boxes, w.fontname, w.size, w.bold, w.top, w.x0, w.x1)
