"""Rendering and gold machinery for blind set mixed36 (written blind, see README.md).

Document text is written with inline marks:
  «p:key.form»      a person's data (form: full, last, first, ini, inind, rev, caps, ttl, email, mob,
                    tel, par, nick, addr, pc, bsn, iban, pnr, acct) -> redacted, probes derived
  «r:KIND:text»     other personal data -> redacted, the text is the probe
  «k:KIND:text»     kept text -> keep probe, 'after' counted on the original
Everything else is plain text (no probe).
"""
from __future__ import annotations

import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as EV  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

PARTICLES = {"de", "van", "der", "den", "het", "ten", "ter", "te", "la", "le", "du", "op", "in", "'t"}


class Person:
    def __init__(self, key, first, last, ini=None, email=None, mob=None, tel=None, par=None,
                 nick=None, title="", core=None, addr=None, pc=None, bsn=None, iban=None, pnr=None,
                 acct=None):
        self.key, self.first, self.last = key, first, last
        self.ini = ini or (first[0] + ".")
        self.email, self.mob, self.tel, self.par, self.nick = email, mob, tel, par, nick
        self.title = title
        self.addr, self.pc, self.bsn, self.iban, self.pnr, self.acct = addr, pc, bsn, iban, pnr, acct
        if core is None:
            words = last.replace("-", " - ").split()
            core_words = [w for w in words if w.lower() not in PARTICLES]
            core = " ".join(core_words).replace(" - ", "-")
        self.core = core

    def form(self, f):
        """(text, [(kind, probe_text, word)])"""
        c = self.core
        if f == "full":
            return f"{self.first} {self.last}", [("PERSON", c, True)]
        if f == "fullfirst":
            return f"{self.first} {self.last}", [("PERSON", c, True), ("PERSON", self.first, True)]
        if f == "last":
            lst = self.last[0].upper() + self.last[1:]
            return lst, [("PERSON", c, True)]
        if f == "lastlc":
            return self.last, [("PERSON", c, True)]
        if f == "first":
            return self.first, [("PERSON", self.first, True)]
        if f == "ini":
            return f"{self.ini} {self.last}", [("PERSON", c, True)]
        if f == "inind":
            return f"{self.ini.replace('.', '')} {self.last}", [("PERSON", c, True)]
        if f == "rev":
            parts = self.last.split()
            if len(parts) > 1 and parts[0].lower() in PARTICLES:
                tv = " ".join(p for p in parts if p.lower() in PARTICLES)
                return f"{c}, {self.first} {tv}", [("PERSON", c, True)]
            return f"{self.last}, {self.first}", [("PERSON", c, True)]
        if f == "revini":
            return f"{c}, {self.ini}", [("PERSON", c, True)]
        if f == "caps":
            return f"{self.first.upper()} {self.last.upper()}", [("PERSON", c.upper(), True)]
        if f == "ttl":
            return f"{self.title} {self.ini} {self.last}".strip(), [("PERSON", c, True)]
        if f == "ttlfull":
            return f"{self.title} {self.first} {self.last}".strip(), [("PERSON", c, True)]
        if f == "email":
            return self.email, [("EMAIL", self.email, False)]
        if f == "mob":
            return self.mob, [("PHONE", self.mob, True)]
        if f == "tel":
            return self.tel, [("PHONE", self.tel, True)]
        if f == "par":
            return self.par, [("PERSON", self.par, True)]
        if f == "nick":
            return self.nick, [("PERSON", self.nick, True)]
        if f == "addr":
            return self.addr, [("ADDRESS", self.addr, True)]
        if f == "pc":
            return self.pc, [("ADDRESS", self.pc, True)]
        if f == "bsn":
            return self.bsn, [("BSN", self.bsn, True)]
        if f == "iban":
            return self.iban, [("IBAN", self.iban, True)]
        if f == "pnr":
            return self.pnr, [("PERSONNEL_NO", self.pnr, True)]
        if f == "acct":
            return self.acct, [("ACCOUNT", self.acct, True)]
        raise KeyError(f)


PEOPLE: dict = {}


def person(key, first, last, **kw):
    PEOPLE[key] = Person(key, first, last, **kw)
    return PEOPLE[key]


MARK = re.compile(r"«([prk]):([^«»]+)»")


class Collector:
    def __init__(self):
        self.redact = {}   # (kind, value) -> {probe_text: word}
        self.keep = {}     # (kind, text) -> word
        self.red_spans = []  # texts of redacted spans (visible)
        self.hidden_spans = []

    def expand(self, s, hidden=False):
        if s is None:
            return None

        def rep(m):
            t, body = m.group(1), m.group(2)
            if t == "p":
                key, f = body.split(".", 1)
                pp = PEOPLE[key]
                txt, probes = pp.form(f)
                for kind, pt, w in probes:
                    val = f"{pp.first} {pp.last}" if kind == "PERSON" else pt
                    self.redact.setdefault((kind, val), {})[pt] = w
                (self.hidden_spans if hidden else self.red_spans).append(txt)
                return txt
            kind, txt = body.split(":", 1)
            if t == "r":
                self.redact.setdefault((kind, txt), {})[txt] = True
                (self.hidden_spans if hidden else self.red_spans).append(txt)
                return txt
            if not hidden:
                self.keep[(kind, txt)] = True
            return txt

        return MARK.sub(rep, s)


# ------------------------------------------------------------------------------------------
# document model: list of blocks
#   ("h", text) ("h2", text) ("p", text) ("small", text) ("pre", text) ("table", rows, widths|None)
#   ("cols", [texts])  ("pb",)  ("sp", points)
# ------------------------------------------------------------------------------------------
def expand_blocks(blocks, col: Collector):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h", "h2", "p", "small", "pre", "mono"):
            out.append((t, col.expand(b[1])))
        elif t == "table":
            rows = [[col.expand(c) for c in r] for r in b[1]]
            out.append(("table", rows, b[2] if len(b) > 2 else None))
        elif t == "cols":
            out.append(("cols", [col.expand(x) for x in b[1]]))
        else:
            out.append(b)
    return out


def plain_text(blocks):
    parts = []
    for b in blocks:
        t = b[0]
        if t in ("h", "h2", "p", "small", "pre", "mono"):
            parts.append(b[1])
        elif t == "table":
            for r in b[1]:
                parts.append(" ".join(r))
        elif t == "cols":
            parts.extend(b[1])
    return "\n".join(parts)


# ---------------------------------------- reportlab
_RL_READY = False


def _rl_fonts():
    global _RL_READY
    if _RL_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVM", FONTM))
    _RL_READY = True


def _esc(s):
    return html.escape(s).replace("\n", "<br/>")


def render_reportlab(blocks, out: Path, title="", author="", twocol=False, fontsize=9.5,
                     footer=None, outline=None):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Table,
                                    TableStyle, Spacer, PageBreak, FrameBreak)

    st = {
        "p": ParagraphStyle("p", fontName="DV", fontSize=fontsize, leading=fontsize * 1.3, spaceAfter=4),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=13, leading=16, spaceAfter=6, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceAfter=3, spaceBefore=5),
        "small": ParagraphStyle("s", fontName="DV", fontSize=6.5, leading=8, spaceAfter=2),
        "pre": ParagraphStyle("pre", fontName="DVM", fontSize=8, leading=10, spaceAfter=3),
        "mono": ParagraphStyle("mono", fontName="DVM", fontSize=8, leading=10, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="DV", fontSize=fontsize - 1.5, leading=(fontsize - 1.5) * 1.2),
    }
    W, H = A4
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title=title, author=author,
                          creator="Microsoft Word - sjabloon RVO", subject="", invariant=1)
    fw = W - 40 * mm

    def on_page(c, d):
        if footer:
            c.setFont("DV", 6)
            c.drawString(20 * mm, 10 * mm, footer)
            c.drawRightString(W - 20 * mm, 10 * mm, f"pagina {d.page}")

    if twocol:
        gap = 6 * mm
        cw = (fw - gap) / 2
        frames = [Frame(20 * mm, 18 * mm, cw, H - 36 * mm, id="c1"),
                  Frame(20 * mm + cw + gap, 18 * mm, cw, H - 36 * mm, id="c2")]
    else:
        frames = [Frame(20 * mm, 18 * mm, fw, H - 36 * mm, id="f")]
    doc.addPageTemplates([PageTemplate(id="t", frames=frames, onPage=on_page)])
    flow = []
    avail = frames[0]._width
    for b in blocks:
        t = b[0]
        if t in ("h", "h2", "p", "small", "pre", "mono"):
            flow.append(Paragraph(_esc(b[1]), st[t]))
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            widths = b[2] or [avail / ncol] * ncol
            scale = avail / sum(widths)
            widths = [w * scale for w in widths]
            data = [[Paragraph(_esc(c), st["cell"]) for c in r] + [""] * (ncol - len(r)) for r in rows]
            tb = Table(data, colWidths=widths, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(tb)
            flow.append(Spacer(1, 5))
        elif t == "cols":
            for x in b[1]:
                flow.append(Paragraph(_esc(x), st["p"]))
        elif t == "pb":
            flow.append(PageBreak())
        elif t == "fb":
            flow.append(FrameBreak())
        elif t == "sp":
            flow.append(Spacer(1, b[1]))
    doc.build(flow)


# ---------------------------------------- docx -> LibreOffice
def render_docx(blocks, out: Path, title="", author="", subject="", keywords=""):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    styles = d.styles
    styles["Normal"].font.name = "DejaVu Sans"
    styles["Normal"].font.size = Pt(9.5)
    for b in blocks:
        t = b[0]
        if t == "h":
            d.add_heading(b[1], level=1)
        elif t == "h2":
            d.add_heading(b[1], level=2)
        elif t in ("p", "pre", "mono", "small"):
            for i, para in enumerate([b[1]]):
                p = d.add_paragraph()
                lines = para.split("\n")
                for j, ln in enumerate(lines):
                    r = p.add_run(ln)
                    if t in ("pre", "mono"):
                        r.font.name = "DejaVu Sans Mono"
                        r.font.size = Pt(8)
                    if t == "small":
                        r.font.size = Pt(6.5)
                    if j < len(lines) - 1:
                        r.add_break()
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = c
                    for p in cell.paragraphs:
                        for rr in p.runs:
                            rr.font.size = Pt(8)
            if b[2]:
                tot = sum(b[2])
                for j, w in enumerate(b[2]):
                    for i in range(len(rows)):
                        tb.cell(i, j).width = Cm(16.5 * w / tot)
            d.add_paragraph()
        elif t == "cols":
            for x in b[1]:
                d.add_paragraph(x)
        elif t == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.title, cp.author, cp.subject, cp.keywords = title, author, subject, keywords
    cp.last_modified_by = author
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       capture_output=True, timeout=240)
        shutil.copy(Path(td) / (out.stem + ".pdf"), out)


# ---------------------------------------- HTML -> Chromium
CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}
h1{font-size:15pt;margin:4px 0 8px} h2{font-size:12pt;margin:10px 0 4px}
table{border-collapse:collapse;width:100%;margin:6px 0;font-size:9pt}
td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}
tr:first-child td{background:#e8edf3;font-weight:bold}
.pre{font-family:'DejaVu Sans Mono',monospace;font-size:9pt;white-space:pre-wrap}
.small{font-size:7pt;color:#444}
.cols{column-count:2;column-gap:18px}
p{margin:3px 0 6px}
.pb{page-break-after:always}
"""


def render_html(blocks, out: Path, title="", extra_css=""):
    h = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
         f"<style>@page{{size:A4;margin:16mm}}{CSS}{extra_css}</style></head><body>"]
    cols = []
    for b in blocks:
        t = b[0]
        if t == "h":
            h.append(f"<h1>{_esc(b[1])}</h1>")
        elif t == "h2":
            h.append(f"<h2>{_esc(b[1])}</h2>")
        elif t == "p":
            h.append(f"<p>{_esc(b[1])}</p>")
        elif t == "small":
            h.append(f"<p class='small'>{_esc(b[1])}</p>")
        elif t in ("pre", "mono"):
            h.append(f"<div class='pre'>{html.escape(b[1])}</div>")
        elif t == "table":
            h.append("<table>")
            for r in b[1]:
                h.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>")
            h.append("</table>")
        elif t == "cols":
            h.append("<div class='cols'>" + "".join(f"<p>{_esc(x)}</p>" for x in b[1]) + "</div>")
        elif t == "pb":
            h.append("<div class='pb'></div>")
    h.append("</body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        src.write_text("".join(h), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={td}/prof", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", src.as_uri()], capture_output=True, timeout=240)


# ---------------------------------------- scans
def render_scan(blocks, out: Path, mode="image", seed=1, dpi=150, title=""):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        src = tdp / "src.pdf"
        render_reportlab(blocks, src, title=title, fontsize=10.5)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(tdp / "pg")],
                       check=True)
        imgs = []
        for pth in sorted(tdp.glob("pg*.png")):
            im = Image.open(pth).convert("L")
            im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255, expand=False)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 400):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 150, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.35))
            p2 = tdp / (pth.stem + "-s.png")
            im.save(p2, dpi=(dpi, dpi))
            imgs.append(p2)
        if mode == "image":
            ims = [Image.open(p).convert("L") for p in imgs]
            ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])
        else:
            lst = tdp / "list.txt"
            lst.write_text("\n".join(str(p) for p in imgs) + "\n")
            subprocess.run(["tesseract", str(lst), str(tdp / "ocr"), "-l", "nld", "pdf"],
                           capture_output=True, check=True)
            shutil.copy(tdp / "ocr.pdf", out)


# ---------------------------------------- hidden channels (pikepdf, whole file written anew)
def add_hidden(path: Path, meta=None, outline=None, notes=None, field=None, attach=None):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if meta:
            for k, v in meta.items():
                pdf.docinfo[Name("/" + k)] = v
        if outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if notes:
            for pg, who, text, rect in notes:
                page = pdf.pages[pg]
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                                 Rect=Array(rect), Contents=String(text),
                                                 T=String(who), Open=False))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(a)
        if field:
            pg, fname, value, rect = field
            page = pdf.pages[pg]
            w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                             T=String(fname), V=String(value), Rect=Array(rect),
                                             F=4, DA=String("/Helv 9 Tf 0 g")))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(w)
            pdf.Root.AcroForm = Dictionary(Fields=Array([w]), NeedAppearances=True)
        if attach:
            fname, data = attach
            pdf.attachments[fname] = pikepdf.AttachedFileSpec(pdf, data, filename=fname)
        pdf.save(str(path))
