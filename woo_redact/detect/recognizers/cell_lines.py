"""The lines of a table cell wrapped over several lines, put back together by geometry (for :mod:`.cells`).

The document's lines are cut where a gap between two words is as wide as a cell's padding; short segments of a
table row (a row with other segments beside them), left-aligned and each directly under the one before, make a
chain, cut again at a row's edge; a chain's text is joined, and a span of that text is mapped back to the
document, one span a line.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ...model import Box, Document, Line
from ..grammar import compiled

_MAX_WORDS = 4  # a cell line holds a few words; a paragraph's line more
_ALIGN = 2.5  # points: the lines of one cell start at the same x
# a gap this many font sizes wide parts two cells of a row: the parse's lines split only at wider gaps,
# so a narrow column's text runs on into the next cell ("06-26 44 19 05" + "Marco")
_CELL_GAP = 0.9


# a column's header cell is no part of the cell below it
_HEADER = compiled(
    r"(?i:^[ \t]*(?:naam|namen|adres|thuisadres|woonadres|huisadres|privéadres|functie|rol|organisatie|e-?mail|"
    r"telefoon|mobiel|handtekening|paraaf|datum|geboortedatum|kenteken|opmerking(?:en)?|"
    # a column of people headed by their role ("Indiener" over "WIJBENGA," / "Sjoukje")
    r"voornaam|achternaam|roepnaam|voorletters|indieners?|insprekers?|aanvragers?|verzoekers?|deelnemers?|"
    r"aanwezigen?|afwezigen?|wie|contactpersonen|contactpersoon|medewerkers?|behandelaars?|afzenders?|ontvangers?|"
    r"actiehouders?|sprekers?)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:?[ \t]*$)"
)


@dataclass(frozen=True)
class _Piece:
    """A line of a cell: where its text is in the cell's text and in the document's."""

    cell_start: int
    doc_start: int
    length: int


def _rows(lines: Sequence[Line], page: list[int]) -> dict[int, int]:
    """For each line of a page, how many other segments share its row (the same top)."""
    order = sorted(page, key=lambda i: lines[i].box.y1)
    tops = [lines[i].box.y1 for i in order]
    count: dict[int, int] = {}
    for i in page:
        a = lines[i].box
        tol = 0.5 * max(a.y1 - a.y0, 1.0)
        count[i] = bisect_left(tops, a.y1 + tol) - bisect_right(tops, a.y1 - tol) - 1
    return count


def _below(lines: Sequence[Line], i: int, column: list[int]) -> int | None:
    """The short line directly under line ``i`` in its column: the cell's next line."""
    a = lines[i].box
    h = max(a.y1 - a.y0, 1.0)
    best = None
    for j in column:
        b = lines[j].box
        gap = a.y0 - b.y1  # PDF space: y grows upwards, the next line is lower
        if j != i and -0.35 * h <= gap <= 0.9 * h and (best is None or b.y1 > lines[best].box.y1):
            best = j
    return best


def _segments(doc: Document) -> tuple[Line, ...]:
    """The document's lines, cut where a gap between two words is as wide as a table's cell padding."""
    out: list[Line] = []
    for ln in doc.lines:
        words = doc.words[ln.first_word : ln.first_word + ln.n_words]
        first = 0
        for k in range(1, len(words) + 1):
            if k < len(words):
                a, b = words[k - 1], words[k]
                if b.box.x0 - a.box.x1 <= _CELL_GAP * max(a.size, b.size, 1.0):
                    continue
            part = words[first:k]
            if len(part) == len(words):
                out.append(ln)
            elif part:
                box = Box(
                    ln.box.page,
                    min(w.box.x0 for w in part),
                    min(w.box.y0 for w in part),
                    max(w.box.x1 for w in part),
                    max(w.box.y1 for w in part),
                )
                end = part[-1].start + len(part[-1].text)
                out.append(Line(ln.page, box, ln.first_word + first, len(part), part[0].start, end))
            first = k
    return tuple(out)


def _cells(doc: Document, lines: Sequence[Line]) -> list[list[int]]:
    """Chains of two or more indexes of ``lines`` that make one wrapped table cell."""
    pages: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        pages.setdefault(ln.box.page, []).append(i)
    chains = []
    for page in pages.values():
        beside = _rows(lines, page)
        short = [
            i
            for i in page
            if lines[i].end > lines[i].start
            and len(doc.text[lines[i].start : lines[i].end].split()) <= _MAX_WORDS
            and not _HEADER.match(doc.text[lines[i].start : lines[i].end])
        ]
        columns: dict[int, list[int]] = {}  # short lines by their left edge, in buckets of _ALIGN points
        for i in short:
            columns.setdefault(int(lines[i].box.x0 // _ALIGN), []).append(i)
        nxt: dict[int, int | None] = {}
        for i in short:
            key = int(lines[i].box.x0 // _ALIGN)
            near = [j for k in (key - 1, key, key + 1) for j in columns.get(k, ())]
            nxt[i] = _below(lines, i, [j for j in near if abs(lines[j].box.x0 - lines[i].box.x0) <= _ALIGN])
        has_prev = {j for j in nxt.values() if j is not None}
        for i in sorted(set(short) - has_prev):
            chain, k = [i], nxt[i]
            while k is not None and k not in chain:
                chain.append(k)
                k = nxt.get(k)
            for part in _by_row(lines, chain):
                # a table's cell: some line of it shares its row with another column's cell
                if len(part) > 1 and any(beside[k] for k in part):
                    chains.append(part)
    return chains


_ROW_PADDING = 0.4  # line heights: a gap this much wider than the chain's closest lines' is a row's edge


def _by_row(lines: Sequence[Line], chain: list[int]) -> list[list[int]]:
    """The chain cut where the gap to the next line is wider than between the lines of a wrapped cell: the
    column's header over "WIJBENGA," / "Sjoukje", the next row's cell under them."""
    if len(chain) < 3:
        return [chain]
    gaps = [lines[a].box.y0 - lines[b].box.y1 for a, b in zip(chain, chain[1:])]
    height = min(lines[k].box.y1 - lines[k].box.y0 for k in chain)
    edge = min(gaps) + _ROW_PADDING * height
    parts, current = [], [chain[0]]
    for k, gap in zip(chain[1:], gaps):
        if gap > edge:
            parts.append(current)
            current = []
        current.append(k)
    return [*parts, current]


def _join(
    doc: Document, lines: Sequence[Line], chain: list[int], cut: regex.Pattern[str] | None = None
) -> tuple[str, list[_Piece]]:
    """The cell's text ("Aarts-" + "van Beek" -> "Aarts-van Beek") and where its pieces are; with ``cut``, each
    line's text ends where the pattern first matches in it (the next cell's text on the line)."""
    text, pieces = "", []
    for k in chain:
        ln = lines[k]
        part = doc.text[ln.start : ln.end]
        end = cut.search(part) if cut is not None else None
        part = part[: end.start()] if end else part
        if text and not text.endswith("-"):
            text += " "
        pieces.append(_Piece(len(text), ln.start, len(part)))
        text += part
    return text, pieces


def _spans(pieces: list[_Piece], start: int, end: int, cell: str = "") -> list[tuple[int, int]]:
    """The document spans of the cell text's ``[start, end)``, one per line it touches; with ``cell``,
    pieces of one or two digits are left out ("20" of "06-33" / "90" / "14" / "20"): they identify
    no one, and a string that short is in every PDF's bytes, where no proof can tell it apart."""
    out = []
    for p in pieces:
        s, e = max(start, p.cell_start), min(end, p.cell_start + p.length)
        if s < e and not (cell and cell[s:e].strip(" -").isdigit() and len(cell[s:e].strip(" -")) < 3):
            out.append((p.doc_start + s - p.cell_start, p.doc_start + e - p.cell_start))
    return out
