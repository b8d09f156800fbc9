"""Builders and gold writer for set mixed208 (measles outbreak, GGD response)."""
from __future__ import annotations

import io
import math
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
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- registry of personal data
# key -> (kind, value, [probe texts]); a probe is added to a document's gold when it occurs there.
PEOPLE = {
    "kuipers": ("PERSON", "Esther Kuipers", ["Esther Kuipers", "E. Kuipers", "Kuipers", "Esther",
                "e.kuipers@ggdgz.nl", "06-41278835", "EKu"]),
    "yildirim": ("PERSON", "Mehmet Yıldırım", ["Mehmet Yıldırım", "M. Yıldırım", "Yıldırım", "Mehmet", "Mem",
                 "m.yildirim@ggdgz.nl", "06 2933 1470", "MYı"]),
    "sluis": ("PERSON", "Johanna van der Sluis-Hendriks", ["Johanna van der Sluis-Hendriks", "J. van der Sluis-Hendriks",
              "Van der Sluis-Hendriks", "van der Sluis-Hendriks", "Johanna", "j.vandersluis@ggdgz.nl",
              "+31 (0)24 382 91 17", "JvdS"]),
    "terhaar": ("PERSON", "Pieter-Jan ter Haar", ["Pieter-Jan ter Haar", "P.J. ter Haar", "Ter Haar", "ter Haar",
                "Pieter-Jan", "PJ", "pj.terhaar@ggdgz.nl", "0031 6 1845 2290"]),
    "oudendijk": ("PERSON", "Saskia Oudendijk", ["Saskia Oudendijk", "S.M. Oudendijk", "Oudendijk", "Saskia",
                  "s.oudendijk@ggdgz.nl", "024 - 382 90 64"]),
    "achterberg": ("PERSON", "Robin Achterberg", ["Robin Achterberg", "R. Achterberg", "Achterberg", "Robin",
                   "r.achterberg@ggdgz.nl", "024-3829145"]),
    "boomsma": ("PERSON", "Gerda Boomsma", ["Gerda Boomsma", "G. Boomsma", "Boomsma", "BOOMSMA", "Gerda",
                "g.boomsma@obsderegenboog.nl", "06 51 09 77 24"]),
    "hof": ("PERSON", "Thijs van 't Hof", ["Thijs van 't Hof", "T. van 't Hof", "Van 't Hof", "van 't Hof", "Thijs",
            "t.vanthof@obsderegenboog.nl", "06-1122 4567"]),
    "elouali": ("PERSON", "Fatima El Ouali", ["Fatima El Ouali", "F. El Ouali", "El Ouali", "Fatima",
                "f.elouali@obsderegenboog.nl"]),
    "verbeek": ("PERSON", "Anton Verbeek", ["Anton Verbeek", "A.C.M. Verbeek", "Verbeek", "VERBEEK", "Anton",
                "a.verbeek@fluviusonderwijs.nl", "0344 - 63 27 10"]),
    "celik": ("PERSON", "Marloes Jansen-Çelik", ["Marloes Jansen-Çelik", "M. Jansen-Çelik", "Jansen-Çelik", "Marloes",
              "m.jansen-celik@tiel.nl", "0344-637214", "MJÇ"]),
    "hoekstra": ("PERSON", "Bas Hoekstra", ["Bas Hoekstra", "B. Hoekstra", "Hoekstra", "Bas", "b.hoekstra@tiel.nl",
                 "0344 637 288"]),
    "wendy": ("PERSON", "Wendy Bouwhuis", ["Wendy Bouwhuis", "W. Bouwhuis", "Bouwhuis", "Wendy",
              "wendybouwhuis@kpnmail.nl", "06-38 12 55 09"]),
    "sem": ("PERSON", "Sem Bouwhuis (child, index patient)", ["Sem Bouwhuis", "Sem", "14-03-2019", "14 maart 2019",
            "204518377", "Zandwijksestraat 41A", "4001 KT Tiel"]),
    "mulder": ("PERSON", "Dirk-Jan Mulder", ["Dirk-Jan Mulder", "D.J. Mulder", "Mulder", "MULDER", "Dirk-Jan",
               "dirkjan.mulder@hotmail.com", "0345-51 88 20", "Mees", "Mees Mulder", "Lingedijk 7", "08-07-2018"]),
    "ramdin": ("PERSON", "Zoë Ramdin-Sewgobind", ["Zoë Ramdin-Sewgobind", "Z. Ramdin-Sewgobind", "Ramdin-Sewgobind",
               "Ramdin", "Zoë", "zoë.ramdin@ziggo.nl", "0031 6 2277 1934", "Yara Ramdin", "Yara", "02-11-2020"]),
    "staal": ("PERSON", "Rik Staal (journalist, requester)", ["Rik Staal", "R. Staal", "Staal", "Rik",
              "r.staal@gelderlander.nl", "06-29 45 71 03"]),
    "brinkman": ("PERSON", "Hanneke Brinkman-Vos", ["Hanneke Brinkman-Vos", "H. Brinkman-Vos", "Brinkman-Vos",
                 "Hanneke", "hanneke.brinkman-vos@rivm.nl", "030-2748365"]),
    "ozturk": ("PERSON", "Levent Öztürk", ["Levent Öztürk", "L. Öztürk", "Öztürk", "praktijk.ozturk@lhv-tiel.nl",
               "0344-61 45 90"]),
    "vanlent": ("PERSON", "Gijs van Lent (sole trader)", ["Gijs van Lent", "G. van Lent", "Van Lent", "van Lent",
                "NL42 RABO 0312 4567 89", "71234568", "gijs@drukwerkvanlent.nl", "Bachstraat 19"]),
    "wisniewska": ("PERSON", "Agnieszka Wiśniewska (sole trader)", ["Agnieszka Wiśniewska", "A. Wiśniewska",
                   "Wiśniewska", "Agnieszka", "NL07 INGB 0006 5432 10", "80451233", "tolk.wisniewska@gmail.com",
                   "06 4433 2190"]),
    "dekker": ("PERSON", "Ans Dekker (parent, complaint)", ["Ans Dekker", "A. Dekker", "Dekker", "Ans",
               "ans.dekker@planet.nl", "Lingeweg 130"]),
    "vos_kid": ("PERSON", "children on the school list", ["Lucas Veenstra", "Veenstra", "Fenna de Rooij", "De Rooij",
                "Julia Kramer", "Kramer", "Daan Yilmaz", "Yilmaz", "Milan Roelofs", "Roelofs"]),
}

# ---------------------------------------------------------------- public terms kept wherever they occur
KEEP_GLOBAL = [
    ("ORG", "GGD Gelderland-Zuid"), ("ORG", "GGD"), ("ORG", "RIVM"), ("ORG", "LCI"),
    ("ORG", "Centrum Infectieziektebestrijding"), ("ORG", "obs De Regenboog"), ("ORG", "De Regenboog"),
    ("ORG", "Stichting Fluvius Onderwijs"), ("ORG", "gemeente Tiel"), ("LOC", "Tiel"), ("LOC", "Nijmegen"),
    ("LOC", "Culemborg"), ("LOC", "Wadenoijen"), ("LAW", "Wet publieke gezondheid"), ("LAW", "Wpg"),
    ("LAW", "Wet open overheid"), ("LAW", "Woo"), ("LAW", "Algemene verordening gegevensbescherming"),
    ("PROG", "Rijksvaccinatieprogramma"), ("PROD", "BMR"), ("MISC", "mazelen"), ("MISC", "Mazelen"),
    ("PROD", "Osiris"), ("ORG", "De Gelderlander"), ("ROLE", "wethouder Van Dongen"),
    ("ROLE", "wethouder Ilse van Dongen"), ("ROLE", "burgemeester Ravestein"), ("ORG", "GHOR Gelderland-Zuid"),
    ("ORG", "Veiligheidsregio Gelderland-Zuid"), ("ORG", "Inspectie van het Onderwijs"),
    ("LOC", "Groenewoudseweg 275"), ("LOC", "Kamerlingh Onnesstraat 12"), ("LOC", "Florence Nightingalezaal"),
    ("LOC", "Jenner-paviljoen"), ("ORG", "Stichting Annie M.G. Schmidt Leesfonds"), ("ORG", "Jeugdgezondheidszorg"),
    ("ORG", "JGZ"), ("CASE", "WOO-2026-0147"), ("CASE", "GGDGZ/IZB/2026-0391"), ("CASE", "Z/26/184432"),
    ("PHONE", "14 0344"), ("PHONE", "088 144 71 11"), ("PHONE", "0800-1351"), ("MAIL", "woo@tiel.nl"),
    ("MAIL", "infectieziekten@ggdgz.nl"), ("MAIL", "info@obsderegenboog.nl"), ("MAIL", "pers@ggdgz.nl"),
    ("ROLE", "arts infectieziektebestrijding"), ("ROLE", "sociaal verpleegkundige"), ("ROLE", "jeugdarts"),
    ("ROLE", "epidemioloog"), ("ROLE", "directeur-bestuurder"), ("ROLE", "intern begeleider"),
    ("MISC", "contactonderzoek"), ("MISC", "bronopsporing"), ("MISC", "MMR"), ("MISC", "outbreak"),
    ("ORG", "Ministerie van VWS"), ("ROLE", "minister van Volksgezondheid, Welzijn en Sport"),
    ("ORG", "Tweede Kamer"), ("ROLE", "Kamerlid Bikker"), ("ORG", "Ziekenhuis Rivierenland"),
    ("ORG", "Kinderopvang Het Speelschip"), ("LOC", "Bernhardschool"), ("ORG", "GGD GHOR Nederland"),
    ("MISC", "inhaalcampagne"), ("MISC", "vaccinatiegraad"), ("CASE", "OSI-2026-08812"),
    ("ROLE", "gemeentesecretaris"), ("ORG", "college van burgemeester en wethouders"),
]


def _rx_mask(text, probes):
    for p in sorted(probes, key=len, reverse=True):
        text = probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(doc, path: Path):
    """Return (gold, problems). Redact: every registry probe found in the doc's channel, plus doc.redact
    items; keep: doc.keep + KEEP_GLOBAL terms found and not touched by a redact probe."""
    problems = []
    text, pages = text_pdfium(path)
    ocr_entries = None
    if doc.kind == "scan":
        ch = extract_channels(path, ocr="auto")["channels"]
        ocr_entries = ch.get("ocr") or []
        from evaluate import ocr_count
    redact = []
    used = []
    for key, (kind, value, probes) in PEOPLE.items():
        found = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if doc.kind == "scan":
                if ocr_count(ocr_entries, pr) > 0:
                    found.append(dict(pr, ocr=True))
            elif count_in(text, pr) > 0:
                found.append(pr)
        if found:
            it = {"kind": kind, "value": value, "probes": found}
            if doc.kind == "scan":
                it["channel"] = "ocr"
            redact.append(it)
            used += [f["text"] for f in found]
    for it in doc.redact:
        kind, value, probes = it[0], it[1], it[2]
        channel = it[3] if len(it) > 3 else None
        item = {"kind": kind, "value": value, "probes": []}
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if channel == "ocr":
                pr["ocr"] = True
                if ocr_count(ocr_entries, pr) == 0:
                    problems.append(f"{doc.stem}: OCR probe not found {p!r}")
                    continue
            elif channel:
                chs = extract_channels(path, ocr="off")["channels"]
                if channel_counts(chs, pr).get(channel, 0) == 0:
                    problems.append(f"{doc.stem}: {channel} probe not found {p!r}")
                if count_in(text, pr):
                    problems.append(f"{doc.stem}: hidden probe in text {p!r}")
            else:
                if count_in(text, pr) == 0:
                    problems.append(f"{doc.stem}: redact probe not in text {p!r}")
                used.append(p)
            item["probes"].append(pr)
        if channel:
            item["channel"] = channel
        if item["probes"]:
            redact.append(item)
    masked = _rx_mask(text, used)
    keep = []
    seen = set()
    for kind, value in list(doc.keep) + [(k, v) for k, v in KEEP_GLOBAL]:
        if value in seen:
            continue
        seen.add(value)
        pr = {"text": value, "word": True}
        n = count_in(text, pr)
        explicit = (kind, value) in doc.keep
        if n == 0:
            if explicit:
                problems.append(f"{doc.stem}: keep probe not in text {value!r}")
            continue
        if count_in(masked, pr) != n:
            if explicit:
                problems.append(f"{doc.stem}: keep probe overlaps redaction {value!r}")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": value, "probes": [pr]})
    if doc.kind == "scan":
        # a scan has no text layer: keep probes make no sense there (evaluator reads PDFium text)
        keep = []
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


# ---------------------------------------------------------------- documents
class Doc:
    def __init__(self, stem, blocks, kind="rl", redact=(), keep=(), producer="Microsoft® Word for Microsoft 365",
                 creator="Microsoft® Word for Microsoft 365", author=None, xmp_creator=None, title=None,
                 outline=(), annots=(), font="helv", fields=(), scan_pages=None, rotate=0.6):
        self.stem, self.blocks, self.kind = stem, blocks, kind
        self.redact, self.keep = list(redact), list(keep)
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.title, self.outline, self.annots, self.font = title, list(outline), list(annots), font
        self.fields, self.scan_pages, self.rotate = list(fields), scan_pages, rotate

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        tmp = Path(f"/tmp/s208_{self.stem}_raw.pdf")
        {"rl": build_rl, "docx": build_docx, "scan": build_scan, "form": build_form}[self.kind](self, tmp)
        post(self, tmp, path)
        return path


def _fonts(doc):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if doc.font == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
            pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        return "DV", "DVB", "DVM"
    if doc.font == "times":
        return "Times-Roman", "Times-Bold", "Courier"
    return "Helvetica", "Helvetica-Bold", "Courier"


def build_rl(doc, out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    f, fb, fm = _fonts(doc)
    st = ParagraphStyle("b", fontName=f, fontSize=10, leading=13.5, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=14, leading=18, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
    mono = ParagraphStyle("m", fontName=fm, fontSize=8.6, leading=11)
    cell = ParagraphStyle("c", fontName=f, fontSize=8.6, leading=10.5)
    story, rows = [], []

    def flush():
        if rows:
            w = (170 * mm) / max(len(r) for r in rows)
            t = Table([[Paragraph(escape(c), cell) for c in r] for r in rows], colWidths=[w] * len(rows[0]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b.startswith("# "):
            story.append(Paragraph(escape(b[2:]), h1))
        elif b.startswith("## "):
            story.append(Paragraph(escape(b[3:]), h2))
        elif b.startswith("~ "):
            story.append(Paragraph(escape(b[2:]), mono))
        elif b == "":
            story.append(Spacer(1, 8))
        elif b == "---":
            from reportlab.platypus import PageBreak
            story.append(PageBreak())
        else:
            story.append(Paragraph(escape(b).replace("\n", "<br/>"), st))
    flush()
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, title=doc.title or "", author="").build(story)


def build_docx(doc, out):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for b in doc.blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
            continue
        flush()
        if b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        elif b.startswith("~ "):
            d.add_paragraph(b[2:])
        elif b == "---":
            d.add_page_break()
        elif b:
            d.add_paragraph(b)
    flush()
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title or ""
    src = Path(f"/tmp/s208_{doc.stem}.docx")
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s208_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", "/tmp/s208_conv", str(src)], check=True, capture_output=True, timeout=180)
    Path(f"/tmp/s208_conv/s208_{doc.stem}.pdf").replace(out)


def build_scan(doc, out):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339  # A4 at 200 dpi
    c = canvas.Canvas(str(out), pagesize=A4)
    rnd = random.Random(doc.stem)
    for pi, lines in enumerate(doc.scan_pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in lines:
            style, txt = (ln.split(":", 1) if re.match(r"^(H|T|I|B):", ln) else ("T", ln))
            font = {"H": ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 46),
                    "T": ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 36),
                    "B": ImageFont.truetype(DEJAVU + "DejaVuSansMono.ttf", 33),
                    "I": ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 40)}[style]
            dr.text((140 + rnd.randint(-3, 3), y), txt, fill=25 if style != "I" else 40, font=font)
            y += 62 if style != "H" else 80
        for _ in range(900):
            dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
        im = im.rotate(doc.rotate * (1 if pi % 2 == 0 else -1), fillcolor=250, resample=Image.BICUBIC)
        bio = io.BytesIO()
        im.convert("RGB").save(bio, "JPEG", quality=82)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def build_form(doc, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    for b in doc.blocks:
        c.setFont("Helvetica-Bold" if b.startswith("# ") else "Helvetica", 14 if b.startswith("# ") else 10)
        c.drawString(56, y, b[2:] if b.startswith("# ") else b)
        y -= 22 if b.startswith("# ") else 15
    y -= 10
    for name, label, value in doc.fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y + 5, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=300, height=18, fontSize=9,
                             borderWidth=0.5, fontName="Helvetica")
        y -= 27
    c.save()


def post(doc, src, dst):
    import pikepdf
    pdf = pikepdf.open(src)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        if doc.xmp_creator:
            m["dc:creator"] = [doc.xmp_creator]
        if doc.title:
            m["dc:title"] = doc.title
        m["pdf:Producer"] = doc.producer
        m["xmp:CreatorTool"] = doc.creator
        m["xmp:CreateDate"] = "2026-03-01T10:00:00+01:00"
        m["xmp:ModifyDate"] = "2026-03-01T10:00:00+01:00"
    info = pdf.docinfo
    info["/Producer"] = doc.producer
    info["/Creator"] = doc.creator
    info["/Author"] = doc.author or ""
    info["/CreationDate"] = "D:20260301100000+01'00'"
    info["/ModDate"] = "D:20260301100000+01'00'"
    if doc.title:
        info["/Title"] = doc.title
    if doc.outline:
        with pdf.open_outline() as ol:
            for title, page in doc.outline:
                ol.root.append(pikepdf.OutlineItem(title, page))
    for page, x, y, who, text in doc.annots:
        ann = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                   Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                                   Contents=pikepdf.String(text), Open=False,
                                                   C=[1, 0.9, 0.2]))
        p = pdf.pages[page]
        if "/Annots" not in p.obj:
            p.obj.Annots = pdf.make_indirect(pikepdf.Array())
        p.obj.Annots.append(ann)
    if "/DocChecksum" in pdf.trailer:
        del pdf.trailer["/DocChecksum"]
    import hashlib
    h = hashlib.md5(doc.stem.encode()).digest()
    pdf.trailer.ID = pikepdf.Array([pikepdf.String(h), pikepdf.String(h)])
    pdf.save(dst, static_id=True)
