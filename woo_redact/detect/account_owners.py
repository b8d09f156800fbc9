"""The person an account is written out for: "HLM\\lkovacs (Lőrinc Kovács)", "door jvdberg (Jan van den Berg)".

A system's export or a log names the account that made it and, in brackets right after it, the person the
account belongs to. Where the account spells that name (the first name's initial or the whole first name,
then the surname's letters, accents and particles aside), the bracket holds a person's name, whatever word
list knows its parts: a Hungarian given name no list has is a name all the same beside its own account.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..model import Explanation
from .grammar import compiled
from .merge import Merged

__all__ = ["owners_of_accounts"]

# "(Lőrinc Kovács)", "(Jan van den Berg)": two to five name words in brackets right after the account
_OWNER = compiled(
    r"[ \t]*\((?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|'t|von|el|al)[ \t]+)*"
    r"\p{Lu}[\p{L}'’-]+){1,3})\)"
)


def _letters(text: str) -> str:
    """Lower-case ASCII letters of ``text``: "Kovács" -> "kovacs"."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isascii() and c.isalpha()).lower()


def spells(account: str, name: str) -> bool:
    """The account (its part after a domain's backslash) is made of the name: the first name or its initial,
    then every letter of the surname with its particles or without them."""
    user = _letters(account.rsplit("\\", 1)[-1].split("@")[0])
    words = name.split()
    if len(words) < 2 or len(user) < 4:
        return False
    first, rest = _letters(words[0]), words[1:]
    surnames = {_letters("".join(rest)), _letters(rest[-1])}
    initials = _letters("".join(w[0] for w in rest[:-1]))  # "jvdberg": the particles' first letters
    return any(
        user in (f + s, f + "." + s, f + initials + _letters(rest[-1])) for f in (first, first[:1]) for s in surnames
    )


def owners_of_accounts(text: str, found: Sequence[Merged]) -> list[Merged]:
    """A name in brackets right after an account found that spells it: the account's owner."""
    out: list[Merged] = []
    for m in found:
        if m.entity != "USERNAME":
            continue
        owner = _OWNER.match(text, m.end)
        if owner is None or not spells(text[m.start : m.end], owner.group("name")):
            continue
        why = f"the name in brackets after the account '{text[m.start : m.end]}' that spells it"
        expl = Explanation("account_owner", 0.85, why)
        out.append(Merged(owner.start("name"), owner.end("name"), "PERSON", (expl,)))
    return out
