"""Ink on a scanned page that no OCR word explains: handwriting, signatures, paraphs, stamps.

On a scan everything is pixels, so a signature is not an object of its own as
it is in a born-digital PDF (:mod:`.regions`). After Tesseract has read the
page, the dark pixels that lie outside its words are what is left: the strokes
of a signature above a printed name, a paraph beside it, a stamp, a drawing.
This module finds them and reports each cluster as a
:class:`~woo_redact.model.Region` of kind ``"scan"``; whether one is a signature
is decided by detection from the text around it, exactly as for born-digital
marks (:mod:`woo_redact.detect.signatures`).

How, on the image Tesseract read (``dpi`` pixels per inch):

1. ink is a pixel darker than :data:`INK_SHARE` of the paper's grey (the page's
   median): black, blue or red ballpoint all pass, scanner noise and paper
   texture do not;
2. the box of every word Tesseract read is wiped out of that mask, unless the
   word is much taller than the page's text and read with little confidence:
   that is Tesseract reading a signature as letters ("Ann" over 50 pt). Such a
   word that lies on a mark found here is no text of the page: the caller
   leaves it out of the words (the mark stands for it);
3. the mask is pooled into cells of about one point; long straight runs (table
   rules, underlines, frames) are taken out, so a paraph in a table cell is not
   joined to the table;
4. cells closer than :data:`JOIN_PT` (above each other; :data:`JOIN_WIDE_PT`
   beside each other) are one mark; a mark with too little ink
   (specks), too small, or filled like a photo or a solid block is dropped.

The box of each mark is padded by :data:`PAD_PT` (anti-aliasing, JPEG ringing
around the strokes) and mapped to PDF user space by the caller's mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from ..model import Box, Region

INK_SHARE = 0.6  # darker than this share of the paper's grey is ink
JOIN_PT = 8.0  # strokes closer than this above each other belong to one mark (as for vector ink, :mod:`.regions`)
JOIN_WIDE_PT = 14.0  # ... and beside each other (the letters of a signature stand further apart)
RULE_PT = 36.0  # a straight horizontal or vertical run this long is a rule, not writing
MIN_SIDE_PT = 4.0  # a smaller mark is a speck
MIN_INK_PT2 = 12.0  # a mark with less ink (in square points) is dust or a stray dot
MAX_FILL = 0.45  # a mark whose box is darker than this is a photo, a logo or a solid block
MAX_PAGE_FRACTION = 0.3  # a larger mark is no signature (as for vector ink)
TALL_WORD = 2.0  # a word this many times the page's median word height ...
UNSURE_WORD = 70.0  # ... read with less confidence than this is a mark, not text
PAD_PT = 2.0


class TsvBox(Protocol):
    """A word Tesseract read: its box in the image's pixels and its confidence."""

    @property
    def left(self) -> int:
        """Left edge, in pixels."""

    @property
    def top(self) -> int:
        """Top edge, in pixels."""

    @property
    def width(self) -> int:
        """Width, in pixels."""

    @property
    def height(self) -> int:
        """Height, in pixels."""

    @property
    def conf(self) -> float:
        """Tesseract's confidence, 0-100."""


Rect = tuple[float, float, float, float]


def scan_marks(
    image: np.ndarray,
    words: Sequence[TsvBox],
    dpi: float,
    page: int,
    to_user: Callable[[float, float, float, float], Rect],
    page_area: float,
    found: Sequence[MarkPx] | None = None,
) -> tuple[tuple[Region, ...], frozenset[int]]:
    """The marks on a scanned page outside its OCR words, as ``"scan"`` regions in user space, and the
    indices of the ``words`` that are a mark read as letters (tall, unsure, lying on a mark).

    ``image`` is the greyscale page Tesseract read (rows top down), ``words`` its words in that
    image's pixels, ``to_user`` maps a pixel rectangle (x0, top, x1, bottom) to user space; ``found``: the
    :func:`ink_marks` of this image and these words, when the caller has them already.
    """
    if image.ndim != 2 or image.size == 0:
        return (), frozenset()
    misread = _misread(words)
    regions = []
    on_marks: set[int] = set()
    for px0, py0, px1, py1, ink in found if found is not None else _marks_px(image, words, dpi, misread):
        x0, y0, x1, y1 = to_user(px0, py0, px1, py1)
        box = Box(page, x0 - PAD_PT, y0 - PAD_PT, x1 + PAD_PT, y1 + PAD_PT)
        if box.width * box.height >= MAX_PAGE_FRACTION * page_area:
            continue
        regions.append(Region(box, "scan", int(round(ink))))
        for k in misread:
            u, v = words[k].left + words[k].width / 2, words[k].top + words[k].height / 2
            if px0 <= u <= px1 and py0 <= v <= py1:
                on_marks.add(k)
    return tuple(regions), frozenset(on_marks)


MarkPx = tuple[int, int, int, int, float]  # a mark in the image's pixels (x0, top, x1, bottom) and its ink (pt²)


def ink_marks(image: np.ndarray, words: Sequence[TsvBox], dpi: float) -> list[MarkPx]:
    """The marks of :func:`scan_marks` in the image's pixels, found once for :func:`unread_text` and, where the
    words stay the same, for :func:`scan_marks` too."""
    if image.ndim != 2 or image.size == 0:
        return []
    return _marks_px(image, words, dpi, _misread(words))


def _marks_px(
    image: np.ndarray, words: Sequence[TsvBox], dpi: float, misread: frozenset[int] | set[int]
) -> list[MarkPx]:
    """The marks of :func:`scan_marks` in the image's pixels (x0, top, x1, bottom) with their ink in square points."""
    paper = float(np.median(image[::4, ::4]))  # every 16th pixel tells the paper's grey as well
    dark = image < INK_SHARE * paper
    for k, w in enumerate(words):
        if k not in misread:
            pad = max(2, round(0.15 * w.height))
            dark[max(w.top - pad, 0) : w.top + w.height + pad, max(w.left - pad, 0) : w.left + w.width + pad] = False
    cell = max(1, round(dpi / 72.0))  # pixels per cell: about one point
    pt = cell * 72.0 / dpi  # points per cell
    grid, counts = _pool(dark, cell)
    grid &= ~_rules(grid, max(3, round(RULE_PT / pt)))
    counts = np.where(grid, counts, 0)
    px2_per_pt2 = (dpi / 72.0) ** 2
    reach = (max(1, round(JOIN_PT / pt / 2)), max(1, round(JOIN_WIDE_PT / pt / 2)))
    out = []
    for cy0, cx0, cy1, cx1 in _clusters(grid, reach):
        ink = float(counts[cy0:cy1, cx0:cx1].sum()) / px2_per_pt2
        wide, high = (cx1 - cx0) * pt, (cy1 - cy0) * pt
        if wide < MIN_SIDE_PT or high < MIN_SIDE_PT or ink < MIN_INK_PT2 or ink > MAX_FILL * wide * high:
            continue
        out.append((cx0 * cell, cy0 * cell, cx1 * cell, cy1 * cell, ink))
    return out


TEXT_LINES_MAX = 5.0  # a mark at most this many of the page's word heights high ...
TEXT_WIDTH_MIN = 1.5  # ... and at least this many times as wide as high may be printed text OCR left out
REREAD_MAX = 12  # marks read again per page, at most


def unread_text(marks: Sequence[MarkPx], words: Sequence[TsvBox]) -> list[tuple[int, int, int, int]]:
    """The ``marks`` (:func:`ink_marks`) shaped like printed text that the page's reading left out (a table's last
    column, a cell's wrapped name: Tesseract's page segmentation drops such blocks now and then), in pixels, widest
    first: the caller reads each again on its own. A signature is no line of text: as high as a line or two and as
    wide as a name, it may be read again too, and what it reads is dropped unless Tesseract is sure of it."""
    if not words:
        return []
    heights = sorted(w.height for w in words)
    line = float(heights[len(heights) // 2])
    found = [
        (x0, y0, x1, y1)
        for x0, y0, x1, y1, _ in marks
        if y1 - y0 <= TEXT_LINES_MAX * line and x1 - x0 >= TEXT_WIDTH_MIN * (y1 - y0)
    ]
    return sorted(found, key=lambda r: r[0] - r[2])[:REREAD_MAX]


MIN_RULES_PT = 4 * RULE_PT  # ... rules this long in all make a ruled page (a form, a table with borders)


def without_rules(image: np.ndarray, dpi: float) -> np.ndarray | None:
    """``image`` (greyscale, rows top down) with its table rules and frames painted the paper's grey, or None
    when it has too few of them to matter.

    Tesseract's page segmentation reads a boxed table's cells poorly: it takes the frame for a picture and
    leaves rows out whole. The rules are found as in :func:`scan_marks` (long straight runs of ink cells).
    """
    if image.ndim != 2 or image.size == 0:
        return None
    paper = float(np.median(image[::4, ::4]))
    dark = image < INK_SHARE * paper
    cell = max(1, round(dpi / 72.0))
    pt = cell * 72.0 / dpi
    grid, _ = _pool(dark, cell)
    rules = _rules(grid, max(3, round(RULE_PT / pt)))
    if float(rules.sum()) * pt < MIN_RULES_PT:
        return None
    mask = np.repeat(np.repeat(rules, cell, axis=0), cell, axis=1)[: image.shape[0], : image.shape[1]]
    out = image.copy()
    out[mask & dark] = np.uint8(min(255.0, paper))
    return out


def _misread(words: Sequence[TsvBox]) -> set[int]:
    """The words that are no text: much taller than the page's words and read with little confidence
    (Tesseract reading a signature as "Ann" over 50 points)."""
    if not words:
        return set()
    median = float(np.median([w.height for w in words]))
    return {k for k, w in enumerate(words) if w.height > TALL_WORD * median and w.conf < UNSURE_WORD}


def _pool(dark: np.ndarray, cell: int) -> tuple[np.ndarray, np.ndarray]:
    """Cells of ``cell`` x ``cell`` pixels: whether any pixel is ink, and how many are."""
    h, w = dark.shape
    hh, ww = -(-h // cell) * cell, -(-w // cell) * cell
    padded = np.zeros((hh, ww), dtype=bool)
    padded[:h, :w] = dark
    rows = np.add.reduce(padded.view(np.uint8).reshape(hh // cell, cell, ww), axis=1, dtype=np.uint16)
    counts = rows.reshape(hh // cell, ww // cell, cell).sum(axis=2, dtype=np.int32)  # rows first: much faster
    return counts > 0, counts


def _runs(grid: np.ndarray, length: int) -> np.ndarray:
    """Cells in a horizontal run of at least ``length`` ink cells (rows of ``grid``)."""
    h, w = grid.shape
    if w < length:
        return np.zeros_like(grid)
    cs = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(grid, axis=1, out=cs[:, 1:])
    full = (cs[:, length:] - cs[:, :-length]) == length  # the window starting at column j is all ink
    starts = np.zeros((h, full.shape[1] + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=starts[:, 1:])
    col = np.arange(w)
    hi = np.minimum(col, w - length) + 1  # cell c lies in the windows starting at c - length + 1 ... c
    lo = np.maximum(col - length + 1, 0)
    return np.asarray((starts[:, hi] - starts[:, lo]) > 0, dtype=bool)


def _rules(grid: np.ndarray, length: int) -> np.ndarray:
    """Cells of straight horizontal or vertical runs (a skew of a degree or so is allowed: a run may
    step one cell up or down, as the rows are read two at a time)."""
    both = grid.copy()
    both[:-1] |= grid[1:]  # a rule a little off the row still runs through one of two rows
    horizontal = _runs(both, length)
    horizontal = (horizontal | np.roll(horizontal, 1, axis=0)) & grid
    both_t = grid.T.copy()
    both_t[:-1] |= grid.T[1:]
    vertical = _runs(both_t, length)
    vertical = ((vertical | np.roll(vertical, 1, axis=0)) & grid.T).T
    return np.asarray(horizontal | vertical, dtype=bool)


def _dilate(grid: np.ndarray, reach: tuple[int, int]) -> np.ndarray:
    """Each ink cell grown by ``reach`` cells (rows, columns) on each side (a rectangle)."""
    out = grid.copy()
    for axis in (0, 1):
        src = out.copy()
        for k in range(1, reach[axis] + 1):
            if axis == 0:
                out[k:] |= src[:-k]
                out[:-k] |= src[k:]
            else:
                out[:, k:] |= src[:, :-k]
                out[:, :-k] |= src[:, k:]
    return out


def _clusters(grid: np.ndarray, reach: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """Boxes (row0, col0, row1, col1; ends exclusive) of the ink cells that lie within twice ``reach``
    (rows, columns) of each other, transitively."""
    if not grid.any():
        return []
    grown = _dilate(grid, reach)
    labels = _label(grown)
    rows, cols = np.nonzero(grid)
    ids = labels[rows, cols]
    out = []
    order = np.argsort(ids, kind="stable")
    ids, rows, cols = ids[order], rows[order], cols[order]
    bounds = np.flatnonzero(np.diff(ids)) + 1
    for r, c in zip(np.split(rows, bounds), np.split(cols, bounds), strict=True):
        out.append((int(r.min()), int(c.min()), int(r.max()) + 1, int(c.max()) + 1))
    return out


def _label(grid: np.ndarray) -> np.ndarray:
    """Connected components (4-neighbours) of ``grid``: runs per row joined by a union-find."""
    h, _ = grid.shape
    parent: list[int] = []

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    labels = np.zeros(grid.shape, dtype=np.int32)
    prev: list[tuple[int, int, int]] = []  # (start, end, id) of the row above
    for y in range(h):
        row = grid[y]
        if not row.any():
            prev = []
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
        runs = []
        j = 0
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            k = len(parent)
            parent.append(k)
            while j < len(prev) and prev[j][1] <= start:
                j += 1
            i = j
            while i < len(prev) and prev[i][0] < end:
                a, b = root(prev[i][2]), root(k)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                i += 1
            runs.append((int(start), int(end), k))
            labels[y, start:end] = k
        prev = runs
    lookup = np.array([root(k) for k in range(len(parent))], dtype=np.int32) if parent else np.zeros(1, np.int32)
    return lookup[labels]
