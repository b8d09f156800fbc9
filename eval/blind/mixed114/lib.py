"""Rendering and gold helpers for set mixed114 (municipal elections, gemeente Zwolle).

Markup in every text string of a document:
    [[text]]                 a redaction span; its probes are derived from the text
    [[text::p1;p2@KIND]]     a redaction span shown as 'text' with explicit probes p1, p2 (kind optional)
    **bold**                 bold (reportlab / docx only)
The lint in make_gold() checks on the source text that every occurrence of a redact probe lies inside a
span and that no occurrence of a keep probe does.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                Preformatted)

FONTDIR = "/usr/share/fonts/truetype/"
_TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "LibSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
}
_STD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
_registered = set()


def font_pair(name: str) -> tuple[str, str]:
    if name in _STD:
        return name, _STD[name]
    if name not in _registered:
        r, b = _TTF[name]
        pdfmetrics.registerFont(TTFont(name, FONTDIR + r))
        pdfmetrics.registerFont(TTFont(name + "-Bold", FONTDIR + b))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily(name, normal=name, bold=name + "-Bold", italic=name, boldItalic=name + "-Bold")
        _registered.add(name)
    return name, name + "-Bold"


def hand_font() -> str:
    if "Hand" not in _registered:
        pdfmetrics.registerFont(TTFont("Hand", FONTDIR + "femkeklaver/femkeklaver.ttf"))
        _registered.add("Hand")
    return "Hand"


# ------------------------------------------------------------------ markup
SPAN = re.compile(r"\[\[(.+?)\]\]")


def plain(s: str) -> str:
    """Text as shown: spans resolved, bold markers removed."""
    s = s.replace("<br/>", "\n")
    s = SPAN.sub(lambda m: m.group(1).split("::")[0], s)
    return s.replace("**", "")


def rl_markup(s: str) -> str:
    t = escape(plain_keep_bold(s)).replace("\n", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def plain_keep_bold(s: str) -> str:
    s = s.replace("<br/>", "\n")
    return SPAN.sub(lambda m: m.group(1).split("::")[0], s)


PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "el", "al", "op", "in", "la", "le",
             "du", "da", "von", "Van", "De", "Der", "Den", "Ter", "Ten", "El", "Oude", "mr.", "dr.", "ing.",
             "drs.", "mw.", "dhr.", "mevr.", "Van't", "Te", "'T"}


def spans_of(source: str):
    """Yield (start, end, display, probes, kind) on the plain source text."""
    source = source.replace("<br/>", "\n")
    out = []
    last = 0
    # build plain text incrementally to get offsets
    buf = []
    for m in SPAN.finditer(source):
        pre = source[last:m.start()].replace("**", "")
        buf.append(pre)
        start = sum(len(x) for x in buf)
        inner = m.group(1)
        disp, _, spec = inner.partition("::")
        disp_c = disp.replace("**", "")
        kind = None
        if spec:
            if "@" in spec:
                spec, kind = spec.rsplit("@", 1)
            probes = [p for p in spec.split(";") if p]
        else:
            probes = None
        buf.append(disp_c)
        out.append((start, start + len(disp_c), disp_c, probes, kind))
        last = m.end()
    buf.append(source[last:].replace("**", ""))
    return "".join(buf), out


def guess_kind(t: str) -> str:
    if "@" in t:
        return "EMAIL"
    if re.match(r"^NL\d\d", t.replace(" ", "")):
        return "IBAN"
    if re.search(r"\d{1,2}[-/ .](\d{1,2}|[a-z]+)[-/ .](19|20)\d\d", t):
        return "DATE_OF_BIRTH"
    if re.search(r"\d{4} ?[A-Z]{2}\b", t) or re.search(r"[a-z]+ \d+[a-z]?\b", t):
        return "ADDRESS"
    if re.fullmatch(r"[\d\s()+\-]{8,}", t):
        return "PHONE"
    if re.fullmatch(r"\d{9}", t):
        return "BSN"
    if re.search(r"\d", t):
        return "NUMBER"
    return "PERSON"


def derive_probes(disp: str, kind: str) -> list[str]:
    if kind != "PERSON":
        return [disp]
    toks = []
    for w in re.split(r"[\s]+", disp):
        for part in w.split("-"):
            part = part.strip(",;:()")
            if not part or part in PARTICLES or "." in part:
                continue
            if sum(c.isalpha() for c in part) < 3:
                continue
            toks.append(part)
    return toks or [disp]


def is_word(t: str) -> bool:
    return True


# ------------------------------------------------------------------ reportlab rendering
def styles(font: str, size: float = 10):
    reg, bold = font_pair(font)
    base = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    return {
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.25, spaceAfter=2),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 1.5, spaceBefore=6, spaceAfter=4),
        "title": ParagraphStyle("t", parent=base, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                spaceAfter=8),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.2, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.2, spaceAfter=0),
        "kv": ParagraphStyle("kv", parent=base, spaceAfter=0, leading=size * 1.25),
        "kvb": ParagraphStyle("kvb", parent=base, fontName=bold, spaceAfter=0, leading=size * 1.25),
        "_reg": reg, "_bold": bold, "_size": size,
    }


def build_rl(path: Path, doc: dict):
    st = styles(doc.get("font", "Helvetica"), doc.get("size", 10))
    ps = landscape(A4) if doc.get("landscape") else A4
    avail = ps[0] - 40 * mm
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("p", "h", "title", "small", "right", "center"):
            story.append(Paragraph(rl_markup(b[1]), st[k]))
        elif k == "space":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "kv":
            w0 = b[2] if len(b) > 2 else 32 * mm
            rows = [[Paragraph(rl_markup(a), st["kvb"]), Paragraph(rl_markup(v), st["kv"])] for a, v in b[1]]
            t = Table(rows, colWidths=[w0, avail - w0], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(rl_markup(c), st["cellb" if i == 0 else "cell"]) for c in r])
            t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "sig":  # handwritten signature in a handwriting font (text layer)
            hs = ParagraphStyle("sig", fontName=hand_font(), fontSize=b[2] if len(b) > 2 else 20,
                                leading=26, textColor=colors.Color(0.1, 0.15, 0.45))
            story.append(Paragraph(escape(plain(b[1])), hs))
        elif k == "sigimg":  # signature as pixels only (no text layer)
            from reportlab.platypus import Image as RLImage
            story.append(RLImage(sig_png(b[1]), width=b[2] if len(b) > 2 else 55 * mm,
                                 height=(b[2] if len(b) > 2 else 55 * mm) * 0.3, hAlign="LEFT"))
        elif k == "mono":
            reg = font_pair("DejaVuMono")[0]
            story.append(Preformatted(plain(b[1]), ParagraphStyle("m", fontName=reg, fontSize=b[2] if len(b) > 2
                                                                  else 8.5, leading=11)))
        elif k == "hr":
            t = Table([[""]], colWidths=[avail], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
            story.append(t)
        else:
            raise ValueError(k)
    title = doc.get("pdf_title", "")
    author = doc.get("pdf_author", "")

    def onpage(c, d):
        if doc.get("draw") and d.page == 1:
            doc["draw"](c)
        if doc.get("footer"):
            c.saveState()
            c.setFont(st["_reg"], 7.5)
            c.drawString(20 * mm, 10 * mm, plain(doc["footer"]))
            c.drawRightString(ps[0] - 20 * mm, 10 * mm, f"{d.page}")
            c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=doc.get("top", 18) * mm, bottomMargin=18 * mm, title=title,
                           author=author, creator=doc.get("creator", "Microsoft Word"),
                           producer=doc.get("producer_str"))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


def sig_png(text: str):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (660, 200), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTDIR + "femkeklaver/femkeklaver.ttf", 70)
    dr.text((20, 40), text, font=f, fill=(20, 30, 110))
    dr.line([(30, 150), (420, 132), (520, 160)], fill=(20, 30, 110), width=4)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def source_text(doc: dict) -> str:
    parts = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("space", "pagebreak", "hr", "sigimg"):
            continue
        if k == "kv":
            for a, v in b[1]:
                parts.append(a + " " + v)
        elif k == "table":
            for r in b[1]:
                parts.append(" | ".join(r))
        else:
            parts.append(b[1])
    if doc.get("footer"):
        parts.append(doc["footer"])
    return "\n".join(parts)


# ------------------------------------------------------------------ docx + LibreOffice
def build_docx(path: Path, doc: dict):
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sty = d.styles["Normal"]
    sty.font.name = doc.get("docx_font", "Carlito")
    sty.font.size = Pt(doc.get("size", 10.5))

    def add_runs(par, s):
        s = plain_keep_bold(s)
        for i, piece in enumerate(re.split(r"\*\*", s)):
            if piece:
                r = par.add_run(piece)
                r.bold = bool(i % 2)

    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(15)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(12)
        elif k in ("p", "small", "center", "right", "mono"):
            p = d.add_paragraph()
            add_runs(p, b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
            if k == "right":
                p.alignment = 2
            if k == "center":
                p.alignment = 1
        elif k == "sig":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.font.name = "FemkeKlaver"
            r.font.size = Pt(20)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                add_runs(cells[0].paragraphs[0], "**" + a + "**")
                add_runs(cells[1].paragraphs[0], v)
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, txt in zip(cells, r):
                    add_runs(c.paragraphs[0], ("**" + txt + "**") if i == 0 and txt else txt)
                    for run in c.paragraphs[0].runs:
                        run.font.size = Pt(9)
            d.add_paragraph()
        elif k == "space":
            d.add_paragraph()
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "hr":
            d.add_paragraph("_" * 60)
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = doc.get("pdf_author", "")
    cp.title = doc.get("pdf_title", "")
    cp.last_modified_by = doc.get("docx_modified_by", "")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(str(src))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        (Path(td) / (path.stem + ".pdf")).replace(path)


# ------------------------------------------------------------------ scans
def build_scan(path: Path, doc: dict, seed: int):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "clean.pdf"
        build_rl(tmp, doc)
        pdf = pdfium.PdfDocument(str(tmp))
        imgs = []
        for i in range(len(pdf)):
            im = pdf[i].render(scale=doc.get("scan_scale", 200 / 72)).to_pil().convert("L")
            im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 400):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((150, 200, 90))
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=doc.get("jpeg_q", 70))
            imgs.append(Image.open(io.BytesIO(buf.getvalue())))
        pdf.close()
        imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


def build_image_pdf(path: Path, im, dpi=150.0):
    im.convert("RGB").save(str(path), "PDF", resolution=dpi)


# ------------------------------------------------------------------ hidden channels (pikepdf)
def add_hidden(path: Path, doc: dict):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String

    h = doc.get("hidden") or {}
    if not h:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "author" in h or "title" in h or "subject" in h:
            for k in ("author", "title", "subject"):
                if k in h:
                    pdf.docinfo[Name("/" + k.capitalize())] = h[k]
        if "xmp_creator" in h:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = h["xmp_creator"]
                if "xmp_title" in h:
                    meta["dc:title"] = h["xmp_title"]
        if "outline" in h:
            with pdf.open_outline() as ol:
                for i, (title, page) in enumerate(h["outline"]):
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for note in h.get("notes", []):
            page = pdf.pages[note.get("page", 0)]
            x, y = note.get("xy", (60, 60))
            annot = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                Contents=String(note["text"]), T=String(note["author"]), Open=False,
                Name=Name.Comment, C=Array([1, 0.85, 0.2])))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(annot)
        fields = h.get("fields", [])
        if fields:
            font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                                Encoding=Name.WinAnsiEncoding))
            af_fields = Array()
            for f in fields:
                page = pdf.pages[f.get("page", 0)]
                x0, y0, x1, y1 = f["rect"]
                val = f["value"]
                ap_stream = (f"/Tx BMC q BT /Helv 9 Tf 0 g 2 {((y1 - y0) - 9) / 2 + 2:.1f} Td ("
                             + val.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                             + ") Tj ET Q EMC").encode("latin-1")
                ap = pikepdf.Stream(pdf, ap_stream)
                ap.Type = Name.XObject
                ap.Subtype = Name.Form
                ap.BBox = Array([0, 0, x1 - x0, y1 - y0])
                ap.Resources = Dictionary(Font=Dictionary(Helv=font))
                w = pdf.make_indirect(Dictionary(
                    Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(f["name"]),
                    V=String(val), Rect=Array([x0, y0, x1, y1]), F=4, P=page.obj,
                    DA=String("/Helv 9 Tf 0 g"), AP=Dictionary(N=ap),
                    MK=Dictionary(BC=Array([0.4, 0.4, 0.4]))))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(w)
                af_fields.append(w)
            pdf.Root.AcroForm = Dictionary(Fields=af_fields, DA=String("/Helv 9 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=font)))
        pdf.save(str(path))
