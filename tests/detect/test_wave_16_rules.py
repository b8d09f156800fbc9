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


# the review of session 63's diff: what the new rules must not take away or box
REVIEW = [
    (
        "Belangrijke telefoonnummers: moeder Annemiek 0341-462233, buurvrouw Els de Graaf 0341-455120\n",
        ["0341-462233", "0341-455120"],
        [],
    ),
    (
        "Voor vragen kunt u mailen naar tim.veen@veenendaal.nl of jan.post@postnl.nl.\n",
        ["tim.veen@veenendaal.nl", "jan.post@postnl.nl"],
        [],
    ),
    (
        "Het college van burgemeester en wethouders van Deventer heeft besloten:\n"
        "na overleg met de voorzitter, Piet Janssen, van de huurdersvereniging wordt de huur niet verhoogd.\n",
        ["Piet Janssen"],
        [],
    ),
    (
        "De aanvraag kwam van Bakkerij De Groot. De heer De Groot woont boven de zaak.\n",
        ["De heer De [Groot]", "Bakkerij De [Groot]"],
        [],
    ),
    ("Contact opnemen met Jeroen Smits, functioneel mobiel: 06-12345678.\n", ["Jeroen Smits", "06-12345678"], []),
    (
        "Zie de brandweer (info@brandweer.nl). Melder: mevrouw E. Brand, Dorpsstraat 4.\n",
        ["E. Brand"],
        ["info@brandweer.nl"],
    ),
    ("De gemeentewinkel is verhuisd van Stationsplein 1 naar Markt 5.\n", [], ["Stationsplein 1", "Markt 5"]),
    ("U kunt uw paspoort ophalen op Stadhuisplein 1 in Dordrecht.\n", [], ["Stadhuisplein 1"]),
    (
        "In 2023 kwamen er vier klachten over het adres Westlandseweg 10 binnen; daar is café De Kroeg gevestigd.\n",
        [],
        ["Westlandseweg 10"],
    ),
    ("Veel jongeren ervaren discriminatie vanwege hun Marokkaanse achtergrond.\n", [], ["Marokkaanse achtergrond"]),
    ("Tabel 3. Asielaanvragen per nationaliteit\nNationaliteit\nSyrische\n1.204\nTurkse\n812\n", [], ["Syrische"]),
    ("De wethouder heeft de stichting voor mensen met dementie bezocht.\n", [], ["dementie"]),
    ("De vergunninghouder moet een zuurstofapparaat voor de vissen plaatsen.\n", [], ["zuurstofapparaat"]),
    ("De heer Bakker is psychiater bij GGZ Centraal en lid van de commissie.\n", ["Bakker"], ["psychiater"]),
    ("Het plan Lindeboom (zo noemde de wethouder het) is afgewezen.\n", [], ["Lindeboom"]),
    ("Zuid   KvK\n1 | Albert Heijn Zaandam | Zaandam | 35012085\n", [], ["35012085"]),
    # a sentence about a body is no signature's heading: its chair named after it is no co-signer
    (
        "Rol van de raad van toezicht\nDe raad van toezicht heeft in 2024 twee keer over de resultaten gesproken.\n"
        "De voorzitter, mr. G.J. Haverkamp, heeft daarover met de wethouder gesproken.\n",
        ["G.J. Haverkamp"],
        [],
    ),
    # a personal file ("geboren 17-09-1983") whose text names a covenant: its name is no one's finances
    (
        "Betrokkene: K. Ouahabi, geboren 17-09-1983.\nHet CJIB schort de inning op grond van het Convenant "
        "schuldhulpverlening CJIB – gemeenten op.\n",
        ["K. Ouahabi", "17-09-1983"],
        ["schuldhulpverlening"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), REVIEW)
def test_what_the_review_found(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# the floors' run: a wrapped cell's span is cut only of an inverted name's initials, and never loses a name
CELLS = [
    (
        "Naam               Organisatie        Rol\n\nTer                OCW                dossierhouder\n"
        "Horst-Wiegman,\nF.\n\nVan 't Hul, J.     OCW                senior\n",
        ["Horst-Wiegman", "Van 't Hul, J."],
        [],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), CELLS)
def test_a_wrapped_cell_keeps_its_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
