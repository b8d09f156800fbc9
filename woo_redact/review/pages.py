"""Page images for the review screen, and the geometry between PDF and pixels.

Pages are rendered from the ORIGINAL input with pypdfium2 (so a reviewer sees
what is under a box) and cached as PNG in ``DIR/work/.review-cache/<input sha256>/``,
lazily, one page per request. PDFium is not thread-safe, so every call into it
holds one lock.

Geometry: a finding's :class:`~woo_redact.model.Box` is in PDF default user
space (points, y upwards, before ``/Rotate``); the image shows the crop box
rotated by ``/Rotate`` at ``scale`` pixels per point, y downwards.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from ..layout import Layout
from ..model import Box
from ..outputs import atomic_write
from .catalog import CACHE_DIR, ReviewDoc

SCALE = 1.5  # 108 dpi: sharp enough to read, small enough to load fast
_LOCK = threading.RLock()


class PageUnavailable(Exception):
    """The original of a document cannot be read (moved, changed or damaged)."""


@dataclass(frozen=True)
class PageGeom:
    """How one page's user space maps onto its rendered image."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int  # clockwise degrees: 0, 90, 180, 270
    scale: float = SCALE

    @property
    def width_pt(self) -> float:
        """Width of the visible page (crop box) in points."""
        return self.right - self.left

    @property
    def height_pt(self) -> float:
        """Height of the visible page (crop box) in points."""
        return self.top - self.bottom

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The rendered image's size in pixels, rotation applied."""
        w, h = self.width_pt, self.height_pt
        if self.rotation in (90, 270):
            w, h = h, w
        return round(w * self.scale), round(h * self.scale)

    def to_pixel(self, x: float, y: float) -> tuple[float, float]:
        """A point of user space -> (px, py) on the image, y downwards."""
        u, v = x - self.left, self.top - y  # from the unrotated top-left corner
        w, h = self.width_pt, self.height_pt
        px, py = {0: (u, v), 90: (h - v, u), 180: (w - u, h - v), 270: (v, w - u)}[self.rotation]
        return px * self.scale, py * self.scale

    def to_user(self, px: float, py: float) -> tuple[float, float]:
        """The inverse of :meth:`to_pixel`."""
        a, b = px / self.scale, py / self.scale
        w, h = self.width_pt, self.height_pt
        u, v = {0: (a, b), 90: (b, h - a), 180: (w - a, h - b), 270: (w - b, a)}[self.rotation]
        return u + self.left, self.top - v

    def box_to_pixels(self, box: Box) -> tuple[float, float, float, float]:
        """A box -> (x, y, width, height) in image pixels."""
        xs, ys = zip(*(self.to_pixel(x, y) for x in (box.x0, box.x1) for y in (box.y0, box.y1)))
        return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)

    def rect_to_box(self, page: int, rect: tuple[float, float, float, float]) -> Box:
        """An image rectangle (x0, y0, x1, y1 in pixels) -> a box in user space."""
        x0, y0, x1, y1 = rect
        xs, ys = zip(*(self.to_user(x, y) for x in (x0, x1) for y in (y0, y1)))
        return Box(page, min(xs), min(ys), max(xs), max(ys))


class PageImages:
    """Renders and caches the page images of a run's originals."""

    def __init__(self, root: Path, scale: float = SCALE, keep_open: int = 8) -> None:
        self.cache = Layout(root).work / CACHE_DIR
        self.scale = scale
        self.keep_open = keep_open
        self._geoms: dict[int, tuple[PageGeom, ...]] = {}
        self._open: OrderedDict[int, pdfium.PdfDocument] = OrderedDict()

    def _document(self, doc: ReviewDoc) -> pdfium.PdfDocument:
        """The original, opened once and kept among the few most recent (call under the lock)."""
        pdf = self._open.get(doc.index)
        if pdf is not None:
            self._open.move_to_end(doc.index)
            return pdf
        path = Path(doc.input)
        if not doc.input or not path.is_file():
            raise PageUnavailable(f"the original of {doc.rel} is not at {doc.input or '(unknown)'} any more")
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise PageUnavailable(f"the original of {doc.rel} cannot be opened: {exc}") from exc
        self._open[doc.index] = pdf
        while len(self._open) > self.keep_open:
            _, old = self._open.popitem(last=False)
            old.close()
        return pdf

    def geometry(self, doc: ReviewDoc) -> tuple[PageGeom, ...]:
        """Crop box and rotation of every page of the original."""
        if doc.index in self._geoms:
            return self._geoms[doc.index]
        with _LOCK:
            pdf = self._document(doc)
            geoms = []
            for i in range(len(pdf)):
                page = pdf[i]
                left, bottom, right, top = page.get_bbox()
                geoms.append(PageGeom(left, bottom, right, top, page.get_rotation() % 360, self.scale))
                page.close()
        self._geoms[doc.index] = tuple(geoms)
        return self._geoms[doc.index]

    def png_path(self, doc: ReviewDoc, page: int) -> Path:
        """Where the cached PNG of ``page`` is (keyed on the original's hash)."""
        key = doc.input_sha256 or f"doc{doc.index}"
        return self.cache / key / f"p{page + 1:04d}@{self.scale:g}.png"

    def png(self, doc: ReviewDoc, page: int) -> Path:
        """The cached PNG of one page of the original, rendered on first use."""
        path = self.png_path(doc, page)
        if path.is_file():
            return path
        with _LOCK:
            if path.is_file():
                return path
            pdf = self._document(doc)
            if not 0 <= page < len(pdf):
                raise IndexError(page)
            pg = pdf[page]
            try:
                image = pg.render(scale=self.scale, may_draw_forms=True).to_pil()
            finally:
                pg.close()
        import io

        buf = io.BytesIO()
        image.save(buf, format="PNG", optimize=False, compress_level=3)
        atomic_write(path, buf.getvalue())
        return path

    def close(self) -> None:
        """Close the open originals."""
        with _LOCK:
            for pdf in self._open.values():
                pdf.close()
            self._open.clear()
