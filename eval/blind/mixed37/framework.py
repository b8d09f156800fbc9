"""Shared helpers for the mixed37 (set AU) generator: fonts, styles, flowables, gold items,
checksummed numbers, the scan renderer and the LibreOffice conversion."""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FONTDIR = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in (("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
               ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
               ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Cond", "DejaVuSansCondensed.ttf"),
               ("Cond-B", "DejaVuSansCondensed-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf")):
    pdfmetrics.registerFont(TTFont(_n, str(FONTDIR / _f)))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("Sans", 0, 0, "Sans")
addMapping("Sans", 1, 0, "Sans-B")
addMapping("Sans", 0, 1, "Sans-I")
addMapping("Sans", 1, 1, "Sans-B")
addMapping("Cond", 0, 0, "Cond")
addMapping("Cond", 1, 0, "Cond-B")
addMapping("Cond", 0, 1, "Cond")
addMapping("Cond", 1, 1, "Cond-B")
addMapping("Serif", 0, 0, "Serif")
addMapping("Serif", 1, 0, "Serif-B")
addMapping("Serif", 0, 1, "Serif")
addMapping("Serif", 1, 1, "Serif-B")

ST = {
    "body": ParagraphStyle("body", fontName="Sans", fontSize=9.2, leading=12.2, spaceAfter=4),
    "serif": ParagraphStyle("serif", fontName="Serif", fontSize=9.5, leading=12.8, spaceAfter=4),
    "small": ParagraphStyle("small", fontName="Sans", fontSize=7.4, leading=9.2),
    "cell": ParagraphStyle("cell", fontName="Cond", fontSize=7.6, leading=9.0),
    "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=13, leading=16, spaceAfter=6, spaceBefore=2),
    "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=10, leading=13, spaceAfter=3, spaceBefore=5),
    "mail": ParagraphStyle("mail", fontName="Sans", fontSize=8.8, leading=11.2, spaceAfter=3),
    "mono": ParagraphStyle("mono", fontName="Mono", fontSize=7.9, leading=10.0),
    "right": ParagraphStyle("right", fontName="Sans", fontSize=7.4, leading=9.2, alignment=TA_RIGHT),
}


def P(text: str, style: str = "body", raw: bool = False) -> Paragraph:
    """A paragraph; text is escaped unless raw (then it may carry <b>, <i>, <br/>)."""
    if not raw:
        text = escape(text).replace("\n", "<br/>")
    return Paragraph(text, ST[style])


def B(text: str, style: str = "body") -> Paragraph:
    return Paragraph("<b>" + escape(text) + "</b>", ST[style])


def H(text: str, level: int = 1) -> Paragraph:
    return P(text, "h1" if level == 1 else "h2")


def SP(h: float = 4) -> Spacer:
    return Spacer(1, h * mm)


GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)),
                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
PLAIN = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def T(rows, widths, style="cell", grid=True, header=True, extra=None):
    """A table; string cells become paragraphs (so they wrap)."""
    data = [[c if not isinstance(c, str) else P(c, style) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header and grid else 0)
    st = GRID if grid else PLAIN
    t.setStyle(st)
    if grid and not header:
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.white)]))
    if extra:
        t.setStyle(TableStyle(extra))
    return t


def KV(pairs, w1=28, w2=130, style="mail"):
    """Label / value lines (mail headers, note headers)."""
    rows = [[P(k, style, raw=False), P(v, style)] for k, v in pairs]
    t = Table(rows, colWidths=[w1 * mm, w2 * mm])
    t.setStyle(PLAIN)
    return t


def letterhead(org_lines, right_blocks, addressee_lines, width_left=105, width_right=55):
    """Two-column letterhead: sender + addressee left, a narrow reference column right
    (label in bold, value below, as in the Rijkshuisstijl)."""
    left = [P(org_lines[0], "h2")] + [P(x, "small") for x in org_lines[1:]] + [SP(10)]
    left += [P(x, "body") for x in addressee_lines]
    right = []
    for label, val in right_blocks:
        if label:
            right.append(Paragraph("<b>" + escape(label) + "</b>", ST["small"]))
        for v in val.split("\n"):
            right.append(P(v, "small"))
        right.append(Spacer(1, 2.2 * mm))
    t = Table([[left, right]], colWidths=[width_left * mm, width_right * mm])
    t.setStyle(PLAIN)
    return t


class Bookmark(Flowable):
    """Outline (bookmark) entry at this point."""
    def __init__(self, title, level=0):
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def draw(self):
        key = "bm%d" % id(self)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=False)


class StickyNote(Flowable):
    """A text annotation (sticky note) with an author (/T) and contents."""
    def __init__(self, contents, author=None):
        super().__init__()
        self.contents, self.author = contents, author
        self.width = self.height = 0

    def draw(self):
        from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFString, PDFArray
        c = self.canv
        _, y = c.absolutePosition(0, 0)
        x = 568  # in the right margin, beside the line it comments on
        d = PDFDictionary({"Type": PDFName("Annot"), "Subtype": PDFName("Text"),
                           "Rect": PDFArray([x, y, x + 18, y + 18]),
                           "Contents": PDFString(self.contents), "Open": "false",
                           "Name": PDFName("Comment")})
        if self.author:
            d["T"] = PDFString(self.author)
        c._addAnnotation(d)


class MailLink(Flowable):
    """A mailto: link annotation over an area (hidden channel: /URI)."""
    def __init__(self, addr):
        super().__init__()
        self.addr = addr
        self.width = self.height = 0

    def draw(self):
        c = self.canv
        x, y = c.absolutePosition(0, 0)
        c.linkURL("mailto:" + self.addr, (x, y, x + 120, y + 10), relative=0, thickness=0)


def build_pdf(path: Path, story, *, pagesize=A4, meta=None, footer=None, margins=(22, 18, 20, 18)):
    meta = meta or {}
    l, r, t, b = margins
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            subject=meta.get("subject", ""), creator=meta.get("creator", "Microsoft Word"),
                            keywords=meta.get("keywords", ""), producer=meta.get("producer", "ReportLab"))

    def deco(c, d):
        c.saveState()
        c.setFont("Sans", 7)
        w, h = pagesize
        if footer:
            c.drawString(l * mm, 10 * mm, footer)
        c.drawRightString(w - r * mm, 10 * mm, "Pagina %d" % c.getPageNumber())
        c.restoreState()

    if meta.get("outline"):
        doc.showOutline = True
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------------------------------
# scans: a page that is only an image (OCR needed)
# ------------------------------------------------------------------------------------------
def render_scan(path: Path, lines, *, seed=1, hand=True, size=40, meta=None):
    """lines: list of (text, indent_px) or text. Renders an A4 image at 200 dpi with a
    handwriting-like oblique font, slight skew and speckle, and places it as the only page."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    W, Hh = 1654, 2339
    img = Image.new("L", (W, Hh), 246)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTDIR / ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSerif.ttf")), size)
    y = 150
    for ln in lines:
        if isinstance(ln, tuple):
            txt, ind = ln
        else:
            txt, ind = ln, 0
        if txt == "":
            y += int(size * 0.9)
            continue
        x = 140 + ind + rnd.randint(-6, 6)
        # write word by word with a slightly wandering baseline
        for wd in txt.split(" "):
            dy = rnd.randint(-2, 2) if hand else 0
            dr.text((x, y + dy), wd, font=font, fill=rnd.randint(20, 55))
            x += dr.textlength(wd + " ", font=font)
        y += int(size * 1.55)
    # lined paper for the handwritten note
    if hand:
        for yy in range(150 + size + 8, Hh - 100, int(size * 1.55)):
            dr.line((100, yy, W - 100, yy), fill=205, width=1)
    for _ in range(1800):
        px, py = rnd.randrange(W), rnd.randrange(Hh)
        img.putpixel((px, py), rnd.randint(150, 200))
    img = img.rotate(0.35 if hand else -0.25, resample=Image.BICUBIC, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    with tempfile.TemporaryDirectory() as td:
        png = Path(td) / "p.png"
        img.save(png)
        c = canvas.Canvas(str(path), pagesize=A4)
        meta = meta or {}
        if meta.get("author"):
            c.setAuthor(meta["author"])
        if meta.get("title"):
            c.setTitle(meta["title"])
        c.setCreator(meta.get("creator", "Canon iR-ADV C5535 scan"))
        c.drawImage(str(png), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()


# ------------------------------------------------------------------------------------------
# LibreOffice conversion
# ------------------------------------------------------------------------------------------
def soffice_pdf(src: Path, out_pdf: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        r = subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                            "--convert-to", "pdf", "--outdir", td, str(src)],
                           capture_output=True, timeout=240)
        got = Path(td) / (src.stem + ".pdf")
        if not got.exists():
            sys.exit("soffice failed: " + r.stderr.decode(errors="replace"))
        out_pdf.write_bytes(got.read_bytes())


# ------------------------------------------------------------------------------------------
# checksummed numbers
# ------------------------------------------------------------------------------------------
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and d[0] != 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def make_iban(bank: str, acct: str) -> str:
    """NL IBAN with correct check digits, printed in groups of four."""
    body = bank + acct
    n = "".join(str(int(ch, 36)) for ch in body + "NL00")
    chk = 98 - int(n) % 97
    s = "NL%02d%s" % (chk, body)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------------------------------
# gold items
# ------------------------------------------------------------------------------------------
def R(kind, value, *probes):
    """A redact item. A probe is a string (word=True) or a (text, word) tuple."""
    return ("R", kind, value, probes)


def K(kind, value, *probes):
    return ("K", kind, value, probes or (value,))


class Doc:
    def __init__(self, name, make, items, ocr_only=False):
        self.name, self.make, self.items, self.ocr_only = name, make, items, ocr_only
