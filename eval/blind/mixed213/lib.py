"""Builder for set BB (mixed213). Document bodies use inline markup:

    [[K|text]]  text that must be redacted (K = kind code, see RKINDS)
    {{K|text}}  text that must stay readable (K = kind code, see KKINDS)

Markup is stripped before rendering. Gold is derived from the markup: every distinct redact span is a
redact probe (after 0); every distinct keep span is a keep probe whose 'after' is its count in the
original's PDFium text. Hidden channels (metadata, outline, annotations, form values) and OCR-only scans
are declared per document.
"""
from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s213_build")

RKINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
          "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "K": "KVK", "S": "SIGNATURE", "N": "ID_NUMBER",
          "R": "CRIMINAL", "U": "USERNAME", "L": "LICENSE_PLATE"}
KKINDS = {"O": "ORG", "L": "LOCATION", "W": "LAW", "R": "REFERENCE", "F": "PUBLIC_OFFICIAL", "J": "JOB_TITLE",
          "M": "FUNCTIONAL_MAILBOX", "N": "GENERAL_NUMBER", "X": "TERM", "D": "DATE", "A": "AMOUNT",
          "S": "STREET", "Q": "NOT_A_PERSON"}

# Public terms that recur across the set: added as keep probes wherever they occur in a document's text.
AUTO_KEEP = [("L", "Oostervaart"), ("O", "Landelijk Bureau Bibob"), ("O", "LBB"), ("W", "Wet Bibob"),
             ("R", "BIB-2026-0147"), ("X", "exploitatievergunning"), ("S", "Kerkstraat 14"), ("O", "De Vier Winden"),
             ("J", "Bibob-coördinator"), ("F", "burgemeester"), ("X", "zienswijze"), ("W", "Awb"), ("O", "RIEC"),
             ("L", "Haarlem"), ("L", "Den Haag"), ("L", "Turkije"), ("O", "Justis"), ("N", "Postbus 40"),
             ("J", "jurist"), ("J", "teamleider"), ("J", "wijkagent"), ("J", "advocaat"), ("X", "horeca"),
             ("W", "Opiumwet"), ("W", "APV"), ("X", "Bibob-onderzoek"), ("X", "adviesverzoek"), ("X", "vragenformulier"),
             ("X", "leningsovereenkomst"), ("X", "hoorzitting"), ("O", "Vastgoed Westfriesland C.V."), ("W", "Woo"),
             ("X", "ernstige mate van gevaar"), ("X", "zakelijk samenwerkingsverband"), ("J", "Woo-coördinator"),
             ("R", "LBB-2026-03318"), ("R", "WOO-2026-0188"), ("O", "Vissers & Partners Advocaten"),
             ("X", "snackbar"), ("X", "lunchroom"), ("J", "bestuurder"), ("J", "bedrijfsleider"), ("X", "Bibob")]

MARK = re.compile(r"\[\[(\w)\|(.+?)\]\]|\{\{(\w)\|(.+?)\}\}", re.S)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(4), s)


def spans(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1):
            red.append((m.group(1), m.group(2)))
        else:
            keep.append((m.group(3), m.group(4)))
    return red, keep


class Doc:
    def __init__(self, stem, body, *, maker="rl", font="Helvetica", size=10, producer=None, creator=None,
                 author=None, title=None, xmp_creator=None, outline=None, notes=None, fields=None,
                 hidden=None, scan_lines=None, scan_pages=None, rotate=0.7, letterhead=None, landscape=False):
        self.stem = stem
        self.body = body
        self.maker = maker
        self.font = font
        self.size = size
        self.producer = producer
        self.creator = creator
        self.author = author          # Info /Author (string as is)
        self.title = title
        self.xmp_creator = xmp_creator
        self.outline = outline or []  # [(title, page_index)]
        self.notes = notes or []      # [(page_index, author, contents)]
        self.fields = fields or []    # [(label, name, value)]
        self.hidden = hidden or []    # [(channel, kind_code, value, [probe texts])]
        self.scan_pages = scan_pages  # list of list of lines (may carry markup); image-only pages
        self.rotate = rotate
        self.letterhead = letterhead
        self.landscape = landscape

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ------------------------------------------------------------------ reportlab
    def _styles(self):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        f = self.font
        fb = f + "-Bold" if f in ("Helvetica", "Times-Roman".replace("-Roman", "")) else f
        if f == "Times-Roman":
            fb = "Times-Bold"
        if f.startswith("DejaVu"):
            for nm in (f, f + "-Bold"):
                try:
                    pdfmetrics.getFont(nm)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(nm, FONT_DIR + nm + ".ttf"))
            fb = f + "-Bold"
        base = ParagraphStyle("b", fontName=f, fontSize=self.size, leading=self.size * 1.3, spaceAfter=4)
        h = ParagraphStyle("h", parent=base, fontName=fb, fontSize=self.size + 3, leading=(self.size + 3) * 1.3,
                           spaceAfter=6, spaceBefore=4)
        h2 = ParagraphStyle("h2", parent=base, fontName=fb, fontSize=self.size + 1, spaceBefore=4)
        small = ParagraphStyle("s", parent=base, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.25,
                               spaceAfter=0)
        return base, h, h2, small, fb

    def _flow(self):
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak
        from xml.sax.saxutils import escape
        base, h, h2, small, fb = self._styles()
        text = strip(self.body)
        out = []
        rows = []

        def flush():
            nonlocal rows
            if rows:
                ncol = max(len(r) for r in rows)
                data = [[Paragraph(escape(c.strip()), small) for c in r] + [""] * (ncol - len(r)) for r in rows]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
                out.append(Spacer(1, 6))
                rows = []

        for para in re.split(r"\n\s*\n", text.strip()):
            lines = para.split("\n")
            if all(l.startswith("|") for l in lines):
                for l in lines:
                    rows.append(l.strip().strip("|").split("|"))
                flush()
                continue
            if para.strip() == "<<PAGEBREAK>>":
                out.append(PageBreak())
                continue
            if para.startswith("# "):
                out.append(Paragraph(escape(para[2:]), h))
            elif para.startswith("## "):
                out.append(Paragraph(escape(para[3:]), h2))
            else:
                out.append(Paragraph("<br/>".join(escape(l) for l in lines), base))
        return out

    def build_rl(self, path):
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.platypus import SimpleDocTemplate
        from reportlab.lib.units import mm
        ps = landscape(A4) if self.landscape else A4
        lh = self.letterhead
        font = self.font

        def onpage(c, d):
            if lh:
                c.saveState()
                c.setFont(font if not font.startswith("DejaVu") else font, 8)
                c.drawString(20 * mm, ps[1] - 12 * mm, lh)
                c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"pagina {d.page}")
                c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=20 * mm, bottomMargin=18 * mm)
        doc.build(self._flow(), onFirstPage=onpage, onLaterPages=onpage)

    def build_form(self, path):
        """Intro paragraphs (body) then labelled AcroForm text fields with values."""
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        c = canvas.Canvas(str(path), pagesize=A4)
        w, hgt = A4
        y = hgt - 60
        c.setFont("Helvetica-Bold", 13)
        lines = strip(self.body).strip().split("\n")
        c.drawString(50, y, lines[0])
        y -= 22
        c.setFont("Helvetica", 9.5)
        for l in lines[1:]:
            c.drawString(50, y, l)
            y -= 13
        y -= 10
        form = c.acroForm
        for label, name, value in self.fields:
            c.setFont("Helvetica", 9)
            c.drawString(50, y + 5, strip(label))
            form.textfield(name=name, value=strip(value), x=230, y=y, width=310, height=18, fontSize=9,
                           borderWidth=0.5, fontName="Helvetica")
            y -= 26
        c.setFont("Helvetica", 8)
        c.drawString(50, 40, "Formulier BIB-F02 versie 2026-1 - gemeente Oostervaart")
        c.save()

    def build_scan(self, path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(path), pagesize=A4)
        W, H = 1654, 2339
        for pi, page in enumerate(self.scan_pages):
            im = Image.new("L", (W, H), 250)
            d = ImageDraw.Draw(im)
            y = 150
            for line in page:
                style = "DejaVuSans.ttf"
                sz = 36
                if line.startswith("~"):
                    style, line = "DejaVuSerif-Italic.ttf", line[1:]
                    sz = 42
                if line.startswith("#"):
                    style, line = "DejaVuSans-Bold.ttf", line[1:]
                    sz = 44
                f = ImageFont.truetype(FONT_DIR + style, sz)
                d.text((150, y), strip(line), fill=25, font=f)
                y += int(sz * 1.55)
            im = im.rotate(self.rotate * (1 if pi % 2 == 0 else -1), fillcolor=250, resample=Image.BICUBIC)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=78)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
            c.showPage()
        c.save()

    def docx_source(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans" if self.font == "Helvetica" else "DejaVu Serif"
        st.font.size = Pt(self.size)
        if self.letterhead:
            d.sections[0].header.paragraphs[0].text = self.letterhead
        text = strip(self.body)
        for para in re.split(r"\n\s*\n", text.strip()):
            lines = para.split("\n")
            if all(l.startswith("|") for l in lines):
                rows = [l.strip().strip("|").split("|") for l in lines]
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, cell in enumerate(r):
                        t.cell(i, j).text = cell.strip()
                d.add_paragraph("")
                continue
            if para.startswith("# "):
                d.add_heading(para[2:], level=1)
            elif para.startswith("## "):
                d.add_heading(para[3:], level=2)
            else:
                p = d.add_paragraph()
                for i, l in enumerate(lines):
                    r = p.add_run(l)
                    if i < len(lines) - 1:
                        r.add_break()
        cp = d.core_properties
        cp.author = self.author or ""
        cp.title = self.title or ""
        cp.last_modified_by = ""
        d.save(str(path))

    # ------------------------------------------------------------------ post-processing
    def post(self, path):
        import pikepdf
        with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                if self.xmp_creator:
                    meta["dc:creator"] = [self.xmp_creator]
                if self.title:
                    meta["dc:title"] = self.title
                if self.producer:
                    meta["pdf:Producer"] = self.producer
            info = pdf.docinfo
            for k in ("/Author", "/Title", "/Subject", "/Keywords"):
                if k in info:
                    del info[k]
            if self.author:
                info["/Author"] = self.author
            if self.title:
                info["/Title"] = self.title
            if self.producer:
                info["/Producer"] = self.producer
            if self.creator:
                info["/Creator"] = self.creator
            if self.outline:
                with pdf.open_outline() as ol:
                    ol.root.clear()
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            for pg, who, contents in self.notes:
                page = pdf.pages[pg]
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=[420, 700 - 40 * len(page.obj.get("/Annots", [])), 440, 720],
                                           T=pikepdf.String(who), Contents=pikepdf.String(contents),
                                           Name=pikepdf.Name.Comment, F=4)
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(str(path), deterministic_id=True)


def build_all_docx(docs):
    """Write .docx sources and convert them with one soffice call."""
    if not docs:
        return
    src = TMP / "docx"
    src.mkdir(parents=True, exist_ok=True)
    for d in docs:
        d.docx_source(src / f"{d.stem}.docx")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s213_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(DOCS_DIR)] + [str(src / f"{d.stem}.docx") for d in docs],
                   check=True, capture_output=True, timeout=600)


def build(d: Doc):
    DOCS_DIR.mkdir(exist_ok=True)
    if d.maker == "rl":
        d.build_rl(d.pdf)
    elif d.maker == "form":
        d.build_form(d.pdf)
    elif d.maker == "scan":
        d.build_scan(d.pdf)
    d.post(d.pdf)
    return d.pdf


def _probe(t):
    return {"text": t, "word": True, "after": 0}


def make_gold(d: Doc):
    text, pages = text_pdfium(d.pdf)
    problems = []
    src = d.body
    if d.scan_pages:
        src = "\n".join(l for p in d.scan_pages for l in p)
    red, keep = spans(src)
    for lab, name, val in d.fields:
        r2, k2 = spans(lab)
        keep += k2
    items = {}
    for k, v in red:
        key = (RKINDS[k], v)
        items.setdefault(key, {"kind": RKINDS[k], "value": v, "probes": [_probe(v)]})
        if d.scan_pages:
            items[key]["channel"] = "ocr"
            items[key]["probes"][0]["ocr"] = True
    redact = list(items.values())
    for ch, k, v, probes in d.hidden:
        redact.append({"kind": RKINDS[k], "value": v, "channel": ch, "probes": [_probe(p) for p in probes]})
    for lab, name, val in d.fields:
        for k, v in spans(val)[0]:
            redact.append({"kind": RKINDS[k], "value": v, "channel": "annotations", "probes": [_probe(v)]})
    # simulated redaction of the page text
    redacted = text
    for it in redact:
        if it.get("channel") or it.get("ocr"):
            continue
        for p in it["probes"]:
            redacted = probe_regex(p["text"], True).sub("\u2588", redacted)
    kitems = {}
    present = [(k, v) for k, v in AUTO_KEEP if count_in(text, {"text": v, "word": True})]
    for k, v in keep + present:
        if v in kitems:
            continue
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        n2 = count_in(redacted, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if n2 != n:
            if (k, v) in present and (k, v) not in keep:
                continue
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact probe ({n}->{n2})")
            continue
        pr["after"] = n
        kitems[v] = {"kind": KKINDS[k], "value": v, "probes": [pr]}
    for it in redact:
        if it.get("channel") or it.get("ocr"):
            continue
        for p in it["probes"]:
            if count_in(text, p) == 0:
                problems.append(f"{d.stem}: redact {p['text']!r} not in text")
    gold = {"doc": d.pdf.name, "pages": pages, "redact": redact, "keep": list(kitems.values())}
    return gold, problems
