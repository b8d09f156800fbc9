"""Building blocks for set BJ (mixed52): marked text, renderers (reportlab, LibreOffice via .docx,
Chromium via HTML), scans, hidden channels, gold writing.

Marked text: {{KIND|text}} or {{KIND|text|value}} is a redact probe; {{+KIND|text}} (or with |value)
is a keep probe. The renderers print only `text`; the gold groups probes by (kind, value).
"""
from __future__ import annotations

import html
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = Path("/tmp/bj_mixed52_build")

MRK = re.compile(r"\{\{(\+?)([A-Z_]+)\|([^{}|]*)(?:\|([^{}]*))?\}\}")

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def plain(s: str) -> str:
    return MRK.sub(lambda m: m.group(3), s)


# --------------------------------------------------------------------------------------------
# BSN / IBAN with valid checksums
# --------------------------------------------------------------------------------------------
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(seed: int) -> str:
    r = random.Random(seed)
    while True:
        s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if bsn_ok(s):
            return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(bank: str, acct: str) -> str:
    r = bank + acct + "NL00"
    n = "".join(str(int(c, 36)) for c in r)
    cd = 98 - int(n) % 97
    s = f"NL{cd:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------------------------
# document record
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name: str, theme: str = "", producer: str = ""):
        self.name = name  # file stem
        self.theme = theme
        self.producer = producer
        self.marked = []  # (channel, raw) ; channel in text / scan / hidden
        self.notes = []

    def t(self, s: str, channel: str = "text") -> str:
        self.marked.append((channel, s))
        return plain(s)

    def esc(self, s: str, channel: str = "text") -> str:
        """plain text escaped for reportlab Paragraph / HTML (keeps <b>, <i>, <br/>)."""
        s = s.replace("<{{", "\x01{{").replace("}}>", "}}\x02")
        p = self.t(s.replace("\x01", "<").replace("\x02", ">"), channel)
        p = plain(s).replace("&", "&amp;").replace("\x01", "&lt;").replace("\x02", "&gt;")
        return p


# --------------------------------------------------------------------------------------------
# reportlab
# --------------------------------------------------------------------------------------------
_REG = False


def reg_fonts():
    global _REG
    if _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    for fam, files in {
        "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
        "DejaVuMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
    }.items():
        names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    _REG = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuCond": "DejaVuCond-Bold",
        "DejaVuMono": "DejaVuMono-Bold"}


def rl_build(d: Doc, out: Path, flow: list, font="Helvetica", size=10, header=None, footer=None,
             margins=(2.2, 2.0, 2.2, 2.0), channel="text", title="", author="", first_header=None,
             lead=None):
    """flow items:
    ("h", text[, size]) heading   ("p", text) paragraph   ("sm", text) small
    ("mono", text) preformatted (lines kept)   ("sp", mm)   ("pb",)
    ("kv", [(label, value), ...][, labelwidth_cm])   ("tbl", rows, widths_cm[, header=True][, size])
    ("hr",)   ("cols", left_lines, right_lines) two-column block
    header/footer: fn(canvas, doc, pageno) drawing text; texts must go through d.t().
    """
    reg_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    bold = BOLD.get(font, font)
    lead = lead or size * 1.3
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.5)
    sm = ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25, spaceAfter=2)
    cell = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    mono = ParagraphStyle("m", fontName="Courier" if font in ("Helvetica", "Times-Roman", "Courier") else "DejaVuMono",
                          fontSize=size - 1, leading=(size - 1) * 1.25)

    def H(text, s=None):
        s = s or size + 3
        return Paragraph(d.esc(text, channel), ParagraphStyle("h", fontName=bold, fontSize=s, leading=s * 1.25,
                                                              spaceBefore=4, spaceAfter=5))

    story = []
    for it in flow:
        k = it[0]
        if k == "h":
            story.append(H(it[1], it[2] if len(it) > 2 else None))
        elif k == "p":
            story.append(Paragraph(d.esc(it[1], channel), st))
        elif k == "sm":
            story.append(Paragraph(d.esc(it[1], channel), sm))
        elif k == "mono":
            story.append(Preformatted(d.t(it[1], channel), mono))
        elif k == "sp":
            story.append(Spacer(1, it[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=2, spaceAfter=4))
        elif k == "kv":
            lw = it[2] if len(it) > 2 else 4.0
            rows = [[Paragraph(d.esc(a, channel), cellb), Paragraph(d.esc(b, channel), cell)] for a, b in it[1]]
            avail = 21.0 - margins[0] - margins[1]
            t = Table(rows, colWidths=[lw * cm, (avail - lw) * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 2 * mm))
        elif k == "tbl":
            rows, widths = it[1], it[2]
            hdr = it[3] if len(it) > 3 else True
            cs = cell
            if len(it) > 4:
                cs = ParagraphStyle("c2", parent=cell, fontSize=it[4], leading=it[4] * 1.2)
            csb = ParagraphStyle("cb2", parent=cs, fontName=bold)
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(d.esc(c, channel), csb if (hdr and ri == 0) else cs) for c in r])
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if hdr else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "cols":
            left = "<br/>".join(d.esc(x, channel) for x in it[1])
            right = "<br/>".join(d.esc(x, channel) for x in it[2])
            w = it[3] if len(it) > 3 else (9.5, 7.1)
            t = Table([[Paragraph(left, cell), Paragraph(right, cell)]], colWidths=[w[0] * cm, w[1] * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        else:
            raise ValueError(k)

    def onpage(c, doc_):
        c.saveState()
        n = c.getPageNumber()
        if first_header and n == 1:
            first_header(c, n)
        elif header:
            header(c, n)
        if footer:
            footer(c, n)
        c.restoreState()

    l, r, t_, b = margins
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=l * cm, rightMargin=r * cm, topMargin=t_ * cm,
                            bottomMargin=b * cm, title=title, author=author or "", creator="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return out


# --------------------------------------------------------------------------------------------
# LibreOffice via python-docx
# --------------------------------------------------------------------------------------------
def docx_build(d: Doc, out: Path, blocks: list, font="Calibri", size=11, header=None, footer=None,
               author="", title=""):
    """blocks: ("h", text[, level]) ("p", text) ("b", text) bold para ("kv", rows) ("tbl", rows[, widths])
    ("pb",) ("sp",). Text may contain '\n' (line breaks). header/footer: text lines."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, Cm

    doc = docx.Document()
    stl = doc.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    def add_runs(par, text, bold=False):
        lines = d.t(text).split("\n")
        for i, ln in enumerate(lines):
            r = par.add_run(ln)
            r.bold = bold
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)

    if header:
        hp = sec.header.paragraphs[0]
        add_runs(hp, header)
    if footer:
        fp = sec.footer.paragraphs[0]
        add_runs(fp, footer)
    for bl in blocks:
        k = bl[0]
        if k == "h":
            h = doc.add_heading(level=bl[2] if len(bl) > 2 else 1)
            add_runs(h, bl[1])
        elif k == "p":
            add_runs(doc.add_paragraph(), bl[1])
        elif k == "b":
            add_runs(doc.add_paragraph(), bl[1], bold=True)
        elif k in ("kv", "tbl"):
            rows = bl[1]
            ncol = len(rows[0])
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cp = tb.cell(i, j).paragraphs[0]
                    add_runs(cp, c, bold=(k == "kv" and j == 0) or (k == "tbl" and i == 0))
            if len(bl) > 2 and bl[2]:
                for j, w in enumerate(bl[2]):
                    for row in tb.rows:
                        row.cells[j].width = Cm(w)
            doc.add_paragraph()
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sp":
            doc.add_paragraph()
        else:
            raise ValueError(k)
    doc.core_properties.author = d.t(author, "hidden") if author else ""
    doc.core_properties.title = d.t(title, "hidden") if title else ""
    doc.core_properties.last_modified_by = ""
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (out.stem + ".docx")
    doc.save(str(src))
    subprocess.run(["nice", "-n", "10", "soffice", "-env:UserInstallation=file:///tmp/bj_lo", "--headless",
                    "--convert-to", "pdf", str(src), "--outdir", str(WORK)], capture_output=True, timeout=180)
    shutil.copy(WORK / (out.stem + ".pdf"), out)
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(str(out)))
    for _ in range(n - 1):  # header and footer are printed on every page
        for txt in (header, footer):
            if txt:
                d.t(txt)
    return out


# --------------------------------------------------------------------------------------------
# Chromium via HTML
# --------------------------------------------------------------------------------------------
def html_build(d: Doc, out: Path, body: str, css: str = "", title: str = ""):
    """body: HTML with markers; markers are replaced by escaped plain text. Text outside markers is
    taken as HTML as is."""
    def sub(m):
        return html.escape(m.group(3), quote=False)

    d.marked.append(("text", re.sub(r"<[^>]+>", " ", body)))
    page = (f"<html><head><meta charset='utf-8'><title>{html.escape(plain(title))}</title>"
            f"<style>@page {{ size: A4; margin: 16mm 15mm; }} body {{ font-family: 'DejaVu Sans', sans-serif;"
            f" font-size: 10.5pt; }} {css}</style></head><body>{MRK.sub(sub, body)}</body></html>")
    if title:
        d.t(title, "hidden")
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (out.stem + ".html")
    src.write_text(page, encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", str(src)], capture_output=True, timeout=180)
    return out


# --------------------------------------------------------------------------------------------
# scans
# --------------------------------------------------------------------------------------------
def scan_pdf(src: Path, out: Path, angle=0.6, seed=1, dpi=200, noise=10):
    """Rasterise every page of src, tilt, add noise, and write an image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    WORK.mkdir(parents=True, exist_ok=True)
    pref = WORK / (src.stem + "-scan")
    for old in WORK.glob(src.stem + "-scan*.png"):
        old.unlink()
    subprocess.run(["nice", "-n", "10", "pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(pref)], check=True)
    imgs = sorted(WORK.glob(src.stem + "-scan*.png"))
    rng = np.random.default_rng(seed)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setAuthor("")
    c.setTitle("")
    c.setCreator("Canon iR-ADV C5535 scan")
    for i, p in enumerate(imgs):
        im = Image.open(p).convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, noise, a.shape)
        # a few specks
        for _ in range(120):
            y, x = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
            a[y:y + 2, x:x + 2] = 60
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4))
        jp = WORK / f"{src.stem}-scan-{i}.jpg"
        im.save(jp, quality=72)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    import pikepdf
    tmp = out.with_suffix(".tmp.pdf")
    with pikepdf.open(str(out)) as pdf:
        pdf.docinfo["/Producer"] = "Canon iR-ADV C5535 PDF"
        pdf.save(str(tmp))
    tmp.replace(out)
    return out


def merge(parts: list, out: Path):
    import pikepdf

    pdf = pikepdf.new()
    for p in parts:
        with pikepdf.open(str(p)) as src:
            pdf.pages.extend(src.pages)
    pdf.save(str(out))
    pdf.close()


# --------------------------------------------------------------------------------------------
# hidden channels
# --------------------------------------------------------------------------------------------
def hide(d: Doc, path: Path, author=None, title=None, subject=None, keywords=None, xmp_creator=None,
         outline=None, notes=None, fields=None):
    """Write hidden-channel data (all strings may carry markers; recorded as channel 'hidden')."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    tmp = path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(path)) as pdf:
        info = pdf.docinfo
        if author is not None:
            info[Name.Author] = String(d.t(author, "hidden"))
        if title is not None:
            info[Name.Title] = String(d.t(title, "hidden"))
        if subject is not None:
            info[Name.Subject] = String(d.t(subject, "hidden"))
        if keywords is not None:
            info[Name.Keywords] = String(d.t(keywords, "hidden"))
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.t(xmp_creator, "hidden")]
        if outline:
            with pdf.open_outline() as ol:
                for ttl, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(d.t(ttl, "hidden"), pg))
        for pg, contents, who, rect in (notes or []):
            a = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                           Contents=String(d.t(contents, "hidden")), Open=False, Name=Name.Comment)
            if who:
                a[Name.T] = String(d.t(who, "hidden"))
            a = pdf.make_indirect(a)
            page = pdf.pages[pg]
            if "/Annots" not in page.obj:
                page.obj[Name.Annots] = Array()
            page.obj.Annots.append(a)
        if fields:
            acro = pdf.Root.get("/AcroForm")
            if acro is None:
                pdf.Root[Name.AcroForm] = Dictionary(Fields=Array())
                acro = pdf.Root.AcroForm
            for pg, nm, val, rect in fields:
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(nm),
                                                 V=String(d.t(val, "hidden")), Rect=Array(rect), F=4,
                                                 DA=String("/Helv 9 Tf 0 g")))
                page = pdf.pages[pg]
                w[Name.P] = page.obj
                if "/Annots" not in page.obj:
                    page.obj[Name.Annots] = Array()
                page.obj.Annots.append(w)
                acro.Fields.append(w)
        pdf.save(str(tmp))
    tmp.replace(path)
