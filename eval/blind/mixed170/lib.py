"""Builder for set mixed170: inline-marked texts -> PDF + gold.

Markup in document text: «...» = personal data (redact probe, exact string, word-anchored);
‹...› = public term (keep probe, counted on the PDFium text of the original).
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
RX_R = re.compile(r"«([^»]+)»")
RX_K = re.compile(r"‹([^›]+)›")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1


def strip(s: str) -> str:
    return s.replace("«", "").replace("»", "").replace("‹", "").replace("›", "")


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.search(r"\d{3}", v) and re.fullmatch(r"[\d +()\-]+", v):
        return "PHONE"
    if re.search(r"\d", v):
        return "ID_OR_DATE_OR_ADDRESS"
    return "PERSON"


def surname_of(v: str):
    """Surname part of a full personal name ('Hendrik-Jan ter Wee' -> 'ter Wee'); None if not a plain name."""
    if kind_of(v) != "PERSON" or " " not in v:
        return None
    first, rest = v.split(" ", 1)
    if "." in first or first in ("drs.", "mr.") or first.islower() or len(rest) < 3:
        return None
    if rest.split(" ")[0] in ("van", "de", "ter", "ten", "der", "van't"):
        pass
    return rest


class Doc:
    """blocks: list of (kind, payload). kinds: h (heading), p (paragraph), t (table: list of rows), sp (spacer),
    pb (page break), mono (preformatted lines)."""

    def __init__(self, stem, blocks, producer="", creator="", author=None, title=None, engine="rl",
                 font="Helvetica", xmp_creator=None, outline=None, notes=None, form=None, scan=None,
                 stamp=None, hidden=None):
        self.stem, self.blocks = stem, blocks
        self.producer, self.creator, self.author, self.title = producer, creator, author, title
        self.engine, self.font = engine, font
        self.xmp_creator, self.outline, self.notes, self.form = xmp_creator, outline, notes, form
        self.scan, self.stamp = scan, stamp
        self.hidden = hidden or []  # list of (channel, value) redact items

    # ------------------------------------------------------------------ text collection
    def all_marked(self):
        parts = []
        for k, pl in self.blocks:
            if k == "t":
                parts += [c for row in pl for c in row]
            elif k in ("h", "p", "mono"):
                parts.append(pl)
        if self.stamp:
            parts.append(self.stamp)
        if self.scan:
            parts += [ln for ln, _ in self.scan]
        if self.form:
            parts += [lab for lab, _, _ in self.form]
        return "\n".join(parts)

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine == "docx":
            self._docx(out)
        elif self.scan:
            self._scan(out)
        elif self.form:
            self._form(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _rl(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                        TableStyle)
        from reportlab.lib import colors
        font, bold = self.font, self.font + "-Bold"
        if self.font.startswith("DejaVu"):
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            pdfmetrics.registerFont(TTFont(self.font, DEJAVU + self.font + ".ttf"))
            pdfmetrics.registerFont(TTFont(bold, DEJAVU + self.font + "-Bold.ttf"))
        elif self.font == "Times-Roman":
            bold = "Times-Bold"
        st = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
        sh = ParagraphStyle("h", fontName=bold, fontSize=11.5, leading=15, spaceAfter=5, spaceBefore=4)
        sc = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
        sm = ParagraphStyle("m", fontName="Courier" if not self.font.startswith("DejaVu") else self.font,
                            fontSize=8, leading=10)
        esc = lambda s: strip(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
        story = []
        for k, pl in self.blocks:
            if k == "h":
                story.append(Paragraph(esc(pl), sh))
            elif k == "p":
                story.append(Paragraph(esc(pl), st))
            elif k == "mono":
                story.append(Preformatted(strip(pl), sm))
            elif k == "sp":
                story.append(Spacer(1, pl * mm))
            elif k == "pb":
                story.append(PageBreak())
            elif k == "t":
                data = [[Paragraph(esc(c), sc) for c in row] for row in pl]
                t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=None)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                ncol = len(pl[0])
                mx = [max(8, max(min(len(strip(r[j])), 60) for r in pl)) for j in range(ncol)]
                t._argW = [170 * mm * m / sum(mx) for m in mx]
                story.append(t)
                story.append(Spacer(1, 3 * mm))
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title or self.stem,
                                author=self.author or "")
        doc.build(story)

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title or ""
        for k, pl in self.blocks:
            if k == "h":
                d.add_heading(strip(pl), level=2)
            elif k in ("p", "mono"):
                d.add_paragraph(strip(pl))
            elif k == "pb":
                d.add_page_break()
            elif k == "t":
                t = d.add_table(rows=len(pl), cols=len(pl[0]))
                t.style = "Table Grid"
                for i, row in enumerate(pl):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = strip(c)
        tmp = Path(f"/tmp/s170_{self.stem}.docx")
        d.save(tmp)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s170_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", "/tmp", str(tmp)], check=True, capture_output=True, timeout=180)
        Path(f"/tmp/s170_{self.stem}.pdf").replace(out)

    def _form(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(out), pagesize=A4)
        y = 800
        for k, pl in self.blocks:
            c.setFont("Helvetica-Bold" if k == "h" else "Helvetica", 12 if k == "h" else 9)
            for ln in strip(pl).split("\n"):
                c.drawString(50, y, ln)
                y -= 14
            y -= 4
        y -= 10
        for label, name, value in self.form:
            c.setFont("Helvetica", 9)
            c.drawString(50, y + 5, strip(label))
            c.acroForm.textfield(name=name, value=strip(value), x=230, y=y, width=310, height=18,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 26
        c.showPage()
        c.save()

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        W, H = 1654, 2339
        im = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(im)
        y = 150
        for line, style in self.scan:
            fn = {"hand": "DejaVuSerif-Italic.ttf", "type": "DejaVuSansMono.ttf",
                  "bold": "DejaVuSans-Bold.ttf"}.get(style, "DejaVuSans.ttf")
            size = 40 if style == "hand" else 34
            f = ImageFont.truetype(DEJAVU + fn, size)
            dr.text((150, y), strip(line), fill=25, font=f)
            y += int(size * 1.6) if line else 30
        im = im.rotate(0.6, resample=Image.BICUBIC, fillcolor=246)
        buf = Path(f"/tmp/s170_{self.stem}.jpg")
        im.convert("RGB").save(buf, "JPEG", quality=72)
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(str(buf), 0, 40, width=A4[0], height=A4[1] - 40)
        if self.stamp:
            c.setFont("Helvetica", 7.5)
            c.drawString(40, 18, strip(self.stamp))
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        from pikepdf import Dictionary, Name, String, Array
        pdf = pikepdf.open(str(out), allow_overwriting_input=True)
        if self.form:
            pass
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            if self.xmp_creator:
                m["dc:creator"] = [self.xmp_creator]
            if self.title:
                m["dc:title"] = self.title
            if self.engine == "docx":
                for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                    if k in m:
                        m[k] = "2026-02-09T10:15:00+01:00"
            m["pdf:Producer"] = self.producer or "ReportLab PDF Library - www.reportlab.com"
        pdf.docinfo["/Producer"] = self.producer or "ReportLab PDF Library - www.reportlab.com"
        if self.creator:
            pdf.docinfo["/Creator"] = self.creator
        if self.engine == "docx":  # LibreOffice stamps the build time; fix it for a reproducible file
            for k in ("/DocChecksum", "/ID"):
                if k in pdf.trailer:
                    del pdf.trailer[k]
            for k in ("/CreationDate", "/ModDate"):
                if k in pdf.docinfo:
                    pdf.docinfo[k] = "D:20260209101500+01'00'"
        if self.author is not None:
            pdf.docinfo["/Author"] = self.author
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if self.outline:
            with pdf.open_outline() as ol:
                for title, pg in self.outline:
                    ol.root.append(pikepdf.OutlineItem(strip(title), pg))
        if self.notes:
            for pg, x, y, who, text in self.notes:
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                                 T=String(strip(who)), Contents=String(strip(text)), Open=False,
                                                 Name=Name.Comment))
                page = pdf.pages[pg]
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(a)
        pdf.save(str(out), static_id=True)
        pdf.close()


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    marked = d.all_marked()
    rvals = list(dict.fromkeys(RX_R.findall(marked)))
    kvals = list(dict.fromkeys(RX_K.findall(marked)))
    redact, keep = [], []
    for v in rvals:
        pr = {"text": v, "word": True, "after": 0}
        probes = [pr]
        sur = surname_of(v)
        if sur and all(sur not in k and k not in sur for k in kvals):
            probes.append({"text": sur, "word": True, "after": 0})
        if d.scan:
            redact.append({"kind": kind_of(v), "value": v, "ocr": True, "probes": probes})
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {v!r} not in text")
            redact.append({"kind": kind_of(v), "value": v, "probes": probes})
    if d.hidden:
        ch = extract_channels(path, ocr="off")["channels"]
        for chan, v in d.hidden:
            pr = {"text": strip(v), "word": True, "after": 0}
            if channel_counts(ch, pr).get(chan, 0) == 0:
                problems.append(f"{d.stem}: hidden {v!r} not in {chan}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {v!r} also in page text")
            redact.append({"kind": kind_of(v), "value": strip(v), "channel": chan, "probes": [pr]})
    if d.scan:
        ch = extract_channels(path, ocr="auto")["channels"]
        kept = []
        for it in redact:
            if it.get("ocr"):
                ok = [p for p in it["probes"] if channel_counts(ch, dict(p, ocr=True)).get("ocr", 0) > 0]
                for p in it["probes"]:
                    if p not in ok:
                        print(f"   ({d.stem}: OCR misses {p['text']!r}, probe dropped)")
                if not ok:
                    continue
                it["probes"] = ok
            kept.append(it)
        redact = kept
        for it in redact:
            if it.get("ocr"):
                del it["ocr"]
                it["channel"] = "ocr"
                for p in it["probes"]:
                    p["ocr"] = True
    # simulated redaction for overlap check
    red = text
    for it in redact:
        if it.get("channel") in (None,):
            for p in it["probes"]:
                red = probe_regex(p["text"], True).sub(lambda m: "#" * len(m.group(0)), red)
    for v in kvals:
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(red, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        keep.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    for v in rvals:
        for k in kvals:
            if k in v or v in k:
                problems.append(f"{d.stem}: keep {k!r} and redact {v!r} overlap")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
