"""Builders and gold computation for blind set mixed45 (police, justice, safety, health, youth care).

Every document is a Doc: a list of blocks rendered by one producer (reportlab, LibreOffice from
.docx/.txt/.html, a reportlab AcroForm, or an image-only scan), then hidden channels are added with
pikepdf (Info, XMP, sticky notes, mailto links, outline titles). Gold counts come from the shared
evaluator's own functions (/work/shared/eval/evaluate.py).
"""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
BUILD = HERE / "_build"
sys.path.insert(0, "/work/shared/eval")
import evaluate as EV  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------------------------------
# checksummed identifiers
# ------------------------------------------------------------------------------------------
def bsn(first8: str) -> str:
    """Complete 8 digits to a BSN that passes the 11-proef (raises if impossible)."""
    d = [int(c) for c in first8]
    s = sum(w * x for w, x in zip(range(9, 1, -1), d))
    last = s % 11
    if last > 9:
        raise ValueError(first8)
    out = first8 + str(last)
    assert bsn_ok(out)
    return out


def bsn_ok(n: str) -> bool:
    n = re.sub(r"\D", "", n)
    if len(n) != 9:
        return False
    s = sum(w * int(c) for w, c in zip(range(9, 1, -1), n[:8])) - int(n[8])
    return s % 11 == 0


def iban(bank: str, account10: str) -> str:
    """Dutch IBAN with a valid mod-97 check, formatted in groups of four."""
    bban = bank + account10
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    chk = 98 - int(num) % 97
    raw = f"NL{chk:02d}{bban}"
    assert iban_ok(raw)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ------------------------------------------------------------------------------------------
# document spec
# ------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name, prod, blocks, R=(), K=(), meta=None, xmp=None, notes=(), links=(),
                 outline=(), landscape=False, fields=(), lo_kind="docx", angle=0.6, core=None):
        self.name = name
        self.prod = prod          # rl | lo | form | scan
        self.blocks = blocks
        self.R = list(R)
        self.K = list(K)
        self.meta = meta or {}    # Info dict entries, e.g. {"/Author": "..."}
        self.xmp = xmp or {}      # {"dc:creator": [...], "dc:title": "...", ...}
        self.notes = list(notes)  # (author, contents) sticky notes on page 1
        self.links = list(links)  # URIs (mailto:...) as link annotations on page 1
        self.outline = list(outline)  # outline titles (all pointing to page 1..n)
        self.landscape = landscape
        self.fields = list(fields)  # for prod=form: (label, name, value)
        self.lo_kind = lo_kind
        self.angle = angle
        self.core = core or {}    # docx core properties (LibreOffice exports them to Info/XMP)

    @property
    def pdf(self):
        return DOCS / f"{self.name}.pdf"


def _probe(p):
    if isinstance(p, dict):
        d = {"text": p["text"], "word": p.get("word", True), "after": p.get("after", 0)}
        return d
    if isinstance(p, tuple):
        return {"text": p[0], "word": True, "after": p[1]}
    return {"text": p, "word": True, "after": 0}


def _items(lst):
    out = []
    for it in lst:
        kind, value, *probes = it
        if not probes:
            probes = [value]
        out.append({"kind": kind, "value": value, "probes": [_probe(p) for p in probes]})
    return out


# ------------------------------------------------------------------------------------------
# reportlab producer
# ------------------------------------------------------------------------------------------
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVM", FONT_DIR + "DejaVuSansMono.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")
    _FONTS_DONE = True


def _esc(t: str) -> str:
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for tag in ("b", "i", "u"):
        t = t.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return t.replace("\n", "<br/>")


def build_rl(doc: Doc, path: Path, font="DV", size=10):
    _fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Preformatted)

    ps = landscape(A4) if doc.landscape else A4
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "h1": ParagraphStyle("h1", fontName="DVB", fontSize=size + 5, leading=size * 1.9, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=size + 1, leading=size * 1.6, spaceBefore=6,
                             spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "pre": ParagraphStyle("pre", fontName="DVM", fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "right": ParagraphStyle("r", fontName=font, fontSize=size - 1, leading=size * 1.25, alignment=2),
    }
    flow = []
    for b in doc.blocks:
        k = b[0]
        if k in ("p", "h1", "h2", "small", "right"):
            flow.append(Paragraph(_esc(b[1]), st[k]))
        elif k == "pre":
            flow.append(Preformatted(b[1], st["pre"]))
        elif k == "sp":
            flow.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "table":
            rows = b[1]
            widths = [w * mm for w in b[2]] if len(b) > 2 and b[2] else None
            data = [[Paragraph(_esc(str(c)), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            flow.append(t)
            flow.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(k)
    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=22 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm,
                           title=doc.meta.get("/Title", ""), author=doc.meta.get("/Author", ""),
                           subject=doc.meta.get("/Subject", ""), creator="ReportLab")
    sd.build(flow)


def build_form(doc: Doc, path: Path):
    """A reportlab canvas form: static header text from blocks ('p'/'h1'), then labelled fields."""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    y = h - 60
    for b in doc.blocks:
        if b[0] == "h1":
            c.setFont("DVB", 15)
            c.drawString(60, y, b[1])
            y -= 26
        elif b[0] == "p":
            c.setFont("DV", 9.5)
            for line in b[1].split("\n"):
                c.drawString(60, y, line)
                y -= 13
            y -= 4
    y -= 6
    form = c.acroForm
    for label, fname, value in doc.fields:
        c.setFont("DV", 9.5)
        c.drawString(60, y + 5, label)
        form.textfield(name=fname, tooltip=label, x=230, y=y, width=300, height=18, value=value,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5, forceBorder=True)
        y -= 25
    y -= 10
    for b in doc.blocks:
        if b[0] == "foot":
            c.setFont("DV", 9)
            for line in b[1].split("\n"):
                c.drawString(60, y, line)
                y -= 12
    c.setTitle(doc.meta.get("/Title", ""))
    c.setAuthor(doc.meta.get("/Author", ""))
    c.save()


# ------------------------------------------------------------------------------------------
# LibreOffice producer
# ------------------------------------------------------------------------------------------
def _runs(par, text, mono=False, size=None):
    from docx.shared import Pt
    parts = re.split(r"(<b>.*?</b>)", text, flags=re.S)
    for part in parts:
        if not part:
            continue
        bold = part.startswith("<b>")
        t = part[3:-4] if bold else part
        lines = t.split("\n")
        for i, ln in enumerate(lines):
            r = par.add_run(ln)
            r.bold = bold or None
            if mono:
                r.font.name = "DejaVu Sans Mono"
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()


def build_docx(doc: Doc, path: Path):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "Liberation Sans"
    stl.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    for b in doc.blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small", "right"):
            par = d.add_paragraph()
            _runs(par, b[1], size=8 if k == "small" else None)
            if k == "right":
                par.alignment = 2
        elif k == "pre":
            par = d.add_paragraph()
            _runs(par, b[1], mono=True, size=8.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _runs(cell.paragraphs[0], str(c).replace("<b>", "").replace("</b>", ""), size=8.5)
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            if len(b) > 2 and b[2]:
                for j, wmm in enumerate(b[2]):
                    for cell in t.columns[j].cells:
                        cell.width = Mm(wmm)
            d.add_paragraph()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = doc.core.get("author", "")
    cp.title = doc.core.get("title", "")
    cp.subject = doc.core.get("subject", "")
    cp.last_modified_by = doc.core.get("last_modified_by", "")
    cp.comments = doc.core.get("comments", "")
    cp.keywords = doc.core.get("keywords", "")
    d.save(str(path))


def build_txt(doc: Doc, path: Path):
    path.write_text("\n".join(b[1] for b in doc.blocks if b[0] in ("p", "pre", "h1", "h2")) + "\n",
                    encoding="utf-8")


def build_html(doc: Doc, path: Path):
    import html as H
    out = ["<html><head><meta charset='utf-8'><title>%s</title></head><body>" % H.escape(doc.core.get("title", ""))]
    for b in doc.blocks:
        k = b[0]
        if k in ("h1", "h2"):
            out.append(f"<{k}>{H.escape(b[1])}</{k}>")
        elif k in ("p", "small"):
            t = H.escape(b[1]).replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>").replace("\n", "<br>")
            out.append(f"<p>{t}</p>")
        elif k == "table":
            out.append("<table border='1' cellpadding='3'>")
            for r in b[1]:
                out.append("<tr>" + "".join(f"<td>{H.escape(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def soffice_convert(srcs: list, outdir: Path):
    prof = BUILD / "lo_profile"
    html = [s for s in srcs if str(s).endswith(".html")]
    other = [s for s in srcs if s not in html]
    base = ["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    jobs = []
    if other:
        jobs.append(base + ["--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s in other])
    if html:  # open HTML in Writer proper (Writer/Web dropped the first heading onto a blank page)
        jobs.append(base + ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                            "--outdir", str(outdir)] + [str(s) for s in html])
    for cmd in jobs:
        r = subprocess.run(cmd, capture_output=True, timeout=900)
        if r.returncode:
            print(r.stdout.decode(), r.stderr.decode())


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def build_scan(doc: Doc, path: Path):
    from PIL import Image, ImageFilter
    tmp = BUILD / f"{doc.name}_clean.pdf"
    build_rl(doc, tmp, font="DVS", size=11)
    pref = BUILD / f"{doc.name}_pg"
    for old in BUILD.glob(f"{doc.name}_pg*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp), str(pref)], check=True)
    rnd = random.Random(doc.name)
    imgs = []
    for i, png in enumerate(sorted(BUILD.glob(f"{doc.name}_pg*.png"))):
        im = Image.open(png).convert("L")
        ang = doc.angle * (1 if i % 2 == 0 else -0.7)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h * 0.0015)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 60, 120, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        # a faint grey scanner edge
        for y in range(h):
            for x in range(0, 12):
                px[x, y] = 170
        imgs.append(im)
    imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


# ------------------------------------------------------------------------------------------
# hidden channels
# ------------------------------------------------------------------------------------------
def add_hidden(doc: Doc, src: Path, dst: Path):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    with pikepdf.open(str(src)) as pdf:
        for k, v in doc.meta.items():
            pdf.docinfo[Name(k)] = String(v)
        if doc.xmp:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                for k, v in doc.xmp.items():
                    m[k] = v
        page = pdf.pages[0]
        annots = page.obj.get("/Annots")
        if annots is None:
            annots = Array()
            page.obj.Annots = annots
        mb = [float(x) for x in page.mediabox]
        y = mb[3] - 40
        for author, contents in doc.notes:
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([mb[2] - 40, y - 20, mb[2] - 20, y]),
                                             T=String(author), Contents=String(contents),
                                             Name=Name.Comment, F=4))
            annots.append(a)
            y -= 30
        yl = 30
        for uri in doc.links:
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link,
                                             Rect=Array([mb[2] - 200, yl, mb[2] - 30, yl + 12]),
                                             Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            annots.append(a)
            yl += 14
        if len(annots) == 0:
            del page.obj["/Annots"]
        if doc.outline:
            with pdf.open_outline() as ol:
                n = len(pdf.pages)
                for i, t in enumerate(doc.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, n - 1)))
        pdf.save(str(dst))


# ------------------------------------------------------------------------------------------
# build all + gold
# ------------------------------------------------------------------------------------------
def build_all(docs: list[Doc], only=None):
    BUILD.mkdir(exist_ok=True)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    todo = [d for d in docs if not only or d.name in only]
    lo_src = []
    for d in todo:
        raw = BUILD / f"{d.name}.pdf"
        if d.prod == "rl":
            build_rl(d, raw)
        elif d.prod == "form":
            build_form(d, raw)
        elif d.prod == "scan":
            build_scan(d, raw)
        elif d.prod == "lo":
            src = BUILD / f"{d.name}.{d.lo_kind}"
            if d.lo_kind == "docx":
                build_docx(d, src)
            elif d.lo_kind == "txt":
                build_txt(d, src)
            elif d.lo_kind == "html":
                build_html(d, src)
            lo_src.append(src)
    if lo_src:
        soffice_convert(lo_src, BUILD)
    for d in todo:
        add_hidden(d, BUILD / f"{d.name}.pdf", d.pdf)


def overlap_problems(gold: dict) -> list:
    probs = []
    for k in gold["keep"]:
        for kp in k["probes"]:
            kt = EV.norm(kp["text"])
            for r in gold["redact"]:
                for rp in r["probes"]:
                    if rp.get("after", 0) > 0:
                        continue
                    rt = EV.norm(rp["text"])
                    if EV.count_in(rt, kp) or EV.count_in(kt, rp):
                        probs.append(f"keep probe {kt!r} overlaps redact probe {rt!r}")
    return probs


def make_gold(d: Doc) -> tuple[dict, list]:
    ch = EV.extract_channels(d.pdf, ocr="auto")
    chans = ch["channels"]
    probs = []
    red = _items(d.R)
    keep = _items(d.K)
    pdfium = chans.get("pdfium", "")
    for it in keep:
        for p in it["probes"]:
            c = EV.count_in(pdfium, p)
            p["after"] = c
            if c == 0:
                probs.append(f"{d.name}: keep probe {p['text']!r} absent from PDFium text")
    for it in red:
        for p in it["probes"]:
            if p["after"] == "keep":
                # a surname that is also part of a kept name (firm, place): the kept occurrences may stay
                p["after"] = sum(kp["after"] * EV.count_in(EV.norm(kp["text"]), p)
                                 for k in keep for kp in k["probes"])
            cc = EV.channel_counts(chans, p)
            if max(cc.values(), default=0) <= p["after"]:
                probs.append(f"{d.name}: redact probe {p['text']!r} not found (> {p['after']}): {cc}")
    gold = {"doc": d.pdf.name, "pages": ch["pages"], "redact": red, "keep": keep}
    probs += [f"{d.name}: {x}" for x in overlap_problems(gold)]
    return gold, probs


def write_gold(docs, only=None):
    allp = []
    for d in docs:
        if only and d.name not in only:
            continue
        g, p = make_gold(d)
        (GOLD / f"{d.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        allp += p
        print(f"{d.name}: pages={g['pages']} redact={sum(len(i['probes']) for i in g['redact'])} "
              f"keep={sum(len(i['probes']) for i in g['keep'])}" + (f"  PROBLEMS={len(p)}" if p else ""),
              flush=True)
    for p in allp:
        print("PROBLEM", p)
    return allp
