"""Labels and words around a span that say it names no person: a location or organisation label's value in its
column, a table's header row, a building's or a school's word before it, a partnership's legal form and a language
used as an adjective (for :mod:`.context`)."""

from __future__ import annotations

import regex

from .grammar import compiled

__all__ = [
    "_ARTICLE_BEFORE",
    "_BUILDING_BEFORE",
    "_COMMUNITY_BEFORE",
    "_INSTITUTIONS",
    "_NOUN_AFTER",
    "_ORG_LABEL",
    "_PARTNERSHIP",
    "_PLACE_LABEL",
    "_ROOM_BEFORE",
    "_SCHOOL_BEFORE",
    "_header_row",
    "_located",
]

# a label whose value is a place, a building or a room: "Locatie: Herman Teirlinck - 01.16 - Rik Wouters"
_ROOM_BEFORE = compiled(r"(?<![\p{L}])(?i:zaal|vergaderzaal|vergaderkamer|vergaderruimte|lokaal)[ \t\u00a0]+\Z")
_PLACE_LABEL = compiled(
    r"(?im:^[ \t\-–•o]*(?:locatie|vergaderlocatie|vergaderzaal|vergaderruimte|zaal|ruimte|lokaal|location|room|venue)"
    r"(?:[ \t]*:(?:(?![.;|][ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]*:)[^\n])*|[ \t]{2,}|\t|[ \t]*:?[ \t]*\n[ \t]*)\Z)"
)  # ("Locatie      De Paauw", its label column; not past the next label: "Locatie: Stadhuis. Voorzitter: X", "Locatie:
# Nachtopvang De Boei | Intake door: Inge Kloosterboer")

# the value of a form's or a table's organisation label, in its label column right before the span ("School
# Piter Jelles Montessori", "Organisatie: Rover Limburg"): an organisation's name, whatever first name it holds
# (not a party's label, whose value may be the person who signs for it: "Zorgaanbieder  Bertine Hofman,
# locatiemanager")
_ORG_LABELS = r"school|organisatie|organisation|instelling|onderneming|vereniging|stichting|fonds|company|institution"
# (a label on a line of its own is capitalised: "school" / "Anouk Verbeek" in a table's role column is a role's cell)
_ORG_LABEL = compiled(
    rf"(?m:^[ \t]*(?:(?i:{_ORG_LABELS})(?:[ \t]*:[ \t]*|[ \t]{{2,}}|\t)|(?i:{_ORG_LABELS})(?<=^[ \t]*\p{{Lu}}\S*)"
    r"[ \t]*:?[ \t]*\n[ \t]*)\Z)"
)


# a table's header cell: "Naam" / "Organisatie" over "Jan Bos" / "Gemeente Ede" is a header row, not a label column
_HEADER_CELL = compiled(
    r"(?i:naam|namen|name|functie|rol|role|e-?mail|telefoon|datum|date|wie|contactpersoon|deelnemers?|"
    r"vertegenwoordiger|aanwezig|organisatie|organisation|geboortedatum|geb\.?[ \t]?datum|adres|woonplaats|groep|klas|"
    r"leeftijd|bsn)[ \t]*:?"  # ("Naam" / "Geboortedatum" / "School" / "Yasmina El Khatib": a pupils' table)
)


def _located(text: str, span: str) -> bool:
    """``span`` stands in this text as the value of a location label ("Locatie      De Paauw, Muzenzaal")."""
    label = (
        r"(?im:^[ \t\-–•o]*(?:locatie|vergaderlocatie|location|venue)"
        r"(?:[ \t]*:[ \t]*|[ \t]{2,}|\t|[ \t]*:?[ \t]*\n[ \t]*))"
    )
    return compiled(label + regex.escape(span) + r"(?![\p{L}])").search(text) is not None


def _header_row(text: str, start: int) -> bool:
    """The label alone on the line above the span, and the line above it a table's header cell too ("Naam" /
    "Organisatie" / "Jan Bos"): the span is the first row's first cell, under another header."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return False
    label_start = text.rfind("\n", 0, line_start - 1) + 1
    if label_start == 0:
        return False
    above = text[text.rfind("\n", 0, label_start - 1) + 1 : label_start - 1]
    return _HEADER_CELL.fullmatch(above.strip()) is not None


# the endings of an institution's name that may be made of a famous person's ("Troelstraschool", "Erasmus College")
_INSTITUTIONS = frozenset(
    {"school", "college", "lyceum", "gymnasium", "academie", "ziekenhuis", "kliniek", "museum", "bibliotheek"}
)
_SCHOOL_BEFORE = compiled(
    r"(?<![\p{L}])(?:IKC|ikc|integraal[ \t]+kindcentrum|[Kk]indcentrum|[Bb]asisschool|OBS|CBS|PCBS|RKBS|SBO|obs|cbs|"
    # (or the line's end between: "met CBS" / "Johan de Witt.", where the name ends its clause: context_firms)
    r"[Kk]inderdagverblijf|BSO|[Pp]euterspeelzaal)(?P<gap>[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)\Z"
)
_BUILDING_BEFORE = compiled(
    r"(?<![\p{L}])(?i:raadhuis|stadhuis|gemeentehuis|provinciehuis|kasteel|landgoed|huize|buitenplaats|"
    # a pumping station or a pavilion named after someone ("gemaal Cornelis Kraijenhoff", "Paviljoen De Regge")
    r"gemaal|stoomgemaal|poldergemaal|paviljoen)"
    r"[ \t\u00a0]+\Z"
)
# a community's building or a thrift shop, whose name begins with an article ("Kringloop De Schakel", "dorpshuis De
# Kraanvogel"; not "de beheerder van het dorpshuis Henk Bosgraaf": context_firms asks for the article)
_COMMUNITY_BEFORE = compiled(
    r"(?<![\p{L}])(?i:kringloop|kringloopwinkel|kringloopcentrum|buurthuis|dorpshuis|wijkcentrum|jongerencentrum)"
    r"[ \t\u00a0]+\Z"
)
_PARTNERSHIP = compiled(r"[ \t,]*(?i:v\.[ ]?o\.[ ]?f\.?|vof|c\.[ ]?v\.)(?![\p{L}])")
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}])(?i:een|het)[ \t\u00a0]+\Z")
_NOUN_AFTER = compiled(r"[ \t\u00a0]+\p{Ll}{3,}")
