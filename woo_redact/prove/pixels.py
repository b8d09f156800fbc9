"""The pixel checks: nothing changed outside the boxes, and the boxes are black.

Original and output are rendered unrotated at 72 dpi without annotations and
form fields (which the sanitizer removes). Pages whose drawing is byte-identical
to the original's (:mod:`.pages`) render identically and are not rendered.

A page that draws a JPEG 2000 image at less than half its size, and a rasterized page, are rendered at
a multiple of 72 dpi and averaged down to 72 dpi (for a rasterized page, the raster's resolution against the
original's drawing, see ``RASTER_FACTOR``): PDFium decodes such an image
from a lower resolution level of its codestream (for a tiled one with an odd
width, tiles a pixel off), while the painted copy, written with Flate, is
scaled down whole; at 72 dpi the two differ all over a scan that has not
changed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from woo_redact.model import Box, Check, Finding
from woo_redact.pdfium_objects import page_objects

from .extract import Pdfium, Scratch
from .text import Rect

SCALE = 1.0  # 72 dpi
DILATE_PX = 2
PIXEL_TOLERANCE = 8  # max channel difference that still counts as equal
MAX_DIFF_FRACTION = 0.001  # fraction of outside pixels that may differ
# ... and no local loss or gain of ink: a removed word or mark outside the
# boxes is far below 0.1% of a page. Rewritten text objects may render with a
# different sub-pixel phase, which moves ink around but keeps its amount, so
# the ink (darkness, in units of one black pixel) is compared per tile.
TILE = 16
MAX_TILE_INK = 6.0
RASTER_MEAN_TOLERANCE = 4.0  # mean abs difference allowed on rasterized pages
RASTER_BIG_DIFF = 96
RASTER_BIG_FRACTION = 0.0005  # (with RASTER_FACTOR: a good raster 0 %, one line of text lost 0.12 %)
DARK_LEVEL = 96  # a pixel whose channels are all below this is dark
# Labels are white text and fill much of a small box at 72 dpi (real boxes
# measure 80-90% dark); text on white or an undrawn box stays far below.
MIN_DARK_FRACTION = 0.6


MAX_JPX_FACTOR = 4  # renders at most 4 x 72 dpi for a page with a JPEG 2000 scan
# a rasterized page is rendered at 4 x 72 dpi (about the raster's own 300) and averaged down: at 72 dpi the
# raster's pixels, scaled down by PDFium, and the original's vectors, drawn at 72 dpi, differ along every edge of
# small print and thin lines (1-2 % of a dense page's pixels "differ strongly" where nothing changed)
RASTER_FACTOR = 4


def _jpx_factor(orig: Pdfium, i: int) -> int:
    """How many times 72 dpi page ``i`` is rendered at so that no JPEG 2000 image of it is drawn at less
    than half its pixels (1: none is)."""
    factor = 1.0
    page = orig.page(i)  # (kept open: it is rendered next)
    for obj in page_objects(page, (pdfium_c.FPDF_PAGEOBJ_IMAGE,), 4):
        if not isinstance(obj, pdfium.PdfImage) or "JPXDecode" not in obj.get_filters():
            continue
        px_w, px_h = obj.get_px_size()
        x0, y0, x1, y1 = obj.get_bounds()
        if x1 - x0 > 0 and y1 - y0 > 0:
            factor = max(factor, 0.6 * px_w / (x1 - x0), 0.6 * px_h / (y1 - y0))
    return min(MAX_JPX_FACTOR, math.ceil(factor))


# the memory the pages are rendered and compared in, reused from page to page (see extract.Scratch):
# the original's and the output's render, the pixels outside the boxes
_ORIGINAL, _OUTPUT, _OUTSIDE = Scratch(), Scratch(), Scratch()


def _render(pdf: Pdfium, i: int, k: int, into: Scratch) -> tuple[np.ndarray, Rect]:
    """Page ``i`` at 72 dpi; for ``k`` > 1 rendered at ``k`` times that and averaged over k x k blocks.

    The 72 dpi render is ``into``'s array (valid until the next render into it)."""
    if k == 1:
        return pdf.render(i, SCALE, into)
    arr, crop = pdf.render(i, SCALE * k, into)
    h, w = arr.shape[0] // k, arr.shape[1] // k
    blocks = arr[: h * k, : w * k].reshape(h, k, w, k, arr.shape[2]).astype(np.float32)
    return np.rint(blocks.mean(axis=(1, 3))).astype(np.uint8), crop


def _pixel_rect(rect: Rect, crop: Rect, shape: tuple[int, ...], pad: int) -> tuple[int, int, int, int]:
    """Pixel rows/cols (r0, r1, c0, c1) of a user-space rect, padded by ``pad``."""
    h, w = shape[0], shape[1]
    c0 = math.floor((rect[0] - crop[0]) * SCALE) - pad
    c1 = math.ceil((rect[2] - crop[0]) * SCALE) + pad
    r0 = math.floor((crop[3] - rect[3]) * SCALE) - pad
    r1 = math.ceil((crop[3] - rect[1]) * SCALE) + pad
    return max(r0, 0), min(r1, h), max(c0, 0), min(c1, w)


def _strayed(a: np.ndarray, b: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
    """Per pixel (ys, xs) of two (h, w, channels) areas: whether each lies, in some channel, more than
    PIXEL_TOLERANCE outside the range of the other's 3x3 neighbourhood around it (the area's edge
    repeated beyond it).

    The neighbourhoods are gathered pixel by pixel, or, where many pixels differ (a scan whose every
    part moved a little), their ranges are taken over the whole area at once (:func:`_ranges`).
    """
    h, w = a.shape[:2]
    out = np.ones(len(ys), dtype=bool)
    if len(ys) * DENSE_SHARE > h * w:
        for ref, other in ((a, b), (b, a)):
            low, high = _ranges(ref)
            lo, hi = low[ys, xs].astype(np.int16), high[ys, xs].astype(np.int16)
            value = other[ys, xs].astype(np.int16)
            out &= ((lo - value > PIXEL_TOLERANCE) | (value - hi > PIXEL_TOLERANCE)).any(axis=1)
        return out
    yy = np.clip(ys[None, :] + _DY[:, None], 0, h - 1)  # (9, n): the neighbours, clamped to the area
    xx = np.clip(xs[None, :] + _DX[:, None], 0, w - 1)
    for ref, other in ((a, b), (b, a)):
        around = ref[yy, xx]  # (9, n, channels)
        lo, hi = around.min(axis=0).astype(np.int16), around.max(axis=0).astype(np.int16)
        value = other[ys, xs].astype(np.int16)
        out &= ((lo - value > PIXEL_TOLERANCE) | (value - hi > PIXEL_TOLERANCE)).any(axis=1)
    return out


DENSE_SHARE = 10  # the ranges are taken over the whole area when more than a tenth of its pixels differ


def _ranges(area: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pixel and channel of an (h, w, channels) area: the least and the greatest value in its 3x3
    neighbourhood, the area's edge repeated beyond it (a row's range of three, then a column's of those)."""
    h, w = area.shape[:2]
    padded = np.pad(area, ((1, 1), (1, 1), (0, 0)), mode="edge")
    out = []
    for pick in (np.minimum, np.maximum):
        across = pick(pick(padded[:, :w], padded[:, 1 : w + 1]), padded[:, 2 : w + 2])
        out.append(pick(pick(across[:h], across[1 : h + 1]), across[2 : h + 2]))
    return out[0], out[1]


_DY = np.repeat(np.arange(-1, 2), 3)
_DX = np.tile(np.arange(-1, 2), 3)


def _figures(
    a: np.ndarray, b: np.ndarray, mask: np.ndarray, at: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[int, float]:
    """Of two (h, w, channels) areas whose rows and columns start on a tile corner: how many pixels
    outside the boxes (``mask``) strayed (:func:`_strayed`), and the largest ink (255 - the mean of
    the channels, in black pixels) that a TILE x TILE area outside the boxes gained or lost.
    ``at``: the (rows, columns) of the pixels that differ, in row-major order, when the caller has them.

    Only the pixels that differ outside the boxes are looked at: a pixel equal in both is in the range
    of the other's neighbourhood and gains or loses no ink.
    """
    channels = a.shape[2]
    if at is None:
        differs = a != b
        ys, xs = np.nonzero(np.logical_or.reduce([differs[:, :, k] for k in range(channels)]))
    else:
        ys, xs = at
    outside = mask[ys, xs]
    ys, xs = ys[outside], xs[outside]
    strayed = int(np.count_nonzero(_strayed(a, b, ys, xs)))
    gained = a[ys, xs].sum(axis=1, dtype=np.int64) - b[ys, xs].sum(axis=1, dtype=np.int64)
    tiles = np.zeros((-(-a.shape[0] // TILE), -(-a.shape[1] // TILE)), dtype=np.int64)
    np.add.at(tiles, (ys // TILE, xs // TILE), gained)
    return strayed, float(np.abs(tiles).max()) / (channels * 255)


def _differing_pixels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The flat indices (row * width + column), ascending, of the pixels of two (h, w, channels) arrays
    that differ in some channel.

    Compared eight bytes at a time, then byte by byte only in the eight-byte words that differ: a
    page's renders differ in a few places (the boxes, their labels), and a comparison of every byte
    into an array of flags, then reduced per row, took about a tenth of a page's proof.
    """
    fa, fb = a.reshape(-1), b.reshape(-1)
    whole = fa.size // 8 * 8
    words = np.flatnonzero(fa[:whole].view(np.uint64) != fb[:whole].view(np.uint64))
    at = (words[:, None] * 8 + _BYTES).reshape(-1)
    at = np.concatenate([at, np.arange(whole, fa.size)])
    at = at[fa[at] != fb[at]]
    pixels: np.ndarray = at // a.shape[2]
    if pixels.size > 1:  # (several channels of one pixel: once)
        pixels = pixels[np.concatenate(([True], pixels[1:] != pixels[:-1]))]
    return pixels


_BYTES = np.arange(8)


def _compare(a: np.ndarray, b: np.ndarray, mask: np.ndarray, rasterized: bool) -> str:
    """What differs outside the boxes ('' when the page passes).

    Only the tile-aligned area that holds every differing pixel is looked at,
    and within it (but on rasterized pages) only the pixels that differ
    outside the boxes: a pixel equal in both renders cannot stray from the
    range of the other's neighbourhood (it is in it) and gains or loses no
    ink. Fractions and means are still taken over all pixels outside the
    boxes.
    """
    n_outside = int(np.count_nonzero(mask))
    if not n_outside:
        return ""
    # where the renders differ, found once for the whole page (:func:`_differing_pixels`)
    pixels = _differing_pixels(a, b)
    if not pixels.size:
        return ""
    ys, xs = np.divmod(pixels, a.shape[1])
    r0, r1 = int(ys[0]) // TILE * TILE, int(ys[-1]) + 1
    c0, c1 = int(xs.min()) // TILE * TILE, int(xs.max()) + 1
    area_a, area_b, mask = a[r0:r1, c0:c1], b[r0:r1, c0:c1], mask[r0:r1, c0:c1]
    if rasterized:
        # channel planes of the area, each contiguous; the largest difference over the channels
        pa = np.ascontiguousarray(np.moveaxis(area_a, 2, 0))
        pb = np.ascontiguousarray(np.moveaxis(area_b, 2, 0))
        diff = (np.maximum(pa, pb) - np.minimum(pa, pb)).max(axis=0)
        mean = float(diff.sum(where=mask, dtype=np.int64)) / n_outside
        big = np.count_nonzero((diff > RASTER_BIG_DIFF) & mask) / n_outside
        if mean > RASTER_MEAN_TOLERANCE or big > RASTER_BIG_FRACTION:
            return f"(rasterized): mean difference {mean:.1f}, {big:.2%} of pixels differ strongly"
        return ""
    # A pixel differs when it lies outside the range of the other rendering's 3x3 neighbourhood:
    # a glyph drawn a fraction of a pixel further (another sub-pixel phase) moves its
    # antialiased edge within that range; a changed mark does not. Lost or gained ink is
    # caught by the tile check below, whatever its edges do.
    strayed, local = _figures(area_a, area_b, mask, (ys - r0, xs - c0))
    frac = strayed / n_outside
    if frac >= MAX_DIFF_FRACTION:
        return f": {frac:.2%} of pixels outside the boxes differ"
    if local > MAX_TILE_INK:
        return f": a mark appeared or vanished outside the boxes ({local:.0f} pixels of ink in a {TILE}x{TILE} area)"
    return ""


def _inside_another(box: Box, others: Sequence[Box], tolerance: float = 0.5) -> bool:
    """``box`` lies wholly inside a larger box of ``others`` (within ``tolerance`` points)."""
    return any(
        o.width * o.height > box.width * box.height
        and o.x0 - tolerance <= box.x0
        and box.x1 <= o.x1 + tolerance
        and o.y0 - tolerance <= box.y0
        and box.y1 <= o.y1 + tolerance
        for o in others
    )


def pixel_checks(
    orig: Pdfium,
    out: Pdfium,
    pages: Sequence[int],
    boxes: Sequence[tuple[Finding, Box]],
    changed: Sequence[Box],
    rasterized: set[int],
    n_same: int,
) -> tuple[Check, Check]:
    """Render ``pages`` of both files and compare them; ``n_same`` pages were identical."""
    diff_bad: list[str] = []
    dark_bad: list[str] = []
    for i in pages:
        if i >= out.n_pages:
            continue
        # (a rasterized page: both at the raster's resolution, then averaged down, as the JPEG 2000 pages)
        k = max(_jpx_factor(orig, i), RASTER_FACTOR) if i in rasterized else _jpx_factor(orig, i)
        a, crop_a = _render(orig, i, k, _ORIGINAL)
        b, crop_b = _render(out, i, k, _OUTPUT)
        if a.shape != b.shape or any(abs(p - q) > 0.01 for p, q in zip(crop_a, crop_b, strict=True)):
            diff_bad.append(f"p. {i + 1}: page size changed")
            continue
        mask = _OUTSIDE.array(a.shape[:2], np.bool_)
        mask.fill(True)
        page_boxes = [bx for _, bx in boxes if bx.page == i] + [c for c in changed if c.page == i]
        for bx in page_boxes:
            r0, r1, c0, c1 = _pixel_rect((bx.x0, bx.y0, bx.x1, bx.y1), crop_a, a.shape, DILATE_PX)
            mask[r0:r1, c0:c1] = False
        problem = _compare(a, b, mask, i in rasterized)
        if problem:
            diff_bad.append(f"p. {i + 1}{problem}")
        on_page = [bx for _, bx in boxes if bx.page == i]
        for f, bx in boxes:
            if bx.page != i or _inside_another(bx, on_page):
                continue  # (a box inside a larger one may lie under that one's label: the larger is measured)
            r0, r1, c0, c1 = _pixel_rect((bx.x0, bx.y0, bx.x1, bx.y1), crop_b, b.shape, -1)
            if r1 <= r0 or c1 <= c0:
                continue  # smaller than two pixels at this resolution
            dark = float((b[r0:r1, c0:c1].max(axis=2) < DARK_LEVEL).mean())
            if dark < MIN_DARK_FRACTION:
                dark_bad.append(f"{f.id} p. {i + 1}: only {dark:.0%} dark")
    if diff_bad:
        diff_check = Check("pixels_outside_unchanged", False, "; ".join(diff_bad[:20]))
    else:
        same = f" ({n_same} more draw exactly what the original draws)" if n_same else ""
        diff_check = Check(
            "pixels_outside_unchanged", True, f"{len(pages)} page(s) render alike outside the boxes{same}"
        )
    if dark_bad:
        dark_check = Check("boxes_black", False, "; ".join(dark_bad[:20]))
    else:
        dark_check = Check("boxes_black", True, f"{len(boxes)} box(es) render black")
    return diff_check, dark_check
