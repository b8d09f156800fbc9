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
from typing import Any

import cffi
import numpy as np
import pypdfium2.raw as raw

__all__ = ["COMPILED", "loose_boxes", "tight_boxes"]

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


def loose_boxes(textpage: Any, wanted: bytes) -> tuple[list[CharBox | None], list[float | None]]:
    """The parse's loose boxes and font sizes of the characters ``wanted`` (a nonzero byte each).

    For each wanted character, in order: FPDFText_GetLooseCharBox into one FS_RECTF kept from
    character to character (zero at first; left as it was when PDFium says no) and
    FPDFText_GetFontSize. A box is (left, min(top, bottom), right, max(top, bottom)), as
    ``a if a < b else b`` takes them (NaN takes the second); None for a character not wanted.
    """
    page_at = _address(textpage)
    if _C is not None:
        return _C.loose_boxes(_LOOSE_BOX_AT, _FONT_SIZE_AT, page_at, wanted)  # type: ignore[no-any-return]
    get_box, get_size = _GET_LOOSE_BOX, _GET_FONT_SIZE
    page = _FFI.cast("void *", page_at)
    rect = raw.FS_RECTF()
    at = _FFI.cast("void *", ctypes.addressof(rect))
    boxes: list[CharBox | None] = [None] * len(wanted)
    sizes: list[float | None] = [None] * len(wanted)
    for k, want in enumerate(wanted):
        if want:
            get_box(page, k, at)
            bottom, top = rect.bottom, rect.top
            boxes[k] = (rect.left, top if top < bottom else bottom, rect.right, top if top > bottom else bottom)
            sizes[k] = get_size(page, k)
    return boxes, sizes
