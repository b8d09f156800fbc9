"""Builders for set CV (eval/blind/mixed90): reportlab, python-docx -> LibreOffice, and image-only scans.

Text is written with inline marks that are stripped before rendering:
  [[text]] or [[text|K]]  a redact probe (K: P person, E e-mail, T phone, B BSN, I IBAN, A address,
                          D date of birth, N personal number, H health, C criminal, S signature text)
  {{text}} or {{text|K}}  a keep probe (K: O org, L place, F function, W law, G programme, X product,
                          M office holder, S street, R reference, U unit, K base/building, E mailbox,
                          T general number, D date)
Every mark becomes one probe (word=True); keep 'after' is counted later on the PDF's PDFium text.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
BUILD = HERE / "_build"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "PERSONAL_NUMBER", "H": "HEALTH", "C": "CRIMINAL", "S": "SIGNATURE",
         "U": "USERNAME", "R": "RELIGION", "F": "FINANCIAL"}
KKIND = {"O": "ORG", "L": "PLACE", "F": "FUNCTION", "W": "LAW", "G": "PROGRAMME", "X": "PRODUCT",
         "M": "OFFICE_HOLDER", "S": "STREET", "R": "REFERENCE", "U": "UNIT", "K": "BUILDING",
         "E": "MAILBOX", "T": "GENERAL_PHONE", "D": "DATE"}

_RX = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
_PHONE = re.compile(r"^[+0(][\d\s()+-]{8,}$")


class Gold:
    def __init__(self):
        self.redact: dict = {}
        self.keep: dict = {}

    def add_redact(self, text, kind=None, channel=None, ocr=False):
        if kind is None:
            kind = "EMAIL" if "@" in text else ("PHONE" if _PHONE.match(text) else "PERSON")
        else:
            kind = RKIND.get(kind, kind)
        key = text
        if key not in self.redact:
            pr = {"text": text, "word": True, "after": 0}
            if ocr:
                pr["ocr"] = True
                pr["channel"] = "ocr"
            if channel:
                pr["channel"] = channel
            self.redact[key] = {"kind": kind, "value": text, "probes": [pr]}

    def add_keep(self, text, kind=None):
        kind = KKIND.get(kind, kind) if kind else "ORG"
        if text not in self.keep:
            self.keep[text] = {"kind": kind, "value": text, "probes": [{"text": text, "word": True}]}


G: Gold = Gold()
OCR_MODE = False


def new_gold():
    global G
    G = Gold()
    return G


def m(s: str) -> str:
    """Strip marks from s, recording them in the current gold."""
    def rep(mo):
        if mo.group(1) is not None:
            parts = mo.group(1).split("|")
            G.add_redact(parts[0], parts[1] if len(parts) > 1 else None, ocr=OCR_MODE)
            return parts[0]
        parts = mo.group(2).split("|")
        if not OCR_MODE:
            G.add_keep(parts[0], parts[1] if len(parts) > 1 else None)
        return parts[0]
    return _RX.sub(rep, s)


# ------------------------------------------------------------------ fonts
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Flowable, Image as RLImage, KeepTogether, PageBreak, Paragraph,  # noqa: E402
                                Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle)

FT = "/usr/share/fonts/truetype/"
_TTF = {
    "LiberationSans": "liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation2/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "liberation2/LiberationMono-Bold.ttf",
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "crosextra/Carlito-Bold.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, FT + _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
BOLD.update({k: k + "-Bold" for k in _TTF if not k.endswith("-Bold")})

HAND = {"femke": FT + "femkeklaver/femkeklaver.ttf", "dkg": FT + "fifthhorseman/dkg.ttf",
        "humor": FT + "humor-sans/Humor-Sans.ttf"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def signature_png(name: str, font="dkg", size=64, seed=1) -> Path:
    """A scribbled signature (name in a handwriting font, slanted, with a flourish); pixels only."""
    BUILD.mkdir(exist_ok=True)
    rnd = random.Random(seed)
    f = ImageFont.truetype(HAND[font], size)
    w = int(f.getlength(name)) + 60
    img = Image.new("RGB", (w, size * 2), "white")
    d = ImageDraw.Draw(img)
    d.text((20, size // 3), name, font=f, fill=(20, 30, 90))
    pts = [(10 + i * w / 12, size * 1.45 + rnd.randint(-10, 10)) for i in range(12)]
    d.line(pts, fill=(20, 30, 90), width=3)
    img = img.rotate(rnd.uniform(-6, 4), expand=True, fillcolor="white")
    p = BUILD / f"sig_{abs(hash((name, seed))) % 10**8}.png"
    img.save(p)
    return p


class Bookmark(Flowable):
    def __init__(self, title, key):
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def rl_build(stem: str, blocks: list, font="Helvetica", size=10, pagesize=A4, margins=(22, 20, 20, 20),
             title=None, author="", subject="", creator="", header=None, footer=None, outline_hidden=None):
    """margins: left, right, top, bottom in mm. header/footer: callables (canvas, doc) or text."""
    bold = BOLD.get(font, font)
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6,
                            spaceAfter=3),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=8),
        "right": ParagraphStyle("r", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3, alignment=TA_RIGHT),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "mono": ParagraphStyle("m", fontName="LiberationMono" if font not in ("Courier",) else "Courier",
                               fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "quote": ParagraphStyle("q", fontName=font, fontSize=size - 0.5, leading=(size - 0.5) * 1.3, leftIndent=14,
                                textColor=colors.HexColor("#333333"), spaceAfter=4),
    }
    flow = []
    W = pagesize[0] - (margins[0] + margins[1]) * mm
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "title", "small", "right", "quote"):
            txt = esc(m(b[1])).replace("\n", "<br/>")
            if len(b) > 2 and b[2] == "b":
                txt = f"<b>{txt}</b>"
            flow.append(Paragraph(txt, st[k]))
        elif k == "sp":
            flow.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "mono":  # plain-text export, wrapped with a hanging indent like a text viewer prints it
            import textwrap
            ncol = int(W / (0.6 * st["mono"].fontSize)) - 1
            out = []
            for ln in m(b[1]).split("\n"):
                out += textwrap.wrap(ln, ncol, subsequent_indent="    ", break_on_hyphens=False,
                                     break_long_words=False) or [""]
            flow.append(Preformatted("\n".join(out), st["mono"]))
        elif k == "bm":
            flow.append(Bookmark(m(b[1]) if outline_hidden is None else b[1], b[2]))
        elif k == "mail":  # ('mail', [(label, value), ...])
            rows = [[Paragraph(f"<b>{esc(m(a))}</b>", st["cell"]), Paragraph(esc(m(v)), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[24 * mm, W - 24 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
            flow.append(t)
            flow.append(Spacer(1, 2 * mm))
        elif k == "kv":  # header table, optional widths
            wl = b[2] if len(b) > 2 else 38 * mm
            if isinstance(wl, list):
                wl = wl[0]
            if wl < 100:  # given in mm
                wl = wl * mm
            rows = [[Paragraph(esc(m(a)), st["cellb"]), Paragraph(esc(m(v)).replace("\n", "<br/>"), st["cell"])]
                    for a, v in b[1]]
            t = Table(rows, colWidths=[wl, W - wl], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            flow.append(t)
            flow.append(Spacer(1, 3 * mm))
        elif k == "table":  # ('table', rows, widths_mm or None, opts)
            rows = b[1]
            opts = b[3] if len(b) > 3 else {}
            data = []
            for i, r in enumerate(rows):
                sty = st["cellb"] if (i == 0 and opts.get("head", True)) else st["cell"]
                data.append([Paragraph(esc(m(c)).replace("\n", "<br/>"), sty) for c in r])
            cw = [x * mm for x in b[2]] if b[2] else None
            t = Table(data, colWidths=cw, repeatRows=1 if opts.get("head", True) else 0, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if opts.get("head", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("bg", "#dde4ee"))))
            if opts.get("nogrid"):
                ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
            t.setStyle(TableStyle(ts))
            flow.append(t)
            flow.append(Spacer(1, 3 * mm))
        elif k == "sig":  # ('sig', name-in-scribble, width_mm)
            p = signature_png(b[1], font=b[3] if len(b) > 3 else "dkg", seed=len(b[1]))
            im = Image.open(p)
            wmm = b[2] if len(b) > 2 else 40
            flow.append(RLImage(str(p), width=wmm * mm, height=wmm * mm * im.size[1] / im.size[0], hAlign="LEFT"))
        elif k == "img":
            flow.append(b[1])
        elif k == "line":
            t = Table([[""]], colWidths=[W], rowHeights=[2])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black)]))
            flow.append(t)
        else:
            raise ValueError(k)

    def deco(canvas, doc):
        canvas.saveState()
        if header:
            if callable(header):
                header(canvas, doc)
            else:
                canvas.setFont(font, 8)
                y = pagesize[1] - 12 * mm
                for ln in header.split("\n"):
                    canvas.drawRightString(pagesize[0] - margins[1] * mm, y, m(ln))
                    y -= 10
        if footer:
            canvas.setFont(font, 7.5)
            canvas.drawString(margins[0] * mm, 10 * mm, m(footer).replace("{page}", str(doc.page)))
        canvas.restoreState()

    DOCS_DIR.mkdir(exist_ok=True)
    out = DOCS_DIR / f"{stem}.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=pagesize, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, title=title or stem,
                            author=author, subject=subject, creator=creator or "Microsoft Word")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    return out


def rijks_header(org_lines, right_lines=None, font="LiberationSans"):
    """Letterhead: a vertical band + the ministry's name at top centre-left, like the Rijkshuisstijl."""
    def h(canvas, doc):
        W, H = doc.pagesize
        canvas.setFillColor(colors.HexColor("#154273"))
        canvas.rect(W / 2 - 5 * mm, H - 30 * mm, 10 * mm, 30 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 9)
        y = H - 36 * mm
        for ln in org_lines:
            canvas.drawString(W / 2 + 8 * mm, y, m(ln))
            y -= 11
        if right_lines and doc.page == 1:
            canvas.setFont(font, 7.5)
            y = H - 60 * mm
            for ln in right_lines:
                if ln.startswith("!"):
                    canvas.setFont(BOLD.get(font, font), 7.5)
                    canvas.drawString(W - 55 * mm, y, m(ln[1:]))
                    canvas.setFont(font, 7.5)
                else:
                    canvas.drawString(W - 55 * mm, y, m(ln))
                y -= 9.5
    return h


# ------------------------------------------------------------------ docx -> LibreOffice
def docx_build(stem: str, blocks: list, font="Calibri", size=11, author="", title="", margins_cm=2.2):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    stl.paragraph_format.space_after = Pt(4)
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.last_modified_by = author
    d.core_properties.comments = ""

    def para(text, bold=False, sz=None, align=None, color=None, italic=False, indent=None):
        p = d.add_paragraph()
        r = p.add_run(m(text))
        r.bold = bold
        r.italic = italic
        if sz:
            r.font.size = Pt(sz)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        return p

    for b in blocks:
        k = b[0]
        if k == "p":
            for ln in b[1].split("\n\n"):
                para(ln)
        elif k == "h":
            para(b[1], bold=True, sz=size + 1)
        elif k == "title":
            para(b[1], bold=True, sz=size + 5)
        elif k == "small":
            para(b[1], sz=size - 2)
        elif k == "right":
            para(b[1], sz=size - 1, align="r")
        elif k == "quote":
            para(b[1], color="1F3864", indent=0.6)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "line":
            para("_" * 60, color="808080")
        elif k == "mail":  # Outlook-style header: bold label + value on one line
            for a, v in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(m(a) + " ")
                r.bold = True
                p.add_run(m(v))
            d.add_paragraph()
        elif k in ("kv", "table"):
            rows = [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(m(c))
                    run.font.size = Pt(size - 1.5)
                    if (k == "table" and i == 0) or (k == "kv" and j == 0):
                        run.bold = True
            if len(b) > 2 and b[2]:
                for j, wcm in enumerate(b[2]):
                    for r in t.rows:
                        r.cells[j].width = Cm(wcm / 10)
            d.add_paragraph()
        elif k == "sig":
            p = signature_png(b[1], seed=len(b[1]) + 7)
            d.add_picture(str(p), width=Cm((b[2] if len(b) > 2 else 40) / 10))
        else:
            raise ValueError(k)
    BUILD.mkdir(exist_ok=True)
    path = BUILD / f"{stem}.docx"
    d.save(path)
    return path


def soffice_convert(paths):
    if not paths:
        return
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(DOCS_DIR)]
                   + [str(p) for p in paths], check=True, capture_output=True, timeout=600)


# ------------------------------------------------------------------ scans
def scan_build(stem: str, pages: list, seed=0, dpi=200, author=""):
    """pages: list of lists of (text, opts) with opts: font (path or HAND key), size (px), x, gap, bold.
    Renders each page as an image, degrades it (rotation, noise, blur, JPEG) and writes an image-only PDF."""
    global OCR_MODE
    OCR_MODE = True
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    imgs = []
    try:
        for lines in pages:
            img = Image.new("L", (W, H), 250)
            d = ImageDraw.Draw(img)
            y = int(0.9 * dpi)
            for item in lines:
                if isinstance(item, str):
                    item = (item, {})
                text, o = item
                if text == "---":
                    d.line([(int(0.8 * dpi), y + 10), (W - int(0.8 * dpi), y + 10)], fill=60, width=3)
                    y += 30
                    continue
                if text.startswith("@sig:"):
                    sp = signature_png(text[5:], seed=len(text))
                    s = Image.open(sp).convert("L")
                    s = s.resize((int(s.size[0] * 0.8), int(s.size[1] * 0.8)))
                    img.paste(s, (o.get("x", int(0.9 * dpi)), y))
                    y += s.size[1]
                    continue
                if text.startswith("@box:"):
                    x0 = o.get("x", int(0.9 * dpi))
                    d.rectangle([x0, y, x0 + o.get("w", 600), y + o.get("h", 160)], outline=30, width=4)
                    d.text((x0 + 20, y + 20), m(text[5:]), font=ImageFont.truetype(FT + "dejavu/DejaVuSans-Bold.ttf", 30), fill=30)
                    y += o.get("h", 160) + 10
                    continue
                fp = o.get("font", FT + "dejavu/DejaVuSans.ttf")
                fp = HAND.get(fp, fp)
                sz = o.get("size", 30)
                f = ImageFont.truetype(fp, sz)
                txt = m(text)
                d.text((o.get("x", int(0.9 * dpi)), y), txt, font=f, fill=o.get("fill", 25))
                y += int(sz * o.get("gap", 1.45))
            img = img.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=245)
            px = img.load()
            for _ in range(W * H // 180):
                x, yy = rnd.randrange(W), rnd.randrange(H)
                px[x, yy] = rnd.choice((90, 140, 200))
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=62)
            imgs.append(Image.open(io.BytesIO(buf.getvalue())))
    finally:
        OCR_MODE = False
    DOCS_DIR.mkdir(exist_ok=True)
    out = DOCS_DIR / f"{stem}.pdf"
    imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], author=author,
                 producer="KONICA MINOLTA bizhub C458", creator="KONICA MINOLTA bizhub C458", title=f"{stem}")
    return out


# ------------------------------------------------------------------ hidden channels (pikepdf post-processing)
def add_hidden(path: Path, author=None, xmp_creator=None, annots=None, title=None):
    """annots: list of (page_index, author /T, contents). Every value is recorded as a redact probe in the
    channel it is put in (metadata or annotations); marks in values are honoured."""
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if xmp_creator:
            with pdf.open_metadata() as md:
                md["dc:creator"] = [hidden(xmp_creator, "metadata")]
        if author is not None:
            pdf.docinfo["/Author"] = hidden(author, "metadata")
        if title is not None:
            pdf.docinfo["/Title"] = hidden(title, "metadata")
        for (pi, who, text) in annots or []:
            page = pdf.pages[pi]
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=pikepdf.Array([450, 700 - 30 * pi, 470, 720 - 30 * pi]),
                                   T=pikepdf.String(hidden(who, "annotations")),
                                   Contents=pikepdf.String(hidden(text, "annotations")),
                                   Name=pikepdf.Name.Comment, Open=False)
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj["/Annots"].append(pdf.make_indirect(a))
        pdf.save(path)


def hidden(s: str, channel: str) -> str:
    """Strip marks, recording redact marks with their hidden channel."""
    def rep(mo):
        if mo.group(1) is not None:
            parts = mo.group(1).split("|")
            G.add_redact(parts[0], parts[1] if len(parts) > 1 else None, channel=channel)
            return parts[0]
        return mo.group(2).split("|")[0]
    return _RX.sub(rep, s)


# ------------------------------------------------------------------ numbers with valid checksums
def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
