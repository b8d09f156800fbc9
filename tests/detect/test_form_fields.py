"""The form_field detector (woo_redact/detect/recognizers/form_fields.py): one table row per case."""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
FORM_FIELDS = [
    # a proces-verbaal's person blocks: the surname alone in its field, whatever word it is
    (
        "Getuige\nAchternaam                 Dijkhuizen\nVoornamen                  Rianne\n"
        "Geboren                    16-04-1997 te Heerenveen",
        ["Dijkhuizen", "Rianne", "16-04-1997"],
        [],
    ),
    ("Verdachte\nGeslachtsnaam:   Groningen\nVoornamen:   Ruben\n", ["Groningen", "Ruben"], []),
    ("Naam                       Kingma\nGeboortedatum              07-02-2000", ["Kingma"], []),
    ("Naam aanvrager:   Ouali\nAdres:  Postbus 12, 3500 AA Utrecht", ["Ouali"], ["Postbus 12"]),
    # a label with a note on how to fill it in; the home address under its form labels
    (
        "Achternaam (HOOFDLETTERS)     ŞAHIN\nVoornamen voluit              MEHMET EMIN\n"
        "Straat en huisnummer          Ootmarsumsestraat 6\n"
        "Adres (indien anders)         Rembrandtlaan 88, 7606 JE Almelo",
        ["ŞAHIN", "MEHMET EMIN", "Ootmarsumsestraat 6", "Rembrandtlaan 88", "7606 JE"],
        ["Almelo"],
    ),
    # a "Naam" field that names an organisation or a word, and a column headed "Naam": no value taken
    ("Naam:   Stichting Buurtkracht\nKvK:   12345678", [], ["Stichting Buurtkracht"]),
    ("Naam project:   Waterberging\nFase:   2", [], ["Waterberging"]),
    ("Naam        Functie      Datum\nTeamleider  akkoord      12-03-2025", [], ["Functie", "Teamleider"]),
    ("Naam                  Thuisadres\nRuben de Winter       Ginnekenweg 212", ["Ruben de Winter"], ["Thuisadres"]),
    # a proces-verbaal that sets the colon before each value in the value's column; an English record's name
    # with the surname in capitals (a place's name too)
    (
        "Gegevens aangever\n Achternaam           : OOSTERHUIS\n Voornamen            : Marieke Johanna\n"
        " Adres                : Vijverhofstraat 88B\n Telefoon             : 06-19 44 80 32",
        ["OOSTERHUIS", "Marieke Johanna", "Vijverhofstraat 88B", "06-19 44 80 32"],
        ["Gegevens aangever"],
    ),
    ("Name                  Koen ALTENA\nDate of birth         17 June 1988", ["Koen ALTENA", "17 June 1988"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FORM_FIELDS)
def test_form_field(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
