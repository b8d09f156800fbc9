"""Renderers for set mixed79: reportlab (several fonts), python-docx + LibreOffice, scans.

A document body is a list of lines in a small markup:
    "# Title"            heading 1           "## Sub"   heading 2
    "|a|b|c"             table row (consecutive rows form one table; the first row is a header)
    "- item"             bullet
    "> text"             small monospace line (e-mail headers, quoted mail)
    "=PAGE"              page break
    "@sig TEXT"          handwritten signature (an image, small; no probe depends on it)
    ""                   spacer
    anything else        a paragraph (reportlab mini-markup <b>, <i> allowed)
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

FONTS = {
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuCond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "LibSans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "LibSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "Carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"),
}
HAND = {"femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
        "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
        "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"}
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BUILTIN = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
_REG = set()


def font_pair(name: str) -> tuple[str, str]:
    if name in BUILTIN:
        return BUILTIN[name]
    if name not in _REG:
        reg, bold = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, reg))
        pdfmetrics.registerFont(TTFont(name + "-B", bold))
        _REG.add(name)
    return name, name + "-B"


def mono_font() -> str:
    if "Mono" not in _REG:
        pdfmetrics.registerFont(TTFont("Mono", MONO))
        _REG.add("Mono")
    return "Mono"


def _esc(s: str) -> str:
    s = re.sub(r"&(?!amp;|lt;|gt;)", "&amp;", s)
    # keep the few tags we use
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    for t in ("b", "i", "u", "br/"):
        s = s.replace(f"&lt;{t}&gt;", f"<{t}>").replace(f"&lt;/{t}&gt;", f"</{t}>")
    return s


def signature_png(text: str, font: str = "femke", size: int = 54) -> Image.Image:
    f = ImageFont.truetype(HAND[font], size)
    w = int(f.getlength(text)) + 40
    im = Image.new("L", (w, size + 40), 255)
    d = ImageDraw.Draw(im)
    d.text((20, 10), text, font=f, fill=20)
    return im.rotate(4, expand=True, fillcolor=255)


def render_rl(path: Path, doc: dict) -> None:
    reg, bold = font_pair(doc.get("font", "Helvetica"))
    size = doc.get("size", 10)
    if doc.get("hand"):
        hf = "Hand_" + doc["hand"]
        if hf not in _REG:
            pdfmetrics.registerFont(TTFont(hf, HAND[doc["hand"]]))
            _REG.add(hf)
        reg = bold = hf
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.45,
                            alignment=TA_LEFT),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6,
                             spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                             spaceAfter=3, spaceBefore=6),
        "li": ParagraphStyle("li", fontName=reg, fontSize=size, leading=size * 1.3, leftIndent=12,
                             bulletIndent=2, spaceAfter=2),
        "mono": ParagraphStyle("mono", fontName=mono_font(), fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    }
    pagesize = landscape(A4) if doc.get("landscape") else A4
    story = []
    rows: list = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        data = [[Paragraph(_esc(c), st["cellb" if i == 0 else "cell"]) for c in r + [""] * (ncol - len(r))]
                for i, r in enumerate(rows)]
        avail = pagesize[0] - 40 * mm
        widths = doc.get("colw")
        if widths and len(widths) == ncol:
            cw = [avail * w / sum(widths) for w in widths]
        else:
            cw = [avail / ncol] * ncol
        t = Table(data, colWidths=cw, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.91, 0.95)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(Spacer(1, 6))
        rows.clear()

    for line in doc["body"]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line == "=PAGE":
            story.append(PageBreak())
        elif line.startswith("## "):
            story.append(Paragraph(_esc(line[3:]), st["h2"]))
        elif line.startswith("# "):
            story.append(Paragraph(_esc(line[2:]), st["h1"]))
        elif line.startswith("- "):
            story.append(Paragraph(_esc(line[2:]), st["li"], bulletText="\u2022"))
        elif line.startswith("> ") or line == ">":
            story.append(Paragraph(_esc(line[2:]) or "&nbsp;", st["mono"]))
        elif line.startswith("@sig "):
            im = signature_png(line[5:])
            bio = io.BytesIO()
            im.save(bio, "PNG")
            bio.seek(0)
            story.append(RLImage(bio, width=im.size[0] * 0.28, height=im.size[1] * 0.28, hAlign="LEFT"))
        elif line == "":
            story.append(Spacer(1, size * 0.6))
        else:
            story.append(Paragraph(_esc(line), st["p"]))
    flush()

    hidden = doc.get("hidden", {})
    header = doc.get("header", "")
    footer = doc.get("footer", "")

    def on_page(c, d):
        c.saveState()
        c.setFont(reg, 7.5)
        if header:
            c.drawString(20 * mm, pagesize[1] - 12 * mm, header)
        pn = c.getPageNumber()
        c.drawRightString(pagesize[0] - 20 * mm, 10 * mm, f"{footer}   pagina {pn}".strip())
        if pn == 1:
            for i, title in enumerate(hidden.get("outline", [])):
                key = f"bm{i}"
                c.bookmarkPage(key)
                c.addOutlineEntry(title, key, level=0)
            for fld in hidden.get("fields", []):
                c.setFont(reg, 8)
                c.drawString(fld["x"] * mm, fld["y"] * mm + 7 * mm, fld["label"])
                c.acroForm.textfield(name=fld["name"], value=fld["value"], x=fld["x"] * mm, y=fld["y"] * mm,
                                     width=fld.get("w", 70) * mm, height=6 * mm, fontName="Helvetica",
                                     fontSize=9, borderWidth=0.5, tooltip=fld.get("tooltip", fld["name"]))
            if hidden.get("outline"):
                c.showOutline()
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=doc.get("top", 20) * mm, bottomMargin=18 * mm,
                           title=doc.get("title", ""), author=hidden.get("author", doc.get("author", "")),
                           subject=doc.get("subject", ""), creator=doc.get("creator", "OD NZKG documentbeheer"),
                           producer=doc.get("pdf_producer"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(path: Path, doc: dict, workdir: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("font", "Calibri")
    stl.font.size = Pt(doc.get("size", 10.5))
    stl.paragraph_format.space_after = Pt(doc.get("space_after", 4))
    d.sections[0].top_margin = d.sections[0].bottom_margin = Pt(doc.get("margin_pt", 60))
    d.core_properties.author = doc.get("hidden", {}).get("author", doc.get("author", "OD NZKG"))
    d.core_properties.title = doc.get("title", "")
    d.core_properties.last_modified_by = doc.get("hidden", {}).get("last_modified_by", "")
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    rows: list = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cval in enumerate(r):
                cell = t.cell(i, j)
                cell.text = ""
                run = cell.paragraphs[0].add_run(cval)
                run.font.size = Pt(doc.get("size", 10.5) - 1.5)
                run.bold = i == 0
        d.add_paragraph()
        rows.clear()

    def add_rich(par, text):
        for part in re.split(r"(<b>.*?</b>|<i>.*?</i>)", text):
            if not part:
                continue
            if part.startswith("<b>"):
                par.add_run(part[3:-4]).bold = True
            elif part.startswith("<i>"):
                par.add_run(part[3:-4]).italic = True
            else:
                par.add_run(part.replace("<br/>", "\n"))

    for line in doc["body"]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line == "=PAGE":
            d.add_page_break()
        elif line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            add_rich(d.add_paragraph(style="List Bullet"), line[2:])
        elif line.startswith("> ") or line == ">":
            p = d.add_paragraph()
            r = p.add_run(line[2:])
            r.font.name = "Liberation Mono"
            r.font.size = Pt(8.5)
            p.paragraph_format.space_after = Pt(0)
        elif line.startswith("@sig "):
            im = signature_png(line[5:], font="breip")
            bio = io.BytesIO()
            im.save(bio, "PNG")
            bio.seek(0)
            from docx.shared import Mm
            d.add_picture(bio, width=Mm(im.size[0] * 0.1))
        elif line == "":
            d.add_paragraph()
        else:
            add_rich(d.add_paragraph(), line)
    flush()
    src = workdir / (path.stem + ".docx")
    d.save(str(src))
    prof = Path(tempfile.gettempdir()) / "lo_profile_mixed79"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(workdir), str(src)], check=True, capture_output=True, timeout=240)
    (workdir / (path.stem + ".pdf")).replace(path)


def render_scan(path: Path, doc: dict, workdir: Path, seed: int = 7) -> None:
    """Render the document with reportlab, rasterise, degrade, wrap as image-only PDF."""
    tmp = workdir / (path.stem + "-vector.pdf")
    render_rl(tmp, doc)
    pref = workdir / (path.stem + "-scan")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp), str(pref)], check=True)
    rnd = random.Random(seed)
    from reportlab.pdfgen import canvas as rlcanvas
    c = rlcanvas.Canvas(str(path), pagesize=A4)
    c.setCreator(doc.get("scanner", "Canon iR-ADV C5535 (scan)"))
    c.setProducer(doc.get("scanner", "Canon iR-ADV C5535 (scan)"))
    for png in sorted(workdir.glob(path.stem + "-scan*.png")):
        im = Image.open(png).convert("L")
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 60):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-70, 40)))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=doc.get("jpeg", 62))
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def add_annotations(path: Path, annots: list) -> None:
    """Sticky notes (Text annotations) with /T author and /Contents on page 1."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        arr = page.obj.get("/Annots")
        if arr is None:
            page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            arr = page.obj["/Annots"]
        for i, a in enumerate(annots):
            an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                    Rect=pikepdf.Array([400, 700 - 40 * i, 420, 720 - 40 * i]),
                                    Contents=pikepdf.String(a["contents"]), T=pikepdf.String(a["author"]),
                                    Name=pikepdf.Name.Comment, F=4)
            arr.append(pdf.make_indirect(an))
        pdf.save(str(path))


def set_xmp_creator(path: Path, creators: list) -> None:
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:creator"] = creators
        pdf.save(str(path))
