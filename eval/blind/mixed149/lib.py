"""Shared machinery of set SF (eval/blind/mixed149): markup, PDF producers, gold derivation.

Markup in document text: [[value]] or [[value|KIND]] is personal data (redact), {{value}} or {{value|KIND}}
is public text that must stay (keep). Gold is derived from the markup; keep counts are counted on the
original's PDFium text with the evaluator's own functions.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s):
    """Text without markup, plus the redact and keep (value, kind) pairs in it."""
    red, keep = [], []

    def rep(m):
        if m.group(1) is not None:
            v, _, k = m.group(1).partition("|")
            red.append((v, k or None))
        else:
            v, _, k = m.group(2).partition("|")
            keep.append((v, k or "PUBLIC"))
        return v
    return MARK.sub(rep, s), red, keep


def kind_of(v):
    if "@" in v:
        return "EMAIL"
    if re.match(r"^[A-Z]{2}\d\d ?[A-Z]{4}", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    if any(c.isdigit() for c in v):
        return "ADDRESS"
    return "PERSON"


PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "in", "op", "Van", "De", "Ter"}


class Doc:
    def __init__(self, stem, body, producer="rl", font="Helvetica", meta=None, title="", outline=None,
                 notes=None, fields=None, hidden=None, surnames=True, creator=None):
        self.stem, self.body, self.producer, self.font = stem, body, producer, font
        self.meta = meta or {}          # {'Author':..., 'xmp_creator':..., 'Producer':..., 'Creator':...}
        self.title = title
        self.outline = outline or []    # [(title, page_index)]
        self.notes = notes or []        # [(author, contents, page_index)]
        self.fields = fields or []      # [(name, value, x, y, w)]
        self.hidden = hidden or []      # [(channel, value, kind)]
        self.surnames = surnames
        self.creator = creator

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def parsed(self):
        return strip(self.body)

    def build(self):
        text, _, _ = self.parsed()
        lines = text.strip("\n").split("\n")
        DOCS_DIR.mkdir(exist_ok=True)
        if self.producer == "docx":
            build_docx(self, lines)
        elif self.producer == "scan":
            build_scan(self, lines)
        else:
            build_rl(self, lines)
        post(self)
        return self.path


# ---------------------------------------------------------------------------------------------- reportlab
def _fonts(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font.startswith("DejaVu"):
        for nm in (font, font + "-Bold"):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, FONTDIR + nm + ".ttf"))
        return font, font + "-Bold"
    return font, {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]


def build_rl(doc, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    reg, bold = _fonts(doc.font)
    W, H = A4
    c = canvas.Canvas(str(doc.path), pagesize=A4, invariant=1)
    c.setTitle(doc.title or doc.stem)
    if doc.creator:
        c.setCreator(doc.creator)
    left, right, top, bottom = 62, W - 58, H - 64, 60
    y = top
    size = 9.6 if doc.font != "Courier" else 8.6
    page = 0

    def newpage():
        nonlocal y, page
        c.showPage()
        page += 1
        y = top

    for ln in lines:
        if ln.strip() == "<<page>>":
            newpage()
            continue
        if ln.startswith("# "):
            if y < bottom + 40:
                newpage()
            y -= 4
            c.setFont(bold, 12.5)
            c.drawString(left, y, ln[2:])
            y -= 19
            continue
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            n = len(cells)
            cw = (right - left) / n
            hdr = ln.startswith("||")
            wrapped = [simpleSplit(x, reg, size - 0.8, cw - 6) or [""] for x in cells]
            h = max(len(w) for w in wrapped) * (size + 1.5) + 4
            if y - h < bottom:
                newpage()
            for i, w in enumerate(wrapped):
                c.rect(left + i * cw, y - h + size, cw, h, stroke=1, fill=0)
                c.setFont(bold if hdr else reg, size - 0.8)
                for j, t in enumerate(w):
                    c.drawString(left + i * cw + 3, y - j * (size + 1.5), t)
            y -= h
            continue
        if not ln.strip():
            y -= size * 0.8
            continue
        b = ln.startswith("**")
        t = ln[2:] if b else ln
        indent = 14 if t.startswith("- ") else 0
        for k, part in enumerate(simpleSplit(t, bold if b else reg, size, right - left - indent)):
            if y < bottom:
                newpage()
            c.setFont(bold if b else reg, size)
            c.drawString(left + (indent if k else 0), y, part)
            y -= size * 1.38
    if doc.fields:
        c.setFont(reg, 9)
        for (name, label, value, fx, fy, w) in doc.fields:
            c.drawString(fx - 150, fy + 5, label)
            c.acroForm.textfield(name=name, value=value, x=fx, y=fy, width=w, height=16, fontSize=9,
                                 borderWidth=0.5, fontName="Helvetica")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------- docx
def build_docx(doc, lines):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans" if doc.font == "Helvetica" else "DejaVu Serif"
    st.font.size = Pt(10)
    table = None
    for ln in lines:
        if ln.strip() == "<<page>>":
            d.add_page_break()
            table = None
            continue
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            if table is None or len(table.columns) != len(cells):
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for i, x in enumerate(cells):
                row.cells[i].text = x
            continue
        table = None
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=2)
        elif ln.startswith("**"):
            p = d.add_paragraph()
            p.add_run(ln[2:]).bold = True
        else:
            p = d.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(2)
    if doc.meta.get("docx_author"):
        d.core_properties.author = doc.meta["docx_author"]
    else:
        d.core_properties.author = ""
    d.core_properties.title = doc.title
    tmp = Path(f"/tmp/s149_docx/{doc.stem}.docx")
    tmp.parent.mkdir(exist_ok=True)
    d.save(tmp)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s149_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(DOCS_DIR), str(tmp)], check=True, capture_output=True, timeout=180)


# ---------------------------------------------------------------------------------------------- scans
def build_scan(doc, lines):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(doc.stem)
    W, H = 1654, 2339
    pages, cur = [], []
    for ln in lines:
        if ln.strip() == "<<page>>":
            pages.append(cur)
            cur = []
        else:
            cur.append(ln)
    pages.append(cur)
    c = canvas.Canvas(str(doc.path), pagesize=A4, invariant=1)
    for pl in pages:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in pl:
            hand = ln.startswith("~")
            t = ln[1:] if hand else ln
            fnt = ImageFont.truetype(FONTDIR + ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans.ttf"),
                                     40 if hand else 33)
            if t.startswith("# "):
                fnt = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 42)
                t = t[2:]
            x = 140 + (rnd.randint(0, 12) if hand else 0)
            dr.text((x, y), t, fill=rnd.randint(20, 50), font=fnt)
            y += 58 if t else 30
        im = im.rotate(rnd.uniform(-0.9, 0.9), fillcolor=245, resample=Image.BICUBIC)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------- hidden channels
def post(doc):
    import pikepdf
    from pikepdf import Dictionary, Name, String, Array
    p = doc.path
    with pikepdf.open(str(p), allow_overwriting_input=True) as pdf:
        info = doc.meta
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            if info.get("xmp_creator"):
                xmp["dc:creator"] = [info["xmp_creator"]]
            if info.get("Producer"):
                xmp["pdf:Producer"] = info["Producer"]
        if info.get("Author") is not None:
            pdf.docinfo["/Author"] = info["Author"]
        elif "/Author" in pdf.docinfo and doc.producer != "docx":
            del pdf.docinfo["/Author"]
        for k in ("Producer", "Creator"):
            if info.get(k):
                pdf.docinfo["/" + k] = info[k]
        if doc.title:
            pdf.docinfo["/Title"] = doc.title
        if doc.outline:
            with pdf.open_outline() as ol:
                for t, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for (author, contents, pg, x, y) in doc.notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                             T=String(author), Contents=String(contents), Name=Name.Comment,
                                             C=Array([1, 0.9, 0.2])))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        pdf.save(str(p), deterministic_id=True)


# ---------------------------------------------------------------------------------------------- gold
# public words that are kept wherever a document has them outside a redacted value (places, bodies,
# functions, terms of the regulation); they are counted on the page text like the marked keep values
AUTO_KEEP = ["Maastricht", "Roermond", "Herkenbosch", "Swalmen", "Venlo", "Den Haag", "Zwolle", "Sint Odiliënberg",
             "Maasbracht", "Stevensweert", "hoogwater", "Hoogwater", "schade-experts", "schade-expert", "gedupeerden",
             "tegemoetkoming", "voorschot", "beschikking", "agrariërs", "agrarische", "melkveehouder", "melkveebedrijf",
             "taxatie", "taxatierapport", "beleidsmedewerker", "teamleider", "casemanager", "programmamanager",
             "Woo-coördinator", "jurist", "secretaris", "Statenlid", "gedeputeerde", "burgemeester", "wethouder",
             "minister", "Staatssecretaris", "college", "provincie", "gemeente", "waterschap", "dijkvak", "kwel",
             "overstroming", "juli 2026", "september 2026", "oktober 2026", "november 2026", "Hoogachtend",
             "Met vriendelijke groet", "namens dezen", "bezwaar", "klacht", "zandzakken", "LTO", "Teams", "Corsa",
             "Onderwerp", "Kenmerk", "Datum", "Zaaknummer", "Dossier", "IBAN", "BSN", "Totaal", "snijmaïs",
             "Interpolis", "Schade Expertise Zuid", "Auditdienst Rijk", "Rode Kruis", "Kasteel Hillenraad",
             "Roerdijk", "Maasdal", "Roerdal", "camping", "ruwvoer", "akkerbouw", "Herstel Maasdal"]

def make_gold(doc, path):
    text, npages = text_pdfium(path)
    _, red, keep = doc.parsed()
    problems = []
    items, seen, used = [], set(), set()
    scan = doc.producer == "scan"
    chans = None
    if scan or doc.hidden:
        chans = extract_channels(path, ocr="auto" if scan else "off")["channels"]

    def add(value, kind, channel=None, probes=None):
        if (value, channel) in seen:
            return
        seen.add((value, channel))
        kind = kind or kind_of(value)
        probes = probes or [value]
        if kind == "PERSON" and doc.surnames and " " in value and channel is None:
            last = value.split()[-1]
            first = value.split()[0]
            if len(last) >= 5 and last[0].isupper() and last != value and first not in ("mevrouw", "de", "heer"):
                probes = probes + [last]
        pl = []
        for t in dict.fromkeys(probes):
            if (t, channel) in used:
                continue
            used.add((t, channel))
            pr = {"text": t, "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
            if channel is None and not scan:
                ok = count_in(text, pr) > 0
            else:
                ch = "ocr" if scan else channel
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden {t!r} in page text")
            if ok:
                pl.append(pr)
            elif scan:
                print(f"  (ocr did not read {t!r}; left out)")
            else:
                problems.append(f"{doc.stem}: redact {t!r} not found in {channel or 'pdfium'}")
        if pl:
            it = {"kind": kind, "value": value, "probes": pl}
            if scan:
                it["channel"] = "ocr"
            elif channel:
                it["channel"] = channel
            items.append(it)

    for v, k in red:
        add(v, k, "ocr" if scan else None)
    for ch, v, k in doc.hidden:
        add(v, k, ch)
    # simulated redaction: every redact probe of the page text blanked
    red_text = text
    for it in items:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], True).sub("\u2588", red_text)
    kitems, kseen = [], set()
    for v in AUTO_KEEP:
        if v in kseen or any(v == x for x, _ in keep):
            continue
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n and count_in(red_text, pr) == n:
            keep.append((v, "PUBLIC"))
    for v, k in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{doc.stem}: keep {v!r} not in text")
            continue
        if count_in(red_text, pr) != n:
            problems.append(f"{doc.stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        kitems.append({"kind": k, "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": npages, "redact": items, "keep": kitems}
    return gold, problems
