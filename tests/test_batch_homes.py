"""A home address found in one document of a batch is redacted in the others; an address a document calls a monument
is public in the whole batch (detect.batch_homes, batch_names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from woo_redact.detect.batch_homes import (
    BUILDING_MARK,
    CODE_MARK,
    DECEASED_MARK,
    NUMBER_MARK,
    PARCEL_MARK,
    PUBLIC_MARK,
    VESSEL_MARK,
    batch_buildings,
    batch_deceased,
    batch_home_candidates,
    batch_literal_candidates,
    batch_vessels,
    public_homes,
    spread_home,
)


@pytest.mark.parametrize(
    ("entity", "redacted", "evidence", "text", "expected"),
    [
        ("ADDRESS", True, [("home_address", "")], "Korvelseweg 214, 5025 JK", "\u2302Korvelseweg 214"),
        (
            "ADDRESS",
            True,
            [("address_of_person", ""), ("propagation", "")],
            "Bosstraat 18 (9902 GH",
            "\u2302Bosstraat 18",
        ),
        ("ADDRESS", True, [("sole_trader", "")], "Molenveldweg 6 | 5853 AS", "\u2302Molenveldweg 6"),
        # a copy of a home (propagation alone) is no evidence; nor a regulation's "Tilburg 2024", a post box, or a full
        # address alone (a firm's letterhead looks the same)
        ("ADDRESS", True, [("propagation", "")], "Korvelseweg 214", None),
        ("ADDRESS", True, [("home_address", "")], "Tilburg 2024", None),
        ("ADDRESS", True, [("home_address", "")], "Postbus 20061, 2500 EB", None),
        ("ADDRESS", True, [("home_address", "full_address")], "Wilhelminakade 909, 3072 AP", None),
        ("ADDRESS", False, [("home_address", "")], "Korvelseweg 214", None),
        ("PERSON", True, [("home_address", "")], "Korvelseweg 214", None),
        # a monument's kept address travels as public
        ("ADDRESS", False, [("public_address", "monument_address")], "Oosthaven 41", PUBLIC_MARK + "Oosthaven 41"),
        # ... and a vessel's kept name as a vessel's
        ("PERSON", False, [("not_a_person", "vessel_name")], "Grietje Jannes", VESSEL_MARK + "Grietje Jannes"),
        ("PERSON", True, [("not_a_person", "vessel_name")], "Grietje Jannes", None),
        # ... a building's named after someone (not its one word), a body's name of one word shaped as a place's
        (
            "PERSON",
            False,
            [("not_a_person", "named_building")],
            "Johanna Westerdijk",
            BUILDING_MARK + "Johanna Westerdijk",
        ),
        ("PERSON", False, [("not_a_person", "named_building")], "Westerdijk", None),
        ("PERSON", False, [("not_a_person", "organisation_context")], "Herlaarhof", BUILDING_MARK + "Herlaarhof"),
        # (not a company's name that may be its owner's, nor a surname or a word no shape says is a place's)
        ("PERSON", False, [("not_a_person", "company_context")], "Herlaarhof", None),
        ("PERSON", False, [("not_a_person", "organisation_context")], "Kocak", None),
        ("PERSON", False, [("not_a_person", "organisation_context")], "Jansen", None),
        # a paraph code tied to a person named in the document travels as a code (three letters or more, two capitals;
        # not a public acronym, not one found only as a copy of the batch's)
        ("PARAPH", True, [("derived_paraph", "initials of a named person")], "BLR", CODE_MARK + "BLR"),
        (
            "PARAPH",
            True,
            [("paraph_table", ""), ("derived_paraph", "initials of a named person")],
            "IthH",
            CODE_MARK + "IthH",
        ),
        ("PARAPH", True, [("derived_paraph", "initials of a named person")], "MB", None),
        ("PARAPH", True, [("derived_paraph", "initials of a named person")], "GGD", None),
        ("PARAPH", True, [("derived_paraph", "initials of a person in the batch")], "BLR", None),
        # (a paraph found only as one, no person of the document's behind it: "Actie: VTH")
        ("PARAPH", True, [("derived_paraph", "a paraph found here")], "VTH", None),
        ("PARAPH", False, [("derived_paraph", "initials of a named person")], "BLR", None),
        # a number read in a personnel-number column travels as that person's (six digits at least; not a copy)
        ("PERSONAL_NUMBER", True, [("personnel_number_column", "")], "4471209", NUMBER_MARK + "4471209"),
        ("PERSONAL_NUMBER", True, [("personnel_number_column", "")], "P-00562190", NUMBER_MARK + "P-00562190"),
        ("PERSONAL_NUMBER", True, [("personnel_number_column", "")], "W1187", None),
        ("PERSONAL_NUMBER", True, [("number_after_person", "")], "4471209", None),
        ("PERSONAL_NUMBER", False, [("personnel_number_column", "")], "4471209", None),
        # a private owner's parcel travels as its section and number (not a place with it, nor a copy's)
        ("ADDRESS", True, [("parcel_column", "")], "K 1187", PARCEL_MARK + "K 1187"),
        ("ADDRESS", True, [("parcel", "")], "A 2210", PARCEL_MARK + "A 2210"),
        ("ADDRESS", True, [("parcel", "")], "Zaltbommel G 3391", None),
        # (not a road's shape, nor two digits: "A 12", "N 340", "B 12" are roads and annexes elsewhere)
        ("ADDRESS", True, [("parcel_column", "")], "A 12", None),
        ("ADDRESS", True, [("parcel_column", "")], "N 340", None),
        ("ADDRESS", True, [("parcel_column", "")], "B 12", None),
        ("ADDRESS", True, [("propagation", "")], "K 1187", None),
        ("ADDRESS", False, [("parcel", "")], "K 1187", None),
    ],
)
def test_which_addresses_the_batch_spreads(
    entity: str, redacted: bool, evidence: list[tuple[str, str]], text: str, expected: str | None
) -> None:
    assert spread_home(entity, redacted, evidence, text) == expected


def test_a_home_is_found_in_another_document_but_not_as_a_firms_or_a_monuments_address() -> None:
    names = ["Pieter Jansen", "\u2302Korvelseweg 214"]
    text = "Onderwerp Besluit last onder dwangsom Korvelseweg 214 en 214a"
    [found] = batch_home_candidates(text, names)
    assert text[found.start : found.end] == "Korvelseweg 214" and found.entity == "ADDRESS"
    assert not batch_home_candidates("KamerPlus Wonen B.V. t.a.v. de directie\nKorvelseweg 214\n5015 BM Tilburg", names)
    assert not batch_home_candidates("het rijksmonument Korvelseweg 214 is gesloten", names)
    assert not batch_home_candidates("Peel en Maas Nieuws t.a.v. mevrouw N. Baltussen Korvelseweg 214", names)
    # another document called it a monument: public everywhere
    assert not batch_home_candidates(text, [*names, PUBLIC_MARK + "Korvelseweg 214"])
    assert public_homes("uw pand Oosthaven 41,\neen rijksmonument", ()) == {"Oosthaven 41"}


def test_a_batch_redacts_a_tenants_home_everywhere_and_keeps_a_monument(tmp_path: Path) -> None:
    """The tenancy contract says whose home Korvelseweg 214 is; the enforcement decision names it as its object only.
    In a second batch a third document calls it a rijksmonument: public in all three."""
    from clitools import batch_findings

    contract = [
        "Huurovereenkomst kamer 3",
        "Huurder: Piotr Nowak, geboren 12-04-1990",
        "Hij woont aan de Korvelseweg 214, 5025 JK Tilburg.",
    ]
    decision = ["Besluit last onder dwangsom", "Het college legt een last op voor het pand Korvelseweg 214."]
    monument = ["Het pand Korvelseweg 214, een rijksmonument, is in slechte staat."]

    def batch(name: str, docs: dict[str, list[str]]) -> dict[str, list[str]]:
        found = batch_findings(tmp_path / name, docs)
        return {doc: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for doc, fs in found.items()}

    one = batch("one", {"a": contract, "b": decision})
    assert any("Korvelseweg 214" in t for t in one["a"]), one
    assert "Korvelseweg 214" in one["b"], one
    two = batch("two", {"a": contract, "b": decision, "c": monument})
    assert not any("Korvelseweg" in t for doc in two.values() for t in doc), two


def test_a_code_tied_to_a_person_in_one_document_is_redacted_where_another_signs_with_it(tmp_path: Path) -> None:
    """The absence notice gives the mentor's code with his name ("R. Bloemendaal (code BLR)"); the school's roster
    gives the code alone after its label, the overview in a bracket: redacted in both. A batch without the notice
    keeps them (no one there ties the code to a person)."""
    from clitools import batch_findings

    notice = ["Verzuimmelding", "Leerling: Jesse van Dijkhuizen", "Mentor: R. Bloemendaal (code BLR)"]
    roster = ["Opbouwrooster", "Klas H2B", "Mentor: BLR", "Week 1: twee uur per dag"]
    overview = ["Absentieoverzicht", "Gesprek met de mentor op 24 september (BLR), daarna de zorgcoördinator."]

    def batch(name: str, docs: dict[str, list[str]]) -> dict[str, list[str]]:
        found = batch_findings(tmp_path / name, docs)
        return {doc: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for doc, fs in found.items()}

    one = batch("one", {"a": notice, "b": roster, "c": overview})
    assert "BLR" in one["a"] and "BLR" in one["b"] and "BLR" in one["c"], one
    two = batch("two", {"b": roster, "c": overview})
    assert "BLR" not in two["b"] and "BLR" not in two["c"], two


def test_a_full_address_alone_is_the_weakest_home_street_and_postcode_alike() -> None:
    """A street, number and postcode with no organisation seen around them are redacted as a home, but their
    postcode's explanation says so too: together they are not spread to the batch."""
    from woo_redact.detect.batch_homes import FULL_ADDRESS
    from woo_redact.detect.recognizers.address import home_addresses
    from woo_redact.parse.text import document_from_text

    doc = document_from_text("Divisie Havenmeester\nWilhelminakade 909, 3072 AP Rotterdam\nM 06-22814075\n")
    found = home_addresses(doc)
    assert found and all(c.explanation.pattern == FULL_ADDRESS for c in found), found
    evidence = [(c.explanation.detector, c.explanation.pattern) for c in found]
    assert spread_home("ADDRESS", True, evidence, "Wilhelminakade 909, 3072 AP") is None


def test_a_vessel_named_after_its_kind_in_one_document_is_kept_in_the_others(tmp_path: Path) -> None:
    """The request names "het vissersschip HL 17 Grietje Jannes"; the radio log has "Den Helder Rescue, Grietje
    Jannes" with no ship's kind before it; the same names as a person's would be redacted there alone; a batch keeps
    it, and the crew's skipper is redacted in both. "van Vlieland" of a person elsewhere is the island after "ten
    noorden"."""
    from clitools import batch_findings

    request = ["Woo-verzoek", "Het gaat om de aanvaring van het vissersschip HL 17 Grietje Jannes op 14 augustus."]
    radio = [
        "Radiolog VHF 16",
        "21:44:05 Den Helder Rescue, Grietje Jannes, PDKW. Hier Wybren Terpstra.",
        "Wij voeren ten noorden van Vlieland.",
    ]
    crew = ["Bemanningslijst", "Matroos Pieter van Vlieland, geboren 02-03-1990"]
    found = batch_findings(tmp_path / "sea", {"request": request, "radio": radio, "crew": crew})
    redacted = {d: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for d, fs in found.items()}
    assert not any("Grietje" in t for ts in redacted.values() for t in ts), redacted
    assert "Wybren Terpstra" in redacted["radio"], redacted
    assert not any("Vlieland" in t for t in redacted["radio"]), redacted
    assert any("Pieter van Vlieland" in t for t in redacted["crew"]), redacted
    names = ["Wybren Terpstra", VESSEL_MARK + "Grietje Jannes", "\u2302Kerkstraat 1"]
    assert batch_vessels(names) == {"Grietje Jannes"}


def test_the_dead_a_register_names_with_life_dates_are_kept_in_the_others(tmp_path: Path) -> None:
    """A grave register's extract names "Harm Jan Nijsingh (1848-1920)"; a heritage committee's minutes write "het graf
    van notaris Harm Jan Nijsingh" with no dates; the minutes keep him too, and the living rights holder of the same
    surname stays redacted in both."""
    from clitools import batch_findings

    register = [
        "Uittreksel grafregister Oude Begraafplaats, Meppel 12-03-2025",
        "C-1-04 Harm Jan Nijsingh (1848-1920), notaris, begraven 02-03-1920, rechthebbende Thijs Nijsingh",
    ]
    minutes = [
        "Verslag erfgoedcommissie, 20 maart 2025",
        "De commissie bespreekt het graf van notaris Harm Jan Nijsingh. Thijs Nijsingh is rechthebbende.",
    ]
    found = batch_findings(tmp_path / "graves", {"register": register, "minutes": minutes})
    redacted = {d: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for d, fs in found.items()}
    assert not any("Harm Jan" in t for ts in redacted.values() for t in ts), redacted
    assert any("Thijs Nijsingh" in t for t in redacted["minutes"]), redacted
    names = ["Thijs Nijsingh", DECEASED_MARK + "Harm Jan Nijsingh", VESSEL_MARK + "Grietje Jannes"]
    assert batch_deceased(names) == {"Harm Jan Nijsingh"}


def test_a_building_named_after_someone_is_kept_in_the_others(tmp_path: Path) -> None:
    """The press release names "woonzorgcentrum Johanna Westerdijk"; a mail's subject has "De Vlonder en Johanna
    Westerdijk" with no kind before it, where the name alone would be redacted as a person's; the batch keeps it, and
    the care home's manager stays redacted. A chat of the same batch calls Kevin Roerdink "Kev": redacted there."""
    from clitools import batch_findings

    release = [
        "Persbericht GGD, 18 september 2026",
        "In woonzorgcentrum Johanna Westerdijk is bij een medewerker mazelen vastgesteld.",
        "Medewerker Kevin Roerdink is thuis.",
    ]
    mail = [
        "Onderwerp: Mazelen De Vlonder en Johanna Westerdijk - afstemming gemeente",
        "Beste Floor, Gökhan Yilmaz belt je vandaag.",
    ]
    chat = [
        "Chat IZB-team",
        "[15-09 11:20] Thijs Oudenhoven: Kev van het zorgcentrum heeft geen BMR gehad",
        "[15-09 11:21] Floor Jansen: dank, ik bel",
        "[15-09 11:22] Thijs Oudenhoven: top",
    ]
    found = batch_findings(tmp_path / "measles", {"release": release, "mail": mail, "chat": chat})
    redacted = {d: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for d, fs in found.items()}
    assert not any("Westerdijk" in t for ts in redacted.values() for t in ts), redacted
    assert any("Yilmaz" in t for t in redacted["mail"]), redacted
    assert "Kev" in redacted["chat"], redacted
    names = ["Floor Jansen", BUILDING_MARK + "Johanna Westerdijk", DECEASED_MARK + "Harm Jan Nijsingh"]
    assert batch_buildings(names) == {"Johanna Westerdijk"}


def test_a_body_named_as_a_person_it_redacts_does_not_travel() -> None:
    """ "Stichting Hulskamp" beside "Anna Hulskamp": the foundation is her family's, and "Hulskamp" alone elsewhere in
    the batch is hers; a body of no one's name ("Herlaarhof") travels."""
    from woo_redact.batch_names import _marks_beside

    marks = [BUILDING_MARK + "Hulskamp", BUILDING_MARK + "Herlaarhof", None]
    assert _marks_beside(["Anna Hulskamp"], marks) == [BUILDING_MARK + "Herlaarhof"]
    assert _marks_beside(["Hulskamp, Anna"], marks) == [BUILDING_MARK + "Herlaarhof"]


def test_the_dead_are_kept_in_the_others_by_the_name_they_were_called(tmp_path: Path) -> None:
    """A nomination writes "Hendrika (Riek) Stuivenberg (1912-1944)"; the committee's minutes and a chat write "Riek
    Stuivenberg" with no dates: the resistance woman in every document; her living granddaughter of the surname stays
    redacted."""
    from clitools import batch_findings

    from woo_redact.detect.batch_homes import deceased_forms

    assert deceased_forms("Hendrika (Riek) Stuivenberg") == (
        "Hendrika (Riek) Stuivenberg",
        "Riek Stuivenberg",
        "Hendrika Stuivenberg",
    )
    assert batch_deceased([DECEASED_MARK + "Hendrika (Riek) Stuivenberg"]) >= {"Riek Stuivenberg"}
    nomination = [
        "Voordracht straatnaam, 14 maart 2025",
        "Graag draag ik Hendrika (Riek) Stuivenberg (1912-1944) voor, koerierster van de LO.",
        "Haar kleindochter, mevrouw Marjan Stuivenberg, stemt in.",
    ]
    minutes = [
        "Verslag straatnamencommissie, 20 mei 2025",
        "Mevrouw Kolkman licht de shortlist toe: Riek Stuivenberg en de andere namen.",
        "Marjan Stuivenberg heeft toestemming gegeven.",
    ]
    found = batch_findings(tmp_path / "streets", {"nomination": nomination, "minutes": minutes})
    redacted = {d: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for d, fs in found.items()}
    assert not any("Riek" in t for ts in redacted.values() for t in ts), redacted
    assert any("Marjan Stuivenberg" in t for t in redacted["minutes"]), redacted


def test_a_staff_members_number_from_a_list_is_redacted_in_the_letter_to_them(tmp_path: Path) -> None:
    """The leaked list gives each officer's P-nummer in its column; the letter to one of them quotes it in its
    reference ("Kenmerk: DJI-HD-2026-0412 / P 4471209"): redacted there too, and as a number alone, not as a name."""
    from clitools import run_cli
    from pdfgen import make_note

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    rows = [
        "P-nummer   Naam                 Functie",
        "4471209    Brinkman, J.A.       PIW",
        "4398811    Wiersma, S.   PIW",
    ]
    make_note(folder / "a.pdf", [("Courier", "Uittreksel personeelslijst"), *(("Courier", r) for r in rows)])
    letter = ["Kenmerk: DJI-HD-2026-0412 / P 4471209", "Geachte heer,", "Uw gegevens stonden op de lijst."]
    make_note(folder / "b.pdf", [("Helvetica", line) for line in letter])
    assert run_cli("run", folder, "--out", out, "--no-progress").code == 0
    found = json.loads((out / "work" / "b.findings.json").read_text())["findings"]
    redacted = {(f["text"], f["entity_type"]) for f in found if f["decision"]["action"] == "redact"}
    assert ("4471209", "PERSONAL_NUMBER") in redacted, found
    assert batch_literal_candidates("ref. 4471209; 14471209", [NUMBER_MARK + "4471209"])[0].start == 5
    assert len(batch_literal_candidates("ref. 4471209; 14471209", [NUMBER_MARK + "4471209"])) == 1
    [parcel] = batch_literal_candidates("koopovereenkomst Brakel K 1187 en K 11870", [PARCEL_MARK + "K 1187"])
    assert parcel.entity == "ADDRESS" and (parcel.start, parcel.end) == (24, 30)
    # not inside another reference, nor a parcel this text says an organisation owns
    assert not batch_literal_candidates("zaak Z/2024/4471209 en 4471209/2", [NUMBER_MARK + "4471209"])
    owned = "Het perceel Gameren C 1002 is eigendom van Staatsbosbeheer."
    assert not batch_literal_candidates(owned, [PARCEL_MARK + "C 1002"])
