"""Builders and gold derivation for set mixed194 (soil pollution, former petrol station, Zutphen)."""
from __future__ import annotations

import io
import json
import math
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
LO_PROFILE = "file:///tmp/s194_lo"
FIXED_DATE = "D:20260915093000+02'00'"


# ----------------------------------------------------------------------------- producers
def _rl_styles(ttf: bool):
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base, bold = "Helvetica", "Helvetica-Bold"
    if ttf:
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        base, bold = "DejaVuSans", "DejaVuSans-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=base, fontSize=9.5, leading=12.5, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=5, spaceAfter=5)
    cell = ParagraphStyle("c", parent=body, fontSize=8, leading=10, spaceAfter=0)
    return body, head, cell, base, bold


def build_reportlab(path: Path, lines: list, ttf: bool = False, landscape_: bool = False):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib import colors
    body, head, cell, base, bold = _rl_styles(ttf)
    size = landscape(A4) if landscape_ else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=55, rightMargin=55, topMargin=50,
                            bottomMargin=50, invariant=1)
    story, rows = [], []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(escape(c), cell) for c in r] + [""] * (ncol - len(r)) for r in rows]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for ln in lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            story.append(PageBreak())
        elif ln == "":
            story.append(Spacer(1, 6))
        elif ln.startswith("# "):
            story.append(Paragraph(escape(ln[2:]), head))
        else:
            story.append(Paragraph(escape(ln).replace("\n", "<br/>"), body))
    flush()
    doc.build(story)


def build_docx(path: Path, lines: list, author: str = "", title: str = ""):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    rows = []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
            rows.clear()

    for ln in lines:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            d.add_page_break()
        elif ln.startswith("# "):
            d.add_heading(ln[2:], level=2)
        else:
            p = d.add_paragraph()
            parts = ln.split("\n")
            for k, part in enumerate(parts):
                r = p.add_run(part)
                if k < len(parts) - 1:
                    r.add_break()
    flush()
    tmp = Path(tempfile.mkdtemp(prefix="s194_docx_"))
    src = tmp / (path.stem + ".docx")
    d.save(str(src))
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
    (tmp / (path.stem + ".pdf")).replace(path)


def build_scan(path: Path, lines: list, seed: int, hand: set = frozenset(), angle: float = 0.7):
    """Image-only page: text drawn at 200 dpi, lines whose index is in `hand` in an oblique 'hand'."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    rnd = random.Random(seed)
    typed = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 33)
    handf = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 38)
    y = 150
    for i, ln in enumerate(lines):
        f = handf if i in hand else typed
        x = 150 + (rnd.randint(0, 12) if i in hand else 0)
        dr.text((x, y), ln, fill=25 if i not in hand else 40, font=f)
        y += 58 if ln else 34
    for _ in range(900):  # speckle
        dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=72)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def build_form(path: Path, lines: list, fields: list):
    """Fillable AcroForm: static text lines, then labelled text fields with values."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for ln in lines:
        c.setFont("Helvetica-Bold" if ln.startswith("# ") else "Helvetica", 12 if ln.startswith("# ") else 9.5)
        c.drawString(55, y, ln[2:] if ln.startswith("# ") else ln)
        y -= 17 if ln.startswith("# ") else 13
    y -= 10
    for name, label, value in fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(55, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=17, fontName="Helvetica",
                             fontSize=9, borderWidth=0.5)
        y -= 25
    c.showPage()
    c.save()


def postprocess(path: Path, d):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.trailer.get("/Info")
        if info is None:
            pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary())
        for k, v in d.info.items():
            pdf.docinfo[pikepdf.Name("/" + k)] = v
        if d.author is not None:
            pdf.docinfo["/Author"] = d.author
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title
                if d.info.get("Producer"):
                    m["pdf:Producer"] = d.info["Producer"]
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, (x, y), who, text in d.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                M=pikepdf.String(FIXED_DATE), F=4, C=[1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# ----------------------------------------------------------------------------- documents
class Doc:
    def __init__(self, stem, title, lines, kind="rl", info=None, author=None, xmp_creator=None, outline=(),
                 notes=(), fields=(), hand=frozenset(), angle=0.7, hidden=(), extra_redact=(), extra_keep=(),
                 docx_author=""):
        self.stem, self.title, self.lines, self.kind = stem, title, lines, kind
        self.info = dict(info or {})
        self.info.setdefault("Title", title)
        self.author, self.xmp_creator = author, xmp_creator
        self.outline, self.notes, self.fields = list(outline), list(notes), list(fields)
        self.hand, self.angle = hand, angle
        self.hidden = list(hidden)  # (kind, value, channel, [probe texts])
        self.extra_redact, self.extra_keep = list(extra_redact), list(extra_keep)
        self.docx_author = docx_author

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        p = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind in ("rl", "rlttf", "rlland"):
            build_reportlab(p, self.lines, ttf=self.kind == "rlttf", landscape_=self.kind == "rlland")
        elif self.kind == "docx":
            build_docx(p, self.lines, author=self.docx_author, title=self.title)
        elif self.kind == "scan":
            build_scan(p, self.lines, seed=sum(map(ord, self.stem)), hand=self.hand, angle=self.angle)
        elif self.kind == "form":
            build_form(p, self.lines, self.fields)
        postprocess(p, self)
        return p


# ----------------------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path, persons, pii, keep_terms):
    text, pages = text_pdfium(path)
    problems = []
    chans = None
    if d.kind == "scan" or d.hidden:
        chans = extract_channels(path, ocr="auto" if d.kind == "scan" else "off")["channels"]
    redact = []
    all_red_texts = []

    def found(pt, channel):
        pr = {"text": pt, "word": True}
        if channel == "pdfium":
            return count_in(text, pr) > 0
        if channel == "ocr":
            pr["ocr"] = True
        return channel_counts(chans, pr).get(channel, 0) > 0

    main_ch = "ocr" if d.kind == "scan" else "pdfium"
    for kind, value, forms in list(persons) + list(pii) + list(d.extra_redact):
        probes = [f for f in forms if found(f, main_ch)]
        if probes:
            it = {"kind": kind, "value": value,
                  "probes": [dict({"text": f, "word": True, "after": 0}, **({"ocr": True} if main_ch == "ocr" else {}))
                             for f in probes]}
            if main_ch == "ocr":
                it["channel"] = "ocr"
            redact.append(it)
            all_red_texts += [value] + probes
    for kind, value, ch, forms in d.hidden:
        probes = []
        for f in forms:
            if found(f, ch) and count_in(text, {"text": f, "word": True}) == 0:
                probes.append({"text": f, "word": True, "after": 0})
            else:
                problems.append(f"{d.stem}: hidden probe {f!r} not usable in {ch}")
        if probes:
            redact.append({"kind": kind, "value": value, "channel": ch, "probes": probes})
    # simulated redaction for keep probes (PDFium text only)
    red_texts = sorted({t for it in redact if it.get("channel", "pdfium") == "pdfium" for t in
                        [it["value"]] + [p["text"] for p in it["probes"]]}, key=len, reverse=True)
    redacted = text
    for t in red_texts:
        redacted = probe_regex(t, True).sub(lambda m: "\u2588" * len(m.group(0)), redacted)
    keep = []
    seen = set()
    for kind, kt in list(keep_terms) + list(d.extra_keep):
        if kt in seen:
            continue
        pr = {"text": kt, "word": True}
        n = count_in(text, pr)
        if n == 0 or count_in(redacted, pr) != n:
            continue
        if any(norm(kt) in norm(r) or norm(r) in norm(kt) for r in red_texts if len(r) > 2):
            continue
        seen.add(kt)
        keep.append({"kind": kind, "value": kt, "probes": [{"text": kt, "word": True, "after": n}]})
    if not redact:
        problems.append(f"{d.stem}: no redact probes")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
