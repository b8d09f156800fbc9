"""How a line's words are read.

A letter the producer drew from a fallback font, out of the text's order (reportlab and Chromium draw
"ễ" of "Nguyễn" with another font than "Nguy" and "n"): the page shows one word, and the parser reads one
("Nguyễn,", not "Nguy ễ n,"), so the name is found, redacted and proven gone. Words in another font that a
space parts stay apart.

A justified line stretches its spaces wider than a table's cell gap: words as far from each other as the
line's other stretched spaces are one line ("Jan Willem Eshuis;"), a wider gap (a tab) still parts a label
from its value, and a row of numbers whose cells stand as far apart stays cells."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.parse import parse_pdf
from woo_redact.pipeline import ocr_options, run_document
from woo_redact.prove import extract_texts

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pytestmark = pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans (fonts-dejavu-core) is not installed")


def _fallback_pdf() -> bytes:
    """'Contact: mevrouw Nguyễn, beleidsmedewerker.' with 'ễ' drawn last, in DejaVu Sans, in its gap; then
    'Nota' in bold and 'Zwolle' in DejaVu after a space."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    x, y, size = 72.0, 760.0, 11.0
    head = "Contact: mevrouw Nguy"
    c.setFont("Helvetica", size)
    c.drawString(x, y, head)
    gap_at = x + pdfmetrics.stringWidth(head, "Helvetica", size)
    width = pdfmetrics.stringWidth("ễ", "DejaVuSans", size)
    c.drawString(gap_at + width, y, "n, beleidsmedewerker, belt de directie Openbaar Bestuur.")
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y - 20, "Nota")
    c.setFont("DejaVuSans", size)
    c.drawString(x + pdfmetrics.stringWidth("Nota ", "Helvetica-Bold", size), y - 20, "Zwolle")
    c.drawString(gap_at, y, "ễ")  # the fallback glyph comes last in the content stream
    c.save()
    return buf.getvalue()


def test_fallback_glyph_joins_its_word() -> None:
    doc = parse_pdf(_fallback_pdf(), "fallback.pdf", ocr_options(load_config()))
    lines = [doc.text[ln.start : ln.end] for ln in doc.lines]
    assert any("mevrouw Nguyễn, beleidsmedewerker" in ln for ln in lines), lines
    assert "Nota Zwolle" in lines, lines  # a space between two fonts still parts the words


def test_fallback_glyph_name_is_redacted_and_proven() -> None:
    config = load_config()
    result = run_document(_fallback_pdf(), "fallback.pdf", config, Detector(config))
    assert result.proof.passed
    for engine, text in extract_texts(result.output).items():
        flat = " ".join(text.split())
        assert "Nguy" not in flat, engine
        assert "directie Openbaar Bestuur" in flat, engine


def _justified_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    size = 10.0

    def words(x: float, y: float, items: list[str], stretched: float = 20.0) -> None:
        for w in items:
            c.drawString(x, y, w)
            x += pdfmetrics.stringWidth(w, "Helvetica", size) + stretched

    c.setFont("Helvetica", size)
    words(54, 700, ["Optionele", "deelnemers:"])
    words(240, 700, ["Jan", "Willem", "Eshuis;", "Omgevingsdienst", "IJsselland"])
    words(54, 680, ["2021", "2022", "2023", "2024"], 30.0)
    words(54, 660, ["minister", "Wiersma"], 3.0)  # a table's row: its columns far apart, as wide as each other
    words(150, 660, ["Kostic", "Olatunbosun,", "B."], 70.0)
    c.save()
    return buf.getvalue()


def test_justified_line_is_one_line() -> None:
    doc = parse_pdf(_justified_pdf(), "justified.pdf", ocr_options(load_config()))
    lines = [doc.text[ln.start : ln.end] for ln in doc.lines]
    assert "Optionele deelnemers:" in lines, lines
    assert "Jan Willem Eshuis; Omgevingsdienst IJsselland" in lines, lines
    assert "2021" in lines and "2024" in lines, lines  # a row of numbers stays its cells
    assert "Kostic" in lines and "Olatunbosun," in lines, lines  # no justified line stretches its spaces so wide
