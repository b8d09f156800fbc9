"""Builders for set HB (eval/blind/mixed110): markup parsing, PDF producers, hidden channels.

Markup in the document text:
    [[text]] or [[text|KIND]]   a redact probe (PERSON by default; e-mail/number kinds guessed)
    {{text}} or {{text|KIND}}   a keep probe (ORG by default)
The markers are removed before rendering; the text itself stays exactly as written.
"""
from __future__ import annotations

import io
import os
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIRS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
}
HAND = {
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "mono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
}
# (regular, bold) per family; the standard-14 families need no registration
FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "DejaVuSansMono": ("DejaVuSansMono", "DejaVuSansMono-Bold"),
    "LiberationSerif": ("LiberationSerif", "LiberationSerif-Bold"),
    "LiberationSans": ("LiberationSans", "LiberationSans-Bold"),
    "Carlito": ("Carlito", "Carlito-Bold"),
}

MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


HEALTH = ("ADHD", "dyslexie", "PTSS", "autism", "ASS", "diabetes", "epilepsie", "dyscalculie",
          "burn-out", "methylfenidaat", "posttraumatische", "EMDR", "ziekteverzuim",
          "zwangerschapsverlof", "prikkelverwerking")
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


def guess_kind(s: str, redact: bool) -> str:
    if "@" in s:
        return "EMAIL"
    if not redact:
        if re.search(r"\d", s):
            return "REF"
        return "ORG"
    if any(h in s for h in HEALTH):
        return "HEALTH"
    if re.fullmatch(r"\d{2}-\d{2}-\d{4}", s) or re.fullmatch(r"\d{1,2} (%s) \d{4}" % MONTHS, s):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"\d{4} [A-Z]{2}", s) or re.search(r"(straat|weg|laan|dijk)\b", s):
        return "ADDRESS"
    if re.fullmatch(r"\d{9}", s):
        return "BSN"
    if re.fullmatch(r"\d{11}", s):
        return "BIG_NUMBER"
    if re.fullmatch(r"[\d\s\-+().]{8,}", s):
        return "PHONE"
    if re.search(r"\d", s):
        return "ID_NUMBER"
    if re.fullmatch(r"[A-Z][A-Za-z.]{0,5}", s) and sum(ch.isupper() for ch in s) >= 2:
        return "INITIALS"
    return "PERSON"


def parse(text: str):
    """Return (plain, redact[(text, kind)], keep[(text, kind)]) in order of first appearance."""
    red, keep = [], []

    def rep(m):
        body = m.group(1) if m.group(1) is not None else m.group(2)
        if "|" in body and not body.startswith("|"):
            val, kind = body.rsplit("|", 1)
        else:
            val, kind = body, None
        if m.group(1) is not None:
            red.append((val, kind or guess_kind(val, True)))
        else:
            keep.append((val, kind or guess_kind(val, False)))
        return val

    plain = MARK.sub(rep, text)
    return plain, red, keep


def strip(text: str) -> str:
    return parse(text)[0]


# ---------------------------------------------------------------- reportlab flowing documents
_registered = set()


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in FONT_DIRS.items():
        if name not in _registered:
            pdfmetrics.registerFont(TTFont(name, path))
            _registered.add(name)


def _lines_to_blocks(lines):
    """Group consecutive '|' rows into tables."""
    blocks, table = [], None
    for ln in lines:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
        else:
            table = None
            blocks.append(("line", ln))
    return blocks


def build_rl(path: Path, body: str, family="Helvetica", size=10, landscape_=False, title="",
             author="", margins=(22, 20, 20, 20), colwidths=None, header=None, footer=None,
             lead_factor=1.3):
    """Flowing document. Line syntax: '# ' heading, '## ' subheading, '|a|b|' table row,
    '~' spacer, '===' page break, '> ' indented quote, '' paragraph gap; other lines are paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    register_fonts()
    reg, bold = FAMILIES[family]
    ps = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * lead_factor, spaceAfter=1)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25,
                        spaceBefore=4, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                        spaceBefore=5, spaceAfter=2)
    quote = ParagraphStyle("q", parent=ps, leftIndent=14, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.22)
    cellb = ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.22)
    pagesize = landscape(A4) if landscape_ else A4
    top, bottom, left, right = margins
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, topMargin=top * mm,
                            bottomMargin=bottom * mm, leftMargin=left * mm, rightMargin=right * mm,
                            title=title, author=author, creator="", subject="")
    story = []
    for kind, val in _lines_to_blocks(body.strip("\n").split("\n")):
        if kind == "table":
            rows = [[Paragraph(escape(c), cellb if i == 0 else cell) for c in r] for i, r in
                    enumerate(val)]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            avail = pagesize[0] - (left + right) * mm
            cw = None
            if colwidths and ncol in colwidths:
                fr = colwidths[ncol]
                cw = [avail * f / sum(fr) for f in fr]
            else:
                cw = [avail / ncol] * ncol
            t = Table(rows, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story.append(t)
            story.append(Spacer(1, 4))
        else:
            ln = val
            if ln == "===":
                story.append(PageBreak())
            elif ln == "~":
                story.append(Spacer(1, 10))
            elif ln == "":
                story.append(Spacer(1, size * 0.6))
            elif ln.startswith("# "):
                story.append(Paragraph(escape(ln[2:]), h1))
            elif ln.startswith("## "):
                story.append(Paragraph(escape(ln[3:]), h2))
            elif ln.startswith("> "):
                story.append(Paragraph(escape(ln[2:]), quote))
            else:
                story.append(Paragraph(escape(ln), ps))

    def deco(canv, d):
        canv.saveState()
        canv.setFont(reg, 7.5)
        if header:
            canv.drawString(left * mm, pagesize[1] - 10 * mm, header)
        if footer:
            canv.drawString(left * mm, 9 * mm, footer.replace("{p}", str(d.page)))
        canv.restoreState()

    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- python-docx -> LibreOffice
def build_docx(path: Path, body: str, font="Calibri", size=10.5, author="", title="",
               last_modified_by=""):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = last_modified_by
    cp.comments = ""
    cp.keywords = ""
    for kind, val in _lines_to_blocks(body.strip("\n").split("\n")):
        if kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    cellp = t.cell(i, j).paragraphs[0]
                    run = cellp.add_run(c)
                    run.font.size = Pt(size - 1)
                    run.bold = i == 0
            d.add_paragraph("")
        else:
            ln = val
            if ln == "===":
                d.add_page_break()
            elif ln in ("", "~"):
                d.add_paragraph("")
            elif ln.startswith("# "):
                d.add_heading(ln[2:], level=1)
            elif ln.startswith("## "):
                d.add_heading(ln[3:], level=2)
            elif ln.startswith("> "):
                p = d.add_paragraph(ln[2:])
                p.paragraph_format.left_indent = Pt(18)
            else:
                d.add_paragraph(ln)
    with tempfile.TemporaryDirectory(prefix="hb-docx-") as td:
        td = Path(td)
        src = td / (path.stem + ".docx")
        d.save(str(src))
        prof = td / "lo-profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(td), str(src)],
                       check=True, capture_output=True, timeout=240)
        shutil.copy(td / (path.stem + ".pdf"), path)


# ---------------------------------------------------------------- scans (image only)
def build_scan(path: Path, pages: list[str], hand="femke", size=46, seed=1, rotate=0.6,
               quality=70, margin=150, line_gap=1.5, noise=3000, blur=0.0):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    c.setTitle("")
    c.setCreator("")
    for text in pages:
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = margin
        for raw in text.strip("\n").split("\n"):
            fname, fsize, s = hand, size, raw
            m = re.match(r"^@(\w+)(?::(\d+))?\s(.*)$", raw)
            if m:  # per-line font override: '@mono:30 text'
                fname, fsize, s = m.group(1), int(m.group(2) or size), m.group(3)
            font = ImageFont.truetype(HAND[fname], fsize)
            # wrap
            words, line = s.split(" "), ""
            out = []
            for w in words:
                trial = (line + " " + w).strip()
                if dr.textlength(trial, font=font) > W - 2 * margin and line:
                    out.append(line)
                    line = w
                else:
                    line = trial
            out.append(line)
            for ln in out:
                x = margin + rnd.randint(-6, 6)
                dr.text((x, y), ln, fill=rnd.randint(15, 45), font=font)
                y += int(fsize * line_gap)
        img = img.rotate(rotate + rnd.uniform(-0.2, 0.2), fillcolor=250, resample=Image.BICUBIC)
        px = img.load()
        for _ in range(noise):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- a form with fields
def build_form(path: Path, title_lines: list[str], fields: list[tuple], footer_lines: list[str],
               family="Helvetica"):
    """fields: (label, name, value). Labels are page text; values live only in the AcroForm
    fields (/V and the widget appearance streams)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_fonts()
    reg, bold = FAMILIES[family]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    c.setTitle(strip(title_lines[0]))
    W, H = A4
    y = H - 60
    for i, t in enumerate(title_lines):
        c.setFont(bold if i == 0 else reg, 14 if i == 0 else 9)
        c.drawString(56, y, strip(t))
        y -= 20 if i == 0 else 13
    y -= 10
    form = c.acroForm
    for label, name, value in fields:
        if label.startswith("#"):
            y -= 6
            c.setFont(bold, 10.5)
            c.drawString(56, y, strip(label[1:].strip()))
            y -= 20
            continue
        c.setFont(reg, 9)
        c.drawString(56, y + 5, strip(label))
        h = 18
        if value is not None and len(value) > 60:
            h = 46
        form.textfield(name=name, value=value or "", x=230, y=y - (h - 18), width=310, height=h,
                       fontName="Helvetica", fontSize=8.5, borderWidth=0.6,
                       fieldFlags="multiline" if h > 18 else "")
        y -= h + 10
    y -= 6
    c.setFont(reg, 8.5)
    for t in footer_lines:
        c.drawString(56, y, strip(t))
        y -= 12
    c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels
def add_hidden(path: Path, author=None, title=None, xmp_creator=None, outline=None, annots=None,
               subject=None):
    import pikepdf
    from pikepdf import Dictionary, Name, OutlineItem, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo[Name.Author] = author
        if title is not None:
            pdf.docinfo[Name.Title] = title
        if subject is not None:
            pdf.docinfo[Name.Subject] = subject
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = list(xmp_creator)
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(OutlineItem(t, pg))
        if annots:
            for pg, rect, who, contents in annots:
                page = pdf.pages[pg]
                a = pdf.make_indirect(Dictionary(
                    Type=Name.Annot, Subtype=Name.Text, Rect=rect, T=String(who),
                    Contents=String(contents), Name=Name.Comment, C=[1, 0.85, 0.2], F=4))
                if "/Annots" not in page.obj:
                    page.obj[Name.Annots] = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(str(path))
