"""Spans that look like a person's name and are not one: a room, a place's quarter, a building or a model named like
a person, and a business a mail domain spells whose owner the text names (used by :func:`.context.not_a_person`)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .grammar import compiled
from .lexicons import Lexicons, municipalities

__all__ = ["HONORIFIC_BEFORE", "lookalike", "named_model", "owner_named"]

# a place's quarter: "Zutphen-Noord", "Hoven-Noord"
_DISTRICT = compiled(
    r"(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)-(?:Noord|Zuid|Oost|West|Centrum|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest)"
)
# an honorific or a title right before the span ("mevrouw ", "dr. ")
HONORIFIC_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:heer|mevrouw|mevr\.|mw\.|dhr\.|dr\.|drs\.|mr\.|ir\.|ing\.|prof\.))[ \t]+\Z"
)
# (a building's name ends so: "het Dr. Ariënshof"; not "Ik heb het Dr. Bakker gevraagd", a pronoun)
_BUILDING_ENDS = ("hof", "huis", "oord", "stede", "school", "centrum", "kliniek", "paviljoen", "gebouw", "college")
_NEUTER_TITLE_BEFORE = compiled(
    r"(?<![\p{L}])(?:het|Het)[ \t]+(?:Dr\.|Prof\.|Mr\.|Ds\.|Dokter|Professor|Pastoor|Burgemeester)[ \t]+\Z"
)
# a model named like a person, its number and its kind: "Stannah Siena 600 rechte traplift" (not an age, a count)
_MODEL_NUMBER_AFTER = compiled(
    r"[ \t\u00a0]+\d{2,4}[ \t\u00a0]+(?!(?:jaar|jaren|maanden|weken|dagen|uur|euro|procent|keer|stemmen|punten|"
    r"leden|personen|mensen|deelnemers|kinderen|leerlingen)(?![\p{L}]))\p{Ll}{4,}(?![\p{L}])"
)


def lookalike(text: str, start: int, words: Sequence[str], lex: Lexicons) -> tuple[str, str] | None:
    """(kind, why) for a span of ``words`` at ``start`` that is a room named after someone ("de Annie M.G.
    Schmidtzaal"; not "mevrouw Fatma Verzaal"), a place's quarter ("wijkagent Zutphen-Noord"; not "de heer Pieter
    Kampen-Oost") or a building after "het" and a title ("in het Dr. Ariënshof"), or None."""
    if not words:
        return None
    last = words[-1]
    if len(words) > 1 and last.endswith("zaal") and len(last) >= 8 and lex.is_surname(last[:-4]):
        return "institution", f"'{last}' is a room named after someone ('{last[:-4]}' and 'zaal')"
    district = _DISTRICT.fullmatch(last)
    # ("mevrouw Anna van Haren-West", "de heer Pieter Kampen-Oost": a double surname, its bearer titled or named)
    if (
        district is not None
        and (len(words) == 1 or not lex.is_first_name(words[0]))
        and (district.group(1) in lex.places or district.group(1).lower() in municipalities())
        and not HONORIFIC_BEFORE.search(text, max(0, start - 16), start)
    ):
        return "quarter", f"'{last}' is a quarter of the place '{district.group(1)}'"
    if _NEUTER_TITLE_BEFORE.search(text, max(0, start - 24), start) and last.lower().endswith(_BUILDING_ENDS):
        # no person takes "het"; a building named after someone ("het Prof. Bronkhorsthuis")
        return "institution", "after 'het' and a title: a building named after someone ('het Dr. Ariënshof')"
    return None


def named_model(text: str, end: int, words: Sequence[str], lex: Lexicons) -> bool:
    """A make and a model named like a person, its number and its kind after it ("Stannah Siena 600 rechte
    traplift"; not "Ilse 112 gebeld", no make before the name)."""
    return (
        len(words) > 1
        and not lex.is_first_name(words[0])
        and lex.is_first_name(words[-1])
        and _MODEL_NUMBER_AFTER.match(text, end) is not None
    )


def owner_named(text: str, span: str) -> bool:
    """A word of the span is a surname the text writes after initials ("ZWARTJES BUDGETCOACHING" beside "H.A.
    Zwartjes"): the one-man business of a person named here, whatever its domain."""
    for word in span.split()[:-1] if len(span.split()) > 1 else ():
        name = word[:1] + word[1:].lower()
        initials = compiled(rf"(?<![\p{{L}}])(?:\p{{Lu}}\.[ ]?)+{regex.escape(name)}(?![\p{{L}}])")
        if len(name) >= 3 and initials.search(text):
            return True
    return False
