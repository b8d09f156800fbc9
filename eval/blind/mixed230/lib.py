"""Builders and gold maker for set JV (mixed230). Scratch files only under /tmp/s230_*."""
from __future__ import annotations

import io
import math
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s230_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


class Doc:
    def __init__(self, stem, kind, lines, redact, keep, producer="rl", title="", author=None,
                 xmp_creator=None, creator_str=None, producer_str=None, outline=None, notes=None,
                 form=None, hidden=None, font="Helvetica", landscape=False, rotate=0.6, hand=None):
        self.stem, self.kind, self.lines = stem, kind, lines
        self.redact, self.keep = redact, keep
        self.producer, self.title, self.author = producer, title, author
        self.xmp_creator, self.creator_str, self.producer_str = xmp_creator, creator_str, producer_str
        self.outline, self.notes, self.form = outline, notes, form
        self.hidden = hidden or []  # list of (channel, kind, value, [probes])
        self.font, self.landscape, self.rotate, self.hand = font, landscape, rotate, hand

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.producer == "rl":
            build_rl(self, out)
        elif self.producer in ("docx", "odt"):
            build_office(self, out)
        elif self.producer == "scan":
            build_scan(self, out)
        post(self, out)
        return out


# ---------------------------------------------------------------- reportlab
def _fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "DejaVu":
        try:
            pdfmetrics.getFont("DejaVu")
        except KeyError:
            pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
        return "DejaVu", "DejaVu-Bold"
    if name == "DejaVuSerif":
        try:
            pdfmetrics.getFont("DejaVuSerif")
        except KeyError:
            pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONTDIR + "DejaVuSerif-Bold.ttf"))
        return "DejaVuSerif", "DejaVuSerif-Bold"
    if name == "Times-Roman":
        return "Times-Roman", "Times-Bold"
    if name == "Courier":
        return "Courier", "Courier-Bold"
    return "Helvetica", "Helvetica-Bold"


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d, out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fn, fb = _fonts(d.font)
    ps = landscape(A4) if d.landscape else A4
    body = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=3)
    head = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceAfter=5, spaceBefore=4)
    small = ParagraphStyle("s", fontName=fn, fontSize=8, leading=10)
    story, rows = [], []

    def flush():
        nonlocal rows
        if rows:
            n = max(len(r) for r in rows)
            data = [[Paragraph(_esc(c), small) for c in r + [""] * (n - len(r))] for r in rows]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows = []

    for ln in d.lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        flush()
        if ln.startswith("# "):
            story.append(Paragraph(_esc(ln[2:]), head))
        elif ln == "":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(_esc(ln), body))
    flush()
    doc = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=50, rightMargin=50, topMargin=50,
                            bottomMargin=50, title=d.title, author=d.author or "",
                            creator=d.creator_str or "", invariant=1)
    doc.build(story)
    if d.form:
        add_form(d, out)


def add_form(d, out):
    """Build the AcroForm page with reportlab canvas and append it (replace the doc)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    tmp = TMP / f"{d.stem}_form.pdf"
    c = canvas.Canvas(str(tmp), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, d.form["title"])
    c.setFont("Helvetica", 9)
    y = 770
    for i, (label, name, value) in enumerate(d.form["fields"]):
        c.drawString(50, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y - 2, width=300, height=16,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    for k, t in enumerate(d.form.get("footer", [])):
        c.drawString(50, y - 10 - 12 * k, t)
    c.save()
    import pikepdf
    with pikepdf.open(out) as a, pikepdf.open(tmp) as b:
        a.pages.extend(b.pages)
        a.Root.AcroForm = a.copy_foreign(b.Root.AcroForm)
        a.save(TMP / f"{d.stem}_merged.pdf")
    shutil.move(TMP / f"{d.stem}_merged.pdf", out)


# ---------------------------------------------------------------- office
def build_office(d, out):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.font != "Times-Roman" else "Liberation Serif"
    st.font.size = Pt(10)
    rows = []

    def flush():
        nonlocal rows
        if rows:
            n = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows = []
            doc.add_paragraph("")

    for ln in d.lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        flush()
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=2)
        else:
            doc.add_paragraph(ln)
    flush()
    cp = doc.core_properties
    cp.author = d.author or ""
    cp.title = d.title
    cp.last_modified_by = ""
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 3, 2, 9, 0)
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    lo = ["soffice", "-env:UserInstallation=file:///tmp/s230_lo", "--headless"]
    if d.producer == "odt":
        subprocess.run(lo + ["--convert-to", "odt", "--outdir", str(TMP), str(src)], check=True,
                       capture_output=True, timeout=180)
        src = TMP / f"{d.stem}.odt"
    subprocess.run(lo + ["--convert-to", "pdf", "--outdir", str(TMP), str(src)], check=True,
                   capture_output=True, timeout=180)
    shutil.move(TMP / f"{d.stem}.pdf", out)


# ---------------------------------------------------------------- scan
def build_scan(d, out):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1654, 2339  # A4 at 200 dpi
    pages = []
    chunks, cur = [], []
    for ln in d.lines:
        if ln == "<<PAGE>>":
            chunks.append(cur)
            cur = []
        else:
            cur.append(ln)
    chunks.append(cur)
    rnd = random.Random(d.stem)
    fnt = ImageFont.truetype(FONTDIR + ("DejaVuSerif.ttf" if d.font != "DejaVu" else "DejaVuSans.ttf"), 34)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 40)
    hand = ImageFont.truetype(FONTDIR + "DejaVuSerifCondensed-Italic.ttf", 40)
    for ch in chunks:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in ch:
            f = fnt
            if ln.startswith("# "):
                f, ln = fb, ln[2:]
            elif ln.startswith("~ "):
                f, ln = hand, ln[2:]
            if ln.startswith("|"):
                cells = [c.strip() for c in ln.strip("|").split("|")]
                cw = (W - 260) // len(cells)
                for j, c in enumerate(cells):
                    dr.text((130 + j * cw, y), c, font=fnt, fill=20)
                dr.line((120, y + 48, W - 120, y + 48), fill=120, width=2)
                y += 62
                continue
            dr.text((130, y), ln, font=f, fill=15)
            y += 54 if ln else 30
        im = im.rotate(d.rotate * (1 if rnd.random() > 0.5 else -1), resample=Image.BICUBIC, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for k, im in enumerate(pages):
        p = TMP / f"{d.stem}_{k}.jpg"
        im.convert("RGB").save(p, "JPEG", quality=70)
        c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- post: hidden channels, producer
def post(d, out):
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        if d.producer_str:
            pdf.docinfo["/Producer"] = d.producer_str
        if d.creator_str:
            pdf.docinfo["/Creator"] = d.creator_str
        if d.author:
            pdf.docinfo["/Author"] = d.author
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title or d.stem
        if d.outline:
            with pdf.open_outline() as ol:
                for title, page in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        if d.notes:
            for page, x, y, who, text in d.notes:
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                           Contents=pikepdf.String(text), Open=False)
                pg = pdf.pages[page]
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(pdf.make_indirect(annot))
        pdf.save(out, deterministic_id=True)


# ---------------------------------------------------------------- gold
def _items(spec):
    out = []
    for it in spec:
        if isinstance(it, str):
            it = ("PUBLIC", it)
        kind, value, *pr = it
        probes = pr[0] if pr else [value]
        out.append((kind, value, probes))
    return out


def make_gold(d, path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = [], []
    chans = None
    need = d.producer == "scan" or d.hidden
    if need:
        chans = extract_channels(path, ocr="auto" if d.producer == "scan" else "off")["channels"]
    all_red = []
    for kind, value, probes in _items(d.redact):
        ps = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if d.producer == "scan":
                pr["ocr"] = True
                if not channel_counts(chans, pr).get("ocr"):
                    problems.append(f"{d.stem}: OCR misses {p!r} (dropped)")
                    continue
            elif count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {p!r} not in text")
                continue
            ps.append(pr)
            all_red.append(p)
        if ps:
            item = {"kind": kind, "value": value, "probes": ps}
            if d.producer == "scan":
                item["channel"] = "ocr"
            redact.append(item)
        all_red.append(value)
    for ch, kind, value, probes in d.hidden:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if not channel_counts(chans, pr).get(ch):
                problems.append(f"{d.stem}: hidden {p!r} not in {ch}")
                continue
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {p!r} also in page text")
                continue
            ps.append(pr)
        if ps:
            redact.append({"kind": kind, "value": value, "channel": ch, "probes": ps})
    # simulated redaction of the text
    red_text = text
    for v in sorted(set(all_red), key=len, reverse=True):
        red_text = probe_regex(v, False).sub(lambda m: "\u2588" * 3, red_text)
    if d.producer != "scan":
        for kind, value, probes in _items(d.keep):
            ps = []
            for p in probes:
                pr = {"text": p, "word": True}
                n = count_in(text, pr)
                n2 = count_in(red_text, pr)
                if n == 0:
                    problems.append(f"{d.stem}: keep {p!r} not in text")
                    continue
                if n != n2 or any(p in v or v in p for v in all_red):
                    problems.append(f"{d.stem}: keep {p!r} overlaps a redact value (dropped)")
                    continue
                pr["after"] = n
                ps.append(pr)
            if ps:
                keep.append({"kind": kind, "value": value, "probes": ps})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
