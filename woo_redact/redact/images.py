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
  and written with Flate. Any number of components and 1, 2, 4, 8 or 16 bits
  per sample (Indexed images of 1-4 bits included).
* DCT (JPEG), grey, RGB or CMYK: decoded, painted black, and encoded again
  with the original's quantisation tables and chroma subsampling, which keeps
  the change to the pixels outside the box within a few levels (the proof's
  tolerance for re-encoded images is measured from this). A CMYK JPEG keeps
  its Adobe marker and /Decode, so its colours read as before.
* JPX (JPEG 2000): decoded by OpenJPEG (through Pillow) and written as Flate
  samples: exact outside the box, larger than the original.
* CCITT and JBIG2 (bilevel scans): decoded by pikepdf (with /Decode applied),
  painted black, written as 1-bit grey with Flate.
* Stencil masks (/ImageMask): the stencil's samples under the box are set to
  "do not paint" (the box is drawn over the area).
* A soft mask (/SMask) is painted opaque and an explicit /Mask is cleared
  under the box, whatever their encoding, so a signature kept in an alpha
  channel or a mask is gone as well.
* Inline images (BI ... ID ... EI) become an image XObject of their own (see
  :func:`inline_image`), painted like any other; the inline data leaves the stream.

Anything else (an image of an unknown filter, JPX with its alpha in the
codestream, a bilevel image that cannot be decoded) raises
:class:`Unsupported`: the caller then rasterises the page, the last resort.
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


def painted_extents(ctm: Matrix, width: int, height: int, rects: Sequence[Rect]) -> list[Rect]:
    """The user-space boxes of the pixels :func:`paint_image` paints for ``rects``.

    They exceed the rects by up to two image pixels on each side (every pixel the rect touches,
    and one more): on a coarse image that is visible beyond the black box, and the proof is told.
    """
    a, b, c, d, e, f = ctm
    out = []
    for area in pixel_rects(ctm, width, height, rects):
        if area is None:
            continue
        c0, r0, c1, r1 = area
        pts = []
        for col, row in ((c0, r0), (c1, r0), (c0, r1), (c1, r1)):
            u, v = col / width, 1.0 - row / height
            pts.append((a * u + c * v + e, b * u + d * v + f))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def paint_image(pdf: pikepdf.Pdf, image: pikepdf.Stream, ctm: Matrix, rects: Sequence[Rect]) -> pikepdf.Stream | None:
    """A copy of ``image`` with the areas under ``rects`` painted; None when no rect touches it."""
    width, height = int(image.Width), int(image.Height)
    areas = [r for r in pixel_rects(ctm, width, height, rects) if r is not None]
    if not areas:
        return None
    new = _paint(pdf, image, areas, _STENCIL_OFF if image.get("/ImageMask") else 0)
    for key, value in (("/SMask", 255), ("/Mask", _STENCIL_ON)):
        mask = image.get(key)
        if isinstance(mask, pikepdf.Stream):
            mw, mh = int(mask.Width), int(mask.Height)
            mask_areas = [r for r in pixel_rects(ctm, mw, mh, rects) if r is not None]
            new[key] = pdf.make_indirect(_paint(pdf, mask, mask_areas, value, exact=True)) if mask_areas else mask
    return new


_STENCIL_OFF = -1  # a stencil's "do not paint" sample (1, or 0 when its /Decode is [1 0])
_STENCIL_ON = -2  # a stencil's "paint" sample (the image under an explicit /Mask shows)


def _fill(image: pikepdf.Object, value: int) -> int:
    """The sample byte value to paint with: stencil values are resolved through /Decode."""
    if value >= 0:
        return value
    decode = image.get("/Decode")
    inverted = decode is not None and len(decode) >= 2 and float(decode[0]) > float(decode[1])
    off = 0 if inverted else 255
    return off if value == _STENCIL_OFF else 255 - off


def _paint(
    pdf: pikepdf.Pdf, image: pikepdf.Stream, areas: Sequence[PixelRect], value: int, exact: bool = False
) -> pikepdf.Stream:
    """``image`` with ``areas`` set to ``value`` (a sample byte, or a stencil value), re-encoded.

    ``exact``: a JPEG is written as Flate samples rather than as a JPEG again (for a mask: the
    ringing of a re-encoded mask around the box would move the colours it lets through).
    """
    width, height = int(image.Width), int(image.Height)
    fill = _fill(image, value)
    filters = _filters(image)
    last = filters[-1] if filters else ""
    if not filters or all(f in _RAW_FILTERS for f in filters):
        return _paint_samples(pdf, image, areas, width, height, value=fill)
    if last == "/DCTDecode" and all(f in _TEXT_FILTERS for f in filters[:-1]):
        return _paint_jpeg(pdf, image, areas, fill, exact)
    if last == "/JPXDecode" and len(filters) == 1:
        return _paint_jpx(pdf, image, areas, fill)
    if last in ("/CCITTFaxDecode", "/JBIG2Decode"):
        return _paint_bilevel(pdf, image, areas, fill)
    raise Unsupported(f"image with filter {last} under a redaction box")


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

    bpc = 1 if image.get("/ImageMask") else int(image.get("/BitsPerComponent", 8))
    data = image.read_bytes()
    if height <= 0 or len(data) < height:
        raise Unsupported("image data shorter than its height")
    row_bytes = len(data) // height
    rows = np.frombuffer(data[: row_bytes * height], dtype=np.uint8).reshape(height, row_bytes).copy()
    if bpc not in (1, 2, 4, 8, 16):
        raise Unsupported(f"image with {bpc}-bit samples under a redaction box")
    ncomp = row_bytes * 8 // (width * bpc)
    if ncomp < 1:
        raise Unsupported("image data too short for its width")
    if bpc >= 8:
        per_px = ncomp * bpc // 8
        for c0, r0, c1, r1 in areas:
            rows[r0:r1, c0 * per_px : c1 * per_px] = value
    else:  # samples packed in bits, rows padded to whole bytes
        bits = np.unpackbits(rows, axis=1)
        per_px = ncomp * bpc
        for c0, r0, c1, r1 in areas:
            bits[r0:r1, c0 * per_px : c1 * per_px] = 1 if value else 0
        rows = np.packbits(bits, axis=1)[:, :row_bytes]
    new = pikepdf.Stream(pdf, b"")
    new.write(zlib.compress(rows.tobytes(), 6), filter=Name.FlateDecode)
    _copy_keys(image, new)
    return new


def _paint_jpeg(
    pdf: pikepdf.Pdf, image: pikepdf.Object, areas: Sequence[PixelRect], fill: int, exact: bool = False
) -> pikepdf.Stream:
    from PIL import Image, ImageDraw, JpegImagePlugin

    jpeg = _undo_filters(image.read_raw_bytes(), _filters(image)[:-1])
    with Image.open(io.BytesIO(jpeg)) as im:
        if im.mode not in ("L", "RGB", "CMYK"):
            raise Unsupported(f"JPEG image in {im.mode} under a redaction box")
        if not isinstance(im, JpegImagePlugin.JpegImageFile):  # DCTDecode data PIL does not read as a JPEG
            raise Unsupported(f"DCTDecode image that is no JPEG ({im.format}) under a redaction box")
        qtables = im.quantization
        sampling = JpegImagePlugin.get_sampling(im) if im.mode != "L" else -1
        adobe = "adobe" in im.info
        painted = im.copy()
    if painted.mode == "CMYK" and not adobe:
        raise Unsupported("CMYK JPEG without an Adobe marker under a redaction box")
    draw = ImageDraw.Draw(painted)
    colours: dict[str, int | tuple[int, ...]] = {
        "L": fill,
        "RGB": (fill,) * 3,
        "CMYK": (255 - fill,) * 4 if fill == 0 else (0, 0, 0, 0),
    }
    colour = colours[painted.mode]
    for c0, r0, c1, r1 in areas:
        draw.rectangle((c0, r0, c1 - 1, r1 - 1), fill=colour)
    new = pikepdf.Stream(pdf, b"")
    if exact and painted.mode in ("L", "RGB"):
        new.write(zlib.compress(painted.tobytes(), 6), filter=Name.FlateDecode)
        _copy_keys(image, new, _KEEP_OUT | {"/ColorSpace", "/BitsPerComponent"})
        new.ColorSpace = Name.DeviceGray if painted.mode == "L" else Name.DeviceRGB
        new.BitsPerComponent = 8
        return new
    buf = io.BytesIO()
    painted.save(buf, "JPEG", qtables=qtables, subsampling=sampling, optimize=True)
    new.write(buf.getvalue(), filter=Name.DCTDecode)
    _copy_keys(image, new)
    return new


def _paint_jpx(pdf: pikepdf.Pdf, image: pikepdf.Object, areas: Sequence[PixelRect], fill: int) -> pikepdf.Stream:
    """JPEG 2000: decoded samples, painted, written with Flate (the colour space is the codestream's)."""
    import numpy as np
    from PIL import Image

    if int(image.get("/SMaskInData", 0)):
        raise Unsupported("JPEG 2000 image with its alpha in the codestream under a redaction box")
    try:
        with Image.open(io.BytesIO(image.read_raw_bytes())) as im:
            im.load()
            decoded = im.copy()
    except Exception as exc:  # noqa: BLE001 - OpenJPEG missing or a damaged codestream
        raise Unsupported(f"JPEG 2000 image cannot be decoded ({type(exc).__name__})") from exc
    spaces = {"L": Name.DeviceGray, "RGB": Name.DeviceRGB, "CMYK": Name.DeviceCMYK}
    if decoded.mode not in spaces:
        raise Unsupported(f"JPEG 2000 image decoded as {decoded.mode}")
    arr = np.asarray(decoded).copy()
    for c0, r0, c1, r1 in areas:
        arr[r0:r1, c0:c1] = fill
    new = pikepdf.Stream(pdf, b"")
    new.write(zlib.compress(arr.tobytes(), 6), filter=Name.FlateDecode)
    _copy_keys(image, new, _KEEP_OUT | {"/Decode", "/ColorSpace", "/BitsPerComponent", "/SMaskInData"})
    colour_space = image.get("/ColorSpace")
    new.ColorSpace = colour_space if colour_space is not None else spaces[decoded.mode]
    if image.get("/Decode") is not None and colour_space is not None:
        new.Decode = image.Decode
    new.BitsPerComponent = 8
    return new


def _paint_bilevel(pdf: pikepdf.Pdf, image: pikepdf.Stream, areas: Sequence[PixelRect], fill: int) -> pikepdf.Stream:
    """CCITT or JBIG2: decoded by pikepdf with /Decode applied, so the copy has the default /Decode."""
    from PIL import ImageDraw

    try:
        im = pikepdf.PdfImage(image).as_pil_image(apply_mask=False)
    except Exception as exc:  # noqa: BLE001 - a decoder missing (jbig2dec) or a damaged image
        raise Unsupported(f"bilevel image cannot be decoded ({type(exc).__name__})") from exc
    if im.mode not in ("1", "L"):
        raise Unsupported(f"bilevel image decoded as {im.mode}")
    im = im.convert("1") if im.mode == "L" else im
    stencil = bool(image.get("/ImageMask"))
    if stencil:  # the fill was resolved through the original's /Decode, which the decoded image no longer has
        fill = 255 if _fill(image, _STENCIL_OFF) == fill else 0
    draw = ImageDraw.Draw(im)
    for c0, r0, c1, r1 in areas:
        draw.rectangle((c0, r0, c1 - 1, r1 - 1), fill=1 if fill else 0)
    new = pikepdf.Stream(pdf, b"")
    new.write(zlib.compress(im.tobytes(), 9), filter=Name.FlateDecode)
    _copy_keys(image, new, _KEEP_OUT | {"/Decode", "/ColorSpace", "/BitsPerComponent"})
    if not stencil:
        new.ColorSpace = Name.DeviceGray
    new.BitsPerComponent = 1
    return new


_DEVICE = {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK"}


def inline_image(
    pdf: pikepdf.Pdf, instruction: pikepdf.ContentStreamInlineImage, resources: pikepdf.Object | None
) -> pikepdf.Stream:
    """An inline image (BI ... ID ... EI) as an image XObject (not yet added to any page).

    Abbreviated keys and filter names are expanded; a colour space named in the page's resources
    is looked up there (an inline image may name one, an XObject must carry it).
    """
    iimage = instruction.iimage
    stream = pikepdf.Stream(pdf, iimage.read_raw_bytes())
    for key, value in iimage.obj.items():
        if key != "/Length":
            stream[key] = value
    stream.Type, stream.Subtype = Name.XObject, Name.Image
    cs = stream.get("/ColorSpace")
    if isinstance(cs, pikepdf.Name) and str(cs) not in _DEVICE:
        spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        named = spaces.get(cs) if isinstance(spaces, pikepdf.Dictionary) else None
        if named is None:
            raise Unsupported(f"inline image in the unknown colour space {cs}")
        stream.ColorSpace = named
    return stream
