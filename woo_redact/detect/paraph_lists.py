"""Paraphs read on from the ones :mod:`.paraphs` found: the next codes of an enumeration ("reviewers DSP, RBD en
AAZH"), the owners of an action list's next items ("YGE bezoek ...; CHA verkeersregelaars"), and every other
occurrence of a named person's code the document uses as a paraph twice or more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from ..model import Explanation
from .grammar import compiled
from .lexicons import Lexicons
from .merge import Merged
from .propagate import literal

# the rule of a paraph tied to a person the document names (its initials, or a code given with the name): the batch
# spreads such a code (batch_homes.CODE_MARK)
TIED_CODE = "initials of a named person"

__all__ = ["CODE_AFTER", "CODE_BEFORE", "in_identifier", "listed_with", "next_items", "placed_twice"]

# where a code stands as a word of its own (not inside an e-mail address, a file's name or a hyphenated word)
CODE_BEFORE = compiled(r"(?<![\w@.\-])")
CODE_AFTER = compiled(r"(?![\w@]|-\p{Lu})")


# the next code of an enumeration of paraphs: "reviewers DSP, RBD en AAZH", "HOS/TAM/JWV", "Pre-advisers: HL and DV"
_NEXT_CODE = compiled(
    r"\A(?:[ \t]*,[ \t]*|[ \t]+(?:en|and)[ \t]+|[ \t]*/[ \t]*)(?P<code>\p{Lu}[\p{Lu}\p{Ll}]{1,5})(?![\p{L}\d])"
)
_PREV_CODE = compiled(
    r"(?<![\p{L}\d])(?P<code>\p{Lu}[\p{Lu}\p{Ll}]{1,5})(?:[ \t]*,[ \t]*|[ \t]*/[ \t]*|[ \t]+(?:en|and)[ \t]+)\Z"
)


# an item's owner begins it: after a colon, a semicolon or at a line's start; the next item's owner after a ";"
_ITEM_START = compiled(r"(?:^|\n|[:;])[ \t]*\Z")
_NEXT_ITEM = compiled(r";[ \t]*(?P<code>\p{Lu}[\p{Lu}\p{Ll}]{1,5})[ \t]+\p{Ll}")


def next_items(text: str, paraphs: Sequence[Merged], named: Collection[str]) -> list[Merged]:
    """The owners of an action list's next items on the same line, where they are the initials of a person the
    document names ("Actiepunten: YGE bezoek mevrouw X; CHA verkeersregelaars; ...": Y. Gerritsma's and C.
    Haverkate's, whatever "cha" is in English), read on from each paraph that begins an item."""
    out: list[Merged] = []
    taken = {(m.start, m.end) for m in paraphs}
    todo = list(paraphs)
    while todo:
        m = todo.pop()
        if not _ITEM_START.search(text, max(0, m.start - 4), m.start):
            continue
        line_end = text.find("\n", m.end)
        item = _NEXT_ITEM.search(text, m.end, len(text) if line_end < 0 else line_end)
        if item is None or item.group("code") not in named or (item.start("code"), item.end("code")) in taken:
            continue
        why = f"the initials of a person named here, owning the action list's next item after '{text[m.start : m.end]}'"
        new = Merged(
            item.start("code"),
            item.end("code"),
            "PARAPH",
            (Explanation("derived_paraph", 0.8, why, pattern="enumerated"),),
        )
        taken.add((new.start, new.end))
        out.append(new)
        todo.append(new)
    return out


def listed_with(text: str, codes: Sequence[Merged], lex: Lexicons, named: Collection[str] = ()) -> list[Merged]:
    """Codes enumerated with a paraph ("reviewers DSP, RBD en AAZH"): of the same shape, at least two capitals,
    no acronym or word unless it is the initials of a person the document names (``named``: "KOM en NH
    sturen", Nasrin Haidari's); the enumeration read on both ways from each paraph found."""
    out: list[Merged] = []
    taken = {(m.start, m.end) for m in codes}
    todo = list(codes)
    while todo:
        m = todo.pop()
        after = _NEXT_CODE.match(text[m.end : m.end + 24])
        lead = max(0, m.start - 12)
        before = _PREV_CODE.search(text[lead : m.start])
        spans = [(m.end + h.start("code"), m.end + h.end("code")) for h in (after,) if h is not None]
        spans += [(lead + h.start("code"), lead + h.end("code")) for h in (before,) if h is not None]
        for start, end in spans:
            code = text[start:end]
            if (start, end) in taken or sum(c.isupper() for c in code) < 2:
                continue
            if code not in named and (
                code in lex.acronyms or code.lower() in lex.common_words or code.lower() in lex.english_words
            ):
                continue
            why = f"initials enumerated with the paraph '{text[m.start : m.end]}'"
            new = Merged(start, end, "PARAPH", (Explanation("derived_paraph", 0.8, why, pattern="enumerated"),))
            taken.add((start, end))
            out.append(new)
            todo.append(new)
    return out


_COMPOUND_HEAD = compiled(r"-\p{Ll}")


def placed_twice(text: str, found: Sequence[Merged], named: Collection[str], lex: Lexicons) -> list[Merged]:
    """Every other occurrence of a named person's initials that the document uses as a paraph at two places or more
    ("Pre-advisers: HL", "DV notes", a code column's "HL"): "Check COI declarations of DV in ISAAC" is hers too, and
    "EDR vraagt naar ..." is Esther Dijkhuizen-Ramdin's where her code stands so twice, whatever EDR is in IT; no
    word of the lexicons, no compound's head ("HR-afdeling")."""
    counts = Counter(text[m.start : m.end] for m in found)
    taken = {(m.start, m.end) for m in found}
    out: list[Merged] = []
    for code, n in sorted(counts.items()):
        if n < 2 or code not in named or not code.isalpha():
            continue
        if code.lower() in lex.common_words or code.lower() in lex.english_words or code.lower() in lex.dutch_words:
            continue
        why = f"the initials of a person named here, used as a paraph at {n} other places of this document"
        for occ in literal(text, code, CODE_BEFORE, CODE_AFTER):
            if (occ.start(), occ.end()) in taken or in_identifier(text, occ.start(), occ.end()):
                continue
            if _COMPOUND_HEAD.match(text, occ.end()):
                continue  # "HR-afdeling", "EDR-oplossing": a compound's first part
            expl = Explanation("derived_paraph", 0.8, why, pattern=TIED_CODE)
            out.append(Merged(occ.start(), occ.end(), "PARAPH", (expl,)))
    return out


def in_identifier(text: str, start: int, end: int) -> bool:
    """A code between colons that join it to the words around it: "ECLI:NL:RVS:2022:3155" has no paraph "NL"; or
    the letters that begin a case's number: "Kenmerk: LP-2025-00311", "Zaak: MR-2025-017"."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if after[:1] == "-" and after[1:2].isdigit():
        return True
    return len(before) == 2 and before[0].isalnum() and before[1] == ":" and after[:1] == ":" and after[1:].isalnum()
