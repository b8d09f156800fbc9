"""An addressee block beside a letter's reference column whose lines sit between the block's own lines
(a PDF, parsed: the two columns are read line by line in turn), and a table row whose contact cell holds a
private person's street, number and postcode."""

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


def _letter() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    left = [
        (776, "Waterschap Drents Overijsselse Delta"),
        (743, "Maatschap Oosterwijk-Dijkhuis"),
        (731, "t.a.v. de heer G. Oosterwijk"),
        (719, "Oude Rijksweg 48"),
        (706, "7722 RB Dalfsen"),
        (660, "Geachte heer Oosterwijk,"),
    ]
    right = [
        (778, "Datum"),
        (769, "17 maart 2025"),
        (750, "Ons kenmerk"),
        (741, "WDOD-2025-0211"),
        (722, "Uw aanvraag"),
        (713, "3 januari 2025"),
    ]
    for y, t in left:
        c.drawString(51, y, t)
    for y, t in right:
        c.drawString(357, y, t)
    c.save()
    return buf.getvalue()


def test_addressee_block_between_the_reference_column_lines() -> None:
    config = load_config(None, None)
    doc = parse_pdf(_letter(), "letter.pdf")
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    assert {"Oude Rijksweg 48", "7722 RB"} <= redacted, redacted
    assert not any("Dalfsen" in t or "WDOD" in t for t in redacted), redacted


def test_contact_cell_in_a_row_naming_a_person() -> None:
    text = (
        "Sprekerslijst commissie Ruimte\nNr\tNaam\tNamens\tContact\n"
        "2\tTsjerk Sieperda\teigen naam\tHogenkampsweg 41a, 8012 XK Zwolle\n"
    )
    check(text, ["Tsjerk Sieperda", "Hogenkampsweg 41a", "8012 XK"], ["Zwolle", "eigen naam"])
    # a street with no street's ending, its place on the cell's next line (AP's contact tracing list)
    text = "Contacten\n12-03-2025\nGerda Bakker-Visser\nMilan Visser\nRijndijk 211,\nHazerswoude-Dorp\n"
    check(text, ["Milan Visser", "Rijndijk 211"], ["Hazerswoude-Dorp"])


# blind set AI's letters (session 33): a family addressed through its members, a form's label cell left of the
# address, the street starting the line after "wonen aan de", a mobile number written "+31 (6)"
@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [
        (
            "Familie Tjeerdema\nt.a.v. Sjoukje en Wopke Tjeerdema-Hoekstra\nGroote Wielen 4\n9264 TR Earnewâld\n",
            ["Groote Wielen 4", "9264 TR"],
            ["Earnewâld"],
        ),
        (
            "Voorziening\tGastouderopvang Tante Joke\nOpvangadres (woonadres)\tHaagweg 210, 2324 NK Leiden\n"
            "Gastouderbureau\tGastouderbureau Leidse Regio B.V.\n",
            ["Haagweg 210", "2324 NK"],
            ["Leiden", "Gastouderbureau Leidse Regio B.V."],
        ),
        (
            "ontwerp-projectbesluit Windpark Goyerbrug (Provinciaal Inpassingsplan). Wij wonen aan de\n"
            "Goyerbrug 7, 3961 MA Wijk bij Duurstede, op 480 meter van de geplande turbine T3.",
            ["Goyerbrug 7", "3961 MA"],
            ["Windpark Goyerbrug", "Wijk bij Duurstede"],
        ),
        ("Bel mij gerust op +31 (6) 2204 7719 of mail.", ["+31 (6) 2204 7719"], []),
    ],
)
def test_letters_of_residents(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _wrapped_cells() -> bytes:
    """A hearing's table whose name cells wrap onto a second line under the row's other cells, and a
    measurement table whose address cells end with the resident's name in brackets on the cell's next line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    rows = [
        (760, [(50, "0412"), (150, "J.W. Hofstede,"), (300, "ja"), (400, "-")]),
        (749, [(150, "Veldkampsweg 12, Staphorst")]),
        (735, [(50, "0413"), (150, "familie"), (300, "nee"), (400, "-")]),
        (724, [(150, "Kötter-Schulte,")]),
        (713, [(150, "Zuiderstraat 2, 9468 AK Annen")]),
        (690, [(50, "MP3"), (150, "Kamperstraat 28,"), (300, "640 m"), (400, "48 dB")]),
        (679, [(150, "Stadskanaal (H. Hadzic)")]),
        (655, [(50, "Secretaris"), (150, "Gemeente Tynaarlo,"), (300, "ja"), (400, "-")]),
        (644, [(150, "Kerkstraat 2, Vries")]),
    ]
    for y, cells in rows:
        for x, t in cells:
            c.drawString(x, y, t)
    c.save()
    return buf.getvalue()


def test_a_name_and_its_address_wrapped_in_one_cell() -> None:
    config = load_config(None, None)
    doc = parse_pdf(_wrapped_cells(), "hoorzitting.pdf")
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    for want in ("J.W. Hofstede", "Veldkampsweg 12", "Kötter-Schulte", "Zuiderstraat 2, 9468 AK", "Kamperstraat 28"):
        assert want in redacted, (want, redacted)
    assert not any("Kerkstraat" in t or "Tynaarlo" in t or "Staphorst" in t for t in redacted), redacted


def test_a_royal_title_before_a_place_is_a_surname() -> None:
    """A royal's title ("Prins") comes before a given name, not before a farm's place ("PM-037 Prins Lhee")."""
    config = load_config(None, None)
    detector = Detector(config)
    for text, action in (("PM-037 Prins Lhee", Action.REDACT), ("Prins Claus opende de brug.", Action.KEEP)):
        findings = detector.detect(document_from_text(text, "bookmarks"), ("Jantina Prins",))
        acts = {f.text: d.action for f, d in zip(findings, decide(findings, config))}
        assert acts.get("Prins") is action, (text, acts)


def _address_column() -> bytes:
    """An overview of residents whose centred 'Adres' header stands over cells wrapped over two or three lines: a
    street's name alone over its number and postcode, a postcode under the street, under a 'Bewoner(s)' header."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, t in ((40, "Dossier"), (110, "Bewoner(s)"), (238, "Adres"), (330, "Stand")):
        c.drawString(x, 700, t)
    rows = [
        (670, 110, "de heer Yohannes"), (660, 110, "Tekle"), (675, 204, "Paterswoldseweg"),
        (665, 204, "603, 9728 BL"), (655, 204, "Groningen"), (665, 40, "SH-0412"),
        (630, 110, "Loonbedrijf G."), (620, 110, "Hendriksen"), (630, 204, "Molenweg 3"),
        (620, 204, "3781 PL"), (610, 204, "Voorthuizen"), (625, 40, "SH-0413"),
    ]  # fmt: skip
    for y, x, t in rows:
        c.drawString(x, y, t)
    c.save()
    return buf.getvalue()


def test_a_wrapped_address_cell_in_a_residents_column() -> None:
    config = load_config(None, None)
    doc = parse_pdf(_address_column(), "overzicht.pdf")
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    for want in ("Paterswoldseweg", "603, 9728 BL", "Molenweg 3", "3781 PL"):
        assert want in redacted, (want, redacted)
    assert not any("Groningen" in t or "Voorthuizen" in t or "SH-04" in t for t in redacted), redacted


def _owners() -> bytes:
    """A land-owners' list: a farmers' maatschap, Staatsbosbeheer and a municipality, with their addresses and
    cadastral parcels (the place on the cell's first line, section and number under it)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for x, t in ((40, "Nr."), (70, "Eigenaar / gerechtigde"), (220, "Adres eigenaar"), (360, "Kadastrale percelen")):
        c.drawString(x, 700, t)
    rows = [
        (680, [(40, "1"), (70, "Maatschap"), (220, "Hoofdweg 210"), (360, "Midwolda")]),
        (670, [(70, "Oosterhuis-Kamminga"), (220, "9681 AJ Midwolda"), (360, "H 1184, H 1185")]),
        (650, [(40, "2"), (70, "Staatsbosbeheer"), (220, "Postbus 1300, 3970 BH"), (360, "Driebergen H 902")]),
        (630, [(40, "3"), (70, "Gemeente Oldambt"), (220, "Postbus 175, 9670 AD"), (360, "Winschoten K 88")]),
    ]
    for y, cells in rows:
        for x, t in cells:
            c.drawString(x, y, t)
    c.save()
    return buf.getvalue()


def test_parcels_of_private_owners_only() -> None:
    config = load_config(None, None)
    doc = parse_pdf(_owners(), "grondeigenaren.pdf")
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    for want in ("H 1184", "H 1185", "Hoofdweg 210"):
        assert want in redacted, (want, redacted)
    assert not any("902" in t or "K 88" in t for t in redacted), redacted


def test_an_iban_wrapped_beside_the_rows_next_cell() -> None:
    """'NL47 RABO 0399' with the next cell's 'toekennen' on its line (the parse reads them as one line), '1782 65'
    under it in the IBAN's cell."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, y, t in ((60, 700, "Bedrag"), (120, 700, "IBAN"), (197, 700, "Advies"), (60, 680, "€ 1.200")):
        c.drawString(x, y, t)
    for x, y, t in ((120, 680, "NL47 RABO 0399"), (197, 680, "toekennen"), (120, 670, "1782 65")):
        c.drawString(x, y, t)
    c.save()
    config = load_config(None, None)
    findings = Detector(config).detect(parse_pdf(buf.getvalue(), "fonds.pdf"))
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    assert {"NL47 RABO 0399", "1782 65"} <= redacted, redacted
