"""Builders and gold maker for set TB (eval/blind/mixed121).

Documents are written as lists of blocks and rendered by one of several producers (reportlab with
standard-14 fonts, reportlab with embedded DejaVu TrueType, python-docx -> LibreOffice, rendered
image-only scans, a reportlab AcroForm). Afterwards pikepdf rewrites the whole file once to set
Producer/Creator strings and, where a document needs them, hidden channels (Info, XMP, outline,
sticky notes).

Gold: redact items come from a registry of invented persons and identifiers (REDACT_REG) plus
per-document items; an item enters a document's gold when one of its probes occurs in the
document's PDFium text, and only the probes that occur are listed. Keep items likewise come from
KEEP_REG plus per-document items; their 'after' is the count in the PDFium text. A keep occurrence
that overlaps a redact occurrence is reported as a problem.
"""
from __future__ import annotations

import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import (count_in, extract_channels, channel_counts, norm, probe_regex,  # noqa: E402
                      text_pdfium)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

_fonts_done = False

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1  # reproducible reportlab output (fixed dates, ids, subset names)


def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, fn in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuCond", "DejaVuSansCondensed.ttf"),
                     ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                     ("DejaVuMono", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
    addMapping("DejaVuCond", 0, 0, "DejaVuCond")
    addMapping("DejaVuCond", 1, 0, "DejaVuCond-Bold")
    addMapping("DejaVuCond", 0, 1, "DejaVuCond")
    addMapping("DejaVuCond", 1, 1, "DejaVuCond-Bold")
    _fonts_done = True


# ---------------------------------------------------------------------------------------------
# registry items
# ---------------------------------------------------------------------------------------------
class Item:
    def __init__(self, kind, value, probes, channel=None, ocr=False, word=True):
        self.kind, self.value, self.channel, self.ocr = kind, value, channel, ocr
        self.probes = [p if isinstance(p, tuple) else (p, word) for p in probes]


def R(kind, value, *probes, word=True):
    return Item(kind, value, probes or (value,), word=word)


def K(kind, value, *probes, word=True):
    return Item(kind, value, probes or (value,), word=word)


def H(kind, value, channel, *probes, word=True):
    """hidden-channel redact item (metadata | outline | annotations | ocr)"""
    it = Item(kind, value, probes or (value,), channel=channel, word=word)
    if channel == "ocr":
        it.ocr = True
    return it


# ---------------------------------------------------------------------------------------------
# document
# ---------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, stem, kind, blocks=None, *, title="", author=None, xmp_creator=None,
                 producer=None, creator=None, font="Helvetica", size=10, redact=(), keep=(),
                 outline=(), annots=(), landscape=False, scan=None, form=None, subject=None,
                 margins=None):
        self.stem, self.kind, self.blocks = stem, kind, blocks or []
        self.title, self.author, self.xmp_creator = title, author, xmp_creator
        self.producer, self.creator, self.font, self.size = producer, creator, font, size
        self.redact, self.keep = list(redact), list(keep)
        self.outline, self.annots, self.landscape = list(outline), list(annots), landscape
        self.scan, self.form, self.subject, self.margins = scan, form, subject, margins

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="tb-"))
        raw = tmp / f"{self.stem}.pdf"
        if self.kind == "rl":
            build_rl(self, raw)
        elif self.kind == "docx":
            build_docx(self, raw, tmp)
        elif self.kind == "scan":
            build_scan(self, raw)
        elif self.kind == "form":
            self.form(self, raw)
        else:
            raise ValueError(self.kind)
        post(self, raw, self.path)
        shutil.rmtree(tmp, ignore_errors=True)
        return self.path


# ---------------------------------------------------------------------------------------------
# reportlab flowing documents
# ---------------------------------------------------------------------------------------------
def _styles(font, size):
    from reportlab.lib.styles import ParagraphStyle
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(
        font, font + "-Bold" if font in ("DejaVu", "DejaVuSerif", "DejaVuCond") else font)
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.45)
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                            spaceAfter=size * 0.6, spaceBefore=size * 0.3),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                             spaceBefore=size * 0.4),
        "small": ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25,
                                spaceAfter=0),
        "mono": ParagraphStyle("m", parent=base, fontName="Courier" if not font.startswith("DejaVu") else
                               "DejaVuMono", fontSize=size - 1.5, leading=(size - 1.5) * 1.3, spaceAfter=0),
        "right": ParagraphStyle("r", parent=base, alignment=2),
    }


def _x(t):
    return escape(t).replace("\n", "<br/>")


def rl_flowables(blocks, st, width):
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "h2", "small", "right"):
            out.append(Paragraph(_x(b[1]), st[k]))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "sp":
            out.append(Spacer(1, b[1]))
        elif k == "mono":
            for line in b[1].split("\n"):
                out.append(Paragraph(_x(line) if line.strip() else "&nbsp;", st["mono"]))
        elif k == "kv":  # key/value header block
            rows = [[Paragraph(_x(a), st["cellb"]), Paragraph(_x(v), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[width * 0.24, width * 0.76])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif k == "t":
            rows = b[1]
            cw = b[2] if len(b) > 2 and b[2] else None
            if cw:
                tot = sum(cw)
                cw = [width * c / tot for c in cw]
            data = [[Paragraph(_x(str(c)), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    return out


def build_rl(doc, out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.units import mm
    if doc.font.startswith("DejaVu"):
        _fonts()
    ps = landscape(A4) if doc.landscape else A4
    m = doc.margins or (20 * mm, 20 * mm, 18 * mm, 18 * mm)
    d = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=m[0], rightMargin=m[1], topMargin=m[2],
                          bottomMargin=m[3], title=doc.title, author=doc.author or "",
                          subject=doc.subject or "", creator=doc.creator or "")
    st = _styles(doc.font, doc.size)
    d.build(rl_flowables(doc.blocks, st, ps[0] - m[0] - m[1]))


# ---------------------------------------------------------------------------------------------
# python-docx -> LibreOffice
# ---------------------------------------------------------------------------------------------
def build_docx(doc, out, tmp):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    stl = d.styles["Normal"]
    stl.font.name = doc.font if doc.font not in ("Helvetica",) else "Liberation Sans"
    stl.font.size = Pt(doc.size)
    stl.paragraph_format.space_after = Pt(4)
    for b in doc.blocks:
        k = b[0]
        if k in ("p", "small", "right"):
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if k == "small":
                    r.font.size = Pt(doc.size - 2)
                if i < len(lines) - 1:
                    r.add_break()
            if k == "right":
                p.alignment = 2
        elif k in ("h", "h2"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(doc.size + (3 if k == "h" else 1))
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sp":
            d.add_paragraph()
        elif k == "mono":
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "Liberation Mono"
                r.font.size = Pt(doc.size - 1)
        elif k in ("t", "kv"):
            rows = b[1]
            if k == "kv":
                rows = [list(r) for r in rows]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "t":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(str(c))
                    run.font.size = Pt(doc.size - 1)
                    if (k == "t" and i == 0) or (k == "kv" and j == 0):
                        run.bold = True
            if len(b) > 2 and b[2]:
                tot = sum(b[2])
                for j, w in enumerate(b[2]):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(16.6 * w / tot)
            d.add_paragraph()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = doc.author or ""
    cp.title = doc.title or ""
    cp.last_modified_by = ""
    cp.comments = ""
    src = tmp / f"{doc.stem}.docx"
    d.save(str(src))
    prof = Path(tempfile.gettempdir()) / "lo_profile_s121"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=240, check=True)
    if not out.exists():
        raise RuntimeError("soffice failed for " + doc.stem)


# ---------------------------------------------------------------------------------------------
# image-only scans
# ---------------------------------------------------------------------------------------------
def build_scan(doc, out):
    """doc.scan: dict(pages=[[(x_mm, y_mm, text, font, size_pt), ...], ...], rotate=deg, seed=int,
    draw=callable(draw, page_index, px_per_mm) optional)"""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    sc = doc.scan
    dpi = 200
    pxmm = dpi / 25.4
    W, Hh = int(210 * pxmm), int(297 * pxmm)
    rnd = random.Random(sc.get("seed", 1))
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(doc.title or "")
    c.setAuthor("")
    c.setCreator(doc.creator or "")
    for pi, items in enumerate(sc["pages"]):
        im = Image.new("L", (W, Hh), 250)
        dr = ImageDraw.Draw(im)
        for (x, y, text, font, size) in items:
            f = ImageFont.truetype(str(FONT_DIR / font), int(size * dpi / 72))
            dr.text((x * pxmm, y * pxmm), text, fill=rnd.randint(15, 45), font=f)
        if sc.get("draw"):
            sc["draw"](dr, pi, pxmm)
        # speckle
        for _ in range(700):
            x, y = rnd.randrange(W), rnd.randrange(Hh)
            dr.point((x, y), fill=rnd.randint(120, 200))
        im = im.rotate(sc.get("rotate", 0.6) * (1 if pi % 2 == 0 else -0.7), resample=Image.BICUBIC,
                       fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# post-processing: metadata, outline, annotations (whole file rewritten once)
# ---------------------------------------------------------------------------------------------
def post(doc, src, dst):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(src)) as pdf:
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: time-dependent
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:  # regenerated from the content on save (deterministic_id)
            del pdf.trailer["/ID"]
        info = pdf.docinfo
        for key in ("/Author", "/Title", "/Subject", "/Keywords", "/DocChecksum"):
            if key in info:
                del info[key]
        if doc.title:
            info["/Title"] = doc.title
        if doc.author:
            info["/Author"] = doc.author
        if doc.subject:
            info["/Subject"] = doc.subject
        if doc.producer:
            info["/Producer"] = doc.producer
        if doc.creator:
            info["/Creator"] = doc.creator
        info["/CreationDate"] = "D:20261104091500+01'00'"
        info["/ModDate"] = "D:20261104091500+01'00'"
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [doc.xmp_creator]
                if doc.title:
                    m["dc:title"] = doc.title
                if doc.producer:
                    m["pdf:Producer"] = doc.producer
        if doc.outline:
            with pdf.open_outline() as ol:
                stack = []
                for lvl, title, page in doc.outline:
                    oi = pikepdf.OutlineItem(title, page)
                    if lvl == 0:
                        ol.root.append(oi)
                        stack = [oi]
                    else:
                        stack[lvl - 1].children.append(oi)
                        stack = stack[:lvl] + [oi]
        fv = getattr(doc, "form_values", None)
        if fv:
            af = pdf.Root.AcroForm
            for f in af.Fields:
                nm = str(f.get("/T", ""))
                if nm in fv:
                    f.V = String(fv[nm])
                    if "/AP" in f:
                        del f["/AP"]
            af.NeedAppearances = True
        for (pno, rect, author, contents) in doc.annots:
            page = pdf.pages[pno]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                             T=String(author), Contents=String(contents),
                                             Name=Name.Comment, F=4, C=Array([1, 0.9, 0.2]),
                                             M=String("D:20261021143000+02'00'")))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(a)
        pdf.save(str(dst), linearize=False, object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                 deterministic_id=True)


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------
def _spans(text, text_probe, word):
    return [(m.start(), m.end()) for m in probe_regex(text_probe, word).finditer(text)]


def make_gold(doc, path, REDACT_REG, KEEP_REG):
    problems = []
    text, pages = text_pdfium(path)
    redact, keep = [], []
    rspans = []
    chans = None
    hidden = [it for it in doc.redact if it.channel]
    if hidden:
        chans = extract_channels(path, ocr="auto" if any(it.channel == "ocr" for it in hidden) else "off")[
            "channels"]
    seen_vals = set()
    for it in list(REDACT_REG) + [i for i in doc.redact if not i.channel]:
        probes = []
        for (t, w) in it.probes:
            if count_in(text, {"text": t, "word": w}):
                probes.append({"text": t, "word": w, "after": 0})
                rspans += _spans(text, t, w)
        if probes:
            key = (it.kind, it.value)
            if key in seen_vals:
                # merge
                for r in redact:
                    if (r["kind"], r["value"]) == key:
                        have = {p["text"] for p in r["probes"]}
                        r["probes"] += [p for p in probes if p["text"] not in have]
                continue
            seen_vals.add(key)
            redact.append({"kind": it.kind, "value": it.value, "probes": probes})
        if it.value and count_in(text, {"text": it.value}):
            rspans += _spans(text, it.value, False)
    for it in hidden:
        probes = []
        for (t, w) in it.probes:
            pr = {"text": t, "word": w, "after": 0}
            if it.ocr:
                pr["ocr"] = True
            c = channel_counts(chans, pr).get(it.channel, 0)
            if not c:
                problems.append(f"{doc.stem}: hidden probe {t!r} not in {it.channel} (dropped)")
                continue
            if it.channel != "ocr" and count_in(text, pr):
                problems.append(f"{doc.stem}: hidden probe {t!r} also in page text")
            probes.append(pr)
        if probes:
            d = {"kind": it.kind, "value": it.value, "channel": it.channel, "probes": probes}
            redact.append(d)
    kseen = set()
    for it in list(KEEP_REG) + list(doc.keep):
        probes = []
        for (t, w) in it.probes:
            if (t, w) in kseen:
                continue
            kseen.add((t, w))
            sp = _spans(text, t, w)
            if not sp:
                if it in doc.keep:
                    problems.append(f"{doc.stem}: doc keep probe {t!r} not found")
                continue
            for (a, b) in sp:
                for (c, e) in rspans:
                    if a < e and c < b:
                        problems.append(f"{doc.stem}: keep probe {t!r} overlaps redact {text[c:e]!r}")
                        break
            probes.append({"text": t, "word": w, "after": len(sp)})
        if probes:
            keep.append({"kind": it.kind, "value": it.value, "probes": probes})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    # a keep probe text must not contain a redact probe text
    rtexts = [p["text"] for r in redact for p in r["probes"]]
    for k in keep:
        for p in k["probes"]:
            for rt in rtexts:
                if re.search(probe_regex(rt, True).pattern, p["text"]):
                    problems.append(f"{doc.stem}: keep probe {p['text']!r} contains redact {rt!r}")
    return gold, problems
