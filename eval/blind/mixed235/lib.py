"""Builders and gold generation for set DK (eval/blind/mixed235). All persons are invented."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer,  # noqa: E402
                                PageBreak)

pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONTDIR + "DejaVuSerif-Bold.ttf"))


@dataclass
class Doc:
    stem: str
    blocks: list            # ("h", s) ("p", s) ("m", s) monospace-ish line, ("t", rows), ("pb",)
    engine: str = "rl"      # rl | rlttf | docx | scan | form
    producer: str = "Microsoft® Word voor Microsoft 365"
    creator: str = "Microsoft® Word voor Microsoft 365"
    title: str = ""
    author: str = ""        # Info /Author (hidden-channel person when not in text)
    xmp_creator: str = ""
    outline: list = field(default_factory=list)   # bookmark titles
    notes: list = field(default_factory=list)     # (author, contents) sticky notes on page 1
    fields: list = field(default_factory=list)    # (name, label, value) AcroForm fields
    hidden: list = field(default_factory=list)    # (kind, value, [probes], channel)
    extra_keep: list = field(default_factory=list)
    rot: float = 0.7


def _styles(ttf: bool):
    base = "DejaVuSerif" if ttf else "Helvetica"
    bold = "DejaVuSerif-Bold" if ttf else "Helvetica-Bold"
    return (ParagraphStyle("p", fontName=base, fontSize=9.6, leading=12.4, spaceAfter=4),
            ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4),
            ParagraphStyle("m", fontName=base, fontSize=9, leading=11, spaceAfter=0),
            ParagraphStyle("c", fontName=base, fontSize=8.2, leading=10))


def _flow(doc: Doc, ttf: bool):
    sp, sh, sm, sc = _styles(ttf)
    out = []
    for b in doc.blocks:
        k = b[0]
        if k == "pb":
            out.append(PageBreak())
        elif k == "t":
            rows = [[Paragraph(escape(str(c)), sc) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, Spacer(1, 6)]
        else:
            st = {"h": sh, "p": sp, "m": sm}[k]
            out.append(Paragraph(escape(b[1]), st))
            if k == "m" and not b[1]:
                out.append(Spacer(1, 5))
    return out


def build_rl(doc: Doc, path: Path, ttf: bool):
    outline = list(doc.outline)

    def first(canv, _d):
        for i, t in enumerate(outline):
            canv.bookmarkPage(f"bm{i}")
            canv.addOutlineEntry(t, f"bm{i}", level=0 if i == 0 else 1)
        if outline:
            canv.showOutline()

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm, title=doc.title, author="",
                           creator=doc.creator, producer=doc.producer)
    sd.build(_flow(doc, ttf), onFirstPage=first)


def build_form(doc: Doc, path: Path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for b in doc.blocks:
        if b[0] in ("h", "p", "m"):
            c.setFont("Helvetica-Bold" if b[0] == "h" else "Helvetica", 12 if b[0] == "h" else 9.5)
            for line in _wrap(b[1], 100):
                c.drawString(60, y, line)
                y -= 14
            y -= 4
    y -= 6
    for name, label, value in doc.fields:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=17,
                             fontName="Helvetica", fontSize=9, borderWidth=0.6)
        y -= 24
    c.setTitle(doc.title)
    c.setCreator(doc.creator)
    c.setProducer(doc.producer)
    c.save()


def _wrap(s, n):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > n:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


def build_docx(doc: Doc, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for b in doc.blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] in ("p", "m"):
            para = d.add_paragraph(b[1])
            if b[0] == "m":
                para.paragraph_format.space_after = Pt(0)
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cval in enumerate(r):
                    t.cell(i, j).text = str(cval)
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title
    tmp = Path(tempfile.mkdtemp(prefix="s235_docx_"))
    src = tmp / f"{doc.stem}.docx"
    d.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s235_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    shutil.copy(tmp / f"{doc.stem}.pdf", path)
    shutil.rmtree(tmp, ignore_errors=True)


def build_scan(doc: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 40)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSans-Oblique.ttf", 40) if Path(FONTDIR + "DejaVuSans-Oblique.ttf").exists() \
        else ImageFont.truetype(FONTDIR + "DejaVuSansCondensed-Oblique.ttf", 40)
    y = 150
    for b in doc.blocks:
        if b[0] == "pb":
            continue
        if b[0] == "t":
            for r in b[1]:
                dr.text((140, y), "   |   ".join(str(c) for c in r), font=f, fill=20)
                y += 52
            y += 20
            continue
        font = {"h": fb, "p": f, "m": f, "hw": fh}[b[0]]
        for line in _wrap(b[1], 68 if b[0] != "h" else 55):
            dr.text((140, y), line, font=font, fill=15 if b[0] != "hw" else 45)
            y += 50 if b[0] != "hw" else 56
        y += 18
    img = img.rotate(doc.rot, resample=Image.BICUBIC, fillcolor=250)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.setCreator(doc.creator)
    c.setProducer(doc.producer)
    c.save()


def finish(doc: Doc, path: Path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if doc.xmp_creator:
                meta["dc:creator"] = [doc.xmp_creator]
            if doc.title:
                meta["dc:title"] = doc.title
            meta["pdf:Producer"] = doc.producer
            meta["xmp:CreatorTool"] = doc.creator
        pdf.docinfo["/Producer"] = doc.producer
        pdf.docinfo["/Creator"] = doc.creator
        if doc.author:
            pdf.docinfo["/Author"] = doc.author
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if doc.notes:
            pg = pdf.pages[0]
            annots = pg.obj.get("/Annots") or pdf.make_indirect(pikepdf.Array())
            for i, (who, text) in enumerate(doc.notes):
                a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array([480, 700 - 40 * i, 500, 720 - 40 * i]),
                                       T=pikepdf.String(who), Contents=pikepdf.String(text),
                                       Name=pikepdf.Name.Comment, F=4)
                annots.append(pdf.make_indirect(a))
            pg.obj["/Annots"] = annots
        pdf.save(str(path), static_id=True, deterministic_id=True)


def build(doc: Doc) -> Path:
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{doc.stem}.pdf"
    if doc.engine in ("rl", "rlttf"):
        build_rl(doc, path, doc.engine == "rlttf")
    elif doc.engine == "docx":
        build_docx(doc, path)
    elif doc.engine == "scan":
        build_scan(doc, path)
    elif doc.engine == "form":
        build_form(doc, path)
    finish(doc, path)
    return path


def _mask(text: str, probes) -> str:
    for p in probes:
        text = probe_regex(p["text"], p.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(doc: Doc, path: Path, registry: list, keeps: list):
    """registry: [(kind, value, [probe texts])]; keeps: [(kind, value, [probe texts])]."""
    problems = []
    text, pages = text_pdfium(path)
    source = norm(" ".join(b[1] if isinstance(b[1], str) else " ".join(" ".join(map(str, r)) for r in b[1])
                           for b in doc.blocks if len(b) > 1))
    redact = []
    if doc.engine == "scan":
        ch = extract_channels(path, ocr="auto")["channels"]
        for kind, value, probes in registry:
            prs = []
            for t in probes:
                p = {"text": t, "word": True, "after": 0}
                if count_in(source, p) and channel_counts(ch, {**p, "ocr": True}).get("ocr"):
                    prs.append({**p, "ocr": True})
            if prs:
                redact.append({"kind": kind, "value": value, "channel": "ocr", "probes": prs})
        return {"doc": path.name, "pages": pages, "redact": redact, "keep": []}, problems
    for kind, value, probes in registry:
        prs = [{"text": t, "word": True, "after": 0} for t in probes if count_in(text, {"text": t, "word": True})]
        if prs:
            redact.append({"kind": kind, "value": value, "probes": prs})
    if doc.hidden:
        ch = extract_channels(path, ocr="off")["channels"]
        for kind, value, probes, chan in doc.hidden:
            prs = []
            for t in probes:
                p = {"text": t, "word": True, "after": 0}
                if count_in(text, p):
                    problems.append(f"{doc.stem}: hidden probe {t!r} in page text")
                elif channel_counts(ch, p).get(chan):
                    prs.append(p)
                else:
                    problems.append(f"{doc.stem}: hidden probe {t!r} not in {chan}")
            if prs:
                redact.append({"kind": kind, "value": value, "channel": chan, "probes": prs})
    allp = [p for it in redact if "channel" not in it for p in it["probes"]]
    masked = _mask(text, allp)
    keep = []
    for kind, value, probes in keeps + doc.extra_keep:
        prs = []
        for t in probes:
            p = {"text": t, "word": True}
            n = count_in(text, p)
            if n and count_in(masked, p) == n:
                prs.append({**p, "after": n})
        if prs:
            keep.append({"kind": kind, "value": value, "probes": prs})
    # every text registry name that the source mentions must be caught
    for kind, value, probes in registry:
        for t in probes:
            if count_in(source, {"text": t, "word": True}) and not count_in(text, {"text": t, "word": True}):
                problems.append(f"{doc.stem}: {t!r} in source but not in PDFium text")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
