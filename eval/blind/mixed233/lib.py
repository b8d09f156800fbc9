"""Shared builders for set WF (mixed233): reportlab (standard-14 or embedded DejaVu), python-docx -> soffice,
image-only scans; hidden channels added with pikepdf; gold computed with the evaluator's own functions."""
from __future__ import annotations

import io
import math
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s233_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


class Doc:
    def __init__(self, stem, blocks, maker="rl", producer=None, creator=None, author=None, xmp_creator=None,
                 outline=None, notes=None, form=None, hidden=None, scan_hand=None, title=None, font=None):
        self.stem, self.blocks, self.maker = stem, blocks, maker
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline = outline or []        # list of titles
        self.notes = notes or []            # list of (author, contents)
        self.form = form or []              # list of (field name, value)
        self.hidden = hidden or []          # list of (kind, value, channel)
        self.scan_hand = scan_hand or []    # lines drawn in the 'handwriting' font on a scan
        self.title = title
        self.font = font

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.maker == "docx":
            raw = build_docx(self)
        elif self.maker == "scan":
            raw = build_scan(self)
        else:
            raw = build_rl(self)
        finish(self, raw, out)
        return out


# ---------------------------------------------------------------- reportlab
def _fonts(ttf):
    if not ttf:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fam = {"sans": ("DejaVuSans", "DejaVuSans-Bold"), "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
           "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold")}[ttf]
    for f in fam:
        try:
            pdfmetrics.getFont(f)
        except KeyError:
            pdfmetrics.registerFont(TTFont(f, FONTDIR + f + ".ttf"))
    return fam


def build_rl(d):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    reg, bold = _fonts(d.font)
    st = ParagraphStyle("b", fontName=reg, fontSize=9.5, leading=12.5, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
    sc = ParagraphStyle("c", fontName=reg, fontSize=8.3, leading=10)
    path = TMP / f"{d.stem}.rl.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title or "", author="")
    flow = []
    for b in d.blocks:
        if isinstance(b, list):
            rows = [[Paragraph(escape(str(c)), sc) for c in r] for r in b]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 6)]
        elif b.startswith("# "):
            flow.append(Paragraph(escape(b[2:]), sh))
        elif b == "---":
            flow.append(Spacer(1, 10))
        elif b == "===":
            from reportlab.platypus import PageBreak
            flow.append(PageBreak())
        else:
            flow.append(Paragraph(escape(b).replace("\n", "<br/>"), st))
    if d.form:
        from reportlab.platypus.flowables import Flowable

        class Fields(Flowable):
            def wrap(self, aw, ah):
                return aw, 26 * len(d.form) + 10

            def draw(self):
                c = self.canv
                y = 26 * len(d.form)
                for name, label, val in d.form:
                    c.setFont(reg, 9)
                    c.drawString(0, y - 12, label)
                    c.acroForm.textfield(name=name, tooltip=label, x=150, y=y - 18, width=300, height=18,
                                         value=val, fontName="Helvetica", fontSize=9, borderWidth=0.5,
                                         relative=True)
                    y -= 26
        flow.append(Fields())
    doc.build(flow)
    return path


# ---------------------------------------------------------------- docx -> soffice
def build_docx(d):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = d.author or ""
    doc.core_properties.last_modified_by = ""
    doc.core_properties.title = d.title or ""
    doc.core_properties.comments = ""
    s = doc.styles["Normal"]
    s.font.name = "DejaVu Sans" if d.font != "serif" else "DejaVu Serif"
    s.font.size = Pt(10)
    for b in d.blocks:
        if isinstance(b, list):
            t = doc.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for i, r in enumerate(b):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    for p in t.cell(i, j).paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(8.5)
            doc.add_paragraph("")
        elif b.startswith("# "):
            doc.add_heading(b[2:], level=2)
        elif b == "---":
            doc.add_paragraph("")
        else:
            p = doc.add_paragraph()
            lines = b.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s233_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
    return TMP / f"{d.stem}.pdf"


# ---------------------------------------------------------------- scans
def build_scan(d):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 33)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 38)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 42)
    y = 150
    for b in d.blocks:
        if isinstance(b, list):
            for r in b:
                x = 140
                for j, c in enumerate(r):
                    dr.text((x, y), str(c), font=f, fill=20)
                    x += [560, 470, 330, 300][j] if j < 4 else 250
                y += 52
            y += 20
            continue
        if b.startswith("# "):
            dr.text((140, y), b[2:], font=fb, fill=10)
            y += 70
            continue
        if b == "---":
            y += 40
            continue
        for ln in b.split("\n"):
            dr.text((140, y), ln, font=f, fill=25)
            y += 48
        y += 18
    y += 20
    for ln in d.scan_hand:
        dr.text((200, y), ln, font=fh, fill=40)
        y += 64
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=250, expand=False)
    jp = TMP / f"{d.stem}.jpg"
    img.save(jp, "JPEG", quality=78)
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    path = TMP / f"{d.stem}.scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------- hidden channels + producer
def finish(d, raw, out):
    import pikepdf
    with pikepdf.open(raw) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author",):
                del info[k]
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.author:
            info["/Author"] = d.author
        if d.title:
            info["/Title"] = d.title
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                if d.producer:
                    m["pdf:Producer"] = d.producer
        if d.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(d.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        if d.notes:
            page = pdf.pages[0]
            annots = page.obj.get("/Annots")
            if annots is None:
                page.obj["/Annots"] = annots = pdf.make_indirect(pikepdf.Array())
            for i, (who, txt) in enumerate(d.notes):
                a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array([520, 760 - 40 * i, 540, 780 - 40 * i]),
                                       T=pikepdf.String(who), Contents=pikepdf.String(txt),
                                       Name=pikepdf.Name.Comment, F=4)
                annots.append(pdf.make_indirect(a))
        pdf.save(out, deterministic_id=True)


# ---------------------------------------------------------------- gold
def _sim_redact(text, probes):
    for p in probes:
        text = probe_regex(p, True).sub(lambda m: "#" * len(m.group(0)), text)
    return text


def make_gold(d, path, people, keepterms):
    text, pages = text_pdfium(path)
    problems = []
    is_scan = d.maker == "scan"
    if is_scan:
        chans = extract_channels(path, ocr="auto")["channels"]
    redact, allprobes = [], []
    for key, entries in people.items():
        byk = {}
        for kind, p in entries:
            pr = {"text": p, "word": True, "after": 0}
            if is_scan:
                pr["ocr"] = True
                found = channel_counts(chans, pr).get("ocr", 0)
            else:
                found = count_in(text, pr)
            if found:
                byk.setdefault(kind, []).append(pr)
                allprobes.append(p)
        for kind, prs in byk.items():
            item = {"kind": kind, "value": prs[0]["text"], "probes": prs}
            if is_scan:
                item["channel"] = "ocr"
            redact.append(item)
    # hidden channels
    if d.hidden:
        ch = extract_channels(path, ocr="off")["channels"]
        for kind, val, chan in d.hidden:
            pr = {"text": val, "word": True, "after": 0}
            if not channel_counts(ch, pr).get(chan):
                problems.append(f"{d.stem}: hidden {val!r} not in {chan}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {val!r} also in page text")
            redact.append({"kind": kind, "value": val, "channel": chan, "probes": [pr]})
    sim = _sim_redact(text, allprobes)
    keep = []
    for kind, val in keepterms:
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        if not n:
            continue
        if count_in(sim, pr) != n:
            continue  # overlaps a redacted span: not a keep probe here
        if any(probe_regex(a, True).search(val) for a in allprobes):
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": val, "probes": [pr]})
    if not redact:
        problems.append(f"{d.stem}: no redact probes")
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
