"""Builders and gold maker for set VR (eval/blind/mixed131). Invented content; MIT."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

for _n, _f in (("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"), ("DVSerif", "DejaVuSerif.ttf"),
               ("DVSerif-B", "DejaVuSerif-Bold.ttf"), ("DVCond", "DejaVuSansCondensed.ttf"),
               ("DVCond-B", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, FONTDIR + _f))

FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dvs": ("DVS", "DVS-B"), "serif": ("DVSerif", "DVSerif-B"), "cond": ("DVCond", "DVCond-B"),
         "courier": ("Courier", "Courier-Bold")}


def R(kind, value, *probes, channel=None):
    it = {"kind": kind, "value": value, "probes": list(probes) or [value]}
    if channel:
        it["channel"] = channel
    return it


def K(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": list(probes) or [value]}


class Doc:
    def __init__(self, stem, title, blocks, red, keep, *, font="helv", size=9.5, producer="", creator="",
                 author="", xmp_creator="", builder="rl", outline=(), annots=(), fields=(), scan=None,
                 footer=""):
        self.stem, self.title, self.blocks, self.red, self.keep = stem, title, blocks, red, keep
        self.font, self.size, self.producer, self.creator = font, size, producer, creator
        self.author, self.xmp_creator, self.builder = author, xmp_creator, builder
        self.outline, self.annots, self.fields, self.scan, self.footer = outline, annots, fields, scan, footer

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ------------------------------------------------------------------ build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.builder == "docx":
            build_docx(self)
        elif self.builder == "scan":
            build_scan(self)
        elif self.builder == "form":
            build_form(self)
        else:
            build_rl(self)
        postprocess(self)
        return self.path


def _styles(font, size):
    reg, bold = FONTS[font]
    body = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.45)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6,
                        spaceBefore=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=3,
                        spaceBefore=5)
    cell = ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.22)
    cellb = ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.22)
    return body, h1, h2, cell, cellb


def _md(s):
    s = escape(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def flowables(blocks, font, size):
    body, h1, h2, cell, cellb = _styles(font, size)
    out, table = [], []

    def flush():
        if table:
            ncol = max(len(r) for r in table)
            data = [[Paragraph(_md(c), cellb if i == 0 else cell) for c in r] + [""] * (ncol - len(r))
                    for i, r in enumerate(table)]
            wts = [min(max(max((len(r[j]) if j < len(r) else 0) for r in table), 9), 42) for j in range(ncol)]
            t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=[170 * mm * w / sum(wts) for w in wts])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 5))
            table.clear()

    for b in blocks:
        if b.startswith("|"):
            table.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b == "---":
            out.append(PageBreak())
        elif b == "":
            out.append(Spacer(1, 6))
        elif b.startswith("# "):
            out.append(Paragraph(_md(b[2:]), h1))
        elif b.startswith("## "):
            out.append(Paragraph(_md(b[3:]), h2))
        else:
            out.append(Paragraph(_md(b).replace("\n", "<br/>"), body))
    flush()
    return out


def build_rl(d):
    doc = SimpleDocTemplate(str(d.path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title)
    reg = FONTS[d.font][0]

    def foot(c, _doc):
        if d.footer:
            c.setFont(reg, 7)
            c.drawString(20 * mm, 10 * mm, f"{d.footer}  -  pagina {c.getPageNumber()}")

    doc.build(flowables(d.blocks, d.font, d.size), onFirstPage=foot, onLaterPages=foot)


def build_form(d):
    """Text part with platypus, then a page-1 overlay of AcroForm fields (label, name, value)."""
    from reportlab.pdfgen import canvas
    import pikepdf
    build_rl(d)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 150 * mm
    for label, name, value in d.fields:
        c.setFont("Helvetica", 9)
        c.drawString(22 * mm, y + 2, label)
        c.acroForm.textfield(name=name, value=value, x=80 * mm, y=y - 2, width=105 * mm, height=6 * mm,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 9 * mm
    c.save()
    base = pikepdf.open(d.path, allow_overwriting_input=True)
    ov = pikepdf.open(io.BytesIO(buf.getvalue()))
    base.pages[0].add_overlay(ov.pages[0])
    # move widgets + AcroForm
    fields = []
    annots = pikepdf.Array()
    for a in ov.pages[0].obj.get("/Annots", []):
        na = base.copy_foreign(a)
        na.P = base.pages[0].obj
        annots.append(na)
        fields.append(na)
    base.pages[0].obj.Annots = annots
    base.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(fields), NeedAppearances=False,
                                            DA=pikepdf.String("/Helv 0 Tf 0 g"))
    base.save(d.path)


def build_scan(d):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    y = 150
    for line in d.scan:
        style = "typed"
        if line.startswith("~"):
            style, line = "hand", line[1:]
        if style == "hand":
            f = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
        elif line.startswith("# "):
            line = line[2:]
            f = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 42)
        else:
            f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
        dr.text((150, y), line, fill=25 if style == "typed" else 40, font=f)
        y += 58 if line else 30
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250, expand=False)
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=72)
    b.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(d.path), pagesize=A4)
    c.drawImage(ImageReader(b), 0, 12 * mm, width=A4[0], height=A4[1] - 12 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(15 * mm, 5 * mm, d.footer)
    c.showPage()
    c.save()


def build_docx(d):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans" if d.font != "serif" else "DejaVu Serif"
    st.font.size = Pt(d.size)
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title
    table = []

    def flush():
        if table:
            t = doc.add_table(rows=len(table), cols=max(len(r) for r in table))
            t.style = "Table Grid"
            for i, r in enumerate(table):
                for j, cval in enumerate(r):
                    t.cell(i, j).text = cval
            table.clear()

    for bl in d.blocks:
        if bl.startswith("|"):
            table.append([c.strip() for c in bl.strip().strip("|").split("|")])
            continue
        flush()
        if bl == "---":
            doc.add_page_break()
        elif bl.startswith("# "):
            doc.add_heading(bl[2:], level=1)
        elif bl.startswith("## "):
            doc.add_heading(bl[3:], level=2)
        else:
            p = doc.add_paragraph()
            for k, part in enumerate(re.split(r"\*\*(.+?)\*\*", bl)):
                if part:
                    p.add_run(part).bold = bool(k % 2)
    flush()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{d.stem}.docx"
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       capture_output=True, timeout=180)
        (Path(td) / f"{d.stem}.pdf").replace(d.path)


def postprocess(d):
    import pikepdf
    pdf = pikepdf.open(d.path, allow_overwriting_input=True)
    info = {"/Title": d.title, "/CreationDate": "D:20261020093000+02'00'",
            "/ModDate": "D:20261020093000+02'00'"}
    if d.producer:
        info["/Producer"] = d.producer
    if d.creator:
        info["/Creator"] = d.creator
    info["/Author"] = d.author or ""
    for k, v in info.items():
        pdf.docinfo[k] = pikepdf.String(v)
    if d.xmp_creator or d.builder == "docx":
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            m["dc:title"] = d.title
            if d.xmp_creator:
                m["dc:creator"] = [d.xmp_creator]
            if d.producer:
                m["pdf:Producer"] = d.producer
    if d.outline:
        with pdf.open_outline() as ol:
            for title, page in d.outline:
                ol.root.append(pikepdf.OutlineItem(title, page))
    for page_no, rect, who, text in d.annots:
        a = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
            T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
            C=pikepdf.Array([1, 0.85, 0.2])))
        pg = pdf.pages[page_no].obj
        if "/Annots" not in pg:
            pg.Annots = pikepdf.Array()
        pg.Annots.append(a)
    pdf.save(d.path, deterministic_id=True)


# ---------------------------------------------------------------------- gold
def make_gold(d, path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in d.red} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    from registry import AUTO_KEEP, PERSONS
    items = list(d.red)
    for name, probes in PERSONS.items():
        found = [p for p in probes if count_in(text, {"text": p, "word": True})]
        if found:
            items.append({"kind": "PERSON", "value": name, "probes": found})
    red, spans = [], []
    for it in items:
        ch = it.get("channel")
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
            if ch is None:
                rx = probe_regex(p, True)
                ms = list(rx.finditer(text))
                if not ms:
                    problems.append(f"{d.stem}: redact {p!r} not in text")
                spans += [m.span() for m in ms]
            else:
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: redact {p!r} not in {ch}")
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} also in text")
            probes.append(pr)
        red.append({**{k: v for k, v in it.items() if k != "probes"}, "probes": probes})
    keep = []
    have = {p for it in d.keep for p in it["probes"]}
    for it in AUTO_KEEP:
        ps = [p for p in it["probes"] if p not in have and count_in(text, {"text": p, "word": True})]
        ps = [p for p in ps if not any(p in rp for rit in items for rp in [rit["value"]] + rit["probes"])]
        ok = []
        for p in ps:
            if not any(m.start() < e and s_ < m.end() for m in probe_regex(p, True).finditer(text)
                       for s_, e in spans):
                ok.append(p)
        if ok:
            d.keep = list(d.keep) + [{"kind": it["kind"], "value": it["value"], "probes": ok}]
            have.update(ok)
    for it in d.keep:
        probes = []
        for p in it["probes"]:
            rx = probe_regex(p, True)
            ms = list(rx.finditer(text))
            if not ms:
                problems.append(f"{d.stem}: keep {p!r} not in text")
                continue
            for m in ms:
                if any(m.start() < e and s < m.end() for s, e in spans):
                    problems.append(f"{d.stem}: keep {p!r} overlaps a redact probe")
                    break
            for rit in items:
                for rp in [rit["value"]] + rit["probes"]:
                    if p in rp:
                        problems.append(f"{d.stem}: keep {p!r} inside redact value {rp!r}")
            probes.append({"text": p, "word": True, "after": len(ms)})
        if probes:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    gold = {"doc": path.name, "pages": pages, "redact": red, "keep": keep}
    return gold, problems
