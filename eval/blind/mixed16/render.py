"""Block renderers: the same simple block list rendered by python-docx (-> LibreOffice), reportlab,
fpdf2 or HTML (-> Chromium). Blocks: ("h1"|"h2"|"p"|"small", text), ("table", rows, widths),
("pb",). Word-only inline markers: ⟦FNn⟧ footnote n, ⟦CHn⟧ tracked change n, ⟪anchor⟫ comment."""
from __future__ import annotations

import re
from pathlib import Path

from framework import (CALC_PDF, WORK, WRITER_PDF, Doc, docx_postprocess, esc, plain, soffice)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_S = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


# ------------------------------------------------------------------------------------------
# Word
# ------------------------------------------------------------------------------------------
def docx_pdf(d: Doc, blocks, *, author: str, header: str = "", footer: str = "", footnotes=(),
             changes=None, comments=(), title: str = "", font_name="Calibri", size=10.5,
             columns: int = 1, landscape=False) -> Path:
    """comments: list of (author, initials, text) in the order of the ⟪anchor⟫ markers."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    from docx.oxml import OxmlElement

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    if columns > 1:
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "567")
        sec._sectPr.append(cols)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = d.t(header, per_page=True)
        hp.runs[0].font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = d.t(footer, per_page=True)
        fp.runs[0].font.size = Pt(8)
    ci = iter(comments)

    def fill(par, text):
        d.t(re.sub(r"⟦[^⟧]*⟧|[⟪⟫]", " ", text))
        for piece in re.split(r"(⟦[^⟧]+⟧|⟪[^⟫]+⟫)", text):
            if not piece:
                continue
            if piece.startswith("⟪"):
                run = par.add_run(plain(piece[1:-1]))
                a, ini, txt = next(ci)
                doc.add_comment(run, text=d.t(txt, "annotations"), author=d.t(a, "annotations"),
                                initials=plain(ini))
            else:
                par.add_run(plain(piece))

    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2"):
            p = doc.add_heading(level=1 if kind == "h1" else 2)
            fill(p, b[1])
        elif kind in ("p", "small"):
            p = doc.add_paragraph()
            fill(p, b[1])
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(8)
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j, val in enumerate(row):
                    cells[j].text = ""
                    fill(cells[j].paragraphs[0], val)
                    for r in cells[j].paragraphs[0].runs:
                        r.font.size = Pt(8.5)
                        r.bold = i == 0
                    if widths:
                        cells[j].width = Cm(widths[j])
            if widths:
                for j, wd in enumerate(widths):
                    t.columns[j].width = Cm(wd)
        elif kind == "pb":
            doc.add_page_break()
    for fn in footnotes:
        d.t(fn)
    if changes:
        for kind, a, txt in changes.values():
            d.t(txt)
    cp = doc.core_properties
    cp.author = d.t(author, "metadata")
    cp.last_modified_by = ""
    cp.title = plain(title)
    if title:
        d.t(title, "metadata")
    src = WORK / f"{d.id}.docx"
    doc.save(str(src))
    docx_postprocess(src, [plain(f) for f in footnotes],
                     {k: (v[0], plain(v[1]), plain(v[2])) for k, v in (changes or {}).items()})
    return soffice(src, WRITER_PDF)


# ------------------------------------------------------------------------------------------
# Calc
# ------------------------------------------------------------------------------------------
def xlsx_pdf(d: Doc, rows, widths, *, creator: str, header: str = "", footer: str = "",
             title_rows=(), sheet="Blad1", landscape=True, font_size=8) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    thin = Side(style="thin", color="999999")
    r0 = 1
    for tr in title_rows:
        ws.cell(row=r0, column=1, value=d.t(tr)).font = Font(bold=True, size=11)
        r0 += 1
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = ws.cell(row=r0 + i, column=j + 1, value=d.t(val) if isinstance(val, str) else val)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.font = Font(size=font_size, bold=(i == 0))
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if i == 0:
                c.fill = PatternFill("solid", fgColor="DDE6F0")
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{r0}:{r0}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    if header:
        ws.oddHeader.left.text = d.t(header, per_page=True)
        ws.oddHeader.left.size = 8
    if footer:
        ws.oddFooter.left.text = d.t(footer, per_page=True)
        ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Pagina &P van &N"
    wb.properties.creator = d.t(creator, "metadata")
    wb.properties.lastModifiedBy = None
    src = WORK / f"{d.id}.xlsx"
    wb.save(str(src))
    return soffice(src, CALC_PDF)


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", DEJAVU_S))
        from reportlab.lib.fonts import addMapping
        addMapping("DejaVu", 0, 0, "DejaVu")
        addMapping("DejaVu", 1, 0, "DejaVu-Bold")


def rl_pdf(d: Doc, blocks, *, header="", footer="", columns=1, font="DejaVu", size=9.5,
           landscape=False, out: Path | None = None, after_page=None, author="", title="") -> Path:
    """reportlab Platypus. after_page(canvas, doc) may draw extra things (boxes, white text)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)
    _rl_fonts()
    bold = {"DejaVu": "DejaVu-Bold", "Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font)
    ps = pagesize = land(A4) if landscape else A4
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    small = ParagraphStyle("s", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.2,
                        spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=size + 1.5, spaceBefore=6)
    cell = ParagraphStyle("c", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.2, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    hdr_txt = d.t(header, per_page=True) if header else ""
    ftr_txt = d.t(footer, per_page=True) if footer else ""

    def on_page(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        if hdr_txt:
            c.drawString(18 * mm, ps[1] - 12 * mm, hdr_txt)
        if ftr_txt:
            c.drawString(18 * mm, 10 * mm, ftr_txt)
        c.restoreState()
        if after_page:
            after_page(c, doc)

    out = out or (WORK / f"{d.id}.rl.pdf")
    doc = BaseDocTemplate(str(out), pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm, author=plain(author), title=plain(title),
                          creator="Microsoft® Word voor Microsoft 365", invariant=1)
    w = pagesize[0] - 36 * mm
    hgt = pagesize[1] - 38 * mm
    if columns == 2:
        frames = [Frame(18 * mm, 18 * mm, w / 2 - 3 * mm, hgt, id="c1"),
                  Frame(18 * mm + w / 2 + 3 * mm, 18 * mm, w / 2 - 3 * mm, hgt, id="c2")]
    else:
        frames = [Frame(18 * mm, 18 * mm, w, hgt, id="f")]
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    story = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            d.t(b[1])
            txt = esc(b[1]).replace("\n", "<br/>")
            story.append(Paragraph(txt, {"h1": h1, "h2": h2, "p": body, "small": small}[k]))
        elif k == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(esc(v).replace("\n", "<br/>"), cellb if i == 0 else cell) for v in row])
                for v in row:
                    d.t(v)
            t = Table(data, colWidths=[x * mm for x in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "space":
            story.append(Spacer(1, b[1]))
        elif k == "flow":
            story.append(b[1])
    doc.build(story)
    if author:
        d.t(author, "metadata")
    return out


# ------------------------------------------------------------------------------------------
# fpdf2
# ------------------------------------------------------------------------------------------
def fpdf_doc(landscape=False):
    from fpdf import FPDF
    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    pdf.set_font("DejaVu", size=10)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 9, 30, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_auto_page_break(True, 18)
    return pdf


def fpdf_blocks(d: Doc, pdf, blocks, size=10):
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            s = {"h1": size + 5, "h2": size + 1.5, "p": size, "small": size - 2}[k]
            pdf.set_font("DejaVu", "B" if k in ("h1", "h2") else "", s)
            pdf.multi_cell(0, s * 0.5, d.t(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "table":
            rows, widths = b[1], b[2]
            pdf.set_font("DejaVu", "", size - 2)
            with pdf.table(col_widths=widths, line_height=(size - 2) * 0.5, first_row_as_headings=True,
                           headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(225, 230, 240))) as t:
                for row in rows:
                    r = t.row()
                    for v in row:
                        r.cell(d.t(v))
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()


# ------------------------------------------------------------------------------------------
# HTML (Chromium)
# ------------------------------------------------------------------------------------------
CSS = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
h1 { font-size: 15pt; margin: 0 0 8px 0; } h2 { font-size: 11.5pt; margin: 12px 0 4px 0; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 2px 4px;
 vertical-align: top; font-size: 8.5pt; text-align: left; } th { background: #e4e9f0; }
.small { font-size: 8pt; color: #444; }
"""


def html_blocks(d: Doc, blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2"):
            out.append(f"<{k}>{d.e(b[1])}</{k}>")
        elif k == "p":
            out.append(f"<p>{d.e(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{d.e(b[1])}</p>")
        elif k == "table":
            rows = b[1]
            t = ["<table>"]
            for i, row in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{d.e(v)}</{tag}>" for v in row) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == "html":
            out.append(b[1])
        elif k == "pb":
            out.append("<div style='page-break-after:always'></div>")
    return "\n".join(out)


def html_page(body: str, css: str = "", title: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{CSS}{css}</style></head><body>{body}</body></html>")


import html  # noqa: E402
