"""Rendering and gold helpers for set BS (eval/blind/mixed122). Written blind: only the evaluator's
public functions (norm, count_in, probe_regex, text_pdfium, extract_channels, channel_counts) are used."""
from __future__ import annotations

import io
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ------------------------------------------------------------------------------------------
# gold items
# ------------------------------------------------------------------------------------------
def _probe(t):
    word = True
    if t.startswith("~"):  # '~' prefix: no word anchoring
        t, word = t[1:], False
    return {"text": t, "word": word}


def R(kind, value, *probes, channel=None):
    """Redact item; probes default to the value itself."""
    ps = [_probe(p) for p in (probes or (value,))]
    it = {"kind": kind, "value": value.lstrip("~"), "probes": ps}
    if channel:
        it["channel"] = channel
        if channel == "ocr":
            for p in ps:
                p["ocr"] = True
    return it


def H(channel, kind, value, *probes):
    return R(kind, value, *probes, channel=channel)


def K(kind, value, *probes):
    return {"kind": kind, "value": value.lstrip("~"), "probes": [_probe(p) for p in (probes or (value,))]}


# ------------------------------------------------------------------------------------------
# document
# ------------------------------------------------------------------------------------------
@dataclass
class Doc:
    stem: str
    title: str
    blocks: list = field(default_factory=list)
    redact: list = field(default_factory=list)
    keep: list = field(default_factory=list)
    kind: str = "rl"            # rl | ttf | docx | scan | form
    font: str = "Helvetica"     # rl: Helvetica or Times-Roman
    producer: str = "ReportLab PDF Library - www.reportlab.com"
    creator: str = ""
    author: str = ""
    xmp_creator: str = ""
    outline: list = field(default_factory=list)   # (title, page_index)
    notes: list = field(default_factory=list)     # (page_index, x, y, author, contents)
    form: list = field(default_factory=list)      # form spec for kind == 'form'
    scan: list = field(default_factory=list)      # scan pages: list of list of (style, text)
    stamp: str = ""                                # text-layer stamp on scans
    landscape: bool = False
    date: str = "D:20251219100000+01'00'"

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind in ("rl", "ttf"):
            build_rl(self, out)
        elif self.kind == "docx":
            build_docx(self, out)
        elif self.kind == "scan":
            build_scan(self, out)
        elif self.kind == "form":
            build_form(self, out)
        else:
            raise ValueError(self.kind)
        postprocess(self, out)
        return out


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
_FONTS_DONE = False


def _register_ttf():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"), ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"), ("DejaVuSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                    ("DejaVuMono", "DejaVuSansMono.ttf"), ("DejaVuMono-Bold", "DejaVuSansMono-Bold.ttf"),
                    ("DejaVuCond", "DejaVuSansCondensed.ttf"), ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                    ("DejaVuCond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
                    ("DejaVuCond-BoldOblique", "DejaVuSansCondensed-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
    addMapping("DejaVu", 0, 0, "DejaVu"); addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique"); addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic"); addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-BoldItalic")
    addMapping("DejaVuCond", 0, 0, "DejaVuCond"); addMapping("DejaVuCond", 1, 0, "DejaVuCond-Bold")
    addMapping("DejaVuCond", 0, 1, "DejaVuCond-Oblique"); addMapping("DejaVuCond", 1, 1, "DejaVuCond-BoldOblique")
    _FONTS_DONE = True


def _fontset(doc):
    if doc.kind == "ttf":
        _register_ttf()
        base = doc.font if doc.font in ("DejaVu", "DejaVuSerif", "DejaVuCond") else "DejaVu"
        bold = base + "-Bold"
        mono = "DejaVuMono"
        return base, bold, mono
    if doc.font.startswith("Times"):
        return "Times-Roman", "Times-Bold", "Courier"
    return "Helvetica", "Helvetica-Bold", "Courier"


def _inline(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


class Scribble:
    """A handwritten-looking signature as vector strokes (no text)."""

    def __init__(self, seed, width=120, height=34):
        self.seed, self.width, self.height = seed, width, height

    def as_flowable(self):
        from reportlab.platypus import Flowable

        outer = self

        class _F(Flowable):
            def wrap(self, aw, ah):
                return outer.width, outer.height

            def draw(self):
                rnd = random.Random(outer.seed)
                c = self.canv
                c.setLineWidth(1.1)
                c.setStrokeColorRGB(0.1, 0.15, 0.45)
                p = c.beginPath()
                x, y = 4, outer.height / 2
                p.moveTo(x, y)
                for i in range(9):
                    x2 = x + rnd.uniform(8, 16)
                    p.curveTo(x + 3, y + rnd.uniform(8, 16), x2 - 3, y - rnd.uniform(8, 16), x2, y + rnd.uniform(-4, 4))
                    x = x2
                c.drawPath(p, stroke=1, fill=0)
                c.line(6, 5, x - 10, 3)

        return _F()


def _flowables(doc):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, Preformatted, Spacer, Table,
                                    TableStyle)

    base, bold, mono = _fontset(doc)
    size = 9.6 if doc.kind == "ttf" else 10
    st = ParagraphStyle("b", fontName=base, fontSize=size, leading=size * 1.35, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=st, fontName=bold, fontSize=14, leading=18, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    small = ParagraphStyle("s", parent=st, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    quote = ParagraphStyle("q", parent=st, leftIndent=14, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", parent=st, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    pre = ParagraphStyle("p", fontName=mono, fontSize=8.2, leading=10.6)
    out = []
    for b in doc.blocks:
        if isinstance(b, str):
            if b == "":
                out.append(Spacer(1, 6))
            elif b.startswith("# "):
                out.append(Paragraph(_inline(b[2:]), h1))
            elif b.startswith("## "):
                out.append(Paragraph(_inline(b[3:]), h2))
            elif b.startswith("~ "):
                out.append(Paragraph(_inline(b[2:]), small))
            elif b.startswith("> "):
                out.append(Paragraph(_inline(b[2:]), quote))
            elif b == "---":
                out.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=4, spaceAfter=6))
            else:
                out.append(Paragraph(_inline(b), st))
            continue
        tag = b[0]
        if tag == "pb":
            out.append(PageBreak())
        elif tag == "sig":
            out.append(Scribble(b[1]).as_flowable())
        elif tag == "pre":
            import textwrap
            width = int(((doc.landscape and 800) or 480) / (0.6 * 8.2)) - 2
            lines = []
            for line in b[1].split("\n"):
                lines += textwrap.wrap(line, width, subsequent_indent="    ", break_on_hyphens=False,
                                       break_long_words=False) or [""]
            out.append(Preformatted("\n".join(lines), pre))
        elif tag in ("table", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            header = tag == "table"
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(_inline(str(c)), cellb if (header and ri == 0) or (tag == "kv" and ci == 0) else cell)
                             for ci, c in enumerate(r)])
            if widths:
                widths = [w * mm for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if header:
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee"))]
            t.setStyle(TableStyle(sty))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(tag)
    return out


def build_rl(doc, out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    ps = landscape(A4) if doc.landscape else A4
    base, _, _ = _fontset(doc)

    def footer(c, d):
        c.saveState()
        c.setFont(base, 7.5)
        c.setFillGray(0.35)
        c.drawRightString(ps[0] - 20 * mm, 12 * mm, f"pagina {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                           bottomMargin=20 * mm, title=doc.title, author="", creator="", producer=doc.producer,
                           invariant=1)
    sd.build(_flowables(doc), onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------------------------------
# python-docx -> soffice
# ------------------------------------------------------------------------------------------
def build_docx(doc, out):
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.title = doc.title
    d.core_properties.comments = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    stl = d.styles["Normal"]
    stl.font.name = "Liberation Sans" if False else "DejaVu Sans"
    stl.font.size = Pt(9.5)

    def para(text, bold=False, size=None, indent=False):
        p = d.add_paragraph()
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            b = bold
            if part.startswith("**") and part.endswith("**"):
                part, b = part[2:-2], True
            lines = part.split("\n")
            for li, line in enumerate(lines):
                r = p.add_run(line)
                r.bold = b
                if size:
                    r.font.size = Pt(size)
                if li < len(lines) - 1:
                    r.add_break()
        if indent:
            p.paragraph_format.left_indent = Mm(6)
        p.paragraph_format.space_after = Pt(3)
        return p

    for b in doc.blocks:
        if isinstance(b, str):
            if b == "":
                d.add_paragraph()
            elif b.startswith("# "):
                para(b[2:], bold=True, size=14)
            elif b.startswith("## "):
                para(b[3:], bold=True, size=11)
            elif b.startswith("~ "):
                para(b[2:], size=8)
            elif b.startswith("> "):
                para(b[2:], indent=True)
            elif b == "---":
                para("_" * 60, size=6)
            else:
                para(b)
            continue
        tag = b[0]
        if tag == "pb":
            d.add_page_break()
        elif tag == "sig":
            para("")
        elif tag == "pre":
            for line in b[1].split("\n"):
                p = para(line, size=8.5)
        elif tag in ("table", "kv"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if tag == "table":
                t.style = "Table Grid"
            widths = b[2] if len(b) > 2 else None
            if widths:
                t.autofit = False
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Mm(w)
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    if widths:
                        t.cell(ri, ci).width = Mm(widths[ci])
                    cellp = t.cell(ri, ci).paragraphs[0]
                    run = cellp.add_run(str(c))
                    run.font.size = Pt(8.5)
                    run.bold = (tag == "table" and ri == 0) or (tag == "kv" and ci == 0)
            d.add_paragraph()
    with tempfile.TemporaryDirectory(prefix="bs122-") as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(str(src))
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], capture_output=True, timeout=180)
        shutil.copy(Path(td) / f"{doc.stem}.pdf", out)


# ------------------------------------------------------------------------------------------
# scans (image-only pages)
# ------------------------------------------------------------------------------------------
def build_scan(doc, out):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rnd = random.Random(doc.stem)
    fonts = {
        "type": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 36),
        "typeb": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 40),
        "hand": ImageFont.truetype(str(FONT_DIR / "DejaVuSansCondensed-Oblique.ttf"), 44),
        "handb": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 46),
        "sans": ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 34),
        "sansb": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 36),
    }
    W, Hh = 1654, 2339
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(doc.title)
    for pi, lines in enumerate(doc.scan):
        img = Image.new("L", (W, Hh), 246)
        dr = ImageDraw.Draw(img)
        y = 150
        for style, text in lines:
            if style == "gap":
                y += int(text)
                continue
            if style == "sig":
                x0 = 170
                pts = []
                for i in range(14):
                    pts.append((x0 + i * 22 + rnd.randint(-6, 6), y + 40 + rnd.randint(-30, 30)))
                dr.line(pts, fill=40, width=4)
                y += 110
                continue
            if style == "rule":
                dr.line([(150, y + 20), (W - 150, y + 20)], fill=90, width=2)
                y += 40
                continue
            f = fonts[style]
            col = 35 if style.startswith("hand") else 20
            x = 150 + (rnd.randint(-8, 8) if style.startswith("hand") else 0)
            dr.text((x, y), text, font=f, fill=col)
            y += int(f.size * 1.55)
        # noise and a slight skew
        px = img.load()
        for _ in range(2500):
            px[rnd.randrange(W), rnd.randrange(Hh)] = rnd.randint(150, 220)
        img = img.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=246, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        if doc.stamp:
            c.setFont("Helvetica", 6.5)
            c.setFillGray(0.3)
            c.drawString(30, 14, doc.stamp.replace("{p}", str(pi + 1)))
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------
# AcroForm
# ------------------------------------------------------------------------------------------
def build_form(doc, out):
    """doc.form: list of rows: ('h', text) heading, ('t', text) static text, ('f', label, name, value)
    text field, ('c', label, name, checked) checkbox, ('gap', pts)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(doc.title)
    y = A4[1] - 60
    form = c.acroForm
    for row in doc.form:
        kind = row[0]
        if y < 70 or kind == "pb":
            c.showPage()
            y = A4[1] - 60
            if kind == "pb":
                continue
        if kind == "h":
            c.setFont("Helvetica-Bold", 13 if row[1][:1] != "-" else 10.5)
            c.drawString(50, y, row[1].lstrip("-"))
            y -= 22
        elif kind == "t":
            c.setFont("Helvetica", 8.8)
            for line in row[1].split("\n"):
                c.drawString(50, y, line)
                y -= 12
            y -= 4
        elif kind == "f":
            _, label, name, value = row[:4]
            w = row[4] if len(row) > 4 else 300
            c.setFont("Helvetica", 9)
            c.drawString(50, y + 4, label)
            form.textfield(name=name, tooltip=name, value=value, x=230, y=y - 2, width=w, height=16,
                           fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True,
                           fillColor=None)
            y -= 22
        elif kind == "c":
            _, label, name, checked = row
            c.setFont("Helvetica", 9)
            form.checkbox(name=name, tooltip=name, x=230, y=y - 2, size=12, checked=checked, buttonStyle="cross")
            c.drawString(50, y + 1, label)
            y -= 20
        elif kind == "gap":
            y -= row[1]
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------
# metadata, outline, sticky notes
# ------------------------------------------------------------------------------------------
def postprocess(doc, out):
    import pikepdf

    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: depends on the export time
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:  # qpdf keeps the first half of an existing /ID
            del pdf.trailer["/ID"]
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        info["/CreationDate"] = doc.date
        info["/ModDate"] = doc.date
        info["/Title"] = doc.title
        info["/Producer"] = doc.producer
        if doc.creator:
            info["/Creator"] = doc.creator
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [doc.xmp_creator]
                m["dc:title"] = doc.title
                m["pdf:Producer"] = doc.producer
                if doc.creator:
                    m["xmp:CreatorTool"] = doc.creator
        if doc.author:
            pdf.docinfo["/Author"] = doc.author
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for (pg, x, y, author, contents) in doc.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 18, y + 18],
                Contents=pikepdf.String(contents), T=pikepdf.String(author), Name=pikepdf.Name.Comment,
                Open=False, F=4, M=pikepdf.String("D:20251014101500+02'00'"),
                C=[1, 0.85, 0.2]))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj["/Annots"].append(annot)
        pdf.save(str(out), deterministic_id=True)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def _spans(text, s, word=False):
    return [(m.start(), m.end()) for m in probe_regex(s, word).finditer(text)]


def make_gold(doc, path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in doc.redact} - {None}
    chans = {}
    if hidden:
        chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"]
    redact = []
    rspans = []
    for it in doc.redact:
        ch = it.get("channel")
        probes = []
        for pr in it["probes"]:
            p = dict(pr)
            p["after"] = 0
            if ch is None:
                n = count_in(text, p)
                if n == 0:
                    problems.append(f"{doc.stem}: redact probe {p['text']!r} not in text")
                    continue
                rspans += _spans(text, p["text"], p["word"])
            else:
                n = channel_counts(chans, p).get(ch, 0)
                if n == 0:
                    problems.append(f"{doc.stem}: hidden probe {p['text']!r} not in {ch}")
                    continue
                if ch != "ocr" and count_in(text, p):
                    problems.append(f"{doc.stem}: hidden probe {p['text']!r} also in page text")
            probes.append(p)
        if ch is None:
            rspans += _spans(text, it["value"])
        if probes:
            d = {"kind": it["kind"], "value": it["value"], "probes": probes}
            if ch:
                d["channel"] = ch
            redact.append(d)
    keep = []
    for it in doc.keep:
        probes = []
        for pr in it["probes"]:
            p = dict(pr)
            sp = _spans(text, p["text"], p["word"])
            n = count_in(text, p)
            if n == 0:
                problems.append(f"{doc.stem}: keep probe {p['text']!r} not in text")
                continue
            bad = [s for s in sp if any(s[0] < e and b < s[1] for b, e in rspans)]
            if bad:
                problems.append(f"{doc.stem}: keep probe {p['text']!r} overlaps a redact value")
                continue
            p["after"] = n
            probes.append(p)
        if probes:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
