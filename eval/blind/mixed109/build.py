"""Rendering machinery for set HA (eval/blind/mixed109): inline markup -> PDF + gold.

Markup inside any text:  [[X:text]]  redact probe (X = kind letter, optional; default PERSON,
'@' -> EMAIL), {{Y:text}} keep probe (Y optional; default ORG). Markers are stripped before
rendering; every marked string becomes one probe (deduplicated per document).
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

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "PERSONNEL_NUMBER", "K": "LICENCE_PLATE", "S": "SPECIAL_CATEGORY",
         "G": "SIGNATURE", "H": "PARAPH", "X": "OTHER_ID"}
KKIND = {"O": "ORG", "L": "PLACE", "W": "LAW", "R": "OFFICE_HOLDER", "C": "CASE_NUMBER",
         "F": "FUNCTIONAL_MAILBOX", "U": "GENERAL_NUMBER", "D": "DATE", "J": "JOB_TITLE",
         "M": "PROGRAMME", "A": "PUBLIC_ADDRESS", "S": "STREET"}
MARK = re.compile(r"\[\[(?:([A-Z]):)?(.+?)\]\]|\{\{(?:([A-Z]):)?(.+?)\}\}")


class Collector:
    def __init__(self):
        self.redact: dict[str, dict] = {}
        self.keep: dict[str, dict] = {}

    def strip(self, s: str, channel: str = "text") -> str:
        def rep(m):
            if m.group(2) is not None:
                t = m.group(2)
                kind = RKIND[m.group(1)] if m.group(1) else ("EMAIL" if "@" in t else "PERSON")
                if t not in self.redact:
                    self.redact[t] = {"kind": kind, "channel": channel}
                return t
            t = m.group(4)
            kind = KKIND[m.group(3)] if m.group(3) else "ORG"
            if channel == "text" and t not in self.keep:
                self.keep[t] = {"kind": kind}
            return t
        return MARK.sub(rep, s)


# ---------------------------------------------------------------- fonts
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/"
_FAM = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "LibSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
}
for fam, (r, b) in _FAM.items():
    pdfmetrics.registerFont(TTFont(fam, FONTDIR + r))
    pdfmetrics.registerFont(TTFont(fam + "-B", FONTDIR + b))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam)
    addMapping(fam, 1, 1, fam + "-B")
pdfmetrics.registerFont(TTFont("Femke", FONTDIR + "femkeklaver/femkeklaver.ttf"))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def bold_of(font):
    return BOLD.get(font, font + "-B")


# ---------------------------------------------------------------- reportlab (platypus) documents
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,  # noqa: E402
                                PageBreak)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_rl(doc: dict, col: Collector, path: Path):
    font = doc.get("font", "DejaVuSans")
    size = doc.get("size", 10)
    ps = landscape(A4) if doc.get("landscape") else A4
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    small = ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    head = ParagraphStyle("h", parent=base, fontName=bold_of(font), fontSize=size + 3, leading=(size + 3) * 1.3,
                          spaceBefore=4, spaceAfter=6)
    sub = ParagraphStyle("h2", parent=base, fontName=bold_of(font), fontSize=size + 0.5, spaceBefore=4, spaceAfter=3)
    mono = ParagraphStyle("m", parent=base, fontName=doc.get("mono", "Courier"), fontSize=size - 1,
                          leading=(size - 1) * 1.25, spaceAfter=1)
    sig = ParagraphStyle("g", parent=base, fontName="Femke", fontSize=20, leading=24, spaceAfter=2)
    story = []
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "p":
            story.append(Paragraph(esc(col.strip(blk[1])), base))
        elif kind == "s":
            story.append(Paragraph(esc(col.strip(blk[1])), small))
        elif kind == "h":
            story.append(Paragraph(esc(col.strip(blk[1])), head))
        elif kind == "h2":
            story.append(Paragraph(esc(col.strip(blk[1])), sub))
        elif kind == "m":  # monospace lines, kept as is
            for line in blk[1].strip("\n").split("\n"):
                story.append(Paragraph(esc(col.strip(line)).replace(" ", "&nbsp;") or "&nbsp;", mono))
        elif kind == "lines":  # one paragraph per line, no space after
            for line in blk[1].strip("\n").split("\n"):
                story.append(Paragraph(esc(col.strip(line)) or "&nbsp;", small if blk[2:] and blk[2] == "small"
                                       else ParagraphStyle("l", parent=base, spaceAfter=0)))
        elif kind == "sig":
            story.append(Paragraph(esc(col.strip(blk[1])), sig))
        elif kind == "sp":
            story.append(Spacer(1, blk[1] if len(blk) > 1 else 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("kv", "table"):
            rows = blk[1]
            cst = ParagraphStyle("c", parent=base, fontSize=blk[3] if len(blk) > 3 and blk[3] else size - 1,
                                 leading=(blk[3] if len(blk) > 3 and blk[3] else size - 1) * 1.2, spaceAfter=0)
            chead = ParagraphStyle("ch", parent=cst, fontName=bold_of(font))
            data = []
            for ri, r in enumerate(rows):
                st = chead if (kind == "table" and ri == 0) or (kind == "kv") else cst
                cells = []
                for ci, c in enumerate(r):
                    s2 = chead if (kind == "kv" and ci == 0) or (kind == "table" and ri == 0) else cst
                    cells.append(Paragraph(esc(col.strip(c)), s2))
                data.append(cells)
            widths = [w * mm for w in blk[2]] if len(blk) > 2 and blk[2] else None
            t = Table(data, colWidths=widths, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
            if kind == "table":
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    header = col.strip(doc.get("header", ""))
    footer = col.strip(doc.get("footer", ""))

    def deco(c, d):
        c.saveState()
        w, h = ps
        if header:
            c.setFont(bold_of(font), 9)
            c.drawString(20 * mm, h - 14 * mm, header)
            c.setLineWidth(0.5)
            c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
        c.setFont(font, 7.5)
        c.drawString(20 * mm, 10 * mm, footer)
        c.drawRightString(w - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=22 * mm, bottomMargin=18 * mm, title=doc.get("title", ""),
                           author=doc.get("rl_author", ""), creator=doc.get("creator", ""))
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- form document (AcroForm)
def render_form(doc: dict, col: Collector, path: Path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc.get("title", ""))
    w, h = A4
    y = h - 25 * mm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20 * mm, y, col.strip(doc["form_title"]))
    y -= 8 * mm
    c.setFont("Helvetica", 9)
    for line in doc["intro"]:
        c.drawString(20 * mm, y, col.strip(line))
        y -= 5 * mm
    y -= 4 * mm
    form = c.acroForm
    for i, (label, value) in enumerate(doc["fields"]):
        c.setFont("Helvetica", 9.5)
        c.drawString(20 * mm, y + 1.5 * mm, col.strip(label))
        v = col.strip(value, channel="annotations")
        form.textfield(name=f"veld{i + 1}", tooltip=norm(col.strip(label)), x=75 * mm, y=y - 0.5 * mm,
                       width=115 * mm, height=7 * mm, value=v, fontName="Helvetica", fontSize=9,
                       borderWidth=0.5, forceBorder=True)
        y -= 10 * mm
    y -= 4 * mm
    for line in doc["after"]:
        c.setFont("Helvetica", 9.5)
        c.drawString(20 * mm, y, col.strip(line))
        y -= 5.5 * mm
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 10 * mm, col.strip(doc.get("footer", "")))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- scans
def render_scan(doc: dict, col: Collector, path: Path, seed: int):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    dpi = 150
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fonts = {
        "n": ImageFont.truetype(FONTDIR + doc.get("scan_font", "liberation2/LiberationSerif-Regular.ttf"), 25),
        "b": ImageFont.truetype(FONTDIR + doc.get("scan_bold", "liberation2/LiberationSerif-Bold.ttf"), 30),
        "g": ImageFont.truetype(FONTDIR + "femkeklaver/femkeklaver.ttf", 44),
    }
    y = 140
    x0 = 150
    for line in doc["lines"]:
        style = "n"
        if line.startswith("#"):
            style, line = "b", line[1:]
        elif line.startswith("~"):
            style, line = "g", line[1:]
        t = col.strip(line, channel="ocr")
        d.text((x0, y), t, fill=25, font=fonts[style])
        y += {"n": 38, "b": 48, "g": 60}[style]
    rnd = random.Random(seed)
    img = img.rotate(doc.get("rot", 0.6), resample=Image.BICUBIC, fillcolor=245)
    px = img.load()
    for _ in range(W * H // 60):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((120, 180, 235))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc.get("title", "scan"))
    c.setCreator("Canon iR-ADV C5535 scan")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- docx via LibreOffice
def render_docx(doc: dict, col: Collector, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("docx_font", "Liberation Serif")
    st.font.size = Pt(11)
    d.core_properties.author = col.strip(doc.get("docx_author", ""))
    d.core_properties.title = doc.get("title", "")
    for blk in doc["blocks"]:
        if blk[0] == "p":
            d.add_paragraph(col.strip(blk[1]))
        elif blk[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(col.strip(blk[1]))
            r.bold = True
            r.font.size = Pt(13)
        elif blk[0] == "lines":
            p = d.add_paragraph()
            ls = blk[1].strip("\n").split("\n")
            for i, line in enumerate(ls):
                r = p.add_run(col.strip(line))
                if i < len(ls) - 1:
                    r.add_break()
        elif blk[0] == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = col.strip(c)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ha_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], check=True, capture_output=True,
                       timeout=180)
        (Path(td) / (path.stem + ".pdf")).replace(path)


# ---------------------------------------------------------------- hidden channels
def post_hidden(doc: dict, col: Collector, path: Path):
    import pikepdf
    h = doc.get("hidden", {})
    if not h:
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if "author" in h:
        pdf.docinfo["/Author"] = col.strip(h["author"], channel="metadata")
    if "subject" in h:
        pdf.docinfo["/Subject"] = col.strip(h["subject"], channel="metadata")
    if "xmp_creator" in h:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = [col.strip(x, channel="metadata") for x in h["xmp_creator"]]
            m["dc:title"] = doc.get("title", "")
    if "outline" in h:
        with pdf.open_outline() as ol:
            for title, page in h["outline"]:
                ol.root.append(pikepdf.OutlineItem(col.strip(title, channel="outline"), page))
    if "annots" in h:
        for (page, x, y, author, text) in h["annots"]:
            pg = pdf.pages[page]
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=pikepdf.Array([x, y, x + 18, y + 18]),
                                   Contents=pikepdf.String(col.strip(text, channel="annotations")),
                                   T=pikepdf.String(col.strip(author, channel="annotations")),
                                   Name=pikepdf.Name.Comment, F=4)
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pikepdf.Array()
            pg.obj.Annots.append(pdf.make_indirect(a))
    pdf.save(str(path))
    pdf.close()


# ---------------------------------------------------------------- build one document + gold
def build(doc: dict, seed: int = 0) -> dict:
    col = Collector()
    path = DOCS_DIR / f"{doc['id']}.pdf"
    prod = doc.get("producer", "rl")
    if prod == "rl":
        render_rl(doc, col, path)
    elif prod == "form":
        render_form(doc, col, path)
    elif prod == "scan":
        render_scan(doc, col, path, seed)
    elif prod == "docx":
        render_docx(doc, col, path)
    post_hidden(doc, col, path)
    text, npages = text_pdfium(path)
    # text with every redact probe blanked: keep probes are counted where they survive a perfect redaction
    blanked = text
    rprobes = []
    for t, info in col.redact.items():
        p = {"text": t, "word": True, "after": 0}
        if info["channel"] == "ocr":
            p["ocr"] = True
        p["channel"] = info["channel"]
        rprobes.append((info["kind"], t, p))
    dropped = []
    if prod == "scan":
        from evaluate import ocr_text, ocr_count, image_pages
        with tempfile.TemporaryDirectory() as td:
            ent = ocr_text(path, Path(td), image_pages(path))
        keep_r = []
        for k, t, p in rprobes:
            (keep_r if ocr_count(ent, p) > 0 else dropped).append((k, t, p))
        rprobes = keep_r
    for _, t, p in sorted(rprobes, key=lambda x: -len(x[1])):
        from evaluate import probe_regex
        blanked = probe_regex(t, True).sub(lambda m: "\u2588" * len(m.group(0)), blanked)
    problems = []
    keep = []
    for t, info in col.keep.items():
        p = {"text": t, "word": True}
        n = count_in(text, p)
        nb = count_in(blanked, p)
        if n == 0:
            problems.append(f"keep probe {t!r} not in text")
            continue
        if n != nb:
            problems.append(f"keep probe {t!r} overlaps a redact probe ({n} vs {nb})")
        p["after"] = n
        keep.append({"kind": info["kind"], "value": t, "probes": [p]})
    redact = [{"kind": k, "value": t, "probes": [p]} for k, t, p in rprobes]
    for k, t, p in rprobes:
        if p["channel"] == "text" and count_in(text, p) == 0:
            problems.append(f"redact probe {t!r} not in PDFium text")
    gold = {"doc": path.name, "pages": npages, "redact": redact, "keep": keep}
    (GOLD_DIR / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return {"id": doc["id"], "pages": npages, "redact": len(redact), "keep": len(keep), "problems": problems,
            "dropped": [t for _, t, _ in dropped]}
