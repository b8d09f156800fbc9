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
import statistics
from collections.abc import Sequence
from dataclasses import replace

import pikepdf
import pypdfium2 as pdfium

from ..errors import CorruptPdf, DocumentError, EncryptedPdf, InputNotPdf
from ..model import Document, Line, PageInfo, Word
from .layout import find_fields, find_sections, is_heading, line_box, segments_of_page
from .noise import noisy_layer
from .ocr import OcrMode, OcrOptions, frame_of, merge_words, ocr_page, wants_ocr
from .words import PageChars, RawWord, page_words


def check_pdf(data: bytes, name: str) -> None:
    """Raise a clear error when ``data`` is not an openable, unencrypted PDF."""
    if not data.lstrip()[:1024].find(b"%PDF-") >= 0:
        raise InputNotPdf(f"{name}: {InputNotPdf.public_default}")
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            len(pdf.pages)
    except pikepdf.PasswordError as exc:
        raise EncryptedPdf(f"{name}: {EncryptedPdf.public_default}") from exc
    except pikepdf.PdfError as exc:
        raise CorruptPdf(
            f"{name}: the PDF is damaged and cannot be read ({str(exc).splitlines()[0][:120]}). "
            "Re-export it from the source application or repair it (qpdf, Acrobat) and run again."
        ) from exc


def parse_pdf(data: bytes, name: str, ocr: OcrOptions | None = None) -> Document:
    """Read a PDF into a Document: words, lines in reading order, sections, fields.

    ``ocr`` says which pages are read by OCR (default: none).
    """
    check_pdf(data, name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CorruptPdf(f"{name}: PDFium cannot read the PDF ({exc}). Re-export or repair it.") from exc
    try:
        pages = [page_words(pdf, index) for index in range(len(pdf))]
        if ocr is not None:
            pages = [_with_ocr(pdf, index, page, ocr, name) for index, page in enumerate(pages)]
    finally:
        pdf.close()
    return assemble(pages, name, hashlib.sha256(data).hexdigest())


def _with_ocr(
    pdf: pdfium.PdfDocument, index: int, page: tuple[list[RawWord], PageChars], options: OcrOptions, name: str
) -> tuple[list[RawWord], PageChars]:
    """The page's words with OCR words added, when the page qualifies for OCR."""
    words, info = page
    noisy = options.mode is not OcrMode.NEVER and noisy_layer(words, info)
    if not noisy and not wants_ocr(info, options.mode):
        return page
    try:
        result = ocr_page(pdf, index, info, options)
    except DocumentError as exc:
        raise type(exc)(f"{name}: page {index + 1}: {exc}") from exc
    if noisy:  # the layer's words are noise: the OCR words take their place
        words, info = [], replace(info, n_chars=0, noisy_layer=True)
    merged = merge_words(words, result.words)
    if not words and result.words:  # the reading frame follows the OCR'd text
        angle = result.angle
        crop = [float(v) for v in pdf[index].get_cropbox()]
        left, width = frame_of(info, crop, angle)
        info = replace(info, frame_left=left, frame_width=width)
    n_ocr = sum(len(w.text) for w in merged) - sum(len(w.text) for w in words)
    info = replace(info, n_chars=info.n_chars + n_ocr, ocr=True, ocr_confidence=result.confidence)
    return merged, info


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
