"""Whole-pipeline cases where the parser and the remover must agree on geometry.

Each case builds a small PDF, runs :func:`woo_redact.pipeline.run_document`
(which proves its own output) and checks the outcome independently.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.errors import NeedsOcr
from woo_redact.pipeline import run_document
from woo_redact.prove import extract_texts

NAME = "Sanne Visser"
LINE = f"Mevrouw {NAME} stuurt de nota door naar de directie Openbaar Bestuur."


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    config = load_config()
    return config, Detector(config)


def _note(text_lines: list[str], *, invisible: bool = False, image: Image.Image | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if image is not None:
        c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    t = c.beginText(72, 760)
    t.setFont("Helvetica", 11)
    if invisible:
        t.setTextRenderMode(3)
    for line in text_lines:
        t.textLine(line)
    c.drawText(t)
    c.save()
    return buf.getvalue()


def _edit(data: bytes, fn) -> bytes:  # type: ignore[no-untyped-def]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fn(pdf)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _assert_redacted(result, keep: str = "directie Openbaar Bestuur") -> None:  # type: ignore[no-untyped-def]
    texts = extract_texts(result.output)
    for engine_name, text in texts.items():
        assert NAME not in " ".join(text.split()), f"{NAME} found by {engine_name}"
        assert "Visser" not in text, engine_name
    assert keep in " ".join(texts["pdfium"].split())
    assert result.proof.passed


def test_nonzero_mediabox(engine: tuple) -> None:
    def shift(pdf: pikepdf.Pdf) -> None:
        page = pdf.pages[0]
        page.mediabox = pikepdf.Array([100, 200, 100 + A4[0], 200 + A4[1]])
        page.contents_add(pdf.make_stream(b"1 0 0 1 100 200 cm\n"), prepend=True)

    data = _edit(_note([LINE]), shift)
    config, detector = engine
    result = run_document(data, "shifted.pdf", config, detector)
    _assert_redacted(result)
    assert result.pages and not any(p.rasterized for p in result.pages), "geometry mismatch forced a raster"


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_page(engine: tuple, rotate: int) -> None:
    def turn(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj["/Rotate"] = rotate

    data = _edit(_note([LINE]), turn)
    config, detector = engine
    result = run_document(data, f"rot{rotate}.pdf", config, detector)
    _assert_redacted(result)
    assert not any(p.rasterized for p in result.pages), "geometry mismatch forced a raster"


def _scan(text: str) -> Image.Image:
    """A 'scanned' page: an image with some dark marks (a stand-in for printed text)."""
    img = Image.new("RGB", (620, 877), "white")
    arr = np.array(img)
    arr[60:70, 70:400] = 30  # a dark bar where a line of text would be
    return Image.fromarray(arr)


def test_scanned_page_without_text_layer_is_withheld_without_ocr(engine: tuple, tmp_path: Path) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(_scan("")), 0, 0, width=A4[0], height=A4[1])
    c.save()
    config, detector = engine
    config = config.model_copy(update={"redaction": config.redaction.model_copy(update={"ocr": "never"})})
    with pytest.raises(NeedsOcr, match="OCR"):
        run_document(buf.getvalue(), "scan.pdf", config, detector)
    allowed = config.model_copy(
        update={"redaction": config.redaction.model_copy(update={"allow_unsearchable_pages": True})}
    )
    result = run_document(buf.getvalue(), "scan.pdf", allowed, detector)
    assert result.proof.passed


def test_image_with_ocr_text_layer_is_painted(engine: tuple) -> None:
    data = _note([LINE], invisible=True, image=_scan(LINE))
    config, detector = engine
    result = run_document(data, "ocr.pdf", config, detector)
    assert not any(p.rasterized for p in result.pages), "an image under a box is painted, not rasterised"
    assert result.pages[0].images == 1
    for engine_name, text in extract_texts(result.output).items():
        assert "Visser" not in text, engine_name
    # The box is burnt into the pixels where the name was.
    f = next(f for f in result.findings if "Visser" in f.text)
    box = f.boxes[0]
    page = pdfium.PdfDocument(result.output)[0]
    scale = 100 / 72
    img = page.render(scale=scale).to_numpy()
    h = img.shape[0]
    y0, y1 = int(h - box.y1 * scale) + 2, int(h - box.y0 * scale) - 2
    x0, x1 = int(box.x0 * scale) + 2, int(box.x1 * scale) - 2
    assert img[y0:y1, x0:x1].mean() < 100


def test_tagged_libreoffice_pdf_structure_is_clean(engine: tuple) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "notes" / "lo01_bzk_versterking_woo.pdf"
    config, detector = engine
    result = run_document(sample.read_bytes(), sample.name, config, detector)
    secrets = {f.text for f, d in zip(result.findings, result.decisions) if d.action.value == "redact"}
    with pikepdf.open(io.BytesIO(result.output)) as pdf:
        assert "/StructTreeRoot" in pdf.Root, "the tagged structure is kept for accessibility"
        found = []
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/Alt", "/ActualText", "/E", "/T"):
                    if key in obj:
                        value = str(obj[key])
                        found += [s for s in secrets if len(s) > 3 and s in value]
        assert not found
        assert "/Author" not in pdf.docinfo
