"""Rebuild set BX (eval/blind/mixed66): tax, customs and benefits. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py tx03 tx17  # only these

The document texts live in docs_a.py, docs_b.py and docs_c.py. A text carries its own gold:
[[K:text]] or [[K:text|value]] marks a redact probe, <<K:text>> a keep probe (the markers are
stripped before rendering). Every keep probe's 'after' is counted on the original's PDFium text
with the evaluator's own functions; every redact probe has after=0, carries the channel it is
claimed to be in, and is checked there by check_gold.py. A keep probe whose matches overlap a
redact probe's matches is refused here (it could not be kept).
"""
from __future__ import annotations

import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "PERSONAL_NUMBER", "S": "SPECIAL_CATEGORY", "C": "CRIMINAL_DATA",
         "K": "LICENSE_PLATE", "G": "SIGNATURE_NAME", "U": "USERNAME"}
KKIND = {"O": "ORG", "L": "PLACE", "H": "OFFICE_HOLDER", "W": "LAW", "R": "REFERENCE",
         "M": "FUNCTIONAL_MAILBOX", "G": "PROGRAMME", "J": "JOB_TITLE", "X": "DATE", "Y": "GENERAL_PHONE",
         "Z": "AMOUNT", "S": "STREET", "P": "PRODUCT"}


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def bad_bsn(prefix8: str) -> str:
    """Nine digits that fail the elfproef (a typo'd BSN is still a BSN to withhold)."""
    good = make_bsn(prefix8)
    r = good[:8] + str((int(good[8]) + 3) % 10)
    assert not bsn_ok(r)
    return r


def make_iban(bank: str, acct: str, grouped=True, country="NL") -> str:
    acct = acct.zfill(10) if country == "NL" else acct
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + country + "00"))
    ck = 98 - int(num) % 97
    s = f"{country}{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_ok(s)
    return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


# ---------------------------------------------------------------- the marker language
RX = re.compile(r"\[\[([A-Z]):(.+?)\]\]|<<([A-Z]):(.+?)>>")


class Doc:
    def __init__(self, stem: str, producer: str):
        self.stem = stem
        self.producer = producer
        self.redact: dict = {}
        self.keep: dict = {}
        self.chan = "text"

    def _add(self, red: bool, kind: str, text: str, value: str, chan: str):
        store = self.redact if red else self.keep
        kname = (RKIND if red else KKIND)[kind]
        if any(text in it["probes"] for it in store.values()):
            return  # one probe per string and document; the first registration (and channel) wins
        item = store.setdefault((kname, value), {"kind": kname, "value": value, "probes": {}})
        if text not in item["probes"]:
            item["probes"][text] = {"text": text, "word": True, "after": 0}
            if red:
                item["probes"][text]["channel"] = chan

    def m(self, s: str, chan: str | None = None) -> str:
        """Strip markers, register probes; returns the plain text."""
        def rep(mo):
            if mo.group(1):
                red, kind, body = True, mo.group(1), mo.group(2)
            else:
                red, kind, body = False, mo.group(3), mo.group(4)
            text, _, value = body.partition("|")
            self._add(red, kind, text, value or text, chan or self.chan)
            return text
        return RX.sub(rep, s)

    def r(self, kind, text, value=None, chan="text"):
        """Register a redact probe that is not in marked text (hidden channels, images)."""
        self._add(True, kind, text, value or text, chan)
        return text


def x(s: str) -> str:
    """Escape for reportlab paragraphs, keeping a few inline tags."""
    s = escape(s)
    return re.sub(r"&lt;(/?(?:b|i|u|br/?|font[^&]*?|super|sub))&gt;", r"<\1>", s)


# ---------------------------------------------------------------- fonts
_REG = set()


def font(name: str) -> str:
    """Register a TTF family once; returns the regular face's name."""
    files = {
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
        "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
        "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
        "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
        "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
        "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
        "Femke": ("femkeklaver/femkeklaver.ttf", "femkeklaver/femkeklaver.ttf"),
    }
    std = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
    if name in std:
        return name
    if name not in _REG:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        reg, bold = files[name]
        pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{reg}"))
        pdfmetrics.registerFont(TTFont(name + "-Bold", f"{FONTS}/{bold}"))
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, name + "-Bold")
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, name + "-Bold")
        _REG.add(name)
    return name


def bold_of(f: str) -> str:
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(f, f + "-Bold")


# ---------------------------------------------------------------- reportlab documents
class RL:
    """A small flowable builder: d = RL(doc, 'Helvetica'); d.h('..'); d.p('..'); d.table(rows); d.build()."""

    def __init__(self, doc: Doc, fontname="Helvetica", size=10, header=None, footer=None,
                 landscape_=False, margins=(60, 60, 60, 60)):
        from reportlab.lib.styles import ParagraphStyle
        self.doc = doc
        self.f = font(fontname)
        self.fb = bold_of(self.f)
        self.size = size
        self.flow = []
        self.header = header
        self.footer = footer
        self.landscape = landscape_
        self.margins = margins
        self.st = ParagraphStyle("b", fontName=self.f, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
        self.sth = ParagraphStyle("h", fontName=self.fb, fontSize=size + 3, leading=(size + 3) * 1.3,
                                  spaceAfter=size * 0.6, spaceBefore=size * 0.4)
        self.sth2 = ParagraphStyle("h2", fontName=self.fb, fontSize=size + 1, leading=(size + 1) * 1.3,
                                   spaceAfter=size * 0.3, spaceBefore=size * 0.5)
        self.stc = ParagraphStyle("c", fontName=self.f, fontSize=size - 1, leading=(size - 1) * 1.25)
        self.stm = ParagraphStyle("m", fontName=self.f, fontSize=size, leading=size * 1.2, spaceAfter=0)

    def p(self, s, style=None):
        from reportlab.platypus import Paragraph
        self.flow.append(Paragraph(x(self.doc.m(s)), style or self.st))

    def lines(self, s):
        """Header-like block: one line per line, no space after."""
        from reportlab.platypus import Paragraph
        for ln in s.strip("\n").split("\n"):
            self.flow.append(Paragraph(x(self.doc.m(ln)) or "&nbsp;", self.stm))
        self.space(6)

    def h(self, s):
        from reportlab.platypus import Paragraph
        self.flow.append(Paragraph(x(self.doc.m(s)), self.sth))

    def h2(self, s):
        from reportlab.platypus import Paragraph
        self.flow.append(Paragraph(x(self.doc.m(s)), self.sth2))

    def space(self, n=8):
        from reportlab.platypus import Spacer
        self.flow.append(Spacer(1, n))

    def pagebreak(self):
        from reportlab.platypus import PageBreak
        self.flow.append(PageBreak())

    def table(self, rows, widths=None, head=True, size=None, grid=True):
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, Table, TableStyle
        sz = size or self.size - 1
        stc = ParagraphStyle("c", fontName=self.f, fontSize=sz, leading=sz * 1.25)
        stb = ParagraphStyle("cb", fontName=self.fb, fontSize=sz, leading=sz * 1.25)
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(x(self.doc.m(c)), stb if (head and i == 0) else stc) for c in row])
        t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
        t.setStyle(TableStyle(style))
        self.flow.append(t)
        self.space(8)

    def image(self, img, w, h):
        from reportlab.platypus import Image
        self.flow.append(Image(img, width=w, height=h, hAlign="LEFT"))

    def build(self, info=None):
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.platypus import SimpleDocTemplate
        ps = landscape(A4) if self.landscape else A4
        out = DOCS_DIR / f"{self.doc.stem}.pdf"
        l, r, t, b = self.margins
        info = info or {}
        sd = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=l, rightMargin=r, topMargin=t,
                               bottomMargin=b, title=info.get("title", ""), author=info.get("author", ""),
                               subject=info.get("subject", ""), creator=info.get("creator", "ReportLab"))
        hdr = self.doc.m(self.header) if self.header else None
        ftr = self.doc.m(self.footer) if self.footer else None
        f = self.f

        def deco(c, d):
            c.saveState()
            c.setFont(f, 8)
            if hdr:
                c.drawString(l, ps[1] - 34, hdr)
            if ftr:
                c.drawString(l, 28, ftr.replace("{page}", str(d.page)))
            c.restoreState()
        sd.build(self.flow, onFirstPage=deco, onLaterPages=deco)
        return out


# ---------------------------------------------------------------- docx via LibreOffice
class DX:
    def __init__(self, doc: Doc, fontname="Calibri", size=11):
        import docx
        from docx.shared import Pt
        self.doc = doc
        self.d = docx.Document()
        stl = self.d.styles["Normal"]
        stl.font.name = fontname
        stl.font.size = Pt(size)

    def p(self, s, bold=False, size=None, align=None):
        from docx.shared import Pt
        par = self.d.add_paragraph()
        for i, part in enumerate(re.split(r"\*\*", self.doc.m(s))):
            run = par.add_run(part)
            run.bold = bold or (i % 2 == 1)
            if size:
                run.font.size = Pt(size)
        if align == "right":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return par

    def lines(self, s, size=None):
        for ln in s.strip("\n").split("\n"):
            par = self.p(ln, size=size)
            par.paragraph_format.space_after = 0

    def h(self, s, level=1):
        self.d.add_heading(self.doc.m(s), level=level)

    def table(self, rows, head=True):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                cell = t.cell(i, j)
                cell.text = self.doc.m(c)
                if head and i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        self.d.add_paragraph()

    def pagebreak(self):
        self.d.add_page_break()

    def core(self, author="", title=""):
        self.d.core_properties.author = author
        self.d.core_properties.title = title
        self.d.core_properties.last_modified_by = author

    def build(self):
        out = DOCS_DIR / f"{self.doc.stem}.pdf"
        with tempfile.TemporaryDirectory(prefix="bx-lo-") as td:
            src = Path(td) / f"{self.doc.stem}.docx"
            self.d.save(src)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless",
                            "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                           capture_output=True, timeout=240)
            (Path(td) / f"{self.doc.stem}.pdf").replace(out)
        return out


# ---------------------------------------------------------------- scans
def scan_page(doc: Doc, blocks, seed=1, rotate=0.6, quality=55, dpi=200, noise=10, sig=None):
    """Render text blocks to a page image like a scanner would. blocks: list of (text, size_pt,
    'regular'|'bold'|'mono'|'hand', indent_mm). Marked text registers OCR probes.
    Returns a PIL image (grey, A4 at dpi)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    faces = {"regular": f"{FONTS}/liberation2/LiberationSerif-Regular.ttf",
             "bold": f"{FONTS}/liberation2/LiberationSerif-Bold.ttf",
             "sans": f"{FONTS}/dejavu/DejaVuSans.ttf",
             "mono": f"{FONTS}/liberation2/LiberationMono-Regular.ttf",
             "hand": f"{FONTS}/femkeklaver/femkeklaver.ttf"}
    y = int(20 / 25.4 * dpi)
    for text, size, face, indent in blocks:
        px = int(size / 72 * dpi)
        fnt = ImageFont.truetype(faces[face], px)
        if text == "":
            y += int(px * 0.8)
            continue
        plain = doc.m(text, chan="ocr")
        xx = int((22 + indent) / 25.4 * dpi)
        dr.text((xx, y), plain, font=fnt, fill=20 if face != "hand" else 30)
        y += int(px * 1.35)
    rnd = random.Random(seed)
    # speckle noise
    px = im.load()
    for _ in range(W * H // 400):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        px[xx, yy] = rnd.choice((120, 160, 200))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if noise:
        from PIL import ImageChops
        nz = Image.frombytes("L", (W, H), rnd.randbytes(W * H))  # seeded, so a rebuild gives the same page
        im = ImageChops.multiply(im, nz.point(lambda v: 255 - v * noise // 255 // 2))
    im = im.rotate(rotate, resample=Image.BICUBIC, fillcolor=235, expand=False)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf)


def images_to_pdf(doc: Doc, images, dpi=200, how="reportlab"):
    out = DOCS_DIR / f"{doc.stem}.pdf"
    if how == "pil":
        images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
        return out
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setCreator("Canon iR-ADV C5840 scan")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=60)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return out


def signature_png(text: str, seed=3, w=520, h=150):
    """A handwritten-looking signature (femkeklaver, slanted) as an image; not probed for OCR."""
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    fnt = ImageFont.truetype(f"{FONTS}/femkeklaver/femkeklaver.ttf", int(h * 0.55))
    dr.text((10, 10), text, font=fnt, fill=(20, 30, 110, 255))
    rnd = random.Random(seed)
    pts = [(10 + i * (w - 40) / 12, h * 0.75 + rnd.uniform(-12, 12)) for i in range(13)]
    dr.line(pts, fill=(20, 30, 110, 255), width=3)
    im = im.transform(im.size, Image.AFFINE, (1, 0.35, -30, 0, 1, 0), resample=Image.BICUBIC)
    return im


# ---------------------------------------------------------------- hidden channels
def set_meta(path: Path, author=None, title=None, subject=None, xmp_creator=None, keywords=None):
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if keywords is not None:
            pdf.docinfo["/Keywords"] = keywords
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                md["dc:creator"] = [xmp_creator]
                if title:
                    md["dc:title"] = title
        pdf.save(path)


def add_outline(path: Path, titles):
    """titles: list of (title, page_index)."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for t, pi in titles:
                ol.root.append(pikepdf.OutlineItem(t, pi))
        pdf.save(path)


def add_notes(path: Path, notes):
    """notes: list of (page_index, author, contents, (x, y))."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for pi, author, contents, (xx, yy) in notes:
            page = pdf.pages[pi]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[xx, yy, xx + 20, yy + 20], T=pikepdf.String(author),
                Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment, F=4,
                C=[1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(path)


# ---------------------------------------------------------------- gold
def write_gold(doc: Doc, pdf: Path):
    text, pages = text_pdfium(pdf)
    problems = []
    red_spans = []
    redact = []
    for item in doc.redact.values():
        probes = list(item["probes"].values())
        for pr in probes:
            if pr["channel"] == "text":
                if count_in(text, pr) == 0:
                    problems.append(f"redact probe not in text: {pr['text']!r}")
                for mo in probe_regex(pr["text"], True).finditer(text):
                    red_spans.append((mo.start(), mo.end(), pr["text"]))
        redact.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    keep = []
    for item in doc.keep.values():
        probes = list(item["probes"].values())
        for pr in probes:
            pr["after"] = count_in(text, pr)
            if pr["after"] == 0:
                problems.append(f"keep probe not in text: {pr['text']!r}")
            for mo in probe_regex(pr["text"], True).finditer(text):
                for a, b, rt in red_spans:
                    if mo.start() < b and a < mo.end():
                        problems.append(f"keep {pr['text']!r} overlaps redact {rt!r}: "
                                        f"...{text[max(0, a - 30):b + 30]}...")
        keep.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    gold = {"doc": pdf.name, "pages": pages, "producer": doc.producer, "redact": redact, "keep": keep}
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return pages, problems


def main(argv):
    import importlib
    mods = []
    for name in ("docs_a", "docs_b", "docs_c"):
        if (HERE / f"{name}.py").exists():
            mods.append(importlib.import_module(name))
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    builders = {}
    for mod in mods:
        for name in dir(mod):
            if re.fullmatch(r"tx\d\d", name):
                builders[name] = getattr(mod, name)
    want = argv or sorted(builders)
    total = {"pages": 0, "redact": 0, "keep": 0}
    bad = 0
    for stem in want:
        doc = builders[stem]()
        pdf = DOCS_DIR / f"{stem}.pdf"
        pages, problems = write_gold(doc, pdf)
        nr = sum(len(i["probes"]) for i in doc.redact.values())
        nk = sum(len(i["probes"]) for i in doc.keep.values())
        total["pages"] += pages
        total["redact"] += nr
        total["keep"] += nk
        print(f"{stem}: pages={pages} redact={nr} keep={nk} {doc.producer}")
        for p in problems:
            print("   PROBLEM", p)
        bad += len(problems)
    print(f"docs={len(want)} pages={total['pages']} redact={total['redact']} keep={total['keep']} problems={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
