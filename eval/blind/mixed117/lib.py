"""Shared machinery for set NV (eval/blind/mixed117): markup, reportlab helpers, post-processing, gold.

Markup in every string that reaches a page:
    [[Jan de Vries]]          redact, kind inferred (EMAIL / PHONE / IBAN / PERSON)
    [[BSN|123456782]]         redact with an explicit kind
    {{NVWA}}  {{LAW|Wet dieren}}   keep (kind ORG unless given)
The marker is removed from the printed text; each distinct (kind, text) becomes a gold item whose probe is
the text itself (word-anchored). Keep 'after' counts are taken from the built PDF with the evaluator's own
functions, and a keep probe that loses occurrences when all redact probes are blanked out is a problem.
"""
from __future__ import annotations

import io
import math
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402,F401

import pikepdf
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, Flowable)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

_FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
               ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
               ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
               ("DejaVuSansCond", "DejaVuSansCondensed.ttf"), ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
               ("DejaVuMono", "DejaVuSansMono.ttf"), ("DejaVuMono-Bold", "DejaVuSansMono-Bold.ttf"),
               ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
    pdfmetrics.registerFont(TTFont(_n, _FD + _f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold", italic="DejaVuSans-Oblique",
                   boldItalic="DejaVuSans-Bold")
registerFontFamily("DejaVuSerif", normal="DejaVuSerif", bold="DejaVuSerif-Bold", italic="DejaVuSerif-Italic",
                   boldItalic="DejaVuSerif-Bold")
registerFontFamily("DejaVuSansCond", normal="DejaVuSansCond", bold="DejaVuSansCond-Bold",
                   italic="DejaVuSansCond", boldItalic="DejaVuSansCond-Bold")
registerFontFamily("DejaVuMono", normal="DejaVuMono", bold="DejaVuMono-Bold", italic="DejaVuMono",
                   boldItalic="DejaVuMono-Bold")

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSansCond": "DejaVuSansCond-Bold",
        "DejaVuMono": "DejaVuMono-Bold"}

KINDS_R = {"PERSON", "EMAIL", "PHONE", "BSN", "IBAN", "DOB", "ADDRESS", "INITIALS", "HEALTH", "UBN", "KVK",
           "PERSNR", "VAT", "PLATE", "FARM", "CRIMINAL", "USERNAME"}
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def _kind_r(v):
    if "|" in v and v.split("|", 1)[0] in KINDS_R:
        return v.split("|", 1)
    if "@" in v:
        return "EMAIL", v
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN", v
    if re.fullmatch(r"[+(\d][\d ()\-\u2013]{7,}", v):
        return "PHONE", v
    if re.fullmatch(r"[A-Z][A-Za-z]{1,3}", v) and sum(ch.isupper() for ch in v) >= 2:
        return "INITIALS", v
    return "PERSON", v


def _kind_k(v):
    if "|" in v:
        k, t = v.split("|", 1)
        if k.isupper():
            return k, t
    return "ORG", v


class Doc:
    """One document: stem, build function fn(doc) -> writes DOCS_DIR/stem.pdf."""

    def __init__(self, stem, fn, note=""):
        self.stem, self.fn, self.note = stem, fn, note
        self.reset()

    def reset(self):
        self.red, self.keep, self.hidden, self.ocr = [], [], [], []

    def t(self, s):
        """Strip markers, register them, return the printable string."""
        def rep(m):
            if m.group(1) is not None:
                k, v = _kind_r(m.group(1))
                self.red.append((k, v))
                return v
            k, v = _kind_k(m.group(2))
            self.keep.append((k, v))
            return v
        return MARK.sub(rep, s)

    def o(self, s):
        """Strip markers for an image-only (scanned) page: redact marks become OCR probes."""
        def rep(m):
            if m.group(1) is not None:
                k, v = _kind_r(m.group(1))
                self.ocr.append((k, v))
                return v
            return _kind_k(m.group(2))[1]
        return MARK.sub(rep, s)

    def hide(self, channel, kind, value, probes=None):
        self.hidden.append((channel, kind, value, probes or [value]))

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        self.reset()
        DOCS_DIR.mkdir(exist_ok=True)
        self.fn(self)
        return self.path


# ------------------------------------------------------------------------------------------------
# reportlab story helpers
# ------------------------------------------------------------------------------------------------
def styles(font="Helvetica", size=10):
    b = BOLD.get(font, font)
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, alignment=TA_LEFT,
                            spaceAfter=size * 0.55),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=size + 9, spaceAfter=8, spaceBefore=2),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=size + 5, spaceAfter=4, spaceBefore=6),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "mono": ParagraphStyle("mono", fontName="Courier" if font in ("Helvetica", "Times-Roman", "Courier")
                               else "DejaVuMono", fontSize=size - 1.5, leading=(size - 1.5) * 1.3, spaceAfter=2),
    }


class Scribble(Flowable):
    """A handwritten-looking signature drawn as curves (pixels/paths, not text)."""

    def __init__(self, seed, w=120, h=30):
        super().__init__()
        self.seed, self.width, self.height = seed, w, h

    def draw(self):
        rnd = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a2a6c"))
        c.setLineWidth(1.1)
        p = c.beginPath()
        x, y = 2, self.height * 0.4
        p.moveTo(x, y)
        for _ in range(7):
            nx = x + rnd.uniform(10, 20)
            p.curveTo(x + 4, y + rnd.uniform(8, 18), nx - 4, y - rnd.uniform(6, 14), nx, y + rnd.uniform(-4, 6))
            x = nx
        c.drawPath(p, stroke=1, fill=0)


def story(doc, blocks, font="Helvetica", size=10, widths=None):
    st = styles(font, size)
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h1", "h2", "small", "mono"):
            txt = doc.t(b[1])
            if kind == "mono":
                txt = txt.replace("\n", "<br/>")
            out.append(Paragraph(txt, st[kind]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "sig":
            out.append(Scribble(b[1]))
        elif kind == "table":
            rows = b[1]
            cw = b[2] if len(b) > 2 else None
            header = b[3] if len(b) > 3 else True
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(doc.t(str(c)), st["cellb" if (i == 0 and header) else "cell"]) for c in r])
            t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "kv":  # label/value block without grid
            data = [[Paragraph(doc.t(k), st["cellb"]), Paragraph(doc.t(v), st["cell"])] for k, v in b[1]]
            t = Table(data, colWidths=b[2] if len(b) > 2 else [40 * mm, 120 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    return out


def rl_doc(doc, blocks, font="Helvetica", size=10, pagesize=A4, header=None, footer=None, margins=20):
    """Build a reportlab document; header/footer are marked strings drawn on every page."""
    hdr = doc.t(header) if header else None
    ftr = doc.t(footer) if footer else None
    buf = io.BytesIO()

    def onpage(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if hdr:
            c.drawString(margins * mm, pagesize[1] - 12 * mm, hdr)
        c.drawRightString(pagesize[0] - margins * mm, 10 * mm, f"Pagina {d.page}")
        if ftr:
            c.drawString(margins * mm, 10 * mm, ftr)
        c.restoreState()

    sd = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins * mm, rightMargin=margins * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm)
    sd.build(story(doc, blocks, font, size), onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------
# post-processing: producer strings, metadata, outline, annotations
# ------------------------------------------------------------------------------------------------
def finish(doc, data, producer, creator="", title="", author=None, xmp_creator=None, outline=None, notes=None,
           date="D:20260114093000+01'00'", links=None):
    pdf = pikepdf.open(io.BytesIO(data))
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title or doc.stem
        meta["pdf:Producer"] = producer
        if creator:
            meta["xmp:CreatorTool"] = creator
        if xmp_creator:
            meta["dc:creator"] = [xmp_creator]
    info = pdf.docinfo
    for k in list(info.keys()):
        del info[k]
    info["/Producer"] = producer
    if creator:
        info["/Creator"] = creator
    if title:
        info["/Title"] = title
    if author:
        info["/Author"] = author
    info["/CreationDate"] = date
    info["/ModDate"] = date
    if outline:
        with pdf.open_outline() as ol:
            for t, pg in outline:
                ol.root.append(pikepdf.OutlineItem(t, pg))
    if notes:
        for pg, x, y, who, text in notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 18, y + 18],
                T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                C=[1, 0.85, 0.2], F=4, M=pikepdf.String(date)))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
    for pg, rect, uri in links or []:
        page = pdf.pages[pg]
        annot = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=[0, 0, 0],
            A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(annot)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    doc.path.write_bytes(out.getvalue())


# ------------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------------
def scan_pdf(doc, page_pdf_bytes, producer, creator, angles=(0.6,), seed=1, dpi=200, quality=72):
    """Rasterise each page of a PDF, rotate slightly, add speckle, embed as JPEG (image-only pages)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    src = pdfium.PdfDocument(page_pdf_bytes)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    rnd = random.Random(seed)
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(angles[i % len(angles)], resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 2500):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randrange(90, 200)
        img = img.filter(ImageFilter.GaussianBlur(0.35))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------
# Public terms that must stay readable wherever they occur in a document's page text (added to the gold only
# where present and not overlapping a redact probe): job titles, organisations, laws, places, dates, file numbers.
AUTO_KEEP = [("JOB", t) for t in (
    "inspecteur", "toezichthoudend dierenarts", "officieel dierenarts", "teamleider", "kwaliteitsmanager",
    "bedrijfsleider", "beleidsmedewerker", "jurist", "advocaat", "notulist", "afdelingshoofd", "dierenarts",
    "adviseur integrale veiligheid", "vertrouwenspersoon", "bedrijfsarts", "praktijkdierenarts", "wijkagent",
    "planner", "medewerker", "toezichthouder", "verslaggever", "voorzitter", "taxateur", "huisarts")] + \
    [("ORG", t) for t in ("NVWA", "LNV", "RVO", "ZLTO", "CJIB", "Rendac", "Tweede Kamer", "Kamer", "politie",
                          "Openbaar Ministerie", "Bureau Bestuurlijke Boete", "Slachterij Oostveluwe B.V.")] + \
    [("LAW", t) for t in ("Wet dieren", "Awb", "Woo", "Besluit houders van dieren", "Wet open overheid")] + \
    [("PLACE", t) for t in ("Utrecht", "Den Haag", "Barneveld", "Lunteren", "Voorthuizen", "Kootwijkerbroek",
                            "Ede", "Gelderland", "Nijkerk", "Putten", "Gelderse Vallei", "Bennekom")] + \
    [("DATE", t) for t in (
        "23 september 2025", "9 oktober 2025", "10 oktober 2025", "13 oktober 2025", "14 oktober 2025",
        "15 oktober 2025", "16 oktober 2025", "20 oktober 2025", "28 oktober 2025", "17 november 2025",
        "18 november 2025", "19 november 2025", "20 november 2025", "24 november 2025", "25 november 2025",
        "4 december 2025", "18 december 2025", "5 januari 2026", "7 januari 2026", "12 januari 2026",
        "13 februari 2026", "16 februari 2026", "2 oktober 2025", "1 oktober 2025")] + \
    [("REF", t) for t in ("DW-2025-3318", "BB-2025-01127", "IR-SL-2025-10482", "AI-2025-LUN-004",
                          "NVWA/2026/WOO/0417", "AG-2025-0244", "BB-2025-00871", "BB-2025-01204",
                          "DGA-DDD / 95012834", "Postbus 43006", "Postbus 20401", "3540 AA")] + \
    [("AMOUNT", t) for t in ("\u20ac 7.500", "\u20ac 3.750", "\u20ac 1.500", "38.400")] + \
    [("TERM", t) for t in ("vogelgriep", "H5N1", "ophokplicht", "bestuurlijke boete", "zienswijze", "ruiming",
                           "UBN", "KvK", "BSN", "IBAN", "melkveehouderij", "varkenshouderij", "pluimvee",
                           "mestvork", "leghennen", "bedwelming", "ontsmetting", "5.1.2e", "5.1.2h", "5.1.1d",
                           "5.1.1e", "5.1.1c", "5.2.1")]


def make_gold(doc, path):
    problems = []
    text, pages = text_pdfium(path)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    for k, v in doc.red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr) == 0:
            problems.append(f"{path.name}: redact {v!r} not in page text")
        gold["redact"].append({"kind": k, "value": v, "probes": [pr]})
    chans = None
    if doc.hidden or doc.ocr:
        chans = extract_channels(path, ocr="auto" if doc.ocr else "off")["channels"]
    for ch, k, v, probes in doc.hidden:
        prs = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if channel_counts(chans, pr).get(ch, 0) == 0:
                problems.append(f"{path.name}: hidden {p!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{path.name}: hidden {p!r} also in page text")
            prs.append(pr)
        gold["redact"].append({"kind": k, "value": v, "channel": ch, "probes": prs})
    dropped = []
    for k, v in doc.ocr:
        if ("ocr", k, v) in seen:
            continue
        seen.add(("ocr", k, v))
        pr = {"text": v, "word": True, "after": 0, "ocr": True}
        if channel_counts(chans, pr).get("ocr", 0) == 0:
            dropped.append(v)
            continue
        gold["redact"].append({"kind": k, "value": v, "channel": "ocr", "probes": [pr]})
    if dropped:
        print(f"  {path.name}: OCR does not read (not in gold): {dropped}")
    # simulated redaction: blank every redact probe, keep counts must not change
    red_text = text
    for it in gold["redact"]:
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], pr.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)),
                                                                          red_text)
    seen = set()
    extra = [(k, v) for k, v in AUTO_KEEP if (k, v) not in doc.keep]
    for k, v in doc.keep + extra:
        auto = (k, v) in extra
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        n2 = count_in(red_text, pr)
        if auto and (n == 0 or n2 != n):
            continue
        if n == 0:
            problems.append(f"{path.name}: keep {v!r} not in page text")
            continue
        if n2 != n:
            problems.append(f"{path.name}: keep {v!r} overlaps a redact probe ({n} -> {n2})")
        pr["after"] = n
        gold["keep"].append({"kind": k, "value": v, "probes": [pr]})
    return gold, problems
