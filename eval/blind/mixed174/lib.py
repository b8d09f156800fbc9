"""Rendering and gold helpers for set DL (eval/blind/mixed174). All persons are invented."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s174_build")
DJV = "/usr/share/fonts/truetype/dejavu/"

_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    from reportlab import rl_config
    rl_config.invariant = 1
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", DJV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", DJV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DJV + "DejaVuSerif-Bold.ttf"))
    _FONTS_DONE = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "DejaVuSerif": "DejaVuSerif-Bold"}


class Doc:
    def __init__(self, stem, blocks, red=(), keep=(), font="Helvetica", size=10, producer="Microsoft® Word for Microsoft 365",
                 creator="Microsoft® Word for Microsoft 365", title="", author=None, xmp_creator=None,
                 outline=(), annots=(), form=None, scan=False, docx=False, hidden=(), rotate=0.6, hand=()):
        self.stem, self.blocks, self.red, self.keep = stem, blocks, list(red), list(keep)
        self.font, self.size, self.producer, self.creator, self.title = font, size, producer, creator, title
        self.author, self.xmp_creator = author, xmp_creator
        self.outline, self.annots, self.form, self.scan, self.docx = list(outline), list(annots), form, scan, docx
        self.hidden = list(hidden)  # (channel, kind, value)
        self.rotate, self.hand = rotate, hand

    # ---------------------------------------------------------------------------------------
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True, parents=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            self._scan(out)
        elif self.docx:
            self._docx(out)
        elif self.form:
            self._form(out)
        else:
            self._platypus(out)
        self._post(out)
        return out

    def _para_text(self, s):
        s = escape(s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
        return s

    def _platypus(self, out):
        _fonts()
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

        f, b = self.font, BOLD[self.font]
        st = ParagraphStyle("n", fontName=f, fontSize=self.size, leading=self.size * 1.3, spaceAfter=3)
        h1 = ParagraphStyle("h1", fontName=b, fontSize=self.size + 4, leading=(self.size + 4) * 1.3, spaceAfter=6)
        h2 = ParagraphStyle("h2", fontName=b, fontSize=self.size + 1, leading=(self.size + 1) * 1.3, spaceBefore=4,
                            spaceAfter=3)
        mono = ParagraphStyle("m", fontName=f, fontSize=self.size - 1, leading=(self.size - 1) * 1.25)
        cell = ParagraphStyle("c", fontName=f, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.2)
        story = []
        rows = []

        def flush():
            if rows:
                data = [[Paragraph(self._para_text(c), cell) for c in r] for r in rows]
                t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=None)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 4))
                rows.clear()

        for blk in self.blocks:
            if blk.startswith("|"):
                rows.append([c.strip() for c in blk.strip().strip("|").split("|")])
                continue
            flush()
            if blk.startswith("# "):
                story.append(Paragraph(self._para_text(blk[2:]), h1))
            elif blk.startswith("## "):
                story.append(Paragraph(self._para_text(blk[3:]), h2))
            elif blk.startswith("> "):
                story.append(Paragraph(self._para_text(blk[2:]), mono))
            elif blk == "":
                story.append(Spacer(1, 6))
            else:
                story.append(Paragraph(self._para_text(blk).replace("\n", "<br/>"), st))
        flush()
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                                bottomMargin=18 * mm, title=self.title or self.stem, author=self.author or "")
        doc.build(story)

    def _form(self, out):
        _fonts()
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(out), pagesize=A4)
        W, H = A4
        y = H - 60
        for blk in self.blocks:
            fn = "Helvetica-Bold" if blk.startswith("# ") or blk.startswith("## ") else "Helvetica"
            fs = 14 if blk.startswith("# ") else 10
            c.setFont(fn, fs)
            c.drawString(60, y, blk.lstrip("# "))
            y -= 18 if fs == 14 else 14
        y -= 10
        for label, name, value in self.form:
            c.setFont("Helvetica", 9)
            c.drawString(60, y + 4, label)
            c.acroForm.textfield(name=name, value=value, x=250, y=y - 2, width=280, height=16, fontSize=9,
                                 borderWidth=0.5, fontName="Helvetica")
            y -= 24
        c.save()

    def _docx(self, out):
        import docx
        d = docx.Document()
        for blk in self.blocks:
            if blk.startswith("# "):
                d.add_heading(blk[2:], level=1)
            elif blk.startswith("## "):
                d.add_heading(blk[3:], level=2)
            elif blk.startswith("|"):
                cells = [c.strip() for c in blk.strip().strip("|").split("|")]
                if not d.tables or getattr(d, "_lastwastable", False) is False:
                    t = d.add_table(rows=0, cols=len(cells))
                    t.style = "Table Grid"
                    d._lastwastable = True
                t = d.tables[-1]
                r = t.add_row().cells
                for i, c in enumerate(cells):
                    r[i].text = c
                continue
            else:
                d.add_paragraph(blk)
            d._lastwastable = False
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title or ""
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s174_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
        (TMP / f"{self.stem}.pdf").replace(out)

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        Wp, Hp = 1654, 2339
        img = Image.new("L", (Wp, Hp), 250)
        dr = ImageDraw.Draw(img)
        fnt = ImageFont.truetype(DJV + "DejaVuSans.ttf", 34)
        fb = ImageFont.truetype(DJV + "DejaVuSans-Bold.ttf", 40)
        fh = ImageFont.truetype(DJV + "DejaVuSerif-Italic.ttf", 40)
        y = 170
        for blk in self.blocks:
            if blk.startswith("# "):
                dr.text((150, y), blk[2:], font=fb, fill=20)
                y += 70
            elif blk.startswith("~ "):  # "handwritten" line
                dr.text((170, y), blk[2:], font=fh, fill=35)
                y += 66
            elif blk == "":
                y += 30
            else:
                dr.text((150, y), blk, font=fnt, fill=25)
                y += 50
        img = img.rotate(self.rotate, fillcolor=245, resample=Image.BICUBIC)
        jp = TMP / f"{self.stem}.jpg"
        img.save(jp, "JPEG", quality=80)
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.save()

    def _post(self, out):
        import pikepdf
        from pikepdf import Dictionary, Name, String, Array
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
                    m["dc:title"] = self.title or self.stem
            for k in list(pdf.docinfo.keys()):
                if str(k) == "/Author" and not self.author:
                    del pdf.docinfo[k]
            pdf.docinfo["/CreationDate"] = "D:20261215093000+01'00'"
            pdf.docinfo["/ModDate"] = "D:20261215093000+01'00'"
            pdf.docinfo["/Producer"] = self.producer
            pdf.docinfo["/Creator"] = self.creator
            if self.title:
                pdf.docinfo["/Title"] = self.title
            if self.author:
                pdf.docinfo["/Author"] = self.author
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
            for pg, x, y, who, text in self.annots:
                page = pdf.pages[pg]
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                                 T=String(who), Contents=String(text), Name=Name.Comment,
                                                 F=4))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(a)
            pdf.save(out, deterministic_id=True)


# -------------------------------------------------------------------------------------------
KIND_RX = [
    (r"^\d{9}$", "BSN"),
    (r"^\d{6}$", "PERSONNEL_NO"),
    (r"^\d{4}$", "PHONE"),
    (r"^(KvK \d{8}|NL\d{9}B\d\d|[A-Z]{3}\d{3})$", "ID"),
    (r"^(?:[A-Z]{2,4}|JKb|LtH|AVdG)$", "INITIALS"),
    (r"^[A-ZÄ-Ž][\w .'-]*[a-z] \d+[A-Z0-9-]*$", "ADDRESS"),
    (r"^[A-Z]{2}\d{2} ?[A-Z]{4}", "IBAN"),
    (r"toestel", "PHONE"),
    (r"^kamer \d+$", "ADDRESS"),
    (r"@", "EMAIL"),
    (r"^(\+31|0031|0\d|06)[\d \-()]+$", "PHONE"),
]


def kind_of(v):
    if "|" in v:
        k, _, val = v.partition("|")
        return k, val
    for rx, k in KIND_RX:
        if re.search(rx, v):
            return k, v
    return "PERSON", v


def spans(text, probe):
    return [(m.start(), m.end()) for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if d.hidden or d.scan:
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    red_spans = []
    for v in d.red:
        k, val = kind_of(v)
        pr = {"text": val, "word": True, "after": 0}
        if d.scan:
            pr["ocr"] = True
            c = channel_counts(chans, pr).get("ocr", 0)
            if not c:
                problems.append(f"{d.stem}: OCR probe not found {val!r}")
                continue
            gold["redact"].append({"kind": k, "value": val, "channel": "ocr", "probes": [pr]})
            continue
        n = count_in(text, pr)
        if not n:
            problems.append(f"{d.stem}: redact probe not in text {val!r}")
        red_spans += spans(text, pr)
        gold["redact"].append({"kind": k, "value": val, "probes": [pr]})
    for ch, k, val in d.hidden:
        pr = {"text": val, "word": True, "after": 0}
        c = channel_counts(chans, pr).get(ch, 0)
        if not c:
            problems.append(f"{d.stem}: hidden probe {val!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden probe {val!r} also in page text")
        gold["redact"].append({"kind": k, "value": val, "channel": ch, "probes": [pr]})
    for v in d.keep:
        k, val = kind_of(v) if "|" in v else ("ORG", v)
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        if not n:
            problems.append(f"{d.stem}: keep probe not in text {val!r}")
            continue
        for s in spans(text, pr):
            for r in red_spans:
                if s[0] < r[1] and r[0] < s[1]:
                    problems.append(f"{d.stem}: keep {val!r} overlaps a redact span")
                    break
        pr["after"] = n
        gold["keep"].append({"kind": k, "value": val, "probes": [pr]})
    return gold, problems
