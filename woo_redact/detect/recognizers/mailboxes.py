"""Functional mailboxes: whether an e-mail address is an office's (woo@minvro.nl, info@gemeente.nl,
"Van: Klantcontact RVO <tek@rvo.nl>") or a person's (s.visser@, kyanobeijring@, gj.vanleeuwen@).

An address is a person's when a part of its local part is an initial, a known name, a first name and surname
written as one, or a particle and surname written as one; an office's when its parts are words, acronyms,
places beside a function word, or the text shows it as an office's (its display name, a mailbox label before
it). A consumer provider's address is a person's. Used by the e-mail and phone recognizers.

This module reads the text around an address and weighs its parts; each part is read in :mod:`.mailbox_parts`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_lexicons, municipalities
from .capitals import alone_in_capitals
from .mailbox_parts import (
    _acronym_beside_function,
    _functional_word,
    _initial_surname,
    _is_word,
    _joined_name,
    _local_parts,
    _name_like_part,
    _particle_surname,
    _place_beside_function,
)

__all__ = ["attested_mailbox", "called_mailbox", "functional_mailbox", "named_surname", "owners_domain"]


def called_mailbox(text: str, start: int, end: int) -> bool:
    """The words just before the address at ``start:end`` call it a mailbox ("Postbus Opvang <opvang@...>",
    "Het secretariaat is bereikbaar via ...") and no part of it is a name."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start].lower()
    # "Functionele mailbox DCC" / "dcc@minienw.nl": its label above; "secretariaat gedeputeerde" / "<sgz@...>": the
    # display name above its address's bracket
    if not before.strip(" \t<([") and line_start > 0:
        before = text[max(text.rfind("\n", 0, line_start - 1) + 1, line_start - 41) : line_start - 1].lower()
    # "helpdesk@logius.nl; Kyano Beijring <", "Team Noord <tn@...> en Jan Vrolijk <": this item only
    before = re.split(r"[;,>)]", before)[-1]
    parts = _local_parts(text[start:end])
    # "tek", "dio": short or function words, none a name ("pim.vrolijk", "m.devries" are a person's)
    short = all(len(p) > 1 and (len(p) <= 3 or _functional_word(p)) for p in parts)
    named = any(_name_like_part(p) or _joined_name(p) or _initial_surname(p) for p in parts)
    if short and not named and _office_display(text[max(line_start, start - 50) : start]):
        return True  # the office's own name shown with it: its address
    shown = _DISPLAY.search(text[max(line_start, start - 50) : start])
    if shown and not named and shown.group("name").isupper() and shown.group("name").lower() == "".join(parts):
        return True  # "LCI <lci@rivm.nl>": an acronym shown as the address's name, no one's initials spelled out
    if shown and _unit_spelled(shown.group("name"), parts):
        return True  # "Team Opvang Ter Apel <opvang.terapel@coa.nl>": a unit's name, the address spelled from it
    places = load_lexicons().places
    # a place among the parts is the office's area ("Secretariaat: rwb-groningen@")
    named = any(
        (_name_like_part(p) and not (len(p) > 3 and p.capitalize() in places)) or _joined_name(p) or _initial_surname(p)
        for p in parts
    )
    return not named and bool(_MAILBOX_CONTEXT.search(before))


# a surname after initials or a title: "mr. F.M. Timmerhuis", "de heer Timmerhuis", "A. Scheepbouwer"
_NAMED_AS = (
    r"(?<![\w@.-])(?:(?:[A-Z]\.[ \t]?)+|(?i:mr|mevrouw|mevr|mw|dhr|heer|drs|ir|dr|ing)\.?[ \t]+(?:[A-Z]\.[ \t]?)*)"
    r"(?:(?:van|de|der|den|ter|ten)[ \t]+)*"
)


def named_surname(address: str, text: str) -> bool:
    """The local part of ``address`` (its letters, one word of four or more) stands in ``text`` as a surname after
    initials or a title ("mr. F.M. Timmerhuis" beside "timmerhuis@agrilex.nl"): the address is that person's,
    whatever word its letters make."""
    local = address.split("@", 1)[0].rstrip("0123456789")
    if len(local) < 4 or not local.isalpha():
        return False
    surname = re.escape(local[:1].upper()) + "(?i:" + re.escape(local[1:]) + ")"
    return re.search(_NAMED_AS + surname + r"(?![\w@])", text) is not None


# what follows the owner's surname in a one-man business's domain ("hakvoort" + "montage"), or nothing
_TRADE_WORDS = frozenset(
    "| montage bouw advies transport techniek klussen service services diensten design consult consultancy "
    "fotografie onderhoud installatie installaties schilders hoveniers timmerwerken vervoer coaching tuinen "
    "akoestiek administratie architectuur dakwerken stukadoors schilderwerken bodemadvies loodgieters "
    "historie onderzoek vertalingen vertaalbureau taaldiensten tolkdiensten".split()
) | {""}
_NAMED_SURNAME = re.compile(_NAMED_AS + r"([A-Z][a-z]{4,})(?![\w@])")
# a given name (checked against the lexicon), its particles and the surname: "Jeroen van Lochem"
_GIVEN_SURNAME = re.compile(
    r"(?<![\w@.-])(?P<given>[A-Z][a-z]{2,})[ \t]+(?P<particles>(?:(?:van|de|der|den|ter|ten)[ \t]+)*)"
    r"(?P<surname>[A-Z][a-z]{4,})(?![\w@])"
)
_SURNAME_GIVEN = re.compile(
    r"(?<![\w@.-])(?P<surname>[A-Z][a-z]{4,}),[ \t]+(?P<given>[A-Z][a-z]{2,})"
    r"(?P<particles>(?:[ \t]+(?:van|de|der|den|ter|ten))*)(?![\w@])"
)
_LEGAL_FORM = re.compile(r"(?<![\w.])(?:B\.[ ]?V\.|N\.[ ]?V\.|BV|NV|Holding)(?![\w])")


def owners_domain(address: str, text: str) -> bool:
    """The domain of ``address`` begins with a surname ``text`` writes after initials, a title or a given name (before
    or after it: "Kerkhofs, Wouter"), and no line that holds the surname holds a legal form
    ("info@hakvoortmontage.nl" of "D.J. Hakvoort", a one-man business; not "info@jansenbouw.nl" of "Bouwbedrijf Jansen
    B.V."): its owner's mailbox."""
    # ("info@kerkhofs-installatie.nl": the domain's hyphen between the surname and the trade)
    label = address.rpartition("@")[2].split(".")[0].lower().replace("-", "")
    owners = {
        m.group(1)
        for m in _NAMED_SURNAME.finditer(text)
        if label.startswith(m.group(1).lower()) and label[len(m.group(1)) :] in _TRADE_WORDS
    }
    # ("info@vanlochemakoestiek.nl" of "Jeroen van Lochem": the particles written in the domain too)
    lex = load_lexicons()
    # ("Kerkhofs, Wouter <info@kerkhofs-installatie.nl>": an e-mail header's inverted name)
    for m in [*_GIVEN_SURNAME.finditer(text), *_SURNAME_GIVEN.finditer(text)]:
        whole = "".join(m.group("particles").split()).lower() + m.group("surname").lower()
        if label.startswith(whole) and label[len(whole) :] in _TRADE_WORDS and lex.is_first_name(m.group("given")):
            owners.add(m.group("surname"))
    return any(
        not any(_LEGAL_FORM.search(line) for line in text.splitlines() if re.search(rf"\b{name}\b", line))
        for name in owners
    )


def attested_mailbox(text: str, start: int, end: int) -> bool:
    """The document itself spells the parts of the address at ``start:end`` as an office's: an acronym it writes
    in capitals on its own ("Contactpersoon in het LOCC" / "locc@politie.nl", "Defensie Operatiecentrum (DOC),
    J3" / "DOC-J3@mindef.nl", "HERA joint procurement" / "HERA-JOINT-PROCUREMENT@"), the other parts function
    words or places; or a one-word local part that is a common noun of its text ("de ôfdieling kommunikaasje
    (kommunikaasje@...)"). A surname in capitals beside a first name ("KOVÁCS Gábor") attests nothing."""
    local, _, domain = text[start:end].partition("@")
    if domain.split(".")[0].lower() in _CONSUMER_DOMAINS:
        return False  # an address at a consumer provider is a person's, whatever its words
    raw = [p for p in re.split(r"[._+-]+", local) if p]
    if not raw or len(raw) > 4:
        return False
    elsewhere = text[:start] + " " + text[end:]
    if len(raw) == 1 and _labelled_by_acronym(raw[0], text[max(0, start - 16) : start]):
        return True
    # "enw@nwo.nl" beside "NWO-ENW": the organisation's unit, its acronym joined to the organisation's own
    org = domain.split(".")[0].upper()
    if len(raw) == 1 and raw[0].isalpha() and len(org) >= 2 and _UNIT_OF(org, raw[0].upper()).search(elsewhere):
        return True
    # (every acronym shown is written in the text: where no part's capitals are, none is shown)
    shown = _capitals_shown(_lines_holding({p.upper() for p in raw}, elsewhere))
    lex = load_lexicons()
    attested = [p for p in raw if p.upper() in shown]
    if attested:
        return all(
            p.upper() in shown
            or _functional_word(p.lower())
            or (len(p) > 3 and p.capitalize() in lex.places)
            or (p.isalpha() and p.lower() == p and p in _lower_words(elsewhere))
            for p in raw
        )
    if _phrase_of_text(raw, elsewhere):
        return True  # "overweg.loo@prorail.nl" beside "de overweg Loo": a project's desk, named as the text names it
    part = raw[0].lower()
    return (
        len(raw) == 1
        and len(part) >= 6
        and part.isalpha()
        and not (_name_like_part(part) or _joined_name(part) or _initial_surname(part) or _particle_surname(part))
        and re.search(rf"(?<![\w@.-]){re.escape(part)}(?![\w@-])", elsewhere) is not None
    )


def _labelled_by_acronym(local: str, before: str) -> bool:
    """ "Correspondentie MR: mr@marsmancollege.nl": the body's acronym in capitals labels its own address."""
    label = rf"(?<![\w@.-]){re.escape(local.upper())}[ \t]*[:(][ \t]*\Z"
    return local.isalpha() and re.search(label, before) is not None


def _abbreviation_after_function(part: str, parts: list[str]) -> bool:
    """ "kamervragen-vo@", "secretariaat.de@": a short part after a long compound of function words (not initials
    before a surname that is a word: "j.burgemeester@")."""
    return len(part) <= 3 and part != parts[0] and len(parts[0]) >= 8 and _functional_word(parts[0])


def _UNIT_OF(org: str, unit: str) -> re.Pattern[str]:  # noqa: N802 (a pattern's maker, named as the patterns)
    """ "NWO-ENW" or "ENW-NWO", "NWO ENW": a unit's acronym joined to its organisation's, in capitals."""
    o, u = re.escape(org), re.escape(unit)
    return re.compile(rf"(?<![\w@.-])(?:{o}[- ]{u}|{u}[- ]{o})(?![\w@])")


def _phrase_of_text(raw: list[str], elsewhere: str) -> bool:
    """The local part's words stand together in the text, the first ones words of the language and no name
    ("overweg.loo" / "overweg Loo", "project.zuidas" / "project Zuidas"): a project's or a place's desk."""
    if len(raw) < 2 or not all(p.isalpha() for p in raw):
        return False
    lex = load_lexicons()
    lead = [p.lower() for p in raw[:-1]]
    # (words of the dictionary, not a noun's ending alone: "xiaoling.lau" beside "Xiaoling Lau" is hers)
    if not all(len(p) >= 4 and p in lex.dutch_words and not lex.is_first_name(p.capitalize()) for p in lead):
        return False
    phrase = r"[ \t]+".join(re.escape(p) for p in raw)
    return re.search(rf"(?<![\w@.-])(?i:{phrase})(?![\w@-])", elsewhere) is not None


# an acronym as its text uses an office's: after an article ("in het LOCC", "op de PV"), defined in brackets
# after the words it abbreviates ("Defensie Operatiecentrum (DOC)"), a staff section ("J3", "G2")
_ARTICLE_ACRONYM = re.compile(r"(?<![\w-])(?i:het|de|the)[ \t]+(?P<w>[A-Z][A-Z0-9]{1,7})(?![\w@'-])")
_DEFINED = re.compile(
    r"(?P<words>(?:[A-ZÀ-Þ][\w'-]*[ \t]+(?:(?:van|voor|en|of|and|for|de|het|the)[ \t]+)?){1,6})"
    r"\((?P<w>[A-Z][A-Z0-9]{1,7})\)"
)
_STAFF = re.compile(r"(?<![\w@.-])(?P<w>[JGSNA][1-9])(?![\w@-])")


def _lines_holding(words: set[str], text: str) -> str:
    """The lines of ``text`` that hold one of ``words`` (as any part of them), a line break between: for each
    of ``words``, :func:`_capitals_shown` of these lines has it as that of the whole text has it. Every way
    an acronym is shown (its patterns, its count alone on a line) is read within one line that holds it, and a
    line is read alike with its neighbours or with others beside it (a line break or the text's edge around it:
    no word character either way). "" when no line holds one (nothing is shown)."""
    if not any(w in text for w in words):
        return ""
    return "\n".join(line for line in text.split("\n") if any(w in line for w in words))


_ACRONYM_PLACE = re.compile(r"(?<![\w@.-])([A-Z]{2,6}) ((?:Den |De |Het )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w@-])")


def _capitals_shown(text: str) -> frozenset[str]:
    """The acronyms ``text`` uses as an office's: known ones in capitals, after an article, defined in brackets
    after the words they abbreviate (not a name's initials: "Piet Jansen (PJ)"), staff sections."""
    lex = load_lexicons()
    shown = {m.group("w") for m in _ARTICLE_ACRONYM.finditer(text)}
    shown |= {m.group("w") for m in _STAFF.finditer(text)}
    for m in _DEFINED.finditer(text):
        words = m.group("words").split()
        if any(lex.is_first_name(w) or lex.is_surname(w) for w in words if w[:1].isupper()):
            continue
        if _abbreviates(m.group("w"), " ".join(words)):
            shown.add(m.group("w"))
    shown |= {w for w in re.findall(r"(?<![\w@.-])[A-Z][A-Z0-9]{1,7}(?![\w@-])", text) if w in lex.acronyms}
    # an office named by its acronym and its place ("VTS Rotterdam", "HCC Rotterdam", "KWC Den Helder")
    shown |= {m.group(1) for m in _ACRONYM_PLACE.finditer(text) if m.group(2) in lex.places}
    # written alone in capitals in running text again and again ("de centrale voorziening KLIC", "KLIC-melding")
    for w, n in alone_in_capitals(text).items():
        named = lex.is_first_name(w.title()) or lex.is_surname(w.title())
        if len(w) >= 3 and (n >= 3 or (n >= 2 and not named)):
            shown.add(w)
    return frozenset(shown)


def _abbreviates(acronym: str, words: str) -> bool:
    """The acronym's letters stand in order in ``words``, the first at the start of a word."""
    low = words.lower()
    first = acronym[0].lower()
    for start in (m.start() for m in re.finditer(rf"(?<!\w){first}", low)):
        k = start
        for c in acronym.lower():
            k = low.find(c, k)
            if k < 0:
                break
            k += 1
        else:
            return True
    return False


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w@.-])[a-z]{4,}(?![\w@-])", text))


_ORG_WORD = re.compile(
    r"(?:contact|centrum|center|desk|loket|team|afdeling|bureau|dienst|beheer|secretariaat|service)$"
)
# "Van: Klantcontact RVO <tek@rvo.nl>", "informatiebeheer (dio@minbzk.nl)": the name shown with the address
_DISPLAY = re.compile(r"(?:^|[;:,\n])[ \t]*(?P<name>[^<>();:,\n\d@]{3,40}?)[ \t]*[<(][ \t]*$")


def _unit_spelled(display: str, parts: list[str]) -> bool:
    """The display name is a unit's ("Team Opvang Ter Apel") and spells every part of the address's local part."""
    words = display.split()
    if len(words) < 2 or words[0].lower() not in load_lexicons().unit_words:
        return False
    joined = "".join(w.lower() for w in words[1:])
    return bool(parts) and all(len(p) > 1 and p in joined for p in parts)


def _office_display(before: str) -> bool:
    """The address's display name names an office, not a person: an acronym or an organisation's word, and
    no first name or surname ("Klantcontact RVO", "informatiebeheer"; not "Piet Jansen", "Jansen, Piet")."""
    m = _DISPLAY.search(before)
    if m is None:
        return False
    lex = load_lexicons()
    words = [w.strip(".'\"") for w in m.group("name").split()]
    if before.rstrip().endswith("("):
        # "Geëxporteerd door informatiebeheer (": the word before the bracket, a common noun in small letters
        words = words[-1:]
        if not words or not words[0].islower():
            return False
    if not words or any(lex.is_first_name(w) or lex.is_surname(w) for w in words if w[:1].isupper()):
        return False
    office = [
        w for w in words if w in lex.acronyms or w.lower() in lex.organisation_words or _functional_word(w.lower())
    ]
    # a capitalised word must be an acronym or an organisation's word ("Klantcontact RVO"; not "Pim Vrolijk")
    # (or a word of the language, or a short code no list holds as a name: "Juridische Zaken ODRN", "Aw Toezicht")
    capitalised_ok = all(
        w in lex.acronyms
        or not w[:1].isupper()
        or w.lower() in lex.organisation_words
        or _ORG_WORD.search(w.lower())
        or w.lower() in lex.dutch_words
        or bool(_CODE.fullmatch(w))
        for w in words
    )
    return bool(office) and capitalised_ok


_CODE = re.compile(r"[A-Z][A-Za-z]{0,1}|[A-Z]{2,6}")  # "Aw", "ODRN": an organisation's code
# the public offices whose holders' mailboxes begin with the office ("wethouder.vandersteen@", "burgemeester.dewit@")
_OFFICE_TITLES = frozenset({"wethouder", "burgemeester", "gedeputeerde", "minister", "staatssecretaris", "cdk"})
_WORD_AND_CODE = re.compile(r"([a-z]{4,}?)[._-]?([a-z]{0,2}\d{1,3}[a-z]?)")


def functional_mailbox(pattern_text: str) -> bool:
    """A functional mailbox such as woo@minvro.nl or info@gemeente.nl, not a person's address."""
    parts = _local_parts(pattern_text)
    words = load_lexicons().functional_mailbox
    domain = pattern_text.split("@", 1)[1].split(".")[0].lower() if "@" in pattern_text else ""
    local = pattern_text.split("@", 1)[0].lower()
    if local in _PLACEHOLDERS:
        return True  # example@gmail.com, voorbeeld@xs4all.nl: a placeholder in a manual, no one's address
    if domain in _CONSUMER_DOMAINS:
        # an address at a consumer provider is a person's (or a one-man business's), but for a residents' group's or
        # a club's, its collective word first and no name after it: "bewoners.lekdijkoost@gmail.com"
        return len(parts) >= 2 and parts[0] in _COLLECTIVES and all(_place_part(p) for p in parts[1:])
    if len(parts) == 1 and parts[0] == domain:
        return True  # vggz@vggz.nl: the organisation's own name
    if domain in parts and len(parts) >= 2 and all(p == domain or _functional_word(p) for p in parts):
        return True  # digitaal.vlaanderen@vlaanderen.be: the organisation's own name and a word
    if (
        len(parts) == 2
        and all(2 <= len(p) <= 4 for p in parts)
        and len(parts[1]) >= 4
        and domain.endswith(parts[1])
        and len(domain) > len(parts[1])
        and not load_lexicons().is_first_name(parts[0].capitalize())
    ):
        return True  # dcc-lvvn@minlvvn.nl: a unit's code and its ministry's, the one the domain is made of
    post = _POST_SECTION.fullmatch(local)
    if post and post.group(2) in words:
        return True  # lim-ca@minbuza.nl, jak-cdp@: a mission's three-letter post code and one of its sections
    coded = _WORD_AND_CODE.fullmatch(local)
    if coded and coded.group(1) in words:
        return True  # postbusiv3@, teamg4@: a mailbox word and a system's or group's code (with its digits) after it
    if any(local.endswith(w) and 2 <= len(local) - len(w) <= 4 and local[: -len(w)].isalpha() for w in _LONG_WORDS):
        return True  # dbsecretariaat@, abgriffie@: a board's or unit's code before a mailbox word, written as one
    if re.fullmatch(r"[ans]\d{1,3}", local):
        return True  # n348@gelderland.nl: a road's project, named after the road
    tokens = re.split(r"[._-]+", local)
    if len(tokens) > 1 and tokens[0] in _OFFICE_TITLES:
        return True  # wethouder.vandersteen@meierijstad.nl: a public office holder's mailbox, the office's
    roads = [t for t in tokens if re.fullmatch(r"[ans]\d{1,3}", t)]
    if roads and len(roads) < len(tokens) and all(_functional_word(t) for t in tokens if t not in roads):
        return True  # bereikbaarheid.a27@rws.nl: a road's desk
    if not parts or any(
        (
            _name_like_part(p)
            and p not in words
            and not _place_beside_function(p, parts)
            and not _acronym_beside_function(p, parts)
            and not _abbreviation_after_function(p, parts)
        )
        or ((_joined_name(p) or _initial_surname(p)) and p not in words and not _place_beside_function(p, parts))
        for p in parts
    ):
        return False  # an initial, a known name, or first name and surname written as one: personal
    if len(parts) == 1 and parts[0].upper() in load_lexicons().acronyms and len(parts[0]) >= 3:
        return True  # adr@minfin.nl: the Auditdienst Rijk's, an acronym the lists know
    if len(parts) == 1 and len(parts[0]) <= 3 and parts[0] not in load_lexicons().functional_mailbox:
        return False  # initials only (jdv@...): personal
    if all(_functional_word(p) for p in parts):
        return True
    if _initials_and_surname(parts, words):
        return False  # "jh.oosterwolde@": initials and a surname that is a village's name too
    # next to a clear mailbox word, a short part is an abbreviation: secretariaat.dgdoo@, team-bo@
    # (a long compound of function words is one too: "kamervragen-dgdoo@", "bezwaarenberoep-wjz@")
    mailbox = any(p in load_lexicons().functional_mailbox or (len(p) >= 8 and _functional_word(p)) for p in parts)
    # ("benelux-desk@", "polen-team@": a country's or region's desk)
    places = load_lexicons().places
    long_parts = [p for p in parts if len(p) > (5 if mailbox else 3) and not (mailbox and p.capitalize() in places)]
    # "dpp-team", "adr-vws", "projectbureau-koppelvlak": abbreviations next to function words
    return len(parts) >= 2 and all(_functional_word(p) for p in long_parts)


_LONG_WORDS = ("secretariaat", "griffie", "servicedesk", "helpdesk", "communicatie", "planning", "postbus")


def _initials_and_surname(parts: list[str], mailbox_words: frozenset[str]) -> bool:
    """Two letters and a word that is no dictionary word, compass point or municipality: "jh.oosterwolde" (not a
    court's desk "rc.denhaag", a region's "bo.noord")."""
    if len(parts) != 2 or len(parts[0]) > 2 or parts[0] in mailbox_words:
        return False
    return not _is_word(parts[1]) and parts[1] not in _COMPASS and parts[1] not in _towns()


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """The municipalities as a local part writes them, in one word ("denhaag", "shertogenbosch")."""
    return frozenset(m.replace(" ", "").replace("-", "").replace("'", "") for m in municipalities())


_POST_SECTION = re.compile(r"([a-z]{3})-([a-z]{2,6})")
_COMPASS = frozenset({"noord", "oost", "zuid", "west", "midden", "north", "east", "south"})
_MAILBOX_CONTEXT = re.compile(
    r"postbus|mailbox|secretariaat|directie\b|servicedesk|helpdesk|functione(?:el|le)|algeme(?:en|ne)|team\b|afdeling\b|loket"
    # ("teamleider J. de Vries: jdv@...", "afdelingshoofd ...": a person's function, no mailbox)
)


# the words a residents' group, a club or a committee names its mailbox at a consumer provider with
_COLLECTIVES = frozenset(
    {"bewoners", "bewonerscommissie", "bewonersvereniging", "buurtvereniging", "wijkraad", "dorpsraad", "actiegroep"}
    | {"dorpsbelang", "initiatiefgroep"}
    | {"belangengroep", "vereniging", "comite", "werkgroep", "stichting", "platform", "buurtpreventie"}
)
_STREET_ENDS = ("straat", "laan", "weg", "dijk", "kade", "gracht", "singel", "plein", "hof", "park", "pad", "markt")


def _place_part(part: str) -> bool:
    """A local part's word that names a place or a street, no one: a municipality or a place of the lists written as
    one word ("denhaag"), or a street's name ("lekdijkoost": a street's ending, its compass part after it)."""
    lex = load_lexicons()
    if _name_like_part(part) or _joined_name(part) or _initial_surname(part) or part.capitalize() in lex.first_names:
        return False  # ("pietvandijk", "mjansen": a name written as one word)
    if re.match(r"(?:van|ver|ter|ten|de|der|den|het|in|op|uit)(?!$)", part):
        return False  # ("vanderlaan", "terweg": a surname with its particles, whatever it ends in)
    street = re.sub(r"(?:noord|oost|zuid|west)$", "", part)
    return part in _towns() or part.capitalize() in lex.places or street.endswith(_STREET_ENDS)


_PLACEHOLDERS = frozenset({"example", "voorbeeld", "naam", "jouwnaam", "uwnaam", "user", "gebruiker"})
_CONSUMER_DOMAINS = frozenset(
    {
        "gmail",
        "googlemail",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "yahoo",
        "icloud",
        "me",
        "hetnet",
        "ziggo",
        "kpnmail",
        "kpnplanet",
        "planet",
        "xs4all",
        "home",
        "chello",
        "casema",
        "quicknet",
        "zeelandnet",
        "upcmail",
        "telfort",
        "tele2",
        "online",
        "gmx",
        "proton",
        "protonmail",
    }
)
