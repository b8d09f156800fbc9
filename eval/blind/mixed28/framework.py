"""Framework of set AL (mixed28): a small block model rendered by three producers
(LibreOffice from python-docx, Chromium from HTML, reportlab), post-processing for hidden
channels (pikepdf) and scans (pdftoppm + Pillow noise/skew, optionally a tesseract OCR layer).

Markup inside any string of a document:
    [[text]]        personal data to redact (kind guessed: EMAIL, PHONE, BSN, IBAN, ... else PERSON)
    [[text|KIND]]   same with an explicit kind (ADDRESS, VNUM, DOB, PARAPH, ...)
    {{text}}        something that must stay readable (kind ORG)
    {{text|KIND}}   same with an explicit kind (PUBLIC_OFFICIAL, PLACE, LAW, ROLE, CASENO, ...)
The markers are removed from what is rendered; the tagged strings become gold probes.
"""
from __future__ import annotations

import html
import random
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

TAG = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]|\{\{(.+?)(?:\|([A-Z_]+))?\}\}", re.S)


def guess_kind(t: str) -> str:
    if "@" in t:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", t):
        return "IBAN"
    if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{4} \d{2} \d{3}", t):
        return "BSN"
    if re.fullmatch(r"[+()\d][\d \-\u2013()+]{7,}", t):
        return "PHONE"
    return "PERSON"


def strip(s: str, spans: list | None = None) -> str:
    """Remove markup; collect (cls, kind, text) into spans."""
    def rep(m):
        if m.group(1) is not None:
            t = m.group(1)
            if spans is not None:
                spans.append(("R", m.group(2) or guess_kind(t), t))
        else:
            t = m.group(3)
            if spans is not None:
                spans.append(("K", m.group(4) or "ORG", t))
        return t
    return TAG.sub(rep, s)


@dataclass
class Doc:
    name: str                      # file stem
    producer: str                  # docx | html | rl
    blocks: list
    title: str = ""
    letterhead: list = field(default_factory=list)   # lines (markup allowed)
    header_right: str = ""
    footer: str = ""
    style: str = "report"          # html: report | mail | plain ; rl: letter | report
    scan: str | None = None        # None | image | ocrlayer
    hidden: list = field(default_factory=list)       # see add_hidden
    author: str = ""               # metadata /Author (markup allowed)
    subject: str = ""              # metadata /Subject (markup allowed)
    signature: bool = False        # rl: draw a handwritten-looking signature and paraph
    seed: int = 0

    def all_spans(self):
        spans: list = []
        def walk(o):
            if isinstance(o, str):
                strip(o, spans)
            elif isinstance(o, (list, tuple)):
                for x in o:
                    walk(x)
        walk(self.blocks)
        walk(self.letterhead)
        walk([self.header_right, self.footer, self.title])
        vis = list(spans)
        hid: list = []
        strip(self.author, hid)
        strip(self.subject, hid)
        for h in self.hidden:
            for x in h[1:]:
                if isinstance(x, str):
                    strip(x, hid)
        return vis, hid


# ------------------------------------------------------------------------------------------
# HTML / Chromium
# ------------------------------------------------------------------------------------------
CSS = {
    "report": """
      @page { size: A4; margin: 18mm 18mm 20mm 20mm; }
      body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; }
      .lh { border-bottom: 2px solid #154273; padding-bottom: 4px; margin-bottom: 10px; color: #154273; font-weight: bold; }
      .hr { float: right; font-size: 8pt; color: #444; text-align: right; }
      h1 { font-size: 14pt; color: #154273; margin: 6px 0 8px 0; }
      h2 { font-size: 10.5pt; margin: 12px 0 4px 0; color: #154273; }
      table { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; }
      table.grid td, table.grid th { border: 1px solid #999; padding: 2px 4px; font-size: 8.5pt; vertical-align: top; }
      table.grid th { background: #dfe7f0; text-align: left; }
      table.kv td { padding: 1px 4px; vertical-align: top; }
      table.kv td.k { width: 30%; color: #333; }
      pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; }
      .small { font-size: 7.5pt; color: #444; }
      .foot { margin-top: 16px; font-size: 7.5pt; color: #555; border-top: 1px solid #aaa; }
      p { margin: 3px 0 6px 0; }
    """,
    "mail": """
      @page { size: A4; margin: 14mm 15mm 15mm 15mm; }
      body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }
      .lh { font-weight: bold; font-size: 11pt; border-bottom: 3px solid #000; margin-bottom: 8px; }
      .hr { float: right; font-size: 8pt; }
      h1 { font-size: 12pt; margin: 8px 0; }
      h2 { font-size: 10pt; margin: 10px 0 2px 0; border-bottom: 1px solid #ccc; }
      table { border-collapse: collapse; width: 100%; }
      table.kv td { padding: 0 4px; vertical-align: top; font-size: 9pt; }
      table.kv td.k { width: 16%; font-weight: bold; }
      table.grid td, table.grid th { border: 1px solid #bbb; padding: 2px 3px; font-size: 8.5pt; }
      pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; }
      .small { font-size: 7.5pt; color: #555; }
      .foot { margin-top: 12px; font-size: 7pt; color: #777; }
      p { margin: 2px 0 6px 0; }
    """,
    "plain": """
      @page { size: A4; margin: 22mm 20mm 20mm 22mm; }
      body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }
      .lh { text-align: center; font-variant: small-caps; font-size: 12pt; margin-bottom: 14px; }
      .hr { float: right; font-size: 8pt; }
      h1 { font-size: 13pt; text-align: center; }
      h2 { font-size: 10.5pt; font-style: italic; margin: 10px 0 3px 0; }
      table { border-collapse: collapse; width: 100%; }
      table.grid td, table.grid th { border: 1px solid #000; padding: 2px 4px; font-size: 9pt; vertical-align: top; }
      table.kv td { padding: 1px 4px; vertical-align: top; }
      table.kv td.k { width: 28%; }
      pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; white-space: pre-wrap; }
      .small { font-size: 8pt; }
      .foot { margin-top: 18px; font-size: 8pt; text-align: center; }
      p { margin: 3px 0 7px 0; text-align: justify; }
    """,
}


def _h(s: str) -> str:
    return html.escape(strip(s)).replace("\n", "<br>")


def to_html(d: Doc) -> str:
    out = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{_h(d.title)}</title>"
           f"<style>{CSS.get(d.style, CSS['report'])}</style></head><body>"]
    if d.header_right:
        out.append(f"<div class='hr'>{_h(d.header_right)}</div>")
    if d.letterhead:
        out.append("<div class='lh'>" + "<br>".join(_h(x) for x in d.letterhead) + "</div>")
    for b in d.blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{_h(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{_h(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{_h(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{_h(b[1])}</p>")
        elif k == "mono":
            out.append(f"<pre>{html.escape(strip(b[1]))}</pre>")
        elif k == "kv":
            out.append("<table class='kv'>" + "".join(
                f"<tr><td class='k'>{_h(a)}</td><td>{_h(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = "<table class='grid'>"
            if hdr:
                t += "<tr>" + "".join(f"<th>{_h(c)}</th>" for c in hdr) + "</tr>"
            for r in rows:
                t += "<tr>" + "".join(f"<td>{_h(c)}</td>" for c in r) + "</tr>"
            out.append(t + "</table>")
        elif k == "sig":
            out.append("<p style='margin-top:14px'>" + "<br>".join(_h(x) for x in b[1]) + "</p>")
        elif k == "pb":
            out.append("<div style='page-break-after: always'></div>")
    if d.footer:
        out.append(f"<div class='foot'>{_h(d.footer)}</div>")
    out.append("</body></html>")
    return "\n".join(out)


def render_html(d: Doc, work: Path) -> Path:
    src = work / f"{d.name}.html"
    src.write_text(to_html(d), encoding="utf-8")
    pdf = work / f"{d.name}.pdf"
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", str(src)],
                   capture_output=True, timeout=180)
    if not pdf.exists():
        raise RuntimeError(f"chromium failed for {d.name}")
    return pdf


# ------------------------------------------------------------------------------------------
# Word / LibreOffice
# ------------------------------------------------------------------------------------------
def build_docx(d: Doc, work: Path) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    cp = doc.core_properties
    cp.author = strip(d.author) if d.author else "Gebruiker"
    cp.title = strip(d.title)
    cp.subject = strip(d.subject)
    cp.last_modified_by = ""
    if d.letterhead or d.header_right:
        hp = sec.header.paragraphs[0]
        if d.letterhead:
            r = hp.add_run("\n".join(strip(x) for x in d.letterhead))
            r.bold = True
            r.font.color.rgb = RGBColor(0x15, 0x42, 0x73)
        if d.header_right:
            p2 = sec.header.add_paragraph(strip(d.header_right))
            p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in p2.runs:
                r.font.size = Pt(7.5)
    if d.footer:
        fp = sec.footer.paragraphs[0]
        fr = fp.add_run(strip(d.footer))
        fr.font.size = Pt(7)
    paras = []
    for b in d.blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.bold = True
            r.font.size = Pt(14)
            paras.append(p)
        elif k == "h":
            p = doc.add_heading(strip(b[1]), level=2)
            paras.append(p)
        elif k in ("p", "small"):
            p = doc.add_paragraph(strip(b[1]))
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(7.5)
            paras.append(p)
        elif k == "mono":
            for line in strip(b[1]).split("\n"):
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "DejaVu Sans Mono"
                r.font.size = Pt(8)
                paras.append(p)
        elif k in ("kv", "table"):
            if k == "kv":
                hdr, rows = None, [list(x) for x in b[1]]
            else:
                hdr, rows = b[1], b[2]
            ncol = len(rows[0]) if rows else len(hdr)
            t = doc.add_table(rows=0, cols=ncol)
            if k == "table":
                t.style = "Table Grid"
            for ri, r in enumerate(([hdr] if hdr else []) + rows):
                cells = t.add_row().cells
                for ci, c in enumerate(r):
                    cells[ci].text = strip(c)
                    for pp in cells[ci].paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(8.5)
                            if hdr and ri == 0:
                                rr.bold = True
                    paras.extend(cells[ci].paragraphs)
            doc.add_paragraph()
        elif k == "sig":
            p = doc.add_paragraph("\n".join(strip(x) for x in b[1]))
            p.paragraph_format.space_before = Pt(14)
            paras.append(p)
        elif k == "pb":
            doc.add_page_break()
    for h in d.hidden:
        if h[0] == "comment":
            anchor, text, author, initials = h[1], strip(h[2]), strip(h[3]), strip(h[4])
            for p in paras:
                if anchor in p.text and p.runs:
                    doc.add_comment(p.runs, text=text, author=author, initials=initials)
                    break
            else:
                raise RuntimeError(f"{d.name}: comment anchor {anchor!r} not found")
    path = work / f"{d.name}.docx"
    doc.save(path)
    return path


def convert_docx(paths: list, work: Path):
    if not paths:
        return
    subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to",
                    'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
                    "--outdir", str(work)] + [str(p) for p in paths], capture_output=True, timeout=900)


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
def scribble(path: Path, w=420, h=130, seed=1, strokes=3):
    """A handwritten-looking signature: a few smooth, looping strokes."""
    from PIL import Image, ImageDraw
    import math

    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    x0 = 15
    for s in range(strokes):
        pts = []
        x = x0 + rnd.randint(0, 20)
        amp = rnd.uniform(18, 40)
        freq = rnd.uniform(0.05, 0.11)
        ph = rnd.uniform(0, 6)
        length = rnd.randint(w // 4, w // 2)
        for i in range(length):
            t = i
            y = h / 2 + amp * math.sin(freq * t + ph) * (1 - i / (length * 1.3)) + 10 * math.sin(0.31 * t)
            xx = x + t + 12 * math.cos(0.23 * t + ph)
            pts.append((xx, y))
        dr.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
        x0 += length * 0.7
    dr.line([(10, h - 18), (w - 30, h - 26)], fill=(20, 30, 110, 255), width=2)
    im.save(path)
    return path


def render_rl(d: Doc, work: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Image, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    fdir = Path("/usr/share/fonts/truetype/dejavu")
    for nm, fn in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                   ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, str(fdir / fn)))
    serif = d.style == "letter"
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    ps = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=5)
    pt = ParagraphStyle("t", fontName=bold, fontSize=13.5, leading=17, spaceAfter=8)
    ph = ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
    psm = ParagraphStyle("s", fontName=base, fontSize=7.5, leading=9.5, spaceAfter=3)
    pc = ParagraphStyle("c", fontName=base, fontSize=8.3, leading=10)
    pm = ParagraphStyle("m", fontName="DVM", fontSize=7.8, leading=9.6)

    def P(s, st=ps):
        return Paragraph(html.escape(strip(s)).replace("\n", "<br/>"), st)

    story = []
    W = A4[0] - 40 * mm
    sigpng = None
    if d.signature:
        sigpng = scribble(work / f"{d.name}-sig.png", seed=d.seed + 7)
        parpng = scribble(work / f"{d.name}-par.png", w=160, h=90, seed=d.seed + 3, strokes=1)
    for b in d.blocks:
        k = b[0]
        if k == "title":
            story.append(P(b[1], pt))
        elif k == "h":
            story.append(P(b[1], ph))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "small":
            story.append(P(b[1], psm))
        elif k == "mono":
            story.append(Preformatted(strip(b[1]), pm))
            story.append(Spacer(1, 4))
        elif k in ("kv", "table"):
            if k == "kv":
                data = [[P(a, pc), P(v, pc)] for a, v in b[1]]
                cw = [W * 0.3, W * 0.7]
            else:
                hdr, rows = b[1], b[2]
                data = ([[P(c, pc) for c in hdr]] if hdr else []) + [[P(c, pc) for c in r] for r in rows]
                n = len(data[0])
                cw = [W * f for f in b[3]] if len(b) > 3 else [W / n] * n
            t = Table(data, colWidths=cw, repeatRows=1 if k == "table" and b[1] else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if k == "table":
                sty += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
                if b[1]:
                    sty += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4"))]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sig":
            if sigpng:
                story.append(Spacer(1, 6))
                story.append(Image(str(sigpng), width=55 * mm, height=17 * mm, hAlign="LEFT"))
            else:
                story.append(Spacer(1, 18))
            for line in b[1]:
                story.append(P(line))
        elif k == "paraph":
            # paraph table with a handwritten paraph in the last row
            rows = b[1]
            data = [[P(c, pc) for c in r] for r in rows]
            if sigpng:
                data[-1][2] = Image(str(parpng), width=18 * mm, height=10 * mm)
            t = Table(data, colWidths=[W * 0.3, W * 0.35, W * 0.15, W * 0.2])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
        elif k == "pb":
            story.append(PageBreak())

    def deco(c, doc):
        c.saveState()
        y = A4[1] - 14 * mm
        if d.letterhead:
            c.setFont(bold, 10.5)
            for line in d.letterhead:
                c.drawString(20 * mm, y, strip(line))
                y -= 12.5
                c.setFont(base, 8.5)
        if d.header_right:
            c.setFont(base, 7.5)
            yy = A4[1] - 14 * mm
            for line in strip(d.header_right).split("\n"):
                c.drawRightString(A4[0] - 20 * mm, yy, line)
                yy -= 9.5
        if d.footer:
            c.setFont(base, 7)
            c.drawString(20 * mm, 10 * mm, strip(d.footer))
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    top = 20 * mm + 12.5 * max(len(d.letterhead), strip(d.header_right).count("\n") + 1 if d.header_right else 0)
    pdf = work / f"{d.name}.pdf"
    sd = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=top, bottomMargin=18 * mm, title=strip(d.title),
                           author=strip(d.author), subject=strip(d.subject), creator="")
    sd.build(story, onFirstPage=deco, onLaterPages=deco)
    return pdf


# ------------------------------------------------------------------------------------------
# post-processing: hidden channels, scans
# ------------------------------------------------------------------------------------------
def add_hidden(d: Doc, pdf: Path):
    """hidden items (besides Word comments, handled in build_docx):
        ("note", page, text, author)      sticky note (/Text annotation)
        ("outline", title)                an outline entry pointing at page 1
        ("field", name, value)            AcroForm text field with a value
        ("attach", filename, description) embedded file
        ("meta", key, value)              Info entry (e.g. /Author when the producer sets none)
    """
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    items = [h for h in d.hidden if h[0] != "comment"]
    if not items and not d.author and not d.subject:
        return
    tmp = pdf.with_suffix(".tmp.pdf")
    with pikepdf.open(str(pdf)) as p:
        with p.open_metadata(set_pikepdf_as_editor=False) as md:
            pass
        if d.author:
            p.docinfo["/Author"] = strip(d.author)
        if d.subject:
            p.docinfo["/Subject"] = strip(d.subject)
        fields = []
        outl = [h for h in items if h[0] == "outline"]
        if outl:
            with p.open_outline() as ol:
                for h in outl:
                    ol.root.append(pikepdf.OutlineItem(strip(h[1]), 0))
        for h in items:
            if h[0] == "note":
                pg = p.pages[h[1]]
                a = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([520, 760, 540, 780]),
                               Contents=String(strip(h[2])), T=String(strip(h[3])), Open=False,
                               Name=Name.Comment, C=Array([1, 0.9, 0.2]))
                ar = p.make_indirect(a)
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = Array()
                pg.obj.Annots.append(ar)
            elif h[0] == "field":
                pg = p.pages[0]
                f = p.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                               T=String(h[1]), V=String(strip(h[2])),
                                               Rect=Array([400, 20, 560, 34]), F=2, P=pg.obj,
                                               DA=String("/Helv 8 Tf 0 g")))
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = Array()
                pg.obj.Annots.append(f)
                fields.append(f)
            elif h[0] == "attach":
                fs = pikepdf.AttachedFileSpec(p, b"(bijlage niet meegeleverd)\n", description=strip(h[2]),
                                              filename=strip(h[1]), mime_type="application/octet-stream")
                p.attachments[strip(h[1])] = fs
            elif h[0] == "meta":
                p.docinfo[Name("/" + h[1])] = strip(h[2])
        if fields:
            p.Root.AcroForm = Dictionary(Fields=Array(fields), NeedAppearances=True,
                                         DA=String("/Helv 0 Tf 0 g"))
        p.save(str(tmp))
    tmp.replace(pdf)


def scan_pdf(d: Doc, pdf: Path, work: Path):
    """Render every page, add skew/noise/grey, write an image-only PDF (scan='image') or one
    with tesseract's invisible OCR layer (scan='ocrlayer')."""
    from PIL import Image, ImageFilter
    import numpy as np

    rnd = random.Random(d.seed + 11)
    pref = work / f"{d.name}-scan"
    for old in work.glob(f"{d.name}-scan*"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(pref)], check=True)
    pages = sorted(work.glob(f"{d.name}-scan*.png"))
    ims = []
    for i, pg in enumerate(pages):
        im = Image.open(pg).convert("L")
        ang = rnd.uniform(-1.1, 1.1)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(im).astype(np.int16)
        nrng = np.random.default_rng(d.seed + i)
        arr = arr + nrng.normal(0, 9, arr.shape).astype(np.int16)
        arr = np.clip(arr * 0.93 + 12, 0, 255)
        mask = nrng.random(arr.shape) < 0.0006
        arr[mask] = nrng.integers(0, 90, mask.sum())
        # a darker band like a copier edge
        arr[:, :18] = np.clip(arr[:, :18] - 70, 0, 255)
        im = Image.fromarray(arr.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        ims.append(im)
    out = work / f"{d.name}-scanned.pdf"
    if d.scan == "image":
        ims[0].save(out, "PDF", resolution=200, save_all=True, append_images=ims[1:], quality=72)
    else:
        parts = []
        for i, im in enumerate(ims):
            jp = work / f"{d.name}-scan-{i}.jpg"
            im.save(jp, quality=75, dpi=(200, 200))
            base = work / f"{d.name}-ocr-{i}"
            subprocess.run(["nice", "-n", "10", "tesseract", str(jp), str(base), "-l", "nld", "pdf"],
                           capture_output=True, check=True)
            parts.append(str(base) + ".pdf")
        if len(parts) == 1:
            shutil.copy(parts[0], out)
        else:
            subprocess.run(["qpdf", "--empty", "--pages"] + parts + ["--", str(out)], check=True)
    out.replace(pdf)
