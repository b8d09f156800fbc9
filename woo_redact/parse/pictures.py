"""OCR words for the pictures on pages that have a text layer (``--ocr auto``).

A page with a text layer is not a scan, so :mod:`.ocr` does not read it; but a
picture on it can carry text that is only pixels: a PowerPoint slide's
attendance list pasted as an image, a screenshot of an e-mail in a Word memo,
an org chart, a signature with the signer's name under it. Such a name would be
published readable (fail closed: what the tool could have found must not stay
readable), so every picture that can hold words is read too:

* a picture is an image object of the page (also inside Form XObjects, placed
  through their matrices) whose placed box is at least :data:`MIN_LONG_PT` by
  :data:`MIN_SHORT_PT` (1.5 by 0.4 inch: a line of 14-point words) and that has at least
  :data:`MIN_PX` pixels across its short side (fewer cannot draw a letter);
  smaller images are icons, bullets and rules;
* a picture that covers half the page or more on a page whose text is drawn
  invisibly is a scan with its own OCR layer (that layer is its reading, as for
  scans under ``auto``; a noisy one is read again by :mod:`.ocr`): it is not read;
* only the picture's area is rendered by PDFium (at the configured dpi, with the
  page's other objects (text, vector paths) taken out, so what is read is the
  picture's own pixels), read by Tesseract and mapped to user space like a scan's words;
* each distinct picture (the same encoded samples drawn at the same size and
  orientation: a logo in every page's header, a slide background) is read once per
  document; its words are moved to wherever else it is drawn;
* words that are no plausible writing (:func:`.noise.plausible`: specks, lines and
  textures of charts and photos read as "l1I|" or "Wkrtsl") are dropped: they can
  never be a name, a number or an address, and they would only be noise in the text;
  so are words read with a confidence under :data:`MIN_CONFIDENCE` (see there).

The words are marked as OCR words (font :data:`~.tesseract.OCR_FONT`, Tesseract's
confidence) and merged where no text-layer word lies (:func:`.ocr.merge_words`):
detection, the remover (which paints the pixels of an image under a box) and the
proof (which reads the painted pixels again) treat them as they treat a scan's.
Unlike a scan's, they get no invisible text layer in the disclosure version: the
page was searchable as it was, and a layer of OCR'd diagram labels over its pictures
would only add noise to its text (and to what the proof must tell apart from a leak).
A picture Tesseract cannot read raises :class:`~.tesseract.OcrUnavailable`: the
document is withheld, as one with an unreadable scan is.
"""

from __future__ import annotations

import hashlib
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from ..model import Box
from .noise import plausible
from .ocr import MIN_COVERAGE, OcrMode, OcrOptions, merge_words
from .regions import MAX_FORM_DEPTH, Matrix, bounds, then
from .tesseract import PixelMapping, raw_words, read
from .words import OCR_LAYER_INVISIBLE, PageChars, RawWord, in_frame

__all__ = ["Picture", "PictureCache", "pictures_of", "read_pictures", "wants_pictures"]

MIN_LONG_PT = 108.0  # 1.5 inch: a picture narrower than this along both sides holds no line of words ...
MIN_SHORT_PT = 28.8  # ... and one thinner than 0.4 inch no line of 14-point text
MIN_PX = 12  # fewer pixels across its short side draw no readable letter
# a picture's words Tesseract is less sure of are dropped: on eval/real14 every such word that became a finding
# was a diagram's or a photo's texture ("OO" 37, "Keo" 45, "Emi" 45, "Done" 52, "Thom" 57, "WIK WID BEGDAT"),
# while every name in a picture that a reader's OCR finds was read at 83 or more (a slide's screenshot of a
# report's authors at 93); what is dropped is text too small for anyone to read (the same screenshot at a
# third of the size: "Leen van Eep" at 39)
MIN_CONFIDENCE = 60.0
PAD_PX = 16  # white border around a picture's render: Tesseract finds words at the very edge poorly
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_KEEP_TYPES = (pdfium_raw.FPDF_PAGEOBJ_IMAGE, pdfium_raw.FPDF_PAGEOBJ_FORM)


@dataclass(frozen=True)
class Picture:
    """An image drawn on a page that is large enough to hold words."""

    box: Box  # its placed box in user space
    key: tuple[object, ...]  # what makes two drawings the same picture: samples, pixel size, size and orientation


@dataclass
class PictureCache:
    """The words read from each distinct picture of one document (in the user space of its first drawing)."""

    read: dict[tuple[object, ...], tuple[Box, float, tuple[RawWord, ...]]] = field(default_factory=dict)
    reused: int = 0  # drawings whose words were taken from an earlier reading

    @property
    def n_read(self) -> int:
        """How many pictures were read by Tesseract."""
        return len(self.read)


@dataclass(frozen=True)
class _Shifted(PixelMapping):
    """The mapping of a render cut out of the page: its pixel (0, 0) is the page render's (dx, dy)."""

    dx: float = 0.0
    dy: float = 0.0

    def point(self, u: float, v: float) -> tuple[float, float]:
        return super().point(u + self.dx, v + self.dy)


def wants_pictures(info: PageChars, options: OcrOptions) -> bool:
    """Whether the page's pictures are read: ``auto`` (a scan is read whole by :mod:`.ocr` instead)."""
    return options.mode is OcrMode.AUTO and options.pictures and bool(info.image_boxes) and info.n_chars > 0


def pictures_of(page: pdfium.PdfPage, index: int, info: PageChars) -> list[Picture]:
    """The page's pictures that can hold words (see the module), each drawing once."""
    area = abs(info.width * info.height) or 1.0
    scanned_layer = info.invisible >= OCR_LAYER_INVISIBLE
    out: dict[tuple[object, ...], Picture] = {}
    to_page: list[Matrix] = [_IDENTITY]  # per nesting level: the matrix from that level's space to the page
    for obj in page.get_objects(filter=None, max_depth=MAX_FORM_DEPTH):
        level = obj.level
        del to_page[level + 1 :]
        if obj.type == pdfium_raw.FPDF_PAGEOBJ_FORM:
            to_page.append(then(obj.get_matrix().get(), to_page[level]))
            continue
        if obj.type != pdfium_raw.FPDF_PAGEOBJ_IMAGE or not isinstance(obj, pdfium.PdfImage):
            continue
        x0, y0, x1, y1 = bounds(to_page[level], *obj.get_bounds())
        w, h = x1 - x0, y1 - y0
        if max(w, h) < MIN_LONG_PT or min(w, h) < MIN_SHORT_PT:
            continue
        if scanned_layer and w * h >= MIN_COVERAGE * area:
            continue  # a scan under its own OCR layer
        try:
            px = obj.get_px_size()
            samples = hashlib.sha256(bytes(obj.get_data(decode_simple=False))).hexdigest()
        except (pdfium.PdfiumError, ValueError, OSError):
            px, samples = (0, 0), ""
        if px != (0, 0) and min(px) < MIN_PX:
            continue
        a, b, c, d, _, _ = then(obj.get_matrix().get(), to_page[level])
        shape = (*(round(v, 1) for v in (a, b, c, d)), info.rotation)
        # a picture without readable samples is read where it is drawn (its key is its place)
        key: tuple[object, ...] = (samples, px, shape) if samples else ("at", index, round(x0, 1), round(y0, 1))
        out.setdefault((*key, round(x0, 1), round(y0, 1)), Picture(Box(index, x0, y0, x1, y1), key))
    return list(out.values())


def read_pictures(
    pdf: pdfium.PdfDocument,
    index: int,
    words: list[RawWord],
    info: PageChars,
    options: OcrOptions,
    cache: PictureCache,
) -> tuple[list[RawWord], PageChars]:
    """The page's words with the words of its pictures added where no text-layer word lies."""
    page = pdf[index]
    try:
        pictures = pictures_of(page, index, info)
        if not pictures:
            return words, info
        crop = tuple(float(v) for v in page.get_bbox())  # follows inheritance (get_cropbox does not)
        rotate: int = page.get_rotation() % 360
        if any(p.key not in cache.read for p in pictures):
            _strip_to_images(page)
        found: list[RawWord] = []
        confidences: list[float] = []
        for picture in pictures:
            known = cache.read.get(picture.key)
            read: tuple[RawWord, ...]
            if known is None:
                raw, conf = _read_picture(page, picture.box, crop, rotate, options)
                read = tuple(merge_words(words, raw)[len(words) :])  # (not where the page's own text is)
                cache.read[picture.key] = (picture.box, conf, read)
            else:
                first, conf, known_words = known
                read = tuple(_moved(w, first, picture.box, rotate) for w in known_words)
                cache.reused += 1
            found += read
            if read:
                confidences.append(conf)
    finally:
        page.close()
    merged = merge_words(words, found)
    added = merged[len(words) :]
    if not added:
        return words, info
    n_ocr = sum(len(w.text) for w in added)
    conf = round(statistics.fmean(confidences), 1) if confidences else 0.0
    return merged, replace(info, n_chars=info.n_chars + n_ocr, pictures_read=len(confidences), pictures_confidence=conf)


def _strip_to_images(page: pdfium.PdfPage) -> None:
    """Take every object but images and forms off the page (in memory: the page is rendered, then closed
    unsaved): the text is the text layer's already, and vector art over a picture is no part of it."""
    for obj in list(page.get_objects(max_depth=1)):
        if obj.type not in _KEEP_TYPES:
            page.remove_obj(obj)


def _displayed(box: Box, crop: Sequence[float], rotate: int) -> tuple[float, float, float, float]:
    """A user-space box in points of the displayed page (its /Rotate applied), y down: x0, y0, x1, y1."""
    cx0, cy0, cx1, cy1 = crop
    pts = []
    for x, y in ((box.x0, box.y0), (box.x1, box.y1)):
        if rotate == 90:
            pts.append((y - cy0, x - cx0))
        elif rotate == 180:
            pts.append((cx1 - x, y - cy0))
        elif rotate == 270:
            pts.append((cy1 - y, cx1 - x))
        else:
            pts.append((x - cx0, cy1 - y))
    (ax, ay), (bx, by) = pts
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _read_picture(
    page: pdfium.PdfPage, box: Box, crop: Sequence[float], rotate: int, options: OcrOptions
) -> tuple[list[RawWord], float]:
    """Render the picture's area of the page at the configured dpi and read it: its words in user space."""
    from PIL import ImageOps

    width, height = page.get_width(), page.get_height()  # displayed (rotated) size
    x0, y0, x1, y1 = _displayed(box, crop, rotate)
    x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, width), min(y1, height)
    if x1 - x0 < 1 or y1 - y0 < 1:
        return [], 0.0  # drawn off the page: nothing of it shows
    scale = options.dpi / 72.0
    cut = (x0, height - y1, width - x1, y0)  # left, bottom, right, top
    bitmap = page.render(scale=scale, crop=cut, grayscale=True, draw_annots=False, may_draw_forms=False)
    image = ImageOps.expand(bitmap.to_pil().convert("L"), border=PAD_PX, fill=255)
    words, conf = read(image, options.language)
    words = [w for w in words if plausible(w.text) and w.conf >= MIN_CONFIDENCE]
    full_w, full_h = math.ceil(width * scale), math.ceil(height * scale)
    dx, dy = math.ceil(cut[0] * scale) - PAD_PX, math.ceil(cut[3] * scale) - PAD_PX
    page_box = (crop[0], crop[1], crop[2], crop[3])
    mapping = _Shifted(page_box, rotate, scale, full_w, full_h, 0, dx, dy)
    return raw_words(words, box.page, mapping, float(rotate)), conf


def _moved(w: RawWord, first: Box, box: Box, rotate: int) -> RawWord:
    """A word read on the picture's first drawing (``first``) where this drawing (``box``) puts it."""
    dx, dy = box.x0 - first.x0, box.y0 - first.y0
    along, down = in_frame(float(rotate), dx, dy)
    b = w.box
    return replace(
        w,
        box=Box(box.page, b.x0 + dx, b.y0 + dy, b.x1 + dx, b.y1 + dy),
        char_boxes=tuple((c0 + dx, c1 + dy, c2 + dx, c3 + dy) for c0, c1, c2, c3 in w.char_boxes),
        top=w.top + down,
        x0=w.x0 + along,
        x1=w.x1 + along,
    )
