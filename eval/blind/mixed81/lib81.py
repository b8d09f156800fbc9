"""Producers and gold helpers for set CM (eval/blind/mixed81).

A document is a dict: stem, producer, blocks (a small block language), and optional hidden
channels (meta, outline, annots). Producers:
  rl      reportlab platypus, font family chosen per document
  docx    python-docx, converted by LibreOffice (soffice --headless --convert-to pdf)
  csv     a .csv converted by LibreOffice Calc
  scan    rendered by reportlab, rasterised, rotated, noised, JPEG, wrapped without text layer
  hand    handwriting (femkeklaver / DkgHandwriting) on a canvas, then treated as a scan
  form    reportlab canvas with AcroForm text fields (values only in /V and appearance streams)
"""
from __future__ import annotations

import csv
import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, XPreformatted)

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}
_TTF = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavuserif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "dejavucond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "libmono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
    "dejavumono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
HANDFONTS = {"femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
             "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"}


def font_pair(name: str):
    if name in FONTS:
        return FONTS[name]
    r, b = _TTF[name]
    rn, bn = f"{name}-R", f"{name}-B"
    try:
        pdfmetrics.getFont(rn)
    except KeyError:
        pdfmetrics.registerFont(TTFont(rn, r))
        pdfmetrics.registerFont(TTFont(bn, b))
    return rn, bn


def _para(t: str) -> str:
    return escape(t).replace("\n", "<br/>")


# ---------------------------------------------------------------- reportlab
def render_rl(doc: dict, out: Path):
    fam = doc.get("font", "helv")
    reg, bold = font_pair(fam)
    mono = font_pair(doc.get("mono", "courier"))[0]
    fs = doc.get("size", 10)
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=fs, leading=fs * 1.32, spaceAfter=fs * 0.55),
        "b": ParagraphStyle("b", fontName=bold, fontSize=fs, leading=fs * 1.32, spaceAfter=fs * 0.4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=fs + 5, leading=(fs + 5) * 1.25, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3,
                             spaceBefore=5, spaceAfter=4),
        "small": ParagraphStyle("small", fontName=reg, fontSize=fs - 2, leading=(fs - 2) * 1.3,
                                spaceAfter=3),
        "right": ParagraphStyle("right", fontName=reg, fontSize=fs, leading=fs * 1.3, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=doc.get("cellsize", fs - 1),
                               leading=doc.get("cellsize", fs - 1) * 1.22),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=doc.get("cellsize", fs - 1),
                                leading=doc.get("cellsize", fs - 1) * 1.22),
        "mono": ParagraphStyle("mono", fontName=mono, fontSize=doc.get("monosize", fs - 1),
                               leading=doc.get("monosize", fs - 1) * 1.3),
    }
    pagesize = landscape(A4) if doc.get("landscape") else A4
    W = pagesize[0] - 40 * mm
    flow = []
    for bl in doc["blocks"]:
        kind = bl[0]
        if kind in ("p", "b", "h1", "h2", "small", "right"):
            flow.append(Paragraph(_para(bl[1]), st[kind]))
        elif kind == "mono":
            flow.append(XPreformatted(escape(bl[1]), st["mono"]))
            flow.append(Spacer(1, 4))
        elif kind == "sp":
            flow.append(Spacer(1, bl[1]))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind in ("kv", "table"):
            rows = bl[1]
            widths = bl[2] if len(bl) > 2 and bl[2] else None
            if widths:
                tot = sum(widths)
                widths = [W * w / tot for w in widths]
            elif kind == "kv":
                widths = [W * 0.3, W * 0.7]
            head = kind == "table"
            data = [[Paragraph(_para(str(c)), st["cellb" if (head and i == 0) or (kind == "kv" and j == 0)
                                                   else "cell"]) for j, c in enumerate(r)]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if head or doc.get("grid"):
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if head:
                sty += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]
            t.setStyle(TableStyle(sty))
            flow.append(t)
            flow.append(Spacer(1, 6))
        else:
            raise ValueError(kind)

    lh = doc.get("letterhead")
    foot = doc.get("footer")

    def on_page(c, d):
        c.saveState()
        if lh:
            c.setFont(bold, fs + 3)
            c.drawString(20 * mm, pagesize[1] - 16 * mm, lh[0])
            c.setFont(reg, fs - 2.5)
            for i, line in enumerate(lh[1:]):
                c.drawString(20 * mm, pagesize[1] - 21 * mm - i * (fs - 1), line)
        if foot:
            c.setFont(reg, fs - 3)
            c.drawString(20 * mm, 10 * mm, foot)
        c.setFont(reg, fs - 3)
        c.drawRightString(pagesize[0] - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    top = 34 * mm if lh else 20 * mm
    meta = doc.get("meta", {})
    sd = SimpleDocTemplate(str(out), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=top, bottomMargin=18 * mm, title=meta.get("Title", doc.get("title", "")),
                           author=meta.get("Author", doc.get("author", "Gemeente Zwolle")),
                           subject=meta.get("Subject", ""), creator=doc.get("creator", "Gemeente Zwolle"))
    sd.build(flow, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- LibreOffice
def soffice(src: Path, outdir: Path, infilter: str | None = None):
    prof = Path(tempfile.mkdtemp(prefix="lo81-"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, capture_output=True, timeout=240, check=True)
    shutil.rmtree(prof, ignore_errors=True)
    return outdir / (src.stem + ".pdf")


def render_docx(doc: dict, out: Path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    font = doc.get("dfont", "Calibri")
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(doc.get("size", 10.5))
    sec = d.sections[0]
    if doc.get("letterhead"):
        hp = sec.header.paragraphs[0]
        hp.text = " | ".join(doc["letterhead"])
        for r in hp.runs:
            r.font.size = Pt(8)
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = doc["footer"]
        for r in fp.runs:
            r.font.size = Pt(7.5)
    for bl in doc["blocks"]:
        k = bl[0]
        if k == "h1":
            d.add_heading(bl[1], level=1)
        elif k == "h2":
            d.add_heading(bl[1], level=2)
        elif k in ("p", "b", "small", "right"):
            para = d.add_paragraph()
            lines = bl[1].split("\n")
            for i, line in enumerate(lines):
                r = para.add_run(line)
                if k == "b":
                    r.bold = True
                if k == "small":
                    r.font.size = Pt(8)
                if i < len(lines) - 1:
                    r.add_break()
            if k == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "mono":
            para = d.add_paragraph()
            lines = bl[1].split("\n")
            for i, line in enumerate(lines):
                r = para.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(9)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k in ("kv", "table"):
            rows = bl[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = str(c)
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(doc.get("cellpt", 9))
                            if (k == "table" and i == 0) or (k == "kv" and j == 0):
                                rr.bold = True
            d.add_paragraph()
        else:
            raise ValueError(k)
    cp = d.core_properties
    meta = doc.get("meta", {})
    cp.author = meta.get("Author", "Gemeente Zwolle")
    cp.last_modified_by = meta.get("LastModifiedBy", "Gemeente Zwolle")
    cp.title = meta.get("Title", doc.get("title", ""))
    cp.comments = ""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        d.save(src)
        pdf = soffice(src, Path(td))
        shutil.copy(pdf, out)


def render_csv(doc: dict, out: Path):
    """A spreadsheet export saved as HTML (the way finance systems export) and printed by LibreOffice
    Writer (HTML import; LibreOffice Calc is not installed here)."""
    rows = doc["rows"]
    h = ['<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Sans";font-size:8pt}'
         'td,th{font-size:7.5pt;padding:1px 3px}</style></head><body>']
    h.append(f"<h3>{escape(rows[0][0])}</h3>")
    h.append('<table border="1" cellspacing="0">')
    for i, r in enumerate(rows[1:]):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join(f"<{tag}>{escape(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    for extra in doc.get("after_rows", []):
        h.append(f"<p>{escape(extra)}</p>")
    h.append("</body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".html")
        src.write_text("\n".join(h), encoding="utf-8")
        prof = Path(tempfile.mkdtemp(prefix="lo81-"))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", td, str(src)], capture_output=True,
                       timeout=240, check=True)
        shutil.rmtree(prof, ignore_errors=True)
        shutil.copy(Path(td) / (out.stem + ".pdf"), out)


# ---------------------------------------------------------------- scans
def _scanify(pages_png: list, out: Path, seed: int, angle=0.6, quality=62):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    imgs = []
    for pth in pages_png:
        im = Image.open(pth).convert("L")
        a = rnd.uniform(-angle, angle)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 350):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 90, 160, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        # slight grey paper tone
        im = im.point(lambda v: int(v * 0.93 + 12))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        imgs.append(Image.open(buf).convert("L"))
    imgs[0].save(out, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])


def rasterise(pdf: Path, dpi=150) -> list:
    td = Path(tempfile.mkdtemp(prefix="scan81-"))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(td / "p")], check=True)
    return sorted(td.glob("p*.png"))


def render_scan(doc: dict, out: Path, seed: int):
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "src.pdf"
        inner = dict(doc)
        inner["producer"] = doc.get("inner", "rl")
        if inner["producer"] == "hand":
            render_hand(inner, tmp)
        else:
            render_rl(inner, tmp)
        pngs = rasterise(tmp, doc.get("dpi", 150))
        _scanify(pngs, out, seed, angle=doc.get("angle", 0.6))


def render_hand(doc: dict, out: Path):
    from reportlab.pdfgen import canvas
    fname = doc.get("hand", "femke")
    try:
        pdfmetrics.getFont("hand-" + fname)
    except KeyError:
        pdfmetrics.registerFont(TTFont("hand-" + fname, HANDFONTS[fname]))
    c = canvas.Canvas(str(out), pagesize=A4)
    W, H = A4
    y = H - 25 * mm
    size = doc.get("hsize", 15)
    rnd = random.Random(7)
    for line in doc["lines"]:
        if line == "<pb>":
            c.showPage()
            y = H - 25 * mm
            continue
        if line.startswith("<r>"):
            c.setFont("hand-" + fname, size)
            c.drawRightString(W - 22 * mm, y, line[3:])
        else:
            c.setFont("hand-" + fname, size)
            c.drawString(22 * mm + rnd.uniform(-1.5, 1.5), y, line)
        y -= size * 1.45
        if y < 25 * mm:
            c.showPage()
            y = H - 25 * mm
    c.save()


def render_form(doc: dict, out: Path):
    """A fillable application form: labels in the page text, values only in form fields."""
    from reportlab.pdfgen import canvas
    reg, bold = font_pair(doc.get("font", "helv"))
    c = canvas.Canvas(str(out), pagesize=A4)
    meta = doc.get("meta", {})
    c.setAuthor(meta.get("Author", "Gemeente Zwolle"))
    c.setTitle(meta.get("Title", doc.get("title", "")))
    c.setCreator("Gemeente Zwolle e-formulieren")
    W, H = A4
    y = H - 20 * mm
    c.setFont(bold, 14)
    for line in doc["head"]:
        c.drawString(20 * mm, y, line)
        y -= 18
        c.setFont(reg, 9.5)
    y -= 6
    form = c.acroForm
    for i, item in enumerate(doc["fields"]):
        if item[0] == "h":
            y -= 6
            c.setFont(bold, 11)
            c.drawString(20 * mm, y, item[1])
            y -= 18
            continue
        if item[0] == "t":
            c.setFont(reg, 9)
            for line in item[1].split("\n"):
                c.drawString(20 * mm, y, line)
                y -= 12
            y -= 4
            continue
        label, value = item[1], item[2]
        c.setFont(reg, 9.5)
        c.drawString(20 * mm, y + 3, label)
        form.textfield(name=f"f{i:02d}", tooltip=label, value=value, x=78 * mm, y=y - 2,
                       width=112 * mm, height=15, fontName="Helvetica", fontSize=9,
                       borderWidth=0.6, borderColor=colors.grey, fillColor=colors.white,
                       forceBorder=True)
        y -= 21
    c.setFont(reg, 8)
    c.drawString(20 * mm, 12 * mm, doc.get("footer", ""))
    c.save()


# ---------------------------------------------------------------- hidden channels
def add_hidden(path: Path, doc: dict):
    import pikepdf
    meta = doc.get("meta", {})
    outline = doc.get("outline", [])
    annots = doc.get("annots", [])
    xmp_creator = doc.get("xmp_creator")
    if not (meta or outline or annots or xmp_creator):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [xmp_creator]
        for k, v in meta.items():
            if k in ("Author", "Title", "Subject", "Keywords"):
                pdf.docinfo[f"/{k}"] = v
        if outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, page in outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for a in annots:
            page = pdf.pages[a["page"]]
            x, y = a.get("at", (480, 700))
            an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                    Rect=[x, y, x + 20, y + 20], Contents=pikepdf.String(a["text"]),
                                    T=pikepdf.String(a["author"]), Name=pikepdf.Name.Comment,
                                    C=[1, 0.85, 0.2], F=4)
            ref = pdf.make_indirect(an)
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(ref)
        pdf.save(str(path))
