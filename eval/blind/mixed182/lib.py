"""Shared machinery for set mixed182: markup parsing, renderers, post-processing, gold."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s182_build")
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]|\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def parse(line, red, keep):
    def rep(m):
        if m.group(1) is not None:
            red.append((m.group(1), m.group(2) or "PERSON"))
            return m.group(1)
        keep.append((m.group(3), m.group(4) or "ORG"))
        return m.group(3)
    return MARK.sub(rep, line)


class Doc:
    def __init__(self, stem, kind, lines, producer="", creator="", author="", title="",
                 font="Helvetica", hidden=(), outline=(), notes=(), form=None, scan_pages=None,
                 scan_caption="", hand=False, extra_keep=()):
        self.stem, self.kind, self.lines = stem, kind, lines
        self.producer, self.creator, self.author, self.title = producer, creator, author, title
        self.font, self.hidden, self.outline, self.notes, self.form = font, hidden, outline, notes, form
        self.scan_pages, self.scan_caption, self.hand = scan_pages, scan_caption, hand
        self.extra_keep = extra_keep
        self.red, self.keep = [], []

    # ---------------------------------------------------------------- content
    def plain_lines(self):
        out = []
        for ln in self.lines:
            out.append(parse(ln, self.red, self.keep))
        return out

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        self.red, self.keep = [], []
        lines = self.plain_lines()
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            render_rl(self, lines, path)
        elif self.kind == "docx":
            render_docx(self, lines, path)
        elif self.kind == "scan":
            cap = parse(self.scan_caption, self.red, self.keep)
            pages = [[parse(l, self.red, self.keep) for l in pg] for pg in self.scan_pages]
            # scan probes are OCR-only
            self.ocr_red = list(self.red)
            self.red = [r for r in self.red if r[0] in cap]
            self.ocr_red = [r for r in self.ocr_red if r not in self.red]
            render_scan(self, pages, cap, path)
        post(self, path)
        return path


# -------------------------------------------------------------------- reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuMono", str(FONT_DIR / "DejaVuSansMono.ttf")))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_rl(d, lines, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    _fonts()
    base = d.font
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
            "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuMono": "DejaVuMono"}[base]
    size = 9.5 if base != "DejaVuMono" else 8.5
    st = ParagraphStyle("b", fontName=base, fontSize=size, leading=size * 1.35, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=4, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    story, table = [], []

    def flush():
        if table:
            ncol = max(len(r) for r in table)
            lens = [max(6, max((max((len(w) for w in r[j].split()), default=0) * 1.6 + len(r[j]) * 0.35)
                                  if j < len(r) else 0 for r in table)) for j in range(ncol)]
            avail = 166 * mm
            cw = [avail * x / sum(lens) for x in lens]
            t = Table([[Paragraph(_esc(c), cell) for c in r] for r in table], repeatRows=1, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            table.clear()
    for ln in lines:
        if ln.startswith("|"):
            table.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            story.append(PageBreak())
        elif ln == "":
            story.append(Spacer(1, 6))
        elif ln.startswith("## "):
            story.append(Paragraph(_esc(ln[3:]), h2))
        elif ln.startswith("# "):
            story.append(Paragraph(_esc(ln[2:]), h1))
        else:
            story.append(Paragraph(_esc(ln).replace("\n", "<br/>"), st))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="", author="")
    if d.form:
        def onfirst(canv, _doc):
            form = canv.acroForm
            for (name, label, value, x, y, w) in d.form:
                form.textfield(name=name, tooltip=label, value=value, x=x, y=y, width=w, height=14,
                               fontName="Helvetica", fontSize=9, borderWidth=0.6)
        doc.build(story, onFirstPage=onfirst)
    else:
        doc.build(story)


# -------------------------------------------------------------------- docx -> soffice
def render_docx(d, lines, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = d.author or "Gemeente"
    doc.core_properties.title = d.title
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    table = []

    def flush():
        if table:
            t = doc.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            for i, r in enumerate(table):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            table.clear()
    for ln in lines:
        if ln.startswith("|"):
            table.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            doc.add_page_break()
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        else:
            doc.add_paragraph(ln)
    flush()
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s182_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                   capture_output=True, timeout=180, check=True)
    (TMP / f"{d.stem}.pdf").replace(path)


# -------------------------------------------------------------------- scans
def render_scan(d, pages, caption, path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4)
    W, H = 1654, 2339
    fsrc = FONT_DIR / ("DejaVuSerif-Italic.ttf" if d.hand else "DejaVuSans.ttf")
    font = ImageFont.truetype(str(fsrc), 38 if d.hand else 34)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
    for n, pg in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in pg:
            if ln.startswith("# "):
                dr.text((140, y), ln[2:], font=bold, fill=20)
                y += 70
            elif ln == "":
                y += 30
            else:
                dr.text((140, y), ln, font=font, fill=35)
                y += 56
        im = im.rotate(0.7 if n % 2 == 0 else -0.5, fillcolor=245, resample=Image.BICUBIC)
        buf = TMP / f"{d.stem}-{n}.jpg"
        im.save(buf, "JPEG", quality=72)
        c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
        c.setFont("Helvetica", 7)
        c.drawString(40, 18, caption + f" - pagina {n + 1}")
        c.showPage()
    c.save()


# -------------------------------------------------------------------- post-processing
def post(d, path):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        orig = {k: str(v) for k, v in pdf.docinfo.items()}
        for k in list(pdf.docinfo.keys()):
            del pdf.docinfo[k]
        d.producer = d.producer or orig.get("/Producer", "")
        d.creator = d.creator or orig.get("/Creator", "")
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if d.author:
                meta["dc:creator"] = [d.author]
            if d.title:
                meta["dc:title"] = d.title
            meta["pdf:Producer"] = d.producer
            meta["xmp:CreatorTool"] = d.creator
        pdf.docinfo["/Producer"] = d.producer
        pdf.docinfo["/Creator"] = d.creator
        if d.author:
            pdf.docinfo["/Author"] = d.author
        if d.title:
            pdf.docinfo["/Title"] = d.title
        if d.outline:
            with pdf.open_outline() as ol:
                for title, page in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for (page, author, text, rect) in d.notes:
            p = pdf.pages[page]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                             T=String(author), Contents=String(text),
                                             Name=Name.Comment, F=4))
            if "/Annots" not in p.obj:
                p.obj.Annots = Array()
            p.obj.Annots.append(a)
        pdf.save(str(path), fix_metadata_version=False)


# -------------------------------------------------------------------- gold
def _mask(text, probes):
    for p in probes:
        text = probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


GENERIC_KEEP = [("Deventer", "PLACE"), ("omgevingsvergunning", "TERM"), ("vleermuizen", "TERM"),
                ("monumentale", "TERM"), ("bezwaarmakers", "TERM"), ("college", "ORG"), ("zomereiken", "TERM"),
                ("kapvergunning", "TERM"), ("herplant", "TERM"), ("stadsecoloog", "ROLE"),
                ("vergunningverlener", "ROLE"), ("paardenkastanje", "TERM"), ("Woonstichting", "ORG")]


def make_gold(d, path):
    problems = []
    text, pages = text_pdfium(path)
    redact, seen = [], set()
    for (t, k) in d.red:
        if t in seen:
            continue
        seen.add(t)
        if count_in(text, {"text": t, "word": True}) == 0:
            problems.append(f"{d.stem}: redact {t!r} not in text")
            continue
        redact.append({"kind": k, "value": t, "probes": [{"text": t, "word": True, "after": 0}]})
    keeptexts = [kt for kt, _ in list(d.keep) + list(d.extra_keep)]
    have = {p["text"] for it in redact for p in it["probes"]}
    for it in redact:
        if it["kind"] == "EMAIL":
            loc = it["value"].split("@")[0]
            if len(loc) >= 5 and loc not in have:
                it["probes"].append({"text": loc, "word": True, "after": 0})
                have.add(loc)
            continue
        if it["kind"] != "PERSON":
            continue
        toks = it["value"].replace(",", " ").split()
        if len(toks) < 2:
            continue
        sur = toks[-1] if it["value"].find(",") < 0 else toks[0]
        if len(sur) < 4 or not sur[0].isupper() or "." in sur or sur in have:
            continue
        if any(sur in kt for kt in keeptexts) or sur in ("MSc",):
            continue
        if count_in(text, {"text": sur, "word": True}) > 0:
            it["probes"].append({"text": sur, "word": True, "after": 0})
            have.add(sur)
    hidden_items = []
    for (ch, k, t) in d.hidden:
        hidden_items.append({"kind": k, "value": t, "channel": ch,
                             "probes": [{"text": t, "word": True, "after": 0}]})
    ocr_items = [(t, k) for (t, k) in getattr(d, "ocr_red", [])]
    chans = None
    if hidden_items or ocr_items:
        chans = extract_channels(path, ocr="auto" if ocr_items else "off")["channels"]
    for it in hidden_items:
        pr = it["probes"][0]
        if channel_counts(chans, pr).get(it["channel"], 0) == 0:
            problems.append(f"{d.stem}: hidden {pr['text']!r} not in {it['channel']}")
        elif count_in(text, pr):
            problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
        else:
            redact.append(it)
    oseen = set()
    for (t, k) in ocr_items:
        if t in oseen or t in seen:
            continue
        oseen.add(t)
        pr = {"text": t, "word": True, "after": 0, "ocr": True}
        if channel_counts(chans, pr).get("ocr", 0) == 0:
            print(f"   (ocr miss, dropped) {d.stem}: {t!r}")
            continue
        redact.append({"kind": k, "value": t, "channel": "ocr", "probes": [pr]})
    allred = [p["text"] for it in redact for p in it["probes"]] + [t for t, _ in d.red]
    masked = _mask(text, sorted(set(allred), key=len, reverse=True))
    keep, kseen = [], set()
    for (t, k) in list(d.keep) + list(d.extra_keep) + GENERIC_KEEP:
        if t in kseen:
            continue
        kseen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            if (t, k) not in GENERIC_KEEP:
                problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(masked, pr) != n:
            print(f"   (keep overlaps redact, dropped) {d.stem}: {t!r}")
            continue
        keep.append({"kind": k, "value": t, "probes": [{"text": t, "word": True, "after": n}]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
