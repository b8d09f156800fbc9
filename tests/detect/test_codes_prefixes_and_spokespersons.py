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
