"""Helpers for set CR (eval/blind/mixed86): marked text, producers, gold.

Markup in every string that is drawn:  [[K|text]] = personal data to redact (kind code K),
{{K|text}} = text that must stay readable.  The generator strips the marks, draws the plain
text and keeps every span, so the gold is derived from exactly what was drawn.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, probe_regex  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "_build"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "PERSONAL_NUMBER", "S": "SPECIAL_CATEGORY", "K": "PARAPH",
         "U": "USERNAME", "L": "LICENSE_PLATE"}
KKIND = {"O": "ORG", "L": "PLACE", "R": "OFFICE_HOLDER", "H": "HISTORICAL_PERSON", "W": "LAW",
         "F": "JOB_TITLE", "M": "MAILBOX", "G": "GENERAL_PHONE", "Z": "REFERENCE", "X": "PROGRAMME",
         "S": "STREET", "B": "PUBLIC_ADDRESS", "D": "DATE", "Y": "TERM", "A": "AMOUNT"}

MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]|\{\{(\w+)\|(.+?)\}\}")

FONT_FILES = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
}
_REG = False


def register_fonts():
    global _REG
    if _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, f))
    _REG = True


# ---------------------------------------------------------------- numbers
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    for last in range(10):
        s = prefix8 + str(last)
        if bsn_ok(s):
            return s
    return make_bsn(prefix8[:7] + str((int(prefix8[7]) + 1) % 10))


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- the document collector
class Doc:
    def __init__(self, stem: str, title: str, producer: str):
        self.stem = stem
        self.title = title
        self.producer = producer
        self.strings: list = []      # (plain, spans, scan)
        self.hidden: list = []       # (kind, value, probe_text, channel)
        self.extra_redact: list = []  # (kind, value, probe_text) checked in pdfium text
        self.notes: list = []
        self.dropped: list = []      # scan spans that OCR cannot read: no probe

    def mk(self, s: str, scan: bool = False) -> str:
        out, spans, pos = [], [], 0
        n = 0
        for m in MARK.finditer(s):
            out.append(s[pos:m.start()])
            n += len(s[pos:m.start()])
            if m.group(1):
                kind, txt, red = m.group(1), m.group(2), True
            else:
                kind, txt, red = m.group(3), m.group(4), False
            spans.append((red, kind, txt, n, n + len(txt)))
            out.append(txt)
            n += len(txt)
            pos = m.end()
        out.append(s[pos:])
        plain = "".join(out)
        self.strings.append((plain, spans, scan))
        return plain

    def hide(self, kind, value, probe, channel):
        self.hidden.append((kind, value, probe, channel))

    @property
    def pdf(self) -> Path:
        return DOCS_DIR / f"{self.stem}.pdf"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- gold
def build_gold(doc: Doc) -> dict:
    pdf_text, pages = text_pdfium(doc.pdf)
    plain_all = norm("\n".join(p for p, _, _ in doc.strings))
    red_parts = []
    for plain, spans, scan in doc.strings:
        t = list(plain)
        for red, kind, txt, a, b in spans:
            if red:
                for i in range(a, b):
                    t[i] = "\u2588"
        red_parts.append("".join(t))
    redacted = norm("\n".join(red_parts))
    problems = []
    redact: dict = {}
    for plain, spans, scan in doc.strings:
        for red, kind, txt, a, b in spans:
            if not red:
                continue
            key = (RKIND[kind], norm(txt))
            pr = {"text": norm(txt), "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
                pr["channel"] = "ocr"
            redact.setdefault(key, pr)
    for kind, value, probe in doc.extra_redact:
        redact.setdefault((RKIND[kind], value), {"text": probe, "word": True, "after": 0})
    for kind, value, probe, channel in doc.hidden:
        redact.setdefault((RKIND[kind], value), {"text": probe, "word": True, "after": 0,
                                                "channel": channel})
    if any(scan for _, _, scan in doc.strings):
        from evaluate import channel_counts, extract_channels
        chans = extract_channels(doc.pdf)["channels"]
        for key in list(redact):
            pr = redact[key]
            if pr.get("ocr") and not channel_counts(chans, pr).get("ocr"):
                doc.dropped.append(pr["text"])
                del redact[key]
    for (k, v), pr in redact.items():
        if count_in(redacted, pr):
            problems.append(f"{doc.stem}: redact probe {pr['text']!r} survives the ideal redaction")
    keep: dict = {}
    for plain, spans, scan in doc.strings:
        if scan:
            continue
        for red, kind, txt, a, b in spans:
            if red:
                continue
            key = (KKIND[kind], norm(txt))
            if key in keep:
                continue
            pr = {"text": norm(txt), "word": True}
            c_pdf = count_in(pdf_text, pr)
            c_src = count_in(plain_all, pr)
            c_red = count_in(redacted, pr)
            if c_red != c_src:
                problems.append(f"{doc.stem}: keep probe {txt!r} overlaps a redaction ({c_red}/{c_src})")
                continue
            if c_pdf == 0:
                problems.append(f"{doc.stem}: keep probe {txt!r} not in PDFium text")
                continue
            if c_pdf != c_src:
                doc.notes.append(f"keep {txt!r}: pdf {c_pdf} src {c_src}")
            pr["after"] = c_pdf
            keep[key] = pr
    gold = {"doc": doc.pdf.name, "pages": pages, "title": doc.title, "producer": doc.producer,
            "redact": [{"kind": k, "value": v, "probes": [pr]} for (k, v), pr in redact.items()],
            "keep": [{"kind": k, "value": v, "probes": [pr]} for (k, v), pr in keep.items()]}
    return gold, problems


# ---------------------------------------------------------------- reportlab (platypus)
def styles(font="Helvetica", bold="Helvetica-Bold", size=10, lead=None):
    from reportlab.lib.styles import ParagraphStyle
    lead = lead or size * 1.3
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.5),
        "t": ParagraphStyle("t", fontName=font, fontSize=size, leading=lead),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=lead, spaceAfter=size * 0.4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                             spaceAfter=size),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.4),
        "q": ParagraphStyle("q", fontName=font, fontSize=size - 0.5, leading=(size - 0.5) * 1.3,
                            leftIndent=14, textColor="#333333", spaceAfter=size * 0.4),
    }


class Flow:
    """Builds a platypus story from marked strings."""

    def __init__(self, doc: Doc, st: dict):
        self.doc, self.st, self.story = doc, st, []

    def p(self, s, style="n"):
        from reportlab.platypus import Paragraph
        plain = self.doc.mk(s)
        self.story.append(Paragraph(esc(plain).replace("\n", "<br/>"), self.st[style]))

    def sp(self, h=6):
        from reportlab.platypus import Spacer
        self.story.append(Spacer(1, h))

    def table(self, rows, widths, style="t", header=False, grid=True, fs=None):
        from reportlab.platypus import Paragraph, Table, TableStyle
        st = self.st[style]
        data = [[Paragraph(esc(self.doc.mk(c)).replace("\n", "<br/>"), st) for c in r] for r in rows]
        t = Table(data, colWidths=widths)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, "#888888"))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), "#dddddd"))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def brk(self):
        from reportlab.platypus import PageBreak
        self.story.append(PageBreak())

    def build(self, pagesize=None, margins=(56, 56, 60, 56), on_page=None, author=None, title=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate
        pagesize = pagesize or A4
        d = SimpleDocTemplate(str(self.doc.pdf), pagesize=pagesize, leftMargin=margins[0],
                              rightMargin=margins[1], topMargin=margins[2], bottomMargin=margins[3],
                              author=author or "", title=title or self.doc.title, creator="", producer="")
        if on_page:
            d.build(self.story, onFirstPage=on_page, onLaterPages=on_page)
        else:
            d.build(self.story)


def signature(c, x, y, w=110, seed=1):
    """A handwritten-looking signature as vector paths (no text)."""
    rnd = random.Random(seed)
    p = c.beginPath()
    p.moveTo(x, y)
    cx = x
    for _ in range(7):
        nx = cx + w / 7
        p.curveTo(cx + rnd.uniform(0, 10), y + rnd.uniform(8, 22), nx - rnd.uniform(0, 10),
                  y - rnd.uniform(4, 14), nx, y + rnd.uniform(-3, 5))
        cx = nx
    c.saveState()
    c.setStrokeColor("#1a2a6c")
    c.setLineWidth(1.1)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


class SigFlowable:
    pass


def sig_flowable(seed=1, w=120, h=30):
    from reportlab.platypus import Flowable

    class S(Flowable):
        def wrap(self, aw, ah):
            return w, h

        def draw(self):
            signature(self.canv, 4, h / 2, w - 10, seed)
    return S()


# ---------------------------------------------------------------- docx -> LibreOffice
def soffice_convert(docx_paths: list):
    if not docx_paths:
        return
    BUILD.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(BUILD), *map(str, docx_paths)],
                       check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def render_scan(doc: Doc, lines, font="LiberationSerif", size=34, seed=3, rotate=0.6, dpi=200,
                margin=150, spacing=1.45, sketch=None, ink=(20, 20, 20), paper=(246, 243, 235),
                fonts=None):
    """lines: list of marked strings, or (font, size, marked string) tuples. A4 at dpi."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(img)
    y = margin
    for ln in lines:
        f, sz, s = (font, size, ln) if isinstance(ln, str) else ln
        x_off = 0
        if s.startswith(">>"):
            s, x_off = s[2:], 80
        plain = doc.mk(s, scan=True)
        if plain.strip():
            fnt = ImageFont.truetype(FONT_FILES.get(f, f), sz)
            dr.text((margin + x_off + rnd.randint(-4, 4), y), plain, font=fnt, fill=ink)
        y += int(sz * spacing)
    if sketch:
        sketch(dr, W, H, y)
    img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=(250, 250, 250), expand=False)
    px = img.load()
    for _ in range(W * H // 400):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randint(120, 200)
        px[xx, yy] = (g, g, g)
    img = img.filter(ImageFilter.GaussianBlur(0.5)).convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    out = Image.open(buf)
    out.save(doc.pdf, "PDF", resolution=dpi)


# ---------------------------------------------------------------- hidden channels (pikepdf)
def set_meta(pdf: Path, author=None, title=None, subject=None, xmp_creator=None, keywords=None):
    import pikepdf
    with pikepdf.open(pdf, allow_overwriting_input=True) as p:
        if author is not None:
            p.docinfo["/Author"] = author
        if title is not None:
            p.docinfo["/Title"] = title
        if subject is not None:
            p.docinfo["/Subject"] = subject
        if keywords is not None:
            p.docinfo["/Keywords"] = keywords
        if xmp_creator is not None:
            with p.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [xmp_creator]
        p.save(pdf)


def add_outline(pdf: Path, titles: list):
    import pikepdf
    from pikepdf import OutlineItem
    with pikepdf.open(pdf, allow_overwriting_input=True) as p:
        with p.open_outline() as ol:
            for t, page in titles:
                ol.root.append(OutlineItem(t, page))
        p.save(pdf)


def add_note(pdf: Path, page: int, rect, contents: str, author: str):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    with pikepdf.open(pdf, allow_overwriting_input=True) as p:
        pg = p.pages[page]
        annot = p.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                           Contents=String(contents), T=String(author),
                                           Name=Name.Comment, F=4))
        if "/Annots" not in pg.obj:
            pg.obj.Annots = Array()
        pg.obj.Annots.append(annot)
        p.save(pdf)


def add_link(pdf: Path, page: int, rect, uri: str):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    with pikepdf.open(pdf, allow_overwriting_input=True) as p:
        pg = p.pages[page]
        annot = p.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect),
                                           Border=Array([0, 0, 0]),
                                           A=Dictionary(S=Name.URI, URI=String(uri))))
        if "/Annots" not in pg.obj:
            pg.obj.Annots = Array()
        pg.obj.Annots.append(annot)
        p.save(pdf)


# ---------------------------------------------------------------- python-docx builder
class DocxFlow:
    def __init__(self, doc: Doc, font="Liberation Sans", size=10, landscape=False):
        import docx
        from docx.shared import Pt, Cm
        self.doc = doc
        self.d = docx.Document()
        stl = self.d.styles["Normal"]
        stl.font.name = font
        stl.font.size = Pt(size)
        sec = self.d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        if landscape:
            from docx.enum.section import WD_ORIENT
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        self.Pt = Pt

    def p(self, s, bold=False, size=None, italic=False, align=None, space=4):
        par = self.d.add_paragraph()
        run = par.add_run(self.doc.mk(s))
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = self.Pt(size)
        par.paragraph_format.space_after = self.Pt(space)
        if align == "right":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return par

    def h(self, s, size=13):
        return self.p(s, bold=True, size=size, space=6)

    def table(self, rows, widths_cm=None, header=True, size=None):
        from docx.shared import Cm
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.text = ""
                run = cell.paragraphs[0].add_run(self.doc.mk(c))
                if header and i == 0:
                    run.bold = True
                if size:
                    run.font.size = self.Pt(size)
                if widths_cm:
                    cell.width = Cm(widths_cm[j])
        self.d.add_paragraph()
        return t

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def header(self, s):
        hp = self.d.sections[0].header.paragraphs[0]
        hp.text = self.doc.mk(s)

    def save(self, author=""):
        BUILD.mkdir(exist_ok=True)
        self.d.core_properties.author = author
        self.d.core_properties.last_modified_by = ""
        self.d.core_properties.title = self.doc.title
        path = BUILD / f"{self.doc.stem}.docx"
        self.d.save(path)
        return path
