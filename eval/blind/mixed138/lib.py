"""Builder for set NB (mixed138). Text markup: {text|K} = redact (K kind code), [[text]] = keep."""
from __future__ import annotations

import io

import reportlab.rl_config

reportlab.rl_config.invariant = 1
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "K": "KVK", "N": "PERSONNEL_NUMBER",
         "U": "USERNAME", "L": "LICENCE_PLATE"}
MARK = re.compile(r"\{([^{}|]+)\|([A-Z])\}|\[\[([^\[\]|]+)(?:\|([A-Z_]+))?\]\]")
FIX_DATE = "D:20261012093000+02'00'"


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def marks(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1) is not None:
            red.append((KINDS[m.group(2)], m.group(1)))
        else:
            keep.append((m.group(3), m.group(4) or "PUBLIC"))
    return red, keep


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """blocks: list of (style, text) or ("table", rows, widths) ; style in h1 h2 p small mono sig."""

    def __init__(self, stem, title, blocks, producer="rl", font="Helvetica", meta=None, outline=None,
                 notes=None, fields=None, scan_lines=None, hidden=None, creator=None, prod_str=None,
                 pagesize="A4", fs=10):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.producer, self.font = producer, font
        self.meta = meta or {}          # {"Author": "{x|P}", "xmp_creator": "{x|P}"}
        self.outline = outline or []    # list of titles (markup)
        self.notes = notes or []        # list of (page_index, author, contents) with markup
        self.fields = fields or []      # list of (label, name, value) with markup
        self.scan_lines = scan_lines    # for producer == scan: list of (text, style)
        self.creator, self.prod_str = creator, prod_str
        self.fs = fs

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ------------------------------------------------------------------ all marked strings
    def texts(self):
        out = []
        for b in self.blocks:
            if b[0] == "table":
                for row in b[1]:
                    out += list(row)
            else:
                out.append(b[1])
        return out

    # ------------------------------------------------------------------ build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.producer == "docx":
            self._docx()
        elif self.producer == "scan":
            self._scan()
        else:
            self._rl()
        self._post()
        return self.path

    def _rl(self):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        f, fb = self.font, self.font + "-Bold"
        if self.font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        elif self.font == "DejaVuSerif":
            pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
        elif self.font == "Times":
            f, fb = "Times-Roman", "Times-Bold"
        st = {
            "h1": ParagraphStyle("h1", fontName=fb, fontSize=14, leading=18, spaceAfter=6),
            "h2": ParagraphStyle("h2", fontName=fb, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
            "p": ParagraphStyle("p", fontName=f, fontSize=self.fs, leading=self.fs * 1.35, spaceAfter=5),
            "small": ParagraphStyle("s", fontName=f, fontSize=8.5, leading=11, spaceAfter=3),
            "mono": ParagraphStyle("m", fontName="Courier" if f in ("Helvetica", "Times-Roman") else f,
                                   fontSize=8.5, leading=11, spaceAfter=2),
            "sig": ParagraphStyle("sig", fontName=f, fontSize=self.fs, leading=self.fs * 1.35, spaceBefore=10),
        }
        cell = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5)
        story = []
        for b in self.blocks:
            if b[0] == "table":
                rows = [[Paragraph(esc(strip(c)).replace("\n", "<br/>"), cell) for c in r] for r in b[1]]
                w = b[2] if len(b) > 2 else None
                t = Table(rows, colWidths=[x * mm for x in w] if w else None, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6dd")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [t, Spacer(1, 6)]
            elif b[0] == "space":
                story.append(Spacer(1, float(b[1])))
            else:
                story.append(Paragraph(esc(strip(b[1])).replace("\n", "<br/>"), st[b[0]]))
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm, title=strip(self.title),
                                author="", creator="", producer="")
        if self.fields:
            self._story_fields = True
        doc.build(story, onFirstPage=self._onpage, onLaterPages=self._onpage)
        self.path.write_bytes(buf.getvalue())

    def _onpage(self, canv, doc):
        if self.fields and canv.getPageNumber() == 1:
            from reportlab.lib.units import mm
            form = canv.acroForm
            y = 212 * mm
            for label, name, value in self.fields:
                canv.setFont("Helvetica", 8.5)
                canv.drawString(22 * mm, y + 2 * mm, strip(label))
                form.textfield(name=name, value=strip(value), x=75 * mm, y=y, width=110 * mm, height=7 * mm,
                               fontName="Helvetica", fontSize=8.5, borderWidth=0.5)
                y -= 9 * mm

    def _docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        stl = d.styles["Normal"]
        stl.font.name = "Liberation Sans"
        stl.font.size = Pt(10)
        for b in self.blocks:
            if b[0] == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = strip(c)
            elif b[0] == "space":
                continue
            elif b[0] == "h1":
                d.add_heading(strip(b[1]), level=1)
            elif b[0] == "h2":
                d.add_heading(strip(b[1]), level=2)
            else:
                p = d.add_paragraph()
                lines = strip(b[1]).split("\n")
                for i, ln in enumerate(lines):
                    run = p.add_run(ln)
                    if b[0] in ("small", "mono"):
                        run.font.size = Pt(8.5)
                    if i < len(lines) - 1:
                        run.add_break()
        with tempfile.TemporaryDirectory(prefix="s138_dx") as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s138_lo", "--headless",
                            "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
            self.path.write_bytes((Path(td) / f"{self.stem}.pdf").read_bytes())

    def _scan(self):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        W, H = 1654, 2339
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        fonts = {
            "n": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 32),
            "b": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 38),
            "h": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 40),
            "s": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30),
        }
        y = 150
        for text, sty in self.scan_lines:
            if text == "gap":
                y += 40
                continue
            dr.text((150, y), strip(text), fill=20 if sty != "h" else 35, font=fonts[sty])
            y += 58 if sty != "h" else 66
        img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=80)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(self.path), pagesize=A4)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()

    def _post(self):
        import pikepdf
        with pikepdf.open(self.path, allow_overwriting_input=True) as pdf:
            for k in ("/DocChecksum", "/ID"):
                if k in pdf.trailer:
                    del pdf.trailer[k]
            if "/Metadata" in pdf.Root:  # LibreOffice's XMP carries the conversion time
                del pdf.Root["/Metadata"]
            info = pdf.docinfo
            orig = {k: info.get(k) for k in ("/Producer", "/Creator")}
            for k in list(info.keys()):
                del info[k]
            info["/Title"] = strip(self.title)
            if self.meta.get("Author"):
                info["/Author"] = strip(self.meta["Author"])
            for key, val in (("/Creator", self.creator), ("/Producer", self.prod_str)):
                if val:
                    info[key] = val
                elif self.producer == "docx" and orig[key] is not None:
                    info[key] = orig[key]  # keep LibreOffice's own strings
            info["/CreationDate"] = FIX_DATE
            info["/ModDate"] = FIX_DATE
            if self.meta.get("xmp_creator"):
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
                    xmp["dc:creator"] = [strip(self.meta["xmp_creator"])]
                    xmp["dc:title"] = strip(self.title)
            if self.outline:
                with pdf.open_outline() as ol:
                    for i, t in enumerate(self.outline):
                        ol.root.append(pikepdf.OutlineItem(strip(t), min(i, len(pdf.pages) - 1)))
            for pg, author, contents in self.notes:
                page = pdf.pages[pg]
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=[400, 700 - 30 * len(page.obj.get("/Annots", [])), 420, 720 - 30 * len(page.obj.get("/Annots", []))],
                                           T=pikepdf.String(strip(author)), Contents=pikepdf.String(strip(contents)),
                                           Name=pikepdf.Name.Comment, M=FIX_DATE)
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(self.path, deterministic_id=True, static_id=False)

    # ------------------------------------------------------------------ gold
    def hidden_items(self):
        """(channel, marked text) pairs."""
        out = []
        for k in ("Author", "xmp_creator"):
            if self.meta.get(k):
                out.append(("metadata", self.meta[k]))
        out += [("outline", t) for t in self.outline]
        for _, a, c in self.notes:
            out += [("annotations", a), ("annotations", c)]
        out += [("annotations", v) for _, _, v in self.fields]
        return out


# public words that stay wherever they occur (added as keep probes when present and not inside a redaction)
AUTO_KEEP = [(w, k) for k, ws in {
    "LAW": ["Omgevingswet", "Wet open overheid", "Algemene wet bestuursrecht", "Awb", "Woo"],
    "ORG": ["Provincie Overijssel", "Gedeputeerde Staten", "Provinciale Staten", "Omgevingsdienst IJsselland", "ODIJ",
            "Raad van State", "RVO", "RIVM", "LTO Noord", "BIJ12", "Stichting Natuurbehoud Salland", "WDODelta",
            "Rijssen-Holten", "Staatsbosbeheer", "Natuurmonumenten", "Flynth", "Gebiedsbureau Vechtdal", "GS"],
    "PLACE": ["Overijssel", "Holten", "Ommen", "Zwolle", "Raalte", "Enschede", "Dalfsen", "Deventer", "Espelo",
              "Nijverdal", "Holterberg", "Sallandse Heuvelrug", "Springendal", "Engbertsdijksvenen", "Salland",
              "Vecht- en Beneden-Reggegebied", "Hardenberg"],
    "TERM": ["Natura 2000-activiteit", "Natura 2000-gebied", "Natura 2000-gebieden", "stikstofdepositie", "passende beoordeling",
             "intern salderen", "piekbelasters", "piekbelaster", "opkoopregeling", "referentiesituatie", "omgevingsvergunning",
             "melkveehouderij", "varkenshouderij", "vleesvee", "jongvee", "melkkoeien", "mestzak", "dwangsom",
             "handhavingsverzoek", "zienswijze", "bezwaarschrift", "hoorzitting", "gebiedsmakelaar", "toezichthouder",
             "gedeputeerde", "vergunninghouder", "emissiearm", "beweiding", "habitattype", "keukentafelgesprek"],
    "PRODUCT": ["AERIUS", "AERIUS Calculator", "Lely Sphere", "Omgevingsloket"],
    "PROGRAMME": ["Lbv-plus", "RVOVO", "Stikstofbank", "Programma Aanpak Meldingen", "Transitiefonds landelijk gebied en natuur"],
}.items() for w in ws]


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red_items: dict = {}
    keep_set: list = []

    def add_red(kind, val, ch=None, ocr=False):
        key = (ch or ("ocr" if ocr else "pdfium"), val)
        if key in red_items:
            return
        it = {"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": 0}]}
        if ch:
            it["channel"] = ch
        if ocr:
            it["channel"] = "ocr"
            it["probes"][0]["ocr"] = True
        red_items[key] = it

    if d.producer == "scan":
        ch = extract_channels(path, ocr="auto")["channels"]
        for t, _ in d.scan_lines:
            r, k = marks(t)
            for kind, v in r:
                pr = {"text": v, "word": True, "ocr": True}
                if channel_counts(ch, pr).get("ocr", 0):
                    add_red(kind, v, ocr=True)
                else:
                    print(f"  note {d.stem}: OCR does not read {v!r}; left out of gold")
    else:
        for t in d.texts():
            r, k = marks(t)
            for kind, v in r:
                add_red(kind, v)
            keep_set += k
    hid = d.hidden_items()
    chans = extract_channels(path, ocr="off")["channels"] if hid else {}
    for ch, t in hid:
        r, k = marks(t)
        for kind, v in r:
            if count_in(text, {"text": v, "word": True}):
                if ("pdfium", v) not in red_items:
                    problems.append(f"{d.stem}: hidden {v!r} is in the text but not marked there")
                continue  # the page-text item already covers this value
            add_red(kind, v, ch=ch)
    # verify redact
    for key, it in red_items.items():
        ch = it.get("channel")
        for pr in it["probes"]:
            if ch is None and not pr.get("ocr"):
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in text")
            elif ch and ch != "ocr":
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in {ch}")
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in text")
    # redact spans in text (for overlap test)
    spans = []
    for it in red_items.values():
        for pr in it["probes"]:
            spans += [m.span() for m in probe_regex(pr["text"], True).finditer(text)]
    keep = []
    seen = set()
    for k, kk in keep_set:
        if k in seen:
            continue
        seen.add(k)
        rx = probe_regex(k, True)
        ms = list(rx.finditer(text))
        if not ms:
            problems.append(f"{d.stem}: keep {k!r} not in text")
            continue
        bad = [m for m in ms if any(m.start() < e and s < m.end() for s, e in spans)]
        if bad:
            problems.append(f"{d.stem}: keep {k!r} overlaps a redact span")
            continue
        keep.append({"kind": kk, "value": k, "probes": [{"text": k, "word": True, "after": len(ms)}]})
    for k, kk in AUTO_KEEP:
        if k in seen or d.producer == "scan":
            continue
        ms = list(probe_regex(k, True).finditer(text))
        if not ms or any(m.start() < e and s < m.end() for m in ms for s, e in spans):
            continue
        if any(k in v["value"] or v["value"] in k for v in keep):
            continue
        seen.add(k)
        keep.append({"kind": kk, "value": k, "probes": [{"text": k, "word": True, "after": len(ms)}]})
    gold = {"doc": path.name, "pages": pages, "redact": list(red_items.values()), "keep": keep}
    return gold, problems
