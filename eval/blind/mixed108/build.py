"""Rendering and gold machinery for set EG (eval/blind/mixed108). The documents are in make_set.py.

Markup inside every text string of a document:
    {text}      redact, a person's name (probes: its capitalised tokens of >= 3 letters, particles skipped)
    {K:text}    redact of kind K, probe = the whole text:
                E e-mail, T phone, N personal number (personnel, BSN, IBAN, claim/client no. of a person),
                A home address part, D date of birth, H health / special category, I initials or paraph
    «text»      keep (organisation), «K:text» keep of kind K, probe = the whole text:
                O organisation, P office holder in role, L place, R reference, F functional mailbox,
                S switchboard number, J job title, W law, G programme/system/product, B public address, M date
Rendering strips the markup. Gold: redact probes after=0; keep probes after = count on the PDFium text.
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

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

R_KINDS = {"E": "EMAIL", "T": "PHONE", "N": "ID_NUMBER", "A": "ADDRESS", "D": "DATE_OF_BIRTH",
           "H": "SPECIAL_CATEGORY", "I": "INITIALS"}
K_KINDS = {"O": "ORG", "P": "PUBLIC_OFFICE_HOLDER", "L": "PLACE", "R": "REFERENCE", "F": "FUNCTIONAL_MAILBOX",
           "S": "SWITCHBOARD", "J": "JOB_TITLE", "W": "LAW", "G": "PROGRAMME", "B": "PUBLIC_ADDRESS",
           "M": "DATE"}
PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "von", "el", "al",
             "da", "dos", "le", "la", "du", "mevrouw", "meneer", "dhr.", "mw.", "dr.", "ir.", "mr.", "drs."}

RX_RED = re.compile(r"\{(?:([A-Z]):)?([^{}]+)\}")
RX_KEEP = re.compile(r"«(?:([A-Z]):)?([^«»]+)»")


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(2), s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def masked(s: str) -> str:
    s = RX_RED.sub(lambda m: " # ", s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


def person_tokens(name: str) -> list:
    out = []
    for t in name.split():
        t = t.strip(",.;:()")
        if len(t) < 3 or t.lower() in PARTICLES or not t[0].isupper():
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+", t):
            continue
        out.append(t)
    return out


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from all_strings(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from all_strings(x)


def collect_gold(texts, hidden=()):
    """texts: strings with markup (visible); hidden: (where, markup string) for hidden channels."""
    red, keep, used = [], [], set()
    kitems = {}

    def add_red(kind, val, where=None):
        if kind is None:
            probes = person_tokens(val)
            kname = "PERSON"
        else:
            probes = [val]
            kname = R_KINDS[kind]
        new = [p for p in probes if p not in used]
        if not new:
            return
        used.update(new)
        item = {"kind": kname, "value": val, "probes": [{"text": p, "word": True, "after": 0} for p in new]}
        if where:
            item["where"] = where
        red.append(item)

    for s in texts:
        for m in RX_RED.finditer(s):
            add_red(m.group(1), m.group(2))
        for m in RX_KEEP.finditer(s):
            k = K_KINDS[m.group(1) or "O"]
            v = m.group(2)
            if v not in kitems:
                kitems[v] = {"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": None}]}
                keep.append(kitems[v])
    for where, s in hidden:
        for m in RX_RED.finditer(s):
            add_red(m.group(1), m.group(2), where)
    return red, keep


# ------------------------------------------------------------------ fonts
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, XPreformatted)

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "FemkeKlaver": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LiberationSerif": "LiberationSerif-Bold",
        "LiberationSans": "LiberationSans-Bold", "LiberationMono": "LiberationMono-Bold", "Carlito": "Carlito-Bold",
        "FemkeKlaver": "FemkeKlaver", "Dkg": "Dkg"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Bookmark(Flowable):
    def __init__(self, title, key):
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


class Field(Flowable):
    def __init__(self, label, name, value, font, width=120 * mm):
        super().__init__()
        self.label, self.name, self.value, self.font, self.fw = label, name, value, font, width
        self.width, self.height = 170 * mm, 9 * mm

    def draw(self):
        c = self.canv
        c.setFont(self.font, 9)
        c.drawString(0, 2.5 * mm, self.label)
        c.acroForm.textfield(name=self.name, value=self.value, x=48 * mm, y=0, width=self.fw, height=7 * mm,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5, relative=True,
                             borderColor=colors.grey, fillColor=colors.white)


def rl_story(blocks, font, size=10, page_w=A4[0]):
    bf = BOLD.get(font, font)
    st = {
        "t": ParagraphStyle("t", fontName=bf, fontSize=size + 5, leading=size + 9, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bf, fontSize=size + 1.5, leading=size + 5, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4),
        "c": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3,
                                textColor=colors.HexColor("#444444")),
        "center": ParagraphStyle("center", fontName=bf, fontSize=size + 2, leading=size + 6, alignment=TA_CENTER),
    }
    mono = font if "Mono" in font or font == "Courier" else "Courier"
    story, nb = [], 0
    avail = page_w - 40 * mm
    for b in blocks:
        kind = b[0]
        if kind in ("t", "h", "p", "small", "center"):
            story.append(Paragraph(esc(plain(b[1])), st[kind]))
        elif kind == "kv":
            rows = [[Paragraph(esc(plain(k)), st["c"]), Paragraph(esc(plain(v)), st["c"])] for k, v in b[1]]
            t = Table(rows, colWidths=[38 * mm, avail - 38 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 4))
        elif kind == "tab":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            data = [[Paragraph(esc(plain(c)), st["c"]) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
            story.append(t)
            story.append(Spacer(1, 5))
        elif kind == "pre":
            story.append(XPreformatted(esc(plain(b[1])), ParagraphStyle("pre", fontName=mono, fontSize=size - 1.5,
                                                                         leading=(size - 1.5) * 1.3)))
            story.append(Spacer(1, 4))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "bm":
            nb += 1
            story.append(Bookmark(plain(b[1]), f"bm{nb}"))
        elif kind == "field":
            story.append(Field(plain(b[1]), b[2], plain(b[3]), font))
        else:
            raise ValueError(kind)
    return story


def render_rl(path, blocks, font="Helvetica", size=10, land=False, title="", author="", header=None):
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=18 * mm, title=plain(title), author=plain(author), creator="",
                            producer="ReportLab PDF Library")

    def deco(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawString(20 * mm, ps[1] - 12 * mm, plain(header))
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"pagina {d.page}")
        c.restoreState()

    doc.build(rl_story(blocks, font, size, ps[0]), onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ docx -> LibreOffice
def write_docx(path, blocks, font="Calibri", author="", title=""):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.author = plain(author)
    d.core_properties.title = plain(title)
    d.core_properties.last_modified_by = plain(author)
    for b in blocks:
        k = b[0]
        if k == "t":
            d.add_heading(plain(b[1]), 0)
        elif k == "h":
            d.add_heading(plain(b[1]), 1)
        elif k in ("p", "center"):
            d.add_paragraph(plain(b[1]))
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.font.size = Pt(8.5)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for kk, v in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = plain(kk), plain(v)
            d.add_paragraph("")
        elif k == "tab":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = plain(v)
            d.add_paragraph("")
        elif k == "pre":
            for line in plain(b[1]).split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "Liberation Mono"
                r.font.size = Pt(9)
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sp":
            d.add_paragraph("")
        else:
            raise ValueError(k)
    d.save(str(path))


def soffice_convert(docx_paths, outdir):
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, docx_paths)], check=True, capture_output=True,
                       timeout=600)


# ------------------------------------------------------------------ scans
def render_scan(path, blocks, font="Courier", size=11, seed=1, angle=0.6, dpi=150, quality=55, noise=180):
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "s.pdf"
        render_rl(tmp, blocks, font=font, size=size)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(tmp), str(Path(td) / "p")], check=True)
        imgs = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(angle + rnd.uniform(-0.3, 0.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // noise):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200, 235))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            im = im.point(lambda v: min(255, int(v * 0.93 + 14)))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            imgs.append(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
        imgs[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


# ------------------------------------------------------------------ pikepdf post-processing
def post(path, info=None, xmp_creator=None, annots=(), links=()):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if info:
            for k, v in info.items():
                pdf.docinfo["/" + k.lstrip("/")] = plain(v)
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [plain(x) for x in xmp_creator]
        for pg, author, text, rect in annots:
            page = pdf.pages[pg]
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=pikepdf.Array(rect), Contents=pikepdf.String(plain(text)),
                                   T=pikepdf.String(plain(author)), Name=pikepdf.Name.Comment,
                                   C=pikepdf.Array([1, 0.9, 0.2]), F=4)
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(pdf.make_indirect(a))
        for pg, uri, rect in links:
            page = pdf.pages[pg]
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=pikepdf.Array(rect),
                                   Border=pikepdf.Array([0, 0, 0]),
                                   A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(plain(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(pdf.make_indirect(a))
        pdf.save(str(path))
