"""Shared helpers of set BP (eval/blind/mixed58): fonts, platypus builder, docx via LibreOffice,
scans, hidden channels, gold items. Used by make_set.py and the content modules."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)

__all__ = ["A4", "landscape", "mm", "colors", "Paragraph", "Spacer", "Table", "TableStyle", "PageBreak",
           "KeepTogether", "st", "P", "tbl", "build", "R", "K", "TTF", "docx_to_pdf", "scan_pages",
           "TA_CENTER", "TA_RIGHT", "post", "footer", "new_docx", "docx_table", "save_docx_pdf"]

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito",
}
_SUFFIX = {
    "DejaVuSans": ("", "-Bold", "-Oblique", "-BoldOblique"),
    "DejaVuSerif": ("", "-Bold", "-Italic", "-BoldItalic"),
    "LiberationSerif": ("-Regular", "-Bold", "-Italic", "-BoldItalic"),
    "LiberationSans": ("-Regular", "-Bold", "-Italic", "-BoldItalic"),
    "LiberationMono": ("-Regular", "-Bold", "-Italic", "-BoldItalic"),
    "Carlito": ("-Regular", "-Bold", "-Italic", "-BoldItalic"),
}
for fam, base in TTF.items():
    names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
    for nm, suf in zip(names, _SUFFIX[fam]):
        pdfmetrics.registerFont(TTFont(nm, base + suf + ".ttf"))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])
pdfmetrics.registerFont(TTFont("Femke", "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"))
addMapping("Femke", 0, 0, "Femke")
addMapping("Femke", 1, 0, "Femke")
addMapping("Femke", 0, 1, "Femke")
addMapping("Femke", 1, 1, "Femke")

_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def st(font="Helvetica", size=10, leading=None, bold=False, align=0, space=4, color=None, indent=0, italic=False):
    fn = font
    if bold:
        fn = _BOLD.get(font, font + "-Bold" if font in TTF else font)
    if italic and font in TTF:
        fn = font + "-Italic"
    elif italic and font == "Times-Roman":
        fn = "Times-Italic"
    elif italic and font == "Helvetica":
        fn = "Helvetica-Oblique"
    return ParagraphStyle("s", fontName=fn, fontSize=size, leading=leading or size * 1.3, alignment=align,
                          spaceAfter=space, textColor=color or colors.black, leftIndent=indent)


def P(text, style):
    return Paragraph(text, style)


def tbl(rows, widths, style, head=True, grid=True, bg=colors.HexColor("#dde4ee"), valign="TOP", pad=3):
    data = [[c if not isinstance(c, str) else Paragraph(c, style) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), bg))
    t.setStyle(TableStyle(cmds))
    return t


def build(path, story, *, pagesize=A4, margins=(22 * mm, 22 * mm, 20 * mm, 22 * mm), onpage=None,
          title="", author="", subject="", creator="", frames=None):
    """margins = left, right, top, bottom. onpage(canvas, doc) draws header/footer."""
    l, r, t, b = margins
    w, h = pagesize
    doc = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                          bottomMargin=b, title=title, author=author, subject=subject, creator=creator)
    fr = frames or [Frame(l, b, w - l - r, h - t - b, id="f")]
    doc.addPageTemplates([PageTemplate(id="p", frames=fr, onPage=onpage or (lambda c, d: None))])
    doc.build(story)


# ------------------------------------------------------------------ gold items
def _probe(p, ch):
    if isinstance(p, dict):
        d = dict(p)
    else:
        d = {"text": p, "word": True}
    d.setdefault("word", True)
    d["after"] = 0
    d["channel"] = d.get("channel", ch)
    if d["channel"] == "ocr":
        d["ocr"] = True
    return d


def R(kind, value, *probes, ch="text"):
    """A redact item. ch: text | ocr | metadata | outline | annotations"""
    ps = probes or (value,)
    return {"kind": kind, "value": value, "probes": [_probe(p, ch) for p in ps]}


def K(kind, value, *probes):
    ps = probes or (value,)
    out = []
    for p in ps:
        d = dict(p) if isinstance(p, dict) else {"text": p, "word": True}
        d.setdefault("word", True)
        out.append(d)
    return {"kind": kind, "value": value, "probes": out}


# ------------------------------------------------------------------ LibreOffice
def docx_to_pdf(docx_paths, outdir):
    outdir = Path(outdir)
    with tempfile.TemporaryDirectory(prefix="bp-lo-") as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                       check=True, capture_output=True, timeout=600)


# ------------------------------------------------------------------ scans
def scan_pages(src_pdf, out_pdf, *, seed=1, dpi=150, angle=0.8, quality=55, noise=10, shadow=False,
               persp=False, gray=True):
    """Render src_pdf, degrade each page like a scanner or a phone photo, write an image-only PDF."""
    from PIL import Image, ImageFilter, ImageDraw
    import numpy as np
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bp-scan-") as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src_pdf), f"{td}/p"], check=True)
        imgs = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("RGB")
            W, H = im.size
            if persp:
                # phone photo: slight keystone, darker background around the sheet
                bg = Image.new("RGB", (int(W * 1.08), int(H * 1.06)), (92, 84, 76))
                dx = int(W * 0.03)
                coeffs = _persp_coeffs([(0, 0), (W, 0), (W, H), (0, H)],
                                       [(dx, 8), (W - 4, 0), (W - dx // 2, H), (dx // 3, H - 10)])
                im = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(92, 84, 76))
                bg.paste(im, (int(W * 0.04), int(H * 0.03)))
                im = bg.resize((W, H))
            im = im.rotate(angle + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, expand=False,
                           fillcolor=(250, 250, 248) if not persp else (92, 84, 76))
            a = np.asarray(im).astype("float32")
            if shadow:
                yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
                g = 0.55 + 0.45 * np.clip((xx / a.shape[1]) * 1.2 + (yy / a.shape[0]) * 0.3, 0, 1)
                a = a * g[..., None]
                a[..., 0] *= 1.02
                a[..., 2] *= 0.93
            a = a + np.random.default_rng(seed).normal(0, noise, a.shape)
            a = np.clip(a, 0, 255).astype("uint8")
            im = Image.fromarray(a)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            if gray:
                im = im.convert("L")
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            imgs.append(Image.open(io.BytesIO(buf.getvalue())))
        imgs[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def _persp_coeffs(src, dst):
    import numpy as np
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([u, v, 1, 0, 0, 0, -x * u, -x * v])
        m.append([0, 0, 0, u, v, 1, -y * u, -y * v])
    A = np.array(m, dtype="float64")
    B = np.array([c for p in dst for c in p], dtype="float64")
    res = np.linalg.solve(A, B)
    # we want the inverse mapping (output -> input) for PIL
    import numpy.linalg as la
    H = np.append(res, 1).reshape(3, 3)
    Hi = la.inv(H)
    Hi = Hi / Hi[2, 2]
    return Hi.flatten()[:8].tolist()


# ------------------------------------------------------------------ hidden channels (pikepdf)
def post(path, *, author=None, title=None, subject=None, keywords=None, xmp_creator=None, outline=None,
         notes=None, links=None):
    """Rewrite path with hidden-channel content.
    outline: list of (title, page_index); notes: list of (page_index, rect, contents, author);
    links: list of (page_index, rect, uri)."""
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    path = Path(path)
    tmp = path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(path)) as pdf:
        info = pdf.docinfo
        if author is not None:
            info[Name.Author] = author
        if title is not None:
            info[Name.Title] = title
        if subject is not None:
            info[Name.Subject] = subject
        if keywords is not None:
            info[Name.Keywords] = keywords
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = [xmp_creator]
                if title:
                    meta["dc:title"] = title
        if outline:
            with pdf.open_outline() as ol:
                from pikepdf import OutlineItem
                for t, pg in outline:
                    ol.root.append(OutlineItem(t, pg))
        for (pi, rect, contents, who) in (notes or []):
            page = pdf.pages[pi]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                             Contents=String(contents), T=String(who), Name=Name.Comment,
                                             C=Array([1, 0.85, 0.2]), F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        for (pi, rect, uri) in (links or []):
            page = pdf.pages[pi]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect),
                                             Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        pdf.save(str(tmp))
    tmp.replace(path)


def footer(left="", font="Helvetica", size=7.5, right_fmt="pagina {n}", header=None, header_font=None,
           logo=None):
    """onpage callback: a footer line with page number, optional header text (top left) and logo text
    (top right, bold)."""
    def _f(c, d):
        w, h = d.pagesize
        c.saveState()
        c.setFont(font, size)
        c.setFillColor(colors.HexColor("#444444"))
        if left:
            c.drawString(d.leftMargin, 12 * mm, left)
        if right_fmt:
            c.drawRightString(w - d.rightMargin, 12 * mm, right_fmt.format(n=c.getPageNumber()))
        if header:
            c.setFont(header_font or font, size)
            c.drawString(d.leftMargin, h - 12 * mm, header)
        if logo:
            c.setFont(_BOLD.get(font, font + "-Bold" if font in TTF else font), 13)
            c.setFillColor(colors.HexColor("#9b1c1c"))
            c.drawRightString(w - d.rightMargin, h - 14 * mm, logo)
        c.restoreState()
    return _f


def new_docx(font="Carlito", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    s = d.styles["Normal"]
    s.font.name = font
    s.font.size = Pt(size)
    d.core_properties.author = "gemeente"
    d.core_properties.last_modified_by = "gemeente"
    return d


def docx_table(d, rows, widths_cm=None, bold_head=True, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(v)
            run.bold = bold_head and i == 0
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def save_docx_pdf(d, path):
    path = Path(path)
    dx = path.with_suffix(".docx")
    d.save(str(dx))
    docx_to_pdf([dx], path.parent)
    dx.unlink()
