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
from typing import Any, cast

import cffi
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..model import Box, Region
from ..pdfium_loops import loose_boxes, word_spans
from ..pdfium_objects import page_objects
from .accents import cover_accents
from .regions import invisible_share, page_regions

__all__ = ["OCR_LAYER_INVISIBLE", "CharBox", "PageChars", "RawWord", "in_frame", "page_words"]

CharBox = tuple[float, float, float, float]


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        text: str,
        box: Box,
        char_boxes: tuple[CharBox, ...],
        fontname: str,
        size: float,
        bold: bool,
        top: float,
        x0: float,
        x1: float,
        confidence: float = -1.0,
    ) -> None:
        # the fields set at once (as Box's and Word's: a frozen dataclass's own __init__ sets them one by one)
        self.__dict__.update(
            {
                "text": text,
                "box": box,
                "char_boxes": char_boxes,
                "fontname": fontname,
                "size": size,
                "bold": bold,
                "top": top,
                "x0": x0,
                "x1": x1,
                "confidence": confidence,
            }
        )


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
    unread_scan: bool = False  # --ocr auto would read this page (a scan with a stamp of text), never did not
    pictures_read: int = 0  # pictures on a page with a text layer whose words OCR added (see .pictures)
    pictures_confidence: float = 0.0  # Tesseract's mean word confidence over those pictures (0-100)


def _dominant_angle(textpage: pdfium.PdfTextPage, count: int) -> float:
    """The most common text direction on the page, snapped to 0/90/180/270 degrees."""
    votes: dict[int, int] = {}
    step = max(1, count // 200)
    for i in range(0, count, step):
        a = raw.FPDFText_GetCharAngle(textpage, i)
        if a >= 0:
            q = int(round(-math.degrees(a) / 90.0)) % 4  # PDFium measures clockwise; the frame counter-clockwise
            votes[q] = votes.get(q, 0) + 1
    return 90.0 * max(votes, key=votes.__getitem__) if votes else 0.0


_TRIG = {a: (round(math.cos(math.radians(a))), round(math.sin(math.radians(a)))) for a in (0.0, 90.0, 180.0, 270.0)}


def in_frame(angle: float, x: float, y: float) -> tuple[float, float]:
    """A user-space point in the reading frame: (along the line, down the page)."""
    cos, sin = _TRIG.get(angle) or (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
    return x * cos + y * sin, x * sin - y * cos


OCR_LAYER_INVISIBLE = 0.8  # a page whose text objects are this invisible carries an OCR layer


def page_words(doc: pdfium.PdfDocument, index: int) -> tuple[list[RawWord], PageChars]:
    """Extract the words of one page with per-character boxes."""
    page = doc[index]
    try:
        width, height = page.get_size()
        rotation = page.get_rotation()
        if rotation in (90, 270):
            width, height = height, width  # get_size() reports the rotated (displayed) size
        images = tuple(Box(index, *obj.get_bounds()) for obj in page_objects(page, (raw.FPDF_PAGEOBJ_IMAGE,), 4))
        mb = page.get_mediabox(fallback_ok=False) or page.get_bbox()  # inherited from /Pages: not letter size
        regions = page_regions(page, index, images)
        invisible = invisible_share(page)
        textpage = page.get_textpage()
        try:
            angle = _dominant_angle(textpage, textpage.count_chars())
            words, n_chars = _words(textpage, index, angle, invisible >= OCR_LAYER_INVISIBLE)
            words = cover_accents(words)  # an accent drawn apart (TeX's capitals): its letter's box covers it
        finally:
            textpage.close()
    finally:
        page.close()
    along = [in_frame(angle, x, y)[0] for x in (mb[0], mb[2]) for y in (mb[1], mb[3])]
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


def _words(
    textpage: pdfium.PdfTextPage, index: int, angle: float, ocr_layer: bool = False
) -> tuple[list[RawWord], int]:
    # the hot loops of parsing (a page has thousands of characters), compiled where they could be
    # (pdfium_loops, where the same loops in Python are the reference): PDFium is asked once per page
    # for the code points (see _code_points) and, for each character of a word, its loose box and font
    # size (pdfium_loops.loose_boxes); a box far taller than the font size is cut to the line
    # (_LineCut: PDFium's size of a scaled font is 1, so _LineCut measures the size the glyph
    # is drawn at); then the characters are grouped into words at white space, gaps and line changes
    # (pdfium_loops.word_spans, which says how). PDFium's IsGenerated is not asked: the characters it
    # generates are spaces and line breaks (CPDF_TextPage::GenerateCharInfo), word boundaries here, so
    # every character of a word is one of the page's own.
    tp = textpage.raw
    count = raw.FPDFText_CountChars(tp)
    cos, sin = _turn(angle)
    font = _FontInfo(tp)
    points = _code_points(tp, count)
    kinds = {cp: _char(cp) for cp in set(points)}  # (a page has thousands of characters, a hundred distinct)
    chars = list(map(kinds.__getitem__, points))
    wanted = bytes(map({cp: ch is not None for cp, ch in kinds.items()}.__getitem__, points))
    boxes, sizes, tall = loose_boxes(tp, wanted, abs(cos), abs(sin), _MAX_LOOSE_PER_POINT)
    if tall:
        cut = _LineCut(tp, cos, sin)
        for i in tall:
            boxes[i] = cut(i, cast(CharBox, boxes[i]), cast(float, sizes[i]))
    words: list[RawWord] = []
    texts: list[Any] = chars  # (in a word: every character a str, every box a tuple, every size a float)
    loose: list[Any] = boxes
    size_of: list[Any] = sizes
    for first, end, x0, y0, x1, y1, top, left, right in word_spans(boxes, sizes, cos, sin, ocr_layer):
        name = font.name(first)
        size = size_of[first]  # (FPDFText_GetFontSize of the word's first character)
        if size < _SCALED:
            size = _drawn_size(loose[first], cos, sin)
        words.append(
            RawWord(
                text="".join(texts[first:end]),
                box=Box(index, x0, y0, x1, y1),
                char_boxes=tuple(loose[first:end]),
                fontname=name,
                size=size,
                bold="bold" in name.lower() or font.weight(first) >= 600,
                top=top,
                x0=left,
                x1=right,
            )
        )
    return words, sum(wanted)


# per word: its font's name and weight (FPDFText_GetFontInfo, FPDFText_GetFontWeight) and size
# (FPDFText_GetFontSize), through cffi (ABI mode): a cffi call costs about half a ctypes call with the same arguments
_FFI = cffi.FFI()
_GET_FONT_SIZE = _FFI.cast("double (*)(void *, int)", ctypes.cast(raw.FPDFText_GetFontSize, ctypes.c_void_p).value or 0)
_GET_FONT_INFO = _FFI.cast(
    "unsigned long (*)(void *, int, void *, unsigned long, void *)",
    ctypes.cast(raw.FPDFText_GetFontInfo, ctypes.c_void_p).value or 0,
)
_GET_FONT_WEIGHT = _FFI.cast(
    "int (*)(void *, int)", ctypes.cast(raw.FPDFText_GetFontWeight, ctypes.c_void_p).value or 0
)
# a character's matrix, origin and tight box (:class:`_LineCut`)
_GET_MATRIX = _FFI.cast(
    "int (*)(void *, int, float *)", ctypes.cast(raw.FPDFText_GetMatrix, ctypes.c_void_p).value or 0
)
_GET_ORIGIN = _FFI.cast(
    "int (*)(void *, int, double *, double *)", ctypes.cast(raw.FPDFText_GetCharOrigin, ctypes.c_void_p).value or 0
)
_GET_CHAR_BOX = _FFI.cast(
    "int (*)(void *, int, double *, double *, double *, double *)",
    ctypes.cast(raw.FPDFText_GetCharBox, ctypes.c_void_p).value or 0,
)
_NO_UNICODE = 0xFFFE  # what the page text holds for a character without a code point, or a hyphen PDFium joined


def _code_points(tp: object, count: int) -> list[int]:
    """What FPDFText_GetUnicode reports for each of the page's ``count`` characters, mostly in one call.

    The page's text (FPDFText_GetText) holds one UTF-16 unit per character, the same code point,
    unless PDFium left characters out of it (control characters: the text is shorter) or a
    character lies outside the BMP (two units): then each is asked for. Where the text holds
    U+FFFE the character has no code point (0) or is a hyphen PDFium joined at a line end
    (0x2): those few are asked for too (CPDF_TextPage appends the character list and the text
    in step; see tests/test_parse_chars.py).
    """
    get_unicode = raw.FPDFText_GetUnicode
    if count <= 0:
        return []
    buf = ctypes.create_string_buffer(4 * (count + 1))  # room for two units a character (surrogate pairs)
    n = raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    units = memoryview(buf.raw).cast("H")[: max(n - 1, 0)].tolist()  # without the terminating NUL
    if len(units) != count or (max(units) >= 0xD800 and any(0xD800 <= u <= 0xDFFF for u in units)):
        return [get_unicode(tp, i) for i in range(count)]
    if _NO_UNICODE in units:
        for i, u in enumerate(units):
            if u == _NO_UNICODE:
                units[i] = get_unicode(tp, i)
    return units


# Below this a reported font size is the font's nominal one, scaled up by the text matrix: Distiller
# (PScript5) sets "/F1 1 Tf" and draws 9-point text with a 9x matrix. PDFium then reports 1.0.
_SCALED = 2.0
_LOOSE_PER_POINT = 1.15  # a loose character box is the font's ascent + descent: about 1.15 of its size


# A loose box spans the font descriptor's /Ascent to /Descent: 1.0 to 1.4 of the size for most fonts
# (Arial 1.12, Verdana 1.35). Beyond this it reaches into the neighbouring lines at ordinary line spacing:
# the descriptor holds the font's bounding box (PDFMaker's Segoe UI, 1298 and -411: 1.71), or numbers not
# in glyph space at all (OnlyOffice and iTextSharp write the font program's own units, Arial's OS/2 1491
# and -431 of 2048 per em, as if they were thousandths: 1.92, so 11-point text gets 21-point boxes).
_MAX_LOOSE_PER_POINT = 1.6


class _LineCut:
    """Character ``i``'s loose ``box``, taller than its font size allows, scaled to the usual height.

    Such a box reaches into the lines above and below: a name's black box then covers their text
    and the remover takes their glyphs (whose centres lie in it). The box is scaled across the
    reading direction about the glyph's baseline to :data:`_LOOSE_PER_POINT` of the size the glyph
    is drawn at (the font size times the text matrix's scale across the line), keeping the
    producer's split between ascent and descent, and never cut below the glyph's own ink (its
    tight box). A glyph turned against the page's reading direction, or one whose drawn size
    explains its box (a 1-point font scaled up by the text matrix, a rotated watermark), keeps it.

    One per page: PDFium asked through cffi into the same memory for every character (a producer that
    writes its fonts' ascent in the wrong units makes every character's box too tall).
    """

    def __init__(self, tp: object, cos: float, sin: float) -> None:
        self.page = _FFI.cast("void *", ctypes.cast(cast(Any, tp), ctypes.c_void_p).value or 0)
        self.cos, self.sin = cos, sin
        self.m = _FFI.new("float[6]")  # FS_MATRIX: a, b, c, d, e, f
        self.at = _FFI.new("double[6]")  # the origin's x and y, then the tight box's left, right, bottom, top

    def __call__(self, i: int, box: CharBox, font_size: float) -> CharBox:
        cos, sin, m, at = self.cos, self.sin, self.m, self.at
        if not _GET_MATRIX(self.page, i, m):
            return box
        # the glyph's up vector (c, d) across the line, and along it (a turned or skewed glyph)
        up, skew = m[3] * cos - m[2] * sin, m[2] * cos + m[3] * sin
        drawn = font_size * abs(up)
        height = _height_across(box, cos, sin)
        turned = abs(skew) > 0.02 * abs(up) or abs(m[1] * cos - m[0] * sin) > 0.02 * abs(up)
        if turned or height <= _MAX_LOOSE_PER_POINT * drawn:
            return box
        if not _GET_ORIGIN(self.page, i, at, at + 1) or not _GET_CHAR_BOX(self.page, i, at + 2, at + 3, at + 4, at + 5):
            return box
        ox, oy, left, right, bottom, top = at[0], at[1], at[2], at[3], at[4], at[5]
        f = _LOOSE_PER_POINT * drawn / height
        x0, y0, x1, y1 = box
        if sin == 0:  # the reading direction is along x (0 or 180 degrees): the line's height is along y
            y0, y1 = oy + (y0 - oy) * f, oy + (y1 - oy) * f
        else:
            x0, x1 = ox + (x0 - ox) * f, ox + (x1 - ox) * f
        return (min(x0, left), min(y0, bottom), max(x1, right), max(y1, top))


def _height_across(box: CharBox, cos: float, sin: float) -> float:
    """The extent of a character's loose box across the reading direction: its height as drawn."""
    return (box[3] - box[1]) * (cos if cos > 0 else -cos) + (box[2] - box[0]) * (sin if sin > 0 else -sin)


def _drawn_size(box: CharBox, cos: float, sin: float) -> float:
    """The size a character is drawn at, from the height of its loose box across the reading
    direction (for text whose font size PDFium reports before the text matrix scales it)."""
    return max(1.0, _height_across(box, cos, sin) / _LOOSE_PER_POINT)


def _char(cp: int) -> str | None:
    """The character PDFium's code point stands for in a word, or None for a word boundary."""
    ch = chr(cp) if cp else ""
    if 0xD800 <= cp <= 0xDFFF:
        ch = "\ufffd"  # half of a UTF-16 pair (an emoji): not text anyone can encode, and no personal data
    if ch in SOFT_HYPHENS:
        ch = "-"  # PDFium marks a hyphen at a line break with a control character
    if not ch or ch.isspace() or ch in ("\u00a0", "\ufffe") or (ord(ch) < 32):
        return None
    return ch


SOFT_HYPHENS = ("\x02", "\u00ad")


def _turn(angle: float) -> tuple[float, float]:
    """cos and sin of the reading direction, as :func:`in_frame` uses them."""
    return _TRIG.get(angle) or (math.cos(math.radians(angle)), math.sin(math.radians(angle)))


class _FontInfo:
    """A character's font name and weight (one buffer for a whole page)."""

    def __init__(self, tp: object) -> None:
        self.tp = tp
        self.page = _FFI.cast("void *", ctypes.cast(cast(Any, tp), ctypes.c_void_p).value or 0)  # (for cffi)
        self.buf = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self._buf_at = _FFI.cast("void *", ctypes.addressof(self.buf))
        self._flags_at = _FFI.cast("void *", ctypes.addressof(self.flags))

    def name(self, index: int) -> str:
        n = _GET_FONT_INFO(self.page, index, self._buf_at, len(self.buf), self._flags_at)
        return self.buf.value.decode("utf-8", "replace") if n else ""

    def size(self, index: int) -> float:
        """The character's font size as PDFium reports it."""
        return _GET_FONT_SIZE(self.page, index)  # type: ignore[no-any-return]

    def weight(self, index: int) -> int:
        """The character's font weight (-1 when PDFium cannot tell)."""
        return _GET_FONT_WEIGHT(self.page, index)  # type: ignore[no-any-return]
