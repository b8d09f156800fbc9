"""Builders and gold maker for set ET (eval/blind/mixed203).

Markup in document text: [[value]] or [[KIND|value]] is personal data (redact probe, after=0);
{{value}} or {{KIND|value}} is public text (keep probe, after = its count in the original's PDFium
text). Hidden-channel items are given per document (author, xmp, outline, notes, form, ocr).
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
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TTF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
RX_R = re.compile(r"\[\[(?:([A-Z_]+)\|)?(.+?)\]\]")
RX_K = re.compile(r"\{\{(?:([A-Z_]+)\|)?(.+?)\}\}")


def guess_kind(v):
    if "@" in v:
        return "EMAIL"
    if re.match(r"NL\d\d ?[A-Z]{4}", v):
        return "IBAN"
    if re.fullmatch(r"\d{4}\.?\d{2}\.?\d{3}|\d{9}", v):
        return "BSN"
    if re.fullmatch(r"\d{1,2}[-/ ]\w+[-/ ]\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"[+\d][\d \-()]{7,}\d(?: ?(?:toestel|tst\.?) ?\d+)?", v):
        return "PHONE"
    if re.fullmatch(r"P\d{6}", v):
        return "PERSONNEL_NUMBER"
    if re.search(r"\d", v):
        return "ADDRESS"
    if re.fullmatch(r"[A-Z][A-Za-z]{1,3}", v):
        return "INITIALS"
    return "PERSON"


STOP = {"Mevrouw", "Mevr", "Mw", "Dhr", "Heer", "Drs", "Vertaal-", "Budgetcoaching", "Deventer", "Van", "De",
        "Den", "Ter", "Ten"}


def name_parts(v):
    """Extra probes for a multi-word name: its given name and surname parts (each must go too)."""
    out = []
    for t in re.split(r"[\s,()]+", v):
        if (len(t) >= 3 and re.match(r"[A-ZÀ-ÖØ-Þ]", t) and re.search(r"\w$", t) and not t.endswith(".")
                and t not in STOP and not re.search(r"-(de|van|ten|ter)$", t) and t != v and t not in out):
            out.append(t)
    return out


def plain(s):
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


def collect(lines):
    red, keep = {}, {}
    for s in lines:
        for m in RX_R.finditer(s):
            red.setdefault(m.group(2), m.group(1) or guess_kind(m.group(2)))
        for m in RX_K.finditer(s):
            keep.setdefault(m.group(2), m.group(1) or "PUBLIC")
    return red, keep


def isword(v):
    return bool(re.match(r"\w", v[:1])) and bool(re.match(r"\w", v[-1:]))


class Doc:
    """stem, title, lines (list of str; '# ' heading, '| a | b |' table row, '' blank, '---' page break),
    producer: 'rl' (Helvetica), 'ttf' (DejaVu embedded), 'docx' (python-docx -> soffice), 'scan' (image).
    meta: dict of Info keys to set; hidden: list of (channel, kind, value)."""

    def __init__(self, stem, title, lines, producer="rl", meta=None, xmp_creator=None, outline=None,
                 notes=None, form=None, hidden=None):
        self.stem, self.title, self.lines, self.producer = stem, title, lines, producer
        self.meta = meta or {}
        self.xmp_creator = xmp_creator
        self.outline = outline or []
        self.notes = notes or []
        self.form = form or []
        self.hidden = hidden or []

    # ---------------------------------------------------------------- build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        tmp = Path(f"/tmp/s203_{self.stem}.pdf")
        if self.producer == "docx":
            self._docx(tmp)
        elif self.producer == "scan":
            self._scan(tmp)
        else:
            self._rl(tmp)
        self._post(tmp, out)
        return out

    def _rl(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
        from reportlab.lib import colors
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        font, bold = "Helvetica", "Helvetica-Bold"
        if self.producer == "ttf":
            pdfmetrics.registerFont(TTFont("DejaVu", TTF))
            pdfmetrics.registerFont(TTFont("DejaVu-B", TTF_B))
            font, bold = "DejaVu", "DejaVu-B"
        st = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5)
        h = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceBefore=4, spaceAfter=3)
        cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)

        def esc(t):
            return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        flow, rows = [], []

        def flush():
            if rows:
                t = Table([[Paragraph(esc(c), cell) for c in r] for r in rows], repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t)
                flow.append(Spacer(1, 4))
                rows.clear()
        for raw in self.lines:
            s = plain(raw)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip().strip("|").split("|")])
                continue
            flush()
            if s == "---":
                flow.append(PageBreak())
            elif s.startswith("# "):
                flow.append(Paragraph(esc(s[2:]), h))
            elif s == "":
                flow.append(Spacer(1, 5))
            else:
                flow.append(Paragraph(esc(s), st))
        flush()
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=20 * mm, bottomMargin=18 * mm, title=self.title)
        doc.build(flow)
        if self.form:
            self._form(path)

    def _form(self, path):
        # overlay a page with filled text fields onto the last page
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        import pikepdf
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        y = 330
        c.setFont("Helvetica-Bold", 10)
        c.drawString(62, y + 24, "Invulvelden (digitaal ingevuld)")
        c.setFont("Helvetica", 9)
        for label, name, value in self.form:
            c.drawString(62, y + 5, label)
            c.acroForm.textfield(name=name, value=value, x=230, y=y, width=290, height=17,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 24
        c.save()
        buf.seek(0)
        with pikepdf.open(str(path), allow_overwriting_input=True) as pdf, pikepdf.open(buf) as ov:
            pdf.pages.append(ov.pages[0])
            pdf.Root.AcroForm = pdf.copy_foreign(ov.Root.AcroForm)
            pdf.save(str(path))

    def _docx(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        rows = []

        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for raw in self.lines:
            s = plain(raw)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip().strip("|").split("|")])
                continue
            flush()
            if s == "---":
                d.add_page_break()
            elif s.startswith("# "):
                d.add_heading(s[2:], level=2)
            else:
                d.add_paragraph(s)
        flush()
        d.core_properties.author = self.meta.get("/Author", "")
        d.core_properties.title = self.title
        src = Path(f"/tmp/s203_{self.stem}.docx")
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s203_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", "/tmp", str(src)], check=True,
                       capture_output=True, timeout=180)
        Path(f"/tmp/s203_{self.stem}.pdf").replace(path) if Path(f"/tmp/s203_{self.stem}.pdf") != path else None

    def _scan(self, path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        W, H = 1654, 2339  # A4 at 200 dpi
        pages = [[]]
        for raw in self.lines:
            if plain(raw) == "---":
                pages.append([])
            else:
                pages[-1].append(plain(raw))
        c = canvas.Canvas(str(path), pagesize=A4)
        for pi, pl in enumerate(pages):
            im = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(im)
            f = ImageFont.truetype(TTF, 34)
            fb = ImageFont.truetype(TTF_B, 38)
            y = 150
            for s in pl:
                if s.startswith("# "):
                    dr.text((140, y), s[2:], font=fb, fill=20)
                    y += 64
                elif s == "":
                    y += 30
                else:
                    dr.text((140, y), s, font=f, fill=25)
                    y += 50
            im = im.rotate(0.7 + 0.3 * pi, resample=Image.BICUBIC, fillcolor=250)
            b = io.BytesIO()
            im.convert("RGB").save(b, "JPEG", quality=70)
            b.seek(0)
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self, tmp, out):
        import pikepdf
        with pikepdf.open(str(tmp)) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:title"] = self.title
                if self.xmp_creator:
                    md["dc:creator"] = [self.xmp_creator]
            for k, v in self.meta.items():
                pdf.docinfo[k] = v
            pdf.docinfo["/Title"] = self.title
            if self.outline:
                with pdf.open_outline() as ol:
                    for t in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, 0))
            for page_no, author, text in self.notes:
                pg = pdf.pages[page_no]
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=[420, 700 - 40 * len(pg.obj.get("/Annots", [])), 440, 720 - 40 * len(pg.obj.get("/Annots", []))],
                                           T=pikepdf.String(author), Contents=pikepdf.String(text),
                                           Open=False, Name=pikepdf.Name.Comment)
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(str(out), deterministic_id=True)


PUBLIC_TERMS = ["teamleider", "klantmanager", "klantmanagers", "beleidsadviseur", "jurist", "bezwaar",
                "Postbus 5000", "7400 GC Deventer", "Awb", "burgemeester en wethouders", "hardheidsclausule",
                "inkomenstoets", "bulkbrief", "vooraankondiging", "terugvordering", "Participatiewet",
                "EUR 1.300", "441", "gemeenteraad", "Den Haag", "beslistermijn", "Woo", "controle achteraf",
                "sociaal minimum", "betalingsregeling", "bewindvoerder", "raadsleden", "wethouder", "accountant",
                "werkwijze", "maandinkomen", "jaarinkomen", "functioneel beheer", "Werk en Inkomen", "college",
                "persoonsgegevens", "Deventer", "Overijssel", "Teams", "inwoners", "huishoudens", "gemeente",
                "Rijk", "advocaat", "gemachtigde", "debiteurenbeheer", "controller", "afdelingshoofd"]
RX_DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                     r"november|december) 20\d\d\b")


def make_gold(d, path):
    text, pages = text_pdfium(path)
    red, keep = collect(d.lines)
    problems = []
    items = []
    scan = d.producer == "scan"
    chans = extract_channels(path, ocr="auto")["channels"] if scan else None
    alltexts = set(red)
    for v, k in red.items():
        texts = [v] + [t for t in (name_parts(v) if k == "PERSON" else []) if t not in alltexts]
        prs = []
        for t in texts:
            pr = {"text": t, "word": isword(t), "after": 0}
            if scan:
                pr["ocr"] = True
                found = channel_counts(chans, pr).get("ocr", 0) > 0
            else:
                found = count_in(text, pr) > 0
            if found:
                prs.append(pr)
                alltexts.add(t)
            elif t == v or scan:
                problems.append(f"{d.stem}: {'OCR does not read' if scan else 'not in text:'} {t!r}"
                                + (" (dropped)" if scan else ""))
        if prs:
            it = {"kind": k, "value": v, "probes": prs}
            if scan:
                it["channel"] = "ocr"
            items.append(it)
    if scan:
        keep = {}
    hidden_probes = []
    if d.hidden:
        chans = extract_channels(path, ocr="off")["channels"]
        for ch, k, v in d.hidden:
            pr = {"text": v, "word": isword(v), "after": 0}
            if channel_counts(chans, pr).get(ch, 0) == 0:
                problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {v!r} also in page text")
            items.append({"kind": k, "value": v, "channel": ch, "probes": [pr]})
    # simulate redaction of the text layer, then count keep probes
    red_text = text
    for v in sorted(alltexts, key=len, reverse=True):
        red_text = probe_regex(v, isword(v)).sub(lambda m: "\u2588" * len(m.group(0)), red_text)
    kitems = []
    if not scan:
        for t in PUBLIC_TERMS:
            if t not in keep and count_in(text, {"text": t, "word": True}):
                keep[t] = "PUBLIC_TERM"
        for m in RX_DATE.finditer(text):
            keep.setdefault(m.group(0), "DATE")
    for v, k in keep.items():
        pr = {"text": v, "word": isword(v)}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(red_text, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value (dropped)")
            continue
        pr["after"] = n
        kitems.append({"kind": k, "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}
    return gold, [p for p in problems if "(dropped)" not in p], [p for p in problems if "(dropped)" in p]
