"""Meeting requests and transcripts: the organiser and invitees of an Outlook or Teams invitation
("Verplichte deelnemers: Kaya, Elif; ..."), and a transcript's speakers with the time in its own column."""

from __future__ import annotations

import pytest
from detecttools import check

MEETING_REQUESTS = [
    # "Surname, First" lists in the invitation's fields, each name whole; a team stays
    (
        "Onderwerp: Afstemming Woo-verzoek\nOrganisator: Vermeulen, Joost (Joost.Vermeulen@minlnv.nl)\n"
        "Verplichte deelnemers: Kaya, Elif; Bruggeman, Stefan; Hoekstra-Dijk, Marjan\n"
        "Optionele deelnemers: Team Juridische Zaken; Pranoto, Wulan\nLocatie: Microsoft Teams-vergadering",
        ["Vermeulen, Joost", "Kaya, Elif", "Bruggeman, Stefan", "Hoekstra-Dijk, Marjan", "Pranoto, Wulan"],
        ["Team Juridische Zaken", "Microsoft Teams"],
    ),
    # a meeting request's long label one space from its list (as a print sets it), the list wrapped
    (
        "Verplichte deelnemers Ramdin-Soekhlal, Anjali; Haven, Jeroen; Jagroep,\nKiran; Yıldırım-Kok, Sevda; "
        "Crisiscoördinatie VWS\nAgenda: 1. Tijdlijn (ARS, SK) 2. Logistiek (WdW, SYK)",
        ["Ramdin-Soekhlal, Anjali", "Haven, Jeroen", "Jagroep,\nKiran", "Yıldırım-Kok, Sevda", "SYK"],
        ["Crisiscoördinatie VWS", "Verplichte deelnemers"],
    ),
    # a first name that ends its line is not joined to the label on the next
    (
        "Uitgenodigd: Kaya, Elif; Hoekstra-Dijk, Marjan\nOptionele deelnemers: Team Noord",
        ["Marjan"],
        ["Optionele deelnemers", "Team Noord"],
    ),
]

MEETING_TABLES = [
    # a surname that is also a word, as the field's value on its own line, is the organiser's name
    ("Organisator: Bakker\nVerplichte deelnemers: Mulder", ["Bakker", "Mulder"], []),
    # "Deelnemers" over a table's head ("Leden" / "Departement"): no one's name
    ("Deelnemers\nLeden\nDepartement\nPieter Dijkstra\nKadaster", ["Pieter Dijkstra"], ["Leden", "Departement"]),
]

DIAL_IN_AND_ROOMS = [
    # a meeting's dial-in number is the service's; a room or an organisation in an attendance report is no one
    (
        "Alleen audio: +31 20 794 8493 (Nederland, Amsterdam) Conferentie-id: 802 117 554#\n"
        "Veiligheidsregio Gelderland-Zuid 18-2-25 13:58\nAnnemiek Vos (COA) 18-2-25 13:58",
        ["Annemiek Vos"],
        ["+31 20 794 8493", "Veiligheidsregio Gelderland-Zuid"],
    ),
]

TRANSCRIPTS = [
    # a Teams transcript: the speaker, the time in its own column (a line of its own), then the words
    (
        "Transcript\nVermeulen, Joost   0:03\nGoedemorgen allemaal, zullen we beginnen?\n"
        "Maria van der Berg-Ouali   1:02:33\nJa.\nAanvang   19:30",
        ["Vermeulen, Joost", "Maria van der Berg-Ouali"],
        ["Aanvang"],
    ),
]

TABLES = {
    "meeting_requests": MEETING_REQUESTS,
    "meeting_tables": MEETING_TABLES,
    "dial_in_and_rooms": DIAL_IN_AND_ROOMS,
    "transcripts": TRANSCRIPTS,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
