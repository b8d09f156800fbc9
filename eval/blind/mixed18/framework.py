"""Renderers, hidden channels and gold writer for blind set AB (mixed18).

Text markup inside document strings:
    [[text|KIND]]   personal data: redact probe (exact string, word-anchored)
    {{text|KIND}}   public text: keep probe (exact string, word-anchored)
The markup is stripped before rendering. Extra probes (surname alone, ...) are added per document.
"""

from __future__ import annotations

import html
import importlib.util
import io
import json
import math
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
EVALUATOR = Path("/work/shared/eval/evaluate.py")

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]|\{\{(.+?)\|([A-Z_]+)\}\}", re.S)


def load_evaluator():
    spec = importlib.util.spec_from_file_location("woo_eval", EVALUATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1) is not None:
            yield "redact", m.group(1), m.group(2)
        else:
            yield "keep", m.group(3), m.group(4)


def plain(s: str) -> str:
    """Strip markup and the few inline tags (for producers without rich text)."""
    return re.sub(r"</?(b|i|u)>", "", strip(s)).replace("&amp;", "&")


def all_strings(doc):
    out = []
    for k in ("title", "foot"):
        if doc.get(k):
            out.append(doc[k])
    out += doc.get("head", [])
    for b in doc["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                out += list(row)
        elif b[0] in ("h1", "h2", "p", "pre", "small"):
            out.append(b[1])
        elif b[0] == "sig":
            out += list(b[1])
    hid = doc.get("hidden", {})
    out += [a for pair in hid.get("annots", []) for a in pair]
    out += hid.get("bookmarks", [])
    out += [a for pair in hid.get("fields", []) for a in pair]
    out += [a for pair in hid.get("links", []) for a in pair]
    if hid.get("author"):
        out.append(hid["author"])
    if hid.get("subject"):
        out.append(hid["subject"])
    return out


# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                    ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf"),
                    ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                    ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONTS / f)))
    from reportlab.lib.fonts import addMapping

    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DV")
    addMapping("DV", 1, 1, "DVB")
    addMapping("DVS", 0, 0, "DVS")
    addMapping("DVS", 1, 0, "DVSB")
    addMapping("DVS", 0, 1, "DVSI")
    addMapping("DVS", 1, 1, "DVSB")
    addMapping("DVC", 0, 0, "DVC")
    addMapping("DVC", 1, 0, "DVCB")
    addMapping("DVC", 0, 1, "DVC")
    addMapping("DVC", 1, 1, "DVCB")


class Scribble:
    """A handwritten signature as a vector path (deterministic per seed)."""

    def __init__(self, seed: int, width=120, height=34):
        from reportlab.platypus import Flowable

        class _F(Flowable):
            def __init__(s):
                super().__init__()
                s.width, s.height = width, height

            def draw(s):
                rnd = random.Random(seed)
                c = s.canv
                c.setLineWidth(1.1)
                c.setStrokeColorRGB(0.1, 0.1, 0.35)
                p = c.beginPath()
                x, y = 4, height / 2
                p.moveTo(x, y)
                for _ in range(9):
                    x2 = x + rnd.uniform(6, 16)
                    p.curveTo(x + rnd.uniform(-8, 8), y + rnd.uniform(-18, 18), x2 + rnd.uniform(-8, 8),
                              rnd.uniform(2, height - 2), x2, rnd.uniform(6, height - 6))
                    x = x2
                    y = height / 2
                c.drawPath(p, stroke=1, fill=0)
                c.line(2, 3, min(x, width) , 5)

        self.flowable = _F()


def render_rl(doc, out: Path, font="DV", size=9.5, scan_hand=False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)

    _rl_fonts()
    ps = landscape(A4) if doc.get("landscape") else A4
    bold = {"DV": "DVB", "DVS": "DVSB", "DVC": "DVCB"}.get(font, "DVB")
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=st, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 1, spaceBefore=4, spaceAfter=3)
    pre = ParagraphStyle("pre", parent=st, fontName="DVM", fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    small = ParagraphStyle("sm", parent=st, fontSize=size - 2, leading=(size - 2) * 1.3)
    cell = ParagraphStyle("c", parent=st, fontSize=doc.get("cell_size", size - 1.5),
                          leading=doc.get("cell_size", size - 1.5) * 1.25, spaceAfter=0)
    hand = ParagraphStyle("hand", parent=st, fontName="DVSI", fontSize=size + 1.5, textColor=colors.HexColor("#1b2a6b"))
    lm = 22 * mm
    top = 40 * mm if doc.get("head") else 20 * mm
    W, H = ps
    frames = []
    if doc.get("columns") == 2:
        cw = (W - 2 * lm - 8 * mm) / 2
        # first template: full-width title area is part of column 1 (simple)
        frames = [Frame(lm, 22 * mm, cw, H - top - 22 * mm, id="c1"),
                  Frame(lm + cw + 8 * mm, 22 * mm, cw, H - top - 22 * mm, id="c2")]
    else:
        frames = [Frame(lm, 22 * mm, W - 2 * lm, H - top - 22 * mm, id="f")]

    def on_page(c, d):
        c.saveState()
        if doc.get("head"):
            lines = [plain(x) for x in doc["head"]]
            c.setFont(bold, 11)
            c.drawString(lm, H - 16 * mm, lines[0])
            c.setFont(font, 7.5)
            for i, ln in enumerate(lines[1:]):
                c.drawRightString(W - lm, H - 22 * mm - i * 9, ln)
            c.setLineWidth(0.4)
            c.line(lm, H - top + 6 * mm, W - lm, H - top + 6 * mm)
        c.setFont(font, 7)
        foot = plain(doc.get("foot", ""))
        c.drawString(lm, 12 * mm, foot)
        c.drawRightString(W - lm, 12 * mm, f"pagina {d.page}")
        c.restoreState()

    bd = BaseDocTemplate(str(out), pagesize=ps, leftMargin=lm, rightMargin=lm, topMargin=top, bottomMargin=22 * mm,
                         title=plain(doc.get("title", "")), author="", creator="", invariant=1)
    bd.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    story = []

    def para(txt, style):
        t = strip(txt).replace("\n", "<br/>")
        return Paragraph(t, style)

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            story.append(para(b[1], h1))
        elif kind == "h2":
            story.append(para(b[1], h2))
        elif kind == "p":
            story.append(para(b[1], hand if scan_hand and len(b) > 2 and b[2] == "hand" else st))
        elif kind == "small":
            story.append(para(b[1], small))
        elif kind == "pre":
            t = html.escape(strip(b[1])).replace(" ", "&nbsp;").replace("\n", "<br/>")
            story.append(Paragraph(t, pre))
        elif kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sig":
            story.append(Scribble(len(strip(b[1][0])) * 7 + 3).flowable)
            for ln in b[1]:
                story.append(para(ln, st))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            avail = (frames[0]._width)
            widths = opts.get("widths")
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            hs = ParagraphStyle("ch", parent=cell, fontName=bold)
            data = [[para(c, hs if (i == 0 and opts.get("header", True)) else cell) for c in row]
                    for i, row in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1 if opts.get("header", True) else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("header", True):
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
    bd.build(story)


# ------------------------------------------------------------------ HTML + Chromium
def render_html(doc, out: Path):
    css = """
    @page { size: A4 %s; margin: 18mm 18mm 16mm 18mm; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; }
    h1 { font-size: 14pt; margin: 4px 0 8px 0; } h2 { font-size: 11pt; margin: 10px 0 4px 0; }
    table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px 0; }
    td, th { border: 0.5px solid #888; padding: 2px 4px; vertical-align: top; font-size: 8.5pt; text-align: left; }
    th { background: #e7ebf2; }
    pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; margin: 2px 0; }
    .head { border-bottom: 1px solid #444; margin-bottom: 10px; padding-bottom: 4px; font-size: 8pt; }
    .head b { font-size: 12pt; }
    .foot { font-size: 7pt; color: #444; margin-top: 14px; border-top: 0.5px solid #aaa; }
    .small { font-size: 7.5pt; color: #333; }
    .cols { column-count: 2; column-gap: 8mm; }
    p { margin: 3px 0 5px 0; }
    """ % ("landscape" if doc.get("landscape") else "portrait")
    parts = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(plain(doc['title']))}"
             f"</title><style>{css}</style></head><body>"]
    if doc.get("head"):
        hs = [strip(x) for x in doc["head"]]
        parts.append(f"<div class='head'><b>{hs[0]}</b><br>" + "<br>".join(hs[1:]) + "</div>")
    if doc.get("columns") == 2:
        parts.append("<div class='cols'>")
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h1", "h2"):
            parts.append(f"<{k}>{strip(b[1])}</{k}>")
        elif k == "p":
            parts.append("<p>" + strip(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "small":
            parts.append("<p class='small'>" + strip(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "pre":
            parts.append("<pre>" + html.escape(strip(b[1])) + "</pre>")
        elif k == "sp":
            parts.append("<div style='height:8px'></div>")
        elif k == "pb":
            parts.append("<div style='break-after: page'></div>")
        elif k == "sig":
            parts.append("<p>" + "<br>".join(strip(x) for x in b[1]) + "</p>")
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            widths = opts.get("widths")
            parts.append("<table>")
            if widths:
                tot = sum(widths)
                parts.append("".join(f"<col style='width:{100 * w / tot:.1f}%'>" for w in widths))
            for i, row in enumerate(rows):
                tag = "th" if i == 0 and opts.get("header", True) else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{strip(c).replace(chr(10), '<br>')}</{tag}>" for c in row) + "</tr>")
            parts.append("</table>")
    if doc.get("columns") == 2:
        parts.append("</div>")
    if doc.get("foot"):
        parts.append(f"<div class='foot'>{strip(doc['foot'])}</div>")
    parts.append("</body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        src.write_text("".join(parts), encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/profile", f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)


# ------------------------------------------------------------------ python-docx / openpyxl + LibreOffice
def _soffice(src: Path, outdir: Path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)


def render_docx(doc, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    if doc.get("landscape"):
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(22)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    if doc.get("head"):
        hp = s.header.paragraphs[0]
        hp.text = " | ".join(plain(x) for x in doc["head"])
        hp.runs[0].font.size = Pt(7.5)
    if doc.get("foot"):
        fp = s.footer.paragraphs[0]
        fp.text = plain(doc["foot"])
        fp.runs[0].font.size = Pt(7)
    d.core_properties.author = plain(doc.get("hidden", {}).get("author", "")) or ""
    d.core_properties.title = plain(doc["title"])
    d.core_properties.last_modified_by = ""
    d.core_properties.comments = ""
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            d.add_heading(plain(b[1]), level=1)
        elif k == "h2":
            d.add_heading(plain(b[1]), level=2)
        elif k in ("p", "small", "sig"):
            lines = b[1] if k == "sig" else [b[1]]
            p = d.add_paragraph()
            txt = "\n".join(strip(x) for x in lines)
            # bold spans <b>..</b>
            for seg in re.split(r"(<b>.*?</b>)", txt, flags=re.S):
                if not seg:
                    continue
                if seg.startswith("<b>"):
                    r = p.add_run(plain(seg))
                    r.bold = True
                else:
                    r = p.add_run(plain(seg))
                if k == "small":
                    r.font.size = Pt(8)
        elif k == "pre":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.font.name = "Liberation Mono"
            r.font.size = Pt(8.5)
        elif k == "pb":
            d.add_page_break()
        elif k == "sp":
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            widths = opts.get("widths")
            avail = (297 if doc.get("landscape") else 210) - 44
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cellp = t.cell(i, j).paragraphs[0]
                    r = cellp.add_run(plain(c))
                    r.font.size = Pt(opts.get("pt", 8.5))
                    if i == 0 and opts.get("header", True):
                        r.bold = True
                    if widths:
                        t.cell(i, j).width = Mm(avail * widths[j] / sum(widths))
            d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        d.save(src)
        _soffice(src, Path(td))
        shutil.copy(Path(td) / (out.stem + ".pdf"), out)


def render_xlsx(doc, out: Path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = doc.get("sheet", "Blad1")
    r = 1
    thin = Side(style="thin", color="999999")
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            ws.cell(row=r, column=1, value=plain(b[1])).font = Font(bold=k != "p" and k != "small",
                                                                  size=13 if k == "h1" else 9)
            r += 1
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            widths = opts.get("widths") or [14] * len(rows[0])
            for j, w in enumerate(widths):
                ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    v = plain(c)
                    cell = ws.cell(row=r, column=j + 1, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.font = Font(bold=(i == 0), size=8)
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                    cell.number_format = "@"
                    if i == 0:
                        cell.fill = PatternFill("solid", fgColor="DDE4EE")
                r += 1
            r += 1
    ws.page_setup.orientation = "landscape" if doc.get("landscape") else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    if doc.get("head"):
        ws.oddHeader.center.text = plain(doc["head"][0])
        ws.oddHeader.center.size = 8
    ws.oddFooter.left.text = plain(doc.get("foot", "")) or "&A"
    ws.oddFooter.right.text = "Pagina &P van &N"
    wb.properties.creator = plain(doc.get("hidden", {}).get("author", "")) or ""
    wb.properties.lastModifiedBy = ""
    wb.properties.title = plain(doc["title"])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".xlsx")
        wb.save(src)
        _soffice(src, Path(td))
        shutil.copy(Path(td) / (out.stem + ".pdf"), out)


# ------------------------------------------------------------------ fpdf2
def render_fpdf(doc, out: Path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if doc.get("landscape") else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 5, 1, 9, 0, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DV", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DVM", "", str(FONTS / "DejaVuSansMono.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    foot = plain(doc.get("foot", ""))

    class P(FPDF):
        pass

    pdf.set_title(plain(doc["title"]))
    pdf.set_author("")
    pdf.set_creator("")
    pdf.add_page()
    if doc.get("head"):
        pdf.set_font("DV", "B", 11)
        pdf.cell(0, 6, plain(doc["head"][0]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 7.5)
        for ln in doc["head"][1:]:
            pdf.cell(0, 3.6, plain(ln), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            pdf.set_font("DV", "B", 13)
            pdf.multi_cell(0, 6.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h2":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small", "sig"):
            pdf.set_font("DV", "", 8 if k == "small" else 9.5)
            txt = "\n".join(plain(x) for x in b[1]) if k == "sig" else plain(b[1])
            pdf.multi_cell(0, 4.8, txt, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "pre":
            pdf.set_font("DVM", "", 8)
            pdf.multi_cell(0, 4, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "pb":
            pdf.add_page()
        elif k == "sp":
            pdf.ln(3)
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            pdf.set_font("DV", "", opts.get("pt", 8))
            widths = opts.get("widths")
            with pdf.table(col_widths=widths, first_row_as_headings=opts.get("header", True),
                           line_height=4) as t:
                for row in rows:
                    rr = t.row()
                    for c in row:
                        rr.cell(plain(c))
            pdf.ln(2)
    if foot:
        pdf.set_font("DV", "", 7)
        pdf.ln(4)
        pdf.multi_cell(0, 3.5, foot)
    pdf.output(str(out))


# ------------------------------------------------------------------ Ghostscript, scans
def render_gs(doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "in.pdf"
        render_rl(doc, tmp, font=doc.get("font", "DVS"))
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.6", "-dPDFSETTINGS=/printer", f"-sOutputFile={out}", str(tmp)],
                       check=True, capture_output=True, timeout=120)


def render_scan(doc, out: Path, seed: int):
    from PIL import Image, ImageDraw, ImageFilter

    dpi = doc.get("dpi", 200)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "in.pdf"
        render_rl(doc, tmp, font=doc.get("font", "DVS"), size=doc.get("size", 10.5), scan_hand=True)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(tmp), str(Path(td) / "pg")], check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        rnd = random.Random(seed)
        imgs = []
        for pth in pages:
            im = Image.open(pth).convert("L")
            # signature scribbles are vectors already; add paper noise, a slight rotation, a light blur
            px = im.load()
            w, h = im.size
            for _ in range(int(w * h * 0.0015)):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            dr = ImageDraw.Draw(im)
            for _ in range(3):  # faint scanner streaks / punch-hole shadow
                x = rnd.randrange(w)
                dr.line([(x, 0), (x + rnd.randint(-3, 3), h)], fill=225, width=1)
            dr.ellipse([30, h // 2 - 40, 80, h // 2 + 10], fill=200)
            im = im.rotate(rnd.uniform(-1.1, 1.1), resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.45))
            imgs.append(im)
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=60)


RENDERERS = {"rl": render_rl, "html": render_html, "docx": render_docx, "xlsx": render_xlsx, "fpdf": render_fpdf,
             "gs": render_gs}


# ------------------------------------------------------------------ hidden channels and tidy metadata
def finish(doc, path: Path):
    import pikepdf

    hid = doc.get("hidden", {})
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in ("/CreationDate", "/ModDate"):
            info[k] = pikepdf.String("D:20240501090000+02'00'")
        info["/Title"] = pikepdf.String(plain(doc["title"]))
        if hid.get("author"):
            info["/Author"] = pikepdf.String(plain(hid["author"]))
        elif "/Author" in info:
            del info["/Author"]
        if hid.get("subject"):
            info["/Subject"] = pikepdf.String(plain(hid["subject"]))
        if hid.get("xmp_author"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = [plain(hid["author"])]
                meta["dc:title"] = plain(doc["title"])
        elif "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        page0 = pdf.pages[0]
        annots = []
        y = 780
        for author, text in hid.get("annots", []):
            popup = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Popup,
                                                         Rect=[400, y - 80, 560, y], Open=False))
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[560, y - 18, 578, y],
                T=pikepdf.String(plain(author)), Contents=pikepdf.String(plain(text)),
                M=pikepdf.String("D:20240430141500+02'00'"), Name=pikepdf.Name.Comment, F=4, Popup=popup,
                C=[1, 0.85, 0.2]))
            popup["/Parent"] = a
            annots += [a, popup]
            y -= 60
        x = 60
        for label, uri in hid.get("links", []):
            annots.append(pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[x, 40, x + 120, 52], Border=[0, 0, 0],
                Contents=pikepdf.String(plain(label)),
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(plain(uri))))))
            x += 130
        fields = []
        fy = 60
        for name, value in hid.get("fields", []):
            f = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                T=pikepdf.String(plain(name)), V=pikepdf.String(plain(value)), Rect=[330, fy, 560, fy + 12], F=6,
                DA=pikepdf.String("/Helv 8 Tf 0 g"), P=page0.obj))
            fields.append(f)
            annots.append(f)
            fy += 14
        if annots:
            existing = list(page0.obj.get("/Annots", []))
            page0.obj["/Annots"] = pikepdf.Array(existing + annots)
        if fields:
            pdf.Root["/AcroForm"] = pikepdf.Dictionary(
                Fields=pikepdf.Array(fields), NeedAppearances=True,
                DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))),
                DA=pikepdf.String("/Helv 8 Tf 0 g"))
        if hid.get("bookmarks"):
            with pdf.open_outline() as ol:
                for i, t in enumerate(hid["bookmarks"]):
                    ol.root.append(pikepdf.OutlineItem(plain(t), min(i, len(pdf.pages) - 1)))
        pdf.save(path, deterministic_id=True, linearize=False)


# ------------------------------------------------------------------ gold
def build_gold(doc, path: Path, ev, scan: bool):
    """Gold for one PDF: redact probes must occur (in some channel), keep probes' `after` = their count in the
    original's PDFium text. Returns (gold, problems)."""
    problems = []
    redact, keep = {}, {}
    for s in all_strings(doc):
        for side, val, kind in marks(s):
            tgt = redact if side == "redact" else keep
            tgt.setdefault((kind, val), [])
    # auto probes and extra probes
    noauto = {val for kind, val, _ in doc.get("extra", []) if kind == "NOAUTO"}
    for kind, val, extra in doc.get("extra", []):
        if kind == "NOAUTO":
            continue
        redact.setdefault((kind, val), [])
        redact[(kind, val)] += extra
    for kind, val, extra in doc.get("extra_keep", []):
        keep.setdefault((kind, val), [])
        keep[(kind, val)] += extra
    marked = {(k, v) for s in all_strings(doc) for side, v, k in marks(s) if side == "redact"}
    for (kind, val), probes in redact.items():
        if val not in probes and (kind, val) in marked:
            probes.insert(0, val)
        if kind == "PERSON" and " " in val and not val.isupper() and val not in noauto:
            last = val.split()[-1].strip(".,")
            if len(last) >= 4 and last[0].isupper() and last not in probes and "." not in last:
                probes.append(last)
    kmarked = {(k, v) for s in all_strings(doc) for side, v, k in marks(s) if side == "keep"}
    for (kind, val), probes in keep.items():
        if val not in probes and (kind, val) in kmarked:
            probes.insert(0, val)
    with tempfile.TemporaryDirectory() as td:
        ch = ev.extract_channels(path, ocr="auto" if scan else "off")["channels"]
    text = ch.get("pdfium", "")
    # mask keep / redact matches to find overlaps
    keep_rx = [ev.probe_regex(p, True) for ps in keep.values() for p in ps]
    red_rx = [ev.probe_regex(p, True) for ps in redact.values() for p in ps]

    def mask(t, rxs):
        for rx in rxs:
            t = rx.sub(lambda m: "\u25a0" * len(m.group(0)), t)
        return t

    text_wo_keep = mask(text, keep_rx)
    text_wo_red = mask(text, red_rx)
    gold = {"doc": path.name, "pages": ev.text_pdfium(path)[1], "producer": doc["producer"],
            "redact": [], "keep": []}
    seen_probe = set()
    for (kind, val), probes in redact.items():
        item = {"kind": kind, "value": val, "probes": []}
        for p in probes:
            if p in seen_probe:
                continue
            seen_probe.add(p)
            pr = {"text": p, "word": True}
            if scan:
                pr["ocr"] = True
                n = ev.ocr_count(ch.get("ocr", []), pr)
                pr["after"] = 0
                if n == 0:
                    problems.append(f"OCR misses redact probe {p!r}")
                    continue
                pr["channel"] = "ocr"
            else:
                cc = ev.channel_counts(ch, pr)
                total = ev.count_in(text, pr)
                inside_keep = total - ev.count_in(text_wo_keep, pr)
                pr["after"] = inside_keep
                if inside_keep:
                    problems.append(f"note: redact probe {p!r} occurs {inside_keep}x inside keep text (after set)")
                found = {k: v for k, v in cc.items() if v > inside_keep}
                if not found:
                    problems.append(f"redact probe {p!r} not found in any channel")
                    continue
                if "pdftotext" not in found:
                    for k in ("pdfium", "pdfplumber", "annotations", "metadata", "outline", "qpdf_raw", "raw_file"):
                        if k in found:
                            pr["channel"] = k
                            break
            item["probes"].append(pr)
        if item["probes"]:
            gold["redact"].append(item)
    if not scan:
        for (kind, val), probes in keep.items():
            item = {"kind": kind, "value": val, "probes": []}
            for p in probes:
                pr = {"text": p, "word": True}
                n = ev.count_in(text, pr)
                if n == 0:
                    problems.append(f"keep probe {p!r} not in PDFium text")
                    continue
                n2 = ev.count_in(text_wo_red, pr)
                if n2 != n:
                    problems.append(f"keep probe {p!r}: {n - n2} of {n} occurrences overlap redact text")
                    continue
                pr["after"] = n
                item["probes"].append(pr)
            if item["probes"]:
                gold["keep"].append(item)
    return gold, problems
