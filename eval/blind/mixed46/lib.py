"""Shared machinery for the blind set mixed46 (BD): inline-labelled text -> PDF + gold.

Markup inside every string that ends up in a document (visible text, metadata, notes, form fields):
    [[KIND:text]] or [[KIND:text|value]]  -> personal data to redact (probe = text, after = 0)
    {{KIND:text}}                          -> text that must stay (after = count in the original)
PERSON mentions of several words also get one probe per name word (no particles, initials or titles).
"""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = HERE / "_work"
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

MARK = re.compile(r"\[\[([A-Z]+):(.+?)(?:\|(.+?))?\]\]|\{\{([A-Z]+):(.+?)\}\}")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "von", "la", "le", "du", "da", "el",
             "al", "op", "in", "di", "dos", "das", "zu", "und", "en", "of", "y"}
TITLES = re.compile(r"^(dr|mr|ir|drs|prof|ing|bc|msc|phd|dhr|mw|mevr|ds)\.?$", re.I)
EMAIL_RX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
REGISTRY: list = []


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


class Doc:
    def __init__(self, name, producer, scan=False):
        self.name = name
        self.producer = producer
        self.scan = scan
        self.redact: dict = {}
        self.keep: dict = {}
        self.meta: dict = {}
        self.xmp: dict = {}
        self.notes: list = []       # (page, author, text)
        self.fields: list = []      # (name, value, x, y, w)
        self.mailto = False
        self.outline = False
        self.hidden: list = []      # redact values only in hidden channels (for the README)
        REGISTRY.append(self)

    # ---------------------------------------------------------------- labelling
    def _probe(self, store, kind, value, text, word=True):
        e = store.setdefault(value, {"kind": kind, "value": value, "probes": {}})
        e["probes"].setdefault(text, word)

    def add_redact(self, kind, text, value=None):
        if kind == "BSN" and not bsn_ok(text):
            raise SystemExit(f"{self.name}: invalid BSN {text}")
        if kind == "IBAN" and not iban_ok(text):
            raise SystemExit(f"{self.name}: invalid IBAN {text}")
        if value is None and kind == "PERSON":
            last = text.split()[-1]
            for v, e in self.redact.items():
                if e["kind"] == "PERSON" and last in v.split() and len(last) > 2:
                    value = v
                    break
        value = value or text
        self._probe(self.redact, kind, value, text)
        if kind == "PERSON" and " " in text.strip():
            for w in text.split():
                w2 = w.strip(",.;:()")
                if (len(w2) >= 3 and w2.lower() not in PARTICLES and not TITLES.match(w2)
                        and not re.fullmatch(r"(?:[A-Z]\.)+[A-Za-z]?\.?", w2) and w2[0].isupper()):
                    self._probe(self.redact, kind, value, w2)

    def t(self, s):
        if s is None:
            return s

        def rep(m):
            if m.group(1):
                self.add_redact(m.group(1), m.group(2), m.group(3))
                return m.group(2)
            self._probe(self.keep, m.group(4), m.group(5), m.group(5))
            return m.group(5)
        return MARK.sub(rep, s)

    # ---------------------------------------------------------------- gold
    def gold(self, pdf: Path):
        ch = ev.extract_channels(pdf, ocr="auto" if self.scan else "off")
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        problems = []
        red = []
        for e in self.redact.values():
            probes = []
            for ptxt, word in e["probes"].items():
                pr = {"text": ptxt, "word": word, "after": 0}
                if not ev.channel_counts(chans, pr):
                    problems.append(f"redact probe not found: {ptxt!r}")
                probes.append(pr)
            red.append({"kind": e["kind"], "value": e["value"], "probes": probes})
        keep = []
        if not self.scan:
            for e in self.keep.values():
                probes = []
                for ptxt, word in e["probes"].items():
                    pr = {"text": ptxt, "word": word}
                    pr["after"] = ev.count_in(text, pr)
                    if pr["after"] == 0:
                        problems.append(f"keep probe not in pdfium text: {ptxt!r}")
                    probes.append(pr)
                keep.append({"kind": e["kind"], "value": e["value"], "probes": probes})
        # a redact probe inside a keep text (or the reverse) would make the gold contradict itself
        for r in red:
            for rp in r["probes"]:
                for k in keep:
                    for kp in k["probes"]:
                        if ev.count_in(ev.norm(kp["text"]), rp) or ev.count_in(ev.norm(rp["text"]), kp):
                            problems.append(f"conflict redact {rp['text']!r} / keep {kp['text']!r}")
        # a place or name right after a private address may go with it: no keep probe may start there
        for r in red:
            if r["kind"] not in ("ADDRESS", "POSTCODE"):
                continue
            for rp in r["probes"]:
                for m in ev.probe_regex(rp["text"], True).finditer(text):
                    tail = text[m.end(): m.end() + 18]
                    for k in keep:
                        for kp in k["probes"]:
                            if ev.count_in(tail, kp):
                                problems.append(f"keep {kp['text']!r} follows private address {rp['text']!r}")
        g = {"doc": self.name, "pages": ch.get("pages", 0), "producer": self.producer,
             "scan": self.scan, "redact": red, "keep": keep}
        (GOLD / (Path(self.name).stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        return g, problems


# -------------------------------------------------------------------- blocks
def H(text, level=1):
    return ("h", text, level)


def P(text, style="body"):
    return ("p", text, style)


def T(rows, widths=None, header=True, size=9, grid=True):
    return ("t", rows, widths, header, size, grid)


def KV(pairs, widths=(3.2, 12.8), size=9.5):
    return ("t", [list(p) for p in pairs], widths, False, size, False)


def SP(h=6):
    return ("sp", h)


def PB():
    return ("pb",)


def MONO(text, size=8.5):
    return ("mono", text, size)


# -------------------------------------------------------------------- reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVu" in pdfmetrics.getRegisteredFontNames():
        return
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuMono", d + "DejaVuSansMono.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", d + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", d + "DejaVuSerif-Bold.ttf"))


def _esc(d, s):
    s = escape(d.t(s))
    if d.mailto:
        s = EMAIL_RX.sub(lambda m: f'<a href="mailto:{m.group(0)}" color="blue">{m.group(0)}</a>', s)
    return s.replace("\n", "<br/>")


def build_rl(d: Doc, blocks, out: Path, font="Helvetica", letterhead=None, footer=None, cols=1,
             margins=(2.2, 2.0, 2.4, 2.0)):
    """Render blocks with reportlab platypus. letterhead: list of marked-up lines (top right, page 1)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, Preformatted)
    _fonts()
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVuSerif-Bold"}[font]
    st = {
        "body": ParagraphStyle("b", fontName=font, fontSize=10, leading=13.5, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=font, fontSize=8.5, leading=11, spaceAfter=3),
        "bold": ParagraphStyle("bo", fontName=bold, fontSize=10, leading=13.5, spaceAfter=4),
        "title": ParagraphStyle("ti", fontName=bold, fontSize=15, leading=19, spaceAfter=8),
        1: ParagraphStyle("h1", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5),
        2: ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=9, leading=11),
    }
    lh = [d.t(x) for x in (letterhead or [])]
    foot = d.t(footer) if footer else None
    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            p = Paragraph(_esc(d, b[1]), st[b[2]])
            p._bm = (d.t(b[1]), b[2] - 1)
            story.append(p)
        elif k == "p":
            story.append(Paragraph(_esc(d, b[1]), st[b[2]]))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "mono":
            story.append(Preformatted(d.t(b[1]), ParagraphStyle("m", fontName="Courier" if font != "DejaVu"
                                                                  else "DejaVuMono", fontSize=b[2],
                                                                  leading=b[2] * 1.3)))
            story.append(Spacer(1, 6))
        elif k == "t":
            rows, widths, header, size, grid = b[1:]
            cs = ParagraphStyle("c", parent=st["cell"], fontSize=size, leading=size * 1.22)
            cb = ParagraphStyle("cb", parent=st["cellb"], fontSize=size, leading=size * 1.22)
            data = [[Paragraph(_esc(d, c), cb if (header and i == 0) or (not grid and j == 0) else cs)
                     for j, c in enumerate(r)] for i, r in enumerate(rows)]
            tb = Table(data, colWidths=[w * cm for w in widths] if widths else None, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if grid:
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if header:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 7))

    class Tpl(BaseDocTemplate):
        def afterFlowable(self, fl):
            if d.outline and hasattr(fl, "_bm"):
                key = f"bm{id(fl)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(fl._bm[0], key, level=max(0, fl._bm[1]), closed=False)

    W, Hh = A4
    ml, mr, mt, mb = [m * cm for m in margins]
    if lh:
        mt += 0.5 * cm * max(0, len(lh) - 2)

    def on_page(c, doc):
        c.saveState()
        if doc.page == 1 and lh:
            c.setFont(bold, 10.5)
            c.drawString(ml, Hh - 1.5 * cm, lh[0])
            c.setFont(font, 8)
            for i, line in enumerate(lh[1:]):
                c.drawRightString(W - mr, Hh - 1.5 * cm - i * 10, line)
        if doc.page == 1:
            for (fname, val, x, y, w) in d.fields:
                c.acroForm.textfield(name=fname, value=d.t(val), x=x * cm, y=y * cm, width=w * cm, height=14,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.5)
        c.setFont(font, 7.5)
        c.drawString(ml, 1.2 * cm, foot or "")
        c.drawRightString(W - mr, 1.2 * cm, f"{doc.page}")
        c.restoreState()

    meta = {k: d.t(v) for k, v in d.meta.items()}
    doc = Tpl(str(out), pagesize=A4, leftMargin=ml, rightMargin=mr, topMargin=mt, bottomMargin=mb,
              title=meta.get("title", ""), author=meta.get("author", ""), subject=meta.get("subject", ""),
              keywords=meta.get("keywords", ""), creator=meta.get("creator", "woo-blind mixed46"))
    fw = (W - ml - mr - (cols - 1) * 0.6 * cm) / cols
    frames = [Frame(ml + i * (fw + 0.6 * cm), mb, fw, Hh - mt - mb, id=f"f{i}", leftPadding=0, rightPadding=0)
              for i in range(cols)]
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    doc.build(story)
    _post(d, out)


# -------------------------------------------------------------------- docx via LibreOffice
def _hyperlink(par, url, text):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "0563C1")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    par._p.append(h)


def _add_text(d, par, s):
    s = d.t(s)
    lines = s.split("\n")
    for li, line in enumerate(lines):
        pos = 0
        for m in EMAIL_RX.finditer(line) if d.mailto else []:
            if m.start() > pos:
                par.add_run(line[pos:m.start()])
            _hyperlink(par, "mailto:" + m.group(0), m.group(0))
            pos = m.end()
        if pos < len(line):
            par.add_run(line[pos:])
        if li < len(lines) - 1:
            par.add_run().add_break()


def build_docx(d: Doc, blocks, out_docx: Path, font="Calibri", header_lines=None, footer=None, cols=1,
               comments=None):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    stl = doc.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header_lines):
            if i:
                hp.add_run().add_break()
            r = hp.add_run(d.t(line))
            r.font.size = Pt(11 if i == 0 else 8)
            r.bold = i == 0
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.add_run(d.t(footer)).font.size = Pt(7.5)
    if cols > 1:
        c = OxmlElement("w:cols")
        c.set(qn("w:num"), str(cols))
        c.set(qn("w:space"), "567")
        sec._sectPr.append(c)
    for b in blocks:
        k = b[0]
        if k == "h":
            p = doc.add_heading(level=b[2])
            _add_text(d, p, b[1])
        elif k == "p":
            p = doc.add_paragraph()
            _add_text(d, p, b[1])
            if b[2] == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
            if b[2] in ("bold", "title"):
                for r in p.runs:
                    r.bold = True
                    if b[2] == "title":
                        r.font.size = Pt(15)
        elif k == "sp":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
        elif k == "mono":
            p = doc.add_paragraph()
            _add_text(d, p, b[1])
            for r in p.runs:
                r.font.name = "Courier New"
                r.font.size = Pt(b[2])
        elif k == "t":
            rows, widths, header, size, grid = b[1:]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            if grid:
                tb.style = "Table Grid"
            tb.autofit = False
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    if widths:
                        cell.width = Cm(widths[j])
                    p = cell.paragraphs[0]
                    _add_text(d, p, c)
                    for r in p.runs:
                        r.font.size = Pt(size)
                        if (header and i == 0) or (not grid and j == 0):
                            r.bold = True
            doc.add_paragraph()
    for (anchor_idx, author, text) in comments or []:
        paras = [p for p in doc.paragraphs if p.runs]
        p = paras[min(anchor_idx, len(paras) - 1)]
        doc.add_comment(p.runs, text=d.t(text), author=d.t(author), initials="")
    cp = doc.core_properties
    m = {k: d.t(v) for k, v in d.meta.items()}
    cp.author = m.get("author", "")
    cp.title = m.get("title", "")
    cp.subject = m.get("subject", "")
    cp.keywords = m.get("keywords", "")
    cp.last_modified_by = m.get("lastmod", m.get("author", ""))
    cp.comments = ""
    doc.save(str(out_docx))


def lo_convert(docx_files, outdir: Path, notes=False):
    prof = "file:///tmp/bd_lo_profile"
    filt = "pdf"
    if notes:
        filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--convert-to", filt, "--outdir", str(outdir)] + [str(f) for f in docx_files],
                   check=True, capture_output=True, timeout=600)


# -------------------------------------------------------------------- post-processing
def _link_emails(pdf: Path):
    """LibreOffice 7.4 here drops hyperlinks on PDF export: add the mailto: link annotations that Writer
    would have written, over each e-mail address found by pdfplumber."""
    import logging
    import pdfplumber
    import pikepdf
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    found = []
    with pdfplumber.open(str(pdf)) as pl:
        for i, page in enumerate(pl.pages):
            for w in page.extract_words():
                m = EMAIL_RX.search(w["text"])
                if m and m.group(0).rstrip(".") == m.group(0):
                    found.append((i, m.group(0), (w["x0"], page.height - w["bottom"], w["x1"], page.height - w["top"])))
    if not found:
        return
    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        for i, addr, rect in found:
            page = p.pages[i]
            a = p.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=list(rect), Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("mailto:" + addr))))
            if "/Annots" not in page.obj:
                page.obj.Annots = p.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        p.save(str(pdf))


def _post(d: Doc, pdf: Path):
    if not (d.notes or d.xmp):
        return
    import pikepdf
    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        for (pg, author, text) in d.notes:
            page = p.pages[pg]
            a = p.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[520, 760, 540, 780],
                Contents=pikepdf.String(d.t(text)), T=pikepdf.String(d.t(author)), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = p.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        if d.xmp:
            with p.open_metadata(set_pikepdf_as_editor=False) as m:
                for k, v in d.xmp.items():
                    v = d.t(v)
                    m[k] = [v] if k == "dc:creator" else v
        p.save(str(pdf))


def make_scan(d: Doc, src_pdf: Path, out: Path, angle=0.7, seed=1, dpi=150):
    """Rasterise src_pdf, skew and add noise, and write an image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    tmp = WORK / (out.stem + "_scan")
    tmp.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(tmp / "p")], check=True)
    rnd = np.random.default_rng(seed)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 Scan")
    for i, png in enumerate(sorted(tmp.glob("p*.png"))):
        im = Image.open(png).convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rnd.normal(0, 9, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.35))
        jp = tmp / f"s{i}.jpg"
        im.save(jp, quality=78)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    _post(d, out)


SPECS: list = []


def build_html(d: Doc, html: str, out: Path):
    """HTML printed to PDF by Debian's chromium (Skia/PDF); <title> becomes the Info title."""
    src = WORK / (out.stem + ".html")
    src.write_text(d.t(html), encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=/tmp/bd_chrome", "--no-pdf-header-footer", f"--print-to-pdf={out}",
                    src.resolve().as_uri()], check=True, capture_output=True, timeout=300)
    _post(d, out)


def add(d: Doc, how: str, blocks, **kw):
    """how: 'rl' (reportlab), 'docx' (python-docx -> LibreOffice), 'scan' (reportlab -> image-only),
    'html' (an HTML string -> chromium)."""
    SPECS.append((d, how, blocks, kw))


def run_all(selected=None):
    for p in (DOCS, GOLD, WORK):
        p.mkdir(exist_ok=True)
    specs = [s for s in SPECS if not selected or s[0].name in selected]
    docx_plain, docx_notes = [], []
    for d, how, blocks, kw in specs:
        if how == "rl":
            build_rl(d, blocks, DOCS / d.name, **kw)
        elif how == "scan":
            kw = dict(kw)
            sk = {k: kw.pop(k) for k in ("angle", "seed", "dpi") if k in kw}
            src = WORK / (Path(d.name).stem + "_src.pdf")
            build_rl(d, blocks, src, **kw)
            make_scan(d, src, DOCS / d.name, **sk)
        elif how == "html":
            build_html(d, blocks, DOCS / d.name)
        elif how == "docx":
            kw = dict(kw)
            notes = bool(kw.get("comments"))
            f = WORK / (Path(d.name).stem + ".docx")
            build_docx(d, blocks, f, **kw)
            (docx_notes if notes else docx_plain).append((d, f))
    for group, notes in ((docx_plain, False), (docx_notes, True)):
        if group:
            lo_convert([f for _, f in group], WORK, notes=notes)
            for d, f in group:
                shutil.copy(WORK / (f.stem + ".pdf"), DOCS / d.name)
                if d.mailto:
                    _link_emails(DOCS / d.name)
                _post(d, DOCS / d.name)
    allp = 0
    for d, how, _, _ in specs:
        g, problems = d.gold(DOCS / d.name)
        nr = sum(len(e["probes"]) for e in g["redact"])
        nk = sum(len(e["probes"]) for e in g["keep"])
        print(f"{d.name:<24} {how:<5} pages={g['pages']} redact={nr} keep={nk}", flush=True)
        for pr in problems:
            print("   PROBLEM", pr)
        allp += len(problems)
    print(f"build problems={allp}")
