"""Framework for set AE (mixed21): marked text -> PDF (several producers) -> gold.

Marks in the source text:
  ⟦K:text⟧  personal data to redact; K = P person (default), E e-mail, T phone, A address,
            B BSN, I IBAN, X paraph/initials, D date of birth, N other identifying number
  «K:text»  public text to keep; K = O org, L place, H office holder, J job title, R product,
            S service number, F functional mailbox, T term (default), W law/programme
Probes are derived from the marks (see redact_probes) and counted on the produced PDF with the
shared evaluator's own functions, so that `after` is exact.
"""
from __future__ import annotations

import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
SRC = HERE / "src"
sys.path.insert(0, "/work/shared/eval")
import evaluate as EV  # noqa: E402

RKINDS = {"P": "PERSON", "Q": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "A": "ADDRESS", "B": "NL_BSN",
          "I": "IBAN_CODE", "X": "PARAPH", "D": "DATE_OF_BIRTH", "N": "ID_NUMBER", "U": "USERNAME"}
KKINDS = {"O": "ORG", "L": "PLACE", "H": "OFFICE_HOLDER", "J": "TITLE", "R": "PRODUCT",
          "S": "SERVICE_NUMBER", "F": "FUNCTIONAL_EMAIL", "T": "TERM", "W": "LAW_PROGRAMME"}
RX_R = re.compile(r"⟦(?:([A-Z]):)?(.*?)⟧", re.S)
RX_K = re.compile(r"«(?:([A-Z]):)?(.*?)»", re.S)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "in", "op", "la", "le", "da",
             "dos", "das", "do", "di", "von", "vd", "v.d.", "d'", "du", "el", "bin", "binti", "y", "e", "of",
             "und", "zu", "af", "des", "del"}
TITLES = {"mr.", "drs.", "dr.", "ir.", "ing.", "dhr.", "mevr.", "mw.", "prof.", "bc.", "jhr.", "ms.", "mrs.",
          "mr", "dhr", "mevr", "mw", "de heer", "mevrouw", "heer", "ms", "sir", "msc", "ma", "bsc", "llm", "phd"}


def strip(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


def person_tokens(span: str) -> list[str]:
    toks = re.split(r"[\s,()<>\[\]\"“”/;:]+", span)
    out = []
    for t in toks:
        t = t.strip(".").strip("'’") if not t.endswith(".") or len(t) > 3 else t
        if not t or t.lower() in PARTICLES or t.lower() in TITLES or t.lower() + "." in TITLES:
            continue
        if re.fullmatch(r"(?:[A-Za-zÀ-ž]\.){1,4}[A-Za-zÀ-ž]?\.?", t):  # initials like J. or J.P.
            continue
        if len(t) < 2 or not re.search(r"[A-Za-zÀ-ž]", t):
            continue
        out.append(t)
    return out


def redact_probes(kind: str, span: str) -> list[str]:
    span = " ".join(span.split())
    if kind == "P":
        return person_tokens(span)
    if kind == "Q":  # a person whose name is also a public word here: probe the whole surface
        return [span]
    if kind == "E":
        return [span.split("@")[0]] if "@" in span else [span]
    return [span]


class Doc:
    """One document: blocks of marked text, hidden channels, a producer."""

    def __init__(self, name, producer, blocks, *, title="", author=None, info=None, annots=(), links=(),
                 outline=(), fields=(), xmp_creator=None, landscape=False, css="", header=None, footer=None,
                 genre="", scan=False, extra_redact=(), note=""):
        self.name, self.producer, self.blocks = name, producer, blocks
        self.title, self.author, self.info = title, author, info or {}
        self.annots, self.links, self.outline, self.fields = list(annots), list(links), list(outline), list(fields)
        self.xmp_creator, self.landscape, self.css = xmp_creator, landscape, css
        self.header, self.footer, self.genre, self.scan = header, footer, genre, scan
        self.extra_redact = list(extra_redact)  # (kind, probe text) added by hand
        self.note = note

    # all marked texts in visible content
    def visible_marked(self, pages=1) -> str:
        parts = []
        for b in self.blocks:
            if b[0] == "table":
                for row in b[1]:
                    parts.append(" | ".join(row))
            elif b[0] == "comment":
                parts.append(b[1])
            elif len(b) > 1 and isinstance(b[1], str):
                parts.append(b[1])
            elif b[0] == "hdr":
                for k, v in b[1]:
                    parts.append(f"{k} {v}")
        for x in (self.header, self.footer):
            if x:
                parts += [x] * pages
        return "\n".join(parts)

    def hidden_marked(self) -> dict:
        h = {"metadata": [], "annotations": [], "outline": []}
        if self.author:
            h["metadata"].append(self.author)
        if self.xmp_creator:
            h["metadata"].append(self.xmp_creator)
        for v in self.info.values():
            h["metadata"].append(v)
        if self.title:
            h["metadata"].append(self.title)
        for a in self.annots:
            h["annotations"].append(a.get("author", ""))
            h["annotations"].append(a.get("text", ""))
        for ln in self.links:
            h["annotations"].append(ln["uri"])
        for b in self.blocks:
            if b[0] == "comment":  # Word comments become PDF annotations (author, text)
                h["annotations"] += [b[2], b[4]]
        for f in self.fields:
            h["annotations"].append(f["value"])
        for o in self.outline:
            h["outline"].append(o[0])
        return h


# ------------------------------------------------------------------ rendering helpers
def _esc(s):
    return html.escape(strip(s))


def _inline(s):
    """strip marks, escape, support **bold** and line breaks."""
    t = _esc(s)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t.replace("\n", "<br/>")


def render_html(doc: Doc) -> str:
    out = []
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            out.append(f"<h2>{_inline(b[1])}</h2>")
        elif k == "h3":
            out.append(f"<h3>{_inline(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{_inline(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{_inline(b[1])}</p>")
        elif k == "pre":
            out.append(f"<pre>{_esc(b[1])}</pre>")
        elif k == "hdr":
            rows = "".join(f"<tr><td class='lab'>{_esc(a)}</td><td>{_inline(v)}</td></tr>" for a, v in b[1])
            out.append(f"<table class='hdr'>{rows}</table>")
        elif k == "hr":
            out.append("<hr/>")
        elif k == "pb":
            out.append("<div style='page-break-after:always'></div>")
        elif k == "table":
            rows = b[1]
            hd = "".join(f"<th>{_inline(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table class='grid'><tr>{hd}</tr>{body}</table>")
        elif k == "raw":
            out.append(b[1])
    size = "A4 landscape" if doc.landscape else "A4"
    css = f"""@page {{ size: {size}; margin: 16mm 15mm 18mm 15mm; }}
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; }}
h2 {{ font-size: 13pt; margin: 6px 0; }} h3 {{ font-size: 10.5pt; margin: 6px 0 3px 0; }}
p {{ margin: 3px 0 5px 0; }} .small {{ font-size: 7.5pt; color: #555; }}
pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; margin: 4px 0; }}
table.hdr td {{ padding: 0 6px 0 0; vertical-align: top; }} table.hdr td.lab {{ font-weight: bold; white-space: nowrap; }}
table.grid {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; }}
table.grid td, table.grid th {{ border: 1px solid #999; padding: 2px 4px; vertical-align: top; text-align: left; }}
hr {{ border: 0; border-top: 1px solid #888; }}
{doc.css}"""
    return f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{_esc(doc.title or doc.name)}</title><style>{css}</style></head><body>{''.join(out)}</body></html>"


def produce_chromium(doc: Doc, pdf: Path, tmp: Path):
    h = tmp / f"{doc.name}.html"
    h.write_text(render_html(doc), encoding="utf-8")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(h)], capture_output=True, timeout=180, check=True)


def produce_reportlab(doc: Doc, pdf: Path, tmp: Path, font="Helvetica"):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors

    fn, fb, fm = font, font + "-Bold", "Courier"
    if font == "DejaVu":
        d = "/usr/share/fonts/truetype/dejavu/"
        for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuMono", "DejaVuSansMono.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, d + f))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold")
        fm = "DejaVuMono"
    if font == "Times-Roman":
        fb = "Times-Bold"
    ps = ParagraphStyle("n", fontName=fn, fontSize=9.5, leading=12.2, spaceAfter=4)
    h2 = ParagraphStyle("h", parent=ps, fontName=fb, fontSize=12.5, leading=15, spaceBefore=4, spaceAfter=5)
    h3 = ParagraphStyle("h3", parent=ps, fontName=fb, fontSize=10.5, leading=13, spaceBefore=4)
    sm = ParagraphStyle("s", parent=ps, fontSize=7.2, leading=8.8, textColor=colors.HexColor("#555555"))
    pre = ParagraphStyle("pre", parent=ps, fontName=fm, fontSize=7.8, leading=9.6)
    cell = ParagraphStyle("c", parent=ps, fontSize=8.2, leading=10, spaceAfter=0)
    size = landscape(A4) if doc.landscape else A4
    story = []
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(_inline(b[1]), h2))
        elif k == "h3":
            story.append(Paragraph(_inline(b[1]), h3))
        elif k == "p":
            story.append(Paragraph(_inline(b[1]), ps))
        elif k == "small":
            story.append(Paragraph(_inline(b[1]), sm))
        elif k == "pre":
            story.append(Preformatted(strip(b[1]), pre, maxLineLength=118, newLineChars=""))
            story.append(Spacer(1, 3))
        elif k == "hdr":
            for a, v in b[1]:
                story.append(Paragraph(f"<b>{_esc(a)}</b> {_inline(v)}", ParagraphStyle("hd", parent=ps, spaceAfter=0)))
            story.append(Spacer(1, 4))
        elif k == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=3, spaceAfter=5))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows = [[Paragraph(_inline(c), cell) for c in r] for r in b[1]]
            w = b[2] if len(b) > 2 else None
            if w:
                tot = size[0] - 36 * mm
                w = [x * tot for x in w]
            t = Table(rows, colWidths=w, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            story.append(t)
            story.append(Spacer(1, 5))

    def deco(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if doc.header:
            c.drawString(18 * mm, size[1] - 10 * mm, strip(doc.header))
        if doc.footer:
            c.drawString(18 * mm, 8 * mm, strip(doc.footer) + f"   pagina {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                           bottomMargin=16 * mm, title=strip(doc.title), author=strip(doc.author or ""),
                           creator="", producer="")
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


def produce_fpdf(doc: Doc, pdf: Path, tmp: Path):
    from fpdf import FPDF

    f = FPDF(orientation="L" if doc.landscape else "P", format="A4")
    d = "/usr/share/fonts/truetype/dejavu/"
    f.add_font("DV", "", d + "DejaVuSans.ttf")
    f.add_font("DV", "B", d + "DejaVuSans-Bold.ttf")
    f.add_font("DVM", "", d + "DejaVuSansMono.ttf")
    f.set_auto_page_break(True, 15)
    f.set_margins(16, 14, 16)

    class P(FPDF):
        pass
    if doc.footer:
        foot = strip(doc.footer)

        def footer(self=f):
            self.set_y(-11)
            self.set_font("DV", "", 7)
            self.cell(0, 5, f"{foot}   {self.page_no()}")
        f.footer = footer
    f.add_page()
    W = f.w - 32
    for b in doc.blocks:
        k = b[0]
        if k in ("h", "h3"):
            f.set_font("DV", "B", 12 if k == "h" else 10)
            f.multi_cell(W, 6, strip(b[1]).replace("**", ""), new_x="LMARGIN", new_y="NEXT")
            f.ln(1)
        elif k in ("p", "small"):
            f.set_font("DV", "", 9 if k == "p" else 7)
            f.multi_cell(W, 4.6 if k == "p" else 3.4, strip(b[1]).replace("**", ""), new_x="LMARGIN", new_y="NEXT")
            f.ln(1.5)
        elif k == "pre":
            f.set_font("DVM", "", 7.6)
            f.multi_cell(W, 3.7, strip(b[1]), new_x="LMARGIN", new_y="NEXT")
            f.ln(1.5)
        elif k == "hdr":
            for a, v in b[1]:
                f.set_font("DV", "B", 9)
                f.cell(28, 4.6, strip(a))
                f.set_font("DV", "", 9)
                f.multi_cell(W - 28, 4.6, strip(v), new_x="LMARGIN", new_y="NEXT")
            f.ln(2)
        elif k == "hr":
            f.line(f.l_margin, f.get_y(), f.l_margin + W, f.get_y())
            f.ln(2)
        elif k == "pb":
            f.add_page()
        elif k == "table":
            f.set_font("DV", "", 7.8)
            rows = [[strip(c).replace("**", "") for c in r] for r in b[1]]
            w = b[2] if len(b) > 2 else None
            cw = tuple(x * W for x in w) if w else None
            with f.table(col_widths=cw, line_height=3.8, text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            f.ln(2)
    f.set_title(strip(doc.title))
    if doc.author:
        f.set_author(strip(doc.author))
    f.set_creator("")
    f.output(str(pdf))


def produce_docx(doc: Doc, pdf: Path, tmp: Path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(9.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    if doc.header:
        sec.header.paragraphs[0].text = strip(doc.header)
        sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    if doc.footer:
        sec.footer.paragraphs[0].text = strip(doc.footer)
        sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    cp = d.core_properties
    cp.author = strip(doc.author or "")
    cp.last_modified_by = ""
    cp.title = strip(doc.title)
    comments = []

    def add_runs(par, text):
        for i, seg in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
            if not seg:
                continue
            lines = seg.split("\n")
            for j, ln in enumerate(lines):
                r = par.add_run(ln)
                if i % 2:
                    r.bold = True
                if j < len(lines) - 1:
                    r.add_break()
        par.paragraph_format.space_after = Pt(3)
        return par

    for b in doc.blocks:
        k = b[0]
        if k == "h":
            p = d.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.bold = True
            r.font.size = Pt(13)
        elif k == "h3":
            p = d.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.bold = True
            r.font.size = Pt(10.5)
        elif k == "p":
            add_runs(d.add_paragraph(), strip(b[1]))
        elif k == "small":
            p = add_runs(d.add_paragraph(), strip(b[1]))
            for r in p.runs:
                r.font.size = Pt(7.5)
        elif k == "pre":
            p = add_runs(d.add_paragraph(), strip(b[1]))
            for r in p.runs:
                r.font.name = "Liberation Mono"
                r.font.size = Pt(8)
        elif k == "hdr":
            for a, v in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(strip(a) + "\t")
                r.bold = True
                p.add_run(strip(v))
            d.add_paragraph()
        elif k == "hr":
            d.add_paragraph("_" * 60)
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], strip(c))
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(8)
                        if i == 0:
                            run.bold = True
            w = b[2] if len(b) > 2 else None
            if w:
                tot = (29.7 if doc.landscape else 21.0) - 4.0
                for j, x in enumerate(w):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(x * tot)
            d.add_paragraph()
        elif k == "comment":  # ("comment", anchor_text, author, initials, text)
            p = d.add_paragraph()
            run = p.add_run(strip(b[1]))
            p.paragraph_format.space_after = Pt(3)
            comments.append((run, b[2], b[3], b[4]))
    for run, auth, ini, text in comments:
        c = d.add_comment(run, text=strip(text), author=strip(auth), initials=strip(ini))
        from docx.oxml.ns import qn
        c._comment_elm.set(qn("w:date"), "2024-06-19T10:15:00Z")
    src = tmp / f"{doc.name}.docx"
    d.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to",
                    "pdf" if not comments else 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}',
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=240, check=True)
    shutil.move(tmp / f"{doc.name}.pdf", pdf)


def produce_gs(doc: Doc, pdf: Path, tmp: Path):
    mid = tmp / f"{doc.name}-rl.pdf"
    produce_reportlab(doc, mid, tmp, font="Times-Roman")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
                    "-dPDFSETTINGS=/printer", f"-sOutputFile={pdf}", str(mid)], capture_output=True, timeout=240,
                   check=True)


def produce_scan(doc: Doc, pdf: Path, tmp: Path):
    """Print to reportlab (Courier/Helvetica), render at 200 dpi, rotate, add noise, image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    mid = tmp / f"{doc.name}-print.pdf"
    produce_reportlab(doc, mid, tmp, font="Helvetica")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(mid), str(tmp / f"{doc.name}-pg")], check=True)
    rng = random.Random(doc.name)
    imgs = []
    for png in sorted(tmp.glob(f"{doc.name}-pg*.png")):
        im = Image.open(png).convert("L")
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.int16)
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        a = a + nrng.normal(0, 9, a.shape).astype(np.int16)
        specks = nrng.random(a.shape) < 0.0007
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4))
        imgs.append(im)
    buf = []
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=55)
        buf.append(Image.open(io.BytesIO(b.getvalue())))
    buf[0].save(pdf, "PDF", resolution=200.0, save_all=True, append_images=buf[1:])


PRODUCERS = {"chromium": produce_chromium, "reportlab": produce_reportlab, "fpdf2": produce_fpdf,
             "libreoffice": produce_docx, "ghostscript": produce_gs, "scan": produce_scan,
             "reportlab-dejavu": lambda d, p, t: produce_reportlab(d, p, t, font="DejaVu"),
             "reportlab-times": lambda d, p, t: produce_reportlab(d, p, t, font="Times-Roman")}


def _annots(pg):
    from pikepdf import Array
    if "/Annots" not in pg.obj:
        pg.obj["/Annots"] = Array()
    return pg.obj["/Annots"]


def postprocess(doc: Doc, pdf: Path):
    """Fixed metadata, hidden channels (annotations, links, outline, form fields), fixed /ID."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        for k in list(p.docinfo.keys()):
            del p.docinfo[k]
        if doc.title:
            p.docinfo["/Title"] = strip(doc.title)
        if doc.author:
            p.docinfo["/Author"] = strip(doc.author)
        for k, v in doc.info.items():
            p.docinfo[Name("/" + k)] = strip(v)
        p.docinfo["/Producer"] = doc.producer
        p.docinfo["/CreationDate"] = "D:20250314093000+01'00'"
        if "/Metadata" in p.Root:
            del p.Root["/Metadata"]
        if doc.xmp_creator:
            with p.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [strip(doc.xmp_creator)]
                m["dc:title"] = strip(doc.title)
        for a in doc.annots:
            pg = p.pages[a.get("page", 0)]
            x, y = a.get("pos", (520, 760))
            an = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                            Contents=String(strip(a["text"])), T=String(strip(a["author"])), Name=Name.Comment,
                            M=String("D:20250312101500+01'00'"), F=4)
            _annots(pg).append(p.make_indirect(an))
        for ln in doc.links:
            pg = p.pages[ln.get("page", 0)]
            r = ln.get("rect", (60, 60, 200, 72))
            an = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(list(r)), Border=Array([0, 0, 0]),
                            A=Dictionary(S=Name.URI, URI=String(strip(ln["uri"]))))
            _annots(pg).append(p.make_indirect(an))
        if doc.fields:
            flds = Array()
            for i, fd in enumerate(doc.fields):
                pg = p.pages[fd.get("page", 0)]
                r = fd.get("rect", (300, 80 + 20 * i, 540, 96 + 20 * i))
                w = p.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                               T=String(fd["name"]), V=String(strip(fd["value"])),
                                               Rect=Array(list(r)), F=4, P=pg.obj,
                                               DA=String("/Helv 9 Tf 0 g")))
                _annots(pg).append(w)
                flds.append(w)
            p.Root.AcroForm = Dictionary(Fields=flds, NeedAppearances=True,
                                         DR=Dictionary(Font=Dictionary(Helv=p.make_indirect(Dictionary(
                                             Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                             Encoding=Name.WinAnsiEncoding)))),
                                         DA=String("/Helv 9 Tf 0 g"))
        if doc.outline:
            with p.open_outline() as ol:
                ol.root.clear()
                for title, page in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(strip(title), page))
        for k in ("/ID", "/DocChecksum"):
            if k in p.trailer:
                del p.trailer[k]
        p.save(str(pdf), static_id=True, compress_streams=True)


# ------------------------------------------------------------------ gold
def _mask(marked: str, which: str) -> str:
    """Text with redact (which='r') or both kinds of spans replaced by a non-word char."""
    s = RX_R.sub("█", marked)
    if which == "rk":
        s = RX_K.sub("▒", s)
    return strip(s)


def build_gold(doc: Doc, pdf: Path) -> tuple[dict, list[str]]:
    errs, warns = [], []
    text, pages = EV.text_pdfium(pdf)
    meta, outl, ann = EV.meta_outline_annots(pdf)
    hidden_txt = {"metadata": meta, "outline": outl, "annotations": ann}
    ocr_entries = None
    if doc.scan:
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = EV.ocr_text(pdf, Path(td), EV.image_pages(pdf))
    vis = doc.visible_marked(pages)
    hid = doc.hidden_marked()
    all_marked = vis + "\n" + "\n".join("\n".join(v) for v in hid.values())
    # redact probes
    red: dict[str, dict] = {}
    for m in RX_R.finditer(all_marked):
        k = m.group(1) or "P"
        span = m.group(2)
        for pr in redact_probes(k, span):
            red.setdefault(pr, {"kind": RKINDS[k], "value": " ".join(strip(span).split()), "probe": pr, "q": k == "Q"})
    for k, pr in doc.extra_redact:
        red.setdefault(pr, {"kind": RKINDS[k], "value": pr, "probe": pr})
    outside = norm_all = EV.norm(_mask(all_marked, "r"))
    red_items = []
    dropped = []
    for pr, it in red.items():
        probe = {"text": pr, "word": True, "after": 0}
        n_out = EV.count_in(outside, probe)
        if n_out and it.get("q"):
            probe["after"] = n_out  # the surface is also public text here (a city, 'de Koning')
        elif n_out:
            errs.append(f"{doc.name}: redact probe {pr!r} also occurs outside redact spans ({n_out}x)")
        where = {}
        if doc.scan:
            c = EV.ocr_count(ocr_entries, probe)
            if c == 0:
                dropped.append(pr)
                continue
            probe["ocr"] = True
            where["ocr"] = c
        else:
            c = EV.count_in(text, probe)
            if c:
                where["pdfium"] = c
            for ch, t in hidden_txt.items():
                cc = EV.count_in(t, probe)
                if cc:
                    where[ch] = cc
            if not where:
                errs.append(f"{doc.name}: redact probe {pr!r} not found in any channel")
                continue
            if "pdfium" not in where:
                probe["channel"] = sorted(where)[0]
        red_items.append({"kind": it["kind"], "value": it["value"], "probes": [probe]})
    # keep probes
    keep_items = []
    if not doc.scan:
        vis_full = EV.norm(strip(vis))
        vis_masked = EV.norm(_mask(vis, "r"))
        seen = set()
        for m in RX_K.finditer(vis):
            k = m.group(1) or "T"
            span = " ".join(m.group(2).split())
            if span in seen:
                continue
            seen.add(span)
            probe = {"text": span, "word": True}
            c_pdf = EV.count_in(text, probe)
            c_src = EV.count_in(vis_full, probe)
            c_in_red = c_src - EV.count_in(vis_masked, probe)
            after = c_pdf - c_in_red
            if c_pdf != c_src:
                warns.append(f"{doc.name}: keep {span!r}: pdf {c_pdf} vs source {c_src} (after={after})")
            if after < 1:
                warns.append(f"{doc.name}: keep {span!r} has after {after}; dropped")
                continue
            probe["after"] = after
            keep_items.append({"kind": KKINDS[k], "value": span, "probes": [probe]})
    gold = {"doc": pdf.name, "pages": pages, "producer": doc.producer, "genre": doc.genre,
            "redact": red_items, "keep": keep_items}
    if dropped:
        gold["ocr_unreadable_not_probed"] = dropped
    return gold, errs, warns


def build(docs: list[Doc], only=None):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    allerr = []
    with tempfile.TemporaryDirectory(prefix="ae-build-") as td:
        tmp = Path(td)
        for doc in docs:
            if only and doc.name not in only:
                continue
            pdf = DOCS / f"{doc.name}.pdf"
            PRODUCERS[doc.producer](doc, pdf, tmp)
            postprocess(doc, pdf)
            gold, errs, warns = build_gold(doc, pdf)
            (GOLD / f"{doc.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
            nr = sum(len(i["probes"]) for i in gold["redact"])
            nk = sum(len(i["probes"]) for i in gold["keep"])
            print(f"{doc.name}: {gold['pages']} p, redact {nr}, keep {nk}, {pdf.stat().st_size // 1024} KB "
                  f"[{doc.producer}]" + (f"  dropped(ocr) {gold.get('ocr_unreadable_not_probed')}" if doc.scan else ""))
            for e in errs:
                print("  !", e)
            for w in warns:
                print("  ~", w)
            allerr += errs
    return allerr
