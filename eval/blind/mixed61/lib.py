"""Layout helpers for set BS (eval/blind/mixed61). Written blind; see README."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

TTF = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibSans-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVu-Bold", "LibSans": "LibSans-Bold",
        "LibSerif": "LibSerif-Bold", "Carlito": "Carlito-Bold", "DejaVuMono": "DejaVu-Bold"}


def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


class Flow:
    """Simple top-down writer on a reportlab canvas with automatic page breaks."""

    def __init__(self, path, size=A4, font="Helvetica", fs=10, lm=25 * mm, rm=20 * mm, tm=25 * mm,
                 bm=22 * mm, header=None, footer=None, leading=None, title=None, author=None,
                 subject=None, creator=None):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        if title is not None:
            self.c.setTitle(title)
        if author is not None:
            self.c.setAuthor(author)
        if subject is not None:
            self.c.setSubject(subject)
        if creator is not None:
            self.c.setCreator(creator)
        self.W, self.H = size
        self.font, self.fs = font, fs
        self.lead = leading or fs * 1.3
        self.lm, self.rm, self.tm, self.bm = lm, rm, tm, bm
        self.header, self.footer = header, footer
        self.page = 1
        self._start()

    @property
    def width(self):
        return self.W - self.lm - self.rm

    def _start(self):
        self.y = self.H - self.tm
        if self.header:
            self.header(self)

    def _end(self):
        if self.footer:
            self.footer(self)

    def newpage(self):
        self._end()
        self.c.showPage()
        self.page += 1
        self._start()

    def need(self, h):
        if self.y - h < self.bm:
            self.newpage()

    def text(self, x, y, s, font=None, fs=None, color=None):
        c = self.c
        c.setFont(font or self.font, fs or self.fs)
        if color:
            c.setFillColorRGB(*color)
        c.drawString(x, y, s)
        if color:
            c.setFillColorRGB(0, 0, 0)

    def line(self, s, font=None, fs=None, indent=0, color=None, lead=None):
        fs = fs or self.fs
        lead = lead or (self.lead if fs == self.fs else fs * 1.3)
        self.need(lead)
        self.y -= lead
        self.text(self.lm + indent, self.y, s, font, fs, color)

    def p(self, s, font=None, fs=None, indent=0, after=4, width=None, color=None):
        font = font or self.font
        fs = fs or self.fs
        for ln in wrap(s, font, fs, (width or self.width) - indent):
            self.line(ln, font, fs, indent, color)
        self.y -= after

    def b(self, s, **kw):
        kw.setdefault("font", BOLD.get(self.font, "Helvetica-Bold"))
        self.p(s, **kw)

    def lines(self, block, font=None, fs=None, indent=0, color=None):
        for ln in block.strip("\n").split("\n"):
            self.line(ln, font, fs, indent, color)

    def gap(self, h=6):
        self.y -= h

    def rule(self, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(self.lm, self.y - 3, self.W - self.rm, self.y - 3)
        self.y -= 6

    def table(self, rows, cw, font=None, fs=None, head=True, pad=2.5, grid=True, shade=True,
              headfont=None):
        font = font or self.font
        fs = fs or self.fs
        hf = headfont or BOLD.get(font, "Helvetica-Bold")
        lead = fs * 1.2
        tot = sum(cw)
        scale = self.width / tot if tot > self.width else 1
        cw = [w * scale for w in cw]
        for ri, row in enumerate(rows):
            f = hf if (head and ri == 0) else font
            cells = [wrap(str(t), f, fs, cw[i] - 2 * pad) for i, t in enumerate(row)]
            h = max(len(x) for x in cells) * lead + 2 * pad
            self.need(h)
            x = self.lm
            top = self.y
            if head and ri == 0 and shade:
                self.c.setFillColorRGB(0.86, 0.89, 0.94)
                self.c.rect(self.lm, top - h, sum(cw), h, stroke=0, fill=1)
                self.c.setFillColorRGB(0, 0, 0)
            for i, cl in enumerate(cells):
                yy = top - pad - fs
                for ln in cl:
                    self.text(x + pad, yy, ln, f, fs)
                    yy -= lead
                if grid:
                    self.c.setLineWidth(0.4)
                    self.c.rect(x, top - h, cw[i], h)
                x += cw[i]
            self.y = top - h
        self.y -= 6

    def blackbox(self, x, y, w, h, label="5.1.2e"):
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, y, w, h, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawCentredString(x + w / 2, y + h / 2 - 2.2, label)
        c.setFillColorRGB(0, 0, 0)

    def save(self):
        self._end()
        self.c.save()


def soffice(docx_path: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir),
                    str(docx_path)], check=True, capture_output=True, timeout=180)
    return outdir / (docx_path.stem + ".pdf")


# ---------------------------------------------------------------- scans
def scan_page(draw_fn, out_pdf: Path, seed=1, rot=0.6, dpi=200, size=A4, quality=55, noise=12):
    """draw_fn(img_draw, fonts, px) draws on a white page image; the PDF gets only the image."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    W, H = int(size[0] / 72 * dpi), int(size[1] / 72 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    px = dpi / 72.0

    def F(name, pt):
        return ImageFont.truetype(TTF[name], int(pt * px))
    draw_fn(d, F, px)
    img = img.rotate(rot, resample=Image.BICUBIC, fillcolor=245, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    pix = img.load()
    for _ in range(W * H // 60):
        x, y = rnd.randrange(W), rnd.randrange(H)
        v = pix[x, y]
        pix[x, y] = max(0, min(255, v + rnd.randint(-noise * 4, noise * 2)))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(out_pdf), pagesize=size, invariant=1)
    c.setCreator("Canon iR-ADV C5535 scan")
    c.drawImage(ImageReader(buf), 0, 0, size[0], size[1])
    c.showPage()
    c.save()


def multi_scan(draw_fns, out_pdf: Path, seed=1, size=A4, rots=None):
    """Several scanned pages in one PDF."""
    import pikepdf
    parts = []
    with tempfile.TemporaryDirectory() as td:
        for i, fn in enumerate(draw_fns):
            p = Path(td) / f"p{i}.pdf"
            scan_page(fn, p, seed=seed + i, rot=(rots or [0.5] * 9)[i], size=size)
            parts.append(p)
        out = pikepdf.new()
        for p in parts:
            with pikepdf.open(p) as src:
                out.pages.extend(src.pages)
        out.save(out_pdf)
