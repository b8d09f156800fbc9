"""Session 63's rules (wave 16), one table each: a register's number after "BOA-registratienummer", a chat's pet form
of a surname ("Kampie" of Kamphuis), a chat speaker whose first name is a word too ("Wil:"), a nickname so called in
brackets ("Die Mehmo (zo noemde Anouk hem)"), the home a report is about ("een melding over het adres ..."), a
requester's home right under his signed name, a sole trader's KvK number on his trade's line, a specialist who
treats the person ("onder behandeling van een cardioloog"), initials in brackets with a diacritic ("R. Çelik-Boerma
(RCB)"). Not a person's: a wrapped table cell's next column ("SPRENKELS," / "W.E." beside "Museum Van" /
"Heeckeren"), a painter of the Golden Age, a boat ("Schouwboot Aaltje Wolters"), a prize named after someone
("Johan van Veen-prijs").
"""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.detect.batch_homes import spread_home

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Toezichthouder: T. Rouwenhorst, BOA-registratienummer 18-22731\nTweede toezichthouder: J. Kamp\n",
        ["T. Rouwenhorst", "18-22731"],
        [],
    ),
    (
        "[16-05-2025 08:10] Ruud Kamphuis: ik ben er om 9 uur\n"
        "[16-05-2025 08:15] Yasmina El Khatib: Ik neem de drone mee. Kampie, heb jij de legger?\n"
        "[16-05-2025 08:17] Ruud Kamphuis: ja\n",
        ["Kampie", "Ruud Kamphuis"],
        ["drone"],
    ),
    (
        "11-10-25 17:44 - Wil: Eline, de heer Van Oosterzee stond net in de zaal.\n"
        "11-10-25 17:46 - Eline Bakker: Oei. Heeft hij foto's gemaakt?\n11-10-25 17:48 - Wil: ja\n"
        "11-10-25 17:50 - Koen Vlasblom: Nee sorry, was vrij.\n11-10-25 17:52 - Eline Bakker: top\n",
        ["[Wil]: Eline", "[Wil]: ja", "Eline Bakker"],
        [],
    ),
    (
        "[17-03-2026 09:41] Rik Brouwer: Die Mehmo (zo noemde Anouk hem) had een betaalverzoek op zijn telefoon.\n",
        ["Mehmo", "Rik Brouwer"],
        [],
    ),
    (
        "Op 3 maart 2026 ontving het Meldpunt Woonfraude een melding over het adres Hoveniersstraat 47-B, 3112 KR "
        "Schiedam.\n",
        ["Hoveniersstraat 47-B", "3112 KR"],
        ["Meldpunt Woonfraude"],
    ),
    (
        "Ik ontvang de stukken graag digitaal.\n\nMet vriendelijke groet,\nMaarten Hogeveen\n"
        "Lange Haven 131, Schiedam\n",
        ["Maarten Hogeveen", "Lange Haven 131"],
        [],
    ),
    (
        "Hoi Koen, maandag sta ik er.\nGroet, Gerrit\nKunsttransport Dijkhuizen | 06-22 90 31 48 | KvK 81234567\n",
        ["81234567", "06-22 90 31 48"],
        [],
    ),
    (
        "De termijn is te kort. Mijn cliënt is onder behandeling van een cardioloog en kan het werk niet doen.\n",
        ["cardioloog"],
        [],
    ),
    (
        "Opgesteld door: R. Çelik-Boerma (RCB), gecontroleerd door B. Hoekstra-Venema (BHV).\n",
        ["R. Çelik-Boerma", "RCB", "BHV"],
        [],
    ),
]

NOT_PERSONS = [
    (
        "Naam               Organisatie        Rol\n\nSPRENKELS,         Museum Van         directeur-bestuu\n"
        "W.E.               Heeckeren          rder\n",
        ["SPRENKELS", "W.E."],
        ["Heeckeren"],
    ),
    # a civil servant's office under his function keeps the office's rule
    ("Met vriendelijke groet,\nJan de Vries\nbeleidsmedewerker\nStadhuisplein 1, Schiedam\n", ["Jan de Vries"], []),
    (
        "Het Portret van een dame met waaier van Johannes Verspronck is sinds 2019 in bruikleen van de heer R.A.M. van "
        "Oosterzee.\n",
        ["R.A.M. van Oosterzee"],
        ["Johannes Verspronck"],
    ),
    (
        "[19-05-2025 07:58] Yasmina El Khatib: Schouwboot Aaltje Wolters ligt vandaag bij gemaal Bleeker\n"
        "[19-05-2025 08:00] Ruud Kamphuis: ok\n[19-05-2025 08:01] Yasmina El Khatib: top\n",
        ["Ruud Kamphuis"],
        ["Aaltje Wolters"],
    ),
    ("7. Johan van Veen-prijs\nHet waterschap draagt Stichting Staring Natuurfonds voor.\n", [], ["Johan van Veen"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_home_with_a_lettered_number_travels_the_batch_whole() -> None:
    evidence = [("home_address", ""), ("address_postcode", "")]
    assert spread_home("ADDRESS", True, evidence, "Hoveniersstraat 47-B,\n3112 KR") == "⌂Hoveniersstraat 47-B"
    assert spread_home("ADDRESS", True, evidence, "Kerkstraat 12,\n3112 KR") == "⌂Kerkstraat 12"
