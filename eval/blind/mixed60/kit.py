"""Helpers for set BR (eval/blind/mixed60): producers (reportlab, python-docx + LibreOffice, scans),
hidden channels (pikepdf) and gold bookkeeping. Written blind (see README.md)."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = HERE / ".tmp"

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,  # noqa: E402
                                Preformatted, Spacer, Table, TableStyle, Image as RLImage)

_F = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _F.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuMono": "DejaVuMono-Bold",
        "LibSerif": "LibSerif-Bold", "LibSans": "LibSans-Bold", "Carlito": "Carlito-Bold", "Femke": "Femke"}


# ------------------------------------------------------------------ gold
class Gold:
    def __init__(self, doc: str):
        self.doc = doc
        self.redact: list = []
        self.keep: list = []

    def r(self, kind, value, *probes, ch="text"):
        ps = []
        for p in (probes or (value,)):
            d = {"text": p, "word": True, "after": 0, "channel": ch}
            if ch == "ocr":
                d["ocr"] = True
            ps.append(d)
        self.redact.append({"kind": kind, "value": value, "probes": ps})

    def k(self, kind, value, *probes, minus=0):
        """minus: occurrences inside a private address or a person's name that a redactor may rightly remove."""
        self.keep.append({"kind": kind, "value": value, "_minus": minus,
                          "probes": [{"text": p, "word": True, "after": None} for p in (probes or (value,))]})

    def finish(self, pdf: Path) -> dict:
        txt, n = text_pdfium(pdf)
        bad = []
        for it in self.keep:
            for p in it["probes"]:
                p["after"] = count_in(txt, p) - it.get("_minus", 0)
                if p["after"] <= 0:
                    bad.append(p["text"])
            it.pop("_minus", None)
        if bad:
            raise SystemExit(f"{self.doc}: keep probes absent from PDFium text: {bad}")
        g = {"doc": self.doc, "pages": n, "redact": self.redact, "keep": self.keep}
        (GOLD_DIR / (Path(self.doc).stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1))
        return g


# ------------------------------------------------------------------ reportlab producer
def styles(font="Helvetica", size=10, lead=None):
    b = BOLD.get(font, font)
    lead = lead or size * 1.3
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=3, spaceBefore=6),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.2),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "center": ParagraphStyle("ce", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER),
        "mono": ParagraphStyle("m", fontName="Courier" if font not in ("DejaVu", "DejaVuMono") else "DejaVuMono",
                               fontSize=size - 1, leading=(size - 1) * 1.25),
    }


def story(items, st):
    """items: ('h', txt) ('h2', txt) ('p', txt) ('small', txt) ('right', txt) ('sp', h) ('pb',)
    ('t', rows, widths[, header]) ('pre', txt) ('img', path, w, h)"""
    out = []
    for it in items:
        kind = it[0]
        if kind == "sp":
            out.append(Spacer(1, it[1] if len(it) > 1 else 8))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "pre":
            out.append(Preformatted(it[1], st["mono"]))
        elif kind == "img":
            out.append(RLImage(str(it[1]), width=it[2], height=it[3]))
        elif kind == "t":
            rows, widths = it[1], it[2]
            header = it[3] if len(it) > 3 else True
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(str(c), st["cellb"] if (header and ri == 0) else st["cell"]) for c in row])
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")))
            t.setStyle(TableStyle(sty))
            out.append(t)
        else:
            out.append(Paragraph(it[1], st[kind]))
    return out


def build_rl(path: Path, items, font="Helvetica", size=10, pagesize=A4, margins=(25, 20, 25, 22),
             header=None, footer=None, side=None, side_w=48, title="", author="", subject="",
             page_numbers=True, on_first=None, logo=None):
    """header/footer: str (drawn on every page); side: list of (text, bold) drawn in a right-hand column of page 1
    (the text frame is narrowed on that page). on_first(canvas, doc) for extras."""
    st = styles(font, size)
    W, H = pagesize
    l, t, r, b = [m * mm for m in margins]
    frames_first = [Frame(l, b, W - l - r - (side_w * mm if side else 0), H - t - b, id="f1")]
    frames_next = [Frame(l, b, W - l - r, H - t - b, id="f2")]

    def deco(c, d, first=False):
        c.saveState()
        c.setFont(font, size - 2)
        if logo:
            c.setFont(BOLD.get(font, font), size + 2)
            c.drawString(l, H - 14 * mm, logo)
            c.setFont(font, size - 2)
        if header:
            c.drawRightString(W - r, H - 12 * mm, header)
        if footer or page_numbers:
            s = (footer + "   " if footer else "") + (f"Pagina {d.page}" if page_numbers else "")
            c.drawString(l, 10 * mm, s)
        if first and side:
            x = W - r - side_w * mm + 6 * mm
            y = H - t
            for txt, bold in side:
                c.setFont(BOLD.get(font, font) if bold else font, size - 2.5)
                c.drawString(x, y, txt)
                y -= (size - 2.5) * 1.35
        if first and on_first:
            on_first(c, d)
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=author, subject=subject,
                          leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=frames_first, onPage=lambda c, d: deco(c, d, True), autoNextPageTemplate="next"),
        PageTemplate(id="next", frames=frames_next, onPage=lambda c, d: deco(c, d, False)),
    ])
    doc.build(story(items, st))


# ------------------------------------------------------------------ docx producer
def docx_to_pdf(docx_paths: list, outdir: Path):
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                       check=True, capture_output=True, timeout=600)


# ------------------------------------------------------------------ scans
def scan_pdf(src_pdf: Path, out_pdf: Path, seed=0, dpi=150, angle=0.6, noise=10, quality=55, gray=True):
    """Render every page of src_pdf, degrade it (rotation, noise, JPEG) and write an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    imgs = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L" if gray else "RGB")
        a = angle * (1 if rnd.random() > 0.5 else -1) * (0.6 + rnd.random() * 0.6)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 60):
            x, y = rnd.randrange(w), rnd.randrange(h)
            v = px[x, y]
            if gray:
                px[x, y] = max(0, min(255, v + rnd.randint(-noise * 6, noise * 2)))
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        imgs.append(Image.open(buf).copy())
    pdf.close()
    imgs[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


# ------------------------------------------------------------------ hidden channels (pikepdf)
def set_meta(path: Path, author=None, title=None, subject=None, creator=None, xmp_creator=None, keywords=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [xmp_creator]
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if creator is not None:
            pdf.docinfo["/Creator"] = creator
        if keywords is not None:
            pdf.docinfo["/Keywords"] = keywords
        pdf.save(str(path))


def add_outline(path: Path, titles: list):
    """titles: list of (title, page_index)."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for t, p in titles:
                ol.root.append(pikepdf.OutlineItem(t, p))
        pdf.save(str(path))


def add_annots(path: Path, notes: list):
    """notes: list of dicts page, rect, contents, author(T), subtype ('Text'|'Link'), uri"""
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for n in notes:
            page = pdf.pages[n.get("page", 0)]
            if n.get("subtype") == "Link":
                a = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(n["rect"]), Border=Array([0, 0, 0]),
                               A=Dictionary(S=Name.URI, URI=String(n["uri"])))
            else:
                a = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(n["rect"]),
                               Contents=String(n["contents"]), T=String(n.get("author", "")), Open=False,
                               Name=Name.Comment)
            annots = page.obj.get("/Annots")
            if annots is None:
                page.obj["/Annots"] = pdf.make_indirect(Array([]))
                annots = page.obj["/Annots"]
            annots.append(pdf.make_indirect(a))
        pdf.save(str(path))


def KK(g: Gold, items):
    """Keep probes from (kind, value[, minus]) tuples."""
    for t in items:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
