"""A line's neighbours in its own text column.

The parse reads a page row by row: where two columns stand side by side (a letter's
addressee block beside the sender's column, minutes beside an action list), the text's
next line may be the other column's. These helpers find the line directly under or over
a line in its own column: the same left edge, the next baseline. Geometry of the
Document's lines only; no PDF is read here.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Sequence

from ..model import Box, Document, Line

__all__ = ["ColumnOrder", "Layout", "beside_on_row", "cell_gaps", "column_order", "detached_lines", "word_below"]

_ALIGN = 3.0  # points: a column's lines start at the same x
_MAX_GAP = 0.9  # line heights between one line's bottom and the next one's top
_REACH = 12  # lines of the other column that may stand between two lines of one column


class ColumnOrder:
    """For each line, the lines directly under and over it in its column (or None)."""

    def __init__(self, below: Sequence[int | None], above: Sequence[int | None]) -> None:
        self.below = below
        self.above = above

    def under(self, i: int, n: int = 1) -> list[int]:
        """Up to ``n`` lines under line ``i`` in its column, nearest first."""
        out: list[int] = []
        k = self.below[i]
        while k is not None and len(out) < n:
            out.append(k)
            k = self.below[k]
        return out

    def over(self, i: int, n: int = 1) -> list[int]:
        """Up to ``n`` lines over line ``i`` in its column, in reading order (nearest last)."""
        out: list[int] = []
        k = self.above[i]
        while k is not None and len(out) < n:
            out.insert(0, k)
            k = self.above[k]
        return out


def _under(lines: Sequence[Line], i: int) -> int | None:
    a = lines[i].box
    h = max(a.y1 - a.y0, 1.0)
    for j in range(i + 1, min(len(lines), i + 1 + _REACH)):
        b = lines[j].box
        if b.page != a.page:
            return None
        gap = a.y0 - b.y1  # PDF space: y grows upwards
        if abs(b.x0 - a.x0) <= _ALIGN and -0.35 * h <= gap <= _MAX_GAP * h:
            return j
    return None


_LAST = threading.local()  # per thread: a Dask worker run with several threads shares this module


def column_order(lines: Sequence[Line]) -> ColumnOrder:
    """Every line's neighbours in its own column, remembered for the last document's lines (the same object):
    the column-line and address recognizers and :func:`detached_lines` each ask for one document's."""
    if getattr(_LAST, "lines", None) is not lines:
        _LAST.lines, _LAST.order = lines, _column_order(lines)
    order: ColumnOrder = _LAST.order
    return order


def _column_order(lines: Sequence[Line]) -> ColumnOrder:
    below: list[int | None] = [_under(lines, i) for i in range(len(lines))]
    above: list[int | None] = [None] * len(lines)
    for i, j in enumerate(below):
        if j is not None and above[j] is None:
            above[j] = i
    return ColumnOrder(below, above)


def detached_lines(lines: Sequence[Line]) -> frozenset[int]:
    """The text offsets of lines whose previous line in the text is not the line over them: it stands beside
    them (another table cell or column, not a label's cell left of it on its row), or their own column has
    another line over them
    ("Noorzai, F." over "Maria João Carvalho Pereira" in a Van column, "minister van Financiën" the Aan
    column's cell between them in the text)."""
    columns = column_order(lines)
    out = set()
    for i in range(1, len(lines)):
        a, b = lines[i - 1].box, lines[i].box
        if a.page != b.page:
            continue
        # (a label's cell left of the line on its row reads on into it: "Gedeputeerde | Esmée Vos")
        label = a.x1 < b.x0 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)
        if label:
            continue
        if b.x0 > a.x1 or b.x1 < a.x0 or (columns.above[i] is not None and columns.above[i] != i - 1):
            out.add(lines[i].start)
    return frozenset(out)


_CELL_GAP = 0.9  # font sizes: a gap this wide between two words of a line may part two table cells ...
_WIDER = 2.0  # ... when it is this many times the line's usual gap between words (a justified line's are all wide)


_GAPS = threading.local()  # the last document's cell gaps, per thread (as _LAST)


def cell_gaps(doc: Document) -> tuple[tuple[int, int], ...]:
    """The text spans (the white space) between two words of a line that a table's column gap parts: wider
    than a font size and than twice the line's median gap ("staatssecretaris Van" | "Bas de Groot" in two
    cells of one row, which the parse reads as one line). Remembered for the last document (the same
    object): a detection with the batch's names asks again for the document phase 1 read."""
    if getattr(_GAPS, "doc", None) is not doc:
        _GAPS.doc, _GAPS.gaps = doc, _cell_gaps(doc)
    gaps: tuple[tuple[int, int], ...] = _GAPS.gaps
    return gaps


def _cell_gaps(doc: Document) -> tuple[tuple[int, int], ...]:
    out = []
    all_words = doc.words
    for ln in doc.lines:
        if ln.n_words < 2:
            continue
        words = all_words[ln.first_word : ln.first_word + ln.n_words]
        gaps = [b.box.x0 - a.box.x1 for a, b in zip(words, words[1:])]
        usual = sorted(gaps)[(len(gaps) - 1) // 2]
        widest = max(gaps)
        # (no gap can pass when the widest is not: a font size is taken as 1 point at least)
        if widest <= _CELL_GAP or widest <= _WIDER * max(usual, 0.0):
            continue
        for a, b, gap in zip(words, words[1:], gaps):
            if gap > _CELL_GAP * max(a.size, b.size, 1.0) and gap > _WIDER * max(usual, 0.0):
                out.append((a.start + len(a.text), b.start))
    return tuple(out)


class Layout:
    """What the page's geometry says about one document's text, for the rules that read text only: the lines
    that do not read on from the line before them (:func:`detached_lines`) and the gaps between two table
    cells within a line (:func:`cell_gaps`)."""

    def __init__(
        self, text: str, detached: frozenset[int], gaps: Sequence[tuple[int, int]], lines: Sequence[Line] = ()
    ) -> None:
        self.text = text
        self.detached = detached
        self.gaps = tuple(gaps)
        self._lines = lines
        self._starts = [ln.start for ln in lines]
        self._pages: dict[int, list[Line]] | None = None  # the lines of each page, once a row is asked for

    def line_detached(self, text: str, line_start: int) -> bool:
        """The line of ``text`` starting at ``line_start`` does not read on from the line before it."""
        return text is self.text and line_start in self.detached

    def other_cell(self, text: str, title_end: int, start: int) -> bool:
        """A cell gap parts what ends at ``title_end`` from the name at ``start``, with a word of the first
        cell between ("staatssecretaris Van" | "Bas de Groot"); a label's cell that holds the title alone
        ("Gedeputeerde" | "Esmée Vos") is not parted so."""
        return text is self.text and any(
            title_end <= s and e <= start and text[title_end:s].strip() for s, e in self.gaps
        )

    def row_cells(self, text: str, pos: int) -> tuple[list[str], list[str]]:
        """The texts of the lines left and right of the line holding ``pos`` on the same row of its page, each left
        to right: a table row's other cells, wherever the text puts them (a column the parse reads as a block of its
        own: "C. Jansen" | "Ministerie van IenW" | "staatssecretaris (voorzitter)")."""
        if text is not self.text:
            return [], []
        k = bisect_right(self._starts, pos) - 1
        if k < 0 or pos > self._lines[k].end:
            return [], []
        one = self._lines[k].box
        if self._pages is None:
            self._pages = {}
            for ln in self._lines:
                self._pages.setdefault(ln.box.page, []).append(ln)
        left, right = [], []
        for ln in self._pages.get(one.page, ()):
            two = ln.box
            if ln is self._lines[k] or not _same_row(one, two):
                continue
            if two.x0 >= one.x1 - 1.0:
                right.append((two.x0, text[ln.start : ln.end]))
            elif two.x1 <= one.x0 + 1.0:
                left.append((two.x0, text[ln.start : ln.end]))
        return [t for _, t in sorted(left)], [t for _, t in sorted(right)]


def _same_row(one: Box, two: Box) -> bool:
    """Two lines' boxes overlap vertically by more than half the lower one's height: the same row of the page."""
    return min(one.y1, two.y1) - max(one.y0, two.y0) > 0.5 * min(one.y1 - one.y0, two.y1 - two.y0)


def beside_on_row(doc: Document) -> Callable[[int, int], bool]:
    """``beside(a, b)``: the line holding offset ``b`` stands right of the line holding offset ``a``, on the same
    row of the page (a table's next cell, which the text puts on a line of its own)."""
    lines = doc.lines
    starts = [ln.start for ln in lines]

    def line_of(pos: int) -> Line | None:
        k = bisect_right(starts, pos) - 1
        return lines[k] if k >= 0 and pos <= lines[k].end else None

    def beside(a: int, b: int) -> bool:
        la, lb = line_of(a), line_of(b)
        if la is None or lb is None or la is lb or la.box.page != lb.box.page:
            return False
        one, two = la.box, lb.box
        return _same_row(one, two) and two.x0 >= one.x1 - 1.0

    return beside


def word_below(doc: Document) -> Callable[[int], int | None]:
    """``below(a)``: the offset of the word that stands right under the word at offset ``a``, at its left edge, on
    the next baseline (the same table cell wrapped onto its next line: "J.W. Hofstede," over "Veldkampsweg 12,
    Staphorst" in a Bezwaarmaker column, which the text reads after the row's other cells), or None."""
    words = doc.words
    starts = [w.start for w in words]

    def below(a: int) -> int | None:
        i = bisect_right(starts, a) - 1
        if i < 0 or a >= words[i].start + len(words[i].text):
            return None
        one = words[i].box
        h = max(one.y1 - one.y0, 1.0)
        for w in words[i + 1 : i + 120]:
            two = w.box
            if two.page != one.page or one.y0 - two.y1 > _MAX_GAP * h:
                break
            if w.line > words[i].line and abs(one.x0 - two.x0) <= _ALIGN and one.y0 - two.y1 >= -0.35 * h:
                return w.start
        return None

    return below
