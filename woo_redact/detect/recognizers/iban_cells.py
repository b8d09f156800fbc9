"""An IBAN wrapped in a narrow table cell: "NL03 ABNA" on one line, "2177 6244 13" on the line under it in its
column. The text puts the row's other cells between the two pieces, so the IBAN pattern cannot see the whole;
here the pieces are joined by the geometry of the Document's lines (the line under the head in its column) and,
when they make an IBAN's shape, both are reported, each explained by the whole. Geometry only; no PDF is read.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from ..lines import column_order, word_below
from .patterns import iban_valid
from .structure import Candidate

__all__ = ["wrapped_ibans"]

# the head: country, check digits and (for NL) the bank's code, ending its line ("NL03 ABNA", "NL03ABNA"); or
# groups of digits of a country whose account has no letters ("PL61 1090 1014 0000 0712 1981" / "2874")
_HEAD = compiled(
    r"(?<![\w])(?P<head>[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{4}(?:[ \u00a0]?\d{1,4})?"
    r"|(?P<digits>[A-Z]{2}\d{2}(?:[ \u00a0]?\d{4}){2,6}))[ \t]*\Z"
)
# what every match of _HEAD holds: a text without it has no line with a head (one search, not one a line)
_HEAD_CUE = compiled(r"[A-Z]{2}\d{2}")
# the rest: groups of digits alone on the line under it ("2177 6244 13")
_REST = compiled(r"[ \t]*(?P<rest>\d{1,4}(?:[ \u00a0]?\d{1,4}){1,6})[ \t]*\Z")


def wrapped_ibans(doc: Document) -> list[Candidate]:
    """Both pieces of an IBAN wrapped in its table cell, when together they have an IBAN's length (15-34)."""
    text = doc.text
    lines = doc.lines
    headed = _HEAD_CUE.search(text) is not None and any(_HEAD.search(text, ln.start, ln.end) for ln in lines)
    order = column_order(lines) if headed else None
    out: list[Candidate] = []
    for i, ln in enumerate(lines) if order is not None else ():
        head = _HEAD.search(text, ln.start, ln.end)
        below = order.under(i) if head and order is not None else []
        rest = _REST.match(text, lines[below[0]].start, lines[below[0]].end) if below else None
        if head is None or rest is None:
            continue
        whole = (head.group("head") + rest.group("rest")).replace(" ", "").replace("\u00a0", "")
        if not 15 <= len(whole) <= 34 or (head.group("digits") and not iban_valid(whole)):
            continue  # (digits alone join only when the whole passes the IBAN's check: no two numbers of a row)
        why = f"an IBAN wrapped in its table cell ('{head.group('head')}' / '{rest.group('rest')}')"
        for s, e in ((head.start("head"), head.end("head")), (rest.start("rest"), rest.end("rest"))):
            out.append(Candidate(s, e, "IBAN_CODE", Explanation("wrapped_iban", 0.85, why, context=whole)))
    return out + _beside_other_cells(doc, {c.start for c in out})


# the head with the row's next cell on its line ("NL47 RABO 0399 toekennen"), the rest right under its first word
_HEAD_IN_ROW = compiled(r"(?<![\w])(?P<head>NL\d{2}[ \u00a0]?[A-Z]{4}(?:[ \u00a0]?\d{4}){1,2})(?=[ \t]+[^\d\s])")
_REST_AT = compiled(r"(?P<rest>\d{1,4}(?:[ \u00a0]?\d{1,4}){0,5})(?![\d\p{L}])")


def _beside_other_cells(doc: Document, taken: set[int]) -> list[Candidate]:
    """A Dutch IBAN's head followed on its line by the row's next cell, its rest on the cell's next line."""
    text = doc.text
    out: list[Candidate] = []
    if _HEAD_IN_ROW.search(text) is None:
        return out
    below = word_below(doc)
    for head in _HEAD_IN_ROW.finditer(text):
        at = below(head.start("head")) if head.start("head") not in taken else None
        rest = _REST_AT.match(text, at) if at is not None else None
        if rest is None:
            continue
        whole = (head.group("head") + rest.group("rest")).replace(" ", "").replace("\u00a0", "")
        if len(whole) != 18:
            continue  # (a Dutch IBAN has 18 characters)
        why = f"an IBAN wrapped in its table cell ('{head.group('head')}' / '{rest.group('rest')}')"
        for s, e in (head.span("head"), rest.span("rest")):
            out.append(Candidate(s, e, "IBAN_CODE", Explanation("wrapped_iban", 0.85, why, context=whole)))
    return out
