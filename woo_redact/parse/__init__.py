"""Parse stage: PDF bytes -> :class:`~woo_redact.model.Document`.

PDFium gives the words with their characters (:mod:`.words`) and the images and
ink on each page (:mod:`.regions`); pages without a usable text layer (scans),
or whose invisible text layer is noise (archive exports, :mod:`.noise`), are
read by Tesseract (:mod:`.ocr`) into the same words; :mod:`.layout` puts them in
lines, sections and header fields. Errors a user can act on (not a PDF,
encrypted, damaged) are raised as :mod:`woo_redact.errors` classes.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import replace

import pikepdf
import pypdfium2 as pdfium

from ..errors import CorruptPdf, DocumentError, EncryptedPdf, InputNotPdf
from ..model import Box, Document, Line, PageInfo, Word
from .layout import find_fields, find_sections, is_heading, line_box, segments_of_page
from .noise import noisy_layer
from .ocr import OcrMode, OcrOptions, frame_of, merge_words, ocr_page, wants_ocr
from .pictures import PictureCache, read_pictures, wants_pictures
from .words import PageChars, RawWord, page_words


def check_pdf(data: bytes, name: str) -> int:
    """Raise a clear error when ``data`` is not an openable, unencrypted PDF; its number of pages.

    Pages without a valid size or rotation are damaged too: the remover and the
    readers would each guess them differently.
    """
    if not data.lstrip()[:1024].find(b"%PDF-") >= 0:
        raise InputNotPdf(f"{name}: {InputNotPdf.public_default}")
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages):
                _check_geometry(page.obj, index, name)
                _check_drawing(page.obj, index, name)
            _check_filters(pdf, name)
            if not len(pdf.pages):
                raise damaged_pdf(name, "it has no pages")
            count: object = pdf.Root.Pages.get("/Count")  # a Python int at run time, when it is one
            if not isinstance(count, int) or count != len(pdf.pages):  # qpdf refuses to add a page to such a tree
                raise damaged_pdf(name, f"the page tree is damaged: /Count {count} for {len(pdf.pages)} page(s)")
            return len(pdf.pages)
    except pikepdf.PasswordError as exc:
        raise EncryptedPdf(f"{name}: {EncryptedPdf.public_default}") from exc
    except (pikepdf.PdfError, RuntimeError) as exc:  # qpdf's own errors (QpdfRuntimeError) are RuntimeErrors
        raise damaged_pdf(name, str(exc)) from exc


def damaged_pdf(name: str, why: str, how: str = " and cannot be read") -> CorruptPdf:
    """The error for a damaged file, with the first line of the reader's ``why`` (without qpdf's name for
    the in-memory stream); ``how``: what the damage prevents, after "the PDF is damaged"."""
    why = re.sub(r"^\s*stream <[^>]*>:?\s*", "", why.splitlines()[0] if why else "")  # qpdf names the in-memory stream
    return CorruptPdf(
        f"{name}: the PDF is damaged{how} ({why[:160]}). "
        "Re-export it from the source application or repair it (qpdf, Acrobat) and run again."
    )


MAX_COLUMNS = 1 << 20  # predictor /Columns (samples a row); real images stay far below
MAX_COLORS = 64


def _check_filters(pdf: pikepdf.Pdf, name: str) -> None:
    """No stream asks a reader for absurd decoding rows (pdfminer once took 9 GB for /Columns 1e9)."""
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        parms = obj.get("/DecodeParms")
        for p in parms if isinstance(parms, pikepdf.Array) else [parms]:
            if not isinstance(p, pikepdf.Dictionary):
                continue
            for key, limit in (("/Columns", MAX_COLUMNS), ("/Colors", MAX_COLORS)):
                value: object = p.get(key)
                if isinstance(value, int) and not 0 <= value <= limit:
                    raise damaged_pdf(name, f"a stream has {key} {value} in its DecodeParms")


MAX_DRAWN_BYTES = 256 << 20  # content a page may have drawn through its forms (each use counts)


def _check_drawing(page: pikepdf.Dictionary, index: int, name: str) -> None:
    """A page does not draw a large form so often that a reader runs out of memory.

    PDFium loads every drawing operator of every use of a form (a 28 MB form drawn
    50 times took it past 12 GB, in C code no time limit can interrupt).
    """
    try:
        resources = _inherited(page, "/Resources")
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        if not isinstance(xobjects, pikepdf.Dictionary):
            return
        forms = {k: x for k, x in xobjects.items() if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Form"}
        if not forms:
            return
        contents = page.get("/Contents")
        parts = contents if isinstance(contents, pikepdf.Array) else [contents]
        data = b"\n".join(c.read_bytes() for c in parts if isinstance(c, pikepdf.Stream))
        uses = re.findall(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b", data)
        sizes: dict[str, int] = {}
        drawn = 0
        for use in uses:
            key = "/" + use.decode("latin-1")
            if key in forms:
                if key not in sizes:
                    sizes[key] = len(forms[key].read_bytes())
                drawn += sizes[key]
    except (pikepdf.PdfError, RuntimeError, ValueError, TypeError):
        return  # cannot measure it here; the readers will meet whatever is wrong
    if drawn > MAX_DRAWN_BYTES:
        raise damaged_pdf(name, f"page {index + 1} draws {drawn >> 20} MB of drawing operators through its forms")


MAX_PAGE_SIDE = 14400.0  # points; the PDF specification's largest page (200 inches)


def _inherited(page: pikepdf.Dictionary, key: str) -> pikepdf.Object | None:
    node: pikepdf.Object | None = page
    for _ in range(64):  # a Parent chain that loops ends here
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def _check_geometry(page: pikepdf.Dictionary, index: int, name: str) -> None:
    """A page's MediaBox is four numbers with a side of 1 to 14,400 points; its Rotate a multiple of 90."""
    box = _inherited(page, "/MediaBox")
    ok = False  # also without a MediaBox
    if box is not None:
        try:
            x0, y0, x1, y1 = (float(v) for v in box)
            ok = all(math.isfinite(v) for v in (x0, y0, x1, y1)) and all(
                1.0 <= abs(b - a) <= MAX_PAGE_SIDE for a, b in ((x0, x1), (y0, y1))
            )
        except (TypeError, ValueError, RuntimeError, pikepdf.PdfError):
            ok = False
    if not ok:
        raise damaged_pdf(name, f"page {index + 1} has no valid page size (MediaBox)")
    crop = _inherited(page, "/CropBox")
    if crop is not None:
        try:
            c0, d0, c1, d1 = (float(v) for v in crop)
            w = min(max(x0, x1), max(c0, c1)) - max(min(x0, x1), min(c0, c1))
            h = min(max(y0, y1), max(d0, d1)) - max(min(y0, y1), min(d0, d1))
            ok = math.isfinite(w) and math.isfinite(h) and w >= 1.0 and h >= 1.0
        except (TypeError, ValueError, RuntimeError, pikepdf.PdfError):
            ok = False
        if not ok:
            raise damaged_pdf(name, f"page {index + 1} has a CropBox that is not a box on the page")
    rotate = _inherited(page, "/Rotate")
    if rotate is not None and not _is_quarter_turn(rotate):
        raise damaged_pdf(name, f"page {index + 1} has an invalid rotation (Rotate must be a multiple of 90)")


def _is_quarter_turn(rotate: pikepdf.Object) -> bool:
    try:
        value = float(rotate)
    except (TypeError, ValueError, RuntimeError, pikepdf.PdfError):
        return False
    return value.is_integer() and int(value) % 90 == 0


def parse_pdf(data: bytes, name: str, ocr: OcrOptions | None = None) -> Document:
    """Read a PDF into a Document: words, lines in reading order, sections, fields.

    ``ocr`` says which pages are read by OCR (default: none).
    """
    n_pages = check_pdf(data, name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CorruptPdf(f"{name}: PDFium cannot read the PDF ({exc}). Re-export or repair it.") from exc
    try:
        if len(pdf) != n_pages:  # a damaged page tree: the readers and the remover would not see the same pages
            raise damaged_pdf(name, f"the page tree is damaged: PDFium counts {len(pdf)} pages, qpdf {n_pages}")
        try:
            pages = [page_words(pdf, index) for index in range(len(pdf))]
        except pdfium.PdfiumError as exc:
            raise damaged_pdf(name, f"PDFium cannot read a page: {exc}") from exc
        if ocr is not None:
            cache = PictureCache()  # each distinct picture is read once per document
            pages = [_with_ocr(pdf, index, page, ocr, name, cache) for index, page in enumerate(pages)]
    finally:
        pdf.close()
    return assemble(pages, name, hashlib.sha256(data).hexdigest())


def _with_ocr(
    pdf: pdfium.PdfDocument,
    index: int,
    page: tuple[list[RawWord], PageChars],
    options: OcrOptions,
    name: str,
    cache: PictureCache | None = None,
) -> tuple[list[RawWord], PageChars]:
    """The page's words with OCR words added, when the page qualifies for OCR (or, with a text layer,
    its pictures do: :mod:`.pictures`)."""
    words, info = page
    if options.mode is OcrMode.NEVER:
        # a scan whose only text is a stamp (or a few characters) is as unsearchable as one without text
        if info.n_chars and wants_ocr(info, OcrMode.AUTO, words):
            return words, replace(info, unread_scan=True)
        return page
    noisy = noisy_layer(words, info)
    try:
        if not noisy and not wants_ocr(info, options.mode, words):
            if not wants_pictures(info, options):
                return page
            return read_pictures(pdf, index, words, info, options, cache if cache is not None else PictureCache())
        result = ocr_page(pdf, index, info, options)
    except DocumentError as exc:
        raise type(exc)(f"{name}: page {index + 1}: {exc}") from exc
    if noisy:  # the layer's words are noise: the OCR words take their place
        words, info = [], replace(info, n_chars=0, noisy_layer=True)
    merged = merge_words(words, result.words)
    if not words and result.words:  # the reading frame follows the OCR'd text
        angle = result.angle
        crop = [float(v) for v in pdf[index].get_bbox()]
        left, width = frame_of(info, crop, angle)
        info = replace(info, frame_left=left, frame_width=width)
    n_ocr = sum(len(w.text) for w in merged) - sum(len(w.text) for w in words)
    info = replace(info, n_chars=info.n_chars + n_ocr, ocr=True, ocr_confidence=result.confidence)
    # handwriting and signatures on the scan: candidates like images and vector ink (a mark that is one of
    # those, an image or ink the page draws as an object of its own, is already there)
    marks = tuple(m for m in result.marks if not any(r.box.contains_point(*_centre(m.box)) for r in info.regions))
    if marks:
        info = replace(info, regions=info.regions + marks)
    return merged, info


def _centre(box: Box) -> tuple[float, float]:
    return (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2


def assemble(pages: Sequence[tuple[Sequence[RawWord], PageChars]], name: str, sha256: str) -> Document:
    """Put the words of every page into a Document: lines in reading order, sections, fields."""
    words: list[Word] = []
    lines: list[Line] = []
    line_texts: list[str] = []
    line_words: list[list[RawWord]] = []
    infos: list[PageInfo] = []
    parts: list[str] = []
    offset = 0
    for index, (raw, info) in enumerate(pages):
        infos.append(
            PageInfo(
                index,
                info.width,
                info.height,
                info.rotation,
                info.n_chars,
                info.image_boxes,
                info.ocr,
                info.ocr_confidence,
                info.regions,
                info.noisy_layer,
                info.unread_scan,
                info.pictures_read,
                info.pictures_confidence,
            )
        )
        for seg in segments_of_page(raw, index, info.frame_left, info.frame_width):
            if parts:
                parts.append("\n")
                offset += 1
            start = offset
            first = len(words)
            for k, rw in enumerate(seg.words):
                if k:
                    parts.append(" ")
                    offset += 1
                words.append(
                    Word(rw.text, rw.box, rw.char_boxes, rw.fontname, rw.size, len(lines), offset, rw.confidence)
                )
                parts.append(rw.text)
                offset += len(rw.text)
            lines.append(Line(index, line_box(index, seg.words), first, len(seg.words), start, offset))
            line_texts.append(" ".join(w.text for w in seg.words))
            line_words.append(list(seg.words))
    text = "".join(parts)
    sizes = [w.size for w in words if w.size > 0]
    body = statistics.median(sizes) if sizes else 10.0
    headings = [is_heading(t, ws, body) for t, ws in zip(line_texts, line_words)]
    return Document(
        path=name,
        sha256=sha256,
        pages=tuple(infos),
        text=text,
        words=tuple(words),
        lines=tuple(lines),
        sections=find_sections(lines, line_texts, headings),
        fields=find_fields(lines, text),
    )
