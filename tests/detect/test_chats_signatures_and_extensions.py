"""Session 59's rules, one table per rule class: a Teams export's messages stamped with a time alone are a chat's; a
paraph after a preposition and a role's word; two signatures side by side, read a row a line; an extension after a
dash and a country's code at a line's end; health in lay words; a table written with bars; a time after a name."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
CHATS = [
    # "[09:01] Priya: ...": a time alone in brackets stamps a Teams export's message, so short forms are sought
    (
        "Chat: Contractbeheer Wmo\n[08:52] Jorien Bakker: morgen overleg, wie schuift aan?\n"
        "[09:01] Priya: de analyse staat op SharePoint\n"
        "[09:03] Bas Hul: Pri kun je er ook de tijdstippen in zetten?\n[09:04] Priya: staat er al in",
        ["[Pri] kun", "Priya", "Jorien Bakker"],
        ["SharePoint"],
    ),
    (
        "[11:50] Youssef El Khatib: morgen naar Utrecht?\n[11:51] Petra Hul: ja\n"
        "[11:52] Petra Hul: Youss, regel even met de Servicedesk",
        ["Youss", "Youssef El Khatib"],
        ["Servicedesk", "Utrecht"],
    ),
    # ... not a time in a minutes' agenda, no chat: "[09:00] Opening" has no speaker's name that a short form is of
    ("Agenda\n[09:00] Opening door de voorzitter\n[09:15] Mededelingen\n[09:30] Rondvraag", [], ["Opening"]),
]

PARAPHS = [
    # a paraph after a preposition and a role's word, ending the clause
    (
        "Aanwezig: Petra van 't Hul, Sanne de Jong.\nVervolg: overleg met teamleider PvtH. Rapport volgt.",
        ["Petra van 't Hul", "teamleider [PvtH]"],
        ["Rapport"],
    ),
    # ... not after an article or a pronoun: "met de RvS." is the Raad van State
    ("Aanwezig: Rob van Seters.\nWij spraken met de RvS. Het advies volgt.", ["Rob van Seters"], ["RvS"]),
]

SIGNATURES = [
    # two signatures side by side: each name's office is the cell of its own column
    (
        "Aldus overeengekomen.\nGemeente Apeldoorn\nZonnedauw Thuiszorg B.V.\nM. Spijkerman\nH.J. Olthof\n"
        "wethouder Zorg en Welzijn\nbestuurder\nE-mail",
        ["H.J. Olthof"],
        ["M. Spijkerman"],
    ),
    # one signature under an organisation's name: the office under it is the name's
    ("Gemeente Apeldoorn\nM. Spijkerman\nwethouder Zorg en Welzijn\nportefeuille zorg", [], ["M. Spijkerman"]),
    # the office under the name with its portfolio and, after a comma, its seat ("gemeente Venray"): no sentence
    ("De toelichting werd gegeven.\nGeert Koolen\nwethouder financiën, gemeente Venray", [], ["Geert Koolen"]),
    ("De toelichting werd gegeven.\nJan Smit\nwethouder Dennis de Vries belt u, gemeente Venray", ["Jan Smit"], []),
    # two signatures one above the other: each its own office
    ("Hoogachtend,\nPieter Jansen\nburgemeester\nAnna de Vries\nsecretaris", ["Anna de Vries"], ["Pieter Jansen"]),
    # a list of names over the last one's office, no second office after it: the first has no office
    ("Afschrift aan:\nMarieke Spijkerman\nHenk Olthof\nwethouder Zorg\n", ["Marieke Spijkerman"], []),
    ("Verzonden door\nPetra Jansen\nKarin de Vries\nburgemeester van Assen\n", ["Petra Jansen"], []),
]

NUMBERS = [
    # the extension after a dash, an extension's word before the switchboard's number: the extension goes
    (
        "Planning: Y. Smeets-Geurts (toestel 043 350 6610 - 214)\nAlgemeen nummer: (043) 350 66 10.",
        ["Y. Smeets-Geurts", "6610 - [214]"],
        [],
    ),
    # ... and after a dash without spaces: the number before it is found, so is the extension
    ("Bereikbaar via toestel 043 350 6610-2145.", ["6610-[2145]"], []),
    # ... not a range of hours, nor a second number
    ("Bereikbaar via toestel 043 350 6610 - 17.00 uur.", [], ["17.00"]),
    # the country's code at a line's end, the number on the next
    ("Bel gerust: +31\n(0)50 595 4412.\nMet vriendelijke groet,\nCharlotte Mulder", ["(0)50 595 4412"], []),
]

HEALTH = [
    ("Mevrouw Jansen heeft sinds vorig jaar een nieuwe heup.", ["Jansen", "nieuwe heup"], []),
    (
        "03-12-2025 07:52 - Ronald Kuiper: ja, open been, wijkverpleging komt 2x per week\n"
        "03-12-2025 07:53 - Nienke: ok\n03-12-2025 07:54 - Ronald Kuiper: top",
        ["open been", "Ronald Kuiper"],
        [],
    ),
    (
        "[14-03-2026 08:05] Jannie: Ik niet, moet naar mijn fysio\n[14-03-2026 08:09] Fatma: Wij staan er\n"
        "[14-03-2026 08:10] Fatma: top",
        ["fysio", "Jannie"],
        [],
    ),
]


BAR_TABLES = [
    # a table written as text, its cells between bars: the columns by their headers, whatever the x positions
    (
        "Vrijwilligerslijst\n| naam | geb.datum | adres | telefoon | taak |\n"
        "| Jannie Brouwer-Tiesing | 03-04-1952 | Molenweg 7, Gieterveen | 0598-612 348 | bar |\n"
        "| Roelof Dekker | 22-11-1958 | Zuiderdiep 112, Gieterveen | 06 44 18 02 93 | techniek |\n"
        "Stand 1 juni 2025",
        ["03-04-1952", "22-11-1958", "Molenweg 7", "Zuiderdiep 112", "Roelof Dekker"],
        ["Gieterveen", "techniek", "1 juni 2025"],
    ),
    # ... no bar before the first cell
    (
        "Wijk | Speelplekken | Inspecteur | Pers.nr | Mobiel\nCentrum | 14 | Gert Oosterbaan | V-19033 | 06-2417 5580\n"
        "Zuid | 11 | Kees de Boer | V-20881 | 06 55 18 02 47",
        ["V-19033", "V-20881", "Gert Oosterbaan"],
        ["Centrum", "Zuid"],
    ),
    # ... a header without a bar before its first cell over rows with one (and the other way round): the same columns
    (
        "Overzicht\nWijk | Inspecteur | Pers.nr | Mobiel\n| Noord | F. Oosterveld | 123456 | 0612345678 |\n"
        "| Zuid | S. Vroegindeweij | 654321 | 0687654321 |",
        ["123456", "654321", "F. Oosterveld", "S. Vroegindeweij"],
        ["Noord", "Zuid"],
    ),
    (
        "Overzicht\n| Wijk | Pers.nr | Inspecteur | Mobiel |\nNoord | 123456 | F. Oosterveld | 0612345678\n"
        "Zuid | 654321 | S. Vroegindeweij | 0687654321",
        ["123456", "654321", "F. Oosterveld", "S. Vroegindeweij"],
        ["Noord", "Zuid"],
    ),
]

TIMES = [
    # a chat's speaker with the time after the name: no house number after a street's ending
    (
        "Sahra Jansen 09:15: en de factuur?\nThijs Roodenburg 09:20: nb de vergaderkamer niet lakken",
        ["Thijs Roodenburg", "Sahra Jansen"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), BAR_TABLES)
def test_bar_tables(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), TIMES)
def test_times(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CHATS)
def test_chats(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PARAPHS)
def test_paraphs(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), SIGNATURES)
def test_signatures(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS)
def test_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), HEALTH)
def test_health(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
