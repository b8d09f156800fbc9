"""Context that turns a name-like span into something else: an organisation,
a building, a street or a historic figure ("Jeroen Bosch Ziekenhuis",
"Johan de Wittlaan", "Prins Bernhard Cultuurfonds", "Koning Willem I College").

Only spans found by name patterns are filtered this way; structural evidence
(a header field, a signature block, a paraph table) is not overruled.

This module holds the judge (:func:`not_a_person`) and the words about places, languages and units it reads; the
words around a span that make it a firm's, a building's or a room's name are in :mod:`.context_firms`, those that
make it a street or an address's town in :mod:`.street_context`, the gazetteer's organisations found in a text in
:mod:`.organisation_names`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

import regex

from .context_firms import LEGAL_FORM, PROPER_NAME_HEAD, firm_or_building
from .context_labels import (
    _ARTICLE_BEFORE,
    _NOUN_AFTER,
)
from .domains import named_by_domain
from .grammar import CHAT_STAMP, GREETINGS, LANGUAGE_ROLES, compiled
from .lexicons import (
    BUILDING_KINDS,
    COMPASS,
    load_lexicons,
    municipalities,
    organisation_ending,
    places_of_several_words,
    read_list,
)
from .lookalikes import HONORIFIC_BEFORE as _HONORIFIC_BEFORE
from .lookalikes import lookalike, named_model, owner_named
from .register import common_surnames
from .street_context import (
    _ARTICLE_RIGHT_BEFORE,
    _HOUSE_NUMBER,
    _STREET_ONLY,
    _STREET_TITLE_BEFORE,
    _STREET_WORD_AFTER,
    _STREET_WORD_BEFORE,
    _STREETS,
    _STREETS_WEG,
    after_postcode,
    island_street,
)
from .vessels import vessel_of

STRUCTURAL = frozenset({"header_field", "salutation", "signature_block", "paraph_table", "chat_speaker"})
# (matched from the end, "(?r)": the same match as a forward search, which tried every place of the slice; the
# class of the word and the white space share no character, so the word is the longest run of them that ends in
# the white space and begins with a letter, either way)
_PREV_WORD = compiled(r"(?r)([\p{L}][\p{L}.'’-]*)[ \t\u00a0]+\Z")


_LEGAL_PERSONS = frozenset({"stichting", "vereniging", "fundashon", "coöperatie", "cooperatie", "genootschap"})
# a place or an institution named in someone's honour: its head word before the name ("Sportpark Johan Cruijff")
_HONOURING = frozenset(
    "sportpark sporthal stadion zwembad sportcentrum sportcomplex ijsbaan school college lyceum gymnasium museum "
    "theater schouwburg zaal paviljoen kazerne bibliotheek ziekenhuis kliniek fonds prijs leerstoel "
    # an archive or a collection a family or a maker gave its name ("Familiearchief Van Rhemen tot Waalrode")
    "familiearchief huisarchief collectie".split()
)
_ARTICLE_BEFORE_KIND = compiled(r"(?<![\p{L}])(?i:het|de|een|dit|deze|dat|die|ons|onze|hun|zijn|haar)[ \t\u00a0]+\Z")
_PEOPLE_AFTER = compiled(r"[ \t\u00a0]*(?:,|en)[ \t\u00a0]+\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Lu}")
_KIND_AFTER = compiled(
    r"[ \t\u00a0]+(stadion|sporthal|sportpark|zwembad|ijsbaan|museum|theater|paviljoen|gebouw|monument)(?![\p{L}])"
)
_IN_SERVICE = compiled(r"(?<![\p{L}])(?:in|uit|van)[ \t\u00a0]+dienst[ \t\u00a0]+\Z")


# a house number after a name that ends like a street ("Van Thienenweg 1"), no date or time
_HOUSE_NUMBER_AFTER = compiled(r"[ \t]+\d{1,4}[a-zA-Z]?(?![\d.:/-]?\d)")


_LANGUAGE_BEFORE = compiled(rf"(?<![\p{{L}}])(?i:{LANGUAGE_ROLES}|het|vak|taal)[ \t\u00a0]+\Z")
_STORM_BEFORE = compiled(
    r"(?<![\p{L}])(?i:storm|stormen|orkaan|hurricane|typhoon|tyfoon|cycloon|cyclone|tropical[ \t]storm)"
    r"[ \t\u00a0]+['‘’\"“]?\Z"  # ("storm 'Éowyn'": the name in quotes)
)
# a person's function in brackets right after a name: "Wessel (teamleider)", "Ede (beleidsadviseur)"
_FUNCTION_IN_BRACKETS = compiled(
    r"[ \t\u00a0]*\((?:\p{Ll}[\p{Ll}-]{3,}(?:leider|adviseur|medewerker|manager|coördinator|coordinator|secretaris|"
    r"directeur|voorzitter|jurist|specialist|consulent|officer|ambtenaar|beheerder|planner)|"
    r"teamleider|adviseur|medewerker|manager|jurist|woordvoerder|stagiair|secretaresse|notulist)\)"
)
_POSSESSIVE = compiled(r"(?:['’]s|s)[ \t\u00a0]+\p{Lu}")
_LEAD_LETTERS = ("D", "d", "H", "h", "V", "v")  # the first letters of "De", "Het" and "van"
_LEAD = compiled(r"\A(?:[Vv]an\s+)?(?:[Dd]e|[Hh]et)\s+|\A[Vv]an\s+")
_REMEMBERED = threading.local()  # per thread: a Dask worker run with several threads shares this module


def repeated_word(span: str) -> bool:
    """Every capitalised word of the span the same ("Topografie Topografie Topografie", "DINO DINO"): the
    cells of a table's row read as one line, no one's name."""
    caps = [w.lower() for w in span.split() if w[:1].isupper()]
    return len(caps) >= 2 and len(set(caps)) == 1


def not_a_person(
    text: str, start: int, end: int, organisations: Sequence[tuple[int, int]] = (), titled: bool = False
) -> tuple[str, str] | None:
    """:func:`_not_a_person`, remembered for the last text, per organisations' spans (the same objects: the
    judge's, and none where a name is cut before an organisation): one document's spans are judged several times
    over."""
    memo = _REMEMBERED
    if getattr(memo, "text", None) is not text:
        memo.text, memo.by_organisations = text, {}
    # (each entry holds its organisations: their id is no other object's while it stands)
    entry = memo.by_organisations.get(id(organisations))
    if entry is None:
        entry = memo.by_organisations[id(organisations)] = (organisations, {})
    found: dict[tuple[int, int, bool], tuple[str, str] | None] = entry[1]
    key = (start, end, titled)
    if key not in found:
        found[key] = _not_a_person(text, start, end, organisations, titled)
    return found[key]


@lru_cache(maxsize=1)
def _disease_words() -> frozenset[str]:
    """The one-word terms of the health list, in lower case ("legionella", "mazelen"), that are no name."""
    lex = load_lexicons()
    words = (t for t in read_list("health_terms.txt") if " " not in t and "*" not in t)
    # (not one a list of names holds too: "Tia", "Parkinson")
    return frozenset(
        t.lower() for t in words if not (lex.is_first_name(t.capitalize()) or lex.is_surname(t.capitalize()))
    )


@lru_cache(maxsize=1)
def _historic_persons() -> frozenset[str]:
    return frozenset(read_list("historic_persons.txt"))


# "De straat is genoemd naar Folke Bernadotte", "de zaal werd in 1990 vernoemd naar Hannie Schaft": a street, a
# building or a prize named after someone (not "ik heb het genoemd naar Marieke toe": mentioned to her; not a child
# named after a grandfather: a thing's word leads the sentence)
_NAMED_AFTER = compiled(
    r"(?i:(?<![\p{L}])\p{L}*(?:straat|weg|laan|plein|park|kade|brug|school|zaal|gebouw|prijs|fonds|centrum|huis|hal|"
    r"toren|tunnel|schip|boot)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:is|zijn|werd|werden|wordt|was)[ \t\n]+"
    r"(?:[\p{Ll}\d]+[ \t\n]+){0,3}(?:ge|ver)noemd[ \t\n]+naar)[ \t\n]+\Z"
)
_TOE_AFTER = compiled(r"[ \t]+toe(?![\p{L}])")


def _in_chat(text: str) -> bool:
    from .short_forms import is_chat  # (short_forms reads names' context: imported where asked)

    return is_chat(text)


# a greeting or a wish right before a word, and the sign or comma after it: the word is someone greeted
_GREETED_BEFORE = compiled(rf"(?i:(?<![\p{{L}}])(?:{GREETINGS}))[ \t]+\Z")
_GREETED_AFTER = compiled(r"[ \t]*[!,?]")


# a street's word glued to the surname after a title a street is named with ("Dokter Huber Noodtstraat")
_GLUED_STREET_AFTER = compiled(
    r"[ \t\u00a0]+\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|singel|kade|dreef|gracht)(?![\p{L}])"
)
# a part of the compass after a street's or a place's name: "Lekdijk Oost", "Zeeburg West"
_COMPASS_HEADS = ("dijk", "weg", "kade", "gracht", "singel", "polder", "haven", "dreef", "vaart", "wijk", "kanaal")


def desk_of_place(span: str, text: str) -> bool:
    """A desk's word that names mailboxes ("Griffie", "Secretariaat", "Servicedesk") before a place, a
    municipality or a name a mail domain of this text gives: the desk, no person ("Griffie Dalmerveen")."""
    words = span.split()
    lex = load_lexicons()
    if len(words) != 2 or not words[0][:1].isupper() or words[0].lower() not in lex.functional_mailbox:
        return False
    if lex.is_first_name(words[0]) or lex.is_surname(words[0]):
        return False
    place = words[1]
    return place in lex.places or place.lower() in municipalities() or named_by_domain(text, place)


# a street's or a court's ending glued to a name ("Wolterinkhof", "Ter Haarsingel", "Boonstoppelweg")
_NAMED_STREET_ENDINGS = (*_STREETS_WEG, "hof", "pad", "park", "plantsoen")


def _named_after_here(text: str, span: str, head: str, surnames: frozenset[str]) -> str:
    """The name a span of two words or more is, a street's or a court's ending glued to it, where the text names
    that name on its own (and the last word is no surname the lists hold); else ''."""
    words = span.split()
    if len(words) < 2 or head in surnames:
        return ""
    last = words[-1]
    ending = next((e for e in _NAMED_STREET_ENDINGS if last.lower().endswith(e) and len(last) > len(e) + 3), None)
    if ending is None:
        return ""
    name = " ".join([*words[:-1], last[: -len(ending)]])
    pattern = rf"(?<![\p{{L}}-])(?i:{regex.escape(name[:1])}){regex.escape(name[1:])}(?![\p{{L}}-])"
    return name if regex.search(pattern, text, flags=regex.VERSION1) else ""  # (the module's cache: rare)


def _not_a_person(
    text: str, start: int, end: int, organisations: Sequence[tuple[int, int]] = (), titled: bool = False
) -> tuple[str, str] | None:
    """(kind, why) when ``text[start:end]`` is not a person's name here, or None.

    ``kind`` is ``"organisation"`` when the span is part of a larger proper name
    (an organisation, company, product, building or street with its number),
    ``"building"`` when a building's or an institution's kind stands before or after it ("woonzorgcentrum Johanna
    Westerdijk", "het Fanny Blankers-Koen stadion": named after someone, and so in the whole batch),
    ``"company"`` when it follows a trade name ("Stukadoorsbedrijf Kocak": perhaps the owner's name) and
    ``"street"`` when it is a street's name ("Dr. Kuyperstraat", "Johan Cruijff Boulevard"), ``"institution"`` when it
    ends like a school's or an institution's name ("Annie M.G. Schmidtschool"), ``"vessel"`` when the document names
    a ship so ("MV Maria Johanna"), ``"historic"`` when it is a famous person of the past ("Rembrandt"),
    ``"word"`` when the span itself is a word or only ends like a street, ``"place"`` when it is a place of
    several words ("Anna Paulowna", kept like an organisation's name) and ``"place_word"`` when it is a place of
    one word or part of a place's name (kept like a word), ``"quarter"`` when it is a place's quarter
    ("wijkagent Zutphen-Noord", kept after a title too).

    ``titled``: the span came after a title or with initials ("Dhr. De Boer"): a
    place of the same name does not count then.
    """
    lex = load_lexicons()
    span = text[start:end]
    if not span.strip():
        return "word", "no letters: a blank between two pieces of text, no name"
    if repeated_word(span):
        return "word", "one word repeated ('Topografie Topografie'): a table's cells run together, no name"
    if not titled and span.lower() in _disease_words():
        return "word", f"'{span}' is a disease or what causes it (health_terms.txt), no one's name"
    if " ".join(span.split()) in _historic_persons() and not _HONORIFIC_BEFORE.search(text, max(0, start - 16), start):
        return "historic", f"'{' '.join(span.split())}' is a famous person of the past (historic_persons.txt)"
    if (
        _NAMED_AFTER.search(text, max(0, start - 120), start)
        and not _HONORIFIC_BEFORE.search(text, max(0, start - 16), start)
        and not _TOE_AFTER.match(text, end)
    ):
        return "historic", "the person a street, building or prize is named after ('genoemd naar Folke Bernadotte')"
    words = span.split()
    # a room, a place's quarter or a building named like a person ("Annie M.G. Schmidtzaal", "Zutphen-Noord", "het
    # Dr. Ariënshof"): :mod:`.lookalikes`
    if (alike := lookalike(text, start, words, lex)) is not None:
        return alike
    if (vessel := vessel_of(text, start, end)) is not None:
        return "vessel", f"the vessel or animal '{vessel}' (this document writes it after a ship's or an animal's kind)"
    if island_street(text, start, end):
        return "street", "Papiamentu's 'Kaya' (street) begins it, in a text about the islands ('Kaya Grandi 2')"
    if _STORM_BEFORE.search(text, max(0, start - 24), start):
        return "word", "the name of a storm or hurricane ('storm Ciarán', 'hurricane Irma')"
    if span in lex.languages and _LANGUAGE_BEFORE.search(text, max(0, start - 24), start):
        return "word", f"'{span}' is the language someone speaks or teaches ('een tolk Engels', 'in het Engels')"
    adjective = _ARTICLE_BEFORE.search(text, max(0, start - 8), start) and _NOUN_AFTER.match(text, end)
    if span in lex.languages and adjective:
        return "word", f"'{span}' is an adjective before a noun ('een Frans departement'), no one's name"
    for s, e in organisations:
        # (the text between the span and an organisation is sliced only where a rule reads it: the
        # organisations of a long document lie mostly far from the span)
        if end <= e:
            # inside, or inside after "De"/"Het" (which the span then starts with), or "van het" ("van het Albert
            # Schweitzer" of "de gynaecoloog van het Albert Schweitzer ziekenhuis": a particle's span read over it)
            lead = None
            if start < s and text.startswith(_LEAD_LETTERS, start):
                lead = _LEAD.match(text[start:s])
            if s <= start or (lead and lead.end() == s - start):
                return "organisation", f"part of the organisation name '{' '.join(text[s:e].split())}'"
        elif s == start and (len(text[s:e].split()) > 1 or " ".join(text[e:end].split()) in lex.places):
            # ("Rover Fryslân", "KBO Brabant": an organisation's regional branch, named by its province or place)
            rest = text[e:end].split()
            if rest[0][:1].isupper() or all(w.islower() for w in rest):
                # "Albert Heijn Aldi Bidfood": a list of companies read as one name, the first a company's
                return "organisation", f"begins with the organisation name '{' '.join(text[s:e].split())}'"
        elif s == start and _POSSESSIVE.match(text, e):
            # "Microsoft’s Azure", "Microsofts Azure": a company's product
            return "organisation", f"a product of '{text[s:e]}'"
    compass = span.split()
    if (
        len(compass) == 2
        and compass[1] in COMPASS
        and not lex.is_first_name(compass[0])
        and (compass[0].lower().endswith(_COMPASS_HEADS) or lex.ends_as_street(compass[0]) or compass[0] in lex.places)
    ):
        return "place", f"'{' '.join(compass)}': a street's or place's name and its part of the compass, no person"
    parts = span.strip().replace("–", "-").split("-")
    # (or a region's part of the compass: "Gelderland-Midden", "Brabant-Noord", "Oost-Gelderland")
    joined = (
        all(p in lex.places for p in parts)
        or (all(p in lex.places for p in parts[:-1]) and parts[-1].capitalize() in COMPASS)
        or lex.is_region(span.strip())
    )
    if not titled and len(span.split()) == 1 and len(parts) > 1 and joined:
        return "place", f"'{span.strip()}' joins places ('Tiel-Waardenburg', 'Nijmegen–Arnhem'): a route or a project"
    # ("voor Wessel (teamleider)": a person's function in brackets after the place's name makes it a first name)
    function_after = _FUNCTION_IN_BRACKETS.match(text, end) is not None
    # ("Welkom Lies!", "Hoi Lies,": a greeting or a wish to someone in a chat, no place; not a speech's "Welkom
    # Heino!")
    function_after = function_after or (
        _GREETED_BEFORE.search(text, max(0, start - 24), start) is not None
        and _GREETED_AFTER.match(text, end) is not None
        and _in_chat(text)
    )
    if (
        not titled
        and not function_after
        and (" ".join(span.split()) in lex.places or " ".join(span.split()).lower() in municipalities())
    ):
        kind = "place" if len(span.split()) > 1 else "place_word"  # "Anna Paulowna" as a whole is a place
        return kind, f"'{' '.join(span.split())}' is a place"
    person_before = _AFFILIATION_BEFORE.search(text, max(0, start - 50), start)
    if (
        span.split()
        and person_before
        and lex.is_first_name(person_before.group("first"))
        and _AFFILIATION_AFTER.match(text, end)
        and not any(lex.is_first_name(w) or lex.is_surname(w) for w in span.split())
        and span.split()[0].capitalize() != person_before.group("first")  # "Shirin A. (SHIRIN AR)": her artist's name
        # ("Daan Haverkamp (Kingdaan)" under a chat where "Kingdaan:" speaks: his chat name)
        and not _speaks_in_chat(text, span)
    ):
        # "Wim Van Acker (Cipal Schaubroek)": a person's organisation ("Team Noord (Bouma)" is no person's)
        return "organisation", "in brackets after a person's name: their organisation"
    if not titled and len(span.split()) == 1 and _MODEL_AFTER.match(text, end):
        return "organisation", f"'{span.strip()}' is a make: a model's code and its kind follow ('Jensen A540 ...')"
    if not titled and named_model(text, end, words, lex):
        # "Stannah Siena 600 rechte traplift": a model's name, its number and its kind (no one's age or count)
        return "organisation", f"'{span.strip()}' names a model: its number and its kind follow ('Siena 600 ...')"
    # ("Van: Dierenambulance Zutphen <rit@dierenambulance-zutphen.nl>": the words the domain writes joined)
    # (not a given name first, in capitals too: "Van: SHIRIN AR <info@shirinar.studio>" is Shirin's own studio)
    given_first = bool(words) and lex.is_first_name(words[0][:1] + words[0][1:].lower())
    if (
        (len(words) == 1 or (len(words) <= 3 and not given_first))
        and named_by_domain(text, " ".join(words))
        and not owner_named(text, span)
    ):
        return "organisation", f"'{' '.join(span.split())}' is named by a mail or web domain of this text"
    if desk_of_place(span, text):
        return "organisation", f"'{' '.join(span.split())}' is a desk and its place ('Griffie Zwolle')"
    if not titled and len(span.split()) == 1 and after_postcode(text, start, end):
        # (one word: "2021 Ad Gerrits" in a version table is a year and a person)
        return "place_word", "after a postcode: the place of an address ('9090 Melle')"
    first = span.split()[0].lower() if span.split() else ""
    following = " ".join(text[start : start + 60].split()).lower()
    # (the longest place the text begins with: "ter apelkanaal", not "ter apel"; the list's order comes from a set,
    # and the first place that fit differed from run to run with the strings' hash seed)
    place = max(
        (p for p in places_of_several_words(0).get(first, ()) if following.startswith(p)), key=len, default=None
    )
    if not titled and place and len(place) >= len(" ".join(span.split())):
        return "place_word", f"part of the place name '{place}'"
    if not titled and PROPER_NAME_HEAD.match(span) and _CAPITAL_NEXT.match(text, end):
        nxt = _CAPITAL_NEXT.match(text, end)
        word = nxt.group("w") if nxt else ""
        if word not in lex.first_names and not lex.is_surname(word):
            return "organisation", f"'De ...' followed by '{word}': a building's or place's name ('De Hooge Waerden')"
    if not titled and PROPER_NAME_HEAD.match(span) and (noun := _ORGANISATION_NOUN_NEXT.match(text, end)):
        # ("De Goede Woning", also over a line's end: a housing corporation's noun that is a rare surname too)
        return "organisation", f"'De ...' followed by '{noun.group('w')}': an organisation's name"
    last = span.split()[-1].lower() if span.split() else ""
    # (of a double-barrelled surname its last part: "Kuijpers-Ammerlaan" ends in a surname, no street)
    head = span.split()[-1].strip(".,;:").split("-")[-1] if span.split() else ""
    # (endswith with a tuple first: most spans end in none of them)
    ending = (
        next((s for s in _STREET_ONLY if last.endswith(s) and len(last) > len(s) + 2), None)
        if last.endswith(_STREET_ONLY)
        else None
    )
    if ending and head not in lex.surnames:
        # "Dr. Kuyperstraat", "Etty Hillesumpad": a street named after someone, after a title too
        return "street", f"ends in '{ending}', as a street's name does and no surname"
    # "Pieter Zeemanweg", "Dr. Willem Dreeslaan": a surname and a street's ending, a word no surname list holds
    stem = (
        next((last[: -len(s)] for s in _STREETS_WEG if last.endswith(s) and len(last) > len(s) + 2), "")
        if last.endswith(_STREETS_WEG)
        else ""
    )
    # (one word alone is left to the name's evidence: "Oudeweg", found in a header, is someone's surname; not after a
    # title a street's name begins with: "Dokter Boumaweg", "Burgemeester Brokxlaan")
    several = len(span.split()) > 1 or _STREET_TITLE_BEFORE.search(text, max(0, start - 16), start) is not None
    if stem and several and head not in lex.surnames and lex.is_surname(stem.title()):
        return "street", f"a surname and a street's ending ('{head}'): a street named after someone"
    named = _named_after_here(text, span, head, lex.surnames)
    if named:
        # "Hendrik Wolterinkhof", "Aaltje Grevinkhof" where the text names "Hendrik Wolterink", "Aaltje Grevink"
        return "street", f"'{named}' and a street's ending: a street named after someone this text names"
    if stem and several and head not in lex.surnames and _HOUSE_NUMBER_AFTER.match(text, end):
        # "Dr. Van Thienenweg 1 · 8025 AM Zwolle": a street's ending and the house number after it
        return "street", f"a street's ending ('{head}') and a house number after it"
    # "Dokter Huber Noodtstraat 40": a title a street is named with, and the street's word glued to the surname
    if _STREET_TITLE_BEFORE.search(text, max(0, start - 16), start) and _GLUED_STREET_AFTER.match(text, end):
        return "street", "after a title a street is named with, its street word after it ('Dokter Huber Noodtstraat')"
    if _STREET_WORD_AFTER.match(text, end):
        return "street", "followed by a street's word ('Johan Cruijff Boulevard'): a street named after someone"
    if _STREET_WORD_BEFORE.search(text, max(0, start - 24), start) or (
        _STREET_WORD_BEFORE.match(span.split()[0] + " ") and _HOUSE_NUMBER.match(text[end : end + 12])
    ):
        return "street", "after a street's word ('rue Henri Dandoy', 'avenue Louise'): a street named after someone"
    if lex.ends_as_street(last):
        street = f"ends like a street or building name ('{span.split()[-1]}')"
        numbered = bool(_HOUSE_NUMBER.match(text[end : end + 12]))
        # "Fleur Ammerlaan", "Joost Verlaan": a first name and a listed surname, no house number: a person
        person = len(span.split()) > 1 and span.split()[0] in lex.first_names and head in lex.surnames
        if numbered or (last.endswith(_STREETS) and not person):
            return "organisation", street + " and is one"  # "Johan de Wittlaan", "Kerkweg 12"
        if head not in lex.surnames:  # "Westerhof", "Weeldenburg" are surnames; "Binnenhof" is not
            if _ARTICLE_RIGHT_BEFORE.search(text, max(0, start - 6), start):
                # "in het Nelson Mandelapark", "aan de Pieter de Hoochweg": a park, a street named after someone
                return "street", street + " after an article: named after someone"
            return "word", street
    if len(span.split()) > 1 and last in lex.street_suffixes and _HOUSE_NUMBER.match(text[end : end + 12]):
        return "organisation", f"a street name with its house number ('{span.split()[-1]}')"
    found = firm_or_building(text, start, end, titled, lex)
    if found is not None:
        return found
    words = span.split()
    # (not a copy of a name found surely: "notulen door Stuursma" of Marieke Stuursma, "stuur" and "ma")
    if len(words) == 1 and not titled and lex.is_compound_word(words[0].strip(".,;:()")):
        return "word", f"'{words[0]}' is a compound Dutch word, not a name"
    prev = _PREV_WORD.search(text[max(0, start - 30) : start])
    if (
        prev
        and len(words) == 2
        and words[0] in ("De", "Het")
        and words[1].lower() in lex.dutch_words
        and words[1].lower() not in common_surnames()  # ("Bakkerij De Groot": the baker's own name)
        and prev.group(1)[:1].isupper()
        and prev.group(1).lower().endswith(_TRADES)
    ):
        # "Steenhouwerij De Hamer", "Vishandel De Zwaluw": a trade and its sign (an article and a noun), no surname
        return "organisation", f"after '{prev.group(1)}': a trade's sign, an article and a noun"
    # (a place with its article: "rond De Kuip", "in De Lier")
    one = len(words) == 1 or (len(words) == 2 and words[0] in ("De", "Den", "Het", "'t"))
    # (or at the end of the line above, in a wrapped sentence: "een leverancier uit" / "Hoogeveen twee keer")
    wrapped = None if prev else _PREPOSITION_WRAPPED.search(text, max(0, start - 40), start)
    preposition = prev.group(1) if prev else (wrapped.group(1) if wrapped else "")
    if preposition in _PLACE_PREPOSITIONS and one and not _CAPITAL_NEXT.match(text, end):
        return "place_word", f"after '{preposition}': a place ('gedetineerd in Lima'), not a person"
    if prev and prev.group(1) in ("Wet", "wet", "Motie", "Amendement", "Regeling", "Besluit") and len(words) == 1:
        return "organisation", f"'{prev.group(1)} {span.strip()}': a law or motion named after its author"
    # ("25 jaar in dienst Henny Valkenburg", "uit dienst": employed; "Officier van dienst Ruud Hesselink": a role
    # on duty; no unit's name)
    in_service = bool(prev) and _IN_SERVICE.search(text, max(0, start - 30), start) is not None
    if prev and prev.group(1).lower() in lex.unit_words and not in_service:
        return "organisation", f"the name of a unit ('{prev.group(1)} ...'), not a person"
    if len(words) > 1 and words[0] in ("St", "St.", "Sint") and words[1][:1].isupper():
        return "organisation", f"begins with '{words[0]}': a saint's name ('St Jansdal'), a hospital, church or place"
    if prev and prev.group(1) in lex.honorifics:
        return "organisation", f"preceded by '{prev.group(1)}': a royal, saint or historic name"
    royal = _ROYAL_NEXT.match(text, end) if len(words) == 1 and span.strip() in lex.honorifics else None
    if royal and royal.group().strip() not in lex.places:  # ("PM-037 Prins Lhee": the surname, then the farm's place)
        return "organisation", f"'{span.strip()}' before a first name: a royal, saint or historic name"
    if prev and prev.group(1) in ("Het", "De"):
        # "Sportpark Het Wilbert", "Zwembad De Dolfijn": a place's name with its article after its head word
        lead = _PREV_WORD.search(text[max(0, start - len(prev.group(0)) - 30) : start - len(prev.group(0))])
        if lead and lead.group(1)[:1].isupper() and lead.group(1).lower() in lex.organisation_words:
            return "organisation", f"after '{lead.group(1)} {prev.group(1)}': the name of a place or a building"
    if (
        words[0] in ("De", "Het")
        and prev
        and len(prev.group(1)) >= 6
        and prev.group(1).lower() in lex.organisation_words
    ):
        # "dorpshuis De Ploeg", "Zwembad De Dolfijn": a building's name with its article, its kind before it
        return "organisation", f"after '{prev.group(1)}': the name of a building or a place"
    kind_after = _KIND_AFTER.match(text, end)
    # (an article before the name, as a building's name has it: "Volgens de bewaker heeft Peter Smit gebouw C
    # verlaten" is a person and a building)
    if kind_after and _ARTICLE_BEFORE_KIND.search(text, max(0, start - 12), start):
        # "het Fanny Blankers-Koen stadion": a building named in someone's honour, its kind after it in small letters
        return "organisation", f"followed by '{kind_after.group(1)}': a building named after someone"
    if (
        prev
        and prev.group(1) in BUILDING_KINDS
        and len(words) > 1
        and not _ARTICLE_BEFORE_KIND.search(text, max(0, start - len(prev.group(0)) - 12), start - len(prev.group(0)))
        and not _PEOPLE_AFTER.match(text, end)
    ):
        # "in woonzorgcentrum Johanna Westerdijk": a care home named after someone, its kind before it as a name's
        # part (not "het museum Sandra Verhoeven", the museum's director in apposition, nor "verpleeghuis Gerrit
        # Mulder en Truus Bakker", residents)
        return "building", f"after '{prev.group(1)}': a building or an institution named after someone"
    org_word = prev and organisation_ending(prev.group(1).lower(), 6, whole=True) is not None
    if prev and prev.group(1)[:1].isupper() and (prev.group(1).lower() in lex.organisation_words or org_word):
        # "Bouwbedrijf Van Dam": a company's name; when it is the owner's name, the judge decides (eenmanszaak)
        # ("Stichting Jan Jansen" is no one-man firm, nor is "Sportpark Johan Cruijff": a place named in honour)
        trade = org_word and prev.group(1).lower() not in _LEGAL_PERSONS | _HONOURING
        kind = "company" if trade and not LEGAL_FORM.match(text[end : end + 24]) else "organisation"
        if prev.group(1).lower() in BUILDING_KINDS and len(words) > 1:
            kind = "building"  # "Sportpark Johan Cruijff", "Woonzorgcentrum Johanna Westerdijk"
        return kind, f"preceded by '{prev.group(1)}': an organisation, building or place"
    return None


_ORGANISATION_NOUN_NEXT = compiled(
    r"[ \t\u00a0]*\n?[ \t\u00a0]*(?P<w>Woning|Woningen|Wonen|Zorg|Groep|Bouw)(?![\p{L}-])"
)
_TRADES = ("erij", "handel", "bedrijf", "winkel", "zaak", "atelier", "salon", "kwekerij", "werkplaats")
_INNER_TV = compiled(r"\s+(?:van\s+het|van\s+de|van\s+der|van\s+den|van|de|het)\s+\p{Lu}")


# not "naar": "stuur het naar Jansen"
_PLACE_PREPOSITIONS = frozenset({"in", "uit", "te", "vanuit", "nabij", "rond", "rondom"})
# a preposition ending a line of running text (a small word before it), the span beginning the next
_PREPOSITION_WRAPPED = compiled(r"(?<=\p{Ll}[ \t]+)(\p{Ll}+)[ \t]*\n[ \t]*\Z")
# "Koning Willem-Alexander", "Prinses Amalia": the title, then the royal's first name
_ROYAL_NEXT = compiled(r"[ \t\u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])")
_CAPITAL_NEXT = compiled(r"[ \t\u00a0]+(?P<w>\p{Lu}\p{Ll}{2,})(?![\p{L}-])")


def _speaks_in_chat(text: str, span: str) -> bool:
    """``span`` speaks in a chat's export in ``text`` ("[13-09-2025 21:14] Kingdaan: ...")."""
    name = regex.escape(" ".join(span.split()))
    return compiled(rf"(?m:^[ \t]*{CHAT_STAMP}\]?[ \t]*-?[ \t]*{name}:)").search(text) is not None


# "Wim Van Acker (Cipal Schaubroek)": a capitalised word, an opening bracket, the span, the closing bracket
# a make's model and its kind: "Jensen A540 versnipperaar", "Vermeer SC552 stobbenfrees"
_MODEL_AFTER = compiled(r"[ \t\u00a0]+\p{Lu}{1,3}\d{2,4}\p{Lu}?[ \t\u00a0]+\p{Ll}{4,}(?![\p{L}])")
_AFFILIATION_BEFORE = compiled(
    r"(?<![\p{L}])(?P<first>\p{Lu}\p{Ll}+)(?:[ \t\u00a0]+(?:\p{Ll}{1,3}[ \t\u00a0]+)*\p{Lu}[\p{L}'’-]+){1,3}"
    r"[ \t\u00a0]*\([ \t\u00a0]*\Z"
)
_AFFILIATION_AFTER = compiled(r"[ \t\u00a0]*\)")
