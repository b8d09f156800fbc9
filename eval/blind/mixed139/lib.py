"""Rendering engine and gold builder for set VZ (eval/blind/mixed139)."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s139_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1

_fonts_done = False


def fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                    ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
                    ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                    ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    for fam in ("DV", "DVS"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _fonts_done = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DV": "DV-B", "DVS": "DVS-B"}


# ------------------------------------------------------------------------------------------
# gold items
# ------------------------------------------------------------------------------------------
def R(kind, value, *probes, ch=None, ocr=False, word=True):
    return {"kind": kind, "value": value, "probes": list(probes) or [value], "channel": ch, "ocr": ocr,
            "word": word}


def K(kind, value, *probes, word=True):
    return {"kind": kind, "value": value, "probes": list(probes) or [value], "word": word}


class Doc:
    def __init__(self, stem, blocks, *, kind="rl", font="Helvetica", size=10, producer="", creator="",
                 author="", title="", redact=(), keep=(), landscape=False, outline=(), notes=(),
                 xmp_creator=None, scan_lines=None, form=None, header=None, extra_redact=(),
                 date="D:20260914101500+02'00'"):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    # -------------------------------------------------------------------------------------
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True, parents=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            raw = self._rl()
        elif self.kind == "docx":
            raw = self._docx()
        elif self.kind == "scan":
            raw = self._scan()
        elif self.kind == "form":
            raw = self._form()
        else:
            raise ValueError(self.kind)
        self._post(raw, out)
        return out

    def _rl(self) -> bytes:
        fonts()
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                        PageBreak, Preformatted)
        f, sz = self.font, self.size
        fb = BOLD[f]
        st = ParagraphStyle("b", fontName=f, fontSize=sz, leading=sz * 1.3, spaceAfter=sz * 0.5)
        sth = ParagraphStyle("h", fontName=fb, fontSize=sz + 3, leading=(sz + 3) * 1.3, spaceAfter=6,
                             spaceBefore=6)
        sth2 = ParagraphStyle("h2", fontName=fb, fontSize=sz + 1, leading=(sz + 1) * 1.3, spaceAfter=3,
                              spaceBefore=4)
        stl = ParagraphStyle("l", fontName=f, fontSize=sz, leading=sz * 1.25, spaceAfter=0)
        stc = ParagraphStyle("c", fontName=f, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.2)
        buf = io.BytesIO()
        ps = landscape(A4) if self.landscape else A4
        doc = SimpleDocTemplate(buf, pagesize=ps, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                                bottomMargin=18 * mm)
        story = []
        for b in self.blocks:
            if isinstance(b, str):
                story.append(Paragraph(escape(b), st))
            elif b[0] == "h":
                story.append(Paragraph(escape(b[1]), sth))
            elif b[0] == "h2":
                story.append(Paragraph(escape(b[1]), sth2))
            elif b[0] == "lines":
                for ln in b[1].strip("\n").split("\n"):
                    story.append(Paragraph(escape(ln) if ln.strip() else "&nbsp;", stl))
                story.append(Spacer(1, sz * 0.6))
            elif b[0] == "sp":
                story.append(Spacer(1, b[1] if len(b) > 1 else 10))
            elif b[0] == "pb":
                story.append(PageBreak())
            elif b[0] == "t":
                rows = [[Paragraph(escape(str(c)), stc) for c in r] for r in b[1]]
                widths = b[2] if len(b) > 2 else None
                if widths:
                    tot = ps[0] - 44 * mm
                    widths = [w * tot for w in widths]
                t = Table(rows, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 8))
        hdr = self.header

        def on_page(c, d):
            if hdr:
                c.saveState()
                c.setFont(f, 7.5)
                c.drawString(22 * mm, ps[1] - 12 * mm, hdr)
                c.drawRightString(ps[0] - 22 * mm, 10 * mm, f"Pagina {d.page}")
                c.restoreState()
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
        return buf.getvalue()

    def _docx(self) -> bytes:
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title or ""
        d.core_properties.last_modified_by = ""
        s = d.styles["Normal"]
        s.font.name = "Liberation Serif" if self.font.startswith("T") else "DejaVu Sans"
        s.font.size = Pt(self.size)
        for b in self.blocks:
            if isinstance(b, str):
                d.add_paragraph(b)
            elif b[0] in ("h", "h2"):
                d.add_heading(b[1], level=1 if b[0] == "h" else 2)
            elif b[0] == "lines":
                p = d.add_paragraph()
                lines = b[1].strip("\n").split("\n")
                for i, ln in enumerate(lines):
                    r = p.add_run(ln)
                    if i < len(lines) - 1:
                        r.add_break()
            elif b[0] == "pb":
                d.add_page_break()
            elif b[0] == "sp":
                d.add_paragraph("")
            elif b[0] == "t":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = str(c)
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s139_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
        return (TMP / f"{self.stem}.pdf").read_bytes()

    def _scan(self) -> bytes:
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        rnd = random.Random(self.stem)
        W, H = 1654, 2339
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in self.scan_lines:
            style, text = (ln if isinstance(ln, tuple) else ("n", ln))
            if style == "hand":
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
                dr.text((150 + rnd.randint(-8, 8), y), text, font=fnt, fill=40)
                y += 62
            elif style == "sig":
                x0 = 170
                pts = [(x0 + i * 14, y + 25 + int(18 * ((-1) ** i) * rnd.random())) for i in range(22)]
                dr.line(pts, fill=30, width=3)
                y += 80
            elif style == "b":
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 38)
                dr.text((150, y), text, font=fnt, fill=20)
                y += 60
            else:
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 32)
                dr.text((150, y), text, font=fnt, fill=25)
                y += 48
        im = im.rotate(0.7 if rnd.random() > 0.5 else -0.6, fillcolor=250, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        im.convert("RGB").save(jb, "JPEG", quality=78)
        jb.seek(0)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        c.drawImage(ImageReader(jb), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()
        return buf.getvalue()

    def _form(self) -> bytes:
        fonts()
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        y = A4[1] - 60
        for b in self.blocks:
            if isinstance(b, str):
                c.setFont("Helvetica", 9.5)
                c.drawString(55, y, b)
                y -= 16
            elif b[0] == "h":
                c.setFont("Helvetica-Bold", 13)
                c.drawString(55, y, b[1])
                y -= 24
            elif b[0] == "field":
                _, name, label, value = b
                c.setFont("Helvetica", 9)
                c.drawString(55, y + 5, label)
                c.acroForm.textfield(name=name, value=value, x=250, y=y, width=290, height=17,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.6)
                y -= 24
        c.showPage()
        c.save()
        return buf.getvalue()

    def _post(self, raw: bytes, out: Path):
        import pikepdf
        pdf = pikepdf.open(io.BytesIO(raw))
        if self.kind != "docx":
            for k in list(pdf.docinfo.keys()):
                del pdf.docinfo[k]
            if self.producer:
                pdf.docinfo["/Producer"] = self.producer
            if self.creator:
                pdf.docinfo["/Creator"] = self.creator
            if self.author:
                pdf.docinfo["/Author"] = self.author
            if self.title:
                pdf.docinfo["/Title"] = self.title
        for k in ("/CreationDate", "/ModDate"):
            pdf.docinfo[k] = self.date
        if self.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [self.xmp_creator]
                m["dc:title"] = self.title or self.stem
                if self.producer:
                    m["pdf:Producer"] = self.producer
                if self.creator:
                    m["xmp:CreatorTool"] = self.creator
        if self.outline:
            with pdf.open_outline() as ol:
                for title, page in self.outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for (page, rect, who, text) in self.notes:
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array(rect), T=pikepdf.String(who),
                                       Contents=pikepdf.String(text), Open=False,
                                       Name=pikepdf.Name.Comment)
            pg = pdf.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pikepdf.Array()
            pg.obj.Annots.append(pdf.make_indirect(annot))
        pdf.save(out, deterministic_id=True)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def _spans(text, probe, word=True):
    return [m.span() for m in probe_regex(probe, word).finditer(text)]


def make_gold(d: Doc, path: Path, registry_r, registry_k):
    problems = []
    text, pages = text_pdfium(path)
    items = list(d.redact) + [it for it in registry_r if it not in d.redact]
    hidden = [it for it in items if it["channel"] or it["ocr"]]
    chans = {}
    if hidden:
        chans = extract_channels(path, ocr="auto" if any(it["ocr"] for it in hidden) else "off")["channels"]
    red, rspans = [], []
    explicit = [id(x) for x in d.redact]
    for it in items:
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": it["word"], "after": 0}
            if it["ocr"]:
                pr["ocr"] = True
                ok = channel_counts(chans, pr).get("ocr", 0) > 0
            elif it["channel"]:
                ok = channel_counts(chans, pr).get(it["channel"], 0) > 0 and not count_in(text, pr)
            else:
                ok = count_in(text, pr) > 0
                if ok:
                    rspans += _spans(text, p, it["word"])
            if ok:
                probes.append(pr)
            elif id(it) in explicit:
                problems.append(f"{d.stem}: explicit redact probe {p!r} not found ({it['channel'] or ('ocr' if it['ocr'] else 'pdfium')})")
        if probes:
            g = {"kind": it["kind"], "value": it["value"], "probes": probes}
            if it["channel"]:
                g["channel"] = it["channel"]
            if it["ocr"]:
                g["ocr"] = True
            red.append(g)
    keep = []
    kitems = list(d.keep) + [it for it in registry_k if it not in d.keep]
    kexplicit = [id(x) for x in d.keep]
    for it in kitems:
        probes = []
        for p in it["probes"]:
            sp = _spans(text, p, it["word"])
            if not sp:
                if id(it) in kexplicit:
                    problems.append(f"{d.stem}: explicit keep probe {p!r} not found")
                continue
            if any(a < e and s < b for a, b in sp for s, e in rspans):
                if id(it) in kexplicit:
                    problems.append(f"{d.stem}: keep probe {p!r} overlaps a redact span")
                continue
            probes.append({"text": p, "word": it["word"], "after": len(sp)})
        if probes:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    gold = {"doc": path.name, "pages": pages, "redact": red, "keep": keep}
    return gold, problems
