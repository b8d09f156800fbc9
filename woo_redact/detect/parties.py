"""Political parties: the national ones of the list, local ones by their words in a council's document
(:func:`is_party`), and local ones by their place: a code in brackets where the known parties stand.

"Verdonk (HvDH), Verduin (D66)": a party list names each member's party in brackets. In a text whose
brackets name at least three known parties, a code or name in brackets right after a surname is a party (a
local one the lists do not know: "HvDH", "Hart voor Den Haag"), not a civil servant's paraph, when it stands
so twice, or beside two brackets of known parties ("Faïd (HSP)" under "... Verduin (D66)").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .grammar import compiled
from .lexicons import load_lexicons
from .organisation_names import ORGANISATION_HEAD

_HEAD_ENDINGS = tuple(sorted(ORGANISATION_HEAD))

__all__ = ["is_party", "parties_in_brackets", "party_at"]

_PARTY = r"\p{Lu}[\p{L}\d/&+-]{1,14}(?:[ \t\n]+(?:voor|van|de|den|het|&|\p{Lu}[\p{L}\d-]*)){0,3}"
_BRACKETED = compiled(rf"\(({_PARTY})\)")
_AFTER_NAME = compiled(rf"\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*[ \t\u00a0]+\(({_PARTY})\)")
# a body or an organisation in brackets is where a person works, no party ("Jan de Vries (Gemeente Utrecht)")
_BODY = compiled(
    r"(?i:(?:gemeente|provincie|ministerie|waterschap|griffie|stichting|college|rijks\p{L}*|dienst|politie|"
    r"directie|afdeling|team|bureau)(?![\p{L}]))"
)


@lru_cache(maxsize=4)
def parties_in_brackets(text: str) -> frozenset[str]:
    """The codes and names that stand in brackets as parties, in a text whose brackets name at least three
    known parties."""
    parties = load_lexicons().parties
    codes = Counter(" ".join(m.group(1).split()) for m in _BRACKETED.finditer(text))
    known = {c for c in codes if c in parties}
    if len(known) < 3:
        return frozenset()
    out: set[str] = set()
    # a party stands beside its members: right after a surname, twice in brackets or beside known parties
    for m in _AFTER_NAME.finditer(text):
        code = " ".join(m.group(1).split())
        if code in known or code in out or _BODY.match(code) or f"@{code.lower()}." in text.lower():
            continue  # ("Bas Verhoeven (ACOI)" beside b.verhoeven@acoi.nl: his organisation)
        # (the list's own lines: two up, two down; not a party named elsewhere in a mail's body)
        lo = max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))))))
        hi = text.find("\n", text.find("\n", text.find("\n", m.end()) + 1) + 1)
        near = _BRACKETED.finditer(text, lo, hi if hi >= 0 else len(text))
        beside_known = sum(" ".join(b.group(1).split()) in parties for b in near) >= 2
        # (a code only ever in brackets after a name is no party's: a council's minutes mark each of seventeen
        # insprekers "Mevrouw Klomp (AA)"; a local party is named in a vote or a sentence too: "HvDH stemt voor")
        if beside_known or (codes[code] >= 2 and _named_outside(text, code)):
            out.add(code)
    return frozenset(out | known)  # ("Arslan (PvdA)": a known party's code in brackets is no one's paraph either)


def _named_outside(text: str, code: str) -> bool:
    """``code`` stands somewhere in ``text`` outside brackets ("Voor: HvDH, PVV", "de fractie van HvDH"), not as an
    agenda item's number ("AA." over its title, "motie AA.1")."""
    escaped = "".join(f"\\{c}" if not c.isalnum() and c != " " else c for c in code)
    return compiled(rf"(?<![\p{{L}}\d(])(?<!\([ \t]*){escaped}(?![\p{{L}}\d.]|[ \t]*\))").search(text) is not None


# the words local parties are named with ("Tilburg Beter", "Trots Haarlem", "Leefbaar Vlaardingen", "Amersfoort2014")
_LOCAL_PARTY = compiled(
    r"(?i:(?<![\p{L}])(?:lokaal|lokale|leefbaar|beter|belang|belangen|anders|sterk|trots|onafhankelijke?|partij|"
    r"stadspartij|burgerbelangen|gemeentebelangen?|dorpsbelangen|inwonersbelangen|stadsbelangen|liberalen?|"
    r"progressief|actief|samen|vooruit|lijst|verenigd|kernen|dorpen|hart[ ]voor|groep)(?![\p{L}])|\p{L}\d{4}$)"
)
_COUNCIL = compiled(
    r"(?i:(?<![\p{L}])(?:gemeenteraad|raadslid|raadsleden|fractie|fracties|fractievoorzitters?|"
    r"raadsvergadering|commissievergadering|statenleden|statenlid|motie|moties|griffie|griffier|wethouders?)(?![\p{L}]))"
)


@lru_cache(maxsize=4)
def _council_text(text: str) -> bool:
    """Does the document speak of a council, its members or its motions (where local parties stand)?"""
    return bool(_COUNCIL.search(text))


def _organisation(name: str) -> bool:
    """An organisation whose name has a party's word ("GGD Hart voor Brabant", "Stichting Samen Sterk",
    "Huurdersvereniging Samen Thuis": a kind of organisation its first word ends in)."""
    lex = load_lexicons()
    first = (name.split() or [""])[0]
    low = first.lower()
    return (
        first in lex.acronyms
        or low in lex.organisation_words
        or low.endswith(_HEAD_ENDINGS)
        or lex.is_organisation(name)
    )


def is_party(name: str, text: str) -> bool:
    """A political party: a national one of the list, or, in a council's document, a local party's name."""
    if name in load_lexicons().parties:
        return True
    if _LOCAL_PARTY.search(name) and _council_text(text) and not _organisation(name):
        return True
    return name in parties_in_brackets(text)  # "Martinez van Andel (Hart voor Den Haag)" in a list of parties


# a party's name going on past a name's span: "de heer Meinesz van Hart voor Den Haag" (a local party,
# read as a second surname part)
_PARTY_WORDS = compiled(r"\p{Lu}[\p{L}\d/&+-]*(?:[ \t\n]+(?:voor|van|de|den|het|&|\p{Lu}[\p{L}\d-]*))*")


def party_at(text: str, at: int) -> bool:
    """A political party's name begins at ``at`` ("Hart" of "... van Hart voor Den Haag"): its words, or
    the first of them, name a party of the list or of the text's brackets, or a local party's name begins there
    (its word first: "Hart voor", "Leefbaar") in a council's text."""
    m = _PARTY_WORDS.match(text, at, min(len(text), at + 60))
    if m is None:
        return False
    words = m.group().split()
    names = [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    listed, bracketed = load_lexicons().parties, parties_in_brackets(text)  # (no union made per call)
    if any(name in listed or name in bracketed for name in names):
        return True
    return bool(_LOCAL_PARTY.match(names[0])) and _council_text(text) and not _organisation(names[0])
