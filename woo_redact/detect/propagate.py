"""Propagation: once a name is found, find every other occurrence of it.

From each person finding we derive the forms in which the same person is
referred to (the full name, the surname with its tussenvoegsel, the first
name alone) and from each personal e-mail address the name in its local part
(the forms themselves are made in :mod:`.forms`). Every occurrence of those
forms in the document becomes a candidate too, including one broken over a
line break.

This module holds :func:`propagate` within a document, :func:`batch_candidates`
for the names of the batch's other documents and :func:`forms_present`; the
search for forms in a text (:func:`occurrences`, :func:`literal`, :func:`fold`,
imported here again) is in :mod:`.form_search`, the predicates that tell a
name's context from a place's, a month's or a word's are in
:mod:`.occurrence_context` (the paraphs of the people named are in
:mod:`.paraphs`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from ..model import Explanation
from .context import repeated_word
from .evidence import DETECTOR_STRENGTH
from .form_search import _found, fold, literal, occurrences
from .forms import GIVEN_MONTHS, email_forms, local_parts, name_forms
from .grammar import compiled, natural_order
from .lexicons import Lexicons, countries, load_lexicons, municipalities
from .merge import Merged
from .occurrence_context import (
    DATE_AROUND,
    GREETING_BEFORE,
    PERSON_LABEL,
    VOCATIVE,
    before_lower_word,
    ends_a_place,
    ends_proper_name,
    mid_sentence,
    names_line,
    person_context,
    place_context,
    second_barrel_end,
    titled,
)
from .parties import party_at
from .street_context import after_postcode

__all__ = [
    "WEAK_SOURCES",
    "batch_candidates",
    "fold",
    "forms_present",
    "literal",
    "occurrences",
    "propagate",
]

WEAK_SOURCES = frozenset({"ner", "propagation", "name_extension"})
_LONGEST_GIVEN = 10  # letters: longer unknown words are compounds far more often than given names


_FIRST_BEFORE = compiled(r"(?<![\p{L}.'’-])(\p{Lu}\p{Ll}{2,})[ \u00a0]+\Z")


def _email_initial(address: str) -> str:
    """The first letter of the given name in a local part "x.huang" or "xiaoling.huang", or ''."""
    parts = [p for p in re.split(r"[._-]+", address.split("@", 1)[0]) if p]
    return parts[0][:1].lower() if len(parts) >= 2 and parts[0].isalpha() else ""


# found elsewhere as written: an address, a number, a direct line, a user name ("Exported from Jira by noostveen")
_LITERAL_ENTITIES = frozenset({"ADDRESS", "NL_BSN", "IBAN_CODE", "USERNAME", "PERSONAL_NUMBER", "PHONE_NUMBER"})
_BARE_NUMBER = compiled(r"\d[\d-]{0,4}[A-Za-z]?")
_DIGIT = compiled(r"\d")


# "DAMASCENO DA SILVA SANTOS, T.C. (Thaís)": the first name in use in brackets after the initials
_INITIALS_END = compiled(r"(?P<first>\p{Lu})\.(?:\p{Lu}\.)*\Z")
_IN_USE_AFTER = compiled(r"[ \t\u00a0]*\((?P<nick>\p{Lu}[\p{Ll}\p{M}'’-]{1,14})\)")


# "re-integratie Hoorn, P.": the surname, a comma and initials (a list's, a subject line's inverted name)
_INVERTED_INITIALS = compiled(r",[ \u00a0]?(?P<initials>(?:\p{Lu}\.){1,4})(?![\p{L}])")


def _inverted_of(text: str, end: int, source_text: str) -> int:
    """Where "Hoorn, P." ends when the surname at ``end`` is followed by initials whose first is the found
    name's first letter ("Pim Hoorn"): the person's inverted form, even of a surname that is a place; else 0."""
    inverted = _INVERTED_INITIALS.match(text, end)
    if inverted is None or not source_text[:1].isupper():
        return 0
    return inverted.end() if inverted.group("initials")[0] == source_text[0] else 0


_ARTICLE_CODE = compiled(r"(?<![\p{L}])(?i:de|het|een|dit|deze|dat)[ \t\u00a0]+\Z")


def _table_code(text: str, m: Merged) -> bool:
    """A code of two to four capitals that a table's owner or paraph column holds: the person's wherever it
    stands alone in the document."""
    code = text[m.start : m.end]
    return (
        2 <= len(code) <= 4
        and code.isalpha()
        and code.isupper()
        and any(e.detector == "paraph_table" for e in m.explanations)
    )


def _name_in_use_after(text: str, m: Merged, lex: Lexicons) -> set[str]:
    """The first name in use written in brackets right after a name that ends in initials, the first initial its
    first letter ("T.C. (Thaís)"): sought on its own like the first name it is."""
    initials = _INITIALS_END.search(text, m.start, m.end)
    after = _IN_USE_AFTER.match(text, m.end) if initials else None
    if initials is None or after is None:
        return set()
    nick = after.group("nick")
    if nick[0] != initials.group("first") or lex.is_ordinary_word(nick) or nick in lex.places:
        return set()
    return {nick}


# "my colleague Kemar (kemar.hassell@...)", "Kemar Hassell <kemar.hassell@...>": the words right before an address
_NAMED_BEFORE = compiled(r"(?P<name>\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?)[ \t]*\n?[ \t]*[(<]?[ \t]*\Z")


def _named_before_address(text: str, m: Merged, lex: Lexicons) -> set[str]:
    """The name written right before a personal address whose local part spells it ("Kemar (kemar.hassell@...)"):
    the address says the word is a name where no list knows it, so it is sought like one."""
    named = _NAMED_BEFORE.search(text, max(0, m.start - 40), m.start)
    parts = [p.lower() for p in local_parts(text[m.start : m.end])]
    if named is None or len(parts) < 2:
        return set()
    words = named.group("name").split()
    out: set[str] = set()
    for w in words:
        if fold(w.lower()) in (fold(parts[0]), fold(parts[-1])) and not lex.is_ordinary_word(w) and w not in lex.places:
            out.add(w)
    if len(words) == 2 and len(out) == 2:
        out.add(" ".join(words))
    return out


def propagate(text: str, found: Sequence[Merged], skip: Iterable[tuple[int, int]] = ()) -> list[Merged]:
    """Candidates for every other occurrence of the found names in ``text``."""
    lex = load_lexicons()
    skip_spans = list(skip)
    forms: dict[str, Merged] = {}
    called_only: set[str] = set()  # first names that are words too ("Dan"): sought only where someone is called
    for m in found:
        weak = {e.detector for e in m.explanations} <= WEAK_SOURCES
        if m.entity == "PERSON" and repeated_word(text[m.start : m.end]):
            continue  # "Topografie Topografie Topografie": a row's cells, no name to spread through the document
        if weak and len(text[m.start : m.end].split()) < 2:
            continue  # a single word found only by the statistical model is not spread further
        # a piece of a name broken over a line end in its text column is spread as the whole name too
        cell = m.cell or (m.broken[0] if m.broken is not None and m.entity == "PERSON" else None)
        if cell is not None:
            # a piece of a wrapped cell ("van", "Zwolle", "9") is spread as the cell's whole name, if a name
            new = name_forms(" ".join(cell.split()), lex) if m.entity == "PERSON" else set()
        elif m.entity == "PERSON":
            words = natural_order(text[m.start : m.end]).split()
            if not words:
                continue  # a span cut down to white space where a stronger one begins ("Vlieger / " + "TEN HAVE")
            new = name_forms(text[m.start : m.end], lex) | _name_in_use_after(text, m, lex)
            given = words[0]
            # "Jan-Willem (Dan) Terpstra", "Jacoba (Co) Nijenhuis": the name in use alone, as the document
            # goes on to call the person ("Dan geeft aan"), a word too ("Co") only where someone is called
            nick = next((w[1:-1] for w in words[1:-1] if w.startswith("(") and w.endswith(")")), "")
            if len(nick) >= 2 and nick[:1].isupper() and nick[1:].islower() and nick not in lex.places:
                new.add(nick)
            if len(words) > 1 and given in lex.stop_words and given[1:].islower() and given not in GIVEN_MONTHS:
                new.add(given)  # "Dan" of "Dan Verschuren": a word too, sought only where someone is greeted or called
                called_only.add(given)
            if weak and not lex.is_first_name(given) and len(given) > _LONGEST_GIVEN:
                # of a name only the model found, a first word no list knows is spread alone only if it is
                # as short as given names are ("Olumide", "Kavya"): in "Succescriterium Elke" the model took a
                # heading's compound for one
                new = {f for f in new if f.lower() != given.lower()}
        elif m.entity == "EMAIL_ADDRESS":
            new = email_forms(text[m.start : m.end], lex) | _named_before_address(text, m, lex)
        elif m.entity == "PARAPH" and _table_code(text, m):
            new = {text[m.start : m.end]}  # "ST" in an action list's owner column, "ST = plv. directeur" below it
        elif m.entity in _LITERAL_ENTITIES:
            value = " ".join(text[m.start : m.end].split())  # "op het adres Tsjerkebuorren\n4", "Dossier 2319..."
            # a house number alone ("21", "61-2" of "de buurvrouw op nummer 61-2") stands for dates and counts too;
            # a street alone (of an address wrapped over a cell's lines: "Lekdijk-Oost" / "17") names no one's home
            bare = _BARE_NUMBER.fullmatch(value) or not _DIGIT.search(value)
            new = set() if m.entity == "ADDRESS" and bare else {value}
        else:
            continue
        new |= _lower_first_names(new, lex) if m.entity == "PERSON" else set()
        for f in new:
            forms.setdefault(f, m)
    out: list[Merged] = []
    # each source's score and strongest detector, once (a source gives many forms; its explanations may be many)
    copied: dict[int, tuple[float, str]] = {}
    for form, source in forms.items():
        if id(source) not in copied:
            copied[id(source)] = (min(source.score, 0.9), _strongest(source))  # an uncertain source: uncertain copies
        score, src = copied[id(source)]
        word_like = " " not in form and (lex.is_ordinary_word(form) or form in lex.ambiguous)
        initial = _email_initial(text[source.start : source.end]) if source.entity == "EMAIL_ADDRESS" else ""
        short_of: str | None = None  # the first name _given_of gives, made at the first occurrence that asks for it
        # (searched only where each of its words stands in the text: form_search._may_stand; the same spans)
        for occ in _found(text, form, gate=True):
            if any(s <= occ.start() < e for s, e in skip_spans):
                continue
            start = occ.start()
            first = _FIRST_BEFORE.search(text, max(0, start - 30), start)
            if initial and first and first.group(1)[:1].lower() == initial and not lex.is_ordinary_word(first.group(1)):
                start = first.start(1)  # "Xiaoling Huang" beside x.huang@...: the first name agrees with the address
            elif first and _short_form(first.group(1), short_of := _short_of(short_of, text, source, form)):
                start = first.start(1)  # "Dan Whitmore" signs the mail of Daniel Whitmore: his first name, shortened
            if form in GIVEN_MONTHS and DATE_AROUND.search(text, max(0, occ.start() - 6), occ.end() + 6):
                continue  # "15 Mei 2024" is the month, whoever Mei is
            if _begins_street(text, form, occ.end(), lex):
                continue  # "langs de Graaf Florisweg" is the street, whoever "R. de Graaf" is
            inverted = _inverted_of(text, occ.end(), text[source.start : source.end]) if " " not in form else 0
            if inverted and source.entity == "PERSON":
                reason = f"another occurrence of a name found by {src}, inverted with the initials of its first name"
                out.append(Merged(start, inverted, "PERSON", (Explanation("propagation", score, reason, pattern=src),)))
                continue
            # (asked only of a form that is a word too: the tests below read them for no other)
            mid = word_like and mid_sentence(text, occ.start())
            # "Mei, kun jij ...": someone spoken to; "Contactpersoon bij de provincie: Roos.": a person's field
            called = (
                (word_like or form in called_only)
                and (
                    bool(VOCATIVE.match(text, occ.end()))
                    or bool(PERSON_LABEL.search(text, max(0, occ.start() - 60), occ.start()))
                    or bool(GREETING_BEFORE.search(text, max(0, occ.start() - 14), occ.start()))
                    # "mobiel 06 3017 8855 (Koos)": the name alone in brackets, whose number or remark it is
                    or (text[occ.start() - 1 : occ.start()] == "(" and text[occ.end() : occ.end() + 1] == ")")
                )
            )
            if form in called_only and not called:
                continue  # "Dan gaan we verder": a word that is someone's first name too, where no one is called
            if word_like and not (mid or called or before_lower_word(text, occ.end()) or names_line(text, occ.start())):
                continue  # "Roos", "Kok": at a sentence start the capital says nothing
            if word_like and mid and not called and ends_proper_name(text, occ.start(), lex):
                continue  # "de Rotterdamse Hoek", "het Nationaal Park": the word ends a longer proper name
            if form in lex.places and (
                place_context(text, occ.start(), occ.end())
                # a hamlet's name ("Driessen") is this document's person's unless the text says place
                or (
                    (form.lower() in municipalities() or form in countries())
                    and not person_context(text, occ.start(), occ.end())
                )
            ):
                continue  # "mevrouw Valkenburg" is found, "in Valkenburg" is the place
            if " " not in form and ends_a_place(text, occ.start(), occ.end()):
                continue  # "Den Haag" is the city, whoever "Haag" is
            if " " not in form and _article_noun(text, occ.start(), text[source.start : source.end]):
                continue  # "naar de Dam": an article and a noun or place, whoever "Ferdi Dam" is
            if (
                " " not in form
                and (form in lex.places or form.lower() in municipalities())
                and after_postcode(text, occ.start(), occ.end())
            ):
                continue  # "9090 Melle" is the town, whoever "Melle de Vries" is
            if " " not in form and form[:1].isupper() and party_at(text, occ.start()):
                continue  # "de motie van Hart voor Den Haag": a local party, whoever "Hart" is
            if source.entity == "PARAPH" and _ARTICLE_CODE.search(text, max(0, occ.start() - 8), occ.start()):
                continue  # "Het KB van 2024": an article makes the code a thing, whoever signs with KB
            reason = f"another occurrence of a name found by {src}"
            expl = Explanation("propagation", score, reason, pattern=src)  # pattern: the detector of the source
            entity = source.entity if source.entity in _LITERAL_ENTITIES or source.entity == "PARAPH" else "PERSON"
            end = second_barrel_end(text, occ.end(), lex) if entity == "PERSON" and " " not in form else occ.end()
            out.append(Merged(start, end, entity, (expl,)))
    return out


# "de"/"het" in small letters after no name, initial or title: "naar de Dam", not "Jan de Dam" or "mevrouw de Dam"
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}.])(?P<prev>[\p{L}.]+[ \u00a0]+)?(?:de|het)[ \u00a0]+\Z")
_ARTICLE_IN = compiled(r"(?i:(?<![\p{L}])(?:de|het)[ \u00a0]+)")  # the name's own particle: "Jan de Dam"


def _article_noun(text: str, start: int, name: str) -> bool:
    """A surname's copy right after the article "de" or "het" in small letters, where the name found has no such
    particle and no name, initial or title stands before the article: the word as a noun or a place."""
    # (the pattern's end first: "de" or "het" and white space right before the copy)
    gap = start
    while gap > 0 and text[gap - 1] in " \u00a0":
        gap -= 1
    if gap == start or not (text.startswith("de", gap - 2) or text.startswith("het", gap - 3)):
        return False
    m = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if m is None or _ARTICLE_IN.search(name):
        return False
    prev = (m.group("prev") or "").strip()
    return not (prev[:1].isupper() or prev.endswith(".") or prev.lower() in load_lexicons().honorifics)


def _short_of(known: str | None, text: str, source: Merged, form: str) -> str:
    """``known``, or when None, :func:`_given_of` for the ``source`` found and the ``form`` sought ("" for a
    source that is no person)."""
    if known is not None:
        return known
    return _given_of(text[source.start : source.end], form) if source.entity == "PERSON" else ""


def _given_of(name: str, form: str) -> str:
    """The first name of a found ``name`` of two words or more, when ``form`` is its surname alone ("Daniel" of
    "Daniel Whitmore" for "Whitmore"), else ""."""
    words = natural_order(name).split()
    if len(words) < 2 or " " in form or words[0].endswith(".") or form not in words[1:]:
        return ""
    return words[0] if words[0][:1].isupper() else ""


def _short_form(word: str, given: str) -> bool:
    """``word`` is ``given`` cut short, as people sign with it: "Dan" of "Daniel", "Alex" of "Alexander"."""
    return 3 <= len(word) < len(given) and given.lower().startswith(word.lower())


def _lower_first_names(forms: set[str], lex: Lexicons) -> set[str]:
    """A first name as chats and quick replies write it, in small letters ("femke heb jij ...", "@sjoerd"):
    only one that is no Dutch or English word ("mark", "rob", "roos" are)."""
    return {
        f.lower()
        for f in forms
        if " " not in f
        and len(f) >= 4
        and f[:1].isupper()
        and f[1:].islower()
        and lex.is_first_name(f)
        and f.lower() not in lex.dutch_words
        and f.lower() not in lex.english_words
        and f not in lex.ambiguous
    }


def _strongest(source: Merged) -> str:
    """The detector of a name's strongest evidence: a copy of "Lies Zwart" from an attendance list
    (found by first_name and header_field) is a copy of a structurally found name."""
    return max(source.explanations, key=lambda e: DETECTOR_STRENGTH.get(e.detector, 0)).detector


def batch_candidates(text: str, names: Sequence[str], skip: Iterable[tuple[int, int]] = ()) -> list[Merged]:
    """Occurrences in ``text`` of names redacted in other documents of the same batch."""
    lex = load_lexicons()
    skip_spans = list(skip)
    # (not a part of a double surname alone: "Dijkstra" of Auke Dijkstra-Bruinsma is someone else in another
    # document, "Six Dijkstra" the Kamerlid; the whole double surname is hers everywhere)
    # (nor a place's name found alone, that no surname list holds: "Familie" / "Arnhem" read as a title and a name
    # in one document's table is the city in the others)
    alone = {n for n in names if " " not in n.strip() and n.strip() in lex.places and not lex.is_surname(n.strip())}
    owners: dict[str, list[set[str]]] = {}  # a form -> the forms of each name it is one of
    for name in names:
        if name not in alone:
            its = name_forms(name, lex) - _double_name_parts(name)
            for f in its:
                owners.setdefault(f, []).append(its)
    out: list[Merged] = []
    for form in sorted(owners):
        organisation: bool | None = None  # this text names an organisation by the form (a word alone)
        hamlet: bool | None = None  # a hamlet's name a person of the batch bears, named here in another form
        for occ in _found(text, form, gate=True):
            if any(s <= occ.start() < e for s, e in skip_spans):
                continue
            at = (text, occ.start(), occ.end())
            if hamlet is None:
                hamlet = " " in form and form in lex.places and _named_otherwise(text, form, owners[form], lex)
            if hamlet and not place_context(*at):
                pass  # "Dijkhuis werkt sinds 2019 naast Ter Haar" where "Gerben" of Gerben ter Haar stands too
            elif (form in lex.places and (place_context(*at) or not person_context(*at))) or ends_a_place(*at):
                continue  # "Den Haag" is the city, whoever "Haag" is in another document
            if _place_after_van(text, occ.start(), occ.end(), lex.places):
                continue  # "ten noorden van Vlieland" is the island, whoever "van Vlieland" is in another document
            if _begins_street(text, form, occ.end(), lex):
                continue  # "langs de Graaf Florisweg" is the street, whoever "R. de Graaf" is in another document
            if organisation is None and " " not in form:
                organisation = _organisation_here(text, form, lex)  # (once a form, where it occurs)
            if organisation and not titled(text, occ.start()):
                continue  # "Dierenpark De Wolvenhorst" here: "inspectie Wolvenhorst" is the park, whoever else bears it
            if form in countries() and not titled(text, occ.start()):
                continue  # "reisschema Brussel": a city abroad, whoever "Ruud Brussel" is in another document
            reason = "a name redacted in another document of this batch"
            out.append(Merged(occ.start(), occ.end(), "PERSON", (Explanation("batch_propagation", 0.8, reason),)))
    return out


def _named_otherwise(text: str, form: str, forms_of: Sequence[set[str]], lex: Lexicons) -> bool:
    """A name of several words that is also a hamlet's, no municipality's ("Ter Haar"), whose bearer ``text`` names
    in another form too (the given name "Gerben", "G.J. ter Haar"): the person, not the hamlet."""
    if form.lower() in municipalities():
        return False
    return any(
        other != form and len(other) >= 4 and other not in lex.places and _found(text, other, gate=True)
        for its in forms_of
        for other in its
    )


_WORD_AFTER = compiled(r"[ \u00a0](\p{Lu}[\p{L}'’-]+)")  # (one space: a table's cells stand further apart)


def _begins_street(text: str, form: str, end: int, lex: Lexicons) -> bool:
    """The form's occurrence ending at ``end`` begins a street's name: a particle leads the form, a capitalised word
    that ends as a street's follows it, and no house number after that ("langs de Graaf Florisweg bedraagt"; not a
    table's "Yilmaz Kerkstraat 12", a name and its address)."""
    street = _WORD_AFTER.match(text, end)
    return (
        street is not None
        and form.split()[0] in _PARTICLES_SMALL
        and lex.ends_as_street(street.group(1))
        and not _NUMBER_AFTER.match(text, street.end())
    )


_PARTICLES_SMALL = frozenset({"de", "van", "ter", "ten", "den", "der"})
_NUMBER_AFTER = compiled(r"[ \t\u00a0]*\d")


def _organisation_here(text: str, word: str, lex: Lexicons) -> bool:
    """``text`` names an organisation or a building by ``word``: after an organisation's word, written with a
    capital, and the article ("Dierenpark De Wolvenhorst"; not "Advies Al-Khatib", a heading about someone)."""
    for occ in occurrences(text, word):
        before = text[max(0, occ.start() - 40) : occ.start()].split()
        head = before[-2] if len(before) > 1 and before[-1] in ("De", "Het") else ""
        if head[:1].isupper() and head.lower() in lex.organisation_words:
            return True
    return False


def _place_after_van(text: str, start: int, end: int, places: Collection[str]) -> bool:
    """A name form "van" + a place, written small after a word written small and no title, that reads as the place:
    "ten noorden van Vlieland" (not "mevrouw van Vlieland", "Jan van Vlieland")."""
    if not text.startswith("van ", start):
        return False
    rest = start + 4
    while rest < end and text[rest].isspace():
        rest += 1
    before = text[max(0, start - 30) : start].split()[-1:]
    # (a surname alone is written "Van Vlieland"; "Jan van Vlieland" is the full name, found as such)
    return text[rest:end] in places and bool(before) and before[0].islower() and not titled(text, start)


def _double_name_parts(name: str) -> set[str]:
    """The parts of the double surnames in ``name``, each alone and in capitals ("Dijkstra", "BRUINSMA")."""
    parts = {p for w in name.split() if "-" in w for p in w.split("-") if p}
    return parts | {p.upper() for p in parts}


def forms_present(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """Which of ``names`` (full names from other documents) have a form that occurs in ``text``."""
    lex = load_lexicons()
    return tuple(n for n in names if any(next(iter(occurrences(text, f)), None) for f in name_forms(n, lex)))
