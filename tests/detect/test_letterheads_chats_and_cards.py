"""Session 61's third set of rules (wave 11), one table each: a sole trader's letterhead gives its owner's phone and
mailbox too; a chat name in brackets after the full name it belongs to; chat speakers with a surname's letters
("Frits BvD"); a code given with its word ("(code BLR)"); "v." as a particle; a home called "woonhuis"; numbers of a
driving licence, a parking card, an interpreter's and a BOA's registration; a cooperative's address under its
secretary's name; findings of a medical examination. Not a person's: a cooperative with "U.A." in a header field,
a desk ("het Subsidieloket") after "van", a car's model, a parking place for disabled people."""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
SOLE_TRADERS = [
    (
        "FACTUUR\nInstallatiebedrijf R. Mensink\nRuurd Mensink\nHaaksbergerweg 88, 7491 EK Delden\n"
        "Tel. 074 - 376 55 12 | info@mensinkinstallatie.nl\nKvK 67120094 | btw NL001845219B77\n"
        "Aan: Energiecoöperatie Zonnedijk U.A., t.a.v. penningmeester\n",
        ["074 - 376 55 12", "info@mensinkinstallatie.nl", "67120094", "Haaksbergerweg 88", "Ruurd Mensink"],
        ["Energiecoöperatie Zonnedijk U.A."],
    ),
    # a civil servant's contact block in a paper about an invoice gives the office's number and mailbox
    (
        "Besluit op uw Woo-verzoek\nContactpersoon\nmr. P.J. de Roode-Verhulst, Woo-coördinator\n"
        "T 070 379 8911 (algemeen)\nE woo@minkgg.nl\nU vroeg om de factuur van de leverancier.\n",
        ["P.J. de Roode-Verhulst"],
        ["070 379 8911", "woo@minkgg.nl"],
    ),
    # a signature's block ends at the next mail's header: its sender's mailbox is no sole trader's
    (
        "Bellen kan op 06-24118760.\nGr. Ruud\nKoolhoven Installatietechniek | KvK 74011592 | Pastoor Ruwestraat 6 "
        "Delden\nVan:\nsubsidies@rvo.nl\nVerzonden: dinsdag 21 februari 2023\nFactuur volgt.\n",
        ["74011592", "06-24118760"],
        ["subsidies@rvo.nl"],
    ),
    # a company's letterhead keeps its details
    (
        "FACTUUR\nMensink Installatietechniek B.V.\nHaaksbergerweg 88, 7491 EK Delden\n"
        "Tel. 074 - 376 55 12 | info@mensinktechniek.nl\nKvK 67120094\n",
        [],
        ["074 - 376 55 12", "info@mensinktechniek.nl"],
    ),
]

CHATS = [
    (
        "[13-09-2025 21:14] Kingdaan: wie heeft die vid\n[13-09-2025 21:15] Vossie: hahaha\n"
        "[13-09-2025 21:15] Ruub: ja\n[13-09-2025 21:17] Elif Ö.: doe normaal\n"
        "Noot: deelnemers volgens ouders Daan Haverkamp (Kingdaan), Thijs Vos (Vossie), Ruben Kramer (Ruub).\n",
        ["Kingdaan", "Vossie", "Ruub", "Daan Haverkamp"],
        ["Noot"],
    ),
    # a person's organisation in brackets after the name stays
    ("Overleg met Wim van Acker (Rijkswaterstaat) over de aanbesteding.", ["Wim van Acker"], ["Rijkswaterstaat"]),
    (
        "[03-11-2025 19:05] Henk-Jan ter Wee: wie heeft het wachtwoord?\n[03-11-2025 19:07] Frits BvD: Ik.\n"
        "[03-11-2025 19:09] Henk-Jan ter Wee: top\n",
        ["Frits BvD", "Henk-Jan ter Wee"],
        ["wachtwoord"],
    ),
]

CODES_AND_NAMES = [
    ("mentor R. Bloemendaal (code BLR)\nToelichting: BLR belde de ouders.\n", ["BLR", "R. Bloemendaal"], []),
    ("Presentielijst\nM. v. Dijkhuizen\n", ["M. v. Dijkhuizen"], []),
    ("In de zaak Staat v. Urgenda oordeelde de rechter anders.", [], ["Staat v. Urgenda"]),
]

NUMBERS = [
    (
        "Legitimatie: rijbewijs nr 5183 0277 41\nKaartnummer: GPK-WZV-19-0442, geldig tot 28-02-2026\n",
        ["5183 0277 41", "GPK-WZV-19-0442"],
        ["28-02-2026"],
    ),
    ("Hamid El Amrani, beëdigd tolk Arabisch (Wbtv 20471)", ["20471", "Hamid El Amrani"], ["Arabisch"]),
    ("Opgelegd door R. Jansen-Akkerman (BOA 11.208). Bezwaar binnen zes weken.", ["11.208"], ["BOA"]),
    ("De kaart van de regio, kaartnummer 25, staat in bijlage 3.", [], ["25"]),
]

ADDRESSES = [
    ("Contact buiten kantoortijd: 0575-52 18 40 (woonhuis Worpweg 2).", ["Worpweg 2", "0575-52 18 40"], []),
    (
        "Energiecoöperatie Zonnedijk Oosterveld U.A.\nt.a.v. mevrouw I. van 't Hul, secretaris\nBrinkweg 7a\n"
        "7495 RK Oosterveld\n",
        ["Brinkweg 7a", "7495 RK", "I. van 't Hul"],
        ["Energiecoöperatie Zonnedijk Oosterveld U.A."],
    ),
]

NOT_PERSONS = [
    (
        "Van: Boekhouding Zonnedijk\nAan: Energiecoöperatie Zonnedijk Oosterveld U.A.\nOnderwerp: factuur\n",
        [],
        ["Oosterveld"],
    ),
    ("Mevrouw Wolbers van het Subsidieloket belde over de aanvraag.", ["Wolbers"], ["Subsidieloket"]),
    (
        "Depotregister\nWSL-2026-03-104 1-KBX-22 Renault Clio 04-03 16:30 P. Hoekstra IB\n",
        ["1-KBX-22", "P. Hoekstra"],
        ["Renault Clio"],
    ),
    (
        "De auto van mevrouw Jansen stond op de gehandicaptenparkeerplaats aan de Jan Ligthartstraat.",
        ["Jansen"],
        ["gehandicaptenparkeerplaats", "Jan Ligthartstraat"],
    ),
]

HEALTH = [
    (
        "Eén kind is opgenomen met HUS. Mevrouw heeft artrose en een loopafstand van 70 meter; saturatie in rust 93%.",
        ["HUS", "artrose", "loopafstand", "saturatie"],
        [],
    ),
    ("De HUS-richtlijn van het RIVM is herzien.", [], ["HUS-richtlijn"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), SOLE_TRADERS)
def test_sole_trader_letterheads(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CHATS)
def test_chat_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CODES_AND_NAMES)
def test_codes_and_particles(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS)
def test_card_and_registration_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES)
def test_homes(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), HEALTH)
def test_examination_findings(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
