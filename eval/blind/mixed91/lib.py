"""Rendering and gold helpers for set CW (eval/blind/mixed91).

Inline markup in document text:  [[text]] = personal data to redact (a redact probe),
{{text}} = something that must stay readable (a keep probe). Optional kind: [[text|EMAIL]].
"""
from __future__ import annotations

import io
import zlib
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, probe_regex  # noqa: E402,F401

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

rl_config.invariant = 1  # reproducible ReportLab output
FONTDIR = Path("/usr/share/fonts/truetype")
_TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
}
FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
         "Courier": ("Courier", "Courier-Bold")}
for _n, (_r, _b) in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONTDIR / _r)))
    pdfmetrics.registerFont(TTFont(_n + "-Bold", str(FONTDIR / _b)))
    FONTS[_n] = (_n, _n + "-Bold")
HAND = FONTDIR / "femkeklaver/femkeklaver.ttf"
HAND2 = FONTDIR / "fifthhorseman/dkg.ttf"

RX_MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def parse(s: str, red: list, keep: list) -> str:
    """Strip markup, collect (value, kind) pairs."""
    def rep(m):
        if m.group(1) is not None:
            v, _, k = m.group(1).partition("|")
            red.append((v, k or guess_kind(v)))
            return v
        v, _, k = m.group(2).partition("|")
        keep.append((v, k or "TERM"))
        return v
    return RX_MARK.sub(rep, s)


def guess_kind(v: str) -> str:
    low = v.lower()
    if "@" in v:
        return "EMAIL"
    if re.match(r"^NL\d\d", v.replace(" ", "")):
        return "IBAN"
    if any(w in low for w in ("hartinfarct", "cardioloog", "copd", "longziek", "ziek", "mijn rug", "zuurstof", "medical",
                              "hartrevalidatie", "arbeidsongeschikt")):
        return "HEALTH"
    if "moskee" in low:
        return "RELIGION"
    if any(w in low for w in ("veroordeeld", "conviction", "taakstraf")):
        return "CRIMINAL"
    if re.fullmatch(r"\d{9}", v):
        return "BSN"
    if re.fullmatch(r"\d{2}-\d{2}-\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"\d{8}", v):
        return "KVK_NUMBER"
    if re.fullmatch(r"\d{4} [A-Z]{2}", v) or re.search(r"(straat|weg|laan)\s+\d", v):
        return "ADDRESS"
    if re.fullmatch(r"[\d +()\-./]+", v) and sum(c.isdigit() for c in v) >= 6:
        nd = sum(c.isdigit() for c in v)
        return "PHONE" if nd <= 11 and v.lstrip("+").startswith(("0", "31", "32")) else "NUMBER"
    if re.search(r"\d", v):
        return "PERSONAL_NUMBER"
    return "PERSON"


def unesc(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def esc(s: str) -> str:
    s = unesc(s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("&lt;br/&gt;", "<br/>")


def rich(s: str) -> str:
    """Escape, then **bold** and _italic_ (only _x_ between spaces)."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w@.])_(.+?)_(?![\w@.])", r"<i>\1</i>", s)
    return s


def plain(s: str) -> str:
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    return re.sub(r"(?<![\w@.])_(.+?)_(?![\w@.])", r"\1", s)


# ------------------------------------------------------------------ signatures as images
def signature_png(text: str, seed: int, w=520, h=150, font=HAND) -> bytes:
    from PIL import Image as PI, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = PI.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(str(font), 70)
    d.text((10, 20), text, font=f, fill=(20, 30, 110, 255))
    pts = [(10 + i * 25, 120 + rnd.randint(-12, 12)) for i in range(18)]
    d.line(pts, fill=(20, 30, 110, 255), width=3)
    im = im.rotate(rnd.uniform(-6, 6), resample=PI.BICUBIC)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ------------------------------------------------------------------ reportlab renderer
def render_rl(path: Path, blocks: list, font="Helvetica", size=10, land=False, red=None, keep=None,
              margins=22, title=None):
    fr, fb = FONTS[font]
    st = ParagraphStyle("b", fontName=fr, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.45)
    sth = ParagraphStyle("h", parent=st, fontName=fb, fontSize=size + 3, leading=(size + 3) * 1.3,
                         spaceBefore=4, spaceAfter=6)
    sth2 = ParagraphStyle("h2", parent=st, fontName=fb, fontSize=size + 1, spaceBefore=6, spaceAfter=3)
    stc = ParagraphStyle("c", parent=st, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    stsm = ParagraphStyle("sm", parent=st, fontSize=size - 2, leading=(size - 2) * 1.25, textColor=colors.HexColor("#333333"))
    stm = ParagraphStyle("m", parent=st, fontName="Courier", fontSize=size - 1.5, leading=(size - 1.5) * 1.3, spaceAfter=1)
    strt = ParagraphStyle("r", parent=stsm, alignment=TA_RIGHT)
    red = red if red is not None else []
    keep = keep if keep is not None else []
    P = lambda s, sty=st: Paragraph(rich(parse(s, red, keep)), sty)
    story = []
    pw = (landscape(A4) if land else A4)[0] - 2 * margins * mm
    for b in blocks:
        t = b[0]
        if t == "p":
            story.append(P(b[1]))
        elif t == "h":
            story.append(P(b[1], sth))
        elif t == "h2":
            story.append(P(b[1], sth2))
        elif t == "sm":
            story.append(P(b[1], stsm))
        elif t == "mono":
            for line in b[1].strip("\n").split("\n"):
                story.append(P(line or " ", stm))
        elif t == "lh":  # letterhead: org name right, lines below
            rows = [[P("**" + b[1] + "**", strt)]] + [[P(x, strt)] for x in b[2]]
            tb = Table(rows, colWidths=[pw])
            tb.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
            story += [tb, Spacer(1, 8)]
        elif t == "kv":
            lw = b[2] if len(b) > 2 else 0.22
            rows = [[P("**" + k + "**", stc), P(v, stc)] for k, v in b[1]]
            tb = Table(rows, colWidths=[pw * lw, pw * (1 - lw)])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [tb, Spacer(1, 6)]
        elif t == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = [[P(("**" + c + "**") if i == 0 else c, stc) for c in r] for i, r in enumerate(rows)]
            cw = [pw * x for x in widths] if widths else None
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 8)]
        elif t == "sig":
            img = Image(io.BytesIO(signature_png(b[1], zlib.crc32(b[1].encode()) % 1000)), width=48 * mm, height=14 * mm)
            img.hAlign = "LEFT"
            story.append(img)
        elif t == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 10))
        elif t == "hr":
            tb = Table([[""]], colWidths=[pw], rowHeights=[2])
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey)]))
            story.append(tb)
        elif t == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(t)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4) if land else A4, leftMargin=margins * mm,
                            rightMargin=margins * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title=title or "", author="", creator="", producer="ReportLab")
    doc.build(story)
    return red, keep


# ------------------------------------------------------------------ docx renderer (LibreOffice)
def build_docx(path: Path, blocks: list, font="Calibri", size=10.5, red=None, keep=None, title=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Mm
    red = red if red is not None else []
    keep = keep if keep is not None else []
    d = docx.Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(24)
        s.top_margin = s.bottom_margin = Mm(20)
    stn = d.styles["Normal"]
    stn.font.name = font
    stn.font.size = Pt(size)
    d.core_properties.author = ""
    d.core_properties.title = title or ""
    d.core_properties.last_modified_by = ""

    def runs(par, s):
        s = unesc(parse(s, red, keep))
        for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", s)):
            for j, line in enumerate(part.split("<br/>")):
                if j:
                    par.add_run().add_break()
                if line:
                    r = par.add_run(line)
                    r.bold = bool(i % 2)
        return par

    for b in blocks:
        t = b[0]
        if t in ("p", "sm"):
            p = runs(d.add_paragraph(), b[1])
            if t == "sm":
                for r in p.runs:
                    r.font.size = Pt(size - 2)
        elif t in ("h", "h2"):
            p = d.add_paragraph()
            runs(p, "**" + b[1] + "**")
            for r in p.runs:
                r.font.size = Pt(size + (3 if t == "h" else 1))
        elif t == "mono":
            for line in b[1].strip("\n").split("\n"):
                p = runs(d.add_paragraph(), line)
                p.paragraph_format.space_after = Pt(0)
                for r in p.runs:
                    r.font.name = "Liberation Mono"
                    r.font.size = Pt(size - 1.5)
        elif t == "lh":
            p = runs(d.add_paragraph(), "**" + b[1] + "**")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for x in b[2]:
                q = runs(d.add_paragraph(), x)
                q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                q.paragraph_format.space_after = Pt(0)
                for r in q.runs:
                    r.font.size = Pt(size - 2)
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                c = tb.add_row().cells
                runs(c[0].paragraphs[0], "**" + k + "**")
                runs(c[1].paragraphs[0], v)
            d.add_paragraph()
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = tb.add_row().cells
                for c, v in zip(cells, r):
                    p = runs(c.paragraphs[0], ("**" + v + "**") if i == 0 else v)
                    for rr in p.runs:
                        rr.font.size = Pt(size - 1.5)
            d.add_paragraph()
        elif t == "sig":
            d.add_picture(io.BytesIO(signature_png(b[1], zlib.crc32(b[1].encode()) % 1000)), width=Mm(45))
        elif t == "sp":
            d.add_paragraph()
        elif t == "hr":
            d.add_paragraph("_" * 60)
        elif t == "pb":
            d.add_page_break()
        else:
            raise ValueError(t)
    d.save(str(path))
    return red, keep


def soffice(docx_paths: list, outdir: Path):
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in docx_paths], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ------------------------------------------------------------------ scans
def scan(src_pdf: Path, out_pdf: Path, seed: int, dpi=200, hand: list | None = None):
    """Render pages, add rotation/noise/JPEG, handwriting; write an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image as PI, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        if hand:
            d = ImageDraw.Draw(im)
            for (pg, x, y, txt, sz, fnt) in hand:
                if pg == i:
                    f = ImageFont.truetype(str(fnt or HAND), sz)
                    d.text((x, y), txt, font=f, fill=40)
        im = im.rotate(rnd.uniform(-0.6, 0.6), resample=PI.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((120, 170, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=72)
        pages.append(PI.open(io.BytesIO(b.getvalue())))
    pages[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
