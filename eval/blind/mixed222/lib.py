"""Engine for set IW (eval/blind/mixed222): renders documents with several producers and writes gold."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s222_build")
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Doc:
    """body: list of str (paragraphs; '# ' heading, '---' page break) or list-of-lists (table).
    redact/keep: list of (kind, value, [probe texts]) or (kind, value, [probes], channel)."""

    def __init__(self, stem, producer, body, redact, keep, meta=None, outline=None, annots=None,
                 form=None, scan=None, font="Helvetica"):
        self.stem, self.producer, self.body = stem, producer, body
        self.redact, self.keep = redact, keep
        self.meta = meta or {}
        self.outline = outline or []
        self.annots = annots or []
        self.form = form or []
        self.scan = scan
        self.font = font

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}-raw.pdf"
        if self.producer == "docx":
            build_docx(self, raw)
        elif self.scan:
            build_scan(self, raw)
        else:
            build_rl(self, raw)
        post(self, raw, out)
        return out


def _register_ttf():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT_DIR + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))


def build_rl(d: Doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab import rl_config
    rl_config.invariant = 1
    font = d.font
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(font)
    if font.startswith("DejaVu"):
        _register_ttf()
        bold = font + "-Bold"
    st = ParagraphStyle("b", fontName=font, fontSize=10, leading=13.5, spaceAfter=5)
    sh = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=16, spaceAfter=6, spaceBefore=4)
    sc = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)
    story = []
    for b in d.body:
        if isinstance(b, list):
            data = [[Paragraph(escape(c), sc) for c in row] for row in b]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif b == "---":
            story.append(PageBreak())
        elif b.startswith("# "):
            story.append(Paragraph(escape(b[2:]), sh))
        else:
            story.append(Paragraph(escape(b).replace("\n", "<br/>"), st))
    if d.form:
        story.append(Spacer(1, 12 * len(d.form) * 2.2))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="", author="")

    def onpage(c, _doc):
        if d.form and c.getPageNumber() == 1:
            pass

    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    if d.form:
        add_form(d, path)


def add_form(d: Doc, path: Path):
    """Overlay AcroForm text fields (with values) at the bottom of page 1."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    import pikepdf
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 330
    c.setFont("Helvetica-Bold", 10)
    c.drawString(62, y + 26, "In te vullen velden")
    for name, label, value in d.form:
        c.setFont("Helvetica", 9)
        c.drawString(62, y + 5, label)
        c.acroForm.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=17,
                             value=value, fontName="Helvetica", fontSize=9, borderWidth=0.6)
        y -= 24
    c.save()
    buf.seek(0)
    with pikepdf.open(path) as base, pikepdf.open(buf) as ov:
        # copy the form page over: simplest is to merge annotations + acroform onto base page 1
        p0 = base.pages[0]
        op = ov.pages[0]
        # draw the labels: overlay the overlay page content as a form xobject
        p0.add_overlay(op)
        annots = base.make_indirect(pikepdf.Array())
        fields = pikepdf.Array()
        for a in op.obj.get("/Annots", []):
            na = base.copy_foreign(a)
            na.P = p0.obj
            annots.append(na)
            fields.append(na)
        p0.obj.Annots = annots
        af = base.copy_foreign(ov.Root.AcroForm)
        af.Fields = fields
        base.Root.AcroForm = af
        base.save(str(path) + ".tmp")
    Path(str(path) + ".tmp").replace(path)


def build_docx(d: Doc, path: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc = docx.Document()
    s = doc.styles["Normal"]
    s.font.name = d.font if d.font in ("Calibri", "Liberation Serif", "DejaVu Sans") else "DejaVu Sans"
    s.font.size = Pt(10)
    doc.core_properties.author = d.meta.get("docx_author", "")
    doc.core_properties.title = ""
    for b in d.body:
        if isinstance(b, list):
            t = doc.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
        elif b == "---":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b.startswith("# "):
            doc.add_heading(b[2:], level=2)
        else:
            doc.add_paragraph(b)
    src = TMP / f"{d.stem}-raw.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s222_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                   check=True, capture_output=True, timeout=240)
    assert path.exists(), path


def build_scan(d: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rnd = random.Random(d.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 34)
    f_head = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 40)
    f_hand = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 40)
    y = 150
    for b in d.body:
        if isinstance(b, list):
            for row in b:
                x = 130
                cw = (W - 260) // len(row)
                for j, cell in enumerate(row):
                    dr.text((x + j * cw, y), cell, font=f_body, fill=25)
                dr.line((130, y + 48, W - 130, y + 48), fill=120, width=2)
                y += 66
            y += 20
            continue
        for line in b.split("\n"):
            font, fill = f_body, 30
            if line.startswith("# "):
                font, line = f_head, line[2:]
            elif line.startswith("~ "):  # handwritten: italic, slightly slanted baseline
                font, fill, line = f_hand, 40, line[2:]
            dr.text((130, y), line, font=font, fill=fill)
            y += 52
        y += 24
    img = img.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jp = TMP / f"{d.stem}.jpg"
    img.save(jp, "JPEG", quality=72)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


PRODUCERS = {
    "rl": ("ReportLab PDF Library - www.reportlab.com", None),
    "word": ("Microsoft® Word voor Microsoft 365", "Microsoft® Word voor Microsoft 365"),
    "outlook": ("Microsoft® Outlook voor Microsoft 365", "Microsoft® Outlook voor Microsoft 365"),
    "aspose": ("Aspose.PDF for .NET 23.4", "Aspose.Words for .NET 23.4.0"),
    "itext": ("iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", "Zaaksysteem Djuma 4.2"),
    "nitro": ("Nitro PDF PixelPerfect 13.70", "Nitro Pro 13"),
    "pdfpen": ("PDFpen 13.1", "PDFpen"),
    "scanner": ("Canon iR-ADV C5840 PDF", "Canon iR-ADV C5840"),
}


def post(d: Doc, raw: Path, out: Path):
    import pikepdf
    with pikepdf.open(raw) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/CreationDate", "/ModDate"):
                continue
            del info[k]
        kind = d.meta.get("as", "rl" if d.producer not in ("docx",) else "word")
        prod, creator = PRODUCERS[kind]
        if d.producer == "docx" and kind == "word":
            prod, creator = "LibreOffice 7.4", "Writer"
        info["/Producer"] = prod
        if creator:
            info["/Creator"] = creator
        info["/CreationDate"] = "D:20260903101500+02'00'"
        info["/ModDate"] = "D:20260903101500+02'00'"
        if d.meta.get("title"):
            info["/Title"] = d.meta["title"]
        author = d.meta.get("author") or (d.meta.get("docx_author") if d.producer == "docx" else None)
        if author:
            info["/Author"] = author
        if d.meta.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.meta["xmp_creator"]]
                m["dc:title"] = d.meta.get("title", d.stem)
        if d.outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pg, kids in d.outline:
                    it = pikepdf.OutlineItem(title, pg)
                    for kt, kp in kids:
                        it.children.append(pikepdf.OutlineItem(kt, kp))
                    ol.root.append(it)
        for pg, rect, author, text in d.annots:
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                T=pikepdf.String(author), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                C=pikepdf.Array([1, 0.85, 0.2]), F=4, M=pikepdf.String("D:20260902143000+02'00'")))
            page = pdf.pages[pg]
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(out, static_id=True)


# ---------------------------------------------------------------------- gold
def _items(spec):
    for s in spec:
        kind, value, probes = s[0], s[1], s[2]
        ch = s[3] if len(s) > 3 else None
        yield kind, value, probes, ch


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    hidden = {s[3] for s in d.redact if len(s) > 3}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    red = []
    spans = []
    for kind, value, probes, ch in _items(d.redact):
        item = {"kind": kind, "value": value, "probes": []}
        if ch:
            item["channel"] = ch
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
            if ch is None:
                ok = count_in(text, pr) > 0
                for m in probe_regex(p, True).finditer(text):
                    spans.append((m.start(), m.end()))
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} in page text")
            if not ok:
                problems.append(f"{d.stem}: redact {p!r} not found in {ch or 'pdfium'}")
                continue
            item["probes"].append(pr)
        if item["probes"]:
            red.append(item)
    # also value spans of text-layer redactions
    for kind, value, probes, ch in _items(d.redact):
        if ch is None:
            for m in probe_regex(value, False).finditer(text):
                spans.append((m.start(), m.end()))
    redvals = [v for _, v, ps, ch in _items(d.redact) for v in [v] + list(ps)]
    keep = []
    for kind, value, probes, ch in _items(d.keep):
        item = {"kind": kind, "value": value, "probes": []}
        for p in probes:
            pr = {"text": p, "word": True}
            ms = list(probe_regex(p, True).finditer(text))
            if not ms:
                problems.append(f"{d.stem}: keep {p!r} not in text")
                continue
            if any(m.start() < e and s < m.end() for m in ms for s, e in spans) or \
                    any(p in rv or rv in p for rv in redvals if len(rv) > 2):
                print(f"  (dropped overlapping keep probe {d.stem}: {p!r})")
                continue
            pr["after"] = len(ms)
            item["probes"].append(pr)
        if item["probes"]:
            keep.append(item)
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
