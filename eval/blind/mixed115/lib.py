"""Rendering and gold helpers for set HG (eval/blind/mixed115)."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "FemkeKlaver": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LiberationSerif": "LiberationSerif-Bold",
        "LiberationSans": "LiberationSans-Bold", "Carlito": "Carlito-Bold", "DejaVuSansMono": "DejaVuSansMono"}
for _f, _b in BOLD.items():
    if _f in _TTF:
        pdfmetrics.registerFontFamily(_f, normal=_f, bold=_b, italic=_f, boldItalic=_b)


# ---------------------------------------------------------------- numbers with valid checksums
def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


# ---------------------------------------------------------------- gold helpers
def R(kind, value, *probes, ch="text"):
    """A redact item; every probe must occur in channel ch of the original (text = PDFium page text)."""
    return {"kind": kind, "value": value, "ch": ch, "probes": list(probes or (value,))}


def K(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": list(probes or (value,))}


# ---------------------------------------------------------------- markup
_ALLOWED = re.compile(r"&lt;(/?(?:b|i|u|br/|font[^&]*?))&gt;")


def esc(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _ALLOWED.sub(lambda m: "<" + m.group(1).replace("&quot;", '"') + ">", s)
    return s


class Doc:
    def __init__(self, stem, blocks, redact, keep, *, font="Helvetica", size=10, lead=None,
                 title=None, author=None, subject=None, creator=None, producer=None, xmp_creator=None,
                 outline=None, annots=None, onfirst=None, pagesize=A4, margins=(22, 20, 22, 20),
                 scan=None, docx=None, header=None, footer=None, keywords=None, lang=None):
        self.stem, self.blocks, self.redact, self.keep = stem, blocks, redact, keep
        self.font, self.size, self.lead = font, size, lead or size * 1.3
        self.title, self.author, self.subject = title, author, subject
        self.creator, self.producer, self.xmp_creator = creator, producer, xmp_creator
        self.outline, self.annots, self.onfirst = outline or [], annots or [], onfirst
        self.pagesize, self.margins, self.scan, self.docx = pagesize, margins, scan, docx
        self.header, self.footer, self.keywords = header, footer, keywords

    # styles
    def st(self, name):
        f, b, s = self.font, BOLD.get(self.font, self.font), self.size
        base = dict(fontName=f, fontSize=s, leading=self.lead, spaceAfter=s * 0.55)
        if name == "h":
            return ParagraphStyle("h", **{**base, "fontName": b, "fontSize": s + 3, "leading": (s + 3) * 1.25,
                                          "spaceAfter": s * 0.6, "spaceBefore": s * 0.3})
        if name == "h2":
            return ParagraphStyle("h2", **{**base, "fontName": b, "fontSize": s + 0.5, "spaceBefore": s * 0.4,
                                           "spaceAfter": s * 0.25})
        if name == "small":
            return ParagraphStyle("sm", **{**base, "fontSize": s - 1.5, "leading": (s - 1.5) * 1.25, "spaceAfter": 1})
        if name == "mono":
            return ParagraphStyle("mono", **{**base, "fontName": "Courier", "fontSize": s - 1,
                                             "leading": (s - 1) * 1.2, "spaceAfter": 0})
        if name == "line":
            return ParagraphStyle("line", **{**base, "spaceAfter": 0})
        if name == "right":
            return ParagraphStyle("r", **{**base, "alignment": TA_RIGHT, "spaceAfter": 0})
        if name == "center":
            return ParagraphStyle("c", **{**base, "alignment": TA_CENTER})
        if name == "cell":
            return ParagraphStyle("cell", **{**base, "fontSize": s - 1.5, "leading": (s - 1.5) * 1.2, "spaceAfter": 0})
        if name == "cellb":
            return ParagraphStyle("cellb", **{**base, "fontName": b, "fontSize": s - 1.5,
                                              "leading": (s - 1.5) * 1.2, "spaceAfter": 0})
        return ParagraphStyle("p", **base)

    def flow(self):
        out = []
        for bl in self.blocks:
            if isinstance(bl, str):
                tag, _, txt = bl.partition(" ")
                if tag == "#":
                    out.append(Paragraph(esc(txt), self.st("h")))
                elif tag == "##":
                    out.append(Paragraph(esc(txt), self.st("h2")))
                elif tag == "m":          # header lines, one per '\n'
                    for ln in txt.split("\n"):
                        out.append(Paragraph(esc(ln) or "&nbsp;", self.st("mono")))
                elif tag == "l":          # plain lines
                    for ln in txt.split("\n"):
                        out.append(Paragraph(esc(ln) or "&nbsp;", self.st("line")))
                elif tag == "r":
                    for ln in txt.split("\n"):
                        out.append(Paragraph(esc(ln) or "&nbsp;", self.st("right")))
                elif tag == "s":
                    out.append(Paragraph(esc(txt), self.st("small")))
                elif tag == "c":
                    out.append(Paragraph(esc(txt), self.st("center")))
                elif tag == "---":
                    out.append(PageBreak())
                elif tag == "p":
                    out.append(Paragraph(esc(txt), self.st("p")))
                else:
                    raise ValueError(bl)
            elif bl[0] == "sp":
                out.append(Spacer(1, bl[1] * mm))
            elif bl[0] == "t":
                rows, widths = bl[1], bl[2]
                opts = bl[3] if len(bl) > 3 else {}
                data = []
                for i, row in enumerate(rows):
                    stn = "cellb" if (i == 0 and opts.get("head", True)) else "cell"
                    data.append([Paragraph(esc(str(c)), self.st(stn)) for c in row])
                t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if opts.get("head", True) else 0)
                style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
                if opts.get("grid", True):
                    style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
                if opts.get("head", True):
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("bg", "#dde4ee"))))
                t.setStyle(TableStyle(style))
                out.append(t)
                out.append(Spacer(1, 3 * mm))
            elif bl[0] == "sig":       # handwritten signature as a small image (no text layer)
                out.append(signature_image(bl[1]))
            else:
                raise ValueError(bl)
        return out

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.docx:
            from docx_build import build_docx_pdf
            build_docx_pdf(self, path)
        else:
            self._build_rl(path)
            if self.scan:
                scanify(path, self.scan)
        postprocess(self, path)
        return path

    def _build_rl(self, path):
        l, t, r, b = self.margins
        doc = SimpleDocTemplate(str(path), pagesize=self.pagesize, leftMargin=l * mm, rightMargin=r * mm,
                                topMargin=t * mm, bottomMargin=b * mm, title=self.title or "",
                                author="", subject=self.subject or "", creator=self.creator or "",
                                producer=self.producer or "ReportLab PDF Library - www.reportlab.com")
        hdr, ftr, first = self.header, self.footer, self.onfirst

        def deco(c, d, is_first):
            c.saveState()
            w, h = self.pagesize
            if hdr:
                c.setFont(BOLD.get(self.font, self.font), 9)
                for i, ln in enumerate(hdr.split("\n")):
                    c.drawString(l * mm, h - 12 * mm - i * 11, ln)
            if ftr:
                c.setFont(self.font, 7.5)
                c.drawString(l * mm, 10 * mm, ftr)
                c.drawRightString(w - r * mm, 10 * mm, f"pagina {d.page}")
            c.restoreState()
            if is_first and first:
                first(c, d)

        doc.build(self.flow(), onFirstPage=lambda c, d: deco(c, d, True),
                  onLaterPages=lambda c, d: deco(c, d, False))


def signature_image(text, w=45, h=14):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (w * 8, h * 8), "white")
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(_TTF["FemkeKlaver"], 60)
    dr.text((10, 15), text, font=f, fill=(20, 30, 110))
    bio = io.BytesIO()
    im.save(bio, "PNG")
    bio.seek(0)
    img = RLImage(bio, width=w * mm, height=h * mm)
    img.hAlign = "LEFT"
    return img


def scanify(path: Path, opts: dict):
    """Render each page to an image, degrade it like a scanner would, and replace the PDF by
    image-only pages (no text layer). opts: dpi, angle, hand=[(page, x_mm, y_mm, text, size)]."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen import canvas as rlcanvas
    rng = random.Random(opts.get("seed", 7))
    dpi = opts.get("dpi", 200)
    pdf = pdfium.PdfDocument(str(path))
    imgs = []
    for i in range(len(pdf)):
        pil = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        dr = ImageDraw.Draw(pil)
        for (pg, x, y, txt, sz) in opts.get("hand", []):
            if pg == i:
                f = ImageFont.truetype(_TTF["FemkeKlaver"], int(sz * dpi / 72))
                for j, ln in enumerate(txt.split("\n")):
                    dr.text((x * dpi / 25.4, (y * dpi / 25.4) + j * sz * 1.35 * dpi / 72), ln, font=f, fill=35)
        pil = pil.rotate(opts.get("angle", 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = pil.load()
        W, H = pil.size
        for _ in range(int(W * H * 0.002)):
            px[rng.randrange(W), rng.randrange(H)] = rng.choice((0, 90, 160))
        pil = pil.filter(ImageFilter.GaussianBlur(0.5))
        bio = io.BytesIO()
        pil.save(bio, "JPEG", quality=opts.get("q", 60))
        imgs.append((bio.getvalue(), W, H))
    pdf.close()
    c = rlcanvas.Canvas(str(path), pagesize=A4)
    from reportlab.lib.utils import ImageReader
    for data, W, H in imgs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def postprocess(d: Doc, path: Path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        if d.author is not None:
            info["/Author"] = pikepdf.String(d.author)
        elif "/Author" in info:
            del info["/Author"]
        if d.title is not None:
            info["/Title"] = pikepdf.String(d.title)
        if d.creator is not None:
            info["/Creator"] = pikepdf.String(d.creator)
        if d.producer is not None:
            info["/Producer"] = pikepdf.String(d.producer)
        if d.keywords is not None:
            info["/Keywords"] = pikepdf.String(d.keywords)
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = d.xmp_creator
                if d.title:
                    meta["dc:title"] = d.title
        if d.outline:
            with pdf.open_outline() as ol:
                for title, page in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for (page, rect, author, text) in d.annots:
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array(rect), T=pikepdf.String(author),
                                       Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                                       C=pikepdf.Array([1, 0.85, 0.2]), F=4)
            pg = pdf.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            pg.obj.Annots.append(pdf.make_indirect(annot))
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path) -> dict:
    text, pages = text_pdfium(path)
    needs_ch = any(it["ch"] != "text" for it in d.redact)
    chans = extract_channels(path, ocr="auto" if any(it["ch"] == "ocr" for it in d.redact) else "off")["channels"] \
        if needs_ch else None
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    problems = []
    for it in d.redact:
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": True, "after": 0}
            if it["ch"] == "ocr":
                pr["ocr"] = True
            probes.append(pr)
            if it["ch"] == "text":
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact probe not in text: {p!r}")
            else:
                cc = channel_counts(chans, pr)
                if not cc.get(it["ch"]):
                    problems.append(f"{d.stem}: redact probe not in {it['ch']}: {p!r} ({cc})")
                if it["ch"] != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden-channel probe also in page text: {p!r}")
        gold["redact"].append({"kind": it["kind"], "value": it["value"], "probes": probes,
                               **({"channel": it["ch"]} if it["ch"] != "text" else {})})
    # simulated redaction: every redact value and probe blanked; keep counts must not change
    sim = text
    for it in d.redact:
        for s in sorted([it["value"]] + it["probes"], key=len, reverse=True):
            from evaluate import probe_regex
            sim = probe_regex(s, True).sub("#", sim)
    for it in d.keep:
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep probe absent: {p!r}")
            if count_in(sim, pr) != n:
                problems.append(f"{d.stem}: keep probe overlaps a redact string: {p!r}")
            pr["after"] = n
            probes.append(pr)
        gold["keep"].append({"kind": it["kind"], "value": it["value"], "probes": probes})
    return gold, problems
