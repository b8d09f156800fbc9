"""Initials in a table's initials column: a declaration overview or an incident register that names its clients by
their initials alone ("Initialen" over "D.V.", "S.T.M.", "Init." over "S.v.D."), where no surname follows them; and
the paraphs in a "Paraaf" column of an attendance list ("EK", "MB", "PvO"), which may read as acronyms elsewhere, and
in a crisis log's "Door" or a register's "Consulent" column where that column is one of paraphs (codes in mixed case
among them: "MHe", "NeI"; not a column of organisations' acronyms).

The column is found by its header's word as the other columns are (:func:`.column_heads.under_header`: the words below
the header whose horizontal extent overlaps it); a cell is taken when it is initials and nothing else (capitals with
their dots, and the particles' small letters between: "S.v.D."). Threat model: a client's initials beside the
provider, the product and the date say who the row is about to anyone who knows the family.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from ..headers import in_sentence
from ..lexicons import load_lexicons
from .column_heads import has_header, under_header
from .structure_base import Candidate

__all__ = ["initials_column"]

_HEADERS = frozenset({"initialen", "init.", "init", "initials", "voorletters", "initiaal"})
# "D.V.", "S.T.M.", "S.v.D.", "J.R.K." (one capital with its dot at least, two letters in all at least)
_INITIALS = compiled(r"\A\p{Lu}\.(?:[ ]?(?:\p{Lu}|v|d|vd|v\.d|de|van|den|der|t)\.){1,4}\Z")

_ONE_INITIAL = compiled(r"\A\p{Lu}\.\Z")

# (a ship's log's "OOW", the officer of the watch: who kept the watch, by the initials)
_PARAPH_HEADERS = frozenset(
    {"paraaf", "paraaf:", "parafen", "paraaf/handtekening", "invoerder", "ingevoerd", "oow", "wachtofficier"}
)
# a log's "Door" column (by whom), a register's "Consulent": its codes are paraphs unless the lists know them as
# acronyms ("AGS", "GBT")
# (an evaluation's "Gespreksleider", a screening's "Beoordelaar" too: who did it, by the initials; not "Medewerker",
# whose column a log fills with its teams' acronyms as often: "KCC", "BOA")
_BY_HEADERS = frozenset(
    {"door", "consulent", "behandelaar", "casemanager", "gespreksleider", "beoordelaar", "notulist"}
)
# a paraph's code: two to four letters, the first and one more a capital ("EK", "PvO", "RdH", "MvdB")
_PARAPH = compiled(r"\A(?=\p{Lu}\p{Ll}{0,3}\p{Lu})\p{Lu}[\p{Lu}\p{Ll}]{1,4}\Z")


_FUNCTION_ABBREVIATION = compiled(r"\A\p{Ll}{2,5}\.\Z")  # "dir.", "plv.", "afd."


def initials_column(doc: Document) -> list[Candidate]:
    """The initials in a column under an initials header, the paraphs in one under "Paraaf", "Door" or "Consulent"
    (structure detector ``initials_column``)."""
    out: list[Candidate] = []
    acronyms = load_lexicons().acronyms
    starts: list[int] = []
    for headers, shape, entity, what in (
        (_HEADERS, _INITIALS, "PERSON", "initials"),
        (_PARAPH_HEADERS, _PARAPH, "PARAPH", "a paraph"),
        (_BY_HEADERS, _PARAPH, "PARAPH", "a paraph"),
    ):
        if not has_header(doc, headers):
            continue
        below = under_header(doc, headers)
        starts = starts or [w.start for w in doc.words]
        # (a cell's code, not a word of the sentence under the table: "kostenplaats KP 4120")
        # (nor a unit's letters after its function's abbreviation in the cell: "dir. LV" signs for the directorate)
        cells = [
            w
            for i, w in enumerate(doc.words)
            if w.start in below
            and shape.match(w.text)
            and not in_sentence(doc, starts, w)
            and not (i and doc.words[i - 1].line == w.line and _FUNCTION_ABBREVIATION.match(doc.words[i - 1].text))
        ]
        if headers is _HEADERS and len(cells) >= 2:
            # "C." in a line list's Initialen column between "A.B." and "H.W.": one initial, the patient's too
            cells += [
                w
                for w in doc.words
                if w.start in below and _ONE_INITIAL.match(w.text) and not in_sentence(doc, starts, w)
            ]
        if headers is _BY_HEADERS:
            # a column of paraphs, two of them at least written in mixed case ("MHe", "NeI"): its codes in capitals
            # are paraphs too ("EJW", "SB"), unless the lists know them or the text spells them out ("(BCO)"); a
            # column of capitals alone ("SNN", "HHNK") names organisations
            if sum(1 for w in cells if not w.text.isupper()) < 2:
                continue
            cells = [w for w in cells if w.text not in acronyms and f"({w.text})" not in doc.text]
        for w in cells:
            why = f"{what} in the column under its header ('{w.text}')"
            out.append(Candidate(w.start, w.start + len(w.text), entity, Explanation("initials_column", 0.8, why)))
    return out
