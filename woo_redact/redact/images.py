"""Pixel redaction inside an image XObject: the box is painted into the image's own samples.

A scanned page is one big image; a name on it is pixels. Instead of
rasterising the whole page (losing its text layer and every other object), the
area of each box is painted over in the image itself, and only that image is
re-encoded, as a new XObject (the original may be drawn elsewhere, where it
stays as it was). The box is mapped into the image through the placement
matrix the image is drawn with (any rotation or shear; the painted area is the
pixel rectangle that holds the whole box, one pixel wider on each side).

How each kind of image is read and written:

* no filter, Flate, LZW, RunLength, ASCII: the decoded samples are painted
  with 0 in sample space (whatever the colour space, /Decode or palette: the
  information under the box is gone; the black box is drawn over it anyway),
  and written with Flate. 8- and 16-bit samples, and 1-bit.
* DCT (JPEG), grey or RGB: decoded, painted black, and encoded again with the
  original's quantisation tables and chroma subsampling, which keeps the
  change to the pixels outside the box within a few levels (the proof's
  tolerance for re-encoded images is measured from this).
* CCITT and JBIG2 (bilevel scans): decoded by pikepdf (with /Decode applied),
  painted black, written as 1-bit grey with Flate.
* A soft mask (/SMask) is painted too (opaque), so a signature kept in an
  alpha channel is gone as well.

Anything else (JPEG 2000, CMYK JPEG, stencil masks, explicit /Mask images,
2- and 4-bit samples, inline images) raises :class:`Unsupported`: the caller
then rasterises the page, the last resort.
"""

from __future__ import annotations

import io
import math
import zlib
from collections.abc import Sequence

import pikepdf
from pikepdf import Name

from .content import Matrix
from .fonts import Unsupported

Rect = tuple[float, float, float, float]
PixelRect = tuple[int, int, int, int]  # col0, row0, col1, row1 (exclusive)

_RAW_FILTERS = {"/FlateDecode", "/LZWDecode", "/RunLengthDecode", "/ASCII85Decode", "/ASCIIHexDecode"}
_TEXT_FILTERS = {"/ASCII85Decode", "/ASCIIHexDecode", "/FlateDecode"}
_KEEP_OUT = {"/Length", "/Filter", "/DecodeParms", "/SMask"}


def _filters(obj: pikepdf.Object) -> list[str]:
    f = obj.get("/Filter")
    if f is None:
        return []
    if isinstance(f, pikepdf.Array):
        return [str(x) for x in f]
    return [str(f)]


def pixel_rects(ctm: Matrix, width: int, height: int, rects: Sequence[Rect]) -> list[PixelRect | None]:
    """Each user-space rect as the pixel rectangle of the image that holds it (None: misses the image)."""
    a, b, c, d, e, f = ctm
    det = a * d - b * c
    if abs(det) < 1e-12:
        raise Unsupported("image drawn with a singular matrix")
    out: list[PixelRect | None] = []
    for x0, y0, x1, y1 in rects:
        cols, rows = [], []
        for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            # [x y] = [u v] * [[a b] [c d]] + [e f]
            u = ((x - e) * d - (y - f) * c) / det
            v = ((y - f) * a - (x - e) * b) / det
            cols.append(u * width)
            rows.append((1.0 - v) * height)
        c0 = max(math.floor(min(cols)) - 1, 0)
        c1 = min(math.ceil(max(cols)) + 1, width)
        r0 = max(math.floor(min(rows)) - 1, 0)
        r1 = min(math.ceil(max(rows)) + 1, height)
        out.append((c0, r0, c1, r1) if c0 < c1 and r0 < r1 else None)
    return out


def paint_image(pdf: pikepdf.Pdf, image: pikepdf.Object, ctm: Matrix, rects: Sequence[Rect]) -> pikepdf.Stream | None:
    """A copy of ``image`` with the areas under ``rects`` painted; None when no rect touches it."""
    if image.get("/ImageMask") or isinstance(image.get("/Mask"), pikepdf.Stream):
        raise Unsupported("stencil or explicit image mask under a redaction box")
    width, height = int(image.Width), int(image.Height)
    areas = [r for r in pixel_rects(ctm, width, height, rects) if r is not None]
    if not areas:
        return None
    filters = _filters(image)
    last = filters[-1] if filters else ""
    if not filters or all(f in _RAW_FILTERS for f in filters):
        new = _paint_samples(pdf, image, areas, width, height)
    elif last == "/DCTDecode" and all(f in _TEXT_FILTERS for f in filters[:-1]):
        new = _paint_jpeg(pdf, image, areas)
    elif last in ("/CCITTFaxDecode", "/JBIG2Decode"):
        new = _paint_bilevel(pdf, image, areas)
    else:
        raise Unsupported(f"image with filter {last} under a redaction box")
    smask = image.get("/SMask")
    if isinstance(smask, pikepdf.Stream):
        sw, sh = int(smask.Width), int(smask.Height)
        mask_areas = [r for r in pixel_rects(ctm, sw, sh, rects) if r is not None]
        painted = _paint_samples(pdf, smask, mask_areas, sw, sh, value=255) if mask_areas else None
        new.SMask = painted if painted is not None else smask
    return new


def _undo_filters(data: bytes, filters: Sequence[str]) -> bytes:
    """Undo ASCII and Flate filters that wrap a JPEG (reportlab writes [/ASCII85Decode /DCTDecode])."""
    import base64
    import binascii

    for f in filters:
        if f == "/ASCII85Decode":
            body = data.strip()
            body = body[2:] if body.startswith(b"<~") else body
            body = body[:-2] if body.endswith(b"~>") else body
            data = base64.a85decode(body, ignorechars=b" \t\n\r\x0b\x0c")
        elif f == "/ASCIIHexDecode":
            body = bytes(c for c in data.split(b">")[0] if not chr(c).isspace())
            data = binascii.unhexlify(body + b"0" * (len(body) % 2))
        else:  # /FlateDecode without a predictor
            data = zlib.decompress(data)
    return data


def _copy_keys(src: pikepdf.Object, dst: pikepdf.Stream, drop: set[str] = _KEEP_OUT) -> None:
    for key, value in src.items():
        if key not in drop:
            dst[key] = value


def _paint_samples(
    pdf: pikepdf.Pdf, image: pikepdf.Object, areas: Sequence[PixelRect], width: int, height: int, value: int = 0
) -> pikepdf.Stream:
    import numpy as np

    bpc = int(image.get("/BitsPerComponent", 8))
    data = image.read_bytes()
    if height <= 0 or len(data) < height:
        raise Unsupported("image data shorter than its height")
    row_bytes = len(data) // height
    rows = np.frombuffer(data[: row_bytes * height], dtype=np.uint8).reshape(height, row_bytes).copy()
    if bpc in (8, 16):
        ncomp = row_bytes * 8 // (width * bpc)
        if ncomp < 1:
            raise Unsupported("image data too short for its width")
        per_px = ncomp * bpc // 8
        for c0, r0, c1, r1 in areas:
            rows[r0:r1, c0 * per_px : c1 * per_px] = value
    elif bpc == 1 and row_bytes * 8 >= width:
        bits = np.unpackbits(rows, axis=1)
        for c0, r0, c1, r1 in areas:
            bits[r0:r1, c0:c1] = 1 if value else 0
        rows = np.packbits(bits, axis=1)[:, :row_bytes]
    else:
        raise Unsupported(f"image with {bpc}-bit samples under a redaction box")
    new = pikepdf.Stream(pdf, b"")
    new.write(zlib.compress(rows.tobytes(), 6), filter=Name.FlateDecode)
    _copy_keys(image, new)
    return new


def _paint_jpeg(pdf: pikepdf.Pdf, image: pikepdf.Object, areas: Sequence[PixelRect]) -> pikepdf.Stream:
    from PIL import Image, ImageDraw, JpegImagePlugin

    jpeg = _undo_filters(image.read_raw_bytes(), _filters(image)[:-1])
    with Image.open(io.BytesIO(jpeg)) as im:
        if im.mode not in ("L", "RGB"):
            raise Unsupported(f"JPEG image in {im.mode} under a redaction box")
        qtables = im.quantization
        sampling = JpegImagePlugin.get_sampling(im) if im.mode == "RGB" else -1
        painted = im.copy()
    draw = ImageDraw.Draw(painted)
    for c0, r0, c1, r1 in areas:
        draw.rectangle((c0, r0, c1 - 1, r1 - 1), fill=0 if painted.mode == "L" else (0, 0, 0))
    buf = io.BytesIO()
    painted.save(buf, "JPEG", qtables=qtables, subsampling=sampling, optimize=True)
    new = pikepdf.Stream(pdf, b"")
    new.write(buf.getvalue(), filter=Name.DCTDecode)
    _copy_keys(image, new)
    return new


def _paint_bilevel(pdf: pikepdf.Pdf, image: pikepdf.Object, areas: Sequence[PixelRect]) -> pikepdf.Stream:
    from PIL import ImageDraw

    try:
        im = pikepdf.PdfImage(image).as_pil_image(apply_mask=False)
    except Exception as exc:  # noqa: BLE001 - a decoder missing (jbig2dec) or a damaged image
        raise Unsupported(f"bilevel image cannot be decoded ({type(exc).__name__})") from exc
    if im.mode not in ("1", "L"):
        raise Unsupported(f"bilevel image decoded as {im.mode}")
    im = im.convert("1") if im.mode == "L" else im
    draw = ImageDraw.Draw(im)
    for c0, r0, c1, r1 in areas:
        draw.rectangle((c0, r0, c1 - 1, r1 - 1), fill=0)
    new = pikepdf.Stream(pdf, b"")
    new.write(zlib.compress(im.tobytes(), 9), filter=Name.FlateDecode)
    _copy_keys(image, new, _KEEP_OUT | {"/Decode", "/ColorSpace", "/BitsPerComponent"})
    new.ColorSpace, new.BitsPerComponent = Name.DeviceGray, 1
    return new
