"""Rebuild set WB (eval/blind/mixed156): a water board's dispute with farmers (ditch maintenance, pumping station).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py w03 w16    # only these

Documents are written in content.py with inline marks: {text|K} is personal data to redact (K = kind code),
[[text|K]] is public text to keep. Marks are stripped before rendering. Every keep probe's 'after' is counted
on the original's PDFium text with the evaluator's own functions; every redact probe has after=0 and must be
found in the channel it is claimed for. A redact probe may not occur in unmarked text, and a keep probe may
not overlap a redact span (its count must be the same with all redact spans removed).
"""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402

RED = re.compile(r"\{([^{}|]+)\|([A-Z])\}")
KEEP = re.compile(r"\[\[([^\[\]|]+)\|([A-Z])\]\]")
RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "C": "PARAPH", "H": "HEALTH", "K": "KVK", "N": "PERSONNEL_NUMBER", "U": "USERNAME"}
KKIND = {"O": "ORG", "L": "PLACE", "W": "LAW", "F": "FUNCTION", "R": "REFERENCE", "X": "PUBLIC_OFFICIAL",
         "N": "NOT_A_PERSON", "M": "FUNCTIONAL_MAILBOX", "G": "GENERAL_PHONE", "S": "STREET", "T": "TERM",
         "A": "AMOUNT", "D": "DATE"}

DEJAVU = "/usr/share/fonts/truetype/dejavu/"

# public terms that must stay readable wherever they occur outside a redacted span (kind TERM)
AUTO_KEEP = ["dagelijks bestuur", "algemeen bestuur", "Lochem", "Barchem", "Almen", "Ruurlo", "B-watergang",
             "watergang", "last onder dwangsom", "dwangsom", "najaarsschouw", "herschouw", "schouw", "noodpomp",
             "frequentieregelaar", "rayon Zuid", "Awb", "keukentafelgesprek", "onderhoudsplicht", "onderhoudsstrook",
             "heemraden", "dijkgraaf", "heemraad", "waterschap", "Waterschap", "gemaal", "pomp 1", "pomp 2",
             "peilvak", "streefpeil", "NAP", "slib", "riet", "duiker", "muskusratten", "loonwerker", "loonbedrijf",
             "bezwaarmaker", "begunstigingstermijn", "watervergunning", "renovatie", "storing", "storingen",
             "toezichthouder", "veldmedewerker", "schouwmeester", "BOA", "agrariërs", "landbouwers",
             "incidentmelding", "EUR", "btw", "Totaal", "Onderwerp", "Kenmerk", "Datum", "Aanwezig",
             "hoorzitting", "bezwaar", "Omgevingswet", "Woo", "SCADA", "Berkel", "Zutphen", "Eefde", "Warnsveld",
             "Baakse Beek", "Zuidelijke Leiding", "Gemaal Hendrik Stroink", "LTO Noord", "vak 7", "OWL-1402"]
TITLES = {"mr.", "drs.", "ir.", "dr.", "mr", "ing.", "de heer", "mevrouw"}


PARTICLES = {"ter", "van", "de", "ten", "te", "groot", "olde", "van't", "'t", "der", "den"}
SURNAME_OVERRIDE = {"Jan Willem van 't Slot": "van 't Slot", "Möllenbeck Agrarisch Recht": None,
                    "Maatschap Ter Horst-Oonk": None}


def surname_of(v: str):
    if v in SURNAME_OVERRIDE:
        return SURNAME_OVERRIDE[v]
    if "," in v:
        return v.split(",")[0].strip()
    toks = v.replace("(", " ").replace(")", " ").split()
    while toks and (toks[0].lower() in TITLES or "." in toks[0]):
        toks = toks[1:]
    if len(toks) >= 2 and toks[0][:1].isupper() and "." not in toks[0] and toks[0].lower() not in PARTICLES:
        toks = toks[1:]
    while toks and (toks[0].lower() in TITLES or "." in toks[0]):
        toks = toks[1:]
    sn = " ".join(toks)
    return sn if sn and sn != v and len(sn) >= 4 else None


def strip(s: str) -> str:
    return KEEP.sub(lambda m: m.group(1), RED.sub(lambda m: m.group(1), s))


def strip_without_red(s: str) -> str:
    return KEEP.sub(lambda m: m.group(1), RED.sub(" \u2588 ", s))


class Doc:
    def __init__(self, stem, title, body, kind="rl", font="Helvetica", producer=None, creator=None,
                 author=None, xmp_creator=None, outline=None, notes=None, form=None, extra_redact=None):
        self.stem, self.title, self.body, self.kind, self.font = stem, title, body, kind, font
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline = outline or []          # [(title, page_index, redact_probes)]
        self.notes = notes or []              # [(page, author, contents, redact_probes)]
        self.form = form                      # [(label, name, value, redact?)]
        self.extra_redact = extra_redact or []  # [(kind, value, probe, channel)]

    @property
    def lines(self):
        return [ln.strip() for ln in self.body.strip("\n").split("\n")]


# ------------------------------------------------------------------------------------------ renderers
def _blocks(lines):
    """yield ('h', text) | ('p', text) | ('t', rows) | ('br', None)"""
    out, tbl = [], []
    for ln in lines:
        if ln.startswith("|"):
            tbl.append([c.strip() for c in re.split(r"\s\|\s", " " + ln.strip().strip("|") + " ")])
            continue
        if tbl:
            out.append(("t", tbl))
            tbl = []
        if not ln:
            continue
        if ln == "---":
            out.append(("br", None))
        elif ln.startswith("# "):
            out.append(("h", ln[2:]))
        else:
            out.append(("p", ln))
    if tbl:
        out.append(("t", tbl))
    return out


def _register(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font.startswith("DejaVu"):
        for f in (font, font + "-Bold"):
            try:
                pdfmetrics.getFont(f)
            except KeyError:
                pdfmetrics.registerFont(TTFont(f, DEJAVU + f + ".ttf"))
        return font, font + "-Bold"
    return font, {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]


def render_rl(doc: Doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f, fb = _register(doc.font)
    ps = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4)
    hs = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
    ts = ParagraphStyle("t", fontName=f, fontSize=8.5, leading=10.5)
    story = []
    for k, v in _blocks(doc.lines):
        if k == "h":
            story.append(Paragraph(escape(strip(v)), hs))
        elif k == "p":
            story.append(Paragraph(escape(strip(v)), ps))
        elif k == "br":
            story.append(PageBreak())
        else:
            data = [[Paragraph(escape(strip(c)), ts) for c in row] for row in v]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title=strip(doc.title)).build(story)


def render_docx(doc: Doc, path: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
    for k, v in _blocks(doc.lines):
        if k == "h":
            d.add_heading(strip(v), level=2)
        elif k == "p":
            d.add_paragraph(strip(v))
        elif k == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            t = d.add_table(rows=len(v), cols=max(len(r) for r in v))
            t.style = "Table Grid"
            for i, row in enumerate(v):
                for j, c in enumerate(row):
                    t.cell(i, j).text = strip(c)
    d.core_properties.author = ""
    d.core_properties.title = strip(doc.title)
    tmp = Path("/tmp/s156_docx")
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{doc.stem}.docx"
    d.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s156_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    shutil.move(str(tmp / f"{doc.stem}.pdf"), str(path))


def render_scan(doc: Doc, path: Path):
    """Image-only page: text rendered into a slightly rotated grey JPEG; '~' lines in a 'handwritten' italic."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    fr = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 31)
    fb = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 38)
    fh = ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 40)
    y = 150
    for ln in doc.lines:
        t = strip(ln)
        if not t:
            y += 24
            continue
        if t.startswith("# "):
            dr.text((140, y), t[2:], font=fb, fill=20)
            y += 62
        elif t.startswith("~"):
            dr.text((190, y), t[1:].strip(), font=fh, fill=35)
            y += 64
        else:
            dr.text((140, y), t, font=fr, fill=25)
            y += 46
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=246)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=78)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def render_form(doc: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for ln in doc.lines:
        t = strip(ln)
        if not t:
            y -= 8
            continue
        if t.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, t[2:])
            y -= 22
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, t)
            y -= 14
    y -= 10
    for label, name, value, _red in doc.form:
        c.setFont("Helvetica", 9)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=16, fontName="Helvetica",
                             fontSize=9, borderWidth=0.5)
        y -= 24
    c.showPage()
    c.save()


def postprocess(doc: Doc, path: Path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
            if doc.xmp_creator:
                md["dc:creator"] = [doc.xmp_creator]
            if doc.producer:
                md["pdf:Producer"] = doc.producer
        if doc.producer:
            pdf.docinfo["/Producer"] = doc.producer
        if doc.creator:
            pdf.docinfo["/Creator"] = doc.creator
        pdf.docinfo["/Author"] = doc.author or ""
        pdf.docinfo["/Title"] = strip(doc.title)
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg, _ in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, who, text, _ in doc.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 700, 500, 720],
                T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj["/Annots"].append(annot)
        pdf.save(str(path))


# ------------------------------------------------------------------------------------------ gold
def make_gold(doc: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    plain = norm("\n".join(strip(x) for x in doc.lines))
    unred = norm("\n".join(strip_without_red(x) for x in doc.lines))
    ocr = doc.kind == "scan"
    red_items, seen = [], set()
    red_texts = []
    for ln in doc.lines:
        for m in RED.finditer(ln):
            t, k = m.group(1).strip(), m.group(2)
            if (t, k) in seen:
                continue
            seen.add((t, k))
            red_texts.append(t)
            pr = {"text": t, "word": True, "after": 0}
            if ocr:
                pr["ocr"] = True
            red_items.append({"kind": RKIND[k], "value": t, "probes": [pr]} | ({"channel": "ocr"} if ocr else {}))
            if count_in(unred, pr):
                problems.append(f"{doc.stem}: redact probe {t!r} also occurs in unmarked text")
    # surname probes for full names (all occurrences of a name's surname must go as well)
    probes_now = {t for t in red_texts}
    for it in list(red_items):
        if it["kind"] != "PERSON" or ocr:
            continue
        sn = surname_of(it["value"])
        if not sn or sn in probes_now:
            continue
        pr = {"text": sn, "word": True, "after": 0}
        if count_in(unred, pr) or not count_in(text, pr):
            continue
        it["probes"].append(pr)
        probes_now.add(sn)
        red_texts.append(sn)
    hidden = []
    if doc.author:
        hidden.append(("PERSON", doc.author, doc.author.split()[-1] if " " in doc.author else doc.author,
                       "metadata"))
        hidden.append(("PERSON", doc.author, doc.author, "metadata"))
    if doc.xmp_creator and doc.xmp_creator != doc.author:
        hidden.append(("PERSON", doc.xmp_creator, doc.xmp_creator, "metadata"))
    for _t, _p, probes in doc.outline:
        for k, v in probes:
            hidden.append((k, v, v, "outline"))
    for _pg, _who, _txt, probes in doc.notes:
        for k, v in probes:
            hidden.append((k, v, v, "annotations"))
    if doc.form:
        for label, _n, value, red in doc.form:
            if red:
                hidden.append((red, value, value, "annotations"))
    hidden += doc.extra_redact
    hs = set()
    for k, v, p, ch in hidden:
        if (p, ch) in hs:
            continue
        hs.add((p, ch))
        red_items.append({"kind": k, "value": v, "channel": ch, "probes": [{"text": p, "word": True, "after": 0}]})
        red_texts.append(p)
    chans = None
    if ocr or hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    kept_red = []
    for it in red_items:
        ch = it.get("channel", "pdfium")
        pr = it["probes"][0]
        if ch == "pdfium":
            ok = count_in(text, pr) > 0
        else:
            ok = channel_counts(chans, pr).get(ch, 0) > 0
            if ch != "ocr" and count_in(text, pr):
                problems.append(f"{doc.stem}: hidden probe {pr['text']!r} in page text")
        if not ok:
            if ch == "ocr":
                print(f"  note: {doc.stem}: OCR misses {pr['text']!r}; probe dropped")
                continue
            problems.append(f"{doc.stem}: redact probe {pr['text']!r} not found in {ch}")
        kept_red.append(it)
    keep_items, kseen = [], set()
    for ln in doc.lines:
        for m in KEEP.finditer(ln):
            t, k = m.group(1).strip(), m.group(2)
            if t in kseen:
                continue
            kseen.add(t)
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if ocr:
                continue
            if n == 0:
                problems.append(f"{doc.stem}: keep probe {t!r} not in text")
                continue
            if count_in(unred, pr) != count_in(plain, pr):
                problems.append(f"{doc.stem}: keep probe {t!r} overlaps a redact span")
            for r in red_texts:
                if count_in(r, pr) or count_in(t, {"text": r, "word": True}):
                    problems.append(f"{doc.stem}: keep probe {t!r} overlaps redact probe {r!r}")
            pr["after"] = n
            keep_items.append({"kind": KKIND[k], "value": t, "probes": [pr]})
    if not ocr:
        for t in AUTO_KEEP:
            if t in kseen:
                continue
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if not n or count_in(unred, pr) != count_in(plain, pr) or count_in(plain, pr) != n:
                continue
            if any(count_in(r, pr) or count_in(t, {"text": r, "word": True}) for r in red_texts):
                continue
            kseen.add(t)
            pr["after"] = n
            keep_items.append({"kind": "TERM", "value": t, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": kept_red, "keep": keep_items}
    return gold, problems


def build(doc: Doc) -> Path:
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{doc.stem}.pdf"
    {"rl": render_rl, "docx": render_docx, "scan": render_scan, "form": render_form}[doc.kind](doc, path)
    postprocess(doc, path)
    return path


def main(argv):
    from content import DOCS
    sel = [d for d in DOCS if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
