"""Builders and gold maker for set KV (eval/blind/mixed236). Markup in document text:
[[text]] or [[text|KIND]] = personal data to redact (default kind PERSON);
{{text}} or {{text|KIND}} = public text that must stay readable (default kind ORG).
The markers are stripped before rendering; the gold is made from them."""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

RX_R = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]")
RX_K = re.compile(r"\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def strip(s: str) -> str:
    return RX_K.sub(lambda m: m.group(1), RX_R.sub(lambda m: m.group(1), s))


def marks(s: str):
    r = [(m.group(1), m.group(2) or "PERSON") for m in RX_R.finditer(s)]
    k = [(m.group(1), m.group(2) or "ORG") for m in RX_K.finditer(s)]
    return r, k


def flat(blocks):
    """All strings in a block list (paragraphs, headings, table cells, chat lines)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif isinstance(b, tuple):
            for x in b[1:]:
                if isinstance(x, str):
                    out.append(x)
                elif isinstance(x, (list, tuple)):
                    for row in x:
                        if isinstance(row, str):
                            out.append(row)
                        elif isinstance(row, (list, tuple)):
                            out.extend(c for c in row if isinstance(c, str))
    return out


class Doc:
    def __init__(self, stem, title, blocks, kind="rl", producer=("Microsoft® Word voor Microsoft 365",
                 "Microsoft® Word voor Microsoft 365"), font="Helvetica", hidden=(), author="",
                 outline=(), notes=(), fields=(), scan_rot=0.6):
        self.stem, self.title, self.blocks, self.kind = stem, title, blocks, kind
        self.producer, self.font, self.hidden, self.author = producer, font, list(hidden), author
        self.outline, self.notes, self.fields, self.scan_rot = outline, notes, fields, scan_rot

    # ------------------------------------------------------------------ building
    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        DOCS_DIR.mkdir(exist_ok=True)
        if self.kind == "docx":
            build_docx(self, out)
        elif self.kind == "scan":
            build_scan(self, out)
        elif self.kind == "form":
            build_form(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out


# ---------------------------------------------------------------------- reportlab
_REG = {}


def reg_fonts():
    if _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f)))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans"); addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    _REG["ok"] = True


def bold_of(font):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVuSans": "DejaVuSans-Bold",
            "DejaVuSerif": "DejaVuSerif-Bold", "Courier": "Courier-Bold"}.get(font, font)


def build_rl(d: Doc, out: Path):
    reg_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f, fb = d.font, bold_of(d.font)
    body = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", fontName=f, fontSize=8.5, leading=10.5, spaceAfter=1)
    head = ParagraphStyle("h", fontName=fb, fontSize=11, leading=14, spaceBefore=5, spaceAfter=3)
    title = ParagraphStyle("t", fontName=fb, fontSize=13.5, leading=17, spaceAfter=7)
    cell = ParagraphStyle("c", fontName=f, fontSize=8, leading=9.8)
    P = lambda s, st=body: Paragraph(escape(strip(s)), st)
    story = [P(d.title, title)]
    for b in d.blocks:
        if isinstance(b, str):
            story.append(P(b))
        elif b[0] == "h":
            story.append(P(b[1], head))
        elif b[0] == "s":
            for line in b[1:]:
                story.append(P(line, small))
            story.append(Spacer(1, 4))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] == "sp":
            story.append(Spacer(1, b[1]))
        elif b[0] == "t":
            rows = [[Paragraph(escape(strip(c)), cell) for c in r] for r in b[1]]
            widths = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=[w * cm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=strip(d.title), author=d.author)
    doc.build(story)


# ---------------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt
    document = docx.Document()
    st = document.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    document.core_properties.author = d.author or "Gemeente"
    document.core_properties.title = strip(d.title)
    document.add_heading(strip(d.title), level=1)
    for b in d.blocks:
        if isinstance(b, str):
            document.add_paragraph(strip(b))
        elif b[0] == "h":
            document.add_heading(strip(b[1]), level=2)
        elif b[0] == "s":
            for line in b[1:]:
                p = document.add_paragraph(strip(line)); p.paragraph_format.space_after = Pt(0)
        elif b[0] == "pb":
            document.add_page_break()
        elif b[0] == "t":
            rows = b[1]
            t = document.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = strip(c)
                    for p in t.cell(i, j).paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(8.5)
            document.add_paragraph("")
    tmp = Path(tempfile.mkdtemp(prefix="s236_docx_"))
    src = tmp / f"{d.stem}.docx"
    document.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s236_lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    shutil.copy(tmp / f"{d.stem}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------- image-only scan
def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 248)
    dr = ImageDraw.Draw(img)
    rnd = random.Random(d.stem)
    y = 150
    for b in [d.title] + list(d.blocks):
        hand = isinstance(b, tuple) and b[0] == "hand"
        text = strip(b[1] if isinstance(b, tuple) else b)
        fnt = ImageFont.truetype(str(FONTS / ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSerif.ttf")),
                                 44 if hand else 34)
        # wrap
        words, line, lines = text.split(" "), "", []
        for w in words:
            t = (line + " " + w).strip()
            if dr.textlength(t, font=fnt) > W - 260:
                lines.append(line); line = w
            else:
                line = t
        lines.append(line)
        for ln in lines:
            x = 130 + (rnd.randint(-6, 10) if hand else 0)
            dr.text((x, y), ln, fill=30 if not hand else 20, font=fnt)
            y += 58 if hand else 48
        y += 18
    img = img.rotate(d.scan_rot, resample=Image.BICUBIC, fillcolor=248)
    buf = io.BytesIO(); img.convert("RGB").save(buf, "JPEG", quality=72); buf.seek(0)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()


# ---------------------------------------------------------------------- AcroForm
def build_form(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setFont("Helvetica-Bold", 13); c.drawString(60, 790, strip(d.title))
    y = 760
    c.setFont("Helvetica", 9.5)
    from reportlab.lib.utils import simpleSplit
    for b in d.blocks:
        for ln in simpleSplit(strip(b), "Helvetica", 9.5, 475):
            c.drawString(60, y, ln); y -= 13
        y -= 4
    y -= 10
    for i, (label, value) in enumerate(d.fields):
        c.setFont("Helvetica", 9); c.drawString(60, y + 4, strip(label))
        c.acroForm.textfield(name=f"veld{i + 1}", value=strip(value), x=260, y=y, width=270, height=17,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 27
    c.showPage(); c.save()


# ---------------------------------------------------------------------- post-processing
def post(d: Doc, out: Path):
    import pikepdf
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        for k in list(pdf.docinfo.keys()):
            del pdf.docinfo[k]
        pdf.docinfo["/Producer"] = d.producer[0]
        pdf.docinfo["/Creator"] = d.producer[1]
        pdf.docinfo["/Title"] = strip(d.title)
        if d.author:
            pdf.docinfo["/Author"] = d.author
        xmp = [h for h in d.hidden if h[0] == "xmp"]
        if xmp:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [xmp[0][2]]
                m["dc:title"] = strip(d.title)
        if d.outline:
            with pdf.open_outline() as ol:
                for t, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for pg, author, text in d.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720]),
                T=pikepdf.String(author), Contents=pikepdf.String(text), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(out), static_id=True, deterministic_id=True) if False else pdf.save(str(out), static_id=True)


# ---------------------------------------------------------------------- gold
PUBLIC_TERMS = ["Heesch", "Bernheze", "VV Heeschse Boys", "Alcoholwet", "Sportpark De Lage Hoeve", "De Rode Pet",
                "veld 3", "burgemeester", "Buurtbemiddeling Bernheze", "Schutsboomlaan 2", "NSVV", "IVA", "ODBN",
                "WOO-2026-0117", "Z/25/033871", "kantine", "lichtmasten", "sluitingstijd", "Vlasstraat", "verlichting",
                "leidinggevende", "barvrijwilligers", "gemeente", "buurt", "sanctiebeleid", "Woo", "raadsvragen",
                "Heeschse Boys", "Sociale Hygiëne", "Team Handhaving", "Nistelrode", "boa's"]


def person_probes(v):
    ws = v.split()
    ps = [v]
    if "," in v:
        return [v, v.split(",")[0]]
    if len(ws) >= 2 and not v.isupper():
        sur = " ".join(ws[1:])
        while sur.split()[0].endswith(".") and len(sur.split()) > 1:
            sur = " ".join(sur.split()[1:])
        if sur != v and len(sur) > 3:
            ps.append(sur)
    return ps


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    ocr = d.kind == "scan"
    red, keep = {}, {}
    for s in flat(d.blocks) + [d.title] + [x for f in d.fields for x in f]:
        r, k = marks(s)
        for v, kind in r:
            red.setdefault(v, kind)
        for v, kind in k:
            keep.setdefault(v, kind)
    chans = None
    if ocr:
        chans = extract_channels(path, ocr="auto")["channels"]
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    for v, kind in red.items():
        texts = person_probes(v) if kind == "PERSON" else [v]
        if d.kind == "form" and any(v in f[1] for f in d.fields) and not any(v in strip(b) for b in d.blocks):
            item = {"kind": kind, "value": v, "channel": "annotations", "probes": []}
            for t in texts:
                pr = {"text": t, "word": True, "after": 0}
                if count_in(text, pr):
                    continue
                item["probes"].append(pr)
            if item["probes"]:
                gold["redact"].append(item)
            continue
        item = {"kind": kind, "value": v, "probes": []}
        if ocr:
            item["channel"] = "ocr"
        for t in texts:
            pr = {"text": t, "word": True, "after": 0}
            if ocr:
                pr["ocr"] = True
                if channel_counts(chans, pr).get("ocr", 0) == 0:
                    print(f"  note: {d.stem}: OCR does not read {t!r}; probe left out")
                    continue
            elif count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {t!r} not in text")
                continue
            item["probes"].append(pr)
        if item["probes"]:
            gold["redact"].append(item)
    for ch, kind, v, probes in d.hidden:
        channel = {"meta": "metadata", "xmp": "metadata"}.get(ch, ch)
        item = {"kind": kind, "value": v, "channel": channel,
                "probes": [{"text": p, "word": True, "after": 0} for p in probes]}
        gold["redact"].append(item)
    # redaction spans in the page text (for the overlap test)
    spans = []
    for it in gold["redact"]:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            spans += [m.span() for m in probe_regex(pr["text"], True).finditer(text)]
    if not ocr:
        for v in PUBLIC_TERMS:
            if v not in keep and count_in(text, {"text": v, "word": True}):
                if not any(a < m.end() and m.start() < b for m in probe_regex(v, True).finditer(text)
                           for a, b in spans):
                    keep[v] = "PUBLIC_TERM"
        for v, kind in keep.items():
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {v!r} not in text")
                continue
            for m in probe_regex(v, True).finditer(text):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    problems.append(f"{d.stem}: keep {v!r} overlaps a redaction")
                    break
            pr["after"] = n
            gold["keep"].append({"kind": kind, "value": v, "probes": [pr]})
    return gold, problems
