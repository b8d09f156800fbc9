"""A page whose /MediaBox is inherited from the page tree (Keynote and Quartz write it on /Pages only).

PDFium's FPDFPage_GetCropBox and GetMediaBox do not follow the inheritance, and pypdfium2 then falls
back to US Letter (612 x 792): a 960 x 540 slide's OCR words were mapped onto a letter page, so their
boxes lay off the page, the remover found nothing under them and rasterised the slide, and the proof
withheld a real presentation (eval/real8, kp_gdi_notificeren_macos.pdf)."""

from __future__ import annotations

import io

import pikepdf
from reportlab.pdfgen import canvas
from scangen import printed, scan_pdf

from woo_redact.parse import parse_pdf
from woo_redact.parse.ocr import OcrMode, OcrOptions

SLIDE = (960.0, 540.0)


def _slide_scan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=SLIDE)
    c.setFont("Helvetica", 28)
    c.drawString(80, 400, "Testpersoon Jan Jansen")
    c.drawString(80, 340, "BSN 123456782 mobiel 06 12345678")
    c.save()
    data = scan_pdf(printed(buf.getvalue(), dpi=150, skew=0.0, noise=2.0), size=SLIDE)
    with pikepdf.open(io.BytesIO(data)) as pdf:  # the page tree carries the box, the page none
        pdf.Root.Pages.MediaBox = pdf.pages[0].obj.MediaBox
        del pdf.pages[0].obj["/MediaBox"]
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def test_ocr_words_of_a_page_with_an_inherited_media_box_lie_on_the_page() -> None:
    doc = parse_pdf(_slide_scan(), "slide.pdf", OcrOptions(OcrMode.AUTO, "nld", 300))
    words = [w for w in doc.words if w.text in ("Jansen", "123456782")]
    assert len(words) == 2, [w.text for w in doc.words]
    for w in words:
        assert 0.0 <= w.box.x0 < w.box.x1 <= SLIDE[0] and 0.0 <= w.box.y0 < w.box.y1 <= SLIDE[1], w
