"""The per-character loops over a PDFium text page, compiled where a C compiler was at install.

The parse asks PDFium each character's loose box and font size, the proof each character's tight
box (and whether PDFium generated a blank): thousands of foreign calls a page, each ~0.3-0.5 us from
Python. ``woo_redact/_pdfium_loops.c`` (an optional extension, built by ``pip install`` where gcc and
the Python headers are present) makes the same calls in C, in the same order, and hands back what the
Python loops below hand back; where it was not built (or ``WOO_REDACT_PURE_PYTHON=1`` is set, for the
tests) the Python loops run. ``COMPILED`` says which. The parse and the proof each call their own
loop: nothing read by one is handed to the other.
"""

from __future__ import annotations

import ctypes
import math
import os
from types import ModuleType
from typing import Any, cast

import cffi
import numpy as np
import pypdfium2.raw as raw

__all__ = ["COMPILED", "loose_boxes", "tight_boxes", "word_spans"]

CharBox = tuple[float, float, float, float]


def _compiled() -> ModuleType | None:
    if os.environ.get("WOO_REDACT_PURE_PYTHON") == "1":
        return None
    try:
        from . import _pdfium_loops  # type: ignore[attr-defined]
    except ImportError:
        return None
    return _pdfium_loops  # type: ignore[no-any-return]


_C = _compiled()
COMPILED = _C is not None

# PDFium's functions called per character, through cffi (ABI mode) in the Python loops and by address
# from the compiled ones
_FFI = cffi.FFI()


def _address(fn: Any) -> int:
    return ctypes.cast(fn, ctypes.c_void_p).value or 0


_CHAR_BOX_AT = _address(raw.FPDFText_GetCharBox)
_IS_GENERATED_AT = _address(raw.FPDFText_IsGenerated)
_LOOSE_BOX_AT = _address(raw.FPDFText_GetLooseCharBox)
_FONT_SIZE_AT = _address(raw.FPDFText_GetFontSize)
_GET_CHAR_BOX = _FFI.cast("int (*)(void *, int, double *, double *, double *, double *)", _CHAR_BOX_AT)
_IS_GENERATED = _FFI.cast("int (*)(void *, int)", _IS_GENERATED_AT)
_GET_LOOSE_BOX = _FFI.cast("int (*)(void *, int, void *)", _LOOSE_BOX_AT)
_GET_FONT_SIZE = _FFI.cast("double (*)(void *, int)", _FONT_SIZE_AT)


def tight_boxes(textpage: Any, text: str, rects: np.ndarray, inferred: np.ndarray) -> list[int]:
    """The proof's characters of a text page (``text``: one character a PDFium character).

    A blank character (``str.isspace`` or NUL) gets ``inferred[k]`` = whether PDFium generated
    it (FPDFText_IsGenerated); any other gets its tight box (FPDFText_GetCharBox) written into
    row ``k`` of ``rects`` (C-contiguous float64, rows of left, bottom, right, top), or NaN and
    counts as blank when PDFium has none. Returns the blank characters' indices, ascending.
    ``inferred`` is a C-contiguous bool array; both arrays have a row per character.
    """
    if len(rects) != len(text) or len(inferred) != len(text) or rects.shape[1:] != (4,):
        raise ValueError("an array's rows do not match the characters")
    if not (rects.dtype == np.float64 and rects.flags.c_contiguous and inferred.dtype == np.bool_):
        raise ValueError("rects must be C-contiguous float64, inferred bool")
    page_at = _address(textpage)
    if _C is not None:
        return _C.tight_boxes(_CHAR_BOX_AT, _IS_GENERATED_AT, page_at, text, rects, inferred)  # type: ignore[no-any-return]
    get_box, is_generated = _GET_CHAR_BOX, _IS_GENERATED
    page = _FFI.cast("void *", page_at)
    base = _FFI.cast("double *", rects.ctypes.data)  # (C-contiguous: row k starts at base + 4 k)
    blank: list[int] = []
    for k, ch in enumerate(text):
        if ch.isspace() or ch == "\x00":
            blank.append(k)
            inferred[k] = is_generated(page, k) == 1
            continue
        at = base + 4 * k  # FPDFText_GetCharBox(page, k, &left, &right, &bottom, &top)
        if not get_box(page, k, at, at + 2, at + 1, at + 3):
            blank.append(k)
            rects[k] = math.nan
    return blank


def loose_boxes(
    textpage: Any, wanted: bytes, across_cos: float, across_sin: float, limit: float
) -> tuple[list[CharBox | None], list[float | None], list[int]]:
    """The parse's loose boxes and font sizes of the characters ``wanted`` (a nonzero byte each).

    For each wanted character, in order: FPDFText_GetLooseCharBox into one FS_RECTF kept from
    character to character (zero at first; left as it was when PDFium says no) and
    FPDFText_GetFontSize. A box is (left, min(top, bottom), right, max(top, bottom)), as
    ``a if a < b else b`` takes them (NaN takes the second); None for a character not wanted.
    The third list holds the wanted characters whose box is taller across the line than
    ``limit`` times their size (``across_cos`` and ``across_sin``: the reading direction's, as
    absolute values). The compiled loop gives a number equal bit for bit to one of the last box's
    numbers and size as that same float object (a line's characters share their bottom and top):
    the same values, about a third of the objects to hold and free.
    """
    page_at = _address(textpage)
    if _C is not None:
        return _C.loose_boxes(  # type: ignore[no-any-return]
            _LOOSE_BOX_AT, _FONT_SIZE_AT, page_at, wanted, across_cos, across_sin, limit
        )
    get_box, get_size = _GET_LOOSE_BOX, _GET_FONT_SIZE
    page = _FFI.cast("void *", page_at)
    rect = raw.FS_RECTF()
    at = _FFI.cast("void *", ctypes.addressof(rect))
    boxes: list[CharBox | None] = [None] * len(wanted)
    sizes: list[float | None] = [None] * len(wanted)
    tall: list[int] = []
    for k, want in enumerate(wanted):
        if want:
            get_box(page, k, at)
            bottom, top = rect.bottom, rect.top
            box = boxes[k] = (rect.left, top if top < bottom else bottom, rect.right, top if top > bottom else bottom)
            size = sizes[k] = get_size(page, k)
            if (box[3] - box[1]) * across_cos + (box[2] - box[0]) * across_sin > limit * size:
                tall.append(k)
    return boxes, sizes, tall


Span = tuple[int, int, float, float, float, float, float, float, float]


def word_spans(
    boxes: list[CharBox | None], sizes: list[float | None], cos: float, sin: float, ocr_layer: bool
) -> list[Span]:
    """The parse's words of a page's characters: (first, end, x0, y0, x1, y1, top, left, right) each.

    A character without a box (None: white space, a control character) ends a word; so does a gap
    along the reading direction (``cos``, ``sin``) of more than 0.6 of the font size, or a drift
    across it of more than 0.7 (the size at least 1; on an OCR layer, see parse/words.py, the
    glyph's height across the line where that is more than twice the size; for the drift also where
    PDFium reports a scaled font's size as 1, below 2: a small-caps "H" + "ANS" set in two sizes of
    such a font is one word). The word holds the
    characters ``first`` to ``end`` (exclusive); x0, y0, x1, y1 are the min/max of their boxes as
    Python's min() and max() take them, top, left and right the extremes of the box's corners in
    the reading frame (parse/words.py's in_frame). Compiled where it could be; this is the reference.
    """
    if _C is not None:
        return _C.word_spans(boxes, sizes, cos, sin, ocr_layer)  # type: ignore[no-any-return]
    out: list[Span] = []
    across_cos, across_sin = (cos if cos > 0 else -cos), (sin if sin > 0 else -sin)
    first = -1
    prev: CharBox = (0.0, 0.0, 0.0, 0.0)
    prev_across = 0.0
    x0 = y0 = x1 = y1 = 0.0
    for i, box in enumerate(boxes):
        if box is None:
            if first >= 0:
                out.append(_span(first, i, x0, y0, x1, y1, cos, sin))
            first = -1
            continue
        font_size = cast(float, sizes[i])
        across = ((box[0] + box[2]) / 2) * sin - ((box[1] + box[3]) / 2) * cos
        if first >= 0:
            a, b = box[0] * cos + box[1] * sin, box[2] * cos + box[3] * sin
            c, d = prev[2] * cos + prev[3] * sin, prev[0] * cos + prev[1] * sin
            gap = (b if b < a else a) - (d if d > c else c)
            drift = abs(prev_across - across)
            if not (gap <= 0.6 and drift <= 0.7):
                size = 1.0 if font_size < 1.0 else font_size
                across_size = size
                if ocr_layer or font_size < 2.0:
                    height = (box[3] - box[1]) * across_cos + (box[2] - box[0]) * across_sin
                    if 2.0 * size < height:
                        across_size = 0.75 * height
                        if ocr_layer:
                            size = across_size
                if gap > 0.6 * size or drift > 0.7 * across_size:
                    out.append(_span(first, i, x0, y0, x1, y1, cos, sin))
                    first = -1
        if first < 0:
            first = i
            x0, y0, x1, y1 = box
        else:
            x0, y0 = (box[0] if box[0] < x0 else x0), (box[1] if box[1] < y0 else y0)
            x1, y1 = (box[2] if box[2] > x1 else x1), (box[3] if box[3] > y1 else y1)
        prev, prev_across = box, across
    if first >= 0:
        out.append(_span(first, len(boxes), x0, y0, x1, y1, cos, sin))
    return out


def _span(first: int, end: int, x0: float, y0: float, x1: float, y1: float, cos: float, sin: float) -> Span:
    # the box's corners in the reading frame, in the order x0y0, x0y1, x1y0, x1y1
    a0, a1, a2, a3 = x0 * cos + y0 * sin, x0 * cos + y1 * sin, x1 * cos + y0 * sin, x1 * cos + y1 * sin
    d0, d1, d2, d3 = x0 * sin - y0 * cos, x0 * sin - y1 * cos, x1 * sin - y0 * cos, x1 * sin - y1 * cos
    return (first, end, x0, y0, x1, y1, min(d0, d1, d2, d3), min(a0, a1, a2, a3), max(a0, a1, a2, a3))
