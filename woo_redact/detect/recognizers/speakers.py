"""Names by their place in a message: the speaker of a chat line or a meeting transcript, the name after a
salutation ("Hoi Sanne," / "Geachte heer Bakker,").

Text patterns over the document's text; each names its person in a group ``name``, which must look like a
name (:func:`.structure.name_like`) or an inverted one ("Raghunathan, Deepak").
"""

from __future__ import annotations

import regex

from ...model import Document
from ..grammar import GREETING_WORDS, compiled
from ..lexicons import Lexicons, load_lexicons
from .paraphs import looks_like_paraph
from .structure import Candidate, candidate, name_like, strip_title

__all__ = ["chat_speakers", "salutations"]

_SALUTATION = (
    rf"(?m)^[ \t]*(?:(?i:{GREETING_WORDS}|geachte))"
    # ("Hoi Dan en collega's,": the one greeted by name, then the others)
    r"[ \t]+(?P<name>[^\n,!:]{1,60}?)(?:[ \t]+(?:en|&)[ \t]+(?i:collega'?s|allen|team|anderen|iedereen))?"
    r"[ \t]*[,!:]?[ \t]*$"
)
_CHAT = (
    r"(?m)^[ \t]*(?:\[\s*)?(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*\])?"
    r"[ \t]*[-–|]?[ \t]*(?P<name>[^:|\n]{2,50}?)(?:[ \t]*\n[ \t]*)?:[ \t]"  # ("Sans" / ": ...": spaces set it apart)
)
# incident logs: "14:11 | OvD | RB: inzet ...": the author is the last cell before the colon
_LOG = r"(?m)^[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|(?:[^|:\n]*\|)*[ \t]*(?P<name>[^|:\n]{2,40}?):[ \t]"


def _named(
    doc: Document, pattern: str, detector: str, reason: str, gate: regex.Pattern[str] | None = None
) -> list[Candidate]:
    """The name-like ``name`` group of every match of ``pattern``, without its title. ``gate``: a pattern
    every text with a match of ``pattern`` has a match of (cheaper to search; without one, none)."""
    lex = load_lexicons()
    out: list[Candidate] = []
    if gate is not None and not gate.search(doc.text):
        return out
    matches = list(compiled(pattern).finditer(doc.text))
    # a chat whose speakers are people by their names (three or more): a speaker's one unknown word is a name too
    # ("Sans   : SG is geïnformeerd" among "Sanne:", "Yusuf:", "Kees:"), if no list calls it a word or an office
    named = sum(1 for m in matches if name_like(m.group("name"), lex)) if detector == "chat_speaker" else 0
    for m in matches:
        raw = compiled(r"[ \t]*\([^()\n]{1,30}\)[ \t]*$").sub("", m.group("name"))  # "(extern)", "(BZK)"
        given_code = _GIVEN_AND_CODE.match(raw.strip())  # "Lotte V-P": a first name and the surname's letters
        nickname = named >= 3 and _NICKNAME.match(raw.strip()) is not None
        # (a word that is the start of a first name the chat writes: "Den:" where "Dennis, bel me" stands)
        # (or a first name that is a word too, in a speaker's slot: "Wil:", "Roos:", "Mark:")
        nickname = nickname and (
            not _a_word(raw.strip(), lex)
            or _short_of_first_name(doc.text, raw.strip(), lex)
            or (lex.is_first_name(raw.strip()) and raw.strip().lower() not in _CHAT_ROLES)
        )
        if (
            name_like(raw, lex)
            or _inverted_name(raw, lex)
            or (given_code and lex.is_first_name(given_code[1]))
            or nickname
        ):
            s, e = strip_title(raw, m.start("name"))
            if e > s:
                out.append(candidate(s, e, "PERSON", detector, 0.85, reason, m.group()))
        elif detector == "chat_speaker" and looks_like_paraph(raw.strip(), in_table=True):
            s = m.start("name") + raw.index(raw.strip())
            why = "initials of a log entry's author"
            out.append(candidate(s, s + len(raw.strip()), "PARAPH", detector, 0.85, why, raw))
    return out


_NICKNAME = compiled(r"^\p{Lu}\p{Ll}{2,14}$")


def _short_of_first_name(text: str, word: str, lex: Lexicons) -> bool:
    """``text`` writes a first name that ``word`` begins, two letters longer at least ("Den" of "Dennis")."""
    longer = regex.compile(rf"(?<![\p{{L}}]){regex.escape(word)}\p{{Ll}}{{2,}}(?![\p{{L}}])")
    return any(lex.is_first_name(m.group()) for m in longer.finditer(text))


def _a_word(word: str, lex: Lexicons) -> bool:
    """A common word of the language, a chat's role, an office, a place or an organisation's word or acronym, not
    a nickname ("Sans" is in the dictionary, but no common word)."""
    low = word.lower()
    return (
        low in lex.common_words
        or low in _CHAT_ROLES
        or low in lex.organisation_words
        or word in lex.places
        or low in _OFFICES_GREETED
        or word.upper() in lex.acronyms
    )


# who else speaks in an export: the system and its roles, no one's name
_CHAT_ROLES = frozenset(
    "admin administrator beheerder moderator bot gast guest host deelnemer deelnemers organisator organizer "
    "presentator notulist systeem system onbekend unknown everyone iedereen groep group kanaal channel".split()
)


def _inverted_name(text: str, lex: Lexicons) -> bool:
    """ "Raghunathan, Deepak" as chats and mail programs print a name: both sides name-like words."""
    if text.count(",") != 1:
        return False
    surname, given = (p.strip() for p in text.split(","))
    return bool(surname and given) and name_like(given, lex) and bool(_INVERTED_SURNAME.match(surname))


# ("Jet vd Z": the particle abbreviated before the surname's letter)
_GIVEN_AND_CODE = compiled(
    r"^(\p{Lu}\p{Ll}+)[ \t]+(?:(?:vd|v\.d\.|v\.|van|de|der|den|ter|ten|'t)[ \t]*)*"
    # ("Frits BvD": the surname's letters with its particle's between)
    r"\p{Lu}(?:[-.]?\p{Lu}|(?:v|d|vd|vh|t)(?=\p{Lu})){0,4}\.?$"
)
_INVERTED_SURNAME = compiled(
    r"^(?:(?:van|de|der|den|'t|ter|ten|d'|el|al)[ \t]*)*\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?$"
)


def salutations(doc: Document) -> list[Candidate]:
    """ "Hoi Sanne," / "Beste Rakesh," / "Geachte heer Bakker,": the name after the greeting (not an office
    greeted by its title: "Geachte Gezaghebber,", "Geachte Burgemeester,")."""
    found = _named(doc, _SALUTATION, "salutation", "name after a salutation")
    return [c for c in found if doc.text[c.start : c.end].strip().lower() not in _OFFICES_GREETED]


# offices a letter greets by their title alone
_OFFICES_GREETED = frozenset(
    "gezaghebber burgemeester wethouder wethouders minister staatssecretaris voorzitter griffier gedeputeerde "
    "gedeputeerden commissaris ombudsman ombudsvrouw directeur secretaris rector dijkgraaf heemraad "
    "gouverneur regeringscommissaris president premier".split()
)


# Teams and Slack print the speaker first: "Lotte Valkenburg 07:05", "Bram Visser 12-03-2025 10:02", "Ypma, Djoeke
# 10-03 09:10"
_CHAT_NAME_FIRST = (
    r"(?m)^[ \t]*(?P<name>\p{Lu}[^\d:\n]{1,48}?)[ \t]+(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]|$)"
    # (no timetable's row: "Leeuwarden, Pieter Stuyvesantweg 21:11 21:41 22:11", a stop and its times)
    r"(?![ \t]+\d{1,2}:\d{2}(?:[ \t]|$))"
)


# a Teams transcript's speaker with the time in its own column: "Vermeulen, Joost" over "0:03" (two words
# at least: "Aanvang" over "19:30" is a programme)
_TRANSCRIPT = (
    r"(?m)^[ \t]*(?P<name>\p{Lu}[^\d:\s]*(?:[ \t,]+[^\d:\s]+){1,5})[ \t]*\n"
    r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$"
    # (no table's row read one cell a line: "Heijplaat, Courzandseweg" / "05:15" / "186", a measuring point and its
    # time, then a number where a speaker's words would stand)
    r"(?!\n[ \t]*[\d.,]+[ \t]*$)"
    # (nor a timetable's stop read one cell a line: "Sneek, Titus Brandsmastraat" / "06:16" / "07:16", its times)
    r"(?!\n[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$)"
)
# the line after a transcript's speaker (:data:`_TRANSCRIPT`'s end): a text without one has no speaker there
_TIME_LINE = compiled(r"(?m)^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$")


# "[14:02] Raghunathan, Deepak (extern) Deployment ...": the speaker before an organisation in brackets
_CHAT_BRACKETED = r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*(?P<name>[^\[\]\n():]{2,50}?)[ \t]*(?=\()"


def chat_speakers(doc: Document) -> list[Candidate]:
    """Speakers in a pasted chat (Teams, WhatsApp): "[09:14] Sanne de Wit: ...", "02-03-2024 21:49 - Ali: ...",
    "Lotte Valkenburg 07:05"."""
    return (
        _named(doc, _CHAT, "chat_speaker", "speaker in a chat message")
        + _named(doc, _CHAT_NAME_FIRST, "chat_speaker", "speaker in a chat message (name, then time)")
        + _named(doc, _TRANSCRIPT, "chat_speaker", "speaker in a meeting transcript (name over the time)", _TIME_LINE)
        + _named(doc, _CHAT_BRACKETED, "chat_speaker", "speaker in a chat message (name, then organisation)")
        + _named(doc, _LOG, "chat_speaker", "author of a log entry")
    )
