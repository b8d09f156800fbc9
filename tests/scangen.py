"""Scanned notes for the tests: a born-digital note printed to an image and wrapped in a PDF.

:func:`scanned_note` renders a reportlab note at ``dpi``, turns it by ``skew``
degrees, adds noise, stores it as a JPEG and wraps that in a PDF page (as one
DCT image covering the page, like a scanner's PDF). A small coloured logo can
be drawn on top as an image XObject of its own, to check that images outside
the boxes stay byte- and pixel-identical.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

SCAN_LINES = (
    ("Helvetica-Bold", 13, "Beslisnota Programma Versterking Woo"),
    ("Helvetica", 11, "Aan: de minister van Binnenlandse Zaken"),
    ("Helvetica", 11, "Van: Sanne Visser"),
    ("Helvetica", 11, "Telefoon: 06-12345678"),
    ("Helvetica", 11, "E-mail: s.visser@minbzk.nl"),
    ("Helvetica", 11, "Datum: 12 maart 2024"),
    ("Helvetica-Bold", 12, "Aanleiding"),
    ("Helvetica", 11, "Het programma loopt in de gemeente Leeuwarden en wordt in 2025 verlengd."),
    ("Helvetica", 11, "Mevrouw Visser heeft hierover overlegd met de provincie Friesland."),
    ("Helvetica", 11, "De kosten van het programma bedragen ongeveer twee miljoen euro per jaar."),
)
SECRETS = ("Sanne Visser", "Visser", "06-12345678", "s.visser@minbzk.nl")
PUBLIC_WORDS = ("Leeuwarden", "programma", "Friesland", "miljoen")
LOGO_BOX = (430.0, 760.0, 530.0, 810.0)  # x0, y0, x1, y1 in points


def _born_digital(lines: Sequence[tuple[str, float, str]]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 740.0
    for font, size, text in lines:
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= size * 1.9
    c.save()
    return buf.getvalue()


def scan_image(
    lines: Sequence[tuple[str, float, str]] = SCAN_LINES,
    *,
    dpi: int = 200,
    skew: float = 0.6,
    noise: float = 8.0,
    quality: int = 75,
    seed: int = 11,
) -> bytes:
    """The note as a grey JPEG, like a scanner makes it."""
    return printed(_born_digital(lines), dpi=dpi, skew=skew, noise=noise, quality=quality, seed=seed)


def printed(
    pdf: bytes, *, dpi: int = 200, skew: float = 0.6, noise: float = 8.0, quality: int = 75, seed: int = 11
) -> bytes:
    """The first page of a born-digital ``pdf`` printed and scanned: a grey JPEG at ``dpi``, turned by
    ``skew`` degrees, on grey paper with not quite black ink and Gaussian noise."""
    doc = pdfium.PdfDocument(pdf)
    try:
        img = doc[0].render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    if skew:
        img = img.rotate(skew, resample=Image.BILINEAR, fillcolor=255)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32) * 0.92 + 12  # grey paper, not quite black ink
    arr += rng.normal(0.0, noise, arr.shape)
    out = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=quality)
    return out.getvalue()


def scan_pdf(jpeg: bytes, size: tuple[float, float] = A4) -> bytes:
    """A one-page PDF whose page is the scanned ``jpeg`` (one DCT image covering it, no text layer)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=size[0], height=size[1])
    c.save()
    return as_scanner(buf.getvalue())


def logo_image() -> Image.Image:
    """A small colourful image with sharp edges (any change to it shows)."""
    arr = np.zeros((50, 100, 3), dtype=np.uint8)
    arr[:, :, 0] = np.linspace(0, 255, 100, dtype=np.uint8)[None, :]
    arr[:, :, 1] = 40
    arr[10:40, 20:80, 2] = 220
    return Image.fromarray(arr)


def scanned_note(
    lines: Sequence[tuple[str, float, str]] = SCAN_LINES,
    *,
    dpi: int = 200,
    skew: float = 0.6,
    logo: bool = True,
    rotate: int = 0,
) -> bytes:
    """A one-page PDF whose page is a scanned image (no text layer), optionally with a logo on top.

    ``rotate`` turns the scan on the paper (the page is stored sideways, as a scanner
    fed the sheet rotated would do) and sets /Rotate so it displays upright.
    """
    jpeg = scan_image(lines, dpi=dpi, skew=skew)
    buf = io.BytesIO()
    width, height = A4
    if rotate in (90, 270):
        img = Image.open(io.BytesIO(jpeg)).rotate(rotate, expand=True)
        rotated = io.BytesIO()
        img.save(rotated, "JPEG", quality=80)
        jpeg = rotated.getvalue()
        width, height = height, width
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=width, height=height)
    if logo:
        x0, y0, x1, y1 = LOGO_BOX
        c.drawImage(ImageReader(logo_image()), x0, y0, width=x1 - x0, height=y1 - y0)
    c.save()
    return as_scanner(buf.getvalue(), rotate)


def as_scanner(data: bytes, rotate: int = 0) -> bytes:
    """The PDF as a scanner writes it: each JPEG stored as it is (reportlab wraps it in ASCII85, a quarter
    larger, which would flatter a redacted copy's size); ``rotate`` sets the page's /Rotate."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Filter") == [
                pikepdf.Name.ASCII85Decode,
                pikepdf.Name.DCTDecode,
            ]:
                a85 = b"".join(obj.read_raw_bytes().split()).removeprefix(b"<~").removesuffix(b"~>")
                obj.write(base64.a85decode(a85), filter=pikepdf.Name.DCTDecode)
        if rotate:
            pdf.pages[0].Rotate = rotate
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


NOISE = ("IEEE", "l1I|", "Wkrtsl", "~~", "IIll", "rnrn", "0O0O", "Bsnklm", "...", "AAAA", "}{", "Vlsscr")


def archive_export(seed: int = 7, good: float = 0.25) -> bytes:
    """A scanned note as an archive system exports it: the scan under an invisible OCR layer of noise.

    About ``good`` of the layer's tokens are real words of the note (put anywhere); the rest are the
    misreadings such systems produce ("IEEE" for a box, "l1I|" for a rule, consonant salad).
    """
    import pikepdf

    rng = np.random.default_rng(seed)
    words = [w for _, _, line in SCAN_LINES for w in line.split()]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 10)
    for k in range(60):
        y = 780 - k * 12
        token = words[int(rng.integers(len(words)))] if rng.random() < good else NOISE[int(rng.integers(len(NOISE)))]
        text.setTextOrigin(72 + float(rng.uniform(0, 300)), y)
        text.textOut(token)
    c.drawText(text)
    c.save()
    layer = buf.getvalue()
    scan = scanned_note(logo=False)
    with pikepdf.open(io.BytesIO(scan)) as pdf, pikepdf.open(io.BytesIO(layer)) as lay:
        page, src = pdf.pages[0], lay.pages[0]
        fonts = pdf.copy_foreign(src.Resources.Font)
        page.Resources.Font = fonts
        page.contents_add(pdf.make_stream(src.Contents.read_bytes()), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


ATTENDANCE = [
    ("Naam", "Adres", "Telefoon"),
    ("Corrie van Gastel", "Kalsdonksestraat 5", "06-2210 4398"),
    ("Priscilla Dos Santos", "Stationsstraat 41", "06-1733 0852"),
    ("Ton Marijnissen", "Heerma van Vossstraat 17", "0165-548 211"),
    ("Kees-Jan Bastiaansen", "Bovendonk 3", "06-4951 2637"),
]


def ruled_attendance_list(dpi: int = 200, seed: int = 4) -> bytes:
    """An attendance list whose cells are boxed by rules, printed and scanned at ``dpi`` (landscape A4)."""
    from reportlab.lib.pagesizes import landscape

    size = landscape(A4)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 540, "Presentielijst inloopavond windpark")
    c.setFont("Helvetica", 10)
    xs, y = [36, 200, 360, 520], 520.0
    for row in ATTENDANCE:
        c.line(xs[0], y, xs[-1], y)
        for x, text in zip(xs, row):
            c.drawString(x + 6, y - 17, text)
        y -= 28
    c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, 520, x, y)
    c.save()
    return scan_pdf(printed(buf.getvalue(), dpi=dpi, skew=0.4, noise=8.0, quality=70, seed=seed), size)
