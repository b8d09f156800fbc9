"""Session 61's rules, one table each: a team's staff codes of initials ("CC-JdK"), a personnel number after a
person's phone in a staff list, an eenmanszaak's seat and its owner's firm name, the address in brackets after a
person's one-man firm over a line end, a one-letter initial in a line list's Initialen column, a chat's pet form of
a first name ("Gerbs"), poisonings, pneumonias and inhaled medication of one person, and a batch person's
initials enumerated beside another person's name."""

from __future__ import annotations

import io

import pytest
from detecttools import check
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse import parse_pdf
from woo_redact.parse.text import document_from_text

# (text, redacted, kept)
TEAM_CODES = [
    # a call log's "afgehandeld door" codes: a team's prefix and the employee's initials, one with a particle
    (
        "08:41 Jan Brouwers belt over hoest, CC-SM\n08:52 Anna van Gils vraagt of douchen veilig is, CC-JdK\n"
        "09:30 mw. Jansen, dochter is zwanger, CC-RvL\n10:02 dhr. Oomen, doorverbonden, CC-HB\n",
        ["CC-[SM]", "CC-[JdK]", "CC-[RvL]", "CC-[HB]"],
        [],
    ),
    # country and language pairs: no particle, no person
    ("Vertalingen NL-EN, NL-DE en NL-FR; ook NL-EN voor de bijlage en EU-VS voor het verdrag.", [], ["NL-EN", "NL-DE"]),
    # a Kamerstuk's kind is an abbreviation the lists know, no one's initials
    ("Kamerstukken in het dossier: TK-MvT (2019), TK-NvV (2020), TK-NvW (2020) en TK-MvA (2021).", [], ["TK-MvT"]),
    # two codes only: no scheme shown
    ("Zie de notities van CC-JdK en CC-SM bij de melding.", [], ["CC-JdK"]),
]

STAFF_NUMBERS = [
    # a staff list's row: role, name, phone, then the personnel number
    (
        "Coördinator: R.J. Baalbergen, 06-1188 3390, MW-0041\nPlv. coördinator: Tjeerd Hoekstra, 06 2904 8815, MW-0077",
        ["MW-0041", "MW-0077", "06-1188 3390"],
        ["Coördinator"],
    ),
    # a route roster's driver's pass number between the name and the phone
    (
        "Route Chauffeur Pasnr Telefoon Voertuig\nAP-09 Henk-Willem Scholten 40233 06-22871460 TBV-11 Ford Transit\n",
        ["40233", "Henk-Willem Scholten", "06-22871460"],
        ["AP-09", "TBV-11", "Ford Transit"],
    ),
    # a date is no phone: the case number after it stays, and so does an amount before a date
    ("Betrokkene: J. Pietersen, 14-02-2026, BZ-20417", ["J. Pietersen"], ["BZ-20417"]),
    ("Henk-Willem Scholten 12500 01-03-2026", ["Henk-Willem Scholten"], ["12500"]),
    # a switchboard's number and a case number after it stay
    ("Beveiliging: Securitas meldkamer, 088 733 20 00, zaak Z-2024-0017", [], ["Z-2024-0017", "Securitas"]),
]

SOLE_TRADERS = [
    # an eenmanszaak's seat is its owner's address, its KvK number with a hyphen and a space before "nummer" too
    (
        "Budgetwijs Coaching, eenmanszaak, ingeschreven onder KvK- nummer 81234567, gevestigd Hanzeweg 7, 7418 AW "
        "Deventer, vertegenwoordigd door de heer R. ter Braake.",
        ["81234567", "Hanzeweg 7", "7418 AW", "R. ter Braake"],
        ["Budgetwijs Coaching"],
    ),
    # a company's seat stays
    (
        "Woonbedrijf IJsselstad B.V., ingeschreven onder KvK-nummer 08123456, gevestigd Hanzeweg 9, 7418 AW Deventer.",
        [],
        ["Hanzeweg 9", "08123456"],
    ),
    # the firm's address in brackets after its owner's name, the firm's name broken over the line end
    (
        "Cliënte heeft zelf een coach buiten de gemeente ingehuurd, de heer Ruud ter Braake van Budgetwijs\n"
        "Coaching (Hanzeweg 7, 7418 AW Deventer). Cliënte heeft hem contant betaald.",
        ["Hanzeweg 7", "7418 AW", "Ruud ter Braake"],
        ["Budgetwijs"],
    ),
    # an invoice's letterhead: the firm named after the owner the next line names and calls an eenmanszaak
    (
        "Bouma Schoonmaak - factuur 2026-118\nWietse Bouma | eenmanszaak | KvK 70123456\nBedrag: EUR 1.200",
        ["[Bouma] Schoonmaak", "Wietse Bouma", "70123456"],
        ["Schoonmaak - factuur"],
    ),
    # another firm's seat in a sentence that names an eenmanszaak stays that firm's
    (
        "Jeroen de Bruin, eigenaar van de eenmanszaak De Bruin Advies, en Bouwbedrijf Koster B.V., gevestigd aan "
        "Industrieweg 5 te Meppel, dienden een offerte in.",
        ["Jeroen de Bruin"],
        ["Industrieweg 5"],
    ),
    # a firm of the same kind that says nothing of one man stays
    ("Bouma Schoonmaak - factuur 2026-118\nContact: Wietse Bouma\nBedrag: EUR 1.200", ["Wietse Bouma"], ["Schoonmaak"]),
]

CHATS = [
    # a pet form of a participant's first name, its start and an "s"
    (
        "[07:10] Gerben Kuipers: klopt, varen nu naar de Zuiderhaven\n"
        "[07:12] Marit Zijlstra: Gerbs, kun je foto's maken van de tank?\n[07:13] Gerben Kuipers: doe ik\n",
        ["Gerbs", "Gerben Kuipers"],
        ["Zuiderhaven"],
    ),
    # a word of the language that begins like a name stays ("Mars" of Marit)
    (
        "[07:10] Marit Zijlstra: de Mars staat klaar\n[07:12] Gerben Kuipers: ok\n[07:13] Marit Zijlstra: top\n",
        ["Marit Zijlstra"],
        ["Mars"],
    ),
]

HEALTH = [
    (
        "Matroos M. Wróbel is met verschijnselen van dampvergiftiging naar het ziekenhuis gebracht en heeft "
        "zuurstoftherapie gekregen.",
        ["dampvergiftiging", "zuurstoftherapie", "M. Wróbel"],
        ["Matroos"],
    ),
    (
        "Haar zoon Mees heeft ernstig astma en gebruikt dagelijks Flixotide en een vernevelaar.",
        ["Flixotide", "astma"],
        ["dagelijks"],
    ),
    ("Mijn vader Yusuf Çelik is overleden aan de gevolgen van legionellapneumonie.", ["legionellapneumonie"], []),
    # a machine that binds asbestos dust, a soil's contamination, pills for stamping passes: no one's health
    (
        "De heer Bakker zette een vernevelaar in om het stof te binden; volgens hem is er sprake van "
        "bodemvergiftiging op het schoolterrein.",
        [],
        ["vernevelaar", "bodemvergiftiging"],
    ),
    ("Nadia, slik je die pillen nog wel?", ["die pillen"], []),
    # a policy sentence about no one stays
    (
        "De GGD registreert elk jaar meer gevallen van legionellapneumonie en koolmonoxidevergiftiging in de regio.",
        [],
        ["legionellapneumonie", "koolmonoxidevergiftiging"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), TEAM_CODES)
def test_team_staff_codes(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), STAFF_NUMBERS)
def test_personnel_number_after_phone(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), SOLE_TRADERS)
def test_sole_traders(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CHATS)
def test_chat_pet_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), HEALTH)
def test_health_terms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _decisions(text: str, batch: list[str]) -> dict[str, Action]:
    config = load_config(None, None)
    findings = Detector(config).detect(document_from_text(text, "memo"), batch)
    return {f.text: d.action for f, d in zip(findings, decide(findings, config))}


@pytest.mark.parametrize(
    ("text", "code", "redacted"),
    [
        # a batch person's initials enumerated beside another person's initials and name
        ("Gesprek gevoerd op 29 september met L. van 't Hek, AMK en ondergetekende.\n", "AMK", True),
        ("Gesprek gevoerd met J. de Vries, AMK, en mevrouw Bos.\n", "AMK", True),
        # an acronym of the lists in the same place stays; so do letters enumerated with a unit ("KCC" of Karin C.
        # Claassen is the Klantcontactcentrum here)
        ("Gesprek gevoerd met L. van 't Hek, OCW en de directeur.\n", "OCW", False),
        ("Overleg met J. de Vries, KCC en de afdeling Burgerzaken over de melding.\n", "KCC", False),
    ],
)
def test_batch_initials_enumerated_with_a_person(text: str, code: str, redacted: bool) -> None:
    got = _decisions(text, ["A.M. Kuijpers", "Olga C. Weerman", "Karin C. Claassen"])
    assert (got.get(code) is Action.REDACT) is redacted, got


def _line_list() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Lijnlijst legionellose cluster (versie 7)")
    for x, head in ((60, "nr"), (140, "initialen"), (220, "lft"), (260, "woonplaats")):
        c.drawString(x, 750, head)
    rows = [("LP-26-001", "A.B.", "50", "Tilburg"), ("LP-26-004", "C.", "63", "Tilburg")]
    rows += [("LP-26-008", "E.K.", "72", "Goirle"), ("LP-26-009", "R.", "61", "Tilburg")]
    for k, row in enumerate(rows):
        for x, cell in zip((60, 140, 220, 260), row):
            c.drawString(x, 730 - 18 * k, cell)
    c.save()
    return buf.getvalue()


def test_one_initial_in_a_line_lists_initials_column() -> None:
    config = load_config(None, None)
    doc = parse_pdf(_line_list(), "lijnlijst.pdf")
    findings = Detector(config).detect(doc)
    got = {f.text: d.action for f, d in zip(findings, decide(findings, config))}
    for code in ("A.B.", "C.", "E.K.", "R."):
        assert got.get(code) is Action.REDACT, got
    assert not any("Tilburg" in t and a is Action.REDACT for t, a in got.items()), got


def test_batch_initials_signing_a_memo_on_its_last_line() -> None:
    memo = "Memo\nVan: team Juridische Zaken\n\nDe beschikking is bijgevoegd. Graag hoor ik of Ingrid akkoord is.\n\nHS"
    assert _decisions(memo, ["Hennie Smeenge"]).get("HS") is Action.REDACT
    # the same letters in the memo's last sentence are no signature
    memo = "Memo\nVan: team Juridische Zaken\n\nDe aansluiting op de HS loopt via het station.\n"
    assert _decisions(memo, ["Hennie Smeenge"]).get("HS") is not Action.REDACT
