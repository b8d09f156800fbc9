#!/usr/bin/env python3
"""Blind evaluation set D for woo_redact: 25 invented Dutch government documents + gold files.

Run with the venv that has fpdf2, reportlab, pdfplumber, pypdfium2, pikepdf, python-docx:

    /tmp/setD-venv/bin/python eval/blind/woo/generate.py

Writes docs/<name>.pdf and gold/<name>.json next to this script. Deterministic: the texts are fixed,
every PDF is rewritten by pikepdf with dates and XMP removed and qpdf's static /ID.

Markup in the texts below: {{K:text}} marks a span; K is one of
  redact: P PERSON, E EMAIL_ADDRESS, T PHONE_NUMBER, PA PARAPH, B NL_BSN, I IBAN_CODE, A ADDRESS
  keep:   O ORG, PL PLACE, OF OFFICIAL, PR PRODUCT, TE TERM, TI TITLE, S SERVICE_NUMBER,
          FE FUNCTIONAL_EMAIL, GA GOV_ADDRESS, C CASE_NUMBER, D DATE
  U       deliberately unlabelled (ambiguous or no gold kind, e.g. a birth date): no probe, but no keep
          probe may overlap it.
Each marked span becomes one probe (word=True). Redact probes get after=0; keep probes get
after = their count in the PDFium text of the original. The script fails loudly when
  * a redact probe occurs (in the source text) outside every redact span (collision),
  * a keep probe occurrence overlaps a redact or unlabelled span,
  * a redact probe is not found in the PDFium text of the generated PDF,
  * a keep probe's PDFium count differs from its count in the source text,
  * a PDF has more than 3 pages, a BSN fails the 11-test or an IBAN its checksum.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

REDACT = {"P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "PA": "PARAPH", "B": "NL_BSN",
          "I": "IBAN_CODE", "A": "ADDRESS"}
KEEP = {"O": "ORG", "PL": "PLACE", "OF": "OFFICIAL", "PR": "PRODUCT", "TE": "TERM", "TI": "TITLE",
        "S": "SERVICE_NUMBER", "FE": "FUNCTIONAL_EMAIL", "GA": "GOV_ADDRESS", "C": "CASE_NUMBER",
        "D": "DATE"}
MARK = re.compile(r"\{\{([A-Z]{1,2}):(.*?)\}\}")


class GoldError(Exception):
    pass


# ------------------------------------------------------------------------------------------------
# markup
# ------------------------------------------------------------------------------------------------
def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(2), s)


def block_texts(blocks):
    """Yield every marked-up text string of a document in reading order."""
    for b in blocks:
        kind = b[0]
        if kind in ("h", "p", "small"):
            yield b[1]
        elif kind == "lines":
            yield from b[1]
        elif kind in ("table", "kv"):
            for row in b[1]:
                yield from row
        else:
            raise GoldError(f"unknown block {kind}")


def spans_of(blocks):
    """Plain text (pieces joined by one space) and the marked spans with offsets in it."""
    plain, spans = "", []
    for t in block_texts(blocks):
        pos = 0
        piece = ""
        for m in MARK.finditer(t):
            piece += t[pos:m.start()]
            code, txt = m.group(1), m.group(2)
            if code not in REDACT and code not in KEEP and code != "U":
                raise GoldError(f"unknown code {code} in {t!r}")
            start = len(plain) + (1 if plain else 0) + len(piece)
            spans.append((code, txt, start, start + len(txt)))
            piece += txt
            pos = m.end()
        piece += t[pos:]
        if not piece.strip():
            if piece:
                raise GoldError(f"whitespace-only text {t!r}")
            continue
        if "{{" in piece or "}}" in piece:
            raise GoldError(f"broken markup in {t!r}")
        plain = (plain + " " + piece) if plain else piece
    if norm(plain) != plain:
        raise GoldError("source text is not normalised (double spaces or odd characters): "
                        + repr(next((a, b) for a, b in zip(plain, norm(plain)) if a != b)))
    return plain, spans


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build_gold(doc, pdf_text, pages):
    plain, spans = spans_of(doc["blocks"])
    red_spans = [(a, b) for c, _, a, b in spans if c in REDACT]
    blocked = [(a, b) for c, _, a, b in spans if c in REDACT or c == "U"]

    def inside(a, b, ranges):
        return any(x <= a and b <= y for x, y in ranges)

    def overlaps(a, b, ranges):
        return any(a < y and x < b for x, y in ranges)

    redact, keep = {}, {}
    for code, txt, a, b in spans:
        if code == "U":
            continue
        if code == "B" and not bsn_ok(txt):
            raise GoldError(f"{doc['name']}: BSN {txt} fails the 11-test")
        if code == "I" and not iban_ok(txt):
            raise GoldError(f"{doc['name']}: IBAN {txt} has a bad checksum")
        rx = probe_regex(txt, True)
        occ = [(m.start(), m.end()) for m in rx.finditer(plain)]
        if code in REDACT:
            for x, y in occ:
                if not inside(x, y, red_spans):
                    raise GoldError(f"{doc['name']}: redact probe {txt!r} also occurs outside a "
                                    f"redact span: ...{plain[max(0, x - 40):y + 40]}...")
            got = pdf_text_count(pdf_text, txt)
            if got < 1:
                raise GoldError(f"{doc['name']}: redact probe {txt!r} not found in the PDF text")
            redact.setdefault((REDACT[code], txt), got)
        else:
            for x, y in occ:
                if overlaps(x, y, blocked):
                    raise GoldError(f"{doc['name']}: keep probe {txt!r} overlaps a redact/unlabelled "
                                    f"span: ...{plain[max(0, x - 40):y + 40]}...")
            got = pdf_text_count(pdf_text, txt)
            if got != len(occ):
                raise GoldError(f"{doc['name']}: keep probe {txt!r}: {len(occ)} in source, {got} in "
                                f"the PDF text")
            prev = keep.get((KEEP[code], txt))
            keep[(KEEP[code], txt)] = got
            if prev is not None and prev != got:
                raise GoldError("inconsistent count")
    # a keep probe text must not be labelled redact elsewhere in the same document
    for (k, t) in keep:
        for (k2, t2) in redact:
            if t == t2:
                raise GoldError(f"{doc['name']}: {t!r} is both keep and redact")
    gold = {"doc": doc["name"] + ".pdf", "pages": pages, "producer": doc["producer"],
            "style": doc["style"],
            "redact": [{"kind": k, "value": t, "probes": [{"text": t, "word": True, "after": 0}]}
                       for (k, t) in redact],
            "keep": [{"kind": k, "value": t, "probes": [{"text": t, "word": True, "after": n}]}
                     for (k, t), n in keep.items()]}
    return gold


def pdf_text_count(text, probe):
    return len(probe_regex(probe, True).findall(text))


# ------------------------------------------------------------------------------------------------
# producers
# ------------------------------------------------------------------------------------------------
def render_html(doc, out_pdf: Path, tmp: Path):
    css = """
    @page { size: A4; margin: 22mm 20mm 20mm 22mm; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
    h1 { font-size: 14pt; margin: 0 0 8pt 0; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }
    p { margin: 0 0 6pt 0; } .small { font-size: 8.5pt; color: #333; }
    table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 9pt; }
    td, th { border: 0.6pt solid #666; padding: 2pt 4pt; text-align: left; vertical-align: top; }
    th { background: #e8eef4; } table.kv td { border: none; padding: 1pt 4pt 1pt 0; }
    .line { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.6pt; margin: 0 0 2pt 0; }
    """
    parts = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(doc['title'])}"
             f"</title><style>{css}</style></head><body>"]
    first_h = True
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            tag = "h1" if first_h else "h2"
            first_h = False
            parts.append(f"<{tag}>{html.escape(strip(b[1]))}</{tag}>")
        elif k == "p":
            parts.append(f"<p>{html.escape(strip(b[1]))}</p>")
        elif k == "small":
            parts.append(f"<p class='small'>{html.escape(strip(b[1]))}</p>")
        elif k == "lines":
            for ln in b[1]:
                parts.append(f"<div class='line'>{html.escape(strip(ln))}</div>")
        elif k in ("table", "kv"):
            cls = " class='kv'" if k == "kv" else ""
            parts.append(f"<table{cls}>")
            for i, row in enumerate(b[1]):
                tag = "th" if (k == "table" and i == 0) else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{html.escape(strip(c))}</{tag}>" for c in row)
                             + "</tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    src = tmp / (doc["name"] + ".html")
    src.write_text("".join(parts), encoding="utf-8")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--user-data-dir={tmp / 'chromium-profile'}",
                    f"--print-to-pdf={out_pdf}", src.as_uri()],
                   check=True, capture_output=True, timeout=180)


def build_docx(doc, out_docx: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.title = doc["title"]
    first_h = True
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            d.add_heading(strip(b[1]), level=1 if first_h else 2)
            first_h = False
        elif k in ("p", "small"):
            p = d.add_paragraph(strip(b[1]))
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
        elif k == "lines":
            for ln in b[1]:
                p = d.add_paragraph(strip(ln))
                p.paragraph_format.space_after = Pt(1)
        elif k in ("table", "kv"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            if len(b) > 2:
                from docx.shared import Mm
                t.autofit = False
                for j, w in enumerate(b[2]):
                    t.columns[j].width = Mm(w)
                    for cell in t.columns[j].cells:
                        cell.width = Mm(w)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = strip(c)
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(9)
                            if k == "table" and i == 0:
                                r.bold = True
            d.add_paragraph("")
    d.save(str(out_docx))


def convert_docx(paths, outdir: Path, tmp: Path):
    if not paths:
        return
    subprocess.run(["libreoffice", f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in paths],
                   check=True, capture_output=True, timeout=600)


def _rl_escape(s):
    return html.escape(s, quote=False)


def render_reportlab(doc, out_pdf: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=9.6, leading=12.6, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=8.2, leading=10.5)
    cell = ParagraphStyle("c", parent=body, fontSize=8.4, leading=10.4, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DejaVu-Bold")
    h1 = ParagraphStyle("h1", parent=body, fontName="DejaVu-Bold", fontSize=13.5, leading=17, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="DejaVu-Bold", fontSize=10.8, leading=14, spaceBefore=6)
    mono = ParagraphStyle("m", parent=body, fontSize=8.6, leading=11, spaceAfter=1)
    story = []
    first_h = True
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            story.append(Paragraph(_rl_escape(strip(b[1])), h1 if first_h else h2))
            first_h = False
        elif k == "p":
            story.append(Paragraph(_rl_escape(strip(b[1])), body))
        elif k == "small":
            story.append(Paragraph(_rl_escape(strip(b[1])), small))
        elif k == "lines":
            for ln in b[1]:
                story.append(Paragraph(_rl_escape(strip(ln)), mono))
        elif k in ("table", "kv"):
            rows = [[Paragraph(_rl_escape(strip(c)), cellb if (k == "table" and i == 0) else cell)
                     for c in row] for i, row in enumerate(b[1])]
            widths = b[2] if len(b) > 2 else None
            if widths:
                widths = [w * mm for w in widths]
            t = Table(rows, colWidths=widths, hAlign="LEFT")
            if k == "table":
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            else:
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 6))
    d = SimpleDocTemplate(str(out_pdf), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm, title=doc["title"],
                          author=doc.get("author", ""), invariant=1)
    d.build(story)


def render_fpdf(doc, out_pdf: Path):
    import datetime

    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, 12, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title(doc["title"])
    if doc.get("author"):
        pdf.set_author(doc["author"])
    pdf.add_page()
    first_h = True
    W = pdf.epw
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            pdf.set_font("DejaVu", "B", 13 if first_h else 10.5)
            pdf.ln(1 if first_h else 3)
            pdf.multi_cell(W, 6, strip(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            first_h = False
        elif k in ("p", "small"):
            pdf.set_font("DejaVu", "", 9.5 if k == "p" else 8)
            pdf.multi_cell(W, 4.8 if k == "p" else 4, strip(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "lines":
            pdf.set_font("DejaVu", "", 8.6)
            for ln in b[1]:
                pdf.multi_cell(W, 4.3, strip(ln), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k in ("table", "kv"):
            pdf.set_font("DejaVu", "", 8.4)
            widths = b[2] if len(b) > 2 else None
            kw = dict(col_widths=widths, text_align="LEFT", line_height=4.4, width=W)
            if k == "kv":
                kw.update(borders_layout="NONE", first_row_as_headings=False)
            else:
                kw.update(headings_style=FontFace(emphasis="BOLD", fill_color=(232, 238, 244)))
            with pdf.table(**kw) as t:
                for row in b[1]:
                    r = t.row()
                    for c in row:
                        r.cell(strip(c))
            pdf.ln(3)
    pdf.output(str(out_pdf))


def finalise(pdf_path: Path, doc):
    """Rewrite deterministically: no dates, no XMP, fixed (static) /ID; Title/Author as the producer wrote them."""
    import pikepdf

    tmp = pdf_path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(pdf_path)) as pdf:
        info = {k: str(v) for k, v in pdf.docinfo.items()}
        for k in list(pdf.docinfo.keys()):
            del pdf.docinfo[k]
        for k in ("/Producer", "/Creator"):
            if k in info:
                pdf.docinfo[k] = re.sub(r"\d+(\.\d+)+", "x", info[k])
        pdf.docinfo["/Title"] = doc["title"]
        if doc.get("author"):
            pdf.docinfo["/Author"] = doc["author"]
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: depends on the conversion time
            del pdf.trailer["/DocChecksum"]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        import hashlib
        h = hashlib.md5(doc["name"].encode()).digest()
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(h), pikepdf.String(h)])
        pdf.save(str(tmp), static_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    os.replace(tmp, pdf_path)


def pdfium_text(path: Path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        return norm("\n".join(parts)), len(pdf)
    finally:
        pdf.close()


def main():
    from documents import DOCUMENTS  # noqa: F401  (kept in a separate module for readability)

    names = [d["name"] for d in DOCUMENTS]
    if len(set(names)) != len(names):
        raise GoldError("duplicate document names")
    for d in DOCUMENTS:
        try:
            spans_of(d["blocks"])  # markup check before any rendering
        except GoldError as e:
            raise GoldError(f"{d['name']}: {e}")
    for p in (DOCS, GOLD):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="setD-") as td:
        tmp = Path(td)
        docx_paths = []
        for d in DOCUMENTS:
            out = DOCS / (d["name"] + ".pdf")
            if d["producer"] == "docx":
                p = tmp / (d["name"] + ".docx")
                build_docx(d, p)
                docx_paths.append(p)
            elif d["producer"] == "html":
                render_html(d, out, tmp)
            elif d["producer"] == "reportlab":
                render_reportlab(d, out)
            elif d["producer"] == "fpdf2":
                render_fpdf(d, out)
            else:
                raise GoldError(d["producer"])
        convert_docx(docx_paths, DOCS, tmp)
    totals = {}
    for d in DOCUMENTS:
        out = DOCS / (d["name"] + ".pdf")
        if not out.exists():
            raise GoldError(f"{out} was not produced")
        finalise(out, d)
        text, pages = pdfium_text(out)
        if not 1 <= pages <= 3:
            raise GoldError(f"{d['name']}: {pages} pages")
        gold = build_gold(d, text, pages)
        (GOLD / (d["name"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        for side in ("redact", "keep"):
            for it in gold[side]:
                totals[(side, it["kind"])] = totals.get((side, it["kind"]), 0) + 1
        print(f"{d['name']:<34} {d['producer']:<9} pages={pages} redact={len(gold['redact'])} "
              f"keep={len(gold['keep'])}")
    for side in ("redact", "keep"):
        items = {k: v for (s, k), v in totals.items() if s == side}
        print(f"{side}: total={sum(items.values())} " + " ".join(f"{k}={v}" for k, v in sorted(items.items())))


if __name__ == "__main__":
    try:
        main()
    except GoldError as e:
        print("GOLD ERROR:", e, file=sys.stderr)
        sys.exit(1)
