"""Engine for set DW (mixed226): markup, producers, hidden channels, gold.

Markup in document text: [[value]] = personal data to redact (PDFium text), {{value}} = public text to keep.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
TAG = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def parse(text: str):
    red, keep = [], []

    def rep(m):
        if m.group(1) is not None:
            red.append(m.group(1))
            return m.group(1)
        keep.append(m.group(2))
        return m.group(2)

    return TAG.sub(rep, text), red, keep


class Doc:
    def __init__(self, stem, kind, body, producer="rl", meta=None, hidden=None, outline=None,
                 notes=None, form=None, ocr_text=None, font="Helvetica", title=None):
        self.stem, self.kind, self.body, self.producer = stem, kind, body, producer
        self.meta = meta or {}
        self.hidden = hidden or []       # [(channel, value)]
        self.outline = outline or []     # [titles]
        self.notes = notes or []         # [(author, contents)]
        self.form = form or []           # [(fieldname, label, value)]
        self.ocr_text = ocr_text         # text for a scanned page (markup allowed)
        self.font = font
        self.title = title or kind

    # ---------------------------------------------------------------- producers
    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        clean, _, _ = parse(self.body)
        if self.producer in ("docx", "odt"):
            self._office(clean, out)
        else:
            self._rl(clean, out)
        self._post(out)
        return out

    def _blocks(self, clean):
        """yield ('h', text) | ('p', text) | ('t', rows) | ('sp', None)"""
        rows = []
        for line in clean.split("\n"):
            if " | " in line or line.startswith("|"):
                rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
                continue
            if rows:
                yield ("t", rows)
                rows = []
            if line.startswith("# "):
                yield ("h", line[2:])
            elif not line.strip():
                yield ("sp", None)
            else:
                yield ("p", line)
        if rows:
            yield ("t", rows)

    def _rl(self, clean, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.lib import colors
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from xml.sax.saxutils import escape

        font, bold = self.font, self.font + "-Bold"
        if font.startswith("DejaVu"):
            pdfmetrics.registerFont(TTFont(font, FONTDIR + f"{font}.ttf"))
            pdfmetrics.registerFont(TTFont(bold, FONTDIR + f"{font}-Bold.ttf"))
        if font == "Times-Roman":
            bold = "Times-Bold"
        base = ParagraphStyle("b", fontName=font, fontSize=10, leading=13)
        head = ParagraphStyle("h", fontName=bold, fontSize=12, leading=16, spaceAfter=3)
        cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)
        story = []
        if self.producer == "scan":
            story.append(Paragraph(escape(clean.strip().split("\n")[0]), base))
            story.append(Image(str(self._scan_image()), width=170 * mm, height=240 * mm))
        else:
            for k, v in self._blocks(clean):
                if k == "h":
                    story.append(Paragraph(escape(v), head))
                elif k == "p":
                    story.append(Paragraph(escape(v), base))
                elif k == "sp":
                    story.append(Spacer(1, 5))
                else:
                    n = max(len(r) for r in v)
                    data = [[Paragraph(escape(c), cell) for c in r] + [""] * (n - len(r)) for r in v]
                    t = Table(data, colWidths=[170 * mm / n] * n, repeatRows=1)
                    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                    story.append(t)
                    story.append(Spacer(1, 5))
        if self.form:
            story.append(Spacer(1, 12 * len(self.form) * 2.2))
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title,
                                author="", creator="", producer="", invariant=1)
        form = self.form

        def onfirst(c, d):
            if not form:
                return
            y = 95 * mm + 12 * mm * len(form)
            for name, label, value in form:
                c.setFont("Helvetica", 9)
                c.drawString(20 * mm, y + 2, label)
                c.acroForm.textfield(name=name, tooltip=label, value=value, x=75 * mm, y=y - 3,
                                     width=110 * mm, height=14, fontName="Helvetica", fontSize=9,
                                     borderWidth=0.5, forceBorder=True)
                y -= 12 * mm

        doc.build(story, onFirstPage=onfirst)

    def _scan_image(self):
        from PIL import Image, ImageDraw, ImageFilter, ImageFont

        clean, _, _ = parse(self.ocr_text)
        W, H = 1700, 2400
        im = Image.new("L", (W, H), 246)
        d = ImageDraw.Draw(im)
        y = 110
        typed = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 34)
        handf = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 46)
        for line in clean.split("\n"):
            left, _, right = line.partition("~")
            if left.strip():
                d.text((120, y), left.rstrip(), fill=25, font=typed)
            if right:
                d.text((820 if left.strip() else 150, y - 6), right, fill=45, font=handf)
            y += 62 if right else 50
        im = im.rotate(0.7, resample=Image.BICUBIC, fillcolor=246).filter(ImageFilter.GaussianBlur(0.6))
        p = Path(f"/tmp/s226_{self.stem}.jpg")
        im.save(p, "JPEG", quality=72)
        return p

    def _office(self, clean, out):
        import docx
        from docx.shared import Pt

        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans" if self.producer == "docx" else "Liberation Serif"
        st.font.size = Pt(10)
        for k, v in self._blocks(clean):
            if k == "h":
                d.add_heading(v, level=2)
            elif k == "p":
                d.add_paragraph(v)
            elif k == "t":
                n = max(len(r) for r in v)
                t = d.add_table(rows=len(v), cols=n)
                t.style = "Table Grid"
                for i, r in enumerate(v):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
        tmp = Path(tempfile.mkdtemp(prefix=f"s226_{self.stem}_", dir="/tmp"))
        src = tmp / f"{self.stem}.docx"
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        d.core_properties.title = self.title
        d.save(src)
        env = ["-env:UserInstallation=file:///tmp/s226_lo"]
        if self.producer == "odt":
            subprocess.run(["soffice", *env, "--headless", "--convert-to", "odt", "--outdir", str(tmp), str(src)],
                           check=True, capture_output=True, timeout=180)
            src = tmp / f"{self.stem}.odt"
        subprocess.run(["soffice", *env, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(tmp / f"{self.stem}.pdf", out)
        shutil.rmtree(tmp, ignore_errors=True)

    def _post(self, out):
        import pikepdf

        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            for k in list(pdf.docinfo.keys()):
                if k in ("/Author", "/Creator", "/Producer", "/DocChecksum"):
                    del pdf.docinfo[k]
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                for k, v in self.meta.items():
                    if k == "Author":
                        md["dc:creator"] = [v]
                    elif k == "Creator":
                        md["xmp:CreatorTool"] = v
                    elif k == "Producer":
                        md["pdf:Producer"] = v
                md["dc:title"] = self.title
                for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                    md[k] = "2026-03-15T12:00:00+01:00"
            for k, v in self.meta.items():
                pdf.docinfo["/" + k] = v
            if "/DocChecksum" in pdf.trailer:
                del pdf.trailer["/DocChecksum"]
            if "/ID" in pdf.trailer:
                del pdf.trailer["/ID"]
            pdf.docinfo["/CreationDate"] = "D:20260315120000+01'00'"
            pdf.docinfo["/ModDate"] = "D:20260315120000+01'00'"
            if self.outline:
                with pdf.open_outline() as ol:
                    for i, t in enumerate(self.outline):
                        ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
            for i, (author, contents) in enumerate(self.notes):
                pg = pdf.pages[0]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[480, 700 - 60 * i, 500, 720 - 60 * i], T=pikepdf.String(author),
                    Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment, F=4,
                    M=pikepdf.String("D:20260311101500+01'00'")))
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(a)
            pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    _, red, keep = parse(d.body)
    _, ored, _ = parse(d.ocr_text or "")
    items = []
    seen = set()
    for v in red:
        if v in seen:
            continue
        seen.add(v)
        items.append({"kind": kind_of(v), "value": v, "probes": [{"text": v, "word": True, "after": 0}]})
    chans = None
    if d.hidden or ored:
        chans = extract_channels(path, ocr="auto" if ored else "off")["channels"]
    for ch, v in d.hidden:
        items.append({"kind": kind_of(v), "value": v, "channel": ch,
                      "probes": [{"text": v, "word": True, "after": 0}]})
    for v in dict.fromkeys(ored):
        pr = {"text": v, "word": True, "after": 0, "ocr": True}
        if channel_counts(chans, pr).get("ocr", 0) == 0:
            print(f"   {d.stem}: OCR misses {v!r}; probe dropped")
            continue
        items.append({"kind": kind_of(v), "value": v, "channel": "ocr", "probes": [pr]})
    for it in items:
        ch = it.get("channel")
        for pr in it["probes"]:
            if ch is None:
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in text")
            elif ch != "ocr":
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in {ch}")
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in text")
    # simulated redaction: remove every redact value, keep counts must not change
    sim = text
    for it in items:
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub("\u2588", sim)
    kitems = []
    auto = [t for t in AUTO_KEEP if t not in keep and count_in(text, {"text": t, "word": True})
            and count_in(sim, {"text": t, "word": True}) == count_in(text, {"text": t, "word": True})]
    for v in dict.fromkeys(keep + auto):
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        kitems.append({"kind": keep_kind(v), "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}
    return gold, problems


# public words that stay readable wherever they occur outside a redacted value (added when present)
AUTO_KEEP = ["Westernieland", "Pieterburen", "Groningen", "Usquert", "Winsum", "Het Hogeland", "dorpswinkel",
             "Dorpswinkel", "coöperatie", "subsidie", "Gedeputeerde Staten", "gedeputeerde", "bezwaar",
             "vrijwilligers", "provincie", "gemeente", "dorpsraad", "staatssteun", "besluit", "Hoofdstraat",
             "voorschot", "leden", "bezorging", "winkel", "Postbus 610", "beleidsmedewerker", "teamleider",
             "secretaris", "voorzitter", "penningmeester", "opening", "kassa", "rooster", "Rabobank",
             "krimpgebied", "de-minimis", "Onderwerp", "Westernieland,", "ondernemer", "Statenleden",
             "Woo-verzoek", "persoonsgegevens", "Informatie die niet openbaar gemaakt kan worden"]


def kind_of(v):
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.search(r"\d{3}", v) and re.fullmatch(r"[\d\s()+\-]+", v):
        return "PHONE"
    if re.search(r"\d", v):
        return "ID_OR_DATE_OR_ADDRESS"
    return "PERSON"


def keep_kind(v):
    if re.search(r"\d", v):
        return "REFERENCE"
    return "PUBLIC"
