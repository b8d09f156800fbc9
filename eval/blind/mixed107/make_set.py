"""Rebuild set AV (eval/blind/mixed107): aviation safety oversight (ILT, IenW, LVNL, EASA) at regional
airports. Documents go to docs/, gold to gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py av03 av17  # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own functions
(count_in, text_pdfium); every redact probe has after=0 and check_gold.py checks that it is present in
the original in the channel it claims (text layer, OCR, metadata, outline, annotations).
"""
from __future__ import annotations

import html
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, text_pdfium  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
}
HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
HAND2 = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
FAM = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}
for _b in ("DejaVuSans", "DejaVuSerif", "LiberationSans", "LiberationSerif", "Carlito", "LiberationMono"):
    FAM[_b] = (_b, _b + "-Bold")

LO_PROFILE = "file:///tmp/lo_profile_mixed107"


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- document model
class Doc:
    """Blocks: ('h', text) heading, ('p', text) paragraph (reportlab mini-markup <b>, <i> allowed),
    ('t', rows, widths_mm|None, fontsize|None) table (first row = header), ('sp', mm), ('pb',) page
    break, ('sig', name, width_mm) handwritten signature image, ('small', text)."""

    def __init__(self, id: str, title: str, producer: str = "rl", font: str = "Helvetica", size: float = 10,
                 land: bool = False, header: str | None = None, side: list | None = None,
                 author: str = "ILT", subject: str = ""):
        self.id, self.title, self.producer, self.font, self.size = id, title, producer, font, size
        self.land, self.header, self.side, self.author, self.subject = land, header, side, author, subject
        self.blocks: list = []
        self.red: list = []
        self.keep: list = []
        self.outline: list = []      # extra outline titles [(title, page_index)]
        self.annots: list = []       # [(page_index, author, contents)]
        self.fields: list = []       # [(name, value)] AcroForm text fields drawn on page 1
        self.xmp_creator: str | None = None
        self.scan_seed = 0
        self.scan_rot = 0.5

    # content
    def h(self, t): self.blocks.append(("h", t)); return self
    def p(self, *ts):
        for t in ts:
            self.blocks.append(("p", t))
        return self
    def small(self, t): self.blocks.append(("small", t)); return self
    def t(self, rows, widths=None, fs=None): self.blocks.append(("t", rows, widths, fs)); return self
    def sp(self, h=4): self.blocks.append(("sp", h)); return self
    def pb(self): self.blocks.append(("pb",)); return self
    def sig(self, name, w=45): self.blocks.append(("sig", name, w)); return self

    # gold
    def r(self, kind, value, *probes, ocr=False, channel=None):
        ps = []
        for pr in probes:
            word = not pr.startswith("~")
            pr = pr.lstrip("~")
            d = {"text": pr, "word": word, "after": 0}
            if ocr:
                d["ocr"] = True
            if channel:
                d["channel"] = channel
            ps.append(d)
        self.red.append({"kind": kind, "value": value, "probes": ps})
        return self

    def k(self, kind, *texts):
        for t in texts:
            word = not t.startswith("~")
            t = t.lstrip("~")
            self.keep.append({"kind": kind, "value": t, "probes": [{"text": t, "word": word, "after": None}]})
        return self


DOCS: list[Doc] = []


def new(*a, **kw) -> Doc:
    d = Doc(*a, **kw)
    DOCS.append(d)
    return d


# ---------------------------------------------------------------- producers
def sig_png(name: str, font=HAND, seed=0) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    f = ImageFont.truetype(font, 64)
    im = Image.new("L", (620, 150), 255)
    dr = ImageDraw.Draw(im)
    dr.text((12, 20), name, font=f, fill=20)
    rnd = random.Random(seed)
    x0 = 10
    pts = [(x0 + i * 30, 120 + rnd.randint(-8, 8)) for i in range(14)]
    dr.line(pts, fill=40, width=3)
    im = im.rotate(4, fillcolor=255)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def _styles(d: Doc):
    reg, bold = FAM[d.font]
    s = d.size
    return {
        "p": ParagraphStyle("p", fontName=reg, fontSize=s, leading=s * 1.32, spaceAfter=s * 0.55, alignment=TA_LEFT),
        "small": ParagraphStyle("s", fontName=reg, fontSize=s - 2, leading=(s - 2) * 1.3, spaceAfter=2),
        "h": ParagraphStyle("h", fontName=bold, fontSize=s + 2.5, leading=(s + 2.5) * 1.3, spaceBefore=s * 0.6,
                            spaceAfter=s * 0.4),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=s - 1, leading=(s - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=s - 1, leading=(s - 1) * 1.25),
        "reg": reg, "bold": bold,
    }


def render_rl(d: Doc, out: Path, extra_flow=None):
    st = _styles(d)
    ps = landscape(A4) if d.land else A4
    rm = 62 * mm if d.side else 20 * mm
    doc = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=22 * mm, rightMargin=rm, topMargin=28 * mm,
                            bottomMargin=20 * mm, title=d.title, author=d.author, subject=d.subject,
                            creator=d.author)
    story = []
    for b in d.blocks:
        k = b[0]
        if k in ("p", "small", "h"):
            story.append(Paragraph(b[1], st[k]))
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sig":
            png = sig_png(b[1], seed=zlib.crc32(b[1].encode()) % 97)
            w = b[2] * mm
            story.append(RLImage(io.BytesIO(png), width=w, height=w * 150 / 620, hAlign="LEFT"))
        elif k == "t":
            rows, widths, fs = b[1], b[2], b[3]
            cs = ParagraphStyle("cx", parent=st["cell"], fontSize=fs or st["cell"].fontSize,
                                leading=(fs or st["cell"].fontSize) * 1.25)
            cb = ParagraphStyle("cbx", parent=cs, fontName=st["bold"])
            data = [[Paragraph(str(c), cb if i == 0 else cs) for c in r] for i, r in enumerate(rows)]
            tw = (ps[0] - 22 * mm - rm)
            cw = [w * mm for w in widths] if widths else [tw / len(rows[0])] * len(rows[0])
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 3 * mm))

    def on_page(c, docobj):
        c.saveState()
        w, h = ps
        if d.header:
            c.setFont(st["bold"], 9)
            c.setFillColor(colors.HexColor("#154273"))
            c.drawString(22 * mm, h - 14 * mm, d.header)
            c.setFillColor(colors.black)
        c.setFont(st["reg"], 7.5)
        c.drawRightString(w - 20 * mm, 10 * mm, f"Pagina {docobj.page}")
        if d.side and docobj.page == 1:
            y = h - 32 * mm
            for line in d.side:
                bold = line.startswith("*")
                c.setFont(st["bold"] if bold else st["reg"], 7.5)
                c.drawString(w - 56 * mm, y, line.lstrip("*"))
                y -= 10 if line else 6
        if d.fields and docobj.page == 1:
            y = h - 60 * mm
            for name, val in d.fields:
                c.setFont(st["reg"], 8)
                c.drawString(w - 56 * mm, y + 14, name.replace("_", " "))
                c.acroForm.textfield(name=name, value=val, x=w - 56 * mm, y=y, width=45 * mm, height=12,
                                     fontName="Helvetica", fontSize=8, borderWidth=0.5)
                y -= 30
        c.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Mm, Pt
    from docx.enum.section import WD_ORIENT
    dx = docx.Document()
    sec = dx.sections[0]
    if d.land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(22)
    stl = dx.styles["Normal"]
    stl.font.name = d.font
    stl.font.size = Pt(d.size)
    cp = dx.core_properties
    cp.author = d.author
    cp.title = d.title
    cp.last_modified_by = d.author
    cp.comments = ""
    if d.header:
        hp = sec.header.paragraphs[0]
        run = hp.add_run(d.header)
        run.bold = True
        run.font.size = Pt(9)
    import re as _re

    def add_runs(par, text):
        for part in _re.split(r"(<b>.*?</b>|<i>.*?</i>)", text.replace("<br/>", "\n")):
            if not part:
                continue
            if part.startswith("<b>"):
                par.add_run(html.unescape(part[3:-4])).bold = True
            elif part.startswith("<i>"):
                par.add_run(html.unescape(part[3:-4])).italic = True
            else:
                par.add_run(html.unescape(_re.sub(r"<[^>]+>", "", part)))
    for b in d.blocks:
        k = b[0]
        if k == "h":
            hh = dx.add_heading(level=2)
            add_runs(hh, b[1])
        elif k in ("p", "small"):
            pp = dx.add_paragraph()
            add_runs(pp, b[1])
            if k == "small":
                for r in pp.runs:
                    r.font.size = Pt(d.size - 2)
        elif k == "sp":
            dx.add_paragraph()
        elif k == "pb":
            dx.add_page_break()
        elif k == "sig":
            dx.add_picture(io.BytesIO(sig_png(b[1], seed=zlib.crc32(b[1].encode()) % 97)), width=Mm(b[2]))
        elif k == "t":
            rows, widths, fs = b[1], b[2], b[3]
            tb = dx.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], ("<b>" + str(c) + "</b>") if i == 0 else str(c))
                    for r in cell.paragraphs[0].runs:
                        r.font.size = Pt(fs or d.size - 1)
                    if widths:
                        cell.width = Mm(widths[j])
            dx.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (d.id + ".docx")
        dx.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (d.id + ".pdf"), out)


def render_scan(d: Doc, out: Path):
    from PIL import Image, ImageFilter
    import numpy as np  # noqa: F401  (Pillow only below if numpy missing)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "clean.pdf"
        render_rl(d, tmp)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp), str(Path(td) / "pg")], check=True)
        pages = []
        rnd = random.Random(d.scan_seed or 7)
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(d.scan_rot + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 180):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            b = io.BytesIO()
            im.save(b, "JPEG", quality=68)
            b.seek(0)
            pages.append(Image.open(b).convert("L"))
        pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:],
                      title=d.title, author=d.author, creator="Canon iR-ADV C5535 scan")


def postprocess(d: Doc, out: Path):
    if not (d.outline or d.annots or d.xmp_creator):
        return
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, who, text in d.annots:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 720, 500, 740],
                Contents=pikepdf.String(text), T=pikepdf.String(who), Name=pikepdf.Name.Comment,
                F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [d.xmp_creator]
                meta["dc:title"] = d.title
        pdf.save(out)


def build(d: Doc):
    out = DOCS_DIR / f"{d.id}.pdf"
    if d.producer == "rl":
        render_rl(d, out)
    elif d.producer == "docx":
        render_docx(d, out)
    elif d.producer == "scan":
        render_scan(d, out)
    else:
        raise ValueError(d.producer)
    postprocess(d, out)
    text, n = text_pdfium(out)
    keep = []
    for item in d.keep:
        for pr in item["probes"]:
            pr["after"] = count_in(text, pr)
            if pr["after"] == 0:
                raise SystemExit(f"{d.id}: keep probe {pr['text']!r} not in PDFium text")
        keep.append(item)
    for item in d.red:
        for pr in item["probes"]:
            if not pr.get("ocr") and not pr.get("channel") and count_in(text, pr) == 0:
                raise SystemExit(f"{d.id}: redact probe {pr['text']!r} not in PDFium text")
    gold = {"doc": out.name, "pages": n, "redact": d.red, "keep": keep}
    (GOLD_DIR / f"{d.id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return n


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    import content  # noqa: F401  (fills DOCS)
    want = set(argv)
    tot = 0
    for d in DOCS:
        if want and d.id not in want:
            continue
        n = build(d)
        tot += n
        print(f"{d.id}: {n} p, {sum(len(i['probes']) for i in d.red)} redact, {len(d.keep)} keep, {d.producer}")
    print("pages", tot)


if __name__ == "__main__":
    sys.modules.setdefault("make_set", sys.modules["__main__"])
    main(sys.argv[1:])
