"""Rendering and gold helpers for set SH (eval/blind/mixed234).

Document source lines carry inline marks:  [[text]] or [[text|KIND]] = redact probe (after 0),
{{text}} or {{text|KIND}} = keep probe (after counted on the original's PDFium text).
Line forms: '# ' heading, '| a | b |' table row, '\\f' page break, '' blank line.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s234_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]|\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def guess_kind(t: str) -> str:
    if "@" in t:
        return "EMAIL"
    if re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{4}[\d ]+", t):
        return "IBAN"
    if re.search(r"\d{2}-\d{2}-\d{4}", t):
        return "DATE_OF_BIRTH"
    if sum(c.isdigit() for c in t) >= 6:
        return "PHONE"
    return "PERSON"


def parse(lines):
    """Strip marks; return clean lines, redact list [(text, kind)], keep list [(text, kind)]."""
    red, keep, out = [], [], []
    for ln in lines:
        def rep(m):
            if m.group(1) is not None:
                red.append((m.group(1), m.group(2) or guess_kind(m.group(1))))
                return m.group(1)
            keep.append((m.group(3), m.group(4) or "ORG"))
            return m.group(3)
        out.append(MARK.sub(rep, ln))
    return out, red, keep


@dataclass
class Doc:
    stem: str
    lines: list
    engine: str = "rl"            # rl (reportlab) | docx (soffice) | scan (image only)
    font: str = "dejavu"          # dejavu | helvetica | times
    producer: str = ""
    creator: str = ""
    author: str = ""              # Info /Author (hidden probe if given in hidden)
    xmp_creator: str = ""
    title: str = ""
    outline: list = field(default_factory=list)       # bookmark titles
    annots: list = field(default_factory=list)        # (author, contents)
    form: list = field(default_factory=list)          # (label, field name, value)
    hidden: list = field(default_factory=list)        # (channel, kind, value, [probe texts])
    scan_rot: float = 0.6
    fontsize: float = 10

    # ---------------------------------------------------------------- build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        clean, _, _ = parse(self.lines)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine == "rl":
            build_rl(self, clean, out)
        elif self.engine == "docx":
            build_docx(self, clean, out)
        elif self.engine == "scan":
            build_scan(self, clean, out)
        post(self, out)
        return out


# ---------------------------------------------------------------- reportlab
_REG = {}


def fonts(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "helvetica":
        return "Helvetica", "Helvetica-Bold"
    if kind == "times":
        return "Times-Roman", "Times-Bold"
    if not _REG:
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
        _REG[1] = True
    if kind == "serif":
        return "DejaVuSerif", "DejaVuSerif-Bold"
    return "DejaVuSans", "DejaVuSans-Bold"


def wrap(text, fn, fs, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, fn, fs) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def build_rl(d: Doc, clean, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = A4
    reg, bold = fonts(d.font)
    c = canvas.Canvas(str(out), pagesize=A4, pageCompression=1)
    fs = d.fontsize
    lm, rm, top, bot = 62, 62, H - 60, 60
    y = top
    for ln in clean:
        if ln == "\f":
            c.showPage()
            y = top
            continue
        if y < bot + 20:
            c.showPage()
            y = top
        if ln.startswith("# "):
            c.setFont(bold, fs + 2)
            y -= 4
            c.drawString(lm, y, ln[2:])
            y -= fs + 8
        elif ln.startswith("|"):
            cells = [x.strip() for x in ln.strip().strip("|").split("|")]
            cw = (W - lm - rm) / len(cells)
            c.setFont(reg, fs - 1.5)
            for i, cell in enumerate(cells):
                c.drawString(lm + i * cw + 2, y, cell)
            c.setLineWidth(0.3)
            c.line(lm, y - 3, W - rm, y - 3)
            y -= fs + 3
        elif ln == "":
            y -= fs * 0.6
        else:
            c.setFont(reg, fs)
            for part in wrap(ln, reg, fs, W - lm - rm):
                c.drawString(lm, y, part)
                y -= fs + 3.2
    if d.form:
        form = c.acroForm
        for label, name, value in d.form:
            if y < bot + 30:
                c.showPage()
                y = top
            c.setFont(reg, fs)
            c.drawString(lm, y, label)
            form.textfield(name=name, value=value, x=lm + 190, y=y - 5, width=270, height=16,
                           fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 24
    c.showPage()
    c.save()


# ---------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc, clean, out):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Serif" if d.font == "serif" else "DejaVu Sans"
    st.font.size = Pt(d.fontsize)
    table = None
    for ln in clean:
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip().strip("|").split("|")]
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, cell in enumerate(cells):
                row[i].text = cell
            continue
        table = None
        if ln == "\f":
            doc.add_page_break()
        elif ln.startswith("# "):
            p = doc.add_paragraph()
            r = p.add_run(ln[2:])
            r.bold = True
            r.font.size = Pt(d.fontsize + 2)
        else:
            doc.add_paragraph(ln)
    cp = doc.core_properties
    cp.author = d.author or ""
    cp.title = d.title or ""
    src = TMP / f"{d.stem}.docx"
    doc.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s234_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=240)
    (TMP / f"{d.stem}.pdf").replace(out)


# ---------------------------------------------------------------- scan
def build_scan(d: Doc, clean, out):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    dpi = 200
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    pages = [[]]
    for ln in clean:
        if ln == "\f":
            pages.append([])
        else:
            pages[-1].append(ln)
    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 38)
    fh = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 40)
    rnd = random.Random(d.stem)
    c = canvas.Canvas(str(out), pagesize=A4)
    for pl in pages:
        im = Image.new("L", (Wp, Hp), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in pl:
            if ln.startswith("# "):
                dr.text((140, y), ln[2:], font=fb, fill=20)
                y += 62
            elif ln.startswith("~ "):  # handwriting-like line
                dr.text((160 + rnd.randint(0, 30), y), ln[2:], font=fh, fill=45)
                y += 66
            elif ln.startswith("|"):
                cells = [x.strip() for x in ln.strip().strip("|").split("|")]
                cw = (Wp - 280) // len(cells)
                for i, cell in enumerate(cells):
                    dr.text((140 + i * cw, y), cell, font=f, fill=25)
                dr.line((140, y + 46, Wp - 140, y + 46), fill=90, width=2)
                y += 60
            elif ln == "":
                y += 30
            else:
                for part in _wrap_px(ln, f, dr, Wp - 280):
                    dr.text((140, y), part, font=f, fill=25)
                    y += 50
        im = im.rotate(d.scan_rot, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def _wrap_px(text, font, dr, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if dr.textlength(t, font=font) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


# ---------------------------------------------------------------- post-processing (pikepdf)
def post(d: Doc, out: Path):
    import pikepdf
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if d.xmp_creator:
                meta["dc:creator"] = [d.xmp_creator]
            if d.title:
                meta["dc:title"] = d.title
        info = pdf.docinfo
        for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords"):
            if k in info:
                del info[k]
        if d.author:
            info["/Author"] = d.author
        if d.title:
            info["/Title"] = d.title
        info["/Producer"] = d.producer or "ReportLab PDF Library - www.reportlab.com"
        if d.creator:
            info["/Creator"] = d.creator
        if d.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(d.outline):
                    pg = min(i * len(pdf.pages) // max(1, len(d.outline)), len(pdf.pages) - 1)
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for i, (who, txt) in enumerate(d.annots):
            page = pdf.pages[0]
            ann = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                     Rect=[480, 700 - 60 * i, 500, 720 - 60 * i],
                                     T=pikepdf.String(who), Contents=pikepdf.String(txt),
                                     Name=pikepdf.Name.Comment, F=4)
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj.Annots.append(pdf.make_indirect(ann))
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    _, red, keep = parse(d.lines)
    ocr = d.engine == "scan"
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    rspans = []
    for t, kind in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        item = {"kind": kind, "value": t, "probes": [pr]}
        if ocr:
            pr["ocr"] = True
            item["channel"] = "ocr"
        else:
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: redact {t!r} not in text")
            rspans += [m.span() for m in probe_regex(t, True).finditer(text)]
        if kind == "PERSON" and not ocr and " " in t:
            sur = t.split(" ", 1)[1] if "." not in t.split(" ")[0] or t.split(" ")[0].endswith(".") else ""
            sur = re.sub(r"^(?:[A-Z]\.)+ ?", "", t.split(", ")[0]) if "," in t else re.sub(r"^(?:[A-ZÖ]\.)+ ?", "", t.split(" ", 1)[1] if not re.match(r"^(?:[A-ZÖ]\.)+", t) else re.sub(r"^(?:[A-ZÖ]\.)+ ?", "", t))
            sp = {"text": sur, "word": True, "after": 0}
            if sur and sur != t and sur not in seen and len(sur) > 3 and count_in(text, sp):
                seen.add(sur)
                item["probes"].append(sp)
                rspans += [m.span() for m in probe_regex(sur, True).finditer(text)]
        gold["redact"].append(item)
    for ch, kind, value, probes in d.hidden:
        item = {"kind": kind, "value": value, "channel": ch,
                "probes": [{"text": p, "word": True, "after": 0} for p in probes]}
        for p in item["probes"]:
            if count_in(text, p):
                problems.append(f"{d.stem}: hidden {p['text']!r} also in page text")
        gold["redact"].append(item)
    kseen = set()
    for t, kind in keep:
        if t in kseen or ocr:
            continue
        kseen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        for m in probe_regex(t, True).finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in rspans):
                problems.append(f"{d.stem}: keep {t!r} overlaps a redact span")
                break
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": t, "probes": [pr]})
    if ocr or any(h[0] != "pdfium" for h in d.hidden):
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
        for it in gold["redact"]:
            if "channel" in it:
                for p in it["probes"]:
                    if not channel_counts(chans, p).get(it["channel"], 0):
                        problems.append(f"{d.stem}: {p['text']!r} not found in {it['channel']}")
    return gold, problems
