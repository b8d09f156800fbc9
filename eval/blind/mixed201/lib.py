"""Engine for set ZU (mixed201): markup -> PDF + gold.

Markup in document text: [[value]] or [[value|KIND]] = redact (PERSON by default);
{{value}} or {{value|KIND}} = keep (ORG by default). Probes are the marked strings themselves.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TMP = Path("/tmp/s201_build")
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1):
            v, _, k = m.group(1).partition("|")
            yield "redact", v, k or "PERSON"
        else:
            v, _, k = m.group(2).partition("|")
            yield "keep", v, k or "ORG"


class Doc:
    """blocks: list of (kind, payload): ('h', text) ('p', text) ('mono', text) ('t', rows, widths) ('pb',)."""

    def __init__(self, stem, title, blocks, producer="rl", font="Helvetica", meta=None, hidden=None,
                 outline=None, notes=None, form=None, scan=False, xmp_creator=None, author=None,
                 creator_str=None, producer_str=None):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.producer, self.font = producer, font
        self.outline, self.notes, self.form = outline or [], notes or [], form or []
        self.scan, self.xmp_creator, self.author = scan, xmp_creator, author
        self.creator_str, self.producer_str = creator_str, producer_str
        self.hidden = hidden or []  # list of (channel, kind, value)

    # ---- collect texts
    def texts(self):
        for b in self.blocks:
            if b[0] in ("h", "p", "mono", "hand"):
                yield b[1]
            elif b[0] == "t":
                for row in b[1]:
                    for c in row:
                        yield c

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        TMP.mkdir(exist_ok=True, parents=True)
        if self.scan:
            build_scan(self)
        elif self.producer == "lo":
            build_lo(self)
        else:
            build_rl(self)
        post(self)
        return self.path


# ----------------------------------------------------------------------------- reportlab
def _fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "DejaVu":
        try:
            pdfmetrics.getFont("DejaVu")
        except KeyError:
            pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVuMono", str(FONT_DIR / "DejaVuSansMono.ttf")))
        return "DejaVu", "DejaVu-Bold", "DejaVuMono"
    if name == "Times":
        return "Times-Roman", "Times-Bold", "Courier"
    return "Helvetica", "Helvetica-Bold", "Courier"


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in text.split("\n"):
        words, line = para.split(" "), ""
        for w in words:
            t = (line + " " + w) if line else w
            if stringWidth(t, font, size) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    reg, bold, mono = _fonts(d.font)
    c = canvas.Canvas(str(d.path), pagesize=A4, pageCompression=1)
    c.setTitle(d.title)
    W, H = A4
    x0, y = 60, H - 60
    state = {"y": y, "page": 1}

    def newpage():
        c.showPage()
        state["y"] = H - 60
        state["page"] += 1

    def line(t, f, s, x=x0):
        if state["y"] < 60:
            newpage()
        c.setFont(f, s)
        c.drawString(x, state["y"], t)
        state["y"] -= s * 1.35

    marks_out = []
    for b in d.blocks:
        k = b[0]
        if k == "pb":
            newpage()
        elif k == "bm":
            marks_out.append((b[1], state["page"]))
            c.bookmarkPage(f"bm{len(marks_out)}")
            c.addOutlineEntry(b[1], f"bm{len(marks_out)}", 0)
        elif k == "h":
            state["y"] -= 4
            for ln in wrap(strip(b[1]), bold, 12, W - 120):
                line(ln, bold, 12)
            state["y"] -= 2
        elif k in ("p", "mono"):
            f, s = (mono, 8.5) if k == "mono" else (reg, 10)
            for ln in wrap(strip(b[1]), f, s, W - 120):
                line(ln, f, s)
            state["y"] -= 5
        elif k == "t":
            rows, widths = b[1], b[2]
            for ri, row in enumerate(rows):
                f = bold if ri == 0 else reg
                cells = [wrap(strip(cl), f, 8.5, wd - 6) for cl, wd in zip(row, widths)]
                n = max(len(cl) for cl in cells)
                if state["y"] - n * 11 < 60:
                    newpage()
                yy = state["y"]
                x = x0
                for cl, wd in zip(cells, widths):
                    c.setFont(f, 8.5)
                    for i, ln in enumerate(cl):
                        c.drawString(x + 3, yy - i * 11, ln)
                    c.rect(x, yy - n * 11 + 7, wd, n * 11 + 1, stroke=1, fill=0)
                    x += wd
                state["y"] = yy - n * 11 - 1
            state["y"] -= 8
    # notes and form on last page
    for i, (name, label, val) in enumerate(d.form):
        pass
    if d.form:
        form = c.acroForm
        yy = state["y"] - 10
        for name, label, val in d.form:
            if yy < 80:
                newpage()
                yy = H - 80
            c.setFont(reg, 9)
            c.drawString(x0, yy + 5, strip(label))
            form.textfield(name=name, value=val, x=x0 + 170, y=yy, width=300, height=16, fontSize=9,
                           borderWidth=0.5, fontName="Helvetica")
            yy -= 24
    c.save()


# ----------------------------------------------------------------------------- docx -> soffice
def build_lo(d: Doc):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.font != "Times" else "Liberation Serif"
    st.font.size = Pt(10)
    for b in d.blocks:
        k = b[0]
        if k == "pb":
            doc.add_page_break()
        elif k == "h":
            p = doc.add_paragraph()
            r = p.add_run(strip(b[1]))
            r.bold = True
            r.font.size = Pt(12)
        elif k in ("p", "mono"):
            for part in strip(b[1]).split("\n"):
                p = doc.add_paragraph(part)
                p.paragraph_format.space_after = Pt(2)
        elif k == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cl in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = strip(cl)
                    for para in cell.paragraphs:
                        for r in para.runs:
                            r.font.size = Pt(8.5)
                            r.bold = i == 0
    src = TMP / f"{d.stem}.docx"
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s201_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    (TMP / f"{d.stem}.pdf").replace(d.path)


# ----------------------------------------------------------------------------- scans
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rnd = random.Random(d.stem)
    Wp, Hp = 1240, 1754
    pages, img = [], None

    def newimg():
        im = Image.new("L", (Wp, Hp), 250)
        return im, ImageDraw.Draw(im)

    img, dr = newimg()
    y = 110
    fnt = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 27)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 31)
    fh = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 34)
    for b in d.blocks:
        if b[0] == "pb":
            pages.append(img)
            img, dr = newimg()
            y = 110
            continue
        f = {"h": fb, "hand": fh}.get(b[0], fnt)
        for para in strip(b[1]).split("\n"):
            words, ln = para.split(" "), ""
            lines = []
            for w in words:
                t = (ln + " " + w) if ln else w
                if dr.textlength(t, font=f) < Wp - 220 or not ln:
                    ln = t
                else:
                    lines.append(ln)
                    ln = w
            lines.append(ln)
            for ln in lines:
                dr.text((110 + (rnd.randint(0, 6) if b[0] == "hand" else 0), y), ln, fill=30, font=f)
                y += int(f.size * 1.45)
        y += 14
    pages.append(img)
    c = canvas.Canvas(str(d.path), pagesize=A4)
    W, H = A4
    for i, im in enumerate(pages):
        im = im.rotate(rnd.uniform(-0.9, 0.9), fillcolor=250, expand=False, resample=Image.BICUBIC)
        buf = TMP / f"{d.stem}-{i}.jpg"
        im.save(buf, "JPEG", quality=78)
        c.drawImage(str(buf), 0, 0, W, H)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- metadata
def post(d: Doc):
    import pikepdf
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf:
        if d.xmp_creator or d.author is not None or d.producer_str or d.creator_str:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if d.xmp_creator:
                    m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title
            if d.author is not None:
                pdf.docinfo["/Author"] = d.author
            elif "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
            if d.producer_str:
                pdf.docinfo["/Producer"] = d.producer_str
            if d.creator_str:
                pdf.docinfo["/Creator"] = d.creator_str
        for i, (who, txt) in enumerate(d.notes):
            pg = pdf.pages[0]
            W = float(pg.mediabox[2]); H = float(pg.mediabox[3])
            ann = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[W - 60, H - 120 - 50 * i, W - 40, H - 100 - 50 * i],
                T=pikepdf.String(who), Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                M=pikepdf.String("D:20260612101500+02'00'")))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(ann)
        pdf.save(d.path, deterministic_id=True)


# ----------------------------------------------------------------------------- gold
AUTO_KEEP = [(v, k) for k, vs in {
    "PLACE": ["Zutphen", "Deventer", "De Hoven"],
    "ORG": ["Argonaut Keuringen", "Contact Zutphen", "Gemeente Zutphen", "gemeente Zutphen", "RDW", "college"],
    "TERM": ["gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats", "GPK", "Bestuurderskaart", "Passagierskaart",
             "verkeersbesluit", "kenteken", "bezwaar", "bezwaarschrift", "Woo-verzoek", "medisch advies", "medische",
             "huisbezoek", "handhavers", "BOA", "onderbord", "balie", "keuring", "wachttijd", "loopafstand",
             "raamovereenkomst", "inventarislijst", "zienswijze", "buurtapp", "parkeervak", "stadhuis", "binnenstad"],
    "ROLE": ["teamleider", "verkeerskundige", "wethouder", "burgemeester", "arts", "huisarts", "secretaris", "voorzitter"],
    "DATE": ["3 februari 2026", "4 maart 2026", "2 maart 2026", "19 maart 2026", "26 maart 2026", "30 juni 2026"],
}.items() for v in vs]
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "het", "'t", "Van", "De", "Ter", "Ten", "El", "dr.", "mr."}


def surname(v):
    toks = [t for t in re.split(r"[ ,]+", v) if t]
    if len(toks) < 2:
        return None
    cands = [t for t in toks if t[:1].isupper() and len(t) >= 4 and not t.endswith(".") and t not in PARTICLES]
    if not cands:
        return None
    sn = cands[-1] if not v.count(",") else cands[0]
    return sn if sn != v else None


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = {}, {}
    for t in d.texts():
        for side, v, k in marks(t):
            (red if side == "redact" else keep).setdefault(v, k)
    ritems = []
    for v, k in red.items():
        it = {"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
        sn = surname(v) if k == "PERSON" else None
        if sn:
            it["probes"].append({"text": sn, "word": True, "after": 0})
        if d.scan:
            for p in it["probes"]:
                p["ocr"] = True
            it["channel"] = "ocr"
        ritems.append(it)
    for ch, k, v in d.hidden:
        ritems.append({"kind": k, "value": v, "channel": ch, "probes": [{"text": v, "word": True, "after": 0}]})
    # simulated redaction of page text
    blank = text
    for it in ritems:
        if it.get("channel") in (None,):
            for p in it["probes"]:
                blank = probe_regex(p["text"], True).sub(lambda m: "#" * len(m.group(0)), blank)
    kitems = []
    if not d.scan:
        for v, k in keep.items():
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            nb = count_in(blank, pr)
            if n != nb:
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value ({n} vs {nb})")
                continue
            if n == 0:
                problems.append(f"{d.stem}: keep {v!r} not found in text")
                continue
            if any(count_in(v, {"text": r["value"], "word": True}) for r in ritems):
                problems.append(f"{d.stem}: keep {v!r} contains a redact value")
                continue
            pr["after"] = n
            kitems.append({"kind": k, "value": v, "probes": [pr]})
    if not d.scan:
        have = {k["value"] for k in kitems}
        for v, k in AUTO_KEEP:
            if v in have:
                continue
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n and n == count_in(blank, pr) and not any(count_in(v, {"text": r["value"], "word": True}) for r in ritems):
                pr["after"] = n
                kitems.append({"kind": k, "value": v, "probes": [pr]})
                have.add(v)
    hidden = [it for it in ritems if it.get("channel")]
    chans = {}
    if hidden:
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    for it, p in [(it, p) for it in ritems for p in it["probes"]]:
        ch = it.get("channel")
        if ch is None:
            if count_in(text, p) == 0:
                problems.append(f"{d.stem}: redact {p['text']!r} not in text")
        else:
            if channel_counts(chans, p).get(ch, 0) == 0:
                problems.append(f"{d.stem}: redact {p['text']!r} not in {ch}")
            if ch != "ocr" and count_in(text, p):
                problems.append(f"{d.stem}: hidden {p['text']!r} also in page text")
    # drop failing OCR probes? no: report them
    gold = {"doc": path.name, "pages": pages, "redact": ritems, "keep": kitems}
    return gold, problems
