"""Rendering and gold helpers for set WM (eval/blind/mixed150).

Markup in the document sources: {k:value} is a value that must be redacted (k = kind letter),
[k:value] a value that must stay readable (keep probe). Everything else is plain text.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s150_build")
DV = "/usr/share/fonts/truetype/dejavu/"

RKIND = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "b": "BSN", "i": "IBAN", "d": "DATE_OF_BIRTH",
         "a": "ADDRESS", "h": "HEALTH", "c": "INITIALS", "k": "KVK", "n": "ID", "v": "VAT_ID"}
KKIND = {"o": "ORG", "l": "PLACE", "w": "LAW", "r": "REFERENCE", "f": "FUNCTION", "g": "PUBLIC_OFFICIAL",
         "m": "FUNCTIONAL_MAILBOX", "s": "SWITCHBOARD", "x": "NOT_A_PERSON", "q": "TERM",
         "y": "DATE", "u": "AMOUNT"}
RX_DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                     r"november|december) 20\d\d\b")
RX_AMT = re.compile(r"€ ?\d[\d.]*,\d\d")
TITLES = {"mr.", "drs.", "dr.", "mevrouw", "meneer", "mw.", "dhr."}


def surname(v: str):
    """'Bas van 't Hul' -> "van 't Hul"; 'mr. F.E. Zandvliet' -> 'Zandvliet'; None for one word or a
    'Surname, First' form."""
    if "," in v or "(" in v:
        return None
    t = v.split()
    while t and t[0].lower() in TITLES:
        t = t[1:]
    if len(t) < 2:
        return None
    if not (t[0][:1].isupper() and (t[0].endswith(".") or t[0].isalpha() or "-" in t[0])):
        return None
    rest = " ".join(t[1:])
    if len(rest.replace(" ", "")) < 4 or rest.endswith("."):
        return None
    return rest
RX_R = re.compile(r"\{([a-z]):([^{}]+)\}")
RX_K = re.compile(r"\[([a-z]):([^\[\]]+)\]")


def plain(s: str) -> str:
    return RX_K.sub(lambda m: m.group(2), RX_R.sub(lambda m: m.group(2), s))


def marks(s: str):
    return ([(m.group(1), m.group(2)) for m in RX_R.finditer(s)],
            [(m.group(1), m.group(2)) for m in RX_K.finditer(s)])


class Doc:
    def __init__(self, stem, kind, lines, title="", producer="", creator="", author=None, xmp_creator=None,
                 outline=None, notes=None, fields=None, font="helv", size=10, cols=None, scan=None):
        self.stem, self.kind, self.lines = stem, kind, lines
        self.title, self.producer, self.creator = title, producer, creator
        self.author, self.xmp_creator = author, xmp_creator
        self.outline, self.notes, self.fields = outline or [], notes or [], fields or []
        self.font, self.size, self.cols, self.scan = font, size, cols, scan


# ------------------------------------------------------------------ reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", DV + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DV + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", DV + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DV + "DejaVuSerif-Bold.ttf"))


FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dvs": ("DejaVuSans", "DejaVuSans-Bold"), "dvserif": ("DejaVuSerif", "DejaVuSerif-Bold")}


def build_rl(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _fonts()
    reg, bold = FONTS[d.font]
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    lead = d.size * 1.38
    page_no = 1
    outline_i = 0
    for raw in d.lines:
        if raw == "---" or y < 60:
            c.showPage()
            page_no += 1
            y = H - 60
            if raw == "---":
                continue
        if raw.startswith("@B "):  # bookmark on this line
            continue
        if raw.startswith("# "):
            c.setFont(bold, d.size + 2)
            c.drawString(60, y, plain(raw[2:]))
            y -= lead * 1.4
            continue
        if raw.startswith("|"):
            cells = raw[1:].split("|")
            xs = d.cols or [60 + i * (475 / len(cells)) for i in range(len(cells))]
            c.setFont(reg, d.size - 1)
            for x, cell in zip(xs, cells):
                c.drawString(x, y, plain(cell.strip()))
            y -= lead
            continue
        c.setFont(reg, d.size)
        c.drawString(60, y, plain(raw))
        y -= lead
    # sticky notes
    c.save()


# ------------------------------------------------------------------ docx + soffice
def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt
    TMP.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if d.font == "times" else "Liberation Sans"
    st.font.size = Pt(d.size)
    st.paragraph_format.space_after = Pt(2)
    doc.core_properties.author = plain(d.author) if d.author else "Gemeente Apeldoorn"
    doc.core_properties.title = d.title
    table = None
    for raw in d.lines:
        if raw == "---":
            doc.add_page_break()
            table = None
            continue
        if raw.startswith("# "):
            doc.add_heading(plain(raw[2:]), level=2)
            table = None
        elif raw.startswith("|"):
            cells = [plain(x.strip()) for x in raw[1:].split("|")]
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, v in enumerate(cells):
                row[i].text = v
        else:
            doc.add_paragraph(plain(raw))
            table = None
    src = TMP / f"{d.stem}.docx"
    doc.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s150_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    (TMP / f"{d.stem}.pdf").replace(out)


# ------------------------------------------------------------------ scans
def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 247)
    dr = ImageDraw.Draw(img)
    f_type = ImageFont.truetype(DV + "DejaVuSerif.ttf", 34)
    f_hand = ImageFont.truetype(DV + "DejaVuSans-Oblique.ttf", 38)
    f_bold = ImageFont.truetype(DV + "DejaVuSerif-Bold.ttf", 40)
    y = 150
    for raw in d.lines:
        f = f_type
        s = raw
        if s.startswith("# "):
            f, s = f_bold, s[2:]
        elif s.startswith("~ "):
            f, s = f_hand, s[2:]
        if s.startswith("|"):
            cells = s[1:].split("|")
            xs = d.cols or [140 + i * 460 for i in range(len(cells))]
            for x, cell in zip(xs, cells):
                cf = f_hand if cell.startswith("~") else f
                dr.text((x, y), plain(cell.lstrip("~").strip()), font=cf, fill=25)
            y += 62
            continue
        dr.text((140, y), plain(s), font=f, fill=30)
        y += 60 if s else 40
    img = img.rotate(d.scan or 0.6, resample=Image.BICUBIC, fillcolor=240)
    TMP.mkdir(parents=True, exist_ok=True)
    jp = TMP / f"{d.stem}.jpg"
    img.save(jp, "JPEG", quality=82)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.save()


# ------------------------------------------------------------------ post-processing
def finish(d: Doc, path: Path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [plain(d.xmp_creator)]
                meta["dc:title"] = d.title or d.stem
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords"):
                del info[k]
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.title:
            info["/Title"] = d.title
        if d.author:
            info["/Author"] = plain(d.author)
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pg))
        if d.notes:
            for pg, (author, contents, x, y) in d.notes:
                page = pdf.pages[pg]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[x, y, x + 20, y + 20], T=pikepdf.String(plain(author)),
                    Contents=pikepdf.String(plain(contents)), Name=pikepdf.Name.Comment, F=4))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pikepdf.Array()
                page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


def build(d: Doc) -> Path:
    DOCS_DIR.mkdir(exist_ok=True)
    out = DOCS_DIR / f"{d.stem}.pdf"
    if d.kind == "rl":
        if d.fields:
            build_form(d, out)
        else:
            build_rl(d, out)
    elif d.kind == "docx":
        build_docx(d, out)
    elif d.kind == "scan":
        build_scan(d, out)
    finish(d, out)
    return out


def build_form(d: Doc, out: Path):
    """Page text from d.lines, plus AcroForm text fields: (label-y, name, value) in d.fields."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    reg, bold = FONTS[d.font]
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    lead = d.size * 1.38
    for raw in d.lines:
        if raw.startswith("# "):
            c.setFont(bold, d.size + 2)
            c.drawString(60, y, plain(raw[2:]))
            y -= lead * 1.4
            continue
        c.setFont(reg, d.size)
        c.drawString(60, y, plain(raw))
        y -= lead
    fy = y - 10
    for label, name, value in d.fields:
        c.setFont(reg, d.size)
        c.drawString(60, fy + 5, plain(label))
        c.acroForm.textfield(name=name, tooltip=plain(label), x=230, y=fy, width=300, height=18,
                             value=plain(value), fontName="Helvetica", fontSize=9, borderWidth=0.5)
        fy -= 28
    c.save()


# ------------------------------------------------------------------ gold
def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    src_lines = list(d.lines)
    hidden = []  # (channel, kind, value)
    if d.kind == "scan":
        for ln in d.lines:
            r, _ = marks(ln)
            hidden += [("ocr", k, v) for k, v in r]
        src_lines = []
    if d.author:
        hidden += [("metadata", k, v) for k, v in marks(d.author)[0]]
    if d.xmp_creator:
        hidden += [("metadata", k, v) for k, v in marks(d.xmp_creator)[0]]
    for t, _ in d.outline:
        hidden += [("outline", k, v) for k, v in marks(t)[0]]
    for _, (a, cts, _x, _y) in d.notes:
        hidden += [("annotations", k, v) for k, v in marks(a)[0] + marks(cts)[0]]
    for _, _, v in d.fields:
        hidden += [("annotations", k, vv) for k, vv in marks(v)[0]]
    red, keep = [], []
    for ln in src_lines:
        r, k = marks(ln)
        red += r
        keep += k
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    chans = None
    if any(h[0] != "ocr" for h in hidden) or any(h[0] == "ocr" for h in hidden):
        chans = extract_channels(path, ocr="auto" if d.kind == "scan" else "off")["channels"] if hidden else None
    all_red_values = []
    for k, v in red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
            continue
        item = {"kind": RKIND[k], "value": v, "probes": [pr]}
        sn = surname(v) if k == "p" else None
        if sn and sn not in seen and count_in(text, {"text": sn, "word": True}):
            item["probes"].append({"text": sn, "word": True, "after": 0})
        gold["redact"].append(item)
        all_red_values.append(v)
    for ch, k, v in hidden:
        key = (ch, v)
        if key in seen or v in seen:
            continue
        seen.add(key)
        pr = {"text": v, "word": True, "after": 0}
        if ch == "ocr":
            pr["ocr"] = True
        n = channel_counts(chans, pr).get(ch, 0)
        if n == 0:
            problems.append(f"{d.stem}: hidden {ch} {v!r} not found (dropped)")
            continue
        if ch != "ocr" and count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} also in page text")
            continue
        gold["redact"].append({"kind": RKIND[k], "value": v, "channel": ch, "probes": [pr]})
        all_red_values.append(v)
    # simulated redaction for keep overlap
    sim = text
    for v in sorted(all_red_values, key=len, reverse=True):
        sim = re.sub(re.escape(norm(v)), " # ", sim)
    kseen = set()
    auto = []
    for ln in src_lines:
        pl = plain(ln)
        auto += [("y", m.group(0)) for m in RX_DATE.finditer(pl)]
        auto += [("u", m.group(0)) for m in RX_AMT.finditer(pl)]
    joined = "\n".join(plain(ln) for ln in src_lines)
    terms = ["Zonnedauw", "Wmo", "zzp'ers", "Postbus 9033", "GGD", "urenlijsten", "cliënten"]
    if not any(k == "a" for k, _ in red):
        terms.append("Apeldoorn")
    auto += [("q", t) for t in terms if t in joined and count_in(text, {"text": t, "word": True})]
    for k, v in keep + auto:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, pr) != n or any(v in rv or rv in v for rv in all_red_values):
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value (dropped)")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": KKIND[k], "value": v, "probes": [pr]})
    return gold, problems
