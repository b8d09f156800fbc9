"""Pictures on pages with a text layer: their words are read (``--ocr auto``), redacted in their pixels, proven.

A born-digital note (reportlab text) carries two PNG pictures drawn with PIL in DejaVu Sans: one with a
private person's name and e-mail address (a screenshot of a signature block), one with only an
organisation's name (a logo). The name must be found, its pixels gone from the output, absent from
its text, the proof passed; the logo stays as it was.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from woo_redact import load_config
from woo_redact.detect import Detector
from woo_redact.errors import DocumentError
from woo_redact.model import Action
from woo_redact.parse import parse_pdf
from woo_redact.parse.ocr import OcrMode, OcrOptions
from woo_redact.parse.tesseract import OCR_FONT
from woo_redact.pipeline import ocr_options, run_document

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PERSON_LINES = ("Met vriendelijke groet,", "Marloes Kartosen", "senior adviseur", "m.kartosen@minbzk.nl")
PERSON_BOX = (72.0, 420.0, 322.0, 510.0)  # x0, y0, x1, y1: where the picture with the name is drawn
LOGO_BOX = (360.0, 740.0, 540.0, 780.0)  # the organisation's picture, in the letterhead


def _picture(lines: tuple[str, ...], size: tuple[int, int], pt: float = 14.0, dpi: int = 150) -> bytes:
    """A PNG of ``lines`` in DejaVu Sans at ``pt`` points (for a picture drawn at ``dpi``)."""
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(pt * dpi / 72))
    y = 8
    for line in lines:
        draw.text((10, y), line, fill=(20, 20, 20), font=font)
        y += round(pt * 1.4 * dpi / 72)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _note(with_person: bool = True) -> bytes:
    """A born-digital page of text with the logo picture and (``with_person``) the signature picture."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 700.0
    for text in (
        "Aan: de minister van Binnenlandse Zaken",
        "Onderwerp: voortgang van het programma in de provincie Friesland",
        "Het programma loopt in de gemeente Leeuwarden en wordt in 2025 verlengd.",
        "De kosten bedragen ongeveer twee miljoen euro per jaar.",
    ):
        c.drawString(72, y, text)
        y -= 22
    x0, y0, x1, y1 = LOGO_BOX
    logo = _picture(("Rijkswaterstaat",), (round((x1 - x0) * 150 / 72), round((y1 - y0) * 150 / 72)), pt=16)
    c.drawImage(ImageReader(io.BytesIO(logo)), x0, y0, x1 - x0, y1 - y0)
    if with_person:
        x0, y0, x1, y1 = PERSON_BOX
        shot = _picture(PERSON_LINES, (round((x1 - x0) * 150 / 72), round((y1 - y0) * 150 / 72)))
        c.drawImage(ImageReader(io.BytesIO(shot)), x0, y0, x1 - x0, y1 - y0)
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_config())


def _ocr_area(data: bytes, box: tuple[float, float, float, float]) -> str:
    """Tesseract's reading of ``box`` of the first page as rendered (every object, as a reader sees it)."""
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        w, h = page.get_width(), page.get_height()
        x0, y0, x1, y1 = box
        image = page.render(scale=300 / 72, crop=(x0, y0, w - x1, h - y1), grayscale=True).to_pil()
    finally:
        doc.close()
    buf = io.BytesIO()
    image.save(buf, "PNG")
    out = subprocess.run(["tesseract", "-", "-", "-l", "nld"], input=buf.getvalue(), capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _images(data: bytes) -> list[bytes]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sorted(x.read_bytes() for x in pdf.pages[0].Resources.XObject.values() if x.Subtype == "/Image")


def test_the_words_of_a_picture_on_a_text_page_are_read_once() -> None:
    data = _note()
    doc = parse_pdf(data, "note.pdf", OcrOptions(OcrMode.AUTO, dpi=300))
    page = doc.pages[0]
    assert not page.ocr, "a page with a text layer is no scan: only its pictures are read"
    assert page.pictures_read == 2
    read = {w.text for w in doc.words if w.fontname == OCR_FONT}
    assert {"Kartosen", "m.kartosen@minbzk.nl", "Rijkswaterstaat"} <= read
    name = next(w for w in doc.words if w.text == "Kartosen")
    x0, y0, x1, y1 = PERSON_BOX
    assert x0 <= name.box.x0 and name.box.x1 <= x1 and y0 <= name.box.y0 and name.box.y1 <= y1
    assert name.confidence > 80
    off = parse_pdf(data, "note.pdf", OcrOptions(OcrMode.AUTO, pictures=False))
    assert not any(w.fontname == OCR_FONT for w in off.words), "redaction.ocr_pictures: false reads none"


def test_a_name_in_a_picture_is_redacted_in_its_pixels_and_proven(detector: Detector) -> None:
    data = _note()
    config = load_config()
    done = run_document(data, "note.pdf", config, detector, parsed=parse_pdf(data, "note.pdf", ocr_options(config)))
    redacted = [f for f, d in zip(done.findings, done.decisions) if d.action is Action.REDACT]
    assert any("Kartosen" in f.text for f in redacted), [f.text for f in redacted]
    assert done.proof.passed, [c for c in done.proof.failures]
    assert any(p.images for p in done.pages), "the picture's pixels were painted, not the page rasterised"
    assert not any(p.rasterized for p in done.pages)
    # the output's pixels in the picture's area no longer spell the name or the address
    seen = _ocr_area(done.output, PERSON_BOX)
    assert "Kartosen" not in seen and "kartosen" not in seen.lower(), seen
    assert "Kartosen" in _ocr_area(data, PERSON_BOX), "(the original shows it)"
    text = subprocess.run(["pdftotext", "-", "-"], input=done.output, capture_output=True, check=True).stdout
    assert b"Kartosen" not in text and b"kartosen" not in text
    assert b"Leeuwarden" in text, "the page's own text stays"
    assert b"Rijkswaterstaat" not in text, "a picture's words get no text layer (the page had one already)"
    # the logo with only an organisation's name is untouched: the same samples, and it still reads
    logo = next(s for s in _images(data) if s in _images(done.output))
    assert logo
    assert "Rijkswaterstaat" in _ocr_area(done.output, LOGO_BOX)


def test_a_picture_with_only_public_text_stays_as_it_was(detector: Detector) -> None:
    data = _note(with_person=False)
    config = load_config()
    done = run_document(data, "note.pdf", config, detector)
    assert not done.redacted, [f.text for f in done.redacted]
    assert _images(done.output) == _images(data)
    assert done.proof.passed


def test_a_picture_tesseract_cannot_read_withholds_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail closed: a picture that may hold a name and cannot be read is not published unread."""
    import woo_redact.parse.tesseract as tesseract

    def broken(*_: object, **__: object) -> str:
        raise tesseract.OcrUnavailable("Tesseract failed on a page (simulated)")

    monkeypatch.setattr(tesseract, "_tesseract", broken)
    with pytest.raises(DocumentError, match="page 1: Tesseract failed"):
        parse_pdf(_note(), "note.pdf", OcrOptions(OcrMode.AUTO))
    # a page without pictures needs no Tesseract
    plain = io.BytesIO()
    c = canvas.Canvas(plain, pagesize=A4)
    c.drawString(72, 700, "Het programma loopt in de gemeente Leeuwarden.")
    c.save()
    assert parse_pdf(plain.getvalue(), "plain.pdf", OcrOptions(OcrMode.AUTO)).words


def test_a_picture_drawn_on_every_page_is_read_once() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    x0, y0, x1, y1 = LOGO_BOX
    logo = ImageReader(
        io.BytesIO(_picture(("Rijkswaterstaat",), (round((x1 - x0) * 150 / 72), round((y1 - y0) * 150 / 72)), 16))
    )
    for k in range(3):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, f"Pagina {k + 1} van het verslag.")
        c.drawImage(logo, x0, y0 - 40 * k, x1 - x0, y1 - y0)  # (each page a little lower)
        c.showPage()
    c.save()
    calls: list[int] = []
    import woo_redact.parse.tesseract as tesseract

    real = tesseract._tesseract

    def counted(*args: object, **kwargs: object) -> str:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    mp = pytest.MonkeyPatch()
    mp.setattr(tesseract, "_tesseract", counted)
    try:
        doc = parse_pdf(buf.getvalue(), "logo.pdf", OcrOptions(OcrMode.AUTO))
    finally:
        mp.undo()
    assert len(calls) == 1
    words = [w for w in doc.words if w.text == "Rijkswaterstaat"]
    assert [w.box.page for w in words] == [0, 1, 2]
    assert np.allclose([w.box.y0 for w in words], [words[0].box.y0 - 40 * k for k in range(3)], atol=0.01)


def test_a_name_read_in_a_picture_is_no_occurrence_removed_from_the_streams() -> None:
    """eval/real14's disgeo_internship_report: "Link" redacted 19 times in the text and twice in diagrams. The
    proof allowed the streams' count minus 21, though the diagrams' two were never in a stream: withheld."""
    from woo_redact.model import Box, Explanation, Finding, Ground
    from woo_redact.prove.text import secrets_of

    def finding(fid: str) -> Finding:
        why = (Explanation("batch_propagation", 1.0, "a name of the batch"),)
        return Finding(fid, 0, 4, "Link", "PERSON", Ground.PRIVATE_LIFE, 1.0, (Box(0, 0, 0, 10, 10),), why)

    found = [finding("text1"), finding("text2"), finding("picture")]
    assert secrets_of(found)[0].redacted == 3
    assert secrets_of(found, pixels=frozenset({"picture"}))[0].redacted == 2
