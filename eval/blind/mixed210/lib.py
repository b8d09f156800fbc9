"""Building blocks for set UV (eval/blind/mixed210): markup parsing, PDF producers, gold.

Markup in document bodies:
  [[K|text]]  personal data to redact (K: kind code, see RKIND); the visible text is the probe
  {{K|text}}  public text to keep (K: kind code, see KKIND)
Line prefixes: '# ' title, '## ' heading, '| a | b |' table row (first row of a block = header),
'===' page break, '' blank line. Everything else is one paragraph per source line.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s210_build")
FONTDIR = Path("/usr/share/fonts/truetype/dejavu")

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "H": "HEALTH", "C": "INITIALS", "N": "PERSONNEL_NUMBER", "K": "KVK",
         "S": "SIGNATURE", "X": "OTHER_ID", "U": "USERNAME"}
KKIND = {"O": "ORG", "L": "PLACE", "W": "LAW", "F": "PUBLIC_OFFICIAL", "R": "REFERENCE", "J": "JOB_TITLE",
         "M": "MAILBOX", "G": "GENERAL_PHONE", "S": "STREET_PUBLIC", "N": "NOT_A_PERSON", "Q": "PROGRAMME",
         "E": "TERM", "D": "DATE", "A": "AMOUNT"}

# public terms kept wherever they occur in a document's text (besides the inline {{..}} marks)
KEEP_TERMS = [
    ("ORG", "Woonkracht IJssel"), ("ORG", "gemeente Deventer"), ("ORG", "Gemeente Deventer"),
    ("ORG", "Urgentiecommissie Stedendriehoek"), ("ORG", "urgentiecommissie"), ("ORG", "Urgentiecommissie"),
    ("ORG", "Veilig Thuis IJsselland"), ("ORG", "GGD IJsselland"), ("ORG", "Woonkeus Stedendriehoek"),
    ("ORG", "bezwaarschriftencommissie"), ("ORG", "Bezwaarschriftencommissie"),
    ("ORG", "Huurdersvereniging De Kapstok"), ("ORG", "Raad voor Rechtsbijstand"), ("ORG", "Leger des Heils"),
    ("ORG", "college van burgemeester en wethouders"), ("ORG", "Stichting Adviesbureau Indicatiestelling"),
    ("LAW", "Huisvestingswet 2014"), ("LAW", "Huisvestingsverordening Deventer 2025"), ("LAW", "Wet open overheid"),
    ("LAW", "Algemene wet bestuursrecht"), ("LAW", "Awb"), ("LAW", "Woo"), ("LAW", "AVG"),
    ("LAW", "Algemene verordening gegevensbescherming"), ("LAW", "Wet maatschappelijke ondersteuning 2015"),
    ("PLACE", "Deventer"), ("PLACE", "Apeldoorn"), ("PLACE", "Zutphen"), ("PLACE", "Bathmen"), ("PLACE", "Colmschate"),
    ("STREET_PUBLIC", "Grote Kerkhof 1"), ("STREET_PUBLIC", "Brinkgreverweg 155"),
    ("MAILBOX", "woo@deventer.nl"), ("MAILBOX", "urgentie@woonkrachtijssel.nl"), ("MAILBOX", "info@woonkrachtijssel.nl"),
    ("MAILBOX", "bezwaar@deventer.nl"), ("MAILBOX", "secretariaat.urgentie@deventer.nl"),
    ("GENERAL_PHONE", "14 0570"), ("GENERAL_PHONE", "0800-2000"), ("GENERAL_PHONE", "0570 745 000"),
    ("REFERENCE", "WOO-2026-0417"), ("PROGRAMME", "Thuis in Deventer"), ("TERM", "urgentieverklaring"),
    ("TERM", "Urgentieverklaring"), ("TERM", "medische urgentie"), ("TERM", "sociale urgentie"),
    ("TERM", "hoorzitting"), ("TERM", "bezwaarschrift"), ("TERM", "woningzoekende"), ("TERM", "zoekprofiel"),
    ("JOB_TITLE", "woonconsulent"), ("JOB_TITLE", "medisch adviseur"), ("JOB_TITLE", "secretaris"),
    ("ORG", "Deventer Ziekenhuis"), ("ORG", "Stichting Sociaal Werk Deventer"), ("ORG", "Juridisch Loket"),
    ("ORG", "Huisartsenpraktijk De Hoven-Oost"), ("ORG", "Sociaal Advocatenpraktijk De Waag"), ("ORG", "Flexwerk Oost"),
    ("STREET_PUBLIC", "Postbus 5000"), ("STREET_PUBLIC", "Nieuwe Markt 9a"), ("STREET_PUBLIC", "Stromarkt 12"),
    ("NOT_A_PERSON", "Geert Grote-kwartier"), ("NOT_A_PERSON", "Albert Schweitzerlaan"),
    ("NOT_A_PERSON", "Etty Hillesum Centrum"), ("ORG", "WKIJ"), ("TERM", "Corsa"), ("TERM", "Wmo-bijdrage"),
    ("TERM", "deels openbaar"), ("TERM", "5.1.1d"), ("TERM", "5.1.1e"), ("TERM", "5.1.2e"),
    ("TERM", "prestatieafspraken"), ("TERM", "Wmo-consulent"), ("TERM", "basisregistratie personen"),
    ("TERM", "nachtopvang"), ("TERM", "rolstoeltoegankelijk"), ("TERM", "briefadres"), ("TERM", "omgangsregeling"),
    ("JOB_TITLE", "beleidsadviseur wonen"), ("JOB_TITLE", "teamleider Wonen"), ("JOB_TITLE", "jurist"),
]

AUTO_DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 2026\b")
AUTO_REF = re.compile(r"\b(?:URG|UC|SAI|BZ|Z)-\d{2,4}-\d{3,6}\b")
MARK = re.compile(r"\[\[([A-Z])\|(.+?)\]\]|\{\{([A-Z])\|(.+?)\}\}")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "in", "op", "la", "le", "di", "da", "el", "al"}


def parse(line: str):
    """Return plain text and the marked spans [(type, kind, text)]."""
    spans = []

    def rep(m):
        if m.group(1):
            spans.append(("R", RKIND[m.group(1)], m.group(2)))
            return m.group(2)
        spans.append(("K", KKIND[m.group(3)], m.group(4)))
        return m.group(4)

    return MARK.sub(rep, line), spans


def strip(s: str) -> str:
    return parse(s)[0]


class Doc:
    """stem, producer ('helv' | 'ttf' | 'docx' | 'scan' | 'form'), body (markup), meta (Info keys),
    xmp_creator, outline [(title, page)], notes [(page, author, text)], hidden [(channel, kind, value,
    [probe texts])], form [(label, name, value)], extra_keep [(kind, text)]."""

    def __init__(self, stem, producer, body, meta=None, xmp_creator=None, outline=None, notes=None,
                 hidden=None, form=None, scan_style=None, font=None):
        self.stem = stem
        self.producer = producer
        self.body = body.strip("\n")
        self.meta = meta or {}
        self.xmp_creator = xmp_creator
        self.outline = outline or []
        self.notes = notes or []
        self.hidden = hidden or []
        self.form = form or []
        self.scan_style = scan_style or {}
        self.font = font

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def spans(self):
        out = []
        for ln in self.body.split("\n"):
            out += parse(ln)[1]
        return out


# ------------------------------------------------------------------ reportlab producer
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTDIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTDIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONTDIR / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONTDIR / "DejaVuSerif-Bold.ttf")))
    _FONTS_DONE = True


def split_row(line: str):
    """Split '| a | [[P|b]] |' on the bars that are not inside a [[..]] or {{..}} mark."""
    cells, cur, depth, i = [], "", 0, 0
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("||"):
        body = body[:-1]
    while i < len(body):
        two = body[i:i + 2]
        if two in ("[[", "{{"):
            depth += 1
            cur += two
            i += 2
            continue
        if two in ("]]", "}}") and depth:
            depth -= 1
            cur += two
            i += 2
            continue
        if body[i] == "|" and not depth:
            cells.append(cur.strip())
            cur = ""
        else:
            cur += body[i]
        i += 1
    cells.append(cur.strip())
    return cells


def blocks(body: str):
    """Yield ('title'|'h'|'p'|'table'|'page'|'space', payload)."""
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(split_row(lines[i]))
                i += 1
            yield ("table", rows)
            continue
        if ln.strip() == "===":
            yield ("page", None)
        elif ln.startswith("# "):
            yield ("title", ln[2:])
        elif ln.startswith("## "):
            yield ("h", ln[3:])
        elif not ln.strip():
            yield ("space", None)
        else:
            yield ("p", ln)
        i += 1


def build_reportlab(doc: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from reportlab import rl_config
    rl_config.invariant = 1
    _fonts()
    if doc.producer == "ttf":
        f, fb = (doc.font or "DejaVu"), (doc.font or "DejaVu") + "-Bold"
    else:
        f, fb = (doc.font or "Helvetica"), {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(doc.font or "Helvetica", "Helvetica-Bold")
    st = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.2, spaceAfter=1)
    sh = ParagraphStyle("h", fontName=fb, fontSize=11, leading=14, spaceBefore=4, spaceAfter=2)
    stt = ParagraphStyle("t", fontName=fb, fontSize=14, leading=18, spaceAfter=6)
    sc = ParagraphStyle("c", fontName=f, fontSize=8.3, leading=10)
    story = []
    for kind, pl in blocks(doc.body):
        if kind == "title":
            story.append(Paragraph(escape(strip(pl)), stt))
        elif kind == "h":
            story.append(Paragraph(escape(strip(pl)), sh))
        elif kind == "p":
            story.append(Paragraph(escape(strip(pl)), st))
        elif kind == "space":
            story.append(Spacer(1, 5))
        elif kind == "page":
            story.append(PageBreak())
        elif kind == "table":
            data = [[Paragraph(escape(strip(c)), sc) for c in r] for r in pl]
            ncol = max(len(r) for r in pl)
            lens = [max(max((len(strip(r[j])) for r in pl if j < len(r)), default=1), 6) + 5 for j in range(ncol)]
            tot = sum(lens)
            data = [r + [""] * (ncol - len(r)) for r in data]
            t = Table(data, hAlign="LEFT", repeatRows=1, colWidths=[166 * mm * x / tot for x in lens])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 5))
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title="", author="")
    d.build(story)


# ------------------------------------------------------------------ AcroForm producer
def build_form(doc: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab import rl_config
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    c = canvas.Canvas(str(out), pagesize=A4)
    w, h = A4
    y = h - 60
    for kind, pl in blocks(doc.body):
        if kind == "title":
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, strip(pl))
            y -= 24
        elif kind == "h":
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, y, strip(pl))
            y -= 18
        elif kind == "p":
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, strip(pl))
            y -= 14
        elif kind == "space":
            y -= 6
    y -= 6
    for label, name, value in doc.form:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 5, label)
        multi = len(value) > 60
        hh = 34 if multi else 16
        c.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=y - (hh - 16), width=300, height=hh,
                             fontName="Helvetica", fontSize=8, borderWidth=0.5,
                             fieldFlags="multiline" if multi else "")
        y -= hh + 8
    c.save()


# ------------------------------------------------------------------ scan producer (image-only page)
def build_scan(doc: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rnd = random.Random(doc.stem)
    dpi = 150
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    st = doc.scan_style
    fnt = ImageFont.truetype(str(FONTDIR / st.get("font", "DejaVuSerif.ttf")), st.get("size", 27))
    hand = ImageFont.truetype(str(FONTDIR / st.get("hand", "DejaVuSans-Oblique.ttf")), st.get("hsize", 30))
    y = 110
    for ln in doc.body.split("\n"):
        if ln.strip() == "===":
            continue
        use = fnt
        if ln.startswith("~"):
            use, ln = hand, ln[1:]
        txt = strip(ln).lstrip("# ")
        if ln.startswith("# "):
            use = ImageFont.truetype(str(FONTDIR / "DejaVuSerif-Bold.ttf"), st.get("size", 27) + 6)
        x = 110 + (rnd.randint(-3, 3) if use is hand else 0)
        dr.text((x, y), txt, fill=rnd.randint(15, 45), font=use)
        y += int(use.size * 1.55) if txt else int(use.size * 0.8)
    img = img.rotate(st.get("angle", 0.7), resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.35))
    px = img.load()
    for _ in range(2500):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=72)
    bio.seek(0)
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    rl_config.invariant = 1
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
    c.save()


# ------------------------------------------------------------------ docx producer (LibreOffice)
def build_docx(doc: Doc, out: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    TMP.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    s = d.styles["Normal"]
    s.font.name = doc.font or "Liberation Sans"
    s.font.size = Pt(10)
    s.paragraph_format.space_after = Pt(2)
    for kind, pl in blocks(doc.body):
        if kind == "title":
            d.add_heading(strip(pl), level=1)
        elif kind == "h":
            d.add_heading(strip(pl), level=2)
        elif kind == "p":
            d.add_paragraph(strip(pl))
        elif kind == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            t = d.add_table(rows=len(pl), cols=max(len(r) for r in pl))
            t.style = "Table Grid"
            for i, r in enumerate(pl):
                for j, cval in enumerate(r):
                    t.cell(i, j).text = strip(cval)
                    for p in t.cell(i, j).paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(8.5)
    d.core_properties.author = doc.meta.get("/Author", "")
    d.core_properties.title = doc.meta.get("/Title", "")
    src = TMP / f"{doc.stem}.docx"
    d.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s210_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    (TMP / f"{doc.stem}.pdf").replace(out)


# ------------------------------------------------------------------ post-processing (pikepdf)
def finish(doc: Doc, path: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, String, Array

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            if doc.xmp_creator:
                xmp["dc:creator"] = [doc.xmp_creator]
            if doc.meta.get("/Title"):
                xmp["dc:title"] = doc.meta["/Title"]
            if doc.meta.get("/Producer"):
                xmp["pdf:Producer"] = doc.meta["/Producer"]
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject"):
                del info[k]
        for k, v in doc.meta.items():
            info[Name(k)] = String(v)
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, author, text in doc.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720]),
                T=String(author), Contents=String(text), Name=Name.Comment, F=4, Open=False))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(annot)
        info[Name("/CreationDate")] = String("D:20261014090000+02'00'")
        info[Name("/ModDate")] = String("D:20261014090000+02'00'")
        pdf.save(str(path), fix_metadata_version=False, deterministic_id=True)


def build(doc: Doc) -> Path:
    DOCS_DIR.mkdir(exist_ok=True)
    out = doc.pdf
    {"helv": build_reportlab, "ttf": build_reportlab, "docx": build_docx, "scan": build_scan,
     "form": build_form}[doc.producer](doc, out)
    finish(doc, out)
    return out


# ------------------------------------------------------------------ gold
TITLES = {"mevrouw", "meneer", "heer", "dhr.", "mw.", "dr.", "mr.", "drs.", "fam.", "ir.", "prof."}


def surname(value: str):
    """The surname part of a person's name as written ('Jan de Vries' -> 'de Vries',
    'Kamphuis, Ilse' -> 'Kamphuis', 'mr. L. Wijnbergen' -> 'Wijnbergen'); None if there is none."""
    if "," in value:
        s = value.split(",")[0].strip()
        return s if len(s) > 2 and s != value else None
    toks = [t for t in value.split() if not t.startswith("(")]
    while toks and toks[0].lower() in TITLES:
        toks = toks[1:]
    if not toks:
        return None
    if len(toks) >= 2 and toks[0].lower() not in PARTICLES:
        toks = toks[1:]
        while len(toks) > 1 and re.fullmatch(r"(?:[A-Z][a-z]?\.)+|[A-Z]", toks[0]):
            toks = toks[1:]
    s = " ".join(toks)
    if len(s) <= 2 or s == value or s.endswith("."):
        return None
    return s


def make_gold(doc: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact, seen = [], set()
    is_scan = doc.producer == "scan"
    chans = None
    need_ch = is_scan or doc.hidden
    if need_ch:
        chans = extract_channels(path, ocr="auto" if is_scan else "off")["channels"]

    def ocr_found(t):
        from evaluate import ocr_count
        return ocr_count(chans.get("ocr", []), {"text": t, "word": True})

    for typ, kind, val in doc.spans():
        if typ != "R":
            continue
        probes = [val]
        if kind == "PERSON":
            sn = surname(val)
            if sn:
                probes.append(sn)
        item = {"kind": kind, "value": val, "probes": []}
        for p in probes:
            if p in seen:
                continue
            pr = {"text": p, "word": True, "after": 0}
            if is_scan:
                pr["ocr"] = True
                if not ocr_found(p):
                    problems.append(f"{doc.stem}: OCR does not read {p!r} (dropped)")
                    continue
            elif not count_in(text, pr):
                problems.append(f"{doc.stem}: redact probe {p!r} not in text")
                continue
            seen.add(p)
            item["probes"].append(pr)
        if item["probes"]:
            if is_scan:
                item["channel"] = "ocr"
            redact.append(item)
    for ch, kind, val, probes in doc.hidden:
        item = {"kind": kind, "value": val, "channel": ch, "probes": []}
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            c = extract_ch_count(chans, ch, pr)
            if not c:
                problems.append(f"{doc.stem}: hidden probe {p!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{doc.stem}: hidden probe {p!r} also in page text")
            item["probes"].append(pr)
        redact.append(item)
    # simulated redaction of the page text
    red_text = text
    for it in redact:
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], True).sub("\u2588", red_text)
    keep, kseen = [], set()
    auto = [("DATE", m.group(0)) for m in AUTO_DATE.finditer(text)] + \
        [("REFERENCE", m.group(0)) for m in AUTO_REF.finditer(text)]
    cands = [(kind, val) for typ, kind, val in doc.spans() if typ == "K"] + KEEP_TERMS + auto
    for kind, val in cands:
        if val in kseen:
            continue
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        if not n:
            if (kind, val) not in KEEP_TERMS:
                problems.append(f"{doc.stem}: keep {val!r} not in text")
            continue
        if count_in(red_text, pr) != n:
            if (kind, val) not in KEEP_TERMS and (kind, val) not in auto:
                problems.append(f"{doc.stem}: keep {val!r} overlaps a redact probe")
            continue
        kseen.add(val)
        pr["after"] = n
        keep.append({"kind": kind, "value": val, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


def extract_ch_count(chans, ch, pr):
    from evaluate import channel_counts
    return channel_counts(chans or {}, pr).get(ch, 0)
