"""Rendering and gold helpers for set NK (eval/blind/mixed92). See make_set.py."""
from __future__ import annotations

import io
import shutil
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TTF = {
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "LibSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "Carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"),
    "LibMono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
}
HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
HAND2 = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
HUMOR = "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"
_reg = set()


def font_pair(name):
    if name == "Helvetica":
        return "Helvetica", "Helvetica-Bold"
    if name == "Times":
        return "Times-Roman", "Times-Bold"
    if name == "Courier":
        return "Courier", "Courier-Bold"
    if name in ("Hand", "Hand2", "Humor"):
        if name not in _reg:
            pdfmetrics.registerFont(TTFont(name, {"Hand": HAND, "Hand2": HAND2, "Humor": HUMOR}[name]))
            _reg.add(name)
        return name, name
    if name not in _reg:
        r, b = TTF[name]
        pdfmetrics.registerFont(TTFont(name, r))
        pdfmetrics.registerFont(TTFont(name + "-B", b))
        _reg.add(name)
    return name, name + "-B"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md(s):
    """**bold** and _italic_ markup -> reportlab mini-HTML (after escaping)."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


# ---------------------------------------------------------------- reportlab renderer
def render_rl(blocks, out, font="Helvetica", size=10, land=False, meta=None, on_page=None, margins=20):
    reg, bold = font_pair(font)
    ps = ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.45)
    h1 = ParagraphStyle("h1", parent=ps, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=ps, fontName=bold, fontSize=size + 1.5, leading=(size + 2) * 1.25, spaceBefore=4)
    small = ParagraphStyle("s", parent=ps, fontSize=size - 2, leading=(size - 2) * 1.25)
    right = ParagraphStyle("r", parent=ps, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=ps, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    story = []
    pagesize = landscape(A4) if land else A4
    width = pagesize[0] - 2 * margins * mm
    for b in blocks:
        k = b[0]
        if k == "h1":
            story.append(Paragraph(md(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(md(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(md(b[1]), ps))
        elif k == "small":
            story.append(Paragraph(md(b[1]), small))
        elif k == "right":
            story.append(Paragraph(md(b[1]), right))
        elif k == "typed":  # typed stamp / form text inside a handwritten page
            story.append(Paragraph(md(b[1]), ParagraphStyle("ty", parent=ps, fontName=b[2] if len(b) > 2 else "Courier",
                                                            fontSize=10, leading=12.5, borderWidth=0.8,
                                                            borderColor=colors.HexColor("#333333"), borderPadding=5,
                                                            spaceBefore=6, spaceAfter=10)))
        elif k == "sp":
            story.append(Spacer(1, (b[1] if len(b) > 1 else 4) * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "lh":  # letterhead: org, sub lines
            story.append(Paragraph(md(b[1]), ParagraphStyle("lh", parent=h1, fontSize=size + 8,
                                                            textColor=colors.HexColor(b[3] if len(b) > 3 else "#b0151f"))))
            story.append(Paragraph(md(b[2]), small))
            story.append(Spacer(1, 5 * mm))
        elif k in ("table", "kv", "grid"):
            rows = b[1]
            cw = b[2] if len(b) > 2 and b[2] else None
            hdr = k == "table"
            data = []
            for i, r in enumerate(rows):
                st = cellb if (hdr and i == 0) or (k == "kv" and False) else cell
                data.append([Paragraph(md(str(c)), cellb if (k == "kv" and j == 0) else st) for j, c in enumerate(r)])
            if cw:
                cw = [width * x for x in cw]
            t = Table(data, colWidths=cw, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if k in ("table", "grid"):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if hdr:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "img":  # ("img", png_bytes, width_mm)
            im = RLImage(io.BytesIO(b[1]))
            w = b[2] * mm
            im.drawHeight = w * im.imageHeight / im.imageWidth
            im.drawWidth = w
            im.hAlign = "LEFT"
            story.append(im)
        else:
            raise ValueError(k)
    m = margins * mm
    doc = SimpleDocTemplate(str(out), pagesize=pagesize, leftMargin=m, rightMargin=m, topMargin=m * 0.9,
                            bottomMargin=m * 0.9, title=(meta or {}).get("title", ""),
                            author=(meta or {}).get("author", ""), creator=(meta or {}).get("creator", "Gemeente Nijmegen"),
                            subject=(meta or {}).get("subject", ""))
    cb = on_page or (lambda c, d: None)
    doc.build(story, onFirstPage=cb, onLaterPages=cb)


# ---------------------------------------------------------------- signature / handwriting images
def hand_png(text, size=64, font=HAND, w=None, color=(20, 30, 110)):
    from PIL import Image, ImageDraw, ImageFont
    f = ImageFont.truetype(font, size)
    lines = text.split("\n")
    bw = max(int(f.getlength(l)) for l in lines) + 40
    bh = (size + 14) * len(lines) + 20
    im = Image.new("RGB", (w or bw, bh), "white")
    d = ImageDraw.Draw(im)
    for i, l in enumerate(lines):
        d.text((20, 10 + i * (size + 14)), l, font=f, fill=color)
    bio = io.BytesIO()
    im.save(bio, "PNG")
    return bio.getvalue()


def squiggle_png(seed, w=420, h=130):
    """A signature as a scribble (no letters)."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    x, y = 15, h // 2
    pts = []
    for i in range(38):
        x += rnd.randint(6, 14)
        y = max(10, min(h - 10, y + rnd.randint(-28, 28)))
        pts.append((x, y))
    d.line([(15, h // 2)] + pts, fill=(15, 25, 90), width=3, joint="curve")
    d.line([(30, h - 25), (x - 20, h - 30)], fill=(15, 25, 90), width=2)
    bio = io.BytesIO()
    im.save(bio, "PNG")
    return bio.getvalue()


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf, out_pdf, seed, dpi=200, angle=0.6, quality=55):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    c = canvas.Canvas(str(out_pdf), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 scan")
    c.setProducer("Canon iR-ADV C5535")
    c.setAuthor("")
    c.setTitle("")
    for i in range(len(pdf)):
        pg = pdf[i]
        im = pg.render(scale=dpi / 72).to_pil().convert("L")
        a = angle * (1 if rnd.random() < 0.5 else -1) * (0.6 + rnd.random() * 0.6)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        W, H = im.size
        for _ in range(W * H // 900):
            x, y = rnd.randrange(W), rnd.randrange(H)
            px[x, y] = rnd.choice((90, 140, 190))
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        # grey margin shadow like a copier
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=quality)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    pdf.close()


# ---------------------------------------------------------------- docx renderer
def build_docx(blocks, out_docx, font="Carlito", size=10.5, author="Gemeente Nijmegen", land=False, title=""):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt, RGBColor
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.last_modified_by = author
    d.core_properties.comments = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for attr in ("left_margin", "right_margin"):
        setattr(sec, attr, Mm(20))
    sec.top_margin = sec.bottom_margin = Mm(17)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    for hn in ("Heading 1", "Heading 2"):
        d.styles[hn].font.name = font
        d.styles[hn].font.color.rgb = RGBColor(0x1f, 0x3a, 0x60)

    def add_runs(par, text):
        for i, part in enumerate(re.split(r"(\*\*.+?\*\*)", text)):
            if part.startswith("**") and part.endswith("**"):
                par.add_run(part[2:-2]).bold = True
            elif part:
                par.add_run(part)

    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small", "right"):
            par = d.add_paragraph()
            lines = b[1].split("\n")
            for i, l in enumerate(lines):
                add_runs(par, l)
                if i < len(lines) - 1:
                    par.add_run().add_break()
            if k == "small":
                for r in par.runs:
                    r.font.size = Pt(size - 2)
            if k == "right":
                par.alignment = 2
        elif k == "lh":
            par = d.add_paragraph()
            r = par.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 8)
            r.font.color.rgb = RGBColor(0xb0, 0x15, 0x1f)
            p2 = d.add_paragraph()
            r2 = p2.add_run(b[2])
            r2.font.size = Pt(size - 2)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k in ("table", "kv", "grid"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cellp = t.cell(i, j).paragraphs[0]
                    lines = str(c).split("\n")
                    for li, l in enumerate(lines):
                        add_runs(cellp, l)
                        if li < len(lines) - 1:
                            cellp.add_run().add_break()
                    for run in cellp.runs:
                        run.font.size = Pt(size - 1)
                        if (k == "table" and i == 0) or (k == "kv" and j == 0):
                            run.bold = True
            cw = b[2] if len(b) > 2 and b[2] else None
            if cw:
                tot = (277 if land else 170)
                for j, x in enumerate(cw):
                    for r in t.rows:
                        r.cells[j].width = Mm(tot * x)
            d.add_paragraph()
        elif k == "img":
            d.add_picture(io.BytesIO(b[1]), width=Mm(b[2]))
        else:
            raise ValueError(k)
    d.save(str(out_docx))


def soffice_batch(docx_paths, outdir):
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in docx_paths], check=True,
                       capture_output=True, timeout=600)


# ---------------------------------------------------------------- hidden channels
def set_meta(pdf_path, author=None, xmp_creator=None, title=None, outline=None, annots=None):
    import pikepdf
    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [xmp_creator]
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for (pg, rect, author_, text) in annots or []:
            a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                     Rect=rect, Contents=pikepdf.String(text),
                                                     T=pikepdf.String(author_), Name=pikepdf.Name.Comment,
                                                     F=4))
            page = pdf.pages[pg]
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(pdf_path))


# ---------------------------------------------------------------- gold
class Gold:
    def __init__(self):
        self.redact = []
        self.keep = []

    def r(self, kind, value, *probes, ocr=False, channel=None):
        ps = []
        for p in probes or (value,):
            d = {"text": p, "word": True, "after": 0}
            if ocr:
                d["ocr"] = True
            if channel:
                d["channel"] = channel
            ps.append(d)
        self.redact.append({"kind": kind, "value": value, "probes": ps})

    def k(self, kind, *probes, hard=False):
        for p in probes:
            it = {"kind": kind, "value": p, "probes": [{"text": p, "word": True, "after": None}]}
            if hard:
                it["_hard"] = True
            self.keep.append(it)


def finish_gold(stem, g: Gold, pdf_path):
    text, n = text_pdfium(pdf_path)
    masked = text
    for it in g.redact:
        v = norm(it["value"])
        if v and v in masked:
            masked = masked.replace(v, "\u2588" * len(v))
        for p in it["probes"]:
            masked = re.sub(__import__("evaluate").probe_regex(p["text"], p["word"]), lambda m: "\u2588" * len(m.group(0)), masked)
    problems = []
    keep = []
    seen = set()
    for it in g.keep:
        p = it["probes"][0]
        if p["text"] in seen:
            continue
        seen.add(p["text"])
        c = count_in(text, p)
        cm = count_in(masked, p)
        if c == 0:
            problems.append(f"{stem}: keep probe absent: {p['text']!r}")
            continue
        if c != cm:
            problems.append(f"{stem}: keep probe inside redacted span: {p['text']!r} {c} vs {cm}")
            continue
        p["after"] = c
        keep.append(it)
    # at most KEEP_MAX keep probes per document: weak kinds (dates, terms, web, files) are dropped first
    # (then the most frequent kind loses its first-listed probe, one at a time; office holders are never dropped)
    KEEP_MAX = 14
    weak = [it for it in keep if it["kind"] in ("DATE", "TERM", "WEB", "FILE", "DOC", "AMOUNT")]
    while len(keep) > KEEP_MAX and weak:
        keep.remove(weak.pop())
    while len(keep) > KEEP_MAX:
        from collections import Counter
        kind = Counter(it["kind"] for it in keep
                       if it["kind"] != "PERSON_PUBLIC" and not it.get("_hard")).most_common(1)[0][0]
        first = [it for it in keep if it["kind"] == kind and not it.get("_hard")][0]
        keep.remove(first)
    for it in keep:
        it.pop("_hard", None)
    gold = {"doc": f"{stem}.pdf", "pages": n, "redact": g.redact, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return n, problems


# ---------------------------------------------------------------- driver
def run(DOCS, argv):
    only = set(argv)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    todo = [s for s in DOCS if not only or s in only]
    built = {}
    docx_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="nk-"))
    for stem in todo:
        spec = DOCS[stem]
        blocks, g = spec["fn"]()
        built[stem] = g
        out = DOCS_DIR / f"{stem}.pdf"
        if spec["prod"] == "rl":
            render_rl(blocks, out, font=spec["font"], size=spec["size"], land=spec["land"], meta=spec["meta"],
                      on_page=spec["on_page"])
        elif spec["prod"] == "scan":
            src = tmp / f"{stem}-src.pdf"
            render_rl(blocks, src, font=spec["font"], size=spec["size"], land=spec["land"], meta={})
            scan_pdf(src, out, seed=spec["seed"] or 7)
        elif spec["prod"] == "docx":
            dp = tmp / f"{stem}.docx"
            build_docx(blocks, dp, font=spec["font"], size=spec["size"], land=spec["land"],
                       author=spec["meta"].get("author", "Gemeente Nijmegen"), title=spec["meta"].get("title", ""))
            docx_jobs.append(dp)
    soffice_batch(docx_jobs, DOCS_DIR)
    problems = []
    pages = 0
    for stem in todo:
        spec = DOCS[stem]
        out = DOCS_DIR / f"{stem}.pdf"
        if spec["hidden"]:
            set_meta(out, **spec["hidden"])
        n, pr = finish_gold(stem, built[stem], out)
        pages += n
        problems += pr
    shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("PROBLEM", p)
    nr = sum(len(it["probes"]) for s in todo for it in built[s].redact)
    print(f"docs={len(todo)} pages={pages} redact_probes={nr} problems={len(problems)}")
