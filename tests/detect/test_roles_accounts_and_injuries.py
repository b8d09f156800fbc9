"""Session 60's rules, one table each: a person referred to by a role and dotted initials, a reader's code after
"tweede lezer:", an account in capitals after the word for it, a date of birth after a colon that the sentence
naming it ends on, an injury or operation of a body part, and a one-man firm's owner in a letterhead in capitals.
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
ROLES = [
    # dotted initials after a role: the person the role and initials point to
    (
        "De containers zijn vrijgegeven zonder scan, op aanwijzing van teamleider G.J.K. (hierna: betrokkene).",
        ["G.J.K."],
        ["teamleider", "betrokkene"],
    ),
    (
        "Dat gebeurde op aanwijzing van ploegleider D.O., uitgevoerd door een planner die te goeder trouw handelde.",
        ["D.O."],
        ["ploegleider", "planner"],
    ),
    # initials followed by a surname are a name's (the whole name goes, found by the name rules)
    ("Het verslag is opgesteld door toezichthouder K. Mulder van het waterschap.", ["K. Mulder"], ["toezichthouder"]),
    # an office holder's initials after the office stay; so does a legal form after a word
    (
        "Het besluit is genomen door burgemeester A.B. en verzonden aan de aannemer B.V. in Delft.",
        [],
        ["A.B.", "B.V."],
    ),
    # a unit's, a committee's or a legal form's letters after a word, and an office holder's initials, stay
    (
        "De directeur B.V. en de afdeling P.Z. overlegden met de commissie M.E.R., gemeentesecretaris M.B. en "
        "griffier R.S.",
        [],
        ["B.V.", "P.Z.", "M.E.R.", "M.B.", "R.S."],
    ),
    # a reader's code after "tweede lezer:" on a routing line
    ("Behandelaar: ADG / tweede lezer: WTC", ["ADG", "WTC"], ["Behandelaar", "lezer"]),
]

ACCOUNTS = [
    # an account in capitals after the word for it, and the same account again in the text
    (
        "De vrijgaven staan op naam van gebruiker KOOPG in DMS. 41 vrijgaven zonder scan, waarvan 37 onder KOOPG.",
        ["KOOPG"],
        ["DMS"],
    ),
    # a role account is no one's; a compound's or a sentence's word in capitals after the word for it neither
    ("De wijziging is gedaan door gebruiker ADMIN in het zaaksysteem.", [], ["ADMIN"]),
    (
        "ACCOUNTMANAGER: zie bijlage. Vul GEBRUIKERSNAAM en wachtwoord in; dit account MOET worden verwijderd; "
        "Gebruiker: GEEN.",
        [],
        ["ACCOUNTMANAGER", "GEBRUIKERSNAAM", "MOET", "GEEN"],
    ),
]

BIRTH_DATES = [
    (
        "Ik wil de stukken digitaal ontvangen. Mijn geboortedatum vermeld ik voor de identificatie: 14-08-1983.",
        ["14-08-1983"],
        ["identificatie"],
    ),
    # a date after a colon with no birth date named before it stays
    ("Wij ontvingen uw verzoek op de volgende datum: 14-08-2024.", [], ["14-08-2024"]),
]

INJURIES = [
    (
        "Noor is met de ambulance naar het ziekenhuis gebracht. Zij heeft een gebroken linkeronderarm en een "
        "hersenschudding.",
        ["gebroken linkeronderarm", "hersenschudding"],
        [],
    ),
    (
        "Hij is op 4 november geopereerd aan zijn rechterknie. Hij heeft ook last van zijn hart.",
        ["geopereerd aan zijn rechterknie", "last van zijn hart"],
        ["4 november"],
    ),
    ("Zij is gevallen; het letsel bestaat volgens haar uit een commotio cerebri.", ["commotio cerebri"], []),
    ("Hij heeft een gebroken linker knie.", ["gebroken linker knie"], []),
    # "his head of department" is his boss
    ("Hij had problemen met zijn hoofd van de afdeling.", [], ["hoofd"]),
    # a policy sentence about a group names no one's injury
    ("Het aantal kinderen met een gebroken arm na een val van een speeltoestel is gedaald.", [], ["gebroken arm"]),
    # the heart of a town is no one's
    ("De nieuwe markt ligt in het hart van de stad.", [], ["hart"]),
]

FIRMS = [
    # a one-man firm's letterhead in capitals: the owner's name goes, the trade's word stays
    (
        "FACTUUR\nKLUSSENBEDRIJF JEROEN HAMSTRA\nGrutto 14, 8453 VD Vlietstede\nTel. 06-33017742\n",
        ["JEROEN HAMSTRA", "06-33017742"],
        ["KLUSSENBEDRIJF", "FACTUUR"],
    ),
    # an inspector's own firm, named with her full name and the trade after it
    (
        "Onafhankelijk speeltoestelinspecteur\nHanneke Zwart-Ellens Inspectie & Advies\nDwarsvaart 7-a\n",
        ["Hanneke Zwart-Ellens"],
        ["Inspectie & Advies", "speeltoestelinspecteur"],
    ),
    # an organisation's name in capitals without a person's first name stays
    ("FACTUUR\nBOUWBEDRIJF NOORDERKWARTIER\nIndustrieweg 4, Assen\n", [], ["BOUWBEDRIJF NOORDERKWARTIER"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ROLES)
def test_roles_and_initials(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), ACCOUNTS)
def test_accounts_in_capitals(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), BIRTH_DATES)
def test_birth_dates_after_a_colon(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), INJURIES)
def test_injuries_of_a_body_part(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), FIRMS)
def test_one_man_firms_in_letterheads(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
