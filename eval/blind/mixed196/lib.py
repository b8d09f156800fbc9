"""Rendering and gold building for set WA (eval/blind/mixed196).

A document is written in a small markup:
  [[x:text]]  personal data to redact, x = kind code (see RKIND), rendered as 'text'
  {{x:text}}  public text to keep, x = kind code (see KKIND), rendered as 'text'
Lines: '# ' heading, '## ' subheading, '=PAGE=' page break, cells separated by ' | ' form a table row.
Hidden channels are declared per document (meta_author, xmp_creator, outline, notes, form fields);
their values are redact items with a 'channel'. Scans ('scan': True) are rendered to a JPEG image and
their redact items are OCR items (kept only when the evaluator's OCR reads them).
"""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"

RKIND = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "a": "ADDRESS", "b": "BSN", "i": "IBAN", "d": "DATE_OF_BIRTH",
         "h": "HEALTH", "s": "INITIALS", "n": "PERSONNEL_NUMBER", "k": "KVK_SOLE_TRADER", "x": "OTHER_PERSONAL"}
KKIND = {"o": "ORG", "l": "LOCATION", "r": "REFERENCE", "w": "LAW", "f": "PUBLIC_OFFICIAL", "j": "FUNCTION",
         "n": "NOT_A_PERSON", "m": "FUNCTIONAL_CONTACT", "g": "GENERAL", "d": "DATE", "c": "AMOUNT",
         "u": "PRODUCT"}

MARK = re.compile(r"\[\[(\w):(.+?)\]\]|\{\{(\w):(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(4), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1):
            yield "R", m.group(1), m.group(2)
        else:
            yield "K", m.group(3), m.group(4)


# ------------------------------------------------------------------------------------------------
# reportlab rendering
# ------------------------------------------------------------------------------------------------
def _fonts(embedded: bool):
    if not embedded:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
    return "DejaVuSans", "DejaVuSans-Bold"


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_reportlab(doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font, bold = _fonts(doc.get("embedded", False))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    left, top, right = 62, H - 60, W - 62
    size = doc.get("size", 9.5)
    lead = size * 1.32
    y = top
    outline = doc.get("outline", [])
    page_no = 1

    def newpage():
        nonlocal y, page_no
        c.setFont(font, 7.5)
        c.drawRightString(right, 30, f"{doc.get('footer', '')}  pagina {page_no}")
        c.showPage()
        page_no += 1
        y = top

    if doc.get("letterhead"):
        c.setFont(bold, 13)
        c.drawString(left, y, doc["letterhead"])
        y -= 22
    for raw in doc["body"].strip("\n").split("\n"):
        line = strip(raw).rstrip()
        if line == "=PAGE=":
            newpage()
            continue
        if y < 60:
            newpage()
        if line.startswith("# "):
            y -= 4
            c.setFont(bold, size + 3)
            c.drawString(left, y, line[2:])
            y -= lead + 5
            continue
        if line.startswith("## "):
            c.setFont(bold, size + 0.5)
            c.drawString(left, y, line[3:])
            y -= lead + 1
            continue
        if " | " in line:
            cells = line.split(" | ")
            cols = doc.get("cols")
            n = len(cells)
            if not cols or len(cols) != n:
                cols = [(right - left) / n] * n
            x = left
            c.setFont(font, size - 1)
            for cell, cw in zip(cells, cols):
                c.drawString(x, y, cell.strip())
                x += cw
            y -= lead
            c.setStrokeGray(0.8)
            c.line(left, y + lead * 0.65, right, y + lead * 0.65)
            continue
        if not line:
            y -= lead * 0.6
            continue
        c.setFont(font, size)
        for ln in _wrap(line, font, size, right - left):
            if y < 60:
                newpage()
                c.setFont(font, size)
            c.drawString(left, y, ln)
            y -= lead
    for fld in doc.get("fields", []):
        pass
    if doc.get("fields"):
        form = c.acroForm
        fy = y - 10
        for name, label, value in doc["fields"]:
            c.setFont(font, size)
            c.drawString(left, fy + 4, label)
            form.textfield(name=name, value=strip(value), x=left + 170, y=fy, width=280, height=16,
                           fontName="Helvetica", fontSize=9, borderWidth=0.5)
            fy -= 22
        y = fy
    c.setFont(font, 7.5)
    c.drawRightString(right, 30, f"{doc.get('footer', '')}  pagina {page_no}")
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------
# docx -> LibreOffice
# ------------------------------------------------------------------------------------------------
def render_docx(doc, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell.strip()
            rows.clear()

    for raw in doc["body"].strip("\n").split("\n"):
        line = strip(raw).rstrip()
        if " | " in line:
            rows.append(line.split(" | "))
            continue
        flush()
        if line == "=PAGE=":
            d.add_page_break()
        elif line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line:
            d.add_paragraph(line)
    flush()
    d.core_properties.author = strip(doc.get("docx_author", "Gemeente Rijnmonde"))
    d.core_properties.title = doc.get("title", "")
    tmp = Path(f"/tmp/s196_docx")
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{path.stem}.docx"
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s196_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    shutil.copy(tmp / f"{path.stem}.pdf", path)


# ------------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------------
def render_scan(doc, path: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(doc["stem"])
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_norm = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", 34)
    f_bold = ImageFont.truetype(FONTS + "DejaVuSerif-Bold.ttf", 40)
    f_hand = ImageFont.truetype(FONTS + "DejaVuSansCondensed-BoldOblique.ttf", 40)
    y = 140
    for raw in doc["body"].strip("\n").split("\n"):
        line = strip(raw).rstrip()
        if line.startswith("# "):
            dr.text((130, y), line[2:], font=f_bold, fill=20)
            y += 70
            continue
        hand = line.startswith("~ ")
        if hand:
            line = line[2:]
        if not line:
            y += 28
            continue
        fnt = f_hand if hand else f_norm
        for ln in _wrap_px(line, fnt, dr, W - 260):
            dr.text((130 + (rnd.randint(-4, 4) if hand else 0), y), ln, font=fnt, fill=40 if hand else 15)
            y += 52
    img = img.rotate(doc.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=245)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def _wrap_px(text, font, dr, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if dr.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


# ------------------------------------------------------------------------------------------------
# post-processing: producer strings, hidden channels
# ------------------------------------------------------------------------------------------------
def postprocess(doc, path: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, OutlineItem, String, Array
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        if doc.get("xmp_creator"):
            meta["dc:creator"] = [strip(doc["xmp_creator"])]
        meta["dc:title"] = doc.get("title", doc["stem"])
    info = pdf.docinfo
    info[Name.Title] = doc.get("title", doc["stem"])
    if doc["kind"] == "docx":
        info[Name.Author] = strip(doc.get("docx_author", "Gemeente Rijnmonde"))
        info[Name.Producer] = "LibreOffice 7.6"
        info[Name.Creator] = "Writer"
    if doc.get("meta_author"):
        info[Name.Author] = strip(doc["meta_author"])
    elif Name.Author in info and doc["kind"] != "docx":
        del info[Name.Author]
    if doc.get("producer"):
        info[Name.Producer] = doc["producer"]
    if doc.get("creator"):
        info[Name.Creator] = doc["creator"]
    if doc.get("outline"):
        with pdf.open_outline() as ol:
            for title, pg in doc["outline"]:
                ol.root.append(OutlineItem(strip(title), pg))
    for pg, author, text in doc.get("notes", []):
        page = pdf.pages[pg]
        annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([480, 700, 500, 720]),
                                             T=String(strip(author)), Contents=String(strip(text)),
                                             Name=Name.Comment, F=4))
        if Name.Annots not in page.obj:
            page.obj[Name.Annots] = Array()
        page.obj[Name.Annots].append(annot)
    pdf.save(path, deterministic_id=True)


# ------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------
def build(doc):
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{doc['stem']}.pdf"
    {"rl": render_reportlab, "docx": render_docx, "scan": render_scan}[doc["kind"]](doc, path)
    postprocess(doc, path)
    return path


def make_gold(doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = {}, {}
    for src, code, val in marks(doc["body"]):
        (red if src == "R" else keep).setdefault(val, code)
    hidden = []  # (channel, value, code)
    if doc.get("meta_author"):
        for _, c, v in marks(doc["meta_author"]):
            hidden.append(("metadata", v, c))
    if doc.get("xmp_creator"):
        for _, c, v in marks(doc["xmp_creator"]):
            hidden.append(("metadata", v, c))
    if doc["kind"] == "docx" and doc.get("docx_author"):
        for _, c, v in marks(doc["docx_author"]):
            hidden.append(("metadata", v, c))
    for t, _ in doc.get("outline", []):
        for _, c, v in marks(t):
            hidden.append(("outline", v, c))
    for _, a, t in doc.get("notes", []):
        for s in (a, t):
            for _, c, v in marks(s):
                hidden.append(("annotations", v, c))
    for _, _, v in doc.get("fields", []):
        for _, c, vv in marks(v):
            hidden.append(("annotations", vv, c))
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if doc["kind"] == "scan" or hidden:
        chans = extract_channels(path, ocr="auto" if doc["kind"] == "scan" else "off")["channels"]
    for val, code in red.items():
        pr = {"text": val, "word": True, "after": 0}
        if doc["kind"] == "scan":
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                print(f"  info {doc['stem']}: OCR misses {val!r}, probe left out")
                continue
            gold["redact"].append({"kind": RKIND[code], "value": val, "channel": "ocr", "probes": [pr]})
        else:
            if not count_in(text, pr):
                problems.append(f"{doc['stem']}: redact {val!r} not in text")
            gold["redact"].append({"kind": RKIND[code], "value": val, "probes": [pr]})
    seen = set()
    for ch, val, code in hidden:
        if (ch, val) in seen:
            continue
        seen.add((ch, val))
        pr = {"text": val, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{doc['stem']}: hidden {val!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{doc['stem']}: hidden {val!r} also in page text")
        gold["redact"].append({"kind": RKIND[code], "value": val, "channel": ch, "probes": [pr]})
    if doc["kind"] != "scan":
        spans = []
        for val in red:
            for m in probe_regex(val, True).finditer(text):
                spans.append((m.start(), m.end(), val))
        for val, code in keep.items():
            pr = {"text": val, "word": True}
            n = count_in(text, pr)
            if not n:
                problems.append(f"{doc['stem']}: keep {val!r} not in text")
                continue
            for m in probe_regex(val, True).finditer(text):
                for s, e, rv in spans:
                    if m.start() < e and s < m.end():
                        problems.append(f"{doc['stem']}: keep {val!r} overlaps redact {rv!r}")
            pr["after"] = n
            gold["keep"].append({"kind": KKIND[code], "value": val, "probes": [pr]})
    else:
        for val, code in keep.items():
            pr = {"text": val, "word": True, "after": 0}
    return gold, problems
