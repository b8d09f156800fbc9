"""Rendering and gold helpers for set mixed199 (markup: [[redact]] and {{keep}})."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
TMP = Path("/tmp/s199_build")
RX = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def strip(s: str) -> str:
    return RX.sub(lambda m: m.group(1) or m.group(2), s)


def marks(s: str):
    red, keep = [], []
    for m in RX.finditer(s):
        (red if m.group(1) else keep).append(m.group(1) or m.group(2))
    return red, keep


PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "te", "op", "in", "el", "ben", "El", "Ben", "Oude"}
GENERIC = {"info", "contact", "secretariaat", "admin", "post"}
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


def surname(v: str):
    """Surname (with particles) of a full personal name, or None."""
    if "@" in v or any(c.isdigit() for c in v):
        return None
    if "," in v:
        return v.split(",")[0].strip()
    toks = v.split()
    if toks and toks[0] in ("ing.", "ir.", "drs."):
        toks = toks[1:]
    if len(toks) < 2 or toks[0].lower() in ("mevrouw", "de", "heer") or not toks[0][:1].isupper():
        return None
    if toks[0].lower() in PARTICLES:
        return None
    i = 1
    while i < len(toks) - 1 and toks[i] not in PARTICLES and toks[i][:1].isupper() and not toks[i].endswith("."):
        i += 1
    while i > 1 and toks[i - 1] in PARTICLES:
        i -= 1
    rest = " ".join(toks[i:])
    if toks[0].endswith(".") and i == 1 and len(toks) == 2:
        return rest
    return rest if rest and rest != v else None


def auto_keep(s: str):
    """Dates and amounts (public) in the text outside redact marks."""
    t = re.sub(r"\[\[.+?\]\]", " # ", s)
    t = re.sub(r"\{\{|\}\}", "", t)
    out = re.findall(r"\b\d{1,2} (?:%s) 20\d\d\b" % MONTHS, t)
    out += re.findall(r"€ \d[\d.]*(?:,\d\d)?", t)
    return [x.rstrip(".") for x in out]


def kind_of(v: str, keep: bool) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}.*", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6 and not re.search(r"[a-z]{3}", v):
        return "NUMBER" if keep else ("PHONE" if re.match(r"[0(+]", v) else "ID")
    if re.search(r"\d{4} ?[A-Z]{2}\b|straat|weg|laan|\d+[a-z]?,", v) and not keep:
        return "ADDRESS"
    return "KEEP" if keep else "PERSON"


class Doc:
    def __init__(self, stem, blocks, producer="", creator="", author="", title="", route="rl",
                 font="Helvetica", xmp_creator=None, outline=None, annots=None, form=None, scan=None,
                 hidden=None, extra_redact=None, extra_keep=None):
        self.stem, self.blocks, self.producer, self.creator = stem, blocks, producer, creator
        self.author, self.title, self.route, self.font = author, title, route, font
        self.xmp_creator, self.outline, self.annots, self.form, self.scan = xmp_creator, outline, annots, form, scan
        self.hidden = hidden or []          # [(channel, value)]
        self.extra_redact = extra_redact or []
        self.extra_keep = extra_keep or []

    @property
    def path(self):
        return DOCS / f"{self.stem}.pdf"

    def all_text(self):
        out = []
        for b in self.blocks:
            if b[0] == "table":
                out += [c for r in b[1] for c in r]
            elif b[0] != "pb":
                out.append(b[1])
        return "\n".join(out)


# ---------------------------------------------------------------- reportlab
def _styles(font):
    from reportlab.lib.styles import ParagraphStyle
    bold = font + "-Bold" if font in ("Helvetica", "Courier") else ("Times-Bold" if font == "Times-Roman" else font + "B")
    base = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
    h = ParagraphStyle("h", parent=base, fontName=bold, fontSize=12.5, leading=16, spaceAfter=6, spaceBefore=4)
    pre = ParagraphStyle("pre", parent=base, fontName="Courier" if font != "DejaVuSansMono" else font, fontSize=8.3, leading=10.2, spaceAfter=2)
    small = ParagraphStyle("s", parent=base, fontSize=8.2, leading=10)
    return base, h, pre, small


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSansB", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerifB", "DejaVuSerif-Bold.ttf"),
                 ("DejaVuSansMono", "DejaVuSansMono.ttf"), ("DejaVuSansMonoB", "DejaVuSansMono-Bold.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))


def build_rl(d: Doc):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    register_fonts()
    base, h, pre, small = _styles(d.font)
    story = []
    for b in d.blocks:
        k = b[0]
        if k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows = [[Paragraph(_esc(strip(c)), small) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            st = {"h": h, "p": base, "pre": pre, "s": small}[k]
            txt = _esc(strip(b[1]))
            if k == "pre":
                txt = txt.replace("\n", "<br/>")
            story.append(Paragraph(txt, st))
    doc = SimpleDocTemplate(str(d.path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.title, author=d.author,
                            creator=d.creator or "Microsoft® Word for Microsoft 365", producer=d.producer or "Microsoft® Word for Microsoft 365",
                            subject="", invariant=1)
    doc.build(story)


# ---------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc):
    import docx
    from docx.shared import Pt
    TMP.mkdir(exist_ok=True)
    doc = docx.Document()
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title or ""
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for b in d.blocks:
        k = b[0]
        if k == "pb":
            doc.add_page_break()
        elif k == "h":
            doc.add_heading(strip(b[1]), level=2)
        elif k == "table":
            t = doc.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = strip(c)
        else:
            for line in strip(b[1]).split("\n") if k == "pre" else [strip(b[1])]:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_after = Pt(2 if k == "pre" else 5)
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s199_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    (TMP / f"{d.stem}.pdf").replace(d.path)


# ---------------------------------------------------------------- scans
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(d.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    y = 150
    for b in d.blocks:
        if b[0] == "pb":
            continue
        fnt = ImageFont.truetype(FONT_DIR + ("DejaVuSerif-Bold.ttf" if b[0] == "h" else
                                             "DejaVuSansMono.ttf" if b[0] == "pre" else "DejaVuSerif.ttf"),
                                 40 if b[0] == "h" else 31)
        lines = []
        if b[0] == "table":
            for r in b[1]:
                lines.append("   ".join(strip(c) for c in r))
        else:
            for para in strip(b[1]).split("\n"):
                words, cur = para.split(" "), ""
                for w in words:
                    if dr.textlength((cur + " " + w).strip(), font=fnt) > W - 300:
                        lines.append(cur)
                        cur = w
                    else:
                        cur = (cur + " " + w).strip()
                lines.append(cur)
        for ln in lines:
            dr.text((150 + rnd.randint(-3, 3), y), ln, fill=rnd.randint(15, 45), font=fnt)
            y += 46
        y += 22
    # a signature scribble
    for i in range(3):
        pts = [(1000 + j * 14, y + 40 + int(25 * __import__("math").sin(j / 2.0 + i))) for j in range(30)]
        dr.line(pts, fill=40, width=3)
    img = img.rotate(rnd.uniform(-0.9, 0.9), fillcolor=250, resample=Image.BICUBIC)
    TMP.mkdir(exist_ok=True)
    jp = TMP / f"{d.stem}.jpg"
    img.save(jp, "JPEG", quality=72)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- post-processing
def postprocess(d: Doc):
    import pikepdf
    with pikepdf.open(str(d.path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            if d.xmp_creator:
                meta["dc:creator"] = [d.xmp_creator]
            if d.title:
                meta["dc:title"] = d.title
            if d.producer:
                meta["pdf:Producer"] = d.producer
        info = pdf.docinfo
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.route != "docx" or d.author is not None:
            if d.author:
                info["/Author"] = d.author
            elif "/Author" in info:
                del info["/Author"]
        if d.title:
            info["/Title"] = d.title
        info["/CreationDate"] = "D:20260415093000+02'00'"
        info["/ModDate"] = "D:20260415093000+02'00'"
        if d.outline:
            with pdf.open_outline() as ol:
                for t, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        if d.annots:
            for pg, x, y, who, txt in d.annots:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                    T=pikepdf.String(who), Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                    M=pikepdf.String("D:20260412101500+02'00'"), F=4))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(str(d.path), deterministic_id=True)


def build_form(d: Doc):
    """reportlab canvas form with AcroForm text fields carrying values."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    y = 800
    for b in d.blocks:
        if b[0] == "h":
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, strip(b[1]))
            y -= 24
        elif b[0] == "p":
            c.setFont("Helvetica", 9.5)
            for ln in strip(b[1]).split("\n"):
                c.drawString(60, y, ln)
                y -= 14
            y -= 6
    c.setFont("Helvetica", 9.5)
    for i, (label, name, val) in enumerate(d.form):
        c.drawString(60, y - 4, strip(label))
        c.acroForm.textfield(name=name, tooltip=strip(label), x=250, y=y - 10, width=280, height=18,
                             value=val, fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(60, y - 20, "Gemeente Brummen, Ambtmanstraat 13, Brummen - sport@brummen.nl - telefoon 14 0575")
    c.showPage()
    c.save()


def build(d: Doc):
    DOCS.mkdir(exist_ok=True)
    if d.scan:
        build_scan(d)
    elif d.form:
        build_form(d)
    elif d.route == "docx":
        build_docx(d)
    else:
        build_rl(d)
    postprocess(d)


# ---------------------------------------------------------------- gold
def make_gold(d: Doc):
    problems = []
    text, pages = text_pdfium(d.path)
    red, keep = marks(d.all_text())
    red += d.extra_redact
    keep += d.extra_keep + ([] if d.scan else auto_keep(d.all_text()))
    items, seen = [], set()
    chans = None
    if d.hidden or d.scan:
        chans = extract_channels(d.path, ocr="auto" if d.scan else "off")["channels"]
    for v in red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        it = {"kind": kind_of(v, False), "value": v, "probes": [pr]}
        sur = surname(v)
        if sur and sur not in red and not d.scan:
            it["probes"].append({"text": sur, "word": True, "after": 0})
        if "@" in v and not d.scan and v.split("@")[0] not in GENERIC:
            it["probes"].append({"text": v.split("@")[0], "word": True, "after": 0})
        for pr in it["probes"]:
            if not d.scan and not count_in(text, pr):
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not in text")
        if d.scan:
            pr["ocr"] = True
            it["channel"] = "ocr"
            if not channel_counts(chans, pr).get("ocr"):
                problems.append(f"{d.stem}: OCR does not read {v!r}")
        elif not count_in(text, pr):
            problems.append(f"{d.stem}: redact {v!r} not in text")
        items.append(it)
    for ch, v in d.hidden:
        pr = {"text": v, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} also in page text")
        items.append({"kind": kind_of(v, False), "value": v, "channel": ch, "probes": [pr]})
    # simulated redaction for overlap check
    sim = text
    for it in items:
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub("#", sim)
    kitems, kseen = [], set()
    for v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        kitems.append({"kind": kind_of(v, True), "value": v, "probes": [pr]})
    if d.scan:  # keep probes can't be checked in PDFium text of an image page
        kitems = []
    gold = {"doc": d.path.name, "pages": pages, "redact": items, "keep": kitems}
    (GOLD / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold, problems
