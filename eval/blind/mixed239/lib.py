"""Builders and gold derivation for set GR (eval/blind/mixed239).

Document text is written with inline marks:
  [[k:text]]  personal data that must disappear (k: kind code, default PERSON)
  {{k:text}}  public text that must stay readable (k: kind code, default ORG)
Each distinct marked value becomes one probe (word-anchored). Keep 'after' counts are taken on the
original's PDFium text with the evaluator's own functions. Lines: '# ' heading, '## ' subheading,
'| a | b |' table rows (consecutive rows form one table), '---' page break, '' spacer, else paragraph.
"""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s239_build")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

KINDS = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "a": "ADDRESS", "i": "IBAN", "b": "BSN",
         "d": "DATE_OF_BIRTH", "c": "INITIALS", "h": "HEALTH", "n": "PERSONNEL_NR", "u": "USERNAME",
         "o": "ORG", "pub": "PUBLIC_OFFICIAL", "dec": "DECEASED", "l": "LOCATION", "r": "REFERENCE",
         "law": "LAW", "f": "FUNCTION", "m": "MAILBOX", "g": "GENERAL_PHONE", "x": "OTHER",
         "pn": "NOT_A_PERSON", "prj": "PROJECT"}
MARK = re.compile(r"(\[\[|\{\{)(?:([a-z]+):)?(.+?)(\]\]|\}\})")


def parse(s: str):
    """Return plain text, redact marks [(kind, value)], keep marks [(kind, value)]."""
    red, keep = [], []

    def rep(m):
        kind = m.group(2)
        val = m.group(3)
        if kind is not None and kind not in KINDS:
            val = kind + ":" + val
            kind = None
        if m.group(1) == "[[":
            red.append((KINDS[kind] if kind else "PERSON", val))
        else:
            keep.append((KINDS[kind] if kind else "ORG", val))
        return val

    return MARK.sub(rep, s), red, keep


class Doc:
    def __init__(self, stem, body, producer="rl", *, title="", author=None, xmp_creator=None,
                 outline=None, notes=None, fields=None, hidden=None, meta_producer=None,
                 meta_creator=None, font="std", scan=None, landscape=False, size=9.5):
        self.stem = stem
        self.body = body.strip("\n")
        self.producer = producer          # rl | docx | scan | form
        self.title = title
        self.author = author
        self.xmp_creator = xmp_creator
        self.outline = outline or []      # titles (one per page or section)
        self.notes = notes or []          # (page, author, contents)
        self.fields = fields or []        # (name, label, value) for producer 'form'
        self.hidden = hidden or []        # (channel, kind, value, [probes])
        self.meta_producer = meta_producer
        self.meta_creator = meta_creator
        self.font = font
        self.scan = scan or {}
        self.landscape = landscape
        self.size = size
        self.text, self.red, self.keep = parse(self.body)

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ------------------------------------------------------------------ reportlab
    def blocks(self):
        out, table = [], []
        for line in self.text.split("\n"):
            if line.startswith("|"):
                table.append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            if table:
                out.append(("table", table))
                table = []
            if line.startswith("## "):
                out.append(("h2", line[3:]))
            elif line.startswith("# "):
                out.append(("h1", line[2:]))
            elif line.strip() == "---":
                out.append(("break", None))
            elif not line.strip():
                out.append(("space", None))
            else:
                out.append(("p", line))
        if table:
            out.append(("table", table))
        return out

    def build_rl(self, path):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from xml.sax.saxutils import escape

        if self.font == "ttf":
            for n, f in (("DVS", "DejaVuSans.ttf"), ("DVSB", "DejaVuSans-Bold.ttf")):
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))
            reg, bold = "DVS", "DVSB"
        elif self.font == "serif":
            reg, bold = "Times-Roman", "Times-Bold"
        else:
            reg, bold = "Helvetica", "Helvetica-Bold"
        ps = A4 if not self.landscape else landscape(A4)
        st = ParagraphStyle("b", fontName=reg, fontSize=self.size, leading=self.size * 1.3, spaceAfter=2)
        h1 = ParagraphStyle("h1", fontName=bold, fontSize=self.size + 4, leading=(self.size + 4) * 1.3,
                            spaceAfter=6, spaceBefore=4)
        h2 = ParagraphStyle("h2", fontName=bold, fontSize=self.size + 1, leading=(self.size + 1) * 1.3,
                            spaceAfter=3, spaceBefore=5)
        cell = ParagraphStyle("c", fontName=reg, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.25)
        cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
        flow = []
        for kind, v in self.blocks():
            if kind == "p":
                flow.append(Paragraph(escape(v), st))
            elif kind == "h1":
                flow.append(Paragraph(escape(v), h1))
            elif kind == "h2":
                flow.append(Paragraph(escape(v), h2))
            elif kind == "space":
                flow.append(Spacer(1, 4))
            elif kind == "break":
                flow.append(PageBreak())
            else:
                data = [[Paragraph(escape(c), cellb if i == 0 else cell) for c in row] for i, row in enumerate(v)]
                t = Table(data, repeatRows=1, hAlign="LEFT",
                          colWidths=[(ps[0] - 36 * mm) / len(v[0])] * len(v[0]))
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t)
                flow.append(Spacer(1, 5))
        doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=16 * mm, bottomMargin=16 * mm, title=self.title,
                                author="", creator="", producer="")
        doc.build(flow)

    # ------------------------------------------------------------------ docx (LibreOffice)
    def build_docx(self, path):
        import docx
        from docx.shared import Pt

        d = docx.Document()
        stl = d.styles["Normal"]
        stl.font.name = "DejaVu Sans"
        stl.font.size = Pt(self.size)
        if self.author is not None:
            d.core_properties.author = self.author
        else:
            d.core_properties.author = ""
        d.core_properties.title = self.title
        for kind, v in self.blocks():
            if kind == "p":
                d.add_paragraph(v)
            elif kind in ("h1", "h2"):
                d.add_heading(v, level=1 if kind == "h1" else 2)
            elif kind == "space":
                d.add_paragraph("")
            elif kind == "break":
                d.add_page_break()
            else:
                t = d.add_table(rows=len(v), cols=len(v[0]))
                t.style = "Table Grid"
                for i, row in enumerate(v):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
        TMP.mkdir(parents=True, exist_ok=True)
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s239_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                       capture_output=True, timeout=240)
        (TMP / f"{self.stem}.pdf").replace(path)

    # ------------------------------------------------------------------ image-only scan
    def build_scan(self, path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas

        rnd = random.Random(self.stem)
        W, H = 1654, 2339  # A4 at 200 dpi
        pages = [p.strip("\n") for p in self.text.split("\n---\n")]
        c = canvas.Canvas(str(path), pagesize=A4)
        for ptxt in pages:
            img = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(img)
            y = 150
            for line in ptxt.split("\n"):
                style = "hand" if line.startswith("~") else "type"
                line = line.lstrip("~")
                if line.startswith("# "):
                    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 44)
                    line = line[2:]
                elif style == "hand":
                    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 40)
                else:
                    f = ImageFont.truetype(str(FONT_DIR / self.scan.get("font", "DejaVuSerif.ttf")), 34)
                if not line.strip():
                    y += 26
                    continue
                x = 140 + (rnd.randint(-6, 10) if style == "hand" else 0)
                dr.text((x, y), line, fill=25 if style == "type" else 40, font=f)
                y += int(f.size * 1.55)
            for _ in range(900):  # speckle
                dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
            img = img.rotate(self.scan.get("angle", 0.7), resample=Image.BICUBIC, fillcolor=245, expand=False)
            buf = io.BytesIO()
            img.convert("RGB").save(buf, "JPEG", quality=78)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    # ------------------------------------------------------------------ fillable form
    def build_form(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=A4)
        y = A4[1] - 60
        for line in self.text.split("\n"):
            if line.startswith("# "):
                c.setFont("Helvetica-Bold", 14)
                c.drawString(50, y, line[2:])
                y -= 24
            elif line == "@FIELDS":
                for name, label, value in self.fields:
                    c.setFont("Helvetica", 9.5)
                    c.drawString(50, y + 4, label)
                    c.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=y - 2, width=310,
                                         height=17, fontName="Helvetica", fontSize=9, borderWidth=0.5)
                    y -= 24
            else:
                c.setFont("Helvetica", 9.5)
                c.drawString(50, y, line)
                y -= 15
        c.save()

    # ------------------------------------------------------------------ build
    def build(self):
        import pikepdf

        DOCS_DIR.mkdir(parents=True, exist_ok=True)
        raw = TMP / f"{self.stem}.raw.pdf"
        TMP.mkdir(parents=True, exist_ok=True)
        getattr(self, f"build_{self.producer}")(raw)
        with pikepdf.open(raw) as pdf:
            if self.xmp_creator or self.producer == "docx":
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                    cr = self.xmp_creator or self.author
                    if cr:
                        md["dc:creator"] = [cr]
                    if self.title:
                        md["dc:title"] = self.title
                    if self.meta_producer:
                        md["pdf:Producer"] = self.meta_producer
            info = pdf.docinfo
            for k in list(info.keys()):
                if k in ("/Author", "/Title", "/Subject", "/Keywords") or (
                        k in ("/Creator", "/Producer") and (self.meta_producer or self.producer != "docx")):
                    del info[k]
            if self.title:
                info["/Title"] = self.title
            if self.author:
                info["/Author"] = self.author
            if self.meta_producer:
                info["/Producer"] = self.meta_producer
            if self.meta_creator:
                info["/Creator"] = self.meta_creator
            if self.outline:
                with pdf.open_outline() as ol:
                    for i, t in enumerate(self.outline):
                        ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
            for page_no, who, text in self.notes:
                pg = pdf.pages[page_no]
                rect = [430, 700 - 40 * len(pg.obj.get("/Annots", [])), 450, 720 - 40 * len(pg.obj.get("/Annots", []))]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                    T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                    M=pikepdf.String("D:20260914101500+02'00'"), F=4))
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(annot)
            pdf.save(self.path, deterministic_id=True)
        return self.path


def spans(text, probe_text, word=True):
    return [m.span() for m in probe_regex(probe_text, word).finditer(text)]


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    seen = {}
    for kind, val in d.red:
        if val in seen:
            continue
        seen[val] = True
        gold["redact"].append({"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": 0}]})
    if d.producer == "scan":
        chans = extract_channels(path, ocr="auto")["channels"]
        kept = []
        for it in gold["redact"]:
            it["channel"] = "ocr"
            it["probes"][0]["ocr"] = True
            if channel_counts(chans, it["probes"][0]).get("ocr", 0):
                kept.append(it)
            else:
                print(f"  note: {d.stem}: OCR does not read {it['value']!r} in the original; probe left out")
        gold["redact"] = kept
    for ch, kind, val, probes in d.hidden:
        gold["redact"].append({"kind": kind, "value": val, "channel": ch,
                               "probes": [{"text": p, "word": True, "after": 0} for p in probes]})
    if d.producer == "scan":
        problems = [p for p in problems]  # informational; check_gold re-verifies kept probes
    # redact spans in page text (for overlap check)
    rsp = []
    for it in gold["redact"]:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            s = spans(text, pr["text"])
            if not s:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not in text")
            rsp += s
    kseen = {}
    # grave numbers and file references are public: every distinct one in the text becomes a keep probe
    auto = []
    for m in re.finditer(r"(?<![\w/-])(?:[CD]-\d{3}|BOR/2026/\d{4}|BZ-2026-\d{4})(?![\w/-])", text):
        if m.group(0) not in [v for _, v in d.keep] + [v for _, v in auto]:
            auto.append(("REFERENCE", m.group(0)))
    for kind, val in d.keep + auto:
        if val in kseen:
            continue
        kseen[val] = True
        ks = spans(text, val)
        bad = [s for s in ks if any(s[0] < r[1] and r[0] < s[1] for r in rsp)]
        if bad:
            problems.append(f"{d.stem}: keep {val!r} overlaps a redact span")
            continue
        if any(norm(val) in norm(rv) or norm(rv) in norm(val) for _, rv in d.red):
            problems.append(f"{d.stem}: keep {val!r} overlaps a redact value")
            continue
        if not ks:
            problems.append(f"{d.stem}: keep {val!r} not in text")
            continue
        gold["keep"].append({"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": len(ks)}]})
    return gold, problems
