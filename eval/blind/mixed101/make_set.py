"""Rebuild set DG (eval/blind/mixed101): municipal debt relief in Zaanstad. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py dg03 dg17  # only these

Documents are written in content.py in a small line language; in the text, a redact span is marked
with \u27e6...\u27e7 and a keep span with \u27ea...\u27eb (optionally 'text\u00a6KIND'). Every marked span is one probe.
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own functions;
every redact probe has after=0 and is checked by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

R0, R1, K0, K1, SEP = "\u27e6", "\u27e7", "\u27ea", "\u27eb", "\u00a6"
SPAN = re.compile("(\u27e6|\u27ea)(.*?)(\u27e7|\u27eb)", re.S)

FONTS = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    for base in ("DejaVu", "DejaVuSerif", "LibSerif", "LibSans", "Carlito", "LibMono"):
        BOLD[base] = base + "-Bold"
    BOLD["Femke"] = "Femke"
    BOLD["Dkg"] = "Dkg"


# ---------------------------------------------------------------- markup
def infer_kind(text: str, redact: bool) -> str:
    if redact:
        if "@" in text:
            return "EMAIL"
        if re.match(r"NL\d\d ?[A-Z]{4}", text):
            return "IBAN"
        if re.fullmatch(r"\d{9}", text) and (sum(int(text[i]) * (9 - i) for i in range(8)) - int(text[8])) % 11 == 0:
            return "BSN"
        if re.match(r"(\+31|06|0\d{2,3}[- ])", text) and sum(c.isdigit() for c in text) >= 9:
            return "PHONE"
        if re.fullmatch(r"\d{1,2}[-/ ]\w+[-/ ]\d{4}", text):
            return "DATE_OF_BIRTH"
        if re.fullmatch(r"\d{4} ?[A-Z]{2}( \w+)?", text) or re.fullmatch(r"[A-Z][a-z]+(straat|weg|kade|laan|zijde)? ?\d+( ?[A-Za-z]{1,2})?", text) \
                or re.fullmatch(r"[A-Z][a-z]\w+ \d+( [A-Za-z]{1,2})?", text):
            return "ADDRESS"
        if sum(c.isdigit() for c in text) >= 4:
            return "PERSONAL_NUMBER"
        if re.fullmatch(r"[A-Z][A-Za-z]{1,3}", text) and sum(c.isupper() for c in text) >= 2:
            return "PARAPH"
        return "PERSON"
    if text.startswith(("Wet ", "Wet\u00a0")) or text in ("Wgs", "Fw", "Woo", "AVG", "Awb", "Participatiewet", "Faillissementswet"):
        return "LAW"
    return "ORG"


def parse(src: str):
    """Return (plain text, [(text, kind, redact)])."""
    spans = []

    def rep(m):
        o, body, c = m.groups()
        assert (o == R0) == (c == R1), body
        kind = None
        if SEP in body:
            body, kind = body.split(SEP, 1)
        spans.append((body, kind or infer_kind(body, o == R0), o == R0))
        return body
    plain = SPAN.sub(rep, src)
    assert R0 not in plain and K0 not in plain and R1 not in plain and K1 not in plain, plain[:200]
    return plain, spans


def strip_kind(s: str) -> str:
    """Markup -> display text (keep the markers away)."""
    return SPAN.sub(lambda m: m.group(2).split(SEP, 1)[0], s)


def without(src: str, which: str) -> str:
    """Source text with the spans of one sort ('r' or 'k') blanked out."""
    def rep(m):
        o, body, c = m.groups()
        body = body.split(SEP, 1)[0]
        if (which == "r" and o == R0) or (which == "k" and o == K0):
            return " \u2588 "
        return body
    return SPAN.sub(rep, src)


# ---------------------------------------------------------------- reportlab producer
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    """Display text with **bold** and //italic// for reportlab."""
    s = esc(strip_kind(s)).replace("&lt;br/&gt;", "<br/>")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s


def build_reportlab(path: Path, lines: list, font="Helvetica", size=10, margins=(2.2, 2.0), logo=None,
                    pagesize=None, footer=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    bold = BOLD.get(font, font)
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.35)
    small = ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=1)
    quote = ParagraphStyle("q", parent=base, leftIndent=14, textColor=colors.HexColor("#333366"),
                           fontSize=size - 0.5, spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25,
                        spaceAfter=6, spaceBefore=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 1.5, spaceBefore=5, spaceAfter=3)
    cell = ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    story = []
    table = []

    def flush():
        if not table:
            return
        ncol = max(len(r) for r in table)
        head = table[0][0].startswith("!")
        rows = []
        for r in table:
            r = r + [""] * (ncol - len(r))
            rows.append([Paragraph(inline(c.lstrip("!")) if not c.startswith("!") else "<b>%s</b>" % inline(c[1:]),
                                   cell) for c in r])
        t = Table(rows, repeatRows=1 if head else 0, hAlign="LEFT")
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
        if head:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
        t.setStyle(TableStyle(st))
        story.append(t)
        story.append(Spacer(1, 6))
        table.clear()

    for ln in lines:
        if ln.startswith("|"):
            table.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            story.append(PageBreak())
        elif ln.startswith("# "):
            story.append(Paragraph(inline(ln[2:]), h1))
        elif ln.startswith("## "):
            story.append(Paragraph(inline(ln[3:]), h2))
        elif ln.startswith("> "):
            story.append(Paragraph(inline(ln[2:]), quote))
        elif ln.startswith("~ "):
            story.append(Paragraph(inline(ln[2:]), small))
        elif ln.startswith("@sig "):
            story.append(Image(sig_png(ln[5:]), width=4.2 * cm, height=1.5 * cm, hAlign="LEFT"))
        elif ln.strip() == "":
            story.append(Spacer(1, size * 0.5))
        else:
            story.append(Paragraph(inline(ln), base))
    flush()

    def deco(c, d):
        c.saveState()
        if logo:
            c.setFont(bold, 13)
            c.setFillColor(colors.HexColor(logo[1] if isinstance(logo, tuple) else "#1d4f91"))
            c.drawString(margins[1] * cm, A4[1] - 1.3 * cm, logo[0] if isinstance(logo, tuple) else logo)
        if footer:
            c.setFont(font, 7.5)
            c.setFillColor(colors.grey)
            c.drawString(margins[1] * cm, 1.1 * cm, f"{footer}  |  pagina {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=pagesize or A4, topMargin=margins[0] * cm,
                            bottomMargin=2 * cm, leftMargin=margins[1] * cm, rightMargin=margins[1] * cm,
                            title="", author="", creator="", producer="ReportLab PDF Library")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


_SIG_CACHE = {}


def sig_png(name: str) -> str:
    """A handwritten-looking scribble (a signature) as a PNG path; pixels only, no text."""
    if name in _SIG_CACHE:
        return _SIG_CACHE[name]
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (420, 150), "white")
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTS["Dkg"], 56)
    dr.text((12, 30), name, font=f, fill=(20, 30, 110))
    rnd = random.Random(name)
    pts = [(rnd.randint(10, 400), rnd.randint(90, 140)) for _ in range(4)]
    dr.line(pts, fill=(20, 30, 110), width=3)
    p = Path(tempfile.gettempdir()) / f"dg-sig-{abs(hash(name))}.png"
    img.save(p)
    _SIG_CACHE[name] = str(p)
    return str(p)


# ---------------------------------------------------------------- docx -> LibreOffice producer
def build_docx(path: Path, lines: list, font="Calibri", size=10.5, meta=None):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = (meta or {}).get("author", "Gemeente Zaanstad")
    cp.last_modified_by = (meta or {}).get("last_modified_by", "Gemeente Zaanstad")
    cp.title = (meta or {}).get("title", "")
    cp.comments = ""
    table = []

    def add_runs(p, text):
        text = strip_kind(text).replace("<br/>", "\n")
        for i, part in enumerate(re.split(r"\*\*", text)):
            r = p.add_run(part)
            r.bold = bool(i % 2)
        return p

    def flush():
        if not table:
            return
        ncol = max(len(r) for r in table)
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for r in table:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                p = cells[i].paragraphs[0]
                if c.startswith("!"):
                    add_runs(p, "**" + c[1:] + "**")
                else:
                    add_runs(p, c)
        d.add_paragraph()
        table.clear()
    for ln in lines:
        if ln.startswith("|"):
            table.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif ln.startswith("# "):
            add_runs(d.add_heading(level=1), ln[2:])
        elif ln.startswith("## "):
            add_runs(d.add_heading(level=2), ln[3:])
        elif ln.startswith("> "):
            p = add_runs(d.add_paragraph(), ln[2:])
            p.paragraph_format.left_indent = Cm(0.8)
            for r in p.runs:
                r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
        elif ln.startswith("~ "):
            p = add_runs(d.add_paragraph(), ln[2:])
            for r in p.runs:
                r.font.size = Pt(size - 2)
        elif ln.startswith("@sig "):
            from docx.shared import Cm as _Cm
            d.add_picture(sig_png(ln[5:]), width=_Cm(4.2))
        elif ln.strip() == "":
            d.add_paragraph()
        else:
            p = add_runs(d.add_paragraph(), ln)
            p.paragraph_format.space_after = Pt(3)
    flush()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        Path(td, path.stem + ".pdf").replace(path)


# ---------------------------------------------------------------- scans
def build_scan(path: Path, lines: list, font="Courier", size=11, seed=1, rotate=0.6, dpi=150, **kw):
    """Render the page, rasterise, add noise/rotation/JPEG, wrap the image in a PDF: no text layer."""
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "clean.pdf"
        build_reportlab(tmp, lines, font=font, size=size, **kw)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(tmp), str(Path(td) / "pg")], check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setAuthor("")
        c.setProducer("Canon iR-ADV C5535 scan")
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            im = im.rotate(rnd.uniform(-rotate, rotate), fillcolor=255, resample=Image.BICUBIC)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.35))
            jp = Path(td) / f"p{i}.jpg"
            im.save(jp, "JPEG", quality=72)
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ---------------------------------------------------------------- hidden channels
def add_hidden(path: Path, hidden: list):
    """hidden: list of (channel, key, value). channel in metadata/xmp/outline/annot/field."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        annots = {}
        fields = []
        outline_items = []
        # XMP first: pikepdf copies dc:creator into /Author when it writes the XMP
        for ch, key, val in sorted(hidden, key=lambda h: h[0] != "xmp"):
            if ch == "metadata":
                pdf.docinfo[Name("/" + key)] = String(val)
            elif ch == "xmp":
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    if key == "dc:creator":
                        m["dc:creator"] = [val]
                    else:
                        m[key] = val
            elif ch == "outline":
                outline_items.append((key, val))
            elif ch == "annot":
                page, author = key
                a = Dictionary(Type=Name.Annot, Subtype=Name.Text,
                               Rect=Array([430, 700 - 40 * len(annots.get(page, [])), 450, 720 - 40 * len(annots.get(page, []))]),
                               Contents=String(val), T=String(author), Name=Name.Comment,
                               C=Array([1, 0.85, 0.2]), F=4)
                annots.setdefault(page, []).append(a)
            elif ch == "field":
                page, (name, rect) = key
                ap = pikepdf.Stream(pdf, ("/Tx BMC q BT /Helv 9 Tf 2 4 Td (%s) Tj ET Q EMC" % val).encode("latin-1"))
                ap.Type = Name.XObject
                ap.Subtype = Name.Form
                ap.BBox = Array([0, 0, rect[2] - rect[0], rect[3] - rect[1]])
                ap.Resources = Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                                          BaseFont=Name.Helvetica)))
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                                                 V=String(val), Rect=Array(rect), F=4,
                                                 DA=String("/Helv 9 Tf 0 g"), AP=Dictionary(N=ap),
                                                 MK=Dictionary(BC=Array([0.5, 0.5, 0.5]))))
                w.P = pdf.pages[page].obj
                annots.setdefault(page, []).append(w)
                fields.append(w)
        for page, lst in annots.items():
            p = pdf.pages[page].obj
            if "/Annots" not in p:
                p.Annots = Array()
            for a in lst:
                p.Annots.append(pdf.make_indirect(a) if not a.is_indirect else a)
        if fields:
            pdf.Root.AcroForm = Dictionary(Fields=Array(fields), NeedAppearances=False,
                                           DA=String("/Helv 9 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(
                                               Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))))
        if outline_items:
            with pdf.open_outline() as ol:
                for page, title in outline_items:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def word_flag(t: str) -> bool:
    return bool(re.match(r"\w", t[:1])) or bool(re.match(r"\w", t[-1:]))


def make_gold(d: dict, pdf: Path) -> dict:
    src = "\n".join(d["lines"])
    plain, spans = parse(src)
    text, npages = text_pdfium(pdf)
    scan = d["producer"] == "scan"
    no_r, no_k = norm(without(src, "r")), norm(without(src, "k"))
    full = norm(plain)
    gold = {"doc": pdf.name, "pages": npages, "producer": d["producer"], "redact": [], "keep": []}
    seen = set()
    for t, kind, red in spans:
        if (t, red) in seen:
            continue
        seen.add((t, red))
        pr = {"text": t, "word": word_flag(t)}
        if red:
            if scan:
                pr["ocr"] = True
            # a redacted string must not also be part of a kept one
            if count_in(no_k, pr) != count_in(full, pr):
                raise SystemExit(f"{d['id']}: redact probe {t!r} also inside a keep span")
            pr["after"] = 0
            gold["redact"].append({"kind": kind, "value": t, "probes": [pr]})
        else:
            if scan:
                continue  # keep probes are counted on PDFium text; a scan has none
            if count_in(no_r, pr) != count_in(full, pr):
                raise SystemExit(f"{d['id']}: keep probe {t!r} overlaps a redact span")
            n = count_in(text, pr)
            if n == 0:
                print(f"  {d['id']}: keep probe {t!r} not in PDFium text (dropped)")
                continue
            if n != count_in(full, pr):
                print(f"  {d['id']}: keep probe {t!r}: source {count_in(full, pr)} pdfium {n}")
            pr["after"] = n
            gold["keep"].append({"kind": kind, "value": t, "probes": [pr]})
    if scan:
        # a scan's probes are read by OCR only; a probe OCR cannot read is listed, not claimed
        from evaluate import image_pages, ocr_count, ocr_text
        with tempfile.TemporaryDirectory() as td:
            entries = ocr_text(pdf, Path(td), image_pages(pdf))
        kept = []
        gold["ocr_unreadable"] = []
        for item in gold["redact"]:
            if ocr_count(entries, item["probes"][0]):
                kept.append(item)
            else:
                gold["ocr_unreadable"].append(item["value"])
                print(f"  {d['id']}: OCR does not read {item['value']!r} (not claimed)")
        gold["redact"] = kept
    for ch, key, val in d.get("hidden", []):
        channel = {"metadata": "metadata", "xmp": "metadata", "outline": "outline", "annot": "annotations",
                   "field": "annotations"}[ch]
        for t in d.get("hidden_probes", {}).get(val, [val]):
            pr = {"text": t, "word": word_flag(t), "after": 0, "channel": channel}
            gold["redact"].append({"kind": infer_kind(t, True) if t != "hartaandoening" else "HEALTH",
                                   "value": val, "probes": [pr]})
    return gold


def build(d: dict):
    pdf = DOCS_DIR / (d["id"] + "-" + d["name"] + ".pdf")
    prod = d["producer"]
    kw = d.get("kw", {})
    if prod == "reportlab":
        build_reportlab(pdf, d["lines"], **kw)
    elif prod == "docx":
        build_docx(pdf, d["lines"], **kw)
    elif prod == "scan":
        build_scan(pdf, d["lines"], **kw)
    else:
        raise ValueError(prod)
    if d.get("hidden"):
        add_hidden(pdf, d["hidden"])
    gold = make_gold(d, pdf)
    (GOLD_DIR / (pdf.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in gold["redact"])
    nk = sum(len(i["probes"]) for i in gold["keep"])
    print(f"{pdf.name}: pages={gold['pages']} redact={nr} keep={nk}")


def main(argv):
    register_fonts()
    from content import DOCS
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    for d in DOCS:
        if want and d["id"] not in want:
            continue
        build(d)


if __name__ == "__main__":
    main(sys.argv[1:])
