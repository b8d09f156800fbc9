"""Rebuild set CG (eval/blind/mixed75): digital government and ICT (BZK, Logius, a municipality's ICT).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cg03 cg10  # only these

Documents are written in a small markup: [[text|K]] is personal data (a redact probe, kind K),
{{text|K}} is something that must stay readable (a keep probe). Markers are stripped when rendering.
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0 and is checked by check_gold.py in the channel claimed
(page text, OCR of a scan, or a hidden channel listed in hidden.json).
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402
from docs_cg import DOCS  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "N": "PERSONAL_NUMBER", "U": "USERNAME", "IP": "IP_ADDRESS",
         "H": "HEALTH", "S": "SIGNATURE", "O": "ORG", "PR": "PRODUCT", "F": "FUNCTION",
         "R": "REFERENCE", "L": "LOCATION", "M": "MAILBOX", "SW": "SWITCHBOARD", "OH": "OFFICE_HOLDER",
         "C": "CVE", "TERM": "TERM", "LAW": "LAW", "X": "OTHER"}
MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z]+))?\]\]|\{\{(.+?)(?:\|([A-Z]+))?\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1) is not None:
            yield "redact", m.group(1), KINDS[m.group(2) or "P"]
        else:
            yield "keep", m.group(3), KINDS[m.group(4) or "O"]


def all_strings(doc):
    out = []
    for b in doc["blocks"]:
        for x in b[1:]:
            if isinstance(x, str):
                out.append(x)
            elif isinstance(x, list):
                for row in x:
                    if isinstance(row, (list, tuple)):
                        out.extend(c for c in row if isinstance(c, str))
                    elif isinstance(row, str):
                        out.append(row)
    return out


# ---------------------------------------------------------------- renderers
FONTS_DONE = set()


def reg_font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    paths = {
        "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
        "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
        "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
        "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
        "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
        "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
        "Humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    }
    if name in paths and name not in FONTS_DONE:
        pdfmetrics.registerFont(TTFont(name, paths[name]))
        FONTS_DONE.add(name)


FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Courier"),
    "Times": ("Times-Roman", "Times-Bold", "Courier"),
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSansMono"),
    "LiberationSans": ("LiberationSans", "LiberationSans-Bold", "LiberationMono"),
    "Carlito": ("Carlito", "Carlito-Bold", "LiberationMono"),
    "Femke": ("Femke", "Femke", "Femke"),
    "Humor": ("Humor", "Humor", "Humor"),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_rl(doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    fam = FAMILIES[doc.get("font", "Helvetica")]
    for f in fam:
        reg_font(f)
    reg, bold, mono = fam
    size = doc.get("size", 9.5)
    ps = landscape(A4) if doc.get("landscape") else A4
    st = {
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=size + 9, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=size + 5, spaceBefore=6,
                             spaceAfter=3),
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                                spaceAfter=2, textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2),
        "mono": ParagraphStyle("m", fontName=mono, fontSize=size - 2, leading=(size - 2) * 1.25),
    }
    story = []
    outline = list(doc.get("outline", []))
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "p", "small"):
            txt = esc(strip(b[1])).replace("\n", "<br/>")
            para = Paragraph(txt, st[t])
            story.append(para)
        elif t == "mono":
            story.append(Preformatted(strip(b[1]), st["mono"]))
            story.append(Spacer(1, 4))
        elif t == "table":
            rows = [[Paragraph(esc(strip(c)).replace("\n", "<br/>"), st["cell"]) for c in r] for r in b[1]]
            cw = b[2] if len(b) > 2 and b[2] else None
            if cw:
                cw = [w * mm for w in cw]
            tb = Table(rows, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == "hand":
            fnt = b[2] if len(b) > 2 else "Femke"
            reg_font(fnt)
            hs = ParagraphStyle("hd", fontName=fnt, fontSize=b[3] if len(b) > 3 else 18,
                                leading=(b[3] if len(b) > 3 else 18) * 1.3, spaceAfter=4)
            story.append(Paragraph(esc(strip(b[1])).replace("\n", "<br/>"), hs))
        elif t == "sp":
            story.append(Spacer(1, b[1]))
        elif t == "pb":
            story.append(PageBreak())

    def on_page(c, d):
        c.saveState()
        c.setFont(reg, 7)
        if doc.get("footer"):
            c.drawString(18 * mm, 10 * mm, strip(doc["footer"]))
        c.drawRightString(ps[0] - 18 * mm, 10 * mm, f"{c.getPageNumber()}")
        if doc.get("header"):
            c.drawString(18 * mm, ps[1] - 12 * mm, strip(doc["header"]))
        pn = c.getPageNumber()
        for i, (title, page) in enumerate(outline):
            if page == pn:
                key = f"ol{i}"
                c.bookmarkPage(key)
                c.addOutlineEntry(title, key, level=0)
        for f in doc.get("fields", []):
            if f["page"] == pn:
                c.acroForm.textfield(name=f["name"], value=f["value"], x=f["x"], y=f["y"],
                                     width=f["w"], height=f["h"], fontSize=8, borderWidth=0,
                                     fillColor=colors.white)
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=18 * mm, rightMargin=18 * mm,
                           topMargin=18 * mm, bottomMargin=16 * mm,
                           title=doc.get("title", ""), author=doc.get("author", ""),
                           subject=doc.get("subject", ""), creator=doc.get("creator", "ReportLab"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(doc, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("docx_font", "Calibri")
    stl.font.size = Pt(doc.get("size", 10))
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            d.add_heading(strip(b[1]), level=1)
        elif t == "h2":
            d.add_heading(strip(b[1]), level=2)
        elif t in ("p", "small"):
            d.add_paragraph(strip(b[1]))
        elif t == "mono":
            p = d.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.font.name = "Liberation Mono"
            r.font.size = Pt(8)
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = strip(c)
        elif t == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.last_modified_by = doc.get("last_modified_by", "")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                       capture_output=True, timeout=180)
        path.write_bytes((Path(td) / (path.stem + ".pdf")).read_bytes())


def render_scan(doc, path: Path):
    from PIL import Image, ImageFilter
    rnd = random.Random(doc["stem"])
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "src.pdf"
        render_rl(dict(doc, annots=[], fields=[], outline=[]), tmp)
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(tmp), str(Path(td) / "pg")],
                       check=True)
        imgs = []
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(doc.get("rotate", rnd.uniform(-1.2, 1.2)), expand=False, fillcolor=255,
                           resample=Image.BICUBIC)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            if doc.get("tint"):
                im = Image.merge("RGB", (im, im, im.point(lambda v: int(v * 0.93))))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            buf = io.BytesIO()
            im.convert("RGB").save(buf, "JPEG", quality=doc.get("quality", 72))
            imgs.append(Image.open(io.BytesIO(buf.getvalue())))
        imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


def postprocess(doc, path: Path):
    xmp = doc.get("xmp_creator")
    info = doc.get("info_extra")
    annots = doc.get("annots") if doc["producer"] == "rl" else None
    if not xmp and not info and not annots:
        return
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for a in annots or []:
            page = pdf.pages[a["page"] - 1]
            an = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=list(a["rect"]),
                T=pikepdf.String(a["author"]), Contents=pikepdf.String(a["contents"]),
                Name=pikepdf.Name.Comment, F=4, C=[1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(an)
        if xmp:
            with pdf.open_metadata() as m:
                m["dc:creator"] = [xmp]
                m["dc:title"] = strip(doc.get("title", ""))
        if info:
            for k, v in info.items():
                pdf.docinfo[pikepdf.Name("/" + k)] = v
        pdf.save(path)


# ---------------------------------------------------------------- gold
def build_gold(doc, path: Path):
    text, n = text_pdfium(path)
    red, keep = {}, {}
    for s in all_strings(doc) + [doc.get("header", ""), doc.get("footer", "")]:
        for what, val, kind in marks(s):
            (red if what == "redact" else keep).setdefault(val, kind)
    scan = doc["producer"] == "scan"
    hidden = []
    for h in doc.get("hidden", []):
        red.setdefault(h["text"], h.get("kind", "PERSON"))
        hidden.append(h)
    g = {"doc": path.name, "pages": n, "redact": [], "keep": []}
    for val, kind in red.items():
        pr = {"text": val, "word": True, "after": 0}
        if scan:
            pr["ocr"] = True
        g["redact"].append({"kind": kind, "value": val, "probes": [pr]})
    if not scan:
        for val, kind in keep.items():
            c = count_in(text, {"text": val, "word": True})
            if c == 0:
                raise SystemExit(f"{doc['stem']}: keep probe {val!r} not in PDFium text")
            g["keep"].append({"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": c}]})
    # conflicts: a redact probe must not match inside a keep probe's text
    for kv in keep:
        for rv in red:
            if count_in(norm(kv), {"text": rv, "word": True}):
                raise SystemExit(f"{doc['stem']}: redact {rv!r} inside keep {kv!r}")
    return g, hidden


def main(argv):
    want = set(argv)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    hidden_all = {}
    hp = HERE / "hidden.json"
    if hp.exists() and want:
        hidden_all = json.loads(hp.read_text())
    for doc in DOCS:
        if want and not any(doc["stem"].startswith(w) for w in want):
            continue
        path = DOCS_DIR / (doc["stem"] + ".pdf")
        {"rl": render_rl, "docx": render_docx, "scan": render_scan}[doc["producer"]](doc, path)
        postprocess(doc, path)
        g, hidden = build_gold(doc, path)
        (GOLD_DIR / (doc["stem"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        hidden_all[path.name] = hidden
        print(f"{path.name}: pages={g['pages']} redact={len(g['redact'])} keep={len(g['keep'])}")
    hp.write_text(json.dumps(hidden_all, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
