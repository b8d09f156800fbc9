"""Producers and gold helpers for set CL (eval/blind/mixed80). Imported by make_set.py."""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "_build"

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
_REG = set()


def font(name):
    """Return (regular, bold) font names, registering TrueType fonts on first use."""
    std = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
    if name in std:
        return std[name]
    for n in (name, name + "-Bold"):
        if n in _TTF and n not in _REG:
            pdfmetrics.registerFont(TTFont(n, _TTF[n]))
            _REG.add(n)
    bold = name + "-Bold" if name + "-Bold" in _TTF else name
    return name, bold


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


# ---------------------------------------------------------------- blocks -> plain text
def plain(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k in ("t", "h", "p", "small"):
            out.append(b[1])
        elif k == "tbl":
            for row in b[1]:
                out.append(" | ".join(row))
    return "\n".join(out)


# ---------------------------------------------------------------- reportlab producer
def rl_pdf(path: Path, blocks, fnt="Helvetica", size=10, land=False, title="", author="",
           subject="", on_first=None, margins=20):
    reg, bold = font(fnt)
    ps = A4 if not land else landscape(A4)
    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title, author=author,
                            subject=subject, creator="ReportLab")
    st = {
        "t": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 9, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=size + 5, spaceBefore=6,
                            spaceAfter=3),
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.35, spaceAfter=5,
                            alignment=TA_LEFT),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3,
                                spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    }
    story = []
    avail = ps[0] - 2 * margins * mm
    for b in blocks:
        k = b[0]
        if k in ("t", "h", "p", "small"):
            story.append(Paragraph(esc(b[1]), st[k]))
        elif k == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "tbl":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            data = [[Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    kw = {}
    if on_first:
        kw["onFirstPage"] = on_first
    doc.build(story, **kw)


# ---------------------------------------------------------------- python-docx + LibreOffice
def docx_file(path: Path, blocks, fnt="Calibri", size=10.5, author="", title=""):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = fnt
    stl.font.size = Pt(size)
    for b in blocks:
        k = b[0]
        if k == "t":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small"):
            para = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                r = para.add_run(ln)
                if k == "small":
                    r.font.size = Pt(size - 2)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "tbl":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    for p in cell.paragraphs:
                        for rn in p.runs:
                            rn.font.size = Pt(size - 1.5)
                            rn.bold = i == 0
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    d.save(str(path))


def lo_convert(docx_paths, outdir: Path):
    if not docx_paths:
        return
    prof = Path(tempfile.mkdtemp(prefix="lo-prof-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                       check=True, capture_output=True, timeout=580)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf: Path, out_pdf: Path, seed=1, dpi=150, angle=0.7, quality=55, noise=14):
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    td = Path(tempfile.mkdtemp(prefix="scan-"))
    try:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(td / "p")],
                       check=True, capture_output=True)
        imgs = []
        for i, png in enumerate(sorted(td.glob("p*.png"))):
            im = Image.open(png).convert("L")
            a = angle * (1 if i % 2 == 0 else -0.6) + rnd.uniform(-0.15, 0.15)
            im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 60):
                x, y = rnd.randrange(w), rnd.randrange(h)
                v = px[x, y]
                px[x, y] = max(0, min(255, v + rnd.randint(-noise * 3, noise)))
            im = im.filter(ImageFilter.GaussianBlur(0.45))
            # a slightly grey paper tone
            im = im.point(lambda v: int(v * 0.93 + 6))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            buf.seek(0)
            imgs.append(Image.open(buf).convert("L"))
        imgs[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    finally:
        shutil.rmtree(td, ignore_errors=True)


# ---------------------------------------------------------------- hidden channels (pikepdf)
def add_hidden(pdf_path: Path, author=None, xmp_creator=None, outline=None, annots=None,
               info_extra=None):
    import pikepdf

    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        for k, v in (info_extra or {}).items():
            pdf.docinfo[k] = v
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = list(xmp_creator)
        if outline:
            with pdf.open_outline() as ol:
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if annots:
            for pg, rect, who, text in annots:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array(rect), Contents=pikepdf.String(text),
                    T=pikepdf.String(who), Name=pikepdf.Name.Comment, F=4))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(str(pdf_path))


def form_fields(fields, fnt="Helvetica"):
    """onFirstPage callback drawing AcroForm text fields: fields = [(name, value, x, y, w)] (mm)."""
    def cb(canv, doc):
        for name, value, x, y, w, label in fields:
            canv.setFont("Helvetica", 10)
            canv.drawString(20 * mm, (y + 2) * mm, label)
            canv.acroForm.textfield(name=name, value=value, x=x * mm, y=y * mm, width=w * mm,
                                    height=7 * mm, fontName="Helvetica", fontSize=9,
                                    borderWidth=0.5, fillColor=colors.white, forceBorder=True)
    return cb


# ---------------------------------------------------------------- gold
def find_spans(text, probe, word):
    return [(m.start(), m.end()) for m in probe_regex(probe, word).finditer(norm(text))]
