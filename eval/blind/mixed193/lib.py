"""Engine for set FE (mixed193): markup -> PDF + gold.

Markup in a document's lines:
  [[K:value]]  text that must disappear (redact), K = kind code (see RKIND)
  {{K:value}}  text that must stay readable (keep), K = kind code (see KKIND)
Line prefixes: '# ' heading, '## ' subheading, '|' table row (cells split on '|'), '---' page break,
'~ ' small grey line, '' empty line = spacer.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DJ = "/usr/share/fonts/truetype/dejavu/"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN",
         "D": "DATE_OF_BIRTH", "H": "HEALTH", "C": "INITIALS", "K": "KVK", "N": "PERSONNEL_NUMBER",
         "X": "OTHER_PERSONAL", "U": "USERNAME", "S": "SIGNATURE"}
KKIND = {"O": "ORG", "L": "LOCATION", "R": "PUBLIC_OFFICIAL", "N": "REFERENCE", "W": "LAW",
         "F": "FUNCTIONAL_EMAIL", "G": "GENERAL_PHONE", "J": "JOB_TITLE", "X": "NOT_A_PERSON",
         "M": "PROJECT", "D": "DATE", "T": "TERM", "A": "PUBLIC_ADDRESS"}
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "het", "Van", "De", "Ter"}
MARK = re.compile(r"(\[\[|\{\{)([A-Z]):(.+?)(\]\]|\}\})")


# public words and phrases that must stay readable wherever they occur (added as keep probes per doc)
AUTO_KEEP = ["festival", "evenementenvergunning", "vergunning", "burgemeester", "organisator", "organisatie",
             "omwonenden", "geluidsniveau", "dB(C)", "dB(A)", "23.00 uur", "22.47 uur", "nooduitgangen",
             "hoofdtent", "hoofdpodium", "EHBO", "crowd manager", "veiligheidsplan", "eindtijd", "klachten",
             "bezoekers", "podium 2", "zaterdag 27 juni", "27 juni", "28 juni", "2026", "APV", "politie",
             "brandweer", "ECC", "boa", "Woo", "zienswijze", "bezwaar", "meetpunt R1", "R1", "Klankrijk",
             "Apeldoorn", "Zuiderpark", "Europaweg", "Sportlaan", "VNOG", "GHOR", "OVIJ", "beveiligers",
             "fouilleringsprotocol", "geluidsprognose", "geluidsmetingen", "overschrijding", "uitgang Noord",
             "vak A", "sluis", "FOH", "plattegrond", "schouw", "tent", "evenement", "melder", "melding",
             "contactlijst", "factuur", "btw", "Totaal", "deels openbaar", "niet openbaar", "openbaar",
             "5.1.2e", "5.1.1d", "5.1.1e", "persoonsgegevens", "Onderwerp", "Datum", "Kenmerk"]


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(3), s)


def collect(lines):
    red, keep = [], []
    for ln in lines:
        for m in MARK.finditer(ln):
            (red if m.group(1) == "[[" else keep).append((m.group(2), m.group(3)))
    return red, keep


class Doc:
    def __init__(self, stem, title, lines, producer="reportlab", font="Helvetica", meta=None,
                 outline=None, annots=None, form=None, scan=False, hidden=None, creator=None,
                 prod_str=None, author=None, xmp_creator=None, size=10):
        self.stem, self.title, self.lines = stem, title, [l for l in lines]
        self.producer, self.font, self.size = producer, font, size
        self.outline = outline or []          # [(title, page_index, redact_values_in_title)]
        self.annots = annots or []            # [(page_index, author, contents)]
        self.form = form or []                # [(name, label, value)]
        self.scan = scan
        self.hidden = hidden or []            # [(kind, value, channel)]
        self.creator, self.prod_str = creator, prod_str
        self.author, self.xmp_creator = author, xmp_creator


# ---------------------------------------------------------------- rendering
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_reportlab(d: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font, bold = d.font, d.font + "-Bold"
    if d.font == "Times-Roman":
        bold = "Times-Bold"
    if d.font.startswith("DejaVu"):
        pdfmetrics.registerFont(TTFont(d.font, DJ + d.font + ".ttf"))
        pdfmetrics.registerFont(TTFont(d.font + "-Bold", DJ + d.font + "-Bold.ttf"))
    body = ParagraphStyle("b", fontName=font, fontSize=d.size, leading=d.size * 1.32, spaceAfter=2)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=d.size + 4, leading=d.size + 8, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=d.size + 1, leading=d.size + 4, spaceBefore=4, spaceAfter=2)
    small = ParagraphStyle("s", fontName=font, fontSize=d.size - 2, leading=d.size, textColor=colors.grey)
    cell = ParagraphStyle("c", fontName=font, fontSize=d.size - 1.5, leading=d.size + 0.5)
    story, rows = [], []

    def flush():
        nonlocal rows
        if rows:
            n = max(len(r) for r in rows)
            data = [[Paragraph(_esc(c.strip()), cell) for c in r] + [""] * (n - len(r)) for r in rows]
            w = [max(6, min(40, max(len(r[j]) if j < len(r) else 0 for r in rows))) for j in range(n)]
            t = Table(data, colWidths=[(170 * mm) * x / sum(w) for x in w], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows = []

    for ln in d.lines:
        p = plain(ln)
        if p.startswith("|"):
            rows.append(p.strip().strip("|").split("|"))
            continue
        flush()
        if p == "---":
            story.append(PageBreak())
        elif p.startswith("## "):
            story.append(Paragraph(_esc(p[3:]), h2))
        elif p.startswith("# "):
            story.append(Paragraph(_esc(p[2:]), h1))
        elif p.startswith("~ "):
            story.append(Paragraph(_esc(p[2:]), small))
        elif p.strip() == "":
            story.append(Spacer(1, 5))
        else:
            story.append(Paragraph(_esc(p), body))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title, invariant=1)
    doc.build(story)


def build_docx(d: Doc, path: Path):
    import docx
    from docx.shared import Pt
    document = docx.Document()
    st = document.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(d.size)
    rows = []

    def flush():
        nonlocal rows
        if rows:
            n = max(len(r) for r in rows)
            t = document.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c.strip()
            rows = []

    for ln in d.lines:
        p = plain(ln)
        if p.startswith("|"):
            rows.append(p.strip().strip("|").split("|"))
            continue
        flush()
        if p == "---":
            document.add_page_break()
        elif p.startswith("## "):
            document.add_heading(p[3:], level=2)
        elif p.startswith("# "):
            document.add_heading(p[2:], level=1)
        elif p.startswith("~ "):
            document.add_paragraph(p[2:])
        elif p.strip() == "":
            continue
        else:
            document.add_paragraph(p)
    flush()
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    with tempfile.TemporaryDirectory(prefix="s193_dx") as td:
        src = Path(td) / (d.stem + ".docx")
        document.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s193_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        Path(path).write_bytes((Path(td) / (d.stem + ".pdf")).read_bytes())


def build_scan(d: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_norm = ImageFont.truetype(DJ + "DejaVuSerif.ttf", 34)
    f_hand = ImageFont.truetype(DJ + "DejaVuSerif-Italic.ttf", 40)
    f_head = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 44)
    y = 150
    for ln in d.lines:
        p = plain(ln)
        if p.startswith("# "):
            dr.text((140, y), p[2:], font=f_head, fill=20); y += 80
        elif p.startswith("~ "):  # handwriting-like
            dr.text((170, y), p[2:], font=f_hand, fill=35); y += 70
        elif p.strip() == "":
            y += 30
        else:
            dr.text((140, y), p, font=f_norm, fill=25); y += 54
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=82)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def build_form(d: Doc, path: Path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for ln in d.lines:
        p = plain(ln)
        if p.startswith("# "):
            c.setFont("Helvetica-Bold", 14); c.drawString(56, y, p[2:]); y -= 26
        elif p.strip() == "":
            y -= 8
        else:
            c.setFont("Helvetica", 10); c.drawString(56, y, p); y -= 15
    y -= 10
    form = c.acroForm
    for name, label, value in d.form:
        c.setFont("Helvetica", 9)
        c.drawString(56, y + 5, label)
        form.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=18, value=value,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    c.showPage()
    c.save()


def postprocess(d: Doc, path: Path):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    info = pdf.docinfo
    for k in list(info.keys()):
        if k in ("/Author", "/Creator", "/Producer", "/Subject", "/Keywords"):
            del info[k]
    info["/Title"] = d.title
    info["/Producer"] = d.prod_str or "ReportLab PDF Library - www.reportlab.com"
    if d.creator:
        info["/Creator"] = d.creator
    if d.author:
        info["/Author"] = d.author
    info["/CreationDate"] = "D:20260612091500+02'00'"
    info["/ModDate"] = "D:20260612091500+02'00'"
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    if d.xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = [d.xmp_creator]
            m["dc:title"] = d.title
            m["pdf:Producer"] = str(info["/Producer"])
    if d.outline:
        with pdf.open_outline() as ol:
            for t, pg in d.outline:
                ol.root.append(pikepdf.OutlineItem(t, pg))
    for pg, who, text in d.annots:
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                         Rect=Array([480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720]),
                                         T=String(who), Contents=String(text), Open=False,
                                         C=Array([1, 0.9, 0.2]), M=String("D:20260612100000+02'00'")))
        if "/Annots" not in page.obj:
            page.obj["/Annots"] = Array()
        page.obj.Annots.append(a)
    pdf.save(str(path), static_id=True)
    pdf.close()


def build(d: Doc) -> Path:
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{d.stem}.pdf"
    if d.scan:
        build_scan(d, path)
    elif d.form:
        build_form(d, path)
    elif d.producer == "docx":
        build_docx(d, path)
    else:
        build_reportlab(d, path)
    postprocess(d, path)
    return path


# ---------------------------------------------------------------- gold
def surname(v):
    toks = v.split()
    if len(toks) < 2:
        return None
    last = toks[-1]
    if len(last) < 4 or last.endswith(".") or not last[0].isupper():
        return None
    return last


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = collect(d.lines)
    keepvals = [v for _, v in keep]
    items, seen = [], set()

    def add(kind, value, probes, channel=None):
        ps = []
        for t in probes:
            if t in seen:
                continue
            seen.add(t)
            pr = {"text": t, "word": True, "after": 0}
            if channel == "ocr":
                pr["ocr"] = True
            ps.append(pr)
        if ps:
            it = {"kind": kind, "value": value, "probes": ps}
            if channel:
                it["channel"] = channel
            items.append(it)

    chans = None
    if d.scan:
        chans = extract_channels(path, ocr="auto")["channels"]
    for k, v in red:
        probes = [v]
        if k == "P":
            s = surname(v)
            if s and not any(s in kv for kv in keepvals):
                probes.append(s)
        if k == "E" and "@" in v:
            probes.append(v.split("@")[0]) if len(v.split("@")[0]) >= 5 else None
        if d.scan:
            ok = [t for t in probes if channel_counts(chans, {"text": t, "word": True, "ocr": True}).get("ocr")]
            if len(ok) < len(probes):
                print(f"  {d.stem}: OCR does not read {set(probes) - set(ok)} (left out)")
            add(RKIND[k], v, ok, "ocr")
        else:
            add(RKIND[k], v, probes)
    for k, v, ch in d.hidden:
        add(RKIND[k], v, [v], ch)
    # simulated redaction for keep probes
    red_text = text
    for it in items:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], True).sub("\u2588", red_text)
    kitems, kseen = [], set()
    auto = [v for v in AUTO_KEEP]
    keep = list(keep) + [("T", v) for v in AUTO_KEEP if not d.scan and v not in [x for _, x in keep]
                         and count_in(text, {"text": v, "word": True})]
    for k, v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        n = count_in(text, {"text": v, "word": True})
        n2 = count_in(red_text, {"text": v, "word": True})
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if n2 != n:
            if v in auto and v not in keepvals:
                continue
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value ({n}->{n2})")
            continue
        kitems.append({"kind": KKIND[k], "value": v, "probes": [{"text": v, "word": True, "after": n}]})
    for it in items:
        ch = it.get("channel")
        for pr in it["probes"]:
            if ch is None and count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {pr['text']!r} not in text")
            if ch and ch != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden {pr['text']!r} in page text")
    gold = {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}
    return gold, problems
