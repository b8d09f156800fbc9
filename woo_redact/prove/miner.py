"""pdfminer.six's reading of a PDF: the engine under pdfplumber.

pdfminer's interpreter runs every page (content stream, fonts, Form XObjects)
into a device that records each character exactly as pdfminer's ``LTChar``
places it (text from the font's ToUnicode/encoding, box from the text matrix,
advance width, descent and rise): what pdfplumber's ``page.chars`` holds,
without building an object per character or any graphics. The boxes are then
computed for all characters of a page at once, and both texts the leak check
searches are built from them in one pass per page: reading order (lines
clustered by height, characters left to right, as pdfplumber's
``extract_text`` does) and content-stream order.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

import numpy as np
from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import PDFFont, PDFType1Font, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import Matrix

from .text import BLANK, PageChars, Rect, Unreadable

# Reading order (pdfplumber's defaults for extract_text): characters whose tops
# lie within Y_TOLERANCE of the previous one share a line; a horizontal gap
# wider than X_TOLERANCE is a space.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0


class _ResourceManager(PDFResourceManager):
    """pdfminer's, except that a font named like a standard-14 font keeps its own /Widths.

    pdfminer takes such a font's widths from the AFM metrics even when it carries /Widths, as
    PDFium and poppler do not: then every glyph after one whose widths differ (the Euro, which
    the AFM lacks) lies elsewhere for pdfminer than where it is drawn.
    """

    def get_font(self, objid: object, spec: Mapping[str, object]) -> PDFFont:
        font = super().get_font(objid, spec)
        widths = resolve1(spec.get("Widths"))
        if isinstance(font, PDFType1Font) and font.basefont in FONT_METRICS and isinstance(widths, list):
            try:
                first = int(resolve1(spec.get("FirstChar", 0)))
                own: dict[int | str, float] = {first + i: float(resolve1(w)) for i, w in enumerate(widths)}
            except (TypeError, ValueError):
                return font
            font.widths = {**font.widths, **own}
        return font


class _CharDevice(PDFLayoutAnalyzer):
    """Records characters (text, matrix, glyph-space box); draws nothing else."""

    def __init__(self, manager: PDFResourceManager) -> None:
        super().__init__(manager, laparams=None)
        self.texts: list[str] = []
        self.geometry: list[tuple[float, ...]] = []  # a b c d e f x0 y0 x1 y1 vertical

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        """Start a page: no characters yet."""
        super().begin_page(page, ctm)
        self.texts, self.geometry = [], []

    def paint_path(self, *args: object, **kwargs: object) -> None:
        pass

    def render_image(self, *args: object, **kwargs: object) -> None:
        pass

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> float:
        """What ``PDFLayoutAnalyzer.render_char`` and ``LTChar`` compute."""
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = f"(cid:{cid})"
        adv = font.char_width(cid) * fontsize * scaling
        if font.is_vertical():
            disp = font.char_disp(cid)
            assert isinstance(disp, tuple)  # a vertical font's displacement is (vx, vy), as LTChar asserts
            vx, vy = disp
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            box = (-vx, vy + rise + adv, -vx + fontsize, vy + rise, 1.0)
        else:
            descent = font.get_descent() * fontsize
            box = (0.0, descent + rise, adv, descent + rise + fontsize, 0.0)
        self.texts.append(text)
        self.geometry.append((*matrix, *box))
        return adv


class MinerText:
    """pdfminer's view of a PDF: per page its characters and its two texts."""

    def __init__(self, data: bytes) -> None:
        self._pages: list[tuple[list[str], np.ndarray, tuple[float, ...]]] = []
        self._chars: dict[int, PageChars] = {}
        self.texts: list[tuple[str, str]] = []
        try:
            document = PDFDocument(PDFParser(io.BytesIO(data)))
            manager = _ResourceManager(caching=True)
            device = _CharDevice(manager)
            interpreter = PDFPageInterpreter(manager, device)
            for page in PDFPage.create_pages(document):
                interpreter.process_page(page)
                boxes = _device_boxes(device.geometry)
                self._pages.append((device.texts, boxes, _inverse(_base_ctm(page))))
                rows = boxes.tolist()
                self.texts.append((_reading_order(device.texts, rows), _stream_order(device.texts, rows)))
        except MemoryError:  # the memory limit: the document fails as too large, not as unreadable
            raise
        except Exception as exc:
            raise Unreadable(f"pdfminer cannot read it ({type(exc).__name__})") from exc

    @property
    def n_pages(self) -> int:
        """The number of pages pdfminer read."""
        return len(self._pages)

    def text(self) -> str:
        """The text in reading order (lines top to bottom, characters left to right)."""
        return "\n".join(t for t, _ in self.texts)

    def flow_text(self) -> str:
        """The text in content-stream order.

        A label drawn over living text interleaves with it in the layout
        order ("P5i.e1t..."); in stream order the two stay apart.
        """
        return "".join(t for _, t in self.texts)

    def masked_texts(self, regions: Mapping[int, Sequence[Rect]]) -> tuple[str, str]:
        """Both texts with every character centred in one of a page's ``regions`` blanked out.

        ``regions`` maps page indices to rectangles in default user space. A
        blanked character becomes U+0000, which no redacted string matches, so
        what the texts still spell lies outside the regions.
        """
        reading, flow = [], []
        for i, (read, stream) in enumerate(self.texts):
            rects = regions.get(i)
            if rects:
                texts, boxes, _ = self._pages[i]
                hit = self.chars(i).centred_mask(rects)
                masked = [BLANK if h else t for t, h in zip(texts, hit.tolist(), strict=True)]
                rows = boxes.tolist()
                read, stream = _reading_order(masked, rows), _stream_order(masked, rows)
            reading.append(read)
            flow.append(stream)
        return "\n".join(reading), "".join(flow)

    def chars(self, i: int) -> PageChars:
        """The characters of page ``i`` with their boxes in default user space."""
        if i >= len(self._pages):
            return PageChars.empty()
        if i not in self._chars:
            texts, boxes, inverse = self._pages[i]
            self._chars[i] = PageChars(texts, _transform(inverse, boxes[:, :4]))
        return self._chars[i]


def _device_boxes(geometry: list[tuple[float, ...]]) -> np.ndarray:
    """Rows x0, y0, x1, y1, size in pdfminer's device space, as ``LTChar`` has them."""
    if not geometry:
        return np.zeros((0, 5))
    g = np.array(geometry, dtype=float)
    a, b, c, d, e, f = (g[:, k] for k in range(6))
    x0, y0, x1, y1 = g[:, 6], g[:, 7], g[:, 8], g[:, 9]
    xs = np.stack([a * x0 + c * y0, a * x1 + c * y0, a * x1 + c * y1, a * x0 + c * y1]) + e
    ys = np.stack([b * x0 + d * y0, b * x1 + d * y0, b * x1 + d * y1, b * x0 + d * y1]) + f
    out = np.stack([xs.min(axis=0), ys.min(axis=0), xs.max(axis=0), ys.max(axis=0)], axis=1)
    size = np.where(g[:, 10] > 0, out[:, 2] - out[:, 0], out[:, 3] - out[:, 1])
    return np.column_stack([out, size])


def _base_ctm(page: PDFPage) -> tuple[float, ...]:
    """The matrix pdfminer's ``process_page`` maps user space with."""
    x0, y0, x1, y1 = page.mediabox
    if page.rotate == 90:
        return (0, -1, 1, 0, -y0, x1)
    if page.rotate == 180:
        return (-1, 0, 0, -1, x1, y1)
    if page.rotate == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


def _inverse(m: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = (float(v) for v in m)
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def _transform(m: tuple[float, ...], boxes: np.ndarray) -> np.ndarray:
    """Boxes (x0, y0, x1, y1 rows) mapped by ``m`` (a multiple of 90 degrees), normalised."""
    a, b, c, d, e, f = m
    xs0, ys0 = a * boxes[:, 0] + c * boxes[:, 1] + e, b * boxes[:, 0] + d * boxes[:, 1] + f
    xs1, ys1 = a * boxes[:, 2] + c * boxes[:, 3] + e, b * boxes[:, 2] + d * boxes[:, 3] + f
    return np.stack([np.minimum(xs0, xs1), np.minimum(ys0, ys1), np.maximum(xs0, xs1), np.maximum(ys0, ys1)], axis=1)


def _reading_order(texts: list[str], rows: list[list[float]]) -> str:
    if not texts:
        return ""
    lines: list[list[int]] = []
    last = None
    for k in sorted(range(len(texts)), key=lambda k: -rows[k][3]):  # by top, top of the page first
        top = rows[k][3]
        if last is None or last - top > Y_TOLERANCE:
            lines.append([])
        lines[-1].append(k)
        last = top
    out = []
    for line in lines:
        line.sort(key=lambda k: rows[k][0])
        parts = [texts[line[0]]]
        for prev, k in zip(line, line[1:]):
            if rows[k][0] - rows[prev][2] > X_TOLERANCE:
                parts.append(" ")
            parts.append(texts[k])
        out.append("".join(parts))
    return "\n".join(out)


def _stream_order(texts: list[str], rows: list[list[float]]) -> str:
    out: list[str] = []
    prev = None
    for text, row in zip(texts, rows):
        if prev is not None:
            size = prev[4] or 10.0
            if abs(row[1] - prev[1]) > size / 2:
                out.append("\n")
            elif abs(row[0] - prev[2]) > size / 5:
                out.append(" ")
        out.append(text)
        prev = row
    out.append("\n")
    return "".join(out)
