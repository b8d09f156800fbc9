"""Builders and gold maker for set SN (eval/blind/mixed224)."""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, meta_outline_annots, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s224_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))


class Doc:
    """kind: rl (reportlab), docx (python-docx -> soffice), odt (docx -> odt -> soffice), scan (image page).
    lines: text lines; '## ' heading, '<<PAGE>>' page break, ' | ' table row.
    redact: (kind, value, [probes] or None, channel or None); keep: (kind, text)."""

    def __init__(self, stem, kind, lines, redact, keep, font="Helvetica", meta=None, xmp_creator=None,
                 outline=None, notes=None, form=None, hand=None, size=10, cols=None):
        self.stem, self.kind, self.lines = stem, kind, lines
        self.redact, self.keep = redact, keep
        self.font, self.meta, self.xmp_creator = font, meta or {}, xmp_creator
        self.outline, self.notes, self.form, self.hand, self.size = outline, notes, form, hand, size
        self.cols = cols

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"


# ---------------------------------------------------------------- reportlab
def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    _fonts()
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVuSerif-Bold", "Courier": "Courier-Bold"}[d.font]
    c = canvas.Canvas(str(d.pdf), pagesize=A4, invariant=1)
    W, H = A4
    x0, y, lh, fs = 60, H - 70, d.size * 1.4, d.size
    width = W - 120
    page = 1

    def newpage():
        nonlocal y, page
        c.showPage()
        page += 1
        y = H - 70

    for ln in d.lines:
        if ln == "<<PAGE>>":
            newpage()
            continue
        if y < 70:
            newpage()
        if ln.startswith("## "):
            y -= 4
            c.setFont(bold, fs + 2)
            c.drawString(x0, y, ln[3:])
            y -= lh + 2
            continue
        if " | " in ln:
            cells = ln.split(" | ")
            rel = d.cols if d.cols and len(d.cols) == len(cells) else [1] * len(cells)
            c.setFont(d.font, fs - 1)
            xx = x0
            for i, cell in enumerate(cells):
                c.drawString(xx, y, cell)
                xx += width * rel[i] / sum(rel)
            y -= lh
            continue
        c.setFont(d.font, fs)
        if not ln:
            y -= lh * 0.6
            continue
        for part in simpleSplit(ln, d.font, fs, width):
            if y < 70:
                newpage()
                c.setFont(d.font, fs)
            c.drawString(x0, y, part)
            y -= lh
    if d.form:
        form = c.acroForm
        yy = 250
        for name, label, value in d.form:
            c.setFont("Helvetica", 9)
            c.drawString(x0, yy + 4, label)
            form.textfield(name=name, tooltip=label, x=x0 + 190, y=yy, width=280, height=16, value=value,
                           fontSize=9, borderWidth=0.5)
            yy -= 22
    c.showPage()
    c.save()
    _post_outline_notes(d)


def _post_outline_notes(d: Doc):
    import pikepdf
    if not (d.outline or d.notes):
        return
    with pikepdf.open(str(d.pdf), allow_overwriting_input=True) as pdf:
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if d.notes:
            for pg, x, y, author, text in d.notes:
                p = pdf.pages[pg]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                    T=pikepdf.String(author), Contents=pikepdf.String(text), Open=False,
                    Name=pikepdf.Name.Comment))
                if "/Annots" not in p.obj:
                    p.obj.Annots = pdf.make_indirect(pikepdf.Array())
                p.obj.Annots.append(annot)
        pdf.save(str(d.pdf))


# ---------------------------------------------------------------- docx / odt via soffice
def build_docx_src(d: Doc) -> Path:
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if d.font == "serif" else "Liberation Sans"
    st.font.size = Pt(d.size)
    doc.core_properties.author = d.meta.get("docx_author", "")
    doc.core_properties.title = d.meta.get("Title", "")
    table_rows = []

    def flush():
        if not table_rows:
            return
        t = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        table_rows.clear()

    for ln in d.lines:
        if " | " in ln:
            if table_rows and len(table_rows[0]) != len(ln.split(" | ")):
                flush()
            table_rows.append(ln.split(" | "))
            continue
        flush()
        if ln == "<<PAGE>>":
            doc.add_page_break()
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        else:
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(3)
    flush()
    TMP.mkdir(exist_ok=True)
    src = TMP / f"{d.stem}.docx"
    doc.save(str(src))
    return src


def soffice(files, fmt, outdir):
    if not files:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s224_lo", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir)] + [str(f) for f in files], check=True, capture_output=True,
                   timeout=600)


# ---------------------------------------------------------------- scan
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(d.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(str(FONT_DIR / ("DejaVuSerif.ttf" if d.font == "serif" else "DejaVuSans.ttf")), 30)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 34)
    fh = ImageFont.truetype(str(FONT_DIR / "DejaVuSerifCondensed-Italic.ttf"), 40)
    y = 160
    for ln in d.lines:
        if ln.startswith("## "):
            dr.text((150, y), ln[3:], font=fb, fill=20)
            y += 60
        elif ln.startswith("~~ "):  # handwriting-like
            dr.text((170 + rnd.randint(-8, 8), y), ln[3:], font=fh, fill=35)
            y += 66
        elif ln == "":
            y += 26
        else:
            dr.text((150, y), ln, font=f, fill=25)
            y += 46
    for _ in range(500):
        dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
    im = im.rotate(0.7 if d.stem[-1] in "02468" else -0.6, resample=Image.BICUBIC, fillcolor=245)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(d.pdf), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- metadata
def set_meta(d: Doc):
    import pikepdf
    keys = {k: v for k, v in d.meta.items() if k in ("Author", "Creator", "Producer", "Title", "Subject")}
    if not keys and not d.xmp_creator:
        return
    with pikepdf.open(str(d.pdf), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
            if d.xmp_creator:
                md["dc:creator"] = [d.xmp_creator]
            if "Title" in keys:
                md["dc:title"] = keys["Title"]
            if "Producer" in keys:
                md["pdf:Producer"] = keys["Producer"]
            if "Creator" in keys:
                md["xmp:CreatorTool"] = keys["Creator"]
        for k, v in keys.items():
            pdf.docinfo[pikepdf.Name("/" + k)] = v
        pdf.save(str(d.pdf))


# ---------------------------------------------------------------- gold
def make_gold(d: Doc):
    text, pages = text_pdfium(d.pdf)
    meta, outl, ann = meta_outline_annots(d.pdf)
    hidden = {"metadata": meta, "outline": outl, "annotations": ann}
    problems, redact, keep = [], [], []
    blank = text
    for kind, value, probes, channel in d.redact:
        probes = probes or [value]
        item = {"kind": kind, "value": value, "probes": []}
        if channel:
            item["channel"] = channel
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if channel == "ocr":
                pr["ocr"] = True
            elif channel:
                if count_in(hidden[channel], pr) == 0:
                    problems.append(f"{d.stem}: {p!r} not in {channel}")
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} also in text")
            else:
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {p!r} not in text")
                blank = probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), blank)
            item["probes"].append(pr)
        redact.append(item)
    seen = set()
    for kind, t in d.keep:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        nb = count_in(blank, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if n != nb:
            problems.append(f"{d.stem}: keep {t!r} overlaps a redact probe")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    return {"doc": d.pdf.name, "pages": pages, "redact": redact, "keep": keep}, problems
