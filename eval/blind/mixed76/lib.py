"""Rendering helpers for set CH (eval/blind/mixed76)."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                Preformatted)

FONTS = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Liberation": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "Liberation-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "Liberation": "Liberation-Bold",
        "DejaVuMono": "DejaVuMono"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse(markup: str):
    """'# h', '## h2', '| a | b |' table rows, '---' page break, '> x' indented, '~ x' small, '' gap."""
    blocks, rows = [], []
    for line in markup.strip("\n").split("\n"):
        s = line.rstrip()
        if s.startswith("|"):
            rows.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if rows:
            blocks.append(("t", rows))
            rows = []
        if s == "---":
            blocks.append(("pb", None))
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            blocks.append(("h", s[2:]))
        elif s.startswith("> "):
            blocks.append(("q", s[2:]))
        elif s.startswith("~ "):
            blocks.append(("small", s[2:]))
        elif s.startswith("= "):
            blocks.append(("pre", s[2:]))
        elif s == "":
            blocks.append(("gap", None))
        else:
            blocks.append(("p", s))
    if rows:
        blocks.append(("t", rows))
    return blocks


def build_pdf(path: Path, markup: str, font="Helvetica", size=10, title="", author="Gemeente Eindhoven",
              header="", outline=None, colw=None, on_canvas=None, subject=None):
    bold = BOLD.get(font, font)
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4,
                             spaceAfter=3),
        "q": ParagraphStyle("q", fontName=font, fontSize=size - 0.5, leading=size * 1.25, leftIndent=14),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
    }
    story = []
    for kind, val in parse(markup):
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "gap":
            story.append(Spacer(1, 4))
        elif kind == "t":
            data = [[Paragraph(esc(c), st["cell"]) for c in r] for r in val]
            ncol = max(len(r) for r in val)
            data = [r + [""] * (ncol - len(r)) for r in data]
            cw = colw.get(ncol) if isinstance(colw, dict) else None
            t = Table(data, colWidths=cw, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 5))
        elif kind == "pre":
            story.append(Preformatted(val, ParagraphStyle("pre", fontName="Courier", fontSize=size - 1,
                                                          leading=size * 1.2)))
        else:
            story.append(Paragraph(esc(val), st[kind]))

    def deco(c, d):
        c.saveState()
        if header:
            c.setFont(font, 7.5)
            c.drawString(20 * mm, 287 * mm, header)
        c.setFont(font, 7.5)
        c.drawRightString(190 * mm, 10 * mm, f"pagina {d.page}")
        if d.page == 1 and outline:
            for i, t in enumerate(outline):
                key = f"o{i}"
                c.bookmarkPage(key)
                c.addOutlineEntry(t, key, level=0)
            c.showOutline()
        if on_canvas:
            on_canvas(c, d)
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=title, author=author, subject=subject or "",
                            creator="Gemeente Eindhoven - DMS")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build_docx_pdf(path: Path, markup: str, author: str, title: str):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    for kind, val in parse(markup):
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif kind == "pb":
            d.add_page_break()
        elif kind in ("p", "q", "small", "pre"):
            d.add_paragraph(val)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        path.write_bytes((Path(td) / (path.stem + ".pdf")).read_bytes())


def scan_pages(path: Path, pages: list, seed=1, use_pil=True):
    """pages: list of lists of (kind, text, x, y, size) with kind 'n' normal, 'b' bold, 'h' handwriting.
    Rendered at 150 dpi, noisy, rotated, JPEG; wrapped in a PDF without a text layer."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    fonts = {"n": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
             "b": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
             "h": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
             "s": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"}
    W, H = 1240, 1754
    imgs = []
    for items in pages:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        for kind, text, x, y, sz in items:
            f = ImageFont.truetype(fonts[kind], sz)
            dr.text((x, y), text, font=f, fill=25 if kind != "h" else 40)
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=245)
        px = im.load()
        for _ in range(9000):
            x, y = rnd.randrange(W), rnd.randrange(H)
            px[x, y] = rnd.choice((90, 160, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=62)
        imgs.append(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    if use_pil:
        imgs[0].save(str(path), "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
    else:
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setAuthor("Scanstraat Stadhuis")
        for im in imgs:
            c.drawImage(ImageReader(im), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()
