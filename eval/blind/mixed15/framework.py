"""Rendering and gold writing for blind set Y (mixed15).

A document is a dict:
    name, producer ('rl' | 'fpdf' | 'html' | 'docx' | 'xlsx' | 'gs' | 'scan'),
    blocks: list of blocks (see below), optional: landscape, columns (2), footer, header,
    meta {Title, Author, Subject}, annots [(author, text)], outline [title, ...],
    fields [(field name, value)], links [uri, ...]

Blocks: ("title", t) ("h", t) ("p", t) ("lines", t) ("small", t) ("table", rows[, widths])
        ("kv", rows) ("pb",)

Inline markup in every string: [[text|KIND]] or [[text|KIND|probe;probe]] is personal data that must be
redacted (probes default to the text itself; '-' as probe list = covered by other probes),
{text|KIND} is public text that must stay readable.
"""
from __future__ import annotations

import html as htmlmod
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
EVAL_DIR = Path(os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval"))
sys.path.insert(0, str(EVAL_DIR))
import evaluate as EV  # noqa: E402  (norm, probe_regex, count_in, text_pdfium, ...)

DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = str(FONT_DIR / "DejaVuSans.ttf")
FONT_B = str(FONT_DIR / "DejaVuSans-Bold.ttf")
FIXED_DATE = "D:20250601120000+02'00'"

RX_RED = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:\|([^\]]*))?\]\]")
RX_KEEP = re.compile(r"\{([^{}|]+)\|([A-Z]+)\}")


# ----------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------
def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def blanked(s: str) -> str:
    s = RX_RED.sub(lambda m: " \u25a0 ", s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def spans(s: str):
    red, keep = [], []
    for m in RX_RED.finditer(s):
        text, kind, pr = m.group(1), m.group(2), m.group(3)
        if pr is None:
            probes = [text]
        elif pr.strip() == "!":
            probes = []
        elif pr.strip() == "-":
            probes = [text]
        else:
            probes = [p for p in pr.split(";") if p]
        red.append((text, kind, probes))
    for m in RX_KEEP.finditer(s):
        keep.append((m.group(1), m.group(2)))
    return red, keep


def block_strings(b):
    t = b[0]
    if t in ("title", "h", "p", "lines", "small"):
        return [b[1]]
    if t in ("table", "kv"):
        return [c for row in b[1] for c in row]
    return []


def doc_strings(d):
    out = []
    for b in d["blocks"]:
        out += block_strings(b)
    return out


def hidden_strings(d):
    out = []
    for k, v in (d.get("meta") or {}).items():
        out.append(v)
    for a, t in d.get("annots", []):
        out += [a, t]
    out += list(d.get("outline", []))
    for n, v in d.get("fields", []):
        out.append(v)
    out += list(d.get("links", []))
    return out


# ----------------------------------------------------------------------------------------------
# producers
# ----------------------------------------------------------------------------------------------
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONT_B))
        from reportlab.lib.fonts import addMapping
        addMapping("DV", 0, 0, "DV")
        addMapping("DV", 1, 0, "DVB")
        addMapping("DV", 0, 1, "DV")
        addMapping("DV", 1, 1, "DVB")


def render_rl(d, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    _rl_fonts()
    ps = landscape(A4) if d.get("landscape") else A4
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    st = {"p": base,
          "title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=14, leading=18, spaceAfter=8),
          "h": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6),
          "small": ParagraphStyle("s", parent=base, fontSize=7.5, leading=9.5),
          "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)}
    esc = lambda s: htmlmod.escape(plain(s))  # noqa: E731
    flow = []
    W = ps[0] - 40 * mm
    for b in d["blocks"]:
        t = b[0]
        if t == "pb":
            flow.append(PageBreak())
        elif t == "lines":
            for ln in b[1].split("\n"):
                flow.append(Paragraph(esc(ln) or "&nbsp;", ParagraphStyle("l", parent=base, spaceAfter=0)))
            flow.append(Spacer(1, 4))
        elif t in ("table", "kv"):
            rows = [[Paragraph(esc(c).replace("\n", "<br/>"), st["cell"]) for c in r] for r in b[1]]
            n = max(len(r) for r in b[1])
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            tab = Table(rows, colWidths=[W * w for w in widths], repeatRows=1 if t == "table" else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if t == "table":
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            tab.setStyle(TableStyle(style))
            flow.append(tab)
            flow.append(Spacer(1, 6))
        else:
            flow.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[t]))
    footer = plain(d.get("footer", ""))

    def on_page(c, doc):
        if footer:
            c.setFont("DV", 7.5)
            c.drawString(20 * mm, 10 * mm, footer)
        c.setFont("DV", 7.5)
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, str(doc.page))

    if d.get("columns") == 2:
        gap = 8 * mm
        cw = (W - gap) / 2
        frames = [Frame(20 * mm, 18 * mm, cw, ps[1] - 36 * mm, id="c1"),
                  Frame(20 * mm + cw + gap, 18 * mm, cw, ps[1] - 36 * mm, id="c2")]
    else:
        frames = [Frame(20 * mm, 18 * mm, W, ps[1] - 36 * mm, id="f")]
    doc = BaseDocTemplate(str(out), pagesize=ps, title="", author="", creator="", invariant=1)
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=on_page)])
    doc.build(flow)


def render_fpdf(d, out: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    footer = plain(d.get("footer", ""))

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("DV", size=7.5)
            if footer:
                self.cell(0, 5, footer)
            self.set_x(-30)
            self.cell(10, 5, str(self.page_no()), align="R")

    pdf = P(orientation="L" if d.get("landscape") else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 1, 12, 0, 0))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for b in d["blocks"]:
        t = b[0]
        if t == "pb":
            pdf.add_page()
        elif t == "title":
            pdf.set_font("DV", "B", 14)
            pdf.multi_cell(0, 7, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "h":
            pdf.set_font("DV", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(0, 5.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "small"):
            pdf.set_font("DV", "", 9.5 if t == "p" else 7.5)
            pdf.multi_cell(0, 4.8 if t == "p" else 3.8, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "lines":
            pdf.set_font("DV", "", 9.5)
            for ln in b[1].split("\n"):
                pdf.multi_cell(0, 4.8, plain(ln), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t in ("table", "kv"):
            pdf.set_font("DV", "", 8.5)
            n = max(len(r) for r in b[1])
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            tot = pdf.epw
            with pdf.table(col_widths=[w * tot for w in widths], first_row_as_headings=(t == "table"),
                           headings_style=FontFace(emphasis="BOLD"), line_height=4.2,
                           borders_layout="ALL" if t == "table" else "NONE",
                           text_align="LEFT") as tab:
                for r in b[1]:
                    row = tab.row()
                    for c in r:
                        row.cell(plain(c))
            pdf.ln(2)
    pdf.output(str(out))


CSS = """
@page { size: A4 %(orient)s; margin: 18mm 18mm 18mm 18mm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 14pt; margin: 0 0 8pt 0; } h2 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; } .small { font-size: 7.5pt; } .lines { white-space: pre-wrap; margin: 0 0 5pt 0; }
table { border-collapse: collapse; width: 100%%; margin: 0 0 6pt 0; font-size: 8.5pt; }
table.grid td, table.grid th { border: 0.5pt solid #888; padding: 2pt 3pt; vertical-align: top; text-align: left; }
table.kv td { padding: 1pt 4pt 1pt 0; vertical-align: top; }
th { background: #e6e6e6; }
.cols { column-count: 2; column-gap: 8mm; }
.foot { margin-top: 14pt; font-size: 7.5pt; color: #444; }
"""


def to_html(d) -> str:
    e = lambda s: htmlmod.escape(plain(s))  # noqa: E731
    parts = []
    for b in d["blocks"]:
        t = b[0]
        if t == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif t == "small":
            parts.append(f"<p class='small'>{e(b[1])}</p>")
        elif t == "lines":
            parts.append(f"<div class='lines'>{e(b[1])}</div>")
        elif t == "pb":
            parts.append("<div style='break-after: page'></div>")
        elif t in ("table", "kv"):
            n = max(len(r) for r in b[1])
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            cls = "grid" if t == "table" else "kv"
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if (t == "table" and i == 0) else "td"
                rows.append("<tr>" + "".join(
                    f"<{tag} style='width:{w*100:.1f}%'>{e(c).replace(chr(10), '<br>')}</{tag}>"
                    for c, w in zip(r, widths)) + "</tr>")
            parts.append(f"<table class='{cls}'>" + "".join(rows) + "</table>")
    body = "\n".join(parts)
    if d.get("columns") == 2:
        body = f"<div class='cols'>{body}</div>"
    if d.get("footer"):
        body += f"<div class='foot'>{e(d['footer'])}</div>"
    css = CSS % {"orient": "landscape" if d.get("landscape") else "portrait"}
    return f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title></title><style>{css}</style></head><body>{body}</body></html>"


def render_html(d, out: Path):
    with tempfile.TemporaryDirectory() as td:
        h = Path(td) / "d.html"
        h.write_text(to_html(d), encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--disable-pdf-tagging",
                        f"--print-to-pdf={out}", str(h)], capture_output=True, timeout=120,
                       env=dict(os.environ, HOME=td))


def _soffice(src: Path, outdir: Path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                       capture_output=True, timeout=180)


def render_docx(d, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if d.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Mm(20))
    sec.top_margin = sec.bottom_margin = Mm(18)
    stl = doc.styles["Normal"]
    stl.font.name = "Liberation Sans"
    stl.font.size = Pt(10)
    if d.get("footer"):
        sec.footer.paragraphs[0].text = plain(d["footer"])
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    if d.get("header"):
        sec.header.paragraphs[0].text = plain(d["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if d.get("columns") == 2:
        from docx.oxml.ns import qn
        cols = sec._sectPr.xpath("./w:cols")
        el = cols[0] if cols else sec._sectPr.makeelement(qn("w:cols"), {})
        el.set(qn("w:num"), "2")
        el.set(qn("w:space"), "454")
        if not cols:
            sec._sectPr.append(el)
    for b in d["blocks"]:
        t = b[0]
        if t == "title":
            p = doc.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold, r.font.size = True, Pt(14)
        elif t == "h":
            p = doc.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold, r.font.size = True, Pt(11)
        elif t in ("p", "small"):
            p = doc.add_paragraph(plain(b[1]))
            if t == "small":
                for r in p.runs:
                    r.font.size = Pt(7.5)
        elif t == "lines":
            p = doc.add_paragraph()
            for i, ln in enumerate(plain(b[1]).split("\n")):
                r = p.add_run(ln)
                if i < len(b[1].split("\n")) - 1:
                    r.add_break()
        elif t == "pb":
            doc.add_page_break()
        elif t in ("table", "kv"):
            n = max(len(r) for r in b[1])
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            tab = doc.add_table(rows=len(b[1]), cols=n)
            if t == "table":
                tab.style = "Table Grid"
            tot = (277 if d.get("landscape") else 170)
            for i, r in enumerate(b[1]):
                for j, c in enumerate(r):
                    cell = tab.cell(i, j)
                    cell.width = Mm(tot * widths[j])
                    cell.text = plain(c)
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(8.5)
                            if t == "table" and i == 0:
                                run.bold = True
            doc.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (d["name"] + ".docx")
        doc.save(src)
        _soffice(src, Path(td))
        shutil.copy(Path(td) / (d["name"] + ".pdf"), out)


def render_xlsx(d, out: Path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = d.get("sheet", "Blad1")
    thin = Side(style="thin", color="888888")
    r = 1
    ncol = max((max(len(x) for x in b[1]) for b in d["blocks"] if b[0] in ("table", "kv")), default=1)
    widths = next((b[2] for b in d["blocks"] if b[0] == "table" and len(b) > 2), [1.0 / ncol] * ncol)
    total_chars = 150 if d.get("landscape") else 100
    for j, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = max(4, w * total_chars)
    for b in d["blocks"]:
        t = b[0]
        if t in ("title", "h", "p", "small", "lines"):
            for ln in plain(b[1]).split("\n"):
                c = ws.cell(row=r, column=1, value=ln)
                c.font = Font(name="Liberation Sans", bold=t in ("title", "h"), size=13 if t == "title" else 9)
                r += 1
        elif t in ("table", "kv"):
            for i, row in enumerate(b[1]):
                for j, v in enumerate(row):
                    c = ws.cell(row=r, column=j + 1, value=plain(v))
                    c.font = Font(name="Liberation Sans", size=9, bold=(t == "table" and i == 0))
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if t == "table":
                        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                nl = 1
                for j, v in enumerate(row):
                    cw = ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width or 10
                    est = sum(max(1, -(-len(x) // max(1, int(cw * 1.1)))) for x in plain(v).split("\n"))
                    nl = max(nl, est)
                ws.row_dimensions[r].height = 12.5 * nl + 2
                r += 1
            r += 1
    ws.page_setup.orientation = "landscape" if d.get("landscape") else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if d.get("footer"):
        ws.oddFooter.left.text = plain(d["footer"])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (d["name"] + ".xlsx")
        wb.save(src)
        _soffice(src, Path(td))
        shutil.copy(Path(td) / (d["name"] + ".pdf"), out)


def render_gs(d, out: Path):
    with tempfile.TemporaryDirectory() as td:
        mid = Path(td) / "mid.pdf"
        (render_fpdf if d.get("via") == "fpdf" else render_rl)(d, mid)
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.5", f"-sOutputFile={out}", str(mid)],
                       capture_output=True, timeout=120)


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_scan(d, out: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(d["name"])
    dpi = d.get("dpi", 200)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sc = dpi / 72.0
    f = lambda size, bold=False: ImageFont.truetype(FONT_B if bold else d.get("font", FONT), int(size * sc))  # noqa
    pages = []
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    x0, y = int(20 / 25.4 * dpi), int(22 / 25.4 * dpi)
    width = W - 2 * x0

    def newpage():
        nonlocal img, dr, y
        pages.append(img)
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = int(22 / 25.4 * dpi)

    for b in d["blocks"]:
        t = b[0]
        if t == "pb":
            newpage()
            continue
        if t in ("table", "kv"):
            n = max(len(r) for r in b[1])
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            font = f(10)
            for row in b[1]:
                cells = [_wrap(dr, plain(c), font, widths[j] * width - 10) for j, c in enumerate(row)]
                hgt = max(len(c) for c in cells) * int(14 * sc) + 6
                x = x0
                for j, c in enumerate(cells):
                    if t == "table":
                        dr.rectangle([x, y, x + widths[j] * width, y + hgt], outline=60, width=2)
                    for k, ln in enumerate(c):
                        dr.text((x + 6, y + 3 + k * int(14 * sc)), ln, font=font, fill=20)
                    x += widths[j] * width
                y += hgt
            y += int(10 * sc)
            continue
        size = {"title": 15, "h": 12, "small": 9}.get(t, 11)
        font = f(size, t in ("title", "h"))
        for para in plain(b[1]).split("\n"):
            for ln in _wrap(dr, para, font, width):
                dr.text((x0, y), ln, font=font, fill=15)
                y += int(size * 1.45 * sc)
        y += int(6 * sc)
    for sig in d.get("signatures", []):
        # a scribble where a signature goes: (x_mm, y_mm)
        sx, sy = int(sig[0] / 25.4 * dpi), int(sig[1] / 25.4 * dpi)
        pts = [(sx + i * 6, sy + int(18 * __import__("math").sin(i / 2.3 + rnd.random()))) for i in range(40)]
        dr.line(pts, fill=30, width=4)
    pages.append(img)
    outs = []
    for im in pages:
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=245)
        px = im.load()
        for _ in range(W * H // 400):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.choice((90, 140, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        outs.append(im.convert("L"))
    outs[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=outs[1:], quality=55)


PRODUCERS = {"rl": render_rl, "fpdf": render_fpdf, "html": render_html, "docx": render_docx,
             "xlsx": render_xlsx, "gs": render_gs, "scan": render_scan}


def postprocess(d, path: Path):
    """Fixed dates, no volatile XMP, then the document's hidden channels."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pdf.docinfo
        for k in list(info.keys()):
            if k not in ("/Producer", "/Creator"):
                del info[k]
        info["/CreationDate"] = FIXED_DATE
        info["/ModDate"] = FIXED_DATE
        for k, v in (d.get("meta") or {}).items():
            info[Name("/" + k)] = String(plain(v))
        page0 = pdf.pages[0]
        pw = float(page0.mediabox[2])
        ph = float(page0.mediabox[3])
        annots = []
        for i, (author, text) in enumerate(d.get("annots", [])):
            y = ph - 80 - 40 * i
            annots.append(pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([pw - 40, y, pw - 20, y + 20]),
                T=String(plain(author)), Contents=String(plain(text)), Name=Name.Comment,
                M=String(FIXED_DATE), C=Array([1, 0.9, 0.2]), F=4)))
        for i, uri in enumerate(d.get("links", [])):
            y = ph - 60 - 14 * i
            annots.append(pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Link, Rect=Array([56, y, 260, y + 12]), Border=Array([0, 0, 0]),
                A=Dictionary(S=Name.URI, URI=String(plain(uri))))))
        fields = []
        for i, (fname, val) in enumerate(d.get("fields", [])):
            y = 40 + 18 * i
            w = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(fname), V=String(plain(val)),
                Rect=Array([pw - 230, y, pw - 30, y + 14]), F=4, DA=String("/Helv 8 Tf 0 g"),
                P=page0.obj))
            fields.append(w)
            annots.append(w)
        if annots:
            ex = page0.obj.get("/Annots")
            arr = Array(list(ex) if ex is not None else [])
            for a in annots:
                arr.append(a)
            page0.obj["/Annots"] = arr
        if fields:
            pdf.Root["/AcroForm"] = Dictionary(
                Fields=Array(fields), NeedAppearances=True,
                DR=Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                              BaseFont=Name.Helvetica))),
                DA=String("/Helv 8 Tf 0 g"))
        if d.get("outline"):
            with pdf.open_outline() as ol:
                for t in d["outline"]:
                    ol.root.append(pikepdf.OutlineItem(plain(t), 0))
        pdf.save(str(path), deterministic_id=True)


# ----------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------
def source_text(d, npages):
    vis = [plain(s) for s in doc_strings(d)]
    red = [blanked(s) for s in doc_strings(d)]
    for key in ("footer", "header"):
        if d.get(key) and d["producer"] != "scan":
            k = 1 if d["producer"] == "html" else npages
            vis += [plain(d[key])] * k
            red += [blanked(d[key])] * k
    return EV.norm("\n".join(vis)), EV.norm("\n".join(red))


def build_gold(d, pdf: Path, log):
    npages = len(__import__("pypdfium2").PdfDocument(str(pdf)))
    src, red = source_text(d, npages)
    is_scan = d["producer"] == "scan"
    if is_scan:
        with tempfile.TemporaryDirectory() as td:
            entries = EV.ocr_text(pdf, Path(td), list(range(1, npages + 1)))
    else:
        txt, _ = EV.text_pdfium(pdf)
    hm, ho, ha = EV.meta_outline_annots(pdf)
    hidden_ch = {"metadata": hm, "outline": ho, "annotations": ha}
    hid_src = EV.norm("\n".join(plain(s) for s in hidden_strings(d)))
    redact, keep, seen = [], [], set()
    allstr = doc_strings(d) + hidden_strings(d) + [d.get("footer", ""), d.get("header", "")]
    dropped = []
    for s in allstr:
        rs, ks = spans(s)
        for text, kind, probes in rs:
            out = []
            for p in probes:
                if p in seen:
                    continue
                pr = {"text": p, "word": True}
                n_src = EV.count_in(src, pr)
                n_pub = EV.count_in(red, pr)
                if is_scan:
                    n_doc = EV.ocr_count(entries, pr)
                    if n_doc < 1 or n_src == 0:
                        dropped.append(("ocr-miss", p, n_src, n_doc))
                        continue
                    pr["ocr"] = True
                    if n_pub:
                        dropped.append(("ocr-public", p, n_pub, n_doc))
                        continue
                    pr["after"] = 0
                    out.append(pr)
                    seen.add(p)
                    continue
                n_pdf = EV.count_in(txt, pr)
                if n_src == 0:
                    chans = [k for k, v in hidden_ch.items() if EV.count_in(v, pr)]
                    if not chans or EV.count_in(hid_src, pr) == 0:
                        dropped.append(("hidden-miss", p))
                        continue
                    pr["after"] = 0
                    pr["channel"] = chans[0]
                elif n_pdf != n_src:
                    dropped.append(("pdf!=src", p, n_src, n_pdf))
                    continue
                else:
                    pr["after"] = n_pub
                    if n_pub:
                        log.append(f"  {d['name']}: redact probe {p!r} after={n_pub}")
                out.append(pr)
                seen.add(p)
            if out:
                redact.append({"kind": kind, "value": plain(text), "probes": out})
        if is_scan:
            continue
        for text, kind in ks:
            key = ("K", text)
            if key in seen:
                continue
            pr = {"text": text, "word": True}
            n_src, n_pub, n_pdf = EV.count_in(src, pr), EV.count_in(red, pr), EV.count_in(txt, pr)
            if n_pdf != n_src or n_pub == 0:
                dropped.append(("keep", text, n_src, n_pdf, n_pub))
                continue
            pr["after"] = n_pub
            seen.add(key)
            keep.append({"kind": kind, "value": text, "probes": [pr]})
    for x in dropped:
        log.append(f"  {d['name']}: dropped {x}")
    return {"doc": d["name"] + ".pdf", "pages": npages, "producer": d["producer"],
            "redact": redact, "keep": keep}


def build(docs, only=None):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    log = []
    for d in docs:
        if only and d["name"] not in only:
            continue
        out = DOCS / (d["name"] + ".pdf")
        PRODUCERS[d["producer"]](d, out)
        postprocess(d, out)
        g = build_gold(d, out, log)
        (GOLD / (d["name"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{d['name']:6s} {d['producer']:5s} pages={g['pages']} redact={nr} keep={nk} "
              f"size={out.stat().st_size//1024}K", flush=True)
    print("\n".join(log))
