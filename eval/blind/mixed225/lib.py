"""Builders and gold computation for set mixed225 (winter shelter). Markup in document text:
[r|text] = personal data to redact (one probe, PDFium text), [k|text] = public text to keep (after counted)."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
MARK = re.compile(r"\[(r|k)\|([^\]]+)\]")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SOFFICE_PROFILE = "file:///tmp/s225_lo"


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(2), s)


def marks(s: str):
    return [(m.group(1), m.group(2)) for m in MARK.finditer(s)]


PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "el", "da", "von", "le", "la", "in"}
# public words that must stay readable wherever they occur (added as keep probes when present)
KEEP_TERMS = ["Amersfoort", "Code Oranje", "winterregeling", "slaapzaal B", "slaapzaal A", "De Boei",
              "17 januari", "politie", "maatschappelijk werker", "beleidsadviseur", "teamleider", "wijkagent",
              "directeur-bestuurder", "Politie Midden-Nederland", "Sporthal Rustenburg", "gemeenteraad",
              "college van burgemeester en wethouders", "omwonenden", "beveiliging", "nachtopvang",
              "subsidie", "raadsinformatiebrief", "ambulance", "Postbus 4000", "31 maart 2026", "Kleine Haag",
              "Herberg Eemland", "klachtencoördinator", "casemanager", "Meander Medisch Centrum",
              "GGZ Centraal", "Housing First", "Centrale Toegang", "€ 38.000", "buurtoverleg",
              "Wet open overheid", "incident", "opvangverbod", "Rode Kruis", "KNMI", "Leger des Heils",
              "Stadhuis", "gemeente", "stichting", "Stichting", "wethouder", "burgemeester", "Onderwerp",
              "Verzonden", "Code Oranje-nachten", "Nachtwacht Beveiliging Eemland", "hoofdwond", "aangifte",
              "gasten", "bedden", "veldbedden", "dagopvang", "Zorg en Welzijn", "Maatschappelijke Opvang",
              "1 december 2025", "5 februari", "Convenant Veilige Opvang 2024", "Woo-verzoek", "kenmerk",
              "Kenmerk", "Datum", "Hoogachtend", "Met vriendelijke groet", "namens dezen", "Geacht college",
              "crisisteam", "ventilatie", "Langestraat", "EU-burgers", "Beschermd Wonen", "huisregel 4"]


def surname(t: str):
    toks = t.split(" ")
    if len(toks) < 2 or any(ch.isdigit() or ch in "@.,()+" for ch in t):
        return None
    if toks[0].lower() in PARTICLES:
        return None
    if not (toks[0][:1].isupper() and toks[0].replace("-", "").isalpha() and len(toks[0]) > 1):
        return None
    last = toks[-1]
    if not (last[:1].isupper() and len(last) > 1 and last.replace("-", "").isalpha()):
        return None
    mid = toks[1:-1]
    if any(m not in PARTICLES for m in mid):
        return None
    return " ".join(toks[1:])


def _word(t: str) -> bool:
    return bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))


class Doc:
    """stem, title, blocks (list of str or ('table', rows) or ('pb',)), producer kind, hidden items."""

    def __init__(self, stem, blocks, kind="rl", meta=None, hidden=None, outline=None, notes=None,
                 form=None, scan=False, font="Helvetica", redact_kinds=None):
        self.stem, self.blocks, self.kind = stem, blocks, kind
        self.meta = meta or {}
        self.hidden = hidden or []        # [(channel, kind, text)]
        self.outline = outline or []      # [(title, page_index)]
        self.notes = notes or []          # [(author, contents)]
        self.form = form or []            # [(label, name, value, is_redact)]
        self.hidden = self.hidden + [("annotations", "FORM", v) for _, _, v, r in self.form if r]
        self.scan = scan
        self.font = font

    def all_text(self):
        out = []
        for b in self.blocks:
            if isinstance(b, str):
                out.append(b)
            elif b[0] == "table":
                for row in b[1]:
                    out.extend(row)
        return out

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            build_rl(self, path)
        elif self.kind in ("docx", "odt"):
            build_soffice(self, path)
        elif self.kind == "scan":
            build_scan(self, path)
        post(self, path)
        return path


# ------------------------------------------------------------------ reportlab
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fonts(doc):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if doc.font == "DejaVu":
        for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
        return "DejaVu", "DejaVu-Bold"
    if doc.font == "Times":
        return "Times-Roman", "Times-Bold"
    return "Helvetica", "Helvetica-Bold"


def build_rl(doc, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.units import mm
    fn, fb = _fonts(doc)
    st = ParagraphStyle("b", fontName=fn, fontSize=10, leading=13.5, spaceAfter=5)
    sh = ParagraphStyle("h", fontName=fb, fontSize=12.5, leading=16, spaceAfter=7)
    sc = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5)
    story = []
    for b in doc.blocks:
        if isinstance(b, str):
            t = plain(b)
            if t.startswith("# "):
                story.append(Paragraph(_esc(t[2:]), sh))
            else:
                story.append(Paragraph(_esc(t).replace("\n", "<br/>"), st))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] == "table":
            rows = [[Paragraph(_esc(plain(c)), sc) for c in r] for r in b[1]]
            tb = Table(rows, repeatRows=1, hAlign="LEFT", colWidths=b[2] if len(b) > 2 else None)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
    m = doc.meta

    def onpage(c, d):
        if doc.outline:
            for i, (title, pg) in enumerate(doc.outline):
                if pg == c.getPageNumber() - 1:
                    key = f"bm{i}"
                    c.bookmarkPage(key)
                    c.addOutlineEntry(title, key, level=0)
        if doc.form and c.getPageNumber() == 1:
            y = 250
            c.setFont(fn, 9)
            for label, name, value, _ in doc.form:
                c.drawString(25 * mm, y, label)
                c.acroForm.textfield(name=name, value=value, x=80 * mm, y=y - 4, width=100 * mm,
                                     height=14, fontSize=9, borderWidth=0.5)
                y -= 20

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                           topMargin=20 * mm, bottomMargin=20 * mm, title=m.get("Title", ""),
                           author=m.get("Author", ""), creator=m.get("Creator", ""),
                           producer=m.get("Producer", ""), subject=m.get("Subject", ""))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ soffice
def build_soffice(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    s = d.styles["Normal"]
    s.font.name = "Liberation Serif" if doc.font == "Times" else "Liberation Sans"
    s.font.size = Pt(10.5)
    for b in doc.blocks:
        if isinstance(b, str):
            t = plain(b)
            if t.startswith("# "):
                d.add_heading(t[2:], level=2)
            else:
                d.add_paragraph(t)
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = plain(c)
    cp = d.core_properties
    cp.author = doc.meta.get("Author", "")
    cp.title = doc.meta.get("Title", "")
    cp.last_modified_by = ""
    with tempfile.TemporaryDirectory(prefix="s225_so_", dir="/tmp") as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(src)
        env = [f"-env:UserInstallation={SOFFICE_PROFILE}"]
        if doc.kind == "odt":
            subprocess.run(["soffice", *env, "--headless", "--convert-to", "odt", "--outdir", td, str(src)],
                           check=True, capture_output=True, timeout=180)
            src.unlink()
            src = Path(td) / f"{doc.stem}.odt"
        subprocess.run(["soffice", *env, "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        Path(td, f"{doc.stem}.pdf").replace(path)


# ------------------------------------------------------------------ scan
def build_scan(doc, path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    import random
    rnd = random.Random(doc.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 247)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + ("DejaVuSerif.ttf" if doc.font == "Times" else "DejaVuSans.ttf"), 31)
    fh = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 40)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 36)
    y = 150
    for b in doc.blocks:
        if not isinstance(b, str):
            continue
        t = plain(b)
        font = f
        if t.startswith("# "):
            t, font = t[2:], fb
        elif t.startswith("~ "):
            t, font = t[2:], fh
        for line in t.split("\n"):
            words, cur = line.split(" "), ""
            for w in words:
                if dr.textlength(cur + " " + w, font=font) > W - 260 and cur:
                    dr.text((130, y), cur, fill=25, font=font)
                    y += int(font.size * 1.45)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            dr.text((130, y), cur, fill=25, font=font)
            y += int(font.size * 1.45)
        y += 16
    for _ in range(900):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        img.putpixel((x, yy), rnd.randrange(120, 200))
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=240).filter(ImageFilter.GaussianBlur(0.5))
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=82)
    bio.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ post-processing with pikepdf
def post(doc, path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        m = doc.meta
        for k in ("Producer", "Creator", "Author", "Title"):
            if k in m:
                pdf.docinfo[f"/{k}"] = m[k]
            elif k == "Author" and "/Author" in pdf.docinfo and doc.kind != "rl":
                del pdf.docinfo["/Author"]
        if "xmp_creator" in m or doc.kind != "rl":
            with pdf.open_metadata(set_pikepdf_as_editor=False) as xm:
                if "xmp_creator" in m:
                    xm["dc:creator"] = [m["xmp_creator"]]
                if "Producer" in m:
                    xm["pdf:Producer"] = m["Producer"]
        pdf.docinfo["/CreationDate"] = "D:20260215120000+01'00'"
        pdf.docinfo["/ModDate"] = "D:20260215120000+01'00'"
        for i, (author, contents) in enumerate(doc.notes):
            page = pdf.pages[0]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[420, 700 - 60 * i, 440, 720 - 60 * i], T=pikepdf.String(author),
                Contents=pikepdf.String(contents), Open=False, Name=pikepdf.Name.Comment,
                C=[1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------ gold
def make_gold(doc, path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep, seen_r, seen_k = [], [], set(), set()
    for s in doc.all_text():
        for kind, t in marks(s):
            if kind == "r" and t not in seen_r:
                seen_r.add(t)
                probes = [{"text": t, "word": _word(t), "after": 0}]
                sn = surname(t)
                if sn:
                    probes.append({"text": sn, "word": _word(sn), "after": 0})
                if "@" in t and not doc.scan:
                    local = t.split("@")[0]
                    probes.append({"text": local, "word": _word(local), "after": 0})
                redact.append({"kind": "PII", "value": t, "probes": probes})
            elif kind == "k" and t not in seen_k:
                seen_k.add(t)
                keep.append(t)
    for ch, kind, t in doc.hidden:
        it = {"kind": kind, "value": t, "probes": [{"text": t, "word": _word(t), "after": 0}]}
        if ch == "ocr":
            it["probes"][0]["ocr"] = True
        it["channel"] = ch
        redact.append(it)
    if doc.scan:
        for it in redact:
            if "channel" not in it:
                it["channel"] = "ocr"
                it["probes"][0]["ocr"] = True
    kp = []
    allr = seen_r | {h[2] for h in doc.hidden} | {p["text"] for it in redact for p in it["probes"]}
    for t in KEEP_TERMS:
        if t not in keep and count_in(text, {"text": t, "word": _word(t)}) and not any(t in r or r in t for r in allr):
            keep.append(t)
    for t in keep:
        for r in allr:
            if t in r or r in t:
                problems.append(f"{doc.stem}: keep {t!r} overlaps redact {r!r}")
        pr = {"text": t, "word": _word(t), "after": 0}
        pr["after"] = count_in(text, pr)
        if pr["after"] == 0:
            problems.append(f"{doc.stem}: keep {t!r} not in PDFium text")
        kp.append({"kind": "PUBLIC", "value": t, "probes": [pr]})
    hidden = any("channel" in it for it in redact)
    chans = extract_channels(path, ocr="auto" if doc.scan or any(h[0] == "ocr" for h in doc.hidden) else "off")["channels"] if hidden else {}
    for it in redact:
        ch = it.get("channel", "pdfium")
        for pr in it["probes"]:
            if ch == "pdfium":
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden {pr['text']!r} in page text")
            if not ok:
                problems.append(f"{doc.stem}: redact {pr['text']!r} not found in {ch}")
    gold = {"doc": f"{doc.stem}.pdf", "pages": pages, "redact": redact, "keep": kp}
    return gold, problems
