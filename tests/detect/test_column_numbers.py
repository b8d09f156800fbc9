"""Two text columns side by side: the parse reads them row by row, so a phone number broken at the end of a
left column's line comes out with the right column's line between its pieces; the built-in `column_line`
reads the line under it in its own column and finds the number all the same."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse import parse_pdf

LEFT = [
    "Rijkswaterstaat Noord-Nederland is trekker;",
    "contactpersoon daar is Gerbrand Zijlstra (06",
    "1122 3395). Namens de Marrekrite sprak een",
    "medewerker over de planning van de werken.",
]
RIGHT = [
    "Communicatie en pers",
    "Hiemstra-Bos, T.",
    "Persbericht na besluit via de afdeling.",
    "Vragen van inwoners over de werken.",
]


def _two_columns(left_lines: list[str] = LEFT, right_lines: list[str] = RIGHT) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for k, (left, right) in enumerate(zip(left_lines, right_lines)):
        c.drawString(60, 760 - 14 * k, left)
        c.drawString(330, 760 - 14 * k - 3, right)
    c.save()
    return buf.getvalue()


def test_a_number_broken_in_a_text_column() -> None:
    config = load_config(None, None)
    doc = parse_pdf(_two_columns(), "columns.pdf")
    assert "3395" in doc.text and "(06 1122 3395)" not in doc.text  # the pieces are apart in the text
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    assert {"06", "1122 3395"} <= redacted or {"(06", "1122 3395)"} <= redacted, redacted
    assert not any("Rijkswaterstaat" in t or "Communicatie" in t for t in redacted), redacted


def test_a_name_broken_in_a_text_column_is_sought_whole() -> None:
    """ "Marco van" / "Beek van Woonstede; Van Beek": the name broken over the column's line end is sought as a
    whole name elsewhere, its surname with the particle too."""
    config = load_config(None, None)
    left = [
        "De verhuurder dreigde met ontruiming. Brouwer",
        "nam contact op met Marco van",
        "Beek van Woonstede; Van Beek",
        "zegde toe de ontruiming op te schorten.",
    ]
    right = [
        "Het plan omvat (1) schuldhulp,",
        "(2) overleg met Woonstede en",
        "(3) inzet van een gezinscoach.",
        "Wethouder Leon Meijer is op de hoogte.",
    ]
    doc = parse_pdf(_two_columns(left, right), "columns.pdf")
    findings = Detector(config).detect(doc)
    redacted = [f for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
    at = doc.text.index("Van Beek")
    assert any(f.start <= at and f.end >= at + len("Van Beek") for f in redacted), [f.text for f in redacted]


def test_dates_under_each_other_in_a_column_are_no_number() -> None:
    """An inventory's Datum column: "12-06-2023" over "19-06-2023" read on in its column is no phone number."""
    config = load_config(None, None)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    rows = [("Nr", "Datum", "Document")] + [
        (str(k), date, doc)
        for k, (date, doc) in enumerate(
            [("12-06-2023", "E-mail RWS aan DGMo over omleidingsroute"), ("19-06-2023", "Verslag overleg"),
             ("03-07-2023", "Nota aan de minister")],
            start=1,
        )
    ]  # fmt: skip
    for k, (nr, date, doc) in enumerate(rows):
        c.drawString(60, 760 - 14 * k, nr)
        c.drawString(90, 760 - 14 * k, date)
        c.drawString(200, 760 - 14 * k, doc)
    c.save()
    doc = parse_pdf(buf.getvalue(), "inventory.pdf")
    findings = Detector(config).detect(doc)
    assert not [f.text for f in findings if f.entity_type == "PHONE_NUMBER"]
