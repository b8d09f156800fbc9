"""Session 50's rules, one table per rule class: an office in a later cell of a name's table row, a surname that is
a word of the language after a first name in running text, special categories in a register's row, in one word
with what the person has of them and inflected, the owners of an action list's next items on one line, a functional
mailbox's display name, initials alone with a date of birth, a round switchboard number beside the writer's mobile,
and historical persons named with a patronymic."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
OFFICE_IN_ROW = [
    # an attendance table: name, organisation, role; the office holders stay, the civil servants go
    (
        "Aanwezig\n"
        "Naam             Organisatie              Rol\n"
        "C. Jansen        Ministerie van IenW      staatssecretaris (voorzitter)\n"
        "J. Harmsen       IenW, DGMo               afdelingshoofd Spoorveiligheid\n"
        "A. Rouwenhorst   Provincie Overijssel     gedeputeerde Mobiliteit\n"
        "T. Kremers       gemeente Deventer        wethouder Verkeer\n",
        ["J. Harmsen"],
        ["C. Jansen", "A. Rouwenhorst", "T. Kremers", "afdelingshoofd Spoorveiligheid"],
    ),
    # a role cell naming another person after the office is no office of this row's name
    (
        "Naam             Organisatie              Contact\n"
        "P. Vermeulen     gemeente Deventer        wethouder De Groot\n"
        "R. Nijkamp       gemeente Deventer        beleidsadviseur\n",
        ["P. Vermeulen", "R. Nijkamp"],
        ["gemeente Deventer"],
    ),
    # a contact's row (phone, e-mail) whose "Kopie aan" cell lists addressees, an office among them
    (
        "Contactpersoon     Telefoon       E-mail                        Kopie aan\n"
        "Marloes Terpstra   06-41872093    marloes.terpstra@minienw.nl   minister van IenW, DG Mobiliteit\n",
        ["Marloes Terpstra", "06-41872093"],
        ["Kopie aan"],
    ),
    # a RACI row: someone in each cell, the office another's
    (
        "Activiteit        R                A                Datum        I\n"
        "Go / no-go        Lucas Smit       Dewi Kusuma      3 maart      directeur-generaal\n",
        ["Dewi Kusuma", "Lucas Smit"],
        ["Go / no-go"],
    ),
    # a plural office heads several people, not this row's name
    (
        "Naam             Organisatie              Rol\n"
        "S. Mulder        gemeente Zwolle          wethouders (ondersteuning)\n",
        ["S. Mulder"],
        ["gemeente Zwolle"],
    ),
]

WORD_SURNAMES = [
    # a surname that is a word of the language, capitalised in running text after a first name
    ("Gisteren belde Pim Vrolijk over de aanvraag.", ["Pim Vrolijk"], ["aanvraag"]),
    ("Volgens Karin Blij is het dossier compleet.", ["Karin Blij"], ["dossier"]),
    ("Het overleg met Ruud Groot en Anouk Sterk is verplaatst.", ["Ruud Groot", "Anouk Sterk"], ["overleg"]),
    # a building or a body named after someone, an organisation's word, English title case: no surname
    ("Het Emma Kinderziekenhuis in Amsterdam opent een vleugel.", [], ["Emma Kinderziekenhuis", "Amsterdam"]),
    ("We bespraken de Grace Period met de leverancier.", [], ["Grace Period"]),
    ("In de Maria Stichting werkt men samen met de gemeente.", [], ["Maria Stichting"]),
]

SPECIAL_CATEGORIES = [
    # the term and the person's symptoms, or track, in one word
    ("Mevrouw Jansen heeft sinds maart COPD-klachten.", ["Jansen", "COPD-klachten"], ["sinds maart"]),
    (
        "Let op: meneer Hoogeveen zit ook in een Wsnp-traject (bekend bij team Schuldhulp).",
        ["Hoogeveen", "Wsnp-traject"],
        ["team Schuldhulp"],
    ),
    # one person in a role: "de machinist"
    (
        "In de mail van NS staat gezondheidsinformatie over de machinist (posttraumatische stressklachten).",
        ["posttraumatische stressklachten"],
        ["gezondheidsinformatie", "NS"],
    ),
    # an adjective's inflected form
    ("Ze heeft wel suïcidale uitingen gedaan volgens de huisarts.", ["suïcidale"], ["huisarts"]),
    ("Mevrouw Jansen is suïcidaal.", ["Jansen", "suïcidaal"], []),
    # a policy sentence names no one
    ("De kleur van de wand is grijs; astma komt in de regio vaker voor.", [], ["astma"]),
    # a register's remark of a dozen words, in a row of many cells that names the melder (the remark's sentence
    # ends before the name's cell)
    (
        "Slijpen en knallen tot na 20.00 uur; kan door astma niet slapen.   M25-24517   H. Plasmeijer   Zaandijk\n"
        "Zoete geur, mogelijk van de cacaoverwerking in de buurt.          M25-24760   A. van Tongeren Westzaan\n",
        ["H. Plasmeijer", "astma"],
        ["Slijpen en knallen", "Zoete geur", "Zaandijk"],
    ),
]

ACTION_ITEMS = [
    # the owners of an action list's items on one line: each a named person's initials, "cha" an English word or not
    (
        "Namens de organisatie: Yvonne Gerritsma (ProRail) en C. Haverkate (gemeente Deventer).\n"
        "Actiepunten: YGE bezoek mevrouw Eshuis; CHA verkeersregelaars schoolroute; ProRail stuurt het ontwerp.",
        ["YGE", "CHA", "Eshuis", "C. Haverkate"],
        ["verkeersregelaars schoolroute", "ProRail stuurt"],
    ),
    # a code no one named here has stays, however it stands
    (
        "Namens de organisatie: Yvonne Gerritsma (ProRail).\nActiepunten: YGE bezoek de school; RWS levert de borden.",
        ["YGE"],
        ["RWS levert"],
    ),
]


DESKS_INITIALS_SWITCHBOARDS_HISTORY = [
    # a functional mailbox's display name in a header, its address on the next line or beside it
    (
        "Van: Mireille Tjon-A-Fat <m.tjonafat@jbgelderland.nl>\n"
        "Aan: Fatima El Khatib <f.elkhatib@regionoordveluwe.nl>; Wachtlijst Jeugd\n<wachtlijst@regionoordveluwe.nl>\n"
        "CC: Zorgverkoop Karakter <zorgverkoop@karakter.com>\nOnderwerp: plafond\n"
        "Zorgverkoop Karakter en Wachtlijst Jeugd krijgen het overzicht.",
        ["Mireille Tjon-A-Fat", "Fatima El Khatib", "m.tjonafat@jbgelderland.nl"],
        ["Wachtlijst Jeugd", "Zorgverkoop Karakter", "wachtlijst@regionoordveluwe.nl"],
    ),
    # initials alone with a date of birth: a child kept unnamed, in a letter and in a register's row
    (
        "waarbij een jeugdige (J.d.G., geboren 12-06-2010) na een periode van zelfbeschadiging is opgenomen.",
        ["J.d.G.", "12-06-2010", "zelfbeschadiging"],
        ["opgenomen"],
    ),
    (
        "JZ-0418872   L.B.    14-03-2012   Oldebroek   Karakter   ASS, angststoornis\n"
        "JZ-0402213   D.v.E.  11-07-2016   Ermelo      Pluryn     LVB\n",
        ["L.B.", "D.v.E.", "angststoornis"],
        ["Oldebroek", "Ermelo"],
    ),
    ("N.B. 12-03-2025 is de deadline voor de stukken.", [], ["N.B. 12-03-2025"]),
    # a round landline beside the writer's mobile in a signature is the office's; another landline is theirs
    (
        "Met vriendelijke groet,\nThijs Hoogendoorn\nContractmanager Jeugd\nT 0341 742 700 | M 06 28 55 01 47\n",
        ["Thijs Hoogendoorn", "06 28 55 01 47"],
        ["0341 742 700"],
    ),
    (
        "Met vriendelijke groet,\nThijs Hoogendoorn\nT 0341 742 712 | M 06 28 55 01 47\n",
        ["Thijs Hoogendoorn", "0341 742 712", "06 28 55 01 47"],
        [],
    ),
    # a historical person named with a patronymic (before 1811); "Tomasz" is a living person's given name
    (
        "Het huis werd in 1638 gebouwd door meester-timmerman Jacob Pietersz. Swaenenburgh; metselaar was Claes "
        "Adriaensz. Verdoes.",
        [],
        ["Jacob Pietersz. Swaenenburgh", "Claes", "Verdoes"],
    ),
    ("De aannemer Tomasz Kowalczyk belde over de steiger.", ["Tomasz Kowalczyk"], ["steiger"]),
    # a researcher's ORCID iD; "vd" as a particle; a unit's mailbox whose acronym the text joins to its organisation's
    (
        "Dr. Thiago Albuquerque (postdoc, ORCID 0000-0002-7719-3054) neemt het over van Hendrik-Jan vd Wetering.",
        ["Thiago Albuquerque", "0000-0002-7719-3054", "Hendrik-Jan vd Wetering"],
        ["postdoc"],
    ),
    (
        "Cc: Oosterbeek, Maarten <m.oosterbeek@nwo.nl>; enw@nwo.nl\nSubject: RE: ENW-XL\n"
        "Dr. Maarten Oosterbeek, Teamleider NWO-ENW.",
        ["Oosterbeek, Maarten", "m.oosterbeek@nwo.nl"],
        ["enw@nwo.nl", "NWO-ENW"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), DESKS_INITIALS_SWITCHBOARDS_HISTORY)
def test_desks_initials_switchboards_and_history(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), OFFICE_IN_ROW)
def test_office_in_a_later_cell_of_the_row(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), WORD_SURNAMES)
def test_word_surnames_after_a_first_name(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), SPECIAL_CATEGORIES)
def test_special_categories_in_rows_compounds_and_roles(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), ACTION_ITEMS)
def test_owners_of_an_action_lists_next_items(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
