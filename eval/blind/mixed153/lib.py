"""Builder for set PT (mixed153): a tiny markup turned into PDFs plus gold.

Markup in document text: [[value]] = personal data to redact (one gold item per distinct value),
{{value}} = public text that must stay (one keep item per distinct value, 'after' counted on the
original's PDFium text). A line '\\f' starts a new page, a line '# x' is a bold heading.
"""
from __future__ import annotations

import io
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
RX = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
FONTS = "/usr/share/fonts/truetype/dejavu/"


def strip(s: str) -> str:
    return RX.sub(lambda m: m.group(1) or m.group(2), s)


def marks(s: str):
    red, keep = [], []
    for m in RX.finditer(s):
        (red if m.group(1) else keep).append(m.group(1) or m.group(2))
    return red, keep


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.match(r"^NL\d\d", v):
        return "IBAN"
    d = sum(c.isdigit() for c in v)
    if d >= 6 and d >= len(v.replace(" ", "")) * 0.6:
        return "PHONE_OR_ID"
    if re.search(r"\d{4} ?[A-Z]{2}\b|straat|laan|weg \d|plein \d|hof \d", v):
        return "ADDRESS"
    return "PERSON"


class Doc:
    def __init__(self, stem, text, engine="helv", producer=None, creator=None, title=None,
                 author=None, xmp=None, outline=None, notes=None, form=None, ocr=False,
                 health=(), size=10):
        self.stem, self.text, self.engine = stem, text.strip("\n"), engine
        self.producer, self.creator, self.title = producer, creator, title
        self.author, self.xmp, self.outline = author, xmp, outline or []
        self.notes, self.form, self.ocr, self.health, self.size = notes or [], form or [], ocr, set(health), size

    # ---------------------------------------------------------------- rendering
    def lines(self):
        return [strip(l) for l in self.text.split("\n")]

    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.ocr:
            self._scan(out)
        elif self.engine == "docx":
            self._docx(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _rl(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        if self.engine == "ttf":
            pdfmetrics.registerFont(TTFont("DVS", FONTS + "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DVS-B", FONTS + "DejaVuSans-Bold.ttf"))
            f, fb = "DVS", "DVS-B"
        elif self.engine == "times":
            f, fb = "Times-Roman", "Times-Bold"
        else:
            f, fb = "Helvetica", "Helvetica-Bold"
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        W, H = A4
        x0, y, lh, maxw = 60, H - 60, self.size * 1.35, W - 120
        fields = list(self.form)
        for raw in self.lines():
            if raw == "\\f":
                c.showPage(); y = H - 60; continue
            bold = raw.startswith("# ")
            txt = raw[2:] if bold else raw
            font = fb if bold else f
            # wrap
            words, cur, out_lines = txt.split(" "), "", []
            for w in words:
                t = (cur + " " + w) if cur else w
                if pdfmetrics.stringWidth(t, font, self.size) > maxw and cur:
                    out_lines.append(cur); cur = w
                else:
                    cur = t
            out_lines.append(cur)
            for ol in out_lines:
                if y < 60:
                    c.showPage(); y = H - 60
                c.setFont(font, self.size)
                c.drawString(x0, y, ol)
                y -= lh
        if fields:
            y -= 10
            for i, (label, name, value) in enumerate(fields):
                c.setFont(f, self.size)
                c.drawString(x0, y, strip(label))
                c.acroForm.textfield(name=name, value=strip(value), x=x0 + 190, y=y - 4, width=270,
                                     height=16, fontSize=9, borderWidth=0.5)
                y -= 24
        c.save()

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(self.size + 1)
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        for raw in self.lines():
            if raw == "\\f":
                d.add_page_break(); continue
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            if raw.startswith("# "):
                p.add_run(raw[2:]).bold = True
            else:
                p.add_run(raw)
        with tempfile.TemporaryDirectory(prefix="s153_") as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s153_lo", "--headless",
                            "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
            Path(out).write_bytes((Path(td) / f"{self.stem}.pdf").read_bytes())

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        W, H = 1240, 1754
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        pages = [[]]
        for l in self.lines():
            if l == "\\f":
                pages.append([])
            else:
                pages[-1].append(l)
        for pi, pl in enumerate(pages):
            im = Image.new("L", (W, H), 246)
            dr = ImageDraw.Draw(im)
            y = 110
            for l in pl:
                hand = l.startswith("~ ")
                t = l[2:] if hand or l.startswith("# ") else l
                fn = "DejaVuSerif-Italic.ttf" if hand else ("DejaVuSans-Bold.ttf" if l.startswith("# ") else "DejaVuSans.ttf")
                font = ImageFont.truetype(FONTS + fn, 30 if hand else 27)
                dr.text((105, y), t, fill=25, font=font)
                y += 44
            im = im.rotate(0.7 + 0.3 * pi, resample=Image.BICUBIC, fillcolor=246)
            buf = io.BytesIO(); im.save(buf, "JPEG", quality=78); buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                if self.xmp:
                    md["dc:creator"] = [strip(self.xmp)]
                if self.title:
                    md["dc:title"] = self.title
                if self.producer:
                    md["pdf:Producer"] = self.producer
            info = pdf.docinfo
            for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject"):
                if k in info:
                    del info[k]
            info["/CreationDate"] = info["/ModDate"] = "D:20251215090000+01'00'"
            if self.author:
                info["/Author"] = strip(self.author)
            if self.producer:
                info["/Producer"] = self.producer
            if self.creator:
                info["/Creator"] = self.creator
            if self.title:
                info["/Title"] = self.title
            if self.outline:
                with pdf.open_outline() as ol:
                    for i, t in enumerate(self.outline):
                        ol.root.append(pikepdf.OutlineItem(strip(t), min(i, len(pdf.pages) - 1)))
            for i, (who, txt) in enumerate(self.notes):
                pg = pdf.pages[0]
                ann = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[480, 700 - 60 * i, 500, 720 - 60 * i], T=pikepdf.String(strip(who)),
                    Contents=pikepdf.String(strip(txt)), Name=pikepdf.Name.Comment, F=4))
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(ann)
            pdf.save(out, deterministic_id=True)


PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "el", "in"}
AUTO_KEEP = ["6 september 2025", "17 juli 2025", "toezichthouder buitenruimte", "jurist aansprakelijkheid",
             "wijkbeheerder", "teamleider", "klimtoren", "leuningklem", "Torenspin", "Wilhelminapark",
             "Het Klimbos", "ZK-2025-04417", "HS-25-447120", "gemeente Vlietstede", "Gemeente Vlietstede",
             "Hollandia Schade", "SpeelRijk", "KeurPlay", "Fixi", "Woo", "Postbus 200", "Heerenveen",
             "Barneveld", "Amsterdam", "Zwolle", "verzekeraar", "accountmanager", "advocaat",
             "schadebehandelaar", "NEN-EN 1176-7", "M10", "45 Nm", "€ 5.231", "Smartengeld", "smartengeld",
             "Raadhuisplein 1", "buitendienst", "communicatieadviseur", "beleidsmedewerker",
             "Beheer Openbare Ruimte", "Juridische Zaken", "Warenwetbesluit attractie- en speeltoestellen",
             "wethouder", "Wethouder", "burgemeester", "ambulance", "ziekenhuis", "inspecteur",
             "leverancier", "regres", "aansprakelijkheid", "Aansprakelijkheid", "Postbus 9040",
             "Burgemeester Hoekstralaan", "LK-200", "SR-MH-TS-04", "6:174 BW", "Expertisebureau Rozendaal",
             "Vlietsteeds Dagblad", "raadsvragen", "GBI Beheer", "herinspectie", "rubbertegels",
             "valondergrond", "monteur", "gemeentesecretaris", "afdelingshoofd", "managementassistent",
             "notulist", "voorzitter", "Technical Compliance", "Kind regards", "namens dezen",
             "Hoogachtend", "Met vriendelijke groet", "Onderwerp:", "persbericht", "Persbericht"]


def extra_probes(v: str) -> list:
    """Other forms of a person's name that are personal data on their own: the surname (last
    capitalised token, or the part before a comma in 'Surname, First')."""
    if "," in v:
        head = v.split(",")[0].strip()
        cand = head.split()[-1] if head else ""
    else:
        toks = [t for t in v.split() if t.lower() not in PARTICLES]
        if len(toks) < 2:
            return []
        cand = toks[-1]
    cand = cand.strip(".()")
    if len(cand) < 4 or not cand[:1].isupper() or "." in cand or "'" in cand:
        return []
    return [cand] if cand != v else []


def _item(kind, v, probes, channel=None, ocr=False):
    it = {"kind": kind, "value": v, "probes": probes}
    if channel:
        it["channel"] = channel
    return it


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red_vis, keep_vals = marks(d.text)
    hidden = []  # (value, channel)
    for src, ch in ((d.author, "metadata"), (d.xmp, "metadata")):
        if src:
            hidden += [(v, ch) for v in marks(src)[0]]
    for t in d.outline:
        hidden += [(v, "outline") for v in marks(t)[0]]
    for who, txt in d.notes:
        hidden += [(v, "annotations") for v in marks(who)[0] + marks(txt)[0]]
    for label, _n, val in d.form:
        hidden += [(v, "annotations") for v in marks(val)[0]]
        keep_vals += marks(label)[1]
    chans = None
    if hidden or d.ocr:
        chans = extract_channels(path, ocr="auto" if d.ocr else "off")["channels"]
    redact, seen = [], set()
    allred = []
    for v in red_vis:
        if v in seen:
            continue
        seen.add(v)
        kind = "HEALTH" if v in d.health else kind_of(v)
        probes = []
        for t in [v] + (extra_probes(v) if kind == "PERSON" else []):
            pr = {"text": t, "word": True, "after": 0}
            if d.ocr:
                pr["ocr"] = True
                if not channel_counts(chans, pr).get("ocr"):
                    print(f"  (ocr miss, dropped) {d.stem}: {t!r}")
                    continue
            elif count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {t!r} not in text")
            if t not in [p["text"] for p in probes]:
                probes.append(pr)
        if probes:
            redact.append(_item(kind, v, probes))
            allred += [p["text"] for p in probes]
    for v, ch in hidden:
        if (v, ch) in seen:
            continue
        seen.add((v, ch))
        probes = []
        for t in [v] + (extra_probes(v) if kind_of(v) == "PERSON" else []):
            pr = {"text": t, "word": True, "after": 0}
            if count_in(text, pr):
                if t == v:
                    problems.append(f"{d.stem}: hidden {v!r} also in page text")
                continue
            if not channel_counts(chans, pr).get(ch):
                problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
            probes.append(pr)
        redact.append(_item(kind_of(v), v, probes, channel=ch))
        allred += [p["text"] for p in probes]
    # auto keep: public terms that occur in the text
    keep_vals += [k for k in AUTO_KEEP if count_in(text, {"text": k, "word": True})]
    # simulated redaction for overlap test
    blank = text
    for v in sorted(set(allred), key=len, reverse=True):
        blank = probe_regex(v, True).sub(lambda m: "\u2588" * len(m.group(0)), blank)
    keep, ks = [], set()
    for v in keep_vals:
        if v in ks or d.ocr:
            continue
        ks.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text"); continue
        if count_in(blank, pr) != n or any(probe_regex(r, True).search(norm(v)) or probe_regex(v, True).search(norm(r)) for r in allred):
            if v in AUTO_KEEP and v not in marks(d.text)[1]:
                continue
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        keep.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
