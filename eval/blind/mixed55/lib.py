"""Shared helpers for set BM (eval/blind/mixed55): rendering, hidden channels, scans, gold."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium  # noqa: E402

import reportlab.rl_config as _rlc  # noqa: E402
_rlc.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Frame, PageTemplate, BaseDocTemplate, Paragraph, Spacer,  # noqa: E402
                                Table, TableStyle, PageBreak, KeepTogether)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
for _n in _TTF:
    if _n + "-Bold" in _TTF:
        BOLD[_n] = _n + "-Bold"


def bold_of(font):
    return BOLD.get(font, font)


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
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


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- document + gold
class Doc:
    def __init__(self, stem, title, font="Helvetica", size=9.5, pagesize=A4, producer="reportlab",
                 author=None):
        self.stem, self.title, self.font, self.size = stem, title, font, size
        self.pagesize = pagesize
        self.producer = producer
        self.author = author            # Info /Author (also a hidden channel when not in the text)
        self.xmp_creators: list = []    # XMP dc:creator
        self.outline: list = []         # (title, page index)
        self.annots: list = []          # (page index, author /T, contents)
        self.fields: list = []          # handled by the builder itself
        self.R: list = []
        self.K: list = []
        self.flow: list = []
        self.first_page = None          # callable(canvas, doc)
        self.later_pages = None
        self.footer = None              # str, '{p}' replaced by the page number
        self.left, self.right, self.top, self.bottom = 25 * mm, 25 * mm, 25 * mm, 22 * mm
        self.first_top = None
        self.first_right = None
        self.notes = ""

    # gold
    def r(self, kind, value, *probes, ch="text", word=True):
        ps = []
        for p in probes:
            if isinstance(p, dict):
                d = dict(p)
            else:
                d = {"text": p, "word": word}
            d.setdefault("word", word)
            d["after"] = 0
            d["channel"] = ch
            if ch == "ocr":
                d["ocr"] = True
            ps.append(d)
        self.R.append({"kind": kind, "value": value, "probes": ps})

    def k(self, kind, value, *probes, word=True):
        ps = []
        for p in probes:
            d = dict(p) if isinstance(p, dict) else {"text": p, "word": word}
            d.setdefault("word", word)
            ps.append(d)
        self.K.append({"kind": kind, "value": value, "probes": ps})

    # styles
    def st(self, size=None, font=None, bold=False, lead=None, align=TA_LEFT, space=3, indent=0, color=None):
        f = font or self.font
        if bold:
            f = bold_of(f)
        s = size or self.size
        return ParagraphStyle("x", fontName=f, fontSize=s, leading=lead or s * 1.32, alignment=align,
                              spaceAfter=space, leftIndent=indent,
                              textColor=color or colors.black)

    def p(self, text, **kw):
        self.flow.append(Paragraph(text, self.st(**kw)))

    def h(self, text, size=None, **kw):
        self.flow.append(Paragraph(text, self.st(size=size or self.size + 1.5, bold=True, space=4, **kw)))

    def sp(self, h=4):
        self.flow.append(Spacer(1, h * mm))

    def brk(self):
        self.flow.append(PageBreak())

    def table(self, rows, widths, size=None, header=True, grid=True, font=None, pad=2, bg=None,
              valign="TOP"):
        sz = size or self.size - 1
        f = font or self.font
        st_ = ParagraphStyle("t", fontName=f, fontSize=sz, leading=sz * 1.25)
        sb = ParagraphStyle("tb", fontName=bold_of(f), fontSize=sz, leading=sz * 1.25)
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(str(c), sb if (header and i == 0) else st_) for c in row])
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), bg or colors.HexColor("#dde6ee")))
        t.setStyle(TableStyle(cmds))
        self.flow.append(t)
        self.sp(2)

    def kv(self, rows, widths=(32, 120), size=None):
        self.table(rows, widths, size=size, header=False, grid=False, pad=1)

    # build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        buf = io.BytesIO()
        W, H = self.pagesize
        ft = self.first_top if self.first_top is not None else self.top
        fr = self.first_right if self.first_right is not None else self.right
        doc = BaseDocTemplate(buf, pagesize=self.pagesize, leftMargin=self.left, rightMargin=self.right,
                              topMargin=self.top, bottomMargin=self.bottom, title=self.title,
                              author=self.author or "", creator=self.producer, producer=self.producer)
        f1 = Frame(self.left, self.bottom, W - self.left - fr, H - ft - self.bottom, id="f1")
        f2 = Frame(self.left, self.bottom, W - self.left - self.right, H - self.top - self.bottom, id="f2")
        me = self

        def deco(first):
            def fn(c, d):
                c.saveState()
                if first and me.first_page:
                    me.first_page(c, d)
                if not first and me.later_pages:
                    me.later_pages(c, d)
                if me.footer:
                    c.setFont(me.font if me.font != "Femke" else "Helvetica", 7.5)
                    c.drawCentredString(W / 2, 12 * mm, me.footer.replace("{p}", str(d.page)))
                c.restoreState()
            return fn

        doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco(True), autoNextPageTemplate="later"),
                              PageTemplate("later", [f2], onPage=deco(False))])
        doc.build(self.flow)
        out.write_bytes(buf.getvalue())
        postprocess(self, out)
        return out


def postprocess(d, out: Path):
    """Hidden channels with pikepdf: Info, XMP dc:creator, outline, sticky notes."""
    import pikepdf
    if not (d.xmp_creators or d.outline or d.annots or d.author):
        return
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        if d.author:
            pdf.docinfo["/Author"] = d.author
        if d.xmp_creators:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = list(d.xmp_creators)
                meta["dc:title"] = d.title
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, who, text in d.annots:
            page = pdf.pages[pg]
            W = float(page.mediabox[2])
            H = float(page.mediabox[3])
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[W - 60, H - 120, W - 40, H - 100], Contents=pikepdf.String(text),
                T=pikepdf.String(who), Name=pikepdf.Name.Comment, Open=False,
                C=[1, 0.9, 0.2]))
            if "/Annots" in page.obj:
                page.obj.Annots.append(a)
            else:
                page.obj.Annots = pikepdf.Array([a])
        pdf.save(str(out))


# ---------------------------------------------------------------- scans (image-only pages)
def scan_pdf(stem, draw_fn, seed=1, angle=0.6, quality=55, noise=10, size=(1654, 2339)):
    """draw_fn(img, draw, fonts) paints a 200-dpi A4 page; the result is a PDF with one JPEG, no text."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    img = Image.new("L", size, 250)
    dr = ImageDraw.Draw(img)

    def F(name, px):
        return ImageFont.truetype(_TTF[name], px)
    draw_fn(img, dr, F)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    for _ in range(size[0] * size[1] // 300):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-noise * 6, noise * 2)))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=quality)
    b.seek(0)
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    out = DOCS_DIR / f"{stem}.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 Scan")
    c.setProducer("Canon iR-ADV C5535")
    c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out


# ---------------------------------------------------------------- LibreOffice (docx -> pdf)
def soffice_pdf(docx_obj, stem):
    DOCS_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{stem}.docx"
        docx_obj.save(str(src))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       capture_output=True, timeout=180, check=True)
        pdf = Path(td) / f"{stem}.pdf"
        out = DOCS_DIR / f"{stem}.pdf"
        out.write_bytes(pdf.read_bytes())
    return out


# ---------------------------------------------------------------- gold writing
def write_gold(d: Doc, out: Path):
    GOLD_DIR.mkdir(exist_ok=True)
    text, pages = text_pdfium(out)
    keep = []
    bad = []
    for item in d.K:
        ps = []
        for p in item["probes"]:
            c = count_in(text, p)
            if c == 0:
                bad.append(f"{d.stem}: keep probe not in text: {p['text']!r}")
                continue
            q = dict(p)
            q["after"] = c
            ps.append(q)
        if ps:
            keep.append({"kind": item["kind"], "value": item["value"], "probes": ps})
    gold = {"doc": out.name, "pages": pages, "producer": d.producer, "redact": d.R, "keep": keep}
    if d.notes:
        gold["notes"] = d.notes
    (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return bad
