"""Commissarissen van de Koning, gedeputeerden and dijkgraven of the built-in register (the Almanak of 2019,
openstate/allmanak, CC0): public by name like ministers, also without a title in running text, when the first
name or at least two initials agree; a private person of the same name shape stays redacted. Statenleden and
wethouders of that register stay local: public after their title, not by name alone.

Each row: (text, redact, keep), see detecttools.check.
"""

from __future__ import annotations

import pytest
from detecttools import check, run

from woo_redact.detect.register import load_register, name_key

BY_NAME = [
    # an inventory's sender over its addressee "Gedeputeerde Staten": a body, not the sender's office
    (
        "Nr\nDatum\nDocument\nAfzender\nOntvanger\n02\n10-06-2024 Notitie geluidsberekening\nRienk de Boer\n"
        "Gedeputeerde Staten\n03",
        ["Rienk de Boer"],
        ["Gedeputeerde Staten"],
    ),
    # a gedeputeerde (Groningen, 2015-2019) by first name and surname, no title; another Nienke is a citizen
    (
        "Het overleg werd geopend door Nienke Homan. Daarna sprak Nienke Brouwer namens de bewoners.",
        ["Nienke Brouwer"],
        ["Nienke Homan"],
    ),
    # a gedeputeerde whose roepnaam the Almanak gives in brackets ("J. (Jeannette) Baljeu")
    ("Jeannette Baljeu sprak met Jeannette Bakker over de N206.", ["Jeannette Bakker"], ["Jeannette Baljeu"]),
    # a commissaris van de Koning by his two initials; other initials before another surname are a person
    (
        "A.P. Heidema opende de vergadering; A.P. Hendriks van de fietsersbond reageerde.",
        ["A.P. Hendriks"],
        ["A.P. Heidema"],
    ),
    # ... in the signature of Gedeputeerde Staten, and under "De commissaris van de Koning,"
    ("Gedeputeerde Staten van Overijssel,\nvoorzitter, A.P. Heidema", [], ["A.P. Heidema"]),
    ("Hoogachtend,\nDe commissaris van de Koning,\n\nA.P. Heidema", [], ["A.P. Heidema"]),
    # a dijkgraaf (Aa en Maas) by first name and surname
    (
        "Toine Poppelaars gaf een toelichting. Toine Poppema van het bewonerscomité was ook aanwezig.",
        ["Toine Poppema"],
        ["Toine Poppelaars"],
    ),
]

# the titles in Frisian and in the Caribbean Netherlands
BY_TITLE_ELSEWHERE = [
    # a gedeputeerde's title on the line above her name in a letter's closing block
    (
        "verder zullen informeren.\nLid Gedeputeerde Staten\nF. (Floor) Vermeulen\nContact\nf.vermeulen@pzh.nl",
        ["f.vermeulen@pzh.nl"],
        ["F. (Floor) Vermeulen"],
    ),
    (
        "Oanwêzich: Boargemaster De Vries, wethâlder Hoekstra-Hartman en Deputearre Fokkens. Sekretaris: Jelle Postma.",
        ["Jelle Postma"],
        ["De Vries", "Hoekstra-Hartman", "Fokkens"],
    ),
    (
        "Eilandgedeputeerde Rolando Wilson en gezaghebber Edison Rijna spraken met Jan Vermeulen.",
        ["Jan Vermeulen"],
        ["Rolando Wilson", "Edison Rijna"],
    ),
]

NOT_THE_HOLDER = [
    # the holder's surname with another first name, or a single initial, is someone else
    ("Sanne Homan belde over haar aanvraag voor de subsidie.", ["Sanne Homan"], []),
    ("Contact: J. Heidema, beleidsmedewerker.", ["J. Heidema"], []),
    # a header field is structural evidence: a register match alone does not make it public
    ("Van\tNienke Homan\nOnderwerp\tN361", ["Nienke Homan"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), BY_NAME + BY_TITLE_ELSEWHERE + NOT_THE_HOLDER)
def test_regional_office_holder(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(
    ("name", "role"),
    [("Nienke Homan", "gedeputeerde"), ("A.P. Heidema", "cvdk"), ("Toine Poppelaars", "dijkgraaf")],
)
def test_the_register_holds_them_as_public_by_name(name: str, role: str) -> None:
    _, key = name_key(name)
    holders = [h for h in load_register() if h.surname == key and role in h.roles.split(";")]
    assert holders and all(not h.local for h in holders)


def test_a_statenlid_or_wethouder_of_the_almanak_is_public_after_a_title_only() -> None:
    # E.G. Grijsen is in the register as a wethouder (Deventer, 2019): a local office holder
    _, key = name_key("E.G. Grijsen")
    assert any(h.surname == key and h.local for h in load_register())
    check("E.G. Grijsen stuurde de stukken door.", ["E.G. Grijsen"], [])
    check("Wethouder Grijsen stuurde de stukken door.", [], ["Grijsen"])
    decision = run("Volgens gedeputeerde Homan is het plan haalbaar.").decision_of("Homan")
    assert decision is not None and decision.action.value == "keep"


def test_a_local_party_in_brackets_is_no_paraph() -> None:
    check(
        "Aanwezig: Smit (PvdD), Thepass (GL), Uduba (VVD), Verdonk (HvDH), Verduin (D66).\n"
        "Motie J.3 (HvDH) Watertappunt in speeltuinen. Actie: JvdB stuurt de lijst rond (JvdB).",
        ["JvdB"],
        ["HvDH"],
    )


def test_the_last_part_of_a_double_surname_is_not_the_office_holder() -> None:
    """ "van Nieuwenhuizen Wijbenga" (a minister) is keyed "wijbenga": a Wijbenga written alone is not her; the
    double surname written whole and its other form ("Van Nieuwenhuizen") are."""
    from woo_redact.detect.public import PublicNames

    public = PublicNames((), (), load_register())
    assert not any(h.roles.startswith("minister") for h in public.holders_of("Wijbenga", "wijbenga"))
    assert public.holders_of("Van Nieuwenhuizen Wijbenga", "wijbenga")
    assert public.holders_of("Van Nieuwenhuizen", "nieuwenhuizen")
