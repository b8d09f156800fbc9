"""Session 55's rules, one table per rule class: Saxon surnames that begin with an adjective written apart ("Oude
Nijhuis"); a members' table's code at the end of a name's row, a code that is an English word where a paraph stands;
the person numbers of an officer, a passport in a crew list and a professional's register; a home named by "wonen
sinds ... op"; a spokesperson with the organisation spoken for before the name; an organisation's word in a header
value; a building's name with its article; an organisation's regional branch; a timetable that is no transcript."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
NAME_FORMS = [
    # a Saxon surname's adjective is part of the name after initials, with no header to say so
    ("processen-verbaal; tweede invoer OSV2020 T. Oude Nijhuis 06-19283746", ["T. Oude Nijhuis"], ["OSV2020"]),
    ("L. Lutke Schipholt en T. Groot Koerkamp tekenden.", ["L. Lutke Schipholt", "T. Groot Koerkamp"], []),
    ("Contact: Kees Olde Rikkert, bouwkundige", ["Kees Olde Rikkert"], ["bouwkundige"]),
    # the adjective before a place is no surname's
    ("Wij wonen aan de Oude Gracht en in Klein Amsterdam.", [], ["Oude Gracht", "Klein Amsterdam"]),
]

CODES = [
    # a members' table: name, role, code at the row's end ("ID" is a word and an acronym elsewhere)
    (
        "Leden\nA. Bakker voorzitter (sportbond) AB\nT. Oude Nijhuis lid (aangepast sporten) TON\n"
        "I. Damhuis lid (topsport en evenementen) ID\n",
        ["AB", "TON", "ID", "I. Damhuis"],
        ["Leden", "voorzitter", "lid"],
    ),
    # an English word ("mon") where a paraph stands, derived from a person the document names
    (
        "Interne paraaf: SWtH 01-10 / MON 02-10 / AS 03-10.\nOpgesteld door S. Wessels-ter Horst en M. Oude Nijhuis, "
        "met A. Smit.",
        ["SWtH", "MON", "AS", "M. Oude Nijhuis"],
        ["Interne paraaf"],
    ),
    # a sentence about an organisation is no row of a table: its acronym stays
    ("A. Smit werkt bij de AS sinds maart.", ["A. Smit"], ["AS"]),
    # who checked, by initials; "OK" and "NVT" are no one's
    ("Opgesteld door: MvtZ (Woo-coördinator) · gecontroleerd: DO · Vragen: woo@minkgg.nl", ["MvtZ", "DO"], []),
    ("Versie 2, gecontroleerd: OK. Nagekeken: NVT", [], ["OK", "NVT"]),
]

NUMBERS = [
    ("1 PAPADAKIS, KONSTANTINOS MASTER GREEK 12.04.1971 CHANIA PP AN4417236\n", ["AN4417236"], ["PP"]),
    ("Zie pp 123456 en PP 2025 en de PP-fractie.", [], ["123456", "2025"]),
    ("Ik heb gefilmd. Een agent met nummer 702251 sloeg mijn telefoon uit mijn hand.", ["702251"], []),
    (
        "Deskundige ing. W.F. Poelman, Hunze Expertise B.V., NIVRE-registratie RT-40317\n"
        "Constructeur ir. Maaike Dijkhuizen-Prins, registernummer RC 2291\n",
        ["RT-40317", "RC 2291"],
        ["Hunze Expertise B.V."],
    ),
    ("Het handelsregisternummer 87654321 van de B.V. staat op de factuur.", [], ["87654321"]),
]

HOMES = [
    (
        "Mijn vrouw en ik wonen sinds 1984 op de Bosstraat 18 (9902 GH Appingedam). Er lopen scheuren door de woning.\n"
        "Onderwerp: Klacht dossier SDM-2023-097215 – Bosstraat 18 Appingedam",
        ["Bosstraat 18", "9902 GH"],
        ["SDM-2023-097215"],
    ),
    ("Wij wonen al 30 jaar aan de Dorpsstraat 4 in Rolde.", ["Dorpsstraat 4"], []),
    # a monument's address is in its public register; a neighbour's home beside it is not
    (
        "Op 8 januari is in uw pand Oosthaven 41, een rijksmonument, zonder vergunning gesloopt.\n"
        "Namens mijn cliënt, de heer F.W.M. Hoogeveen, eigenaar van Oosthaven 41, dien ik een zienswijze in.\n"
        "Wij, bewoners van Oosthaven 39, maken bezwaar. Mijn adres: Oosthaven 39, 2801 PB Gouda.",
        ["Oosthaven 39", "F.W.M. Hoogeveen"],
        ["Oosthaven 41"],
    ),
    # a sole trader's letterhead on an invoice: the name and trade over the address
    (
        "FACTUUR\nMeijerink Veterinair Advies\nRutger Meijerink, dierenarts\nBeekhuizerweg 3a, 6721 PW Bennekom\n"
        "rutger@meijerinkvet.nl\nKvK 70158823\n",
        ["Rutger Meijerink", "Beekhuizerweg 3a", "6721 PW", "70158823"],
        ["FACTUUR"],
    ),
    (
        "Atelier Lotte Vermeulen Restauratiearchitectuur\nKarnemelksloot 112 | 2806 BK Gouda | lotte@atelier.nl\n"
        "Factuur 2026-003\n",
        ["Karnemelksloot 112", "2806 BK"],
        ["Factuur 2026-003"],
    ),
]

LETTERHEADS = [
    # a sole trader's letterhead: the address, KvK number and btw-id beside the owner's name, to the addressee's block
    (
        "Rovers Slotenservice\nF.A.M. Rovers\nKruisvaarderstraat 19\n5021 BE Tilburg\nT 06-5318 2290\n"
        "KvK 80331274 | btw NL004412873B01\nGemeente Tilburg\nt.a.v. T. van Dam\nPostbus 90155\n5000 LH Tilburg\n"
        "FACTUUR",
        ["F.A.M. Rovers", "Kruisvaarderstraat 19", "5021 BE", "80331274", "NL004412873B01"],
        ["Postbus 90155", "5000 LH"],
    ),
    (
        "Van 't Hek Taxatie & Advies\nJoris van 't Hek, register-taxateur WOZ | Molenveldweg 6 | 5853 AS Siebengewald\n"
        "KvK 74125893 | btw NL003872145B43\nBelastingsamenwerking Maas-Peel t.a.v. crediteurenadministratie\n"
        "Postbus 1180\nFactuur 2025-031",
        ["Joris van 't Hek", "Molenveldweg 6", "5853 AS", "74125893"],
        ["Postbus 1180"],
    ),
    # a signature under a greeting: the office's details (the mail mentions a KvK extract)
    (
        "Het KvK-uittreksel is bijgevoegd.\nMet vriendelijke groet,\nBas Derks maatschappelijk werker | "
        "Synthese Venray | Patersweg 22 | 06-20 37 58 41",
        ["Bas Derks"],
        ["Patersweg 22"],
    ),
    # a company's letterhead (a legal person) keeps its details
    (
        "Bouwbedrijf Jansen B.V.\nPiet Jansen, directeur\nIndustrieweg 5, 1234 AB Plaats\nKvK 12345678\nFactuur 2026-1",
        ["Piet Jansen"],
        ["Industrieweg 5", "12345678"],
    ),
]

CHATS_AND_LINES = [
    # a short form of a chat member's first name as a sentence's subject
    (
        "[08-01-2026 11:31] Youssef Amrani Ik neem morgen de middagcontrole over, Jo zit bij de hoorzitting. "
        "Yous out.\n[08-01-2026 09:14] Joost ter Horst Sta nu bij de kerk.",
        ["Youssef Amrani", "Jo", "Yous", "Joost ter Horst"],
        [],
    ),
    ("De Raad gaat akkoord. Maria de Vries belde. Mar is de zee.", ["Maria de Vries"], ["Raad", "Mar"]),
    # an internal extension after "intern", not a year
    (
        "Planner: Yvonne Rademaker – toestel 088 223 1944 (intern 1944)\nContact: sport@hengelo.nl - intern 8812",
        ["1944", "8812"],
        [],
    ),
    ("Intern 2025 besproken; het intern overleg van 12 maart.", [], ["2025"]),
    # a minister's title wrapped over two lines above the signature
    (
        "Ik houd uw Kamer op de hoogte.\nDe minister van Landbouw, Visserij, Voedselzekerheid\nen Natuur,\n"
        "J.A. Kortenhoeven\n",
        [],
        ["J.A. Kortenhoeven"],
    ),
]

PUBLIC = [
    # a spokesperson, the organisation between the title and the name
    ("Woordvoerder IMG: Femke Ritsema. Beeldmateriaal is beschikbaar.", [], ["Femke Ritsema"]),
    ("Voor de pers: woordvoerder IMG Femke Ritsema, via pers@img.nl.", [], ["Femke Ritsema"]),
    ("Informatie: woordvoerder van de NVWA Lisanne Roozendaal.", [], ["Lisanne Roozendaal"]),
    # an organisation's word in a header's value: no one's name, whatever the rest
    (
        "Factuur 2026-004\nAan: Instituut Mijnbouwschade Groningen\nCrediteurenadministratie\nPostbus 2080\n",
        [],
        ["Instituut Mijnbouwschade Groningen"],
    ),
    # a building's name with its article, its kind before it
    ("De bewonersavond was in dorpshuis De Ploeg, Kanaalweg 2, Tjamsweer.", [], ["De Ploeg", "Kanaalweg 2"]),
    ("Ik heb mevrouw De Ploeg gesproken.", ["De Ploeg"], []),
    # an organisation's regional branch, named by its province
    ("Wij spraken met Rover Fryslân en de reizigersvereniging Rover.", [], ["Rover Fryslân", "Rover"]),
    # a timetable read one cell a line is no meeting transcript
    (
        "Halte\nrit 1\nrit 2\nSneek, Titus Brandsmastraat\n06:16\n07:16\nIJlst, Dokter Boumaweg\n06:24\n07:24\n",
        [],
        ["Titus Brandsmastraat", "Dokter Boumaweg", "IJlst"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NAME_FORMS)
def test_saxon_surnames(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CODES)
def test_codes_in_rows_and_routing(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS)
def test_person_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), HOMES)
def test_homes_said_so(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PUBLIC)
def test_public_names_and_organisations(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CHATS_AND_LINES)
def test_chats_extensions_and_wrapped_titles(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), LETTERHEADS)
def test_sole_trader_letterheads(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
