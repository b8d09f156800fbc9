"""Markup, producers, hidden channels and gold computation for blind set mixed27 (set AK).

A document is a `Doc`: a list of blocks in a small markup, rendered by one of four producers

  * "lo"         python-docx -> LibreOffice (soffice --headless) PDF export, Word comments as PDF notes
  * "chromium"   HTML -> Chromium headless --print-to-pdf (with its heading outline)
  * "reportlab"  reportlab platypus
  * "scan"       one of the above, rasterised, skewed and soiled, saved image-only or with an invisible
                 OCR text layer made by tesseract

and then given hidden channels with pikepdf (sticky notes, outline items, metadata, form fields, links,
attached files). Gold probes are counted on the rendered original with the evaluator's own functions.

Block markup (tuples):
  ("h1"|"h2"|"h3", text)          headings
  ("p", text[, opts])             paragraph; **bold** inline; opts: size, align ("center"/"right"), italic
  ("small", text)                 small print
  ("table", rows[, opts])         rows[0] is the header unless opts["header"] is False; cells may hold "\n";
                                  opts: widths (fractions), size, sig (columns set in a signature face),
                                  caps_header, zebra, bold_col (column set in bold)
  ("kv", pairs[, opts])           label/value pairs without grid
  ("sig", text)                   a signature written as text (italic serif)
  ("space", mm)
  ("pagebreak",)
  ("custom", {"reportlab": fn(avail_w) -> flowable, "chromium": html, "lo": fn(document)})
"""
from __future__ import annotations

import html as _html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
EVAL_DIR = Path(os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))
sys.path.insert(0, str(EVAL_DIR))
import evaluate as ev  # noqa: E402  (norm, probe_regex, count_in, extract_channels, channel_counts)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TEXT_CHANNELS = ("pdfium", "pdfplumber", "pdftotext")


# ------------------------------------------------------------------------------------------
# gold items
# ------------------------------------------------------------------------------------------
def _probe(spec) -> dict:
    """'Text' -> word probe, after 0; '~text' -> not word-anchored; ('Text', n) -> after n;
    a dict is taken as it is (word defaults to True, after to 0)."""
    if isinstance(spec, dict):
        d = dict(spec)
        d.setdefault("word", True)
        d.setdefault("after", 0)
        return d
    if isinstance(spec, tuple):
        text, after = spec
        word = True
        if text.startswith("~"):
            text, word = text[1:], False
        return {"text": text, "word": word, "after": after}
    word = True
    if spec.startswith("~"):
        spec, word = spec[1:], False
    return {"text": spec, "word": word, "after": 0}


def R(kind: str, value: str, *probes) -> dict:
    """A redact item: personal data. Without probes the value itself is the probe."""
    return {"kind": kind, "value": value, "probes": [_probe(p) for p in (probes or (value,))]}


def K(kind: str, value: str, *probes) -> dict:
    """A keep item; its 'after' is counted on the original (PDFium text)."""
    return {"kind": kind, "value": value, "probes": [_probe(p) for p in (probes or (value,))]}


@dataclass
class Doc:
    id: str
    name: str                      # file stem after the id, e.g. "organogram_dji"
    producer: str                  # lo | chromium | reportlab | scan
    blocks: list
    redact: list
    keep: list
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator: str = ""
    producer_name: str = ""        # /Producer override (scans)
    landscape: bool = False
    header: str = ""
    footer: str = ""
    size: float = 9.5
    margins_mm: tuple = (18, 16, 18, 16)   # top, right, bottom, left
    comments: list = field(default_factory=list)     # lo: (anchor text, author, text)
    notes: list = field(default_factory=list)        # (page, x, y, author, text): sticky notes
    outline: list = field(default_factory=list)      # (title, page index)
    attachments: list = field(default_factory=list)  # (filename, content, description)
    fields: list = field(default_factory=list)       # (page, rect, name, value, tooltip)
    links: list = field(default_factory=list)        # (page, rect, uri)
    scan: dict | None = None       # {"via": producer, "ocr_layer": bool, "skew": deg, "noise": sigma, "seed": n}
    css: str = ""

    @property
    def filename(self) -> str:
        return f"{self.id}_{self.name}.pdf"


# ------------------------------------------------------------------------------------------
# inline markup
# ------------------------------------------------------------------------------------------
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)


def _segments(text: str):
    """[(text, bold)]"""
    out, pos = [], 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def _rl_inline(text: str) -> str:
    from xml.sax.saxutils import escape
    parts = []
    for seg, b in _segments(text):
        s = escape(seg).replace("\n", "<br/>")
        parts.append(f"<b>{s}</b>" if b else s)
    return "".join(parts)


def _html_inline(text: str) -> str:
    parts = []
    for seg, b in _segments(text):
        s = _html.escape(seg).replace("\n", "<br>")
        parts.append(f"<b>{s}</b>" if b else s)
    return "".join(parts)


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, fn in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
                     ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                     ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuCond", "DejaVuSansCondensed.ttf"),
                     ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                     ("DejaVuMono", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
    addMapping("DejaVuCond", 0, 0, "DejaVuCond")
    addMapping("DejaVuCond", 1, 0, "DejaVuCond-Bold")
    addMapping("DejaVuCond", 0, 1, "DejaVuCond")
    addMapping("DejaVuCond", 1, 1, "DejaVuCond-Bold")
    _RL_FONTS = True


def rl_styles(base: float):
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    st = {
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=base, leading=base * 1.3, spaceAfter=base * 0.55),
        "h1": ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=base + 5, leading=(base + 5) * 1.25,
                             spaceAfter=base * 0.7, spaceBefore=2),
        "h2": ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=base + 2, leading=(base + 2) * 1.3,
                             spaceAfter=base * 0.4, spaceBefore=base * 0.7),
        "h3": ParagraphStyle("h3", fontName="DejaVu-Bold", fontSize=base + 0.5, leading=(base + 0.5) * 1.3,
                             spaceAfter=base * 0.3, spaceBefore=base * 0.5),
        "small": ParagraphStyle("small", fontName="DejaVu", fontSize=max(6, base - 2.5),
                                leading=max(6, base - 2.5) * 1.3, spaceAfter=3),
        "sig": ParagraphStyle("sig", fontName="DejaVuSerif-Italic", fontSize=base + 3, leading=(base + 3) * 1.3,
                              spaceAfter=2),
    }
    st["center"] = TA_CENTER
    st["right"] = TA_RIGHT
    return st


def rl_table(rows, opts, avail_w, base):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    size = opts.get("size", base - 1)
    header = opts.get("header", True)
    font = opts.get("font", "DejaVu")
    bold_font = {"DejaVu": "DejaVu-Bold", "DejaVuCond": "DejaVuCond-Bold"}.get(font, "DejaVu-Bold")
    cst = ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.22)
    hst = ParagraphStyle("hc", fontName=bold_font, fontSize=size, leading=size * 1.22)
    sst = ParagraphStyle("sc", fontName="DejaVuSerif-Italic", fontSize=size + 1.5, leading=(size + 1.5) * 1.2)
    bst = ParagraphStyle("bc", fontName=bold_font, fontSize=size, leading=size * 1.22)
    sig = set(opts.get("sig", ()))
    bold_col = set(opts.get("bold_col", ()))
    data = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, cell in enumerate(row):
            if header and ri == 0:
                s = hst
            elif ci in sig:
                s = sst
            elif ci in bold_col:
                s = bst
            else:
                s = cst
            cells.append(Paragraph(_rl_inline(str(cell)), s))
        data.append(cells)
    ncol = max(len(r) for r in rows)
    widths = opts.get("widths") or [1.0 / ncol] * ncol
    tot = sum(widths)
    col_w = [avail_w * w / tot for w in widths]
    t = Table(data, colWidths=col_w, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), opts.get("pad", 2)),
             ("BOTTOMPADDING", (0, 0), (-1, -1), opts.get("pad", 2))]
    if opts.get("grid", True):
        style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")))
    else:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("head_bg", "#d9dee5"))))
    if opts.get("zebra"):
        for ri in range(1 if header else 0, len(rows)):
            if ri % 2 == 0:
                style.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#f1f3f5")))
    t.setStyle(TableStyle(style))
    return t


def render_reportlab(doc: Doc, out: Path):
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1
    rl_fonts()
    ps = landscape(A4) if doc.landscape else A4
    t, r, b, l = doc.margins_mm
    st = rl_styles(doc.size)

    def on_page(c, d):
        c.saveState()
        c.setFont("DejaVu", 7)
        c.setFillGray(0.35)
        if doc.header:
            c.drawString(l * mm, ps[1] - 10 * mm, doc.header)
        if doc.footer:
            c.drawString(l * mm, 8 * mm, doc.footer)
        c.drawRightString(ps[0] - r * mm, 8 * mm, f"pagina {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(out), pagesize=ps, topMargin=t * mm, rightMargin=r * mm, bottomMargin=b * mm,
                           leftMargin=l * mm, title=doc.title, author=doc.author, subject=doc.subject,
                           keywords=doc.keywords, creator=doc.creator or "ReportLab PDF Library - www.reportlab.com")
    avail = ps[0] - (l + r) * mm
    story = []
    for blk in doc.blocks:
        kind = blk[0]
        opts = blk[2] if len(blk) > 2 else {}
        if kind in ("h1", "h2", "h3", "small", "sig"):
            story.append(Paragraph(_rl_inline(blk[1]), st[kind]))
        elif kind == "p":
            from reportlab.lib.styles import ParagraphStyle
            s = st["p"]
            if opts:
                s = ParagraphStyle("px", parent=s, fontSize=opts.get("size", s.fontSize),
                                   leading=opts.get("size", s.fontSize) * 1.3,
                                   alignment=st.get(opts.get("align", ""), 0),
                                   fontName="DejaVu-Oblique" if opts.get("italic") else s.fontName)
            story.append(Paragraph(_rl_inline(blk[1]), s))
        elif kind == "table":
            story.append(rl_table(blk[1], opts, avail, doc.size))
            story.append(Spacer(1, opts.get("after_mm", 3) * mm))
        elif kind == "kv":
            story.append(rl_table([[a, v] for a, v in blk[1]],
                                  {"header": False, "grid": False, "widths": opts.get("widths", [0.28, 0.72]),
                                   "size": opts.get("size", doc.size), "bold_col": [0], "pad": 1}, avail, doc.size))
            story.append(Spacer(1, 2 * mm))
        elif kind == "space":
            story.append(Spacer(1, blk[1] * mm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "custom":
            story.append(blk[1]["reportlab"](avail))
        else:
            raise ValueError(kind)
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------------------------------
# Chromium
# ------------------------------------------------------------------------------------------
def html_table(rows, opts):
    header = opts.get("header", True)
    sig = set(opts.get("sig", ()))
    bold_col = set(opts.get("bold_col", ()))
    ncol = max(len(r) for r in rows)
    widths = opts.get("widths") or [1.0 / ncol] * ncol
    tot = sum(widths)
    cls = opts.get("cls", "")
    size = opts.get("size")
    sty = f' style="font-size:{size}pt"' if size else ""
    out = [f'<table class="{cls}"{sty}><colgroup>']
    out += [f'<col style="width:{100 * w / tot:.1f}%">' for w in widths]
    out.append("</colgroup>")
    for ri, row in enumerate(rows):
        if header and ri == 0:
            out.append("<thead><tr>" + "".join(f"<th>{_html_inline(str(c))}</th>" for c in row) + "</tr></thead><tbody>")
            continue
        tds = []
        for ci, c in enumerate(row):
            k = ' class="sig"' if ci in sig else (' class="b"' if ci in bold_col else "")
            tds.append(f"<td{k}>{_html_inline(str(c))}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>" if header else "</table>")
    return "".join(out)


def build_html(doc: Doc) -> str:
    t, r, b, l = doc.margins_mm
    size = "A4 landscape" if doc.landscape else "A4"
    css = f"""
@page {{ size: {size}; margin: {t}mm {r}mm {b}mm {l}mm;
  @bottom-right {{ content: "pagina " counter(page) " van " counter(pages); font: 7pt 'DejaVu Sans'; color:#555; }}
  @bottom-left {{ content: "{_html.escape(doc.footer)}"; font: 7pt 'DejaVu Sans'; color:#555; }}
  @top-left {{ content: "{_html.escape(doc.header)}"; font: 7pt 'DejaVu Sans'; color:#555; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {doc.size}pt; line-height: 1.3; color: #111; }}
h1 {{ font-size: {doc.size + 5}pt; margin: 0 0 6pt 0; }}
h2 {{ font-size: {doc.size + 2}pt; margin: 9pt 0 4pt 0; }}
h3 {{ font-size: {doc.size + 0.5}pt; margin: 7pt 0 3pt 0; }}
p {{ margin: 0 0 5pt 0; }}
.small {{ font-size: {max(6, doc.size - 2.5)}pt; color: #333; }}
.sig, td.sig {{ font-family: 'DejaVu Serif'; font-style: italic; font-size: {doc.size + 1}pt; }}
td.b {{ font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; margin: 2pt 0 8pt 0; font-size: {doc.size - 1}pt; table-layout: fixed; }}
th, td {{ border: 0.6pt solid #888; padding: 2pt 3pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }}
th {{ background: #e3e7ec; }}
table.kv td {{ border: none; padding: 1pt 3pt; }}
table.plain th, table.plain td {{ border: none; border-bottom: 0.4pt solid #bbb; }}
tbody tr:nth-child(even) td {{ background: {'#f3f5f7' if 'zebra' in doc.css else 'transparent'}; }}
{doc.css}
"""
    body = []
    for blk in doc.blocks:
        kind = blk[0]
        opts = blk[2] if len(blk) > 2 else {}
        if kind in ("h1", "h2", "h3"):
            body.append(f"<{kind}>{_html_inline(blk[1])}</{kind}>")
        elif kind == "p":
            sty = []
            if opts.get("size"):
                sty.append(f"font-size:{opts['size']}pt")
            if opts.get("align"):
                sty.append(f"text-align:{opts['align']}")
            if opts.get("italic"):
                sty.append("font-style:italic")
            s = f' style="{";".join(sty)}"' if sty else ""
            body.append(f"<p{s}>{_html_inline(blk[1])}</p>")
        elif kind == "small":
            body.append(f'<p class="small">{_html_inline(blk[1])}</p>')
        elif kind == "sig":
            body.append(f'<p class="sig">{_html_inline(blk[1])}</p>')
        elif kind == "table":
            body.append(html_table(blk[1], opts))
        elif kind == "kv":
            body.append(html_table([[a, v] for a, v in blk[1]],
                                   {"header": False, "widths": opts.get("widths", [0.28, 0.72]), "cls": "kv",
                                    "bold_col": [0], "size": opts.get("size")}))
        elif kind == "space":
            body.append(f'<div style="height:{blk[1]}mm"></div>')
        elif kind == "pagebreak":
            body.append('<div style="break-after:page"></div>')
        elif kind == "custom":
            body.append(blk[1]["chromium"])
        else:
            raise ValueError(kind)
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{_html.escape(doc.title)}</title>'
            f"<style>{css}</style></head><body>{''.join(body)}</body></html>")


def render_chromium(doc: Doc, out: Path, tmp: Path):
    src = tmp / f"{doc.id}.html"
    src.write_text(build_html(doc), encoding="utf-8")
    prof = tmp / "chrome-profile"
    cmd = ["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           f"--user-data-dir={prof}", "--no-pdf-header-footer", "--generate-pdf-document-outline",
           f"--print-to-pdf={out}", src.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=180)
    if not out.exists():
        raise RuntimeError(f"chromium failed for {doc.id}")


# ------------------------------------------------------------------------------------------
# LibreOffice (python-docx -> soffice)
# ------------------------------------------------------------------------------------------
def _docx_runs(par, text, size=None, bold=False, italic=False, font=None):
    from docx.shared import Pt

    for seg, b in _segments(text):
        lines = seg.split("\n")
        for i, line in enumerate(lines):
            run = par.add_run(line)
            run.bold = bold or b
            if italic:
                run.italic = True
            if size:
                run.font.size = Pt(size)
            if font:
                run.font.name = font
            if i < len(lines) - 1:
                run.add_break()


def _docx_shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _docx_table(d, rows, opts, avail_mm, base, grid=True):
    from docx.shared import Mm, Pt

    header = opts.get("header", True)
    size = opts.get("size", base - 1)
    sig = set(opts.get("sig", ()))
    bold_col = set(opts.get("bold_col", ()))
    ncol = max(len(r) for r in rows)
    widths = opts.get("widths") or [1.0 / ncol] * ncol
    tot = sum(widths)
    t = d.add_table(rows=len(rows), cols=ncol)
    if grid:
        t.style = "Table Grid"
    t.autofit = False
    for ci in range(ncol):
        t.columns[ci].width = Mm(avail_mm * widths[ci] / tot)
    for ri, row in enumerate(rows):
        for ci in range(ncol):
            cell = t.cell(ri, ci)
            cell.width = Mm(avail_mm * widths[ci] / tot)
            txt = str(row[ci]) if ci < len(row) else ""
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            hb = header and ri == 0
            if hb:
                _docx_shade(cell, opts.get("head_bg", "D9DEE5"))
            if ci in sig and not hb:
                _docx_runs(par, txt, size=size + 1.5, italic=True, font="DejaVu Serif")
            else:
                _docx_runs(par, txt, size=size, bold=hb or ci in bold_col)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def render_lo(doc: Doc, out: Path, tmp: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.author
    cp.title = doc.title
    cp.subject = doc.subject
    cp.keywords = doc.keywords
    cp.last_modified_by = doc.author
    cp.comments = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    t, r, b, l = doc.margins_mm
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Mm(t), Mm(r), Mm(b), Mm(l)
    sec.header_distance = Mm(8)
    sec.footer_distance = Mm(8)
    avail = (297 if doc.landscape else 210) - l - r
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        s = d.styles[sname]
        s.font.name = "DejaVu Sans"
        rpr = s.element.get_or_add_rPr()
        fonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
        if fonts is not None:
            for a in list(fonts.attrib):
                if "Theme" in a or a.endswith("theme"):
                    del fonts.attrib[a]
    d.styles["Normal"].font.size = Pt(doc.size)
    d.styles["Normal"].paragraph_format.space_after = Pt(4)
    for sname, inc in (("Heading 1", 5), ("Heading 2", 2), ("Heading 3", 0.5)):
        s = d.styles[sname]
        s.font.size = Pt(doc.size + inc)
        s.font.color.rgb = RGBColor(0x1F, 0x2F, 0x4F)
        s.paragraph_format.space_before = Pt(8 if inc < 5 else 0)
        s.paragraph_format.space_after = Pt(4)
    if doc.header:
        p = sec.header.paragraphs[0]
        _docx_runs(p, doc.header, size=7)
    if doc.footer:
        p = sec.footer.paragraphs[0]
        _docx_runs(p, doc.footer, size=7)
    for blk in doc.blocks:
        kind = blk[0]
        opts = blk[2] if len(blk) > 2 else {}
        if kind in ("h1", "h2", "h3"):
            h = d.add_heading("", level=int(kind[1]))
            _docx_runs(h, blk[1])
        elif kind == "p":
            p = d.add_paragraph()
            _docx_runs(p, blk[1], size=opts.get("size"), italic=opts.get("italic", False))
            if opts.get("align") == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif opts.get("align") == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            p = d.add_paragraph()
            _docx_runs(p, blk[1], size=max(6, doc.size - 2.5))
        elif kind == "sig":
            p = d.add_paragraph()
            _docx_runs(p, blk[1], size=doc.size + 3, italic=True, font="DejaVu Serif")
        elif kind == "table":
            _docx_table(d, blk[1], opts, avail, doc.size)
        elif kind == "kv":
            _docx_table(d, [[a, v] for a, v in blk[1]],
                        {"header": False, "widths": opts.get("widths", [0.28, 0.72]), "size": opts.get("size", doc.size),
                         "bold_col": [0]}, avail, doc.size, grid=False)
        elif kind == "space":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Mm(blk[1])
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "custom":
            blk[1]["lo"](d)
        else:
            raise ValueError(kind)
    # Word comments, anchored on the first paragraph (body or table cell) that holds the anchor text
    for anchor, author, text in doc.comments:
        par = _find_par(d, anchor)
        if par is None:
            raise ValueError(f"{doc.id}: comment anchor not found: {anchor!r}")
        initials = "".join(w[0] for w in re.split(r"[\s,]+", author) if w and w[0].isupper())
        d.add_comment(par.runs, text=text, author=author, initials=initials or "X")
    src = tmp / f"{doc.id}.docx"
    d.save(str(src))
    flt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless",
                    "--convert-to", flt, "--outdir", str(tmp), str(src)], capture_output=True, timeout=240)
    pdf = tmp / f"{doc.id}.pdf"
    if not pdf.exists():
        raise RuntimeError(f"soffice failed for {doc.id}")
    shutil.move(str(pdf), str(out))


def _find_par(d, anchor):
    for p in d.paragraphs:
        if anchor in p.text and p.runs:
            return p
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    if anchor in p.text and p.runs:
                        return p
    return None


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def degrade(img, seed: int, skew: float, noise: float, blur: float = 0.55, tone: int = 236, shadow: bool = True):
    import numpy as np
    from PIL import Image, ImageFilter

    rnd = np.random.default_rng(seed)
    g = img.convert("L")
    g = g.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    # paper tone and toner density
    a = tone - (tone - a) * 0.93
    a = np.clip(a, 0, 255)
    h, w = a.shape
    if shadow:  # scanner-lid shadow on the left edge and a faint band
        x = np.arange(w, dtype=np.float32)
        a -= 55 * np.exp(-x / (w * 0.012))[None, :]
        y = np.arange(h, dtype=np.float32)
        a -= 8 * np.exp(-((y - h * rnd.uniform(0.2, 0.8)) / (h * 0.01)) ** 2)[:, None]
    a += rnd.normal(0, noise, a.shape)
    # specks
    n = int(h * w * 0.00025)
    ys, xs = rnd.integers(0, h, n), rnd.integers(0, w, n)
    a[ys, xs] = rnd.uniform(30, 120, n)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(blur))
    return out


def render_scan(doc: Doc, out: Path, tmp: Path):
    from PIL import Image

    spec = doc.scan
    src = tmp / f"{doc.id}-src.pdf"
    via = spec.get("via", "reportlab")
    {"reportlab": lambda: render_reportlab(doc, src), "chromium": lambda: render_chromium(doc, src, tmp),
     "lo": lambda: render_lo(doc, src, tmp)}[via]()
    dpi = spec.get("dpi", 200)
    pref = tmp / f"{doc.id}-pg"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(pref)], check=True)
    pages = sorted(tmp.glob(f"{doc.id}-pg*.png"))
    imgs = []
    for i, p in enumerate(pages):
        im = degrade(Image.open(p), spec.get("seed", 1) + i, spec.get("skew", 0.6) * (1 if i % 2 == 0 else -0.7),
                     spec.get("noise", 9), blur=spec.get("blur", 0.55))
        jp = tmp / f"{doc.id}-scan{i}.jpg"
        im.save(jp, "JPEG", quality=spec.get("quality", 62), dpi=(dpi, dpi))
        imgs.append(jp)
    if spec.get("ocr_layer"):
        import pikepdf

        parts = []
        for i, jp in enumerate(imgs):
            base = tmp / f"{doc.id}-ocr{i}"
            subprocess.run(["nice", "-n", "10", "tesseract", str(jp), str(base), "-l", "nld", "--dpi", str(dpi),
                            "pdf"], capture_output=True, check=True, timeout=300)
            parts.append(Path(str(base) + ".pdf"))
        pdf = pikepdf.new()
        for pp in parts:
            src_pdf = pikepdf.open(pp)
            pdf.pages.extend(src_pdf.pages)
        pdf.save(out)
    else:
        ims = [Image.open(j) for j in imgs]
        ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


# ------------------------------------------------------------------------------------------
# hidden channels
# ------------------------------------------------------------------------------------------
def _pdfdate():
    return "D:20250101000000+01'00'"


def add_hidden(doc: Doc, path: Path):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(path, allow_overwriting_input=True)
    info = pdf.docinfo
    if doc.title:
        info[Name.Title] = String(doc.title)
    if doc.author:
        info[Name.Author] = String(doc.author)
    if doc.subject:
        info[Name.Subject] = String(doc.subject)
    if doc.keywords:
        info[Name.Keywords] = String(doc.keywords)
    if doc.creator:
        info[Name.Creator] = String(doc.creator)
    if doc.producer_name:
        info[Name.Producer] = String(doc.producer_name)
    for pg, x, y, author, text in doc.notes:
        page = pdf.pages[pg]
        annot = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]), Contents=String(text),
            T=String(author), Name=Name.Comment, F=4, C=Array([1, 0.85, 0.2]), M=String(_pdfdate()),
            Open=False))
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(annot)
    for pg, rect, uri in doc.links:
        page = pdf.pages[pg]
        annot = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
            A=Dictionary(S=Name.URI, URI=String(uri))))
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(annot)
    if doc.fields:
        helv = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                            Encoding=Name.WinAnsiEncoding))
        fields = Array()
        for pg, rect, fname, value, tip in doc.fields:
            page = pdf.pages[pg]
            w = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(fname), V=String(value),
                TU=String(tip), Rect=Array(rect), F=4, DA=String("/Helv 8 Tf 0 g"), P=page.obj))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(w)
            fields.append(w)
        pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=True, DA=String("/Helv 8 Tf 0 g"),
                                       DR=Dictionary(Font=Dictionary(Helv=helv)))
    if doc.outline:
        with pdf.open_outline() as ol:
            for title, pg in doc.outline:
                ol.root.append(pikepdf.OutlineItem(title, pg))
    for fname, content, desc in doc.attachments:
        data = content.encode("utf-8") if isinstance(content, str) else content
        pdf.attachments[fname] = pikepdf.AttachedFileSpec(pdf, data, description=desc, filename=fname)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
    pdf.save(path, fix_metadata_version=False)


# ------------------------------------------------------------------------------------------
# build + gold
# ------------------------------------------------------------------------------------------
def render(doc: Doc, out: Path):
    with tempfile.TemporaryDirectory(prefix=f"ak-{doc.id}-") as td:
        tmp = Path(td)
        if doc.producer == "reportlab":
            render_reportlab(doc, out)
        elif doc.producer == "chromium":
            render_chromium(doc, out, tmp)
        elif doc.producer == "lo":
            render_lo(doc, out, tmp)
        elif doc.producer == "scan":
            render_scan(doc, out, tmp)
        else:
            raise ValueError(doc.producer)
    add_hidden(doc, out)


def _spans(text, probe):
    return [m.span() for m in ev.probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def compute_gold(doc: Doc, pdf: Path) -> tuple[dict, list]:
    """Count every probe on the original with the evaluator's extractors. Returns (gold, log lines).
    Raises on a probe that is not where it should be (except on scans, where a probe that OCR cannot
    read is dropped and logged)."""
    ch = ev.extract_channels(pdf, ocr="auto" if doc.producer == "scan" else "off")
    chans = ch["channels"]
    log = []
    errors = []
    redact = []
    for item in doc.redact:
        probes = []
        for p in item["probes"]:
            p = dict(p)
            cc = ev.channel_counts(chans, p)
            non_ocr = {k: v for k, v in cc.items() if k != "ocr"}
            if doc.producer == "scan" and not non_ocr:
                if cc.get("ocr", 0) > p["after"]:
                    p["ocr"] = True
                else:
                    log.append(f"{doc.id}: dropped redact probe {p['text']!r} (OCR of the original does not read it)")
                    continue
            elif not cc or max(cc.values()) <= p["after"]:
                errors.append(f"{doc.id}: redact probe {p['text']!r} not found above after={p['after']}: {cc}")
                continue
            if not p.get("ocr") and not any(k in cc for k in TEXT_CHANNELS + ("ocr",)):
                p["hidden"] = sorted(cc)
            probes.append(p)
        if probes:
            redact.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    keep = []
    text = chans.get("pdfium", "")
    for item in doc.keep:
        probes = []
        for p in item["probes"]:
            p = dict(p)
            n = ev.count_in(text, p)
            if n == 0:
                if doc.producer == "scan":
                    log.append(f"{doc.id}: dropped keep probe {p['text']!r} (not in the text layer)")
                    continue
                errors.append(f"{doc.id}: keep probe {p['text']!r} not in PDFium text")
                continue
            p["after"] = n
            probes.append(p)
        if probes:
            keep.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    # a keep occurrence may not overlap a redact occurrence that must disappear
    for kit in keep:
        for kp in kit["probes"]:
            ks = _spans(text, kp)
            for rit in redact:
                for rp in rit["probes"]:
                    if rp.get("ocr") or rp["after"]:
                        continue
                    for a, b in _spans(text, rp):
                        if any(a < y and x < b for x, y in ks):
                            errors.append(f"{doc.id}: keep {kp['text']!r} overlaps redact {rp['text']!r}")
                            break
    if errors:
        raise RuntimeError("\n".join(errors))
    gold = {"doc": doc.filename, "pages": ch["pages"], "producer": doc.producer + (
        ("+" + doc.scan.get("via", "reportlab") + ("+ocr-layer" if doc.scan.get("ocr_layer") else "+image-only"))
        if doc.scan else ""), "redact": redact, "keep": keep}
    return gold, log
