"""Names in an enumeration of people: the item no list knows, between items that are names.

"drie afdelingshoofden: Wendelien Akkerman (Vergunningverlening), Olusegun Adeyemi (Toezicht) en Marieke in 't
Veld (Bedrijfsvoering)": two of the items are names the detectors found, the third has the same shape (capitalised
words, a bracket after it, the same separators): a name whose first name no word list holds. The item is a name
only when it looks like one: two to five words, capitalised but for particles, none a word of an organisation, a
place or an ordinary word, no digits.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Explanation
from .grammar import PARTICLES, compiled
from .lexicons import load_lexicons, organisation_words_but_streets
from .merge import Merged

__all__ = ["bulleted_names", "enumerated_names"]

_PARTICLE = r"(?:van|de|der|den|het|in|ten|ter|te|op|von|da|das|dos|del|di|du|la|le|el|al|bin|ben|'t|’t)"
_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*"
# an item: capitalised words with particles between (a line break may split it), a bracket after it
_ITEM = compiled(
    rf"(?P<name>{_WORD}(?:[ \t\u00a0]*\n?[ \t\u00a0]*(?:{_PARTICLE}[ \t\u00a0]*\n?[ \t\u00a0]*)*{_WORD}){{1,4}})"
    r"(?P<bracket>[ \t\u00a0]*\n?[ \t\u00a0]*\([^()\n]{1,60}\))?"
)
_ONE_WORD = compiled(r"(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}\d'’.-])")
_SEPARATOR = compiled(r"[ \t\u00a0]*(?:,|;|[ \t\u00a0]en\b|[ \t\u00a0]and\b)[ \t\u00a0]*\n?[ \t\u00a0]*")
_BRACKET = compiled(r"[ \t\u00a0]*\n?[ \t\u00a0]*\([^()\n]{1,60}\)")
_BRACKET_NEAR = compiled(r"[^()\n.,;]{0,25}\n?[^()\n.,;]{0,25}?\([^()\n]{1,60}\)")


def enumerated_names(text: str, persons: Sequence[Merged], found: Sequence[Merged]) -> list[Merged]:
    """Items of an enumeration whose other items, two at least, are ``persons`` (each followed by a bracket as
    the item is, or none followed by one): the item's name, unless a detector found anything but a name in it."""
    by_start = {m.start: m for m in persons}
    # (a piece of the item a detector found as a name does not stop it: "Adeyemi" of "Olusegun Adeyemi")
    taken = [(m.start, m.end) for m in found if m.entity != "PERSON"]
    out: list[Merged] = []
    seen: set[int] = set()
    for first in sorted(persons, key=lambda m: m.start):
        if first.start in seen:
            continue
        chain = _chain(text, first, by_start)
        seen.update(start for start, _, _ in chain)
        names = [item for item in chain if item[2]]
        if len(names) < 2 or len(names) == len(chain):
            continue
        # a list of first names alone ("drie kinderen (Ashvin, Priya en Dev)"): its other items one word too
        given = all(len(text[s:e].split()) == 1 for s, e, person in chain if person)
        for start, end, is_person in chain:
            if is_person or any(s < end and start < e for s, e in taken):
                continue
            if not (_name_shaped(text[start:end]) or (given and _given_shaped(text[start:end]))):
                continue
            why = f"an item of an enumeration whose other items are names ({len(names)} of {len(chain)})"
            out.append(Merged(start, end, "PERSON", (Explanation("enumeration", 0.7, why),)))
    for person in persons:
        pair = _paired_before(text, person)
        if pair is not None and not any(s < pair[1] and pair[0] < e for s, e in taken):
            why = "a name before a person's, each with a bracket of the same kind ('Ananya (groep 5) en Vikram')"
            out.append(Merged(pair[0], pair[1], "PERSON", (Explanation("enumeration", 0.7, why),)))
        couple = _INITIALS_AND.search(text, max(0, person.start - 24), person.start)
        if couple is not None and _INITIALS_FIRST.match(text, person.start):
            # "Afschrift: G.J. en R.M. Scholten-van Dalen": a couple of one surname, the first by initials alone
            why = f"initials before 'en' and the name '{text[person.start : person.end]}': a couple of that surname"
            out.append(Merged(couple.start(), couple.end("ini"), "PERSON", (Explanation("enumeration", 0.7, why),)))
    return out


_INITIALS_AND = compiled(r"(?<![\p{L}.])(?P<ini>(?:\p{Lu}\.){1,4})[ \t\u00a0]+en[ \t\u00a0]+\Z")
_INITIALS_FIRST = compiled(r"(?:\p{Lu}\.){1,4}[ \t\u00a0]*\p{L}")


# two items joined by "en" or a comma, each with a bracket after it: "Ananya (groep 5) en Vikram (groep 3)"
_PAIR_BEFORE = compiled(
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t\u00a0]+(?:(?:van|de|der|den|ter|ten)[ \t\u00a0]+)*\p{Lu}\p{Ll}+){0,2})"
    r"[ \t\u00a0]*\((?P<kind>\p{L}+)[^()\n]{0,40}\)[ \t\u00a0]*(?:,|[ \t\u00a0]en)[ \t\u00a0]+\Z"
)
_KIND_AFTER = compiled(r"[ \t\u00a0]*\((?P<kind>\p{L}+)[^()\n]{0,40}\)")


def _paired_before(text: str, person: Merged) -> tuple[int, int] | None:
    """The name before ``person`` in a pair of items whose brackets begin with the same word: a name shaped like
    the person's (one word before a given name alone), which no list calls a word, a place or an organisation."""
    after = _KIND_AFTER.match(text, person.end)
    if after is None:
        return None
    window = max(0, person.start - 120)
    m = _PAIR_BEFORE.search(text[window : person.start])
    if m is None or m.group("kind").lower() != after.group("kind").lower():
        return None
    name = m.group("name")
    one = len(text[person.start : person.end].split()) == 1
    if not (_given_shaped(name) if one else _name_shaped(name)):
        return None
    return window + m.start("name"), window + m.end("name")


def _chain(text: str, first: Merged, by_start: dict[int, Merged]) -> list[tuple[int, int, bool]]:
    """The items from ``first`` on, as (start, end, a person's), as long as separators and the bracket's
    presence agree with the first item's."""
    bracket = _BRACKET.match(text, first.end)
    chain = [(first.start, first.end, True)]
    pos = bracket.end() if bracket else first.end
    while len(chain) < 20:
        sep = _SEPARATOR.match(text, pos)
        if sep is None:
            break
        start = sep.end()
        person = by_start.get(start)
        if person is not None:
            end = person.end
            # (its bracket after the rest of a name the detectors cut: "Marieke in" / "'t Veld (Bedrijfsvoering)")
            after = _BRACKET.match(text, end) or _BRACKET_NEAR.match(text, end)
            is_person = True
        else:
            item = _ITEM.match(text, start) or _ONE_WORD.match(text, start)  # ("en Dev)": a given name alone)
            if item is None:
                break
            end = item.end("name")
            after = _BRACKET.match(text, end)
            is_person = False
        if bool(after) != bool(bracket):
            break  # "Jan de Vries (VVD), Financiën en ...": the list changed its shape
        chain.append((start, end, is_person))
        pos = after.end() if after else end
    return chain


def _given_shaped(word: str) -> bool:
    """One capitalised word that no list calls a word, a place, an organisation or an acronym: a given name."""
    lex = load_lexicons()
    if " " in word.strip() or not word[:1].isupper() or not word[1:].islower() or len(word) < 3:
        return False
    low = word.lower()
    return not (
        lex.is_ordinary_word(word)
        or low in lex.dutch_words
        or word in lex.places
        or word in lex.acronyms
        or low in organisation_words_but_streets()
    )


def _name_shaped(name: str) -> bool:
    """Two to five words, capitalised ones neither an organisation's nor a place's, and no ordinary words but
    the first name ("Ok van Megchelen") before a surname that is none; particles, capitalised too, are no words
    ("Naten Van Hemelrijck")."""
    lex = load_lexicons()
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return False
    org = organisation_words_but_streets()
    rest_plain = False  # a capitalised word after the first that is no ordinary word
    for i, w in enumerate(words):
        low = w.lower()
        if not w[:1].isupper() or (i and low in PARTICLES):
            continue
        if low in org or w in lex.places or w in lex.acronyms:
            return False
        ordinary = lex.is_ordinary_word(w) and not lex.is_surname(w)
        if ordinary and i:
            return False
        rest_plain = rest_plain or (i > 0 and not ordinary)
    first = words[0]
    if lex.is_dictionary_compound(first) and not lex.is_first_name(first) and not lex.is_surname(first):
        return False  # "Staatstoezicht op de Mijnen (afwezig)": two words of the dictionary written as one
    return rest_plain or not (lex.is_ordinary_word(first) and not lex.is_surname(first))


# a list's item on a line of its own: the bullet, then the item ("○ Virgini Geranios", "o Frieke Segers",
# "- Laurens Vercauteren: Governance")
_BULLET_ITEM = compiled(
    r"(?m:^[ \t]*(?P<bullet>[○●•◦▪∙·*–-]|o(?=[ \t]+\p{Lu}))[ \t]+(?P<item>[^\n:(]{3,60}?)[ \t]*(?=[:(]|$))"
)


def bulleted_names(text: str, persons: Sequence[Merged], found: Sequence[Merged]) -> list[Merged]:
    """Items of a bulleted list whose other items, three at least and most of them, are names: the item's
    name, when it looks like one ("○ Philippe Rutten" / "○ Virgini Geranios" / "○ Kris Peirlinck")."""
    starts = {m.start: m for m in persons}
    taken = [(m.start, m.end) for m in found if m.entity != "PERSON"]
    by_bullet: dict[str, list[tuple[int, int, bool]]] = {}
    for m in _BULLET_ITEM.finditer(text):
        s, e = m.span("item")
        person = starts.get(s)
        by_bullet.setdefault(m.group("bullet"), []).append((s, e, person is not None and person.end >= e - 1))
    out: list[Merged] = []
    for items in by_bullet.values():
        names = sum(is_person for _, _, is_person in items)
        if names < 3 or 2 * names < len(items):
            continue
        for s, e, is_person in items:
            if is_person or any(a < e and s < b for a, b in taken) or not _name_shaped(text[s:e]):
                continue
            why = f"an item of a bulleted list whose other items are names ({names} of {len(items)})"
            out.append(Merged(s, e, "PERSON", (Explanation("enumeration", 0.7, why),)))
    return out
