"""Rebuild set EB (eval/blind/mixed103): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py jz03 jz17  # only these

The documents are written in content.py with inline marks: [[text|K]] is personal data to redact
(one redact probe, after=0), {{text|K}} is something a reader needs (one keep probe whose 'after'
is counted on the original's PDFium text with the evaluator's own functions). Hidden-channel probes
(metadata, XMP, outline, annotations, form fields) are listed per document. Producers: reportlab
(several fonts), LibreOffice (python-docx -> soffice), and image-only scans (OCR probes).
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

REDACT_KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "D": "DATE_OF_BIRTH",
                "B": "BSN", "I": "IBAN", "N": "PERSONAL_NUMBER", "H": "HEALTH", "S": "SIGNATURE",
                "C": "CRIMINAL", "R": "RELIGION", "X": "OTHER_PERSONAL"}
KEEP_KINDS = {"O": "ORG", "L": "PLACE", "F": "PUBLIC_OFFICIAL", "R": "REFERENCE", "W": "LAW",
              "J": "JOB_TITLE", "M": "FUNCTIONAL_MAILBOX", "G": "PROGRAMME", "Y": "DATE", "T": "PHONE_GENERAL",
              "S": "STREET", "A": "AMOUNT", "X": "OTHER", "P": "PRODUCT"}
MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z]))?\]\]|\{\{(.+?)(?:\|([A-Z]))?\}\}")


class Marks:
    """Collects the marks of one document while its strings are rendered."""

    def __init__(self):
        self.redact: dict = {}   # text -> kind
        self.keep: dict = {}
        self.plain: list = []    # plain strings as rendered
        self.blanked: list = []  # same with redact spans blanked

    def __call__(self, s: str) -> str:
        out, bl = [], []
        pos = 0
        for m in MARK.finditer(s):
            out.append(s[pos:m.start()])
            bl.append(s[pos:m.start()])
            if m.group(1) is not None:
                t = m.group(1)
                self.redact.setdefault(t, REDACT_KINDS[m.group(2) or "P"])
                out.append(t)
                bl.append(" # ")
            else:
                t = m.group(3)
                self.keep.setdefault(t, KEEP_KINDS[m.group(4) or "O"])
                out.append(t)
                bl.append(t)
            pos = m.end()
        out.append(s[pos:])
        bl.append(s[pos:])
        plain = "".join(out)
        self.plain.append(plain)
        self.blanked.append("".join(bl))
        return plain


# ---------------------------------------------------------------- fonts
FONTS_DONE = False


def fonts():
    global FONTS_DONE
    if FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, path in [
        ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
        ("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
        ("DejaVuSansCondensed", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"),
        ("DejaVuSansCondensed-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
        ("LiberationSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
        ("LiberationSerif-Bold", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
        ("LiberationSans", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"),
        ("LiberationSans-Bold", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
        ("LiberationMono", "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"),
        ("femkeklaver", "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"),
        ("DkgHandwriting", "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, path))
    for fam in ("DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed", "LiberationSerif", "LiberationSans"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")
    FONTS_DONE = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold",
        "DejaVuSansCondensed": "DejaVuSansCondensed-Bold", "LiberationSerif": "LiberationSerif-Bold",
        "LiberationSans": "LiberationSans-Bold", "LiberationMono": "LiberationMono"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- reportlab producer
def build_reportlab(doc: dict, path: Path, M: Marks):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Preformatted)

    font = doc.get("font", "Helvetica")
    bold = BOLD.get(font, font)
    size = doc.get("size", 10)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.55)
    sm = ParagraphStyle("s", parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, spaceAfter=2)
    cell = ParagraphStyle("c", parent=st, fontSize=doc.get("cellsize", size - 1.5),
                          leading=doc.get("cellsize", size - 1.5) * 1.25, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=st, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                        spaceAfter=8, textColor=colors.HexColor(doc.get("color", "#1f3a5f")))
    h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                        spaceBefore=5, spaceAfter=4)
    sig = ParagraphStyle("sig", parent=st, fontName=doc.get("sigfont", "femkeklaver"), fontSize=20,
                         leading=24)
    mono = ParagraphStyle("m", parent=st, fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3)

    def P(s, style=st):
        return Paragraph(esc(M(s)).replace("\n", "<br/>"), style)

    story = []
    lh = doc.get("letterhead")
    if lh:
        left, right = lh
        t = Table([[P(left, sm), P(right, sm)]], colWidths=[100 * mm, 70 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(doc.get("color", "#1f3a5f"))),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [t, Spacer(1, 8 * mm)]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            story.append(P(b[1], h1))
        elif kind == "h2":
            story.append(P(b[1], h2))
        elif kind == "p":
            story.append(P(b[1]))
        elif kind == "small":
            story.append(P(b[1], sm))
        elif kind == "sig":
            story.append(P(b[1], sig))
        elif kind == "mono":
            story.append(Preformatted(M(b[1]), mono))
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            opts = b[3] if len(b) > 3 else {}
            data = [[P(c, cell) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("header", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hbg", "#dde4ee"))))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 3 * mm)]
        else:
            raise ValueError(kind)

    footer = M(doc["footer"]) if doc.get("footer") else None
    header = M(doc["header"]) if doc.get("header") else None
    field = doc.get("hidden", {}).get("field")

    def onpage(c, d):
        c.saveState()
        c.setFont(font if font not in ("femkeklaver",) else "Helvetica", 7.5)
        if footer:
            y = 12 * mm
            for line in footer.split("\n"):
                c.drawString(20 * mm, y, line)
                y -= 3.4 * mm
        if header:
            c.drawRightString(190 * mm, 287 * mm, header)
        c.drawRightString(190 * mm, 12 * mm, f"{d.page}")
        if field and d.page == 1:
            c.acroForm.textfield(name=field[0], value=field[1], x=120 * mm, y=275 * mm, width=70 * mm,
                                 height=7 * mm, fontSize=8, borderWidth=0.5, tooltip=field[2] if len(field) > 2 else None)
        c.restoreState()

    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=doc.get("top", 18) * mm, bottomMargin=22 * mm,
                          title=doc.get("title", ""), author=doc.get("author", ""),
                          subject=doc.get("subject", ""), creator=doc.get("creator", "ReportLab"))
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- LibreOffice producer
def build_docx(doc: dict, path: Path, M: Marks):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    stl = d.styles["Normal"]
    stl.font.name = doc.get("font", "Liberation Sans")
    stl.font.size = Pt(doc.get("size", 10))
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.last_modified_by = doc.get("last_modified_by", "")
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = M(doc["footer"])
        for r in fp.runs:
            r.font.size = Pt(7.5)
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = M(doc["header"])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    lh = doc.get("letterhead")
    if lh:
        t = d.add_table(rows=1, cols=2)
        for i, s in enumerate(lh):
            cell = t.rows[0].cells[i]
            cell.paragraphs[0].text = ""
            lines = M(s).split("\n")
            cell.paragraphs[0].add_run(lines[0]).bold = True
            for ln in lines[1:]:
                p = cell.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(0)
                for r in p.runs:
                    r.font.size = Pt(8.5)
        d.add_paragraph()
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_heading(M(b[1]), level=1)
        elif kind == "h2":
            d.add_heading(M(b[1]), level=2)
        elif kind in ("p", "small", "mono"):
            lines = M(b[1]).split("\n")
            p = d.add_paragraph()
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if kind == "small":
                    r.font.size = Pt(8.5)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == "sig":
            p = d.add_paragraph()
            r = p.add_run(M(b[1]))
            r.font.name = "femkeklaver"
            r.font.size = Pt(20)
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.rows[i].cells[j]
                    cell.text = M(c)
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(8.5)
                            run.bold = (i == 0)
            d.add_paragraph()
        else:
            raise ValueError(kind)
    with tempfile.TemporaryDirectory(prefix="eb-lo-") as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)


# ---------------------------------------------------------------- scans
def build_scan(doc: dict, path: Path, M: Marks):
    from PIL import Image, ImageFilter
    import numpy as np
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4

    rnd = random.Random(doc["id"])
    with tempfile.TemporaryDirectory(prefix="eb-scan-") as td:
        tdp = Path(td)
        src = tdp / "src.pdf"
        inner = dict(doc)
        inner.pop("hidden", None)
        build_reportlab(inner, src, M)
        dpi = doc.get("dpi", 150)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(tdp / "pg")], check=True)
        pages = sorted(tdp.glob("pg*.png"))
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setAuthor(doc.get("author", ""))
        c.setTitle(doc.get("title", ""))
        c.setCreator(doc.get("creator", "Scan2PDF"))
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            if doc.get("fax"):
                im = im.point(lambda v: 255 if v > 150 else 0)
            im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255, expand=False)
            arr = np.asarray(im).astype("int16")
            noise = np.random.default_rng(rnd.randint(0, 10**6)).normal(0, doc.get("noise", 10), arr.shape)
            arr = np.clip(arr + noise, 0, 255).astype("uint8")
            im = Image.fromarray(arr)
            if doc.get("blur"):
                im = im.filter(ImageFilter.GaussianBlur(0.5))
            jp = tdp / f"p{i}.jpg"
            im.save(jp, "JPEG", quality=doc.get("quality", 55))
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ---------------------------------------------------------------- hidden channels
def add_hidden(doc: dict, path: Path):
    import pikepdf
    h = doc.get("hidden", {})
    if not any(k in h for k in ("xmp", "outline", "annots")):
        return
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "xmp" in h:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                for k, v in h["xmp"].items():
                    meta[k] = v
        if "outline" in h:
            with pdf.open_outline() as ol:
                for title, pg in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if "annots" in h:
            for pg, author, text, rect in h["annots"]:
                page = pdf.pages[pg]
                ann = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                    Contents=pikepdf.String(text), T=pikepdf.String(author), Name=pikepdf.Name.Comment,
                    F=4))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pikepdf.Array()
                page.obj.Annots.append(ann)
        pdf.save(path)


# ---------------------------------------------------------------- gold
def is_word(t: str) -> bool:
    return bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))


def make_gold(doc: dict, path: Path, M: Marks) -> dict:
    text, npages = text_pdfium(path)
    plain = norm("\n".join(M.plain))
    blanked = norm("\n".join(M.blanked))
    scan = doc["producer"] == "scan"
    redact, keep, warn, unread = [], [], [], []
    for t, kind in M.redact.items():
        pr = {"text": t, "word": is_word(t), "after": 0}
        if scan:
            pr["ocr"] = True
            pr["channel"] = "ocr"
        else:
            pr["channel"] = "text"
            if count_in(text, pr) == 0:
                warn.append(f"redact probe not in pdfium text: {t!r}")
        if count_in(blanked, pr):
            warn.append(f"redact probe unmarked elsewhere: {t!r}")
        redact.append({"kind": kind, "value": t, "probes": [pr]})
    if scan:
        from evaluate import extract_channels, channel_counts
        ch = extract_channels(path)["channels"]
        kept = []
        for item in redact:
            if channel_counts(ch, item["probes"][0]).get("ocr", 0):
                kept.append(item)
            else:
                unread.append(item["value"])
                print(f"  {doc['id']}: OCR does not read {item['value']!r}; left out of the gold")
        redact = kept
    for item in doc.get("hidden", {}).get("probes", []):
        kind, t, ch = item
        pr = {"text": t, "word": is_word(t), "after": 0, "channel": ch}
        if count_in(plain, pr):
            warn.append(f"hidden probe also visible: {t!r}")
        redact.append({"kind": kind, "value": t, "probes": [pr]})
    if not scan:
        for t, kind in M.keep.items():
            pr = {"text": t, "word": is_word(t)}
            c = count_in(text, pr)
            if c == 0:
                warn.append(f"keep probe not in pdfium text: {t!r}")
                continue
            if count_in(blanked, pr) != count_in(plain, pr):
                warn.append(f"keep probe overlaps a redaction, dropped: {t!r}")
                continue
            pr["after"] = c
            keep.append({"kind": kind, "value": t, "probes": [pr]})
    for w in warn:
        print(f"  {doc['id']}: {w}")
    g = {"doc": path.name, "pages": npages, "producer": doc["producer"], "redact": redact, "keep": keep}
    if unread:
        g["unread_by_ocr"] = unread
    return g


def build(doc: dict):
    path = DOCS_DIR / f"{doc['id']}_{doc['slug']}.pdf"
    M = Marks()
    {"rl": build_reportlab, "docx": build_docx, "scan": build_scan}[doc["producer"]](doc, path, M)
    add_hidden(doc, path)
    g = make_gold(doc, path, M)
    (GOLD_DIR / (path.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    return g


def main(argv):
    from content import DOCS
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    for doc in DOCS:
        if want and doc["id"] not in want:
            continue
        g = build(doc)
        print(f"{doc['id']}: pages={g['pages']} redact={len(g['redact'])} keep={len(g['keep'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
