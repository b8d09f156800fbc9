"""Engine for set IJ (mixed135): renders documents and writes gold with the evaluator's functions."""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = "D:20260915103000+02'00'"


def _register():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"),
                    ("DVS-I", "DejaVuSans-Oblique.ttf"), ("DVS-BI", "DejaVuSans-BoldOblique.ttf"),
                    ("DVSe", "DejaVuSerif.ttf"), ("DVSe-B", "DejaVuSerif-Bold.ttf"),
                    ("DVSe-I", "DejaVuSerif-Italic.ttf"), ("DVSe-BI", "DejaVuSerif-BoldItalic.ttf"),
                    ("DVM", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTDIR / f)))
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-BI")
    addMapping("DVSe", 0, 0, "DVSe"); addMapping("DVSe", 1, 0, "DVSe-B")
    addMapping("DVSe", 0, 1, "DVSe-I"); addMapping("DVSe", 1, 1, "DVSe-BI")


_register()

FONTS = {"helv": ("Helvetica", "Helvetica-Bold", "Courier"),
         "times": ("Times-Roman", "Times-Bold", "Courier"),
         "dvs": ("DVS", "DVS-B", "DVM"),
         "dvse": ("DVSe", "DVSe-B", "DVM")}


class Doc:
    def __init__(self, stem, title, blocks, R, K, engine="rl", font="helv", producer="", creator="",
                 author=None, xmp_creator=None, outline=None, annots=None, form=None, scan=None,
                 size=10):
        self.stem, self.title, self.blocks, self.R, self.K = stem, title, blocks, R, K
        self.engine, self.font, self.producer, self.creator = engine, font, producer, creator
        self.author, self.xmp_creator, self.outline, self.annots = author, xmp_creator, outline, annots
        self.form, self.scan, self.size = form, scan, size

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ------------------------------------------------------------------ rendering
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.engine == "docx":
            self._docx()
        elif self.engine == "scan":
            self._scan()
        elif self.engine == "form":
            self._form()
        else:
            self._rl()
        self._post()
        return self.path

    def _rl(self):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import cm
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        reg, bold, mono = FONTS[self.font]
        st = ParagraphStyle("b", fontName=reg, fontSize=self.size, leading=self.size * 1.3, spaceAfter=4)
        h1 = ParagraphStyle("h1", fontName=bold, fontSize=self.size + 4, leading=(self.size + 4) * 1.3, spaceAfter=6)
        h2 = ParagraphStyle("h2", fontName=bold, fontSize=self.size + 1, leading=(self.size + 1) * 1.3, spaceAfter=3, spaceBefore=4)
        mo = ParagraphStyle("m", fontName=mono, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.3, spaceAfter=4)
        tc = ParagraphStyle("t", fontName=reg, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.25)
        flow, rows = [], []

        def flush():
            if rows:
                data = [[Paragraph(escape(c), tc) for c in r] for r in rows]
                t = Table(data, repeatRows=1, hAlign="LEFT")
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t); flow.append(Spacer(1, 6)); rows.clear()

        for b in self.blocks:
            if b.startswith("|"):
                rows.append([c.strip() for c in b.strip().strip("|").split("|")]); continue
            flush()
            if b.startswith("# "):
                flow.append(Paragraph(escape(b[2:]), h1))
            elif b.startswith("## "):
                flow.append(Paragraph(escape(b[3:]), h2))
            elif b.startswith("> "):
                flow.append(Paragraph(escape(b[2:]).replace("\n", "<br/>"), mo))
            elif b == "---":
                flow.append(Spacer(1, 10))
            else:
                flow.append(Paragraph(escape(b).replace("\n", "<br/>"), st))
        flush()
        outline = self.outline

        def onpage(c, d):
            if outline and c.getPageNumber() == 1:
                for i, t in enumerate(outline):
                    c.bookmarkPage(f"bm{i}")
                    c.addOutlineEntry(t, f"bm{i}", level=0)
        doc = SimpleDocTemplate(str(self.path), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm, title=self.title, author="",
                                invariant=1)
        doc.build(flow, onFirstPage=onpage, onLaterPages=lambda c, d: None)

    def _docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        stl = d.styles["Normal"]; stl.font.name = "DejaVu Sans"; stl.font.size = Pt(self.size)
        rows = []

        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear(); d.add_paragraph("")
        for b in self.blocks:
            if b.startswith("|"):
                rows.append([c.strip() for c in b.strip().strip("|").split("|")]); continue
            flush()
            if b.startswith("# "):
                d.add_heading(b[2:], level=1)
            elif b.startswith("## "):
                d.add_heading(b[3:], level=2)
            elif b.startswith("> "):
                p = d.add_paragraph(b[2:])
                for r in p.runs:
                    r.font.name = "DejaVu Sans Mono"; r.font.size = Pt(self.size - 1)
            elif b == "---":
                d.add_paragraph("")
            else:
                d.add_paragraph(b)
        flush()
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/u", "--convert-to", "pdf",
                            "--outdir", td, str(src)], capture_output=True, timeout=180)
            shutil.copy(Path(td) / f"{self.stem}.pdf", self.path)

    def _scan(self):
        from PIL import Image, ImageDraw, ImageFilter, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        dpi = 200
        W, H = int(8.27 * dpi), int(11.69 * dpi)
        img = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(img)
        rng = random.Random(self.stem)
        y = int(0.9 * dpi)
        for line in self.scan:
            style, txt = (line.split(":", 1) + [""])[:2] if re.match(r"^(h|p|w|b):", line) else ("p", line)
            if style == "h":
                f = ImageFont.truetype(str(FONTDIR / "DejaVuSans-Bold.ttf"), 44)
            elif style == "w":
                f = ImageFont.truetype(str(FONTDIR / "DejaVuSerif-Italic.ttf"), 46)
            elif style == "b":
                y += 30; continue
            else:
                f = ImageFont.truetype(str(FONTDIR / "DejaVuSerif.ttf"), 36)
            x = int(0.9 * dpi) + (rng.randint(0, 25) if style == "w" else 0)
            dr.text((x, y), txt, fill=25 if style != "w" else 40, font=f)
            y += int(f.size * 1.45)
        img = img.rotate(0.7 if hash(self.stem) % 2 else -0.6, fillcolor=246, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=72)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(self.path), pagesize=A4, invariant=1)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage(); c.save()

    def _form(self):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(self.path), pagesize=A4, invariant=1)
        y = 800
        for b in self.blocks:
            if b.startswith("# "):
                c.setFont("Helvetica-Bold", 14); c.drawString(60, y, b[2:]); y -= 26
            else:
                c.setFont("Helvetica", 9.5); c.drawString(60, y, b); y -= 15
        y -= 10
        for label, name, value in self.form:
            c.setFont("Helvetica", 9.5); c.drawString(60, y + 5, label)
            c.acroForm.textfield(name=name, value=value, x=240, y=y, width=290, height=18, fontSize=9,
                                 borderWidth=0.6, fontName="Helvetica")
            y -= 26
        c.showPage(); c.save()

    def _post(self):
        import pikepdf
        with pikepdf.open(self.path, allow_overwriting_input=True) as pdf:
            info = pdf.docinfo
            for k in list(info.keys()):
                del info[k]
            info["/Title"] = self.title
            info["/Producer"] = self.producer
            info["/Creator"] = self.creator
            info["/CreationDate"] = FIXED_DATE
            info["/ModDate"] = FIXED_DATE
            if self.author:
                info["/Author"] = self.author
            if "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:title"] = self.title
                m["pdf:Producer"] = self.producer
                m["xmp:CreatorTool"] = self.creator
                if self.xmp_creator:
                    m["dc:creator"] = [self.xmp_creator]
            if self.outline and self.engine != "rl":
                with pdf.open_outline() as ol:
                    for t in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, 0))
            if self.annots:
                pg = pdf.pages[0]
                arr = pg.obj.get("/Annots") or pikepdf.Array()
                for i, (who, txt) in enumerate(self.annots):
                    a = pdf.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                        Rect=pikepdf.Array([480, 700 - 60 * i, 500, 720 - 60 * i]),
                        T=pikepdf.String(who), Contents=pikepdf.String(txt), F=4,
                        Name=pikepdf.Name.Comment, M=pikepdf.String("D:20260914")))
                    arr.append(a)
                pg.obj["/Annots"] = arr
            pdf.save(self.path, deterministic_id=True, static_id=True)


# ---------------------------------------------------------------------- gold
def _probe(p):
    if isinstance(p, dict):
        return dict(p)
    return {"text": p, "word": True}


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = [], []
    chans = None
    if any(len(r) > 3 for r in d.R):
        chans = extract_channels(path, ocr="auto" if any(len(r) > 3 and r[3] == "ocr" for r in d.R) else "off")["channels"]
    masked = text
    for r in d.R:
        kind, value, probes = r[0], r[1], r[2]
        ch = r[3] if len(r) > 3 else None
        item = {"kind": kind, "value": value, "probes": []}
        if ch:
            item["channel"] = ch
        for p in probes:
            pr = _probe(p)
            if ch == "ocr":
                pr["ocr"] = True
            pr["after"] = 0
            if ch is None:
                n = count_in(text, pr)
            else:
                n = channel_counts(chans, pr).get(ch, 0)
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {pr['text']!r} in page text")
            if n == 0:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found in {ch or 'pdfium'}")
            item["probes"].append(pr)
            if ch is None:
                masked = probe_regex(pr["text"], pr.get("word", False)).sub(lambda m: "#" * len(m.group(0)), masked)
        redact.append(item)
    for r in d.K:
        if isinstance(r, str):
            r = ("TERM", r, [r])
        kind, value, probes = r
        item = {"kind": kind, "value": value, "probes": []}
        for p in probes:
            pr = _probe(p)
            n = count_in(text, pr)
            m = count_in(masked, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} not in text")
            if m != n:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} overlaps a redact probe ({n}->{m})")
            for rr in d.R:
                if pr["text"] in rr[1] and len(pr["text"]) > 2:
                    problems.append(f"{d.stem}: keep probe {pr['text']!r} inside redact value {rr[1]!r}")
            pr["after"] = n
            item["probes"].append(pr)
        keep.append(item)
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
