"""Rendering and gold engine for set mixed102 (asylum reception, gemeente Ede / COA / VGGM).

Markup in document text:  {K:text}  = redact (K = kind code), ⟦K:text⟧ = keep (K = kind code).
The markup is stripped before rendering; every marked string becomes a probe.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "D": "DATE_OF_BIRTH",
         "V": "V_NUMBER", "H": "HEALTH", "C": "CRIMINAL", "B": "BSN", "I": "IBAN", "N": "PERSONAL_NUMBER",
         "R": "RELIGION", "K": "LICENCE_PLATE"}
KKIND = {"O": "ORG", "L": "PLACE", "F": "OFFICE_HOLDER", "R": "REFERENCE", "J": "JOB_TITLE", "W": "LAW",
         "M": "DATE", "X": "PUBLIC_ADDRESS", "U": "FUNCTIONAL_MAILBOX", "S": "SWITCHBOARD",
         "Q": "PROGRAMME", "A": "AMOUNT", "T": "TERM"}

RX_RED = re.compile(r"\{([A-Z]):([^{}]*)\}")
RX_KEEP = re.compile(r"⟦([A-Z]):([^⟦⟧]*)⟧")


def strip(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(2), s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def marks(s: str):
    red = [(RKIND[m.group(1)], m.group(2)) for m in RX_RED.finditer(s)]
    # keep marks may contain redact marks? not allowed; strip redact marks inside keep text
    keep = [(KKIND[m.group(1)], RX_RED.sub(lambda x: x.group(2), m.group(2))) for m in RX_KEEP.finditer(s)]
    return red, keep


def all_texts(blocks):
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "title", "mono", "small", "hand"):
            yield b[1]
        elif kind == "table":
            for row in b[1]:
                for c in row:
                    yield c
        elif kind == "kv":
            for k, v in b[1]:
                yield k
                yield v
        elif kind == "sig":
            if len(b) > 2 and b[2]:
                yield b[2]


# ---------------------------------------------------------------- reportlab
FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
HAND2 = "/usr/share/fonts/truetype/breip/Breip.ttf"
_reg = set()


def _font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name in FONTS and name not in _reg:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _reg.add(name)
    return name


def _bold(name):
    if name in BOLD:
        return BOLD[name]
    b = name + "-Bold"
    if b in FONTS:
        return _font(b)
    return name


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


from reportlab.platypus import Flowable  # noqa: E402


class Scribble(Flowable):
    """A signature drawn as vector strokes (no text)."""

    def __init__(self, seed, w=120, h=34):
        Flowable.__init__(self)
        self.seed, self.w, self.h = seed, w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        rnd = random.Random(self.seed)
        c = self.canv
        c.setStrokeColorRGB(0.05, 0.1, 0.45)
        c.setLineWidth(1.1)
        p = c.beginPath()
        x, y = 4, self.h / 2
        p.moveTo(x, y)
        for i in range(14):
            x2 = x + rnd.uniform(4, 11)
            p.curveTo(x + 2, y + rnd.uniform(-16, 16), x2 - 2, y + rnd.uniform(-16, 16), x2,
                      self.h / 2 + rnd.uniform(-9, 9))
            x = x2
        c.drawPath(p, stroke=1, fill=0)


def render_rl(doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    font = _font(doc.get("font", "Helvetica"))
    bold = _bold(font)
    mono = _font(doc.get("mono", "Courier"))
    size = doc.get("size", 10)
    ps = landscape(A4) if doc.get("landscape") else A4
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.55)
    sth = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=6,
                         spaceAfter=4)
    stt = ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=8)
    sts = ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3)
    stm = ParagraphStyle("m", fontName=mono, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    stc = ParagraphStyle("c", fontName=font, fontSize=doc.get("tsize", size - 1.5),
                         leading=doc.get("tsize", size - 1.5) * 1.25)
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(strip(b[1])), stt))
        elif k == "h":
            story.append(Paragraph(_esc(strip(b[1])), sth))
        elif k == "p":
            story.append(Paragraph(_esc(strip(b[1])), st))
        elif k == "small":
            story.append(Paragraph(_esc(strip(b[1])), sts))
        elif k == "mono":
            story.append(Preformatted(strip(b[1]), stm))
            story.append(Spacer(1, 4))
        elif k == "space":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sig":
            story.append(Scribble(b[1]))
            if len(b) > 2 and b[2]:
                story.append(Paragraph(_esc(strip(b[2])), st))
        elif k in ("table", "kv"):
            if k == "kv":
                rows = [[Paragraph(_esc(strip(a)), stc), Paragraph(_esc(strip(v)), stc)] for a, v in b[1]]
                widths = b[2] if len(b) > 2 else [35 * mm, 120 * mm]
                t = Table(rows, colWidths=widths, hAlign="LEFT")
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("FONTNAME", (0, 0), (-1, -1), font)]))
            else:
                rows = [[Paragraph(_esc(strip(c)), stc) for c in row] for row in b[1]]
                widths = [w * mm for w in b[2]] if len(b) > 2 and b[2] else None
                t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    meta = doc.get("meta", {})

    def on_page(c, d):
        hdr = doc.get("header")
        if hdr:
            c.setFont(font, 7.5)
            c.drawString(20 * mm, ps[1] - 12 * mm, strip(hdr))
        c.setFont(font, 7.5)
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{d.page}")
        if doc.get("fields") and d.page == 1:
            y = 95 * mm
            c.setFont(font, 10)
            c.drawString(20 * mm, y + 26, "Uw gegevens (invulvelden):")
            for name, val in doc["fields"]:
                c.setFont(font, 10)
                c.drawString(20 * mm, y + 4, name.capitalize() + ":")
                c.acroForm.textfield(name=name, value=val, x=60 * mm, y=y, width=80 * mm, height=15,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 22

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                           bottomMargin=18 * mm, title=meta.get("title", strip(doc["id"])),
                           author=meta.get("author", ""), subject=meta.get("subject", ""),
                           creator=meta.get("creator", "ReportLab"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- python-docx -> LibreOffice
def sig_png(text, seed, font=HAND, size=64) -> Path:
    from PIL import Image, ImageDraw, ImageFont
    f = ImageFont.truetype(font, size)
    im = Image.new("RGB", (520, 140), "white")
    d = ImageDraw.Draw(im)
    d.text((12, 20), text, font=f, fill=(20, 30, 110))
    rnd = random.Random(seed)
    pts = [(10 + i * 25, 110 + rnd.randint(-12, 12)) for i in range(20)]
    d.line(pts, fill=(20, 30, 110), width=3)
    p = Path(tempfile.mkdtemp()) / f"sig{seed}.png"
    im.save(p)
    return p


def render_docx(doc, path: Path):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    stn = d.styles["Normal"]
    stn.font.name = doc.get("font", "Liberation Serif")
    stn.font.size = Pt(doc.get("size", 10.5))
    meta = doc.get("meta", {})
    d.core_properties.author = meta.get("author", "")
    d.core_properties.title = meta.get("title", "")
    d.core_properties.last_modified_by = meta.get("author", "")
    d.core_properties.comments = ""
    if doc.get("header"):
        sec.header.paragraphs[0].text = strip(doc["header"])
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.bold = True
            r.font.size = Pt(15)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.bold = True
            r.font.size = Pt(11.5)
        elif k in ("p", "small", "mono"):
            p = d.add_paragraph()
            lines = strip(b[1]).split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if k == "small":
                    r.font.size = Pt(8)
                if k == "mono":
                    r.font.name = "Liberation Mono"
                    r.font.size = Pt(9)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "space":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "sig":
            png = sig_png(b[3] if len(b) > 3 else "Handtekening", b[1])
            d.add_picture(str(png), width=Mm(42))
            if len(b) > 2 and b[2]:
                d.add_paragraph(strip(b[2]))
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = strip(c)
                    for par in cell.paragraphs:
                        for r in par.runs:
                            r.font.size = Pt(doc.get("tsize", 9))
                            if k == "table" and i == 0:
                                r.bold = True
            d.add_paragraph()
    tmp = Path(tempfile.mkdtemp())
    src = tmp / (path.stem + ".docx")
    d.save(src)
    prof = tmp / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=240)
    shutil.copy(tmp / (path.stem + ".pdf"), path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- scans
def degrade(im, seed, angle=None):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    im = im.convert("L")
    a = angle if angle is not None else rnd.uniform(-0.9, 0.9)
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = im.load()
    w, h = im.size
    for _ in range(w * h // 250):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, px[x, y] - rnd.randint(60, 160))
    im = im.filter(ImageFilter.GaussianBlur(0.45))
    # slightly yellowed paper
    im = Image.merge("RGB", (im, im, im.point(lambda v: int(v * 0.93))))
    return im


def images_to_pdf(images, path: Path, meta=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    meta = meta or {}
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(meta.get("author", ""))
    c.setTitle(meta.get("title", "scan"))
    c.setCreator(meta.get("creator", "Canon iR-ADV C5535 scan"))
    for im in images:
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=62)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def render_scan(doc, path: Path):
    import pypdfium2 as pdfium
    tmp = Path(tempfile.mkdtemp()) / "x.pdf"
    d2 = dict(doc)
    d2["meta"] = {}
    render_rl(d2, tmp)
    pdf = pdfium.PdfDocument(str(tmp))
    ims = []
    for i in range(len(pdf)):
        ims.append(degrade(pdf[i].render(scale=300 / 72).to_pil(), doc["seed"] + i))
    pdf.close()
    images_to_pdf(ims, path, doc.get("meta"))


def render_hand(doc, path: Path):
    """Handwritten note on lined paper: blocks ('hand', text) in a handwriting font."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = 2480, 3508
    im = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(im)
    for y in range(420, H - 200, 120):
        d.line([(150, y), (W - 150, y)], fill=200, width=2)
    f = ImageFont.truetype(doc.get("hfont", HAND), doc.get("hsize", 84))
    y = 330
    for b in doc["blocks"]:
        if b[0] == "hand":
            for line in strip(b[1]).split("\n"):
                d.text((220, y), line, font=f, fill=25)
                y += 120
        elif b[0] == "space":
            y += 120
    images_to_pdf([degrade(im.convert("RGB"), doc["seed"], angle=0.5)], path, doc.get("meta"))


# ---------------------------------------------------------------- hidden channels (post-processing)
def post_hidden(doc, path: Path):
    import pikepdf
    h = doc.get("hidden") or {}
    if not (h.get("xmp_creator") or h.get("outline") or h.get("annots") or h.get("info_author")):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if h.get("info_author"):
            pdf.docinfo["/Author"] = h["info_author"]
        if h.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [h["xmp_creator"]]
                m["dc:title"] = strip(doc.get("meta", {}).get("title", doc["id"]))
        if h.get("outline"):
            with pdf.open_outline() as o:
                for t, pg in h["outline"]:
                    o.root.append(pikepdf.OutlineItem(t, pg))
        if h.get("annots"):
            for pg, who, text, rect in h["annots"]:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                    Contents=pikepdf.String(text), T=pikepdf.String(who), Open=False,
                    Name=pikepdf.Name.Comment, C=pikepdf.Array([1, 0.85, 0.2])))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def is_word(t):
    return bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))


def build_gold(doc, path: Path) -> dict:
    text, pages = text_pdfium(path)
    scan = doc["producer"] in ("scan", "hand")
    red, keep = [], []
    for s in all_texts(doc["blocks"]):
        r, k = marks(s)
        red += r
        keep += k
    hdr = doc.get("header")
    if hdr:
        r, k = marks(hdr)
        red += r
        keep += k
    items, seen = [], set()
    for kind, t in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": is_word(t), "after": 0}
        if scan:
            pr["ocr"] = True
        items.append({"kind": kind, "value": t, "probes": [pr]})
    hidden = doc.get("hidden") or {}
    for kind, t, chan in hidden.get("probes", []):
        if t in seen:
            raise SystemExit(f"{doc['id']}: hidden probe also visible: {t}")
        seen.add(t)
        items.append({"kind": kind, "value": t, "probes": [{"text": t, "word": is_word(t), "after": 0,
                                                           "channel": chan}]})
    kitems, kseen = [], set()
    if not scan:
        for kind, t in keep:
            if t in kseen:
                continue
            kseen.add(t)
            pr = {"text": t, "word": is_word(t)}
            pr["after"] = count_in(text, pr)
            if pr["after"] == 0:
                raise SystemExit(f"{doc['id']}: keep probe not in PDFium text: {t!r}")
            kitems.append({"kind": kind, "value": t, "probes": [pr]})
    # conflicts: a keep probe must not match inside a redacted string and vice versa
    for ki in kitems:
        kp = ki["probes"][0]
        for ri in items:
            rt = ri["probes"][0]["text"]
            if probe_regex(kp["text"], kp["word"]).search(rt) or \
                    probe_regex(rt, ri["probes"][0]["word"]).search(kp["text"]):
                raise SystemExit(f"{doc['id']}: keep {kp['text']!r} conflicts with redact {rt!r}")
    return {"doc": path.name, "pages": pages, "producer": doc["producer_label"],
            "redact": items, "keep": kitems}


def build(doc):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{doc['id']}.pdf"
    prod = doc["producer"]
    if prod == "rl":
        render_rl(doc, path)
        doc["producer_label"] = f"reportlab ({doc.get('font', 'Helvetica')})"
    elif prod == "docx":
        render_docx(doc, path)
        doc["producer_label"] = f"python-docx + LibreOffice ({doc.get('font', 'Liberation Serif')})"
    elif prod == "scan":
        render_scan(doc, path)
        doc["producer_label"] = f"scan (reportlab {doc.get('font', 'Helvetica')} rendered 300 dpi, noise, rotation, JPEG)"
    elif prod == "hand":
        render_hand(doc, path)
        doc["producer_label"] = "scan of a handwritten note (femkeklaver font, lined paper, JPEG)"
    post_hidden(doc, path)
    gold = build_gold(doc, path)
    (GOLD_DIR / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    return gold
