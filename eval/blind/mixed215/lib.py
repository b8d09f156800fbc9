"""Shared builder for set OV (eval/blind/mixed215). Documents are written as light markup:

    # Title            -> heading          ## Sub -> subheading
    |a|b|c             -> table row (consecutive rows form one table)
    ~text              -> small grey line (letterhead / footer)
    blank line         -> paragraph break; single newlines inside a paragraph are kept as line breaks

Renderers: 'rl' (reportlab, Helvetica standard-14), 'rlttf' (reportlab, embedded DejaVu), 'docx'
(python-docx -> soffice), 'scan' (image-only page, rotated JPEG), 'form' (AcroForm with values).
Afterwards pikepdf sets Producer/Creator/Author, XMP, outline entries and sticky notes.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TMP = Path("/tmp/s215_build")
FIXED_DATE = "D:20260224100000+01'00'"
FIXED_XMP_DATE = "2026-02-24T10:00:00+01:00"

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # no time stamps or random IDs in reportlab output


@dataclass
class Doc:
    stem: str
    body: str
    render: str = "rl"
    producer: str = ""
    creator: str = ""
    author: str | None = None
    title: str | None = None
    xmp_creator: str | None = None
    outline: list = field(default_factory=list)      # titles (all pointing to page 1..)
    notes: list = field(default_factory=list)        # (page, author, contents)
    fields: list = field(default_factory=list)       # form: (label, name, value)
    R: list = field(default_factory=list)            # (kind, value, probes[, channel])
    K: list = field(default_factory=list)            # (kind, value, probes)

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}.raw.pdf"
        if self.render in ("rl", "rlttf"):
            render_rl(self.body, raw, ttf=self.render == "rlttf")
        elif self.render == "docx":
            render_docx(self.body, raw, self.stem)
        elif self.render == "scan":
            render_scan(self.body, raw, self.stem)
        elif self.render == "form":
            render_form(self.body, self.fields, raw)
        else:
            raise ValueError(self.render)
        finish(self, raw, out)
        return out


# ---------------------------------------------------------------------- parsing
def blocks(body: str):
    out = []
    lines = body.strip("\n").split("\n")
    para: list = []
    table: list = []

    def flush():
        nonlocal para, table
        if para:
            out.append(("p", "\n".join(para)))
            para = []
        if table:
            out.append(("table", table))
            table = []

    for ln in lines:
        s = ln.rstrip()
        if s.startswith("|"):
            if para:
                out.append(("p", "\n".join(para)))
                para = []
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if table:
            out.append(("table", table))
            table = []
        if not s.strip():
            flush()
        elif s.startswith("## "):
            flush()
            out.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush()
            out.append(("h1", s[2:]))
        elif s.startswith("~"):
            flush()
            out.append(("small", s[1:]))
        elif s == "===":
            flush()
            out.append(("pb", ""))
        else:
            para.append(s)
    flush()
    return out


# ---------------------------------------------------------------------- renderers
def render_rl(body: str, path: Path, ttf: bool = False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if ttf:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        fn, fb = "DVS", "DVSB"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    st = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=13.5, leading=17, spaceAfter=7)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3)
    sm = ParagraphStyle("s", fontName=fn, fontSize=7.5, leading=9.5, textColor=colors.grey)
    cs = ParagraphStyle("c", fontName=fn, fontSize=8, leading=10)
    story = []
    for kind, val in blocks(body):
        if kind == "p":
            story.append(Paragraph(escape(val).replace("\n", "<br/>"), st))
        elif kind == "h1":
            story.append(Paragraph(escape(val), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(val), h2))
        elif kind == "small":
            story.append(Paragraph(escape(val), sm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            n = max(len(r) for r in val)
            data = [[Paragraph(escape(c), cs) for c in r] + [""] * (n - len(r)) for r in val]
            t = Table(data, colWidths=[(A4[0] - 4 * cm) / n] * n, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


def render_docx(body: str, path: Path, stem: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    for kind, val in blocks(body):
        if kind == "p":
            p = d.add_paragraph()
            for i, ln in enumerate(val.split("\n")):
                r = p.add_run(ln)
                if i < len(val.split("\n")) - 1:
                    r.add_break()
        elif kind in ("h1", "h2"):
            d.add_heading(val, level=1 if kind == "h1" else 2)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(7.5)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            n = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=n)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    src = TMP / f"{stem}.docx"
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s215_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                   capture_output=True, timeout=180)
    (TMP / f"{stem}.pdf").replace(path)


def render_scan(body: str, path: Path, stem: str):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_n = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34)
    f_b = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
    f_h = ImageFont.truetype(str(FONT_DIR / "DejaVuSansCondensed-Oblique.ttf"), 40)
    y = 150
    for ln in body.strip("\n").split("\n"):
        if ln.startswith("# "):
            dr.text((140, y), ln[2:], font=f_b, fill=20)
            y += 70
        elif ln.startswith("@"):   # 'handwritten' line
            dr.text((170, y), ln[1:], font=f_h, fill=45)
            y += 64
        elif not ln.strip():
            y += 30
        elif "\t" in ln:          # columns; a cell starting with @ is 'handwritten'
            for x, cell in zip((140, 640, 1040), ln.split("\t")):
                if cell.startswith("@"):
                    dr.text((x, y - 4), cell[1:], font=f_h, fill=45)
                else:
                    dr.text((x, y), cell, font=f_n, fill=25)
            y += 58
        else:
            dr.text((140, y), ln, font=f_n, fill=25)
            y += 52
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)
    buf = TMP / f"{stem}.jpg"
    img.convert("RGB").save(buf, "JPEG", quality=72)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def render_form(body: str, fields: list, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for kind, val in blocks(body):
        if kind == "h1":
            c.setFont("Helvetica-Bold", 14)
            c.drawString(56, y, val)
            y -= 26
        else:
            c.setFont("Helvetica", 9)
            for ln in (val if isinstance(val, str) else "").split("\n"):
                c.drawString(56, y, ln)
                y -= 13
            y -= 6
    y -= 6
    form = c.acroForm
    for label, name, value in fields:
        c.setFont("Helvetica", 9)
        c.drawString(56, y + 5, label)
        form.textfield(name=name, value=value, x=230, y=y, width=300, height=18, fontSize=9,
                       borderWidth=0.5, fontName="Helvetica")
        y -= 26
    c.showPage()
    c.save()


# ---------------------------------------------------------------------- post-processing
def finish(d: Doc, raw: Path, out: Path):
    import pikepdf

    with pikepdf.open(raw) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if d.xmp_creator:
                meta["dc:creator"] = [d.xmp_creator]
            if d.title:
                meta["dc:title"] = d.title
            if d.producer:
                meta["pdf:Producer"] = d.producer
            for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                meta[key] = FIXED_XMP_DATE
        if d.producer:
            pdf.docinfo["/Producer"] = d.producer
        if d.creator:
            pdf.docinfo["/Creator"] = d.creator
        if d.author is not None:
            pdf.docinfo["/Author"] = d.author
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if d.title:
            pdf.docinfo["/Title"] = d.title
        if "/DocChecksum" in pdf.trailer:   # LibreOffice: differs per run
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:            # random first ID element would survive deterministic_id
            del pdf.trailer["/ID"]
        pdf.docinfo["/CreationDate"] = FIXED_DATE
        pdf.docinfo["/ModDate"] = FIXED_DATE
        if d.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(d.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        for pg, who, txt in d.notes:
            page = pdf.pages[pg]
            y0 = 760 - 60 * len(page.obj.get("/Annots", []))
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([540, y0, 560, y0 + 20]), T=pikepdf.String(who),
                Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(out, deterministic_id=True)


# ---------------------------------------------------------------------- gold
def _probe(p, ocr=False):
    if isinstance(p, tuple):
        pr = {"text": p[0], "word": p[1], "after": 0}
    else:
        pr = {"text": p, "word": True, "after": 0}
    if ocr:
        pr["ocr"] = True
    return pr


# Every other occurrence of a person's name in the same document is personal data too (surname-only
# mentions, "mevrouw Ter Horst"): for text-layer PERSON items these forms are added as probes when
# they occur in the page text.
SURNAMES = {
    "Jolanda ter Horst-Veldkamp": ["ter Horst-Veldkamp", "Ter Horst-Veldkamp", "ter Horst", "Ter Horst"],
    "Ruben Koopmans": ["Koopmans"], "Aylin Çelik": ["Çelik"], "Pieter van 't Hul": ["van 't Hul"],
    "Marlies Oosterbeek-de Graaf": ["Oosterbeek-de Graaf"], "Dennis Brinkers": ["Brinkers"],
    "Sanne Hofstede": ["Hofstede"], "Mohamed El Amrani": ["El Amrani"], "Kees Bloemendaal": ["Bloemendaal"],
    "Thijs Brouwer-Lammers": ["Brouwer-Lammers"], "Esther Rozendaal": ["Rozendaal"],
    "Ingrid Lammertink": ["Lammertink"], "Gerrit-Jan Mensink": ["Mensink"], "Femke Ruiterkamp": ["Ruiterkamp"],
    "Bas de Wit": ["de Wit"], "Marloes de Boer-Yıldız": ["de Boer-Yıldız"], "Henk-Jan Wolbers": ["Wolbers"],
    "Wouter Schimmelpenninck (sole trader)": [],
    "Tjeerd Haaksma": ["Haaksma"], "Joost Vreeswijk (accountmanager)": ["Vreeswijk"],
}


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact = []
    chans = None
    for it in d.R:
        kind, value, probes = it[0], it[1], list(it[2])
        if kind == "PERSON" and len(it) == 3:
            have = {p if isinstance(p, str) else p[0] for p in probes}
            for sn in SURNAMES.get(value, []):
                if sn not in have and count_in(text, {"text": sn, "word": True}):
                    probes.append(sn)
                    have.add(sn)
        ch = it[3] if len(it) > 3 else None
        item = {"kind": kind, "value": value,
                "probes": [_probe(p, ocr=ch == "ocr") for p in probes]}
        if ch:
            item["channel"] = ch
            if chans is None:
                chans = extract_channels(path, ocr="auto" if any(len(x) > 3 and x[3] == "ocr" for x in d.R)
                                         else "off")["channels"]
        for pr in item["probes"]:
            if ch is None:
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in text")
            else:
                from evaluate import channel_counts
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in {ch}")
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in text")
        redact.append(item)
    # simulated redaction of the page text
    red = text
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            red = probe_regex(pr["text"], pr["word"]).sub(lambda m: "\u2588" * len(m.group(0)), red)
    keep = []
    for kind, value, probes in d.K:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {p!r} not in text")
                continue
            if count_in(red, pr) != n:
                problems.append(f"{d.stem}: keep {p!r} overlaps a redact probe")
                continue
            pr["after"] = n
            ps.append(pr)
        if ps:
            keep.append({"kind": kind, "value": value, "probes": ps})
    gold = {"doc": f"{d.stem}.pdf", "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


def r(kind, value, *probes, ch=None):
    """Redact item; without probes the value itself is the (word) probe."""
    t = (kind, value, list(probes) or [value])
    return t + (ch,) if ch else t


def k(kind, *probes):
    """Keep item; the first probe doubles as value."""
    return (kind, probes[0], list(probes))
