"""Producers and gold writing for blind set AD (mixed20).

A document is a list of blocks rendered by one producer; the gold lists the personal data (redact) and the
public text (keep) as probe strings.  `after` of keep probes is counted on the original with the evaluator's own
functions (imported from /work/shared/eval/evaluate.py), so the probes are exact.
"""
from __future__ import annotations

import html
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
SRC = HERE / "src"
EVAL = Path(os.environ.get("WOO_EVAL", "/work/shared/eval"))
sys.path.insert(0, str(EVAL))
import evaluate as ev  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONTSB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

FIXED_DATE = "D:20250612093000+02'00'"


# ---------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------
def P(text, word=True, ch="text"):
    """A probe. ch: text | annotations | metadata | outline | ocr (where check_gold looks for it)."""
    return {"text": text, "word": word, "ch": ch}


def _probe(p):
    if isinstance(p, dict):
        return dict(p)
    if p.startswith("~"):
        return {"text": p[1:], "word": False, "ch": "text"}
    return {"text": p, "word": True, "ch": "text"}


def R(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": [_probe(p) for p in (probes or (value,))]}


def K(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": [_probe(p) for p in (probes or (value,))]}


# ---------------------------------------------------------------------------------------------
# block markup -> producers
# blocks: ("title", t) ("h", t) ("p", t) ("small", t) ("kv", [(k, v)]) ("table", rows, widths|None)
#         ("pre", t) ("br",) (page break) ("sp", mm)
# ---------------------------------------------------------------------------------------------
def _esc(t):
    return html.escape(t, quote=False)


def render_reportlab(blocks, out, *, title="", author="", landscape_=False, header=None, footer=None,
                     serif=False, columns=1, fontsize=9.5):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Preformatted,
                                    Spacer, Table, TableStyle)

    for n, f in (("DV", FONT), ("DVB", FONTB), ("DVM", FONTM), ("DVS", FONTS), ("DVSB", FONTSB)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
    fn, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    base = ParagraphStyle("b", fontName=fn, fontSize=fontsize, leading=fontsize * 1.32, spaceAfter=4)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName=fb, fontSize=fontsize + 5, leading=(fontsize + 5) * 1.25, spaceAfter=8),
        "h": ParagraphStyle("h", parent=base, fontName=fb, fontSize=fontsize + 1.5, spaceBefore=6, spaceAfter=3),
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=fontsize - 2, leading=(fontsize - 2) * 1.3),
        "cell": ParagraphStyle("c", parent=base, fontSize=fontsize - 1.5, leading=(fontsize - 1.5) * 1.25, spaceAfter=0),
    }
    ps = landscape(A4) if landscape_ else A4
    W, H = ps
    doc = BaseDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title=title, author=author, creator="Microsoft Word",
                          producer="ReportLab PDF Library", invariant=1)
    if columns == 2:
        gap = 6 * mm
        cw = (W - 40 * mm - gap) / 2
        frames = [Frame(20 * mm, 20 * mm, cw, H - 42 * mm, id="c1"),
                  Frame(20 * mm + cw + gap, 20 * mm, cw, H - 42 * mm, id="c2")]
    else:
        frames = [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f")]

    def deco(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if header:
            c.drawString(20 * mm, H - 13 * mm, header)
            c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        if footer:
            c.drawString(20 * mm, 11 * mm, footer)
        c.drawRightString(W - 20 * mm, 11 * mm, f"{d.page}")
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    avail = (frames[0].width)
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            story.append(Paragraph(b[1], st[k]))
        elif k == "kv":
            rows = [[Paragraph(f"<b>{_esc(a)}</b>", st["cell"]), Paragraph(v, st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[avail * 0.28, avail * 0.72])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 4))
        elif k == "table":
            rows, widths = b[1], (b[2] if len(b) > 2 else None)
            data = [[Paragraph(("<b>%s</b>" % c) if i == 0 else c, st["cell"]) for c in r] for i, r in enumerate(rows)]
            cw = [avail * w for w in widths] if widths else None
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 5))
        elif k == "pre":
            story.append(Preformatted(b[1], ParagraphStyle("m", fontName="DVM", fontSize=fontsize - 2, leading=(fontsize - 2) * 1.3)))
        elif k == "br":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
    doc.build(story)


def _html_inline(t):
    # block texts may contain <b>, <i>, <br/> and &amp; as in reportlab paragraphs: pass through
    return t.replace("<br/>", "<br>")


def blocks_to_html(blocks, *, css="", landscape_=False, header=None):
    out = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>",
           "@page { size: A4%s; margin: 18mm 18mm 18mm 18mm; }" % (" landscape" if landscape_ else ""),
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.35;color:#111}",
           "h1{font-size:15pt;margin:0 0 8px}h2{font-size:11pt;margin:12px 0 4px}",
           "table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #999;padding:2px 4px;"
           "vertical-align:top;font-size:8.5pt}th{background:#e4e8ef;text-align:left}",
           ".kv td{border:none;padding:1px 6px 1px 0}.small{font-size:7.5pt;color:#333}",
           "pre{font-family:'DejaVu Sans Mono',monospace;font-size:7.5pt;white-space:pre-wrap}", css,
           "</style></head><body>"]
    if header:
        out.append(f"<div class='small' style='border-bottom:1px solid #888;margin-bottom:8px'>{header}</div>")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{_html_inline(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{_html_inline(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{_html_inline(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{_html_inline(b[1])}</p>")
        elif k == "kv":
            out.append("<table class='kv'>" + "".join(f"<tr><td><b>{_esc(a)}</b></td><td>{_html_inline(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            rows, widths = b[1], (b[2] if len(b) > 2 else None)
            cg = "".join(f"<col style='width:{w*100:.0f}%'>" for w in widths) if widths else ""
            h = "".join(f"<th>{_html_inline(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{_html_inline(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table><colgroup>{cg}</colgroup><tr>{h}</tr>{body}</table>")
        elif k == "pre":
            out.append(f"<pre>{_esc(b[1])}</pre>")
        elif k == "br":
            out.append("<div style='page-break-after:always'></div>")
        elif k == "sp":
            out.append(f"<div style='height:{b[1]}mm'></div>")
        elif k == "raw":
            out.append(b[1])
    out.append("</body></html>")
    return "\n".join(out)


def render_chromium(html_text, out, name):
    src = SRC / f"{name}.html"
    src.write_text(html_text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "o.pdf"
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={tmp}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(tmp, out)


def soffice_pdf(src: Path, out: Path, filt="writer_pdf_Export", opts=None):
    with tempfile.TemporaryDirectory() as td:
        conv = "pdf"
        if opts:
            conv = "pdf:%s:%s" % (filt, json.dumps({k: {"type": "boolean", "value": "true" if v else "false"}
                                                     for k, v in opts.items()}))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/u", "--headless", "--convert-to", conv,
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        shutil.copy(Path(td) / (src.stem + ".pdf"), out)


def blocks_to_docx(blocks, path, *, author="", header=None, footer=None, landscape_=False, comments=None):
    """comments: list of (substring_of_a_paragraph, author, initials, text)"""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    sec = d.sections[0]
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    paras = []

    def add_rich(par, text):
        import re
        for part in re.split(r"(<b>.*?</b>|<br/>)", text):
            if not part:
                continue
            if part == "<br/>":
                par.add_run().add_break()
            elif part.startswith("<b>"):
                par.add_run(html.unescape(part[3:-4])).bold = True
            else:
                par.add_run(html.unescape(part))

    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(); r = p.add_run(html.unescape(b[1])); r.bold = True; r.font.size = Pt(15)
        elif k == "h":
            p = d.add_paragraph(); r = p.add_run(html.unescape(b[1])); r.bold = True; r.font.size = Pt(11)
        elif k in ("p", "small"):
            p = d.add_paragraph(); add_rich(p, b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(7.5)
            paras.append(p)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].paragraphs[0].add_run(html.unescape(a)).bold = True
                add_rich(cells[1].paragraphs[0], v)
                paras.append(cells[1].paragraphs[0])
        elif k == "table":
            rows, widths = b[1], (b[2] if len(b) > 2 else None)
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    if i == 0:
                        cells[j].paragraphs[0].add_run(html.unescape(c)).bold = True
                    else:
                        add_rich(cells[j].paragraphs[0], c)
                    for run in cells[j].paragraphs[0].runs:
                        run.font.size = Pt(8)
                    paras.append(cells[j].paragraphs[0])
            if widths:
                tot = (sec.page_width - sec.left_margin - sec.right_margin)
                for i, w in enumerate(widths):
                    for cell in t.columns[i].cells:
                        cell.width = int(tot * w)
        elif k == "pre":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.name = "DejaVu Sans Mono"; r.font.size = Pt(7.5)
        elif k == "br":
            d.add_page_break()
        elif k == "sp":
            d.add_paragraph()
    for sub, au, ini, txt in (comments or []):
        for p in paras:
            if sub in p.text and p.runs:
                d.add_comment(p.runs, text=txt, author=au, initials=ini)
                break
        else:
            raise ValueError("comment anchor not found: " + sub)
    d.save(str(path))
    _fix_docx_dates(path)


def _fix_docx_dates(path):
    """python-docx stamps comments with the current time: make the file deterministic."""
    import re
    import zipfile
    data = {}
    with zipfile.ZipFile(path) as z:
        for i in z.infolist():
            data[i.filename] = z.read(i.filename)
    for k in list(data):
        if k.endswith(".xml"):
            data[k] = re.sub(rb'w:date="[^"]*"', b'w:date="2025-06-02T10:15:00Z"', data[k])
            data[k] = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>2025-06-02T10:15:00Z', data[k])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in data.items():
            zi = zipfile.ZipInfo(k, date_time=(2025, 6, 2, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, v)


def render_docx(blocks, out, name, *, notes_in_margin=False, notes_as_annots=False, **kw):
    src = SRC / f"{name}.docx"
    blocks_to_docx(blocks, src, **kw)
    opts = {}
    if notes_in_margin:
        opts["ExportNotesInMargin"] = True
    if notes_as_annots:
        opts["ExportNotes"] = True
    soffice_pdf(src, out, opts=opts or None)


def render_fpdf(blocks, out, *, title="", author="", landscape_=False, header=None):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if header:
                self.set_font("dv", size=7.5)
                self.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(3)

        def footer(self):
            self.set_y(-12)
            self.set_font("dv", size=7.5)
            self.cell(0, 5, f"Pagina {self.page_no()}", align="R")

    pdf = Doc(orientation="L" if landscape_ else "P", format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.add_font("dvm", "", FONTM)
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Microsoft Outlook"); pdf.set_producer("fpdf2")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 12, 9, 30))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - 36
    import re

    def plain(t):
        return html.unescape(re.sub(r"<[^>]+>", "", t.replace("<br/>", "\n")))

    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("dv", "B", 14); pdf.multi_cell(W, 7, plain(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "h":
            pdf.ln(1); pdf.set_font("dv", "B", 10.5); pdf.multi_cell(W, 5.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small"):
            pdf.set_font("dv", "", 9.2 if k == "p" else 7.5)
            pdf.multi_cell(W, 4.6 if k == "p" else 3.8, plain(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "kv":
            pdf.set_font("dv", "", 9)
            for a, v in b[1]:
                pdf.set_font("dv", "B", 9); pdf.cell(38, 4.8, plain(a))
                pdf.set_font("dv", "", 9); pdf.multi_cell(W - 38, 4.8, plain(v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "table":
            rows, widths = b[1], (b[2] if len(b) > 2 else None)
            pdf.set_font("dv", "", 7.8)
            cw = tuple(w * W for w in widths) if widths else None
            with pdf.table(col_widths=cw, line_height=4, text_align="LEFT", width=W) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(plain(c))
            pdf.ln(2)
        elif k == "pre":
            pdf.set_font("dvm", "", 7.2); pdf.multi_cell(W, 3.6, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "br":
            pdf.add_page()
        elif k == "sp":
            pdf.ln(b[1])
    pdf.output(str(out))


def ghostscript(inp: Path, out: Path):
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "g.pdf"
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                        "-dPDFSETTINGS=/printer", f"-sOutputFile={tmp}", str(inp)], check=True, capture_output=True)
        shutil.copy(tmp, out)


def scan(inp: Path, out: Path, *, seed=1, dpi=200, angle=0.6, noise=10, quality=55):
    """Image-only PDF: render, rotate slightly, add noise and speckles, JPEG, one image per page."""
    from PIL import Image, ImageFilter
    import numpy as np

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(inp), f"{td}/p"], check=True)
        imgs = []
        for f in sorted(Path(td).glob("p*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(angle * (1 if rnd.random() > 0.5 else -1), resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.int16)
            rs = np.random.RandomState(seed)
            a = a + rs.normal(0, noise, a.shape).astype(np.int16)
            a = a - 12  # slightly grey paper
            sp = rs.random_sample(a.shape) < 0.0006
            a[sp] = 30
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.35))
            imgs.append(im)
        imgs[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=quality)


# ---------------------------------------------------------------------------------------------
# hidden channels (pikepdf post-processing)
# ---------------------------------------------------------------------------------------------
def post(path: Path, *, info=None, xmp_author=None, annots=(), outline=(), links=(), fields=()):
    """annots: (page, (x1,y1,x2,y2), author, text, subject) sticky notes;
    outline: (title, page); links: (page, rect, uri); fields: (page, rect, name, tooltip, value)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if info:
            for k, v in info.items():
                pdf.docinfo[Name("/" + k)] = String(v)
        if xmp_author:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [xmp_author]
                m["dc:title"] = info.get("Title", "") if info else ""
        for pg, rect, au, txt, subj in annots:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(list(rect)),
                                             T=String(au), Contents=String(txt), Subj=String(subj or "Opmerking"),
                                             Name=Name.Comment, F=4, C=Array([1, 0.85, 0.2]),
                                             M=String(FIXED_DATE)))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        for pg, rect, uri in links:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(list(rect)), Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        if fields:
            flds = Array()
            for pg, rect, name, tip, val in fields:
                page = pdf.pages[pg]
                f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, Rect=Array(list(rect)),
                                                 T=String(name), TU=String(tip), V=String(val), F=4,
                                                 DA=String("/Helv 9 Tf 0 g"), P=page.obj))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(f)
                flds.append(f)
            pdf.Root.AcroForm = Dictionary(Fields=flds, NeedAppearances=True,
                                           DA=String("/Helv 9 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                                                         BaseFont=Name.Helvetica))))
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        pdf.save(str(path), deterministic_id=True)


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------
def channels(pdf: Path, ocr=False):
    txt, n = ev.text_pdfium(pdf)
    ch = {"pdfium": txt, "pdftotext": ev.text_pdftotext(pdf), "pages": n}
    m, o, a = ev.meta_outline_annots(pdf)
    ch.update(metadata=m, outline=o, annotations=a)
    if ocr:
        with tempfile.TemporaryDirectory() as td:
            ch["ocr"] = ev.ocr_text(pdf, Path(td), list(range(1, n + 1)))
    return ch


def write_gold(name, redact, keep, *, is_scan=False):
    pdf = DOCS / f"{name}.pdf"
    ch = channels(pdf, ocr=is_scan)
    g = {"doc": pdf.name, "pages": ch["pages"], "redact": [], "keep": []}
    for it in redact:
        ps = []
        for p in it["probes"]:
            q = {"text": p["text"], "word": p["word"], "after": 0}
            if is_scan or p["ch"] == "ocr":
                q["ocr"] = True
            elif p["ch"] != "text":
                q["channel"] = p["ch"]
            ps.append(q)
        g["redact"].append({"kind": it["kind"], "value": it["value"], "probes": ps})
    for it in keep:
        ps = []
        for p in it["probes"]:
            q = {"text": p["text"], "word": p["word"]}
            q["after"] = ev.count_in(ch["pdfium"], q)
            ps.append(q)
        g["keep"].append({"kind": it["kind"], "value": it["value"], "probes": ps})
    (GOLD / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    return g


def normalise(path: Path):
    """Fixed dates and a deterministic /ID so that a rebuild gives the same bytes where the producer allows."""
    import re
    import pikepdf
    from pikepdf import Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k in ("/CreationDate", "/ModDate"):
            pdf.docinfo[Name(k)] = String(FIXED_DATE)
        md = pdf.Root.get("/Metadata")
        if md is not None:
            x = md.read_bytes().decode("utf-8", "ignore")
            x = re.sub(r"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*", r"\g<1>2025-06-12T09:30:00+02:00", x)
            x = re.sub(r"(xmp:(?:CreateDate|ModifyDate|MetadataDate)=')[^']*", r"\g<1>2025-06-12T09:30:00+02:00", x)
            x = re.sub(r"uuid:[0-9a-fA-F-]{36}", "uuid:00000000-0000-4000-8000-000000000020", x)
            md.write(x.encode("utf-8"))
        pdf.save(str(path), deterministic_id=True)
