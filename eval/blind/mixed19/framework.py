"""Framework for blind set mixed19 (set AC): markup, picture makers, producers, gold writer.

Markup in every string a document writes:
  [[text|KIND]]  personal data that must be redacted (a redact probe, word-anchored)
  {{text|KIND}}  public text that must stay readable (a keep probe, word-anchored)
Strings are registered per channel while a document is built: the text layer (t), a picture on a
born-digital page or a scan (o: OCR channel), or a hidden channel (h: metadata, outline, annotations).
"""
from __future__ import annotations

import base64
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval"))
from evaluate import (count_in, image_pages, meta_outline_annots, norm, ocr_count,  # noqa: E402
                      ocr_text, text_pdfium, text_pdftotext)

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

RX_RED = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")
RX_KEEP = re.compile(r"\{\{(.+?)\|([A-Z_]+)\}\}")
RED_KINDS = {"PERSON", "INITIALS", "PARAPH", "EMAIL", "PHONE", "BSN", "IBAN", "ADDRESS", "POSTCODE", "DOB",
             "USERNAME", "PLATE", "ID"}
KEEP_KINDS = {"OFFICE_HOLDER", "ORG", "PLACE", "ROLE", "ACRONYM", "PROGRAM", "PRODUCT", "TERM", "LAW",
              "MAILBOX", "SWITCHBOARD", "OFFICE_ADDRESS", "STREET", "CASE_NUMBER", "PARTY", "WEB", "HISTORIC"}


def plain(s: str) -> str:
    return RX_KEEP.sub(lambda m: m.group(1), RX_RED.sub(lambda m: m.group(1), s))


def blanked(s: str) -> str:
    return RX_KEEP.sub(lambda m: m.group(1), RX_RED.sub(" \u25a0 ", s))


class Reg:
    """Collects the marked strings of the document being built."""

    def __init__(self):
        self.text: list[str] = []
        self.ocr: list[str] = []
        self.hidden: list[tuple[str, str]] = []

    def t(self, s: str) -> str:
        self.text.append(s)
        return plain(s)

    def o(self, s: str) -> str:
        self.ocr.append(s)
        return plain(s)

    def h(self, channel: str, s: str) -> str:
        self.hidden.append((channel, s))
        return plain(s)


REG = Reg()


def t(s):
    return REG.t(s)


def o(s):
    return REG.o(s)


def h(ch, s):
    return REG.h(ch, s)


# ------------------------------------------------------------------------------------------------
# fonts and pictures (PIL)
# ------------------------------------------------------------------------------------------------
FD = "/usr/share/fonts/truetype/dejavu/"
FU = "/usr/share/fonts/opentype/urw-base35/"
FONTS = {
    "sans": FD + "DejaVuSans.ttf", "sansb": FD + "DejaVuSans-Bold.ttf", "serif": FD + "DejaVuSerif.ttf",
    "serifb": FD + "DejaVuSerif-Bold.ttf", "cond": FD + "DejaVuSansCondensed.ttf",
    "condb": FD + "DejaVuSansCondensed-Bold.ttf", "mono": FD + "DejaVuSansMono.ttf",
    "nimbus": FU + "NimbusSans-Regular.otf", "nimbusb": FU + "NimbusSans-Bold.otf",
    "roman": FU + "NimbusRoman-Regular.otf", "script": FU + "Z003-MediumItalic.otf",
    "gothic": FU + "URWGothic-Book.otf", "gothicb": FU + "URWGothic-Demi.otf",
}
_FC: dict = {}


def font(name: str, pt: float, dpi: int):
    px = max(6, int(round(pt * dpi / 72.0)))
    key = (name, px)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(FONTS[name], px)
    return _FC[key]


class Pic:
    """A picture drawn in points (1/72 inch) at a given dpi."""

    def __init__(self, w_pt, h_pt, dpi=200, bg="white"):
        self.dpi = dpi
        self.s = dpi / 72.0
        self.im = Image.new("RGB", (int(w_pt * self.s), int(h_pt * self.s)), bg)
        self.d = ImageDraw.Draw(self.im)
        self.w_pt, self.h_pt = w_pt, h_pt

    def P(self, v):
        return int(round(v * self.s))

    def text(self, x, y, s, size=11, f="sans", fill="black", reg=True):
        txt = o(s) if reg else plain(s)
        self.d.text((self.P(x), self.P(y)), txt, font=font(f, size, self.dpi), fill=fill)
        return self.tw(txt, size, f)

    def tw(self, txt, size=11, f="sans"):
        return self.d.textlength(txt, font=font(f, size, self.dpi)) / self.s

    def rect(self, x, y, w, hh, fill=None, outline=None, width=1, r=0):
        box = [self.P(x), self.P(y), self.P(x + w), self.P(y + hh)]
        if r:
            self.d.rounded_rectangle(box, radius=self.P(r), fill=fill, outline=outline, width=max(1, self.P(width)))
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=max(1, self.P(width)))

    def line(self, pts, fill="black", width=1):
        self.d.line([(self.P(a), self.P(b)) for a, b in pts], fill=fill, width=max(1, self.P(width)))

    def ellipse(self, x, y, w, hh, fill=None, outline=None):
        self.d.ellipse([self.P(x), self.P(y), self.P(x + w), self.P(y + hh)], fill=fill, outline=outline)

    def squiggle(self, x, y, w, hh, seed, fill=(20, 30, 110), width=1.6):
        """A handwritten-looking signature stroke."""
        rnd = random.Random(seed)
        pts = []
        n = 60
        for i in range(n):
            tt = i / (n - 1)
            px = x + w * tt + rnd.uniform(-3, 3)
            py = y + hh / 2 + math.sin(tt * rnd.uniform(9, 15)) * hh * 0.4 * (1 - tt * 0.5) + rnd.uniform(-2, 2)
            pts.append((px, py))
        self.line(pts, fill=fill, width=width)
        self.line([(x + w * 0.1, y + hh * 0.9), (x + w * 0.8, y + hh * 0.75)], fill=fill, width=width * 0.8)

    def png(self) -> bytes:
        b = io.BytesIO()
        self.im.save(b, "PNG", optimize=True)
        return b.getvalue()


def table_pic(title, header, rows, colw, size=10, dpi=200, head_bg=(31, 73, 125), head_fg="white",
              zebra=((255, 255, 255), (233, 240, 250)), title_size=13, bg="white", pad=5, title_fill="black"):
    """A table rendered to a picture (names etc. are registered as OCR strings)."""
    rh = size * 1.9
    w = sum(colw) + 2 * pad
    hh = (title_size * 2.2 if title else 0) + rh * (len(rows) + 1) + 2 * pad
    p = Pic(w, hh, dpi, bg)
    y = pad
    if title:
        p.text(pad, y, title, title_size, "sansb", fill=title_fill)
        y += title_size * 2.2
    x = pad
    p.rect(pad, y, sum(colw), rh, fill=head_bg)
    for c, cw in zip(header, colw):
        p.text(x + 4, y + size * 0.4, c, size, "sansb", fill=head_fg)
        x += cw
    y += rh
    for i, r in enumerate(rows):
        p.rect(pad, y, sum(colw), rh, fill=zebra[i % 2])
        x = pad
        for c, cw in zip(r, colw):
            p.text(x + 4, y + size * 0.4, c, size, "sans")
            x += cw
        y += rh
    return p


def scan_finish(im: Image.Image, seed: int, angle=0.5, noise=10, blur=0.6, jpeg=True) -> Image.Image:
    rnd = random.Random(seed)
    g = im.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        g = g.filter(ImageFilter.GaussianBlur(blur))
    import numpy as np
    rs = np.random.RandomState(seed)
    a = np.asarray(g).astype("int16")
    a = a + rs.normal(0, noise, a.shape).astype("int16")
    # a few specks
    for _ in range(200):
        yy, xx = rnd.randrange(a.shape[0]), rnd.randrange(a.shape[1])
        a[yy:yy + 2, xx:xx + 2] = 60
    a = a.clip(0, 255).astype("uint8")
    return Image.fromarray(a, "L")


def image_pdf(pages: list[Image.Image], out: Path, dpi: int):
    pages[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=60)


# ------------------------------------------------------------------------------------------------
# producers
# ------------------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode()[-800:]}")
    return r


def chromium_pdf(html: str, out: Path):
    with tempfile.TemporaryDirectory(prefix="ac-chr-") as td:
        src = Path(td) / "doc.html"
        src.write_text(html, encoding="utf-8")
        run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--disable-pdf-tagging", f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", src.as_uri()])


def soffice_pdf(src: Path, out: Path, filt: str = "pdf"):
    with tempfile.TemporaryDirectory(prefix="ac-lo-") as td:
        run(["soffice", f"-env:UserInstallation=file://{td}/prof", "--headless", "--convert-to", filt,
             "--outdir", td, str(src)])
        shutil.move(str(Path(td) / (src.stem + ".pdf")), str(out))


def gs_redistill(src: Path, out: Path):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
         "-dPDFSETTINGS=/ebook", f"-sOutputFile={out}", str(src)])


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def finish_pdf(path: Path, info: dict | None = None, annots: list | None = None, outline: list | None = None,
               links: list | None = None, fields: list | None = None):
    """pikepdf post-processing: Info, sticky notes (/T author + /Contents), outline, mailto links, form
    fields; fixed dates and no volatile IDs so that rebuilds are stable."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
            for k in list(md.keys()):
                del md[k]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        di = pdf.docinfo
        for k in list(di.keys()):
            del di[k]
        di["/CreationDate"] = String("D:20250415090000+02'00'")
        di["/ModDate"] = String("D:20250415090000+02'00'")
        for k, v in (info or {}).items():
            di[Name("/" + k)] = String(v)
        for (pg, x, y, author, text) in annots or []:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                                             T=String(author), Contents=String(text), Name=Name.Comment,
                                             C=Array([1, 0.85, 0.2]), F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        for (pg, rect, uri) in links or []:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect),
                                             Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        if fields:
            farr = Array()
            for (pg, rect, name, value) in fields:
                page = pdf.pages[pg]
                f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, Rect=Array(rect),
                                                 T=String(name), V=String(value), F=4,
                                                 DA=String("/Helv 9 Tf 0 g")))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(f)
                farr.append(f)
            pdf.Root.AcroForm = Dictionary(Fields=farr, NeedAppearances=True,
                                           DR=Dictionary(Font=Dictionary(Helv=Dictionary(
                                               Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))))
        if outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if "/ID" in pdf.trailer:
            del pdf.trailer["/ID"]
        pdf.save(str(path), deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)


# ------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------
def _items(strings):
    red, keep = {}, {}
    for s in strings:
        for m in RX_RED.finditer(s):
            red.setdefault(m.group(1), m.group(2))
        for m in RX_KEEP.finditer(s):
            keep.setdefault(m.group(1), m.group(2))
    return red, keep


def make_gold(name: str, pdf: Path, reg: Reg, scan: bool = False) -> tuple[dict, list[str]]:
    problems = []
    txt, pages = text_pdfium(pdf)
    ptt = text_pdftotext(pdf)
    pub_src = norm("\n".join(blanked(s) for s in reg.text))
    pub_hidden = norm("\n".join(blanked(s) for _, s in reg.hidden))
    meta, outl, ann = meta_outline_annots(pdf)
    hid = {"metadata": meta, "outline": outl, "annotations": ann}
    ocr_entries = []
    if reg.ocr:
        ip = image_pages(pdf)
        if not ip:
            problems.append("pictures registered but no page has images >= 10%")
        else:
            with tempfile.TemporaryDirectory(prefix="ac-ocr-") as td:
                ocr_entries = ocr_text(pdf, Path(td), ip)
    t_red, t_keep = _items(reg.text)
    o_red, o_keep = _items(reg.ocr)
    h_red, h_keep = _items(s for _, s in reg.hidden)
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    for value, kind in list(t_red.items()) + list(h_red.items()) + list(o_red.items()):
        if value in seen:
            continue
        seen.add(value)
        if kind not in RED_KINDS:
            problems.append(f"unknown redact kind {kind}")
        pr = {"text": value, "word": True, "after": 0}
        pub = count_in(pub_src, pr) + count_in(pub_hidden, pr)
        if pub:
            # the same string is also public text (a place, an office holder): it may stay that often
            pr["after"] = pub
            print(f"   note {name}: redact probe {value!r} may stay {pub}x (public use)")
        n_txt = count_in(txt, pr) + count_in(ptt, pr)
        if value in t_red:
            if count_in(txt, pr) <= pub:
                problems.append(f"redact {value!r} not in PDFium text")
            if count_in(ptt, pr) <= pub:
                print(f"   note {name}: redact {value!r} is in the PDFium text but not in pdftotext -layout")
        elif value in h_red:
            chans = [c for c in hid if count_in(hid[c], pr)]
            if not chans:
                problems.append(f"hidden redact {value!r} not found in metadata/outline/annotations")
            elif n_txt == 0:
                pr["channel"] = chans[0]
        elif n_txt > pub:
            pass  # shown in a picture, and (as part of a longer name) also in the text layer
        else:
            if ocr_count(ocr_entries, pr) == 0:
                problems.append(f"OCR does not read picture redact {value!r}")
                continue
            pr["ocr"] = True
        gold["redact"].append({"kind": kind, "value": value, "probes": [pr]})
    seen = set()
    for value, kind in list(t_keep.items()) + list(o_keep.items()):
        if value in seen or value in h_keep:
            continue
        seen.add(value)
        if kind not in KEEP_KINDS:
            problems.append(f"unknown keep kind {kind}")
        pr = {"text": value, "word": True}
        if value in t_keep:
            n = min(count_in(txt, pr), count_in(pub_src, pr))
            if n == 0:
                problems.append(f"keep {value!r} not in PDFium text (pdfium={count_in(txt, pr)})")
                continue
            pr["after"] = n
        else:
            # public text shown only in a picture: the evaluator measures keep probes in the PDFium
            # text only, so after=0; ocr_after records how often OCR reads it in the original.
            n = ocr_count(ocr_entries, pr)
            if n == 0:
                problems.append(f"OCR does not read picture keep {value!r}")
                continue
            pr.update({"after": 0, "ocr": True, "ocr_after": n})
        gold["keep"].append({"kind": kind, "value": value, "probes": [pr]})
    return gold, problems


# ------------------------------------------------------------------------------------------------
# numbers
# ------------------------------------------------------------------------------------------------
def bsn(seed: int) -> str:
    """A valid 11-proef number (invented)."""
    rnd = random.Random(seed)
    while True:
        d = [rnd.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def iban(bank: str, seed: int, spaced=True) -> str:
    rnd = random.Random(seed)
    acct = "".join(str(rnd.randrange(10)) for _ in range(10))
    bb = "".join(str(ord(c) - 55) for c in bank + "NL")
    num = int("".join(str(ord(c) - 55) if c.isalpha() else c for c in bank) + acct + "232100")
    chk = 98 - num % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def img(pic):
    """A picture placed 1:1 (its point size is its size on the page)."""
    return ("img", pic, pic.w_pt / 28.3465)
