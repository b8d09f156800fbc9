"""Set AA (mixed17): markup, renderers, converters, post-processing and gold writer.

Markup inside any string of a document:
  [[text|K]] or [[text|K=Group]]   personal data to redact. K: P person, I initials/paraph, E e-mail,
                                   T phone, A home address, B BSN, N IBAN, U user handle.
                                   Group (default: the text) groups forms of one person into one gold item.
  {{text|KIND}}                    public text that must stay readable (keep probe).
"""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
EVAL_DIR = Path(os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))
sys.path.insert(0, str(EVAL_DIR))
import evaluate as ev  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SCRIPT_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"

RX_RED = re.compile(r"\[\[(.+?)\|([PIETABNU])(?:=([^\]]+))?\]\]")
RX_KEEP = re.compile(r"\{\{(.+?)\|([A-Z_]+)\}\}")
KINDS = {"P": "PERSON", "I": "PARAPH", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "A": "ADDRESS",
         "B": "NL_BSN", "N": "IBAN_CODE", "U": "USERNAME"}


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def spans(s: str):
    """(redact spans, keep spans, text with redact spans blanked)."""
    red, keep = [], []
    for m in RX_RED.finditer(s):
        red.append((m.group(1), m.group(2), m.group(3) or m.group(1)))
    for m in RX_KEEP.finditer(s):
        keep.append((m.group(1), m.group(2)))
    blank = RX_RED.sub(" \u2588 ", s)
    blank = RX_KEEP.sub(lambda m: m.group(1), blank)
    return red, keep, blank


def esc(s: str) -> str:
    out = html.escape(plain(s), quote=False)
    for a, b in (("&lt;b&gt;", "<b>"), ("&lt;/b&gt;", "</b>"), ("&lt;br&gt;", "<br>"), ("&amp;gt;", "&gt;"),
                 ("&amp;lt;", "&lt;")):
        out = out.replace(a, b)
    return out


def source_text(s: str) -> str:
    """what a reader sees of a markup string (HTML helpers undone)."""
    return s.replace("<b>", "").replace("</b>", "").replace("<br>", " ").replace("&gt;", ">").replace("&lt;", "<")


# --------------------------------------------------------------------------------------------
# document model: dict with id, producer, blocks, and optional channels
# blocks: ("h", s) ("h2", s) ("p", s) ("small", s) ("kv", [(k, v)]) ("table", rows, widths?)
#         ("lines", [s]) ("pb",) ("sp",) ("sig", s) handwritten (scans only)
# --------------------------------------------------------------------------------------------
def block_strings(b) -> list[str]:
    t = b[0]
    if t in ("h", "h2", "p", "small", "sig", "mono"):
        return [b[1]]
    if t == "kv":
        return [x for kv in b[1] for x in kv]
    if t == "table":
        return [c for row in b[1] for c in row]
    if t == "lines":
        return list(b[1])
    if t == "mailto":
        return [b[2]]
    return []


def doc_sources(doc, pages: int) -> list[str]:
    out = []
    for b in doc["blocks"]:
        out.extend(block_strings(b))
    for key in ("header", "footer"):
        if doc.get(key):
            out.extend([doc[key]] * pages)
    for c in doc.get("comments", []):
        out.extend([c[0], c[1], c[2]])
    for a in doc.get("annots", []):
        out.extend([a[0], a[1]])
    out.extend(doc.get("outline", []))
    out.extend(v for v in doc.get("meta", {}).values())
    out.extend(doc.get("links", []))
    out.extend(doc.get("fields", {}).values())
    out.extend(x.lstrip("!") for x in doc.get("side", []))
    return [source_text(x) for x in out]


# --------------------------------------------------------------------------------------------
# producers
# --------------------------------------------------------------------------------------------
CSS = """
@page { size: A4 %(orient)s; margin: 16mm 15mm 16mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 13pt; margin: 0 0 6px 0; } h2 { font-size: 10.5pt; margin: 10px 0 4px 0; }
p { margin: 0 0 6px 0; line-height: 1.3; } .small { font-size: 7.5pt; color: #444; }
table { border-collapse: collapse; margin: 4px 0 8px 0; width: 100%%; }
td, th { border: 0.5pt solid #999; padding: 2px 4px; vertical-align: top; text-align: left; font-size: 8.5pt; }
table.kv td { border: none; padding: 1px 4px; } table.kv td.k { width: 26%%; color: #444; }
.lines div { margin: 0 0 2px 0; white-space: pre-wrap; }
.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; }
.cols { column-count: 2; column-gap: 8mm; }
hr { border: none; border-top: 0.5pt solid #888; }
"""


def to_html(doc) -> str:
    parts = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h2":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif t == "small":
            parts.append(f"<p class='small'>{esc(b[1])}</p>")
        elif t == "mono":
            parts.append(f"<div class='mono'>{esc(b[1])}</div>")
        elif t == "kv":
            rows = "".join(f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in b[1])
            parts.append(f"<table class='kv'>{rows}</table>")
        elif t == "table":
            rows = []
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
        elif t == "lines":
            parts.append("<div class='lines'>" + "".join(f"<div>{esc(x)}</div>" for x in b[1]) + "</div>")
        elif t == "hr":
            parts.append("<hr>")
        elif t == "pb":
            parts.append("<div style='page-break-after: always'></div>")
        elif t == "sp":
            parts.append("<div style='height:8px'></div>")
        elif t == "mailto":
            parts.append(f"<p><a href='mailto:{esc(b[1])}'>{esc(b[2])}</a></p>")
    body = "\n".join(parts)
    if doc.get("columns") == 2:
        body = f"<div class='cols'>{body}</div>"
    css = CSS % {"orient": "landscape" if doc.get("landscape") else "portrait"}
    title = esc(doc.get("html_title", doc["id"]))
    return f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title><style>{css}{doc.get('css', '')}</style></head><body>{body}</body></html>"


def make_html(doc, out: Path):
    with tempfile.TemporaryDirectory(prefix="aa-html-") as td:
        src = Path(td) / "doc.html"
        src.write_text(to_html(doc), encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/prof",
                        f"--print-to-pdf={out}", src.as_uri()], capture_output=True, timeout=180, check=True)


def make_docx(doc, path: Path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Liberation Sans")
    st.font.size = Pt(doc.get("size", 10))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if doc.get("columns") == 2:
        cols = sec._sectPr.xpath("./w:cols")
        c = cols[0] if cols else OxmlElement("w:cols")
        c.set(qn("w:num"), "2")
        c.set(qn("w:space"), "567")
        if not cols:
            sec._sectPr.append(c)
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(doc["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = plain(doc["footer"])
        sec.footer.paragraphs[0].runs[0].font.size = Pt(8)
    comments = {c[0]: c for c in doc.get("comments", [])}
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h", "h2"):
            d.add_heading(plain(b[1]), level=1 if t == "h" else 2)
        elif t in ("p", "small", "mono"):
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            if t == "small":
                r.font.size = Pt(8)
            if t == "mono":
                r.font.name = "DejaVu Sans Mono"
                r.font.size = Pt(8.5)
        elif t == "lines":
            for x in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.add_run(plain(x))
        elif t in ("kv", "table"):
            rows = b[1] if t == "table" else [list(kv) for kv in b[1]]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            if t == "table":
                tb.style = "Table Grid"
            widths = b[2] if len(b) > 2 else None
            if widths:
                tb.autofit = False
                for j, w in enumerate(widths):
                    tb.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = tb.cell(i, j)
                    c.text = plain(cell)
                    for par in c.paragraphs:
                        for r in par.runs:
                            r.font.size = Pt(8.5 if t == "table" else 9.5)
                            if t == "table" and i == 0:
                                r.bold = True
                    if widths:
                        c.width = Cm(widths[j])
            d.add_paragraph()
        elif t == "pb":
            d.add_page_break()
        elif t == "sp":
            d.add_paragraph()
    # comments anchored on paragraphs containing the anchor text
    for anchor, (who, initials, text) in [(c[3], c[:3]) for c in doc.get("comments", [])]:
        for p in d.paragraphs:
            if anchor in p.text and p.runs:
                d.add_comment(p.runs, text=plain(text), author=plain(who), initials=plain(initials))
                break
    cp = d.core_properties
    cp.author = plain(doc.get("docx_author", ""))
    cp.last_modified_by = ""
    cp.title = plain(doc.get("docx_title", ""))
    d.save(str(path))


def make_xlsx(doc, path: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = doc.get("sheet", "Blad1")
    r = 1
    widths = doc.get("xlsx_widths")
    for b in doc["blocks"]:
        if b[0] in ("h", "p", "small"):
            ws.cell(row=r, column=1, value=plain(b[1])).font = Font(bold=b[0] == "h", size=12 if b[0] == "h" else 9)
            r += 1
        elif b[0] == "table":
            for i, row in enumerate(b[1]):
                for j, c in enumerate(row):
                    cell = ws.cell(row=r, column=j + 1, value=plain(c))
                    cell.font = Font(bold=i == 0, size=9)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            r += 1
    if widths:
        from openpyxl.utils import get_column_letter
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.page_setup.orientation = "landscape" if doc.get("landscape") else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if doc.get("footer"):
        ws.oddFooter.center.text = plain(doc["footer"])
    if doc.get("header"):
        ws.oddHeader.left.text = plain(doc["header"])
    wb.properties.creator = plain(doc.get("docx_author", ""))
    wb.save(str(path))


def soffice(src: Path, outdir: Path, notes: bool = False, margin: bool = False):
    prof = Path(tempfile.gettempdir()) / "aa_lo_profile"
    flt = "pdf"
    if notes:
        flt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}'
        if margin:
            flt += ',"ExportNotesInMargin":{"type":"boolean","value":"true"}'
        flt += "}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", flt,
                    "--outdir", str(outdir), str(src)], capture_output=True, timeout=240, check=True)
    return outdir / (src.stem + ".pdf")


def make_office(doc, out: Path):
    with tempfile.TemporaryDirectory(prefix="aa-lo-") as td:
        td = Path(td)
        if doc["producer"] == "xlsx":
            src = td / f"{doc['id']}.xlsx"
            make_xlsx(doc, src)
        else:
            src = td / f"{doc['id']}.docx"
            make_docx(doc, src)
        pdf = soffice(src, td, notes=bool(doc.get("comments")), margin=bool(doc.get("notes_margin")))
        shutil.copy(pdf, out)


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DVS" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DVSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DVSerifB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))


def make_reportlab(doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)

    _rl_fonts()
    serif = doc.get("font") == "serif"
    base, bold = ("DVSerif", "DVSerifB") if serif else ("DVS", "DVSB")
    sz = doc.get("size", 9)
    st = {
        "h": ParagraphStyle("h", fontName=bold, fontSize=sz + 4, leading=sz + 7, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=sz + 1, leading=sz + 4, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=base, fontSize=sz, leading=sz * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=base, fontSize=sz - 2, leading=(sz - 2) * 1.25, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=base, fontSize=sz - 1, leading=(sz - 1) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=sz - 1, leading=(sz - 1) * 1.2),
    }
    ps = landscape(A4) if doc.get("landscape") else A4
    W, H = ps
    M = 18 * mm
    side = doc.get("side")  # side column (list of strings) on the right of page 1
    if doc.get("columns") == 2:
        cw = (W - 2 * M - 8 * mm) / 2
        frames = [Frame(M, M, cw, H - 2 * M - 6 * mm, id="c1"), Frame(M + cw + 8 * mm, M, cw, H - 2 * M - 6 * mm, id="c2")]
    elif side:
        frames = [Frame(M, M, W - 2 * M - 52 * mm, H - 2 * M - 6 * mm, id="main")]
    else:
        frames = [Frame(M, M, W - 2 * M, H - 2 * M - 6 * mm, id="main")]

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(base, 7)
        if doc.get("header"):
            canvas.drawString(M, H - M + 2 * mm, plain(doc["header"]))
        if doc.get("footer"):
            canvas.drawString(M, M - 8 * mm, plain(doc["footer"]) + f"   pagina {d.page}")
        if side and d.page == 1:
            y = H - M - 20 * mm
            for line in side:
                canvas.setFont(bold if line.startswith("!") else base, 7.5)
                canvas.drawString(W - M - 48 * mm, y, plain(line.lstrip("!")))
                y -= 10
        canvas.restoreState()

    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h", "h2", "p", "small"):
            story.append(Paragraph(html.escape(plain(b[1]), quote=False).replace("&lt;br&gt;", "<br/>"), st[t]))
        elif t == "lines":
            for x in b[1]:
                story.append(Paragraph(html.escape(plain(x)), ParagraphStyle("l", parent=st["p"], spaceAfter=1)))
            story.append(Spacer(1, 4))
        elif t in ("kv", "table"):
            rows = b[1] if t == "table" else [list(kv) for kv in b[1]]
            data = [[Paragraph(html.escape(plain(c)), st["cellb" if (t == "table" and i == 0) else "cell"])
                     for c in row] for i, row in enumerate(rows)]
            widths = [w * mm for w in b[2]] if len(b) > 2 else None
            tb = Table(data, colWidths=widths, repeatRows=1 if t == "table" else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
            if t == "table":
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]
            tb.setStyle(TableStyle(style))
            story += [tb, Spacer(1, 6)]
        elif t == "pb":
            story.append(PageBreak())
        elif t == "sp":
            story.append(Spacer(1, 8))
    d = BaseDocTemplate(str(out), pagesize=ps, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                        invariant=1, title="", author="", creator="")
    d.addPageTemplates([PageTemplate(id="all", frames=frames, onPage=deco)])
    d.build(story)


def make_fpdf(doc, out: Path):
    from fpdf import FPDF

    orient = "L" if doc.get("landscape") else "P"
    pdf = FPDF(orientation=orient, format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, 18)
    hdr, ftr = doc.get("header"), doc.get("footer")

    class P(FPDF):
        pass

    def header():
        if hdr:
            pdf.set_font("DV", "", 7)
            pdf.set_y(8)
            pdf.cell(0, 4, plain(hdr))
            pdf.set_y(16)

    def footer():
        if ftr:
            pdf.set_y(-12)
            pdf.set_font("DV", "", 7)
            pdf.cell(0, 4, plain(ftr) + f"   {pdf.page_no()}")

    pdf.header = header
    pdf.footer = footer
    pdf.add_page()
    sz = doc.get("size", 9)
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h", "h2"):
            pdf.set_font("DV", "B", sz + (4 if t == "h" else 1))
            pdf.multi_cell(0, 6, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif t in ("p", "small"):
            pdf.set_font("DV", "", sz if t == "p" else sz - 2)
            pdf.multi_cell(0, 4.4 if t == "p" else 3.6, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "lines":
            pdf.set_font("DV", "", sz)
            for x in b[1]:
                pdf.multi_cell(0, 4.4, plain(x), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t in ("kv", "table"):
            rows = b[1] if t == "table" else [list(kv) for kv in b[1]]
            pdf.set_font("DV", "", sz - 1)
            widths = b[2] if len(b) > 2 else None
            kw = {"col_widths": widths} if widths else {}
            with pdf.table(borders_layout="ALL" if t == "table" else "NONE", first_row_as_headings=(t == "table"),
                           line_height=4.2, text_align="LEFT", headings_style=__import__("fpdf").FontFace(emphasis="BOLD"),
                           **kw) as tb:
                for row in rows:
                    r = tb.row()
                    for c in row:
                        r.cell(plain(c))
            pdf.ln(2)
        elif t == "pb":
            pdf.add_page()
        elif t == "sp":
            pdf.ln(4)
    pdf.output(str(out))


# --------------------------------------------------------------------------------------------
# scans
# --------------------------------------------------------------------------------------------
def make_scan(doc, out: Path):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = doc.get("dpi", 200)
    rnd = random.Random(doc["id"])
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = dpi / 72.0
    f = lambda name, pt: ImageFont.truetype(str(FONT_DIR / name), int(pt * px))  # noqa: E731
    fonts = {"p": f("DejaVuSerif.ttf", 10.5), "h": f("DejaVuSerif-Bold.ttf", 14), "h2": f("DejaVuSerif-Bold.ttf", 11),
             "small": f("DejaVuSerif.ttf", 8.5), "cell": f("DejaVuSans.ttf", 9)}
    if doc.get("font") == "sans":
        fonts.update({"p": f("DejaVuSans.ttf", 10), "h": f("DejaVuSans-Bold.ttf", 13), "h2": f("DejaVuSans-Bold.ttf", 10.5)})
    sigfont = ImageFont.truetype(SCRIPT_FONT, int(22 * px))
    pages = []

    def newpage():
        im = Image.new("L", (W, H), 255)
        return im, ImageDraw.Draw(im)

    im, dr = newpage()
    M = int(0.9 * dpi)
    y = M

    def wrap(text, font, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if font.getlength(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for b in doc["blocks"]:
        t = b[0]
        if t == "pb":
            pages.append(im)
            im, dr = newpage()
            y = M
            continue
        if t == "sp":
            y += int(10 * px)
            continue
        if t in ("h", "h2", "p", "small"):
            font = fonts[t]
            for line in wrap(plain(b[1]), font, W - 2 * M):
                dr.text((M, y), line, font=font, fill=0)
                y += int(font.size * 1.35)
            y += int(5 * px)
        elif t == "lines":
            for x in b[1]:
                dr.text((M, y), plain(x), font=fonts["p"], fill=0)
                y += int(fonts["p"].size * 1.4)
            y += int(5 * px)
        elif t in ("kv", "table"):
            rows = b[1] if t == "table" else [list(kv) for kv in b[1]]
            ncol = len(rows[0])
            widths = b[2] if len(b) > 2 else [1] * ncol
            tot = sum(widths)
            xs = [M]
            for w in widths:
                xs.append(xs[-1] + int((W - 2 * M) * w / tot))
            font = fonts["cell"]
            for i, row in enumerate(rows):
                cells = [wrap(plain(c), font, xs[j + 1] - xs[j] - int(6 * px)) for j, c in enumerate(row)]
                hgt = max(len(c) for c in cells) * int(font.size * 1.3) + int(6 * px)
                for j, c in enumerate(cells):
                    if t == "table":
                        dr.rectangle([xs[j], y, xs[j + 1], y + hgt], outline=0, width=2)
                    for k, line in enumerate(c):
                        dr.text((xs[j] + int(3 * px), y + int(3 * px) + k * int(font.size * 1.3)), line, font=font, fill=0)
                y += hgt
            y += int(8 * px)
        elif t == "sig":
            # handwritten signature / paraph: script font, slanted, with a stroke
            txt = plain(b[1])
            layer = Image.new("L", (int(sigfont.getlength(txt)) + 80, int(sigfont.size * 1.8)), 255)
            ImageDraw.Draw(layer).text((20, 5), txt, font=sigfont, fill=20)
            layer = layer.rotate(rnd.uniform(3, 7), expand=True, fillcolor=255)
            im.paste(Image.composite(Image.new("L", layer.size, 30), im.crop((M, y, M + layer.size[0], y + layer.size[1])),
                                     layer.point(lambda v: 255 if v < 128 else 0)), (M, y))
            dr.line([(M + 10, y + layer.size[1] - 12), (M + layer.size[0] - 30, y + layer.size[1] - 25)], fill=40, width=3)
            y += layer.size[1] + int(4 * px)
    pages.append(im)
    outs = []
    for im in pages:
        im = im.rotate(doc.get("angle", rnd.uniform(-1.2, 1.2)), resample=Image.BICUBIC, expand=False, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.int16)
        noise = np.random.default_rng(rnd.randrange(1 << 30)).normal(0, doc.get("noise", 9), a.shape)
        a = np.clip(a + noise + 4, 0, 255).astype(np.uint8)
        outs.append(Image.fromarray(a, "L"))
    with tempfile.TemporaryDirectory() as td:
        files = []
        for i, im in enumerate(outs):
            p = Path(td) / f"p{i}.jpg"
            im.save(p, "JPEG", quality=doc.get("quality", 55), dpi=(dpi, dpi))
            files.append(p)
        imgs = [Image.open(p) for p in files]
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


# --------------------------------------------------------------------------------------------
# post-processing (pikepdf): Info, XMP, annotations, outline, links, deterministic ID
# --------------------------------------------------------------------------------------------
def postprocess(doc, path: Path):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    if doc.get("gs"):
        tmp = path.with_suffix(".gs.pdf")
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
                        "-dPDFSETTINGS=/ebook", f"-sOutputFile={tmp}", str(path)], check=True, capture_output=True)
        tmp.replace(path)
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k in list(pdf.docinfo.keys()):
            del pdf.docinfo[k]
        pdf.docinfo["/Producer"] = doc.get("producer_name", "")
        pdf.docinfo["/CreationDate"] = "D:20250301090000+01'00'"
        for k, v in doc.get("meta", {}).items():
            pdf.docinfo[Name("/" + k)] = String(plain(v))
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if doc.get("xmp"):
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                for k, v in doc["xmp"].items():
                    md[k] = [plain(x) for x in v] if isinstance(v, list) else plain(v)
        if doc.get("outline"):
            with pdf.open_outline() as ol:
                ol.root.clear()
                for i, t in enumerate(doc["outline"]):
                    ol.root.append(pikepdf.OutlineItem(plain(t), min(i, len(pdf.pages) - 1)))
        page = pdf.pages[0]
        annots = page.obj.get("/Annots") if "/Annots" in page.obj else None
        new = []
        for i, (who, text) in enumerate(doc.get("annots", [])):
            new.append(pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([480, 700 - 40 * i, 500, 720 - 40 * i]),
                T=String(plain(who)), Contents=String(plain(text)), Name=Name.Comment, F=4,
                M=String("D:20250301090000+01'00'"))))
        for i, uri in enumerate(doc.get("links", [])):
            new.append(pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Link, Rect=Array([60, 40 + 12 * i, 200, 50 + 12 * i]), Border=Array([0, 0, 0]),
                A=Dictionary(S=Name.URI, URI=String(plain(uri))))))
        if new:
            if annots is None:
                page.obj["/Annots"] = Array(new)
            else:
                for a in new:
                    annots.append(a)
        pdf.save(str(path), deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)


def build_pdf(doc) -> Path:
    out = DOCS / f"{doc['id']}.pdf"
    prod = doc["producer"]
    if prod == "html":
        make_html(doc, out)
    elif prod in ("docx", "xlsx"):
        make_office(doc, out)
    elif prod == "rl":
        make_reportlab(doc, out)
    elif prod == "fpdf":
        make_fpdf(doc, out)
    elif prod == "scan":
        make_scan(doc, out)
    else:
        raise ValueError(prod)
    postprocess(doc, out)
    return out


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "da", "dos", "das", "do", "di",
             "del", "von", "la", "le", "el", "al", "bin", "ben", "abu", "ibn", "y", "e"}
TITLES = {"mevrouw", "meneer", "heer", "mw", "dhr", "dr", "mr", "ir", "drs", "ing", "prof", "msc", "ma", "llm", "bsc",
          "mevr", "hr"}


def strip_paren(span: str) -> str:
    """'Bos, Anneloes (DGOO)' -> 'Bos, Anneloes': the organisation suffix of a display name is public."""
    return re.sub(r"\s*\([^)]*\)", "", span).strip()


def name_tokens(span: str) -> list[str]:
    out = []
    span = strip_paren(span)
    for tok in re.split(r"[\s/]+", span):
        tok = tok.strip(",.:;()\"“”")
        if not tok:
            continue
        parts = [tok] + (tok.split("-") if "-" in tok else [])
        for p in parts:
            p = p.strip(",.:;()'")
            low = p.lower()
            if len(p) < 3 or low in PARTICLES or low in TITLES:
                continue
            if re.fullmatch(r"([A-ZÀ-Ý]\.)+[A-ZÀ-Ý]?", p) or not p[0].isupper():
                continue
            if p not in out:
                out.append(p)
    return out


def page_texts(pdf: Path) -> dict:
    txt, n = ev.text_pdfium(pdf)
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
    return {"pdfium": txt, "pages": n, "pdftotext": ev.text_pdftotext(pdf),
            "pdftotext-reading-order": ev.norm(r.stdout.decode("utf-8", "replace")),
            "pdfplumber": ev.text_pdfplumber(pdf)}


def probe_channel(ch: dict, probe: dict, scan: bool):
    if scan:
        c = ev.ocr_count(ch["ocr"], probe)
        return ("ocr", c) if c > probe["after"] else (None, c)
    for name in ("pdftotext", "pdftotext-reading-order", "pdfium", "pdfplumber", "annotations", "metadata",
                 "outline"):
        c = ev.count_in(ch.get(name, ""), probe)
        if c > probe["after"]:
            return name, c
    c = ev.raw_count(ch["raw_file"], probe)
    if c > probe["after"]:
        return "raw_file", c
    return None, 0


def channels(pdf: Path, scan: bool) -> dict:
    ch = page_texts(pdf)
    m, o, a = ev.meta_outline_annots(pdf)
    ch.update(metadata=m, outline=o, annotations=a, raw_file=ev.raw_file(pdf))
    if scan:
        with tempfile.TemporaryDirectory() as td:
            ch["ocr"] = ev.ocr_text(pdf, Path(td), ev.image_pages(pdf))
    return ch


def write_gold(doc, pdf: Path, log: list) -> dict:
    scan = doc["producer"] == "scan"
    ch = channels(pdf, scan)
    srcs = doc_sources(doc, ch["pages"])
    red, keep, blanks = [], [], []
    for s in srcs:
        r, k, b = spans(s)
        red += r
        keep += k
        blanks.append(b)
    blank = ev.norm("\n".join(blanks))
    items: dict = {}
    for text, k, group in red:
        kind = KINDS[k]
        key = (kind if k != "I" else "PERSON", group) if k in "PI" else (kind, text)
        it = items.setdefault(key, {"kind": kind, "value": group, "forms": []})
        if k == "I" and it["kind"] == "PERSON" and group != text:
            pass
        if (text, k) not in it["forms"]:
            it["forms"].append((text, k))
    gold_red = []
    for it in items.values():
        probes, seen = [], set()
        for text, k in it["forms"]:
            cands = [strip_paren(text) if k == "P" else text] + (name_tokens(text) if k == "P" else [])
            for c in cands:
                if c in seen:
                    continue
                seen.add(c)
                pr = {"text": c, "word": True, "after": ev.count_in(blank, {"text": c, "word": True})}
                chan, cnt = probe_channel(ch, pr, scan)
                if chan is None:
                    log.append(f"{doc['id']}: dropped redact probe {c!r} (found {cnt}, after {pr['after']})")
                    continue
                if scan:
                    pr["ocr"] = True
                if chan not in ("pdftotext", "pdftotext-reading-order", "pdfium", "pdfplumber", "ocr"):
                    pr["channel"] = chan
                probes.append(pr)
        if probes:
            gold_red.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    gold_keep, kseen = [], set()
    for text, kind in keep:
        if text in kseen:
            continue
        kseen.add(text)
        pr = {"text": text, "word": True}
        a = min(ev.count_in(ch["pdfium"], pr), ev.count_in(blank, pr))
        if a == 0:
            if not scan:
                log.append(f"{doc['id']}: dropped keep probe {text!r}")
            continue
        pr["after"] = a
        gold_keep.append({"kind": kind, "value": text, "probes": [pr]})
    gold = {"doc": pdf.name, "pages": ch["pages"], "producer": doc.get("producer_desc", doc["producer"]),
            "redact": gold_red, "keep": gold_keep}
    (GOLD / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold
