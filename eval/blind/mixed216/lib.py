"""Builders and gold maker for set mixed216 (level-crossing closure). See make_set.py."""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s216_build")

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # deterministic reportlab output (fixed dates and IDs)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Doc:
    stem: str
    title: str
    lines: list
    engine: str = "rl"            # rl | ttf | docx | scan | form
    producer: str = ""
    creator: str = ""
    author: str = ""              # Info /Author (hidden channel if the person is not in the text)
    xmp_creator: str = ""
    outline: list = field(default_factory=list)
    notes: list = field(default_factory=list)    # (author, contents) sticky notes on page 1
    fields: list = field(default_factory=list)   # (label, name, value) for engine=form
    hidden: list = field(default_factory=list)   # (channel, kind, value, [probes]) gold items
    extra_redact: list = field(default_factory=list)  # (kind, value, [probes]) text items only for this doc
    extra_keep: list = field(default_factory=list)
    no_auto: tuple = ()           # registry values not to auto-include here
    rotate: float = 0.6
    hand: list = field(default_factory=list)     # scan: lines drawn in a 'handwriting' style

    @property
    def path(self) -> Path:
        return DOCS_DIR / f"{self.stem}.pdf"


# ------------------------------------------------------------------ rendering helpers
def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(doc: Doc, ttf: bool) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if ttf:
        try:
            pdfmetrics.getFont("DejaVu")
        except KeyError:
            pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        fn, fb = "DejaVu", "DejaVu-Bold"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=13, leading=16, spaceAfter=6, spaceBefore=2)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceAfter=3, spaceBefore=5)
    cell = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5)
    story, rows = [], []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(_esc(c), cell) for c in r + [""] * (ncol - len(r))] for r in rows]
            t = Table(data, colWidths=[170 * mm / ncol] * ncol, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 5))
            rows.clear()

    for ln in doc.lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            story.append(PageBreak())
        elif ln.startswith("## "):
            story.append(Paragraph(_esc(ln[3:]), h2))
        elif ln.startswith("# "):
            story.append(Paragraph(_esc(ln[2:]), h1))
        elif ln == "":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(_esc(ln), body))
    flush()
    out = TMP / f"{doc.stem}.rl.pdf"
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, title=doc.title, author="", creator="", producer="").build(story)
    return out


def build_docx(doc: Doc) -> Path:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for ln in doc.lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            d.add_page_break()
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        else:
            p = d.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(3)
    flush()
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title
    src = TMP / f"{doc.stem}.docx"
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s216_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    return TMP / f"{doc.stem}.pdf"


def build_scan(doc: Doc) -> Path:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 40)
    fh = ImageFont.truetype(str(FONT_DIR / "DejaVuSerifCondensed-Italic.ttf"), 42)
    y = 150
    for ln in doc.lines:
        if ln.startswith("# "):
            dr.text((150, y), ln[2:], font=fb, fill=20)
            y += 70
        elif ln.startswith("~ "):
            dr.text((170, y), ln[2:], font=fh, fill=35)
            y += 66
        elif ln == "":
            y += 28
        else:
            dr.text((150, y), ln, font=f, fill=25)
            y += 52
    rnd = random.Random(doc.stem)
    px = img.load()
    for _ in range(5000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((150, 200, 225))
    img = img.rotate(doc.rotate, resample=Image.BICUBIC, fillcolor=246, expand=False)
    buf = TMP / f"{doc.stem}.jpg"
    img.save(buf, "JPEG", quality=72)
    out = TMP / f"{doc.stem}.rl.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out


def build_form(doc: Doc) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = TMP / f"{doc.stem}.rl.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    for ln in doc.lines:
        if ln.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            c.drawString(56, y, ln[2:])
            y -= 22
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(56, y, ln)
            y -= 14
    y -= 10
    form = c.acroForm
    for label, name, value in doc.fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y + 5, label)
        form.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=18, value=value,
                       fontName="Helvetica", fontSize=9, borderWidth=0.6)
        y -= 28
    y -= 6
    c.setFont("Helvetica", 8.5)
    c.drawString(56, y, "Uw gegevens worden alleen gebruikt voor de afhandeling van de inspraakreactie.")
    c.showPage()
    c.save()
    return out


def finish(doc: Doc, src: Path) -> Path:
    import pikepdf
    from pikepdf import Dictionary, Name, OutlineItem, String, Array

    DOCS_DIR.mkdir(exist_ok=True)
    with pikepdf.open(src) as pdf:
        info = pdf.docinfo
        orig_producer = str(info.get("/Producer", ""))
        for k in list(info.keys()):
            del info[k]
        if orig_producer and not doc.producer:
            info["/Producer"] = orig_producer
        info["/Title"] = doc.title
        if doc.producer:
            info["/Producer"] = doc.producer
        if doc.creator:
            info["/Creator"] = doc.creator
        if doc.author:
            info["/Author"] = doc.author
        info["/CreationDate"] = "D:20260915093000+02'00'"
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [doc.xmp_creator]
                m["dc:title"] = doc.title
                if doc.producer:
                    m["pdf:Producer"] = doc.producer
        elif "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(OutlineItem(title, pg))
        if doc.notes:
            page = pdf.pages[0]
            annots = page.obj.get("/Annots")
            if annots is None:
                page.obj["/Annots"] = Array()
                annots = page.obj["/Annots"]
            for i, (who, txt) in enumerate(doc.notes):
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                                 Rect=[520, 700 - 60 * i, 540, 720 - 60 * i],
                                                 T=String(who), Contents=String(txt), Name=Name.Comment,
                                                 M=String("D:20260918101500+02'00'")))
                annots.append(a)
        pdf.save(doc.path, deterministic_id=True)
    return doc.path


def build(doc: Doc) -> Path:
    TMP.mkdir(exist_ok=True)
    if doc.engine in ("rl", "ttf"):
        # standard-14 fonts only carry WinAnsi; a document with other characters gets the embedded TTF
        need_ttf = doc.engine == "ttf" or any(ord(c) > 255 and c not in "€‘’“”–—…•" for c in "".join(doc.lines))
        src = build_rl(doc, need_ttf)
    elif doc.engine == "docx":
        src = build_docx(doc)
    elif doc.engine == "scan":
        src = build_scan(doc)
    elif doc.engine == "form":
        src = build_form(doc)
    else:
        raise ValueError(doc.engine)
    return finish(doc, src)


# ------------------------------------------------------------------ gold
def _probe(t: str) -> dict:
    return {"text": t, "word": True, "after": 0}


def make_gold(doc: Doc, path: Path, registry_redact: list, registry_keep: list):
    problems = []
    text, pages = text_pdfium(path)
    redact, keep = [], []
    if doc.engine == "scan":
        ch = extract_channels(path, ocr="auto")["channels"]
        for kind, value, probes in doc.extra_redact:
            got = []
            for p in probes:  # word-anchored if OCR allows it (OCR may glue noise such as '_' to a word)
                for w in (True, False):
                    pr = {"text": p, "word": w, "after": 0, "ocr": True}
                    if channel_counts(ch, pr).get("ocr"):
                        got.append(pr)
                        break
            if not got:
                problems.append(f"{doc.stem}: OCR finds nothing of {value!r}")
                continue
            redact.append({"kind": kind, "value": value, "ocr": True, "probes": got})
        return {"doc": path.name, "pages": pages, "redact": redact, "keep": []}, problems
    items = [(k, v, p) for (k, v, p) in registry_redact if v not in doc.no_auto] + list(doc.extra_redact)
    seen = set()
    for kind, value, probes in items:
        if value in seen:
            continue
        got = [p for p in probes if count_in(text, _probe(p))]
        if not got:
            if (kind, value, probes) in doc.extra_redact:
                problems.append(f"{doc.stem}: redact {value!r} not in text")
            continue
        seen.add(value)
        redact.append({"kind": kind, "value": value, "probes": [_probe(p) for p in dict.fromkeys(got)]})
    if doc.hidden:
        ch = extract_channels(path, ocr="off")["channels"]
        for chan, kind, value, probes in doc.hidden:
            got = []
            for p in probes:
                if count_in(text, _probe(p)):
                    problems.append(f"{doc.stem}: hidden probe {p!r} also in page text")
                elif channel_counts(ch, _probe(p)).get(chan):
                    got.append(p)
                else:
                    problems.append(f"{doc.stem}: hidden probe {p!r} not in {chan}")
            if got:
                redact.append({"kind": kind, "value": value, "channel": chan, "probes": [_probe(p) for p in got]})
    # simulated redaction: blank every redact probe match
    red_text = text
    for it in redact:
        for p in it["probes"]:
            red_text = probe_regex(p["text"], True).sub(lambda m: "#" * len(m.group(0)), red_text)
    kitems = list(registry_keep) + list(doc.extra_keep)
    kseen = set()
    for kind, value, probes in kitems:
        if value in kseen:
            continue
        out = []
        for p in probes:
            n = count_in(text, _probe(p))
            if not n:
                continue
            if count_in(red_text, _probe(p)) != n:
                problems.append(f"{doc.stem}: keep probe {p!r} overlaps a redact probe")
                continue
            out.append({"text": p, "word": True, "after": n})
        if out:
            kseen.add(value)
            keep.append({"kind": kind, "value": value, "probes": out})
        elif (kind, value, probes) in doc.extra_keep:
            problems.append(f"{doc.stem}: keep {value!r} not in text")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
