"""Failure kinds found on real scans with an OCR layer (eval/real-scans), each as a small reproduction.

The real PDFs are fetched, not committed (``make scans-report`` runs them); each test here builds the
same setup from a generated scan and fails on the code before its fix with the check the real
document failed.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import pikepdf
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from scangen import SCAN_LINES, scan_image, scanned_note

from woo_redact import load_config
from woo_redact.detect import Detector
from woo_redact.model import Box, Explanation, Finding, Ground
from woo_redact.parse import parse_pdf
from woo_redact.parse.ocr import stamp_only
from woo_redact.parse.words import PageChars, RawWord
from woo_redact.pipeline import ocr_options, run_document

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_config())


def _pdftotext(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_a_word_redacted_once_and_kept_elsewhere_on_an_ocrd_page(detector: Detector) -> None:
    """OCRmyPDF's multipage fixture, CourtListener's Canon scan: the same word redacted at one place
    and kept at another (a reviewer's choice, or a name the detector took for a person only once).

    The scan had no text, so every occurrence the new invisible layer holds is new text to the proof:
    it withheld the document ("2 occurrence(s) in pdfium text, at most 0 allowed"). The words the
    layer writes are the tool's own text, outside every box, and are counted as such.
    """
    lines = (*SCAN_LINES[:7], ("Helvetica", 11, "Het overleg in Leeuwarden was op 3 maart; Leeuwarden betaalt."))
    data = scanned_note(lines, logo=False)
    config = load_config()
    doc = parse_pdf(data, "scan.pdf", ocr_options(config))
    first = next(w for w in doc.words if w.text.startswith("Leeuwarden"))
    added = Finding(
        "R1", first.start, first.start + len("Leeuwarden"), "Leeuwarden", "PERSON", Ground.PRIVATE_LIFE, 1.0,
        (first.box,), (Explanation("review", 1.0, "a reviewer's addition"),),
    )  # fmt: skip
    done = run_document(data, "scan.pdf", config, detector, extra=[added], parsed=doc)
    assert done.proof.passed
    text = _pdftotext(done.output)
    assert text.count("Leeuwarden") == 1, "the kept occurrence stays searchable, the redacted one is gone"
    assert "betaalt" in text and "overleg" in text


def _stamped(data: bytes, stamp: str) -> bytes:
    """``data`` with a line of visible text over the top of its first page, as a court's filing system
    or a publication platform stamps each scanned page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    c.setFillColorRGB(0.1, 0.1, 0.6)
    c.drawString(40, A4[1] - 20, stamp)
    c.save()
    with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(buf) as lay:
        page = pdf.pages[0]
        page.Resources.Font = pdf.copy_foreign(lay.pages[0].Resources.Font)
        page.contents_add(pdf.make_stream(lay.pages[0].Contents.read_bytes()), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_a_scan_with_a_stamped_header_is_read_by_ocr(detector: Detector) -> None:
    """Free Law Project's RECAP scans (Canon, HP): the court's filing system stamps "Case ... Document
    ... Filed ... Page 1 of 1" over every scanned page. With that line the page had more text than a
    scan may have, so it was taken for a born-digital page, not read by OCR, and written with the
    counsel's name, phone number and e-mail address on it unredacted. A line or two of text over a
    page-filling image is a stamp, and the page is read by OCR."""
    stamp = "Zaak 2024/00123 Document 17 Ingediend 31-10-2024 Pagina 1 van 1 Rechtbank Den Haag"
    data = _stamped(scanned_note(logo=False), stamp)
    config = load_config()
    done = run_document(data, "stamped.pdf", config, detector)
    assert done.document.pages[0].ocr
    assert done.proof.passed
    redacted = {f.text for f in done.redacted}
    assert {"Sanne Visser", "06-12345678", "s.visser@minbzk.nl"} <= redacted
    text = _pdftotext(done.output)
    assert "Document 17" in text, "the stamp stays"
    assert "Leeuwarden" in text, "the scan's words are searchable"
    for secret in ("Visser", "06-12345678", "s.visser@minbzk.nl"):
        assert secret not in text, secret


def test_a_page_of_text_over_a_background_image_is_no_stamp() -> None:
    def word(x: float, y: float, text: str) -> RawWord:
        box = Box(0, x, y, x + 6 * len(text), y + 10)
        chars = tuple((x + 6 * k, y, x + 6 * k + 6, y + 10) for k in range(len(text)))
        return RawWord(text, box, chars, "Helvetica", 10.0, False, 842 - y, x, box.x1)

    page = Box(0, 0, 0, 595, 842)
    info = PageChars(595, 842, 0, 120, (page,), 0, 595)
    one_line = [word(40 + 60 * k, 820, "Document") for k in range(8)]
    assert stamp_only(one_line, info)
    paragraph = [word(72, 700 - 14 * k, "regel") for k in range(12)]
    assert not stamp_only(paragraph, info)


def _jpx_scan() -> bytes:
    """The scanned note with its page image stored as JPEG 2000 (JPXDecode), as some scanners and
    PDF/A converters write it."""
    # an odd width, as the x-ray fixture's 1723 pixels: PDFium's halved decode of such a tiled codestream
    # lands its tiles a pixel off
    img = Image.open(io.BytesIO(scan_image(dpi=200))).convert("RGB").resize((1723, 2419))
    draw = ImageDraw.Draw(img)  # the paper's edge and a punch hole's shadow, as a scanner catches them
    draw.rectangle((0, 0, 9, img.height), fill=(20, 20, 20))
    draw.rectangle((img.width - 14, 0, img.width - 1, img.height), fill=(35, 35, 35))
    draw.ellipse((40, 1100, 110, 1170), fill=(30, 30, 30))
    buf = io.BytesIO()
    img.save(
        buf, "JPEG2000", irreversible=True, tile_size=(256, 256), progression="RLCP", codeblock_size=(32, 32),
        quality_mode="rates", quality_layers=[80, 40, 20, 10, 5, 2],
    )  # fmt: skip
    pdf = pikepdf.new()
    w, h = 595.0, 842.0
    image = pdf.make_stream(
        buf.getvalue(), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=img.width, Height=img.height,
        ColorSpace=pikepdf.Name.DeviceRGB, BitsPerComponent=8, Filter=pikepdf.Name.JPXDecode,
    )  # fmt: skip
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, w, h],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
        Contents=pdf.make_stream(f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode()),
    )
    pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_jpeg2000_scan_painted_in_its_pixels_is_proven(detector: Detector) -> None:
    """Free Law Project's x-ray fixture (an e-mail printed, scanned to JPEG 2000, OCR'd): the painted
    image is written with Flate, and PDFium draws a JPEG 2000 image smaller than half its size from a
    lower resolution level of the codestream. At the proof's 72 dpi the original and the output then
    differed all over the page ("a mark appeared or vanished outside the boxes") and the document was
    withheld. Such a page is compared at a resolution where the scan is decoded whole, averaged down."""
    data = _jpx_scan()
    done = run_document(data, "jpx.pdf", load_config(), detector)
    assert done.proof.passed, [c.detail for c in done.proof.failures]
    assert "Sanne Visser" in {f.text for f in done.redacted}
    assert not any(p.rasterized for p in done.pages)


def test_a_label_reaching_into_an_overlapping_box_is_no_glyph() -> None:
    """Free Law Project's doctor fixture (a Canon scan of a signed court order): the judge's signature
    (an ink area) and the printed name under it overlap, and no stretch of the signature's box is wide
    enough for the label, so "5.1.2e" is centred in it and its two dots fall into the name's box. The
    proof read ".." inside that box, no ground code, and withheld the document. Characters inside a box
    pass when the words they belong to (in the engine's order) are labels; a glyph of the name read into
    the label's word is no label."""
    import numpy as np

    from woo_redact.prove.checks import glyph_check
    from woo_redact.prove.text import PageChars as ProofChars

    label = [("5", (372, 102, 388, 125)), (".", (392, 102, 396, 106)), ("1", (402, 102, 410, 126)),
             (".", (420, 102, 423, 106)), ("2", (427, 102, 443, 126)), ("e", (446, 102, 462, 120))]  # fmt: skip
    box = Box(0, 367, 94, 500, 110)
    finding = Finding("N1", 0, 0, "", "SIGNATURE", Ground.PRIVATE_LIFE, 1.0, (box,), (Explanation("r", 1.0, "r"),))

    def chars(extra: list[tuple[str, tuple[float, float, float, float]]]) -> ProofChars:
        rows = label + extra
        return ProofChars([t for t, _ in rows], np.array([r for _, r in rows], dtype=float))

    assert glyph_check("pdfium", 1, [(finding, box)], lambda _: chars([])).passed
    leak = chars([("J", (464, 100, 470, 108))])  # a glyph of the name, read as part of the label's word
    assert not glyph_check("pdfium", 1, [(finding, box)], lambda _: leak).passed


def test_a_rasterised_page_keeps_its_words_minus_the_redacted_ones(detector: Detector) -> None:
    """PyMuPDF's Brother scan (CCITT with /EncodedByteAlign, which pikepdf cannot decode) and its AFSPDF
    scan (JBIG2 without jbig2dec): a box on such an image leaves rasterising the page as the last
    resort, and the rasterised page had no text at all any more: not searchable, not readable aloud.
    It now gets the invisible layer of its words minus the redacted ones, as an OCR'd page does."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    for k, line in enumerate(
        ("Van: Sanne Visser", "Het programma loopt in de gemeente Leeuwarden.", "De provincie Friesland betaalt mee.")
    ):
        c.drawString(72, 700 - 20 * k, line)
    c.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        # a bilevel image under the first line that pikepdf cannot decode: the remover cannot paint it
        image = pdf.make_stream(
            b"\x00" * 64, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=64, Height=8,
            ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=1, Filter=pikepdf.Name.CCITTFaxDecode,
            DecodeParms=pikepdf.Dictionary(K=-1, Columns=64, Rows=8, EncodedByteAlign=True),
        )  # fmt: skip
        page = pdf.pages[0]
        page.Resources.XObject = pikepdf.Dictionary(Im0=image)
        page.contents_add(pdf.make_stream(b"q 200 0 0 20 60 695 cm /Im0 Do Q"), prepend=True)
        out = io.BytesIO()
        pdf.save(out)
    done = run_document(out.getvalue(), "raster.pdf", load_config(), detector)
    assert done.pages[0].rasterized, "the setup must force the last resort"
    assert done.proof.passed, [c.detail for c in done.proof.failures]
    text = _pdftotext(done.output)
    assert "Leeuwarden" in text and "Friesland" in text
    assert "Visser" not in text


def test_an_ocr_layer_in_a_scaled_one_point_font_keeps_its_words_whole(detector: Detector) -> None:
    """CourtListener's Canon scan OCR'd by Acrobat 10: the invisible layer is set in a 1-point font that
    its text matrix scales up, so PDFium reports size 1 and the letter gaps (0.8 pt) split every word:
    "tsmith@lewisthomason.com" became single letters, no address was found, and it was published in the
    text layer. The size a glyph is drawn at comes from its box when the reported one is far smaller."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Times-Roman", 1)
    text.setCharSpace(0.08)  # in the 1-point font's units: 0.8 pt between letters once scaled by 10
    for k, line in enumerate(("Contactpersoon: s.visser@minbzk.nl", "Het programma loopt in Leeuwarden.")):
        text.setTextTransform(10, 0, 0, 10, 72, 700 - 20 * k)
        text.textOut(line)
    c.drawText(text)
    c.save()
    done = run_document(buf.getvalue(), "layer.pdf", load_config(), detector)
    assert "s.visser@minbzk.nl" in {f.text for f in done.redacted}
    assert done.proof.passed
    assert "visser" not in _pdftotext(done.output)


def test_a_stamped_scan_under_ocr_never_is_withheld_as_unsearchable(detector: Detector) -> None:
    """With ``--ocr never`` a scan without text is withheld unless ``--allow-unsearchable-pages``; the
    RECAP scans with only the court's stamp as text passed that check and were written unread."""
    from woo_redact.errors import NeedsOcr

    data = _stamped(scanned_note(logo=False), "Zaak 2024/00123 Document 17 Ingediend 31-10-2024 Pagina 1 van 1")
    config = load_config()
    never = config.model_copy(update={"redaction": config.redaction.model_copy(update={"ocr": "never"})})
    with pytest.raises(NeedsOcr, match="stamp"):
        run_document(data, "stamped.pdf", never, detector)
    allowed = never.model_copy(
        update={"redaction": never.redaction.model_copy(update={"allow_unsearchable_pages": True})}
    )
    assert run_document(data, "stamped.pdf", allowed, detector).proof.passed
