"""Blind set AH's shapes (session 33): names a list sorts by surname with the particles after the initials, a
next row's acronym under "Surname, I.", role codes a document explains in brackets, and streets named after
someone after a first name or a title; and (set AE's scanned Gmail print) a name found once is found where the
OCR read a hyphen for its space."""

from __future__ import annotations

import pytest
from detecttools import check

SORTED_LISTS = [
    (
        "Deelnemers\nDijk, L. van\nDijkstra, G.\nDoelwijt, S.\nSSC-ICT\nVeld, P. in 't\nVeldkamp, T.\n"
        "Berg, A.M. van den (gemeente Utrecht)\n",
        ["Dijk, L. van", "Dijkstra, G.", "Doelwijt, S.", "Veld, P. in 't", "Veldkamp, T.", "Berg, A.M. van den"],
        ["SSC-ICT", "gemeente Utrecht"],
    ),
    # the forward reading still holds where no surname and comma come first
    ("Verslag: L. van Dijkstra (notulist)\n", ["L. van Dijkstra"], ["notulist"]),
]

ROLE_CODES = [
    # a code whose meaning follows in small letters is a role, no paraph
    (
        "Functies: OvD (officier van dienst), HOvD (hoofdofficier van dienst), CvD (communicatie).\n"
        "Week\tFunctie\tmaandag\n40\tHOvD\tKuipers\n40\tCvD\tSewnath\n",
        ["Kuipers", "Sewnath"],
        ["HOvD", "CvD", "OvD"],
    ),
    # a paraph after its person's name is still one
    ("Actie: Lotte van der Pol (LvdP), verslag door LvdP.\n", ["Lotte van der Pol", "[LvdP]), verslag"], []),
]

STREETS_AFTER_PEOPLE = [
    (
        "Casus 2 - overlast jongeren Pieter Zeemanweg\nDe stuurgroep bespreekt de kavel aan de Dr. Willem Dreeslaan.",
        [],
        ["Pieter Zeemanweg", "Willem Dreeslaan"],
    ),
    # a person's evidence stands: a header field, an honorific
    (
        "Van: Karin Boslaan\nAan: mevrouw J. Zeemanweg\n\nGeachte mevrouw Zeemanweg,\n",
        ["Karin Boslaan", "J. Zeemanweg", "mevrouw [Zeemanweg]"],
        [],
    ),
    ("De heer Ammerlaan en Joost Verlaan spraken met Fleur Ammerlaan.", ["Ammerlaan", "Joost Verlaan"], []),
    # a surname alone with a street's ending is left to its evidence (set AE: found in a header, then alone)
    ("Van: Oudeweg, Marleen <m.oudeweg@almere.nl>\n\nOudeweg vraagt om een reactie.", ["[Oudeweg] vraagt"], []),
]

OCR_FORMS = [
    (
        "Lieke Bosschaart-Imanuel <lbi@gmail.com>\nDank! De tak is weg.\nLieke-Bosschaart-Imanuel <lbi@gmail.com>\n"
        "Stadsloket Centrum-Oost",
        ["Lieke Bosschaart-Imanuel", "Lieke-Bosschaart-Imanuel"],
        ["Centrum-Oost"],
    ),
    # "in 't Veld" written (and read by OCR) "in't Veld"
    ("Notulen: Niels in 't Veld, 06-33473701\nnies in't Veld (secretaris).", ["[in't Veld] (secretaris)"], []),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [
        *[pytest.param(*c, id=f"sorted_lists-{k}") for k, c in enumerate(SORTED_LISTS)],
        *[pytest.param(*c, id=f"role_codes-{k}") for k, c in enumerate(ROLE_CODES)],
        *[pytest.param(*c, id=f"streets-{k}") for k, c in enumerate(STREETS_AFTER_PEOPLE)],
        *[pytest.param(*c, id=f"ocr_forms-{k}") for k, c in enumerate(OCR_FORMS)],
    ],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
