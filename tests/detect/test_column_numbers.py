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


def _two_columns() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for k, (left, right) in enumerate(zip(LEFT, RIGHT)):
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
