"""Words with geometry from PDFium, in PDF default user space.

PDFium (pypdfium2) reports characters in the page's user space, before the
page's /Rotate is applied: exactly the space of the content stream, which is
what the remover works in. It also follows the text state fully (the ``"``
operator, Type0 fonts, ligatures), and is an order of magnitude faster than
pdfminer. (pdfminer, through pdfplumber, is the proof's independent
extractor: the parser and the proof do not share an extractor.)

Characters are grouped into words at whitespace, and into rows at PDFium's
line breaks. Each word keeps the box of every character, so a finding that
covers part of a word gets a box over exactly those characters.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..model import Box, Region
from .regions import invisible_share, page_regions

CharBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class RawWord:
    """A word before it is placed in the document text.

    ``top``, ``x0`` and ``x1`` are in the page's reading frame (user space
    turned so that the page's dominant text direction runs left to right,
    y downwards), used only to order words into lines.
    """

    text: str
    box: Box
    char_boxes: tuple[CharBox, ...]
    fontname: str
    size: float
    bold: bool
    top: float
    x0: float
    x1: float
    confidence: float = -1.0  # OCR word confidence (0-100); -1 for the text layer's words


@dataclass(frozen=True)
class PageChars:
    """What the parser needs of one page besides its words."""

    width: float  # user space (before /Rotate)
    height: float
    rotation: int
    n_chars: int
    image_boxes: tuple[Box, ...]
    frame_left: float  # the page box along the reading direction, for column rules
    frame_width: float
    ocr: bool = False  # the words were (partly) read by OCR
    ocr_confidence: float = 0.0  # Tesseract's mean word confidence (0-100)
    regions: tuple[Region, ...] = ()  # images and ink (signature candidates), see .regions
    invisible: float = 0.0  # share of the text objects drawn invisibly (render mode 3: an OCR layer)
    noisy_layer: bool = False  # the text layer was judged noise and replaced by OCR words


def _font_name(textpage: pdfium.PdfTextPage, index: int) -> str:
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    n = raw.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    return buf.value.decode("utf-8", "replace") if n else ""


def _dominant_angle(textpage: pdfium.PdfTextPage, count: int) -> float:
    """The most common text direction on the page, snapped to 0/90/180/270 degrees."""
    votes: dict[int, int] = {}
    step = max(1, count // 200)
    for i in range(0, count, step):
        a = raw.FPDFText_GetCharAngle(textpage, i)
        if a >= 0:
            q = int(round(math.degrees(a) / 90.0)) % 4
            votes[q] = votes.get(q, 0) + 1
    return 90.0 * max(votes, key=votes.__getitem__) if votes else 0.0


_TRIG = {a: (round(math.cos(math.radians(a))), round(math.sin(math.radians(a)))) for a in (0.0, 90.0, 180.0, 270.0)}


def _frame(angle: float, x: float, y: float) -> tuple[float, float]:
    """A user-space point in the reading frame: (along the line, down the page)."""
    cos, sin = _TRIG.get(angle) or (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
    return x * cos + y * sin, x * sin - y * cos


def page_words(doc: pdfium.PdfDocument, index: int) -> tuple[list[RawWord], PageChars]:
    """Extract the words of one page with per-character boxes."""
    page = doc[index]
    try:
        width, height = page.get_size()
        rotation = page.get_rotation()
        if rotation in (90, 270):
            width, height = height, width  # get_size() reports the rotated (displayed) size
        images = tuple(
            Box(index, *obj.get_bounds()) for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4)
        )
        mb = page.get_mediabox()
        regions = page_regions(page, index, images)
        invisible = invisible_share(page)
        textpage = page.get_textpage()
        try:
            angle = _dominant_angle(textpage, textpage.count_chars())
            words, n_chars = _words(textpage, index, angle)
        finally:
            textpage.close()
    finally:
        page.close()
    along = [_frame(angle, x, y)[0] for x in (mb[0], mb[2]) for y in (mb[1], mb[3])]
    info = PageChars(
        float(width),
        float(height),
        int(rotation),
        n_chars,
        images,
        min(along),
        max(along) - min(along),
        regions=regions,
        invisible=invisible,
    )
    return words, info


def _words(textpage: pdfium.PdfTextPage, index: int, angle: float) -> tuple[list[RawWord], int]:
    count = textpage.count_chars()
    rect = raw.FS_RECTF()
    words: list[RawWord] = []
    current: list[tuple[str, CharBox, int]] = []
    n_chars = 0

    def flush() -> None:
        if current:
            words.append(_make_word(textpage, current, index, angle))
            current.clear()

    for i in range(count):
        cp = raw.FPDFText_GetUnicode(textpage, i)
        ch = chr(cp) if cp else ""
        if 0xD800 <= cp <= 0xDFFF:
            ch = "\ufffd"  # half of a UTF-16 pair (an emoji): not text anyone can encode, and no personal data
        if ch in SOFT_HYPHENS:
            ch = "-"  # PDFium marks a hyphen at a line break with a control character
        if not ch or ch.isspace() or ch in ("\u00a0", "\ufffe") or (ord(ch) < 32):
            flush()
            continue
        raw.FPDFText_GetLooseCharBox(textpage, i, ctypes.byref(rect))
        box = (rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top))
        size = max(raw.FPDFText_GetFontSize(textpage, i), 1.0)
        if current and (_gap(current[-1][1], box, angle) > 0.6 * size or _new_line(current[-1][1], box, angle, size)):
            flush()
        if not raw.FPDFText_IsGenerated(textpage, i):
            n_chars += 1
        current.append((ch, box, i))
    flush()
    return words, n_chars


SOFT_HYPHENS = ("\x02", "\u00ad")


def _new_line(prev: CharBox, box: CharBox, angle: float, size: float) -> bool:
    """The character sits on another line than the previous one (across the reading direction)."""
    a = _frame(angle, (prev[0] + prev[2]) / 2, (prev[1] + prev[3]) / 2)[1]
    b = _frame(angle, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2)[1]
    return abs(a - b) > 0.7 * size


def _gap(prev: CharBox, box: CharBox, angle: float) -> float:
    """Distance along the reading direction from the previous character to this one."""
    a_end = _frame(angle, prev[2], prev[3])[0], _frame(angle, prev[0], prev[1])[0]
    b_start = _frame(angle, box[0], box[1])[0], _frame(angle, box[2], box[3])[0]
    return min(b_start) - max(a_end)


def _make_word(
    textpage: pdfium.PdfTextPage, chars: list[tuple[str, CharBox, int]], index: int, angle: float
) -> RawWord:
    x0 = min(b[0] for _, b, _ in chars)
    y0 = min(b[1] for _, b, _ in chars)
    x1 = max(b[2] for _, b, _ in chars)
    y1 = max(b[3] for _, b, _ in chars)
    first = chars[0][2]
    name = _font_name(textpage, first)
    weight = raw.FPDFText_GetFontWeight(textpage, first)
    corners = [_frame(angle, x, y) for x in (x0, x1) for y in (y0, y1)]
    return RawWord(
        text="".join(c for c, _, _ in chars),
        box=Box(index, x0, y0, x1, y1),
        char_boxes=tuple(b for _, b, _ in chars),
        fontname=name,
        size=float(raw.FPDFText_GetFontSize(textpage, first)),
        bold="bold" in name.lower() or weight >= 600,
        top=min(c[1] for c in corners),
        x0=min(c[0] for c in corners),
        x1=max(c[0] for c in corners),
    )
