"""A person written as initials alone, with a date of birth right after: a child in a register or a letter that
keeps the name out ("een jeugdige (J.d.G., geboren 12-06-2010)", a waiting list's row "JZ-0418872  L.B.
14-03-2012  Oldebroek  Karakter"). Initials and a birth date identify the person as a name does.

Initials only with dots ("L.B.", "D.v.E.", "R. d. W."), then the date, at most a comma, a line end and "geboren" /
"geb." between. Not the abbreviations that read as initials ("N.B.", "P.S.") nor a legal form ("B.V.").
"""

from __future__ import annotations

from functools import lru_cache

from ...model import Document, Explanation
from ..grammar import compiled
from .structure_base import Candidate

__all__ = ["INITIALS_ONLY", "initials_with_birth_date"]

# initials alone, with dots and small particles: "L.B.", "D.v.E.", "R. d. W."
INITIALS_ONLY = r"\p{Lu}\.(?:[ \t]?(?:\p{Ll}{1,3}\.[ \t]?)?\p{Lu}\.){1,3}"
_BORN = compiled(
    rf"(?<![\p{{L}}\d.])(?P<initials>{INITIALS_ONLY})(?![\p{{L}}\d])"
    r"[ \t]*,?[ \t]*\n?[ \t]*(?:(?i:geboren|geb\.)(?:[ \t]+op)?[ \t]*:?[ \t]*)?"
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)"
)
_NOT_INITIALS = frozenset({"N.B.", "P.S.", "B.V.", "N.V.", "V.O.F.", "C.V.", "I.O.", "A.I."})
# ... and, after a role's word, the letters of terms and bodies a role stands beside ("patiënt I.C.", "Leerling
# V.M.B.O.", "Klager R.K. parochie", "cliënt P.G.O.")
_ROLE_NOT_INITIALS = frozenset(
    "IC RK ZOZ PGO PGB VMBO MBO HBO WO VO PO OM UWV GGD BOA TBS VVE ZZP AOW WMO BSO KDV SVB CJG WLZ ZVW".split()
)
# ... or after a private person's role or kin: "leerling N.K.", "Getuigenverklaring moeder van Y.V."
_ROLE = compiled(
    r"(?<![\p{L}])(?i:leerling(?:e|en)?|pupil|kind|zoon|dochter|cli[eë]nt|pati[eë]nt|bewoner|melder|klager|"
    r"(?:moeder|vader|ouders?|broer|zus|oma|opa)[ \t]+van)[ \t]+"
    rf"(?P<initials>{INITIALS_ONLY})(?![\p{{L}}\d-])(?![ \t]+\p{{Lu}}\p{{Ll}})"  # (not "V.v.E. Parkzicht", "I.C.-")
)


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """The acronyms the lists hold, in capitals ("VVE" of "VvE"), made once."""
    from ..lexicons import load_lexicons

    return frozenset(a.upper() for a in load_lexicons().acronyms)


def initials_with_birth_date(doc: Document) -> list[Candidate]:
    """Initials alone followed by a date of birth, or after a private person's role or kin (structure detector
    ``initials_born``)."""
    out: list[Candidate] = []
    for m in [*_BORN.finditer(doc.text), *_ROLE.finditer(doc.text)]:
        initials = m.group("initials")
        if "".join(initials.split()) in _NOT_INITIALS:
            continue
        letters = "".join(c for c in initials if c.isalpha()).upper()
        if m.re is _ROLE and (letters in _acronyms() or letters in _ROLE_NOT_INITIALS):
            continue  # "Melder O.M.", "Cliënt U.W.V.", "Leerling V.M.B.O.": an organisation's or a term's letters
        why = (
            "initials alone with a date of birth after them: a person kept unnamed, still identified"
            if m.re is _BORN
            else "initials alone after a private person's role or kin ('leerling N.K.'): a person kept unnamed"
        )
        out.append(
            Candidate(
                m.start("initials"),
                m.end("initials"),
                "PERSON",
                Explanation("initials_born", 0.8, why, context=m.group()),
            )
        )
    return out
