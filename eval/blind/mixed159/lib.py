"""Rendering and gold helpers for set BK (eval/blind/mixed159). All persons are invented."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s159_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Doc:
    """A document: blocks of text, a producer, redact and keep lists.

    Block markup: '# x' heading, '## x' subheading, '| a | b' table row (consecutive rows form a
    table, the first is the header), '> x' monospace line, '' spacer, '---' page break, else a
    paragraph ('\\n' = line break).
    redact: strings ('KIND:text' or text, kind guessed); hidden: (kind, text, channel);
    ocr: strings found by OCR on an image-only page. keep: strings ('KIND:text' or text).
    """

    def __init__(self, stem, kind, blocks, redact=(), keep=(), hidden=(), meta=None, producer=None,
                 creator=None, outline=(), notes=(), fields=None, font="Helvetica", size=10, rot=0.6,
                 title=None):
        self.stem, self.kind, self.blocks = stem, kind, blocks
        self.redact, self.keep, self.hidden = list(redact), list(keep), list(hidden)
        self.meta = meta or {}
        self.producer, self.creator = producer, creator
        self.outline, self.notes, self.fields = list(outline), list(notes), fields
        self.font, self.size, self.rot, self.title = font, size, rot, title

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}.raw.pdf"
        if self.kind == "rl":
            build_rl(self, raw)
        elif self.kind == "docx":
            build_docx(self, raw)
        elif self.kind == "scan":
            build_scan(self, raw)
        elif self.kind == "form":
            build_form(self, raw)
        else:
            raise ValueError(self.kind)
        postprocess(self, raw, out)
        return out


# ------------------------------------------------------------------ reportlab
_TTF = False
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1


def _ttf():
    global _TTF
    if not _TTF:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuMono", str(FONT_DIR / "DejaVuSansMono.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        _TTF = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def group(blocks):
    """Yield ('table', rows) or (tag, text)."""
    rows = []
    for b in blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        if rows:
            yield ("table", rows)
            rows = []
        if b.startswith("## "):
            yield ("h2", b[3:])
        elif b.startswith("# "):
            yield ("h1", b[2:])
        elif b.startswith("> ") or b == ">":
            yield ("mono", b[2:])
        elif b == "---":
            yield ("break", "")
        elif b == "":
            yield ("sp", "")
        else:
            yield ("p", b)
    if rows:
        yield ("table", rows)


def build_rl(d: Doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    font = d.font
    if font.startswith("DejaVu"):
        _ttf()
        bold, mono = "DejaVu-Bold", "DejaVuMono"
    else:
        bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, "Helvetica-Bold")
        mono = "Courier"
    base = ParagraphStyle("b", fontName=font, fontSize=d.size, leading=d.size * 1.3, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=d.size + 4, leading=d.size + 7,
                        spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=d.size + 1, spaceBefore=4)
    ms = ParagraphStyle("m", parent=base, fontName=mono, fontSize=d.size - 1, leading=d.size * 1.2,
                        spaceAfter=0)
    cell = ParagraphStyle("c", parent=base, fontSize=d.size - 1.5, leading=(d.size - 1.5) * 1.2,
                          spaceAfter=0)
    story = []
    for tag, val in group(d.blocks):
        if tag == "table":
            data = [[Paragraph(esc(c), cell) for c in r] for r in val]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6dd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 4)]
        elif tag == "h1":
            story.append(Paragraph(esc(val), h1))
        elif tag == "h2":
            story.append(Paragraph(esc(val), h2))
        elif tag == "mono":
            story.append(Paragraph(esc(val).replace(" ", "&nbsp;") if val.startswith(" ") else esc(val) or "&nbsp;", ms))
        elif tag == "break":
            story.append(PageBreak())
        elif tag == "sp":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(esc(val).replace("\n", "<br/>"), base))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.title or d.stem)
    doc.build(story)


# ------------------------------------------------------------------ docx -> soffice
def build_docx(d: Doc, path: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    document = docx.Document()
    st = document.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(d.size)
    for tag, val in group(d.blocks):
        if tag == "table":
            t = document.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    for p in t.cell(i, j).paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(d.size - 1)
                            run.bold = i == 0
            document.add_paragraph("")
        elif tag == "h1":
            document.add_heading(val, level=1)
        elif tag == "h2":
            document.add_heading(val, level=2)
        elif tag == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif tag == "sp":
            document.add_paragraph("")
        else:
            p = document.add_paragraph()
            lines = val.split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                if tag == "mono":
                    run.font.name = "DejaVu Sans Mono"
                if i < len(lines) - 1:
                    run.add_break()
    cp = document.core_properties
    cp.author = d.meta.get("docx_author", "")
    cp.title = d.title or ""
    src = TMP / f"{d.stem}.docx"
    document.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s159_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(str(TMP / f"{d.stem}.pdf"), path)


# ------------------------------------------------------------------ image-only scan
def build_scan(d: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    pages = [[]]
    for b in d.blocks:
        if b == "---":
            pages.append([])
        else:
            pages[-1].append(b)
    c = canvas.Canvas(str(path), pagesize=A4)
    fonts = {"": ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 34),
             "#": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 44),
             "~": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 42),
             ">": ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 31)}
    for pi, blocks in enumerate(pages):
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 150
        for b in blocks:
            key = b[:1] if b[:1] in "#~>" else ""
            txt = b[1:].lstrip() if key else b
            f = fonts[key]
            if key == "~":
                dr.text((170, y), txt, font=f, fill=35)
                y += 66
            elif txt == "":
                y += 30
            else:
                dr.text((150, y), txt, font=f, fill=20)
                y += 58 if key == "#" else 50
        img = img.rotate(d.rot * (1 if pi % 2 == 0 else -1), fillcolor=245, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=82)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------ AcroForm
def build_form(d: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for b in d.blocks:
        if b.startswith("# "):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, b[2:])
            y -= 26
        elif b == "":
            y -= 8
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, b)
            y -= 15
    y -= 10
    form = c.acroForm
    for name, label, value in d.fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + 5, label)
        form.textfield(name=name, tooltip=label, x=250, y=y, width=280, height=17, value=value,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 24
    c.showPage()
    c.save()


# ------------------------------------------------------------------ metadata, outline, notes
def postprocess(d: Doc, raw: Path, out: Path):
    import pikepdf
    with pikepdf.open(raw) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            if d.meta.get("xmp_creator"):
                xmp["dc:creator"] = [d.meta["xmp_creator"]]
            if d.producer:
                xmp["pdf:Producer"] = d.producer
            if d.creator:
                xmp["xmp:CreatorTool"] = d.creator
            if d.title:
                xmp["dc:title"] = d.title
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Creator", "/Producer"):
                del info[k]
        if d.meta.get("author"):
            info["/Author"] = d.meta["author"]
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.title:
            info["/Title"] = d.title
        info["/CreationDate"] = d.meta.get("date", "D:20261020101500+02'00'")
        info["/ModDate"] = d.meta.get("date", "D:20261020101500+02'00'")
        if d.outline:
            with pdf.open_outline() as ol:
                for title, page in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for page_i, rect, author, contents in d.notes:
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=rect, T=pikepdf.String(author),
                                       Contents=pikepdf.String(contents), Open=False,
                                       Name=pikepdf.Name.Comment, C=[1, 0.9, 0.2])
            pg = pdf.pages[page_i]
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(pdf.make_indirect(annot))
        pdf.save(out, static_id=True)


# ------------------------------------------------------------------ gold
def guess_kind(t):
    m = re.match(r"(ADDRESS|HEALTH|DATE_OF_BIRTH|VAT|KVK|PARAPH|BSN|ID):(.+)$", t)
    if m:
        return m.group(1), m.group(2)
    if "@" in t:
        return "EMAIL", t
    if re.fullmatch(r"\d{6}|TH-\d{4}", t):
        return "PERSONNEL_NUMBER", t
    if " " not in t and len(t) <= 5 and sum(c.isupper() for c in t) >= 2 and "." not in t:
        return "PARAPH", t
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", t):
        return "IBAN", t
    if re.fullmatch(r"[\d\s()+\-]{8,}", t):
        return "PHONE", t
    return "PERSON", t


def probe(t):
    return {"text": t, "word": True, "after": 0}


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact = []
    for r in d.redact:
        k, t = guess_kind(r)
        if count_in(text, probe(t)) == 0:
            problems.append(f"{d.stem}: redact {t!r} not in text")
        redact.append({"kind": k, "value": t, "probes": [probe(t)]})
    chans = None
    if d.hidden or d.kind == "scan":
        chans = extract_channels(path, ocr="auto" if d.kind == "scan" else "off")["channels"]
    for k, t, ch in d.hidden:
        p = probe(t)
        if ch == "ocr":
            p["ocr"] = True
            from evaluate import ocr_count
            n = ocr_count(chans.get("ocr", []), p)
            if n == 0:
                print(f"  (dropped OCR probe not read: {d.stem} {t!r})")
                continue
            redact.append({"kind": k, "value": t, "probes": [p]})
            continue
        n = count_in(chans.get(ch, ""), p)
        if n == 0:
            problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
        if count_in(text, p):
            problems.append(f"{d.stem}: hidden {t!r} also in page text")
        redact.append({"kind": k, "value": t, "channel": ch, "probes": [p]})
    # simulated redaction of the page text
    red = text
    for r in d.redact:
        t = guess_kind(r)[1]
        red = probe_regex(t, True).sub(lambda m: "\u2588" * len(m.group(0)), red)
    keep = []
    seen = set()
    for kp in d.keep:
        t = kp
        k = keep_kind(t)
        if t in seen:
            continue
        seen.add(t)
        p = {"text": t, "word": True}
        n = count_in(text, p)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(red, p) != n:
            print(f"  (dropped keep overlapping a redaction: {d.stem} {t!r})")
            continue
        p["after"] = n
        keep.append({"kind": k, "value": t, "probes": [p]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


def keep_kind(t):
    if re.search(r"\d", t) and re.search(r"[-/]", t):
        return "REFERENCE"
    if "@" in t:
        return "FUNCTIONAL_EMAIL"
    if re.match(r"(wethouder|burgemeester|raadslid|minister|staatssecretaris|gedeputeerde|Kamerlid)\b", t, re.I):
        return "PUBLIC_OFFICIAL"
    if re.search(r"(wet|Wet|Awb|verordening|Verordening|Omgevingsplan)", t):
        return "LAW"
    if re.search(r"(straat|laan|weg|plein|kade|park|Park|singel)\b", t):
        return "PLACE"
    return "PUBLIC"
