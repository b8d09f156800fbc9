"""Producers and gold helpers for set HC (eval/blind/mixed111). Imported by make_set.py."""
from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

TT = "/usr/share/fonts/truetype/"
_FAMS = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                   "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                        "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf",
                "crosextra/Carlito-Italic.ttf", "crosextra/Carlito-BoldItalic.ttf"),
    "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                       "liberation2/LiberationSans-Italic.ttf", "liberation2/LiberationSans-BoldItalic.ttf"),
    "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf",
                       "liberation2/LiberationMono-Italic.ttf", "liberation2/LiberationMono-BoldItalic.ttf"),
}
for fam, files in _FAMS.items():
    names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, TT + f))
    pdfmetrics.registerFontFamily(fam, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
pdfmetrics.registerFont(TTFont("Femke", TT + "femkeklaver/femkeklaver.ttf"))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def bold_of(font):
    return BOLD.get(font, font + "-Bold")


def _m(text: str) -> str:
    """Escape, keep **bold** and line breaks."""
    t = escape(text)
    parts = t.split("**")
    t = "".join(p if i % 2 == 0 else f"<b>{p}</b>" for i, p in enumerate(parts))
    return t.replace("\n", "<br/>")


def flow_pdf(path: Path, blocks: list, font="Helvetica", size=10, title="", author="", subject="",
             header="", footer="", land=False, margins=20):
    """reportlab platypus document. blocks: (kind, ...):
    ('title', t) ('h', t) ('p', t) ('small', t) ('mono', t) ('right', t) ('sig', t) ('sp', mm)
    ('tbl', rows, widths_mm, header_row?) ('pb',)"""
    ps = landscape(A4) if land else A4
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "h": ParagraphStyle("h", fontName=bold_of(font), fontSize=size + 1.5, leading=size * 1.6,
                            spaceBefore=size * 0.6, spaceAfter=size * 0.3),
        "title": ParagraphStyle("t", fontName=bold_of(font), fontSize=size + 5, leading=size * 2.1,
                                spaceAfter=size * 0.8),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT),
        "sig": ParagraphStyle("g", fontName="Femke", fontSize=size + 8, leading=size * 2.2),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=bold_of(font), fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "tbl":
            rows, widths = b[1], b[2]
            head = b[3] if len(b) > 3 else True
            data = [[Paragraph(_m(str(c)), st["cellb" if (head and i == 0) else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if head:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        else:
            story.append(Paragraph(_m(b[1]), st[k]))

    def deco(c, d):
        c.saveState()
        c.setFont(font if font not in ("Femke",) else "Helvetica", 7.5)
        if header:
            c.drawString(margins * mm, ps[1] - 12 * mm, header)
        c.drawRightString(ps[0] - margins * mm, 10 * mm, f"{footer}  {c.getPageNumber()}".strip())
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=title, author=author,
                            subject=subject, creator="", producer="ReportLab PDF Library")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- LibreOffice
def docx_pdf(path: Path, blocks: list, font="Calibri", size=11, author="", title=""):
    """python-docx document converted by LibreOffice (soffice --headless --convert-to pdf)."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.comments = ""
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small", "right", "mono"):
            para = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                parts = ln.split("**")
                for j, ptxt in enumerate(parts):
                    r = para.add_run(ptxt)
                    r.bold = j % 2 == 1
                if i < len(lines) - 1:
                    para.runs[-1].add_break()
        elif k == "sig":
            para = d.add_paragraph()
            r = para.add_run(b[1])
            r.font.name = "Femke Klaver"
            r.font.size = Pt(20)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "tbl":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph()
    with tempfile.TemporaryDirectory(prefix="hc-lo-") as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        out = Path(td) / (path.stem + ".pdf")
        path.write_bytes(out.read_bytes())


# ---------------------------------------------------------------- scans
def scan_pdf(path: Path, lines: list, seed=1, angle=0.6, quality=55, title=""):
    """Render lines to a 200 dpi A4 bitmap (noise, slight rotation, JPEG) and wrap it in a PDF without
    any text layer. lines: (text, style) with style in 'n', 'b', 'big', 'hand', 'line'."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    rnd = random.Random(seed)
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    f_n = ImageFont.truetype(TT + "dejavu/DejaVuSerif.ttf", 31)
    f_b = ImageFont.truetype(TT + "dejavu/DejaVuSerif-Bold.ttf", 33)
    f_big = ImageFont.truetype(TT + "dejavu/DejaVuSans-Bold.ttf", 44)
    f_h = ImageFont.truetype(TT + "femkeklaver/femkeklaver.ttf", 46)
    y = 150
    for text, style in lines:
        if style == "line":
            dr.line((140, y + 20, W - 140, y + 20), fill=60, width=3)
            y += 45
            continue
        f = {"n": f_n, "b": f_b, "big": f_big, "hand": f_h}[style]
        dr.text((150, y), text, font=f, fill=rnd.randint(15, 45))
        y += {"n": 46, "b": 50, "big": 70, "hand": 66}[style]
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=245)
    px = im.load()
    for _ in range(26000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((90, 120, 200))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Scan2PDF")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels (pikepdf)
def add_hidden(path: Path, xmp_creator=None, outline=None, annots=None, info=None):
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if info:
            for k, v in info.items():
                pdf.docinfo[k] = v
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = xmp_creator
                meta["dc:title"] = str(pdf.docinfo.get("/Title", ""))
        if outline:
            with pdf.open_outline() as ol:
                for title, page in outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        if annots:
            for pno, rect, author, contents in annots:
                page = pdf.pages[pno]
                a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array(rect), Contents=pikepdf.String(contents),
                                       T=pikepdf.String(author), Open=False, Name=pikepdf.Name.Comment,
                                       C=pikepdf.Array([1, 0.9, 0.2]))
                ref = pdf.make_indirect(a)
                if "/Annots" in page.obj:
                    page.obj.Annots.append(ref)
                else:
                    page.obj.Annots = pikepdf.Array([ref])
        pdf.save(path)


# ---------------------------------------------------------------- numbers with check digits
def imo(six: str) -> str:
    d = [int(x) for x in six]
    ck = sum(a * b for a, b in zip(d, (7, 6, 5, 4, 3, 2))) % 10
    return f"IMO {six}{ck}"


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
