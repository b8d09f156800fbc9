"""Where a copy of a found name stands: as the person's, or as a place's, a month's or a word's.

:func:`~.propagate.propagate` finds every other occurrence of a found name's forms; a form that is a word, a
place or a month too ("Roos", "Zwolle", "Mei") is that person's only where its context reads so. These are
the predicates it asks: a capital mid-sentence, a verb after the subject, a title or initials before, a
table's cell of names, someone spoken to or named after a person's label; and a place's context ("in Zwolle",
"Den Haag", "9090 Melle"), a date's ("15 Mei 2024").
"""

from __future__ import annotations

from .grammar import DUTCH_MONTHS, GREETING_WORDS, PERSON_TITLE, ROLE_WORDS, compiled
from .lexicons import Lexicons, load_lexicons, municipalities, places_of_several_words
from .street_context import after_postcode


def mid_sentence(text: str, start: int) -> bool:
    """A capital here is not the start of a sentence, heading or line."""
    before = text[max(0, start - 3) : start]
    if _BULLET_LEAD.search(text, max(0, start - 8), start):
        return False  # "- Rozendaal levert ...": a list item's first word
    return bool(before) and before[-1] in " \u00a0" and before.rstrip()[-1:] not in (".", "!", "?", ":", "\n", "")


_BULLET_LEAD = compiled(r"(?:^|\n)[ \t]*[-–•*][ \t]+\Z")


def before_lower_word(text: str, end: int) -> bool:
    """Followed by a lower-case word, as a subject by its verb: "Roos vraagt", "Koning vindt", "Zwolle" /
    "woonde" (the verb on the next line)."""
    return bool(compiled(r"\A(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)\p{Ll}").match(text[end : end + 6]))


_LOCATIVE = compiled(
    r"(?i:\b(?:in|te|naar|uit|bij|rond|om|nabij|vanuit|tussen|gemeente|provincie|regio|station|richting)"
    r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*))\Z"  # ("een leverancier uit" / "Hoogeveen": a wrapped line)
)
# a house number and a comma before the town ("Walburgstraat 2-4, Arnhem"); a date after it, as a letter's
# place and date ("Arnhem, 27 januari 2025")
_NUMBER_COMMA_BEFORE = compiled(r"(?<![\d.,])\d{1,4}[a-zA-Z]?(?:-\d{1,4})?,[ \t]*\Z")
_DATELINE_AFTER = compiled(rf",?[ \t]+\d{{1,2}}[ \t]+(?i:{DUTCH_MONTHS})(?![\p{{L}}])")
# prepositions as usual before a person as before a place: "melden bij Arnoud", "stuur het naar Anna"
_PERSON_OR_PLACE = compiled(r"(?i:\b(?:naar|bij|rond|om|tussen|richting)[ \u00a0]+)\Z")


_TITLE_BEFORE = compiled(
    rf"(?:(?<![\p{{L}}])(?:{PERSON_TITLE})|(?:\p{{Lu}}\.[ \u00a0]?)+)[ \t\u00a0]*\n?[ \t\u00a0]*\Z"
)
_CAPITAL_BEFORE = compiled(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+\Z")


def ends_proper_name(text: str, start: int, lex: Lexicons) -> bool:
    """A capitalised word that is no title or first name stands right before: "Rotterdamse [Hoek]"."""
    prev = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if prev is None:
        return False
    word = prev.group(1)
    if word in lex.stop_words and word.lower() not in ("de", "het", "den", "der", "van"):
        return False  # "Volgens Dan is ...": a sentence's first word, a function word, names nothing with it
    return not compiled(rf"\A(?:{PERSON_TITLE})\Z").match(word) and not lex.is_first_name(word)


_SENT_TO = compiled(
    r"(?i:\b(?:e-?mail|mail|brief|memo|notitie|whatsapp(?:bericht)?|sms|appbericht|nota|bericht))(?![\p{L}])"
    r"[^\n]{0,40}?[ \u00a0](?P<sender>\p{Lu}[\p{L}'’-]+)[ \u00a0]+aan[ \u00a0]+\Z"
)
_DEMONSTRATIVE_BEFORE = compiled(r"(?<![\p{L}])(?:die|diezelfde)[ \u00a0]+\Z")
# an article or possessive, then a role only a person has ("de leerkracht", "haar mentor", "onze collega")
_ROLE_BEFORE = compiled(
    rf"(?<![\p{{L}}])(?i:de|het|uw|haar|zijn|hun|onze|ons|mijn)[ \u00a0]+"
    rf"(?:(?:groeps)?leerkracht|(?i:{ROLE_WORDS}))[ \u00a0]+\Z"
)
_FAMILY_BEFORE = compiled(r"(?<![\p{L}])(?i:familie|fam\.|ouders|gezin|echtpaar|weduwe)[ \u00a0]+\Z")
_WORD_BEFORE = compiled(r"(?<![\p{L}])([\p{L}]+)[ \u00a0]+\Z")


def titled(text: str, start: int) -> bool:
    """A title or initials right before ``start`` ("mevrouw Valkenburg", "J. Zwolle")."""
    return bool(_TITLE_BEFORE.search(text, max(0, start - 30), start))


# a bracket's note that credits someone with a part ("(input Bakkum)", "(tekst H. Schoemaker)", "(check Zwolle)")
# (not "(reactie Zwolle)", "(advies Ede)": a municipality reacts and advises too)
_CREDITED_BEFORE = compiled(r"\((?i:input|tekst|check|commentaar|actie|akkoord)[ \t]+\Z")


def person_context(text: str, start: int, end: int) -> bool:
    """A copy of a surname that is also a place stands as a person's: after a title or initials ("mevrouw
    Valkenburg", "J. Zwolle"), or as a sentence's subject, a function word before and a small word after
    ("Volgens Ter Haar is", "dat Zwolle vraagt"); not "Tijdelijke wet Groningen", "9700 AE Groningen"."""
    if titled(text, start):
        return True
    if names_line(text, start):
        return True  # a table's cell of names: "Rutten" under "W. de Graaf-Zijlstra"
    sent = _SENT_TO.search(text, max(0, start - 80), start)
    if sent and sent.group("sender") not in load_lexicons().places:
        return True  # an inventory's "E-mail Özdemir aan Hoogeveen": from one person to another
    if _DEMONSTRATIVE_BEFORE.search(text, max(0, start - 10), start):
        return True  # "een verzoek van die Veenendaal": no one points at a town so
    if _ROLE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "dat de leerkracht Amsterdam uw dochter": an article, a person's role, the name
    if _FAMILY_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Brief ouders Oosterbroek", "gezin Valkenburg": a household named by its surname
    if _CREDITED_BEFORE.search(text, max(0, start - 16), start) and text[end : end + 1] == ")":
        return True  # "5. Vrijstellingen (input Bakkum)": who gave a part, a note in brackets
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    # ("van" and "aan" aside: "de burgemeester van Rozendaal", "aan Zwolle" are the places)
    word = prev.group(1).capitalize() if prev else ""
    function_word = word in load_lexicons().stop_words and word not in ("Van", "Aan")
    clause_start = not mid_sentence(text, start) or text[max(0, start - 3) : start].rstrip()[-1:] in (";", ",", "(")
    return (function_word or clause_start) and (before_lower_word(text, end) or text[end : end + 1] in (",", ";", ")"))


def place_context(text: str, start: int, end: int) -> bool:
    """A name that is also a place, used as the place: "in Zwolle", "gemeente Valkenburg", "Zwolle-Zuid",
    "Valkenburg aan de Geul"."""
    before = text[max(0, start - 20) : start]
    if _LOCATIVE.search(before) or text[end : end + 1] == "-":
        word = text[start:end]
        # a hamlet named like a first name ("Arnoud"): after "bij" or "naar" it is the person, not the hamlet
        return not (
            _PERSON_OR_PLACE.search(before)
            and load_lexicons().is_first_name(word)
            and word.lower() not in municipalities()
        )
    if _in_place_list(text, start, end):
        return True  # "op Bonaire, Sint Eustatius en Saba": one of a list of places
    if after_postcode(text, start, end) or _NUMBER_COMMA_BEFORE.search(text, max(0, start - 12), start):
        return True  # "6822 GK Arnhem", "Walburgstraat 2-4, Arnhem, zaal 0.08": an address's town
    joined = text[start - 1 : start] in ("-", "–") and text[start - 2 : start - 1].isalpha()
    if _DATELINE_AFTER.match(text, end) or joined:
        return True  # "HR-adviseur Arnhem, 27 januari 2025": a letter's place and date; "Nijmegen–Arnhem"
    following = " ".join(text[start : start + 60].split()).lower()
    if any(following.startswith(p) for p in _longer_places().get(text[start:end].lower(), ())):
        return True
    return ends_a_place(text, start, end)


def ends_a_place(text: str, start: int, end: int) -> bool:
    """The word ends or begins a place name of several words: "Haag" in "Den Haag", "Rijn" in "Alphen aan
    den Rijn", "Wijk" in "Wijk bij Duurstede"."""
    preceding = " ".join(text[max(0, start - 40) : end].split()).lower()
    if any(
        preceding.endswith(p) and (len(preceding) == len(p) or not preceding[-len(p) - 1].isalpha())
        for p in _places_by_last_word().get(text[start:end].lower(), ())
    ):
        return True
    following = " ".join(text[start : start + 60].split()).lower()
    return any(
        following.startswith(p) and not following[len(p) : len(p) + 1].isalpha()
        for p in _longer_places().get(text[start:end].lower(), ())
    )


def _longer_places() -> dict[str, tuple[str, ...]]:
    """Places of several words by their first word, lower case: "valkenburg" -> ("valkenburg aan de geul",)."""
    return places_of_several_words(0)


def _places_by_last_word() -> dict[str, tuple[str, ...]]:
    """Places of several words by their last word, lower case: "haag" -> ("den haag",)."""
    return places_of_several_words(-1)


DATE_AROUND = compiled(r"\d[ \u00a0.]*\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \u00a0]+(?:\d{1,2}[ \u00a0,]|\d{4})")
# a label that asks for a person, then a colon: what follows is someone's name
PERSON_LABEL = compiled(
    r"(?i:\b(?:contactpersoon|contactpersonen|aanspreekpunt|behandelaar|behandeld[ \t]+door|opgesteld[ \t]+door|"
    r"auteur|notulist|voorzitter|secretaris|actiehouder|eigenaar|wie))(?:[ \t]+[^:\n]{0,40})?:[ \t]*\Z"
)
# a name, a comma and a question or a request to "you": "Mei, kun jij de burgemeester informeren?"
VOCATIVE = compiled(
    r",[ \u00a0]+(?:(?:kun|kan|wil|zou|heb|ben|ga|mag|moet|zal|weet|doe|neem|stuur)[ \u00a0]+(?:jij|je|u)"
    r"|(?:jij|je)[ \u00a0]+\p{Ll})(?![\p{L}])"
)
# a greeting before the name: "Hoi Dan en collega's,", "Beste Roos,", "Hi Mo!": the one greeted
GREETING_BEFORE = compiled(rf"(?<![\p{{L}}])(?i:{GREETING_WORDS}|hai|hello|dear)[ \u00a0]+\Z")
_NAMES_LINE = compiled(r"\A[ \t]*(?:\p{Lu}[\p{L}'’-]+[ \t]*(?:[/&,][ \t]*|\Z))+\Z")


def names_line(text: str, start: int) -> bool:
    """The line holds nothing but capitalised words between slashes or commas: a table's "Wie" cell
    ("Ploeg", "Groen / Haddou"), where a surname that is also a word is the person's."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) <= 40 and bool(_NAMES_LINE.match(line))


# "Gebremedhin-Tekle": the found surname, a hyphen and a second capitalised part (a married name)
_SECOND_BARREL = compiled(r"-(?P<part>\p{Lu}[\p{Ll}\p{M}'’]{1,20})(?![\p{L}\p{M}-])")
_NOT_A_BARREL = frozenset({"Noord", "Zuid", "Oost", "West", "Centrum", "Midden", "Binnenstad", "Dorp", "Stad"})


def second_barrel_end(text: str, end: int, lex: Lexicons) -> int:
    """Where a found surname's double-barrelled form ends ("Gebremedhin[-Tekle]"), or ``end``: not a compass or
    district word ("Zwolle-Zuid") nor a function or organisation word after the hyphen."""
    barrel = _SECOND_BARREL.match(text, end)
    if barrel is None or barrel.group("part") in _NOT_A_BARREL or lex.is_non_person_word(barrel.group("part")):
        return end
    return barrel.end()


# (a line may break in the list or in a place's name: "Bonaire, Sint" / "Eustatius en Saba")
_LIST_BEFORE = compiled(
    r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \u00a0\n]\p{Lu}[\p{L}'’-]+)?)(?:,|[ \u00a0\n]en|[ \u00a0\n]of)[ \u00a0\n]+\Z"
)
_LIST_AFTER = compiled(
    r"(?:,|[ \u00a0\n]en|[ \u00a0\n]of)[ \u00a0\n]+(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \u00a0\n]\p{Lu}[\p{L}'’-]+)?)"
)


def _in_place_list(text: str, start: int, end: int) -> bool:
    """The word stands in a list of places: a place (of one or two words) right before it after a comma or "en",
    or right after it so ("Bonaire, Sint Eustatius en Saba", "Saba en Statia")."""
    for m in (_LIST_BEFORE.search(text, max(0, start - 40), start), _LIST_AFTER.match(text, end)):
        words = m.group("place").split() if m else []  # ("Sint\nEustatius": split on any white space)
        # (a place of two words or its last: "Sint Eustatius", "Bonaire")
        if any(_is_place(" ".join(words[i:])) for i in range(len(words))):
            return True
    return False


def _is_place(name: str) -> bool:
    """A place or municipality the lists know."""
    return name in load_lexicons().places or name.lower() in municipalities()
