"""Rebuild set CN (eval/blind/mixed82): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cn03 cn17  # only these

The documents are defined in content.py (text, producer, hidden channels); the gold is derived
here: a redact probe from the person/number registry (content.REGISTRY) is listed for a document when
it occurs in the text the document was made from (for scans: when tesseract also reads it on the
scanned page); a keep probe from content.KEEP is listed when it occurs in the original's PDFium text,
with 'after' = that count (counted with the evaluator's own functions). Hidden-channel probes are
declared per document and carry "channel".
"""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium, ocr_text  # noqa: E402

import content  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype"

TTF = {
    "DejaVuSerif": f"{FONTDIR}/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": f"{FONTDIR}/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSans": f"{FONTDIR}/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": f"{FONTDIR}/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansMono": f"{FONTDIR}/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": f"{FONTDIR}/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSerif": f"{FONTDIR}/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": f"{FONTDIR}/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": f"{FONTDIR}/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": f"{FONTDIR}/liberation2/LiberationSans-Bold.ttf",
    "Carlito": f"{FONTDIR}/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": f"{FONTDIR}/crosextra/Carlito-Bold.ttf",
    "femkeklaver": f"{FONTDIR}/femkeklaver/femkeklaver.ttf",
    "dkg": f"{FONTDIR}/fifthhorseman/dkg.ttf",
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for k, v in TTF.items():
        try:
            pdfmetrics.getFont(k)
        except KeyError:
            pdfmetrics.registerFont(TTFont(k, v))


def bold_of(font):
    return BOLD.get(font) or (font + "-Bold" if font + "-Bold" in TTF else font)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- block markup
# '# h' heading, '## h' subheading, '| a | b' table row, '---' page break, '' spacer,
# '> text' indented (quoted mail), otherwise a paragraph ('\n' = line break).
def parse(blocks):
    out = []
    for b in blocks:
        if b.startswith("|"):
            row = [c.strip() for c in b.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        elif b == "---":
            out.append(("break", None))
        elif b == "":
            out.append(("space", None))
        elif b.startswith("## "):
            out.append(("h2", b[3:]))
        elif b.startswith("# "):
            out.append(("h1", b[2:]))
        elif b.startswith("> "):
            out.append(("quote", b[2:]))
        else:
            out.append(("p", b))
    return out


def plain_text(blocks):
    parts = []
    for kind, v in parse(blocks):
        if kind == "table":
            parts += [" ".join(r) for r in v]
        elif v:
            parts.append(v)
    return norm("\n".join(parts))


def build_rl(path, d):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    _fonts()
    font = d.get("font", "Helvetica")
    size = d.get("size", 10)
    fb = bold_of(font)
    ps = landscape(A4) if d.get("landscape") else A4
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4,
                        spaceAfter=3)
    quote = ParagraphStyle("q", parent=body, leftIndent=12 * mm, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    cellb = ParagraphStyle("cb", parent=cell, fontName=fb)
    story = []
    for kind, v in parse(d["blocks"]):
        if kind == "p":
            story.append(Paragraph(esc(v).replace("\n", "<br/>"), body))
        elif kind == "quote":
            story.append(Paragraph(esc(v).replace("\n", "<br/>"), quote))
        elif kind == "h1":
            story.append(Paragraph(esc(v), h1))
        elif kind == "h2":
            story.append(Paragraph(esc(v), h2))
        elif kind == "space":
            story.append(Spacer(1, 4 * mm))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(esc(c).replace("\n", "<br/>"), cellb if i == 0 else cell) for c in r]
                    for i, r in enumerate(v)]
            t = Table(rows, colWidths=d.get("colw", {}).get(len(v[0])), repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 7)
        if d.get("header"):
            c.drawString(20 * mm, ps[1] - 12 * mm, d["header"])
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title=d.get("title", ""), author=d.get("author", ""),
                            subject=d.get("subject", ""), creator=d.get("creator", "ReportLab PDF Library"))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build_docx(path, d):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_BREAK
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Liberation Sans")
    st.font.size = Pt(d.get("size", 10))
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = d.get("author", "")
    cp.title = d.get("title", "")
    cp.last_modified_by = d.get("author", "")
    cp.comments = ""
    for kind, v in parse(d["blocks"]):
        if kind in ("p", "quote"):
            p = doc.add_paragraph()
            lines = v.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
            if kind == "quote":
                p.paragraph_format.left_indent = Cm(1.2)
            p.paragraph_format.space_after = Pt(3)
        elif kind == "h1":
            doc.add_heading(v, level=1)
        elif kind == "h2":
            doc.add_heading(v, level=2)
        elif kind == "space":
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            t = doc.add_table(rows=len(v), cols=len(v[0]))
            t.style = "Table Grid"
            for i, r in enumerate(v):
                for j, c in enumerate(r):
                    cl = t.cell(i, j)
                    cl.text = c
                    for p in cl.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(d.get("size", 10) - 1)
                            run.bold = i == 0
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        doc.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)


def _wrap_images(path, images, dpi):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path))
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5535 scan")
    c.setProducer("Canon iR-ADV C5535")
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=d_quality(im))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def d_quality(im):
    return 72


def build_scan(path, d):
    """Typeset with reportlab, rasterise, degrade (rotation, noise, JPEG), wrap without text layer."""
    from PIL import Image, ImageFilter
    dpi = 200
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "src.pdf"
        build_rl(tmp, d)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(tmp), str(Path(td) / "pg")],
                       check=True)
        rnd = random.Random(d["stem"])
        ims = []
        for f in sorted(Path(td).glob("pg*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            for _ in range(im.size[0] * im.size[1] // 400):
                x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
                px[x, y] = rnd.choice((0, 90, 160))
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            ims.append(im.copy())
        _wrap_images(path, ims, dpi)


def build_hand(path, d):
    """A handwritten note: text drawn in a handwriting font onto a paper-like image."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    dpi = 150
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(im)
    rnd = random.Random(d["stem"])
    fnt = ImageFont.truetype(TTF[d.get("hfont", "femkeklaver")], d.get("hsize", 44))
    y = 110
    for line in d["lines"]:
        if line:
            dr.text((95 + rnd.randint(-6, 6), y), line, font=fnt, fill=rnd.choice((20, 35, 50)))
        y += int(d.get("hsize", 44) * 1.55)
    for yy in range(150, H - 60, 62):  # faint ruling
        dr.line((60, yy + 40, W - 60, yy + 40), fill=215, width=1)
    im = im.rotate(rnd.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=246)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    _wrap_images(path, [im], dpi)


# ---------------------------------------------------------------- hidden channels
def add_hidden(path, d):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    hid = d.get("hidden", [])
    if not hid and "info_author" not in d:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "info_author" in d:
            pdf.docinfo["/Author"] = d["info_author"]
        for h in hid:
            ch, how, text = h["channel"], h["how"], h["text"]
            if how == "xmp":
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:creator"] = [text]
            elif how == "title":
                pdf.docinfo["/Title"] = text
            elif how == "subject":
                pdf.docinfo["/Subject"] = text
            elif how == "outline":
                with pdf.open_outline() as o:
                    for t in text.split("||"):
                        o.root.append(pikepdf.OutlineItem(t, 0))
            elif how == "annot":
                page = pdf.pages[h.get("page", 0)]
                who, msg = text.split("||")
                a = Dictionary(Type=Name.Annot, Subtype=Name.Text,
                               Rect=Array(h.get("rect", [480, 700, 500, 720])),
                               T=String(who), Contents=String(msg), Open=False,
                               C=Array([1, 0.9, 0.2]), Name=Name.Comment)
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = Array()
                page.obj.Annots.append(pdf.make_indirect(a))
            elif how == "field":
                page = pdf.pages[h.get("page", 0)]
                fname, val = text.split("||")
                x0, y0, x1, y1 = h["rect"]
                ap = pikepdf.Stream(pdf, (f"/Tx BMC q BT /Helv 9 Tf 0 g 2 4 Td ({val}) Tj ET Q EMC").encode("latin-1"))
                ap["/Type"] = Name.XObject
                ap["/Subtype"] = Name.Form
                ap["/BBox"] = Array([0, 0, x1 - x0, y1 - y0])
                helv = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                    BaseFont=Name.Helvetica,
                                                    Encoding=Name.WinAnsiEncoding))
                ap["/Resources"] = Dictionary(Font=Dictionary(Helv=helv))
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                                 T=String(fname), V=String(val), Rect=Array(h["rect"]),
                                                 F=4, DA=String("/Helv 9 Tf 0 g"), P=page.obj,
                                                 AP=Dictionary(N=ap)))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = Array()
                page.obj.Annots.append(w)
                if "/AcroForm" not in pdf.Root:
                    pdf.Root["/AcroForm"] = Dictionary(Fields=Array(), DA=String("/Helv 9 Tf 0 g"),
                                                       DR=Dictionary(Font=Dictionary(Helv=helv)))
                pdf.Root.AcroForm.Fields.append(w)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def probe(text, after=0, **kw):
    p = {"text": text, "word": True, "after": after}
    p.update(kw)
    return p


def make_gold(d, pdf_path):
    ptext, npages = text_pdfium(pdf_path)
    kind = d["producer"]
    src = plain_text(d["blocks"]) if kind != "hand" else norm("\n".join(d["lines"]))
    ocr = None
    if kind in ("scan", "hand"):
        with tempfile.TemporaryDirectory() as td:
            ocr = ocr_text(pdf_path, Path(td), list(range(1, npages + 1)))
    redact, dropped = [], []
    for ent in content.REGISTRY:
        kind_, value, probes = ent
        found = []
        for t in probes:
            pr = probe(t)
            if count_in(src, pr) == 0:
                continue
            if ocr is not None:
                from evaluate import ocr_count
                if ocr_count(ocr, pr) == 0:
                    dropped.append(t)
                    continue
                pr["ocr"] = True
            found.append(pr)
        if found:
            redact.append({"kind": kind_, "value": value, "probes": found})
    for t in d.get("hidden_author", []):
        redact.append({"kind": "PERSON", "value": f"{d['author']} (Info /Author)",
                       "probes": [probe(t, channel="metadata")]})
    for h in d.get("hidden", []):
        for t in h["probes"]:
            pr = probe(t, channel=h["channel"])
            redact.append({"kind": h.get("kind", "PERSON"), "value": h.get("value", t), "probes": [pr]})
    keep = []
    if kind not in ("scan", "hand"):
        nokeep = set(d.get("nokeep", []))
        for kind_, value, probes in content.KEEP:
            ps = []
            for t in probes:
                if t in nokeep:
                    continue
                pr = probe(t)
                c = count_in(ptext, pr)
                if c:
                    pr["after"] = c
                    ps.append(pr)
            if ps:
                keep.append({"kind": kind_, "value": value, "probes": ps})
    gold = {"doc": pdf_path.name, "pages": npages, "producer": d.get("producer_note", kind),
            "redact": redact, "keep": keep}
    return gold, dropped


BUILDERS = {"rl": build_rl, "docx": build_docx, "scan": build_scan, "hand": build_hand}


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    only = set(argv)
    tot_r = tot_k = tot_p = 0
    for d in content.DOCS:
        if only and d["stem"] not in only:
            continue
        pdf = DOCS_DIR / (d["stem"] + ".pdf")
        BUILDERS[d["producer"]](pdf, d)
        add_hidden(pdf, d)
        gold, dropped = make_gold(d, pdf)
        (GOLD_DIR / (d["stem"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tot_r += nr
        tot_k += nk
        tot_p += gold["pages"]
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}"
              + (f" OCR-dropped={dropped}" if dropped else ""))
    print(f"total pages={tot_p} redact={tot_r} keep={tot_k}")


if __name__ == "__main__":
    main(sys.argv[1:])
