"""Engine for set mixed211: markup -> PDF + gold.

Markup in document text: [[value]] = personal data to redact (probe = value, word-anchored),
{{value}} = public text to keep (after = its count in the original's PDFium text).
Lines: '# ' heading, '## ' subheading, '| a | b |' table row, '---' page break, '' blank.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # fixed dates and IDs: rebuilds are byte-stable where the producer allows

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


def marks(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1):
            if m.group(1) not in red:
                red.append(m.group(1))
        elif m.group(2) not in keep:
            keep.append(m.group(2))
    return red, keep


GLOBAL_KEEP = ["Kootwijkerbroek", "Arnhem", "Deventer", "Wageningen", "provincie Gelderland",
               "Provincie Gelderland", "Postbus 9090", "6800 GX Arnhem", "Natura 2000-activiteit", "melkkoeien",
               "stikstofdepositie", "referentiesituatie", "intern salderen", "jongvee", "jongveestal",
               "locatiebezoek", "zienswijze", "zienswijzen", "ontwerpbesluit", "vergunningverlener",
               "toezichthouder", "teamleider", "jurist", "Woo-coördinator", "natuurvergunning", "Bennekom",
               "Stroe", "Barneveld", "habitattypen", "passende beoordeling", "voortoets", "dieraantallen",
               "Woo-verzoek", "Gedeputeerde Staten", "Natura 2000", "emissiearme", "kerkuil", "Den Haag",
               "ammoniak", "vrachtverkeer", "Rechtbank Gelderland", "beroep", "melkveebedrijf", "Hoge Esch",
               "specialist stikstof", "afdelingshoofd", "adviseur vergunningen", "ecoloog", "maatschap",
               "Maatschap", "Kamerbrief", "college", "bezwaar", "2014", "2025", "2026"]

TITLES = {"dr.", "ir.", "mr.", "drs.", "ing.", "mw.", "dhr.", "de", "van", "der", "ter", "'t", "den"}


def surname(v: str):
    """Surname probe for a multi-word person value: the last capitalised token (with its particles)."""
    if kind_of(v) != "PERSON" or " " not in v:
        return None
    toks = v.split()
    if toks[0].rstrip(",").endswith(",") or v.count(",") == 1:
        last = toks[0].rstrip(",")
        return last if len(last) >= 4 else None
    last = toks[-1]
    if len(last) < 4 or not last[0].isupper() or last.endswith("."):
        return None
    i = len(toks) - 1
    while i > 0 and toks[i - 1].lower() in ("de", "van", "der", "ter", "'t", "den", "oude") and \
            toks[i - 1] != toks[0] or (i > 1 and toks[i - 1] == "Oude"):
        i -= 1
    while i < len(toks) - 1 and toks[i][0].islower():
        i += 1
    sur = " ".join(toks[i:])
    if sur == v:
        return None
    return sur


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}.*", v):
        return "IBAN"
    if re.search(r"\d{3}", v) and re.fullmatch(r"[\d\s()+\-]+", v):
        return "PHONE"
    if re.search(r"\d{4} ?[A-Z]{2}\b", v) or re.search(r"weg|straat|laan|dijk|steeg", v):
        return "ADDRESS"
    if re.search(r"\d", v):
        return "ID"
    return "PERSON"


class Doc:
    def __init__(self, stem, title, text, producer="reportlab", meta=None, hidden=None, ttf=False,
                 outline=None, notes=None, form=None, scan=None, creator=None, prod=None, author=None,
                 xmp_creator=None, head=None):
        self.stem, self.title, self.text = stem, title, text
        self.producer = producer  # reportlab | docx | scan | form
        self.hidden = hidden or []  # list of (channel, value)
        self.ttf, self.outline, self.notes, self.form, self.scan = ttf, outline, notes, form, scan
        self.creator, self.prod, self.author, self.xmp_creator = creator, prod, author, xmp_creator
        self.head = head

    @property
    def path(self):
        return DOCS / f"{self.stem}.pdf"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_reportlab(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if d.ttf:
        try:
            pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DVS-B", FONTDIR + "DejaVuSans-Bold.ttf"))
        except Exception:
            pass
        fn, fb = "DVS", "DVS-B"
    else:
        fn, fb = ("Times-Roman", "Times-Bold") if d.stem[-1] in "13579" else ("Helvetica", "Helvetica-Bold")
    body = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=13, leading=16, spaceAfter=6, spaceBefore=4)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceAfter=3, spaceBefore=4)
    cell = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5)
    small = ParagraphStyle("s", fontName=fn, fontSize=7.5, leading=9.5)
    story = []
    rows = []
    raw = []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            lens = [max(min(max(len(r[i]) if i < len(r) else 0, 4), 60) + 3 for r in raw) for i in range(n)]
            lens = [max(L, max((len(w) for r in raw if i < len(r) for w in r[i].split()), default=4) + 6)
                    for i, L in enumerate(lens)]
            tot = sum(lens)
            if n >= 5:
                for r in rows:
                    for pgh in r:
                        if hasattr(pgh, "style"):
                            pgh.style = small
            t = Table([r + [""] * (n - len(r)) for r in rows], repeatRows=1,
                      colWidths=[166 * mm * L / tot for L in lens])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4"))]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows.clear()
            raw.clear()

    bm = 0
    for line in strip(d.text).strip("\n").split("\n"):
        if line.startswith("|"):
            raw.append([c.strip() for c in line.strip().strip("|").split("|")])
            rows.append([Paragraph(esc(c.strip()), cell) for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.strip() == "---":
            story.append(PageBreak())
        elif line.startswith("## "):
            story.append(Paragraph(esc(line[3:]), h2))
        elif line.startswith("# "):
            story.append(Paragraph(esc(line[2:]), h1))
        elif not line.strip():
            story.append(Spacer(1, 4))
        else:
            story.append(Paragraph(esc(line), body))
    flush()

    outline = d.outline or []

    def on_page(c, doc):
        c.saveState()
        c.setFont(fn, 7.5)
        if d.head:
            c.drawString(20 * mm, 287 * mm, d.head)
        c.drawRightString(190 * mm, 10 * mm, f"pagina {doc.page}")
        pg = doc.page
        for i, (p, title) in enumerate(outline):
            if p == pg:
                key = f"bm{i}"
                c.bookmarkPage(key)
                c.addOutlineEntry(title, key, level=0)
        c.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.title,
                            author=d.author or "", creator=d.creator or "", producer=d.prod or "")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def build_docx(ds, tmp: Path):
    import docx
    from docx.shared import Pt
    tmp.mkdir(parents=True, exist_ok=True)
    files = []
    for d in ds:
        w = docx.Document()
        st = w.styles["Normal"]
        st.font.name = "DejaVu Sans"
        st.font.size = Pt(10)
        w.core_properties.author = d.author or ""
        w.core_properties.title = d.title
        w.core_properties.last_modified_by = ""
        table = None
        for line in strip(d.text).strip("\n").split("\n"):
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if table is None:
                    table = w.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                r = table.add_row().cells
                for i, c in enumerate(cells):
                    r[i].text = c
                continue
            table = None
            if line.strip() == "---":
                w.add_page_break()
            elif line.startswith("## "):
                w.add_heading(line[3:], level=2)
            elif line.startswith("# "):
                w.add_heading(line[2:], level=1)
            else:
                w.add_paragraph(line)
        f = tmp / f"{d.stem}.docx"
        w.save(f)
        files.append(f)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s211_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp)] + [str(f) for f in files], capture_output=True, timeout=300)
    for d in ds:
        (tmp / f"{d.stem}.pdf").replace(d.path)


def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    W, H = 1654, 2339  # 200 dpi A4
    img = Image.new("L", (W, H), 247)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 30)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 36)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSans-Oblique.ttf", 38)
    y = 150
    for line in strip(d.text).strip("\n").split("\n"):
        if line.startswith("# "):
            dr.text((150, y), line[2:], font=fb, fill=20)
            y += 62
        elif line.startswith("~ "):  # handwriting-like
            dr.text((190, y), line[2:], font=fh, fill=35)
            y += 60
        elif not line.strip():
            y += 24
        else:
            dr.text((150, y), line, font=f, fill=25)
            y += 46
    img = img.rotate(0.7 if d.stem[-1] in "02468" else -0.6, resample=Image.BICUBIC, fillcolor=240)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def build_form(d: Doc, out: Path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d.title)
    y = 800
    for line in strip(d.text).strip("\n").split("\n"):
        if line.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, line[2:])
            y -= 24
        elif line.strip():
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, line)
            y -= 15
        else:
            y -= 8
    y -= 10
    for name, label, value in d.form:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=16, value=value,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    c.showPage()
    c.save()


def postprocess(d: Doc, path: Path):
    import pikepdf
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if d.xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            m["dc:creator"] = [d.xmp_creator]
            m["dc:title"] = d.title
    info = pdf.docinfo
    if d.prod:
        info["/Producer"] = d.prod
    if d.creator:
        info["/Creator"] = d.creator
    if d.author is not None:
        if d.author:
            info["/Author"] = d.author
        elif "/Author" in info:
            del info["/Author"]
    info["/Title"] = d.title
    info["/CreationDate"] = "D:20251201090000+01'00'"
    info["/ModDate"] = "D:20251201090000+01'00'"
    if d.notes:
        for page_no, x, y, who, txt in d.notes:
            pg = pdf.pages[page_no - 1]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                       Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                                       C=[1, 0.9, 0.2])
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            pg.obj["/Annots"].append(pdf.make_indirect(annot))
    pdf.save(str(path), deterministic_id=True)


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = marks(d.text)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if d.hidden or d.producer == "scan":
        chans = extract_channels(path, ocr="auto" if d.producer == "scan" else "off")["channels"]
    for v in red:
        pr = {"text": v, "word": True, "after": 0}
        extra = surname(v)
        if d.producer == "scan":
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                problems.append(f"{d.stem}: OCR misses {v!r} (dropped)")
                continue
            gold["redact"].append({"kind": kind_of(v), "value": v, "probes": [pr]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
        prs = [pr]
        if extra and extra not in red and count_in(text, {"text": extra, "word": True}):
            prs.append({"text": extra, "word": True, "after": 0})
        gold["redact"].append({"kind": kind_of(v), "value": v, "probes": prs})
    for ch, v in d.hidden:
        pr = {"text": v, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} also in page text")
        gold["redact"].append({"kind": kind_of(v), "value": v, "channel": ch, "probes": [pr]})
    # simulated redaction for overlap check
    sim = text
    allred = sorted({p["probes"][0]["text"] for p in gold["redact"]}, key=len, reverse=True)
    for v in allred:
        sim = probe_regex(v, True).sub("\u2588", sim)
    if d.producer != "scan":
        for v in GLOBAL_KEEP:
            if v not in keep and count_in(text, {"text": v, "word": True}) and \
                    count_in(sim, {"text": v, "word": True}) == count_in(text, {"text": v, "word": True}):
                keep.append(v)
        for v in keep:
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {v!r} not in text")
                continue
            if count_in(sim, pr) != n:
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
                continue
            pr["after"] = n
            gold["keep"].append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    else:
        for v in keep:
            pass
    return gold, problems
