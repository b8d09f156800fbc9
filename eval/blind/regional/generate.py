"""Render the regional blind set: docs/*.pdf and gold/*.json from documents.py.

    /work/main/.venv/bin/python generate.py [--only r01,r02] [--check]

Markup in documents.py:
  [[shown text|KIND]]            personal data; probe = the shown text (word-anchored)
  [[shown text|KIND|p1;p2]]      personal data; probes p1, p2 (word-anchored)
  {shown text|KIND}              must stay readable; probe = shown text
  {shown text|KIND|p}            must stay readable; probe p
A probe text that an earlier span already introduced joins that span's gold item, so
"mevrouw [[Kartosen|PERSON]]" later in a document adds nothing new.

Counts: 'after' of every probe is counted on the ideal redaction of the source text (every
[[...]] span replaced by a block), with the evaluator's own norm()/probe_regex(). The source
count is then compared with the PDFium text of the rendered PDF; --check lists mismatches
(the generator refuses to write gold for a document with a mismatch).

Producers: reportlab (DejaVuSans TTF, Platypus, one or two columns), chromium (HTML ->
headless print-to-pdf), libreoffice (python-docx .docx -> soffice), rawpdf (a hand-written
PDF: standard-14 Helvetica, WinAnsi, one TJ array per line with explicit word gaps).
"""
from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
EVAL = Path("/work/shared/eval")
sys.path.insert(0, str(EVAL))

from documents import DOCS  # noqa: E402
from evaluate import norm, probe_regex  # noqa: E402

SPAN = re.compile(r"\[\[(.+?)\|([A-Z_]+)(?:\|(.+?))?\]\]|\{(.+?)\|([A-Z_]+)(?:\|(.+?))?\}", re.S)
BLOCK = "\u2588"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ------------------------------------------------------------------ markup
def parse(text: str):
    """-> plain text, ideal-redaction text, list of spans (redact?, shown, kind, probes)."""
    plain, red, spans = [], [], []
    pos = 0
    for m in SPAN.finditer(text):
        plain.append(text[pos:m.start()])
        red.append(text[pos:m.start()])
        if m.group(1) is not None:
            shown, kind, pr = m.group(1), m.group(2), m.group(3)
            plain.append(shown)
            red.append(BLOCK)
            spans.append((True, shown, kind, pr.split(";") if pr else [shown]))
        else:
            shown, kind, pr = m.group(4), m.group(5), m.group(6)
            plain.append(shown)
            red.append(shown)
            spans.append((False, shown, kind, [pr] if pr else [shown]))
        pos = m.end()
    plain.append(text[pos:])
    red.append(text[pos:])
    return "".join(plain), "".join(red), spans


def strip(text: str) -> str:
    return parse(text)[0]


def block_texts(block):
    """All marked-up strings of a block, in reading order."""
    kind = block[0]
    if kind == "colbreak":
        return []
    if kind == "table":
        return ["\n".join(" ".join(r) for r in block[1])]
    return [block[1]]


def doc_sources(doc):
    parts = []
    for b in doc["blocks"]:
        parts.extend(block_texts(b))
    return "\n".join(parts)


# ------------------------------------------------------------------ gold
def build_gold(doc, pages: int, pdf_text: str | None):
    src = doc_sources(doc)
    plain, red, spans = parse(src)
    nplain, nred = norm(plain), norm(red)
    items = {"redact": [], "keep": []}
    owner = {}
    problems = []
    for is_red, shown, kind, probes in spans:
        side = "redact" if is_red else "keep"
        item = None
        for p in probes:
            if (side, p) in owner:
                item = owner[(side, p)]
                break
        if item is None:
            item = {"kind": kind, "value": shown, "probes": []}
            items[side].append(item)
        for p in probes:
            if (side, p) in owner:
                continue
            owner[(side, p)] = item
            rx = probe_regex(p, True)
            before = len(rx.findall(nplain))
            after = len(rx.findall(nred))
            if is_red and not before > after:
                problems.append(f"redact probe {p!r} not inside any span")
            if not is_red and after == 0:
                problems.append(f"keep probe {p!r} is gone after ideal redaction")
            if pdf_text is not None:
                got = len(rx.findall(pdf_text))
                if got != before:
                    problems.append(f"{side} probe {p!r}: source {before}, pdfium {got}")
            item["probes"].append({"text": p, "word": True, "after": after})
    gold = {"doc": doc["id"] + ".pdf", "pages": pages, "producer": doc["producer"],
            "genre": doc["genre"], "redact": items["redact"], "keep": items["keep"]}
    return gold, problems


def pdfium_text(path: Path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    parts = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        parts.append(tp.get_text_range())
    n = len(pdf)
    pdf.close()
    return norm("\n".join(parts)), n


# ------------------------------------------------------------------ reportlab
def render_reportlab(doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="DejaVu-Bold", fontSize=13, leading=16, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=10.5, leading=13, spaceBefore=4)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)

    def P(t, st):
        return Paragraph(html.escape(strip(t)).replace("\n", "<br/>"), st)

    two = doc.get("layout") == "twocol"
    W, H = A4
    margin = 20 * mm
    if two:
        gap = 8 * mm
        cw = (W - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, cw, H - 2 * margin, id="c1"),
                  Frame(margin + cw + gap, margin, cw, H - 2 * margin, id="c2")]
    else:
        cw = W - 2 * margin
        frames = [Frame(margin, margin, cw, H - 2 * margin, id="c1")]
    dt = BaseDocTemplate(str(out), pagesize=A4, invariant=1, title=doc.get("meta_title", ""),
                         author=doc.get("meta_author", ""), creator="reportlab")
    dt.addPageTemplates([PageTemplate(id="p", frames=frames)])
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            story.append(P(b[1], h1))
        elif k == "h2":
            story.append(P(b[1], h2))
        elif k in ("p", "lines", "sig"):
            story.append(P(b[1], base))
        elif k == "small":
            story.append(P(b[1], small))
        elif k == "table":
            rows = [[P(c, cell) for c in r] for r in b[1]]
            ncol = len(b[1][0])
            widths = b[2].get("widths") if len(b) > 2 else None
            if widths:
                widths = [cw * w for w in widths]
            else:
                widths = [cw / ncol] * ncol
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
            story.append(t)
            story.append(Spacer(1, 6))
    dt.build(story)


# ------------------------------------------------------------------ html / chromium
CSS = """
@page { size: A4; margin: 18mm 20mm; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35;
       font-variant-ligatures: none; }
h1 { font-size: 15pt; margin: 0 0 8pt 0; } h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; } .small { font-size: 8pt; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
td, th { border: 0.6pt solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #e8e8e8; }
.cols { column-count: 2; column-gap: 9mm; }
.lines { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; white-space: pre-wrap; }
"""


def to_html(doc):
    def e(t):
        return html.escape(strip(t)).replace("\n", "<br>")

    body = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h1":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h2":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif k in ("p", "sig"):
            body.append(f"<p>{e(b[1])}</p>")
        elif k == "small":
            body.append(f"<p class='small'>{e(b[1])}</p>")
        elif k == "lines":
            body.append(f"<p class='lines'>{e(b[1])}</p>")
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            body.append("<table>" + "".join(rows) + "</table>")
    inner = "\n".join(body)
    if doc.get("layout") == "twocol":
        inner = f"<div class='cols'>{inner}</div>"
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(doc.get('meta_title', 'document'))}</title>"
            f"<style>{CSS}</style></head><body>{inner}</body></html>")


def render_chromium(doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        src.write_text(to_html(doc), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--print-to-pdf-no-header",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", src.as_uri()],
                       capture_output=True, timeout=120, check=True)


# ------------------------------------------------------------------ docx / libreoffice
def render_libreoffice(doc, out: Path):
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = doc.get("meta_author", "")
    d.core_properties.title = doc.get("meta_title", "")
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)

    def add_par(t, style=None, mono=False):
        p = d.add_paragraph(style=style)
        lines = strip(t).split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            if mono:
                r.font.name = "Liberation Mono"
                r.font.size = Pt(9)
            if i < len(lines) - 1:
                r.add_break()
        return p

    blocks = doc["blocks"]
    two = doc.get("layout") == "twocol"
    started_cols = False
    for i, b in enumerate(blocks):
        k = b[0]
        if two and not started_cols and k not in ("h1",):
            sec = d.add_section(WD_SECTION.CONTINUOUS)
            cols = sec._sectPr.xpath("./w:cols")
            c = cols[0] if cols else OxmlElement("w:cols")
            c.set(qn("w:num"), "2")
            c.set(qn("w:space"), "567")
            if not cols:
                sec._sectPr.append(c)
            started_cols = True
        if k == "colbreak":
            from docx.enum.text import WD_BREAK
            d.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        elif k == "h1":
            add_par(b[1], "Heading 1")
        elif k == "h2":
            add_par(b[1], "Heading 2")
        elif k in ("p", "sig", "small"):
            add_par(b[1])
        elif k == "lines":
            add_par(b[1], mono=True)
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, ctext in enumerate(r):
                    cellp = t.cell(ri, ci).paragraphs[0]
                    lines = strip(ctext).split("\n")
                    for li, ln in enumerate(lines):
                        run = cellp.add_run(ln)
                        run.font.size = Pt(9)
                        if ri == 0:
                            run.bold = True
                        if li < len(lines) - 1:
                            run.add_break()
            d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (doc["id"] + ".docx")
        d.save(str(src))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       capture_output=True, timeout=180, check=True)
        shutil.copy(Path(td) / (doc["id"] + ".pdf"), out)


# ------------------------------------------------------------------ hand-written PDF
def render_rawpdf(doc, out: Path):
    """Minimal PDF 1.4 writer: Helvetica/WinAnsi, wrapped lines, every line one TJ array in which
    the inter-word space is a space glyph plus a small negative kern (justified look)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    W, H, M = 595.28, 841.89, 62.0

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    def wrap(text, font, size, width):
        out_lines = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                cand = (cur + " " + w) if cur else w
                if stringWidth(cand, font, size) <= width or not cur:
                    cur = cand
                else:
                    out_lines.append(cur)
                    cur = w
            out_lines.append(cur)
        return out_lines

    pages, ops = [], []
    y = H - M

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append(b"\n".join(ops))
        ops = []
        y = H - M

    def emit(line, font, size, x, lead, justify=False, width=0):
        nonlocal y
        if y - lead < M:
            newpage()
        y -= lead
        fname = b"/F2" if font.endswith("Bold") else b"/F1"
        words = line.split(" ")
        arr = []
        if justify and len(words) > 1:
            extra = (width - stringWidth(line, font, size)) / (len(words) - 1)
            kern = -extra * 1000 / size
        else:
            kern = 0
        for i, w in enumerate(words):
            if i:
                arr.append(b"( )")
                if kern:
                    arr.append(b"%.1f" % kern)
            arr.append(b"(" + esc(w) + b")")
        ops.append(b"BT %s %.1f Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET" % (fname, size, x, y, b" ".join(arr)))

    width = W - 2 * M
    for b in doc["blocks"]:
        k = b[0]
        if k == "colbreak":
            continue
        if k == "table":
            rows = b[1]
            ncol = len(rows[0])
            fr = b[2].get("widths") if len(b) > 2 else None
            cws = [width * f for f in fr] if fr else [width / ncol] * ncol
            for ri, r in enumerate(rows):
                font = "Helvetica-Bold" if ri == 0 else "Helvetica"
                cells = [wrap(strip(c), font, 8.5, cws[ci] - 8) for ci, c in enumerate(r)]
                n = max(len(c) for c in cells)
                if y - n * 11 - 4 < M:
                    newpage()
                top = y
                for li in range(n):
                    yy = top - 11 * (li + 1)
                    for ci, cl in enumerate(cells):
                        if li < len(cl) and cl[li]:
                            x = M + sum(cws[:ci]) + 4
                            fname = b"/F2" if ri == 0 else b"/F1"
                            ops.append(b"BT %s 8.5 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (fname, x, yy, esc(cl[li])))
                y = top - 11 * n - 4
                ops.append(b"0.6 w %.2f %.2f m %.2f %.2f l S" % (M, y + 1, M + width, y + 1))
            y -= 8
            continue
        text = strip(b[1])
        if k == "h1":
            font, size, lead = "Helvetica-Bold", 14, 19
        elif k == "h2":
            font, size, lead = "Helvetica-Bold", 11, 15
        elif k == "small":
            font, size, lead = "Helvetica", 8, 10
        else:
            font, size, lead = "Helvetica", 10, 13
        lines = wrap(text, font, size, width)
        for li, ln in enumerate(lines):
            just = k == "p" and li < len(lines) - 1 and "\n" not in text
            emit(ln, font, size, M, lead, just, width)
        y -= 5
    newpage()

    objs = []

    def add(o):
        objs.append(o)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    import zlib
    for content in pages:
        z = zlib.compress(content)
        cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, f1, f2, cs)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (handwritten-rawpdf) /Title (%s) >>" % esc(doc.get("meta_title", "")))
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(data))
        data += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        data += b"%010d 00000 n \n" % o
    data += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    out.write_bytes(bytes(data))


RENDER = {"reportlab": render_reportlab, "chromium": render_chromium,
          "libreoffice": render_libreoffice, "rawpdf": render_rawpdf}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--check", action="store_true", help="report problems, write gold anyway")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    bad = 0
    for doc in DOCS:
        if only and doc["id"] not in only:
            continue
        out = HERE / "docs" / (doc["id"] + ".pdf")
        RENDER[doc["producer"]](doc, out)
        text, n = pdfium_text(out)
        gold, problems = build_gold(doc, n, text)
        if problems:
            bad += 1
            print(f"{doc['id']} ({doc['producer']}):", *problems, sep="\n   ")
            if not args.check:
                continue
        (HERE / "gold" / (doc["id"] + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"done, {bad} document(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
