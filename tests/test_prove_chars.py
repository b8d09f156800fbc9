"""The proof's character boxes: PDFium writes them straight into the array (extract._GET_CHAR_BOX);
they must be what PDFium's ordinary binding gives, character by character, whitespace rows NaN."""

from __future__ import annotations

import ctypes
import io
import math
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.prove.extract import Pdfium

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "notes"


def _rotated_note() -> bytes:
    """Text at several sizes and angles, spaces, a tab-like gap and an empty line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Mevrouw J. de Vries  (06-12345678)   belt   terug.")
    c.setFont("Times-Roman", 7)
    c.drawString(72, 740, "Kleine   letters, en dan\u00a0een harde spatie.")
    c.saveState()
    c.translate(300, 400)
    c.rotate(33)
    c.setFont("Courier", 14)
    c.drawString(0, 0, "Schuin: Anouk Bakker")
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def _reference(data: bytes, i: int) -> tuple[list[str], np.ndarray]:
    """The characters and boxes of page ``i`` through pypdfium2's ctypes binding, one call per character."""
    doc = pdfium.PdfDocument(data)
    page = doc[i]
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        text = tp.get_text_range() if n else ""
        if len(text) != n:
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp, k)) for k in range(n))
        text = text.replace("\ufffe", "-")
        box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        texts, rows = [], []
        for k, ch in enumerate(text):
            if ch.isspace() or ch == "\x00" or not pdfium_c.FPDFText_GetCharBox(tp, k, *map(ctypes.byref, box)):
                texts.append("")
                rows.append((math.nan,) * 4)
            else:
                texts.append(ch)
                rows.append((box[0].value, box[2].value, box[1].value, box[3].value))
        return texts, np.array(rows, dtype=float).reshape(-1, 4)
    finally:
        tp.close()
        page.close()
        doc.close()


def test_char_boxes_are_pdfiums_own() -> None:
    documents = [_rotated_note()] + [p.read_bytes() for p in sorted(SAMPLES.glob("*.pdf"))[:3]]
    checked = 0
    for data in documents:
        reader = Pdfium(data)
        try:
            for i in range(reader.n_pages):
                chars = reader.chars(i)
                texts, rects = _reference(data, i)
                assert chars.texts == texts
                assert chars.rects.shape == rects.shape
                assert np.array_equal(chars.rects, rects, equal_nan=True)
                checked += sum(1 for t in texts if t)
        finally:
            reader.close()
    assert checked > 1000  # real pages were compared, not only empty ones
