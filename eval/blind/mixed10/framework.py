"""Set T (mixed10): markup, renderers and gold for the blind documents.

Markup inside document text
  [[K:shown|extra;extra]]  personal data to redact (K: N person, E e-mail, T phone, B BSN, I IBAN,
                           A address, P initials/paraph, D date of birth, X other identifying number)
  {{K:text}}               public text that must stay readable (K: see KEEP_KINDS)

Document body (one string, line based)
  # text / ## text          heading 1 / 2
  > text                    a line kept as a line (mail headers, address blocks, transcripts)
  | a | b | c |             table row (first row of a table is its header); `|=` starts a new table
  !pb                       page break
  !small text               small print
  !sig                      a drawn signature (image / vector scribble)
  !slide Title              (slides producer) starts a new slide
  other lines               paragraph text (consecutive lines are joined)
"""
from __future__ import annotations

import html
import io
import json
import math
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, text_pdfium, meta_outline_annots  # noqa: E402

REDACT_KINDS = {"N": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
                "P": "INITIALS", "D": "DATE_OF_BIRTH", "X": "ID_NUMBER"}
KEEP_KINDS = {"O": "ORG", "H": "OFFICE_HOLDER", "F": "FUNCTION", "L": "PLACE", "M": "MAILBOX",
              "R": "PRODUCT", "G": "PROGRAMME", "W": "TERM", "S": "SWITCHBOARD", "Y": "STREET",
              "C": "CASE_NUMBER", "Z": "LAW", "Q": "ACRONYM", "U": "PUBLIC_SERVANT"}

RX_RED = re.compile(r"\[\[([A-Z]):(.+?)\]\]")
RX_KEEP = re.compile(r"\{\{([A-Z]):(.+?)\}\}")
BOX = "\u2588"

FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------------------------------ markup
def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(2).split("|")[0], s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def ideal(s: str) -> str:
    s = RX_RED.sub(BOX, s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def spans(s: str):
    red = [(m.group(1), *m.group(2).split("|", 1)) for m in RX_RED.finditer(s)]
    keep = [(m.group(1), m.group(2)) for m in RX_KEEP.finditer(s)]
    return red, keep


# ------------------------------------------------------------------------------------------ blocks
def parse_body(body: str):
    blocks, para, table = [], [], None

    def flush():
        nonlocal para, table
        if para:
            blocks.append(("p", " ".join(para)))
            para = []
        if table is not None:
            blocks.append(("table", table))
            table = None

    for raw in body.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("|="):
            flush()
            table = []
            continue
        if line.startswith("|"):
            if para:
                blocks.append(("p", " ".join(para)))
                para = []
            if table is None:
                table = []
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table is not None:
            blocks.append(("table", table))
            table = None
        if line.startswith("## "):
            flush(); blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            flush(); blocks.append(("h1", line[2:]))
        elif line.startswith("> ") or line == ">":
            flush(); blocks.append(("line", line[2:]))
        elif line == "!pb":
            flush(); blocks.append(("pb", ""))
        elif line.startswith("!small "):
            flush(); blocks.append(("small", line[7:]))
        elif line == "!sig":
            flush(); blocks.append(("sig", ""))
        elif line.startswith("!slide"):
            flush(); blocks.append(("slide", line[7:]))
        else:
            para.append(line)
    flush()
    return blocks


def table_cells_fix(s: str) -> str:
    # `\|` inside a cell would be a literal bar; the markup uses `|` inside [[..]] for extras, so
    # table rows are split on " | " only outside markup: handled by protect/unprotect below.
    return s


def _protect(body: str) -> str:
    # hide the `|` inside markup before table splitting
    body = RX_RED.sub(lambda m: m.group(0).replace("|", "\x01"), body)
    return body


def blocks_of(doc):
    body = doc["body"]
    if doc.get("opts", {}).get("slides"):
        body = "\n".join(l if (not l.strip() or l.startswith(("!", "#", ">", "|"))) else "> " + l
                         for l in body.split("\n"))
    bl = parse_body(_protect(body))
    out = []
    for kind, val in bl:
        if kind == "table":
            out.append((kind, [[c.replace("\x01", "|") for c in row] for row in val]))
        else:
            out.append((kind, val.replace("\x01", "|")))
    return out


# ------------------------------------------------------------------------------------------ helpers
def esc(s: str) -> str:
    return html.escape(plain(s), quote=False)


def signature_png(seed: int, w=360, h=110) -> bytes:
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    x, y = 12, h // 2
    pts = []
    for i in range(60):
        x += rnd.uniform(3, 8)
        y = h // 2 + math.sin(i / rnd.uniform(1.2, 2.5)) * rnd.uniform(10, 35)
        pts.append((x, y))
    d.line(pts, fill=20, width=3)
    d.line([(20, h - 20), (x, h - 28)], fill=40, width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-800:]}")
    return r


# ------------------------------------------------------------------------------------------ reportlab
_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                    ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                    ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                    ("DVM", "DejaVuSansMono.ttf"), ("DVO", "DejaVuSans-Oblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    _RL_FONTS = True


def render_reportlab(doc, out: Path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Image as RLImage)
    o = doc.get("opts", {})
    base = o.get("font", "DV")
    bold = base + "-B" if base in ("DV", "DVC", "DVS") else "DV-B"
    size = o.get("size", 9.5)
    ps = A4 if not o.get("landscape") else landscape(A4)
    W, H = ps
    st = {
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 2) * 1.25, spaceBefore=5, spaceAfter=3),
        "line": ParagraphStyle("line", fontName=o.get("linefont", base), fontSize=size, leading=size * 1.25),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.3, spaceBefore=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=o.get("cellsize", size - 1), leading=o.get("cellsize", size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=o.get("cellsize", size - 1), leading=o.get("cellsize", size - 1) * 1.25),
    }
    lm = o.get("left", 22) * mm
    rm = o.get("right", 20) * mm
    side = o.get("side")  # side column text (markup lines) on the right
    ncols = o.get("columns", 1)
    top, bot = 25 * mm, 22 * mm
    frames = []
    avail = W - lm - rm - (48 * mm if side else 0)
    gap = 7 * mm
    cw = (avail - gap * (ncols - 1)) / ncols
    for i in range(ncols):
        frames.append(Frame(lm + i * (cw + gap), bot, cw, H - top - bot, id=f"f{i}", leftPadding=0, rightPadding=0))
    first_frames = frames
    if o.get("columns_after_intro") and ncols > 1:
        pass

    def deco(c, d):
        c.saveState()
        if doc.get("header"):
            c.setFont(base, 7.5)
            c.drawString(lm, H - 14 * mm, plain(doc["header"]))
        if doc.get("footer") is not None:
            c.setFont(base, 7.5)
            c.drawString(lm, 12 * mm, plain(doc["footer"]) + f"   pagina {d.page}")
        if side and d.page == 1:
            t = c.beginText(W - rm - 44 * mm, H - top - 4)
            t.setFont(base, 7.5)
            for ln in side:
                if ln.startswith("*"):
                    t.setFont(bold, 7.5); t.textLine(plain(ln[1:])); t.setFont(base, 7.5)
                else:
                    t.textLine(plain(ln))
            c.drawText(t)
        c.restoreState()

    docT = BaseDocTemplate(str(out), pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=top,
                           bottomMargin=bot, title="", author="", creator="")
    docT.addPageTemplates([PageTemplate(id="main", frames=first_frames, onPage=deco)])
    story = []
    widths = o.get("colwidths", {})
    tcount = 0
    for kind, val in blocks_of(doc):
        if kind in ("p", "h1", "h2", "line", "small"):
            story.append(Paragraph(esc(val) if kind != "line" else esc(val).replace("  ", "&nbsp; "), st[kind]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sig":
            from reportlab.lib.utils import ImageReader
            story.append(RLImage(io.BytesIO(signature_png(len(doc["id"]) * 7 + tcount)), width=45 * mm, height=14 * mm, hAlign="LEFT"))
        elif kind == "table":
            ncol = max(len(r) for r in val)
            wl = widths.get(tcount) or widths.get("all")
            if wl:
                tw = [cw * x / sum(wl) for x in wl]
            else:
                tw = [cw / ncol] * ncol
            data = [[Paragraph(esc(c), st["cellb" if ri == 0 else "cell"]) for c in r] + [""] * (ncol - len(r))
                    for ri, r in enumerate(val)]
            t = Table(data, colWidths=tw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ef")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
            story.append(t)
            story.append(Spacer(1, 5))
            tcount += 1
    docT.build(story)


# ------------------------------------------------------------------------------------------ HTML / Chromium
CSS = """
@page { size: %(page)s; margin: 18mm 18mm 20mm 20mm; }
body { font-family: %(font)s; font-size: %(size)spt; line-height: 1.3; color: #111; }
h1 { font-size: 16pt; margin: 0 0 8px 0; } h2 { font-size: 11.5pt; margin: 10px 0 4px 0; }
p { margin: 0 0 6px 0; } .line { margin: 0; white-space: pre-wrap; } .small { font-size: 7.5pt; color: #333; }
table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px 0; font-size: %(cell)spt; }
th, td { border: 0.5px solid #888; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #e6ebf2; }
thead { display: table-header-group; }
.hdr { font-size: 7pt; color: #555; margin-bottom: 6mm; border-bottom: 0.5px solid #aaa; }
.ftr { font-size: 7pt; color: #555; margin-top: 8mm; border-top: 0.5px solid #aaa; }
.cols { column-count: 2; column-gap: 7mm; }
.slide + .slide { page-break-before: always; }
.slide { height: 158mm; border: 1px solid #bbb; padding: 10mm 14mm; box-sizing: border-box; position: relative; }
.slide h1 { font-size: 22pt; color: #1b3a6b; } .slide p, .slide li { font-size: 14pt; }
.slide .line { font-size: 14pt; margin: 0 0 3mm 0; }
.slide .sn { position: absolute; bottom: 5mm; right: 10mm; font-size: 9pt; color: #777; }
.slide .logo { position: absolute; bottom: 5mm; left: 12mm; font-size: 9pt; color: #1b3a6b; }
.side { float: right; width: 48mm; font-size: 7.5pt; margin: 0 0 6px 8px; border-left: 1px solid #999; padding-left: 6px; }
"""


def mailto_wrap(s: str, on: bool) -> str:
    """HTML for markup text; e-mail spans become mailto links when `on`."""
    out, pos = [], 0
    for m in re.finditer(r"\[\[([A-Z]):(.+?)\]\]|\{\{([A-Z]):(.+?)\}\}", s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        if m.group(1):
            shown = m.group(2).split("|")[0]
            if on and m.group(1) == "E":
                out.append(f'<a href="mailto:{html.escape(shown)}">{html.escape(shown)}</a>')
            else:
                out.append(html.escape(shown, quote=False))
        else:
            k, t = m.group(3), m.group(4)
            if on and k == "M":
                out.append(f'<a href="mailto:{html.escape(t)}">{html.escape(t)}</a>')
            else:
                out.append(html.escape(t, quote=False))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out)


def to_html(doc) -> str:
    o = doc.get("opts", {})
    links = o.get("mailto", False)
    h = lambda s: mailto_wrap(s, links)  # noqa: E731
    page = "A4 landscape" if o.get("landscape") else "A4"
    if o.get("slides"):
        page = "297mm 180mm"
    css = CSS % {"page": page, "font": o.get("font", "'DejaVu Sans', sans-serif"), "size": o.get("size", 9.5),
                 "cell": o.get("cellsize", 8.5)}
    if o.get("slides"):
        css += "@page { margin: 6mm; }"
    parts = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title></title><style>{css}</style></head><body>"]
    if doc.get("header"):
        parts.append(f"<div class='hdr'>{h(doc['header'])}</div>")
    if o.get("side"):
        parts.append("<div class='side'>" + "<br>".join(
            ("<b>" + h(x[1:]) + "</b>") if x.startswith("*") else h(x) for x in o["side"]) + "</div>")
    incols = False
    inslide = False
    sn = 0
    for kind, val in blocks_of(doc):
        if kind == "slide":
            if inslide:
                parts.append(f"<div class='logo'>{h(o.get('slidefoot', ''))}</div><div class='sn'>{sn}</div></div>")
            sn += 1
            parts.append(f"<div class='slide'><h1>{h(val)}</h1>")
            inslide = True
            continue
        if kind == "h2" and val.startswith("[cols]"):
            parts.append("<div class='cols'>"); incols = True
            continue
        if kind == "h2" and val.startswith("[/cols]"):
            parts.append("</div>"); incols = False
            continue
        if kind == "h1":
            parts.append(f"<h1>{h(val)}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{h(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{h(val)}</p>")
        elif kind == "line":
            parts.append(f"<p class='line'>{h(val)}</p>")
        elif kind == "small":
            parts.append(f"<p class='small'>{h(val)}</p>")
        elif kind == "pb":
            parts.append("<div style='page-break-after: always'></div>")
        elif kind == "sig":
            import base64
            b = base64.b64encode(signature_png(len(doc["id"]) * 11)).decode()
            parts.append(f"<img src='data:image/png;base64,{b}' style='width:45mm'>")
        elif kind == "table":
            wl = o.get("colwidths", {}).get("all")
            cg = ""
            if wl:
                cg = "<colgroup>" + "".join(f"<col style='width:{100 * x / sum(wl):.1f}%'>" for x in wl) + "</colgroup>"
            rows = [f"<thead><tr>{''.join(f'<th>{h(c)}</th>' for c in val[0])}</tr></thead><tbody>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>")
            parts.append(f"<table>{cg}{''.join(rows)}</tbody></table>")
    if inslide:
        parts.append(f"<div class='logo'>{h(o.get('slidefoot', ''))}</div><div class='sn'>{sn}</div></div>")
    if incols:
        parts.append("</div>")
    if doc.get("footer"):
        parts.append(f"<div class='ftr'>{h(doc['footer'])}</div>")
    parts.append("</body></html>")
    return "".join(parts)


def render_chromium(doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        f = Path(td) / "d.html"
        f.write_text(to_html(doc), encoding="utf-8")
        run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={td}/u", f"--print-to-pdf={out}", f.as_uri()])


def render_lo_html(doc, out: Path):
    """HTML -> LibreOffice Writer."""
    with tempfile.TemporaryDirectory() as td:
        f = Path(td) / (doc["id"] + ".html")
        f.write_text(to_html(doc), encoding="utf-8")
        run(["soffice", f"-env:UserInstallation=file://{td}/u", "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", td, str(f)], timeout=180)
        Path(td, doc["id"] + ".pdf").replace(out)


# ------------------------------------------------------------------------------------------ docx / Writer
def render_docx(doc, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt
    o = doc.get("opts", {})
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if o.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    stl = d.styles["Normal"]
    stl.font.name = o.get("font", "DejaVu Sans")
    stl.font.size = Pt(o.get("size", 9.5))
    for s in ("Heading 1", "Heading 2"):
        d.styles[s].font.name = o.get("font", "DejaVu Sans")
    if o.get("columns", 1) > 1:
        cols = sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols"); sec._sectPr.append(cols)
        cols.set(qn("w:num"), str(o["columns"])); cols.set(qn("w:space"), "400")
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(doc["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = plain(doc["footer"])
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    if o.get("author"):
        d.core_properties.author = plain(o["author"])
    for kind, val in blocks_of(doc):
        if kind == "h1":
            d.add_heading(plain(val), level=1)
        elif kind == "h2":
            d.add_heading(plain(val), level=2)
        elif kind in ("p", "line", "small"):
            p = d.add_paragraph()
            r = p.add_run(plain(val))
            if kind == "small":
                r.font.size = Pt(7.5)
            if kind == "line":
                p.paragraph_format.space_after = Pt(0)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "sig":
            d.add_picture(io.BytesIO(signature_png(len(doc["id"]) * 13)), width=Mm(45))
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(val):
                cells = t.add_row().cells
                for ci, c in enumerate(r):
                    cells[ci].text = plain(c)
                    for p in cells[ci].paragraphs:
                        for rr in p.runs:
                            rr.font.size = Pt(o.get("cellsize", 8.5))
                            rr.bold = ri == 0
            wl = o.get("colwidths", {}).get("all")
            if wl:
                tot = (257 if o.get("landscape") else 170)
                for row in t.rows:
                    for ci, c in enumerate(row.cells):
                        c.width = Mm(tot * wl[ci] / sum(wl))
            d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        f = Path(td) / (doc["id"] + ".docx")
        d.save(f)
        run(["soffice", f"-env:UserInstallation=file://{td}/u", "--headless", "--convert-to", "pdf",
             "--outdir", td, str(f)], timeout=180)
        Path(td, doc["id"] + ".pdf").replace(out)


# ------------------------------------------------------------------------------------------ xlsx / Calc
def render_calc(doc, out: Path):
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    o = doc.get("opts", {})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = o.get("sheet", "Blad1")
    thin = Side(style="thin", color="999999")
    r = 1
    for kind, val in blocks_of(doc):
        if kind in ("h1", "h2", "p", "line", "small"):
            ws.cell(r, 1, plain(val)).font = Font(name="DejaVu Sans", bold=kind.startswith("h"),
                                                   size=12 if kind == "h1" else 9)
            r += 1
        elif kind == "table":
            for ri, row in enumerate(val):
                for ci, c in enumerate(row):
                    cell = ws.cell(r, ci + 1, plain(c))
                    cell.font = Font(name="DejaVu Sans", size=8.5, bold=ri == 0)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                    if ri == 0:
                        cell.fill = PatternFill("solid", fgColor="DDE4EE")
                r += 1
            r += 1
    for i, w in enumerate(o.get("xwidths", []), start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if o.get("landscape", True) else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = o.get("fit", True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if doc.get("header"):
        ws.oddHeader.left.text = plain(doc["header"])
    if doc.get("footer"):
        ws.oddFooter.left.text = plain(doc["footer"])
        ws.oddFooter.right.text = "Pagina &P van &N"
    if o.get("print_title_rows"):
        ws.print_title_rows = o["print_title_rows"]
    if o.get("author"):
        wb.properties.creator = plain(o["author"])
    with tempfile.TemporaryDirectory() as td:
        f = Path(td) / (doc["id"] + ".xlsx")
        wb.save(f)
        run(["soffice", f"-env:UserInstallation=file://{td}/u", "--headless", "--convert-to", "pdf",
             "--outdir", td, str(f)], timeout=180)
        Path(td, doc["id"] + ".pdf").replace(out)


# ------------------------------------------------------------------------------------------ fpdf2
def render_fpdf(doc, out: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    o = doc.get("opts", {})

    class P(FPDF):
        def header(self):
            if doc.get("header"):
                self.set_font("dv", size=7.5)
                self.cell(0, 5, plain(doc["header"]), new_x="LMARGIN", new_y="NEXT")
                self.ln(3)

        def footer(self):
            if doc.get("footer"):
                self.set_y(-14)
                self.set_font("dv", size=7.5)
                self.cell(0, 5, plain(doc["footer"]) + f"   pagina {self.page_no()}")

    pdf = P(orientation="L" if o.get("landscape") else "P", format="A4")
    pdf.add_font("dv", "", FONTDIR + "DejaVuSansCondensed.ttf")
    pdf.add_font("dv", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    size = o.get("size", 9.5)
    for kind, val in blocks_of(doc):
        if kind == "h1":
            pdf.set_font("dv", "B", size + 5); pdf.multi_cell(0, 7, plain(val), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "h2":
            pdf.ln(1); pdf.set_font("dv", "B", size + 1.5); pdf.multi_cell(0, 5.5, plain(val), new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "line", "small"):
            pdf.set_font("dv", "", size - 2 if kind == "small" else size)
            pdf.multi_cell(0, 4.6, plain(val), new_x="LMARGIN", new_y="NEXT")
            if kind != "line":
                pdf.ln(1.5)
        elif kind == "pb":
            pdf.add_page()
        elif kind == "sig":
            pdf.image(io.BytesIO(signature_png(len(doc["id"]) * 17)), w=45)
        elif kind == "table":
            pdf.set_font("dv", "", o.get("cellsize", size - 1))
            wl = o.get("colwidths", {}).get("all")
            kw = {"col_widths": tuple(wl)} if wl else {}
            with pdf.table(headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
                           line_height=4.2, **kw) as t:
                for row in val:
                    rr = t.row()
                    for c in row:
                        rr.cell(plain(c))
            pdf.ln(2)
    pdf.output(str(out))


# ------------------------------------------------------------------------------------------ scans
def render_scan(doc, out: Path):
    """reportlab page(s) -> raster 200-300 dpi grey -> skew, noise, blur -> image-only PDF."""
    from PIL import Image, ImageFilter
    import numpy as np
    o = doc.get("opts", {})
    dpi = o.get("dpi", 220)
    rnd = random.Random(doc["id"])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        if o.get("handwritten"):
            render_form_hand(doc, src)
        else:
            render_reportlab(doc, src)
        run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), f"{td}/pg"])
        pages = []
        for f in sorted(Path(td).glob("pg*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.int16)
            nrng = np.random.default_rng(abs(hash(doc["id"])) % 1000 if False else sum(map(ord, doc["id"])))
            a = a + nrng.normal(0, 9, a.shape).astype(np.int16)
            sp = nrng.random(a.shape) < 0.0008
            a[sp] = 40
            a = np.clip(a + 6, 0, 255).astype(np.uint8)
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
            pages.append(im)
        pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=55)


def render_form_hand(doc, out: Path):
    """A printed form with 'handwritten' answers (oblique font, jitter) for scans."""
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    c = canvas.Canvas(str(out), pagesize=A4)
    W, H = A4
    rnd = random.Random(doc["id"] + "h")
    y = H - 25 * mm
    for kind, val in blocks_of(doc):
        if kind == "pb":
            c.showPage(); y = H - 25 * mm; continue
        if kind == "h1":
            c.setFont("DV-B", 15); c.drawString(22 * mm, y, plain(val)); y -= 10 * mm; continue
        if kind == "h2":
            c.setFont("DV-B", 11); c.drawString(22 * mm, y, plain(val)); y -= 7 * mm; continue
        if kind == "sig":
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(io.BytesIO(signature_png(77))), 80 * mm, y - 12 * mm, 45 * mm, 14 * mm)
            y -= 16 * mm; continue
        if kind == "line" and " :: " in val:
            lab, ans = val.split(" :: ", 1)
            c.setFont("DV", 9.5); c.drawString(22 * mm, y, plain(lab))
            c.setLineWidth(0.4); c.line(75 * mm, y - 1.5, 190 * mm, y - 1.5)
            x = 77 * mm
            c.setFont("DVO", 12.5)
            c.setFillColorRGB(0.05, 0.1, 0.35)
            for word in plain(ans).split(" "):
                c.drawString(x, y + rnd.uniform(-0.6, 0.8), word)
                x += c.stringWidth(word + " ", "DVO", 12.5) + rnd.uniform(0, 1.2)
            c.setFillColorRGB(0, 0, 0)
            y -= 9 * mm
            continue
        c.setFont("DV", 9.5)
        from reportlab.lib.utils import simpleSplit
        for ln in simpleSplit(plain(val), "DV", 9.5, 165 * mm):
            c.drawString(22 * mm, y, ln); y -= 5 * mm
        y -= 2 * mm
    c.save()


RENDER = {"reportlab": render_reportlab, "chromium": render_chromium, "docx": render_docx, "calc": render_calc,
          "fpdf": render_fpdf, "scan": render_scan, "lohtml": render_lo_html}
PRODUCER_LABEL = {"reportlab": "reportlab platypus (DejaVu)", "chromium": "HTML -> Chromium headless print-to-PDF",
                  "docx": "python-docx -> LibreOffice 7.4 Writer", "calc": "openpyxl -> LibreOffice 7.4 Calc",
                  "fpdf": "fpdf2 (DejaVu Sans Condensed)", "lohtml": "HTML -> LibreOffice 7.4 Writer (HTML filter)",
                  "scan": "scan: reportlab -> pdftoppm grey raster -> skew/noise/blur -> image-only PDF (Pillow)"}


# ------------------------------------------------------------------------------------------ hidden channels
def finish_pdf(doc, path: Path):
    """Ghostscript (optional), then set Info/XMP, outline, annotations, form fields with pikepdf."""
    import pikepdf
    h = doc.get("hidden", {})
    if doc.get("gs"):
        tmp = path.with_suffix(".gs.pdf")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
             f"-sOutputFile={tmp}", str(path)])
        tmp.replace(path)
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            if k not in ("/Producer", "/Creator"):
                del info[k]
        info["/CreationDate"] = "D:20250314093000+01'00'"
        info["/ModDate"] = "D:20250314093000+01'00'"
        for key in ("Title", "Author", "Subject", "Keywords"):
            if key.lower() in h:
                info["/" + key] = plain(h[key.lower()])
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if h.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [plain(h["xmp_creator"])]
        if h.get("bookmarks"):
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pg in h["bookmarks"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pg))
        for pg, author, text, x, y in h.get("notes", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 18, y + 18],
                T=pikepdf.String(plain(author)), Contents=pikepdf.String(plain(text)),
                Name=pikepdf.Name.Comment, F=4, C=[1, 0.85, 0.2]))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj.Annots.append(annot)
        for pg, uri, x, y, w, hh in h.get("links", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[x, y, x + w, y + hh], Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(plain(uri)))))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj.Annots.append(annot)
        if h.get("fields"):
            fields = pikepdf.Array()
            page = pdf.pages[0]
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                        BaseFont=pikepdf.Name.Helvetica))
            for name, tu, val, rect in h["fields"]:
                f = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                    T=pikepdf.String(name), TU=pikepdf.String(plain(tu)), V=pikepdf.String(plain(val)),
                    Rect=rect, F=4, DA=pikepdf.String("/Helv 9 Tf 0 g"), P=page.obj))
                fields.append(f)
                page.obj.Annots.append(f)
            pdf.Root["/AcroForm"] = pikepdf.Dictionary(Fields=fields, NeedAppearances=True,
                                                       DA=pikepdf.String("/Helv 9 Tf 0 g"),
                                                       DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)))
        pdf.save(str(path), deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)


def hidden_text(doc) -> str:
    """All hidden-channel text as markup (for the gold)."""
    h = doc.get("hidden", {})
    parts = [h[k] for k in ("title", "author", "subject", "keywords", "xmp_creator") if h.get(k)]
    parts += [t for t, _ in h.get("bookmarks", [])]
    for _, a, t, _, _ in h.get("notes", []):
        parts += [a, t]
    parts += [u for _, u, *_ in h.get("links", [])]
    for _, tu, v, _ in h.get("fields", []):
        parts += [tu, v]
    o = doc.get("opts", {})
    if o.get("mailto") and doc["producer"] == "chromium":
        for k, v in re.findall(r"\[\[([A-Z]):(.+?)\]\]", doc["body"]):
            if k == "E":
                parts.append("mailto:[[E:" + v + "]]")
        for k, v in re.findall(r"\{\{([A-Z]):(.+?)\}\}", doc["body"]):
            if k == "M":
                parts.append("mailto:" + v)
    return "\n".join(parts)


def visible_markup(doc, pages: int) -> str:
    bits = []
    for kind, val in blocks_of(doc):
        if kind == "table":
            bits += [" ".join(r) for r in val]
        elif kind not in ("pb", "sig"):
            bits.append(val)
    if doc.get("opts", {}).get("side"):
        bits += doc["opts"]["side"]
    if doc.get("opts", {}).get("slidefoot"):
        n = sum(1 for k, _ in blocks_of(doc) if k == "slide")
        bits += [doc["opts"]["slidefoot"]] * n
    reps = 1 if doc["producer"] in ("chromium", "lohtml") else pages
    for k in ("header", "footer"):
        if doc.get(k):
            bits += [doc[k]] * reps
    return "\n".join(bits)


# ------------------------------------------------------------------------------------------ gold
def build_gold(doc, pdf_path: Path, producer_label: str):
    scan = doc["producer"] == "scan"
    pdfium_text, pages = text_pdfium(pdf_path)
    vis = visible_markup(doc, pages)
    hid = hidden_text(doc)
    full_ideal = norm(ideal(vis) + "\n" + ideal(hid))
    vis_ideal = norm(ideal(vis))
    vis_plain = norm(plain(vis))
    hid_plain = norm(plain(hid))
    items = {}
    for k, body in RX_RED.findall(vis + "\n" + hid):
        shown, _, extra = body.partition("|")
        key = (k, shown)
        it = items.setdefault(key, {"kind": REDACT_KINDS[k], "value": shown, "probes": []})
        for p in [shown] + [e for e in extra.split(";") if e]:
            if p not in it["probes"]:
                it["probes"].append(p)
    redact, problems = [], []
    for (k, shown), it in items.items():
        probes = []
        for p in it["probes"]:
            after = len(probe_regex(p, True).findall(full_ideal))
            n_vis = len(probe_regex(p, True).findall(vis_plain))
            pr = {"text": p, "word": True, "after": after}
            if scan:
                pr["ocr"] = True
            elif n_vis == 0:
                pr["channel"] = "hidden"
                if len(probe_regex(p, True).findall(hid_plain)) <= after:
                    problems.append(f"hidden probe {p!r} not above after")
            else:
                n_pdf = len(probe_regex(p, True).findall(pdfium_text))
                if n_pdf <= after:
                    problems.append(f"redact probe {p!r}: pdf {n_pdf} <= after {after}")
            if n_vis + len(probe_regex(p, True).findall(hid_plain)) <= after:
                problems.append(f"redact probe {p!r} never above after")
            probes.append(pr)
        redact.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    keep, seen = [], set()
    if not scan:
        for k, t in RX_KEEP.findall(vis):
            if (k, t) in seen:
                continue
            seen.add((k, t))
            n_ideal = len(probe_regex(t, True).findall(vis_ideal))
            n_pdf = len(probe_regex(t, True).findall(pdfium_text))
            after = min(n_ideal, n_pdf)
            if after < 1:
                problems.append(f"keep probe {t!r}: ideal {n_ideal} pdf {n_pdf}")
                continue
            if n_pdf < n_ideal:
                problems.append(f"(warn) keep {t!r}: pdf {n_pdf} < ideal {n_ideal}")
            keep.append({"kind": KEEP_KINDS[k], "value": t, "probes": [{"text": t, "word": True, "after": after}]})
    gold = {"doc": pdf_path.name, "pages": pages, "producer": producer_label, "redact": redact, "keep": keep}
    return gold, problems
