"""Builder helpers for set LG (mixed164). Markup in document text:
{X:value}  -> value printed, and a redact item (kind letter X) with the value as probe
{=value}   -> value printed, and a keep item (count taken on the original's PDFium text)
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "H": "HEALTH", "C": "INITIALS", "K": "KVK", "N": "PERSONNEL_NUMBER", "S": "SIGNATURE", "X": "OTHER"}
RX = re.compile(r"\{([A-Z]):([^{}]+)\}|\{=([^{}]+)\}")


def parse(s, red, keep):
    def rep(m):
        if m.group(1):
            red.append((KINDS[m.group(1)], m.group(2)))
            return m.group(2)
        keep.append(m.group(3))
        return m.group(3)
    return RX.sub(rep, s)


class Doc:
    def __init__(self, stem, kind, blocks, producer="", creator="", author=None, xmp_creator=None,
                 outline=None, notes=None, form=None, extra_redact=(), title=None, font="Helvetica"):
        self.stem, self.kind, self.blocks = stem, kind, blocks
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline, self.notes, self.form = outline or [], notes or [], form
        self.extra_redact = list(extra_redact)  # (kind, value, channel)
        self.title, self.font = title, font
        self.red, self.keep = [], []

    # ---------------------------------------------------------------- build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        self.red, self.keep = [], []
        if self.kind == "rl":
            data = self._rl()
        elif self.kind == "docx":
            data = self._docx()
        elif self.kind == "scan":
            data = self._scan()
        path.write_bytes(data)
        self._post(path)
        return path

    def _blocks_parsed(self):
        out = []
        for b in self.blocks:
            if isinstance(b, tuple) and b[0] == "table":
                rows = [[parse(c, self.red, self.keep) for c in r] for r in b[1]]
                out.append(("table", rows, b[2] if len(b) > 2 else None))
            elif isinstance(b, tuple):
                out.append((b[0], parse(b[1], self.red, self.keep)))
            else:
                out.append(("p", parse(b, self.red, self.keep)))
        return out

    def _rl(self):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import cm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak
        font, bold = self.font, self.font + "-Bold"
        if self.font == "DejaVuSans":
            try:
                pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
                pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
                pdfmetrics.registerFont(TTFont("DejaVuSansMono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
            except Exception:
                pass
        if self.font == "Times-Roman":
            bold = "Times-Bold"
        st = ParagraphStyle("n", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=5)
        h = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=16, spaceAfter=8)
        h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=14, spaceAfter=4, spaceBefore=4)
        mono = ParagraphStyle("m", fontName="DejaVuSansMono" if self.font == "DejaVuSans" else "Courier", fontSize=8.5, leading=11, spaceAfter=2)
        cell = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
        flow = []
        for b in self._blocks_parsed():
            if b[0] == "table":
                rows = [[Paragraph(escape(c), cell) for c in r] for r in b[1]]
                t = Table(rows, colWidths=[w * cm for w in b[2]] if b[2] else None, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow += [t, Spacer(1, 6)]
            elif b[0] == "break":
                flow.append(PageBreak())
            else:
                sty = {"h": h, "h2": h2, "m": mono}.get(b[0], st)
                flow.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), sty))
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                                bottomMargin=2 * cm, invariant=1, title=self.title or "", author="",
                                creator=self.creator, producer=self.producer)
        doc.build(flow)
        data = buf.getvalue()
        if self.form:
            data = self._add_form(data)
        return data

    def _add_form(self, data):
        # draw a form page with reportlab acroform fields whose values are personal data
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        import pikepdf
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        y = 640
        for label, name, value in self.form:
            c.setFont("Helvetica", 9)
            c.drawString(60, y + 6, label)
            c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=18, fontSize=9,
                                 borderWidth=0.5)
            if value:
                self.extra_redact.append(("FORM_VALUE", value, "annotations"))
            y -= 30
        c.showPage()
        c.save()
        base = pikepdf.open(io.BytesIO(data))
        formpdf = pikepdf.open(io.BytesIO(buf.getvalue()))
        p0 = base.pages[0]
        fp = formpdf.pages[0]
        newpage = base.copy_foreign(fp.obj)
        base.pages[0].obj  # noqa
        # overlay: merge the widgets onto the first page of the base document
        p0.add_overlay(fp)  # the labels drawn on the form canvas
        annots = newpage.get("/Annots")
        base.Root.AcroForm = base.copy_foreign(formpdf.Root.AcroForm)
        p0.obj.Annots = annots
        base.Root.AcroForm.Fields = pikepdf.Array(list(annots))
        for a in annots:
            a.P = p0.obj
        out = io.BytesIO()
        base.save(out, deterministic_id=True)
        return out.getvalue()

    def _docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        for b in self._blocks_parsed():
            if b[0] == "table":
                t = d.add_table(rows=len(b[1]), cols=len(b[1][0]))
                t.style = "Table Grid"
                for i, r in enumerate(b[1]):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                d.add_paragraph("")
            elif b[0] == "h":
                d.add_heading(b[1], level=1)
            elif b[0] == "h2":
                d.add_heading(b[1], level=2)
            elif b[0] == "break":
                d.add_page_break()
            else:
                d.add_paragraph(b[1])
        d.core_properties.author = self.xmp_creator or ""
        d.core_properties.last_modified_by = ""
        d.core_properties.title = self.title or ""
        tmp = Path(f"/tmp/s164_docx/{self.stem}")
        tmp.mkdir(parents=True, exist_ok=True)
        src = tmp / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s164_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, capture_output=True)
        return (tmp / f"{self.stem}.pdf").read_bytes()

    def _scan(self):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        rnd = random.Random(self.stem)
        W, H = 1654, 2339
        img = Image.new("L", (W, H), 248)
        dr = ImageDraw.Draw(img)
        y = 130
        for b in self._blocks_parsed():
            style, text = (b[0], b[1]) if b[0] != "table" else ("p", "  |  ".join(b[1][0]))
            fpath = {"hw": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf" if Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf").exists() else "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf",
                     "h": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}.get(style, "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
            size = {"h": 40, "hw": 38}.get(style, 33)
            f = ImageFont.truetype(fpath, size)
            for line in text.split("\n"):
                dr.text((140, y), line, font=f, fill=25)
                y += int(size * 1.45)
            y += 16
        img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=240, resample=Image.BICUBIC)
        jb = io.BytesIO()
        img.convert("RGB").save(jb, "JPEG", quality=78)
        jb.seek(0)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
        return buf.getvalue()

    def _post(self, path):
        import pikepdf
        pdf = pikepdf.open(path, allow_overwriting_input=True)
        if self.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [self.xmp_creator]
            self.extra_redact.append(("PERSON", self.xmp_creator, "metadata"))
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author",):
                del info[k]
        if self.producer:
            info["/Producer"] = self.producer
        if self.creator:
            info["/Creator"] = self.creator
        if self.author:
            info["/Author"] = self.author
            self.extra_redact.append(("PERSON", self.author, "metadata"))
        if self.outline:
            with pdf.open_outline() as ol:
                for t, pg, hidden in self.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
                    for v in hidden:
                        self.extra_redact.append(("PERSON", v, "outline"))
        for pg, author, contents, hidden in self.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 700, 500, 720],
                T=pikepdf.String(author), Contents=pikepdf.String(contents), Open=False))
            if "/Annots" in page.obj:
                page.obj.Annots.append(annot)
            else:
                page.obj.Annots = pikepdf.Array([annot])
            for v in [author] + list(hidden):
                self.extra_redact.append(("PERSON" if v == author else "OTHER", v, "annotations"))
        pdf.save(path, deterministic_id=True)


def surname(v):
    """Last name token of a full name ('Karin van Esch' -> 'Esch'), or None."""
    if "," in v or " " not in v:
        return None
    last = v.split()[-1].strip("()")
    if len(last) < 4 or last.isupper() or not last[:1].isupper() or last == v:
        return None
    return last


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, seen = [], set()
    ocr = d.kind == "scan"
    for kind, v in d.red:
        if (v, None) in seen or any(v == e[1] and e[2] is None for e in d.extra_redact):
            continue
        seen.add((v, None))
        pr = {"text": v, "word": True, "after": 0}
        item = {"kind": kind, "value": v, "probes": [pr]}
        sur = surname(v) if kind == "PERSON" else None
        if sur and not any(sur in k for k in d.keep):
            item["probes"].append({"text": sur, "word": True, "after": 0})
        if ocr:
            for p in item["probes"]:
                p["ocr"] = True
            item["channel"] = "ocr"
        redact.append(item)
    for kind, v, ch in d.extra_redact:
        if (v, ch) in seen:
            continue
        seen.add((v, ch))
        item = {"kind": kind, "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
        if ch:
            item["channel"] = ch
        redact.append(item)
    # simulated redaction of the page text
    red_text = text
    for it in redact:
        if it.get("channel") in (None,):
            red_text = re.sub(r"(?<!\w)" + re.escape(norm(it["value"])) + r"(?!\w)", "\u2588" * 3, red_text)
    keep, kseen = [], set()
    if not ocr:
        for v in d.keep:
            if v in kseen:
                continue
            kseen.add(v)
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0 or count_in(red_text, pr) != n:
                problems.append(f"{d.stem}: keep {v!r} n={n} after-redaction={count_in(red_text, pr)}")
                continue
            if any(v in it["value"] or it["value"] in v for it in redact):
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
                continue
            pr["after"] = n
            keep.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    for it in redact:
        if it.get("channel") is None:
            for pr in it["probes"]:
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {pr['text']!r} not in text")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
