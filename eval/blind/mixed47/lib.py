"""Shared helpers for the mixed47 blind set (set BE): renderers (reportlab, LibreOffice, Chromium,
scans), hidden-channel post-processing and gold bookkeeping. Written blind (see README.md)."""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = HERE / "_work"
sys.path.insert(0, "/work/shared/eval")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle, Preformatted)

FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                 ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                 ("DVC-B", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, FD + fn))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-B")
addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B"); addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVC-B")


# ------------------------------------------------------------------------------------------
# gold bookkeeping
# ------------------------------------------------------------------------------------------
class Gold:
    """Collects redact and keep items of one document; 'after' is filled in by build.py."""

    def __init__(self, doc: str):
        self.doc = doc
        self.redact: list = []
        self.keep: list = []
        self.ocr = False

    @staticmethod
    def _probes(value, probes):
        out = []
        for p in (probes or [value]):
            if isinstance(p, tuple):
                out.append({"text": p[0], "word": p[1]})
            else:
                out.append({"text": p, "word": True})
        return out

    def r(self, kind, value, *probes):
        self.redact.append({"kind": kind, "value": value, "probes": self._probes(value, probes)})
        return self

    def k(self, kind, value, *probes):
        self.keep.append({"kind": kind, "value": value, "probes": self._probes(value, probes)})
        return self

    def kk(self, kind, *values):
        for v in values:
            self.k(kind, v)
        return self


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
def styles(font="DV", size=9.5):
    b = {"DV": "DV-B", "DVS": "DVS-B", "DVC": "DVC-B"}.get(font, font)
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=size + 9, spaceAfter=8, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=size + 5, spaceAfter=4, spaceBefore=8),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.25),
        "mono": ParagraphStyle("mono", fontName="DVM", fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "quote": ParagraphStyle("quote", fontName=font, fontSize=size - 0.5, leading=(size - 0.5) * 1.35,
                                leftIndent=10, textColor=colors.HexColor("#333333"), spaceAfter=4),
    }
    return st


class Bookmark(Flowable):
    def __init__(self, title, level=0):
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def draw(self):
        key = "bm" + hashlib.md5(self.title.encode()).hexdigest()[:10]
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=False)


class FormField(Flowable):
    """A one-line AcroForm text field with a label drawn before it."""

    def __init__(self, label, name, value, width=300, tooltip=None, font="DV"):
        super().__init__()
        self.label, self.name, self.value, self.w, self.tooltip, self.font = label, name, value, width, tooltip, font
        self.width, self.height = 170 + width, 22

    def draw(self):
        c = self.canv
        c.setFont(self.font, 9)
        c.drawString(0, 7, self.label)
        c.acroForm.textfield(name=self.name, value=self.value, x=170, y=2, width=self.w, height=17,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5, relative=True,
                             tooltip=self.tooltip or self.label, forceBorder=True)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def md(s: str) -> str:
    """Tiny inline markup: **bold**, _italic_ (only around words), newline -> <br/>; text is escaped
    unless it starts with '<<' (raw reportlab markup)."""
    if s.startswith("<<"):
        return s[2:]
    s = esc(html.unescape(s))
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


def cell(x, st, bold=False):
    if isinstance(x, Flowable):
        return x
    return Paragraph(md(str(x)), st["cellb" if bold else "cell"])


def table(rows, widths, st, header=True, grid=True, zebra=False, valign="TOP", pad=3, bold_first_col=False):
    data = []
    for i, r in enumerate(rows):
        data.append([cell(x, st, bold=(header and i == 0) or (bold_first_col and j == 0)) for j, x in enumerate(r)])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")))
    if zebra:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3")))
    t.setStyle(TableStyle(cmds))
    return t


def story(blocks, st):
    """blocks: list of strings / tuples. '# x' h1, '## x' h2, '> x' quote, '~ x' small, other string
    paragraph; ('kv', rows, (w1, w2)); ('t', rows, widths, opts); ('sp', h); ('pb',); ('bm', title, level);
    ('pre', text); ('field', label, name, value, width); any Flowable passes through."""
    out = []
    for b in blocks:
        if isinstance(b, Flowable):
            out.append(b)
        elif isinstance(b, str):
            if b.startswith("# "):
                out.append(Paragraph(md(b[2:]), st["h1"]))
            elif b.startswith("## "):
                out.append(Paragraph(md(b[3:]), st["h2"]))
            elif b.startswith("> "):
                out.append(Paragraph(md(b[2:]), st["quote"]))
            elif b.startswith("~ "):
                out.append(Paragraph(md(b[2:]), st["small"]))
            else:
                out.append(Paragraph(md(b), st["p"]))
        elif b[0] == "kv":
            w = b[2] if len(b) > 2 else (35, 120)
            out.append(table(b[1], w, st, header=False, grid=False, pad=1, bold_first_col=True))
            out.append(Spacer(1, 6))
        elif b[0] == "t":
            opts = b[3] if len(b) > 3 else {}
            out.append(table(b[1], b[2], st, **opts))
            out.append(Spacer(1, 6))
        elif b[0] == "sp":
            out.append(Spacer(1, b[1]))
        elif b[0] == "pb":
            out.append(PageBreak())
        elif b[0] == "bm":
            out.append(Bookmark(b[1], b[2] if len(b) > 2 else 0))
        elif b[0] == "pre":
            out.append(Preformatted(b[1], st["mono"]))
        elif b[0] == "field":
            out.append(FormField(*b[1:]))
        else:
            raise ValueError(b)
    return out


def rl_pdf(path: Path, blocks, *, title="", author="", subject="", creator="Microsoft Word - sjabloon",
           letterhead=None, side=None, footer=None, font="DV", size=9.5, margins=(22, 20, 22, 20),
           side_width=48, landscape=False):
    """letterhead: list of (text, fontname, size) lines drawn top-left (or a callable(canvas, doc));
    side: list of strings (side column on page 1, Rijksoverheid style); footer: text with {page}."""
    st = styles(font, size)
    ps = (A4[1], A4[0]) if landscape else A4
    W, H = ps
    top, right, bottom, left = [m * mm for m in margins]
    lh_h = 0
    if letterhead:
        lh_h = 18 * mm
    sw = side_width * mm if side else 0
    f1 = Frame(left, bottom, W - left - right - sw, H - top - bottom - lh_h, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(left, bottom, W - left - right, H - top - bottom, id="f2", leftPadding=0, rightPadding=0)

    def deco(c, d, first):
        c.saveState()
        if first and letterhead:
            if callable(letterhead):
                letterhead(c, d)
            else:
                y = H - top + 2 * mm
                for txt, fn, fs in letterhead:
                    c.setFont(fn, fs)
                    c.drawString(left, y, txt)
                    y -= fs * 1.3
        if first and side:
            y = H - top - lh_h
            x = W - right - sw + 6 * mm
            for line in side:
                bold = line.startswith("**")
                line = line.strip("*")
                c.setFont("DV-B" if bold else "DV", 7)
                c.drawString(x, y, line)
                y -= 9.5
        if footer:
            c.setFont(font, 7)
            c.drawString(left, 10 * mm, footer.format(page=d.page))
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=ps, title=title, author=author, subject=subject, creator=creator,
                          invariant=1, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=lambda c, d: deco(c, d, True), autoNextPageTemplate="rest"),
                          PageTemplate("rest", [f2], onPage=lambda c, d: deco(c, d, False))])
    doc.build(story(blocks, st))
    return path


# ------------------------------------------------------------------------------------------
# post-processing (pikepdf): sticky notes, XMP, info
# ------------------------------------------------------------------------------------------
def postprocess(path: Path, notes=(), xmp_creator=None, info=None, file_links=()):
    """notes: (page_index, x, y, author, contents); writes deterministically."""
    import pikepdf

    tmp = path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(path)) as pdf:
        for pi, x, y, who, contents in notes:
            page = pdf.pages[pi]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                Contents=pikepdf.String(contents), T=pikepdf.String(who), Name=pikepdf.Name.Comment,
                M=pikepdf.String("D:20250312101500+01'00'"), F=4, C=[1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        if info:
            for k, v in info.items():
                pdf.docinfo[pikepdf.Name("/" + k)] = pikepdf.String(v)
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [xmp_creator]
                meta["dc:title"] = info.get("Title", "") if info else ""
                meta["xmp:CreatorTool"] = "Microsoft® Word voor Microsoft 365"
        pdf.save(str(tmp), deterministic_id=True)
    tmp.replace(path)


# ------------------------------------------------------------------------------------------
# LibreOffice and Chromium
# ------------------------------------------------------------------------------------------
LO_PROFILE = "file:///tmp/be_mixed47_lo_profile"


def soffice_pdf(src: Path, out_pdf: Path):
    WORK.mkdir(exist_ok=True)
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(WORK), str(src)], check=True, capture_output=True,
                   timeout=300)
    shutil.move(str(WORK / (src.stem + ".pdf")), str(out_pdf))
    return out_pdf


def chromium_pdf(html_text: str, out_pdf: Path):
    WORK.mkdir(exist_ok=True)
    src = WORK / (out_pdf.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out_pdf}", str(src)], check=True,
                   capture_output=True, timeout=300)
    return out_pdf


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, angle=0.6, dpi=200):
    """Rasterise every page of src_pdf (pdftoppm), add a slight skew, grain and a grey border, and wrap
    the images as image-only pages (no text layer)."""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas as rlcanvas

    WORK.mkdir(exist_ok=True)
    pref = WORK / (out_pdf.stem + "-scan")
    for old in WORK.glob(out_pdf.stem + "-scan*"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(pref)], check=True)
    pngs = sorted(WORK.glob(out_pdf.stem + "-scan*.png"))
    rng = np.random.RandomState(seed)
    c = rlcanvas.Canvas(str(out_pdf), pagesize=A4, invariant=1)
    c.setCreator("KONICA MINOLTA bizhub C450i")
    c.setProducer("KONICA MINOLTA bizhub C450i")
    for i, p in enumerate(pngs):
        im = Image.open(p).convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rng.normal(0, 4, a.shape)
        a[:, :18] = 90
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        jp = WORK / f"{out_pdf.stem}-p{i}.jpg"
        im.save(jp, quality=60)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return out_pdf


# ------------------------------------------------------------------------------------------
# checksum helpers
# ------------------------------------------------------------------------------------------
def bsn_ok(b: str) -> bool:
    d = [int(x) for x in re.sub(r"\D", "", b)]
    if len(d) != 9:
        return False
    s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return s % 11 == 0


def iban_ok(i: str) -> bool:
    s = re.sub(r"\s", "", i)
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def make_iban(bank: str, acct: str) -> str:
    """Dutch IBAN with valid check digits, printed in groups of four."""
    r = bank + acct + "NL00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    cd = 98 - n % 97
    s = f"NL{cd:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_bsn(first8: str) -> str:
    """Append the 11-proef check digit to eight digits (bumping the eighth digit if needed)."""
    d = [int(x) for x in first8]
    while True:
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)
        d[7] = (d[7] + 1) % 10


def rijk_lh(ministry_lines, sub=None):
    """Rijksoverheid-like letterhead: a blue vertical band in the centre and the ministry's name to
    its right (drawn text, so it stays readable)."""
    def draw(c, d):
        W, H = d.pagesize
        c.setFillColor(colors.HexColor("#154273"))
        c.rect(W / 2 - 9 * mm, H - 32 * mm, 18 * mm, 32 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 5)
        c.drawCentredString(W / 2, H - 28 * mm, "RIJK")
        c.setFillColor(colors.black)
        y = H - 12 * mm
        for i, line in enumerate(ministry_lines):
            c.setFont("DVS-I" if i == 0 else "DVS", 9.5)
            c.drawString(W / 2 + 12 * mm, y, line)
            y -= 11
        if sub:
            c.setFont("DV", 7)
            c.drawString(W / 2 + 12 * mm, y - 2, sub)
    return draw


def docx_pdf(out_pdf: Path, parts, *, author="", last_by="", title="", header="", font="Calibri", size=10.5):
    """Write a .docx with python-docx (parts: '# h', '## h', '- bullet', plain text, ('t', rows, widths_cm))
    and let LibreOffice convert it to PDF."""
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)
    for p in parts:
        if isinstance(p, tuple) and p[0] == "t":
            rows, widths = p[1], p[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    lines = str(x).split("\n")
                    c.paragraphs[0].text = lines[0]
                    for extra in lines[1:]:
                        c.add_paragraph(extra)
                    if i == 0:
                        for para in c.paragraphs:
                            for run in para.runs:
                                run.bold = True
            d.add_paragraph("")
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        elif p.startswith("- "):
            d.add_paragraph(p[2:], style="List Bullet")
        elif p.startswith("**") and p.endswith("**"):
            para = d.add_paragraph()
            para.add_run(p[2:-2]).bold = True
        else:
            lines = p.split("\n")
            para = d.add_paragraph()
            for k, line in enumerate(lines):
                run = para.add_run(line)
                if k < len(lines) - 1:
                    run.add_break()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = author, last_by, title
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2025, 2, 18, 9, 0, 0)
    cp.revision = 3
    WORK.mkdir(exist_ok=True)
    src = WORK / (out_pdf.stem + ".docx")
    d.save(str(src))
    return soffice_pdf(src, out_pdf)
