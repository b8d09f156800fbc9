"""Builders and gold maker for set mixed227. Markup in document text: [value] or [value|KIND] = redact,
{value} or {value|KIND} = keep. Hidden-channel redact values are given per document."""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s227_build")
RX_R = re.compile(r"\[([^\]|]+)(?:\|(\w+))?\]")
RX_K = re.compile(r"\{([^}|]+)(?:\|(\w+))?\}")
FIXED = datetime.datetime(2026, 11, 20, 10, 0, 0)


def plain(s: str) -> str:
    return RX_K.sub(lambda m: m.group(1), RX_R.sub(lambda m: m.group(1), s))


def guess(v: str, default: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.search(r"NL\d\d ?[A-Z]{4}", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    return default


class Doc:
    def __init__(self, stem, lines, kind="rl", font="helv", producer=None, creator=None, author=None,
                 xmp_creator=None, outline=None, notes=None, title=None, form=None):
        self.stem, self.kind, self.font = stem, kind, font
        self.lines = [l.rstrip() for l in lines.strip("\n").split("\n")] if isinstance(lines, str) else lines
        self.producer, self.creator, self.author = producer, creator, author
        self.xmp_creator, self.outline, self.notes, self.title, self.form = xmp_creator, outline, notes, title, form

    # ------------------------------------------------------------------ builders
    def build(self) -> Path:
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            build_rl(self, out)
        elif self.kind in ("docx", "odt"):
            build_office(self, out)
        elif self.kind == "scan":
            build_scan(self, out)
        elif self.kind == "form":
            build_form(self, out)
        post(self, out)
        return out


def _fonts(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font == "helv":
        return "Helvetica", "Helvetica-Bold", "Courier"
    if font == "times":
        return "Times-Roman", "Times-Bold", "Courier"
    d = "/usr/share/fonts/truetype/dejavu/"
    if font == "serif":
        pdfmetrics.registerFont(TTFont("DVSerif", d + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DVSerifB", d + "DejaVuSerif-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVMono", d + "DejaVuSansMono.ttf"))
        return "DVSerif", "DVSerifB", "DVMono"
    pdfmetrics.registerFont(TTFont("DVSans", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVSansB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVMono", d + "DejaVuSansMono.ttf"))
    return "DVSans", "DVSansB", "DVMono"


def blocks(lines):
    """yield (type, payload): h1, h2, p, mono, table(rows), pb, sp"""
    tab = []
    for l in lines + [""]:
        if l.startswith("|"):
            tab.append([c.strip() for c in l.strip().strip("|").split("|")])
            continue
        if tab:
            yield "table", tab
            tab = []
        if l.startswith("# "):
            yield "h1", l[2:]
        elif l.startswith("## "):
            yield "h2", l[3:]
        elif l.startswith("@ "):
            yield "mono", l[2:]
        elif l.strip() == "---":
            yield "pb", None
        elif not l.strip():
            yield "sp", None
        else:
            yield "p", l


def build_rl(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    f, fb, fm = _fonts(d.font)
    st = ParagraphStyle("b", fontName=f, fontSize=10, leading=13.5)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=14, leading=18, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=11, leading=15, spaceBefore=4)
    mono = ParagraphStyle("m", fontName=fm, fontSize=8.5, leading=11)
    cell = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5)
    size = landscape(A4) if d.title == "landscape" else A4
    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=60, rightMargin=60, topMargin=55,
                            bottomMargin=55, invariant=1)
    story = []
    for t, p in blocks(d.lines):
        if t == "h1":
            story.append(Paragraph(escape(plain(p)), h1))
        elif t == "h2":
            story.append(Paragraph(escape(plain(p)), h2))
        elif t == "mono":
            story.append(Paragraph(escape(plain(p)), mono))
        elif t == "p":
            story.append(Paragraph(escape(plain(p)), st))
        elif t == "sp":
            story.append(Spacer(1, 6))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "table":
            rows = [[Paragraph(escape(plain(c)), cell) for c in r] for r in p]
            tb = Table(rows, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
    doc.build(story)


def build_office(d: Doc, out: Path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Sans" if d.font != "serif" else "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    for t, p in blocks(d.lines):
        if t == "h1":
            doc.add_heading(plain(p), level=1)
        elif t == "h2":
            doc.add_heading(plain(p), level=2)
        elif t in ("p", "mono"):
            para = doc.add_paragraph(plain(p))
            para.paragraph_format.space_after = Pt(3)
        elif t == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "table":
            tb = doc.add_table(rows=len(p), cols=len(p[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(p):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = plain(c)
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    lo = ["soffice", "-env:UserInstallation=file:///tmp/s227_lo", "--headless"]
    if d.kind == "odt":
        subprocess.run(lo + ["--convert-to", "odt", "--outdir", str(TMP), str(src)], check=True,
                       capture_output=True)
        src = TMP / f"{d.stem}.odt"
    subprocess.run(lo + ["--convert-to", "pdf", "--outdir", str(TMP), str(src)], check=True, capture_output=True)
    (TMP / f"{d.stem}.pdf").replace(out)


def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    fdir = "/usr/share/fonts/truetype/dejavu/"
    fnt = ImageFont.truetype(fdir + ("DejaVuSerif.ttf" if d.font == "serif" else "DejaVuSans.ttf"), 30)
    fh = ImageFont.truetype(fdir + "DejaVuSans-Bold.ttf", 38)
    y = 150
    import random
    rnd = random.Random(d.stem)
    for l in d.lines:
        if l.startswith("# "):
            dr.text((140, y), plain(l[2:]), font=fh, fill=20)
            y += 70
        elif not l.strip():
            y += 28
        else:
            dr.text((140 + rnd.randint(-3, 3), y), plain(l), font=fnt, fill=25)
            y += 46
    for _ in range(1500):
        img.putpixel((rnd.randrange(W), rnd.randrange(H)), rnd.randint(120, 200))
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=240)
    jp = TMP / f"{d.stem}.jpg"
    img.save(jp, "JPEG", quality=72)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()


def build_form(d: Doc, out: Path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = 790
    c.setFont("Helvetica-Bold", 14)
    for l in d.lines:
        if l.startswith("# "):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, plain(l[2:]))
            y -= 26
        elif l.startswith("F "):
            name, label, val = l[2:].split("::")
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, plain(label))
            c.acroForm.textfield(name=name, tooltip="", x=250, y=y - 5, width=290, height=16,
                                 value=plain(val), fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 24
        elif not l.strip():
            y -= 8
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, plain(l))
            y -= 14
    c.showPage()
    c.save()


def post(d: Doc, out: Path):
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.author:
            info["/Author"] = d.author
        info["/CreationDate"] = "D:20261120100000+01'00'"
        info["/ModDate"] = "D:20261120100000+01'00'"
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                if d.producer:
                    m["pdf:Producer"] = d.producer
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if d.notes:
            for pg, who, txt in d.notes:
                page = pdf.pages[pg]
                ann = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[480, 700, 500, 720], T=pikepdf.String(who), Contents=pikepdf.String(txt),
                    Open=False, Name=pikepdf.Name.Comment))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
                page.obj["/Annots"].append(ann)
        import hashlib
        h = hashlib.md5(d.stem.encode()).digest()
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(h), pikepdf.String(h)])
        pdf.save(out, static_id=True)


# ------------------------------------------------------------------ gold
# public words that must stay readable wherever they occur (job titles, places, procedure terms)
GLOBAL_KEEP = [(t, k) for k, ts in {
    "PLACE": ["Deventer", "Utrecht", "Den Haag"],
    "ROLE": ["directeur", "intern begeleider", "leerkracht", "bestuurssecretaris", "voorzitter", "secretaris",
             "vertrouwenspersoon", "mediator", "inspecteur", "leerplichtambtenaar", "onderwijsassistent",
             "wethouder", "minister", "staatssecretaris", "jurist", "bedrijfsarts", "klassenouder"],
    "TERM": ["groep 6", "groep 6B", "klachtenregeling", "hoorzitting", "bevoegd gezag", "college van bestuur",
             "Wet open overheid", "Kamervragen", "spreekbeurt", "mediation", "ParnasSys", "primair onderwijs",
             "verweerschrift", "klaagschrift", "Tweede Kamer", "Eerste Kamer", "Woo-verzoek", "zienswijze",
             "sociale veiligheid", "medezeggenschapsraad", "inventarislijst", "klasgenoten"],
}.items() for t in ts]

def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    body = "\n".join(d.lines)
    scan = d.kind == "scan"
    red = {}
    for m in RX_R.finditer(body):
        v = m.group(1)
        # (a WhatsApp export's "[02-02-26, 21:14]" is its time stamp, read by the mark-up as a redact mark: no
        # personal data; the stamps were removed from the gold after the set was measured, see README)
        if re.fullmatch(r"\d\d-\d\d-\d\d, \d\d:\d\d", v):
            continue
        red.setdefault(v, m.group(2) or guess(v, "PERSON"))
    hidden = []
    if d.author:
        hidden.append(("metadata", d.author))
    if d.xmp_creator and d.xmp_creator != d.author:
        hidden.append(("metadata", d.xmp_creator))
    for t, _ in d.outline or []:
        for m in RX_R.finditer(t):
            hidden.append(("outline", m.group(1)))
    for _, who, txt in d.notes or []:
        for s in (who, txt):
            for m in RX_R.finditer(s):
                hidden.append(("annotations", m.group(1)))
    if d.kind == "form":
        for l in d.lines:
            if l.startswith("F "):
                for m in RX_R.finditer(l.split("::")[2]):
                    hidden.append(("annotations", m.group(1)))
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if scan or hidden:
        chans = extract_channels(path, ocr="auto" if scan else "off")["channels"]
    hidden_vals = {v for _, v in hidden}
    for v, kind in red.items():
        if v in hidden_vals and d.kind == "form":
            continue
        pr = {"text": v, "word": True, "after": 0}
        if scan:
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                problems.append(f"{d.stem}: OCR misses {v!r}, dropped")
                continue
            gold["redact"].append({"kind": kind, "value": v, "channel": "ocr", "ocr": True, "probes": [pr]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
        gold["redact"].append({"kind": kind, "value": v, "probes": [pr]})
    seen = set()
    for ch, v in hidden:
        if (ch, v) in seen:
            continue
        seen.add((ch, v))
        pr = {"text": v, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} also in text")
        gold["redact"].append({"kind": guess(v, "PERSON"), "value": v, "channel": ch, "probes": [pr]})
    # simulated redaction for the keep check
    sim = text
    allred = list(red) + [v for _, v in hidden]
    for v in sorted(allred, key=len, reverse=True):
        sim = probe_regex(v, True).sub(lambda m: "#" * len(m.group(0)), sim)
    kseen = set()
    cands = [(m.group(1), m.group(2)) for m in RX_K.finditer(body)]
    if not scan:
        cands += [(t, k) for t, k in GLOBAL_KEEP]
        cands += [(m.group(0), "DATE") for m in re.finditer(
            r"\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d", text)]
    for v, kd in cands:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0 and (v, kd) in GLOBAL_KEEP:
            continue
        if n == 0 or count_in(sim, pr) != n or any(v in r or r in v for r in allred):
            problems.append(f"{d.stem}: keep {v!r} dropped (n={n}, sim={count_in(sim, pr)})")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": kd or guess(v, "ORG"), "value": v, "probes": [pr]})
    return gold, problems
