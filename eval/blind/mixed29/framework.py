"""Producers for set AM (mixed29): reportlab, LibreOffice-exported Word, Chromium-printed HTML,
scans (image-only, optionally with an invisible tesseract OCR layer) and hidden channels."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONTDIR = "/usr/share/fonts/truetype/dejavu"
for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
               ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
               ("DVC-B", "DejaVuSansCondensed-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
    pdfmetrics.registerFont(TTFont(nm, f"{FONTDIR}/{fn}"))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVS-B")
addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B"); addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVC-B")


def styles(font="DV", size=9.5):
    b = font + "-B" if font != "DVM" else font
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4, alignment=TA_LEFT),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6, spaceBefore=2),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceAfter=3, spaceBefore=6),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "fn": ParagraphStyle("fn", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.3),
    }


def _flow(blocks, st):
    """blocks: list of tuples: ('h1'|'h2'|'p'|'small'|'fn', text) | ('sp', h_mm) | ('table', rows, widths_mm, opts)
    | ('pb',) | ('fb',) (frame break) | ('tpl', name)."""
    out = []
    for b in blocks:
        k = b[0]
        if k in st:
            out.append(Paragraph(b[1], st[k]))
        elif k == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "fb":
            out.append(FrameBreak())
        elif k == "tpl":
            out.append(NextPageTemplate(b[1]))
        elif k == "table":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            head = opts.get("head", 1)
            data = [[Paragraph(str(c), st["cellb"] if i < head else st["cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=head)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if head:
                style.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor(opts.get("headbg", "#dde6f0"))))
            t.setStyle(TableStyle(style))
            out.append(t)
        else:
            raise ValueError(k)
    return out


def rl_pdf(path, blocks, *, pagesize=A4, font="DV", size=9.5, margins=(22, 20, 22, 22), onpage=None,
           columns=1, first_onpage=None, title=None, author=None, subject=None, creator="ReportLab PDF Library",
           col_gap=8, first_columns=None, top_first=None):
    """Build a reportlab PDF. margins = (left, top, right, bottom) mm. onpage(canvas, doc) draws headers,
    footers, text boxes, rotated margin text. columns=2 gives a two-column layout; first_columns/top_first
    allow a one-column masthead on page 1."""
    st = styles(font, size)
    W, H = pagesize
    l, t, r, b = [x * mm for x in margins]
    doc = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                          title=title or "", author=author or "", subject=subject or "", creator=creator)

    def frames(ncol, top_extra=0):
        fw = (W - l - r - (ncol - 1) * col_gap * mm) / ncol
        return [Frame(l + i * (fw + col_gap * mm), b, fw, H - t - b - top_extra, id=f"c{i}", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0) for i in range(ncol)]

    def cb(fn):
        return (lambda c, d: fn(c, d)) if fn else (lambda c, d: None)

    tpls = []
    if top_first is not None:
        # page 1: masthead frame of height top_first mm, then columns below
        mast = Frame(l, H - t - top_first * mm, W - l - r, top_first * mm, id="mast", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        tpls.append(PageTemplate("first", [mast] + frames(columns, top_first * mm + 3 * mm),
                                 onPage=cb(first_onpage or onpage)))
    tpls.append(PageTemplate("main", frames(columns), onPage=cb(onpage)))
    if top_first is None and first_onpage is not None:
        tpls.insert(0, PageTemplate("first", frames(columns), onPage=cb(first_onpage)))
    doc.addPageTemplates(tpls)
    flow = _flow(blocks, st)
    if len(tpls) > 1:
        flow.insert(0, NextPageTemplate("main"))
    doc.build(flow)
    return path


# ---------------------------------------------------------------------------------------------
# Word via LibreOffice
# ---------------------------------------------------------------------------------------------
def docx_pdf(path, blocks, *, header=None, footer=None, author=None, last_by=None, title=None, comments=(),
             font="Calibri", size=10.5, landscape_from=None, first_header=None):
    """Write a .docx with python-docx and export it to PDF with LibreOffice (comments exported as PDF
    annotations). blocks: ('h1'|'h2'|'p', text) | ('table', rows, widths_cm) | ('landscape',) | ('portrait',)
    | ('pb',). Text may contain **bold** segments. comments: [(anchor_text, author, initials, text)]."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.runs[0].font.size = Pt(8)
    cm = list(comments)
    pending = {c[0]: c for c in cm}

    def add_runs(par, text):
        parts = text.split("**")
        runs = []
        for i, ptxt in enumerate(parts):
            if not ptxt:
                continue
            # split further at comment anchors
            segs = [ptxt]
            for anchor in list(pending):
                new = []
                for s in segs:
                    if isinstance(s, tuple) or anchor not in s:
                        new.append(s)
                        continue
                    a, _, z = s.partition(anchor)
                    new += [a, (anchor,), z]
                segs = new
            for s in segs:
                if isinstance(s, tuple):
                    r = par.add_run(s[0])
                    r.bold = i % 2 == 1
                    c = pending.pop(s[0], None)
                    if c:
                        d.add_comment(r, text=c[3], author=c[1], initials=c[2])
                elif s:
                    r = par.add_run(s)
                    r.bold = i % 2 == 1
                    runs.append(r)
        return runs

    for b in blocks:
        k = b[0]
        if k in ("h1", "h2"):
            h = d.add_heading(level=1 if k == "h1" else 2)
            add_runs(h, b[1])
        elif k == "p":
            add_runs(d.add_paragraph(), b[1])
        elif k == "small":
            p = d.add_paragraph()
            for r in add_runs(p, b[1]):
                r.font.size = Pt(8)
        elif k == "pb":
            d.add_page_break()
        elif k in ("landscape", "portrait"):
            ns = d.add_section(WD_SECTION.NEW_PAGE)
            if k == "landscape":
                ns.orientation = WD_ORIENT.LANDSCAPE
                ns.page_width, ns.page_height = Cm(29.7), Cm(21)
            else:
                ns.orientation = WD_ORIENT.PORTRAIT
                ns.page_width, ns.page_height = Cm(21), Cm(29.7)
        elif k == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.width = Cm(widths[j])
                    par = cell.paragraphs[0]
                    lines = str(val).split("\n")
                    for li, line in enumerate(lines):
                        if li:
                            par = cell.add_paragraph()
                        for r in add_runs(par, f"**{line}**" if i == 0 else line):
                            r.font.size = Pt(size - 1.5)
            d.add_paragraph()
        else:
            raise ValueError(k)
    if pending:
        raise ValueError(f"comment anchors not placed: {list(pending)}")
    cp = d.core_properties
    cp.author = author or ""
    cp.last_modified_by = last_by or author or ""
    cp.title = title or ""
    cp.comments = ""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (Path(path).stem + ".docx")
        d.save(src)
        opts = '{"ExportNotes":{"type":"boolean","value":"true"}}'
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", f"pdf:writer_pdf_Export:{opts}", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=240)
        shutil.copy(Path(td) / (Path(path).stem + ".pdf"), path)
    return path


# ---------------------------------------------------------------------------------------------
# Chromium print of HTML
# ---------------------------------------------------------------------------------------------
def html_pdf(path, html, title=None):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/prof",
                        f"--print-to-pdf={path}", src.as_uri()], check=True, capture_output=True, timeout=240)
    return path


# ---------------------------------------------------------------------------------------------
# scans
# ---------------------------------------------------------------------------------------------
def scan_pdf(path, src_pdf, *, seed=1, angle=0.6, noise=14, dpi=200, ocr_layer=False, blur=0.5):
    """Render src_pdf, add skew and noise, save as image-only PDF; with ocr_layer=True the image is run
    through tesseract (nld) which writes a PDF with an invisible text layer."""
    import numpy as np
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/pg"], check=True)
        pages = []
        for i, png in enumerate(sorted(Path(td).glob("pg*.png"))):
            im = Image.open(png).convert("L")
            a = angle * (1 if i % 2 == 0 else -0.7) + rnd.uniform(-0.15, 0.15)
            im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
            arr = np.asarray(im).astype(np.float32)
            nrng = np.random.default_rng(seed + i)
            arr = arr * 0.93 + 8 + nrng.normal(0, noise, arr.shape)
            # a few specks and a grey scanner edge
            for _ in range(120):
                y, x = nrng.integers(0, arr.shape[0]), nrng.integers(0, arr.shape[1])
                arr[y:y + 2, x:x + 2] = nrng.integers(40, 140)
            arr[:, :12] = arr[:, :12] * 0.55
            im = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
            if blur:
                im = im.filter(ImageFilter.GaussianBlur(blur))
            pages.append(im)
        if not ocr_layer:
            pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=80)
        else:
            parts = []
            for i, im in enumerate(pages):
                jp = Path(td) / f"s{i}.jpg"
                im.save(jp, "JPEG", quality=80, dpi=(dpi, dpi))
                subprocess.run(["nice", "-n", "10", "tesseract", str(jp), f"{td}/o{i}", "-l", "nld", "pdf"],
                               check=True, capture_output=True, timeout=300)
                parts.append(f"{td}/o{i}.pdf")
            if len(parts) == 1:
                shutil.copy(parts[0], path)
            else:
                subprocess.run(["qpdf", "--empty", "--pages", *parts, "--", str(path)], check=True)
    return path


# ---------------------------------------------------------------------------------------------
# hidden channels
# ---------------------------------------------------------------------------------------------
def _annots(pdf, page):
    import pikepdf
    if "/Annots" not in page.obj:
        page.obj.Annots = pdf.make_indirect(pikepdf.Array())
    return page.obj.Annots


def add_hidden(path, *, info=None, notes=(), outline=(), fields=(), attachments=(), links=()):
    """info: dict for the document information dictionary; notes: [(page, x, y, author, text)] sticky notes;
    outline: [(title, page)]; fields: [(name, value, page, rect)] text fields; attachments: [(filename, bytes,
    description)]; links: [(page, rect, uri)]."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if info:
            for k, v in info.items():
                pdf.docinfo[Name("/" + k)] = String(v)
        for pg, x, y, who, txt in notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                                             Contents=String(txt), T=String(who), Name=Name.Comment, F=4,
                                             C=Array([1, 0.85, 0.2])))
            _annots(pdf, page).append(a)
        for pg, rect, uri in links:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            _annots(pdf, page).append(a)
        if outline:
            with pdf.open_outline() as ol:
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if fields:
            acro = pdf.Root.get("/AcroForm")
            if acro is None:
                acro = pdf.make_indirect(Dictionary(Fields=Array(), NeedAppearances=True,
                                                    DA=String("/Helv 9 Tf 0 g")))
                pdf.Root.AcroForm = acro
            for name, value, pg, rect in fields:
                page = pdf.pages[pg]
                f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                                                 V=String(value), Rect=Array(rect), F=4, P=page.obj,
                                                 DA=String("/Helv 9 Tf 0 g")))
                _annots(pdf, page).append(f)
                acro.Fields.append(f)
        for fname, data, desc in attachments:
            fs = pikepdf.AttachedFileSpec(pdf, data, description=desc, filename=fname)
            pdf.attachments[fname] = fs
        pdf.save(path)
    return path
