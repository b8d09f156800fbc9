"""Builder for set SP (eval/blind/mixed137): markup -> PDF, gold from markup.

Markup in a document's text: [[value]] = personal data (redact probe, after 0),
{{value}} = public text (keep probe, after counted on the original's PDFium text).
Lines: '# ' heading, '## ' subheading, '| a | b |' table row, '===' page break.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s137_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


def marks(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1):
            red.append(m.group(1))
        else:
            keep.append(m.group(2))
    return red, keep


class Doc:
    def __init__(self, stem, text, kind="rl", producer="ReportLab PDF Library - www.reportlab.com",
                 creator=None, author=None, title=None, hidden=(), outline=(), notes=(), fields=(),
                 xmp_creator=None, font="Helvetica", rot=0.6, keep_extra=(), kinds=None, landscape=False):
        self.stem, self.text, self.kind = stem, text, kind
        self.producer, self.creator, self.author, self.title = producer, creator, author, title
        self.hidden = list(hidden)      # (channel, kind, value) extra redact items in hidden channels
        self.outline = list(outline)    # (title, page_index)
        self.notes = list(notes)        # (page_index, author, contents)
        self.fields = list(fields)      # (label, name, value)
        self.xmp_creator = xmp_creator
        self.font, self.rot = font, rot
        self.keep_extra = list(keep_extra)
        self.kinds = kinds or {}
        self.landscape = landscape

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True, parents=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}.raw.pdf"
        if self.kind == "docx":
            build_docx(self, raw)
        elif self.kind == "scan":
            build_scan(self, raw)
        else:
            build_rl(self, raw)
        post(self, raw, out)
        return out


# ---------------------------------------------------------------------- reportlab
def _fonts(doc):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if doc.kind == "ttf":
        for n, f in (("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"),
                     ("DVSe", "DejaVuSerif.ttf"), ("DVSe-B", "DejaVuSerif-Bold.ttf"),
                     ("DVM", "DejaVuSansMono.ttf"), ("DVM-B", "DejaVuSansMono-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
        if doc.font == "mono":
            return "DVM", "DVM-B"
        return ("DVSe", "DVSe-B") if doc.font == "serif" else ("DVS", "DVS-B")
    if doc.font == "Times":
        return "Times-Roman", "Times-Bold"
    if doc.font == "Courier":
        return "Courier", "Courier-Bold"
    return "Helvetica", "Helvetica-Bold"


def build_rl(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    reg, bold = _fonts(doc)
    W, H = A4
    L, R, T, B = 62, W - 62, H - 60, 60
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(doc.title or doc.stem)
    page = [0]
    y = [T]
    outl = {}

    def start_page():
        for i, t in enumerate(outl.get(page[0], [])):
            key = f"o{page[0]}_{i}"
            c.bookmarkPage(key)
            c.addOutlineEntry(t, key, level=0)

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = T
        start_page()

    def need(h):
        if y[0] - h < B:
            newpage()

    start_page()
    fs = 10
    for line in strip(doc.text).split("\n"):
        if line.strip() == "===":
            newpage()
            continue
        if line.startswith("# "):
            need(22)
            c.setFont(bold, 14)
            c.drawString(L, y[0] - 14, line[2:])
            y[0] -= 24
            continue
        if line.startswith("## "):
            need(18)
            c.setFont(bold, 11)
            c.drawString(L, y[0] - 11, line[3:])
            y[0] -= 17
            continue
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            n = len(cells)
            cw = (R - L) / n
            tf = 8.5
            wrapped = [simpleSplit(x, reg, tf, cw - 6) or [""] for x in cells]
            h = max(len(w) for w in wrapped) * (tf + 2) + 4
            need(h)
            c.setLineWidth(0.4)
            for i, w in enumerate(wrapped):
                c.rect(L + i * cw, y[0] - h, cw, h)
                c.setFont(reg, tf)
                for j, s in enumerate(w):
                    c.drawString(L + i * cw + 3, y[0] - 3 - (j + 1) * (tf + 2) + 2, s)
            y[0] -= h
            continue
        if not line.strip():
            y[0] -= fs * 0.8
            continue
        for s in simpleSplit(line, reg, fs, R - L) or [""]:
            need(fs + 4)
            c.setFont(reg, fs)
            c.drawString(L, y[0] - fs, s)
            y[0] -= fs + 3.5
    if doc.fields:
        form = c.acroForm
        need(len(doc.fields) * 26 + 10)
        for label, name, value, *_r in doc.fields:
            c.setFont(reg, 9)
            c.drawString(L, y[0] - 14, label)
            form.textfield(name=name, value=value, x=L + 170, y=y[0] - 20, width=R - L - 170, height=18,
                           fontSize=9, borderWidth=0.5, fontName="Helvetica")
            y[0] -= 26
    c.showPage()
    c.save()


# ---------------------------------------------------------------------- docx via soffice
def build_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
    d.core_properties.author = ""
    if doc.landscape:
        from docx.enum.section import WD_ORIENT
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
        sec.left_margin = sec.right_margin = docx.shared.Cm(1.5)
    d.core_properties.title = doc.title or ""
    rows = []

    def flush():
        if not rows:
            return
        n = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=n)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
                for para in t.cell(i, j).paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(8.5 if n >= 5 else 9.5)
        rows.clear()

    for line in strip(doc.text).split("\n"):
        if line.startswith("|"):
            rows.append([x.strip() for x in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.strip() == "===":
            d.add_page_break()
        elif line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line.strip():
            p = d.add_paragraph(line)
            p.paragraph_format.space_after = Pt(2)
    flush()
    src = TMP / f"{doc.stem}.docx"
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s137_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
    shutil.move(str(TMP / f"{doc.stem}.pdf"), path)


# ---------------------------------------------------------------------- scans
def build_scan(doc, path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    pages = strip(doc.text).split("\n===\n")
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for pi, ptxt in enumerate(pages):
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 150
        for line in ptxt.split("\n"):
            hand = line.startswith("~")
            if hand:
                line = line[1:]
            f = ImageFont.truetype(FONTDIR + ("DejaVuSerif-Italic.ttf" if hand else
                                              ("DejaVuSans-Bold.ttf" if line.startswith("# ") else "DejaVuSans.ttf")),
                                   44 if hand else 32)
            line = line[2:] if line.startswith("# ") else line
            if line.startswith("|"):
                cells = [x.strip() for x in line.strip().strip("|").split("|")]
                cw = (W - 300) // len(cells)
                for i, v in enumerate(cells):
                    fc = f
                    if v.startswith("~"):
                        v = v[1:]
                        fc = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
                    dr.rectangle([150 + i * cw, y - 8, 150 + (i + 1) * cw, y + 60], outline=60, width=2)
                    dr.text((160 + i * cw, y), v, font=fc, fill=20)
                y += 68
                continue
            dr.text((150, y), line, font=f, fill=(40 if hand else 20))
            y += 62 if hand else 48
        img = img.rotate(doc.rot, resample=Image.BICUBIC, fillcolor=250, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = TMP / f"{doc.stem}-{pi}.jpg"
        img.save(buf, "JPEG", quality=72)
        c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------------- post-processing
def post(doc, raw, out):
    import pikepdf
    with pikepdf.open(str(raw)) as pdf:
        for p, who, txt in doc.notes:
            pg = pdf.pages[p]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 700 - 40 * len(pg.obj.get("/Annots", [])), 500, 720 - 40 * len(pg.obj.get("/Annots", []))]),
                T=pikepdf.String(who), Contents=pikepdf.String(txt), Open=False,
                Name=pikepdf.Name.Comment, C=pikepdf.Array([1, 0.9, 0.2])))
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(annot)
        if doc.outline:
            with pdf.open_outline() as ol:
                for t, p in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(t, p))
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:title"] = doc.title or doc.stem
            if doc.xmp_creator:
                m["dc:creator"] = [doc.xmp_creator]
            m["pdf:Producer"] = doc.producer
            for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                m[k] = "2026-12-06T12:00:00+01:00"
            if doc.creator:
                m["xmp:CreatorTool"] = doc.creator
        info = pdf.docinfo
        for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords"):
            if k in info:
                del info[k]
        for k in ("/CreationDate", "/ModDate"):
            info[k] = "D:20261206120000+01'00'"
        info["/Title"] = doc.title or doc.stem
        info["/Producer"] = doc.producer
        if doc.creator:
            info["/Creator"] = doc.creator
        if doc.author:
            info["/Author"] = doc.author
        pdf.save(str(out), deterministic_id=True)


# ---------------------------------------------------------------------- gold
COMMON_KINDS = {"Verbeek Sportcoaching": "TRADE_NAME", "79125534": "KVK", "BR-04471": "ID",
                "VOG-2026-4482917": "ID", "S.W.": "INITIALS", "W. Sch.": "INITIALS"}
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "te", "el", "v.", "vd", "Van", "De", "El"}
TITLES = {"mr.", "ing.", "drs.", "dr.", "ir."}


def surname(v):
    """A surname probe for a person value of two or more words ('' when none)."""
    if "," in v:
        return v.split(",")[0].strip()
    toks = [t for t in v.split() if t not in TITLES]
    if len(toks) < 2:
        return ""
    last = toks[-1]
    if len(last) < 4 or last.endswith("."):
        return ""
    return last


GLOBAL_KEEP = ["artikel 7.2", "EUR 4.612,50", "17 september 2026", "beleidsadviseur sport", "penningmeester",
               "voorzitter", "secretaris", "jeugdtrainingen", "jeugdtraining", "zaaluren", "betalingsregeling",
               "subsidie", "exploitatiebijdrage", "gebruiksovereenkomst", "huurachterstand", "bestuurlijk overleg",
               "accountmanager vastgoed", "subsidieadviseur", "teamleider", "beheerder", "trainer", "vrijwilligers",
               "vrijwilliger", "Oosterhout", "sporthal", "stichting", "vereniging", "Woo", "Awb", "KvK",
               "jeugdcoördinator", "buurtsportcoach", "juridisch adviseur", "zaal B", "nooduitgang", "berging",
               "voorschot", "bemiddelen", "raadsvragen", "zienswijze", "EUR 7.200,00", "12 maart 2026"]


def _spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def make_gold(doc, path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = marks(doc.text)
    keep += list(doc.keep_extra)
    items = []
    seen = set()
    scan = doc.kind == "scan"
    chans = None
    if scan or doc.hidden or doc.fields or doc.notes:
        chans = extract_channels(path, ocr="auto" if scan else "off")["channels"]

    def kind_of(v):
        if v in doc.kinds:
            return doc.kinds[v]
        if v in COMMON_KINDS:
            return COMMON_KINDS[v]
        if "@" in v:
            return "EMAIL"
        if re.fullmatch(r"NL\d\d[A-Z]{4}\d+", v.replace(" ", "")):
            return "IBAN"
        if re.fullmatch(r"[\d +()\-.]+", v) and sum(ch.isdigit() for ch in v) >= 9:
            return "PHONE"
        if re.fullmatch(r"\d{1,2}[-/ ]\w+[-/ ]\d{4}", v):
            return "DATE_OF_BIRTH"
        if re.fullmatch(r"\d{4} ?[A-Z]{2}", v) or re.search(r"(straat|weg|laan|plein|gracht)\s*\d+$", v):
            return "ADDRESS"
        if re.fullmatch(r"[A-Z][A-Za-z]{0,4}", v) and sum(ch.isupper() for ch in v) >= 2:
            return "INITIALS"
        if re.fullmatch(r"NL\d{9}B\d\d", v):
            return "ID"
        return "PERSON"

    for v in red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        prs = [pr]
        sn = surname(v) if kind_of(v) == "PERSON" else ""
        if sn and sn != v and sn not in seen:
            seen.add(sn)
            prs.append({"text": sn, "word": True, "after": 0})
        if scan:
            prs = [dict(q, ocr=True) for q in prs if channel_counts(chans, dict(q, ocr=True)).get("ocr", 0)]
            if prs:
                items.append({"kind": kind_of(v), "value": v, "channel": "ocr", "probes": prs})
                continue
            print(f"  {doc.stem}: OCR misses {v!r}; item dropped")
            continue
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{doc.stem}: redact {v!r} not in PDFium text")
                continue
            items.append({"kind": kind_of(v), "value": v, "probes": [q for q in prs if count_in(text, q)]})
    hid = list(doc.hidden)
    for _l, _n, v, *r in doc.fields:
        if not r or r[0]:
            hid.append(("annotations", None, v))
    for _p, who, txt in doc.notes:
        hid.append(("annotations", "PERSON", who))
    for ch, k, v in hid:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr):
            problems.append(f"{doc.stem}: hidden {v!r} also in page text")
            continue
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{doc.stem}: hidden {v!r} not in {ch}")
            continue
        prs = [pr]
        sn = surname(v) if (k or kind_of(v)) == "PERSON" else ""
        if sn and sn not in seen and not count_in(text, {"text": sn, "word": True}) \
                and channel_counts(chans, {"text": sn, "word": True}).get(ch, 0):
            seen.add(sn)
            prs.append({"text": sn, "word": True, "after": 0})
        items.append({"kind": k or kind_of(v), "value": v, "channel": ch, "probes": prs})
    # simulated redaction: spans of all text-layer redact probes
    rspans = []
    for it in items:
        for pr in it["probes"]:
            rspans += _spans(text, pr)
    kitems = []
    kseen = set()
    auto = set()
    if not scan:
        for v in GLOBAL_KEEP:
            if v not in keep:
                keep.append(v)
                auto.add(v)
    for v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        sp = _spans(text, pr)
        if v in auto and (not sp or any(a < d and c < b for a, b in sp for c, d in rspans)
                          or any(v in r["value"] or r["value"] in v for r in items if len(r["value"]) > 3)):
            continue
        if not sp:
            if not scan:
                problems.append(f"{doc.stem}: keep {v!r} not in PDFium text")
            continue
        if any(a < d and c < b for a, b in sp for c, d in rspans):
            problems.append(f"{doc.stem}: keep {v!r} overlaps a redact probe")
            continue
        if any(v in r["value"] or r["value"] in v for r in items if len(r["value"]) > 3):
            problems.append(f"{doc.stem}: keep {v!r} contains/inside redact value")
            continue
        pr["after"] = len(sp)
        kitems.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}
    return gold, problems
