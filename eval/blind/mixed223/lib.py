"""Builders and gold writer for set AD (eval/blind/mixed223). All persons are invented."""
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
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"
LO = "file:///tmp/s223_lo"


@dataclass
class Doc:
    stem: str
    title: str
    body: list                 # strings; "##" page break; "# x" heading; rows with " | " form a table
    redact: list               # (kind, value, [probe, ...]) ; probe str or dict
    keep: list                 # (kind, text)
    kind: str = "rl"           # rl | ttf | docx | scan
    producer: str = "Microsoft® Word voor Microsoft 365"
    creator: str = "Microsoft® Word voor Microsoft 365"
    author: str = ""
    xmp_creator: str = ""
    outline: list = field(default_factory=list)
    notes: list = field(default_factory=list)      # (page, author, text)
    form: list = field(default_factory=list)       # (label, name, value)
    hidden: list = field(default_factory=list)     # (kind, value, [probes], channel)
    footer: str = ""           # text line on scan pages (text layer)
    angle: float = 0.8

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            build_docx(self, out)
        elif self.kind == "scan":
            build_scan(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out


def _blocks(body):
    """Group consecutive ' | ' lines into tables."""
    out, tab = [], []
    for line in body:
        if " | " in line:
            tab.append([c.strip() for c in line.split(" | ")])
            continue
        if tab:
            out.append(("table", tab)); tab = []
        if line == "##":
            out.append(("break", None))
        elif line.startswith("# "):
            out.append(("h", line[2:]))
        else:
            out.append(("p", line))
    if tab:
        out.append(("table", tab))
    return out


def build_rl(d: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if d.kind == "ttf":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONTS + f))
        fn, fb = "DV", "DVB"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    st = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=fb, fontSize=11.5, leading=15, spaceAfter=5, spaceBefore=4)
    sc = ParagraphStyle("c", fontName=fn, fontSize=8, leading=10, splitLongWords=0)
    story = [Paragraph(escape(d.title), ParagraphStyle("t", fontName=fb, fontSize=14, leading=18, spaceAfter=8))]
    for k, v in _blocks(d.body):
        if k == "break":
            story.append(PageBreak())
        elif k == "h":
            story.append(Paragraph(escape(v), sh))
        elif k == "p":
            story.append(Paragraph(escape(v), st))
        else:
            ncol = max(len(r) for r in v)
            rows = [[Paragraph(escape(c), sc) for c in r] + [""] * (ncol - len(r)) for r in v]
            t = Table(rows, colWidths=[170 * mm / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title, author=d.author,
                            creator=d.creator, producer=d.producer, invariant=1)
    doc.build(story)
    if d.form:
        add_form(d, out)


def add_form(d: Doc, out: Path):
    """Overlay a fillable AcroForm (text fields with values) on page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    import pikepdf

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 520
    for label, name, value in d.form:
        c.setFont("Helvetica", 9)
        c.drawString(57, y + 5, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=18, fontSize=9,
                             borderWidth=0.5, fillColor=None, textColor=None, forceBorder=True)
        y -= 26
    c.save()
    with pikepdf.open(out, allow_overwriting_input=True) as pdf, pikepdf.open(io.BytesIO(buf.getvalue())) as ov:
        pg = pdf.pages[0]
        pg.add_overlay(ov.pages[0])
        fields = []
        annots = pikepdf.Array()
        for a in ov.pages[0].obj.get("/Annots", []):
            na = pdf.copy_foreign(a)
            na.P = pg.obj
            annots.append(na)
            fields.append(na)
        pg.obj.Annots = pdf.make_indirect(annots)
        dr = ov.Root.AcroForm.get("/DR")
        drc = pikepdf.Dictionary()
        if dr is not None:
            for key in dr.keys():
                v = dr[key]
                drc[key] = pikepdf.Dictionary({k2: pdf.copy_foreign(v[k2]) if v[k2].is_indirect else v[k2]
                                               for k2 in v.keys()}) if isinstance(v, pikepdf.Dictionary) else v
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
            Fields=pikepdf.Array(fields), NeedAppearances=True,
            DA=pikepdf.String("/Helv 0 Tf 0 g"), DR=drc))
        pdf.save(out)


def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt

    dd = docx.Document()
    dd.core_properties.author = d.author or "Omgevingsdienst"
    dd.core_properties.title = d.title
    dd.core_properties.last_modified_by = ""
    s = dd.styles["Normal"]; s.font.name = "Liberation Sans"; s.font.size = Pt(10)
    dd.add_heading(d.title, level=1)
    for k, v in _blocks(d.body):
        if k == "break":
            dd.add_page_break()
        elif k == "h":
            dd.add_heading(v, level=2)
        elif k == "p":
            dd.add_paragraph(v)
        else:
            ncol = max(len(r) for r in v)
            t = dd.add_table(rows=len(v), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(v):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    tmp = Path(f"/tmp/s223_docx"); tmp.mkdir(exist_ok=True)
    src = tmp / f"{d.stem}.docx"
    dd.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=240)
    (tmp / f"{d.stem}.pdf").replace(out)


def build_scan(d: Doc, out: Path):
    """Image-only page(s): text rendered at 200 dpi, handwriting-like lines in italic serif,
    slightly rotated, speckled, JPEG; optional one-line text footer (DMS stamp)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rnd = random.Random(d.stem)
    W, H = 1654, 2339
    pages, cur = [], []
    for line in d.body:
        if line == "##":
            pages.append(cur); cur = []
        else:
            cur.append(line)
    pages.append(cur)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setAuthor(d.author); c.setTitle(d.title); c.setCreator(d.creator); c.setProducer(d.producer)
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        ft = ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", 40)
        if pi == 0:
            dr.text((140, y), d.title, font=ft, fill=20); y += 90
        for line in lines:
            hand = line.startswith("~")
            txt = line[1:] if hand else line
            f = ImageFont.truetype(FONTS + ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans.ttf"), 38 if hand else 31)
            if not txt:
                y += 30; continue
            dr.text((140 + (rnd.randint(-6, 6) if hand else 0), y), txt, font=f, fill=35 if not hand else 25)
            y += 56 if hand else 46
        for _ in range(1500):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            dr.point((x, yy), fill=rnd.randint(120, 200))
        im = im.rotate(d.angle * (1 if pi % 2 == 0 else -0.7), fillcolor=245, resample=Image.BICUBIC)
        b = io.BytesIO(); im.save(b, "JPEG", quality=72); b.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
        if d.footer:
            c.setFont("Helvetica", 7); c.drawString(40, 14, f"{d.footer} - pagina {pi + 1}")
        c.showPage()
    c.save()


def post(d: Doc, out: Path):
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title
                m["xmp:CreatorTool"] = d.creator
        pdf.docinfo["/Producer"] = pikepdf.String(d.producer)
        pdf.docinfo["/Creator"] = pikepdf.String(d.creator)
        if d.author:
            pdf.docinfo["/Author"] = pikepdf.String(d.author)
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        for k in ("/CreationDate", "/ModDate"):
            pdf.docinfo[k] = pikepdf.String("D:20260415093000+02'00'")
        if d.outline:
            with pdf.open_outline() as ol:
                for t, p in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, p))
        for page, who, text in d.notes:
            pg = pdf.pages[page]
            n = len(pg.obj.get("/Annots", []))
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 700 - 40 * n, 500, 720 - 40 * n]),
                T=pikepdf.String(who), Contents=pikepdf.String(text), Open=False,
                C=pikepdf.Array([1, 0.9, 0.2]), Name=pikepdf.Name.Comment))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(a)
        pdf.save(out, deterministic_id=True)


def _probe(p, ocr=False):
    if isinstance(p, dict):
        d = dict(p)
    else:
        d = {"text": p, "word": True}
    d["after"] = 0
    if ocr:
        d["ocr"] = True
    return d


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    chans = None
    redact = []
    allp = []
    ocr = d.kind == "scan"
    if d.hidden or ocr:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    for kind, value, probes in d.redact:
        item = {"kind": kind, "value": value, "probes": [_probe(p, ocr) for p in probes]}
        if ocr:
            item["channel"] = "ocr"
            good = []
            for pr in item["probes"]:
                if channel_counts(chans, pr).get("ocr", 0) > 0:
                    good.append(pr)
                else:
                    print(f"  {d.stem}: OCR misses {pr['text']!r} (dropped)")
            item["probes"] = good
            if not good:
                continue
        else:
            good = []
            for pr in item["probes"]:
                if count_in(text, pr) == 0:
                    print(f"  {d.stem}: {pr['text']!r} not in this document's text (probe not used)")
                else:
                    good.append(pr)
            if not good:
                problems.append(f"{d.stem}: no probe of {value!r} in text")
                continue
            item["probes"] = good
        redact.append(item); allp += item["probes"]
    for kind, value, probes, ch in d.hidden:
        item = {"kind": kind, "value": value, "channel": ch, "probes": [_probe(p) for p in probes]}
        for pr in item["probes"]:
            if channel_counts(chans, pr).get(ch, 0) == 0:
                problems.append(f"{d.stem}: hidden {pr['text']!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
        redact.append(item)
    # simulated redaction: blank every redact probe (and value) in the text
    red = text
    for it in d.redact:
        for s in [it[1]] + [p if isinstance(p, str) else p["text"] for p in it[2]]:
            red = re.sub(re.escape(norm(s)), "\u2588" * 3, red)
    keep = []
    for kind, t in d.keep:
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(red, pr) != n:
            problems.append(f"{d.stem}: keep {t!r} overlaps a redact value")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
