"""The places of residence in a table's "Woonplaats" column, on the rows of persons.

A list of staff, complainants or speakers ("P-nummer | Naam | Functie | Telefoon privé | Woonplaats") gives for
each person where they live: a place is no personal data by itself, but beside a name in a list of people it is
a piece of their private life (5.1.2e), and for staff whose list was leaked precisely what puts them at risk. A
cell under a residence header is taken where its row names someone by a known given name or surname, or by
initials or a surname before a comma, in the people's column, and no organisation ("Staatsbosbeheer | Zeist"
stays readable).

The place is not sought elsewhere: "Leeuwarden" as a staff member's home is "PI Leeuwarden" as their workplace
in the next column, so the finding's entity (``PLACE_OF_RESIDENCE``) is no literal the batch propagates.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from .address_columns import _same_row, organisation_word, people_table
from .columns import _cells_under
from .parcel_columns import person_word
from .structure import Candidate

__all__ = ["residence_column"]

_RESIDENCE_HEADERS = frozenset({"woonplaats", "woonachtig", "woonplaats/gemeente", "residence", "place of residence"})
# the place: up to four words of a place's name ("Koog aan de Zaan", "Sint-Michielsgestel", "Den Bosch"), no digit
_PLACE = compiled(r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|aan|de|den|der|op|in|bij|ter|ten|a/d|o/d)){0,3}")
# a cell that says the place is not given: "geheim", "onbekend", "n.v.t.", "-"
_NOT_GIVEN = frozenset({"geheim", "onbekend", "n.v.t.", "nvt", "-", "–", "afgeschermd"})


def residence_column(doc: Document) -> list[Candidate]:
    """The place in each cell under a residence header ("Woonplaats"), on a row whose people's column names a
    person and no organisation."""
    table = people_table(doc, _RESIDENCE_HEADERS)
    if table is None:
        return []
    people, by_start = table
    out: list[Candidate] = []
    why = "a place in the residence column of a table, on a row that names a person"
    for at, line_end in _cells_under(doc, _RESIDENCE_HEADERS):
        cell = by_start.get(at)
        if cell is None:
            continue
        value = doc.text[at:line_end].rstrip()
        if value.lower() in _NOT_GIVEN:
            continue
        row = [w for w in people if _same_row(cell, w)]
        if not any(person_word(w) for w in row) or any(organisation_word(w) for w in row):
            continue  # (a row with an organisation's word is the organisation's, whatever names it holds)
        m = _PLACE.fullmatch(value)
        if m is not None:
            expl = Explanation("residence_column", 0.75, why, context=value)
            out.append(Candidate(at, at + len(value), "PLACE_OF_RESIDENCE", expl))
    return out
