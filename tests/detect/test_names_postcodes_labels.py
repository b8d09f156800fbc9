"""Unknown first names, names broken over lines, postcodes after a street, and the labels of phone numbers."""

from __future__ import annotations

import pytest
from detecttools import check

# an unknown first name before a found surname is taken in, unless it reads as a Dutch noun in -ing
UNKNOWN_FIRST_NAMES = [
    (
        "De commissie bestond uit (teamleider), Xiaoling Chen (security officer) en ondergetekende.",
        ["Xiaoling Chen"],
        ["teamleider", "security officer"],
    ),
    (
        "Na de Woningbouwregeling Jansen van vorig jaar volgt een nieuwe.",
        [],
        ["Woningbouwregeling"],
    ),
]

# a first name ends its line, the surname (also a place) starts the next with a function in brackets
BROKEN_NAMES = [
    (
        "De inschrijvingen zijn beoordeeld\n"
        "door Jeroen Scheepmaker (assetmanager), Fleur Oyevaar (adviseur duurzaamheid) en Orlando\n"
        "Zaandam (contractmanager). Het besluit volgt.\n",
        ["Orlando", "[Zaandam] (contractmanager)", "Jeroen Scheepmaker", "Fleur Oyevaar"],
        ["assetmanager", "contractmanager"],
    ),
    (
        "De vergunning gaat naar Gemeente\nZaandam (afdeling vergunningen) voor advies.\n",
        [],
        ["Gemeente", "Zaandam"],
    ),
]

# the postcode right after a private street and number goes with it; an organisation's address stays
POSTCODES = [
    (
        "Locatie: Achterweg 4a, 3263 KP Oud-Beijerland\n"
        "Eigenaar/opdrachtgever: Dewi Soetomo\n"
        "De eigenaar woont aan de Achterweg 4a.\n",
        ["Achterweg 4a, 3263 KP", "Dewi Soetomo"],
        ["Oud-Beijerland"],
    ),
    (
        "Gemeente Utrecht, Stadsplateau 1, 3521 AZ Utrecht\n",
        [],
        ["Stadsplateau 1", "3521 AZ", "Gemeente Utrecht"],
    ),
]

# a general label at the head of the line keeps the number, unless a person is named between them
PHONE_LABELS = [
    (
        "Algemene vragen: Rijksvastgoedbedrijf, Korte Voorhout 7, Den Haag, 088 115 73 00. Klachten via de site.",
        [],
        ["088 115 73 00", "Rijksvastgoedbedrijf"],
    ),
    (
        "Voor pers: de woordvoerder van dienst via 038 499 77 77.",
        [],
        ["038 499 77 77"],
    ),
    (
        "Algemene vragen: Jan de Vries, 070 340 11 22.",
        ["Jan de Vries", "070 340 11 22"],
        [],
    ),
    (
        "Algemeen: bel Petra op 070 340 11 22.",
        ["Petra", "070 340 11 22"],
        [],
    ),
]

TABLES = {
    "unknown_first_names": UNKNOWN_FIRST_NAMES,
    "broken_names": BROKEN_NAMES,
    "postcodes": POSTCODES,
    "phone_labels": PHONE_LABELS,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
