"""Special categories of personal data about one person: health and criminal data, religion or belief, ethnic
origin, sexual orientation, political opinion (AVG art. 9 and 10; Woo 5.1.1d).

A term of ``lexicons/health_terms.txt`` ("beroerte", "PTSS", "geopereerd", "burn-out"),
``lexicons/criminal_terms.txt`` ("strafblad", "taakstraf") or ``lexicons/belief_terms.txt`` ("geloofsovertuiging",
"homoseksueel") is reported only when its sentence speaks of one
person: an honorific or a person's word in the singular ("mevrouw", "de heer", "cliënt", "haar man", "91-jarige"),
a singular pronoun ("hij", "haar", "u", "ik"), or a known first name or initials with a surname. A policy
sentence names no one and keeps its terms ("Het aantal cliënten met dementie stijgt"). A lower-case term written
with a capital inside a line is part of a name ("Tactus Verslavingszorg") and stays too.

Scored below certain: the term is redacted (fail closed) and flagged for a reviewer, whose screen shows the class
and the word that made the sentence personal. Threat model: a reader who knows who the document is about learns
a diagnosis, an addiction or a conviction from the words left readable beside the blacked-out name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from ...model import Document, Explanation
from ..cues import lowered
from ..grammar import LEGAL_FORM_INITIALS, compiled
from ..lexicons import load_lexicons, read_list
from .initials_born import INITIALS_ONLY
from .special_columns import CELL_WORDS, column_cells
from .structure_base import Candidate

__all__ = ["SCORE", "special_categories", "term_pattern"]

SCORE = 0.6  # below thresholds.certain: redacted and flagged
_LISTS = (
    ("HEALTH", "health_terms.txt", "health data"),
    ("CRIMINAL_DATA", "criminal_terms.txt", "criminal data"),
    ("BELIEF", "belief_terms.txt", "religion, origin, orientation or opinion"),
    ("FINANCES", "finance_terms.txt", "a private person's finances"),
)

# one person, in the singular: the words that say a sentence is about someone (at most _NEAR words from the term)
_PERSON_WORD = compiled(
    r"(?<![\p{L}\d-])(?:(?i:mevrouw|mevr\.|mw\.|de[ \t\n]+heer|dhr\.|meneer|cli[eë]nte?|klant|pati[eë]nte?|"
    r"bewoner|bewoonster|inwoner|inwoonster|huurder|huurster|aanvrager|aanvraagster|verzoeker|verzoekster|"
    r"bezwaarmaker|bezwaarde|belanghebbende|betrokkene|veteraan|slachtoffer|verdachte|eiser|eiseres|appellant|appellante|klager|"
    r"klaagster|indiener|indienster|indexpati[eë]nt|medewerker|medewerkster|werknemer|werkneemster|collega|leerling|zoon|dochter|"
    r"zoontje|dochtertje|moeder|vader|broer|zus|partner|echtgeno(?:ot|te)|buurman|buurvrouw|opa|oma|"
    r"schoonvader|schoonmoeder|schoonzoon|schoondochter|grootvader|grootmoeder|kleinzoon|kleindochter|oom|tante|"
    r"stiefvader|stiefmoeder|pleegkind|pleegzoon|pleegdochter|"
    r"applicant|candidate|employee|student|exploitant|eigenaar|eigenaresse|melder|aangever|aangeefster|"
    r"getuige|vreemdeling|asielzoeker|gedetineerde|jongere|jeugdige|minderjarige|jongen|meisje|bestuurder|"
    r"ervaringsdeskundige|\d{1,3}-jarige|de[ \t]+man|de[ \t]+vrouw|het[ \t]+kind|kind|"
    # (one in a role: "de machinist", "de conducteur", "deze journalist")
    r"(?:de|deze)[ \t\n]+\p{Ll}{3,}(?:ist|eur)|(?:een|de|deze)[ \t\n]+ouder|"
    r"(?:haar|zijn|mijn|uw|hun)[ \t\n]+(?:man|vrouw|kind|baby)|hij|hem|haar|he|she|him|his|her))(?![\p{L}\d])"
)
# ... or the writer or the one addressed, right beside the term ("ik heb sinds zondag koorts", "heeft u een
# halfzijdige verlamming"); a letter says "u" of its requester in every sentence ("de door u genoemde periode")
_SPEAKER = compiled(r"(?<![\p{L}\d-])(?<!(?i:door)[ \t]+)(?i:u|uw|ik|mijn|mij|me|my)(?![\p{L}\d])")
# a name: initials and a surname ("R. Mahabali"), or a capitalised word the first names know (checked below)
_INITIALS_NAME = compiled(
    r"(?<![\p{L}.])(?:\p{Lu}\.[ \u00a0]?){1,4}[ \u00a0]?(?:\p{Ll}+[ \u00a0]){0,2}"
    r"(?!(?:De|Het|Een|In|Op)\b)\p{Lu}\p{Ll}+"
)
# "zijn islamitische geloof", "zijn alcoholgebruik": a possessive right before the term (one word between at most);
# "zij heeft", "zij vertelde": she, by her verb in the singular
_POSSESSIVE = compiled(r"(?<![\p{L}\d-])(?i:zijn|mijn|uw)[ \t\n]+(?:\p{L}+[ \t\n]+)?\Z")
# ("omdat zij van maart tot juni 2023 was opgenomen": the verb a few words on); "heer De Wit" (the "de" the line
# above ends on)
_SHE = compiled(
    r"(?<![\p{L}\d-])(?:(?i:zij|ze)(?:[ \t\n]+[\p{L}\d-]+){0,5}?[ \t\n]+(?i:heeft|had|is|was|kreeg|woont|woonde|"
    r"werd|vertelde|gaf|zei|meldde|verklaarde|gebruikt|gebruikte|lijdt|verblijft|verbleef|zit|zat|ligt|lag|werkt)|"
    r"heer(?=[ \t\n]+\p{Lu}))(?![\p{L}\d])"
)
_CAPITALISED = compiled(r"(?<![\p{L}\d])\p{Lu}\p{Ll}+(?![\p{L}\d])")
_NEAR = 10  # words at most between a person's word or name and the term
_NEAR_SPEAKER = 3  # ... between "u", "ik" and the term
_NEAR_SUBJECT = 25  # ... where the sentence begins "U verblijft", "U heeft": its subject
# (a capital "U" begins a sentence, or the letter's first after its salutation: "Geachte heer X, U verblijft")
_YOU_FIRST = compiled(
    r"(?:^|(?<=[,.:;?!][ \t\n]*)|(?<=\n[ \t]*))(?<![\p{L}])U[ \t]+"
    r"(?:heeft|hebt|bent|was|verblijft|verbleef|woont|woonde|kreeg|krijgt|lijdt|ligt|lag|gebruikt|valt)\b"
)
_SPEAKER_HAS = compiled(
    r"(?<![\p{L}])(?i:(?:heeft|hebt|had|bent|was|ben|heb|kreeg)[ \t\n]+(?:u|ik)|(?:u|ik)[ \t\n]+"
    r"(?:heeft|hebt|had|bent|was|ben|heb|kreeg|lijd|lijdt))(?![\p{L}])"
)
# "Zieke dieren", "de pup ... ziek": an animal's or a plant's
_NOT_HUMAN = compiled(
    r"[ \t\n]+(?i:dier|dieren|pups?|honden?|katten?|paarden?|vee|koeien|kalveren|varkens|kippen|bomen|planten)"
    r"(?![\p{L}])"
)
# a law's or a regulation's name going on into the term: "Wet gemeentelijke schuldhulpverlening"
_LAW_BEFORE = compiled(r"(?<![\p{L}])(?:Wet|Regeling|Besluit|Verordening)(?:[ \t\n]+\p{Ll}+){0,3}[ \t\n]+\Z")
_WORD = compiled(r"\S+")
# where a sentence ends: ". ", "! ", "? " (not after an abbreviation or an initial), or a blank line
# (a word of one to three small letters before the stop is an abbreviation, "o.a.", "nr.", unless it is one of
# the short words a Dutch sentence ends on: "... dat zij lesbisch is.", "... het wordt opgepakt in.")
_SHORT_ENDS = (
    "is|in|op|af|uit|aan|er|om|tot|dat|nu|al|ook|was|met|van|toe|los|mee|bij|had|ben|heb|kan|wil|zal|gaf|zei|hem|"
    "hen|ons|u|je|me|ze|hij|zij|wij|nog|wel|wat|ja|nee|uur|dag|weg|mij|zo|fit|ok"
)
# ... and an honorific's or a title's abbreviation ends no sentence: "Mw. Gé Zuidema", "Dhr. Kaya", "Prof. Dr."
_TITLE_STOPS = "Mw|Mevr|Dhr|Hr|Mr|Dr|Drs|Ir|Ing|Prof|Mej|Wed|Ds|St|Nr|Tel|Mrs|Ms"
_END = compiled(
    rf"(?<!(?<![\p{{L}}])(?:(?!(?:{_SHORT_ENDS})[.!?])\p{{Ll}}{{1,3}}|\p{{Lu}}|(?i:{_TITLE_STOPS})))[.!?](?=\s)"
    r"|\n[ \t]*\n"
)
_WINDOW = 300  # at most this far either side
# what may stand before a capitalised term that starts its sentence, cell or bullet
_STARTS = compiled(r"(?m:^|[.!?:;(]|[-–•*][ \t])[ \t]*\Z")
# "veroordeeld in de proceskosten", "veroordeling voor proceskostenvergoeding": a court's order to pay
_COSTS = compiled(r"[ \t\n]+(?:in|tot|voor)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?(?:proces)?kosten")
# a term's word going on into the name of a policy, programme or service: "verslavingspreventiebeleid"
_NOT_OF_A_PERSON = (
    "beleid", "preventie", "aanpak", "programma", "regeling", "fonds", "centrum", "onderzoek", "zorg", "wet", "wetten",
    "besluit",
)  # fmt: skip


def term_pattern(terms: tuple[str, ...]) -> regex.Pattern[str]:
    """One pattern for the terms of a list (see the list's header for the ``*`` and case rules)."""
    alternatives = []
    for term in sorted(terms, key=lambda t: (-len(t), t)):
        words = term.strip("*").split()
        stem, ending = _inflection(term)
        core = r"[ \t]*\n?[ \t]*".join([*(regex.escape(w) for w in words[:-1]), regex.escape(stem) + ending])
        if term.strip("*") == term.strip("*").lower():
            core = f"(?i:{core})"
        before = r"\p{L}*" if term.startswith("*") else ""
        after = r"\p{L}*" if term.endswith("*") else ""
        alternatives.append(before + core + after)
    # ("COPD-klachten", "astma-aanval", "WSNP-traject": the term and what the person has of it in one word;
    # "COPD-zorgpad" is a thing's)
    return compiled(r"(?<![\p{L}\d@/_.-])(?:" + "|".join(alternatives) + rf"){_SYMPTOMS}(?![\p{{L}}\d@_]|[./-]\p{{L}})")


# an adjective's inflected form: "suïcidaal" / "suïcidale uitingen", "agressief" / "agressieve", "psychotisch" /
# "psychotische": the ending cut from the term's last word, and what may stand in its place
_INFLECTIONS = (("aal", 2, "(?:al|le)"), ("ief", 1, "(?:f|ve)"), ("isch", 0, "e?"), ("ig", 0, "e?"))


def _inflection(term: str) -> tuple[str, str]:
    """The term's last word without the ending an inflection changes, and the pattern of that ending (the word
    itself and "" for a term written with a capital, ending in "*" or no adjective's)."""
    last = term.strip("*").split()[-1]
    if term.endswith("*") or last != last.lower() or len(last) < 6 or last.endswith("ing"):
        return last, ""
    for end, cut, pattern in _INFLECTIONS:
        if last.endswith(end):
            return last[: len(last) - cut], pattern
    return last, ""


_SYMPTOMS = r"(?:-(?:klachten|klacht|aanvallen|aanval|diagnose|traject))?"
_SYMPTOMS_END = compiled(_SYMPTOMS + r"\Z")


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """Each list's entity, terms (read once per process) and label."""
    return tuple((entity, read_list(name), label) for entity, name, label in _LISTS)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, regex.Pattern[str], str], ...]:
    return tuple((entity, term_pattern(terms), label) for entity, terms, label in _lists())


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    """Every term of the lists in lower case, without its ``*``."""
    return frozenset(t.strip("*").lower() for _, terms, _ in _lists() for t in terms)


@lru_cache(maxsize=1)
def _capitalised_terms() -> frozenset[str]:
    """The terms a list writes with a capital ("Parkinson", "PTSS"): they match only as written, anywhere."""
    return frozenset(t for _, terms, _ in _lists() for t in terms if t != t.lower())


# A term's pieces: its runs of ASCII letters. In a text whose lower case aligns with it (:func:`cues.lowered`), a
# match of the term holds each of its pieces, in lower case, inside one run of ASCII letters of the lower case; and a
# term without a "*" at its start begins where the lower case begins with its first piece.
_ASCII_LETTERS = re.compile(r"[a-zA-Z]+")
_LOWER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _gates() -> tuple[tuple[tuple[str, frozenset[str | None]], ...] | None, ...]:
    """Per list: each term's longest piece in lower case -> the first pieces of the terms holding it (None for a term
    with a "*" at its start, which may begin inside a word); None for a list with a term not begun by a piece."""
    gates: list[tuple[tuple[str, frozenset[str | None]], ...] | None] = []
    for _, terms, _ in _lists():
        by_piece: dict[str, set[str | None]] = {}
        for term in terms:
            # (an inflected term's pieces are those of its stem: "suïcida" of "suïcidaal" is in "suïcidale" too)
            core = " ".join([*term.strip("*").split()[:-1], _inflection(term)[0]])
            pieces = _ASCII_LETTERS.findall(core)
            first = _ASCII_LETTERS.match(core)
            if first is None:
                by_piece.clear()
                break
            longest = max(pieces, key=len).lower()
            by_piece.setdefault(longest, set()).add(None if term.startswith("*") else first.group().lower())
        gates.append(tuple((k, frozenset(v)) for k, v in sorted(by_piece.items())) if by_piece else None)
    return tuple(gates)


def _term_matches(
    pattern: regex.Pattern[str], gate: tuple[tuple[str, frozenset[str | None]], ...] | None, text: str, runs: str
) -> Iterable[regex.Match[str]]:
    """``pattern.finditer(text)`` for a list's pattern: tried only where a term whose longest piece is in ``runs``
    (the text's runs of ASCII letters in lower case) begins with its first piece; the whole text is searched as
    before when a text's lower case does not align with it, a list has no gate or a term with a "*" at its start
    may be there."""
    low = lowered(text)
    if gate is None or low is None:
        return pattern.finditer(text)
    firsts: set[str] = set()
    for piece, starts in gate:
        if piece in runs:
            if None in starts:
                return pattern.finditer(text)
            firsts.update(s for s in starts if s is not None)
    places: set[int] = set()
    for first in firsts:
        i = low.find(first)
        while i >= 0:
            places.add(i)
            i = low.find(first, i + 1)
    return _matches_at(pattern, text, sorted(places))


def _matches_at(pattern: regex.Pattern[str], text: str, places: list[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can match only at ``places`` (in order): the same matches."""
    end = 0
    for i in places:
        if i < end:
            continue
        m = pattern.match(text, i)
        if m:
            yield m
            end = m.end()


def special_categories(doc: Document) -> list[Candidate]:
    """Health and criminal terms in a sentence about one person (structure detector ``special_category``)."""
    text = doc.text
    low = lowered(text)
    runs = " ".join(set(_LOWER_RUN.findall(low))) if low is not None else ""
    terms: list[tuple[int, int, str, str, str | None]] = []  # start, end, entity, label, the person's word
    rows = _Rows(doc)
    in_column: dict[int, tuple[str, str]] = {}  # a table cell's line -> a term about its row's person
    for (entity, pattern, label), gate in zip(_patterns(), _gates(), strict=True):
        for m in _term_matches(pattern, gate, text, runs):
            word = m.group()
            term = _SYMPTOMS_END.sub("", word)
            if (
                word[0].isupper()
                and term not in _capitalised_terms()
                and (not _starts_unit(text, m.start()) or _NAME_GOES_ON.match(text, m.end()))
            ):
                continue  # "Tactus Verslavingszorg", "Militair" / "Revalidatiecentrum Aardenburg": part of a name
            low = word.lower()
            if low.endswith(_NOT_OF_A_PERSON) and low not in _terms():
                continue  # "verslavingspreventiebeleid", "verslavingszorg"
            if (entity == "CRIMINAL_DATA" and _COSTS.match(text, m.end())) or _NOT_HUMAN.match(text, m.end()):
                continue
            if _LAW_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Wet gemeentelijke schuldhulpverlening": a law's name
            in_row = None if (cue := _one_person(text, m.start(), m.end())) else _row_person(doc, m.start(), rows)
            if in_row:
                in_column.setdefault(rows.line_at(m.start()), (entity, label))
            terms.append((m.start(), m.end(), entity, label, cue or in_row))
    out = column_cells(doc, in_column, lambda pos: _row_person(doc, pos, rows))
    # a personal file (a form or a report with the person's BSN or date of birth): its terms are that person's
    if any(cue is None for *_, cue in terms) and (file := _PERSONAL_FILE.search(text)):
        cue = f"the person of this file ('{' '.join(file.group().split())}')"
        terms = [(s, e, entity, label, c or cue) for s, e, entity, label, c in terms]
    for start, end, entity, label, cue in _chained(text, terms):
        why = f"{label} in a sentence about one person ('{cue}'): {_KIND.get(entity, 'special category, 5.1.1d')}"
        out.append(Candidate(start, end, entity, Explanation("special_category", SCORE, why, context=cue)))
    return out


_KIND = {"FINANCES": "private life, 5.1.2e"}
_NAME_GOES_ON = compiled(r"[ \t]+\p{Lu}\p{Ll}+")
# a person's BSN or date of birth after its label: the document is that person's file
_PERSONAL_FILE = compiled(
    r"(?i:\b(?:bsn|burgerservicenummer)\b)[ \t:]*\n?[ \t]*\d(?:[ .]?\d){7,8}(?!\d)"
    r"|(?i:\b(?:geboortedatum|geboren[ \t]+op|geb\.[ \t]?datum|date[ \t]+of[ \t]+birth))[ \t:]*\n?[ \t]*"
    r"\d{1,2}[-./ ]\d{1,2}[-./ ](?:19|20)\d\d(?!\d)"
)


def _chained(text: str, terms: list[tuple[int, int, str, str, str | None]]) -> list[tuple[int, int, str, str, str]]:
    """The terms about one person: each with its own person's word, and a term in the same sentence as such a
    term, at most ``_NEAR`` words from it, with that term's ("sinds de diagnose COPD (longemfyseem) en beginnende
    dementie": the diagnosis the person's "u" is near says whose the others are), in the text's order."""
    cues = [cue for *_, cue in terms]
    grown = True
    while grown:
        grown = False
        for i, (start, end, *_) in enumerate(terms):
            if cues[i] is not None:
                continue
            lo, hi = _sentence(text, start, end)
            for j, (other_start, other_end, *_) in enumerate(terms):
                if cues[j] is None or not (lo <= other_start and other_end <= hi):
                    continue
                between = text[other_end:start] if other_end <= start else text[end:other_start]
                if len(_WORD.findall(between)) <= _NEAR:
                    cues[i] = cues[j]
                    grown = True
                    break
    ordered = sorted(zip(terms, cues, strict=True), key=lambda tc: tc[0][0])
    return [(s, e, entity, label, cue) for (s, e, entity, label, _), cue in ordered if cue is not None]


def _starts_unit(text: str, start: int) -> bool:
    """``start`` begins a line, a sentence, a cell or a bullet's text."""
    return bool(_STARTS.search(text[max(0, start - 40) : start]))


def _one_person(text: str, start: int, end: int) -> str | None:
    """The word near ``start:end``, in its sentence, that says the sentence is about one person, or None."""
    lo, hi = _sentence(text, start, end)
    lex = load_lexicons()
    # (a sentence that begins with "U" and its verb is about the one addressed throughout: "U verblijft sinds ...
    # met het zorgprofiel VV-05"; not "Ik heb besloten dat in de door u genoemde periode ...")
    speaker = _NEAR if _SPEAKER_HAS.search(text, lo, hi) else _NEAR_SPEAKER
    if _YOU_FIRST.search(text, lo, hi):
        speaker = _NEAR_SUBJECT
    before = _POSSESSIVE.search(text, max(lo, start - 40), start)
    if before is not None:
        return " ".join(before.group().split()[:1])
    for pattern, near in (
        (_PERSON_WORD, _NEAR),
        (_SHE, _NEAR),
        (_SPEAKER, speaker),
        (_INITIALS_NAME, _NEAR),
        (_CAPITALISED, _NEAR),
    ):
        for m in pattern.finditer(text, lo, hi):
            if m.end() > start and m.start() < end:
                continue
            between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
            # ("Mevrouw Hoogstraten woonde sinds 2022 op een psychogeriatrische afdeling in verband met de ziekte
            # van Alzheimer": the person the sentence begins with is its subject, however far the term)
            # (or a capital at a line's start, where a heading without a stop stands above: "1. Samenvatting" /
            # "Mevrouw Hoogstraten woonde ...")
            subject = pattern is not _SPEAKER and (
                _LEAD.fullmatch(text, lo, m.start()) is not None
                or (m.group()[:1].isupper() and _LINE_LEAD.search(text, max(lo, m.start() - 20), m.start()) is not None)
            )
            if len(_WORD.findall(between)) > (_NEAR_SUBJECT if subject else near):
                continue
            word = m.group()
            if pattern is _CAPITALISED and (not lex.is_given_name(word) or word in lex.places):
                continue
            return " ".join(word.split())
    # "U hebt blijvend zorg nodig. Dat komt door de ziekte van Parkinson": the sentence before speaks of the one
    # addressed, and this one goes on about it
    if _GOES_ON.match(text, lo) and lo > 0:
        plo, phi = _sentence(text, lo - 1, lo - 1)
        if _YOU_FIRST.search(text, plo, phi):
            return "u"
    return _said_before(text, lo, hi)


def _said_before(text: str, lo: int, hi: int) -> str | None:
    """The person the sentence before speaks of, where this sentence (``lo:hi``) goes on in the same paragraph
    and speaks of no group: "Lotte B. verblijft in een gesloten instelling. Bekend met ADHD en een depressieve
    stoornis" (not after a blank line, not "Het aantal cliënten met ADHD stijgt")."""
    if lo == 0 or text[lo - 1] == "\n" or _GROUP.search(text, lo, hi):
        return None
    if "\n" in text[lo : lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())]:
        return None  # the sentence begins a line: a new paragraph, a row, a heading's text
    plo, phi = _sentence(text, lo - 1, lo - 1)
    if not all(_WRAPPED.fullmatch(m.group()) for m in _BREAK.finditer(text[plo:phi].strip())):
        return None  # the sentence before runs over a table's cells or a heading, not over a wrapped line
    for pattern in (_PERSON_WORD, _SHE, _INITIALS_NAME):
        m = pattern.search(text, plo, phi)
        if m is not None:
            return " ".join(m.group().split()) + " (the sentence before)"
    lex = load_lexicons()
    for m in _CAPITALISED.finditer(text, plo, phi):
        if lex.is_given_name(m.group()) and m.group() not in lex.places:
            return m.group() + " (the sentence before)"
    return None


# a line break inside running text: a small letter or a comma before it, a small letter or a digit after it
_BREAK = compiled(r".?[ \t]*\n[ \t]*.?")
_WRAPPED = compiled(r"[\p{Ll},][ \t]*\n[ \t]*[\p{Ll}\d]")
# a sentence about a group or a policy: its terms are no one's ("het aantal cliënten met dementie", "12 %")
_GROUP = compiled(
    r"(?<![\p{L}])(?i:aantal|cli[eë]nten|pati[eë]nten|mensen|inwoners|bewoners|jongeren|kinderen|gevallen|"
    r"landelijk|beleid|percentage|meeste|steeds|vaker|gemiddeld|iedereen|niemand|men)(?![\p{L}])|%"
)


_LEAD = compiled(r"[\s\d.)•*–-]*")  # what may stand before a sentence's first word: a bullet, a number
_LINE_LEAD = compiled(r"(?:^|\n)[ \t]*\Z")
_GOES_ON = compiled(r"[ \t\n]*(?:Dat|Dit|Daardoor|Hierdoor|Daarom|Doordat|Ook)[ \t\n]")


# a cell that holds a person's initials alone ("L.B.", "D.v.E."): a register that keeps the name out
_INITIALS_CELL = compiled(rf"\A[ \t]*{INITIALS_ONLY}[ \t]*\Z")
# ... or initials alone beside a register's number in one cell ("JZ-0418872 L.B."); no firm's legal form ("B.V.")
_NOT_FIRM = rf"(?!{LEGAL_FORM_INITIALS}(?![\p{{L}}\d]))"
_INITIALS_WORD = compiled(rf"(?<![\p{{L}}\d.]){_NOT_FIRM}(?:{INITIALS_ONLY})(?![\p{{L}}\d])")
_ROW_CELL_WORDS = 12  # ... or, in a row of _ROW_CELLS segments or more, a register's remark
_ROW_CELLS = 3


class _Rows:
    """A document's lines by their start in the text, and by page and top (made when a term first needs its row)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._starts: list[int] | None = None
        self._tops: dict[int, tuple[list[float], list[int]]] = {}

    def line_at(self, pos: int) -> int:
        """The index of the line that begins at or before ``pos``, or -1."""
        if self._starts is None:
            self._starts = [ln.start for ln in self.doc.lines]
            by_page: dict[int, list[tuple[float, int]]] = {}
            for j, ln in enumerate(self.doc.lines):
                by_page.setdefault(ln.box.page, []).append((ln.box.y1, j))
            for page, pairs in by_page.items():
                pairs.sort()
                self._tops[page] = ([y for y, _ in pairs], [j for _, j in pairs])
        return bisect_right(self._starts, pos) - 1

    def beside(self, k: int) -> list[int]:
        """The other lines whose top is within half a line's height of line ``k``'s, on its page."""
        a = self.doc.lines[k].box
        tol = 0.5 * max(a.y1 - a.y0, 1.0)
        tops, idx = self._tops[a.page]
        lo, hi = bisect_left(tops, a.y1 - tol), bisect_right(tops, a.y1 + tol)
        return sorted(j for j in idx[lo:hi] if j != k)


def _row_person(doc: Document, start: int, rows: _Rows) -> str | None:
    """A name or a person's word on the table row of the short cell line holding ``start`` ("5  Małgorzata
    Kowalczyk  NCN  PL  kosher meal": the text reads a row's cells one after the other, and the term's cell
    comes after the sentence of another cell), or None."""
    k = rows.line_at(start)
    if k < 0 or start >= doc.lines[k].end or doc.lines[k].n_words > _ROW_CELL_WORDS:
        return None
    beside = rows.beside(k)
    # (a register's remark of a dozen words in a row of many cells: "Slijpen en knallen na 20.00 uur; kan door
    # astma" beside the melder's "H. Plasmeijer"; beside one or two segments, a short line only: a sidebar's)
    if doc.lines[k].n_words > CELL_WORDS and len(beside) < _ROW_CELLS:
        return None
    lex = load_lexicons()
    for j in beside:
        ln = doc.lines[j]
        cell = doc.text[ln.start : ln.end]
        for pattern in (_PERSON_WORD, _INITIALS_NAME, _CAPITALISED, _INITIALS_CELL, _INITIALS_WORD):
            for m in pattern.finditer(cell):
                word = m.group()
                if pattern is _CAPITALISED and (not lex.is_given_name(word) or word in lex.places):
                    continue
                return " ".join(word.split())
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``start:end`` (at most ``_WINDOW`` characters either side)."""
    lo = max(0, start - _WINDOW)
    for stop in _END.finditer(text, lo, start):
        lo = stop.end()
    hi = min(len(text), end + _WINDOW)
    after = _END.search(text, end, hi)
    return lo, (after.start() if after is not None else hi)
