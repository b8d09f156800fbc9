"""The raster fallback: a page the remover cannot rewrite safely becomes an image.

Whatever the content-stream interpreter does not support (Type 3 fonts,
vertical writing, unknown CMaps, text as vector paths, images under a box) is
not guessed at (Woo guide, section 3): the page of the *original* file is
rendered, the boxes are burnt into the pixels (black with a white label; white
for an unlabelled box), and the page's content is replaced by that single
image, so no text, vector or image of the old page survives in it.
"""

from __future__ import annotations

import math
import zlib
from typing import TYPE_CHECKING

import pikepdf
from pikepdf import Name

from woo_redact.model import Box, Redaction
from woo_redact.redact.fonts import string_width
from woo_redact.redact.labels import label_places

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL.Image import Image
    from PIL.ImageDraw import ImageDraw

Rect = tuple[float, float, float, float]


def inherited(page: pikepdf.Dictionary, key: str) -> pikepdf.Object | None:
    """``page[key]``, looked up the page tree's /Parent chain when absent; None when nowhere."""
    node: pikepdf.Object | None = page
    for _ in range(64):
        if node is None:
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def rotation(page: pikepdf.Dictionary) -> int:
    """The page's /Rotate (inherited), in degrees 0 to 359."""
    rotate = inherited(page, "/Rotate")
    return int(rotate) % 360 if rotate is not None else 0


class Renderer:
    """Renders pages of the original file, opening it once on first use."""

    def __init__(self, original: bytes, dpi: int) -> None:
        self.original = original
        self.dpi = dpi
        self._doc: pdfium.PdfDocument | None = None

    def render(self, index: int) -> Image:
        """Page ``index`` of the original as an RGB image at ``dpi``, without annotations and forms."""
        import pypdfium2 as pdfium

        if self._doc is None:
            self._doc = pdfium.PdfDocument(self.original)
        page = self._doc[index]
        bitmap = page.render(scale=self.dpi / 72.0, draw_annots=False, may_draw_forms=False)
        image: Image = bitmap.to_pil().convert("RGB")
        return image

    def close(self) -> None:
        """Close the original if it was opened."""
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def _crop_box(page: pikepdf.Dictionary) -> Rect:
    box = inherited(page, "/CropBox") or inherited(page, "/MediaBox")
    if box is None:
        raise TypeError("a page without /MediaBox")  # what reading its corners raised before it was checked
    x0, y0, x1, y1 = (float(v) for v in box)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _to_pixels(box: Box, crop: Rect, rotate: int, sx: float, sy: float) -> Rect:
    """A box in default user space as a pixel rectangle of the displayed page."""
    cx0, cy0, cx1, cy1 = crop
    points = []
    for x, y in ((box.x0, box.y0), (box.x1, box.y1)):
        if rotate == 90:
            px, py = y - cy0, x - cx0
        elif rotate == 180:
            px, py = cx1 - x, y - cy0
        elif rotate == 270:
            px, py = cy1 - y, cx1 - x
        else:
            px, py = x - cx0, cy1 - y
        points.append((px * sx, py * sy))
    (ax, ay), (bx, by) = points
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def _burn(image: Image, reds: list[Redaction], crop: Rect, rotate: int) -> None:
    from PIL import ImageDraw

    width_pt = (crop[2] - crop[0]) if rotate in (0, 180) else (crop[3] - crop[1])
    height_pt = (crop[3] - crop[1]) if rotate in (0, 180) else (crop[2] - crop[0])
    sx, sy = image.width / width_pt, image.height / height_pt
    draw = ImageDraw.Draw(image)

    def pixels(box: Box) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = _to_pixels(box, crop, rotate, sx, sy)
        return (math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1))

    for red in reds:
        draw.rectangle(pixels(red.box), fill=(0, 0, 0) if red.label else (255, 255, 255))
    # one label per connected area, after all boxes (see :mod:`.labels`); the
    # image is upright, so the label runs along the displayed width
    for box, label in label_places(reds, rotate, lambda b, text: True):
        _burn_label(draw, pixels(box), label)


def _burn_label(draw: ImageDraw, rect: tuple[int, int, int, int], label: str) -> None:
    from PIL import ImageFont

    width, height = rect[2] - rect[0], rect[3] - rect[1]
    size = int(min(height * 0.75, width * 0.9 / max(string_width(label), 1e-6)))
    if size < 6:
        return
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", size)
    except OSError:
        font = ImageFont.load_default(size)
    centre = ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)
    draw.text(centre, label, fill=(255, 255, 255), font=font, anchor="mm")


def rasterize(
    pdf: pikepdf.Pdf, page: pikepdf.Dictionary, index: int, reds: list[Redaction], renderer: Renderer
) -> None:
    """Replace ``page`` by an image of the original page with the boxes burnt in."""
    image = renderer.render(index)
    crop = _crop_box(page)
    rotate = rotation(page)
    _burn(image, reds, crop, rotate)
    if rotate:
        image = image.rotate(rotate, expand=True)
    raw = image.tobytes()
    stream = pikepdf.Stream(pdf, b"")
    stream.write(zlib.compress(raw, 6), filter=Name.FlateDecode)
    stream.Type, stream.Subtype = Name.XObject, Name.Image
    stream.Width, stream.Height = image.width, image.height
    stream.ColorSpace, stream.BitsPerComponent = Name.DeviceRGB, 8
    cx0, cy0, cx1, cy1 = crop
    page.MediaBox = pikepdf.Array(inherited(page, "/MediaBox"))
    page.CropBox = pikepdf.Array([cx0, cy0, cx1, cy1])
    page.Rotate = rotate
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(WooPage=pdf.make_indirect(stream)))
    draw = f"q {cx1 - cx0:.4f} 0 0 {cy1 - cy0:.4f} {cx0:.4f} {cy0:.4f} cm /WooPage Do Q\n"
    page.Contents = pdf.make_stream(draw.encode("ascii"))
