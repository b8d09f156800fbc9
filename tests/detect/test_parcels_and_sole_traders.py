"""Cadastral parcels in running text, the address of a one-man business, a citizen's street under his own
name over a line end, and a name whose particle wraps to the next line of its table cell."""

from __future__ import annotations

import pytest
from detecttools import check, run

from woo_redact.model import Action

PARCELS = [
    # the full form: municipality, section, number; the place stays
    (
        "een uitbouw op het perceel Ridderstraat 37, kadastraal bekend gemeente Haarlem, sectie K, nummer 4412.",
        ["sectie K, nummer 4412"],
        ["Haarlem"],
    ),
    # broken over the line end, in a letter to the owner
    (
        "een controle uitgevoerd op uw perceel te Zaandijk, kadastraal bekend\ngemeente Zaandam, sectie F, nummer "
        "2786. Aanleiding was een melding.",
        ["sectie F, nummer 2786"],
        ["Zaandam"],
    ),
    # the short form, each parcel its own box
    ("een strook boomgaard (kadastraal Tiel M 3310 en M 3311). De fruitteler woont er.", ["M 3310", "M 3311"], []),
    # a section and number alone in a sentence about a parcel
    ("Het perceel, sectie B nummer 1903, is groot genoeg.", ["sectie B nummer 1903"], []),
    # several numbers
    ("De percelen kadastraal bekend als Epe, sectie G, nummers 412 en 413 worden geruild.", ["412 en 413"], ["Epe"]),
    # the Kadaster's code of a parcel, as RVO prints it
    ("Percelen in de gecombineerde opgave 2024: LWD01-H-1183 (4,21 ha).", ["LWD01-H-1183"], []),
    ("Zaaknummer ABC12-D-1234 is geregistreerd.", [], ["ABC12-D-1234"]),
    # an organisation owns it: no one's personal data
    (
        "Het perceel kadastraal bekend gemeente Utrecht, sectie K, nummer 123 is eigendom van de gemeente Utrecht.",
        [],
        ["sectie K, nummer 123"],
    ),
    # a report's section is no parcel
    ("Zie hoofdstuk 3, sectie B nummer 4 van het rapport.", [], ["sectie B nummer 4"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PARCELS)
def test_parcels_in_text(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_parcel_forms_are_searched_in_every_text_that_holds_one() -> None:
    """A text the gate passes over holds no parcel form: the forms of these cases, in other cases and glued to other
    words, and random texts of the forms' words."""
    import random

    from woo_redact.detect.recognizers import parcels as P

    pieces = [t for t, _, _ in PARCELS] + ["KADASTRAAL", "Sectie", "LWD01 H 1183", "ABC12-DE-1", "kadaſtraal", "ſectie"]
    pieces += ["bekend", "gemeente", "nummer", "nrs.", "en", "M 3310", "Tiel", ", ", "\n", " ", "AB12-C-3", "XYZ99 Q 7"]
    rng = random.Random(3)
    found = 0
    for k in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "-"]) for _ in range(rng.randint(1, 8)))
        text = text.upper() if k % 5 == 0 else text.lower() if k % 7 == 0 else text
        matches = list(P._PARCEL_FORMS.finditer(text))
        found += bool(matches)
        assert P._may_name_parcels(text) or not matches, text
    assert found > 500


def test_parcel_is_flagged_for_review() -> None:
    out = run("Uw melkveehouderij, kadastraal bekend gemeente Putten, sectie N, nummer 640.")
    decision = out.decision_of("sectie N, nummer 640")
    assert decision is not None and decision.action is Action.REDACT and decision.needs_review


ADDRESSES = [
    # a one-man business's address is its owner's, whatever the heading above calls a business
    (
        "Rapport van bevindingen - milieucontrole agrarisch bedrijf\n"
        "Inrichting            Varkenshouderij Antonius Verhoeven (eenmanszaak), Heikantsestraat 17,\n"
        "                      5275 BL Den Dungen",
        ["Heikantsestraat 17", "5275 BL"],
        ["Den Dungen"],
    ),
    # a citizen signing his e-mail with his name and, on the next line, his street
    (
        "Mijn nummer voor de avond zelf is 038-4217766. Groet, Henk Lubbinge,\nAssendorperdijk 9.",
        ["Henk Lubbinge", "Assendorperdijk 9"],
        [],
    ),
    # a writer giving her own postal address
    (
        "Ik werk als freelance journalist. U kunt mij bereiken op 06 3720 4481. Postadres: Hooghiemstraplein 115, "
        "3514 AZ Utrecht.",
        ["Hooghiemstraplein 115", "3514 AZ"],
        [],
    ),
    ("Voor vragen kunt u ons bellen. Postadres: Stadhuisplein 1, 3511 AZ Utrecht.", [], ["Stadhuisplein 1"]),
    # a company's address stays
    (
        "De aanvraag van Loonbedrijf Van der Meer B.V., Zandweg 12, 7711 AB Nieuwleusen is ontvankelijk.",
        [],
        ["Zandweg 12"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES)
def test_addresses_of_sole_traders_and_signers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


INITIALS_AND_WORDS = [
    # after a title and initials, or two initials, a surname that is a word too ("bril": glasses)
    ("Aanwezig: mevrouw M. Bril en M.J. Bril.", ["M. Bril", "M.J. Bril"], []),
    # a list's letter before a word stays text
    ("Zie bijlage A. Bril is een woord. Het plan B. Daarna volgt C. Verder.", [], ["Bril", "Daarna", "Verder"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), INITIALS_AND_WORDS)
def test_initials_before_a_word(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
