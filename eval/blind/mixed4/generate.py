"""Render the blind "mixed4" evaluation set ("N"): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python generate.py

Markup in documents.py:
    [[text|KIND]]            personal data to redact (default probes derived from text)
    [[text|KIND|p1;p2]]      ... with explicit probes
    {text|KIND}              must stay readable (probe = text)

For every probe, 'after' is counted on the ideal redaction of the source text (every [[...]]
span replaced by a box character) with the evaluator's own norm/probe_regex.  After rendering,
every probe is counted again in the PDFium text of the PDF; a probe whose PDFium count differs
from its source count is dropped (and reported), so all remaining probes are exact.

Five producers: reportlab (platypus), fpdf2, LibreOffice (python-docx -> soffice -> PDF),
LibreOffice via ODT (python-docx -> soffice -> .odt -> soffice -> PDF) and Chromium (HTML printed
through Playwright's page.pdf with a page-number footer).  Text content is deterministic; LibreOffice
and Chromium embed their own creation dates in the files.
"""
from __future__ import annotations

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
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

sys.path.insert(0, str(HERE))
from documents import DOCUMENTS  # noqa: E402

# ---- the evaluator's matching functions (copied verbatim from /work/shared/eval/evaluate.py) ----
_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
_DROP.update({0xFFFE: "-", 0x02: "-"})


def norm(s: str) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).translate(_DROP)
    s = re.sub(r"[\s\x00-\x1f\x7f\u00a0\u2000-\u200a\u2028\u2029\u202f]+", " ", s)
    return s.strip()


def probe_regex(text: str, word: bool = False) -> re.Pattern:
    t = norm(text)
    parts = []
    for ch in t:
        if ch == " ":
            parts.append(" ?")
        elif ch == "-":
            parts.append("- ?")
        else:
            parts.append(re.escape(ch))
    pat = "".join(parts)
    if word:
        if re.match(r"\w", t[:1] or ""):
            pat = r"(?<!\w)" + pat
        if re.match(r"\w", t[-1:] or ""):
            pat = pat + r"(?!\w)"
    return re.compile(pat)


def count_in(text: str, probe: dict) -> int:
    return len(probe_regex(probe["text"], probe.get("word", False)).findall(text)) if text else 0


def text_pdfium(path: Path) -> tuple[str, int]:
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


# ---- markup ----
RED = re.compile(r"\[\[(.+?)\|([A-Z_]+)(?:\|(.*?))?\]\]", re.S)
KEEP = re.compile(r"\{([^{}|]+)\|([A-Z_]+)(?:\|([^{}|]+))?\}")
PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "la", "le", "el", "al",
             "Van", "De", "Der", "Den", "El", "Al", "Ter", "Ten"}
TITLES = {"mevrouw", "Mevrouw", "mw.", "Mw.", "dhr.", "Dhr.", "de", "heer", "De", "meneer", "Meneer",
          "mr.", "Mr.", "drs.", "dr.", "ir.", "ing."}


def plain(s: str) -> str:
    s = RED.sub(lambda m: m.group(1), s)
    return KEEP.sub(lambda m: m.group(1), s)


def ideal(s: str) -> str:
    s = RED.sub("\u2588", s)
    return KEEP.sub(lambda m: m.group(1), s)


def default_probes(text: str, kind: str) -> list[str]:
    if kind == "PERSON":
        toks = [t for t in text.split() if t not in TITLES]
        if not toks:
            return [text]
        out = [toks[-1].rstrip(",.")]
        first = toks[0]
        if len(toks) >= 2 and "." not in first and first not in PARTICLES and len(first) > 2:
            out.append(first)
        return out
    if kind == "ADDRESS":
        out = []
        if "," in text:
            out.append(text.split(",")[0].strip())
        m = re.search(r"\b\d{4} ?[A-Z]{2}\b", text)
        if m:
            out.append(m.group(0))
        return out or [text]
    return [text]


def all_text(doc) -> str:
    chunks = []

    def walk(b):
        t = b[0]
        if t in ("title", "h", "p", "small", "pre"):
            chunks.append(b[1])
        elif t == "kv":
            chunks.extend(f"{k} {v}" for k, v in b[1])
        elif t == "table":
            chunks.append(" ".join(b[1]))
            chunks.extend(" ".join(r) for r in b[2])
        elif t == "cols":
            for sub in b[1] + b[2]:
                walk(sub)

    for b in doc["blocks"]:
        walk(b)
    return "\n".join(chunks)


# ---- renderers ----
def cells_text(blocks) -> list:
    return blocks


def render_reportlab(doc, out: Path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    h = ParagraphStyle("h", parent=body, fontName="DVB", fontSize=11, spaceBefore=6)
    ttl = ParagraphStyle("t", parent=body, fontName="DVB", fontSize=14, leading=18, spaceAfter=8)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)

    def P(s, st=body):
        return Paragraph(html.escape(plain(s)).replace("\n", "<br/>"), st)

    def flow(b, st=body):
        t = b[0]
        if t == "title":
            return [P(b[1], ttl)]
        if t == "h":
            return [P(b[1], h)]
        if t in ("p", "pre"):
            return [P(b[1], st)]
        if t == "small":
            return [P(b[1], small)]
        if t == "kv":
            return [P("\n".join(f"{k} {v}" for k, v in b[1]), st)]
        if t == "table":
            data = [[P(c, cell) for c in b[1]]] + [[P(c, cell) for c in r] for r in b[2]]
            ws = b[3] if len(b) > 3 else None
            tot = 170 * mm
            cw = [tot * w / sum(ws) for w in ws] if ws else None
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            return [tb, Spacer(1, 6)]
        if t == "cols":
            left = [f for x in b[1] for f in flow(x, cell)]
            right = [f for x in b[2] for f in flow(x, cell)]
            tb = Table([[left, right]], colWidths=[50 * mm, 120 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey)]))
            return [tb, Spacer(1, 6)]
        if t == "break":
            return [PageBreak()]
        raise ValueError(t)

    story = [f for b in doc["blocks"] for f in flow(b)]
    d = BaseDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=20 * mm, bottomMargin=20 * mm, title=doc.get("meta_title", ""),
                        author="", creator="reportlab")
    if doc.get("twocol"):
        w = (A4[0] - 40 * mm - 8 * mm) / 2
        fr = [Frame(20 * mm, 20 * mm, w, A4[1] - 40 * mm, id="l"),
              Frame(20 * mm + w + 8 * mm, 20 * mm, w, A4[1] - 40 * mm, id="r")]
    else:
        fr = [Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="f")]
    d.addPageTemplates([PageTemplate(id="p", frames=fr)])
    d.build(story)


def render_fpdf(doc, out: Path):
    from fpdf import FPDF
    import datetime

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title(doc.get("meta_title", ""))
    pdf.add_page()

    def flow(b):
        t = b[0]
        if t == "title":
            pdf.set_font("DV", "B", 13)
            pdf.multi_cell(0, 7, plain(b[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "h":
            pdf.set_font("DV", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(0, 6, plain(b[1]), align="L", new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "pre", "small"):
            pdf.set_font("DV", "", 8 if t == "small" else 9.5)
            pdf.multi_cell(0, 5, plain(b[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "kv":
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, "\n".join(plain(f"{k} {v}") for k, v in b[1]), align="L", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2)
        elif t == "table":
            pdf.set_font("DV", "", 8.5)
            ws = b[3] if len(b) > 3 else None
            with pdf.table(col_widths=ws, text_align="LEFT", line_height=4.6) as tb:
                r = tb.row()
                for c in b[1]:
                    r.cell(plain(c))
                for row in b[2]:
                    r = tb.row()
                    for c in row:
                        r.cell(plain(c))
            pdf.ln(3)
        elif t == "cols":
            pdf.set_font("DV", "", 8.5)

            def tx(bl):
                return "\n".join(plain(x[1]) if x[0] != "kv" else
                                 "\n".join(plain(f"{k} {v}") for k, v in x[1]) for x in bl)
            with pdf.table(col_widths=(1, 2.4), text_align="LEFT", borders_layout="NONE",
                           first_row_as_headings=False, line_height=4.6) as tb:
                r = tb.row()
                r.cell(tx(b[1]))
                r.cell(tx(b[2]))
            pdf.ln(3)
        elif t == "break":
            pdf.add_page()
        else:
            raise ValueError(t)

    for b in doc["blocks"]:
        flow(b)
    pdf.output(str(out))


def build_docx(doc, out: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt, Mm

    d = docx.Document()
    d.core_properties.author = ""
    d.core_properties.title = doc.get("meta_title", "")
    d.core_properties.last_modified_by = ""
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    if doc.get("twocol"):
        cols = sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sec._sectPr.append(cols)
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "480")

    def para(container, text, bold=False, size=None):
        p = container.add_paragraph()
        lines = plain(text).split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        return p

    def flow(container, b):
        t = b[0]
        if t == "title":
            para(container, b[1], True, 14)
        elif t == "h":
            para(container, b[1], True, 11)
        elif t in ("p", "pre"):
            para(container, b[1])
        elif t == "small":
            para(container, b[1], size=8)
        elif t == "kv":
            para(container, "\n".join(f"{k} {v}" for k, v in b[1]))
        elif t == "table":
            tb = container.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            tb.style = "Table Grid"
            ws = b[3] if len(b) > 3 else [1] * len(b[1])
            tb.autofit = False
            for j in range(len(ws)):
                tb.columns[j].width = Mm(170 * ws[j] / sum(ws))
            for i, row in enumerate([b[1]] + b[2]):
                for j, c in enumerate(row):
                    tb.cell(i, j).width = Mm(170 * ws[j] / sum(ws))
                    cellp = tb.cell(i, j).paragraphs[0]
                    r = cellp.add_run(plain(c))
                    r.font.size = Pt(8.5)
                    r.bold = i == 0
            container.add_paragraph()
        elif t == "cols":
            tb = container.add_table(rows=1, cols=2)
            tb.columns[0].width = Mm(50)
            tb.columns[1].width = Mm(120)
            for j, bl in enumerate((b[1], b[2])):
                c = tb.cell(0, j)
                c.width = Mm(50 if j == 0 else 120)
                for x in bl:
                    flow(c, x)
            container.add_paragraph()
        elif t == "break":
            container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(t)

    for b in doc["blocks"]:
        flow(d, b)
    d.save(str(out))


def render_html(doc) -> str:
    def P(s):
        return html.escape(plain(s)).replace("\n", "<br>")

    def flow(b):
        t = b[0]
        if t == "title":
            return f"<h1>{P(b[1])}</h1>"
        if t == "h":
            return f"<h2>{P(b[1])}</h2>"
        if t in ("p", "pre"):
            return f"<p>{P(b[1])}</p>"
        if t == "small":
            return f"<p class=small>{P(b[1])}</p>"
        if t == "kv":
            return "<p>" + "<br>".join(P(f"{k} {v}") for k, v in b[1]) + "</p>"
        if t == "table":
            hd = "".join(f"<th>{P(c)}</th>" for c in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{P(c)}</td>" for c in r) + "</tr>" for r in b[2])
            return f"<table><thead><tr>{hd}</tr></thead><tbody>{rows}</tbody></table>"
        if t == "cols":
            return ("<div class=cols><div class=side>" + "".join(flow(x) for x in b[1]) +
                    "</div><div class=main>" + "".join(flow(x) for x in b[2]) + "</div></div>")
        if t == "break":
            return "<div style='break-after:page'></div>"
        raise ValueError(t)

    body = "".join(flow(b) for b in doc["blocks"])
    if doc.get("twocol"):
        body = f"<div style='column-count:2;column-gap:8mm'>{body}</div>"
    css = ("@page{size:A4;margin:18mm 20mm} body{font-family:'DejaVu Sans';font-size:9.5pt;"
           "line-height:1.35} h1{font-size:14pt} h2{font-size:11pt;margin:8px 0 3px} p{margin:0 0 6px}"
           " .small{font-size:8pt} table{border-collapse:collapse;width:100%;margin:4px 0 10px}"
           " td,th{border:0.5pt solid #888;padding:2px 4px;font-size:8.5pt;text-align:left;"
           "vertical-align:top} th{background:#e3e8f0} .cols{display:flex;gap:6mm;margin-bottom:8px}"
           " .side{width:30%;font-size:8.5pt;border-right:0.5pt solid #888;padding-right:4mm}"
           " .main{width:70%}")
    return (f"<!doctype html><html lang=nl><head><meta charset=utf-8><title>"
            f"{html.escape(doc.get('meta_title', ''))}</title><style>{css}</style></head>"
            f"<body>{body}</body></html>")


FOOTER = ("<div style='font-size:7pt;font-family:DejaVu Sans;width:100%;text-align:center;color:#555'>"
          "Pagina <span class=pageNumber></span> van <span class=totalPages></span></div>")


def print_chromium(docs) -> None:
    """Print the HTML of each document to PDF with Playwright driving the system Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        try:
            page = browser.new_page()
            for d in docs:
                page.set_content(render_html(d), wait_until="load")
                page.pdf(path=str(DOCS / f"{d['id']}.pdf"), format="A4", print_background=True,
                         display_header_footer=True, header_template="<span></span>",
                         footer_template=FOOTER, prefer_css_page_size=True)
        finally:
            browser.close()


# ---- gold ----
def make_gold(doc, pdf_text: str, pages: int, log: list) -> dict:
    src = norm(plain(all_text(doc)))
    idl = norm(ideal(all_text(doc)))
    raw = all_text(doc)
    redact, keep, seen = [], [], set()
    for m in RED.finditer(raw):
        value, kind, expl = m.group(1), m.group(2), m.group(3)
        probes = [p for p in expl.split(";")] if expl else default_probes(value, kind)
        item = {"kind": kind, "value": value, "probes": []}
        for ptxt in probes:
            if ptxt in seen:
                continue
            seen.add(ptxt)
            pr = {"text": ptxt, "word": True}
            s, i, f = count_in(src, pr), count_in(idl, pr), count_in(pdf_text, pr)
            if s != f:
                log.append(f"{doc['id']}: drop redact probe {ptxt!r}: source {s} pdfium {f}")
                continue
            if f <= i:
                log.append(f"{doc['id']}: drop redact probe {ptxt!r}: no occurrence to redact")
                continue
            pr["after"] = i
            item["probes"].append(pr)
        if item["probes"]:
            redact.append(item)
    kseen = set()
    for m in KEEP.finditer(raw):
        value, kind = m.group(1), m.group(2)
        ptxt = m.group(3) or value
        if ptxt in kseen:
            continue
        kseen.add(ptxt)
        pr = {"text": ptxt, "word": True}
        s, i, f = count_in(src, pr), count_in(idl, pr), count_in(pdf_text, pr)
        if s != f:
            log.append(f"{doc['id']}: drop keep probe {ptxt!r}: source {s} pdfium {f}")
            continue
        if i < 1:
            log.append(f"{doc['id']}: drop keep probe {ptxt!r}: nothing left after ideal redaction")
            continue
        pr["after"] = i
        keep.append({"kind": kind, "value": value, "probes": [pr]})
    producer = {"odt": "libreoffice-odt", "chromium": "chromium-playwright"}.get(doc["producer"],
                                                                              doc["producer"])
    return {"doc": doc["id"] + ".pdf", "pages": pages, "producer": producer,
            "redact": redact, "keep": keep}


def main():
    only = set(sys.argv[1:])
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    docs = [d for d in DOCUMENTS if not only or d["id"] in only]
    ids = [d["id"] for d in DOCUMENTS]
    assert len(ids) == len(set(ids))
    with tempfile.TemporaryDirectory(prefix="blind-mixed4-") as td:
        tmp = Path(td)
        office, odt, chrome = [], [], []
        for d in docs:
            out = DOCS / f"{d['id']}.pdf"
            p = d["producer"]
            if p == "reportlab":
                render_reportlab(d, out)
            elif p == "fpdf2":
                render_fpdf(d, out)
            elif p == "libreoffice":
                build_docx(d, tmp / f"{d['id']}.docx")
                office.append(d["id"])
            elif p == "odt":
                build_docx(d, tmp / f"{d['id']}.docx")
                odt.append(d["id"])
            elif p == "chromium":
                chrome.append(d)
            else:
                raise ValueError(p)
        if office:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                            "--convert-to", "pdf", "--outdir", str(DOCS)] +
                           [str(tmp / f"{i}.docx") for i in office],
                           capture_output=True, timeout=600, check=True)
        if odt:
            od = tmp / "odt"
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                            "--convert-to", "odt", "--outdir", str(od)] +
                           [str(tmp / f"{i}.docx") for i in odt],
                           capture_output=True, timeout=600, check=True)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                            "--convert-to", "pdf", "--outdir", str(DOCS)] +
                           [str(od / f"{i}.odt") for i in odt],
                           capture_output=True, timeout=600, check=True)
        if chrome:
            print_chromium(chrome)
    log = []
    tot_r = tot_k = 0
    kinds_r, kinds_k = {}, {}
    for d in docs:
        out = DOCS / f"{d['id']}.pdf"
        txt, pages = text_pdfium(out)
        g = make_gold(d, txt, pages, log)
        (GOLD / f"{d['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    for gp in sorted(GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        for it in g["redact"]:
            kinds_r[it["kind"]] = kinds_r.get(it["kind"], 0) + len(it["probes"])
            tot_r += len(it["probes"])
        for it in g["keep"]:
            kinds_k[it["kind"]] = kinds_k.get(it["kind"], 0) + len(it["probes"])
            tot_k += len(it["probes"])
    for ln in log:
        print(ln)
    print(f"redact probes {tot_r}: {dict(sorted(kinds_r.items()))}")
    print(f"keep probes {tot_k}: {dict(sorted(kinds_k.items()))}")


if __name__ == "__main__":
    main()
