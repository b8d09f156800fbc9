"""Shared builder for set VV (mixed214). Content uses inline markup:
[[text]] or [[text|KIND]]  -> personal data, must disappear (redact probe, after 0)
{{text}} or {{text|KIND}}  -> public text that must stay (keep probe, after = count in original)
Lines: '# ' heading, 'T|a|b|c' table row (first T-row of a block is the header), '' spacer,
'~ ' small grey line, '> ' indented quote line, '^ N' vertical space of N pt; everything else is a paragraph.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium, norm, probe_regex  # noqa: E402

import reportlab.rl_config  # noqa: E402
reportlab.rl_config.invariant = 1  # fixed dates and IDs: reproducible reportlab output

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def guess_redact(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d{9}B\d\d", v):
        return "VAT_ID"
    if re.match(r"NL\d\d", v):
        return "IBAN"
    if re.fullmatch(r"\d\d-\d\d-\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"\d{9}", v):
        return "BSN"
    if re.fullmatch(r"\d{8}", v):
        return "KVK_SOLE_TRADER"
    if re.fullmatch(r"(P|BOA)-\d+", v):
        return "PERSONNEL_NR"
    if re.fullmatch(r"[A-Z]-\d{3}-[A-Z]{2}", v):
        return "LICENSE_PLATE"
    if re.fullmatch(r"\d{4} [A-Z]{2}", v) or re.fullmatch(r"[A-Z][a-z]+ \d+[a-z]?", v):
        return "ADDRESS"
    if re.fullmatch(r"\d\d-\d{7}", v):
        return "POLICY_NR"
    if re.fullmatch(r"[A-ZÇ][A-Za-zÇ.\-]{1,6}", v) and sum(c.isupper() for c in v) >= 2:
        return "INITIALS"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    return "PERSON"


def marks(lines):
    red, keep = {}, {}
    for ln in lines:
        for m in MARK.finditer(ln):
            if m.group(1):
                t, _, k = m.group(1).partition("|")
                red.setdefault(t, k or guess_redact(t))
            else:
                t, _, k = m.group(2).partition("|")
                keep.setdefault(t, k or ("REFERENCE" if any(c.isdigit() for c in t) else "ORG"))
    return red, keep


class Doc:
    def __init__(self, stem, title, lines, engine="rl", font="Helvetica", meta=None, producer=None,
                 creator=None, outline=None, notes=None, form=None, hidden=(), scan=False, author=None,
                 xmp_creator=None, size=10, extra_keep=()):
        self.stem, self.title, self.lines = stem, title, [ln for ln in lines]
        self.engine, self.font, self.producer, self.creator = engine, font, producer, creator
        self.outline, self.notes, self.form = outline or [], notes or [], form or []
        self.hidden, self.scan, self.author, self.xmp_creator = list(hidden), scan, author, xmp_creator
        self.size = size
        self.extra_keep = list(extra_keep)

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ---------------------------------------------------------------- builders
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.scan:
            self._scan()
        elif self.engine == "docx":
            self._docx()
        else:
            self._rl()
        self._post()
        return self.path

    def _rl(self):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

        fn, fb = self.font, "Helvetica-Bold"
        if self.font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVu", FONT))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTB))
            fb = "DejaVu-Bold"
        elif self.font == "DejaVuSerif":
            pdfmetrics.registerFont(TTFont("DejaVuSerif", SERIF))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTB))
            fb = "DejaVu-Bold"
        elif self.font == "Times-Roman":
            fb = "Times-Bold"
        elif self.font == "Courier":
            fb = "Courier-Bold"
        sz = self.size
        st = ParagraphStyle("b", fontName=fn, fontSize=sz, leading=sz * 1.3, spaceAfter=3)
        sh = ParagraphStyle("h", fontName=fb, fontSize=sz + 2, leading=(sz + 2) * 1.3, spaceBefore=4, spaceAfter=4)
        sm = ParagraphStyle("s", fontName=fn, fontSize=sz - 2, leading=(sz - 2) * 1.3, textColor=colors.grey)
        sq = ParagraphStyle("q", parent=st, leftIndent=14, textColor=colors.HexColor("#333355"))
        sc = ParagraphStyle("c", fontName=fn, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.25)
        sch = ParagraphStyle("ch", fontName=fb, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.25)

        def esc(s):
            return strip(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        story, rows = [], []

        def flush():
            if rows:
                data = [[Paragraph(esc(c), sch if i == 0 else sc) for c in r] for i, r in enumerate(rows)]
                t = Table(data, repeatRows=1, hAlign="LEFT")
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8f0")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
                rows.clear()

        for ln in self.lines:
            if ln.startswith("T|"):
                rows.append(ln[2:].split("|"))
                continue
            flush()
            if ln.startswith("# "):
                story.append(Paragraph(esc(ln[2:]), sh))
            elif ln.startswith("~ "):
                story.append(Paragraph(esc(ln[2:]), sm))
            elif ln.startswith("> "):
                story.append(Paragraph(esc(ln[2:]), sq))
            elif ln == "":
                story.append(Spacer(1, 6))
            elif ln.startswith("^ "):
                story.append(Spacer(1, int(ln[2:])))
            else:
                story.append(Paragraph(esc(ln), st))
        flush()
        doc = SimpleDocTemplate(str(self.path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title,
                                author=self.author or "", creator=self.creator or "")
        form = self.form

        def onpage(c, d):
            if form and c.getPageNumber() == 1:
                for (name, label, value, x, y, w) in form:
                    c.setFont("Helvetica", 8)
                    c.drawString(x, y + 16, label)
                    c.acroForm.textfield(name=name, tooltip=label, value=value, x=x, y=y, width=w,
                                         height=14, fontSize=9, borderWidth=0.5)
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

    def _docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title
        stl = d.styles["Normal"]
        stl.font.name = "DejaVu Serif" if self.font == "DejaVuSerif" else "DejaVu Sans"
        stl.font.size = Pt(self.size)
        rows = []

        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = strip(c)
                rows.clear()
        for ln in self.lines:
            if ln.startswith("T|"):
                rows.append(ln[2:].split("|"))
                continue
            flush()
            if ln.startswith("# "):
                d.add_heading(strip(ln[2:]), level=2)
            elif ln.startswith("~ ") or ln.startswith("> "):
                d.add_paragraph(strip(ln[2:]))
            else:
                d.add_paragraph(strip(ln))
        flush()
        tmp = Path(f"/tmp/s214_docx/{self.stem}.docx")
        tmp.parent.mkdir(exist_ok=True)
        d.save(tmp)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s214_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(DOCS_DIR), str(tmp)],
                       check=True, capture_output=True, timeout=180)

    def _scan(self):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        W, H = 1654, 2339
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype(SERIF if self.font == "DejaVuSerif" else FONT, 34)
        fb = ImageFont.truetype(FONTB, 40)
        y = 150
        import textwrap
        for ln in self.lines:
            if ln == "":
                y += 30
                continue
            font = fb if ln.startswith("# ") else f
            txt = strip(ln[2:] if ln.startswith(("# ", "~ ", "> ")) else ln)
            if ln.startswith("T|"):
                txt = "   ".join(strip(c) for c in ln[2:].split("|"))
            for part in textwrap.wrap(txt, 70) or [""]:
                dr.text((150, y), part, fill=20, font=font)
                y += 52
        img = img.rotate(0.7, fillcolor=245, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=78)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(self.path), pagesize=A4)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()

    def _post(self):
        import pikepdf
        with pikepdf.open(str(self.path), allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:title"] = self.title
                if self.xmp_creator:
                    md["dc:creator"] = [self.xmp_creator]
                if self.producer:
                    md["pdf:Producer"] = self.producer
            if self.author is not None:
                pdf.docinfo["/Author"] = self.author
            if self.producer:
                pdf.docinfo["/Producer"] = self.producer
            if self.creator:
                pdf.docinfo["/Creator"] = self.creator
            pdf.docinfo["/Title"] = self.title
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
            for (author, contents, pg, x, y) in self.notes:
                page = pdf.pages[min(pg, len(pdf.pages) - 1)]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(author),
                    Contents=pikepdf.String(contents), Open=False, Name=pikepdf.Name.Comment))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(annot)
            pdf.save(str(self.path), deterministic_id=True)


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = marks(d.lines)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if d.scan or d.hidden:
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    for t, k in red.items():
        pr = {"text": t, "word": True, "after": 0}
        item = {"kind": k, "value": t, "probes": [pr]}
        if d.scan:
            pr["ocr"] = True
            item["channel"] = "ocr"
            if not channel_counts(chans, pr).get("ocr"):
                problems.append(f"{d.stem}: OCR misses {t!r}")
                continue
        elif not count_in(text, pr):
            problems.append(f"{d.stem}: redact {t!r} not in text")
        gold["redact"].append(item)
    for ch, k, t in d.hidden:
        pr = {"text": t, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {t!r} also in text")
        gold["redact"].append({"kind": k, "value": t, "channel": ch, "probes": [pr]})
    # simulated redaction for overlap check
    allred = [i["probes"][0]["text"] for i in gold["redact"]]
    sim = text
    for t in sorted(allred, key=len, reverse=True):
        sim = probe_regex(t, True).sub(" \u2588 ", sim)
    for t, k in list(keep.items()) + [(t, k) for t, k in d.extra_keep]:
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(sim, pr) != n:
            problems.append(f"{d.stem}: keep {t!r} overlaps a redact value")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": k, "value": t, "probes": [pr]})
    return gold, problems
