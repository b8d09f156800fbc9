"""Renderers, markup and gold builder for blind set V (mixed12).

Markup in every document string:
  [[text|K]]            personal data, must be redacted; probe = text
  [[text|K|p1;p2]]      personal data; probes p1, p2 (substrings of what the page shows)
  {{text|K}}            public text that must stay readable (keep probe)
K for redact: P person, R paraph/initials, E e-mail, T phone, A address, B BSN, I IBAN, U URL/handle.
"""
from __future__ import annotations

import html as htmlmod
import importlib.util
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))
_spec = importlib.util.spec_from_file_location("woo_eval", EVAL)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)
norm, probe_regex = ev.norm, ev.probe_regex

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
BLANK = "\u25a0"
RKINDS = {"P": "PERSON", "R": "PARAPH", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "A": "ADDRESS",
          "B": "NL_BSN", "I": "IBAN_CODE", "U": "URL_HANDLE", "D": "DATE_OF_BIRTH"}
KKINDS = {"ORG", "PLACE", "ROLE", "OFFICIAL", "ACRONYM", "PRODUCT", "TERM", "SWITCHBOARD", "MAILBOX",
          "STREET", "PROGRAM", "LAW", "REF"}
RX_RED = re.compile(r"\[\[(.+?)\|([A-Z])(?:\|(.*?))?\]\]", re.S)
RX_KEEP = re.compile(r"\{\{([^{}|]+?)\|([A-Z]+)\}\}")


# ------------------------------------------------------------------------------------------
# identifiers
# ------------------------------------------------------------------------------------------
def bsn(seed: int) -> str:
    r = random.Random(seed)
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def iban(seed: int, bank: str = "INGB") -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in base)
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_spaced(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------------------------------
# markup
# ------------------------------------------------------------------------------------------
def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def blanked(s: str) -> str:
    s = RX_RED.sub(lambda m: BLANK, s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def spans(s: str):
    red, keep = [], []
    for m in RX_RED.finditer(s):
        text, k, pr = m.group(1), m.group(2), m.group(3)
        probes = [p for p in (pr.split(";") if pr else [text]) if p]
        for p in probes:
            red.append((RKINDS[k], p))
    for m in RX_KEEP.finditer(s):
        if m.group(2) not in KKINDS:
            raise SystemExit(f"unknown keep kind {m.group(2)}")
        keep.append((m.group(2), m.group(1)))
    return red, keep


def html_text(h: str) -> str:
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


# ------------------------------------------------------------------------------------------
# producers
# ------------------------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, timeout=300, **kw)
    if r.returncode != 0:
        raise SystemExit(f"failed: {cmd}\n{r.stderr.decode()[:2000]}")
    return r


def chromium(html_src: str, out: Path, tmp: Path):
    f = tmp / (out.stem + ".html")
    f.write_text(html_src, encoding="utf-8")
    run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--disable-pdf-tagging", f"--print-to-pdf={out}", f.as_uri()])


def soffice(src: Path, out: Path, tmp: Path):
    prof = tmp / "lo-profile"
    run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp), str(src)])
    shutil.move(str(tmp / (src.stem + ".pdf")), out)


def ghostscript(src: Path, out: Path):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
         f"-sOutputFile={out}", str(src)])


def scan(src: Path, out: Path, seed: int, angle: float, dpi: int = 200, quality: int = 55):
    import numpy as np
    from PIL import Image, ImageFilter

    with tempfile.TemporaryDirectory() as td:
        run(["pdftoppm", "-r", "300", "-gray", "-png", str(src), f"{td}/p"])
        pages = []
        rnd = np.random.default_rng(seed)
        for i, png in enumerate(sorted(Path(td).glob("p*.png"))):
            im = Image.open(png).convert("L")
            im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False,
                           fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            a = np.asarray(im).astype(np.int16)
            a = a + rnd.normal(0, 9, a.shape).astype(np.int16)
            specks = rnd.random(a.shape) < 0.0004
            a[specks] = 40
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a)
            w, h = im.size
            im = im.resize((int(w * dpi / 300), int(h * dpi / 300)), Image.LANCZOS)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            pages.append(Image.open(io.BytesIO(buf.getvalue())))
        pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ---------------------------- docx (python-docx) -----------------------------------------
def build_docx(blocks, path: Path, author=None, landscape=False, header=None, footer=None, font="Calibri",
               size=10):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.8)
    if header:
        sec.header.paragraphs[0].text = plain(header)
    if footer:
        sec.footer.paragraphs[0].text = plain(footer)
    d.core_properties.author = author or ""
    d.core_properties.last_modified_by = author or ""
    d.core_properties.title = ""

    def borders(tbl, on=True):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{e}")
            el.set(qn("w:val"), "single" if on else "nil")
            el.set(qn("w:sz"), "4")
            b.append(el)
        tblPr.append(b)

    def add_runs(par, text, bold=False, small=False):
        r = par.add_run(plain(text))
        r.bold = bold
        if small:
            r.font.size = Pt(size - 2)

    for b in blocks:
        kind = b[0]
        if kind == "h":
            p = d.add_paragraph()
            add_runs(p, b[1], bold=True)
            p.runs[0].font.size = Pt(size + 3)
        elif kind == "h2":
            p = d.add_paragraph()
            add_runs(p, b[1], bold=True)
        elif kind == "p":
            for line in b[1].split("\n\n"):
                p = d.add_paragraph()
                parts = line.split("\n")
                for i, ln in enumerate(parts):
                    if i:
                        p.add_run().add_break()
                    add_runs(p, ln)
        elif kind == "small":
            p = d.add_paragraph()
            add_runs(p, b[1], small=True)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind in ("table", "grid"):
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            borders(t, kind == "grid")
            t.autofit = False
            if widths:
                for j, w in enumerate(widths):
                    t.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    if widths:
                        c.width = Cm(widths[j])
                    lines = str(cell).split("\n")
                    c.paragraphs[0].text = ""
                    for k, ln in enumerate(lines):
                        par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        add_runs(par, ln, bold=(i == 0 and kind == "grid"))
            d.add_paragraph()
        elif kind == "side":  # main text left, side column right (one borderless 2-col table)
            main, side = b[1], b[2]
            t = d.add_table(rows=1, cols=2)
            borders(t, False)
            t.autofit = False
            t.columns[0].width = t.cell(0, 0).width = Cm(11.5)
            t.columns[1].width = t.cell(0, 1).width = Cm(5.5)
            for col, content in ((0, main), (1, side)):
                c = t.cell(0, col)
                c.paragraphs[0].text = ""
                for k, ln in enumerate(content.split("\n")):
                    par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    isb = ln.startswith("**")
                    add_runs(par, ln[2:] if isb else ln, small=(col == 1), bold=isb)
        else:
            raise SystemExit(f"docx block {kind}")
    d.save(str(path))


# ---------------------------- xlsx (openpyxl) ---------------------------------------------
def build_xlsx(sheets, path: Path, author=None):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        r0 = 1
        for t in sh.get("title", []):
            ws.cell(row=r0, column=1, value=plain(t)).font = Font(bold=True, size=12)
            r0 += 1
        if sh.get("title"):
            r0 += 1
        for i, row in enumerate(sh["rows"]):
            for j, v in enumerate(row):
                c = ws.cell(row=r0 + i, column=j + 1, value=plain(str(v)))
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 0:
                    c.font = Font(bold=True)
        for j, w in enumerate(sh["widths"]):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
        ws.page_setup.orientation = "landscape" if sh.get("landscape", True) else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{r0}:{r0}"
        if sh.get("footer"):
            ws.oddFooter.center.text = plain(sh["footer"])
        if sh.get("header"):
            ws.oddHeader.left.text = plain(sh["header"])
        ws.print_options.gridLines = True
    wb.properties.creator = author or ""
    wb.properties.lastModifiedBy = author or ""
    wb.save(str(path))


# ---------------------------- reportlab ---------------------------------------------------
def reportlab_doc(blocks, out: Path, author=None, title="", two_col=False, side=None, footer=None,
                  fields=None, outline=None, footnotes=None, font="DejaVuSans", size=9.5, landscape=False,
                  links=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape as lsc
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle, NextPageTemplate)

    for nm, fn in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                   ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                   ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, f"{FONT_DIR}/{fn}"))
    bold = font + "-Bold" if font in ("DejaVuSans", "DejaVuSerif") else font
    ps = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    ph = ParagraphStyle("h", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6)
    ph2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4,
                         spaceAfter=3)
    psm = ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    pagesize = lsc(A4) if landscape else A4
    W, H = pagesize

    def esc(t):
        return htmlmod.escape(plain(t)).replace("\n", "<br/>")

    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(esc(b[1]), ph))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), ph2))
        elif k == "p":
            for para in b[1].split("\n\n"):
                story.append(Paragraph(esc(para), ps))
        elif k == "small":
            story.append(Paragraph(esc(b[1]), psm))
        elif k == "space":
            story.append(Spacer(1, b[1]))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "framebreak":
            story.append(FrameBreak())
        elif k in ("table", "grid"):
            rows = [[Paragraph(esc(c), psm) for c in r] for r in b[1]]
            widths = [w * cm for w in b[2]] if len(b) > 2 and b[2] else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if k == "grid":
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise SystemExit(f"reportlab block {k}")

    def on_page(c, doc):
        c.saveState()
        if side and c.getPageNumber() == 1:
            y = H - 3.2 * cm
            for ln in side.split("\n"):
                bold_ln = ln.startswith("**")
                c.setFont(bold if bold_ln else font, 7.5)
                c.drawString(W - 5.3 * cm, y, plain(ln[2:] if bold_ln else ln))
                y -= 10
        if footer:
            c.setFont(font, 7)
            c.drawString(2 * cm, 1.2 * cm, plain(footer))
            c.drawRightString(W - 2 * cm, 1.2 * cm, f"Pagina {c.getPageNumber()}")
        if footnotes and c.getPageNumber() == 1:
            c.setLineWidth(0.4)
            y = 1.8 * cm + 10 * len(footnotes)
            c.line(2 * cm, y + 6, 7 * cm, y + 6)
            c.setFont(font, 7)
            for fn in footnotes:
                c.drawString(2 * cm, y - 4, plain(fn))
                y -= 10
        if fields and c.getPageNumber() == 1:
            for f in fields:
                c.setFont(font, 8)
                c.drawString(f["x"] * cm, H - f["y"] * cm + 4, plain(f["label"]))
                c.acroForm.textfield(name=f["name"], value=plain(f["value"]), x=f["x2"] * cm,
                                     y=H - f["y"] * cm, width=f["w"] * cm, height=14, fontSize=8,
                                     borderWidth=0.5, forceBorder=True)
        if links and c.getPageNumber() == 1:
            for (uri, rect) in links:
                c.linkURL(plain(uri), [v * cm for v in rect], relative=0)
        c.restoreState()

    m = 2 * cm
    bottom = 2.2 * cm + (10 * len(footnotes) + 12 if footnotes else 0)
    right = 5.8 * cm if side else m
    if two_col:
        gap = 0.6 * cm
        colw = (W - m - right - gap) / 2
        frames = [Frame(m, bottom, colw, H - m - bottom, id="c1"),
                  Frame(m + colw + gap, bottom, colw, H - m - bottom, id="c2")]
    else:
        frames = [Frame(m, bottom, W - m - right, H - m - bottom, id="f")]
    later = [Frame(m, 2.2 * cm, W - 2 * m, H - m - 2.2 * cm, id="l")]
    doc = BaseDocTemplate(str(out), pagesize=pagesize, author=plain(author or ""), title=title,
                          creator="", producer="ReportLab", invariant=1)
    doc.addPageTemplates([PageTemplate("first", frames, onPage=on_page, autoNextPageTemplate="later"),
                          PageTemplate("later", later if not two_col else frames, onPage=on_page)])
    doc.build(story)


# ---------------------------- fpdf2 -------------------------------------------------------
def fpdf_doc(lines, out: Path, author=None, mono=False, size=9):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
    pdf.add_font("DV", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DV", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("DM", "", f"{FONT_DIR}/DejaVuSansMono.ttf")
    pdf.add_font("DM", "B", f"{FONT_DIR}/DejaVuSansMono-Bold.ttf")
    pdf.set_author(plain(author or ""))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    fam = "DM" if mono else "DV"
    for ln in lines:
        style = ""
        s = ln
        if s.startswith("**"):
            style, s = "B", s[2:]
        if s.startswith("--"):
            pdf.set_draw_color(120)
            pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
            pdf.ln(3)
            continue
        pdf.set_font(fam, style, size)
        pdf.multi_cell(0, size * 0.5, plain(s) if s else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# ------------------------------------------------------------------------------------------
# post-processing (determinism + hidden channels)
# ------------------------------------------------------------------------------------------
def finish(pdf_path: Path, hidden: dict):
    import pikepdf
    from pikepdf import Dictionary, Name, OutlineItem, String, Array

    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/CreationDate", "/ModDate"):
                del info[k]
        info["/CreationDate"] = "D:20240301090000+01'00'"
        info["/ModDate"] = "D:20240301090000+01'00'"
        if "author" in hidden:
            info["/Author"] = plain(hidden["author"])
        if "title" in hidden:
            info["/Title"] = plain(hidden["title"])
        if "xmp" in hidden:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [plain(hidden["xmp"])]
                meta["xmp:CreateDate"] = "2024-03-01T09:00:00+01:00"
        if "outline" in hidden:
            with pdf.open_outline() as o:
                o.root.clear()
                for title, page in hidden["outline"]:
                    o.root.append(OutlineItem(plain(title), page))
        for (page, author, text, x, y) in hidden.get("notes", []):
            p = pdf.pages[page]
            a = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                           Contents=String(plain(text)), T=String(plain(author)), Name=Name.Comment,
                           M=String("D:20240301090000+01'00'"), F=4, Open=False,
                           C=Array([1, 0.85, 0.2]))
            if "/Annots" not in p.obj:
                p.obj["/Annots"] = Array()
            p.obj.Annots.append(pdf.make_indirect(a))
        pdf.save(str(pdf_path), deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def channel_texts(pdf: Path):
    txt, n = ev.text_pdfium(pdf)
    meta, outl, ann = ev.meta_outline_annots(pdf)
    return {"text": txt, "metadata": meta, "outline": outl, "annotations": ann}, n


def make_gold(name: str, sources: list[str], hidden_sources: list[str], pdf: Path, producer: str,
              is_scan: bool, ocr_text, problems: list):
    full = norm(" ".join(plain(s) for s in sources))
    blank = norm(" ".join(blanked(s) for s in sources))
    red, keep = [], []
    for s in sources + hidden_sources:
        r, k = spans(s)
        red += r
        if s in sources:
            keep += k
    chans, npages = channel_texts(pdf)
    if is_scan:
        chans = {"ocr": ocr_text or []}
    gold = {"doc": pdf.name, "pages": npages, "producer": producer, "redact": [], "keep": []}
    seen = set()
    for kind, p in red:
        if p in seen:
            continue
        seen.add(p)
        pr = {"text": p, "word": True}
        after = ev.count_in(blank, pr)
        found = {c: (ev.ocr_count(t, pr) if isinstance(t, list) else ev.count_in(t, pr))
                 for c, t in chans.items()}
        ch = [c for c, v in found.items() if v > after]
        if not ch:
            problems.append(f"{name}: redact probe {p!r} not testable (after={after}, found={found})")
            continue
        pr["after"] = after
        if is_scan:
            pr["ocr"] = True
        pr["channel"] = ch[0]
        gold["redact"].append({"kind": kind, "value": p, "probes": [pr]})
    kseen = set()
    for kind, p in keep:
        if p in kseen:
            continue
        kseen.add(p)
        if is_scan:
            continue
        pr = {"text": p, "word": True}
        src_full, src_blank = ev.count_in(full, pr), ev.count_in(blank, pr)
        pdf_n = ev.count_in(chans["text"], pr)
        after = pdf_n - (src_full - src_blank)
        if pdf_n != src_full:
            problems.append(f"{name}: keep probe {p!r} pdf={pdf_n} src={src_full} (after set to {after})")
        if after < 1:
            problems.append(f"{name}: keep probe {p!r} dropped (after={after})")
            continue
        pr["after"] = after
        gold["keep"].append({"kind": kind, "value": p, "probes": [pr]})
    return gold
