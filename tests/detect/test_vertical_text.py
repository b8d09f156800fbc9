"""A registration stamp set vertically in the margin: its words come out of the parse as a stack of
one-word lines; the user name and the name in it are found all the same (built-in `vertical_text`)."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse import parse_pdf


def _stamped(stamp: str, angle: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Verslag van het bestuurlijk overleg over de opvang in de regio.")
    c.drawString(72, 744, "De gemeente en de provincie spraken over de planning voor 2026.")
    c.saveState()
    c.setFont("Helvetica", 8)
    if angle == 90:
        c.translate(30, 120)
    else:
        c.translate(565, 700)
    c.rotate(angle)
    c.drawString(0, 0, stamp)
    c.restoreState()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("angle", [90, 270])
def test_user_name_and_name_in_a_vertical_stamp(angle: int) -> None:
    config = load_config(None, None)
    doc = parse_pdf(_stamped("Dossier Henk Brouwer - ingeboekt door pdejong op 03-03-2025", angle), "stamp.pdf")
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    assert "pdejong" in redacted, redacted
    assert {"Henk", "Brouwer"} <= {w for t in redacted for w in t.split()}, redacted
    kept = " ".join(redacted)
    assert "ingeboekt" not in kept and "Dossier" not in kept and "opvang" not in kept
