"""OCR words for pages without a usable text layer (scans), in PDF default user space.

A page qualifies (mode ``auto``) when it shows an image and has no text, or
images cover most of it and it has little text; mode ``always`` OCRs every page that shows an image, mode ``never``
none. The page is rendered by PDFium (so the image's placement matrix, masks
and the page's /Rotate are applied exactly as a reader shows them), read by
Tesseract (``tesseract-ocr`` with the Dutch model ``tesseract-ocr-nld``), and
every word box is mapped from pixels back to user space (:mod:`.tesseract`: one
reading and its mapping). The result is the same
:class:`~woo_redact.parse.words.RawWord` the text-layer parser produces, so
layout and detection work unchanged.

A scan coarser than the configured dpi is read at its own resolution too, and a
page with table rules again with the rules painted out (:func:`.ink.without_rules`);
a second reading is kept when it reads clearly more words with confidence
(:func:`ocr_page`). The readings are never mixed: Tesseract's lines are those of one.

Orientation: when the first read finds few confident words, Tesseract's
orientation detection (``--psm 0``, the ``osd`` model that ships with
``tesseract-ocr``) is asked, and the page is read again turned upright. Skew
of a few degrees is handled by Tesseract's own deskewing (the word boxes are
padded: :mod:`.tesseract`).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from ..model import Region
from .ink import MarkPx, ink_marks, scan_marks, unread_text, without_rules
from .tesseract import PixelMapping, TsvWord, image_file, osd_rotation, raw_words, read, read_block
from .words import PageChars, RawWord, in_frame

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = [
    "MIN_COVERAGE",
    "OcrMode",
    "OcrOptions",
    "OcrPage",
    "frame_of",
    "image_coverage",
    "merge_words",
    "ocr_page",
    "stamp_only",
    "wants_ocr",
]

MIN_COVERAGE = 0.5  # auto: images must cover this fraction of the page ...
MAX_TEXT_CHARS = 40  # ... and the page hold fewer text-layer characters than this ...
MAX_STAMP_CHARS = 400  # ... or only a stamp: fewer characters than this ...
MAX_STAMP_LINES = 3  # ... on at most this many lines (a court's, archive's or platform's header on a scan)
RETRY_CONFIDENCE = 75.0  # below this mean confidence the orientation is checked
OWN_RESOLUTION_CONFIDENCE = 90.0  # below this, the reading of a coarser scan at its own resolution may win ...
MORE_WORDS = 1.25  # ... and at any confidence when it reads this many times the words ...
SURE_WORD = 80.0  # ... counting the words read with at least this confidence (two readings compared)
MORE_SURE = 3  # ... and this many more: a second reading (also one without a table's rules) wins


class OcrMode(enum.StrEnum):
    """Which pages are read by OCR (``--ocr``, ``redaction.ocr``)."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True)
class OcrOptions:
    """How pages are read by OCR: which pages, in which language, at which resolution; ``pictures``: in
    mode ``auto``, the pictures on pages with a text layer too (:mod:`.pictures`)."""

    mode: OcrMode = OcrMode.AUTO
    language: str = "nld"
    dpi: int = 300
    pictures: bool = True


@dataclass(frozen=True)
class OcrPage:
    """The OCR result of one page."""

    words: tuple[RawWord, ...]
    confidence: float  # mean word confidence, 0-100
    orientation: int  # degrees the rendered page was turned before reading
    angle: float  # the reading direction in user space (see words.in_frame)
    marks: tuple[Region, ...] = ()  # ink outside the words: handwriting, signatures (see .ink)


def image_coverage(info: PageChars) -> float:
    """The fraction of the page covered by images (their union, measured on a grid)."""
    if not info.image_boxes or info.width <= 0 or info.height <= 0:
        return 0.0
    n = 40
    hit = 0
    for i in range(n):
        for j in range(n):
            # page box corners are not known here: boxes are in user space from the mediabox origin,
            # which is (0, 0) for nearly every PDF; the grid spans the box of all images and the page
            x = (i + 0.5) / n * info.width
            y = (j + 0.5) / n * info.height
            if any(b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for b in info.image_boxes):
                hit += 1
    return hit / (n * n)


def wants_ocr(info: PageChars, mode: OcrMode, words: Sequence[RawWord] = ()) -> bool:
    """Whether a page should be read by OCR under ``mode`` (``words``: the page's text-layer words)."""
    if mode is OcrMode.NEVER or not info.image_boxes:
        return False
    if mode is OcrMode.ALWAYS or info.n_chars == 0:  # no text at all: the images are all there is to read
        return True
    if image_coverage(info) < MIN_COVERAGE:
        return False
    return info.n_chars < MAX_TEXT_CHARS or stamp_only(words, info)


def stamp_only(words: Sequence[RawWord], info: PageChars) -> bool:
    """The page's text is only a stamp over the scan: a line or two, not the page's content.

    Courts, archives and publication platforms stamp a header on each scanned page ("Case 2:15-cv-05642
    Document 465 Filed 08/01/19 Page 1 of 1", a document number): the page then has text, more than
    :data:`MAX_TEXT_CHARS`, but the names and numbers on it are pixels only. Lines are counted across
    the words' direction (most words are wider than tall: horizontal; a stamp along the margin runs up
    the page).
    """
    if not words or info.n_chars >= MAX_STAMP_CHARS:
        return False
    across = sum(w.box.x1 - w.box.x0 >= w.box.y1 - w.box.y0 for w in words) * 2 >= len(words)
    spans = [(w.box.y0, w.box.y1) if across else (w.box.x0, w.box.x1) for w in words]
    return _bands(spans) <= MAX_STAMP_LINES


def _bands(spans: Sequence[tuple[float, float]]) -> int:
    """How many separate bands the spans (intervals along one axis) form when overlapping ones are joined."""
    bands = 0
    end = float("-inf")
    for lo, hi in sorted(spans):
        if lo > end:
            bands += 1
        end = max(end, hi)
    return bands


def ocr_page(doc: pdfium.PdfDocument, index: int, info: PageChars, options: OcrOptions) -> OcrPage:
    """Render page ``index`` and read its words with Tesseract, in user space."""
    page = doc[index]
    try:
        dpi = options.dpi
        image: Image = page.render(scale=dpi / 72.0, grayscale=True, draw_annots=False).to_pil().convert("L")
        words, conf = read(image, options.language)
        own = _reading_dpi(page, options.dpi)
        if own < dpi:
            # a coarser scan enlarged to ``dpi``: read it at its own resolution too, and keep that reading when it
            # is clearly better (a 220 dpi form's table read at 300 came out as noise) or reads clearly more at
            # about the same confidence (a 200 dpi form's boxed rows, read at 300, were left out whole)
            small: Image = page.render(scale=own / 72.0, grayscale=True, draw_annots=False).to_pil().convert("L")
            words2, conf2 = read(small, options.language)
            better = conf < OWN_RESOLUTION_CONFIDENCE and conf2 >= conf + 5.0 and len(words2) >= len(words)
            more = _reads_more(words2, words)
            if better or more:
                dpi, image, words, conf = own, small, words2, conf2
        image, words, conf = _unruled_reading(image, words, conf, dpi, options.language)
        found = ink_marks(np.asarray(image), words, dpi)
        reread = _reread(image, words, found, options.language)
        words = words + reread
        read_words = words
        scale = dpi / 72.0
        x0, y0, x1, y1 = (float(v) for v in page.get_bbox())  # follows inheritance (get_cropbox does not)
        rotate: int = page.get_rotation() % 360
    finally:
        page.close()
    seen = image  # the image whose words are kept
    turned = 0
    if conf < RETRY_CONFIDENCE or len(words) < 3:
        turned = osd_rotation(image_file(image))
        if turned:
            # PIL turns counter-clockwise; Tesseract's "Rotate" is clockwise
            upright = image.rotate(-turned, expand=True)
            words2, conf2 = read(upright, options.language)
            if conf2 > conf and len(words2) >= len(words) // 2:
                words, conf, seen = words2, conf2, upright
            else:
                turned = 0
    mapping = PixelMapping((x0, y0, x1, y1), rotate, scale, image.width, image.height, turned)
    angle = float((rotate + turned) % 360)
    area = abs((x1 - x0) * (y1 - y0))
    # (the marks found before the re-reading, where it added no word and the reading was kept as it was)
    same = not reread and seen is image and words is read_words
    marks, misread = scan_marks(np.asarray(seen), words, dpi, index, mapping.rect, area, found if same else None)
    words = [w for k, w in enumerate(words) if k not in misread]  # a signature read as letters
    raw = raw_words(words, index, mapping, angle)
    return OcrPage(tuple(raw), round(conf, 1), turned, angle, marks)


def _unruled_reading(
    image: Image, words: list[TsvWord], conf: float, dpi: int, language: str
) -> tuple[Image, list[TsvWord], float]:
    """The page read again with its table rules painted out, when it has them, and that reading kept when it
    has more words read with confidence (an attendance list's boxed cells: "Corrie van Gastel" was left out
    whole). The two readings are not mixed: Tesseract's lines are those of one reading."""
    from PIL import Image as PilImage

    plain = without_rules(np.asarray(image), dpi)
    if plain is None:
        return image, words, conf
    unruled = PilImage.fromarray(plain)
    words2, conf2 = read(unruled, language)
    if _sure(words2) >= _sure(words) + MORE_SURE:
        return unruled, words2, conf2
    return image, words, conf


REREAD_PAD = 6  # pixels around a mark read again
REREAD_SURE = 80.0  # a word of such a reading is kept only when Tesseract is this sure of it


def _reread(image: Image, words: list[TsvWord], found: Sequence[MarkPx], language: str) -> list[TsvWord]:
    """The words of printed text the page's reading left out, each mark shaped like a line of text
    (:func:`~.ink.unread_text`) read again on its own as a block (a table's column Tesseract dropped: "DGPenV (K." /
    "Baggerman-Oyelaran)"); only words read with confidence, in the page image's pixels, on lines of their own."""
    out: list[TsvWord] = []
    for k, (x0, y0, x1, y1) in enumerate(unread_text(found, words)):
        left, top = max(0, x0 - REREAD_PAD), max(0, y0 - REREAD_PAD)
        crop = image.crop((left, top, min(image.width, x1 + REREAD_PAD), min(image.height, y1 + REREAD_PAD)))
        for w in read_block(crop, language):
            moved = replace(w, left=w.left + left, top=w.top + top, line=(10_000 + k, *w.line[1:]))
            if w.conf >= REREAD_SURE and any(ch.isalnum() for ch in w.text) and not _read_already(moved, words):
                out.append(moved)
    return out


def _read_already(word: TsvWord, words: Sequence[TsvWord]) -> bool:
    """The word's centre lies in a word the page's reading has ("(K." read twice): no new word."""
    u, v = word.left + word.width / 2, word.top + word.height / 2
    return any(w.left <= u <= w.left + w.width and w.top <= v <= w.top + w.height for w in words)


def _sure(words: Sequence[TsvWord]) -> int:
    """The words of a reading read with confidence (the mean confidence says little when readings are
    compared: a second reading also reads a signature's strokes as unsure letters)."""
    return sum(w.conf >= SURE_WORD for w in words)


def _reads_more(words: Sequence[TsvWord], than: Sequence[TsvWord]) -> bool:
    """Whether one reading has clearly more words read with confidence than another."""
    return _sure(words) >= MORE_WORDS * _sure(than) + MORE_SURE


_MIN_DPI = 150


def _reading_dpi(page: pdfium.PdfPage, dpi: int) -> int:
    """The scan's own resolution when an image covering most of the page has fewer pixels per inch than ``dpi``
    (a 220 dpi scan rendered at 300 dpi is interpolated), never under 150; ``dpi`` otherwise. A page read
    poorly at ``dpi`` is read at this resolution too (:func:`ocr_page`)."""
    width, height = page.get_size()
    area = abs(width * height) or 1.0
    best = 0.0
    for obj in page.get_objects(filter=(pdfium_raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        w_pt, h_pt = abs(right - left), abs(top - bottom)
        if w_pt * h_pt < MIN_COVERAGE * area or not w_pt or not h_pt:
            continue
        px_w, px_h = obj.get_px_size()
        # (an image turned by 90 degrees on the page: its pixel rows run along the page's height)
        if (px_w > px_h) != (w_pt > h_pt):
            px_w, px_h = px_h, px_w
        best = max(best, min(px_w / (w_pt / 72.0), px_h / (h_pt / 72.0)))
    if not best or best >= dpi:
        return dpi
    return max(_MIN_DPI, round(best))


def frame_of(info: PageChars, crop: Sequence[float], angle: float) -> tuple[float, float]:
    """The page box along the reading direction ``angle``: (left, width) for the column rules."""
    along = [in_frame(angle, x, y) for x in (crop[0], crop[2]) for y in (crop[1], crop[3])]
    lefts = [a[0] for a in along]
    return min(lefts), max(lefts) - min(lefts)


def merge_words(native: Sequence[RawWord], ocr: Sequence[RawWord]) -> list[RawWord]:
    """The text layer's words plus the OCR words that lie where no text-layer word is."""
    if not native:
        return list(ocr)
    kept = list(native)
    for w in ocr:
        cx, cy = (w.box.x0 + w.box.x1) / 2, (w.box.y0 + w.box.y1) / 2
        if not any(n.box.x0 - 1 <= cx <= n.box.x1 + 1 and n.box.y0 - 1 <= cy <= n.box.y1 + 1 for n in native):
            kept.append(w)
    return kept
