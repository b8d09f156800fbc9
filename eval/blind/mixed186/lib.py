"""Engine for set BG (mixed186): a tiny markup, renderers and the gold builder.

Markup in document text:
    [[text]] or [[text|KIND]]  -> personal data, a redact item (probe = the text, word-anchored)
    {{text}} or {{text|KIND}}  -> public text, a keep item (after = its count in the PDFium text)
Hidden-channel items (metadata, outline, annotations, ocr) are declared per document.
"""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s186_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

RED = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]")
KEEP = re.compile(r"\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def clean(s: str) -> str:
    s = RED.sub(lambda m: m.group(1), s)
    return KEEP.sub(lambda m: m.group(1), s)


def guess_red(v):
    if re.fullmatch(r"[A-Z][A-Za-z]{1,3}", v) and sum(c.isupper() for c in v) >= 2 and v != "GJ":
        return "PARAPH"
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"[NL\d ]{14,}", v) and v.startswith("NL"):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    return "PERSON"


def guess_keep(v):
    if "@" in v:
        return "EMAIL_FUNCTIONAL"
    if sum(c.isdigit() for c in v) >= 4:
        return "REFERENCE"
    return "ORG"


def collect(texts):
    red, keep = {}, {}
    for t in texts:
        for m in RED.finditer(t):
            v = m.group(1)
            red.setdefault(v, m.group(2) or guess_red(v))
        for m in KEEP.finditer(t):
            v = m.group(1)
            keep.setdefault(v, m.group(2) or guess_keep(v))
    return red, keep


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """blocks: list of (kind, payload): ('h', text) ('p', text) ('l', text: small line) ('t', rows)
    ('sp', n) ('pb', None)."""

    def __init__(self, stem, title, blocks, producer="reportlab", font="Helvetica", meta=None,
                 outline=None, notes=None, hidden=None, scan=None, form=None, size=10):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.producer, self.font, self.meta = producer, font, meta or {}
        self.outline, self.notes, self.hidden = outline or [], notes or [], hidden or []
        self.scan, self.form, self.size = scan, form, size

    def texts(self):
        out = []
        for k, p in self.blocks:
            if k == "t":
                out += [c for r in p for c in r]
            elif isinstance(p, str):
                out.append(p)
        if self.form:
            out += [lbl for lbl, _, _ in self.form]
        if self.scan:
            out += self.scan.get("header", [])
        return out

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            raw = build_scan(self)
        elif self.producer.startswith("docx"):
            raw = build_docx(self)
        else:
            raw = build_rl(self)
        finish(self, raw, out)
        return out


def register_fonts():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
                    ("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    for fam in ("DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")


def bold_of(font):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(
        font, font + "-Bold")


def build_rl(d: Doc) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    register_fonts()
    st = ParagraphStyle("b", fontName=d.font, fontSize=d.size, leading=d.size * 1.3, spaceAfter=4)
    sl = ParagraphStyle("l", parent=st, spaceAfter=0)
    sh = ParagraphStyle("h", parent=st, fontName=bold_of(d.font), fontSize=d.size + 2, spaceBefore=6, spaceAfter=5)
    sc = ParagraphStyle("c", parent=st, fontSize=d.size - 1.5, leading=(d.size - 1.5) * 1.2, spaceAfter=0)
    story = []
    for k, p in d.blocks:
        if k == "h":
            story.append(Paragraph(esc(clean(p)), sh))
        elif k == "p":
            story.append(Paragraph(esc(clean(p)), st))
        elif k == "l":
            story.append(Paragraph(esc(clean(p)) or "&nbsp;", sl))
        elif k == "sp":
            story.append(Spacer(1, p * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "t":
            rows = [[Paragraph(esc(clean(c)), sc) for c in r] for r in p]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
    raw = TMP / f"{d.stem}.rl.pdf"
    doc = SimpleDocTemplate(str(raw), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=d.title, author="")
    if d.form:
        def onfirst(c, _doc):
            pass
        doc.build(story)
        return add_form(d, raw)
    doc.build(story)
    return raw


def add_form(d: Doc, raw: Path) -> Path:
    """Draw the form page with reportlab canvas: labels as text, values only in AcroForm fields."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    register_fonts()
    out = TMP / f"{d.stem}.form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d.title)
    w, h = A4
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    for k, p in d.blocks:
        if k == "h":
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, clean(p))
            y -= 22
        elif k in ("p", "l"):
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, clean(p))
            y -= 14
    y -= 8
    form = c.acroForm
    for i, (lbl, name, val) in enumerate(d.form):
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y, clean(lbl))
        form.textfield(name=name, tooltip="", x=250, y=y - 5, width=280, height=17, value=val,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    c.showPage()
    c.save()
    return out


def build_docx(d: Doc) -> Path:
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    stl = doc.styles["Normal"]
    stl.font.name = "DejaVu Sans" if "DejaVu" in d.font else ("Liberation Serif" if d.font == "Times" else "Liberation Sans")
    stl.font.size = Pt(d.size)
    doc.core_properties.author = d.meta.get("docx_author", "")
    doc.core_properties.title = d.title
    doc.core_properties.last_modified_by = ""
    for k, p in d.blocks:
        if k == "h":
            doc.add_heading(clean(p), level=2)
        elif k in ("p", "l"):
            para = doc.add_paragraph(clean(p))
            if k == "l":
                para.paragraph_format.space_after = Pt(0)
        elif k == "sp":
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_page_break()
        elif k == "t":
            t = doc.add_table(rows=len(p), cols=len(p[0]))
            t.style = "Table Grid"
            for i, r in enumerate(p):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = clean(cell)
                    for para in t.cell(i, j).paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(d.size - 1.5)
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s186_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    return TMP / f"{d.stem}.pdf"


def build_scan(d: Doc) -> Path:
    """Image-only page (JPEG, slightly rotated); optional small text-layer header from the 'scanner'."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    register_fonts()
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    y = 150
    for kind, line in d.scan["lines"]:
        if kind == "sp":
            y += 40
            continue
        fname, size = {"typed": ("DejaVuSans.ttf", 34), "bold": ("DejaVuSans-Bold.ttf", 38),
                       "hand": ("DejaVuSerif-Italic.ttf", 42), "sig": ("DejaVuSerif-BoldItalic.ttf", 46)}[kind]
        f = ImageFont.truetype(FONTDIR + fname, size)
        dr.text((150, y), clean(line), font=f, fill=25)
        y += int(size * 1.55)
    rng = random.Random(d.stem)
    img = img.rotate(d.scan.get("angle", 0.7), resample=Image.BICUBIC, fillcolor=250, expand=False)
    px = img.load()
    for _ in range(2500):
        px[rng.randrange(W), rng.randrange(H)] = rng.randrange(120, 200)
    jp = TMP / f"{d.stem}.jpg"
    img.save(jp, "JPEG", quality=78)
    out = TMP / f"{d.stem}.scan.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    w, h = A4
    c.drawImage(str(jp), 0, 0, width=w, height=h)
    hdr = d.scan.get("header", [])
    c.setFont("Helvetica", 7)
    for i, t in enumerate(hdr):
        c.drawString(30, h - 14 - 9 * i, clean(t))
    c.showPage()
    c.save()
    return out


PRODUCERS = {
    "reportlab": (None, None),
    "word": ("Microsoft® Word voor Microsoft 365", "Microsoft® Word voor Microsoft 365"),
    "outlook": ("Microsoft® Outlook® voor Microsoft 365", "Microsoft® Word voor Microsoft 365"),
    "aspose": ("Aspose.PDF for .NET 23.4", "Aspose.Words for .NET 23.4.0"),
    "itext": ("iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", "Zaaksysteem Documentgenerator"),
    "nitro": ("Nitro PDF PrimoPDF", "PrimoPDF http://www.primopdf.com"),
    "pdfpen": ("PDFpen 13.1", "PDFpenPro"),
    "scanner": ("KONICA MINOLTA bizhub C458", "KONICA MINOLTA bizhub C458"),
    "docx": (None, None),
    "docx-word": ("Microsoft® Word 2019", "Microsoft® Word 2019"),
    "teams": ("Skia/PDF m120", "Microsoft Teams"),
}


def finish(d: Doc, raw: Path, out: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(raw)) as pdf:
        prod, crea = PRODUCERS.get(d.producer, (None, None))
        info = pdf.docinfo
        if prod:
            info[Name.Producer] = prod
        if crea:
            info[Name.Creator] = crea
        info[Name.Title] = d.title
        info[Name.CreationDate] = "D:20261012093000+02'00'"
        info[Name.ModDate] = "D:20261012093000+02'00'"
        if "/Author" in info and not d.meta.get("author") and not d.meta.get("docx_author"):
            del info[Name.Author]
        if d.meta.get("xmp_creator") or d.meta.get("xmp"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if d.meta.get("xmp_creator"):
                    m["dc:creator"] = [d.meta["xmp_creator"]]
                m["dc:title"] = d.title
                if prod:
                    m["pdf:Producer"] = prod
        if d.meta.get("author"):
            pdf.docinfo[Name.Author] = d.meta["author"]
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
        for pg, (x, y), author, contents in d.notes:
            page = pdf.pages[min(pg, len(pdf.pages) - 1)]
            an = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                              Rect=Array([x, y, x + 20, y + 20]), T=String(author),
                                              Contents=String(contents), Name=Name.Comment, Open=False))
            if "/Annots" in page.obj:
                page.obj.Annots.append(an)
            else:
                page.obj.Annots = Array([an])
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------- gold
TITLES = {"mevrouw", "mevr.", "de", "heer", "dhr.", "mr.", "drs.", "ir.", "dr."}
PARTICLES = {"van", "der", "den", "de", "ter", "ten", "'t", "te", "el", "oude"}
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
AUTO_KEEP = [
    (r"\b\d{1,2} (?:%s) 20\d\d\b" % MONTHS, "DATE"),
    (r"€ ?\d[\d.]*,\d\d", "AMOUNT"),
    (r"\bartikel \d+(?:\.\d+)?\b", "LEGAL_REF"),
    (r"\b(?:Postbus 20|7920 AA Veenhoven)\b", "ADDRESS_PUBLIC"),
    (r"\b[A-DKUV]-\d{2,3}\b", "REFERENCE"),
    (r"\bVeenhoven\b", "PLACE"),
    (r"\bburgemeester en wethouders\b", "ROLE"),
    (r"\b(?:ruimingslijst|grafmonument|verzamelgraf|begraafplaatsadministratie)\b", "TERM"),
    (r"\b(?:beheerder begraafplaatsen|juridisch adviseur|Woo-coördinator|afdelingshoofd|grafdelver|rechthebbende)\b", "ROLE"),
]


def extra_probes(v, kind):
    """Extra probes for one redact value: the surname part of a person's name, the local part of an
    e-mail address (what must vanish too when the full form does)."""
    out = []
    if kind == "PERSON":
        toks = v.replace(",", " ").split()
        while toks and toks[0].lower() in TITLES:
            toks = toks[1:]
        if len(toks) >= 2 and "," not in v:
            rest = toks[1:]
            if toks[0][0].isupper() and rest:
                out.append(" ".join(rest))
        elif "," in v and len(toks) >= 2:
            out.append(toks[0])
    if kind == "EMAIL":
        out.append(v.split("@")[0])
    return [o for o in out if o != v and len(o) >= 3 and not (o.lower() in PARTICLES)]



NOTES = []


def make_gold(d: Doc, path: Path):
    problems = []
    notes = NOTES
    text, pages = text_pdfium(path)
    red, keep = collect(d.texts())
    if d.form:  # form values are hidden-channel items, labels are text
        pass
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    masked = text
    allred = []
    for v, kind in red.items():
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
            continue
        probes = [pr]
        for extra in extra_probes(v, kind):
            ep = {"text": extra, "word": True, "after": 0}
            if count_in(text, ep):
                probes.append(ep)
        gold["redact"].append({"kind": kind, "value": v, "probes": probes})
        allred.append(v)
    hidden_vals = []
    for it in d.hidden:  # dicts: kind, value, channel, probes(list of str)
        item = {"kind": it["kind"], "value": it["value"], "probes": []}
        if it["channel"] == "ocr":
            item["channel"] = "ocr"
            item["probes"] = [{"text": p, "word": True, "after": 0, "ocr": True} for p in it["probes"]]
        else:
            item["channel"] = it["channel"]
            item["probes"] = [{"text": p, "word": True, "after": 0} for p in it["probes"]]
        gold["redact"].append(item)
        hidden_vals += it["probes"] + [it["value"]]
    # simulated redaction: mask every redact value in the text
    for v in sorted(allred + hidden_vals, key=len, reverse=True):
        from evaluate import probe_regex
        masked = probe_regex(v, False).sub("\u2588" * 3, masked)
    ctext = " ".join(clean(t) for t in d.texts())
    for rx, kind in AUTO_KEEP:
        for m in re.finditer(rx, ctext):
            keep.setdefault(m.group(0).strip(), kind)
    for v, kind in keep.items():
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(masked, pr) != n:
            notes.append(f"{d.stem}: keep {v!r} overlaps a redact value (dropped)")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": v, "probes": [pr]})
    # verify hidden channels
    if d.hidden:
        chans = extract_channels(path, ocr="auto" if any(h["channel"] == "ocr" for h in d.hidden) else "off")["channels"]
        for it in gold["redact"]:
            ch = it.get("channel")
            if not ch:
                continue
            for pr in it["probes"]:
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: hidden {pr['text']!r} not in {ch}")
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
    return gold, problems
