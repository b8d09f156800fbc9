"""Layout: words into lines in reading order, sections by heading, header fields.

Nothing here knows about detection; it only describes the page. Lines are
split at wide horizontal gaps, so a side column, a table cell or a label and
its tab-separated value each become their own line. Reading order is: the
main column top to bottom, then a narrow right-hand side column (the place
where Dutch ministries put Contactpersoon, Kenmerk and the like).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from ..model import Box, HeaderField, Line, Section
from .columns import cell_starts, split_at_cells, text_columns
from .words import RawWord

GAP_FACTOR = 1.6  # a gap wider than this many font sizes starts a new line segment
SIDE_COLUMN_START = 0.62  # fraction of the page width where a side column starts

KNOWN_HEADINGS = (
    "aanleiding",
    "geadviseerd besluit",
    "besluit",
    "beslispunten",
    "kern",
    "toelichting",
    "krachtenveld",
    "bijlagen",
    "bijlage",
    "advies",
    "samenvatting",
    "achtergrond",
    "financiële consequenties",
    "financiële gevolgen",
    "juridische aspecten",
    "communicatie",
    "vervolg",
    "vervolgstappen",
    "informatie die niet openbaar gemaakt kan worden",
    "motivering",
    "toezeggingen",
    "consultatie",
    "uitvoering",
    "draagvlak",
)

FIELD_LABELS = (
    # a meeting request (Outlook, Teams) names its organiser and invitees
    "verplichte deelnemers",
    "optionele deelnemers",
    "required attendees",
    "optional attendees",
    # (Outlook's Dutch print of a meeting: "Verplicht: Amrani, Salma; Dijkhuizen-Ngata, Marieke")
    "verplicht",
    "optioneel",
    "organisator",
    "organizer",
    "genodigden",
    "deelnemers",
    "afwezig met kennisgeving",
    "actiehouder",
    "afwezig",
    "aanwezig",
    "notulist",
    "notulen",
    # a committee's clerk and secretary in a report's head ("Griffier: Verstraten")
    "griffier",
    "secretaris",
    "opsteller",
    "actie",
    "kopie aan",
    "contactpersoon",
    "contactpersonen",
    "behandeld door",
    "opgesteld door",
    "ontvangen door",
    "ingeboekt door",
    "geregistreerd door",
    "gescand door",
    "verwerkt door",
    # who reviewed a record (an inventory's "Beoordeeld: F.T. / L.H.O.")
    "beoordeeld door",
    "beoordeeld",
    "gecontroleerd door",
    "ons kenmerk",
    "uw kenmerk",
    "verzonden",
    "onderwerp",
    "afzender",
    "kenmerk",
    "datum",
    "steller",
    "auteur",
    "bijlage",
    "bijlagen",
    "telefoon",
    "mobiel",
    "e-mail",
    "email",
    "subject",
    "from",
    "sent",
    "bcc",
    "aan",
    "van",
    "to",
    "cc",
)

# labels long and particular enough to stand one space from their value ("Verplichte deelnemers Ramdin-Soekhlal,
# Anjali; ..." as a meeting request prints them)
_SPACED_LABELS = ("verplichte deelnemers", "optionele deelnemers", "required attendees", "optional attendees")
_LABEL_RE = re.compile(
    # ("Deelnemers (5): ...": a count of the values after the label)
    r"^(?:(?P<label>"
    + "|".join(re.escape(lab) for lab in FIELD_LABELS)
    + r")(?:\s*\(\d{1,3}\))?\s*(?::\s*|\t|\s{2,}|$)"
    r"|(?P<spaced>" + "|".join(re.escape(lab) for lab in _SPACED_LABELS) + r") (?=\S))",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")


@dataclass(frozen=True)
class Segment:
    """Words on one row without a wide gap: becomes a Line."""

    page: int
    words: tuple[RawWord, ...]
    side: bool

    # (each worked out once: the text columns ask a row's segments for their edges again at every gutter tried)
    @cached_property
    def top(self) -> float:
        """The segment's top (the highest word's top)."""
        return min(w.top for w in self.words)

    @cached_property
    def x0(self) -> float:
        """The segment's left edge."""
        return min(w.x0 for w in self.words)

    @cached_property
    def x1(self) -> float:
        """The segment's right edge."""
        return max(w.x1 for w in self.words)


def segments_of_page(words: Sequence[RawWord], page: int, left: float, page_width: float) -> list[Segment]:
    """Group a page's words into row segments in reading order."""
    rows: list[list[RawWord]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows:
            ref = rows[-1][0]
            if abs(w.top - ref.top) <= 0.45 * max(ref.size, w.size, 1.0):
                rows[-1].append(w)
                continue
        rows.append([w])
    pieces: list[list[list[RawWord]]] = []  # each row's runs of words between wide gaps
    for row in rows:
        row.sort(key=lambda w: w.x0)
        row = _join_fallback_glyphs(row)
        spread = _justified_gap(row)
        runs: list[list[RawWord]] = []
        current = [row[0]]
        for prev, w in zip(row, row[1:]):
            gap = w.x0 - prev.x1
            if gap > GAP_FACTOR * max(prev.size, w.size, 1.0) and not (spread and abs(gap - spread) <= _tol(spread)):
                runs.append(current)
                current = [w]
            else:
                current.append(w)
        runs.append(current)
        pieces.append(runs)
    starts = cell_starts(pieces)
    main: list[list[Segment]] = []
    side: list[Segment] = []
    rows_of_segments = [
        [_segment(cell, page, left, page_width) for run in runs for cell in split_at_cells(run, starts)]
        for runs in pieces
    ]
    for segs in _letterhead(rows_of_segments):
        main.append([s for s in segs if not s.side])
        side.extend(s for s in segs if s.side)
    return text_columns(main, page_width) + side


def _letterhead(rows: list[list[Segment]]) -> list[list[Segment]]:
    """The rows, the side column's segments of a letterhead read in their rows: where the page's first row holds
    text on the left and on the right ("Delft University of Technology" ... "Stevinweg 1, 2628 CN Delft"), that
    row's right part and the lines under it on the right alone ("+31 15 278 91 11") are the letterhead's, read
    before the body (a ministry's side column starts lower, beside the addressee)."""
    if not rows or not any(s.side for s in rows[0]) or all(s.side for s in rows[0]):
        return rows
    out = [[replace(s, side=False) for s in rows[0]]]
    k = 1
    while k < len(rows) and rows[k] and all(s.side for s in rows[k]):
        out.append([replace(s, side=False) for s in rows[k]])
        k += 1
    return out + rows[k:]


# letters of another font touching a word's letters: a glyph the producer drew from a fallback font, out of the
# text's order ("Nguy" + "ễ" + "n," of a Vietnamese name), one word as the page shows it
_TOUCHING = 0.15  # font sizes


def _join_fallback_glyphs(row: list[RawWord]) -> list[RawWord]:
    """The row's words with a run of another font's letters joined to the word it touches on either side."""
    out = [row[0]]
    font = row[0].fontname  # the font of the last piece of out[-1]
    for w in row[1:]:
        prev = out[-1]
        touching = w.x0 - prev.x1 <= _TOUCHING * max(prev.size, w.size, 1.0)
        if touching and font != w.fontname and prev.text[-1:].isalpha() and w.text[:1].isalpha():
            out[-1] = replace(
                prev,
                text=prev.text + w.text,
                box=prev.box.union(w.box),
                char_boxes=prev.char_boxes + w.char_boxes,
                top=min(prev.top, w.top),
                x1=max(prev.x1, w.x1),
            )
        else:
            out.append(w)
        font = w.fontname
    return out


def _tol(gap: float) -> float:
    return max(1.0, 0.02 * gap)  # a justified line's spaces are stretched alike, to a glyph's side bearing


_STRETCHED = 4.0  # font sizes: no justified line stretches its spaces wider (a table's columns stand wider apart)


def _justified_gap(row: Sequence[RawWord]) -> float | None:
    """The width of a justified line's stretched spaces: three or more wide gaps between words of the row as
    wide as each other (a short line of a justified paragraph, "Optionele deelnemers:" / "Jan   Willem
    Eshuis;   Omgevingsdienst ..."), where the words are mostly words (a table of numbers, its cells as
    wide as each other, keeps its cells apart). None for a row without."""
    if len(row) < 4:
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:])]
    wide = [
        g
        for g, a, b in zip(gaps, row, row[1:])
        if GAP_FACTOR * max(a.size, b.size, 1.0) < g <= _STRETCHED * max(a.size, b.size, 1.0)
    ]
    if len(wide) < 3 or 2 * sum(any(c.isalpha() for c in w.text) for w in row) < len(row):
        return None
    best = max(wide, key=lambda g: sum(abs(h - g) <= _tol(g) for h in wide))
    return best if sum(abs(h - best) <= _tol(best) for h in wide) >= 3 else None


def _segment(words: list[RawWord], page: int, left: float, page_width: float) -> Segment:
    x0 = min(w.x0 for w in words) - left
    width = max(w.x1 for w in words) - left - x0
    side = x0 >= SIDE_COLUMN_START * page_width and width < (1 - SIDE_COLUMN_START) * page_width
    return Segment(page, tuple(words), side)


def line_box(page: int, words: Sequence[RawWord]) -> Box:
    """The box around ``words`` on ``page``.

    What joining the words' boxes one by one (``Box.union``) gives: min and max keep the first of
    equal values as ``union`` does, without a box made per word; words of several pages are joined
    one by one, for ``union``'s error.
    """
    boxes = [w.box for w in words]
    first = boxes[0].page
    if any(b.page != first for b in boxes):
        box = boxes[0]
        for b in boxes[1:]:
            box = box.union(b)
        return Box(page, box.x0, box.y0, box.x1, box.y1)
    return Box(
        page,
        min([b.x0 for b in boxes]),
        min([b.y0 for b in boxes]),
        max([b.x1 for b in boxes]),
        max([b.y1 for b in boxes]),
    )


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", _NUMBERED.sub("", text)).strip().rstrip(":").strip().lower()


def is_heading(text: str, words: Sequence[RawWord], body_size: float) -> bool:
    """A known section title, or a short bold/larger line without end punctuation."""
    norm = _norm(text)
    if norm in KNOWN_HEADINGS:
        return True
    if len(words) > 8 or not text[:1].isupper() or text.rstrip().endswith((".", ",", ";", ":")):
        return False
    bold = all(w.bold for w in words)
    larger = min(w.size for w in words) >= body_size + 1.5
    return bold or larger


def find_sections(lines: Sequence[Line], texts: Sequence[str], headings: Sequence[bool]) -> tuple[Section, ...]:
    """Sections from heading lines: each runs until the next heading."""
    idx = [i for i, h in enumerate(headings) if h]
    sections = []
    for k, i in enumerate(idx):
        nxt = idx[k + 1] if k + 1 < len(idx) else len(lines)
        sections.append(Section(heading=_norm(texts[i]), heading_line=i, first_line=i + 1, last_line=nxt - 1))
    return tuple(sections)


def find_fields(lines: Sequence[Line], text: str) -> tuple[HeaderField, ...]:
    """``Label: value`` pairs; a bare label takes the next segment on its row or the line below."""
    fields: list[HeaderField] = []
    for i, line in enumerate(lines):
        line_text = text[line.start : line.end]
        m = _LABEL_RE.match(line_text)
        if not m or (line_text[:1].islower() and ":" not in m.group()):
            continue  # "van" alone on a line of running text is a preposition; a label is "Van" or "van:"
        label = (m.group("label") or m.group("spaced")).lower()
        if m.end() < len(line_text):
            fields.append(HeaderField(label, line.start + m.end(), line.end, i))
            continue
        target = _value_line(lines, i)
        if target is not None:
            t = lines[target]
            fields.append(HeaderField(label, t.start, t.end, target))
    return tuple(fields)


def _value_line(lines: Sequence[Line], i: int) -> int | None:
    """The line holding the value of the bare label on line ``i``."""
    label = lines[i].box
    best: int | None = None
    for j in range(max(0, i - 40), min(len(lines), i + 40)):
        other = lines[j].box
        if j == i or other.page != label.page:
            continue
        same_row = abs(other.y1 - label.y1) < 0.6 * label.height and other.x0 > label.x1
        if same_row and (best is None or other.x0 < lines[best].box.x0):
            best = j
    if best is not None:
        return best
    if i + 1 < len(lines):
        below = lines[i + 1].box
        if below.page == label.page and 0 < label.y0 - below.y1 < 2.5 * label.height and abs(below.x0 - label.x0) < 30:
            return i + 1
    return None
