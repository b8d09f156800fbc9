"""Rendering and gold helpers for set CO (eval/blind/mixed83)."""
from __future__ import annotations

import io
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts, probe_regex  # noqa: E402,F401

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf", "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
    "femke": ("/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"),
    "dkg": ("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", "/usr/share/fonts/truetype/fifthhorseman/dkgBd.ttf"),
}
STD = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"), "courier": ("Courier", "Courier-Bold")}


def font_pair(key):
    if key in STD:
        return STD[key]
    reg, bold = FONTS[key]
    n1, n2 = f"CO-{key}", f"CO-{key}-B"
    if n1 not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(n1, reg))
        pdfmetrics.registerFont(TTFont(n2, bold))
        pdfmetrics.registerFontFamily(n1, normal=n1, bold=n2, italic=n1, boldItalic=n2)
    return n1, n2


# ---------------------------------------------------------------- numbers with valid checksums
def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- gold items
def R(kind, value, *probes, ch=None):
    """Redact item. probes: 'text' (word=True) or ('text', False) for a substring probe."""
    ps = []
    for p in probes or (value,):
        t, w = (p, True) if isinstance(p, str) else p
        d = {"text": t, "word": w, "after": 0}
        if ch:
            d["channel"] = ch
        ps.append(d)
    return {"kind": kind, "value": value, "probes": ps}


def K(kind, value, *probes):
    ps = []
    for p in probes or (value,):
        t, w = (p, True) if isinstance(p, str) else p
        ps.append({"text": t, "word": w})
    return {"kind": kind, "value": value, "probes": ps}


# ---------------------------------------------------------------- signature images
def signature_png(seed: int, w=420, h=140) -> bytes:
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    x, y = 20, h // 2
    pts = []
    for i in range(60):
        x += rnd.randint(3, 9)
        y = max(15, min(h - 15, y + rnd.randint(-22, 22)))
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    dr.line([(30, h - 30), (x - 40, h - 38)], fill=(20, 30, 110), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ---------------------------------------------------------------- reportlab rendering
def esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(t: str) -> str:
    """escape, then allow **bold** markup."""
    t = esc(t)
    parts = t.split("**")
    return "".join(("<b>%s</b>" % p) if i % 2 else p for i, p in enumerate(parts))


def rl_flowables(blocks, font="helv", size=10):
    reg, bold = font_pair(font)
    mreg, _ = font_pair("mono") if font not in ("courier",) else STD["courier"]
    st = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5, alignment=TA_LEFT)
    st_cell = ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.22)
    st_h1 = ParagraphStyle("h1", parent=st, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6)
    st_h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4, spaceAfter=3)
    st_small = ParagraphStyle("s", parent=st, fontSize=size - 2, leading=(size - 2) * 1.25, textColor=colors.HexColor("#444444"))
    st_logo = ParagraphStyle("logo", parent=st, fontName=bold, fontSize=size + 6, textColor=colors.HexColor("#1d4f7a"), leading=size + 10)
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append(Paragraph(inline(b[1]), st_h1))
        elif k == "h2":
            out.append(Paragraph(inline(b[1]), st_h2))
        elif k == "logo":
            out.append(Paragraph(inline(b[1]), st_logo))
            if len(b) > 2:
                out.append(Paragraph(inline(b[2]), st_small))
            out.append(Spacer(1, 8))
        elif k == "p":
            out.append(Paragraph(inline(b[1]), st))
        elif k == "small":
            out.append(Paragraph(inline(b[1]), st_small))
        elif k == "lines":  # lines without paragraph spacing (address blocks)
            for ln in b[1]:
                out.append(Paragraph(inline(ln) if ln else "&nbsp;", ParagraphStyle("l", parent=st, spaceAfter=0)))
            out.append(Spacer(1, 6))
        elif k == "mono":
            import textwrap
            wrapped = []
            for ln in b[1].split("\n"):
                if len(ln) <= 96:
                    wrapped.append(ln)
                    continue
                ind = (ln.index("] ") + 2) if ln.startswith("[") and "] " in ln else 4
                wrapped += textwrap.wrap(ln, 96, subsequent_indent=" " * ind, break_long_words=False, break_on_hyphens=False)
            out.append(Preformatted("\n".join(wrapped), ParagraphStyle("m", fontName=mreg, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)))
            out.append(Spacer(1, 4))
        elif k in ("kv", "table"):
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            cell = st_cell if k == "table" else ParagraphStyle("kv", parent=st, spaceAfter=0)
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci, c in enumerate(r):
                    txt = inline(str(c))
                    if (k == "kv" and ci == 0) or (k == "table" and ri == 0):
                        txt = "<b>%s</b>" % txt
                    row.append(Paragraph(txt, cell))
                data.append(row)
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, hAlign="LEFT", repeatRows=1 if k == "table" else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if k == "table":
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3ebf3"))]
            t.setStyle(TableStyle(sty))
            out.append(t)
            out.append(Spacer(1, 7))
        elif k == "sp":
            out.append(Spacer(1, b[1]))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "sig":
            out.append(RLImage(io.BytesIO(signature_png(b[1])), width=42 * mm, height=14 * mm, hAlign="LEFT"))
        elif k == "hr":
            t = Table([[""]], colWidths=[170 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.grey)]))
            out.append(t)
        else:
            raise ValueError(k)
    return out


def render_rl(doc, path: Path):
    ps = landscape(A4) if doc.get("landscape") else A4
    font = doc.get("font", "helv")
    reg, _ = font_pair(font)
    footer = doc.get("footer")

    def on_page(c, d):
        if footer:
            c.saveState()
            c.setFont(reg, 7.5)
            c.setFillColor(colors.grey)
            c.drawString(20 * mm, 10 * mm, footer)
            c.drawRightString(ps[0] - 20 * mm, 10 * mm, "pagina %d" % d.page)
            c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                           bottomMargin=18 * mm, title=doc.get("title", ""), author=doc.get("author", ""),
                           creator=doc.get("creator", "Microsoft Word - concept.docx"), subject=doc.get("subject", ""))
    sd.build(rl_flowables(doc["blocks"], font, doc.get("size", 10)), onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- docx rendering
def render_docx(doc, path: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.get("landscape"):
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(18)
    fam = doc.get("docx_font", "Calibri")
    stl = d.styles["Normal"]
    stl.font.name = fam
    stl.font.size = Pt(doc.get("size", 10.5))
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = doc.get("title", "")
    d.core_properties.last_modified_by = doc.get("author", "")

    def add_runs(par, text, bold=False):
        parts = text.split("**")
        for i, ptxt in enumerate(parts):
            if ptxt:
                r = par.add_run(ptxt)
                r.bold = bold or bool(i % 2)
        return par

    for b in doc["blocks"]:
        k = b[0]
        if k in ("h1", "h2"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(15 if k == "h1" else 12)
        elif k == "logo":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
            r.font.color.rgb = RGBColor(0x1D, 0x4F, 0x7A)
            if len(b) > 2:
                p2 = d.add_paragraph()
                r2 = p2.add_run(b[2])
                r2.font.size = Pt(8)
        elif k in ("p", "small"):
            p = add_runs(d.add_paragraph(), b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8)
        elif k == "lines":
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                add_runs(p, ln)
                if i < len(b[1]) - 1:
                    p.add_run().add_break()
        elif k == "mono":
            p = d.add_paragraph()
            for i, ln in enumerate(b[1].split("\n")):
                r = p.add_run(ln)
                r.font.name = "Liberation Mono"
                r.font.size = Pt(8.5)
                if i < len(b[1].split("\n")) - 1:
                    r.add_break()
        elif k in ("kv", "table"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            widths = b[2] if len(b) > 2 else None
            if widths:
                t.autofit = False
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Mm(w)
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], str(c), bold=(k == "kv" and ci == 0) or (k == "table" and ri == 0))
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(9 if k == "table" else doc.get("size", 10.5))
                    if widths:
                        cell.width = Mm(widths[ci])
            d.add_paragraph()
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sig":
            d.add_picture(io.BytesIO(signature_png(b[1])), width=Mm(42))
        elif k == "hr":
            d.add_paragraph("_" * 60)
        else:
            raise ValueError(k)
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = doc["footer"]
        for r in fp.runs:
            r.font.size = Pt(7.5)
    d.save(str(path))


def docx_batch_to_pdf(pairs):
    """pairs: [(docx_path, final_pdf_path)]; one soffice run."""
    if not pairs:
        return
    with tempfile.TemporaryDirectory(prefix="co-lo-") as td:
        prof = Path(td) / "profile"
        outdir = Path(td) / "out"
        outdir.mkdir()
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir)] + [str(p) for p, _ in pairs]
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
        for p, dst in pairs:
            shutil.move(str(outdir / (p.stem + ".pdf")), str(dst))


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf: Path, dst_pdf: Path, seed: int, dpi=150, angle=0.5):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    c = canvas.Canvas(str(dst_pdf), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 PDF")
    c.setProducer("Canon iR-ADV C5535")
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 180):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((90, 140, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=62)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    pdf.close()


# ---------------------------------------------------------------- hidden channels
def add_hidden(path: Path, doc):
    import pikepdf
    h = doc.get("hidden") or {}
    if not h:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "info" in h:
            for k, v in h["info"].items():
                pdf.docinfo[pikepdf.Name("/" + k)] = v
        if "xmp_creator" in h:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = h["xmp_creator"]
                if "xmp_title" in h:
                    m["dc:title"] = h["xmp_title"]
        if "outline" in h:
            with pdf.open_outline() as ol:
                for title, pg in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if "annots" in h:
            for pg, rect, author, text in h["annots"]:
                page = pdf.pages[pg]
                an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                        Rect=pikepdf.Array(rect), Contents=pikepdf.String(text),
                                        T=pikepdf.String(author), Name=pikepdf.Name.Comment,
                                        C=pikepdf.Array([1, 0.85, 0.2]), F=4)
                ref = pdf.make_indirect(an)
                if "/Annots" not in page.obj:
                    page.obj.Annots = pikepdf.Array()
                page.obj.Annots.append(ref)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def page_count(path):
    return text_pdfium(path)[1]


def channel_has(chans, probe, claimed):
    cc = channel_counts(chans, dict(probe, ocr=(claimed == "ocr")))
    if claimed == "text":
        return cc.get("pdfium", 0) > 0
    if claimed == "form":
        return cc.get("annotations", 0) > 0
    return cc.get(claimed, 0) > 0


def write_gold(doc, path: Path, verify_ocr=True):
    text, n = text_pdfium(path)
    scan = doc["producer"] == "scan"
    red = []
    problems = []
    for it in doc["redact"]:
        it = json.loads(json.dumps(it))
        for p in it["probes"]:
            p.setdefault("channel", "ocr" if scan else "text")
            if p["channel"] == "ocr":
                p["ocr"] = True
        red.append(it)
    keep = []
    for it in doc["keep"]:
        it = json.loads(json.dumps(it))
        for p in it["probes"]:
            p["after"] = count_in(text, p)
            if p["after"] == 0:
                problems.append(f"{doc['stem']}: keep probe absent {p['text']!r}")
        keep.append(it)
    # a keep probe inside a redacted value would make the tool look over-eager: refuse it
    for k in keep:
        for p in k["probes"]:
            for r in red:
                if count_in(norm(r["value"]), p):
                    problems.append(f"{doc['stem']}: keep probe {p['text']!r} inside redact value {r['value']!r}")
    g = {"doc": path.name, "pages": n, "producer": doc["producer_label"], "redact": red, "keep": keep}
    (GOLD_DIR / (path.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    return problems
