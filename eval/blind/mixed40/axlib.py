"""Builders for the blind set AX (eval/blind/mixed40): reportlab, LibreOffice Writer (flat ODT),
python-docx -> LibreOffice, openpyxl -> LibreOffice Calc, image-only scans, and pikepdf
post-processing for hidden channels. All data written with these helpers is invented."""
from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
LO_PROFILE = "file:///tmp/ax_lo_profile"


# ------------------------------------------------------------------------------------------
# checksummed identifiers
# ------------------------------------------------------------------------------------------
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        r = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if r < 10:
            s = "".join(map(str, d + [r]))
            if bsn_ok(s):
                return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(rng: random.Random, bank: str) -> str:
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    n = int("".join(str(int(c, 36)) for c in base))
    chk = 98 - n % 97
    s = f"NL{chk:02d}{bank}{acct}"
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
_FONTS_DONE = False


def rl_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVI", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("DVBI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf")))
    pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DVM", str(FONT_DIR / "DejaVuSansMono.ttf")))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVBI")
    _FONTS_DONE = True


def _styles(font="DV", size=9.5):
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4)
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=size + 3, leading=(size + 3) * 1.3,
                            spaceBefore=4, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=size + 0.5, spaceBefore=5, spaceAfter=3),
        "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "mono": ParagraphStyle("m", parent=base, fontName="DVM", fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.35, spaceAfter=1),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "right": ParagraphStyle("r", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3, alignment=2),
    }


def _para(text, st):
    from reportlab.platypus import Paragraph

    # text is plain; '**x**' marks bold, '\n' a line break
    t = escape(text)
    parts = t.split("**")
    t = "".join(p if i % 2 == 0 else f"<b>{p}</b>" for i, p in enumerate(parts))
    return Paragraph(t.replace("\n", "<br/>"), st)


def rl_story(items, st, avail_w):
    """Items: ('h', t) ('h2', t) ('p', t) ('small', t) ('mono', t) ('right', t) ('sp', pts) ('pb',)
    ('table', rows, colfracs[, opts]) ('lines', [t, ...]) ('col',) (frame break)."""
    from reportlab.lib import colors
    from reportlab.platypus import CondPageBreak, FrameBreak, PageBreak, Spacer, Table, TableStyle

    out = []
    for it in items:
        k = it[0]
        if k in ("h", "h2", "p", "small", "mono", "right"):
            out.append(_para(it[1], st[k]))
        elif k == "lines":
            for t in it[1]:
                out.append(_para(t, st["mono"]))
        elif k == "sp":
            out.append(Spacer(1, it[1]))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "col":
            out.append(FrameBreak())
        elif k == "cond":
            out.append(CondPageBreak(it[1]))
        elif k == "table":
            rows, fr = it[1], it[2]
            opts = it[3] if len(it) > 3 else {}
            data = [[_para(str(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[f * avail_w for f in fr], repeatRows=1 if opts.get("header", True) else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("header", True):
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            if opts.get("nogrid"):
                style = [s for s in style if s[0] != "GRID"]
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    return out


def rl_doc(path: Path, items, header=None, footer=None, two_col=False, size=9.5, font="DV",
           landscape=False, form_fields=None, margins=(2.2, 2.0)):
    """header/footer: plain strings drawn on every page ('{page}' replaced)."""
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    rl_fonts()
    ps = ls(A4) if landscape else A4
    W, H = ps
    lm, tm = margins[0] * cm, margins[1] * cm
    st = _styles(font, size)

    def deco(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        if header:
            c.drawString(lm, H - 1.1 * cm, header.replace("{page}", str(d.page)))
        if footer:
            c.drawString(lm, 1.0 * cm, footer.replace("{page}", str(d.page)))
        if form_fields and d.page == 1:
            for (name, value, x, y, w) in form_fields:
                c.acroForm.textfield(name=name, value=value, x=x * cm, y=H - y * cm, width=w * cm, height=14,
                                     fontName="Helvetica", fontSize=8, borderWidth=0.5)
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=ps, leftMargin=lm, rightMargin=lm, topMargin=tm + 0.3 * cm,
                          bottomMargin=tm, title="", author="", subject="", creator="", producer="")
    aw = W - 2 * lm
    if two_col:
        gap = 0.6 * cm
        cw = (aw - gap) / 2
        fh = H - 2 * tm - 0.3 * cm
        frames = [Frame(lm, tm, cw, fh, id="c1", leftPadding=0, rightPadding=0),
                  Frame(lm + cw + gap, tm, cw, fh, id="c2", leftPadding=0, rightPadding=0)]
        avail = cw
    else:
        frames = [Frame(lm, tm, aw, H - 2 * tm - 0.3 * cm, id="f", leftPadding=0, rightPadding=0)]
        avail = aw
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    doc.build(rl_story(items, st, avail))


# ------------------------------------------------------------------------------------------
# LibreOffice
# ------------------------------------------------------------------------------------------
def soffice_pdf(src: Path, outdir: Path) -> Path:
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(src)], capture_output=True, timeout=240)
    out = outdir / (src.stem + ".pdf")
    if not out.exists():
        raise RuntimeError(f"soffice failed on {src}: {r.stderr.decode()[-400:]}")
    return out


_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>{meta}</office:meta>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/><style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/><style:text-properties style:font-name="{font}" fo:font-size="{size}pt"/></style:default-style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.18cm"/><style:text-properties fo:font-size="{hsize}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{orient}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.0cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="TCN" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:background-color="#e3e8ef" fo:border="0.5pt solid #808080"/></style:style>
{colstyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="HF">{header}</text:p></style:header><style:footer><text:p text:style-name="HF">{footer}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
"""


def _lo_inline(t: str) -> str:
    """escape; '[[fn:...]]' becomes a footnote; '**x**' bold is dropped to plain (kept simple)."""
    out = []
    n = 0
    while True:
        i = t.find("[[fn:")
        if i < 0:
            out.append(escape(t.replace("**", "")))
            break
        j = t.find("]]", i)
        out.append(escape(t[:i].replace("**", "")))
        n += 1
        body = escape(t[i + 5:j])
        out.append(f'<text:note text:note-class="footnote"><text:note-citation>*</text:note-citation>'
                   f'<text:note-body><text:p text:style-name="Small">{body}</text:p></text:note-body></text:note>')
        t = t[j + 2:]
    return "".join(out).replace("\n", "<text:line-break/>")


def lo_doc(path_pdf: Path, items, header="", footer="", meta=None, size=10, font="DejaVu Sans",
           landscape=False, workdir: Path = None):
    meta = meta or {}
    m = []
    if "Author" in meta:
        m.append(f"<dc:creator>{escape(meta['Author'])}</dc:creator><meta:initial-creator>{escape(meta['Author'])}</meta:initial-creator>")
    if "Title" in meta:
        m.append(f"<dc:title>{escape(meta['Title'])}</dc:title>")
    if "Subject" in meta:
        m.append(f"<dc:subject>{escape(meta['Subject'])}</dc:subject>")
    if "Keywords" in meta:
        m.append(f"<meta:keyword>{escape(meta['Keywords'])}</meta:keyword>")
    body = []
    colstyles = []
    tn = 0
    for it in items:
        k = it[0]
        if k in ("p", "right", "mono"):
            body.append(f"<text:p>{_lo_inline(it[1])}</text:p>")
        elif k == "small":
            body.append(f'<text:p text:style-name="Small">{_lo_inline(it[1])}</text:p>')
        elif k == "h":
            body.append(f'<text:p text:style-name="H">{_lo_inline(it[1])}</text:p>')
        elif k == "h2":
            body.append(f'<text:p text:style-name="H2">{_lo_inline(it[1])}</text:p>')
        elif k == "sp":
            body.append("<text:p/>")
        elif k == "pb":
            body.append('<text:p text:style-name="PB"/>')
        elif k == "table":
            tn += 1
            rows, fr = it[1], it[2]
            opts = it[3] if len(it) > 3 else {}
            total = 25.7 if landscape else 16.8
            cols = []
            for ci, f in enumerate(fr):
                sn = f"T{tn}C{ci}"
                colstyles.append(f'<style:style style:name="{sn}" style:family="table-column">'
                                 f'<style:table-column-properties style:column-width="{f * total:.2f}cm"/></style:style>')
                cols.append(f'<table:table-column table:style-name="{sn}"/>')
            colstyles.append(f'<style:style style:name="T{tn}" style:family="table"><style:table-properties '
                             f'style:width="{total:.2f}cm" table:align="left"/></style:style>')
            x = [f'<table:table table:name="Tabel{tn}" table:style-name="T{tn}">' + "".join(cols)]
            hdr = opts.get("header", True)
            cellst = "TCN" if opts.get("nogrid") else "TC"
            for ri, r in enumerate(rows):
                x.append("<table:table-row>")
                for c in r:
                    cs = "TH" if (hdr and ri == 0) else cellst
                    paras = "".join(f'<text:p text:style-name="Cell">{_lo_inline(line)}</text:p>'
                                    for line in str(c).split("\n"))
                    x.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">{paras}</table:table-cell>')
                x.append("</table:table-row>")
            x.append("</table:table>")
            body.append("".join(x))
            body.append("<text:p/>")
        else:
            raise ValueError(k)
    pw, ph = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    pb_style = ('<style:style style:name="PB" style:family="paragraph">'
                '<style:paragraph-properties fo:break-before="page"/></style:style>')
    xml = _FODT_HEAD.format(meta="".join(m), font=font, size=size, hsize=size + 3, pw=pw, ph=ph,
                            orient="landscape" if landscape else "portrait",
                            colstyles="\n".join(colstyles) + pb_style,
                            header=_lo_hf(header), footer=_lo_hf(footer))
    xml += "\n".join(body) + "\n</office:text></office:body></office:document>\n"
    wd = Path(workdir or tempfile.mkdtemp(prefix="ax-"))
    src = wd / (path_pdf.stem + ".fodt")
    src.write_text(xml, encoding="utf-8")
    out = soffice_pdf(src, wd)
    shutil.move(str(out), str(path_pdf))


def _lo_hf(t: str) -> str:
    return escape(t).replace("{page}", "<text:page-number/>")


def docx_doc(path_pdf: Path, items, header="", footer="", meta=None, workdir: Path = None, size=10):
    import docx
    from docx.shared import Pt, Cm

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Sans"
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    if header:
        sec.header.paragraphs[0].text = header
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if footer:
        sec.footer.paragraphs[0].text = footer
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    cp = d.core_properties
    meta = meta or {}
    cp.author = meta.get("Author", "")
    cp.title = meta.get("Title", "")
    cp.subject = meta.get("Subject", "")
    cp.last_modified_by = meta.get("LastModifiedBy", "")
    for it in items:
        k = it[0]
        if k in ("p", "small", "right", "mono"):
            p = d.add_paragraph()
            parts = it[1].split("**")
            for i, part in enumerate(parts):
                r = p.add_run(part)
                r.bold = i % 2 == 1
                if k == "small":
                    r.font.size = Pt(size - 2)
        elif k in ("h", "h2"):
            p = d.add_paragraph()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(size + (3 if k == "h" else 0.5))
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows, fr = it[1], it[2]
            t = d.add_table(rows=len(rows), cols=len(fr))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.width = Cm(16.6 * fr[ci])
                    lines = str(c).split("\n")
                    cell.paragraphs[0].text = lines[0]
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(size - 1.5)
                            run.bold = ri == 0
            d.add_paragraph()
        else:
            raise ValueError(k)
    wd = Path(workdir or tempfile.mkdtemp(prefix="ax-"))
    src = wd / (path_pdf.stem + ".docx")
    d.save(str(src))
    out = soffice_pdf(src, wd)
    shutil.move(str(out), str(path_pdf))


def calc_doc(path_pdf: Path, sheets, header="", footer="", meta=None, workdir: Path = None, widths=None,
             landscape=True, wrap_cols=()):
    """sheets: [(title, rows)] ; rows[0] is the header row."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
        if widths:
            for col, w in widths.items():
                ws.column_dimensions[col].width = w
        import math

        for row in ws.iter_rows(min_row=1):
            lines = 1
            for c in row:
                c.alignment = Alignment(wrap_text=(c.column_letter in wrap_cols), vertical="top")
                if c.column_letter in wrap_cols and c.value is not None:
                    w = (widths or {}).get(c.column_letter, 10)
                    n = sum(max(1, math.ceil(len(part) / max(1.0, w * 1.05))) for part in str(c.value).split("\n"))
                    lines = max(lines, n)
            ws.row_dimensions[row[0].row].height = 13.0 * lines + 2
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_options.gridLines = True
        if header:
            ws.oddHeader.left.text = header
        if footer:
            ws.oddFooter.left.text = footer
        ws.oddFooter.right.text = "Pagina &P van &N"
    meta = meta or {}
    wb.properties.creator = meta.get("Author", "")
    wb.properties.title = meta.get("Title", "")
    wb.properties.subject = meta.get("Subject", "")
    wb.properties.lastModifiedBy = meta.get("LastModifiedBy", "")
    wd = Path(workdir or tempfile.mkdtemp(prefix="ax-"))
    src = wd / (path_pdf.stem + ".xlsx")
    wb.save(str(src))
    out = soffice_pdf(src, wd)
    shutil.move(str(out), str(path_pdf))


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, angle: float = 0.7, dpi: int = 200, noise: float = 9.0,
             quality: int = 72):
    """Render each page, rotate slightly, add grain and a grey cast, store as JPEG in an image-only PDF."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas

    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    tmpd = Path(tempfile.mkdtemp(prefix="axscan-"))
    imgs = []
    for i in range(len(pdf)):
        pil = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        pil = pil.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(pil).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, noise, a.shape)
        # a few specks
        for _ in range(120):
            y, x = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
            a[y:y + 2, x:x + 2] = rng.integers(40, 140)
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.5))
        p = tmpd / f"p{i}.jpg"
        im.save(p, quality=quality)
        imgs.append((p, pdf[i].get_size()))
    pdf.close()
    c = canvas.Canvas(str(out_pdf))
    for p, (w, h) in imgs:
        c.setPageSize((w, h))
        c.drawImage(str(p), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    shutil.rmtree(tmpd, ignore_errors=True)


# ------------------------------------------------------------------------------------------
# hidden channels
# ------------------------------------------------------------------------------------------
def hidden(path: Path, meta=None, notes=(), outline=(), attach=(), fields=(), links=()):
    """meta: {'Author':..}; notes: [(page, text, title)]; outline: [title]; attach: [(filename, bytes,
    description)]; fields: [(name, value)] (no widget appearance); links: [(page, uri)]."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if meta:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xm:
            for k, v in meta.items():
                key = {"Author": "dc:creator", "Title": "dc:title", "Subject": "dc:description"}.get(k)
                if key == "dc:creator":
                    xm[key] = [v]
                elif key:
                    xm[key] = v
        for k, v in meta.items():
            pdf.docinfo[Name("/" + k)] = String(v)
    for (pg, text, title) in notes:
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([480, 720, 500, 740]),
                                         Contents=String(text), T=String(title), Open=False,
                                         Name=Name.Comment))
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(a)
    for (pg, uri) in links:
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([60, 60, 200, 72]),
                                         Border=Array([0, 0, 0]),
                                         A=Dictionary(S=Name.URI, URI=String(uri))))
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(a)
    if outline:
        with pdf.open_outline() as ol:
            for i, t in enumerate(outline):
                ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
    for (fn, data, desc) in attach:
        fs = pikepdf.AttachedFileSpec(pdf, data, description=desc, filename=fn)
        pdf.attachments[fn] = fs
    if fields:
        page = pdf.pages[0]
        flds = Array()
        for i, (name, value) in enumerate(fields):
            f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                                             V=String(value), Rect=Array([0, 0, 0, 0]), F=2, P=page.obj))
            flds.append(f)
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(f)
        if "/AcroForm" in pdf.Root and "/Fields" in pdf.Root.AcroForm:
            for f in flds:
                pdf.Root.AcroForm.Fields.append(f)
        else:
            pdf.Root.AcroForm = Dictionary(Fields=flds)
    pdf.save(str(path))
    pdf.close()
