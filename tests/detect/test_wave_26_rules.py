"""Session 68's rules from wave 26 (mixed229-232), measured unseen at session 67's end and worked on in session 68: a
leaked list of staff gives each one's "P-nummer" and "Woonplaats" in columns of their own (the number is theirs, the
place where they live is a piece of their private life beside their name; an organisation's row keeps its place);
an allotment club's compound name ("Volkstuinvereniging") and its "Secretariaat:" label before the p/a of a member's
home.
"""

from __future__ import annotations

import pytest
from detecttools import check

STAFF_LIST = (
    "P-nummer   Naam                 Functie       Woonplaats\n"
    "4471209    Brinkman, J.A.       PIW           Boxtel\n"
    "4398811    el Khattabi, F.      Teamleider    Tilburg\n"
    "4120954    Molen-Bos, I.        Beveiliger    Koog aan de Zaan\n"
    "4588107    Doelwijt, P.         PIW           geheim\n"
    "Werkzaam in PI Leeuwarden en PI Vught.\n"
)

# (text, redacted, kept)
COLUMNS_DATA = [
    (
        STAFF_LIST,
        ["4471209", "4398811", "4120954", "4588107", "Boxtel", "Tilburg", "Koog aan de Zaan", "Brinkman, J.A."],
        ["geheim", "Leeuwarden", "Vught", "Teamleider"],
    ),
    # a "P-nr." header, a "Woonplaats" column beside a known first name
    (
        "P-nr.      Naam                 Woonplaats\n"
        "602417     Kevin Spanner        Zwolle\n"
        "588120     Marloes de Wit       Hattem\n",
        ["602417", "588120", "Kevin Spanner", "Zwolle", "Hattem"],
        [],
    ),
    # organisations' rows keep their place; a table without a people's column is no list of people
    (
        "Naam                       Woonplaats\nStaatsbosbeheer            Zeist\nGemeente Zwolle            Zwolle\n",
        [],
        ["Staatsbosbeheer", "Zeist", "Zwolle"],
    ),
    ("Locatie                    Woonplaats\nDe Kempkes                 Heerlen\n", [], ["Heerlen"]),
]

CARE_OF_DATA = [
    (
        "Volkstuinvereniging De Groene Hoek\nSecretariaat: p/a Brinkgreverweg 7, 7413 AA Deventer\n",
        ["Brinkgreverweg 7", "7413 AA"],
        ["Volkstuinvereniging De Groene Hoek", "Deventer"],
    ),
    ("Speeltuinvereniging Het Hofje, p/a Kerkpad 3, Oss\n", ["Kerkpad 3"], ["Oss"]),
    # a tenants' association's post at its corporation's office
    ("Huurdersvereniging Oost\np/a Kanaalweg 27, 3526 KM Utrecht (kantoor Mitros)\n", [], ["Kanaalweg 27"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), COLUMNS_DATA)
def test_columns_of_a_list_of_staff(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CARE_OF_DATA)
def test_a_clubs_post_at_a_members_home(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
