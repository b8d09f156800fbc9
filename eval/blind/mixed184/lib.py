"""Building blocks for set WM (eval/blind/mixed184): document spec, PDF producers, gold writer."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s184_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def r(kind, value, *probes, channel=None):
    it = {"kind": kind, "value": value, "probes": list(probes) or [value]}
    if channel:
        it["channel"] = channel
    return it


def k(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": list(probes) or [value]}


@dataclass
class Doc:
    stem: str
    lines: list
    R: list
    K: list
    mode: str = "helv"          # helv | dejavu | docx | scan
    producer: str = ""
    creator: str = ""
    author: str = ""
    title: str = ""
    xmp_creator: str = ""
    outline: list = field(default_factory=list)   # [(title, page_index)]
    notes: list = field(default_factory=list)     # [(page_index, author, contents)]
    form: list = field(default_factory=list)      # [(label, name, value)]
    rotate: float = 0.6

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.mode == "docx":
            raw = build_docx(self)
        elif self.mode == "scan":
            raw = build_scan(self)
        else:
            raw = build_rl(self)
        post(self, raw, out)
        return out


# ---------------------------------------------------------------- reportlab
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
    pdfmetrics.registerFont(TTFont("DejaVuMono", MONO))
    _FONTS_DONE = True


def build_rl(d: Doc) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    _fonts()
    raw = TMP / f"{d.stem}.raw.pdf"
    c = canvas.Canvas(str(raw), pagesize=A4, invariant=1)
    if d.mode == "dejavu":
        fn, fb = "DejaVu", "DejaVu-Bold"
    elif d.mode == "mono":
        fn, fb = "DejaVuMono", "DejaVuMono"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    W, H = A4
    x0, y = 60, H - 60
    size = 9.5 if d.mode != "mono" else 8.5
    lead = size * 1.38
    page = 0
    for ln in d.lines:
        if ln == "PAGE":
            c.showPage()
            page += 1
            y = H - 60
            continue
        font, sz = fn, size
        if ln.startswith("H:"):
            font, sz, ln = fb, size + 3, ln[2:]
        elif ln.startswith("B:"):
            font, ln = fb, ln[2:]
        parts = simpleSplit(ln, font, sz, W - 2 * x0) if ln else [""]
        for p in parts:
            if y < 60:
                c.showPage()
                page += 1
                y = H - 60
            c.setFont(font, sz)
            c.drawString(x0, y, p)
            y -= sz * 1.38 if font == fb and sz > size else lead
    for (label, name, value) in d.form:
        pass
    if d.form:
        yy = y - 10
        for label, name, value in d.form:
            c.setFont(fn, size)
            c.drawString(x0, yy + 4, label)
            c.acroForm.textfield(name=name, value=value, x=x0 + 170, y=yy, width=300, height=16,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
            yy -= 24
    c.showPage()
    c.save()
    return raw


# ---------------------------------------------------------------- docx -> soffice
def build_docx(d: Doc) -> Path:
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title or ""
    for ln in d.lines:
        if ln == "PAGE":
            doc.add_page_break()
        elif ln.startswith("H:"):
            doc.add_heading(ln[2:], level=2)
        elif ln.startswith("B:"):
            p = doc.add_paragraph()
            p.add_run(ln[2:]).bold = True
        else:
            doc.add_paragraph(ln)
    for p in doc.paragraphs:
        p.paragraph_format.space_after = Pt(2)
    src = TMP / f"{d.stem}.docx"
    doc.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s184_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                   capture_output=True, timeout=180)
    return TMP / f"{d.stem}.pdf"


# ---------------------------------------------------------------- image-only scan
def build_scan(d: Doc) -> Path:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    dpi = 150
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 25)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 29)
    fh = ImageFont.truetype(SERIF_I, 30)
    pages = [[]]
    for ln in d.lines:
        if ln == "PAGE":
            pages.append([])
        else:
            pages[-1].append(ln)
    raw = TMP / f"{d.stem}.raw.pdf"
    c = canvas.Canvas(str(raw), pagesize=A4, invariant=1)
    for pi, pl in enumerate(pages):
        im = Image.new("L", (Wp, Hp), 250)
        dr = ImageDraw.Draw(im)
        y = 110
        for ln in pl:
            font = f
            if ln.startswith("H:"):
                font, ln = fb, ln[2:]
            elif ln.startswith("B:"):
                font, ln = fb, ln[2:]
            elif ln.startswith("W:"):   # handwritten-looking note
                font, ln = fh, ln[2:]
            # crude wrap
            words, cur = ln.split(" "), ""
            outl = []
            for w in words:
                t = (cur + " " + w).strip()
                if dr.textlength(t, font=font) > Wp - 220:
                    outl.append(cur)
                    cur = w
                else:
                    cur = t
            outl.append(cur)
            for o in outl:
                dr.text((110, y), o, fill=25, font=font)
                y += 40
        im = im.rotate(d.rotate * (1 if pi % 2 == 0 else -1), fillcolor=245, resample=Image.BICUBIC)
        p = TMP / f"{d.stem}-{pi}.jpg"
        im.save(p, "JPEG", quality=72)
        W, H = A4
        c.drawImage(str(p), 0, 0, W, H)
        c.showPage()
    c.save()
    return raw


# ---------------------------------------------------------------- post-processing with pikepdf
def post(d: Doc, raw: Path, out: Path):
    import pikepdf
    with pikepdf.open(str(raw)) as pdf:
        info = pdf.docinfo
        if d.mode != "docx":   # LibreOffice's own Info (Producer, Creator, Author) is kept as written
            for key in list(info.keys()):
                if key in ("/Author", "/Title", "/Subject", "/Creator", "/Producer", "/Keywords"):
                    del info[key]
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                if d.title:
                    m["dc:title"] = d.title
        if d.author:
            info["/Author"] = d.author
        if d.title:
            info["/Title"] = d.title
        if d.producer:
            info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.outline:
            with pdf.open_outline() as ol:
                for t, pi in d.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pi))
        for pi, who, text in d.notes:
            pg = pdf.pages[pi]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[520, 700 - 30 * len(pg.obj.get("/Annots", [])), 540, 720 - 30 * len(pg.obj.get("/Annots", []))],
                T=pikepdf.String(who), Contents=pikepdf.String(text), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(annot)
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in d.R} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    red = []
    spans = []
    kspans = []
    for it in d.K:
        for p in it["probes"]:
            kspans += [m.span() for m in probe_regex(p, True).finditer(text)]
    items = []
    for it in d.R:
        it = dict(it, probes=list(it["probes"]))
        # the surname alone is a probe of its own (last word of the value), unless it is part of a
        # kept trade name in this document (e.g. 'Vishandel De Zwaluw') or already a probe
        if it["kind"] == "PERSON" and not it.get("channel") and "(" not in it["value"]:
            sur = it["value"].split()[-1]
            if len(sur) >= 4 and sur[0].isupper() and sur not in it["probes"]:
                ms = [m.span() for m in probe_regex(sur, True).finditer(text)]
                if ms and not any(a < y and x < b for a, b in ms for x, y in kspans):
                    it["probes"].append(sur)
        items.append(it)
    for it in items:
        ch = it.get("channel")
        probes = []
        for p in it["probes"]:
            pr = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
                n = channel_counts(chans, pr).get("ocr", 0)
            elif ch:
                n = channel_counts(chans, pr).get(ch, 0)
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe {p!r} in page text")
            else:
                n = count_in(text, pr)
                spans += [m.span() for m in probe_regex(p, True).finditer(text)]
            if n == 0:
                problems.append(f"{d.stem}: redact probe {p!r} not found ({ch or 'pdfium'})")
            probes.append(pr)
        item = {"kind": it["kind"], "value": it["value"], "probes": probes}
        if ch:
            item["channel"] = ch
        red.append(item)
    keep = []
    for it in d.K:
        probes = []
        for p in it["probes"]:
            rx = probe_regex(p, True)
            ms = list(rx.finditer(text))
            if not ms:
                problems.append(f"{d.stem}: keep probe {p!r} not in text")
                continue
            for m in ms:
                a, b = m.span()
                if any(a < y and x < b for x, y in spans):
                    problems.append(f"{d.stem}: keep probe {p!r} overlaps a redact probe")
                    break
            probes.append({"text": p, "word": True, "after": len(ms)})
        if probes:
            keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
