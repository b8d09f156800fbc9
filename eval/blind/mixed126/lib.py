"""Builders and gold maker for set CZ (eval/blind/mixed126). All persons are invented."""
from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, image_pages, norm, ocr_count, ocr_text, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def R(kind, value, *probes, channel=None, word=True):
    """A redact item; probes default to the value itself."""
    return {"kind": kind, "value": value, "probes": list(probes) or [value], "channel": channel, "word": word}


def K(kind, value, *probes, word=True):
    return {"kind": kind, "value": value, "probes": list(probes) or [value], "word": word}


@dataclass
class Doc:
    stem: str
    body: list
    redact: list
    keep: list
    producer: str = "Microsoft® Word for Microsoft 365"
    creator: str = "Microsoft® Word for Microsoft 365"
    engine: str = "rl"          # rl | docx | scan
    font: str = "helv"          # helv | times | dejavu
    title: str = ""
    author: str | None = None
    xmp_creator: str | None = None
    outline: list = field(default_factory=list)       # [(title, page_index)]
    notes: list = field(default_factory=list)         # [(page, x, y, author, contents)]
    form: list = field(default_factory=list)          # [(label, name, value)] rendered after body
    cols: list | None = None
    rotate: float = 0.6

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.engine == "docx":
            build_docx(self)
        elif self.engine == "scan":
            build_scan(self)
        else:
            build_rl(self)
        post(self)
        return self.path


# ---------------------------------------------------------------- reportlab
def _fonts(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        return "DV", "DV-B"
    if kind == "times":
        return "Times-Roman", "Times-Bold"
    return "Helvetica", "Helvetica-Bold"


def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    reg, bold = _fonts(d.font)
    W, H = A4
    L, Rm, T, B = 62, 62, 60, 60
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.setTitle(d.title or d.stem)
    y = H - T

    def newpage():
        nonlocal y
        c.showPage()
        y = H - T

    def need(h):
        if y - h < B:
            newpage()

    for line in d.body:
        if line == "---":
            newpage()
            continue
        if line == "":
            y -= 7
            continue
        if line.startswith("# "):
            need(24)
            c.setFont(bold, 14)
            c.drawString(L, y - 14, line[2:])
            y -= 24
            continue
        if line.startswith("## "):
            need(18)
            c.setFont(bold, 10.5)
            c.drawString(L, y - 11, line[3:])
            y -= 17
            continue
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            hdr = cells and cells[0].startswith("*")
            if hdr:
                cells[0] = cells[0][1:]
            n = len(cells)
            cw = d.cols if d.cols and len(d.cols) == n else [1] * n
            tot = sum(cw)
            widths = [(W - L - Rm) * w / tot for w in cw]
            fs = 8.5
            font = bold if hdr else reg
            wrapped = [simpleSplit(t, font, fs, w - 6) or [""] for t, w in zip(cells, widths)]
            h = max(len(x) for x in wrapped) * (fs + 2) + 5
            need(h)
            x = L
            c.setLineWidth(0.4)
            for wl, w in zip(wrapped, widths):
                c.rect(x, y - h, w, h)
                c.setFont(font, fs)
                yy = y - fs - 2
                for t in wl:
                    c.drawString(x + 3, yy, t)
                    yy -= fs + 2
                x += w
            y -= h
            continue
        fs = 9.8
        ind = 0
        if line.startswith("  "):
            ind = 18
        font = reg
        if line.startswith("**"):
            font, line = bold, line[2:]
        for t in simpleSplit(line.strip(), font, fs, W - L - Rm - ind) or [""]:
            need(fs + 4)
            c.setFont(font, fs)
            c.drawString(L + ind, y - fs, t)
            y -= fs + 3.6
    # form fields
    if d.form:
        form = c.acroForm
        for label, name, value in d.form:
            need(26)
            c.setFont(reg, 9)
            c.drawString(L, y - 14, label)
            form.textfield(name=name, tooltip=label, x=L + 190, y=y - 20, width=270, height=17,
                           value=value, fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 25
    c.showPage()
    c.save()


# ---------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.font != "times" else "Liberation Serif"
    st.font.size = Pt(10)
    table = None
    for line in d.body:
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            hdr = cells[0].startswith("*")
            if hdr:
                cells[0] = cells[0][1:]
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for cell, t in zip(row.cells, cells):
                cell.text = t
                if hdr:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
            continue
        table = None
        if line == "---":
            doc.add_page_break()
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("**"):
            p = doc.add_paragraph()
            p.add_run(line[2:]).bold = True
            p.paragraph_format.space_after = Pt(2)
        else:
            p = doc.add_paragraph(line.strip())
            p.paragraph_format.space_after = Pt(2)
    cp = doc.core_properties
    cp.author = d.author or ""
    cp.title = d.title or d.stem
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{d.stem}.docx"
        doc.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_mixed126", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       capture_output=True, timeout=180)
        (Path(td) / f"{d.stem}.pdf").replace(d.path)


# ---------------------------------------------------------------- scan
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(d.stem)
    Wp, Hp = 1654, 2339   # A4 at 200 dpi
    img = Image.new("L", (Wp, Hp), 250)
    dr = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 34)
    f_b = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 40)
    f_h = ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 42)
    y = 150
    for line in d.body:
        if line == "":
            y += 26
            continue
        if line.startswith("# "):
            dr.text((140, y), line[2:], font=f_b, fill=15)
            y += 66
        elif line.startswith("~"):      # handwriting
            dr.text((160 + rnd.randint(0, 30), y), line[1:], font=f_h, fill=40)
            y += 66
        elif line.startswith("|"):
            cells = [x.strip().lstrip("*") for x in line.strip().strip("|").split("|")]
            x = 140
            widths = d.cols or [1] * len(cells)
            tot = sum(widths)
            for t, w in zip(cells, widths):
                cw = int((Wp - 280) * w / tot)
                dr.rectangle([x, y - 8, x + cw, y + 50], outline=60, width=2)
                if t.startswith("~"):
                    dr.text((x + 10, y - 2), t[1:], font=f_h, fill=40)
                else:
                    dr.text((x + 10, y), t, font=f_reg, fill=20)
                x += cw
            y += 58
        else:
            dr.text((140, y), line, font=f_reg, fill=20)
            y += 50
    img = img.rotate(d.rotate, resample=Image.BICUBIC, fillcolor=250, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(4000):
        px[rnd.randrange(Wp), rnd.randrange(Hp)] = rnd.randint(120, 200)
    jp = Path(tempfile.gettempdir()) / f"mixed126_{d.stem}.jpg"   # fixed name: reportlab names the image by it
    img.save(jp, "JPEG", quality=72)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    jp.unlink()


# ---------------------------------------------------------------- metadata, outline, notes
def post(d: Doc):
    import pikepdf

    with pikepdf.open(str(d.path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        if d.engine != "docx":
            info["/Producer"] = d.producer
            info["/Creator"] = d.creator
        if d.title:
            info["/Title"] = d.title
        if d.author is not None:
            info["/Author"] = d.author
        elif "/Author" in info:
            del info["/Author"]
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title or d.stem
        if d.outline:
            with pdf.open_outline() as ol:
                for t, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for pg, x, y, who, text in d.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([x, y, x + 20, y + 20]),
                T=pikepdf.String(who), Contents=pikepdf.String(text), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        info["/CreationDate"] = "D:20260921093000+02'00'"
        info["/ModDate"] = "D:20260921093000+02'00'"
        pdf.save(str(d.path), fix_metadata_version=False, deterministic_id=True)


# ---------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path):
    from evaluate import meta_outline_annots

    problems = []
    text, pages = text_pdfium(path)
    meta, outl, ann = meta_outline_annots(path)
    hidden = {"metadata": meta, "outline": outl, "annotations": ann}
    ocr_entries = None
    if any(it.get("channel") == "ocr" for it in d.redact):
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = ocr_text(path, Path(td), image_pages(path))
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    masked = text
    for it in d.redact:
        ch = it.get("channel")
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": it["word"], "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
                if ocr_count(ocr_entries, pr) == 0:
                    print(f"  {d.stem}: OCR does not read {p!r}; probe left out")
                    continue
            elif ch:
                if count_in(hidden[ch], pr) == 0:
                    problems.append(f"{d.stem}: {p!r} not in {ch}")
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} in page text")
            else:
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {p!r} not in text")
                masked = probe_regex(p, it["word"]).sub(lambda m: "\u2588" * len(m.group(0)), masked)
            probes.append(pr)
        if not probes:
            continue
        item = {"kind": it["kind"], "value": it["value"], "probes": probes}
        if ch:
            item["channel"] = ch
        gold["redact"].append(item)
    for it in d.keep:
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": it["word"]}
            n = count_in(text, pr)
            nm = count_in(masked, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {p!r} not in text")
            if nm != n:
                problems.append(f"{d.stem}: keep {p!r} overlaps a redact probe ({n} vs {nm})")
            pr["after"] = n
            probes.append(pr)
        gold["keep"].append({"kind": it["kind"], "value": it["value"], "probes": probes})
    return gold, problems
