"""Marks on a page that are no text: images, and vector paths drawn like ink.

A signature or a paraph reaches a PDF as an image (a scan, a stamp) or as
vector paths (a pen on a tablet, a signing app). The parser only reports where
such marks are; whether one is a signature is decided by detection from the
text around it (:mod:`woo_redact.detect.signatures`).

Ink: a path counts as ink when it has curves or slanted line segments (a table
rule, a box or an underline has only horizontal and vertical lines); ink paths
whose boxes lie within :data:`JOIN_PT` of each other form one region (the
strokes of one signature). Paths inside Form XObjects count as well, in
page space (a signature stamp from Word or Acrobat is a form of paths); the
remover removes them from a copy of the form (:mod:`woo_redact.redact.paths`).
A page with more than :data:`MAX_PATHS` paths (a chart, a map) is not
searched for ink.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..model import Box, Region
from ..pdfium_objects import object_handles, page_objects

__all__ = ["MAX_FORM_DEPTH", "Bounds", "Matrix", "bounds", "drawn_paths", "invisible_share", "page_regions", "then"]

JOIN_PT = 8.0  # strokes closer than this belong to one mark
MIN_INK_SEGMENTS = 6  # a region with fewer ink segments is a decoration, not writing
MAX_PAGE_FRACTION = 0.3  # a region larger than this part of the page is no signature
MAX_PATHS = 3000  # a page drawing more paths is a chart or a map: its ink is not looked at
MAX_FORM_DEPTH = 12  # forms nested deeper are not looked into (the remover rasterises past its own limit)


def _ink_segments(obj: pdfium.PdfObject) -> int:
    """Segments of the path that are curves or slanted lines."""
    n = raw.FPDFPath_CountSegments(obj.raw)
    x, y = ctypes.c_float(), ctypes.c_float()
    last: tuple[float, float] | None = None
    ink = 0
    for i in range(max(n, 0)):
        seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
        kind = raw.FPDFPathSegment_GetType(seg)
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        point = (x.value, y.value)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            ink += 1
        elif kind == raw.FPDF_SEGMENT_LINETO and last is not None:
            dx, dy = abs(point[0] - last[0]), abs(point[1] - last[1])
            if dx > 0.05 and dy > 0.05:
                ink += 1
        last = point
    return ink


def _cluster(marks: list[tuple[Box, int]]) -> list[tuple[Box, int]]:
    """Join boxes closer than JOIN_PT (transitively), adding their segment counts.

    A sweep over the boxes sorted by their left edge with a union-find: each box is compared only
    with the boxes whose left edge lies within its reach.
    """
    order = sorted(range(len(marks)), key=lambda k: marks[k][0].x0)
    parent = list(range(len(marks)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for n, i in enumerate(order):
        a = marks[i][0]
        for j in order[n + 1 :]:
            b = marks[j][0]
            if b.x0 - JOIN_PT > a.x1:
                break
            if a.y0 - JOIN_PT <= b.y1 and b.y0 - JOIN_PT <= a.y1:
                parent[root(j)] = root(i)
    groups: dict[int, tuple[Box, int]] = {}
    for k, (box, ink) in enumerate(marks):
        r = root(k)
        if r in groups:
            gbox, gink = groups[r]
            groups[r] = (gbox.union(box), gink + ink)
        else:
            groups[r] = (box, ink)
    return list(groups.values())


Matrix = tuple[float, float, float, float, float, float]
Bounds = tuple[float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_FORMS_AND_PATHS = (raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_PATH)


def then(m: Matrix, n: Matrix) -> Matrix:
    """Apply ``m``, then ``n`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def bounds(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> Bounds:
    """The box (x0, y0, x1, y1) of ``m``'s space as a box of the space ``m`` maps to: the bounds of its four
    corners (a box placed in a form, in the page's user space)."""
    a, b, c, d, e, f = m
    xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
    ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
    return min(xs), min(ys), max(xs), max(ys)


def drawn_paths(page: pdfium.PdfPage, limit: int = MAX_PATHS) -> list[tuple[pdfium.PdfObject, Bounds]]:
    """Every path the page draws, also inside Form XObjects (a signature stamp placed as a form, forms in
    forms), with its bounds in the page's user space; [] when there are more than ``limit``.

    PDFium gives an object's bounds in the space of the form that holds it; each form object's matrix
    maps that space to its own container's, so the chain of form matrices leads to the page.
    """
    out: list[tuple[pdfium.PdfObject, Bounds]] = []
    to_page: list[Matrix] = [_IDENTITY]  # per nesting level: the matrix from that level's space to the page
    for obj in page_objects(page, _FORMS_AND_PATHS, MAX_FORM_DEPTH):  # (no other kind is read)
        level = obj.level
        del to_page[level + 1 :]
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            to_page.append(then(obj.get_matrix().get(), to_page[level]))
        elif obj.type == raw.FPDF_PAGEOBJ_PATH:
            if len(out) >= limit:
                return []
            x0, y0, x1, y1 = obj.get_bounds()
            out.append((obj, bounds(to_page[level], x0, y0, x1, y1)))
    return out


def page_regions(page: pdfium.PdfPage, index: int, images: tuple[Box, ...]) -> tuple[Region, ...]:
    """The images (given) and ink regions of one page, in user space."""
    width, height = page.get_size()
    page_area = max(width * height, 1.0)
    marks = []
    for obj, (x0, y0, x1, y1) in drawn_paths(page):  # none for a chart or a map: no signature is looked for
        ink = _ink_segments(obj)
        if ink:
            marks.append((Box(index, x0, y0, x1, y1), ink))
    regions = [Region(b, "image") for b in images if b.width * b.height < MAX_PAGE_FRACTION * page_area]
    for box, ink in _cluster(marks):
        if ink >= MIN_INK_SEGMENTS and box.width * box.height < MAX_PAGE_FRACTION * page_area:
            regions.append(Region(box, "ink", ink))
    return tuple(regions)


def invisible_share(page: pdfium.PdfPage) -> float:
    """The share of the page's text objects drawn invisibly (render mode 3), as an OCR layer is."""
    total = hidden = 0
    for handle in object_handles(page, (raw.FPDF_PAGEOBJ_TEXT,), 4):
        total += 1
        if raw.FPDFTextObj_GetTextRenderMode(handle) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            hidden += 1
    return hidden / total if total else 0.0
