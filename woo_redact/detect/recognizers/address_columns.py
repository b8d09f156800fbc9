"""The addresses in a table's address column beside its people: "Naam | Adres | Handtekening" under a petition,
a list of co-signatories or residents.

A street and house number in such a cell carries no word that says whose it is ("Westerblokker 169": no
"-straat", no postcode); the table's header does. Where a header row names both the people ("Naam", "Bewoner",
"Ondertekenaar") and their address ("Adres", "Woonadres"), every cell under the address header that begins with
a street and a number is a private person's home address. A header row without a name column (an overview of
offices, locations or project sites) is left alone.
"""

from __future__ import annotations

from ...model import Document, Explanation, Word
from ..grammar import compiled
from .columns import _NAME_HEADERS, _cells_under, _under_header
from .structure import Candidate

__all__ = ["address_column"]

_ADDRESS_HEADERS = frozenset({"adres", "woonadres", "huisadres", "address", "adresgegevens"})
_PEOPLE_HEADERS = _NAME_HEADERS | frozenset({"ondertekenaar", "ondertekenaars", "indiener", "bewoners"})
# a street of up to four words and its house number at the cell's start ("Westerblokker 169a", "Dr. Schaepmanlaan
# 4-B"); the place after a comma is not taken (a place is no personal data)
_STREET_NR = compiled(
    r"(?P<address>\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|op|aan|ter|ten)){0,3}"
    r"[ \t]+[1-9]\d{0,4}(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4}[a-zA-Z]?|-[A-Z](?![\p{L}]))?)(?![\d\p{L}])"
)


def _same_row(a: Word, b: Word) -> bool:
    return a.box.page == b.box.page and min(a.box.y1, b.box.y1) - max(a.box.y0, b.box.y0) > 0.5 * min(
        a.box.y1 - a.box.y0, b.box.y1 - b.box.y0
    )


def address_column(doc: Document) -> list[Candidate]:
    """Street and house number at the start of each cell under an address header whose row names people too."""
    heads = [w for w in doc.words if w.text.rstrip(":").lower() in _ADDRESS_HEADERS]
    people = [w for w in doc.words if w.text.rstrip(":").lower() in _PEOPLE_HEADERS]
    if not any(_same_row(h, p) for h in heads for p in people):
        return []
    text = doc.text
    under_people = _under_header(doc, _PEOPLE_HEADERS)
    named = [w for w in doc.words if w.start in under_people]
    starts = {w.start: w for w in doc.words}
    out: list[Candidate] = []
    why = "a street and house number in the address column of a table that lists people"
    for at, line_end in _cells_under(doc, _ADDRESS_HEADERS):
        m = _STREET_NR.match(text, at, line_end)
        cell = starts.get(at)
        if m is None or cell is None or not any(_same_row(cell, w) for w in named):
            continue  # (a row with someone in the people's column: not a footer's "T 14 030" under the table)
        expl = Explanation("address_column", 0.75, why, context=m.group("address"))
        out.append(Candidate(m.start("address"), m.end("address"), "ADDRESS", expl))
    return out
