"""Renderers, markup parser and gold writer for blind set X (mixed14).

Markup in the document texts:
  [[text|K]]            personal data to redact; K in P (person), PA (paraph/initials), E (e-mail),
                        T (phone), A (address), B (BSN), N (IBAN)
  [[text|K=Value]]      same, grouped under the entity Value (e.g. a surname alone under the full name)
  {{text|KIND}}         public text that must stay readable (KIND is free: ORG, PUBLIC, PLACE, ...)
Everything else is neutral (not probed).
"""
from __future__ import annotations

import html
import importlib.util
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))
_spec = importlib.util.spec_from_file_location("woo_eval", EVAL)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
KIND = {"P": "PERSON", "PA": "PARAPH", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "A": "ADDRESS",
        "B": "NL_BSN", "N": "IBAN_CODE"}
RX_RED = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:=([^\]]+))?\]\]", re.S)
RX_KEEP = re.compile(r"\{\{(.+?)\|([A-Z_]+)\}\}", re.S)
BLANK = "\u2588"


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def blanked(s: str) -> str:
    s = RX_RED.sub(lambda m: BLANK * 3, s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def spans(s: str):
    red = [(m.group(1), m.group(2), m.group(3)) for m in RX_RED.finditer(s)]
    keep = [(m.group(1), m.group(2)) for m in RX_KEEP.finditer(RX_RED.sub("", s))]
    return red, keep


# ------------------------------------------------------------------------------------------
# document text views
# ------------------------------------------------------------------------------------------
def block_texts(doc) -> list[str]:
    out = []
    for b in doc["blocks"]:
        if b[0] in ("tbl",):
            for row in b[1]:
                out.extend(row)
        elif b[0] == "ul":
            out.extend(b[1])
        elif b[0] == "br":
            continue
        else:
            out.append(b[1])
    return out


def hidden_texts(doc) -> dict:
    h = {"metadata": [], "annotations": [], "outline": []}
    if doc.get("author"):
        h["metadata"].append(doc["author"])
    for a in doc.get("annots", []):
        h["annotations"].extend([a[0], a[1]])
    for uri in doc.get("links", []):
        h["annotations"].append(uri[1])
    for f in doc.get("fields", []):
        h["annotations"].append(f[1])
    for o in doc.get("outline", []):
        h["outline"].append(o[0])
    return h


# ------------------------------------------------------------------------------------------
# renderers
# ------------------------------------------------------------------------------------------
def _esc(s):
    return html.escape(plain(s), quote=False)


def render_rl(doc, out: Path, font="DejaVuSans"):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    if font == "DejaVuSans":
        for n, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))
        reg, bold, ital = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
    elif font == "Times":
        reg, bold, ital = "Times-Roman", "Times-Bold", "Times-Italic"
    else:
        reg, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    size = doc.get("size", 10.5)
    ps = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.32, spaceAfter=4, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", parent=ps, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=ps, fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=4)
    note = ParagraphStyle("n", parent=ps, fontName=ital, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    cell = ParagraphStyle("c", parent=ps, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    ps_ = landscape(A4) if doc.get("landscape") else A4
    W, H = ps_
    lm = 22 * mm
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            story.append(Paragraph(_esc(b[1]), h1))
        elif t == "h2":
            story.append(Paragraph(_esc(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), ps))
        elif t == "note":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), note))
        elif t == "ul":
            for it in b[1]:
                story.append(Paragraph("\u2022 " + _esc(it), ps))
        elif t == "br":
            story.append(PageBreak())
        elif t == "tbl":
            rows = b[1]
            avail = (W - 2 * lm) / (2 if doc.get("cols2") else 1)
            fr = b[2] if len(b) > 2 and b[2] else [1 / len(rows[0])] * len(rows[0])
            data = [[Paragraph(_esc(c).replace("\n", "<br/>"), cellb if i == 0 else cell) for c in r]
                    for i, r in enumerate(rows)]
            tb = Table(data, colWidths=[f * avail for f in fr], repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))

    def deco(c, d):
        c.saveState()
        c.setFont(reg, 7.5)
        if doc.get("header"):
            c.drawString(lm, H - 12 * mm, plain(doc["header"]))
        if doc.get("footer"):
            c.drawString(lm, 10 * mm, plain(doc["footer"]))
        c.drawRightString(W - lm, 10 * mm, f"pagina {d.page}")
        c.restoreState()

    bd = BaseDocTemplate(str(out), pagesize=ps_, leftMargin=lm, rightMargin=lm, topMargin=20 * mm,
                         bottomMargin=18 * mm, title=doc.get("title", ""), author="", invariant=1)
    if doc.get("cols2"):
        gap = 8 * mm
        cw = (W - 2 * lm - gap) / 2
        frames = [Frame(lm, 18 * mm, cw, H - 38 * mm, id="l"), Frame(lm + cw + gap, 18 * mm, cw, H - 38 * mm, id="r")]
    else:
        frames = [Frame(lm, 18 * mm, W - 2 * lm, H - 38 * mm, id="f")]
    bd.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    bd.build(story)


def render_fpdf(doc, out: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L" if doc.get("landscape") else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    hdr, ftr = plain(doc.get("header", "")), plain(doc.get("footer", ""))

    class P(FPDF):
        pass

    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 20, 20)

    def header():
        if hdr:
            pdf.set_font("DejaVu", "", 7.5)
            pdf.set_xy(20, 10)
            pdf.cell(0, 4, hdr)
            pdf.set_xy(20, 20)

    def footer():
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_xy(20, -14)
        pdf.cell(0, 4, (ftr + "    " if ftr else "") + f"pagina {pdf.page_no()}")

    pdf.header = header
    pdf.footer = footer
    pdf.add_page()
    size = doc.get("size", 11)
    lh = size * 0.5
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            pdf.set_font("DejaVu", "B", size + 4)
            pdf.multi_cell(0, lh + 2, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "h2":
            pdf.set_font("DejaVu", "B", size + 1)
            pdf.ln(1)
            pdf.multi_cell(0, lh + 1, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "note"):
            pdf.set_font("DejaVu", "I" if t == "note" else "", size - (1.5 if t == "note" else 0))
            pdf.multi_cell(0, lh, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "ul":
            pdf.set_font("DejaVu", "", size)
            for it in b[1]:
                pdf.multi_cell(0, lh, "\u2022 " + plain(it), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif t == "br":
            pdf.add_page()
        elif t == "tbl":
            pdf.set_font("DejaVu", "", size - 1)
            fr = b[2] if len(b) > 2 and b[2] else None
            with pdf.table(col_widths=[int(f * 100) for f in fr] if fr else None, line_height=lh,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as tb:
                for r in b[1]:
                    row = tb.row()
                    for c in r:
                        row.cell(plain(c))
            pdf.ln(2)
    pdf.set_title(doc.get("title", ""))
    pdf.set_producer("fpdf2")
    pdf.output(str(out))


CSS = """
@page { size: A4 %s; margin: 18mm 18mm 18mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: %spt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; } h2 { font-size: 11.5pt; margin: 9pt 0 3pt 0; }
p { margin: 0 0 5pt 0; } .note { font-size: 8pt; font-style: italic; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; table-layout: fixed; }
td, th { border: 0.6pt solid #999; padding: 2pt 3pt; vertical-align: top; font-size: %spt; text-align: left; }
th { background: #e8e8e8; } .hdr { font-size: 7.5pt; color: #444; border-bottom: 0.5pt solid #999; margin-bottom: 8pt; }
.ftr { font-size: 7.5pt; color: #444; border-top: 0.5pt solid #999; margin-top: 10pt; }
.cols2 { column-count: 2; column-gap: 8mm; }
"""


def to_html(doc) -> str:
    size = doc.get("size", 10.5)
    parts = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(doc.get('title', ''))}</title>"
             f"<style>{CSS % ('landscape' if doc.get('landscape') else 'portrait', size, size - 1)}</style></head><body>"]
    if doc.get("header"):
        parts.append(f"<div class='hdr'>{_esc(doc['header'])}</div>")
    parts.append("<div class='cols2'>" if doc.get("cols2") else "<div>")
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            parts.append(f"<h1>{_esc(b[1])}</h1>")
        elif t == "h2":
            parts.append(f"<h2>{_esc(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{_esc(b[1]).replace(chr(10), '<br>')}</p>")
        elif t == "note":
            parts.append(f"<p class='note'>{_esc(b[1]).replace(chr(10), '<br>')}</p>")
        elif t == "ul":
            parts.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "br":
            parts.append("<div style='break-after: page'></div>")
        elif t == "tbl":
            fr = b[2] if len(b) > 2 and b[2] else None
            cg = "".join(f"<col style='width:{f * 100:.1f}%'>" for f in fr) if fr else ""
            rows = b[1]
            s = f"<table><colgroup>{cg}</colgroup><tr>" + "".join(f"<th>{_esc(c)}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{_esc(c).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>"
            parts.append(s + "</table>")
    parts.append("</div>")
    if doc.get("footer"):
        parts.append(f"<div class='ftr'>{_esc(doc['footer'])}</div>")
    parts.append("</body></html>")
    return "".join(parts)


def render_html(doc, out: Path, tmp: Path):
    src = tmp / f"{doc['id']}.html"
    src.write_text(to_html(doc), encoding="utf-8")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-pdf-tagging",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
                   check=True, capture_output=True, timeout=180)


def soffice(src: Path, outdir: Path, filt: str = "pdf"):
    prof = outdir / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--convert-to", filt,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + ".pdf")


def render_docx(doc, out: Path, tmp: Path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("docx_font", "Liberation Serif")
    st.font.size = Pt(doc.get("size", 11))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(doc["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = plain(doc["footer"])
        sec.footer.paragraphs[0].runs[0].font.size = Pt(8)
    if doc.get("cols2"):
        cols = sec._sectPr.xpath("./w:cols")
        c = cols[0] if cols else OxmlElement("w:cols")
        c.set(qn("w:num"), "2")
        c.set(qn("w:space"), "454")
        if not cols:
            sec._sectPr.append(c)
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            d.add_heading(plain(b[1]), level=1)
        elif t == "h2":
            d.add_heading(plain(b[1]), level=2)
        elif t == "p":
            d.add_paragraph(plain(b[1]))
        elif t == "note":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.italic = True
            r.font.size = Pt(8.5)
        elif t == "ul":
            for it in b[1]:
                d.add_paragraph(plain(it), style="List Bullet")
        elif t == "br":
            d.add_page_break()
        elif t == "tbl":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            fr = b[2] if len(b) > 2 and b[2] else None
            usable = (267 if doc.get("landscape") else 166)
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = plain(c)
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(doc.get("size", 10.5) - 1.5)
                            run.bold = i == 0
                    if fr:
                        cell.width = Mm(usable * fr[j])
            d.add_paragraph("")
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.title = doc.get("title", "")
    src = tmp / f"{doc['id']}.docx"
    d.save(src)
    pdf = soffice(src, tmp)
    shutil.move(pdf, out)


def render_xlsx(doc, out: Path, tmp: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = doc.get("sheet", "Blad1")
    r = 1
    thin = Side(style="thin", color="999999")
    widths = {}
    for b in doc["blocks"]:
        if b[0] in ("h", "h2", "p", "note"):
            ws.cell(row=r, column=1, value=plain(b[1])).font = Font(bold=b[0] != "p", size=12 if b[0] == "h" else 9)
            r += 1
        elif b[0] == "tbl":
            for i, row in enumerate(b[1]):
                for j, c in enumerate(row):
                    ce = ws.cell(row=r, column=j + 1, value=plain(c))
                    ce.font = Font(bold=i == 0, size=8)
                    ce.alignment = Alignment(wrap_text=True, vertical="top")
                    ce.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                    if i == 0:
                        ce.fill = PatternFill("solid", fgColor="DDDDDD")
                r += 1
            fr = b[2] if len(b) > 2 and b[2] else None
            if fr:
                for j, f in enumerate(fr):
                    widths[j] = max(widths.get(j, 0), f)
            r += 1
    from openpyxl.utils import get_column_letter
    for j, f in widths.items():
        ws.column_dimensions[get_column_letter(j + 1)].width = f * doc.get("sheet_width", 190)
    ws.page_setup.orientation = "landscape" if doc.get("landscape") else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    if doc.get("header"):
        ws.oddHeader.center.text = plain(doc["header"])
    if doc.get("footer"):
        ws.oddFooter.center.text = plain(doc["footer"])
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    src = tmp / f"{doc['id']}.xlsx"
    wb.save(src)
    pdf = soffice(src, tmp)
    shutil.move(pdf, out)


def render_gs(doc, out: Path, tmp: Path):
    mid = tmp / f"{doc['id']}-pre.pdf"
    render_rl(doc, mid, font=doc.get("font", "Helvetica"))
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
                    "-dPDFSETTINGS=/ebook", f"-sOutputFile={out}", str(mid)], check=True, capture_output=True)


def scan_lines(doc) -> list[tuple[str, str]]:
    """(style, text) lines for a scanned page; wraps paragraphs at ~78 characters."""
    lines = []
    width = doc.get("wrap", 74)
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h", "h2"):
            lines.append(("b", plain(b[1])))
            lines.append(("", ""))
        elif t in ("p", "note"):
            for para in plain(b[1]).split("\n"):
                for ln in textwrap.wrap(para, width) or [""]:
                    lines.append(("", ln))
            lines.append(("", ""))
        elif t == "ul":
            for it in b[1]:
                for k, ln in enumerate(textwrap.wrap(plain(it), width - 2)):
                    lines.append(("", ("- " if k == 0 else "  ") + ln))
            lines.append(("", ""))
        elif t == "tbl":
            for row in b[1]:
                lines.append(("", "   ".join(plain(c) for c in row)))
            lines.append(("", ""))
        elif t == "br":
            lines.append(("BR", ""))
    return lines


def render_scan(doc, out: Path, tmp: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = doc.get("dpi", 200)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fam = doc.get("scan_font", "DejaVuSerif.ttf")
    fpt = doc.get("scan_pt", 11)
    font = ImageFont.truetype(str(FONT_DIR / fam), int(fpt * dpi / 72))
    bfont = ImageFont.truetype(str(FONT_DIR / fam.replace(".ttf", "-Bold.ttf")), int(fpt * dpi / 72))
    rng = random.Random(doc["id"])
    pages, cur = [], []
    lh = int(fpt * 1.45 * dpi / 72)
    maxl = (H - 2 * int(0.9 * dpi)) // lh
    for st, ln in scan_lines(doc):
        if st == "BR" or len(cur) >= maxl:
            pages.append(cur)
            cur = []
            if st == "BR":
                continue
        cur.append((st, ln))
    if cur:
        pages.append(cur)
    imgs = []
    for pl in pages:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = int(0.9 * dpi)
        for st, ln in pl:
            dr.text((int(0.95 * dpi), y), ln, font=bfont if st == "b" else font, fill=rng.randint(20, 45))
            y += lh
        im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=250, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        px = im.load()
        for _ in range(W * H // 350):
            x, yy = rng.randrange(W), rng.randrange(H)
            px[x, yy] = rng.choice((90, 130, 255))
        imgs.append(im)
    imgs[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=55)
    return ["\n".join(ln for _, ln in pl) for pl in pages]


# ------------------------------------------------------------------------------------------
# post-processing: deterministic ids/dates, hidden channels
# ------------------------------------------------------------------------------------------
def postprocess(doc, path: Path):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as _m:
            pass
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        info["/Title"] = doc.get("title", "")
        info["/Producer"] = {"rl": "ReportLab PDF Library", "fpdf": "fpdf2", "html": "Skia/PDF",
                             "docx": "LibreOffice 7.4", "xlsx": "LibreOffice 7.4", "gs": "GPL Ghostscript",
                             "scan": "Scanner"}[doc["producer"]]
        info["/CreationDate"] = "D:20250301120000+01'00'"
        if doc.get("author"):
            info["/Author"] = plain(doc["author"])
        if doc.get("xmp_creator"):
            xmp = ("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                   "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                   "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                   f"<dc:creator><rdf:Seq><rdf:li>{html.escape(plain(doc['xmp_creator']))}</rdf:li></rdf:Seq></dc:creator>"
                   "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
            pdf.Root.Metadata = pdf.make_stream(xmp.encode("utf-8"), Type=Name.Metadata, Subtype=Name.XML)
        pages = pdf.pages
        for a in doc.get("annots", []):
            author, text, pno, (x, y) = a[0], a[1], a[2], a[3]
            pg = pages[pno]
            ann = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                                               T=String(plain(author)), Contents=String(plain(text)),
                                               Name=Name.Comment, C=Array([1, 0.85, 0.2]), F=4))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = Array()
            pg.obj.Annots.append(ann)
        for pno, uri, rect in [(l[0], l[1], l[2]) for l in doc.get("links", [])]:
            pg = pages[pno]
            ann = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                                               A=Dictionary(S=Name.URI, URI=String(plain(uri)))))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = Array()
            pg.obj.Annots.append(ann)
        if doc.get("fields"):
            flds = Array()
            for i, f in enumerate(doc["fields"]):
                name, value, pno, rect = f[0], f[1], f[2], f[3]
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                                                 V=String(plain(value)), Rect=Array(rect), F=4,
                                                 DA=String("/Helv 9 Tf 0 g"), P=pages[pno].obj))
                if "/Annots" not in pages[pno].obj:
                    pages[pno].obj.Annots = Array()
                pages[pno].obj.Annots.append(w)
                flds.append(w)
            pdf.Root.AcroForm = Dictionary(Fields=flds, DA=String("/Helv 9 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                                                          BaseFont=Name.Helvetica))))
        if doc.get("outline"):
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pno in doc["outline"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pno))
        pdf.save(str(path), deterministic_id=True, linearize=False)


RENDER = {"rl": lambda d, o, t: render_rl(d, o, font=d.get("font", "DejaVuSans")), "fpdf": lambda d, o, t: render_fpdf(d, o),
          "html": render_html, "docx": render_docx, "xlsx": render_xlsx, "gs": render_gs, "scan": render_scan}


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def build(doc, outdir: Path, golddir: Path, tmp: Path) -> list[str]:
    """Render one document, write its gold; return a list of problems."""
    problems = []
    pdf = outdir / f"{doc['id']}.pdf"
    scan_pages = RENDER[doc["producer"]](doc, pdf, tmp)
    postprocess(doc, pdf)
    is_scan = doc["producer"] == "scan"
    pdfium_text, npages = ev.text_pdfium(pdf)
    meta, outl, ann = ev.meta_outline_annots(pdf)
    hidden = {"metadata": meta, "outline": outl, "annotations": ann}
    ocr_entries = None
    if is_scan:
        ocr_entries = ev.ocr_text(pdf, tmp, list(range(1, npages + 1)))
    body = block_texts(doc)
    hf = [doc.get("header", ""), doc.get("footer", "")] if doc["producer"] not in ("html", "scan") else \
        ([doc.get("header", ""), doc.get("footer", "")] if doc["producer"] == "html" else [])
    full_src = ev.norm(" \n ".join([plain(t) for t in body] + [plain(t) for t in hf for _ in range(npages if doc["producer"] != "html" else 1)]))
    blank_src = ev.norm(" \n ".join([blanked(t) for t in body] + [blanked(t) for t in hf for _ in range(npages if doc["producer"] != "html" else 1)]))
    hid_texts = hidden_texts(doc)
    hid_full = {k: ev.norm(" \n ".join(plain(t) for t in v)) for k, v in hid_texts.items()}
    hid_blank = {k: ev.norm(" \n ".join(blanked(t) for t in v)) for k, v in hid_texts.items()}

    items_r: dict = {}
    items_k: dict = {}
    alltexts = body + hf + [t for v in hid_texts.values() for t in v]
    for t in alltexts:
        red, keep = spans(t)
        for text, k, val in red:
            if k not in KIND:
                problems.append(f"unknown kind {k} in {text!r}")
                continue
            key = (KIND[k], val or text)
            items_r.setdefault(key, [])
            if text not in items_r[key]:
                items_r[key].append(text)
        for text, k in keep:
            key = (k, text)
            items_k.setdefault(key, [text])
    gold = {"doc": pdf.name, "pages": npages, "producer": doc["producer"], "redact": [], "keep": []}
    for (kind, value), probes in items_r.items():
        plist = []
        for ptxt in probes:
            pr = {"text": ptxt, "word": True}
            if is_scan:
                pr["ocr"] = True
                found = ev.ocr_count(ocr_entries, pr)
                if found == 0:
                    problems.append(f"OCR misses redact probe {ptxt!r}")
                    continue
                pr["after"] = 0
                plist.append(pr)
                continue
            c_full = ev.count_in(full_src, pr)
            c_blank = ev.count_in(blank_src, pr)
            c_pdf = ev.count_in(pdfium_text, pr)
            if c_full == 0:
                # only in a hidden channel
                chans = [k for k, v in hid_full.items() if ev.count_in(v, pr)]
                if not chans:
                    problems.append(f"redact probe {ptxt!r} in no channel")
                    continue
                ch = chans[0]
                got = ev.count_in(hidden[ch], pr)
                if got == 0:
                    problems.append(f"hidden probe {ptxt!r} not found in {ch}")
                    continue
                pr["channel"] = ch
                pr["after"] = ev.count_in(hid_blank[ch], pr)
            else:
                if c_pdf != c_full:
                    problems.append(f"redact probe {ptxt!r}: pdfium {c_pdf} != source {c_full}")
                    if c_pdf == 0:
                        continue
                pr["after"] = c_blank
                for ch, v in hid_blank.items():
                    pr["after"] += ev.count_in(v, pr)
                if c_blank >= c_pdf:
                    problems.append(f"redact probe {ptxt!r} never private in pdf (blank {c_blank}, pdf {c_pdf})")
                    continue
            plist.append(pr)
        if plist:
            gold["redact"].append({"kind": kind, "value": value, "probes": plist})
    if not is_scan:
        for (kind, value), probes in items_k.items():
            pr = {"text": value, "word": True}
            c_full = ev.count_in(full_src, pr)
            c_blank = ev.count_in(blank_src, pr)
            c_pdf = ev.count_in(pdfium_text, pr)
            if c_pdf != c_full:
                problems.append(f"keep probe {value!r}: pdfium {c_pdf} != source {c_full}")
            after = c_pdf - (c_full - c_blank)
            if after <= 0:
                problems.append(f"keep probe {value!r} not present")
                continue
            pr["after"] = after
            gold["keep"].append({"kind": kind, "value": value, "probes": [pr]})
    (golddir / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems
