"""Builder for set LV (eval/blind/mixed157): a tiny markup, four producers, gold from the markup.

Markup inside document text:
  {K:text}  a value that must disappear (K = redact kind letter, see RKIND)
  [k:text]  a value that must stay readable (k = keep kind letter, see KKIND)
Each distinct marked value becomes one gold item with one probe (word-anchored). Keep 'after' is
counted on the original's PDFium text with the evaluator's own functions.
"""
from __future__ import annotations

import io
import math
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "H": "HEALTH", "C": "INITIALS", "X": "OTHER_ID", "N": "NICKNAME"}
KKIND = {"o": "ORG", "f": "PUBLIC_OFFICIAL", "l": "LOCATION", "w": "LAW", "r": "REFERENCE", "j": "ROLE",
         "m": "MISC", "t": "PUBLIC_PHONE", "e": "FUNCTIONAL_EMAIL", "n": "NAME_LIKE", "d": "DATE",
         "a": "AMOUNT", "p": "PRODUCT"}

RX_R = re.compile(r"\{([A-Z]):([^{}]+)\}")
RX_K = re.compile(r"\[([a-z]):([^\[\]]+)\]")


def plain(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


def spans(s: str):
    return [(RKIND[m.group(1)], m.group(2)) for m in RX_R.finditer(s)], \
           [(KKIND[m.group(1)], m.group(2)) for m in RX_K.finditer(s)]


@dataclass
class Doc:
    stem: str
    body: str                      # lines; see layout()
    via: str = "rl"                # rl | docx | scan | form
    font: str = "helv"             # helv | dejavu | times
    producer: str = ""
    creator: str = ""
    title: str = ""
    author: str = ""               # markup allowed: Info /Author
    xmp_creator: str = ""          # markup allowed: XMP dc:creator
    outline: list = field(default_factory=list)   # [(title markup, page index)]
    notes: list = field(default_factory=list)     # [(page, T markup, Contents markup)]
    fields: list = field(default_factory=list)    # [(name, label, value markup)] for via=form
    rotate: float = 0.6
    scan_font: str = "DejaVuSerif.ttf"

    @property
    def path(self) -> Path:
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        {"rl": build_rl, "form": build_rl, "docx": build_docx, "scan": build_scan}[self.via](self)
        post(self)
        return self.path


# ------------------------------------------------------------------------------------------------
# layout: body lines.  '# ' heading, '## ' subheading, '| a | b |' table row, '---' page break,
# '' blank line, '> ' small print, everything else a paragraph (wrapped).
# ------------------------------------------------------------------------------------------------
def _fonts(doc):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if doc.font == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))
        return "DV", "DVB"
    if doc.font == "times":
        return "Times-Roman", "Times-Bold"
    return "Helvetica", "Helvetica-Bold"


def build_rl(doc: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    reg, bold = _fonts(doc)
    W, H = A4
    L, R, T, B = 62, 62, 60, 60
    c = canvas.Canvas(str(doc.path), pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setTitle(plain(doc.title))
    y = H - T

    def newpage():
        nonlocal y
        c.showPage()
        y = H - T

    def need(h):
        if y - h < B:
            newpage()

    rows_all = [plain(r.rstrip()) for r in doc.body.strip("\n").split("\n")]
    widths = {}
    i = 0
    while i < len(rows_all):
        if rows_all[i].startswith("|"):
            j = i
            while j < len(rows_all) and rows_all[j].startswith("|"):
                j += 1
            block = [[x.strip().strip("*") for x in r.strip().strip("|").split("|")] for r in rows_all[i:j]]
            n = max(len(b) for b in block)
            lens = [max([5] + [min(len(b[k]), 38) for b in block if k < len(b)]) for k in range(n)]
            tot = sum(lens)
            for k in range(i, j):
                widths[k] = [(W - L - R) * v / tot for v in lens]
            i = j
        else:
            i += 1
    for idx, line in enumerate(rows_all):
        if line == "---":
            newpage()
            continue
        if not line.strip():
            y -= 7
            continue
        if line.startswith("# "):
            need(22)
            c.setFont(bold, 13.5)
            c.drawString(L, y - 13, line[2:])
            y -= 22
            continue
        if line.startswith("## "):
            need(17)
            c.setFont(bold, 10.5)
            c.drawString(L, y - 11, line[3:])
            y -= 17
            continue
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            hdr = cells and cells[0].startswith("*")
            if hdr:
                cells = [x.strip("*") for x in cells]
            n = len(cells)
            ws = widths[idx][:n]
            if n < len(widths[idx]):
                ws[-1] += sum(widths[idx][n:])
            fnt = bold if hdr else reg
            lines = [simpleSplit(x, fnt, 8.6, w - 6) or [""] for x, w in zip(cells, ws)]
            h = max(len(x) for x in lines) * 10.5 + 4
            need(h)
            x = L
            for cl, w in zip(lines, ws):
                c.setFont(fnt, 8.6)
                for k, t in enumerate(cl):
                    c.drawString(x + 3, y - 10 - k * 10.5, t)
                c.setLineWidth(0.4)
                c.rect(x, y - h, w, h)
                x += w
            y -= h
            continue
        size, fnt, lead = 9.8, reg, 12.6
        if line.startswith("> "):
            line, size, lead = line[2:], 8.2, 10.4
        if line.startswith("**") and line.endswith("**"):
            line, fnt = line[2:-2], bold
        for t in simpleSplit(line, fnt, size, W - L - R) or [""]:
            need(lead)
            c.setFont(fnt, size)
            c.drawString(L, y - size, t)
            y -= lead
        y -= 2.5
    if doc.via == "form":
        _form(c, doc, reg, y, L, W - L - R)
    c.showPage()
    c.save()


def _colwidths(cells, total):
    lens = [max(4, min(len(x), 40)) for x in cells]
    s = sum(lens)
    return [total * v / s for v in lens]


def _form(c, doc, reg, y, L, width):
    form = c.acroForm
    for name, label, value in doc.fields:
        y -= 26
        c.setFont(reg, 9)
        c.drawString(L, y + 6, plain(label))
        form.textfield(name=name, tooltip=plain(label), value=plain(value), x=L + 170, y=y, width=width - 170,
                       height=18, fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True)


def build_docx(doc: Doc):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans" if doc.font != "times" else "Liberation Serif"
    st.font.size = Pt(10)
    d.core_properties.author = plain(doc.author) if doc.author else "Gemeente Apeldoorn"
    d.core_properties.title = plain(doc.title)
    d.core_properties.last_modified_by = ""
    table = None
    for raw in doc.body.strip("\n").split("\n"):
        line = plain(raw.rstrip())
        if not line.startswith("|"):
            table = None
        if line == "---":
            d.add_page_break()
        elif not line.strip():
            continue
        elif line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line.startswith("|"):
            cells = [x.strip().strip("*") for x in line.strip().strip("|").split("|")]
            if table is None:
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for cc, t in zip(row, cells):
                cc.text = t
        else:
            small = line.startswith("> ")
            p = d.add_paragraph()
            b = line.startswith("**") and line.endswith("**")
            r = p.add_run(line[2:] if small else (line[2:-2] if b else line))
            r.bold = b
            if small:
                r.font.size = Pt(8)
    with tempfile.TemporaryDirectory(prefix="s157_") as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s157_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        (Path(td) / f"{doc.stem}.pdf").replace(doc.path)


def build_scan(doc: Doc):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    dpi = 150
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    pages = [p for p in doc.body.strip("\n").split("\n---\n")]
    c = canvas.Canvas(str(doc.path), pagesize=A4, invariant=1)
    c.setAuthor("")
    for pg in pages:
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 110
        for raw in pg.split("\n"):
            line = plain(raw.rstrip())
            fname, size = doc.scan_font, 25
            if line.startswith("# "):
                line, fname, size = line[2:], "DejaVuSerif-Bold.ttf", 31
            elif line.startswith("~ "):  # 'handwritten' line
                line, fname, size = line[2:], "DejaVuSansCondensed-Oblique.ttf", 30
            f = ImageFont.truetype(str(FONT_DIR / fname), size)
            if not line.strip():
                y += 18
                continue
            # wrap
            words, cur = line.split(" "), ""
            for w_ in words:
                t = (cur + " " + w_).strip()
                if dr.textlength(t, font=f) > W - 220 and cur:
                    dr.text((110, y), cur, font=f, fill=25)
                    y += int(size * 1.45)
                    cur = w_
                else:
                    cur = t
            dr.text((110, y), cur, font=f, fill=25)
            y += int(size * 1.45)
        img = img.rotate(doc.rotate, resample=Image.BICUBIC, fillcolor=250, expand=False)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def post(doc: Doc):
    import pikepdf
    with pikepdf.open(str(doc.path), allow_overwriting_input=True) as pdf:
        for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords"):
            if k in pdf.docinfo:
                del pdf.docinfo[k]
        if doc.title:
            pdf.docinfo["/Title"] = plain(doc.title)
        if doc.author:
            pdf.docinfo["/Author"] = plain(doc.author)
        if doc.creator:
            pdf.docinfo["/Creator"] = doc.creator
        if doc.producer:
            pdf.docinfo["/Producer"] = doc.producer
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [plain(doc.xmp_creator)]
                if doc.producer:
                    m["pdf:Producer"] = doc.producer
        if doc.outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for t, p in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(plain(t), p))
        for p, t, cont in doc.notes:
            page = pdf.pages[p]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[460, 700, 480, 720], T=pikepdf.String(plain(t)),
                                       Contents=pikepdf.String(plain(cont)), Name=pikepdf.Name.Comment,
                                       F=4)
            ref = pdf.make_indirect(annot)
            if "/Annots" in page.obj:
                page.obj.Annots.append(ref)
            else:
                page.obj.Annots = pikepdf.Array([ref])
        pdf.save(str(doc.path), deterministic_id=True)


# ------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------
def make_gold(doc: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = [], []
    seen = set()

    def add_r(kind, val, channel=None):
        key = (val, channel)
        if key in seen:
            return
        seen.add(key)
        it = {"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": 0}]}
        if channel == "ocr":
            it["probes"][0]["ocr"] = True
        if channel:
            it["channel"] = channel
        redact.append(it)

    body_r, body_k = spans(doc.body)
    ch_main = "ocr" if doc.via == "scan" else None
    for k, v in body_r:
        add_r(k, v, ch_main)
    hidden = []
    if doc.author:
        hidden += [("metadata", s) for s in spans(doc.author)[0]]
    if doc.xmp_creator:
        hidden += [("metadata", s) for s in spans(doc.xmp_creator)[0]]
    for t, _ in doc.outline:
        hidden += [("outline", s) for s in spans(t)[0]]
    for _, t, cont in doc.notes:
        hidden += [("annotations", s) for s in spans(t)[0] + spans(cont)[0]]
    for _, _, v in doc.fields:
        hidden += [("annotations", s) for s in spans(v)[0]]
    for ch, (k, v) in hidden:
        if count_in(text, {"text": v, "word": True}) == 0:
            add_r(k, v, ch)
    # channel check
    chans = None
    if doc.via == "scan" or hidden:
        chans = extract_channels(path, ocr="auto" if doc.via == "scan" else "off")["channels"]
    for it in redact:
        pr = it["probes"][0]
        ch = it.get("channel", "pdfium")
        n = count_in(text, pr) if ch == "pdfium" else channel_counts(chans, pr).get(ch, 0)
        if n == 0:
            problems.append(f"{doc.stem}: redact {pr['text']!r} not found in {ch}")
    # keep
    masked = text
    for it in redact:
        if it.get("channel"):
            continue
        masked = probe_regex(it["probes"][0]["text"], True).sub(lambda m: "\u2588" * len(m.group(0)), masked)
    kseen = set()
    if doc.via != "scan":
        for k, v in body_k:
            if v in kseen:
                continue
            kseen.add(v)
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            nm = count_in(masked, pr)
            if n == 0:
                problems.append(f"{doc.stem}: keep {v!r} not in text")
                continue
            if nm != n:
                problems.append(f"{doc.stem}: keep {v!r} overlaps a redact value ({n} vs {nm})")
                continue
            keep.append({"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": n}]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
