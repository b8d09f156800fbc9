"""Rendering and gold helpers for set KV (eval/blind/mixed240).

A document is a dict: stem, r (renderer), lines, R (redact items), K (keep items) and options.
Lines: '# ' heading, '## ' subheading, '|a|b|c' table row (first row of a run is bold),
'' blank line, '<<PB>>' page break; anything else is a wrapped paragraph.
Items: 'KIND:value' or 'KIND:value|extra probe|extra probe'; the value is always a probe (word=True).
A redact item may carry a channel with '@metadata:', '@outline:', '@annotations:', '@ocr:' before KIND.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s240_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
               ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
               ("DVC-B", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(nm, FONTDIR + fn))

FONTS = {"std": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "ttf": ("DV", "DV-B"), "serif": ("DVS", "DVS-B"), "cond": ("DVC", "DVC-B"),
         "form": ("Helvetica", "Helvetica-Bold")}


def parse_item(s: str):
    ch = None
    if s.startswith("@"):
        ch, s = s[1:].split(":", 1)
    kind, rest = s.split(":", 1)
    parts = rest.split("|")
    return ch, kind, parts[0], parts


# ------------------------------------------------------------------ reportlab renderer
def render_rl(d, path: Path):
    reg, bold = FONTS[d["r"]]
    size = d.get("size", 10)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(d.get("title", ""))
    c.setAuthor(d.get("author", ""))
    c.setCreator(d.get("creator", "Microsoft® Word voor Microsoft 365"))
    c.setProducer(d.get("producer", "Microsoft® Word voor Microsoft 365"))
    W, H = A4
    lm, rm, top, bot = 68, 60, 70, 60
    y = H - top
    lead = size * 1.35
    page = [1]
    outl = d.get("outline", [])

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        page[0] += 1
        y = H - top

    def footer():
        if d.get("footer"):
            c.setFont(reg, 7.5)
            c.drawString(lm, 30, d["footer"] + f"   pagina {page[0]}")

    if d.get("letterhead"):
        c.setFont(bold, 13)
        c.drawString(lm, y, d["letterhead"])
        y -= 14
        if d.get("lh2"):
            c.setFont(reg, 8)
            c.drawString(lm, y, d["lh2"])
            y -= 10
        y -= 14
    lines = d["lines"]
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln == "<<PB>>":
            newpage()
            i += 1
            continue
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i].strip("|").split("|"))
                i += 1
            ncol = max(len(r) for r in rows)
            widths = d.get("colw") or [1] * ncol
            widths = widths[:ncol] + [1] * (ncol - len(widths))
            tw = W - lm - rm
            cw = [tw * w / sum(widths) for w in widths]
            fs = d.get("tsize", size - 1)
            for ri, row in enumerate(rows):
                f = bold if ri == 0 and d.get("thead", True) else reg
                cells = [simpleSplit(cell.strip(), f, fs, cw[k] - 6) for k, cell in enumerate(row)]
                hgt = max(len(x) for x in cells) * fs * 1.25 + 4
                if y - hgt < bot:
                    newpage()
                x = lm
                c.setLineWidth(0.4)
                for k, cl in enumerate(cells):
                    c.rect(x, y - hgt + fs, cw[k], hgt, stroke=1, fill=0)
                    c.setFont(f, fs)
                    yy = y
                    for t in cl:
                        c.drawString(x + 3, yy - 1, t)
                        yy -= fs * 1.25
                    x += cw[k]
                y -= hgt
            y -= 6
            continue
        if ln == "":
            y -= lead * 0.6
            i += 1
            continue
        f, fs, txt = reg, size, ln
        if ln.startswith("## "):
            f, fs, txt = bold, size + 0.5, ln[3:]
        elif ln.startswith("# "):
            f, fs, txt = bold, size + 3, ln[2:]
        for o in outl:
            if o[0] == txt:
                c.bookmarkPage(f"b{id(o)}")
                c.addOutlineEntry(o[1], f"b{id(o)}", level=0)
        wrapped = simpleSplit(txt, f, fs, W - lm - rm) or [""]
        for t in wrapped:
            if y < bot:
                newpage()
            c.setFont(f, fs)
            c.drawString(lm, y, t)
            y -= fs * 1.35
        if f == bold:
            y -= 3
        i += 1
    if d.get("fields"):
        add_fields(c, d["fields"])
    footer()
    c.showPage()
    c.save()


def add_fields(c, fields):
    form = c.acroForm
    for name, x, y, w, val in fields:
        form.textfield(name=name, x=x, y=y, width=w, height=16, value=val, fontName="Helvetica",
                       fontSize=9, borderWidth=0.5, forceBorder=True)


# ------------------------------------------------------------------ scan renderer (image-only page)
def render_scan(d, path: Path):
    from PIL import Image, ImageDraw, ImageFont

    dpi = 150
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (Wp, Hp), 250)
    dr = ImageDraw.Draw(img)
    rng = random.Random(d["stem"])
    y = 110
    for ln in d["lines"]:
        hand = ln.startswith("~")
        t = ln[1:] if hand else ln
        big = t.startswith("# ")
        if big:
            t = t[2:]
        fnt = ImageFont.truetype(FONTDIR + ("DejaVuSerif-Italic.ttf" if hand else
                                            ("DejaVuSans-Bold.ttf" if big else "DejaVuSans.ttf")),
                                 36 if hand else (34 if big else 27))
        if t == "":
            y += 22
            continue
        x = 100 + (rng.randint(0, 14) if hand else 0)
        dr.text((x, y), t, fill=35 if not hand else 20, font=fnt)
        y += 52 if hand else 42
    img = img.rotate(d.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=250, expand=False)
    px = img.load()
    for _ in range(4000):
        xx, yy = rng.randrange(Wp), rng.randrange(Hp)
        px[xx, yy] = rng.randint(150, 230)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setProducer(d.get("producer", "KODAK Capture Pro Software"))
    c.setCreator(d.get("creator", "Canon iR-ADV C5535 scan"))
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ docx renderer
def render_docx(d, path: Path):
    import docx
    from docx.shared import Pt

    TMP.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.get("docfont", "DejaVu Sans")
    st.font.size = Pt(d.get("size", 10))
    doc.core_properties.author = d.get("author", "")
    doc.core_properties.title = d.get("title", "")
    lines = d["lines"]
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln == "<<PB>>":
            doc.add_page_break()
        elif ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i].strip("|").split("|"))
                i += 1
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for k, cell in enumerate(r):
                    t.cell(ri, k).text = cell.strip()
                    if ri == 0:
                        for run in t.cell(ri, k).paragraphs[0].runs:
                            run.bold = True
            continue
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        else:
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(3)
        i += 1
    src = TMP / f"{d['stem']}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s240_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    (TMP / f"{d['stem']}.pdf").replace(path)


# ------------------------------------------------------------------ post-processing
def postprocess(d, path: Path):
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if d.get("xmp_creator") or d.get("author") is not None and d["r"] == "docx":
            pass
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            if d.get("xmp_creator"):
                m["dc:creator"] = [d["xmp_creator"]]
            if d.get("title"):
                m["dc:title"] = d["title"]
            if d.get("producer"):
                m["pdf:Producer"] = d["producer"]
        if d.get("producer"):
            pdf.docinfo["/Producer"] = d["producer"]
        if d.get("creator"):
            pdf.docinfo["/Creator"] = d["creator"]
        if "author" in d:
            pdf.docinfo["/Author"] = d["author"]
        for pg, x, y, who, text in d.get("notes", []):
            page = pdf.pages[pg]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                       Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                                       C=[1, 0.9, 0.2])
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(pdf.make_indirect(annot))
        pdf.save(path, deterministic_id=True)


def build(d):
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{d['stem']}.pdf"
    if d["r"] == "docx":
        render_docx(d, path)
    elif d["r"] == "scan":
        render_scan(d, path)
    else:
        render_rl(d, path)
    postprocess(d, path)
    return path


# ------------------------------------------------------------------ gold
def spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def make_gold(d, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact, keep = [], []
    hidden = any(parse_item(s)[0] for s in d["R"])
    chans = extract_channels(path, ocr="auto" if any(parse_item(s)[0] == "ocr" for s in d["R"]) else "off")[
        "channels"] if hidden else {}
    rspans = []
    for s in d["R"]:
        ch, kind, value, probes = parse_item(s)
        item = {"kind": kind, "value": value, "probes": []}
        if ch:
            item["channel"] = ch
        for p in dict.fromkeys(probes):
            pr = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
                ok = channel_counts(chans, pr).get("ocr", 0) > 0
                if not ok:
                    problems.append(f"{d['stem']}: OCR does not read {p!r}")
                    continue
            elif ch:
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d['stem']}: {p!r} not in {ch}")
                if count_in(text, pr):
                    problems.append(f"{d['stem']}: hidden {p!r} also in text")
            else:
                if count_in(text, pr) == 0:
                    problems.append(f"{d['stem']}: redact {p!r} not in text")
                rspans += spans(text, pr)
            item["probes"].append(pr)
        if item["probes"]:
            redact.append(item)
    for s in d["K"]:
        ch, kind, value, probes = parse_item(s)
        item = {"kind": kind, "value": value, "probes": []}
        for p in dict.fromkeys(probes):
            pr = {"text": p, "word": True}
            sp = spans(text, pr)
            if not sp:
                problems.append(f"{d['stem']}: keep {p!r} not in text")
                continue
            for a, b in sp:
                if any(a < y and x < b for x, y in rspans):
                    problems.append(f"{d['stem']}: keep {p!r} overlaps a redact probe")
                    break
            pr["after"] = len(sp)
            item["probes"].append(pr)
        if item["probes"]:
            keep.append(item)
    for s in d["R"]:
        ch, kind, value, probes = parse_item(s)
        for p in probes:
            for k in d["K"]:
                for kp in parse_item(k)[3]:
                    if kp in p or (len(p) > 3 and p in kp):
                        problems.append(f"{d['stem']}: keep {kp!r} vs redact {p!r}")
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
