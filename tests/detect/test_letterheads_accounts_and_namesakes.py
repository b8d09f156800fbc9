"""Session 60's second rules, one table each: a sole trader's KvK number and address (a double first name, a
signature with its own KvK number, a trade's word and a surname), a private person's own contact line written
with bars, numbered accounts, dates of birth further on in the sentence naming one, what a name is not (a person a
street is named after, a politician by party, a tree's genus, a van's make, a tour boat, a newspaper someone works
for, schools listed in a cell), and a double first name's initials or a diminutive where the batch names the
person."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse.text import document_from_text

# (text, redacted, kept)
LETTERHEADS = [
    # a signature with its own KvK number under it: a sole trader's, its address theirs
    (
        "Hoogachtend,\nGerard-Jan Bleeker\nKvK 81234567 | Molenweg 3a, 3701 BL Zeist\n",
        ["Gerard-Jan Bleeker", "81234567", "Molenweg 3a", "3701 BL"],
        ["Zeist"],
    ),
    # a signature with an office's details under it stays the office's
    (
        "Met vriendelijke groet,\nBas Derks\nmaatschappelijk werker | Synthese Venray | Patersweg 22\n",
        ["Bas Derks"],
        ["Patersweg 22", "Synthese Venray"],
    ),
    # a private person's own contact line: name, street, postcode, mobile, mail address, parted by bars
    (
        "Marloes Tjoonk-Brouwer | Weverstraat 88 | 7607 HK Almelo | 06-48 11 27 09 | m.tjoonk@twentsmedia.nl\n",
        ["Marloes Tjoonk-Brouwer", "Weverstraat 88", "7607 HK", "06-48 11 27 09", "m.tjoonk@twentsmedia.nl"],
        ["Almelo"],
    ),
    # an office's footer stays
    (
        "Gemeente Almelo | Haven Zuidzijde 30 | 7607 EW Almelo | T 14 0546 | info@almelo.nl\n",
        [],
        ["Haven Zuidzijde 30"],
    ),
    # a trade's word and a surname on a letterhead: its KvK number is a natural person's
    (
        "Taxibedrijf Koçak\nEdisonlaan 212, 7324 AW Apeldoorn\nKvK 81234567 | Tel. 06-15 88 20 43\nFACTUUR 2026-004\n",
        ["81234567", "06-15 88 20 43"],
        ["Apeldoorn", "FACTUUR 2026-004"],
    ),
    # a company with its legal form keeps its KvK number
    ("Taxi Veluwe B.V.\nEdisonlaan 2, 7324 AW Apeldoorn\nKvK 08123456\nFACTUUR 2026-005\n", [], ["08123456"]),
]

ACCOUNTS = [
    (
        "3.1 Bij drie gebruikersaccounts (vwij04, kbru11 en jhak02) is een patroon aangetroffen.",
        ["vwij04", "kbru11", "jhak02"],
        ["patroon"],
    ),
    # a product's, a system's or a thing's account is no one's
    (
        "Wij maakten twee accounts (office365 en win10) aan; accounts: zie covid19.",
        [],
        ["office365", "win10", "covid19"],
    ),
    ("Account\tOmschrijving\nn.v.t\t-\nsvc_backup\tback-up\nv2.1\tversie\n", [], ["n.v.t", "svc_backup", "v2.1"]),
    # a numbered account spelled from the initial and the start of a surname the document redacts
    (
        "Account\tNaam\nkbru11\tK. de Bruijn\nsdam03\tS. van Dam\n",
        ["kbru11", "K. de Bruijn", "sdam03", "S. van Dam"],
        ["Account"],
    ),
]

# the column under an account header: each cell an account, whatever it spells
ACCOUNTS += [
    (
        "Account\tMedewerker\tPers.nr\nvwij04\tL. van Wijngaarden\t104522\nprm02\tP. Ramdin\t106024\n",
        ["vwij04", "prm02"],
        ["Account"],
    ),
]

BIRTH_DATES = [
    # a letter's or a decision's date in the sentence naming a birth date is none
    (
        "De geboortedatum ontbrak in het verzoek van 15-03-2018. Controle geboortedatum conform besluit van 1 januari "
        "2015.",
        [],
        ["15-03-2018", "1 januari 2015"],
    ),
    (
        "Bij het tekenen bleek dat de geboortedatum van de bruid verkeerd was ingevuld (15-03-1994 in plaats van "
        "14-03-1994). De akte is op 20-03-2026 hersteld.",
        ["15-03-1994", "14-03-1994"],
        ["20-03-2026"],
    ),
    # the sentence wrapped over a line before its dates
    (
        "Bij het tekenen bleek dat de geboortedatum van de bruid verkeerd was\ningevuld (15-03-1994 in plaats van "
        "14-03-1994).",
        ["15-03-1994", "14-03-1994"],
        [],
    ),
]

# a routing line's approval by initials
PARAPHS = [
    (
        "Gefiatteerd budgethouder: JO 12-01-2026 | Controle contractmanager: AvtH 09-01-2026",
        ["JO", "AvtH"],
        ["budgethouder", "contractmanager"],
    ),
]

NOT_PERSONS = [
    ("De straat is genoemd naar Folke Bernadotte, net als de school verderop.", [], ["Folke Bernadotte"]),
    # mentioned to someone, a child named after a grandparent, a party's member: persons
    ("Ik heb dit ook al genoemd naar Marieke Verhoef toe.", ["Marieke Verhoef"], []),
    ("Het kind werd vernoemd naar de grootvader Henk Jansen.", ["Henk Jansen"], []),
    ("De klacht is ingediend door Jan Smit van de SP uit Zeist, een buurtbewoner.", ["Jan Smit"], ["SP"]),
    # a name of an institution or a place after its word, in capitals: no one's firm
    ("KINDCENTRUM WILLEM ALEXANDER\nZORGGROEP ANNA PAULOWNA\nKerkstraat 4\nKvK 41234567\n", [], ["41234567"]),
    ("Basisschool De Brink\nSchoolstraat 4\n3701 BL Zeist\nKvK 41234567\n", [], ["41234567", "Schoolstraat 4"]),
    (
        "Boomnummer Soort Stamdiameter Advies\nZW-0411 Ulmus 'Lobel' 48 cm handhaven\nZW-0415 Ulmus x hollandica 74 cm "
        "vellen\nZW-0416 Tilia cordata 69 cm vellen\n",
        [],
        ["ZW-0411", "ZW-0415", "ZW-0416", "Ulmus", "Tilia"],
    ),
    ("Voertuig Mercedes Sprinter met rolstoellift, busnummer TBV-23.", [], ["Mercedes Sprinter"]),
    ("De trouwlocatie was de Rondvaartboot Johanna Maria aan de kade.", [], ["Johanna Maria"]),
    ("Daan van het Stadsblad komt morgen langs.", ["Daan"], ["Stadsblad"]),
    ("Maarten van het Reve schreef een boek.", ["Maarten van het Reve"], []),
    ("Op grond van artikel 16:1 van de Cao Gemeenten leggen wij een maatregel op.", [], ["Cao Gemeenten"]),
    ("Compensatie: 2x Ulmus 'New Horizon' Anne Frankplein, 2x Ulmus 'Columella'.", [], ["Horizon", "Anne"]),
    # an attendee and her organisation after a spaced dash (a married name writes its particle small)
    (
        "Presentielijst\nJeroen van Dijk - De Sprengen\nMarieke Jansen - de Vries\n",
        ["Jeroen van Dijk", "Marieke Jansen - de Vries"],
        ["Sprengen"],
    ),
    (
        "Route\tChauffeur\tScholen\nAP-14\tPiet van den Akker\tHet Anker, De Sprengen\n",
        ["Piet van den Akker"],
        ["Anker"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), LETTERHEADS)
def test_sole_traders_and_own_contact_lines(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), ACCOUNTS)
def test_numbered_accounts(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), BIRTH_DATES)
def test_birth_dates_in_the_sentence(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PARAPHS)
def test_paraphs_on_routing_lines(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_what_a_name_is_not(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _actions(text: str, batch: list[str]) -> dict[str, Action]:
    config = load_config(None, None)
    findings = Detector(config).detect(document_from_text(text, "doc"), batch)
    return {f.text: d.action for f, d in zip(findings, decide(findings, config))}


# (text, names another document of the batch redacts, redacted, kept)
BATCH = [
    # a one-man firm named after someone the batch redacts
    ("Voor Taxibedrijf Koçak hebben wij geen aanvraag ontvangen.", ["Mehmet Koçak"], ["Koçak"], []),
    # a double first name's initials, wherever the text calls him so (not a unit after its number)
    (
        "[12-03-2026 09:12] Rob ter Weele: Mensen, GJ belt net dat de boot later is.\n"
        "[12-03-2026 09:13] Joyce Hakkert: ok\n[12-03-2026 09:14] Rob ter Weele: top\n",
        ["Gerrit-Jan Lohuis"],
        ["GJ"],
        [],
    ),
    ("Gerrit-Jan Lohuis belde. Tot die tijd plannen wij GJ niet in op zaterdagen.", [], ["GJ"], []),
    ("De installatie levert 40 GJ per jaar. GJ is een eenheid van energie.", ["Gerrit-Jan Lohuis"], [], ["GJ"]),
    # outside a chat, another document's Dirk-Jan is no DJ of this one
    (
        "De DJ draait tot 23.00 uur; de prijs is EUR 12,50 per GJ.",
        ["Dirk-Jan Smit", "Gerrit-Jan Lohuis"],
        [],
        ["DJ", "GJ"],
    ),
]


@pytest.mark.parametrize(("text", "batch", "redact", "keep"), BATCH)
def test_forms_of_names_the_batch_redacts(text: str, batch: list[str], redact: list[str], keep: list[str]) -> None:
    got = _actions(text, batch)
    for needle in redact:
        assert got.get(needle) is Action.REDACT, got
    for needle in keep:
        assert got.get(needle) is not Action.REDACT, got


def test_a_diminutive_in_a_chat() -> None:
    text = (
        "[12-03-2026 08:20] Bart Verschuur: haha die kennen we. Brammetje neemt de afzetting mee\n"
        "[12-03-2026 08:21] Bram Oostveen: ok\n[12-03-2026 08:22] Bart Verschuur: top\n"
    )
    assert _actions(text, []).get("Brammetje") is Action.REDACT
