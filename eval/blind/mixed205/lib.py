"""Shared machinery for set RW (eval/blind/mixed205): rendering and gold derivation.

Document text is written with redact values between guillemets: «Gerda ter Haar». Every distinct marked
value becomes one redact item with one word-anchored probe. Keep probes come from the public vocabulary
KEEP (below) and are counted on the original's PDFium text with the evaluator's functions; a keep term is
used only if blanking all redact values does not change its count (no overlap with personal data).
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TTF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MARK = re.compile(r"«([^»]+)»")

# public vocabulary: (kind, text); a term is a keep probe in every document where it occurs
KEEP = [
    ("ORG", "gemeente Rijnwaarde"), ("ORG", "Gemeente Rijnwaarde"), ("ORG", "college van burgemeester en wethouders"),
    ("ORG", "Stichting Welstand Kromme Rijn"), ("ORG", "Omgevingsdienst Utrecht-Oost"), ("ORG", "ODUO"),
    ("ORG", "bezwaarcommissie"), ("ORG", "Bezwaarcommissie"), ("ORG", "Omgevingsloket"), ("ORG", "Kadaster"),
    ("ORG", "Studio Dakwerk Architecten"), ("ORG", "Bouwadvies Nieuwegein B.V."), ("ORG", "Raad van State"),
    ("ORG", "rechtbank Midden-Nederland"), ("ORG", "gemeenteraad"), ("ORG", "Team Vergunningen"),
    ("ORG", "Team Juridische Zaken"), ("ORG", "Rijksdienst voor het Cultureel Erfgoed"),
    ("LAW", "Omgevingswet"), ("LAW", "Wet open overheid"), ("LAW", "Woo"), ("LAW", "Algemene wet bestuursrecht"),
    ("LAW", "Awb"), ("LAW", "Besluit bouwwerken leefomgeving"), ("LAW", "Bbl"), ("LAW", "omgevingsplan"),
    ("LAW", "Welstandsnota Rijnwaarde 2024"), ("LAW", "artikel 5.1, tweede lid, aanhef en onder e"),
    ("LAW", "5.1.2e"), ("LAW", "5.1.1e"), ("LAW", "5.1.1d"), ("LAW", "artikel 4.4"), ("LAW", "artikel 7:2 Awb"),
    ("TERM", "dakkapel"), ("TERM", "Dakkapel"), ("TERM", "tuinhuis"), ("TERM", "bijbehorend bouwwerk"),
    ("TERM", "omgevingsvergunning"), ("TERM", "Omgevingsvergunning"), ("TERM", "hoorzitting"), ("TERM", "Hoorzitting"),
    ("TERM", "welstandsadvies"), ("TERM", "Welstandsadvies"), ("TERM", "bezwaarschrift"), ("TERM", "zienswijze"),
    ("TERM", "nokhoogte"), ("TERM", "goothoogte"), ("TERM", "bouwhoogte"), ("TERM", "achtererfgebied"),
    ("TERM", "bezonningsstudie"), ("TERM", "schaduwwerking"), ("TERM", "redelijke eisen van welstand"),
    ("TERM", "Woo-verzoek"), ("TERM", "inventarislijst"), ("TERM", "deels openbaar"), ("TERM", "Motivering"),
    ("TERM", "Informatie die niet openbaar gemaakt kan worden"), ("TERM", "persoonsgegevens"),
    ("TERM", "Hoogachtend"), ("TERM", "namens dezen"), ("TERM", "Met vriendelijke groet"),
    ("TERM", "rayonarchitect"), ("TERM", "casemanager"), ("TERM", "vergunningverlener"), ("TERM", "toezichthouder"),
    ("TERM", "secretaris"), ("TERM", "voorzitter"), ("TERM", "constructeur"),
    ("TERM", "zinken kraal"), ("TERM", "antracietgrijs"), ("TERM", "RAL 7016"), ("TERM", "Rockpanel"),
    ("TERM", "sedum"), ("TERM", "HSB-constructie"), ("TERM", "kozijnen"), ("TERM", "U-waarde"),
    ("PLACE", "Rijnwaarde"), ("PLACE", "Nieuwegein"), ("PLACE", "Utrecht"), ("PLACE", "Den Haag"),
    ("PLACE", "Lindenlaan"), ("PLACE", "Raadhuisplein 1"), ("PLACE", "Postbus 2000"), ("PLACE", "3990 DA Rijnwaarde"),
    ("PLACE", "Oude Dorp"), ("PLACE", "Raadzaal"), ("PLACE", "Commissiekamer 2"),
    ("CONTACT", "14 030"), ("CONTACT", "0800-1351"), ("CONTACT", "info@rijnwaarde.nl"), ("CONTACT", "woo@rijnwaarde.nl"),
    ("CONTACT", "bezwaar@rijnwaarde.nl"), ("CONTACT", "vergunningen@rijnwaarde.nl"), ("CONTACT", "www.rijnwaarde.nl"),
    ("CONTACT", "secretariaat@welstandkrommerijn.nl"),
    ("REF", "OV-2026-0417"), ("REF", "BZ-2026-031"), ("REF", "WOO-2026-0088"), ("REF", "WA-26-112"),
    ("REF", "Z/26/118240"), ("REF", "RWD-INV-0088"), ("REF", "BN-2026-57"), ("REF", "OLO 9812345"),
    ("OFFICE", "wethouder Vermeulen-Achterberg"), ("OFFICE", "burgemeester Oudshoorn"),
    ("OFFICE", "raadslid Ravensbergen"), ("OFFICE", "Kamerlid De Koning-Bos"),
    ("LOOKALIKE", "Rietveld Schröderhuis"), ("LOOKALIKE", "Van 't Hofflaan"), ("LOOKALIKE", "Jan Wils Fonds"),
    ("LOOKALIKE", "Prix de Rome"), ("LOOKALIKE", "Berlage-gebouw"), ("LOOKALIKE", "Anne Frankstraat"),
    ("LOOKALIKE", "Pieter Zeemanweg"), ("LOOKALIKE", "Mies van der Rohe-prijs"),
    ("TERM", "Teams"), ("TERM", "WhatsApp"), ("TERM", "Onderwerp:"), ("TERM", "Verzonden:"),
]


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"NL\d{9}B\d\d", v):
        return "VAT_NUMBER"
    if re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"\d{9}", v):
        return "BSN"
    if re.fullmatch(r"\d{8}", v):
        return "KVK_NUMBER"
    if re.fullmatch(r"(P|TZ)-\d+", v):
        return "PERSONNEL_NUMBER"
    if re.fullmatch(r"[\d\s()+\-]+", v) or "toestel" in v:
        return "PHONE"
    if re.fullmatch(r"[A-Z][A-Za-z]{1,4}|[A-Z]\.(?:[A-Z]\.)*[A-Z]?\.?", v) and v.upper() == v.replace("d", "D").replace("v", "V").replace("t", "T").replace("I", "I") and len(v) <= 5:
        return "INITIALS"
    if re.search(r"\d", v):
        return "ADDRESS"
    return "PERSON"


class Doc:
    """stem, producer function name, lines (with «» marks), options."""

    def __init__(self, stem, lines, kind="rl", title="", author=None, xmp_creator=None, producer=None,
                 creator=None, outline=None, notes=None, form=None, hidden=None, ttf=False):
        self.stem, self.kind, self.title = stem, kind, title
        self.lines = lines
        self.author, self.xmp_creator = author, xmp_creator
        self.producer, self.creator = producer, creator
        self.outline = outline or []          # [(title, page_index)]
        self.notes = notes or []              # [(page_index, author, contents)]
        self.form = form or []                # [(name, label, value)]
        self.hidden = hidden or []            # [(channel, value)]
        self.ttf = ttf

    @property
    def plain(self):
        return [MARK.sub(r"\1", l) for l in self.lines]

    def marked(self):
        vals = []
        for l in self.lines:
            for m in MARK.findall(l):
                if m not in vals:
                    vals.append(m)
        return vals

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "rl":
            render_rl(self, path)
        elif self.kind == "docx":
            render_docx(self, path)
        elif self.kind == "scan":
            render_scan(self, path)
        post(self, path)
        return path


# ---------------------------------------------------------------- reportlab
def _fonts(ttf):
    if not ttf:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", TTF))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", TTF_B))
    return "DejaVu", "DejaVu-Bold"


def render_rl(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    reg, bold = _fonts(doc.ttf)
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(doc.title)
    if doc.author:
        c.setAuthor(doc.author)
    c.setCreator(doc.creator or "Microsoft® Word for Microsoft 365")
    page = 0
    y = H - 60

    def newpage():
        nonlocal y, page
        c.setFont(reg, 7.5)
        c.drawString(60, 30, f"{doc.title}  -  pagina {page + 1}")
        c.showPage()
        page += 1
        y = H - 60

    for oi, (t, p) in enumerate(doc.outline):
        pass
    marks_done = set()
    # column positions per block of consecutive table lines: widest cell + gap, font shrunk to fit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    layout = {}
    plain = doc.plain
    i = 0
    while i < len(plain):
        if "\t" not in plain[i]:
            i += 1
            continue
        j = i
        while j < len(plain) and "\t" in plain[j]:
            j += 1
        block = [l.split("\t") for l in plain[i:j]]
        n = max(len(r) for r in block)
        fs = 8.5
        while True:
            wid = [max((stringWidth(r[k], reg, fs) if k < len(r) else 0) for r in block) for k in range(n)]
            if sum(wid) + 14 * (n - 1) <= W - 120 or fs < 6:
                break
            fs -= 0.25
        xs, x = [], 60
        for k in range(n):
            xs.append(x)
            x += wid[k] + 14
        for k in range(i, j):
            layout[k] = (xs, fs)
        i = j
    for idx, raw in enumerate(plain):
        for oi, (t, p) in enumerate(doc.outline):
            if p == page and oi not in marks_done:
                c.bookmarkPage(f"b{oi}")
                c.addOutlineEntry(t, f"b{oi}", level=0)
                marks_done.add(oi)
        if raw == "<PB>":
            newpage()
            continue
        if raw.startswith("# "):
            c.setFont(bold, 13)
            c.drawString(60, y, raw[2:])
            y -= 22
            continue
        if raw.startswith("## "):
            c.setFont(bold, 10.5)
            c.drawString(60, y, raw[3:])
            y -= 16
            continue
        if "\t" in raw:
            cells = raw.split("\t")
            xs, fs = layout.get(idx, ([60 + i * (W - 120) / len(cells) for i in range(len(cells))], 8.5))
            c.setFont(reg, fs)
            for i, cell in enumerate(cells):
                c.drawString(xs[i], y, cell)
            y -= 13
            if y < 60:
                newpage()
            continue
        if raw == "":
            y -= 8
            continue
        c.setFont(reg, 9.5)
        for part in simpleSplit(raw, reg, 9.5, W - 120):
            c.drawString(60, y, part)
            y -= 13
            if y < 60:
                newpage()
    for oi, (t, p) in enumerate(doc.outline):
        if oi not in marks_done:
            c.bookmarkPage(f"b{oi}")
            c.addOutlineEntry(t, f"b{oi}", level=0)
    if doc.form:
        fy = y - 10
        for name, label, value in doc.form:
            c.setFont(reg, 9)
            c.drawString(60, fy, label)
            c.acroForm.textfield(name=name, tooltip=label, x=250, y=fy - 5, width=280, height=16,
                                 value=value, fontSize=9, borderWidth=0.5)
            fy -= 24
    c.setFont(reg, 7.5)
    c.drawString(60, 30, f"{doc.title}  -  pagina {page + 1}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- docx -> soffice
def render_docx(doc, path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title
    table_rows = []

    def flush():
        if table_rows:
            t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(table_rows):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
            table_rows.clear()

    for raw in doc.plain:
        if "\t" in raw:
            table_rows.append(raw.split("\t"))
            continue
        flush()
        if raw == "<PB>":
            d.add_page_break()
        elif raw.startswith("# "):
            d.add_heading(raw[2:], level=1)
        elif raw.startswith("## "):
            d.add_heading(raw[3:], level=2)
        else:
            d.add_paragraph(raw)
    flush()
    with tempfile.TemporaryDirectory(prefix="s205_docx_", dir="/tmp") as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s205_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        Path(path).write_bytes((Path(td) / f"{doc.stem}.pdf").read_bytes())


# ---------------------------------------------------------------- scans
def render_scan(doc, path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(SERIF if doc.ttf else TTF, 34)
    fb = ImageFont.truetype(TTF_B, 40)
    y = 150
    for raw in doc.plain:
        if raw.startswith("# "):
            dr.text((140, y), raw[2:], font=fb, fill=20)
            y += 70
            continue
        if "\t" in raw:
            cells = raw.split("\t")
            colw = (W - 280) // len(cells)
            for i, cell in enumerate(cells):
                dr.text((140 + i * colw, y), cell, font=f, fill=25)
            y += 58
            continue
        if raw == "":
            y += 30
            continue
        dr.text((140, y), raw, font=f, fill=25)
        y += 52
    img = img.rotate(0.7, fillcolor=245, resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=78)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator(doc.creator or "Canon iR-ADV C5840 MFP")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- post-processing with pikepdf
def post(doc, path):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if doc.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [doc.xmp_creator]
                md["dc:title"] = doc.title
        if doc.producer:
            pdf.docinfo["/Producer"] = doc.producer
        if doc.creator and doc.kind == "docx":
            pdf.docinfo["/Creator"] = doc.creator
        if doc.author is not None and doc.kind != "rl":
            pdf.docinfo["/Author"] = doc.author
        for pi, who, text in doc.notes:
            pg = pdf.pages[pi]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 700, 500, 720]), T=pikepdf.String(who),
                Contents=pikepdf.String(text), Open=False))
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            pg.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# ---------------------------------------------------------------- gold
def make_gold(doc, path, ocr_cache=None):
    text, pages = text_pdfium(path)
    problems = []
    redact = []
    marked = doc.marked()
    chans = None
    if doc.kind == "scan" or doc.hidden:
        chans = extract_channels(path, ocr="auto" if doc.kind == "scan" else "off")["channels"]
    for v in marked:
        pr = {"text": v, "word": True, "after": 0}
        item = {"kind": kind_of(v), "value": v, "probes": [pr]}
        if doc.kind == "scan":
            pr["ocr"] = True
            item["channel"] = "ocr"
            if not channel_counts(chans, pr).get("ocr"):
                problems.append(f"{doc.stem}: OCR misses {v!r} (dropped)")
                continue
        elif count_in(text, pr) == 0:
            problems.append(f"{doc.stem}: {v!r} not in page text")
        redact.append(item)
    # second probes: a person's surname and a personal e-mail's local part, only where they occur
    # nowhere outside the marked values (so they cannot hit a common word or a public term)
    blank0 = text
    for v in sorted(set(marked), key=len, reverse=True):
        blank0 = probe_regex(v, True).sub(lambda m: "█" * len(m.group(0)), blank0)
    seen = {v for v in marked}
    for item in redact:
        v = item["value"]
        k = item["kind"]
        cand = None
        if k == "PERSON" and " " in v:
            cand = v.split()[-1].strip(".,")
        elif k == "EMAIL" and not any(f in v for f in ("info@", "woo@", "bezwaar@")):
            cand = v.split("@")[0]
        if not cand or len(cand) < 4 or cand in seen or cand.lower() == cand and k == "PERSON":
            continue
        pr = {"text": cand, "word": True, "after": 0}
        if doc.kind == "scan":
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                continue
        else:
            if count_in(text, pr) == 0 or count_in(blank0, pr) != 0:
                continue
        seen.add(cand)
        item["probes"].append(pr)
    for ch, v in doc.hidden:
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr):
            problems.append(f"{doc.stem}: hidden {v!r} in page text")
        if not channel_counts(chans, pr).get(ch):
            problems.append(f"{doc.stem}: hidden {v!r} not in {ch}")
        redact.append({"kind": kind_of(v), "value": v, "channel": ch, "probes": [pr]})
    # simulated redaction for overlap test
    blank = text
    allv = sorted(set(marked) | {v for _, v in doc.hidden}, key=len, reverse=True)
    for v in allv:
        blank = probe_regex(v, True).sub(lambda m: "█" * len(m.group(0)), blank)
    keep = []
    for k, t in KEEP:
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            continue
        if count_in(blank, pr) != n:
            continue
        pr["after"] = n
        keep.append({"kind": k, "value": t, "probes": [pr]})
    for k, t in getattr(doc, "extra_keep", []):
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0 or count_in(blank, pr) != n:
            problems.append(f"{doc.stem}: extra keep {t!r} count {n} / overlap")
            continue
        pr["after"] = n
        keep.append({"kind": k, "value": t, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
