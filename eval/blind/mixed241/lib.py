"""Builder and gold writer for set ZV (eval/blind/mixed241).

A document body is a text in which personal data is marked [[value|KIND]] (redact) and public
text {{value|KIND}} (keep). The markers are stripped for the PDF; the gold is built from them:
every distinct redact value is one item (after=0; a person's multi-word name also gets a probe for
its surname), every distinct keep value one item whose 'after' is counted on the original's PDFium
text with the evaluator's own functions. Hidden-channel personal data (metadata, outline, sticky
notes, form values) and OCR-only data on scanned pages are declared per document.

Body syntax, one line per paragraph:  '# ' heading, '## ' subheading, '| a | b |' table rows
(consecutive rows form one table, the first is the header), '---' page break, '~ ' small mono line.
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
RX_RED = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")
RX_KEEP = re.compile(r"\{\{(.+?)\|([A-Z_]+)\}\}")
PARTICLES = {"van", "de", "der", "den", "ter", "te", "'t", "het", "el", "la", "le", "du", "von", "op"}
NO_SURNAME = {"Sander", "Noor"}
# public words kept in every document where they occur outside personal data (job titles, terms, places)
GLOBAL_KEEP = [("toezichthouder", "JOB_TITLE"), ("toezichthouders", "JOB_TITLE"), ("teamleider", "JOB_TITLE"),
               ("jurist", "JOB_TITLE"), ("Woo-coördinator", "JOB_TITLE"), ("data-analist", "JOB_TITLE"),
               ("registratienummer", "TERM"), ("bestuurlijke boete", "TERM"), ("vakantieverhuur", "TERM"),
               ("Haarlem", "PLACE"), ("Heemstede", "PLACE"), ("IJmuiden", "PLACE"), ("Amsterdam", "PLACE"),
               ("Dublin", "PLACE"), ("bezwaarschrift", "TERM"), ("zienswijze", "TERM"), ("raadhuis", "TERM")]


def strip(s: str) -> str:
    return RX_KEEP.sub(lambda m: m.group(1), RX_RED.sub(lambda m: m.group(1), s))


class Doc:
    def __init__(self, stem, body="", engine="rl", producer=None, creator=None, author=None, xmp_creator=None,
                 title=None, outline=None, notes=None, fields=None, scan=None, extra_redact=None,
                 landscape=False, font="Helvetica", probes=None):
        self.probes = probes or {}  # value -> list of probe texts (overrides the default)
        self.stem, self.body, self.engine = stem, body, engine
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.title = title or stem
        self.outline = outline or []        # [(title, page_index, [(value, kind)])]
        self.notes = notes or []            # [(page_index, author, contents, [(value, kind)])]
        self.fields = fields or []          # [(name, label, value, kind)]
        self.scan = scan                    # list of pages, each a list of lines (markers allowed)
        self.extra_redact = extra_redact or []  # [(value, kind, probes)] text-layer items
        self.landscape = landscape
        self.font = font

    # ------------------------------------------------------------------ rendering
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine == "docx":
            self._docx(out)
        elif self.engine == "scan":
            self._scan(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _lines(self):
        return [ln.rstrip() for ln in self.body.strip("\n").split("\n")]

    def _rl(self, out: Path):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from xml.sax.saxutils import escape
        from reportlab import rl_config
        rl_config.invariant = 1

        fn, fb = self.font, self.font + "-Bold"
        if self.font.startswith("DejaVu"):
            for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                            ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
        elif self.font == "Times-Roman":
            fb = "Times-Bold"
        fs = 9.5 if not self.landscape else 8.5
        st = ParagraphStyle("b", fontName=fn, fontSize=fs, leading=fs * 1.3, spaceAfter=2.5)
        h1 = ParagraphStyle("h1", fontName=fb, fontSize=13, leading=16, spaceAfter=6, spaceBefore=4)
        h2 = ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceAfter=3, spaceBefore=5)
        mono = ParagraphStyle("m", fontName="Courier", fontSize=8, leading=10)
        cell = ParagraphStyle("c", fontName=fn, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.2)
        cellb = ParagraphStyle("cb", fontName=fb, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.2)
        ps = landscape(A4) if self.landscape else A4
        doc = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=strip(self.title))
        flow, table = [], []

        def flush():
            if table:
                rows = [[Paragraph(escape(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(table)]
                t = Table(rows, repeatRows=1, hAlign="LEFT")
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ef")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t)
                flow.append(Spacer(1, 5))
                table.clear()

        for ln in self._lines():
            s = strip(ln)
            if s.startswith("|"):
                table.append([c.strip() for c in s.strip().strip("|").split("|")])
                continue
            flush()
            if s == "---":
                flow.append(PageBreak())
            elif s.startswith("# "):
                flow.append(Paragraph(escape(s[2:]), h1))
            elif s.startswith("## "):
                flow.append(Paragraph(escape(s[3:]), h2))
            elif s.startswith("~ "):
                flow.append(Paragraph(escape(s[2:]), mono))
            elif not s.strip():
                flow.append(Spacer(1, 4))
            else:
                flow.append(Paragraph(escape(s), st))
        flush()
        if self.fields:
            from reportlab.platypus import Flowable

            fields = self.fields

            class Form(Flowable):
                def wrap(self, aw, ah):
                    return aw, 26 * len(fields) + 10

                def draw(self):
                    c = self.canv
                    y = 26 * len(fields)
                    for name, label, value, kind in fields:
                        c.setFont(fn, 8.5)
                        c.drawString(0, y - 12, label)
                        c.acroForm.textfield(name=name, tooltip=label, value=value, x=170, y=y - 18,
                                             width=290, height=18, fontName="Helvetica", fontSize=9,
                                             borderWidth=0.5, forceBorder=True, relative=True)
                        y -= 26
            flow.append(Form())
        doc.build(flow)

    def _docx(self, out: Path):
        import docx
        from docx.shared import Pt

        d = docx.Document()
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        d.styles["Normal"].font.name = "DejaVu Sans"
        d.styles["Normal"].font.size = Pt(10)
        table = []

        def flush():
            if table:
                t = d.add_table(rows=len(table), cols=len(table[0]))
                t.style = "Table Grid"
                for i, r in enumerate(table):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                d.add_paragraph("")
                table.clear()

        for ln in self._lines():
            s = strip(ln)
            if s.startswith("|"):
                table.append([c.strip() for c in s.strip().strip("|").split("|")])
                continue
            flush()
            if s == "---":
                d.add_page_break()
            elif s.startswith("# "):
                d.add_heading(s[2:], level=1)
            elif s.startswith("## "):
                d.add_heading(s[3:], level=2)
            elif s.startswith("~ "):
                d.add_paragraph(s[2:])
            elif s.strip():
                d.add_paragraph(s)
        flush()
        tmp = Path(f"/tmp/s241_docx")
        tmp.mkdir(exist_ok=True)
        src = tmp / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s241_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        out.write_bytes((tmp / f"{self.stem}.pdf").read_bytes())

    def _scan(self, out: Path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        from reportlab import rl_config
        rl_config.invariant = 1
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        for pi, lines in enumerate(self.scan):
            W, H = 1654, 2339
            im = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(im)
            y = 140
            for ln in lines:
                s = strip(ln)
                style = "DejaVuSans.ttf"
                size = 34
                if s.startswith("@"):   # "handwritten" line
                    s, style, size = s[1:], "DejaVuSerif-Italic.ttf", 40
                elif s.startswith("# "):
                    s, style, size = s[2:], "DejaVuSans-Bold.ttf", 42
                f = ImageFont.truetype(str(FONT_DIR / style), size)
                dr.text((130, y), s, font=f, fill=25 if style.startswith("DejaVuSans") else 40)
                y += int(size * 1.55)
            im = im.rotate(0.7 if pi % 2 == 0 else -0.5, resample=Image.BICUBIC, fillcolor=245, expand=False)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=80)
            p = Path(f"/tmp/s241_scan_{self.stem}_{pi}.jpg")
            p.write_bytes(buf.getvalue())
            c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self, out: Path):
        import pikepdf

        pdf = pikepdf.open(str(out), allow_overwriting_input=True)
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Producer", "/Creator", "/Title"):
                del info[k]
        info["/Title"] = strip(self.title)
        info["/CreationDate"] = info["/ModDate"] = "D:20260415093000+02'00'"
        if self.producer:
            info["/Producer"] = self.producer
        if self.creator:
            info["/Creator"] = self.creator
        if self.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = [strip(self.xmp_creator)]
                meta["dc:title"] = strip(self.title)
        elif "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if self.author:
            pdf.docinfo["/Author"] = strip(self.author)
        if self.outline:
            with pdf.open_outline() as ol:
                for title, pg, _ in self.outline:
                    ol.root.append(pikepdf.OutlineItem(strip(title), pg))
        for pg, who, contents, *_ in self.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([400, 700 - 40 * len(page.obj.get("/Annots", [])), 420, 720]),
                T=pikepdf.String(strip(who)), Contents=pikepdf.String(strip(contents)),
                Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(out), deterministic_id=True)
        pdf.close()


# ---------------------------------------------------------------------- gold
def _surname(value: str):
    toks = value.replace(",", " ").split()
    if len(toks) < 2:
        return None
    last = toks[-1]
    if "-" in last and len(last) > 6:
        last = last.split("-")[0]
    if last.lower() in PARTICLES or len(last) < 4 or last.endswith(".") or not last[0].isupper():
        return None
    if last in NO_SURNAME or last.isupper():
        return None
    return last


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = {}, {}
    src = d.body + "\n" + "\n".join(v for _, v, _ in [(0, ln, 0) for pg in (d.scan or []) for ln in pg])

    def add_red(value, kind, channel=None, ocr=False, probes=None):
        key = (value, channel, ocr)
        if key in red:
            return
        probes = probes or d.probes.get(value) or [value]
        if kind == "PERSON" and not probes[1:] and not ocr:
            sn = _surname(value)
            if sn and sn != value:
                probes = [value, sn]
        item = {"kind": kind, "value": value,
                "probes": [dict({"text": p, "word": True, "after": 0}, **({"ocr": True} if ocr else {}))
                           for p in probes]}
        if channel or ocr:
            item["channel"] = channel or "ocr"
        red[key] = item

    if d.engine == "scan":
        for pg in d.scan:
            for ln in pg:
                for m in RX_RED.finditer(ln):
                    add_red(m.group(1), m.group(2), ocr=True)
    else:
        for m in RX_RED.finditer(d.body):
            add_red(m.group(1), m.group(2))
        for m in RX_KEEP.finditer(d.body):
            keep.setdefault(m.group(1), m.group(2))
    for value, kind, probes in d.extra_redact:
        add_red(value, kind, probes=probes)
    for v in ([(d.author, "PERSON")] if d.author else []):
        for m in RX_RED.finditer(v[0]):
            add_red(m.group(1), m.group(2), channel="metadata")
    if d.xmp_creator:
        for m in RX_RED.finditer(d.xmp_creator):
            add_red(m.group(1), m.group(2), channel="metadata")
    for title, _, _ in d.outline:
        for m in RX_RED.finditer(title):
            add_red(m.group(1), m.group(2), channel="outline")
    for _, who, contents, *_ in d.notes:
        for m in RX_RED.finditer(who + " " + contents):
            add_red(m.group(1), m.group(2), channel="annotations")
    for name, label, value, kind in d.fields:
        if kind:
            add_red(value, kind, channel="annotations")

    hidden = any(it.get("channel") for it in red.values()) or d.engine == "scan"
    chans = extract_channels(path, ocr="auto" if d.engine == "scan" else "off")["channels"] if hidden else {}
    spans = []
    for it in red.values():
        ch = it.get("channel", "ocr" if d.engine == "scan" else "pdfium")
        for pr in it["probes"]:
            if ch == "pdfium":
                ok = count_in(text, pr) > 0
                for m in probe_regex(pr["text"], True).finditer(text):
                    spans.append((m.start(), m.end(), pr["text"]))
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {pr['text']!r} in page text")
            if not ok:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found in {ch}")
    keep_items = []
    auto = set()
    for value, kind in GLOBAL_KEEP:
        if value in keep or d.engine == "scan":
            continue
        ms = list(probe_regex(value, True).finditer(text))
        if ms and not any(m.start() < b and a < m.end() for m in ms for a, b, _ in spans):
            keep[value] = kind
    for value, kind in keep.items():
        pr = {"text": value, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {value!r} not in text")
            continue
        for m in probe_regex(value, True).finditer(text):
            for a, b, t in spans:
                if m.start() < b and a < m.end():
                    problems.append(f"{d.stem}: keep {value!r} overlaps redact {t!r}")
        pr["after"] = n
        keep_items.append({"kind": kind, "value": value, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": list(red.values()), "keep": keep_items}
    return gold, problems
