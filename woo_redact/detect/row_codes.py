"""A column of codes beside the names of a list: each row's code is that person's number.

A volunteers' list ("V-0231 Gerrit Hoogendoorn 0344-652190 ..."), a lifeboat crew's pagers ("Schipper Hidde Schaap
P-TSL-04 06-21457780"): a code of capitals, a hyphen and digits right before or right after a redacted name on its
row, where two rows or more of the same document hold a code of the same shape beside another person's name. One
code beside one name says little (a case number, a room); a column of them, one a person, is a personal number
(a volunteer's, a badge's, a pager's), redacted wherever it stands in the document.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Explanation
from .grammar import compiled
from .merge import Merged
from .near_person import _everywhere

__all__ = ["codes_in_person_rows"]

# capitals, a hyphen, digits; a second group of capitals between ("P-TSL-04"); no year ("CS-2025"); or digits, a
# hyphen and two to four digits ("0412-78", a boa's number; not the years of a life, "(1859-1918)"), or a capital and
# five digits or more ("P104887")
_CODE = (
    r"(?:\p{Lu}{1,4}(?:-\p{Lu}{1,4})?-(?!(?:19|20)\d\d(?!\d))\d{2,6}"
    r"|(?<!\d)(?!1[5-9]\d\d-(?:1[5-9]|20)\d\d(?!\d))\d{3,5}-\d{2,4}(?![\d-])"
    r"|\p{Lu}{1,2}\d{5,8})"
)
_BEFORE = compiled(rf"(?<![\w-])(?P<nr>{_CODE})[ \t]+\Z")  # the row's cell before the name
# ... read as a line of its own right above the name's (a table's cells, each a line in the text)
_CELL_ABOVE = compiled(rf"(?:^|\n)[ \t]*(?P<nr>{_CODE})[ \t]*\n[ \t]*\Z")
_CELL_BELOW = compiled(rf"[ \t]*\n[ \t]*(?P<nr>{_CODE})[ \t]*(?=\n|\Z)")  # ... or right under it
# the row's cell after it, or the code in brackets after the name with its label ("(boa 0461-02)")
_AFTER = compiled(rf"[ \t]+(?:\((?:\p{{L}}{{2,12}}\.?[ \t]*:?[ \t]*)?)?(?P<nr>{_CODE})(?![\w-])")
# a thing the code is the number of, written before it anywhere in the text: "route V-21", "kamer B-104": no
# person's number, whoever's name stands beside it in a list
_THING_BEFORE = compiled(
    r"(?i:\b(?:route|routes|rit|lijn|perceel|kavel|kamer|zaal|lokaal|dossier|zaak|voertuig|bus|wagen|auto|project|"
    r"fase|versie|bijlage|artikel|tabel|figuur|locatie|vak|plot|object|pand|unit|team|ploeg|wijk|graf|grafnummer|"
    r"kraam|standplaats|stal)[ \t]*[:/]?[ \t]*)\Z"
)
_DIGIT = compiled(r"\d")
_ROWS = 2  # rows with a code of the same shape beside another name: a column


def codes_in_person_rows(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """The codes of a column beside the redacted names of a list, at every place each stands in ``text``."""
    by_shape: dict[str, dict[str, str]] = {}  # the code's shape ("V-9999") -> code -> the name beside it
    for p in persons:
        line_start = text.rfind("\n", 0, p.start) + 1
        m = _BEFORE.search(text, line_start, p.start)
        if m is None and not text[line_start : p.start].strip():
            m = _CELL_ABOVE.search(text, max(0, line_start - 40), p.start)
        found = [m] if m else []
        pos = p.end
        while m := _AFTER.match(text, pos) or _CELL_BELOW.match(text, pos):
            found.append(m)  # (the row's cells after the name: "0412-78 P104887", or each on a line of its own)
            pos = m.end()
        name = " ".join(text[p.start : p.end].split())
        for m in found:
            by_shape.setdefault(_DIGIT.sub("9", m.group("nr")), {}).setdefault(m.group("nr"), name)
    out: list[Merged] = []
    for codes in by_shape.values():
        if len(codes) < _ROWS or len(set(codes.values())) < _ROWS:
            continue
        if any(_is_a_things(text, code) for code in codes):
            continue  # "V-21 Gerrit Bosch" and "route V-21": the column holds the routes' codes
        first = min(text.find(code) for code in codes)
        if _THING_HEADER.search(text, max(0, first - 300), first):
            continue  # "Dossier | Bewoner(s) | Adres": the column's head names a case, a route, an object
        for code, name in sorted(codes.items()):
            why = f"'{code}' stands beside '{name}' in a column of such codes, one beside each person's name"
            expl = Explanation("code_in_person_row", 0.7, why)
            out += _everywhere(text, _standing(code), [*taken, *out], "PERSONAL_NUMBER", expl)
    return out


# a table's head over a column of things' codes: a case's, a route's, an object's (a cell of its own, capitalised)
_THING_HEADER = compiled(
    r"(?:^|(?<=[\n\t ]))(?:Dossier|Dossiernr\.?|Zaak|Zaaknummer|Zaaknr\.?|Kenmerk|Route|Rit|Perceel|Object|"
    r"Referentie|Ref\.|Graf|Grafnummer|Kavel|Kraam|Standplaats|Voertuig)(?=[\n\t ]|\Z)"
)


def _standing(code: str) -> str:
    """The pattern of ``code`` standing alone, no letter, digit or hyphen joined to it."""
    return rf"(?<![\w-]){regex.escape(code)}(?![\w-])"


def _is_a_things(text: str, code: str) -> bool:
    """``code`` stands somewhere in ``text`` after a thing it numbers ("route V-21", "Route / voertuig V-21")."""
    return any(
        _THING_BEFORE.search(text, max(0, occ.start() - 24), occ.start())
        for occ in compiled(_standing(code)).finditer(text)
    )
