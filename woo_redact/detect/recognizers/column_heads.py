"""Where a table's column is: the words under a header word (a header read as a table prints it, whole or wrapped
in a narrow cell), and whether a header word is a label with its value on its row instead (no column's head).

Used by the column detectors (:mod:`.columns`, :mod:`.address_columns`, :mod:`.initials_column`).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...model import Document, Word
from ..grammar import compiled
from ..headers import header_keys, header_words_in, in_sentence

__all__ = ["DATE_VALUE", "has_header", "pipe_cells", "under_header"]


def has_header(doc: Document, header_words: frozenset[str]) -> bool:
    """One of the header words stands in the document, as :func:`under_header` reads a header ("Pers.nr:")."""
    return not header_words.isdisjoint(header_keys(doc).cell_places)


def under_header(doc: Document, header_words: frozenset[str]) -> set[int]:
    """Offsets of the words set in a header's column, below it on its page (a baby's date of birth
    is recent, yet in that column): the word's horizontal extent overlaps the header's."""
    heads = header_words_in(doc, header_words) + _wrapped_heads(doc, header_words)
    out: set[int] = _pipe_column(doc, header_words) if "|" in doc.text else set()
    starts = [w.start for w in doc.words] if heads else []
    for h in heads:
        if in_sentence(doc, starts, h) or _value_right(doc, starts, h):
            continue  # ("Geboortedatum 22-07-1996" / ... / "Paraaf: FEO 10-03-2025": a label and its value, no column)
        for w in doc.words:
            b, hb = w.box, h.box
            if b.page == hb.page and b.y1 < hb.y0 + 0.5 and b.x0 < hb.x1 + 2 and b.x1 > hb.x0 - 2:
                out.add(w.start)
    return out


# a table written as text, its cells between bars: "| naam | geb.datum | adres |", "Wijk | Inspecteur | Pers.nr |
# Mobiel" (three bars or more; a row may wrap onto the next line)
_PIPE_ROW = compiled(r"(?m:^[^|\n]*(?:\|[^|\n]*){3,}$)")
_PIPE_GAP = 2  # lines that are no row between two rows of one table at most (a row's wrapped end)


def pipe_cells(doc: Document, header_words: frozenset[str]) -> list[tuple[int, int]]:
    """The cells (start and end of their text) under a header cell of a table written with bars ("| naam | geb.datum
    |" over "| Jannie Brouwer | 03-04-1952 |"): its text's rows, the cell at the header's place, whatever the font's
    widths make of the columns' x positions."""
    text = doc.text
    out: list[tuple[int, int]] = []
    columns: set[int] = set()
    last_row, line, counted = -1, 0, 0  # (lines counted from the last row on: once through the text, not per row)
    for row in _PIPE_ROW.finditer(text) if "|" in text else ():
        line += text.count("\n", counted, row.start())
        counted = row.start()
        if line - last_row > _PIPE_GAP + 1:
            columns = set()  # another table
        last_row = line
        bars = [row.start() - 1] + [i for i in range(row.start(), row.end()) if text[i] == "|"]
        cells = list(zip(bars, [*bars[1:], row.end()]))  # (each cell's bar before it, or the line's start)
        if not text[row.start() : bars[1]].strip():
            # a bar before the first cell ("| Noord | F. Oosterveld |"): no cell before it, so a header written
            # without one ("Wijk | Inspecteur | Pers.nr") numbers its columns as its rows do
            cells = cells[1:]
        named = {i for i, (a, b) in enumerate(cells) if text[a + 1 : b].strip().lower().rstrip(":") in header_words}
        if named:
            columns = named
            continue
        for i in sorted(columns):
            if i < len(cells):
                a, b = cells[i]
                inner = text[a + 1 : b]
                if inner.strip():
                    lead = len(inner) - len(inner.lstrip())
                    out.append((a + 1 + lead, a + 1 + len(inner.rstrip())))
    return out


def _pipe_column(doc: Document, header_words: frozenset[str]) -> set[int]:
    """Offsets of the words in :func:`pipe_cells`."""
    starts = [w.start for w in doc.words]
    cells = pipe_cells(doc, header_words)
    return {starts[j] for a, b in cells for j in range(bisect_left(starts, a), bisect_left(starts, b))}


# a label's value on its own row: the date (or a month's name) right after the header word
DATE_VALUE = compiled(r"(?:\d{1,2}[-/. ]\d{1,2}[-/. ](?:19|20)\d{2}|\d{1,2}[ \t]+\p{Ll}{3,9}[ \t]+(?:19|20)\d{2})")


def _value_right(doc: Document, starts: list[int], head: Word) -> bool:
    """A date stands right of the header word on its row (whatever the reading order: a label's cell and its
    value's cell may be read as two lines): the header is a label with its value, no column's head."""
    i = bisect_left(starts, head.start) + 1
    if i >= len(doc.words) or not DATE_VALUE.match(doc.text, doc.words[i].start):
        return False
    b, hb = doc.words[i].box, head.box
    middle = (b.y0 + b.y1) / 2
    return b.page == hb.page and hb.y0 <= middle <= hb.y1 and b.x0 >= hb.x1 - 1


def _wrapped_heads(doc: Document, header_words: frozenset[str]) -> list[Word]:
    """Header words wrapped in a narrow cell, the rest on the line below: "Geboortedat" over "um" (the
    lower piece, whose column the values stand in)."""
    out = []
    pieces = _head_pieces(header_words)
    keys = header_keys(doc)
    for i in sorted(i for low in pieces.intersection(keys.piece_places) for i in keys.piece_places[low]):
        w = doc.words[i]
        low = w.text.lower().rstrip("-")
        for v in doc.words[i + 1 : i + 40]:
            b, wb = v.box, w.box
            below = b.page == wb.page and 0 <= wb.y0 - b.y1 < 2.0 * max(w.size, 1.0) and abs(b.x0 - wb.x0) < 3
            if below and (low + v.text.lower().rstrip(":")) in header_words:
                out.append(v)
                break
    return out


@lru_cache(maxsize=8)
def _head_pieces(header_words: frozenset[str]) -> frozenset[str]:
    """The first pieces of a header word of eight letters or more that a narrow cell wraps it after: every
    beginning of five letters or more short of the whole word (one look-up a word, not one per header)."""
    return frozenset(h[:k] for h in header_words if len(h) >= 8 for k in range(5, len(h)))
