"""What the structure recognizers share: the :class:`Candidate` they propose (and :func:`candidate`, one
explained by a detector), whether a text looks like a person's name (:func:`name_like`), a span without its
titles (:func:`strip_title`) and a field's label that opens a line.

:mod:`.structure` imports them again for the modules that import them from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Explanation
from ..grammar import INITIALS, NAME_PART, TITLE, compiled, tussenvoegsel
from ..lexicons import Lexicons, municipalities
from ..model_names import NOUN_ENDINGS

__all__ = ["Candidate", "candidate", "name_like", "strip_title"]


@dataclass(frozen=True)
class Candidate:
    """A span proposed by one detector, before merging."""

    start: int
    end: int
    entity: str
    explanation: Explanation


_UNIT_ENDINGS = (
    "kamer", "desk", "loket", "team", "dienst", "afdeling", "bureau", "secretariaat", "centrum", "service", "center",
    "eenheid",  # "Faunabeheereenheid Drenthe"
)  # fmt: skip
# a public body of several words, whatever place follows: "Provinciale Staten van Drenthe", "Gedeputeerde Staten"
_BODY = compiled(r"\A(?:Provinciale|Gedeputeerde|Algemene|Eerste|Tweede)[ \u00a0]+(?:Staten|Kamer)\b")


_INITIALLED = compiled(rf"^(?:{INITIALS})[ \u00a0]*(?:(?i:{tussenvoegsel()})[ \u00a0]+)*[^ \u00a0]+$")
_CAPS_WORD = compiled(r"(?<![\p{L}])\p{Lu}{2,}(?:-\p{Lu}{2,})*(?![\p{L}.])")


def _capitalised(word: str) -> str:
    """A word in capitals with a capital only at the start of each hyphenated part ("ALBERT-JAN" -> "Albert-Jan")."""
    return "-".join(p.capitalize() for p in word.split("-"))


def _uncapped(text: str, lex: Lexicons) -> str:
    """A name in capitals written as usual ("J.H. VAN DER STEEG" -> "J.H. van der Steeg", "MARCO ZWOLSMAN" ->
    "Marco Zwolsman") where initials lead or a capital word is a known first name; else ``text`` as it is."""
    words = _CAPS_WORD.findall(text)
    if not words or not (_INITIALLED.match(text) or any(lex.is_first_name(_capitalised(w)) for w in words)):
        return text
    return _CAPS_WORD.sub(
        lambda m: m.group(0).lower() if m.group(0).lower() in lex.tussenvoegsels else _capitalised(m.group(0)), text
    )


def name_like(text: str, lex: Lexicons) -> bool:
    """Does ``text`` look like a person's name: name parts, initials, tussenvoegsels only? A name in capitals
    counts where initials lead it or a known first name is in it; initials and particles before one word make
    that word a surname, even one that is a word too ("J.H. van der Steeg")."""
    married = r"\p{Lu}[\p{L}'’]+-(?:van|de|der|den|ter|ten|te|het)"  # "Adeyemi-de Vries"
    token = compiled(rf"^(?:(?:{TITLE}|{INITIALS}|{tussenvoegsel()}|{married}|{NAME_PART})(?:[ \u00a0]+|$))+$")
    t = _uncapped(text.strip(), lex)
    if not t or len(t) > 60 or any(ch.isdigit() for ch in t) or not token.match(t + " ") or _BODY.match(t):
        return False
    words = t.split()
    if any(lex.is_non_person_word(w) for w in words):
        return False
    caps = [w for w in words if w[:1].isupper() and not w.endswith(".")]
    if not caps:
        return False
    known = [w for w in caps if any(p in lex.first_names or p in lex.surnames for p in w.split("-"))]
    if not known and any(w.lower().endswith((*NOUN_ENDINGS, *_UNIT_ENDINGS)) for w in caps):
        return False  # "Procedurekamer", "Servicedesk": a unit that sends, no person
    lead = caps[0]
    if lead.lower().endswith(_UNIT_ENDINGS) and len(lead) > 8 and lead not in known:
        return False  # "Auditdienst Rijk", "Belastingdienst Utrecht": a unit's name, whatever word follows it
    if len(caps) > 1 and " ".join(words) in lex.places and not known:
        return False  # "The Hague", "Addis Abeba": a place of several words, none a name the lists know
    # "Van Driel", "De Vries": particles before a surname the lists know make it one, even a place's too (not a
    # place of that name, "De Bilt")
    particled = (
        words[0].lower() in _SURNAME_PARTICLES
        and words[0][:1].isupper()  # ("Van Driel" alone; "van Driel" after a given name is found as a whole)
        and len(caps) <= 2
        and lex.is_surname(words[-1])
        and words[-1].lower() not in municipalities()  # (not "Van Amsterdam", "Van Delft": a town's people)
        and " ".join([words[0].capitalize(), *words[1:]]) not in lex.places
    )
    return particled or bool(_INITIALLED.match(t)) or not all(lex.is_ordinary_word(w) or w in lex.places for w in caps)


_SURNAME_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten", "te"})


def unit_code(word: str, lex: Lexicons) -> bool:
    """A word in capitals that is an acronym, or short and no surname: a unit's or a body's code ("CIO", "DCZW",
    "IENW"), no one's surname in capitals."""
    return (
        word.isalpha()
        and word.isupper()
        and (word in lex.acronyms or (len(word) <= 5 and not lex.is_surname(word.title())))
    )


def strip_title(text: str, start: int) -> tuple[int, int]:
    """Span of ``text`` without leading titles and surrounding space/punctuation."""
    m = compiled(rf"^(?:\s*(?:{TITLE})\s+)*").match(text)
    s = m.end() if m else 0
    body = text[s:]
    lead = len(body) - len(body.lstrip(" \t\"'“‘(<"))
    e = len(text.rstrip(" \t,;:.\"'”’)>"))
    return start + s + lead, start + max(e, s + lead)


def candidate(
    start: int, end: int, entity: str, detector: str, score: float, reason: str, context: str, pattern: str = ""
) -> Candidate:
    """A candidate explained by one detector (its context cut to 80 characters)."""
    return Candidate(start, end, entity, Explanation(detector, score, reason, context=context[:80], pattern=pattern))


_LABEL_START = compiled(r"\A[ \t]*[\p{L}][\p{L} ]{0,20}:")
