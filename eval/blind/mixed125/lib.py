"""Builders and gold derivation for set TS (eval/blind/mixed125).

Content is written with inline marks: [[value]] or [[value|KIND]] = personal data to redact (probe = value),
{{value}} or {{value|KIND}} = public text to keep. Marks are stripped before rendering. Keep 'after' is
counted on the original's PDFium text with the evaluator's own functions.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def infer_kind(v: str, red: bool) -> str:
    if red:
        if "@" in v:
            return "EMAIL"
        if re.match(r"NL\d\d", v):
            return "IBAN"
        if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}", v):
            return "BSN"
        if re.fullmatch(r"[\d\s\-+()]{8,}", v):
            return "PHONE"
        if re.fullmatch(r"\d{1,2}[-/ ]\w+[-/ ]\d{4}", v):
            return "DATE_OF_BIRTH"
        return "PERSON"
    if re.search(r"\d", v):
        return "REF"
    return "PUBLIC"


def collect(lines, red_items, keep_items, hidden=None):
    for ln in lines:
        for m in MARK.finditer(ln):
            raw = m.group(1) or m.group(2)
            v, _, k = raw.partition("|")
            red = m.group(1) is not None
            d = red_items if red else keep_items
            if v not in d:
                d[v] = (k or infer_kind(v, red), hidden)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_FONTS_DONE = set()


def reg_fonts():
    from reportlab import rl_config
    rl_config.invariant = 1
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("DejaVuSansMono", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
    _FONTS_DONE.add(1)


FONTSETS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
            "sans": ("DejaVuSans", "DejaVuSans-Bold"), "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
            "mono": ("DejaVuSansMono", "DejaVuSansMono"), "cour": ("Courier", "Courier-Bold")}


def render_reportlab(path, lines, font="helv", size=9.5, title=""):
    """Line syntax: '# x' heading, '| a | b |' table row (consecutive rows = one table), '' spacer,
    '---' page break, else paragraph."""
    reg_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fn, fb = FONTSETS[font]
    st = ParagraphStyle("b", fontName=fn, fontSize=size, leading=size * 1.3, spaceAfter=2)
    sh = ParagraphStyle("h", fontName=fb, fontSize=size + 2.5, leading=(size + 2.5) * 1.3, spaceAfter=4,
                        spaceBefore=4)
    sc = ParagraphStyle("c", fontName=fn, fontSize=size - 1, leading=(size - 1) * 1.25)
    story, rows = [], []

    def flush():
        if rows:
            t = Table([[Paragraph(_esc(c), sc) for c in r] for r in rows], repeatRows=0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows.clear()

    for ln in lines:
        s = strip(ln)
        if s.startswith("|"):
            rows.append([c.strip() for c in s.strip().strip("|").split("|")])
            continue
        flush()
        if s == "---":
            story.append(PageBreak())
        elif s == "":
            story.append(Spacer(1, 5))
        elif s.startswith("# "):
            story.append(Paragraph(_esc(s[2:]), sh))
        else:
            story.append(Paragraph(_esc(s), st))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=title, author="",
                            creator="", producer="")
    doc.build(story)


def render_docx(path, lines, author=None):
    import docx
    d = docx.Document()
    d.core_properties.author = author or "Belastingdienst"
    d.core_properties.last_modified_by = ""
    d.core_properties.title = ""
    rows = []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for ln in lines:
        s = strip(ln)
        if s.startswith("|"):
            rows.append([c.strip() for c in s.strip().strip("|").split("|")])
            continue
        flush()
        if s == "---":
            d.add_page_break()
        elif s.startswith("# "):
            d.add_heading(s[2:], level=2)
        elif s:
            d.add_paragraph(s)
    flush()
    with tempfile.TemporaryDirectory() as td:
        dp = Path(td) / (path.stem + ".docx")
        d.save(dp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(dp)],
                       capture_output=True, timeout=180)
        Path(path).write_bytes((Path(td) / (path.stem + ".pdf")).read_bytes())


def render_scan(path, lines, angle=0.7, seed=1):
    """Image-only page: text drawn with PIL at 200 dpi, slightly rotated, JPEG, placed full page."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 34)
    fb = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 40)
    fi = ImageFont.truetype(DEJAVU + "DejaVuSans-Oblique.ttf", 38)
    y = 150
    for ln in lines:
        s = strip(ln)
        font = f
        if s.startswith("# "):
            s, font = s[2:], fb
        elif s.startswith("~ "):
            s, font = s[2:], fi
        if s:
            dr.text((150, y), s, fill=25, font=font)
        y += 58 if s else 30
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=245, expand=False)
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=80)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def postprocess(path, producer, creator, author="", xmp_creator=None, outline=None, notes=None, form=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Creator", "/Producer", "/Subject", "/Keywords"):
                del info[k]
        if author:
            info["/Author"] = author
        info["/Producer"] = producer
        info["/Creator"] = creator
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [xmp_creator]
                m["xmp:CreatorTool"] = creator
        if outline:
            with pdf.open_outline() as ol:
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if notes:
            for pg, x, y, who, text in notes:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                    T=pikepdf.String(who), Contents=pikepdf.String(text), Open=False,
                    C=[1, 0.9, 0.2]))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(str(path), deterministic_id=True)


def add_form(path, fields):
    """fields: list of (name, label, value, x, y, w). Draws a page with labels and fillable text fields."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    return c


class Doc:
    def __init__(self, stem, lines, kind="rl", font="helv", size=9.5, producer="", creator="", author="",
                 xmp_creator=None, outline=None, notes=None, hidden=None, title="", form=None, angle=0.7):
        self.stem, self.lines, self.kind, self.font, self.size = stem, lines, kind, font, size
        self.producer, self.creator, self.author = producer, creator, author
        self.xmp_creator, self.outline, self.notes, self.title = xmp_creator, outline, notes, title
        self.hidden = hidden or []  # list of (value, kind, channel, [probes])
        self.form, self.angle = form, angle

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        p = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            render_reportlab(p, self.lines, self.font, self.size, self.title)
        elif self.kind == "docx":
            render_docx(p, self.lines, self.author or None)
        elif self.kind == "scan":
            render_scan(p, self.lines, self.angle)
        elif self.kind == "form":
            build_form(p, self.lines, self.form)
        if self.kind != "docx" or self.producer:
            postprocess(p, self.producer, self.creator, self.author, self.xmp_creator, self.outline,
                        self.notes)
        return p


def build_form(path, lines, fields):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for ln in lines:
        s = strip(ln)
        if s.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            s = s[2:]
        else:
            c.setFont("Helvetica", 9.5)
        c.drawString(60, y, s)
        y -= 16
    y -= 10
    for name, label, value in fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=18, value=value,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    c.showPage()
    c.save()


def spans(text, probe):
    return [m.span() for m in probe_regex(probe, True).finditer(text)]


def make_gold(d: Doc, path: Path):
    problems = []
    red, keep = {}, {}
    if d.kind == "form":
        collect(d.lines, red, keep)
    else:
        collect(d.lines, red, keep)
    text, pages = text_pdfium(path)
    ocr = d.kind == "scan"
    chans = None
    if ocr or d.hidden or d.form:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    rspans = []
    for v, (k, _) in red.items():
        pr = {"text": v, "word": True, "after": 0}
        item = {"kind": k, "value": v, "probes": [pr]}
        if ocr:
            pr["ocr"] = True
            item["channel"] = "ocr"
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                problems.append(f"{d.stem}: OCR probe {v!r} not found")
                continue
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {v!r} not in text")
                continue
            rspans += spans(text, v)
        gold["redact"].append(item)
    for v, k, ch, probes in d.hidden:
        item = {"kind": k, "value": v, "channel": ch, "probes": []}
        for t in probes:
            pr = {"text": t, "word": True, "after": 0}
            if channel_counts(chans, pr).get(ch, 0) == 0:
                problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
                continue
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {t!r} also in page text")
                continue
            item["probes"].append(pr)
        if item["probes"]:
            gold["redact"].append(item)
    if ocr:
        return gold, problems
    for v, (k, _) in keep.items():
        n = count_in(text, {"text": v, "word": True})
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        ks = spans(text, v)
        bad = [s for s in ks if any(s[0] < e and b < s[1] for b, e in rspans)]
        if bad:
            problems.append(f"{d.stem}: keep {v!r} overlaps redacted text")
            continue
        gold["keep"].append({"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": n}]})
    return gold, problems
