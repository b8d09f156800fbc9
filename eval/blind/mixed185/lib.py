"""Rendering and gold helpers for set OV (eval/blind/mixed185). Written blind (see README)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s185_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def iban(bank: str, acct: str) -> str:
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bsn(first8: str) -> str:
    tot = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1)))
    for last in range(10):
        if (tot - last) % 11 == 0:
            return first8 + str(last)
    raise ValueError(first8)


class Doc:
    """blocks: ('h', text) heading, ('p', text), ('pre', text) monospace-ish lines, ('t', rows) table,
    ('pb',) page break, ('sig', text) italic signature line."""

    def __init__(self, stem, title, kind, blocks, producer="", creator="", author=None, xmp_creator=None,
                 outline=None, notes=None, form=None, hidden=None, keep=None, scan=None, redact=None):
        self.stem, self.title, self.kind, self.blocks = stem, title, kind, blocks
        self.producer, self.creator = producer, creator
        self.author, self.xmp_creator = author, xmp_creator
        self.outline = outline or []        # list of titles
        self.notes = notes or []            # list of (author, contents)
        self.form = form or []              # list of (label, name, value)
        self.hidden = hidden or []          # list of (kind, value, channel, [probes])
        self.keep = keep or []              # extra keep (kind, text)
        self.redact = redact or []          # extra redact (kind, value, [forms])
        self.scan = scan                    # dict(rot=.., hand=[line idx])


# ------------------------------------------------------------------ reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    for n, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                 ("DejaVuSansMono", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")


def build_rl(doc: Doc, out: Path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    _fonts()
    tt = doc.kind == "tt"
    base = "DejaVuSans" if tt else "Helvetica"
    bold = "DejaVuSans-Bold" if tt else "Helvetica-Bold"
    ital = "DejaVuSerif-Italic" if tt else "Times-Italic"
    mono = "DejaVuSansMono" if tt else "Courier"
    if not tt:
        for b in doc.blocks:
            for s in _strings(b):
                s.encode("cp1252")
    st = ParagraphStyle("b", fontName=base, fontSize=10, leading=13.5, spaceAfter=5)
    sh = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceBefore=6, spaceAfter=6)
    sp = ParagraphStyle("m", fontName=mono if doc.kind == "tt" else base, fontSize=9, leading=11.5)
    ss = ParagraphStyle("s", fontName=ital, fontSize=13, leading=16, spaceAfter=2)
    sc = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    story = []
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(escape(b[1]), sh))
        elif k == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st))
        elif k == "pre":
            for line in b[1].split("\n"):
                story.append(Paragraph(escape(line) or "&nbsp;", sp))
            story.append(Spacer(1, 6))
        elif k == "sig":
            story.append(Paragraph(escape(b[1]), ss))
        elif k == "t":
            rows = [[Paragraph(escape(c), sc) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "pb":
            story.append(PageBreak())
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm, title=doc.title)
    d.build(story)


def _strings(b):
    if b[0] in ("h", "p", "pre", "sig"):
        return [b[1]]
    if b[0] == "t":
        return [c for r in b[1] for c in r]
    return []


def build_form(doc: Doc, out: Path):
    """A fillable AcroForm: the visible labels come from blocks, the values live only in fields."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(doc.title)
    y = 800
    for b in doc.blocks:
        if b[0] == "h":
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, b[1])
            y -= 24
        elif b[0] == "p":
            c.setFont("Helvetica", 9.5)
            for line in b[1].split("\n"):
                c.drawString(60, y, line)
                y -= 13
            y -= 6
    c.setFont("Helvetica", 9.5)
    for label, name, value in doc.form:
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y - 2, width=300, height=17,
                             fontName="Helvetica", fontSize=9, borderWidth=0.6)
        y -= 24
    c.showPage()
    c.save()


# ------------------------------------------------------------------ docx / LibreOffice
def build_docx(doc: Doc, out: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = doc.author or "Provincie Drenthe"
    d.core_properties.title = doc.title
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Sans"
    stl.font.size = Pt(10)
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "pre"):
            d.add_paragraph(b[1])
        elif k == "sig":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(13)
        elif k == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cval in enumerate(r):
                    t.cell(i, j).text = cval
                    for p in t.cell(i, j).paragraphs:
                        for rr in p.runs:
                            rr.font.size = Pt(8.5)
                            rr.bold = i == 0
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
    d.save(str(out))


def convert_lo(docx_paths, outdir: Path):
    if not docx_paths:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s185_lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                   check=True, capture_output=True, timeout=600)


# ------------------------------------------------------------------ scans
def build_scan(doc: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab import rl_config
    rl_config.invariant = 1
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_type = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
    f_bold = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 40)
    f_hand = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 44)
    y = 170
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            dr.text((150, y), b[1], font=f_bold, fill=25)
            y += 80
        elif k in ("p", "pre"):
            for line in b[1].split("\n"):
                dr.text((150, y), line, font=f_type, fill=35)
                y += 50
            y += 25
        elif k == "sig":
            dr.text((170, y), b[1], font=f_hand, fill=45)
            y += 72
        elif k == "t":
            for r in b[1]:
                x = 150
                for j, cval in enumerate(r):
                    dr.text((x, y), cval, font=f_hand if (j > 0 and doc.scan.get("handcols")) else f_type,
                            fill=35)
                    x += doc.scan.get("colw", [420, 520, 420])[j]
                dr.line((150, y + 58, W - 150, y + 58), fill=120, width=2)
                y += 74
            y += 20
    img = img.rotate(doc.scan.get("rot", 0.6), resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    jp = TMP / f"{doc.stem}.jpg"
    img.save(jp, "JPEG", quality=80)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ post-processing (pikepdf)
def finish(doc: Doc, src: Path, dst: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(src) as pdf:
        for k in list(pdf.docinfo.keys()):
            del pdf.docinfo[k]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        pdf.docinfo["/Title"] = doc.title
        pdf.docinfo["/Producer"] = doc.producer
        if doc.creator:
            pdf.docinfo["/Creator"] = doc.creator
        pdf.docinfo["/Author"] = doc.author or "Provincie Drenthe"
        pdf.docinfo["/CreationDate"] = "D:20260312101500+01'00'"
        pdf.docinfo["/ModDate"] = "D:20260312101500+01'00'"
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [doc.xmp_creator]
                m["dc:title"] = doc.title
                m["pdf:Producer"] = doc.producer
        if doc.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(doc.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        if doc.notes:
            page = pdf.pages[0]
            annots = page.obj.get("/Annots")
            if annots is None:
                page.obj["/Annots"] = Array()
                annots = page.obj["/Annots"]
            for i, (who, txt) in enumerate(doc.notes):
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                                 Rect=Array([480, 700 - 60 * i, 500, 720 - 60 * i]),
                                                 T=String(who), Contents=String(txt), Name=Name.Comment,
                                                 M=String("D:20260310142200+01'00'"),
                                                 C=Array([1, 0.9, 0.2])))
                annots.append(a)
        pdf.save(dst, static_id=True, deterministic_id=False) if False else pdf.save(dst, static_id=True)


# ------------------------------------------------------------------ gold
def spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def make_gold(doc: Doc, pdf: Path, registry, keep_terms):
    problems = []
    text, pages = text_pdfium(pdf)
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    rspans = []
    chans = None
    if doc.kind == "scan" or doc.hidden:
        chans = extract_channels(pdf, ocr="auto" if doc.kind == "scan" else "off")["channels"]
    for kind, value, forms in list(registry) + list(doc.redact):
        probes = []
        for f in forms:
            pr = {"text": f, "word": True, "after": 0}
            if doc.kind == "scan":
                if channel_counts(chans, dict(pr, ocr=True)).get("ocr", 0) > 0:
                    probes.append(dict(pr, ocr=True))
            elif count_in(text, pr) > 0:
                probes.append(pr)
                rspans += spans(text, pr)
        if probes:
            it = {"kind": kind, "value": value, "probes": probes}
            if doc.kind == "scan":
                it["channel"] = "ocr"
            gold["redact"].append(it)
    for kind, value, channel, forms in doc.hidden:
        probes = []
        for f in forms:
            pr = {"text": f, "word": True, "after": 0}
            if count_in(text, pr):
                problems.append(f"{doc.stem}: hidden {f!r} in page text")
            if channel_counts(chans, pr).get(channel, 0) > 0:
                probes.append(pr)
            else:
                problems.append(f"{doc.stem}: hidden {f!r} not in {channel}")
        gold["redact"].append({"kind": kind, "value": value, "channel": channel, "probes": probes})
    seen = set()
    for kind, t in list(keep_terms) + list(doc.keep):
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if not n:
            if (kind, t) in doc.keep:
                problems.append(f"{doc.stem}: explicit keep {t!r} not in text")
            continue
        ks = spans(text, pr)
        if any(a < d and c < b for a, b in ks for c, d in rspans):
            problems.append(f"{doc.stem}: keep {t!r} overlaps a redact probe (dropped)")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": t, "probes": [pr]})
    if doc.kind == "scan" and not gold["redact"]:
        problems.append(f"{doc.stem}: OCR found no probes")
    return gold, problems
