"""A list read a row at a time whose rows hold a name each (an attendance list, scanned and read by OCR): a
given name ending one row is no name broken over the line end when the row under it opens with a name of its
own, so the public title of one row ("heemraad Ozkan") does not reach the next row's civil servant."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse import parse_pdf


def _attendance_list(rows: list[tuple[str, str]]) -> bytes:
    """Two columns, the right cell of each row set a little lower (as a slightly skewed scan reads)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Presentielijst keukentafelgesprek")
    y = 750.0
    for left, right in rows:
        c.drawString(60, y, left)
        c.drawString(300, y - 4, right)
        y -= 16
    c.save()
    return buf.getvalue()


def _decisions(pdf: bytes) -> dict[str, Action]:
    config = load_config(None, None)
    doc = parse_pdf(pdf, "lijst.pdf")
    findings = Detector(config).detect(doc)
    return {f.text: d.action for f, d in zip(findings, decide(findings, config))}


def test_a_title_row_does_not_reach_the_next_rows_name() -> None:
    pdf = _attendance_list(
        [("Henk Wiegerinck", "eigenaar"), ("heemraad Ozkan", "waterschap"), ("Kees Mulder", "waterschap")]
    )
    got = _decisions(pdf)
    assert got.get("Kees Mulder") is Action.REDACT, got
    assert got.get("Henk Wiegerinck") is Action.REDACT, got
    assert got.get("Ozkan") is not Action.REDACT, got


def test_a_name_broken_over_the_row_end_is_still_read_whole() -> None:
    pdf = _attendance_list([("melding van kapitein Sven", "KNRM"), ("Jorritsma over de boot", "Harlingen")])
    got = _decisions(pdf)
    assert any("Jorritsma" in t and a is Action.REDACT for t, a in got.items()), got
