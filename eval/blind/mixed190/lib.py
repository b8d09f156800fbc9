"""Builders and gold writer for set WF (eval/blind/mixed190). All persons are invented."""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, "/work/shared/eval")
from evaluate import (channel_counts, count_in, extract_channels, probe_regex,  # noqa: E402
                      text_pdfium)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s190_build")
FONTDIR = Path("/usr/share/fonts/truetype/dejavu")

pdfmetrics.registerFont(TTFont("DV", str(FONTDIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTDIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", str(FONTDIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONTDIR / "DejaVuSerif-Bold.ttf")))
FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dv": ("DV", "DVB"), "dvs": ("DVS", "DVSB"), "cour": ("Courier", "Courier-Bold")}


class Doc:
    """kind: 'rl' (reportlab), 'docx' (python-docx + soffice), 'scan' (image-only page(s)).
    body: list of lines. Markup: '# ' heading, '* ' bold line, '|a|b|c' table row, '---' page break.
    hidden: list of (kind, value, [probes], channel) for metadata/outline/annotations."""

    def __init__(self, stem, body, kind="rl", font="helv", size=10, producer=None, creator=None,
                 author=None, xmp_creator=None, title=None, outline=None, notes=None, form=None,
                 hidden=(), cols=None, rotate=0.6, seed=0):
        self.stem, self.body, self.kind, self.font, self.size = stem, body, kind, font, size
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.title, self.outline, self.notes, self.form = title, outline, notes, form
        self.hidden, self.cols, self.rotate, self.seed = list(hidden), cols, rotate, seed

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            self._rl(out)
        elif self.kind == "docx":
            self._docx(out)
        elif self.kind == "scan":
            self._scan(out)
        self._post(out)
        return out

    def _rl(self, out):
        reg, bold = FONTS[self.font]
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        W, H = A4
        x0, y = 62, H - 60
        size = self.size
        lead = size * 1.35
        page = 1
        bm = 0

        def newpage():
            nonlocal y, page
            c.showPage()
            page += 1
            y = H - 60

        for line in self.body:
            if line == "---":
                newpage()
                continue
            if line.startswith("@bm "):  # outline entry at this point
                key = f"bm{bm}"
                bm += 1
                c.bookmarkPage(key)
                c.addOutlineEntry(line[4:], key, level=0)
                continue
            if line.startswith("@field "):  # form field: name|label|value
                name, label, value = line[7:].split("|")
                c.setFont(reg, size)
                c.drawString(x0, y, label)
                c.acroForm.textfield(name=name, value=value, x=x0 + 170, y=y - 4, width=300,
                                     height=16, fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= lead * 1.5
                continue
            if y < 70:
                newpage()
            if line.startswith("# "):
                c.setFont(bold, size + 3)
                c.drawString(x0, y, line[2:])
                y -= lead * 1.5
                continue
            if line.startswith("* "):
                c.setFont(bold, size)
                for seg in simpleSplit(line[2:], bold, size, W - 2 * x0):
                    c.drawString(x0, y, seg)
                    y -= lead
                continue
            if line.startswith("|"):
                cells = line.strip("|").split("|")
                cols = self.cols or [int((W - 2 * x0) / len(cells))] * len(cells)
                c.setFont(reg, size - 1)
                xx = x0
                maxl = 1
                for cell, w in zip(cells, cols):
                    segs = simpleSplit(cell.strip(), reg, size - 1, w - 6) or [""]
                    for k, s in enumerate(segs):
                        c.drawString(xx, y - k * lead, s)
                    maxl = max(maxl, len(segs))
                    xx += w
                c.setLineWidth(0.3)
                c.line(x0, y - (maxl - 1) * lead - 4, x0 + sum(cols), y - (maxl - 1) * lead - 4)
                y -= lead * maxl + 3
                continue
            c.setFont(reg, size)
            if not line:
                y -= lead * 0.6
                continue
            for seg in simpleSplit(line, reg, size, W - 2 * x0):
                if y < 70:
                    newpage()
                    c.setFont(reg, size)
                c.drawString(x0, y, seg)
                y -= lead
        c.showPage()
        c.save()

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "DejaVu Sans" if self.font == "dv" else "DejaVu Serif"
        st.font.size = Pt(self.size)
        table = None
        for line in self.body:
            if line == "---":
                d.add_page_break()
                table = None
            elif line.startswith("# "):
                d.add_heading(line[2:], level=2)
                table = None
            elif line.startswith("* "):
                p = d.add_paragraph()
                p.add_run(line[2:]).bold = True
                table = None
            elif line.startswith("|"):
                cells = line.strip("|").split("|")
                if table is None:
                    table = d.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row().cells
                for i, cell in enumerate(cells):
                    row[i].text = cell.strip()
            else:
                d.add_paragraph(line)
                table = None
        cp = d.core_properties
        cp.author = self.author or ""
        cp.last_modified_by = ""
        cp.title = self.title or ""
        src = TMP / f"{self.stem}.docx"
        d.save(str(src))
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s190_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                       capture_output=True, timeout=240)
        shutil.copy(TMP / f"{self.stem}.pdf", out)

    def _scan(self, out):
        rnd = random.Random(self.seed or hash(self.stem) & 0xFFFF)
        pages = []
        cur = []
        for line in self.body:
            if line == "---":
                pages.append(cur)
                cur = []
            else:
                cur.append(line)
        pages.append(cur)
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        W, H = A4
        for pi, lines in enumerate(pages):
            img = Image.new("L", (1654, 2339), 250)
            dr = ImageDraw.Draw(img)
            f = ImageFont.truetype(str(FONTDIR / "DejaVuSans.ttf"), 30)
            fb = ImageFont.truetype(str(FONTDIR / "DejaVuSans-Bold.ttf"), 34)
            fh = ImageFont.truetype(str(FONTDIR / "DejaVuSerif-Italic.ttf"), 40)
            y = 150
            for line in lines:
                font = f
                t = line
                if line.startswith("# "):
                    font, t = fb, line[2:]
                elif line.startswith("~ "):  # handwriting-like
                    font, t = fh, line[2:]
                if not t:
                    y += 25
                    continue
                dr.text((150 + rnd.randint(-3, 3), y), t, fill=rnd.randint(15, 45), font=font)
                y += 58 if font is fh else 48
            img = img.rotate(self.rotate + rnd.uniform(-0.2, 0.2), fillcolor=250, resample=Image.BICUBIC)
            p = TMP / f"{self.stem}-{pi}.jpg"
            img.save(p, "JPEG", quality=78)
            c.drawImage(str(p), 0, 0, W, H)
            c.showPage()
        c.save()

    def _post(self, out):
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            keep = {k: pdf.docinfo[k] for k in ("/Producer", "/Creator") if k in pdf.docinfo}
            if "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                if self.xmp_creator or self.author:
                    md["dc:creator"] = [self.xmp_creator or self.author]
                if self.producer or "/Producer" in keep:
                    md["pdf:Producer"] = self.producer or str(keep["/Producer"])
                if self.creator or "/Creator" in keep:
                    md["xmp:CreatorTool"] = self.creator or str(keep["/Creator"])
                if self.title:
                    md["dc:title"] = self.title
            info = pdf.docinfo
            for k in list(info.keys()):
                del info[k]
            for k, v in (("/Author", self.author), ("/Title", self.title),
                         ("/Creator", self.creator or keep.get("/Creator")),
                         ("/Producer", self.producer or keep.get("/Producer"))):
                if v:
                    info[k] = pikepdf.String(str(v))
            if self.notes:
                for (pg, author, text, x, y) in self.notes:
                    page = pdf.pages[pg]
                    annot = pdf.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                        Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(author),
                        Contents=pikepdf.String(text), Name=pikepdf.Name.Comment, F=4,
                        C=pikepdf.Array([1, 0.9, 0.2])))
                    if "/Annots" not in page.obj:
                        page.obj["/Annots"] = pikepdf.Array()
                    page.obj["/Annots"].append(annot)
            pdf.save(out, deterministic_id=True)


# ---------------------------------------------------------------------- gold
def _spans(text, probe):
    rx = probe_regex(probe["text"], probe.get("word", False))
    return [m.span() for m in rx.finditer(text)]


def make_gold(doc: Doc, path: Path, REDACT, KEEP):
    problems = []
    text, pages = text_pdfium(path)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    rspans = []
    if doc.kind == "scan":
        chans = extract_channels(path, ocr="auto")["channels"]
        for kind, value, probes in REDACT:
            ps = []
            for p in probes:
                pr = {"text": p, "word": True, "after": 0, "ocr": True}
                if channel_counts(chans, pr).get("ocr", 0) > 0:
                    ps.append(pr)
            if ps:
                gold["redact"].append({"kind": kind, "value": value, "channel": "ocr", "probes": ps})
    else:
        for kind, value, probes in REDACT:
            ps = []
            for p in probes:
                pr = {"text": p, "word": True, "after": 0}
                sp = _spans(text, pr)
                if sp:
                    ps.append(pr)
                    rspans += sp
            if ps:
                gold["redact"].append({"kind": kind, "value": value, "probes": ps})
    if doc.hidden:
        chans = extract_channels(path, ocr="off")["channels"]
        for kind, value, probes, ch in doc.hidden:
            ps = []
            for p in probes:
                pr = {"text": p, "word": True, "after": 0}
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{doc.stem}: hidden probe {p!r} not in {ch}")
                    continue
                if count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden probe {p!r} also in page text")
                    continue
                ps.append(pr)
            if ps:
                gold["redact"].append({"kind": kind, "value": value, "channel": ch, "probes": ps})
    for kind, value, probes in KEEP:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True}
            sp = _spans(text, pr)
            if not sp:
                continue
            bad = [s for s in sp if any(s[0] < r[1] and r[0] < s[1] for r in rspans)]
            if bad:
                problems.append(f"{doc.stem}: keep probe {p!r} overlaps a redact probe")
                continue
            pr["after"] = count_in(text, pr)
            ps.append(pr)
        if ps:
            gold["keep"].append({"kind": kind, "value": value, "probes": ps})
    return gold, problems
