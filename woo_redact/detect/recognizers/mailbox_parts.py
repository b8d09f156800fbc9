"""The parts of an e-mail address's local part (s.visser@, team-bo@, kyanobeijring@): whether one is a person's
name (an initial, a known name, a first name and surname or a particle and surname written as one word) or an
office's word (a function word, a compound of them, a place or an acronym beside one, a desk).

:func:`.mailboxes.functional_mailbox` weighs the parts; this module reads each one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_lexicons, municipalities


def _local_parts(address: str) -> list[str]:
    local = address.split("@", 1)[0].lower()
    # digits at a part's end name no one: "woo-verzoeken-artikel4.1@" has the parts woo, verzoeken, artikel
    return [w for p in re.split(r"[._+-]+", local) if (w := re.sub(r"\d+$", "", p))]


def _name_like_part(part: str) -> bool:
    """An initial or a known name in a local part (s, visser, sanne)."""
    lex = load_lexicons()
    cap = part.capitalize()
    if part in lex.functional_mailbox:
        return False  # post@, info@: also surnames, but a mailbox first
    named = (cap in lex.first_names or cap in lex.surnames) and part not in lex.common_words
    return len(part) == 1 or (named and cap not in lex.ambiguous)  # "noord" in team-noord@ is a word


@lru_cache(maxsize=1)
def _joined_particles() -> tuple[str, ...]:
    """The tussenvoegsels as a local part writes them ("vander", "tho"), longest first."""
    tvs = {t.replace(" ", "").replace("'", "") for t in load_lexicons().tussenvoegsels}
    return tuple(sorted(tvs, key=len, reverse=True))


def _initial_surname(part: str) -> bool:
    """An initial and a surname written as one word: jrozendaal, pdevries."""
    lex = load_lexicons()
    rest = part[1:]
    tv = next((t for t in _joined_particles() if rest.startswith(t) and len(rest) > len(t) + 3), "")
    if tv == "s" and (part in lex.dutch_words or part in lex.common_words):
        return False  # "asbest@" is no "a" + "'s Best": a word of the dictionary read with the particle "'s"
    core = rest[len(tv) :].capitalize()
    return part[:1].isalpha() and len(core) >= 4 and core in lex.surnames and part not in lex.functional_mailbox


def _joined_name(part: str) -> bool:
    """A first name and a surname (or two first names) written as one word: kyanobeijring,
    daphnevanallemanie, janjaap."""
    lex = load_lexicons()
    if part in lex.dutch_words or part in lex.common_words:
        return False  # "landbouw" is no "Lan" + "Dbouw": a word of the dictionary, whatever names it spells
    tvs = _joined_particles()
    for i in range(2, len(part) - 2):
        if not lex.is_first_name(part[:i].capitalize()):
            continue
        rest = part[i:]
        tv = next((t for t in tvs if rest.startswith(t) and len(rest) > len(t) + 2), "")
        if rest[len(tv) :].capitalize() in lex.surnames:
            return True
        if i >= 3 and len(rest) >= 3 and lex.is_first_name(rest.capitalize()) and part[:i] not in lex.common_words:
            return True  # two first names: janjaap@, annemarie@
    return False


def _is_word(w: str) -> bool:
    lex = load_lexicons()
    return (
        w in lex.common_words
        or w in lex.dutch_words
        or (len(w) >= 3 and w.upper() in lex.acronyms)  # "ciorijk": CIO Rijk
        or w in lex.functional_mailbox
        or w.endswith(_NOUN_ENDINGS)
        or (len(w) >= 4 and w in lex.english_words and w.capitalize() not in lex.first_names)  # "cybersecurity"
    )


_NOUN_ENDINGS = (
    "heid",
    "ing",
    "ingen",
    "teit",
    "teiten",
    "heden",
    "schap",
    "zaken",
    "loket",
    "beleid",
    "atie",
    "aties",
    "ij",
    "dienst",
    "tie",
    "ties",
    "schrift",
    "schriften",
)


def _segments(word: str) -> bool:
    """Can ``word`` be read as one to four Dutch words (regietafeljeugd, opvangoekraine), "en" between two of
    them (bezwaarenberoep)?"""
    lex = load_lexicons()
    best: dict[int, int] = {0: 0}  # position -> fewest pieces to reach it
    for i in range(len(word)):
        if i not in best or best[i] >= 4:
            continue
        for j in range(i + 2, len(word) + 1):
            piece = word[i:j]
            code = j - i <= 3 and i == 0 and any(c.isdigit() for c in piece)  # "g4secretariaat"
            joined = piece == "en" and i > 0 and j < len(word)  # "bezwaar" "en" "beroep"
            if j - i >= 3 and piece.capitalize() in lex.first_names and piece not in lex.functional_mailbox:
                continue  # "janenpiet": a couple's names, not two words
            plural = j - i > 3 and piece[-1] == "s" and _is_word(piece[:-1])
            if code or joined or (j - i >= 3 and _is_word(piece)) or plural:
                best[j] = min(best.get(j, 9), best[i] + 1)
    return len(word) in best


def _place_beside_function(part: str, parts: list[str]) -> bool:
    """A place that is also a surname, beside a mailbox word or a long compound of them: bezoek.zwaag@ (the Zwaag
    site's visits), bezoekplanning.vught@."""
    lex = load_lexicons()
    beside = any(q in lex.functional_mailbox or (q != part and len(q) >= 8 and _functional_word(q)) for q in parts)
    return len(part) > 1 and part.capitalize() in lex.places and beside


def _acronym_beside_function(part: str, parts: list[str]) -> bool:
    """An acronym the lists know beside a long function word: ai-verordening@ (not eli@ alone)."""
    lex = load_lexicons()
    return part.upper() in lex.acronyms and any(q != part and len(q) >= 6 and _functional_word(q) for q in parts)


def _functional_word(part: str) -> bool:
    """A local-part word that names a function, not a person: no initial, no name, Dutch words,
    an acronym, a place or an English word (riec.rotterdam@, ops.centre@, secretariat@)."""
    lex = load_lexicons()
    if part.isdigit() or part in lex.functional_mailbox:
        return True
    cap = part.capitalize()
    if len(part) > 1 and cap not in lex.first_names:
        if part.upper() in lex.acronyms or (cap in lex.places and cap not in lex.surnames):
            return True
        if len(part) > 3 and part in lex.english_words and cap not in lex.surnames:
            return True
    if len(part) == 1:
        return False  # an initial: s.visser
    if len(part) <= 3:  # an abbreviation next to function words (secretariaat.de), not a short name (lau, li)
        cap = part.capitalize()
        return part in lex.common_words and cap not in lex.first_names and cap not in lex.surnames
    cap = part.capitalize()
    if (cap in lex.first_names or cap in lex.surnames) and part not in lex.common_words:
        return False
    if _particle_surname(part):
        return False  # "vanleeuwen", "dejong": a particle and a surname written as one
    return _is_word(part) or _segments(part) or _desk_of(part)


def _desk_of(part: str) -> bool:
    """A mailbox word after an acronym or a place ("hrdesk", "indiadesk", "ruslanddesk", "wmoloket"), or before an
    acronym ("secretariaatrvb")."""
    lex = load_lexicons()
    for i in range(2, len(part) - 3):
        head, tail = part[:i], part[i:]
        if tail in lex.functional_mailbox and (head.upper() in lex.acronyms or head.capitalize() in lex.places):
            return True
    # "secretariaatrvb": a mailbox word, then the body's acronym (the Raad van Bestuur's secretariat)
    return any(
        part[:-n] in lex.functional_mailbox and part[-n:] in _lower_acronyms() for n in range(2, 6) if len(part) > n + 3
    )


@lru_cache(maxsize=1)
def _lower_acronyms() -> frozenset[str]:
    """The acronyms as a local part writes them, in small letters ("rvb" of RvB)."""
    return frozenset(a.lower() for a in load_lexicons().acronyms)


@lru_cache(maxsize=1)
def _joined_places() -> frozenset[str]:
    """Place names as a local part writes them: "denhaag", "bergenopzoom"."""
    lex = load_lexicons()
    return frozenset("".join(p.lower().split()).replace("'", "") for p in (*lex.places, *municipalities()))


def _particle_surname(part: str) -> bool:
    """A tussenvoegsel and a surname the lexicon knows, written as one word ("vanleeuwen", "terhorst"; not a
    place: "denhaag")."""
    surnames = load_lexicons().surnames
    if part in _joined_places():
        return False
    return any(
        part.startswith(t) and len(part) > len(t) + 2 and part[len(t) :].capitalize() in surnames
        for t in _joined_particles()
    )
