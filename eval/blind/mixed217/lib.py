"""Builders and gold helpers for set mixed217 (playground accident, gemeente Lindewaard)."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s217_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def R(kind, value, *probes, ch=None):
    """Redact item; probes default to the value. A probe given as ('x', False) is not word-anchored."""
    ps = probes or (value,)
    out = []
    for p in ps:
        t, w = (p if isinstance(p, tuple) else (p, True))
        pr = {"text": t, "word": w, "after": 0}
        if ch == "ocr":
            pr["ocr"] = True
        out.append(pr)
    it = {"kind": kind, "value": value, "probes": out}
    if ch:
        it["channel"] = ch
    return it


def K(kind, value, *probes):
    ps = probes or (value,)
    out = []
    for p in ps:
        t, w = (p if isinstance(p, tuple) else (p, True))
        out.append({"text": t, "word": w})
    return {"kind": kind, "value": value, "probes": out}


class Doc:
    def __init__(self, stem, kind, blocks, redact, keep, meta=None, outline=None, annots=None,
                 form=None, font="Helvetica", size=10):
        self.stem, self.kind, self.blocks = stem, kind, blocks
        self.redact, self.keep = redact, keep
        self.meta = meta or {}
        self.outline = outline or []
        self.annots = annots or []
        self.form = form
        self.font, self.size = font, size

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"


# ----------------------------------------------------------------------------- reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold"}


def build_rl(d: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _fonts()
    f, b = d.font, BOLD[d.font]
    body = ParagraphStyle("b", fontName=f, fontSize=d.size, leading=d.size * 1.3, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=b, fontSize=d.size + 4, leading=(d.size + 4) * 1.3, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=b, fontSize=d.size + 1, leading=(d.size + 1) * 1.3, spaceBefore=4,
                        spaceAfter=3)
    cell = ParagraphStyle("c", fontName=f, fontSize=d.size - 1, leading=(d.size - 1) * 1.25)
    story, rows = [], []

    def flush():
        if rows:
            t = Table([[Paragraph(escape(c), cell) for c in r] for r in rows], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows.clear()

    for bl in d.blocks:
        if bl.startswith("|"):
            rows.append([c.strip() for c in bl.strip().strip("|").split("|")])
            continue
        flush()
        if bl == "---":
            story.append(PageBreak())
        elif bl == "":
            story.append(Spacer(1, 6))
        elif bl.startswith("## "):
            story.append(Paragraph(escape(bl[3:]), h2))
        elif bl.startswith("# "):
            story.append(Paragraph(escape(bl[2:]), h1))
        else:
            story.append(Paragraph(escape(bl), body))
    flush()
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=d.meta.get("Title", ""), author="", creator="")
    doc.build(story)


# ----------------------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc, out: Path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = d.meta.get("_docxfont", "Calibri")
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = d.meta.get("_docx_author", "")
    cp.last_modified_by = ""
    cp.title = d.meta.get("Title", "")
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
            rows.clear()

    for bl in d.blocks:
        if bl.startswith("|"):
            rows.append([c.strip() for c in bl.strip().strip("|").split("|")])
            continue
        flush()
        if bl == "---":
            doc.add_page_break()
        elif bl.startswith("## "):
            doc.add_heading(bl[3:], level=2)
        elif bl.startswith("# "):
            doc.add_heading(bl[2:], level=1)
        else:
            doc.add_paragraph(bl)
    flush()
    doc.save(str(out))


def soffice_convert(docx_files, outdir: Path):
    if not docx_files:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s217_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(p) for p in docx_files], capture_output=True, timeout=600)


# ----------------------------------------------------------------------------- scans
def build_scan(d: Doc, out: Path, seed=0):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    pages, cur = [], []
    for bl in d.blocks:
        if bl == "---":
            pages.append(cur)
            cur = []
        else:
            cur.append(bl)
    pages.append(cur)
    c = canvas.Canvas(str(out), pagesize=A4)
    for lines in pages:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in lines:
            style = "serif"
            if ln.startswith("~"):  # pen-like line (oblique)
                ln, style = ln[1:], "pen"
            if ln.startswith("# "):
                ln, style = ln[2:], "bold"
            fnt = {"serif": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34),
                   "bold": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 42),
                   "pen": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 40)}[style]
            dr.text((140 + (rnd.randint(0, 6) if style == "pen" else 0), y), ln, fill=(40 if style != "pen" else 25),
                    font=fnt)
            y += 62 if ln else 40
        im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=80)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- AcroForm
def build_form(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    for bl in d.blocks:
        if bl.startswith("# "):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, bl[2:])
            y -= 26
        elif bl.startswith("@"):
            name, label = bl[1:].split("|", 1)
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, label)
            c.acroForm.textfield(name=name, value=d.form[name], x=250, y=y - 5, width=285, height=17,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.6)
            y -= 25
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, bl)
            y -= 16
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------- post-processing
def finish(d: Doc, src: Path, out: Path):
    import pikepdf
    with pikepdf.open(src) as pdf:
        info = {k: v for k, v in d.meta.items() if not k.startswith("_")}
        xmp_creator = info.pop("XMPCreator", None)
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]  # LibreOffice writes dates and a random uuid in its XMP
        if xmp_creator or d.meta:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if xmp_creator:
                    m["dc:creator"] = [xmp_creator]
                if "Title" in info:
                    m["dc:title"] = info["Title"]
                if "Producer" in info:
                    m["pdf:Producer"] = info["Producer"]
        pdf.docinfo["/CreationDate"] = d.meta.get("_date", "D:20261214090000+01'00'")
        pdf.docinfo["/ModDate"] = d.meta.get("_date", "D:20261214090000+01'00'")
        for k in ("Author", "Creator", "Producer", "Title", "Subject"):
            if k in info:
                pdf.docinfo[pikepdf.Name("/" + k)] = info[k]
            elif k == "Author" and "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, rect, author, text in d.annots:
            page = pdf.pages[pg]
            an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                    Rect=pikepdf.Array(rect), T=pikepdf.String(author),
                                    Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                                    F=4, C=pikepdf.Array([1, 0.85, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(pdf.make_indirect(an))
        pdf.save(out, deterministic_id=True)


# ----------------------------------------------------------------------------- gold
def _mask(text, probes):
    for pr in probes:
        text = probe_regex(pr["text"], pr.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def _local_parts(redact):
    """An e-mail address that names a person also leaks through its local part alone (r.terbeek)."""
    for it in redact:
        if it["kind"] != "EMAIL":
            continue
        texts = {p["text"] for p in it["probes"]}
        for p in list(it["probes"]):
            if "@" in p["text"]:
                lp = p["text"].split("@")[0]
                if lp not in texts and len(lp) > 3:
                    np_ = {"text": lp, "word": True, "after": 0}
                    if p.get("ocr"):
                        np_["ocr"] = True
                    it["probes"].append(np_)
                    texts.add(lp)


def make_gold(d: Doc, path: Path):
    problems = []
    _local_parts(d.redact)
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in d.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    allred = []
    for it in d.redact:
        ch = it.get("channel")
        for pr in it["probes"]:
            allred.append(pr)
            if ch is None:
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {pr['text']!r} also in text")
            if not ok:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found in {ch or 'pdfium'}")
        allred.append({"text": it["value"], "word": True})
    masked = _mask(text, allred)
    keep = []
    for it in d.keep:
        prs = []
        for pr in it["probes"]:
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} not in text")
                continue
            if count_in(masked, pr) != n:
                print(f"  (dropped keep probe {pr['text']!r} in {d.stem}: overlaps a redact value)")
                continue
            prs.append({"text": pr["text"], "word": pr["word"], "after": n})
        if prs:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": prs})
    gold = {"doc": path.name, "pages": pages, "redact": d.redact, "keep": keep}
    return gold, problems


def build_all(docs):
    from reportlab import rl_config
    rl_config.invariant = 1
    TMP.mkdir(parents=True, exist_ok=True)
    DOCS_DIR.mkdir(exist_ok=True)
    raw = {}
    docx = []
    for i, d in enumerate(docs):
        r = TMP / f"{d.stem}.pdf"
        if d.kind == "rl":
            build_rl(d, r)
        elif d.kind == "scan":
            build_scan(d, r, seed=i)
        elif d.kind == "form":
            build_form(d, r)
        elif d.kind == "lo":
            p = TMP / f"{d.stem}.docx"
            build_docx(d, p)
            docx.append(p)
        raw[d.stem] = r
    soffice_convert(docx, TMP)
    for d in docs:
        finish(d, raw[d.stem], d.path)
