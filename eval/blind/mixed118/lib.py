"""Shared machinery of set GR (eval/blind/mixed118): document model, renderers, gold builder.

A document is text written here (reportlab Platypus flowables, a canvas with an AcroForm, or an
image-only scan rendered with Pillow) plus two hand-written lists: what must disappear (R) and what
must stay (K). The gold's keep counts are computed on the original with the evaluator's functions.
"""
from __future__ import annotations

import io
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

import pikepdf  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, KeepTogether, PageBreak)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FD = "/usr/share/fonts/truetype/dejavu/"

for name, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVM", "DejaVuSansMono.ttf")):
    pdfmetrics.registerFont(TTFont(name, FD + fn))

FAMILIES = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
            "dv": ("DV", "DV-B"), "dvs": ("DVS", "DVS-B"), "dvc": ("DVC", "DVC-B"),
            "cour": ("Courier", "Courier-Bold"), "mono": ("DVM", "DVC-B")}


# ------------------------------------------------------------------------------------------
# gold items
# ------------------------------------------------------------------------------------------
def R(kind, value, *probes, ch=None):
    """A redact item; without probes the value itself is the probe. ch: metadata | outline |
    annotations | ocr (hidden channel or image-only page)."""
    ps = list(probes) or [value]
    item = {"kind": kind, "value": value,
            "probes": [{"text": p, "word": True, "after": 0} for p in ps]}
    if ch:
        item["channel"] = ch
        if ch == "ocr":
            for p in item["probes"]:
                p["ocr"] = True
    return item


def K(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": [{"text": p, "word": True} for p in (probes or [value])]}


# ------------------------------------------------------------------------------------------
# style helper for Platypus documents
# ------------------------------------------------------------------------------------------
class S:
    def __init__(self, family="helv", size=10):
        self.f, self.fb = FAMILIES[family]
        self.size = size
        self.body = ParagraphStyle("b", fontName=self.f, fontSize=size, leading=size * 1.3, spaceAfter=4)
        self.small_st = ParagraphStyle("s", fontName=self.f, fontSize=size - 2, leading=(size - 2) * 1.25)
        self.h1 = ParagraphStyle("h1", fontName=self.fb, fontSize=size + 4, leading=(size + 4) * 1.25,
                                 spaceAfter=6, spaceBefore=2)
        self.h2 = ParagraphStyle("h2", fontName=self.fb, fontSize=size + 1, leading=(size + 1) * 1.3,
                                 spaceAfter=3, spaceBefore=5)
        self.right = ParagraphStyle("r", parent=self.small_st, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("c", fontName=self.f, fontSize=size - 1.5, leading=(size - 1.5) * 1.2)
        self.cellb = ParagraphStyle("cb", fontName=self.fb, fontSize=size - 1.5, leading=(size - 1.5) * 1.2)

    def p(self, t):
        return Paragraph(t, self.body)

    def ps(self, *ts):
        return [self.p(t) for t in ts]

    def sm(self, t):
        return Paragraph(t, self.small_st)

    def h(self, t):
        return Paragraph(t, self.h1)

    def h2_(self, t):
        return Paragraph(t, self.h2)

    def r(self, t):
        return Paragraph(t, self.right)

    def sp(self, h=6):
        return Spacer(1, h)

    def lines(self, *ts):
        """Header lines (mail headers, address blocks): one paragraph, joined by breaks."""
        return Paragraph("<br/>".join(ts), self.body)

    def table(self, rows, widths=None, header=True, grid=True, size=None):
        st = self.cell if size is None else ParagraphStyle("cx", parent=self.cell, fontSize=size,
                                                            leading=size * 1.2)
        stb = self.cellb if size is None else ParagraphStyle("cbx", parent=self.cellb, fontSize=size,
                                                              leading=size * 1.2)
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(str(c), stb if (header and i == 0) else st) for c in row])
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
        t.setStyle(TableStyle(cmds))
        return t

    def kv(self, rows, w1=38 * mm, w2=120 * mm):
        data = [[Paragraph(a, self.cellb), Paragraph(b, self.cell)] for a, b in rows]
        t = Table(data, colWidths=[w1, w2], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return t


# ------------------------------------------------------------------------------------------
# documents
# ------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, stem, redact, keep, story=None, family="helv", size=10, producer="", creator="",
                 author="", title="", subject="", xmp_creator=None, outline=None, notes=None,
                 header=None, footer=None, land=False, scan=None, custom=None, margins=(22, 20, 22, 20)):
        self.stem, self.redact, self.keep = stem, redact, keep
        self.story, self.family, self.size = story, family, size
        self.producer, self.creator, self.author, self.title, self.subject = producer, creator, author, title, subject
        self.xmp_creator, self.outline, self.notes = xmp_creator, outline, notes
        self.header, self.footer, self.land, self.scan, self.custom = header, footer, land, scan, custom
        self.margins = margins

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        tmp = io.BytesIO()
        if self.custom:
            self.custom(tmp, self)
        elif self.scan:
            build_scan(tmp, self)
        else:
            self._flow(tmp)
        self._post(tmp.getvalue())
        return self.path

    def _flow(self, buf):
        st = S(self.family, self.size)
        ps = landscape(A4) if self.land else A4
        l, r, t, b = (m * mm for m in self.margins)
        doc = SimpleDocTemplate(buf, pagesize=ps, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                                title=self.title, author=self.author, subject=self.subject,
                                creator=self.creator, invariant=1)
        hdr, ftr, fam = self.header, self.footer, FAMILIES[self.family]

        def deco(c, d):
            c.saveState()
            w, h = ps
            if hdr:
                c.setFont(fam[1], 8.5)
                c.drawString(l, h - 12 * mm, hdr)
            c.setFont(fam[0], 7.5)
            if ftr:
                c.drawString(l, 10 * mm, ftr)
            c.drawRightString(w - r, 10 * mm, f"Pagina {d.page}")
            c.restoreState()

        doc.build(self.story(st), onFirstPage=deco, onLaterPages=deco)

    def _post(self, data: bytes):
        pdf = pikepdf.open(io.BytesIO(data))
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        if self.title:
            info["/Title"] = self.title
        if self.author:
            info["/Author"] = self.author
        if self.subject:
            info["/Subject"] = self.subject
        if self.creator:
            info["/Creator"] = self.creator
        if self.producer:
            info["/Producer"] = self.producer
        info["/CreationDate"] = "D:20250612093000+02'00'"
        info["/ModDate"] = "D:20250612093000+02'00'"
        if self.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [self.xmp_creator]
                meta["dc:title"] = self.title
                meta["pdf:Producer"] = self.producer
        if self.outline:
            with pdf.open_outline() as ol:
                for title, pg, kids in self.outline:
                    it = pikepdf.OutlineItem(title, pg)
                    for kt, kp in kids:
                        it.children.append(pikepdf.OutlineItem(kt, kp))
                    ol.root.append(it)
        if self.notes:
            for pg, x, y, who, text in self.notes:
                page = pdf.pages[pg]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 18, y + 18]), T=pikepdf.String(who),
                    Contents=pikepdf.String(text), Name=pikepdf.Name.Comment, F=4,
                    C=pikepdf.Array([1, 0.85, 0.2]), M=pikepdf.String("D:20250603141200+02'00'")))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(annot)
        pdf.save(self.path, deterministic_id=True, compress_streams=True)


# ------------------------------------------------------------------------------------------
# image-only scans
# ------------------------------------------------------------------------------------------
def build_scan(buf, doc: Doc):
    """doc.scan = {"lines": [(text, style)], "angle": deg, "stamp": text-layer line or None, "seed": n}
    style: 't' typed, 'b' typed bold, 'h' handwriting-like (oblique, larger), 's' signature scrawl, '' blank."""
    sc = doc.scan
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fonts = {"t": ImageFont.truetype(FD + "DejaVuSerif.ttf", 34),
             "b": ImageFont.truetype(FD + "DejaVuSerif-Bold.ttf", 38),
             "h": ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", 40),
             "s": ImageFont.truetype(FD + "DejaVuSansCondensed-BoldOblique.ttf", 46),
             "m": ImageFont.truetype(FD + "DejaVuSansMono.ttf", 32)}
    rnd = random.Random(sc.get("seed", 1))
    y = 170
    for text, style in sc["lines"]:
        if not text:
            y += 30
            continue
        f = fonts[style]
        x = 150 + (rnd.randint(-6, 10) if style in "hs" else 0)
        ink = 40 if style in "tbm" else rnd.choice((25, 45, 60))
        d.text((x, y), text, font=f, fill=ink)
        if style == "s":  # a flourish under a signature
            d.line([(x, y + 54), (x + 260, y + 44)], fill=60, width=3)
        y += {"t": 50, "b": 58, "h": 64, "s": 74, "m": 46}[style]
    # light speckle
    for _ in range(900):
        px, py = rnd.randint(0, W - 1), rnd.randint(0, H - 1)
        d.point((px, py), fill=rnd.randint(120, 200))
    img = img.rotate(sc.get("angle", 0.6), resample=Image.BICUBIC, expand=False, fillcolor=250)
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=78)
    jb.seek(0)
    from reportlab.lib.utils import ImageReader
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
    if sc.get("stamp"):
        c.setFont("Helvetica", 6.5)
        c.drawString(14 * mm, 5 * mm, sc["stamp"])
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def make_gold(doc: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in doc.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    masked = text
    for it in doc.redact:
        ch = it.get("channel")
        for pr in it["probes"]:
            if ch is None:
                if count_in(text, pr) == 0:
                    problems.append(f"{doc.stem}: redact {pr['text']!r} not in page text")
                masked = probe_regex(pr["text"], True).sub(lambda m: "\u2588" * len(m.group()), masked)
            else:
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{doc.stem}: redact {pr['text']!r} not in channel {ch}")
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden {pr['text']!r} also in page text")
    keep = []
    for it in doc.keep:
        probes = []
        for pr in it["probes"]:
            n = count_in(text, pr)
            nm = count_in(masked, pr)
            if n == 0:
                problems.append(f"{doc.stem}: keep {pr['text']!r} not in text")
                continue
            if nm != n:
                problems.append(f"{doc.stem}: keep {pr['text']!r} overlaps a redaction ({n} vs {nm})")
            probes.append({"text": pr["text"], "word": pr.get("word", True), "after": n})
        if probes:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    gold = {"doc": path.name, "pages": pages, "redact": doc.redact, "keep": keep}
    return gold, problems
