"""Framework for blind set mixed25: inline markup, five producers, hidden channels, gold.

Markup in document text:
  [[text|K]] or [[text|K|probe1;probe2]]   personal data (redact); default probe = text
  <<text|K>> or <<text|K|probe1;probe2>>   must stay readable (keep); default probe = text
A probe written with a leading '=' is matched without word boundaries.
"""
from __future__ import annotations

import html
import math
import random
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
EVAL = Path("/work/shared/eval")
sys.path.insert(0, str(EVAL))
import evaluate as ev  # noqa: E402  (norm, probe_regex, count_in, text extractors)

RX_RED = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:\|(.+?))?\]\]")
RX_KEEP = re.compile(r"<<(.+?)\|([A-Z]+)(?:\|(.+?))?>>")

KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN",
         "D": "DATE_OF_BIRTH", "S": "SIGNATURE", "O": "OTHER_ID"}
KEEP_KINDS = {"ORG": "ORG", "LOC": "LOC", "OFF": "OFFICE_HOLDER", "TIT": "JOB_TITLE", "LAW": "LAW",
              "DAT": "DATE", "CAS": "CASE_NUMBER", "TEL": "SWITCHBOARD", "MAIL": "FUNCTIONAL_MAILBOX",
              "KAD": "KADASTER", "STR": "STREET", "MISC": "MISC", "ADR": "OFFICE_ADDRESS"}


# ------------------------------------------------------------------ data helpers
def bsn(seed: int, valid: bool = True) -> str:
    r = random.Random(seed * 7919 + 17)
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            if valid:
                return "".join(map(str, d)) + str(last)
            return "".join(map(str, d)) + str((last + 3) % 10)


def iban(seed: int, bank: str = "INGB", spaced: bool = True, typo: bool = False) -> str:
    r = random.Random(seed * 104729 + 3)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    if typo:  # swap two digits of the account: checksum no longer holds
        a = list(s)
        a[10], a[11] = a[11], a[10]
        if a[10] == a[11]:
            a[12] = str((int(a[12]) + 1) % 10)
        s = "".join(a)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ------------------------------------------------------------------ markup
def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def masked(s: str) -> str:
    s = RX_RED.sub(lambda m: "\u2588" * 3, s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def spans(s: str):
    red = [(m.group(1), m.group(2), m.group(3)) for m in RX_RED.finditer(s)]
    keep = [(m.group(1), m.group(2), m.group(3)) for m in RX_KEEP.finditer(plain_red_only(s))]
    return red, keep


def plain_red_only(s: str) -> str:
    return RX_RED.sub(lambda m: m.group(1), s)


def block_texts(b) -> list[str]:
    t = b[0]
    if t in ("title", "p", "h", "small", "right", "mono"):
        return [b[1]]
    if t in ("lines", "rlines", "stamp", "envelope"):
        return list(b[1])
    if t == "table":
        return [c for row in b[1] for c in row]
    if t == "fields":
        return [lab for lab, _ in b[1]]
    return []


def field_texts(b) -> list[str]:
    return [v for _, v in b[1]] if b[0] == "fields" else []


# ------------------------------------------------------------------ images
def signature_png(path: Path, seed: int, w=360, h=120):
    from PIL import Image, ImageDraw, ImageFilter
    r = random.Random(seed)
    im = Image.new("L", (w, h), 245)
    px = im.load()
    for _ in range(w * h // 12):
        x, y = r.randrange(w), r.randrange(h)
        px[x, y] = r.randint(200, 250)
    d = ImageDraw.Draw(im)
    x, y = 20, h // 2
    pts = []
    for i in range(60):
        x += r.uniform(2, 8)
        y = h / 2 + math.sin(i / r.uniform(1.5, 3)) * r.uniform(10, 40)
        pts.append((x, y))
    d.line(pts, fill=30, width=3)
    d.line([(pts[5][0], h * 0.75), (pts[-1][0] + 10, h * 0.7)], fill=50, width=2)
    im = im.filter(ImageFilter.GaussianBlur(0.8)).convert("RGB")
    im.save(path)
    return path


# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                 ("DVM", "DejaVuSansMono.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))


def render_reportlab(doc, out: Path, tmp: Path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Flowable, Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    _rl_fonts()
    serif = doc.get("serif", False)
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    fs = doc.get("fontsize", 9.5)
    st = ParagraphStyle("b", fontName=base, fontSize=fs, leading=fs * 1.35, spaceAfter=4)
    sth = ParagraphStyle("h", parent=st, fontName=bold, fontSize=fs + 1, spaceBefore=6)
    stt = ParagraphStyle("t", parent=st, fontName=bold, fontSize=fs + 4, leading=(fs + 4) * 1.3, spaceAfter=8)
    sts = ParagraphStyle("s", parent=st, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3)
    str_ = ParagraphStyle("r", parent=st, alignment=TA_RIGHT)
    stm = ParagraphStyle("m", parent=st, fontName="DVM", fontSize=fs - 1)
    stc = ParagraphStyle("c", parent=st, fontName="DVC", fontSize=fs - 1, leading=(fs - 1) * 1.25, spaceAfter=0)
    E = lambda s: html.escape(plain(s), quote=False)

    class FieldsFlow(Flowable):
        def __init__(self, items):
            super().__init__()
            self.items = items
            self.height = len(items) * 8 * mm
            self.width = 170 * mm

        def wrap(self, aw, ah):
            return self.width, self.height

        def draw(self):
            c = self.canv
            for i, (lab, val) in enumerate(self.items):
                y = self.height - (i + 1) * 8 * mm + 2
                c.setFont(base, fs)
                c.drawString(0, y + 4, plain(lab))
                c.acroForm.textfield(name=f"f{i}_{re.sub(r'[^A-Za-z]', '', plain(lab))[:20]}",
                                     value=plain(val), x=62 * mm, y=y, width=100 * mm, height=6.5 * mm,
                                     relative=True, fontName="Helvetica", fontSize=9, borderWidth=0.6,
                                     fillColor=colors.Color(0.93, 0.95, 1), maxlen=200)

    story = []
    sigs = 0
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(E(b[1]), stt))
        elif t == "h":
            story.append(Paragraph(E(b[1]), sth))
        elif t == "p":
            story.append(Paragraph(E(b[1]), st))
        elif t == "small":
            story.append(Paragraph(E(b[1]), sts))
        elif t == "mono":
            story.append(Paragraph(E(b[1]).replace("\n", "<br/>"), stm))
        elif t == "right":
            story.append(Paragraph(E(b[1]), str_))
        elif t in ("lines", "rlines"):
            story.append(Paragraph("<br/>".join(E(x) for x in b[1]), str_ if t == "rlines" else st))
        elif t == "table":
            rows = [[Paragraph(E(c), stc) for c in row] for row in b[1]]
            widths = b[2] if len(b) > 2 and b[2] else None
            tb = Table(rows, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 4))
        elif t == "sig":
            sigs += 1
            p = signature_png(tmp / f"{doc['id']}_sig{sigs}.png", seed=zlib.crc32(doc["id"].encode()) % 1000 + sigs)
            story.append(Image(str(p), width=45 * mm, height=15 * mm, hAlign="LEFT"))
        elif t == "space":
            story.append(Spacer(1, b[1] if len(b) > 1 else 10))
        elif t == "pagebreak":
            story.append(PageBreak())
        elif t == "fields":
            story.append(FieldsFlow(b[1]))
            story.append(Spacer(1, 6))

    hdr, ftr = plain(doc.get("header", "")), plain(doc.get("footer", ""))

    def onpage(c, d):
        c.saveState()
        c.setFont(base, 7.5)
        if hdr:
            c.drawString(20 * mm, A4[1] - 12 * mm, hdr)
        if ftr:
            c.drawString(20 * mm, 10 * mm, ftr)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                           title=plain(doc.get("title", "")), author=plain(doc.get("author", "")),
                           creator=doc.get("creator", "Microsoft Word"))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fpdf2
def render_fpdf(doc, out: Path, tmp: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    hdr, ftr = plain(doc.get("header", "")), plain(doc.get("footer", ""))

    class P(FPDF):
        def header(self):
            if hdr:
                self.set_font("dv", size=7.5)
                self.set_text_color(90)
                self.cell(0, 5, hdr, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0)
                self.ln(2)

        def footer(self):
            self.set_y(-13)
            self.set_font("dv", size=7.5)
            self.cell(0, 5, (ftr + "   ") + f"pagina {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dvs", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("dvc", "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
    pdf.add_font("dvm", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, 18)
    if doc.get("author"):
        pdf.set_author(plain(doc["author"]))
    if doc.get("title"):
        pdf.set_title(plain(doc["title"]))
    pdf.set_creator(doc.get("creator", "fpdf2"))
    pdf.add_page()
    fam = "dvs" if doc.get("serif") else "dv"
    fs = doc.get("fontsize", 9.5)
    sigs = 0
    for b in doc["blocks"]:
        t = b[0]
        W = pdf.epw
        if t == "title":
            pdf.set_font("dv", "B", fs + 4)
            pdf.multi_cell(W, 7, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "h":
            pdf.ln(1)
            pdf.set_font("dv", "B", fs + 0.5)
            pdf.multi_cell(W, 5.5, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "small", "mono", "right"):
            pdf.set_font("dvm" if t == "mono" else fam, "", fs - (1.5 if t == "small" else 0))
            pdf.multi_cell(W, 5 if t != "small" else 4, plain(b[1]), new_x="LMARGIN", new_y="NEXT",
                           align="R" if t == "right" else "L")
            pdf.ln(1.5)
        elif t in ("lines", "rlines"):
            pdf.set_font(fam, "", fs)
            for x in b[1]:
                pdf.cell(W, 5, plain(x), new_x="LMARGIN", new_y="NEXT", align="R" if t == "rlines" else "L")
            pdf.ln(2)
        elif t == "table":
            pdf.set_font("dvc", "", fs - 1)
            widths = b[2] if len(b) > 2 and b[2] else None
            with pdf.table(col_widths=widths, line_height=4.6, headings_style=FontFace(emphasis=None, fill_color=(225, 230, 240))) as tb:
                for row in b[1]:
                    r = tb.row()
                    for c in row:
                        r.cell(plain(c))
            pdf.ln(2)
        elif t == "sig":
            sigs += 1
            p = signature_png(tmp / f"{doc['id']}_sig{sigs}.png", seed=zlib.crc32(doc["id"].encode()) % 1000 + sigs)
            pdf.image(str(p), w=45, h=15)
        elif t == "space":
            pdf.ln((b[1] if len(b) > 1 else 10) / 2.8)
        elif t == "pagebreak":
            pdf.add_page()
    pdf.output(str(out))


# ------------------------------------------------------------------ html (Chromium)
def to_html(doc, tmp: Path) -> str:
    E = lambda s: html.escape(plain(s), quote=False)
    css = doc.get("css", "") + """
    body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0}
    table{border-collapse:collapse;width:100%;margin:6px 0}
    td,th{border:1px solid #999;padding:2px 4px;vertical-align:top;font-size:9pt;text-align:left}
    th{background:#e4e8f0} h1{font-size:15pt;margin:4px 0 8px} h2{font-size:11pt;margin:10px 0 3px}
    p{margin:3px 0 6px;line-height:1.35} .small{font-size:8pt;color:#444} .right{text-align:right}
    .mono{font-family:'DejaVu Sans Mono',monospace;font-size:9pt;white-space:pre-wrap}
    .hdr{font-size:8pt;color:#555;border-bottom:1px solid #aaa;margin-bottom:10px}
    .ftr{font-size:8pt;color:#555;border-top:1px solid #aaa;margin-top:14px}
    @page{size:A4;margin:16mm 18mm}"""
    out = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{E(doc.get('title', ''))}</title><style>{css}</style></head><body>"]
    if doc.get("header"):
        out.append(f"<div class='hdr'>{E(doc['header'])}</div>")
    sigs = 0
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{E(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{E(b[1])}</h2>")
        elif t in ("p", "small", "right", "mono"):
            out.append(f"<p class='{t}'>{E(b[1])}</p>")
        elif t in ("lines", "rlines"):
            out.append(f"<p class='{'right' if t == 'rlines' else ''}'>" + "<br>".join(E(x) for x in b[1]) + "</p>")
        elif t == "table":
            rows = b[1]
            out.append("<table><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif t == "sig":
            sigs += 1
            p = signature_png(tmp / f"{doc['id']}_sig{sigs}.png", seed=zlib.crc32(doc["id"].encode()) % 1000 + sigs)
            out.append(f"<img src='file://{p}' style='width:45mm;height:15mm'>")
        elif t == "space":
            out.append("<div style='height:10px'></div>")
        elif t == "pagebreak":
            out.append("<div style='break-after:page'></div>")
        elif t == "raw":
            out.append(b[1])
    if doc.get("footer"):
        out.append(f"<div class='ftr'>{E(doc['footer'])}</div>")
    out.append("</body></html>")
    return "\n".join(out)


def render_html(doc, out: Path, tmp: Path):
    h = tmp / f"{doc['id']}.html"
    h.write_text(to_html(doc, tmp), encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", f"file://{h}"],
                   capture_output=True, timeout=180, check=False)
    if not out.exists():
        raise RuntimeError("chromium failed for " + doc["id"])


# ------------------------------------------------------------------ docx -> LibreOffice
def render_docx(doc, out: Path, tmp: Path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    d = docx.Document()
    stn = d.styles["Normal"]
    stn.font.name = "DejaVu Serif" if doc.get("serif") else "DejaVu Sans"
    stn.font.size = Pt(doc.get("fontsize", 9.5))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    if doc.get("header"):
        sec.header.paragraphs[0].text = plain(doc["header"])
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = plain(doc["footer"])
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    cp = d.core_properties
    cp.author = plain(doc.get("author", ""))
    cp.title = plain(doc.get("title", ""))
    cp.last_modified_by = plain(doc.get("author", ""))
    sigs = 0
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(14)
        elif t == "h":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold = True
        elif t in ("p", "small", "right", "mono"):
            p = d.add_paragraph(plain(b[1]))
            if t == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if t == "small":
                for r in p.runs:
                    r.font.size = Pt(8)
        elif t in ("lines", "rlines"):
            p = d.add_paragraph()
            for i, x in enumerate(b[1]):
                r = p.add_run(plain(x))
                if i < len(b[1]) - 1:
                    r.add_break()
            if t == "rlines":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = plain(c)
                    for r in cell.paragraphs[0].runs:
                        r.font.size = Pt(8.5)
                        r.bold = i == 0
            d.add_paragraph()
        elif t == "sig":
            sigs += 1
            p = signature_png(tmp / f"{doc['id']}_sig{sigs}.png", seed=zlib.crc32(doc["id"].encode()) % 1000 + sigs)
            d.add_picture(str(p), width=Mm(45))
        elif t == "space":
            d.add_paragraph()
        elif t == "pagebreak":
            d.add_page_break()
    src = tmp / f"{doc['id']}.docx"
    d.save(src)
    subprocess.run(["nice", "-n", "10", "soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=240)
    pdf = tmp / f"{doc['id']}.pdf"
    if not pdf.exists():
        raise RuntimeError("soffice failed for " + doc["id"])
    out.write_bytes(pdf.read_bytes())


# ------------------------------------------------------------------ scans
def render_scan(doc, out: Path, tmp: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    r = random.Random(doc["id"])
    style = doc.get("scanfont", "serif")
    fnt = {"serif": "DejaVuSerif.ttf", "mono": "DejaVuSansMono.ttf", "hand": "DejaVuSerif-Italic.ttf",
           "sans": "DejaVuSans.ttf"}[style]
    size = doc.get("scansize", 30)
    font = ImageFont.truetype(str(FONT_DIR / fnt), size)
    fontb = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), size + 6)
    pages = []
    im = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(im)
    y = 150
    margin = 170
    lh = int(size * 1.45)

    def newpage():
        nonlocal im, d, y
        pages.append(im)
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 150

    def wrap(text, f, maxw):
        words, line, res = text.split(" "), "", []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=f) > maxw and line:
                res.append(line)
                line = w
            else:
                line = t
        if line:
            res.append(line)
        return res

    sigs = 0
    for b in doc["blocks"]:
        t = b[0]
        if t == "pagebreak":
            newpage()
            continue
        if t == "space":
            y += lh
            continue
        if t == "sig":
            sigs += 1
            p = signature_png(tmp / f"{doc['id']}_sig{sigs}.png", seed=r.randint(0, 999), w=420, h=140)
            sg = Image.open(p).convert("L")
            im.paste(sg, (margin, y))
            y += 150
            continue
        if t == "stamp":
            x0 = W - margin - 560
            d.rectangle([x0, y, x0 + 540, y + 170], outline=60, width=4)
            yy = y + 15
            for ln in b[1]:
                d.text((x0 + 20, yy), plain(ln), font=font, fill=60)
                yy += lh
            y += 190
            continue
        if t == "envelope":
            d.rectangle([margin, y, W - margin, y + 700], outline=120, width=3)
            d.rectangle([W - margin - 200, y + 30, W - margin - 40, y + 220], outline=90, width=2)
            yy = y + 320
            for ln in b[1]:
                d.text((margin + 520, yy), plain(ln), font=fontb, fill=25)
                yy += lh + 10
            y += 760
            continue
        f = fontb if t in ("title", "h") else font
        txts = b[1] if t in ("lines", "rlines") else [b[1]]
        if t == "table":
            for row in b[1]:
                cw = (W - 2 * margin) / len(row)
                for j, c in enumerate(row):
                    d.text((margin + j * cw + 8, y + 6), plain(c), font=font, fill=20)
                    d.rectangle([margin + j * cw, y, margin + (j + 1) * cw, y + lh + 10], outline=90, width=2)
                y += lh + 10
            y += lh // 2
            continue
        for tx in txts:
            for ln in wrap(plain(tx), f, W - 2 * margin):
                if y > H - 200:
                    newpage()
                x = margin
                if t == "rlines" or t == "right":
                    x = W - margin - d.textlength(ln, font=f)
                jitter = r.randint(-2, 2) if style == "hand" else 0
                d.text((x + jitter, y), ln, font=f, fill=r.randint(15, 45))
                y += lh
        y += lh // 2 if t not in ("lines", "rlines") else lh // 3
    pages.append(im)
    final = []
    for i, pg in enumerate(pages):
        px = pg.load()
        for _ in range(W * H // 400):
            x, yy = r.randrange(W), r.randrange(H)
            px[x, yy] = r.randint(90, 200)
        for _ in range(8):  # dust specks
            x, yy = r.randrange(W), r.randrange(H)
            ImageDraw.Draw(pg).ellipse([x, yy, x + r.randint(2, 6), yy + r.randint(2, 6)], fill=80)
        pg = pg.rotate(r.uniform(-0.8, 0.8), fillcolor=235, resample=Image.BICUBIC)
        pg = pg.filter(ImageFilter.GaussianBlur(0.6))
        final.append(pg.convert("L"))
    final[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=final[1:])


PRODUCERS = {"reportlab": render_reportlab, "fpdf": render_fpdf, "html": render_html,
             "docx": render_docx, "scan": render_scan}


# ------------------------------------------------------------------ hidden channels
def add_hidden(doc, path: Path):
    import pikepdf
    h = doc.get("hidden") or {}
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        # fixed dates so that rebuilds are reproducible (LibreOffice's XMP keeps its own dates)
        for k in ("/CreationDate", "/ModDate"):
            pdf.docinfo[k] = pikepdf.String(doc.get("pdfdate", "D:20250601120000Z"))
        if doc.get("meta_author"):
            pdf.docinfo["/Author"] = plain(doc["meta_author"])
            if "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
        for (pg, author, text) in h.get("annots", []):
            page = pdf.pages[pg]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[480, 700 - 30 * len(page.obj.get("/Annots", [])), 500, 720 - 30 * len(page.obj.get("/Annots", []))],
                                       T=pikepdf.String(plain(author)), Contents=pikepdf.String(plain(text)),
                                       Name=pikepdf.Name.Comment, F=4, C=[1, 0.9, 0.2])
            ref = pdf.make_indirect(annot)
            if "/Annots" in page.obj:
                page.obj.Annots.append(ref)
            else:
                page.obj.Annots = pikepdf.Array([ref])
        if h.get("outline"):
            with pdf.open_outline() as ol:
                for title, pg in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pg))
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------ gold
def _probe(ptext: str) -> dict:
    if ptext.startswith("="):
        return {"text": ptext[1:], "word": False, "after": 0}
    return {"text": ptext, "word": True, "after": 0}


def hidden_strings(doc) -> list[str]:
    h = doc.get("hidden") or {}
    out = []
    if doc.get("meta_author"):
        out.append(doc["meta_author"])
    if doc.get("author") and doc["producer"] != "html":
        out.append(doc["author"])
    for _, a, t in h.get("annots", []):
        out += [a, t]
    for t, _ in h.get("outline", []):
        out.append(t)
    for b in doc["blocks"]:
        out += field_texts(b)
    return out


def visible_strings(doc) -> list[str]:
    out = []
    for b in doc["blocks"]:
        out += block_texts(b)
    return out


def make_gold(doc, pdf_path: Path, pages: int, channels: dict, ocr_entries=None) -> tuple[dict, list]:
    """Redact items from [[..]] spans (visible and hidden), keep items from <<..>> (visible only).
    Returns gold and a list of problems."""
    problems = []
    vis = visible_strings(doc)
    hdr = [doc.get("header", ""), doc.get("footer", "")]
    nrep = pages if doc["producer"] in ("reportlab", "fpdf", "docx") else 1
    src_all = "\n".join(vis + hdr * nrep)
    src_plain = ev.norm(plain(src_all))
    src_masked = ev.norm(masked(src_all))
    is_scan = doc["producer"] == "scan"
    red_items, seen = [], {}
    for s in vis + hdr + hidden_strings(doc):
        for text, k, pr in RX_RED.findall(s):
            probes = pr.split(";") if pr else [text]
            for p in probes:
                pd = _probe(p)
                if is_scan:
                    pd["ocr"] = True
                key = (pd["text"], pd["word"])
                if key in seen:
                    continue
                seen[key] = 1
                item = next((it for it in red_items if it["value"] == text), None)
                if item is None:
                    item = {"kind": KINDS[k], "value": text, "probes": []}
                    red_items.append(item)
                # verification
                if count_in_masked(src_masked, pd) and not is_scan:
                    problems.append(f"{doc['id']}: redact probe {p!r} occurs outside personal data")
                    continue
                if is_scan:
                    c = ev.ocr_count(ocr_entries or [], pd)
                    if c == 0:
                        problems.append(f"{doc['id']}: OCR does not find {p!r} (dropped)")
                        continue
                else:
                    cc = ev.channel_counts(channels, pd)
                    if not cc:
                        problems.append(f"{doc['id']}: redact probe {p!r} found in no channel")
                        continue
                item["probes"].append(pd)
    red_items = [it for it in red_items if it["probes"]]
    keep_items = []
    kseen = set()
    if not is_scan:
        pdf_text = channels["pdfium"]
        for s in vis + hdr:
            for text, k, pr in RX_KEEP.findall(plain_red_only(s)):
                probes = pr.split(";") if pr else [text]
                item = None
                for p in probes:
                    pd = _probe(p)
                    key = (pd["text"], pd["word"])
                    if key in kseen:
                        continue
                    kseen.add(key)
                    n_src = ev.count_in(src_plain, pd)
                    n_mask = ev.count_in(src_masked, pd)
                    n_pdf = ev.count_in(pdf_text, pd)
                    if n_pdf != n_src:
                        problems.append(f"{doc['id']}: keep {p!r} src={n_src} pdfium={n_pdf}")
                        continue
                    if n_mask < 1:
                        continue
                    pd["after"] = n_mask
                    if n_mask != n_src:
                        pd["inside_personal_data"] = n_src - n_mask
                    if item is None:
                        item = {"kind": KEEP_KINDS[k], "value": text, "probes": []}
                        keep_items.append(item)
                    item["probes"].append(pd)
    gold = {"doc": pdf_path.name, "pages": pages, "producer": doc["producer"],
            "redact": red_items, "keep": keep_items}
    return gold, problems


def count_in_masked(src_masked: str, pd: dict) -> int:
    return ev.count_in(src_masked, pd)
