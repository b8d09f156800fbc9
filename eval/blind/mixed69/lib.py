"""Builders and gold helpers for set CA (eval/blind/mixed69). Used by make_set.py."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = HERE / ".build"

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
}
FAMILIES = {  # regular, bold
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "DejaVuMono": ("DejaVuMono", "DejaVuMono-Bold"),
    "LibSans": ("LibSans", "LibSans-Bold"),
    "LibSerif": ("LibSerif", "LibSerif-Bold"),
}
_REG = False


def _register():
    global _REG
    if _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, p in FONTS.items():
        pdfmetrics.registerFont(TTFont(n, p))
    _REG = True


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


# ---------------------------------------------------------------- document model
class Doc:
    """A document: blocks -> PDF; redact/keep lists -> gold."""

    def __init__(self, stem, producer="rl", font="Helvetica", size=10, landscape=False, title=None):
        self.stem, self.producer, self.font, self.size = stem, producer, font, size
        self.landscape = landscape
        self.title = title
        self.blocks = []
        self.redact = []
        self.keep = []
        self.post = []        # callables(pdf_path)
        self.scan_lines = None
        self.scan_opts = {}

    # blocks ---------------------------------------------------------
    def h(self, t, lvl=1):
        self.blocks.append(("h", t, lvl)); return self

    def p(self, t, **kw):
        self.blocks.append(("p", t, kw)); return self

    def t(self, rows, widths=None, head=True, size=None):
        self.blocks.append(("t", rows, widths, head, size)); return self

    def sp(self, n=6):
        self.blocks.append(("sp", n)); return self

    def pb(self):
        self.blocks.append(("pb",)); return self

    # gold -----------------------------------------------------------
    def R(self, kind, value, *probes, **kw):
        """Redact item. probes: str or dict; kw ocr=True / channel='metadata' applies to all."""
        ps = []
        for pr in probes or (value,):
            d = pr if isinstance(pr, dict) else {"text": pr}
            d = dict(d)
            d.setdefault("word", True)
            d["after"] = 0
            for k, v in kw.items():
                d.setdefault(k, v)
            ps.append(d)
        self.redact.append({"kind": kind, "value": value, "probes": ps})
        return self

    def K(self, kind, value, *probes):
        ps = []
        for pr in probes or (value,):
            d = pr if isinstance(pr, dict) else {"text": pr}
            d = dict(d)
            d.setdefault("word", True)
            ps.append(d)
        self.keep.append({"kind": kind, "value": value, "probes": ps})
        return self


# ---------------------------------------------------------------- reportlab producer
def build_rl(d: Doc, path: Path):
    _register()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    reg, bold = FAMILIES[d.font]
    ps = landscape(A4) if d.landscape else A4
    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title or "",
                            author="", creator="", producer="ReportLab PDF Library")
    st = ParagraphStyle("b", fontName=reg, fontSize=d.size, leading=d.size * 1.3, spaceAfter=4)
    hs = {1: ParagraphStyle("h1", fontName=bold, fontSize=d.size + 4, leading=(d.size + 4) * 1.25,
                            spaceAfter=6, spaceBefore=4),
          2: ParagraphStyle("h2", fontName=bold, fontSize=d.size + 1, leading=(d.size + 1) * 1.3,
                            spaceAfter=3, spaceBefore=5)}
    story = []
    for b in d.blocks:
        if b[0] == "h":
            story.append(Paragraph(b[1], hs[b[2]]))
        elif b[0] == "p":
            kw = b[2]
            s = st
            if kw:
                s = ParagraphStyle("x", parent=st, **kw)
            story.append(Paragraph(b[1], s))
        elif b[0] == "t":
            rows, widths, head, size = b[1], b[2], b[3], b[4] or d.size - 1
            cs = ParagraphStyle("c", fontName=reg, fontSize=size, leading=size * 1.2)
            chs = ParagraphStyle("ch", fontName=bold, fontSize=size, leading=size * 1.2)
            data = [[Paragraph(str(c), chs if (head and i == 0) else cs) for c in r]
                    for i, r in enumerate(rows)]
            if widths:
                widths = [w * mm for w in widths]
            tb = Table(data, colWidths=widths, repeatRows=1 if head else 0)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (-1, 0),
                                     colors.HexColor("#dde6ee") if head else colors.white)]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif b[0] == "sp":
            story.append(Spacer(1, b[1]))
        elif b[0] == "pb":
            story.append(PageBreak())
    doc.build(story)


# ---------------------------------------------------------------- python-docx producer
def _strip_tags(t: str) -> str:
    import re
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def build_docx(d: Doc, path: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    D = docx.Document()
    sec = D.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if d.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    fam = {"Helvetica": "Liberation Sans", "Times": "Liberation Serif", "DejaVuSans": "DejaVu Sans",
           "DejaVuSerif": "DejaVu Serif", "LibSans": "Liberation Sans", "LibSerif": "Liberation Serif",
           "Carlito": "Carlito"}.get(d.font, d.font)
    stl = D.styles["Normal"]
    stl.font.name = fam
    stl.font.size = Pt(d.size)
    for hn in ("Heading 1", "Heading 2"):
        D.styles[hn].font.name = fam
    D.core_properties.author = ""
    D.core_properties.title = d.title or ""
    D.core_properties.last_modified_by = ""
    for b in d.blocks:
        if b[0] == "h":
            D.add_heading(_strip_tags(b[1]), level=b[2])
        elif b[0] == "p":
            txt = b[1]
            par = D.add_paragraph()
            # bold via <b>..</b>
            import re
            for i, seg in enumerate(re.split(r"</?b>", txt)):
                r = par.add_run(_strip_tags(seg))
                if i % 2 == 1:
                    r.bold = True
        elif b[0] == "t":
            rows = b[1]
            tb = D.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = _strip_tags(str(c))
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt((b[4] or d.size - 1))
                            if b[3] and i == 0:
                                rr.bold = True
            D.add_paragraph()
        elif b[0] == "sp":
            D.add_paragraph()
        elif b[0] == "pb":
            D.add_page_break()
    D.save(str(path))


def soffice_convert(docx_paths, outdir: Path):
    if not docx_paths:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_ca", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                   check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def build_scan(d: Doc, path: Path):
    """d.scan_lines: list of (text, fontkey, size_px, x_px) at 200 dpi; image-only PDF."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    o = d.scan_opts
    W, H = 1654, 2339  # A4 at 200 dpi
    rnd = random.Random(d.stem)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    y = o.get("top", 150)
    for item in d.scan_lines:
        if item is None:
            y += 30
            continue
        text, fk, sz, x = item
        f = ImageFont.truetype(FONTS[fk], sz)
        dr.text((x + rnd.randint(-3, 3), y), text, font=f, fill=rnd.randint(10, 40))
        y += int(sz * o.get("lead", 1.45))
    for fn in o.get("draw", []):
        fn(dr, img)
    # noise
    px = img.load()
    for _ in range(9000):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        px[xx, yy] = rnd.choice((120, 160, 200))
    img = img.rotate(o.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=o.get("q", 70))
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    c.setCreator(o.get("creator", "Canon iR-ADV C5535 PDF"))
    c.setProducer(o.get("creator", "Canon iR-ADV C5535 PDF"))
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- post-processing helpers
def set_meta(path: Path, author=None, title=None, subject=None, creator=None, xmp_creator=None,
             keywords=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if creator is not None:
            pdf.docinfo["/Creator"] = creator
        if keywords is not None:
            pdf.docinfo["/Keywords"] = keywords
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = xmp_creator
        pdf.save(str(path))


def add_outline(path: Path, items):
    """items: list of (title, page_index)."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for t, pg in items:
                ol.root.append(pikepdf.OutlineItem(t, pg))
        pdf.save(str(path))


def add_notes(path: Path, notes):
    """notes: list of (page_index, x, y, author, text) sticky notes."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for pg, x, y, who, txt in notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([x, y, x + 18, y + 18]), T=String(who),
                                             Contents=String(txt), Name=Name.Comment,
                                             C=Array([1, 0.9, 0.2])))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = Array()
            page.obj["/Annots"].append(a)
        pdf.save(str(path))


# ---------------------------------------------------------------- build + gold
def build(d: Doc, docx_queue: list):
    DOCS_DIR.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    out = DOCS_DIR / f"{d.stem}.pdf"
    if d.producer == "rl":
        build_rl(d, out)
    elif d.producer == "scan":
        build_scan(d, out)
    elif d.producer == "docx":
        p = TMP / f"{d.stem}.docx"
        build_docx(d, p)
        docx_queue.append(p)
    elif callable(d.producer):
        d.producer(d, out)
    return out


def finish(d: Doc):
    out = DOCS_DIR / f"{d.stem}.pdf"
    for fn in d.post:
        fn(out)
    text, pages = text_pdfium(out)
    keep = []
    bad = []
    for it in d.keep:
        ps = []
        for pr in it["probes"]:
            c = count_in(text, pr)
            if c == 0:
                bad.append(pr["text"])
                continue
            pr["after"] = c
            ps.append(pr)
        if ps:
            keep.append({**it, "probes": ps})
    g = {"doc": f"{d.stem}.pdf", "pages": pages, "redact": d.redact, "keep": keep}
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    if bad:
        print(f"  {d.stem}: keep probes not found (dropped): {bad}")
    return g
