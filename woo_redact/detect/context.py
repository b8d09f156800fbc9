"""Context that turns a name-like span into something else: an organisation,
a building, a street or a historic figure ("Jeroen Bosch Ziekenhuis",
"Johan de Wittlaan", "Prins Bernhard Cultuurfonds", "Koning Willem I College").

Only spans found by name patterns are filtered this way; structural evidence
(a header field, a signature block, a paraph table) is not overruled.
"""

from __future__ import annotations

from .grammar import compiled
from .lexicons import load_lexicons

STRUCTURAL = frozenset({"header_field", "salutation", "signature_block", "paraph_table"})
_NEXT_WORDS = compiled(r"\A(?:\s+(?:[IVX]+|\d+|\p{Lu}[\p{L}'’-]*)){1,3}")
_PREV_WORD = compiled(r"([\p{L}][\p{L}.'’-]*)[ \t\u00a0]+\Z")


def not_a_person(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` is not a person's name here, or None."""
    lex = load_lexicons()
    span = text[start:end]
    last = span.split()[-1].lower() if span.split() else ""
    if any(last.endswith(suffix) and len(last) > len(suffix) + 2 for suffix in lex.street_suffixes):
        return f"ends like a street or building name ('{span.split()[-1]}')"
    if span.split() and span.split()[-1].lower() in lex.organisation_words and len(span.split()) > 1:
        return f"ends in '{span.split()[-1]}': an organisation, building or place"
    nxt = _NEXT_WORDS.match(text[end : end + 60])
    for word in nxt.group().split() if nxt else ():
        if word.lower().strip(",.;:") in lex.organisation_words:
            return f"followed by '{word}': an organisation, building or place"
    prev = _PREV_WORD.search(text[max(0, start - 30) : start])
    if prev and prev.group(1) in lex.honorifics:
        return f"preceded by '{prev.group(1)}': a royal, saint or historic name"
    return None
