"""Rebuild set MK (eval/blind/mixed238): stall places at the weekly market of Maasbergen.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py mk03 mk17  # only these

Documents are written in content.py with inline marks: [[KIND|text]] is personal data (a redact
item, probe = the text, after = 0), {{KIND|text}} is public text (a keep item, after = its count in
the original's PDFium text, counted with the evaluator's own norm/count_in). Hidden channels
(metadata, XMP, outline, sticky notes, AcroForm values) and image-only scans are declared per
document. A keep probe that would lose an occurrence when all redact values are blanked out is an
error (keep inside a redacted name). OCR probes are kept only when the evaluator's OCR finds them.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))
from evaluate import count_in, extract_channels, channel_counts, text_pdfium, norm  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]|\{\{([A-Z_]+)\|(.+?)\}\}")


def strip_marks(s: str) -> str:
    return MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(4), s)


def collect(s: str, red: dict, keep: dict):
    for m in MARK.finditer(s):
        if m.group(1):
            red.setdefault((m.group(1), m.group(2)), None)
        else:
            keep.setdefault((m.group(3), m.group(4)), None)


# ------------------------------------------------------------------------------------------
# renderers
# ------------------------------------------------------------------------------------------
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))


FONTSETS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
            "dv": ("DV", "DVB"), "dvs": ("DVS", "DVSB"), "mono": ("DVM", "DVM"), "cond": ("DVC", "DVCB"),
            "cour": ("Courier", "Courier-Bold")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_rl(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    _fonts()
    reg, bold = FONTSETS[doc.get("font", "helv")]
    size = doc.get("size", 9.5)
    st = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=3)
    sh = ParagraphStyle("h", fontName=bold, fontSize=size + 2.5, leading=(size + 2.5) * 1.3, spaceAfter=5,
                        spaceBefore=4)
    sc = ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25)
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            story.append(Paragraph(esc(strip_marks(b[1])), sh))
        elif t == "p":
            story.append(Paragraph(esc(strip_marks(b[1])).replace("\n", "<br/>"), st))
        elif t == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 6))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "table":
            rows = [[Paragraph(esc(strip_marks(c)), sc) for c in r] for r in b[1]]
            widths = [w * mm for w in b[2]] if len(b) > 2 else None
            tb = Table(rows, colWidths=widths, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title=doc.get("title", ""), author=doc.get("author_rl", ""))

    def footer(canv, dd):
        if doc.get("footer"):
            canv.saveState()
            canv.setFont(reg, 7)
            canv.drawString(22 * mm, 10 * mm, strip_marks(doc["footer"]) + f"   pagina {canv.getPageNumber()}")
            canv.restoreState()
        if doc.get("form"):
            doc["form"](canv, dd)

    d.build(story, onFirstPage=footer, onLaterPages=footer)


def build_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("docx_font", "Calibri")
    stl.font.size = Pt(doc.get("size", 10))
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            d.add_heading(strip_marks(b[1]), level=2)
        elif t == "p":
            d.add_paragraph(strip_marks(b[1]))
        elif t == "pb":
            d.add_page_break()
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = strip_marks(c)
    d.core_properties.author = doc.get("docx_author", "")
    d.core_properties.title = doc.get("title", "")
    d.save(str(path))


def render_scan(doc, path):
    """Image-only page: typed/handwritten text rendered to pixels, slightly rotated, JPEG."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    y = 150
    for line in doc["scan_lines"]:
        style, txt = line if isinstance(line, tuple) else ("r", line)
        fn = {"r": "DejaVuSerif.ttf", "b": "DejaVuSerif-Bold.ttf", "h": "DejaVuSerif-Italic.ttf",
              "s": "DejaVuSans.ttf"}[style]
        sz = 38 if style == "h" else 32
        f = ImageFont.truetype(FONT_DIR + fn, sz)
        dr.text((150 + (30 if style == "h" else 0), y), strip_marks(txt), fill=20 if style != "h" else 40, font=f)
        y += int(sz * 1.55)
    rnd = random.Random(doc["stem"])
    img = img.rotate(rnd.uniform(-0.9, 0.9), fillcolor=245, resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=72)
    bio.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def postprocess(doc, path):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    info = doc.get("info", {})
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        if "xmp_creator" in doc:
            meta["dc:creator"] = [doc["xmp_creator"]]
        if doc.get("title"):
            meta["dc:title"] = doc["title"]
    for k, v in info.items():
        pdf.docinfo[Name("/" + k)] = String(v)
    if doc.get("outline"):
        with pdf.open_outline() as ol:
            for title, pg in doc["outline"]:
                ol.root.append(pikepdf.OutlineItem(title, pg))
    for (pg, x, y, author, text) in doc.get("notes", []):
        page = pdf.pages[pg]
        annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([x, y, x + 20, y + 20]), T=String(author),
                                             Contents=String(text), Name=Name.Comment, F=4))
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(annot)
    pdf.save(str(path), fix_metadata_version=False)


def build(doc, tmp):
    out = DOCS_DIR / f"{doc['stem']}.pdf"
    kind = doc.get("render", "rl")
    if kind == "rl":
        render_rl(doc, out)
    elif kind == "scan":
        render_scan(doc, out)
    elif kind == "docx":
        src = tmp / f"{doc['stem']}.docx"
        build_docx(doc, src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s238_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        shutil.copy(tmp / f"{doc['stem']}.pdf", out)
    postprocess(doc, out)
    return out


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def all_text(doc):
    parts = []
    for b in doc.get("blocks", []):
        if b[0] in ("h", "p"):
            parts.append(b[1])
        elif b[0] == "table":
            parts += [c for r in b[1] for c in r]
    if doc.get("footer"):
        parts.append(doc["footer"])
    parts += [l if isinstance(l, str) else l[1] for l in doc.get("scan_lines", [])]
    parts += doc.get("extra_marks", [])
    return parts


# public terms counted as keep probes wherever they occur in a document's text
AUTO_KEEP = [("LOC", "Maasbergen"), ("MISC", "zaterdagmarkt"), ("ROLE", "marktmeester"), ("ROLE", "assistent-marktmeester"),
             ("MISC", "standplaats"), ("MISC", "weekmarkt"), ("MISC", "loting"), ("LOC", "Marktplein"), ("LOC", "Kerkstraat"),
             ("ORG", "college van burgemeester en wethouders"), ("ROLE", "Woo-coördinator"), ("ROLE", "beleidsmedewerker"),
             ("ROLE", "juridisch adviseur"), ("ROLE", "notarisklerk"), ("ROLE", "regiobestuurder"), ("ORG", "CVAH"),
             ("LAW", "Marktverordening Maasbergen 2025"), ("MISC", "dagplaatshouder"), ("MISC", "wachtlijst"),
             ("MISC", "marktgeld"), ("ROLE", "teamleider"), ("MISC", "vaste standplaatsen"), ("LOC", "Oss"), ("LOC", "Uden"),
             ("ROLE", "boa"), ("MISC", "Hart van Maasbergen"), ("MISC", "bezwaar"), ("ORG", "gemeenteraad"),
             ("MISC", "Postbus 1200"), ("LOC", "Stadhuisplein 1"), ("MISC", "plaats 23"), ("MISC", "plaats 8")]


def make_gold(doc, path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = {}, {}
    for s in all_text(doc):
        collect(s, red, keep)
    ocr = doc.get("render") == "scan"
    chans = None
    if ocr or doc.get("hidden"):
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    blank = text
    redvals = sorted({v for (_, v) in red} | {h[2] for h in doc.get("hidden", [])}, key=len, reverse=True)
    for v in redvals:
        blank = re.sub(re.escape(norm(v)), "\u2588" * 3, blank)
    for (kind, v) in red:
        pr = {"text": v, "word": True, "after": 0}
        if ocr:
            if channel_counts(chans, {**pr, "ocr": True}).get("ocr", 0) == 0:
                print(f"  {doc['stem']}: OCR misses {v!r}, dropped")
                continue
            gold["redact"].append({"kind": kind, "value": v, "probes": [{**pr, "ocr": True}]})
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{doc['stem']}: redact {v!r} not in text")
            gold["redact"].append({"kind": kind, "value": v, "probes": [pr]})
    for (kind, ch, v) in doc.get("hidden", []):
        pr = {"text": v, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{doc['stem']}: hidden {v!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{doc['stem']}: hidden {v!r} also in page text")
        gold["redact"].append({"kind": kind, "value": v, "channel": ch, "probes": [pr]})
    if not ocr:
        for (kind, v) in AUTO_KEEP:
            n = count_in(text, {"text": v, "word": True})
            if n and count_in(blank, {"text": v, "word": True}) == n:
                keep.setdefault((kind, v), None)
        for (kind, v) in keep:
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{doc['stem']}: keep {v!r} not in text")
                continue
            if count_in(blank, pr) != n:
                problems.append(f"{doc['stem']}: keep {v!r} overlaps a redact value")
                continue
            gold["keep"].append({"kind": kind, "value": v, "probes": [{**pr, "after": n}]})
    for s in all_text(doc):
        if "[[" in strip_marks(s) or "{{" in strip_marks(s):
            problems.append(f"{doc['stem']}: unbalanced mark in {s[:40]!r}")
    return gold, problems


def main(argv):
    import content
    docs = content.DOCS
    sel = [d for d in docs if not argv or any(d["stem"].startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    tot = [0, 0, 0]
    with tempfile.TemporaryDirectory(prefix="s238_") as td:
        for d in sel:
            path = build(d, Path(td))
            gold, problems = make_gold(d, path)
            (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
            nr = sum(len(i["probes"]) for i in gold["redact"])
            nk = sum(len(i["probes"]) for i in gold["keep"])
            tot[0] += gold["pages"]
            tot[1] += nr
            tot[2] += nk
            print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
            allp += problems
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} pages={tot[0]} redact={tot[1]} keep={tot[2]}")
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
