"""Builders and gold derivation for set DB (eval/blind/mixed237).

Document text is written with inline marks:  [[KIND:text]] or [[text]] = a redact value (its text is a
probe, searched in PDFium text), {{KIND:text}} or {{text}} = a keep probe (its 'after' is counted on the
original's PDFium text). Line markup: '# ' heading, '## ' subheading, '|' table row (cells split on '|'),
'===' page break, '~' handwriting line (scans), blank line = paragraph break.
"""
from __future__ import annotations

import io
import random
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
TMP = Path("/tmp/s237_build")
FONTDIR = Path("/usr/share/fonts/truetype/dejavu")

RKINDS = {"PERSON", "EMAIL", "PHONE", "BSN", "IBAN", "DOB", "ADDRESS", "HEALTH", "ID", "INITIALS", "KVK",
          "PLATE", "NICK", "POB"}
KKINDS = {"ORG", "PLACE", "LAW", "OFFICE", "REF", "MAILBOX", "PUBLICNR", "TITLE", "PRODUCT", "NOTPERSON",
          "STREET", "TERM", "PROJECT", "DATE", "AMOUNT"}
AUTO_KEEP = [("PLACE", "Harderwijk"), ("PLACE", "Amersfoort"), ("PLACE", "Ermelo"), ("REF", "Postbus 149"),
             ("TERM", "muilkorf"), ("TERM", "aanlijnplicht"), ("TERM", "muilkorfplicht"), ("TITLE", "gedragsdeskundige"),
             ("TERM", "bijtincident"), ("DATE", "12 juli 2026"), ("DATE", "1 september 2026"), ("DATE", "27 juli 2026"),
             ("TITLE", "BOA"), ("TERM", "zienswijze"), ("TERM", "hond"), ("TITLE", "advocaat"), ("TITLE", "jurist"),
             ("TITLE", "beleidsadviseur"), ("TITLE", "Woo-coördinator"), ("TERM", "slachtoffer"), ("TERM", "houder"),
             ("TITLE", "teamleider"), ("TITLE", "wijkagent"), ("TITLE", "huisarts"), ("TERM", "bezwaar"),
             ("DATE", "7 augustus 2026"), ("DATE", "18 augustus 2026"), ("PLACE", "3840 AC")]
MARK = re.compile(r"(\[\[|\{\{)(?:([A-Z]+):)?(.+?)(\]\]|\}\})")


def strip(s: str) -> str:
    def rep(m):
        return m.group(3)
    return MARK.sub(rep, s)


def marks(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        kind, val = m.group(2), m.group(3)
        if m.group(1) == "[[":
            if kind and kind not in RKINDS:
                val = f"{kind}:{val}"
                kind = None
            red.append((kind or guess_rkind(val), val))
        else:
            if kind and kind not in KKINDS:
                val = f"{kind}:{val}"
                kind = None
            keep.append((kind or "PUBLIC", val))
    return red, keep


def guess_rkind(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.match(r"NL\s?\d\d\s?[A-Z]{4}", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    return "PERSON"


@dataclass
class Doc:
    stem: str
    text: str
    kind: str = "rl"            # rl | docx | scan | form
    font: str = "Helvetica"
    size: float = 10
    meta: dict = field(default_factory=dict)      # Producer, Creator, Author, Title, xmp_creator
    hidden: list = field(default_factory=list)     # (channel, kind, value, [probes])
    outline: list = field(default_factory=list)    # (title, page0)
    notes: list = field(default_factory=list)      # (page0, author, contents)
    fields: list = field(default_factory=list)     # (label, name, value) for kind=form
    landscape: bool = False
    extra_keep: list = field(default_factory=list)  # (kind, probe) keep probes not marked inline
    seed: int = 0


# ---------------------------------------------------------------------------------------------
def _reg_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("DejaVuSansMono", "DejaVuSansMono.ttf"), ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf"),
                 ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, str(FONTDIR / f)))


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSansMono": "DejaVuSansMono-Bold"}


def build_rl(d: Doc, out: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    _reg_fonts()
    ps = landscape(A4) if d.landscape else A4
    W, H = ps
    c = canvas.Canvas(str(out), pagesize=ps, pageCompression=1)
    c.setTitle("")
    L, R, T, B = 60, W - 60, H - 60, 60
    y = T
    fs = d.size
    lead = fs * 1.35
    bold = BOLD.get(d.font, d.font)
    pending_form = list(d.fields)

    def newpage():
        nonlocal y
        c.showPage()
        y = T

    for raw in strip(d.text).split("\n"):
        line = raw.rstrip()
        if line.strip() == "===":
            newpage()
            continue
        if y < B + 20:
            newpage()
        if not line.strip():
            y -= lead * 0.6
            continue
        if line.startswith("# "):
            c.setFont(bold, fs + 4)
            c.drawString(L, y, line[2:])
            y -= (fs + 4) * 1.6
            continue
        if line.startswith("## "):
            c.setFont(bold, fs + 1)
            c.drawString(L, y, line[3:])
            y -= (fs + 1) * 1.5
            continue
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            hdr = cells and cells[0].startswith("*")
            if hdr:
                cells[0] = cells[0][1:]
            n = len(cells)
            cw = (R - L) / n
            wrapped = [simpleSplit(x, bold if hdr else d.font, fs - 1, cw - 6) or [""] for x in cells]
            h = max(len(w) for w in wrapped) * (fs + 1) + 4
            if y - h < B:
                newpage()
            for i, w in enumerate(wrapped):
                c.rect(L + i * cw, y - h + fs, cw, h, stroke=1, fill=0)
                c.setFont(bold if hdr else d.font, fs - 1)
                for j, t in enumerate(w):
                    c.drawString(L + i * cw + 3, y - j * (fs + 1), t)
            y -= h
            continue
        if line.startswith("@FIELD"):
            label, name, value = pending_form.pop(0)
            c.setFont(d.font, fs)
            c.drawString(L, y, label)
            c.acroForm.textfield(name=name, value=value, x=L + 190, y=y - 5, width=R - L - 190, height=16,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5, tooltip=label)
            y -= 24
            continue
        ind = 0
        f = d.font
        if line.startswith("**"):
            f = bold
            line = line[2:]
        if line.startswith("  "):
            ind = 18
        for t in simpleSplit(line.strip(), f, fs, R - L - ind) or [""]:
            if y < B:
                newpage()
            c.setFont(f, fs)
            c.drawString(L + ind, y, t)
            y -= lead
    c.save()


def build_docx(d: Doc, out_docx: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.font if d.font in ("DejaVu Sans", "DejaVu Serif") else "DejaVu Sans"
    st.font.size = Pt(d.size)
    st.paragraph_format.space_after = Pt(3)
    table = None
    for raw in strip(d.text).split("\n"):
        line = raw.rstrip()
        if line.strip() == "===":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            table = None
            continue
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            hdr = cells[0].startswith("*")
            if hdr:
                cells[0] = cells[0][1:]
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for i, x in enumerate(cells):
                row.cells[i].text = x
                if hdr:
                    for r in row.cells[i].paragraphs[0].runs:
                        r.bold = True
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("**"):
            p = doc.add_paragraph()
            p.add_run(line[2:]).bold = True
        else:
            p = doc.add_paragraph(line.strip())
            if line.startswith("  "):
                p.paragraph_format.left_indent = Pt(18)
    doc.save(str(out_docx))


def build_scan(d: Doc, out: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(d.seed or 237)
    W, H = 1240, 1754  # 150 dpi
    pages = strip(d.text).split("\n===\n")
    c = canvas.Canvas(str(out), pagesize=A4)
    for ptxt in pages:
        im = Image.new("L", (W, H), 247)
        dr = ImageDraw.Draw(im)
        f_n = ImageFont.truetype(str(FONTDIR / "DejaVuSerif.ttf"), 25)
        f_b = ImageFont.truetype(str(FONTDIR / "DejaVuSerif-Bold.ttf"), 31)
        f_h = ImageFont.truetype(str(FONTDIR / "DejaVuSans-Oblique.ttf"), 29)
        y = 110
        for line in ptxt.split("\n"):
            if not line.strip():
                y += 20
                continue
            if line.startswith("# "):
                dr.text((110, y), line[2:], font=f_b, fill=20)
                y += 52
            elif line.startswith("~"):
                dr.text((130 + rnd.randint(-8, 8), y), line[1:].strip(), font=f_h, fill=35)
                y += 50
            else:
                dr.text((110, y), line, font=f_n, fill=25)
                y += 38
        for _ in range(1500):
            dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(150, 220))
        im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=240)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def postprocess(d: Doc, path: Path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        m = d.meta
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            if m.get("xmp_creator"):
                xmp["dc:creator"] = [m["xmp_creator"]]
            if m.get("Title"):
                xmp["dc:title"] = m["Title"]
            if m.get("Producer"):
                xmp["pdf:Producer"] = m["Producer"]
        for k in ("Producer", "Creator", "Author", "Title"):
            if k in m:
                pdf.docinfo[f"/{k}"] = m[k]
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, author, contents in d.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([430, 700 - 40 * len(page.obj.get("/Annots", [])), 450, 720]),
                T=pikepdf.String(author), Contents=pikepdf.String(contents),
                Name=pikepdf.Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


def build_all(docs):
    DOCS_DIR.mkdir(exist_ok=True)
    TMP.mkdir(parents=True, exist_ok=True)
    dx = []
    for d in docs:
        out = DOCS_DIR / f"{d.stem}.pdf"
        if d.kind in ("rl", "form"):
            build_rl(d, out)
        elif d.kind == "scan":
            build_scan(d, out)
        elif d.kind == "docx":
            p = TMP / f"{d.stem}.docx"
            build_docx(d, p)
            dx.append(p)
    if dx:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s237_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP)] + [str(p) for p in dx],
                       check=True, capture_output=True, timeout=600)
        for p in dx:
            (DOCS_DIR / f"{p.stem}.pdf").write_bytes((TMP / f"{p.stem}.pdf").read_bytes())
    for d in docs:
        postprocess(d, DOCS_DIR / f"{d.stem}.pdf")


def _spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def make_gold(d: Doc):
    path = DOCS_DIR / f"{d.stem}.pdf"
    text, pages = text_pdfium(path)
    log = []
    red, keep = marks(d.text)
    ocr = d.kind == "scan"
    chans = None
    if ocr or d.hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    redact, seen = [], set()
    for kind, val in red:
        if val in seen:
            continue
        seen.add(val)
        cands = [val]
        if kind == "PERSON":  # name parts: surname alone, first name alone (all forms of a name)
            for t in re.findall(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]{3,}", val):
                if t not in cands and t not in seen:
                    cands.append(t)
        ps = []
        for t in cands:
            pr = {"text": t, "word": True, "after": 0}
            if ocr:
                pr["ocr"] = True
                if channel_counts(chans, pr).get("ocr", 0) == 0:
                    log.append(f"{d.stem}: OCR misses {t!r} (dropped)")
                    continue
            elif count_in(text, pr) == 0:
                log.append(f"{d.stem}: redact {t!r} not in text (dropped)")
                continue
            ps.append(pr)
        if ps:
            it = {"kind": kind, "value": val, "probes": ps}
            if ocr:
                it["channel"] = "ocr"
            redact.append(it)
    for ch, kind, val, probes in d.hidden:
        ps = []
        for t in probes:
            pr = {"text": t, "word": True, "after": 0}
            if channel_counts(chans, pr).get(ch, 0) == 0 or count_in(text, pr):
                log.append(f"{d.stem}: hidden {t!r} not only in {ch} (dropped)")
                continue
            ps.append(pr)
        if ps:
            redact.append({"kind": kind, "value": val, "channel": ch, "probes": ps})
    # simulated redaction of the page text
    sim = list(text)
    for it in redact:
        if it.get("channel") or ocr:
            continue
        for pr in it["probes"]:
            for a, b in _spans(text, pr):
                for i in range(a, b):
                    sim[i] = "\x00" if text[i] != " " else " "
    sim = "".join(sim)
    kept, kseen = [], set()
    auto = [(k, v) for k, v in AUTO_KEEP if count_in(text, {"text": v, "word": True})]
    for kind, val in keep + list(d.extra_keep) + auto:
        if val in kseen:
            continue
        kseen.add(val)
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        if n == 0:
            log.append(f"{d.stem}: keep {val!r} not in text (dropped)")
            continue
        ok = all("\x00" not in sim[a:b] for a, b in _spans(text, pr))
        if not ok:
            log.append(f"{d.stem}: keep {val!r} overlaps a redact value (dropped)")
            continue
        pr["after"] = n
        kept.append({"kind": kind, "value": val, "probes": [pr]})
    return {"doc": f"{d.stem}.pdf", "pages": pages, "redact": redact, "keep": kept}, log
