#!/usr/bin/env python3
"""Blind evaluation set 'ministry' for woo_redact (written without reading the detector).

Deterministic: every document is written here as text with inline markup,
  [[text]] or [[text|KIND]]  personal data that must be redacted (default kind PERSON),
  {{text}} or {{text|KIND}}  text that must stay readable (default kind ORG),
rendered with one of three producers (reportlab, LibreOffice from python-docx, Chromium from HTML),
and the gold file's `after` counts come from the evaluator's own `norm`/`probe_regex` on the source
text; a probe whose count in the PDF (PDFium text) differs from its count in the source is rejected.

Usage: python generate.py [OUTDIR]   (default: this folder; writes docs/*.pdf and gold/*.json)
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(.+?)(?:\|([A-Z_]+))?\]\]|\{\{(.+?)(?:\|([A-Z_]+))?\}\}", re.S)


def count(text: str, probe: str) -> int:
    return len(probe_regex(probe, True).findall(text))


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def redacted(s: str) -> str:
    return MARK.sub(lambda m: " \u2588 " if m.group(1) is not None else m.group(3), s)


# ---------------------------------------------------------------------------------------------
# blocks: ("h", text) heading, ("p", text) paragraph ("\n" = line break), ("t", [[cells]]) table
# ---------------------------------------------------------------------------------------------
def block_texts(blocks):
    for b in blocks:
        if b[0] == "t":
            for row in b[1]:
                for c in row:
                    yield c
        else:
            yield b[1]


# ------------------------------------------------------------------------- reportlab producer
def render_reportlab(blocks, out: Path, font: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ttf = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
           "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
           "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"}
    if font in ttf:
        pdfmetrics.registerFont(TTFont(font, ttf[font]))
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=13, spaceAfter=5)
    head = ParagraphStyle("h", fontName=font, fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)

    def para(t, st):
        return Paragraph(html.escape(strip(t)).replace("\n", "<br/>"), st)

    flow = []
    for b in blocks:
        if b[0] == "h":
            flow.append(para(b[1], head))
        elif b[0] == "p":
            flow.append(para(b[1], body))
        else:
            rows = [[para(c, cell) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 6)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, title="Document", author="", invariant=1,
                            leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    doc.build(flow)


# ------------------------------------------------------------------- LibreOffice producer
def render_docx(blocks, out: Path, font: str, header: str, tmp: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = "Pagina-opmaak: sjabloon nota"
    for b in blocks:
        if b[0] == "h":
            d.add_heading(strip(b[1]), level=2)
        elif b[0] == "p":
            p = d.add_paragraph()
            lines = strip(b[1]).split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        else:
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = strip(c)
    src = tmp / (out.stem + ".docx")
    d.save(str(src))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to",
                    "pdf", "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
    shutil.move(str(tmp / (out.stem + ".pdf")), out)


# ---------------------------------------------------------------------- Chromium producer
def render_html(blocks, out: Path, font: str, tmp: Path):
    parts = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Document</title>"
             f"<style>body{{font-family:{font};font-size:10.5pt;margin:1.5cm}} table{{border-collapse:"
             f"collapse;font-size:9pt}} td,th{{border:1px solid #999;padding:3px;vertical-align:top}}"
             f" .chat p{{margin:2px 0}}</style></head><body>"]
    for b in blocks:
        if b[0] == "h":
            parts.append(f"<h3>{html.escape(strip(b[1]))}</h3>")
        elif b[0] == "p":
            parts.append("<p>" + html.escape(strip(b[1])).replace("\n", "<br>") + "</p>")
        else:
            rows = b[1]
            parts.append("<table>")
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{html.escape(strip(c))}</{tag}>" for c in r)
                             + "</tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    src = tmp / (out.stem + ".html")
    src.write_text("".join(parts), encoding="utf-8")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={out}",
                    src.as_uri()], check=True, capture_output=True, timeout=180)


from documents import DOCS  # noqa: E402  (the document texts, kept apart from the machinery)


def build(outdir: Path):
    docs_dir, gold_dir = outdir / "docs", outdir / "gold"
    for d in (docs_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    rejected, table = [], []
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for spec in DOCS:
            name, kind, producer, font, blocks = spec["name"], spec["kind"], spec["producer"], \
                spec["font"], spec["blocks"]
            pdf = docs_dir / f"{name}.pdf"
            if producer == "reportlab":
                render_reportlab(blocks, pdf, font)
            elif producer == "libreoffice":
                render_docx(blocks, pdf, font, spec.get("header", ""), tmp)
            else:
                render_html(blocks, pdf, font, tmp)
            pdf_text, pages = text_pdfium(pdf)
            raw = "\n".join(block_texts(blocks))
            if producer == "libreoffice":   # header/footer lines repeat on every page
                raw += ("\n" + spec.get("header", "") + "\nPagina-opmaak: sjabloon nota") * pages
            src, red = norm(strip(raw)), norm(redacted(raw))
            items = {"redact": {}, "keep": {}}
            for m in MARK.finditer(raw):
                if m.group(1) is not None:
                    side, val, k = "redact", norm(m.group(1)), m.group(2) or "PERSON"
                else:
                    side, val, k = "keep", norm(m.group(3)), m.group(4) or "ORG"
                items[side].setdefault(val, k)
            gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
            for side in ("redact", "keep"):
                for val, k in items[side].items():
                    n_src, n_pdf, after = count(src, val), count(pdf_text, val), count(red, val)
                    bad = None
                    if n_src != n_pdf:
                        bad = f"source {n_src} != pdf {n_pdf}"
                    elif side == "redact" and n_src <= after:
                        bad = f"redact probe not more frequent than allowed ({n_src} <= {after})"
                    elif side == "keep" and after == 0:
                        bad = "keep probe absent after ideal redaction"
                    if bad:
                        rejected.append(f"{name}: {side} {val!r}: {bad}")
                        continue
                    gold[side].append({"kind": k, "value": val,
                                       "probes": [{"text": val, "word": True, "after": after}]})
            (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
            table.append((name, kind, producer, font, pages, len(gold["redact"]), len(gold["keep"])))
    return table, rejected


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    sys.path.insert(0, str(HERE))
    table, rejected = build(out)
    for r in table:
        print("| {} | {} | {} | {} | {} | {} | {} |".format(*r))
    print("total redact probes", sum(r[5] for r in table), "keep probes", sum(r[6] for r in table))
    for r in rejected:
        print("REJECTED", r, file=sys.stderr)
