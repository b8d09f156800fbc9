"""Shared machinery for set NK (eval/blind/mixed158).

Content is written with inline markers: {p|Ruben Okkerse} is a redact item of kind PERSON, {O|BIJ12} a
keep item of kind ORG. Lower-case letters are redact kinds, upper-case letters keep kinds. The marker is
stripped from the rendered text; the gold is derived from the markers and counted on the rendered PDF with
the evaluator's own functions.
"""
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
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
FIXED_DATE = "D:20260226100000+01'00'"
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

RKIND = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "a": "ADDRESS", "b": "BSN", "i": "IBAN",
         "d": "DATE_OF_BIRTH", "c": "INITIALS", "h": "HEALTH", "x": "OTHER_ID", "s": "SIGNATURE"}
KKIND = {"O": "ORG", "L": "LOCATION", "W": "LAW", "R": "REFERENCE", "F": "PUBLIC_OFFICE_HOLDER",
         "G": "OTHER_PUBLIC", "N": "NOT_A_PERSON", "M": "FUNCTIONAL_CONTACT", "J": "JOB_TITLE"}
MARK = re.compile(r"\{([A-Za-z])\|([^{}]*)\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(2), s)


def marks(s: str):
    return [(m.group(1), m.group(2)) for m in MARK.finditer(s)]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for o in obj:
            yield from all_strings(o)
    elif isinstance(obj, dict):
        for o in obj.values():
            yield from all_strings(o)


class Doc:
    """stem, title, blocks; renderer: 'rl' (standard-14), 'ttf' (DejaVu embedded), 'docx' (soffice),
    'scan' (image-only pages), 'form' (AcroForm). Hidden channels: author, xmp_creator, outline, notes."""

    def __init__(self, stem, title, blocks, renderer="rl", producer="", creator="", author="",
                 xmp_creator="", outline=(), notes=(), scan_pages=(), font="Helvetica", form=None,
                 landscape=False, seed=0):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.renderer, self.producer, self.creator = renderer, producer, creator
        self.author, self.xmp_creator = author, xmp_creator
        self.outline, self.notes, self.scan_pages = list(outline), list(notes), list(scan_pages)
        self.font, self.form, self.landscape, self.seed = font, form, landscape, seed

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        tmp = Path(tempfile.mkdtemp(prefix=f"s158_{self.stem}_", dir="/tmp"))
        raw = tmp / "raw.pdf"
        if self.renderer in ("rl", "ttf", "scan"):
            build_rl(self, raw)
        elif self.renderer == "docx":
            build_docx(self, raw, tmp)
        elif self.renderer == "form":
            build_form(self, raw)
        postprocess(self, raw, out)
        return out


# ---------------------------------------------------------------------------------- reportlab
_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                    ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-B")
    _FONTS_DONE = True


def _inline(s: str) -> str:
    """strip markers, escape, then allow **bold** and _italic_ shorthand."""
    t = esc(strip(s))
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t


def build_rl(doc: Doc, path: Path):
    fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Image as RLImage)
    font = doc.font
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
            "DV": "DV-B", "DVS": "DVS-B"}[font]
    size = 9.5 if font != "Courier" else 8.5
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=3.5)
    sm = ParagraphStyle("s", parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=st, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 1, spaceBefore=4, spaceAfter=3)
    ps = landscape(A4) if doc.landscape else A4
    story = []
    W = ps[0] - 40 * mm
    for b in doc.blocks:
        kind, *rest = b
        if kind == "h1":
            story.append(Paragraph(_inline(rest[0]), h1))
        elif kind == "h":
            story.append(Paragraph(_inline(rest[0]), h2))
        elif kind == "p":
            story.append(Paragraph(_inline(rest[0]), st))
        elif kind == "s":
            story.append(Paragraph(_inline(rest[0]), sm))
        elif kind == "sp":
            story.append(Spacer(1, rest[0] if rest else 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "t":
            rows = rest[0]
            widths = rest[1] if len(rest) > 1 and rest[1] else None
            data = [[Paragraph(_inline(c), sm) for c in r] for r in rows]
            if widths:
                tot = sum(widths)
                widths = [W * w / tot for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "scan":
            img = render_scan(rest[0], doc.seed + len(story), rest[1] if len(rest) > 1 else {})
            story.append(RLImage(img, width=ps[0], height=ps[1]))
        else:
            raise ValueError(kind)
    if any(b[0] == "scan" for b in doc.blocks):
        # scanned pages fill the whole page; text pages get normal margins via frames
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
        d = BaseDocTemplate(str(path), pagesize=ps)
        fr_text = Frame(20 * mm, 20 * mm, ps[0] - 40 * mm, ps[1] - 40 * mm, id="t")
        fr_full = Frame(0, 0, ps[0], ps[1], leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="f")
        tps = [PageTemplate("text", [fr_text]), PageTemplate("full", [fr_full])]
        d.addPageTemplates(tps[::-1] if doc.blocks[0][0] == "scan" else tps)
        s2 = []
        for fl in story:
            if isinstance(fl, RLImage):
                s2 += ([NextPageTemplate("full"), PageBreak()] if s2 else []) + [fl]
            else:
                s2.append(fl)
        s2 = [x for x in s2 if not (isinstance(x, Spacer) and x.width == 0 and x.height == 0)]
        d.build(s2)
    else:
        d = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                              topMargin=18 * mm, bottomMargin=18 * mm, title=strip(doc.title))
        d.build(story)


def render_scan(lines, seed, opts):
    """Render typed/handwritten-looking lines to a slightly rotated grey JPEG (A4 at 200 dpi)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(im)
    y = 150
    for ln in lines:
        style = "n"
        if isinstance(ln, tuple):
            style, ln = ln
        txt = strip(ln)
        if style == "hw":
            f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 40)
            x = 140 + rnd.randint(-10, 20)
            fill = 40
        elif style == "b":
            f = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 38)
            x, fill = 140, 20
        elif style == "sig":
            f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf"), 46)
            x, fill = 200, 50
        else:
            f = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 32)
            x, fill = 140, 25
        if txt:
            dr.text((x, y), txt, font=f, fill=fill)
        y += int(f.size * 1.55)
    im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=246)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=72)
    buf.seek(0)
    return buf


# ---------------------------------------------------------------------------------- docx
def build_docx(doc: Doc, path: Path, tmp: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Sans"
    stl.font.size = Pt(9.5)
    for b in doc.blocks:
        kind, *rest = b
        if kind in ("h1", "h"):
            p = d.add_paragraph()
            r = p.add_run(strip(rest[0]).replace("**", ""))
            r.bold = True
            r.font.size = Pt(14 if kind == "h1" else 11)
        elif kind in ("p", "s"):
            p = d.add_paragraph()
            parts = re.split(r"(\*\*.+?\*\*)", strip(rest[0]))
            for part in parts:
                if part.startswith("**") and part.endswith("**"):
                    r = p.add_run(part[2:-2]); r.bold = True
                else:
                    r = p.add_run(part)
                if kind == "s":
                    r.font.size = Pt(8)
            p.paragraph_format.space_after = Pt(3)
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "t":
            rows = rest[0]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = strip(c).replace("**", "")
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(8)
                            rr.bold = i == 0
        else:
            raise ValueError(kind)
    d.core_properties.author = ""
    d.core_properties.title = strip(doc.title)
    src = tmp / f"{doc.stem}.docx"
    d.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s158_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
    (tmp / f"{doc.stem}.pdf").rename(path)


# ---------------------------------------------------------------------------------- AcroForm
def build_form(doc: Doc, path: Path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    for kind, text in doc.form["header"]:
        c.setFont("Helvetica-Bold" if kind == "h" else "Helvetica", 13 if kind == "h" else 9)
        c.drawString(50, y, strip(text))
        y -= 18 if kind == "h" else 13
    y -= 6
    form = c.acroForm
    for item in doc.form["fields"]:
        if item[0] == "sec":
            y -= 6
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, strip(item[1]))
            y -= 18
            continue
        name, label, value = item
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y + 5, strip(label))
        form.textfield(name=name, tooltip=strip(label), x=230, y=y, width=310, height=16, value=strip(value),
                       fontName="Helvetica", fontSize=8.5, borderWidth=0.5, forceBorder=True)
        y -= 22
    y -= 8
    for kind, text in doc.form["footer"]:
        c.setFont("Helvetica", 8)
        c.drawString(50, y, strip(text))
        y -= 12
    c.save()


# ---------------------------------------------------------------------------------- post
def postprocess(doc: Doc, raw: Path, out: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(raw)) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = strip(doc.title)
            for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                meta[k] = "2026-02-26T10:00:00+01:00"
            if doc.xmp_creator:
                meta["dc:creator"] = [strip(doc.xmp_creator)]
            if doc.producer:
                meta["pdf:Producer"] = doc.producer
            if doc.creator:
                meta["xmp:CreatorTool"] = doc.creator
        pdf.docinfo[Name.Title] = strip(doc.title)
        pdf.docinfo[Name.CreationDate] = FIXED_DATE
        pdf.docinfo[Name.ModDate] = FIXED_DATE
        if doc.author:
            pdf.docinfo[Name.Author] = strip(doc.author)
        elif Name.Author in pdf.docinfo:
            del pdf.docinfo[Name.Author]
        if doc.producer:
            pdf.docinfo[Name.Producer] = doc.producer
        if doc.creator:
            pdf.docinfo[Name.Creator] = doc.creator
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, page in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(strip(title), page))
        for pg, rect, who, text in doc.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                                 T=String(strip(who)), Contents=String(strip(text)),
                                                 Name=Name.Comment, F=4, Open=False))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(annot)
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------------------- gold
def make_gold(doc: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    # collect markers per channel
    main = list(all_strings(doc.blocks)) + [doc.title] if doc.renderer != "scan" else []
    body_marks = []
    scan_marks = []
    for b in doc.blocks:
        if b[0] == "scan":
            for ln in b[1]:
                s = ln[1] if isinstance(ln, tuple) else ln
                scan_marks += marks(s)
        else:
            for s in all_strings(b):
                body_marks += marks(s)
    hidden = []  # (channel, kind, text)
    for s in [doc.author]:
        hidden += [("metadata", k, v) for k, v in marks(s or "")]
    hidden += [("metadata", k, v) for k, v in marks(doc.xmp_creator or "")]
    for t, _ in doc.outline:
        hidden += [("outline", k, v) for k, v in marks(t)]
    for _, _, who, t in doc.notes:
        hidden += [("annotations", k, v) for k, v in marks(who) + marks(t)]
    if doc.form:
        for item in doc.form["fields"]:
            if item[0] != "sec":
                hidden += [("annotations", k, v) for k, v in marks(item[2])]
        for kind, t in doc.form["header"] + doc.form["footer"]:
            body_marks += marks(t)
            hidden += []
    chans = None
    need = {c for c, _, _ in hidden} | ({"ocr"} if scan_marks else set())
    if need:
        chans = extract_channels(path, ocr="auto" if scan_marks else "off")["channels"]

    redact, keep = {}, {}
    def add_r(kind, val, channel=None):
        key = (channel, val)
        if key in redact:
            return
        pr = {"text": val, "word": True, "after": 0}
        it = {"kind": RKIND[kind], "value": val, "probes": [pr]}
        if channel == "ocr":
            pr["ocr"] = True
        if channel:
            it["channel"] = channel
        redact[key] = it

    for k, v in body_marks:
        if k.islower():
            add_r(k, v)
        else:
            keep.setdefault(v, KKIND[k])
    for ch, k, v in hidden:
        if not k.islower():
            continue
        if count_in(text, {"text": v, "word": True}):
            add_r(k, v)  # also visible: a page-text probe
        else:
            add_r(k, v, ch)
    for k, v in scan_marks:
        if k.islower():
            add_r(k, v, "ocr")
    # verify redact probes
    final_r = []
    for (ch, v), it in redact.items():
        pr = it["probes"][0]
        if ch is None:
            ok = count_in(text, pr) > 0
        else:
            ok = channel_counts(chans, pr).get(ch, 0) > 0
        if not ok:
            if ch == "ocr":
                print(f"  ({doc.stem}: OCR does not read {v!r}; probe dropped)")
                continue
            problems.append(f"{doc.stem}: redact {v!r} not found in {ch or 'pdfium'}")
        final_r.append(it)
    # simulated redaction of the page text
    red_text = text
    for it in final_r:
        if it.get("channel"):
            continue
        red_text = probe_regex(it["value"], True).sub("\u2588", red_text)
    final_k = []
    for v, kind in keep.items():
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        n2 = count_in(red_text, pr)
        if n == 0:
            problems.append(f"{doc.stem}: keep {v!r} not in text")
            continue
        if n2 != n:
            problems.append(f"{doc.stem}: keep {v!r} overlaps a redact value ({n} -> {n2})")
        for it in final_r:
            if norm(v) in norm(it["value"]) or norm(it["value"]) in norm(v):
                problems.append(f"{doc.stem}: keep {v!r} and redact {it['value']!r} overlap")
        pr["after"] = n
        final_k.append({"kind": kind, "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": final_r, "keep": final_k}
    return gold, problems
