"""Builders and gold generation for set VD (eval/blind/mixed221).

Document text uses inline markup:  [[K:text]] = personal data to redact (kind code K),
{{K:text}} = public text to keep. Markup is stripped before rendering; gold is derived from it.
"""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent

import reportlab.rl_config  # noqa: E402

reportlab.rl_config.invariant = 1
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s221_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "I": "IBAN", "B": "BSN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "N": "PERSONNEL_NUMBER", "K": "PLATE"}
KKIND = {"O": "ORG", "L": "PLACE", "F": "PUBLIC_OFFICIAL", "R": "REFERENCE", "W": "LAW", "X": "MISC",
         "M": "FUNCTIONAL_MAILBOX", "S": "GENERAL_NUMBER", "Q": "NOT_A_PERSON", "J": "JOB_TITLE",
         "Y": "DATE_AMOUNT"}

MARK = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{([A-Z]):(.+?)\}\}")


def parse(s: str):
    """Return plain text, redact [(kind, value)], keep [(kind, value)]."""
    red, keep = [], []

    def rep(m):
        if m.group(1):
            red.append((RKIND[m.group(1)], m.group(2)))
            return m.group(2)
        keep.append((KKIND[m.group(3)], m.group(4)))
        return m.group(4)

    return MARK.sub(rep, s), red, keep


@dataclass
class Doc:
    stem: str
    kind: str                      # rl | rl_ttf | docx | odt | scan | form
    blocks: list                   # strings; '# ' heading, '## ' subheading, '|' table row, '' spacer, '---' page break
    producer: str | None = None    # override /Producer
    creator: str | None = None     # override /Creator
    title: str | None = None
    author: str | None = None      # Info /Author (may be hidden personal data)
    xmp_creator: str | None = None
    outline: list = field(default_factory=list)     # [(title, page_index)]
    annots: list = field(default_factory=list)      # [(author, contents, page_index)]
    fields: list = field(default_factory=list)      # form: [(name, label, value)]
    hidden: list = field(default_factory=list)      # [(kind, value, channel)] redact items in hidden channels
    extra_red: list = field(default_factory=list)   # [(kind, value)] extra text-layer redact probes
    rotate: float = 0.6
    font_size: float = 10

    @property
    def pdf(self) -> Path:
        return DOCS_DIR / f"{self.stem}.pdf"


# ------------------------------------------------------------------------------------------------
def _register_ttf():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))


def build_rl(doc: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if doc.kind == "rl_ttf":
        _register_ttf()
        base, bold = "DejaVu", "DejaVu-Bold"
    else:
        base, bold = "Helvetica", "Helvetica-Bold"
    fs = doc.font_size
    st = ParagraphStyle("b", fontName=base, fontSize=fs, leading=fs * 1.3, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=fs + 4, leading=(fs + 4) * 1.3, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=fs + 1, leading=(fs + 1) * 1.3, spaceAfter=3, spaceBefore=4)
    cell = ParagraphStyle("c", fontName=base, fontSize=fs - 1, leading=(fs - 1) * 1.25)
    story, rows = [], []

    def flush():
        nonlocal rows
        if rows:
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(escape(c), cell) for c in r] + [""] * (ncol - len(r)) for r in rows]
            t = Table(data, colWidths=[(170 * mm) / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 4))
            rows = []

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b == "---":
            story.append(PageBreak())
        elif b == "":
            story.append(Spacer(1, 6))
        elif b.startswith("## "):
            story.append(Paragraph(escape(b[3:]), h2))
        elif b.startswith("# "):
            story.append(Paragraph(escape(b[2:]), h1))
        else:
            story.append(Paragraph(escape(b).replace("\n", "<br/>"), st))
    flush()
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title or "", author="")
    d.build(story)


def build_docx(doc: Doc, out: Path, via_odt: bool = False):
    from docx import Document
    from docx.shared import Pt

    TMP.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(doc.font_size)
    d.core_properties.author = ""
    d.core_properties.title = doc.title or ""
    rows = []

    def flush():
        nonlocal rows
        if rows:
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows = []

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b == "---":
            d.add_page_break()
        elif b == "":
            d.add_paragraph("")
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        elif b.startswith("# "):
            d.add_heading(b[2:], level=1)
        else:
            p = d.add_paragraph()
            lines = b.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
    flush()
    src = TMP / f"{doc.stem}.docx"
    d.save(src)
    lo = ["soffice", "-env:UserInstallation=file:///tmp/s221_lo", "--headless"]
    if via_odt:
        subprocess.run(lo + ["--convert-to", "odt", "--outdir", str(TMP), str(src)], check=True,
                       capture_output=True, timeout=180)
        src = TMP / f"{doc.stem}.odt"
    subprocess.run(lo + ["--convert-to", "pdf", "--outdir", str(TMP), str(src)], check=True,
                   capture_output=True, timeout=180)
    shutil.copy(TMP / f"{doc.stem}.pdf", out)


def build_scan(doc: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(doc.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    c = canvas.Canvas(str(out), pagesize=A4)
    pages = [[]]
    for b in doc.blocks:
        if b == "---":
            pages.append([])
        else:
            pages[-1].append(b)
    for blocks in pages:
        img = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34)
        fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
        fh = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 40)
        y = 150
        for b in blocks:
            if b == "":
                y += 30
                continue
            font = f
            if b.startswith("# "):
                font, b = fb, b[2:]
            elif b.startswith("~ "):
                font, b = fh, b[2:]
            for ln in b.split("\n"):
                dr.text((150 + rnd.randint(-3, 3), y), ln, fill=25, font=font)
                y += 52
            y += 12
        # speckles
        for _ in range(400):
            x0, y0 = rnd.randrange(W), rnd.randrange(H)
            dr.point((x0, y0), fill=rnd.randint(120, 200))
        img = img.rotate(doc.rotate, resample=Image.BICUBIC, fillcolor=246)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=78)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def build_form(doc: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    for b in doc.blocks:
        if b.startswith("# "):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(56, y, b[2:])
            y -= 24
        elif b == "":
            y -= 10
        else:
            c.setFont("Helvetica", 9.5)
            for ln in b.split("\n"):
                c.drawString(56, y, ln)
                y -= 13
            y -= 4
    y -= 8
    for name, label, value in doc.fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=y, width=300, height=16,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 24
    c.save()


def postprocess(doc: Doc, path: Path):
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if doc.title:
                meta["dc:title"] = doc.title
            if doc.xmp_creator:
                meta["dc:creator"] = [doc.xmp_creator]
            if doc.producer:
                meta["pdf:Producer"] = doc.producer
            if doc.creator:
                meta["xmp:CreatorTool"] = doc.creator
        if doc.producer:
            pdf.docinfo["/Producer"] = doc.producer
        if doc.creator:
            pdf.docinfo["/Creator"] = doc.creator
        if doc.title:
            pdf.docinfo["/Title"] = doc.title
        stamp = "D:2026011209%02d00+01'00'" % (sum(map(ord, doc.stem)) % 60)
        pdf.docinfo["/CreationDate"] = stamp
        pdf.docinfo["/ModDate"] = stamp
        if "/DocChecksum" in pdf.docinfo:
            del pdf.docinfo["/DocChecksum"]
        if doc.author is not None:
            pdf.docinfo["/Author"] = doc.author
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if doc.outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for t, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(t, min(pg, len(pdf.pages) - 1)))
        for author, contents, pg in doc.annots:
            page = pdf.pages[min(pg, len(pdf.pages) - 1)]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[480, 700 - 30 * len(page.obj.get("/Annots", [])), 500, 720 - 30 * len(page.obj.get("/Annots", []))],
                T=pikepdf.String(author), Contents=pikepdf.String(contents),
                Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(path, deterministic_id=True)


def build(doc: Doc) -> Path:
    DOCS_DIR.mkdir(exist_ok=True)
    TMP.mkdir(parents=True, exist_ok=True)
    plain = Doc(**{**doc.__dict__})
    plain.blocks = [parse(b)[0] for b in doc.blocks]
    plain.fields = [(n, parse(lbl)[0], parse(v)[0]) for n, lbl, v in doc.fields]
    out = doc.pdf
    if doc.kind in ("rl", "rl_ttf"):
        build_rl(plain, out)
    elif doc.kind == "docx":
        build_docx(plain, out)
    elif doc.kind == "odt":
        build_docx(plain, out, via_odt=True)
    elif doc.kind == "scan":
        build_scan(plain, out)
    elif doc.kind == "form":
        build_form(plain, out)
    postprocess(plain, out)
    return out


# ------------------------------------------------------------------------------------------------
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "te", "el", "mevrouw", "heer", "de heer"}


def surname(val: str):
    """Surname-only probe for a full name ('Ruud Klaassen' -> 'Klaassen', 'Klaassen, Ruud' -> 'Klaassen')."""
    if "," in val:
        s = val.split(",")[0].strip()
    else:
        toks = val.split()
        if len(toks) < 2:
            return None
        s = toks[-1]
    if len(s) < 4 or s == val or not s[0].isupper() or s.endswith("."):
        return None
    return s


def make_gold(doc: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = [], []
    for b in doc.blocks + [f[1] + " " + f[2] for f in doc.fields]:
        _, r, k = parse(b)
        red += r
        keep += k
    red += list(doc.extra_red)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    pseen = set()
    channel_text = {}
    if doc.kind == "scan" or doc.hidden or doc.fields:
        channel_text = extract_channels(path, ocr="auto" if doc.kind == "scan" else "off")["channels"]
    for kind, val in red:
        if doc.fields and any(val in parse(f[2])[0] for f in doc.fields) and not count_in(text, {"text": val, "word": True}):
            continue  # field values are handled below as hidden
        if (kind, val) in seen:
            continue
        seen.add((kind, val))
        pr = {"text": val, "word": True, "after": 0}
        if doc.kind == "scan":
            if channel_counts(channel_text, {**pr, "ocr": True}).get("ocr", 0) == 0:
                problems.append(f"{doc.stem}: (dropped) OCR does not read {val!r}")
                continue
            gold["redact"].append({"kind": kind, "value": val, "channel": "ocr",
                                   "probes": [{**pr, "ocr": True}]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{doc.stem}: redact {val!r} not in text")
        probes = [pr]
        sn = surname(val) if kind == "PERSON" else None
        if sn and sn not in pseen and count_in(text, {"text": sn, "word": True}):
            probes.append({"text": sn, "word": True, "after": 0})
        for q in probes:
            pseen.add(q["text"])
        gold["redact"].append({"kind": kind, "value": val, "probes": probes})
    hidden = list(doc.hidden)
    for n, lbl, v in doc.fields:
        for kind, val in parse(v)[1]:
            hidden.append((kind, val, "annotations"))
    for kind, val, ch in hidden:
        if (kind, val, ch) in seen:
            continue
        seen.add((kind, val, ch))
        pr = {"text": val, "word": True, "after": 0}
        if channel_counts(channel_text, pr).get(ch, 0) == 0:
            problems.append(f"{doc.stem}: hidden {val!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{doc.stem}: hidden {val!r} also in page text")
        gold["redact"].append({"kind": kind, "value": val, "channel": ch, "probes": [pr]})
    # simulated redaction for keep overlap
    red_text = text
    for it in gold["redact"]:
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], pr["word"]).sub(lambda m: "#" * len(m.group(0)), red_text)
    kseen = set()
    if doc.kind != "scan":
        for kind, val in keep:
            if val in kseen:
                continue
            kseen.add(val)
            pr = {"text": val, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{doc.stem}: keep {val!r} not in text (dropped)")
                continue
            if count_in(red_text, pr) != n:
                problems.append(f"{doc.stem}: keep {val!r} overlaps a redact value (dropped)")
                continue
            if any(val in it["value"] or it["value"] in val for it in gold["redact"]):
                problems.append(f"{doc.stem}: keep {val!r} overlaps redact value (dropped)")
                continue
            pr["after"] = n
            gold["keep"].append({"kind": kind, "value": val, "probes": [pr]})
    return gold, problems
