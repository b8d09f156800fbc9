"""Table columns known by their header: the dates of a birth-date column.

An evacuation list, a registration list or a client overview prints a column
"Geboren", "Geb.datum" or "Geboortedatum"; read line by line, its cells are
dates without a label of their own. In a document with such a header, a full
date (dd-mm-yyyy) at least five years before the latest year the document
mentions is taken as a date of birth; the document's own dates (a letter's
date, a deadline) are recent and stay.
"""

from __future__ import annotations

import regex

from ...model import Document, Explanation
from ..grammar import compiled
from .structure import Candidate

__all__ = ["birth_date_column"]

_HEADER = compiled(r"(?im:^[^\n]{0,40}\b(?:geboren|geb\.\s?datum|geboortedatum|geb\.)(?![\p{L}])[^\n]{0,40}$)")
_DATE = compiled(r"(?<![\d-])(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})(?![\d-])")
_YEAR = compiled(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def birth_date_column(doc: Document) -> list[Candidate]:
    """The dates of birth in a table with a birth-date column."""
    text = doc.text
    if not _HEADER.search(text):
        return []
    latest = max((int(y.group()) for y in _YEAR.finditer(text)), default=0)
    out = []
    for m in _DATE.finditer(text):
        if int(m.group("y")) > latest - 5 or not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
            continue
        why = "a date in a document with a birth-date column, years before the document's own dates"
        out.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", _explain(why, m)))
    return out


def _explain(why: str, m: regex.Match[str]) -> Explanation:
    return Explanation("birth_date_column", 0.8, why, context=m.group())
