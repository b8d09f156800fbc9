"""Builders and gold logic for set ZD (mixed229). All persons are invented."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIXED_DATE = "D:20261008120000+02'00'"


class Doc:
    """stem, kind ('rl' reportlab std-14, 'ttf' reportlab DejaVu, 'docx', 'odt', 'scan'), lines.
    Line mark-up: '# ' heading, '\f' page break, 'a | b | c' table row, '' blank line.
    hidden: dict(author=..., xmp=..., outline=[...], notes=[(T, Contents)], form=[(name, label, value)])
    redact_hidden: [(kind, value, [probes], channel)]; ocr_lines: text drawn into the scan image."""

    def __init__(self, stem, kind, lines, producer=None, creator=None, title=None, hidden=None,
                 redact_hidden=(), ocr_lines=None, overlay=None, landscape=False, handwriting=()):
        self.stem, self.kind, self.lines = stem, kind, lines
        self.producer, self.creator, self.title = producer, creator, title
        self.hidden = hidden or {}
        self.redact_hidden = list(redact_hidden)
        self.ocr_lines, self.overlay = ocr_lines, overlay
        self.landscape = landscape
        self.handwriting = set(handwriting)

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.kind in ("rl", "ttf"):
            build_rl(self)
        elif self.kind in ("docx", "odt"):
            build_office(self)
        elif self.kind == "scan":
            build_scan(self)
        post(self)
        return self.path


# ------------------------------------------------------------------------------------------ reportlab
def _fonts(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "ttf":
        if "DV" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DV", DEJAVU))
            pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
        return "DV", "DVB"
    return "Helvetica", "Helvetica-Bold"


def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    size = landscape(A4) if d.landscape else A4
    W, H = size
    c = canvas.Canvas(str(d.path), pagesize=size, invariant=1)
    c.setTitle(d.title or d.stem)
    reg, bold = _fonts(d.kind)
    if d.kind == "rl" and d.stem[-1] in "13579":
        reg, bold = "Times-Roman", "Times-Bold"
    x0, y = 60, H - 60
    fs = 9.5 if d.landscape else 10

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 60

    for ln in d.lines:
        if ln == "\f":
            newpage()
            continue
        if y < 70:
            newpage()
        if ln.startswith("# "):
            c.setFont(bold, 12)
            c.drawString(x0, y, ln[2:])
            y -= 18
            continue
        if " | " in ln:
            cells = ln.split(" | ")
            colw = (W - 2 * x0) / len(cells)
            c.setFont(reg, fs - 1)
            maxl = 1
            for i, cell in enumerate(cells):
                parts = simpleSplit(cell, reg, fs - 1, colw - 6)
                for j, p in enumerate(parts):
                    c.drawString(x0 + i * colw, y - j * 11, p)
                maxl = max(maxl, len(parts))
            y -= 11 * maxl + 3
            continue
        c.setFont(reg, fs)
        parts = simpleSplit(ln, reg, fs, W - 2 * x0) or [""]
        for p in parts:
            if y < 60:
                newpage()
                c.setFont(reg, fs)
            c.drawString(x0, y, p)
            y -= 13
    form = d.hidden.get("form")
    if form:
        yy = H - 60 - 13 * (len([l for l in d.lines]) + 2)
        for name, label, value in form:
            c.setFont(reg, 9)
            c.drawString(x0, yy + 4, label)
            c.acroForm.textfield(name=name, tooltip=label, x=x0 + 170, y=yy, width=300, height=16,
                                 value=value, fontSize=9, borderWidth=0.5)
            yy -= 22
    c.save()


# ------------------------------------------------------------------------------------------ office
def build_office(d: Doc):
    import docx
    from docx.shared import Pt
    tmp = Path(f"/tmp/s229_work/{d.stem}")
    tmp.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.kind == "docx" else "Liberation Serif"
    st.font.size = Pt(10.5)
    table = None
    for ln in d.lines:
        if ln == "\f":
            doc.add_page_break()
            table = None
            continue
        if " | " in ln:
            cells = ln.split(" | ")
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for i, cell in enumerate(cells):
                row.cells[i].text = cell
            continue
        table = None
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=2)
        else:
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(2)
    cp = doc.core_properties
    cp.author = d.hidden.get("author", "")
    cp.title = d.title or d.stem
    src = tmp / f"{d.stem}.docx"
    doc.save(str(src))
    lo = "-env:UserInstallation=file:///tmp/s229_lo"
    if d.kind == "odt":
        subprocess.run(["soffice", lo, "--headless", "--convert-to", "odt", "--outdir", str(tmp), str(src)],
                       check=True, capture_output=True)
        src = tmp / f"{d.stem}.odt"
    subprocess.run(["soffice", lo, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                   check=True, capture_output=True)
    (tmp / f"{d.stem}.pdf").replace(d.path)


# ------------------------------------------------------------------------------------------ scan
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
    fh = ImageFont.truetype(SERIF_I, 40)
    y = 150
    for i, ln in enumerate(d.ocr_lines):
        font = fh if i in d.handwriting else f
        dr.text((140, y), ln, fill=25, font=font)
        y += 58 if ln else 30
    im = im.rotate(0.6, resample=Image.BICUBIC, fillcolor=250, expand=False)
    tmp = Path("/tmp/s229_work")
    tmp.mkdir(exist_ok=True)
    jp = tmp / f"{d.stem}.jpg"
    im.save(jp, "JPEG", quality=80)
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    if d.overlay:
        c.setFont("Helvetica", 8)
        c.drawString(40, 20, d.overlay)
    c.save()


# ------------------------------------------------------------------------------------------ post
def post(d: Doc):
    import pikepdf
    with pikepdf.open(str(d.path), allow_overwriting_input=True) as pdf:
        di = pdf.docinfo
        for k in list(di.keys()):
            if k in ("/CreationDate", "/ModDate"):
                del di[k]
        if d.producer:
            di["/Producer"] = d.producer
        if d.creator:
            di["/Creator"] = d.creator
        di["/Title"] = d.title or d.stem
        if "author" in d.hidden:
            di["/Author"] = d.hidden["author"]
        elif "/Author" in di:
            del di["/Author"]
        di["/CreationDate"] = FIXED_DATE
        if "xmp" in d.hidden:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.hidden["xmp"]]
                m["dc:title"] = d.title or d.stem
        if "outline" in d.hidden:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for i, t in enumerate(d.hidden["outline"]):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        if "notes" in d.hidden:
            page = pdf.pages[0]
            annots = page.obj.get("/Annots")
            if annots is None:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
                annots = page.obj["/Annots"]
            for i, (t, contents) in enumerate(d.hidden["notes"]):
                a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[500, 700 - 60 * i, 520, 720 - 60 * i],
                                       T=pikepdf.String(t), Contents=pikepdf.String(contents),
                                       Name=pikepdf.Name.Comment, F=4)
                annots.append(pdf.make_indirect(a))
        pdf.save(str(d.path), deterministic_id=True, fix_metadata_version=False)


# ------------------------------------------------------------------------------------------ gold
def make_gold(d: Doc, R, K):
    """R: [(kind, value, [probe texts])] registry of personal data; K: [(kind, text)] keep registry.
    Redact items: every registry item with >= 1 probe in the page text (only those probes).
    Keep items: every K text with count > 0 whose count is unchanged after blanking all redact
    values and probes found (a keep probe never overlaps a redaction)."""
    path = d.path
    text, pages = text_pdfium(path)
    problems = []
    redact = []
    blanks = []
    if d.kind != "scan":
        for kind, value, probes in R:
            found = [p for p in probes if count_in(text, {"text": p, "word": True})]
            if found:
                redact.append({"kind": kind, "value": value,
                               "probes": [{"text": p, "word": True, "after": 0} for p in found]})
                blanks += [value] + found
    chans = None
    for kind, value, probes, ch in d.redact_hidden:
        if chans is None:
            chans = extract_channels(path, ocr="auto" if ch == "ocr" else "off")["channels"]
        elif ch == "ocr" and "ocr" not in chans:
            chans = extract_channels(path, ocr="auto")["channels"]
        item = {"kind": kind, "value": value, "channel": ch, "probes": []}
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
            n = channel_counts(chans, pr).get(ch, 0)
            if not n:
                problems.append(f"{d.stem}: hidden probe {p!r} not found in {ch}")
                continue
            if ch != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden probe {p!r} also in page text")
                continue
            item["probes"].append(pr)
        if item["probes"]:
            redact.append(item)
    blanked = text
    for b in sorted(set(blanks), key=len, reverse=True):
        blanked = probe_regex(b, False).sub(lambda m: "#" * len(m.group(0)), blanked)
    keep = []
    seen = set()
    for kind, t in K:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if not n:
            continue
        if count_in(blanked, pr) != n:
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    gold = {"doc": f"{d.stem}.pdf", "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
