"""Shared machinery of set AF (eval/blind/mixed127): a tiny markup, three producers and the gold.

Markup inside a document line:
  [[k:text]]  personal data to redact (k = kind code, see RKINDS); the text is one probe
  {{k:text}}  public text to keep (k = kind code, see KKINDS); the text is one probe
Line prefixes: '# ' heading, '## ' subheading, '|' table row (cells split on '|'), '---PAGE---' page break.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"

RKINDS = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "a": "ADDRESS", "b": "BSN", "i": "IBAN",
          "d": "DATE_OF_BIRTH", "c": "INITIALS", "h": "HEALTH", "k": "ID", "n": "NICKNAME",
          "s": "SIGNATURE", "v": "VEHICLE_PLATE"}
KKINDS = {"o": "ORG", "l": "LOCATION", "r": "PUBLIC_OFFICIAL", "f": "FUNCTION", "n": "REFERENCE",
          "w": "LAW", "m": "FUNCTIONAL_MAILBOX", "g": "GENERAL_PHONE", "x": "NOT_A_PERSON",
          "j": "PROJECT", "y": "TERM", "d": "DATE"}

MARK = re.compile(r"\[\[(\w):(.+?)\]\]|\{\{(\w):(.+?)\}\}")


def parse(line: str):
    """Return plain text and the spans [('R'|'K', kind, text)]."""
    spans = []

    def rep(m):
        if m.group(1):
            spans.append(("R", RKINDS[m.group(1)], m.group(2)))
            return m.group(2)
        spans.append(("K", KKINDS[m.group(3)], m.group(4)))
        return m.group(4)

    return MARK.sub(rep, line), spans


@dataclass
class Doc:
    stem: str
    lines: list
    producer: str = "rl-helv"          # rl-helv | rl-times | rl-cour | rl-dejavu | rl-serif | docx | scan
    info: dict = field(default_factory=dict)       # /Producer, /Creator, /Author, /Title ...
    xmp_creator: list = field(default_factory=list)
    outline: list = field(default_factory=list)    # [(title, page_index)]
    notes: list = field(default_factory=list)      # [(page_index, author, contents)]
    fields: list = field(default_factory=list)     # [(name, label, value)] AcroForm text fields
    hidden: list = field(default_factory=list)     # [(channel, kind, value, [probe texts])]
    stamp: list = field(default_factory=list)      # scan: text-layer lines printed at the top
    rotate: float = 0.6

    @property
    def pdf(self) -> Path:
        return DOCS_DIR / f"{self.stem}.pdf"

    def plain(self):
        out, spans = [], []
        for ln in self.lines:
            t, s = parse(ln)
            out.append(t)
            spans += s
        for ln in self.stamp:
            spans += parse(ln)[1]
        return out, spans

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        lines, _ = self.plain()
        if self.producer == "docx":
            build_docx(self, lines)
        elif self.producer == "scan":
            build_scan(self, lines)
        else:
            build_rl(self, lines)
        post(self)
        return self.pdf


# ---------------------------------------------------------------------- reportlab
_REG = False


def _fonts(kind):
    global _REG
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if not _REG:
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTS + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONTS + "DejaVuSerif-Bold.ttf"))
        _REG = True
    return {"rl-helv": ("Helvetica", "Helvetica-Bold"), "rl-times": ("Times-Roman", "Times-Bold"),
            "rl-cour": ("Courier", "Courier-Bold"), "rl-dejavu": ("DejaVuSans", "DejaVuSans-Bold"),
            "rl-serif": ("DejaVuSerif", "DejaVuSerif-Bold")}[kind]


def build_rl(doc: Doc, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    reg, bold = _fonts(doc.producer)
    W, H = A4
    c = canvas.Canvas(str(doc.pdf), pagesize=A4, invariant=1)
    c.setTitle(doc.info.get("/Title", doc.stem))
    x0, y = 62, H - 70
    size = 9.5 if doc.producer != "rl-cour" else 8.8

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 70

    for ln in lines:
        if ln == "---PAGE---":
            newpage()
            continue
        if y < 70:
            newpage()
        if ln.startswith("# "):
            c.setFont(bold, 13)
            c.drawString(x0, y, ln[2:])
            y -= 20
            continue
        if ln.startswith("## "):
            c.setFont(bold, 10.5)
            y -= 3
            c.drawString(x0, y, ln[3:])
            y -= 15
            continue
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            colw = (W - 2 * x0) / len(cells)
            c.setFont(reg, size - 1)
            hmax = 1
            for i, cell in enumerate(cells):
                parts = simpleSplit(cell, reg, size - 1, colw - 6) or [""]
                for j, p in enumerate(parts):
                    c.drawString(x0 + i * colw, y - j * 11, p)
                hmax = max(hmax, len(parts))
            c.setLineWidth(0.3)
            c.line(x0, y - (hmax - 1) * 11 - 3.5, W - x0, y - (hmax - 1) * 11 - 3.5)
            y -= hmax * 11 + 3
            continue
        c.setFont(reg, size)
        if not ln.strip():
            y -= 7
            continue
        for p in simpleSplit(ln, reg, size, W - 2 * x0):
            if y < 70:
                newpage()
                c.setFont(reg, size)
            c.drawString(x0, y, p)
            y -= size + 3.5
    for name, label, value in doc.fields:
        pass
    if doc.fields:
        fy = y - 10
        c.setFont(reg, size)
        for name, label, value in doc.fields:
            c.drawString(x0, fy + 4, label)
            c.acroForm.textfield(name=name, tooltip=label, value=value, x=x0 + 170, y=fy, width=260,
                                 height=16, fontName="Helvetica", fontSize=9, borderWidth=0.5)
            fy -= 22
    c.showPage()
    c.save()


# ---------------------------------------------------------------------- docx via soffice
def build_docx(doc: Doc, lines):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    table_rows = []

    def flush():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        t = d.add_table(rows=len(table_rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        table_rows.clear()

    for ln in lines:
        if ln.startswith("|"):
            table_rows.append([x.strip() for x in ln.strip("|").split("|")])
            continue
        flush()
        if ln == "---PAGE---":
            d.add_page_break()
        elif ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        else:
            p = d.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(2)
    flush()
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(str(src))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/u", "--convert-to",
                        "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        (Path(td) / f"{doc.stem}.pdf").replace(doc.pdf)


# ---------------------------------------------------------------------- image-only scan
def build_scan(doc: Doc, lines):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 30)
    fb = ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", 36)
    fh = ImageFont.truetype(FONTS + "DejaVuSans-Oblique.ttf", 36)
    y = 260
    for ln in lines:
        font, col = f, 20
        if ln.startswith("# "):
            font, ln = fb, ln[2:]
        elif ln.startswith("~ "):           # handwriting imitation
            font, ln, col = fh, ln[2:], 40
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            cw = (W - 240) // len(cells)
            for i, cell in enumerate(cells):
                if cell.startswith("~ "):
                    dr.text((120 + i * cw, y - 4), cell[2:], font=fh, fill=40)
                else:
                    dr.text((120 + i * cw, y), cell, font=f, fill=col)
            dr.line((120, y + 42, W - 120, y + 42), fill=90, width=2)
            y += 58
            continue
        dr.text((120, y), ln, font=font, fill=col)
        y += 50 if ln.strip() else 26
    img = img.rotate(doc.rotate, fillcolor=250, resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=82)
    buf.seek(0)
    c = canvas.Canvas(str(doc.pdf), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    if doc.stamp:
        c.setFont("Helvetica", 7)
        yy = A4[1] - 18
        for s in doc.stamp:
            c.drawString(30, yy, parse(s)[0])
            yy -= 9
    c.showPage()
    c.save()


# ---------------------------------------------------------------------- hidden channels, producers
def post(doc: Doc):
    import pikepdf

    with pikepdf.open(str(doc.pdf), allow_overwriting_input=True) as pdf:
        for k in list(pdf.docinfo.keys()):
            if k in ("/Author",):
                del pdf.docinfo[k]
        for k, v in doc.info.items():
            pdf.docinfo[k] = v
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = doc.xmp_creator
                if "/Producer" in doc.info:
                    m["pdf:Producer"] = doc.info["/Producer"]
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, author, contents in doc.notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([520, 700 - 40 * len(page.obj.get("/Annots", [])), 540, 720 - 40 * len(page.obj.get("/Annots", []))]),
                T=pikepdf.String(author), Contents=pikepdf.String(contents),
                Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(doc.pdf), deterministic_id=True)


# ---------------------------------------------------------------------- gold
def make_gold(doc: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    _, spans = doc.plain()
    redact, keep = {}, {}
    for rk, kind, t in spans:
        (redact if rk == "R" else keep).setdefault((kind, t), None)
    ritems = []
    ocr = doc.producer == "scan"
    chans = None
    if ocr or any(h[0] == "ocr" for h in doc.hidden):
        chans = extract_channels(path, ocr="auto")["channels"]
    for (kind, t) in redact:
        pr = {"text": t, "word": True, "after": 0}
        if ocr:
            pr["ocr"] = True
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                problems.append(f"{doc.stem}: OCR does not read {t!r} (dropped)")
                continue
            ritems.append({"kind": kind, "value": t, "channel": "ocr", "probes": [pr]})
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{doc.stem}: redact probe {t!r} not in text")
            ritems.append({"kind": kind, "value": t, "probes": [pr]})
    if doc.hidden:
        hch = extract_channels(path, ocr="off")["channels"]
        for ch, kind, value, probes in doc.hidden:
            prs = []
            for t in probes:
                pr = {"text": t, "word": True, "after": 0}
                if channel_counts(hch, pr).get(ch, 0) == 0:
                    problems.append(f"{doc.stem}: hidden {t!r} not in {ch}")
                if count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden {t!r} also in page text")
                prs.append(pr)
            ritems.append({"kind": kind, "value": value, "channel": ch, "probes": prs})
    # simulated redaction for overlap check
    red = text
    allr = [p["text"] for it in ritems if it.get("channel") is None for p in it["probes"]]
    for t in sorted(allr, key=len, reverse=True):
        red = probe_regex(t, True).sub(lambda m: "\u2588" * len(m.group(0)), red)
    kitems = []
    for (kind, t) in keep:
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{doc.stem}: keep probe {t!r} not in text")
            continue
        if count_in(red, pr) != n:
            problems.append(f"{doc.stem}: keep probe {t!r} overlaps a redact probe")
            continue
        for rv in allr:
            if count_in(norm(rv), pr) or count_in(norm(t), {"text": rv, "word": True}):
                problems.append(f"{doc.stem}: keep {t!r} / redact {rv!r} overlap")
        pr["after"] = n
        kitems.append({"kind": kind, "value": t, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": ritems, "keep": kitems}
    return gold, problems
