"""Rebuild set CI (eval/blind/mixed77): a Woo dossier on a noodopvang and the housing of
status holders in Deventer. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py ci03     # only these

Keep probes' 'after' are counted on the original's PDFium text with the evaluator's own functions;
every redact probe has after=0; check_gold.py verifies each one in the channel it is claimed for.
"""
from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DOCS: dict = {}

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.lib import colors  # noqa: E402

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSansMono": "DejaVuSansMono",
        "LiberationSans": "LiberationSans-Bold", "LiberationSerif": "LiberationSerif-Bold"}


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


# ---------------------------------------------------------------- document registry
def doc(stem, title, producer="reportlab", font="Helvetica", size=10, author=None, meta_title=None,
        outline=None, annots=None, fields=None):
    """Decorator: the function returns (blocks, redact, keep)."""
    def deco(fn):
        DOCS[stem] = dict(stem=stem, title=title, producer=producer, font=font, size=size, fn=fn,
                          author=author, meta_title=meta_title, outline=outline, annots=annots or [],
                          fields=fields or [])
        return fn
    return deco


def R(kind, value, *probes, channel="text"):
    """A redact item; a probe is a string (word=True) or a dict."""
    ps = []
    for p in probes or (value,):
        d = dict(p) if isinstance(p, dict) else {"text": p, "word": True}
        d["after"] = 0
        if channel != "text":
            d["channel"] = channel
        if channel == "ocr":
            d["ocr"] = True
        ps.append(d)
    return {"kind": kind, "value": value, "probes": ps}


def K(kind, value, *probes):
    ps = []
    for p in probes or (value,):
        d = dict(p) if isinstance(p, dict) else {"text": p, "word": True}
        ps.append(d)
    return {"kind": kind, "value": value, "probes": ps}


# ---------------------------------------------------------------- renderers
def _style(font, size, bold=False, lead=None, indent=0):
    f = BOLD.get(font, font) if bold else font
    return ParagraphStyle("s", fontName=f, fontSize=size, leading=lead or size * 1.3,
                          spaceAfter=size * 0.45, leftIndent=indent)


def render_reportlab(path, d, blocks):
    font, size = d["font"], d["size"]
    story = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = [[Paragraph(escape(c), _style(font, size - 1.5)) for c in r] for r in b[1]]
            widths = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            story += [t, Spacer(1, 6)]
        elif b == "---":
            story.append(Spacer(1, 8))
        elif b.startswith("# "):
            story.append(Paragraph(escape(b[2:]), _style(font, size + 4, True)))
        elif b.startswith("## "):
            story.append(Paragraph(escape(b[3:]), _style(font, size + 1, True)))
        elif b.startswith("> "):
            story.append(Paragraph(escape(b[2:]).replace("\n", "<br/>"), _style(font, size - 0.5, indent=14)))
        else:
            story.append(Paragraph(escape(b).replace("\n", "<br/>"), _style(font, size)))
    docu = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                             topMargin=20 * mm, bottomMargin=20 * mm, title=d["meta_title"] or d["title"],
                             author=d["author"] or "")
    docu.build(story)


def render_docx(path, d, blocks):
    import docx
    from docx.shared import Pt
    dx = docx.Document()
    st = dx.styles["Normal"]
    st.font.name = d["font"]
    st.font.size = Pt(d["size"])
    dx.core_properties.author = d["author"] or ""
    dx.core_properties.title = d["meta_title"] or d["title"]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = dx.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            dx.add_paragraph("")
        elif b == "---":
            dx.add_paragraph("")
        elif b.startswith("# "):
            dx.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            dx.add_heading(b[3:], level=2)
        else:
            txt = b[2:] if b.startswith("> ") else b
            dx.add_paragraph(txt)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        dx.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180,
                       env={"HOME": td, "PATH": "/usr/bin:/bin"})
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)


def render_scan(path, d, blocks):
    """Render lines to an image (handwriting or typewriter font), add noise/rotation/JPEG, wrap in a PDF."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen import canvas
    rnd = random.Random(d["stem"])
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    fpath = {"hand": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
             "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
             "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"}[d["font"]]
    fnt = ImageFont.truetype(fpath, d["size"])
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", d["size"] + 6)
    y = 130
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "sig":  # a signature scribble
            x0 = b[1]
            pts = [(x0 + i * 9, y + 30 + int(22 * __import__("math").sin(i * 0.9 + rnd.random())))
                   for i in range(26)]
            dr.line(pts, fill=30, width=4)
            y += 80
            continue
        if b == "---":
            y += d["size"]
            continue
        f = bold if b.startswith("# ") else fnt
        txt = b[2:] if b.startswith("# ") else b
        for line in txt.split("\n"):
            dr.text((140 + rnd.randint(-4, 4), y), line, fill=rnd.randint(10, 45), font=f)
            y += int(f.size * 1.45)
        y += 8
    img = img.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=245)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((120, 180, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(d["meta_title"] or d["title"])
    c.setAuthor(d["author"] or "Scanner KM-C308 Stadhuis")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def add_hidden(path, d):
    """Outline titles, annotations, form fields via pikepdf (full rewrite)."""
    import pikepdf
    if not (d["outline"] or d["annots"] or d["fields"]):
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if d["outline"]:
        with pdf.open_outline() as ol:
            for title, pg in d["outline"]:
                ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
    for pg, rect, author, text in d["annots"]:
        a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                 Rect=rect, Contents=pikepdf.String(text),
                                                 T=pikepdf.String(author), Open=False))
        page = pdf.pages[pg]
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(a)
    if d["fields"]:
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica))
        flds = pikepdf.Array()
        for pg, rect, name, value in d["fields"]:
            w, h = rect[2] - rect[0], rect[3] - rect[1]
            ap = pdf.make_stream(f"/Tx BMC q BT /Helv 9 Tf 2 {h/2-3:.1f} Td ({value}) Tj ET Q EMC".encode("latin-1"))
            ap.Type = pikepdf.Name.XObject
            ap.Subtype = pikepdf.Name.Form
            ap.BBox = [0, 0, w, h]
            ap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
            f = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                T=pikepdf.String(name), V=pikepdf.String(value), Rect=rect, F=4,
                DA=pikepdf.String("/Helv 9 Tf 0 g"), AP=pikepdf.Dictionary(N=ap)))
            page = pdf.pages[pg]
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(f)
            flds.append(f)
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=flds, DR=pikepdf.Dictionary(
            Font=pikepdf.Dictionary(Helv=font)), DA=pikepdf.String("/Helv 9 Tf 0 g"))
    pdf.save(str(path))
    pdf.close()


def build(stem):
    d = DOCS[stem]
    blocks, red, keep = d["fn"]()
    path = DOCS_DIR / f"{stem}.pdf"
    {"reportlab": render_reportlab, "docx": render_docx, "scan": render_scan}[d["producer"]](path, d, blocks)
    add_hidden(path, d)
    text, n = text_pdfium(path)
    for item in keep:
        for p in item["probes"]:
            p["after"] = count_in(text, p)
            if p["after"] == 0:
                raise SystemExit(f"{stem}: keep probe {p['text']!r} not in PDFium text")
    gold = {"doc": f"{stem}.pdf", "pages": n, "producer": d["producer"], "redact": red, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return n


# ================================================================ the dossier
LOC = "Hanzeweg 12"
COMMON_KEEP = lambda: [K("ORG", "COA"), K("PLACE", "Deventer")]  # noqa: E731


@doc("ci01", "Memo wethouder noodopvang Hanzeweg", producer="docx", font="Liberation Sans", size=12.5)
def ci01():
    b = [
        "# Memo aan het college van B&W",
        "Van: wethouder Liesbeth Grijsen (portefeuille Opvang en Integratie)\nOpsteller: Marloes Tijhuis, projectleider opvang\nDatum: 8 oktober 2024\nKenmerk: DEV/SO/2024/18342\nOnderwerp: tijdelijke noodopvang Hanzeweg 12",
        "## Aanleiding",
        "Het COA heeft de gemeente Deventer op 1 oktober 2024 gevraagd om met spoed een noodopvang voor 150 asielzoekers te realiseren. Het aanmeldcentrum Ter Apel zit opnieuw boven de norm van 2.000 bewoners. De minister van Asiel en Migratie, mevrouw Faber, heeft in haar brief van 13 september 2024 aangekondigd de Spreidingswet in te willen trekken; tot die tijd blijft de wet van kracht en geldt voor Deventer een opgave van 620 opvangplekken.",
        "## Voorstel",
        "Het voormalige kantoorpand aan de Hanzeweg 12 (eigendom gemeente) wordt voor negen maanden ingericht als noodopvang, met het COA als exploitant en de Veiligheidsregio IJsselland als adviseur brandveiligheid. Burgemeester König heeft de omwonenden op 15 oktober uitgenodigd voor een informatieavond in het Stadhuis, Grote Kerkhof 4.",
        "## Afstemming",
        "Ambtelijk is afgestemd met de locatiemanager van het COA, de heer Ruud Hagedoorn, en met de accountmanager gemeenten van het COA, mevrouw Sevda Kaplan-Brink. De juridische toets (Vreemdelingenwet 2000, Wet COA, bestemmingsplan) is gedaan door Jeroen Spekschoor. Contact over de uitvoering: m.tijhuis@deventer.nl of 06-38 17 42 95; algemeen: noodopvang@deventer.nl of 14 0570.",
        "## Financiën",
        "Het COA vergoedt de kosten op basis van de Bestuursovereenkomst opvang (kenmerk COA-BO-2024-0917). De huisvesting van vergunninghouders (taakstelling tweede helft 2024: 112 personen) loopt apart via Woonbedrijf ieder1 en Rentree.",
        "## Risico's",
        "Bij de eerdere opvang in Sporthal Keizerslanden (2022) kwamen klachten binnen over geluid en parkeren. Een omwonende, de heer Henk Putten, heeft toen een petitie ingediend. Wethouder Jan Jaap Kolkman stelt voor een klankbordgroep met omwonenden in te richten.",
        "---",
        "Paraaf opsteller: MTi    Paraaf teamleider: JSp",
    ]
    red = [R("PERSON", "Marloes Tijhuis", "Marloes Tijhuis", "MTi", "m.tijhuis@deventer.nl"),
           R("PHONE", "06-38 17 42 95", {"text": "06-38 17 42 95"}),
           R("PERSON", "Ruud Hagedoorn", "Hagedoorn"),
           R("PERSON", "Sevda Kaplan-Brink", "Kaplan-Brink"),
           R("PERSON", "Jeroen Spekschoor", "Spekschoor", "JSp"),
           R("PERSON", "Henk Putten", "Henk Putten")]
    keep = COMMON_KEEP() + [
        K("PERSON_PUBLIC", "wethouder Liesbeth Grijsen", "Grijsen"), K("PERSON_PUBLIC", "Faber", "Faber"),
        K("PERSON_PUBLIC", "burgemeester König", "König"), K("PERSON_PUBLIC", "wethouder Kolkman", "Kolkman"),
        K("REF", "DEV/SO/2024/18342"), K("REF", "COA-BO-2024-0917"), K("ADDRESS_PUBLIC", LOC),
        K("ADDRESS_PUBLIC", "Grote Kerkhof 4"), K("LAW", "Spreidingswet"), K("LAW", "Vreemdelingenwet 2000"),
        K("ORG", "Veiligheidsregio IJsselland"), K("MAILBOX", "noodopvang@deventer.nl"), K("PHONE_GENERAL", "14 0570"),
        K("ORG", "Woonbedrijf ieder1"), K("PLACE", "Ter Apel"), K("PLACE", "Sporthal Keizerslanden")]
    return b, red, keep


@doc("ci02", "E-mailwisseling IND beslismedewerker", font="Helvetica", size=12)
def ci02():
    b = [
        "Van: Wissink, Lotte <lotte.wissink@ind.nl>\nVerzonden: dinsdag 22 oktober 2024 09:14\nAan: Hagedoorn, Ruud <r.hagedoorn@coa.nl>\nCC: IND Informatiecentrum <informatiecentrum@ind.nl>\nOnderwerp: RE: voortgang aanvragen bewoners noodopvang Deventer",
        "Beste Ruud,",
        "Dank voor je overzicht. Van de drie bewoners die je noemde, is voor mevrouw Fatima al-Hamwi (V-nummer 2739184650) inmiddels een voornemen tot inwilliging uitgegaan. Voor de heer Tesfaye Gebremedhin Haile (V-nummer 2811407736) is het nader gehoor gepland op 5 november in Zwolle; een tolk Tigrinya is gereserveerd. De zaak van de heer Ahmad Shah Noori ligt bij de Dublinunit; bij een claimakkoord met Duitsland draagt de DT&V de overdracht.",
        "Wil je mevrouw al-Hamwi vragen haar paspoort en het familieboek mee te nemen? Haar zoon Yusuf staat nog niet op de aanvraag.",
        "Met vriendelijke groet,\nLotte Wissink\nbeslismedewerker asiel, Immigratie- en Naturalisatiedienst\nT 06-11 94 27 63 | algemeen 088 043 0430",
        "---",
        "Van: Hagedoorn, Ruud <r.hagedoorn@coa.nl>\nVerzonden: maandag 21 oktober 2024 16:40\nAan: Wissink, Lotte <lotte.wissink@ind.nl>\nOnderwerp: voortgang aanvragen bewoners noodopvang Deventer",
        "Hoi Lotte,",
        "Op de noodopvang Hanzeweg 12 zitten inmiddels 143 bewoners. Drie mensen vragen bijna dagelijks naar hun procedure: al-Hamwi, Gebremedhin en Noori. Kun je mij laten weten hoe het staat? Mijn collega Sevda (accountmanager) wil het ook graag weten voor het overleg met de gemeente.",
        "Groet,\nRuud Hagedoorn\nlocatiemanager COA noodopvang Deventer\nM +31 6 2150 8834\nCOA Rijswijk, algemeen 088 715 70 00",
    ]
    red = [R("PERSON", "Lotte Wissink", "Wissink", "Lotte", "lotte.wissink@ind.nl"),
           R("PERSON", "Ruud Hagedoorn", "Hagedoorn", "Ruud", "r.hagedoorn@coa.nl"),
           R("PHONE", "06-11 94 27 63", {"text": "06-11 94 27 63"}), R("PHONE", "+31 6 2150 8834", {"text": "+31 6 2150 8834"}),
           R("PERSON", "Fatima al-Hamwi", "Fatima al-Hamwi", "al-Hamwi"), R("VNUMBER", "2739184650"),
           R("PERSON", "Tesfaye Gebremedhin Haile", "Tesfaye Gebremedhin Haile", "Gebremedhin"), R("VNUMBER", "2811407736"),
           R("PERSON", "Ahmad Shah Noori", "Ahmad Shah Noori", "Noori"), R("PERSON", "Yusuf al-Hamwi", "Yusuf"),
           R("PERSON", "Sevda Kaplan-Brink", "Sevda")]
    keep = COMMON_KEEP() + [K("ORG", "Immigratie- en Naturalisatiedienst"), K("MAILBOX", "informatiecentrum@ind.nl"),
                            K("PHONE_GENERAL", "088 043 0430"), K("PHONE_GENERAL", "088 715 70 00"), K("ORG", "DT&V"),
                            K("ADDRESS_PUBLIC", LOC), K("PLACE", "Zwolle"), K("PLACE", "Rijswijk"),
                            K("ORG", "Dublinunit"), K("TERM", "Tigrinya"), K("ORG", "IND", "IND")]
    return b, red, keep


@doc("ci03", "COA incidentmelding 2024-DV-0041", font="Times-Roman", size=10)
def ci03():
    b = [
        "# COA Incidentmelding",
        ("table", [["Veld", "Invulling"],
                   ["Meldingsnummer", "2024-DV-0041"],
                   ["Locatie", "Noodopvang Deventer, Hanzeweg 12"],
                   ["Datum/tijd incident", "27 oktober 2024, 23:15 uur"],
                   ["Melder", "R. Hagedoorn (locatiemanager)"],
                   ["Betrokkene 1", "EL-KHATIB, Mohammed (V-nr 2604391187, geb. 11-07-1996, Syrië)"],
                   ["Betrokkene 2", "TEKLE, Yonas (V-nr 2790055312, geb. 02-01-2003, Eritrea)"],
                   ["Kamer", "B-114 / B-116"],
                   ["Politie ingeschakeld", "Ja, registratienummer PL0600-2024301177"]], [110, 330]),
        "## Toedracht",
        "Rond 23:00 uur ontstond in de gemeenschappelijke keuken een woordenwisseling tussen de heer el-Khatib en de heer Tekle over het gebruik van de kookplaten. Volgens beveiliger Danny Schuurman (Trigion) duwde de heer el-Khatib de heer Tekle tegen het aanrecht. De heer Tekle liep een snijwond aan de hand op en is door de EHBO'er van dienst behandeld.",
        "Medebewoonster Semhar Kidane (kamer B-118) was getuige en heeft verklaard dat Yonas eerst werd uitgescholden. Beide mannen zijn gescheiden; de heer el-Khatib is voor één nacht overgeplaatst naar AZC Zutphen.",
        "## Maatregelen",
        "Maatregel volgens het Reglement onthouding verstrekkingen (ROV): waarschuwing aan el-Khatib. Melding aan het IND-loket en aan de gemeente (noodopvang@deventer.nl). Nazorg door de GZA-praktijkondersteuner.",
        "Opgemaakt door: R. Hagedoorn, 28 oktober 2024",
    ]
    red = [R("PERSON", "Ruud Hagedoorn", "R. Hagedoorn"),
           R("PERSON", "Mohammed el-Khatib", "EL-KHATIB", "el-Khatib", "Mohammed"), R("VNUMBER", "2604391187"),
           R("DOB", "11-07-1996"),
           R("PERSON", "Yonas Tekle", "TEKLE", "Tekle", "Yonas"), R("VNUMBER", "2790055312"), R("DOB", "02-01-2003"),
           R("PERSON", "Danny Schuurman", "Danny Schuurman"), R("PERSON", "Semhar Kidane", "Semhar Kidane"),
           R("CRIMINAL", "police registration", {"text": "PL0600-2024301177"})]
    keep = [K("ORG", "COA"), K("REF", "2024-DV-0041"), K("ADDRESS_PUBLIC", LOC), K("PLACE", "AZC Zutphen"),
            K("ORG", "Trigion"), K("TERM", "Reglement onthouding verstrekkingen"), K("MAILBOX", "noodopvang@deventer.nl"),
            K("PLACE", "Syrië"), K("PLACE", "Eritrea"), K("ORG", "GZA")]
    return b, red, keep


@doc("ci04", "COA incidentmelding 2024-DV-0057 medisch", font="DejaVuSans", size=9.5)
def ci04():
    b = [
        "COA – Centraal Orgaan opvang asielzoekers | Noodopvang Deventer | Hanzeweg 12",
        "# Incidentmelding 2024-DV-0057 (medisch)",
        "Datum: 9 november 2024, 06:40 uur\nGemeld door: nachtdienst, woonbegeleider Kübra Aslan\nBetrokkene: HAIDARI, Zarmina, V-nummer 2855120943, COA-registratienummer 7841236, geboren 19-04-1984 te Herat (Afghanistan)",
        "Mevrouw Haidari werd in de vroege ochtend onwel aangetroffen op kamer C-021. Zij is 31 weken zwanger en heeft zwangerschapsdiabetes; haar insuline was volgens haar dochter Parwana op. De ambulance heeft haar naar het Deventer Ziekenhuis vervoerd. De huisarts van GZA Healthcare is ingelicht.",
        "Mevrouw Haidari gaf aan dat zij als bekeerling tot het christendom niet met de andere Afghaanse vrouwen op de gang wil wonen; zij voelt zich bedreigd. Haar verzoek om overplaatsing is doorgezet naar de regio.",
        "Contact familie: echtgenoot Abdul Wahid Haidari, in Iran, tel. +98 912 447 3081.",
        "Advies: plaatsing op een locatie met medische voorzieningen (bijv. COA Zwolle). Overdracht naar GGD IJsselland voor de JGZ-zorg na de bevalling.",
        "Woonbegeleider: K. Aslan | Teamleider: Bart-Jan Nijhof | Meldpunt COA: meldpunt@coa.nl",
    ]
    red = [R("PERSON", "Kübra Aslan", "Kübra Aslan", "K. Aslan"),
           R("PERSON", "Zarmina Haidari", "HAIDARI", "Haidari"), R("VNUMBER", "2855120943"), R("COANR", "7841236"),
           R("DOB", "19-04-1984"), R("HEALTH", "zwanger/diabetes", {"text": "31 weken zwanger"}, {"text": "zwangerschapsdiabetes"}),
           R("PERSON", "Parwana Haidari", "Parwana"),
           R("RELIGION", "bekeerling", {"text": "bekeerling tot het christendom"}),
           R("PERSON", "Abdul Wahid Haidari", "Abdul Wahid"), R("PHONE", "+98 912 447 3081", {"text": "+98 912 447 3081"}),
           R("PERSON", "Bart-Jan Nijhof", "Bart-Jan Nijhof")]
    keep = [K("ORG", "Centraal Orgaan opvang asielzoekers"), K("REF", "2024-DV-0057"), K("ADDRESS_PUBLIC", LOC),
            K("ORG", "Deventer Ziekenhuis"), K("ORG", "GZA Healthcare"), K("ORG", "GGD IJsselland"),
            K("MAILBOX", "meldpunt@coa.nl"), K("PLACE", "Herat"), K("PLACE", "Iran"), K("PLACE", "COA Zwolle")]
    return b, red, keep


@doc("ci05", "Verslag informatieavond noodopvang", font="LiberationSerif", size=13.5)
def ci05():
    b = [
        "# Verslag informatieavond noodopvang Hanzeweg",
        "Datum: 15 oktober 2024, 19:30-21:45 uur, Stadhuis Deventer, Grote Kerkhof 4\nAanwezig namens de gemeente: burgemeester Ron König, wethouder Liesbeth Grijsen, projectleider Marloes Tijhuis (verslag: Femke Oosterbroek)\nNamens het COA: locatiemanager Ruud Hagedoorn; namens de Veiligheidsregio IJsselland: Hanneke Roerdink\nCirca 180 omwonenden",
        "## Opening",
        "Burgemeester König opent de avond. Hij legt uit dat de minister van Asiel en Migratie gemeenten dringend heeft gevraagd om noodopvang, omdat Ter Apel overvol is, en dat de Spreidingswet nog altijd geldt.",
        "## Vragen uit de zaal",
        "Mevrouw Annelies Storm (Rielerweg 41) vraagt hoeveel alleenstaande mannen er komen. Dhr. Hagedoorn: de samenstelling wisselt, het COA verwacht vooral gezinnen uit Syrië en Afghanistan en alleenstaanden uit Eritrea en Turkije.",
        "De heer Dirk Winter, voorzitter van buurtvereniging De Hanze, vraagt of er extra beveiliging komt. Mevrouw Roerdink: er is 24/7 beveiliging en een brandwacht; de Veiligheidsregio heeft het pand op 10 oktober geschouwd.",
        "Mevrouw Joke ter Haar vraagt of de basisschool De Zonnewijzer extra leerlingen krijgt. Wethouder Grijsen: de kinderen gaan naar de nieuwkomersklas van de Internationale Schakelklas.",
        "Een bewoner van de Hanzeweg, de heer Henk Putten, zegt dat hij in 2022 slechte ervaringen had met de opvang in de sporthal. Hij wil dat zijn naam en adres (Hanzeweg 31) in het verslag komen. De burgemeester zegt toe dat er een klankbordgroep komt.",
        "Mevrouw Sandra Wolters (Gibraltarstraat 7) biedt namens de kerk hulp aan met een taalcafé. VluchtelingenWerk Oost Nederland, vertegenwoordigd door vrijwilliger Gerrit Klumper, nodigt aanwezigen uit om zich als vrijwilliger aan te melden via oostnederland@vluchtelingenwerk.nl.",
        "Mevrouw Gerda Zomer (Hanzeweg 27) vraagt of de opvang in de zomer van 2025 nog open is. Wethouder Grijsen: de bestuursovereenkomst loopt tot 1 juli 2025; over verlenging beslist de gemeenteraad.",
        "De heer Bülent Arslan, eigenaar van een garagebedrijf aan de Hanzeweg, vraagt of zijn klanten nog kunnen parkeren. Dhr. Hagedoorn: het COA heeft geen parkeerplaatsen nodig, bewoners hebben geen auto.",
        "Een jongeman, de heer Thijmen de Vries, zegt dat hij zelf in 2015 als vluchteling uit Syrië kwam met zijn ouders en toen ook in een sporthal sliep. Hij roept de buurt op de nieuwe bewoners te verwelkomen. Er volgt applaus, maar ook boegeroep.",
        "Mevrouw Storm vraagt nogmaals wat zij moet doen bij overlast 's nachts. Burgemeester König: bel bij acute nood 112, anders het COA of de gemeente; de wijkagent is bereikbaar via 0900-8844.",
        "## Afspraken",
        "1. De gemeente plaatst vragen en antwoorden op deventer.nl/noodopvang.\n2. Het COA organiseert op 2 november een open dag.\n3. Klachten en meldingen: noodopvang@deventer.nl of 14 0570; COA-omgevingstelefoon 088 715 72 00.",
        "Verslag: F. Oosterbroek, 17 oktober 2024",
    ]
    red = [R("PERSON", "Marloes Tijhuis", "Tijhuis"), R("PERSON", "Femke Oosterbroek", "Oosterbroek"),
           R("PERSON", "Ruud Hagedoorn", "Hagedoorn"), R("PERSON", "Hanneke Roerdink", "Roerdink"),
           R("PERSON", "Annelies Storm", "Annelies Storm", "Storm"), R("ADDRESS", "Rielerweg 41"),
           R("PERSON", "Dirk Winter", "Dirk Winter"), R("PERSON", "Joke ter Haar", "Joke ter Haar"),
           R("PERSON", "Henk Putten", "Henk Putten"), R("ADDRESS", "Hanzeweg 31"),
           R("PERSON", "Sandra Wolters", "Sandra Wolters"), R("ADDRESS", "Gibraltarstraat 7"),
           R("PERSON", "Gerrit Klumper", "Gerrit Klumper"), R("PERSON", "Gerda Zomer", "Gerda Zomer", "Zomer"),
           R("ADDRESS", "Hanzeweg 27"), R("PERSON", "Bülent Arslan", "Bülent Arslan"),
           R("PERSON", "Thijmen de Vries", "Thijmen de Vries")]
    keep = COMMON_KEEP() + [K("PERSON_PUBLIC", "Ron König", "König"), K("PHONE_GENERAL", "112"), K("PHONE_GENERAL", "0900-8844"), K("PERSON_PUBLIC", "Grijsen"),
                            K("ADDRESS_PUBLIC", "Grote Kerkhof 4"), K("ORG", "Veiligheidsregio IJsselland"),
                            K("LAW", "Spreidingswet"), K("PLACE", "Ter Apel"), K("ORG", "buurtvereniging De Hanze"),
                            K("ORG", "De Zonnewijzer"), K("ORG", "VluchtelingenWerk Oost Nederland"),
                            K("MAILBOX", "oostnederland@vluchtelingenwerk.nl"), K("MAILBOX", "noodopvang@deventer.nl"),
                            K("PHONE_GENERAL", "088 715 72 00"), K("PLACE", "Afghanistan"), K("PLACE", "Syrië"),
                            K("TERM", "Internationale Schakelklas")]
    return b, red, keep


@doc("ci06", "Klacht omwonende per e-mail", font="Helvetica", size=10)
def ci06():
    b = [
        "Van: Annelies Storm <a.storm67@ziggo.nl>\nVerzonden: zaterdag 16 november 2024 22:51\nAan: Noodopvang Deventer <noodopvang@deventer.nl>\nOnderwerp: Klacht overlast noodopvang - alweer!",
        "Geachte heer, mevrouw,",
        "Vanavond stonden er weer zes jongemannen voor mijn deur aan de Rielerweg 41, 7416 ZB Deventer, met harde muziek uit een telefoon. Mijn man Co Storm heeft hartproblemen en kan hier echt niet tegen. Ik heb op de informatieavond beloofd gekregen dat er een klankbordgroep zou komen, maar ik heb niets meer gehoord.",
        "Ik verzoek u de beveiliging ook 's avonds langs de Rielerweg te laten lopen. Bel mij gerust: 0570 62 18 44 of mobiel 06 5127 8390.",
        "Met vriendelijke groet,\nAnnelies Storm",
        "---",
        "Van: Noodopvang Deventer <noodopvang@deventer.nl>\nVerzonden: maandag 18 november 2024 10:02\nAan: a.storm67@ziggo.nl\nOnderwerp: RE: Klacht overlast noodopvang - alweer!",
        "Geachte mevrouw Storm,",
        "Dank voor uw melding. Wij hebben deze doorgegeven aan de locatiemanager van het COA en aan de wijkagent, de heer Van Dongen. De eerste bijeenkomst van de klankbordgroep is op 3 december om 19:30 uur in wijkcentrum De Hanze. Meldingen 's nachts kunnen ook bij het COA-omgevingsnummer 088 715 72 00.",
        "Met vriendelijke groet,\nFemke Oosterbroek\nteam Noodopvang, gemeente Deventer",
        "Zaaknummer: Z/24/402118",
    ]
    red = [R("PERSON", "Annelies Storm", "Annelies Storm", "Storm", "a.storm67@ziggo.nl"),
           R("ADDRESS", "Rielerweg 41, 7416 ZB Deventer", "Rielerweg 41", "7416 ZB"),
           R("PERSON", "Co Storm", "Co Storm"), R("HEALTH", "hartproblemen", "hartproblemen"),
           R("PHONE", "0570 62 18 44", {"text": "0570 62 18 44"}), R("PHONE", "06 5127 8390", {"text": "06 5127 8390"}),
           R("PERSON", "Van Dongen (wijkagent)", "Van Dongen"), R("PERSON", "Femke Oosterbroek", "Femke Oosterbroek")]
    # 'Deventer' is not a keep probe here: it is part of the complainant's home address
    keep = [K("ORG", "COA")] + [K("MAILBOX", "noodopvang@deventer.nl"), K("PHONE_GENERAL", "088 715 72 00"),
                            K("REF", "Z/24/402118"), K("PLACE", "wijkcentrum De Hanze"), K("DATE", "3 december")]
    return b, red, keep


@doc("ci07", "Handgeschreven klacht (scan)", producer="scan", font="femke", size=52)
def ci07():
    b = [
        "Aan de gemeente Deventer",
        "Betreft: de opvang Hanzeweg",
        "---",
        "Ik woon al 40 jaar aan de",
        "Hanzeweg 31 en sinds de opvang",
        "er zit slaap ik niet meer.",
        "Er wordt in de tuin geplast",
        "en mijn fiets is gestolen.",
        "Ik wil een gesprek met de",
        "burgemeester, niet met een",
        "ambtenaar.",
        "---",
        "Henk Putten",
        "tel 06 2288 4517",
        ("sig", 160),
    ]
    # OCR of the handwriting reads the surname as 'Putton' and the house number as '31': the probes are
    # what an OCR-based leak check can find (a prefix of the surname, the number, the phone's middle block)
    red = [R("PERSON", "Henk Putten", {"text": "Putt", "word": False}, channel="ocr"),
           R("ADDRESS", "Hanzeweg 31", {"text": "31", "word": True}, channel="ocr"),
           R("PHONE", "06 2288 4517", {"text": "2288", "word": True}, channel="ocr")]
    return b, red, []


@doc("ci08", "Getekende bestuursovereenkomst (scan)", producer="scan", font="serif", size=30)
def ci08():
    b = [
        "# BESTUURSOVEREENKOMST NOODOPVANG",
        "Kenmerk COA-BO-2024-0917",
        "---",
        "Partijen:",
        "1. Gemeente Deventer, te dezen",
        "vertegenwoordigd door burgemeester",
        "R.C. König;",
        "2. Centraal Orgaan opvang",
        "asielzoekers (COA), te dezen",
        "vertegenwoordigd door regiomanager",
        "Wilma Brandhorst.",
        "---",
        "Artikel 1. Het COA exploiteert de",
        "noodopvang Hanzeweg 12 voor",
        "maximaal 150 personen tot 1 juli 2025.",
        "Artikel 2. De gemeente stelt het pand",
        "kosteloos ter beschikking.",
        "---",
        "Deventer, 30 oktober 2024",
        "Voor de gemeente:",
        ("sig", 160),
        "Voor het COA: W. Brandhorst",
        ("sig", 160),
        "Getuige: Marloes Tijhuis",
    ]
    red = [R("PERSON", "Wilma Brandhorst", "Brandhorst", channel="ocr"),
           R("PERSON", "Marloes Tijhuis", "Tijhuis", channel="ocr")]
    return b, red, []


@doc("ci09", "WhatsApp-export buurtgroep Hanzeweg", font="DejaVuSansMono", size=11)
def ci09():
    msgs = [
        "[16-10-24 08:12] Dirk Winter: Goedemorgen allemaal, verslag van gisteren komt op deventer.nl/noodopvang",
        "[16-10-24 08:15] Annelies: Ik vond König wel duidelijk eigenlijk",
        "[16-10-24 08:31] Henk Putten: Duidelijk?? 150 man in een kantoorpand. Ik ga naar de krant",
        "[16-10-24 08:33] Sandra W: Henk, rustig aan. Het zijn mensen uit oorlogsgebieden",
        "[16-10-24 09:02] +31 6 4471 0923: Wie is dit nummer? Ik ben Ilse van nr 22, mag ik erbij?",
        "[16-10-24 09:05] Dirk Winter: Welkom Ilse! Zet je achternaam even in je profiel aub",
        "[16-10-24 09:06] Ilse Mulder: Gedaan :)",
        "[02-11-24 14:20] Joke ter Haar: Open dag was goed. Heb gepraat met een Syrische mevrouw, Fatima, ze was lerares in Homs",
        "[02-11-24 14:22] Sandra W: Zij en haar zoon komen woensdag naar het taalcafé in de Lebuïnuskerk",
        "[02-11-24 14:40] Henk Putten: Mijn fiets is weg. Gazelle, zwart. Aangifte gedaan",
        "[02-11-24 14:41] Annelies: Heb je gezien wie het was Henk?",
        "[02-11-24 14:44] Henk Putten: Zo'n jongen uit Eritrea, die lange, hij heet Yonas geloof ik",
        "[02-11-24 14:45] Dirk Winter: Henk, geen namen hier noemen van bewoners! Meld het bij het COA 088 715 72 00",
        "[02-11-24 15:10] Gerrit VWN: Als vrijwilliger van VluchtelingenWerk: de jongen die Henk bedoelt was die middag met mij in Zwolle bij de IND",
        "[02-11-24 15:12] Ilse Mulder: Misschien toch een keer samen koffie drinken met de bewoners?",
        "[03-11-24 10:01] Annelies: Klankbordgroep 3 december. Wie gaat er?",
        "[03-11-24 10:04] Dirk Winter: Ik, en ik neem de vragenlijst mee. Mail mij: dirkwinter.hanze@gmail.com",
        "[03-11-24 10:20] Ahmet Yıldırım: Ik ben de eigenaar van de bakkerij op de hoek. Bewoners zijn welkom, ik spreek Turks en Arabisch",
        "[03-11-24 10:22] Sandra W: Top Ahmet!",
        "[15-11-24 21:30] Annelies: Weer jongens voor de deur met muziek. Bel ik de politie of het COA?",
        "[15-11-24 21:33] Dirk Winter: Eerst COA, dan 0900-8844 als het niet stopt",
        "[15-11-24 21:58] Henk Putten: Ik heb een brief geschreven aan de burgemeester. Met de hand, dan lezen ze het tenminste",
    ]
    b = ["WhatsApp-chat met Buurtgroep Hanzeweg e.o. (geëxporteerd 20-11-2024)", "---"] + msgs
    red = [R("PERSON", "Dirk Winter", "Dirk Winter", "dirkwinter.hanze@gmail.com"),
           R("PERSON", "Annelies Storm", "Annelies"), R("PERSON", "Henk Putten", "Henk Putten", "Henk"),
           R("PERSON", "Sandra Wolters", "Sandra W"), R("PHONE", "+31 6 4471 0923", {"text": "+31 6 4471 0923"}),
           R("PERSON", "Ilse Mulder", "Ilse Mulder", "Ilse"), R("PERSON", "Joke ter Haar", "Joke ter Haar"),
           R("PERSON", "Fatima al-Hamwi", "Fatima"), R("PERSON", "Yonas Tekle", "Yonas"),
           R("PERSON", "Gerrit Klumper", "Gerrit VWN"), R("PERSON", "Ahmet Yıldırım", "Ahmet Yıldırım", "Ahmet")]
    keep = [K("PERSON_PUBLIC", "König"), K("ORG", "COA"), K("ORG", "VluchtelingenWerk"), K("ORG", "IND"),
            K("PHONE_GENERAL", "088 715 72 00"), K("PHONE_GENERAL", "0900-8844"), K("PLACE", "Homs"),
            K("PLACE", "Lebuïnuskerk"), K("PLACE", "Zwolle"), K("PLACE", "Eritrea"), K("PRODUCT", "Gazelle")]
    return b, red, keep


@doc("ci10", "Schriftelijke raadsvragen en antwoord college", font="Times-Roman", size=10.5)
def ci10():
    b = [
        "# Schriftelijke vragen ex artikel 41 Reglement van orde",
        "Nummer: RV 2024-087\nIngediend: 4 november 2024\nDoor: raadslid Erik Bosveld (PVV) en raadslid Mirjam Hulshof (ChristenUnie)\nOnderwerp: noodopvang Hanzeweg en huisvesting vergunninghouders",
        "1. Klopt het dat op 27 oktober de politie is ingezet bij een vechtpartij in de noodopvang?",
        "2. Hoeveel vergunninghouders zijn in 2024 gehuisvest en hoeveel wachten nog in een AZC?",
        "3. Is het college bereid de klankbordgroep met omwonenden ook open te stellen voor ondernemers?",
        "## Antwoord van het college (verzonden 19 november 2024)",
        "1. Ja. Er was een conflict tussen twee bewoners. Het COA heeft maatregelen genomen op grond van het Reglement onthouding verstrekkingen. Over individuele bewoners doet het college geen mededelingen.",
        "2. De taakstelling voor 2024 bedraagt 224 vergunninghouders. Op 1 november waren er 171 gehuisvest, onder wie 38 via de Regeling Gemeentelijk Versnellingsarrangement. Woonbedrijf ieder1 en Rentree leveren samen 60 woningen per half jaar. Zonder de Spreidingswet en de Huisvestingswet 2014 zou de druk op de regio groter zijn.",
        "3. Ja. Wethouder Grijsen heeft de ondernemersvereniging Binnenstad uitgenodigd.",
        "Het college van burgemeester en wethouders van Deventer,\nde burgemeester,\nR.C. König",
        "Behandelend ambtenaar: Jeroen Spekschoor, telefoon 06-29 41 70 38, e-mail j.spekschoor@deventer.nl",
    ]
    red = [R("PERSON", "Jeroen Spekschoor", "Jeroen Spekschoor", "j.spekschoor@deventer.nl"),
           R("PHONE", "06-29 41 70 38", {"text": "06-29 41 70 38"})]
    keep = [K("PERSON_PUBLIC", "raadslid Erik Bosveld", "Bosveld"), K("PERSON_PUBLIC", "raadslid Mirjam Hulshof", "Hulshof"),
            K("PERSON_PUBLIC", "König"),
            K("PERSON_PUBLIC", "Grijsen"), K("REF", "RV 2024-087"), K("ORG", "PVV"), K("ORG", "ChristenUnie"),
            K("LAW", "Spreidingswet"), K("LAW", "Huisvestingswet 2014"), K("ORG", "Woonbedrijf ieder1"),
            K("ORG", "Rentree"), K("ORG", "COA"), K("NUM", "224"), K("NUM", "171")]
    return b, red, keep


@doc("ci11", "Verslag projectoverleg noodopvang met actielijst", font="Helvetica", size=9.5)
def ci11():
    b = [
        "# Projectoverleg noodopvang Hanzeweg – verslag nr. 6",
        "Datum: 21 november 2024, 10:00 uur, Stadhuis kamer 3.14\nAanwezig: Marloes Tijhuis (MT, voorzitter), Jeroen Spekschoor (JS), Femke Oosterbroek (FO), Ruud Hagedoorn (RH, COA), Hanneke Roerdink (HR, VRIJ), Gerrit Klumper (GK, VluchtelingenWerk)\nAfwezig: wethouder Grijsen (agenda)",
        "1. Bezetting: 146 bewoners, waarvan 41 kinderen. RH meldt dat de IND een mobiel team naar de Hanzeweg stuurt voor gehoren (week 49).",
        "2. Overlast: 9 meldingen sinds 1 november, meeste van de Rielerweg. FO stelt voor de omwonende die het vaakst belt persoonlijk te bezoeken; MT akkoord.",
        "3. Brandveiligheid: HR heeft bij de tweede schouw geconstateerd dat de nooduitgang bij vleugel C is geblokkeerd door fietsen.",
        "4. Vergunninghouders: 12 bewoners van de noodopvang hebben inmiddels een verblijfsvergunning. JS bespreekt de koppeling met Woonbedrijf ieder1.",
        ("table", [["Nr", "Actie", "Wie", "Wanneer"],
                   ["6.1", "Bezoek omwonende Rielerweg", "FO / MT", "29-11"],
                   ["6.2", "Fietsenstalling buiten vleugel C", "RH", "28-11"],
                   ["6.3", "Herschouw nooduitgang", "HR", "5-12"],
                   ["6.4", "Lijst vergunninghouders naar ieder1", "JS", "25-11"],
                   ["6.5", "Vrijwilligersrooster taalcafé december", "GK", "1-12"],
                   ["5.3", "Brief aan klankbordgroep (open)", "MT", "29-11"]], [30, 250, 70, 60]),
        "Volgend overleg: 5 december 2024. Verslag: FO.",
    ]
    red = [R("PERSON", "Marloes Tijhuis", "Marloes Tijhuis", "MT"), R("PERSON", "Jeroen Spekschoor", "Jeroen Spekschoor", "JS"),
           R("PERSON", "Femke Oosterbroek", "Femke Oosterbroek", "FO"), R("PERSON", "Ruud Hagedoorn", "Ruud Hagedoorn", "RH"),
           R("PERSON", "Hanneke Roerdink", "Hanneke Roerdink", "HR"), R("PERSON", "Gerrit Klumper", "Gerrit Klumper", "GK")]
    keep = [K("PERSON_PUBLIC", "Grijsen"), K("ORG", "COA"), K("ORG", "IND"), K("ORG", "VRIJ"),
            K("ORG", "VluchtelingenWerk"), K("ORG", "Woonbedrijf ieder1"), K("ADDRESS_PUBLIC", "Hanzeweg"),
            K("PLACE", "Rielerweg"), K("DATE", "21 november 2024"), K("DATE", "5 december 2024"), K("NUM", "146 bewoners")]
    return b, red, keep


@doc("ci12", "Veiligheidsregio IJsselland - advies brandveiligheid", font="LiberationSans", size=9.5)
def ci12():
    b = [
        "Veiligheidsregio IJsselland | Team Risicobeheersing | Postbus 1017, 8001 BA Zwolle | 038 498 22 00",
        "# Advies brandveiligheid tijdelijke huisvesting Hanzeweg 12, Deventer",
        "Ons kenmerk: VRIJ/RB/2024-3391\nDatum: 11 oktober 2024\nBehandeld door: ing. Hanneke Roerdink, adviseur risicobeheersing, h.roerdink@vrijsselland.nl, 06-83 55 20 71\nAan: gemeente Deventer, t.a.v. M. Tijhuis",
        "## Bevindingen schouw 10 oktober 2024",
        "Het gebouw (bouwjaar 1988, kantoorfunctie) wordt tijdelijk gebruikt voor logies. Op grond van het Besluit bouwwerken leefomgeving (Bbl) gelden voor deze gebruiksfunctie aanvullende eisen: rookmelders in alle verblijfsruimten, een ontruimingsinstallatie type B en een bedrijfshulpverleningsorganisatie die 24/7 aanwezig is.",
        "De sprinklerinstallatie is niet aanwezig. Compenserend adviseren wij een brandwacht in de nachtelijke uren, totdat de doormelding naar de meldkamer Oost-Nederland is gerealiseerd.",
        "## Advies",
        "1. Maximaal 150 personen; niet meer dan 4 personen per kamer.\n2. Vluchtwegen vrijhouden; geen fietsen in gangen.\n3. Ontruimingsoefening binnen twee weken na ingebruikname.",
        "Afstemming met de commandant Brandweer IJsselland heeft plaatsgevonden. Voor vragen: risicobeheersing@vrijsselland.nl.",
        "Met vriendelijke groet,\nHanneke Roerdink\ncollega-toets: ing. T. (Thijs) Wiegerinck",
    ]
    red = [R("PERSON", "Hanneke Roerdink", "Hanneke Roerdink", "h.roerdink@vrijsselland.nl"),
           R("PHONE", "06-83 55 20 71", {"text": "06-83 55 20 71"}), R("PERSON", "M. Tijhuis", "M. Tijhuis"),
           R("PERSON", "Thijs Wiegerinck", "Wiegerinck", "Thijs")]
    keep = [K("ORG", "Veiligheidsregio IJsselland"), K("REF", "VRIJ/RB/2024-3391"), K("PHONE_GENERAL", "038 498 22 00"),
            K("ADDRESS_PUBLIC", "Postbus 1017"), K("ADDRESS_PUBLIC", LOC), K("LAW", "Besluit bouwwerken leefomgeving"),
            K("MAILBOX", "risicobeheersing@vrijsselland.nl"), K("ORG", "Brandweer IJsselland"), K("PLACE", "Deventer"),
            K("ORG", "meldkamer Oost-Nederland")]
    return b, red, keep


@doc("ci13", "VluchtelingenWerk vrijwilligersrooster en mail", font="DejaVuSans", size=9)
def ci13():
    b = [
        "Van: Yvonne Bleumink <yvonne.bleumink@vluchtelingenwerk.nl>\nAan: Gerrit Klumper; Sandra Wolters; Khaled Mansour; Oksana Petrenko\nDatum: 28 november 2024\nOnderwerp: rooster taalcafé en spreekuur december",
        "Hoi allemaal,",
        "Hierbij het rooster voor december. Khaled, jij kunt als tolk Arabisch bij het spreekuur van maandag, fijn! Oksana doet het Oekraïense spreekuur in de gemeentelijke opvang aan de Brinkgreverweg. Gerrit begeleidt donderdag twee bewoners naar de IND in Zwolle.",
        ("table", [["Datum", "Activiteit", "Vrijwilliger", "Telefoon"],
                   ["2 dec", "Spreekuur asielprocedure", "Khaled Mansour", "06-48 12 99 05"],
                   ["4 dec", "Taalcafé Lebuïnuskerk", "Sandra Wolters", "06-21 73 64 18"],
                   ["5 dec", "Begeleiding IND Zwolle", "Gerrit Klumper", "06-55 02 87 31"],
                   ["9 dec", "Spreekuur Oekraïners", "Oksana Petrenko", "+380 67 412 3390"],
                   ["11 dec", "Taalcafé Lebuïnuskerk", "Sandra Wolters", "06-21 73 64 18"]], [45, 160, 110, 110]),
        "Let op: de heer Tesfaye (kamer B-102) vroeg of iemand hem kan helpen met de brief van de IND over zijn nader gehoor. Hij spreekt alleen Tigrinya; Mehret Tsegay uit zijn gang wil tolken.",
        "Algemene vragen: oostnederland@vluchtelingenwerk.nl of de landelijke infolijn 020 346 72 00.",
        "Groetjes,\nYvonne\ncoördinator vrijwilligers Deventer, VluchtelingenWerk Oost Nederland",
    ]
    red = [R("PERSON", "Yvonne Bleumink", "Yvonne Bleumink", "yvonne.bleumink@vluchtelingenwerk.nl", "Yvonne"),
           R("PERSON", "Gerrit Klumper", "Gerrit Klumper", "Gerrit"), R("PERSON", "Sandra Wolters", "Sandra Wolters"),
           R("PERSON", "Khaled Mansour", "Khaled Mansour", "Khaled"), R("PERSON", "Oksana Petrenko", "Oksana Petrenko", "Oksana"),
           R("PHONE", "06-48 12 99 05", {"text": "06-48 12 99 05"}), R("PHONE", "06-21 73 64 18", {"text": "06-21 73 64 18"}),
           R("PHONE", "06-55 02 87 31", {"text": "06-55 02 87 31"}), R("PHONE", "+380 67 412 3390", {"text": "+380 67 412 3390"}),
           R("PERSON", "Tesfaye Gebremedhin Haile", "Tesfaye"), R("PERSON", "Mehret Tsegay", "Mehret Tsegay")]
    keep = [K("ORG", "VluchtelingenWerk Oost Nederland"), K("ORG", "IND"), K("PLACE", "Zwolle"), K("PLACE", "Lebuïnuskerk"),
            K("PLACE", "Brinkgreverweg"), K("MAILBOX", "oostnederland@vluchtelingenwerk.nl"),
            K("PHONE_GENERAL", "020 346 72 00"), K("TERM", "Tigrinya"), K("PLACE", "Deventer")]
    return b, red, keep


@doc("ci14", "Brief minister van Asiel en Migratie aan colleges", font="LiberationSerif", size=10.5)
def ci14():
    b = [
        "Ministerie van Asiel en Migratie\nDirectie Migratiebeleid\nTurfmarkt 147, 2511 DP Den Haag\nPostbus 20011, 2500 EH Den Haag",
        "Aan de colleges van burgemeester en wethouders van alle gemeenten\nDatum: 25 oktober 2024\nOns kenmerk: 5847213\nContactpersoon: drs. Pieter Ravenhorst, T 06 1270 4458, p.ravenhorst@minaenm.nl",
        "Onderwerp: noodopvang en huisvesting vergunninghouders in de periode tot 1 januari 2025",
        "Geacht college,",
        "Het kabinet heeft in het hoofdlijnenbrief asiel en migratie aangekondigd de Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Spreidingswet) in te trekken. Tot de intrekking blijft de wet van kracht. Ik doe een dringend beroep op u om noodopvang te blijven bieden, zodat het aanmeldcentrum in Ter Apel onder de 2.000 bewoners kan blijven.",
        "Voor de huisvesting van vergunninghouders blijft de halfjaarlijkse taakstelling gelden. Het COA en de IND werken samen aan het versneld koppelen van vergunninghouders aan gemeenten. Vragen over de uitvoering kunt u stellen via postbus.asielopvang@minaenm.nl; het Landelijk Regieteam Asiel kunt u bereiken via 070 370 79 11.",
        "De minister van Asiel en Migratie,\n\nM.H.M. Faber-van de Klashorst",
    ]
    red = [R("PERSON", "Pieter Ravenhorst", "Pieter Ravenhorst", "p.ravenhorst@minaenm.nl"),
           R("PHONE", "06 1270 4458", {"text": "06 1270 4458"})]
    keep = [K("ORG", "Ministerie van Asiel en Migratie"), K("PERSON_PUBLIC", "Faber-van de Klashorst"),
            K("ADDRESS_PUBLIC", "Turfmarkt 147"), K("REF", "5847213"), K("LAW", "Spreidingswet"),
            K("LAW", "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen"), K("PLACE", "Ter Apel"),
            K("ORG", "COA"), K("ORG", "IND"), K("MAILBOX", "postbus.asielopvang@minaenm.nl"),
            K("PHONE_GENERAL", "070 370 79 11"), K("ORG", "Landelijk Regieteam Asiel"), K("PLACE", "Den Haag")]
    return b, red, keep


@doc("ci15", "Interne e-mailwisseling ministerie AenM", font="Helvetica", size=9.5)
def ci15():
    b = [
        "Van: Ravenhorst, Pieter <p.ravenhorst@minaenm.nl>\nVerzonden: donderdag 7 november 2024 17:22\nAan: Dekkers-Amrani, Nadia <n.dekkers-amrani@minaenm.nl>; Stam, Wouter <wouter.stam@minjenv.nl>\nCC: DGMI Bestuursondersteuning <dgmi-bo@minaenm.nl>\nOnderwerp: RE: Deventer noodopvang - lijn voor Kamervragen",
        "Nadia,",
        "Voor de beantwoording van de Kamervragen van het lid Dijk (SP) over de noodopvang in Deventer stel ik voor dat we aansluiten bij de brief van de minister van 25 oktober. Het incident van 27 oktober laten we buiten de beantwoording; daar zijn geen feiten over bekend gemaakt en het betreft individuele bewoners. De directeur-generaal Migratie heeft de lijn gisteren akkoord bevonden.",
        "Wouter, kan JenV bevestigen dat de DT&V geen vertrekgesprekken op de Hanzeweg voert? Dat stond in De Stentor.",
        "Pieter",
        "---",
        "Van: Stam, Wouter <wouter.stam@minjenv.nl>\nVerzonden: donderdag 7 november 2024 18:05\nAan: Ravenhorst, Pieter\nOnderwerp: RE: Deventer noodopvang - lijn voor Kamervragen",
        "Klopt, de DT&V voert de gesprekken in Zwolle en Ter Apel. Minister Van Weel is geïnformeerd over de Kamervragen omdat de politie (JenV) bij het incident betrokken was. Mijn nummer voor vanavond: 06-30 88 14 62.",
        "Groet, Wouter Stam\nDirectie Vreemdelingenketen, ministerie van Justitie en Veiligheid",
        "---",
        "Van: Dekkers-Amrani, Nadia\nVerzonden: donderdag 7 november 2024 16:58\nOnderwerp: Deventer noodopvang - lijn voor Kamervragen",
        "Pieter, Wouter – Kamerlid Dijk heeft vragen gesteld (2024Z17730). Termijn drie weken. Wie pakt de eerste versie? Ik ben morgen op het werk bereikbaar via 070 751 44 83 (doorkiesnummer). Nadia",
    ]
    red = [R("PERSON", "Pieter Ravenhorst", "Ravenhorst", "p.ravenhorst@minaenm.nl", "Pieter"),
           R("PERSON", "Nadia Dekkers-Amrani", "Dekkers-Amrani", "n.dekkers-amrani@minaenm.nl", "Nadia"),
           R("PERSON", "Wouter Stam", "Stam", "wouter.stam@minjenv.nl", "Wouter"),
           R("PHONE", "06-30 88 14 62", {"text": "06-30 88 14 62"}), R("PHONE", "070 751 44 83", {"text": "070 751 44 83"})]
    keep = [K("PERSON_PUBLIC", "het lid Dijk", "Dijk"), K("PERSON_PUBLIC", "Minister Van Weel", "Van Weel"),
            K("MAILBOX", "dgmi-bo@minaenm.nl"), K("ORG", "DT&V"), K("ORG", "JenV"), K("ORG", "SP"),
            K("REF", "2024Z17730"), K("ORG", "De Stentor"), K("PLACE", "Deventer"), K("PLACE", "Ter Apel"),
            K("TITLE", "directeur-generaal Migratie"), K("ORG", "Directie Vreemdelingenketen")]
    return b, red, keep


@doc("ci16", "IND-besluit verblijfsvergunning asiel", font="LiberationSans", size=10)
def ci16():
    b = [
        "Immigratie- en Naturalisatiedienst\nDirectie Asiel en Bescherming\nPostbus 287, 7600 AG Almelo",
        "Mevrouw F. al-Hamwi\nCOA noodopvang Deventer\nHanzeweg 12\n7418 AW Deventer",
        "Datum: 3 december 2024\nV-nummer: 2739184650\nOnderwerp: beschikking op uw aanvraag verblijfsvergunning asiel voor bepaalde tijd",
        "Geachte mevrouw al-Hamwi,",
        "U heeft op 14 augustus 2024 een aanvraag ingediend voor een verblijfsvergunning asiel. U bent geboren op 03-02-1987 te Homs, Syrië, en u heeft de Syrische nationaliteit. Uw zoon Yusuf al-Hamwi (geboren 21-09-2015, V-nummer 2739184677) heeft een afgeleide aanvraag ingediend.",
        "Ik heb besloten uw aanvraag in te willigen op grond van artikel 29, eerste lid, aanhef en onder b, van de Vreemdelingenwet 2000. De vergunning is geldig van 14 augustus 2024 tot 14 augustus 2029. U wordt gekoppeld aan een gemeente voor huisvesting; het COA informeert u daarover.",
        "Uw verklaringen over de vervolging van uw echtgenoot Hassan al-Hamwi door de Syrische inlichtingendienst en uw eigen detentie in 2019 acht ik geloofwaardig.",
        "Bezwaar is niet mogelijk; u kunt binnen vier weken beroep instellen bij de rechtbank. Uw advocaat, mr. R. Boumanjal, ontvangt een afschrift.",
        "De minister van Asiel en Migratie, namens deze,\nde beslismedewerker,\nL. Wissink",
        "Vragen? Bel de IND: 088 043 0430 (werkdagen 9-17 uur).",
    ]
    red = [R("PERSON", "Fatima al-Hamwi", "F. al-Hamwi", "al-Hamwi"), R("VNUMBER", "2739184650"), R("DOB", "03-02-1987"),
           R("PERSON", "Yusuf al-Hamwi", "Yusuf al-Hamwi"), R("DOB", "21-09-2015"), R("VNUMBER", "2739184677"),
           R("PERSON", "Hassan al-Hamwi", "Hassan al-Hamwi"),
           R("CRIMINAL", "detention", {"text": "detentie in 2019"}),
           R("PERSON", "R. Boumanjal", "Boumanjal"), R("PERSON", "L. Wissink", "L. Wissink")]
    keep = [K("ORG", "Immigratie- en Naturalisatiedienst"), K("ADDRESS_PUBLIC", "Postbus 287"), K("PLACE", "Almelo"),
            K("ADDRESS_PUBLIC", LOC), K("LAW", "Vreemdelingenwet 2000"), K("ORG", "COA"), K("PLACE", "Homs"),
            K("PHONE_GENERAL", "088 043 0430"), K("TITLE", "beslismedewerker"), K("DATE", "3 december 2024")]
    return b, red, keep


@doc("ci17", "Overzicht koppeling vergunninghouders december", font="DejaVuSans", size=8.5)
def ci17():
    rows = [["Nr", "Naam", "V-nummer", "BSN", "Geb.datum", "Nat.", "Woning toegewezen"],
            ["1", "AL-HAMWI, Fatima", "2739184650", "286134792", "03-02-1987", "SYR", "Zwolseweg 233-B, Deventer"],
            ["2", "AL-HAMWI, Yusuf", "2739184677", "—", "21-09-2015", "SYR", "idem"],
            ["3", "GEBRESELASSIE, Mehret Tsegay", "2811560924", "351879031", "12-12-1999", "ERI", "Hovenierstraat 8, Deventer"],
            ["4", "BIN SALEH, Ahmad", "2777301185", "414820939", "30-05-1978", "SYR", "Laan van Borgele 56, Deventer"],
            ["5", "YILMAZ, Mehmet", "2790311842", "497213369", "01-01-1990", "TUR", "kamer in woongroep, nog niet bekend"],
            ["6", "NOORI, Ahmad Shah", "2812047391", "—", "07-08-2001", "AFG", "geen (Dublin)"]]
    b = [
        "Gemeente Deventer – team Huisvesting Vergunninghouders | VERTROUWELIJK",
        "# Koppelingsoverzicht december 2024 (taakstelling 2e helft 2024)",
        "Bron: COA TVS-koppelingsbericht 2024-12-02 en BRP. Opgesteld door: Jeroen Spekschoor. Doorgezonden aan Woonbedrijf ieder1 (mevr. Inge Lubbers) en Rentree.",
        ("table", rows, [20, 120, 62, 58, 55, 28, 140]),
        "Bijzonderheden: nr. 3 heeft een rolstoel nodig (gelijkvloerse woning); nr. 4 krijgt nareis van echtgenote en vier kinderen via de IND (procedure nareis), woning moet 6 personen kunnen huisvesten; nr. 5 heeft een ernstige PTSS-diagnose en wordt begeleid door GGNet.",
        "Stand taakstelling: 171 van 224 gehuisvest. Vragen: huisvesting.vergunninghouders@deventer.nl.",
    ]
    red = [R("PERSON", "Fatima al-Hamwi", "AL-HAMWI, Fatima"), R("VNUMBER", "2739184650"), R("BSN", "286134792"),
           R("DOB", "03-02-1987"), R("ADDRESS", "Zwolseweg 233-B", "Zwolseweg 233-B"),
           R("PERSON", "Yusuf al-Hamwi", "AL-HAMWI, Yusuf"), R("VNUMBER", "2739184677"), R("DOB", "21-09-2015"),
           R("PERSON", "Mehret Tsegay Gebreselassie", "GEBRESELASSIE", "Mehret Tsegay"), R("VNUMBER", "2811560924"),
           R("BSN", "351879031"), R("DOB", "12-12-1999"), R("ADDRESS", "Hovenierstraat 8"),
           R("PERSON", "Ahmad bin Saleh", "BIN SALEH, Ahmad"), R("VNUMBER", "2777301185"), R("BSN", "414820939"),
           R("DOB", "30-05-1978"), R("ADDRESS", "Laan van Borgele 56"),
           R("PERSON", "Mehmet Yılmaz", "YILMAZ, Mehmet"), R("VNUMBER", "2790311842"), R("BSN", "497213369"),
           R("DOB", "01-01-1990"), R("PERSON", "Ahmad Shah Noori", "NOORI, Ahmad Shah"), R("VNUMBER", "2812047391"),
           R("DOB", "07-08-2001"), R("PERSON", "Jeroen Spekschoor", "Jeroen Spekschoor"), R("PERSON", "Inge Lubbers", "Inge Lubbers"),
           R("HEALTH", "rolstoel", {"text": "heeft een rolstoel nodig"}), R("HEALTH", "PTSS", {"text": "ernstige PTSS-diagnose"})]
    keep = [K("ORG", "Woonbedrijf ieder1"), K("ORG", "Rentree"), K("ORG", "COA"), K("ORG", "IND"), K("ORG", "BRP"),
            K("MAILBOX", "huisvesting.vergunninghouders@deventer.nl"), K("ORG", "GGNet"), K("NUM", "171 van 224"),
            K("REF", "TVS-koppelingsbericht 2024-12-02")]
    return b, red, keep


@doc("ci18", "E-mail woningcorporatie over woningaanbod", font="LiberationSerif", size=10.5)
def ci18():
    b = [
        "Van: Inge Lubbers <i.lubbers@ieder1.nl>\nAan: j.spekschoor@deventer.nl\nCC: verhuur@ieder1.nl\nDatum: 4 december 2024 11:36\nOnderwerp: woningen vergunninghouders week 50",
        "Hoi Jeroen,",
        "We kunnen in week 50 drie woningen aanbieden: Zwolseweg 233-B (3-kamer, voor nr. 1 en haar zoon), Hovenierstraat 8 (gelijkvloers, geschikt voor de rolstoel van mevrouw Gebreselassie) en een 5-kamer eengezinswoning aan de Laan van Borgele 56 voor de heer bin Saleh en het nareizende gezin. De huurovereenkomsten gaan via Rentree, die ook de eerste zes maanden begeleiding doet.",
        "Voor de heer Yılmaz zoeken we nog een kamer in een woongroep. Zijn casemanager bij de GGZ, Marieke Hoogeveen, heeft gebeld dat hij niet alleen kan wonen.",
        "De sleuteloverdracht wil ik graag met de klantmanager van de gemeente doen. Ben jij dat, of Femke?",
        "Groet,\nInge Lubbers\nconsulent bijzondere doelgroepen\nWoonbedrijf ieder1 | T 0570 74 44 44 | M 06-19 25 80 67",
    ]
    red = [R("PERSON", "Inge Lubbers", "Inge Lubbers", "i.lubbers@ieder1.nl"),
           R("PERSON", "Jeroen Spekschoor", "j.spekschoor@deventer.nl", "Jeroen"),
           R("ADDRESS", "Zwolseweg 233-B"), R("ADDRESS", "Hovenierstraat 8"), R("ADDRESS", "Laan van Borgele 56"),
           R("PERSON", "Mehret Tsegay Gebreselassie", "Gebreselassie"), R("HEALTH", "rolstoel", {"text": "rolstoel van mevrouw"}),
           R("PERSON", "Ahmad bin Saleh", "bin Saleh"), R("PERSON", "Mehmet Yılmaz", "Yılmaz"),
           R("PERSON", "Marieke Hoogeveen", "Marieke Hoogeveen"), R("PERSON", "Femke Oosterbroek", "Femke"),
           R("PHONE", "06-19 25 80 67", {"text": "06-19 25 80 67"})]
    keep = [K("ORG", "Woonbedrijf ieder1"), K("MAILBOX", "verhuur@ieder1.nl"), K("ORG", "Rentree"),
            K("PHONE_GENERAL", "0570 74 44 44"), K("TITLE", "consulent bijzondere doelgroepen"), K("ORG", "GGZ")]
    return b, red, keep


@doc("ci19", "E-mail DT&V over vertrek bewoner", font="Helvetica", size=10)
def ci19():
    b = [
        "Van: Regieteam Oost DT&V <regie-oost@dtenv.nl>\nNamens: Jolanda Vrielink-Bos\nVerzonden: 12 december 2024 08:47\nAan: Hagedoorn, R.; noodopvang@deventer.nl\nOnderwerp: overdracht Dublinclaimant V 2812047391",
        "Goedemorgen,",
        "Duitsland heeft op 9 december het claimverzoek voor de heer NOORI, Ahmad Shah (geb. 07-08-2001, Afghaanse nationaliteit) aanvaard op grond van artikel 18, lid 1, sub b, van de Dublinverordening. De Dienst Terugkeer en Vertrek (DT&V) voert op 17 december om 10:00 uur een vertrekgesprek op de COA-locatie Zwolle, Hoogeveenweg. De Koninklijke Marechaussee begeleidt de overdracht bij Oldenzaal.",
        "Volgens het COA is de heer Noori bekend bij de GGZ en gebruikt hij medicatie (quetiapine). Wij verzoeken de locatie een medische overdracht via Medifirst te regelen.",
        "Mijn directe nummer: 06 1388 2047. Zaaknummer DT&V: DTV-2024-118734.",
        "Met vriendelijke groet,\nJolanda Vrielink-Bos\nregievoerder, Dienst Terugkeer en Vertrek\nMinisterie van Asiel en Migratie",
    ]
    red = [R("PERSON", "Jolanda Vrielink-Bos", "Jolanda Vrielink-Bos"), R("PERSON", "R. Hagedoorn", "Hagedoorn"),
           R("VNUMBER", "2812047391"), R("PERSON", "Ahmad Shah Noori", "NOORI, Ahmad Shah", "Noori"),
           R("DOB", "07-08-2001"), R("HEALTH", "GGZ/quetiapine", {"text": "medicatie (quetiapine)"}, {"text": "bekend bij de GGZ"}),
           R("PHONE", "06 1388 2047", {"text": "06 1388 2047"})]
    keep = [K("MAILBOX", "regie-oost@dtenv.nl"), K("MAILBOX", "noodopvang@deventer.nl"), K("ORG", "Dienst Terugkeer en Vertrek"),
            K("ORG", "DT&V"), K("LAW", "Dublinverordening"), K("ORG", "Koninklijke Marechaussee"), K("PLACE", "Oldenzaal"),
            K("PLACE", "Hoogeveenweg"), K("REF", "DTV-2024-118734"), K("ORG", "Medifirst"), K("PLACE", "Duitsland"),
            K("ORG", "Ministerie van Asiel en Migratie")]
    return b, red, keep


@doc("ci20", "E-mail GGD en Rode Kruis over schurft", font="LiberationSans", size=9.5)
def ci20():
    b = [
        "Van: GGD IJsselland, team Infectieziektebestrijding <infectieziekten@ggdijsselland.nl>\nAfzender: dr. Maaike Terpstra, arts infectieziektebestrijding\nAan: Ruud Hagedoorn (COA); Rode Kruis Noodhulpteam IJsselland\nDatum: 2 januari 2025\nOnderwerp: scabiës noodopvang Deventer",
        "Beste allen,",
        "Bij vier bewoners van de noodopvang Hanzeweg is scabiës vastgesteld. Het gaat om de heer Yonas Tekle (kamer B-116), zijn kamergenoten Filmon Habte en Dawit Weldemariam, en om mevrouw Elif Aydın uit vleugel C, die daarnaast in behandeling is voor tuberculose (latente tbc, geen besmettingsgevaar).",
        "Wij adviseren een gelijktijdige behandeling van alle bewoners van vleugel B met ivermectine op 6 januari, en het wassen van beddengoed op 60 graden. Het Rode Kruis levert met het noodhulpteam extra beddengoed en hygiënepakketten (contact via het algemene nummer 070 445 56 66).",
        "Voor de mevrouw met latente tbc volgt de GGD het protocol van het RIVM (LCI-richtlijn).",
        "Met vriendelijke groet,\nMaaike Terpstra\nT 038 428 14 28 (GGD algemeen) | mobiel 06-27 14 90 33",
        "P.S. Rode Kruis-coördinator Bas Lenferink kan maandag om 8 uur met een busje komen: 06 4380 1152.",
    ]
    red = [R("PERSON", "Maaike Terpstra", "Maaike Terpstra"), R("PERSON", "Ruud Hagedoorn", "Ruud Hagedoorn"),
           R("PERSON", "Yonas Tekle", "Yonas Tekle"), R("PERSON", "Filmon Habte", "Filmon Habte"),
           R("PERSON", "Dawit Weldemariam", "Dawit Weldemariam"), R("PERSON", "Elif Aydın", "Elif Aydın"),
           R("HEALTH", "scabiës/tbc", {"text": "latente tbc, geen besmettingsgevaar"}),
           R("PHONE", "06-27 14 90 33", {"text": "06-27 14 90 33"}), R("PERSON", "Bas Lenferink", "Bas Lenferink"),
           R("PHONE", "06 4380 1152", {"text": "06 4380 1152"})]
    keep = [K("ORG", "GGD IJsselland"), K("MAILBOX", "infectieziekten@ggdijsselland.nl"), K("ORG", "Rode Kruis"),
            K("ORG", "COA"), K("PHONE_GENERAL", "070 445 56 66"), K("PHONE_GENERAL", "038 428 14 28"), K("ORG", "RIVM"),
            K("TERM", "scabiës"), K("TERM", "LCI-richtlijn"), K("TITLE", "arts infectieziektebestrijding")]
    return b, red, keep


@doc("ci21", "Gemeentelijke opvang Oekraïners - casus", font="DejaVuSerif", size=9.5)
def ci21():
    b = [
        "Gemeente Deventer | Opvang Ontheemden uit Oekraïne (Regeling opvang ontheemden Oekraïne)\nLocatie: gemeentelijke opvang Brinkgreverweg 2 (voormalig verpleeghuis)",
        "# Casusoverleg 14 januari 2025",
        "Aanwezig: Femke Oosterbroek (gemeente), Oksana Petrenko (vrijwilliger/tolk), Larysa Kovalenko (locatiecoördinator, Leger des Heils)",
        "## Casus 1",
        "Mevrouw Halyna Ivanivna Bondarenko (geb. 23-06-1958, BSN 229478013) woont sinds maart 2022 in de opvang. Haar zoon Taras Mykolaiovych Bondarenko is in Charkiv achtergebleven. Zij heeft een nierziekte en dialyseert drie keer per week in het Deventer Ziekenhuis. Verzoek om een aangepaste kamer op de begane grond.",
        "Mevrouw Bondarenko belt bijna dagelijks met haar zoon via +380 50 771 2094; zij is bang dat hij wordt opgeroepen.",
        "## Casus 2",
        "De heer Serhiy Melnyk werkt sinds oktober bij een distributiecentrum in Bathmen en betaalt een eigen bijdrage. Hij vraagt of hij met zijn vriendin Olena Shevchuk een kamer mag delen. Afgesproken: Larysa bespreekt dit met de locatie.",
        "Acties: FO regelt kamer begane grond (casus 1); LK overlegt met het Leger des Heils (casus 2). Vragen: oekraine@deventer.nl.",
    ]
    red = [R("PERSON", "Femke Oosterbroek", "Femke Oosterbroek", "FO"), R("PERSON", "Oksana Petrenko", "Oksana Petrenko"),
           R("PERSON", "Larysa Kovalenko", "Larysa Kovalenko", "Larysa", "LK"),
           R("PERSON", "Halyna Ivanivna Bondarenko", "Halyna Ivanivna Bondarenko", "Bondarenko"), R("DOB", "23-06-1958"),
           R("BSN", "229478013"), R("PERSON", "Taras Mykolaiovych Bondarenko", "Taras Mykolaiovych"),
           R("HEALTH", "nierziekte/dialyse", {"text": "nierziekte"}, {"text": "dialyseert"}),
           R("PHONE", "+380 50 771 2094", {"text": "+380 50 771 2094"}), R("PERSON", "Serhiy Melnyk", "Serhiy Melnyk"),
           R("PERSON", "Olena Shevchuk", "Olena Shevchuk")]
    keep = [K("LAW", "Regeling opvang ontheemden Oekraïne"), K("ADDRESS_PUBLIC", "Brinkgreverweg 2"),
            K("ORG", "Leger des Heils"), K("ORG", "Deventer Ziekenhuis"), K("PLACE", "Charkiv"), K("PLACE", "Bathmen"),
            K("MAILBOX", "oekraine@deventer.nl"), K("DATE", "14 januari 2025")]
    return b, red, keep


@doc("ci22", "Voortgangsrapportage inburgering statushouders", producer="docx", font="Liberation Serif", size=11,
     author="Femke Oosterbroek")
def ci22():
    b = [
        "# Voortgangsrapportage Wet inburgering 2021 – vergunninghouders uit de noodopvang",
        "Gemeente Deventer, afdeling Werk en Inkomen\nDatum: 20 januari 2025\nKenmerk: DEV/WI/2025/00412\nOpgesteld door: Femke Oosterbroek en Rutger Veldkamp (klantmanagers inburgering)",
        "## 1. Inleiding",
        "Sinds 1 januari 2022 voert de gemeente de regie op de inburgering (Wet inburgering 2021). Iedere inburgeraar krijgt een brede intake, een persoonlijk plan inburgering en participatie (PIP) en een leerroute: de B1-route, de onderwijsroute of de zelfredzaamheidsroute (Z-route). In deze rapportage beschrijven wij de voortgang van de vergunninghouders die vanuit de noodopvang Hanzeweg 12 in Deventer zijn gehuisvest.",
        "## 2. Cijfers",
        ("table", [["Leerroute", "Aantal", "Taalaanbieder"],
                   ["B1-route", "23", "Taalhuis Deventer / ROC Aventus"],
                   ["Onderwijsroute", "7", "ROC Aventus"],
                   ["Z-route", "9", "Stichting Present Deventer"]]),
        "## 3. Casuïstiek (geanonimiseerd waar mogelijk)",
        "Mevrouw Fatima al-Hamwi volgt de onderwijsroute; zij was lerares wiskunde in Homs en wil de lerarenopleiding aan Windesheim volgen. Haar taalcoach, mevrouw Sandra Wolters, meldt snelle vooruitgang (A2 in vier maanden).",
        "De heer Ahmad bin Saleh volgt de B1-route en werkt twee dagen per week bij bakkerij Yıldırım aan de Hanzeweg. Hij is streng gelovig moslim en vraagt om lestijden buiten het vrijdaggebed; de taalaanbieder houdt daar rekening mee.",
        "Mevrouw Mehret Tsegay Gebreselassie zit in de Z-route. Zij is analfabeet in het Latijnse schrift; de klantmanager, Rutger Veldkamp, stelt voor de leerbaarheidstoets over zes maanden te herhalen.",
        "De heer Mehmet Yılmaz kan door zijn behandeling bij GGNet tijdelijk niet deelnemen; hij heeft ontheffing gevraagd. Beslissing: uitstel van zes maanden (besluit DEV/WI/2025/00398).",
        "## 4. Knelpunten",
        "1. Wachtlijsten bij de taalaanbieders van gemiddeld zeven weken.\n2. Kinderopvang voor ouders in de B1-route.\n3. Vervoer naar Zwolle voor de onderwijsroute.",
        "## 5. Vervolg",
        "Wethouder Grijsen informeert de raad met een raadsinformatiebrief in maart 2025. Vragen over deze rapportage: inburgering@deventer.nl.",
    ]
    red = [R("PERSON", "Femke Oosterbroek", "Femke Oosterbroek"), R("PERSON", "Rutger Veldkamp", "Rutger Veldkamp"),
           R("PERSON", "Fatima al-Hamwi", "Fatima al-Hamwi"), R("PERSON", "Sandra Wolters", "Sandra Wolters"),
           R("PERSON", "Ahmad bin Saleh", "Ahmad bin Saleh"), R("RELIGION", "moslim", {"text": "streng gelovig moslim"}),
           R("PERSON", "Mehret Tsegay Gebreselassie", "Mehret Tsegay Gebreselassie"),
           R("PERSON", "Mehmet Yılmaz", "Mehmet Yılmaz"), R("HEALTH", "GGNet", {"text": "behandeling bij GGNet"})]
    keep = [K("LAW", "Wet inburgering 2021"), K("REF", "DEV/WI/2025/00412"), K("REF", "DEV/WI/2025/00398"),
            K("ORG", "ROC Aventus"), K("ORG", "Taalhuis Deventer"), K("ORG", "Stichting Present Deventer"),
            K("ORG", "Windesheim"), K("PERSON_PUBLIC", "Grijsen"), K("MAILBOX", "inburgering@deventer.nl"),
            K("ADDRESS_PUBLIC", LOC), K("TERM", "Z-route"), K("PLACE", "Homs"), K("PLACE", "Zwolle")]
    return b, red, keep


@doc("ci23", "Verslag commissie Sociaal Domein", font="Times-Roman", size=12.5)
def ci23():
    b = [
        "# Verslag commissie Sociaal Domein, gemeenteraad Deventer",
        "Vergadering van 28 januari 2025, Raadzaal, Grote Kerkhof 4\nVoorzitter: raadslid Jolien Oldenhof (D66)\nVerslag: N. Smeenk (Notuleerbureau Tekstwerk)\nAanwezig college: burgemeester König, wethouder Grijsen, wethouder Kolkman",
        "## Agendapunt 4: evaluatie noodopvang Hanzeweg en huisvesting vergunninghouders",
        "Raadslid Bosveld (PVV) vraagt waarom de noodopvang na 1 juli 2025 mogelijk wordt verlengd, terwijl minister Faber de Spreidingswet wil intrekken. Hij wijst op de klachten van omwonenden over overlast en vraagt naar het aantal politie-inzetten.",
        "Burgemeester König antwoordt dat er sinds oktober elf meldingen bij de politie zijn geweest, waarvan twee over een conflict tussen bewoners. Het COA heeft in alle gevallen maatregelen getroffen. De burgemeester wijst erop dat de Spreidingswet tot de intrekking geldt en dat Deventer zich aan de afspraken met de provincie Overijssel houdt.",
        "Raadslid Hulshof (ChristenUnie) prijst de inzet van de vrijwilligers van VluchtelingenWerk en van de kerken. Zij vraagt hoe de gemeente de vergunninghouders sneller aan een woning helpt.",
        "Wethouder Kolkman: Woonbedrijf ieder1 en Rentree leveren extra woningen, en de gemeente onderzoekt flexwoningen op het terrein aan de Mr. H.F. de Boerlaan. De taakstelling voor het eerste halfjaar van 2025 is 118 vergunninghouders.",
        "Raadslid Van der Veen (GroenLinks) vraagt naar de inburgering. Wethouder Grijsen verwijst naar de voortgangsrapportage van 20 januari. Een inspreker, de heer Dirk Winter van buurtvereniging De Hanze, heeft gevraagd om de klankbordgroep voort te zetten. Hij woont aan de Rielerweg 63 en zegt dat de sfeer in de buurt is verbeterd sinds de open dag.",
        "Een tweede inspreker, mevrouw Annelies Storm, meldt dat de overlast 's avonds is afgenomen, maar dat zij nog steeds last heeft van geluid van de buitenruimte.",
        "## Agendapunt 5: raadsvoorstel verlenging noodopvang",
        "De commissie adviseert het voorstel als bespreekstuk te agenderen voor de raadsvergadering van 12 februari 2025. Raadslid Bosveld kondigt een motie aan. Raadslid Oldenhof sluit de vergadering om 22:40 uur.",
        "Toezeggingen:\nT2025-03 Burgemeester stuurt overzicht politie-inzetten noodopvang (Q1 2025).\nT2025-04 Wethouder Kolkman informeert de commissie over de locatie flexwoningen.",
        "Vastgesteld in de vergadering van 25 februari 2025. Notulist: Nicole Smeenk",
    ]
    red = [R("PERSON", "Dirk Winter", "Dirk Winter"), R("ADDRESS", "Rielerweg 63"), R("PERSON", "Annelies Storm", "Annelies Storm"),
           R("PERSON", "Nicole Smeenk", "N. Smeenk", "Nicole Smeenk")]
    keep = [K("PERSON_PUBLIC", "raadslid Jolien Oldenhof", "Oldenhof"), K("PERSON_PUBLIC", "König"),
            K("PERSON_PUBLIC", "Grijsen"), K("PERSON_PUBLIC", "Kolkman"), K("PERSON_PUBLIC", "Bosveld"),
            K("PERSON_PUBLIC", "Hulshof"), K("PERSON_PUBLIC", "Van der Veen"), K("PERSON_PUBLIC", "Faber"),
            K("LAW", "Spreidingswet"), K("ORG", "VluchtelingenWerk"), K("ORG", "Woonbedrijf ieder1"), K("ORG", "Rentree"),
            K("STREET_PERSON", "Mr. H.F. de Boerlaan"), K("ADDRESS_PUBLIC", "Grote Kerkhof 4"), K("ORG", "D66"),
            K("ORG", "GroenLinks"), K("REF", "T2025-03"), K("REF", "T2025-04"), K("PLACE", "Overijssel"),
            K("ORG", "buurtvereniging De Hanze"), K("DATE", "12 februari 2025")]
    return b, red, keep


@doc("ci24", "Beslisnota verlenging noodopvang Deventer", font="LiberationSans", size=9.5,
     author="Sjoerd Kleinjan", meta_title="Beslisnota noodopvang Deventer - concept SKl")
def ci24():
    b = [
        "Ministerie van Asiel en Migratie | Directoraat-Generaal Migratie",
        "# Beslisnota",
        ("table", [["Aan", "de minister van Asiel en Migratie"],
                   ["Van", "Directie Migratiebeleid"],
                   ["Datum", "4 februari 2025"],
                   ["Kenmerk", "6112984"],
                   ["Contactpersoon", "Nadia Dekkers-Amrani, senior beleidsmedewerker, T 06-50 83 29 14"],
                   ["Kopie aan", "DG Migratie, COA (bestuur), IND (directie Asiel en Bescherming)"]], [100, 340]),
        "## Aanleiding",
        "De gemeente Deventer heeft verzocht de bestuursovereenkomst voor de noodopvang Hanzeweg 12 te verlengen tot 1 januari 2026 en daarvoor een extra vergoeding te ontvangen uit de Regeling financiële voorziening opvang asielzoekers. De gemeenteraad beslist op 12 februari 2025.",
        "## Geadviseerd besluit",
        "Aan de minister wordt gevraagd in te stemmen met een bijdrage van € 1,2 mln via de incidentele regeling en de burgemeester van Deventer, de heer König, daarover per brief te informeren.",
        "## Kern",
        "- De bezetting in Ter Apel lag in januari rond 1.850 bewoners.\n- Deventer voldoet nog niet aan de opgave uit de Spreidingswet (620 plekken), maar levert met de noodopvang en het AZC-plan Colmschate een substantiële bijdrage.\n- Het COA onderschrijft de verlenging; de Veiligheidsregio IJsselland heeft positief geadviseerd.",
        "## Krachtenveld",
        "In de gemeenteraad is een motie van de PVV-fractie aangekondigd. De VNG vraagt het kabinet om duidelijkheid over de Spreidingswet.",
        "## Informatie die niet openbaar gemaakt kan worden",
        "(Toelichting: nog in te vullen door WOO-team)",
    ]
    red = [R("PERSON", "Nadia Dekkers-Amrani", "Nadia Dekkers-Amrani"), R("PHONE", "06-50 83 29 14", {"text": "06-50 83 29 14"}),
           R("PERSON", "Sjoerd Kleinjan (Author)", "Sjoerd Kleinjan", channel="metadata"),
           R("PERSON", "SKl (Title)", "SKl", channel="metadata")]
    keep = [K("ORG", "Ministerie van Asiel en Migratie"), K("REF", "6112984"), K("ORG", "Directie Migratiebeleid"),
            K("PERSON_PUBLIC", "König"), K("ADDRESS_PUBLIC", LOC), K("LAW", "Spreidingswet"),
            K("LAW", "Regeling financiële voorziening opvang asielzoekers"), K("PLACE", "Ter Apel"), K("ORG", "VNG"),
            K("ORG", "Veiligheidsregio IJsselland"), K("PLACE", "Colmschate"), K("TITLE", "senior beleidsmedewerker"),
            K("ORG", "COA"), K("ORG", "IND")]
    return b, red, keep


@doc("ci25", "Persbericht gemeente Deventer verlenging noodopvang", font="Helvetica", size=10.5,
     annots=[(0, [420, 760, 440, 780], "Karin Spoolder", "Foto: toestemming van mevrouw Haile gevraagd? - Karin")])
def ci25():
    b = [
        "PERSBERICHT – Gemeente Deventer, 13 februari 2025",
        "# Noodopvang Hanzeweg blijft tot 1 januari 2026",
        "De gemeenteraad van Deventer heeft gisteravond ingestemd met de verlenging van de noodopvang aan de Hanzeweg 12. Het COA blijft de locatie beheren voor maximaal 150 asielzoekers. Burgemeester Ron König: 'Deventer neemt zijn verantwoordelijkheid. Dankzij de buurt, de vrijwilligers en het COA verloopt de opvang rustig.'",
        "Wethouder Liesbeth Grijsen: 'Ook de huisvesting van vergunninghouders gaat door. In 2024 hebben we 171 mensen een woning gegeven.'",
        "De motie van de PVV-fractie om de opvang per 1 juli te sluiten, werd verworpen met 9 tegen 28 stemmen. De klankbordgroep met omwonenden komt iedere zes weken bijeen.",
        "Meer informatie: deventer.nl/noodopvang of noodopvang@deventer.nl.",
        "Noot voor de redactie (niet voor publicatie): voor vragen kunt u contact opnemen met de afdeling Communicatie, telefoon 0570 69 35 00, pers@deventer.nl. Foto's: gemeente Deventer / fotograaf Ruben Haverkamp.",
    ]
    red = [R("PERSON", "Ruben Haverkamp", "Ruben Haverkamp"),
           R("PERSON", "Karin Spoolder (annotation)", "Karin Spoolder", "Karin", channel="annotations"),
           R("PERSON", "Haile (annotation)", "Haile", channel="annotations")]
    keep = [K("PERSON_PUBLIC", "Ron König", "Ron König"), K("PERSON_PUBLIC", "Liesbeth Grijsen", "Liesbeth Grijsen"),
            K("ORG", "COA"), K("ADDRESS_PUBLIC", LOC), K("ORG", "PVV"), K("MAILBOX", "noodopvang@deventer.nl"),
            K("MAILBOX", "pers@deventer.nl"), K("PHONE_GENERAL", "0570 69 35 00"), K("DATE", "1 januari 2026"),
            K("NUM", "9 tegen 28")]
    return b, red, keep


@doc("ci26", "Aanmeldformulier vrijwilliger noodopvang (ingevuld)", font="Helvetica", size=10,
     fields=[(0, [200, 640, 450, 658], "naam", "Wendelien Brinkman"),
             (0, [200, 612, 450, 630], "geboortedatum", "17-03-1962"),
             (0, [200, 584, 450, 602], "adres", "Ceintuurbaan 19, 7413 EK Deventer"),
             (0, [200, 556, 450, 574], "telefoon", "06-41 09 36 62"),
             (0, [200, 528, 450, 546], "email", "w.brinkman62@hetnet.nl")])
def ci26():
    b = [
        "VluchtelingenWerk Oost Nederland – team Deventer",
        "# Aanmeldformulier vrijwilliger noodopvang Hanzeweg",
        "Naam:\n\nGeboortedatum:\n\nAdres:\n\nTelefoon:\n\nE-mail:",
        "---", "---", "---",
        "Ik wil mij inzetten voor (aankruisen): [x] taalcafé [ ] spreekuur [x] vervoer naar IND/COA [ ] kinderactiviteiten",
        "Een Verklaring Omtrent het Gedrag (VOG) is verplicht. VluchtelingenWerk vraagt deze kosteloos aan via Justis.",
        "Privacy: uw gegevens worden bewaard volgens de AVG en na beëindiging van het vrijwilligerswerk binnen twee jaar verwijderd. Vragen: oostnederland@vluchtelingenwerk.nl.",
        "Ontvangen door coördinator: Y. Bleumink, 9 december 2024",
    ]
    red = [R("PERSON", "Y. Bleumink", "Y. Bleumink"),
           R("PERSON", "Wendelien Brinkman (form)", "Wendelien Brinkman", channel="annotations"),
           R("DOB", "17-03-1962 (form)", "17-03-1962", channel="annotations"),
           R("ADDRESS", "Ceintuurbaan 19 (form)", "Ceintuurbaan 19", "7413 EK", channel="annotations"),
           R("PHONE", "06-41 09 36 62 (form)", {"text": "06-41 09 36 62"}, channel="annotations"),
           R("EMAIL", "w.brinkman62@hetnet.nl (form)", "w.brinkman62@hetnet.nl", channel="annotations")]
    keep = [K("ORG", "VluchtelingenWerk Oost Nederland"), K("TERM", "Verklaring Omtrent het Gedrag"), K("ORG", "Justis"),
            K("LAW", "AVG"), K("MAILBOX", "oostnederland@vluchtelingenwerk.nl"), K("ORG", "IND/COA"),
            K("ADDRESS_PUBLIC", "Hanzeweg")]
    return b, red, keep


@doc("ci27", "Concept-antwoordbrief klacht omwonende (met opmerkingen)", font="LiberationSerif", size=10.5,
     annots=[(0, [480, 700, 500, 720], "Jeroen Spekschoor", "Wendy, zijn huisnummer 31 niet in de brief zetten. Hij heeft ook bij Omroep Gelderland gebeld. JS"),
             (0, [480, 520, 500, 540], "Wendy Boschker", "Akkoord, ik pas het aan. Kunnen we hem bellen op 06 2288 4517? - Wendy")])
def ci27():
    b = [
        "Gemeente Deventer\nPostbus 5000, 7400 GC Deventer",
        "De heer H. Putten\nHanzeweg 31\n7418 AV Deventer",
        "Datum: 3 december 2024\nOns kenmerk: Z/24/405530\nBehandeld door: W. Boschker\nOnderwerp: uw brief over de noodopvang Hanzeweg",
        "Geachte heer Putten,",
        "Op 22 november 2024 ontvingen wij uw handgeschreven brief over de noodopvang aan de Hanzeweg 12. U schrijft dat u slecht slaapt, dat er in uw tuin is geplast en dat uw fiets is gestolen. Wij vinden het vervelend dat u dit meemaakt.",
        "Burgemeester König wil graag met u in gesprek. Hij nodigt u uit op donderdag 12 december om 16:00 uur in het Stadhuis. Ook de locatiemanager van het COA schuift aan. Van de diefstal van uw fiets kunt u aangifte doen bij de politie; het COA heeft de beveiliging gevraagd vaker langs de achterzijde van uw tuin te lopen.",
        "Heeft u vragen, neemt u dan contact op via telefoonnummer 14 0570 of noodopvang@deventer.nl.",
        "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\nW. Boschker, klachtbehandelaar",
    ]
    red = [R("PERSON", "H. Putten", "H. Putten", "Putten"), R("ADDRESS", "Hanzeweg 31", "Hanzeweg 31", "7418 AV"),
           R("PERSON", "Wendy Boschker", "W. Boschker"),
           R("PERSON", "Jeroen Spekschoor (annotation)", "Jeroen Spekschoor", channel="annotations"),
           R("PERSON", "Wendy (annotation)", "Wendy Boschker", "Wendy", channel="annotations"),
           R("PHONE", "06 2288 4517 (annotation)", {"text": "06 2288 4517"}, channel="annotations")]
    keep = [K("ADDRESS_PUBLIC", "Postbus 5000"), K("REF", "Z/24/405530"), K("ADDRESS_PUBLIC", LOC),
            K("PERSON_PUBLIC", "König"), K("ORG", "COA"), K("PHONE_GENERAL", "14 0570"),
            K("MAILBOX", "noodopvang@deventer.nl"), K("TITLE", "klachtbehandelaar"), K("PLACE", "Stadhuis")]
    return b, red, keep


@doc("ci28", "Evaluatie noodopvang Hanzeweg (tussenrapportage)", font="DejaVuSerif", size=13,
     outline=[("Samenvatting", 0), ("1. Bezetting en doorstroom", 0), ("2. Veiligheid en omgeving", 1),
              ("Bijlage 3 - interview Semhar Kidane (bewoonster)", 2), ("Bijlage 4 - gesprek fam. Winter", 2)])
def ci28():
    b = [
        "# Tussenevaluatie noodopvang Hanzeweg 12, Deventer",
        "Uitgevoerd in opdracht van de gemeente Deventer en het COA door Bureau Maatschappelijke Opgaven (BMO), Utrecht\nDatum: 24 februari 2025\nOnderzoekers: drs. Lieke Zwiers en Joost Habets MSc",
        "## Samenvatting",
        "De noodopvang aan de Hanzeweg is op 28 oktober 2024 geopend en had op 1 februari 2025 147 bewoners. De doorstroom naar reguliere AZC's en naar huisvesting als vergunninghouder verloopt trager dan verwacht: de gemiddelde verblijfsduur is 94 dagen, terwijl noodopvang bedoeld is voor maximaal twee weken. De samenwerking tussen gemeente, COA, IND, Veiligheidsregio IJsselland, VluchtelingenWerk en het Rode Kruis wordt door alle partijen als goed beoordeeld.",
        "Omwonenden zijn verdeeld. Het aantal meldingen van overlast daalde van 9 in november naar 2 in januari. De klankbordgroep wordt gewaardeerd; de informatieavond van 15 oktober werd als onrustig ervaren.",
        "## 1. Bezetting en doorstroom",
        "In de eerste vier maanden verbleven in totaal 231 personen op de locatie, uit Syrië (41%), Eritrea (19%), Afghanistan (14%), Turkije (11%), Jemen (6%) en overige landen. Er waren 52 kinderen, van wie 38 leerplichtig; zij gaan naar de Internationale Schakelklas.",
        "De IND heeft in week 49 en week 5 met een mobiel team gehoren afgenomen op de locatie. Dit verkortte de reistijd naar Zwolle en werd door bewoners gewaardeerd. Op 1 februari hadden 29 bewoners een verblijfsvergunning; 17 van hen wachtten op een woning. De DT&V heeft één Dublinoverdracht naar Duitsland begeleid.",
        "Aanbeveling 1: maak met het COA afspraken over een maximale verblijfsduur en over de doorplaatsing naar het AZC in Zutphen of Zwolle.",
        "Aanbeveling 2: vergroot het aanbod voor vergunninghouders met flexwoningen, in lijn met de afspraken in de regionale tafel Overijssel.",
        "## 2. Veiligheid en omgeving",
        "De Veiligheidsregio IJsselland adviseerde bij opening een brandwacht zolang er geen sprinkler en doormelding was. De doormelding naar de meldkamer is op 6 december 2024 gerealiseerd. Er zijn in vier maanden 14 incidenten geregistreerd door het COA, waarvan 3 met politie-inzet. Er waren geen incidenten met letsel voor omwonenden.",
        "Bewoners en omwonenden ontmoeten elkaar bij het taalcafé in de Lebuïnuskerk en de open dag. Ondernemers aan de Hanzeweg en de Rielerweg melden weinig problemen.",
        "Aanbeveling 3: zet de klankbordgroep voort en publiceer de meldingencijfers elk kwartaal op deventer.nl/noodopvang.",
        "## Bijlage 3 – interview met een bewoonster (samenvatting)",
        "Een Eritrese bewoonster (26 jaar) vertelt dat zij zich veilig voelt op de locatie, maar dat de gedeelde badkamers voor vrouwen een probleem zijn. Zij wil verpleegkundige worden. Haar contactpersoon bij VluchtelingenWerk, mevrouw Yvonne Bleumink, helpt haar met diplomawaardering via IDW.",
        "## Bijlage 4 – gesprek met omwonenden (samenvatting)",
        "Een echtpaar uit de Rielerweg vertelt dat de eerste weken onrustig waren. Sinds de beveiliging ook 's avonds rondloopt, is het beter. De heer des huizes is voorzitter van de buurtvereniging en zit in de klankbordgroep.",
        "## Verantwoording",
        "Er zijn 24 interviews gehouden met bewoners, medewerkers en omwonenden. Namen van geïnterviewden zijn bij de onderzoekers bekend. Contact: info@bmo-onderzoek.nl.",
    ]
    red = [R("PERSON", "Lieke Zwiers", "Lieke Zwiers"), R("PERSON", "Joost Habets", "Joost Habets"),
           R("PERSON", "Yvonne Bleumink", "Yvonne Bleumink"),
           R("PERSON", "Semhar Kidane (outline)", "Semhar Kidane", channel="outline"),
           R("PERSON", "Winter (outline)", "fam. Winter", channel="outline")]
    keep = [K("ORG", "Bureau Maatschappelijke Opgaven"), K("ORG", "BMO"), K("ORG", "COA"), K("ORG", "IND"),
            K("ORG", "Veiligheidsregio IJsselland"), K("ORG", "VluchtelingenWerk"), K("ORG", "Rode Kruis"),
            K("ORG", "DT&V"), K("ADDRESS_PUBLIC", LOC), K("PLACE", "Zutphen"), K("PLACE", "Zwolle"),
            K("PLACE", "Lebuïnuskerk"), K("MAILBOX", "info@bmo-onderzoek.nl"), K("ORG", "IDW"), K("NUM", "147 bewoners"),
            K("NUM", "94 dagen"), K("PLACE", "Overijssel"), K("PLACE", "Rielerweg"), K("DATE", "24 februari 2025"),
            K("TERM", "Internationale Schakelklas")]
    return b, red, keep


@doc("ci29", "COA incidentenlogboek november-december 2024", font="Courier", size=8)
def ci29():
    rows = [["Datum", "Nr", "Betrokkene(n)", "Omschrijving", "Afhandeling"],
            ["01-11", "0044", "DEMIR, Ayse (V 2843310274)", "Weigert kamer te delen; zegt alevitisch te zijn en te worden gepest", "Gesprek WB, kamerwissel"],
            ["04-11", "0046", "Onbekend", "Fiets omwonende Hanzeweg vermist", "Politie ingelicht"],
            ["09-11", "0057", "HAIDARI, Zarmina", "Medisch, zie melding 0057", "Ziekenhuis"],
            ["12-11", "0061", "OSMAN, Abdirahman / AL-ZOUBI, Rami", "Ruzie om telefoonlader", "Waarschuwing"],
            ["15-11", "0064", "Groep jongeren", "Geluid bij Rielerweg", "Beveiliging"],
            ["22-11", "0069", "BERHANE, Luwam (V 2859026618)", "Paniekaanval na bericht over familie in Sudan", "GZA, crisisdienst"],
            ["29-11", "0073", "EL-KHATIB, Mohammed", "Verdacht van winkeldiefstal Albert Heijn Brink", "Politie, ROV-maatregel"],
            ["06-12", "0078", "KOVAL, Dmytro", "Oekraïense man meldt zich aan de poort, verwezen naar gemeente", "Brinkgreverweg"],
            ["11-12", "0081", "SAFI, Farid Ahmad (geb. 03-03-2007)", "Alleenstaande minderjarige? leeftijdsonderzoek", "Nidos, IND"],
            ["18-12", "0085", "Onbekend", "Brandalarm, rook in keuken C", "Brandweer, geen schade"],
            ["24-12", "0089", "DEMIR, Ayse", "Kerstviering met vrijwilligers, klacht over muziek", "Geen"],
            ["30-12", "0092", "TESFAY, Kibrom", "Vertrokken met onbekende bestemming (MOB)", "IND, DT&V gemeld"]]
    b = [
        "COA noodopvang Deventer - Hanzeweg 12 - INCIDENTENLOGBOEK (intern)",
        "Periode: 1 november 2024 t/m 31 december 2024 | Beheerder logboek: locatiemanager",
        ("table", rows, [34, 30, 130, 170, 100]),
        "Afkortingen: WB = woonbegeleider; ROV = Reglement onthouding verstrekkingen; MOB = met onbekende bestemming; GZA = Gezondheidszorg Asielzoekers.",
        "Ingevoerd door: K. Aslan, D. Schuurman (Trigion), R. Hagedoorn. Meldingen aan: meldpunt@coa.nl.",
    ]
    red = [R("PERSON", "Ayse Demir", "DEMIR, Ayse", "DEMIR"), R("VNUMBER", "2843310274"),
           R("RELIGION", "alevitisch", {"text": "alevitisch"}),
           R("PERSON", "Zarmina Haidari", "HAIDARI, Zarmina"), R("PERSON", "Abdirahman Osman", "OSMAN, Abdirahman"),
           R("PERSON", "Rami al-Zoubi", "AL-ZOUBI, Rami"), R("PERSON", "Luwam Berhane", "BERHANE, Luwam"),
           R("VNUMBER", "2859026618"), R("HEALTH", "paniekaanval", {"text": "Paniekaanval"}),
           R("PERSON", "Mohammed el-Khatib", "EL-KHATIB, Mohammed"),
           R("CRIMINAL", "winkeldiefstal", {"text": "Verdacht van winkeldiefstal"}),
           R("PERSON", "Dmytro Koval", "KOVAL, Dmytro"), R("PERSON", "Farid Ahmad Safi", "SAFI, Farid Ahmad"),
           R("DOB", "03-03-2007"), R("PERSON", "Kibrom Tesfay", "TESFAY, Kibrom"),
           R("PERSON", "Kübra Aslan", "K. Aslan"), R("PERSON", "Danny Schuurman", "D. Schuurman"),
           R("PERSON", "Ruud Hagedoorn", "R. Hagedoorn")]
    keep = [K("ORG", "COA"), K("ADDRESS_PUBLIC", LOC), K("ORG", "Nidos"), K("ORG", "IND"), K("ORG", "DT&V"),
            K("ORG", "Trigion"), K("MAILBOX", "meldpunt@coa.nl"), K("PLACE", "Sudan"), K("ORG", "Albert Heijn"),
            K("PLACE", "Brinkgreverweg"), K("TERM", "Reglement onthouding verstrekkingen"),
            K("TERM", "Gezondheidszorg Asielzoekers"), K("REF", "0057")]
    return b, red, keep


@doc("ci30", "E-mail bewoner via tolk aan gemeente", font="DejaVuSans", size=10)
def ci30():
    b = [
        "Van: Elif Aydın <elifaydin.1993@gmail.com>\nAan: noodopvang@deventer.nl\nDatum: 21 januari 2025 19:02\nOnderwerp: Vraag over woning / konut sorusu",
        "Geachte gemeente,",
        "Mijn naam is Elif Aydın, ik woon in de noodopvang aan de Hanzeweg, kamer C-009. Mijn V-nummer is 2867412205. Ik ben op 14-02-1993 geboren in Diyarbakır. Ik heb sinds december een verblijfsvergunning. Ik ben Koerdisch en journalist geweest in Turkije, ik ben twee keer gearresteerd.",
        "Ik wil vragen of ik een woning in Deventer kan krijgen en niet in een andere stad, want mijn behandeling voor tbc loopt in het Deventer Ziekenhuis. Mijn broer Kemal Aydın woont in Apeldoorn (telefoon +90 532 418 77 21 is zijn Turkse nummer, hij is nu op bezoek in Turkije).",
        "Deze e-mail is vertaald door mijn vriendin Zeynep Koç, zij is tolk (telefoon 06-24 93 11 58).",
        "Met vriendelijke groet,\nElif",
        "---",
        "Saygılarımla / Met vriendelijke groet",
    ]
    red = [R("PERSON", "Elif Aydın", "Elif Aydın", "elifaydin.1993@gmail.com", "Elif"), R("VNUMBER", "2867412205"),
           R("DOB", "14-02-1993"), R("CRIMINAL", "gearresteerd", {"text": "twee keer gearresteerd"}),
           R("HEALTH", "tbc", {"text": "behandeling voor tbc"}), R("PERSON", "Kemal Aydın", "Kemal Aydın"),
           R("PHONE", "+90 532 418 77 21", {"text": "+90 532 418 77 21"}), R("PERSON", "Zeynep Koç", "Zeynep Koç"),
           R("PHONE", "06-24 93 11 58", {"text": "06-24 93 11 58"})]
    keep = [K("MAILBOX", "noodopvang@deventer.nl"), K("ADDRESS_PUBLIC", "Hanzeweg"), K("PLACE", "Diyarbakır"),
            K("PLACE", "Turkije"), K("PLACE", "Apeldoorn"), K("ORG", "Deventer Ziekenhuis"), K("PLACE", "Deventer")]
    return b, red, keep


@doc("ci31", "Brief advocaat aan COA en gemeente", font="Times-Roman", size=14)
def ci31():
    b = [
        "Boumanjal & Terpstra Advocaten\nAssenstraat 22, 7411 JZ Deventer\nT 0570 60 12 30 | secretariaat@boumanjal-terpstra.nl",
        "Aan: COA, locatie Deventer, t.a.v. de locatiemanager\nen: gemeente Deventer, t.a.v. team Huisvesting Vergunninghouders",
        "Deventer, 6 februari 2025\nUw kenmerk: Z/24/402118\nOns kenmerk: 2025.0117/RB\nBetreft: cliënte mevrouw Luwam Berhane, V-nummer 2859026618",
        "Geachte heer, mevrouw,",
        "Ik sta mevrouw Luwam Berhane bij, geboren op 08-05-2000 te Asmara (Eritrea), thans verblijvend in de noodopvang Hanzeweg 12 te Deventer. Cliënte heeft op 17 januari 2025 een verblijfsvergunning asiel gekregen (beschikking IND van die datum).",
        "Namens cliënte verzoek ik u met klem haar niet te koppelen aan een gemeente buiten de regio IJsselland. Cliënte is in behandeling bij de GGZ-instelling Dimence wegens een posttraumatische stressstoornis na haar verblijf in Libië, waar zij slachtoffer is geworden van mensenhandel. Haar behandelaar, drs. Evelien Stoeldraaijer, heeft verklaard dat een overplaatsing de behandeling ernstig zou schaden. Een verklaring is bijgevoegd.",
        "Daarnaast is cliënte zwanger (uitgerekende datum juni 2025). De vader van het kind, de heer Kibrom Tesfay, heeft de opvang in december met onbekende bestemming verlaten.",
        "Cliënte is lid van de Eritrees-orthodoxe Tewahedo-kerk en bezoekt wekelijks de dienst in Apeldoorn. Ook dat pleit voor huisvesting in de regio.",
        "Ik verzoek u binnen twee weken te reageren. Mocht u cliënte willen spreken, dan kan dat via mij; zij heeft geen eigen telefoon. Haar contactpersoon bij VluchtelingenWerk is de heer Gerrit Klumper.",
        "Ik verwijs naar de werkinstructie van het COA over koppeling van vergunninghouders met medische indicatie en naar artikel 28 van de Huisvestingswet 2014.",
        "Hoogachtend,\n\nmr. R. Boumanjal\nadvocaat\ndirect: 06-52 19 03 84 | r.boumanjal@boumanjal-terpstra.nl",
        "Bijlage: verklaring behandelaar Dimence d.d. 30 januari 2025",
        "Afschrift: IND, Directie Asiel en Bescherming; cliënte",
    ]
    red = [R("PERSON", "Luwam Berhane", "Luwam Berhane"), R("VNUMBER", "2859026618"), R("DOB", "08-05-2000"),
           R("HEALTH", "PTSS", {"text": "posttraumatische stressstoornis"}),
           R("CRIMINAL", "slachtoffer mensenhandel", {"text": "slachtoffer is geworden van mensenhandel"}),
           R("PERSON", "Evelien Stoeldraaijer", "Evelien Stoeldraaijer"), R("HEALTH", "zwanger", {"text": "cliënte zwanger"}),
           R("PERSON", "Kibrom Tesfay", "Kibrom Tesfay"),
           R("RELIGION", "Tewahedo", {"text": "Eritrees-orthodoxe Tewahedo-kerk"}),
           R("PERSON", "Gerrit Klumper", "Gerrit Klumper"), R("PERSON", "R. Boumanjal", "R. Boumanjal", "r.boumanjal@boumanjal-terpstra.nl"),
           R("PHONE", "06-52 19 03 84", {"text": "06-52 19 03 84"})]
    keep = [K("ORG", "Boumanjal & Terpstra Advocaten"), K("ADDRESS_ORG", "Assenstraat 22"),
            K("PHONE_GENERAL", "0570 60 12 30"), K("MAILBOX", "secretariaat@boumanjal-terpstra.nl"),
            K("REF", "Z/24/402118"), K("REF", "2025.0117/RB"), K("ADDRESS_PUBLIC", LOC), K("PLACE", "Asmara"),
            K("PLACE", "Eritrea"), K("ORG", "Dimence"), K("PLACE", "Libië"), K("PLACE", "Apeldoorn"),
            K("ORG", "VluchtelingenWerk"), K("LAW", "Huisvestingswet 2014"), K("ORG", "COA"), K("ORG", "IND"),
            K("ORG", "Directie Asiel en Bescherming")]
    return b, red, keep


@doc("ci32", "Klachtafhandeling gemeente aan omwonende (definitief)", producer="docx", font="Calibri", size=12.5,
     author="Wendy Boschker")
def ci32():
    b = [
        "Gemeente Deventer",
        "Mevrouw A. Storm\nRielerweg 41\n7416 ZB Deventer",
        "Datum: 14 januari 2025\nOns kenmerk: Z/24/402118\nBehandeld door: W. Boschker\nOnderwerp: afhandeling van uw klacht over de noodopvang Hanzeweg",
        "Geachte mevrouw Storm,",
        "Op 16 november 2024 diende u per e-mail een klacht in over overlast van bewoners van de noodopvang aan de Hanzeweg 12. Op 9 januari 2025 heeft u uw klacht toegelicht in een gesprek met de klachtbehandelaar en de locatiemanager van het COA. In deze brief leest u hoe wij uw klacht hebben behandeld. Wij volgen daarbij hoofdstuk 9 van de Algemene wet bestuursrecht.",
        "## Uw klacht",
        "U klaagt erover dat jongeren 's avonds met harde muziek voor uw woning stonden, dat de beveiliging niet langs de Rielerweg liep en dat u na de informatieavond van 15 oktober niets meer hoorde over de klankbordgroep. U gaf aan dat dit zwaar is, mede vanwege de gezondheid van uw echtgenoot.",
        "## Ons oordeel",
        "Wij vinden uw klacht gegrond voor zover het de communicatie over de klankbordgroep betreft: de uitnodiging had eerder verstuurd moeten worden. De klacht over de beveiliging is inmiddels opgelost: sinds 25 november loopt de beveiliging ook 's avonds een ronde langs de Rielerweg en de Gibraltarstraat.",
        "Het COA heeft de bewoners in een huisvergadering gewezen op de huisregels. De meldingen uit uw straat zijn in januari gedaald naar nul.",
        "## Tot slot",
        "Bent u het niet eens met deze afhandeling? Dan kunt u zich wenden tot de Nationale ombudsman, Postbus 93122, 2509 AC Den Haag, of via nationaleombudsman.nl.",
        "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Deventer,\n\nW. Boschker\nklachtbehandelaar\nkopie: wethouder Grijsen; COA locatiemanager",
    ]
    red = [R("PERSON", "Annelies Storm", "A. Storm", "Storm"), R("ADDRESS", "Rielerweg 41", "Rielerweg 41", "7416 ZB"),
           R("PERSON", "Wendy Boschker", "W. Boschker"),
           R("PERSON", "Wendy Boschker (Author)", "Wendy Boschker", channel="metadata")]
    keep = [K("REF", "Z/24/402118"), K("ADDRESS_PUBLIC", LOC), K("LAW", "Algemene wet bestuursrecht"),
            K("ORG", "Nationale ombudsman"), K("ADDRESS_PUBLIC", "Postbus 93122"), K("PERSON_PUBLIC", "Grijsen"),
            K("ORG", "COA"), K("PLACE", "Gibraltarstraat"), K("TITLE", "klachtbehandelaar"), K("DATE", "14 januari 2025")]
    return b, red, keep


@doc("ci33", "Locatieoverleg COA-gemeente met bewonersvertegenwoordiging", font="LiberationSans", size=13.5)
def ci33():
    b = [
        "# Verslag bewonersoverleg noodopvang Hanzeweg",
        "Datum: 19 februari 2025, 14:00 uur, recreatiezaal locatie Hanzeweg 12\nAanwezig: Ruud Hagedoorn (COA, voorzitter), Kübra Aslan (COA, woonbegeleider), Marloes Tijhuis (gemeente), bewonersvertegenwoordigers: Abdullah el-Masri (Syrië), Mehret Tsegay (Eritrea), Nazanin Rahimi (Afghanistan), Mustafa Çelik (Turkije)\nTolken: Arabisch via Tolkcontact (tolknummer 2284), Tigrinya: Semere Andom",
        "## 1. Mededelingen",
        "RH meldt dat de gemeenteraad op 12 februari heeft besloten de opvang tot 1 januari 2026 te laten bestaan. De bewoners reageren opgelucht. MT licht toe dat vergunninghouders via het COA aan een gemeente worden gekoppeld en dat Deventer niet iedereen zelf kan huisvesten.",
        "## 2. Punten van de bewoners",
        "Abdullah vraagt namens de Syrische gezinnen om een aparte gebedsruimte tijdens de ramadan (vanaf 1 maart). KA zegt toe dat de stilteruimte op de eerste verdieping daarvoor beschikbaar komt; de heer el-Masri coördineert het rooster. Hij vertelt dat hij zelf imam was in Daraa.",
        "Mehret vraagt namens de vrouwen om afsluitbare douches in vleugel B. Het COA vraagt een offerte aan.",
        "Nazanin meldt dat haar buurvrouw op de gang, mevrouw Haidari, is bevallen en met haar baby in het ziekenhuis ligt; zij vraagt of de kamer verwarmd kan worden voordat zij terugkomt. KA regelt dit.",
        "Mustafa vraagt of bewoners mogen werken. RH: asielzoekers mogen werken als hun aanvraag zes maanden loopt, met een tewerkstellingsvergunning (TWV) via het UWV; het COA helpt met de aanvraag.",
        "## 3. Afspraken",
        ("table", [["Wat", "Wie", "Wanneer"],
                   ["Rooster gebedsruimte ramadan", "el-Masri / KA", "28-02"],
                   ["Offerte afsluitbare douches", "RH", "7-03"],
                   ["Informatiebijeenkomst werk en TWV met UWV", "MT", "maart"],
                   ["Verwarming kamer C-021", "KA", "direct"]]),
        "Volgend overleg: 19 maart 2025. Verslag: K. Aslan. Vragen: noodopvang.deventer@coa.nl.",
    ]
    red = [R("PERSON", "Ruud Hagedoorn", "Ruud Hagedoorn", "RH"), R("PERSON", "Kübra Aslan", "Kübra Aslan", "KA", "K. Aslan"),
           R("PERSON", "Marloes Tijhuis", "Marloes Tijhuis", "MT"), R("PERSON", "Abdullah el-Masri", "Abdullah el-Masri", "el-Masri", "Abdullah"),
           R("PERSON", "Mehret Tsegay", "Mehret Tsegay", "Mehret"), R("PERSON", "Nazanin Rahimi", "Nazanin Rahimi", "Nazanin"),
           R("PERSON", "Mustafa Çelik", "Mustafa Çelik", "Mustafa"), R("PERSON", "Semere Andom", "Semere Andom"), R("PERSONNR", "tolknummer 2284", "2284"),
           R("RELIGION", "imam", {"text": "zelf imam was"}), R("PERSON", "Zarmina Haidari", "Haidari"),
           R("HEALTH", "bevallen", {"text": "is bevallen"})]
    keep = [K("ORG", "COA"), K("ADDRESS_PUBLIC", LOC), K("ORG", "Tolkcontact"), K("ORG", "UWV"),
            K("TERM", "tewerkstellingsvergunning"), K("MAILBOX", "noodopvang.deventer@coa.nl"), K("PLACE", "Daraa"),
            K("PLACE", "Syrië"), K("PLACE", "Eritrea"), K("PLACE", "Afghanistan"), K("PLACE", "Turkije"),
            K("DATE", "19 maart 2025"), K("TERM", "Tigrinya")]
    return b, red, keep


# ================================================================ main
def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    stems = argv or sorted(DOCS)
    pages = 0
    for s in stems:
        n = build(s)
        pages += n
        print(s, n)
    print("pages", pages)


if __name__ == "__main__":
    main(sys.argv[1:])
