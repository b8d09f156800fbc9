"""Signatures on full-page scans: a letter printed with a pen signature and scanned (one page image, no text
layer) is read by OCR; the ink between the closing and the printed name is found in the pixels
(woo_redact.parse.ink) and judged like born-digital ink: redacted (5.1.2e, flagged for review) for a civil
servant, kept for a minister signing as minister.
"""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pypdfium2 as pdfium
import pytest
from scangen import printed, scan_pdf, scanned_note
from siggen import figure_page, scanned_letter

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.model import SIGNATURE, Action, Box
from woo_redact.parse import parse_pdf
from woo_redact.parse.ocr import OcrMode, OcrOptions
from woo_redact.pipeline import Processed, run_document

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
DPI = 150  # the pages are compared at this resolution
INK = 110  # darker than this is ink (the scan's paper is ~245, its ink ~20-40)


@pytest.fixture(scope="module")
def setup() -> tuple[object, Detector]:
    config = load_config()
    return config, Detector(config)


def _run(setup: tuple[object, Detector], data: bytes) -> Processed:
    config, detector = setup
    return run_document(data, "scan.pdf", config, detector)  # type: ignore[arg-type]


def _signatures(p: Processed) -> list[tuple[object, object]]:
    return [(f, d) for f, d in zip(p.findings, p.decisions) if f.entity_type == SIGNATURE]


def _images_only(data: bytes) -> np.ndarray:
    """The page rendered with only its images: the scan's pixels, without the black boxes drawn over them."""
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        for obj in list(page.get_objects(max_depth=1)):
            if obj.type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
                page.remove_obj(obj)
        page.gen_content()
        return np.asarray(page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L"), dtype=int)
    finally:
        doc.close()


def _area(img: np.ndarray, box: tuple[float, float, float, float], grow: float = 0.0) -> tuple[slice, slice]:
    s, h = DPI / 72, img.shape[0]
    x0, y0, x1, y1 = box
    return slice(int(h - (y1 + grow) * s), int(h - (y0 - grow) * s)), slice(int((x0 - grow) * s), int((x1 + grow) * s))


def _outside(img: np.ndarray, around: tuple[float, float, float, float], boxes: list[Box]) -> np.ndarray:
    """The pixels of ``around`` (grown by 6 pt: the skew moves it) that lie outside every one of ``boxes``."""
    rows, cols = _area(img, around, 6.0)
    mask = np.ones(img.shape, dtype=bool)
    for box in boxes:
        mask[_area(img, (box.x0, box.y0, box.x1, box.y1))] = False
    return img[rows, cols][mask[rows, cols]]


def _pdftotext(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.mark.parametrize(
    "closing,name,function,scan",
    [
        pytest.param("Met vriendelijke groet,", "Jan de Boer", "senior beleidsmedewerker", {}, id="300dpi"),
        pytest.param(
            "Hoogachtend,",
            "drs. P.J. Smit",
            "afdelingshoofd Woo",
            {"dpi": 200, "skew": -1.5, "noise": 12.0, "quality": 50, "seed": 8},
            id="200dpi-skewed-noisy-jpeg50",
        ),
    ],
)
def test_a_civil_servants_signature_on_a_scan_is_painted_out(
    setup: tuple[object, Detector], closing: str, name: str, function: str, scan: dict
) -> None:
    data, mark = scanned_letter(closing, name, function, **scan)
    p = _run(setup, data)
    assert p.document.pages[0].ocr, "the page is a scan: read by OCR"
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review and f.ground.value == "5.1.2e"
    reason = f.explanations[0].reason
    assert "ink on the scanned page" in reason and name in reason and "5.1.2e" in reason
    [box] = f.boxes
    before = _images_only(data)
    rows, cols = _area(before, mark)
    assert (before[rows, cols] < INK).sum() > 200, "the strokes are on the scan"
    printed_lines = [ln.box for ln in p.document.lines]  # the closing and the name above and below it
    assert (_outside(before, mark, [box, *printed_lines]) < INK).sum() == 0, (
        "the box holds every stroke of the signature"
    )
    after = _images_only(p.output)
    assert (after[_area(after, (box.x0 + 1, box.y0 + 1, box.x1 - 1, box.y1 - 1))] < 10).all(), "painted black"
    assert not p.pages[0].rasterized and p.pages[0].images == 1, "the scan's own pixels are painted"
    assert p.proof.passed, p.proof.failures
    text = _pdftotext(p.output)
    assert closing.rstrip(",") in text and function in text, "the page stays searchable"
    assert name.split()[-1] not in text, "the printed name is redacted from the text layer too"


def test_a_ministers_signature_on_a_scan_stays(setup: tuple[object, Detector]) -> None:
    data, mark = scanned_letter("De minister van Volksgezondheid, Welzijn en Sport,", "H.M. de Jonge", "")
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.KEEP and "public office holder" in f.explanations[0].reason
    assert "ink on the scanned page" in f.explanations[0].reason
    name = next(d for f, d in zip(p.findings, p.decisions) if f.text == "H.M. de Jonge")
    assert name.action is Action.KEEP
    before, after = _images_only(data), _images_only(p.output)
    rows, cols = _area(before, mark)
    ink_before, ink_after = (int((img[rows, cols] < INK).sum()) for img in (before, after))
    assert ink_before > 200 and abs(ink_after - ink_before) < 0.05 * ink_before, "the strokes are still there"
    assert p.proof.passed, p.proof.failures
    assert "H.M. de Jonge" in _pdftotext(p.output)


def test_print_logos_and_figures_on_scans_are_no_signatures(setup: tuple[object, Detector]) -> None:
    """Text alone leaves no ink outside the words; a scanned page with figures and a logo has marks, but no
    mark there sits under a closing or over a printed name."""
    _, detector = setup
    note = parse_pdf(scanned_note(dpi=300, logo=False), "note.pdf", OcrOptions(OcrMode.AUTO))
    assert note.pages[0].ocr and not note.pages[0].regions, "printed text leaves no unexplained ink"
    figures = parse_pdf(scan_pdf(printed(figure_page(), dpi=300)), "figures.pdf", OcrOptions(OcrMode.AUTO))
    assert {r.kind for r in figures.pages[0].regions} == {"scan"}, "the logo, figures and chart are marks"
    found = detector.detect(figures)
    assert any("Jan de Boer" in f.text for f in found), "the name in the caption is found"
    assert not [f for f in found if f.entity_type == SIGNATURE]


def test_a_paraph_on_a_scanned_paraph_table_is_painted_out(setup: tuple[object, Detector]) -> None:
    """Tesseract reads the scanned paraph as letters ("MAA") in the Paraaf column: the paraph-table detector
    redacts that cell's word, and its box takes every stroke with it."""
    from siggen import paraph_table

    table, mark = paraph_table()
    p = _run(setup, scan_pdf(printed(table, dpi=300)))
    redacted = [f for f, d in zip(p.findings, p.decisions) if d.action is Action.REDACT]
    assert any(f.entity_type == "PARAPH" for f in redacted)
    assert p.proof.passed, p.proof.failures
    before, after = _images_only(scan_pdf(printed(table, dpi=300))), _images_only(p.output)
    rows, cols = _area(before, mark)
    assert (before[rows, cols] < INK).sum() > 50, "the paraph is on the scan"
    left = after[rows, cols]
    assert ((left >= 10) & (left < INK)).sum() == 0, "every stroke pixel is painted black or was paper"


def test_a_signature_under_a_handtekening_header_on_a_scan_is_painted_out(setup: tuple[object, Detector]) -> None:
    """An attendance list's signature column: a mark too wide for a paraph, under "Handtekening", no closing
    above it and no printed name under it, is the row's signature all the same."""
    from siggen import paraph_table

    table, mark = paraph_table(head="Handtekening", mark=(140, 19))
    scan = scan_pdf(printed(table, dpi=200))
    p = _run(setup, scan)
    assert any(f.entity_type == SIGNATURE for f, _ in _signatures(p)), p.findings
    before, after = _images_only(scan), _images_only(p.output)
    rows, cols = _area(before, mark)
    assert (before[rows, cols] < INK).sum() > 50, "the signature is on the scan"
    left = after[rows, cols]
    assert ((left >= 10) & (left < INK)).sum() < 0.02 * left.size, "the strokes are painted out"


def test_a_signature_image_read_by_ocr_is_one_mark(setup: tuple[object, Detector]) -> None:
    """With --ocr always a born-digital page with a signature image is OCR'd too: the ink found in its pixels
    is the image already reported, not a second mark (one finding for the reviewer, not two)."""
    from siggen import signed_letter

    _, detector = setup
    data, _ = signed_letter("Met vriendelijke groet,", "Jan de Boer", "senior beleidsmedewerker", mark="image")
    doc = parse_pdf(data, "letter.pdf", OcrOptions(OcrMode.ALWAYS))
    assert doc.pages[0].ocr and [r.kind for r in doc.pages[0].regions] == ["image"]
    assert len([f for f in detector.detect(doc) if f.entity_type == SIGNATURE]) == 1
