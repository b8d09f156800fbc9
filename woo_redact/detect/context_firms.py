"""Firms, buildings and institutions named after someone: the part of the judge (:func:`.context.not_a_person`) that
reads the words around a name-like span for a company's or a building's name ("Jan Jansen B.V.", "Visser Bouw
Oldenzaal", "Anne Frank Stichting", "Pieter Jelles Troelstraschool", "Raadhuis De Paauw") and the labels of an
organisation or a location before it.
"""

from __future__ import annotations

import regex

from .context_labels import (
    _BUILDING_BEFORE,
    _COMMUNITY_BEFORE,
    _INSTITUTIONS,
    _ORG_LABEL,
    _PARTNERSHIP,
    _PLACE_LABEL,
    _ROOM_BEFORE,
    _SCHOOL_BEFORE,
    _header_row,
    _located,
)
from .evidence_text import _ONE_MAN_FIRM
from .grammar import compiled
from .lexicons import Lexicons, one_word_particles, organisation_ending
from .organisation_names import ORGANISATION_HEAD
from .street_context import _PARTICLE_STREET_AFTER

__all__ = [
    "LEGAL_FORM",
    "NEXT_WORDS",
    "PROPER_NAME_HEAD",
    "companies_with_legal_form",
    "ends_with_legal_form",
    "firm_or_building",
    "followed_by_trade",
]

PROPER_NAME_HEAD = compiled(r"\A(?:De|Het|'t|’t)[ \t\u00a0]+\p{Lu}\p{Ll}+\Z")

# a sentence wrapped between a name and its institution's word: "op het Johan de Witt" / "College betreft"
_INSTITUTION_WRAPPED = compiled(r"[ \t\u00a0]*\n[ \t\u00a0]*(\p{Lu}\p{Ll}+)(?=[ \t\u00a0]+\p{Ll}|[,.;)])")
_PROSE_BEFORE = compiled(r"(?<![\p{L}])(?:het|de|op|van|in|bij|naar|aan)[ \t\u00a0]+\Z")
NEXT_WORDS = compiled(
    r"\A(?:[ \t\u00a0-]+(?:(?:[IVX]+|\d+)(?![\p{L}\d])|\p{Lu}[\p{L}'’-]*"
    r"|(?:van|de|der|den|het|'t|ter|ten)(?!\p{L}))){1,4}"
)

# on the name's own line: "Jolanda Smits-Ekkel" over "B.V." is a contact person beside a company's wrapped name
_LEGAL_FORMS = r"B\.\s?V\.|N\.\s?V\.|V\.O\.F\.|BV|NV|VOF"
LEGAL_FORM = compiled(
    rf"\A[ \t,]*(?P<wrapped>\n[ \t]*)?(?:{_LEGAL_FORMS}|GmbH|Ltd|Inc"  # ("Pluimveebedrijf De Eshof" / "B.V.")
    # "Dhillon & Partners Legal", "Van Dijk & Co": a firm ("Huizinga & Zn.", "Bakker & Zonen" name their owner)
    r"|(?:&|en)[ \t]+(?:Partners|Co\.?|Associates|Associés)"
    # ("Koolhoven & Stam Restauratiearchitecten": the partners' names and their profession, a firm's)
    r"|&[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+(?:Partners|(?=\p{Lu})\p{L}*?(?i:advocaten|architecten|notarissen|adviseurs|"
    r"accountants|ingenieurs|makelaars|consultants)(?!\p{L}))"
    # "Bouwbedrijf Dam & Zonen B.V.": the family firm is a legal person, whoever its founder was
    r"|&[ \t]+(?:Zonen|Zn\.?)[ \t,]*(?:B\.\s?V\.|N\.\s?V\.|BV|NV))(?!\p{L})"
)
# a legal form ending a span of several words: "Caseflow Europe Ltd", "Zaakwerk Nederland B.V."
_LEGAL_FORM_END = compiled(rf"[ \t\u00a0]+(?:{_LEGAL_FORMS}|GmbH|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.)\Z")


# two to four capitalised words on one line and a legal person's form after them (not V.O.F., C.V.: partners, natural
# persons): "IJsselvallei Water N.V.", "Aannemersbedrijf Gebroeders Jansen Infra B.V." (its last four words)
_CAPITALISED = r"\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*"  # (a small letter in it: no word in capitals, no acronym)
_COMPANY = compiled(
    rf"(?<![\p{{L}}\d'’.&-])(?P<name>{_CAPITALISED}(?:[ \u00a0]+{_CAPITALISED}){{1,3}})"
    r"[ \u00a0,]*(?:B\.\s?V\.|N\.\s?V\.|BV|NV)(?!\p{L})"
)


# a courtesy title or a person's title before a name: "Mw Jansen", "Dhr Bakker", "Fam Yilmaz", "Dr Visser"
_COURTESY = frozenset(
    {"mw", "mevr", "mevrouw", "dhr", "heer", "meneer", "mr", "dr", "drs", "ir", "ing", "prof", "fam", "familie"}
)


def companies_with_legal_form(text: str) -> tuple[str, ...]:
    """The names of two words or more that ``text`` writes with a legal person's form after them ("IJsselvallei Water
    N.V." -> "IJsselvallei Water"), in order, each once; not a name whose first word is a first name or an article
    alone before one word ("Jan Jansen B.V.", "De Vries B.V.": a person's name, a firm perhaps named after him)."""
    from .lexicons import load_lexicons

    if "V" not in text:
        return ()
    lex = load_lexicons()
    out: dict[str, None] = {}
    for m in _COMPANY.finditer(text):
        words = m.group("name").split()
        if lex.is_first_name(words[0]) or (len(words) == 2 and words[0] in ("De", "Het", "Van")):
            continue
        if words[0].lower() in _COURTESY:  # "Mw Jansen BV": a person addressed, not a company's name batch-wide
            continue
        out[" ".join(words)] = None
    return tuple(out)


def ends_with_legal_form(span: str) -> bool:
    """``span`` (two words or more) ends with a company's legal form: a legal person's name, no one's."""
    return _LEGAL_FORM_END.search(span.strip()) is not None


# capitalised after a surname, a trade that makes it a firm's name ("Visser Bouw Oldenzaal", "Dam Schoonmaak");
# not organisation words, which count in lower case too ("tijdens de bouw" near an address says nothing)
# a trade's or a one-person service's word after a surname: "Jansen Bouw", "Oudejans Advies & Projectbegeleiding",
# "Verhoeckx Agrarisch Loonwerk" (a firm named after someone, perhaps its owner)
_TRADE_WORDS = frozenset(
    {
        "bouw",
        "schoonmaak",
        "installatietechniek",
        "onderhoud",
        "hoveniers",
        "loonwerk",
        "agrarisch",
        "advies",
        "consultancy",
        "coaching",
        "projectbegeleiding",
        "projectmanagement",
        "interimmanagement",
        "fotografie",
        "vertalingen",
        "administratie",
        "boekhouding",
        "trainingen",
        "klussen",
        "inspectie",
        "keuringen",
        "taxi",
        "taxivervoer",
        "grondverzet",
        "schilderwerken",
        "timmerwerken",
        "transport",
    }
)
_BUILDINGS = ("gebouw",)  # "Herman Teirlinckgebouw"
# legal forms are words of their own ("Acme Inc"), no ending of one: "Lőrinc" ends in "inc"
_LEGAL_FORM_WORDS = frozenset({"inc", "ltd", "vof", "b.v", "n.v", "llc", "gmbh"})
# one or two capitalised words and a legal form after a surname: "Dam Schoonmaak B.V.", "Visser Groep BV"
_FIRM_NAME_AFTER = compiled(rf"\A(?:[ \t\u00a0]+\p{{Lu}}[\p{{L}}'’-]+){{1,2}}[ \t,]*\n?(?:{_LEGAL_FORMS})(?!\p{{L}})")


def _hyphen_tail(text: str, end: int) -> str:
    """The rest of a hyphenated word the span ends in: "Johan de Witt[-gymnasium]"."""
    m = compiled(r"\A-[\p{L}-]+").match(text[end : end + 40])
    return m.group() if m else ""


# "van" as a word: what follows a name from it on is of it ("Bakker van Waterschap Limburg"); compiled as
# regex.split(pattern, ...) compiles it (no flags)
_VAN = regex.compile(r"(?<![\p{L}])van(?![\p{L}])")


# the trade name's kind in brackets after it: "Griffioen Sloopwerken (eenmanszaak uit Waddinxveen)", "(zzp)"
_ONE_MAN_AFTER = compiled(r"[ \t]*\((?i:eenmanszaak|zzp(?:'er)?)(?![\p{L}])")


def _one_man_firm(text: str, start: int, word: str) -> bool:
    """The document says the firm whose name begins at ``start`` with the trade's ``word`` after it is a one-man
    business, here or where it names that firm again ("de eenmanszaak met de handelsnaam Oudejans Advies" and,
    further on, "een factuur van Oudejans Advies")."""
    if _ONE_MAN_FIRM.search(text, max(0, start - 60), start):
        return True
    at = text.find(word, start)
    if at >= 0 and _ONE_MAN_AFTER.match(text, at + len(word)):
        return True  # "Griffioen Sloopwerken (eenmanszaak uit Waddinxveen)"

    name = text[start:at].split() if at >= 0 else []
    if not name or "eenmanszaak" not in text.lower():
        return False
    # "Bouma Schoonmaak - factuur 2026-118" / "Wietse Bouma | eenmanszaak | KvK ...": the lines after the firm's
    # name give its owner of that surname and say it is a one-man business
    below = text[at : _line_end(text, _line_end(text, _line_end(text, at) + 1) + 1)]
    if "eenmanszaak" in below.lower() and compiled(rf"(?<![\p{{L}}]){regex.escape(name[-1])}(?![\p{{L}}])").search(
        below, len(word)
    ):
        return True
    whole = r"[ \t\u00a0\n]+".join(regex.escape(w) for w in [*name, word])
    return any(
        _ONE_MAN_FIRM.search(text, max(0, m.start() - 60), m.start()) or _ONE_MAN_AFTER.match(text, m.end())
        for m in compiled(rf"(?<![\p{{L}}]){whole}(?![\p{{L}}])").finditer(text)
    )


def owners_trade_after(text: str, end: int) -> bool:
    """A trade's word among the capitalised words after the span, and no legal form of a company after them ("Ruiz
    Digital Advies", not "Ruiz Digital Advies B.V."): the name of a one-man business, its owner's if the surname is
    the name of a person the document names."""
    nxt = NEXT_WORDS.match(text[end : end + 60])
    if nxt is None:
        return False
    words = nxt.group().split()
    for word in words[:3]:
        if not word[:1].isupper() or word.lower() in _LEGAL_FORM_WORDS:
            return False
        if word.lower().strip(",.;:()") in _TRADE_WORDS:
            at = end + nxt.group().index(word) + len(word)
            return not LEGAL_FORM.match(text[at : at + 24]) and not _FIRM_NAME_AFTER.match(text[at : at + 60])
    return False


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def followed_by_trade(text: str, end: int) -> bool:
    """A trade's word follows the span ("Koolhoven Installatietechniek", "Jansen Bouw"): a firm named after
    someone, perhaps its owner."""
    nxt = NEXT_WORDS.match(text[end : end + 60])
    words = nxt.group().split() if nxt else []
    return bool(words) and words[0][:1].isupper() and words[0].lower().strip(",.;:()") in _TRADE_WORDS


def _with_legal_form_elsewhere(text: str, words: list[str]) -> bool:
    """The words stand elsewhere in the text with a legal form after them ("Van der Wiel Groen" / "B.V." wrapped
    in a table's cell, "Van der Wiel Groen B.V." in the next paragraph)."""
    whole = r"[ \t\u00a0\n]+".join(regex.escape(w) for w in words)
    found = compiled(rf"(?<![\p{{L}}]){whole}(?![\p{{L}}])").finditer(text)
    return any(LEGAL_FORM.match(text[m.end() : m.end() + 24]) for m in found)


# endings of buildings' names that many surnames have too ("Nijhuis", "Dijkhuis", "Westerhof"; no surname ends
# like "prijs" or "fonds")
_PARTICLE_HEADS = frozenset({"ver", "van", "ter", "ten", "der", "den", "uit"})
_SURNAME_ENDINGS = frozenset(
    {"huis", "hof", "hoeve", "burg", "berg", "stein", "kerk", "kamp", "veld", "dijk", "weg", "brug", "huizen", "horst"}
)


def _a_word(word: str, lex: Lexicons) -> bool:
    """A Dutch word, simple or compound ("ziekenhuis" of "Catharina Ziekenhuis"), not a surname's part."""
    return word in lex.dutch_words or lex.is_compound_word(word.capitalize()) or lex.is_ordinary_word(word.capitalize())


_INITIALS_WORD = compiled(r"(?:\p{Lu}\.){1,5}")
_INITIALS_END = compiled(r",[ \t]*(?:\p{Lu}\.[ \t]?){1,4}\Z")


_STREET_AND_NUMBER_AFTER = compiled(r"[ \t]*,[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3}[ \t]+\d")


def _organisation_word(word: str, lex: Lexicons) -> bool:
    """A word of the organisations' list that is no name ("Inrichting", "Centrum"; not "Hof", "Huis": surnames)."""
    bare = word.strip(",.;:()")
    low = bare.lower()
    return (
        low in lex.organisation_words
        and low not in ORGANISATION_HEAD
        and not (lex.is_surname(bare) or lex.is_first_name(bare))
    )


# the words a building or an event named after someone ends in, written onto the surname ("Inge de Bruijnbad",
# "Fanny Blankers-Koenstadion"; "Ranomi Kromowidjojo Zwemgala": an event's word ends no surname at all)
_BUILDING_ENDINGS = (
    "bad", "sporthal", "stadion", "school", "college", "zaal", "gebouw", "theater", "bibliotheek", "museum",
)  # fmt: skip
# ... and the works and buildings named so whose word ends surnames too ("Oostenbrug"): only after an article, the
# stem no surname ("de Willem de Zwijgerbrug")
_WORKS_ENDINGS = ("brug", "tunnel", "sluis", "kazerne", "ziekenhuis")
_EVENT_ENDINGS = (
    "gala", "toernooi", "trofee", "bokaal", "lezing", "festival", "marathon", "memorial", "prijs", "cup",
)  # fmt: skip


def _named_in_honour(word: str, lex: Lexicons, words: int) -> bool:
    """A name's last word that ends in an event's word after a full name (``words``: the span's, three or more), or in
    a building's word after a name a list holds ("Bruijn|bad"; not "Verzaal", "Ver" is no name), and that no list
    holds as a surname, a first name or a word."""
    low = word.lower()
    if not word[:1].isupper() or lex.is_surname(word) or lex.is_first_name(word) or lex.is_ordinary_word(word):
        return False
    if words >= 3 and any(low.endswith(e) and len(low) >= len(e) + 3 for e in _EVENT_ENDINGS):
        return True
    stem = next((word[: -len(e)] for e in _BUILDING_ENDINGS if low.endswith(e) and len(low) >= len(e) + 3), "")
    return bool(stem) and (lex.is_surname(stem) or lex.is_first_name(stem))


_CLAUSE_END_AFTER = compiled(r"[ \t]*(?:[.,;:)]|\n|\Z)")


def _named_work(text: str, start: int, words: list[str], lex: Lexicons) -> bool:
    """ "de Willem de Zwijgerbrug": after an article, a name of three words or more whose last ends in a work's word
    after a stem no list holds as a surname (not "Jan van Oostenbrug")."""
    last = words[-1].strip(".,;:()")
    low = last.lower()
    stem = next((last[: -len(e)] for e in _WORKS_ENDINGS if low.endswith(e) and len(low) >= len(e) + 3), "")
    return (
        len(words) >= 3
        and bool(stem)
        and not lex.is_surname(stem)
        and not lex.is_surname(last)
        and _ARTICLE_JUST_BEFORE.search(text, max(0, start - 6), start) is not None
    )


_ARTICLE_JUST_BEFORE = compiled(r"(?<![\p{L}])(?:de|het)[ \t\u00a0]+\Z")


def firm_or_building(text: str, start: int, end: int, titled: bool, lex: Lexicons) -> tuple[str, str] | None:
    """(kind, why) when the words around ``text[start:end]`` make it a company's, an organisation's, a building's
    or a room's name (kinds as :func:`.context.not_a_person`'s), or None."""
    span = text[start:end]
    words = span.split()
    # ("Van ‘t Hof": OCR's look-alike of the apostrophe)
    after_tv = len(words) > 1 and words[-2].lower().replace("‘", "'") in one_word_particles(lex)
    person = len(words) == 2 and words[0] in lex.first_names and words[1] in lex.surnames  # "Hanneke Sluis"
    if words and words[-1].lower() in lex.organisation_words and len(words) > 1 and not after_tv and not person:
        return "organisation", f"ends in '{span.split()[-1]}': an organisation, building or place"
    if len(words) > 1 and (
        _named_in_honour(words[-1].strip(".,;:()"), lex, len(words)) or _named_work(text, start, words, lex)
    ):
        # "het Inge de Bruijnbad", "het Ranomi Kromowidjojo Zwemgala": a pool or an event named after someone (kept
        # as a school named so is, after initials too: "Annie M.G. Schmidtschool")
        return "institution", f"ends in '{words[-1]}', a building's or an event's word: named after someone"
    # "Penitentiaire Inrichting Lankhorst", "Pieter Baan Centrum en de Johannes": an organisation's word inside it
    # (a head's word begins another cell's organisation, "Jeroen Koudijs Gemeente Nijkerk", and a first name after
    # the word another cell's person: no such name is kept)
    inner = next(
        (
            w
            for w, nxt in zip(words[1:-1], words[2:])
            if w[:1].isupper() and _organisation_word(w, lex) and not lex.is_first_name(nxt.strip(",.;:()"))
        ),
        None,
    )
    if inner is not None:
        return "organisation", f"holds '{inner}': an organisation's, building's or place's name"
    wrapped = _INSTITUTION_WRAPPED.match(text, end)
    if wrapped and _PROSE_BEFORE.search(text, max(0, start - 30), start) and wrapped.group(1).lower() in _INSTITUTIONS:
        # "de melding van verzuim op het Johan de Witt" / "College betreft": a school's name wrapped in a sentence
        return "organisation", f"followed by '{wrapped.group(1)}' on the next line of its sentence: an institution"
    nxt = NEXT_WORDS.match(text[end : end + 60])
    legal = LEGAL_FORM.match(text[end : end + 24])
    if legal and legal.group("wrapped") and words and lex.is_first_name(words[0]):
        legal = None  # "Jolanda Smits-Ekkel" / "B.V.": the legal form of the company's cell beside, wrapped
    if legal:
        if _PARTNERSHIP.match(text, end):
            # "Fruitbedrijf Arntz V.O.F." of Jos Arntz: a partnership of natural persons, named after them
            return "company", "followed by V.O.F. or C.V.: a partnership of natural persons, perhaps named after them"
        return "organisation", "followed by a legal form (B.V., N.V.): a company"
    # (no given name first: "Jan Jansen" stays a person beside his "Jan Jansen B.V.")
    if len(words) > 2 and not lex.is_first_name(words[0]) and _with_legal_form_elsewhere(text, words):
        return "organisation", "written with a legal form (B.V., N.V.) elsewhere in this text: a company"
    if len(words) == 1 and _FIRM_NAME_AFTER.match(text[end : end + 60]):
        return "organisation", "the first word of a company's name with its legal form ('Dam Schoonmaak B.V.')"
    if len(words) > 1 and not lex.is_first_name(words[0]) and _FIRM_NAME_AFTER.match(text[end : end + 60]):
        return "organisation", "the first words of a company's name with its legal form ('De Hooge Bulten B.V.')"
    if (
        _ORG_LABEL.search(text, max(0, start - 60), start)
        and not _header_row(text, start)
        and not _own_mail(text, start, end)
    ):
        return "organisation", "the value of an organisation label ('School', 'Organisatie'): an organisation's name"
    # (not a first name and a known surname: "Locatie: Ruud Vos, Hoofdweg 31", a resident where the inspection was)
    # (a building or room named after someone stays: "Locatie: Herman Teirlinck - 01.16")
    full_name = len(words) > 1 and lex.is_first_name(words[0]) and lex.is_surname(words[-1].strip(",.;:()"))
    full_name = full_name and _STREET_AND_NUMBER_AFTER.match(text, end) is not None
    if _PLACE_LABEL.search(text, max(0, start - 120), start) and not _header_row(text, start) and not full_name:
        return "place", "the value of a location label ('Locatie:'): a building or a room named after someone"
    if PROPER_NAME_HEAD.match(span) and _located(text, span):
        # "Raad: De Paauw - factsheet nr. 11" where "Locatie  De Paauw, Muzenzaal" stands above: the town hall
        return "place", f"'{span}' is the value of this text's location label: a building's name"
    school = _SCHOOL_BEFORE.search(text, max(0, start - 24), start)
    # (over a line's end only a name that ends its clause: not "de basisschool" / "Anouk de Groot over ...")
    if school and ("\n" not in school.group("gap") or _CLAUSE_END_AFTER.match(text, end)):
        return "building", "after a school's word ('IKC Annie M.G. Schmidt', 'obs De Regenboog'): its name"
    community = _COMMUNITY_BEFORE.search(text, max(0, start - 24), start) and words[0] in ("De", "Het", "'t", "’t")
    if _BUILDING_BEFORE.search(text, max(0, start - 24), start) or community:
        return "building", "after a building's word ('Raadhuis De Paauw', 'Huize Ivicke'): a building's name"
    if _ROOM_BEFORE.search(text, max(0, start - 20), start):
        return "place", "after 'zaal': a room named after someone ('zaal Beatrix')"
    if words and lex.is_first_name(words[-1]) and _PARTICLE_STREET_AFTER.match(text, end):
        return "organisation", "a first name that begins a street's name ('Wilhelmina van Pruisenweg 52')"
    if _INITIALS_END.search(span):
        nxt = None  # "VAN DAM-BRINKMAN, I. DG Curatieve Zorg": a name written surname first ends at its initials
    following = (nxt.group() if nxt else "") + " " + _hyphen_tail(text, end)
    following = _VAN.split(following)[0]  # "Bakker van Waterschap Limburg": of it
    after = following.replace("-", " ").split()
    if len(words) > 1 and span.isupper():  # "RENÉ BAGCHUS Caribisch Nederland": the next cell's words, not his
        after = after[: next((k for k, w in enumerate(after) if not w.isupper()), len(after))]
    # a first name and more: an organisation's word must follow at once ("Anne Frank Stichting"); further on it is
    # the next cell's ("Remco de Bruijn-Tjon A Fong Netbeheer Nederland" in an invitees' list)
    person_like = len(words) >= 2 and lex.is_first_name(words[0]) and not lex.is_ordinary_word(words[0])
    owner = person_like or any(lex.is_first_name(w) for w in words[:-1])  # "Gr. Ruud Koolhoven"
    for k, word in enumerate(after):
        if k >= 1 and person_like:
            break
        if word.lower() in ORGANISATION_HEAD and k + 1 < len(after) and after[k + 1][:1].isupper():
            break  # "Tineke Bos-Vlastuin Stichting Windpark Arkemheen": another organisation's name begins
        bare_word = word.lower().strip(",.;:()")
        trade = word[:1].isupper() and bare_word in _TRADE_WORDS
        if trade and (owner or _one_man_firm(text, start, word)):
            # "Ruud Koolhoven Installatietechniek", "eenmanszaak Koolhoven Installatietechniek", "de eenmanszaak met
            # de handelsnaam Oudejans Advies": a one-man business named after its owner, perhaps ("Visser Bouw"
            # stays a firm's name)
            return "company", f"followed by '{word}': a trade's name, perhaps its owner's"
        if trade or bare_word in lex.organisation_words:
            return "organisation", f"followed by '{word}': an organisation, building or place"
        ending = organisation_ending(bare_word, 6) if k == 0 and word[:1].isupper() else None
        ending = None if ending in lex.street_suffixes else ending  # "Zwart Janstraat 61A": a street, an address
        if ending and len(bare_word) - len(ending) >= 3 and not lex.is_surname(word.strip(",.;:()")):
            if ending in _INSTITUTIONS:  # "Pieter Jelles Troelstraschool": a school named after someone, no firm
                return "organisation", f"followed by '{word}': an institution named after someone"
            return "company", f"followed by '{word}': a company's name, perhaps its owner's ('Kroezen Loonbedrijf')"
    given_first = bool(words) and lex.is_given_name(words[0])
    for w in words:
        bare = w.strip(".,;:()").lower()
        if all(
            q in lex.surnames or q in lex.first_names
            for p in w.strip(".,;:()").split("-")
            for q in ((p.capitalize(),) if p.isupper() else (p,))  # "WESTERHOF, Johannes" from a list in capitals
        ):
            continue  # "Baas-Verkerk": every part a name, whatever the last one ends in
        ending = organisation_ending(bare, 3) or next((b for b in _BUILDINGS if bare.endswith(b)), None)
        if (
            ending
            and len(bare) - len(ending) >= 3
            and ending not in _LEGAL_FORM_WORDS
            and bare[: -len(ending)] not in _PARTICLE_HEADS  # "Verzaal", "Terhal": a particle grown onto a word
        ):
            part = bare.split("-")[-1]
            # ("GROTHUIS, W.", "Oosterhuis, Anne": a surname first, its initials or first name after the comma)
            after_w = words[words.index(w) + 1] if w.endswith(",") and words.index(w) + 1 < len(words) else ""
            inverted = bool(after_w) and (
                _INITIALS_WORD.fullmatch(after_w) is not None or lex.is_given_name(after_w.strip(".,;:()"))
            )
            named = titled or (w is not words[0] and given_first) or inverted
            if named and ending in _SURNAME_ENDINGS and len(part) > len(ending) and not _a_word(part, lex):
                # "Ruben Agyeman-Dijkhuis", "mevrouw Dijkhuis", a copy of a surely found name: a surname that
                # only ends like "huis"
                continue
            if ending in _INSTITUTIONS and w is words[-1]:
                # "Annie M.G. Schmidtschool", "Dr. A.F. Philipsschool": a school named after someone, initials and all
                return "institution", f"'{w}' ends like a school's or an institution's name ('{ending}')"
            if w is words[0] and len(words) > 2 and _INITIALS_WORD.fullmatch(words[1]) and ending not in _INSTITUTIONS:
                # "TAXATIEBUREAU K. WESSELS", "Adviesbureau J. de Vries": a firm named by its owner's initials and name
                return "company", f"'{w}' and initials after it: a trade's name with its owner's initials"
            return "organisation", f"'{w}' ends like an organisation or building name ('{ending}')"
    return None


_MAIL_LOCAL = compiled(r"(?<![\w.+-])(?P<local>[\w.+-]{3,40})@[\w-]+\.")


def _own_mail(text: str, start: int, end: int) -> bool:
    """The text holds an e-mail address made of the span's name ("Organisatie" | "Rachid El Khatib" | ... |
    "r.elkhatib@safeflow.nl" in a table of partners, whose e-mail column the text may read after the table: the
    organiser's contact person, not the organisation)."""
    from .accounts import user_ids

    if "@" not in text:
        return False
    ids = user_ids(" ".join(text[start:end].split()))
    return any(m.group("local").lower() in ids for m in _MAIL_LOCAL.finditer(text))
