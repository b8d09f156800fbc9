"""Every kind of image under a box is painted in its own pixels, not by rasterising the page.

Each case writes a one-page PDF with one image of that kind (inline, JPEG 2000,
CMYK JPEG, stencil mask, CCITT stencil mask, soft mask in a JPEG, 4-bit Indexed,
explicit /Mask)
and a line of text, puts a box over the middle of the image and runs the
remover. The proof (the same one every output passes) must hold: pixels outside
the box unchanged within its tolerance, nothing readable under it. And the
image alone, rendered without the black box, must be uniform inside the box
where it had a pattern before.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pikepdf import Name
from PIL import Image, features

from woo_redact.model import SIGNATURE, Box, Explanation, Finding, Ground, Redaction
from woo_redact.prove import prove
from woo_redact.redact.remove import apply_redactions

W, H = 120, 60  # image pixels
PLACE = (50.0, 100.0, 250.0, 200.0)  # where the image is drawn, points
BOX = Box(0, 120.0, 130.0, 180.0, 170.0)  # the redaction box, inside the image
PX = (PLACE[2] - PLACE[0]) / 60  # the coarsest image pixel (the inline image has 60 columns), points


def _pattern() -> np.ndarray:
    """RGB stripes and a gradient: any pixel that moves shows."""
    arr = np.zeros((H, W, 3), dtype=np.uint8)
    arr[:, :, 0] = np.linspace(0, 255, W, dtype=np.uint8)[None, :]
    arr[::6, :, 1] = 200
    arr[:, ::9, 2] = 230
    return arr


def _page(pdf: pikepdf.Pdf, draw: bytes, xobjects: dict[str, pikepdf.Object]) -> None:
    font = pikepdf.Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    x0, y0, x1, y1 = PLACE
    content = (
        b"BT /F1 12 Tf 50 250 Td (Openbare tekst boven het beeld) Tj ET\n"
        + f"q {x1 - x0} 0 0 {y1 - y0} {x0} {y0} cm ".encode()
        + draw
        + b" Q\n"
    )
    page = pdf.add_blank_page(page_size=(300, 300))
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font), XObject=pikepdf.Dictionary(xobjects))
    page.Contents = pdf.make_stream(content)


def _image(pdf: pikepdf.Pdf, data: bytes, filt: Name | None, **keys: object) -> pikepdf.Stream:
    s = pikepdf.Stream(pdf, data)
    s.Type, s.Subtype, s.Width, s.Height = Name.XObject, Name.Image, W, H
    if filt is not None:
        s.Filter = filt
    for k, v in keys.items():
        s[f"/{k}"] = v
    return pdf.make_indirect(s)


def _save(pdf: pikepdf.Pdf) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def inline() -> bytes:
    pdf = pikepdf.new()
    data = zlib.compress(_pattern()[::2, ::2].tobytes())  # 60 x 30, under the 4 KB inline limit
    bi = b"BI /W 60 /H 30 /BPC 8 /CS /RGB /F /Fl /L %d ID " % len(data) + data + b"\nEI"
    _page(pdf, bi, {})
    return _save(pdf)


def jpx() -> bytes:
    pdf = pikepdf.new()
    buf = io.BytesIO()
    Image.fromarray(_pattern()).save(buf, "JPEG2000", irreversible=False)
    im = _image(pdf, buf.getvalue(), Name.JPXDecode)
    _page(pdf, b"/Im0 Do", {"/Im0": im})
    return _save(pdf)


def cmyk_jpeg() -> bytes:
    pdf = pikepdf.new()
    data = _jpeg(Image.fromarray(_pattern()).convert("CMYK"))
    decode = pikepdf.Array([1, 0] * 4) if "adobe" in Image.open(io.BytesIO(data)).info else None
    keys = {"ColorSpace": Name.DeviceCMYK, "BitsPerComponent": 8} | ({"Decode": decode} if decode else {})
    im = _image(pdf, data, Name.DCTDecode, **keys)
    _page(pdf, b"/Im0 Do", {"/Im0": im})
    return _save(pdf)


def stencil() -> bytes:
    pdf = pikepdf.new()
    bits = (_pattern()[:, :, 1] > 100) | (_pattern()[:, :, 2] > 100)
    data = zlib.compress(np.packbits(~bits, axis=1).tobytes())  # 0 = paint
    im = _image(pdf, data, Name.FlateDecode, ImageMask=True, BitsPerComponent=1)
    _page(pdf, b"0 0 0.6 rg /Im0 Do", {"/Im0": im})
    return _save(pdf)


def smask_in_jpeg() -> bytes:
    pdf = pikepdf.new()
    alpha = Image.fromarray(_pattern()[:, :, 0])
    mask = _image(pdf, _jpeg(alpha), Name.DCTDecode, ColorSpace=Name.DeviceGray, BitsPerComponent=8)
    rgb = _jpeg(Image.fromarray(_pattern()))
    im = _image(pdf, rgb, Name.DCTDecode, ColorSpace=Name.DeviceRGB, BitsPerComponent=8, SMask=mask)
    _page(pdf, b"/Im0 Do", {"/Im0": im})
    return _save(pdf)


def indexed_4bit() -> bytes:
    pdf = pikepdf.new()
    pal = Image.fromarray(_pattern()).quantize(16)
    idx = np.asarray(pal, dtype=np.uint8)
    packed = (idx[:, 0::2] << 4) | idx[:, 1::2]
    palette = bytes(pal.getpalette()[: 16 * 3])
    space = pikepdf.Array([Name.Indexed, Name.DeviceRGB, 15, pikepdf.String(palette)])
    im = _image(pdf, zlib.compress(packed.tobytes()), Name.FlateDecode, ColorSpace=space, BitsPerComponent=4)
    _page(pdf, b"/Im0 Do", {"/Im0": im})
    return _save(pdf)


def explicit_mask() -> bytes:
    pdf = pikepdf.new()
    bits = _pattern()[:, :, 2] > 100
    mask = _image(pdf, zlib.compress(np.packbits(bits, axis=1).tobytes()), Name.FlateDecode, ImageMask=True)
    data = zlib.compress(_pattern().tobytes())
    im = _image(pdf, data, Name.FlateDecode, ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Mask=mask)
    _page(pdf, b"/Im0 Do", {"/Im0": im})
    return _save(pdf)


def ccitt_stencil() -> bytes:
    """A CCITT G4 stencil mask, as scanned signatures are often stored."""
    pdf = pikepdf.new()
    bits = (_pattern()[:, :, 1] > 100) | (_pattern()[:, :, 2] > 100)
    tiff = io.BytesIO()
    Image.fromarray(~bits).convert("1").save(tiff, "TIFF", compression="group4")
    t = Image.open(io.BytesIO(tiff.getvalue()))
    (offset,), (length,) = t.tag_v2[273], t.tag_v2[279]
    g4 = tiff.getvalue()[offset : offset + length]
    parms = pikepdf.Dictionary(K=-1, Columns=W, Rows=H, BlackIs1=t.tag_v2[262] == 1)
    im = _image(pdf, g4, Name.CCITTFaxDecode, ImageMask=True, DecodeParms=parms)
    _page(pdf, b"0 0 0.6 rg /Im0 Do", {"/Im0": im})
    return _save(pdf)


KINDS = {
    "ccitt_stencil": ccitt_stencil,
    "inline": inline,
    "jpx": jpx,
    "cmyk_jpeg": cmyk_jpeg,
    "stencil": stencil,
    "smask_in_jpeg": smask_in_jpeg,
    "indexed_4bit": indexed_4bit,
    "explicit_mask": explicit_mask,
}


def _images_only(data: bytes, dpi: int = 144) -> np.ndarray:
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        for obj in list(page.get_objects(max_depth=1)):
            if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
                page.remove_obj(obj)
        page.gen_content()
        return np.asarray(page.render(scale=dpi / 72).to_pil().convert("RGB"), dtype=int)
    finally:
        doc.close()


def _inside(img: np.ndarray, dpi: int = 144, inset: float = 2.0) -> np.ndarray:
    s = dpi / 72
    h = img.shape[0]
    return img[
        int(h - (BOX.y1 - inset) * s) : int(h - (BOX.y0 + inset) * s),
        int((BOX.x0 + inset) * s) : int((BOX.x1 - inset) * s),
    ]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_image_kind_is_painted_in_its_own_pixels(kind: str) -> None:
    if kind == "jpx" and not features.check("jpg_2000"):
        pytest.skip("Pillow without OpenJPEG")
    data = KINDS[kind]()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        [result] = apply_redactions(pdf, [Redaction(BOX, "5.1.2e", "F1")], original=data)
        buf = io.BytesIO()
        pdf.save(buf)
    out = buf.getvalue()
    assert not result.rasterized, result.reason
    assert result.images == 1
    finding = Finding("F1", 0, 0, "", SIGNATURE, Ground.PRIVATE_LIFE, 0.6, (BOX,), (Explanation("test", 0.6, "t"),))
    proof = prove(data, out, [finding], image_pages=[0], changed_areas=result.painted)
    for b in result.painted:  # whole image pixels: at most two beyond the box on each side
        assert (
            b.x0 >= BOX.x0 - 2 * PX and b.x1 <= BOX.x1 + 2 * PX and b.y0 >= BOX.y0 - 2 * PX and b.y1 <= BOX.y1 + 2 * PX
        )
    assert proof.passed, [(c.name, c.detail) for c in proof.failures]
    before, after = _inside(_images_only(data)), _inside(_images_only(out))
    spread_before = before.reshape(-1, 3).std(axis=0).max()
    spread_after = after.reshape(-1, 3).std(axis=0).max()
    assert spread_before > 20, "the pattern is under the box before"
    assert spread_after < 3, f"the image's pixels under the box are one colour after ({spread_after:.1f})"
    with pikepdf.open(io.BytesIO(out)) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
    assert b"BI" not in content or kind != "inline", "the inline image's data left the stream"
