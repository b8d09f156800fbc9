"""Rendering engine and gold helpers for set CE (eval/blind/mixed73).

Document source markup (see content.py):
  [text]        rendered as 'text'; a redact probe (kind guessed: EMAIL, NUMBER, PERSON)
  [KIND|text]   the same with an explicit kind (HEALTH, ADDRESS, DOB, BSN, IBAN, PHONE, DEBT, RELIGION, ...)
  {text}        rendered as 'text'; a keep probe (its 'after' is counted on the PDFium text)
Probes are word-anchored when they begin and end with a word character.
Line types: '# ' heading, '## ' subheading, 'T: a | b | c' table row ('TH:' bold), 'R: ' text at the
right-hand column, '---' rule, '' blank line, 'PB' page break, '> ' indented quote, 'M: ' monospace line.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "LibSans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "LibSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "LibMono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
}
STD = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
       "Courier": ("Courier", "Courier-Bold")}
_REG = set()


def font_pair(name: str):
    if name in STD:
        return STD[name]
    if name not in _REG:
        r, b = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, r))
        pdfmetrics.registerFont(TTFont(name + "-B", b))
        _REG.add(name)
    return name, name + "-B"


MARK = re.compile(r"\[(?:([A-Z]+)\|)?([^\[\]]+)\]|\{([^{}]+)\}")


def _isword(s: str) -> bool:
    return bool(re.match(r"\w", s[:1])) and bool(re.match(r"\w", s[-1:]))


def guess_kind(t: str) -> str:
    if "@" in t:
        return "EMAIL"
    nd = sum(c.isdigit() for c in t)
    if nd >= 9 and re.match(r"^[+0(]", t) and not re.search(r"[A-Za-z]", t):
        return "PHONE"
    if nd >= max(3, len(t) // 3):
        return "ID"
    return "PERSON"


def parse(src: str):
    """Return (plain text, redact list [(kind, text)], keep list [text])."""
    red, keep = [], []

    def rep(m):
        if m.group(3) is not None:
            keep.append(m.group(3))
            return m.group(3)
        kind = m.group(1) or guess_kind(m.group(2))
        red.append((kind, m.group(2)))
        return m.group(2)

    return MARK.sub(rep, src), red, keep


# ---------------------------------------------------------------------------------- reportlab
class Doc:
    def __init__(self, path, font="Helvetica", size=10, lead=None, header=None, footer=None,
                 margin=62, meta=None):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.f, self.fb = font_pair(font)
        self.size = size
        self.lead = lead or size * 1.32
        self.header, self.footer = header, footer
        self.m = margin
        self.W, self.H = A4
        self.page = 1
        meta = meta or {}
        self.c.setAuthor(meta.get("author", ""))
        self.c.setTitle(meta.get("title", ""))
        self.c.setSubject(meta.get("subject", ""))
        self.c.setCreator(meta.get("creator", "ReportLab"))
        self.outline = []
        self._start()

    def _start(self):
        self.y = self.H - 58
        if self.header:
            self.c.setFont(self.fb, 12)
            self.c.drawString(self.m, self.y, self.header[0])
            self.c.setFont(self.f, 8)
            for i, h in enumerate(self.header[1:]):
                self.c.drawRightString(self.W - self.m, self.y - i * 10 + 2, h)
            self.y -= max(28, 10 * len(self.header) + 6)
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.drawString(self.m, 30, self.footer)
            self.c.drawRightString(self.W - self.m, 30, f"pagina {self.page}")

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self._start()

    def need(self, h):
        if self.y - h < 55:
            self.newpage()

    def line(self, raw: str):
        c = self.c
        if raw == "PB":
            self.newpage()
            return
        if raw.startswith("BM:"):  # bookmark at this position
            key = f"bm{len(self.outline)}"
            c.bookmarkHorizontal(key, 0, self.y + 12)
            c.addOutlineEntry(raw[3:].strip(), key, level=0)
            self.outline.append(raw[3:].strip())
            return
        if raw == "":
            self.y -= self.lead * 0.6
            return
        if raw == "---":
            self.need(8)
            c.setLineWidth(0.5)
            c.line(self.m, self.y + 4, self.W - self.m, self.y + 4)
            self.y -= 8
            return
        if raw.startswith("# "):
            self.need(22)
            self.y -= 4
            c.setFont(self.fb, self.size + 3)
            for ln in simpleSplit(raw[2:], self.fb, self.size + 3, self.W - 2 * self.m):
                c.drawString(self.m, self.y, ln)
                self.y -= (self.size + 3) * 1.3
            self.y -= 3
            return
        if raw.startswith("## "):
            self.need(18)
            self.y -= 2
            c.setFont(self.fb, self.size + 0.5)
            c.drawString(self.m, self.y, raw[3:])
            self.y -= self.lead + 1
            return
        if raw.startswith(("T:", "TH:")):
            bold = raw.startswith("TH:")
            cells = [x.strip() for x in raw.split(":", 1)[1].split("|")]
            widths = self.colw if getattr(self, "colw", None) and len(self.colw) == len(cells) else \
                [(self.W - 2 * self.m) / len(cells)] * len(cells)
            fnt = self.fb if bold else self.f
            sz = self.size - 1
            wrapped = [simpleSplit(t, fnt, sz, w - 6) or [""] for t, w in zip(cells, widths)]
            h = max(len(w) for w in wrapped) * sz * 1.25 + 4
            self.need(h)
            x = self.m
            c.setLineWidth(0.3)
            for w, lines in zip(widths, wrapped):
                c.rect(x, self.y - h + sz + 1, w, h, stroke=1, fill=0)
                c.setFont(fnt, sz)
                yy = self.y
                for ln in lines:
                    c.drawString(x + 3, yy, ln)
                    yy -= sz * 1.25
                x += w
            self.y -= h
            return
        if raw.startswith("R:"):
            self.need(self.lead)
            c.setFont(self.f, self.size - 1)
            c.drawString(self.W * 0.60, self.y, raw[2:].strip())
            self.y -= self.lead * 0.95
            return
        if raw.startswith("M:"):
            self.need(self.lead)
            c.setFont("Courier", self.size - 1)
            c.drawString(self.m, self.y, raw[2:])
            self.y -= self.lead
            return
        ind = 0
        fnt = self.f
        if raw.startswith("> "):
            ind, raw = 18, raw[2:]
        if raw.startswith("**"):
            fnt, raw = self.fb, raw[2:]
        lines = simpleSplit(raw, fnt, self.size, self.W - 2 * self.m - ind)
        for ln in lines:
            self.need(self.lead)
            c.setFont(fnt, self.size)
            c.drawString(self.m + ind, self.y, ln)
            self.y -= self.lead

    def save(self):
        self.c.save()


def render_reportlab(path, plain: str, **kw):
    colw = kw.pop("colw", None)
    form = kw.pop("form", None)
    d = Doc(path, **kw)
    d.colw = colw
    rects = []
    for raw in plain.split("\n"):
        if raw.startswith("COLW:"):
            d.colw = [float(x) for x in raw[5:].split(",")]
            continue
        if raw.startswith("F:"):  # form row: label, a field box to the right (filled in later)
            d.need(22)
            d.c.setFont(d.f, d.size)
            d.c.drawString(d.m, d.y, raw[2:].strip())
            rects.append((d.page - 1, [d.W * 0.42, d.y - 5, d.W - d.m, d.y + 12]))
            d.y -= 22
            continue
        d.line(raw)
    d.save()
    return rects


# ---------------------------------------------------------------------------------- docx -> LibreOffice
def render_docx(path: Path, plain: str, author="", title="", font="Calibri"):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.title = title
    table = None
    for raw in plain.split("\n"):
        if raw.startswith(("T:", "TH:")):
            cells = [x.strip() for x in raw.split(":", 1)[1].split("|")]
            if table is None or len(table.columns) != len(cells):
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for cc, t in zip(row, cells):
                cc.text = t
                if raw.startswith("TH:"):
                    for r in cc.paragraphs[0].runs:
                        r.bold = True
            continue
        table = None
        if raw.startswith("COLW:"):
            continue
        if raw == "PB":
            d.add_page_break()
        elif raw.startswith("# "):
            d.add_heading(raw[2:], level=1)
        elif raw.startswith("## "):
            d.add_heading(raw[3:], level=2)
        elif raw == "---" or raw == "":
            d.add_paragraph("")
        else:
            t = raw
            for pre in ("R:", "> ", "M:"):
                if t.startswith(pre):
                    t = t[len(pre):].strip()
            p = d.add_paragraph()
            if t.startswith("**"):
                p.add_run(t[2:]).bold = True
            else:
                p.add_run(t)
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / (path.stem + ".docx")
        d.save(str(dx))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(dx)],
                       check=True, capture_output=True, timeout=180)
        (Path(td) / (path.stem + ".pdf")).replace(path)


# ---------------------------------------------------------------------------------- scans
def render_scan(path: Path, plain: str, font="/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                size=34, rot=0.6, seed=1, hand=None, signature=None, jpeg=55):
    """Draw the text at 200 dpi onto a page image, add noise/rotation, JPEG, wrap without text layer."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    im = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, size)
    fb = ImageFont.truetype(font.replace("Regular", "Bold") if "Regular" in font else font, size + 4)
    y = 150
    for raw in plain.split("\n"):
        if raw.startswith("SIG:"):
            hf = ImageFont.truetype(signature or "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf", 70)
            dr.text((170, y), raw[4:], font=hf, fill=40)
            y += 120
            continue
        if raw.startswith("# "):
            dr.text((150, y), raw[2:], font=fb, fill=20)
            y += int(size * 1.7)
            continue
        if raw == "":
            y += int(size * 0.7)
            continue
        t = raw[2:].strip() if raw.startswith("R:") else raw
        x = 930 if raw.startswith("R:") else 150
        words, cur = t.split(" "), ""
        for w in words:
            trial = (cur + " " + w).strip()
            if dr.textlength(trial, font=f) > W - x - 150 and cur:
                dr.text((x + rnd.randint(-2, 2), y), cur, font=f, fill=rnd.randint(15, 45))
                y += int(size * 1.35)
                cur = w
            else:
                cur = trial
        if cur:
            dr.text((x + rnd.randint(-2, 2), y), cur, font=f, fill=rnd.randint(15, 45))
        y += int(size * 1.35)
    im = im.rotate(rot, resample=Image.BICUBIC, fillcolor=246)
    px = im.load()
    for _ in range(9000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=jpeg)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("KONICA MINOLTA bizhub C300i")
    c.setProducer("KONICA MINOLTA bizhub C300i")
    c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------- hidden channels
def _annots(page):
    from pikepdf import Array, Name
    if Name.Annots not in page.obj:
        page.obj[Name.Annots] = Array()
    return page.obj[Name.Annots]


def add_hidden(path: Path, xmp_creator=None, annots=(), fields=(), info=None):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if info:
            for k, v in info.items():
                pdf.docinfo[Name("/" + k)] = String(v)
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [xmp_creator]
        for (pno, author, text, rect) in annots:
            page = pdf.pages[pno]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                             T=String(author), Contents=String(text), Open=False,
                                             Name=Name.Comment, C=Array([1, 0.9, 0.2])))
            _annots(page).append(a)
        if fields:
            font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                                Encoding=Name.WinAnsiEncoding))
            af = Dictionary(Fields=Array(), DA=String("/Helv 9 Tf 0 g"),
                            DR=Dictionary(Font=Dictionary(Helv=font)))
            for (pno, name, value, rect) in fields:
                page = pdf.pages[pno]
                w, h = rect[2] - rect[0], rect[3] - rect[1]
                esc = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ap = pikepdf.Stream(pdf, f"/Tx BMC q BT /Helv 9 Tf 0 g 2 {h/2-3:.1f} Td ({esc}) Tj ET Q EMC".encode("latin-1"))
                ap["/Type"] = Name.XObject
                ap["/Subtype"] = Name.Form
                ap["/BBox"] = Array([0, 0, w, h])
                ap["/Resources"] = Dictionary(Font=Dictionary(Helv=font))
                fld = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                                   T=String(name), V=String(value), Rect=Array(rect),
                                                   DA=String("/Helv 9 Tf 0 g"), F=4, P=page.obj,
                                                   AP=Dictionary(N=ap), MK=Dictionary(BC=Array([0.5, 0.5, 0.5]))))
                _annots(page).append(fld)
                af.Fields.append(fld)
            pdf.Root.AcroForm = pdf.make_indirect(af)
        pdf.save(str(path))
