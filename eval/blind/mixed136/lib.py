"""Builders and gold derivation for set WM (eval/blind/mixed136).

Document text is written with inline marks:
  [[value]] or [[value|KIND]]  -> personal data: a redact probe (word-anchored, after=0)
  {{value}} or {{value|KIND}}  -> public text: a keep probe (word-anchored, after = count in PDFium text)
The marks are stripped before rendering. Hidden-channel items (metadata, outline, annotations) are
declared per document and must not occur in the page text; OCR items are the marks of an image-only scan.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def guess_kind(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"\d\d-\d\d-\d{4}", v):
        return "DOB"
    if re.fullmatch(r"\d{4} [A-Z]{2}", v):
        return "ADDRESS"
    if re.search(r"(straat|laan|weg|plein)\s+\d", v) or re.search(r"(straat|laan|weg) \d", v):
        return "ADDRESS"
    if re.fullmatch(r"[A-ZÖŞ][A-Za-zÖŞ]{0,4}", v) and sum(c.isupper() for c in v) >= 2:
        return "PARAPH"
    if re.search(r"\d{3}", v):
        return "PHONE" if re.search(r"^(\+|00|0|\()", v) else "ID"
    return "PERSON"


def guess_keep(v: str) -> str:
    if "@" in v or v.startswith("www."):
        return "FUNCTIONAL_CONTACT"
    if re.fullmatch(r"[\d ]+", v):
        return "PUBLIC_PHONE" if v.startswith(("0", "14")) else "REFERENCE"
    if re.search(r"\d", v) and re.search(r"[A-Z]{2,}-", v):
        return "REFERENCE"
    if re.search(r"\d", v):
        return "TEXT"
    return "ORG_OR_TERM"


def marks(lines):
    red, keep = {}, {}
    for s in lines:
        for m in MARK.finditer(s):
            if m.group(1):
                v, _, k = m.group(1).partition("|")
                red.setdefault(v, k or guess_kind(v))
            else:
                v, _, k = m.group(2).partition("|")
                keep.setdefault(v, k or guess_keep(v))
    return red, keep


class Doc:
    def __init__(self, stem, lines, kind="rl", font="Helvetica", producer=None, creator=None,
                 author=None, xmp_creator=None, outline=None, notes=None, title=None, form=None,
                 extra_hidden=None):
        self.stem, self.lines, self.kind, self.font = stem, lines, kind, font
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline = outline or []      # [(title, page_index, hidden_persons[])]
        self.notes = notes or []          # [(page, author, contents, hidden_items[])]
        self.title = title or stem
        self.form = form or []            # [(field, value, kind_or_None)]
        self.hidden = extra_hidden or []  # [(channel, value, kind)]

    # ------------------------------------------------------------------ rendering
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            raw = build_docx(self)
        elif self.kind == "scan":
            raw = build_scan(self)
        elif self.kind == "form":
            raw = build_form(self)
        else:
            raw = build_rl(self)
        post(self, raw, out)
        return out


def _styles(font):
    from reportlab.lib.styles import ParagraphStyle
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVuSerif-Bold", "Courier": "Courier-Bold"}[font]
    body = ParagraphStyle("b", fontName=font, fontSize=9.6, leading=12.4, spaceAfter=3.5)
    h = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=15, spaceAfter=6, spaceBefore=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.2, leading=13, spaceAfter=3, spaceBefore=3)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.4, leading=10.2)
    return body, h, h2, cell


def _reg_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, DEJAVU + f))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d: Doc) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab import rl_config
    rl_config.invariant = 1
    _reg_fonts()
    body, h, h2, cell = _styles(d.font)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=d.title, author="", creator="", producer="")
    flow, rows = [], []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            avail = A4[0] - 42 * mm
            from reportlab.lib.styles import ParagraphStyle
            cs = cell if n < 6 else ParagraphStyle("cs", parent=cell, fontSize=6.9, leading=8.4)
            from reportlab.pdfbase.pdfmetrics import stringWidth
            fs = cs.fontSize
            minw = [max(stringWidth(w, cs.fontName, fs) for r in rows if j < len(r) for w in (r[j].split() or [""])) + 14
                    for j in range(n)]
            pref = [max(stringWidth(r[j].strip(), cs.fontName, fs) for r in rows if j < len(r)) + 14 for j in range(n)]
            extra = max(avail - sum(minw), 0)
            want = [max(p_ - m_, 0) for p_, m_ in zip(pref, minw)]
            widths = [m_ + (extra * w_ / sum(want) if sum(want) else extra / n) for m_, w_ in zip(minw, want)]
            data = [[Paragraph(_esc(c.strip()), cs) for c in r] + [""] * (n - len(r)) for r in rows]
            t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 5))
            rows.clear()

    for ln in d.lines:
        s = strip(ln)
        if s.startswith("|"):
            rows.append(s.strip("|").split("|"))
            continue
        flush()
        if s == "<PB>":
            flow.append(PageBreak())
        elif s.startswith("## "):
            flow.append(Paragraph(_esc(s[3:]), h2))
        elif s.startswith("# "):
            flow.append(Paragraph(_esc(s[2:]), h))
        elif s == "":
            flow.append(Spacer(1, 5))
        else:
            flow.append(Paragraph(_esc(s), body))
    flush()
    doc.build(flow)
    return buf.getvalue()


def build_docx(d: Doc) -> bytes:
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.font == "Helvetica" else "DejaVu Serif"
    st.font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c.strip()
            doc.add_paragraph("")
            rows.clear()

    for ln in d.lines:
        s = strip(ln)
        if s.startswith("|"):
            rows.append(s.strip("|").split("|"))
            continue
        flush()
        if s == "<PB>":
            doc.add_page_break()
        elif s.startswith("## "):
            doc.add_heading(s[3:], level=2)
        elif s.startswith("# "):
            doc.add_heading(s[2:], level=1)
        else:
            doc.add_paragraph(s)
    flush()
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"{d.stem}.docx"
        doc.save(p)
        for _try in range(3):
            r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_mixed136", "--headless",
                                "--convert-to", "pdf", "--outdir", td, str(p)], capture_output=True, timeout=180)
            if (Path(td) / f"{d.stem}.pdf").exists():
                break
        return (Path(td) / f"{d.stem}.pdf").read_bytes()


def build_scan(d: Doc) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    reg = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 33)
    bold = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 40)
    hand = ImageFont.truetype(DEJAVU + "DejaVuSans-Oblique.ttf", 40)
    y = 150
    for ln in d.lines:
        s = strip(ln)
        f = reg
        if s.startswith("# "):
            s, f = s[2:], bold
        elif s.startswith("~ "):
            s, f = s[2:], hand
        if s == "":
            y += 24
            continue
        words, cur = s.split(" "), ""
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=f) > W - 300 and cur:
                dr.text((150, y), cur, font=f, fill=25)
                y += int(f.size * 1.55)
                cur = w
            else:
                cur = t
        dr.text((150 if f is not hand else 190, y), cur, font=f, fill=25 if f is not hand else 40)
        y += int(f.size * 1.55)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=245).filter(ImageFilter.GaussianBlur(0.5))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=72)
    jb.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def build_form(d: Doc) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for ln in d.lines:
        s = strip(ln)
        if s.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            s = s[2:]
        else:
            c.setFont("Helvetica", 9.5)
        c.drawString(60, y, s)
        y -= 15
    y -= 10
    for name, label, value, _k in d.form:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=17, value=value,
                             fontName="Helvetica", fontSize=9, borderWidth=0.6)
        y -= 26
    c.setFont("Helvetica", 8)
    c.drawString(60, y - 10, "Formulier MVS-03, versie 2026-2. Retour: meldpunt via het klantportaal.")
    c.showPage()
    c.save()
    return buf.getvalue()


def post(d: Doc, raw: bytes, out: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, OutlineItem, String
    pdf = pikepdf.open(io.BytesIO(raw))
    info = pdf.docinfo
    for k in list(info.keys()):
        if k in ("/Author", "/Producer", "/Creator", "/Title", "/Subject", "/Keywords", "/CreationDate", "/ModDate"):
            del info[k]
    info["/Title"] = d.title
    info["/CreationDate"] = "D:20261006093000+02'00'"
    info["/ModDate"] = "D:20261006093000+02'00'"
    if d.producer:
        info["/Producer"] = d.producer
    if d.creator:
        info["/Creator"] = d.creator
    if d.author:
        info["/Author"] = d.author
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    if d.xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            m["dc:creator"] = [d.xmp_creator]
            m["dc:title"] = d.title
    if d.outline:
        with pdf.open_outline() as o:
            for t, pg, _h in d.outline:
                o.root.append(OutlineItem(t, pg))
    for pg, who, text, _h in d.notes:
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=[520, 700, 540, 720],
                                         T=String(who), Contents=String(text), Open=False,
                                         M=String("D:20260914101500+02'00'")))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(a)
    pdf.save(out, deterministic_id=True)


# ------------------------------------------------------------------ gold
def _item(kind, value, text, **kw):
    pr = {"text": text, "word": True, "after": 0}
    if kw.get("ocr"):
        pr["ocr"] = True
    it = {"kind": kind, "value": value, "probes": [pr]}
    if kw.get("ocr"):
        it["channel"] = "ocr"
    if kw.get("channel"):
        it["channel"] = kw["channel"]
    return it


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = marks(d.lines)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    if d.kind == "scan":
        ch = extract_channels(path, ocr="auto")["channels"]
        for v, k in red.items():
            it = _item(k, v, v, ocr=True)
            if channel_counts(ch, it["probes"][0]).get("ocr", 0) > 0:
                gold["redact"].append(it)
            else:
                problems.append(f"{d.stem}: OCR does not read {v!r}")
    else:
        for v, k in red.items():
            it = _item(k, v, v)
            if count_in(text, it["probes"][0]) == 0:
                problems.append(f"{d.stem}: redact {v!r} not in text")
            gold["redact"].append(it)
    hidden = list(d.hidden)
    if d.author:
        hidden.append(("metadata", d.author, "PERSON"))
    if d.xmp_creator and d.xmp_creator != d.author:
        hidden.append(("metadata", d.xmp_creator, "PERSON"))
    for _t, _p, hs in d.outline:
        hidden += [("outline", h, k) for h, k in hs]
    for _p, who, _c, hs in d.notes:
        hidden += [("annotations", h, k) for h, k in hs]
    for _n, _l, v, k in d.form:
        if k:
            hidden.append(("annotations", v, k))
    if hidden:
        ch = extract_channels(path, ocr="off")["channels"]
        seen = set()
        for chn, v, k in hidden:
            if (chn, v) in seen or v in red:
                continue
            seen.add((chn, v))
            it = _item(k, v, v, channel=chn)
            pr = it["probes"][0]
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {v!r} also in page text")
            if not channel_counts(ch, pr).get(chn):
                problems.append(f"{d.stem}: hidden {v!r} not in {chn}")
            gold["redact"].append(it)
    # simulated redaction for the overlap check
    sim = text
    for it in gold["redact"]:
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub("\u2588", sim)
    for v, k in ({} if d.kind == "scan" else keep).items():
        pr = {"text": v, "word": True, "after": 0}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": k, "value": v, "probes": [pr]})
    return gold, problems
