"""Rendering engine and gold writer for set mixed98 (see make_set.py)."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]|\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def parse(s: str):
    """'[[x|KIND]]' marks a redact string (default PERSON), '{{x|KIND}}' a keep string (default ORG)."""
    marks = []

    def rep(m):
        if m.group(1) is not None:
            marks.append(("R", m.group(1), m.group(2) or "PERSON"))
            return m.group(1)
        marks.append(("K", m.group(3), m.group(4) or "ORG"))
        return m.group(3)

    return MARK.sub(rep, s), marks


def plain(s: str) -> str:
    return parse(s)[0]


# ---------------------------------------------------------------- fonts
FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "liberation2/LiberationSans-Regular.ttf", "LibSans-Bold": "liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "liberation2/LiberationSerif-Regular.ttf", "LibSerif-Bold": "liberation2/LiberationSerif-Bold.ttf",
    "LibMono": "liberation2/LiberationMono-Regular.ttf", "Femke": "femkeklaver/femkeklaver.ttf",
    "Dkg": "fifthhorseman/dkg.ttf",
}
FAMILIES = {  # regular, bold
    "helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"), "dejavu": ("DejaVuSans", "DejaVuSans-Bold"),
    "dejavuserif": ("DejaVuSerif", "DejaVuSerif-Bold"), "libsans": ("LibSans", "LibSans-Bold"),
    "libserif": ("LibSerif", "LibSerif-Bold"), "libmono": ("LibMono", "LibMono"),
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, p in TTF.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / p)))
    _registered = True


def rl_text(s: str) -> str:
    return escape(plain(s)).replace("\n", "<br/>")


# ---------------------------------------------------------------- signature image
def signature_png(name: str, seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("L", (520, 150), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(str(FONT_DIR / TTF["Femke"]), 64)
    d.text((20, 30), name, font=f, fill=30)
    pts = [(10 + i * 50, 120 + rnd.randint(-12, 12)) for i in range(11)]
    d.line(pts, fill=60, width=3)
    im = im.rotate(rnd.uniform(-6, 6), fillcolor=255)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ---------------------------------------------------------------- reportlab renderer
def render_rl(doc: dict, out: Path):
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    reg, bold = FAMILIES[doc.get("font", "helv")]
    size = doc.get("size", 10)
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.35, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6,
                             spaceAfter=4),
        "mono": ParagraphStyle("m", fontName=doc.get("mono", "Courier"), fontSize=size - 1,
                               leading=(size - 1) * 1.3, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "hand": ParagraphStyle("hd", fontName="Femke", fontSize=size + 6, leading=(size + 6) * 1.4,
                               spaceAfter=6),
    }
    story = []
    for i, b in enumerate(doc["blocks"]):
        k = b[0]
        if k in ("p", "h1", "h2", "small", "mono", "hand"):
            story.append(Paragraph(rl_text(b[1]), st[k]))
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sig":
            story.append(Image(io.BytesIO(signature_png(plain(b[1]), i + len(doc["id"]))), width=45 * mm,
                               height=13 * mm, hAlign="LEFT"))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            header = opts.get("header", True)
            data = []
            for r, row in enumerate(rows):
                data.append([Paragraph(rl_text(c), st["cellb" if (header and r == 0) or
                                                         (opts.get("labels") and j == 0) else "cell"])
                             for j, c in enumerate(row)])
            widths = opts.get("widths")
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(k)

    hdr = doc.get("running")

    def on_page(c, d):
        c.saveState()
        if hdr:
            c.setFont(reg, 7.5)
            c.drawString(20 * mm, 287 * mm, plain(hdr))
        c.setFont(reg, 7.5)
        c.drawRightString(190 * mm, 10 * mm, f"{d.page}")
        for fname, fval in (doc.get("fields") or {}).items() if d.page == 1 else ():
            x, y, w, v = fval
            c.acroForm.textfield(name=fname, value=plain(v), x=x * mm, y=y * mm, width=w * mm, height=6 * mm,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
        c.restoreState()

    meta = doc.get("meta", {})
    sd = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=doc.get("top", 18) * mm, bottomMargin=16 * mm,
                           title=plain(meta.get("title", doc.get("title", ""))),
                           author=plain(meta.get("author", "Waterschap Rivierenland")),
                           subject=plain(meta.get("subject", "")), creator=meta.get("creator", "ReportLab"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- docx -> LibreOffice renderer
def render_docx(doc: dict, out: Path):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_BREAK

    d = Document()
    font = doc.get("docx_font", "Calibri")
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(doc.get("size", 10.5))
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(22)
        s.top_margin = Mm(18)
        s.bottom_margin = Mm(16)
        if doc.get("running"):
            s.header.paragraphs[0].text = plain(doc["running"])
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            d.add_heading(plain(b[1]), level=1)
        elif k == "h2":
            d.add_heading(plain(b[1]), level=2)
        elif k in ("p", "small", "mono", "hand"):
            for line_i, part in enumerate([plain(b[1])]):
                p = d.add_paragraph()
                lines = part.split("\n")
                for j, ln in enumerate(lines):
                    r = p.add_run(ln)
                    if k == "mono":
                        r.font.name = "Liberation Mono"
                        r.font.size = Pt(9)
                    if k == "small":
                        r.font.size = Pt(8)
                    if j < len(lines) - 1:
                        r.add_break()
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sig":
            d.add_picture(io.BytesIO(signature_png(plain(b[1]), 7)), width=Mm(45))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(r, j)
                    cell.text = plain(c)
                    for para in cell.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(9)
                            if (opts.get("header", True) and r == 0) or (opts.get("labels") and j == 0):
                                run.bold = True
            d.add_paragraph()
    meta = doc.get("meta", {})
    cp = d.core_properties
    cp.author = plain(meta.get("author", "Waterschap Rivierenland"))
    cp.title = plain(meta.get("title", doc.get("title", "")))
    cp.last_modified_by = plain(meta.get("last_modified_by", cp.author))
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        out.write_bytes((Path(td) / (out.stem + ".pdf")).read_bytes())


# ---------------------------------------------------------------- scan renderer (image-only PDF)
def render_scan(doc: dict, out: Path):
    from PIL import Image, ImageFilter
    rnd = random.Random(doc["id"])
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "src.pdf"
        render_rl(doc, tmp)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp), str(Path(td) / "pg")], check=True)
        pages = []
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            b = io.BytesIO()
            im.save(b, "JPEG", quality=doc.get("jpeg", 60))
            pages.append(Image.open(io.BytesIO(b.getvalue())))
        pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- hidden channels (pikepdf)
def add_hidden(doc: dict, out: Path):
    import pikepdf
    h = doc.get("hidden") or {}
    if not h:
        return
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        if h.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [plain(x) for x in h["xmp_creator"]]
        if h.get("outline"):
            with pdf.open_outline() as ol:
                for title, page in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), page))
        for (page, rect, author, text) in h.get("annots", []):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                T=pikepdf.String(plain(author)), Contents=pikepdf.String(plain(text)),
                Name=pikepdf.Name.Comment, F=4))
            pg = pdf.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(a)
        pdf.save(str(out))


# ---------------------------------------------------------------- gold
def all_strings(doc: dict):
    """Yield (string, channel) for every piece of marked text in a document."""
    for b in doc["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                for c in row:
                    yield c, "text"
        elif b[0] == "sig":
            continue
        elif len(b) > 1 and isinstance(b[1], str):
            yield b[1], "text"
    if doc.get("running"):
        yield doc["running"], "text"
    for v in (doc.get("fields") or {}).values():
        yield v[3], "annotations"
    meta = doc.get("meta", {})
    for k in ("author", "title", "subject", "last_modified_by"):
        if k in meta:
            yield meta[k], "metadata"
    h = doc.get("hidden") or {}
    for x in h.get("xmp_creator", []):
        yield x, "metadata"
    for t, _ in h.get("outline", []):
        yield t, "outline"
    for a in h.get("annots", []):
        yield a[2], "annotations"
        yield a[3], "annotations"


def build_gold(doc: dict, pdf_path: Path) -> dict:
    scan = doc["producer"] == "scan"
    txt, npages = text_pdfium(pdf_path)
    red, keep = {}, {}
    for s, ch in all_strings(doc):
        for kind, val, k2 in parse(s)[1]:
            if kind == "R":
                chan = "ocr" if (scan and ch == "text") else ch
                cur = red.get(val)
                if cur is None or (cur[1] != "text" and chan == "text"):
                    red[val] = (k2, chan)
            else:
                if not scan and ch == "text":
                    keep.setdefault(val, k2)
    gold = {"doc": pdf_path.name, "pages": npages, "redact": [], "keep": []}
    for val, (kind, chan) in red.items():
        word = bool(re.match(r"\w", val[0]) or re.match(r"\w", val[-1]))
        pr = {"text": val, "word": word, "after": 0}
        if chan == "ocr":
            pr["ocr"] = True
        if chan not in ("text", "ocr"):
            pr["channel"] = chan
        gold["redact"].append({"kind": kind, "value": val, "probes": [pr]})
    for val, kind in keep.items():
        pr = {"text": val, "word": True, "after": 0}
        pr["after"] = count_in(txt, pr)
        gold["keep"].append({"kind": kind, "value": val, "probes": [pr]})
    return gold, npages, txt


def overlaps(gold: dict, txt: str):
    """Keep probes whose matches overlap a redact probe's match (would be ambiguous)."""
    spans = []
    for e in gold["redact"]:
        for p in e["probes"]:
            for m in probe_regex(p["text"], p["word"]).finditer(txt):
                spans.append((m.start(), m.end(), p["text"]))
    bad = []
    for e in gold["keep"]:
        for p in e["probes"]:
            for m in probe_regex(p["text"], p["word"]).finditer(txt):
                for a, b, t in spans:
                    if m.start() < b and a < m.end():
                        bad.append((p["text"], t))
    return bad
