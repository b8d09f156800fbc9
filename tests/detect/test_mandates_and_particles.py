"""Signatures on mandate ("namens deze,"), surnames after two tussenvoegsels, and the dates in a
birth-date column however recent."""

from __future__ import annotations

import pytest
from detecttools import check

MANDATES = [
    # whoever signs "namens dit," signs for a body: a civil servant, even when the name is a registered ex-minister's
    (
        "Met vriendelijke groet,\nhet dagelijks bestuur van Waterschap Rivierenland,\nnamens dit,\n\n"
        "Bas van 't Wout\nWoo-contactpersoon, woo@wsrl.nl",
        ["Bas van 't Wout"],
        ["Waterschap Rivierenland", "woo@wsrl.nl"],
    ),
    (
        "De minister van Financiën,\nnamens deze,\n\nJ. de Vries\ndirecteur Begrotingszaken",
        ["J. de Vries"],
        ["minister van Financiën", "Begrotingszaken"],
    ),
    # the office holder who signs in person stays readable
    (
        "De minister van Justitie en Veiligheid,\n\nD. Yeşilgöz-Zegerius",
        [],
        ["D. Yeşilgöz-Zegerius"],
    ),
]

PARTICLE_SURNAMES = [
    # an English word after "de la" is the surname, not prose
    (
        "De heer Pieter-Jan de la Court heeft het verzoek ingediend. Pieter-Jan de la Court woont in Leiden.",
        ["Pieter-Jan de la Court"],
        ["Leiden"],
    ),
    ("Volgens Anna van der Spring is het rapport klaar.", ["Anna van der Spring"], []),
    # an organisation after the particles is where the person works
    ("Sandra van de Belastingdienst belde terug.", ["Sandra"], ["Belastingdienst"]),
]

NAME_BREAKS = [
    # a first name ending its line in running text, the surname starting the next
    ("Beveiliger Onno\nKrabbendam (Trigion) heeft de politie gebeld.", ["Onno", "Krabbendam"], ["Trigion"]),
    # paraphs of the people named: first initial and three letters of the surname, dotted initials
    ("Opgesteld door M. Scholten / MSch", ["M. Scholten", "MSch"], []),
    ("Aanwezig: Sophie Lambrechts, Kevin de Groot.\nParaaf: S.L. en KdG", ["S.L.", "KdG"], []),
]

BIRTH_DATE_COLUMN = [
    # a baby's date of birth is recent, yet in the column; the letter's own date is not in it
    (
        "Naam                Geboortedatum      Relatie\n"
        "Yonas Tesfaye       14-03-2012         zoon\n"
        "Selam Tesfaye       02-08-2024         dochter\n"
        "Datum brief: 12-11-2026",
        ["14-03-2012", "02-08-2024"],
        ["12-11-2026"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), MANDATES + PARTICLE_SURNAMES + NAME_BREAKS + BIRTH_DATE_COLUMN)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
