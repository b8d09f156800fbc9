"""Rendering helpers for set BL (mixed54): reportlab, python-docx + LibreOffice, scans, hidden channels."""
from __future__ import annotations

import io
import math
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Preformatted, Spacer, Table, TableStyle, NextPageTemplate)

DJ = "/usr/share/fonts/truetype/dejavu/"
# Handwriting font (Debian package fonts-femkeklaver, CC-BY-SA-3.0 by Femke Klaver), not shipped with the set:
#   apt-get download fonts-femkeklaver && dpkg -x fonts-femkeklaver_*.deb /tmp/bl_fonts/x
# or install the package, or point BL_FEMKE at the .ttf. Only the scans (rendered to pixels) use it.
import os as _os
FEMKE = next((f for f in (_os.environ.get("BL_FEMKE", ""),
                          "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
                          "/tmp/bl_fonts/x/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf") if f and
              _os.path.exists(f)), "")

_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                    ("DejaVuCond", "DejaVuSansCondensed.ttf"), ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                    ("DejaVuMono", "DejaVuSansMono.ttf"), ("DejaVuMono-Bold", "DejaVuSansMono-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, DJ + f))
    if not FEMKE:
        raise SystemExit("handwriting font femkeklaver.ttf not found (see lib.py)")
    pdfmetrics.registerFont(TTFont("Femke", FEMKE))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVuSans", 0, 0, "DejaVuSans"); addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique"); addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic"); addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
    addMapping("DejaVuCond", 0, 0, "DejaVuCond"); addMapping("DejaVuCond", 1, 0, "DejaVuCond-Bold")
    addMapping("DejaVuCond", 0, 1, "DejaVuCond"); addMapping("DejaVuCond", 1, 1, "DejaVuCond-Bold")
    addMapping("DejaVuMono", 0, 0, "DejaVuMono"); addMapping("DejaVuMono", 1, 0, "DejaVuMono-Bold")
    addMapping("DejaVuMono", 0, 1, "DejaVuMono"); addMapping("DejaVuMono", 1, 1, "DejaVuMono-Bold")
    _FONTS_DONE = True


FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "cond": ("DejaVuCond", "DejaVuCond-Bold"),
    "courier": ("Courier", "Courier-Bold"),
    "mono": ("DejaVuMono", "DejaVuMono-Bold"),
}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md(s: str) -> str:
    """Tiny markup: **bold**, //italic//, newline -> <br/>; everything else escaped."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!:)//(.+?)//", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


# ------------------------------------------------------------------------------------------------
# reportlab renderer
# ------------------------------------------------------------------------------------------------
class _Doc(BaseDocTemplate):
    pass


def render_rl(path: Path, spec: list, family="helv", size=10, letterhead=None, side=None, footer=None,
              header=None, margins=(25, 20, 25, 25), extra=None, author=None, title=None,
              pagesize=A4, forms=None, leading=None, logo_color=(0.08, 0.25, 0.5)):
    """spec items: ('title',t) ('h',t) ('p',t) ('small',t) ('kv',rows[,w]) ('table',rows,widths[,hdr])
    ('mono',t) ('sp',h) ('pb',) ('hr',). letterhead: list of lines top-right/left; side: lines in a
    right-hand column on page 1; extra(canvas, page_no): more drawing (annotations, stamps)."""
    fonts()
    reg, bold = FAMILIES[family]
    W, H = pagesize
    lm, rm, tm, bm = [m * mm for m in margins]
    top_extra = 28 * mm if letterhead else 0
    side_w = 48 * mm if side else 0
    lead = leading or size * 1.3
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.6),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25, spaceAfter=2),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=size * 0.6,
                            spaceAfter=size * 0.3),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=size),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
        "label": ParagraphStyle("l", fontName=bold, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
    }
    monofont = "Courier" if family in ("helv", "times", "courier") else "DejaVuMono"

    def cellp(x, b=False):
        if hasattr(x, "wrap"):
            return x
        return Paragraph(md(str(x)), st["cellb" if b else "cell"])

    story = []
    for it in spec:
        k = it[0]
        if k in ("p", "h", "title", "small"):
            story.append(Paragraph(md(it[1]), st[k]))
        elif k == "sp":
            story.append(Spacer(1, it[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "hr":
            t = Table([[""]], colWidths=[W - lm - rm - side_w])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.grey)]))
            story.append(t)
        elif k == "mono":
            story.append(Preformatted(it[1], ParagraphStyle("m", fontName=monofont, fontSize=size - 1.5,
                                                            leading=(size - 1.5) * 1.3)))
            story.append(Spacer(1, 2 * mm))
        elif k == "kv":
            rows = it[1]
            w = it[2] if len(it) > 2 else (38 * mm, None)
            avail = W - lm - rm - side_w
            cw = [w[0], avail - w[0]] if w[1] is None else list(w)
            t = Table([[Paragraph(md(a), st["label"]), cellp(b)] for a, b in rows], colWidths=cw, hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "table":
            rows, widths = it[1], it[2]
            hdr = it[3] if len(it) > 3 else True
            data = [[cellp(c, b=(hdr and i == 0)) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[x * mm for x in widths], repeatRows=1 if hdr else 0, hAlign="LEFT")
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if hdr:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.89, 0.94)))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(k)

    doc = _Doc(str(path), pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
               title=title or "", author=author or "", creator="", subject="")
    f1 = Frame(lm, bm, W - lm - rm - side_w, H - tm - bm - top_extra, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(lm, bm, W - lm - rm, H - tm - bm - (top_extra if letterhead else 0) * 0.4, id="f2",
               leftPadding=0, rightPadding=0)

    def deco(c, d):
        pn = c.getPageNumber()
        c.saveState()
        if letterhead:
            c.setFillColorRGB(*logo_color)
            c.rect(W / 2 - 5 * mm, H - 24 * mm, 10 * mm, 20 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(reg, 9)
            y = H - 12 * mm
            for ln in letterhead:
                c.drawString(W / 2 + 8 * mm, y, ln)
                y -= 11
        if header:
            c.setFont(reg, 7.5)
            c.setFillColor(colors.grey)
            c.drawString(lm, H - 10 * mm, header)
            c.setFillColor(colors.black)
        if side and pn == 1:
            c.setFont(reg, 7.5)
            y = H - tm - top_extra
            x = W - rm - side_w + 6 * mm
            for ln in side:
                if ln.startswith("**"):
                    c.setFont(bold, 7.5)
                    c.drawString(x, y, ln.strip("*"))
                    c.setFont(reg, 7.5)
                else:
                    c.drawString(x, y, ln)
                y -= 9.5
        if footer is not False:
            c.setFont(reg, 7.5)
            c.setFillColor(colors.grey)
            txt = (footer + "   |   " if footer else "") + f"Pagina {pn}"
            c.drawString(lm, 12 * mm, txt)
            c.setFillColor(colors.black)
        if forms and pn in forms:
            forms[pn](c)
        if extra:
            extra(c, pn)
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=deco),
                          PageTemplate(id="rest", frames=[f2], onPage=deco)])
    story.insert(0, NextPageTemplate("rest"))
    doc.build(story)
    return path


# ------------------------------------------------------------------------------------------------
# python-docx + LibreOffice renderer
# ------------------------------------------------------------------------------------------------
def render_lo(path: Path, spec: list, font="DejaVu Serif", size=10.5, header=None, footer=None, author=None,
              title=None, landscape=False):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    for hn in ("Heading 1", "Heading 2", "Title"):
        d.styles[hn].font.name = font
        d.styles[hn].font.color.rgb = None
    d.styles["Heading 1"].font.size = Pt(size + 5)
    d.styles["Heading 2"].font.size = Pt(size + 1.5)
    d.core_properties.author = author or ""
    d.core_properties.title = title or ""
    d.core_properties.last_modified_by = ""
    d.core_properties.comments = ""
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)

    def add_runs(par, text, bold_all=False, sz=None):
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for i, part in enumerate(parts):
            if not part:
                continue
            b = part.startswith("**") and part.endswith("**")
            lines = (part[2:-2] if b else part).split("\n")
            for j, ln in enumerate(lines):
                r = par.add_run(ln)
                r.bold = b or bold_all
                if sz:
                    r.font.size = Pt(sz)
                if j < len(lines) - 1:
                    r.add_break()

    for it in spec:
        k = it[0]
        if k == "title":
            p = d.add_paragraph(style="Heading 1")
            add_runs(p, it[1])
        elif k == "h":
            p = d.add_paragraph(style="Heading 2")
            add_runs(p, it[1])
        elif k in ("p", "small"):
            p = d.add_paragraph()
            add_runs(p, it[1], sz=size - 2 if k == "small" else None)
        elif k == "mono":
            for ln in it[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(ln)
                r.font.name = "DejaVu Sans Mono"
                r.font.size = Pt(size - 1.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "hr":
            d.add_paragraph("_" * 60)
        elif k in ("kv", "table"):
            rows = it[1]
            hdr = (it[3] if len(it) > 3 else True) if k == "table" else False
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], str(c), bold_all=(hdr and i == 0) or (k == "kv" and j == 0),
                             sz=size - 1)
            if k == "table":
                widths = it[2]
                for j, w in enumerate(widths):
                    for i in range(len(rows)):
                        t.cell(i, j).width = Mm(w)
            else:
                for i in range(len(rows)):
                    t.cell(i, 0).width = Mm(40)
                    t.cell(i, 1).width = Mm(126)
            d.add_paragraph()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="bl-lo-") as td:
        td = Path(td)
        src = td / (Path(path).stem + ".docx")
        d.save(str(src))
        subprocess.run(["nice", "-n", "10", "soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
                        "--convert-to", "pdf", "--outdir", str(td), str(src)], capture_output=True, timeout=180)
        out = td / (Path(path).stem + ".pdf")
        if not out.exists():
            raise RuntimeError("soffice failed for " + str(path))
        shutil.copy(out, path)
    return path


# ------------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------------
def scanify(src: Path, dst: Path, dpi=200, angle=0.6, seed=1, fax=False, faxline=None):
    """Rasterise every page of src, rotate slightly, add noise (or fax-like binarisation), and write an
    image-only PDF (no text layer)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.lib.utils import ImageReader

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    c = rlcanvas.Canvas(str(dst), pagesize=A4)
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5535 (scan)" if not fax else "FaxServer")
    c.setProducer("ScanToPDF")
    W, H = A4
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        if fax and faxline:
            d = ImageDraw.Draw(img)
            fnt = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", int(dpi * 0.10))
            d.text((int(dpi * 0.4), int(dpi * 0.15)), faxline.replace("{p}", str(i + 1)), fill=0, font=fnt)
        img = img.rotate(angle + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype("float32")
        nrs = np.random.RandomState(seed + i)
        if fax:
            a = a + nrs.normal(0, 18, a.shape)
            a = np.where(a > 150, 255, 0).astype("uint8")
            speck = nrs.random_sample(a.shape) < 0.0008
            a[speck] = 0
            im = Image.fromarray(a).convert("1")
        else:
            a = a * 0.93 + 10 + nrs.normal(0, 7, a.shape)
            a = np.clip(a, 0, 255).astype("uint8")
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.35))
        buf = io.BytesIO()
        if fax:
            im.save(buf, format="PNG")
        else:
            im.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    pdf.close()
    return dst


# ------------------------------------------------------------------------------------------------
# hidden channels
# ------------------------------------------------------------------------------------------------
def hide(path: Path, author=None, title=None, subject=None, keywords=None, xmp_creator=None, outline=None,
         annots=None, producer=None, creator=None):
    """Rewrite path (whole file) with Info entries, XMP dc:creator, outline [(title, page0)], text
    annotations [(page0, (x0,y0,x1,y1), contents, author)]."""
    import pikepdf

    tmp = Path(str(path) + ".tmp")
    with pikepdf.open(str(path)) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if keywords is not None:
            pdf.docinfo["/Keywords"] = keywords
        if producer is not None:
            pdf.docinfo["/Producer"] = producer
        if creator is not None:
            pdf.docinfo["/Creator"] = creator
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [xmp_creator]
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        if annots:
            for pg, rect, contents, who in annots:
                a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array(list(rect)), Contents=pikepdf.String(contents),
                                       T=pikepdf.String(who), Name=pikepdf.Name.Comment, F=4,
                                       C=pikepdf.Array([1, 0.85, 0.2]))
                page = pdf.pages[pg]
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pikepdf.Array()
                page.obj["/Annots"].append(pdf.make_indirect(a))
        pdf.save(str(tmp))
    tmp.replace(path)
