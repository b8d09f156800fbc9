"""Block renderers for set mixed19: reportlab, Chromium (HTML), LibreOffice (docx / xlsx), fpdf2.

A document is a list of blocks; every string in a block is markup (see framework.py) and is
registered in the text layer when it is rendered:
  ("h1", s) ("h2", s) ("p", s) ("small", s) ("mono", s) ("sp", points) ("pb",)
  ("table", rows, col_widths_cm, opts)   opts: head (bool), size, grid (bool), bg
  ("img", Pic, width_cm)                 a raster picture (its strings were registered as OCR)
"""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from framework import chromium_pdf, data_uri, esc, soffice_pdf, t

# ------------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------------
_RL_FONTS = False


def _rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, d + f))
    _RL_FONTS = True


def reportlab_pdf(blocks, out: Path, landscape=False, cols=1, header=None, footer=None, serif=False,
                  margins_cm=(2.2, 2.0, 2.0, 2.0), base_size=10, side=None):
    """side: a list of markup lines printed in a left side column on page 1 (ministry style)."""
    _rl_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as ls
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, Image, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)

    ps = ls(A4) if landscape else A4
    W, H = ps
    fn, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    st = {
        "p": ParagraphStyle("p", fontName=fn, fontSize=base_size, leading=base_size * 1.35, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=fn, fontSize=base_size - 2, leading=(base_size - 2) * 1.3,
                                spaceAfter=3),
        "mono": ParagraphStyle("m", fontName="DVM", fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.3),
        "h1": ParagraphStyle("h1", fontName=fb, fontSize=base_size + 5, leading=(base_size + 5) * 1.3,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=base_size + 1.5, leading=(base_size + 1.5) * 1.3,
                             spaceBefore=6, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=fn, fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.25),
    }
    l, r, tp, b = margins_cm
    hdr = t(header) if header else None
    ftr = t(footer) if footer else None
    side_lines = [t(s) for s in side] if side else None

    def deco(c, doc):
        c.saveState()
        if hdr:
            c.setFont(fn, 7.5)
            c.drawString(l * cm, H - 1.2 * cm, hdr)
        if ftr:
            c.setFont(fn, 7.5)
            c.drawString(l * cm, 1.1 * cm, ftr)
        c.setFont(fn, 7.5)
        c.drawRightString(W - r * cm, 1.1 * cm, f"Pagina {doc.page}")
        if side_lines and doc.page == 1:
            y = H - tp * cm - 0.3 * cm
            for sl in side_lines:
                c.setFont(fn, 7.5)
                c.drawString(W - r * cm - 4.6 * cm, y, sl)
                y -= 10
        c.restoreState()

    fw = W - (l + r) * cm
    if side_lines:
        fw -= 5.0 * cm
    frames = []
    if cols == 1:
        frames = [Frame(l * cm, b * cm, fw, H - (tp + b) * cm, id="f")]
    else:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        frames = [Frame(l * cm, b * cm, cw, H - (tp + b) * cm, id="c1"),
                  Frame(l * cm + cw + gap, b * cm, cw, H - (tp + b) * cm, id="c2")]
    doc = BaseDocTemplate(str(out), pagesize=ps, leftMargin=l * cm, rightMargin=r * cm, topMargin=tp * cm,
                          bottomMargin=b * cm, title="", author="", creator="", producer="")
    doc.addPageTemplates([PageTemplate(id="pt", frames=frames, onPage=deco)])
    story = []
    for blk in blocks:
        k = blk[0]
        if k in ("h1", "h2", "p", "small", "mono"):
            txt = esc(t(blk[1]))
            if k == "mono":
                txt = txt.replace(" ", "&nbsp;")
            story.append(Paragraph(txt.replace("\n", "<br/>"), st[k]))
        elif k == "sp":
            story.append(Spacer(1, blk[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "img":
            pic, wcm = blk[1], blk[2]
            png = io.BytesIO(pic.png())
            wpt = wcm * cm
            story.append(Image(png, width=wpt, height=wpt * pic.im.height / pic.im.width))
            story.append(Spacer(1, 6))
        elif k == "table":
            rows, colw, opts = blk[1], blk[2], (blk[3] if len(blk) > 3 else {})
            head = opts.get("head", True)
            data = []
            for i, row in enumerate(rows):
                sty = st["cellb"] if (head and i == 0) else st["cell"]
                data.append([Paragraph(esc(t(c)).replace("\n", "<br/>"), sty) for c in row])
            tb = Table(data, colWidths=[w * cm for w in colw] if colw else None, repeatRows=1 if head else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if head:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("bg", "#dde6f0"))))
            tb.setStyle(TableStyle(ts))
            story.append(tb)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    doc.build(story)


# ------------------------------------------------------------------------------------------------
# Chromium
# ------------------------------------------------------------------------------------------------
BASE_CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 20mm; }
body { font-family: 'DejaVu Sans', 'Nimbus Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 8px 0; } h2 { font-size: 11pt; margin: 12px 0 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px 0; }
td, th { border: 0.5pt solid #888; padding: 2px 4px; vertical-align: top; font-size: 8.5pt; text-align: left; }
th { background: #e4e9f2; }
.small { font-size: 7.5pt; color: #333; } .mono { font-family: 'DejaVu Sans Mono'; font-size: 8pt; white-space: pre-wrap; }
img { display: block; margin: 6px 0; }
.pb { page-break-after: always; }
"""


def html_blocks(blocks) -> str:
    out = []
    for blk in blocks:
        k = blk[0]
        if k in ("h1", "h2"):
            out.append(f"<{k}>{esc(t(blk[1]))}</{k}>")
        elif k == "p":
            out.append("<p>" + esc(t(blk[1])).replace("\n", "<br>") + "</p>")
        elif k == "small":
            out.append("<p class='small'>" + esc(t(blk[1])).replace("\n", "<br>") + "</p>")
        elif k == "mono":
            out.append("<div class='mono'>" + esc(t(blk[1])) + "</div>")
        elif k == "sp":
            out.append(f"<div style='height:{blk[1]}pt'></div>")
        elif k == "pb":
            out.append("<div class='pb'></div>")
        elif k == "img":
            out.append(f"<img src='{data_uri(blk[1].png())}' style='width:{blk[2]}cm'>")
        elif k == "table":
            rows, colw, opts = blk[1], blk[2], (blk[3] if len(blk) > 3 else {})
            head = opts.get("head", True)
            s = "<table>"
            if colw:
                s += "<colgroup>" + "".join(f"<col style='width:{w}cm'>" for w in colw) + "</colgroup>"
            for i, row in enumerate(rows):
                tag = "th" if (head and i == 0) else "td"
                s += "<tr>" + "".join(f"<{tag}>" + esc(t(c)).replace("\n", "<br>") + f"</{tag}>" for c in row) + "</tr>"
            out.append(s + "</table>")
        elif k == "html":
            out.append(blk[1])  # already registered by the caller
        else:
            raise ValueError(k)
    return "\n".join(out)


def chromium_doc(blocks, out: Path, css_extra="", landscape=False, body_class=""):
    css = BASE_CSS + ("@page { size: A4 landscape; }" if landscape else "") + css_extra
    html = f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{css}</style></head>" \
           f"<body class='{body_class}'>{html_blocks(blocks)}</body></html>"
    chromium_pdf(html, out)


# ------------------------------------------------------------------------------------------------
# LibreOffice Writer (python-docx)
# ------------------------------------------------------------------------------------------------
def docx_doc(blocks, out: Path, font_name="DejaVu Sans", size=10, landscape=False, header=None, footer=None):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font_name
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    if header:
        sec.header.paragraphs[0].text = t(header)
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if footer:
        sec.footer.paragraphs[0].text = t(footer)
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    for blk in blocks:
        k = blk[0]
        if k == "h1":
            p = d.add_paragraph()
            r = p.add_run(t(blk[1]))
            r.bold = True
            r.font.size = Pt(size + 5)
        elif k == "h2":
            p = d.add_paragraph()
            r = p.add_run(t(blk[1]))
            r.bold = True
            r.font.size = Pt(size + 1.5)
        elif k in ("p", "small", "mono"):
            p = d.add_paragraph()
            lines = t(blk[1]).split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if k == "small":
                    r.font.size = Pt(size - 2)
                if k == "mono":
                    r.font.name = "DejaVu Sans Mono"
                    r.font.size = Pt(size - 1.5)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "img":
            d.add_picture(io.BytesIO(blk[1].png()), width=Cm(blk[2]))
        elif k == "table":
            rows, colw, opts = blk[1], blk[2], (blk[3] if len(blk) > 3 else {})
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            tb.autofit = False
            if colw:
                for j, w in enumerate(colw):
                    tb.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = ""
                    par = cell.paragraphs[0]
                    lines = t(c).split("\n")
                    for li, ln in enumerate(lines):
                        rr = par.add_run(ln)
                        rr.font.size = Pt(opts.get("size", size - 1.5))
                        if opts.get("head", True) and i == 0:
                            rr.bold = True
                        if li < len(lines) - 1:
                            rr.add_break()
                    if colw:
                        cell.width = Cm(colw[j])
            d.add_paragraph()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="ac-docx-") as td:
        src = Path(td) / (out.stem + ".docx")
        d.save(str(src))
        soffice_pdf(src, out)


# ------------------------------------------------------------------------------------------------
# LibreOffice Calc (openpyxl)
# ------------------------------------------------------------------------------------------------
def xlsx_doc(title, rows, colw, out: Path, landscape=True, header=None, footer=None):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append([t(title)])
    ws["A1"].font = Font(name="DejaVu Sans", bold=True, size=12)
    thin = Side(style="thin", color="999999")
    for i, row in enumerate(rows):
        ws.append([t(c) for c in row])
        for j in range(len(row)):
            cell = ws.cell(row=i + 2, column=j + 1)
            cell.font = Font(name="DejaVu Sans", size=8.5, bold=(i == 0))
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 0:
                cell.fill = PatternFill("solid", fgColor="D9E1F2")
    for j, w in enumerate(colw):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header:
        ws.oddHeader.center.text = t(header)
    if footer:
        ws.oddFooter.left.text = t(footer)
    with tempfile.TemporaryDirectory(prefix="ac-xlsx-") as td:
        src = Path(td) / (out.stem + ".xlsx")
        wb.save(str(src))
        soffice_pdf(src, out)


# ------------------------------------------------------------------------------------------------
# fpdf2
# ------------------------------------------------------------------------------------------------
def fpdf_doc(blocks, out: Path, landscape=False, header=None, footer=None, size=9.5):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    d = "/usr/share/fonts/truetype/dejavu/"
    hdr = t(header) if header else None
    ftr = t(footer) if footer else None

    class P(FPDF):
        def header(self):
            if hdr:
                self.set_font("DV", size=7.5)
                self.cell(0, 5, hdr, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            self.set_y(-13)
            self.set_font("DV", size=7.5)
            self.cell(0, 5, (ftr + "   " if ftr else "") + f"{self.page_no()}")

    pdf = P(orientation="L" if landscape else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 15, 9, 0, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DV", "", d + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", d + "DejaVuSans-Bold.ttf")
    pdf.add_font("DVM", "", d + "DejaVuSansMono.ttf")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for blk in blocks:
        k = blk[0]
        if k == "h1":
            pdf.set_font("DV", "B", size + 5)
            pdf.multi_cell(0, 8, t(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h2":
            pdf.set_font("DV", "B", size + 1.5)
            pdf.ln(1)
            pdf.multi_cell(0, 6, t(blk[1]), new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small"):
            pdf.set_font("DV", "", size if k == "p" else size - 2)
            pdf.multi_cell(0, 4.8 if k == "p" else 3.8, t(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "mono":
            pdf.set_font("DVM", "", size - 1.5)
            pdf.multi_cell(0, 4.2, t(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "sp":
            pdf.ln(blk[1] * 0.35)
        elif k == "pb":
            pdf.add_page()
        elif k == "img":
            pdf.image(io.BytesIO(blk[1].png()), w=blk[2] * 10)
            pdf.ln(2)
        elif k == "table":
            rows, colw, opts = blk[1], blk[2], (blk[3] if len(blk) > 3 else {})
            pdf.set_font("DV", "", opts.get("size", size - 1.5))
            with pdf.table(col_widths=tuple(colw) if colw else None, text_align="LEFT",
                           first_row_as_headings=opts.get("head", True),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(222, 230, 240)),
                           line_height=4.2) as tb:
                for row in rows:
                    r = tb.row()
                    for c in row:
                        r.cell(t(c))
            pdf.ln(2)
        else:
            raise ValueError(k)
    pdf.output(str(out))
