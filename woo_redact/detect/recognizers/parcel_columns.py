"""Cadastral parcels in a table's parcel column, on the rows of private owners.

A land-owners' list ("Eigenaar | Adres | Kadastrale percelen") names for each owner the parcels they hold:
"Midwolda" / "H 1184, H 1185". The Kadaster's register gives the owner of a parcel to anyone who asks, so a
parcel of a natural person (or of a farmers' maatschap or V.O.F. bearing their names) points to them as their
address does (5.1.2e); the parcels of Staatsbosbeheer, a municipality or a company stay readable. A parcel is
taken where its row names someone by a known given name or surname in the owners' column, and no organisation.
"""

from __future__ import annotations

from ...model import Document, Explanation, Word
from ..grammar import compiled
from ..lexicons import load_lexicons
from .address_columns import _same_row, organisation_word, people_table
from .columns import _cells_under
from .structure import Candidate

__all__ = ["parcel_column", "person_word"]

_PARCEL_HEADERS = frozenset({"perceel", "percelen", "kadastraal", "kadastrale", "perceelnummer", "perceelnummers"})
# a section's letters and the parcel's number: "H 1184", "C 2260", "AK 311"
_PARCEL = compiled(r"(?<![\p{L}\d-])\p{Lu}{1,2}[ \t]?\d{1,5}(?![\d\p{L}-])")


def person_word(w: Word) -> bool:
    """A word of an owner's cell that names someone: a known given name or surname."""
    lex = load_lexicons()
    word = w.text.strip(".,;:()")
    return any(lex.is_surname(p) or lex.is_first_name(p) for p in word.split("-") if p[:1].isupper())


def parcel_column(doc: Document) -> list[Candidate]:
    """Section and number of each parcel under a parcel header, on a row whose owner is a person."""
    table = people_table(doc, _PARCEL_HEADERS)
    if table is None:
        return []
    owners, by_start = table
    out: list[Candidate] = []
    why = "a cadastral parcel in the parcel column of a table, on a row that names a private owner"
    for at, line_end in _cells_under(doc, _PARCEL_HEADERS):
        cell = by_start.get(at)
        if cell is None:
            continue
        row = [w for w in owners if _same_row(cell, w)]
        if not any(person_word(w) for w in row) or any(organisation_word(w) for w in row):
            continue  # (a row with an organisation's word is the organisation's, whatever names it holds)
        for m in _PARCEL.finditer(doc.text, at, line_end):
            out.append(
                Candidate(m.start(), m.end(), "ADDRESS", Explanation("parcel_column", 0.75, why, context=m.group()))
            )
    return out
