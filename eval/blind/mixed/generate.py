#!/usr/bin/env python3
"""Blind evaluation set C ("mixed"): 30 invented Dutch government documents + gold files.

Run with a Python that has fpdf2, reportlab, python-docx, pdfplumber, pypdfium2 and pikepdf, e.g.

    python3 -m venv /tmp/mixed-venv
    /tmp/mixed-venv/bin/pip install fpdf2 reportlab pdfplumber pypdfium2 pikepdf python-docx
    /tmp/mixed-venv/bin/python eval/blind/mixed/generate.py

Needs /usr/bin/chromium and libreoffice on PATH. Writes docs/<name>.pdf and gold/<name>.json next
to this file. Every probe is checked against the PyMuPDF-free PDFium text of the produced PDF:
redact probes must be present, keep probes must be present (their 'after' is the exact count, using
norm/probe_regex of /work/shared/eval/evaluate.py) and no redact probe may overlap a keep probe.
Any violation raises SystemExit.  All persons except the public office holders are invented.
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

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
EVAL_DIR = Path(os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))
sys.path.insert(0, str(EVAL_DIR))
from evaluate import norm, probe_regex  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIXED_DATE = "D:20261201120000Z"

REDACT_KINDS = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "PARAPH", "NL_BSN", "IBAN_CODE", "ADDRESS"}
KEEP_KINDS = {"ORG", "PLACE", "OFFICIAL", "PRODUCT", "TERM", "TITLE", "SERVICE_NUMBER",
              "FUNCTIONAL_EMAIL", "GOV_ADDRESS"}


# ------------------------------------------------------------------------------------------
# identifiers with valid check digits
# ------------------------------------------------------------------------------------------
def bsn(prefix8: str) -> str:
    """Complete 8 digits to a BSN that passes the 11-proef."""
    for d in range(10):
        s = prefix8 + str(d)
        if (sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0:
            return s
    raise SystemExit(f"no BSN for prefix {prefix8}")


def iban(bank: str, account10: str, spaced: bool = True) -> str:
    num = "".join(str(int(c, 36)) for c in bank + account10 + "NL00")
    check = 98 - int(num) % 97
    raw = f"NL{check:02d}{bank}{account10}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


# ------------------------------------------------------------------------------------------
# renderers.  A document body is a list of blocks:
#   ("h", text)  ("p", text)  ("kv", [(label, value), ...])  ("table", header, rows)
#   ("pre", text)  (lines kept, small monospace-ish)  ("pb",)  (page break)
#   ("small", text) (letterhead / footer line)
# ------------------------------------------------------------------------------------------
def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def render_html(doc: dict, out: Path, tmp: Path) -> None:
    css = doc.get("css", "")
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        f"<title>{_esc(doc.get('title', doc['name']))}</title>",
        "<style>@page{size:A4;margin:18mm 18mm 20mm 18mm}"
        "body{font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.35}"
        "h1{font-size:15pt;margin:0 0 8px 0}h2{font-size:12pt;margin:14px 0 4px 0}"
        "table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #888;padding:3px 6px;"
        "vertical-align:top;text-align:left}table.kv td{border:none;padding:1px 8px 1px 0}"
        "table.kv td.l{color:#555;width:120px}pre{font-family:'DejaVu Sans Mono',monospace;"
        "font-size:9pt;white-space:pre-wrap;margin:4px 0}.small{font-size:8.5pt;color:#333}"
        ".pb{break-after:page}p{margin:4px 0 6px 0}" + css + "</style></head><body>",
    ]
    for b in doc["body"]:
        k = b[0]
        if k == "h":
            parts.append(f"<h2>{_esc(b[1])}</h2>")
        elif k == "h1":
            parts.append(f"<h1>{_esc(b[1])}</h1>")
        elif k == "p":
            parts.append("<p>" + _esc(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "small":
            parts.append(f"<p class='small'>{_esc(b[1])}</p>")
        elif k == "pre":
            parts.append(f"<pre>{_esc(b[1])}</pre>")
        elif k == "kv":
            parts.append("<table class='kv'>" + "".join(
                f"<tr><td class='l'>{_esc(l)}</td><td>{_esc(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "table":
            parts.append("<table><tr>" + "".join(f"<th>{_esc(c)}</th>" for c in b[1]) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in b[2]) + "</table>")
        elif k == "pb":
            parts.append("<div class='pb'></div>")
        else:
            raise SystemExit(f"unknown block {k}")
    parts.append("</body></html>")
    page = "".join(parts)
    if doc.get("mailto"):  # printed web mail keeps clickable addresses: /URI mailto: annotations
        head, body = page.split("<body>", 1)
        body = re.sub(r"[\w.'+-]+@[\w-]+(?:\.[\w-]+)+",
                      lambda m: f'<a href="mailto:{m[0]}">{m[0]}</a>', body)
        page = head + "<body>" + body
    src = tmp / (doc["name"] + ".html")
    src.write_text(page, encoding="utf-8")
    prof = tmp / "chromium-profile"
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           "--disable-pdf-tagging",  # the structure tree carries random node ids
           f"--user-data-dir={prof}", f"--print-to-pdf={out}", src.as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)


def render_docx(doc: dict, out: Path, tmp: Path) -> None:
    import datetime

    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.last_modified_by = doc.get("author", "")
    cp.created = datetime.datetime(2026, 12, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2026, 12, 1, 12, 0, 0)
    for b in doc["body"]:
        k = b[0]
        if k in ("h", "h1"):
            d.add_heading(b[1], level=1 if k == "h1" else 2)
        elif k in ("p", "small"):
            para = d.add_paragraph(b[1])
            if k == "small":
                for r in para.runs:
                    r.font.size = Pt(8.5)
        elif k == "pre":
            for line in b[1].split("\n"):
                para = d.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                r = para.add_run(line)
                r.font.size = Pt(9.5)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for l, v in b[1]:
                row = t.add_row().cells
                row[0].text = l
                row[1].text = v
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                t.rows[0].cells[i].text = c
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        else:
            raise SystemExit(f"unknown block {k}")
    src = tmp / (doc["name"] + ".docx")
    d.save(src)
    prof = tmp / "lo-profile"
    subprocess.run(["libreoffice", f"-env:UserInstallation={prof.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                   check=True, capture_output=True, timeout=240)
    shutil.move(str(tmp / (doc["name"] + ".pdf")), out)


def render_reportlab(doc: dict, out: Path, tmp: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    text_all = json.dumps(doc["body"], ensure_ascii=False)
    try:
        text_all.encode("cp1252")
        base, bold = "Helvetica", "Helvetica-Bold"   # standard-14 fonts when the text allows it
    except UnicodeEncodeError:
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", FONT))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
        base, bold = "DejaVu", "DejaVu-Bold"
    if doc.get("font") == "dejavu" and base != "DejaVu":
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", FONT))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
        base, bold = "DejaVu", "DejaVu-Bold"
    sp = ParagraphStyle("p", fontName=base, fontSize=10, leading=13.5, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=3)
    sh1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, spaceAfter=6)
    ss = ParagraphStyle("s", fontName=base, fontSize=8.5, leading=10.5)
    spre = ParagraphStyle("pre", fontName=base, fontSize=9, leading=11.5)
    sc = ParagraphStyle("c", fontName=base, fontSize=9, leading=11)
    flow = []
    for b in doc["body"]:
        k = b[0]
        if k == "h":
            flow.append(Paragraph(_esc(b[1]), sh))
        elif k == "h1":
            flow.append(Paragraph(_esc(b[1]), sh1))
        elif k == "p":
            flow.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), sp))
        elif k == "small":
            flow.append(Paragraph(_esc(b[1]), ss))
        elif k == "pre":
            flow.append(Paragraph("<br/>".join(_esc(x) for x in b[1].split("\n")), spre))
            flow.append(Spacer(1, 4))
        elif k == "kv":
            t = Table([[Paragraph(_esc(l), sc), Paragraph(_esc(v), sc)] for l, v in b[1]],
                      colWidths=[35 * mm, 130 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            flow += [t, Spacer(1, 6)]
        elif k == "table":
            data = [[Paragraph(_esc(c), sc) for c in b[1]]] + [[Paragraph(_esc(c), sc) for c in r] for r in b[2]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 6)]
        elif k == "pb":
            flow.append(PageBreak())
        else:
            raise SystemExit(f"unknown block {k}")
    sd = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                           title=doc.get("title", ""), author=doc.get("author", ""),
                           creator="reportlab")
    sd.build(flow)


def render_fpdf(doc: dict, out: Path, tmp: Path) -> None:
    import datetime

    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, 12, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(doc.get("title", ""))
    if doc.get("author"):
        pdf.set_author(doc["author"])
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVuMono", "", FONT_M)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.epw
    for b in doc["body"]:
        k = b[0]
        if k in ("h", "h1"):
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 14 if k == "h1" else 11.5)
            pdf.multi_cell(W, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k in ("p", "small"):
            pdf.set_font("DejaVu", "", 8.5 if k == "small" else 10)
            pdf.multi_cell(W, 4.6 if k == "small" else 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "pre":
            pdf.set_font("DejaVuMono", "", 8.6)
            pdf.multi_cell(W, 4.4, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "kv":
            pdf.set_font("DejaVu", "", 9.5)
            for l, v in b[1]:
                y = pdf.get_y()
                pdf.set_text_color(90, 90, 90)
                pdf.multi_cell(34, 5, l, new_x="RIGHT", new_y="TOP")
                pdf.set_text_color(0, 0, 0)
                pdf.set_xy(pdf.l_margin + 36, y)
                pdf.multi_cell(W - 36, 5, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "table":
            pdf.set_font("DejaVu", "", 8.8)
            with pdf.table(line_height=4.8) as t:
                r = t.row()
                for c in b[1]:
                    r.cell(c)
                for row in b[2]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
        else:
            raise SystemExit(f"unknown block {k}")
    pdf.output(str(out))


RENDERERS = {"html": render_html, "docx": render_docx, "reportlab": render_reportlab, "fpdf": render_fpdf}
PRODUCER_LABEL = {"html": "HTML -> chromium --print-to-pdf", "docx": "python-docx -> LibreOffice",
                  "reportlab": "reportlab", "fpdf": "fpdf2 + DejaVuSans"}


def normalise_pdf(path: Path) -> None:
    """Fixed dates, no XMP, deterministic /ID, so that a re-run reproduces the file."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for key in ("/CreationDate", "/ModDate"):
            info[key] = FIXED_DATE
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        for key in ("/DocChecksum", "/ID"):  # LibreOffice checksum, volatile IDs
            if key in pdf.trailer:
                del pdf.trailer[key]
        pdf.save(path, deterministic_id=True, fix_metadata_version=False)


# ------------------------------------------------------------------------------------------
# checking + gold
# ------------------------------------------------------------------------------------------
def pdfium_text(path: Path) -> tuple[str, int]:
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


def spans(text: str, probe: str) -> list[tuple[int, int]]:
    return [m.span() for m in probe_regex(probe, True).finditer(text)]


def build_gold(doc: dict, pdf: Path) -> tuple[dict, list[str]]:
    text, pages = pdfium_text(pdf)
    errors = []
    if not 1 <= pages <= 3:
        errors.append(f"{doc['name']}: {pages} pages (want 1-3)")
    redact, keep = [], []
    rspans = []
    for kind, value, probes in doc["R"]:
        if kind not in REDACT_KINDS:
            errors.append(f"{doc['name']}: bad redact kind {kind}")
        pr = []
        for p in probes:
            sp = spans(text, p)
            if not sp:
                errors.append(f"{doc['name']}: redact probe {p!r} ({kind}) not found")
            rspans += [(a, b, p) for a, b in sp]
            pr.append({"text": p, "word": True, "after": 0})
        redact.append({"kind": kind, "value": value, "probes": pr})
    for kind, value, probes in doc["K"]:
        if kind not in KEEP_KINDS:
            errors.append(f"{doc['name']}: bad keep kind {kind}")
        pr = []
        for p in probes:
            sp = spans(text, p)
            if not sp:
                errors.append(f"{doc['name']}: keep probe {p!r} ({kind}) not found")
            for a, b in sp:
                for ra, rb, rp in rspans:
                    if a < rb and ra < b:
                        errors.append(f"{doc['name']}: keep probe {p!r} overlaps redact probe {rp!r}")
            pr.append({"text": p, "word": True, "after": len(sp)})
        keep.append({"kind": kind, "value": value, "probes": pr})
    gold = {"doc": doc["name"] + ".pdf", "pages": pages, "type": doc["type"],
            "producer": PRODUCER_LABEL[doc["producer"]], "redact": redact, "keep": keep}
    return gold, errors


def main() -> int:
    from content import DOCUMENTS  # noqa: E402  (content.py next to this file)

    only = set(sys.argv[1:])
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    names = [d["name"] for d in DOCUMENTS]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate document names")
    all_err = []
    with tempfile.TemporaryDirectory(prefix="mixed-gen-") as td:
        tmp = Path(td)
        for doc in DOCUMENTS:
            if only and doc["name"] not in only:
                continue
            out = DOCS / (doc["name"] + ".pdf")
            RENDERERS[doc["producer"]](doc, out, tmp)
            normalise_pdf(out)
            gold, err = build_gold(doc, out)
            all_err += err
            (GOLD / (doc["name"] + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            nr = sum(len(r["probes"]) for r in gold["redact"])
            nk = sum(len(k["probes"]) for k in gold["keep"])
            print(f"{doc['name']:<28} {doc['producer']:<9} pages={gold['pages']} redact={nr} keep={nk}"
                  + (f"  ERRORS={len(err)}" if err else ""))
    if all_err:
        print("\n".join(all_err), file=sys.stderr)
        raise SystemExit(f"{len(all_err)} probe problem(s); see above")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
