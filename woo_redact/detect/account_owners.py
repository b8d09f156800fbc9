"""The person an account is written out for: "HLM\\lkovacs (Lőrinc Kovács)", "door jvdberg (Jan van den Berg)";
and the mailbox of a sole trader's business named after its owner ("info@sjoerdhoekstrafoto.frl").

A system's export or a log names the account that made it and, in brackets right after it, the person the
account belongs to. Where the account spells that name (the first name's initial or the whole first name,
then the surname's letters, accents and particles aside), the bracket holds a person's name, whatever word
list knows its parts: a Hungarian given name no list has is a name all the same beside its own account.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Explanation
from .accounts import _ascii, user_ids
from .grammar import compiled
from .merge import Merged

__all__ = ["names_before_handles", "owners_of_accounts", "trade_mailboxes"]

# "(Lőrinc Kovács)", "(Jan van den Berg)": two to five name words in brackets right after the account
_OWNER = compiled(
    r"[ \t]*\((?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|'t|von|el|al)[ \t]+)*"
    r"\p{Lu}[\p{L}'’-]+){1,3})\)"
)


def spells(account: str, name: str) -> bool:
    """The account (its part after a domain's backslash) is one an IT system makes of the name
    (:func:`.accounts.user_ids`: the first name or its initial with the surname, its particles written out or
    by their initials), accents aside."""
    user = _ascii(account.rsplit("\\", 1)[-1].split("@")[0].lower())
    if len(name.split()) < 2 or len(user) < 4:
        return False
    return any(_ascii(i) == user for i in user_ids(name))


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


# "Adewale Ogunleye (@aogunleye", "Floris Meerdink-Anand @fmeerdink": a name, then the handle that spells it
_NAME_HANDLE = compiled(
    r"(?<![\p{L}])(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|'t|von|el|al|da|dos)[ \t]+)*"
    r"\p{Lu}[\p{L}'’-]+){1,3})[ \t]*(?:\([ \t]*)?@(?P<handle>[a-z][a-z0-9._-]{2,29}[a-z0-9])(?![\w@])"
)


def names_before_handles(text: str) -> list[Merged]:
    """A name right before a handle (in brackets or not) that spells it: the person and their handle, whatever
    word list knows the name's parts."""
    out: list[Merged] = []
    for m in _NAME_HANDLE.finditer(text) if "@" in text else ():
        if not spells(m.group("handle"), m.group("name")):
            continue
        why = f"the name before the handle '@{m.group('handle')}' that spells it"
        out.append(Merged(m.start("name"), m.end("name"), "PERSON", (Explanation("account_owner", 0.85, why),)))
        out.append(Merged(m.start("handle"), m.end("handle"), "USERNAME", (Explanation("account_owner", 0.85, why),)))
    return out


# an e-mail address and its domain's first label
_MAIL = compiled(r"(?<![\w.+-])[\w.+-]+@(?P<label>[\w-]+)(?:\.[\w-]+)+")


def _spelled_names(text: str, persons: Sequence[Merged]) -> dict[str, str]:
    """The written-out first name and the surname of each redacted person as one run of letters
    ("Sjoerd Hoekstra" -> "sjoerdhoekstra"), at least eight letters long."""
    out: dict[str, str] = {}
    for p in persons:
        words = text[p.start : p.end].split()
        if len(words) < 2 or not words[0][1:].isalpha() or not words[0][1:].islower():
            continue  # "S. Hoekstra": an initial spells too little
        key = "".join(c for c in _ascii("".join(words).lower()) if c.isalpha())
        if len(key) >= 8:
            out.setdefault(key, " ".join(words))
    return out


def trade_mailboxes(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """An e-mail address whose domain spells a redacted person's first name and surname ("info@sjoerdhoekstrafoto.frl"
    beside "Fotografie Sjoerd Hoekstra"): the mailbox of a one-man business, however functional its local part."""
    names = _spelled_names(text, persons) if "@" in text else {}
    out: list[Merged] = []
    for m in _MAIL.finditer(text) if names else ():
        label = _ascii(m.group("label").lower()).replace("-", "")
        owner = next((name for key, name in names.items() if key in label), None)
        if owner is None or any(t.start < m.end() and m.start() < t.end for t in taken):
            continue
        why = f"the mailbox of a business named after the redacted '{owner}'"
        out.append(Merged(m.start(), m.end(), "EMAIL_ADDRESS", (Explanation("trade_mailbox", 0.8, why),)))
    return out
