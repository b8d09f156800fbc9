#!/usr/bin/env python3
"""Blind evaluation set 'notes': 30 invented Dutch government notes, letters and minutes.

Writes docs/<name>.pdf and gold/<name>.json next to this script. Deterministic: no randomness;
PDF dates and IDs are normalised, so a re-run reproduces the same bytes.

Producers: python-docx -> LibreOffice (--convert-to pdf), HTML -> headless Chromium, reportlab.
Gold 'after' counts are computed on the generated PDF with evaluate.py's own norm/probe_regex
(PDFium text) and must equal the count in the source text; any mismatch aborts the run.

Usage: python generate.py [--only NAME ...] [--keep-tmp]
All persons are invented. Office holders (ministers, Kamerleden, burgemeesters, ...) are real
public figures in their public role.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, count_in, text_pdfium, text_pdfplumber, text_pdftotext  # noqa: E402

FIXED_DATE = "D:20261201090000+01'00'"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice") or "/usr/bin/soffice"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class GenError(RuntimeError):
    pass


# ------------------------------------------------------------------------------------------
# identifiers (checked, so that 'valid' and 'typo' really are what the gold says)
# ------------------------------------------------------------------------------------------
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s)
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def bsn(s: str, valid: bool = True) -> str:
    if bsn_ok(s) != valid:
        raise GenError(f"BSN {s}: elfproef {'fails' if valid else 'passes'} unexpectedly")
    return s


def iban(s: str, valid: bool = True) -> str:
    if iban_ok(s) != valid:
        raise GenError(f"IBAN {s}: checksum {'fails' if valid else 'passes'} unexpectedly")
    return s


# ------------------------------------------------------------------------------------------
# document model
# ------------------------------------------------------------------------------------------
# blocks:
#   ("letterhead", [lines])          organisation name block at the top
#   ("side", [lines])                side column (right) on page 1; "" = spacer, "*x" = bold line
#   ("kv", [(label, value), ...])    header block, label/value columns
#   ("title", text) / ("h", text)    document title / section heading
#   ("p", text)                      paragraph
#   ("ul", [items])                  bullet list
#   ("table", [header], [[row], ...], grid=True)
#   ("lines", [lines])               lines without spacing (address blocks, signatures)
#   ("small", text)                  small print
#   ("pagebreak",)

class Doc:
    def __init__(self, name, producer, title, blocks, redact, keep, author="", lang="nl"):
        assert producer in ("docx", "html", "rl"), producer
        self.name, self.producer, self.title = name, producer, title
        self.blocks, self.redact, self.keep, self.author = blocks, redact, keep, author

    def source_text(self) -> str:
        out = []
        for b in self.blocks:
            t = b[0]
            if t in ("letterhead", "side", "lines"):
                out.extend(x.lstrip("*") for x in b[1])
            elif t == "kv":
                for k, v in b[1]:
                    out.append(f"{k} {v}")
            elif t in ("title", "h", "p", "small"):
                out.append(b[1])
            elif t == "ul":
                out.extend(b[1])
            elif t == "table":
                out.extend(b[1])
                for row in b[2]:
                    out.extend(row)
        return norm("\n".join(out))


def _probe(p):
    if isinstance(p, dict):
        d = {"text": p["text"], "word": p.get("word", True)}
        if "after" in p:
            d["after"] = p["after"]
        return d
    return {"text": p, "word": True}


def R(kind, value, *probes):
    """A redact item; probes default to the value itself, word-anchored, after 0."""
    ps = [_probe(p) for p in (probes or (value,))]
    for p in ps:
        p.setdefault("after", 0)
    return {"kind": kind, "value": value, "probes": ps}


def PER(value, *probes):
    return R("PERSON", value, *probes)


def K(kind, value, *probes):
    """A keep item; 'after' is filled in from the generated PDF."""
    return {"kind": kind, "value": value, "probes": [_probe(p) for p in (probes or (value,))]}


# ------------------------------------------------------------------------------------------
# renderers
# ------------------------------------------------------------------------------------------
CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 24mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35;
       margin: 0; padding-right: 52mm; position: relative; color: #111; }
.side { position: absolute; top: 30mm; right: 0; width: 46mm; font-size: 7.5pt; line-height: 1.4; }
.side p { margin: 0; }
.lh { font-size: 9pt; margin-bottom: 8mm; }
.lh p { margin: 0; }
.lh p:first-child { font-weight: bold; }
h1 { font-size: 14pt; margin: 6mm 0 3mm 0; }
h2 { font-size: 10.5pt; margin: 5mm 0 1.5mm 0; }
p { margin: 0 0 2.5mm 0; }
table { border-collapse: collapse; margin: 2mm 0 4mm 0; }
table.grid td, table.grid th { border: 0.6pt solid #444; padding: 1.2mm 2mm; vertical-align: top;
       font-size: 9pt; text-align: left; }
table.kv td { padding: 0.4mm 4mm 0.4mm 0; vertical-align: top; }
table.kv td.k { font-weight: bold; width: 32mm; }
.lines p { margin: 0; }
.lines { margin: 0 0 4mm 0; }
.small { font-size: 8pt; color: #333; }
ul { margin: 0 0 3mm 0; padding-left: 6mm; }
.pb { page-break-after: always; }
"""


def _h(s):
    return html.escape(s, quote=False)


def render_html(doc: Doc, out_pdf: Path, tmp: Path):
    parts = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{_h(doc.title)}</title>"
             f"<style>{CSS}</style></head><body>"]
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            parts.append("<div class='lh'>" + "".join(f"<p>{_h(x)}</p>" for x in b[1]) + "</div>")
        elif t == "side":
            parts.append("<div class='side'>" + "".join(
                f"<p><b>{_h(x[1:])}</b></p>" if x.startswith("*") else (f"<p>{_h(x)}</p>" if x else "<p>&nbsp;</p>")
                for x in b[1]) + "</div>")
        elif t == "kv":
            parts.append("<table class='kv'>" + "".join(
                f"<tr><td class='k'>{_h(k)}</td><td>{_h(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "title":
            parts.append(f"<h1>{_h(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{_h(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{_h(b[1])}</p>")
        elif t == "small":
            parts.append(f"<p class='small'>{_h(b[1])}</p>")
        elif t == "ul":
            parts.append("<ul>" + "".join(f"<li>{_h(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "lines":
            parts.append("<div class='lines'>" + "".join(
                f"<p><b>{_h(x[1:])}</b></p>" if x.startswith("*") else f"<p>{_h(x)}</p>" for x in b[1]) + "</div>")
        elif t == "table":
            grid = b[3] if len(b) > 3 else True
            cls = "grid" if grid else "kv"
            rows = "<tr>" + "".join(f"<th>{_h(c)}</th>" for c in b[1]) + "</tr>" if b[1] else ""
            rows += "".join("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in r) + "</tr>" for r in b[2])
            parts.append(f"<table class='{cls}'>{rows}</table>")
        elif t == "pagebreak":
            parts.append("<div class='pb'></div>")
        else:
            raise GenError(f"unknown block {t}")
    parts.append("</body></html>")
    src = tmp / f"{doc.name}.html"
    src.write_text("".join(parts), encoding="utf-8")
    raw = tmp / f"{doc.name}.chromium.pdf"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           "--print-to-pdf-no-header", f"--user-data-dir={tmp / 'chromium-profile'}",
           f"--print-to-pdf={raw}", src.as_uri()]
    r = subprocess.run(cmd, capture_output=True, timeout=180)
    if not raw.exists():
        raise GenError(f"chromium failed for {doc.name}: {r.stderr.decode()[-2000:]}")
    finalize(raw, out_pdf, doc)


def render_docx(doc: Doc, out_pdf: Path, tmp: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.left_margin, s.right_margin = Cm(2.4), Cm(2.0)
        s.top_margin, s.bottom_margin = Cm(1.8), Cm(2.0)
    cp = d.core_properties
    cp.author = doc.author
    cp.last_modified_by = doc.author
    cp.title = doc.title
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    import datetime as _dt
    cp.created = _dt.datetime(2026, 12, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 12, 1, 9, 0, 0)
    cp.revision = 1

    def para(container, text, bold=False, size=None, after=None):
        p = container.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{e}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def widths(table, ws):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in table.rows:
            for c, w in zip(row.cells, ws):
                c.width = Cm(w)

    def kv_into(container_table_or_doc, rows, widths_=(3.2, 12.4)):
        t = container_table_or_doc.add_table(rows=0, cols=2)
        t.autofit = False
        no_borders(t)
        for k, v in rows:
            cells = t.add_row().cells

            widths(t, widths_)
            cells[0].paragraphs[0].add_run(k).bold = True
            cells[1].paragraphs[0].add_run(v)
            for c in cells:
                c.paragraphs[0].paragraph_format.space_after = Pt(0)
        return t

    blocks = list(doc.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "letterhead":
            for j, x in enumerate(b[1]):
                para(d, x, bold=(j == 0), size=9, after=0)
            para(d, "", after=6)
        elif t == "side":
            # side column: a borderless two-column table, header block (if it follows) on the left
            tab = d.add_table(rows=1, cols=2)
            tab.autofit = False
            no_borders(tab)
            left, right = tab.rows[0].cells
            widths(tab, (11.4, 4.6))
            if i + 1 < len(blocks) and blocks[i + 1][0] == "kv":
                left.paragraphs[0].add_run("")
                kv_into(left, blocks[i + 1][1], widths_=(2.6, 8.4))
                i += 1
            first = True
            for x in b[1]:
                p = right.paragraphs[0] if first else right.add_paragraph()
                first = False
                r = p.add_run(x[1:] if x.startswith("*") else x)
                r.bold = x.startswith("*")
                r.font.size = Pt(7.5)
                p.paragraph_format.space_after = Pt(0)
            para(d, "", after=4)
        elif t == "kv":
            kv_into(d, b[1])
            para(d, "", after=2)
        elif t == "title":
            para(d, b[1], bold=True, size=14, after=8)
        elif t == "h":
            p = para(d, b[1], bold=True, size=10.5, after=3)
            p.paragraph_format.space_before = Pt(8)
        elif t == "p":
            para(d, b[1])
        elif t == "small":
            para(d, b[1], size=8)
        elif t == "ul":
            for x in b[1]:
                p = d.add_paragraph(style="List Bullet")
                p.add_run(x)
        elif t == "lines":
            for j, x in enumerate(b[1]):
                para(d, x[1:] if x.startswith("*") else x, bold=x.startswith("*"),
                     after=(6 if j == len(b[1]) - 1 else 0))
        elif t == "table":
            grid = b[3] if len(b) > 3 else True
            ncol = len(b[1]) if b[1] else len(b[2][0])
            tab = d.add_table(rows=0, cols=ncol)
            if grid:
                tab.style = "Table Grid"
            else:
                no_borders(tab)
            if b[1]:
                cells = tab.add_row().cells
                for c, x in zip(cells, b[1]):
                    r = c.paragraphs[0].add_run(x)
                    r.bold = True
                    r.font.size = Pt(9)
            for row in b[2]:
                cells = tab.add_row().cells
                for c, x in zip(cells, row):
                    r = c.paragraphs[0].add_run(x)
                    r.font.size = Pt(9)
            para(d, "", after=2)
        elif t == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise GenError(f"unknown block {t}")
        i += 1
    src = tmp / f"{doc.name}.docx"
    d.save(str(src))
    outdir = tmp / "lo"
    outdir.mkdir(exist_ok=True)
    cmd = [SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    r = subprocess.run(cmd, capture_output=True, timeout=300)
    raw = outdir / f"{doc.name}.pdf"
    if not raw.exists():
        raise GenError(f"libreoffice failed for {doc.name}: {r.stdout.decode()[-1000:]} {r.stderr.decode()[-1000:]}")
    finalize(raw, out_pdf, doc)


_RL_FONTS = False


def render_rl(doc: Doc, out_pdf: Path, tmp: Path):
    global _RL_FONTS
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Frame, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)

    if not _RL_FONTS:
        fd = "/usr/share/fonts/truetype/liberation2/"
        pdfmetrics.registerFont(TTFont("LibSans", fd + "LiberationSans-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LibSans-Bold", fd + "LiberationSans-Bold.ttf"))
        pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold",
                                      italic="LibSans", boldItalic="LibSans-Bold")
        _RL_FONTS = True
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    body = ParagraphStyle("body", fontName="LibSans", fontSize=9.5, leading=13, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=10)
    side = ParagraphStyle("side", parent=body, fontSize=7.2, leading=9.6, spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="LibSans-Bold")
    h1 = ParagraphStyle("h1", parent=body, fontName="LibSans-Bold", fontSize=13.5, leading=17, spaceAfter=8,
                        spaceBefore=4)
    h2 = ParagraphStyle("h2", parent=body, fontName="LibSans-Bold", fontSize=10, leading=13, spaceBefore=7,
                        spaceAfter=3)
    line = ParagraphStyle("line", parent=body, spaceAfter=0)
    lh = ParagraphStyle("lh", parent=body, fontSize=8.5, leading=11, spaceAfter=0)

    side_lines = []
    story = []
    W = A4[0] - 25 * mm - 58 * mm
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            for j, x in enumerate(b[1]):
                story.append(Paragraph(("<b>%s</b>" if j == 0 else "%s") % e(x), lh))
            story.append(Spacer(1, 8 * mm))
        elif t == "side":
            side_lines = b[1]
        elif t == "kv":
            data = [[Paragraph("<b>%s</b>" % e(k), cell), Paragraph(e(v), cell)] for k, v in b[1]]
            tb = Table(data, colWidths=[30 * mm, W - 30 * mm], hAlign="LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story += [tb, Spacer(1, 5 * mm)]
        elif t == "title":
            story.append(Paragraph(e(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(e(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(e(b[1]), body))
        elif t == "small":
            story.append(Paragraph(e(b[1]), small))
        elif t == "ul":
            story.append(ListFlowable([ListItem(Paragraph(e(x), body), leftIndent=10) for x in b[1]],
                                      bulletType="bullet", start="•", leftIndent=10, bulletFontName="LibSans"))
        elif t == "lines":
            for x in b[1]:
                story.append(Paragraph(("<b>%s</b>" % e(x[1:])) if x.startswith("*") else e(x), line))
            story.append(Spacer(1, 4 * mm))
        elif t == "table":
            grid = b[3] if len(b) > 3 else True
            data = []
            if b[1]:
                data.append([Paragraph(e(c), cellb) for c in b[1]])
            data += [[Paragraph(e(c), cell) for c in r] for r in b[2]]
            ncol = len(data[0])
            tb = Table(data, colWidths=[W / ncol] * ncol, hAlign="LEFT", repeatRows=1 if b[1] else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, 4 * mm)]
        elif t == "pagebreak":
            story.append(PageBreak())
        else:
            raise GenError(f"unknown block {t}")

    def first(c, _d):
        if side_lines:
            fl = [Paragraph(("<b>%s</b>" % e(x[1:])) if x.startswith("*") else (e(x) if x else "&nbsp;"), side)
                  for x in side_lines]
            Frame(A4[0] - 52 * mm, 60 * mm, 44 * mm, A4[1] - 60 * mm - 32 * mm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0).addFromList(fl, c)
        later(c, _d)

    def later(c, _d):
        c.setFont("LibSans", 7.5)
        c.drawString(25 * mm, 12 * mm, "Pagina %d" % c.getPageNumber())

    sd = SimpleDocTemplate(str(tmp / f"{doc.name}.rl.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=58 * mm,
                           topMargin=20 * mm, bottomMargin=22 * mm, title=doc.title, author=doc.author,
                           creator="", producer="ReportLab", subject="", invariant=1)
    sd.build(story, onFirstPage=first, onLaterPages=later)
    finalize(tmp / f"{doc.name}.rl.pdf", out_pdf, doc)


def finalize(raw: Path, out_pdf: Path, doc: Doc):
    """Normalise dates and /ID so that re-runs are byte-identical."""
    import pikepdf

    with pikepdf.open(str(raw)) as pdf:
        info = pdf.docinfo
        for k in ("/CreationDate", "/ModDate"):
            if k in info:
                info[k] = FIXED_DATE
        for d in (info, pdf.trailer):  # LibreOffice writes a per-run /DocChecksum into the trailer
            if "/DocChecksum" in d:
                del d["/DocChecksum"]
        if "/ID" in pdf.trailer:  # the producers' random IDs; qpdf derives a new one from the content
            del pdf.trailer["/ID"]
        if "/Metadata" in pdf.Root:
            md = pdf.Root.Metadata.read_bytes().decode("utf-8")
            md = re.sub(r"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*", r"\g<1>2026-12-01T09:00:00+01:00", md)
            md = re.sub(r"(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*", r"\g<1>2026-12-01T09:00:00+01:00", md)
            md = re.sub(r"(<xmpMM:(?:DocumentID|InstanceID)>)[^<]*", r"\g<1>uuid:00000000-0000-0000-0000-000000000000", md)
            pdf.Root.Metadata.write(md.encode("utf-8"))
        pdf.save(str(out_pdf), deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)


RENDER = {"docx": render_docx, "html": render_html, "rl": render_rl}


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def _spans(text, probe):
    return [(m.start(), m.end()) for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def build_gold(doc: Doc, pdf_path: Path) -> dict:
    src = doc.source_text()
    pdfium, pages = text_pdfium(pdf_path)
    plumber = text_pdfplumber(pdf_path)
    ptt = text_pdftotext(pdf_path)
    errors = []
    if not 1 <= pages <= 4:
        errors.append(f"{pages} pages (want 1-4)")
    red_spans = []
    for it in doc.redact:
        for p in it["probes"]:
            s = count_in(src, p)
            f = count_in(pdfium, p)
            if s < 1:
                errors.append(f"redact probe {p['text']!r} not in source")
            if f != s:
                errors.append(f"redact probe {p['text']!r}: source {s} x, PDFium text {f} x")
            if count_in(plumber, p) < 1 and count_in(ptt, p) < 1:
                print(f"  note {doc.name}: redact probe {p['text']!r} is split in pdfplumber/pdftotext "
                      f"layout text (found by PDFium)", file=sys.stderr)
            if p.get("after", 0) >= s:
                errors.append(f"redact probe {p['text']!r}: after {p.get('after')} >= occurrences {s}")
            if p.get("after", 0) == 0:
                red_spans += _spans(src, p)
    for it in doc.keep:
        for p in it["probes"]:
            s = count_in(src, p)
            f = count_in(pdfium, p)
            if s < 1:
                errors.append(f"keep probe {p['text']!r} not in source")
            if f != s:
                errors.append(f"keep probe {p['text']!r}: source {s} x, PDFium text {f} x")
            p["after"] = f
            for a, b in _spans(src, p):
                for c, d in red_spans:
                    if a < d and c < b:
                        errors.append(f"keep probe {p['text']!r} overlaps a redact probe at {src[max(0, a-20):b+20]!r}")
                        break
    if errors:
        raise GenError(f"{doc.name}: " + "; ".join(errors))
    return {"doc": f"{doc.name}.pdf", "pages": pages, "producer": {
        "docx": "python-docx + LibreOffice", "html": "HTML + headless Chromium", "rl": "reportlab"}[doc.producer],
        "redact": doc.redact, "keep": doc.keep}


# ------------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--keep-tmp", action="store_true")
    a = ap.parse_args(argv)
    from documents import DOCS
    names = [d.name for d in DOCS]
    if len(set(names)) != len(names):
        raise GenError("duplicate document names")
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="blindnotes-"))
    failed = []
    try:
        for doc in DOCS:
            if a.only and doc.name not in a.only:
                continue
            out = HERE / "docs" / f"{doc.name}.pdf"
            RENDER[doc.producer](doc, out, tmp)
            try:
                gold = build_gold(doc, out)
            except GenError as ex:
                failed.append(str(ex))
                print("FAIL", ex, file=sys.stderr)
                continue
            (HERE / "gold" / f"{doc.name}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            nr = sum(len(i["probes"]) for i in gold["redact"])
            nk = sum(len(i["probes"]) for i in gold["keep"])
            print(f"{doc.name:<34} {doc.producer:<5} pages={gold['pages']} redact={nr} keep={nk}")
    finally:
        if not a.keep_tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print("tmp:", tmp)
    if failed:
        raise SystemExit(f"{len(failed)} document(s) failed:\n" + "\n".join(failed))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
