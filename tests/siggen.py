"""Letters with signatures and paraphs for the tests: scanned images, vector ink, a paraph table.

Handwriting is a seeded random walk of curves, so every run draws the same
strokes. :func:`signed_letter` writes one page with a closing, the mark and
the printed name and function below it; :func:`paraph_table` a paraph table
whose Paraaf cell holds a small scanned image; :func:`scanned_letter` the
signed letter printed and scanned (a page image only). Each returns the PDF and the
box of the mark (x0, y0, x1, y1 in points) so a test can look there.
"""

from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

Rect = tuple[float, float, float, float]


def strokes(seed: int, width: float, height: float, n: int = 5) -> list[list[tuple[float, float]]]:
    """Curves across a width x height box (points, origin bottom-left): a made-up signature."""
    rng = np.random.default_rng(seed)
    out = []
    x = 0.05 * width
    for _ in range(n):
        pts = []
        for _k in range(7):
            x = min(x + rng.uniform(0.02, 0.06) * width, 0.95 * width)
            y = height * (0.5 + 0.38 * math.sin(rng.uniform(0, 6.28)))
            pts.append((x, y))
        out.append(pts)
    return out


def signature_image(seed: int = 3, size: tuple[int, int] = (360, 120), noise: float = 6.0) -> bytes:
    """A grey JPEG of a signature as a scanner makes it (noise, JPEG artefacts)."""
    w, h = size
    img = Image.new("L", size, 250)
    draw = ImageDraw.Draw(img)
    for line in strokes(seed, w, h):
        draw.line([(x, h - y) for x, y in line], fill=20, width=5, joint="curve")
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32) + rng.normal(0.0, noise, (h, w))
    buf = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _ink(c: canvas.Canvas, box: Rect, seed: int) -> None:
    x0, y0, x1, y1 = box
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    c.setLineWidth(1.4)
    c.setLineCap(1)
    for line in strokes(seed, x1 - x0, y1 - y0):
        p = c.beginPath()
        (sx, sy), rest = line[0], line[1:]
        p.moveTo(x0 + sx, y0 + sy)
        for k in range(0, len(rest) - 1, 2):
            (ax, ay), (bx, by) = rest[k], rest[k + 1]
            p.curveTo(x0 + ax, y0 + ay, x0 + (ax + bx) / 2, y0 + ay, x0 + bx, y0 + by)
        c.drawPath(p, stroke=1, fill=0)


BODY = (
    "Geachte heer Bakker,",
    "",
    "Hierbij ontvangt u het besluit op uw verzoek van 3 februari 2025 op grond van de Wet open overheid.",
    "De stukken worden openbaar gemaakt op de website van de rijksoverheid.",
    "",
)


def signed_letter(
    closing: str, name: str, function: str, *, mark: str = "image", seed: int = 3, rule: bool = True
) -> tuple[bytes, Rect]:
    """A letter that ends with ``closing``, a signature (``mark``: "image", "ink" or "none": left blank)
    and the printed name.

    ``rule`` draws a horizontal line under the heading (a path that is no ink).
    """
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 780, "Besluit op uw Woo-verzoek")
    if rule:
        c.setLineWidth(0.8)
        c.line(72, 770, 520, 770)
    c.setFont("Helvetica", 11)
    y = 740.0
    for line in BODY:
        c.drawString(72, y, line)
        y -= 18
    c.drawString(72, y, closing)
    y -= 14
    box = (72.0, y - 52.0, 202.0, y - 6.0)
    if mark == "image":
        c.drawImage(ImageReader(io.BytesIO(signature_image(seed))), box[0], box[1], box[2] - box[0], box[3] - box[1])
    elif mark == "ink":
        _ink(c, box, seed)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(72, box[1] - 16, name)
    c.drawString(72, box[1] - 30, function)
    c.drawString(72, box[1] - 70, "Bijlage: inventarislijst")
    c.save()
    return buf.getvalue(), box


def paraph_table(seed: int = 5, head: str = "Paraaf", mark: tuple[float, float] = (48, 18)) -> tuple[bytes, Rect]:
    """A paraph table (Naam | Functie | Paraaf | Datum) with a scanned paraph in one Paraaf cell (``head`` and
    ``mark``: another column's header, a mark of another size, such as a signature under "Handtekening")."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 780, "Nota over de subsidieregeling")
    c.setFont("Helvetica", 10)
    c.drawString(72, 750, "De regeling wordt in 2026 geëvalueerd door de directie Financiën.")
    cols = (72, 200, 330, 430)
    top = 700.0
    c.setFont("Helvetica-Bold", 10)
    for x, label in zip(cols, ("Naam", "Functie", head, "Datum"), strict=True):
        c.drawString(x, top, label)
    c.setFont("Helvetica", 10)
    rows = (("Pieter Smit", "beleidsmedewerker", "12-03-2025"), ("Karin de Wit", "afdelingshoofd", "13-03-2025"))
    box: Rect = (0, 0, 0, 0)
    for k, (name, function, date) in enumerate(rows):
        y = top - 30 * (k + 1)
        c.drawString(cols[0], y, name)
        c.drawString(cols[1], y, function)
        c.drawString(cols[3], y, date)
        if k == 0:
            box = (cols[2], y - 6, cols[2] + mark[0], y - 6 + mark[1])
            img = signature_image(seed, (int(mark[0] * 10 / 3), int(mark[1] * 10 / 3)))
            c.drawImage(ImageReader(io.BytesIO(img)), box[0], box[1], box[2] - box[0], box[3] - box[1])
    c.setLineWidth(0.5)
    for k in range(4):
        c.line(68, top - 8 - 30 * k, 520, top - 8 - 30 * k)  # table rules: paths that are no ink
    c.save()
    return buf.getvalue(), box


def signed_form(label: str, *, beside: bool, seed: int = 6) -> tuple[bytes, Rect]:
    """A form whose last field is a signature: ``label`` ("Handtekening kiezer:") with the signature image
    ``beside`` it on its row, or under it; no printed name anywhere near the mark."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 780, "Ondersteuningsverklaring")
    c.setFont("Helvetica", 10)
    c.drawString(72, 750, "Ondergetekende verklaart de kandidatenlijst te ondersteunen.")
    for k, (field, value) in enumerate((("Naam", "Dekker, Johanna"), ("Adres", "Hoogstraat 8"), ("Plaats", "Zwolle"))):
        c.drawString(72, 720 - 18 * k, field)
        c.drawString(200, 720 - 18 * k, value)
    c.drawString(72, 650, label)
    box: Rect = (200.0, 642.0, 300.0, 672.0) if beside else (72.0, 605.0, 172.0, 640.0)
    img = signature_image(seed, (int((box[2] - box[0]) * 10 / 3), int((box[3] - box[1]) * 10 / 3)))
    c.drawImage(ImageReader(io.BytesIO(img)), box[0], box[1], box[2] - box[0], box[3] - box[1])
    c.drawString(72, 560, "In te vullen door de gemeente: de ondertekening heeft plaatsgevonden in mijn bijzijn.")
    c.save()
    return buf.getvalue(), box


def figure_page(seed: int = 9) -> bytes:
    """No signature: a logo over the letterhead, a figure over a caption that names someone, ink in a chart."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    logo = ImageReader(io.BytesIO(signature_image(seed, (120, 120))))
    c.drawImage(logo, 280, 770, 40, 40)
    c.setFont("Helvetica", 10)
    c.drawString(250, 755, "Ministerie van Binnenlandse Zaken")
    c.drawString(72, 700, "Het aantal aanvragen is in 2025 gestegen, zoals de figuur hieronder laat zien.")
    c.drawImage(ImageReader(io.BytesIO(signature_image(seed + 1))), 72, 560, 200, 100)
    c.drawString(72, 545, "Figuur 1: aanvragen per maand volgens Jan de Boer van de afdeling Statistiek")
    _ink(c, (300.0, 560.0, 500.0, 660.0), seed)  # a hand-drawn curve in a chart
    c.drawString(300, 545, "Figuur 2: trend over het jaar, door de heer Jan de Boer")
    c.save()
    return buf.getvalue()


def scanned_letter(
    closing: str,
    name: str,
    function: str,
    *,
    dpi: int = 300,
    skew: float = 0.8,
    noise: float = 8.0,
    quality: int = 75,
    seed: int = 3,
) -> tuple[bytes, Rect]:
    """:func:`signed_letter` with a pen signature, printed and scanned: one page image without a text layer
    (``dpi``, ``skew`` degrees, Gaussian ``noise``, JPEG ``quality``). Returns the PDF and the box the
    signature was drawn in (before the skew, which turns it about the page's centre: 1.5 degrees move
    it by some 7 points)."""
    from scangen import printed, scan_pdf

    data, box = signed_letter(closing, name, function, mark="ink", seed=seed)
    return scan_pdf(printed(data, dpi=dpi, skew=skew, noise=noise, quality=quality, seed=seed)), box


def _ink_ops(box_w: float, box_h: float, seed: int) -> bytes:
    """The strokes of :func:`strokes` as content-stream operators (curves) in a box_w x box_h box."""
    ops = ["0.05 0.1 0.45 RG 1.4 w 1 J"]
    for line in strokes(seed, box_w, box_h):
        (sx, sy), rest = line[0], line[1:]
        ops.append(f"{sx:.2f} {sy:.2f} m")
        for k in range(0, len(rest) - 1, 2):
            (ax, ay), (bx, by) = rest[k], rest[k + 1]
            ops.append(f"{ax:.2f} {ay:.2f} {(ax + bx) / 2:.2f} {ay:.2f} {bx:.2f} {by:.2f} c")
        ops.append("S")
    return "\n".join(ops).encode()


def stamped_letter(
    closing: str, name: str, function: str, *, nested: bool = False, seed: int = 3
) -> tuple[bytes, Rect]:
    """:func:`signed_letter` whose pen signature is a Form XObject of vector paths, as signing stamps of
    Word and Acrobat place it: drawn with ``/Sig Do``, with its own /BBox and /Matrix. ``nested``: the
    stamp is a form (scaled by its /Matrix, clipped to its /BBox) that draws the form holding the
    strokes (scaled back by its own /Matrix). Returns the PDF and the box the strokes are drawn in."""
    import pikepdf

    data, box = signed_letter(closing, name, function, mark="none", seed=seed)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    with pikepdf.open(io.BytesIO(data)) as pdf:
        ink = pdf.make_stream(_ink_ops(w, h, seed), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form)
        ink.BBox = [0, 0, w, h]
        sig = ink
        if nested:
            ink.Matrix = [2, 0, 0, 2, 0, 0]
            clip = f"q 0 0 {2 * w:.2f} {2 * h:.2f} re W n /Ink Do Q".encode()
            sig = pdf.make_stream(clip, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form)
            sig.BBox = [0, 0, 2 * w, 2 * h]
            sig.Matrix = [0.5, 0, 0, 0.5, 0, 0]
            sig.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Ink=ink))
        page = pdf.pages[0]
        if "/XObject" not in page.Resources:
            page.Resources.XObject = pikepdf.Dictionary()
        page.Resources.XObject.Sig = sig
        page.contents_add(pdf.make_stream(f"q 1 0 0 1 {x0:.2f} {y0:.2f} cm /Sig Do Q".encode()), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue(), box


PHOTO_BOX: Rect = (330.0, 600.0, 520.0, 740.0)
LOGO_BOX: Rect = (72.0, 790.0, 132.0, 820.0)


def photo_letter(seed: int = 3) -> tuple[bytes, Rect]:
    """A signed letter (a scanned signature image, a civil servant) with a photo (a JPEG) beside the text
    and a logo (Flate RGB) in the letterhead, each an image of its own. Returns the PDF and the
    signature's box; the photo and logo lie at :data:`PHOTO_BOX` and :data:`LOGO_BOX`."""
    import zlib

    import pikepdf

    data, box = signed_letter("Met vriendelijke groet,", "Jan de Boer", "senior beleidsmedewerker", seed=seed)
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:280, 0:380]
    photo = np.stack([xx * 0.6, yy * 0.8, 128 + 100 * np.sin(xx / 17.0) * np.cos(yy / 23.0)], axis=2)
    photo += rng.normal(0, 12, photo.shape)
    jpeg = io.BytesIO()
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).save(jpeg, "JPEG", quality=85)
    logo = np.zeros((60, 120, 3), dtype=np.uint8)
    logo[:, :, 0] = np.linspace(0, 255, 120, dtype=np.uint8)[None, :]
    logo[15:45, 30:90, 2] = 220
    with pikepdf.open(io.BytesIO(data)) as pdf:
        rgb = {"ColorSpace": pikepdf.Name.DeviceRGB, "BitsPerComponent": 8, "Subtype": pikepdf.Name.Image}
        photo_x = pdf.make_stream(jpeg.getvalue(), Width=380, Height=280, Filter=pikepdf.Name.DCTDecode, **rgb)
        logo_x = pdf.make_stream(zlib.compress(logo.tobytes(), 9), Width=120, Height=60, **rgb)
        logo_x.Filter = pikepdf.Name.FlateDecode
        page = pdf.pages[0]
        page.Resources.XObject.Photo = photo_x
        page.Resources.XObject.Logo = logo_x
        draw = []
        for name, (x0, y0, x1, y1) in (("Photo", PHOTO_BOX), ("Logo", LOGO_BOX)):
            draw.append(f"q {x1 - x0} 0 0 {y1 - y0} {x0} {y0} cm /{name} Do Q")
        page.contents_add(pdf.make_stream("\n".join(draw).encode()), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue(), box


def letterhead_page(seed: int = 4) -> bytes:
    """No signature: a logo of vector paths (a form, as letterheads place it) over the addressee block."""
    import pikepdf

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for k, line in enumerate(("De heer Jan de Boer", "Postbus 20350", "2500 EJ Den Haag")):
        c.drawString(100, 752 - 12 * k, line)
    c.drawString(100, 600, "Geachte heer De Boer, hierbij ons advies over het wetsvoorstel.")
    c.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        logo = pdf.make_stream(_ink_ops(120.0, 40.0, seed), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form)
        logo.BBox = [0, 0, 120, 40]
        page = pdf.pages[0]
        page.Resources.XObject = pikepdf.Dictionary(Logo=logo)
        page.contents_add(pdf.make_stream(b"q 1 0 0 1 80 770 cm /Logo Do Q"), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()
