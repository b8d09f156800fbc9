"""The check that no pen stroke is left under a signature's box: ``no_ink_in_boxes``.

A signature drawn as vector paths (a signing pad, a stamp of Word or Acrobat
placed as a Form XObject, forms inside forms) is hidden by its black box but
would still be in the file, where anyone can delete the box. The remover must
take the strokes out of the content; this check reads the output with PDFium,
walks every path the page draws (into forms, in page space through each
form's matrix) and fails when a path with curves or slanted lines (ink: not
the box itself, not a table rule) lies wholly inside the box of an area
finding (a signature, a paraph, a reviewer's area). It shares no code with the
parser that found the ink or with the remover.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from typing import Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from woo_redact.model import AREA_TYPES, Box, Check, Finding
from woo_redact.pdfium_objects import page_objects

NAME = "no_ink_in_boxes"
TOLERANCE_PT = 2.0  # a stroke's width and its round caps reach a little past its points
MAX_DEPTH = 64  # forms nested deeper than this are not followed (no reader draws them)

Matrix = tuple[float, float, float, float, float, float]


class Pages(Protocol):
    """A document's pages, loaded once and kept open by their holder."""

    n_pages: int

    def page(self, i: int) -> pdfium.PdfPage:
        """Page ``i``, open."""
        ...


def _then(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _is_ink(obj: pdfium.PdfObject) -> bool:
    """The path has a curve or a line that is neither horizontal nor vertical."""
    x, y = ctypes.c_float(), ctypes.c_float()
    last: tuple[float, float] | None = None
    for k in range(max(raw.FPDFPath_CountSegments(obj.raw), 0)):
        seg = raw.FPDFPath_GetPathSegment(obj.raw, k)
        kind = raw.FPDFPathSegment_GetType(seg)
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            return True
        diagonal = last is not None and abs(x.value - last[0]) > 0.05 and abs(y.value - last[1]) > 0.05
        if kind == raw.FPDF_SEGMENT_LINETO and diagonal:
            return True
        last = (x.value, y.value)
    return False


def _ink_boxes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """The page-space bounds of every ink path the page draws, in forms too."""
    out = []
    chain: list[Matrix] = [(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)]  # per level: that level's space -> page
    for obj in page_objects(page, (raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_PATH), MAX_DEPTH):  # (no other kind is read)
        del chain[obj.level + 1 :]
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            chain.append(_then(obj.get_matrix().get(), chain[obj.level]))
        elif obj.type == raw.FPDF_PAGEOBJ_PATH and _is_ink(obj):
            a, b, c, d, e, f = chain[obj.level]
            x0, y0, x1, y1 = obj.get_bounds()
            xs = [a * px + c * py + e for px in (x0, x1) for py in (y0, y1)]
            ys = [b * px + d * py + f for px in (x0, x1) for py in (y0, y1)]
            out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def _inside(ink: tuple[float, float, float, float], box: Box) -> bool:
    t = TOLERANCE_PT
    return box.x0 - t <= ink[0] and ink[2] <= box.x1 + t and box.y0 - t <= ink[1] and ink[3] <= box.y1 + t


def vector_ink_check(doc: Pages, findings: Sequence[Finding]) -> Check:
    """No ink path of the output lies inside the box of a redacted area finding (signature, paraph, area).

    ``doc`` holds the output's pages open (the proof's :class:`.extract.Pdfium`): a page is loaded once
    for its text, this check and its render, which follows.
    """
    targets = [(f, b) for f in findings if f.entity_type in AREA_TYPES for b in f.boxes]
    if not targets:
        return Check(NAME, True, "no signature or area redacted")
    bad: list[str] = []
    for i in sorted({b.page for _, b in targets}):
        if i >= doc.n_pages:
            continue
        inks = _ink_boxes(doc.page(i))
        for f, b in targets:
            n = sum(_inside(ink, b) for ink in inks) if b.page == i else 0
            if n:
                bad.append(
                    f"{f.id} p. {i + 1} area {b.as_list()}: {n} vector path(s) of ink still drawn inside the box"
                )
    if bad:
        return Check(NAME, False, "; ".join(bad[:10]))
    return Check(NAME, True, f"{len(targets)} area box(es): no vector ink left inside")
