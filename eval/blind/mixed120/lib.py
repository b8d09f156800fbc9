"""Builders and gold helpers for set BH (eval/blind/mixed120).

Documents are written with reportlab (standard-14 and embedded DejaVu TTF), python-docx + soffice,
a reportlab canvas with AcroForm fields, and PIL-rendered scans (JPEG, slightly rotated).
Hidden channels (Info/XMP, outline, sticky notes) are added afterwards with pikepdf, which writes
the whole file anew (no incremental update).
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

_fonts_done = False


def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, fn in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                     ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                     ("DejaVuSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                     ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
                     ("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-BoldOblique")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-BoldItalic")
    addMapping("DejaVuSansCondensed", 0, 0, "DejaVuSansCondensed")
    addMapping("DejaVuSansCondensed", 1, 0, "DejaVuSansCondensed-Bold")
    addMapping("DejaVuSansCondensed", 0, 1, "DejaVuSansCondensed")
    addMapping("DejaVuSansCondensed", 1, 1, "DejaVuSansCondensed-Bold")
    _fonts_done = True


FONTSETS = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}


def md(s: str) -> str:
    """Escape XML, then **bold** and _italic_ (underscores only at word edges)."""
    s = escape(s)
    for a, b in (("&amp;lt;", "&lt;"), ("&amp;gt;", "&gt;"), ("&amp;amp;", "&amp;"), ("&lt;br/&gt;", "<br/>")):
        s = s.replace(a, b)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!\w)__(.+?)__(?!\w)", r"<i>\1</i>", s)
    return s


# --------------------------------------------------------------------------------------------
# gold items
# --------------------------------------------------------------------------------------------
@dataclass
class Item:
    kind: str
    value: str
    probes: list
    channel: str | None = None  # None = PDFium text; metadata | outline | annotations | ocr


def _probes(value, probes, word=True, ocr=False):
    ps = probes or (value,)
    out = []
    for p in ps:
        if isinstance(p, tuple):  # (text, word)
            d = {"text": p[0], "word": p[1], "after": 0}
        else:
            d = {"text": p, "word": word, "after": 0}
        if ocr:
            d["ocr"] = True
        out.append(d)
    return out


def R(kind, value, *probes, word=True):
    return Item(kind, value, _probes(value, probes, word))


def P(value, *probes):
    return R("PERSON", value, *probes)


def E(addr):
    return R("EMAIL", addr, addr, word=False)


def T(phone, *probes):
    return R("PHONE", phone, *probes)


def H(channel, kind, value, *probes):
    return Item(kind, value, _probes(value, probes), channel=channel)


def O(kind, value, *probes):
    return Item(kind, value, _probes(value, probes, ocr=True), channel="ocr")


def K(kind, *texts, word=True):
    """One keep item per text."""
    return [Item(kind, t, [{"text": t, "word": word, "after": None}]) for t in texts]


# --------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------
@dataclass
class Doc:
    stem: str
    builder: object  # callable(path) -> None
    redact: list
    keep: list
    meta: dict = field(default_factory=dict)     # Info keys without slash: Author, Creator, Producer, Title
    xmp_creator: list | None = None
    outline: list | None = None                  # [(title, page_index)]
    notes: list | None = None                    # [(page_index, author, contents, x, y)]
    note: str = ""

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        self.builder(path)
        postprocess(path, self.meta, self.xmp_creator, self.outline, self.notes)
        return path


def postprocess(path: Path, meta: dict, xmp_creator, outline, notes):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    # drop any existing XMP so that Info is the only metadata unless we set XMP ourselves
    if "/Metadata" in pdf.Root and xmp_creator is None:
        del pdf.Root["/Metadata"]
    for k in list(pdf.docinfo.keys()):
        # Author/Subject/Keywords only as set here; Creator/Producer/Title of the producing program stay
        # unless the document imitates another producer
        if str(k) in ("/Author", "/Subject", "/Keywords") or str(k)[1:] in meta:
            del pdf.docinfo[k]
    for k, v in meta.items():
        pdf.docinfo[Name("/" + k)] = String(v)
    if xmp_creator is not None:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            m["dc:creator"] = list(xmp_creator)
            if "Title" in meta:
                m["dc:title"] = meta["Title"]
            if "Producer" in meta:
                m["pdf:Producer"] = meta["Producer"]
            if "Creator" in meta:
                m["xmp:CreatorTool"] = meta["Creator"]
    if outline:
        with pdf.open_outline() as ol:
            ol.root.clear()
            for title, pg in outline:
                ol.root.append(pikepdf.OutlineItem(title, pg))
    if notes:
        for (pg, author, contents, x, y) in notes:
            page = pdf.pages[min(pg, len(pdf.pages) - 1)]
            annot = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                T=String(author), Contents=String(contents), Name=Name.Comment,
                F=4, C=Array([1, 0.85, 0.2]), M=String("D:20260312101500+01'00'")))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(annot)
    pdf.save(str(path), deterministic_id=True)
    pdf.close()


# --------------------------------------------------------------------------------------------
# reportlab flowable documents
# --------------------------------------------------------------------------------------------
def rl_build(path: Path, blocks, fonts="helv", size=10, header=None, footer=None, margins=(2.2, 2.0, 2.2, 2.0),
             leading=None):
    """blocks: list of tuples
       ("h1", text) ("h2", text) ("p", text) ("small", text) ("mono", text) ("sp", pts)
       ("t", rows, colwidths_cm, opts) ("pb",) ("line", text) (kv: ("kv", [(k, v), ...], kw_cm))"""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

    reg, bold = FONTSETS[fonts]
    lead = leading or size * 1.3
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "line": ParagraphStyle("line", fontName=reg, fontSize=size, leading=lead, spaceAfter=0),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                                spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=8,
                             spaceBefore=2),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=4,
                             spaceBefore=6),
        "mono": ParagraphStyle("mono", fontName="Courier" if fonts in ("helv", "times", "courier") else reg,
                               fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.22),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.22),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h1", "h2", "small", "line", "mono"):
            story.append(Paragraph(md(b[1]), st[k]))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "kv":
            rows = [[Paragraph(md(a), st["cellb"]), Paragraph(md(v), st["cell"])] for a, v in b[1]]
            kw = b[2] if len(b) > 2 else 3.5
            t = Table(rows, colWidths=[kw * cm, (21 - margins[0] - margins[2] - kw) * cm], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "t":
            rows, cw = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            data = []
            for i, r in enumerate(rows):
                sty = st["cellb"] if i == 0 and opts.get("header", True) else st["cell"]
                data.append([Paragraph(md(str(c)), sty) for c in r])
            t = Table(data, colWidths=[w * cm for w in cw], hAlign="LEFT", repeatRows=1)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(k)

    def on_page(c, doc):
        c.saveState()
        if header:
            c.setFont(bold, 8)
            c.drawString(margins[0] * cm, A4[1] - 1.2 * cm, header)
        if footer:
            c.setFont(reg, 7.5)
            c.drawString(margins[0] * cm, 1.0 * cm, footer.replace("{n}", str(doc.page)))
        c.restoreState()

    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins[0] * cm, topMargin=margins[1] * cm,
                          rightMargin=margins[2] * cm, bottomMargin=margins[3] * cm, title="", author="",
                          invariant=1)
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)


def rl(blocks, **kw):
    return lambda path: rl_build(path, blocks, **kw)


# --------------------------------------------------------------------------------------------
# python-docx -> soffice
# --------------------------------------------------------------------------------------------
def docx_build(path: Path, blocks, font="Calibri", size=10.5, core_author=""):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = s.bottom_margin = Cm(2.0)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    stl.paragraph_format.space_after = Pt(4)
    d.core_properties.author = core_author
    d.core_properties.last_modified_by = core_author
    d.core_properties.title = ""
    d.core_properties.comments = ""

    def runs(par, text):
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for pt in parts:
            if pt.startswith("**") and pt.endswith("**"):
                r = par.add_run(pt[2:-2])
                r.bold = True
            elif pt:
                par.add_run(pt)

    for b in blocks:
        k = b[0]
        if k == "h1":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 4)
        elif k == "h2":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 1)
        elif k in ("p", "line", "small", "mono"):
            p = d.add_paragraph()
            runs(p, b[1])
            if k in ("line", "mono"):
                p.paragraph_format.space_after = Pt(0)
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(size - 1.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k in ("t", "kv"):
            rows = b[1] if k == "t" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    runs(cell.paragraphs[0], str(c) if not (i == 0 and k == "t") else f"**{c}**")
                    for rr in cell.paragraphs[0].runs:
                        rr.font.size = Pt(size - 1.5)
            if k == "t" and len(b) > 2:
                for j, w in enumerate(b[2]):
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            d.add_paragraph()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(str(src))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        (Path(td) / (path.stem + ".pdf")).replace(path)


def docx(blocks, **kw):
    return lambda path: docx_build(path, blocks, **kw)


# --------------------------------------------------------------------------------------------
# scans
# --------------------------------------------------------------------------------------------
def scan_build(path: Path, lines, seed=1, angle=0.6, producer_size=None):
    """lines: list of (kind, text) with kind in 'h' (heading), 't' (typed), 'hw' (handwriting),
    'sp' (blank), 'sig' (signature scribble + text under it in handwriting)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 32)
    f_h = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 40)
    f_hw = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 40)
    y = 150
    for kind, text in lines:
        if kind == "sp":
            y += 30
            continue
        if kind == "h":
            dr.text((150, y), text, font=f_h, fill=20)
            y += 62
        elif kind == "t":
            dr.text((150, y), text, font=f_t, fill=25)
            y += 48
        elif kind == "hw":
            x = 170 + rnd.randint(-10, 10)
            dr.text((x, y + rnd.randint(-3, 3)), text, font=f_hw, fill=45)
            y += 62
        elif kind == "sig":
            # a scribble, then the name
            x0 = 180
            pts = [(x0 + i * 14, y + 30 + int(18 * ((-1) ** i) * rnd.random())) for i in range(18)]
            dr.line(pts, fill=40, width=3)
            y += 70
            dr.text((170, y), text, font=f_hw, fill=45)
            y += 62
        elif kind == "row":  # table-like row: list of cells at fixed x positions
            xs = [150, 700, 1060, 1310]
            for i, cell in enumerate(text):
                fnt = f_hw if isinstance(cell, tuple) else f_t
                s = cell[0] if isinstance(cell, tuple) else cell
                dr.text((xs[i], y), s, font=fnt, fill=35)
            dr.line([(140, y + 50), (W - 140, y + 50)], fill=120, width=1)
            y += 62
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
    # a little noise
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((120, 160, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=72)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def scan(lines, **kw):
    return lambda path: scan_build(path, lines, **kw)


def concat(builders):
    """Build several single documents and concatenate them (e.g. a scan behind a cover letter)."""
    import pikepdf

    def b(path):
        parts = []
        with tempfile.TemporaryDirectory() as td:
            for i, fn in enumerate(builders):
                p = Path(td) / f"part{i}.pdf"
                fn(p)
                parts.append(p)
            out = pikepdf.new()
            srcs = [pikepdf.open(str(p)) for p in parts]
            for s in srcs:
                out.pages.extend(s.pages)
            out.save(str(path))
            for s in srcs:
                s.close()
    return b


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------
def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.channel for it in d.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    red = []
    mask = text
    for it in d.redact:
        for pr in it.probes:
            if it.channel is None:
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(it.channel, 0) > 0
                if it.channel != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {pr['text']!r} in page text")
            if not ok:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found ({it.channel or 'pdfium'})")
        e = {"kind": it.kind, "value": it.value, "probes": it.probes}
        if it.channel:
            e["channel"] = it.channel
        red.append(e)
        for s in [it.value] + [p["text"] for p in it.probes]:
            rx = probe_regex(s, False)
            mask = rx.sub(lambda m: "\u2588" * len(m.group(0)), mask)
    keep = []
    seen = set()
    for it in d.keep:
        pr = dict(it.probes[0])
        if (pr["text"], pr["word"]) in seen:
            problems.append(f"{d.stem}: duplicate keep {pr['text']!r}")
            continue
        seen.add((pr["text"], pr["word"]))
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep probe {pr['text']!r} not in text")
            continue
        nm = count_in(mask, pr)
        if nm != n:
            problems.append(f"{d.stem}: keep probe {pr['text']!r} overlaps a redact value ({n} -> {nm})")
            continue
        pr["after"] = n
        keep.append({"kind": it.kind, "value": it.value, "probes": [pr]})
    gold = {"doc": f"{d.stem}.pdf", "pages": pages, "redact": red, "keep": keep}
    return gold, problems
