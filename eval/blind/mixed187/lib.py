"""Builders and gold maker for set VG (eval/blind/mixed187).

Content markup: «text» or «text|KIND» = redact probe (word-anchored); ‹text› or ‹text|KIND› = keep probe
(its 'after' is counted on the original's PDFium text). Hidden-channel redact items are given per doc.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, text_pdfium, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # reproducible dates and IDs in the reportlab documents
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s187_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

MARK = re.compile(r"«([^«»]+)»|‹([^‹›]+)›")


def strip(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def marks(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1):
            t, _, k = m.group(1).partition("|")
            red.append((t, k or guess_kind(t)))
        else:
            t, _, k = m.group(2).partition("|")
            keep.append((t, k or "ORG"))
    return red, keep


def guess_kind(t: str) -> str:
    if "@" in t:
        return "EMAIL"
    if re.match(r"NL\d\d[A-Z]{4}", t.replace(" ", "")):
        return "IBAN"
    digits = sum(c.isdigit() for c in t)
    if digits >= 6:
        return "PHONE" if re.match(r"(\+|0)", t) else "ID"
    return "PERSON"


def all_strings(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield b
        elif isinstance(b, tuple) and b[0] == "table":
            for row in b[1]:
                for c in row:
                    yield c


class Doc:
    def __init__(self, stem, blocks, builder="rl", font="helv", producer=None, creator=None, author=None,
                 xmp_creator=None, title=None, outline=None, annots=None, hidden=None, form=None,
                 scan_font="serif", footer=None, rotate=0.6):
        self.stem, self.blocks, self.builder, self.font = stem, blocks, builder, font
        self.producer, self.creator, self.author, self.xmp_creator, self.title = producer, creator, author, xmp_creator, title
        self.outline, self.annots, self.hidden, self.form = outline or [], annots or [], hidden or [], form
        self.scan_font, self.footer, self.rotate = scan_font, footer, rotate

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}.raw.pdf"
        if self.builder == "rl":
            build_rl(self, raw)
        elif self.builder == "docx":
            build_docx(self, raw)
        elif self.builder == "scan":
            build_scan(self, raw)
        postprocess(self, raw, out)
        return out


# ---------------------------------------------------------------------- reportlab
def fonts(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        return "DV", "DV-B"
    if font == "dvserif":
        for n, f in (("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        return "DVS", "DVS-B"
    if font == "times":
        return "Times-Roman", "Times-Bold"
    return "Helvetica", "Helvetica-Bold"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d: Doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    reg, bold = fonts(d.font)
    st = ParagraphStyle("b", fontName=reg, fontSize=9.5, leading=12.5, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=13, leading=16, spaceAfter=6, spaceBefore=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceAfter=3, spaceBefore=5)
    mono = ParagraphStyle("m", fontName=reg, fontSize=8.5, leading=10.5, spaceAfter=1)
    cell = ParagraphStyle("c", fontName=reg, fontSize=8.2, leading=10)
    story = []
    for b in d.blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = [[Paragraph(esc(strip(c)), cell) for c in r] for r in b[1]]
            widths = [w * mm for w in b[2]] if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 5)]
        elif b == "PAGEBREAK":
            story.append(PageBreak())
        elif b.startswith("# "):
            story.append(Paragraph(esc(strip(b[2:])), h1))
        elif b.startswith("## "):
            story.append(Paragraph(esc(strip(b[3:])), h2))
        elif b.startswith("> "):
            story.append(Paragraph(esc(strip(b[2:])), mono))
        else:
            story.append(Paragraph(esc(strip(b)).replace("\n", "<br/>"), st))

    def onpage(c, doc):
        c.saveState()
        c.setFont(reg, 7)
        if d.footer:
            c.drawString(20 * mm, 10 * mm, strip(d.footer))
        c.drawRightString(190 * mm, 10 * mm, f"Pagina {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=d.title or "", author=d.author or "",
                            creator=d.creator or "", producer=d.producer or "")
    if d.form:
        build_form(d, path, reg, bold)
        return
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def build_form(d, path, reg, bold):
    """One-page AcroForm: d.form = list of (label, fieldname, value) after the header blocks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(d.author or "")
    c.setTitle(d.title or "")
    c.setCreator(d.creator or "")
    c.setProducer(d.producer or "")
    y = 800
    for b in d.blocks:
        if b.startswith("# "):
            c.setFont(bold, 13)
            c.drawString(60, y, strip(b[2:]))
            y -= 20
        else:
            c.setFont(reg, 9)
            for line in strip(b).split("\n"):
                c.drawString(60, y, line)
                y -= 13
    y -= 6
    for label, name, value in d.form:
        c.setFont(reg, 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=250, y=y, width=280, height=16, fontName="Helvetica",
                             fontSize=9, borderWidth=0.5)
        y -= 24
    c.setFont(reg, 8)
    c.drawString(60, 60, "NVWA - Meldpunt dierziekten, telefoon 045-5463188 (24/7) - formulier MDZ-01 versie 2026.1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc, path: Path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title or ""
    s = doc.styles["Normal"]
    s.font.name = "DejaVu Sans"
    s.font.size = Pt(9.5)
    for b in d.blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = strip(c)
            doc.add_paragraph("")
        elif b == "PAGEBREAK":
            doc.add_page_break()
        elif b.startswith("# "):
            doc.add_heading(strip(b[2:]), level=1)
        elif b.startswith("## "):
            doc.add_heading(strip(b[3:]), level=2)
        else:
            doc.add_paragraph(strip(b.lstrip("> ")) if b.startswith("> ") else strip(b))
    dx = TMP / f"{d.stem}.docx"
    doc.save(dx)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s187_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(dx)], check=True, capture_output=True, timeout=180)
    (TMP / f"{d.stem}.pdf").rename(path)


# ---------------------------------------------------------------------- scans
def build_scan(d: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    fam = {"serif": "DejaVuSerif.ttf", "sans": "DejaVuSans.ttf", "mono": "DejaVuSansMono.ttf"}[d.scan_font]
    f = ImageFont.truetype(DEJAVU + fam, 34)
    fb = ImageFont.truetype(DEJAVU + fam.replace(".ttf", "-Bold.ttf"), 40)
    fh = ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 44)
    y = 150
    for b in d.blocks:
        if isinstance(b, tuple) and b[0] == "table":
            widths = b[2]
            for r in b[1]:
                x = 130
                for c, w in zip(r, widths):
                    fnt = fh if c.startswith("~") else f
                    dr.text((x, y), strip(c.lstrip("~")), font=fnt, fill=25)
                    x += int(w * 7.8)
                dr.line((130, y + 50, W - 130, y + 50), fill=120, width=2)
                y += 62
            y += 20
            continue
        if b.startswith("# "):
            dr.text((130, y), strip(b[2:]), font=fb, fill=20)
            y += 70
            continue
        fnt = fh if b.startswith("~") else f
        for line in strip(b.lstrip("~")).split("\n"):
            dr.text((130, y), line, font=fnt, fill=30)
            y += 50 if fnt is f else 58
        y += 18
    img = img.rotate(d.rotate, resample=Image.BICUBIC, fillcolor=240).filter(ImageFilter.GaussianBlur(0.6))
    bio = TMP / f"{d.stem}.jpg"
    img.save(bio, "JPEG", quality=72)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setProducer(d.producer or "")
    c.setCreator(d.creator or "")
    c.drawImage(str(bio), 0, 0, width=A4[0], height=A4[1])
    if d.footer:
        c.setFont("Helvetica", 6.5)
        c.drawString(30, 12, strip(d.footer))
    c.showPage()
    c.save()


# ---------------------------------------------------------------------- pikepdf post-processing
def postprocess(d: Doc, raw: Path, out: Path):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    with pikepdf.open(str(raw)) as pdf:
        if d.producer:
            pdf.docinfo["/Producer"] = d.producer
        if d.creator:
            pdf.docinfo["/Creator"] = d.creator
        if d.author is not None and d.builder != "docx":
            pdf.docinfo["/Author"] = d.author
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [d.xmp_creator]
                if d.producer:
                    md["pdf:Producer"] = d.producer
        if d.outline:
            with pdf.open_outline() as ol:
                for title, page in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for (pg, x, y, author, contents) in d.annots:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                             T=String(author), Contents=String(contents), Name=Name.Comment,
                                             C=Array([1, 0.85, 0.2]), F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = [], []
    for s in all_strings(d.blocks):
        r, k = marks(s)
        red += r
        keep += k
    if d.footer:
        r, k = marks(d.footer)
        red += r
        keep += k
    if d.form:
        for lab, _, _ in d.form:
            r, k = marks(lab)
            keep += k
    gold_red, seen = [], set()
    ocr = d.builder == "scan"
    chans = None
    if ocr or d.hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    for t, k in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if ocr:
            pr["ocr"] = True
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                print(f"  {d.stem}: OCR does not read {t!r}; dropped")
                continue
        elif count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {t!r} not in text")
        item = {"kind": k, "value": t, "probes": [pr]}
        # a full name also yields its surname-only probe (all occurrences of the surname must go)
        last = t.split()[-1] if k == "PERSON" and " " in t else ""
        if (not ocr and len(last) >= 4 and last[0].isupper() and last.rstrip(".") == last
                and last not in seen and count_in(text, {"text": last, "word": True})):
            item["probes"].append({"text": last, "word": True, "after": 0})
            seen.add(last)
        gold_red.append(item)
    for ch, k, value, probes in d.hidden:
        item = {"kind": k, "value": value, "channel": ch, "probes": []}
        for t in probes:
            pr = {"text": t, "word": True, "after": 0}
            if channel_counts(chans, pr).get(ch, 0) == 0:
                problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {t!r} also in page text")
            item["probes"].append(pr)
        gold_red.append(item)
    # simulated redaction for the overlap test
    masked = text
    for it in gold_red:
        if it.get("channel") or ocr:
            continue
        for pr in it["probes"]:
            masked = re.sub(r"(?<!\w)" + re.escape(norm(pr["text"])) if re.match(r"\w", pr["text"]) else re.escape(norm(pr["text"])),
                            lambda m: "#" * len(m.group(0)), masked)
    gold_keep, kseen = [], set()
    for t, k in keep:
        if t in kseen:
            continue
        kseen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(masked, pr) != n:
            print(f"  {d.stem}: keep {t!r} overlaps a redact value; dropped")
            continue
        pr["after"] = n
        gold_keep.append({"kind": k, "value": t, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": gold_red, "keep": gold_keep}, problems
