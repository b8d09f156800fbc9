"""Rendering helpers for set mixed78 (written blind)."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
FONTS = {
    "carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
}
STD = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
       "courier": ("Courier", "Courier-Bold")}
HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
HAND2 = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
_reg = set()


def font_pair(name):
    if name in STD:
        return STD[name]
    if name not in _reg:
        r, b = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, r))
        pdfmetrics.registerFont(TTFont(name + "-B", b))
        _reg.add(name)
    return name, name + "-B"


def render(path: Path, lines: list, font="carlito", size=10.5, author="", title="", creator="",
           producer=None, outline=None, annots=None, fields=None, margin=56, top_banner=None):
    """Lines: plain strings; prefixes: '# ' bold big, '** ' bold, '-- ' rule, 'H:label|value' header
    row, 'T:' table row cells separated by '|' with widths from a 'TW:' row, '' blank, '>>' page break."""
    reg, bold = font_pair(font)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator(creator or "Microsoft Outlook")
    if producer:
        c.setProducer(producer)
    lead = size * 1.32
    y = H - margin
    widths = None
    page = 1

    def newpage():
        nonlocal y, page
        c.setFont(reg, 7.5)
        c.drawRightString(W - margin, 30, f"{page}")
        c.showPage()
        page += 1
        y = H - margin
        if top_banner:
            c.setFont(reg, 8)
            c.drawString(margin, H - 34, top_banner)

    if top_banner:
        c.setFont(reg, 8)
        c.drawString(margin, H - 34, top_banner)
    for ln in lines:
        if ln == ">>":
            newpage()
            continue
        if y < margin + 20:
            newpage()
        if ln.startswith("# "):
            c.setFont(bold, size + 4)
            for part in simpleSplit(ln[2:], bold, size + 4, W - 2 * margin):
                c.drawString(margin, y, part)
                y -= lead + 4
            continue
        if ln.startswith("** "):
            c.setFont(bold, size)
            for part in simpleSplit(ln[3:], bold, size, W - 2 * margin):
                c.drawString(margin, y, part)
                y -= lead
            continue
        if ln.startswith("-- "):
            c.setLineWidth(1.2)
            c.line(margin, y + lead * 0.5, W - margin, y + lead * 0.5)
            y -= lead * 0.6
            continue
        if ln.startswith("H:"):
            lab, val = ln[2:].split("|", 1)
            c.setFont(bold, size)
            labs = lab.split("\n")
            for i, lp in enumerate(labs):
                c.drawString(margin, y - i * lead, lp)
            off = max(84, max(pdfmetrics.stringWidth(lp, bold, size) for lp in labs) + 6)
            c.setFont(reg, size)
            parts = []
            for seg in val.split("\n"):
                parts += simpleSplit(seg, reg, size, W - 2 * margin - off) or [""]
            for i, part in enumerate(parts):
                if i:
                    y -= lead
                    if y < margin + 20:
                        newpage()
                c.drawString(margin + off, y, part)
            y -= lead * max(1, len(labs) - len(parts) + 1)
            continue
        if ln.startswith("TW:"):
            widths = [float(x) for x in ln[3:].split(",")]
            continue
        if ln.startswith("T:") or ln.startswith("TB:"):
            isb = ln.startswith("TB:")
            cells = ln[3 if isb else 2:].split("|")
            f = bold if isb else reg
            fs = size - 1.5
            c.setFont(f, fs)
            x = margin
            cols = []
            for wdt, cell in zip(widths, cells):
                cols.append(simpleSplit(cell, f, fs, wdt - 4) or [""])
            nrow = max(len(cc) for cc in cols)
            if y - nrow * fs * 1.25 < margin:
                newpage()
                c.setFont(f, fs)
            for wdt, cc in zip(widths, cols):
                yy = y
                for part in cc:
                    c.drawString(x + 2, yy, part)
                    yy -= fs * 1.25
                x += wdt
            c.setLineWidth(0.3)
            c.line(margin, y - (nrow - 1) * fs * 1.25 - 4, margin + sum(widths), y - (nrow - 1) * fs * 1.25 - 4)
            y -= nrow * fs * 1.25 + 4
            continue
        c.setFont(reg, size)
        if ln == "":
            y -= lead * 0.8
            continue
        ind = 0
        while ln.startswith("  "):
            ind += 12
            ln = ln[2:]
        for part in simpleSplit(ln, reg, size, W - 2 * margin - ind) or [""]:
            if y < margin + 20:
                newpage()
                c.setFont(reg, size)
            c.drawString(margin + ind, y, part)
            y -= lead
    if outline:
        c.bookmarkPage("p1")
        c.addOutlineEntry(outline, "p1", level=0)
        c.showOutline()
    if annots:
        for txt, (x1, y1) in annots:
            c.textAnnotation(txt, Rect=(x1, y1, x1 + 20, y1 + 20), relative=0)
    if fields:
        form = c.acroForm
        for name, val, (x1, y1, w1) in fields:
            form.textfield(name=name, value=val, x=x1, y=y1, width=w1, height=12, fontSize=8,
                           borderWidth=0.5, fontName="Helvetica")
    c.setFont(reg, 7.5)
    c.drawRightString(W - margin, 30, f"{page}")
    c.save()
    return page


# ------------------------------------------------------------------------- scans
def scan(path: Path, lines: list, seed: int, hand_lines=None, angle=0.7, serif=True, quality=55):
    """Render to an image (no text layer), add noise/rotation/JPEG, wrap it in a PDF page."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    dpi = 150
    iw, ih = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (iw, ih), 250)
    d = ImageDraw.Draw(img)
    fpath = FONTS["libserif"][0] if serif else FONTS["libsans"][0]
    fb = FONTS["libserif"][1] if serif else FONTS["libsans"][1]
    y = 120
    for ln in lines:
        if ln.startswith("@HAND "):
            f = ImageFont.truetype(HAND, 46)
            d.text((150, y), ln[6:], font=f, fill=25)
            y += 70
            continue
        if ln.startswith("@SIG"):
            f = ImageFont.truetype(HAND2, 52)
            d.text((170, y), ln[5:], font=f, fill=30)
            d.line((160, y + 58, 520, y + 48), fill=40, width=2)
            y += 80
            continue
        bold = ln.startswith("** ")
        f = ImageFont.truetype(fb if bold else fpath, 25 if not bold else 27)
        d.text((150, y), ln[3:] if bold else ln, font=f, fill=20)
        y += 36 if ln else 22
    if hand_lines:
        f = ImageFont.truetype(HAND, 44)
        for (x, yy, t) in hand_lines:
            d.text((x, yy), t, font=f, fill=35)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=235, expand=False)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(iw), rnd.randrange(ih)
        px[x, yy] = rnd.choice((60, 120, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    img.convert("L").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("RICOH IM C3000")
    c.setProducer("RICOH IM C3000")
    c.drawImage(ImageReader(buf), 0, 0, W, H)
    c.showPage()
    c.save()
    return 1


# ------------------------------------------------------------------------- docx via LibreOffice
def docx_pdf(path: Path, build, author=""):
    import docx
    doc = docx.Document()
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    build(doc)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        (Path(td) / (path.stem + ".pdf")).replace(path)
