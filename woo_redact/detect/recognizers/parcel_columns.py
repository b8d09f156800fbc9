"""Cadastral parcels in a table's parcel column, on the rows of private owners.

A land-owners' list ("Eigenaar | Adres | Kadastrale percelen") names for each owner the parcels they hold:
"Midwolda" / "H 1184, H 1185". The Kadaster's register gives the owner of a parcel to anyone who asks, so a
parcel of a natural person (or of a farmers' maatschap or V.O.F. bearing their names) points to them as their
address does (5.1.2e); the parcels of Staatsbosbeheer, a municipality or a company stay readable. A parcel is
taken where its row names someone by a known given name or surname in the owners' column, and no organisation.
"""

from __future__ import annotations

from ...model import Document, Explanation, Word
from ..grammar import compiled, line_span
from ..lexicons import load_lexicons
from ..lines import word_below
from .address_columns import _same_row, organisation_word, people_table
from .columns import _cells_under
from .structure import Candidate

__all__ = ["parcel_column"]

_PARCEL_HEADERS = frozenset({"perceel", "percelen", "kadastraal", "kadastrale", "perceelnummer", "perceelnummers"})
# a section's letters and the parcel's number: "H 1184", "C 2260", "AK 311"
_PARCEL = compiled(r"(?<![\p{L}\d-])\p{Lu}{1,2}[ \t]?\d{1,5}(?![\d\p{L}-])")


# a person's initials, their surname before a comma ("Ogbonna, C.", "Kuipers, H.W.", "VAN DEN BERG, R."): no
# organisation is written so
_NAMED = compiled(r"(?:\p{Lu}\.){1,4},?|\p{Lu}[\p{L}'’-]+,")
# a cell that ends in the section's letters, its number wrapped onto the cell's next line ("Gameren C" / "918")
_LETTERS_END = compiled(r"(?<=[ \t])\p{Lu}{1,2}\Z")
_NUMBER_CELL = compiled(r"\d{1,5}[ \t]*\Z")
_PARCEL_CELL = compiled(r"\p{Lu}{1,2}[ \t]?\d{1,5}[ \t]*")
# a parcel's start alone in its cell: its cadastral place, perhaps the section's letters ("Nederhemert", "Gameren C")
_PARCEL_START = compiled(r"\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+\p{Lu}{1,2})?[ \t]*")


def _person_word(w: Word) -> bool:
    """A word of a people's cell that names someone: a known given name or surname, initials ("C.", "D.J."), a
    surname before a comma."""
    lex = load_lexicons()
    word = w.text.strip(".,;:()")
    return bool(_NAMED.fullmatch(w.text)) or any(
        lex.is_surname(p) or lex.is_first_name(p) for p in word.split("-") if p[:1].isupper()
    )


def parcel_column(doc: Document) -> list[Candidate]:
    """Section and number of each parcel under a parcel header, on a row whose owner is a person (and the cell's
    wrapped rest on its next line: "Nederhemert" / "B 642", "Gameren C" / "918")."""
    table = people_table(doc, _PARCEL_HEADERS)
    if table is None:
        return []
    owners, by_start = table
    out: list[Candidate] = []
    why = "a cadastral parcel in the parcel column of a table, on a row that names a private owner"
    below = word_below(doc)
    text = doc.text
    held: Word | None = None  # the last cell of a private owner's row, whose rest may wrap onto the next line

    def take(start: int, end: int) -> None:
        out.append(Candidate(start, end, "ADDRESS", Explanation("parcel_column", 0.75, why, context=text[start:end])))

    for at, line_end in _cells_under(doc, _PARCEL_HEADERS):
        cell = by_start.get(at)
        if cell is None:
            continue
        row = [w for w in owners if _same_row(cell, w)]
        # (the cell under the held one is its rest when it is a number alone after the section's letters, or a
        # parcel alone: the next row's cell would begin with its cadastral municipality)
        # (not the next row's cell of an organisation: "Staatsbosbeheer" | "C 1002")
        goes_on = held is not None and below(held.start) == at and not any(organisation_word(w) for w in row)
        letters = _LETTERS_END.search(text, held.start, line_span(text, held.start)[1]) if goes_on and held else None
        number = _NUMBER_CELL.match(text, at, line_end) if goes_on else None
        wrapped = bool(letters and number) or (goes_on and _PARCEL_CELL.fullmatch(text, at, line_end) is not None)
        if letters and number:
            take(*letters.span())
            take(*number.span())
        held = None
        if not wrapped and (not any(_person_word(w) for w in row) or any(organisation_word(w) for w in row)):
            continue  # (a row with an organisation's word is the organisation's, whatever names it holds)
        parcels = list(_PARCEL.finditer(text, at, line_end))
        for m in parcels:
            take(*m.span())
        start = _PARCEL_START.fullmatch(text, at, line_end)
        if not parcels and not wrapped and start is not None and start.group().split()[0] in load_lexicons().places:
            held = cell  # ("Onbekend": no place, no parcel's start, the next row's cell no rest of it)
    return out
