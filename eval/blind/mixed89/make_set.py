"""Rebuild blind set mixed89 (nature permits / stikstof, Gelderland and Overijssel): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py np03 np17  # only these

Documents are written in a small block language (content_a.py, content_b.py, content_c.py). Inline
markup marks the gold: [[K:text]] is personal data that must be gone (a redact probe, after=0),
{{K:text}} must stay readable (a keep probe; its 'after' is counted on the original's PDFium text with
the evaluator's own functions). The markup is stripped before rendering. Redact probes in hidden
channels (metadata, outline, annotations, form fields) are declared per document with the channel;
probes on image-only scans carry "ocr": true and are only kept when tesseract reads them in the original.
"""
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype"

KINDS = {
    # redact
    "P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
    "N": "PERSONAL_NUMBER", "H": "SPECIAL_CATEGORY", "Z": "PARAPH", "K": "KVK_NATURAL_PERSON",
    "U": "URL_PERSON", "X": "PLATE",
    # keep
    "O": "ORG", "L": "PLACE", "W": "LAW", "R": "OFFICE_HOLDER", "F": "FUNCTIONAL_MAILBOX", "G": "GENERAL_PHONE",
    "C": "CASE_NUMBER", "M": "DATE", "Q": "PROGRAMME", "J": "JOB_TITLE", "V": "TERM", "S": "STREET_PUBLIC",
    "Y": "PUBLIC_BUILDING_ADDRESS", "AREA": "NATURA2000_AREA",
}
RX_R = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
RX_K = re.compile(r"\{\{([A-Z]+):(.+?)\}\}")


def strip(s: str) -> str:
    return RX_K.sub(lambda m: m.group(2), RX_R.sub(lambda m: m.group(2), s))


def spans_of(s: str):
    for m in RX_R.finditer(s):
        yield "R", m.group(1), m.group(2)
    for m in RX_K.finditer(s):
        yield "K", m.group(1), m.group(2)


# ------------------------------------------------------------------ document spec
class Doc:
    def __init__(self, stem, title, producer, blocks, font="Helvetica", meta=None, hidden=None,
                 outline=None, annots=None, fields=None, scan=None, size="A4", landscape=False,
                 header=None, footer=None):
        self.stem, self.title, self.producer, self.blocks = stem, title, producer, blocks
        self.font, self.meta, self.hidden = font, meta or {}, hidden or []
        self.outline, self.annots, self.fields = outline or [], annots or [], fields or []
        self.scan = scan or {}
        self.landscape, self.header, self.footer = landscape, header, footer


def all_strings(doc: Doc):
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
    walk(doc.blocks)
    if doc.header:
        walk(doc.header)
    if doc.footer:
        walk(doc.footer)
    return out


# ------------------------------------------------------------------ reportlab producer
_REG = {}


def rl_font(name):
    """Return (regular, bold, italic) font names for a family, registering TTFs as needed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    std = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
    if name in std:
        return std[name]
    files = {
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
        "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
        "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                       "dejavu/DejaVuSansCondensed-Oblique.ttf"),
        "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                            "liberation2/LiberationSerif-Italic.ttf"),
        "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                           "liberation2/LiberationSans-Italic.ttf"),
        "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"),
        "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf",
                           "liberation2/LiberationMono-Italic.ttf"),
    }
    if name not in _REG:
        names = []
        for i, f in enumerate(files[name]):
            n = f"{name}-{i}"
            pdfmetrics.registerFont(TTFont(n, f"{FONTS}/{f}"))
            names.append(n)
        _REG[name] = tuple(names)
    return _REG[name]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rich(s):
    """Escape, then allow **bold** and __italic__ in block text."""
    s = esc(strip(s))
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


def sig_image(text, w=150, h=48, seed=0):
    """A scribbled signature (no legible text) as a PNG in memory."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed or sum(ord(c) * (i + 1) for i, c in enumerate(text)))
    im = Image.new("RGB", (w * 2, h * 2), "white")
    d = ImageDraw.Draw(im)
    x, y = 10, h
    pts = []
    for i in range(22):
        x += rnd.randint(6, 16)
        y = h + rnd.randint(-h // 1.5, h // 1.5) * 0.8
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(pts[0][0], pts[-1][1] + 12), (pts[-1][0] + 10, pts[0][1] + 18)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def build_reportlab(doc: Doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT, TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image, PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    reg, bold, ital = rl_font(doc.font)
    base = 9.5 if doc.font not in ("Times", "LiberationSerif") else 10.5
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=base, leading=base * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=reg, fontSize=base - 2, leading=(base - 2) * 1.25, spaceAfter=2),
        "h": ParagraphStyle("h", fontName=bold, fontSize=base + 1.5, leading=base * 1.6, spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("t", fontName=bold, fontSize=base + 5, leading=base * 2.0, spaceAfter=6),
        "right": ParagraphStyle("r", fontName=reg, fontSize=base - 1, leading=base * 1.25, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", fontName=reg, fontSize=base - 1, leading=base * 1.25, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=base - 1.5, leading=(base - 1.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=base - 1.5, leading=(base - 1.5) * 1.25),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=base - 1.5, leading=(base - 1.5) * 1.3),
        "quote": ParagraphStyle("q", fontName=reg, fontSize=base - 0.5, leading=base * 1.25, leftIndent=14,
                                textColor=colors.HexColor("#333333"), spaceAfter=3),
    }
    ps = landscape(A4) if doc.landscape else A4
    avail = ps[0] - 40 * mm
    flow = []
    for b in doc.blocks:
        kind = b[0]
        if kind in ("p", "h", "title", "small", "right", "center", "quote"):
            flow.append(Paragraph(rich(b[1]), st[kind]))
        elif kind == "mono":
            flow.append(Preformatted(strip(b[1]), st["mono"]))
        elif kind == "sp":
            flow.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind == "sig":
            flow.append(Image(sig_image(b[1]), width=38 * mm, height=12 * mm, hAlign="LEFT"))
        elif kind in ("kv", "table"):
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            widths = opts.get("widths")
            if kind == "kv" and not widths:
                widths = [0.25, 0.75]
            n = max(len(r) for r in rows)
            if not widths:
                widths = [1.0 / n] * n
            cw = [w * avail for w in widths]
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci, c in enumerate(r):
                    sty = st["cellb"] if ((kind == "kv" and ci == 0) or (kind == "table" and ri == 0
                                                                          and opts.get("header", True))) else st["cell"]
                    row.append(Paragraph(rich(c), sty))
                row += [""] * (n - len(r))
                data.append(row)
            t = Table(data, colWidths=cw, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if opts.get("grid", kind == "table"):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if kind == "table" and opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hbg", "#dfe7ef"))))
            t.setStyle(TableStyle(ts))
            flow.append(t)
            flow.append(Spacer(1, 2 * mm))
        else:
            raise ValueError(kind)

    def on_page(c, d):
        c.saveState()
        if doc.header:
            c.setFont(reg, 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            for i, line in enumerate(doc.header):
                c.drawString(20 * mm, ps[1] - 12 * mm - i * 9, strip(line))
        c.setFont(reg, 7.5)
        foot = strip(doc.footer) if doc.footer else ""
        c.drawString(20 * mm, 10 * mm, foot)
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    top = (18 + 4 * len(doc.header or [])) * mm
    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=top,
                           bottomMargin=18 * mm, title=doc.meta.get("Title", doc.title),
                           author=doc.meta.get("Author", ""), creator=doc.meta.get("Creator", ""))
    sd.build(flow, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ python-docx -> LibreOffice producer
def build_docx(doc: Doc, path: Path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt, RGBColor
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
    fam = {"Carlito": "Carlito", "LiberationSans": "Liberation Sans", "LiberationSerif": "Liberation Serif",
           "DejaVuSans": "DejaVu Sans"}.get(doc.font, "Liberation Sans")
    normal = d.styles["Normal"]
    normal.font.name = fam
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    if doc.header:
        hp = sec.header.paragraphs[0]
        r = hp.add_run("\n".join(strip(x) for x in doc.header))
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x44, 0x55, 0x66)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(strip(doc.footer))
        r.font.size = Pt(7.5)

    def add_rich(par, text, size=None, bold=False):
        s = strip(text)
        for part in re.split(r"(\*\*.+?\*\*|__.+?__)", s):
            if not part:
                continue
            if part.startswith("**"):
                r = par.add_run(part[2:-2])
                r.bold = True
            elif part.startswith("__"):
                r = par.add_run(part[2:-2])
                r.italic = True
            else:
                r = par.add_run(part)
                r.bold = bold
            if size:
                r.font.size = Pt(size)
        return par

    for b in doc.blocks:
        k = b[0]
        if k == "title":
            add_rich(d.add_paragraph(), b[1], size=15, bold=True)
        elif k == "h":
            add_rich(d.add_paragraph(), b[1], size=11.5, bold=True)
        elif k in ("p", "quote"):
            p = add_rich(d.add_paragraph(), b[1])
            if k == "quote":
                p.paragraph_format.left_indent = Mm(8)
        elif k == "small":
            add_rich(d.add_paragraph(), b[1], size=8)
        elif k in ("right", "center"):
            p = add_rich(d.add_paragraph(), b[1], size=9)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == "right" else WD_ALIGN_PARAGRAPH.CENTER
        elif k == "mono":
            p = d.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.font.name = "Liberation Mono"
            r.font.size = Pt(8.5)
        elif k == "sp":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(b[1] * 2)
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sig":
            d.add_paragraph().add_run().add_picture(sig_image(b[1]), width=Mm(38))
        elif k in ("kv", "table"):
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            n = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=n)
            if opts.get("grid", k == "table"):
                t.style = "Table Grid"
            widths = opts.get("widths") or ([0.27, 0.73] if k == "kv" else [1.0 / n] * n)
            for ri, r in enumerate(rows):
                for ci in range(n):
                    cell = t.cell(ri, ci)
                    cell.width = Mm(166 * widths[ci])
                    txt = r[ci] if ci < len(r) else ""
                    par = cell.paragraphs[0]
                    bold = (k == "kv" and ci == 0) or (k == "table" and ri == 0 and opts.get("header", True))
                    add_rich(par, txt, size=8.5, bold=bold)
            d.add_paragraph()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = doc.meta.get("Author", "")
    cp.title = doc.meta.get("Title", doc.title)
    cp.last_modified_by = doc.meta.get("LastModifiedBy", "")
    d.save(str(path))


def convert_docx(paths, outdir: Path):
    if not paths:
        return
    prof = Path(tempfile.mkdtemp(prefix="lo_mixed89_"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in paths]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------ scan producer (image-only PDF)
def build_scan(doc: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    sc = doc.scan
    dpi = sc.get("dpi", 200)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fontfile = {"mono": "liberation2/LiberationMono-Regular.ttf", "sans": "dejavu/DejaVuSans.ttf",
                "serif": "liberation2/LiberationSerif-Regular.ttf", "hand": "femkeklaver/femkeklaver.ttf",
                "hand2": "humor-sans/Humor-Sans.ttf", "hand3": "fifthhorseman/dkg.ttf"}[sc.get("font", "mono")]
    pt = sc.get("pt", 11)
    px = int(pt * dpi / 72)
    font = ImageFont.truetype(f"{FONTS}/{fontfile}", px)
    bfont = ImageFont.truetype(f"{FONTS}/dejavu/DejaVuSans-Bold.ttf", int(px * 1.05)) if not sc.get("font", "").startswith("hand") else font
    pages = [[]]
    for b in doc.blocks:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    rnd = random.Random(sc.get("seed", 7))
    ims = []
    for blocks in pages:
        im = Image.new("L", (W, H), 255 if not sc.get("paper") else sc["paper"])
        d = ImageDraw.Draw(im)
        x0, y = int(0.9 * dpi), int(0.8 * dpi)
        maxw = W - 2 * x0
        lh = int(px * sc.get("leading", 1.45))
        ink = sc.get("ink", 25)

        def line(text, f=font, indent=0):
            nonlocal y
            words = text.split(" ")
            cur = ""
            for w in words:
                t = (cur + " " + w).strip()
                if d.textlength(t, font=f) > maxw - indent and cur:
                    d.text((x0 + indent + rnd.randint(-2, 2), y), cur, font=f, fill=ink)
                    y += lh
                    cur = w
                else:
                    cur = t
            d.text((x0 + indent + rnd.randint(-2, 2), y), cur, font=f, fill=ink)
            y += lh

        for b in blocks:
            k = b[0]
            if k in ("p", "small", "right", "center", "quote"):
                for ln in strip(b[1]).replace("**", "").replace("__", "").split("\n"):
                    line(ln, indent=int(0.3 * dpi) if k == "quote" else 0)
                y += lh // 3
            elif k in ("h", "title"):
                line(strip(b[1]).replace("**", ""), f=bfont)
                y += lh // 4
            elif k == "mono":
                for ln in strip(b[1]).split("\n"):
                    d.text((x0, y), ln, font=font, fill=ink)
                    y += lh
            elif k == "sp":
                y += int(b[1] / 25.4 * dpi)
            elif k == "kv":
                for r in b[1]:
                    kk, vv = strip(r[0]), strip(r[1]) if len(r) > 1 else ""
                    d.text((x0, y), kk, font=bfont, fill=ink)
                    d.text((x0 + int(1.8 * dpi), y), vv, font=font, fill=ink)
                    y += lh
                y += lh // 2
            elif k == "table":
                rows = b[1]
                n = max(len(r) for r in rows)
                widths = (b[2].get("widths") if len(b) > 2 else None) or [1.0 / n] * n
                for r in rows:
                    xx = x0
                    d.line([(x0, y - 4), (x0 + maxw, y - 4)], fill=120, width=1)
                    for ci, c in enumerate(r):
                        d.text((xx + 4, y), strip(c), font=font, fill=ink)
                        xx += int(widths[ci] * maxw)
                    y += lh
                d.line([(x0, y - 4), (x0 + maxw, y - 4)], fill=120, width=1)
                y += lh // 2
            elif k == "sig":
                sig = Image.open(sig_image(b[1])).convert("L").resize((int(1.6 * dpi), int(0.5 * dpi)))
                im.paste(sig, (x0, y))
                y += int(0.55 * dpi)
            elif k == "stamp":
                sf = ImageFont.truetype(f"{FONTS}/dejavu/DejaVuSans-Bold.ttf", int(px * 0.9))
                tx = strip(b[1])
                bw = int(d.textlength(tx, font=sf)) + 30
                sx = W - x0 - bw
                d.rectangle([sx, y, sx + bw, y + int(px * 1.8)], outline=90, width=3)
                d.text((sx + 15, y + int(px * 0.35)), tx, font=sf, fill=90)
                y += int(px * 2.4)
        # degrade
        im = im.rotate(sc.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=250, expand=False)
        import numpy as np
        nrng = np.random.default_rng(sc.get("seed", 7) * 1000 + len(ims))
        arr = np.asarray(im, dtype=np.int16)
        arr = arr + nrng.normal(0, sc.get("noise", 18) / 2.0, arr.shape)
        speck = nrng.random(arr.shape) < 0.0008
        arr[speck] = 90
        im = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"), "L")
        im = im.filter(ImageFilter.GaussianBlur(sc.get("blur", 0.5)))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=sc.get("q", 60))
        buf.seek(0)
        ims.append(Image.open(buf).convert("RGB"))
    ims[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


# ------------------------------------------------------------------ hidden channels (pikepdf post-processing)
def post_process(doc: Doc, path: Path):
    import pikepdf
    if not (doc.meta or doc.outline or doc.annots):
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    info = pdf.docinfo
    for k in ("Author", "Title", "Subject", "Keywords", "Creator", "Producer"):
        if k in doc.meta:
            info[f"/{k}"] = doc.meta[k]
    if doc.meta.get("xmp_creator") or doc.meta.get("xmp_description"):
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            if doc.meta.get("xmp_creator"):
                m["dc:creator"] = doc.meta["xmp_creator"]
            if doc.meta.get("xmp_description"):
                m["dc:description"] = doc.meta["xmp_description"]
    if doc.outline:
        with pdf.open_outline() as ol:
            for title, page in doc.outline:
                ol.root.append(pikepdf.OutlineItem(title, page))
    for page_no, rect, text, author in doc.annots:
        page = pdf.pages[page_no]
        annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=pikepdf.Array(rect), Contents=pikepdf.String(text),
                                   T=pikepdf.String(author), Name=pikepdf.Name.Comment, F=4)
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(pdf.make_indirect(annot))
    pdf.save(str(path))
    pdf.close()


# ------------------------------------------------------------------ gold
def make_gold(doc: Doc, pdf_path: Path):
    text, pages = text_pdfium(pdf_path)
    redact, keep, seen_r, seen_k = [], [], set(), set()
    is_scan = doc.producer == "scan"
    ocr_entries = None
    dropped = []
    if is_scan:
        ch = extract_channels(pdf_path, ocr="auto")
        ocr_entries = ch["channels"].get("ocr", [])
        from evaluate import ocr_count
    for s in all_strings(doc):
        for rk, kind, val in spans_of(s):
            if rk == "R":
                if val in seen_r:
                    continue
                seen_r.add(val)
                pr = {"text": val, "word": True, "after": 0}
                if is_scan:
                    pr["ocr"] = True
                    if ocr_count(ocr_entries, pr) == 0:
                        dropped.append(val)
                        continue
                redact.append({"kind": KINDS[kind], "value": val, "probes": [pr]})
            else:
                if is_scan or val in seen_k:
                    continue
                seen_k.add(val)
                pr = {"text": val, "word": True}
                pr["after"] = count_in(text, pr)
                keep.append({"kind": KINDS[kind], "value": val, "probes": [pr]})
    for kind, val, channel in doc.hidden:
        if val in seen_r:
            continue
        seen_r.add(val)
        redact.append({"kind": KINDS[kind], "value": val,
                       "probes": [{"text": val, "word": True, "after": 0, "channel": channel}]})
    gold = {"doc": pdf_path.name, "title": doc.title, "producer": doc.producer, "pages": pages,
            "redact": redact, "keep": keep}
    if dropped:
        gold["ocr_unreadable_not_probed"] = dropped
        print(f"  {doc.stem}: OCR did not read {len(dropped)} marked strings: {dropped}")
    (GOLD_DIR / f"{pdf_path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return gold


def load_docs():
    import content_a
    import content_b
    import content_c
    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    docs = load_docs()
    stems = [d.stem for d in docs]
    assert len(stems) == len(set(stems)), "duplicate stems"
    if argv:
        docs = [d for d in docs if d.stem in argv]
    tmp = Path(tempfile.mkdtemp(prefix="mixed89_"))
    docx_jobs = []
    for d in docs:
        out = DOCS_DIR / f"{d.stem}.pdf"
        if d.producer == "docx":
            p = tmp / f"{d.stem}.docx"
            build_docx(d, p)
            docx_jobs.append(p)
        elif d.producer == "scan":
            build_scan(d, out)
        elif d.producer == "form":
            import content_c
            content_c.build_form(d, out)
        else:
            build_reportlab(d, out)
    convert_docx(docx_jobs, DOCS_DIR)
    for d in docs:
        out = DOCS_DIR / f"{d.stem}.pdf"
        post_process(d, out)
        g = make_gold(d, out)
        print(f"{d.stem}: pages={g['pages']} redact={len(g['redact'])} keep={len(g['keep'])}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
