"""Builders and gold derivation for set MU (eval/blind/mixed191). All persons are invented."""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s191_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.lib import colors  # noqa: E402

pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))

FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dejavu": ("DejaVu", "DejaVu-Bold"), "serif": ("DejaVuSerif", "DejaVuSerif-Bold")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """lines: '# ' heading, '## ' subheading, '|' table row (cells split on ' | '), '' spacer, else paragraph."""

    def __init__(self, stem, lines, font="helv", size=10, engine="rl", producer=None, creator=None,
                 author=None, xmp_creator=None, title=None, outline=None, notes=None, form=None,
                 scan=None, extra_redact=(), hidden=(), extra_keep=(), no_keep=()):
        self.stem, self.lines, self.font, self.size, self.engine = stem, lines, font, size, engine
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.title, self.outline, self.notes, self.form, self.scan = title, outline, notes, form, scan
        self.extra_redact, self.hidden, self.extra_keep = list(extra_redact), list(hidden), list(extra_keep)
        self.no_keep = set(no_keep)

    # ------------------------------------------------------------------ building
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            build_scan(self, out)
        elif self.engine == "docx":
            build_docx(self, out)
        elif self.form:
            build_form(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out


def _font(doc):
    f = doc.font
    try:
        "\n".join(doc.lines).encode("cp1252")
    except UnicodeEncodeError:
        if f in ("helv", "times"):
            f = "dejavu"
    return FONTS[f]


def build_rl(doc, out):
    reg, bold = _font(doc)
    sz = doc.size
    st = ParagraphStyle("b", fontName=reg, fontSize=sz, leading=sz * 1.3, spaceAfter=2)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=sz + 4, leading=(sz + 4) * 1.3, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=sz + 1, leading=(sz + 1) * 1.3, spaceBefore=4)
    cell = ParagraphStyle("c", fontName=reg, fontSize=sz - 1, leading=(sz - 1) * 1.25)
    story, rows = [], []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            data = [[Paragraph(esc(c), cell) for c in r] + [""] * (n - len(r)) for r in rows]
            t = Table(data, colWidths=[170 * mm / n] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows.clear()

    for ln in doc.lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip("|").split(" | ")])
            continue
        flush()
        if ln.startswith("# "):
            story.append(Paragraph(esc(ln[2:]), h1))
        elif ln.startswith("## "):
            story.append(Paragraph(esc(ln[3:]), h2))
        elif not ln.strip():
            story.append(Spacer(1, sz * 0.6))
        else:
            story.append(Paragraph(esc(ln), st))
    flush()
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title or "",
                          author=doc.author or "", invariant=1)
    d.build(story)


def build_docx(doc, out):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = doc.author or "Rijksoverheid"
    d.core_properties.title = doc.title or ""
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Sans"
    stl.font.size = Pt(doc.size)
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

    for ln in doc.lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip("|").split(" | ")])
            continue
        flush()
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        else:
            d.add_paragraph(ln)
    flush()
    src = TMP / f"{doc.stem}.docx"
    d.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s191_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    shutil.copy(TMP / f"{doc.stem}.pdf", out)


def build_form(doc, out):
    from reportlab.pdfgen import canvas

    reg, bold = _font(doc)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = 800
    for ln in doc.lines:
        if ln.startswith("# "):
            c.setFont(bold, 14)
            c.drawString(56, y, ln[2:])
            y -= 26
        else:
            c.setFont(reg, 10)
            c.drawString(56, y, ln)
            y -= 16
    y -= 10
    form = c.acroForm
    for i, (label, name, value) in enumerate(doc.form):
        c.setFont(reg, 10)
        c.drawString(56, y, label)
        form.textfield(name=name, value=value, x=230, y=y - 5, width=300, height=18, fontName="Helvetica",
                       fontSize=9, borderWidth=0.5, forceBorder=True)
        y -= 28
    c.showPage()
    c.save()


def build_scan(doc, out):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas

    rnd = random.Random(doc.stem)
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 34)
    f_bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 42)
    f_hand = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 44)
    y = 150
    for ln in doc.lines:
        if ln.startswith("# "):
            dr.text((140, y), ln[2:], font=f_bold, fill=20)
            y += 80
        elif ln.startswith("~ "):  # handwriting
            dr.text((180 + rnd.randint(-10, 30), y), ln[2:], font=f_hand, fill=40)
            y += 78
        elif not ln.strip():
            y += 30
        else:
            dr.text((140, y), ln, font=f_reg, fill=15)
            y += 54
    img = img.rotate(doc.scan.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jp = TMP / f"{doc.stem}.jpg"
    img.save(jp, "JPEG", quality=72)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def post(doc, out):
    import pikepdf

    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        if doc.xmp_creator or doc.producer:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if doc.xmp_creator:
                    m["dc:creator"] = [doc.xmp_creator]
                if doc.producer:
                    m["pdf:Producer"] = doc.producer
        if doc.producer:
            pdf.docinfo["/Producer"] = doc.producer
        if doc.creator:
            pdf.docinfo["/Creator"] = doc.creator
        if doc.author is not None:
            pdf.docinfo["/Author"] = doc.author
        if doc.title:
            pdf.docinfo["/Title"] = doc.title
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, page in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, min(page, len(pdf.pages) - 1)))
        if doc.notes:
            for pg, x, y, author, text in doc.notes:
                page = pdf.pages[pg]
                ann = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(author),
                    Contents=pikepdf.String(text), Name=pikepdf.Name.Comment, F=4))
                if "/Annots" in page.obj:
                    page.obj.Annots.append(ann)
                else:
                    page.obj.Annots = pikepdf.Array([ann])
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------- gold
def P(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": list(probes) or [value]}


def make_gold(doc, path, registry, keeps):
    problems = []
    text, pages = text_pdfium(path)
    redact = []
    for it in list(registry) + doc.extra_redact:
        prs = [{"text": p, "word": True, "after": 0} for p in it["probes"]
               if count_in(text, {"text": p, "word": True})]
        if prs:
            redact.append({"kind": it["kind"], "value": it["value"], "probes": prs})
    hidden_items = []
    if doc.hidden:
        chans = extract_channels(path, ocr="auto" if any(h.get("channel") == "ocr" for h in doc.hidden)
                                 else "off")["channels"]
        for h in doc.hidden:
            ch = h["channel"]
            prs = []
            for p in h["probes"]:
                pr = {"text": p, "word": True, "after": 0}
                if ch == "ocr":
                    pr["ocr"] = True
                n = channel_counts(chans, pr).get(ch, 0)
                if not n:
                    problems.append(f"{doc.stem}: hidden probe {p!r} not found in {ch}")
                    continue
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden probe {p!r} also in text")
                prs.append(pr)
            if prs:
                hidden_items.append({"kind": h["kind"], "value": h["value"], "channel": ch, "probes": prs})
    # mask redact values in text, then count keeps
    masked = text
    for it in redact + hidden_items:
        for p in [it["value"]] + [x["text"] for x in it["probes"]]:
            masked = probe_regex(p, True).sub(lambda m: "#" * len(m.group(0)), masked)
    keep = []
    seen = set()
    for kind, k in list(keeps) + doc.extra_keep:
        if k in seen or k in doc.no_keep:
            continue
        seen.add(k)
        pr = {"text": k, "word": True}
        n = count_in(text, pr)
        if not n:
            continue
        if count_in(masked, pr) != n:
            problems.append(f"{doc.stem}: keep {k!r} overlaps a redact value (skipped)")
            continue
        keep.append({"kind": kind, "value": k, "probes": [{"text": k, "word": True, "after": n}]})
    if not redact and not hidden_items:
        problems.append(f"{doc.stem}: no redact probes")
    gold = {"doc": path.name, "pages": pages, "redact": redact + hidden_items, "keep": keep}
    return gold, [p for p in problems if "skipped" not in p], [p for p in problems if "skipped" in p]
