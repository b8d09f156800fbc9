"""Builder for set ZF (mixed141): a tiny markup -> PDF + gold.

Body lines: '# ' heading, '## ' subheading, '|a|b|c' table row, '' spacer, '>> ' small print, else paragraph.
Inline: [[value]] or [[value|KIND]] = redact (PDFium text), {{value}} or {{value|KIND}} = keep.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CELL = re.compile(r"\|(?![^\[]*\]\])(?![^{]*\}\})")
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


AUTO_KEEP = ["Dronten", "Lelystad", "Flevoland", "festival", "evenementenvergunning", "geluidsoverlast",
             "dB(A)", "23.00 uur", "APV", "MDO", "FOH", "mainstage", "toezichthouder", "meetpunt", "vergunning",
             "organisator", "veiligheidsplan", "Postbus 100", "8250 AC Dronten", "18 juli 2026", "bewonersbrief",
             "klachtentelefoon", "beveiligers", "EHBO", "headliner", "geluidsnorm", "Wet open overheid", "Woo",
             "evenement", "bewoners", "gemeente", "omwonenden", "politie", "geluidstechnicus", "eindtijd"]


def plain(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def marks(lines):
    red, keep = {}, {}
    for s in lines:
        for m in MARK.finditer(s):
            if m.group(1):
                v, _, k = m.group(1).partition("|")
                red.setdefault(v, k or guess(v))
            else:
                v, _, k = m.group(2).partition("|")
                keep.setdefault(v, k or "PUBLIC")
    return red, keep


def guess(v):
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    return "PERSON"


class Doc:
    def __init__(self, stem, title, body, kind="rl", producer="Microsoft® Word for Microsoft 365",
                 creator="Microsoft® Word for Microsoft 365", author="", xmp_creator="", author_redact=True,
                 outline=(), annots=(), form=None, font="Helvetica", scan_lines=None, rotate=0.6):
        self.stem, self.title, self.body, self.kind = stem, title, body, kind
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.author_redact = author_redact
        self.outline, self.annots, self.form, self.font = list(outline), list(annots), form, font
        self.scan_lines, self.rotate = scan_lines, rotate
        self.hidden = []  # (channel, kind, value)

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "scan":
            self._scan(out)
        elif self.kind == "docx":
            self._docx(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _rl(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        f, fb = self.font, self.font + "-Bold"
        if self.font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        elif self.font == "Times":
            f, fb = "Times-Roman", "Times-Bold"
        st = ParagraphStyle("b", fontName=f, fontSize=10, leading=13, spaceAfter=4)
        sm = ParagraphStyle("s", fontName=f, fontSize=8, leading=10)
        h1 = ParagraphStyle("h1", fontName=fb, fontSize=14, leading=18, spaceAfter=6)
        h2 = ParagraphStyle("h2", fontName=fb, fontSize=11, leading=14, spaceAfter=3, spaceBefore=4)
        tc = ParagraphStyle("t", fontName=f, fontSize=8.5, leading=10.5)
        story, rows = [], []

        def esc(s):
            return plain(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        def flush():
            if rows:
                n = max(len(r) for r in rows)
                data = [[Paragraph(esc(c), tc) for c in r] + [""] * (n - len(r)) for r in rows]
                t = Table(data, colWidths=[170 * mm / n] * n, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 4))
                rows.clear()
        for line in self.body:
            if line.startswith("|"):
                rows.append(CELL.split(line[1:]))
                continue
            flush()
            if line.startswith("# "):
                story.append(Paragraph(esc(line[2:]), h1))
            elif line.startswith("## "):
                story.append(Paragraph(esc(line[3:]), h2))
            elif line.startswith(">> "):
                story.append(Paragraph(esc(line[3:]), sm))
            elif line == "":
                story.append(Spacer(1, 6))
            elif line == "---":
                from reportlab.platypus import PageBreak
                story.append(PageBreak())
            else:
                story.append(Paragraph(esc(line), st))
        flush()
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title, invariant=1)
        if self.form:
            doc.build(story, onFirstPage=self._formfields)
        else:
            doc.build(story)

    def _formfields(self, canv, doc):
        from reportlab.lib.units import mm
        y = 120 * mm
        canv.setFont("Helvetica-Bold", 10)
        canv.drawString(20 * mm, y + 12 * mm, "Invulvelden (digitaal ingevuld)")
        canv.setFont("Helvetica", 9)
        for name, (label, value) in self.form.items():
            canv.drawString(20 * mm, y + 2 * mm, label)
            canv.acroForm.textfield(name=name, tooltip=label, x=75 * mm, y=y, width=110 * mm, height=7 * mm,
                                    value=plain(value), fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 10 * mm

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.core_properties.author = ""
        d.core_properties.title = self.title
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(10)
        rows = []

        def flush():
            if rows:
                n = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=n)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = plain(c)
                d.add_paragraph("")
                rows.clear()
        for line in self.body:
            if line.startswith("|"):
                rows.append(CELL.split(line[1:]))
                continue
            flush()
            if line.startswith("# "):
                d.add_heading(plain(line[2:]), 1)
            elif line.startswith("## "):
                d.add_heading(plain(line[3:]), 2)
            elif line == "---":
                d.add_page_break()
            elif line.startswith(">> "):
                p = d.add_paragraph(plain(line[3:]))
                for r in p.runs:
                    r.font.size = Pt(8)
            else:
                d.add_paragraph(plain(line))
        flush()
        tmp = Path(f"/tmp/s141_docx")
        tmp.mkdir(exist_ok=True)
        src = tmp / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s141_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
        (tmp / f"{self.stem}.pdf").replace(out)

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        W, H = 1654, 2339  # A4 at 200 dpi
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 150
        for line in self.scan_lines:
            hand = line.startswith("~")
            t = plain(line.lstrip("~"))
            fnt = ImageFont.truetype(str(FONT_DIR / ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans.ttf")),
                                     40 if hand else 34)
            if t.startswith("# "):
                fnt = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 44)
                t = t[2:]
            dr.text((140 + (30 if hand else 0), y), t, fill=25 if not hand else 40, font=fnt)
            y += 62 if t else 36
        img = img.rotate(self.rotate, resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=80)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:title"] = self.title
                if self.xmp_creator:
                    md["dc:creator"] = [self.xmp_creator]
                md["pdf:Producer"] = self.producer
                md["xmp:CreatorTool"] = self.creator
            pdf.docinfo["/Producer"] = self.producer
            pdf.docinfo["/Creator"] = self.creator
            pdf.docinfo["/Title"] = self.title
            if self.author:
                pdf.docinfo["/Author"] = self.author
            elif "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(plain(t), min(pg, len(pdf.pages) - 1)))
            for pg, rect, who, txt in self.annots:
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                    T=pikepdf.String(plain(who)), Contents=pikepdf.String(plain(txt)),
                    Name=pikepdf.Name.Comment, F=4))
                page = pdf.pages[pg]
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
            pdf.save(str(out), deterministic_id=True)

    # ------------------------------------------------------------------ gold
    def hidden_items(self):
        items = []
        if self.author and self.author_redact:
            items.append(("metadata", "PERSON", self.author))
        if self.xmp_creator and self.xmp_creator != self.author:
            items.append(("metadata", "PERSON", self.xmp_creator))
        for t, _ in self.outline:
            for v, k in marks([t])[0].items():
                items.append(("outline", k, v))
        for _, _, who, txt in self.annots:
            for v, k in marks([who, txt])[0].items():
                items.append(("annotations", k, v))
        if self.form:
            for _, (_, val) in self.form.items():
                for v, k in marks([val])[0].items():
                    items.append(("annotations", k, v))
        return items


def make_gold(d: Doc, pdf: Path):
    problems = []
    text, pages = text_pdfium(pdf)
    red, keep = marks(d.body)
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    hidden = d.hidden_items()
    chans = None
    if d.kind == "scan" or hidden:
        chans = extract_channels(pdf, ocr="auto" if d.kind == "scan" else "off")["channels"]
    if d.kind == "scan":
        sred, _ = marks(d.scan_lines)
        for v, k in sred.items():
            pr = {"text": v, "word": True, "after": 0, "ocr": True}
            if channel_counts(chans, pr).get("ocr", 0) > 0:
                gold["redact"].append({"kind": k, "value": v, "ocr": True, "probes": [pr]})
            else:
                print(f"   (ocr miss, dropped) {d.stem}: {v!r}")
    for v, k in red.items():
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
        gold["redact"].append({"kind": k, "value": v, "probes": [pr]})
    seen = set()
    for ch, k, v in hidden:
        if (ch, v) in seen:
            continue
        seen.add((ch, v))
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} also in page text")
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        gold["redact"].append({"kind": k, "value": v, "channel": ch, "probes": [pr]})
    # simulated redaction: blank every redact value, then a keep probe must count the same
    allred = sorted(set(red) | {v for _, _, v in hidden}, key=len, reverse=True)
    blanked = text
    from evaluate import probe_regex
    for v in allred:
        blanked = probe_regex(v, True).sub(lambda m: "#" * len(m.group(0)), blanked)
    for t in AUTO_KEEP:
        if t not in keep:
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if n and count_in(blanked, pr) == n:
                keep[t] = "PUBLIC"
    for v, k in keep.items():
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(blanked, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": k, "value": v, "probes": [pr]})
    return gold, problems
