"""Builder for set WL (eval/blind/mixed175). Documents are written as lines with inline markup:

    [[K:value]]  personal data to redact (K: P person, E e-mail, T phone, B BSN, I IBAN, A address,
                 D date of birth, X initials/paraph, H health, K KvK/ID of a sole trader)
    {{K:value}}  public text that must stay (O org, R office holder in role, L place, W law, N reference,
                 M functional mailbox, G general number, J job title, F not-a-person name, Q project/programme)

Line syntax: '# ' bold heading, '| a | b |' table row, '===' page break, '' blank line.
The probe of a marked span is the span itself (word-anchored). Keep counts come from the original's
PDFium text; a keep probe must not occur inside a redact value (checked by simulated redaction).
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1  # deterministic reportlab output
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s175_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS", "D": "DATE_OF_BIRTH",
         "X": "INITIALS", "H": "HEALTH", "K": "ID_NUMBER"}
KKIND = {"O": "ORG", "R": "PUBLIC_OFFICIAL", "L": "PLACE", "W": "LAW", "N": "REFERENCE", "M": "FUNCTIONAL_EMAIL",
         "G": "GENERAL_PHONE", "J": "JOB_TITLE", "F": "NOT_A_PERSON", "Q": "PROJECT", "Y": "AMOUNT", "Z": "DATE"}
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
RX_AUTO = [(re.compile(r"EUR \d[\d.,]*\d"), "Y"), (re.compile(r"\b\d{1,2} (?:%s) \d{4}\b" % MONTHS), "Z"),
           (re.compile(r"\b\d\d-\d\d-20\d\d\b"), "Z"), (re.compile(r"\b5\.[12]\.[12][a-i]\b"), "W")]
RX_MARK = re.compile(r"(\[\[.+?\]\]|\{\{.+?\}\})")


def autokeep(line: str) -> str:
    """Mark amounts and (event) dates outside existing markup as keep probes."""
    parts = RX_MARK.split(line)
    for i in range(0, len(parts), 2):
        for rx, code in RX_AUTO:
            parts[i] = rx.sub(lambda m: "{{%s:%s}}" % (code, m.group(0)), parts[i])
    return "".join(parts)
RX_R = re.compile(r"\[\[([A-Z]):(.+?)\]\]")
RX_K = re.compile(r"\{\{([A-Z]):(.+?)\}\}")


def plain(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


@dataclass
class Doc:
    stem: str
    lines: list
    producer: str = "Microsoft® Word voor Microsoft 365"
    creator: str = "Microsoft® Word voor Microsoft 365"
    engine: str = "rl"          # rl (Helvetica), ttf (DejaVu embedded), docx (soffice), scan, form
    title: str = ""
    author: str = ""            # Info /Author (set to a person -> hidden item needed)
    xmp_creator: str = ""
    outline: list = field(default_factory=list)   # titles
    notes: list = field(default_factory=list)     # (author, contents)
    fields: list = field(default_factory=list)    # (name, value) for engine=form
    hidden: list = field(default_factory=list)    # (channel, kind, value, [probes])
    ocr_lines: list = field(default_factory=list)  # scan: (text, style) ; style 'type'|'hand'
    ocr_redact: list = field(default_factory=list)  # (kind, value, [probes])
    rotate: float = 0.6

    def __post_init__(self):
        self.lines = [autokeep(ln) for ln in self.lines]

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(parents=True, exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}.raw.pdf"
        if self.engine in ("rl", "ttf"):
            build_rl(self, raw)
        elif self.engine == "docx":
            build_docx(self, raw)
        elif self.engine == "scan":
            build_scan(self, raw)
        elif self.engine == "form":
            build_form(self, raw)
        finish(self, raw, out)
        return out


# ---------------------------------------------------------------------- engines
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    if d.engine == "ttf":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))
        fn, fb = "DejaVuSans", "DejaVuSans-Bold"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=3)
    head = ParagraphStyle("h", fontName=fb, fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5)
    story, rows = [], []

    def flush():
        if rows:
            t = Table([[Paragraph(_esc(c), cell) for c in r] for r in rows], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows.clear()

    for ln in d.lines:
        ln = plain(ln)
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "===":
            story.append(PageBreak())
        elif ln.startswith("# "):
            story.append(Paragraph(_esc(ln[2:]), head))
        elif not ln.strip():
            story.append(Spacer(1, 5))
        else:
            story.append(Paragraph(_esc(ln), body))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.title, author=d.author)
    doc.build(story)


def build_docx(d: Doc, path: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    doc.core_properties.author = d.author or "Waterschap Linge en Merwede"
    doc.core_properties.title = d.title
    doc.core_properties.last_modified_by = ""
    rows = []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for ln in d.lines:
        ln = plain(ln)
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "===":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif ln.startswith("# "):
            doc.add_paragraph().add_run(ln[2:]).bold = True
        else:
            doc.add_paragraph(ln)
    flush()
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s175_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
    (TMP / f"{d.stem}.pdf").rename(path)


def build_scan(d: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    ft = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 34)
    fh = ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 40)
    fb = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 38)
    y = 150
    for text, style in d.ocr_lines:
        f = {"type": ft, "hand": fh, "bold": fb}[style]
        x = 150 if style != "hand" else 190
        dr.text((x, y), text, fill=20 if style != "hand" else 40, font=f)
        y += 58 if text else 30
    img = img.rotate(d.rotate, resample=Image.BICUBIC, fillcolor=250, expand=False)
    buf = TMP / f"{d.stem}.jpg"
    img.convert("RGB").save(buf, "JPEG", quality=80)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def build_form(d: Doc, path: Path):
    """Static text (lines) on top, then fillable fields with values."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for ln in d.lines:
        ln = plain(ln)
        if ln.startswith("# "):
            c.setFont("Helvetica-Bold", 12)
            ln = ln[2:]
        else:
            c.setFont("Helvetica", 9.5)
        c.drawString(60, y, ln)
        y -= 15
    y -= 10
    for name, label, value in d.fields:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=y, width=300, height=16,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 26
    c.showPage()
    c.save()


def finish(d: Doc, raw: Path, out: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String

    with pikepdf.open(str(raw)) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if d.xmp_creator:
                meta["dc:creator"] = [d.xmp_creator]
            elif "dc:creator" in meta:
                del meta["dc:creator"]
            meta["pdf:Producer"] = d.producer
            meta["xmp:CreatorTool"] = d.creator
            if d.title:
                meta["dc:title"] = d.title
        info = pdf.docinfo
        for k in list(info.keys()):
            del info[k]
        info["/Producer"] = d.producer
        info["/Creator"] = d.creator
        if d.title:
            info["/Title"] = d.title
        if d.author:
            info["/Author"] = d.author
        if d.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(d.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i // 3, len(pdf.pages) - 1)))
        for i, (who, txt) in enumerate(d.notes):
            pg = pdf.pages[0]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([480, 700 - 60 * i, 500, 720 - 60 * i]),
                                             T=String(who), Contents=String(txt), Name=Name.Comment,
                                             C=Array([1, 0.9, 0.2])))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(Array())
            pg.obj.Annots.append(a)
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------- gold
def make_gold(d: Doc, pdf: Path):
    text, pages = text_pdfium(pdf)
    problems = []
    red, keep = {}, {}
    for ln in d.lines:
        for m in RX_R.finditer(ln):
            red.setdefault((RKIND[m.group(1)], m.group(2)), None)
        for m in RX_K.finditer(ln):
            keep.setdefault((KKIND[m.group(1)], m.group(2)), None)
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    for (k, v) in red:
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
        gold["redact"].append({"kind": k, "value": v, "probes": [pr]})
    if d.hidden or d.ocr_redact:
        from evaluate import extract_channels, channel_counts
        ch = extract_channels(pdf, ocr="auto" if d.ocr_redact else "off")["channels"]
        for chan, k, v, probes in d.hidden:
            prs = []
            for p in probes:
                pr = {"text": p, "word": True, "after": 0}
                if channel_counts(ch, pr).get(chan, 0) == 0:
                    problems.append(f"{d.stem}: hidden {p!r} not in {chan}")
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} also in page text")
                prs.append(pr)
            gold["redact"].append({"kind": k, "value": v, "channel": chan, "probes": prs})
        for k, v, probes in d.ocr_redact:
            prs = []
            for p in probes:
                pr = {"text": p, "word": True, "after": 0, "ocr": True}
                if channel_counts(ch, pr).get("ocr", 0) == 0:
                    problems.append(f"{d.stem}: OCR probe {p!r} not found by OCR")
                    continue
                prs.append(pr)
            if prs:
                gold["redact"].append({"kind": k, "value": v, "channel": "ocr", "probes": prs})
    # simulated redaction for overlap check
    red_vals = [v for (_, v) in red] + [p for (_, _, _, ps) in d.hidden for p in ps]
    sim = text
    for v in sorted(red_vals, key=len, reverse=True):
        sim = probe_regex(v, True).sub("\u2588", sim)
    for (k, v) in keep:
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        gold["keep"].append({"kind": k, "value": v, "probes": [pr]})
    return gold, problems
