"""The per-character loops over PDFium's text pages (woo_redact/pdfium_loops.py): the compiled
extension and the Python loops must hand back the same values, bit for bit, on pages that take
every branch (white space PDFium generated, characters without a box, rotated text, a box PDFium
refuses, boxes taller than the line) and for the words on random boxes with NaN, infinities, ties
and every reading direction; and where CI builds the package the extension must have been built."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pytest
from charcases import CHAR_CASES, SAMPLE_NOTES

from woo_redact import pdfium_loops
from woo_redact.pdfium_loops import loose_boxes, tight_boxes, word_spans

CASES = CHAR_CASES + SAMPLE_NOTES[:4]

needs_compiled = pytest.mark.skipif(
    not pdfium_loops.COMPILED, reason="woo_redact._pdfium_loops not built (no compiler at install)"
)


def _pages(path: Path) -> list[tuple[Any, str]]:
    """(text page, its text with a character per PDFium character) of every page, kept open."""
    doc = pdfium.PdfDocument(path.read_bytes())
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        n = tp.count_chars()
        text = tp.get_text_range() if n else ""
        if len(text) != n:
            text = "".join(chr(pdfium.raw.FPDFText_GetUnicode(tp, k)) for k in range(n))
        out.append((tp, text))
    _KEEP.append(doc)
    return out


_KEEP: list[Any] = []  # the documents of the text pages above stay open for the test


def _both(monkeypatch: pytest.MonkeyPatch, fn: Any, *args: Any) -> tuple[Any, Any]:
    compiled = fn(*args)
    with monkeypatch.context() as m:
        m.setattr(pdfium_loops, "_C", None)
        python = fn(*args)
    return compiled, python


def _bits(values: list[Any]) -> list[Any]:
    """Floats as their bytes (NaN compares equal to NaN), tuples and None as they are."""
    return [None if v is None else np.asarray(v, dtype=np.float64).tobytes() for v in values]


@needs_compiled
@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_tight_boxes_compiled_as_python(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = 0
    for tp, text in _pages(path):

        def run(tp: Any = tp, text: str = text) -> tuple[list[int], bytes, bytes]:
            rects = np.full((len(text), 4), math.nan)
            inferred = np.zeros(len(text), dtype=bool)
            blank = tight_boxes(tp.raw, text, rects, inferred)
            return blank, rects.tobytes(), inferred.tobytes()

        compiled, python = _both(monkeypatch, run)
        assert compiled == python
        asked += len(text) - len(compiled[0])
    assert asked > 0


@needs_compiled
@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_loose_boxes_and_words_compiled_as_python(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    for tp, text in _pages(path):
        for wanted in (bytes(not ch.isspace() for ch in text), bytes(rng.integers(0, 2, len(text)).tolist())):
            for across, limit in (((1, 0), 1.6), ((0, 1), 1.6), ((1, 0), 0.9)):
                compiled, python = _both(monkeypatch, loose_boxes, tp.raw, wanted, *across, limit)
                (cb, cs, ct), (pb, ps, pt) = compiled, python
                assert [type(b) for b in cb] == [type(b) for b in pb]
                assert _bits(cb) == _bits(pb) and _bits(cs) == _bits(ps) and ct == pt
                assert [b is None for b in cb] == [not w for w in wanted]
            for cos, sin in ((1, 0), (0, 1), (-1, 0), (0, -1)):
                for ocr_layer in (False, True):
                    compiled, python = _both(monkeypatch, word_spans, cb, cs, cos, sin, ocr_layer)
                    assert _span_bits(compiled) == _span_bits(python)


@needs_compiled
def test_compiled_boxes_share_their_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled loops hand back the Python loops' values in fewer float objects: a number the last box (or
    size) had is the same object (the parse's words then hold ~25 % less memory); a word's box takes its
    characters' own numbers, as min() and max() in the Python loop do, and a new float where one is no float."""
    shared = made = 0
    for path in CASES:
        for tp, text in _pages(path):
            wanted = bytes(not ch.isspace() for ch in text)
            (cb, cs, _), (pb, ps, _) = _both(monkeypatch, loose_boxes, tp.raw, wanted, 1, 0, 1.6)
            assert _bits(cb) == _bits(pb) and _bits(cs) == _bits(ps)
            numbers = [v for b in cb if b is not None for v in b] + [v for v in cs if v is not None]
            assert all(type(v) is float for v in numbers)
            made += len(numbers)
            shared += len(numbers) - len({id(v) for v in numbers})
            own = {id(v) for b in cb if b is not None for v in b}
            for span in word_spans(cb, cs, 1, 0, False):
                assert {id(v) for v in span[2:6]} <= own
    # (the Python loop: none; 50 % on these pages, 68 % on the generated notes)
    assert shared > made / 3, "an extension built from an older _pdfium_loops.c: rebuild it (make install)"
    boxes: list[Any] = [(1, 2.0, 3.0, 4.0), (3.5, 2.0, 5.0, 4.0)]  # an int: a float of its value in the span
    (span,) = word_spans(boxes, [10.0, 10.0], 1, 0, False)
    assert type(span[2]) is float and span[2] == 1.0 and span[3] is boxes[0][1] and span[4] is boxes[1][2]


def _span_bits(spans: list[Any]) -> list[Any]:
    return [(s[0], s[1], np.asarray(s[2:], dtype=np.float64).tobytes()) for s in spans]


@needs_compiled
def test_words_on_awkward_boxes_compiled_as_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """Random boxes: NaN and infinite coordinates and sizes, equal values, negative zeros, gaps at
    the limits, sizes under 1, tall glyphs on an OCR layer, reading directions not a right angle."""
    rng = np.random.default_rng(11)
    specials = [math.nan, math.inf, -math.inf, 0.0, -0.0, 0.6, 0.7, 1.0]
    for _ in range(300):
        n = int(rng.integers(0, 40))
        boxes: list[Any] = []
        sizes: list[Any] = []
        x = 0.0
        for _ in range(n):
            if rng.random() < 0.15:
                boxes.append(None)
                sizes.append(None)
                continue
            w, h = float(rng.choice([0.0, 0.5, 5.0, 20.0])), float(rng.choice([0.0, 1.0, 10.0, 40.0]))
            x += float(rng.choice([0.0, 0.3, 0.6, 0.61, 3.0, -2.0]))
            y = float(rng.choice([0.0, 0.7, 0.71, 12.0]))
            box = [x, y, x + w, y + h]
            if rng.random() < 0.1:
                box[int(rng.integers(0, 4))] = float(rng.choice(specials))
            boxes.append(tuple(box))
            sizes.append(float(rng.choice([0.5, 1.0, 2.0, 10.0, math.nan, 0.0])))
            x += w
        cos, sin = [(1, 0), (0, 1), (-1, 0), (0, -1), (math.cos(0.3), math.sin(0.3)), (0.0, -1.0)][
            int(rng.integers(0, 6))
        ]
        for ocr_layer in (False, True):
            compiled, python = _both(monkeypatch, word_spans, boxes, sizes, cos, sin, ocr_layer)
            assert _span_bits(compiled) == _span_bits(python)


@needs_compiled
def test_a_box_pdfium_refuses_keeps_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    """An index PDFium has no character for: no box written (NaN, blank) in the proof's loop; the
    parse's loop keeps the last box it read, both ways."""
    (tp, text), *_ = _pages(CASES[0])
    longer = text[:5] + "x"  # character 5 exists; ask past the page's last one instead
    far = text + "x"
    compiled, python = _both(
        monkeypatch,
        lambda: (
            tight_boxes(tp.raw, far, r := np.zeros((len(far), 4)), np.zeros(len(far), dtype=bool)),
            r.tobytes(),
        ),
    )
    assert compiled == python and compiled[0][-1] == len(far) - 1
    wanted = bytes([1] * len(longer)) + bytes(len(text) - len(longer)) + b"\x01"
    (cb, cs, _), (pb, ps, _) = _both(monkeypatch, loose_boxes, tp.raw, wanted, 1, 0, 1.6)
    assert _bits(cb) == _bits(pb) and _bits(cs) == _bits(ps)
    assert cb[-1] == cb[len(longer) - 1]


def test_arrays_that_do_not_fit_are_refused() -> None:
    (tp, text), *_ = _pages(CASES[0])
    with pytest.raises(ValueError):
        tight_boxes(tp.raw, text, np.zeros((len(text) - 1, 4)), np.zeros(len(text), dtype=bool))
    with pytest.raises(ValueError):
        tight_boxes(tp.raw, text, np.zeros((len(text), 4), dtype=np.float32), np.zeros(len(text), dtype=bool))


def test_the_extension_is_built_in_ci() -> None:
    """CI installs with gcc and the Python headers (.ci/run, `make test`): a silent fall-back to the
    Python loops there would hide a broken build."""
    if os.environ.get("CI") != "true" or os.environ.get("WOO_REDACT_PURE_PYTHON") == "1":
        pytest.skip("not in CI")
    assert pdfium_loops.COMPILED
