"""Builders and gold maker for set JZ (mixed165). Markup in document text:
[[...]] = personal data to redact (probe = the marked text), {{...}} = public text to keep."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from evaluate import count_in, extract_channels, channel_counts, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
RX_R = re.compile(r"\[\[(.+?)\]\]")
RX_K = re.compile(r"\{\{(.+?)\}\}")


RX_DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                     r"november|december) 20\d\d\b")
PUBLIC_TERMS = ("Dronten", "Lelystad", "Flevoland", "Swifterbant", "Noordoostpolder", "Jeugdwet", "jeugdhulp",
                "jeugdconsulent", "wijkteam", "Dronten-Noord", "Postbus 100", "8250 AC Dronten", "klachtencommissie",
                "Veilig Thuis", "Triade Vitree", "gedragswetenschapper", "college van burgemeester en wethouders",
                "beschikking", "meldcode", "Woo", "Juridische Zaken", "overbruggingszorg", "zorgaanbieder",
                "wachttijd", "wachttijden", "casusoverleg", "ondersteuningsplan", "gemeenteraad", "Sociaal Domein",
                "JZ-2026-0417", "KL-2026-031", "WOO-2026-0088", "VT-2025-11873", "teamleider", "Woo-coördinator",
                "raadsinformatiebrief", "werkinstructie", "juridisch adviseur", "intern begeleider", "huisarts")


def plain(s: str) -> str:
    return RX_K.sub(lambda m: m.group(1), RX_R.sub(lambda m: m.group(1), s))


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\s?\d\d\s?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"\d{9}", v.replace(".", "").replace(" ", "")):
        return "BSN"
    if re.search(r"\d{2}", v) and re.search(r"(0|\+31|0031)\d?", v) and not re.search(r"[a-z]{3}", v):
        return "PHONE"
    if re.search(r"\d", v):
        return "ID_OR_DATE"
    if len(v) <= 5 and v.replace(".", "").isupper():
        return "PARAPH"
    return "PERSON"


def keep_kind(v: str) -> str:
    if re.search(r"\d", v):
        return "REFERENCE"
    if "@" in v:
        return "FUNCTIONAL_MAILBOX"
    return "PUBLIC"


class Doc:
    """stem, kind ('rl' reportlab platypus, 'docx' python-docx->soffice, 'scan' image-only), lines."""

    def __init__(self, stem, kind, lines, title="", font="Helvetica", producer=None, creator=None,
                 author=None, xmp_creator=None, outline=None, notes=None, form=None, extra_keep=(),
                 subject=None, rotate=0.6, handwriting=None, size=None):
        self.size = size
        self.stem, self.kind, self.lines, self.title = stem, kind, lines, title
        self.font, self.producer, self.creator = font, producer, creator
        self.author, self.xmp_creator = author, xmp_creator
        self.outline = outline or []      # [(title, [redact probes in it])]
        self.notes = notes or []          # [(author, contents, [redact probes])]
        self.form = form or []            # [(field, value, redact?)]
        self.extra_keep = extra_keep
        self.subject = subject
        self.rotate = rotate
        self.handwriting = handwriting or []   # lines drawn in a 'hand' style on a scan
        self.hidden = []                  # [(channel, value)]

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def all_text(self):
        return "\n".join(self.lines + self.handwriting)

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        {"rl": build_rl, "docx": build_docx, "scan": build_scan}[self.kind](self)
        post(self)
        return self.path


# ------------------------------------------------------------------ reportlab
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fonts(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font in ("DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed"):
        for suf, nm in (("", font), ("-Bold", font + "-Bold")):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, FONTDIR + font + suf + ".ttf"))
        return font, font + "-Bold"
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    return font, bold


def build_rl(d: Doc):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    reg, bold = _fonts(d.font)
    size = d.size or (9.5 if d.font != "Courier" else 8.5)
    st = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3)
    sth = ParagraphStyle("h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, spaceBefore=4, spaceAfter=4)
    sth2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=size * 1.4, spaceBefore=4)
    stc = ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25)
    flow = []
    table = []

    def flush():
        if table:
            ncol = len(table[0])
            wts = [max(6, min(60, max(len(r[i]) if i < len(r) else 0 for r in table))) for i in range(ncol)]
            t = Table([[Paragraph(_esc(c), stc) for c in r] for r in table],
                      colWidths=[170 * mm * x / sum(wts) for x in wts])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            flow.append(t)
            flow.append(Spacer(1, 4))
            table.clear()

    for raw in d.lines:
        ln = plain(raw)
        if ln.startswith("|"):
            table.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln.startswith("# "):
            flow.append(Paragraph(_esc(ln[2:]), sth))
        elif ln.startswith("## "):
            flow.append(Paragraph(_esc(ln[3:]), sth2))
        elif ln == "":
            flow.append(Spacer(1, 5))
        else:
            flow.append(Paragraph(_esc(ln), st))
    flush()
    doc = SimpleDocTemplate(str(d.path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title, author=d.author or "",
                            subject=d.subject or "")

    def onpage(c, _doc):
        c.saveState()
        c.setFont(reg, 7)
        c.drawRightString(190 * mm, 10 * mm, f"pagina {_doc.page}")
        c.restoreState()
        if d.form and _doc.page == 1:
            y = 200 * mm
            for name, val, _r in d.form:
                c.setFont(reg, 8)
                c.drawString(20 * mm, y + 2 * mm, name.replace("_", " ") + ":")
                c.acroForm.textfield(name=name, value=val, x=70 * mm, y=y, width=110 * mm, height=7 * mm,
                                     fontName="Helvetica", fontSize=8, borderWidth=0.5)
                y -= 9 * mm
    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ docx -> soffice
def build_docx(d: Doc):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title
    style = doc.styles["Normal"]
    style.font.name = "DejaVu Serif" if d.font == "DejaVuSerif" else "DejaVu Sans"
    style.font.size = Pt(d.size or 10)
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for raw in d.lines:
        ln = plain(raw)
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        else:
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(2)
    flush()
    with tempfile.TemporaryDirectory(prefix="s165_") as td:
        src = Path(td) / f"{d.stem}.docx"
        doc.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s165_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], capture_output=True, timeout=180)
        (Path(td) / f"{d.stem}.pdf").replace(d.path)


# ------------------------------------------------------------------ scans
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 40)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSans-Oblique.ttf", 40)
    y = 150
    for raw in d.lines:
        ln = plain(raw)
        if ln.startswith("# "):
            dr.text((140, y), ln[2:], font=fb, fill=20)
            y += 70
        elif ln == "":
            y += 30
        else:
            dr.text((140, y), ln, font=f, fill=25)
            y += 52
    y += 30
    for raw in d.handwriting:
        dr.text((180, y), plain(raw), font=fh, fill=40)
        y += 64
    img = img.rotate(d.rotate, resample=Image.BICUBIC, fillcolor=250, expand=False)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=70)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.path), pagesize=A4)
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ hidden channels, producers
def post(d: Doc):
    import pikepdf
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title
                if d.producer:
                    m["pdf:Producer"] = d.producer
        if d.kind != "docx":
            pdf.docinfo["/CreationDate"] = "D:20261012093000+02'00'"
            pdf.docinfo["/ModDate"] = "D:20261012093000+02'00'"
        if d.producer:
            pdf.docinfo["/Producer"] = d.producer
        if d.creator:
            pdf.docinfo["/Creator"] = d.creator
        if d.author is not None and d.kind != "docx":
            pdf.docinfo["/Author"] = d.author
        if d.outline:
            with pdf.open_outline() as ol:
                for i, (t, _p) in enumerate(d.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        if d.notes:
            page = pdf.pages[0]
            annots = page.obj.get("/Annots", pikepdf.Array())
            for i, (a, c, _p) in enumerate(d.notes):
                annots.append(pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[520, 760 - 40 * i, 540, 780 - 40 * i],
                    T=pikepdf.String(a), Contents=pikepdf.String(c), Open=False, Name=pikepdf.Name.Comment)))
            page.obj["/Annots"] = annots
        pdf.save(d.path, fix_metadata_version=False, deterministic_id=True)


# ------------------------------------------------------------------ gold
def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, seen = [], set()
    ch = "ocr" if d.kind == "scan" else None
    for v in RX_R.findall(d.all_text()):
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        it = {"kind": kind_of(v), "value": v, "probes": [pr]}
        if ch:
            pr["ocr"] = True
            it["channel"] = "ocr"
        redact.append(it)
    hidden = []
    if d.author and d.kind != "scan":
        hidden.append(("metadata", d.author))
    if d.xmp_creator:
        hidden.append(("metadata", d.xmp_creator))
    for _t, ps in d.outline:
        hidden += [("outline", p) for p in ps]
    for a, _c, ps in d.notes:
        hidden += [("annotations", p) for p in ps]
    for _n, val, r in d.form:
        if r:
            hidden.append(("annotations", val))
    for c, v in hidden:
        if (c, v) in seen:
            continue
        seen.add((c, v))
        redact.append({"kind": kind_of(v), "value": v, "channel": c,
                       "probes": [{"text": v, "word": True, "after": 0}]})
    # simulated redaction for overlap check
    red_text = text
    for it in redact:
        for pr in it["probes"]:
            red_text = re.sub(r"(?<!\w)" + re.escape(norm(pr["text"])).replace(r"\ ", " ?") + r"(?!\w)", "█", red_text)
    keep, kseen = [], set()
    for v in RX_K.findall(d.all_text()) + list(d.extra_keep):
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if d.kind == "scan":
            continue
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(red_text, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        keep.append({"kind": keep_kind(v), "value": v, "probes": [pr]})
    # public words of the theme that occur in the text: keep probes too (skipped where they touch a redact value)
    if d.kind != "scan":
        auto = list(PUBLIC_TERMS) + sorted(set(RX_DATE.findall(text)))
        for v in auto:
            if v in kseen:
                continue
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0 or count_in(red_text, pr) != n:
                continue
            kseen.add(v)
            pr["after"] = n
            keep.append({"kind": "DATE" if RX_DATE.fullmatch(v) else keep_kind(v), "value": v, "probes": [pr]})
    # verify redact channels
    chans = None
    if any(it.get("channel") for it in redact):
        chans = extract_channels(path, ocr="auto" if ch else "off")["channels"]
    for it in redact:
        for pr in it["probes"]:
            c = it.get("channel")
            if c is None:
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(c, 0) > 0
                if c != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
            if not ok:
                problems.append(f"{d.stem}: redact {pr['text']!r} not found in {c or 'pdfium'}")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
