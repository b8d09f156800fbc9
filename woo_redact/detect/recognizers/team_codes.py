"""Staff codes made of a team's prefix and a person's initials: "CC-SM", "CC-JdK", "CC-RvL" in a call log's
"afgehandeld door" column.

A call centre, a front office or a shift roster signs its entries with a code of the team and the initials of
the employee; the initials are the person's (5.1.2e) as a paraph is. A code is taken only where the document
shows the scheme: the same prefix before at least three codes of at least two employees, one of which carries a
particle between its capitals the way only a person's initials do ("JdK" of Jan de Kok, "RvL"); country or
language pairs ("NL-EN", "NL-DE") never have one, and an abbreviation the lists know ("TK-MvT", a memorie van
toelichting) is none. Only the initials are boxed: the team's prefix is public.
"""

from __future__ import annotations

from collections import defaultdict

from ...model import Document
from ..grammar import compiled
from ..lexicons import load_lexicons
from .structure_base import Candidate, candidate

__all__ = ["team_codes"]

# a team's prefix of capitals, a hyphen, then initials: capitals with at most one particle of small letters
_TEAM_CODE = compiled(
    r"(?<![\p{L}\d@./-])(?P<team>\p{Lu}{2,4})-(?P<code>\p{Lu}(?:\p{Ll}{1,3}\p{Lu}|\p{Lu}{1,3}))(?![\p{L}\d@-])"
)
# "JdK", "RvL", "MvdB": a particle's small letters between capitals
_PARTICLE = compiled(r"\p{Lu}(?:v|d|vd|vh|t|te|tr)\p{Lu}")


def team_codes(doc: Document) -> list[Candidate]:
    """The initials in a team's staff codes, where the document uses the scheme for several people."""
    text = doc.text
    by_team: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m in _TEAM_CODE.finditer(text):
        by_team[m.group("team")].append((m.start(), m.end(), m.group("code")))
    out: list[Candidate] = []
    acronyms = load_lexicons().acronyms
    for team, found in by_team.items():
        # ("TK-MvT", "TK-NvW": a Kamerstuk's kind, an abbreviation the lists know, is no one's initials)
        found = [(s, e, c) for s, e, c in found if c not in acronyms and c.upper() not in acronyms]
        codes = {c for _, _, c in found}
        if len(found) < 3 or len(codes) < 2 or not any(_PARTICLE.fullmatch(c) for c in codes):
            continue
        why = f"a staff code of the team '{team}': an employee's initials (the scheme holds {len(codes)} people)"
        for start, end, code in found:
            at = end - len(code)  # the initials only; the team's prefix is public
            out.append(candidate(at, end, "PARAPH", "team_code", 0.8, why, text[start:end], pattern=code))
    return out
