"""Builder and gold derivation for set UC (eval/blind/mixed166). Invented content only."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
PY = "/work/main/.venv/bin/python"

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DJ + "DejaVuSerif-Bold.ttf"))
FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dejavu": ("DejaVu", "DejaVu-Bold"), "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
         "courier": ("Courier", "Courier-Bold")}


class Doc:
    """body: list of (kind, payload): h (heading), p (paragraph), l (single line), t (table rows,
    list of lists; first row bold), sp (vertical space), mono (lines in Courier)."""

    def __init__(self, stem, body, *, engine="rl", font="helv", size=10, producer="", creator="",
                 author=None, xmp_creator=None, title=None, outline=None, notes=None, fields=None,
                 redact=(), keep=(), hidden=(), scan=None, widths=None):
        self.stem, self.body, self.engine, self.font, self.size = stem, body, engine, font, size
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.title, self.outline, self.notes, self.fields = title, outline or [], notes or [], fields or []
        self.redact, self.keep, self.hidden, self.scan, self.widths = list(redact), list(keep), list(hidden), scan, widths

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.engine == "docx":
            build_docx(self)
        elif self.engine == "scan":
            build_scan(self)
        else:
            build_rl(self)
        post(self)
        return self.path


# ------------------------------------------------------------------ reportlab
def build_rl(d: Doc):
    reg, bold = FONTS[d.font]
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1, pageCompression=1)
    W, H = A4
    left, right, top, bottom = 62, W - 62, H - 60, 60
    y = top
    fs = d.size
    lh = fs * 1.35
    page = [1]
    marks = []  # (page, y, title)

    def newpage():
        nonlocal y
        c.setFont(reg, 7.5)
        c.drawRightString(right, 32, f"pagina {page[0]}")
        c.showPage()
        page[0] += 1
        y = top

    def need(h):
        if y - h < bottom:
            newpage()

    for kind, pl in d.body:
        if kind == "sp":
            y -= pl if isinstance(pl, (int, float)) else lh
            continue
        if kind == "break":
            newpage()
            continue
        if kind == "mark":
            marks.append((page[0], y, pl))
            continue
        if kind in ("h", "p", "l", "mono", "small"):
            font = bold if kind == "h" else ("Courier" if kind == "mono" else reg)
            size = fs + 2 if kind == "h" else (fs - 1.5 if kind in ("mono", "small") else fs)
            lines = [pl] if kind in ("l",) else simpleSplit(pl, font, size, right - left)
            if kind == "mono":
                lines = pl.split("\n")
            for ln in lines:
                need(size * 1.35)
                c.setFont(font, size)
                c.drawString(left, y - size, ln)
                y -= size * 1.35
            if kind in ("h", "p", "mono"):
                y -= size * 0.5
            continue
        if kind == "t":
            rows = pl
            n = len(rows[0])
            ws = d.widths or [(right - left) / n] * n
            tsize = fs - 1.5
            for ri, row in enumerate(rows):
                cells = [simpleSplit(str(cell), bold if ri == 0 else reg, tsize, ws[i] - 6) or [""]
                         for i, cell in enumerate(row)]
                hgt = max(len(x) for x in cells) * tsize * 1.3 + 4
                need(hgt)
                x = left
                for i, cl in enumerate(cells):
                    c.setLineWidth(0.4)
                    c.rect(x, y - hgt, ws[i], hgt)
                    c.setFont(bold if ri == 0 else reg, tsize)
                    for k, ln in enumerate(cl):
                        c.drawString(x + 3, y - 3 - tsize - k * tsize * 1.3, ln)
                    x += ws[i]
                y -= hgt
            y -= lh * 0.6
            continue
        if kind == "field":  # (label, name, value)
            label, name, value = pl
            need(24)
            c.setFont(reg, fs)
            c.drawString(left, y - fs - 4, label)
            c.acroForm.textfield(name=name, value=value, x=left + 190, y=y - 20, width=right - left - 190,
                                 height=18, fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 26
            continue
        raise ValueError(kind)
    c.setFont(reg, 7.5)
    c.drawRightString(right, 32, f"pagina {page[0]}")
    for i, (pg, yy, t) in enumerate(marks):
        pass
    c.showPage()
    c.save()
    d._marks = marks


# ------------------------------------------------------------------ docx via LibreOffice
def build_docx(d: Doc):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(d.size)
    for kind, pl in d.body:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(pl)
            r.bold = True
            r.font.size = Pt(d.size + 2)
        elif kind in ("p", "l", "small"):
            doc.add_paragraph(pl)
        elif kind == "mono":
            for ln in pl.split("\n"):
                doc.add_paragraph(ln)
        elif kind == "t":
            t = doc.add_table(rows=len(pl), cols=len(pl[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pl):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
        elif kind == "sp":
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_page_break()
    if d.author:
        doc.core_properties.author = d.author
    else:
        doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.core_properties.title = d.title or ""
    tmp = Path(tempfile.mkdtemp(prefix="s166_dx_", dir="/tmp"))
    src = tmp / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s166_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    (tmp / f"{d.stem}.pdf").replace(d.path)


# ------------------------------------------------------------------ scans
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(d.stem)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 248)
    dr = ImageDraw.Draw(img)
    y = 130
    for kind, pl in d.scan:
        if kind == "sp":
            y += pl
            continue
        fnt = {"h": ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", 40),
               "p": ImageFont.truetype(DJ + "DejaVuSerif.ttf", 32),
               "hand": ImageFont.truetype(DJ + "DejaVuSerifCondensed-Italic.ttf", 40),
               "sig": ImageFont.truetype(DJ + "DejaVuSansCondensed-Oblique.ttf", 46)}[kind]
        x0 = 130 + (rnd.randint(0, 25) if kind == "hand" else 0)
        for ln in pl.split("\n"):
            col = 40 if kind != "hand" else rnd.choice([15, 25, 35])
            dr.text((x0, y), ln, font=fnt, fill=col)
            if kind == "sig":
                dr.line((x0, y + 58, x0 + 330, y + 50), fill=60, width=3)
            y += int(fnt.size * 1.45)
        y += 14
    img = img.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ post-processing with pikepdf
def post(d: Doc):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    pdf = pikepdf.open(str(d.path), allow_overwriting_input=True)
    info = pdf.docinfo
    given = {"/Author": d.author, "/Producer": d.producer, "/Creator": d.creator, "/Title": d.title}
    for k in list(info.keys()):
        if k in ("/Author", "/Producer", "/Creator", "/Title", "/Subject", "/Keywords"):
            if d.engine == "docx" and not given.get(k):
                continue  # keep what LibreOffice wrote
            del info[k]
    if d.producer:
        info["/Producer"] = d.producer
    if d.creator:
        info["/Creator"] = d.creator
    if d.author:
        info["/Author"] = d.author
    if d.title:
        info["/Title"] = d.title
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    if d.xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = [d.xmp_creator]
            if d.title:
                m["dc:title"] = d.title
            m["pdf:Producer"] = d.producer or "unknown"
    if d.outline:
        with pdf.open_outline() as ol:
            ol.root.clear()
            for title, pg in d.outline:
                ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages)) - 1))
    for pg, rect, who, text in d.notes:
        page = pdf.pages[pg - 1]
        annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array(rect),
                                             T=String(who), Contents=String(text), Name=Name.Comment,
                                             C=Array([1, 0.9, 0.2]), F=4, Open=False))
        if "/Annots" not in page.obj:
            page.obj["/Annots"] = Array()
        page.obj["/Annots"].append(annot)
    pdf.save(str(d.path), fix_metadata_version=False, deterministic_id=True)
    pdf.close()


# ------------------------------------------------------------------ gold
def _items(specs, default_kind):
    out = []
    for s in specs:
        if isinstance(s, str):
            out.append((default_kind, s, [s]))
        else:
            kind, value, *forms = s
            out.append((kind, value, forms or [value]))
    return out


def make_gold(d: Doc, path: Path, people, public):
    """people: list of (kind, value, forms) searched in every doc; public: list of keep terms."""
    problems = []
    text, pages = text_pdfium(path)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    ocr = d.engine == "scan"
    chans = None
    if ocr or d.hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    red_texts = []
    if ocr:
        body = " ".join(pl for k, pl in d.scan if k != "sp")
    else:
        body = text
    cand = list(people) + _items(d.redact, "PERSON")
    seen = set()
    for kind, value, forms in cand:
        probes = []
        for f in forms:
            if f in seen:
                continue
            pr = {"text": f, "word": True, "after": 0}
            if ocr:
                pr["ocr"] = True
                if count_in(norm(body), pr) and channel_counts(chans, pr).get("ocr", 0):
                    probes.append(pr)
                elif count_in(norm(body), pr):
                    problems.append(f"{d.stem}: OCR misses {f!r} (dropped)")
            elif count_in(text, pr):
                probes.append(pr)
            if probes and probes[-1]["text"] == f:
                seen.add(f)
                red_texts.append(f)
        if probes:
            it = {"kind": kind, "value": value, "probes": probes}
            if ocr:
                it["channel"] = "ocr"
            gold["redact"].append(it)
    for kind, value, ch, forms in d.hidden:
        probes = []
        for f in forms:
            pr = {"text": f, "word": True, "after": 0}
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {f!r} in page text")
            elif channel_counts(chans, pr).get(ch, 0):
                probes.append(pr)
            else:
                problems.append(f"{d.stem}: hidden {f!r} not in {ch}")
        if probes:
            gold["redact"].append({"kind": kind, "value": value, "channel": ch, "probes": probes})
    # simulated redaction for keep overlap
    red = norm(text)
    for f in sorted(red_texts, key=len, reverse=True):
        red = re.sub(r"(?<!\w)" + re.escape(norm(f)).replace(r"\ ", " ?") + r"(?!\w)", "\u2588", red)
    kept = set()
    if not ocr:
        for kind, value, forms in list(_items(d.keep, "ORG")) + list(public):
            probes = []
            for f in forms:
                if f in kept:
                    continue
                pr = {"text": f, "word": True}
                n = count_in(text, pr)
                if n == 0:
                    continue
                if count_in(red, pr) != n:
                    continue
                if any(norm(f) in norm(r) or norm(r) in norm(f) for r in red_texts):
                    continue
                pr["after"] = n
                probes.append(pr)
                kept.add(f)
            if probes:
                gold["keep"].append({"kind": kind, "value": value, "probes": probes})
    return gold, problems
