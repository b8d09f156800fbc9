"""Helpers for make_set.py (set BI, mixed51): fonts, reportlab/docx/html producers, scans, hidden channels."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)

DJ = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                ("DejaVuSansCond", "DejaVuSansCondensed.ttf"),
                ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                ("DejaVuMono", "DejaVuSansMono.ttf"), ("DejaVuMono-Bold", "DejaVuSansMono-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, DJ + f))

FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "courier": ("Courier", "Courier-Bold"), "djsans": ("DejaVuSans", "DejaVuSans-Bold"),
         "djserif": ("DejaVuSerif", "DejaVuSerif-Bold"), "djcond": ("DejaVuSansCond", "DejaVuSansCond-Bold"),
         "djmono": ("DejaVuMono", "DejaVuMono-Bold")}


def styles(font="helv", size=10):
    reg, bold = FONTS[font]
    lead = size * 1.3
    return {
        "n": ParagraphStyle("n", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.5),
        "t": ParagraphStyle("t", fontName=reg, fontSize=size, leading=lead),
        "s": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25),
        "sb": ParagraphStyle("sb", fontName=bold, fontSize=size - 2, leading=(size - 2) * 1.25),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=lead, spaceAfter=size * 0.3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=size),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.3),
    }


def P(text, st):
    return Paragraph(text, st)


def table(rows, st, widths, header=True, grid=True, font_style="t", bg="#dde5ee", valign="TOP"):
    data = [[c if not isinstance(c, str) else Paragraph(c, st["sb"] if (header and i == 0) else st[font_style])
             for c in row] for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(bg)))
    t.setStyle(TableStyle(cmds))
    return t


def build_rl(path, story, font="helv", pagesize=A4, header=None, footer=None, margins=(22, 20, 22, 20),
             meta=None, side=None):
    """header/footer: callables (canvas, doc) or strings. side: callable drawing a side column on page 1."""
    meta = meta or {}
    reg, bold = FONTS[font]
    top, right, bottom, left = margins

    def deco(c, d):
        c.saveState()
        w, h = pagesize
        if isinstance(header, str):
            c.setFont(reg, 8)
            c.drawString(left * mm, h - 12 * mm, header)
        elif header:
            header(c, d)
        if isinstance(footer, str):
            c.setFont(reg, 7.5)
            c.drawString(left * mm, 10 * mm, footer)
            c.drawRightString(w - right * mm, 10 * mm, f"Pagina {d.page}")
        elif footer:
            footer(c, d)
        if side and d.page == 1:
            side(c, d)
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=pagesize, topMargin=top * mm, rightMargin=right * mm,
                            bottomMargin=bottom * mm, leftMargin=left * mm,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            subject=meta.get("subject", ""), creator=meta.get("creator", "ReportLab"))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- LibreOffice / Chromium
LO_PROFILE = "file:///tmp/bi_lo_profile"


def soffice_pdf(src: Path, outdir: Path) -> Path:
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: str, out: Path, work: Path):
    src = work / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
                   check=True, capture_output=True)


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, angle: float, dpi: int = 250, jpeg=True):
    """Rasterise every page of src_pdf, rotate slightly, add noise, and write an image-only PDF."""
    from PIL import Image, ImageFilter
    import numpy as np
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["nice", "-n", "10", "pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf),
                        f"{td}/p"], check=True)
        pages = sorted(Path(td).glob("p*.png"))
        c = canvas.Canvas(str(out_pdf), pagesize=A4)
        c.setTitle("")
        c.setAuthor("")
        c.setCreator("KM_C308 scan")
        c.setProducer("KONICA MINOLTA bizhub C308")
        for pg in pages:
            im = Image.open(pg).convert("L")
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            nrs = np.random.default_rng(seed)
            a = a * 0.94 + 9 + nrs.normal(0, 6, a.shape)
            # speckles
            for _ in range(150):
                y, x = rnd.randrange(a.shape[0]), rnd.randrange(a.shape[1])
                a[y:y + 2, x:x + 2] = rnd.choice((40, 90))
            a = np.clip(a, 0, 255).astype("uint8")
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.35))
            buf = io.BytesIO()
            if jpeg:
                im.save(buf, "JPEG", quality=78)
            else:
                im.save(buf, "PNG")
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ---------------------------------------------------------------- valid numbers
def bsn(prefix8: str) -> str:
    d = [int(x) for x in prefix8]
    s = sum(w * x for w, x in zip(range(9, 1, -1), d))
    last = s % 11
    if last > 9:
        raise ValueError(prefix8)
    v = prefix8 + str(last)
    assert sum(w * int(x) for w, x in zip(range(9, 1, -1), v[:8])) - int(v[8]) * 1 == s - last
    assert (s - last) % 11 == 0
    return v


def iban(bank: str, acct10: str) -> str:
    bban = bank + acct10
    num = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bban}"
    num2 = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    assert int(num2) % 97 == 1
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- gold helpers
def _probes(probes):
    out = []
    for p in probes:
        if isinstance(p, tuple):
            out.append({"text": p[0], "word": p[1]})
        else:
            out.append({"text": p, "word": True})
    return out


def R(kind, value, *probes):
    """Redact item; probes default to word=True, after=0. A probe given as (text, word) sets word."""
    ps = _probes(probes or (value,))
    for p in ps:
        p["after"] = 0
    return {"kind": kind, "value": value, "probes": ps}


def K(kind, value, *probes):
    """Keep item; after is counted on the original's PDFium text by make_set.py."""
    return {"kind": kind, "value": value, "probes": _probes(probes or (value,))}


# ---------------------------------------------------------------- hidden channels (pikepdf, full rewrite)
def hide(path: Path, author=None, title=None, xmp_creator=None, outline=None, notes=None, mailto=None,
         keywords=None):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if keywords is not None:
            pdf.docinfo["/Keywords"] = keywords
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [xmp_creator]
        if outline:
            with pdf.open_outline() as ol:
                for title_, page in outline:
                    ol.root.append(pikepdf.OutlineItem(title_, page))
        for (pg, rect, text, who) in (notes or []):
            page = pdf.pages[pg]
            annot = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect), Contents=String(text),
                               T=String(who), Name=Name.Comment, F=4,
                               C=Array([1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = Array()
            page.obj["/Annots"].append(pdf.make_indirect(annot))
        for (pg, rect, addr) in (mailto or []):
            page = pdf.pages[pg]
            annot = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                               A=Dictionary(S=Name.URI, URI=String("mailto:" + addr)))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = Array()
            page.obj["/Annots"].append(pdf.make_indirect(annot))
        pdf.save(str(path))
