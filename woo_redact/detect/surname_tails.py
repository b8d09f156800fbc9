"""A surname of two parts joined by a particle, as old Dutch families write it: "P.J. de Ruyter van Steveninck",
"Jan Mulder van Leens", "D. de Jonge van Ellemeet". A span found up to the first part goes on over "van"/"tot"/
"van der" and a second capitalised part when the name has "de" already or the lists know the part as a surname,
the part is no town, organisation or word (a village only after "de"), and no firm's name goes on after it.
"Jan de Vries van Rijkswaterstaat", "Bakker van Zwolle" and "Klaas Smid van Koop Tjuchem" stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Explanation
from .grammar import compiled
from .lexicons import load_lexicons, municipalities
from .merge import Merged
from .parties import party_at

__all__ = ["surname_tails_after"]

_TAIL = compiled(
    r"[ \t\u00a0]+(?P<particle>van(?:[ \t\u00a0]+(?:der|den|de))?|tot|thoe)[ \t\u00a0]+"
    r"(?P<part>\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])"
)
_INITIALS = compiled(r"\A(?:\p{Lu}\.)+")
_GOES_ON = compiled(r"[ \t\u00a0]*(?:&|\+|\p{Lu}|(?i:b\.?v\.?|n\.?v\.?|advocaten|notarissen)(?![\p{L}]))")


def surname_tails_after(text: str, found: Sequence[Merged]) -> list[Merged]:
    """The PERSON spans led by initials or a title's name, lengthened over a second surname part after a particle
    ("de Ruyter [van Steveninck]"): a part that is a known surname or no word, place or organisation at all."""
    lex = load_lexicons()
    out: list[Merged] = []
    for m in found:
        tail = _TAIL.match(text, m.end) if m.entity == "PERSON" else None
        part = tail.group("part") if tail else ""
        words = text[m.start : m.end].split()
        # (a name with a particle already, "D. de Jonge", goes on over a village's name: "van Ellemeet")
        particled = any(w in ("de", "der", "den", "De") for w in words[1:-1])
        led = bool(words) and (bool(_INITIALS.match(words[0])) or lex.is_first_name(words[0]))
        if (
            tail is None
            or not led
            or len(words) < 2
            or not (particled or lex.is_surname(part))  # "Esra Kaya van Kinderrijk": where she works
            or _GOES_ON.match(text, tail.end())  # "van Koop Tjuchem", "van Blom & Kuipers": a firm's name
            or part in words[-1]  # "mr. C.E. Blom van Blom & Kuipers": his own firm
            or (part in lex.places and not particled)
            or part.lower() in municipalities()
            or lex.is_organisation(part)
            or lex.is_ordinary_word(part)
            or lex.is_non_person_word(part)
            or part in lex.acronyms
            or party_at(text, tail.start("part"))  # "Meinesz van Hart voor Den Haag": his party
        ):
            out.append(m)
            continue
        why = f"the second part '{tail.group('particle')} {part}' of a surname joined by a particle"
        out.append(Merged(m.start, tail.end(), m.entity, m.explanations + (Explanation("name_extension", 0.7, why),)))
    return out
