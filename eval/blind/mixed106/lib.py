"""Rendering and gold helpers for set mixed106 (woningtoewijzing / urgentie, written blind)."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import tempfile
from pathlib import Path

import sys
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                Image as RLImage, Preformatted)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

TT = "/usr/share/fonts/truetype/"
_FAMS = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
}
for _n, (_r, _b) in _FAMS.items():
    pdfmetrics.registerFont(TTFont(_n, TT + _r))
    pdfmetrics.registerFont(TTFont(_n + "-Bold", TT + _b))
    addMapping(_n, 0, 0, _n)
    addMapping(_n, 1, 0, _n + "-Bold")
    addMapping(_n, 0, 1, _n)
    addMapping(_n, 1, 1, _n + "-Bold")
pdfmetrics.registerFont(TTFont("Femke", TT + "femkeklaver/femkeklaver.ttf"))
pdfmetrics.registerFont(TTFont("Dkg", TT + "fifthhorseman/dkg.ttf"))
HAND_FONTS = {"Femke": TT + "femkeklaver/femkeklaver.ttf", "Dkg": TT + "fifthhorseman/dkg.ttf",
              "Breip": TT + "breip/Breip.ttf"}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


# ------------------------------------------------------------------ numbers
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------ gold
def W(t):
    return {"text": t, "word": True}


class Doc:
    def __init__(self, stem, title, producer):
        self.stem, self.title, self.producer = stem, title, producer
        self.redact, self.keep = [], []
        self.meta = {}            # Info keys for pikepdf post-processing
        self.xmp_creator = None
        self.outline = []         # titles
        self.annots = []          # (author, contents)
        self.scan = False

    def R(self, kind, value, *probes, ch="text"):
        ps = []
        for p in probes or (value,):
            d = dict(p) if isinstance(p, dict) else {"text": p, "word": False}
            d["after"] = 0
            d["channel"] = ch
            if ch == "ocr":
                d["ocr"] = True
            ps.append(d)
        self.redact.append({"kind": kind, "value": value, "probes": ps})

    def K(self, kind, value, *probes):
        ps = []
        for p in probes or (W(value),):
            d = dict(p) if isinstance(p, dict) else {"text": p, "word": False}
            ps.append(d)
        self.keep.append({"kind": kind, "value": value, "probes": ps})


# ------------------------------------------------------------------ blocks -> reportlab
def esc(t):
    t = t.replace("&", "&amp;")
    t = re.sub(r"<(?!/?b>|br/>|/?i>)", "&lt;", t)
    return t


def rl_story(blocks, font, size=10, lead=None, width=170 * mm):
    lead = lead or size * 1.3
    bold = BOLD.get(font, font)
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=8,
                             spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceAfter=4,
                             spaceBefore=6),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "mono": ParagraphStyle("m", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.35),
    }
    if font in ("Helvetica", "Times-Roman", "Courier"):
        pass
    story = []
    for b in blocks:
        k = b[0]
        if k in ("p", "small", "h1", "h2", "right", "center"):
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[k]))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "mono":
            story.append(Preformatted(b[1], st["mono"]))
        elif k == "tbl":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            grid = b[3] if len(b) > 3 else True
            data = [[Paragraph(esc(str(c)).replace("\n", "<br/>"), st["cell"]) for c in r] for r in rows]
            if widths:
                widths = [w * mm for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if grid else 0, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sig":
            story.append(RLImage(sig_png(b[1], b[2] if len(b) > 2 else "Femke"), width=45 * mm, height=14 * mm,
                                 hAlign="LEFT"))
        else:
            raise ValueError(k)
    return story


_SIGS = {}


def sig_png(name, hand="Femke"):
    from PIL import Image, ImageDraw, ImageFont
    key = (name, hand)
    if key in _SIGS:
        return _SIGS[key]
    im = Image.new("L", (450, 140), 255)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(HAND_FONTS[hand], 60)
    dr.text((10, 25), name, font=f, fill=30)
    dr.line((15, 115, 300, 100), fill=60, width=3)
    bio = io.BytesIO()
    im.save(bio, "PNG")
    bio.seek(0)
    _SIGS[key] = bio
    return io.BytesIO(bio.getvalue())


def render_rl(doc, blocks, font="Helvetica", size=10, header=None, footer=None, pagesize=A4, margins=(22, 20, 25, 22),
              author="", info_title=None):
    out = DOCS_DIR / f"{doc.stem}.pdf"
    l, r, t, b = margins

    def deco(c, d):
        c.saveState()
        if header:
            c.setFont(BOLD.get(font, font), 9)
            c.drawString(l * mm, pagesize[1] - 12 * mm, header)
            c.setLineWidth(0.5)
            c.line(l * mm, pagesize[1] - 14 * mm, pagesize[0] - r * mm, pagesize[1] - 14 * mm)
        c.setFont(font, 7.5)
        c.drawRightString(pagesize[0] - r * mm, 10 * mm, f"{footer + '  |  ' if footer else ''}pagina {d.page}")
        c.restoreState()

    d = SimpleDocTemplate(str(out), pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm, topMargin=t * mm,
                          bottomMargin=b * mm, title=info_title or doc.title, author=author,
                          creator="reportlab", subject="")
    d.build(rl_story(blocks, font, size), onFirstPage=deco, onLaterPages=deco)
    return out


# ------------------------------------------------------------------ blocks -> docx -> LibreOffice
def render_docx(doc, blocks, font="Calibri", size=11, author="", title=None, landscape_=False):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sect = d.sections[0]
    sect.page_width, sect.page_height = Mm(210), Mm(297)
    sect.left_margin = sect.right_margin = Mm(24)
    stn = d.styles["Normal"]
    stn.font.name = font
    stn.font.size = Pt(size)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or doc.title
    cp.comments = ""
    strip = lambda s: re.sub(r"</?b>|</?i>", "", s)
    for b in blocks:
        k = b[0]
        if k == "h1":
            h = d.add_heading(strip(b[1]), level=1)
        elif k == "h2":
            d.add_heading(strip(b[1]), level=2)
        elif k in ("p", "small", "right", "center", "mono"):
            txt = strip(b[1])
            p = d.add_paragraph()
            lines = txt.split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                if k == "small":
                    run.font.size = Pt(size - 2)
                if k == "mono":
                    run.font.name = "Liberation Mono"
                    run.font.size = Pt(size - 2)
                if "<b>" in b[1]:
                    run.bold = True
                if i < len(lines) - 1:
                    run.add_break()
            if k == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "tbl":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            grid = b[3] if len(b) > 3 else True
            if grid:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = strip(str(c))
                    for par in cell.paragraphs:
                        for run in par.runs:
                            run.font.size = Pt(size - 1.5)
                            if i == 0 and grid:
                                run.bold = True
            d.add_paragraph()
        elif k == "sig":
            d.add_picture(sig_png(b[1], b[2] if len(b) > 2 else "Femke"), width=Mm(45))
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        out = DOCS_DIR / f"{doc.stem}.pdf"
        out.write_bytes((Path(td) / f"{doc.stem}.pdf").read_bytes())
    return out


# ------------------------------------------------------------------ scans
def render_scan(doc, blocks, font="Times-Roman", size=11, angle=0.7, seed=1, dpi=200, quality=62):
    from PIL import Image, ImageFilter
    doc.scan = True
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        src = tmp / "src.pdf"
        d = SimpleDocTemplate(str(src), pagesize=A4, leftMargin=24 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                              bottomMargin=20 * mm)
        d.build(rl_story(blocks, font, size))
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(tmp / "pg")], check=True)
        pages = sorted(tmp.glob("pg*.png"))
        rnd = random.Random(seed)
        out = DOCS_DIR / f"{doc.stem}.pdf"
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(out), pagesize=A4)
        c.setAuthor("")
        c.setTitle("scan")
        c.setCreator("Canon iR-ADV C5535 scan")
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            im = im.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, fillcolor=250, expand=False)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 300):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.45))
            jp = tmp / f"p{i}.jpg"
            im.save(jp, "JPEG", quality=quality)
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()
    return out


# ------------------------------------------------------------------ hidden channels
def post(doc, path):
    if not (doc.meta or doc.xmp_creator or doc.outline or doc.annots):
        return
    import pikepdf
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    for k, v in doc.meta.items():
        pdf.docinfo[pikepdf.Name("/" + k)] = v
    if doc.xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = doc.xmp_creator
    if doc.outline:
        with pdf.open_outline() as ol:
            for i, (title, pg) in enumerate(doc.outline):
                ol.root.append(pikepdf.OutlineItem(title, pg))
    if doc.annots:
        page = pdf.pages[0]
        arr = page.obj.get("/Annots", pikepdf.Array())
        y = 780
        for author, contents in doc.annots:
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=pikepdf.Array([540, y, 560, y + 20]), T=pikepdf.String(author),
                                   Contents=pikepdf.String(contents), Open=False, Name=pikepdf.Name.Comment,
                                   C=pikepdf.Array([1, 0.85, 0.2]))
            arr.append(pdf.make_indirect(a))
            y -= 60
        page.obj["/Annots"] = arr
    pdf.save(path)


# ------------------------------------------------------------------ finish: gold
def finish(doc, path):
    post(doc, path)
    text, n = text_pdfium(path)
    keep = []
    for item in doc.keep:
        ps = []
        for p in item["probes"]:
            c = count_in(text, p)
            if c == 0:
                raise SystemExit(f"{doc.stem}: keep probe {p['text']!r} not in PDFium text")
            p = dict(p)
            p["after"] = c
            ps.append(p)
        keep.append({"kind": item["kind"], "value": item["value"], "probes": ps})
    # a redact probe must not sit inside a keep probe's text
    for it in doc.redact:
        for p in it["probes"]:
            for k in keep:
                for kp in k["probes"]:
                    if count_in(kp["text"], p):
                        raise SystemExit(f"{doc.stem}: redact probe {p['text']!r} inside keep {kp['text']!r}")
    gold = {"doc": path.name, "pages": n, "producer": doc.producer, "redact": doc.redact, "keep": keep}
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return n
