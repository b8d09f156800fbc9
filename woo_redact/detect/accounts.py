"""A person's accounts: the user names that spell a redacted person's name.

"Niels Oostveen (noostveen)": a user name in brackets right after the name; "afgedrukt door nbence",
"Account habdiwar gekoppeld": an account spelled from the first name and surname the way IT systems make them;
"xoosterl01", "gvdheuvel3": the first initial and the start of the surname, cut to a system's length and
numbered. Each is as identifying as the name and is redacted wherever it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ..model import Explanation
from .grammar import PARTICLES, compiled, natural_order, word_runs
from .lexicons import load_lexicons
from .merge import Merged
from .near_person import _everywhere, _inside
from .register import name_key

__all__ = ["handles_after_persons", "user_ids_of_persons"]


_HANDLE_IN_BRACKETS = compiled(r"[ \t]*\((?P<handle>@?[a-z][a-z0-9._-]{1,29}[a-z0-9])\)")


def handles_after_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A user name in brackets right after a redacted name that contains that person's surname or first
    name ("Niels Oostveen (noostveen)", "Agnieszka Nowak (anowak)"): their account, as identifying as the name."""
    out: list[Merged] = []
    for p in persons:
        m = _HANDLE_IN_BRACKETS.match(text, p.end)
        if m is None or _inside(taken, m.start("handle"), m.end("handle")):
            continue
        handle = m.group("handle").lower()
        parts = [w.lower() for w in compiled(r"\p{L}{3,}").findall(text[p.start : p.end])]
        if not any(w in handle for w in parts):
            continue
        name = " ".join(text[p.start : p.end].split())
        why = f"a user name in brackets after the redacted name '{name}' that spells it"
        # ... and wherever it stands again ("Exported from Jira by noostveen")
        pattern = rf"(?<![\w@.-]){regex.escape(m.group('handle'))}(?![\w@-])"
        out += _everywhere(text, pattern, taken, "USERNAME", Explanation("handle_after_person", 0.7, why))
    return out


_USER_ID_LONGEST = 8  # letters: the classic length an account name is cut to ("habdiwar" of Hodan Abdiwarsame)


@lru_cache(maxsize=4096)  # a document's names recur (and the batch's in every document)
def _user_ids(name: str) -> frozenset[str]:
    """Account names IT systems make of a name: "Hodan Abdiwarsame" -> habdiwarsame, habdiwar, abdiwarsameh,
    hodana, ahodan, hodanabdiwarsame, hodan.abdiwarsame; "Bence Nagy" -> nbence, bnagy, ..."""
    natural = natural_order(name)
    given, surname = name_key(natural)
    first = given.split()[0].lower() if given.split() else ""
    # "van den Berg" is "vdberg" in an account too ("fvdberg" of F. van den Berg)
    tail = [w.lower() for w in natural.split()[1:] if not w.endswith(".")]
    particles = [w for w in tail[:-1] if w in PARTICLES]
    short = "".join(w[0] for w in particles) + tail[-1] if particles and len(tail[-1]) >= 3 else ""
    short = _letters(short)
    whole = _letters(surname)
    if "." in first or len(first) < 3:
        # initials: only the first and the surname written together ("B. Prasetyo": bprasetyo, prasetyob)
        sur = whole
        initial = first[:1] if first[:1].isalpha() else ""
        if not initial:
            return frozenset()
        return frozenset(
            ({initial + sur, sur + initial} if len(sur) >= 5 else set())
            | ({initial + short} if short else set())
            | ({f"{initial}.{sur}"} if len(sur) >= 3 else set())  # "d.verschuren", as the mail address has it
        )
    # the surname as the register reads it, or all after the first name ("Hodan Abdi Warsame": abdiwarsame)
    rest = natural.split()[1:]
    ids: set[str] = set()
    for sur in (whole, _letters(" ".join(rest))):
        if len(sur) >= 3:
            ids |= {first[0] + sur, sur + first[0], first + sur[0], sur[0] + first, first + sur, f"{first}.{sur}"}
    if short:
        ids.add(first[0] + short)
    ids |= {i[:_USER_ID_LONGEST] for i in ids if "." not in i}
    # the first initial and a whole short surname ("hvos" of Hendrikje Vos), and the same with a dot ("d.verschuren")
    short_ids = {first[0] + whole} if len(whole) >= 3 else set()
    ids |= {f"{first[0]}.{whole}"} if len(whole) >= 3 else set()
    return frozenset(i for i in ids if len(i) >= 5 or i in short_ids)


def _letters(words: str) -> str:
    """The letters of ``words``, in small letters: "van den Berg-Oudejans" -> "vandenbergoudejans"."""
    return "".join(ch for ch in words.lower() if ch.isalpha())


def user_ids_of_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """An account name spelled from a redacted person's first name and surname ("Account habdiwar gekoppeld",
    "afgedrukt door nbence") wherever it stands in lower case: it points to that person as the name does."""
    lex = load_lexicons()
    ids: dict[str, str] = {}
    for p in persons:
        name = " ".join(text[p.start : p.end].split())
        for i in _user_ids(name):
            ids.setdefault(i, name)
    out: list[Merged] = []
    words = word_runs(text) if ids else frozenset()
    for i, name in sorted(ids.items()):
        if not (i in words if i.isalpha() else i in text):
            continue  # (an account name of letters that is no word of the text: the pattern below finds it nowhere)
        if i in lex.dutch_words or i in lex.english_words or lex.is_ordinary_word(i):
            continue
        why = f"an account name spelled from the redacted name '{name}'"
        # ("jnovak-adm", "jnovak_admin": the person's admin account, their name with its suffix)
        # (a dash line after it, "d.verschuren----Zaak", is a separator, not the account's suffix)
        pattern = rf"(?<![\w@.-]){regex.escape(i)}(?:[-_.](?i:adm|admin|beheer|test|ext))?(?![\w@]|-(?!--))"
        out += _everywhere(text, pattern, [*taken, *out], "USERNAME", Explanation("user_id_of_person", 0.7, why))
    return out + _cut_accounts(text, persons, [*taken, *out])


_ACCOUNT = compiled(r"(?<![\w@.-])(?P<letters>[a-z]{5,16})\d{0,3}(?![\w@-])")


def _cut_accounts(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """An account name of a person's first initial and the start of their surname, cut to the system's length
    and perhaps numbered ("xoosterl01" of Xandra Oosterlaak-Bijl, "mdobrescu" of Mihail Dobrescu-Aalders,
    "gvdheuvel3" of Gijsbertha van den Heuvel-Adriaansen): the start of at least five of the surname's letters."""
    heads: dict[str, list[tuple[str, str]]] = {}  # initial -> (surname part, its name)
    for p in persons:
        name = " ".join(text[p.start : p.end].split())
        words = natural_order(name).split()
        if len(words) < 2 or not words[0][:1].isalpha():
            continue
        tail = [w.lower() for w in words[1:] if not w.endswith(".")]
        if not tail:
            continue
        particles = "".join(w[0] for w in tail[:-1] if w in PARTICLES)
        for part in tail[-1].split("-"):
            core = "".join(ch for ch in part if ch.isalpha())
            if len(core) >= 5:
                heads.setdefault(words[0][0].lower(), []).append((particles + core, name))
    # (an account's first six letters are an initial and a surname's first five: where none stands in the text,
    # no word of it is one)
    if not any(initial + core[:5] in text for initial, cores in heads.items() for core, _ in cores):
        return []
    lex = load_lexicons()
    out: list[Merged] = []
    for m in _ACCOUNT.finditer(text):
        letters = m.group("letters")
        rest = letters[1:]
        owner = next((n for core, n in heads.get(letters[0], ()) if len(rest) >= 5 and core.startswith(rest)), None)
        if owner is None or letters in lex.dutch_words or letters in lex.english_words or _inside(taken, *m.span()):
            continue
        why = f"an account name of the first initial and the surname's start of the redacted name '{owner}'"
        out.append(Merged(m.start(), m.end(), "USERNAME", (Explanation("user_id_of_person", 0.7, why),)))
    return out
