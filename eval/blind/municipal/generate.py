"""Blind evaluation set 'municipal': 36 invented municipal and provincial Woo documents.

Written blind, without reading the woo_redact detector or its earlier test/eval sets.

    python generate.py            # writes docs/*.pdf and gold/*.json next to this file

Producers: reportlab (standard-14 and embedded TrueType fonts), python-docx converted by
LibreOffice headless, and HTML printed by Chromium headless. Everything is deterministic: the
content is fixed text (random.Random(SEED) only shuffles nothing that matters for the gold), and the
PDFs get fixed dates and IDs.

Markup used in content.py:
  [[text]]            private personal data (PERSON), redact
  [[K:text|value]]    private data of kind K (see REDACT_KINDS), shown as 'text', belonging to 'value'
  {{K:text}}          public text that must stay readable (see KEEP_KINDS)
Probe counts ('after') are computed with the evaluator's own norm/probe_regex on the source text
in which private spans are blanked; every probe is checked against the text that pypdfium2 (the
evaluator's over-redaction channel) extracts from the PDF, and generation fails on a mismatch.
"""
from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261201
EVALUATOR = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))
FIXED_DATE = "D:20261201120000+00'00'"

REDACT_KINDS = {"P": "PERSON", "I": "INITIALS", "E": "EMAIL", "T": "PHONE", "B": "BSN",
                "N": "IBAN", "A": "ADDRESS", "X": "OTHER"}
KEEP_KINDS = {"O": "ORG", "L": "PLACE", "G": "PUBLIC_OFFICIAL", "W": "LAW_PROGRAMME", "R": "ACRONYM",
              "D": "DATE", "C": "CASE_NUMBER", "F": "GENERAL_CONTACT", "J": "JOB_TITLE",
              "S": "OFFICE_ADDRESS"}

_spec = importlib.util.spec_from_file_location("woo_evaluate", EVALUATOR)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)

MARK = re.compile(r"\[\[(?:([A-Z]):)?([^\]|]+)(?:\|([^\]]+))?\]\]|\{\{([A-Z]):([^}]+)\}\}")


def plain(s: str) -> str:
    """Text as printed: markup removed."""
    return MARK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(5), s)


def public(s: str) -> str:
    """Text with every private span blanked (what a perfect redaction leaves)."""
    return MARK.sub(lambda m: " \u2588 " if m.group(2) is not None else m.group(5), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(2) is not None:
            yield "R", REDACT_KINDS[m.group(1) or "P"], m.group(2), (m.group(3) or m.group(2))
        else:
            yield "K", KEEP_KINDS[m.group(4)], m.group(5), m.group(5)


@dataclass
class Doc:
    name: str
    kind: str
    producer: str            # rl | docx | html
    font: str
    title: str
    blocks: list
    author: str = ""         # may carry markup; goes into the PDF Info Author
    header: str = ""
    footer: str = ""
    columns: int = 1         # 2: body flows in two columns
    extra_keep: list = field(default_factory=list)   # (kind-letter, text) probes not marked inline


# ------------------------------------------------------------------------------------------
# block helpers: ("h", text) ("p", text) ("table", rows, widths) ("kv", rows) ("pb",)
# ------------------------------------------------------------------------------------------
def block_texts(doc: Doc) -> list[str]:
    out = []
    for b in doc.blocks:
        if b[0] in ("h", "p", "small"):
            out.append(b[1])
        elif b[0] in ("table", "kv"):
            for row in b[1]:
                out.extend(row)
    return out


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
RL_FONTS_DONE = False


def rl_fonts():
    global RL_FONTS_DONE
    if RL_FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, path in (("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                       ("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                       ("LiberationSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
                       ("LiberationSerif-Bold", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
                       ("DejaVuSansCondensed", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"),
                       ("DejaVuSansCondensed-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, path))
    for fam in ("DejaVuSans", "LiberationSerif", "DejaVuSansCondensed"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")
    RL_FONTS_DONE = True


RL_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
           "DejaVuSans": "DejaVuSans-Bold", "LiberationSerif": "LiberationSerif-Bold",
           "DejaVuSansCondensed": "DejaVuSansCondensed-Bold"}


def rl_esc(s: str) -> str:
    return html.escape(plain(s), quote=False).replace("\n", "<br/>")


def render_rl(doc: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)
    rl_fonts()
    f, fb = doc.font, RL_BOLD[doc.font]
    body = ParagraphStyle("b", fontName=f, fontSize=10, leading=13, spaceAfter=5)
    small = ParagraphStyle("s", fontName=f, fontSize=8, leading=10)
    cell = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
    W, H = A4
    lm, rm, tm, bm = 22 * mm, 22 * mm, 28 * mm, 24 * mm
    width = W - lm - rm

    def deco(canv, _doc):
        canv.saveState()
        canv.setFont(f, 8)
        y = H - 14 * mm
        for line in plain(doc.header).split("\n") if doc.header else []:
            canv.drawString(lm, y, line)
            y -= 10
        y = 12 * mm + 10 * (len(plain(doc.footer).split("\n")) - 1) if doc.footer else 0
        for line in plain(doc.footer).split("\n") if doc.footer else []:
            canv.drawString(lm, y, line)
            y -= 10
        canv.restoreState()

    if doc.columns == 2:
        gap = 8 * mm
        cw = (width - gap) / 2
        frames = [Frame(lm, bm, cw, H - tm - bm, id="c1"), Frame(lm + cw + gap, bm, cw, H - tm - bm, id="c2")]
        colw = cw
    else:
        frames = [Frame(lm, bm, width, H - tm - bm, id="f")]
        colw = width
    author = plain(doc.author)
    d = BaseDocTemplate(str(out), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                        bottomMargin=bm, title=doc.title, author=author, creator="Gemeente DMS",
                        invariant=1)
    d.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    story = []
    for b in doc.blocks:
        if b[0] == "h":
            story.append(Paragraph(rl_esc(b[1]), head))
        elif b[0] == "p":
            story.append(Paragraph(rl_esc(b[1]), body))
        elif b[0] == "small":
            story.append(Paragraph(rl_esc(b[1]), small))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] in ("table", "kv"):
            rows = b[1]
            n = len(rows[0])
            fr = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            tot = sum(fr)
            cws = [colw * x / tot for x in fr]
            data = [[Paragraph(rl_esc(c), cell) for c in r] for r in rows]
            t = Table(data, colWidths=cws, repeatRows=1 if b[0] == "table" else 0)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[0] == "table":
                st += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95))]
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 5))
    d.build(story)


# ------------------------------------------------------------------------------------------
# python-docx -> LibreOffice
# ------------------------------------------------------------------------------------------
def build_docx(doc: Doc, out: Path):
    import docx
    from docx.shared import Pt, Mm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.font
    st.font.size = Pt(10)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), doc.font)
    for hs in ("Heading 1", "Heading 2"):
        d.styles[hs].font.name = doc.font
    cp = d.core_properties
    cp.author = plain(doc.author)
    cp.last_modified_by = ""
    cp.title = doc.title
    cp.comments = ""
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(24)
    if doc.header:
        sec.header.paragraphs[0].text = plain(doc.header)
        for r in sec.header.paragraphs[0].runs:
            r.font.size = Pt(8)
    if doc.footer:
        sec.footer.paragraphs[0].text = plain(doc.footer)
        for r in sec.footer.paragraphs[0].runs:
            r.font.size = Pt(8)
    if doc.columns == 2:
        cols = sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sec._sectPr.append(cols)
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "567")

    def add_par(text, style=None, size=None):
        p = d.add_paragraph(style=style)
        lines = plain(text).split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if size:
                run.font.size = Pt(size)
            if i < len(lines) - 1:
                run.add_break()
        return p

    for b in doc.blocks:
        if b[0] == "h":
            add_par(b[1], style="Heading 2")
        elif b[0] == "p":
            add_par(b[1])
        elif b[0] == "small":
            add_par(b[1], size=8)
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] in ("table", "kv"):
            rows = b[1]
            n = len(rows[0])
            t = d.add_table(rows=len(rows), cols=n)
            if b[0] == "table":
                t.style = d.styles["Table Grid"]
            fr = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            tot = sum(fr)
            t.autofit = False
            for ri, row in enumerate(rows):
                for ci, c in enumerate(row):
                    cellx = t.cell(ri, ci)
                    cellx.width = Mm(166 * fr[ci] / tot / (2 if doc.columns == 2 else 1))
                    lines = plain(c).split("\n")
                    para = cellx.paragraphs[0]
                    for i, line in enumerate(lines):
                        run = para.add_run(line)
                        run.font.size = Pt(9)
                        if ri == 0 and b[0] == "table":
                            run.bold = True
                        if i < len(lines) - 1:
                            run.add_break()
            d.add_paragraph()
    d.save(str(out))


def convert_docx(paths: list[Path], outdir: Path):
    if not paths:
        return
    prof = Path(tempfile.mkdtemp(prefix="lo-municipal-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in paths],
                       check=True, capture_output=True, timeout=600)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------------------------------
# HTML -> Chromium
# ------------------------------------------------------------------------------------------
def h_esc(s: str) -> str:
    return html.escape(plain(s), quote=False).replace("\n", "<br>")


def build_html(doc: Doc) -> str:
    css = f"""@page {{ size: A4; margin: 12mm 18mm; }}
body {{ font-family: '{doc.font}'; font-size: 10pt; margin: 0; line-height: 1.3; }}
.hd {{ position: fixed; top: 0; left: 0; right: 0; font-size: 8pt; color: #333; }}
.ft {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.5pt; color: #333; border-top: 1px solid #999; }}
table.wrap {{ width: 100%; border-collapse: collapse; }}
table.g {{ border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }}
table.g td, table.g th {{ border: 1px solid #888; padding: 2pt 3pt; vertical-align: top; font-size: 8.5pt; text-align: left; }}
table.g th {{ background: #e4e8f0; }}
table.kv td {{ padding: 1pt 6pt 1pt 0; vertical-align: top; font-size: 9pt; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
h2 {{ font-size: 12pt; margin: 8pt 0 4pt 0; }}
p {{ margin: 0 0 5pt 0; }}
.small {{ font-size: 8pt; }}"""
    parts = []
    for b in doc.blocks:
        if b[0] == "h":
            parts.append(f"<h2>{h_esc(b[1])}</h2>")
        elif b[0] == "p":
            parts.append(f"<p>{h_esc(b[1])}</p>")
        elif b[0] == "small":
            parts.append(f"<p class=small>{h_esc(b[1])}</p>")
        elif b[0] == "pb":
            parts.append('<div style="page-break-before: always"></div>')
        elif b[0] in ("table", "kv"):
            rows = b[1]
            n = len(rows[0])
            fr = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            tot = sum(fr)
            cg = "".join(f'<col style="width:{100 * x / tot:.1f}%">' for x in fr)
            cls = "g" if b[0] == "table" else "kv"
            trs = []
            for ri, r in enumerate(rows):
                tag = "th" if (ri == 0 and b[0] == "table") else "td"
                trs.append("<tr>" + "".join(f"<{tag}>{h_esc(c)}</{tag}>" for c in r) + "</tr>")
            parts.append(f'<table class="{cls}" style="table-layout:fixed;width:100%"><colgroup>{cg}</colgroup>'
                         + "".join(trs) + "</table>")
    body = "\n".join(parts)
    if doc.columns == 2:
        body = f'<div class="cols">{body}</div>'
    hd_h = 6 + 4 * len(plain(doc.header).split("\n")) if doc.header else 4
    ft_h = 6 + 4 * len(plain(doc.footer).split("\n")) if doc.footer else 4
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{html.escape(doc.title)}</title>
<style>{css}</style></head><body>
<div class="hd">{h_esc(doc.header)}</div><div class="ft">{h_esc(doc.footer)}</div>
<table class="wrap"><thead><tr><td><div style="height:{hd_h}mm"></div></td></tr></thead>
<tfoot><tr><td><div style="height:{ft_h}mm"></div></td></tr></tfoot>
<tbody><tr><td>{body}</td></tr></tbody></table></body></html>"""


def render_html(doc: Doc, out: Path, tmp: Path):
    src = tmp / (doc.name + ".html")
    src.write_text(build_html(doc), encoding="utf-8")
    prof = tmp / "chromium-profile"
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--user-data-dir={prof}", f"--print-to-pdf={out}",
                    src.as_uri()], check=True, capture_output=True, timeout=180)


def finish_meta(doc: Doc, path: Path):
    """Fixed dates and ID; Author from the spec (Chromium cannot set it)."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        info["/Title"] = doc.title
        if doc.author:
            info["/Author"] = plain(doc.author)
        elif "/Author" in info:
            del info["/Author"]
        info["/CreationDate"] = FIXED_DATE
        info["/ModDate"] = FIXED_DATE
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def make_gold(doc: Doc, pdf_path: Path) -> tuple[dict, list[str]]:
    problems = []
    pdfium_text, pages = ev.text_pdfium(pdf_path)
    plumber = ev.text_pdfplumber(pdf_path)
    texts = block_texts(doc)
    hf = [doc.header, doc.footer]
    src_all = "\n".join(texts + hf * pages)
    src_plain = ev.norm(plain(src_all))
    src_public = ev.norm(public(src_all))
    redact: dict = {}
    keep: dict = {}
    for kind_rk, kind, text, value in marks(src_all + "\n" + doc.author):
        if kind_rk == "R":
            redact.setdefault((kind, value), [])
            if text not in redact[(kind, value)]:
                redact[(kind, value)].append(text)
        else:
            keep.setdefault((kind, value), [text])
    for k, t in doc.extra_keep:
        keep.setdefault((KEEP_KINDS[k], t), [t])
    author_plain = ev.norm(plain(doc.author))
    gold = {"doc": doc.name + ".pdf", "pages": pages, "kind": doc.kind, "producer": doc.producer,
            "font": doc.font, "redact": [], "keep": []}
    seen_probe = set()
    for (kind, value), probes in redact.items():
        item = {"kind": kind, "value": value, "probes": []}
        for t in probes:
            if t in seen_probe:
                problems.append(f"{doc.name}: redact probe {t!r} used by two items")
                continue
            seen_probe.add(t)
            pr = {"text": t, "word": True}
            c_src, c_pdf = ev.count_in(src_plain, pr), ev.count_in(pdfium_text, pr)
            c_pub = ev.count_in(src_public, pr)
            c_meta = ev.count_in(author_plain, pr)
            if c_src != c_pdf:
                problems.append(f"{doc.name}: redact {t!r} source={c_src} pdfium={c_pdf}")
            if ev.count_in(plumber, pr) != c_src:
                problems.append(f"{doc.name}: (warn) redact {t!r} source={c_src} pdfplumber={ev.count_in(plumber, pr)}")
            if c_src <= c_pub and c_meta == 0:
                problems.append(f"{doc.name}: redact {t!r} has no private occurrence")
            pr["after"] = c_pub
            item["probes"].append(pr)
        if item["probes"]:
            gold["redact"].append(item)
    for (kind, value), probes in keep.items():
        item = {"kind": kind, "value": value, "probes": []}
        for t in probes:
            if t in seen_probe:
                continue
            seen_probe.add(t)
            pr = {"text": t, "word": True}
            c_src, c_pdf = ev.count_in(src_plain, pr), ev.count_in(pdfium_text, pr)
            c_pub = ev.count_in(src_public, pr)
            if c_src != c_pdf:
                problems.append(f"{doc.name}: keep {t!r} source={c_src} pdfium={c_pdf}")
            if c_pub == 0:
                problems.append(f"{doc.name}: keep {t!r} has no public occurrence")
                continue
            pr["after"] = c_pub
            item["probes"].append(pr)
        if item["probes"]:
            gold["keep"].append(item)
    return gold, problems


def main() -> int:
    sys.path.insert(0, str(HERE))
    from content import DOCS
    docs_dir, gold_dir = HERE / "docs", HERE / "gold"
    for d in (docs_dir, gold_dir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    only = set(sys.argv[1:])
    docs = [d for d in DOCS if not only or d.name in only]
    tmp = Path(tempfile.mkdtemp(prefix="municipal-"))
    try:
        docx_paths = []
        for doc in docs:
            out = docs_dir / (doc.name + ".pdf")
            if doc.producer == "rl":
                render_rl(doc, out)
            elif doc.producer == "html":
                render_html(doc, out, tmp)
            else:
                p = tmp / (doc.name + ".docx")
                build_docx(doc, p)
                docx_paths.append(p)
        convert_docx(docx_paths, docs_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    all_problems = []
    summary = []
    for doc in docs:
        out = docs_dir / (doc.name + ".pdf")
        finish_meta(doc, out)
        gold, problems = make_gold(doc, out)
        all_problems += problems
        (gold_dir / (doc.name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        summary.append((doc.name, doc.kind, doc.producer, doc.font, gold["pages"], nr, nk))
    for p in all_problems:
        print(p, file=sys.stderr)
    tr = sum(s[5] for s in summary)
    tk = sum(s[6] for s in summary)
    print(f"docs={len(summary)} redact_probes={tr} keep_probes={tk}")
    hard = [p for p in all_problems if "(warn)" not in p]
    return 1 if hard else 0


if __name__ == "__main__":
    sys.exit(main())
