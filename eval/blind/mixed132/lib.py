"""Builders and gold logic for set EC (eval/blind/mixed132). Written blind; see README.md."""
from __future__ import annotations

import io
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, image_pages, ocr_text, ocr_count  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONTDIR + "DejaVuSerif-Bold.ttf"))

FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dejavu": ("DejaVu", "DejaVu-Bold"), "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
         "courier": ("Courier", "Courier-Bold")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """blocks: ('h', text) heading, ('p', text) paragraph, ('t', rows) table, ('s',) spacer,
    ('pb',) page break. hidden: list of (channel, kind, value, [probes]). ocr: image-only scan."""

    def __init__(self, stem, blocks, font="helv", producer="Microsoft® Word voor Microsoft 365",
                 creator="Microsoft® Word voor Microsoft 365", author=None, xmp_creator=None,
                 hidden=(), outline=(), notes=(), form=None, ocr=False, docx=False, size=10, title=None,
                 extra_redact=(), rot=0.6):
        self.stem, self.blocks, self.font = stem, blocks, font
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.hidden, self.outline, self.notes, self.form = list(hidden), list(outline), list(notes), form
        self.ocr, self.docx, self.size, self.title = ocr, docx, size, title
        self.extra_redact = list(extra_redact)
        self.rot = rot

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    # ---------------------------------------------------------------- builders
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.ocr:
            self._build_scan()
        elif self.docx:
            self._build_docx()
        else:
            self._build_rl()
        self._post()
        return self.path

    def _flow(self):
        reg, bold = FONTS[self.font]
        st = ParagraphStyle("n", fontName=reg, fontSize=self.size, leading=self.size * 1.3, spaceAfter=4)
        hs = ParagraphStyle("h", fontName=bold, fontSize=self.size + 2, leading=(self.size + 2) * 1.3,
                            spaceBefore=4, spaceAfter=4)
        cs = ParagraphStyle("c", fontName=reg, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.25)
        out = []
        from reportlab.platypus import PageBreak
        for b in self.blocks:
            if b[0] == "h":
                out.append(Paragraph(esc(b[1]), hs))
            elif b[0] == "p":
                out.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st))
            elif b[0] == "s":
                out.append(Spacer(1, 8))
            elif b[0] == "pb":
                out.append(PageBreak())
            elif b[0] == "t":
                rows = [[Paragraph(esc(str(c)), cs) for c in r] for r in b[1]]
                ncol = len(b[1][0])
                widths = b[2] if len(b) > 2 else [170 * mm / ncol] * ncol
                t = Table(rows, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
                out.append(Spacer(1, 6))
        return out

    def _build_rl(self):
        doc = SimpleDocTemplate(str(self.path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title or self.stem)
        doc.build(self._flow())
        if self.form:
            self._add_form()

    def _add_form(self):
        # overlay a page of form fields on page 1 by rebuilding with canvas: simpler to merge with pikepdf
        from reportlab.pdfgen import canvas
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        for (name, label, value, x, y, w) in self.form:
            c.acroForm.textfield(name=name, tooltip=label, value=value, x=x, y=y, width=w, height=14,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
        c.showPage()
        c.save()
        import pikepdf
        with pikepdf.open(str(self.path), allow_overwriting_input=True) as pdf, pikepdf.open(buf) as f:
            pg = pdf.pages[0]
            fields = []
            annots = pikepdf.Array()
            for a in f.pages[0].obj.get("/Annots", []):
                na = pdf.copy_foreign(a)
                na.P = pg.obj
                annots.append(na)
                fields.append(na)
            pg.obj.Annots = annots
            pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
                Fields=pikepdf.Array(fields), NeedAppearances=True,
                DA=pikepdf.String("/Helv 9 Tf 0 g"),
                DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
                    Encoding=pikepdf.Name.WinAnsiEncoding))))))
            pdf.save(str(self.path))

    def _build_docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        s = d.styles["Normal"]
        s.font.name = "Liberation Sans" if self.font == "helv" else "DejaVu Sans"
        s.font.size = Pt(self.size)
        for b in self.blocks:
            if b[0] == "h":
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(self.size + 2)
            elif b[0] == "p":
                lines = b[1].split("\n")
                p = d.add_paragraph()
                for i, ln in enumerate(lines):
                    r = p.add_run(ln)
                    if i < len(lines) - 1:
                        r.add_break()
            elif b[0] == "pb":
                d.add_page_break()
            elif b[0] == "t":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = str(c)
                        for para in t.cell(i, j).paragraphs:
                            for run in para.runs:
                                run.font.size = Pt(self.size - 1)
                d.add_paragraph()
        if self.author:
            d.core_properties.author = self.author
        else:
            d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(str(src))
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                           capture_output=True, timeout=180)
            (Path(td) / f"{self.stem}.pdf").replace(self.path)

    def _build_scan(self):
        from PIL import Image, ImageDraw, ImageFont
        W, H = 1654, 2339  # A4 at 200 dpi
        pages = []
        cur = []
        for b in self.blocks:
            if b[0] == "pb":
                pages.append(cur)
                cur = []
            else:
                cur.append(b)
        pages.append(cur)
        imgs = []
        for blocks in pages:
            im = Image.new("L", (W, H), 246)
            dr = ImageDraw.Draw(im)
            f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
            fb = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 38)
            fh = ImageFont.truetype(FONTDIR + "DejaVuSerifCondensed-Italic.ttf", 40)
            y = 150
            for b in blocks:
                if b[0] == "s":
                    y += 30
                    continue
                font = fb if b[0] == "h" else fh if b[0] == "hw" else f
                txt = b[1] if b[0] != "t" else "\n".join("   ".join(r) for r in b[1])
                for ln in txt.split("\n"):
                    dr.text((140, y), ln, fill=20 if b[0] != "hw" else 40, font=font)
                    y += 52
                y += 18
            im = im.rotate(self.rot, resample=Image.BICUBIC, fillcolor=246)
            imgs.append(im)
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(self.path), pagesize=A4)
        for im in imgs:
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=80)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self):
        import pikepdf
        with pikepdf.open(str(self.path), allow_overwriting_input=True) as pdf:
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
                    m["xmp:CreatorTool"] = self.creator
                    m["pdf:Producer"] = self.producer
            info = pdf.docinfo
            if not self.docx:
                info["/Producer"] = pikepdf.String(self.producer)
                info["/Creator"] = pikepdf.String(self.creator)
            if self.author:
                info["/Author"] = pikepdf.String(self.author)
            elif "/Author" in info:
                del info["/Author"]
            if self.title:
                info["/Title"] = pikepdf.String(self.title)
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(title, pg))
            for (pg, x, y, author, contents) in self.notes:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(author),
                    Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment, Open=False))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pikepdf.Array()
                page.obj.Annots.append(a)
            pdf.save(str(self.path), deterministic_id=True)


# -------------------------------------------------------------------- gold
def _redacted(text, probes):
    for pr in probes:
        text = probe_regex(pr["text"], pr.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(d: Doc, path: Path, persons, keepvocab):
    problems = []
    text, pages = text_pdfium(path)
    ocr_entries = None
    if d.ocr:
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = ocr_text(path, Path(td), image_pages(path))
    redact = []
    allprobes = []
    for kind, value, probes in persons:
        got = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if d.ocr:
                if ocr_count(ocr_entries, pr) > 0:
                    pr["ocr"] = True
                    got.append(pr)
            elif count_in(text, pr) > 0:
                got.append(pr)
        if got:
            it = {"kind": kind, "value": value, "probes": got}
            if d.ocr:
                it["channel"] = "ocr"
            redact.append(it)
            allprobes += got
    for kind, value, probes in d.extra_redact:
        got = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if d.ocr:
                if ocr_count(ocr_entries, pr) > 0:
                    pr["ocr"] = True
                    got.append(pr)
                else:
                    print(f"   {d.stem}: OCR misses {p!r} (dropped)")
            elif count_in(text, pr) > 0:
                got.append(pr)
            else:
                problems.append(f"{d.stem}: extra redact probe {p!r} not in text")
        if got:
            it = {"kind": kind, "value": value, "probes": got}
            if d.ocr:
                it["channel"] = "ocr"
            redact.append(it)
            allprobes += got
    if d.ocr and not redact:
        problems.append(f"{d.stem}: OCR found nothing")
    for ch, kind, value, probes in d.hidden:
        got = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden probe {p!r} in page text")
            got.append(pr)
        redact.append({"kind": kind, "value": value, "channel": ch, "probes": got})
    red_text = _redacted(text, allprobes)
    keep = []
    if not d.ocr:
        for kind, value, probes in keepvocab:
            got = []
            for p in probes:
                pr = {"text": p, "word": True}
                n = count_in(text, pr)
                if n and count_in(red_text, pr) == n:
                    pr["after"] = n
                    got.append(pr)
            if got:
                keep.append({"kind": kind, "value": value, "probes": got})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
