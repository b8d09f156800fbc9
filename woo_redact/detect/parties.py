"""Local parties by their place: in a council's documents, a code in brackets where the known parties stand.

"Verdonk (HvDH), Verduin (D66)": a party list names each member's party in brackets. A code that stands in
such brackets twice, once right after a surname, in a text whose brackets name at least three known parties,
is a party (a local one the lists do not know: "Hart voor Den Haag"), not a civil servant's paraph.
"""

from __future__ import annotations

from collections import Counter

from .grammar import compiled
from .lexicons import load_lexicons

__all__ = ["parties_in_brackets"]

_BRACKETED = compiled(r"\((\p{Lu}[\p{L}\d/&+-]{1,14})\)")
_AFTER_NAME = compiled(r"\p{Lu}\p{Ll}[\p{L}'’-]*[ \t\u00a0]+\((\p{Lu}[\p{L}\d/&+-]{1,14})\)")


def parties_in_brackets(text: str) -> set[str]:
    """The codes that stand in brackets in a text whose brackets name at least three known parties."""
    parties = load_lexicons().parties
    codes = Counter(m.group(1) for m in _BRACKETED.finditer(text))
    known = {c for c in codes if c in parties}
    if len(known) < 3:
        return set()
    # a party stands beside its members: twice in brackets, once at least right after a surname
    after_name = {m.group(1) for m in _AFTER_NAME.finditer(text)}
    return {c for c, n in codes.items() if c not in known and n >= 2 and c in after_name}
