"""Shared machinery for the mixed49 blind set: a tiny block model rendered by reportlab,
LibreOffice (via a .docx written with python-docx) or Chromium (via HTML), scans, hidden
channels added with pikepdf, and gold written with the evaluator's own counting functions.

Text is written with markup: every stretch that a correct disclosure must remove is put in
double brackets, U+27E6 ... U+27E7.  The PDF shows the text without the brackets; the "ideal"
rendition (used only for self-checks) shows "[...]" instead.  Gold `after` counts are taken
from the source with the marked stretches blanked.
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm  # noqa: E402

WORK = HERE / "_work"
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

MARK = re.compile(r"\u27e6(.*?)\u27e7", re.S)
FIXED_DATE = "D:20261204090000+01'00'"


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1), s)


def blank(s: str) -> str:
    return MARK.sub(" [...] ", s)


# ------------------------------------------------------------------------------------------
# checksums
# ------------------------------------------------------------------------------------------
def bsn_ok(b: str) -> bool:
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return s % 11 == 0


def make_bsn(first8: str) -> str:
    d = [int(c) for c in first8]
    s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
    if s == 10:
        raise ValueError(first8)
    return first8 + str(s)


def iban_ok(i: str) -> bool:
    i = i.replace(" ", "")
    r = i[4:] + i[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(bank: str, acct: str) -> str:
    r = bank + acct + "NL00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------------------------------
# document model
# ------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name, producer="rl", title="", pagesize="A4", font="sans", margins=None):
        self.name = name          # file stem
        self.producer = producer  # rl | lo | chrome | scan
        self.title = title
        self.blocks: list = []
        self.redact: list = []
        self.keep: list = []
        self.meta: dict = {}      # Info entries (values may carry markup)
        self.xmp_creator = None
        self.outline: list = []   # (title, page0)
        self.notes: list = []     # (page0, x, y, contents, author)
        self.fields: list = []    # (page0, name, value, rect)
        self.links: list = []     # (page0, rect, uri)
        self.scan = None          # dict(skew=deg, contrast=0..1, noise=int, dpi=int)
        self.pagesize = pagesize
        self.font = font
        self.margins = margins or (22, 20, 22, 20)  # mm l,t,r,b
        self.footer = None
        self.header = None

    # blocks ---------------------------------------------------------------------------
    def add(self, *b):
        self.blocks.append(b)
        return self

    # gold -----------------------------------------------------------------------------
    def R(self, kind, value, *probes):
        self.redact.append((kind, value, probes or (value,)))
        return self

    def K(self, kind, value, *probes):
        self.keep.append((kind, value, probes or (value,)))
        return self

    # all source strings ---------------------------------------------------------------
    def body_strings(self):
        out = []

        def walk(x):
            if isinstance(x, str):
                out.append(x)
            elif isinstance(x, (list, tuple)):
                for y in x:
                    walk(y)
            elif isinstance(x, dict):
                for y in x.values():
                    walk(y)
        for b in self.blocks:
            walk(b[1:])
        return out

    def running_strings(self):
        return [s for s in (self.header, self.footer) if s]

    def hidden_strings(self):
        out = list(self.meta.values())
        if self.xmp_creator:
            out.append(self.xmp_creator)
        out += [t for t, _ in self.outline]
        out += [c for _, _, _, c, _ in self.notes] + [a for *_, a in self.notes]
        out += [v for _, _, v, _ in self.fields]
        out += [u for _, _, u in self.links]
        return out


def _probe(p):
    if isinstance(p, tuple):
        return {"text": p[0], "word": p[1]}
    return {"text": p, "word": True}


# ------------------------------------------------------------------------------------------
# reportlab renderer
# ------------------------------------------------------------------------------------------
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for fam, base in (("DV", "DejaVuSans"), ("DVS", "DejaVuSerif"), ("DVC", "DejaVuSansCondensed")):
        pdfmetrics.registerFont(TTFont(fam, f"{FONT_DIR}/{base}.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", f"{FONT_DIR}/{base}-Bold.ttf"))
        it = "Oblique" if base != "DejaVuSerif" else "Italic"
        pdfmetrics.registerFont(TTFont(fam + "-I", f"{FONT_DIR}/{base}-{it}.ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-B")
    pdfmetrics.registerFont(TTFont("DVM", f"{FONT_DIR}/DejaVuSansMono.ttf"))
    addMapping("DVM", 0, 0, "DVM")
    addMapping("DVM", 1, 0, "DVM")
    addMapping("DVM", 0, 1, "DVM")
    addMapping("DVM", 1, 1, "DVM")
    _FONTS_DONE = True


LINK = re.compile(r"\{mailto:(.*?)\}")


def _x(s, mode):
    """markup -> reportlab paragraph markup (escape, keep <b>/<i>/<br/> written as {b} etc.)"""
    s = strip(s) if mode == "orig" else blank(s)
    s = LINK.sub(lambda m: m.group(1), s)
    s = html.escape(s, quote=False)
    s = s.replace("{b}", "<b>").replace("{/b}", "</b>").replace("{i}", "<i>").replace("{/i}", "</i>")
    s = s.replace("\n", "<br/>")
    return s


def _plain(s, mode):
    s = strip(s) if mode == "orig" else blank(s)
    s = LINK.sub(lambda m: m.group(1), s)
    return s.replace("{b}", "").replace("{/b}", "").replace("{i}", "").replace("{/i}", "")


def signature_png(seed: str, w=300, h=90) -> bytes:
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    x, y = 10, h // 2
    pts = []
    for i in range(28):
        x += rnd.randint(4, 12)
        y = max(8, min(h - 8, y + rnd.randint(-22, 22)))
        pts.append((x, y))
    d.line(pts, fill=20, width=3, joint="curve")
    d.line([(15, h - 18), (w - 40, h - 24)], fill=40, width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def render_rl(doc: Doc, path: Path, mode="orig"):
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Image, KeepTogether, Preformatted)
    from reportlab import rl_config
    rl_config.invariant = 1

    fam = {"sans": "DV", "serif": "DVS", "cond": "DVC"}[doc.font]
    base = ParagraphStyle("b", fontName=fam, fontSize=9.5, leading=12.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=7.8, leading=9.6, spaceAfter=0)
    cell = ParagraphStyle("c", parent=base, fontSize=8.6, leading=10.4, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=base, fontName=fam + "-B", fontSize=14, leading=17, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName=fam + "-B", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4)
    org = ParagraphStyle("org", parent=base, fontName=fam + "-B", fontSize=15, leading=18, textColor=colors.HexColor("#1b4f72"))
    mono = ParagraphStyle("m", parent=base, fontName="DVM", fontSize=8, leading=10)
    ps = A4 if doc.pagesize == "A4" else landscape(A4)
    l, t, r, b = doc.margins
    story = []
    W = ps[0] - (l + r) * mm

    def P(s, st=base):
        return Paragraph(_x(s, mode), st)

    for blk in doc.blocks:
        k = blk[0]
        if k == "h1":
            story.append(P(blk[1], h1))
        elif k == "h2":
            story.append(P(blk[1], h2))
        elif k == "p":
            story.append(P(blk[1]))
        elif k == "small":
            story.append(P(blk[1], small))
        elif k == "mono":
            story.append(Preformatted(_plain(blk[1], mode), mono))
        elif k == "sp":
            story.append(Spacer(1, blk[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "org":   # big organisation name line
            story.append(P(blk[1], org))
        elif k == "lh":    # letterhead: left lines, right side column lines, widths fraction
            left, right = blk[1], blk[2]
            frac = blk[3] if len(blk) > 3 else 0.62
            lt = [P(x, base) for x in left]
            rt = [P(x, small) for x in right]
            tb = Table([[lt, rt]], colWidths=[W * frac, W * (1 - frac)])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBEFORE", (1, 0), (1, 0), 0.6, colors.HexColor("#1b4f72")),
                                    ("LEFTPADDING", (1, 0), (1, 0), 8)]))
            story.append(tb)
            story.append(Spacer(1, 4 * mm))
        elif k == "kv":
            rows = [[P("{b}" + a + "{/b}" if a else "", cell), P(v, cell)] for a, v in blk[1]]
            lw = blk[2] if len(blk) > 2 else 0.3
            tb = Table(rows, colWidths=[W * lw, W * (1 - lw)])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(tb)
            story.append(Spacer(1, 3 * mm))
        elif k == "tbl":
            rows, widths = blk[1], blk[2]
            opts = blk[3] if len(blk) > 3 else {}
            st = cell if not opts.get("small") else small
            data = [[P(("{b}" + c + "{/b}") if i == 0 and opts.get("header", True) else c, st) for c in row]
                    for i, row in enumerate(rows)]
            tb = Table(data, colWidths=[W * w for w in widths], repeatRows=1 if opts.get("header", True) else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 3 * mm))
        elif k == "sig":   # signature image + lines
            img = Image(io.BytesIO(signature_png(doc.name + str(blk[1]))), width=38 * mm, height=11.4 * mm)
            lines = [img] + [P(x, base) for x in blk[1]]
            story.append(KeepTogether(lines))
        elif k == "sig2":  # two signatures side by side: (lines_left, lines_right)
            cells = []
            for i, lines in enumerate(blk[1:3]):
                img = Image(io.BytesIO(signature_png(doc.name + str(i) + str(lines))), width=34 * mm, height=10.2 * mm)
                cells.append([P(lines[0])] + [img] + [P(x) for x in lines[1:]])
            tb = Table([cells], colWidths=[W / 2, W / 2])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([tb]))
        else:
            raise ValueError(k)

    def deco(c, d):
        c.saveState()
        c.setFont(fam, 7)
        if doc.footer:
            c.drawString(l * mm, 10 * mm, _plain(doc.footer, mode))
        c.drawRightString(ps[0] - r * mm, 10 * mm, f"pagina {d.page}")
        if doc.header:
            c.drawString(l * mm, ps[1] - 10 * mm, _plain(doc.header, mode))
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=l * mm, rightMargin=r * mm, topMargin=t * mm,
                           bottomMargin=b * mm, title="", author="", creator="", producer="")
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------------------------------
# HTML (Chromium) renderer
# ------------------------------------------------------------------------------------------
def _h(s, mode):
    s = strip(s) if mode == "orig" else blank(s)
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: f'<a href="mailto:{m.group(1).strip()}">{m.group(1)}</a>', s)
    s = s.replace("{b}", "<b>").replace("{/b}", "</b>").replace("{i}", "<i>").replace("{/i}", "</i>")
    return s.replace("\n", "<br>")


CSS = """
@page { size: A4; margin: 18mm 18mm 18mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; }
h1 { font-size: 15pt; margin: 0 0 8pt 0; } h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }
table.kv td { padding: 1pt 8pt 1pt 0; vertical-align: top; } table.kv td.l { font-weight: bold; width: 28%; }
table.g { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
table.g td, table.g th { border: 0.6pt solid #999; padding: 2pt 4pt; vertical-align: top; font-size: 8.5pt; }
table.g th { background: #e4ebf1; text-align: left; }
.lh { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #1f5f8b; margin-bottom: 10pt; }
.lh .side { font-size: 7.8pt; width: 34%; border-left: 1pt solid #1f5f8b; padding-left: 8pt; }
.org { font-size: 16pt; font-weight: bold; color: #1f5f8b; }
.small { font-size: 7.8pt; } pre { font-family: 'DejaVu Sans Mono'; font-size: 8pt; white-space: pre-wrap; }
.mail { border-top: 1pt solid #bbb; margin-top: 10pt; padding-top: 5pt; }
.quote { border-left: 2pt solid #9ab; padding-left: 8pt; color: #333; }
.chat .who { font-weight: bold; } .chat .ts { color: #666; font-size: 7.5pt; } .chat div.m { margin: 0 0 6pt 0; }
"""


def render_html(doc: Doc, mode="orig") -> str:
    out = [f"<!doctype html><html lang=nl><head><meta charset=utf-8><title>{html.escape(strip(doc.title) if mode == 'orig' else blank(doc.title))}</title><style>{CSS}</style></head><body>"]
    for blk in doc.blocks:
        k = blk[0]
        if k in ("h1", "h2"):
            out.append(f"<{k}>{_h(blk[1], mode)}</{k}>")
        elif k == "p":
            out.append(f"<p>{_h(blk[1], mode)}</p>")
        elif k == "small":
            out.append(f"<p class=small>{_h(blk[1], mode)}</p>")
        elif k == "mono":
            out.append(f"<pre>{_h(blk[1], mode)}</pre>")
        elif k == "quote":
            out.append(f"<div class=quote>{_h(blk[1], mode)}</div>")
        elif k == "org":
            out.append(f"<div class=org>{_h(blk[1], mode)}</div>")
        elif k == "sp":
            out.append(f"<div style='height:{blk[1]}mm'></div>")
        elif k == "pb":
            out.append("<div style='page-break-after:always'></div>")
        elif k == "hr":
            out.append("<div class=mail></div>")
        elif k == "lh":
            out.append("<div class=lh><div>" + "<br>".join(_h(x, mode) for x in blk[1]) +
                       "</div><div class=side>" + "<br>".join(_h(x, mode) for x in blk[2]) + "</div></div>")
        elif k == "kv":
            out.append("<table class=kv>" + "".join(f"<tr><td class=l>{_h(a, mode)}</td><td>{_h(v, mode)}</td></tr>" for a, v in blk[1]) + "</table>")
        elif k == "tbl":
            rows = blk[1]
            s = "<table class=g>"
            for i, row in enumerate(rows):
                tag = "th" if i == 0 else "td"
                s += "<tr>" + "".join(f"<{tag}>{_h(c, mode)}</{tag}>" for c in row) + "</tr>"
            out.append(s + "</table>")
        elif k == "sig":
            import base64
            b64 = base64.b64encode(signature_png(doc.name + str(blk[1]))).decode()
            out.append(f"<div><img src='data:image/png;base64,{b64}' style='width:36mm'><br>" +
                       "<br>".join(_h(x, mode) for x in blk[1]) + "</div>")
        elif k == "chat":  # list of (who, time, text)
            s = "<div class=chat>"
            for who, ts, txt in blk[1]:
                s += f"<div class=m><span class=who>{_h(who, mode)}</span> <span class=ts>{_h(ts, mode)}</span><br>{_h(txt, mode)}</div>"
            out.append(s + "</div>")
        else:
            raise ValueError(k)
    out.append("</body></html>")
    return "\n".join(out)


def render_chrome(doc: Doc, path: Path, mode="orig"):
    tmp = WORK / "html"
    tmp.mkdir(parents=True, exist_ok=True)
    hp = tmp / f"{doc.name}-{mode}.html"
    hp.write_text(render_html(doc, mode), encoding="utf-8")
    prof = WORK / "chrome-profile"
    cmd = ["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           f"--user-data-dir={prof}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
           f"--print-to-pdf={path}", hp.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=180, env={**os.environ, "HOME": str(WORK)})
    if not path.exists():
        raise RuntimeError("chromium failed for " + doc.name)


# ------------------------------------------------------------------------------------------
# LibreOffice renderer (.docx written with python-docx, converted by soffice)
# ------------------------------------------------------------------------------------------
def render_lo(doc: Doc, path: Path, mode="orig"):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(18)
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Serif" if doc.font == "serif" else "DejaVu Sans"
    stl.font.size = Pt(9.5)
    core = d.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.title = ""
    core.comments = ""

    def para(s, bold=False, size=None, color=None, container=None):
        c = container if container is not None else d
        p = c.add_paragraph()
        txt = _plain(s, mode)
        parts = txt.split("\n")
        for i, ln in enumerate(parts):
            r = p.add_run(ln)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if i < len(parts) - 1:
                r.add_break()
        p.paragraph_format.space_after = Pt(4)
        return p

    for blk in doc.blocks:
        k = blk[0]
        if k == "h1":
            para(blk[1], True, 14)
        elif k == "h2":
            para(blk[1], True, 11)
        elif k in ("p", "quote"):
            para(blk[1])
        elif k == "small":
            para(blk[1], size=7.5)
        elif k == "mono":
            para(blk[1], size=8)
        elif k == "org":
            para(blk[1], True, 15, "1B4F72")
        elif k == "sp":
            para("")
        elif k == "pb":
            d.add_page_break()
        elif k == "lh":
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            for ci, lines in enumerate(blk[1:3]):
                c = t.cell(0, ci)
                c.width = Mm(105 if ci == 0 else 60)
                c.paragraphs[0].text = ""
                for j, ln in enumerate(lines):
                    p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                    r = p.add_run(_plain(ln, mode))
                    r.font.size = Pt(9.5 if ci == 0 else 7.5)
            para("")
        elif k in ("kv", "tbl"):
            rows = [list(x) for x in blk[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "tbl":
                t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, v in enumerate(row):
                    c = t.cell(ri, ci)
                    txt = _plain(v, mode).split("\n")
                    c.paragraphs[0].text = ""
                    for j, ln in enumerate(txt):
                        p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                        r = p.add_run(ln)
                        r.font.size = Pt(8.5)
                        r.bold = (k == "kv" and ci == 0) or (k == "tbl" and ri == 0)
            if k == "tbl":
                widths = blk[2]
                t.autofit = False
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Mm(166 * w)
                for ri in range(len(rows)):
                    for ci, w in enumerate(widths):
                        t.cell(ri, ci).width = Mm(166 * w)
            para("")
        elif k == "sig":
            img = WORK / f"{doc.name}-sig.png"
            img.write_bytes(signature_png(doc.name + str(blk[1])))
            d.add_picture(str(img), width=Mm(36))
            for ln in blk[1]:
                para(ln)
        else:
            raise ValueError(k)
    tmp = WORK / "lo"
    tmp.mkdir(parents=True, exist_ok=True)
    src = tmp / f"{doc.name}-{mode}.docx"
    d.save(str(src))
    outdir = tmp / ("out-" + mode)
    outdir.mkdir(exist_ok=True)
    prof = (WORK / "lo-profile").as_uri()
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   capture_output=True, timeout=240)
    res = outdir / f"{doc.name}-{mode}.pdf"
    if not res.exists():
        raise RuntimeError("soffice failed for " + doc.name)
    shutil.move(str(res), str(path))


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def render_scan(doc: Doc, path: Path, mode="orig"):
    from PIL import Image, ImageFilter, ImageEnhance
    tmp = WORK / "scan"
    tmp.mkdir(parents=True, exist_ok=True)
    vec = tmp / f"{doc.name}-{mode}-vec.pdf"
    render_rl(doc, vec, mode)
    o = doc.scan or {}
    dpi = o.get("dpi", 150)
    pref = tmp / f"{doc.name}-{mode}"
    for f in tmp.glob(f"{doc.name}-{mode}-*.png"):
        f.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(vec), str(pref)], check=True)
    pages = sorted(tmp.glob(f"{doc.name}-{mode}-*.png"))
    ims = []
    rnd = random.Random(doc.name)
    for p in pages:
        im = Image.open(p).convert("L")
        if o.get("contrast"):
            im = ImageEnhance.Contrast(im).enhance(o["contrast"])
            im = ImageEnhance.Brightness(im).enhance(1.08)
        if o.get("skew"):
            im = im.rotate(o["skew"], resample=Image.BICUBIC, expand=False, fillcolor=235)
        if o.get("noise"):
            px = im.load()
            w, h = im.size
            for _ in range(o["noise"]):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((40, 90, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        ims.append(im)
    ims[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


# ------------------------------------------------------------------------------------------
# hidden channels + normalisation
# ------------------------------------------------------------------------------------------
def _annots(page):
    from pikepdf import Array
    if "/Annots" not in page.obj:
        page.obj["/Annots"] = Array()
    return page.obj["/Annots"]


def _label_rect(path, pg, label):
    """Rectangle right of the first line on page pg that starts with label (PDF coordinates)."""
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[pg]
        for ln in page.extract_text_lines():
            if ln["text"].startswith(label):
                top, bottom = ln["top"], ln["bottom"]
                h = page.height
                return (200, h - bottom - 2, 540, h - top + 1)
    raise ValueError(label)


def finish(doc: Doc, path: Path, mode="orig"):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String

    f = _plain if True else None
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/CreationDate", "/ModDate", "/Author", "/Title", "/Subject", "/Keywords", "/Creator"):
                del info[k]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        for k in ("/DocChecksum", "/ID"):
            if k in pdf.trailer:
                del pdf.trailer[k]
        info["/CreationDate"] = FIXED_DATE
        info["/ModDate"] = FIXED_DATE
        for k, v in doc.meta.items():
            info[Name("/" + k)] = String(f(v, mode))
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [f(doc.xmp_creator, mode)]
                m["dc:title"] = f(doc.meta.get("Title", doc.title), mode)
                m["xmp:CreateDate"] = "2026-12-04T09:00:00+01:00"
        if doc.outline:
            with pdf.open_outline() as ol:
                for t, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(f(t, mode), pg))
        for pg, x, y, contents, author in doc.notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=[x, y, x + 20, y + 20],
                                             Contents=String(f(contents, mode)), T=String(f(author, mode)),
                                             Name=Name.Comment, F=4, C=[1, 0.9, 0.2],
                                             M=String(FIXED_DATE)))
            _annots(page).append(a)
        for pg, rect, uri in doc.links:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=list(rect), Border=[0, 0, 0],
                                             A=Dictionary(S=Name.URI, URI=String(f(uri, mode)))))
            _annots(page).append(a)
        if doc.fields:
            flds = Array()
            for pg, nm, val, rect in doc.fields:
                if isinstance(rect, str):
                    rect = _label_rect(path, pg, rect)
                page = pdf.pages[pg]
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(nm),
                                                 V=String(f(val, mode)), Rect=list(rect), F=4,
                                                 DA=String("/Helv 9 Tf 0 g"), P=page.obj))
                _annots(page).append(w)
                flds.append(w)
            pdf.Root.AcroForm = Dictionary(Fields=flds, DA=String("/Helv 9 Tf 0 g"), NeedAppearances=True,
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding))))
        pdf.save(str(path), deterministic_id=True, compress_streams=True)


def build_pdf(doc: Doc, path: Path, mode="orig"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    {"rl": render_rl, "lo": render_lo, "chrome": render_chrome, "scan": render_scan}[doc.producer](doc, path, mode)
    finish(doc, path, mode)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def make_gold(doc: Doc, pages: int) -> dict:
    run = doc.running_strings() * (pages if doc.producer in ("rl", "scan") else 1)
    body = [strip(x) for x in doc.body_strings() + run]
    body_b = [blank(x) for x in doc.body_strings() + run]
    hid_b = [blank(x) for x in doc.hidden_strings()]
    src_b = norm("\n".join(body_b + hid_b))
    src_body = norm("\n".join(body))
    g = {"doc": doc.name + ".pdf", "pages": pages, "redact": [], "keep": []}
    for kind, value, probes in doc.redact:
        ps = []
        for p in probes:
            pr = _probe(p)
            pr["after"] = count_in(src_b, pr)
            ps.append(pr)
        g["redact"].append({"kind": kind, "value": value, "probes": ps})
    for kind, value, probes in doc.keep:
        ps = []
        for p in probes:
            pr = _probe(p)
            pr["after"] = count_in(src_body, pr)
            ps.append(pr)
        g["keep"].append({"kind": kind, "value": value, "probes": ps})
    return g
