"""Structure recognizers: the layout of a note as evidence of personal data.

They read the parsed :class:`~woo_redact.model.Document` (header fields, lines,
word positions), not just its text, and return candidates in the same form as
the presidio recognizers: header-field values, e-mail headers, salutations,
signature blocks and paraph tables.

The paraph tables are read in :mod:`.paraph_columns`; the candidate form and the name tests these recognizers share
are in :mod:`.structure_base` (both imported here again, as other modules import them from here).
"""

from __future__ import annotations

import re

from ...model import Document, HeaderField
from ..domains import named_by_domain
from ..grammar import BEAT_FUNCTIONS, compiled
from ..lexicons import Lexicons, area_name, load_lexicons, municipalities, organisation_ending
from .mailboxes import functional_mailbox
from .paraph_columns import paraph_tables
from .paraphs import looks_like_paraph
from .structure_base import _LABEL_START, Candidate, candidate, name_like, strip_title, unit_code

__all__ = [
    "MAIL_FIELDS",
    "MEETING_FIELDS",
    "PERSON_FIELDS",
    "Candidate",
    "candidate",
    "header_fields",
    "name_like",
    "paraph_tables",
    "signature_blocks",
    "strip_title",
]

MEETING_FIELDS = frozenset(
    {
        "verplichte deelnemers",
        "optionele deelnemers",
        # (Outlook's Dutch print of a meeting: "Verplicht: Amrani, Salma; Dijkhuizen-Ngata, Marieke")
        "verplicht",
        "optioneel",
        "required attendees",
        "optional attendees",
        "organisator",
        "organizer",
        "genodigden",
        "deelnemers",
    }
)
REVIEW_LABELS = frozenset({"beoordeeld door", "beoordeeld", "gecontroleerd door"})
PERSON_FIELDS = frozenset(
    {
        "aan",
        "van",
        "kopie aan",
        "cc",
        "bcc",
        "contactpersoon",
        "contactpersonen",
        "behandeld door",
        "opgesteld door",
        "from",
        "to",
        "afzender",
        "steller",
        "auteur",
        "actie",
        "actiehouder",
        "aanwezig",
        "afwezig",
        "afwezig met kennisgeving",
        "notulist",
        "opsteller",
        # a committee's clerk and secretary in a report's head ("Voorzitter: Oosenbrug" / "Griffier: Verstraten": the
        # chair a member, public by the register; the clerk a civil servant)
        "griffier",
        "secretaris",
        # a meeting request's organiser and invitees
        *MEETING_FIELDS,
        # a record's handling: who received, registered or scanned it
        "ontvangen door",
        "ingeboekt door",
        "geregistreerd door",
        "gescand door",
        "verwerkt door",
        # who reviewed it (an inventory's "Beoordeeld: F.T. / L.H.O.")
        *REVIEW_LABELS,
    }
)


_UNIT_NEXT = re.compile(r"[ \t]*(?i:(?:afdeling|directie|sector|cluster|bureau)\b|t\.a\.v\.|ter attentie van\b)")


def _no_name(piece: str, lex: Lexicons) -> bool:
    """Two words or more, none a given name or an initial, not all surnames: no person's name."""
    words = [w.strip(".,;:()") for w in piece.split()]
    if len(words) < 2 or any(lex.is_first_name(w) or (len(w) <= 2 and w[:1].isupper()) for w in words):
        return False
    return not all(lex.is_surname(w) or w.lower() in ("van", "de", "der", "den", "ter", "ten") for w in words)


def _acronym_and_region(words: list[str], lex: Lexicons) -> bool:
    """A listed acronym, then a place or a region and no first name or initial ("GGD Noord- en Oost-Gelderland",
    "GGD Twente"): an organisation's regional branch."""
    return (
        words[0].isupper()
        and words[0] in lex.acronyms
        and any(lex.is_region(w) for w in words[1:])
        and not any(lex.is_first_name(w.strip(".,")) for w in words[1:])
        and not any(w[:1].isupper() and w.endswith(".") and len(w) <= 3 for w in words[1:])  # "GGD J. Smit"
    )


def _unit_words(piece: str, lex: Lexicons) -> bool:
    """Words of the language only, none a given name or a surname the lists know ("Sociaal Domein", "Jeugd en
    Gezin"): a unit's name after a job title."""
    words = [w.strip(".,;:()") for w in piece.split()]
    return bool(words) and all(
        w.lower() in lex.dutch_words and not lex.is_surname(w) and not lex.is_first_name(w) for w in words if w
    )


# the head nouns of projects' names ("Dijkversterking", "Gebiedsontwikkeling", "Herinrichting", "Programma")
_PROJECT_HEADS = (
    *("versterking", "ontwikkeling", "verbetering", "renovatie", "aanleg", "vernieuwing", "inrichting"),
    *("reconstructie", "sanering", "programma", "project", "verbreding", "uitbreiding", "transformatie"),
)


def _project_name(piece: str, lex: Lexicons) -> bool:
    """A compound no name list holds, then places ("Dijkversterking Hagestein-Everdingen", "Gebiedsontwikkeling
    Zwolle"): a project's name after a job title."""
    words = [w.strip(".,;:()") for w in piece.split()]
    return (
        len(words) >= 2
        and words[0].lower().endswith(_PROJECT_HEADS)
        and words[0][:1].isupper()
        and not lex.is_first_name(words[0])
        and not lex.is_surname(words[0])
        and all(part in lex.places for w in words[1:] for part in w.split("-"))
    )


def header_fields(doc: Document) -> list[Candidate]:
    """Person-bearing header fields (Van, Aan, Contactpersoon, ...): their name values."""
    lex = load_lexicons()
    out = []
    splitter = re.compile(r"[;,&+]|(?<=\s)/(?=\s)|<[^>]*>|\([^)]*\)|\[[^\]]*\]|\S+@\S+")
    for f in doc.fields:
        if f.label not in PERSON_FIELDS:
            continue
        value = doc.text[f.start : f.end]
        if f.label in MAIL_FIELDS:
            out += _recipients(doc.text[f.start : _list_end(doc, f)], f.start, f.label, lex)
        pos = 0
        for m in list(splitter.finditer(value)) + [None]:
            piece_end = m.start() if m else len(value)
            piece = value[pos:piece_end]
            # "HR-adviseur Ojo-Kamminga, Folake": the writer's job title before their name
            titled = _after_job_title(piece, lex)
            pos, piece = pos + titled, piece[titled:]
            if titled and (_unit_words(piece, lex) or _project_name(piece, lex)):
                # "A. van der Meulen-Kok, afdelingsmanager Sociaal Domein": the manager's unit, no one's name (the
                # value goes on: "Aan: afdelingsmanager Sociaal Domein, Oordt-Haverkamp")
                pos = m.end() if m else len(value)
                continue
            if any(lex.is_non_person_word(w) for w in piece.split()) or _LEGAL_FORM_IN.search(piece):
                break  # "Directie Jeugd, Familie en Leefstijl", "Heijmans Wegen B.V.": the rest names the organisation
            street = _HOUSE_NUMBER_END.search(value, 0, pos)
            numbered = street and (street.group("pc") or street.group("street").lower().endswith(lex.street_suffixes))
            if numbered and _place_piece(piece, lex):
                # "Aan: ..., t.a.v. F. Yıldırım-de Groot, Hazelaarhof 22, Klein-Ravensloot": the address's place
                pos = m.end() if m else len(value)
                continue
            if any(organisation_ending(w.lower(), 6, whole=True) and not lex.is_surname(w) for w in piece.split()[:1]):
                break  # "Aan: Belastingsamenwerking Maas-Peel", "Omgevingsdienst Regio Utrecht": an organisation
            if len(piece.split()) >= 2 and (
                all(_ACRONYM_WORD.match(w) for w in piece.split()) or _acronym_and_region(piece.split(), lex)
            ):
                pos = m.end() if m else len(value)
                continue  # "Aan AGS VRR, Jasper Noordermeer": a role's and an organisation's acronyms, no name
            own_line = not doc.text[doc.text.rfind("\n", 0, f.start) + 1 : f.start].strip()
            if (
                f.label in MEETING_FIELDS
                and own_line
                and len(piece.split()) == 1
                and piece.strip().lower() in lex.dutch_words
            ):
                break  # "Deelnemers" over "Leden" / "Departement": a table's head ("Organisator: Bakker" is a name)
            # "Wachtlijst Jeugd" / "<wachtlijst@regio.nl>": a functional mailbox's display name, no one's
            desk = _desk_display(doc.text, f.start + piece_end, piece, lex)
            # "Aan: Dorpsbelangen Oosterwierum, t.a.v. het bestuur": a unit or an attention line after it, and no given
            # name, initial or surname alone in it: an organisation's name ("Jan Smit, afdeling Klachten" is his)
            desk = desk or bool(m and m.group() == "," and _UNIT_NEXT.match(value, m.end()) and _no_name(piece, lex))
            for off, part in [] if desk else _people(piece, lex):
                beat = _BEAT.fullmatch(part.strip())
                if beat and area_name(beat.group("area"), lex, doc.text):
                    continue  # "akkoord: E.J. Bosman, wijkagent Noorderstrand": the area the function serves
                s, e = strip_title(part, f.start + pos + off)
                value_text = " ".join(doc.text[s:e].split())
                if lex.is_organisation(value_text) or named_by_domain(doc.text, value_text):
                    # "Aanwezig: ..., Logius, ...", "Van: Geonovum" beside www.geonovum.nl: an organisation
                    continue
                if e > s:
                    why = f"value of header field '{f.label}'"
                    out.append(candidate(s, e, "PERSON", "header_field", 0.8, why, value, pattern=f.label))
            paraph_label = f.label in _PARAPH_LABELS
            stripped = piece.strip()
            dated = _PARAPH_THEN_DATE.match(stripped)
            stripped = dated.group(1) if dated else stripped  # "Ontvangen door: FvD op 6 oktober 2025"
            if (
                paraph_label
                and stripped
                # "Steller: RIVM", "Actie: DGB": an organisation or a unit
                and (stripped not in lex.acronyms or f.label in _HANDLING_LABELS)
                # "Opgesteld door: KING": a word in capitals (an institute's name), no one's initials
                and not (
                    len(stripped) >= 4
                    and stripped.isupper()
                    and (stripped.lower() in lex.dutch_words or stripped.lower() in lex.english_words)
                )
                and looks_like_paraph(stripped, in_table=True)
                and not _people(piece, lex)
            ):
                s = f.start + pos + piece.index(stripped)
                why = f"initials as the value of '{f.label}'"
                out.append(candidate(s, s + len(stripped), "PARAPH", "header_field", 0.8, why, value))
            pos = m.end() if m else len(value)
    # outside the header fields too: "Surname, First <address>" in a meeting request's "Verplicht" list, a
    # chat export's participants, a forwarded header the parse did not take for a field
    covered = [(f.start, _list_end(doc, f)) for f in doc.fields if f.label in MAIL_FIELDS]
    for entry in _ADDRESSED.finditer(doc.text):
        if not any(s <= entry.start() < e for s, e in covered):
            out += _recipients(entry.group(), entry.start(), "address list", lex)
    return out


_OWN_ADDRESS = compiled(r"[ \t]*\n?[ \t]*<(?P<address>[^<>\s@]+@[^<>\s]+)>")


def _desk_display(text: str, end: int, piece: str, lex: Lexicons) -> bool:
    """The display name before its own address is a functional mailbox's ("Zorgverkoop Karakter
    <zorgverkoop@karakter.com>", "Wachtlijst Jeugd" / "<wachtlijst@...>"): the address is one, and the display
    holds no known first name."""
    own = _OWN_ADDRESS.match(text, end)
    return (
        own is not None
        and functional_mailbox(own.group("address"))
        and not any(lex.is_first_name(w) for w in piece.replace(",", " ").split())
    )


def _after_job_title(piece: str, lex: Lexicons) -> int:
    """Where a name starts after a job title that opens ``piece`` ("HR-adviseur Ojo-Kamminga"), or 0 (no job
    title, or no name after it: "Directie Jeugd" is a unit, "beleidsadviseur" alone a function)."""
    words = piece.split()
    if len(words) < 2:
        return 0
    head = words[0].lower().strip(".,;:")
    if not (head.endswith(lex.job_title_endings) and lex.is_non_person_word(words[0])):
        return 0
    if words[0][:1].isupper() and "-" not in words[0]:
        return 0  # "Rijkswaterstaat Oost-Nederland": a capitalised head names an organisation ("HR-adviseur" not)
    rest = piece[piece.index(words[0]) + len(words[0]) :]
    if not name_like(rest, lex) or any(lex.is_non_person_word(w) for w in words[1:]):
        return 0
    after = rest.split()
    # "wethouder Energie Gerda Knol-Hidding", "teamleider Toezicht Particulieren Marloes Heine": the portfolio or
    # unit after the office, words no list holds as a name, then a known first name
    given = next((i for i in range(1, min(4, len(after) - 1)) if lex.is_first_name(after[i])), 0)
    if given and all(_portfolio_word(w, lex) for w in after[:given]):
        rest = rest[rest.index(after[given - 1]) + len(after[given - 1]) :]
    return len(piece) - len(rest.lstrip())


def _noun(word: str, lex: Lexicons) -> bool:
    """A word of the language or a compound of its words, no name the lists hold ("Havens", "Vaarwegen")."""
    if lex.is_first_name(word) or lex.is_surname(word):
        return False
    return _portfolio_word(word, lex) or lex.is_dictionary_compound(word) or lex.is_compound_word(word)


def _portfolio_word(word: str, lex: Lexicons) -> bool:
    """A word of a portfolio's or a unit's name ("Energie", "Toezicht", "Particulieren"), no name's."""
    low = word.lower()
    plural = low.endswith("en") and (low[:-2] in lex.dutch_words or low[:-1] in lex.dutch_words)  # "Particulieren"
    return not lex.is_first_name(word) and (lex.is_ordinary_word(word) or low in lex.dutch_words or plural)


# (a cooperative's "U.A.": "Aan: Energiecoöperatie Zonnedijk Oosterveld U.A.")
_HOUSE_NUMBER_END = compiled(
    r"(?P<street>\p{L}+)[ \t]+\d{1,5}[a-zA-Z]?[ \t]*,[ \t]*(?P<pc>\d{4}[ \t]?[A-Z]{2}[ \t]+)?\Z"
)
_PLACE_HEADS = ("Klein-", "Groot-", "Oud-", "Oude-", "Nieuw-", "Sint-", "Hoog-", "Laag-")


def _place_piece(piece: str, lex: Lexicons) -> bool:
    """A header value's piece that is a place: one the lists hold, or one named after its size or age."""
    place = piece.strip()
    return place in lex.places or place.lower() in municipalities() or place.startswith(_PLACE_HEADS)


_BEAT = compiled(BEAT_FUNCTIONS + r"[ \t]+(?P<area>\p{Lu}[\p{L}-]+)[ .;:,]*")
_LEGAL_FORM_IN = compiled(
    r"(?<![\p{L}])(?:B\.\s?V\.?|N\.\s?V\.?|V\.O\.F\.?|U\.\s?A\.?|BV|NV|VOF|GmbH|Ltd|Inc)(?![\p{L}])"
)
_LIST_GOES_ON = compiled(r"(?:[;,]|(?<=\p{L})-)[ \t]*\Z")  # (a name broken after its hyphen: "Demirkaya-")
_NAME_WAITS = compiled(r"(?<=\p{L})[ \t]*\Z")


def _list_end(doc: Document, f: HeaderField) -> int:
    """Where an e-mail header's list of recipients ends: it wraps onto lines that go on after a ";" or ","
    or a name waiting for its address ("Kaur, Harpreet" / "<harpreet.kaur@...>"), up to the next label."""
    end, i = f.end, f.line
    for _ in range(4):
        if i + 1 >= len(doc.lines):
            break
        nxt = doc.lines[i + 1]
        line = doc.text[nxt.start : nxt.end]
        # (a name waiting for its address or its unit in brackets: "Arslan, Burak" / "(IenW/HBJZ); van Leeuwen, ...")
        goes_on = _LIST_GOES_ON.search(doc.text, f.start, end) or (
            line.lstrip().startswith(("<", "(")) and _NAME_WAITS.search(doc.text, f.start, end)
        )
        if _LABEL_START.match(line) or not goes_on:
            break
        end, i = nxt.end, i + 1
    return end


# who handled a record: a member of staff, not a unit or a party whose acronym a paraph may look like ("FvD")
_HANDLING_LABELS = frozenset(
    {"ontvangen door", "ingeboekt door", "geregistreerd door", "gescand door", "verwerkt door"}
)
# a paraph and the date it was given: "FvD op 6 oktober 2025", "KdW, 3-4-2025"
_PARAPH_THEN_DATE = compiled(r"(\S+)(?:[ \t]+op|,)[ \t]+\d")
# labels whose value may be a paraph alone ("Actie: JvdB", "Auteur: MvS", "Behandeld door: KdW")
_PARAPH_LABELS = frozenset(
    {"actie", "actiehouder", "opsteller", "notulist", "auteur", "steller", "behandeld door", "opgesteld door"}
    | REVIEW_LABELS
    | _HANDLING_LABELS
)
MAIL_FIELDS = frozenset({"van", "aan", "cc", "bcc", "kopie aan", "from", "to", "afzender"}) | MEETING_FIELDS
# Outlook's "Achternaam, Voornaam [tussenvoegsel]" before an address or at the end of a list entry
_WORD = r"(?:\p{Lu}[\p{L}'’.-]*|(?:van|de|der|den|het|'t|ter|ten|te|tot|in|von|und|zu|la|le|da|di|du|el|al))"
# "Surname, First": a long list wraps ("Hendriks-Lam," / "C. <c.hendriks-lam@vng.nl>", "Kaur, Harpreet" /
# "<harpreet.kaur@...>")
_SURNAME_FIRST = (
    rf"(?:(?:van|de|der|den|'t|ter|ten|in|op)[ \t]+|d'|l')*"
    # ("Demirkaya-" / "Holst, Yusuf": the surname broken after its hyphen)
    rf"\p{{Lu}}[\p{{L}}'’]*(?:-(?:[ \t]*\n[ \t]*)?[\p{{L}}'’]+)*-?(?:[ \t]+{_WORD}){{0,4}},[ \t]*\n?[ \t]*"
    rf"\p{{Lu}}[\p{{L}}.'’-]*(?:[ \t]+{_WORD}){{0,4}}"
)
# (Outlook quotes a display name with a comma in it: "'Bøgh-Hansen, Lærke' <l.boghhansen@...>")
_RECIPIENT = compiled(
    rf"(?:^|(?<=;)|(?<=>))[ \t]*['\"‘“]?(?P<name>{_SURNAME_FIRST})['\"’”]?[ \t]*\n?[ \t]*(?=<|\[mailto|\(|;|$)"
)


# a "Surname, First <address>" entry that starts a line or follows another entry
_ADDRESSED = compiled(
    rf"(?m:(?:^|(?<=;)|(?<=>)))[ \t]*['\"‘“]?{_SURNAME_FIRST}['\"’”]?[ \t]*\n?[ \t]*(?=<[^<>\s@]+@|\[mailto)"
)


_CALLED = compiled(r"[ \t]*\((?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)")


def _recipients(value: str, start: int, label: str, lex: Lexicons) -> list[Candidate]:
    """ "Aan: Oudeman, Pieter <p.oudeman@...>; Ploeg, Hidde van der": each "Surname, First" as one name.

    The comma would otherwise split the name in two, and a surname that is also a word
    ("Boer", "Hof", "Veld") would stay readable on its own.
    """
    out = []
    for m in _RECIPIENT.finditer(value):
        name = m.group("name")
        words = name.replace(",", " ").split()
        if any(ch.isdigit() for ch in name) or any(lex.is_non_person_word(w) for w in words):
            continue
        if any(organisation_ending(w.lower(), 6, whole=True) for w in words):
            continue  # "Commandant Landstrijdkrachten, Rijksvastgoedbedrijf": two addressees that are bodies
        if any(unit_code(w, lex) for w in words):
            continue  # "Kopie aan: CIO Rijk, DCZW": units by their codes, no one's surname in capitals
        place = " ".join(name.split(",")[0].split())
        if place in lex.places and " " in place and not lex.is_surname(place.split()[-1]):
            continue  # "To: The Hague, DAF (Directie Sub-Sahara Afrika)": a cable's place and directorate
        s, e = start + m.start("name"), start + m.end("name")
        called = _CALLED.match(value, m.end("name"))
        if called and lex.is_first_name(called.group("first")):
            e = start + called.end()  # "ZWARTENKOT, W.F. (Wessel)": the initials, then the name he goes by
        why = f"'Surname, First name' in the e-mail header field '{label}'"
        out.append(candidate(s, e, "PERSON", "header_field", 0.85, why, value))
    return out


def _title_case(text: str) -> str:
    """SANNE VAN DER BERG -> Sanne van der Berg (same length, so offsets stay valid)."""
    tvs = {t for t in load_lexicons().tussenvoegsels if " " not in t}
    words = re.split(r"(\s+)", text)
    return "".join(w.lower() if w.lower() in tvs else w[:1] + w[1:].lower() for w in words)


def _people(piece: str, lex: Lexicons) -> list[tuple[int, str]]:
    """Name-like parts of a header value piece: the whole, or each side of " en "."""
    if piece.strip() in lex.acronyms or compiled(r"^\s*\p{Lu}{2,5}\d*\s*$").match(piece):
        return []  # "WCAG", "VWS": an acronym, not a name in capitals
    if piece.split() and all(w in lex.acronyms for w in piece.split()):
        return []  # "FG CBS": the data protection officer of the CBS, a function
    words = piece.split()
    known = bool(words) and (lex.is_first_name(words[0]) or lex.is_surname(words[0]))
    word = words[0] if len(words) == 1 and not known else ""
    if word and (lex.is_compound_word(word) or lex.is_dictionary_compound(word) or word.lower() in lex.dutch_words):
        return []  # "Aan: Werkveld": a word of the dictionary no name list holds, an audience
    if name_like(piece, lex):
        return [(0, piece)]
    letters = [c for c in piece if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and name_like(_title_case(piece), lex):
        return [(0, piece)]  # a name in capitals, as some header blocks print it
    if any(lex.is_non_person_word(w) for w in piece.split()):
        return []
    sides = [w for w in re.split(r"\s+en\s+", piece) if w.strip()]
    if len(sides) > 1 and all(len(w.split()) == 1 and _noun(w.strip(), lex) for w in sides):
        return []  # "Van: Havens en Vaarwegen / Juridische Zaken": a unit's name of two nouns, no two persons
    parts = []
    pos = 0
    for m in list(re.finditer(r"\s+en\s+", piece)) + [None]:
        end = m.start() if m else len(piece)
        if name_like(piece[pos:end], lex):
            parts.append((pos, piece[pos:end]))
        pos = m.end() if m else len(piece)
    return parts


_CLOSING = re.compile(
    r"^\s*(?:met\s+)?(?:vriendelijke|hartelijke|collegiale|beste)?\s*(?:groet(?:en)?|groetjes)\s*,?\s*$|^\s*mvg,?\s*$",
    re.IGNORECASE,
)


# "namens deze," / "namens dit," / "voor deze,": whoever signs below does so on mandate, a civil servant
_MANDATE = re.compile(r"^\s*(?:namens|voor|i\.?o\.?)\s+(?:deze|dezen|dit|hen)\s*,?\s*$", re.IGNORECASE)


def signature_blocks(doc: Document) -> list[Candidate]:
    """The name line under a closing such as "Met vriendelijke groet,", or under "namens deze,"."""
    lex = load_lexicons()
    out = []
    for i, line in enumerate(doc.lines):
        head = doc.text[line.start : line.end]
        mandate = bool(_MANDATE.match(head))
        if not mandate and not _CLOSING.match(head):
            continue
        why = "name signing on mandate ('namens deze')" if mandate else "name under a closing greeting"
        for j in range(i + 1, min(i + 3, len(doc.lines))):
            nxt = doc.lines[j]
            t = doc.text[nxt.start : nxt.end]
            if name_like(t, lex):
                s, e = strip_title(t, nxt.start)
                out.append(candidate(s, e, "PERSON", "signature_block", 0.85, why, t))
                break
    return out + _initial_sign_offs(doc.text)


# an e-mail's sender (the name in its Van:/From: line, "Nijboer, Wouter" or "Wouter Nijboer")
_SENDER = re.compile(r"(?m)^[ \t]*(?:Van|From)[ \t]*:[ \t]*(?P<name>[^<\n]{2,60})")
# a message signed with the sender's initial alone, after its last sentence or under its closing: "... (advies FG). W."
_SIGN_OFF_INITIAL = re.compile(r"(?m)(?:(?<=[.!?][ \t])|(?<=^))(?P<init>[A-ZÀ-Ý])(?P<dot>\.)[ \t]*$")
# ... the next header, a forwarded or answered mail's subject (a page's running title), a rule, or the text's end
_MESSAGE_ENDS = re.compile(
    r"[ \t]*(?:\n[ \t]*)*(?:\Z|(?:Van|From|Verzonden|Sent|Onderwerp|Subject|RE|Re|FW|Fw|Aw)[ \t]*:|-{3,}|_{3,})"
)


def _initial_sign_offs(text: str) -> list[Candidate]:
    """The initial a mail's sender signs the message with at its end ("... (advies FG). W." from "Nijboer, Wouter"): the
    given name's first letter, the message's last word before the next header or the text's end."""
    out: list[Candidate] = []
    senders = [(m.start(), m.group("name")) for m in _SENDER.finditer(text)]
    if not senders:
        return out
    for m in _SIGN_OFF_INITIAL.finditer(text):
        if not _MESSAGE_ENDS.match(text, m.end()):
            continue
        before = [name for at, name in senders if at < m.start()]
        if not before:
            continue
        name = before[-1].strip().strip('"')
        given = name.split(",", 1)[1].strip() if "," in name else name
        person = load_lexicons().is_first_name(given.split()[0]) if given.split() else False
        if person and given[:1] == m.group("init"):
            why = f"the initial '{m.group('init')}' the sender '{name}' signs the message with"
            out.append(candidate(m.start("init"), m.end("dot"), "PERSON", "signature_block", 0.8, why, name))
    return out


_ACRONYM_WORD = re.compile(r"\A[A-Z]{2,5}\Z")
