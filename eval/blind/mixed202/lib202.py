"""Engine for set mixed202: markup, PDF producers, gold counting with the evaluator's functions.

Markup in document lines: [[text]] or [[text|KIND]] = redact (personal data), {{text}} or {{text|KIND}} = keep.
Every marked span becomes one probe (word-anchored). Keep probes get after = their count in the original's
PDFium text; a keep probe whose count changes when all redact probes are blanked out is dropped (overlap).
"""
from __future__ import annotations

import io
import json
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
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b")
AMOUNT = re.compile(r"€ \d[\d.]*(?:,\d\d)?")
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def parse(line: str, red: list, keep: list) -> str:
    def sub(m):
        if m.group(1) is not None:
            t, _, k = m.group(1).partition("|")
            red.append((k or "PERSON", t))
        else:
            t, _, k = m.group(2).partition("|")
            keep.append((k or "ORG", t))
        return t
    return MARK.sub(sub, line)


class Doc:
    def __init__(self, stem, kind, lines, producer=None, author=None, xmp_creator=None, title=None,
                 outline=None, notes=None, form=None, hidden=None, rotate=0.6):
        self.stem, self.kind, self.lines = stem, kind, lines
        self.producer, self.author, self.xmp_creator, self.title = producer, author, xmp_creator, title
        self.outline, self.notes, self.form, self.hidden, self.rotate = outline, notes, form, hidden or [], rotate
        self.red, self.keep = [], []
        self.plain = [parse(l, self.red, self.keep) for l in lines]

    # ------------------------------------------------------------------ producers
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind in ("rl", "ttf"):
            self._rl(out, self.kind == "ttf")
        elif self.kind == "docx":
            self._docx(out)
        elif self.kind == "scan":
            self._scan(out)
        self._post(out)
        return out

    def _rl(self, out, ttf):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
        from reportlab.lib import colors
        from xml.sax.saxutils import escape
        from reportlab import rl_config
        rl_config.invariant = 1
        if ttf:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            pdfmetrics.registerFont(TTFont("DV", DEJAVU))
            pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
            f, fb = "DV", "DVB"
        else:
            f, fb = "Helvetica", "Helvetica-Bold"
        st = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5)
        sth = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceAfter=4)
        flow, table = [], []

        def flush():
            if table:
                t = Table([[Paragraph(escape(c), ParagraphStyle("c", fontName=f, fontSize=8, leading=10))
                            for c in r] for r in table], repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
                flow.append(t)
                flow.append(Spacer(1, 6))
                table.clear()
        for l in self.plain:
            if l.startswith("|"):
                table.append([c.strip() for c in l.strip("|").split("|")])
                continue
            flush()
            if l.startswith("# "):
                flow.append(Paragraph(escape(l[2:]), sth))
            elif l == "":
                flow.append(Spacer(1, 6))
            elif l == "<<PAGE>>":
                from reportlab.platypus import PageBreak
                flow.append(PageBreak())
            else:
                flow.append(Paragraph(escape(l), st))
        flush()
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55,
                                bottomMargin=55, title=self.title or "", author="", creator="", producer="")
        doc.build(flow)

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title or ""
        table = []

        def flush():
            if table:
                t = d.add_table(rows=len(table), cols=len(table[0]))
                t.style = "Table Grid"
                for i, r in enumerate(table):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                table.clear()
        for l in self.plain:
            if l.startswith("|"):
                table.append([c.strip() for c in l.strip("|").split("|")])
                continue
            flush()
            if l.startswith("# "):
                d.add_heading(l[2:], level=2)
            elif l == "<<PAGE>>":
                d.add_page_break()
            else:
                d.add_paragraph(l)
        flush()
        with tempfile.TemporaryDirectory(prefix="s202_docx_", dir="/tmp") as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s202_lo", "--headless",
                            "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
            out.write_bytes((Path(td) / f"{self.stem}.pdf").read_bytes())

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        W, H = 1654, 2339  # A4 at 200 dpi
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        fn = ImageFont.truetype(DEJAVU, 34)
        fh = ImageFont.truetype(DEJAVU_I, 40)
        fb = ImageFont.truetype(DEJAVU_B, 40)
        y = 150
        for l in self.plain:
            if l.startswith("~"):
                dr.text((170, y), l[1:], font=fh, fill=35)
                y += 62
            elif l.startswith("# "):
                dr.text((150, y), l[2:], font=fb, fill=15)
                y += 70
            elif l == "":
                y += 30
            else:
                dr.text((150, y), l, font=fn, fill=20)
                y += 52
        im = im.rotate(self.rotate, fillcolor=250, resample=Image.BICUBIC)
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=80)
        buf.seek(0)
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
            info = pdf.docinfo
            for k in list(info.keys()):
                if k in ("/Author", "/Creator", "/Producer") and (self.producer or self.kind != "docx"):
                    del info[k]
            if self.producer:
                info["/Producer"] = self.producer[0]
                if len(self.producer) > 1:
                    info["/Creator"] = self.producer[1]
            if self.author:
                info["/Author"] = self.author
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(title, pg))
            if self.notes:
                for pg, author, text, (x, y) in self.notes:
                    a = pdf.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                        Rect=[x, y, x + 20, y + 20], T=pikepdf.String(author),
                        Contents=pikepdf.String(text), Open=False))
                    p = pdf.pages[pg]
                    if "/Annots" not in p.obj:
                        p.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
                    p.obj.Annots.append(a)
            if self.form:
                self._form(pdf)
            pdf.save(out, fix_metadata_version=False, deterministic_id=True)

    def _form(self, pdf):
        import pikepdf
        fields = pikepdf.Array()
        page = pdf.pages[0]
        if "/Annots" not in page.obj:
            page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
        helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica))
        for name, value, (x, y, w) in self.form:
            ap = pikepdf.Stream(pdf, f"/Tx BMC BT /Helv 9 Tf 2 5 Td ({value}) Tj ET EMC".encode("latin-1"))
            ap["/BBox"] = [0, 0, w, 16]
            ap["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
            ap["/Subtype"] = pikepdf.Name.Form
            f = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                T=pikepdf.String(name), V=pikepdf.String(value), Rect=[x, y, x + w, y + 16],
                DA=pikepdf.String("/Helv 9 Tf 0 g"), P=page.obj, F=4,
                AP=pikepdf.Dictionary(N=ap)))
            page.obj.Annots.append(f)
            fields.append(f)
        pdf.Root["/AcroForm"] = pikepdf.Dictionary(Fields=fields, DA=pikepdf.String("/Helv 9 Tf 0 g"),
                                                   DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)))


def _group(pairs):
    seen, items = set(), []
    for kind, t in pairs:
        if t in seen:
            continue
        seen.add(t)
        items.append((kind, t))
    return items


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = d.hidden  # list of (channel, kind, value)
    chans = None
    if d.kind == "scan" or hidden:
        chans = extract_channels(path, ocr="auto" if d.kind == "scan" else "off")["channels"]
    redact = []
    red_probes = []
    for kind, t in _group(d.red):
        pr = {"text": t, "word": True, "after": 0}
        if d.kind == "scan":
            pr["ocr"] = True
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                print(f"  (dropped OCR probe not read: {d.stem} {t!r})")
                continue
            redact.append({"kind": kind, "value": t, "channel": "ocr", "probes": [pr]})
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {t!r} not in text")
                continue
            probes = [pr]
            toks = t.split()
            if kind == "PERSON" and len(toks) >= 2 and len(toks[-1]) >= 4 and toks[-1][0].isupper() \
                    and "." not in toks[-1]:
                sp = {"text": toks[-1], "word": True, "after": 0}
                if count_in(text, sp):
                    probes.append(sp)
                    red_probes.append(sp)
            redact.append({"kind": kind, "value": t, "probes": probes})
        red_probes.append(pr)
    for ch, kind, t in hidden:
        pr = {"text": t, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {t!r} also in page text")
        redact.append({"kind": kind, "value": t, "channel": ch, "probes": [pr]})
    blank = text
    for pr in red_probes:
        blank = probe_regex(pr["text"], True).sub("\u2588", blank)
    keep = []
    extra = []
    for l in (d.plain if d.kind != "scan" else []):
        for m in DATE.finditer(l):
            extra.append(("DATE", m.group(0)))
        for m in AMOUNT.finditer(l):
            extra.append(("AMOUNT", m.group(0)))
    for kind, t in _group(d.keep + extra):
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(blank, pr) != n:
            print(f"  (dropped keep overlapping a redaction: {d.stem} {t!r})")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    gold = {"doc": f"{d.stem}.pdf", "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
