"""A given name followed by the surname in capitals, as court rulings, registers and forms write it: "Serhii
BOLHOV", "appellant Omnia Zuhair ALI", "Alison Louise WILLIAMS". The span found for the given name goes on over
the further given names and the surname in capitals on its line; a capitals word that is an acronym or an
organisation's ("Jan BZK" in a list of names and ministries) does not.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..model import Explanation
from .grammar import compiled
from .lexicons import load_lexicons
from .merge import Merged

__all__ = ["caps_surnames_after", "caps_surnames_before"]

_GIVEN = compiled(r"[ \t\u00a0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d.])")
_CAPS = compiled(
    r"[ \t\u00a0]+((?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL|VON|DA|DOS|DI|LE|LA)[ \t\u00a0]+)*"
    r"\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*)(?![\p{L}\d])"
)
# letters after a name that are a degree or a certification, no surname: "Lina Al-Haddadin CISA", "M. Winter MBA"
_POSTNOMINALS = frozenset(
    {"MBA", "CISA", "CISM", "CISSP", "CIPP", "CIPM", "CRISC", "PMP", "CPA", "CFA", "ACCA", "FCCA", "EMIA", "EMFC",
     "MSC", "BSC", "LLM", "PHD", "MPA", "MCM", "RRA", "CIA", "CDPO", "CIPT", "ITIL", "MBT"}
)  # fmt: skip
_MAX_GIVEN = 2  # further given names between the one found and the surname


def caps_surnames_after(text: str, found: Sequence[Merged]) -> list[Merged]:
    """The PERSON spans that end in a given name, lengthened over the surname in capitals that follows them."""
    lex = load_lexicons()
    out: list[Merged] = []
    for m in found:
        words = text[m.start : m.end].split()
        last = words[-1] if words else ""
        surname_last = lex.is_surname(last) and not lex.is_first_name(last)  # "Ingrid Veldman": a whole name
        if m.entity != "PERSON" or not any(lex.is_first_name(w) for w in words) or last.isupper() or surname_last:
            out.append(m)
            continue
        end, given = m.end, 0
        while given < _MAX_GIVEN and (g := _GIVEN.match(text, end)) and not lex.is_ordinary_word(g.group(1)):
            end, given = g.end(), given + 1
        caps = _CAPS.match(text, end)
        word = caps.group(1).split()[-1] if caps else ""
        # (capitals without a vowel are an acronym: "Sven NCG" in a chat's sender)
        acronym = word in lex.acronyms or word in _POSTNOMINALS or not any(c in "AEIOUYÄËÏÖÜÉÈ" for c in word)
        # (three or four capitals no surname list holds are an organisation's letters: "Joost APG" in a chat's
        # contacts; "Jan BOS", "Omnia ALI" are surnames)
        acronym = acronym or (len(word) <= 4 and not lex.is_surname(word.capitalize()))
        if caps is None or len(word) < 3 or acronym or lex.is_organisation(word):
            out.append(m)
            continue
        particled = len(caps.group(1).split()) > 1  # "Jan DE VRIES": after a particle a word is a surname
        word_like = (lex.is_ordinary_word(word.capitalize()) or word.capitalize() in lex.places) and not particled
        if word.lower() in lex.stop_words or word_like:
            out.append(m)  # "Jan GRONINGEN", "Piet EN": a place, a word in capitals
            continue
        why = f"the surname '{caps.group(1)}' in capitals after the given name"
        out.append(Merged(m.start, caps.end(1), m.entity, m.explanations + (Explanation("name_extension", 0.8, why),)))
    return out


# a surname in capitals that opens a cell before the given names: "NGUYỄN Thị Lan", "2  KOVÁCS Anna" (a row's number);
# four capitals at least ("RBA  Roos Bakker": a code of initials in the column before the name)
_CAPS_BEFORE = compiled(
    r"(?:\A|\n|[ \t\u00a0]{2,}|\t|(?:\A|\n)[ \t]*\d{1,3}\.?[ \t\u00a0]+)"
    r"(?P<caps>\p{Lu}{4,}(?:-\p{Lu}{2,})?)[ \t\u00a0]\Z"
)


def _has_vowel(word: str) -> bool:
    """A vowel among the word's letters, diacritics stripped ("NGUYỄN"): no acronym."""
    bare = unicodedata.normalize("NFD", word)
    return any(c in "AEIOUY" for c in bare)


def caps_surnames_before(text: str, found: Sequence[Merged]) -> list[Merged]:
    """The PERSON spans that begin with a given name, lengthened back over a surname in capitals that opens
    their cell or line ("NGUYỄN Thị Lan" in a register's Naam column): not an acronym, an organisation's,
    a place's or a word in capitals."""
    lex = load_lexicons()
    out: list[Merged] = []
    for m in found:
        words = text[m.start : m.end].split()
        caps = _CAPS_BEFORE.search(text, max(0, m.start - 40), m.start) if m.entity == "PERSON" and words else None
        word = caps.group("caps") if caps else ""
        if (
            caps is None
            or not lex.is_first_name(words[0])
            or not _has_vowel(word)
            or word in lex.acronyms
            or word in _POSTNOMINALS
            or lex.is_organisation(word)
            or word.lower() in lex.stop_words
            or lex.is_ordinary_word(word.capitalize())
            or word.capitalize() in lex.places
        ):
            out.append(m)
            continue
        why = f"the surname '{word}' in capitals before the given name, as a register writes it"
        out.append(
            Merged(caps.start("caps"), m.end, m.entity, m.explanations + (Explanation("name_extension", 0.8, why),))
        )
    return out
