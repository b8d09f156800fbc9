"""A role word before a name no list knows, given names broken from their surname over a line end, an
interpreter's or officer's number after its label, a OneDrive link that names its owner's address."""

from __future__ import annotations

import pytest
from detecttools import check

ROLE_NAMES = [
    # after a role word, two name-like words that are no word of anything else name a person
    (
        "De namen van de VNG-medewerker Hüsnü Karadağ en van medewerker Marleen IJzerman-Kok blijven weg.",
        ["Hüsnü Karadağ", "Marleen IJzerman-Kok"],
        ["VNG"],
    ),
    # ... but a role before an ordinary word or an organisation names nobody
    ("De medewerker Financiën tekende; de tolk Arabisch vertaalde.", [], ["Financiën", "Arabisch"]),
    # a friend, by the possessive: any name after it
    ("Ik zag een man de fiets meenemen. Mijn vriendin Hosna Ahmadi\nstond erbij.", ["Hosna Ahmadi"], []),
]

BROKEN_GIVEN_NAMES = [
    # given names only at a line's end: the surname starts the next line
    (
        "cliënt, zoon Farid Ahmadzai, tolk Gul Ahmad\nStanikzai (Dari), consulent Hamid Sultani",
        ["Farid Ahmadzai", "Gul Ahmad", "Stanikzai", "Hamid Sultani"],
        ["Dari"],
    ),
]

NUMBERS = [
    # an interpreter's, officer's or employee's number after its label
    (
        "Aanwezig was de tolk (tolknummer TN-40927); dienstnummer 448712 en personeelsnummer 8013377.",
        ["TN-40927", "448712", "8013377"],
        [],
    ),
    # a client's, employee's, insured person's or pass holder's number: after its label (also on the next
    # line), with letters before a hyphen, or before "is het cliëntnummer"; a case number stays
    (
        "Cliëntnummer\nCL-88123\nBudgetbeheer (BR-778120 is het cliëntnummer), personeelsnummer P-104482, polis "
        "BA-7731905, pasnummer PAS-10592, relatienummer DUO-4471-8820; zaaknummer Z/25/118764.",
        ["CL-88123", "BR-778120", "P-104482", "BA-7731905", "PAS-10592", "DUO-4471-8820"],
        ["Z/25/118764"],
    ),
    # a BOA's badge number after its label, or wherever it stands in its own shape
    (
        "Verbalisant 1: Ronald Slager, BOA-nummer HLM-0417\nBOA (BOA-4417-28) gemeente Zwolle",
        ["HLM-0417", "BOA-4417-28"],
        [],
    ),
    # ... or "BOA" and the number as the uniform shows it; a year after "BOA" is a plan's
    (
        "Eén handhaver (nummer BOA 2231 op zijn uniform) zei dat. Het Jaarplan BOA 2024 noemt 12 BOA's.",
        ["BOA 2231"],
        ["BOA 2024", "12 BOA's"],
    ),
    # the numbers under a traffic controller's instruction-number or a bar manager's diploma header
    (
        "Naam\nInstructienummer\nThijs Verhoef\nVR-221-4493\nSoufiane El Ouardi\nVR-221-5012\nVoorschriften\n"
        "SVH-diploma\nSVH-2009-118274\nSVH-2012-230941",
        ["VR-221-4493", "VR-221-5012", "SVH-2009-118274", "SVH-2012-230941"],
        [],
    ),
]

LINKS = [
    # a OneDrive or SharePoint link to someone's own files holds their address
    (
        "Zie https://vlaanderen-my.sharepoint.com/personal/geert_thijs_vlaanderen_be/Documents/OSLO/verslag.docx",
        ["geert_thijs_vlaanderen_be"],
        ["Documents"],
    ),
    # handles: a LinkedIn slug, a Skype ID, a handle after its platform's label, a Jira mention, a Slack
    # export's speaker (and every copy of it); an organisation's handle without a label stays
    (
        "M: +31 (0)6 41 88 20 93 | Teams: @MCostaFerreira\nLinkedIn: linkedin.com/in/mariana-costa-ferreira-7b2a91\n"
        "Kwame Asante | Skype: live:kwame.asante.iob\nsjoerd.hoekstra 1 jul 09:02\nNieuw verzoek.\n"
        "@raymundo pak jij het op?\nraymundo 1 jul 09:20\nJa. ~tdevrieshiemstra kun je kijken? ~5 minuten\n"
        "Volg ons op @gemeenteutrecht",
        [
            "@MCostaFerreira",
            "mariana-costa-ferreira-7b2a91",
            "live:kwame.asante.iob",
            "sjoerd.hoekstra",
            "raymundo",
            "~tdevrieshiemstra",
        ],
        ["@gemeenteutrecht", "~5 minuten"],
    ),
]

ORIGINS_AND_LISTS = [
    # a surname in capitals that is also a word, before its given names; a city in capitals is none
    ("Naam: VAN DER VEEN, Johannes Cornelis\nUTRECHT, Jan", ["VAN DER VEEN, Johannes Cornelis"], ["UTRECHT"]),
    # Arabic and Akan given names; Abu Dhabi stays a place
    (
        "Bij het gesprek was Abu Bakr Darwish aanwezig; Ama Sarpong-Lubbers tekende. De missie reisde naar Abu Dhabi.",
        ["Abu Bakr Darwish", "Ama Sarpong-Lubbers"],
        ["Abu Dhabi"],
    ),
    # a list prints the surname in capitals beside the person's address: the address's surname finds it
    ("ADJEI, KOFI\nIepenlaan 77\n06 41 15 63 08\nk.adjei@hotmail.com", ["ADJEI", "k.adjei@hotmail.com"], []),
    # an office holder with the body he serves in brackets is still the office holder
    ("Deelnemers: Hubert Bruls (Gemeente Nijmegen), Annemiek Vos (COA)", ["Annemiek Vos"], ["Hubert Bruls"]),
]

TABLES = {
    "origins_and_lists": ORIGINS_AND_LISTS,
    "role_names": ROLE_NAMES,
    "broken_given_names": BROKEN_GIVEN_NAMES,
    "numbers": NUMBERS,
    "links": LINKS,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
