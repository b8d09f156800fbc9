"""A private person's home address found in one document of a batch is theirs in every other document.

A rooming house's tenants live at "Korvelseweg 214": the tenancy contract says so ("Adres huurder"), the enforcement
decision, the inspection report and the press release name it as the object ("Besluit last onder dwangsom
Korvelseweg 214"). As a name found once is sought in the whole batch, so is a home address: the street and number a
document redacts as someone's home, on a home's evidence (the text says so, an addressee's block, a name right
before it, a sole trader's letterhead), are redacted wherever another document of the batch names them. Not where
that document calls them a monument (its register publishes the address).

The batch's names travel as text, one a line; a home travels among them with :data:`HOME_MARK` before its street and
number, so that the batch's machinery (the file, its digest, the look-up by first word) carries it unchanged, and
:func:`batch_home_candidates` turns it into the address it is. Two other marked names travel the same way, public
ones: a monument's address (:data:`PUBLIC_MARK`), a vessel's name (:data:`VESSEL_MARK`: "HL 17 Grietje Jannes" in
the request is "Grietje Jannes" in the radio log, where no ship's kind stands before it), a dead person's full name
(:data:`DECEASED_MARK`) and a building's named after someone (:data:`BUILDING_MARK`: "woonzorgcentrum Johanna
Westerdijk" in the press release is "Johanna Westerdijk" in a mail's subject; and a body's name of one word no name
list holds, kept as an organisation's in one document: "Herlaarhof"), and a company's name that one document writes
with its legal form (:data:`COMPANY_MARK`: "IJsselvallei Water N.V." on the inspection's letterhead is "IJsselvallei
Water" in the chat, where a name another document redacts, "Marloes van IJsselvallei", would make its first word a
surname).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Explanation
from .context_firms import companies_with_legal_form
from .evidence_text import deceased_forms
from .form_search import occurrences
from .grammar import compiled
from .homes_of_persons import _organisation_between
from .lexicons import load_lexicons
from .merge import Merged
from .paraph_lists import TIED_CODE
from .recognizers.address_judge import FULL_ADDRESS
from .recognizers.address_words import monument_addresses, of_monument

__all__ = [
    "HOME_MARK",
    "PUBLIC_MARK",
    "DECEASED_MARK",
    "VESSEL_MARK",
    "BUILDING_MARK",
    "COMPANY_MARK",
    "CODE_MARK",
    "NUMBER_MARK",
    "PARCEL_MARK",
    "batch_codes",
    "batch_literal_candidates",
    "batch_companies",
    "batch_home_candidates",
    "batch_buildings",
    "batch_deceased",
    "batch_vessels",
    "home_name",
    "is_marked_name",
    "monument_keep",
    "company_marks",
    "company_short_names",
    "company_shorts",
    "deceased_forms",
    "monument_spans",
    "public_homes",
    "spread_home",
]

HOME_MARK = "\u2302"  # "⌂": no name begins with it
PUBLIC_MARK = HOME_MARK + "!"  # an address a document calls a monument: public in the whole batch
VESSEL_MARK = HOME_MARK + "~"  # a name a document keeps as a vessel's: a vessel in the whole batch
VESSEL_RULE = "vessel_name"
# a full name a document keeps as a dead person's (life dates after it): the same dead person in the whole batch
DECEASED_MARK = HOME_MARK + "+"
DECEASED_RULE = "deceased_person"
# a full name a document keeps as a building's or an institution's named after someone ("woonzorgcentrum Johanna
# Westerdijk"): the same building in the whole batch ("Mazelen De Vlonder en Johanna Westerdijk")
BUILDING_MARK = HOME_MARK + "#"
BUILDING_RULE = "named_building"
# ... and a body's name of one word no name list holds, kept as an organisation's ("Herlaarhof", "Wolvenhorst")
ORGANISATION_RULE = "organisation_context"
# a company's name of two words or more that a document writes with its legal form ("IJsselvallei Water N.V."): a
# company's in the whole batch, where its words stand together ("Tekst van IJsselvallei Water overnemen?")
COMPANY_MARK = HOME_MARK + "$"
_PUBLIC_MARKS = (PUBLIC_MARK, VESSEL_MARK, DECEASED_MARK, BUILDING_MARK, COMPANY_MARK)
# a paraph code a document ties to a person it names ("R. Bloemendaal (code BLR)", the code column of an attendance
# list): that person's paraph in the whole batch, where a paraph stands ("Mentor: BLR" in a roster naming no one)
CODE_MARK = HOME_MARK + "%"
_SPREAD_CODE = compiled(r"(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{3,5}")  # "BLR", "IthH": three letters or more, two capitals
# a personal number a document reads in a table's personnel-number column ("P-nummer" over "4471209"): that person's
# number in the whole batch ("Kenmerk: DJI-HD-2026-0412 / P 4471209" in the letter to them)
NUMBER_MARK = HOME_MARK + "&"
_SPREAD_NUMBER = compiled(r"(?:\p{Lu}{1,3}-?)?\d{6,10}")  # six digits at least: no one's "0002" or "W1187"
_NUMBER_COLUMN = "personnel_number_column"
# a private owner's cadastral parcel a document reads ("Brakel K 1187" in a land-owners' table, "kadastraal bekend
# ... sectie K, nummer 1187"): the same parcel in the whole batch ("koopovereenkomst Brakel K 1187" in a lawyer's mail)
PARCEL_MARK = HOME_MARK + "*"
# (three digits at least, no road's shape: "A 12", "N 340" of a private owner's table are roads elsewhere)
_SPREAD_PARCEL = compiled(r"\p{Lu}{1,2}[ ]\d{3,5}")
# an occurrence inside another reference: "Z/2024/4471209", "2024-4471209", "4471209/2"
_IN_REFERENCE_BEFORE = compiled(r"[/\\.\-_]\Z")
_IN_REFERENCE_AFTER = compiled(r"[/\\\-_.]\w")
_PARCEL_DETECTORS = frozenset({"parcel", "parcel_column"})
_LITERAL_MARKS = {NUMBER_MARK: "PERSONAL_NUMBER", PARCEL_MARK: "ADDRESS"}
_MARKS_OF_TWO = (*_PUBLIC_MARKS, CODE_MARK, *_LITERAL_MARKS)
MONUMENT_RULE = "monument_address"
_MONUMENT_REASON = "a monument's address: the monuments register publishes it"
# the evidence that makes an address someone's home (not a copy of one: propagation)
_HOME_DETECTORS = frozenset({"home_address", "address_of_person", "sole_trader"})
# a street and its number at the start of an address finding ("Korvelseweg 214, 5025 JK" -> "Korvelseweg 214")
_STREET_NUMBER = compiled(
    r"\A(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+(?:(?:van|der|de|den|het|'t|ter|ten|op|aan)[ \u00a0]+)*){0,3}"
    r"\p{Lu}[\p{L}'’.-]*\p{Ll}[ \u00a0]+[1-9]\d{0,4}(?:-[A-Za-z](?![\p{L}])|[a-zA-Z])?(?![\p{L}\d])"
)


# a street's plain endings (not "-burg", "-dam", "-veld": places end so too)
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "steeg", "gracht", "kade", "singel", "dreef", "pad", "strjitte")
_NO_HOME = compiled(r"(?i:postbus|antwoordnummer|p\.?o\.?[ ]box)\b")
_POSTCODE = compiled(r"[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d])")
_LEAD_CHARS = 90  # the text before an occurrence that may name whose address it is (a letterhead's, a block's)
# a letter to someone at an organisation ("Peel en Maas Nieuws t.a.v. mevrouw N. Baltussen"), a firm's registration
_ADDRESSEE_OF_FIRM = compiled(r"(?i:t\.a\.v\.|\bkvk\b)")


def spread_home(entity: str, redacted: bool, evidence: Sequence[tuple[str, str]], text: str) -> str | None:
    """The batch's name of an address: :data:`HOME_MARK` and the street and number of a redacted home address found
    on a home's evidence, :data:`PUBLIC_MARK` and those of a monument's kept address, or None; of a name kept as a
    vessel's: :data:`VESSEL_MARK` and the name; of a paraph code the document ties to a person it names:
    :data:`CODE_MARK` and the code; of a number in a personnel-number column: :data:`NUMBER_MARK` and the number; of
    a parcel's section and number: :data:`PARCEL_MARK` and those.
    ``evidence``: the
    finding's explanations as (detector, rule) pairs; a home known only by its full address (street, number,
    postcode, no organisation seen around it) is not spread: a firm's letterhead looks the same."""
    rules = {rule for _, rule in evidence}
    name = " ".join(text.split())
    if entity == "PARAPH" and redacted and TIED_CODE in rules and _SPREAD_CODE.fullmatch(name):
        return CODE_MARK + name if name not in load_lexicons().acronyms else None
    if entity == "PERSONAL_NUMBER" and redacted and any(d == _NUMBER_COLUMN for d, _ in evidence):
        return NUMBER_MARK + name if _SPREAD_NUMBER.fullmatch(name) else None
    if entity == "ADDRESS" and redacted and any(d in _PARCEL_DETECTORS for d, _ in evidence):
        from .recognizers.parcels import is_road

        return PARCEL_MARK + name if _SPREAD_PARCEL.fullmatch(name) and not is_road(name) else None
    if entity == "PERSON" and not redacted:
        if VESSEL_RULE in rules:
            return VESSEL_MARK + name  # "Grietje Jannes", kept after "vissersschip HL 17"
        if DECEASED_RULE in rules:
            # "Harm Jan Nijsingh (1848-1920)" in a grave register: "het graf van notaris Harm Jan Nijsingh" elsewhere
            return DECEASED_MARK + name if " " in name else None
        if BUILDING_RULE in rules:
            return BUILDING_MARK + name if " " in name else None
        if ORGANISATION_RULE in rules:
            body = _body_name(text)  # "Herlaarhof", kept as "Herlaarhof (onderdeel Reinier van Arkel)" in one document
            return BUILDING_MARK + body if body else None
    if entity == "ADDRESS" and not redacted and MONUMENT_RULE in rules:
        m = _STREET_NUMBER.match(text.strip())
        return PUBLIC_MARK + " ".join(m.group().split()) if m else None
    homes = [d for d, rule in evidence if d in _HOME_DETECTORS and rule != FULL_ADDRESS]
    if entity != "ADDRESS" or not redacted or not homes:
        return None
    m = _STREET_NUMBER.match(text.strip())
    if m is None:
        return None
    street = " ".join(m.group().split())
    if _NO_HOME.match(street):
        return None  # "Postbus 20061": a post box is no one's home
    # (a street's shape: its ending, or the postcode the finding holds; not "Tilburg 2024" of a regulation's name)
    if not street.rsplit(" ", 1)[0].lower().endswith(_STREET_ENDINGS) and not _POSTCODE.search(text):
        return None
    return HOME_MARK + street


_PLACE_ENDINGS = (
    *("hof", "horst", "huis", "huys", "oord", "stede", "stein", "veld", "burg", "borg", "hoeve", "weide", "kamp"),
    *("hage", "wijk", "dal", "daal", "berg", "rade", "hoek", "heem", "lust", "rust", "zicht", "waarde", "hove"),
)


def _body_name(text: str) -> str | None:
    """The name of a body a document keeps, as the batch may spread it: one word (an article before it, a legal form
    after it, aside) that no first-name or surname list holds, no list calls a word or a place, and that ends as
    estates, care homes and parks are named ("Herlaarhof", "Wolvenhorst"); else None."""
    words = [w for w in text.split() if w not in ("De", "Het") and w.rstrip(".").replace(".", "") not in ("BV", "NV")]
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].isalpha() or len(words[0]) < 4:
        return None
    lex = load_lexicons()
    word = words[0]
    if lex.is_first_name(word) or lex.is_surname(word) or lex.is_ordinary_word(word) or word in lex.places:
        return None
    # (a place's or a building's shape, as estates, care homes and parks are named; not "Kocak" of a firm, a surname
    # no list holds)
    return word if word.lower().endswith(_PLACE_ENDINGS) else None


def is_marked_name(name: str) -> bool:
    """The batch's name is a marked one (:func:`spread_home`): a home's, a monument's address or a vessel's name,
    sought as written, never as a person's."""
    return name.startswith(HOME_MARK)


def home_name(name: str) -> str:
    """The street and number of a home (or a public address), or a vessel's name, among the batch's names."""
    return name[len(PUBLIC_MARK) :] if name.startswith(_MARKS_OF_TWO) else name[len(HOME_MARK) :]


def batch_vessels(names: Sequence[str]) -> frozenset[str]:
    """The vessels' names other documents of the batch keep (:data:`VESSEL_MARK` among ``names``)."""
    return frozenset(home_name(n) for n in names if n.startswith(VESSEL_MARK))


def batch_deceased(names: Sequence[str]) -> frozenset[str]:
    """The full names of the dead other documents of the batch keep (:data:`DECEASED_MARK` among ``names``), in
    each of their forms (:func:`deceased_forms`)."""
    return frozenset(f for n in names if n.startswith(DECEASED_MARK) for f in deceased_forms(home_name(n)))


def batch_buildings(names: Sequence[str]) -> frozenset[str]:
    """The buildings' and institutions' names after someone other documents of the batch keep (:data:`BUILDING_MARK`
    among ``names``)."""
    return frozenset(home_name(n) for n in names if n.startswith(BUILDING_MARK))


def batch_companies(names: Sequence[str]) -> frozenset[str]:
    """The companies' names other documents of the batch write with their legal form (:data:`COMPANY_MARK` among
    ``names``)."""
    return frozenset(home_name(n) for n in names if n.startswith(COMPANY_MARK))


def batch_codes(names: Sequence[str]) -> frozenset[str]:
    """The paraph codes other documents of the batch tie to a person they name (:data:`CODE_MARK` among ``names``)."""
    return frozenset(home_name(n) for n in names if n.startswith(CODE_MARK))


def batch_literal_candidates(text: str, names: Sequence[str]) -> list[Merged]:
    """Occurrences in ``text`` of the personal numbers other documents of the batch read in a personnel-number column
    (:data:`NUMBER_MARK` among ``names``) and of the private owners' parcels they redact (:data:`PARCEL_MARK`): not
    one inside another reference ("Z/2024/4471209"), nor a parcel this text says an organisation owns."""
    from .recognizers.parcels import organisation_owns

    out: list[Merged] = []
    for name in sorted(n for n in names if n.startswith(tuple(_LITERAL_MARKS))):
        value, entity = home_name(name), _LITERAL_MARKS[name[: len(NUMBER_MARK)]]
        kind = "personal number" if entity == "PERSONAL_NUMBER" else "cadastral parcel"
        why = f"the {kind} '{value}', redacted in another document of this batch"
        for occ in occurrences(text, value):
            s, e = occ.start(), occ.end()
            if _IN_REFERENCE_BEFORE.search(text, max(0, s - 1), s) or _IN_REFERENCE_AFTER.match(text, e):
                continue
            if entity == "ADDRESS" and organisation_owns(text, s, e):
                continue
            out.append(Merged(s, e, entity, (Explanation("batch_propagation", 0.8, why),)))
    return out


def company_marks(text: str) -> tuple[str, ...]:
    """The batch's names of the companies ``text`` writes with their legal form (see :data:`COMPANY_MARK`)."""
    return tuple(COMPANY_MARK + name for name in companies_with_legal_form(text))


def _descriptive(word: str, compound: bool = False) -> bool:
    """A company's word that says what it does, no name: a word the lists call ordinary, as written or in the
    singular ("Inspecties", "Techniek"), or two dictionary words as one ("Pompentechniek"); with ``compound``, any
    word that ends in an ordinary word of five letters or more after three letters at least ("Autodemontage"); no
    first name or surname."""
    lex = load_lexicons()
    if not word[:1].isupper() or lex.is_first_name(word) or lex.is_surname(word):
        return False
    singular = (word[:-1], word[:-2]) if word.endswith(("s", "en")) else ()
    return (
        lex.is_ordinary_word(word)
        or lex.is_dictionary_compound(word)
        or any(len(w) >= 4 and lex.is_ordinary_word(w) for w in singular)
        or (compound and any(lex.is_ordinary_word(word[i:].capitalize()) for i in range(3, len(word) - 4)))
    )


def company_short_names(company: str) -> tuple[str, ...]:
    """The shorter names a company the batch writes with its legal form goes by: its name without the word before
    or after it that says what it does ("Pompentechniek Van Gelder" -> "Van Gelder", "KeurPlay Inspecties" ->
    "KeurPlay"), as a chat or a minute names it ("Ik bel Van Gelder", "KeurPlay levert extra capaciteit"); none that
    begins with a first name ("Bouwbedrijf Jan Jansen": Jan Jansen is a person) or that a list calls a word."""
    words = company.split()
    if len(words) < 2:
        return ()
    lex = load_lexicons()
    out = []
    if _descriptive(words[0], compound=True):  # ("Autodemontage Kievitsbloem": its trade first)
        out.append(words[1:])
    if _descriptive(words[-1]):
        out.append(words[:-1])
    return tuple(
        " ".join(rest)
        for rest in out
        if rest
        and rest[0][:1].isupper()
        and not lex.is_first_name(rest[0])
        # (one word: no word of the language, "Water" of "IJsselvallei Water")
        and not (
            len(rest) == 1 and (len(rest[0]) < 4 or lex.is_ordinary_word(rest[0]) or rest[0].lower() in lex.dutch_words)
        )
        and not all(_descriptive(w) for w in rest)
    )


def company_shorts(companies: frozenset[str], text: str, persons: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The short names (:func:`company_short_names`) of ``companies`` (the batch's) and of those ``text`` writes with
    their legal form, each with its company; not one whose surname a person among ``persons`` (the batch's names
    that stand here) bears with a given name or initials ("Jan van Gelder" of another document: "Van Gelder" here
    may be him)."""
    from .register import name_key

    every = companies | set(companies_with_legal_form(text))
    if not every:
        return frozenset()
    keys = [name_key(p) for p in persons]
    borne = {surname for given, surname in keys if given}
    return frozenset(
        (short, company)
        for company in every
        for short in company_short_names(company)
        if short in text and name_key(short)[1] not in borne
    )


def public_homes(text: str, names: Sequence[str]) -> frozenset[str]:
    """The streets and numbers that are public here: those ``text`` calls a monument, and those another document of
    the batch does (:data:`PUBLIC_MARK` among ``names``)."""
    return monument_addresses(text) | {home_name(n) for n in names if n.startswith(PUBLIC_MARK)}


def monument_keep(text: str, start: int, end: int, public: frozenset[str]) -> Explanation | None:
    """The keep verdict of an address finding at ``start:end`` whose street and number are public, or None."""
    if not of_monument(text, start, end, public):
        return None
    return Explanation("public_address", 0.0, _MONUMENT_REASON, pattern=MONUMENT_RULE)


def monument_spans(text: str, taken: Sequence[Merged]) -> list[Merged]:
    """The occurrences of the addresses ``text`` itself calls a monument that no finding covers: kept findings, so
    that the batch learns they are public."""
    out: list[Merged] = []
    for street in sorted(monument_addresses(text)):
        for occ in occurrences(text, street):
            if any(t.start < occ.end() and occ.start() < t.end for t in taken):
                continue
            # (the address's own score: what a home's would be; the verdict keeps it)
            expl = Explanation("public_address", 0.7, _MONUMENT_REASON, pattern=MONUMENT_RULE)
            out.append(Merged(occ.start(), occ.end(), "ADDRESS", (expl,)))
    return out


def batch_home_candidates(text: str, names: Sequence[str]) -> list[Merged]:
    """Occurrences in ``text`` of the homes among ``names`` (redacted in other documents of the batch), not where
    ``text`` calls the address a monument."""
    public = public_homes(text, names)
    private = {home_name(n) for n in names if n.startswith(HOME_MARK) and not n.startswith(_MARKS_OF_TWO)}
    homes = sorted(private - public)
    if not homes:
        return []
    out: list[Merged] = []
    for home in homes:
        for occ in occurrences(text, home):
            lead = text[max(0, occ.start() - _LEAD_CHARS) : occ.start()]
            if _organisation_between(lead) or _ADDRESSEE_OF_FIRM.search(lead):
                continue  # "KamerPlus Wonen B.V. t.a.v. de directie" / "Jules Verneweg 118": a firm's address here
            why = f"the home address '{home}', redacted as someone's home in another document of this batch"
            out.append(Merged(occ.start(), occ.end(), "ADDRESS", (Explanation("batch_propagation", 0.8, why),)))
    return out
