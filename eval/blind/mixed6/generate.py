"""Generate blind evaluation set "mixed6" (set P): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python generate.py [p01 p02 ...]

The documents live in docs_a.py / docs_b.py / docs_c.py as small text specs with inline markup:
``[[text|KIND]]`` or ``[[text|KIND|probe;probe]]`` is personal data (redact), ``{text|KIND}`` or
``{text|KIND|probe}`` must stay readable (keep). The gold is derived from the marks and checked
against the PDFium text of the rendered PDF with the evaluator's own ``norm`` / ``probe_regex``
(see README.md). Written blind: nothing of woo_redact was read or run.
"""
from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
EVAL = Path(os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval")) / "evaluate.py"
_spec = importlib.util.spec_from_file_location("woo_evaluate", EVAL)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)
norm, probe_regex, text_pdfium = ev.norm, ev.probe_regex, ev.text_pdfium

FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "dejavu": (FONT_DIR / "dejavu/DejaVuSans.ttf", FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"),
    "liberation": (FONT_DIR / "liberation2/LiberationSans-Regular.ttf",
                   FONT_DIR / "liberation2/LiberationSans-Bold.ttf"),
    "serif": (FONT_DIR / "liberation2/LiberationSerif-Regular.ttf",
              FONT_DIR / "liberation2/LiberationSerif-Bold.ttf"),
    "mono": (FONT_DIR / "dejavu/DejaVuSansMono.ttf", FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf"),
}
KINDS = {
    "P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "I": "IBAN_CODE", "B": "NL_BSN",
    "A": "ADDRESS", "D": "DATE_OF_BIRTH", "K": "LICENSE_PLATE", "PA": "PARAPH", "U": "USERNAME",
    "N": "PERSONNEL_NUMBER", "X": "ID_NUMBER",
    "O": "ORG", "L": "PLACE", "F": "OFFICIAL", "TI": "TITLE", "TE": "TERM", "PR": "PRODUCT",
    "S": "SERVICE_NUMBER", "FE": "FUNCTIONAL_EMAIL", "G": "GOV_ADDRESS", "C": "CASE_NUMBER",
    "W": "LAW",
}
MARK = re.compile(r"\[\[(.+?)\]\]|\{([^{}]+?)\}")
BOX = "\u25a0"


# ------------------------------------------------------------------------------------------
# markup
# ------------------------------------------------------------------------------------------
def parse(s: str):
    """Split a marked string into segments (text, None | (side, kind, probes))."""
    out, pos = [], 0
    for m in MARK.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], None))
        side = "R" if m.group(1) is not None else "K"
        parts = (m.group(1) or m.group(2)).split("|")
        text = parts[0]
        kind = KINDS[parts[1]] if len(parts) > 1 else ("PERSON" if side == "R" else "TERM")
        if len(parts) > 2:
            probes = [p for p in parts[2].split(";") if p]
        elif kind == "EMAIL_ADDRESS":
            probes = [text.split("@")[0]]
        else:
            probes = [text]
        out.append((text, (side, kind, probes)))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], None))
    return out


def plain(s: str) -> str:
    return "".join(t for t, _ in parse(s))


def blanked(s: str) -> str:
    return "".join((BOX if (m and m[0] == "R") else t) for t, m in parse(s))


def split_cells(line: str) -> list[str]:
    """Split '| a | b |' on bars outside marks."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    cells, cur, depth = [], "", 0
    i = 0
    while i < len(body):
        if body.startswith("[[", i):
            depth += 1; cur += "[["; i += 2; continue
        if body.startswith("]]", i):
            depth -= 1; cur += "]]"; i += 2; continue
        c = body[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == "|" and depth == 0:
            cells.append(cur.strip()); cur = ""
        else:
            cur += c
        i += 1
    cells.append(cur.strip())
    return cells


def blocks(text: str):
    """Text spec -> list of blocks: ('h1'|'h2'|'p'|'small'|'pb', str) and ('table'|'kv', rows)."""
    out = []
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line == "!pb":
            out.append(("pb", ""))
        elif line.startswith("!small "):
            out.append(("small", line[7:]))
        elif line.startswith("~ "):
            row = split_cells(line[2:])
            if out and out[-1][0] == "kv":
                out[-1][1].append(row)
            else:
                out.append(("kv", [row]))
        elif line.lstrip().startswith("|"):
            row = split_cells(line)
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        else:
            out.append(("p", line))
    return out


def all_strings(doc: dict) -> list[str]:
    """Every marked string that is printed on the pages, in reading order."""
    if doc["producer"] == "calc":
        head = [doc["sheet_header"]] if doc.get("sheet_header") else []
        return [c for _, rows in doc["sheets"] for c in head + [c for r in rows for c in r]]
    if doc["producer"] == "impress":
        return [x for title, lines in doc["slides"] for x in [title] + lines]
    out = []
    for kind, val in blocks(doc["text"]):
        if kind in ("table", "kv"):
            out.extend(c for r in val for c in r)
        elif kind != "pb":
            out.append(val)
    if doc.get("form"):
        out.extend(lbl for lbl, _ in doc["form"])
        for kind, val in blocks(doc.get("below", "")):
            out.extend(c for r in val for c in r) if kind in ("table", "kv") else out.append(val)
    if doc.get("stamp"):
        out.append(doc["stamp"])
    return out


def hidden_strings(doc: dict) -> list[str]:
    """Marked strings that live outside the page text (form values, comments, bookmarks, Info)."""
    out = [v for _, v in doc.get("form", [])]
    out += [a["contents"] for a in doc.get("annots", [])] + [a["author"] for a in doc.get("annots", [])]
    out += doc.get("outline", [])
    if doc.get("author"):
        out.append(doc["author"])
    return out


# ------------------------------------------------------------------------------------------
# producers
# ------------------------------------------------------------------------------------------
def _rl_fonts(name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    reg, bold = FONTS[name]
    fn, fb = f"M6-{name}", f"M6-{name}-B"
    if fn not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(fn, str(reg)))
        pdfmetrics.registerFont(TTFont(fb, str(bold)))
    return fn, fb


def _rl_story(doc, fn, fb, width):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    fs = doc.get("size", 9.5)
    st = ParagraphStyle("b", fontName=fn, fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5)
    cst = ParagraphStyle("c", fontName=fn, fontSize=fs - 1, leading=(fs - 1) * 1.25)
    cbs = ParagraphStyle("cb", parent=cst, fontName=fb)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=fs + 5, leading=(fs + 5) * 1.25, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3, spaceBefore=4,
                        spaceAfter=3)
    sm = ParagraphStyle("sm", fontName=fn, fontSize=fs - 2, leading=(fs - 2) * 1.3)
    E = lambda s: html.escape(plain(s), quote=False)
    story = []
    for kind, val in blocks(doc["text"]):
        if kind == "h1":
            story.append(Paragraph(E(val), h1))
        elif kind == "h2":
            story.append(Paragraph(E(val), h2))
        elif kind == "p":
            story.append(Paragraph(E(val), st))
        elif kind == "small":
            story.append(Paragraph(E(val), sm))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            ncol = max(len(r) for r in val)
            header = kind == "table"
            data = [[Paragraph(E(c), cbs if (header and i == 0) else cst) for c in r] + [""] * (ncol - len(r))
                    for i, r in enumerate(val)]
            widths = doc.get("colw", {}).get(ncol)
            cw = [width * w for w in widths] if widths else [width / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if header:
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
    return story


def render_reportlab(doc, out: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    fn, fb = _rl_fonts(doc.get("font", "dejavu"))
    size = landscape(A4) if doc.get("landscape") else A4
    W, H = size
    m = 56
    if doc.get("twocol"):
        gap = 18
        cw = (W - 2 * m - gap) / 2
        frames = [Frame(m, m, cw, H - 2 * m, id="c1"), Frame(m + cw + gap, m, cw, H - 2 * m, id="c2")]
        width = cw
    else:
        frames = [Frame(m, m, W - 2 * m, H - 2 * m, id="f")]
        width = W - 2 * m - 12

    def onpage(c, d):
        c.saveState()
        c.setFont(fn, 7)
        if doc.get("footer"):
            c.drawString(m, 30, plain(doc["footer"]) + f"  -  pagina {d.page}")
        c.restoreState()

    bd = BaseDocTemplate(str(out), pagesize=size, leftMargin=m, rightMargin=m, topMargin=m,
                         bottomMargin=m, invariant=1)
    bd.addPageTemplates([PageTemplate(id="t", frames=frames, onPage=onpage)])
    bd.build(_rl_story(doc, fn, fb, width))


def render_form(doc, out: Path):
    """reportlab canvas: the page text, then labelled AcroForm text fields holding the values."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame

    fn, fb = _rl_fonts(doc.get("font", "liberation"))
    W, H = A4
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    story = _rl_story(doc, fn, fb, W - 112)
    fr = Frame(56, H - 56 - doc.get("text_h", 300), W - 112, doc.get("text_h", 300), showBoundary=0)
    fr.addFromList(story, c)
    y = H - 70 - doc.get("text_h", 300)
    for i, (label, value) in enumerate(doc["form"]):
        c.setFont(fn, 8.5)
        c.drawString(60, y + 6, plain(label))
        c.acroForm.textfield(name=f"veld{i + 1:02d}", value=plain(value), x=230, y=y, width=300, height=17,
                             fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True,
                             maxlen=200)
        y -= 23
    if doc.get("below"):
        fr2 = Frame(56, 50, W - 112, y - 40)
        fr2.addFromList(_rl_story({"text": doc["below"], "size": doc.get("size", 9.5)}, fn, fb, W - 112), c)
    c.showPage()
    c.save()


def render_fpdf(doc, out: Path):
    from fpdf import FPDF

    reg, bold = FONTS[doc.get("font", "dejavu")]
    pdf = FPDF(orientation="L" if doc.get("landscape") else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    pdf.add_font("F", "", str(reg))
    pdf.add_font("F", "B", str(bold))
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    fs = doc.get("size", 9.5)
    for kind, val in blocks(doc["text"]):
        if kind == "h1":
            pdf.set_font("F", "B", fs + 5); pdf.multi_cell(0, (fs + 5) * 0.5, plain(val)); pdf.ln(2)
        elif kind == "h2":
            pdf.set_font("F", "B", fs + 1.5); pdf.multi_cell(0, fs * 0.55, plain(val)); pdf.ln(1)
        elif kind in ("p", "small"):
            pdf.set_font("F", "", fs - (2 if kind == "small" else 0))
            pdf.multi_cell(0, fs * 0.48, plain(val)); pdf.ln(1.2)
        elif kind == "pb":
            pdf.add_page()
        else:
            pdf.set_font("F", "", fs - 1)
            ncol = max(len(r) for r in val)
            widths = doc.get("colw", {}).get(ncol)
            kw = {"col_widths": tuple(widths)} if widths else {}
            with pdf.table(first_row_as_headings=(kind == "table"), line_height=fs * 0.5,
                           borders_layout="ALL" if kind == "table" else "NONE", **kw) as t:
                for r in val:
                    row = t.row()
                    for cval in r + [""] * (ncol - len(r)):
                        row.cell(plain(cval))
            pdf.ln(2)
    pdf.output(str(out))


def _html(doc) -> str:
    E = lambda s: html.escape(plain(s))
    font = {"dejavu": "DejaVu Sans", "liberation": "Liberation Sans", "serif": "Liberation Serif",
            "mono": "DejaVu Sans Mono"}[doc.get("font", "liberation")]
    parts = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{E(doc['title'])}</title>"
             f"<style>@page{{size:A4 {'landscape' if doc.get('landscape') else 'portrait'};margin:16mm}}"
             f"body{{font-family:'{font}';font-size:{doc.get('size', 9.5)}pt;line-height:1.3}}"
             "h1{font-size:15pt;margin:0 0 8px}h2{font-size:11pt;margin:10px 0 4px}p{margin:0 0 5px}"
             "table{border-collapse:collapse;width:100%;margin:4px 0 8px}td,th{vertical-align:top;"
             "padding:2px 4px;text-align:left}table.g td,table.g th{border:1px solid #999}"
             "th{background:#e4e8ee}.sm{font-size:7.5pt;color:#333}"
             + (".cols{column-count:2;column-gap:18px}" if doc.get("twocol") else "")
             + "</style></head><body>"]
    parts.append("<div class='cols'>" if doc.get("twocol") else "<div>")
    for kind, val in blocks(doc["text"]):
        if kind == "h1":
            parts.append(f"<h1>{E(val)}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{E(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{E(val)}</p>")
        elif kind == "small":
            parts.append(f"<p class='sm'>{E(val)}</p>")
        elif kind == "pb":
            parts.append("<div style='page-break-after:always'></div>")
        else:
            cls = "g" if kind == "table" else "kv"
            rows = []
            for i, r in enumerate(val):
                tag = "th" if (kind == "table" and i == 0) else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            parts.append(f"<table class='{cls}'>" + "".join(rows) + "</table>")
    parts.append("</div></body></html>")
    return "".join(parts)


def render_chromium(doc, out: Path):
    with tempfile.TemporaryDirectory(prefix="m6c-") as td:
        src = Path(td) / "d.html"
        src.write_text(_html(doc), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-pdf-tagging",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/prof", f"--print-to-pdf={out}",
                        src.as_uri()], check=True, capture_output=True, timeout=180)


def _soffice(src: Path, outdir: Path, fmt: str = "pdf") -> Path:
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/m6-lo-profile", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + "." + fmt.split(":")[0])


def render_docx(doc, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(20))
    stl = d.styles["Normal"]
    stl.font.name = {"dejavu": "DejaVu Sans", "liberation": "Liberation Sans",
                     "serif": "Liberation Serif"}[doc.get("font", "liberation")]
    stl.font.size = Pt(doc.get("size", 10))
    stl.paragraph_format.space_after = Pt(4)
    d.core_properties.author = plain(doc.get("author", "")) or "Gemeente"
    d.core_properties.title = doc["title"]
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(doc["header"])
    for kind, val in blocks(doc["text"]):
        if kind == "h1":
            d.add_heading(plain(val), level=1)
        elif kind == "h2":
            d.add_heading(plain(val), level=2)
        elif kind in ("p", "small"):
            p = d.add_paragraph(plain(val))
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(7.5)
        elif kind == "pb":
            d.add_page_break()
        else:
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            if kind == "table":
                t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, cval in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = plain(cval)
                    if kind == "table" and i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    with tempfile.TemporaryDirectory(prefix="m6d-") as td:
        src = Path(td) / "doc.docx"
        d.save(str(src))
        pdf = _soffice(src, Path(td))
        shutil.copy(pdf, out)


def render_calc(doc, out: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in doc["sheets"]:
        ws = wb.create_sheet(title=title[:31])
        ncol = max(len(r) for r in rows)
        for i, r in enumerate(rows, 1):
            for j, cval in enumerate(r, 1):
                cell = ws.cell(row=i, column=j, value=plain(cval))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.font = Font(name="Liberation Sans", size=9, bold=(i == doc.get("head_row", 1)))
                if i == doc.get("head_row", 1):
                    cell.fill = PatternFill("solid", fgColor="DDE4EE")
        widths = doc.get("colw", [18] * ncol)
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        for i, r in enumerate(rows, 1):  # explicit heights: LibreOffice keeps xlsx rows one line high
            lines = max(-(-len(plain(c)) // max(1, int(widths[j] * 1.05))) for j, c in enumerate(r))
            ws.row_dimensions[i].height = 12.5 * max(1, lines) + 2
        ws.page_setup.orientation = "landscape" if doc.get("landscape", True) else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddHeader.center.text = plain(doc.get("sheet_header", ""))
        ws.oddFooter.center.text = ""
        ws.print_options.gridLines = True
    with tempfile.TemporaryDirectory(prefix="m6x-") as td:
        src = Path(td) / "sheet.xlsx"
        wb.save(str(src))
        pdf = _soffice(src, Path(td))
        shutil.copy(pdf, out)


def render_impress(doc, out: Path):
    from pptx import Presentation
    from pptx.util import Pt

    prs = Presentation()
    prs.core_properties.author = plain(doc.get("author", "")) or "Rijksoverheid"
    prs.core_properties.title = doc["title"]
    for title, lines in doc["slides"]:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = plain(title)
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        body = s.placeholders[1].text_frame
        body.clear()
        for k, ln in enumerate(lines):
            p = body.paragraphs[0] if k == 0 else body.add_paragraph()
            p.text = plain(ln)
            p.level = 1 if ln.startswith("  ") else 0
            for r in p.runs:
                r.font.size = Pt(doc.get("size", 16))
    with tempfile.TemporaryDirectory(prefix="m6p-") as td:
        src = Path(td) / "deck.pptx"
        prs.save(str(src))
        pdf = _soffice(src, Path(td))
        shutil.copy(pdf, out)


def render_scan(doc, out: Path):
    """reportlab page -> 200 dpi grey raster, slightly rotated and noisy -> image-only PDF; with
    ocr=True tesseract adds its invisible text layer instead; a DMS stamp may be overlaid as text."""
    import random

    from PIL import Image, ImageFilter

    rnd = random.Random(doc["id"])
    with tempfile.TemporaryDirectory(prefix="m6s-") as td:
        td = Path(td)
        base = td / "base.pdf"
        render_reportlab({**doc, "font": doc.get("font", "serif")}, base)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(base), str(td / "pg")], check=True)
        imgs = []
        for png in sorted(td.glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rnd.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
            px = im.load()
            for _ in range(1500):
                x, y = rnd.randrange(im.width), rnd.randrange(im.height)
                px[x, y] = rnd.choice((0, 90, 160))
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            imgs.append(im)
        if doc.get("ocr"):
            pages = []
            for k, im in enumerate(imgs):
                p = td / f"s{k}.png"
                im.save(p, dpi=(200, 200))
                subprocess.run(["tesseract", str(p), str(td / f"o{k}"), "-l", "nld", "pdf"], check=True,
                               capture_output=True)
                pages.append(td / f"o{k}.pdf")
            import pikepdf
            with pikepdf.new() as pdf:
                for p in pages:
                    with pikepdf.open(p) as src:
                        pdf.pages.extend(src.pages)
                pdf.save(out)
        else:
            imgs[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])
        if doc.get("stamp"):
            _overlay_stamp(out, plain(doc["stamp"]))


def _overlay_stamp(path: Path, text: str):
    import pikepdf
    from reportlab.pdfgen import canvas

    fn, _ = _rl_fonts("liberation")
    with tempfile.TemporaryDirectory(prefix="m6t-") as td:
        st = Path(td) / "stamp.pdf"
        with pikepdf.open(path) as pdf:
            w, h = [float(x) for x in pdf.pages[0].mediabox[2:]]
        c = canvas.Canvas(str(st), pagesize=(w, h), invariant=1)
        c.setFont(fn, 7.5)
        c.setFillColorRGB(0.1, 0.2, 0.6)
        for k, ln in enumerate(text.split(" // ")):
            c.drawString(w - 250, h - 24 - 9 * k, ln)
        c.showPage(); c.save()
        with pikepdf.open(path, allow_overwriting_input=True) as pdf, pikepdf.open(st) as sp:
            pdf.pages[0].add_overlay(sp.pages[0])
            pdf.save(path)


PRODUCERS = {"reportlab": render_reportlab, "form": render_form, "fpdf2": render_fpdf,
             "chromium": render_chromium, "docx": render_docx, "calc": render_calc,
             "impress": render_impress, "scan": render_scan}


# ------------------------------------------------------------------------------------------
# post-processing: hidden channels, rotation, redistilling, deterministic save
# ------------------------------------------------------------------------------------------
def postprocess(doc, path: Path):
    import pikepdf

    if doc.get("gs"):
        tmp = path.with_suffix(".gs.pdf")
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.6", f"-sOutputFile={tmp}", str(path)], check=True)
        tmp.replace(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False):
            pass
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pikepdf.Dictionary(Title=pikepdf.String(doc["title"]),
                                  Creator=pikepdf.String(doc.get("creator", doc["producer"])),
                                  CreationDate=pikepdf.String("D:20250101090000Z"),
                                  ModDate=pikepdf.String("D:20250101090000Z"))
        if doc.get("author"):
            info.Author = pikepdf.String(plain(doc["author"]))
        pdf.trailer.Info = pdf.make_indirect(info)
        for pno in doc.get("rotate", []):
            pg = pdf.pages[pno]
            if doc.get("rotate_content"):
                # landscape content written into a portrait page, shown upright via /Rotate 90
                x0, y0, x1, y1 = [float(v) for v in pg.mediabox]
                w, h = x1 - x0, y1 - y0
                pg.contents_coalesce()
                data = pg.Contents.read_bytes()
                pg.Contents.write(f"q 0 1 -1 0 {h:g} 0 cm\n".encode() + data + b"\nQ\n")
                pg.MediaBox = pikepdf.Array([0, 0, h, w])
                if "/CropBox" in pg.obj:
                    del pg.obj["/CropBox"]
            pg.Rotate = 90
        for a in doc.get("annots", []):
            pg = pdf.pages[a.get("page", 0)]
            x, y = a.get("at", (520, 700))
            an = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 18, y + 18],
                Contents=pikepdf.String(plain(a["contents"])), T=pikepdf.String(plain(a["author"])),
                Subj=pikepdf.String("Opmerking"), M=pikepdf.String("D:20250301101500+01'00'"),
                C=[1, 0.85, 0.2], F=4, Name=pikepdf.Name.Comment))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(an)
        for ln in doc.get("links", []):
            pg = pdf.pages[ln.get("page", 0)]
            an = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=list(ln["at"]), Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(ln["uri"]))))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(an)
        if doc.get("outline"):
            with pdf.open_outline() as ol:
                for k, t in enumerate(doc["outline"]):
                    pno = doc.get("outline_pages", [0] * len(doc["outline"]))[k]
                    ol.root.append(pikepdf.OutlineItem(plain(t), pno))
        mode = pikepdf.ObjectStreamMode.generate if doc.get("objstreams") else pikepdf.ObjectStreamMode.disable
        pdf.save(path, deterministic_id=True, object_stream_mode=mode, compress_streams=True)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def count(text: str, probe: str) -> int:
    return len(probe_regex(probe, True).findall(text))


def derive_gold(doc, pdf_path: Path) -> tuple[dict, list[str]]:
    strings = all_strings(doc)
    if doc.get("footer"):
        import pypdfium2 as pdfium
        strings = strings + [doc["footer"]] * len(pdfium.PdfDocument(str(pdf_path)))
    S = norm("\n".join(plain(s) for s in strings))
    B = norm("\n".join(blanked(s) for s in strings))
    hidden = norm("\n".join(plain(s) for s in hidden_strings(doc)))
    if doc["producer"] == "scan" and not doc.get("ocr"):
        P, pages = None, None
        import pypdfium2 as pdfium
        pages = len(pdfium.PdfDocument(str(pdf_path)))
        with tempfile.TemporaryDirectory(prefix="m6o-") as td:
            entries = ev.ocr_text(pdf_path, Path(td), list(range(1, pages + 1)))
        OCR = norm(" ".join(e["render"] for e in entries))
        Ptext, _ = text_pdfium(pdf_path)
    else:
        Ptext, pages = text_pdfium(pdf_path)
        OCR = None
    stamp = norm(plain(doc.get("stamp", ""))) if doc.get("stamp") else ""
    errors = []
    items: dict = {"R": {}, "K": {}}
    for s in strings + hidden_strings(doc):
        for t, m in parse(s):
            if not m:
                continue
            side, kind, probes = m
            it = items[side].setdefault((kind, t), [])
            for p in probes:
                if p not in it:
                    it.append(p)
    gold = {"doc": doc["name"] + ".pdf", "pages": pages, "producer": doc["producer_label"],
            "redact": [], "keep": []}
    for (kind, value), probes in items["R"].items():
        plist = []
        for p in probes:
            cs, cb, ch = count(S, p), count(B, p), count(hidden, p)
            if OCR is not None and not (stamp and count(stamp, p)):
                cp = count(OCR, p)
                if cp != cs or cs == 0:
                    errors.append(f"{doc['id']}: OCR probe {p!r} ocr={cp} src={cs}")
                    continue
                plist.append({"text": p, "word": True, "after": cb, "ocr": True})
                continue
            cp = count(Ptext, p)
            if cp != cs:
                errors.append(f"{doc['id']}: redact probe {p!r} pdf={cp} src={cs}")
            if cs + ch == 0:
                errors.append(f"{doc['id']}: redact probe {p!r} occurs nowhere")
            if cb and (doc["id"], p) not in PUBLIC_TOO:
                errors.append(f"{doc['id']}: redact probe {p!r} also public ({cb}x)")
            plist.append({"text": p, "word": True, "after": cb})
        if plist:
            gold["redact"].append({"kind": kind, "value": value, "probes": plist})
    for (kind, value), probes in items["K"].items():
        plist = []
        for p in probes:
            cs, cb = count(S, p), count(B, p)
            cp = count(Ptext, p)
            if OCR is not None and not count(stamp, p):
                errors.append(f"{doc['id']}: keep probe {p!r} on an image-only page")
                continue
            if cp != cs:
                errors.append(f"{doc['id']}: keep probe {p!r} pdf={cp} src={cs}")
            if cb != cs:
                errors.append(f"{doc['id']}: keep probe {p!r} inside a redact span")
            plist.append({"text": p, "word": True, "after": cp})
        if plist:
            gold["keep"].append({"kind": kind, "value": value, "probes": plist})
    return gold, errors


# (doc id, probe): redact probes that legitimately also occur as public text (after > 0)
PUBLIC_TOO: set = set()


def load_docs() -> list[dict]:
    sys.path.insert(0, str(HERE))
    out = []
    for mod in ("docs_a", "docs_b", "docs_c"):
        if (HERE / f"{mod}.py").exists():
            m = importlib.import_module(mod)
            out.extend(m.DOCS)
            PUBLIC_TOO.update(getattr(m, "PUBLIC_TOO", set()))
    return out


LABELS = {"reportlab": "reportlab 5.1 platypus", "form": "reportlab 5.1 canvas + AcroForm",
          "fpdf2": "fpdf2 2.8", "chromium": "HTML -> Chromium headless", "docx":
          "python-docx -> LibreOffice 7.4 Writer", "calc": "openpyxl xlsx -> LibreOffice 7.4 Calc",
          "impress": "python-pptx -> LibreOffice 7.4 Impress", "scan": "scan (raster, no text layer)"}


def producer_label(doc) -> str:
    lab = LABELS[doc["producer"]]
    if doc["producer"] == "scan" and doc.get("ocr"):
        lab = "scan + tesseract OCR text layer"
    if doc.get("stamp"):
        lab += " + text stamp overlay"
    if doc.get("gs"):
        lab += " -> Ghostscript 10 pdfwrite"
    if doc.get("objstreams"):
        lab += " -> pikepdf object streams"
    return lab


def main(argv):
    docs = load_docs()
    ids = set(argv)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    names = [d["name"] for d in docs]
    assert len(set(names)) == len(names), "duplicate names"
    all_err = []
    for doc in docs:
        if ids and doc["id"] not in ids:
            continue
        doc["producer_label"] = producer_label(doc)
        out = DOCS / (doc["name"] + ".pdf")
        PRODUCERS[doc["producer"]](doc, out)
        postprocess(doc, out)
        gold, errs = derive_gold(doc, out)
        all_err += errs
        (GOLD / (doc["name"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{doc['id']} {doc['name']}: pages={gold['pages']} redact={nr} keep={nk} {len(errs)} errors",
              file=sys.stderr)
    for e in all_err:
        print("ERROR", e, file=sys.stderr)
    return 1 if all_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
