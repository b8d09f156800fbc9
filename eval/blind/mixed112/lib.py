"""Rendering helpers for set IG (eval/blind/mixed112): reportlab flows, python-docx + LibreOffice,
image-only scans and hidden channels (metadata, XMP, outline, annotations, form fields)."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

_TTF = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "LibSerif": "LibSerif-Bold", "Carlito": "Carlito-Bold",
        "LibMono": "LibMono-Bold"}


def esc(s: str) -> str:
    return escape(s)


def _styles(font: str, size: float):
    b = BOLD.get(font, font)
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.55),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=size * 0.6,
                            spaceBefore=size * 0.4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=size * 0.4,
                             spaceBefore=size * 0.5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.25),
    }


def flow(path: Path, blocks: list, font: str = "Helvetica", size: float = 10, *, land: bool = False,
         header: str | None = None, footer: str | None = None, title: str = "", author: str = "",
         subject: str = "", creator: str = "", margins=(22, 20, 22, 20)):
    """blocks: ('p', text) ('h', text) ('h2', text) ('b', text: bold paragraph) ('small', text)
    ('kv', [(label, value), ...], labelwidth_mm) ('t', rows, widths_mm, opts) ('pre', text)
    ('sp', mm) ('pb',). Text is plain; '<b>' is not interpreted, use ('b', ...)."""
    st = _styles(font, size)
    ps = landscape(A4) if land else A4
    story = []
    for blk in blocks:
        k = blk[0]
        if k in ("p", "h", "h2", "small"):
            story.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"), st[k]))
        elif k == "b":
            story.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"),
                                   ParagraphStyle("bb", parent=st["p"], fontName=BOLD.get(font, font))))
        elif k == "kv":
            lw = blk[2] if len(blk) > 2 else 35
            rows = [[Paragraph(esc(a), st["cellb"]), Paragraph(esc(b).replace("\n", "<br/>"), st["cell"])]
                    for a, b in blk[1]]
            t = Table(rows, colWidths=[lw * mm, (ps[0] / mm - margins[1] - margins[3] - lw) * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "t":
            rows, widths = blk[1], blk[2]
            opts = blk[3] if len(blk) > 3 else {}
            data = []
            for i, r in enumerate(rows):
                sty = st["cellb"] if (i == 0 and opts.get("head", True)) else st["cell"]
                data.append([Paragraph(esc(str(c)).replace("\n", "<br/>"), sty) for c in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if opts.get("head", True) else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                  ("TOPPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("head", True) and opts.get("shade", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "pre":
            story.append(Preformatted(blk[1], ParagraphStyle("pre", fontName=font, fontSize=size - 1,
                                                              leading=(size - 1) * 1.3)))
            story.append(Spacer(1, 2 * mm))
        elif k == "sp":
            story.append(Spacer(1, blk[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(margins[3] * mm, ps[1] - 12 * mm, header)
        txt = (footer + "  |  " if footer else "") + f"pagina {doc.page}"
        canv.drawRightString(ps[0] - margins[1] * mm, 10 * mm, txt)
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=ps, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm, title=title,
                            author=author, subject=subject, creator=creator or "ReportLab PDF Library")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ docx via LibreOffice
def docx_build(blocks: list, font: str = "Calibri", size: int = 11, author: str = "", title: str = ""):
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    s = d.styles["Normal"]
    s.font.name = font
    s.font.size = Pt(size)
    for sec in d.sections:
        sec.page_height, sec.page_width = Mm(297), Mm(210)
        sec.left_margin = sec.right_margin = Mm(25)
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.last_modified_by = author
    for blk in blocks:
        k = blk[0]
        if k == "h":
            d.add_heading(blk[1], level=1)
        elif k == "h2":
            d.add_heading(blk[1], level=2)
        elif k == "p":
            d.add_paragraph(blk[1])
        elif k == "b":
            d.add_paragraph().add_run(blk[1]).bold = True
        elif k == "c":  # paragraph with a comment: ('c', text, anchor, comment, author, initials)
            p = d.add_paragraph()
            text, anchor = blk[1], blk[2]
            i = text.index(anchor)
            p.add_run(text[:i])
            r = p.add_run(anchor)
            p.add_run(text[i + len(anchor):])
            d.add_comment(r, text=blk[3], author=blk[4], initials=blk[5])
        elif k == "t":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif k == "hdr":  # page header text
            d.sections[0].header.paragraphs[0].text = blk[1]
        elif k == "ftr":
            d.sections[0].footer.paragraphs[0].text = blk[1]
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
    return d


def soffice_pdf(d, path: Path, margin_notes: bool = False):
    with tempfile.TemporaryDirectory(prefix="ig-lo-") as td:
        td = Path(td)
        src = td / (path.stem + ".docx")
        d.save(str(src))
        filt = "pdf"
        if margin_notes:
            filt = ('pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"},'
                    '"ExportNotes":{"type":"boolean","value":"false"}}')
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/prof", "--headless", "--convert-to", filt,
                        "--outdir", str(td), str(src)], capture_output=True, timeout=240, check=True)
        shutil.copy(td / (path.stem + ".pdf"), path)


# ------------------------------------------------------------------ scans
def scan(src_pdf: Path, out_pdf: Path, seed: int, angle: float = 0.6, dpi: int = 200, quality: int = 55,
         noise: int = 14):
    """Render src_pdf's pages to grey images with noise, a slight rotation and JPEG artefacts, and wrap
    each as a full-page image without any text layer."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    c = canvas.Canvas(str(out_pdf), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 PDF")
    c.setProducer("Canon iR-ADV C5535")
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 180):
            x, y = rnd.randrange(w), rnd.randrange(h)
            v = px[x, y]
            px[x, y] = max(0, min(255, v + rnd.randint(-noise * 4, noise * 4)))
        img = img.filter(ImageFilter.GaussianBlur(0.35))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    pdf.close()


# ------------------------------------------------------------------ hidden channels
def hidden(path: Path, *, author: str | None = None, title: str | None = None, xmp_creator: str | None = None,
           outline: list | None = None, note: tuple | None = None, keep_info: bool = True):
    """Rewrite path with Info /Author//Title, XMP dc:creator, outline titles [(title, page)], a sticky note
    (page, author, text)."""
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                md["dc:creator"] = [xmp_creator]
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, min(pg, len(pdf.pages) - 1)))
        if note:
            pg, who, text = note
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 760, 500, 780]), T=pikepdf.String(who),
                Contents=pikepdf.String(text), Name=pikepdf.Name.Comment, F=4))
            if "/Annots" in page.obj:
                page.obj.Annots.append(annot)
            else:
                page.obj.Annots = pikepdf.Array([annot])
        pdf.save(str(path))
