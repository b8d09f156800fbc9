"""A page's objects of some kinds, as pypdfium2's ``PdfPage.get_objects`` gives them, without a wrapper for the rest.

``get_objects(filter=...)`` makes a :class:`pypdfium2.PdfObject` of every object of the page (and of the forms
it descends into) and then leaves out those of other kinds: a page of text has hundreds of text objects, and
the parse (its images, its paths, its invisible text) and the proof (its images, its ink) each asked for a few
kinds of them. :func:`page_objects` asks PDFium each object's kind first and makes a wrapper only for an object
it yields or a form it descends into: the same objects, in the same order, with the same ``level`` and
``container``, and the same error for an object of no known kind. :func:`object_handles` yields the same
objects' PDFium handles alone (a reader that asks PDFium about each object itself).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pypdfium2 import PdfiumError

__all__ = ["object_handles", "page_objects"]


def page_objects(
    page: pdfium.PdfPage, kinds: Collection[int] | None = None, max_depth: int = 15
) -> Iterator[pdfium.PdfObject]:
    """What ``page.get_objects(filter=kinds, max_depth=max_depth)`` yields (every object when ``kinds`` is None
    or empty)."""
    for handle, level, form, made in _objects(page, kinds, max_depth, None, 0):
        yield made or pdfium.PdfObject(handle, page=page, pdf=page.pdf, container=form, level=level)


def object_handles(page: pdfium.PdfPage, kinds: Collection[int] | None = None, max_depth: int = 15) -> Iterator[Any]:
    """The PDFium handles (``.raw``) of the objects :func:`page_objects` yields, without their wrappers."""
    for handle, _, _, _ in _objects(page, kinds, max_depth, None, 0):
        yield handle


def _objects(
    page: pdfium.PdfPage, kinds: Collection[int] | None, max_depth: int, form: pdfium.PdfObject | None, level: int
) -> Iterator[tuple[Any, int, pdfium.PdfObject | None, pdfium.PdfObject | None]]:
    """Each object wanted: its handle, its level, the form that holds it (None: the page) and its wrapper where
    one was made (a form descended into: the container of its objects)."""
    if form is not None:
        count, get, parent = raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, form.raw
    else:
        count, get, parent = raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw
    n = count(parent)
    if n < 0:
        raise PdfiumError("Failed to get number of pageobjects.")
    kind_of, form_kind, unknown = raw.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_UNKNOWN
    descend = level < max_depth - 1
    for i in range(n):
        handle = get(parent, i)
        if not handle:
            raise PdfiumError("Failed to get pageobject.")
        kind = kind_of(handle)
        if kind == unknown:
            pdfium.PdfObject(handle)  # (raises, as get_objects does for an object of no known kind)
        inner = None
        if kind == form_kind and descend:
            inner = pdfium.PdfObject(handle, page=page, pdf=page.pdf, container=form, level=level)
        if not kinds or kind in kinds:
            yield handle, level, form, inner
        if inner is not None:
            yield from _objects(page, kinds, max_depth, inner, level + 1)
