"""Framework for set BN (mixed56): document builders, probes, gold writing."""
from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

_TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCond": "dejavu/DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "LibSans": "liberation2/LiberationSans-Regular.ttf", "LibSans-Bold": "liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "liberation2/LiberationSerif-Regular.ttf", "LibSerif-Bold": "liberation2/LiberationSerif-Bold.ttf",
    "LibMono": "liberation2/LiberationMono-Regular.ttf", "LibMono-Bold": "liberation2/LiberationMono-Bold.ttf",
    "Femke": "femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, "/usr/share/fonts/truetype/" + _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSansCond": "DejaVuSansCond-Bold",
        "LibSans": "LibSans-Bold", "LibSerif": "LibSerif-Bold", "LibMono": "LibMono-Bold", "Femke": "Femke"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """One document: story + gold."""

    def __init__(self, stem, title, font="Helvetica", size=10, producer="reportlab", land=False,
                 author=None, org=None):
        self.stem, self.title, self.font, self.size = stem, title, font, size
        self.producer, self.land = producer, land
        self.author = author or org or "Gemeente"
        self.story = []
        self.red, self.keep = [], []
        self.header = None      # callable(canvas, doc) or text
        self.footer = None      # text with {p}
        self.post = []          # callables(pikepdf.Pdf)
        self.scan = False
        self.margins = (22 * mm, 20 * mm, 22 * mm, 22 * mm)  # l, r, t, b
        self.docx = None

    # ---------------------------------------------------------------- gold
    def r(self, kind, value, *probes, ch="text"):
        ps = []
        for p in probes:
            word = True
            if p.startswith("~"):
                p, word = p[1:], False
            ps.append({"text": p, "word": word, "after": 0})
            if ch == "ocr":
                ps[-1]["ocr"] = True
        self.red.append({"kind": kind, "value": value, "channel": ch, "probes": ps})

    def k(self, kind, *texts, value=None):
        for t in texts:
            word = True
            if t.startswith("~"):
                t, word = t[1:], False
            self.keep.append({"kind": kind, "value": value or t, "probes": [{"text": t, "word": word}]})

    # ---------------------------------------------------------------- styles
    def st(self, size=None, bold=False, font=None, lead=None, align=0, color=colors.black, indent=0, space=4):
        f = font or self.font
        if bold:
            f = BOLD.get(f, f)
        s = size or self.size
        return ParagraphStyle("x", fontName=f, fontSize=s, leading=lead or s * 1.3, alignment=align,
                              textColor=color, leftIndent=indent, spaceAfter=space)

    def p(self, text, **kw):
        self.story.append(Paragraph(text, self.st(**kw)))

    def h(self, text, size=None, **kw):
        self.story.append(Paragraph(text, self.st(size=size or self.size + 2, bold=True, space=6, **kw)))

    def sp(self, h=4):
        self.story.append(Spacer(1, h * mm))

    def brk(self):
        self.story.append(PageBreak())

    def table(self, rows, widths=None, size=None, head=True, grid=True, font=None, bold_first_col=False,
              zebra=False, valign="TOP"):
        s = size or self.size - 1
        cs = self.st(size=s, font=font, space=0)
        bs = self.st(size=s, font=font, bold=True, space=0)
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(c, bs if (head and i == 0) or (bold_first_col and j == 0) else cs)
                         if isinstance(c, str) else c for j, c in enumerate(row)])
        t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if head:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
        if zebra:
            for i in range(1, len(rows), 2):
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3")))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def side(self, left, right, wl=105, wr=60, size_r=None):
        """Address block left, side column with contact details right."""
        ls = self.st(space=0)
        rs = self.st(size=size_r or self.size - 2, space=0)
        t = Table([[Paragraph(left, ls), Paragraph(right, rs)]], colWidths=[wl * mm, wr * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(t)

    def img(self, path, w, h):
        self.story.append(RLImage(str(path), width=w, height=h))

    def motivation(self, extra=""):
        self.h("Informatie die niet openbaar gemaakt kan worden", size=self.size + 1)
        self.p("Motivering", bold=True)
        self.p("In de openbaar gemaakte versie van dit document zijn persoonsgegevens weggelakt op grond van "
               "artikel 5.1, tweede lid, aanhef en onder e, van de Wet open overheid (5.1.2e). " + extra)

    # ---------------------------------------------------------------- build
    def _page(self, c, d):
        c.saveState()
        w, h = c._pagesize
        if callable(self.header):
            self.header(c, d)
        elif self.header:
            c.setFont(self.font, 8)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(self.margins[0], h - 12 * mm, self.header)
        if self.footer:
            c.setFont(self.font, 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(self.margins[0], 10 * mm, self.footer.format(p=c.getPageNumber()))
        c.restoreState()

    def build_rl(self, out):
        ps = landscape(A4) if self.land else A4
        l, r, t, b = self.margins
        d = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                              title=self.title, author=self.author, creator="", producer="")
        d.build(self.story, onFirstPage=self._page, onLaterPages=self._page)


# ---------------------------------------------------------------- numbers
def bsn_ok(s):
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8):
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank, acct, grouped=True):
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- producers
def docx_to_pdf(docx_path: Path, out_pdf: Path):
    prof = Path(tempfile.gettempdir()) / "bn_lo_profile"
    with tempfile.TemporaryDirectory(prefix="bn-lo-") as td:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=240)
        shutil.move(str(Path(td) / (docx_path.stem + ".pdf")), str(out_pdf))


def rasterize(pdf_in: Path, pdf_out: Path, seed=1, dpi=150, angle=0.5, quality=55, title="scan"):
    """Image-only scan: render, grey, rotate, noise, JPEG, wrap into a PDF without text layer."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas as rlcanvas
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(pdf_in))
    c = rlcanvas.Canvas(str(pdf_out), pagesize=A4)
    c.setTitle(title)
    c.setAuthor("Canon iR-ADV C5535 scan")
    c.setProducer("")
    c.setCreator("")
    W, H = A4
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 180):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, px[x, y] - rnd.randrange(60, 160))
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=quality)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    pdf.close()


def sig_png(path: Path, text: str, w=520, h=150, size=64, seed=3):
    """A signature as an image (handwriting font, slanted strokes)."""
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", size)
    d.text((10, 20), text, font=f, fill=(20, 30, 110, 255))
    rnd = random.Random(seed)
    pts = [(rnd.randrange(0, w), rnd.randrange(h // 2, h)) for _ in range(4)]
    d.line(pts, fill=(20, 30, 110, 255), width=3)
    im.save(path)
    return path


# ---------------------------------------------------------------- python-docx helpers
class Dx:
    """Thin wrapper over python-docx for LibreOffice-produced documents."""

    def __init__(self, font="Calibri", size=10.5, header=None, footer=None, land=False):
        import docx
        from docx.shared import Pt, Mm
        from docx.enum.section import WD_ORIENT
        self.Pt, self.Mm = Pt, Mm
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        sec = self.d.sections[0]
        sec.page_height, sec.page_width = Mm(297), Mm(210)
        if land:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_height, sec.page_width = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(22)
        sec.top_margin = Mm(20)
        sec.bottom_margin = Mm(18)
        if header:
            hp = sec.header.paragraphs[0]
            hp.text = header
            for r in hp.runs:
                r.font.size = Pt(8)
        if footer:
            fp = sec.footer.paragraphs[0]
            fp.text = footer
            for r in fp.runs:
                r.font.size = Pt(7.5)
            self._pagenum(fp)

    def _pagenum(self, par):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        run = par.add_run("   pagina ")
        run.font.size = self.Pt(7.5)
        r = par.add_run()
        r.font.size = self.Pt(7.5)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), kind)
            else:
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = txt
            r._r.append(e)

    @property
    def core_properties(self):
        return self.d.core_properties

    def save(self, path):
        self.d.save(path)

    def p(self, text="", bold=False, size=None, italic=False, align=None, space=4):
        par = self.d.add_paragraph()
        # **bold** segments
        parts = text.split("**")
        for i, part in enumerate(parts):
            lines = part.split("\n")
            for j, ln in enumerate(lines):
                run = par.add_run(ln)
                run.bold = bold or (i % 2 == 1)
                run.italic = italic
                if size:
                    run.font.size = self.Pt(size)
                if j < len(lines) - 1:
                    run.add_break()
        par.paragraph_format.space_after = self.Pt(space)
        if align == "right":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return par

    def h(self, text, level=2):
        par = self.d.add_heading(text, level=level)
        return par

    def table(self, rows, widths=None, size=None, head=True, style="Table Grid"):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                lines = str(c).split("\n")
                par = cell.paragraphs[0]
                for k, ln in enumerate(lines):
                    run = par.add_run(ln)
                    run.bold = head and i == 0
                    run.font.size = self.Pt(size or 9)
                    if k < len(lines) - 1:
                        run.add_break()
                if widths:
                    cell.width = self.Mm(widths[j])
        self.d.add_paragraph()
        return t

    def image(self, path, width_mm):
        self.d.add_picture(str(path), width=self.Mm(width_mm))

    def motivation(self, extra=""):
        self.h("Informatie die niet openbaar gemaakt kan worden", level=3)
        self.p("Motivering", bold=True)
        self.p("In de openbaar gemaakte versie van dit document zijn persoonsgegevens weggelakt op grond van "
               "artikel 5.1, tweede lid, aanhef en onder e, van de Wet open overheid (5.1.2e). " + extra)
