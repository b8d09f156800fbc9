"""The parser's per-character calls into PDFium (parse.words): the page's code points come from one
FPDFText_GetText call, the font size is asked only where it can break a word, IsGenerated is not
asked. Words, boxes, sizes and the character count must be what asking PDFium everything for every
character gives (the reference below is the parser's loop as it was before)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from charcases import CHAR_CASES, SAMPLE_NOTES

from woo_redact.parse import words as W

CASES = CHAR_CASES + SAMPLE_NOTES


def _reference_words(tp: pdfium.PdfTextPage, index: int, angle: float, ocr_layer: bool) -> tuple[list, int]:
    """Every character asked for its code point, loose box, font size and generated flag."""
    t = tp.raw
    rect = raw.FS_RECTF()
    cos, sin = W._turn(angle)
    font = W._FontInfo(t)
    words: list[W.RawWord] = []
    texts: list[str] = []
    boxes: list[W.CharBox] = []
    first, n_chars = 0, 0
    prev: W.CharBox = (0.0, 0.0, 0.0, 0.0)
    prev_across = 0.0
    for i in range(raw.FPDFText_CountChars(t)):
        ch = W._char(raw.FPDFText_GetUnicode(t, i))
        if ch is None:
            if texts:
                words.append(_make_word(font, texts, boxes, first, index, cos, sin))
                texts, boxes = [], []
            continue
        raw.FPDFText_GetLooseCharBox(t, i, ctypes.byref(rect))
        box = (rect.left, min(rect.top, rect.bottom), rect.right, max(rect.top, rect.bottom))
        across = ((box[0] + box[2]) / 2) * sin - ((box[1] + box[3]) / 2) * cos
        if texts:
            size = max(raw.FPDFText_GetFontSize(t, i), 1.0)
            if ocr_layer and 2.0 * size < W._height_across(box, cos, sin):
                size = 0.75 * W._height_across(box, cos, sin)
            a, b = box[0] * cos + box[1] * sin, box[2] * cos + box[3] * sin
            c, d = prev[2] * cos + prev[3] * sin, prev[0] * cos + prev[1] * sin
            if min(a, b) - max(c, d) > 0.6 * size or abs(prev_across - across) > 0.7 * size:
                words.append(_make_word(font, texts, boxes, first, index, cos, sin))
                texts, boxes = [], []
        if not raw.FPDFText_IsGenerated(t, i):
            n_chars += 1
        if not texts:
            first = i
        texts.append(ch)
        boxes.append(box)
        prev, prev_across = box, across
    if texts:
        words.append(_make_word(font, texts, boxes, first, index, cos, sin))
    return words, n_chars


def _make_word(
    font: W._FontInfo, texts: list[str], chars: list[W.CharBox], first: int, index: int, cos: float, sin: float
) -> W.RawWord:
    """A word as the parser made it before its loops were compiled (parse.words._make_word as it was)."""
    boxes = tuple(chars)
    if len(boxes) == 1:
        x0, y0, x1, y1 = boxes[0]
    else:
        xs0, ys0, xs1, ys1 = zip(*boxes)
        x0, y0, x1, y1 = min(xs0), min(ys0), max(xs1), max(ys1)
    name = font.name(first)
    size = float(font.size(first))
    if size < W._SCALED:
        size = W._drawn_size(boxes[0], cos, sin)
    a0, a1, a2, a3 = x0 * cos + y0 * sin, x0 * cos + y1 * sin, x1 * cos + y0 * sin, x1 * cos + y1 * sin
    d0, d1, d2, d3 = x0 * sin - y0 * cos, x0 * sin - y1 * cos, x1 * sin - y0 * cos, x1 * sin - y1 * cos
    return W.RawWord(
        text="".join(texts),
        box=W.Box(index, x0, y0, x1, y1),
        char_boxes=boxes,
        fontname=name,
        size=size,
        bold="bold" in name.lower() or font.weight(first) >= 600,
        top=min(d0, d1, d2, d3),
        x0=min(a0, a1, a2, a3),
        x1=max(a0, a1, a2, a3),
    )


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_words_as_asking_every_character(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not in this checkout")
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            try:
                n = tp.count_chars()
                truth = [raw.FPDFText_GetUnicode(tp.raw, k) for k in range(n)]
                assert W._code_points(tp.raw, n) == truth
                angle = W._dominant_angle(tp, n)
                for ocr_layer in (False, True):
                    assert W._words(tp, i, angle, ocr_layer) == _reference_words(tp, i, angle, ocr_layer)
            finally:
                tp.close()
                page.close()
    finally:
        doc.close()


def test_the_cases_cover_each_way_of_reading_code_points() -> None:
    """The text in one call, the text with U+FFFE asked for, and asking every character all occur."""
    seen = set()
    for path in CASES:
        if not path.exists():
            continue
        doc = pdfium.PdfDocument(path.read_bytes())
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            n = tp.count_chars()
            text = tp.get_text_range() if n else ""
            seen.add("one call" if len(text) == n and "\ufffe" not in text else "asked" if len(text) == n else "each")
            tp.close()
        doc.close()
    assert {"one call", "asked", "each"} <= seen


@pytest.mark.parametrize("path", CASES[:6], ids=lambda p: p.name)
def test_font_facts_through_cffi_are_ctypes(path: Path) -> None:
    """A word's font name, size and weight (W._FontInfo, through cffi): what pypdfium2's ctypes binding
    reports for every character."""
    if not path.exists():
        pytest.skip(f"{path} is not in this checkout")
    doc = pdfium.PdfDocument(path.read_bytes())
    buf, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    asked = 0
    try:
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            font = W._FontInfo(tp.raw)
            for k in range(tp.count_chars()):
                n = raw.FPDFText_GetFontInfo(tp.raw, k, buf, len(buf), ctypes.byref(flags))
                assert font.name(k) == (buf.value.decode("utf-8", "replace") if n else "")
                assert font.size(k) == raw.FPDFText_GetFontSize(tp.raw, k)
                assert font.weight(k) == raw.FPDFText_GetFontWeight(tp.raw, k)
                asked += 1
            tp.close()
    finally:
        doc.close()
    assert asked
