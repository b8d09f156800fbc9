"""One reading of an image by Tesseract, and its words mapped to PDF default user space.

Shared by the two readers of pixels: :mod:`.ocr` (a scanned page read whole, perhaps
more than once) and :mod:`.pictures` (the pictures on a page with a text layer).

Tesseract is called as a program (TSV output) rather than through OCRmyPDF:
OCRmyPDF writes a new PDF (re-encoding images, its own text layer) while the
pipeline needs only the words and keeps every other byte of the page; it also
brings Ghostscript. pytesseract would only wrap the same call.

:func:`read` gives the words in the image's pixels (:class:`TsvWord`);
:func:`raw_words` turns them into the same :class:`~woo_redact.parse.words.RawWord`
the text-layer parser produces, through a :class:`PixelMapping` from the image
Tesseract read to user space, so layout and detection work unchanged. Word boxes
stay axis-aligned in the image, and each character box is padded a little
(:data:`PAD`) so that a redaction box covers a slanted word.

Characters inside a word get shares of the word's width as Helvetica's widths
divide it (Tesseract's TSV has no character boxes; equal shares left the last
letter of "Bakker," uncovered); the first and last are widened to the word's
padded edges.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics

from ..errors import DocumentError
from ..model import Box
from .words import RawWord, in_frame

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = [
    "OCR_FONT",
    "OcrUnavailable",
    "PixelMapping",
    "TsvWord",
    "image_file",
    "osd_rotation",
    "raw_words",
    "read",
    "tesseract_missing",
]

OCR_FONT = "OCR"  # the fontname of OCR'd words: the text layer writer finds them by it
MIN_CONFIDENCE = 30.0  # words Tesseract is less sure of are dropped (specks, lines) ...
# ... but not the part of an e-mail address from its "@" on, which the noise and the tall "@" glyph make
# unsure ("@minbzk.nl" at 26): without it "s.visser" alone stands in the text, no address is found, and
# the proof withholds the document because the surname is in the new text layer
_ADDRESS_PART = re.compile(r"[\w.+-]*@[\w-]+(?:\.[\w-]+)+[.,;:)]*")
# ... nor a word of three letters or more in the shape of one ("Tuinstra" at 26 on a noisy scan, after "Arjen" at
# 96: dropped, the surname stood in the disclosure version's image for any reader to see); specks are read as
# marks and odd letters ("|", "—", "ii", "Ee."), not as a lower-case run after one capital
UNSURE_WORD_FLOOR = 10.0
_WORD_SHAPE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}|[a-zß-öø-ÿ]{3,})(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]{2,})*[.,;:]?")
PAD = 0.12  # padding of a word box, as a fraction of its height (skew, antialiasing)
TIMEOUT_S = 300


class OcrUnavailable(DocumentError):
    """A page needs OCR but Tesseract (or its Dutch model) is not installed."""


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
class TsvWord:
    """A word Tesseract read: its text, its box in the image's pixels, its confidence (0-100) and its line
    (block, paragraph, line: the words of one line share it)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]


def _read_tsv(tsv: str) -> list[TsvWord]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        # ("06-_", "|Jansen": a stroke of a line or a box read along with the word)
        text = (row.get("text") or "").strip().strip("_|")
        conf = float(row.get("conf") or -1)
        unsure = conf < MIN_CONFIDENCE and not _ADDRESS_PART.fullmatch(text)
        if not text or (unsure and (conf < UNSURE_WORD_FLOOR or not _WORD_SHAPE.fullmatch(text))):
            continue
        line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        words.append(
            TsvWord(text, int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]), conf, line)
        )
    return _join_at_signs(words)


def _join_at_signs(words: list[TsvWord]) -> list[TsvWord]:
    """Rejoin an e-mail address Tesseract split around its "@" ("s.visser @ minbzk.nl")."""
    out: list[TsvWord] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and prev.line == w.line and ("@" in (prev.text[-1], w.text[0])):
            gap = w.left - (prev.left + prev.width)
            if gap < 0.8 * max(prev.height, w.height):
                top = min(prev.top, w.top)
                bottom = max(prev.top + prev.height, w.top + w.height)
                out[-1] = TsvWord(
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


def osd_rotation(image: bytes) -> int:
    """Degrees (0/90/180/270) Tesseract says the image (an :func:`image_file`) must be turned clockwise to be
    upright (its orientation detection, ``--psm 0``; 0 when it cannot tell)."""
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


def image_file(image: Image) -> bytes:
    """The page as an uncompressed TIFF: written in milliseconds and read by Tesseract faster than a PNG
    (a noisy 300 dpi scan took 0.4 s to compress as PNG and 0.1 s more to read)."""
    buf = io.BytesIO()
    image.save(buf, "TIFF")
    return buf.getvalue()


def read(image: Image, language: str) -> tuple[list[TsvWord], float]:
    """One reading of a greyscale image (automatic page segmentation): its words read with a confidence of
    at least :data:`MIN_CONFIDENCE` (and the unsure part of an e-mail address), and their mean confidence
    (0 without words). Raises :class:`OcrUnavailable` when Tesseract cannot be run or fails."""
    words = _read_tsv(_tesseract(image_file(image), language, 3))
    conf = statistics.fmean(w.conf for w in words) if words else 0.0
    return words, conf


def read_block(image: Image, language: str) -> list[TsvWord]:
    """The words of a small image read as one block of text (``--psm 6``: a crop of a page, no page layout)."""
    return _read_tsv(_tesseract(image_file(image), language, 6))


@dataclass(frozen=True)
class PixelMapping:
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
        """A pixel of the image read (``u`` across, ``v`` down) in user space."""
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
        """A rectangle of pixels (left, top, right, bottom) as a user-space box (x0, y0, x1, y1)."""
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def raw_words(words: Sequence[TsvWord], index: int, m: PixelMapping, angle: float) -> list[RawWord]:
    """Tesseract's words as RawWords of page ``index`` (font :data:`OCR_FONT`, Tesseract's confidence); a
    line's words share its top, so skewed lines stay one line.

    ``angle`` is the reading direction in user space: the page's rotation plus the turn OCR needed.
    """
    lines: dict[tuple[int, int, int], list[TsvWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out: list[RawWord] = []
    spans: list[tuple[int, int]] = []
    across: list[tuple[float, float]] = []  # each word's middle and height across the reading direction
    for line_words in lines.values():
        first = len(out)
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
            corners = [in_frame(angle, x, y) for x in (x0, x1) for y in (y0, y1)]
            top = min(c[1] for c in corners)
            line_top = top if line_top is None else line_top
            bottom = max(c[1] for c in corners)
            across.append(((top + bottom) / 2, bottom - top))
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
        spans.append((first, len(out)))
    return _share_rows(out, spans, across)


_ROW_OVERLAP = 0.5  # of the lower line's height: two lines this much beside each other are one row


def _share_rows(
    out: list[RawWord], spans: Sequence[tuple[int, int]], across: Sequence[tuple[float, float]]
) -> list[RawWord]:
    """Tesseract's lines that stand beside each other on one row given one top, so layout keeps the row one row.

    Tesseract reads a table's cells as separate lines whose tops differ by their tallest letter ("Assendorperstraat
    120," beside "1042 Bram Visscher" was read 9 points higher): grouped by top, a member's address stood a row
    before his name, and nothing tied the two. Lines are joined when their middles (the median of their words'
    middles, across the reading direction) lie within half the lower line's median word height of each other and
    they do not overlap along the reading direction; the row takes its highest top.
    """
    if len(spans) < 2:
        return out
    bands = []
    for a, b in spans:
        mid = statistics.median(m for m, _ in across[a:b])
        h = statistics.median(h for _, h in across[a:b])
        x0, x1 = min(w.x0 for w in out[a:b]), max(w.x1 for w in out[a:b])
        bands.append((mid, h, x0, x1, out[a].top, a, b))
    bands.sort()
    rows: list[list[tuple[float, float, float, float, float, int, int]]] = []
    for band in bands:
        mid, h, x0, x1 = band[:4]
        row = rows[-1] if rows else None
        if row is not None and all(
            abs(mid - o[0]) <= _ROW_OVERLAP * min(h, o[1]) and (x1 <= o[2] or x0 >= o[3]) for o in row
        ):
            row.append(band)
        else:
            rows.append([band])
    result = list(out)
    for row in rows:
        if len(row) < 2:
            continue
        top = min(o[4] for o in row)
        for o in row:
            for k in range(o[5], o[6]):
                result[k] = replace(result[k], top=top)
    return result


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
