"""Reading a PDF with each text engine, each on its own.

- pdfminer.six, the interpreter under pdfplumber (:mod:`.miner`); the checks
  name it ``pdfplumber``, as they always did;
- PDFium (pypdfium2): text, characters with their boxes, renders;
- poppler's ``pdftotext``: one subprocess per file, started early so that it
  runs while Python does the rest.
"""

from __future__ import annotations

import ctypes
import io
import math
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..pdfium_loops import tight_boxes
from .text import PageChars, Rect, Unreadable

if TYPE_CHECKING:
    from .miner import MinerText

__all__ = ["Pdfium", "Pdftotext", "Scratch", "extract_texts", "miner_text"]


def miner_text(data: bytes) -> MinerText:
    """pdfminer's reading of ``data`` (:mod:`.miner`). pdfminer is imported on first use: a run's proof reads
    with PDFium and pdftotext, and asks pdfminer only where PDFium misses a word (its import, with the
    cryptography it loads, was ~0.08 CPU s of every run's start)."""
    from .miner import MinerText

    return MinerText(data)


class Pdfium:
    """PDFium's view of a PDF: text, characters (user space) and renders.

    A page is loaded (its content parsed) once for everything the proof reads
    from it: its text and characters, then its render, which closes it. At
    most :data:`OPEN_PAGES` pages are held open between those reads; beyond
    that the oldest is closed and loaded again when needed.
    """

    OPEN_PAGES = 16

    def __init__(self, data: bytes) -> None:
        try:
            self.doc = pdfium.PdfDocument(data)
            self.n_pages = len(self.doc)
        except MemoryError:  # the memory limit: the document fails as too large, not as unreadable
            raise
        except Exception as exc:
            raise Unreadable(f"pdfium cannot read it ({type(exc).__name__})") from exc
        self._texts: dict[int, str] = {}
        self._chars: dict[int, PageChars] = {}
        self._pages: dict[int, pdfium.PdfPage] = {}
        self._with_chars: set[int] = set()

    def close(self) -> None:
        """Close the pages still open and the document."""
        for page in self._pages.values():
            page.close()
        self._pages.clear()
        self.doc.close()

    def page(self, i: int) -> pdfium.PdfPage:
        """Page ``i``, loaded once and kept open (see :meth:`release`)."""
        page = self._pages.get(i)
        if page is None:
            if len(self._pages) >= self.OPEN_PAGES:
                self.release(next(iter(self._pages)))
            page = self._pages[i] = self.doc[i]
        return page

    def release(self, i: int) -> None:
        """Close page ``i`` if it is open."""
        page = self._pages.pop(i, None)
        if page is not None:
            page.close()

    def read_chars_with_text(self, pages: Iterable[int]) -> None:
        """Read the characters of ``pages`` together with their text (one text page each, not two)."""
        self._with_chars.update(pages)

    def _load(self, i: int, with_chars: bool) -> None:
        with_chars = with_chars or i in self._with_chars
        tp = self.page(i).get_textpage()
        try:
            n = tp.count_chars()
            self._texts[i] = tp.get_text_range() if n else ""
            if with_chars:
                self._chars[i] = _pdfium_chars(tp, n, self._texts[i])
        finally:
            tp.close()

    def page_text(self, i: int) -> str:
        """Page ``i``'s text as PDFium extracts it."""
        if i not in self._texts:
            self._load(i, with_chars=False)
        return self._texts[i]

    def text(self) -> str:
        """The text of every page, a line break between pages."""
        return "\n".join(self.page_text(i) for i in range(self.n_pages))

    def chars(self, i: int) -> PageChars:
        """Page ``i``'s characters in PDFium's order (see :class:`PageChars`)."""
        if i >= self.n_pages:
            return PageChars.empty()
        if i not in self._chars:
            self._load(i, with_chars=True)
        return self._chars[i]

    def render(self, i: int, scale: float, into: Scratch | None = None) -> tuple[np.ndarray, Rect]:
        """The page rendered unrotated at ``scale`` (RGB, uint8), and its crop box.

        ``into`` (optional) gives the array to draw in for a shape: the caller's reused scratch
        memory, which the next render into the same scratch overwrites. The page is closed
        afterwards: the render is the last thing read from it (and its rotation is changed, in
        memory only).
        """
        page = self.page(i)
        try:
            page.set_rotation(0)  # in memory only: pixels then follow user space
            crop = [float(v) for v in page.get_bbox()]  # follows inheritance (get_cropbox does not)
            arr = _render_page(page, scale, into)
        finally:
            self.release(i)
        return arr, (crop[0], crop[1], crop[2], crop[3])


def _render_page(page: pdfium.PdfPage, scale: float, into: Scratch | None = None) -> np.ndarray:
    """``page`` drawn at ``scale`` on white, without annotations and form fields: (h, w, 3) uint8, BGR.

    What pypdfium2's ``page.render(scale=scale, draw_annots=False, may_draw_forms=False)`` draws
    (a packed 3-byte bitmap, no flags), into a NumPy array filled white by NumPy: its ctypes buffer
    and PDFium's fill took a fifth of the render of a page of text. The array is ``into``'s for
    its shape when given (memory already mapped: a new one costs its pages' faults), else a new one.
    """
    width, height = math.ceil(page.get_width() * scale), math.ceil(page.get_height() * scale)
    if width < 1 or height < 1:
        raise ValueError("Crop exceeds page dimensions")  # (as pypdfium2 says it)
    if into is None:
        arr = np.full((height, width, 3), 255, dtype=np.uint8)
    else:
        arr = into.array((height, width, 3), np.uint8)
        arr.fill(255)
    bitmap = pdfium_c.FPDFBitmap_CreateEx(
        width, height, pdfium_c.FPDFBitmap_BGR, arr.ctypes.data_as(ctypes.c_void_p), width * 3
    )
    if not bitmap:
        raise MemoryError("PDFium could not make a bitmap")
    try:
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, 0)
    finally:
        pdfium_c.FPDFBitmap_Destroy(bitmap)
    return arr


class Scratch:
    """Reusable memory for one array at a time, per thread: the array of a shape and type asked for,
    kept for the next ask of the same shape and type (its contents as the last user left them).

    The pixel checks render and compare two whole pages for every page: new arrays of that size are
    fresh memory each time, whose every page the kernel maps and zeroes on first touch (about a
    tenth of a render). Arrays over :data:`MAX_BYTES` are not kept.
    """

    MAX_BYTES = 8 << 20

    def __init__(self) -> None:
        self._local = threading.local()

    def array(self, shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray:
        """An array of ``shape`` and ``dtype``, uninitialised (the last contents when reused)."""
        kept: np.ndarray | None = getattr(self._local, "array", None)
        if kept is not None and kept.shape == shape and kept.dtype == dtype:
            return kept
        arr = np.empty(shape, dtype=dtype)
        self._local.array = arr if arr.nbytes <= self.MAX_BYTES else None
        return arr


def _pdfium_chars(tp: pdfium.PdfTextPage, n: int, text: str) -> PageChars:
    """Characters with their tight boxes; whitespace rows are NaN.

    The spaces and line breaks PDFium infers are whitespace too, so they are
    word boundaries like the page's own spaces in the text checks; they are
    marked ``inferred`` for the check that compares words outside the boxes
    (see :func:`.checks.words_avoiding`). (Should PDFium ever generate
    anything else, it counts as a character: that can only make a check
    stricter.)

    PDFium writes each box straight into its row of the array (the hot loop of
    the proof: a page has thousands of characters), see :func:`.pdfium_loops.tight_boxes`.
    """
    if len(text) != n:  # characters outside the BMP: ask one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp, k)) for k in range(n))
    # PDFium reports a hyphen it takes for a hyphenation at a line end as U+FFFE,
    # depending on what follows it: the glyph is a hyphen either way
    text = text.replace("\ufffe", "-")
    texts = list(text)
    rects = np.full((len(texts), 4), math.nan)  # rows of x0 (left), y0 (bottom), x1 (right), y1 (top)
    inferred = np.zeros(len(texts), dtype=bool)
    for k in tight_boxes(tp.raw, text, rects, inferred):  # (the hot loop of the proof, compiled where it could be)
        texts[k] = ""
    _inkless_to_loose(tp, rects)
    return PageChars(texts, rects, inferred)


FLAT_PT = 0.25
FLAT_SHARE = 0.02


def _inkless_to_loose(tp: pdfium.PdfTextPage, rects: np.ndarray) -> None:
    """Give a character whose tight box is flat its loose box instead.

    A glyph without outlines has no ink, and PDFium's tight box for it is a
    line on the baseline (0.006 pt tall): the invisible text layer of OCR'd
    scans (Tesseract's GlyphLessFont, as in ZyLAB's exports) is all such
    glyphs. That line lies on the bottom edge of a redaction box drawn over
    the word's full height, so out of the box shrunk by
    :data:`.checks.SHRINK_PT`: "Rutte", removed under its box, then read as a
    word outside the boxes that went missing. The loose box (ascent to
    descent at the drawn size: the height OCR gave the word) is where such a
    glyph stands. Flat: under :data:`FLAT_PT` and under :data:`FLAT_SHARE` of
    the loose box, across or along the line (a hyphen's or a rule's ink is
    some 5 % of its line's height, and keeps its tight box).
    """
    w, h = rects[:, 2] - rects[:, 0], rects[:, 3] - rects[:, 1]
    flat = np.flatnonzero(~np.isnan(rects[:, 0]) & (np.minimum(w, h) < FLAT_PT))
    rect = pdfium_c.FS_RECTF()
    for k in flat.tolist():
        if not pdfium_c.FPDFText_GetLooseCharBox(tp, k, rect):
            continue
        lw, lh = rect.right - rect.left, rect.top - rect.bottom
        if lw > 0 and lh > 0 and (h[k] < FLAT_SHARE * lh or w[k] < FLAT_SHARE * lw):
            rects[k] = (rect.left, rect.bottom, rect.right, rect.top)


class Pdftotext:
    """poppler's ``pdftotext`` of one file, running in the background.

    The file is handed over in memory where the system has anonymous files
    (Linux: ``memfd_create``, read through ``/dev/fd``), else through a
    temporary directory.
    """

    def __init__(self, data: bytes) -> None:
        exe = shutil.which("pdftotext")
        if exe is None:
            raise FileNotFoundError("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        fd = _memory_file(data)
        if fd is not None:
            try:
                self._proc = subprocess.Popen(
                    [exe, "-q", "-enc", "UTF-8", f"/dev/fd/{fd}", "-"],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    pass_fds=(fd,),
                )
            finally:
                os.close(fd)  # pdftotext has its own copy
        else:
            self._tmp = tempfile.TemporaryDirectory(prefix="woo_prove_")
            src = Path(self._tmp.name) / "in.pdf"
            src.write_bytes(data)
            self._proc = subprocess.Popen(
                [exe, "-q", "-enc", "UTF-8", str(src), "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
            )
        self._text: str | None = None

    def text(self) -> str:
        """pdftotext's text of the whole file (waits for it; :class:`Unreadable` when it fails or stalls)."""
        if self._text is None:
            try:
                out, _ = self._proc.communicate(timeout=120)
            except subprocess.TimeoutExpired as exc:
                self._proc.kill()
                self._proc.communicate()
                raise Unreadable("pdftotext took longer than 120 s") from exc
            finally:
                self._cleanup()
            if self._proc.returncode != 0:
                raise Unreadable(f"pdftotext failed with exit code {self._proc.returncode}")
            self._text = out.decode("utf-8", errors="replace")
        return self._text

    def close(self) -> None:
        """Stop pdftotext if it still runs."""
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.communicate()
        self._cleanup()

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()


def _memory_file(data: bytes) -> int | None:
    """A file descriptor of an anonymous file in memory holding ``data``; None where there is none."""
    if not hasattr(os, "memfd_create") or not os.path.isdir("/dev/fd"):
        return None
    try:
        fd = os.memfd_create("woo_prove")
    except OSError:
        return None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        raise
    return fd


def extract_texts(data: bytes) -> dict[str, str]:
    """The full text of a PDF by each engine: pdfplumber, pdfium, pdftotext.

    Raises ``FileNotFoundError`` when poppler's ``pdftotext`` is missing.
    """
    import pdfplumber

    poppler = Pdftotext(data)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            t_plumber = "\n".join(p.extract_text() or "" for p in pdf.pages)
        pdfm = Pdfium(data)
        try:
            t_pdfium = pdfm.text()
        finally:
            pdfm.close()
        t_poppler = poppler.text()
    finally:
        poppler.close()
    return {"pdfplumber": t_plumber, "pdfium": t_pdfium, "pdftotext": t_poppler}
