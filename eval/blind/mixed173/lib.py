"""Builders and gold logic for set mixed173 (horeca exploitatievergunning, gemeente Deventer)."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
LO_PROFILE = "file:///tmp/s173_lo"


class Doc:
    def __init__(self, stem, blocks, producer=("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"),
                 engine="rl", font="Helvetica", title=None, author=None, xmp_creator=None, outline=None,
                 notes=None, form=None, hidden=None, landscape=False):
        self.stem = stem
        self.blocks = blocks
        self.producer = producer
        self.engine = engine          # rl | docx | scan
        self.font = font
        self.title = title
        self.author = author
        self.xmp_creator = xmp_creator
        self.outline = outline or []  # list of (title, page0)
        self.notes = notes or []      # list of (page0, x, y, author, contents)
        self.form = form or []        # list of (name, label, value, x, y, w)
        self.hidden = hidden or []    # list of (kind, value, channel, [probe texts])
        self.landscape = landscape

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="s173_", dir="/tmp"))
        raw = tmp / f"{self.stem}.pdf"
        if self.engine == "rl":
            build_rl(self, raw)
        elif self.engine == "docx":
            build_docx(self, raw, tmp)
        elif self.engine == "scan":
            build_scan(self, raw)
        finish(self, raw, self.path)
        return self.path


# ------------------------------------------------------------------ reportlab
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(doc, out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = doc.font
    if font in ("Helvetica", "Times"):
        try:
            "\n".join(doc.blocks).encode("cp1252")
        except UnicodeEncodeError:  # standard-14 fonts cannot show e.g. ś or ı: embed a TTF instead
            font = "DejaVuSerif" if font == "Times" else "DejaVu"
    bold = font + "-Bold"
    if font == "DejaVu":
        pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
    elif font == "DejaVuSerif":
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONTDIR + "DejaVuSerif-Bold.ttf"))
    elif font == "Times":
        font, bold = "Times-Roman", "Times-Bold"
    size = 9.5 if doc.landscape else 10
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    ps = landscape(A4) if doc.landscape else A4
    story = []
    rows = []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(_esc(c), cell) for c in r + [""] * (ncol - len(r))] for r in rows]
            t = Table(data, repeatRows=1, hAlign="LEFT",
                      colWidths=[(ps[0] - 40 * mm) / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b == "---":
            story.append(PageBreak())
        elif b.startswith("# "):
            story.append(Paragraph(_esc(b[2:]), h1))
        elif b.startswith("## "):
            story.append(Paragraph(_esc(b[3:]), h2))
        elif b.startswith("@space "):
            story.append(Spacer(1, float(b.split()[1]) * mm))
        elif b == "":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(_esc(b).replace("\n", "<br/>"), body))
    flush()
    top = 20 * mm + (len(doc.form) and 0)
    d = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=top, bottomMargin=18 * mm, invariant=1)

    def onpage(canv, _d):
        if doc.form and canv.getPageNumber() == 1:
            af = canv.acroForm
            for name, label, value, x, y, w in doc.form:
                canv.setFont("Helvetica", 8)
                canv.drawString(x * mm, (y + 7.5) * mm, label)
                af.textfield(name=name, tooltip=label, value=value, x=x * mm, y=y * mm, width=w * mm,
                             height=6.5 * mm, fontSize=9, borderWidth=0.5, forceBorder=True)
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ docx -> soffice
def build_docx(doc, out, tmp):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
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

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b == "---":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        else:
            p = d.add_paragraph()
            for i, line in enumerate(b.split("\n")):
                if i:
                    p.add_run().add_break()
                p.add_run(line)
    flush()
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.title = doc.title or ""
    src = tmp / f"{doc.stem}.docx"
    d.save(str(src))
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    assert out.exists(), f"soffice failed for {doc.stem}"


# ------------------------------------------------------------------ image-only scan
def build_scan(doc, out):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    W, H = 1654, 2339
    pages = [[]]
    for b in doc.blocks:
        if b == "---":
            pages.append([])
        else:
            pages[-1].append(b)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for pi, blocks in enumerate(pages):
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 150
        for b in blocks:
            fname, size = "DejaVuSerif.ttf", 34
            text = b
            if b.startswith("# "):
                fname, size, text = "DejaVuSerif-Bold.ttf", 46, b[2:]
            elif b.startswith("~ "):  # handwriting-like
                fname, size, text = "DejaVuSerif-BoldItalic.ttf", 44, b[2:]
            elif b.startswith("| "):
                fname, size = "DejaVuSansMono.ttf", 30
                text = b[2:]
            f = ImageFont.truetype(FONTDIR + fname, size)
            for line in (text.split("\n") if text else [""]):
                dr.text((140, y), line, font=f, fill=25)
                y += int(size * 1.45)
            y += 14
        img = img.rotate(0.6 + 0.25 * pi, resample=Image.BICUBIC, fillcolor=240)
        bio = io.BytesIO()
        img.convert("L").save(bio, "JPEG", quality=72)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------ finishing: producer, metadata, outline, notes
def finish(doc, raw, out):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String

    pdf = pikepdf.open(str(raw))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["pdf:Producer"] = doc.producer[0]
        meta["xmp:CreatorTool"] = doc.producer[1]
        if doc.xmp_creator:
            meta["dc:creator"] = [doc.xmp_creator]
        if doc.title:
            meta["dc:title"] = doc.title
    for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords", "/CreationDate", "/ModDate"):
        if k in pdf.docinfo:
            del pdf.docinfo[k]
    pdf.docinfo["/Producer"] = doc.producer[0]
    pdf.docinfo["/Creator"] = doc.producer[1]
    stamp = "D:202609%02d1030%02d+02'00'" % (1 + int(doc.stem[2:4]) % 28, int(doc.stem[2:4]))
    pdf.docinfo["/CreationDate"] = stamp
    pdf.docinfo["/ModDate"] = stamp
    if doc.title:
        pdf.docinfo["/Title"] = doc.title
    if doc.author:
        pdf.docinfo["/Author"] = doc.author
    if doc.outline:
        with pdf.open_outline() as ol:
            ol.root.clear()
            for t, p in doc.outline:
                ol.root.append(pikepdf.OutlineItem(t, p))
    for page0, x, y, who, txt in doc.notes:
        pg = pdf.pages[page0]
        annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([x, y, x + 20, y + 20]), T=String(who),
                                             Contents=String(txt), Open=False, C=Array([1, 0.9, 0.2]),
                                             Name=Name.Comment))
        if "/Annots" not in pg.obj:
            pg.obj.Annots = Array()
        pg.obj.Annots.append(annot)
    if "/DocChecksum" in pdf.trailer:
        del pdf.trailer["/DocChecksum"]
    if "/ID" in pdf.trailer:
        del pdf.trailer["/ID"]
    pdf.save(str(out), deterministic_id=True, fix_metadata_version=False)


# ------------------------------------------------------------------ gold
def _mask(text, probes):
    for p in probes:
        from evaluate import probe_regex
        text = probe_regex(p["text"], p.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(doc, path, REDACT, KEEP):
    text, pages = text_pdfium(path)
    problems = []
    redact = []
    allred = []
    chans = None
    if doc.engine == "scan" or doc.hidden:
        chans = extract_channels(path, ocr="auto" if doc.engine == "scan" else "off")["channels"]
    for kind, value, probes in REDACT:
        if doc.engine == "scan":
            got = []
            for t in probes:
                pr = {"text": t, "word": True, "after": 0, "ocr": True}
                if channel_counts(chans, pr).get("ocr", 0) > 0:
                    got.append(pr)
            if got:
                redact.append({"kind": kind, "value": value, "channel": "ocr", "ocr": True, "probes": got})
                allred += got
        else:
            got = [{"text": t, "word": True, "after": 0} for t in probes
                   if count_in(text, {"text": t, "word": True})]
            if got:
                redact.append({"kind": kind, "value": value, "probes": got})
                allred += got
    for kind, value, ch, probes in doc.hidden:
        got = []
        for t in probes:
            pr = {"text": t, "word": True, "after": 0}
            if channel_counts(chans, pr).get(ch, 0) > 0 and not count_in(text, pr):
                got.append(pr)
            else:
                problems.append(f"{doc.stem}: hidden probe {t!r} not only in {ch}")
        if got:
            redact.append({"kind": kind, "value": value, "channel": ch, "probes": got})
    masked = _mask(text, allred)
    keep = []
    for kind, value, probes in KEEP:
        got = []
        for t in probes:
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if n and count_in(masked, pr) == n:
                got.append({"text": t, "word": True, "after": n})
        if got:
            keep.append({"kind": kind, "value": value, "probes": got})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
