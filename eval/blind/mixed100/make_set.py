"""Rebuild set DF (eval/blind/mixed100): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py df03 df17 # only these

Theme: healthcare in prisons (DJI, PI Vught, PI Zwolle, PPC, Inspectie JenV, Commissie van Toezicht, RSJ).
The document texts live in content.py. Inside any string there, [[K:text]] or [[K:text|probe]] marks
something to REDACT (kind code K, see RKINDS) and {{K:text}} something to KEEP (see KKINDS). The markers
are stripped before rendering; every marked string becomes a probe of the gold file. Every keep probe's
'after' is counted on the original's PDFium text with the evaluator's own functions; every redact probe has
after=0 and is checked by check_gold.py in all channels (OCR for scans).
"""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "N": "ID_NUMBER", "H": "HEALTH",
          "C": "CRIMINAL", "D": "DATE_OF_BIRTH", "B": "BSN", "I": "IBAN", "R": "RELIGION", "X": "OTHER_PII",
          "U": "URL", "S": "SIGNATURE"}
KKINDS = {"O": "ORG", "L": "PLACE", "F": "OFFICE_HOLDER", "W": "LAW", "G": "PROGRAMME", "J": "JOB_TITLE",
          "M": "FUNCTIONAL_MAILBOX", "Z": "GENERAL_PHONE", "R": "REFERENCE", "S": "STREET", "A": "PUBLIC_ADDRESS",
          "D": "DATE", "X": "OTHER", "E": "ENGLISH_TERM", "P": "PRODUCT", "U": "URL"}

RX_RED = re.compile(r"\[\[([A-Z]):(.+?)\]\]")
RX_KEEP = re.compile(r"\{\{([A-Z]):(.+?)\}\}")


# ---------------------------------------------------------------- numbers with valid checksums
def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    return prefix8 + str(s)


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- markup collection
class Collector:
    def __init__(self):
        self.red: dict = {}   # probe text -> item
        self.keep: dict = {}
        self.scan = False
        self.residual: list = []

    def clean(self, s: str) -> str:
        def red(m):
            kind, body = m.group(1), m.group(2)
            shown, _, probe = body.partition("|")
            for pr in (probe.split("|") if probe else [shown]):
                pr = pr.strip()
                if pr and pr not in self.red:
                    self.red[pr] = {"kind": RKINDS[kind], "value": shown, "probe": pr}
            return shown

        def keep(m):
            kind, body = m.group(1), m.group(2)
            shown, _, probe = body.partition("|")
            pr = (probe or shown).strip()
            if pr not in self.keep:
                self.keep[pr] = {"kind": KKINDS[kind], "value": shown, "probe": pr}
            return shown

        self.residual.append(RX_KEEP.sub(lambda m: m.group(2).partition("|")[0], RX_RED.sub(" # ", s)))
        s = RX_RED.sub(red, s)
        s = RX_KEEP.sub(keep, s)
        return s


C: Collector = Collector()


def cl(s):
    return C.clean(s) if isinstance(s, str) else s


def wordish(t: str) -> bool:
    return bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))


# ---------------------------------------------------------------- reportlab producer
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

FONTDIR = Path("/usr/share/fonts/truetype")
_TTF = {
    "DejaVu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "LibSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "DejaVuMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
for _n, (_r, _b) in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONTDIR / _r)))
    pdfmetrics.registerFont(TTFont(_n + "-Bold", str(FONTDIR / _b)))
pdfmetrics.registerFont(TTFont("Femke", str(FONTDIR / "femkeklaver/femkeklaver.ttf")))
pdfmetrics.registerFont(TTFont("Dkg", str(FONTDIR / "fifthhorseman/dkg.ttf")))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def bold_of(f):
    return BOLD.get(f, f + "-Bold")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def signature_png(text: str, font="femkeklaver/femkeklaver.ttf", size=54) -> io.BytesIO:
    from PIL import Image, ImageDraw, ImageFont
    f = ImageFont.truetype(str(FONTDIR / font), size)
    im = Image.new("RGB", (560, 130), "white")
    d = ImageDraw.Draw(im)
    d.text((12, 20), text, font=f, fill=(20, 30, 110))
    d.line((10, 112, 380, 100), fill=(20, 30, 110), width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def rl_build(path: Path, doc: dict):
    font = doc.get("font", "Helvetica")
    fs = doc.get("size", 10)
    bf = bold_of(font)
    ps = ParagraphStyle("p", fontName=font, fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", parent=ps, fontName=bf, fontSize=fs + 4, leading=(fs + 4) * 1.25, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=ps, fontName=bf, fontSize=fs + 1, leading=(fs + 1) * 1.3, spaceBefore=4)
    small = ParagraphStyle("s", parent=ps, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25, spaceAfter=0)
    mono = ParagraphStyle("m", parent=ps, fontName=doc.get("mono", "Courier"), fontSize=fs - 1, leading=(fs - 1) * 1.3)
    pagesize = landscape(A4) if doc.get("landscape") else A4
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t in ("p", "h1", "h2", "s"):
            st = {"p": ps, "h1": h1, "h2": h2, "s": small}[t]
            story.append(Paragraph(esc(cl(b[1])).replace("\n", "<br/>"), st))
        elif t == "pre":
            story.append(Preformatted(cl(b[1]), mono))
        elif t == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 6))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "sig":
            img = RLImage(signature_png(b[1]), width=56 * mm, height=13 * mm)
            img.hAlign = "LEFT"
            story.append(img)
        elif t == "tbl":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            cst = small if opts.get("small") else ps
            data = [[Paragraph(esc(cl(c)).replace("\n", "<br/>"), cst) for c in r] for r in rows]
            avail = pagesize[0] - 40 * mm
            widths = opts.get("w")
            cw = [avail * x for x in widths] if widths else None
            tb = Table(data, colWidths=cw, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("head", True):
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            tb.setStyle(TableStyle(style))
            story.append(tb)
            story.append(Spacer(1, 6))
    header = cl(doc.get("header", ""))
    footer = cl(doc.get("footer", ""))

    def on_page(canv, d):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(20 * mm, pagesize[1] - 12 * mm, header)
        canv.drawRightString(pagesize[0] - 20 * mm, 10 * mm, f"{footer}  pagina {d.page}".strip())
        if doc.get("logo"):
            canv.setFillColor(colors.HexColor("#154273"))
            canv.rect(pagesize[0] / 2 - 4 * mm, pagesize[1] - 20 * mm, 8 * mm, 16 * mm, fill=1, stroke=0)
            canv.setFillColor(colors.black)
            canv.setFont(font, 8)
            canv.drawString(pagesize[0] / 2 + 6 * mm, pagesize[1] - 12 * mm, doc["logo"])
        canv.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=24 * mm, bottomMargin=18 * mm, title=cl(doc.get("title", "")),
                           author=cl(doc.get("author", "")), creator=doc.get("creator", "Microsoft Word"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- python-docx -> LibreOffice producer
def docx_build(path: Path, doc: dict, tmp: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("dfont", "Calibri")
    stl.font.size = Pt(doc.get("size", 10.5))
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = cl(doc["header"])
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            d.add_heading(cl(b[1]), level=1)
        elif t == "h2":
            d.add_heading(cl(b[1]), level=2)
        elif t in ("p", "s", "pre"):
            for i, para in enumerate(cl(b[1]).split("\n\n")):
                d.add_paragraph(para)
        elif t == "pb":
            d.add_page_break()
        elif t == "sp":
            d.add_paragraph("")
        elif t == "sig":
            d.add_picture(signature_png(b[1]), width=docx.shared.Mm(50))
        elif t == "tbl":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = cl(c)
            d.add_paragraph("")
    core = d.core_properties
    core.author = cl(doc.get("author", ""))
    core.title = cl(doc.get("title", ""))
    core.last_modified_by = cl(doc.get("author", ""))
    src = tmp / (path.stem + ".docx")
    d.save(str(src))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                   capture_output=True, timeout=180)
    shutil.copy(tmp / (path.stem + ".pdf"), path)


# ---------------------------------------------------------------- scan producer (image-only PDF)
def scan_build(path: Path, doc: dict):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    C.scan = True
    W, H = 1654, 2339  # A4 at 200 dpi
    fontfile = doc.get("sfont", "liberation2/LiberationSerif-Regular.ttf")
    fsize = doc.get("spx", 34)
    f = ImageFont.truetype(str(FONTDIR / fontfile), fsize)
    fb = ImageFont.truetype(str(FONTDIR / doc.get("sbold", "liberation2/LiberationSerif-Bold.ttf")), fsize + 4)
    pages = [[]]
    for b in doc["blocks"]:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    rnd = random.Random(doc["id"])
    out = []
    for blocks in pages:
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 150
        for b in blocks:
            t = b[0]
            if t in ("p", "h1", "h2", "s", "pre"):
                fnt = fb if t in ("h1", "h2") else f
                for line in cl(b[1]).split("\n"):
                    d.text((150, y), line, font=fnt, fill=25)
                    y += int(fsize * 1.45)
                y += int(fsize * 0.6)
            elif t == "hand":
                hf = ImageFont.truetype(str(FONTDIR / b[2] if len(b) > 2 else FONTDIR / "femkeklaver/femkeklaver.ttf"),
                                        b[3] if len(b) > 3 else 52)
                for line in cl(b[1]).split("\n"):
                    d.text((170, y), line, font=hf, fill=30)
                    y += int(hf.size * 1.35)
            elif t == "sig":
                sf = ImageFont.truetype(str(FONTDIR / "femkeklaver/femkeklaver.ttf"), 64)
                d.text((170, y), b[1], font=sf, fill=40)
                d.line((160, y + 80, 600, y + 70), fill=40, width=3)
                y += 110
            elif t == "sp":
                y += 30
            elif t == "tbl":
                rows = b[1]
                ncol = len(rows[0])
                ws = b[2].get("w") if len(b) > 2 else None
                ws = ws or [1 / ncol] * ncol
                for r in rows:
                    x = 150
                    for j, c in enumerate(r):
                        d.text((x + 6, y + 4), cl(c), font=f, fill=25)
                        x += int((W - 300) * ws[j])
                    d.line((150, y, W - 150, y), fill=120, width=1)
                    y += int(fsize * 1.6)
                d.line((150, y, W - 150, y), fill=120, width=1)
                y += 20
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=245)
        px = im.load()
        for _ in range(9000):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((90, 140, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=72)
        b.seek(0)
        out.append(Image.open(b).convert("L"))
    out[0].save(str(path), "PDF", resolution=200, save_all=True, append_images=out[1:])


# ---------------------------------------------------------------- hidden channels (pikepdf)
def hidden(path: Path, doc: dict):
    import pikepdf
    h = doc.get("hidden")
    if not h:
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if h.get("xmp"):
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:creator"] = [cl(x) for x in h["xmp"]]
    info = h.get("info", {})
    for k, v in info.items():
        pdf.docinfo[pikepdf.Name("/" + k)] = cl(v)
    if h.get("outline"):
        with pdf.open_outline() as ol:
            for title, pg in h["outline"]:
                ol.root.append(pikepdf.OutlineItem(cl(title), pg))
    for pg, author, text, rect in h.get("annots", []):
        page = pdf.pages[pg]
        a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                               Rect=pikepdf.Array(rect), Contents=pikepdf.String(cl(text)),
                               T=pikepdf.String(cl(author)), Open=False)
        ref = pdf.make_indirect(a)
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(ref)
    pdf.save(str(path))


# ---------------------------------------------------------------- form producer (AcroForm)
def form_build(path: Path, doc: dict):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(cl(doc.get("title", "")))
    W, H = A4
    y = H - 25 * mm
    c.setFont("Helvetica-Bold", 13)
    for line in cl(doc["formhead"]).split("\n"):
        c.drawString(20 * mm, y, line)
        y -= 17
        c.setFont("Helvetica", 9.5)
    y -= 8
    for label, name, value in doc["fields"]:
        c.setFont("Helvetica", 9.5)
        c.drawString(20 * mm, y, cl(label))
        if name:
            c.acroForm.textfield(name=name, value=cl(value), x=85 * mm, y=y - 4, width=100 * mm, height=15,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 22
    y -= 6
    c.setFont("Helvetica", 9.5)
    for line in cl(doc["formfoot"]).split("\n"):
        c.drawString(20 * mm, y, line)
        y -= 13
    c.save()


# ---------------------------------------------------------------- build + gold
def build(doc: dict, tmp: Path):
    global C
    C = Collector()
    path = DOCS_DIR / f"{doc['id']}.pdf"
    prod = doc["producer"]
    if prod == "rl":
        rl_build(path, doc)
    elif prod == "docx":
        docx_build(path, doc, tmp)
    elif prod == "scan":
        scan_build(path, doc)
    elif prod == "form":
        form_build(path, doc)
    hidden(path, doc)
    # strings only in hidden channels are collected by hidden(); also collect metadata of rl/docx
    cl(doc.get("title", ""))
    cl(doc.get("author", ""))
    text, npages = text_pdfium(path)
    resid = norm("\n".join(C.residual))
    for pr in C.red:
        n = count_in(resid, {"text": pr, "word": wordish(pr)})
        if n:
            print(f"WARNING {doc['id']}: redact probe {pr!r} also occurs {n}x outside a marked span")
    gold = {"doc": path.name, "pages": npages, "theme": doc.get("desc", ""), "producer": prod, "redact": [], "keep": []}
    for pr, it in C.red.items():
        probe = {"text": pr, "word": wordish(pr), "after": 0}
        if prod == "scan":
            probe["ocr"] = True
        gold["redact"].append({"kind": it["kind"], "value": it["value"], "probes": [probe]})
    for pr, it in C.keep.items():
        probe = {"text": pr, "word": wordish(pr)}
        probe["after"] = count_in(text, probe)
        gold["keep"].append({"kind": it["kind"], "value": it["value"], "probes": [probe]})
    (GOLD_DIR / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return npages


def main(argv):
    from content import DOCS
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    only = set(argv)
    with tempfile.TemporaryDirectory(prefix="df-") as td:
        for doc in DOCS:
            if only and doc["id"] not in only:
                continue
            n = build(doc, Path(td))
            print(doc["id"], doc["producer"], n, "pages")


if __name__ == "__main__":
    main(sys.argv[1:])
