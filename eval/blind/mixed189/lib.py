"""Engine for set WS (mixed189): render documents, derive gold with the evaluator's own functions."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s189_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
FIXED_DATE = "D:20261207100000+01'00'"


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ reportlab
def render_rl(d, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if d.font == "ttf":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        reg, bold = "DV", "DVB"
    elif d.font == "times":
        reg, bold = "Times-Roman", "Times-Bold"
    else:
        reg, bold = "Helvetica", "Helvetica-Bold"
    size = d.size
    st = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=2)
    sth = ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3, spaceAfter=4,
                         spaceBefore=4)
    stc = ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25)
    story, rows = [], []

    def flush():
        if rows:
            t = Table([[Paragraph(_esc(c), stc) for c in r] for r in rows], repeatRows=0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows.clear()

    for line in d.lines:
        if line.startswith("T|"):
            rows.append(line[2:].split("|"))
            continue
        flush()
        if line == "---":
            story.append(PageBreak())
        elif line.startswith("# "):
            story.append(Paragraph(_esc(line[2:]), sth))
        elif line == "":
            story.append(Spacer(1, 5))
        else:
            story.append(Paragraph(_esc(line), st))
    flush()
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.title, author="",
                            creator="", producer="")
    doc.build(story)


# ------------------------------------------------------------------ docx via soffice
def render_docx(d, out_docx: Path):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Serif" if d.font == "times" else "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(d.size)
    cp = doc.core_properties
    cp.author = d.docx_author or ""
    cp.last_modified_by = ""
    cp.title = d.title
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for line in d.lines:
        if line.startswith("T|"):
            rows.append(line[2:].split("|"))
            continue
        flush()
        if line == "---":
            doc.add_page_break()
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=2)
        else:
            p = doc.add_paragraph(line)
            p.paragraph_format.space_after = Pt(2)
    flush()
    doc.save(str(out_docx))


def soffice_convert(paths: list[Path], outdir: Path):
    if not paths:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s189_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(p) for p in paths], capture_output=True, timeout=600)


# ------------------------------------------------------------------ scans
def render_scan(d, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(DEJAVU + ("DejaVuSerif.ttf" if d.font == "times" else "DejaVuSans.ttf"), 34)
    fh = ImageFont.truetype(DEJAVU + "DejaVuSans-Oblique.ttf", 40)
    y = 150
    for line in d.lines:
        if line.startswith("~"):  # "handwritten" (oblique, dark blue-grey)
            dr.text((190, y), line[1:], font=fh, fill=40)
            y += 62
        elif line == "":
            y += 30
        else:
            dr.text((150, y), line, font=f, fill=20)
            y += 50
    img = img.rotate(d.rotate, resample=Image.BICUBIC, fillcolor=250, expand=False)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=80)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ fillable form
def render_form(d, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, d.title)
    y -= 30
    c.setFont("Helvetica", 10)
    for line in d.lines:
        c.drawString(60, y, line)
        y -= 16
    y -= 10
    for name, label, value in d.fields:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=18, value=value,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    c.setFont("Helvetica", 9)
    for line in d.footer:
        c.drawString(60, y, line)
        y -= 14
    c.showPage()
    c.save()


# ------------------------------------------------------------------ post-processing
def postprocess(d, src: Path, dst: Path):
    import pikepdf

    with pikepdf.open(str(src)) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        info["/Producer"] = d.producer
        info["/Creator"] = d.creator
        info["/Title"] = d.title
        info["/CreationDate"] = FIXED_DATE
        info["/ModDate"] = FIXED_DATE
        if d.author:
            info["/Author"] = d.author
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title
                m["pdf:Producer"] = d.producer
        if d.outline:
            with pdf.open_outline() as ol:
                for title, page in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for (page, x, y, who, text) in d.notes:
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(who),
                Contents=pikepdf.String(text), Name=pikepdf.Name.Comment, F=4))
            pg = pdf.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            pg.obj["/Annots"].append(annot)
        pdf.save(str(dst), deterministic_id=True, fix_metadata_version=False)


class Doc:
    def __init__(self, stem, title, lines, kind="rl", font="helv", size=10, producer="", creator="",
                 author="", xmp_creator="", outline=(), notes=(), fields=(), footer=(), rotate=0.6,
                 docx_author="", hidden=(), keep_extra=(), no_auto=()):
        self.stem, self.title, self.lines, self.kind = stem, title, lines, kind
        self.font, self.size, self.producer, self.creator = font, size, producer, creator
        self.author, self.xmp_creator, self.outline, self.notes = author, xmp_creator, list(outline), list(notes)
        self.fields, self.footer, self.rotate, self.docx_author = list(fields), list(footer), rotate, docx_author
        self.hidden = list(hidden)  # (channel, kind, value, [probe texts])
        self.keep_extra = list(keep_extra)
        self.no_auto = set(no_auto)

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"


def build_all(docs):
    TMP.mkdir(parents=True, exist_ok=True)
    DOCS_DIR.mkdir(exist_ok=True)
    raws = {}
    docxs = []
    for d in docs:
        raw = TMP / f"{d.stem}.pdf"
        if d.kind == "docx":
            p = TMP / f"{d.stem}.docx"
            render_docx(d, p)
            docxs.append(p)
        elif d.kind == "scan":
            render_scan(d, raw)
        elif d.kind == "form":
            render_form(d, raw)
        else:
            render_rl(d, raw)
        raws[d.stem] = raw
    soffice_convert(docxs, TMP)
    for d in docs:
        postprocess(d, raws[d.stem], d.pdf)


# ------------------------------------------------------------------ gold
def _probe(t):
    return {"text": t, "word": True, "after": 0}


def make_gold(d, redact_reg, keep_reg):
    problems = []
    text, pages = text_pdfium(d.pdf)
    gold = {"doc": d.pdf.name, "pages": pages, "redact": [], "keep": []}
    red_texts = []
    if d.kind == "scan":
        chans = extract_channels(d.pdf, ocr="auto")["channels"]
        for kind, value, probes in redact_reg:
            ps = []
            for t in probes:
                pr = dict(_probe(t), ocr=True)
                if channel_counts(chans, pr).get("ocr", 0) > 0:
                    ps.append(pr)
            if ps:
                gold["redact"].append({"kind": kind, "value": value, "channel": "ocr", "probes": ps})
        return gold, problems
    for kind, value, probes in redact_reg:
        ps = [_probe(t) for t in probes if t not in d.no_auto and count_in(text, _probe(t)) > 0]
        if ps:
            gold["redact"].append({"kind": kind, "value": value, "probes": ps})
            red_texts += [p["text"] for p in ps]
    if d.hidden:
        chans = extract_channels(d.pdf, ocr="off")["channels"]
        for ch, kind, value, probes in d.hidden:
            ps = []
            for t in probes:
                pr = _probe(t)
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {t!r} in page text")
                elif channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: hidden probe {t!r} not in {ch}")
                else:
                    ps.append(pr)
            if ps:
                gold["redact"].append({"kind": kind, "value": value, "channel": ch, "probes": ps})
    # simulated redaction for the overlap test
    sim = text
    for t in sorted(set(red_texts), key=len, reverse=True):
        sim = probe_regex(t, True).sub("\u2588", sim)
    for kind, value, probes in list(keep_reg) + list(d.keep_extra):
        ps = []
        for t in probes:
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if n == 0:
                continue
            if count_in(sim, pr) != n:
                problems.append(f"{d.stem}: keep {t!r} overlaps a redact value (dropped)")
                continue
            ps.append({"text": t, "word": True, "after": n})
        if ps:
            gold["keep"].append({"kind": kind, "value": value, "probes": ps})
    return gold, problems
