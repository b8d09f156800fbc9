"""Rebuild set DB (eval/blind/mixed96): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py db03 db17  # only these

The documents are written in content.py in a small mark-up: ⟦K|text⟧ is personal data to redact
(kind letter K), ⟨K|text⟩ is something that must stay readable. The mark-up is stripped before
rendering; every marked string becomes a probe (word-anchored). Keep probes' 'after' is counted on
the original's PDFium text with the evaluator's own functions; redact probes have after=0.
Scanned pages (image-only) carry redact probes with "ocr": true; a probe tesseract cannot read in
the original is left out of the gold and listed in ocr_unreadable.json.
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
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype"

RKINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "N": "ID_NUMBER", "B": "BSN",
          "I": "IBAN", "D": "DATE_OF_BIRTH", "S": "SPECIAL_CATEGORY", "H": "HANDLE", "K": "LICENCE_PLATE"}
KKINDS = {"O": "ORG", "L": "PLACE", "R": "OFFICE_HOLDER", "W": "LAW", "C": "CASE_NUMBER",
          "F": "FUNCTIONAL_CONTACT", "J": "JOB_TITLE", "X": "TERM", "M": "PUBLIC_ADDRESS",
          "Y": "DATE", "S": "STREET"}

RX_R = re.compile(r"⟦(\w)\|(.*?)⟧")
RX_K = re.compile(r"⟨(\w)\|(.*?)⟩")


def strip(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


def marks(s: str):
    return [(m.group(1), m.group(2)) for m in RX_R.finditer(s)], [(m.group(1), m.group(2)) for m in RX_K.finditer(s)]


def all_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "table":
            for row in b[1]:
                out.extend(row)
        elif b[0] in ("spacer", "pagebreak"):
            continue
        else:
            out.append(b[1])
    return "\n".join(out)


# ---------------------------------------------------------------- fonts for reportlab
def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
        "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
        "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
        "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
        "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
    }
    for name, (reg, bold) in fams.items():
        pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{reg}"))
        pdfmetrics.registerFont(TTFont(name + "-Bold", f"{FONTS}/{bold}"))
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, name + "-Bold")
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, name + "-Bold")


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def bold_of(f):
    return BOLD.get(f, f + "-Bold")


def inline(s: str) -> str:
    """Escape for a reportlab Paragraph; **x** becomes bold."""
    s = escape(strip(s)).replace("&lt;br/&gt;", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


# ---------------------------------------------------------------- producer 1: reportlab
def build_reportlab(spec, path: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer,
                                    PageBreak, Preformatted)
    font = spec.get("font", "Helvetica")
    size = spec.get("size", 10)
    ps = landscape(A4) if spec.get("landscape") else A4
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    small = ParagraphStyle("s", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold_of(font), fontSize=size + 4, leading=(size + 4) * 1.3,
                        spaceAfter=size)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold_of(font), fontSize=size + 1, spaceBefore=size * 0.5)
    mono = ParagraphStyle("m", fontName=spec.get("mono", "Courier"), fontSize=size - 1, leading=(size - 1) * 1.25)
    story = []
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            story.append(Paragraph(inline(b[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(inline(b[1]), h2))
        elif kind == "p":
            story.append(Paragraph(inline(b[1]), body))
        elif kind == "small":
            story.append(Paragraph(inline(b[1]), small))
        elif kind == "mono":
            story.append(Paragraph(escape(strip(b[1])).replace("\n", "<br/>"), mono))
        elif kind == "spacer":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            rows = [[Paragraph(inline(c), small) for c in row] for row in b[1]]
            t = Table(rows, colWidths=[w * mm for w in opts["cw"]] if "cw" in opts else None, repeatRows=1)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("head", True):
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.93)))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
    fields = spec.get("fields")

    def on_page(canvas, doc):
        canvas.saveState()
        if spec.get("footer"):
            canvas.setFont(font, 7.5)
            canvas.drawString(20 * mm, 10 * mm, strip(spec["footer"]))
        canvas.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{doc.page}")
        canvas.restoreState()

    def on_first(canvas, doc):
        on_page(canvas, doc)
        if fields:
            canvas.saveState()
            y = 60 * mm
            for name, label, value in fields:
                canvas.setFont("Helvetica", 8)
                canvas.drawString(20 * mm, y + 2 * mm, label)
                canvas.acroForm.textfield(name=name, value=value, x=70 * mm, y=y, width=110 * mm, height=7 * mm,
                                          fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 10 * mm
            canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=spec.get("top", 18) * mm, bottomMargin=18 * mm,
                            title=spec.get("title", ""), author=spec.get("author", ""),
                            creator=spec.get("creator", "Rechtspraak documentservice"))
    doc.build(story, onFirstPage=on_first, onLaterPages=on_page)


# ---------------------------------------------------------------- producer 2: python-docx -> LibreOffice
def build_docx(spec, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = spec.get("font", "Carlito")
    st.font.size = Pt(spec.get("size", 10.5))
    d.core_properties.author = spec.get("author", "Rechtspraak")
    d.core_properties.title = spec.get("title", "")
    d.core_properties.last_modified_by = "Rechtspraak"
    sec = d.sections[0]
    if spec.get("footer"):
        sec.footer.paragraphs[0].text = strip(spec["footer"])

    def add_runs(par, s):
        parts = re.split(r"(\*\*.+?\*\*|<br/>)", strip(s))
        for p in parts:
            if p == "<br/>":
                par.add_run().add_break()
            elif p.startswith("**") and p.endswith("**"):
                par.add_run(p[2:-2]).bold = True
            elif p:
                par.add_run(p)

    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_heading(strip(b[1]), level=1)
        elif kind == "h2":
            d.add_heading(strip(b[1]), level=2)
        elif kind in ("p", "small"):
            add_runs(d.add_paragraph(), b[1])
        elif kind == "mono":
            for line in strip(b[1]).split("\n"):
                par = d.add_paragraph()
                r = par.add_run(line)
                r.font.name = "Liberation Mono"
                r.font.size = Pt(9)
                par.paragraph_format.space_after = Pt(0)
        elif kind == "spacer":
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], c)
                    for r in cell.paragraphs[0].runs:
                        r.font.size = Pt(9)
                        if i == 0 and (b[2] if len(b) > 2 else {}).get("head", True):
                            r.bold = True
            d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        (Path(td) / (path.stem + ".pdf")).replace(path)


# ---------------------------------------------------------------- producer 3: image-only scan
def build_scan(spec, path: Path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1654, 2339  # A4 at 200 dpi
    rnd = random.Random(spec["id"])
    fontfile = spec.get("scanfont", "liberation2/LiberationSerif-Regular.ttf")
    px = spec.get("px", 30)
    f = ImageFont.truetype(f"{FONTS}/{fontfile}", px)
    fb = ImageFont.truetype(f"{FONTS}/{spec.get('scanbold', fontfile)}", int(px * 1.25))
    pages = []
    img = Image.new("L", (W, H), 248)
    dr = ImageDraw.Draw(img)
    x0, y = 150, 170
    maxw = W - 300

    def newpage():
        nonlocal img, dr, y
        pages.append(img)
        img = Image.new("L", (W, H), 248)
        dr = ImageDraw.Draw(img)
        y = 170

    def line(s, font):
        nonlocal y
        words = s.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=font) > maxw and cur:
                dr.text((x0 + rnd.randint(-2, 2), y), cur, fill=25, font=font)
                y += int(font.size * 1.45)
                cur = w
            else:
                cur = t
        dr.text((x0 + rnd.randint(-2, 2), y), cur, fill=25, font=font)
        y += int(font.size * 1.45)

    for b in spec["blocks"]:
        kind = b[0]
        if kind == "pagebreak":
            newpage()
            continue
        if kind == "spacer":
            y += b[1] * 8
            continue
        if kind == "table":
            for row in b[1]:
                line("   ".join(strip(c).replace("**", "") for c in row), f)
            y += px // 2
            continue
        if kind == "sig":  # a handwritten signature: pixels only
            sf = ImageFont.truetype(f"{FONTS}/femkeklaver/femkeklaver.ttf", int(px * 1.6))
            dr.text((x0 + 20, y), strip(b[1]), fill=40, font=sf)
            y += int(px * 2.4)
            continue
        hf = ImageFont.truetype(f"{FONTS}/humor-sans/Humor-Sans.ttf", int(px * 1.3))
        for s in strip(b[1]).replace("<br/>", "\n").replace("**", "").split("\n"):
            line(s, fb if kind in ("h1", "h2") else hf if kind == "hand" else f)
        y += px // 3
        if y > H - 200:
            newpage()
    pages.append(img)
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    c.setCreator(spec.get("creator", "Canon iR-ADV C5840 scan"))
    for im in pages:
        im = im.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=245)
        noise = Image.effect_noise((W, H), 14)
        im = Image.blend(im, noise, 0.06).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        im.convert("L").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels (pikepdf)
def add_hidden(spec, path: Path):
    hid = spec.get("hidden")
    if not hid:
        return
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "author" in hid:
            pdf.docinfo["/Author"] = hid["author"]
        if "title" in hid:
            pdf.docinfo["/Title"] = hid["title"]
        if "xmp" in hid:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = hid["xmp"]
        if "outline" in hid:
            with pdf.open_outline() as ol:
                for t in hid["outline"]:
                    ol.root.append(pikepdf.OutlineItem(t, 0))
        if "annot" in hid:
            who, text = hid["annot"]
            page = pdf.pages[0]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([460, 700, 480, 720]), T=pikepdf.String(who),
                Contents=pikepdf.String(text), Open=False, Name=pikepdf.Name.Comment))
            if "/Annots" in page.obj:
                page.obj.Annots.append(annot)
            else:
                page.obj.Annots = pikepdf.Array([annot])
        pdf.save(path)


# ---------------------------------------------------------------- gold
def probe(text, word=True, **kw):
    p = {"text": text, "word": word}
    p.update(kw)
    return p


def make_gold(spec, path: Path, ocr_missing: dict):
    txt_all = all_text(spec["blocks"])
    red, keep = marks(txt_all)
    left = re.findall(r"[⟦⟧⟨⟩]", strip(txt_all))
    if left:
        raise SystemExit(f"{path.name}: unbalanced mark-up {left}")
    scan = spec["producer"] == "scan"
    pdfium_text, npages = text_pdfium(path)
    items = {}
    for k, v in red:
        key = (RKINDS[k], v)
        if key not in items:
            items[key] = {"kind": RKINDS[k], "value": v,
                          "probes": [probe(v, ocr=True, after=0) if scan else probe(v, after=0)]}
    for kind, v, chan in spec.get("hidden_probes", []):
        key = (kind, v)
        items.setdefault(key, {"kind": kind, "value": v, "probes": [probe(v, after=0)], "channel": chan})
        items[key]["channel"] = chan
    redact = list(items.values())
    if scan:
        ch = extract_channels(path, ocr="auto")
        kept, miss = [], []
        for it in redact:
            c = channel_counts(ch["channels"], it["probes"][0])
            (kept if c.get("ocr") else miss).append(it)
        redact = kept
        if miss:
            ocr_missing[path.name] = [m["value"] for m in miss]
    kitems = {}
    for k, v in keep:
        if scan:
            break
        key = (KKINDS[k], v)
        if key in kitems:
            continue
        pr = probe(v)
        n = count_in(pdfium_text, pr)
        if n == 0:
            raise SystemExit(f"{path.name}: keep probe {v!r} not in PDFium text")
        pr["after"] = n
        kitems[key] = {"kind": KKINDS[k], "value": v, "probes": [pr]}
    gold = {"doc": path.name, "pages": npages, "producer": spec["producer"], "redact": redact,
            "keep": list(kitems.values())}
    return gold


def main(argv):
    from content import DOCS
    register_fonts()
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    only = set(argv)
    miss_file = HERE / "ocr_unreadable.json"
    ocr_missing = json.loads(miss_file.read_text()) if (only and miss_file.exists()) else {}
    for spec in DOCS:
        if only and spec["id"] not in only:
            continue
        path = DOCS_DIR / f"{spec['id']}.pdf"
        ocr_missing.pop(path.name, None)
        {"reportlab": build_reportlab, "docx": build_docx, "scan": build_scan}[spec["producer"]](spec, path)
        add_hidden(spec, path)
        gold = make_gold(spec, path, ocr_missing)
        (GOLD_DIR / f"{spec['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        print(spec["id"], gold["pages"], "pages", len(gold["redact"]), "redact",
              sum(len(k["probes"]) for k in gold["keep"]), "keep")
    miss_file.write_text(json.dumps(ocr_missing, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
