"""Rendering engine and gold builder for set BO (eval/blind/mixed57).

Markup inside document text:
  [[text]]        redact span, kind PERSON        [[text|E]]  redact span with kind code
  {{text}}        keep span, kind ORG             {{text|L}}  keep span with kind code
Every redact span becomes a redact probe (after=0); every keep span a keep probe whose 'after' is
counted on the original's PDFium text.  Consistency rules checked while building:
  * a redact probe may not occur in the text outside redact spans (so every mention is marked);
  * a keep probe's PDFium count must equal its count in the text with redact spans masked
    (so no keep probe sits inside something that must go).
"""
from __future__ import annotations

import html
import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN",
         "D": "DATE_OF_BIRTH", "N": "ID_NUMBER", "H": "SPECIAL_CATEGORY", "S": "SIGNATURE",
         "Q": "PARAPH", "U": "URL_PERSONAL", "O": "OTHER_PERSONAL"}
KKIND = {"O": "ORG", "L": "LOC", "R": "OFFICE_HOLDER", "W": "LAW", "G": "PROGRAMME",
         "F": "FUNCTIONAL_MAILBOX", "C": "CASE_NUMBER", "T": "SWITCHBOARD", "J": "JOB_TITLE",
         "S": "STREET", "D": "DATE", "X": "OTHER", "B": "PUBLIC_BUILDING"}

MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z]))?\]\]|\{\{(.+?)(?:\|([A-Z]))?\}\}", re.S)
TAG = re.compile(r"<[^>]+>")


def plain(s: str) -> str:
    """XML paragraph markup -> plain text (br = space)."""
    s = re.sub(r"<br\s*/?>", " ", s)
    s = TAG.sub("", s)
    return html.unescape(s)


class Gold:
    def __init__(self):
        self.redact = {}   # text -> (kind, extra)
        self.keep = {}
        self.masked = []   # plain text with redact spans masked

    def scan(self, s: str) -> str:
        """Register markers of s; return reportlab-ready markup (markers removed)."""
        out = []
        masked = []
        pos = 0
        for m in MARK.finditer(s):
            out.append(s[pos:m.start()])
            masked.append(s[pos:m.start()])
            if m.group(1) is not None:
                t, k = m.group(1), m.group(2) or "P"
                p = norm(plain(t))
                self.redact.setdefault(p, RKIND[k])
                out.append(t)
                masked.append(" \u2588 ")
            else:
                t, k = m.group(3), m.group(4) or "O"
                p = norm(plain(t))
                self.keep.setdefault(p, KKIND[k])
                out.append(t)
                masked.append(t)
            pos = m.end()
        out.append(s[pos:])
        masked.append(s[pos:])
        self.masked.append(plain("".join(masked)))
        return "".join(out)


def strip_marks(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def is_word(t: str) -> bool:
    return bool(re.match(r"\w", t[:1])) or bool(re.match(r"\w", t[-1:]))


# ---------------------------------------------------------------- reportlab producer
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle, Preformatted)

FONTS = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

FAMILIES = {  # name -> (regular, bold)
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "dejavu": ("DejaVu", "DejaVu-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "libserif": ("LibSerif", "LibSerif-Bold"),
    "libsans": ("LibSans", "LibSans-Bold"),
    "carlito": ("Carlito", "Carlito-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}


def styles(fam: str, size: float = 10):
    r, b = FAMILIES[fam]
    base = ParagraphStyle("b", fontName=r, fontSize=size, leading=size * 1.3, alignment=TA_LEFT,
                          spaceAfter=size * 0.5)
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontName=b, fontSize=size * 1.25, leading=size * 1.6,
                            spaceBefore=size * 0.6, spaceAfter=size * 0.4),
        "h1": ParagraphStyle("h1", parent=base, fontName=b, fontSize=size * 1.6, leading=size * 2,
                             spaceAfter=size * 0.8),
        "small": ParagraphStyle("s", parent=base, fontSize=size * 0.78, leading=size * 0.98,
                                spaceAfter=1),
        "cell": ParagraphStyle("c", parent=base, fontSize=size * 0.88, leading=size * 1.1,
                               spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName=b, fontSize=size * 0.88,
                                leading=size * 1.1, spaceAfter=0),
        "mono": ParagraphStyle("m", parent=base, fontName="Courier", fontSize=size * 0.85,
                               leading=size * 1.1),
        "sig": ParagraphStyle("sig", parent=base, fontName="Femke", fontSize=size * 1.9,
                              leading=size * 2.3, textColor=colors.HexColor("#1b2a6b")),
    }


def flow(blocks, g: Gold, fam: str, size: float, width: float):
    st = styles(fam, size)
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "h1", "small", "sig"):
            out.append(Paragraph(g.scan(b[1]), st[kind]))
        elif kind == "mono":
            txt = g.scan(b[1])
            out.append(Preformatted(plain_keep_lines(txt), st["mono"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "t":   # ("t", rows, colwidths_mm or None, header_bold)
            rows = b[1]
            cw = b[2] if len(b) > 2 and b[2] else None
            hdr = b[3] if len(b) > 3 else True
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(g.scan(c), st["cellb" if (hdr and i == 0) else "cell"])
                             for c in row])
            t = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1 if hdr else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if hdr:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 3 * mm))
        elif kind == "side":  # ("side", main_blocks, side_blocks, main_w_mm, side_w_mm)
            main = flow(b[1], g, fam, size, width)
            side = [Paragraph(g.scan(s), st["small"]) for s in b[2]]
            mw, sw = (b[3], b[4]) if len(b) > 3 else (120, 45)
            t = Table([[main, side]], colWidths=[mw * mm, sw * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBEFORE", (1, 0), (1, 0), 0.3, colors.grey),
                                   ("LEFTPADDING", (1, 0), (1, 0), 6)]))
            out.append(t)
        elif kind == "img":   # ("img", PIL image, width_mm)
            bio = io.BytesIO()
            b[1].save(bio, "PNG")
            bio.seek(0)
            w = b[2] * mm
            out.append(Image(bio, width=w, height=w * b[1].size[1] / b[1].size[0]))
        else:
            raise ValueError(kind)
    return out


def plain_keep_lines(s: str) -> str:
    return html.unescape(TAG.sub("", s))


def build_reportlab(path: Path, doc: dict, g: Gold):
    fam = doc.get("font", "helv")
    size = doc.get("size", 10)
    header = doc.get("header")
    footer = doc.get("footer")
    reg, bold = FAMILIES[fam]
    hdr_plain = strip_marks(header) if header else None
    ftr_plain = strip_marks(footer) if footer else None

    def on_page(c, d):
        c.saveState()
        if hdr_plain:
            c.setFont(bold, 8.5)
            c.drawString(20 * mm, A4[1] - 12 * mm, plain(hdr_plain))
            c.setLineWidth(0.3)
            c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        if ftr_plain:
            c.setFont(reg, 7.5)
            c.drawString(20 * mm, 10 * mm, plain(ftr_plain))
        if doc.get("pagenum", True):
            c.setFont(reg, 7.5)
            c.drawRightString(A4[0] - 20 * mm, 10 * mm, doc.get("pagefmt", "Pagina {n}").format(n=d.page))
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm,
                           title=doc.get("title", ""), author=doc.get("author", ""),
                           subject=doc.get("subject", ""), creator=doc.get("creator", "Microsoft Word"))
    story = flow(doc["blocks"], g, fam, size, A4[0] - 40 * mm)
    if doc.get("outline"):
        from reportlab.platypus.flowables import Flowable

        class BM(Flowable):
            def __init__(self, title, key):
                super().__init__()
                self.t, self.k = title, key

            def wrap(self, *a):
                return (0, 0)

            def draw(self):
                self.canv.bookmarkPage(self.k)
                self.canv.addOutlineEntry(self.t, self.k, 0)
        for i, t in enumerate(doc["outline"]):
            story.insert(0 if i == 0 else len(story) // 2, BM(t, f"bm{i}"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return (hdr_plain, ftr_plain)


# ---------------------------------------------------------------- python-docx -> LibreOffice producer
def build_docx(path: Path, doc: dict, g: Gold):
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    font = doc.get("dfont", "Calibri")
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(doc.get("size", 10.5))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(strip_marks(doc["header"]))
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = plain(strip_marks(doc["footer"]))

    def add_par(par, s, bold=False, size=None, fontname=None):
        s = g.scan(s)
        pieces = re.split(r"(<br\s*/?>)", s)
        for pc in pieces:
            if re.match(r"<br", pc):
                par.add_run().add_break()
                continue
            for seg in re.split(r"(<b>.*?</b>)", pc):
                if not seg:
                    continue
                bb = seg.startswith("<b>")
                r = par.add_run(html.unescape(TAG.sub("", seg)))
                r.bold = bold or bb
                if size:
                    r.font.size = Pt(size)
                if fontname:
                    r.font.name = fontname

    for b in doc["blocks"]:
        k = b[0]
        if k in ("p", "small", "mono"):
            p = d.add_paragraph()
            add_par(p, b[1], size=8 if k == "small" else None,
                    fontname="Liberation Mono" if k == "mono" else None)
        elif k in ("h", "h1"):
            p = d.add_paragraph()
            add_par(p, b[1], bold=True, size=14 if k == "h1" else 12)
        elif k == "sig":
            p = d.add_paragraph()
            add_par(p, b[1], size=20, fontname="femkeklaver")
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    add_par(cell.paragraphs[0], c, bold=(i == 0 and (len(b) < 4 or b[3])), size=9)
            d.add_paragraph()
        elif k == "side":
            t = d.add_table(rows=1, cols=2)
            left, right = t.cell(0, 0), t.cell(0, 1)
            first = True
            for mb in b[1]:
                par = left.paragraphs[0] if first else left.add_paragraph()
                first = False
                add_par(par, mb[1], bold=mb[0] in ("h", "h1"))
            first = True
            for s in b[2]:
                par = right.paragraphs[0] if first else right.add_paragraph()
                first = False
                add_par(par, s, size=7.5)
            left.width, right.width = Mm(125), Mm(45)
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.last_modified_by = doc.get("author", "")
    with tempfile.TemporaryDirectory(prefix="bo-docx-") as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=240)
        (Path(td) / (path.stem + ".pdf")).replace(path)
    hdr = plain(strip_marks(doc["header"])) if doc.get("header") else None
    ftr = plain(strip_marks(doc["footer"])) if doc.get("footer") else None
    return (hdr, ftr)


# ---------------------------------------------------------------- scans
def make_scan(path: Path, seed: int, dpi: int = 200, angle: float = 0.5, quality: int = 70):
    """Rasterise path's pages, degrade them a little, write an image-only PDF over it."""
    import pypdfium2 as pdfium
    from PIL import Image as PImage, ImageFilter
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(path))
    imgs = []
    for i in range(len(pdf)):
        pil = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        pil = pil.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=PImage.BICUBIC, expand=False,
                         fillcolor=255)
        px = pil.load()
        w, h = pil.size
        for _ in range(w * h // 900):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 90, 160))
        pil = pil.filter(ImageFilter.GaussianBlur(0.35))
        imgs.append(pil)
    pdf.close()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setCreator("Canon iR-ADV C5840 PDF")
    c.setProducer("Canon iR-ADV C5840")
    for pil in imgs:
        bio = io.BytesIO()
        pil.save(bio, "JPEG", quality=quality)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels (pikepdf)
def add_hidden(path: Path, hidden: dict):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "xmp_creator" in hidden or "xmp_title" in hidden:
            with pdf.open_metadata() as meta:
                if "xmp_creator" in hidden:
                    meta["dc:creator"] = hidden["xmp_creator"]
                if "xmp_title" in hidden:
                    meta["dc:title"] = hidden["xmp_title"]
        for k in ("Author", "Title", "Subject", "Keywords"):
            if k in hidden:
                pdf.docinfo[pikepdf.Name("/" + k)] = hidden[k]
        for (page_no, x, y, author, text) in hidden.get("notes", []):
            page = pdf.pages[page_no]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[x, y, x + 20, y + 20], T=pikepdf.String(author),
                Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                C=[1, 0.85, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        for (page_no, rect, uri) in hidden.get("links", []):
            page = pdf.pages[page_no]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path))


def pdf_ind(pdf, obj):
    return obj if obj.is_indirect else pdf.make_indirect(obj)


def add_form(path: Path, fields: list):
    """Overlay AcroForm text fields (name, value, x, y, w) on page 1 with reportlab, merge with pikepdf."""
    import pikepdf
    from reportlab.pdfgen import canvas

    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4)
    for (name, value, x, y, w) in fields:
        c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=14, fontSize=9,
                             borderWidth=0.5, fillColor=colors.HexColor("#f4f6fa"))
    c.showPage()
    c.save()
    bio.seek(0)
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf, pikepdf.open(bio) as ov:
        ovp = ov.pages[0]
        page = pdf.pages[0]
        new = []
        for a in ovp.obj.Annots:
            na = pdf.copy_foreign(a)
            na.P = page.obj
            new.append(na)
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        for na in new:
            page.obj.Annots.append(na)
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
            Fields=pikepdf.Array(new), NeedAppearances=False,
            DA=pikepdf.String("/Helv 9 Tf 0 g"),
            DR=pdf.copy_foreign(pdf_ind(ov, ov.Root.AcroForm.get("/DR")))))
        pdf.save(str(path))


# ---------------------------------------------------------------- build one document + gold
def build(doc: dict) -> dict:
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / (doc["id"] + ".pdf")
    g = Gold()
    prod = doc.get("producer", "rl")
    if prod == "docx":
        hdr, ftr = build_docx(path, doc, g)
    else:
        hdr, ftr = build_reportlab(path, doc, g)
    scan = doc.get("scan")
    if scan:
        make_scan(path, seed=sum(map(ord, doc["id"])), **scan)
    if doc.get("form"):
        add_form(path, doc["form"])
    if doc.get("hidden"):
        add_hidden(path, doc["hidden"])
    text, npages = text_pdfium(path)
    masked = norm(" ".join(g.masked + [hdr or "", ftr or ""] * npages))
    problems = []
    redact = []
    for t, kind in g.redact.items():
        pr = {"text": t, "word": is_word(t), "after": 0}
        if scan:
            pr["ocr"] = True
        if count_in(masked, pr):
            problems.append(f"{doc['id']}: redact probe {t!r} also outside redact spans")
        probes = [pr]
        if kind == "PERSON":
            last = re.split(r"[\s,]+", t.strip(" ,"))[-1]
            if (last != t and re.fullmatch(r"[A-ZÀ-ÞĀ-Ž][\w'\u2019-]{3,}", last) and last not in g.redact
                    and not count_in(masked, {"text": last, "word": True})
                    and not any(count_in(k, {"text": last, "word": True}) for k in g.keep)):
                extra = {"text": last, "word": True, "after": 0}
                if scan:
                    extra["ocr"] = True
                probes.append(extra)
        redact.append({"kind": kind, "value": t, "probes": probes})
    for (kind, t, channel) in doc.get("hidden_probes", []):
        redact.append({"kind": kind, "value": t,
                       "probes": [{"text": t, "word": is_word(t), "after": 0, "channel": channel}]})
    keep = []
    if not scan:
        for t, kind in g.keep.items():
            pr = {"text": t, "word": is_word(t)}
            c = count_in(text, pr)
            cm = count_in(masked, pr)
            if c == 0 or c != cm:
                problems.append(f"{doc['id']}: keep probe {t!r} pdfium={c} masked={cm}")
            pr["after"] = c
            keep.append({"kind": kind, "value": t, "probes": [pr]})
    label = doc.get("producer_label") or (
        f"python-docx + LibreOffice ({doc.get('dfont', 'Calibri')})" if prod == "docx"
        else f"reportlab platypus ({FAMILIES[doc.get('font', 'helv')][0]})")
    gold = {"doc": path.name, "pages": npages, "producer": label,
            "redact": redact, "keep": keep}
    (GOLD_DIR / (doc["id"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return {"id": doc["id"], "pages": npages, "problems": problems, "redact": len(redact),
            "keep": len(keep)}
