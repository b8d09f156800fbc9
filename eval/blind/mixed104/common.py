"""Framework for set ZZ (eval/blind/mixed104): producers and gold bookkeeping.

Gold is built like this: every invented person / personal datum is a global redact item (persons.py);
after a document is produced, every item whose probe occurs in the document's claimed channel is
added to its gold (text: PDFium text; scans: OCR text of the evaluator itself). Keep items are global
too (and per document); a keep probe is dropped from a document when it also occurs inside the value
of a redact item present in that document (so redacting that item cannot change the keep count).
"""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "_build"

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,  # noqa: E402
                                PageBreak, Preformatted, Image as RLImage)
from reportlab.lib import colors  # noqa: E402

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def bold_of(font):
    return BOLD.get(font) or (font + "-Bold" if font + "-Bold" in FONTS else font)


# ------------------------------------------------------------------ document records
class Doc:
    def __init__(self, stem, title, producer):
        self.stem = stem
        self.title = title
        self.producer = producer
        self.extra_red = []   # (kind, value, [probe dicts]) explicit, e.g. hidden channels
        self.extra_keep = []  # (kind, value, [probe texts])
        self.scan = False
        self.pages = 0

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def hidden(self, kind, value, probe, channel):
        self.extra_red.append((kind, value, [{"text": probe, "word": True, "after": 0, "channel": channel}]))

    def red(self, kind, value, *probes):
        self.extra_red.append((kind, value, [{"text": p, "word": True, "after": 0} for p in (probes or [value])]))

    def keep(self, kind, value, *probes):
        self.extra_keep.append((kind, value, list(probes or [value])))


# ------------------------------------------------------------------ reportlab flow documents
def _styles(font, size):
    b = bold_of(font)
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=size * 0.6,
                            spaceBefore=size * 0.4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=size * 0.3,
                             spaceBefore=size * 0.4),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
    }


def rl_flow(doc: Doc, blocks, font="Helvetica", size=10, pagesize=A4, meta=None, outline=None,
            margins=(22, 22, 20, 20), header=None):
    """blocks: ('h', t) ('h2', t) ('p', t) ('small', t) ('kv', [(k, v)]) ('table', rows, widths)
    ('pre', t) ('sp', mm) ('pb',) ('img', path, w_mm, h_mm). outline: list of titles (bookmarks, one per
    'h' block in order)."""
    st = _styles(font, size)
    story = []
    hcount = [0]
    outline = list(outline or [])

    class BookmarkPara(Paragraph):
        def __init__(self, text, style, key=None, title=None):
            super().__init__(text, style)
            self._bm = (key, title)

        def draw(self):
            super().draw()
            if self._bm[0]:
                c = self.canv
                c.bookmarkPage(self._bm[0])
                c.addOutlineEntry(self._bm[1], self._bm[0], level=0)

    for b in blocks:
        k = b[0]
        if k in ("h", "h2", "p", "small"):
            if k == "h" and outline:
                t = outline.pop(0)
                hcount[0] += 1
                story.append(BookmarkPara(escape(b[1]), st[k], key=f"bm{hcount[0]}", title=t))
            else:
                story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st[k]))
        elif k == "kv":
            rows = [[Paragraph(escape(a), st["cellb"]), Paragraph(escape(v), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[38 * mm, None], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = [[Paragraph(escape(str(c)), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "pre":
            story.append(Preformatted(b[1], ParagraphStyle("pre", fontName=b[2] if len(b) > 2 else "Courier",
                                                           fontSize=b[3] if len(b) > 3 else 8.5,
                                                           leading=(b[3] if len(b) > 3 else 8.5) * 1.25)))
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "img":
            story.append(RLImage(str(b[1]), width=b[2] * mm, height=b[3] * mm, hAlign="LEFT"))
    meta = meta or {}

    def on_page(c, d):
        if header:
            c.saveState()
            c.setFont(font, 7.5)
            c.setFillColor(colors.HexColor("#335577"))
            c.drawString(margins[2] * mm, pagesize[1] - 12 * mm, header)
            c.drawRightString(pagesize[0] - margins[3] * mm, 10 * mm, f"pagina {c.getPageNumber()}")
            c.restoreState()

    sd = SimpleDocTemplate(str(doc.pdf), pagesize=pagesize, topMargin=margins[0] * mm, bottomMargin=margins[1] * mm,
                           leftMargin=margins[2] * mm, rightMargin=margins[3] * mm,
                           title=meta.get("title", doc.title), author=meta.get("author", "GGD Zuid-Holland Zuid"),
                           subject=meta.get("subject", ""), creator=meta.get("creator", "ReportLab"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ python-docx -> LibreOffice
DOCX_QUEUE = []


def docx_flow(doc: Doc, blocks, font="Calibri", size=10.5, author=None, landscape_=False):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.section import WD_ORIENT

    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    d.core_properties.author = author or "GGD ZHZ"
    d.core_properties.title = doc.title
    for b in blocks:
        k = b[0]
        if k == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 3)
        elif k == "h2":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 1)
        elif k in ("p", "small"):
            for para in b[1].split("\n\n"):
                p = d.add_paragraph()
                lines = para.split("\n")
                for i, ln in enumerate(lines):
                    r = p.add_run(ln)
                    if k == "small":
                        r.font.size = Pt(size - 2)
                    if i < len(lines) - 1:
                        r.add_break()
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = a
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = v
                cells[0].width = Mm(40)
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = str(c)
                    for run in cells[j].paragraphs[0].runs:
                        run.font.size = Pt(size - 1.5)
                        run.bold = i == 0
            d.add_paragraph()
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    BUILD.mkdir(exist_ok=True)
    path = BUILD / f"{doc.stem}.docx"
    d.save(str(path))
    DOCX_QUEUE.append((doc, path))


def flush_docx():
    if not DOCX_QUEUE:
        return
    paths = [str(p) for _, p in DOCX_QUEUE]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS_DIR)] + paths,
                   check=True, capture_output=True, timeout=600)
    DOCX_QUEUE.clear()


# ------------------------------------------------------------------ scans
def scan_page(lines, seed, rotate=0.6, hand_font=None):
    """lines: list of (x_mm, y_mm, text, font_key, size_pt). Returns a PIL image (200 dpi, A4)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    dpi = 200
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    cache = {}
    for item in lines:
        if item[0] == "line":
            _, x1, y1, x2, y2 = item
            dr.line([(x1 / 25.4 * dpi, y1 / 25.4 * dpi), (x2 / 25.4 * dpi, y2 / 25.4 * dpi)], fill=40, width=3)
            continue
        if item[0] == "box":
            _, x1, y1, x2, y2 = item
            dr.rectangle([(x1 / 25.4 * dpi, y1 / 25.4 * dpi), (x2 / 25.4 * dpi, y2 / 25.4 * dpi)], outline=60, width=2)
            continue
        x, y, t, fk, sz = item
        key = (fk, sz)
        if key not in cache:
            cache[key] = ImageFont.truetype(FONTS[fk], int(sz * dpi / 72))
        fill = 30 if fk not in ("Femke", "Dkg") else 20
        dr.text((x / 25.4 * dpi, y / 25.4 * dpi), t, font=cache[key], fill=fill)
    rnd = random.Random(seed)
    img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=245, expand=False)
    px = img.load()
    for _ in range(W * H // 60):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-70, 40)))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def scan_pdf(doc: Doc, images, author=None):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(doc.pdf), pagesize=A4)
    c.setAuthor(author or "")
    c.setTitle("")
    c.setCreator("Canon iR-ADV C5535 PDF")
    for i, img in enumerate(images):
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=72)
        BUILD.mkdir(exist_ok=True)
        p = BUILD / f"{doc.stem}-{i}.jpg"
        p.write_bytes(buf.getvalue())
        c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    doc.scan = True


# ------------------------------------------------------------------ gold
def build_gold(doc: Doc, red_items, keep_items):
    """red_items: list of (kind, value, [probe texts]); keep_items: list of (kind, value, [probe texts])."""
    if doc.scan:
        ch = extract_channels(doc.pdf, ocr="auto")["channels"]
        base = ch.get("ocr") or []
        def cnt(p):
            return channel_counts(ch, {"text": p, "word": True, "ocr": True}).get("ocr", 0)
    else:
        txt, _ = text_pdfium(doc.pdf)
        def cnt(p):
            return count_in(txt, {"text": p, "word": True})
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(doc.pdf))
    doc.pages = len(pdf)
    pdf.close()
    red = []
    present_values = []
    for kind, value, probes in red_items:
        ps = []
        for p in probes:
            if cnt(p) > 0:
                pr = {"text": p, "word": True, "after": 0}
                if doc.scan:
                    pr["ocr"] = True
                ps.append(pr)
        if ps:
            red.append({"kind": kind, "value": value, "probes": ps})
            present_values.append(value)
    have = {(p["text"], p.get("channel")) for it in red for p in it["probes"]}
    for kind, value, probes in doc.extra_red:
        probes = [p for p in probes if (p["text"], p.get("channel")) not in have]
        if not probes:
            continue
        have.update((p["text"], p.get("channel")) for p in probes)
        if doc.scan:
            for p in probes:
                if "channel" not in p:
                    p["ocr"] = True
        red.append({"kind": kind, "value": value, "probes": probes})
        present_values.append(value)
    keep = []
    if not doc.scan:
        txt, _ = text_pdfium(doc.pdf)
        seen = set()
        for kind, value, probes in list(keep_items) + doc.extra_keep:
            ps = []
            for p in probes:
                if p in seen:
                    continue
                pr = {"text": p, "word": True}
                c = count_in(txt, pr)
                if c == 0:
                    continue
                if any(count_in(norm(v), pr) for v in present_values):
                    continue
                if any(count_in(norm(r["text"]), pr) for it in red for r in it["probes"]):
                    continue
                seen.add(p)
                pr["after"] = c
                ps.append(pr)
            if ps:
                keep.append({"kind": kind, "value": value, "probes": ps})
    import pikepdf  # the evaluator checks that a redacted file kept its page count

    with pikepdf.open(doc.pdf) as pdf:
        pages = len(pdf.pages)
    gold = {"doc": doc.pdf.name, "pages": pages, "redact": red, "keep": keep}
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return gold
