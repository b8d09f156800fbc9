"""Builder for set mixed152 (road reconstruction Dorpsstraat/Molenweg, gemeente Lochem; invented).

Text markup in a document's lines: [[X:value]] must be redacted (X = kind letter, see KINDS),
{{Y:value}} must stay (Y = kind letter); markers are stripped when rendering. A line '<<PB>>' forces
a new page, '# ' starts a heading, a line with ' | ' is a table row.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "I": "IBAN", "B": "BSN", "D": "DATE_OF_BIRTH",
         "H": "HEALTH", "C": "INITIALS", "K": "KVK", "N": "PERSONNEL_NUMBER", "S": "SIGNATURE", "L": "LICENSE_PLATE",
         "O": "ORG", "R": "ROLE", "G": "PLACE", "W": "LAW", "F": "REFERENCE", "U": "PUBLIC_OFFICIAL", "M": "MAILBOX",
         "V": "GENERAL_NUMBER", "X": "NOT_A_PERSON", "Y": "PROJECT", "Z": "TERM"}
RX = re.compile(r"(\[\[|\{\{)([A-Z]):(.+?)(\]\]|\}\})")


def plain(line: str) -> str:
    return RX.sub(lambda m: m.group(3), line)


def marks(lines):
    red, keep = [], []
    for ln in lines:
        for m in RX.finditer(ln):
            (red if m.group(1) == "[[" else keep).append((KINDS[m.group(2)], m.group(3)))
    return red, keep


class Doc:
    def __init__(self, stem, lines, producer="reportlab", creator=None, prod_str=None, font="helv", author=None,
                 xmp_author=None, outline=(), notes=(), fields=(), hidden=(), ocr=False, title=None, size=10):
        self.stem, self.lines, self.producer = stem, lines, producer
        self.creator, self.prod_str, self.font, self.author = creator, prod_str, font, author
        self.xmp_author, self.outline, self.notes, self.fields = xmp_author, outline, notes, fields
        self.hidden, self.ocr, self.title, self.size = hidden, ocr, title, size

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.ocr:
            build_scan(self)
        elif self.producer == "docx":
            build_docx(self)
        else:
            build_rl(self)
        post(self)
        return self.path


def _fonts(c, kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "helv":
        return "Helvetica", "Helvetica-Bold"
    if kind == "times":
        return "Times-Roman", "Times-Bold"
    if kind == "courier":
        return "Courier", "Courier-Bold"
    for n, f in (("DejaVu", DEJAVU), ("DejaVuB", DEJAVU_B), ("DejaVuSerif", SERIF)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))
    return ("DejaVuSerif", "DejaVuB") if kind == "serif" else ("DejaVu", "DejaVuB")


def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    reg, bold = _fonts(c, d.font)
    W, H = A4
    ml, mt, mb = 60, 60, 60
    fs = d.size
    lead = fs * 1.32
    y = H - mt
    page = 1
    pages_y = {}

    def newpage():
        nonlocal y, page
        c.showPage()
        page += 1
        y = H - mt

    for raw in d.lines:
        if raw == "<<PB>>":
            newpage()
            continue
        ln = plain(raw)
        if y < mb + lead:
            newpage()
        if ln.startswith("# "):
            c.setFont(bold, fs + 3)
            y -= 4
            c.drawString(ml, y, ln[2:])
            y -= lead + 4
            continue
        if " | " in ln:
            cells = ln.split(" | ")
            cw = (W - 2 * ml) / len(cells)
            c.setFont(reg, fs - 1)
            maxl = 1
            for i, cell in enumerate(cells):
                parts = simpleSplit(cell, reg, fs - 1, cw - 6)
                for j, p in enumerate(parts):
                    c.drawString(ml + i * cw, y - j * lead, p)
                maxl = max(maxl, len(parts))
            y -= lead * maxl + 2
            continue
        c.setFont(reg, fs)
        if not ln.strip():
            y -= lead * 0.6
            continue
        for p in simpleSplit(ln, reg, fs, W - 2 * ml):
            if y < mb:
                newpage()
                c.setFont(reg, fs)
            c.drawString(ml, y, p)
            y -= lead
    if d.fields:
        form = c.acroForm
        yy = 200
        for (name, value) in d.fields:
            form.textfield(name=name, value=value, x=300, y=yy, width=230, height=16, fontName="Helvetica",
                           fontSize=9, borderWidth=0.5)
            yy -= 20
    c.showPage()
    c.save()


def build_docx(d: Doc):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.font != "serif" else "Liberation Serif"
    st.font.size = Pt(d.size)
    table = None
    for raw in d.lines:
        if raw == "<<PB>>":
            doc.add_page_break()
            table = None
            continue
        ln = plain(raw)
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=2)
            table = None
        elif " | " in ln:
            cells = ln.split(" | ")
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, cell in enumerate(cells):
                row[i].text = cell
        else:
            table = None
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(3)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    tmp = Path(f"/tmp/s152_docx")
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s152_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
    (tmp / f"{d.stem}.pdf").replace(d.path)


def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 248)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(SERIF if d.font == "serif" else DEJAVU, 34)
    fb = ImageFont.truetype(DEJAVU_B, 40)
    y = 150
    for raw in d.lines:
        ln = plain(raw)
        if ln.startswith("# "):
            dr.text((140, y), ln[2:], font=fb, fill=20)
            y += 64
        elif not ln.strip():
            y += 30
        else:
            dr.text((140, y), ln, font=f, fill=25)
            y += 50
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=248)
    jp = Path(f"/tmp/s152_{d.stem}.jpg")
    img.convert("RGB").save(jp, quality=80)
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()


def post(d: Doc):
    import pikepdf
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf:
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords", "/CreationDate", "/DocChecksum",
                     "/ModDate"):
                del info[k]
        info["/CreationDate"] = "D:20260601090000+02'00'"
        info["/ModDate"] = "D:20260601090000+02'00'"
        info["/Producer"] = d.prod_str or "ReportLab PDF Library - www.reportlab.com"
        if d.creator:
            info["/Creator"] = d.creator
        if d.title:
            info["/Title"] = d.title
        if d.author:
            info["/Author"] = d.author
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate", "xmpMM:DocumentID",
                        "xmpMM:InstanceID"):
                if key in meta:
                    del meta[key]
            meta["pdf:Producer"] = d.prod_str or "ReportLab PDF Library"
            if d.title:
                meta["dc:title"] = d.title
            if d.xmp_author:
                meta["dc:creator"] = [d.xmp_author]
        if d.outline:
            with pdf.open_outline() as ol:
                for t, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for (pg, who, txt) in d.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[500, 760, 520, 780],
                T=pikepdf.String(who), Contents=pikepdf.String(txt), Open=False, Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        import hashlib
        h = hashlib.md5(d.stem.encode()).digest()
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(h), pikepdf.String(h)])
        pdf.save(d.path, deterministic_id=True)


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = marks(d.lines)
    items = []
    seen = set()
    ocr = bool(d.ocr)
    chans = None
    if ocr or d.hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    for kind, val in red:
        if val in seen:
            continue
        seen.add(val)
        pr = {"text": val, "word": True, "after": 0}
        if ocr:
            pr["ocr"] = True
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                print(f"  (dropped OCR probe not read by tesseract: {d.stem} {val!r})")
                continue
            items.append({"kind": kind, "value": val, "channel": "ocr", "probes": [pr]})
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {val!r} not in text")
            items.append({"kind": kind, "value": val, "probes": [pr]})
    for ch, kind, val in d.hidden:
        pr = {"text": val, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden {val!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {val!r} also in text")
        items.append({"kind": kind, "value": val, "channel": ch, "probes": [pr]})
    # a distinctive surname found once is redacted in all its occurrences (surname-alone probes)
    if not ocr:
        vals = {it["value"] for it in items}
        for sn in SURNAMES:
            pr = {"text": sn, "word": True, "after": 0}
            if sn not in vals and count_in(text, pr):
                items.append({"kind": "PERSON", "value": sn, "probes": [pr]})
    # spans of redact values in the text
    spans = []
    for it in items:
        if "channel" in it or ocr:
            continue
        for m in probe_regex(it["value"], True).finditer(text):
            spans.append(m.span())
    kitems = []
    kseen = set()
    if not ocr:
        for kind, val in keep:
            if val in kseen:
                continue
            kseen.add(val)
            rx = probe_regex(val, True)
            ms = list(rx.finditer(text))
            if not ms:
                problems.append(f"{d.stem}: keep {val!r} not in text")
                continue
            if any(a < e and s < b for (a, b) in [m.span() for m in ms] for (s, e) in spans):
                print(f"  (dropped keep probe inside a redact value: {d.stem} {val!r})")
                continue
            kitems.append({"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": len(ms)}]})
    if not ocr:
        have = {it["value"] for it in kitems}
        for kind, val in auto_keep(text):
            if val in have:
                continue
            have.add(val)
            ms = list(probe_regex(val, True).finditer(text))
            if not ms or any(a < e and s < b for (a, b) in [m.span() for m in ms] for (s, e) in spans):
                continue
            if any(val in it["value"] for it in items):
                continue
            kitems.append({"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": len(ms)}]})
    return {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}, problems


SURNAMES = ["Overbeek", "Nijenhuis", "Schäfer", "Kroeze", "Hazelhoff", "Wolbert", "Lubbers", "Beltman",
            "Klein Gunnewiek", "Dijkhuis-Amsink", "Mensink-Hoekstra", "Bleumink", "Demir", "Wiegerinck", "Hesselink",
            "Hoekstra-van Dam", "ter Horst", "Oude Nijhuis", "Bosch", "van 't Hul", "ten Brinke", "Kaya", "Lammers"]
AUTO_TERMS = [("ROLE", t) for t in ("projectleider", "verkeerskundige", "omgevingsmanager", "uitvoerder", "Uitvoerder",
              "werkvoorbereider", "Werkvoorbereider", "planner", "juridisch adviseur", "Woo-coördinator", "secretaris",
              "voorzitter", "bouwkundige", "advocaat", "wethouder", "burgemeester", "teamleider", "Projectleider",
              "Omgevingsmanager", "raadsleden", "melkveehouder", "aannemer", "bewoners", "Bewoners")] + \
             [("PLACE", t) for t in ("Laren", "Lochem", "Zutphen", "Eibergen", "Molenweg", "Dorpsstraat", "Markt 1",
              "Postbus 17", "7240 AA Lochem", "Stationsweg 10", "Industrieweg 4")] + \
             [("TERM", t) for t in ("verkeersbesluit", "bezwaarschrift", "bezwaarschriften", "hoorzitting",
              "ontheffing", "riolering", "fietsstraat", "landbouwverkeer", "bomenkap", "eiken", "trilplaat",
              "loopschotten", "nadeelcompensatie", "omgevingsvergunning", "sluipverkeer", "melkwagen",
              "voorlopige voorziening", "fase 1a", "fase 1b", "Woo-verzoek", "inventarislijst")]
DATE_RX = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                     r"december) 20\d\d\b|\bEUR \d[\d.]*,\d\d\b")


def auto_keep(text):
    out = [(k, t) for k, t in AUTO_TERMS if t in text]
    for m in DATE_RX.finditer(text):
        out.append(("DATE" if not m.group(0).startswith("EUR") else "AMOUNT", m.group(0)))
    return out
