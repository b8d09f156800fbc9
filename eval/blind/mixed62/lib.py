"""Rendering helpers for set BT (eval/blind/mixed62)."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Frame, PageTemplate, BaseDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)

FONTS = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in FONTS.items():
    if Path(_p).exists():
        pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LibSans": "LibSans-Bold",
        "LibMono": "LibMono", "Femke": "Femke"}


def build(path: Path, blocks: list, font="Helvetica", size=9.5, head=None, side=None, foot=None,
          title=None, author=None, left=25 * mm, right=20 * mm, top=30 * mm, extra=None):
    """blocks: list of ('p', html) ('h', text) ('t', rows, colwidths) ('sp', h) ('pb',) ('small', html)
    head: list of lines drawn top-left on page 1 (letterhead); side: list of lines in a right column
    on page 1; foot: text drawn at bottom of every page with page number."""
    bold = BOLD.get(font, font)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6)
    sh = ParagraphStyle("h", fontName=bold, fontSize=size + 2.5, leading=(size + 2.5) * 1.3,
                        spaceAfter=size * 0.5, spaceBefore=size * 0.4)
    ss = ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    sc = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    W, H = A4
    side_w = 48 * mm if side else 0
    frame_w = W - left - right - (side_w + 6 * mm if side else 0)

    def on_page(c, doc):
        c.saveState()
        pn = c.getPageNumber()
        if head and pn == 1:
            y = H - 14 * mm
            for i, ln in enumerate(head):
                c.setFont(bold if i == 0 else font, size + (3 if i == 0 else 0))
                c.drawString(left, y, ln)
                y -= (size + 4)
        if side and pn == 1:
            x = W - right - side_w
            y = H - top - 4
            for ln in side:
                if ln.startswith("**"):
                    c.setFont(bold, size - 1.5)
                    ln = ln[2:]
                else:
                    c.setFont(font, size - 1.5)
                c.drawString(x, y, ln)
                y -= (size - 1.5) * 1.35
        if foot is not None:
            c.setFont(font, size - 2)
            c.drawString(left, 12 * mm, foot)
            c.drawRightString(W - right, 12 * mm, f"pagina {pn}")
        c.restoreState()
        if extra and pn == 1:
            extra(c)

    class Doc(BaseDocTemplate):
        pass

    d = Doc(str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
            bottomMargin=22 * mm, title=title or "", author=author or "")
    f1 = Frame(left, 22 * mm, frame_w, H - top - 22 * mm, id="f1")
    f2 = Frame(left, 22 * mm, W - left - right, H - 22 * mm - 20 * mm, id="f2")
    d.addPageTemplates([PageTemplate("first", [f1], onPage=on_page, autoNextPageTemplate="later"),
                        PageTemplate("later", [f2], onPage=on_page)])
    story = []
    for b in blocks:
        k = b[0]
        if k == "p":
            story.append(Paragraph(b[1], st))
        elif k == "h":
            story.append(Paragraph(b[1], sh))
        elif k == "small":
            story.append(Paragraph(b[1], ss))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "img":
            from reportlab.platypus import Image as RLImage
            story.append(RLImage(b[1], width=b[2], height=b[3], hAlign="LEFT"))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "t":
            rows = [[Paragraph(str(c), sc) for c in r] for r in b[1]]
            cw = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    d.build(story)


def scan(path: Path, blocks: list, seed=1, angle=0.8, quality=55, blur=0.4, noise=250, **kw):
    """Render blocks to a PDF, rasterise, add noise/rotation, wrap as image-only PDF."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "src.pdf"
        build(tmp, blocks, **kw)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp), str(Path(td) / "pg")], check=True)
        imgs = []
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // noise):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            im = im.filter(ImageFilter.GaussianBlur(blur))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            buf.seek(0)
            imgs.append(Image.open(buf).convert("L"))
        imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


def docx_to_pdf(docx_path: Path, out_pdf: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "lo"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (docx_path.stem + ".pdf"), out_pdf)


def signature_png(path: Path, seed=3):
    """A scribbled signature as a PNG (no text in it)."""
    from PIL import Image, ImageDraw
    import math
    rnd = random.Random(seed)
    im = Image.new("RGB", (600, 180), "white")
    dr = ImageDraw.Draw(im)
    pts = []
    for i in range(140):
        t = i / 139
        pts.append((30 + 540 * t + 25 * math.sin(t * 31), 95 + 55 * math.sin(t * 17 + rnd.random()) * (1 - t * 0.5)))
    dr.line(pts, fill=(20, 30, 110), width=5)
    dr.line([(60, 150), (520, 130)], fill=(20, 30, 110), width=4)
    im.save(path)
    return path
