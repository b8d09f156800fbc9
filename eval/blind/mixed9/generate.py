"""Generate blind set mixed9: docs/*.pdf and gold/*.json from content.py.

    /work/main/.venv/bin/python generate.py [--only s01 s02 ...]

Markup in content.py:
  [[K:shown text|extra probe;extra probe]]  personal data to redact (K: N person, E e-mail, T phone,
                                           B BSN, I IBAN, A home address, P initials/paraph,
                                           D date of birth, X other identifying number)
  {{K:text}}                               public text that must stay readable
                                           (O org, H office holder, L place, F function, R product,
                                           W term, S street/building, M functional mailbox,
                                           C switchboard/service number, G programme/law)
The gold is derived from the markup: one item per distinct marked value, its probes are the shown
text and the extras; `after` is counted with the evaluator's own norm/probe_regex on the text of an
ideal redaction (every [[...]] removed); keep probes count in the PDFium text of the original.
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import io
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
EVAL = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))

spec = importlib.util.spec_from_file_location("woo_eval", EVAL)
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)

RX_RED = re.compile(r"\[\[(?:([A-Z]):)?(.+?)(?:\|(.+?))?\]\]", re.S)
RX_KEEP = re.compile(r"\{\{(?:([A-Z]):)?(.+?)\}\}", re.S)
RED_KIND = {"N": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
            "P": "INITIALS", "D": "DATE_OF_BIRTH", "X": "ID_NUMBER", None: "PERSON"}
KEEP_KIND = {"O": "ORG", "H": "OFFICE_HOLDER", "L": "PLACE", "F": "FUNCTION", "R": "PRODUCT",
             "W": "TERM", "S": "STREET", "M": "MAILBOX", "C": "SWITCHBOARD", "G": "PROGRAMME",
             None: "ORG"}


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(2), s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def ideal(s: str) -> str:
    s = RX_RED.sub(" \u2588 ", s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def block_strings(blocks):
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "p", "small", "pre", "quote"):
            yield b[1]
        elif kind == "kv":
            for k, v in b[1]:
                yield k
                yield v
        elif kind == "table":
            for row in b[1]:
                for c in row:
                    yield c
        elif kind == "sheet":
            for row in b[2]:
                for c in row:
                    yield str(c)


# ----------------------------------------------------------------------------------------------
# reportlab
# ----------------------------------------------------------------------------------------------
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = "/usr/share/fonts/truetype/dejavu/"
    for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                 ("DVM", "DejaVuSansMono.ttf")):
        try:
            pdfmetrics.registerFont(TTFont(n, d + f))
        except Exception:
            pass
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B")


def _esc(s):
    return html.escape(s, quote=False).replace("\n", "<br/>")


def render_reportlab(doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Preformatted)
    _rl_fonts()
    opt = doc.get("opt", {})
    font = opt.get("font", "DV")
    bold = {"DV": "DV-B", "DVC": "DVC-B", "DVS": "DVS-B", "Helvetica": "Helvetica-Bold",
            "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    size = opt.get("size", 9.5)
    ps = landscape(A4) if opt.get("landscape") else A4
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                             spaceBefore=5, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=opt.get("cell", size - 1),
                               leading=opt.get("cell", size - 1) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=opt.get("cell", size - 1),
                                leading=opt.get("cell", size - 1) * 1.2),
        "quote": ParagraphStyle("q", fontName=font, fontSize=size - 0.5, leading=size * 1.25,
                                leftIndent=12, textColor=colors.HexColor("#444444")),
    }
    W, H = ps
    lm = rm = 20 * mm
    tm, bm = 22 * mm, 20 * mm
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("p", "h1", "h2", "small", "quote"):
            story.append(Paragraph(_esc(plain(b[1])), st[k]))
        elif k == "pre":
            story.append(Preformatted(plain(b[1]), ParagraphStyle(
                "pre", fontName=opt.get("mono", "DVM"), fontSize=size - 1.5,
                leading=(size - 1.5) * 1.3)))
        elif k == "kv":
            data = [[Paragraph(_esc(plain(a)), st["cellb"]), Paragraph(_esc(plain(v)), st["cell"])]
                    for a, v in b[1]]
            t = Table(data, colWidths=[opt.get("kvw", 32 * mm), None], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 4))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = [[Paragraph(_esc(plain(c)), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            if widths:
                widths = [w * mm for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 5))
        elif k == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif k == "pb":
            story.append(PageBreak())
    header = plain(opt.get("header", ""))
    footer = plain(opt.get("footer", ""))

    def deco(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawString(lm, H - 12 * mm, header)
        if footer:
            c.drawString(lm, 10 * mm, footer.replace("{page}", str(d.page)))
        if opt.get("logo"):
            c.setFont(bold, 9)
            c.drawRightString(W - rm, H - 12 * mm, plain(opt["logo"]))
        c.restoreState()

    side = opt.get("side")  # side column text (list of lines), beslisnota style
    d = BaseDocTemplate(str(out), pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=tm,
                        bottomMargin=bm, invariant=1, title=plain(opt.get("title", doc["title"])),
                        author=plain(opt.get("author", "")), creator=opt.get("creator", "Microsoft Word"),
                        subject=plain(opt.get("subject", "")))
    if opt.get("twocol"):
        gap = 6 * mm
        cw = (W - lm - rm - gap) / 2
        frames = [Frame(lm, bm, cw, H - tm - bm, id="c1"), Frame(lm + cw + gap, bm, cw, H - tm - bm, id="c2")]
    elif side:
        sw = 48 * mm
        frames = [Frame(lm, bm, W - lm - rm - sw - 5 * mm, H - tm - bm, id="main")]
    else:
        frames = [Frame(lm, bm, W - lm - rm, H - tm - bm, id="main")]

    def deco_first(c, dd):
        deco(c, dd)
        if side:
            c.saveState()
            y = H - tm - 4
            x = W - rm - 48 * mm
            for line in side:
                line = plain(line)
                if line.startswith("!"):
                    c.setFont(bold, 7.5); line = line[1:]
                else:
                    c.setFont(font, 7.5)
                c.drawString(x, y, line)
                y -= 10
            c.restoreState()

    d.addPageTemplates([PageTemplate(id="first", frames=frames, onPage=deco_first),
                        PageTemplate(id="rest", frames=frames, onPage=deco)])
    d.build(story)


# ----------------------------------------------------------------------------------------------
# HTML -> Chromium
# ----------------------------------------------------------------------------------------------
EMAIL_RX = re.compile(r"[\w.\-+']+@[\w\-]+(?:\.[\w\-]+)+")


def _h(s, links=False):
    s = html.escape(plain(s), quote=False)
    if links:
        s = EMAIL_RX.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', s)
    return s.replace("\n", "<br>")


def to_html(doc):
    opt = doc.get("opt", {})
    links = opt.get("mailto", False)
    parts = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            parts.append(f"<h1>{_h(b[1], links)}</h1>")
        elif k == "h2":
            parts.append(f"<h2>{_h(b[1], links)}</h2>")
        elif k == "p":
            parts.append(f"<p>{_h(b[1], links)}</p>")
        elif k == "small":
            parts.append(f'<p class="small">{_h(b[1], links)}</p>')
        elif k == "quote":
            parts.append(f'<blockquote>{_h(b[1], links)}</blockquote>')
        elif k == "pre":
            parts.append(f"<pre>{_h(b[1], links)}</pre>")
        elif k == "kv":
            rows = "".join(f'<tr><th>{_h(a)}</th><td>{_h(v, links)}</td></tr>' for a, v in b[1])
            parts.append(f'<table class="kv">{rows}</table>')
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            cg = ""
            if widths:
                cg = "<colgroup>" + "".join(f'<col style="width:{w}mm">' for w in widths) + "</colgroup>"
            head = "".join(f"<th>{_h(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{_h(c, links)}</td>" for c in r) + "</tr>" for r in rows[1:])
            parts.append(f'<table class="grid">{cg}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
        elif k == "sp":
            parts.append('<div style="height:8px"></div>')
        elif k == "pb":
            parts.append('<div style="page-break-after:always"></div>')
        elif k == "raw":
            parts.append(b[1])
    size = "A4 landscape" if opt.get("landscape") else "A4"
    css = f"""
    @page {{ size: {size}; margin: 16mm 15mm 16mm 15mm; }}
    body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: {opt.get('size', 9.5)}pt; color:#111; }}
    h1 {{ font-size: 14pt; margin: 0 0 6px 0; }} h2 {{ font-size: 11pt; margin: 10px 0 4px 0; }}
    p {{ margin: 0 0 5px 0; }} .small {{ font-size: 7.5pt; color:#444; }}
    pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; }}
    table.kv th {{ text-align:left; vertical-align:top; padding-right:10px; font-weight:bold; white-space:nowrap; }}
    table.kv td {{ vertical-align:top; }}
    table.grid {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4px 0 8px 0; }}
    table.grid th, table.grid td {{ border: 0.6pt solid #888; padding: 2px 3px; vertical-align: top;
        font-size: {opt.get('cell', 8.5)}pt; overflow-wrap: anywhere; }}
    table.grid th {{ background: #e3e8f0; text-align: left; }}
    blockquote {{ border-left: 2px solid #99a; margin: 4px 0 6px 4px; padding-left: 8px; color:#333; }}
    a {{ color: #0645ad; }}
    {opt.get('css', '')}
    """
    title = html.escape(plain(opt.get("title", doc["title"])))
    body = "\n".join(parts)
    if opt.get("twocol"):
        body = f'<div style="column-count:2; column-gap:8mm">{body}</div>'
    if opt.get("banner"):
        body = f'<div class="banner">{_h(opt["banner"])}</div>' + body
    return f"<!doctype html><html lang=nl><head><meta charset=utf-8><title>{title}</title><style>{css}</style></head><body>{body}</body></html>"


def render_chromium(doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        hp = Path(td) / "d.html"
        hp.write_text(to_html(doc), encoding="utf-8")
        cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--no-pdf-header-footer", f"--user-data-dir={td}/prof",
               f"--print-to-pdf={out}", hp.as_uri()]
        subprocess.run(cmd, capture_output=True, timeout=180, check=False)
    if not out.exists():
        raise RuntimeError("chromium failed for " + doc["id"])


# ----------------------------------------------------------------------------------------------
# python-docx -> LibreOffice Writer
# ----------------------------------------------------------------------------------------------
def _soffice(src: Path, outdir: Path, filt: str):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", filt, "--outdir", str(outdir), str(src)],
                       capture_output=True, timeout=240, check=False)


def render_docx(doc, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    opt = doc.get("opt", {})
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = opt.get("docfont", "Liberation Sans")
    stl.font.size = Pt(opt.get("size", 10))
    sec = d.sections[0]
    if opt.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    if opt.get("header"):
        sec.header.paragraphs[0].text = plain(opt["header"])
    if opt.get("footer"):
        sec.footer.paragraphs[0].text = plain(opt["footer"])
    if opt.get("twocol"):
        cols = sec._sectPr.xpath("./w:cols")
        c = cols[0] if cols else OxmlElement("w:cols")
        c.set(qn("w:num"), "2"); c.set(qn("w:space"), "400")
        if not cols:
            sec._sectPr.append(c)
    d.core_properties.author = plain(opt.get("author", ""))
    d.core_properties.last_modified_by = plain(opt.get("author", ""))
    d.core_properties.title = plain(opt.get("title", doc["title"]))
    comments = {c[0]: c[1:] for c in opt.get("comments", [])}  # block index -> (author, initials, text)
    footnotes = opt.get("footnotes", {})
    for i, b in enumerate(doc["blocks"]):
        k = b[0]
        par = None
        if k == "h1":
            par = d.add_heading(plain(b[1]), level=1)
        elif k == "h2":
            par = d.add_heading(plain(b[1]), level=2)
        elif k in ("p", "quote", "pre"):
            for j, line in enumerate(plain(b[1]).split("\n") if k == "pre" else [plain(b[1])]):
                par = d.add_paragraph()
                run = par.add_run(line)
                if k == "pre":
                    run.font.name = "Liberation Mono"; run.font.size = Pt(8.5)
                    par.paragraph_format.space_after = Pt(0)
        elif k == "small":
            par = d.add_paragraph()
            r = par.add_run(plain(b[1])); r.font.size = Pt(7.5)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = plain(a); cells[1].text = plain(v)
                cells[0].paragraphs[0].runs[0].bold = True
                cells[0].width = Mm(35); cells[1].width = Mm(130)
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                cells = t.add_row().cells
                for ci, c in enumerate(r):
                    cells[ci].text = plain(c)
                    for p in cells[ci].paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(opt.get("cell", 8.5))
                            run.bold = ri == 0
            if len(b) > 2 and b[2]:
                for row in t.rows:
                    for ci, w in enumerate(b[2]):
                        row.cells[ci].width = Mm(w)
        elif k == "pb":
            d.add_page_break()
        elif k == "sp":
            d.add_paragraph()
        if i in comments and par is not None and par.runs:
            a, ini, txt = comments[i]
            d.add_comment(par.runs, text=plain(txt), author=plain(a), initials=plain(ini))
        if i in footnotes and par is not None:
            pass
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (doc["id"] + ".docx")
        d.save(src)
        filt = "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"}}" \
            if comments else "pdf"
        _soffice(src, Path(td), filt)
        shutil.move(str(Path(td) / (doc["id"] + ".pdf")), out)


# ----------------------------------------------------------------------------------------------
# openpyxl -> LibreOffice Calc
# ----------------------------------------------------------------------------------------------
def render_xlsx(doc, out: Path):
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    opt = doc.get("opt", {})
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for b in doc["blocks"]:
        if b[0] != "sheet":
            continue
        name, rows, widths = b[1], b[2], b[3]
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append([plain(str(c)) if c is not None else None for c in r])
        for ci, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(ci + 1)].width = w
        hdr_row = opt.get("hdr_row", 1)
        for c in ws[hdr_row]:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDE4EE")
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.page_setup.orientation = "landscape" if opt.get("landscape", True) else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if opt.get("header"):
            ws.oddHeader.center.text = plain(opt["header"])
        if opt.get("footer"):
            ws.oddFooter.left.text = plain(opt["footer"])
        ws.print_options.gridLines = True
    wb.properties.creator = plain(opt.get("author", ""))
    wb.properties.lastModifiedBy = plain(opt.get("author", ""))
    wb.properties.title = plain(opt.get("title", doc["title"]))
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (doc["id"] + ".xlsx")
        wb.save(src)
        _soffice(src, Path(td), "pdf")
        shutil.move(str(Path(td) / (doc["id"] + ".pdf")), out)


# ----------------------------------------------------------------------------------------------
# fpdf2
# ----------------------------------------------------------------------------------------------
def render_fpdf(doc, out: Path):
    from fpdf import FPDF
    opt = doc.get("opt", {})
    pdf = FPDF(orientation="L" if opt.get("landscape") else "P", unit="mm", format="A4")
    d = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DVC", "", d + "DejaVuSansCondensed.ttf")
    pdf.add_font("DVC", "B", d + "DejaVuSansCondensed-Bold.ttf")
    pdf.add_font("DVM", "", d + "DejaVuSansMono.ttf")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 10, 0, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.set_title(plain(opt.get("title", doc["title"])))
    if opt.get("author"):
        pdf.set_author(plain(opt["author"]))
    pdf.set_creator("TOPdesk Print")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    header = plain(opt.get("header", "")); footer = plain(opt.get("footer", ""))

    class P(FPDF):
        pass
    pdf.add_page()
    size = opt.get("size", 9)

    def hf():
        if header:
            pdf.set_font("DVC", "", 7); pdf.set_xy(15, 7); pdf.cell(0, 4, header)
            pdf.set_xy(15, 15)
    hf()
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            pdf.set_font("DVC", "B", size + 4); pdf.multi_cell(0, 7, plain(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "h2":
            pdf.set_font("DVC", "B", size + 1); pdf.ln(1); pdf.multi_cell(0, 5.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "quote"):
            pdf.set_font("DVC", "", size); pdf.multi_cell(0, size * 0.48, plain(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "small":
            pdf.set_font("DVC", "", size - 2); pdf.multi_cell(0, 3.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "pre":
            pdf.set_font("DVM", "", size - 1.5); pdf.multi_cell(0, 3.8, plain(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "kv":
            for a, v in b[1]:
                pdf.set_font("DVC", "B", size); pdf.cell(35, size * 0.5, plain(a))
                pdf.set_font("DVC", "", size); pdf.multi_cell(0, size * 0.5, plain(v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            pdf.set_font("DVC", "", opt.get("cell", size - 1))
            with pdf.table(col_widths=widths, line_height=4.2, text_align="LEFT",
                           first_row_as_headings=True) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(plain(c))
            pdf.ln(2)
        elif k == "sp":
            pdf.ln(4)
        elif k == "pb":
            pdf.add_page(); hf()
    if footer:
        pdf.set_auto_page_break(False)
        for pn in range(1, pdf.page + 1):
            pdf.page = pn
            pdf.set_font("DVC", "", 7); pdf.set_xy(15, pdf.h - 10)
            pdf.cell(0, 4, footer.replace("{page}", str(pn)))
    pdf.output(str(out))


# ----------------------------------------------------------------------------------------------
# post-processing: hidden channels, Ghostscript, scans
# ----------------------------------------------------------------------------------------------
def _field_rect(path: Path, pg: int, label: str, page_h: float):
    """A field box right of the printed label (a line starting with `label`), in PDF coordinates."""
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        for line in pdf.pages[pg].extract_text_lines():
            if line["text"].startswith(label):
                x = line["x1"] + 8
                return [x, page_h - line["bottom"] - 2, 545, page_h - line["top"] + 2]
    raise ValueError(label)


def add_hidden(doc, path: Path):
    import pikepdf
    hid = doc.get("hidden", {})
    if not hid:
        return
    from pikepdf import Array, Dictionary, Name, String

    def _annots(page):
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        return page.obj.Annots
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for key, val in hid.get("info", {}).items():
            pdf.docinfo[Name("/" + key)] = String(plain(val))
        if hid.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [plain(hid["xmp_creator"])]
        for n, (pg, author, text, x, y) in enumerate(hid.get("notes", [])):
            page = pdf.pages[pg]
            a = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                           T=String(plain(author)), Contents=String(plain(text)),
                           NM=String(f"note-{n}"), Open=False, Name=Name.Comment,
                           C=Array([1, 0.85, 0.2]))
            _annots(page).append(pdf.make_indirect(a))
        for pg, uri, rect in hid.get("links", []):
            page = pdf.pages[pg]
            a = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                           A=Dictionary(S=Name.URI, URI=String(plain(uri))))
            _annots(page).append(pdf.make_indirect(a))
        if hid.get("bookmarks"):
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pg in hid["bookmarks"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pg))
        if hid.get("fields"):
            fields = Array()
            helv = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding))
            for name, value, pg, rect in hid["fields"]:
                if isinstance(rect, str):
                    rect = _field_rect(path, pg, rect, float(pdf.pages[pg].MediaBox[3]))
                f = pdf.make_indirect(Dictionary(
                    Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                    TU=String(name), V=String(plain(value)), Rect=Array(rect), F=4,
                    DA=String("/Helv 9 Tf 0 g"), P=pdf.pages[pg].obj))
                _annots(pdf.pages[pg]).append(f)
                fields.append(f)
            pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=True,
                                           DA=String("/Helv 9 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=helv)))
        pdf.save(str(path), deterministic_id=True)


def ghostscript(path: Path):
    tmp = path.with_suffix(".gs.pdf")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dCompatibilityLevel=1.6", "-dPDFSETTINGS=/printer", f"-sOutputFile={tmp}", str(path)],
                   check=True, capture_output=True, timeout=180)
    tmp.replace(path)


def _signature_spot(path: Path, pi: int, dpi: int):
    """Just above the last text line of the page (where the signer's name is typed)."""
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        words = pdf.pages[pi].extract_words()
    last = max(words, key=lambda w: w["top"])
    return int(last["x0"] * dpi / 72) + 10, int((last["top"] - 24) * dpi / 72)


def scanify(doc, path: Path):
    """Render the text PDF to a noisy, slightly rotated grey image and make an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFilter
    import numpy as np
    opt = doc.get("opt", {})
    dpi = opt.get("dpi", 250)
    rnd = random.Random(doc["id"])
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), f"{td}/p"], check=True)
        pages = sorted(Path(td).glob("p*.png"))
        imgs = []
        for pi, p in enumerate(pages):
            im = Image.open(p).convert("L")
            if opt.get("signature") and pi == len(pages) - 1:
                dr = ImageDraw.Draw(im)
                x0, y0 = _signature_spot(path, pi, dpi)
                pts = [(x0 + i * 9, y0 + int(18 * __import__("math").sin(i / 2.3) + rnd.randint(-6, 6)))
                       for i in range(40)]
                dr.line(pts, fill=40, width=3)
            ang = opt.get("angle", rnd.uniform(-0.9, 0.9))
            im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            nrng = np.random.default_rng(abs(hash(doc["id"])) % (2 ** 32) if False else pi + 17)
            a = a * 0.93 + 10 + nrng.normal(0, 9, a.shape)
            # faint speckles
            mask = nrng.random(a.shape) < 0.0008
            a[mask] = 60
            im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.5))
            imgs.append(im)
        buf = path.with_suffix(".scan.pdf")
        imgs[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=55)
    buf.replace(path)


RENDER = {"rl": render_reportlab, "chrome": render_chromium, "docx": render_docx, "xlsx": render_xlsx,
          "fpdf": render_fpdf}


def all_strings(doc, visible_only=False):
    opt = doc.get("opt", {})
    out = list(block_strings(doc["blocks"]))
    for k in ("header", "footer", "logo", "banner"):
        if opt.get(k):
            out.append(opt[k])
    out += list(opt.get("side", []))
    if not visible_only:
        for k in ("title", "author", "subject"):
            if opt.get(k):
                out.append(opt[k])
        for c in opt.get("comments", []):
            out += [c[1], c[3]]  # LibreOffice does not export the initials
        hid = doc.get("hidden", {})
        out += list(hid.get("info", {}).values())
        if hid.get("xmp_creator"):
            out.append(hid["xmp_creator"])
        for n in hid.get("notes", []):
            out += [n[1], n[2]]
        out += [u for _, u, _ in hid.get("links", [])]
        out += [t for t, _ in hid.get("bookmarks", [])]
        out += [v for _, v, _, _ in hid.get("fields", [])]
    return out


def build_gold(doc, pdf_path: Path) -> dict:
    import pypdfium2 as pdfium
    strings = all_strings(doc)
    visible = all_strings(doc, visible_only=True)
    ideal_all = ev.norm("\n".join(ideal(s) for s in strings))
    ideal_vis = ev.norm("\n".join(ideal(s) for s in visible))
    plain_vis = ev.norm("\n".join(plain(s) for s in visible))
    pdfium_text, npages = ev.text_pdfium(pdf_path)
    scan = doc.get("opt", {}).get("scan", False)
    redact, keep, seen = [], [], set()
    for s in strings:
        for m in RX_RED.finditer(s):
            kind, shown, extra = m.group(1), m.group(2), m.group(3)
            probes = [shown] + ([e for e in extra.split(";") if e] if extra else [])
            prs = []
            for p in probes:
                if p in seen:
                    continue
                seen.add(p)
                pr = {"text": p, "word": True, "after": ev.count_in(ideal_all, {"text": p, "word": True})}
                if scan:
                    pr["ocr"] = True
                elif not ev.count_in(plain_vis, pr):
                    pr["channel"] = "hidden"
                prs.append(pr)
            if prs:
                redact.append({"kind": RED_KIND[kind], "value": shown, "probes": prs})
    kseen = set()
    if not scan:
        for s in visible:
            for m in RX_KEEP.finditer(s):
                kind, t = m.group(1), m.group(2)
                if t in kseen:
                    continue
                kseen.add(t)
                pr = {"text": t, "word": True}
                n = min(ev.count_in(ideal_vis, pr), ev.count_in(pdfium_text, pr))
                if n == 0:
                    print(f"  warning {doc['id']}: keep probe {t!r} not in PDFium text", file=sys.stderr)
                    continue
                pr["after"] = n
                keep.append({"kind": KEEP_KIND[kind], "value": t, "probes": [pr]})
    return {"doc": pdf_path.name, "pages": npages, "producer": doc["producer"], "title": doc["title"],
            "redact": redact, "keep": keep}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import content
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    for doc in content.DOCS:
        if args.only and doc["id"] not in args.only:
            continue
        out = DOCS / (doc["id"] + ".pdf")
        if out.exists():
            out.unlink()
        prod = doc["producer"]
        RENDER[prod.split("+")[0]](doc, out)
        if "+gs" in prod:
            ghostscript(out)
        if doc.get("opt", {}).get("scan"):
            scanify(doc, out)
        add_hidden(doc, out)
        gold = build_gold(doc, out)
        (GOLD / (doc["id"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{doc['id']:<5} {prod:<10} pages={gold['pages']} redact={nr} keep={nk} "
              f"size={out.stat().st_size // 1024}KB")


if __name__ == "__main__":
    main()
