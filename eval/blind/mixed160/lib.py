"""Builders and gold maker for set VB (eval/blind/mixed160)."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s160_build")
FONTS = "/usr/share/fonts/truetype/dejavu/"


class Doc:
    def __init__(self, stem, builder, blocks, redact, keep, producer="", creator="", author=None,
                 xmp_creator=None, title=None, outline=None, annots=None, fields=None, landscape=False,
                 font="Helvetica"):
        self.stem, self.builder, self.blocks = stem, builder, blocks
        self.redact, self.keep = redact, keep
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.title, self.outline, self.annots, self.fields = title, outline or [], annots or [], fields or []
        self.landscape, self.font = landscape, font

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        raw = TMP / f"{self.stem}.raw.pdf"
        {"rl": build_rl, "docx": build_docx, "scan": build_scan, "form": build_form}[self.builder](self, raw)
        out = DOCS_DIR / f"{self.stem}.pdf"
        finish(self, raw, out)
        return out


# ------------------------------------------------------------------ reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTS + "DejaVuSerif.ttf"))


def build_rl(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _fonts()
    f = doc.font
    fb = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
          "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSans-Bold"}[f]
    body = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=body, fontName=fb, fontSize=13, leading=16, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName=fb, fontSize=10.5, leading=13, spaceBefore=4)
    size = landscape(A4) if doc.landscape else A4
    story, rows = [], []

    def flush():
        if rows:
            data = [[Paragraph(escape(c), small) for c in r] for r in rows]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append(b.strip("|").split("|"))
            continue
        flush()
        if b == "---":
            story.append(PageBreak())
        elif b == "":
            story.append(Spacer(1, 6))
        elif b.startswith("# "):
            story.append(Paragraph(escape(b[2:]), h1))
        elif b.startswith("## "):
            story.append(Paragraph(escape(b[3:]), h2))
        elif b.startswith("~ "):
            story.append(Paragraph(escape(b[2:]), small))
        else:
            story.append(Paragraph(escape(b).replace("\n", "<br/>"), body))
    flush()
    SimpleDocTemplate(str(path), pagesize=size, leftMargin=22 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=18 * mm).build(story)


# ------------------------------------------------------------------ docx -> soffice
def build_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    rows = []

    def flush():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append(b.strip("|").split("|"))
            continue
        flush()
        if b == "---":
            d.add_page_break()
        elif b == "":
            d.add_paragraph("")
        elif b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        elif b.startswith("~ "):
            p = d.add_paragraph()
            r = p.add_run(b[2:])
            r.font.size = Pt(8)
        else:
            p = d.add_paragraph()
            for k, line in enumerate(b.split("\n")):
                if k:
                    p.add_run().add_break()
                p.add_run(line)
    flush()
    dx = TMP / f"{doc.stem}.docx"
    d.core_properties.author = ""
    d.save(dx)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s160_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(dx)], capture_output=True, timeout=180)
    (TMP / f"{doc.stem}.pdf").rename(path)


# ------------------------------------------------------------------ image-only scan
def build_scan(doc, path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rnd = random.Random(doc.stem)
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    typed = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 30)
    bold = ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", 36)
    hand = ImageFont.truetype(FONTS + "DejaVuSerif-Italic.ttf", 40)
    y = 150
    for b in doc.blocks:
        if b == "":
            y += 30
            continue
        if b.startswith("# "):
            dr.text((140, y), b[2:], font=bold, fill=20)
            y += 62
        elif b.startswith("~ "):
            dr.text((150 + rnd.randint(-8, 8), y), b[2:], font=hand, fill=rnd.randint(30, 60))
            y += 66
        elif b.startswith("|"):
            cells = b.strip("|").split("|")
            cw = (W - 280) // len(cells)
            for j, c in enumerate(cells):
                fnt = hand if c.startswith("~") else typed
                dr.text((150 + j * cw, y), c.lstrip("~"), font=fnt, fill=25)
            dr.line((140, y + 52, W - 140, y + 52), fill=120, width=2)
            y += 66
        else:
            dr.text((140, y), b, font=typed, fill=25)
            y += 46
    im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=250)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    buf = TMP / f"{doc.stem}.jpg"
    im.convert("RGB").save(buf, "JPEG", quality=72)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ AcroForm
def build_form(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for b in doc.blocks:
        if b.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, b[2:])
            y -= 24
        else:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, b)
            y -= 14
    y -= 10
    for label, name, value in doc.fields:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 5, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=18, fontSize=9,
                             borderWidth=0.5, tooltip=label)
        y -= 28
    c.setFont("Helvetica", 8)
    c.drawString(60, y - 10, "Dit formulier is elektronisch ingevuld. Verzending via het beveiligde portaal.")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ hidden channels
def finish(doc, raw, out):
    import pikepdf
    with pikepdf.open(str(raw)) as pdf:
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [doc.xmp_creator]
                if doc.title:
                    m["dc:title"] = doc.title
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        if doc.producer:
            info["/Producer"] = doc.producer
        if doc.creator:
            info["/Creator"] = doc.creator
        if doc.author:
            info["/Author"] = doc.author
        if doc.title:
            info["/Title"] = doc.title
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, t, contents in doc.annots:
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720 - 40 * len(page.obj.get("/Annots", []))],
                T=pikepdf.String(t), Contents=pikepdf.String(contents), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(out), deterministic_id=True)


# ------------------------------------------------------------------ gold
def _probe(t):
    return {"text": t, "word": True, "after": 0}


def make_gold(doc, path):
    problems = []
    text, pages = text_pdfium(path)
    chans = None
    red = []
    masked = text
    for item in doc.redact:
        kind, value, probes = item[0], item[1], item[2]
        ch = item[3] if len(item) > 3 else None
        it = {"kind": kind, "value": value, "probes": []}
        if ch:
            it["channel"] = ch
        for t in probes:
            p = _probe(t)
            if ch == "ocr":
                p["ocr"] = True
            if ch:
                if chans is None:
                    chans = extract_channels(path, ocr="auto")["channels"]
                n = channel_counts(chans, p).get(ch, 0)
                if ch != "ocr" and count_in(text, p):
                    problems.append(f"{doc.stem}: hidden probe {t!r} in page text")
            else:
                n = count_in(text, p)
                masked = probe_regex(t, True).sub(lambda m: "#" * len(m.group(0)), masked)
            if n == 0:
                problems.append(f"{doc.stem}: redact probe {t!r} not found in {ch or 'pdfium'}")
            it["probes"].append(p)
        red.append(it)
    allred = [norm(v) for it in doc.redact for v in it[2]]
    keep = []
    for kind, value, probes in doc.keep:
        it = {"kind": kind, "value": value, "probes": []}
        for t in probes:
            n = count_in(text, {"text": t, "word": True})
            m = count_in(masked, {"text": t, "word": True})
            if n == 0:
                problems.append(f"{doc.stem}: keep probe {t!r} not in text")
                continue
            if m != n:
                problems.append(f"{doc.stem}: keep probe {t!r} overlaps a redact probe ({n} vs {m})")
            if any(norm(t) in r for r in allred):
                problems.append(f"{doc.stem}: keep probe {t!r} inside a redact value")
            it["probes"].append({"text": t, "word": True, "after": n})
        if it["probes"]:
            keep.append(it)
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems


def R(kind, value, *probes, ch=None):
    it = (kind, value, list(probes) or [value])
    return it + (ch,) if ch else it


def K(kind, value, *probes):
    return (kind, value, list(probes) or [value])


WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook 16.0"
