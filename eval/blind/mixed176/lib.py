"""Builders and gold derivation for set IC (eval/blind/mixed176)."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def R(kind, value, *probes, word=True):
    """Redact item; probes default to the value itself."""
    return {"kind": kind, "value": value, "probes": [{"text": p, "word": word, "after": 0} for p in (probes or (value,))]}


def H(channel, kind, value, *probes):
    it = R(kind, value, *probes)
    it["channel"] = channel
    it.pop("auto", None)
    if channel == "ocr":
        for p in it["probes"]:
            p["ocr"] = True
    return it


@dataclass
class Doc:
    stem: str
    title: str
    lines: list
    redact: list
    keep: list                      # (kind, text) or text
    producer: str = "rl"            # rl | rltt | docx | scan
    prod: tuple = ("ReportLab PDF Library - www.reportlab.com", "")
    author: str | None = None
    xmp_creator: str | None = None
    outline: list = field(default_factory=list)
    notes: list = field(default_factory=list)      # (author, contents)
    form: list = field(default_factory=list)       # (name, label, value)
    scan_angle: float = 0.6

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.producer in ("rl", "rltt"):
            build_rl(self, out)
        elif self.producer == "docx":
            build_docx(self, out)
        elif self.producer == "scan":
            build_scan(self, out)
        elif self.producer == "form":
            build_form(self, out)
        post(self, out)
        return out


# ---------------------------------------------------------------- reportlab
_FONTS = {}


def _fonts():
    if _FONTS:
        return _FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU))
    pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    pdfmetrics.registerFont(TTFont("DVS", SERIF))
    pdfmetrics.registerFont(TTFont("DVM", MONO))
    _FONTS["ok"] = True
    return _FONTS


def build_rl(d: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _fonts()
    def _winansi(t):
        try:
            t.encode("cp1252")
            return True
        except UnicodeEncodeError:
            return False
    # standard-14 fonts cannot show characters outside WinAnsi (the dotless i of 'Yıldırım'): embed a TTF then
    tt = d.producer == "rltt" or not all(_winansi(ln) for ln in d.lines)
    base, bold = ("DVS", "DVB") if tt else ("Helvetica", "Helvetica-Bold")
    st = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=13.5, leading=17, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=3)
    mono = ParagraphStyle("m", fontName="DVM" if tt else "Courier", fontSize=8.5, leading=11)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.3, leading=10)
    flow, rows = [], []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            for r in rows:
                r += [""] * (ncol - len(r))
            need = [max(6, min(40, max(len(r[j]) for r in rows))) for j in range(ncol)]
            tot = sum(need)
            avail = A4[0] - 44 * mm
            t = Table([[Paragraph(escape(c), cell) for c in r] for r in rows], repeatRows=1,
                      colWidths=[avail * n / tot for n in need])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 5))
            rows.clear()

    for ln in d.lines:
        if ln.startswith("|"):
            rows.append(ln.strip("|").split("|"))
            continue
        flush()
        if ln == "---":
            flow.append(PageBreak())
        elif ln == "":
            flow.append(Spacer(1, 6))
        elif ln.startswith("## "):
            flow.append(Paragraph(escape(ln[3:]), h2))
        elif ln.startswith("# "):
            flow.append(Paragraph(escape(ln[2:]), h1))
        elif ln.startswith("> "):
            flow.append(Paragraph(escape(ln[2:]), mono))
        else:
            flow.append(Paragraph(escape(ln), st))
    flush()
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.title, author="",
                            invariant=1)
    doc.build(flow)


# ---------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    s = doc.styles["Normal"]
    s.font.name = "DejaVu Sans"
    s.font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for ln in d.lines:
        if ln.startswith("|"):
            rows.append(ln.strip("|").split("|"))
            continue
        flush()
        if ln == "---":
            doc.add_page_break()
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.startswith("> "):
            doc.add_paragraph(ln[2:])
        elif ln == "":
            doc.add_paragraph("")
        else:
            doc.add_paragraph(ln)
    flush()
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title
    tmp = Path(f"/tmp/s176_docx")
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s176_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
    (tmp / f"{d.stem}.pdf").replace(out)


# ---------------------------------------------------------------- image-only scan
def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(d.stem)
    pages = [[]]
    for ln in d.lines:
        if ln == "---":
            pages.append([])
        else:
            pages[-1].append(ln)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, Hh = 1654, 2339  # 200 dpi
    for pl in pages:
        im = Image.new("L", (W, Hh), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in pl:
            if ln.startswith("~ "):    # 'handwritten': oblique font, larger
                f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf", 44)
                dr.text((170 + rnd.randint(0, 30), y), ln[2:], font=f, fill=35)
                y += 70
                continue
            bold = ln.startswith("# ")
            f = ImageFont.truetype(DEJAVU_B if bold else DEJAVU, 40 if bold else 31)
            dr.text((150, y), ln[2:] if bold else ln, font=f, fill=20)
            y += 62 if bold else 47
        for _ in range(400):
            x, yy = rnd.randrange(W), rnd.randrange(Hh)
            im.putpixel((x, yy), rnd.randint(120, 200))
        im = im.rotate(d.scan_angle, resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- AcroForm
def build_form(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = 800
    for ln in d.lines:
        if ln.startswith("# "):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, ln[2:])
            y -= 24
        else:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, ln)
            y -= 16
    y -= 10
    for name, label, value in d.form:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + 5, label)
        c.acroForm.textfield(name=name, tooltip=label, value=value, x=250, y=y, width=280, height=18,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 28
    c.showPage()
    c.save()


# ---------------------------------------------------------------- post-processing: producer, metadata, hidden channels
def post(d: Doc, out: Path):
    import pikepdf
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        prod, creator = d.prod
        with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
            md["dc:title"] = d.title
            if d.xmp_creator:
                md["dc:creator"] = [d.xmp_creator]
            md["pdf:Producer"] = prod
            for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                md[k] = "2026-07-21T09:00:00+02:00"
            if creator:
                md["xmp:CreatorTool"] = creator
        pdf.docinfo["/Producer"] = prod
        if creator:
            pdf.docinfo["/Creator"] = creator
        pdf.docinfo["/Title"] = d.title
        pdf.docinfo["/CreationDate"] = "D:20260721090000+02'00'"
        pdf.docinfo["/ModDate"] = "D:20260721090000+02'00'"
        if d.author:
            pdf.docinfo["/Author"] = d.author
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for i, (who, txt) in enumerate(d.notes):
            pg = pdf.pages[0]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[480, 700 - 60 * i, 500, 720 - 60 * i], T=pikepdf.String(who),
                Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment, Open=False))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(annot)
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------- gold
def _as_keep(k):
    if isinstance(k, tuple) and len(k) == 3:
        return ("AUTO:" + k[1], k[2])
    if isinstance(k, tuple):
        return k
    return ("TERM", k)


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    # simulated redaction: blank every redact probe in the page text
    red = text
    for it in d.redact:
        for p in it["probes"]:
            red = probe_regex(p["text"], p["word"]).sub(lambda m: "\u2588" * len(m.group(0)), red)
    kept_items = []
    for it in d.redact:
        if it.get("channel"):
            kept_items.append(it)
            continue
        if it.get("auto"):
            it = dict(it)
            it.pop("auto")
            it["probes"] = [p for p in it["probes"] if count_in(text, p) > 0]
            if it["probes"]:
                kept_items.append(it)
            continue
        kept_items.append(it)
        for p in it["probes"]:
            if count_in(text, p) == 0:
                problems.append(f"{d.stem}: redact probe {p['text']!r} not in text")
    # dedupe probes across items
    seenp = set()
    for it in kept_items:
        it["probes"] = [p for p in it["probes"] if not (p["text"] in seenp or seenp.add(p["text"]))]
    kept_items = [it for it in kept_items if it["probes"]]
    keep, seen = [], set()
    for k in d.keep:
        kind, t = _as_keep(k)
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            if not kind.startswith("AUTO"):
                problems.append(f"{d.stem}: keep probe {t!r} not in text")
            continue
        if count_in(red, pr) != n:
            if not kind.startswith("AUTO"):
                problems.append(f"{d.stem}: keep probe {t!r} overlaps a redact probe")
            continue
        if kind.startswith("AUTO:"):
            kind = kind[5:]
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": kept_items, "keep": keep}
    return gold, problems
