"""The year a document was written, as its text gives it: which office holders of the register were in office.

A register match is evidence that a name is an office holder's only while that person held an office: "ir. H.
Zijlstra" in a steering group of 2025 is not the minister who left in 2018. The year is the first full date in the
document's opening (a letter's or a note's date, an e-mail's "Verzonden:"), or a later month and year in its
header, or that month and year alone (not one a preposition puts in the text's story: "sinds maart 1998"); a document
without either is judged against the whole register, as before.
"""

from __future__ import annotations

from .grammar import DUTCH_MONTHS, compiled

__all__ = ["document_year", "in_office", "latest_year"]

_FULL_DATE = compiled(
    rf"(?<![\p{{L}}\d])(?:\d{{1,2}}[ \t\u00a0]+(?i:{DUTCH_MONTHS})[ \t\u00a0]+(?P<a>(?:19|20)\d\d)"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?P<b>(?:19|20)\d\d)|(?P<c>(?:19|20)\d\d)-\d\d-\d\d)(?!\d)"
)
_UNTIL = compiled(r"(?i:(?<![\p{L}])(?:tot(?:[ \t]+en[ \t]+met)?|t/m|uiterlijk|vanaf|until|by))[ \t\u00a0]+\Z")
_OPENING = 3000  # characters: a letterhead, a note's header, an e-mail's header block
_HEADER = 400  # characters: a title and the lines under it
GRACE_YEARS = 2  # a former office holder is still named as one shortly after leaving ("oud-minister" aside)


def document_year(text: str) -> int | None:
    """The year of the first full date ("3 maart 2025", "03-03-2025", "2025-03-03") in the document's opening, or of
    a month and year in its header when that is later; else of the header's month and year ("Klachtenregister
    veerdienst januari 2026": a register's extract dates its rows by day and month only), not one a preposition
    puts in the text's story ("sinds maart 1998")."""
    m = _FULL_DATE.search(text, 0, _OPENING)
    # (the header's month and year, not one a word before it makes a time the text tells of: "sinds maart 1998",
    # "per januari 2030", "In april 1945 werd de stad bevrijd")
    month = next(
        (y for y in _MONTH_YEAR.finditer(text, 0, _HEADER) if not _TOLD_BEFORE.search(text, 0, y.start())), None
    )
    if m is None:
        return int(month.group("y")) if month else None
    year = int(m.group("a") or m.group("b") or m.group("c"))
    # ("Biografische notitie" / "Opgesteld ..., juni 2025" over "gefusilleerd op 2 april 1945": the header's month
    # and year, later than the first full date, a date of the past the text tells of)
    return max(year, int(month.group("y"))) if month else year


_TOLD_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:tot|t/m|vanaf|per|sinds|in|uit|van|na|voor|tussen|begin|eind|medio|half|sedert|until|"
    r"since|by))[ \t\u00a0]+\Z"
)
_MONTH_YEAR = compiled(rf"(?<![\p{{L}}\d])(?i:{DUTCH_MONTHS})[ \t\u00a0]+(?P<y>(?:19|20)\d\d)(?!\d)")


def latest_year(text: str, year: int) -> int:
    """The year the text's dates reach, or ``year`` (the document's) when that is later: the second latest year of
    its full dates where it has several, else the one (a register's extract dates its burials from 1918 on and its
    own header 2025: "Albertus Roelofs (1859-1918)" died long before the extract, whatever date stands first). A date
    still to come is left out where a word says so ("tot 1 januari 2045"), and the latest year of several may be one
    where none does ("eindigt op 31 december 2060")."""
    years = sorted(
        {
            int(m.group("a") or m.group("b") or m.group("c"))
            for m in _FULL_DATE.finditer(text)
            if not _UNTIL.search(text, max(0, m.start() - 16), m.start())  # "beperkt tot 1 januari 2045": to come
        }
    )
    # (the second latest year where there are two or more: one date still to come is often not said so, "eindigt op
    # 31 december 2060")
    latest = years[-2] if len(years) > 1 else years[-1] if years else year
    return max(year, latest)


def in_office(start: str, end: str, year: int | None) -> bool:
    """Was an office holder of the period ``start``-``end`` (ISO dates, empty when unknown or still in office)
    in office in ``year``, or left it at most :data:`GRACE_YEARS` before? True when ``year`` is unknown."""
    if year is None:
        return True
    if start[:4].isdigit() and int(start[:4]) > year:
        return False
    return not (end[:4].isdigit() and int(end[:4]) + GRACE_YEARS < year)
