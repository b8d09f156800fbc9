"""The cells of an address column and the rows around them: which table row names a person or an organisation
beside a street, a form's address label in the cell to its left, and the candidates for a street and number in a
column's cell (used by :func:`.address.home_addresses`).
"""

from __future__ import annotations

from ...model import Explanation, Line
from ..cues import Cued
from ..grammar import compiled
from ..lexicons import load_lexicons
from .address_words import _LABEL_LINE, _STREET_RE, _addressee, _is_public, _street_start, partnership_of_persons
from .structure import Candidate


def _postcode(start: int, end: int, why: str, rule: str = "") -> Candidate:
    """The candidate for the postcode of an address found for ``why`` (by the rule ``rule``, if it has one)."""
    return Candidate(start, end, "ADDRESS", Explanation("home_address", 0.85, "postcode of " + why, pattern=rule))


# the header of a table's address column: "Adres", "Woonadres", "Adres melder", "Vestigingsadres" (a farm's, in a
# list of applicants)
_COLUMN_LABEL = Cued(
    compiled(
        r"(?i:^[ \t]*(?:[\p{L}.]+[ \t]+)?(?:adres|woonadres|huisadres|privéadres|opvangadres|vestigingsadres"
        # ("Adres (voor uitnodiging)": a note in brackets after the label)
        r"|verblijfsadres)(?:[ \t]+\p{L}+)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$)"
    ),
    ("adres",),
)
# what may stand around a street and number in an address column's cell: a date before, a place after
_PC_IN_CELL = compiled(r"\d\p{L}?,?[ \t]+[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d])")


def _beside(a: Line, b: Line) -> bool:
    """``b`` is another cell of ``a``'s table row: on its page, at its height, wholly left or right of it."""
    return a.page == b.page and abs(a.box.y1 - b.box.y1) < 1.5 and (b.box.x1 < a.box.x0 or b.box.x0 > a.box.x1)


def _row_label(lines: tuple[Line, ...], rows: list[str], i: int) -> str | None:
    """The address label in the cell left of line ``i`` on its row, if that is one ("Woonadres" | "Kerkweg 3")."""
    left = [k for k in range(max(0, i - 3), i) if _beside(lines[i], lines[k]) and lines[k].box.x1 < lines[i].box.x0]
    return rows[left[-1]] if left and _LABEL_LINE.match(rows[left[-1]]) else None


def _row_names_person(lines: tuple[Line, ...], rows: list[str], i: int) -> bool:
    """Another cell of line ``i``'s table row (a line beside it at the same height) names a private person
    ("Tsjerk Sieperda" | "eigen naam" | ... | "Hogenkampsweg 41a, 8012 XK"), and none is an organisation's."""
    mates = [rows[k] for k, ln in enumerate(lines) if k != i and _beside(lines[i], ln)]
    return any(_addressee(m.strip()) for m in mates) and not any(_is_public(m) for m in mates)


def _person_after(rest: str) -> bool:
    """``rest`` (a line's text after a postcode) is a person's name, no street ("Maria Hendrikstraat")."""
    last = rest.split()[-1].lower() if rest.split() else ""
    return _addressee(rest) and not last.endswith(load_lexicons().street_suffixes)


def _row_names_organisation(lines: tuple[Line, ...], rows: list[str], i: int) -> bool:
    """The cell right before line ``i`` on its table row names an organisation or a building, as a list of
    venues gives each its address ("Sporthal Laan van Spartaan" | "Rinus Michelslaan 26"): the address is
    that one's, not a home (a register's "Kapotte bank" | "DE WIT, F." | "06 ..." | "Assendorperstraat 101"
    has the resident's name and number between them)."""
    # (the nearest cell with a word: an applicant's empty date of birth and BSN, "-", stand between; or the cell
    # right after the address, where a list of addresses names the owner after it: "Kerkplein 1" | "Stichting Oude
    # Groninger Kerken")
    worded = [k for k, ln in enumerate(lines) if k != i and _beside(lines[i], ln) and any(c.isalpha() for c in rows[k])]
    left = max((k for k in worded if lines[k].box.x1 < lines[i].box.x0), key=lambda k: lines[k].box.x1, default=None)
    right = min((k for k in worded if lines[k].box.x0 > lines[i].box.x1), key=lambda k: lines[k].box.x0, default=None)
    return any(
        k is not None
        and _is_public(rows[k].strip())
        and not _addressee(rows[k].strip())
        and not partnership_of_persons(rows[k].strip())  # "V.O.F. Klein Gunnewiek" | "Meddoseweg 23": a farm, a home
        for k in (left, right)
    )


_PC_CELL = compiled(r"[ \t]*(?P<pc>[1-9]\d{3}[ \u00a0]?[A-Z]{2})[ \t]*")
_PC_LEAD = compiled(r"[ \t]*(?P<pc>[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2})[ \t]+(?=\S)")
_CELL_DATE = compiled(r"[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]+")
_CELL_TAIL = compiled(
    r",?[ \t]*(?P<pc>[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d]))?,?[ \t]*(?:\p{Lu}[\p{L}'’-]*[ \t]*){0,3}"
)


def _column_row(
    text: str, lines: tuple[Line, ...], i: int, t: str, why: str = "a street and number in the table's address column"
) -> list[Candidate]:
    """A cell of the table's address column: a street and number on its line ("Gageldijk 12"), perhaps
    after a date and before a postcode and place ("Fok 14, 8441 BN Heerenveen"), with no organisation
    on the line."""
    lead = _CELL_DATE.match(t)
    start = lead.end() if lead else 0
    street = _STREET_RE.match(t, start)
    tail = _CELL_TAIL.fullmatch(t, street.end("nr")) if street else None
    if street is None or tail is None or _is_public(t):  # the next row may well name a sports hall
        return []
    s = lines[i].start + _street_start(t, street)
    out = [
        Candidate(
            s, lines[i].start + street.end("nr"), "ADDRESS", Explanation("home_address", 0.85, why, context=t[:80])
        )
    ]
    if tail.group("pc"):
        out.append(_postcode(lines[i].start + tail.start("pc"), lines[i].start + tail.end("pc"), why))
    return out
