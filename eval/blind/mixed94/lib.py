"""Rendering and gold helpers for set mixed94 (childcare benefits recovery operation)."""
from __future__ import annotations

import html
import io
import json
import random
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image, PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "femkeklaver": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
for _n, _p in _TTF.items():
    if Path(_p).exists():
        pdfmetrics.registerFont(TTFont(_n, _p))
from reportlab.lib.fonts import addMapping  # noqa: E402
for _n in ("DejaVuSans", "DejaVuSerif", "LiberationSans", "LiberationSerif", "Carlito"):
    addMapping(_n, 0, 0, _n); addMapping(_n, 1, 0, _n + "-Bold"); addMapping(_n, 0, 1, _n); addMapping(_n, 1, 1, _n + "-Bold")
    addMapping(_n + "-Bold", 0, 0, _n); addMapping(_n + "-Bold", 1, 0, _n + "-Bold")
    addMapping(_n + "-Bold", 0, 1, _n); addMapping(_n + "-Bold", 1, 1, _n + "-Bold")
for _n in ("femkeklaver", "Dkg", "DejaVuSansMono"):
    for _b in (0, 1):
        for _i in (0, 1):
            addMapping(_n, _b, _i, _n)
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LiberationSans": "LiberationSans-Bold",
        "LiberationSerif": "LiberationSerif-Bold", "Carlito": "Carlito-Bold", "femkeklaver": "femkeklaver",
        "Dkg": "Dkg", "DejaVuSansMono": "DejaVuSansMono"}

# ------------------------------------------------------------------ markup
# [[K|text]] redact probe (K optional), {{K|text}} keep probe (K optional)
MARK = re.compile(r"\[\[(?:([A-Z]{1,2})\|)?(.+?)\]\]|\{\{(?:([A-Z]{1,2})\|)?(.+?)\}\}")
RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "ID_NUMBER", "H": "HEALTH", "C": "CRIMINAL", "U": "USERNAME",
         "PC": "PARAPH", "F": "FINANCIAL", "R": "RELIGION"}
KKIND = {"O": "ORG", "L": "PLACE", "R": "OFFICE_HOLDER", "W": "LAW", "G": "PROGRAMME", "F": "JOB_TITLE",
         "M": "MAILBOX", "Z": "REFERENCE", "X": "PHONE_GENERAL", "Y": "PUBLIC_ADDRESS", "S": "STREET",
         "T": "TERM", "D": "DATE", "P": "PRODUCT", "A": "AMOUNT"}


def _rkind(k, t):
    if k:
        return RKIND[k]
    if "@" in t:
        return "EMAIL"
    s = t.replace(" ", "")
    if re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return "IBAN"
    if re.fullmatch(r"\d{9}", s) or re.fullmatch(r"\d{4}\.\d{2}\.\d{3}", t):
        return "BSN"
    if re.fullmatch(r"(\+31|0)[\d \-()]{8,}", t):
        return "PHONE"
    return "PERSON"


def _kkind(k, t):
    if k:
        return KKIND[k]
    if "@" in t:
        return "MAILBOX"
    return "ORG"


class Collector:
    def __init__(self):
        self.redact = {}   # text -> kind
        self.keep = {}

    def strip(self, s: str) -> str:
        def rep(m):
            if m.group(2) is not None:
                t = m.group(2)
                self.redact.setdefault(t, _rkind(m.group(1), t))
            else:
                t = m.group(4)
                self.keep.setdefault(t, _kkind(m.group(3), t))
            return t
        return MARK.sub(rep, s)

    def walk(self, obj):
        if isinstance(obj, str):
            return self.strip(obj)
        if isinstance(obj, (list, tuple)):
            return type(obj)(self.walk(x) for x in obj) if isinstance(obj, list) else tuple(self.walk(x) for x in obj)
        if isinstance(obj, dict):
            return {k: self.walk(v) for k, v in obj.items()}
        return obj


# ------------------------------------------------------------------ reportlab
def _para_markup(s: str) -> str:
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


def signature_png(name: str, seed: int, path: Path, font="/usr/share/fonts/truetype/fifthhorseman/dkgBI.ttf"):
    """A scribbled signature (image). Not a probe: OCR will not read it reliably."""
    from PIL import Image as PI, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = PI.new("L", (420, 130), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, 54)
    d.text((14, 18), name, font=f, fill=30)
    pts = [(10 + i * 40, 95 + rnd.randint(-18, 18)) for i in range(10)]
    d.line(pts, fill=40, width=3)
    im = im.rotate(rnd.uniform(-6, 6), fillcolor=255)
    im.save(path)
    return path


def build_rl(spec: dict, out: Path, tmp: Path):
    font = spec.get("font", "Helvetica")
    bold = BOLD.get(font, font)
    fs = spec.get("size", 10)
    ps = landscape(A4) if spec.get("landscape") else A4
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5),
        "small": ParagraphStyle("s", fontName=font, fontSize=fs - 2, leading=(fs - 2) * 1.25),
        "h": ParagraphStyle("h", fontName=bold, fontSize=fs + 1, leading=fs * 1.5, spaceBefore=fs * 0.6, spaceAfter=fs * 0.3),
        "title": ParagraphStyle("t", fontName=bold, fontSize=fs + 5, leading=(fs + 5) * 1.3, spaceAfter=fs),
        "right": ParagraphStyle("r", fontName=font, fontSize=fs - 1, leading=(fs - 1) * 1.3, alignment=TA_RIGHT),
        "cell": ParagraphStyle("c", fontName=font, fontSize=spec.get("cellsize", fs - 1), leading=spec.get("cellsize", fs - 1) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=spec.get("cellsize", fs - 1), leading=spec.get("cellsize", fs - 1) * 1.2),
    }
    mono_font = spec.get("mono", "Courier")
    st["mono"] = ParagraphStyle("m", fontName=mono_font, fontSize=spec.get("monosize", fs - 1.5),
                                leading=spec.get("monosize", fs - 1.5) * 1.3)
    width = ps[0] - 40 * mm
    story = []
    for b in spec["blocks"]:
        kind = b[0]
        if kind in ("p", "h", "title", "small", "right"):
            story.append(Paragraph(_para_markup(b[1]), st[kind]))
        elif kind == "mono":
            story.append(Preformatted(b[1], st["mono"]))
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("kv", "table", "grid"):
            rows = b[1]
            cw = b[2] if len(b) > 2 and b[2] else None
            if cw:
                cw = [c * width for c in cw]
            head = kind != "kv"
            data = []
            for ri, r in enumerate(rows):
                cells = []
                for ci, c in enumerate(r):
                    sty = st["cellb"] if (head and ri == 0) or (kind == "kv" and ci == 0) else st["cell"]
                    cells.append(Paragraph(_para_markup(str(c)), sty))
                data.append(cells)
            t = Table(data, colWidths=cw, hAlign="LEFT", repeatRows=1 if head else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if head:
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(spec.get("headbg", "#dfe6ee")))]
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            png = signature_png(b[1], zlib.crc32(b[1].encode()) % 1000 + 7, tmp / f"sig{len(story)}.png")
            story.append(Image(str(png), width=50 * mm, height=15.5 * mm, hAlign="LEFT"))
        else:
            raise ValueError(kind)

    header = spec.get("header")
    footer = spec.get("footer")

    def on_page(c, d):
        c.saveState()
        if header:
            c.setFont(bold, 8.5)
            c.setFillColor(colors.HexColor("#154273"))
            y = ps[1] - 12 * mm
            for line in header.split("\n"):
                c.drawString(20 * mm, y, line)
                y -= 10
        c.setFillColor(colors.black)
        c.setFont(font, 7.5)
        if not spec.get("nofooter"):
            c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{footer + ' - ' if footer else ''}Pagina {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=(24 if header else 18) * mm, bottomMargin=18 * mm,
                            title=spec.get("title_meta", ""), author=spec.get("author_meta", "Belastingdienst/Toeslagen"),
                            creator=spec.get("creator_meta", "Microsoft Word - concept"), subject="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ docx -> LibreOffice
def build_docx(spec: dict, out: Path, tmp: Path):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    font = spec.get("font", "Liberation Sans")
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(spec.get("size", 10))
    d.core_properties.author = spec.get("author_meta", "Belastingdienst")
    d.core_properties.title = spec.get("title_meta", "")
    d.core_properties.last_modified_by = spec.get("author_meta", "Belastingdienst")
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        r = hp.add_run(spec["header"])
        r.bold = True
        r.font.size = Pt(8)

    def add_text(par, s):
        for i, chunk in enumerate(re.split(r"(\*\*.+?\*\*)", s)):
            if chunk.startswith("**") and chunk.endswith("**"):
                par.add_run(chunk[2:-2]).bold = True
            elif chunk:
                lines = chunk.split("\n")
                for j, ln in enumerate(lines):
                    run = par.add_run(ln)
                    if j < len(lines) - 1:
                        run.add_break()

    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(11)
        elif k in ("p", "small", "right", "mono"):
            p = d.add_paragraph()
            add_text(p, b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8)
            if k == "mono":
                for r in p.runs:
                    r.font.name = "Liberation Mono"; r.font.size = Pt(8.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k in ("kv", "table", "grid"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k != "kv":
                t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    add_text(cell.paragraphs[0], str(c))
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(spec.get("cellsize", 9))
                        if (k != "kv" and ri == 0) or (k == "kv" and ci == 0):
                            run.bold = True
            if len(b) > 2 and b[2]:
                for ci, w in enumerate(b[2]):
                    for cell in t.columns[ci].cells:
                        cell.width = Mm(166 * w)
            d.add_paragraph()
        elif k == "sig":
            png = signature_png(b[1], zlib.crc32(b[1].encode()) % 1000 + 11, tmp / "sig.png")
            d.add_picture(str(png), width=Mm(45))
        else:
            raise ValueError(k)
    src = tmp / (out.stem + ".docx")
    d.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=240)
    (tmp / (out.stem + ".pdf")).replace(out)


# ------------------------------------------------------------------ scans
def build_scan(spec: dict, out: Path, tmp: Path):
    from PIL import Image as PI, ImageFilter
    from reportlab.pdfgen import canvas
    inner = tmp / "inner.pdf"
    sub = dict(spec)
    sub["header"] = spec.get("header")
    build_rl(sub, inner, tmp)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(inner), str(tmp / "pg")], check=True)
    pngs = sorted(tmp.glob("pg*.png"))
    rnd = random.Random(spec["seed"])
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setAuthor("Canon iR-ADV C5535 scan")
    c.setTitle("Scan")
    c.setCreator("Canon iR-ADV C5535")
    for i, p in enumerate(pngs):
        im = PI.open(p).convert("L")
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=PI.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h * 0.0015)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((90, 140, 180))
        im = im.filter(ImageFilter.GaussianBlur(spec.get("blur", 0.4)))
        if spec.get("tint"):
            im = im.point(lambda v: min(255, int(v * 0.93 + 12)))
        buf = tmp / f"scan{i}.jpg"
        im.save(buf, "JPEG", quality=72)
        c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------ hidden channels
def add_hidden(path: Path, spec: dict):
    import pikepdf
    h = spec.get("hidden_ops") or {}
    if not h:
        return
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "author" in h or "title" in h or "subject" in h or "keywords" in h:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if "author" in h:
                    m["dc:creator"] = [h["author"]]
                if "title" in h:
                    m["dc:title"] = h["title"]
            if "author" in h:
                pdf.docinfo["/Author"] = h["author"]
            if "title" in h:
                pdf.docinfo["/Title"] = h["title"]
            if "subject" in h:
                pdf.docinfo["/Subject"] = h["subject"]
            if "keywords" in h:
                pdf.docinfo["/Keywords"] = h["keywords"]
        if "outline" in h:
            with pdf.open_outline() as ol:
                for title, page in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for (page, rect, text, who) in h.get("annots", []):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                Contents=pikepdf.String(text), T=pikepdf.String(who), Name=pikepdf.Name.Comment,
                F=4))
            pg = pdf.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(a)
        pdf.save(path)


# ------------------------------------------------------------------ build + gold
def build(spec: dict):
    col = Collector()
    spec = dict(spec)
    spec["blocks"] = col.walk(spec["blocks"])
    for k in ("header", "footer"):
        if spec.get(k):
            spec[k] = col.walk(spec[k])
    out = DOCS / f"{spec['stem']}.pdf"
    with tempfile.TemporaryDirectory(prefix="m94-") as td:
        tmp = Path(td)
        prod = spec.get("producer", "rl")
        if prod == "rl":
            build_rl(spec, out, tmp)
        elif prod == "docx":
            build_docx(spec, out, tmp)
        elif prod == "scan":
            build_scan(spec, out, tmp)
        elif prod == "custom":
            spec["fn"](spec, out, tmp, col)
        add_hidden(out, spec)
    text, npages = text_pdfium(out)
    ocr = prod == "scan"
    redact = []
    unscored = []
    for t, k in col.redact.items():
        if ocr and spec.get("ocr_keep") is not None and t not in spec["ocr_keep"]:
            unscored.append({"kind": k, "value": t})
            continue
        pr = {"text": t, "word": True, "after": 0}
        if ocr:
            pr["ocr"] = True
        redact.append({"kind": k, "value": t, "probes": [pr]})
    for ch, k, t in spec.get("hidden", []):
        redact.append({"kind": k, "value": t, "channel": ch,
                       "probes": [{"text": t, "word": True, "after": 0}]})
    keep = []
    if not ocr:
        for t, k in col.keep.items():
            pr = {"text": t, "word": True}
            pr["after"] = count_in(text, pr)
            keep.append({"kind": k, "value": t, "probes": [pr]})
    gold = {"doc": out.name, "pages": npages, "producer": prod, "redact": redact, "keep": keep}
    if unscored:
        # handwriting that tesseract does not read: personal data present as pixels only, not scorable
        gold["unscored_pixels"] = unscored
    (GOLD / f"{spec['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return gold
