"""Session 56's rules, one table per rule class: an addressee reached in their office at an organisation ("Aan de
vestigingsdirecteur van PI Vught") is written to at the organisation's address, not at home."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.detect.recognizers.address_words import in_office

# text, redacted, kept
ADDRESSEES = [
    # a function at an organisation above the name: the prison's address, not hers
    (
        "Aan de vestigingsdirecteur van PI Vught\nmevrouw drs. M.A. van den Akker-Smits\nLunettenlaan 501\n"
        "5263 NT Vught\n\nGeachte mevrouw Van den Akker,",
        ["M.A. van den Akker-Smits"],
        ["Lunettenlaan 501", "5263 NT"],
    ),
    (
        "Aan de teamleider bij Gemeente Ede\nde heer P. Smulders\nBergstraat 4\n6711 DA Ede\n",
        ["P. Smulders"],
        ["Bergstraat 4"],
    ),
    # a private addressee with no office named: his home
    (
        "Aan de heer P. Smulders\nBergstraat 4\n6711 DA Ede\n\nGeachte heer Smulders,",
        ["P. Smulders", "Bergstraat 4", "6711 DA"],
        [],
    ),
    # the residents of an address are no office
    (
        "Aan de bewoners van Bergstraat 4\nde heer P. Smulders\nBergstraat 4\n6711 DA Ede\n",
        ["P. Smulders", "6711 DA"],
        [],
    ),
]

IN_OFFICE = [
    ("Aan de vestigingsdirecteur van PI Vught", True),
    ("aan de teamleider bij Gemeente Ede", True),
    ("Aan de voorzitter van de Raad van Bestuur", True),
    ("Aan de bewoners van Bergstraat 4", False),
    ("Aan de ouders van Sanne", False),
    ("Aan de directeur van een bedrijf", False),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSEES)
def test_addressees(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "expected"), IN_OFFICE)
def test_in_office(text: str, expected: bool) -> None:
    assert in_office(text) is expected
