"""Session 48's rules, one table each: a detainee's, a victim's or a tenant's surname after that role; a
weekday's or a month's name as a surname after a title and initials; a detainee's registration number in the cell
below its label; a journal's entries signed with a named person's initials after their time. A local office
holder whom the register knows by one initial and the text gives the office elsewhere, and a council's local
parties, have their rows in tests/detect/test_evidence.py."""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
NAMES = [
    # a role that only a private person has, before a surname no list knows
    (
        "Wat is er gedaan met het incident in PI Zwolle (de weigering van gedetineerde Karatas)? De aangever Van "
        "Dijk belde. Slachtoffer Pieters is gehoord.",
        ["Karatas", "Van Dijk", "Pieters"],
        ["PI Zwolle"],
    ),
    # ... not before an organisation's name
    (
        "Het slachtoffer Centrum Seksueel Geweld is bereikbaar. De huurder Woonstad Rotterdam zegt de huur op.",
        [],
        ["Centrum Seksueel Geweld", "Woonstad Rotterdam"],
    ),
    # a weekday's name as the surname after a title and initials; the weekday in a date stays
    (
        "CONCEPT - niet verzenden\nDe heer J. Vrijdag\nVlijtseweg 301\n7317 AK Apeldoorn\nDatum: vrijdag 2 mei 2025",
        ["J. Vrijdag", "Vlijtseweg 301"],
        ["vrijdag 2 mei 2025"],
    ),
]

NUMBERS = [
    # a detainee's registration number in the cell below its label; the incident's number stays
    (
        "Registratie TULP\nvoorval BV-2024-11-0317\nBetrokken gedetineerde\nEL AMRANI, Youssef\nRegistratienummer\n"
        "1948273\nGeboortedatum\n14-03-1991\n",
        ["EL AMRANI, Youssef", "1948273", "14-03-1991"],
        ["BV-2024-11-0317"],
    ),
]

PARAPHS = [
    # a journal's entries signed after their time with the initials of the coach the journal names
    (
        "Sociaal Wijkteam Zuid - journaal\nWijkcoach\nFenna Oosterveld (Stimenz)\n03-03-2025 09:12 FO\n"
        "Mila belde. Huisbaas dreigt met ontruiming.\n03-03-2025 14:40 FO\nHuisbezoek.\n",
        ["Fenna Oosterveld", "09:12 [FO]", "14:40 [FO]"],
        ["Stimenz", "Sociaal Wijkteam Zuid"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NAMES)
def test_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS)
def test_personal_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PARAPHS)
def test_paraphs(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
