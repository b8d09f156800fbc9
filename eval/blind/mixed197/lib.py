"""Builder for set mixed197 (asbestos in a primary school). Markup in document text:
[[value]] or [[KIND|value]] = personal data to redact (one probe per distinct value);
{{value}} or {{KIND|value}} = public text to keep. Lines: '# ' heading, '| a | b |' table row,
'===' page break, '' spacer. Gold is derived from the markup and counted with the evaluator's functions."""
from __future__ import annotations

import io

from reportlab import rl_config
rl_config.invariant = 1
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s197_build")

MARK = re.compile(r"\[\[(?:([A-Z_]+)\|)?(.+?)\]\]|\{\{(?:([A-Z_]+)\|)?(.+?)\}\}")


def guess_kind(v):
    if re.fullmatch(r"\d{4} [A-Z]{2}", v):
        return "POSTCODE"
    if re.fullmatch(r"\d\d-\d\d-\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"\d{9}", v):
        return "BSN"
    if re.fullmatch(r"\d{8}", v):
        return "KVK"
    if re.fullmatch(r"NL\d{9}B\d\d", v):
        return "VAT"
    if re.fullmatch(r"(A\d{6}|VE-\d+)", v):
        return "PERSONNEL_NR"
    if v.startswith("DIA"):
        return "CERTIFICATE_NR"
    if re.fullmatch(r"[A-Z][a-z]+(straat|weg|hof|weide) \d+\w?", v) or v == "Maarssen":
        return "ADDRESS"
    if re.fullmatch(r"[A-Z]{2,4}|[A-Z]\.[A-Z]\.|[A-Z]\.[A-Z]\.[A-Z]\.|[A-Z]\.v\.t\.H\.|RvtH|SMdW|EvdSH", v):
        return "INITIALS"
    if "@" in v:
        return "EMAIL"
    if re.match(r"^NL\d\d", v):
        return "IBAN"
    if re.fullmatch(r"[\d\s()+\-]{8,}", v):
        return "PHONE"
    return "PERSON"


def parse(text):
    """Return plain text and lists of (kind, value) for redact and keep."""
    red, keep = [], []

    def rep(m):
        if m.group(2) is not None:
            red.append((m.group(1) or guess_kind(m.group(2)), m.group(2)))
            return m.group(2)
        keep.append((m.group(3) or "ORG", m.group(4)))
        return m.group(4)
    return MARK.sub(rep, text), red, keep


class Doc:
    def __init__(self, stem, body, *, engine="rl", font="Helvetica", size=10, meta=None, xmp_creator=None,
                 outline=None, notes=None, form=None, scan=None, hidden=None, title_block=None):
        self.stem, self.body, self.engine, self.font, self.size = stem, body, engine, font, size
        self.meta = meta or {}
        self.xmp_creator = xmp_creator
        self.outline = outline or []      # list of titles (page 1)
        self.notes = notes or []          # list of (T, Contents)
        self.form = form or []            # list of (label, name, value)
        self.scan = scan                  # dict(handwriting=str) for image-only page
        self.hidden = hidden or []        # list of (channel, kind, value)

    # ---------------------------------------------------------------- rendering
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True, parents=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        plain, _, _ = parse(self.body)
        if self.scan is not None:
            self._scan(plain, out)
        elif self.engine == "docx":
            self._docx(plain, out)
        else:
            self._rl(plain, out)
        self._post(out)
        return out

    def _rl(self, plain, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib import colors
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        font, bold = self.font, self.font + "-Bold"
        if font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        elif font == "DejaVuSerif":
            pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
        elif font == "Times":
            font, bold = "Times-Roman", "Times-Bold"
        elif font == "Courier":
            bold = "Courier-Bold"
        st = ParagraphStyle("b", fontName=font, fontSize=self.size, leading=self.size * 1.3, spaceAfter=2)
        hs = ParagraphStyle("h", fontName=bold, fontSize=self.size + 2, leading=(self.size + 2) * 1.3, spaceAfter=4,
                            spaceBefore=4)
        cs = ParagraphStyle("c", fontName=font, fontSize=self.size - 1, leading=(self.size - 1) * 1.25)
        story, rows = [], []

        def flush():
            if rows:
                w = max(len(r) for r in rows)
                data = [[Paragraph(escape(c), cs) for c in r] + [""] * (w - len(r)) for r in rows]
                t = Table(data, colWidths=[480.0 / w] * w, repeatRows=0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
                rows.clear()
        for line in plain.split("\n"):
            if line.startswith("|"):
                rows.append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            flush()
            if line.strip() == "===":
                story.append(PageBreak())
            elif line.startswith("# "):
                story.append(Paragraph(escape(line[2:]), hs))
            elif not line.strip():
                story.append(Spacer(1, 5))
            else:
                story.append(Paragraph(escape(line), st))
        flush()
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=58, rightMargin=58, topMargin=50,
                                bottomMargin=50, title=self.meta.get("Title", ""), author=self.meta.get("Author", ""))
        if self.form:
            def onfirst(c, d):
                y = 300
                for label, name, value in self.form:
                    c.setFont(font, 9)
                    c.drawString(62, y + 4, label)
                    c.acroForm.textfield(name=name, value=value, x=230, y=y, width=290, height=16,
                                         fontName="Helvetica", fontSize=9, borderWidth=0.5)
                    y -= 22
            doc.build(story, onFirstPage=onfirst)
        else:
            doc.build(story)

    def _docx(self, plain, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(self.size)
        rows = []

        def flush():
            if rows:
                w = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=w)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for line in plain.split("\n"):
            if line.startswith("|"):
                rows.append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            flush()
            if line.strip() == "===":
                d.add_page_break()
            elif line.startswith("# "):
                d.add_heading(line[2:], level=2)
            elif line.strip():
                d.add_paragraph(line)
        flush()
        d.core_properties.author = self.meta.get("Author", "")
        d.core_properties.title = self.meta.get("Title", "")
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s197_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
        out.write_bytes((TMP / f"{self.stem}.pdf").read_bytes())

    def _scan(self, plain, out):
        from PIL import Image, ImageDraw, ImageFont
        W, H = 1654, 2339  # A4 at 200 dpi
        im = Image.new("L", (W, H), 248)
        dr = ImageDraw.Draw(im)
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
        fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 38)
        hand = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf", 44)
        y = 130
        import textwrap
        for line in plain.split("\n"):
            if line.startswith("~ "):
                dr.text((150, y), line[2:], font=hand, fill=35)
                y += 62
                continue
            font = fb if line.startswith("# ") else f
            txt = line[2:] if line.startswith("# ") else line
            for part in (textwrap.wrap(txt, 70) or [""]):
                dr.text((130, y), part, font=font, fill=20)
                y += 50
        im = im.rotate(self.scan.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
        jp = TMP / f"{self.stem}.jpg"
        jp.write_bytes(buf.getvalue())
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as xm:
                if self.xmp_creator:
                    xm["dc:creator"] = [self.xmp_creator]
                if self.meta.get("Producer"):
                    xm["pdf:Producer"] = self.meta["Producer"]
            for k, v in self.meta.items():
                pdf.docinfo[f"/{k}"] = v
            if self.outline:
                with pdf.open_outline() as ol:
                    for i, t in enumerate(self.outline):
                        ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
            if self.notes:
                page = pdf.pages[0]
                annots = page.obj.get("/Annots")
                if annots is None:
                    page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
                    annots = page.obj["/Annots"]
                for i, (t, c) in enumerate(self.notes):
                    annots.append(pdf.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                        Rect=[520, 700 - 40 * i, 540, 720 - 40 * i], T=pikepdf.String(t),
                        Contents=pikepdf.String(c), Name=pikepdf.Name.Comment)))
            pdf.save(str(out), fix_metadata_version=False)


def make_gold(d, path):
    plain, red, keep = parse(d.body)
    text, pages = text_pdfium(path)
    problems = []
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    chans = None
    hid = list(d.hidden)
    if d.form:
        hid += [("annotations", k, v) for k, v in getattr(d, "form_kinds", [])]
    if hid or d.scan is not None:
        chans = extract_channels(path, ocr="auto" if d.scan is not None else "off")["channels"]
    spans = []
    for kind, v in red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if d.scan is not None:
            if channel_counts(chans, {**pr, "ocr": True}).get("ocr", 0) == 0:
                problems.append(f"{d.stem}: OCR misses {v!r} (dropped)")
                continue
            gold["redact"].append({"kind": kind, "value": v, "ocr": True, "channel": "ocr",
                                   "probes": [{**pr, "ocr": True}]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {v!r} not in text")
            continue
        spans += [m.span() for m in probe_regex(v, True).finditer(text)]
        probes = [pr]
        sur = surname(v) if kind == "PERSON" else None
        if sur and sur not in seen and count_in(text, {"text": sur, "word": True}) and not any(
                sur in kv or kv in sur for _, kv in keep + [("", t) for t in GLOBAL_KEEP]):
            seen.add(sur)
            probes.append({"text": sur, "word": True, "after": 0})
            spans += [m.span() for m in probe_regex(sur, True).finditer(text)]
        gold["redact"].append({"kind": kind, "value": v, "probes": probes})
    for ch, kind, v in hid:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0 or count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} not in {ch} only")
            continue
        gold["redact"].append({"kind": kind, "value": v, "channel": ch, "probes": [pr]})
    kseen = set()
    for kind, v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        ms = [m.span() for m in probe_regex(v, True).finditer(text)]
        if any(a < e and s < b for a, b in ms for s, e in spans):
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value (dropped)")
            continue
        if any(v in rv or rv in v for _, rv in red):
            problems.append(f"{d.stem}: keep {v!r} shares text with a redact value (dropped)")
            continue
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text (dropped)")
            continue
        gold["keep"].append({"kind": kind, "value": v, "probes": [{**pr, "after": n}]})
    for v in GLOBAL_KEEP:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        ms = [m.span() for m in probe_regex(v, True).finditer(text)]
        if n == 0 or any(a < e and s < b for a, b in ms for s, e in spans) or any(v in rv or rv in v for _, rv in red):
            continue
        gold["keep"].append({"kind": "TERM", "value": v, "probes": [{**pr, "after": n}]})
    return gold, problems


def surname(v):
    """The last word of a multi-word name (a second probe for the surname alone)."""
    if "," in v:
        return v.split(",")[0].strip() if len(v.split(",")[0].split()) >= 1 and len(v.split(",")[0]) >= 4 else None
    parts = v.split()
    if len(parts) < 2:
        return None
    last = parts[-1]
    if len(last) < 4 or not last[0].isupper() or last.endswith(".") or last.startswith("("):
        return None
    return last


GLOBAL_KEEP = [
    "Amersfoort", "gemeente Amersfoort", "Gemeente Amersfoort", "lokaal 1.04", "chrysotiel", "amosiet", "asbest",
    "sanering", "asbestsanering", "renovatie", "Onderwijshuisvesting", "onderwijshuisvesting", "wethouder",
    "directeur", "projectleider", "uitvoerder", "bestuurder", "conciërge", "KAM-coördinator", "EUR 186.000",
    "EUR 228.500", "EUR 42.500", "6 oktober 2025", "Mondriaanpaviljoen", "Van Essen", "ODRU", "AIMN", "GGD",
    "NEN 2990", "risicoklasse 2", "kruipruimte", "gymzaal", "vinyltegels", "ouders", "leerlingen", "groep 5",
    "Woo", "Noordewierweg", "Stichting Eemvallei Onderwijs", "Eemvallei", "Jan Ligthartschool",
    "Hollander Asbestsanering", "Laboratorium Vezeltest BV", "Vezeltest", "asbestinventarisatie",
    "vrijgavemeting", "vrijgave", "sloopmelding", "containment", "Bouwbedrijf Van Essen", "college",
    "Fenna Oosterbeek", "lokalen 1.01", "10 november", "14 oktober", "type A-rapport", "type B",
    "SC-530", "SC-540", "DIA", "DTA", "LAVS", "informatieavond", "medezeggenschapsraad", "MR", "raadsvragen",
    "GroenLinks-PvdA", "VVD", "Annie M.G. Schmidtzaal", "Johan de Wittlaan 4", "Integraal Huisvestingsplan",
    "IHP", "Team Communicatie", "Vastgoed", "Juridische Zaken", "paviljoen", "lijm", "tegels", "Utrecht",
    "schoolbestuur", "aannemer", "saneerder", "groep 4", "groep 7", "groep 6", "AI-2026-0418", "AI-2023-0112",
    "2023", "2025", "oktober", "november", "Nederlandse Arbeidsinspectie", "bedrijfsarts", "GGD regio Utrecht",
    "Taxi Centrale Eemland", "OHV-2025-Ligthart", "Leusden", "Zeewolde", "Soest", "btw 21%", "Totaal",
    "Onderwerp", "Datum", "Kenmerk", "raadslid", "burgemeester", "griffie", "persoonsgegevens", "5.1.2e",
    "5.1.1d", "5.1.1e", "deels openbaar", "openbaar", "WOO-2026-0347", "Z/26/118204", "lokaal", "gang",
    "radiator", "leidingisolatie", "bitumineuze lijm", "Eternit", "NEN 5707", "NEN 5896", "RvA",
]
