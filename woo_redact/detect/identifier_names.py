"""A redacted person's name as computer systems write it, other than as an account: a directory's entry in small
letters, surname first ("elhamdaoui, a.", "linden, j. van der"), and the surname inside an identifier or in another
case than written (a file name "Mail_Yilmaz-Bakir_aan_ODH.msg", a host name "LT-ELKHATIB", "fb-bergsma").

The accounts spelled from a name ("noostveen", "xoosterl01") are in :mod:`.accounts`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Explanation
from .accounts import _ascii, _letters
from .grammar import PARTICLES, compiled, natural_order
from .lexicons import load_lexicons, municipalities
from .merge import Merged
from .near_person import _inside
from .occurrence_context import second_barrel_end

__all__ = ["directory_names", "surnames_in_identifiers"]


# a directory's name in small letters, surname first: "elhamdaoui, a.", "linden, j. van der", "owusu, kwaku"
_DIRECTORY_NAME = compiled(
    r"(?<![\p{L}\d@._-])(?P<surname>\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]+)?),[ \t]*"
    r"(?P<given>(?:\p{Ll}\.){1,4}|\p{Ll}{3,12})"
    r"(?P<particles>(?:[ \t]+(?:van|de|der|den|ter|ten|het|'t|in|la|le|el)){0,3})"
    r"(?![\p{L}\d@-])"
)


def _in_a_cell(text: str, start: int, end: int) -> bool:
    """``start:end`` fills a table cell: a line's start or a gap of two spaces (a tab) before, and after."""
    head = text[max(0, start - 2) : start]
    tail = text[end : end + 2]
    return (start == 0 or head.endswith("\n") or head == "  " or head.endswith("\t")) and (
        end == len(text) or tail[:1] in ("\n", "\t") or tail == "  "
    )


def _any_surname(m: regex.Match[str], parts: Sequence[str]) -> bool:
    """A surname that no word list knows, or one that is a word with its particles after the initials
    ("graaf, m. de"): alone in a cell with initials, a directory's name all the same."""
    return bool(m.group("particles").strip()) or not any(_a_word(w.lower()) or len(w) < 4 for w in parts)


def directory_names(text: str, taken: Sequence[Merged]) -> list[Merged]:
    """Names written as a directory (Active Directory, a ticket system) prints them: in small letters, the
    surname first ("elhamdaoui, a.", "linden, j. van der", "owusu, kwaku"). The surname must be one the word
    lists know as a surname and no ordinary word, the given part initials or a known first name; or, alone in a
    table's cell with initials, a surname no list knows ("elhamdaoui, a.") or a word with its particles after the
    initials ("graaf, m. de")."""
    if ", " not in text and ",\t" not in text:
        return []
    lex = load_lexicons()
    out: list[Merged] = []
    for m in _DIRECTORY_NAME.finditer(text):
        parts = [w.capitalize() for w in m.group("surname").split("-")]
        given = m.group("given")
        known = all(lex.is_surname(w) and not lex.is_ordinary_word(w) for w in parts) and not any(
            w.lower() in lex.dutch_words or w.lower() in lex.english_words for w in parts
        )
        if not known and not ("." in given and _in_a_cell(text, m.start(), m.end()) and _any_surname(m, parts)):
            continue
        if "." not in given and not lex.is_first_name(given.capitalize()):
            continue
        if _inside(taken, m.start(), m.end()):
            continue
        why = "a name in small letters, surname first, as a directory prints it"
        out.append(Merged(m.start(), m.end(), "PERSON", (Explanation("directory_name", 0.7, why),)))
    return out


_SURNAME_LONGEST = 5  # letters: a shorter surname ("Ng", "Kok") is a piece of too many other words
_NOT_IDENTIFIER = frozenset(" \t\n\r\u00a0()[]{}<>\"'‘’“”,;")


def _surname_cores(name: str) -> set[str]:
    """The surname of ``name`` (a first name or initials and a surname) as an identifier spells it, in small
    letters: "S. El Khatib" -> elkhatib, khatib; "Esra Yilmaz-Bakir" -> yilmazbakir, yilmaz, bakir (each at least
    five letters)."""
    words = natural_order(name).split()
    tail = [w for w in words[1:] if not w.endswith(".")] if len(words) > 1 else words
    # a person by a first name or initials before the surname ("Huisartsenposten Rijnmond", a model's mistake,
    # gives no surname to look for in "GGD Rotterdam-Rijnmond")
    if not tail or len(words) < 2 or not (words[0].endswith(".") or load_lexicons().is_first_name(words[0])):
        return set()
    particles = [w.lower() for w in tail[:-1] if w.lower() in PARTICLES]
    last = tail[-1]
    cores = {_letters(last), _letters("".join(particles) + last)} | {_letters(part) for part in last.split("-")}
    return {c for c in cores if len(c) >= _SURNAME_LONGEST}


def _a_word(core: str) -> bool:
    """``core`` (small letters) is a word of the language or a place: a piece of other identifiers too."""
    lex = load_lexicons()
    word = core.capitalize()
    return (
        core in lex.dutch_words
        or core in lex.english_common
        or lex.is_ordinary_word(word)
        or lex.is_dictionary_compound(word)
        or word in lex.places
        or word in municipalities()
    )


def surnames_in_identifiers(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A redacted person's surname inside an identifier or in another case than written: a file name in an
    inventory ("Mail_Yilmaz-Bakir_aan_ODH.msg", "(Tesfamariam_Kuiper-Ng).txt"), a laptop's host name
    ("LT-ELKHATIB"), an account with a prefix ("fb-bergsma"), a typed signature in small letters ("zhang").
    The surname must be no word of the language or place, and stand between non-letters (or where a small
    letter changes to a capital: "JdBruijn"); a web or e-mail address is not read. Each points to the person."""
    owners: dict[str, str] = {}
    for p in persons:
        name = " ".join(text[p.start : p.end].split())
        for core in _surname_cores(name):
            owners.setdefault(core, name)
    folded = _ascii(text).lower() if owners else ""
    if len(folded) != len(text):  # (a letter whose folding is longer or shorter: search as written)
        folded = text.lower()
    else:  # "Wisniewski" in a file's name of Wiśniewski's: the surname folded as the text is
        owners = {_ascii(core): name for core, name in owners.items()}
    out: list[Merged] = []
    for core, name in sorted(owners.items()):
        pos = folded.find(core)
        if pos < 0 or _a_word(core):
            continue
        why = f"the surname of the redacted name '{name}' inside an identifier or in another case"
        while pos >= 0:
            end = pos + len(core)
            if _identifier_part(text, pos, end) and not _inside(taken, pos, end) and not _inside(out, pos, end):
                # "Gebremedhin-Tekle" in running text or a cell: the surname and its second part, a married name
                whole = second_barrel_end(text, end, load_lexicons()) if text[pos - 1 : pos].isspace() else end
                end = whole if whole == len(text) or text[whole].isspace() or text[whole] in ",.;)" else end
                out.append(Merged(pos, end, "PERSON", (Explanation("surname_in_identifier", 0.7, why),)))
            pos = folded.find(core, end)
    return out


def _identifier_part(text: str, start: int, end: int) -> bool:
    """``start:end`` stands as a part of its run of non-space characters: between non-letters or where a small
    letter changes to a capital; not a name written as names are, between spaces (the propagation finds those);
    the run no web or e-mail address."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() and not (before.islower() and text[start].isupper()):
        return False
    if after.isalpha() and not (text[end - 1].islower() and after.isupper()):
        return False
    word = text[start:end]
    if word[:1].isupper() and word[1:].islower() and before not in "_-./\\" and after not in "_-./\\":
        return False
    lo, hi = start, end
    while lo > 0 and start - lo < 80 and text[lo - 1] not in _NOT_IDENTIFIER:
        lo -= 1
    while hi < len(text) and hi - end < 80 and text[hi] not in _NOT_IDENTIFIER:
        hi += 1
    run = text[lo:hi].lower()
    return "@" not in run and "://" not in run and not run.startswith("www.")
