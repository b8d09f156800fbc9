"""Rendering and gold helpers for set mixed65 (markup: [[redact|K]], {{keep|K}})."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "PERSONAL_NUMBER", "H": "SPECIAL_CATEGORY", "U": "PARAPH"}
KKIND = {"O": "ORG", "L": "PLACE", "R": "OFFICE_HOLDER", "W": "LAW", "K": "REFERENCE", "M": "DATE",
         "F": "FUNCTION", "G": "PROGRAMME", "C": "KVK", "X": "FUNCTIONAL_MAILBOX", "S": "SWITCHBOARD",
         "Q": "AMOUNT", "Y": "STREET_PUBLIC"}

MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z]))?\]\]|\{\{(.+?)(?:\|([A-Z]))?\}\}")


# ---------------------------------------------------------------- numbers with valid checksums
def bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- markup
def parse(s: str):
    """-> (plain, redact marks [(text,kind)], keep marks, blanked plain)"""
    red, keep = [], []
    out, blank = [], []
    pos = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()]); blank.append(s[pos:m.start()])
        if m.group(1) is not None:
            red.append((m.group(1), m.group(2) or "P"))
            out.append(m.group(1)); blank.append(" \u2588 ")
        else:
            keep.append((m.group(3), m.group(4) or "O"))
            out.append(m.group(3)); blank.append(m.group(3))
        pos = m.end()
    out.append(s[pos:]); blank.append(s[pos:])
    return "".join(out), red, keep, "".join(blank)


def plain(s: str) -> str:
    return parse(s)[0]


def walk_strings(blocks):
    for b in blocks:
        for x in b[1:]:
            if isinstance(x, str):
                yield x
            elif isinstance(x, (list, tuple)):
                for row in x:
                    if isinstance(row, str):
                        yield row
                    elif isinstance(row, (list, tuple)):
                        for c in row:
                            if isinstance(c, str):
                                yield c


# ---------------------------------------------------------------- reportlab producer
_FONTS = {
    "dejavu": ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("DejaVuSansCond", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                   "DejaVuSansCond-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "libserif": ("LiberationSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "LiberationSerif-Bold", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "libsans": ("LiberationSans", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "LiberationSans-Bold", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "libmono": ("LiberationMono", "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
                "LiberationMono-Bold", "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
    "helvetica": ("Helvetica", None, "Helvetica-Bold", None),
    "times": ("Times-Roman", None, "Times-Bold", None),
    "courier": ("Courier", None, "Courier-Bold", None),
}


def _font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    reg, rp, bold, bp = _FONTS[name]
    if rp:
        for n, p in ((reg, rp), (bold, bp)):
            if n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, p))
    return reg, bold


def rl_build(path: Path, doc: dict):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, Preformatted)
    reg, bold = _font(doc.get("font", "helvetica"))
    size = doc.get("size", 10)
    ps = A4 if not doc.get("landscape") else landscape(A4)
    st = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    sh = ParagraphStyle("h", parent=st, fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                        spaceBefore=size * 0.6)
    s2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                        spaceBefore=size * 0.4)
    sc = ParagraphStyle("c", parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    mono = "Courier" if _FONTS[doc.get("font", "helvetica")][1] is None else _font("libmono")[0]
    sm = ParagraphStyle("m", parent=st, fontName=mono,
                        fontSize=size - 1, leading=(size - 1) * 1.25)

    def P(s, style=st):
        return Paragraph(escape(plain(s)).replace("\n", "<br/>"), style)

    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            story.append(P(b[1], sh))
        elif k == "h2":
            story.append(P(b[1], s2))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "pre":
            story.append(Preformatted(plain(b[1]), sm))
        elif k == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "t":
            rows = b[1]
            cw = b[2] if len(b) > 2 and b[2] else None
            data = [[P(c, sc) for c in r] for r in rows]
            avail = ps[0] - 40 * mm
            if cw:
                tot = sum(cw)
                cw = [avail * x / tot for x in cw]
            t = Table(data, colWidths=cw, repeatRows=1)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(doc.get("thead", "#dde5ee")))]
            if doc.get("nogrid"):
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
    header = doc.get("header")
    footer = doc.get("footer")

    def deco(canv, d):
        canv.saveState()
        canv.setFont(reg, 8)
        if header:
            canv.drawString(20 * mm, ps[1] - 12 * mm, plain(header))
        if footer:
            canv.drawString(20 * mm, 10 * mm, plain(footer) + f"  |  pagina {d.page}")
        if doc.get("logo"):
            canv.setFont(bold, 13)
            canv.drawRightString(ps[0] - 20 * mm, ps[1] - 14 * mm, plain(doc["logo"]))
        canv.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=22 * mm, bottomMargin=18 * mm,
                           title=doc.get("title", ""), author=doc.get("author", ""),
                           subject=doc.get("subject", ""), creator=doc.get("creator", "ReportLab"))
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- docx / LibreOffice producer
def docx_build(path_docx: Path, doc: dict):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Mm
    d = Document()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.comments = ""
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    style = d.styles["Normal"]
    style.font.name = doc.get("dfont", "Liberation Sans")
    style.font.size = Pt(doc.get("size", 10.5))
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(doc["header"])
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = plain(doc["footer"])
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h", "h2"):
            d.add_heading(plain(b[1]), level=1 if k == "h" else 2)
        elif k in ("p", "pre"):
            for i, line in enumerate([plain(b[1])]):
                d.add_paragraph(line)
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = plain(c)
                    for para in cell.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(doc.get("tsize", 9))
                            if i == 0:
                                run.bold = True
            d.add_paragraph("")
    d.save(str(path_docx))


def soffice_convert(docx_paths, outdir: Path):
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory(prefix="lo65-") as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                       check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def scan_build(path: Path, doc: dict):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(doc["id"])
    W, H = 1654, 2339
    fonts = {
        "typed": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
        "serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "hand": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    }
    pages = doc["pages_lines"]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(doc.get("author", "")); c.setTitle(doc.get("title", "scan")); c.setCreator(doc.get("creator", "Canon iR-ADV C5535 PDF"))
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in lines:
            style, txt = (ln if isinstance(ln, tuple) else (doc.get("style", "serif"), ln))
            sz = {"typed": 34, "serif": 38, "sans": 34, "hand": doc.get("hsize", 58), "sig": 80, "big": 48}.get(style, 36)
            fp = fonts["hand"] if style in ("hand", "sig") else fonts.get(style, fonts["serif"])
            if style == "big":
                fp = fonts["sans"]
            f = ImageFont.truetype(fp, sz)
            x = 150 + (rnd.randint(-6, 6) if style == "hand" else 0)
            dr.text((x, y), plain(txt), fill=rnd.randint(15, 45), font=f)
            y += int(sz * (1.55 if style in ("hand", "sig") else 1.45))
        ang = doc.get("angle", rnd.uniform(-1.2, 1.2))
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=245)
        px = im.load()
        for _ in range(9000):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(120, 200)
        im = im.filter(ImageFilter.GaussianBlur(doc.get("blur", 0.6)))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=doc.get("q", 55))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels (pikepdf)
def post_hidden(path: Path, doc: dict):
    h = doc.get("post")
    if not h:
        return
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k, v in h.get("info", {}).items():
            pdf.docinfo[pikepdf.Name("/" + k)] = v
        if h.get("xmp_creator") or h.get("xmp_title"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                if h.get("xmp_creator"):
                    md["dc:creator"] = h["xmp_creator"]
                if h.get("xmp_title"):
                    md["dc:title"] = h["xmp_title"]
        if h.get("outline"):
            with pdf.open_outline() as ol:
                for title, pg in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, rect, author, contents in h.get("annots", []):
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                T=pikepdf.String(author), Contents=pikepdf.String(contents),
                Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        for pg, rect, uri in h.get("links", []):
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def all_marks(doc):
    strings = list(walk_strings(doc["blocks"])) if "blocks" in doc else []
    if "pages_lines" in doc:
        for lines in doc["pages_lines"]:
            for ln in lines:
                strings.append(ln[1] if isinstance(ln, tuple) else ln)
    for extra in ("header", "footer", "logo"):
        if doc.get(extra):
            strings.append(doc[extra])
    red, keep, full, blank = [], [], [], []
    for s in strings:
        p, r, k, bl = parse(s)
        red += r; keep += k; full.append(p); blank.append(bl)
    return red, keep, norm("\n".join(full)), norm("\n".join(blank))


def make_gold(doc: dict, pdf: Path) -> dict:
    red, keep, full, blank = all_marks(doc)
    txt, npages = text_pdfium(pdf)
    problems = []
    gred, seen = [], set()
    scan = "pages_lines" in doc
    ocr_txt = None
    if scan:
        from evaluate import extract_channels
        ch = extract_channels(pdf)
        ocr_entries = ch["channels"].get("ocr", [])
    for t, k in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if scan:
            from evaluate import ocr_count
            pr["ocr"] = True
            pr["channel"] = "ocr"
            if ocr_count(ocr_entries, pr) == 0:
                problems.append(f"OCR-unreadable, dropped: {t}")
                continue
        else:
            pr["channel"] = "text"
            if count_in(txt, pr) == 0:
                problems.append(f"redact probe not in PDFium text: {t}")
            if count_in(blank, pr):
                problems.append(f"redact probe outside redact spans: {t}")
        gred.append({"kind": RKIND[k], "value": t, "probes": [pr]})
    for ch_name, t, k in doc.get("hidden", []):
        pr = {"text": t, "word": True, "after": 0, "channel": ch_name}
        if count_in(txt, pr):
            problems.append(f"hidden probe visible in text: {t}")
        gred.append({"kind": RKIND[k], "value": t, "probes": [pr]})
    gkeep, seen = [], set()
    for t, k in keep:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        if count_in(full, pr) != count_in(blank, pr):
            problems.append(f"keep probe inside a redact span: {t}")
        pr["after"] = count_in(txt, pr)
        if pr["after"] == 0:
            problems.append(f"keep probe not in PDFium text: {t}")
        gkeep.append({"kind": KKIND[k], "value": t, "probes": [pr]})
    gold = {"doc": pdf.name, "pages": npages, "producer": doc["producer"],
            "redact": gred, "keep": gkeep}
    return gold, problems
