"""Builders and gold derivation for set PI (eval/blind/mixed130).

Text markup inside document blocks:
  [[value]] or [[value|KIND]]   personal data: a redact probe (after 0), default kind PERSON
  {{value}} or {{value|KIND}}   public text: a keep probe, 'after' counted on the original, default ORG
Markup is stripped before rendering. Hidden-channel items are given separately per document.
"""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
FIXED_DATE = datetime.datetime(2026, 10, 14, 9, 30, 0)


def strip(s: str) -> str:
    def rep(m):
        v = m.group(1) or m.group(2)
        return v.split("|")[0]
    return MARK.sub(rep, s)


def marks(s: str):
    out = []
    for m in MARK.finditer(s):
        if m.group(1):
            v, _, k = m.group(1).partition("|")
            out.append(("R", v, k or "PERSON"))
        else:
            v, _, k = m.group(2).partition("|")
            out.append(("K", v, k or "ORG"))
    return out


def all_strings(blocks):
    for b in blocks:
        if isinstance(b, str):
            yield b
        elif isinstance(b, tuple):
            if b[0] == "table":
                for row in b[1]:
                    for c in row:
                        yield c
            elif b[0] in ("h", "small", "pre", "sig"):
                yield b[1]


class Doc:
    def __init__(self, stem, blocks, *, kind="reportlab", font="Helvetica", producer=None, creator=None,
                 author=None, xmp_creator=None, title=None, outline=None, notes=None, form=None,
                 scan_lines=None, colw=None, fontsize=10.5):
        self.stem = stem
        self.blocks = blocks
        self.kind = kind
        self.font = font
        self.producer = producer
        self.creator = creator
        self.author = author            # (value, redact?) Info /Author
        self.xmp_creator = xmp_creator
        self.title = title
        self.outline = outline or []    # list of titles (with markup)
        self.notes = notes or []        # list of (author-with-markup, contents-with-markup)
        self.form = form                # list of (label, field name, value-with-markup)
        self.scan_lines = scan_lines    # list of (text-with-markup, style) for image-only pages
        self.colw = colw
        self.fontsize = fontsize

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ------------------------------------------------------------------ build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.kind == "docx":
            self._build_docx()
        elif self.kind == "scan":
            self._build_scan()
        else:
            self._build_rl()
        self._post()
        return self.path

    def _styles(self):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        f, fb = "Helvetica", "Helvetica-Bold"
        if self.font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
            f, fb = "DejaVuSans", "DejaVuSans-Bold"
        elif self.font == "Times":
            f, fb = "Times-Roman", "Times-Bold"
        fs = self.fontsize
        return {
            "p": ParagraphStyle("p", fontName=f, fontSize=fs, leading=fs * 1.3, spaceAfter=4),
            "h": ParagraphStyle("h", fontName=fb, fontSize=fs + 2.5, leading=(fs + 2.5) * 1.3, spaceAfter=6,
                                spaceBefore=4),
            "small": ParagraphStyle("s", fontName=f, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25),
            "cell": ParagraphStyle("c", fontName=f, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.2),
            "pre": ParagraphStyle("pre", fontName=f, fontSize=fs - 0.5, leading=(fs - 0.5) * 1.25),
        }, f, fb

    def _build_rl(self):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from xml.sax.saxutils import escape

        st, f, fb = self._styles()

        def P(s, style="p"):
            return Paragraph(escape(strip(s)).replace("\n", "<br/>"), st[style])

        story = []
        outline = list(self.outline)

        class OutlineDoc(SimpleDocTemplate):
            pass

        for b in self.blocks:
            if isinstance(b, str):
                story.append(P(b))
            elif b[0] == "h":
                story.append(P(b[1], "h"))
            elif b[0] == "small":
                story.append(P(b[1], "small"))
            elif b[0] == "pre":
                story.append(P(b[1], "pre"))
            elif b[0] == "sig":
                story.append(Spacer(1, 4))
                story.append(P(b[1]))
            elif b[0] == "break":
                story.append(PageBreak())
            elif b[0] == "space":
                story.append(Spacer(1, b[1]))
            elif b[0] == "table":
                rows = [[P(c, "cell") for c in r] for r in b[1]]
                cw = b[2] if len(b) > 2 else None
                t = Table(rows, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
        form = self.form

        def first_page(c, d):
            c.saveState()
            c.setFont(f, 7.5)
            c.drawString(20 * mm, 10 * mm, f"{self.stem.upper()}  -  pagina {d.page}")
            c.restoreState()
            if d.page == 1 and outline:
                for i, t in enumerate(outline):
                    key = f"o{i}"
                    c.bookmarkPage(key)
                    c.addOutlineEntry(strip(t), key, level=0 if i == 0 else 1)
            if d.page == 1 and form:
                y = 120 * mm
                c.setFont(f, 9)
                for label, name, val in form:
                    c.drawString(20 * mm, y + 2, strip(label))
                    c.acroForm.textfield(name=name, value=strip(val), x=75 * mm, y=y - 3, width=105 * mm,
                                         height=12, fontName="Helvetica", fontSize=8, borderWidth=0.5,
                                         forceBorder=True)
                    y -= 17

        doc = OutlineDoc(str(self.path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=18 * mm, bottomMargin=18 * mm, title="", author="", invariant=1)
        doc.build(story, onFirstPage=first_page, onLaterPages=first_page)

    def _build_docx(self):
        import docx
        from docx.shared import Pt

        d = docx.Document()
        d.core_properties.author = strip(self.author[0]) if self.author else "DJI"
        d.core_properties.last_modified_by = strip(self.author[0]) if self.author else "DJI"
        d.core_properties.created = FIXED_DATE
        d.core_properties.modified = FIXED_DATE
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        for b in self.blocks:
            if isinstance(b, str):
                d.add_paragraph(strip(b))
            elif b[0] == "h":
                d.add_heading(strip(b[1]), level=2)
            elif b[0] in ("small", "pre", "sig"):
                d.add_paragraph(strip(b[1]))
            elif b[0] == "break":
                d.add_page_break()
            elif b[0] == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = strip(c)
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                           capture_output=True, timeout=180)
            self.path.write_bytes((Path(td) / f"{self.stem}.pdf").read_bytes())

    def _build_scan(self):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        W, H = 1654, 2339
        c = canvas.Canvas(str(self.path), pagesize=A4, invariant=1)
        pages = [[]]
        for item in self.scan_lines:
            if item == "PAGEBREAK":
                pages.append([])
            else:
                pages[-1].append(item)
        for pi, lines in enumerate(pages):
            img = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(img)
            y = 150
            for text, style in lines:
                if style == "hand":
                    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 40)
                    col = 40
                elif style == "head":
                    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 42)
                    col = 15
                elif style == "gap":
                    y += 40
                    continue
                else:
                    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 36)
                    col = 20
                dr.text((150, y), strip(text), fill=col, font=font)
                y += 62
            img = img.rotate(0.7 if pi % 2 == 0 else -0.5, fillcolor=250, resample=Image.BICUBIC)
            import io
            from reportlab.lib.utils import ImageReader
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=78)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self):
        import pikepdf

        p = self.path
        with pikepdf.open(p, allow_overwriting_input=True) as pdf:
            info = pdf.docinfo
            for k in list(info.keys()):
                del info[k]
            if self.producer:
                info["/Producer"] = self.producer
            if self.creator:
                info["/Creator"] = self.creator
            if self.author:
                info["/Author"] = strip(self.author[0])
            if self.title:
                info["/Title"] = strip(self.title)
            info["/CreationDate"] = "D:20261014093000+02'00'"
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                    md["dc:creator"] = [strip(self.xmp_creator)]
                    if self.producer:
                        md["pdf:Producer"] = self.producer
            elif "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
            if self.notes:
                page = pdf.pages[0]
                annots = page.obj.get("/Annots")
                if annots is None:
                    page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
                    annots = page.obj["/Annots"]
                for i, (a, t) in enumerate(self.notes):
                    an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                            Rect=[420, 700 - 40 * i, 440, 720 - 40 * i],
                                            T=pikepdf.String(strip(a)), Contents=pikepdf.String(strip(t)),
                                            Name=pikepdf.Name.Comment, F=4)
                    annots.append(pdf.make_indirect(an))
            pdf.save(p, deterministic_id=True, linearize=False)

    # ------------------------------------------------------------------ gold
    def hidden_marks(self):
        out = []  # (channel, kind, value)
        if self.author and self.author[1]:
            for k, v, kind in marks(self.author[0]):
                out.append(("metadata", kind, v))
        if self.xmp_creator:
            for k, v, kind in marks(self.xmp_creator):
                out.append(("metadata", kind, v))
        for t in self.outline:
            for k, v, kind in marks(t):
                if k == "R":
                    out.append(("outline", kind, v))
        for a, t in self.notes:
            for k, v, kind in marks(a) + marks(t):
                if k == "R":
                    out.append(("annotations", kind, v))
        for label, name, val in (self.form or []):
            for k, v, kind in marks(val):
                if k == "R":
                    out.append(("annotations", kind, v))
        return out


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = {}, {}
    if d.kind == "scan":
        for item in d.scan_lines:
            if item == "PAGEBREAK":
                continue
            for k, v, kind in marks(item[0]):
                (red if k == "R" else keep).setdefault(v, kind)
    else:
        for s in all_strings(d.blocks):
            for k, v, kind in marks(s):
                (red if k == "R" else keep).setdefault(v, kind)
    for v, kind in getattr(d, "extra_keep", []):
        keep.setdefault(v, kind)
    hidden = d.hidden_marks()
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    ocr_ch = None
    if d.kind == "scan":
        ocr_ch = extract_channels(path, ocr="auto")["channels"]
    for v, kind in red.items():
        pr = {"text": v, "word": True, "after": 0}
        if d.kind == "scan":
            pr["ocr"] = True
            if channel_counts(ocr_ch, pr).get("ocr", 0) == 0:
                print(f"  [{d.stem}] OCR does not read {v!r}: probe dropped")
                continue
            gold["redact"].append({"kind": kind, "value": v, "channel": "ocr", "probes": [pr]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in PDFium text")
        gold["redact"].append({"kind": kind, "value": v, "probes": [pr]})
    if hidden:
        ch = extract_channels(path, ocr="off")["channels"]
        seen = set()
        for chan, kind, v in hidden:
            if (chan, v) in seen:
                continue
            seen.add((chan, v))
            pr = {"text": v, "word": True, "after": 0}
            if channel_counts(ch, pr).get(chan, 0) == 0:
                problems.append(f"{d.stem}: hidden {v!r} not in {chan}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {v!r} also in page text")
            gold["redact"].append({"kind": kind, "value": v, "channel": chan, "probes": [pr]})
    # simulated redaction for the overlap test
    masked = text
    for v in list(red) + [h[2] for h in hidden]:
        masked = probe_regex(v, True).sub(lambda m: "\u2588" * len(m.group(0)), masked)
    for v, kind in keep.items():
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            if d.kind != "scan":
                problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(masked, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": v, "probes": [pr]})
    return gold, problems
