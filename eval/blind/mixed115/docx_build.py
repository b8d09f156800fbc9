"""Build a .docx with python-docx from a Doc's blocks and convert it with LibreOffice (headless)."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt, Mm

_TAG = re.compile(r"</?b>|<br/>|</?i>")


def _runs(par, txt, size=None, font=None):
    bold = False
    for piece in re.split(r"(</?b>|<br/>|</?i>)", txt):
        if piece == "<b>":
            bold = True
        elif piece == "</b>":
            bold = False
        elif piece in ("<i>", "</i>"):
            continue
        elif piece == "<br/>":
            par.add_run().add_break()
        elif piece:
            r = par.add_run(piece)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font


def build_docx_pdf(d, out_pdf: Path):
    opts = d.docx if isinstance(d.docx, dict) else {}
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    st = doc.styles["Normal"]
    st.font.name = opts.get("font", "Carlito")
    st.font.size = Pt(opts.get("size", 10.5))
    if d.header:
        hp = sec.header.paragraphs[0]
        _runs(hp, d.header.replace("\n", "<br/>"), size=8.5)
    if d.footer:
        fp = sec.footer.paragraphs[0]
        _runs(fp, d.footer, size=8)
    for bl in d.blocks:
        if isinstance(bl, str):
            tag, _, txt = bl.partition(" ")
            if tag == "#":
                doc.add_heading(txt, level=1)
            elif tag == "##":
                doc.add_heading(txt, level=2)
            elif tag in ("l", "m", "r"):
                for ln in txt.split("\n"):
                    p = doc.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    _runs(p, ln)
            elif tag == "---":
                doc.add_page_break()
            else:
                p = doc.add_paragraph()
                _runs(p, txt, size=9 if tag == "s" else None)
        elif bl[0] == "sp":
            doc.add_paragraph()
        elif bl[0] == "t":
            rows, widths = bl[1], bl[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Mm(w)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.width = Mm(widths[j])
                    p = cell.paragraphs[0]
                    _runs(p, ("<b>%s</b>" % c) if i == 0 else str(c), size=9)
            doc.add_paragraph()
    cp = doc.core_properties
    cp.author = d.docx_author if hasattr(d, "docx_author") else (opts.get("author") or "")
    cp.last_modified_by = opts.get("last_modified_by", "")
    cp.title = d.title or ""
    with tempfile.TemporaryDirectory(prefix="hg-docx-") as td:
        tdp = Path(td)
        src = tdp / f"{d.stem}.docx"
        doc.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tdp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tdp), str(src)],
                       check=True, capture_output=True, timeout=240)
        shutil.copy(tdp / f"{d.stem}.pdf", out_pdf)
