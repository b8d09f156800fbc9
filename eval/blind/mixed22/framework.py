"""Framework for blind set AF (mixed22): markup, renderers, hidden channels, scans, gold.

Markup inside document text:
  [[text]] or [[text|KIND]]   personal data: must be redacted (one redact probe per distinct text)
  {{text}} or {{text|KIND}}   public text a careless tool might black out (one keep probe)
Hidden channels (metadata, outline, annotations, form fields) use the same markup; their probes carry
"channel". Scanned pages' probes carry "ocr": true and are kept only when tesseract reads them on
the original (see build.py).
"""
from __future__ import annotations

import html
import io
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
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402  (norm, probe_regex, count_in, channel extraction)

RX_RED = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]", re.S)
RX_KEEP = re.compile(r"\{\{(.+?)(?:\|([A-Z_]+))?\}\}", re.S)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def strip(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def ideal(s: str) -> str:
    """Text after an ideal redaction: every [[...]] span becomes a box."""
    s = RX_RED.sub(" \u25a0 ", s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def plain(s: str) -> str:
    """Markup text (possibly HTML) to plain text for counting."""
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<style.*?</style>", " ", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


# ----------------------------------------------------------------------------------------------
# block model (shared by reportlab, docx, fpdf renderers)
#   ("h1", t) ("h2", t) ("p", t) ("small", t) ("sp", pts) ("pb",)
#   ("table", rows, {"widths": [...mm], "header": True, "size": 8})
#   ("kv", rows, {"widths": [...]})   borderless two/three column table
#   ("comment", anchor_markup, comment_markup, author, initials)   docx only: Word comment
# ----------------------------------------------------------------------------------------------
def blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small", "mono"):
            out.append(b[1])
        elif k in ("table", "kv"):
            for row in b[1]:
                out.append("\n".join(str(c) for c in row))
        elif k == "comment":
            out.append(b[1])
        elif k == "cols":
            out.append(blocks_text(b[1]))
            out.append(blocks_text(b[2]))
    return "\n".join(out)


def comments_text(blocks) -> str:
    """Word comments: LibreOffice exports them as PDF annotations (/T author, /Contents text)."""
    return "\n".join(f"{b[2]}\n{b[3]}" for b in blocks if b[0] == "comment")


def bsn(seed: int) -> str:
    rnd = random.Random(seed * 7919 + 13)
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
        if (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def iban(bank: str, seed: int, grouped=True) -> str:
    rnd = random.Random(seed * 104729 + 7)
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    conv = lambda s: "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(conv(bank + acct + "NL00")) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- reportlab
_RL_FONTS = False


def _rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                    ("DV-I", "DejaVuSans-Oblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                    ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                    ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                    ("DVM", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-B")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS-I")
    addMapping("DVS", 1, 1, "DVS-B")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B"); addMapping("DVC", 0, 1, "DVC")
    addMapping("DVC", 1, 1, "DVC-B")
    _RL_FONTS = True


def _x(s: str) -> str:
    """strip markup and make reportlab-paragraph safe (keeps <b>, <i>, <br/>, <font>)."""
    s = strip(s)
    s = re.sub(r"&(?![a-z]+;|#\d+;)", "&amp;", s)
    return s.replace("\n", "<br/>")


def render_reportlab(spec, out: Path):
    _rl_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak)

    ps = landscape(A4) if spec.get("landscape") else A4
    font = spec.get("font", "DV")
    fs = spec.get("size", 9.5)
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=fs, leading=fs * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=fs - 2, leading=(fs - 2) * 1.25, spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=font, fontSize=fs + 5, leading=(fs + 5) * 1.25, spaceAfter=6,
                             spaceBefore=2, textColor=colors.HexColor(spec.get("color", "#1f3864"))),
        "h2": ParagraphStyle("h2", fontName=font, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3, spaceAfter=3,
                             spaceBefore=6),
        "mono": ParagraphStyle("m", fontName="DVM", fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3),
    }
    for k in ("h1", "h2"):
        st[k].fontName = font + "-B" if font in ("DV", "DVS", "DVC") else font

    def cell(c, size):
        return Paragraph(_x(str(c)), ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.2))

    def flow(blocks, width):
        fl = []
        for b in blocks:
            k = b[0]
            if k in ("p", "small", "h1", "h2", "mono"):
                fl.append(Paragraph(_x(b[1]), st[k]))
            elif k == "sp":
                fl.append(Spacer(1, b[1] if len(b) > 1 else 6))
            elif k == "pb":
                fl.append(PageBreak())
            elif k in ("table", "kv"):
                o = b[2] if len(b) > 2 else {}
                size = o.get("size", fs - 1)
                rows = [[cell(c, size) for c in r] for r in b[1]]
                ws = [w * mm for w in o["widths"]] if "widths" in o else None
                t = Table(rows, colWidths=ws, repeatRows=1 if o.get("header", k == "table") else 0)
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
                if k == "table":
                    sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
                    if o.get("header", True):
                        sty += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
                t.setStyle(TableStyle(sty))
                fl.append(t)
                fl.append(Spacer(1, 5))
            elif k == "cols":
                lw = b[3] if len(b) > 3 else 0.62
                left = flow(b[1], width * lw - 6)
                right = flow(b[2], width * (1 - lw) - 6)
                t = Table([[left, right]], colWidths=[width * lw, width * (1 - lw)])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                fl.append(t)
        return fl

    footer = strip(spec.get("footer", ""))
    header = strip(spec.get("header", ""))

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 7)
        if footer:
            y = 12 * mm
            for line in footer.split("\n"):
                canv.drawString(18 * mm, y, line)
                y -= 3.2 * mm
            canv.drawRightString(ps[0] - 18 * mm, 12 * mm, f"{doc.page}")
        if header:
            canv.drawString(18 * mm, ps[1] - 11 * mm, header)
        canv.restoreState()

    m = 18 * mm
    doc = BaseDocTemplate(str(out), pagesize=ps, leftMargin=m, rightMargin=m, topMargin=16 * mm,
                          bottomMargin=22 * mm, title=strip(spec.get("title", "")),
                          author=strip(spec.get("author", "")), creator=spec.get("creator", ""),
                          subject=strip(spec.get("subject", "")), invariant=1)
    W = ps[0] - 2 * m
    H = ps[1] - 38 * mm
    if spec.get("columns", 1) == 2:
        gap = 7 * mm
        cw = (W - gap) / 2
        frames = [Frame(m, 22 * mm, cw, H, id="c1"), Frame(m + cw + gap, 22 * mm, cw, H, id="c2")]
        story = flow(spec.get("pre", []), W)
        if story:
            # first page: full-width head, then two columns
            from reportlab.platypus import NextPageTemplate  # noqa
        fw = cw
    else:
        frames = [Frame(m, 22 * mm, W, H, id="f")]
        fw = W
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    story = flow(spec.get("pre", []), fw) + flow(spec["blocks"], fw)
    doc.build(story)


# ---------------------------------------------------------------- chromium (HTML)
BASE_CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; }
table { border-collapse: collapse; }
td, th { vertical-align: top; text-align: left; }
table.grid td, table.grid th { border: 0.6pt solid #888; padding: 2pt 3pt; font-size: 8.5pt; }
table.grid th { background: #e3e8ef; }
h1 { font-size: 14pt; margin: 0 0 6pt 0; } h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
.small { font-size: 7.5pt; color: #333; }
"""


def render_html(spec, out: Path):
    body = strip(spec["html"])
    css = BASE_CSS + spec.get("css", "")
    doc = (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(strip(spec.get('title', '')))}"
           f"</title><style>{css}</style></head><body>{body}</body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        src.write_text(doc, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                        f"--print-to-pdf={out}", src.as_uri()],
                       capture_output=True, timeout=180, check=True)


# ---------------------------------------------------------------- python-docx -> LibreOffice
def render_docx(spec, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = spec.get("docx_font", "Liberation Sans")
    stl.font.size = Pt(spec.get("size", 10))
    sec = d.sections[0]
    if spec.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    for a in ("left_margin", "right_margin"):
        setattr(sec, a, Mm(20))
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
    if spec.get("header"):
        sec.header.paragraphs[0].text = strip(spec["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = strip(spec["footer"])
        for r in fp.runs:
            r.font.size = Pt(7.5)
    cp = d.core_properties
    cp.author = strip(spec.get("author", ""))
    cp.last_modified_by = strip(spec.get("last_modified_by", ""))
    cp.title = strip(spec.get("title", ""))
    cp.comments = ""
    cp.subject = strip(spec.get("subject", ""))

    def add_runs(p, text, size=None, bold=False):
        parts = re.split(r"(<b>.*?</b>|<i>.*?</i>)", strip(text))
        runs = []
        for part in parts:
            if not part:
                continue
            b = part.startswith("<b>")
            i = part.startswith("<i>")
            t = re.sub(r"</?[bi]>", "", part)
            segs = t.split("\n")
            for j, sg in enumerate(segs):
                r = p.add_run(sg)
                r.bold = b or bold
                r.italic = i
                if size:
                    r.font.size = Pt(size)
                if j < len(segs) - 1:
                    r.add_break()
                runs.append(r)
        return runs

    def set_cell_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{e}")
            el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "808080")
            borders.append(el)
        tblPr.append(borders)

    for b in spec["blocks"]:
        k = b[0]
        if k == "h1":
            p = d.add_paragraph(); add_runs(p, b[1], size=15, bold=True)
        elif k == "h2":
            p = d.add_paragraph(); add_runs(p, b[1], size=11.5, bold=True)
        elif k == "p":
            p = d.add_paragraph(); add_runs(p, b[1])
        elif k == "small":
            p = d.add_paragraph(); add_runs(p, b[1], size=8)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "comment":
            p = d.add_paragraph()
            runs = add_runs(p, b[1])
            d.add_comment(runs, text=strip(b[2]), author=strip(b[3]), initials=strip(b[4]))
        elif k in ("table", "kv"):
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                set_cell_borders(t)
            t.autofit = False
            if "widths" in o:
                for j, w in enumerate(o["widths"]):
                    t.columns[j].width = Mm(w)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cl = t.cell(i, j)
                    if "widths" in o:
                        cl.width = Mm(o["widths"][j])
                    add_runs(cl.paragraphs[0], str(c), size=o.get("size", 9),
                             bold=(k == "table" and i == 0 and o.get("header", True)))
            d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        d.save(src)
        _soffice(src, out, td)


def _soffice(src: Path, out: Path, td):
    prof = Path(td) / "profile"
    filt = ('pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
            if src.suffix == ".docx" else "pdf")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", filt,
                    "--outdir", str(td), str(src)], capture_output=True, timeout=240, check=True)
    shutil.move(str(Path(td) / (src.stem + ".pdf")), out)


# ---------------------------------------------------------------- openpyxl -> LibreOffice Calc
def render_xlsx(spec, out: Path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec.get("sheet", "Blad1")
    thin = Side(style="thin", color="999999")
    r0 = 1
    for line in spec.get("top", []):
        ws.cell(row=r0, column=1, value=strip(line)).font = Font(bold=(r0 == 1), size=12 if r0 == 1 else 9)
        r0 += 1
    r0 += 0
    rows = spec["rows"]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=r0 + i, column=j + 1, value=strip(str(v)))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.font = Font(size=spec.get("font_size", 8), bold=(i == 0))
            if i == 0:
                c.fill = PatternFill("solid", fgColor="DCE6F1")
    for j, w in enumerate(spec["widths"]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    ws.page_setup.orientation = "landscape" if spec.get("landscape", True) else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{r0}:{r0}"
    if spec.get("header"):
        ws.oddHeader.center.text = strip(spec["header"])
    if spec.get("footer"):
        ws.oddFooter.left.text = strip(spec["footer"])
    ws.oddFooter.right.text = "Pagina &P van &N"
    wb.properties.creator = strip(spec.get("author", ""))
    wb.properties.lastModifiedBy = strip(spec.get("last_modified_by", ""))
    wb.properties.title = strip(spec.get("title", ""))
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".xlsx")
        wb.save(src)
        _soffice(src, out, td)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(spec, out: Path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if spec.get("landscape") else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DVM", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_margins(16, 15, 16)
    pdf.set_auto_page_break(True, 18)
    footer = strip(spec.get("footer", ""))

    class P(FPDF):
        pass

    pdf.add_page()
    if spec.get("title"):
        pdf.set_title(strip(spec["title"]))
    if spec.get("author"):
        pdf.set_author(strip(spec["author"]))
    fs = spec.get("size", 9.5)
    for b in spec["blocks"]:
        k = b[0]
        if k == "h1":
            pdf.set_font("DV", "B", fs + 4); pdf.multi_cell(0, 7, strip(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "h2":
            pdf.set_font("DV", "B", fs + 1); pdf.multi_cell(0, 5.5, strip(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small", "mono"):
            pdf.set_font("DVM" if k == "mono" else "DV", "", fs - (2 if k == "small" else 0))
            pdf.multi_cell(0, 4.6 if k != "small" else 3.8, strip(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "sp":
            pdf.ln(b[1] if len(b) > 1 else 4)
        elif k == "hr":
            y = pdf.get_y(); pdf.line(16, y, pdf.w - 16, y); pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
        elif k in ("table", "kv"):
            o = b[2] if len(b) > 2 else {}
            pdf.set_font("DV", "", o.get("size", fs - 1))
            rows = [[strip(str(c)) for c in r] for r in b[1]]
            with pdf.table(col_widths=o.get("widths"), line_height=4.2,
                           borders_layout="ALL" if k == "table" else "NONE",
                           first_row_as_headings=(k == "table" and o.get("header", True)),
                           text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    if footer:
        pdf.set_auto_page_break(False)
        for i in range(1, pdf.page + 1):
            pdf.page = i
            pdf.set_y(-14)
            pdf.set_x(16)
            pdf.set_font("DV", "", 7)
            pdf.multi_cell(0, 3.2, footer, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# ---------------------------------------------------------------- paper form (to be filled in by hand)
FORM_TOP, FORM_ROW, FORM_VX = 78, 11.5, 80


def render_form(spec, out: Path):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    H = A4[1]
    c.setFont("DV-B", 15)
    c.drawString(20 * mm, H - 22 * mm, strip(spec["org"]))
    c.setFont("DV-B", 12)
    c.drawString(20 * mm, H - 32 * mm, strip(spec["form_title"]))
    c.setFont("DV", 8.5)
    y = H - 40 * mm
    for line in spec.get("intro", []):
        c.drawString(20 * mm, y, strip(line))
        y -= 4.2 * mm
    for i, (label, _) in enumerate(spec["fields"]):
        top = FORM_TOP + i * FORM_ROW
        c.setFont("DV", 9)
        c.drawString(20 * mm, H - (top + 6.5) * mm, strip(label))
        c.rect((FORM_VX - 2) * mm, H - (top + 9) * mm, 112 * mm, 9 * mm)
    y = H - (FORM_TOP + len(spec["fields"]) * FORM_ROW + 8) * mm
    c.setFont("DV", 8.5)
    for line in spec.get("outro", []):
        c.drawString(20 * mm, y, strip(line))
        y -= 4.2 * mm
    c.setFont("DV", 7)
    c.drawString(20 * mm, 12 * mm, strip(spec.get("footer", "")))
    c.showPage()
    c.save()


def form_handwriting(spec):
    return [(FORM_VX + 1, FORM_TOP + i * FORM_ROW + 1.8, v) for i, (_, v) in enumerate(spec["fields"]) if v]


# ---------------------------------------------------------------- post-processing
def ghostscript(path: Path):
    tmp = path.with_suffix(".gs.pdf")
    subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                    "-dCompatibilityLevel=1.6", f"-sOutputFile={tmp}", str(path)],
                   capture_output=True, timeout=240, check=True)
    tmp.replace(path)


def _annots(page):
    from pikepdf import Array
    if "/Annots" not in page.obj:
        page.obj.Annots = Array()
    return page.obj.Annots


def add_hidden(path: Path, hid: dict):
    """Metadata, XMP, outline, sticky notes (/T author), mailto links, form fields via pikepdf."""
    import pikepdf
    from pikepdf import Dictionary, Array, Name, String

    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    meta = hid.get("meta", {})
    if meta:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            for k, v in meta.items():
                if k == "Author":
                    xmp["dc:creator"] = [strip(v)]
                elif k == "Title":
                    xmp["dc:title"] = strip(v)
        for k, v in meta.items():
            pdf.docinfo[Name("/" + k)] = String(strip(v))
    if hid.get("outline"):
        with pdf.open_outline() as ol:
            ol.root.clear()
            for title, pg in hid["outline"]:
                ol.root.append(pikepdf.OutlineItem(strip(title), pg))
    for pg, author, text, rect in hid.get("notes", []):
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                         T=String(strip(author)), Contents=String(strip(text)),
                                         Name=Name.Comment, C=Array([1, 0.85, 0.2]),
                                         M=String("D:20250312101500+01'00'")))
        _annots(page).append(a)
    for pg, rect, uri in hid.get("links", []):
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect),
                                         Border=Array([0, 0, 0]),
                                         A=Dictionary(S=Name.URI, URI=String(strip(uri)))))
        _annots(page).append(a)
    fields = hid.get("fields", [])
    if fields:
        font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                            Encoding=Name.WinAnsiEncoding))
        farr = Array()
        for pg, name, value, rect in fields:
            page = pdf.pages[pg]
            val = strip(value)
            w = rect[2] - rect[0]; h = rect[3] - rect[1]
            ap = pdf.make_stream(
                f"/Tx BMC q BT /Helv 8 Tf 2 {h/2-3:.1f} Td ({val}) Tj ET Q EMC".encode("latin-1"),
                Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, w, h]),
                Resources=Dictionary(Font=Dictionary(Helv=font)))
            f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                             T=String(strip(name)), V=String(val), Rect=Array(rect),
                                             DA=String("/Helv 8 Tf 0 g"), F=4, P=page.obj,
                                             AP=Dictionary(N=ap)))
            _annots(page).append(f)
            farr.append(f)
        pdf.Root.AcroForm = Dictionary(Fields=farr, DA=String("/Helv 8 Tf 0 g"),
                                       DR=Dictionary(Font=Dictionary(Helv=font)))
    pdf.save(str(path), deterministic_id=True)


def hidden_text(hid: dict) -> dict:
    """channel -> markup text of everything hidden."""
    ch = {"metadata": [], "outline": [], "annotations": []}
    for k, v in hid.get("meta", {}).items():
        ch["metadata"].append(v)
    for t, _ in hid.get("outline", []):
        ch["outline"].append(t)
    for _, a, t, _ in hid.get("notes", []):
        ch["annotations"] += [a, t]
    for _, _, u in hid.get("links", []):
        ch["annotations"].append(u)
    for _, n, v, _ in hid.get("fields", []):
        ch["annotations"] += [n, v]
    return {k: "\n".join(v) for k, v in ch.items() if v}


# ---------------------------------------------------------------- scans
def scanify(src_pdf: Path, out: Path, seed: int, dpi=200, rot=0.6, stamp=None, signature=None,
            handwriting=None):
    """Render a born-digital page to a noisy, slightly rotated grayscale image-only PDF.
    stamp: (text_lines, (x_mm, y_mm)); signature: (x_mm, y_mm, w_mm) scribble;
    handwriting: list of (x_mm, y_mm, text) written in a pen-like hand on top (page 1)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"],
                       check=True, capture_output=True)
        pages = []
        for i, png in enumerate(sorted(Path(td).glob("p*.png"))):
            im = Image.open(png).convert("L")
            px = dpi / 25.4
            dr = ImageDraw.Draw(im)
            if i == 0 and handwriting:
                hf = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), int(3.6 * px))
                for x, y, t in handwriting:
                    t = strip(t)
                    cx = x * px
                    for ch in t:
                        dy = rnd.uniform(-0.25, 0.25) * px
                        dr.text((cx, y * px + dy), ch, font=hf, fill=rnd.randint(20, 70))
                        cx += hf.getlength(ch) * rnd.uniform(1.0, 1.08)
            if i == 0 and signature:
                x, y, w = signature
                pts = []
                for k in range(40):
                    pts.append(((x + w * k / 40) * px, (y + 4 * np.sin(k * 0.9 + rnd.random()) + rnd.uniform(-1, 1)) * px))
                dr.line(pts, fill=30, width=3)
                dr.line([((x + 2) * px, (y + 6) * px), ((x + w * 0.8) * px, (y + 5) * px)], fill=40, width=2)
            if i == 0 and stamp:
                lines, (x, y) = stamp
                sf = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), int(3.4 * px))
                wbox = max(sf.getlength(l) for l in lines) + 4 * px
                hbox = len(lines) * 4.8 * px + 3 * px
                st = Image.new("L", (int(wbox), int(hbox)), 255)
                sd = ImageDraw.Draw(st)
                sd.rectangle([2, 2, wbox - 3, hbox - 3], outline=90, width=5)
                for j, l in enumerate(lines):
                    sd.text((2 * px, 1.5 * px + j * 4.8 * px), l, font=sf, fill=90)
                st = st.rotate(-4, expand=True, fillcolor=255)
                im.paste(Image.fromarray(np.minimum(np.array(im.crop((int(x * px), int(y * px), int(x * px) + st.width, int(y * px) + st.height))), np.array(st))), (int(x * px), int(y * px)))
            im = im.rotate(rot + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
            a = np.array(im).astype(np.int16)
            nrng = np.random.default_rng(seed + i)
            a = a + nrng.normal(0, 9, a.shape).astype(np.int16)
            speck = nrng.random(a.shape) < 0.0008
            a[speck] = 40
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.45))
            pages.append(im)
        pages[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=55)
