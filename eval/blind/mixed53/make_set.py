"""Rebuild blind set mixed53 (set BK): PDFs in docs/, gold JSON in gold/.

    /work/main/.venv/bin/python make_set.py [ONLY_PREFIX ...]

Documents are defined in content_*.py as Doc objects: a producer (reportlab, LibreOffice from .docx,
or a scan = rendered image without text layer), a list of blocks, optional hidden-channel extras
(metadata, XMP, outline, sticky notes, form fields), and the gold entities (redact / keep).
Redact probes get after=0 unless stated; keep probes get after = their count in the original's
PDFium text, counted with the evaluator's own functions.
"""
from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))
from evaluate import count_in, text_pdfium  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for nm, fn in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
               ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
               ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
               ("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf"),
               ("DejaVuSansMono", "DejaVuSansMono.ttf"), ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(nm, FONTDIR + fn))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold",
        "DejaVuSansCondensed": "DejaVuSansCondensed-Bold", "DejaVuSansMono": "DejaVuSansMono-Bold"}


class Doc:
    def __init__(self, name, blocks, producer="rl", font="Helvetica", size=10, header=None,
                 footer=None, redact=(), keep=(), meta=None, xmp=None, outline=(), notes=(),
                 fields=(), pagesize=A4, margins=(22, 20, 22, 20), scan=None, docx_font="Liberation Sans",
                 rule=None):
        self.name = name
        self.blocks = blocks
        self.producer = producer
        self.font = font
        self.size = size
        self.header = header
        self.footer = footer
        self.redact = list(redact)
        self.keep = list(keep)
        self.meta = meta or {}
        self.xmp = xmp or {}
        self.outline = list(outline)
        self.notes = list(notes)      # (page_index, author, text)
        self.fields = list(fields)    # (page_index, name, value)
        self.pagesize = pagesize
        self.margins = margins
        self.scan = scan              # None | "all" | set of page indexes (0-based) to rasterise
        self.docx_font = docx_font
        self.rule = rule


# ------------------------------------------------------------------------------------------------
# reportlab producer
# ------------------------------------------------------------------------------------------------
def _styles(font, size):
    b = BOLD.get(font, font)
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.55),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                            spaceBefore=size * 0.6, spaceAfter=size * 0.35),
        "title": ParagraphStyle("t", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=size),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.25),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3),
        "right": ParagraphStyle("r", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3, alignment=TA_RIGHT),
    }


def _cell(x, st, bold=False):
    if isinstance(x, str):
        return Paragraph(x.replace("\n", "<br/>"), st["cellb" if bold else "cell"])
    return x


def rl_flow(doc: Doc):
    st = _styles(doc.font, doc.size)
    W = doc.pagesize[0] - (doc.margins[1] + doc.margins[3]) * mm
    out = []
    for blk in doc.blocks:
        k = blk[0]
        if k == "p":
            out.append(Paragraph(blk[1], st["p"]))
        elif k == "small":
            out.append(Paragraph(blk[1], st["small"]))
        elif k == "right":
            out.append(Paragraph(blk[1], st["right"]))
        elif k == "h":
            out.append(Paragraph(blk[1], st["h"]))
        elif k == "title":
            out.append(Paragraph(blk[1], st["title"]))
        elif k == "sp":
            out.append(Spacer(1, blk[1] * mm))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "mono":
            out.append(Preformatted(blk[1], ParagraphStyle("mm", fontName=blk[2] if len(blk) > 2 else "Courier",
                                                             fontSize=doc.size - 1, leading=(doc.size - 1) * 1.3)))
        elif k == "lines":  # plain lines, one paragraph each, no space after
            ps = ParagraphStyle("l", parent=st["p"], spaceAfter=0)
            for ln in blk[1]:
                out.append(Paragraph(ln, ps))
            out.append(Spacer(1, 2 * mm))
        elif k in ("kv", "table", "grid", "cols"):
            rows = blk[1]
            opts = blk[2] if len(blk) > 2 else {}
            cw = opts.get("cw")
            if cw:
                cw = [c * W for c in cw]
            if k == "cols":
                data = [[_cell(a, st), _cell(b, st)] for a, b in rows]
                t = Table(data, colWidths=cw or [W * 0.6, W * 0.4])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            elif k == "kv":
                data = [[_cell(a, st, True), _cell(b, st)] for a, b in rows]
                t = Table(data, colWidths=cw or [W * 0.28, W * 0.72])
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]
                if opts.get("box"):
                    sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
                t.setStyle(TableStyle(sty))
            else:
                data = [[_cell(c, st, i == 0) for c in r] for i, r in enumerate(rows)]
                t = Table(data, colWidths=cw, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hbg", "#d9e2ef"))),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(k)
    return out


def build_rl(doc: Doc, path: Path):
    m = doc.margins

    def deco(canv, d):
        canv.saveState()
        if doc.header:
            canv.setFont(doc.font, doc.size - 2)
            y = doc.pagesize[1] - 12 * mm
            for i, ln in enumerate(doc.header if isinstance(doc.header, list) else [doc.header]):
                canv.drawString(m[3] * mm, y - i * (doc.size - 1), ln)
        if doc.footer:
            canv.setFont(doc.font, doc.size - 2.5)
            ft = doc.footer.replace("{page}", str(canv.getPageNumber()))
            canv.drawString(m[3] * mm, 10 * mm, ft)
        canv.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=doc.pagesize, topMargin=m[0] * mm, rightMargin=m[1] * mm,
                           bottomMargin=m[2] * mm, leftMargin=m[3] * mm,
                           title=doc.meta.get("Title", ""), author=doc.meta.get("Author", ""),
                           subject=doc.meta.get("Subject", ""), creator=doc.meta.get("Creator", ""),
                           producer=doc.meta.get("Producer", "ReportLab PDF Library - www.reportlab.com"))
    sd.build(rl_flow(doc), onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------------------------------------
# LibreOffice producer (.docx written with python-docx, converted by soffice)
# ------------------------------------------------------------------------------------------------
def _strip_markup(s):
    import re
    s = s.replace("<br/>", "\n")
    return re.sub(r"</?(b|i|u|font[^>]*)>", "", s).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def _add_runs(par, s):
    import re
    s = s.replace("<br/>", "\n")
    for piece in re.split(r"(<b>.*?</b>|<i>.*?</i>)", s):
        if not piece:
            continue
        if piece.startswith("<b>"):
            par.add_run(_strip_markup(piece[3:-4])).bold = True
        elif piece.startswith("<i>"):
            par.add_run(_strip_markup(piece[3:-4])).italic = True
        else:
            par.add_run(_strip_markup(piece))


def build_docx(doc: Doc, path: Path):
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(24)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    stn = d.styles["Normal"]
    stn.font.name = doc.docx_font
    stn.font.size = Pt(doc.size)
    for hs in ("Heading 1", "Heading 2", "Title"):
        d.styles[hs].font.name = doc.docx_font
    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = "\n".join(doc.header if isinstance(doc.header, list) else [doc.header])
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer.replace("{page}", "")
    cp = d.core_properties
    cp.author = doc.meta.get("Author", "")
    cp.title = doc.meta.get("Title", "")
    cp.subject = doc.meta.get("Subject", "")
    cp.last_modified_by = doc.meta.get("LastModifiedBy", "")
    cp.comments = ""
    for blk in doc.blocks:
        k = blk[0]
        if k in ("p", "small", "right"):
            p = d.add_paragraph()
            _add_runs(p, blk[1])
            if k == "right":
                p.alignment = 2
        elif k == "h":
            p = d.add_heading(level=2)
            _add_runs(p, blk[1])
        elif k == "title":
            p = d.add_heading(level=1)
            _add_runs(p, blk[1])
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "mono":
            for ln in blk[1].split("\n"):
                p = d.add_paragraph()
                r = p.add_run(ln)
                r.font.name = "Liberation Mono"
                p.paragraph_format.space_after = Pt(0)
        elif k == "lines":
            for ln in blk[1]:
                p = d.add_paragraph()
                _add_runs(p, ln)
                p.paragraph_format.space_after = Pt(0)
            d.add_paragraph()
        elif k in ("kv", "table", "grid", "cols"):
            rows = blk[1]
            ncol = len(rows[0])
            t = d.add_table(rows=len(rows), cols=ncol)
            if k in ("table", "grid") or (len(blk) > 2 and blk[2].get("box")):
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _add_runs(cell.paragraphs[0], c)
                    if (k in ("table", "grid") and i == 0) or (k == "kv" and j == 0):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="bk-lo-") as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(str(src))
        prof = Path(td) / "profile"
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=300)
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)
        if doc.meta.get("keep_docx"):
            shutil.copy(src, HERE / "src" / src.name)


# ------------------------------------------------------------------------------------------------
# scans: render pages and put them back as images only
# ------------------------------------------------------------------------------------------------
def rasterise(path: Path, pages, seed):
    import pikepdf
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    import numpy as np
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(path))
    n = len(pdf)
    pages = set(range(n)) if pages == "all" else set(pages)
    scanned = {}
    for i in pages:
        pg = pdf[i]
        w, h = pg.get_size()
        img = pg.render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.3)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype(np.int16)
        noise = np.random.default_rng(seed + i).normal(0, 9, a.shape)
        a = np.clip(a + noise + 6, 0, 255).astype(np.uint8)
        img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72)
        scanned[i] = (buf.getvalue(), w, h)
    pdf.close()
    tmp = path.with_suffix(".scan.pdf")
    c = canvas.Canvas(str(tmp))
    from reportlab.lib.utils import ImageReader
    for i in sorted(scanned):
        data, w, h = scanned[i]
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w, h)
        c.showPage()
    c.save()
    if len(pages) == n:
        shutil.move(tmp, path)
        return
    # mix: replace scanned pages in the original
    with pikepdf.open(str(path), allow_overwriting_input=True) as orig, pikepdf.open(str(tmp)) as sc:
        for k, i in enumerate(sorted(scanned)):
            orig.pages[i] = sc.pages[k]
        orig.save(str(path))
    tmp.unlink()


# ------------------------------------------------------------------------------------------------
# hidden channels
# ------------------------------------------------------------------------------------------------
def add_hidden(doc: Doc, path: Path):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    if not (doc.meta.get("force") or doc.xmp or doc.outline or doc.notes or doc.fields
            or (doc.producer == "scan" and doc.meta)):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k, v in doc.meta.items():
            if k in ("Author", "Title", "Subject", "Keywords", "Creator", "Producer"):
                pdf.docinfo[Name("/" + k)] = String(v)
        if doc.xmp:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                for k, v in doc.xmp.items():
                    if k == "dc:creator":
                        md[k] = [v]
                    else:
                        md[k] = v
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, author, text in doc.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([430, 760, 450, 780]),
                Contents=String(text), T=String(author), Name=Name.Comment, F=4,
                C=Array([1, 0.9, 0.2])))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(annot)
        if doc.fields:
            af = pdf.Root.get("/AcroForm")
            if af is None:
                pdf.Root.AcroForm = Dictionary(Fields=Array(), NeedAppearances=True,
                                               DA=String("/Helv 0 Tf 0 g"))
                af = pdf.Root.AcroForm
            for pg, nm, val, rect in doc.fields:
                page = pdf.pages[pg]
                fld = pdf.make_indirect(Dictionary(
                    Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(nm), V=String(val),
                    Rect=Array(rect), F=4, P=page.obj, DA=String("/Helv 9 Tf 0 g")))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(fld)
                af.Fields.append(fld)
        pdf.save(str(path))


# ------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------
def _probe(p):
    if isinstance(p, dict):
        d = {"text": p["text"], "word": p.get("word", True), "after": p.get("after", 0)}
        if p.get("ocr"):
            d["ocr"] = True
        return d
    return {"text": p, "word": True, "after": 0}


def write_gold(doc: Doc, path: Path):
    text, n = text_pdfium(path)
    red = []
    for kind, value, probes in doc.redact:
        red.append({"kind": kind, "value": value, "probes": [_probe(p) for p in probes]})
    keep = []
    for kind, value, probes in doc.keep:
        ps = []
        for p in probes:
            pr = _probe(p)
            c = count_in(text, pr)
            if c == 0:
                print(f"  WARN {doc.name}: keep probe {pr['text']!r} not in text layer; dropped")
                continue
            pr["after"] = c
            ps.append(pr)
        if ps:
            keep.append({"kind": kind, "value": value, "probes": ps})
    g = {"doc": path.name, "pages": n, "redact": red, "keep": keep}
    (GOLD / (path.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return n


def all_docs():
    import importlib
    docs = []
    for mod in sorted(HERE.glob("content_*.py")):
        m = importlib.import_module(mod.stem)
        docs.extend(m.DOCS)
    return docs


def build(doc: Doc):
    path = DOCS / (doc.name + ".pdf")
    if doc.producer == "docx":
        build_docx(doc, path)
    else:
        build_rl(doc, path)
    if doc.scan is not None:
        rasterise(path, doc.scan, seed=sum(map(ord, doc.name)))
    add_hidden(doc, path)
    return write_gold(doc, path)


def main(argv):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    total = 0
    for doc in all_docs():
        if argv and not any(doc.name.startswith(a) for a in argv):
            continue
        n = build(doc)
        total += n
        print(f"{doc.name}: {n} page(s)")
    print(f"pages={total}")


if __name__ == "__main__":
    main(sys.argv[1:])
