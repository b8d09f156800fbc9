"""OCR words for pages without a usable text layer (scans), in PDF default user space.

A page qualifies (mode ``auto``) when it shows an image and has no text, or
images cover most of it and it has little text; mode ``always`` OCRs every page that shows an image, mode ``never``
none. The page is rendered by PDFium (so the image's placement matrix, masks
and the page's /Rotate are applied exactly as a reader shows them), read by
Tesseract (``tesseract-ocr`` with the Dutch model ``tesseract-ocr-nld``), and
every word box is mapped from pixels back to user space. The result is the
same :class:`~woo_redact.parse.words.RawWord` the text-layer parser produces,
so layout and detection work unchanged.

Tesseract is called as a program (TSV output) rather than through OCRmyPDF:
OCRmyPDF writes a new PDF (re-encoding images, its own text layer) while the
pipeline needs only the words and keeps every other byte of the page; it also
brings Ghostscript. pytesseract would only wrap the same call.

Orientation: when the first read finds few confident words, Tesseract's
orientation detection (``--psm 0``, the ``osd`` model that ships with
``tesseract-ocr``) is asked, and the page is read again turned upright. Skew
of a few degrees is handled by Tesseract's own deskewing; its word boxes
stay axis-aligned in the image, and each character box is padded a little
so that a redaction box covers the slanted word.

Characters inside a word get shares of the word's width as Helvetica's widths
divide it (Tesseract's TSV has no character boxes; equal shares left the last
letter of "Bakker," uncovered); the first and last are widened to the word's
padded edges.
"""

from __future__ import annotations

import csv
import enum
import io
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from reportlab.pdfbase import pdfmetrics

from ..errors import DocumentError
from ..model import Box, Region
from .ink import scan_marks, without_rules
from .words import PageChars, RawWord, _frame

if TYPE_CHECKING:
    from PIL.Image import Image

OCR_FONT = "OCR"  # the fontname of OCR'd words: the text layer writer finds them by it
MIN_COVERAGE = 0.5  # auto: images must cover this fraction of the page ...
MAX_TEXT_CHARS = 40  # ... and the page hold fewer text-layer characters than this ...
MAX_STAMP_CHARS = 400  # ... or only a stamp: fewer characters than this ...
MAX_STAMP_LINES = 3  # ... on at most this many lines (a court's, archive's or platform's header on a scan)
MIN_CONFIDENCE = 30.0  # words Tesseract is less sure of are dropped (specks, lines) ...
# ... but not the part of an e-mail address from its "@" on, which the noise and the tall "@" glyph make
# unsure ("@minbzk.nl" at 26): without it "s.visser" alone stands in the text, no address is found, and
# the proof withholds the document because the surname is in the new text layer
_ADDRESS_PART = re.compile(r"[\w.+-]*@[\w-]+(?:\.[\w-]+)+[.,;:)]*")
RETRY_CONFIDENCE = 75.0  # below this mean confidence the orientation is checked
OWN_RESOLUTION_CONFIDENCE = 90.0  # below this, the reading of a coarser scan at its own resolution may win ...
MORE_WORDS = 1.25  # ... and at any confidence when it reads this many times the words ...
SURE_WORD = 80.0  # ... counting the words read with at least this confidence (two readings compared)
MORE_SURE = 3  # ... and this many more: a second reading (also one without a table's rules) wins
PAD = 0.12  # padding of a word box, as a fraction of its height (skew, antialiasing)
TIMEOUT_S = 300


class OcrMode(enum.StrEnum):
    """Which pages are read by OCR (``--ocr``, ``redaction.ocr``)."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class OcrUnavailable(DocumentError):
    """A page needs OCR but Tesseract (or its Dutch model) is not installed."""


@dataclass(frozen=True)
class OcrOptions:
    """How pages are read by OCR: which pages, in which language, at which resolution; ``pictures``: in
    mode ``auto``, the pictures on pages with a text layer too (:mod:`.pictures`)."""

    mode: OcrMode = OcrMode.AUTO
    language: str = "nld"
    dpi: int = 300
    pictures: bool = True


@dataclass(frozen=True)
class OcrPage:
    """The OCR result of one page."""

    words: tuple[RawWord, ...]
    confidence: float  # mean word confidence, 0-100
    orientation: int  # degrees the rendered page was turned before reading
    angle: float  # the reading direction in user space (see words._frame)
    marks: tuple[Region, ...] = ()  # ink outside the words: handwriting, signatures (see .ink)


def tesseract_missing(language: str = "nld") -> str:
    """Why Tesseract cannot be used ('' when it can)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "the program `tesseract` is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-nld)"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"`tesseract --list-langs` failed ({exc})"
    langs = {line.strip() for line in out.stdout.splitlines()[1:]}
    missing = [lang for lang in language.split("+") if lang not in langs]
    if missing:
        return f"Tesseract has no model for {'+'.join(missing)} (Debian: apt-get install tesseract-ocr-{missing[0]})"
    return ""


def image_coverage(info: PageChars) -> float:
    """The fraction of the page covered by images (their union, measured on a grid)."""
    if not info.image_boxes or info.width <= 0 or info.height <= 0:
        return 0.0
    n = 40
    hit = 0
    for i in range(n):
        for j in range(n):
            # page box corners are not known here: boxes are in user space from the mediabox origin,
            # which is (0, 0) for nearly every PDF; the grid spans the box of all images and the page
            x = (i + 0.5) / n * info.width
            y = (j + 0.5) / n * info.height
            if any(b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for b in info.image_boxes):
                hit += 1
    return hit / (n * n)


def wants_ocr(info: PageChars, mode: OcrMode, words: Sequence[RawWord] = ()) -> bool:
    """Whether a page should be read by OCR under ``mode`` (``words``: the page's text-layer words)."""
    if mode is OcrMode.NEVER or not info.image_boxes:
        return False
    if mode is OcrMode.ALWAYS or info.n_chars == 0:  # no text at all: the images are all there is to read
        return True
    if image_coverage(info) < MIN_COVERAGE:
        return False
    return info.n_chars < MAX_TEXT_CHARS or stamp_only(words, info)


def stamp_only(words: Sequence[RawWord], info: PageChars) -> bool:
    """The page's text is only a stamp over the scan: a line or two, not the page's content.

    Courts, archives and publication platforms stamp a header on each scanned page ("Case 2:15-cv-05642
    Document 465 Filed 08/01/19 Page 1 of 1", a document number): the page then has text, more than
    :data:`MAX_TEXT_CHARS`, but the names and numbers on it are pixels only. Lines are counted across
    the words' direction (most words are wider than tall: horizontal; a stamp along the margin runs up
    the page).
    """
    if not words or info.n_chars >= MAX_STAMP_CHARS:
        return False
    across = sum(w.box.x1 - w.box.x0 >= w.box.y1 - w.box.y0 for w in words) * 2 >= len(words)
    spans = [(w.box.y0, w.box.y1) if across else (w.box.x0, w.box.x1) for w in words]
    return _bands(spans) <= MAX_STAMP_LINES


def _bands(spans: Sequence[tuple[float, float]]) -> int:
    """How many separate bands the spans (intervals along one axis) form when overlapping ones are joined."""
    bands = 0
    end = float("-inf")
    for lo, hi in sorted(spans):
        if lo > end:
            bands += 1
        end = max(end, hi)
    return bands


def _tesseract(image: bytes, language: str, psm: int, tsv: bool = True) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one page per core; threads only fight the workers
    with tempfile.TemporaryDirectory(prefix="woo-ocr-") as tmp:
        path = os.path.join(tmp, "page.tif")
        with open(path, "wb") as fh:
            fh.write(image)
        args = ["tesseract", path, "stdout", "-l", language, "--psm", str(psm)]
        if tsv:
            args.append("tsv")
        try:
            out = subprocess.run(args, capture_output=True, timeout=TIMEOUT_S, env=env, check=False)
        except FileNotFoundError as exc:
            raise OcrUnavailable(
                "a page needs OCR but the program `tesseract` is not installed "
                "(Debian: apt-get install tesseract-ocr tesseract-ocr-nld)"
            ) from exc
        if out.returncode != 0:
            detail = out.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
            raise OcrUnavailable(f"Tesseract failed on a page ({detail[0][:200]})")
        return out.stdout.decode("utf-8", "replace")


@dataclass(frozen=True)
class _TsvWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]


def _read_tsv(tsv: str) -> list[_TsvWord]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        # ("06-_", "|Jansen": a stroke of a line or a box read along with the word)
        text = (row.get("text") or "").strip().strip("_|")
        conf = float(row.get("conf") or -1)
        if not text or (conf < MIN_CONFIDENCE and not _ADDRESS_PART.fullmatch(text)):
            continue
        line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        words.append(
            _TsvWord(text, int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]), conf, line)
        )
    return _join_at_signs(words)


def _join_at_signs(words: list[_TsvWord]) -> list[_TsvWord]:
    """Rejoin an e-mail address Tesseract split around its "@" ("s.visser @ minbzk.nl")."""
    out: list[_TsvWord] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and prev.line == w.line and ("@" in (prev.text[-1], w.text[0])):
            gap = w.left - (prev.left + prev.width)
            if gap < 0.8 * max(prev.height, w.height):
                top = min(prev.top, w.top)
                bottom = max(prev.top + prev.height, w.top + w.height)
                out[-1] = _TsvWord(
                    prev.text + w.text,
                    prev.left,
                    top,
                    w.left + w.width - prev.left,
                    bottom - top,
                    min(prev.conf, w.conf),
                    prev.line,
                )
                continue
        out.append(w)
    return out


def _osd_rotation(image: bytes) -> int:
    """Degrees (0/90/180/270) Tesseract says the image must be turned clockwise to be upright."""
    try:
        text = _tesseract(image, "osd", 0, tsv=False)
    except OcrUnavailable:
        return 0
    for line in text.splitlines():
        if line.startswith("Rotate:"):
            try:
                return int(line.split(":")[1]) % 360
            except ValueError:
                return 0
    return 0


def _image_file(image: Image) -> bytes:
    """The page as an uncompressed TIFF: written in milliseconds and read by Tesseract faster than a PNG
    (a noisy 300 dpi scan took 0.4 s to compress as PNG and 0.1 s more to read)."""
    buf = io.BytesIO()
    image.save(buf, "TIFF")
    return buf.getvalue()


def _read(image: Image, language: str) -> tuple[list[_TsvWord], float]:
    words = _read_tsv(_tesseract(_image_file(image), language, 3))
    conf = statistics.fmean(w.conf for w in words) if words else 0.0
    return words, conf


def ocr_page(doc: pdfium.PdfDocument, index: int, info: PageChars, options: OcrOptions) -> OcrPage:
    """Render page ``index`` and read its words with Tesseract, in user space."""
    page = doc[index]
    try:
        dpi = options.dpi
        image: Image = page.render(scale=dpi / 72.0, grayscale=True, draw_annots=False).to_pil().convert("L")
        words, conf = _read(image, options.language)
        own = _reading_dpi(page, options.dpi)
        if own < dpi:
            # a coarser scan enlarged to ``dpi``: read it at its own resolution too, and keep that reading when it
            # is clearly better (a 220 dpi form's table read at 300 came out as noise) or reads clearly more at
            # about the same confidence (a 200 dpi form's boxed rows, read at 300, were left out whole)
            small: Image = page.render(scale=own / 72.0, grayscale=True, draw_annots=False).to_pil().convert("L")
            words2, conf2 = _read(small, options.language)
            better = conf < OWN_RESOLUTION_CONFIDENCE and conf2 >= conf + 5.0 and len(words2) >= len(words)
            more = _reads_more(words2, words)
            if better or more:
                dpi, image, words, conf = own, small, words2, conf2
        image, words, conf = _unruled_reading(image, words, conf, dpi, options.language)
        scale = dpi / 72.0
        x0, y0, x1, y1 = (float(v) for v in page.get_bbox())  # follows inheritance (get_cropbox does not)
        rotate: int = page.get_rotation() % 360
    finally:
        page.close()
    read = image
    turned = 0
    if conf < RETRY_CONFIDENCE or len(words) < 3:
        turned = _osd_rotation(_image_file(image))
        if turned:
            # PIL turns counter-clockwise; Tesseract's "Rotate" is clockwise
            upright = image.rotate(-turned, expand=True)
            words2, conf2 = _read(upright, options.language)
            if conf2 > conf and len(words2) >= len(words) // 2:
                words, conf, read = words2, conf2, upright
            else:
                turned = 0
    mapping = _Mapping((x0, y0, x1, y1), rotate, scale, image.width, image.height, turned)
    angle = float((rotate + turned) % 360)
    area = abs((x1 - x0) * (y1 - y0))
    marks, misread = scan_marks(np.asarray(read), words, dpi, index, mapping.rect, area)
    words = [w for k, w in enumerate(words) if k not in misread]  # a signature read as letters
    raw = _raw_words(words, index, mapping, angle)
    return OcrPage(tuple(raw), round(conf, 1), turned, angle, marks)


def _unruled_reading(
    image: Image, words: list[_TsvWord], conf: float, dpi: int, language: str
) -> tuple[Image, list[_TsvWord], float]:
    """The page read again with its table rules painted out, when it has them, and that reading kept when it
    has more words read with confidence (an attendance list's boxed cells: "Corrie van Gastel" was left out
    whole). The two readings are not mixed: Tesseract's lines are those of one reading."""
    from PIL import Image as PilImage

    plain = without_rules(np.asarray(image), dpi)
    if plain is None:
        return image, words, conf
    unruled = PilImage.fromarray(plain)
    words2, conf2 = _read(unruled, language)
    if _sure(words2) >= _sure(words) + MORE_SURE:
        return unruled, words2, conf2
    return image, words, conf


def _sure(words: Sequence[_TsvWord]) -> int:
    """The words of a reading read with confidence (the mean confidence says little when readings are
    compared: a second reading also reads a signature's strokes as unsure letters)."""
    return sum(w.conf >= SURE_WORD for w in words)


def _reads_more(words: Sequence[_TsvWord], than: Sequence[_TsvWord]) -> bool:
    """Whether one reading has clearly more words read with confidence than another."""
    return _sure(words) >= MORE_WORDS * _sure(than) + MORE_SURE


_MIN_DPI = 150


def _reading_dpi(page: pdfium.PdfPage, dpi: int) -> int:
    """The scan's own resolution when an image covering most of the page has fewer pixels per inch than ``dpi``
    (a 220 dpi scan rendered at 300 dpi is interpolated), never under 150; ``dpi`` otherwise. A page read
    poorly at ``dpi`` is read at this resolution too (:func:`ocr_page`)."""
    width, height = page.get_size()
    area = abs(width * height) or 1.0
    best = 0.0
    for obj in page.get_objects(filter=(pdfium_raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        w_pt, h_pt = abs(right - left), abs(top - bottom)
        if w_pt * h_pt < MIN_COVERAGE * area or not w_pt or not h_pt:
            continue
        px_w, px_h = obj.get_px_size()
        # (an image turned by 90 degrees on the page: its pixel rows run along the page's height)
        if (px_w > px_h) != (w_pt > h_pt):
            px_w, px_h = px_h, px_w
        best = max(best, min(px_w / (w_pt / 72.0), px_h / (h_pt / 72.0)))
    if not best or best >= dpi:
        return dpi
    return max(_MIN_DPI, round(best))


@dataclass(frozen=True)
class _Mapping:
    """Pixels of the image Tesseract read -> PDF default user space.

    That image is the rendered page (the displayed page: /Rotate applied), turned
    ``turned`` degrees clockwise when the text was not upright.
    """

    crop: tuple[float, float, float, float]
    rotate: int
    scale: float
    width_px: int  # of the rendered page
    height_px: int
    turned: int = 0

    def _unturn(self, u: float, v: float) -> tuple[float, float]:
        """A point of the turned image in the rendered page's pixels."""
        w, h = self.width_px, self.height_px
        if self.turned == 90:  # rendered (x, y) went to (h - y, x)
            return v, h - u
        if self.turned == 180:
            return w - u, h - v
        if self.turned == 270:  # rendered (x, y) went to (y, w - x)
            return w - v, u
        return u, v

    def point(self, u: float, v: float) -> tuple[float, float]:
        px, py = self._unturn(u, v)
        cx0, cy0, cx1, cy1 = self.crop
        x, y = px / self.scale, py / self.scale  # points of the displayed page, y down
        if self.rotate == 90:
            return cx0 + y, cy0 + x
        if self.rotate == 180:
            return cx1 - x, cy0 + y
        if self.rotate == 270:
            return cx1 - y, cy1 - x
        return cx0 + x, cy1 - y

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _raw_words(words: Sequence[_TsvWord], index: int, m: _Mapping, angle: float) -> list[RawWord]:
    """Tesseract's words as RawWords; a line's words share its top, so skewed lines stay one line.

    ``angle`` is the reading direction in user space: the page's rotation plus the turn OCR needed.
    """
    lines: dict[tuple[int, int, int], list[_TsvWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out: list[RawWord] = []
    for line_words in lines.values():
        line_h = max(w.height for w in line_words) / m.scale
        size = max(min(line_h, 72.0), 4.0)
        line_top = None
        for w in line_words:
            pad = PAD * w.height
            n = len(w.text)
            edges = _char_edges(w.text, w.width)
            chars = []
            for k in range(n):
                cx0 = w.left + edges[k] - (pad if k == 0 else 0)
                cx1 = w.left + edges[k + 1] + (pad if k == n - 1 else 0)
                chars.append(m.rect(cx0, w.top - pad, cx1, w.top + w.height + pad))
            x0 = min(c[0] for c in chars)
            y0 = min(c[1] for c in chars)
            x1 = max(c[2] for c in chars)
            y1 = max(c[3] for c in chars)
            corners = [_frame(angle, x, y) for x in (x0, x1) for y in (y0, y1)]
            top = min(c[1] for c in corners)
            line_top = top if line_top is None else line_top
            out.append(
                RawWord(
                    text=w.text,
                    box=Box(index, x0, y0, x1, y1),
                    char_boxes=tuple(chars),
                    fontname=OCR_FONT,
                    size=size,
                    bold=False,
                    top=line_top,
                    x0=min(c[0] for c in corners),
                    x1=max(c[0] for c in corners),
                    confidence=w.conf,
                )
            )
    return out


def _char_edges(text: str, width: float) -> list[float]:
    """Where each character of a word of ``width`` pixels begins (and the last ends), in shares of the
    word's width as Helvetica would set it: a comma or an "i" gets less than an "m", so a name before
    a comma ("Bakker,") is covered to its last letter."""
    widths = [max(pdfmetrics.stringWidth(ch, "Helvetica", 10.0), 2.5) for ch in text]
    total = sum(widths)
    edges = [0.0]
    for cw in widths:
        edges.append(edges[-1] + width * cw / total)
    return edges


def frame_of(info: PageChars, crop: Sequence[float], angle: float) -> tuple[float, float]:
    """The page box along the reading direction ``angle``: (left, width) for the column rules."""
    along = [_frame(angle, x, y) for x in (crop[0], crop[2]) for y in (crop[1], crop[3])]
    lefts = [a[0] for a in along]
    return min(lefts), max(lefts) - min(lefts)


def merge_words(native: Sequence[RawWord], ocr: Sequence[RawWord]) -> list[RawWord]:
    """The text layer's words plus the OCR words that lie where no text-layer word is."""
    if not native:
        return list(ocr)
    kept = list(native)
    for w in ocr:
        cx, cy = (w.box.x0 + w.box.x1) / 2, (w.box.y0 + w.box.y1) / 2
        if not any(n.box.x0 - 1 <= cx <= n.box.x1 + 1 and n.box.y0 - 1 <= cy <= n.box.y1 + 1 for n in native):
            kept.append(w)
    return kept
