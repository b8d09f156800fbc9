"""Rendering and gold helpers for eval/blind/mixed93 (written blind; see README.md)."""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import (count_in, norm, probe_regex, text_pdfium,  # noqa: E402
                      meta_outline_annots, image_pages, ocr_text, ocr_count)

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, Image, PageBreak, Paragraph, Preformatted,
                                SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "_build"

# ---------------------------------------------------------------- fonts
_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "LiberationSerif": "LiberationSerif-Bold",
        "LiberationSans": "LiberationSans-Bold", "Carlito": "Carlito-Bold", "DejaVuSansMono": "DejaVuSansMono",
        "Femke": "Femke"}
from reportlab.lib.fonts import addMapping  # noqa: E402
for _f in ("DejaVuSans", "LiberationSerif", "LiberationSans", "Carlito"):
    addMapping(_f, 0, 0, _f)
    addMapping(_f, 1, 0, BOLD[_f])
    addMapping(_f, 0, 1, _f)
    addMapping(_f, 1, 1, BOLD[_f])


class Outline(Flowable):
    """Invisible flowable that adds an outline (bookmark) entry."""

    def __init__(self, title, key):
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def styles(font, size=10):
    b = BOLD.get(font, font)
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.55),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6,
                             spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=3,
                             spaceBefore=6),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "pre": ParagraphStyle("pre", fontName="Courier" if font != "DejaVuSans" else "DejaVuSansMono",
                              fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT),
    }


def sig_image(text, w=160, h=55, seed=1):
    """A handwritten-looking signature as PNG bytes (PIL, femkeklaver)."""
    from PIL import Image as PImage, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = PImage.new("RGB", (w * 3, h * 3), "white")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(_TTF["Femke"], 64)
    d.text((10, 30), text, font=f, fill=(20, 30, 110))
    # flourish
    pts = [(5 + i * 12, 140 + rnd.randint(-12, 12)) for i in range(38)]
    d.line(pts, fill=(20, 30, 110), width=3)
    im = im.rotate(rnd.uniform(-4, 4), fillcolor="white")
    bio = io.BytesIO()
    im.save(bio, "PNG")
    bio.seek(0)
    return bio


def rl_flowables(blocks, font, size):
    st = styles(font, size)
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h1", "h2", "small", "right"):
            out.append(Paragraph(b[1], st[k]))
        elif k == "pre":
            out.append(Preformatted(b[1], st["pre"]))
            out.append(Spacer(1, 4))
        elif k == "sp":
            out.append(Spacer(1, b[1]))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "outline":
            out.append(Outline(b[1], b[2]))
        elif k == "sig":
            out.append(Image(sig_image(b[1], seed=len(b[1])), width=45 * mm, height=15 * mm, hAlign="LEFT"))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            data = [[Paragraph(str(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=opts.get("widths"), repeatRows=1 if opts.get("header", True) else 0,
                      hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    return out


def build_rl(path, blocks, font="Helvetica", size=10, title="", author="", header=None, footer=None,
             land=False, margins=(22, 20, 22, 20)):
    ps = landscape(A4) if land else A4

    def onpage(c, d):
        c.saveState()
        if header:
            c.setFont(BOLD.get(font, font), 9)
            c.setFillColor(colors.Color(0.1, 0.25, 0.45))
            c.drawString(margins[1] * mm, ps[1] - 12 * mm, header)
        c.setFont(font, 7.5)
        c.setFillColor(colors.grey)
        if footer:
            c.drawString(margins[1] * mm, 10 * mm, footer)
        c.drawRightString(ps[0] - margins[3] * mm, 10 * mm, f"pagina {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=ps, topMargin=margins[0] * mm, leftMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, rightMargin=margins[3] * mm, title=title,
                            author=author, creator="", subject="")
    doc.build(rl_flowables(blocks, font, size), onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- docx via LibreOffice
def _runs(par, text, font, size):
    from docx.shared import Pt
    parts = re.split(r"(<b>.*?</b>|<i>.*?</i>)", text)
    for part in parts:
        if not part:
            continue
        bold = part.startswith("<b>")
        ital = part.startswith("<i>")
        t = re.sub(r"</?[bi]>", "", part)
        t = re.sub(r"<br/?>", "\n", t)
        t = re.sub(r"<[^>]+>", "", t).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        r = par.add_run(t)
        r.bold = bold
        r.italic = ital
        r.font.name = font
        r.font.size = Pt(size)


def build_docx(docx_path, blocks, font="Liberation Sans", size=10, author="", title="", header=None,
               last_modified_by=None):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = last_modified_by or author
    cp.comments = ""
    if header:
        hp = sec.header.paragraphs[0]
        _runs(hp, header, font, size - 2)
    for b in blocks:
        k = b[0]
        if k in ("p", "small", "right"):
            par = d.add_paragraph()
            _runs(par, b[1], font, size if k != "small" else size - 1.5)
            if k == "right":
                par.alignment = 2
        elif k in ("h1", "h2"):
            par = d.add_paragraph()
            _runs(par, "<b>" + b[1] + "</b>", font, size + (4 if k == "h1" else 1))
        elif k == "pre":
            for line in b[1].split("\n"):
                par = d.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                _runs(par, line, "Liberation Mono", size - 1.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "sig":
            d.add_picture(sig_image(b[1], seed=len(b[1])), width=Mm(45))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opts.get("grid", True):
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.paragraphs[0].text = ""
                    hdr = i == 0 and opts.get("header", True)
                    _runs(cell.paragraphs[0], ("<b>%s</b>" % c) if hdr else str(c), font, size - 1)
            d.add_paragraph()
        elif k == "outline":
            pass
        else:
            raise ValueError(k)
    d.save(str(docx_path))


def soffice_convert(docx_paths, outdir):
    prof = Path(tempfile.mkdtemp(prefix="lo_cy_"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- scans
def make_scan(src_pdf, out_pdf, seed=0, dpi=150, rot=0.6, quality=60):
    from PIL import Image as PImage, ImageFilter
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        imgs = sorted(Path(td).glob("p*.png"))
        c = canvas.Canvas(str(out_pdf), pagesize=A4)
        c.setCreator("Canon iR-ADV C5535 (scan)")
        c.setProducer("Canon iR-ADV C5535")
        for n, ip in enumerate(imgs):
            im = PImage.open(ip).convert("L")
            im = im.rotate(rnd.uniform(-rot, rot), resample=PImage.BICUBIC, fillcolor=255, expand=False)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((0, 60, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.35))
            jp = Path(td) / f"j{n}.jpg"
            im.save(jp, "JPEG", quality=quality)
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ---------------------------------------------------------------- post-processing hidden channels
def add_hidden(path, xmp_creator=None, annots=None, info=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if info:
            for k, v in info.items():
                pdf.docinfo[k] = v
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = xmp_creator
        for (pno, rect, author, contents) in (annots or []):
            page = pdf.pages[pno]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                T=pikepdf.String(author), Contents=pikepdf.String(contents),
                Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def spans(text, probe, word):
    return [(m.start(), m.end()) for m in probe_regex(probe, word).finditer(text)]


def channels_of(pdf_path):
    txt, n = text_pdfium(pdf_path)
    meta, outl, ann = meta_outline_annots(pdf_path)
    ocr = []
    ip = image_pages(pdf_path)
    if ip:
        with tempfile.TemporaryDirectory() as td:
            ocr = ocr_text(pdf_path, Path(td), ip)
    return {"pdfium": txt, "metadata": meta, "outline": outl, "annotations": ann, "ocr": ocr, "pages": n,
            "image_pages": ip}


def make_gold(stem, ch, people, keep_vocab, extra_keep=(), zones=(), no_keep=(), report=None):
    """people: list of dict(key, name, items={KIND: [probe,...]}); keep_vocab: [(kind, text)]."""
    text = ch["pdfium"]
    redact = []
    rspans = []
    for p in people:
        for kind, probes in p["items"].items():
            got = []
            for pr in probes:
                prb = {"text": pr, "word": True, "after": 0}
                c_t = count_in(text, prb)
                c_o = ocr_count(ch["ocr"], prb) if ch["ocr"] else 0
                if c_t:
                    prb["channel"] = "text"
                    rspans += spans(text, pr, True)
                elif c_o:
                    prb["channel"] = "ocr"
                elif count_in(ch["metadata"], prb):
                    prb["channel"] = "metadata"
                elif count_in(ch["outline"], prb):
                    prb["channel"] = "outline"
                elif count_in(ch["annotations"], prb):
                    prb["channel"] = "annotations"
                else:
                    continue
                got.append(prb)
            if got:
                val = p["name"] if kind == "PERSON" else f"{p['name']} ({kind.lower()})"
                redact.append({"kind": kind, "value": val, "probes": got})
    for z in zones:
        rspans += spans(text, z, False)
    keep = []
    dropped = []
    seen = set()
    for kind, t in list(keep_vocab) + list(extra_keep):
        if t in seen or t in no_keep:
            continue
        seen.add(t)
        sp = spans(text, t, True)
        if not sp:
            continue
        if any(a < e and s < b for (a, b) in sp for (s, e) in rspans):
            dropped.append(t)
            continue
        keep.append({"kind": kind, "value": t, "probes": [{"text": t, "word": True, "after": len(sp)}]})
    if report is not None:
        report.append((stem, dropped))
    return {"doc": stem + ".pdf", "pages": ch["pages"], "redact": redact, "keep": keep}
