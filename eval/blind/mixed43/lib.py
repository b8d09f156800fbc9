"""Producers and gold helpers for set BA (mixed43). All personal data is invented."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = HERE / "_work"
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
             ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf")):
    pdfmetrics.registerFont(TTFont(n, FD + f))

ST = {
    "p": ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5),
    "ps": ParagraphStyle("ps", fontName="DV", fontSize=8, leading=10),
    "pc": ParagraphStyle("pc", fontName="DVC", fontSize=8, leading=9.5),
    "h1": ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceAfter=8, spaceBefore=4),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceAfter=4, spaceBefore=6),
    "m": ParagraphStyle("m", fontName="DVM", fontSize=8, leading=10),
}


def flow(items):
    """items: ('h1'|'h2'|'p'|'ps'|'m', text) | ('table', rows, widths_mm[, style]) | ('sp', mm) | ('pb',)"""
    out = []
    for it in items:
        k = it[0]
        if k in ST:
            out.append(Paragraph(it[1], ST[k]))
        elif k == "sp":
            out.append(Spacer(1, it[1] * mm))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "table":
            rows, widths = it[1], it[2]
            sty = it[3] if len(it) > 3 else "pc"
            data = [[Paragraph(str(c), ST[sty]) if not hasattr(c, "wrap") else c for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
            out.append(t)
            out.append(Spacer(1, 3 * mm))
    return out


def rl_doc(path, items, header="", footer="", title=None, author=None):
    W, H = A4
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm, title=title or "", author=author or "",
                          invariant=1)

    def deco(c, d):
        c.saveState()
        fs = 9
        while fs > 6 and pdfmetrics.stringWidth(header, "DVB", fs) > W - 40 * mm:
            fs -= 0.5
        c.setFont("DVB", fs)
        c.drawString(20 * mm, H - 13 * mm, header)
        fs = 7
        while fs > 5 and pdfmetrics.stringWidth(footer, "DV", fs) > W - 40 * mm - 40:
            fs -= 0.5
        c.setFont("DV", fs)
        c.drawString(20 * mm, 10 * mm, footer)
        c.drawRightString(W - 20 * mm, 10 * mm, f"pagina {d.page}")
        c.restoreState()

    fr = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f")
    doc.addPageTemplates([PageTemplate("a", [fr], onPage=deco)])
    doc.build(flow(items))


def rl_letter(path, org, org_lines, window, sidebar, items, footer="", title=None, author=None):
    """Letter: logo top left, address window left, sidebar right on page 1, body in narrower frame."""
    W, H = A4
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title or "", author=author or "", invariant=1)

    def first(c, d):
        c.saveState()
        c.setFont("DVSB", 15)
        c.drawString(22 * mm, H - 22 * mm, org)
        c.setFont("DV", 7.5)
        y = H - 27 * mm
        for l in org_lines:
            c.drawString(22 * mm, y, l)
            y -= 9
        c.setFont("DV", 6.5)
        c.drawString(22 * mm, H - 47 * mm, "Retouradres: " + org_lines[-1] if org_lines else "")
        c.setFont("DV", 9.5)
        y = H - 53 * mm
        for l in window:
            c.drawString(22 * mm, y, l)
            y -= 12.5
        x = 150 * mm
        y = H - 50 * mm
        for lab, val in sidebar:
            c.setFont("DVB", 7)
            c.drawString(x, y, lab)
            y -= 9
            c.setFont("DV", 7.5)
            for vl in val.split("\n"):
                c.drawString(x, y, vl)
                y -= 9.5
            y -= 4
        c.setFont("DV", 6.5)
        c.drawString(22 * mm, 10 * mm, footer)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawString(22 * mm, H - 12 * mm, org)
        c.drawRightString(W - 20 * mm, 10 * mm, f"pagina {d.page}")
        c.restoreState()

    f1 = Frame(22 * mm, 22 * mm, 120 * mm, H - 112 * mm, id="f1")
    f2 = Frame(22 * mm, 22 * mm, W - 44 * mm, H - 44 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later)])
    doc.build(flow(items))


# ---------------------------------------------------------------- chromium
HTML_CSS = """<style>
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5px;margin:0}
h1{font-size:16px;margin:0 0 6px} h2{font-size:12.5px;margin:12px 0 4px}
table{border-collapse:collapse;width:100%;margin:6px 0} td,th{border:1px solid #999;padding:3px 4px;vertical-align:top;text-align:left}
th{background:#e4ecf3} .hdr{border-bottom:1px solid #555;margin:10px 0 4px;padding-bottom:4px}
.hdr b{display:inline-block;width:70px} .q{border-left:2px solid #99a;padding-left:8px;color:#333;margin-left:4px}
.msg{margin:3px 0} .who{font-weight:bold} .ts{color:#666;font-size:9px}
.small{font-size:9px;color:#444}
</style>"""


def html_pdfs(jobs):
    """jobs: list of (path, title, body_html)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        pg = b.new_page()
        for path, title, body in jobs:
            html = f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title>{HTML_CSS}</head><body>{body}</body></html>"
            pg.set_content(html)
            pg.pdf(path=str(path), format="A4", margin={"top": "18mm", "bottom": "16mm", "left": "18mm", "right": "18mm"},
                   print_background=True)
        b.close()


# ---------------------------------------------------------------- LibreOffice
def docx_build(path, blocks, author=None, title=None, header=None):
    """blocks: ('h1'|'h2'|'p', text) | ('table', rows, widths_cm) | ('pb',)"""
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2)
        if header:
            s.header.paragraphs[0].text = header
    if author is not None:
        d.core_properties.author = author
        d.core_properties.last_modified_by = author
    d.core_properties.title = title or ""
    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j, col in enumerate(t.columns):
                col.width = Cm(widths[j])
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = str(c)
                    cell.width = Cm(widths[j])
                    for para in cell.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(8.5)
                            run.bold = (i == 0)
            d.add_paragraph("")
    d.save(str(path))


def soffice(paths, outdir):
    subprocess.run(["nice", "-n", "10", "soffice", "--headless", "-env:UserInstallation=file:///tmp/ba_lo_profile",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in paths],
                   check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def scan_pdf(path, pages, seed=1):
    """pages: list of draw(fn(draw, fonts)) callables on a 2480x3508 (300 dpi A4) white canvas."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    fonts = {
        "t": ImageFont.truetype(FD + "DejaVuSans.ttf", 40),
        "tb": ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 46),
        "h": ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 62),
        "s": ImageFont.truetype(FD + "DejaVuSans.ttf", 32),
        "hw": ImageFont.truetype(FD + "DejaVuSerif-Italic.ttf", 46) if Path(FD + "DejaVuSerif-Italic.ttf").exists()
        else ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", 46),
        "m": ImageFont.truetype(FD + "DejaVuSansMono.ttf", 40),
    }
    imgs = []
    for i, draw_fn in enumerate(pages):
        im = Image.new("L", (2480, 3508), 255)
        dr = ImageDraw.Draw(im)
        draw_fn(dr, fonts, rnd)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.3)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=250, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        px = im.load()
        for _ in range(25000):
            x, y = rnd.randrange(2480), rnd.randrange(3508)
            px[x, y] = rnd.choice([90, 140, 200])
        imgs.append(im.convert("L"))
    imgs[0].save(str(path), "PDF", resolution=300.0, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- hidden channels and normalisation
def finalize(path, author=None, title=None, notes=(), outline=(), subject=None):
    """Fixed Info, optional sticky notes [(page, x, y, author, text)] and outline [(title, page)]."""
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    info = pdf.docinfo
    for k in list(info.keys()):
        if k in ("/CreationDate", "/ModDate"):
            del info[k]
    info[Name.CreationDate] = String("D:20250915120000+02'00'")
    info[Name.ModDate] = String("D:20250915120000+02'00'")
    if author is not None:
        info[Name.Author] = String(author)
    if title is not None:
        info[Name.Title] = String(title)
    if subject is not None:
        info[Name.Subject] = String(subject)
    if "/DocChecksum" in pdf.trailer:  # LibreOffice's per-run checksum
        del pdf.trailer["/DocChecksum"]
    if "/ID" in pdf.trailer:  # a fresh random ID per run; deterministic_id derives a new one from content
        del pdf.trailer["/ID"]
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    for pg, x, y, who, txt in notes:
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                         Contents=String(txt), T=String(who), Open=False, Name=Name.Comment,
                                         C=Array([1, 0.9, 0.2])))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(Array())
        page.obj.Annots.append(a)
    if outline:
        with pdf.open_outline() as ol:
            for t, pg in outline:
                ol.root.append(pikepdf.OutlineItem(t, pg))
    pdf.save(str(path), deterministic_id=True, compress_streams=True)
    pdf.close()


# ---------------------------------------------------------------- gold
def gold_for(pdf_path: Path, spec: dict, ch=None) -> tuple[dict, list]:
    """spec: {'redact': [(kind, value, [probe,...])], 'keep': [(kind, value, [probe,...])]}.
    Probes are word-anchored; a probe may be a dict for options. Returns gold and problems."""
    if ch is None:
        ch = ev.extract_channels(pdf_path, ocr="auto")
    chans = ch["channels"]
    pdfium = chans.get("pdfium", "")
    problems = []

    def mk(p):
        return dict(p) if isinstance(p, dict) else {"text": p, "word": True}

    red = []
    spans = []
    for kind, value, probes in spec["redact"]:
        ps = []
        for p in probes:
            pr = mk(p)
            pr.setdefault("after", 0)
            cc = ev.channel_counts(chans, pr)
            if not cc or max(cc.values()) <= pr["after"]:
                problems.append(f"{pdf_path.name}: redact probe not in original: {pr['text']!r}")
            ps.append(pr)
            for m in ev.probe_regex(pr["text"], pr["word"]).finditer(pdfium):
                spans.append((m.start(), m.end()))
        for m in ev.probe_regex(value, False).finditer(pdfium):
            spans.append((m.start(), m.end()))
        red.append({"kind": kind, "value": value, "probes": ps})
    keep = []
    for kind, value, probes in spec["keep"]:
        ps = []
        for p in probes:
            pr = mk(p)
            n = ev.count_in(pdfium, pr)
            if n == 0:
                problems.append(f"{pdf_path.name}: keep probe absent: {pr['text']!r}")
            for m in ev.probe_regex(pr["text"], pr["word"]).finditer(pdfium):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    problems.append(f"{pdf_path.name}: keep probe overlaps redact: {pr['text']!r}")
            pr["after"] = n
            ps.append(pr)
        keep.append({"kind": kind, "value": value, "probes": ps})
    g = {"doc": pdf_path.name, "pages": ch.get("pages", 0), "redact": red, "keep": keep}
    return g, problems
