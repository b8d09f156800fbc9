"""Building blocks for set PF (eval/blind/mixed119): renderers, post-processing, gold computation."""
from __future__ import annotations

import io
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

_FONTS_DONE = False

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # reproducible bytes (no time-based IDs)


def _register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for fam, reg, bold in (("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
                           ("DejaVuSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
                           ("DejaVuCond", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(fam, FONTDIR + reg))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", FONTDIR + bold))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")
    _FONTS_DONE = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuCond": "DejaVuCond-Bold"}


def _inline(s: str) -> str:
    """Escape, then **bold** and newlines."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br/>")


# ------------------------------------------------------------------------------------------
# reportlab platypus renderer. Blocks:
#   ("h", text) ("h2", text) ("p", text) ("small", text) ("mono", text) ("sp", pts) ("pb",)
#   ("t", rows, colwidths_mm[, header=True]) ("kv", rows)  ("sig", seed)  ("logo", text)
# ------------------------------------------------------------------------------------------
def render_rl(path: Path, blocks, font="Helvetica", size=10, margins=22, header=None, footer=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    if font.startswith("DejaVu"):
        _register_fonts()
    bold = BOLD[font]
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=5),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=8,
                            spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=4,
                             spaceBefore=6),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3,
                                spaceAfter=3),
        "mono": ParagraphStyle("mono", fontName="Courier" if not font.startswith("DejaVu") else "DejaVuCond",
                               fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "logo": ParagraphStyle("logo", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                               textColor=colors.HexColor("#1f4e79"), spaceAfter=10),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "h2", "small", "mono", "logo"):
            story.append(Paragraph(_inline(b[1]), st[k]))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k in ("t", "kv"):
            rows = b[1]
            hdr = (k == "t") and (len(b) < 4 or b[3])
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(_inline(str(c)), st["cellb" if (hdr and i == 0) or (k == "kv" and j == 0)
                                                            else "cell"]) for j, c in enumerate(r)])
            cw = [w * mm for w in b[2]] if len(b) > 2 and b[2] else None
            t = Table(data, colWidths=cw, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if k == "t":
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
                if hdr:
                    style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef"))]
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sig":
            story.append(Image(io.BytesIO(signature_png(b[1])), width=45 * mm, height=14 * mm, hAlign="LEFT"))
        else:
            raise ValueError(k)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(margins * mm, A4[1] - 12 * mm, header)
        if footer:
            canv.drawString(margins * mm, 10 * mm, footer.replace("{p}", str(doc.page)))
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def signature_png(seed: int) -> bytes:
    """A scribble (a handwritten signature stand-in), PNG bytes."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (450, 140), "white")
    d = ImageDraw.Draw(im)
    x, y = 20, 80
    pts = []
    for i in range(40):
        x += rnd.randint(5, 14)
        y = 70 + int(35 * math.sin(i * rnd.uniform(0.6, 1.4))) + rnd.randint(-8, 8)
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 90), width=3)
    d.line([(30, 110), (x, 100)], fill=(20, 30, 90), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


# ------------------------------------------------------------------------------------------
# image-only scans
# ------------------------------------------------------------------------------------------
def render_scan(path: Path, pages, seed=1, angle=0.6, dpi=200, quality=78):
    """pages: list of line lists; a line is (text, style) with style in 'n','b','h' (hand), 'big', or
    a plain string. Each page is drawn as a JPEG image, slightly rotated, and placed full page."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fonts = {
        "n": ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", int(dpi * 0.16)),
        "b": ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", int(dpi * 0.17)),
        "big": ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", int(dpi * 0.22)),
        "h": ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", int(dpi * 0.19)),
        "s": ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", int(dpi * 0.15)),
    }
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = int(dpi * 0.9)
        for ln in lines:
            if isinstance(ln, str):
                ln = (ln, "n")
            txt, sty = ln[0], ln[1]
            f = fonts[sty]
            x = int(dpi * 0.95) + (rnd.randint(-6, 10) if sty == "h" else 0)
            if txt:
                ink = 60 if sty == "h" else 25
                if sty == "h":
                    # handwriting stand-in: italic, slightly tilted line
                    tw = int(d.textlength(txt, font=f)) + 40
                    tile = Image.new("L", (tw, int(dpi * 0.4)), 250)
                    ImageDraw.Draw(tile).text((10, 10), txt, font=f, fill=ink)
                    tile = tile.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=250)
                    im.paste(tile, (x, y - 10))
                else:
                    d.text((x, y), txt, font=f, fill=ink)
            y += int(f.size * 1.55)
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
        # paper noise
        px = im.load()
        for _ in range(6000):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(150, 235)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------
# post-processing with pikepdf: producer, metadata, outline, sticky notes, form
# ------------------------------------------------------------------------------------------
def finish(path: Path, producer: str, creator: str = "", author: str = "", title: str = "",
           xmp_creator: str | None = None, outline=None, notes=None, extra_info=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        info["/Producer"] = producer
        if creator:
            info["/Creator"] = creator
        if author:
            info["/Author"] = author
        if title:
            info["/Title"] = title
        for k, v in (extra_info or {}).items():
            info[k] = v
        info["/CreationDate"] = "D:20260915101500+02'00'"
        info["/ModDate"] = "D:20260915101500+02'00'"
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [xmp_creator]
                m["pdf:Producer"] = producer
                if title:
                    m["dc:title"] = title
        if outline:
            with pdf.open_outline() as ol:
                for item in outline:
                    t, pg = item[0], item[1]
                    oi = pikepdf.OutlineItem(t, pg)
                    for sub in (item[2] if len(item) > 2 else []):
                        oi.children.append(pikepdf.OutlineItem(sub[0], sub[1]))
                    ol.root.append(oi)
        for (pg, x, y, who, txt) in (notes or []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(who),
                Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment, Open=False,
                C=pikepdf.Array([1, 0.85, 0.2]), M=pikepdf.String("D:20260912143000+02'00'"),
            ))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def R(kind, value, *probes, ch=None, ocr=False, word=True):
    it = {"kind": kind, "value": value, "probes": []}
    for p in probes:
        w = word
        if isinstance(p, tuple):
            p, w = p
        pr = {"text": p, "word": w, "after": 0}
        if ocr:
            pr["ocr"] = True
        it["probes"].append(pr)
    if ocr:
        it["channel"] = "ocr"
    elif ch:
        it["channel"] = ch
    return it


def K(kind, value, *probes, word=True):
    it = {"kind": kind, "value": value, "probes": []}
    for p in probes or (value,):
        w = word
        if isinstance(p, tuple):
            p, w = p
        it["probes"].append({"text": p, "word": w, "after": None})
    return it


@dataclass
class Doc:
    stem: str
    build_fn: object
    redact: list
    keep: list = field(default_factory=list)

    @property
    def path(self) -> Path:
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        self.build_fn(self.path)
        return self.path


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    need = {it.get("channel") for it in d.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in need else "off")["channels"] if need else {}
    redact = []
    for it in d.redact:
        ch = it.get("channel", "pdfium")
        probes = []
        for pr in it["probes"]:
            if ch == "pdfium":
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {pr['text']!r} in page text")
            if not ok:
                if ch == "ocr":
                    print(f"  ({d.stem}: OCR does not read {pr['text']!r}; probe dropped)")
                    continue
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found in {ch}")
            probes.append(pr)
        if probes:
            redact.append(dict(it, probes=probes))
    # simulated redaction of the page text: every redact probe's matches blanked
    red_text = text
    for it in redact:
        if it.get("channel", "pdfium") != "pdfium":
            continue
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], pr["word"]).sub(lambda m: "#" * len(m.group(0)), red_text)
    keep = []
    for it in d.keep:
        probes = []
        for pr in it["probes"]:
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} not in text")
                continue
            if count_in(red_text, pr) != n:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} overlaps a redact probe")
            probes.append(dict(pr, after=n))
        if probes:
            keep.append(dict(it, probes=probes))
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
