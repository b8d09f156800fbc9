"""Helpers for set CF (eval/blind/mixed74): numbers with valid checksums, producers, hidden channels, gold."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


# ---------------------------------------------------------------- numbers
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_ok(s)
    return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_ean(prefix17: str) -> str:
    """GS1 check digit for an 18-digit EAN (connection code of a home, '871...')."""
    assert len(prefix17) == 17
    tot = 0
    for i, ch in enumerate(reversed(prefix17)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return prefix17 + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- reportlab
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

FONTS = {  # family -> (regular, bold)
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
    "dejavu": ("DejaVuSans", "DejaVuSans-Bold"),
    "dejaserif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "libsans": ("LiberationSans", "LiberationSans-Bold"),
    "libserif": ("LiberationSerif", "LiberationSerif-Bold"),
    "libmono": ("LiberationMono", "LiberationMono-Bold"),
    "carlito": ("Carlito", "Carlito-Bold"),
}


class Story:
    """A small builder on top of platypus. Text is plain (escaped here); **x** gives bold."""

    def __init__(self, family="helv", size=10):
        self.reg, self.bold = FONTS[family]
        self.size = size
        self.items = []
        self.st = ParagraphStyle("b", fontName=self.reg, fontSize=size, leading=size * 1.3,
                                 alignment=TA_LEFT, spaceAfter=size * 0.5)
        self.h1 = ParagraphStyle("h1", parent=self.st, fontName=self.bold, fontSize=size + 4,
                                 leading=(size + 4) * 1.25, spaceAfter=size * 0.8)
        self.h2 = ParagraphStyle("h2", parent=self.st, fontName=self.bold, fontSize=size + 1,
                                 leading=(size + 1) * 1.3, spaceBefore=size * 0.4, spaceAfter=size * 0.3)
        self.small = ParagraphStyle("s", parent=self.st, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                                    spaceAfter=1)
        self.cell = ParagraphStyle("c", parent=self.st, fontSize=size - 1, leading=(size - 1) * 1.2,
                                   spaceAfter=0)

    def _m(self, text):
        t = escape(text)
        t = re.sub(r"\*\*(.+?)\*\*", lambda m: f'<font name="{self.bold}">{m.group(1)}</font>', t)
        return t.replace("\n", "<br/>")

    def h(self, text):
        self.items.append(Paragraph(self._m(text), self.h1))
        return self

    def h2_(self, text):
        self.items.append(Paragraph(self._m(text), self.h2))
        return self

    def p(self, *texts):
        for text in texts:
            self.items.append(Paragraph(self._m(text), self.st))
        return self

    def sm(self, *texts):
        for text in texts:
            self.items.append(Paragraph(self._m(text), self.small))
        return self

    def sp(self, h=6):
        self.items.append(Spacer(1, h))
        return self

    def br(self):
        self.items.append(PageBreak())
        return self

    def kv(self, rows, w1=35 * mm, w2=125 * mm):
        data = [[Paragraph(self._m(k), self.cell), Paragraph(self._m(v), self.cell)] for k, v in rows]
        t = Table(data, colWidths=[w1, w2], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        self.items.append(t)
        self.items.append(Spacer(1, 6))
        return self

    def table(self, rows, widths, header=True, grid=True):
        data = [[Paragraph(self._m(str(c)), self.cell) for c in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT", repeatRows=1 if header else 0)
        sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if grid:
            sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if header:
            sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)))
        t.setStyle(TableStyle(sty))
        self.items.append(t)
        self.items.append(Spacer(1, 6))
        return self

    def motivation(self, extra=None, filled=True):
        self.h2_("Informatie die niet openbaar gemaakt kan worden")
        if filled:
            self.p("Motivering")
            self.p("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
                   "geanonimiseerd." + (" " + extra if extra else ""))
        else:
            self.p("Motivering", "[nog invullen]")
        return self


def build_reportlab(path: Path, story: Story, title="", author="", subject="", creator="",
                    header=None, footer=None, margins=(22, 20, 20, 20)):
    l, r, t, b = margins

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(story.reg, 7.5)
        if header:
            canv.drawString(l * mm, A4[1] - 12 * mm, header)
        if footer:
            canv.drawString(l * mm, 10 * mm, footer.replace("{p}", str(doc.page)))
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title, author=author,
                            subject=subject, creator=creator or "ReportLab")
    doc.build(story.items, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- LibreOffice (.docx -> pdf)
def build_docx_pdf(path: Path, fill, author="", title=""):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.last_modified_by = author
    fill(d)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        Path(td, path.stem + ".pdf").replace(path)


# ---------------------------------------------------------------- scans
def scan_pdf(path: Path, src_pdf: Path, seed=1, dpi=150, angle=0.8, quality=55, noise=14, author=None):
    """Render src_pdf, degrade each page like a scan, write an image-only PDF (no text layer)."""
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"],
                       check=True, capture_output=True)
        imgs = []
        for f in sorted(Path(td).glob("p*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 40):
                x, y = rnd.randrange(w), rnd.randrange(h)
                v = px[x, y] + rnd.randint(-noise, noise)
                px[x, y] = max(0, min(255, v))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            buf.seek(0)
            imgs.append(Image.open(buf).convert("L"))
        imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                     author=author or "", producer="Canon iR-ADV C5535 scan")


# ---------------------------------------------------------------- hidden channels (pikepdf)
def set_meta(path: Path, author=None, title=None, subject=None, xmp_creator=None, producer=None):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if subject is not None:
            pdf.docinfo["/Subject"] = subject
        if producer is not None:
            pdf.docinfo["/Producer"] = producer
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [xmp_creator]
        pdf.save(str(path))


def add_outline(path: Path, titles):
    """titles: list of (title, page_index)."""
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for t, pg in titles:
                ol.root.append(pikepdf.OutlineItem(t, pg))
        pdf.save(str(path))


def add_note(path: Path, page: int, rect, contents: str, author: str):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        pg = pdf.pages[page]
        annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                             Contents=String(contents), T=String(author),
                                             Name=Name.Comment, C=Array([1, 0.9, 0.2])))
        if "/Annots" not in pg.obj:
            pg.obj.Annots = Array()
        pg.obj.Annots.append(annot)
        pdf.save(str(path))


def add_text_fields(path: Path, page: int, fields):
    """fields: list of (name, value, rect). Text widgets with /V and an appearance stream."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        pg = pdf.pages[page]
        font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                            Encoding=Name.WinAnsiEncoding))
        dr = Dictionary(Font=Dictionary(Helv=font))
        fl = Array()
        if "/Annots" not in pg.obj:
            pg.obj.Annots = Array()
        for name, value, rect in fields:
            w, h = rect[2] - rect[0], rect[3] - rect[1]
            val = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ap_stream = f"/Tx BMC q BT /Helv 9 Tf 0 g 2 {h/2-3:.1f} Td ({val}) Tj ET Q EMC".encode("latin-1")
            ap = pdf.make_stream(ap_stream)
            ap.Type = Name.XObject
            ap.Subtype = Name.Form
            ap.BBox = Array([0, 0, w, h])
            ap.Resources = Dictionary(Font=Dictionary(Helv=font))
            wdg = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                               T=String(name), V=String(value), Rect=Array(rect),
                                               DA=String("/Helv 9 Tf 0 g"), F=4, P=pg.obj,
                                               AP=Dictionary(N=ap),
                                               MK=Dictionary(BC=Array([0.5, 0.5, 0.5]))))
            pg.obj.Annots.append(wdg)
            fl.append(wdg)
        pdf.Root.AcroForm = Dictionary(Fields=fl, DA=String("/Helv 9 Tf 0 g"), DR=dr)
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
class Gold:
    def __init__(self, stem):
        self.stem = stem
        self.redact = []   # (kind, value, [probe dicts])
        self.keep = []

    def r(self, kind, value, *probes, where="text", word=True):
        """Redact probes; where = text | ocr | metadata | outline | annotations."""
        ps = []
        for p in (probes or (value,)):
            d = {"text": p, "word": word, "after": 0}
            if where == "ocr":
                d["ocr"] = True
            if where != "text":
                d["where"] = where
            ps.append(d)
        self.redact.append({"kind": kind, "value": value, "probes": ps})

    def k(self, kind, value, *probes, word=True):
        self.keep.append({"kind": kind, "value": value,
                          "probes": [{"text": p, "word": word} for p in (probes or (value,))]})


def write_gold(pdf: Path, g: Gold):
    text, pages = text_pdfium(pdf)
    keep = []
    for it in g.keep:
        ps = []
        for p in it["probes"]:
            c = count_in(text, p)
            if c == 0:
                raise SystemExit(f"{pdf.name}: keep probe {p['text']!r} not in PDFium text")
            ps.append({**p, "after": c})
        keep.append({**it, "probes": ps})
    gold = {"doc": pdf.name, "pages": pages, "redact": g.redact, "keep": keep}
    (GOLD_DIR / (pdf.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
    return gold
