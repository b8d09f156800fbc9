"""Builders and gold computation for set PK (eval/blind/mixed148)."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DV = "/usr/share/fonts/truetype/dejavu/"

PAD = [
    "De klachtbehandeling is geregeld in hoofdstuk 9 van de Algemene wet bestuursrecht (Awb), de Politiewet 2012 "
    "en de Regeling klachtbehandeling politie. Een klacht over een gedraging van een ambtenaar van politie wordt "
    "behandeld door de korpschef, die deze bevoegdheid voor de eenheden heeft gemandateerd aan de politiechef.",
    "De klager wordt in de gelegenheid gesteld te worden gehoord (artikel 9:10 Awb). Van het horen wordt een verslag "
    "gemaakt. De klachtadviescommissie brengt advies uit over de gegrondheid van de klacht; het advies is niet "
    "bindend, maar van een afwijking wordt in de beslissing gemotiveerd opgave gedaan (artikel 9:15 Awb).",
    "Indien de klager het niet eens is met de afdoening, kan hij zich wenden tot de Nationale ombudsman "
    "(artikel 9:18 Awb). De Nationale ombudsman onderzoekt dan of de politie behoorlijk heeft gehandeld en toetst "
    "aan de behoorlijkheidsvereisten, zoals het vereiste van fatsoenlijke bejegening en het evenredigheidsvereiste.",
    "Bij de beoordeling van het gebruik van geweld toetst de commissie aan artikel 7 van de Politiewet 2012, de "
    "Ambtsinstructie voor de politie, de Koninklijke Marechaussee en andere opsporingsambtenaren en de Regeling "
    "toetsing geweldsaanwending politie. Geweld moet proportioneel, subsidiair en redelijk zijn.",
    "Op grond van de Wet open overheid (Woo) zijn documenten over de klachtbehandeling in beginsel openbaar. "
    "Persoonsgegevens van klagers, getuigen en medewerkers van de politie worden niet openbaar gemaakt op grond van "
    "artikel 5.1, tweede lid, aanhef en onder e, Woo; bijzondere persoonsgegevens op grond van artikel 5.1, eerste "
    "lid, onder d, Woo.",
    "De bodycambeelden en de meldkamergegevens zijn bij de behandeling van de klacht betrokken. Registraties in de "
    "basisvoorziening handhaving (BVH) en het Geïntegreerd Meldkamer Systeem (GMS) zijn geraadpleegd voor zover "
    "dat voor de beoordeling van de klacht noodzakelijk was.",
]

MOTIV = [
    "# Informatie die niet openbaar gemaakt kan worden",
    "# Motivering",
    "In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van klagers, getuigen en medewerkers "
    "van de politie onleesbaar gemaakt (artikel 5.1, tweede lid, onder e, Woo).",
]


AUTOKEEP = []
DATE_RX = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d\b")


class R:
    """A redact item: value, extra probes; channel None (page text), metadata, outline, annotations, ocr."""

    def __init__(self, kind, value, *probes, channel=None, auto=True):
        self.kind, self.value, self.channel = kind, value, channel
        ps = [value] + list(probes)
        if auto and kind == "PERSON":
            toks = value.split()
            if len(toks) >= 2:
                # surname incl. particles
                i = 1
                while i < len(toks) - 1 and toks[i][0].islower():
                    break
                ps.append(" ".join(toks[1:]) if toks[1][0].isupper() or toks[1][0].islower() else toks[-1])
        seen = []
        for p in ps:
            if p not in seen:
                seen.append(p)
        self.probes = seen


class Doc:
    def __init__(self, stem, kind, lines, redact, keep, meta=None, outline=None, notes=None, fields=None,
                 pad=0, font="Helvetica", producer=None, creator=None, title=None, motiv=False, size=9.5):
        self.stem, self.kind, self.lines, self.redact, self.keep = stem, kind, lines, redact, keep
        self.meta = meta or {}
        self.outline, self.notes, self.fields = outline, notes, fields
        self.pad, self.font, self.producer, self.creator = pad, font, producer, creator
        self.title, self.motiv, self.size = title, motiv, size

    # ------------------------------------------------------------------ build
    def all_lines(self):
        ls = list(self.lines)
        if self.pad:
            ls += ["==", "# Bijlage: wettelijk kader en werkwijze"]
            ls += [PAD[(i + len(self.stem)) % len(PAD)] for i in range(self.pad)]
        if self.motiv:
            ls += MOTIV
        return ls

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            build_docx(self, out)
        elif self.kind == "scan":
            build_scan(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d: Doc, out: Path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    font, bold = d.font, d.font + "-Bold"
    if d.font.startswith("DejaVu"):
        pdfmetrics.registerFont(TTFont(d.font, DV + d.font + ".ttf"))
        pdfmetrics.registerFont(TTFont(bold, DV + d.font + "-Bold.ttf"))
    elif d.font == "Times-Roman":
        bold = "Times-Bold"
    st = ParagraphStyle("b", fontName=font, fontSize=d.size, leading=d.size * 1.3, spaceAfter=3)
    hs = ParagraphStyle("h", fontName=bold, fontSize=d.size + 2, leading=(d.size + 2) * 1.3, spaceAfter=4,
                        spaceBefore=4)
    cs = ParagraphStyle("c", fontName=font, fontSize=d.size - 1, leading=(d.size - 1) * 1.2)
    flow = []
    for ln in d.all_lines():
        if isinstance(ln, list):  # table
            data = [[Paragraph(esc(c), cs) for c in row] for row in ln]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 4)]
        elif ln == "==":
            from reportlab.platypus import PageBreak
            flow.append(PageBreak())
        elif ln.startswith("# "):
            flow.append(Paragraph(esc(ln[2:]), hs))
        elif ln == "":
            flow.append(Spacer(1, 6))
        else:
            flow.append(Paragraph(esc(ln).replace("\n", "<br/>"), st))
    if d.fields:
        flow.append(Spacer(1, 10))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=d.title or d.stem, author=d.meta.get("Author", ""),
                            creator=d.creator or "Microsoft® Word voor Microsoft 365")

    def onpage(c, _doc):
        c.setFont(font, 7)
        c.drawString(22 * mm, 10 * mm, f"Politie eenheid Noord-Holland  |  pagina {c.getPageNumber()}")
        if d.fields and c.getPageNumber() == 1:
            form = c.acroForm
            y = 120 * mm
            for name, label, val in d.fields:
                c.setFont(font, 9)
                c.drawString(22 * mm, y + 2 * mm, label)
                form.textfield(name=name, value=val, x=75 * mm, y=y, width=100 * mm, height=7 * mm,
                               fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 10 * mm

    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)


def build_docx(d: Doc, out: Path):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    for ln in d.all_lines():
        if isinstance(ln, list):
            t = doc.add_table(rows=len(ln), cols=len(ln[0]))
            t.style = "Table Grid"
            for i, row in enumerate(ln):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        elif ln == "==":
            doc.add_page_break()
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=2)
        else:
            doc.add_paragraph(ln)
    doc.core_properties.author = d.meta.get("Author", "")
    doc.core_properties.title = d.title or ""
    with tempfile.TemporaryDirectory(prefix="s148_dx_", dir="/tmp") as td:
        src = Path(td) / f"{d.stem}.docx"
        doc.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s148_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        out.write_bytes((Path(td) / f"{d.stem}.pdf").read_bytes())


def build_scan(d: Doc, out: Path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(DV + "DejaVuSerif.ttf", 30)
    fh = ImageFont.truetype(DV + "DejaVuSerifCondensed-Italic.ttf", 36)
    y = 150
    for ln in d.all_lines():
        hand = ln.startswith("~")
        t = ln[1:] if hand else ln
        if t.startswith("# "):
            t = t[2:]
        dr.text((150 if not hand else 190, y), t, fill=25 if not hand else 40, font=fh if hand else f)
        y += 50 if not hand else 58
    rnd = random.Random(d.stem)
    img = img.rotate(rnd.uniform(-0.9, 0.9), fillcolor=245, resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def post(d: Doc, out: Path):
    import pikepdf

    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        if d.meta.get("xmp"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.meta["xmp"]]
        info = pdf.docinfo
        for k in ("/Author", "/Creator", "/Producer", "/Title"):
            pass
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator and d.kind != "rl":
            info["/Creator"] = d.creator
        if "Author" in d.meta:
            info["/Author"] = d.meta["Author"]
        elif "/Author" in info and d.kind == "scan":
            del info["/Author"]
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]
        info["/CreationDate"] = "D:20270216093000+01'00'"
        info["/ModDate"] = "D:20270216093000+01'00'"
        if d.outline:
            with pdf.open_outline() as ol:
                for t in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, 0))
        if d.notes:
            page = pdf.pages[0]
            annots = page.obj.get("/Annots") or pikepdf.Array()
            y = 780
            for author, text in d.notes:
                a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                         Rect=[540, y, 560, y + 20], T=author, Contents=text,
                                                         Name=pikepdf.Name.Comment, F=4))
                annots.append(a)
                y -= 30
            page.obj["/Annots"] = annots
        import hashlib
        fid = hashlib.md5(d.stem.encode()).digest()
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(fid), pikepdf.String(fid)])
        pdf.save(out, static_id=True)


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.channel for it in d.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    red, spans = [], []
    for it in d.redact:
        probes = []
        for p in it.probes:
            pr = {"text": p, "word": True, "after": 0}
            if it.channel == "ocr":
                pr["ocr"] = True
            if it.channel is None:
                ok = count_in(text, pr) > 0
                if ok:
                    spans += [m.span() for m in probe_regex(p, True).finditer(text)]
            else:
                ok = channel_counts(chans, pr).get(it.channel, 0) > 0
                if it.channel != "ocr" and count_in(text, pr):
                    ok = False
                    problems.append(f"{d.stem}: hidden probe {p!r} in page text")
                if it.channel == "ocr":
                    spans += [m.span() for m in probe_regex(p, True).finditer(text)]
            if ok:
                probes.append(pr)
        if not probes:
            problems.append(f"{d.stem}: item {it.value!r} without probes")
            continue
        item = {"kind": it.kind, "value": it.value, "probes": probes}
        if it.channel:
            item["channel"] = it.channel
        red.append(item)
    keep = []
    cands = list(d.keep)
    have = {t for _, t in cands}
    for kind, t in list(AUTOKEEP) + [("DATE", m.group(0)) for m in DATE_RX.finditer(text)]:
        if t in have:
            continue
        if not probe_regex(t, True).search(text):
            continue
        if any(t in it.value or any(t in p or p in t for p in it.probes) for it in d.redact):
            continue
        ms = list(probe_regex(t, True).finditer(text))
        if any(m.start() < b and a < m.end() for m in ms for a, b in spans):
            continue
        have.add(t)
        cands.append((kind, t))
    for kind, t in cands:
        pr = {"text": t, "word": True}
        ms = list(probe_regex(t, True).finditer(text))
        if not ms:
            problems.append(f"{d.stem}: keep {t!r} not found")
            continue
        bad = [m for m in ms if any(m.start() < b and a < m.end() for a, b in spans)]
        if bad:
            problems.append(f"{d.stem}: keep {t!r} overlaps a redact probe")
            continue
        for it in d.redact:
            if t in it.value or any(t in p for p in it.probes):
                problems.append(f"{d.stem}: keep {t!r} inside redact value {it.value!r}")
        pr["after"] = len(ms)
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
