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

from ...model import Document, Explanation, Word
from ..grammar import compiled
from ..headers import header_words_in
from ..lexicons import TRADE_ENDINGS, organisation_ending
from ..lines import word_below
from .address_columns import _same_row, organisation_word, people_table
from .columns import _cells_under
from .parcel_columns import person_word
from .structure import Candidate

__all__ = ["residence_column"]

_RESIDENCE_HEADERS = frozenset({"woonplaats", "woonachtig", "woonplaats/gemeente", "residence", "place of residence"})
# a list of council members or candidates ("Naam | Fractie | Woonplaats"): office holders, their places public
_PARTY_HEADERS = frozenset({"fractie", "partij", "party", "lijst", "kieslijst"})
# a cell's place, as written: "'s-Hertogenbosch", "Zwolle (Ov.)", "Den Haag / Rijswijk", "8011 AB Zwolle" (a letter
# in it, no mailbox or link, no longer than a place and a postcode)
_CELL = compiled(r"(?=[^\n]*\p{L})[^\n@]{2,40}")
# a cell that says the place is not given ("geheim", "onbekend", "n.v.t.", "-") or gives only the country
_NOT_GIVEN = frozenset(
    {"geheim", "onbekend", "niet bekend", "n.v.t.", "nvt", "n.b.", "-", "–", "afgeschermd", "zie bijlage"}
    | {"nederland", "buitenland", "the netherlands", "netherlands"}
)
_CELL_GAP = 0.9  # a gap between words of one cell at most, in the line's heights (a space is about a third)
_LEGAL_FORM = compiled(r"(?i:(?<![\p{L}])(?:b\.[ ]?v\.?|n\.[ ]?v\.?|bv|nv|vof|v\.o\.f\.|holding)(?![\p{L}]))")


def _people_cell(row: list[Word], named: list[Word]) -> list[Word]:
    """The words of the row's cell that holds its people's words ``named``: those words and their neighbours on the
    row with no wider gap between than a few spaces ("Van Dijk Installatietechniek B.V.", whose "B.V." stands past the
    narrow "Naam" header's column), not the next cells (a workplace's "Dr. S. van Mesdagkliniek")."""
    row = sorted(row, key=lambda w: w.box.x0)
    cell = {id(w) for w in named}
    grew = True
    while grew:
        grew = False
        for a, b in zip(row, row[1:]):
            gap = b.box.x0 - a.box.x1
            if gap <= _CELL_GAP * max(a.box.y1 - a.box.y0, 1.0) and (id(a) in cell) != (id(b) in cell):
                cell |= {id(a), id(b)}
                grew = True
    return [w for w in row if id(w) in cell]


def _organisations_row(doc: Document, cell: Word, named: list[Word]) -> bool:
    """The row of ``cell`` names an organisation: a legal form in any of its cells, or in its people's cell a body's
    word or a trade's ending ("Van Dijk Installatietechniek B.V.", "Jansen Transport")."""
    row = [w for w in doc.words if _same_row(cell, w)]
    if _LEGAL_FORM.search(" ".join(w.text for w in row)):
        return True  # ("Van Dijk | B.V. | Zwolle": a legal form in a column of its own)
    words = _people_cell(row, named)
    low = [w.text.strip(".,;:()").lower() for w in words]
    return (
        any(organisation_word(w) for w in words)
        or any(organisation_ending(w, 6) is not None or w.endswith(TRADE_ENDINGS) for w in low if len(w) > 4)
        or bool(_LEGAL_FORM.search(" ".join(w.text for w in words)))
    )


def residence_column(doc: Document) -> list[Candidate]:
    """The place in each cell under a residence header ("Woonplaats"), on a row whose people's column names a
    person and no organisation (and the cell's rest wrapped onto its next line: "Koog aan de" / "Zaan"); not in a
    list of council members or candidates."""
    table = people_table(doc, _RESIDENCE_HEADERS)
    if table is None:
        return []
    heads = header_words_in(doc, _RESIDENCE_HEADERS)
    if any(_same_row(h, p) for h in heads for p in header_words_in(doc, _PARTY_HEADERS)):
        return []
    people, by_start = table
    out: list[Candidate] = []
    why = "a place in the residence column of a table, on a row that names a person"
    below = word_below(doc)
    taken: Word | None = None  # the last cell taken, whose rest may wrap onto the next line
    for at, line_end in _cells_under(doc, _RESIDENCE_HEADERS):
        cell = by_start.get(at)
        if cell is None:
            continue
        value = doc.text[at:line_end].rstrip()
        row = [w for w in people if _same_row(cell, w)]
        wrapped = taken is not None and below(taken.start) == at and not any(person_word(w) for w in row)
        taken = None
        if value.lower() in _NOT_GIVEN or not _CELL.fullmatch(value):
            continue
        if not wrapped and (not any(person_word(w) for w in row) or _organisations_row(doc, cell, row)):
            continue  # (a row with an organisation's word is the organisation's, whatever names it holds)
        expl = Explanation("residence_column", 0.75, why, context=value)
        out.append(Candidate(at, at + len(value), "PLACE_OF_RESIDENCE", expl))
        taken = cell
    return out
