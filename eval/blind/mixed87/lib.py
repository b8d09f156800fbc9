"""Producers and gold helpers for set CS (eval/blind/mixed87).

Texts are written with inline markup:
    {{KIND:text}}   text to be withheld; becomes a redact probe (word=True) with after=0
    {{KIND:text|p1|p2}}  the same, but the probes are p1 and p2 (parts of text)
    [[k:text]]      text that must stay readable; becomes a keep probe whose 'after' is its count
                    in the original's PDFium text (k: o org, p place, h office holder, l law,
                    g programme, s street/public address, m mailbox, n general number,
                    r reference, d date, f job title, t term, u product)
    <<text>>        neither: rendered as is, no probe (ambiguous text a Woo team may treat either way)
The markup is stripped before rendering.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "_build"

KEEP_KINDS = {"o": "ORG", "p": "PLACE", "h": "OFFICE_HOLDER", "l": "LAW", "g": "PROGRAMME",
              "s": "STREET", "m": "MAILBOX", "n": "GENERAL_NUMBER", "r": "REFERENCE", "d": "DATE",
              "f": "JOB_TITLE", "t": "TERM", "u": "PRODUCT"}
RED_KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN",
             "D": "DATE_OF_BIRTH", "N": "PERSONAL_NUMBER", "H": "SPECIAL_CATEGORY", "K": "PARAPH",
             "X": "OTHER_PERSONAL"}

RX_RED = re.compile(r"\{\{([A-Z]):(.+?)\}\}")
RX_KEEP = re.compile(r"\[\[(?:([a-z]):)?(.+?)\]\]")
RX_NEU = re.compile(r"<<(.+?)>>")


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(2).split("|")[0], s)
    s = RX_KEEP.sub(lambda m: m.group(2), s)
    s = RX_NEU.sub(lambda m: m.group(1), s)
    return s


def masked(s: str) -> str:
    """Plain text with redact and neutral spans replaced by filler (for the overlap check)."""
    s = RX_RED.sub(lambda m: "\u2588" * len(m.group(2).split("|")[0]), s)
    s = RX_NEU.sub(lambda m: "\u2588" * len(m.group(1)), s)
    s = RX_KEEP.sub(lambda m: m.group(2), s)
    return s


PARTICLES = {"Van", "De", "Der", "Den", "Ter", "Ten", "El", "Ait", "Ben", "Mr", "Mevrouw", "Fam", "Dear"}
RX_TOKEN = re.compile(r"[A-Za-z\u00c0-\u017f][A-Za-z\u00c0-\u017f'-]*")


def person_parts(value: str) -> list:
    """Probes for a person's name: each first name and surname core on its own (so that a name half
    left readable is still found); initials, particles and titles are not probes by themselves. A value
    without such parts (initials only, a nickname of two capitals) is its own probe."""
    out = []
    for t in RX_TOKEN.findall(value):
        t = t.strip("-'")
        if not t or t in PARTICLES or t.capitalize() in PARTICLES and t.isupper():
            continue
        if not t[0].isupper():
            continue
        if t.isupper() and len(t) < 4:
            continue
        if len(t) < 3:
            continue
        out.append(t)
    return out or [value]


class Collector:
    def __init__(self):
        self.red = []      # (kind, text, extra)
        self.keep = []     # (kind, text)
        self.src = []      # raw markup strings seen

    def see(self, s: str) -> str:
        if not isinstance(s, str):
            return s
        self.src.append(s)
        for m in RX_RED.finditer(s):
            parts = m.group(2).split("|")
            kind = RED_KINDS[m.group(1)]
            probes = parts[1:] or (person_parts(parts[0]) if kind == "PERSON" else parts[:1])
            self.red.append((kind, parts[0], probes))
        for m in RX_KEEP.finditer(s):
            self.keep.append((KEEP_KINDS[m.group(1) or "t"], m.group(2)))
        return plain(s)


# ---------------------------------------------------------------- images: signatures, paraphs
FONT_HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
FONT_DKG = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"


def signature_png(text: str, seed: int, w=520, h=170, font=FONT_DKG, size=78) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, size)
    d.text((18, 18), text, font=f, fill=25)
    # a flourish under the name
    pts = [(10 + i * (w - 30) / 12, h - 40 + rnd.randint(-14, 14)) for i in range(13)]
    d.line(pts, fill=40, width=3)
    im = im.rotate(rnd.uniform(-5, 5), fillcolor=255, resample=Image.BICUBIC)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ---------------------------------------------------------------- reportlab producer
_FONTS_DONE = set()


def reg_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "DejaVuSans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                       "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                       "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
        "LibSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                     "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                     "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"),
        "Carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                    "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
                    "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf"),
        "LibMono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationMono-Italic.ttf"),
        "DejaVuCond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                       "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
                       "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"),
    }
    if _FONTS_DONE:
        return
    for fam, (r, b, i) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, r))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", b))
        pdfmetrics.registerFont(TTFont(fam + "-Italic", i))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-Bold")
    pdfmetrics.registerFont(TTFont("Hand", FONT_HAND))
    pdfmetrics.registerFont(TTFont("Dkg", FONT_DKG))
    _FONTS_DONE.add(1)


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def bold_of(font):
    return BOLD.get(font, font + "-Bold")


def rl_build(path: Path, blocks: list, col: Collector, font="Helvetica", size=10, pagesize=None,
             margins=(62, 56, 60, 56), header=None, footer=None, title=None, author=None,
             subject=None, bookmarks=None, annots=None, fields=None, lead=None, pagenum=True):
    """Render blocks with reportlab platypus.

    blocks: ('h', text) heading, ('h2', text), ('p', text), ('pb', text) bold paragraph, ('small', text),
    ('mono', text) preformatted, ('table', rows, widths[, opts]), ('sp', pts), ('img', png, w, h),
    ('br',) page break, ('hr',), ('kv', rows) two-column label table without grid.
    header/footer: strings drawn on every page (markup allowed).
    bookmarks: list of (title, key) -> outline entries at the start of page 1 (titles go to gold
    through the caller). annots: list of (page, text, author) sticky notes.
    fields: list of (name, value, x, y, w) AcroForm text fields on page 1.
    """
    reg_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    Preformatted, Image, PageBreak, HRFlowable)
    pagesize = pagesize or A4
    fb = bold_of(font)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.55)
    sth = ParagraphStyle("h", parent=st, fontName=fb, fontSize=size + 3, leading=(size + 3) * 1.25,
                         spaceBefore=6, spaceAfter=6)
    sth2 = ParagraphStyle("h2", parent=st, fontName=fb, fontSize=size + 0.5, spaceBefore=4, spaceAfter=3)
    stb = ParagraphStyle("pb", parent=st, fontName=fb)
    sts = ParagraphStyle("s", parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, spaceAfter=2)
    stc = ParagraphStyle("c", parent=st, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    stcb = ParagraphStyle("cb", parent=stc, fontName=fb)
    mono_font = "Courier" if font in ("Helvetica", "Times-Roman", "Courier") else "LibMono"

    def para(t, style=st):
        return Paragraph(escape(col.see(t)).replace("\n", "<br/>"), style)

    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            story.append(para(b[1], sth))
        elif k == "h2":
            story.append(para(b[1], sth2))
        elif k == "p":
            story.append(para(b[1]))
        elif k == "pb":
            story.append(para(b[1], stb))
        elif k == "small":
            story.append(para(b[1], sts))
        elif k == "mono":
            story.append(Preformatted(col.see(b[1]), ParagraphStyle("m", fontName=mono_font,
                                      fontSize=size - 1.5, leading=(size - 1.5) * 1.3)))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "br":
            story.append(PageBreak())
        elif k == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=3, spaceAfter=5))
        elif k == "img":
            story.append(Image(io.BytesIO(b[1]), width=b[2], height=b[3], hAlign=b[4] if len(b) > 4 else "LEFT"))
        elif k in ("table", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            opts = b[3] if len(b) > 3 else {}
            data = []
            for ri, r in enumerate(rows):
                row = []
                for c in r:
                    if isinstance(c, tuple) and c and c[0] == "img":
                        row.append(Image(io.BytesIO(c[1]), width=c[2], height=c[3]))
                    else:
                        bold = (k == "table" and ri == 0 and opts.get("head", True)) or \
                               (k == "kv" and opts.get("boldlabel", True) and r.index(c) == 0 if isinstance(c, str) else False)
                        row.append(para(c, stcb if bold else stc))
                data.append(row)
            t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if k == "table" else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if k == "table" and opts.get("grid", True):
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
                if opts.get("head", True):
                    sty += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("headbg", "#dfe6ee")))]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(k)

    hdr = col.see(header) if header else None
    ftr = col.see(footer) if footer else None

    def on_page(canv, doc):
        canv.saveState()
        w, h = pagesize
        if hdr:
            canv.setFont(font, size - 2)
            for i, line in enumerate(hdr.split("\n")):
                canv.drawString(margins[3], h - 34 - i * (size - 1), line)
        canv.setFont(font, size - 2.5)
        if ftr:
            canv.drawString(margins[3], 30, ftr.replace("{page}", str(doc.page)))
        elif pagenum:
            canv.drawRightString(w - margins[1], 30, f"Pagina {doc.page}")
        if doc.page == 1:
            if bookmarks:
                for i, (t, key) in enumerate(bookmarks):
                    canv.bookmarkPage(key)
                    canv.addOutlineEntry(t, key, level=0)
            if fields:
                form = canv.acroForm
                for (nm, val, x, y, fw) in fields:
                    form.textfield(name=nm, value=val, x=x, y=y, width=fw, height=12,
                                   fontName="Helvetica", fontSize=8, borderWidth=0.5,
                                   borderColor=colors.grey, fillColor=colors.white)
        if annots:
            for (pg, text, au) in annots:
                if pg == doc.page:
                    canv.textAnnotation(text, Rect=(w - 80, h - 120, w - 60, h - 100), addtopage=1,
                                        Author=au, name="Comment")
        canv.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins[3], rightMargin=margins[1],
                            topMargin=margins[0], bottomMargin=margins[2],
                            title=title or "", author=author or "", subject=subject or "",
                            creator="Microsoft Word" if font == "Carlito" else "")
    if lead:
        story = lead + story
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- docx -> LibreOffice producer
def docx_build(path_docx: Path, blocks: list, col: Collector, font="Carlito", size=10.5,
               header=None, footer=None, author=None, title=None, landscape=False):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    s = d.styles["Normal"]
    s.font.name = font
    s.font.size = Pt(size)
    s.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hn in ("Heading 1", "Heading 2"):
        hs = d.styles[hn]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0x15, 0x3d, 0x6b)
        hs.font.size = Pt(size + (4 if hn == "Heading 1" else 1.5))
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(1.8)
    if header:
        sec.header.paragraphs[0].text = col.see(header)
        sec.header.paragraphs[0].runs[0].font.size = Pt(size - 2)
    if footer:
        sec.footer.paragraphs[0].text = col.see(footer)
        sec.footer.paragraphs[0].runs[0].font.size = Pt(size - 2)
    cp = d.core_properties
    cp.author = author or ""
    cp.title = title or ""
    cp.last_modified_by = ""

    def add_par(t, bold=False, italic=False, sz=None, style=None):
        p = d.add_paragraph(style=style)
        lines = col.see(t).split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if sz:
                r.font.size = Pt(sz)
            if i < len(lines) - 1:
                r.add_break()
        p.paragraph_format.space_after = Pt(4)
        return p

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(col.see(b[1]), level=1)
        elif k == "h2":
            d.add_heading(col.see(b[1]), level=2)
        elif k == "p":
            add_par(b[1])
        elif k == "pb":
            add_par(b[1], bold=True)
        elif k == "small":
            add_par(b[1], sz=size - 2)
        elif k == "mono":
            p = add_par(b[1], sz=size - 1.5)
            for r in p.runs:
                r.font.name = "Liberation Mono"
        elif k == "sp":
            d.add_paragraph()
        elif k == "br":
            d.add_page_break()
        elif k == "hr":
            add_par("_" * 60, sz=7)
        elif k == "img":
            d.add_picture(io.BytesIO(b[1]), width=Pt(b[2]))
        elif k in ("table", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            opts = b[3] if len(b) > 3 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = d.styles["Table Grid"]
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    if widths:
                        cell.width = Pt(widths[ci])
                    if isinstance(c, tuple) and c[0] == "img":
                        cell.paragraphs[0].add_run().add_picture(io.BytesIO(c[1]), width=Pt(c[2]))
                        continue
                    lines = col.see(c).split("\n")
                    p = cell.paragraphs[0]
                    for li, line in enumerate(lines):
                        r_ = p.add_run(line)
                        r_.font.size = Pt(size - 1)
                        if (k == "table" and ri == 0 and opts.get("head", True)) or (k == "kv" and ci == 0):
                            r_.bold = True
                        if li < len(lines) - 1:
                            r_.add_break()
                    if k == "table" and ri == 0 and opts.get("head", True):
                        shade(cell, opts.get("headbg", "D9E2F3").lstrip("#"))
            d.add_paragraph()
        else:
            raise ValueError(k)
    path_docx.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path_docx))


def soffice_convert(docx_paths: list, outdir: Path):
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                       check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, dpi=200, angle=0.6, noise=10, quality=72):
    """Rasterise src_pdf, add rotation, speckle and JPEG artefacts; write an image-only PDF."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        pages = []
        for f in sorted(Path(td).glob("p*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(rnd.uniform(-angle, angle), fillcolor=255, resample=Image.BICUBIC, expand=False)
            px = im.load()
            w, h = im.size
            for _ in range(int(w * h * 0.0009)):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((0, 60, 120, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            # darker, greyish paper
            im = im.point(lambda v: int(v * 0.92 + 8))
            b = io.BytesIO()
            im.save(b, "JPEG", quality=quality)
            pages.append(Image.open(io.BytesIO(b.getvalue())))
        pages[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- hidden channels via pikepdf
def set_meta(pdf_path: Path, author=None, title=None, xmp_creator=None, subject=None, producer=None,
             creator_tool=None):
    import pikepdf
    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if producer is not None:
            pdf.docinfo["/Producer"] = producer
        if xmp_creator is not None or creator_tool is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if xmp_creator is not None:
                    m["dc:creator"] = xmp_creator
                if creator_tool is not None:
                    m["xmp:CreatorTool"] = creator_tool
        pdf.save(str(pdf_path))


def add_annots(pdf_path: Path, notes: list):
    """notes: (page_index, contents, author) as /Text annotations."""
    import pikepdf
    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        for i, (pi, contents, au) in enumerate(notes):
            page = pdf.pages[pi]
            w = float(page.mediabox[2])
            h = float(page.mediabox[3])
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[w - 70, h - 90 - 30 * i, w - 50, h - 70 - 30 * i],
                Contents=pikepdf.String(contents), T=pikepdf.String(au), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(pdf_path))


def add_outline(pdf_path: Path, titles: list):
    import pikepdf
    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for (t, pi) in titles:
                ol.root.append(pikepdf.OutlineItem(t, pi))
        pdf.save(str(pdf_path))
