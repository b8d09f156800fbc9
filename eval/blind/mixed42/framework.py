"""Framework for blind set mixed42 (set AZ): producers, hidden channels, gold derivation."""
from __future__ import annotations

import html as _html
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, count_in, probe_regex, extract_channels, channel_counts  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = HERE / "work"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


# ------------------------------------------------------------------ checksummed numbers
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(seed: int) -> str:
    r = random.Random(seed)
    while True:
        s = "".join(str(r.randint(0, 9)) for _ in range(9))
        if s[0] != "0" and bsn_ok(s):
            return s


def iban(country: str, bban: str) -> str:
    def num(x):
        return "".join(str(int(c, 36)) for c in x)
    chk = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def grp(s: str, n: int = 4) -> str:
    s = s.replace(" ", "")
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ------------------------------------------------------------------ blocks
# block kinds: ("h1", t) ("h2", t) ("p", t) ("small", t) ("pre", t) ("table", rows, widths|None)
#              ("pb",) ("sig", caption)  ("sidebar", [lines]) (only first block; letter layout)
#              ("cols2",) switch to two columns from here (reportlab/html)

def esc(t: str) -> str:
    return _html.escape(t, quote=False)


def _b(t: str) -> str:
    """**bold** markup -> <b> after escaping."""
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(t))


# ------------------------------------------------------------------ reportlab
_rl_ready = False


def _rl_fonts():
    global _rl_ready
    if _rl_ready:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVS", FONTS))
    pdfmetrics.registerFont(TTFont("DVM", FONTM))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    _rl_ready = True


def sig_image(name: str, w=360, h=90) -> Path:
    """A 'handwritten' scribble (no readable letters) used as a signature image."""
    from PIL import Image, ImageDraw
    r = random.Random(name)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = [(10 + i * (w - 20) / 40, h / 2 + r.uniform(-h / 3, h / 3)) for i in range(41)]
    d.line(pts, fill=(20, 30, 110), width=3)
    p = WORK / f"sig_{abs(hash(name)) % 10**8}.png"
    im.save(p)
    return p


def build_reportlab(path: Path, blocks, meta=None, outline=None, landscape_=False, font=9.5,
                    sidebar_title=None):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, NextPageTemplate, Preformatted, Image)
    from reportlab.lib import colors
    size = landscape(A4) if landscape_ else A4
    W, H = size
    sidebar = None
    if blocks and blocks[0][0] == "sidebar":
        sidebar = blocks[0][1]
        blocks = list(blocks[0][2]) + list(blocks[1:])
    st = ParagraphStyle("b", fontName="DV", fontSize=font, leading=font * 1.35, spaceAfter=4)
    sm = ParagraphStyle("s", parent=st, fontSize=font - 1.5, leading=(font - 1.5) * 1.3)
    h1 = ParagraphStyle("h1", parent=st, fontName="DVB", fontSize=font + 4, leading=(font + 4) * 1.3, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=st, fontName="DVB", fontSize=font + 1, leading=(font + 1) * 1.3, spaceBefore=4)
    pre = ParagraphStyle("pre", parent=st, fontName="DVM", fontSize=font - 1.5, leading=(font - 1.5) * 1.3)
    tc = ParagraphStyle("tc", parent=st, fontSize=font - 1, leading=(font - 1) * 1.25, spaceAfter=0)

    def onfirst(c, d):
        c.saveState()
        c.setFont("DVB", 8)
        c.drawString(W - 62 * mm, H - 18 * mm, "Rijksoverheid")
        if sidebar:
            y = H - 58 * mm
            for ln in sidebar:
                if ln.startswith("**"):
                    c.setFont("DVB", 7.5)
                    ln = ln.strip("*")
                else:
                    c.setFont("DV", 7.5)
                c.drawString(W - 55 * mm, y, ln)
                y -= 10
        c.restoreState()
        onlater(c, d)

    def onlater(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawRightString(W - 20 * mm, 12 * mm, f"Pagina {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=size, leftMargin=22 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm)
    fw = W - 42 * mm
    fh = H - 40 * mm
    main_w = fw - 52 * mm if sidebar else fw
    top = 50 * mm if sidebar else 0
    tpls = [PageTemplate("first", [Frame(22 * mm, 20 * mm, main_w, fh - top, id="f1")], onPage=onfirst),
            PageTemplate("later", [Frame(22 * mm, 20 * mm, fw, fh, id="f2")], onPage=onlater),
            PageTemplate("cols", [Frame(22 * mm, 20 * mm, fw / 2 - 4 * mm, fh, id="c1"),
                                  Frame(22 * mm + fw / 2 + 4 * mm, 20 * mm, fw / 2 - 4 * mm, fh, id="c2")],
                         onPage=onlater)]
    allcols = any(b[0] == "cols2" for b in blocks[:3])
    if allcols:
        blocks = [b for b in blocks if b[0] != "cols2"]
        tpls = [tpls[2], tpls[1]]
    doc.addPageTemplates(tpls)
    story = [NextPageTemplate("cols" if allcols else "later")]
    for b in blocks:
        k = b[0]
        if k == "h1":
            story.append(Paragraph(_b(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(_b(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(_b(b[1]).replace("\n", "<br/>"), st))
        elif k == "small":
            story.append(Paragraph(_b(b[1]).replace("\n", "<br/>"), sm))
        elif k == "pre":
            story.append(Preformatted(b[1], pre))
        elif k == "quote":
            story.append(Paragraph(_b(b[1]).replace("\n", "<br/>"), ParagraphStyle("q", parent=st, leftIndent=14, textColor=colors.HexColor("#333333"))))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "cols2":
            story.append(NextPageTemplate("cols"))
            story.append(PageBreak())
        elif k == "sig":
            story.append(Image(str(sig_image(b[1])), width=45 * mm, height=11 * mm, hAlign="LEFT"))
            story.append(Paragraph(_b(b[1]).replace("\n", "<br/>"), st))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = [[Paragraph(_b(str(c)).replace("\n", "<br/>"), tc) for c in r] for r in rows]
            if widths:
                widths = [w * mm for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "space":
            story.append(Spacer(1, b[1]))
        else:
            raise ValueError(k)
    doc.title = (meta or {}).get("Title", "")
    doc.author = (meta or {}).get("Author", "")
    doc.subject = (meta or {}).get("Subject", "")
    doc.creator = "Microsoft Word" if (meta or {}).get("fake_word") else "ReportLab"
    doc.build(story)


# ------------------------------------------------------------------ docx via LibreOffice
def build_docx(path: Path, blocks, meta=None):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Sans"
    stl.font.size = Pt(9.5)

    def para(text, bold=False, size=None, mono=False):
        p = d.add_paragraph()
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            b = part.startswith("**")
            run = p.add_run(part.strip("*") if b else part)
            run.bold = bold or b
            if size:
                run.font.size = Pt(size)
            if mono:
                run.font.name = "DejaVu Sans Mono"
                run.font.size = Pt(8)
        p.paragraph_format.space_after = Pt(3)
        return p

    def add_lines(cell, text):
        cell.text = ""
        lines = text.split("\n")
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            b = ln.startswith("**")
            r = p.add_run(ln.strip("*"))
            r.bold = b
            r.font.size = Pt(8.5)

    for b in blocks:
        k = b[0]
        if k == "sidebar":
            # two-column table: body placeholder left (filled by following 'p' blocks until 'endside')
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            t.columns[0].width = Mm(118)
            t.columns[1].width = Mm(48)
            side = t.rows[0].cells[1]
            add_lines(side, "\n".join(b[1]))
            body = t.rows[0].cells[0]
            body.text = ""
            body_first = True
            for bb in b[2]:
                p = body.paragraphs[0] if body_first else body.add_paragraph()
                body_first = False
                parts = re.split(r"(\*\*.+?\*\*)", bb[1])
                for part in parts:
                    if part:
                        r = p.add_run(part.strip("*") if part.startswith("**") else part)
                        r.bold = part.startswith("**") or bb[0] in ("h1", "h2")
                        if bb[0] == "h1":
                            r.font.size = Pt(13)
        elif k == "h1":
            para(b[1], bold=True, size=14)
        elif k == "h2":
            para(b[1], bold=True, size=11)
        elif k in ("p", "small"):
            para(b[1], size=8 if k == "small" else None)
        elif k == "pre":
            for ln in b[1].split("\n"):
                p = para(ln or " ", mono=True)
                p.paragraph_format.space_after = Pt(0)
        elif k == "pb":
            d.add_page_break()
        elif k == "sig":
            d.add_picture(str(sig_image(b[1])), width=Mm(45))
            para(b[1])
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            widths = b[2] if len(b) > 2 and b[2] else None
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.rows[i].cells[j]
                    add_lines(cell, ("**" + str(c) + "**") if i == 0 and str(c) and "\n" not in str(c) else str(c))
                    if widths:
                        cell.width = Mm(widths[j])
            d.add_paragraph()
        elif k == "space":
            d.add_paragraph()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = (meta or {}).get("Author", "")
    cp.title = (meta or {}).get("Title", "")
    cp.last_modified_by = (meta or {}).get("LastModifiedBy", "")
    src = WORK / (path.stem + ".docx")
    d.save(src)
    _soffice(src, path)


def _soffice(src: Path, path: Path):
    subprocess.run(["nice", "-n", "10", "soffice", "-env:UserInstallation=file:///tmp/az_lo_profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)],
                   check=True, capture_output=True, timeout=240)
    (WORK / (src.stem + ".pdf")).replace(path)


# ------------------------------------------------------------------ HTML via chromium
CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.35;margin:0}
h1{font-size:15pt;margin:0 0 8px} h2{font-size:11.5pt;margin:10px 0 4px}
table{border-collapse:collapse;width:100%;margin:6px 0} td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;font-size:9pt}
th{background:#e4ebf2;text-align:left} pre{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt;white-space:pre-wrap;margin:4px 0}
.small{font-size:8pt;color:#333} .cols2{column-count:2;column-gap:18px}
.pb{break-after:page} .side{display:flex;gap:18px} .side .main{flex:1} .side .rail{width:160px;font-size:7.5pt}
.slide{height:178mm;box-sizing:border-box;padding:14mm 16mm;break-after:page;border-top:10px solid #154273}
.slide h1{font-size:22pt;color:#154273} .slide li{font-size:14pt;margin:6px 0}
.quote{border-left:3px solid #aaa;padding-left:8px;color:#333}
"""


def blocks_html(blocks) -> str:
    out = []
    incols = False
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append(f"<h1>{_b(b[1])}</h1>")
        elif k == "h2":
            out.append(f"<h2>{_b(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{_b(b[1]).replace(chr(10), '<br>')}</p>")
        elif k == "small":
            out.append(f"<p class=small>{_b(b[1]).replace(chr(10), '<br>')}</p>")
        elif k == "pre":
            out.append(f"<pre>{esc(b[1])}</pre>")
        elif k == "quote":
            out.append(f"<div class=quote>{_b(b[1]).replace(chr(10), '<br>')}</div>")
        elif k == "pb":
            out.append("<div class=pb></div>")
        elif k == "cols2":
            out.append("<div class=cols2>")
            incols = True
        elif k == "sig":
            p = sig_image(b[1])
            out.append(f"<img src='file://{p}' style='width:45mm'><p>{_b(b[1]).replace(chr(10), '<br>')}</p>")
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            h = "<table>"
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                h += "<tr>" + "".join(
                    f"<{tag}" + (f" style='width:{widths[j]}mm'" if widths else "") + f">{_b(str(c)).replace(chr(10), '<br>')}</{tag}>"
                    for j, c in enumerate(r)) + "</tr>"
            out.append(h + "</table>")
        elif k == "sidebar":
            rail = "<br>".join(_b(x) for x in b[1])
            inner = blocks_html(b[2])
            out.append(f"<div class=side><div class=main>{inner}</div><div class=rail>{rail}</div></div>")
        elif k == "slide":
            items = "".join(f"<li>{_b(x)}</li>" for x in b[2])
            foot = f"<p class=small>{_b(b[3])}</p>" if len(b) > 3 else ""
            out.append(f"<div class=slide><h1>{_b(b[1])}</h1><ul>{items}</ul>{foot}</div>")
        elif k == "space":
            out.append("<br>")
        else:
            raise ValueError(k)
    if incols:
        out.append("</div>")
    return "\n".join(out)


def build_html(path: Path, blocks, title="", landscape_=False):
    page = "A4 landscape" if landscape_ else "A4"
    margin = "0" if landscape_ else "18mm 20mm"
    doc = (f"<!doctype html><html lang=nl><head><meta charset=utf-8><title>{esc(title)}</title>"
           f"<style>@page{{size:{page};margin:{margin}}}{CSS}</style></head><body>{blocks_html(blocks)}</body></html>")
    src = WORK / (path.stem + ".html")
    src.write_text(doc, encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={path}", f"file://{src}"],
                   check=True, capture_output=True, timeout=240)


# ------------------------------------------------------------------ scans
def render_scan(lines, seed: int, angle: float = 0.0, dpi: int = 200):
    """A4 page image of typewritten lines with noise; returns PIL image."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTS, int(dpi * 0.135))
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", int(dpi * 0.16))
    y = int(dpi * 0.9)
    for ln in lines:
        font = f
        if ln.startswith("**"):
            font, ln = fb, ln.strip("*")
        d.text((int(dpi * 0.9), y), ln, fill=25, font=font)
        y += int(dpi * 0.23)
    r = random.Random(seed)
    px = im.load()
    for _ in range(W * H // 400):
        x, yy = r.randrange(W), r.randrange(H)
        px[x, yy] = r.choice((120, 160, 200))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=245, expand=False)
    return im


def build_scan_pdf(path: Path, pages, meta=None):
    """pages: list of PIL images or ('blocks', blocks) for a text page (reportlab)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 PDF")
    c.setProducer("Canon iR-ADV C5535")
    if meta:
        c.setAuthor(meta.get("Author", ""))
        c.setTitle(meta.get("Title", ""))
    for i, im in enumerate(pages):
        p = WORK / f"{path.stem}_scan{i}.jpg"
        im.convert("L").save(p, quality=80)
        c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------ hidden channels (pikepdf)
def add_hidden(path: Path, sticky=None, link=None, field=None, attach=None, outline=None, info=None):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        pg = pdf.pages[0]
        annots = pg.obj.get("/Annots")
        if annots is None:
            pg.obj.Annots = pdf.make_indirect(Array())
            annots = pg.obj.Annots
        if sticky:
            for (author, text, pos) in sticky:
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([pos[0], pos[1], pos[0] + 20, pos[1] + 20]),
                                                 Contents=String(text), T=String(author), Name=Name.Comment,
                                                 C=Array([1, 0.9, 0.2]), F=4))
                annots.append(a)
        if link:
            for (uri, rect) in link:
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                                                 A=Dictionary(S=Name.URI, URI=String(uri))))
                annots.append(a)
        if field:
            fields = Array()
            for (fname, value, rect) in field:
                ap = pdf.make_stream(b"")
                f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(fname),
                                                 V=String(value), Rect=Array(rect), F=4, DA=String("/Helv 9 Tf 0 g"),
                                                 P=pg.obj))
                annots.append(f)
                fields.append(f)
            pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=True,
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))))
        if attach:
            for (fname, data, desc) in attach:
                fs = pikepdf.AttachedFileSpec(pdf, data, filename=fname, description=desc)
                pdf.attachments[fname] = fs
        if outline:
            with pdf.open_outline() as ol:
                for (title, pno) in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pno))
        if info:
            for k, v in info.items():
                pdf.docinfo[Name("/" + k)] = String(v)
        pdf.save(str(path))


# ------------------------------------------------------------------ gold
def _spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def _mk_probe(t):
    if isinstance(t, dict):
        return dict(t)
    if t.startswith("~"):
        return {"text": t[1:], "word": False}
    return {"text": t, "word": True}


LOG = []


def make_gold(pdf_path: Path, redact, keep):
    """redact/keep: list of (kind, value, [probe strings]). Returns gold dict; logs dropped probes."""
    ch = extract_channels(pdf_path, ocr="auto")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    gold = {"doc": pdf_path.name, "pages": ch["pages"], "redact": [], "keep": []}
    rspans = []
    for kind, value, probes in redact:
        ps = []
        for t in probes:
            p = _mk_probe(t)
            p["after"] = 0
            cc = channel_counts(chans, p)
            if not cc:
                LOG.append(f"{pdf_path.name}: redact probe NOT FOUND {p['text']!r} ({value})")
                continue
            ps.append(p)
            rspans += _spans(text, p)
        if ps:
            gold["redact"].append({"kind": kind, "value": value, "probes": ps})
        else:
            LOG.append(f"{pdf_path.name}: redact item dropped {value!r}")
    for kind, value, probes in keep:
        ps = []
        for t in probes:
            p = _mk_probe(t)
            sp = _spans(text, p)
            if not sp:
                LOG.append(f"{pdf_path.name}: keep probe NOT FOUND {p['text']!r}")
                continue
            clash = [s for s in sp if any(s[0] < r[1] and r[0] < s[1] for r in rspans)]
            if clash:
                LOG.append(f"{pdf_path.name}: keep probe overlaps a redact probe, dropped {p['text']!r}")
                continue
            p["after"] = len(sp)
            ps.append(p)
        if ps:
            gold["keep"].append({"kind": kind, "value": value, "probes": ps})
    # a redact probe inside a keep value is a design error
    for kind, value, probes in keep:
        for item in gold["redact"]:
            for p in item["probes"]:
                if count_in(norm(value), p):
                    LOG.append(f"{pdf_path.name}: redact probe {p['text']!r} occurs in keep value {value!r}")
    (GOLD / (pdf_path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold, ch
