"""Session 48's rules, one table each: a detainee's, a victim's or a tenant's surname after that role; a
weekday's or a month's name as a surname after a title and initials; a detainee's registration number in the cell
below its label; a journal's entries signed with a named person's initials after their time; a person's account with a
system's prefix or an organisation's code, and the public IP address on a person's line; an incident dossier's
products, vendors, mailboxes, press number and change numbers stay. A local office
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
    # a placement list's surnames in capitals before their initials, one ending like a building ("-huis"), one
    # with Twente's "Oude"
    (
        "19 BAKKER, G. 106338 Adviseur milieu\n20 OUDE GROTHUIS, W. 111829 Beleidsmedewerker\n",
        ["BAKKER, G.", "OUDE GROTHUIS, W."],
        [],
    ),
    # a weekday's name as the surname after a title and initials; the weekday in a date stays
    (
        "CONCEPT - niet verzenden\nDe heer J. Vrijdag\nVlijtseweg 301\n7317 AK Apeldoorn\nDatum: vrijdag 2 mei 2025",
        ["J. Vrijdag", "Vlijtseweg 301"],
        ["vrijdag 2 mei 2025"],
    ),
]

NUMBERS = [
    # a staff number after its label, in brackets after a name with the label "nr." or "agent", a function or a
    # unit before it; a farm's UBN after "is"; a page's number stays
    (
        "Inspecteursnummer: 40817 Tweede inspecteur: F. NIJENHUIS (toezichthouder, nr. 41263)\nInspecteurs: G. "
        "Dorgelo (nr. 40955) en S. Aydin (nr. 41788). Pagina 2\nAangenomen door Ilse van Wijngaarden-Bos (KCC, agent "
        "5531)\nUw UBN-nummer is 2274831; bedrijf en locatie zijn aan u persoonlijk gekoppeld.",
        ["40817", "41263", "40955", "41788", "5531", "2274831"],
        ["Pagina 2", "KCC"],
    ),
    # a file's number labelled with the person it is about, a BIG number of eleven digits; a case's number stays
    (
        "Arboned | Vestiging Eindhoven | Dossiernummer werknemer: AN-7731902\nBedrijfsarts: W.J. Hoekstra, "
        "BIG-nummer 29061538401\nZaaknummer: Z-2025-118\nDossiernummer kind: JD-0912-334\n",
        ["AN-7731902", "29061538401", "JD-0912-334"],
        ["Z-2025-118", "Arboned"],
    ),
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

ACCOUNTS = [
    # a person's account with a system's prefix in capitals or an organisation's code after it
    (
        "Melder: Pieter Jansen (Logius). 41 mislukte aanmeldingen op het account ADM_PJANSEN. GitHub-account "
        "pjansen-logius van Pieter Jansen. Ruben Klaassen heeft ADM_RKLAASSEN. De groep ADM_ROLES blijft.",
        ["ADM_PJANSEN", "pjansen-logius", "ADM_RKLAASSEN"],
        ["ADM_ROLES", "Logius"],
    ),
    # the public IP address on a redacted person's line: their connection; an attacker's or a server's stays
    (
        "2025-02-02T22:14:55Z signin OK user=j.devries@amersfoort.nl src=83.84.21.190 dev=win11\n"
        "2025-02-04T07:10:12Z admin DISABLE src=194.171.40.12\n"
        "Rachid Bouzerda 318640272 rbouzerda1979@gmail.com 2a02:a45e:1c07::7b10\n"
        "De aanvaller gebruikte 45.13.22.9 en de server 10.0.0.4. Om 20:15:33 werd het gemeld.\n",
        ["83.84.21.190", "2a02:a45e:1c07::7b10", "rbouzerda1979@gmail.com"],
        ["194.171.40.12", "45.13.22.9", "20:15:33"],
    ),
]

PRECISION = [
    # an incident dossier's products, vendors and mailboxes of a function; the press office's number
    (
        "Contract Xentra nagelopen: meldplicht 24 uur niet nageleefd\nUittreksel Splunk (kopie uit zoekresultaat)\n"
        "06-02 11:30 TERPSTRA B.\n-> CHG0031902 nieuwe firewallregels Palo Alto\n"
        "Vragen via iam@logius.nl of cab@logius.nl. Stuur de mail door naar valse-email@ncsc.nl.\n"
        "Contact voor de media loopt uitsluitend via het woordvoerdersnummer 070 426 7600, niet via mij op "
        "06 18 27 36 45.",
        ["TERPSTRA B.", "06 18 27 36 45"],
        ["Splunk", "Palo Alto", "iam@logius.nl", "cab@logius.nl", "valse-email@ncsc.nl", "070 426 7600", "CHG0031902"],
    ),
    # a service desk's change numbers in the column beside the personnel numbers are no one's
    (
        "Medewerker\nPersoneelsnummer\nAccount\nWijziging\nJansen, P.\n2187341\nADM_PJANSEN\nCHG0031911\n",
        ["Jansen, P.", "2187341", "ADM_PJANSEN"],
        ["CHG0031911"],
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


@pytest.mark.parametrize(("text", "redact", "keep"), ACCOUNTS)
def test_accounts_and_connections(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PRECISION)
def test_precision_in_an_incident_dossier(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
