"""Framework for blind set mixed31 (set AO): inline-marked document text -> PDF (four producers)
+ gold JSON whose counts come from the evaluator's own functions.

Markup inside any text:
  [[text]] or [[text|KIND]]   personal data to redact (kind inferred when omitted)
  {{X:text}}                  text that must stay readable; X is a one-letter kind code (KEEP_KINDS)

Blocks (list of tuples) are rendered by LibreOffice (docx), Chromium (HTML), reportlab, or as a scan.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402

KEEP_KINDS = {"O": "ORG", "C": "COMPANY", "P": "PLACE", "L": "LAW", "F": "FUNCTION", "H": "OFFICEHOLDER",
              "M": "MAILBOX", "S": "SWITCHBOARD", "N": "NATURE_AREA", "W": "ROAD_STREET", "G": "PROGRAMME",
              "T": "TERM", "D": "DATE", "R": "REFERENCE"}
RX_RED = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]")
RX_KEEP = re.compile(r"\{\{([A-Z]):(.+?)\}\}")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def infer_kind(t: str) -> str:
    s = t.strip()
    if "@" in s:
        return "EMAIL"
    if re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{4}[\d ]{8,}", s):
        return "IBAN"
    if re.fullmatch(r"\d{4}\.?\d{2}\.?\d{3}", s):
        return "BSN"
    if re.fullmatch(r"[+()\d][\d \-()+]{7,}", s):
        return "PHONE"
    if re.fullmatch(r"\d{4} ?[A-Z]{2}", s) or re.search(r"\w \d+[a-zA-Z]?(-\d+)?$", s):
        return "ADDRESS"
    return "PERSON"


class Doc:
    def __init__(self, name, title, producer, blocks, hidden=None, pagesize="A4", header=None, footer=None,
                 scan=None, note=""):
        self.name = name            # e.g. "ao01"
        self.title = title
        self.producer = producer    # lo | chromium | rl | scan | scan_ocr
        self.blocks = blocks
        self.hidden = hidden or {}
        self.pagesize = pagesize
        self.header = header
        self.footer = footer
        self.scan = scan or {}
        self.note = note
        self.red: dict[str, str] = {}
        self.keep: dict[str, str] = {}

    # --- markup -------------------------------------------------------------------------
    def plain(self, s: str, register: bool = True) -> str:
        def r(m):
            t, k = m.group(1), m.group(2)
            if register:
                self.red.setdefault(t, k or infer_kind(t))
            return t

        def k(m):
            code, t = m.group(1), m.group(2)
            if register:
                self.keep.setdefault(t, KEEP_KINDS[code])
            return t
        return RX_KEEP.sub(k, RX_RED.sub(r, s))


# ------------------------------------------------------------------------------------------
# HTML (Chromium)
# ------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_blocks(doc: Doc, css_extra=""):
    P = lambda s: esc(doc.plain(s)).replace("\n", "<br>")  # noqa: E731
    out = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{P(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{P(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{P(b[1])}</p>")
        elif t == "small":
            out.append(f"<p class=small>{P(b[1])}</p>")
        elif t == "pre":
            out.append(f"<pre>{P(b[1])}</pre>")
        elif t == "kv":
            rows = "".join(f"<tr><th>{P(k)}</th><td>{P(v)}</td></tr>" for k, v in b[1])
            out.append(f"<table class=kv>{rows}</table>")
        elif t == "mailhead":
            rows = "".join(f"<tr><td class=ml>{P(k)}</td><td>{P(v)}</td></tr>" for k, v in b[1])
            out.append(f"<table class=mail>{rows}</table><hr>")
        elif t == "table":
            rows = b[1]
            head = "".join(f"<th>{P(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{P(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table class=grid><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif t == "pb":
            out.append("<div style='page-break-after:always'></div>")
        elif t == "sp":
            out.append("<div style='height:14px'></div>")
        elif t == "quote":
            out.append(f"<blockquote>{P(b[1])}</blockquote>")
        else:
            raise ValueError(t)
    return "\n".join(out)


CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; }
h1 { font-size: 16pt; margin: 0 0 8px 0; } h2 { font-size: 12pt; margin: 14px 0 4px 0; }
p { margin: 0 0 7px 0; line-height: 1.35; } p.small { font-size: 8.5pt; color: #444; }
table { border-collapse: collapse; margin: 6px 0 10px 0; }
table.grid { width: 100%; font-size: 9pt; } table.grid th, table.grid td { border: 1px solid #888; padding: 3px 5px; vertical-align: top; text-align: left; }
table.grid th { background: #e6eef5; }
table.kv th { text-align: left; padding: 1px 12px 1px 0; font-weight: bold; vertical-align: top; }
table.kv td { padding: 1px 0; }
table.mail td { padding: 1px 6px 1px 0; font-size: 10pt; } td.ml { font-weight: bold; color: #333; }
blockquote { border-left: 3px solid #aaa; margin: 6px 0 8px 4px; padding-left: 10px; color: #333; }
pre { font-family: 'Liberation Mono', monospace; font-size: 9pt; white-space: pre-wrap; }
.hdr { font-size: 9pt; color: #555; border-bottom: 1px solid #bbb; margin-bottom: 12px; padding-bottom: 4px; }
"""


def build_chromium(doc: Doc, out: Path, tmp: Path):
    hdr = f"<div class=hdr>{esc(doc.plain(doc.header))}</div>" if doc.header else ""
    ftr = f"<p class=small>{esc(doc.plain(doc.footer))}</p>" if doc.footer else ""
    html = (f"<!doctype html><html lang=nl><head><meta charset=utf-8><title>{esc(doc.plain(doc.title, False))}</title>"
            f"<style>{CSS}{doc.hidden.get('css', '')}</style></head><body>{hdr}{html_blocks(doc)}{ftr}</body></html>")
    src = tmp / f"{doc.name}.html"
    src.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp / 'chr'}", f"--print-to-pdf={out}", src.as_uri()],
                   capture_output=True, timeout=180)
    if not out.exists():
        raise RuntimeError("chromium failed for " + doc.name)


# ------------------------------------------------------------------------------------------
# docx -> LibreOffice
# ------------------------------------------------------------------------------------------
def build_lo(doc: Doc, out: Path, tmp: Path):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif" if doc.hidden.get("serif") else "Carlito"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    if doc.header:
        sec.header.paragraphs[0].text = doc.plain(doc.header)
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.plain(doc.footer)
    comments = list(doc.hidden.get("comments", []))
    paras = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            p = d.add_paragraph()
            r = p.add_run(doc.plain(b[1])); r.bold = True; r.font.size = Pt(15)
            paras.append(p)
        elif t == "h":
            p = d.add_paragraph()
            r = p.add_run(doc.plain(b[1])); r.bold = True; r.font.size = Pt(11.5)
            paras.append(p)
        elif t in ("p", "quote", "pre", "small"):
            p = d.add_paragraph()
            r = p.add_run(doc.plain(b[1]))
            if t == "quote":
                r.italic = True
                p.paragraph_format.left_indent = Cm(1)
            if t == "small":
                r.font.size = Pt(8.5)
            paras.append(p)
        elif t in ("kv", "mailhead"):
            tb = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                cells = tb.add_row().cells
                rr = cells[0].paragraphs[0].add_run(doc.plain(k)); rr.bold = True
                cells[1].paragraphs[0].add_run(doc.plain(v))
                paras.append(cells[1].paragraphs[0])
            for row in tb.rows:
                row.cells[0].width = Cm(4.2)
                row.cells[1].width = Cm(12)
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = tb.add_row().cells
                for j, c in enumerate(r):
                    run = cells[j].paragraphs[0].add_run(doc.plain(c))
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
                    paras.append(cells[j].paragraphs[0])
            if len(b) > 2 and b[2].get("widths"):
                for row in tb.rows:
                    for j, w in enumerate(b[2]["widths"]):
                        row.cells[j].width = Cm(w)
        elif t == "pb":
            d.add_page_break()
        elif t == "sp":
            d.add_paragraph()
        else:
            raise ValueError(t)
    for anchor, author, initials, text in comments:
        for p in paras:
            if anchor in p.text and p.runs:
                d.add_comment(p.runs, text=doc.plain(text), author=doc.plain(author), initials=initials)
                break
        else:
            raise ValueError("comment anchor not found: " + anchor)
    cp = d.core_properties
    cp.author = doc.plain(doc.hidden.get("author", ""))
    cp.title = doc.plain(doc.title, False)
    cp.last_modified_by = doc.plain(doc.hidden.get("last_modified_by", ""))
    cp.subject = doc.plain(doc.hidden.get("subject", ""))
    src = tmp / f"{doc.name}.docx"
    d.save(src)
    filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless", "--convert-to",
                    filt, "--outdir", str(tmp), str(src)], capture_output=True, timeout=300)
    pdf = tmp / f"{doc.name}.pdf"
    if not pdf.exists():
        raise RuntimeError("soffice failed for " + doc.name)
    shutil.move(str(pdf), out)


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
_FONTS = False


def rl_fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for nm, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                  ("DVBI", "DejaVuSans-BoldOblique.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
                  ("DVM", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(nm, FONT_DIR + f))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
    _FONTS = True


class Photo:
    """A generated 'photo' (no text in it) as a reportlab flowable factory."""
    @staticmethod
    def make(tmp: Path, seed: int, w=420, h=280):
        from PIL import Image, ImageDraw, ImageFilter
        rnd = random.Random(seed)
        im = Image.new("RGB", (w, h), (120 + rnd.randint(0, 40), 160, 200))
        dr = ImageDraw.Draw(im)
        hz = rnd.randint(h // 3, h // 2)
        dr.rectangle([0, hz, w, h], fill=(70 + rnd.randint(0, 40), 110 + rnd.randint(0, 30), 50))
        for _ in range(60):
            x, y = rnd.randint(0, w), rnd.randint(hz, h)
            dr.ellipse([x, y, x + rnd.randint(4, 30), y + rnd.randint(2, 12)],
                       fill=(60 + rnd.randint(0, 80), 90 + rnd.randint(0, 60), 40))
        for _ in range(5):
            x = rnd.randint(0, w)
            dr.rectangle([x, hz - rnd.randint(10, 60), x + rnd.randint(4, 10), hz], fill=(80, 60, 40))
        im = im.filter(ImageFilter.GaussianBlur(1.2))
        p = tmp / f"photo{seed}.jpg"
        im.save(p, quality=80)
        return p


def build_rl(doc: Doc, out: Path, tmp: Path, plain_register=True):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Image as RLImage, KeepTogether)
    ps = landscape(A4) if doc.pagesize == "A4L" else A4
    fam = doc.hidden.get("rlfont", "DV")
    base = ParagraphStyle("b", fontName=fam, fontSize=9.8, leading=13.2, spaceAfter=5)
    sm = ParagraphStyle("s", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    h1 = ParagraphStyle("h1", parent=base, fontName=fam + ("B" if fam == "DVS" else "B"), fontSize=14.5, leading=18, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName=fam + "B", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
    cell = ParagraphStyle("c", parent=base, fontSize=8.3, leading=10.2, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=fam + "B")
    quote = ParagraphStyle("q", parent=base, leftIndent=14, fontName="DVI" if fam == "DV" else fam, textColor=colors.HexColor("#333333"))
    mono = ParagraphStyle("m", parent=base, fontName="DVM", fontSize=8.3, leading=10.5)
    P = lambda s: esc(doc.plain(s)).replace("\n", "<br/>")  # noqa: E731
    story = []
    aw = ps[0] - 40 * mm
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(P(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(P(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(P(b[1]), base))
        elif t == "small":
            story.append(Paragraph(P(b[1]), sm))
        elif t == "quote":
            story.append(Paragraph(P(b[1]), quote))
        elif t == "pre":
            story.append(Paragraph(P(b[1]), mono))
        elif t in ("kv", "mailhead"):
            data = [[Paragraph(P(k), cellb), Paragraph(P(v), cell)] for k, v in b[1]]
            tb = Table(data, colWidths=[38 * mm, aw - 38 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(tb)
            story.append(Spacer(1, 5))
        elif t == "table":
            rows = b[1]
            opt = b[2] if len(b) > 2 else {}
            data = [[Paragraph(P(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
            ws = opt.get("widths")
            cw = [w * mm for w in ws] if ws else None
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opt.get("head", "#dde7f0")))]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == "photo":
            img = Photo.make(tmp, b[2])
            story.append(KeepTogether([RLImage(str(img), width=62 * mm, height=41 * mm), Paragraph(P(b[1]), sm)]))
        elif t == "flow":
            story.append(b[1](doc))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "sp":
            story.append(Spacer(1, 10))
        else:
            raise ValueError(t)

    hidden = doc.hidden
    hdr = doc.plain(doc.header) if doc.header else None
    ftr = doc.plain(doc.footer) if doc.footer else None

    def on_page(c, d):
        c.saveState()
        c.setFont(fam, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if hdr:
            c.drawString(20 * mm, ps[1] - 12 * mm, hdr)
        if ftr:
            c.drawString(20 * mm, 10 * mm, ftr)
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    dt = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                           bottomMargin=18 * mm, title=doc.plain(doc.title, False),
                           author=doc.plain(hidden.get("author", "")), subject=doc.plain(hidden.get("subject", "")),
                           creator=hidden.get("creator", "ReportLab"))
    dt.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def degrade(png: Path, out_png: Path, seed: int, skew: float, noise: int):
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = np.random.default_rng(seed)
    im = Image.open(png).convert("L")
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=250)
    a = np.asarray(im).astype(np.int16)
    a = a + rnd.normal(0, noise, a.shape).astype(np.int16)
    # speckles and a darker band like a copier edge
    m = rnd.random(a.shape) < 0.0009
    a[m] = 30
    a[:, :18] -= 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
    im.save(out_png, dpi=(200, 200))


def build_scan(doc: Doc, out: Path, tmp: Path, ocr_layer: bool):
    src = tmp / f"{doc.name}-src.pdf"
    inner = doc.scan.get("via", "rl")
    if inner == "chromium":
        build_chromium(doc, src, tmp)
    elif inner == "lo":
        build_lo(doc, src, tmp)
    else:
        build_rl(doc, src, tmp)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / f"{doc.name}-pg")], check=True)
    pages = sorted(tmp.glob(f"{doc.name}-pg*.png"))
    outs = []
    for i, pg in enumerate(pages):
        dg = tmp / f"{doc.name}-dg{i}.png"
        degrade(pg, dg, seed=zlib.crc32(doc.name.encode()) % 1000 + i, skew=doc.scan.get("skew", 0.6) * (1 if i % 2 == 0 else -0.7),
                noise=doc.scan.get("noise", 14))
        outs.append(dg)
    from PIL import Image
    if ocr_layer:
        parts = []
        for i, dg in enumerate(outs):
            base = tmp / f"{doc.name}-ocr{i}"
            subprocess.run(["tesseract", str(dg), str(base), "-l", "nld", "pdf"], capture_output=True, check=True)
            parts.append(str(base) + ".pdf")
        if len(parts) == 1:
            shutil.copy(parts[0], out)
        else:
            subprocess.run(["qpdf", "--empty", "--pages", *parts, "--", str(out)], check=True)
    else:
        ims = [Image.open(p).convert("L") for p in outs]
        ims[0].save(out, "PDF", resolution=200, save_all=True, append_images=ims[1:])


# ------------------------------------------------------------------------------------------
# hidden channels (pikepdf, after the producer)
# ------------------------------------------------------------------------------------------
def _annots(page):
    import pikepdf
    if "/Annots" not in page.obj:
        page.obj.Annots = pikepdf.Array()
    return page.obj.Annots


def apply_hidden(doc: Doc, path: Path):
    import pikepdf
    h = doc.hidden
    keys = ("meta", "annots", "outline", "fields", "attach", "link")
    if not any(k in h for k in keys):
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    for k, v in h.get("meta", {}).items():
        pdf.docinfo[pikepdf.Name("/" + k)] = doc.plain(v)
    for pg, text, author, rect in h.get("annots", []):
        page = pdf.pages[pg]
        a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                               Contents=pikepdf.String(doc.plain(text)), T=pikepdf.String(doc.plain(author)),
                               Name=pikepdf.Name.Comment, F=4)
        _annots(page).append(pdf.make_indirect(a))
    for pg, uri, rect in h.get("link", []):
        page = pdf.pages[pg]
        a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=pikepdf.Array(rect),
                               Border=pikepdf.Array([0, 0, 0]),
                               A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(doc.plain(uri))))
        _annots(page).append(pdf.make_indirect(a))
    if "outline" in h:
        with pdf.open_outline() as ol:
            for title, pg in h["outline"]:
                ol.root.append(pikepdf.OutlineItem(doc.plain(title), min(pg, len(pdf.pages) - 1)))
    if "fields" in h:
        fields = pikepdf.Array()
        helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                     BaseFont=pikepdf.Name.Helvetica))
        for pg, name, value, rect in h["fields"]:
            page = pdf.pages[pg]
            w = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String(name),
                V=pikepdf.String(doc.plain(value)), Rect=pikepdf.Array(rect), F=2 if "hidden" in h.get("fieldflags", "") else 4,
                DA=pikepdf.String("/Helv 9 Tf 0 g"), P=page.obj))
            _annots(page).append(w)
            fields.append(w)
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=fields, NeedAppearances=True,
                                               DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)),
                                               DA=pikepdf.String("/Helv 9 Tf 0 g"))
    for fname, data in h.get("attach", []):
        fs = pikepdf.AttachedFileSpec(pdf, doc.plain(data).encode("utf-8"), filename=doc.plain(fname))
        pdf.attachments[doc.plain(fname)] = fs
    pdf.save(str(path))
    pdf.close()


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def _spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def word_flag(t):
    return bool(re.match(r"\w", t[:1])) or bool(re.match(r"\w", t[-1:]))


def make_gold(doc: Doc, pdf: Path) -> dict:
    image_only = doc.producer == "scan"
    ch = extract_channels(pdf, ocr="auto" if doc.producer.startswith("scan") else "off")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    keep_items, red_items = [], []
    keep_spans = []
    dropped = {"redact": [], "keep": []}
    # every match of personal data in the text layer; a kept name inside one (the place 'Zwolle' in the
    # surname 'van Zwolle') is not expected to survive, so it does not count towards the keep probe's after
    all_r = [sp for t in doc.red for sp in _spans(text, {"text": t, "word": word_flag(t)})]
    if not image_only:
        for t, kind in doc.keep.items():
            pr = {"text": t, "word": word_flag(t)}
            n = sum(1 for a, b in _spans(text, pr)
                    if not any(c <= a and b <= d and d - c > b - a for c, d in all_r))
            if n == 0:
                dropped["keep"].append(t)
                continue
            pr["after"] = n
            keep_spans += _spans(text, pr)
            keep_items.append({"kind": kind, "value": t, "probes": [pr]})
    otext = " ".join(e["render"] for e in chans.get("ocr", [])) if image_only else ""
    if image_only:  # keep probes are not scored on image-only pages, but company names still shield
        for t in doc.keep:
            keep_spans += _spans(otext, {"text": t, "word": word_flag(t)})
    groups: list = []
    order = sorted(doc.red.items(), key=lambda kv: (kv[1] != "PERSON", -len(kv[0]) if kv[1] == "PERSON" else 0))
    for t, kind in order:
        pr = {"text": t, "word": word_flag(t)}
        cc = channel_counts(chans, pr)
        if image_only and cc and set(cc) == {"ocr"}:
            pr["ocr"] = True
        inside = 0
        for s in _spans(otext if image_only else text, pr):
            if any(a <= s[0] and s[1] <= b for a, b in keep_spans):
                inside += 1
        if not cc or max(cc.values()) <= inside or (image_only and inside):
            dropped["redact"].append(t)
            continue
        pr["after"] = inside
        # group person forms: attach surname-only/initial forms to a fuller name
        item = None
        if kind == "PERSON":
            toks = set(re.findall(r"[\w'’\-]+", t.lower())) - {"van", "de", "der", "den", "ter", "te", "het", "'t"}
            for g in groups:
                if g["kind"] == "PERSON":
                    gt = set(re.findall(r"[\w'’\-]+", g["value"].lower()))
                    if toks and toks <= gt:
                        item = g
                        break
        if item is None:
            item = {"kind": kind, "value": t, "probes": []}
            groups.append(item)
        item["probes"].append(pr)
    red_items = groups
    # a keep probe must not lose matches when the personal data around it is removed
    rspans = [sp for t in doc.red for sp in _spans(text, {"text": t, "word": word_flag(t)})]
    for it in keep_items:
        for a, b in _spans(text, it["probes"][0]):
            for c, d in rspans:
                if c < b and a < d and not (a <= c and d <= b) and not (c <= a and b <= d):
                    dropped.setdefault("overlap", []).append(it["value"])
    gold = {"doc": pdf.name, "pages": ch["pages"], "producer": doc.producer, "title": doc.title,
            "redact": red_items, "keep": keep_items}
    return gold, dropped


def build_doc(doc: Doc, tmpbase: Path):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=doc.name + "-", dir=tmpbase))
    out = DOCS / f"{doc.name}.pdf"
    if out.exists():
        out.unlink()
    {"lo": build_lo, "chromium": build_chromium, "rl": build_rl}.get(doc.producer, None)
    if doc.producer == "lo":
        build_lo(doc, out, tmp)
    elif doc.producer == "chromium":
        build_chromium(doc, out, tmp)
    elif doc.producer == "rl":
        build_rl(doc, out, tmp)
    elif doc.producer == "scan":
        build_scan(doc, out, tmp, ocr_layer=False)
    elif doc.producer == "scan_ocr":
        build_scan(doc, out, tmp, ocr_layer=True)
    else:
        raise ValueError(doc.producer)
    # register markup in hidden strings too (hidden-only probes)
    for k in ("author", "subject", "last_modified_by"):
        if k in doc.hidden:
            doc.plain(doc.hidden[k])
    for v in doc.hidden.get("meta", {}).values():
        doc.plain(v)
    for c in doc.hidden.get("comments", []):
        doc.plain(c[1]); doc.plain(c[3])
    for a in doc.hidden.get("annots", []):
        doc.plain(a[1]); doc.plain(a[2])
    for a in doc.hidden.get("outline", []):
        doc.plain(a[0])
    for a in doc.hidden.get("fields", []):
        doc.plain(a[2])
    for a in doc.hidden.get("attach", []):
        doc.plain(a[0]); doc.plain(a[1])
    for a in doc.hidden.get("link", []):
        doc.plain(a[1])
    apply_hidden(doc, out)
    gold, dropped = make_gold(doc, out)
    (GOLD / f"{doc.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return gold, dropped
