"""Shared builder for set RV (eval/blind/mixed179). Documents are lists of blocks; gold is computed
with the evaluator's own functions."""
from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak)  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuMono", FONTDIR + "DejaVuSansMono.ttf"))


class Doc:
    def __init__(self, stem, blocks, redact, keep, *, engine="rl", font="Helvetica", producer=None,
                 creator=None, author=None, xmp_creator=None, outline=None, notes=None, form=None,
                 scan=False, hidden=None, size=10):
        self.stem, self.blocks, self.redact, self.keep = stem, blocks, redact, keep
        self.engine, self.font, self.producer, self.creator = engine, font, producer, creator
        self.author, self.xmp_creator, self.outline, self.notes = author, xmp_creator, outline, notes
        self.form, self.scan, self.hidden, self.size = form, scan, hidden or [], size

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            build_scan(self, out)
        elif self.form:
            form_pdf(self, out)
        elif self.engine == "docx":
            build_docx(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out


def _styles(font, size):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVu-Bold", "Courier": "Courier-Bold", "DejaVuMono": "DejaVu-Bold"}.get(font, font)
    p = ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    h = ParagraphStyle("h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=6,
                       spaceBefore=4)
    c = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    return p, h, c


def build_rl(d: Doc, out: Path):
    p, h, c = _styles(d.font, d.size)
    story = []
    bm = 0
    for b in d.blocks:
        kind = b[0]
        if kind == "h":
            story.append(Paragraph(escape(b[1]), h))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), p))
        elif kind == "t":
            rows = [[Paragraph(escape(str(x)), c) for x in r] for r in b[1]]
            t = Table(rows, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
    outline = list(d.outline or [])

    def on_page(canv, doc):
        nonlocal bm
        canv.setFont(d.font, 7)
        canv.drawRightString(A4[0] - 40, 25, f"pagina {canv.getPageNumber()}")
        # bookmarks: one or more per page, in order
        while outline and (outline[0][1] == canv.getPageNumber()):
            title, _pg = outline.pop(0)
            key = f"bm{bm}"
            bm += 1
            canv.bookmarkPage(key)
            canv.addOutlineEntry(title, key, level=0)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=55, rightMargin=55, topMargin=50,
                            bottomMargin=45, title=d.stem, author=d.author or "", creator=d.creator or "")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt
    document = docx.Document()
    st = document.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(d.size)
    for b in d.blocks:
        if b[0] == "h":
            document.add_heading(b[1], level=2)
        elif b[0] == "p":
            document.add_paragraph(b[1])
        elif b[0] == "t":
            t = document.add_table(rows=len(b[1]), cols=len(b[1][0]))
            t.style = "Table Grid"
            for i, r in enumerate(b[1]):
                for j, x in enumerate(r):
                    t.cell(i, j).text = str(x)
        elif b[0] == "pb":
            document.add_page_break()
    document.core_properties.author = d.author or ""
    document.core_properties.title = ""
    with tempfile.TemporaryDirectory(prefix="s179_dx", dir="/tmp") as td:
        src = Path(td) / f"{d.stem}.docx"
        document.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s179_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], check=True, capture_output=True,
                       timeout=180)
        out.write_bytes((Path(td) / f"{d.stem}.pdf").read_bytes())


def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339  # A4 at 200 dpi
    rnd = random.Random(d.stem)
    pages = [[]]
    for b in d.blocks:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    c = canvas.Canvas(str(out), pagesize=A4)
    for blocks in pages:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 140
        for b in blocks:
            kind, txt = b[0], b[1]
            fname = {"h": "DejaVuSerif-Bold.ttf", "hw": "DejaVuSans-Oblique.ttf"}.get(kind, "DejaVuSerif.ttf")
            fs = {"h": 44, "hw": 40}.get(kind, 34)
            f = ImageFont.truetype(FONTDIR + fname, fs)
            for line in txt.split("\n"):
                x = 130 + (rnd.randint(0, 12) if kind == "hw" else 0)
                dr.text((x, y), line, font=f, fill=20 if kind != "hw" else 40)
                y += int(fs * 1.45)
            y += 18
        im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=250, expand=False)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def post(d: Doc, out: Path):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        if d.producer:
            info[Name.Producer] = d.producer
        if d.creator:
            info[Name.Creator] = d.creator
        if d.author is not None:
            info[Name.Author] = d.author
        elif Name.Author in info:
            del info[Name.Author]
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["xmp:CreatorTool"] = d.creator or "Microsoft Word"
        for (pg, author, text) in (d.notes or []):
            page = pdf.pages[pg - 1]
            annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                                 Rect=Array([470, 700 - 40 * len(page.obj.get("/Annots", [])),
                                                             490, 720 - 40 * len(page.obj.get("/Annots", []))]),
                                                 T=String(author), Contents=String(text), Open=False,
                                                 C=Array([1, 0.9, 0.2]), F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(annot)
        pdf.save(str(out), deterministic_id=True)


def form_pdf(d: Doc, out: Path):
    """AcroForm: label/value pairs in d.form (list of (label, name, value))."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d.stem)
    y = 800
    for b in d.blocks:
        c.setFont("Helvetica-Bold" if b[0] == "h" else "Helvetica", 13 if b[0] == "h" else 9.5)
        for line in b[1].split("\n"):
            c.drawString(55, y, line)
            y -= 16
        y -= 4
    y -= 6
    for label, name, value in d.form:
        c.setFont("Helvetica", 9)
        c.drawString(55, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=310, height=17, fontSize=9,
                             borderWidth=0.5, fontName="Helvetica")
        y -= 24
    c.save()


# ------------------------------------------------------------------ gold
def _spans(text, probe):
    return [(m.start(), m.end()) for m in probe_regex(probe, True).finditer(text)]


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden_ch = {it[0] for it in d.hidden}
    chans = {}
    if hidden_ch:
        chans = extract_channels(path, ocr="auto" if "ocr" in hidden_ch else "off")["channels"]
    redact = []
    rspans = []
    for kind, probe in d.redact:
        pr = {"text": probe, "word": True, "after": 0}
        if d.scan:
            pr["ocr"] = True
            n = channel_counts(chans, pr).get("ocr", 0) if chans else 0
            if not n:
                problems.append(f"{d.stem}: OCR probe not found {probe!r}")
            redact.append({"kind": kind, "value": probe, "channel": "ocr", "probes": [pr]})
            continue
        n = count_in(text, pr)
        if not n:
            problems.append(f"{d.stem}: redact probe not in text {probe!r}")
        rspans += _spans(text, probe)
        redact.append({"kind": kind, "value": probe, "probes": [pr]})
    for ch, kind, probe in d.hidden:
        if ch == "ocr":
            continue
        pr = {"text": probe, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d.stem}: hidden probe {probe!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden probe {probe!r} also in text")
        redact.append({"kind": kind, "value": probe, "channel": ch, "probes": [pr]})
    keep = []
    for kind, probe in d.keep:
        pr = {"text": probe, "word": True}
        n = count_in(text, pr)
        if not n:
            problems.append(f"{d.stem}: keep probe not in text {probe!r}")
            continue
        for s, e in _spans(text, probe):
            if any(s < re_ and rs < e for rs, re_ in rspans):
                problems.append(f"{d.stem}: keep probe {probe!r} overlaps a redact probe")
                break
        pr["after"] = n
        keep.append({"kind": kind, "value": probe, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
