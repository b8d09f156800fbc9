"""Shared machinery for set BB (mixed243): markup, renderers, gold derivation.

Markup inside document text:
  [[text|K]]  personal data to redact (K: kind code, default P)
  {{text|K}}  public text to keep (K: kind code, default O)
The renderers print the text without the marks; gold is derived from the marks.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402,F401

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "D": "DATE_OF_BIRTH", "N": "ID_NUMBER",
         "I": "IBAN", "B": "BSN", "K": "KVK", "H": "HEALTH", "U": "USERNAME", "C": "PARAPH", "X": "OTHER"}
KKIND = {"O": "ORG", "L": "PLACE", "R": "REFERENCE", "W": "LAW", "F": "PUBLIC_OFFICIAL", "J": "JOB_TITLE",
         "M": "MAILBOX", "G": "PHONE_GENERAL", "Q": "PRODUCT", "Z": "NOT_A_PERSON", "C": "PROGRAMME",
         "S": "STREET", "D": "DATE", "A": "AMOUNT"}

MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z]))?\]\]|\{\{(.+?)(?:\|([A-Z]))?\}\}")


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1) is not None:
            yield "r", m.group(1), m.group(2) or "P"
        else:
            yield "k", m.group(3), m.group(4) or "O"


def block_texts(blocks):
    for b in blocks:
        if b[0] in ("h", "p", "pre", "small", "right", "sig", "hand"):
            yield b[1]
        elif b[0] == "table":
            for row in b[1]:
                for c in row:
                    yield c


@dataclass
class Doc:
    stem: str
    title: str
    blocks: list
    engine: str = "rl"            # rl | docx | scan
    font: str = "Helvetica"       # Helvetica | Times | DejaVu | DejaVuSerif
    producer: str = "ReportLab PDF Library - www.reportlab.com"
    creator: str = ""
    author: str = ""              # Info /Author (text as given; mark with [[...]] for a hidden probe)
    xmp_creator: str = ""         # XMP dc:creator (same)
    outline: list = field(default_factory=list)   # [(title with marks, page index)]
    annots: list = field(default_factory=list)    # [(page, author, contents)]
    fields: list = field(default_factory=list)    # [(name, label, value)] AcroForm on page 1
    landscape: bool = False
    scan_font: str = "DejaVuSans-Oblique.ttf"
    angle: float = 0.6
    keeps: list = field(default_factory=list)     # extra keep strings (with optional |K) present in the text
    reds: list = field(default_factory=list)      # extra redact strings (with optional |K) present in the text

    # ------------------------------------------------------------------
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine == "docx":
            build_docx(self, out)
        elif self.engine == "scan":
            build_scan(self, out)
        else:
            build_rl(self, out)
        finalize(self, out)
        return out


# ----------------------------------------------------------------------------------------------
# reportlab
# ----------------------------------------------------------------------------------------------
_FONTS_DONE = False


def _reg_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for fam, base in (("DejaVu", "DejaVuSans"), ("DejaVuSerif", "DejaVuSerif")):
        pdfmetrics.registerFont(TTFont(fam, str(FONT_DIR / f"{base}.ttf")))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", str(FONT_DIR / f"{base}-Bold.ttf")))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")
    _FONTS_DONE = True


def _esc(s):
    return plain(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab import rl_config
    rl_config.invariant = 1
    _reg_fonts()
    base = d.font
    bold = {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold"}.get(base, base + "-Bold")
    reg = {"Times": "Times-Roman"}.get(base, base)
    st = ParagraphStyle("b", fontName=reg, fontSize=10, leading=13, spaceAfter=5)
    sth = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=16, spaceAfter=6, spaceBefore=4)
    sts = ParagraphStyle("s", fontName=reg, fontSize=8.5, leading=10.5, spaceAfter=3)
    str_ = ParagraphStyle("r", parent=st, alignment=2)
    stc = ParagraphStyle("c", fontName=reg, fontSize=8.5, leading=10.5)
    stcb = ParagraphStyle("cb", fontName=bold, fontSize=8.5, leading=10.5)
    ps = landscape(A4) if d.landscape else A4
    story = []
    for b in d.blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(_esc(b[1]), sth))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), st))
        elif k == "small":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), sts))
        elif k == "right":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), str_))
        elif k == "sig":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), st))
        elif k == "pre":
            story.append(Preformatted(plain(b[1]), ParagraphStyle("m", fontName="Courier" if base in (
                "Helvetica", "Times") else "DejaVu", fontSize=8.5, leading=10.5, spaceAfter=6)))
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = [[Paragraph(_esc(c), stcb if i == 0 else stc) for c in row] for i, row in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))

    def on_page(c, doc_):
        if d.fields and doc_.page == 1:
            y = ps[1] - 60 * mm
            for name, label, value in d.fields:
                c.setFont(reg, 9)
                c.drawString(22 * mm, y + 2 * mm, plain(label))
                c.acroForm.textfield(name=name, tooltip=plain(label), value=plain(value), x=75 * mm,
                                     y=y, width=110 * mm, height=7 * mm, fontName="Helvetica",
                                     fontSize=9, borderWidth=0.5)
                y -= 10 * mm

    top = 70 * mm + len(d.fields) * 10 * mm if d.fields else 20 * mm
    doc = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=top,
                            bottomMargin=18 * mm, title=plain(d.title), author="", creator=d.creator)
    if d.fields:
        from reportlab.platypus import PageTemplate, Frame
        f1 = Frame(20 * mm, 18 * mm, ps[0] - 40 * mm, ps[1] - top - 18 * mm, id="f1")
        f2 = Frame(20 * mm, 18 * mm, ps[0] - 40 * mm, ps[1] - 38 * mm, id="f2")
        doc.addPageTemplates([PageTemplate("first", frames=[f1], onPage=on_page, autoNextPageTemplate="later"),
                              PageTemplate("later", frames=[f2])])
        doc.build(story)
    else:
        doc.build(story)


# ----------------------------------------------------------------------------------------------
# python-docx -> soffice
# ----------------------------------------------------------------------------------------------
def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt
    tmp = Path(f"/tmp/s243_docx")
    tmp.mkdir(exist_ok=True)
    doc = docx.Document()
    stl = doc.styles["Normal"]
    stl.font.name = "DejaVu Serif" if d.font == "DejaVuSerif" else "DejaVu Sans"
    stl.font.size = Pt(10)
    for b in d.blocks:
        k = b[0]
        if k == "h":
            doc.add_heading(plain(b[1]), level=2)
        elif k in ("p", "small", "sig", "right", "pre"):
            p = doc.add_paragraph()
            lines = plain(b[1]).split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "pb":
            doc.add_page_break()
        elif k == "sp":
            doc.add_paragraph("")
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = plain(c)
    doc.core_properties.author = ""
    doc.core_properties.title = plain(d.title)
    src = tmp / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s243_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
    (tmp / f"{d.stem}.pdf").replace(out)


# ----------------------------------------------------------------------------------------------
# image-only scans
# ----------------------------------------------------------------------------------------------
def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rnd = random.Random(d.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    pages = [[]]
    for b in d.blocks:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    c = canvas.Canvas(str(out), pagesize=A4)
    for pi, blocks in enumerate(pages):
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 150
        for b in blocks:
            k = b[0]
            if k == "sp":
                y += b[1] * 16
                continue
            hand = k == "hand"
            fname = d.scan_font if hand else ("DejaVuSerif.ttf" if d.font == "DejaVuSerif" else "DejaVuSans.ttf")
            size = 40 if hand else (38 if k == "h" else 31)
            if k == "h":
                fname = fname.replace(".ttf", "-Bold.ttf")
            font = ImageFont.truetype(str(FONT_DIR / fname), size)
            if k == "table":
                for row in b[1]:
                    x = 140
                    widths = b[2]
                    for cell, w in zip(row, widths):
                        dr.text((x, y), plain(cell), font=font, fill=20)
                        x += int(w * 7.9)
                    dr.line((140, y + size + 10, W - 140, y + size + 10), fill=120, width=2)
                    y += size + 26
                y += 20
                continue
            for line in plain(b[1]).split("\n"):
                dr.text((140 + (rnd.randint(0, 10) if hand else 0), y), line, font=font,
                        fill=(35 if hand else 15))
                y += int(size * 1.5)
            y += 18
        img = img.rotate(d.angle * (1 if pi % 2 == 0 else -1), resample=Image.BICUBIC, fillcolor=245)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=80)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------
# metadata, outline, annotations
# ----------------------------------------------------------------------------------------------
def finalize(d: Doc, out: Path):
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = plain(d.title)
            if d.xmp_creator:
                meta["dc:creator"] = [plain(d.xmp_creator)]
            meta["pdf:Producer"] = d.producer
            if d.creator:
                meta["xmp:CreatorTool"] = d.creator
        pdf.docinfo["/Producer"] = d.producer
        if d.creator:
            pdf.docinfo["/Creator"] = d.creator
        pdf.docinfo["/Title"] = plain(d.title)
        if d.author:
            pdf.docinfo["/Author"] = plain(d.author)
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pg))
        for pg, who, txt in d.annots:
            page = pdf.pages[pg]
            mb = page.mediabox
            y = float(mb[3]) - 90 - 40 * (len(page.obj["/Annots"]) if "/Annots" in page.obj else 0)
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[float(mb[2]) - 60, y, float(mb[2]) - 40, y + 20],
                                       T=pikepdf.String(plain(who)), Contents=pikepdf.String(plain(txt)),
                                       Name=pikepdf.Name.Comment, C=[1, 0.85, 0.2])
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj["/Annots"].append(pdf.make_indirect(annot))
        pdf.save(out, fix_metadata_version=False, deterministic_id=True)


# ----------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------
def _hidden_sources(d: Doc):
    src = []
    if d.author:
        src.append(("metadata", d.author))
    if d.xmp_creator:
        src.append(("metadata", d.xmp_creator))
    for t, _ in d.outline:
        src.append(("outline", t))
    for _, who, txt in d.annots:
        src.append(("annotations", who))
        src.append(("annotations", txt))
    for _, _, v in d.fields:
        src.append(("annotations", v))
    return src


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact, keep = {}, {}
    texts = list(block_texts(d.blocks)) + [d.title]
    texts += ["{{%s}}" % k for k in d.keeps] + ["[[%s]]" % r for r in d.reds]
    ocr = d.engine == "scan"
    for t in texts:
        for kind, val, code in marks(t):
            if kind == "r":
                key = (val, "ocr" if ocr else None)
                redact.setdefault(key, RKIND[code])
            else:
                keep.setdefault(val, KKIND[code])
    for ch, t in _hidden_sources(d):
        for kind, val, code in marks(t):
            if kind == "r":
                if (val, None) in redact or (val, "ocr") in redact:
                    continue  # also in the page text: the text probe covers it
                redact.setdefault((val, ch), RKIND[code])
    chans = None
    if any(c in ("metadata", "outline", "annotations", "ocr") for (_, c) in redact):
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    # simulated redaction: remove every redact probe from the text, then keep counts must not change
    red_text = text
    for (val, ch) in redact:
        if ch is None:
            red_text = re.sub(re.escape(norm(val)), "\u2588", red_text)
    for (val, ch), kindname in redact.items():
        pr = {"text": val, "word": True, "after": 0}
        item = {"kind": kindname, "value": val, "probes": [pr]}
        if ch == "ocr":
            pr["ocr"] = True
            item["channel"] = "ocr"
            ok = channel_counts(chans, pr).get("ocr", 0) > 0
        elif ch:
            item["channel"] = ch
            ok = channel_counts(chans, pr).get(ch, 0) > 0
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {val!r} also in text")
        else:
            ok = count_in(text, pr) > 0
        if not ok:
            problems.append(f"{d.stem}: redact {val!r} not found in {ch or 'pdfium'}")
        gold["redact"].append(item)
    for val, kindname in keep.items():
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {val!r} not in text")
            continue
        if count_in(red_text, pr) != n:
            problems.append(f"{d.stem}: keep {val!r} overlaps a redact value")
        pr["after"] = n
        gold["keep"].append({"kind": kindname, "value": val, "probes": [pr]})
    return gold, problems
