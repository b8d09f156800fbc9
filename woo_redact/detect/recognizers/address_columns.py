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
from ..headers import header_words_in
from ..lexicons import load_lexicons, organisation_words_but_streets
from ..lines import word_below
from .address_words import STREET_ENDINGS
from .column_heads import under_header
from .columns import _NAME_HEADERS, _cells_under
from .structure import Candidate

__all__ = ["address_column", "organisation_word", "people_table"]

_ADDRESS_HEADERS = frozenset({"adres", "woonadres", "huisadres", "address", "adresgegevens"})
_PEOPLE_HEADERS = _NAME_HEADERS | frozenset(
    {"ondertekenaar", "ondertekenaars", "indiener", "bewoners", "bewoner(s)", "eigenaar", "eigenaren", "eigenaar(s)"}
    | {"rechthebbende", "rechthebbenden", "grondeigenaar", "grondeigenaren", "gerechtigde"}
    # households, tenants and applicants in a case list ("Nr | Huishouden | Adres | Verhuurder")
    | {"huishouden", "huishoudens", "huurder", "huurders", "aanvrager", "aanvragers"}
    | {"debiteur", "debiteuren", "belastingplichtige", "cliënt", "cliënten", "client", "klant", "deelnemer"}
    # permit holders in a register ("Ligplaats | Schip | Vergunninghouder | Adres (woonadres)")
    | {"vergunninghouder", "vergunninghouders", "houder", "houders"}
)
# a street of up to four words and its house number at the cell's start ("Westerblokker 169a", "Dr. Schaepmanlaan
# 4-B"); the place after a comma is not taken (a place is no personal data)
_STREET_NR = compiled(
    r"(?P<address>\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|op|aan|ter|ten)){0,3}"
    r"[ \t]+[1-9]\d{0,4}(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4}[a-zA-Z]?|-[A-Z](?![\p{L}]))?)(?![\d\p{L}])"
)

_STREET_ALONE = compiled(r"\p{Lu}\p{Ll}[\p{L}'’.-]*[ \t]*")
_NUMBER = compiled(
    r"(?P<nr>[1-9]\d{0,4}(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4}[a-zA-Z]?)?)"
    r"(?:,?[ \t]*(?P<pc>[1-9]\d{3}[ \t]?[A-Z]{2})?)"
)
# a street's compass part after a hyphen: "Lekdijk-Oost", "Kanaalweg-West" (the street's ending comes before it)
_COMPASS_TAIL = compiled(r"-(?:noord|oost|zuid|west)\Z")
_POSTCODE = compiled(r"(?P<pc>[1-9]\d{3}[ \t]?[A-Z]{2})(?![\p{L}\d])")


def _same_row(a: Word, b: Word) -> bool:
    return a.box.page == b.box.page and min(a.box.y1, b.box.y1) - max(a.box.y0, b.box.y0) > 0.5 * min(
        a.box.y1 - a.box.y0, b.box.y1 - b.box.y0
    )


def people_table(doc: Document, headers: frozenset[str]) -> tuple[list[Word], dict[int, Word]] | None:
    """The words of a table's people column and every word by its offset, where one of ``headers`` stands on the
    header row of a people's column ("Naam", "Bewoner(s)", "Eigenaar"), or None."""
    heads = header_words_in(doc, headers)
    people = header_words_in(doc, _PEOPLE_HEADERS)
    if not any(_same_row(h, p) for h in heads for p in people):
        return None
    under_people = under_header(doc, _PEOPLE_HEADERS)
    return [w for w in doc.words if w.start in under_people], {w.start: w for w in doc.words}


def address_column(doc: Document) -> list[Candidate]:
    """Street and house number at the start of each cell under an address header whose row names people too."""
    table = people_table(doc, _ADDRESS_HEADERS)
    if table is None:
        return []
    named, starts = table
    text = doc.text
    out: list[Candidate] = []
    why = "a street and house number in the address column of a table that lists people"
    why_pc = "the postcode under a home's street in the address column of a table that lists people"
    below = word_below(doc)
    last: Word | None = None  # the cell of the last street taken
    for at, line_end in _cells_under(doc, _ADDRESS_HEADERS):
        cell = starts.get(at)
        if cell is None:
            continue
        lone = _STREET_ALONE.fullmatch(text, at, line_end)
        if lone and _COMPASS_TAIL.sub("", lone.group().strip().lower()).endswith(STREET_ENDINGS):
            under = below(cell.start)
            out += _wrapped_street(
                doc.text, cell, starts.get(under) if under is not None else None, lone.span(), named, why
            )
            continue
        m = _STREET_NR.match(text, at, line_end)
        pc = _POSTCODE.match(text, at, line_end) if m is None else None
        row = [w for w in named if _same_row(cell, w)]
        if any(organisation_word(w) for w in row):
            last = None
            continue  # "Staatsbosbeheer" | "Postbus 1300": an organisation's row
        if pc is not None and (row or (last is not None and below(last.start) == cell.start)):
            # ("Molenweg 3" / "3781 PL" / "Voorthuizen": a cell wrapped over lines the text reads between other cells')
            expl = Explanation("address_column", 0.75, why_pc, context=pc.group("pc"))
            out.append(Candidate(pc.start("pc"), pc.end("pc"), "ADDRESS", expl))
            continue
        if m is None or not row or m.group("address").lower().startswith("postbus"):
            continue  # (a row with someone in the people's column: not a footer's "T 14 030" under the table)
        last = cell
        expl = Explanation("address_column", 0.75, why, context=m.group("address"))
        out.append(Candidate(m.start("address"), m.end("address"), "ADDRESS", expl))
    return out


def _wrapped_street(
    text: str, cell: Word, nxt: Word | None, span: tuple[int, int], named: list[Word], why: str
) -> list[Candidate]:
    """A street's name alone on its cell's line, its number (and postcode) on the cell's next line ("Paterswoldseweg"
    / "603, 9728 BL"; ``nxt``: the word right under the street's), in a row that names someone."""
    nr = _NUMBER.match(text, nxt.start) if nxt is not None else None
    if nxt is None or nr is None:
        return []
    top, bottom = cell.box, nxt.box
    if not any(x.box.page == top.page and bottom.y0 - 2 <= (x.box.y0 + x.box.y1) / 2 <= top.y1 + 2 for x in named):
        return []  # (a name beside the two lines: the row names someone)
    context = f"{text[span[0] : span[1]].strip()} {nr.group('nr')}"
    spans = ((span[0], span[0] + len(text[span[0] : span[1]].rstrip())), nr.span("nr"), nr.span("pc"))
    return [
        Candidate(s, e, "ADDRESS", Explanation("address_column", 0.75, why, context=context)) for s, e in spans if s < e
    ]


_BODIES = frozenset(
    {"b.v", "bv", "n.v", "nv", "gemeente", "provincie", "ministerie", "waterschap", "stichting", "vereniging"}
    | {"coöperatie", "cooperatie", "rijkswaterstaat", "staatsbosbeheer", "natuurmonumenten", "prorail", "tennet"}
    # a church's or the State's land in a Kadaster extract ("Parochie H. Martinus", "STAAT DER NEDERLANDEN")
    | {"parochie", "kerk", "kerkgenootschap", "bisdom", "abdij", "klooster", "staat", "rijksvastgoedbedrijf"}
)


def organisation_word(w: Word) -> bool:
    """A word of a table's people column that makes the row an organisation's ("Staatsbosbeheer", "Gemeente",
    "B.V."; a farmers' "Maatschap" or "V.O.F." is natural persons')."""
    word = w.text.strip(".,;:()")
    low = word.lower()
    return low in organisation_words_but_streets() or low in _BODIES or load_lexicons().is_organisation(word)
