"""Small document model and renderers for the blind set mixed38 (set AV).

A document is a list of blocks plus its redact and keep items. Renderers: reportlab (portrait,
landscape, two columns, footers, metadata, outline titles, annotations), python-docx + LibreOffice,
HTML + LibreOffice, HTML + Chromium, and image-only scans (Pillow). Gold counts are made with the
evaluator's own functions (see build.py).
"""
from __future__ import annotations

import html as _html
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FONTDIR = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
               ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
               ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, str(FONTDIR / _f)))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")
registerFontFamily("DVC", normal="DVC", bold="DVCB", italic="DVC", boldItalic="DVCB")
registerFontFamily("DVM", normal="DVM", bold="DVM", italic="DVM", boldItalic="DVM")


# ------------------------------------------------------------------------------------------
# invented identifiers with valid checksums
# ------------------------------------------------------------------------------------------
def bsn(first8: str) -> str:
    """First valid BSN (11-proef) whose first eight digits are first8 (changing the 8th if needed)."""
    base = list(map(int, first8))
    for bump in range(10):
        d = base[:7] + [(base[7] + bump) % 10]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)
    raise ValueError(first8)


def bsn_ok(b: str) -> bool:
    d = [int(c) for c in b if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban(bank: str, account10: str, spaced: bool = True) -> str:
    bban = bank + account10
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ------------------------------------------------------------------------------------------
# document model
# ------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name: str, producer: str = "rl", *, author: str | None = None,
                 title: str | None = None, subject: str | None = None, landscape: bool = False,
                 columns: int = 1, footer: str | None = None, header: str | None = None,
                 font: str = "DV", size: float = 9.5, note: str = ""):
        self.name = name
        self.producer = producer
        self.author, self.title, self.subject = author, title, subject
        self.landscape, self.columns = landscape, columns
        self.footer, self.header = footer, header
        self.font, self.size = font, size
        self.note = note
        self.blocks: list = []
        self.redact: list = []
        self.keep: list = []
        self.scan_pages: list = []   # for producer 'scan': list of pages, each a list of (text, style)

    # blocks -------------------------------------------------------------------------------
    def h(self, t, level=1, outline=None):
        self.blocks.append(("h", t, level, outline)); return self

    def p(self, t, style="body"):
        self.blocks.append(("p", t, style)); return self

    def pre(self, t):
        self.blocks.append(("pre", t)); return self

    def table(self, rows, widths=None, header=True, size=None):
        self.blocks.append(("table", rows, widths, header, size)); return self

    def sp(self, n=4):
        self.blocks.append(("sp", n)); return self

    def br(self):
        self.blocks.append(("pb",)); return self

    def annot(self, text, author=None):
        """Sticky-note annotation on the current page (reportlab only)."""
        self.blocks.append(("annot", text, author)); return self

    def mark(self, title):
        """Outline entry without visible heading (reportlab only)."""
        self.blocks.append(("mark", title)); return self

    # gold items ---------------------------------------------------------------------------
    @staticmethod
    def _probes(probes):
        out = []
        for pr in probes:
            if isinstance(pr, tuple):
                out.append({"text": pr[0], "word": bool(pr[1])})
            else:
                out.append({"text": pr, "word": True})
        return out

    def R(self, kind, value, *probes):
        self.redact.append({"kind": kind, "value": value, "probes": self._probes(probes or (value,))})
        return self

    def K(self, kind, value, *probes):
        self.keep.append({"kind": kind, "value": value, "probes": self._probes(probes or (value,))})
        return self


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
def _esc(t: str) -> str:
    """Escape & that is not an entity; tags <b> <i> <a> <br/> <font> pass through."""
    return re.sub(r"&(?!(#\d+|[A-Za-z]+);)", "&amp;", t)


def _plain(t: str) -> str:
    t = re.sub(r"<br\s*/?>", "\n", t)
    return _html.unescape(re.sub(r"<[^>]+>", "", t))


class _Annot(Flowable):
    def __init__(self, text, author=None):
        super().__init__()
        self.text, self.author = text, author
        self.width = self.height = 0

    def draw(self):
        c = self.canv
        kw = {}
        if self.author:
            from reportlab.pdfbase.pdfdoc import PDFString
            kw["T"] = PDFString(self.author)
        c.textAnnotation(self.text, Rect=(440, 0, 460, 18), relative=1, **kw)


class _Mark(Flowable):
    _n = 0

    def __init__(self, title, level=0):
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def draw(self):
        _Mark._n += 1
        key = f"m{_Mark._n}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=self.level)


def _styles(d: Doc):
    f, s = d.font, d.size
    bold = {"DV": "DVB", "DVS": "DVSB", "DVC": "DVCB", "DVM": "DVM"}[f]
    return {
        "body": ParagraphStyle("b", fontName=f, fontSize=s, leading=s * 1.3, spaceAfter=s * 0.45),
        "small": ParagraphStyle("s", fontName=f, fontSize=s - 1.5, leading=(s - 1.5) * 1.25, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName=f, fontSize=s - 1, leading=(s - 1) * 1.2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=s - 1, leading=(s - 1) * 1.2),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=s + 4, leading=(s + 4) * 1.25, spaceAfter=6, spaceBefore=2),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=s + 1.5, leading=(s + 1.5) * 1.25, spaceAfter=3, spaceBefore=5),
        "center": ParagraphStyle("ce", fontName=f, fontSize=s, leading=s * 1.3, alignment=TA_CENTER),
        "mono": ParagraphStyle("m", fontName="DVM", fontSize=s - 1.5, leading=(s - 1.5) * 1.3, spaceAfter=1),
        "right": ParagraphStyle("r", fontName=f, fontSize=s, leading=s * 1.3, alignment=2),
    }


def render_rl(d: Doc, out: Path):
    st = _styles(d)
    ps = landscape(A4) if d.landscape else A4
    W, H = ps
    lm = rm = 20 * mm
    tm, bm = 20 * mm, 20 * mm
    if d.columns == 2:
        gap = 8 * mm
        cw = (W - lm - rm - gap) / 2
        frames = [Frame(lm, bm, cw, H - tm - bm, id="c1"), Frame(lm + cw + gap, bm, cw, H - tm - bm, id="c2")]
    else:
        frames = [Frame(lm, bm, W - lm - rm, H - tm - bm, id="f")]

    def on_page(c, doc):
        c.saveState()
        c.setFont(d.font, 7.5)
        if d.footer:
            c.drawString(lm, 10 * mm, _plain(d.footer).replace("{page}", str(doc.page)))
        if d.header:
            c.drawRightString(W - rm, H - 12 * mm, _plain(d.header))
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=d.title or "", author=d.author or "",
                          subject=d.subject or "", creator="reportlab", invariant=1)
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    story = []
    avail = (frames[0]._width)
    for b in d.blocks:
        k = b[0]
        if k == "h":
            _, t, level, outline = b
            if outline:
                story.append(_Mark(outline, 0 if level == 1 else 1))
            story.append(Paragraph(_esc(t), st["h1" if level == 1 else "h2"]))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), st[b[2]]))
        elif k == "pre":
            for line in b[1].split("\n"):
                story.append(Paragraph(_html.escape(line, quote=False) or "&#160;", st["mono"]))
        elif k == "table":
            _, rows, widths, header, size = b
            cs = st["cell"]
            cb = st["cellb"]
            if size:
                cs = ParagraphStyle("cx", parent=cs, fontSize=size, leading=size * 1.2)
                cb = ParagraphStyle("cbx", parent=cb, fontSize=size, leading=size * 1.2)
            data = [[Paragraph(_esc(str(c)), cb if (header and i == 0) else cs) for c in r]
                    for i, r in enumerate(rows)]
            n = len(rows[0])
            if widths:
                tot = sum(widths)
                cws = [avail * w / tot for w in widths]
            else:
                cws = [avail / n] * n
            t = Table(data, colWidths=cws, repeatRows=1 if header else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if header:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 5))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "annot":
            story.append(_Annot(b[1], b[2]))
        elif k == "mark":
            story.append(_Mark(b[1]))
    doc.build(story)


# ------------------------------------------------------------------------------------------
# python-docx + LibreOffice
# ------------------------------------------------------------------------------------------
_LO_PROFILE = Path(tempfile.gettempdir()) / "av-mixed38-lo"


def soffice_convert(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{_LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")


def render_docx(d: Doc, out: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Mm

    doc = docx.Document()
    stl = doc.styles["Normal"]
    stl.font.name = "DejaVu Sans" if d.font != "DVS" else "DejaVu Serif"
    stl.font.size = Pt(d.size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if d.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    if d.footer:
        sec.footer.paragraphs[0].text = _plain(d.footer).replace("{page}", "")
    if d.header:
        sec.header.paragraphs[0].text = _plain(d.header)
    cp = doc.core_properties
    cp.author = d.author or ""
    cp.title = d.title or ""
    cp.subject = d.subject or ""
    cp.last_modified_by = ""
    for b in d.blocks:
        k = b[0]
        if k == "h":
            doc.add_heading(_plain(b[1]), level=b[2])
        elif k == "p":
            para = doc.add_paragraph()
            # **bold** only via <b>..</b>
            parts = re.split(r"(<b>.*?</b>)", b[1])
            for part in parts:
                if part.startswith("<b>"):
                    para.add_run(_plain(part)).bold = True
                elif part:
                    para.add_run(_plain(part))
            if b[2] == "small":
                for r in para.runs:
                    r.font.size = Pt(d.size - 1.5)
        elif k == "pre":
            for line in b[1].split("\n"):
                para = doc.add_paragraph()
                r = para.add_run(line)
                r.font.name = "DejaVu Sans Mono"
                r.font.size = Pt(d.size - 1.5)
        elif k == "table":
            _, rows, widths, header, size = b
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(_plain(str(c)))
                    run.font.size = Pt(size or d.size - 1)
                    if header and i == 0:
                        run.bold = True
            if widths:
                tot = sum(widths)
                full = (277 if d.landscape else 170)
                for j, w in enumerate(widths):
                    for cell in t.columns[j].cells:
                        cell.width = Mm(full * w / tot)
            doc.add_paragraph()
        elif k == "sp":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        doc.save(str(src))
        pdf = soffice_convert(src, Path(td))
        shutil.move(str(pdf), str(out))


# ------------------------------------------------------------------------------------------
# HTML (+ LibreOffice or Chromium)
# ------------------------------------------------------------------------------------------
def to_html(d: Doc) -> str:
    css = ("body{font-family:'DejaVu Sans';font-size:%spt;margin:0} table{border-collapse:collapse;width:100%%}"
           "td,th{border:1px solid #888;padding:2px 4px;vertical-align:top;font-size:%spt} h1{font-size:15pt}"
           "h2{font-size:11.5pt} pre{font-family:'DejaVu Sans Mono';font-size:8pt;white-space:pre-wrap}"
           ".small{font-size:8pt}" % (d.size, d.size - 1))
    if d.landscape:
        css += "@page{size:A4 landscape;margin:15mm}"
    else:
        css += "@page{size:A4;margin:18mm}"
    meta = ""
    if d.author:
        meta += f'<meta name="author" content="{_html.escape(d.author)}">'
    out = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{_html.escape(d.title or '')}</title>{meta}<style>{css}</style></head><body>"]
    for b in d.blocks:
        k = b[0]
        if k == "h":
            out.append(f"<h{b[2]}>{_esc(b[1])}</h{b[2]}>")
        elif k == "p":
            cls = " class='small'" if b[2] == "small" else ""
            out.append(f"<p{cls}>{_esc(b[1])}</p>")
        elif k == "pre":
            out.append(f"<pre>{_html.escape(b[1])}</pre>")
        elif k == "table":
            _, rows, widths, header, size = b
            out.append("<table>")
            tot = sum(widths) if widths else None
            for i, r in enumerate(rows):
                tag = "th" if header and i == 0 else "td"
                cells = []
                for j, c in enumerate(r):
                    wa = f" style='width:{100 * widths[j] / tot:.1f}%'" if (widths and i == 0) else ""
                    cells.append(f"<{tag}{wa}>{_esc(str(c))}</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table><br>")
        elif k == "sp":
            out.append("<br>")
        elif k == "pb":
            out.append("<div style='page-break-after:always'></div>")
    if d.footer:
        out.append(f"<p class='small'>{_esc(d.footer.replace('{page}', ''))}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def render_html_lo(d: Doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".html")
        src.write_text(to_html(d), encoding="utf-8")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{_LO_PROFILE}",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(td) / (out.stem + ".pdf")), str(out))


def render_chromium(d: Doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".html")
        src.write_text(to_html(d), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)


# ------------------------------------------------------------------------------------------
# image-only scans
# ------------------------------------------------------------------------------------------
def render_scan(d: Doc, out: Path, seed: int = 7):
    """Each page: list of (text, style) with style in {'type', 'hand', 'bold', 'sig', 'gap'}."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    dpi = 150
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fonts = {
        "type": ImageFont.truetype(str(FONTDIR / "DejaVuSerif.ttf"), 27),
        "bold": ImageFont.truetype(str(FONTDIR / "DejaVuSerif-Bold.ttf"), 31),
        "hand": ImageFont.truetype(str(FONTDIR / "DejaVuSans-Oblique.ttf"), 30),
        "sig": ImageFont.truetype(str(FONTDIR / "DejaVuSans-Oblique.ttf"), 40),
    }
    pages = []
    for pg in d.scan_pages:
        im = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(im)
        y = 120
        for text, style in pg:
            if style == "gap":
                y += 30
                continue
            f = fonts[style]
            x = 110 + (rnd.randint(-4, 8) if style == "hand" else 0)
            fill = 40 if style != "hand" else 25
            if style == "sig":
                # a scribble plus the name written under it
                pts = [(x + i * 9, y + 20 + rnd.randint(-16, 16)) for i in range(30)]
                dr.line(pts, fill=30, width=3)
                y += 55
                dr.text((x, y), text, font=fonts["hand"], fill=25)
                y += 48
                continue
            dr.text((x, y), text, font=f, fill=fill)
            y += int(f.size * 1.55)
        # speckle noise
        for _ in range(1800):
            dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
        im = im.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=246)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert("RGB"))
    pages[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  title="", author="")


RENDERERS = {"rl": render_rl, "docx": render_docx, "html": render_html_lo, "chromium": render_chromium,
             "scan": render_scan}


def render(d: Doc, out: Path):
    RENDERERS[d.producer](d, out)
