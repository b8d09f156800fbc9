"""OCR of the image pixels under the boxes: nothing readable may remain there.

On a page whose images were painted (or that was rasterised), the black box
drawn on top hides the image from a viewer, so rendering the page as published
proves nothing about the pixels underneath. This check therefore removes every
page object that is not an image (in memory, with PDFium), renders what is
left, cuts out each box and lets Tesseract read it. It fails when a word of
three or more letters or digits of a redacted finding is read there (label
codes such as ``5.1.2e`` are allowed), and names the finding, page and area.

All boxes of a page are read in one Tesseract call: the crops are stacked on
one image with white gaps, and each read word is traced back to its crop.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from woo_redact.model import Box, Check, Finding

from .text import norm

if TYPE_CHECKING:
    from PIL.Image import Image

DPI = 200
GAP_PX = 40
_TOKEN = re.compile(r"\w{3,}")


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(norm(text)))


def _crop(image: Image, box: Box, crop: Sequence[float], scale: float) -> Image | None:
    """The box's pixels (shrunk 1 pt, so the neighbours' edges stay out) of the unrotated render."""
    x0 = (box.x0 + 1 - crop[0]) * scale
    x1 = (box.x1 - 1 - crop[0]) * scale
    y0 = (crop[3] - box.y1 + 1) * scale
    y1 = (crop[3] - box.y0 - 1) * scale
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return image.crop((int(x0), int(y0), int(x1 + 0.999), int(y1 + 0.999)))


def _images_only(doc: pdfium.PdfDocument, index: int, scale: float) -> tuple[Image, list[float]]:
    page = doc[index]
    try:
        page.set_rotation(0)
        for obj in list(page.get_objects(max_depth=1)):
            if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
                page.remove_obj(obj)
        page.gen_content()
        crop = [float(v) for v in page.get_bbox()]
        image: Image = page.render(scale=scale, grayscale=True, draw_annots=False, may_draw_forms=False).to_pil()
    finally:
        page.close()
    return image.convert("L"), crop


def _read(crops: list[Image]) -> list[tuple[int, str]]:
    """(crop index, word) for every word Tesseract reads in the stacked crops."""
    from PIL import Image

    width = max(c.width for c in crops) + 2 * GAP_PX
    height = sum(c.height + GAP_PX for c in crops) + GAP_PX
    sheet = Image.new("L", (width, height), 255)
    spans = []
    y = GAP_PX
    for c in crops:
        sheet.paste(c, (GAP_PX, y))
        spans.append((y, y + c.height))
        y += c.height + GAP_PX
    with tempfile.TemporaryDirectory(prefix="woo-prove-ocr-") as tmp:
        path = os.path.join(tmp, "boxes.png")
        sheet.save(path)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        out = subprocess.run(
            ["tesseract", path, "stdout", "-l", "nld", "--psm", "11", "tsv"],
            capture_output=True,
            timeout=300,
            env=env,
            check=True,
        )
    words = []
    for line in io.StringIO(out.stdout.decode("utf-8", "replace")).read().splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        mid = int(cols[7]) + int(cols[9]) / 2
        for k, (a, b) in enumerate(spans):
            if a - GAP_PX / 2 <= mid <= b + GAP_PX / 2:
                words.append((k, cols[11]))
                break
    return words


def image_ocr_check(output: bytes, findings: Sequence[Finding], pages: Sequence[int]) -> Check:
    """Tesseract reads nothing of the redacted findings in the image pixels under their boxes."""
    name = "no_ocr_under_boxes"
    if not pages:
        return Check(name, True, "no page with painted or rasterised images")
    if shutil.which("tesseract") is None:
        return Check(name, False, "tesseract is not installed: the image pixels under the boxes cannot be checked")
    bad: list[str] = []
    n_boxes = 0
    doc = pdfium.PdfDocument(output)
    try:
        for i in sorted(set(pages)):
            targets = [(f, b) for f in findings for b in f.boxes if b.page == i]
            if not targets or i >= len(doc):
                continue
            scale = DPI / 72.0
            image, crop = _images_only(doc, i, scale)
            crops: list[Image] = []
            owners: list[tuple[Finding, Box]] = []
            for f, b in targets:
                c = _crop(image, b, crop, scale)
                if c is not None:
                    crops.append(c)
                    owners.append((f, b))
            n_boxes += len(crops)
            if not crops:
                continue
            for k, word in _read(crops):
                f, b = owners[k]
                hit = _tokens(word) & _tokens(f.text)
                if hit:
                    bad.append(f"{f.id} p. {i + 1} area {b.as_list()}: OCR reads a part of the redacted text")
    except (subprocess.SubprocessError, OSError) as exc:
        return Check(name, False, f"tesseract failed: {exc}")
    finally:
        doc.close()
    if bad:
        return Check(name, False, "; ".join(dict.fromkeys(bad)))
    return Check(name, True, f"OCR reads nothing redacted in {n_boxes} box(es) on {len(set(pages))} image page(s)")
