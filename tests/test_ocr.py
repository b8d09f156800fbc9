"""Scanned pages: OCR words in user space, and scanned notes through the CLI."""

from __future__ import annotations

import functools
import io
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from clitools import run_cli
from scangen import LOGO_BOX, PUBLIC_WORDS, SECRETS, scanned_note

from woo_redact.errors import ExitCode
from woo_redact.model import Box
from woo_redact.parse import parse_pdf
from woo_redact.parse.ocr import OcrMode, OcrOptions

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")


def _turned(data: bytes, rotate: int) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.pages[0].Rotate = rotate
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: scanned_note(logo=False), id="upright"),
        pytest.param(lambda: scanned_note(rotate=90, logo=False), id="stored-sideways-with-rotate"),
        pytest.param(lambda: _turned(scanned_note(logo=False), 180), id="upside-down"),
    ],
)
def test_ocr_words_read_in_order_and_land_where_the_ink_is(make) -> None:  # noqa: ANN001
    data = make()
    doc = parse_pdf(data, "scan.pdf", OcrOptions(OcrMode.AUTO, dpi=200))
    assert doc.pages[0].ocr and doc.pages[0].ocr_confidence > 80
    lines = doc.text.splitlines()
    assert "Van: Sanne Visser" in lines
    assert "E-mail: s.visser@minbzk.nl" in lines, "the address is one word again"
    assert {f.label for f in doc.fields} >= {"van", "telefoon", "e-mail"}
    # the same scan in every orientation puts "Visser" on the same ink: compare with the upright page
    ref = _upright_box("Sanne")
    box = next(w for w in doc.words if w.text == "Sanne").box
    page = doc.pages[0]
    if page.rotation == 90:  # stored turned a quarter counter-clockwise: (x, y) -> (width - y, x)
        ref_centre = (page.width - (ref.y0 + ref.y1) / 2, (ref.x0 + ref.x1) / 2)
    else:  # upright, or turned by /Rotate only (the content and its user space are the upright page's)
        ref_centre = ((ref.x0 + ref.x1) / 2, (ref.y0 + ref.y1) / 2)
    centre = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
    assert abs(centre[0] - ref_centre[0]) < 4 and abs(centre[1] - ref_centre[1]) < 4, (centre, ref_centre)


@functools.cache
def _upright_box(text: str) -> Box:
    doc = parse_pdf(scanned_note(logo=False), "scan.pdf", OcrOptions(OcrMode.AUTO, dpi=200))
    return next(w for w in doc.words if w.text == text).box


def test_ocr_never_leaves_the_page_unread() -> None:
    doc = parse_pdf(scanned_note(logo=False), "scan.pdf", OcrOptions(OcrMode.NEVER))
    assert not doc.words and doc.pages[0].needs_ocr


def test_born_digital_pages_are_not_ocrd(tmp_path: Path) -> None:
    from pdfgen import make_note

    data = make_note(tmp_path / "n.pdf").read_bytes()
    doc = parse_pdf(data, "n.pdf", OcrOptions(OcrMode.AUTO))
    assert not doc.pages[0].ocr


def _render(path: Path, dpi: int) -> np.ndarray:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return doc[0].render(scale=dpi / 72, draw_annots=False).to_numpy().copy()
    finally:
        doc.close()


def _texts(path: Path) -> dict[str, str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        plumber = "\n".join(p.extract_text() or "" for p in pdf.pages)
    poppler = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return {"pdfplumber": plumber, "pdftotext": poppler}


def test_scanned_note_is_redacted_without_allow_unsearchable(tmp_path: Path, config_file: Path) -> None:
    src = tmp_path / "in" / "scan.pdf"
    src.parent.mkdir()
    src.write_bytes(scanned_note())
    out = tmp_path / "out"
    r = run_cli("run", src, "--out", out, "--config", config_file, "--workers", "1")
    assert r.code == ExitCode.OK, r.stderr
    result = out / "publish" / "scan.pdf"
    texts = _texts(result)
    for engine, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, (engine, secret)
    report = json.loads((out / "work" / "scan.findings.json").read_text())
    assert report["rasterized_pages"] == [], "the scan's pixels are painted, the page is not rasterised"
    assert report["proof"]["passed"]
    # the logo (an image of its own, outside every box) keeps every sample
    with pikepdf.open(src) as a, pikepdf.open(result) as b:
        logos_a = [x.read_bytes() for x in a.pages[0].Resources.XObject.values() if int(x.Width) == 100]
        logos_b = [x.read_bytes() for x in b.pages[0].Resources.XObject.values() if int(x.Width) == 100]
    assert logos_a and logos_a == logos_b
    # ... and renders the same
    x0, y0, x1, y1 = (round(v * 150 / 72) for v in LOGO_BOX)
    ra, rb = (_render(p, 150) for p in (src, result))
    h = ra.shape[0]
    assert np.array_equal(ra[h - y1 : h - y0, x0:x1], rb[h - y1 : h - y0, x0:x1])
    # the output grows little: the scan is re-encoded with its own JPEG tables
    assert result.stat().st_size < 1.5 * src.stat().st_size
    # searchable: the invisible OCR layer holds the public words (minus the redacted ones)
    for word in PUBLIC_WORDS:
        assert word in texts["pdftotext"], word
    assert "5.1.2e" in texts["pdftotext"]
    # and OCR of the published page reads no name, phone or address
    assert report["proof"]["checks"][-1]["name"] == "no_ocr_under_boxes"
    page_ocr = _ocr(_render(result, 200))
    assert "Leeuwarden" in page_ocr
    for secret in SECRETS:
        assert secret not in page_ocr, secret
    # pixels outside the boxes: the JPEG re-encoded with its own tables stays within 4 levels at 72 dpi
    a, b = _render(src, 72).astype(int), _render(result, 72).astype(int)
    mask = np.ones(a.shape[:2], dtype=bool)
    h = a.shape[0]
    for f in report["findings"]:
        if f["decision"]["action"] == "redact":
            for bx in f["boxes"]:
                x0, y0, x1, y1 = bx["bbox"]
                mask[max(int(h - y1) - 2, 0) : int(h - y0) + 3, max(int(x0) - 2, 0) : int(x1) + 3] = False
    assert np.abs(a - b).max(axis=2)[mask].max() <= 4


def _ocr(image: np.ndarray) -> str:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(image[:, :, :3]).save(buf, "PNG")
    out = subprocess.run(["tesseract", "-", "-", "-l", "nld"], input=buf.getvalue(), capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_proof_reads_the_pixels_under_the_boxes() -> None:
    """The proof's OCR check fails on an image that still holds the name under its box."""
    from woo_redact.model import Explanation, Finding, Ground
    from woo_redact.prove.ocr import image_ocr_check

    data = scanned_note(logo=False)
    doc = parse_pdf(data, "scan.pdf", OcrOptions(OcrMode.AUTO, dpi=200))
    word = next(w for w in doc.words if w.text == "Visser")
    finding = Finding(
        "F1", word.start, word.end, "Visser", "PERSON", Ground.PRIVATE_LIFE, 0.9, (word.box,),
        (Explanation("test", 0.9, "test"),),
    )  # fmt: skip
    check = image_ocr_check(data, [finding], [0])
    assert not check.passed and "F1 p. 1" in check.detail and "Visser" not in check.detail


def test_missing_tesseract_is_a_clear_error(tmp_path: Path, config_file: Path) -> None:
    src = tmp_path / "scan.pdf"
    src.write_bytes(scanned_note(logo=False))
    args = ("run", src, "--out", tmp_path / "o", "--config", config_file)
    proc = run_cli(*args, "--ocr", "always", path="/nonexistent")
    assert proc.code == ExitCode.MISSING_DEPENDENCY, proc.stderr
    assert "tesseract" in proc.stderr and "--ocr never" in proc.stderr
    # auto (the default): OCR may be needed, so the missing program stops the run at start-up too
    proc = run_cli(*args, path="/nonexistent")
    assert proc.code == ExitCode.MISSING_DEPENDENCY, proc.stderr
    assert "tesseract-ocr" in proc.stderr and "report" not in proc.stderr
    assert not (tmp_path / "o" / "publish").exists()


assert PUBLIC_WORDS


def test_an_unsure_address_part_is_kept_and_joined() -> None:
    """Tesseract's rows for "E-mail: s.visser@minbzk.nl" on a noisy 300 dpi scan: the part from the "@" on
    was read at 26 % (the tall "@" glyph), below the cut for specks. Dropped, it left "s.visser" alone in the
    text, no address was found, and the proof withheld the document (the surname in the new text layer)."""
    from woo_redact.parse.tesseract import _read_tsv

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t2\t4\t1\t1\t294\t765\t134\t34\t93.3\tE-mail:",
        "5\t1\t2\t4\t1\t2\t448\t764\t152\t34\t84.2\ts.visser",
        "5\t1\t2\t4\t1\t3\t626\t756\t212\t56\t25.7\t@minbzk.nl",
        "5\t1\t2\t4\t1\t4\t900\t770\t20\t20\t12.0\t~",
    ]
    words = _read_tsv("\n".join([head, *rows]))
    assert [w.text for w in words] == ["E-mail:", "s.visser@minbzk.nl"], "the speck stays out"


def test_an_unsure_word_in_the_shape_of_one_is_kept() -> None:
    """Blind set AE's scanned Gmail print: "Tuinstra" after "Arjen" was read at 26 %, dropped as a speck, and
    stood in the disclosure version's image; a word of letters in a word's shape is kept however unsure, specks
    and odd letters are not."""
    from woo_redact.parse.tesseract import _read_tsv

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t4\t2\t2\t6\t958\t665\t96\t28\t96.3\tArjen",
        "5\t1\t4\t2\t2\t7\t1076\t664\t153\t23\t25.7\tTuinstra",
        "5\t1\t4\t2\t2\t8\t1251\t665\t93\t22\t95.7\theeft",
        "5\t1\t4\t2\t2\t9\t1400\t665\t20\t22\t22.0\tii",
        "5\t1\t4\t2\t2\t10\t1450\t665\t20\t22\t21.0\tEe.",
        "5\t1\t4\t2\t2\t11\t1500\t665\t20\t22\t5.0\tgebeld",
    ]
    words = _read_tsv("\n".join([head, *rows]))
    assert [w.text for w in words] == ["Arjen", "Tuinstra", "heeft"]


@pytest.mark.parametrize(("dpi", "rotate", "expected"), [(200, 0, 200), (220, 90, 220), (600, 0, 300), (100, 0, 150)])
def test_a_scan_is_read_at_its_own_resolution(dpi: int, rotate: int, expected: int) -> None:
    """The resolution a scan read poorly at the configured 300 dpi is read at again: its own 200 or 220 dpi, not
    interpolated (Tesseract misread a form's cells so enlarged); a finer scan has none, a coarse one no less
    than 150."""
    import pypdfium2 as pdfium
    from scangen import scanned_note

    from woo_redact.parse.ocr import _reading_dpi

    doc = pdfium.PdfDocument(scanned_note(dpi=dpi, skew=0.0, logo=False, rotate=rotate))
    try:
        assert abs(_reading_dpi(doc[0], 300) - expected) <= 1
    finally:
        doc.close()


def test_the_cells_of_a_ruled_table_on_a_scan_are_read() -> None:
    """Tesseract reads a table boxed by rules poorly (it left every cell out); the page is read again with
    the rules painted out."""
    from scangen import ATTENDANCE, ruled_attendance_list

    doc = parse_pdf(ruled_attendance_list(), "presentielijst.pdf", OcrOptions(OcrMode.AUTO, dpi=300))
    text = " ".join(doc.text.split())
    for name, _, _ in ATTENDANCE[1:]:
        assert name.split()[-1] in text, (name, text)


@pytest.mark.parametrize("failing", ["no_text_leak[pdfium]", "no_stream_leak", "boxes_black"])
def test_a_layer_the_proof_reads_a_name_in_is_left_out(failing: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: an engine joins two words of the new OCR layer into a redacted string ("s." "w." read
    as "s.w."). A failure of only the text checks gives a second write without the layer (the scan stays
    redacted, is no longer searchable, and says so); any other failure still withholds the document."""
    from woo_redact import pipeline
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.errors import ProofFailed
    from woo_redact.model import Check, Proof

    real = pipeline.prove
    layers: list[str] = []

    def joining(*args: object, **kw: object) -> Proof:
        proof = real(*args, **kw)  # type: ignore[arg-type]
        layers.append(str(kw["added_text"]))
        if len(layers) == 1:
            return Proof((*proof.checks, Check(failing, False, "a redacted string in the text")))
        return proof

    monkeypatch.setattr(pipeline, "prove", joining)
    config = load_config(None, None)
    data = scanned_note()
    if failing == "boxes_black":
        with pytest.raises(ProofFailed):
            pipeline.run_document(data, "scan.pdf", config, Detector(config))
        assert len(layers) == 1
        return
    p = pipeline.run_document(data, "scan.pdf", config, Detector(config))
    assert p.proof.passed and p.unsearchable == (0,)
    assert any(w in layers[0] for w in PUBLIC_WORDS) and not any(w in layers[1] for w in PUBLIC_WORDS)
    text = subprocess.run(["pdftotext", "-", "-"], input=p.output, capture_output=True, check=True).stdout.decode()
    assert not any(w in text for w in PUBLIC_WORDS) and "5.1.2e" in text  # the labels are the remover's text
    for secret in SECRETS:
        assert secret not in text


def test_a_table_row_read_as_several_lines_stays_one_row() -> None:
    """Blind set AX's scanned members' list: Tesseract read a row's cells as separate lines, the address cell's
    top 9 points above the name's (a tall "A" and a comma's tail). Grouped by top, "Assendorperstraat 120,
    Zwolle" stood a row before "1042 Bram Visscher" and no person was beside it; lines beside each other share
    the row, a line below stays below, and the two columns of a row stay apart where they overlap."""
    from woo_redact.parse.layout import segments_of_page
    from woo_redact.parse.tesseract import PixelMapping, _read_tsv, raw_words

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t3\t1\t1\t1\t600\t2922\t240\t66\t91.0\tAssendorperstraat",
        "5\t1\t3\t1\t1\t2\t857\t2950\t80\t45\t91.0\t120,",
        "5\t1\t3\t1\t1\t3\t952\t2958\t110\t38\t91.0\tZwolle",
        "5\t1\t5\t1\t1\t1\t100\t2960\t70\t36\t95.0\t1042",
        "5\t1\t5\t1\t1\t2\t200\t2960\t80\t36\t95.0\tBram",
        "5\t1\t5\t1\t1\t3\t290\t2958\t120\t38\t95.0\tVisscher",
        "5\t1\t6\t1\t1\t1\t100\t3030\t70\t36\t95.0\t1043",
        "5\t1\t6\t1\t1\t2\t200\t3030\t90\t36\t95.0\tHatice",
    ]
    words = _read_tsv("\n".join([head, *rows]))
    scale = 300 / 72
    mapping = PixelMapping((0.0, 0.0, 595.0, 842.0), 0, scale, round(595 * scale), round(842 * scale))
    raw = raw_words(words, 0, mapping, 0.0)
    segs = segments_of_page(raw, 0, 0.0, 595.0)
    texts = [" ".join(w.text for w in s.words) for s in segs]
    tops = [round(s.words[0].top, 1) for s in segs]
    assert texts == ["1042 Bram Visscher", "Assendorperstraat 120, Zwolle", "1043 Hatice"]
    assert tops[0] == tops[1] < tops[2], "the address shares the name's row, the next member is below"
