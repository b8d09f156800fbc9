"""Builders and gold derivation for set LP (eval/blind/mixed212).

Document text marks personal data as {{...}} (redact probe, PDFium text) and public text as [[...]]
(keep probe). Hidden-channel data (metadata, outline, annotations, form values) is declared per doc.
The markup is stripped before rendering; the gold is derived from it and verified with the
evaluator's own functions.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\{\{(.+?)\}\}|\[\[(.+?)\]\]")


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


def kind_of(v: str, redact=True) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", v):
        return "BSN"
    if re.fullmatch(r"[+\d()][\d ()+-]{6,}|toestel \d+", v):
        return "PHONE"
    if re.search(r"\d{1,2}[- ](\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[- ]\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.search(r"\d", v) and redact:
        return "ADDRESS" if re.search(r"[a-z]{3}", v) else "ID"
    return "PERSON" if redact else "PUBLIC"


def probe(v: str) -> dict:
    return {"text": v, "word": bool(re.match(r"\w", v[:1]) and re.match(r"\w", v[-1:])), "after": 0}


class Doc:
    def __init__(self, stem, body, kind="rl", producer="", creator="", title="", author="",
                 xmp_creator=None, outline=None, notes=None, form=None, health=(), stamp="",
                 font=10, orient="portrait", colw=None):
        self.colw = colw
        self.stem, self.body, self.kind = stem, body.strip("\n"), kind
        self.producer, self.creator, self.title, self.author = producer, creator, title, author
        self.xmp_creator, self.outline, self.notes, self.form = xmp_creator, outline or [], notes or [], form
        self.health, self.stamp, self.font, self.orient = set(health), stamp, font, orient
        self.hidden = []  # (channel, value)

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = {"rl": build_rl, "ttf": build_rl, "courier": build_rl, "mono": build_rl, "docx": build_docx,
               "scan": build_scan}[self.kind](self)
        post(self, raw, out)
        return out


# ---------------------------------------------------------------------- reportlab text renderer
def _lines(doc):
    for para in doc.body.split("\n"):
        yield para


def build_rl(doc):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if doc.kind == "ttf":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONTS + f))
        reg, bold = "DV", "DVB"
    elif doc.kind == "mono":
        for n, f in (("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONTS + f))
        reg, bold = "DVM", "DVMB"
    elif doc.kind == "courier":
        reg, bold = "Courier", "Courier-Bold"
    else:
        reg, bold = "Helvetica", "Helvetica-Bold"
    size = A4 if doc.orient == "portrait" else landscape(A4)
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    fs = doc.font
    lead = fs * 1.35
    x0, y0 = 60, H - 60
    y = y0
    maxw = W - 120
    outline_i = 0
    pos = {}

    def newpage():
        nonlocal y
        c.showPage()
        y = y0

    for para in _lines(doc):
        if para == "\f":
            newpage()
            continue
        font, text, f = reg, para, fs
        if para.startswith("# "):
            font, text, f = bold, para[2:], fs + 2
        if y < 60:
            newpage()
        if " | " in text:
            cells = re.split(r" \|(?: |$)", text)
            if text.startswith("!"):
                cells[0] = cells[0][1:]
                font = bold
            colw = maxw / len(cells)
            widths = getattr(doc, "colw", None)
            xs = [x0]
            if widths and len(widths) == len(cells):
                for w in widths[:-1]:
                    xs.append(xs[-1] + w * maxw)
            else:
                for i in range(1, len(cells)):
                    xs.append(x0 + i * colw)
            c.setFont(font, f - 1)
            for x, cell in zip(xs, cells):
                c.drawString(x, y, strip(cell))
            y -= lead
            continue
        c.setFont(font, f)
        words = strip(text).split(" ")
        line = ""
        if not strip(text).strip():
            y -= lead * 0.6
            continue
        for w in words:
            t = (line + " " + w).strip() if line else w
            if pdfmetrics.stringWidth(t, font, f) > maxw and line:
                c.drawString(x0, y, line)
                y -= lead
                if y < 60:
                    newpage()
                    c.setFont(font, f)
                line = w
            else:
                line = t
        if line:
            c.drawString(x0, y, line)
        pos.setdefault(strip(text), y)
        if para.startswith("# ") and outline_i < len(doc.outline):
            key = f"o{outline_i}"
            c.bookmarkPage(key, fit="XYZ", top=y + 20)
            c.addOutlineEntry(strip(doc.outline[outline_i]), key, level=0)
            outline_i += 1
        y -= lead
    if doc.form:
        build_form(c, doc.form, pos)
    c.showPage()
    c.save()
    return buf.getvalue()


def build_form(c, fields, pos):
    form = c.acroForm
    for name, label, value, x, y, w in fields:
        if isinstance(y, str):
            y = pos[y] - 4
        form.textfield(name=name, value=strip(value), x=x, y=y, width=w, height=16, fontName="Helvetica",
                       fontSize=9, borderWidth=0.5, tooltip=label)


# ---------------------------------------------------------------------- docx -> soffice
def build_docx(doc):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = doc.author or "Gemeente Noordoostpolder"
    d.core_properties.title = doc.title
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(doc.font)
    table = None
    for para in doc.body.split("\n"):
        if para == "\f":
            d.add_page_break()
            table = None
            continue
        if " | " in para:
            cells = [strip(x) for x in re.split(r" \|(?: |$)", para.lstrip("!"))]
            if table is None or len(table.columns) != len(cells):
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, t in enumerate(cells):
                row[i].text = t
            continue
        table = None
        if para.startswith("# "):
            p = d.add_paragraph()
            r = p.add_run(strip(para[2:]))
            r.bold = True
            r.font.size = Pt(doc.font + 2)
        else:
            p = d.add_paragraph(strip(para))
        p.paragraph_format.space_after = Pt(2)
    with tempfile.TemporaryDirectory(prefix="s212_") as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s212_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        return (Path(td) / f"{doc.stem}.pdf").read_bytes()


# ---------------------------------------------------------------------- image-only scan
def build_scan(doc):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 247)
    dr = ImageDraw.Draw(img)
    typed = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", 34)
    hand = ImageFont.truetype(FONTS + "DejaVuSerif-Italic.ttf", 40)
    bold = ImageFont.truetype(FONTS + "DejaVuSerif-Bold.ttf", 38)
    y = 150
    for para in doc.body.split("\n"):
        f = typed
        t = para
        if t.startswith("# "):
            f, t = bold, t[2:]
        elif t.startswith("~ "):
            f, t = hand, t[2:]
        t = strip(t)
        if not t.strip():
            y += 30
            continue
        # wrap
        words, line = t.split(" "), ""
        for w in words:
            cand = (line + " " + w).strip()
            if dr.textlength(cand, font=f) > W - 260 and line:
                dr.text((130, y), line, font=f, fill=25)
                y += int(f.size * 1.5)
                line = w
            else:
                line = cand
        dr.text((130, y), line, font=f, fill=25)
        y += int(f.size * 1.5)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=240)
    jb = io.BytesIO()
    img.convert("RGB").save(jb, "JPEG", quality=82)
    jb.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
    if doc.stamp:
        c.setFont("Helvetica", 7)
        c.drawString(20, 10, strip(doc.stamp))
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------- post-processing
def post(doc, raw, out):
    import pikepdf

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: differs per run
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:  # qpdf keeps the first half of an existing /ID
            del pdf.trailer["/ID"]
        info = pdf.docinfo
        old = str(info.get("/Producer", "ReportLab PDF Library - www.reportlab.com"))
        for k in list(info.keys()):
            del info[k]
        info["/Producer"] = doc.producer or old
        if doc.creator:
            info["/Creator"] = doc.creator
        if doc.title:
            info["/Title"] = doc.title
        if doc.author:
            info["/Author"] = doc.author
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [doc.xmp_creator]
                md["pdf:Producer"] = str(info["/Producer"])
        elif "/Metadata" in pdf.Root and doc.kind != "docx":
            del pdf.Root["/Metadata"]
        for (page_no, x, y, who, text) in doc.notes:
            pg = pdf.pages[page_no]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                       Contents=pikepdf.String(strip(text)), Name=pikepdf.Name.Comment,
                                       F=4)
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            pg.obj["/Annots"].append(pdf.make_indirect(annot))
        pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.disable)


# ---------------------------------------------------------------------- gold
def make_gold(doc, path: Path, ocr_cache=None):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = marks(doc.body + "\n" + doc.stamp)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    hidden = []
    if doc.author:
        hidden.append(("metadata", doc.author_probe if hasattr(doc, "author_probe") else doc.author))
    if doc.xmp_creator:
        hidden.append(("metadata", doc.xmp_creator))
    for o in doc.outline:
        for v in re.findall(r"\{\{(.+?)\}\}", o):
            hidden.append(("outline", v))
    for n in doc.notes:
        hidden.append(("annotations", n[3]))
        for v in re.findall(r"\{\{(.+?)\}\}", n[4]):
            hidden.append(("annotations", v))
    for f in doc.form or []:
        for v in re.findall(r"\{\{(.+?)\}\}", f[2]):
            hidden.append(("annotations", v))
    # outline / notes carry markup: strip before they were written (done in content)
    chans = None
    if doc.kind == "scan" or hidden:
        chans = extract_channels(path, ocr="auto" if doc.kind == "scan" else "off")["channels"]
    stamp_red = marks(doc.stamp)[0]
    for v in red:
        pr = probe(v)
        kind = "HEALTH" if v in doc.health else kind_of(v)
        item = {"kind": kind, "value": v, "probes": [pr]}
        if kind == "HEALTH":
            item["ground"] = "5.1.1d"
        elif kind == "BSN":
            item["ground"] = "5.1.1e"
        if doc.kind == "scan" and v not in stamp_red:
            pr["ocr"] = True
            item["channel"] = "ocr"
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                print(f"  note: {doc.stem}: tesseract does not read {v!r}; probe left out of the gold")
                continue
        elif count_in(text, pr) == 0:
            problems.append(f"{doc.stem}: redact {v!r} not in text")
        gold["redact"].append(item)
    seen = set()
    for ch, v in hidden:
        if (ch, v) in seen or v in red:
            continue
        seen.add((ch, v))
        pr = probe(v)
        item = {"kind": kind_of(v), "value": v, "channel": ch, "probes": [pr]}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{doc.stem}: hidden {v!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{doc.stem}: hidden {v!r} also in page text")
        gold["redact"].append(item)
    # simulated redaction for overlap test
    masked = text
    for it in gold["redact"]:
        for pr in it["probes"]:
            masked = probe_regex(pr["text"], pr["word"]).sub("\u2588", masked)
    for v in keep:
        pr = {"text": v, "word": bool(re.match(r"\w", v[:1]) and re.match(r"\w", v[-1:]))}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{doc.stem}: keep {v!r} not in text")
            continue
        if count_in(masked, pr) != n:
            problems.append(f"{doc.stem}: keep {v!r} overlaps a redact probe")
        pr["after"] = n
        gold["keep"].append({"kind": kind_of(v, False), "value": v, "probes": [pr]})
    # public words and dates that occur in the text: kept when no redact probe touches them
    body = strip(doc.body) if doc.kind != "scan" else strip(doc.stamp)
    cands = [t for t in AUTO_KEEP if t in body]
    cands += [m.group(0) for m in DATE_RX.finditer(body)]
    for v in dict.fromkeys(cands):
        if v in keep:
            continue
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0 or count_in(masked, pr) != n:
            continue
        pr["after"] = n
        kind = "DATE" if DATE_RX.fullmatch(v) else ("PLACE" if v in PLACES else "PUBLIC")
        gold["keep"].append({"kind": kind, "value": v, "probes": [pr]})
    return gold, problems


PLACES = ["Emmeloord", "Marknesse", "Nagele", "Ens", "Lelystad", "Urk", "Creil", "Tollebeek", "Luttelgeest"]
AUTO_KEEP = PLACES + [
    "leerplichtambtenaar", "leerplichtambtenaren", "zorgcoördinator", "jeugdconsulent", "jeugdarts",
    "mentor", "coördinator", "verzuimcoördinator", "Woo-coördinator", "intern begeleider", "teamleider",
    "samenwerkingsverband", "thuiszitters", "thuiszitter", "relatief verzuim", "luxeverzuim",
    "ongeoorloofd verzuim", "Leerplichtwet", "schooljaar 2025-2026", "schooljaar 2024-2025",
    "Halt", "ZAT", "RMC", "BOA", "OPP", "MDO", "Postbus 155", "8300 AD Emmeloord", "processen-verbaal",
    "college van burgemeester en wethouders", "vrijstelling", "sociaal team", "huisbezoek", "tolk",
    "gemeentehuis", "Juridische Zaken", "officier van justitie", "Polen", "Marokko", "havo", "vmbo",
]
DATE_RX = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                     r"november|december) 20\d\d\b|\b\d{2}-\d{2}-20\d\d\b")
