"""Independent checks for the glyph remover's tests: boxes, extraction, pixels."""

from __future__ import annotations

import io
import subprocess
import tempfile

import numpy as np
import pdfplumber
import pikepdf
import pypdfium2 as pdfium

from woo_redact.model import Box, PageRedaction, Redaction
from woo_redact.redact.remove import apply_redactions


def char_box(char: dict, page_index: int, height: float) -> Box:
    """A pdfplumber char as a Box in PDF default user space (for /Rotate 0).

    pdfplumber 0.11 already adds the MediaBox x origin to ``x0``/``x1``, and
    its ``top``/``bottom`` satisfy ``y = page.height - bottom`` whatever the
    MediaBox y origin (checked by the nonzero_mediabox case).
    """
    return Box(page_index, char["x0"], height - char["bottom"], char["x1"], height - char["top"])


def _pdfium_chars(data: bytes, page_index: int) -> list[dict]:
    """pypdfium2's loose char boxes in pdfplumber's dict shape (MediaBox at 0,0)."""
    doc = pdfium.PdfDocument(data)
    page = doc[page_index]
    height = page.get_height()
    textpage = page.get_textpage()
    chars = []
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        chars.append(
            {
                "text": textpage.get_text_range(i, 1),
                "x0": left,
                "x1": right,
                "top": height - top,
                "bottom": height - bottom,
            }
        )
    textpage.close()
    doc.close()
    return chars


def boxes_for(data: bytes, page_index: int, needle: str, source: str = "pdfplumber") -> list[Box]:
    """Boxes (one per line) over every occurrence of ``needle``; spaces are ignored.

    ``source="pdfium"`` takes the char boxes from pypdfium2 instead (pdfminer
    misplaces text shown with the ``"`` operator).
    """
    with pdfplumber.open(io.BytesIO(data)) as doc:
        page = doc.pages[page_index]
        height = float(page.height)
        chars = page.chars
    if source == "pdfium":
        chars = _pdfium_chars(data, page_index)
    chars = [c for c in chars if c["text"].strip()]
    text = "".join(c["text"] for c in chars)
    boxes: list[Box] = []
    start = text.find(needle)
    assert start >= 0, f"{needle!r} not in {text!r}"
    while start >= 0:
        lines: dict[int, Box] = {}
        for c in chars[start : start + len(needle)]:
            key = round(c["bottom"])
            box = char_box(c, page_index, height)
            lines[key] = lines[key].union(box) if key in lines else box
        boxes.extend(lines.values())
        start = text.find(needle, start + 1)
    return boxes


def redact(
    data: bytes, boxes: list[Box], label: str = "5.1.2e", dpi: int = 150
) -> tuple[bytes, tuple[PageRedaction, ...]]:
    """Run the remover on ``data`` and return the saved output and its report."""
    reds = [Redaction(b, label, f"f{i}") for i, b in enumerate(boxes)]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        report = apply_redactions(pdf, reds, original=data, dpi=dpi)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue(), report


def texts(data: bytes, page_index: int) -> dict[str, str]:
    """The page's text according to pdfplumber, pypdfium2 and pdftotext."""
    with pdfplumber.open(io.BytesIO(data)) as doc:
        plumber = doc.pages[page_index].extract_text() or ""
    doc2 = pdfium.PdfDocument(data)
    textpage = doc2[page_index].get_textpage()
    fium = textpage.get_text_range()
    textpage.close()
    doc2.close()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        n = str(page_index + 1)
        poppler = subprocess.run(
            ["pdftotext", "-f", n, "-l", n, tmp.name, "-"], capture_output=True, check=True, text=True
        ).stdout
    return {"pdfplumber": plumber, "pypdfium2": fium, "pdftotext": poppler}


def squash(text: str) -> str:
    """Text without whitespace, so that line and word breaks do not hide a match."""
    return "".join(text.split())


def render(data: bytes, page_index: int, scale: float = 2.0) -> np.ndarray:
    """The page rendered to a gray array."""
    doc = pdfium.PdfDocument(data)
    image = doc[page_index].render(scale=scale, draw_annots=False).to_pil().convert("L")
    doc.close()
    return np.asarray(image, dtype=np.int16)


def outside_mask(
    shape: tuple[int, ...], data: bytes, page_index: int, boxes: list[Box], scale: float, margin: int = 2
) -> np.ndarray:
    """True for pixels farther than ``margin`` from every box (page /Rotate 0)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        mx0, my0, mx1, my1 = (float(v) for v in pdf.pages[page_index].mediabox)
    mask = np.ones(shape, dtype=bool)
    for b in boxes:
        x0 = int((b.x0 - mx0) * scale) - margin
        x1 = int((b.x1 - mx0) * scale) + margin + 1
        y0 = int((my1 - b.y1) * scale) - margin
        y1 = int((my1 - b.y0) * scale) + margin + 1
        mask[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)] = False
    return mask


def changed_outside(
    before: bytes, after: bytes, page_index: int, boxes: list[Box], scale: float = 2.0, threshold: int = 40
) -> float:
    """Fraction of pixels outside the boxes that differ by more than ``threshold``."""
    a, b = render(before, page_index, scale), render(after, page_index, scale)
    assert a.shape == b.shape
    mask = outside_mask(a.shape, before, page_index, boxes, scale)
    diff = np.abs(a - b) > threshold
    return float(diff[mask].sum()) / float(mask.sum())


def inside_dark(after: bytes, page_index: int, box: Box, scale: float = 2.0) -> float:
    """Fraction of dark pixels inside ``box`` (1.0 = fully black)."""
    img = render(after, page_index, scale)
    mask = ~outside_mask(img.shape, after, page_index, [box], scale, margin=-2)
    return float((img[mask] < 128).sum()) / max(float(mask.sum()), 1.0)


def raw_hits(data: bytes, needles: list[str]) -> list[str]:
    """The needles found in any decoded stream or string of the file (Latin-1 or UTF-16BE)."""
    found = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        blobs = []
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    blobs.append(obj.read_bytes())
                except pikepdf.PdfError:
                    blobs.append(obj.read_raw_bytes())
            blobs.append(bytes(repr(obj), "utf-8", "replace") if not isinstance(obj, pikepdf.Stream) else b"")
    for needle in needles:
        for enc in (needle.encode("latin-1", "ignore"), needle.encode("utf-16-be")):
            if any(enc in blob for blob in blobs):
                found.add(needle)
    return sorted(found)
