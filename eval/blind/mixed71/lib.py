"""Rendering and gold helpers for set LN (eval/blind/mixed71). Imported by make_set.py."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import ImageReader, simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = Path("/usr/share/fonts/truetype")
HAND = str(FONTDIR / "femkeklaver/femkeklaver.ttf")

_TTF = {
    "DejaVu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "LibSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LibSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
    "LibMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "Hand": ("femkeklaver/femkeklaver.ttf", "femkeklaver/femkeklaver.ttf"),
}
_STD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def fonts(name: str) -> tuple[str, str]:
    if name in _STD:
        return name, _STD[name]
    reg, bold = _TTF[name]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONTDIR / reg)))
        pdfmetrics.registerFont(TTFont(name + "-B", str(FONTDIR / bold)))
    return name, name + "-B"


# ------------------------------------------------------------------ blocks
def H(t, size=12.5):
    return ("H", t, size)


def P(t, size=None, indent=0):
    return ("P", t, size, indent)


def L(t, size=None, bold=False, x=0):
    return ("L", t, size, bold, x)


def KV(label, value, w=120):
    return ("KV", label, value, w)


def T(rows, widths, size=8.5, header=True):
    return ("T", rows, widths, size, header)


def SP(h=8):
    return ("SP", h)


def PB():
    return ("PB",)


def SIG(text, w=150, h=42, seed=1):
    return ("SIG", text, w, h, seed)


def RIGHT(lines, size=8, left=()):
    """Letterhead: left lines at the margin and a column on the right; y advances past both."""
    return ("RIGHT", lines, size, left)


# ------------------------------------------------------------------ reportlab renderer
def signature_png(text: str, w=300, h=84, seed=1) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(HAND, 34)
    dr.text((8, 14), text, font=f, fill=(20, 30, 90))
    pts = [(10 + i * (w - 20) / 8, h - 18 + rnd.randint(-8, 8)) for i in range(9)]
    dr.line(pts, fill=(20, 30, 90), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def render(path: Path, blocks, font="Helvetica", size=10, pagesize=A4, margins=(62, 60, 62, 60),
           header=None, footer="Pagina {n}", lead=1.32):
    reg, bold = fonts(font)
    W, Hh = pagesize
    ml, mt, mr, mb = margins
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    state = {"y": Hh - mt, "n": 1}

    def page_start():
        if header:
            c.setFont(bold, 8)
            c.drawString(ml, Hh - 34, header)
        state["y"] = Hh - mt

    def page_end():
        if footer:
            c.setFont(reg, 7.5)
            c.drawRightString(W - mr, 30, footer.format(n=state["n"]))

    def newpage():
        page_end()
        c.showPage()
        state["n"] += 1
        page_start()

    def need(h):
        if state["y"] - h < mb:
            newpage()

    page_start()
    width = W - ml - mr
    for b in blocks:
        kind = b[0]
        if kind == "H":
            _, t, sz = b
            need(sz * 2.2)
            state["y"] -= sz * 1.3
            c.setFont(bold, sz)
            for ln in simpleSplit(t, bold, sz, width):
                c.drawString(ml, state["y"], ln)
                state["y"] -= sz * 1.25
            state["y"] -= sz * 0.3
        elif kind == "P":
            _, t, sz, ind = b
            sz = sz or size
            for ln in simpleSplit(t, reg, sz, width - ind):
                need(sz * lead)
                c.setFont(reg, sz)
                c.drawString(ml + ind, state["y"], ln)
                state["y"] -= sz * lead
            state["y"] -= sz * 0.55
        elif kind == "L":
            _, t, sz, bd, x = b
            sz = sz or size
            need(sz * lead)
            c.setFont(bold if bd else reg, sz)
            c.drawString(ml + x, state["y"], t)
            state["y"] -= sz * lead
        elif kind == "KV":
            _, lab, val, lw = b
            lines = simpleSplit(val, reg, size, width - lw) or [""]
            need(size * lead * len(lines))
            c.setFont(bold, size)
            c.drawString(ml, state["y"], lab)
            c.setFont(reg, size)
            for ln in lines:
                c.drawString(ml + lw, state["y"], ln)
                state["y"] -= size * lead
        elif kind == "T":
            _, rows, widths, sz, hdr = b
            tot = sum(widths)
            ws = [w * width / tot for w in widths]
            for ri, row in enumerate(rows):
                f = bold if (hdr and ri == 0) else reg
                cells = [simpleSplit(str(v), f, sz, ws[i] - 6) or [""] for i, v in enumerate(row)]
                rh = max(len(x) for x in cells) * sz * 1.22 + 5
                need(rh)
                top = state["y"] + sz
                x = ml
                c.setLineWidth(0.4)
                for i, cl in enumerate(cells):
                    c.rect(x, top - rh, ws[i], rh)
                    c.setFont(f, sz)
                    yy = top - sz - 2
                    for ln in cl:
                        c.drawString(x + 3, yy, ln)
                        yy -= sz * 1.22
                    x += ws[i]
                state["y"] -= rh
            state["y"] -= size * 0.8
        elif kind == "SP":
            state["y"] -= b[1]
        elif kind == "PB":
            newpage()
        elif kind == "SIG":
            _, t, w, h, seed = b
            need(h + 4)
            img = ImageReader(io.BytesIO(signature_png(t, seed=seed)))
            c.drawImage(img, ml, state["y"] - h + 8, w, h)
            state["y"] -= h + 2
        elif kind == "RIGHT":
            _, lines, sz, left = b
            low = state["y"]
            for xx, col in ((W - mr - 150, lines), (ml, left)):
                yy = state["y"]
                for ln in col:
                    bd = ln.startswith("*")
                    c.setFont(bold if bd else reg, sz)
                    c.drawString(xx, yy, ln.lstrip("*"))
                    yy -= sz * 1.3
                low = min(low, yy)
            state["y"] = low - 10
        else:
            raise ValueError(kind)
    page_end()
    c.save()


# ------------------------------------------------------------------ docx via LibreOffice
def render_docx(path: Path, blocks, author=None, title=None, font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if author is not None:
        d.core_properties.author = author
        d.core_properties.last_modified_by = author
    if title is not None:
        d.core_properties.title = title
    for b in blocks:
        k = b[0]
        if k == "H":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(b[2])
        elif k in ("P", "L"):
            p = d.add_paragraph(b[1])
            if k == "L" and b[3]:
                p.runs[0].bold = True
        elif k == "KV":
            p = d.add_paragraph()
            r = p.add_run(b[1] + "\t")
            r.bold = True
            p.add_run(b[2])
        elif k == "T":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
                    for pr in t.cell(i, j).paragraphs:
                        for r in pr.runs:
                            r.font.size = Pt(b[3])
                            r.bold = bool(b[4] and i == 0)
            d.add_paragraph("")
        elif k == "SP":
            d.add_paragraph("")
        elif k == "PB":
            d.add_page_break()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(str(src))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        path.write_bytes((Path(td) / (path.stem + ".pdf")).read_bytes())


# ------------------------------------------------------------------ scans
def scan(path: Path, blocks, font="Helvetica", size=10.5, seed=3, angle=0.6, quality=62, dpi=150,
         producer="Canon iR-ADV C5535 PDF", extra=None, **kw):
    """Render, rasterise, degrade, and wrap the images in a PDF without a text layer."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "src.pdf"
        render(tmp, blocks, font=font, size=size, **kw)
        if extra:
            extra(tmp)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(tmp), str(Path(td) / "pg")],
                       check=True)
        imgs = sorted(Path(td).glob("pg*.png"))
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setProducer(producer)
        c.setCreator(producer)
        for ip in imgs:
            im = Image.open(ip).convert("L")
            im = im.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, fillcolor=255, expand=False)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 300):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((0, 90, 160, 255))
            im = im.filter(ImageFilter.GaussianBlur(0.35))
            b = io.BytesIO()
            im.save(b, "JPEG", quality=quality)
            c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, A4[0], A4[1])
            c.showPage()
        c.save()


def hand_page(path: Path, lines, seed=5, producer="HP ScanJet Pro 2600 f1", size=30):
    """A handwritten note (femkeklaver) on lined paper, scanned: an image without text layer."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    W, Hh = 1240, 1754
    im = Image.new("L", (W, Hh), 250)
    dr = ImageDraw.Draw(im)
    for y in range(180, Hh - 100, 52):
        dr.line([(60, y), (W - 60, y)], fill=205, width=1)
    f = ImageFont.truetype(HAND, size)
    y = 140
    for ln in lines:
        if ln == "":
            y += 52
            continue
        dr.text((90 + rnd.randint(-4, 4), y + rnd.randint(-3, 3)), ln, font=f, fill=25)
        y += 52
    im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=250)
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=70)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setProducer(producer)
    c.setCreator(producer)
    c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ hidden channels
def set_meta(path: Path, author=None, title=None, subject=None, creator=None, producer=None,
             xmp_creator=None, keywords=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k, v in (("/Author", author), ("/Title", title), ("/Subject", subject),
                     ("/Creator", creator), ("/Producer", producer), ("/Keywords", keywords)):
            if v is not None:
                pdf.docinfo[k] = v
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [xmp_creator]
                if title:
                    m["dc:title"] = title
        pdf.save(str(path))


def add_outline(path: Path, items):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for title, pg in items:
                ol.root.append(pikepdf.OutlineItem(title, pg))
        pdf.save(str(path))


def add_annots(path: Path, items):
    """items: (page index, rect, contents, author T)."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for pi, rect, contents, author in items:
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                Contents=pikepdf.String(contents), T=pikepdf.String(author), Open=False,
                Name=pikepdf.Name.Comment, C=pikepdf.Array([1, 0.9, 0.2]), F=4))
            pg = pdf.pages[pi].obj
            if "/Annots" not in pg:
                pg.Annots = pdf.make_indirect(pikepdf.Array())
            pg.Annots.append(a)
        pdf.save(str(path))


def add_fields(path: Path, items):
    """items: (page index, rect, field name, value). Text fields with /V and an appearance."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica,
                                                    Encoding=pikepdf.Name.WinAnsiEncoding))
        fields = pikepdf.Array()
        for pi, rect, name, value in items:
            w, h = rect[2] - rect[0], rect[3] - rect[1]
            esc = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ap = pdf.make_stream(
                f"/Tx BMC q BT /Helv 9 Tf 0 g 2 {h/2-3:.1f} Td ({esc}) Tj ET Q EMC".encode("latin-1"))
            ap.Type = pikepdf.Name.XObject
            ap.Subtype = pikepdf.Name.Form
            ap.BBox = pikepdf.Array([0, 0, w, h])
            ap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
            f = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                T=pikepdf.String(name), V=pikepdf.String(value), Rect=pikepdf.Array(rect), F=4,
                DA=pikepdf.String("/Helv 9 Tf 0 g"), AP=pikepdf.Dictionary(N=ap),
                MK=pikepdf.Dictionary(BC=pikepdf.Array([0.5, 0.5, 0.5]))))
            f.P = pdf.pages[pi].obj
            pg = pdf.pages[pi].obj
            if "/Annots" not in pg:
                pg.Annots = pdf.make_indirect(pikepdf.Array())
            pg.Annots.append(f)
            fields.append(f)
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
            Fields=fields, DA=pikepdf.String("/Helv 9 Tf 0 g"),
            DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))))
        pdf.save(str(path))


# ------------------------------------------------------------------ gold
class Doc:
    def __init__(self, stem: str):
        self.stem = stem
        self.redact = []
        self.keep = []

    def r(self, kind, value, *probes, word=True, ocr=False, channel=None):
        ps = []
        for p in probes or (value,):
            d = {"text": p, "word": word, "after": 0}
            if ocr:
                d["ocr"] = True
            if channel:
                d["channel"] = channel
            ps.append(d)
        self.redact.append({"kind": kind, "value": value, "probes": ps})

    def k(self, kind, value, *probes, word=True):
        self.keep.append({"kind": kind, "value": value,
                          "probes": [{"text": p, "word": word, "after": None} for p in (probes or (value,))]})

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def finish(self):
        """Count keep probes on PDFium text, check redact probes, check overlaps; write gold."""
        text, pages = text_pdfium(self.pdf)
        problems = []
        for it in self.keep:
            for p in it["probes"]:
                n = count_in(text, p)
                p["after"] = n
                if n == 0:
                    problems.append(f"keep probe absent: {p['text']!r}")
        spans = []
        for it in self.redact:
            for p in it["probes"]:
                if p.get("ocr") or p.get("channel"):
                    continue
                rx = probe_regex(p["text"], p["word"])
                ms = list(rx.finditer(text))
                if not ms:
                    problems.append(f"redact probe absent in text: {p['text']!r}")
                spans += [(m.start(), m.end(), p["text"]) for m in ms]
        for it in self.keep:
            for p in it["probes"]:
                for m in probe_regex(p["text"], p["word"]).finditer(text):
                    for s, e, rt in spans:
                        if m.start() < e and s < m.end():
                            problems.append(f"keep {p['text']!r} overlaps redact {rt!r}")
        gold = {"doc": self.pdf.name, "pages": pages, "redact": self.redact, "keep": self.keep}
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        return pages, problems


# ------------------------------------------------------------------ numbers
def bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s
