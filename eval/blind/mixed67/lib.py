"""Renderers and gold helpers for set BY (eval/blind/mixed67).

A document is a dict made by doc(); its body is a list of blocks in a small markup:
  "# Titel"          heading          "## Kop"     sub-heading
  "|a|b|c"           table row (consecutive rows form one table; the first row is the header)
  "> tekst"          quoted / monospaced line (e-mail headers, chat lines)
  "---"              spacer           "PAGEBREAK"  page break
  "IMG:name"         an image made by an image function (see content.py)
  anything else      a paragraph ("**x**" is bold; "\\n" breaks the line)
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "femkeklaver": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",  # Debian fonts-dkg-handwriting
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",  # Debian fonts-breip
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",  # Debian fonts-humor-sans
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- gold helpers
def P(text, word=True, ch="text"):
    """A redact probe. ch: text | ocr | metadata | outline | annotations (where it is claimed)."""
    d = {"text": text, "word": word, "after": 0, "channel": ch}
    if ch == "ocr":
        d["ocr"] = True
    return d


def _probes(probes, redact=True):
    out = []
    for p in probes:
        if isinstance(p, dict):
            out.append(p)
        elif redact:
            out.append(P(p))
        else:
            out.append({"text": p, "word": True})
    return out


def R(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": _probes(probes or (value,))}


def K(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": _probes(probes or (value,), redact=False)}


def KW(text, kind="TERM"):
    """keep probe without word anchoring (for strings that start/end with punctuation)."""
    return {"kind": kind, "value": text, "probes": [{"text": text, "word": False}]}


def doc(stem, producer, body, redact, keep, **kw):
    d = {"stem": stem, "producer": producer, "body": body, "redact": redact, "keep": keep}
    d.update(kw)
    return d


# ---------------------------------------------------------------- reportlab
_registered = set()


def _font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in FONTS and name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _registered.add(name)
        b = name + "-Bold"
        if b in FONTS:
            pdfmetrics.registerFont(TTFont(b, FONTS[b]))
            _registered.add(b)
            from reportlab.lib.fonts import addMapping
            addMapping(name, 0, 0, name)
            addMapping(name, 1, 0, b)
            addMapping(name, 0, 1, name)
            addMapping(name, 1, 1, b)
    return name


def _bold(name):
    return BOLD.get(name, name + "-Bold" if name + "-Bold" in FONTS else name)


def _esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br/>")


def render_rl(d, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    font = _font(d.get("font", "Helvetica"))
    mono = _font(d.get("mono", "Courier"))
    size = d.get("size", 10)
    bold = _bold(font)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4,
                        spaceAfter=3)
    q = ParagraphStyle("q", fontName=mono, fontSize=size - 1, leading=(size - 1) * 1.3)
    cell = ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    cellb = ParagraphStyle("cb", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    pagesize = landscape(A4) if d.get("landscape") else A4
    story, rows = [], []

    def flush():
        if not rows:
            return
        data = [[Paragraph(_esc(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
        avail = pagesize[0] - 40 * mm
        cw = d.get("colw")
        widths = [avail * w for w in cw] if cw and len(cw) == len(rows[0]) else None
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(Spacer(1, 6))
        rows.clear()

    for b in d["body"]:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b.startswith("# "):
            story.append(Paragraph(_esc(b[2:]), h1))
        elif b.startswith("## "):
            story.append(Paragraph(_esc(b[3:]), h2))
        elif b.startswith("> "):
            story.append(Paragraph(_esc(b[2:]), q))
        elif b == "---":
            story.append(Spacer(1, 10))
        elif b == "PAGEBREAK":
            story.append(PageBreak())
        elif b.startswith("IMG:"):
            img, wmm = d["images"][b[4:]]
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=80)
            buf.seek(0)
            w = wmm * mm
            story.append(Image(buf, width=w, height=w * img.size[1] / img.size[0]))
        else:
            story.append(Paragraph(_esc(b), st))
    flush()

    letterhead = d.get("letterhead")

    def on_page(c, doc_):
        if letterhead:
            c.setFont(bold, 9)
            c.drawString(20 * mm, pagesize[1] - 12 * mm, letterhead)
        c.setFont(font, 7.5)
        c.drawRightString(pagesize[0] - 20 * mm, 10 * mm, f"{d.get('footer', '')}  pagina {doc_.page}".strip())

    sd = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm, title=d.get("title", ""),
                           author=d.get("author", ""), subject=d.get("subject", ""),
                           creator=d.get("creator", "ReportLab PDF Library - www.reportlab.com"), invariant=1)
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- python-docx -> LibreOffice
def build_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    D = Document()
    if d.get("landscape"):
        from docx.enum.section import WD_ORIENT
        sec = D.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    stl = D.styles["Normal"]
    stl.font.name = d.get("font", "Liberation Sans")
    stl.font.size = Pt(d.get("size", 10.5))
    rows = []

    def add_runs(par, text):
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for i, part in enumerate(parts):
            if part.startswith("**") and part.endswith("**"):
                r = par.add_run(part[2:-2])
                r.bold = True
            else:
                lines = part.split("\n")
                for j, ln in enumerate(lines):
                    r = par.add_run(ln)
                    if j < len(lines) - 1:
                        r.add_break()

    def flush():
        if not rows:
            return
        t = D.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cellp = t.cell(i, j).paragraphs[0]
                run = cellp.add_run(c)
                run.font.size = Pt(d.get("size", 10.5) - 1.5)
                if i == 0:
                    run.bold = True
        D.add_paragraph()
        rows.clear()

    for b in d["body"]:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b.startswith("# "):
            D.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            D.add_heading(b[3:], level=2)
        elif b.startswith("> "):
            p = D.add_paragraph()
            r = p.add_run(b[2:])
            r.font.name = "Liberation Mono"
            r.font.size = Pt(9)
        elif b == "---":
            D.add_paragraph()
        elif b == "PAGEBREAK":
            D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            add_runs(D.add_paragraph(), b)
    flush()
    cp = D.core_properties
    cp.author = d.get("author", "")
    cp.title = d.get("title", "")
    cp.last_modified_by = d.get("last_modified_by", "")
    cp.comments = ""
    D.save(str(path))


def convert_docx(paths, outdir):
    if not paths:
        return
    with tempfile.TemporaryDirectory(prefix="by-lo-") as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in paths],
                       check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans (image only)
def render_scan(d, path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(d["stem"])
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    fpath = FONTS[d.get("scanfont", "LiberationSerif")]
    fs = d.get("scansize", 34)
    f = ImageFont.truetype(fpath, fs)
    fb = ImageFont.truetype(FONTS.get(d.get("scanfont", "LiberationSerif") + "-Bold", fpath), fs + 4)
    x0, y = 150, 170
    maxw = W - 2 * x0
    ink = d.get("ink", 25)
    hand = d.get("scanfont") in ("femkeklaver", "dkg", "breip", "humor")
    ft = ImageFont.truetype(FONTS["LiberationSans"], d.get("labelsize", 30))
    for b in d["body"]:
        if b == "---":
            y += fs
            continue
        if b.startswith("~"):  # printed form label, optionally followed by a handwritten value
            label, _, value = b[1:].partition("|")
            dr.text((x0, y + 8), label, font=ft, fill=20)
            if value:
                dr.text((x0 + d.get("valuex", 520) + rnd.randint(-6, 6), y), value, font=f, fill=ink)
            y += int(max(fs, 30) * 1.6)
            continue
        bold = b.startswith("# ")
        text = b[2:] if bold else b
        font = fb if bold else f
        for para in text.split("\n"):
            words, line = para.split(" "), ""
            for w in words:
                t = (line + " " + w).strip()
                if dr.textlength(t, font=font) > maxw and line:
                    jitter = rnd.randint(-4, 4) if hand else 0
                    dr.text((x0 + jitter, y), line, font=font, fill=ink)
                    y += int(fs * 1.45)
                    line = w
                else:
                    line = t
            jitter = rnd.randint(-4, 4) if hand else 0
            dr.text((x0 + jitter, y), line, font=font, fill=ink)
            y += int(fs * 1.45)
        y += int(fs * 0.5)
    img = img.rotate(d.get("rotate", 0.7), resample=Image.BICUBIC, fillcolor=250)
    px = img.load()
    for _ in range(25000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((90, 140, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.setTitle(d.get("title", ""))
    c.setAuthor(d.get("author", ""))
    c.setCreator(d.get("creator", "Canon iR-ADV C5535"))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- form (AcroForm values only)
def render_form(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    font = _font(d.get("font", "Helvetica"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(d.get("title", ""))
    c.setAuthor(d.get("author", ""))
    y = A4[1] - 25 * mm
    for b in d["body"]:
        if b.startswith("# "):
            c.setFont(_bold(font), 14)
            c.drawString(20 * mm, y, b[2:])
            y -= 10 * mm
        elif b.startswith("FIELD:"):
            _, name, label, value = b.split(":", 3)
            c.setFont(font, 10)
            c.drawString(20 * mm, y, label)
            c.acroForm.textfield(name=name, value=value, x=80 * mm, y=y - 2 * mm, width=100 * mm,
                                 height=7 * mm, fontName="Helvetica", fontSize=10, borderWidth=0.5)
            y -= 10 * mm
        else:
            c.setFont(font, 10)
            for ln in b.split("\n"):
                c.drawString(20 * mm, y, ln)
                y -= 5.2 * mm
            y -= 2 * mm
    c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels
def add_hidden(d, path):
    import pikepdf

    need = d.get("xmp_creator") or d.get("outline") or d.get("annots") or d.get("producer_name")
    if not need:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if d.get("xmp_creator") or d.get("producer_name"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if d.get("xmp_creator"):
                    m["dc:creator"] = d["xmp_creator"]
                if d.get("producer_name"):
                    m["pdf:Producer"] = d["producer_name"]
            if d.get("producer_name"):
                pdf.docinfo["/Producer"] = d["producer_name"]
        if d.get("outline"):
            with pdf.open_outline() as ol:
                for title, page in d["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for page_no, rect, author, text in d.get("annots") or []:
            page = pdf.pages[page_no]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                T=pikepdf.String(author), Contents=pikepdf.String(text), Open=False,
                Name=pikepdf.Name.Comment, C=[1, 0.85, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(path))


# ---------------------------------------------------------------- build + gold
def build(docs, only=None):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    sel = [d for d in docs if not only or d["stem"] in only]
    with tempfile.TemporaryDirectory(prefix="by-docx-") as td:
        dx = []
        for d in sel:
            out = DOCS_DIR / (d["stem"] + ".pdf")
            if d["producer"] == "rl":
                render_rl(d, out)
            elif d["producer"] == "scan":
                render_scan(d, out)
            elif d["producer"] == "form":
                render_form(d, out)
            elif d["producer"] == "docx":
                p = Path(td) / (d["stem"] + ".docx")
                build_docx(d, p)
                dx.append(p)
        convert_docx(dx, DOCS_DIR)
    for d in sel:
        out = DOCS_DIR / (d["stem"] + ".pdf")
        add_hidden(d, out)
        write_gold(d, out)


def write_gold(d, pdf):
    text, n = text_pdfium(pdf)
    keep = []
    for item in d["keep"]:
        probes = []
        for p in item["probes"]:
            c = count_in(text, p)
            if c == 0:
                raise SystemExit(f"{d['stem']}: keep probe {p['text']!r} not in PDFium text")
            probes.append({"text": p["text"], "word": p.get("word", True), "after": c})
        keep.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    gold = {"doc": pdf.name, "pages": n, "producer": d["producer"], "redact": d["redact"], "keep": keep}
    (GOLD_DIR / (d["stem"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
