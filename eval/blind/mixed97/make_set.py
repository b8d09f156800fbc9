"""Rebuild blind set mixed97 (EU structural-fund audits): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py dc03 dc17  # only these

Documents are written in content.py in a small markup: [[text|KIND]] is personal data to redact
(KIND defaults to PERSON), {{text|KIND}} is a thing a reader needs that must stay (KIND defaults
to ORG). Every redact probe gets after=0; every keep probe's 'after' is counted on the original's
PDFium text with the evaluator's own functions (norm, count_in). make_set.py refuses a keep probe
that also matches inside a redacted span of the same document (its count would be ambiguous).
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "build"

RX_RED = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]")
RX_KEEP = re.compile(r"\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def unesc(s: str) -> str:
    return (s.replace("<br/>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
            .replace("&amp;", "&"))


def strip_marks(s: str, spans: list | None = None) -> str:
    """Remove the markup; collect (kind, text, 'redact'|'keep')."""
    def red(m):
        if spans is not None:
            spans.append(("redact", m.group(2) or "PERSON", m.group(1)))
        return m.group(1)

    def keep(m):
        if spans is not None:
            spans.append(("keep", m.group(2) or "ORG", m.group(1)))
        return m.group(1)
    s = RX_RED.sub(red, s)
    return RX_KEEP.sub(keep, s)


# ---------------------------------------------------------------- checksummed numbers
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


# ---------------------------------------------------------------- fonts
FONT_DIRS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
}
HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
HAND2 = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
FAMILIES = {  # name: (regular, bold, mono)
    "helvetica": ("Helvetica", "Helvetica-Bold", "Courier"),
    "times": ("Times-Roman", "Times-Bold", "Courier"),
    "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "LibMono"),
    "libserif": ("LibSerif", "LibSerif-Bold", "LibMono"),
    "libsans": ("LibSans", "LibSans-Bold", "LibMono"),
}
_REG = False


def reg_fonts():
    global _REG
    if _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, p in FONT_DIRS.items():
        pdfmetrics.registerFont(TTFont(n, p))
    _REG = True


# ---------------------------------------------------------------- signature image
def sig_png(text: str, seed: int, font=HAND, size=54) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    f = ImageFont.truetype(font, size)
    im = Image.new("RGB", (460, 110), "white")
    d = ImageDraw.Draw(im)
    d.text((10, 15), text, font=f, fill=(20, 30, 110))
    d.line([(5, 95), (rnd.randint(250, 440), 80 + rnd.randint(0, 15))], fill=(20, 30, 110), width=2)
    im = im.rotate(rnd.uniform(-4, 4), fillcolor="white")
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ---------------------------------------------------------------- reportlab producer
def build_reportlab(d: dict, out: Path):
    reg_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    fam = FAMILIES[d.get("font", "helvetica")]
    fs = d.get("size", 10)
    st = ParagraphStyle("n", fontName=fam[0], fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5)
    sth = ParagraphStyle("h", parent=st, fontName=fam[1], fontSize=fs + 1.5, spaceBefore=fs * 0.6)
    stt = ParagraphStyle("t", parent=st, fontName=fam[1], fontSize=fs + 5, leading=(fs + 5) * 1.25,
                         spaceAfter=fs)
    stm = ParagraphStyle("m", parent=st, fontName=fam[2], fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25,
                         spaceAfter=0)
    stc = ParagraphStyle("c", parent=st, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.2, spaceAfter=0)
    stcb = ParagraphStyle("cb", parent=stc, fontName=fam[1])
    size = landscape(A4) if d.get("landscape") else A4
    W = size[0] - 40 * mm
    story = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            story.append(Paragraph(strip_marks(b[1]), stt))
        elif k == "h":
            story.append(Paragraph(strip_marks(b[1]), sth))
        elif k == "p":
            story.append(Paragraph(strip_marks(b[1]), st))
        elif k == "pre":
            for line in b[1].strip("\n").split("\n"):
                story.append(Paragraph(strip_marks(line) or "&nbsp;", stm))
            story.append(Spacer(1, fs * 0.6))
        elif k in ("table", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                tot = sum(widths)
                widths = [W * w / tot for w in widths]
            data = []
            for i, r in enumerate(rows):
                sty = stcb if (k == "table" and i == 0) or (k == "kv" and False) else stc
                data.append([Paragraph(strip_marks(c), sty) for c in r])
            t = Table(data, colWidths=widths, repeatRows=1 if k == "table" else 0, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "table":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, fs * 0.8))
        elif k == "sig":
            img = BUILD / f"{d['stem']}-sig{len(story)}.png"
            img.write_bytes(sig_png(b[1], len(story) + hash(d["stem"]) % 1000))
            story.append(Image(str(img), width=46 * mm, height=11 * mm, hAlign="LEFT"))
        elif k == "space":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
    head = d.get("header")

    def deco(canv, doc):
        canv.saveState()
        if head:
            canv.setFont(fam[1], 8)
            canv.drawString(20 * mm, size[1] - 12 * mm, strip_marks(head))
        canv.setFont(fam[0], 7)
        canv.drawRightString(size[0] - 20 * mm, 10 * mm, f"{d.get('footer', '')}  pagina {doc.page}")
        canv.restoreState()
    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.get("pdf_title", ""),
                            author=d.get("pdf_author", ""), creator=d.get("creator", "ReportLab"))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- python-docx -> LibreOffice
def build_docx(d: dict, path: Path):
    import docx
    from docx.shared import Mm, Pt
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if d.get("landscape"):
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(18)
    font = d.get("docx_font", "Liberation Sans")
    stl = doc.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(d.get("size", 10))
    if d.get("header"):
        sec.header.paragraphs[0].text = strip_marks(d["header"])
    if d.get("footer"):
        sec.footer.paragraphs[0].text = strip_marks(d["footer"])

    def add_runs(par, s):
        # <b>..</b> support only
        parts = re.split(r"(<b>.*?</b>)", strip_marks(s))
        for p in parts:
            if p.startswith("<b>"):
                r = par.add_run(p[3:-4])
                r.bold = True
            elif p:
                par.add_run(unesc(p))
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            r = p.add_run(unesc(strip_marks(b[1])))
            r.bold = True
            r.font.size = Pt(d.get("size", 10) + 5)
        elif k == "h":
            p = doc.add_paragraph()
            r = p.add_run(unesc(strip_marks(b[1])))
            r.bold = True
            r.font.size = Pt(d.get("size", 10) + 1)
        elif k == "p":
            add_runs(doc.add_paragraph(), b[1])
        elif k == "pre":
            for line in b[1].strip("\n").split("\n"):
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(unesc(strip_marks(line)))
                r.font.name = "Liberation Mono"
                r.font.size = Pt(d.get("size", 10) - 1.5)
        elif k in ("table", "kv"):
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                t.autofit = False
                full = 253 if d.get("landscape") else 166
                for j, w in enumerate(widths):
                    t.columns[j].width = Mm(full * w / sum(widths))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    par = cell.paragraphs[0]
                    run_text = unesc(strip_marks(c))
                    rr = par.add_run(re.sub(r"</?b>", "", run_text))
                    rr.font.size = Pt(d.get("size", 10) - 1.5)
                    if k == "table" and i == 0:
                        rr.bold = True
                    if widths:
                        tot = sum(widths)
                        full = 253 if d.get("landscape") else 166
                        cell.width = Mm(full * widths[j] / tot)
            doc.add_paragraph()
        elif k == "sig":
            img = BUILD / f"{d['stem']}-sig.png"
            img.write_bytes(sig_png(b[1], hash(d["stem"]) % 1000))
            doc.add_picture(str(img), width=Mm(45))
        elif k == "space":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = d.get("pdf_author", "")
    cp.title = d.get("pdf_title", "")
    cp.last_modified_by = d.get("pdf_author", "")
    doc.save(str(path))


# ---------------------------------------------------------------- scans (image-only PDFs)
def build_scan(d: dict, out: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rnd = random.Random(d["stem"])
    dpi = 200
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    pages = [[]]
    for b in d["blocks"]:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setAuthor(d.get("pdf_author", ""))
    c.setTitle(d.get("pdf_title", ""))
    c.setCreator(d.get("creator", "Canon iR-ADV C5535 PDF"))
    for pg in pages:
        im = Image.new("L", (Wp, Hp), 250)
        dr = ImageDraw.Draw(im)
        y = int(0.9 * dpi)
        for b in pg:
            kind = b[0]
            txt = unesc(re.sub(r"</?b>", "", strip_marks(b[1]))) if len(b) > 1 and isinstance(b[1], str) else ""
            if kind == "hand":
                f = ImageFont.truetype(b[2] if len(b) > 2 else HAND, 50)
                for line in txt.split("\n"):
                    dr.text((int(0.9 * dpi) + rnd.randint(-8, 8), y), line, font=f, fill=rnd.randint(20, 60))
                    y += 78
            elif kind == "space":
                y += b[1]
            else:
                size = {"title": 40, "h": 32}.get(kind, 29)
                f = ImageFont.truetype(FONT_DIRS["DejaVuSans-Bold" if kind in ("title", "h") else "DejaVuSans"], size)
                for line in txt.split("\n"):
                    dr.text((int(0.9 * dpi), y), line, font=f, fill=25)
                    y += int(size * 1.45)
                y += 12
        # noise, slight rotation, blur, jpeg
        px = im.load()
        for _ in range(9000):
            x, yy = rnd.randrange(Wp), rnd.randrange(Hp)
            px[x, yy] = rnd.randint(120, 200)
        im = im.rotate(rnd.uniform(-0.8, 0.8), fillcolor=245, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        buf = BUILD / f"{d['stem']}-{len(list(BUILD.glob(d['stem'] + '-p*.jpg')))}-p.jpg"
        im.save(buf, "JPEG", quality=62)
        c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels (pikepdf)
def add_hidden(d: dict, path: Path):
    h = d.get("hidden")
    if not h:
        return
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "xmp_creator" in h:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [h["xmp_creator"]]
        if "info_author" in h:
            pdf.docinfo["/Author"] = h["info_author"]
        if "info_subject" in h:
            pdf.docinfo["/Subject"] = h["info_subject"]
        if "outline" in h:
            with pdf.open_outline() as ol:
                for i, t in enumerate(h["outline"]):
                    ol.root.append(pikepdf.OutlineItem(t, 0))
        for (pg, text, author) in h.get("notes", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[450, 700, 470, 720], Contents=pikepdf.String(text), T=pikepdf.String(author),
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def make_gold(d: dict, pdf: Path) -> dict:
    spans = []
    for b in d["blocks"]:
        for x in b[1:]:
            if isinstance(x, str):
                strip_marks(x, spans)
            elif isinstance(x, list):
                for r in x:
                    if isinstance(r, (list, tuple)):
                        for c in r:
                            if isinstance(c, str):
                                strip_marks(c, spans)
    for x in (d.get("header"), d.get("footer")):
        if x:
            strip_marks(x, spans)
    text, npages = text_pdfium(pdf)
    scan = d["producer"] == "scan"
    red, keep, seen = [], [], set()
    for typ, kind, t in spans:
        if typ != "redact" or t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if scan:
            pr["ocr"] = True
        red.append({"kind": kind, "value": t, "probes": [pr]})
    hid = d.get("hidden") or {}
    for key, ch in (("xmp_creator", "metadata"), ("info_author", "metadata"), ("info_subject", "metadata")):
        if key in hid and hid.get(key + "_probe"):
            for p in hid[key + "_probe"]:
                red.append({"kind": "PERSON", "value": hid[key], "channel": ch,
                            "probes": [{"text": p, "word": True, "after": 0, "channel": ch}]})
    for t, p in hid.get("outline_probes", []):
        red.append({"kind": "PERSON", "value": t, "channel": "outline",
                    "probes": [{"text": p, "word": True, "after": 0, "channel": "outline"}]})
    for t, p in hid.get("annot_probes", []):
        red.append({"kind": "PERSON", "value": t, "channel": "annotations",
                    "probes": [{"text": p, "word": True, "after": 0, "channel": "annotations"}]})
    for kind, t, p in d.get("form_probes", []):
        red.append({"kind": kind, "value": t, "channel": "annotations",
                    "probes": [{"text": p, "word": True, "after": 0, "channel": "annotations"}]})
    red_texts = [t for typ, _, t in spans if typ == "redact"]
    kseen = set()
    for typ, kind, t in spans:
        if typ != "keep" or t in kseen or scan:
            continue
        kseen.add(t)
        pr = {"text": t, "word": True}
        for rt in red_texts:
            if count_in(rt, pr):
                raise SystemExit(f"{d['stem']}: keep probe {t!r} inside redact span {rt!r}")
        n = count_in(text, pr)
        if n == 0:
            raise SystemExit(f"{d['stem']}: keep probe {t!r} not in PDFium text")
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    return {"doc": pdf.name, "pages": npages, "producer": d["producer"], "redact": red, "keep": keep}


def main(argv):
    import content
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    want = set(argv)
    docs = [d for d in content.DOCS if not want or d["stem"] in want]
    docx_jobs = []
    for d in docs:
        out = DOCS_DIR / f"{d['stem']}.pdf"
        if d["producer"] == "reportlab":
            build_reportlab(d, out)
        elif d["producer"] == "scan":
            build_scan(d, out)
        elif d["producer"] == "docx":
            p = BUILD / f"{d['stem']}.docx"
            build_docx(d, p)
            docx_jobs.append(p)
        elif d["producer"] == "custom":
            d["build"](d, out)
    if docx_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_mixed97", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS_DIR)]
                       + [str(p) for p in docx_jobs], check=True, capture_output=True, timeout=600)
    for d in docs:
        out = DOCS_DIR / f"{d['stem']}.pdf"
        add_hidden(d, out)
        g = make_gold(d, out)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        print(d["stem"], d["producer"], "pages", g["pages"], "redact", sum(len(x["probes"]) for x in g["redact"]),
              "keep", sum(len(x["probes"]) for x in g["keep"]))


if __name__ == "__main__":
    main(sys.argv[1:])
