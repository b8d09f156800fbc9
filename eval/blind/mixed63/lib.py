"""Shared rendering and gold helpers for set BU (eval/blind/mixed63)."""
from __future__ import annotations

import io
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

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak,
                                Frame, PageTemplate, BaseDocTemplate)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    if Path(_p).exists():
        pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LibSans": "LibSans-Bold",
        "LibSerif": "LibSerif-Bold", "Femke": "Femke"}


def esc(s: str) -> str:
    return re.sub(r"&(?![a-z]+;)", "&amp;", s)


def parse(markup: str, spec_keep_lines: bool = False):
    """Lines: '## head', '| a | b' table rows, '---' page break, '' spacer, others paragraphs."""
    out, table = [], []
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            out.append(("t", table))
            table = []
        if line == "---":
            out.append(("pb", None))
        elif line.startswith("## "):
            out.append(("h", line[3:]))
        elif line.startswith("> "):
            out.append(("q", line[2:]))
        elif line == "":
            out.append(("sp", None))
        elif (out and out[-1][0] == "p" and line.lstrip()[:1].islower() and not out[-1][1].endswith("<br/>")
              and not spec_keep_lines):
            out[-1] = ("p", out[-1][1] + " " + line.strip())
        else:
            out.append(("p", line))
    if table:
        out.append(("t", table))
    return out


def render_rl(path: Path, spec: dict):
    font = spec.get("font", "Helvetica")
    size = spec.get("size", 9.5)
    bold = BOLD.get(font, font)
    side = spec.get("side")  # list of lines, page 1 right column
    head = spec.get("head", [])  # letterhead lines (first bold)
    foot = spec.get("foot", "")
    left = 22 * mm
    width = A4[0] - left - (62 * mm if side else 22 * mm)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=2)
    sth = ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3, spaceBefore=4, spaceAfter=3)
    stq = ParagraphStyle("q", parent=st, leftIndent=10 * mm, textColor=colors.HexColor("#333333"))
    stc = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    top = 38 * mm if head else 22 * mm

    def on_page(c, doc):
        c.saveState()
        pn = c.getPageNumber()
        if head and pn == 1:
            c.setFont(bold, 12)
            c.drawString(left, A4[1] - 18 * mm, head[0])
            c.setFont(font, 8.5)
            for i, l in enumerate(head[1:]):
                c.drawString(left, A4[1] - 23 * mm - i * 10, l)
        if side and pn == 1:
            x = A4[0] - 56 * mm
            y = A4[1] - top - 4
            for l in side:
                if l.startswith("**"):
                    c.setFont(bold, 7.5); l = l[2:]
                else:
                    c.setFont(font, 7.5)
                c.drawString(x, y, l)
                y -= 9.5
        if spec.get("form") and pn == 1:
            y0 = 120 * mm
            for i, (label, name, value) in enumerate(spec["form"]):
                y = y0 - i * 12 * mm
                c.setFont(font, 9)
                c.drawString(left, y + 2, label)
                c.acroForm.textfield(name=name, tooltip=label, value=value, x=left + 40 * mm, y=y - 2,
                                     width=100 * mm, height=8 * mm, fontName="Helvetica", fontSize=10,
                                     borderWidth=0.5, forceBorder=True)
        c.setFont(font, 7.5)
        if foot:
            c.drawString(left, 12 * mm, foot)
        c.drawRightString(A4[0] - 22 * mm, 12 * mm, spec.get("pagefmt", "Pagina {n}").format(n=pn))
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=22 * mm, topMargin=top,
                          bottomMargin=22 * mm, title=spec.get("title", ""), author=spec.get("author", ""),
                          creator=spec.get("creator", "Microsoft Word"), producer=spec.get("producer"))
    fr1 = Frame(left, 22 * mm, width, A4[1] - top - 22 * mm, id="f1")
    fr2 = Frame(left, 22 * mm, A4[0] - left - 22 * mm, A4[1] - 22 * mm - 22 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [fr1], onPage=on_page, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [fr2], onPage=on_page)])
    story = []
    for kind, val in parse(spec["body"], spec.get("keep_lines", False)):
        if kind == "h":
            story.append(Paragraph(esc(val), sth))
        elif kind == "p":
            story.append(Paragraph(esc(val), st))
        elif kind == "q":
            story.append(Paragraph(esc(val), stq))
        elif kind == "sp":
            story.append(Spacer(1, 4))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "t":
            rows = [[Paragraph(esc(c), stc) for c in r] for r in val]
            t = Table(rows, repeatRows=1, colWidths=spec.get("colw"))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
    doc.build(story)


def render_docx(path: Path, spec: dict):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    stl = d.styles["Normal"]
    stl.font.name = spec.get("docx_font", "Calibri")
    stl.font.size = Pt(10)
    sec = d.sections[0]
    if spec.get("head"):
        hp = sec.header.paragraphs[0]
        hp.text = "  |  ".join(spec["head"])
    if spec.get("foot"):
        sec.footer.paragraphs[0].text = spec["foot"]
    for kind, val in parse(spec["body"], spec.get("keep_lines", False)):
        if kind == "h":
            d.add_heading(re.sub(r"<[^>]+>", "", val), level=2)
        elif kind in ("p", "q"):
            p = d.add_paragraph()
            parts = re.split(r"<br/>", val)
            for i, part in enumerate(parts):
                for seg in re.split(r"(<b>.*?</b>)", part):
                    if seg.startswith("<b>"):
                        p.add_run(seg[3:-4]).bold = True
                    elif seg:
                        p.add_run(re.sub(r"<[^>]+>", "", seg))
                if i < len(parts) - 1:
                    p.add_run().add_break()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = re.sub(r"<[^>]+>", "", c)
    d.core_properties.author = spec.get("author", "")
    d.core_properties.title = spec.get("title", "")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        (Path(td) / (path.stem + ".pdf")).replace(path)


def scanify(path: Path, seed: int, angle: float = 0.6, dpi: int = 200, quality: int = 55):
    """Render the text PDF at path to images with noise and rotation; replace it by an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(path))
    imgs = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 400):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 90, 170))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        imgs.append(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
    pdf.close()
    imgs[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def add_hidden(path: Path, hidden: dict):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if hidden.get("author"):
            pdf.docinfo["/Author"] = hidden["author"]
        if hidden.get("subject"):
            pdf.docinfo["/Subject"] = hidden["subject"]
        if hidden.get("xmp_creator"):
            with pdf.open_metadata() as m:
                m["dc:creator"] = [hidden["xmp_creator"]]
        if hidden.get("outline"):
            with pdf.open_outline() as ol:
                for t in hidden["outline"]:
                    ol.root.append(pikepdf.OutlineItem(t, 0))
        for i, (text, who) in enumerate(hidden.get("annots", [])):
            page = pdf.pages[0]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([400, 700 - 30 * i, 420, 720 - 30 * i]),
                Contents=pikepdf.String(text), T=pikepdf.String(who), Open=False))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj.Annots.append(annot)
        pdf.save(str(path))


def probe(p):
    if isinstance(p, dict):
        return p
    if p.startswith("~"):
        return {"text": p[1:], "word": False}
    return {"text": p, "word": True}


def build(spec: dict):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{spec['id']}.pdf"
    if spec.get("producer_kind") == "docx":
        render_docx(path, spec)
    else:
        render_rl(path, spec)
    if spec.get("scan"):
        scanify(path, seed=len(spec["id"]) * 7 + 3, angle=spec.get("angle", 0.6))
    if spec.get("hidden"):
        add_hidden(path, spec["hidden"])
    text, _ = text_pdfium(path)
    red = []
    for kind, value, probes in spec["redact"]:
        ps = []
        for p in probes:
            d = probe(p)
            d["after"] = 0
            if spec.get("scan"):
                d["ocr"] = True
            ps.append(d)
        red.append({"kind": kind, "value": value, "probes": ps})
    keep = []
    for kind, t in spec["keep"]:
        d = probe(t)
        d["after"] = count_in(text, d)
        keep.append({"kind": kind, "value": d["text"], "probes": [d]})
    gold = {"doc": path.name, "redact": red, "keep": keep}
    (GOLD_DIR / f"{spec['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return gold
