"""Helpers for set CT (eval/blind/mixed88): producers (reportlab, python-docx -> LibreOffice,
image-only scans), hidden channels, and the gold builder. Counts use the evaluator's functions."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER  # noqa: E402,F401
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402,F401
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402,F401
                                Spacer, Table, TableStyle, KeepTogether)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DOCX_DIR = HERE / "_docx"

_TTF = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibSans-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LibSerif": "LibSerif-Bold",
        "LibSans": "LibSans-Bold", "Carlito": "Carlito-Bold", "LibMono": "LibMono-Bold"}


def styles(font="Helvetica", size=10, lead=None):
    lead = lead or size * 1.3
    b = BOLD.get(font, font)
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "tight": ParagraphStyle("t", fontName=font, fontSize=size, leading=lead),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "tiny": ParagraphStyle("ti", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.25),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=8,
                             spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceAfter=4,
                             spaceBefore=6),
        "b": ParagraphStyle("b", fontName=b, fontSize=size, leading=lead),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER),
    }


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(text, st):
    return Paragraph(text, st)


def grid_table(rows, widths, st, header=True, grid=0.4, bg="#E6E6E6", valign="TOP", pad=3):
    data = [[c if not isinstance(c, str) else Paragraph(c, st) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), grid, colors.grey))
    if header and bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(bg)))
    t.setStyle(TableStyle(cmds))
    return t


def plain_table(rows, widths, st, pad=1):
    return grid_table(rows, widths, st, header=False, grid=0, pad=pad)


def signature_image(name: str, font="Femke", size=54, w=520, h=120, seed=1):
    """A handwritten-looking signature as a small PNG (pixels only)."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(_TTF[font], size)
    dr.text((10, 20), name, font=f, fill=30)
    pts = [(10 + i * 25, 95 + rnd.randint(-8, 8)) for i in range(int(w / 25))]
    dr.line(pts[: len(pts) // 2], fill=60, width=2)
    im = im.rotate(rnd.uniform(-4, 4), fillcolor=255, expand=False)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def build_platypus(path: Path, story, pagesize=A4, margins=(22, 20, 22, 20), on_page=None, title=None,
                   author=None, subject=None, creator=None):
    l, r, t, b = margins
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title or "", author=author or "",
                            subject=subject or "", creator=creator or "")
    if on_page:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(story)


def footer(text, font="Helvetica", size=7.5, logo=None):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont(font, size)
        w, h = doc.pagesize
        canv.drawString(doc.leftMargin, 12 * mm, text)
        canv.drawRightString(w - doc.rightMargin, 12 * mm, f"Pagina {doc.page}")
        if logo:
            canv.setFont(BOLD.get(font, font), 8.5)
            canv.drawRightString(w - doc.rightMargin, h - 12 * mm, logo)
        canv.restoreState()
    return fn


# ---------------------------------------------------------------- scans
def scan_pdf(path: Path, draw_fn, seed=7, angle=0.6, quality=55, size=(1654, 2339), dpi=200):
    """draw_fn(draw, fonts) paints on a white A4 page at 200 dpi; the result is wrapped as an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    im = Image.new("L", size, 250)
    dr = ImageDraw.Draw(im)

    def font(name, px):
        return ImageFont.truetype(_TTF[name], px)
    draw_fn(dr, font)
    px = im.load()
    for _ in range(size[0] * size[1] // 90):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        px[x, y] = max(0, px[x, y] - rnd.randint(20, 90))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    im = im.rotate(angle, fillcolor=235, resample=Image.BICUBIC)
    b = io.BytesIO()
    im.convert("L").save(b, "JPEG", quality=quality)
    b.seek(0)
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def ocr_text_of(path: Path) -> str:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(path), f"{td}/p"], check=True)
        out = []
        for img in sorted(Path(td).glob("p*.png")):
            r = subprocess.run(["tesseract", str(img), "-", "-l", "nld", "--psm", "3"], capture_output=True)
            out.append(r.stdout.decode("utf-8", "replace"))
        return norm(" ".join(out))


# ---------------------------------------------------------------- docx
def docx_new(font="Liberation Sans", size=10):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        for a in ("w:eastAsia", "w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(docx.oxml.ns.qn(a), font)
    for s in d.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Mm(22)
        s.top_margin = s.bottom_margin = Mm(20)
    return d


def docx_table(d, rows, widths_mm=None, style="Table Grid", bold_header=True, size=None):
    from docx.shared import Mm, Pt
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(c)
            if bold_header and i == 0:
                run.bold = True
            if size:
                run.font.size = Pt(size)
            if widths_mm:
                cell.width = Mm(widths_mm[j])
    return t


def docx_para(d, text, bold=False, size=None, italic=False, align=None, space_after=4):
    from docx.shared import Pt
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    if align == "right":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def docx_convert(stems: list, outdir: Path):
    if not stems:
        return
    files = [str(DOCX_DIR / f"{s}.docx") for s in stems]
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + files, check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- hidden channels
def set_meta(path: Path, author=None, title=None, subject=None, creator_xmp=None, keywords=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if keywords is not None:
            pdf.docinfo["/Keywords"] = keywords
        if creator_xmp is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                md["dc:creator"] = creator_xmp
        pdf.save(str(path))


def add_text_annots(path: Path, notes):
    """notes: list of (page_index, rect, author, contents)."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for pi, rect, author, contents in notes:
            page = pdf.pages[pi]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                T=pikepdf.String(author), Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment,
                C=pikepdf.Array([1, 0.9, 0.2]), F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path))


def add_outline(path: Path, entries):
    """entries: list of (title, page_index)."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for title, pi in entries:
                ol.root.append(pikepdf.OutlineItem(title, pi))
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
class Doc:
    def __init__(self, stem: str, title: str, producer: str):
        self.stem, self.title, self.producer = stem, title, producer
        self.red, self.keep = [], []
        self.path = DOCS_DIR / f"{stem}.pdf"

    def r(self, kind, value, *probes, ch="text"):
        """A redact item. Probes default to the value itself."""
        probes = probes or (value,)
        ps = []
        for p in probes:
            d = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                d["ocr"] = True
            if ch != "text":
                d["channel"] = ch
            ps.append(d)
        self.red.append({"kind": kind, "value": value, "probes": ps})

    def k(self, kind, value, *probes):
        probes = probes or (value,)
        self.keep.append({"kind": kind, "value": value, "probes": [{"text": p, "word": True} for p in probes]})


def masked_text(text: str, red: list) -> str:
    """The original's PDFium text with every redact value and probe blanked (what a correct tool removes)."""
    spans = []
    for it in red:
        for s in [it["value"]] + [p["text"] for p in it["probes"]]:
            for m in probe_regex(s, True).finditer(text):
                spans.append((m.start(), m.end()))
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != " ":
                chars[i] = "#"
    return "".join(chars)


DROPPED: list = []  # OCR probes that tesseract does not read in the original (not probed)


def finalize(doc: Doc) -> dict:
    text, pages = text_pdfium(doc.path)
    problems = []
    if any(p.get("ocr") for it in doc.red for p in it["probes"]):
        from evaluate import image_pages, ocr_count, ocr_text
        with tempfile.TemporaryDirectory() as td:
            entries = ocr_text(doc.path, Path(td), image_pages(doc.path))
        red = []
        for it in doc.red:
            ps = []
            for p in it["probes"]:
                if p.get("ocr") and ocr_count(entries, p) == 0:
                    DROPPED.append(f"{doc.stem}: {p['text']}")
                    continue
                ps.append(p)
            if ps:
                red.append(dict(it, probes=ps))
        doc.red = red
    # a probe that contains another probe of the same item adds nothing (the shorter one finds any leak)
    for it in doc.red:
        ps = [p["text"] for p in it["probes"]]
        it["probes"] = [p for p in it["probes"]
                        if not any(q != p["text"] and probe_regex(q, True).search(p["text"]) for q in ps)]
    mt = masked_text(text, doc.red)
    keep = []
    for it in doc.keep:
        ps = []
        for p in it["probes"]:
            c = count_in(mt, p)
            full = count_in(text, p)
            if c == 0:
                problems.append(f"{doc.stem}: keep probe {p['text']!r} not found (full text {full})")
                continue
            ps.append({"text": p["text"], "word": True, "after": c})
        if ps:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": ps})
    # a redact probe must not sit inside a keep probe
    for it in doc.red:
        for p in it["probes"]:
            rx = probe_regex(p["text"], True)
            for k in doc.keep:
                for kp in k["probes"]:
                    if rx.search(norm(kp["text"])):
                        problems.append(f"{doc.stem}: redact {p['text']!r} inside keep {kp['text']!r}")
    gold = {"doc": doc.path.name, "pages": pages, "title": doc.title, "producer": doc.producer,
            "redact": doc.red, "keep": keep}
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return {"problems": problems, "pages": pages}


def registry(lst):
    def doc(stem, title, producer):
        def deco(f):
            f.stem, f.title, f.producer = stem, title, producer
            lst.append(f)
            return f
        return deco
    return doc


def valid_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def valid_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s
