"""Addresses abroad and in applicants' lists, numbers dialled abroad, teachers' titles, and organisations in the
places where a person is expected (a header field, before a comma and a given name, a mailbox)."""

from __future__ import annotations

import pytest
from detecttools import check

ADDRESSES = [
    # a citizen abroad in the addressee block of a letter: the street's kind first, a foreign postcode below
    (
        "Belastingdienst/Toeslagen\n\nJoão Almeida Rebelo\nRua das Flores 27, 2º esq.\n1200-195 Lisboa\nPortugal\n",
        ["João Almeida Rebelo", "Rua das Flores 27"],
        ["Lisboa", "Portugal"],
    ),
    # a resident of Bonaire (Papiamentu's "Sra." and "Kaya", no postcode) and of Saba (an English street's ending)
    (
        "Entidat Públiko Boneiru\n\nSra. Yomaira E. Soliana-Cecilia\nKaya Neerlandia 12\nKralendijk\n\n"
        "Dear Mr. Heyliger,\n",
        ["Yomaira", "E. Soliana-Cecilia", "Kaya Neerlandia 12"],
        ["Kralendijk", "Entidat Públiko Boneiru"],
    ),
    (
        "Public Entity Saba\nMr. Glenford L. Heyliger\nMountain Road 14\nThe Bottom, Saba\n",
        ["Glenford L. Heyliger", "Mountain Road 14"],
        ["Public Entity Saba", "The Bottom, Saba"],
    ),
    # an embassy's address stays, and its street is no person
    (
        "Ambassade van het Koninkrijk der Nederlanden\nAvenida Infante Santo 43\n1399-011 Lisboa\n",
        [],
        ["Avenida Infante Santo 43"],
    ),
    # a farm's address in a list of applicants under "Vestigingsadres"; a cooperative's stays
    (
        "Aanvraagnr   Aanvrager   Geboortedatum   Vestigingsadres   Plaats\n"
        "SRV-25-0413   Anand Krishnamurthy   22-07-1979   Hazendijk 2a   Barneveld\n"
        "SRV-25-0414   Wilhelmina Koster-Brinkman   17-01-1958   Kerkeind 31   Someren\n"
        "SRV-25-0415   Coöperatie Varkenshouders Oost U.A.   -   Industrieweg 40   Oldenzaal\n",
        ["Hazendijk 2a", "Kerkeind 31"],
        ["Industrieweg 40", "Coöperatie Varkenshouders Oost"],
    ),
    # a Brabant street ending in -eind and a Frisian one ending in -dyk, under an addressee
    ("Mevrouw W. Koster-Brinkman\nKerkeind 31\n5711 AB Someren\n", ["Kerkeind 31"], ["Someren"]),
    ("De heer R. Jongsma\nSlachtedyk 9\n8736 HK Oosterend\n", ["Slachtedyk 9"], ["Oosterend"]),
    # a citizen writing in English gives her home address, its postcode broken over the line end
    (
        "My husband installed the boiler himself. Our address is Parkweg 41, 7411\nSH Deventer. Kind regards,",
        ["Parkweg 41", "7411\nSH"],
        ["Deventer"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES)
def test_addresses(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


NUMBERS_AND_TITLES = [
    # a Philippine mobile as written at home: eleven digits from a 0, after "bereikbaar op"
    ("Zijn partner is bereikbaar op 0917 552 0184. De ambassade belt haar.", ["0917 552 0184"], []),
    ("Please call me on 07700 900 123 after six.", ["07700 900 123"], []),
    # a municipality's short number and a switchboard stay
    ("De gemeente is bereikbaar op 14 030.", [], ["14 030"]),
    # a travel document's number in a list of applicants
    (
        "Aanvrager                    Geboortedatum    Paspoort             Status\n"
        "Omar Haddad-Khouri           12-01-1985       N012447189           aanvullende stukken\n"
        "Layla Nasrallah              30-07-1992       RL5527031            goedgekeurd\n",
        ["N012447189", "RL5527031", "Omar Haddad-Khouri"],
        [],
    ),
    # a teacher as parents name him; the burgemeester and the wachtmeester keep their own rules
    ("Beste meester Hoogeveen,\n\nWij vragen verlof aan.", ["Hoogeveen"], []),
    ("Gesprek met juf Anouk over de rekenles.", ["Anouk"], []),
    ("De burgemeester Halsema opende de vergadering.", [], ["Halsema"]),
    # ("meester" within "burgemeester" is no teacher's title: the college's postbus stays)
    (
        "Dan kunt u bezwaar maken bij het college van Burgemeester en Wethouders van Zwolle, Postbus 10007,\n"
        "8000 GA Zwolle. Burgemeester Snijders tekent.",
        [],
        ["Postbus 10007", "8000 GA", "Snijders"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS_AND_TITLES)
def test_numbers_and_titles(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


ORGANISATIONS_WHERE_A_PERSON_MAY_STAND = [
    # a header field's value that is an organisation
    (
        "Van: Yasmin Al-Hashimi (BZ, directie Consulaire Zaken)\nAan: Holland Festival, afdeling productie\n",
        ["Yasmin Al-Hashimi"],
        ["Holland Festival"],
    ),
    # an academy before a comma and a given name is no surname written first
    (
        "Je aanvraag werd ondersteund door je mentor aan de Rijksakademie, Kwame Nkansah-Boadu, en door Museum De"
        " Lakenhal.",
        ["Kwame Nkansah-Boadu"],
        ["Rijksakademie"],
    ),
    # the holders a plural title heads in brackets, the list going on over the line end
    (
        "zoals Kamerleden (de heer Van Dijk en de\nheer Dijkhoff) en de voormalig directeur (mevrouw Prins).",
        ["Prins"],
        ["Van Dijk", "Dijkhoff"],
    ),
    # a lawyer's practice named after him under his signature; a practice of a name no one here bears stays
    ("Met vriendelijke groet,\n\nJozef Abena\nAbena Advocatuur, Amsterdam\n", ["Jozef Abena", "Abena"], []),
    ("De Stichting Abena werkt met Kok Advocatuur.", [], ["Kok Advocatuur"]),
    # a travel agency named with a given name; a grant round's mailbox
    ("Reisbureau: Sakura Travel (contact Kenji Morimoto).", ["Kenji Morimoto"], ["Sakura Travel"]),
    ("Vragen over de procedure: vidi@nwo.nl of het algemene nummer van NWO.", [], ["vidi@nwo.nl"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ORGANISATIONS_WHERE_A_PERSON_MAY_STAND)
def test_organisations_where_a_person_may_stand(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


OFFICES_NUMBERS_AND_MAILBOXES = [
    # a letterhead's switchboard and fax of one exchange; a person's direct line under her name stays redacted
    ("Contactpersoon\n\nT 070 370 79 11\nF 070 370 75 16\n\nOns kenmerk\n", [], ["070 370 79 11", "070 370 75 16"]),
    ("Jan de Vries, beleidsmedewerker\nT 070 370 12 34\nM 06 1234 5678\n", ["070 370 12 34", "06 1234 5678"], []),
    # the switchboard named in a sentence that runs on to the next line
    (
        "Voor overleg ben ik bereikbaar op +31 (0)50 521 33 07. Het algemene nummer van de NAM\nis 0592 36 91 11.",
        ["+31 (0)50 521 33 07"],
        ["0592 36 91 11"],
    ),
    # a directorate's mailbox in capitals, and a regional desk's acronym
    (
        "U kunt contact opnemen met de directie Juridische Zaken via WOB@minbuza.nl dan wel\n"
        "met de directie Communicatie via COM@minbuza.nl.",
        [],
        ["COM@minbuza.nl", "WOB@minbuza.nl"],
    ),
    ("Doe ik. Ik mail het naar rmc@groningen.nl, niet naar jullie persoonlijke box.", [], ["rmc@groningen.nl"]),
    # a case number's letters are no paraph, though they are someone's initials
    (
        "Lotte Prins belde over de zaak.\nKenmerk: LP-2025-00311\nActie: LP\n",
        ["Lotte Prins", "Actie: [LP]"],
        ["LP-2025"],
    ),
    # the town hall where a family is asked to come is no one's home
    (
        "Wij nodigen u en Dewi uit voor een gesprek op dinsdag 28 januari 2025 om 15.30 uur op het\n"
        "gemeentehuis, Kerkstraat 2 in Hoogezand.",
        ["Dewi"],
        ["Kerkstraat 2"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), OFFICES_NUMBERS_AND_MAILBOXES)
def test_offices_numbers_and_mailboxes(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_postcode_wrapped_in_its_cell_is_cut_to_its_own_lines() -> None:
    """Session 41's table cells: "Asserstraat 40, 9451" / "AB Rolde" with another cell's line read between; the
    postcode's one span covered "hoorzitting in Rolde." (a keep probe) too. It is cut to the lines it stands on."""
    from woo_redact.detect.recognizers.address import _own_lines
    from woo_redact.detect.recognizers.structure import Candidate
    from woo_redact.model import Explanation

    text = "Asserstraat 40, 9451\nhoorzitting in Rolde.\nAB Rolde"
    c = Candidate(16, text.index("AB") + 2, "ADDRESS", Explanation("home_address", 0.9, "a postcode"))
    assert [text[p.start : p.end] for p in _own_lines(text, c)] == ["9451", "AB"]
    one = Candidate(0, 20, "ADDRESS", Explanation("home_address", 0.9, "a street"))
    assert _own_lines(text, one) == [one]
