"""Text drawn turned a quarter or half turn (a landscape table on a portrait page shown upright by /Rotate,
a vertical margin line) is read in its own reading order, word after word."""

from __future__ import annotations

import io

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.parse import parse_pdf

SENTENCE = "Indiener J.H. Verhoef woont aan de Hogeweg 14 in Zwammerdam"


def _turned(angle: int, page_rotate: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.saveState()
    c.translate(A4[0] / 2, A4[1] / 2)
    c.rotate(angle)  # counter-clockwise, as PDF turns
    c.setFont("Helvetica", 11)
    c.drawString(-200, 0, SENTENCE)
    c.restoreState()
    c.save()
    if not page_rotate:
        return buf.getvalue()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    pdf.pages[0].obj["/Rotate"] = page_rotate
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("angle", "page_rotate"), [(0, 0), (90, 0), (180, 0), (270, 0), (90, 270), (270, 90)])
def test_turned_text_reads_in_order(angle: int, page_rotate: int) -> None:
    doc = parse_pdf(_turned(angle, page_rotate), "turned.pdf")
    assert " ".join(doc.text.split()) == SENTENCE
