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

__all__ = ["codes_in_person_rows"]

# capitals, a hyphen, digits; a second group of capitals between ("P-TSL-04"); no year ("CS-2025")
_CODE = r"\p{Lu}{1,4}(?:-\p{Lu}{1,4})?-(?!(?:19|20)\d\d(?!\d))\d{2,6}"
_BEFORE = compiled(rf"(?<![\w-])(?P<nr>{_CODE})[ \t]+\Z")  # the row's cell before the name
_AFTER = compiled(rf"[ \t]+(?P<nr>{_CODE})(?![\w-])")  # the row's cell after it
_DIGIT = compiled(r"\d")
_ROWS = 2  # rows with a code of the same shape beside another name: a column


def codes_in_person_rows(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """The codes of a column beside the redacted names of a list, at every place each stands in ``text``."""
    by_shape: dict[str, dict[str, str]] = {}  # the code's shape ("V-9999") -> code -> the name beside it
    for p in persons:
        line_start = text.rfind("\n", 0, p.start) + 1
        m = _BEFORE.search(text, line_start, p.start) or _AFTER.match(text, p.end)
        if m is None:
            continue
        name = " ".join(text[p.start : p.end].split())
        by_shape.setdefault(_DIGIT.sub("9", m.group("nr")), {}).setdefault(m.group("nr"), name)
    out: list[Merged] = []
    for codes in by_shape.values():
        if len(codes) < _ROWS or len(set(codes.values())) < _ROWS:
            continue
        for code, name in sorted(codes.items()):
            why = f"'{code}' stands beside '{name}' in a column of such codes, one beside each person's name"
            expl = Explanation("code_in_person_row", 0.7, why)
            for occ in regex.finditer(rf"(?<![\w-]){regex.escape(code)}(?![\w-])", text):
                if not any(t.start <= occ.start() and occ.end() <= t.end for t in (*taken, *out)):
                    out.append(Merged(occ.start(), occ.end(), "PERSONAL_NUMBER", (expl,)))
    return out
