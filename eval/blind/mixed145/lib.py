"""Rendering engine and gold builder for set ZM (eval/blind/mixed145).

Markup in document text: [[value]] = personal data (redact probe), {{value}} = public (keep probe).
Lines: '# ' heading, '---PAGE---' page break, cells separated by ' | ' form a table.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, probe_regex, text_pdfium, norm  # noqa: E402

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s):
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


KINDS = {"burn-out": "HEALTH", "GGZ Breburg": "HEALTH", "204518937": "BSN", "187732460": "BSN",
         "VZ-318-K": "LICENSE_PLATE", "PV-55120": "ID", "8830214": "ID", "70314": "ID", "60218": "ID",
         "70877": "ID", "71540": "ID", "72096": "ID", "68803": "ID", "69120488": "KVK", "80231154": "KVK",
         "NL003421887B45": "VAT_ID", "20418": "ID"}
TITLES = {"mevrouw", "Mevrouw", "de", "De", "heer", "mr.", "Mr.", "drs.", "MW", "p/a"}
KEEP_WORDS = ["Zuidmeer", "Breda", "Rotterdam", "Participatiewet", "bijstand", "bijstandsuitkering", "terugvordering",
              "handhavingsspecialist", "inkomensconsulent", "gezamenlijke huishouding", "Stadskantoor", "college",
              "teamleider", "jurist", "advocaat", "bezwaar", "Postbus 400", "4800 AK", "Hoogachtend", "namens dezen",
              "woordvoerder", "wethouder", "raadslid", "raadsleden", "waarnemingen", "HH-2026-0417", "Woo-coördinator",
              "hoofdelijk", "inlichtingenplicht", "beslagvrije voet", "gemeente Zuidmeer", "Gemeente Zuidmeer",
              "melding", "melder", "Oosterpolder", "Werk en Inkomen", "bankafschriften",
              "energierekening", "parkeervergunning", "secretaris", "voorzitter", "EUR 7.724,64", "1 augustus 2025",
              "Juridische Zaken", "Handhaving Werk en Inkomen", "Suwinet", "Inlichtingenbureau", "UWV"]


def surname(v):
    if "," in v:
        return v.split(",")[0].strip()
    toks = v.split()
    while toks and toks[0] in TITLES:
        toks = toks[1:]
    dropped = False
    while len(toks) > 1 and "." in toks[0]:
        toks = toks[1:]
        dropped = True
    if (not dropped and len(toks) > 1 and toks[0][:1].isupper() and "." not in toks[0]
            and toks[0] not in ("Ter", "Van", "De", "Den", "Der", "Ten")):
        toks = toks[1:]
    s = " ".join(toks)
    return s if s != v and len(s) >= 4 and not any(c.isdigit() for c in s) else None


def kind_of(v, red):
    if v in KINDS:
        return KINDS[v]
    if re.match(r"\d{1,2}[- ]", v) and re.search(r"19\d\d", v):
        return "DATE_OF_BIRTH"
    if re.search(r"straat|werf|pad|weg \d", v) or re.fullmatch(r"\d{4} [A-Z]{2}", v):
        return "ADDRESS"
    if "@" in v:
        return "EMAIL"
    if re.search(r"NL\d\d ?[A-Z]{4}", v):
        return "IBAN"
    if re.fullmatch(r"[\d\s\-+()]{8,}", v):
        return "PHONE" if red else "NUMBER"
    return "PERSON" if red else "PUBLIC"


class Doc:
    def __init__(self, stem, engine, lines, title="", producer=None, creator=None, author=None,
                 xmp_creator=None, outline=(), notes=(), fields=(), hidden=(), seed=0):
        self.stem, self.engine, self.title = stem, engine, title
        self.lines = [l for l in lines.strip("\n").split("\n")]
        self.producer, self.creator, self.author = producer, creator, author
        self.xmp_creator, self.outline, self.notes, self.fields = xmp_creator, list(outline), list(notes), list(fields)
        self.hidden = list(hidden)  # (channel, text) extra redact probes
        self.seed = seed

    # ------------------------------------------------------------------ build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine in ("rl", "ttf"):
            self._reportlab(out)
        elif self.engine == "docx":
            self._docx(out)
        elif self.engine == "scan":
            self._scan(out)
        self._post(out)
        return out

    def _blocks(self):
        """yield ('h'|'p'|'t'|'page', payload)"""
        tbl = []
        for raw in self.lines + [""]:
            line = strip(raw)
            if " | " in line:
                tbl.append([c.strip() for c in line.split(" | ")])
                continue
            if tbl:
                yield ("t", tbl)
                tbl = []
            if raw == "---PAGE---":
                yield ("page", None)
            elif line.startswith("# "):
                yield ("h", line[2:])
            elif raw == "":
                yield ("s", None)
            else:
                yield ("p", line)

    def _reportlab(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib import colors
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from xml.sax.saxutils import escape
        if self.engine == "ttf":
            pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
            pdfmetrics.registerFont(TTFont("DejaVuB", DEJAVU_B))
            f, fb = "DejaVu", "DejaVuB"
        else:
            f, fb = "Helvetica", "Helvetica-Bold"
        body = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5)
        head = ParagraphStyle("h", fontName=fb, fontSize=12, leading=16, spaceBefore=4, spaceAfter=3)
        cell = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5)
        fields = self.fields

        class Field(Flowable):
            def __init__(self, name, label, value):
                super().__init__()
                self.name, self.label, self.value = name, label, value
                self.width, self.height = 450, 22

            def draw(self):
                self.canv.setFont(f, 9)
                self.canv.drawString(0, 7, self.label)
                self.canv.acroForm.textfield(name=self.name, value=self.value, x=170, y=0, width=280, height=18,
                                             relative=True, fontName="Helvetica", fontSize=9, borderWidth=0.5)

        story = []
        for kind, p in self._blocks():
            if kind == "h":
                story.append(Paragraph(escape(p), head))
            elif kind == "p":
                if p.startswith("FIELD:"):
                    _, name, label = p.split(":", 2)
                    val = dict((n, v) for n, v in fields)[name]
                    story.append(Field(name, label, strip(val)))
                else:
                    story.append(Paragraph(escape(p), body))
            elif kind == "s":
                story.append(Spacer(1, 5))
            elif kind == "page":
                story.append(PageBreak())
            elif kind == "t":
                w = max(len(r) for r in p)
                data = [[Paragraph(escape(c), cell) for c in r] + [""] * (w - len(r)) for r in p]
                t = Table(data, colWidths=[480.0 / w] * w)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=60, rightMargin=55, topMargin=55,
                                bottomMargin=50, title=self.title, author=self.author or "",
                                creator=self.creator or "", producer=self.producer or "")
        doc.build(story)

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(10)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title
        for kind, p in self._blocks():
            if kind == "h":
                d.add_heading(p, level=2)
            elif kind == "p":
                d.add_paragraph(p)
            elif kind == "page":
                d.add_page_break()
            elif kind == "t":
                w = max(len(r) for r in p)
                t = d.add_table(rows=len(p), cols=w)
                t.style = "Table Grid"
                for i, r in enumerate(p):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
        src = Path(f"/tmp/s145_{self.stem}.docx")
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s145_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", "/tmp/s145_out", str(src)], check=True, capture_output=True, timeout=180)
        Path(f"/tmp/s145_out/s145_{self.stem}.pdf").replace(out)

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        rnd = random.Random(self.seed)
        W, H = 1654, 2339  # A4 at 200 dpi
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        fn = ImageFont.truetype(DEJAVU, 34)
        fh = ImageFont.truetype(DEJAVU_B, 40)
        y = 150
        for kind, p in self._blocks():
            if kind == "h":
                dr.text((140, y), p, font=fh, fill=20)
                y += 70
            elif kind == "p":
                words, line = p.split(" "), ""
                for wd in words:
                    if dr.textlength(line + " " + wd, font=fn) > W - 300:
                        dr.text((140, y), line.strip(), font=fn, fill=25)
                        y += 50
                        line = ""
                    line += " " + wd
                dr.text((140, y), line.strip(), font=fn, fill=25)
                y += 50
            elif kind == "s":
                y += 25
            elif kind == "t":
                for r in p:
                    dr.text((140, y), "   ".join(r), font=fn, fill=25)
                    y += 52
        img = img.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=245)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            if self.producer:
                pdf.docinfo["/Producer"] = self.producer
            if self.creator:
                pdf.docinfo["/Creator"] = self.creator
            if self.author:
                pdf.docinfo["/Author"] = self.author
            elif "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
                    m["dc:title"] = self.title
                    if self.producer:
                        m["pdf:Producer"] = self.producer
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            for pg, rect, who, text in self.notes:
                page = pdf.pages[pg]
                ann = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                    T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                    Open=False, F=4))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(ann)
            pdf.save(str(out), fix_metadata_version=False)


def marked(lines, which):
    vals = []
    for m in MARK.finditer(lines):
        v = m.group(1) if which == "r" else m.group(2)
        if v and v not in vals:
            vals.append(v)
    return vals


def make_gold(d: Doc, path: Path):
    from evaluate import extract_channels, channel_counts
    text, pages = text_pdfium(path)
    src = "\n".join(d.lines)
    problems = []
    red, keep = [], []
    scan = d.engine == "scan"
    chans = None
    if scan or d.hidden:
        chans = extract_channels(path, ocr="auto" if scan else "off")["channels"]
    seen = set(marked(src, "r"))
    for v in marked(src, "r"):
        k = kind_of(v, True)
        cands = [v]
        sn = surname(v) if k == "PERSON" else None
        if sn and sn not in seen:
            seen.add(sn)
            cands.append(sn)
        probes = []
        for t in cands:
            pr = {"text": t, "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
                if not channel_counts(chans, pr).get("ocr"):
                    print(f"  {d.stem}: OCR does not read {t!r}; probe left out")
                    continue
            elif not count_in(text, pr):
                if t == v:
                    problems.append(f"{d.stem}: redact {v!r} not in text")
                continue
            probes.append(pr)
        if not probes:
            continue
        it = {"kind": k, "value": v, "probes": probes}
        if scan:
            it["channel"] = "ocr"
        red.append(it)
    for ch, v in d.hidden:
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} in page text")
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        red.append({"kind": kind_of(v, True), "value": v, "channel": ch, "probes": [pr]})
    sim = text
    for it in red:
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub("\u2588", sim)
    if not scan:
        for v in marked(src, "k"):
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {v!r} not in text")
                continue
            if count_in(sim, pr) != n:
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            pr["after"] = n
            keep.append({"kind": kind_of(v, False), "value": v, "probes": [pr]})
        have = set(marked(src, "k"))
        for v in KEEP_WORDS:
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if v in have or n == 0 or count_in(sim, pr) != n:
                continue
            pr["after"] = n
            keep.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
