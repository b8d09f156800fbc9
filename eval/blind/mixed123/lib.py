"""Builder library for set RW (eval/blind/mixed123). Markup in document text:
[[value]] or [[value|KIND]] = personal data to redact; {{value}} or {{value|KIND}} = public text to keep."""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab.rl_config  # noqa: E402

reportlab.rl_config.invariant = 1  # byte-stable reportlab output
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]|\{\{(.+?)(?:\|([A-Z_]+))?\}\}")


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def masked(s: str) -> str:
    return MARK.sub(lambda m: "#" if m.group(1) is not None else m.group(3), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1) is not None:
            yield "R", m.group(1), m.group(2) or "PERSON"
        else:
            yield "K", m.group(3), m.group(4) or "ORG"


class Doc:
    def __init__(self, stem, kind, blocks=None, title="", producer="", creator="", author=None, xmp_creator=None,
                 outline=None, notes=None, fields=None, font="std", hidden=None, scan_lines=None, rot=0.8,
                 derive=True):
        self.stem, self.kind, self.blocks, self.title = stem, kind, blocks or [], title
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline = outline or []      # list of (title, page_index)
        self.notes = notes or []          # list of (author, contents, page_index)
        self.fields = fields or []        # list of (label, name, value)
        self.font, self.hidden, self.scan_lines, self.rot = font, hidden or [], scan_lines, rot
        self.derive = derive

    # ------------------------------------------------------------------ text
    def source(self) -> str:
        parts = [] if self.kind == "scan" else [self.title]
        for b in self.blocks:
            if b[0] == "pb":
                continue
            if b[0] == "t":
                parts += [" | ".join(r) for r in b[1]]
            else:
                parts.append(b[1])
        if self.scan_lines:
            parts += self.scan_lines
        return "\n".join(parts)

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            self._docx(out)
        elif self.kind == "scan":
            self._scan(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _fonts(self):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "ttf":
            for n, f in (("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
            return "DVS", "DVS-B", "DVM"
        if self.font == "serif":
            return "Times-Roman", "Times-Bold", "Courier"
        return "Helvetica", "Helvetica-Bold", "Courier"

    def _rl(self, out):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, Preformatted
        reg, bold, mono = self._fonts()
        st = ParagraphStyle("b", fontName=reg, fontSize=9.5, leading=12.5, spaceAfter=4)
        sh = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceBefore=6, spaceAfter=5)
        ss = ParagraphStyle("s", fontName=reg, fontSize=8, leading=10)
        sm = ParagraphStyle("m", fontName=mono, fontSize=8.3, leading=10.2)
        story = []
        for b in self.blocks:
            k, v = b[0], b[1]
            if k == "h":
                story.append(Paragraph(escape(plain(v)), sh))
            elif k == "p":
                story.append(Paragraph(escape(plain(v)).replace("\n", "<br/>"), st))
            elif k == "pre":
                story.append(Preformatted(plain(v), sm))
                story.append(Spacer(1, 5))
            elif k == "sp":
                story.append(Spacer(1, float(v)))
            elif k == "pb":
                story.append(PageBreak())
            elif k == "t":
                rows = [[Paragraph(escape(plain(c)), ss) for c in r] for r in v]
                w = b[2] if len(b) > 2 else None
                t = Table(rows, colWidths=[x * mm for x in w] if w else None, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [t, Spacer(1, 6)]
        footer = self.title

        def onpage(c, d):
            c.saveState()
            c.setFont(reg, 7.5)
            c.drawString(20 * mm, 10 * mm, plain(footer))
            c.drawRightString(190 * mm, 10 * mm, f"pagina {d.page}")
            c.restoreState()

        def onpage_form(c, d):
            onpage(c, d)
            if self.fields and d.page == 1:
                y = 150 * mm
                for label, name, value in self.fields:
                    c.setFont(reg, 8.5)
                    c.drawString(22 * mm, y + 2 * mm, label)
                    c.acroForm.textfield(name=name, value=plain(value), x=75 * mm, y=y, width=110 * mm,
                                         height=7 * mm, fontName="Helvetica", fontSize=8.5, borderWidth=0.5)
                    y -= 10 * mm

        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=plain(self.title))
        doc.build(story, onFirstPage=onpage_form, onLaterPages=onpage)

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        for b in self.blocks:
            k, v = b[0], b[1]
            if k == "pb":
                d.add_page_break()
            elif k == "h":
                d.add_heading(plain(v), level=2)
            elif k in ("p", "pre"):
                for i, line in enumerate(plain(v).split("\n")):
                    d.add_paragraph(line)
            elif k == "t":
                t = d.add_table(rows=len(v), cols=len(v[0]))
                t.style = "Table Grid"
                for i, r in enumerate(v):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = plain(c)
        sec = d.sections[0]
        sec.footer.paragraphs[0].text = plain(self.title)
        d.core_properties.author = self.author or ""
        d.core_properties.title = plain(self.title)
        with tempfile.TemporaryDirectory() as td:
            p = Path(td) / f"{self.stem}.docx"
            d.save(p)
            for _ in range(3):
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_s123", "--headless",
                                "--convert-to", "pdf", "--outdir", td, str(p)], capture_output=True, timeout=180)
                if (Path(td) / f"{self.stem}.pdf").exists():
                    break
            out.write_bytes((Path(td) / f"{self.stem}.pdf").read_bytes())

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        W, H = 1654, 2339  # A4 at 200 dpi
        img = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(img)
        rnd = random.Random(self.stem)
        y = 150
        for line in self.scan_lines:
            hand = line.startswith("~")
            txt = plain(line.lstrip("~"))
            f = ImageFont.truetype(FONTDIR + ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans.ttf"),
                                   40 if hand else 34)
            dr.text((140 + (rnd.randint(-6, 6) if hand else 0), y), txt, fill=30 if not hand else 20, font=f)
            y += 58 if txt else 34
        for _ in range(1500):
            dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(150, 220))
        img = img.rotate(self.rot, resample=Image.BICUBIC, fillcolor=246).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72)
        buf.seek(0)
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                    md["dc:creator"] = [self.xmp_creator]
                    md["dc:title"] = plain(self.title)
            di = pdf.docinfo
            if self.producer:
                di["/Producer"] = self.producer
            if self.creator:
                di["/Creator"] = self.creator
            if self.author is not None:
                di["/Author"] = self.author
            elif "/Author" in di:
                del di["/Author"]
            di["/Title"] = plain(self.title)
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, min(pg, len(pdf.pages) - 1)))
            for au, contents, pg in self.notes:
                page = pdf.pages[min(pg, len(pdf.pages) - 1)]
                y = 700 - 60 * self.notes.index((au, contents, pg))
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[520, y, 540, y + 20],
                    T=pikepdf.String(au), Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment,
                    Open=False))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
            pdf.save(str(out), fix_metadata_version=False, deterministic_id=True)


MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
AUTO_KEEP = re.compile(r"\b\d{1,2} (?:%s) \d{4}\b|\b\d{2}-\d{2}-\d{4}\b|€ \d[\d.]*,\d{2}" % MONTHS)


def _surname(v: str):
    toks = v.split()
    if len(toks) < 2:
        return None
    last = toks[-1]
    if len(last) >= 4 and last[0].isupper() and "@" not in last and not any(ch.isdigit() for ch in last):
        return last
    return None


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    src = d.source()
    src_plain, src_mask = norm(plain(src)), norm(masked(src))
    redact, keep = {}, {}
    ocr = d.kind == "scan"
    for typ, val, kind in marks(src):
        if typ == "R":
            it = redact.setdefault(val, {"kind": kind, "value": val, "probes": []})
            if not it["probes"]:
                it["probes"].append({"text": val, "word": True, "after": 0})
                s = _surname(val) if (kind == "PERSON" and d.derive) else None
                if s and s != val:
                    it["probes"].append({"text": s, "word": True, "after": 0})
        else:
            keep.setdefault(val, {"kind": kind, "value": val, "probes": [{"text": val, "word": True}]})
    # dates and amounts are public: add them as keep probes (only where no redact value stands)
    if not ocr:
        for m in AUTO_KEEP.finditer(src_mask):
            v = m.group(0).strip()
            if v not in keep:
                keep[v] = {"kind": "DATE" if not v.startswith("€") else "AMOUNT", "value": v,
                           "probes": [{"text": v, "word": True}], "auto": True}
    # hidden-channel items
    hidden_items = []
    for ch, kind, val, probes in d.hidden:
        hidden_items.append({"kind": kind, "value": val, "channel": ch,
                             "probes": [{"text": p, "word": True, "after": 0} for p in probes]})
    red_items = []
    chans = None
    if ocr:
        chans = extract_channels(path, ocr="auto")["channels"]
    for it in redact.values():
        good = []
        for pr in it["probes"]:
            if count_in(src_mask, pr):
                if pr["text"] == it["value"]:
                    problems.append(f"{d.stem}: redact {pr['text']!r} also outside marks")
                continue  # derived probe hits unmarked text: drop
            if ocr:
                pr["ocr"] = True
                if not channel_counts(chans, pr).get("ocr"):
                    problems.append(f"{d.stem}: OCR misses {pr['text']!r}")
                    continue
            elif not count_in(text, pr):
                problems.append(f"{d.stem}: redact {pr['text']!r} not in pdfium text")
                continue
            good.append(pr)
        if good:
            it["probes"] = good
            if ocr:
                it["channel"] = "ocr"
            red_items.append(it)
    keep_items = []
    for it in ([] if ocr else keep.values()):
        pr = it["probes"][0]
        if count_in(src_mask, pr) != count_in(src_plain, pr):
            problems.append(f"{d.stem}: keep {pr['text']!r} overlaps a redact value")
            continue
        n = count_in(text, pr)
        if n == 0 and it.pop("auto", False):
            continue
        it.pop("auto", None)
        if n == 0:
            problems.append(f"{d.stem}: keep {pr['text']!r} not in pdfium text")
            continue
        pr["after"] = n
        keep_items.append(it)
    if hidden_items:
        ch = extract_channels(path, ocr="off")["channels"]
        for it in hidden_items:
            for pr in it["probes"]:
                if not channel_counts(ch, pr).get(it["channel"]):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} not in {it['channel']}")
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
    gold = {"doc": path.name, "pages": pages, "redact": red_items + hidden_items, "keep": keep_items}
    return gold, problems
