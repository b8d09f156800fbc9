"""Builders and gold helpers for set WS (mixed244). Deterministic; invented persons only."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s244_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

PRODUCERS = {
    "word": ("Microsoft® Word voor Microsoft 365", "Microsoft® Word voor Microsoft 365"),
    "outlook": ("Microsoft Outlook", "Microsoft® Outlook® voor Microsoft 365"),
    "aspose": ("Aspose.PDF for .NET 23.4.0", "Aspose Ltd."),
    "itext": ("iText® 7.2.5 ©2000-2023 iText Group NV", "Key2Belastingen rapportage"),
    "nitro": ("Nitro Pro 13 (13.70.2.40)", "Nitro Pro 13"),
    "pdfpen": ("PDFpen 13.2", "PDFpen"),
    "scanner": ("Canon iR-ADV C5535 PDF", "Canon iR-ADV C5535"),
    "rl": (None, None),
    "lo": (None, None),
}


def R(kind, value, *probes, channel=None, ocr=False):
    ps = probes or (value,)
    it = {"kind": kind, "value": value, "probes": [{"text": p, "word": True, "after": 0} for p in ps]}
    if ocr:
        for p in it["probes"]:
            p["ocr"] = True
        it["channel"] = "ocr"
    if channel:
        it["channel"] = channel
    return it


def K(kind, *texts):
    return [(kind, t) for t in texts]


class Doc:
    def __init__(self, stem, title, blocks, redact, keep, kind="rl", font="Helvetica", producer="rl",
                 author=None, xmp_creator=None, outline=None, annots=None, fields=None, scan_pages=None,
                 rot=0.8, pagesize="A4", meta_title=None):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.redact, self.keep = redact, [k for grp in keep for k in grp] if keep and isinstance(keep[0], list) else keep
        self.kind, self.font, self.producer = kind, font, producer
        self.author, self.xmp_creator, self.outline, self.annots = author, xmp_creator, outline, annots
        self.fields, self.scan_pages, self.rot = fields, scan_pages, rot
        self.meta_title = meta_title or title

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True, parents=True)
        if self.kind == "rl":
            build_rl(self)
        elif self.kind == "docx":
            build_docx(self)
        elif self.kind == "scan":
            build_scan(self)
        elif self.kind == "form":
            build_form(self)
        postprocess(self)
        return self.path


# ----------------------------------------------------------------------------------------------
_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, fn in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuSansCond", "DejaVuSansCondensed.ttf"),
                     ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans"); addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSansCond", 0, 0, "DejaVuSansCond"); addMapping("DejaVuSansCond", 1, 0, "DejaVuSansCond-Bold")
    _FONTS_DONE = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSansCond": "DejaVuSansCond-Bold"}


def build_rl(d):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    f, fb = d.font, BOLD[d.font]
    base = ParagraphStyle("b", fontName=f, fontSize=9.6, leading=12.4, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8.4, leading=10.4, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=base, fontName=fb, fontSize=13, leading=16, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName=fb, fontSize=10.5, leading=13, spaceBefore=4)
    mono = ParagraphStyle("m", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    story = []
    for b in d.blocks:
        t = b[0]
        if t == "h":
            story.append(Paragraph(escape(b[1]), h1))
        elif t == "h2":
            story.append(Paragraph(escape(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), base))
        elif t == "hdr":  # mail header lines
            for line in b[1]:
                k, _, v = line.partition(":")
                story.append(Paragraph(f"<font name='{fb}'>{escape(k)}:</font>{escape(v)}", mono))
            story.append(Spacer(1, 5))
        elif t == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "t":
            rows = b[1]
            cw = b[2] if len(b) > 2 else None
            data = [[Paragraph(escape(str(c)), small) for c in r] for r in rows]
            tb = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.88, .91, .95)),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(d.path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.meta_title,
                            author=d.author or "", creator="", producer="")
    doc.build(story)


def build_docx(d):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans" if False else "DejaVu Sans"; st.font.size = Pt(10)
    for b in d.blocks:
        t = b[0]
        if t == "h":
            doc.add_heading(b[1], level=1)
        elif t == "h2":
            doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "hdr":
            for line in b[1]:
                p = doc.add_paragraph()
                k, _, v = line.partition(":")
                p.add_run(k + ":").bold = True
                p.add_run(v)
                p.paragraph_format.space_after = Pt(0)
        elif t == "sp":
            doc.add_paragraph("")
        elif t == "pb":
            doc.add_page_break()
        elif t == "t":
            rows = b[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = str(c)
            doc.add_paragraph("")
    cp = doc.core_properties
    cp.author = d.author or "Waterschap Zuiderveld"
    cp.last_modified_by = d.author or "Waterschap Zuiderveld"
    cp.title = d.meta_title
    cp.comments = ""
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s244_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(DOCS_DIR), str(src)], capture_output=True, timeout=180)


def build_scan(d):
    """Image-only pages: text rendered with PIL (handwriting-like italic), rotated, JPEG."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339  # 200 dpi A4
    c = canvas.Canvas(str(d.path), pagesize=A4)
    for pi, page in enumerate(d.scan_pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for line in page:
            style, txt = (line if isinstance(line, tuple) else ("hand", line))
            if style == "hand":
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
            elif style == "type":
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 30)
            elif style == "bold":
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 36)
            else:
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 32)
            if txt:
                dr.text((140, y), txt, fill=35 if style == "hand" else 20, font=fnt)
            y += 62 if style == "hand" else 50
        im = im.rotate(d.rot if pi % 2 == 0 else -d.rot * 0.7, resample=Image.BICUBIC, fillcolor=250, expand=False)
        buf = TMP / f"{d.stem}-{pi}.jpg"
        im.save(buf, "JPEG", quality=72)
        c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def build_form(d):
    """A fillable AcroForm: d.fields = [(label, name, value, y)], plus static blocks drawn as text."""
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(d.path), pagesize=A4)
    c.setTitle(d.meta_title)
    y = 800
    for b in d.blocks:
        if b[0] == "h":
            c.setFont("Helvetica-Bold", 13); c.drawString(60, y, b[1]); y -= 22
        elif b[0] == "p":
            c.setFont("Helvetica", 9.5)
            for line in b[1].split("\n"):
                c.drawString(60, y, line); y -= 13
            y -= 4
    y -= 6
    for label, name, value in d.fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + 5, label)
        c.acroForm.textfield(name=name, value=value, x=250, y=y, width=285, height=18, fontName="Helvetica",
                             fontSize=9.5, borderWidth=0.6, forceBorder=True)
        y -= 26
    y -= 10
    for b in d.blocks:
        if b[0] == "foot":
            c.setFont("Helvetica", 8.5)
            for line in b[1].split("\n"):
                c.drawString(60, y, line); y -= 11
    c.showPage()
    c.save()


def postprocess(d):
    import pikepdf
    prod, creator = PRODUCERS[d.producer]
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        if prod:
            info["/Producer"] = prod
            info["/Creator"] = creator
        elif d.kind in ("rl", "form", "scan"):
            info["/Producer"] = "ReportLab PDF Library - www.reportlab.com"
            info["/Creator"] = "BSZO documentgenerator"
        info["/Title"] = d.meta_title
        if d.author:
            info["/Author"] = d.author
        elif "/Author" in info:
            info["/Author"] = "Belastingsamenwerking Zuiderveld-Oost" if d.stem < "ws20" else "Waterschap Zuiderveld"
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.meta_title
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if d.annots:
            for pg, (x, y, who, text) in d.annots:
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(who),
                    Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                    M=pikepdf.String("D:20260311101500+01'00'"), F=4))
                page = pdf.pages[pg]
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(d.path)


# ----------------------------------------------------------------------------------------------
def make_gold(d, path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in d.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    for it in d.redact:
        ch = it.get("channel", "pdfium")
        for pr in it["probes"]:
            if ch == "pdfium":
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} in page text")
            if not ok:
                problems.append(f"{d.stem}: redact {pr['text']!r} not found in {ch}")
    # simulated redaction: blank every redact probe / value in the text
    masked = text
    vals = sorted({p["text"] for it in d.redact for p in it["probes"]} |
                  {it["value"] for it in d.redact}, key=len, reverse=True)
    for v in vals:
        masked = re.sub(re.escape(norm(v)), lambda m: "#" * len(m.group(0)), masked)
    keep = []
    seen = set()
    for kind, t in d.keep:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0 and kind.endswith("?"):
            continue
        kind = kind.rstrip("?")
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(masked, pr) != n:
            problems.append(f"{d.stem}: keep {t!r} overlaps a redact value")
            continue
        for v in vals:
            if norm(t) in norm(v) or (len(v) > 3 and norm(v) in norm(t)):
                problems.append(f"{d.stem}: keep {t!r} overlaps redact {v!r}")
                break
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": d.redact, "keep": keep}
    return gold, problems
