"""Generate blind evaluation set O ("mixed5"): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python generate.py [ID ...]

The documents live in docs_*.py as a small text format (see parse_doc) with inline markup:

    [[text]]            personal data (PERSON) that must be redacted
    [[text|KIND]]       personal data of another kind (EM TEL IBAN BSN ADR DOB KEN PAR PER)
    [[text|KIND|a;b]]   ... with explicit probes a and b instead of the text itself
    {text|KIND}         public text that must stay readable (kinds: see KEEP_KINDS)
    {text|KIND|probe}   ... with an explicit probe

`after` is counted with the evaluator's own norm/probe_regex: for a redact probe, its occurrences in
the source text with every redact span blanked (normally 0); for a keep probe, its occurrences in the
source text (a keep probe may not touch a redact span). Every probe must then occur in the PDFium
text of the rendered PDF exactly as often as in the source text; otherwise generation fails.
"""
from __future__ import annotations

import html
import importlib.util
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
EVALUATOR = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))
_spec = importlib.util.spec_from_file_location("woo_evaluate", EVALUATOR)
EV = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(EV)
norm, probe_regex, text_pdfium = EV.norm, EV.probe_regex, EV.text_pdfium

REDACT_KINDS = {"PER": "PERSON", "EM": "EMAIL_ADDRESS", "TEL": "PHONE_NUMBER", "IBAN": "IBAN_CODE",
                "BSN": "NL_BSN", "ADR": "ADDRESS", "DOB": "DATE_OF_BIRTH", "KEN": "LICENSE_PLATE",
                "PAR": "PARAPH"}
KEEP_KINDS = {"OF": "OFFICIAL", "O": "ORG", "P": "PLACE", "L": "LAW", "PR": "PROGRAM", "T": "TERM",
              "A": "ACRONYM", "M": "FUNCTIONAL_EMAIL", "S": "SERVICE_NUMBER", "AD": "OFFICE_ADDRESS",
              "TI": "TITLE", "D": "DATE", "C": "CASE_NUMBER", "PROD": "PRODUCT"}

RX_RED = re.compile(r"\[\[(.+?)(?:\|([A-Z]+))?(?:\|(.+?))?\]\]")
RX_KEEP = re.compile(r"\{([^{}]+?)\|([A-Z]+)(?:\|([^{}]+?))?\}")


# ------------------------------------------------------------------------------------------------
# invented identifiers
# ------------------------------------------------------------------------------------------------
def bsn(seed: int) -> str:
    """A 9-digit number that passes the 11-proef (invented)."""
    r = random.Random(seed)
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban(seed: int, bank: str = "INGB", spaced: bool = True) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    s = "NL" + _iban_check("NL", bban) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def iban_typo(seed: int, bank: str = "RABO") -> str:
    """A valid IBAN with one digit of the account changed: the checksum fails (a typing error)."""
    good = iban(seed, bank)
    chars = list(good)
    i = len(chars) - 2  # a digit of the account number
    chars[i] = str((int(chars[i]) + 3) % 10)
    bad = "".join(chars)
    assert not iban_valid(bad)
    return bad


# ------------------------------------------------------------------------------------------------
# the document model
# ------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, id, producer, src, *, title="", author=None, font="sans", cols=1, landscape=False,
                 allow=()):
        self.id, self.producer, self.title, self.author = id, producer, title, author
        self.font, self.cols, self.landscape, self.allow = font, cols, landscape, set(allow)
        self.blocks = parse_doc(src)


def parse_doc(src: str) -> list:
    """Blocks from the text format: '# h1', '## h2', '> pre line' (grouped), '| a | b |' table rows
    (grouped; '%w 20 30 50' before a table gives widths, '%nohead' a table without header row),
    '~ key | value' borderless key/value rows (grouped), '!pb' page break, '!small' small text for
    the next paragraph, '!sig' a signature line; anything else: paragraphs separated by blank lines."""
    blocks, para, opts = [], [], {}

    def flush():
        if para:
            blocks.append(("p", " ".join(para), opts.pop("small", False)))
            para.clear()

    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        s = line.lstrip()
        if s.startswith("# "):
            flush(); blocks.append(("h1", s[2:]))
        elif s.startswith("## "):
            flush(); blocks.append(("h2", s[3:]))
        elif s.startswith(">"):
            flush()
            t = s[2:] if s.startswith("> ") else s[1:]
            if blocks and blocks[-1][0] == "pre":
                blocks[-1][1].append(t)
            else:
                blocks.append(("pre", [t]))
        elif s.startswith("| "):
            flush()
            cells = [c.strip() for c in s[2:].rstrip("|").rstrip().split(" | ")]
            if blocks and blocks[-1][0] == "table" and not opts.get("newtable"):
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells], opts.pop("w", None), not opts.pop("nohead", False)))
                opts.pop("newtable", None)
        elif s.startswith("~ "):
            flush()
            cells = [c.strip() for c in s[2:].split(" | ")]
            if blocks and blocks[-1][0] == "kv":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("kv", [cells], opts.pop("w", None)))
        elif s.startswith("%w "):
            flush(); opts["w"] = [float(x) for x in s[3:].split()]; opts["newtable"] = True
        elif s == "%nohead":
            flush(); opts["nohead"] = True; opts["newtable"] = True
        elif s == "%new":
            flush(); opts["newtable"] = True
        elif s == "!pb":
            flush(); blocks.append(("pb",))
        elif s.startswith("!sig"):
            flush(); blocks.append(("sig", int(s[4:].strip() or 1)))
        elif s == "!small":
            flush(); opts["small"] = True
        else:
            if re.match(r"(- |\d+\. |\u2022 )", s):
                flush()
            para.append(s)
    flush()
    return blocks


def strip_markup(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def blank_markup(s: str) -> str:
    """Source text after an ideal redaction: redact spans become a box character."""
    s = RX_RED.sub("\u2588", s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def block_texts(doc: Doc) -> list[str]:
    out = []
    for b in doc.blocks:
        if b[0] in ("h1", "h2", "p"):
            out.append(b[1])
        elif b[0] == "pre":
            out.extend(b[1])
        elif b[0] in ("table", "kv"):
            for row in b[1]:
                out.extend(row)
    return out


# ------------------------------------------------------------------------------------------------
# renderers: each takes (doc, plain(str)->str mapping of markup, out path)
# ------------------------------------------------------------------------------------------------
FONTS = {
    "sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
             "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "condensed": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                  "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
             "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
CSS_FONT = {"sans": "'Liberation Sans', Arial, sans-serif", "serif": "'Liberation Serif', serif",
            "dejavu": "'DejaVu Sans', sans-serif", "condensed": "'DejaVu Sans Condensed', sans-serif",
            "mono": "'DejaVu Sans Mono', monospace"}
LO_FONT = {"sans": "Liberation Sans", "serif": "Liberation Serif", "dejavu": "DejaVu Sans",
           "condensed": "DejaVu Sans Condensed", "mono": "DejaVu Sans Mono"}


def signature_png(seed: int) -> Path:
    """A handwritten-looking signature (a scribble, no letters) as a PNG; deterministic per seed."""
    from PIL import Image, ImageDraw
    import math
    path = Path(tempfile.gettempdir()) / f"mixed5-sig-{seed}.png"
    if path.exists():
        return path
    r = random.Random(seed)
    img = Image.new("RGB", (600, 180), "white")
    dr = ImageDraw.Draw(img)
    pts, x = [], 30.0
    amp, freq, ph = r.uniform(35, 55), r.uniform(0.05, 0.09), r.uniform(0, 6)
    while x < 560:
        y = 95 + amp * math.sin(freq * x + ph) * math.cos(0.013 * x) + r.uniform(-6, 6)
        pts.append((x, y))
        x += r.uniform(3, 7)
    dr.line(pts, fill=(20, 30, 110), width=5, joint="curve")
    for _ in range(2):
        a, b = r.uniform(60, 250), r.uniform(300, 540)
        dr.line([(a, r.uniform(40, 70)), ((a + b) / 2, r.uniform(120, 160)), (b, r.uniform(50, 90))],
                fill=(20, 30, 110), width=4, joint="curve")
    img.save(path)
    return path


def render_reportlab(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    reg, bold = FONTS[doc.font]
    fn, fb = f"F-{doc.font}", f"FB-{doc.font}"
    pdfmetrics.registerFont(TTFont(fn, reg))
    pdfmetrics.registerFont(TTFont(fb, bold))
    size = 8.6 if doc.font == "mono" else 9.6
    st = {
        "p": ParagraphStyle("p", fontName=fn, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=fn, fontSize=7.5, leading=9.5, spaceAfter=3),
        "pre": ParagraphStyle("pre", fontName=fn, fontSize=size, leading=size * 1.25, spaceAfter=0),
        "h1": ParagraphStyle("h1", fontName=fb, fontSize=13.5, leading=17, spaceAfter=7),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=fn, fontSize=8.2, leading=10),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=8.2, leading=10),
    }
    pagesize = landscape(A4) if doc.landscape else A4
    e = lambda t: html.escape(strip_markup(t), quote=False)
    story = []
    for b in doc.blocks:
        k = b[0]
        if k in ("h1", "h2"):
            story.append(Paragraph(e(b[1]), st[k]))
        elif k == "p":
            story.append(Paragraph(e(b[1]), st["small" if b[2] else "p"]))
        elif k == "pre":
            for ln in b[1]:
                story.append(Paragraph(e(ln) or "&nbsp;", st["pre"]))
            story.append(Spacer(1, 5))
        elif k in ("table", "kv"):
            rows, widths = b[1], b[2]
            head = k == "table" and b[3]
            data = [[Paragraph(e(c), st["cellb" if (head and i == 0) or (k == "kv" and j == 0) else "cell"])
                     for j, c in enumerate(r)] for i, r in enumerate(rows)]
            avail = (pagesize[0] - 40 * mm) / doc.cols - (4 * mm if doc.cols > 1 else 0)
            ncol = max(len(r) for r in rows)
            w = widths or [1] * ncol
            cw = [avail * x / sum(w) for x in w]
            t = Table(data, colWidths=cw, repeatRows=1 if head else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if k == "table":
                style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
                if head:
                    style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif k == "sig":
            from reportlab.platypus import Image as RLImage
            story.append(RLImage(str(signature_png(b[1])), width=45 * mm, height=13.5 * mm, hAlign="LEFT"))
        elif k == "pb":
            story.append(PageBreak())

    def footer(canvas, d):
        canvas.saveState()
        canvas.setFont(fn, 7.5)
        canvas.drawRightString(pagesize[0] - 20 * mm, 10 * mm, f"Pagina {d.page}")
        canvas.restoreState()

    bd = BaseDocTemplate(str(out), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title,
                         author=doc.author or "", creator="Microsoft Word - sjabloon", invariant=1)
    if doc.cols == 2:
        gap = 8 * mm
        w = (bd.width - gap) / 2
        frames = [Frame(bd.leftMargin, bd.bottomMargin, w, bd.height, id="c1"),
                  Frame(bd.leftMargin + w + gap, bd.bottomMargin, w, bd.height, id="c2")]
    else:
        frames = [Frame(bd.leftMargin, bd.bottomMargin, bd.width, bd.height, id="f")]
    bd.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=footer)])
    bd.build(story)


def render_fpdf(doc: Doc, out: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L" if doc.landscape else "P", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1, 9, 0, 0))
    reg, bold = FONTS[doc.font]
    pdf.add_font("F", "", reg)
    pdf.add_font("F", "B", bold)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    if doc.title:
        pdf.set_title(doc.title)
    if doc.author:
        pdf.set_author(doc.author)
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    size = 8.6 if doc.font == "mono" else 9.6
    pl = lambda t: strip_markup(t)
    for b in doc.blocks:
        k = b[0]
        if k == "h1":
            pdf.set_font("F", "B", 13.5)
            pdf.multi_cell(0, 7, pl(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h2":
            pdf.ln(1.5)
            pdf.set_font("F", "B", 10.5)
            pdf.multi_cell(0, 5.5, pl(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif k == "p":
            pdf.set_font("F", "", 7.5 if b[2] else size)
            pdf.multi_cell(0, 4.6 if not b[2] else 3.6, pl(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif k == "pre":
            pdf.set_font("F", "", size)
            for ln in b[1]:
                pdf.multi_cell(0, 4.4, pl(ln) or " ", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k in ("table", "kv"):
            rows, widths = b[1], b[2]
            ncol = max(len(r) for r in rows)
            w = widths or [1] * ncol
            pdf.set_font("F", "", 8.2)
            head = k == "table" and b[3]
            kw = dict(col_widths=tuple(w), text_align="LEFT", line_height=4.2,
                      first_row_as_headings=head, padding=1)
            if k == "kv":
                kw["borders_layout"] = "NONE"
            else:
                kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=(221, 228, 238))
            with pdf.table(**kw) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(pl(c))
            pdf.ln(2.5)
        elif k == "sig":
            pdf.image(str(signature_png(b[1])), w=45, h=13.5)
            pdf.ln(1)
        elif k == "pb":
            pdf.add_page()
    pdf.output(str(out))


def to_docx(doc: Doc, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt

    d = docx.Document()
    fam = LO_FONT[doc.font]
    for sname in ("Normal", "Heading 1", "Heading 2", "Table Grid"):
        s = d.styles[sname]
        s.font.name = fam
        rpr = s.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), fam)
    d.styles["Normal"].font.size = Pt(9.5)
    d.styles["Heading 1"].font.size = Pt(14)
    d.styles["Heading 2"].font.size = Pt(11)
    for sname in ("Heading 1", "Heading 2"):
        d.styles[sname].font.color.rgb = None
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    if doc.cols == 2:
        cols = sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols"); sec._sectPr.append(cols)
        cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "454")
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title
    d.core_properties.last_modified_by = doc.author or ""
    pl = strip_markup
    avail = (277 if doc.landscape else 170) / doc.cols

    def tight(p, after=0):
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(0)

    for b in doc.blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(pl(b[1]), level=1)
        elif k == "h2":
            d.add_heading(pl(b[1]), level=2)
        elif k == "p":
            p = d.add_paragraph(pl(b[1]))
            tight(p, 5)
            if b[2]:
                for r in p.runs:
                    r.font.size = Pt(7.5)
        elif k == "pre":
            for i, ln in enumerate(b[1]):
                p = d.add_paragraph(pl(ln))
                tight(p, 6 if i == len(b[1]) - 1 else 0)
        elif k in ("table", "kv"):
            rows, widths = b[1], b[2]
            ncol = max(len(r) for r in rows)
            w = widths or [1] * ncol
            t = d.add_table(rows=len(rows), cols=ncol)
            if k == "table":
                t.style = d.styles["Table Grid"]
            t.autofit = False
            for i, r in enumerate(rows):
                for j in range(ncol):
                    c = t.cell(i, j)
                    c.width = Mm(avail * w[j] / sum(w))
                    c.text = pl(r[j]) if j < len(r) else ""
                    for p in c.paragraphs:
                        tight(p)
                        for run in p.runs:
                            run.font.size = Pt(8.5)
                            if (k == "table" and b[3] and i == 0) or (k == "kv" and j == 0):
                                run.bold = True
            tight(d.add_paragraph(""), 2)
        elif k == "sig":
            d.add_picture(str(signature_png(b[1])), width=Mm(45))
        elif k == "pb":
            d.add_page_break()
    d.save(str(path))


def to_html(doc: Doc, for_lo: bool = False) -> str:
    e = lambda t: html.escape(strip_markup(t), quote=False)
    font = CSS_FONT[doc.font]
    css = f"""
    @page {{ size: A4{' landscape' if doc.landscape else ''}; margin: 18mm 20mm; }}
    body {{ font-family: {font}; font-size: 9.5pt; line-height: 1.3; }}
    h1 {{ font-size: 14pt; margin: 0 0 8px 0; }} h2 {{ font-size: 11pt; margin: 10px 0 4px 0; }}
    p {{ margin: 0 0 6px 0; }} p.small {{ font-size: 7.5pt; }}
    div.pre p {{ margin: 0; }} div.pre {{ margin-bottom: 7px; }}
    table {{ border-collapse: collapse; width: 100%; margin-bottom: 8px; table-layout: fixed; }}
    table.grid td, table.grid th {{ border: 0.6pt solid #000; padding: 2px 3px; vertical-align: top;
      font-size: 8.3pt; text-align: left; }}
    table.grid th {{ background: #dde4ee; }}
    table.kv td {{ padding: 1px 4px 1px 0; vertical-align: top; font-size: 9pt; }}
    table.kv td:first-child {{ font-weight: bold; }}
    .cols {{ column-count: 2; column-gap: 8mm; }}
    .pb {{ page-break-after: always; }}
    """
    parts = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(doc.title)}</title>"]
    if doc.author:
        parts.append(f"<meta name='author' content='{html.escape(doc.author)}'>")
    parts.append(f"<style>{css}</style></head><body>")
    if doc.cols == 2:
        parts.append("<div class='cols'>")
    for b in doc.blocks:
        k = b[0]
        if k in ("h1", "h2"):
            parts.append(f"<{k}>{e(b[1])}</{k}>")
        elif k == "p":
            parts.append(f"<p{' class=small' if b[2] else ''}>{e(b[1])}</p>")
        elif k == "pre":
            parts.append("<div class='pre'>" + "".join(f"<p>{e(ln) or '&nbsp;'}</p>" for ln in b[1]) + "</div>")
        elif k in ("table", "kv"):
            rows, widths = b[1], b[2]
            ncol = max(len(r) for r in rows)
            w = widths or [1] * ncol
            cls = "grid" if k == "table" else "kv"
            border = " border='1' cellpadding='2' cellspacing='0'" if (for_lo and k == "table") else ""
            if for_lo:
                border += " width='100%'"
            parts.append(f"<table class='{cls}'{border}><colgroup>" +
                         "".join(f"<col width='{100 * x / sum(w):.0f}%'>" for x in w) + "</colgroup>")
            for i, r in enumerate(rows):
                tag = "th" if (k == "table" and b[3] and i == 0) else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            parts.append("</table>")
        elif k == "sig":
            import base64
            data = base64.b64encode(signature_png(b[1]).read_bytes()).decode()
            parts.append(f"<p><img src='data:image/png;base64,{data}' style='width:45mm;height:13.5mm'></p>")
        elif k == "pb":
            parts.append("<div class='pb'></div>")
    if doc.cols == 2:
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def soffice_convert(src: Path, outdir: Path, html_in: bool = False) -> Path:
    prof = Path(tempfile.gettempdir()) / "mixed5-lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if html_in:
        cmd += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        cmd += ["--convert-to", "pdf"]
    subprocess.run(cmd + [str(src), "--outdir", str(outdir)], check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")


def render_lo_docx(doc: Doc, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"{doc.id}.docx"
        to_docx(doc, p)
        shutil.move(str(soffice_convert(p, Path(td))), out)


def render_lo_html(doc: Doc, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"{doc.id}.html"
        p.write_text(to_html(doc, for_lo=True), encoding="utf-8")
        shutil.move(str(soffice_convert(p, Path(td), html_in=True)), out)
    if doc.author:  # Writer's HTML import drops <meta name=author>; set it as Word/LO would
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            pdf.docinfo["/Author"] = doc.author
            pdf.save(out)


def render_chromium(doc: Doc, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"{doc.id}.html"
        p.write_text(to_html(doc), encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--disable-pdf-tagging",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", p.as_uri()],
                       check=True, capture_output=True, timeout=180)


def render_scan(doc: Doc, out: Path) -> None:
    """A scanned paper document: reportlab page -> 200 dpi greyscale raster, slightly rotated, with
    speckles -> `tesseract -l nld ... pdf` (the page image plus an invisible OCR text layer, as a
    scanner's searchable PDF)."""
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        render_reportlab(doc, tdp / "clean.pdf")
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tdp / "clean.pdf"), str(tdp / "pg")],
                       check=True, capture_output=True)
        pngs = sorted(tdp.glob("pg*.png"))
        r = random.Random(doc.id)
        listing = []
        for i, png in enumerate(pngs):
            img = Image.open(png).convert("L")
            img = img.rotate(r.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
            px = img.load()
            w, h = img.size
            for _ in range(2500):
                x, y = r.randrange(w), r.randrange(h)
                px[x, y] = r.randrange(90, 200)
            img = img.filter(ImageFilter.GaussianBlur(0.5))
            scan = tdp / f"scan{i}.png"
            img.save(scan, dpi=(200, 200))
            listing.append(str(scan))
        (tdp / "list.txt").write_text("\n".join(listing) + "\n")
        subprocess.run(["tesseract", str(tdp / "list.txt"), str(tdp / "ocr"), "-l", "nld", "pdf"],
                       check=True, capture_output=True)
        shutil.move(str(tdp / "ocr.pdf"), out)
    if doc.author:
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            pdf.docinfo["/Author"] = doc.author
            pdf.save(out)


RENDERERS = {"rl": render_reportlab, "fp": render_fpdf, "lo": render_lo_docx, "hl": render_lo_html,
             "ch": render_chromium, "sc": render_scan}
PRODUCER_NAMES = {"rl": "reportlab", "fp": "fpdf2", "lo": "python-docx -> LibreOffice",
                  "hl": "HTML -> LibreOffice Writer", "ch": "HTML -> Chromium",
                  "sc": "scan: reportlab -> 200 dpi raster -> tesseract searchable PDF"}


def normalise_pdf(out: Path) -> None:
    """Fixed dates, no XMP, fixed /ID: reruns give the same bytes where the producer allows."""
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        for key in ("/CreationDate", "/ModDate"):
            if key in pdf.docinfo:
                pdf.docinfo[key] = "D:20250301090000Z"
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        pdf.save(out, deterministic_id=True)


# ------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------
def count(text: str, probe: str) -> int:
    return len(probe_regex(probe, True).findall(text))


SURNAME_PREFIXES = {"Van", "Ver", "Ten", "Ter", "Te", "Den", "Der", "De", "Klein", "Groot", "Oude", "Olde", "El",
                    "Ben", "Oulad", "Aït", "Ait", "Abu", "Al", "Da", "Di", "Du", "La", "Le", "Mac", "Tjon", "Lie"}
TITLES = {"mevrouw", "Mevrouw", "heer", "de", "De", "dr.", "Dr.", "ing.", "mr.", "drs.", "ir.", "prof.", "Prof."}


def given_name(value: str) -> str | None:
    """The given name of a full name ("Lotte de Roos" -> "Lotte"; "Haddou, Soufiane" -> "Soufiane")."""
    if "," in value:
        rest = value.split(",", 1)[1].split()
        toks = rest[:1]
    else:
        toks = [t for t in value.split() if t not in TITLES]
        if len(toks) < 2:
            return None
    if not toks:
        return None
    t = toks[0]
    if t in SURNAME_PREFIXES:  # "Klein Haneveld", "Oude Elferink", "El Idrissi": a surname, no given name
        return None
    if re.fullmatch(r"[A-ZÀ-ÖØ-ÞŁŚŻÇ][a-zà-öø-ÿłśżçğışİ]+(?:-[A-Z][a-zà-öø-ÿ]+)?", t):
        return t
    return None


def build_gold(doc: Doc, pdf_text: str, pages: int) -> tuple[dict, list[str]]:
    texts = block_texts(doc)
    src = norm("\n".join(strip_markup(t) for t in texts))
    blanked = norm("\n".join(blank_markup(t) for t in texts))
    # keep spans must not overlap redact spans: check on a text where only redact spans are removed
    problems = []
    red, keep = {}, {}
    for t in texts:
        for m in RX_RED.finditer(t):
            value, kind, probes = m.group(1), m.group(2) or "PER", m.group(3)
            if "{" in value:
                problems.append(f"nested markup in redact span {value!r}")
            kind = REDACT_KINDS[kind]
            plist = probes.split(";") if probes else [strip_markup(value)]
            item = red.setdefault((kind, strip_markup(value)), [])
            for p in plist:
                if p not in item:
                    item.append(p)
        for m in RX_KEEP.finditer(RX_RED.sub("", t)):
            value, kind, probe = m.group(1), KEEP_KINDS[m.group(2)], m.group(3) or m.group(1)
            item = keep.setdefault((kind, value), [])
            if probe not in item:
                item.append(probe)
    if doc.author:
        if not any(doc.author in probes for probes in red.values()):
            problems.append(f"author {doc.author!r} is not a redact span of the text")
    gold = {"doc": f"{doc.id}.pdf", "pages": pages, "producer": PRODUCER_NAMES[doc.producer],
            "redact": [], "keep": []}
    seen = set()
    for (kind, value), probes in red.items():
        ps = []
        given = given_name(value) if kind == "PERSON" else None
        if given and given not in probes and count(src, given) and not count(blanked, given):
            probes = probes + [given]  # "Lotte de Roos": a leak of "Lotte" alone is a leak too
        for p in probes:
            if p in seen:
                continue
            seen.add(p)
            n_src, n_pdf, n_pub = count(src, p), count(pdf_text, p), count(blanked, p)
            if n_src == 0 and n_pdf == 0 and len(probes) > 1:
                continue  # an alternative form of the name that this document does not use
            if n_pdf != n_src:
                problems.append(f"redact {p!r}: pdf {n_pdf} != source {n_src}")
            if n_pub and p not in doc.allow:
                problems.append(f"redact {p!r} also occurs {n_pub}x as public text (allow it?)")
            if n_pdf <= n_pub:
                problems.append(f"redact {p!r} would not leak in the original")
            ps.append({"text": p, "word": True, "after": n_pub})
        # a probe that contains another probe of the same item (word-bounded, after 0) can only
        # leak where that shorter probe leaks too: drop it ("Haddou, Soufiane" when "Haddou" is a probe)
        ps = [p for p in ps if not any(q is not p and q["after"] == 0 and q["text"] != p["text"]
                                       and probe_regex(q["text"], True).search(p["text"]) for q in ps)]
        if ps:
            gold["redact"].append({"kind": kind, "value": value.strip("[]"), "probes": ps})
    kseen = set()
    for (kind, value), probes in keep.items():
        ps = []
        for p in probes:
            if p in kseen:
                continue
            kseen.add(p)
            if p in seen:
                problems.append(f"keep {p!r} is also a redact probe")
                continue
            n_src, n_pdf, n_pub = count(src, p), count(pdf_text, p), count(blanked, p)
            if n_pdf != n_src:
                problems.append(f"keep {p!r}: pdf {n_pdf} != source {n_src}")
            if n_pub != n_src:
                problems.append(f"keep {p!r}: {n_src - n_pub} occurrence(s) inside redact spans")
            if n_pub == 0:
                problems.append(f"keep {p!r} not found")
            ps.append({"text": p, "word": True, "after": n_pub})
        if ps:
            gold["keep"].append({"kind": kind, "value": value, "probes": ps})
    return gold, problems


def load_docs() -> list[Doc]:
    sys.path.insert(0, str(HERE))
    docs = []
    for f in sorted(HERE.glob("docs_*.py")):
        mod = importlib.import_module(f.stem)
        docs.extend(mod.DOCS)
    return docs


def main(argv: list[str]) -> int:
    only = set(argv)
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    failed = 0
    for doc in load_docs():
        if only and doc.id not in only and doc.id.split("_")[0] not in only:
            continue
        out = HERE / "docs" / f"{doc.id}.pdf"
        RENDERERS[doc.producer](doc, out)
        normalise_pdf(out)
        text, pages = text_pdfium(out)
        gold, problems = build_gold(doc, text, pages)
        if pages > 3:
            problems.append(f"{pages} pages")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{doc.id:45} {doc.producer} pages={pages} redact={nr} keep={nk}")
        for p in problems:
            print(f"   PROBLEM {p}")
        failed += bool(problems)
        (HERE / "gold" / f"{doc.id}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if failed:
        print(f"{failed} document(s) with problems", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
