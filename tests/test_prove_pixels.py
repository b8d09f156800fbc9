"""The pixel check's figures, taken at the differing pixels only (prove.pixels._figures), against the
whole-area computation they replace: every pixel's 3x3 neighbourhood range in both renders, the ink
change summed per tile over every pixel outside the boxes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from woo_redact.prove import pixels
from woo_redact.prove.pixels import PIXEL_TOLERANCE, TILE


def _dense(a: np.ndarray, b: np.ndarray, mask: np.ndarray) -> tuple[int, float]:
    """The figures over the whole area (the computation as it was, per channel plane)."""
    pa, pb = np.moveaxis(a, 2, 0), np.moveaxis(b, 2, 0)

    def outside(ref: np.ndarray, other: np.ndarray) -> np.ndarray:
        padded = np.pad(ref, ((0, 0), (1, 1), (1, 1)), mode="edge")
        h, w = ref.shape[1], ref.shape[2]
        views = [padded[:, dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)]
        lo, hi = np.minimum.reduce(views).astype(np.int16), np.maximum.reduce(views).astype(np.int16)
        o = other.astype(np.int16)
        return ((lo - o > PIXEL_TOLERANCE) | (o - hi > PIXEL_TOLERANCE)).any(axis=0)

    strayed = int(np.count_nonzero(outside(pa, pb) & outside(pb, pa) & mask))
    gained = pa.sum(axis=0, dtype=np.int16) - pb.sum(axis=0, dtype=np.int16)
    values = np.where(mask, gained, 0)
    h, w = values.shape
    padded = np.pad(values, ((0, -h % TILE), (0, -w % TILE)))
    tiles = padded.reshape(padded.shape[0] // TILE, TILE, padded.shape[1] // TILE, TILE).sum(axis=(1, 3))
    return strayed, float(np.abs(tiles).max()) / (len(pa) * 255)


def _page(rng: np.random.Generator, h: int, w: int, channels: int) -> np.ndarray:
    """White with dark, antialiased-looking strokes."""
    page = np.full((h, w, channels), 255, dtype=np.uint8)
    for _ in range(rng.integers(5, 40)):
        y, x = rng.integers(0, h), rng.integers(0, w)
        dy, dx = rng.integers(1, 4), rng.integers(1, 30)
        page[y : y + dy, x : x + dx] = rng.integers(0, 200, size=channels if rng.random() < 0.3 else 1)
    return page


@pytest.mark.parametrize("seed", range(60))
def test_figures_at_the_differing_pixels_are_the_whole_areas(seed: int) -> None:
    rng = np.random.default_rng(seed)
    h, w = int(rng.integers(1, 90)), int(rng.integers(1, 90))
    channels = int(rng.choice([1, 3]))
    a = _page(rng, h, w, channels)
    b = a.copy()
    if rng.random() < 0.5:  # another sub-pixel phase: the strokes shifted by a pixel
        b = np.roll(b, int(rng.integers(-1, 2)), axis=int(rng.integers(0, 2)))
    for _ in range(rng.integers(0, 30)):  # single pixels, marks and noise, some on the edges
        y, x = rng.integers(0, h), rng.integers(0, w)
        b[y : y + rng.integers(1, 6), x : x + rng.integers(1, 6)] = rng.integers(0, 256, size=channels)
    if rng.random() < 0.3:
        b[0, :] = rng.integers(0, 256)
        b[:, -1] = rng.integers(0, 256)
    mask = np.ones((h, w), dtype=bool)
    for _ in range(rng.integers(0, 4)):  # boxes
        y, x = rng.integers(0, h), rng.integers(0, w)
        mask[y : y + rng.integers(1, 30), x : x + rng.integers(1, 40)] = False
    assert pixels._figures(a, b, mask) == _dense(a, b, mask)


def test_a_vanished_mark_is_counted() -> None:
    a = np.full((64, 64, 3), 255, dtype=np.uint8)
    a[20:24, 20:30] = 0
    b = np.full_like(a, 255)
    mask = np.ones((64, 64), dtype=bool)
    strayed, ink = pixels._figures(a, b, mask)
    assert strayed == 2 * 8  # the mark's inner pixels: its edge lies in the range of the white around it
    assert ink == 40.0  # every pixel of the mark, in one tile
    assert (strayed, ink) == _dense(a, b, mask)
    mask[18:26, 18:32] = False  # under a box it counts for nothing
    assert pixels._figures(a, b, mask) == (0, 0.0)


def test_the_render_is_pypdfium2s() -> None:
    """The proof draws a page into its own array (extract._render_page): the pixels pypdfium2's render gives."""
    import pypdfium2 as pdfium

    from woo_redact.prove.extract import _render_page

    samples = Path(__file__).resolve().parent.parent / "samples" / "notes"
    pages = 0
    for path in sorted(samples.glob("*.pdf"))[:4]:
        doc = pdfium.PdfDocument(path.read_bytes())
        try:
            for i in range(len(doc)):
                page = doc[i]
                page.set_rotation(0)
                for scale in (1.0, 2.0):
                    ours = _render_page(page, scale)
                    theirs = page.render(scale=scale, draw_annots=False, may_draw_forms=False).to_numpy()[:, :, :3]
                    assert ours.shape == theirs.shape
                    assert np.array_equal(ours, theirs)
                    assert (ours < 128).any()  # something was drawn
                page.close()
                pages += 1
        finally:
            doc.close()
    assert pages >= 4


def test_a_render_into_reused_memory_is_a_fresh_render() -> None:
    """A page drawn into scratch memory that held another page's pixels gives the pixels of a new array."""
    import pypdfium2 as pdfium

    from woo_redact.prove.extract import Scratch, _render_page

    samples = Path(__file__).resolve().parent.parent / "samples" / "notes"
    scratch = Scratch()
    drawn = 0
    for path in sorted(samples.glob("*.pdf"))[:4]:
        doc = pdfium.PdfDocument(path.read_bytes())
        try:
            for i in range(len(doc)):
                page = doc[i]
                page.set_rotation(0)
                kept = scratch.array((int(np.ceil(page.get_height())), int(np.ceil(page.get_width())), 3), np.uint8)
                kept[:] = 7  # left dark by an earlier page
                ours = _render_page(page, 1.0, scratch)
                assert ours is kept  # the same memory, drawn anew
                assert np.array_equal(ours, _render_page(page, 1.0))
                page.close()
                drawn += 1
        finally:
            doc.close()
    assert drawn >= 4


def test_scratch_keeps_one_array_per_thread_within_its_size() -> None:
    import threading

    from woo_redact.prove.extract import Scratch

    scratch = Scratch()
    a = scratch.array((10, 20, 3), np.uint8)
    assert scratch.array((10, 20, 3), np.uint8) is a
    assert scratch.array((10, 20), np.bool_) is not a  # another shape or type: a new array, kept from then on
    b = scratch.array((10, 20), np.bool_)
    assert b.shape == (10, 20) and b.dtype == np.bool_ and scratch.array((10, 20), np.bool_) is b
    other: list[np.ndarray] = []
    t = threading.Thread(target=lambda: other.append(scratch.array((10, 20), np.bool_)))
    t.start()
    t.join()
    assert other[0] is not b  # each thread its own
    big = (Scratch.MAX_BYTES + 1,)
    assert scratch.array(big, np.uint8) is not scratch.array(big, np.uint8)  # too large to keep


def _compare_dense(a: np.ndarray, b: np.ndarray, mask: np.ndarray, rasterized: bool) -> str:
    """``pixels._compare`` as it was before round 22: every byte compared into an array of flags."""
    n_outside = int(np.count_nonzero(mask))
    if not n_outside:
        return ""
    differs = a != b
    rows = np.flatnonzero(differs.reshape(differs.shape[0], -1).any(axis=1))
    if not rows.size:
        return ""
    band = differs[rows[0] : rows[-1] + 1]
    cols = np.flatnonzero(band.reshape(band.shape[0], -1).any(axis=0).reshape(band.shape[1], -1).any(axis=1))
    r0, r1 = rows[0] // TILE * TILE, rows[-1] + 1
    c0, c1 = cols[0] // TILE * TILE, cols[-1] + 1
    area_a, area_b, mask = a[r0:r1, c0:c1], b[r0:r1, c0:c1], mask[r0:r1, c0:c1]
    if rasterized:
        pa = np.ascontiguousarray(np.moveaxis(area_a, 2, 0))
        pb = np.ascontiguousarray(np.moveaxis(area_b, 2, 0))
        diff = (np.maximum(pa, pb) - np.minimum(pa, pb)).max(axis=0)
        mean = float(diff.sum(where=mask, dtype=np.int64)) / n_outside
        big = np.count_nonzero((diff > pixels.RASTER_BIG_DIFF) & mask) / n_outside
        if mean > pixels.RASTER_MEAN_TOLERANCE or big > pixels.RASTER_BIG_FRACTION:
            return f"(rasterized): mean difference {mean:.1f}, {big:.2%} of pixels differ strongly"
        return ""
    strayed, local = _dense(area_a, area_b, mask)
    frac = strayed / n_outside
    if frac >= pixels.MAX_DIFF_FRACTION:
        return f": {frac:.2%} of pixels outside the boxes differ"
    if local > pixels.MAX_TILE_INK:
        return f": a mark appeared or vanished outside the boxes ({local:.0f} pixels of ink in a {TILE}x{TILE} area)"
    return ""


@pytest.mark.parametrize("seed", range(80))
def test_the_differing_pixels_found_by_words_are_every_one(seed: int) -> None:
    """Round 22: the pixels that differ, found eight bytes at a time, and the verdict taken from them,
    against every byte compared (sizes whose byte count is no multiple of eight included)."""
    rng = np.random.default_rng(1000 + seed)
    h, w = int(rng.integers(1, 120)), int(rng.integers(1, 120))
    channels = int(rng.choice([1, 3]))
    a = _page(rng, h, w, channels)
    b = a.copy()
    if rng.random() < 0.3:
        b = np.roll(b, int(rng.integers(-1, 2)), axis=int(rng.integers(0, 2)))
    for _ in range(rng.integers(0, 12)):
        y, x = rng.integers(0, h), rng.integers(0, w)
        b[y : y + rng.integers(1, 6), x : x + rng.integers(1, 6), : rng.integers(1, channels + 1)] = rng.integers(
            0, 256
        )
    if rng.random() < 0.2:
        b[-1, -1, -1] ^= 1  # the last byte alone
    expected = np.flatnonzero((a != b).reshape(h * w, channels).any(axis=1))
    assert pixels._differing_pixels(a, b).tolist() == expected.tolist()
    mask = np.ones((h, w), dtype=bool)
    for _ in range(rng.integers(0, 4)):
        y, x = rng.integers(0, h), rng.integers(0, w)
        mask[y : y + rng.integers(1, 30), x : x + rng.integers(1, 40)] = False
    for rasterized in (False, True):
        assert pixels._compare(a, b, mask, rasterized) == _compare_dense(a, b, mask, rasterized)


@pytest.mark.parametrize("seed", range(40))
def test_the_ranges_over_the_whole_area_are_the_gathered_ones(seed: int) -> None:
    """Round 22: where many pixels differ, the 3x3 ranges are taken over the whole area: the same
    pixels stray as when each neighbourhood is gathered."""
    rng = np.random.default_rng(2000 + seed)
    h, w = int(rng.integers(1, 70)), int(rng.integers(1, 70))
    channels = int(rng.choice([1, 3]))
    a = rng.integers(0, 256, size=(h, w, channels), dtype=np.uint8) if seed % 2 else _page(rng, h, w, channels)
    b = np.clip(a.astype(np.int16) + rng.integers(-30, 31, size=a.shape), 0, 255).astype(np.uint8)
    ys, xs = np.nonzero((a != b).any(axis=2))
    dense = pixels._strayed(a, b, ys, xs)
    share = pixels.DENSE_SHARE
    try:
        pixels.DENSE_SHARE = 0  # (never dense)
        gathered = pixels._strayed(a, b, ys, xs)
    finally:
        pixels.DENSE_SHARE = share
    assert len(ys) * share > h * w or not len(ys)
    assert dense.tolist() == gathered.tolist()
