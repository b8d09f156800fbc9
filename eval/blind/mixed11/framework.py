"""Rendering and gold for set U (eval/blind/mixed11).

A document is a dict made with D(...): producer, blocks, running header/footer and hidden channels.
Inline markup in every string:
    [[K:shown|extra;extra]]  personal data (redact). K: N person, E e-mail, T phone, B BSN, I IBAN,
                             A home address, P initials/paraph, D date of birth, X other identifying number
    {{K:text}}               public text that must stay (keep). K: O org, H office holder, F function,
                             L place, M functional mailbox, S switchboard/service number, R street, G programme,
                             W law, C acronym, Q product, Z term, K case number, U public by function
Blocks:
    ("title", s) ("h", s) ("p", s) ("small", s) ("kv", [(label, value), ...])
    ("table", [header...], [[cell...], ...], [relative widths] or None)
    ("mono", [line, ...])   chat / log lines      ("pb",) page break
    ("img", caption)        photo placeholder with caption     ("fn", s) footnote (end of page / document)
    ("sig", s)              signature line (text)              ("bubbles", [(side, who, text, time)])  phone chat
"""

from __future__ import annotations

import html
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, text_pdfium  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

RX = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{([A-Z]):(.+?)\}\}")
RKIND = {"N": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS", "P": "INITIALS",
         "D": "DATE_OF_BIRTH", "X": "ID_NUMBER"}
KKIND = {"O": "ORG", "H": "OFFICE_HOLDER", "F": "FUNCTION", "L": "PLACE", "M": "MAILBOX", "S": "SWITCHBOARD",
         "R": "STREET", "G": "PROGRAMME", "W": "LAW", "C": "ACRONYM", "Q": "PRODUCT", "Z": "TERM",
         "K": "CASE_NUMBER", "U": "PUBLIC_SERVANT"}
PRODUCER_LABEL = {
    "rl": "reportlab platypus (DejaVu)", "rl2": "reportlab platypus, two columns (DejaVu)",
    "chrome": "HTML -> Chromium headless print-to-PDF", "writer": "python-docx -> LibreOffice 7.4 Writer",
    "calc": "openpyxl -> LibreOffice 7.4 Calc", "fpdf": "fpdf2 (DejaVu Sans)",
    "scan": "scan: reportlab -> pdftoppm grey raster -> skew/noise/blur -> image-only PDF (Pillow)",
}


def D(id, slug, producer, blocks, **kw):
    d = dict(id=id, slug=slug, producer=producer, blocks=blocks, header=None, footer=None, landscape=False,
             gs=False, info={}, xmp_creator=None, bookmarks=[], notes=[], fields=[], comments=[],
             comments_margin=False, mailto=False, dpi=230, rot=0.5, font=None)
    d.update(kw)
    return d


# ---------------------------------------------------------------- markup
def shown(s: str) -> str:
    def rep(m):
        if m.group(1):
            return m.group(2).split("|")[0]
        return m.group(4)
    return RX.sub(rep, s)


def ideal(s: str) -> str:
    def rep(m):
        if m.group(1):
            return "\u2587"
        return m.group(4)
    return RX.sub(rep, s)


def spans(s: str):
    for m in RX.finditer(s):
        if m.group(1):
            parts = m.group(2).split("|")
            extras = [e for e in (parts[1].split(";") if len(parts) > 1 else []) if e]
            yield ("redact", m.group(1), parts[0], extras)
        else:
            yield ("keep", m.group(3), m.group(4), [])


def esc(s: str) -> str:
    return html.escape(shown(s), quote=False)


def block_strings(b):
    t = b[0]
    if t in ("title", "h", "p", "small", "img", "fn", "sig"):
        return [b[1]]
    if t == "kv":
        return [x for pair in b[1] for x in pair]
    if t == "table":
        return list(b[1]) + [c for row in b[2] for c in row]
    if t == "mono":
        return list(b[1])
    if t == "bubbles":
        return [x for bub in b[1] for x in bub[1:]]
    return []


def visible_strings(doc):
    out = []
    for b in doc["blocks"]:
        out += block_strings(b)
    if doc["comments_margin"]:
        out += [c[1] + " " + c[2] for c in doc["comments"]]
    return out


def hidden_strings(doc):
    out = [v for v in doc["info"].values()]
    if doc["xmp_creator"]:
        out.append(doc["xmp_creator"])
    out += doc["bookmarks"]
    out += [n[1] + " " + n[2] for n in doc["notes"]]
    out += [f[2] for f in doc["fields"]]
    if not doc["comments_margin"]:
        out += [c[1] + " " + c[2] for c in doc["comments"]]
    if doc["mailto"]:
        for s in visible_strings(doc):
            for m in RX.finditer(s):
                if m.group(1) == "E" or m.group(3) == "M":
                    out.append("mailto:" + m.group(0))
    return out


# ---------------------------------------------------------------- producers
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if "DV" in pdfmetrics.getRegisteredFontNames():
        return
    for name, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                    ("DVBI", "DejaVuSans-BoldOblique.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                    ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf"),
                    ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVSI"); addMapping("DVS", 1, 1, "DVSI")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVCB"); addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVCB")


def render_rl(doc, out: Path, scan=False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer,
                                    PageBreak, Preformatted, KeepTogether)
    from reportlab.graphics.shapes import Drawing, Rect, Circle, String, PolyLine
    _rl_fonts()
    base = doc["font"] or ("DVS" if scan else "DV")
    size = landscape(A4) if doc["landscape"] else A4
    W, H = size
    st = {
        "title": ParagraphStyle("t", fontName=base, fontSize=15, leading=19, spaceAfter=8, textColor=colors.HexColor("#1a3a6a")),
        "h": ParagraphStyle("h", fontName=base, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=base, fontSize=9.6, leading=12.8, spaceAfter=4.5),
        "small": ParagraphStyle("s", fontName=base, fontSize=8, leading=10, spaceAfter=3, textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("c", fontName=base, fontSize=8.3, leading=10),
        "cellb": ParagraphStyle("cb", fontName=base, fontSize=8.3, leading=10, textColor=colors.white),
        "mono": ParagraphStyle("m", fontName="DVM", fontSize=8, leading=10.2),
    }
    for k in ("title", "h"):
        st[k].fontName = base
    bold = lambda s: f"<b>{s}</b>"  # noqa: E731
    story = []
    footnotes = []
    cols = 2 if doc["producer"] == "rl2" else 1
    frame_w = W - 40 * mm
    col_w = (frame_w - 8 * mm) / 2 if cols == 2 else frame_w
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(bold(esc(b[1])), st["title"]))
        elif t == "h":
            story.append(Paragraph(bold(esc(b[1])), st["h"]))
        elif t in ("p", "small"):
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[t]))
        elif t == "sig":
            story.append(Spacer(1, 6)); story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st["p"]))
        elif t == "kv":
            data = [[Paragraph(bold(esc(k)), st["cell"]), Paragraph(esc(v), st["cell"])] for k, v in b[1]]
            tb = Table(data, colWidths=[col_w * 0.3, col_w * 0.7])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
            story += [tb, Spacer(1, 5)]
        elif t == "table":
            hdr, rows = b[1], b[2]
            wr = b[3] if len(b) > 3 and b[3] else [1] * len(hdr)
            ws = [col_w * x / sum(wr) for x in wr]
            data = [[Paragraph(bold(esc(c)), st["cellb"]) for c in hdr]]
            data += [[Paragraph(esc(c), st["cell"]) for c in r] for r in rows]
            tb = Table(data, colWidths=ws, repeatRows=1)
            tb.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4f7f")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f7")]),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story += [tb, Spacer(1, 6)]
        elif t == "mono":
            for line in b[1]:
                story.append(Paragraph(esc(line), st["mono"]))
            story.append(Spacer(1, 4))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "img":
            dw = Drawing(col_w, 120)
            dw.add(Rect(0, 18, col_w * 0.6, 100, fillColor=colors.HexColor("#9fb7c9"), strokeColor=None))
            rnd = random.Random(b[1])
            for _ in range(4):
                dw.add(Circle(rnd.uniform(20, col_w * 0.55), rnd.uniform(40, 95), rnd.uniform(8, 18),
                              fillColor=colors.HexColor("#5d6d7e"), strokeColor=None))
            story.append(dw)
            story.append(Paragraph("<i>" + esc(b[1]) + "</i>", st["small"]))
        elif t == "fn":
            footnotes.append(b[1])
        elif t == "bubbles":
            for side, who, text, tm in b[1]:
                sty = ParagraphStyle("b", parent=st["p"], fontSize=11 if scan else 9.6, leading=14 if scan else 12,
                                     backColor=colors.HexColor("#dcf8c6" if side == "r" else "#f0f0f0"),
                                     borderPadding=5, leftIndent=(col_w * 0.3 if side == "r" else 0),
                                     rightIndent=(0 if side == "r" else col_w * 0.3), spaceAfter=12)
                head = (bold(esc(who)) + "<br/>") if who else ""
                story.append(Paragraph(head + esc(text) + f"  <font size=7>{esc(tm)}</font>", sty))
    if footnotes:
        story.append(Spacer(1, 10))
        story.append(Paragraph("_" * 30, st["small"]))
        for i, f in enumerate(footnotes, 1):
            story.append(Paragraph(f"<super>{i}</super> " + esc(f), st["small"]))

    def onpage(c, d):
        c.saveState()
        c.setFont(base, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        if doc["header"]:
            c.drawString(20 * mm, H - 12 * mm, shown(doc["header"]))
        if doc["footer"]:
            c.drawString(20 * mm, 10 * mm, shown(doc["footer"]))
            c.drawRightString(W - 20 * mm, 10 * mm, f"Pagina {d.page}")
        c.restoreState()

    if cols == 2:
        frames = [Frame(20 * mm, 18 * mm, col_w, H - 38 * mm, id="c1"),
                  Frame(20 * mm + col_w + 8 * mm, 18 * mm, col_w, H - 38 * mm, id="c2")]
        # title spans the page: first template has a full-width top frame
        top_h = doc.get("top_h", 42) * mm
        first = [Frame(20 * mm, H - 20 * mm - top_h, frame_w, top_h, id="top"),
                 Frame(20 * mm, 18 * mm, col_w, H - 40 * mm - top_h, id="c1a"),
                 Frame(20 * mm + col_w + 8 * mm, 18 * mm, col_w, H - 40 * mm - top_h, id="c2a")]
        templates = [PageTemplate("first", first, onPage=onpage, autoNextPageTemplate="later"),
                     PageTemplate("later", frames, onPage=onpage)]
        # the title + kv blocks go in the top frame: insert a frame break after the first kv/title group
        from reportlab.platypus import FrameBreak
        idx = doc.get("top_blocks", 2)
        n = 0
        for i, fl in enumerate(story):
            if not isinstance(fl, Spacer):
                n += 1
            if n == idx:
                story.insert(i + 1, FrameBreak())
                break
    else:
        templates = [PageTemplate("p", [Frame(20 * mm, 18 * mm, frame_w, H - 38 * mm, id="f")], onPage=onpage)]
    bd = BaseDocTemplate(str(out), pagesize=size, invariant=1, title="", author="")
    bd.addPageTemplates(templates)
    if doc["fields"] and not scan:
        story.append(Spacer(1, 4))
    bd.build(story)
    if doc["fields"] and not scan:
        _add_form_fields(doc, out)


def _add_form_fields(doc, out: Path):
    """Overlay AcroForm text fields (values only in /V and the appearance stream) on the last page."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    import pikepdf
    _rl_fonts()
    tmp = out.with_suffix(".form.pdf")
    c = canvas.Canvas(str(tmp), pagesize=A4, invariant=1)
    form = c.acroForm
    y = 250
    c.setFont("DV", 9)
    c.drawString(56, y + 40, "Ingevulde gegevens (formuliervelden):")
    for name, label, value in doc["fields"]:
        c.drawString(56, y + 4, shown(label))
        form.textfield(name=name, tooltip=shown(label), x=210, y=y, width=300, height=16, value=shown(value),
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 22
    c.save()
    with pikepdf.open(out, allow_overwriting_input=True) as pdf, pikepdf.open(tmp) as f:
        page = pdf.pages[-1]
        fpage = f.pages[0]
        annots = pikepdf.Array()
        fields = pikepdf.Array()
        for a in fpage.obj.get("/Annots", []):
            na = pdf.copy_foreign(a)
            na.P = page.obj
            annots.append(na)
            fields.append(na)
        # also the labels (content) of the form page: overlay as a form xobject
        page.add_overlay(f.pages[0])
        page.obj.Annots = annots
        dr = f.Root.AcroForm.get("/DR")
        acro = pikepdf.Dictionary(Fields=fields, NeedAppearances=False, DA=pikepdf.String("/Helv 0 Tf 0 g"))
        if dr is not None:
            acro.DR = pdf.copy_foreign(f.make_indirect(dr))
        pdf.Root.AcroForm = pdf.make_indirect(acro)
        pdf.save(out)
    tmp.unlink()


def _html(doc):
    css = """
    @page { size: A4 %s; margin: 20mm 17mm 18mm 17mm; }
    body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.32; color: #111; }
    h1 { font-size: 15pt; color: #123d6b; margin: 0 0 8px 0; } h2 { font-size: 11.5pt; margin: 10px 0 3px 0; }
    p { margin: 0 0 5px 0; } .small { font-size: 7.8pt; color: #333; }
    table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px 0; font-size: 8.2pt; }
    th { background: #dde4ee; text-align: left; } th, td { border: 0.6px solid #888; padding: 2px 3px; vertical-align: top; }
    table.kv td { border: none; padding: 1px 4px 1px 0; } table.kv td.k { font-weight: bold; width: 28%%; }
    thead { display: table-header-group; } tr { page-break-inside: avoid; }
    .mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.8pt; white-space: pre-wrap; margin: 0 0 1px 0; }
    .cols { column-count: 2; column-gap: 7mm; }
    .hdr { position: fixed; top: -12mm; left: 0; font-size: 7.3pt; color: #555; }
    .ftr { position: fixed; bottom: -11mm; left: 0; font-size: 7.3pt; color: #555; }
    .photo { width: 62%%; height: 105px; background: linear-gradient(135deg,#8fa9bf,#c9d6e0); margin-top: 6px; }
    .cap { font-style: italic; font-size: 8pt; margin-bottom: 8px; }
    .bub { max-width: 70%%; border-radius: 9px; padding: 5px 8px; margin: 5px 0; }
    .bub.l { background: #eee; } .bub.r { background: #dcf8c6; margin-left: 30%%; }
    .fn { font-size: 7.5pt; border-top: 0.6px solid #777; margin-top: 12px; padding-top: 3px; }
    """ % ("landscape" if doc["landscape"] else "portrait")
    def fmt(s):
        t = esc(s)
        if doc["mailto"]:
            def link(m):
                txt = m.group(0)
                return f'<a href="mailto:{txt}">{txt}</a>'
            t = re.sub(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", link, t)
        return t.replace("\n", "<br>")
    parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if doc["header"]:
        parts.append(f"<div class='hdr'>{fmt(doc['header'])}</div>")
    if doc["footer"]:
        parts.append(f"<div class='ftr'>{fmt(doc['footer'])}</div>")
    wrap_cols = doc.get("html_cols", False)
    fns = []
    opened = False
    for i, b in enumerate(doc["blocks"]):
        t = b[0]
        if wrap_cols and not opened and i == doc.get("top_blocks", 2):
            parts.append("<div class='cols'>"); opened = True
        if t == "title":
            parts.append(f"<h1>{fmt(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{fmt(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{fmt(b[1])}</p>")
        elif t in ("small", "sig"):
            parts.append(f"<p class='small'>{fmt(b[1])}</p>" if t == "small" else f"<p>{fmt(b[1])}</p>")
        elif t == "kv":
            parts.append("<table class='kv'>" + "".join(f"<tr><td class='k'>{fmt(k)}</td><td>{fmt(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "table":
            wr = b[3] if len(b) > 3 and b[3] else None
            cg = "<colgroup>" + "".join(f"<col style='width:{100 * x / sum(wr):.1f}%'>" for x in wr) + "</colgroup>" if wr else ""
            parts.append(f"<table style='table-layout:fixed'>{cg}<thead><tr>" + "".join(f"<th>{fmt(c)}</th>" for c in b[1]) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"<td>{fmt(c)}</td>" for c in r) + "</tr>" for r in b[2]) + "</tbody></table>")
        elif t == "mono":
            parts += [f"<p class='mono'>{fmt(x)}</p>" for x in b[1]]
        elif t == "pb":
            parts.append("<div style='page-break-after: always'></div>")
        elif t == "img":
            parts.append(f"<div class='photo'></div><p class='cap'>{fmt(b[1])}</p>")
        elif t == "fn":
            fns.append(b[1])
        elif t == "bubbles":
            for side, who, text, tm in b[1]:
                w = f"<b>{fmt(who)}</b><br>" if who else ""
                parts.append(f"<div class='bub {side}'>{w}{fmt(text)} <span class='small'>{fmt(tm)}</span></div>")
    if opened:
        parts.append("</div>")
    if fns:
        parts.append("<div class='fn'>" + "".join(f"<p>{i}. {fmt(f)}</p>" for i, f in enumerate(fns, 1)) + "</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_chrome(doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        h = Path(td) / "doc.html"
        h.write_text(_html(doc), encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", f"--user-data-dir={td}/prof", h.as_uri()],
                       capture_output=True, timeout=180, check=True)


def _soffice(src: Path, outdir: Path, filt: str):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{outdir}/lo_profile", "--convert-to",
                    filt, "--outdir", str(outdir), str(src)], capture_output=True, timeout=240, check=True)


def render_writer(doc, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm, RGBColor
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Sans"
    stl.font.size = Pt(9.5)
    stl.paragraph_format.space_after = Pt(4)
    d.core_properties.author = ""
    d.core_properties.title = ""
    if doc["header"]:
        sec.header.paragraphs[0].text = shown(doc["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if doc["footer"]:
        sec.footer.paragraphs[0].text = shown(doc["footer"])
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    comments = list(doc["comments"])
    fns = []

    def para(text, size=None, bold=False, italic=False, color=None):
        p = d.add_paragraph()
        lines = shown(text).split("\n")
        runs = []
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if i < len(lines) - 1:
                r.add_break()
            runs.append(r)
        for c in list(comments):
            if c[0] and c[0] in shown(text):
                d.add_comment(runs, text=shown(c[2]), author=shown(c[1]), initials="")
                comments.remove(c)
        return p

    for i, b in enumerate(doc["blocks"]):
        t = b[0]
        if doc.get("docx_cols") and i == doc.get("top_blocks", 2):
            ns = d.add_section(0)  # continuous
            cols = ns._sectPr.xpath("./w:cols")
            el = cols[0] if cols else OxmlElement("w:cols")
            el.set(qn("w:num"), "2"); el.set(qn("w:space"), "400")
            if not cols:
                ns._sectPr.append(el)
        if t == "title":
            para(b[1], size=15, bold=True, color="1A3A6A")
        elif t == "h":
            para(b[1], size=11.5, bold=True)
        elif t == "p" or t == "sig":
            para(b[1])
        elif t == "small":
            para(b[1], size=8)
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                row = tb.add_row().cells
                row[0].text = shown(k); row[1].text = shown(v)
                row[0].paragraphs[0].runs[0].bold = True
                row[0].width, row[1].width = Mm(48), Mm(120)
            d.add_paragraph()
        elif t == "table":
            hdr, rows = b[1], b[2]
            tb = d.add_table(rows=1, cols=len(hdr))
            tb.style = "Table Grid"
            wr = b[3] if len(b) > 3 and b[3] else [1] * len(hdr)
            total = (257 if doc["landscape"] else 170)
            trpr = tb.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
            for j, c in enumerate(hdr):
                cell = tb.rows[0].cells[j]
                cell.text = shown(c)
                cell.paragraphs[0].runs[0].bold = True
            for r in rows:
                cells = tb.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = shown(c)
            for row in tb.rows:
                for j, cell in enumerate(row.cells):
                    cell.width = Mm(total * wr[j] / sum(wr))
                    for p in cell.paragraphs:
                        p.paragraph_format.space_after = Pt(0)
                        for r in p.runs:
                            r.font.size = Pt(8)
            d.add_paragraph()
        elif t == "mono":
            for ln in b[1]:
                p = para(ln, size=8)
                p.paragraph_format.space_after = Pt(1)
                for r in p.runs:
                    r.font.name = "DejaVu Sans Mono"
        elif t == "pb":
            d.add_page_break()
        elif t == "img":
            para("[foto]", size=8, italic=True)
            para(b[1], size=8, italic=True)
        elif t == "fn":
            fns.append(b[1])
    for i, f in enumerate(fns, 1):
        para(f"{i}. {f}", size=7.5)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (doc["slug"] + ".docx")
        d.save(src)
        if doc["comments"] and doc["comments_margin"]:
            filt = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
        elif doc["comments"]:
            filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
        else:
            filt = "pdf:writer_pdf_Export"
        _soffice(src, Path(td), filt)
        shutil.copy(Path(td) / (doc["slug"] + ".pdf"), out)


def render_calc(doc, out: Path):
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = doc.get("sheet", "Blad1")
    thin = Side(style="thin", color="888888")
    row = 1
    title_rows = None
    widths = doc.get("calc_widths")
    for b in doc["blocks"]:
        t = b[0]
        if t in ("title", "h", "p", "small"):
            c = ws.cell(row=row, column=1, value=shown(b[1]))
            c.font = Font(name="DejaVu Sans", bold=t in ("title", "h"), size={"title": 13, "h": 11}.get(t, 9))
            row += 1
        elif t == "kv":
            for k, v in b[1]:
                ws.cell(row=row, column=1, value=shown(k)).font = Font(name="DejaVu Sans", bold=True, size=9)
                ws.cell(row=row, column=2, value=shown(v)).font = Font(name="DejaVu Sans", size=9)
                row += 1
        elif t == "table":
            row += 1
            if title_rows is None:
                title_rows = f"{row}:{row}"
            for j, h in enumerate(b[1], 1):
                c = ws.cell(row=row, column=j, value=shown(h))
                c.font = Font(name="DejaVu Sans", bold=True, size=8.5)
                c.fill = PatternFill("solid", fgColor="DDE4EE")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
            for r in b[2]:
                for j, v in enumerate(r, 1):
                    c = ws.cell(row=row, column=j, value=shown(v))
                    c.font = Font(name="DejaVu Sans", size=8.5)
                    c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                row += 1
            row += 1
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape" if doc["landscape"] else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = doc.get("calc_scale", 85)
    if doc["header"]:
        ws.oddHeader.left.text = shown(doc["header"]).replace("&", "&&")
        ws.oddHeader.left.size = 8
    if doc["footer"]:
        ws.oddFooter.left.text = shown(doc["footer"]).replace("&", "&&")
        ws.oddFooter.left.size = 8
        ws.oddFooter.right.text = "Pagina &P van &N"
        ws.oddFooter.right.size = 8
    wb.properties.creator = ""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (doc["slug"] + ".xlsx")
        wb.save(src)
        _soffice(src, Path(td), "pdf:calc_pdf_Export")
        shutil.copy(Path(td) / (doc["slug"] + ".pdf"), out)


def render_fpdf(doc, out: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    import datetime

    class P(FPDF):
        def header(self):
            if doc["header"]:
                self.set_font("dv", size=7.5)
                self.set_text_color(70, 70, 70)
                self.cell(0, 5, shown(doc["header"]), new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
                self.set_text_color(0, 0, 0)

        def footer(self):
            if doc["footer"]:
                self.set_y(-13)
                self.set_font("dv", size=7.5)
                self.cell(0, 5, shown(doc["footer"]) + f"   —   pagina {self.page_no()}/{{nb}}")

    pdf = P(orientation="L" if doc["landscape"] else "P", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 1, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.add_font("dv", "", str(FONTS / "DejaVuSansCondensed.ttf"))
    pdf.add_font("dv", "B", str(FONTS / "DejaVuSansCondensed-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONTS / "DejaVuSansCondensed-Oblique.ttf"))
    pdf.add_font("dvm", "", str(FONTS / "DejaVuSansMono.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    fns = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            pdf.set_font("dv", "B", 14); pdf.multi_cell(0, 7, shown(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif t == "h":
            pdf.ln(1); pdf.set_font("dv", "B", 11); pdf.multi_cell(0, 6, shown(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "sig"):
            pdf.set_font("dv", "", 9.5); pdf.multi_cell(0, 4.8, shown(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif t == "small":
            pdf.set_font("dv", "", 7.8); pdf.multi_cell(0, 4, shown(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif t == "kv":
            pdf.set_font("dv", "", 9)
            for k, v in b[1]:
                pdf.set_font("dv", "B", 9); pdf.cell(45, 5, shown(k))
                pdf.set_font("dv", "", 9); pdf.multi_cell(0, 5, shown(v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "table":
            pdf.set_font("dv", "", 8)
            wr = b[3] if len(b) > 3 and b[3] else [1] * len(b[1])
            with pdf.table(col_widths=wr, repeat_headings=1, line_height=4.2,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(221, 228, 238))) as tb:
                r = tb.row()
                for c in b[1]:
                    r.cell(shown(c))
                for row in b[2]:
                    r = tb.row()
                    for c in row:
                        r.cell(shown(c))
            pdf.ln(2)
        elif t == "mono":
            pdf.set_font("dvm", "", 7.6)
            for ln in b[1]:
                pdf.multi_cell(0, 3.8, shown(ln), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "pb":
            pdf.add_page()
        elif t == "img":
            pdf.set_fill_color(160, 180, 200); pdf.rect(pdf.get_x(), pdf.get_y(), 100, 38, style="F"); pdf.ln(40)
            pdf.set_font("dv", "I", 8); pdf.multi_cell(0, 4, shown(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif t == "fn":
            fns.append(b[1])
    if fns:
        pdf.ln(3); pdf.set_font("dv", "", 7.5)
        for i, f in enumerate(fns, 1):
            pdf.multi_cell(0, 3.8, f"{i}. {shown(f)}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def render_scan(doc, out: Path):
    import numpy as np
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        render_rl(doc, src, scan=True)
        dpi = doc["dpi"]
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), f"{td}/pg"], check=True)
        rnd = random.Random(doc["id"])
        imgs = []
        for k, p in enumerate(sorted(Path(td).glob("pg*.png"))):
            im = Image.open(p).convert("L")
            ang = doc["rot"] * (1 if k % 2 == 0 else -0.7)
            im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            nrng = np.random.default_rng(rnd.randrange(1 << 30))
            a = a * 0.93 + 10 + nrng.normal(0, 7, a.shape)
            sp = nrng.random(a.shape) < 0.0007
            a[sp] = 60
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.55))
            imgs.append(im)
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=55)


RENDER = {"rl": render_rl, "rl2": render_rl, "chrome": render_chrome, "writer": render_writer,
          "calc": render_calc, "fpdf": render_fpdf, "scan": render_scan}


# ---------------------------------------------------------------- finishing (hidden channels)
def finish(doc, path: Path):
    import pikepdf
    if doc["gs"]:
        tmp = path.with_suffix(".gs.pdf")
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
                        f"-sOutputFile={tmp}", str(path)], check=True, capture_output=True)
        tmp.replace(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        prod = PRODUCER_LABEL[doc["producer"]] + (" -> Ghostscript pdfwrite" if doc["gs"] else "")
        info = pikepdf.Dictionary(Producer=pikepdf.String(prod), CreationDate=pikepdf.String("D:20250301120000+01'00'"))
        for k, v in doc["info"].items():
            info["/" + k] = pikepdf.String(shown(v))
        pdf.trailer.Info = pdf.make_indirect(info)
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if doc["xmp_creator"]:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [shown(doc["xmp_creator"])]
                meta["dc:title"] = shown(doc["info"].get("Title", doc["slug"]))
        if doc["bookmarks"]:
            with pdf.open_outline() as ol:
                n = len(pdf.pages)
                for i, bm in enumerate(doc["bookmarks"]):
                    ol.root.append(pikepdf.OutlineItem(shown(bm), min(i * n // len(doc["bookmarks"]), n - 1)))
        for page_no, author, text in doc["notes"]:
            page = pdf.pages[min(page_no, len(pdf.pages) - 1)]
            mb = [float(x) for x in page.mediabox]
            k = len(page.obj.get("/Annots", []))
            x0 = mb[2] - 40
            y0 = mb[3] - 90 - 40 * k
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x0, y0, x0 + 20, y0 + 20],
                T=pikepdf.String(shown(author)), Contents=pikepdf.String(shown(text)), Name=pikepdf.Name.Comment,
                C=[1, 0.85, 0.2], F=4, M=pikepdf.String("D:20250301120000+01'00'")))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(path, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)


# ---------------------------------------------------------------- gold
def count(text: str, probe: str) -> int:
    return len(probe_regex(probe, True).findall(text)) if text else 0


def make_gold(doc, pdf_path: Path):
    pdfium_text, pages = text_pdfium(pdf_path)
    vis = visible_strings(doc)
    hid = hidden_strings(doc)
    reps = [doc["header"], doc["footer"]]
    vis_ideal = norm("\n".join(ideal(s) for s in vis) + "\n" + "\n".join(ideal(s) for s in reps if s) * 1)
    rep_ideal = norm("\n".join(ideal(s) for s in reps if s))
    hid_ideal = norm("\n".join(ideal(s) for s in hid))
    vis_plain = norm("\n".join(shown(s) for s in vis + [r for r in reps if r]))
    hid_plain = norm("\n".join(shown(s) for s in hid))
    scan = doc["producer"] == "scan"

    def ideal_count(p, keep=False):
        c = count(vis_ideal, p) + count(rep_ideal, p) * (pages - 1)
        return c if keep else c + count(hid_ideal, p)

    redact, keep, seen_probe, seen_val = [], [], set(), {}
    for s in vis + [r for r in reps if r] + hid:
        for side, k, val, extras in spans(s):
            key = (side, k, val)
            if side == "redact":
                if key not in seen_val:
                    item = {"kind": RKIND[k], "value": val, "probes": []}
                    seen_val[key] = item
                    redact.append(item)
                item = seen_val[key]
                for p in [val] + extras:
                    if p in seen_probe:
                        continue
                    seen_probe.add(p)
                    pr = {"text": p, "word": True, "after": ideal_count(p)}
                    if scan:
                        pr["ocr"] = True
                    elif count(vis_plain, p) == 0 and count(hid_plain, p) > 0:
                        pr["channel"] = "hidden"
                    item["probes"].append(pr)
            else:
                if scan or s in hid:
                    continue
                if key in seen_val or ("k", val) in seen_probe:
                    continue
                seen_probe.add(("k", val))
                item = {"kind": KKIND[k], "value": val,
                        "probes": [{"text": val, "word": True,
                                    "after": min(ideal_count(val, keep=True), count(pdfium_text, val))}]}
                seen_val[key] = item
                keep.append(item)
    redact = [r for r in redact if r["probes"]]
    return {"doc": pdf_path.name, "pages": pages, "producer": PRODUCER_LABEL[doc["producer"]] + (" -> Ghostscript pdfwrite" if doc["gs"] else ""),
            "redact": redact, "keep": keep}


def build(doc):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    name = f"{doc['id']}_{doc['slug']}"
    path = DOCS / f"{name}.pdf"
    RENDER[doc["producer"]](doc, path)
    finish(doc, path)
    gold = make_gold(doc, path)
    if doc.get("not_probed"):
        gold["not_probed"] = []
        for item in gold["redact"]:
            keepp = [p for p in item["probes"] if p["text"] not in doc["not_probed"]]
            gold["not_probed"] += [p["text"] for p in item["probes"] if p["text"] in doc["not_probed"]]
            item["probes"] = keepp
        gold["redact"] = [r for r in gold["redact"] if r["probes"]]
    (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path, gold


# ---------------------------------------------------------------- invented numbers
def bsn(seed: int) -> str:
    """A 9-digit number that passes the 11-proef (invented)."""
    rnd = random.Random(seed * 7919 + 13)
    while True:
        d = [rnd.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d + [last]))
            return f"{n[:4]}.{n[4:6]}.{n[6:]}" if seed % 2 else n


def iban(bank: str, seed: int) -> str:
    rnd = random.Random(seed * 104729 + 7)
    acct = "".join(str(rnd.randrange(10)) for _ in range(10))
    conv = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(conv) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
