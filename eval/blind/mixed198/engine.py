"""Rendering + gold engine for set mixed198 (dog-bite case). Used by make_set.py."""
from __future__ import annotations

import io
import json
import random
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
DATE = "D:20261103101500+01'00'"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FD + "DejaVuSerif-Bold.ttf"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles(font):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVuSerif-Bold", "Courier": "Courier-Bold"}[font]
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
    head = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
    small = ParagraphStyle("s", fontName=font, fontSize=8.5, leading=10.5)
    return body, head, small, bold


def flow(lines, font):
    """lines: '# heading', '|a|b|c' table rows (consecutive), '' spacer, else paragraph."""
    body, head, small, bold = styles(font)
    out, rows = [], []

    def flush():
        if rows:
            data = [[Paragraph(esc(c), small) for c in r] for r in rows]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 6))
            rows.clear()
    for ln in lines:
        if ln.startswith("|"):
            rows.append(ln.strip("|").split("|"))
            continue
        flush()
        if ln == "---":
            out.append(PageBreak())
        elif ln.startswith("# "):
            out.append(Paragraph(esc(ln[2:]), head))
        elif ln == "":
            out.append(Spacer(1, 6))
        else:
            out.append(Paragraph(esc(ln).replace("\n", "<br/>"), body))
    flush()
    return out


def build_rl(d, path):
    buf = io.BytesIO()
    outline = d.get("outline")
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=d.get("title", ""))
    story = flow(d["lines"], d.get("font", "Helvetica"))
    if outline:
        from reportlab.platypus.flowables import Flowable

        class BM(Flowable):
            def __init__(self, key, title):
                super().__init__()
                self.key, self.t = key, title

            def wrap(self, *a):
                return (0, 0)

            def draw(self):
                self.canv.bookmarkPage(self.key)
                self.canv.addOutlineEntry(self.t, self.key, 0)
        # outline entries inserted at given line indexes
        new = []
        for i, fl in enumerate(story):
            for (idx, title) in outline:
                if idx == i:
                    new.append(BM(f"k{idx}", title))
            new.append(fl)
        story = new

    def onpage(c, _doc):
        c.setFont(d.get("font", "Helvetica"), 7.5)
        c.drawString(22 * mm, 10 * mm, d.get("footer", "Gemeente Zutphen"))
        c.drawRightString(A4[0] - 22 * mm, 10 * mm, f"pagina {c.getPageNumber()}")
        if d.get("form"):
            f = c.acroForm
            y = 60 * mm
            for name, label, val in d["form"]:
                c.setFont("Helvetica", 8)
                c.drawString(22 * mm, y + 2, label)
                f.textfield(name=name, tooltip=label, x=80 * mm, y=y - 2, width=100 * mm, height=12,
                            value=val, fontName="Helvetica", fontSize=8, borderWidth=0.5)
                y -= 16
            d["form"] = None
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    path.write_bytes(buf.getvalue())


def build_docx(d, path):
    import docx
    from docx.shared import Pt
    tmp = Path(tempfile.mkdtemp(prefix="s198_dx"))
    dd = docx.Document()
    st = dd.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            t = dd.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()
    for ln in d["lines"]:
        if ln.startswith("|"):
            rows.append(ln.strip("|").split("|"))
            continue
        flush()
        if ln.startswith("# "):
            dd.add_heading(ln[2:], level=2)
        elif ln == "---":
            dd.add_page_break()
        elif ln:
            for part in ln.split("\n"):
                dd.add_paragraph(part)
    flush()
    dd.core_properties.author = d.get("docx_author", "")
    dd.core_properties.title = d.get("title", "")
    src = tmp / (d["stem"] + ".docx")
    dd.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s198_lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    path.write_bytes((tmp / (d["stem"] + ".pdf")).read_bytes())


def build_scan(d, path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1654, 2339  # A4 @ 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FD + "DejaVuSerif.ttf", 34)
    hf = ImageFont.truetype(FD + "DejaVuSerif-Italic.ttf", 40)
    y = 150
    for ln in d["lines"]:
        hand = ln.startswith("~")
        txt = ln[1:] if hand else ln
        dr.text((140, y), txt, fill=30 if not hand else 50, font=hf if hand else f)
        y += 58 if txt else 30
    rnd = random.Random(d["stem"])
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=245, resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=72)
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, A4[0], A4[1])
    c.setFont("Helvetica", 7)
    c.drawString(20 * mm, 6 * mm, d.get("footer", ""))
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def post(d, path):
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if d.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d["xmp_creator"]]
                m["dc:title"] = d.get("title", "")
        info = pdf.docinfo
        info["/Producer"] = d.get("producer", "Microsoft® Word voor Microsoft 365")
        info["/Creator"] = d.get("creator", "Microsoft® Word voor Microsoft 365")
        info["/Title"] = d.get("title", "")
        if d.get("author") is not None:
            info["/Author"] = d["author"]
        elif "/Author" in info and d["kind"] != "docx":
            del info["/Author"]
        info["/CreationDate"] = DATE
        info["/ModDate"] = DATE
        for (pg, author, text) in d.get("notes", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([500, 700 - 30 * len(page.obj.get("/Annots", [])), 520, 720]),
                T=pikepdf.String(author), Contents=pikepdf.String(text),
                Name=pikepdf.Name.Comment, F=4, M=pikepdf.String(DATE)))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(path, deterministic_id=True)


def build(d):
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{d['stem']}.pdf"
    {"rl": build_rl, "docx": build_docx, "scan": build_scan}[d["kind"]](d, path)
    post(d, path)
    return path


def spans(text, probes):
    out = []
    for p in probes:
        for m in probe_regex(p, True).finditer(text):
            out.append((m.start(), m.end()))
    return out


def make_gold(d, path, REDACT, KEEP):
    """REDACT: list of (value, kind, [probes]); KEEP: list of (value, kind). Found automatically."""
    text, pages = text_pdfium(path)
    problems = []
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    hidden = d.get("hidden", [])
    chans = None
    if hidden or d["kind"] == "scan":
        chans = extract_channels(path, ocr="auto" if d["kind"] == "scan" else "off")["channels"]
    all_red = []
    for value, kind, probes in REDACT:
        if d["kind"] == "scan":
            ps = [p for p in probes if channel_counts(chans, {"text": p, "word": True, "ocr": True}).get("ocr")]
            if ps:
                gold["redact"].append({"kind": kind, "value": value, "ocr": True, "channel": "ocr",
                                       "probes": [{"text": p, "word": True, "after": 0, "ocr": True} for p in ps]})
            continue
        ps = [p for p in probes if count_in(text, {"text": p, "word": True})]
        if ps:
            all_red += ps
            gold["redact"].append({"kind": kind, "value": value,
                                   "probes": [{"text": p, "word": True, "after": 0} for p in ps]})
    for value, kind, ch in hidden:
        pr = {"text": value, "word": True, "after": 0}
        if count_in(text, pr):
            problems.append(f"{d['stem']}: hidden {value!r} in page text")
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{d['stem']}: hidden {value!r} not in {ch}")
        gold["redact"].append({"kind": kind, "value": value, "channel": ch, "probes": [pr]})
    rsp = spans(text, all_red)
    redvals = [v for v, _, _ in REDACT] + [v for v, _, _ in hidden]
    for value, kind in KEEP:
        pr = {"text": value, "word": True}
        n = count_in(text, pr)
        if not n:
            continue
        if any(value in rv or rv in value for rv in redvals):
            continue
        bad = False
        for m in probe_regex(value, True).finditer(text):
            if any(a < m.end() and m.start() < b for a, b in rsp):
                bad = True
        if bad:
            continue
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": value, "probes": [pr]})
    if d["kind"] == "scan" and not gold["redact"]:
        problems.append(f"{d['stem']}: no OCR probe found")
    return gold, problems
