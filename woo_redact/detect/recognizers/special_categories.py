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
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from ...model import Document, Explanation
from ..cues import lowered
from ..grammar import compiled
from ..lexicons import load_lexicons, read_list
from .special_columns import column_cells
from .special_persons import NEAR, WORD, Rows, one_person, row_person, sentence
from .structure_base import Candidate

__all__ = ["SCORE", "special_categories", "term_pattern"]

SCORE = 0.6  # below thresholds.certain: redacted and flagged
_LISTS = (
    ("HEALTH", "health_terms.txt", "health data"),
    ("CRIMINAL_DATA", "criminal_terms.txt", "criminal data"),
    ("BELIEF", "belief_terms.txt", "religion, origin, orientation or opinion"),
    ("FINANCES", "finance_terms.txt", "a private person's finances"),
    ("DISCIPLINARY", "disciplinary_terms.txt", "a disciplinary measure about an employee"),
)

# "Zieke dieren", "de pup ... ziek": an animal's or a plant's
_NOT_HUMAN = compiled(
    r"[ \t\n]+(?i:dier|dieren|pups?|honden?|katten?|paarden?|vee|koeien|kalveren|varkens|kippen|bomen|planten)"
    r"(?![\p{L}])"
)
# a law's or a regulation's name going on into the term: "Wet gemeentelijke schuldhulpverlening"
# (a code of practice named after what it is about: "de Meldcode huiselijk geweld en kindermishandeling")
_NAME_WORDS_BEFORE = r"(?:[ \t\n]+\p{Ll}+){0,3}[ \t\n]+\Z"  # up to three words of the name, then the term
_LAW_BEFORE = compiled(
    r"(?<![\p{L}])(?:Wet|Regeling|Besluit|Verordening|Meldcode|meldcode|Convenant|Protocol)" + _NAME_WORDS_BEFORE
)
# ... and a training, an approach or a campaign named after violence ("de training aanpak huiselijk geweld"; not
# health data after the word: "bij de training onwel geworden")
_NAMED_AFTER_VIOLENCE = compiled(
    r"(?<![\p{L}])(?:[Aa]anpak|[Tt]raining|[Cc]ursus|[Pp]rogramma|[Cc]ampagne|[Mm]eldpunt|[Ww]eek)" + _NAME_WORDS_BEFORE
)
# what may stand before a capitalised term that starts its sentence, cell or bullet
_STARTS = compiled(r"(?m:^|[.!?:;(]|[-–•*][ \t])[ \t]*\Z")
# "veroordeeld in de proceskosten", "veroordeling voor proceskostenvergoeding": a court's order to pay
_COSTS = compiled(r"[ \t\n]+(?:in|tot|voor)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?(?:proces)?kosten")
# a term's word going on into the name of a policy, programme or service: "verslavingspreventiebeleid"
_NOT_OF_A_PERSON = (
    "beleid", "preventie", "aanpak", "programma", "regeling", "fonds", "centrum", "onderzoek", "zorg", "wet", "wetten",
    "besluit", "pensioen",
    # a place or a provision for disabled people: "de gehandicaptenparkeerplaats aan de Jan Ligthartstraat" (not the
    # card: who holds one has a disability)
    "parkeerplaats", "parkeerplaatsen", "toilet", "toiletten", "ingang", "voorzieningen",
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
    # ("levodopa/carbidopa", "ADHD/autisme": two words joined by a slash are read each; a path's or an address's
    # words are not: "www.x.nl/kanker/", "/astma/")
    return compiled(
        r"(?<![\p{L}\d@_.-])(?:(?<!/)|(?<=(?:^|[\s(])\p{L}+/))(?:"
        + "|".join(alternatives)
        + rf"){_SYMPTOMS}(?![\p{{L}}\d@_]|[.-]\p{{L}}|/(?!(?<=(?:^|[\s(])\p{{L}}+/)\p{{L}}+(?![\p{{L}}\d/@_-]|\.\S)))"
    )


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
def _gates() -> tuple[tuple[tuple[str, frozenset[str], frozenset[str]], ...] | None, ...]:
    """Per list: each term's longest piece in lower case -> the first pieces of the terms holding it, and those of
    the terms with a "*" at their start (which may begin inside a word); None for a list with a term not begun by a
    piece."""
    gates: list[tuple[tuple[str, frozenset[str], frozenset[str]], ...] | None] = []
    for _, terms, _ in _lists():
        by_piece: dict[str, tuple[set[str], set[str]]] = {}
        for term in terms:
            # (an inflected term's pieces are those of its stem: "suïcida" of "suïcidaal" is in "suïcidale" too)
            core = " ".join([*term.strip("*").split()[:-1], _inflection(term)[0]])
            pieces = _ASCII_LETTERS.findall(core)
            first = _ASCII_LETTERS.match(core)
            if first is None:
                by_piece.clear()
                break
            longest = max(pieces, key=len).lower()
            whole, inside = by_piece.setdefault(longest, (set(), set()))
            (inside if term.startswith("*") else whole).add(first.group().lower())
        gates.append(
            tuple((k, frozenset(w), frozenset(i)) for k, (w, i) in sorted(by_piece.items())) if by_piece else None
        )
    return tuple(gates)


def _term_matches(
    pattern: regex.Pattern[str],
    gate: tuple[tuple[str, frozenset[str], frozenset[str]], ...] | None,
    text: str,
    runs: str,
) -> Iterable[regex.Match[str]]:
    """``pattern.finditer(text)`` for a list's pattern: tried only where a term whose longest piece is in ``runs``
    (the text's runs of ASCII letters in lower case) begins with its first piece, or, for a term with a "*" at its
    start, at the beginning of the word its first piece stands in (the pattern's ``\\p{L}*`` takes the letters
    before it, and no letter may stand before a match); the whole text is searched as before when a text's lower
    case does not align with it or a list has no gate."""
    low = lowered(text)
    if gate is None or low is None:
        return pattern.finditer(text)
    firsts: set[str] = set()
    inside: set[str] = set()
    for piece, starts, starts_inside in gate:
        if piece in runs:
            firsts.update(starts)
            inside.update(starts_inside)
    places: set[int] = set()
    for first in firsts:
        i = low.find(first)
        while i >= 0:
            places.add(i)
            i = low.find(first, i + 1)
    for first in inside:
        i = low.find(first)
        while i >= 0:
            places.add(_word_start(text, i))
            i = low.find(first, i + 1)
    return _matches_at(pattern, text, sorted(places))


def _word_start(text: str, i: int) -> int:
    """The start of the run of letters (``\\p{L}``, read backwards from ``i``) that ``text[i]`` stands in."""
    m = _LETTERS_BEFORE.match(text, 0, i)
    return m.start() if m else i


_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}*")


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
    rows = Rows(doc)
    in_column: dict[int, tuple[str, str]] = {}  # a table cell's line -> a term about its row's person
    found = [
        (entity, label, m)
        for (entity, pattern, label), gate in zip(_patterns(), _gates(), strict=True)
        for m in _term_matches(pattern, gate, text, runs)
    ]
    if _BODY_LEAD.search(text):  # "gebroken linkeronderarm", "geopereerd aan zijn rechterknie", "last van zijn hart"
        found += [("HEALTH", "health data", m) for m in _body_phrases().finditer(text)]
    for entity, label, m in found:
        word = m.group()
        term = _SYMPTOMS_END.sub("", word)
        if (
            word[0].isupper()
            and term not in _capitalised_terms()
            and (not _starts_unit(text, m.start()) or _NAME_GOES_ON.match(text, m.end()))
        ):
            continue  # "Tactus Verslavingszorg", "Militair" / "Revalidatiecentrum Aardenburg": part of a name
        if word.isupper() and (_NAME_GOES_ON.match(text, m.end()) or _NUMBER_GOES_ON.match(text, m.end())):
            continue  # "MS Teams", "Stihl MS 462": an abbreviation in a product's or a firm's name
        if _LABEL_COLON.match(text, m.end()) and _starts_unit(text, m.start()) and word[:1].isupper():
            # "Medicatie: methylfenidaat": the field's label, not the person's data (not a cell's "epilepsie:
            # noodmedicatie in tas", the condition itself in small letters before its note)
            continue
        if _in_function(text, m.start()):
            continue  # "consulent schuldhulpverlening", "team Schuldhulpverlening": a job's or a unit's name
        general = _GROUP_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _TOPIC_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        )
        if general and not _someone_in(text, m.start(), m.end()):
            # "voor veel mensen met een beperking": a group's; "documenten over de gehandicaptenparkeerkaart": a
            # request's subject (not "De heer Bakker is een van de patiënten met schizofrenie", "de psychose van
            # de heer Akkerman")
            continue
        low = word.lower()
        if low.endswith(_NOT_OF_A_PERSON) and low not in _terms():
            continue  # "verslavingspreventiebeleid", "verslavingszorg"
        if (entity == "CRIMINAL_DATA" and _COSTS.match(text, m.end())) or _NOT_HUMAN.match(text, m.end()):
            continue
        if _LAW_BEFORE.search(text, max(0, m.start() - 60), m.start()) or (
            entity == "CRIMINAL_DATA" and _NAMED_AFTER_VIOLENCE.search(text, max(0, m.start() - 60), m.start())
        ):
            continue  # "Wet gemeentelijke schuldhulpverlening": a law's name
        in_row = None if (cue := one_person(text, m.start(), m.end())) else row_person(doc, m.start(), rows)
        if in_row:
            in_column.setdefault(rows.line_at(m.start()), (entity, label))
        terms.append((m.start(), m.end(), entity, label, cue or in_row))
    out = column_cells(doc, in_column, lambda pos: row_person(doc, pos, rows))
    # a personal file (a form or a report with the person's BSN or date of birth): its terms are that person's
    if any(cue is None for *_, cue in terms) and (file := _PERSONAL_FILE.search(text)):
        cue = f"the person of this file ('{' '.join(file.group().split())}')"
        terms = [(s, e, entity, label, c or cue) for s, e, entity, label, c in terms]
    for start, end, entity, label, cue in _chained(text, terms):
        why = f"{label} in a sentence about one person ('{cue}'): {_KIND.get(entity, 'special category, 5.1.1d')}"
        out.append(Candidate(start, end, entity, Explanation("special_category", SCORE, why, context=cue)))
    return out


_LABEL_COLON = compiled(r"[ \t]*:")
# a group the term describes, right before it: "mensen met een beperking", "inwoners met dementie"
_GROUP_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:mensen|inwoners|bewoners|kinderen|jongeren|ouderen|personen|burgers|pati[eë]nten|"
    r"cli[eë]nten|aanvragers|houders|werknemers|leerlingen)[ \t\n]+(?:(?:met|die|zonder)[ \t\n]+(?:een[ \t\n]+)?)?)\Z"
)
# a sentence that says whose the term is: a courtesy title, "een van de", a relative or a client after a possessive
_SOMEONE = compiled(
    r"(?i:(?<![\p{L}])(?:de[ \t]+heer|mevrouw|mevr\.|mw\.|dhr\.|een[ \t]+van[ \t]+de|"
    r"(?:mijn|zijn|haar|hun|uw)[ \t]+(?:zoon|dochter|vader|moeder|man|vrouw|partner|kind|kinderen|broer|zus|"
    r"cli[eë]nt|buurman|buurvrouw|collega))(?![\p{L}]))"
)


def _someone_in(text: str, start: int, end: int) -> bool:
    """The sentence of the term ``start:end`` says whose it is (see ``_SOMEONE``)."""
    lo, hi = sentence(text, start, end)
    return _SOMEONE.search(text, lo, hi) is not None


# the subject of documents, information or a request: "documenten over de gehandicaptenparkeerkaart"
_TOPIC_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:documenten|informatie|stukken|gegevens|vragen|beleid)[ \t\n]+"
    r"(?:over|omtrent|inzake|betreffende|aangaande)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?)\Z"
)
_WORD_BEFORE = compiled(r"(?<![\p{L}])(\p{L}+)[ \t]+\Z")
_UNITS = frozenset({"team", "afdeling", "loket", "balie", "unit", "cluster", "sector", "bureau", "regisseur"})


def _in_function(text: str, start: int) -> bool:
    """The term follows a unit's word, or a job title that begins its line or follows a comma or a bar (a
    signature's function: "Mirjam van 't Hooft" / "consulent schuldhulpverlening | team Werk & Inkomen"): it names
    the job or the unit, no one's data (not "haar casemanager dementie", "een ambulant begeleider GGZ-begeleiding")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _UNITS or word.endswith("overleg"):  # ("kwaliteitsoverleg GPK": a meeting's name)
        return True
    head = text[text.rfind("\n", 0, before.start()) + 1 : before.start()].rstrip()
    return word.endswith(load_lexicons().job_title_endings) and (not head or head.endswith((",", "|")))


# an injury, an operation or a complaint and the body part it is of (lexicons/body_parts.txt): the words that lead
# each kind of phrase, and a text's gate (a text without one of them holds no such phrase)
_INJURED = r"gebroken|gekneusde?|ontstoken|verstuikte?|verrekte?"  # "gebroken linkeronderarm"
_OPERATED = r"geopereerd|operatie|letsel|blessure"  # "... aan zijn rechterknie"
_PAIN = r"pijn|klachten"  # "... in haar rug"
_TROUBLE = r"last|problemen"  # "... van zijn hart"
_BODY_LEAD = compiled(rf"(?i:(?<![\p{{L}}])(?:{_INJURED}|{_OPERATED}|{_PAIN}|{_TROUBLE})(?![\p{{L}}]))")


@lru_cache(maxsize=1)
def _body_phrases() -> regex.Pattern[str]:
    """ "gebroken linkeronderarm", "geopereerd aan zijn rechterknie", "pijn in haar rug", "last van zijn hart"."""
    parts = "|".join(regex.escape(p) for p in sorted(read_list("body_parts.txt"), key=lambda p: (-len(p), p)))
    own = r"(?:(?:zijn|haar|mijn|uw|hun|z'n|de|het)[ \t\n]+)"
    side = r"(?:(?:linker|rechter)[ \t]?|linkse[ \t]+|rechtse[ \t]+)?"
    return compiled(
        rf"(?i:(?<![\p{{L}}])(?:(?:{_INJURED})[ \t\n]+{own}?"
        rf"|(?:{_OPERATED})[ \t\n]+aan[ \t\n]+{own}?"
        rf"|(?:{_PAIN})[ \t\n]+(?:aan|in|op)[ \t\n]+{own}"
        rf"|(?:{_TROUBLE})[ \t\n]+(?:van|met)[ \t\n]+(?:zijn|haar|mijn|uw|z'n)[ \t\n]+)"
        # (not "problemen met zijn hoofd van de afdeling": his boss)
        rf"{side}(?:{parts})(?![\p{{L}}])(?![ \t\n]+van[ \t\n]+(?:de|het|dienst|afdeling)(?![\p{{L}}])))"
    )


_KIND = {"FINANCES": "private life, 5.1.2e", "DISCIPLINARY": "private life, 5.1.2e"}
_NAME_GOES_ON = compiled(r"[ \t]+\p{Lu}\p{Ll}+")
_NUMBER_GOES_ON = compiled(r"[ \t]+\d{3,}")  # a model's type ("Stihl MS 462"; not "HIV-1", "COPD 4")
# a person's BSN or date of birth after its label: the document is that person's file
_PERSONAL_FILE = compiled(
    r"(?i:\b(?:bsn|burgerservicenummer)\b)[ \t:]*\n?[ \t]*\d(?:[ .]?\d){7,8}(?!\d)"
    r"|(?i:\b(?:geboortedatum|geboren(?:[ \t]+op)?|geb\.[ \t]?datum|geb\.|date[ \t]+of[ \t]+birth))[ \t:]*\n?[ \t]*"
    r"(?:\d{1,2}[-./ ]\d{1,2}[-./ ]|\d{1,2}[ \t]+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december)[ \t]+)(?:19|20)\d\d(?!\d)"
)


def _chained(text: str, terms: list[tuple[int, int, str, str, str | None]]) -> list[tuple[int, int, str, str, str]]:
    """The terms about one person: each with its own person's word, and a term in the same sentence as such a
    term, at most ``NEAR`` words from it, with that term's ("sinds de diagnose COPD (longemfyseem) en beginnende
    dementie": the diagnosis the person's "u" is near says whose the others are), in the text's order."""
    cues = [cue for *_, cue in terms]
    grown = True
    while grown:
        grown = False
        for i, (start, end, *_) in enumerate(terms):
            if cues[i] is not None:
                continue
            lo, hi = sentence(text, start, end)
            for j, (other_start, other_end, *_) in enumerate(terms):
                if cues[j] is None or not (lo <= other_start and other_end <= hi):
                    continue
                between = text[other_end:start] if other_end <= start else text[end:other_start]
                if len(WORD.findall(between)) <= NEAR:
                    cues[i] = cues[j]
                    grown = True
                    break
    ordered = sorted(zip(terms, cues, strict=True), key=lambda tc: tc[0][0])
    return [(s, e, entity, label, cue) for (s, e, entity, label, _), cue in ordered if cue is not None]


def _starts_unit(text: str, start: int) -> bool:
    """``start`` begins a line, a sentence, a cell or a bullet's text."""
    return bool(_STARTS.search(text[max(0, start - 40) : start]))
