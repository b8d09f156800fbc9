"""Framework of set AJ (mixed26): markup for gold, five producers, hidden channels, gold computation.

Producers: Chromium (HTML mail/chat prints), LibreOffice (Word documents written with python-docx and
exported by soffice), reportlab (platypus), scans (a rendered page turned into a noisy, skewed image;
image-only, or with an invisible OCR layer made by tesseract), and pikepdf post-processing for hidden
channels (attachments, document info). Probe counts are computed with the evaluator's own functions.
"""
from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
EVAL_DIR = Path(os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))
sys.path.insert(0, str(EVAL_DIR))
import evaluate as ev  # noqa: E402  (norm, probe_regex, count_in, extract_channels, channel_counts)

TMP = Path(tempfile.gettempdir()) / "aj_build"
TMP.mkdir(parents=True, exist_ok=True)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

VISIBLE = ("pdfplumber", "pdfium", "pdftotext")
HIDDEN = ("metadata", "outline", "annotations", "qpdf_raw", "raw_file")


# ----------------------------------------------------------------------------------------------
# gold markup
# ----------------------------------------------------------------------------------------------
class Pr:
    """One probe. after: how often it may (redact) / must (keep) remain; for keep probes it is
    computed from the original (minus `sub`, the occurrences that belong to a person)."""

    def __init__(self, text, after=0, word=True, ocr=None, hidden=False, sub=0):
        # sub (redact and keep): occurrences of this string that are a person, where the same string
        # also stands for a place or a word in the document
        self.text, self.after, self.word, self.ocr, self.hidden, self.sub = text, after, word, ocr, hidden, sub


def _pr(x) -> Pr:
    if isinstance(x, Pr):
        return x
    if isinstance(x, tuple):
        return Pr(x[0], after=x[1])
    return Pr(x)


class Item:
    def __init__(self, kind, value, probes):
        self.kind, self.value, self.probes = kind, value, [_pr(p) for p in probes]


def P(value, names=(), email=(), phone=(), codes=(), address=(), other=(), kind="PERSON"):
    """A person: returns redact items per kind. names default to [value]."""
    items = [Item(kind, value, list(names) or [value])]
    if email:
        items.append(Item("EMAIL", value, email))
    if phone:
        items.append(Item("PHONE", value, phone))
    if codes:
        items.append(Item("INITIALS", value, codes))
    if address:
        items.append(Item("ADDRESS", value, address))
    for kind2, probes in other:
        items.append(Item(kind2, value, probes))
    return items


def H(kind, value, *probes):
    """Hidden-only redact item (metadata, outline, annotation, form field, attachment name)."""
    return [Item(kind, value, [Pr(p, hidden=True) if isinstance(p, str) else p for p in probes])]


def K(kind, value, *probes, sub=0):
    return Item(kind, value, [Pr(p, sub=sub) if isinstance(p, str) else p for p in (probes or [value])])


class Doc:
    def __init__(self, id, title, producer, build, redact=(), keep=(), scan=False, ocr_layer=False, pages=None,
                 not_personal=()):
        self.id, self.title, self.producer, self.build = id, title, producer, build
        self.not_personal = list(not_personal)
        self.redact = [i for x in redact for i in (x if isinstance(x, list) else [x])]
        self.keep = list(keep)
        self.scan, self.ocr_layer, self.pages = scan, ocr_layer, pages
        if scan and not ocr_layer:  # image-only scan: visible probes are read by OCR only
            for it in self.redact:
                for p in it.probes:
                    if p.ocr is None and not p.hidden:
                        p.ocr = True

    @property
    def pdf(self) -> Path:
        return DOCS / f"{self.id}.pdf"


# ----------------------------------------------------------------------------------------------
# producers
# ----------------------------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, timeout=600, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[-800:]}")
    return r


def chromium(html_text: str, out: Path, outline=False):
    src = TMP / (out.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    cmd = ["nice", "-n", "10", "chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
           "--no-pdf-header-footer", f"--print-to-pdf={out}"]
    if outline:
        cmd.append("--generate-pdf-document-outline")
    run(cmd + [src.as_uri()])


def libreoffice(docx_doc, out: Path, notes=True):
    """docx_doc: a python-docx Document. Exported by soffice (comments become PDF annotations)."""
    src = TMP / (out.stem + ".docx")
    docx_doc.save(str(src))
    flt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"%s"}}' % ("true" if notes else "false")
    run(["nice", "-n", "10", "soffice", "-env:UserInstallation=file:///tmp/aj_lo_profile", "--headless",
         "--convert-to", flt, "--outdir", str(TMP), str(src)])
    shutil.move(str(TMP / (out.stem + ".pdf")), str(out))


def scan(src_pdf: Path, out: Path, ocr_layer=False, angle=0.6, noise=10.0, seed=1, dpi=200,
         speckle=0.0006, blur=0.45, stamp=None, pages=None, quality=72):
    """Render src_pdf, add skew/noise/blur (and an optional rubber stamp), write an image-only PDF
    or (ocr_layer) a tesseract PDF with an invisible text layer."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    pref = TMP / (out.stem + "-scan")
    for f in TMP.glob(out.stem + "-scan*"):
        f.unlink()
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(pref)])
    imgs = sorted(TMP.glob(out.stem + "-scan*.png"))
    if pages:
        imgs = [imgs[i] for i in pages]
    rng = np.random.default_rng(seed)
    jpgs = []
    for k, p in enumerate(imgs):
        im = Image.open(p).convert("L")
        if stamp and k == 0:
            d = ImageDraw.Draw(im)
            f = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), int(dpi * 0.16))
            x, y = stamp.get("xy", (int(im.width * 0.58), int(im.height * 0.05)))
            lines = stamp["lines"]
            w = max(d.textlength(s, font=f) for s in lines) + 30
            h = len(lines) * int(dpi * 0.2) + 20
            d.rectangle([x, y, x + w, y + h], outline=90, width=4)
            for i, s in enumerate(lines):
                d.text((x + 15, y + 10 + i * int(dpi * 0.2)), s, fill=90, font=f)
        a = float(angle if k == 0 else -angle * 0.7)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=250)
        arr = np.asarray(im).astype(float)
        arr = arr * 0.93 + 8  # toner grey, paper not white
        arr += rng.normal(0, noise, arr.shape)
        arr[rng.random(arr.shape) < speckle] = 30
        # a darker band at the left edge (scanner lid)
        arr[:, : int(dpi * 0.08)] -= 40
        im = Image.fromarray(arr.clip(0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(blur))
        jp = TMP / f"{out.stem}-scan-{k}.jpg"
        im.save(jp, quality=quality, dpi=(dpi, dpi))
        jpgs.append(jp)
    if ocr_layer:
        lst = TMP / (out.stem + "-list.txt")
        lst.write_text("\n".join(str(j) for j in jpgs) + "\n")
        base = TMP / (out.stem + "-ocr")
        run(["nice", "-n", "10", "tesseract", str(lst), str(base), "-l", "nld", "--psm", "3", "pdf"])
        shutil.move(str(base) + ".pdf", str(out))
    else:
        ims = [Image.open(j) for j in jpgs]
        ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


def post(out: Path, info=None, attachments=(), drop_info=False):
    """Rewrite a PDF with pikepdf (whole file, no incremental update): document info and
    embedded files (name, bytes, description)."""
    import pikepdf

    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        if drop_info:
            for k in list(pdf.docinfo.keys()):
                del pdf.docinfo[k]
        for k, v in (info or {}).items():
            pdf.docinfo[k] = v
        for name, data, desc in attachments:
            fs = pikepdf.AttachedFileSpec(pdf, data, description=desc, filename=name)
            pdf.attachments[name] = fs
        pdf.save(out)


# ----------------------------------------------------------------------------------------------
# reportlab
# ----------------------------------------------------------------------------------------------
_FONTS_DONE = False


def rl_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                    ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                    ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf"),
                    ("DVM", "DejaVuSansMono.ttf"), ("DVM-B", "DejaVuSansMono-Bold.ttf"),
                    ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-BI")
    addMapping("DVM", 0, 0, "DVM"); addMapping("DVM", 1, 0, "DVM-B"); addMapping("DVM", 0, 1, "DVM"); addMapping("DVM", 1, 1, "DVM-B")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B"); addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVC-B")
    _FONTS_DONE = True


def styles(font="Helvetica", size=9.5, lead=None):
    from reportlab.lib.styles import ParagraphStyle

    rl_fonts()
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(font, font + "-B")
    lead = lead or size * 1.3
    s = {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "t": ParagraphStyle("t", fontName=font, fontSize=size, leading=lead),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=6, spaceAfter=4),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=lead),
        "q": ParagraphStyle("q", fontName=font, fontSize=size, leading=lead, leftIndent=14, textColor="#333333", spaceAfter=size * 0.4),
        "mono": ParagraphStyle("mono", fontName="Courier" if font in ("Helvetica", "Times-Roman") else "DVM", fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    return s


def reportlab_doc(out: Path, story, author=None, title=None, subject=None, creator=None, onpage=None,
                  margins=(20, 20, 20, 22), pagesize=None):
    """story: list of flowables. onpage(canvas, doc) draws headers/footers, annotations, outlines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    rl_fonts()
    l, r, t, b = margins
    doc = SimpleDocTemplate(str(out), pagesize=pagesize or A4, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, author=author or "", title=title or "",
                            subject=subject or "", creator=creator or "", invariant=1)
    fn = onpage or (lambda c, d: None)
    doc.build(list(story), onFirstPage=fn, onLaterPages=fn)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------------------------
# gold computation
# ----------------------------------------------------------------------------------------------
def probe_dict(p: Pr, after: int) -> dict:
    d = {"text": p.text, "word": p.word, "after": after}
    if p.sub:
        d["person_occurrences"] = p.sub
    if p.ocr:
        d["ocr"] = True
    if p.hidden:
        d["hidden"] = True
    return d


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def write_gold(doc: Doc, channels: dict | None = None) -> dict:
    if channels is None:
        channels = ev.extract_channels(doc.pdf, ocr="auto")["channels"]
    text = channels.get("pdfium", "")
    g = {"doc": doc.pdf.name, "pages": page_count(doc.pdf), "producer": doc.producer, "title": doc.title,
         "redact": [], "keep": []}
    for it in doc.redact:
        # a redact probe with sub>0 is a string that is also a place or word here: it may remain as
        # often as it occurs minus the `sub` occurrences that are the person
        g["redact"].append({"kind": it.kind, "value": it.value,
                            "probes": [probe_dict(p, (ev.count_in(text, {"text": p.text, "word": p.word}) - p.sub)
                                                  if p.sub else p.after) for p in it.probes]})
    for it in doc.keep:
        g["keep"].append({"kind": it.kind, "value": it.value,
                          "probes": [probe_dict(p, ev.count_in(text, {"text": p.text, "word": p.word}) - p.sub)
                                     for p in it.probes]})
    if doc.not_personal:
        g["not_personal"] = list(doc.not_personal)
    (GOLD / f"{doc.id}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return g


# ----------------------------------------------------------------------------------------------
# HTML mail and chat templates (Chromium)
# ----------------------------------------------------------------------------------------------
BASE_CSS = """
@page { size: A4; margin: %(margin)s; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: %(size)s; color: #111; }
p { margin: 0 0 0.55em 0; }
table.hdr td { vertical-align: top; padding: 0 6px 1px 0; }
.muted { color: #666; }
"""


def page(body: str, title="", css="", margin="16mm 15mm 16mm 15mm", size="9.5pt") -> str:
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>" + esc(title) + "</title><style>"
            + BASE_CSS % {"margin": margin, "size": size} + css + "</style></head><body>" + body + "</body></html>")


def paras(text: str) -> str:
    """Plain text with blank-line paragraphs -> HTML; single newlines become <br>."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# python-docx helpers (exported by LibreOffice)
# ----------------------------------------------------------------------------------------------
def docx_new(author="", title="", font="Calibri", size=10.5, margins_cm=2.0, subject="", comments=""):
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = Cm(margins_cm * 0.9)
        s.bottom_margin = Cm(margins_cm * 0.9)
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.subject = subject
    cp.comments = comments
    cp.last_modified_by = author
    return d


def docx_par(d, text, bold=False, italic=False, size=None, align=None, style=None, color=None, font=None, after=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    p = d.add_paragraph(style=style)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def docx_runs(d, parts, size=None, after=None):
    """parts: list of (text, 'b'|'i'|'') tuples in one paragraph."""
    from docx.shared import Pt

    p = d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def docx_table(d, rows, widths_cm=None, header=True, size=9, style="Table Grid"):
    from docx.shared import Cm, Pt

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            para = cell.paragraphs[0]
            for k, line in enumerate(lines):
                r = para.add_run(line)
                r.font.size = Pt(size)
                r.bold = header and i == 0
                if k < len(lines) - 1:
                    r.add_break()
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def docx_header_footer(d, header=None, footer=None, size=8):
    from docx.shared import Pt

    sec = d.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        r = p.add_run(header)
        r.font.size = Pt(size)
    if footer:
        p = sec.footer.paragraphs[0]
        r = p.add_run(footer)
        r.font.size = Pt(size)


# ----------------------------------------------------------------------------------------------
# reportlab mail pieces
# ----------------------------------------------------------------------------------------------
def rl_header_table(rows, st, label_mm=24, width_mm=170):
    """rows: (label, value); an Outlook-like header block with bold labels."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph("<b>" + esc(l) + "</b>", st["t"]), Paragraph(esc(v), st["t"])] for l, v in rows if v]
    t = Table(data, colWidths=[label_mm * mm, (width_mm - label_mm) * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return t


def rl_text(text, style):
    """Plain text with blank-line paragraphs -> list of Paragraphs (newlines kept)."""
    from reportlab.platypus import Paragraph

    return [Paragraph(esc(b).replace("\n", "<br/>"), style) for b in text.strip("\n").split("\n\n")]
