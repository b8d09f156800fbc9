"""Rebuild set BV (eval/blind/mixed64): police, fire service and safety regions.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py pv03 pv17  # only these

Documents are written in content.py with inline marks: [[k:text]] is personal data that must be
redacted (k: p person, e e-mail, t phone, a address, d date of birth, b BSN, i IBAN, n personal
number, h health, c criminal data, k licence plate, s signature), {{k:text}} something a reader
needs that must stay (k: o organisation, r office holder in role, l place, s street, f function,
d date, n reference, m functional mailbox, t switchboard, g law, w programme/product/other).
Every marked string becomes one probe. Keep probes' 'after' is counted on the original's PDFium
text with the evaluator's own functions; redact probes have after=0. Before any PDF is written the
source text is checked: no redact probe may occur outside a redact mark, and no keep probe may
overlap a redact mark. check_gold.py then checks every probe in the channel it claims.
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

from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / ".build"

RKIND = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "a": "ADDRESS", "d": "DATE_OF_BIRTH", "b": "BSN",
         "i": "IBAN", "n": "PERSONAL_NUMBER", "h": "HEALTH", "c": "CRIMINAL", "k": "LICENCE_PLATE",
         "s": "SIGNATURE", "x": "OTHER_PERSONAL"}
KKIND = {"o": "ORG", "r": "OFFICE_HOLDER", "l": "PLACE", "s": "STREET", "f": "FUNCTION", "d": "DATE",
         "n": "REFERENCE", "m": "FUNCTIONAL_MAILBOX", "t": "SWITCHBOARD", "g": "LAW", "w": "OTHER"}
RX_R = re.compile(r"\[\[(?:([a-z]):)?(.+?)\]\]")
RX_K = re.compile(r"\{\{(?:([a-z]):)?(.+?)\}\}")


def plain(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


def remainder(s: str) -> str:
    s = RX_R.sub(lambda m: " \u2588 ", s)
    return RX_K.sub(lambda m: m.group(2), s)


def marks(s: str):
    r = [(m.group(1) or "p", m.group(2)) for m in RX_R.finditer(s)]
    k = [(m.group(1) or "o", m.group(2)) for m in RX_K.finditer(RX_R.sub("", s))]
    return r, k


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


# ---------------------------------------------------------------- blocks -> text of the whole doc
def block_strings(blocks):
    """All strings of a block list (for the source checks)."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("table", "ptable"):
            for row in b[1]:
                out.extend(row)
        elif kind in ("pagebreak", "sp"):
            continue
        else:
            out.append(b[1])
    return out


# ---------------------------------------------------------------- reportlab producer
FONTS_REG = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in FONTS_REG.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


def bold_of(font):
    return BOLD.get(font, font + "-Bold" if font + "-Bold" in FONTS_REG else font)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_reportlab(path: Path, doc: dict):
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, Preformatted)
    font = doc.get("font", "Helvetica")
    size = doc.get("size", 10)
    fb = bold_of(font)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    sth = ParagraphStyle("h", fontName=fb, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6,
                         spaceBefore=4)
    sth2 = ParagraphStyle("h2", fontName=fb, fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=3,
                          spaceBefore=6)
    stc = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    stsmall = ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3,
                             textColor=colors.HexColor("#444444"))
    mono = doc.get("mono", "Courier")
    stm = ParagraphStyle("m", fontName=mono, fontSize=size - 1.5, leading=(size - 1.5) * 1.35)
    flow = []
    for b in doc["blocks"]:
        kind, val = b[0], (b[1] if len(b) > 1 else None)
        if kind == "h1":
            flow.append(Paragraph(esc(plain(val)), sth))
        elif kind == "h2":
            flow.append(Paragraph(esc(plain(val)), sth2))
        elif kind == "p":
            flow.append(Paragraph(esc(plain(val)).replace("\n", "<br/>"), st))
        elif kind == "small":
            flow.append(Paragraph(esc(plain(val)).replace("\n", "<br/>"), stsmall))
        elif kind == "pre":
            flow.append(Preformatted(plain(val), stm))
            flow.append(Spacer(1, 4))
        elif kind == "sp":
            flow.append(Spacer(1, val or 8))
        elif kind == "pagebreak":
            flow.append(PageBreak())
        elif kind in ("table", "ptable"):
            rows = [[Paragraph(esc(plain(c)).replace("\n", "<br/>"), stc) for c in row] for row in val]
            widths = b[2] if len(b) > 2 else None
            if widths:
                widths = [w * mm for w in widths]
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee"))]))
            flow.append(t)
            flow.append(Spacer(1, 6))
    header = plain(doc.get("header", ""))
    footer = plain(doc.get("footer", ""))

    def deco(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawString(20 * mm, A4[1] - 12 * mm, header)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, (footer + "  " if footer else "") + f"pagina {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm, title=doc.get("title", ""),
                           author=doc.get("rl_author", ""), creator=doc.get("creator", "ReportLab"))
    sd.build(flow, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- LibreOffice producer (python-docx)
def write_docx(path: Path, doc: dict):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("docx_font", "Liberation Serif")
    stl.font.size = Pt(doc.get("size", 10.5))
    d.core_properties.author = plain(doc.get("docx_author", ""))
    d.core_properties.title = doc.get("title", "")
    d.core_properties.last_modified_by = plain(doc.get("docx_author", ""))
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = plain(doc["header"])
    for b in doc["blocks"]:
        kind, val = b[0], (b[1] if len(b) > 1 else None)
        if kind == "h1":
            d.add_heading(plain(val), level=1)
        elif kind == "h2":
            d.add_heading(plain(val), level=2)
        elif kind in ("p", "small", "pre"):
            lines = plain(val).split("\n")
            p = d.add_paragraph()
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if kind == "small":
                    r.font.size = Pt(8.5)
                if kind == "pre":
                    r.font.name = "Liberation Mono"
                    r.font.size = Pt(9)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind in ("table", "ptable"):
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = plain(c)
            d.add_paragraph("")
    d.save(str(path))


def convert_docx(paths: list[Path], outdir: Path):
    if not paths:
        return
    prof = Path(tempfile.gettempdir()) / "lo_profile_bv"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in paths]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def scan_from_pdf(src_pdf: Path, out_pdf: Path, seed: int, angle=0.6, quality=55, dpi=150):
    from PIL import Image, ImageFilter
    import numpy as np  # noqa: F401  (Pillow only if numpy is absent)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        imgs = []
        for i, f in enumerate(sorted(Path(td).glob("p*.png"))):
            im = Image.open(f).convert("L")
            imgs.append(degrade(im, seed + i, angle, quality))
        imgs[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def degrade(im, seed, angle, quality):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    im = im.rotate(angle * (1 if rnd.random() < 0.5 else -1), resample=Image.BICUBIC, expand=False,
                   fillcolor=255)
    try:
        import numpy as np
        a = np.asarray(im).astype("float32")
        rs = np.random.RandomState(seed)
        a = a * 0.93 + 12 + rs.normal(0, 9, a.shape)
        a = a.clip(0, 255).astype("uint8")
        im = Image.fromarray(a)
    except ImportError:
        pass
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def handwritten_page(out_pdf: Path, lines: list[str], seed: int):
    """A lined logbook page written in the femkeklaver hand, photographed/scanned."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1240, 1754  # A4 at 150 dpi
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    fnt = ImageFont.truetype(FONTS_REG["Femke"], 44)
    y0, step = 150, 66
    for k in range(24):
        dr.line([(70, y0 + k * step + 12), (W - 70, y0 + k * step + 12)], fill=200, width=2)
    dr.line([(190, 100), (190, H - 80)], fill=215, width=2)
    rnd = random.Random(seed)
    for i, ln in enumerate(lines):
        x = 90 + rnd.randint(-6, 6)
        dr.text((x, y0 + i * step - 34 + rnd.randint(-3, 3)), plain(ln), font=fnt, fill=rnd.randint(20, 50))
    im = degrade(im, seed, 0.5, 60)
    im.save(str(out_pdf), "PDF", resolution=150)


# ---------------------------------------------------------------- hidden channels (pikepdf)
def post_process(pdf_path: Path, doc: dict):
    import pikepdf
    need = any(doc.get(k) for k in ("info", "xmp_creator", "outline", "annots", "form"))
    if not need:
        return
    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        if doc.get("info"):
            for k, v in doc["info"].items():
                pdf.docinfo[pikepdf.Name("/" + k)] = plain(v)
        if doc.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [plain(x) for x in doc["xmp_creator"]]
        if doc.get("outline"):
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, page in doc["outline"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), page))
        if doc.get("annots"):
            for pg, rect, contents, author in doc["annots"]:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array(rect), Contents=pikepdf.String(plain(contents)),
                    T=pikepdf.String(plain(author)), Name=pikepdf.Name.Comment,
                    C=pikepdf.Array([1, 0.85, 0.2]), F=4))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(str(pdf_path))


def add_form(path: Path, doc: dict):
    """Draw the form page with reportlab's AcroForm (values live only in /V and widget streams)."""
    register_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(plain(doc.get("title", "")))
    W, H = A4
    y = H - 25 * mm
    font = doc.get("font", "Helvetica")
    for kind, *rest in doc["form_layout"]:
        val = rest[0] if len(rest) == 1 else rest
        if kind == "h1":
            c.setFont(bold_of(font), 14)
            c.drawString(22 * mm, y, plain(val))
            y -= 9 * mm
        elif kind == "p":
            c.setFont(font, 9.5)
            for ln in plain(val).split("\n"):
                c.drawString(22 * mm, y, ln)
                y -= 5 * mm
            y -= 2 * mm
        elif kind == "field":
            label, name, value, width = val
            c.setFont(font, 9.5)
            c.drawString(22 * mm, y, plain(label))
            c.acroForm.textfield(name=name, value=plain(value), x=80 * mm, y=y - 2 * mm,
                                 width=width * mm, height=6.5 * mm, fontName="Helvetica", fontSize=9,
                                 borderWidth=0.6, forceBorder=True)
            y -= 9 * mm
        elif kind == "sp":
            y -= val * mm
    c.setFont(font, 7.5)
    c.drawRightString(W - 20 * mm, 10 * mm, "pagina 1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- build one document
def all_strings(doc):
    strs = list(block_strings(doc.get("blocks", [])))
    for k in ("header", "footer"):
        if doc.get(k):
            strs.append(doc[k])
    if doc.get("form_layout"):
        for kind, *val in doc["form_layout"]:
            if kind == "field":
                strs.append(val[0])
            elif kind in ("h1", "p"):
                strs.append(val[0])
    if doc.get("hand"):
        strs.extend(doc["hand"])
    return strs


def hidden_strings(doc):
    """(channel, marked string) of the hidden channels."""
    out = []
    for v in (doc.get("info") or {}).values():
        out.append(("metadata", v))
    if doc.get("docx_author"):
        out.append(("metadata", doc["docx_author"]))
    for v in doc.get("xmp_creator") or []:
        out.append(("metadata", v))
    for t, _ in doc.get("outline") or []:
        out.append(("outline", t))
    for _, _, c, a in doc.get("annots") or []:
        out += [("annotations", c), ("annotations", a)]
    if doc.get("form_layout"):
        for kind, *val in doc["form_layout"]:
            if kind == "field":
                out.append(("annotations", val[2]))
    return out


def source_check(doc) -> list[str]:
    """No redact probe outside its marks; no keep probe overlapping a redact mark."""
    probs = []
    strs = all_strings(doc) + [s for _, s in hidden_strings(doc)]
    full = norm("\n".join(plain(s) for s in strs))
    rem = norm("\n".join(remainder(s) for s in strs))
    seen = set()
    for s in strs:
        r, k = marks(s)
        for kd, t in r:
            if t in seen:
                continue
            seen.add(t)
            c = count_in(rem, {"text": t, "word": True})
            if c:
                probs.append(f"redact {t!r} occurs {c}x outside redact marks")
        for kd, t in k:
            if ("k", t) in seen:
                continue
            seen.add(("k", t))
            a, b = count_in(full, {"text": t, "word": True}), count_in(rem, {"text": t, "word": True})
            if a != b:
                probs.append(f"keep {t!r}: {a} in source, {b} outside redact marks")
    return probs


def build(doc: dict, docx_queue: list):
    stem = doc["id"]
    out = DOCS_DIR / f"{stem}.pdf"
    prod = doc["producer"]
    if prod == "reportlab":
        render_reportlab(out, doc)
    elif prod == "docx":
        p = BUILD / f"{stem}.docx"
        write_docx(p, doc)
        docx_queue.append(p)
        return
    elif prod == "scan":
        tmp = BUILD / f"{stem}-clean.pdf"
        render_reportlab(tmp, doc)
        scan_from_pdf(tmp, out, seed=sum(map(ord, stem)), angle=doc.get("angle", 0.6),
                      quality=doc.get("quality", 55))
    elif prod == "hand":
        handwritten_page(out, doc["hand"], seed=sum(map(ord, stem)))
    elif prod == "form":
        add_form(out, doc)
    post_process(out, doc)


def make_gold(doc: dict) -> dict:
    path = DOCS_DIR / f"{doc['id']}.pdf"
    text, npages = text_pdfium(path)
    scan = doc["producer"] in ("scan", "hand")
    redact, keep = [], []
    seen_r, seen_k = set(), set()
    chans = {}
    for s in all_strings(doc):
        r, k = marks(s)
        for kd, t in r:
            if t in seen_r:
                continue
            seen_r.add(t)
            pr = {"text": t, "word": True, "after": 0, "channel": "ocr" if scan else "text"}
            if scan:
                pr["ocr"] = True
            redact.append({"kind": RKIND[kd], "value": t, "probes": [pr]})
        if scan:
            continue
        for kd, t in k:
            if t in seen_k:
                continue
            seen_k.add(t)
            c = count_in(text, {"text": t, "word": True})
            if c == 0:
                print(f"  WARN {doc['id']}: keep {t!r} not in PDFium text; dropped")
                continue
            keep.append({"kind": KKIND[kd], "value": t, "probes": [{"text": t, "word": True, "after": c}]})
    for ch, s in hidden_strings(doc):
        r, _ = marks(s)
        for kd, t in r:
            if t in seen_r:
                continue
            seen_r.add(t)
            redact.append({"kind": RKIND[kd], "value": t,
                           "probes": [{"text": t, "word": True, "after": 0, "channel": ch}]})
    if scan:
        # keep only what OCR of the original reads: a probe OCR cannot find cannot be scored
        ch = extract_channels(path)
        kept = []
        for it in redact:
            pr = it["probes"][0]
            if pr["channel"] != "ocr" or channel_counts(ch["channels"], pr).get("ocr"):
                kept.append(it)
            else:
                print(f"  NOTE {doc['id']}: OCR does not read {pr['text']!r}; not in gold")
        redact = kept
    return {"doc": path.name, "pages": npages, "producer": doc["producer"], "redact": redact, "keep": keep}


def main(argv):
    from content import DOCS
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    todo = [d for d in DOCS if not argv or d["id"] in argv]
    bad = False
    for d in todo:
        for p in source_check(d):
            print(f"SOURCE {d['id']}: {p}")
            bad = True
    if bad and "--force" not in argv:
        sys.exit(1)
    q = []
    for d in todo:
        build(d, q)
    convert_docx(q, DOCS_DIR)
    for d in todo:
        if d["producer"] == "docx":
            post_process(DOCS_DIR / f"{d['id']}.pdf", d)
    for d in todo:
        g = make_gold(d)
        (GOLD_DIR / f"{d['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nk = sum(len(k["probes"]) for k in g["keep"])
        print(f"{d['id']}: pages={g['pages']} redact={len(g['redact'])} keep={nk}")
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main([a for a in sys.argv[1:]])
