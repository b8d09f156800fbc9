"""Shared helpers for the blind set mixed50 (set BH): PDF producers, hidden channels, scans, gold."""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, NextPageTemplate)

sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, count_in, text_pdfium  # noqa: E402

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
WORK = ROOT / "_work"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
              ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
              ("DVCB", "DejaVuSansCondensed-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
    pdfmetrics.registerFont(TTFont(nm, FONTDIR + f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")
registerFontFamily("DVC", normal="DVC", bold="DVCB", italic="DVC", boldItalic="DVCB")

FIXED_DATE = "D:20261204120000+00'00'"


# ------------------------------------------------------------------ numbers
def bsn(first8: str) -> str:
    """Complete 8 digits to a BSN that passes the 11-proef (tries last digits 0-9)."""
    s = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1)))
    for last in range(10):
        if (s - last) % 11 == 0:
            return first8 + str(last)
    raise ValueError(first8)


def iban(bank: str, account10: str, country: str = "NL") -> str:
    bban = bank + account10
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(digits) % 97
    raw = f"{country}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ------------------------------------------------------------------ gold items
def _probes(ps, ocr=False):
    out = []
    for p in ps:
        if isinstance(p, tuple):
            d = {"text": p[0], "word": p[1]}
            if len(p) > 2:
                d["after"] = p[2]
        else:
            d = {"text": p, "word": True}
        if ocr:
            d["ocr"] = True
        out.append(d)
    return out


def R(kind, value, *probes, ocr=False):
    return {"kind": kind, "value": value, "probes": _probes(probes or (value,), ocr)}


def K(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": _probes(probes or (value,))}


# ------------------------------------------------------------------ reportlab
def S(name="n", font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


ST = {
    "n": S("n"), "s": S("s", size=8), "xs": S("xs", size=7), "b": S("b", font="DVB"),
    "h1": S("h1", font="DVB", size=14, spaceAfter=6), "h2": S("h2", font="DVB", size=11, spaceBefore=6, spaceAfter=3),
    "h3": S("h3", font="DVB", size=9.5, spaceBefore=4, spaceAfter=2), "r": S("r", alignment=TA_RIGHT),
    "c": S("c", alignment=TA_CENTER), "i": S("i", font="DVI"), "m": S("m", font="DVM", size=8),
    "serif": S("serif", font="DVS", size=10), "cond": S("cond", font="DVC", size=8.5),
}


def P(text, st="n"):
    return Paragraph(text, ST[st] if isinstance(st, str) else st)


def H(text, lvl=2):
    return P(text, f"h{lvl}")


def SP(h=6):
    return Spacer(1, h)


def T(rows, widths, header=True, st="s", grid=True, zebra=False, hdr_bg="#dde4ee", font=None):
    cells = [[c if isinstance(c, Flowable) else P(str(c), st) for c in r] for r in rows]
    t = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(hdr_bg)))
    if zebra:
        for i in range(1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3")))
    t.setStyle(TableStyle(cmds))
    return t


def LV(pairs, w1=38 * mm, w2=120 * mm, st="n"):
    rows = [[P(f"<b>{a}</b>" if a else "", st), P(b, st)] for a, b in pairs]
    t = Table(rows, colWidths=[w1, w2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


class Bookmark(Flowable):
    def __init__(self, title, level=0):
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def draw(self):
        key = "bm%d" % id(self)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=False)


class Signature(Flowable):
    """A handwritten-looking scribble (vector)."""
    def __init__(self, seed, w=45 * mm, h=12 * mm):
        super().__init__()
        self.seed, self.width, self.height = seed, w, h

    def draw(self):
        rnd = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a2a6c"))
        c.setLineWidth(0.9)
        p = c.beginPath()
        x, y = 2, self.height / 2
        p.moveTo(x, y)
        for _ in range(7):
            nx = x + rnd.uniform(8, 20)
            p.curveTo(x + 3, y + rnd.uniform(-12, 14), nx - 3, y + rnd.uniform(-12, 14), nx, self.height / 2 + rnd.uniform(-5, 5))
            x = nx
        c.drawPath(p, stroke=1, fill=0)


def build_rl(path, story, org=None, side=None, footer=None, title=None, author=None, subject=None,
             creator="Microsoft® Word voor Microsoft 365", top_color="#154273", side_x=140 * mm,
             margins=(22 * mm, 20 * mm, 22 * mm, 20 * mm), org_sub=None, logo_text=None):
    """org: lines of the letterhead (top left); side: lines for a right side column on page 1."""
    path = Path(path)
    W, Hh = A4
    lm, rm, tm, bm = margins
    top_first = tm + (28 * mm if org else 0)
    fw_first = (side_x - lm - 8 * mm) if side else (W - lm - rm)

    def first(c, d):
        c.saveState()
        if org:
            c.setFillColor(colors.HexColor(top_color))
            c.rect(W / 2 - 4 * mm, Hh - 18 * mm, 8 * mm, 16 * mm, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont("DVB", 10)
            y = Hh - 24 * mm
            for i, ln in enumerate(org):
                c.setFont("DVB" if i == 0 else "DV", 9.5 if i == 0 else 8.5)
                c.drawString(W / 2 + 6 * mm, y + 14 * mm - i * 4 * mm, ln)
        if side:
            y = Hh - top_first - 2 * mm
            for ln in side:
                bold = ln.startswith("**")
                t = ln.strip("*")
                c.setFont("DVB" if bold else "DV", 7.2)
                c.drawString(side_x, y, t)
                y -= 3.6 * mm if t else 2.2 * mm
        footer_draw(c, d)
        c.restoreState()

    def footer_draw(c, d):
        c.setFont("DV", 7)
        c.drawString(lm, 10 * mm, footer or "")
        c.drawRightString(W - rm, 10 * mm, f"Pagina {d.page}")

    def later(c, d):
        c.saveState()
        footer_draw(c, d)
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title=title or "", author=author or "", subject=subject or "", creator=creator)
    f1 = Frame(lm, bm, fw_first, Hh - top_first - bm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(lm, bm, W - lm - rm, Hh - tm - bm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first), PageTemplate("later", [f2], onPage=later)])
    doc.build([NextPageTemplate("later")] + story)
    return path


# ------------------------------------------------------------------ other producers
def _fix_meta(path, info=None, drop_info=False):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        di = pdf.docinfo
        for k in ("/CreationDate", "/ModDate"):
            di[k] = FIXED_DATE
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: a checksum over the timestamped file
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:  # a random /ID from the producer would survive deterministic_id
            del pdf.trailer["/ID"]
        for k, v in (info or {}).items():
            di["/" + k] = v
        pdf.save(str(path), deterministic_id=True)


def soffice(src: Path, out_pdf: Path, infilter=None, info=None):
    prof = WORK / "lo_profile"
    outdir = WORK / "lo_out"
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{prof}", "--convert-to", "pdf"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    elif src.suffix == ".html":
        cmd[-1] = "pdf:writer_pdf_Export"
        cmd.append("--infilter=HTML (StarWriter)")
    cmd += ["--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    produced = outdir / (src.stem + ".pdf")
    shutil.move(str(produced), str(out_pdf))
    _fix_meta(out_pdf, info)
    return out_pdf


def chromium(src: Path, out_pdf: Path, info=None):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", src.resolve().as_uri()], check=True, capture_output=True, timeout=180)
    _fix_meta(out_pdf, info)
    return out_pdf


def scan(src_pdf: Path, out_pdf: Path, angle=0.0, dpi=150, seed=1, noise=10, quality=72):
    """Rasterise every page, rotate slightly, add speckle noise, and wrap as image-only PDF."""
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas
    pref = WORK / (src_pdf.stem + "-scan")
    for old in WORK.glob(src_pdf.stem + "-scan*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(pref)], check=True)
    imgs = sorted(WORK.glob(src_pdf.stem + "-scan*.png"))
    rnd = random.Random(seed)
    c = canvas.Canvas(str(out_pdf), pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C5535 (scan)")
    for i, ip in enumerate(imgs):
        im = Image.open(ip).convert("L")
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400 * noise // 10):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 90, 160))
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        jp = WORK / f"{src_pdf.stem}-scan{i}.jpg"
        im.save(jp, "JPEG", quality=quality)
        c.drawImage(str(jp), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return out_pdf


def _annots(page):
    from pikepdf import Array
    if "/Annots" not in page.obj:
        page.obj.Annots = page.obj._get_owner().make_indirect(Array()) if False else Array()
    return page.obj.Annots


def add_hidden(path, notes=(), fields=(), links=(), info=None, xmp_author=None):
    """notes: (page, x, y, contents, author); fields: (page, name, value, rect); links: (page, uri, rect)."""
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        acro_fields = []
        for (pg, x, y, contents, author) in notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                                             Contents=String(contents), T=String(author), Name=Name.Comment,
                                             C=Array([1, 0.85, 0.2]), F=4))
            _annots(page).append(a)
        for (pg, name, value, rect) in fields:
            page = pdf.pages[pg]
            ap = pdf.make_stream(b"/Tx BMC q BT /Helv 9 Tf 2 4 Td (" + value.encode("latin-1", "replace") + b") Tj ET Q EMC")
            ap.Type = Name.XObject
            ap.Subtype = Name.Form
            ap.BBox = Array([0, 0, rect[2] - rect[0], rect[3] - rect[1]])
            ap.Resources = Dictionary(Font=Dictionary(Helv=Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                                      BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding)))
            f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                                             V=String(value), Rect=Array(list(rect)), F=4, P=page.obj,
                                             DA=String("/Helv 9 Tf 0 g"), AP=Dictionary(N=ap)))
            _annots(page).append(f)
            acro_fields.append(f)
        for (pg, uri, rect) in links:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(list(rect)),
                                             Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            _annots(page).append(a)
        if acro_fields:
            pdf.Root.AcroForm = Dictionary(Fields=Array(acro_fields), DA=String("/Helv 9 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(
                                               Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))))
        for k, v in (info or {}).items():
            pdf.docinfo["/" + k] = v
        if xmp_author:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                md["dc:creator"] = [xmp_author]
                md["xmp:CreatorTool"] = "Microsoft® Word voor Microsoft 365"
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------ gold
def overlap_problems(text, redact, keep):
    """Keep-probe matches must not lie inside a redact value/probe match (an ideal redaction keeps them)."""
    spans = []
    for it in redact:
        ts = [p["text"] for p in it["probes"] if not p.get("after")]
        if not any(p.get("after") for p in it["probes"]):
            ts.append(it["value"])
        for t in ts:
            for m in probe_regex(t, True).finditer(text):
                spans.append((m.start(), m.end(), t))
    probs = []
    for it in keep:
        for p in it["probes"]:
            for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                for s, e, t in spans:
                    if m.start() < e and s < m.end():
                        probs.append(f"keep {p['text']!r} overlaps redact {t!r}")
    kspans = []
    for it in keep:
        for p in it["probes"]:
            for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                kspans.append((m.start(), m.end(), p["text"]))
    for it in redact:
        for p in it["probes"]:
            if p.get("after"):
                continue
            for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                for s, e, t in kspans:
                    if m.start() < e and s < m.end():
                        probs.append(f"redact {p['text']!r} overlaps keep {t!r}")
    return sorted(set(probs))


def write_gold(pdf: Path, redact, keep, note=""):
    text, pages = text_pdfium(pdf)
    probs = []
    for it in keep:
        for p in it["probes"]:
            c = count_in(text, p)
            p["after"] = c
            if c == 0:
                probs.append(f"keep probe {p['text']!r} not in pdfium text")
    for it in redact:
        for p in it["probes"]:
            p.setdefault("after", 0)
            if p["after"] < 0:  # 'all but k occurrences' (k person-name uses of a word that is also a place)
                p["after"] = count_in(text, p) + p["after"]
    probs += overlap_problems(text, redact, keep)
    g = {"doc": pdf.name, "pages": pages, "redact": redact, "keep": keep}
    if note:
        g["note"] = note
    GOLD.mkdir(exist_ok=True)
    (GOLD / (pdf.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for pr in probs:
        print(f"  {pdf.name}: {pr}")
    return probs


HTML_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin-top: 12pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 9pt; }
th { background: #e4e8ef; text-align: left; } .nb td { border: none; } .small { font-size: 8pt; color: #444; }
"""


def html_file(path: Path, title: str, body: str, css: str = HTML_CSS):
    path.write_text(f"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{title}</title>"
                    f"<style>{css}</style></head><body>{body}</body></html>", encoding="utf-8")
    return path


def fods_file(path: Path, sheet: str, rows, widths_cm):
    """A flat ODF spreadsheet; a cell value with '\\n' becomes several paragraphs (wrapped lines)."""
    from xml.sax.saxutils import escape
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths_cm))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles>' + cols +
           '<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
           'fo:border="0.5pt solid #808080"/><style:text-properties fo:font-size="8pt" style:font-name="DejaVu Sans"/></style:style>'
           '<style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
           'fo:background-color="#d9e2f3" fo:border="0.5pt solid #808080"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>'
           '</office:automatic-styles><office:body><office:spreadsheet>',
           f'<table:table table:name="{escape(sheet)}">']
    out += [f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths_cm))]
    for ri, r in enumerate(rows):
        out.append("<table:table-row>")
        for c in r:
            ps = "".join(f"<text:p>{escape(x)}</text:p>" for x in str(c).split("\n"))
            out.append(f'<table:table-cell table:style-name="{"ce2" if ri == 0 else "ce1"}" office:value-type="string">{ps}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table></office:spreadsheet></office:body></office:document>")
    path.write_text("".join(out), encoding="utf-8")
    return path
