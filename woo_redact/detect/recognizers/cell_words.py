"""The words of a wrapped table cell judged on their own, for :mod:`.cells`: a first name the lists do not know
over a surname they know only as one ("Oliwia" / "Zielińska"), and a surname in capitals below a first name
("Marvin" / "HOOKER")."""

from __future__ import annotations

from ..grammar import INITIALS, compiled
from ..lexicons import load_lexicons

__all__ = ["GIVEN", "caps_surname_below", "known_given", "surname_only", "unknown_word"]

# a given name or initials, or a roepnaam in brackets ("J.P.", "(Joop)", "Anne-Marie")
GIVEN = compiled(rf"^(?:{INITIALS}|\(\p{{Lu}}[\p{{Ll}}'’-]+\)|\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}?[\p{{Ll}}'’]+)*)$")


def known_given(word: str) -> bool:
    """A known first name that is no surname ("Wendelien", not "Kok")."""
    lex = load_lexicons()
    return lex.is_first_name(word.split("-")[0]) and word not in lex.surnames


def unknown_word(word: str) -> bool:
    """A capitalised word no list calls a word, a place, an organisation or a surname."""
    lex = load_lexicons()
    return (
        GIVEN.match(word) is not None
        and "." not in word
        and not lex.is_surname(word)
        and not lex.is_ordinary_word(word)
        and not lex.is_non_person_word(word)
        and word.lower() not in lex.dutch_words
        and word not in lex.places
        and word.lower() not in lex.organisation_words
        and not lex.is_compound_word(word)
    )


def surname_only(word: str) -> bool:
    """A known surname (each part of a double one) that is no place, word or organisation."""
    lex = load_lexicons()
    parts = word.split("-")
    return (
        (lex.is_surname(word) or all(lex.is_surname(p) for p in parts))
        and word not in lex.places
        and not lex.is_ordinary_word(word)
        and word.lower() not in lex.dutch_words
        and word.lower() not in lex.organisation_words
    )


def caps_surname_below(so_far: str, line: str) -> bool:
    """ "Marvin" / "HOOKER": a cell of one known first name, and below it one word in capitals that is no
    acronym, organisation or Dutch word: the surname, as lists write it, whatever English calls the word."""
    lex = load_lexicons()
    words, below = so_far.split(), line.split()
    if len(words) != 1 or len(below) != 1 or not known_given(words[0]):
        return False
    word = below[0]
    return (
        len(word) >= 3
        and word.isupper()
        and word.isalpha()
        and word not in lex.acronyms
        and word.lower() not in lex.dutch_words
        and word.lower() not in lex.organisation_words
        and not lex.is_non_person_word(word.title())
    )
