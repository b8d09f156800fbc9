"""Rebuild set BQ (eval/blind/mixed59): social security and work (UWV, SVB, gemeente, Arbeidsinspectie).

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py bq03 bq17 # only these

Documents go to docs/, gold to gold/. Every keep probe's 'after' is counted on the original's PDFium
text with the evaluator's own functions; every redact probe has after=0 and is checked by check_gold.py
in the channel it claims (text, ocr, metadata, outline, annotations).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILDERS: dict = {}

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in _TTF.items():
    if os.path.exists(_p):
        pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LiberationSans": "LiberationSans-Bold",
        "LiberationSerif": "LiberationSerif-Bold", "Carlito": "Carlito-Bold", "DejaVuSansMono": "DejaVuSansMono",
        "Femke": "Femke"}


# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def dotted_bsn(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


# ---------------------------------------------------------------- gold helpers
class Gold:
    def __init__(self, stem: str):
        self.stem = stem
        self.redact: list = []
        self.keep: list = []

    @staticmethod
    def _probes(probes, **extra):
        out = []
        for p in probes:
            word = True
            if isinstance(p, tuple):
                p, word = p
            d = {"text": p, "word": word, "after": 0}
            d.update(extra)
            out.append(d)
        return out

    def r(self, kind, value, *probes, ch=None, ocr=False):
        extra = {}
        if ocr:
            extra["ocr"] = True
            extra["channel"] = "ocr"
        elif ch:
            extra["channel"] = ch
        self.redact.append({"kind": kind, "value": value, "probes": self._probes(probes, **extra)})

    def p(self, value, *probes, **kw):
        self.r("PERSON", value, *probes, **kw)

    def k(self, kind, value, *probes):
        self.keep.append({"kind": kind, "value": value, "probes": self._probes(probes)})


def builder(stem):
    def deco(fn):
        BUILDERS[stem] = fn
        return fn
    return deco


# ---------------------------------------------------------------- reportlab helpers
def styles(font="Helvetica", size=10, lead=None):
    b = BOLD.get(font, font)
    lead = lead or size * 1.3
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "tight": ParagraphStyle("tight", fontName=font, fontSize=size, leading=lead),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=6,
                             spaceAfter=4),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "bold": ParagraphStyle("bold", fontName=b, fontSize=size, leading=lead, spaceAfter=size * 0.4),
    }


def paras(st, text, style="body", keep=None):
    """Blank-line separated paragraphs. Single newlines are source wrapping (a space), except in
    'tight' blocks (address blocks, header fields) or with keep=True, where they become <br/>."""
    if keep is None:
        keep = style == "tight"
    out = []
    for block in text.strip("\n").split("\n\n"):
        block = block.strip("\n")
        block = block.replace("\n", "<br/>") if keep else block.replace("\n", " ")
        out.append(Paragraph(block, st[style]))
    return out


def tbl(st, rows, widths, head=True, grid=0.4, bg=colors.HexColor("#dde6ef"), font_style="cell"):
    data = []
    for i, row in enumerate(rows):
        data.append([Paragraph(str(c), st["cellb" if (head and i == 0) else font_style]) for c in row])
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), grid, colors.grey))
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), bg))
    t.setStyle(TableStyle(cmds))
    return t


def build_rl(path, story, first=None, later=None, pagesize=A4, margins=(25, 25, 25, 25), title=None,
             author=None, subject=None, creator=None):
    """margins in mm: left, right, top, bottom."""
    l, r, t, b = margins
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title or "", author=author or "",
                            subject=subject or "", creator=creator or "")
    doc.build(story, onFirstPage=first or (lambda c, d: None), onLaterPages=later or first or (lambda c, d: None))


def side_column(c, x, y, lines, font="Helvetica", size=7.5, lead=9.5, bold_first=True):
    for i, ln in enumerate(lines):
        if ln == "":
            y -= lead * 0.6
            continue
        bold = ln.startswith("*")
        c.setFont(BOLD.get(font, font) if bold else font, size)
        c.drawString(x, y, ln.lstrip("*"))
        y -= lead
    return y


def scribble(c, x, y, w=38 * mm, seed=1):
    """A vector 'signature' scribble (not text)."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1b2a6b"))
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(x, y)
    cx = x
    for _ in range(9):
        nx = cx + w / 9
        p.curveTo(cx + rnd.uniform(0, 6), y + rnd.uniform(4, 14), nx - rnd.uniform(0, 6), y - rnd.uniform(2, 10),
                  nx, y + rnd.uniform(-3, 3))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def footer(c, doc, text, font="Helvetica", size=7, total=None):
    c.saveState()
    c.setFont(font, size)
    c.setFillColor(colors.HexColor("#555555"))
    w, _ = doc.pagesize
    pg = f"Pagina {doc.page}" + (f" van {total}" if total else "")
    c.drawString(doc.leftMargin, 12 * mm, text)
    c.drawRightString(w - doc.rightMargin, 12 * mm, pg)
    c.restoreState()


# ---------------------------------------------------------------- docx via LibreOffice
def build_docx(path: Path, docx_obj):
    with tempfile.TemporaryDirectory(prefix="bq-lo-") as td:
        td = Path(td)
        src = td / (path.stem + ".docx")
        docx_obj.save(str(src))
        prof = td / "profile"
        r = subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(td), str(src)], capture_output=True, timeout=240)
        out = td / (path.stem + ".pdf")
        if not out.exists():
            raise RuntimeError(f"soffice failed for {path.name}: {r.stderr.decode()[:500]}")
        shutil.move(str(out), str(path))


# ---------------------------------------------------------------- scans (image-only PDF)
def scan_pdf(src_pdf: Path, dst_pdf: Path, seed=0, dpi=150, angle=0.6, quality=55, noise=14):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bq-scan-") as td:
        td = Path(td)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(td / "p")], check=True)
        pages = []
        for png in sorted(td.glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rnd.uniform(-angle, angle), resample=Image.BICUBIC, expand=False, fillcolor=245)
            px = im.load()
            w, h = im.size
            for _ in range(int(w * h * 0.004)):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-noise * 6, noise * 2)))
            im = im.filter(ImageFilter.GaussianBlur(0.35))
            # grey scanner background
            im = im.point(lambda v: int(v * 0.93 + 8))
            jp = td / (png.stem + ".jpg")
            im.save(jp, "JPEG", quality=quality)
            pages.append(Image.open(jp).convert("L"))
        pages[0].save(str(dst_pdf), "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- post-processing: hidden channels
def set_info(path: Path, **kv):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k, v in kv.items():
            pdf.docinfo[pikepdf.Name("/" + k)] = v
        pdf.save(str(path))


def set_xmp(path: Path, creator=None, title=None):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            if creator:
                m["dc:creator"] = creator
            if title:
                m["dc:title"] = title
        pdf.save(str(path))


def add_outline(path: Path, titles):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_outline() as ol:
            for t, pg in titles:
                ol.root.append(pikepdf.OutlineItem(t, pg))
        pdf.save(str(path))


def add_notes(path: Path, notes):
    """notes: (page_index, x, y, author, text) sticky notes."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for pi, x, y, author, text in notes:
            page = pdf.pages[pi]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 18, y + 18],
                T=pikepdf.String(author), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                C=[1, 0.85, 0.2]))
            if "/Annots" in page.obj:
                page.obj.Annots.append(a)
            else:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array([a]))
        pdf.save(str(path))


TODAY_NOTE = "2026-12-05"


# ---------------------------------------------------------------- bq01 UWV Woo-besluit (2 p)
@builder("bq01_uwv_woo_besluit")
def bq01(path, g):
    st = styles("Helvetica", 9.5)
    side = ["*UWV", "Juridische Zaken", "La Guardiaweg 116", "1043 DJ Amsterdam", "Postbus 58285",
            "1040 HG Amsterdam", "T 088 - 898 92 94", "www.uwv.nl", "", "*Behandeld door", "mr. Y. el Idrissi-Vos",
            "T 06-41279358", "yasmina.elidrissi-vos@uwv.nl", "", "*Ons kenmerk", "WOO-2025-0413",
            "*Uw kenmerk", "verzoek van 3 maart 2025", "", "*Bijlage(n)", "1 inventarislijst", "12 documenten"]

    def first(c, d):
        c.setFont("Helvetica-Bold", 20)
        c.setFillColor(colors.HexColor("#0b3d91"))
        c.drawString(25 * mm, 275 * mm, "UWV")
        c.setFillColor(colors.black)
        side_column(c, 152 * mm, 250 * mm, side)
        footer(c, d, "UWV Juridische Zaken - besluit op Woo-verzoek WOO-2025-0413", total=2)

    def later(c, d):
        footer(c, d, "UWV Juridische Zaken - besluit op Woo-verzoek WOO-2025-0413", total=2)

    s = []
    s += [Spacer(1, 22 * mm)]
    s += paras(st, "Aangetekend en per e-mail<br/>De heer R.J. Sprenkeling<br/>Thorbeckegracht 23-B<br/>8011 VM Zwolle", "tight")
    s += [Spacer(1, 10 * mm)]
    s += paras(st, "Amsterdam, 12 juni 2025<br/>Onderwerp: besluit op uw verzoek op grond van de Wet open overheid", "tight")
    s += [Spacer(1, 6 * mm)]
    s += paras(st, """Geachte heer Sprenkeling,

Op 3 maart 2025 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de wachttijden bij de
sociaal-medische beoordeling (SMB) voor de WIA in het district Oost. U vraagt om documenten uit de periode 1 januari
2024 tot en met 28 februari 2025, waaronder interne e-mails, verslagen van het districtsoverleg en de
correspondentie met het ministerie van Sociale Zaken en Werkgelegenheid (SZW). Uw verzoek valt onder de Wet open
overheid (Woo).

Op 18 maart 2025 heeft mevrouw El Idrissi-Vos telefonisch met u over de reikwijdte gesproken. U heeft toen
aangegeven dat documenten over individuele cliënten buiten het verzoek vallen. Op 14 april 2025 hebben wij de
beslistermijn met vier weken verdaagd, omdat derden (de gemeente Zwolle en Arbodienst Vitaal Werk B.V.) in de
gelegenheid zijn gesteld hun zienswijze te geven.

<b>Besluit</b>

Wij hebben 12 documenten gevonden. Wij maken 3 documenten geheel openbaar, 8 documenten deels openbaar en 1
document niet openbaar. Welke documenten het zijn en op welke grond informatie is weggelakt, staat in de
inventarislijst in de bijlage. De documenten zelf treft u aan in de bijgevoegde PDF.

<b>Motivering</b>

<i>Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo).</i> In de documenten staan namen, e-mailadressen
en telefoonnummers van medewerkers van UWV, van de gemeente Zwolle en van de arbodienst. Deze medewerkers
treden niet uit hoofde van hun functie in de openbaarheid. Het belang van openbaarheid weegt niet op tegen hun
privacy. Wij maken deze gegevens daarom niet openbaar. De namen van de minister van SZW en van de
leden van de Tweede Kamer laten wij staan. Ook de naam van de voorzitter van de Raad van Bestuur van UWV, die
namens UWV in het openbaar optreedt, is niet weggelakt.""")
    s += [PageBreak()]
    s += paras(st, """<i>Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo).</i> Document 9 is een verslag
van een casusoverleg waarin de gezondheid van een cliënt wordt besproken. Dit document maken wij niet openbaar.

<i>Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo).</i> In de documenten 4 en 6 staan meningen van
medewerkers over de aanpak van de achterstanden. De feitelijke informatie (aantallen, wachttijden) maken wij wel
openbaar.

<b>Toelichting op enkele documenten</b>

Document 2 is de Kamerbrief van minister Van Hijum van 14 februari 2025 over de voortgang van de maatregelen
sociaal-medische beoordelingen; deze is al openbaar en staat op rijksoverheid.nl. Document 5 is de e-mail waarin
de heer Oudejans het districtsmanagement informeert over de vragen van het lid Patijn (GroenLinks-PvdA). De
ambtelijke behandelaars bij het ministerie, onder wie de heer Bouzambou en mevrouw Ter Welle-<br/>
Grootveld, zijn in dat document weggelakt.

<b>Publicatie</b>

Dit besluit en de openbaar gemaakte documenten worden ook op open.overheid.nl geplaatst. Uw naam en
adres worden daarbij weggelaten.

<b>Bezwaar</b>

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Stuur uw bezwaarschrift naar
UWV, Bezwaar en Beroep, Postbus 58285, 1040 HG Amsterdam, of mail naar woo@uwv.nl. Vermeld het kenmerk
WOO-2025-0413.

Met vriendelijke groet,<br/>namens de Raad van Bestuur van UWV,""")
    s += [Spacer(1, 14 * mm)]
    s += paras(st, "drs. H.W. Oudejans<br/>manager Bezwaar en Beroep, district Oost<br/>(paraaf behandelaar: YEI)", "tight")
    build_rl(path, s, first, later, margins=(25, 62, 20, 22), title="Besluit Woo-verzoek WOO-2025-0413",
             creator="Microsoft Word - Besluit Woo v3")
    set_info(path, Author="Marloes Bakhuis")
    g.p("R.J. Sprenkeling (verzoeker)", "Sprenkeling", "R.J. Sprenkeling")
    g.r("ADDRESS", "woonadres verzoeker", "Thorbeckegracht 23-B", "8011 VM")
    g.p("Yasmina el Idrissi-Vos", "el Idrissi-Vos", "El Idrissi-Vos", "Y. el Idrissi-Vos", "YEI")
    g.r("EMAIL", "e-mail behandelaar", "yasmina.elidrissi-vos@uwv.nl")
    g.r("PHONE", "mobiel behandelaar", "06-41279358")
    g.p("H.W. Oudejans", "Oudejans", "H.W. Oudejans")
    g.p("Bouzambou (SZW)", "Bouzambou")
    g.p("Ter Welle-Grootveld (SZW)", "Ter Welle-Grootveld", "Grootveld")
    g.p("Marloes Bakhuis (Info /Author only)", "Bakhuis", "Marloes Bakhuis", ch="metadata")
    g.k("ORG", "UWV", "UWV")
    g.k("ADDRESS", "UWV hoofdkantoor", "La Guardiaweg 116", "Postbus 58285")
    g.k("PHONE", "UWV algemeen nummer", "088 - 898 92 94")
    g.k("CASE", "kenmerk", "WOO-2025-0413")
    g.k("EMAIL", "functionele mailbox", "woo@uwv.nl")
    g.k("LAW", "Woo", "Wet open overheid", "artikel 5.1, tweede lid, onder e", "artikel 5.2, eerste lid")
    g.k("PERSON_PUBLIC", "minister Van Hijum", "Van Hijum")
    g.k("PERSON_PUBLIC", "het lid Patijn", "Patijn")
    g.k("ORG", "ministerie SZW", "Sociale Zaken en Werkgelegenheid", "gemeente Zwolle", "Arbodienst Vitaal Werk B.V.")
    g.k("PLACE", "Amsterdam", "Amsterdam")
    g.k("TERM", "SMB", "sociaal-medische beoordeling", "WIA", "Raad van Bestuur")
    g.k("PARTY", "GroenLinks-PvdA", "GroenLinks-PvdA")
    g.k("WEB", "open.overheid.nl", "open.overheid.nl", "rijksoverheid.nl")
    return g


# ---------------------------------------------------------------- bq02 inventarislijst (2 p, landscape)
@builder("bq02_uwv_inventarislijst")
def bq02(path, g):
    st = styles("DejaVuSans", 8.5)
    rows = [["Nr.", "Document", "Datum", "Type", "Beoordeling", "Grond", "Opmerking"],
            ["1", "E-mail H. Oudejans aan districtsmanagement Oost: stand wachtlijst SMB", "08-01-2024", "e-mail",
             "deels openbaar", "5.1.2e", "namen en telefoonnummers medewerkers"],
            ["2", "Kamerbrief minister Van Hijum voortgang maatregelen SMB", "14-02-2025", "brief", "openbaar", "-",
             "reeds openbaar (rijksoverheid.nl)"],
            ["3", "Verslag districtsoverleg Oost, 22 februari 2024 (notulist: S. Wiersma)", "22-02-2024", "verslag",
             "deels openbaar", "5.1.2e", ""],
            ["4", "Notitie aanpak achterstanden, concept van T. Nieuwenhuijs-Adjei", "11-04-2024", "notitie",
             "deels openbaar", "5.1.2e, 5.2.1", "beleidsopvattingen"],
            ["5", "E-mail Oudejans: vragen lid Patijn (GroenLinks-PvdA)", "03-10-2024", "e-mail",
             "deels openbaar", "5.1.2e", ""],
            ["6", "Reactie P.K. van der Laan-Brouwer op notitie aanpak", "15-10-2024", "e-mail", "deels openbaar",
             "5.1.2e, 5.2.1", ""],
            ["7", "Presentatie 'Anders beoordelen' (teamleider M. Çelik)", "05-11-2024", "presentatie",
             "deels openbaar", "5.1.2e", "foto's medewerkers verwijderd"],
            ["8", "Overzicht wachttijden per vestiging (Zwolle, Enschede, Apeldoorn, Nijmegen)", "31-12-2024", "Excel",
             "openbaar", "-", ""],
            ["9", "Verslag casusoverleg cliënt (verzekeringsarts dr. A. Rijkhoff)", "16-01-2025", "verslag",
             "niet openbaar", "5.1.1d, 5.1.2e", "gezondheidsgegevens"],
            ["10", "Afstemming gemeente Zwolle (klantmanager Dewi Sastrowardojo)", "23-01-2025", "e-mail",
             "deels openbaar", "5.1.2e", ""],
            ["11", "Brief Arbodienst Vitaal Werk B.V. (drs. F. Ouali, bedrijfsarts)", "04-02-2025", "brief",
             "deels openbaar", "5.1.2e", "zienswijze derde"],
            ["12", "Memo staatssecretaris Nobel: bezoek vestiging Zwolle", "20-02-2025", "memo", "openbaar", "-", ""]]
    rows2 = [["Nr.", "Familie-ID", "Thread-ID", "Bestandsnaam", "Gerelateerd ID", "Zaaknummer"]]
    fn = ["20240108_mail_HOudejans_stand_wachtlijst.msg", "20250214_Kamerbrief_SMB.pdf",
          "20240222_verslag_DO_Oost_SWiersma.docx", "20240411_notitie_aanpak_TNieuwenhuijs.docx",
          "20241003_mail_vragen_Patijn.msg", "20241015_reactie_PvdLaan.msg", "20241105_Anders_beoordelen.pptx",
          "20241231_wachttijden_vestigingen.xlsx", "20250116_casusoverleg.docx", "20250123_mail_gem_Zwolle.msg",
          "20250204_brief_VitaalWerk.pdf", "20250220_memo_bezoek_Zwolle.docx"]
    for i, f in enumerate(fn, 1):
        rows2.append([str(i), f"F-{400 + (i + 1) // 2}", f"T-{90 + i}", f, "2" if i == 5 else "", "WOO-2025-0413"])

    def pg(c, d):
        c.setFont("DejaVuSans-Bold", 11)
        c.drawString(15 * mm, 200 * mm, "Bijlage 1 - Inventarislijst besluit WOO-2025-0413")
        footer(c, d, "UWV | inventarislijst | openbaar", font="DejaVuSans", total=2)

    s = [tbl(st, rows, [10 * mm, 88 * mm, 20 * mm, 20 * mm, 26 * mm, 24 * mm, 62 * mm]), PageBreak()]
    s += paras(st, "<b>Technische gegevens (productierapport)</b>")
    s += [tbl(st, rows2, [10 * mm, 22 * mm, 20 * mm, 95 * mm, 28 * mm, 30 * mm])]
    s += [Spacer(1, 6 * mm)]
    s += paras(st, """Legenda gronden: 5.1.1d bijzondere persoonsgegevens; 5.1.2e eerbiediging van de persoonlijke
levenssfeer; 5.2.1 persoonlijke beleidsopvattingen in documenten voor intern beraad.
Opgesteld door team Woo UWV (woo@uwv.nl). Controle: A.B.K.""")
    build_rl(path, s, pg, pagesize=landscape(A4), margins=(15, 15, 18, 20), title="Inventarislijst WOO-2025-0413")
    g.p("H. Oudejans", "Oudejans", ("HOudejans", False))
    g.p("S. Wiersma", "S. Wiersma", ("SWiersma", False))
    g.p("T. Nieuwenhuijs-Adjei", "Nieuwenhuijs-Adjei", ("TNieuwenhuijs", False))
    g.p("P.K. van der Laan-Brouwer", "van der Laan-Brouwer", ("PvdLaan", False))
    g.p("M. Çelik", "M. Çelik")
    g.p("dr. A. Rijkhoff", "Rijkhoff")
    g.p("Dewi Sastrowardojo", "Sastrowardojo", "Dewi")
    g.p("drs. F. Ouali", "Ouali")
    g.p("paraaf A.B.K.", "A.B.K.")
    g.k("PERSON_PUBLIC", "minister Van Hijum", "Van Hijum")
    g.k("PERSON_PUBLIC", "staatssecretaris Nobel", "staatssecretaris Nobel")
    g.k("PERSON_PUBLIC", "lid Patijn", "Patijn")
    g.k("CASE", "zaaknummer", "WOO-2025-0413")
    g.k("PLACE", "vestigingen", "Enschede", "Apeldoorn", "Nijmegen", "Zwolle")
    g.k("GROUND", "gronden", "5.1.2e", "5.1.1d", "5.2.1")
    g.k("ORG", "organisaties", "Arbodienst Vitaal Werk B.V.", "UWV")
    g.k("ID", "familie/thread", "F-401", "T-95", "20241231_wachttijden_vestigingen.xlsx")
    g.k("EMAIL", "functionele mailbox", "woo@uwv.nl")
    g.k("TERM", "beoordeling", "deels openbaar", "niet openbaar")
    return g


# ---------------------------------------------------------------- bq03 WW-beschikking
@builder("bq03_ww_beschikking")
def bq03(path, g):
    st = styles("DejaVuSerif", 9.5)
    bsn = make_bsn("17340285")
    iban = make_iban("RABO", "3481207756")

    def first(c, d):
        c.setFont("Helvetica-Bold", 16)
        c.setFillColor(colors.HexColor("#0b3d91"))
        c.drawString(22 * mm, 276 * mm, "UWV")
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 271 * mm, "Uitvoeringsinstituut Werknemersverzekeringen")
        c.setFillColor(colors.black)
        side_column(c, 150 * mm, 262 * mm, ["*Datum", "27 mei 2025", "*Ons kenmerk", "WW/2025/0571934",
                                             "*Klantnummer", "K-88231476", "*Burgerservicenummer", dotted_bsn(bsn),
                                             "*Telefoon", "088 - 898 92 94", "(werkdagen 8.00-17.00 uur)"],
                    font="Helvetica", size=8)
        footer(c, d, "WW 0112 - beslissing toekenning WW-uitkering", font="Helvetica")

    s = [Spacer(1, 25 * mm)]
    s += paras(st, "Mevrouw M.A. Dąbrowska-Vermeulen<br/>Willem Dreeslaan 88<br/>7425 LE Deventer", "tight")
    s += [Spacer(1, 12 * mm)]
    s += paras(st, "<b>U krijgt een WW-uitkering</b>")
    s += paras(st, f"""Geachte mevrouw Dąbrowska-Vermeulen,

U heeft op 2 mei 2025 een WW-uitkering aangevraagd. U bent werkloos geworden bij Logistiek Centrum IJsselpoort
B.V. in Deventer. U krijgt een WW-uitkering vanaf 6 mei 2025. In deze brief leest u hoe hoog uw uitkering is en
hoe lang u die krijgt.

<b>Hoogte en duur</b><br/>
Uw dagloon is € 142,37. De eerste twee maanden krijgt u 75% van uw dagloon, daarna 70%. U krijgt de uitkering
tot en met 5 februari 2027. Wij maken het bedrag elke maand over op rekeningnummer {iban} ten name van
M.A. Dąbrowska-Vermeulen.

<b>Uw gegevens</b><br/>
Geboortedatum: 14-09-1986<br/>
Adres: zie boven<br/>
Telefoon: 06 - 2839 1177

<b>Wat moet u doen?</b><br/>
U moet solliciteren en u moet wijzigingen doorgeven via Mijn UWV. Uw werkcoach is de heer Sven
Brinkhuis-Oyelaran van het Werkplein Deventer (Hanzeweg 10). Hij neemt binnen drie weken contact met u op.

Deze beslissing is genomen op grond van de Werkloosheidswet (WW), artikelen 15, 42 en 47.

Met vriendelijke groet,<br/>
namens UWV,<br/>
Laura Stegeman<br/>
afdelingsmanager WW, regio Oost""")
    build_rl(path, s, first, margins=(22, 65, 20, 25), title="Beslissing WW", author="UWV")
    g.p("M.A. Dąbrowska-Vermeulen", "Dąbrowska-Vermeulen", "M.A. Dąbrowska")
    g.r("ADDRESS", "woonadres", "Willem Dreeslaan 88", "7425 LE")
    g.r("BSN", "BSN", dotted_bsn(bsn))
    g.r("IBAN", "IBAN", iban)
    g.r("CLIENTNR", "klantnummer", "K-88231476")
    g.r("DOB", "geboortedatum", "14-09-1986")
    g.r("PHONE", "mobiel", "06 - 2839 1177")
    g.p("Sven Brinkhuis-Oyelaran", "Brinkhuis-Oyelaran", "Sven")
    g.p("Laura Stegeman", "Stegeman", "Laura Stegeman")
    g.k("ORG", "UWV", "UWV", "Uitvoeringsinstituut Werknemersverzekeringen", "Logistiek Centrum IJsselpoort B.V.")
    g.k("CASE", "kenmerk", "WW/2025/0571934")
    g.k("PHONE", "algemeen", "088 - 898 92 94")
    g.k("LAW", "WW", "Werkloosheidswet", "artikelen 15, 42 en 47")
    g.k("PLACE", "Deventer", "Deventer")
    g.k("ADDRESS", "Werkplein", "Hanzeweg 10", "Werkplein Deventer")
    g.k("TERM", "dagloon", "€ 142,37", "Mijn UWV", "afdelingsmanager WW")
    return g


# ---------------------------------------------------------------- docx helpers
def new_docx(font="Calibri", size=10.5, header=None, footer_text=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    return d


def dx_table(d, rows, bold_first_col=False, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            if i == 0 or (bold_first_col and j == 0):
                run.bold = True
    return t


def dx_par(d, text, bold=False, italic=False, breaks=False):
    p = d.add_paragraph()
    parts = text.split("\n") if breaks else [text]
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if i < len(parts) - 1:
            r.add_break()
    return p


# ---------------------------------------------------------------- bq04 arbeidsdeskundig rapport WIA (docx)
@builder("bq04_arbeidsdeskundig_rapport")
def bq04(path, g):
    bsn = make_bsn("20917463")
    d = new_docx("Carlito", 10, header="UWV Sociaal Medische Zaken - vestiging Zwolle          VERTROUWELIJK - MEDISCH",
                 footer_text="Rapport arbeidsdeskundige WIA | dossier 2025-WIA-118843 | versie definitief")
    d.add_heading("Rapportage arbeidsdeskundige - WIA-claimbeoordeling", level=1)
    dx_table(d, [["Gegevens", ""],
                 ["Naam cliënt", "dhr. O. (Okan) Yıldırım"],
                 ["BSN", bsn],
                 ["Geboortedatum", "03-02-1979"],
                 ["Werkgever", "Bouwbedrijf Van Wijhe & Zn. B.V., Kampen"],
                 ["Eerste ziektedag", "11-03-2023"],
                 ["Arbeidsdeskundige", "A.C. (Annemiek) ten Brinke-Hulshof"],
                 ["Verzekeringsarts", "drs. J.P. Mulderije"],
                 ["Datum onderzoek", "22 april 2025, UWV Zwolle, Dr. van Thienenweg 1"]], bold_first_col=True)
    d.add_heading("1. Aanleiding", level=2)
    dx_par(d, "De heer Yıldırım heeft na 104 weken ziekte een WIA-uitkering aangevraagd. De verzekeringsarts heeft "
              "op 8 april 2025 de Functionele Mogelijkhedenlijst (FML) vastgesteld. Deze rapportage beoordeelt of "
              "het re-integratieresultaat voldoende is (RIV-toets) en wat de resterende verdiencapaciteit is.")
    d.add_heading("2. Medische situatie (samenvatting verzekeringsarts)", level=2)
    dx_par(d, "Cliënt heeft sinds maart 2023 klachten na een hernia L4-L5 met operatie in juni 2023, en daarnaast "
              "een depressieve stoornis waarvoor hij behandeld wordt bij GGz Centraal (psycholoog mw. Brouwer-"
              "Amrani). Beperkingen: niet tillen boven 10 kg, niet langdurig staan, maximaal 6 uur per dag.")
    d.add_heading("3. Re-integratie eerste en tweede spoor", level=2)
    dx_par(d, "Werkgever heeft aangepast werk als werkvoorbereider aangeboden. Casemanager bij de werkgever is "
              "mevrouw Femke Hagedoorn (HR). Het tweede spoor werd uitgevoerd door re-integratiebureau Werkfit "
              "Oost; loopbaanadviseur was de heer Diederik\nOosterwijk-Nnamdi.", breaks=True)
    dx_par(d, "In het driegesprek van 3 februari 2025 (aanwezig: Okan, mw. Hagedoorn, bedrijfsarts drs. R. "
              "Kuipers van Arbodienst Vitaal Werk) is afgesproken dat de werkgever een proefplaatsing bij "
              "Gemeente Kampen, afdeling Openbare Ruimte, onderzoekt.")
    d.add_page_break()
    d.add_heading("4. Functies en verdiencapaciteit", level=2)
    dx_table(d, [["SBC-code", "Functie", "Uurloon", "Resultaat"],
                 ["111180", "Productiemedewerker industrie (samenstellen)", "€ 15,20", "geschikt"],
                 ["315133", "Administratief medewerker", "€ 16,05", "geschikt"],
                 ["282102", "Magazijnmedewerker licht", "€ 14,88", "geschikt met signalering"]])
    dx_par(d, "Het maatmanloon bedraagt € 24,41 per uur. Het verlies aan verdiencapaciteit is 37,2%. De heer "
              "Yıldırım komt in aanmerking voor een WGA-uitkering (Wet werk en inkomen naar arbeidsvermogen, "
              "artikel 54). Het RIV is voldoende; er volgt geen loonsanctie op grond van artikel 25, negende lid.")
    d.add_heading("5. Conclusie", level=2)
    dx_par(d, "Zie boven. Ik heb de conclusie op 24 april 2025 telefonisch met cliënt besproken. Zijn echtgenote, "
              "mevrouw Elif Yıldırım-Aksoy, was daarbij aanwezig.")
    dx_par(d, "Zwolle, 24 april 2025\nA.C. ten Brinke-Hulshof, arbeidsdeskundige\nT 06-50 73 41 29 | "
              "annemiek.tenbrinke-hulshof@uwv.nl", breaks=True)
    build_docx(path, d)
    g.p("Okan Yıldırım", "Yıldırım", "Okan")
    g.r("BSN", "BSN", bsn)
    g.r("DOB", "geboortedatum", "03-02-1979")
    g.p("Annemiek ten Brinke-Hulshof", "ten Brinke-Hulshof", "Annemiek", "annemiek.tenbrinke-hulshof@uwv.nl")
    g.r("PHONE", "mobiel AD", "06-50 73 41 29")
    g.p("drs. J.P. Mulderije", "Mulderije")
    g.p("mw. Brouwer-Amrani", "Brouwer-Amrani")
    g.p("Femke Hagedoorn", "Hagedoorn", "Femke")
    g.p("Diederik Oosterwijk-Nnamdi", "Oosterwijk-Nnamdi", "Diederik")
    g.p("drs. R. Kuipers", "Kuipers")
    g.p("Elif Yıldırım-Aksoy", "Yıldırım-Aksoy", "Elif")
    g.r("HEALTH", "diagnose", "hernia L4-L5", "depressieve stoornis")
    g.k("ORG", "organisaties", "UWV", "GGz Centraal", "Werkfit Oost", "Arbodienst Vitaal Werk",
        "Bouwbedrijf Van Wijhe & Zn. B.V.", "Gemeente Kampen")
    g.k("ADDRESS", "UWV Zwolle", "Dr. van Thienenweg 1")
    g.k("CASE", "dossier", "2025-WIA-118843")
    g.k("LAW", "WIA", "Wet werk en inkomen naar arbeidsvermogen", "artikel 25, negende lid", "WGA-uitkering")
    g.k("TERM", "termen", "Functionele Mogelijkhedenlijst", "RIV-toets", "maatmanloon", "37,2%", "111180",
        "Administratief medewerker")
    g.k("PLACE", "plaatsen", "Zwolle")
    return g


# ---------------------------------------------------------------- bq05 verzekeringsarts Ziektewet
@builder("bq05_ziektewet_verzekeringsarts")
def bq05(path, g):
    st = styles("LiberationSerif", 10.5)

    def first(c, d):
        c.setFont("LiberationSans-Bold", 12)
        c.drawString(25 * mm, 280 * mm, "UWV  |  Sociaal Medische Zaken Ziektewet")
        c.setFont("LiberationSans", 8)
        c.drawString(25 * mm, 275 * mm, "Kantoor Den Bosch, Het Wielsem 10, 5231 BW 's-Hertogenbosch")
        c.line(25 * mm, 272 * mm, 185 * mm, 272 * mm)
        footer(c, d, "Medisch geheim - alleen voor de behandelaar", font="LiberationSans")

    s = [Spacer(1, 8 * mm)]
    s += paras(st, "<b>Rapport verzekeringsarts - Eerstejaars Ziektewet-beoordeling (EZWb)</b>")
    s += [tbl(st, [["Betrokkene", "mw. Gülsen TAŞDEMIR (uitzendkracht)"],
                   ["Geboren", "27 augustus 1991"],
                   ["Uitzendbureau", "Randstad, vestiging Oss"],
                   ["Ziektewet-dossier", "ZW-2025-33017"],
                   ["Spreekuur", "19 maart 2025"]], [45 * mm, 115 * mm], head=False)]
    s += [Spacer(1, 4 * mm)]
    s += paras(st, """<b>Anamnese</b><br/>Betrokkene werkte via Randstad als orderpicker bij een distributiecentrum in
Oss. Zij meldde zich op 2 april 2024 ziek met klachten van het bewegingsapparaat. Zij vertelt dat zij sinds de
bevalling van haar tweede kind last heeft van bekkeninstabiliteit en dat zij in behandeling is bij haar huisarts
(dokter W. van Gennip, Oss) en een bekkenfysiotherapeut.

<b>Onderzoek</b><br/>Betrokkene loopt met een kruk. Zitten gaat ongeveer 30 minuten. Psychisch geen bijzonderheden.
Informatie van de behandelend sector (brief van de fysiotherapeut, mw. Van Gennip-Schouten, 4 maart 2025) is
meegewogen.

<b>Beschouwing en conclusie</b><br/>Er zijn beperkingen voor staan, lopen en tillen. Betrokkene is per einde
wachttijd geschikt voor werk volgens de FML van 19 maart 2025. De arbeidsdeskundige, de heer Bram
Zijlstra, beoordeelt de verdiencapaciteit. Gezien de medische situatie adviseer ik een herbeoordeling
over zes maanden.

<b>Besproken met</b><br/>Betrokkene, mondeling op het spreekuur; tolk Turks via Tolkcontact (tolknummer T-44187,
de heer Mert Aydoğan).""")
    s += [Spacer(1, 10 * mm)]
    s += paras(st, "A.J.M. Verstappen-de Kock, verzekeringsarts<br/>BIG-registratie 29061734501<br/>"
                   "Datum: 20 maart 2025", "tight")
    build_rl(path, s, first, margins=(25, 25, 28, 25), title="Rapport verzekeringsarts EZWb")
    g.p("Gülsen Taşdemir", "TAŞDEMIR", "Gülsen")
    g.r("DOB", "geboortedatum", "27 augustus 1991")
    g.p("dokter W. van Gennip", "W. van Gennip", "Van Gennip-Schouten")
    g.p("Bram Zijlstra", "Zijlstra", "Bram")
    g.p("Mert Aydoğan", "Aydoğan", "Mert")
    g.r("ID", "tolknummer", "T-44187")
    g.p("A.J.M. Verstappen-de Kock", "Verstappen-de Kock", "A.J.M.")
    g.r("ID", "BIG-nummer", "29061734501")
    g.r("HEALTH", "gezondheid", "bekkeninstabiliteit", "loopt met een kruk")
    g.k("ORG", "organisaties", "UWV", "Randstad", "Tolkcontact", "Ziektewet")
    g.k("ADDRESS", "kantoor", "Het Wielsem 10", "'s-Hertogenbosch")
    g.k("CASE", "dossier", "ZW-2025-33017")
    g.k("PLACE", "Oss", "Oss")
    g.k("TERM", "termen", "EZWb", "FML", "verzekeringsarts", "arbeidsdeskundige", "herbeoordeling")
    return g


# ---------------------------------------------------------------- bq06 plan van aanpak werkgever (docx, 2 p)
@builder("bq06_plan_van_aanpak")
def bq06(path, g):
    d = new_docx("Liberation Sans", 10, header="Zorggroep De Marke  -  HR / Verzuim", footer_text=
                 "Plan van aanpak (art. 71a Ziektewet / Wet verbetering poortwachter) - vertrouwelijk")
    d.add_heading("Plan van aanpak re-integratie", level=1)
    dx_table(d, [["Werknemer", "Roos (R.M.) de Haan-Sardjoe", "Personeelsnummer", "004471"],
                 ["Functie", "verzorgende IG", "Afdeling", "locatie Het Anker, Winterswijk"],
                 ["Leidinggevende", "Ingrid Vennegoor", "Casemanager", "Johan Lammers (HR)"],
                 ["Bedrijfsarts", "Arbodienst Vitaal Werk, dr. S. Oei", "Datum", "6 maart 2025"]])
    dx_par(d, "")
    d.add_heading("1. Probleemanalyse (samenvatting)", level=2)
    dx_par(d, "Volgens de probleemanalyse van de bedrijfsarts van 27 februari 2025 is er sprake van "
              "overbelastingsklachten (burn-out) met slaapproblemen. De werknemer is belastbaar voor 2 x 2 uur per "
              "dag met lichte administratieve taken, zonder avond- en nachtdiensten.")
    d.add_heading("2. Doel", level=2)
    dx_par(d, "Doel is terugkeer in de eigen functie binnen zes maanden. Tussendoel: op 1 mei 2025 16 uur per "
              "week werkzaam, waarvan 8 uur zorgtaken onder begeleiding van collega Marieke Te Winkel.")
    d.add_heading("3. Afspraken", level=2)
    dx_table(d, [["Actie", "Wie", "Wanneer"],
                 ["Opbouwschema 2 x 2 uur, elke twee weken + 2 uur", "R. de Haan-Sardjoe / I. Vennegoor",
                  "vanaf 10 maart"],
                 ["Coaching via Re-integratie Achterhoek (coach: Sjoerd Klein Gunnewiek)", "J. Lammers", "maart"],
                 ["Evaluatie met bedrijfsarts", "dr. Oei", "elke 6 weken"],
                 ["Eerstejaarsevaluatie", "HR", "uiterlijk week 52"]])
    d.add_page_break()
    d.add_heading("4. Communicatie en privacy", level=2)
    dx_par(d, "Medische informatie wordt alleen gedeeld tussen werknemer en bedrijfsarts. De leidinggevende "
              "ontvangt alleen de belastbaarheid. Contact met de werknemer verloopt via Johan (06-18 44 90 23) of "
              "via hr-verzuim@demarke-zorg.nl. Bij een geschil kan een deskundigenoordeel bij UWV worden "
              "aangevraagd.")
    d.add_heading("5. Ondertekening", level=2)
    dx_table(d, [["Naam", "Rol", "Datum", "Handtekening"],
                 ["R.M. de Haan-Sardjoe", "werknemer", "06-03-2025", "(getekend)"],
                 ["I. Vennegoor", "leidinggevende", "06-03-2025", "(getekend)"],
                 ["J. Lammers", "casemanager HR", "07-03-2025", "(getekend)"]])
    dx_par(d, "")
    dx_par(d, "Kopie: bedrijfsarts; dossier P&O. Dit plan is opgesteld volgens de Regeling procesgang eerste en "
              "tweede ziektejaar.")
    build_docx(path, d)
    g.p("Roos de Haan-Sardjoe", "de Haan-Sardjoe", "Roos")
    g.r("ID", "personeelsnummer", "004471")
    g.p("Ingrid Vennegoor", "Vennegoor", "Ingrid")
    g.p("Johan Lammers", "Lammers", "Johan")
    g.p("dr. S. Oei", "Oei")
    g.p("Marieke Te Winkel", "Te Winkel", "Marieke")
    g.p("Sjoerd Klein Gunnewiek", "Klein Gunnewiek", "Sjoerd")
    g.r("PHONE", "mobiel casemanager", "06-18 44 90 23")
    g.r("HEALTH", "diagnose", "burn-out", "slaapproblemen")
    g.k("ORG", "organisaties", "Zorggroep De Marke", "Arbodienst Vitaal Werk", "Re-integratie Achterhoek", "UWV")
    g.k("PLACE", "Winterswijk", "Winterswijk", "Het Anker")
    g.k("EMAIL", "functionele mailbox", "hr-verzuim@demarke-zorg.nl")
    g.k("LAW", "wetten", "art. 71a Ziektewet", "Wet verbetering poortwachter",
        "Regeling procesgang eerste en tweede ziektejaar")
    g.k("TERM", "termen", "verzorgende IG", "deskundigenoordeel", "Eerstejaarsevaluatie", "casemanager HR")
    return g


# ---------------------------------------------------------------- bq07 bedrijfsarts advies
@builder("bq07_bedrijfsarts_advies")
def bq07(path, g):
    st = styles("Carlito", 10.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#2e7d32"))
        c.rect(0, 282 * mm, 210 * mm, 15 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Carlito-Bold", 15)
        c.drawString(20 * mm, 287 * mm, "Arbodienst Vitaal Werk B.V.")
        c.setFont("Carlito", 8)
        c.drawRightString(190 * mm, 287 * mm, "Stationsplein 4, 3818 LE Amersfoort | 033 - 720 45 00 | KvK 61234871")
        c.setFillColor(colors.black)
        footer(c, d, "Vitaal Werk - advies bedrijfsarts aan werkgever (zonder medische gegevens)", font="Carlito")

    s = [Spacer(1, 6 * mm)]
    s += paras(st, """Aan: Gemeente Amersfoort, team P&amp;O, t.a.v. mevrouw Noor van 't Hul-Bosman (leidinggevende)
Betreft: medewerker W.F. (Wessel) Hoogeveen, afdeling Werk en Inkomen
Datum: 9 april 2025
Kenmerk: VW-AMF-2025-0917""", "tight")
    s += [Spacer(1, 5 * mm)]
    s += paras(st, """Geachte mevrouw Van 't Hul-Bosman,

Op 8 april 2025 heb ik uw medewerker, de heer Hoogeveen, op mijn spreekuur gezien in het kader van de
probleemanalyse. Met zijn toestemming informeer ik u over zijn mogelijkheden. Ik deel geen diagnose met u.

<b>Advies</b><br/>De heer Hoogeveen is gedeeltelijk arbeidsongeschikt. Hij kan starten met 3 x 3 uur per week
eigen werk als klantmanager, zonder huisbezoeken en zonder piketdienst. Ik adviseer een rustige werkplek. Contact
met cliënten met agressieproblematiek wordt de komende zes weken vermeden.

<b>Prognose</b><br/>Gunstig. Volledige werkhervatting binnen drie maanden is te verwachten.

<b>Vervolg</b><br/>Vervolgconsult op 20 mei 2025. Voor vragen kunt u contact opnemen met mijn
praktijkondersteuner, Sanne Wolters (s.wolters@vitaalwerk.nl, 06-29 51 08 64).

Met collegiale groet,""")
    s += [Spacer(1, 12 * mm)]
    s += paras(st, "drs. F. Ouali, bedrijfsarts (BIG 19058822701)<br/>namens Arbodienst Vitaal Werk B.V.", "tight")
    s += [Spacer(1, 8 * mm)]
    s += paras(st, """<font size=8><i>Interne aantekening (niet voor werkgever, per abuis meegestuurd): spreekuur
8/4 - klachten passend bij posttraumatische stressstoornis na bedreiging door cliënt op 12 maart;
verwezen naar Psychotraumacentrum Zuid-Nederland. Huisarts: dr. Q. Lindeboom.</i></font>""")
    build_rl(path, s, first, margins=(20, 20, 25, 25), title="Advies bedrijfsarts",
             author="Vitaal Werk - F. Ouali")
    g.p("Noor van 't Hul-Bosman", "van 't Hul-Bosman", "Van 't Hul-Bosman", "Noor")
    g.p("Wessel Hoogeveen", "Hoogeveen", "Wessel", "W.F.")
    g.p("drs. F. Ouali", "Ouali")
    g.r("ID", "BIG", "19058822701")
    g.p("Sanne Wolters", "Wolters", "Sanne", "s.wolters@vitaalwerk.nl")
    g.r("PHONE", "mobiel", "06-29 51 08 64")
    g.p("dr. Q. Lindeboom", "Lindeboom")
    g.r("HEALTH", "diagnose", "posttraumatische stressstoornis", "Psychotraumacentrum Zuid-Nederland")
    g.k("ORG", "organisaties", "Arbodienst Vitaal Werk B.V.", "Gemeente Amersfoort")
    g.k("ADDRESS", "kantooradres", "Stationsplein 4", "3818 LE Amersfoort", "033 - 720 45 00", "KvK 61234871")
    g.k("CASE", "kenmerk", "VW-AMF-2025-0917")
    g.k("TERM", "termen", "Werk en Inkomen", "probleemanalyse", "klantmanager", "bedrijfsarts", "piketdienst")
    return g


# ---------------------------------------------------------------- bq08 werkgeversbrief
@builder("bq08_werkgeversbrief")
def bq08(path, g):
    st = styles("Times-Roman", 11)

    def first(c, d):
        c.setFont("Times-Bold", 18)
        c.drawCentredString(105 * mm, 278 * mm, "SCHOONMAAKBEDRIJF GLANSRIJK B.V.")
        c.setFont("Times-Italic", 9)
        c.drawCentredString(105 * mm, 272 * mm, "Industrieweg 31 - 2712 LB Zoetermeer - 079 - 361 22 00 - info@glansrijk.nl"
                            " - KvK 27148306")
        c.line(25 * mm, 269 * mm, 185 * mm, 269 * mm)
        scribble(c, 27 * mm, 92 * mm, seed=8)
        footer(c, d, "Glansrijk B.V. is aangesloten bij de OSB. Op al onze diensten zijn de algemene voorwaarden van toepassing.",
               font="Times-Roman")

    s = [Spacer(1, 10 * mm)]
    s += paras(st, "Persoonlijk<br/>De heer A. Popescu<br/>Dorpsstraat 142<br/>2712 AK Zoetermeer", "tight")
    s += [Spacer(1, 8 * mm)]
    s += paras(st, "Zoetermeer, 17 januari 2025<br/>Betreft: beëindiging arbeidsovereenkomst / transitievergoeding", "tight")
    s += [Spacer(1, 5 * mm)]
    s += paras(st, """Beste Andrei,

Zoals besproken in ons gesprek van 15 januari jl., in aanwezigheid van je teamleider Kees Zoeteman en
vertrouwenspersoon mevrouw Hatice Demir, eindigt je arbeidsovereenkomst van rechtswege op 31 januari 2025. Je
contract voor bepaalde tijd wordt niet verlengd, omdat de opdracht bij Hoogheemraadschap van Delfland
(schoonmaak kantoor Phoenixstraat) per die datum is afgelopen.

Je hebt recht op een transitievergoeding van € 1.284,50 bruto, op grond van artikel 7:673 van het Burgerlijk
Wetboek. Wij maken dit bedrag samen met je eindafrekening over op je bekende rekening. Met deze brief kun je een
WW-uitkering aanvragen bij UWV. Bijgaand vind je ook de werkgeversverklaring.

Je personeelsnummer (GL-2291) en je loonstroken blijven via Youforce beschikbaar tot 1 juli 2025.

Wij danken je voor je inzet en wensen je veel succes.

Met vriendelijke groet,<br/>Schoonmaakbedrijf Glansrijk B.V.""")
    s += [Spacer(1, 16 * mm)]
    s += paras(st, "M. (Mirjam) van Velzen-Boekhout<br/>directeur-eigenaar<br/>"
                   "Direct: 06 - 11 29 34 77 / m.vanvelzen@glansrijk.nl", "tight")
    build_rl(path, s, first, margins=(25, 25, 35, 25), title="Brief einde contract")
    g.p("Andrei Popescu", "Popescu", "Andrei")
    g.r("ADDRESS", "woonadres", "Dorpsstraat 142", "2712 AK")
    g.p("Kees Zoeteman", "Zoeteman", "Kees")
    g.p("Hatice Demir", "Demir", "Hatice")
    g.r("ID", "personeelsnummer", "GL-2291")
    g.p("Mirjam van Velzen-Boekhout", "van Velzen-Boekhout", "Mirjam", "m.vanvelzen@glansrijk.nl")
    g.r("PHONE", "mobiel directeur", "06 - 11 29 34 77")
    g.k("ORG", "organisaties", "SCHOONMAAKBEDRIJF GLANSRIJK B.V.", "Hoogheemraadschap van Delfland", "UWV",
        "Youforce", "OSB")
    g.k("ADDRESS", "bedrijfsadres", "Industrieweg 31", "079 - 361 22 00", "info@glansrijk.nl", "KvK 27148306",
        "Phoenixstraat")
    g.k("PLACE", "Zoetermeer", "Zoetermeer")
    g.k("LAW", "BW", "artikel 7:673 van het Burgerlijk Wetboek")
    g.k("TERM", "termen", "transitievergoeding", "€ 1.284,50", "werkgeversverklaring", "directeur-eigenaar")
    return g


# ---------------------------------------------------------------- bq09 SVB AOW
@builder("bq09_svb_aow")
def bq09(path, g):
    st = styles("Helvetica", 9.5)
    bsn = make_bsn("31148820")
    bsn2 = make_bsn("16603917")
    iban = make_iban("INGB", "0007329104")

    def first(c, d):
        c.setFillColor(colors.HexColor("#c8102e"))
        c.circle(28 * mm, 278 * mm, 5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36 * mm, 276 * mm, "Sociale Verzekeringsbank")
        side_column(c, 148 * mm, 262 * mm, ["*SVB kantoor Leeuwarden", "Postbus 1105", "1180 BG Amstelveen",
                                            "Van Heuven Goedhartlaan 1", "T 020 - 656 52 52", "www.svb.nl", "",
                                            "*Datum", "3 april 2025", "*Ons kenmerk", "AOW-2025/118.440",
                                            "*Uw BSN", bsn, "", "*Contact", "Carolien Feenstra", "T 058 - 244 91 37 (direct)"])
        footer(c, d, "SVB - AOW-pensioen - beslissing", total=1)

    s = [Spacer(1, 24 * mm)]
    s += paras(st, "De heer G.H. Bruinsma<br/>Pieter Stuyvesantweg 19<br/>8937 AJ Leeuwarden", "tight")
    s += [Spacer(1, 12 * mm)]
    s += paras(st, f"""<b>U krijgt AOW-pensioen vanaf 14 juli 2025</b>

Geachte heer Bruinsma,

U heeft AOW-pensioen aangevraagd. U bereikt op 14 juli 2025 de AOW-leeftijd van 67 jaar. U krijgt AOW-pensioen
voor gehuwden, omdat u samenwoont met uw echtgenote, mevrouw J. Bruinsma-Hiemstra (BSN {bsn2}, geboren
2 november 1961).

<b>Verzekerde jaren</b><br/>U heeft niet altijd in Nederland gewoond. Van 1 maart 1982 tot 1 september 1986 woonde u in
Wilhelmshaven (Duitsland). Over die periode heeft u geen AOW opgebouwd. Uw opbouw is daarom 90%.

<b>Bedrag</b><br/>U krijgt € 902,14 bruto per maand, inclusief vakantiegeld. Wij maken het over op {iban}.

<b>Wetgeving</b><br/>Deze beslissing is gebaseerd op de Algemene Ouderdomswet (AOW), artikelen 7, 13 en 14. Het
AOW-pensioen werd in 1957 ingevoerd onder minister-president Willem Drees; daarom spreekt men nog wel van
'van Drees trekken'.

<b>Bent u het niet eens met deze beslissing?</b><br/>Dan kunt u binnen zes weken bezwaar maken via Mijn SVB of
per brief aan SVB, Postbus 1105, 1180 BG Amstelveen.

Met vriendelijke groet,<br/>Sociale Verzekeringsbank

Carolien Feenstra<br/>medewerker AOW, team Friesland 3""")
    build_rl(path, s, first, margins=(25, 65, 20, 25), title="AOW beslissing",
             author="SVB\\cfeenstra")
    g.p("G.H. Bruinsma", "Bruinsma", "G.H.")
    g.r("ADDRESS", "woonadres", "Pieter Stuyvesantweg 19", "8937 AJ")
    g.r("BSN", "BSN aanvrager", bsn)
    g.p("J. Bruinsma-Hiemstra", "Bruinsma-Hiemstra")
    g.r("BSN", "BSN partner", bsn2)
    g.r("DOB", "geboortedatum partner", "2 november 1961")
    g.r("IBAN", "IBAN", iban)
    g.p("Carolien Feenstra", "Feenstra", "Carolien")
    g.p("Carolien Feenstra (account in Info /Author)", "cfeenstra", ch="metadata")
    g.r("PHONE", "direct nummer", "058 - 244 91 37")
    g.k("ORG", "SVB", "Sociale Verzekeringsbank", "SVB")
    g.k("ADDRESS", "SVB adres", "Van Heuven Goedhartlaan 1", "Postbus 1105", "020 - 656 52 52", "www.svb.nl")
    g.k("CASE", "kenmerk", "AOW-2025/118.440")
    g.k("LAW", "AOW", "Algemene Ouderdomswet", "artikelen 7, 13 en 14")
    g.k("PERSON_PUBLIC", "Willem Drees (historisch)", "Willem Drees", "Drees")
    g.k("PLACE", "plaatsen", "Leeuwarden", "Wilhelmshaven", "Amstelveen")
    g.k("TERM", "termen", "AOW-leeftijd", "€ 902,14", "Mijn SVB")
    return g


# ---------------------------------------------------------------- bq10 SVB kinderbijslag
@builder("bq10_svb_kinderbijslag")
def bq10(path, g):
    st = styles("DejaVuSans", 9)
    bsn = make_bsn("52290418")

    def first(c, d):
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(20 * mm, 280 * mm, "SVB  Kinderbijslag")
        c.setFont("DejaVuSans", 7.5)
        c.drawString(20 * mm, 275 * mm, "SVB kantoor Roermond - Postbus 1105 - 1180 BG Amstelveen - T 030 - 264 90 20")
        footer(c, d, "KB 402 - herziening kinderbijslag", font="DejaVuSans")

    s = [Spacer(1, 12 * mm)]
    s += paras(st, f"""Mevrouw F. Haddou-El Amrani<br/>Burgemeester Custersstraat 7 A<br/>6041 KT Roermond<br/><br/>
Datum: 28 februari 2025 &nbsp;&nbsp; Kenmerk: KB-25-0212877 &nbsp;&nbsp; BSN: {bsn}""", "tight")
    s += [Spacer(1, 6 * mm)]
    s += paras(st, """<b>Wij stoppen de kinderbijslag voor één van uw kinderen</b>

Geachte mevrouw Haddou-El Amrani,

Uit onze gegevens blijkt dat uw zoon sinds 1 december 2024 niet meer bij u woont. Hij staat ingeschreven bij zijn
vader, de heer Y. Haddou, in Venlo. U krijgt daarom vanaf het eerste kwartaal van 2025 geen kinderbijslag meer voor
hem. De kinderbijslag voor uw andere kinderen loopt door.""")
    s += [tbl(st, [["Kind", "Geboortedatum", "Kinderbijslag 1e kw. 2025"],
                   ["Ilyas Haddou", "09-06-2012", "€ 0,00 (woont elders)"],
                   ["Noor Haddou", "21-11-2015", "€ 313,87"],
                   ["Adam Haddou", "02-04-2019", "€ 313,87"]], [55 * mm, 35 * mm, 60 * mm])]
    s += [Spacer(1, 4 * mm)]
    s += paras(st, """Deze beslissing is genomen op grond van de Algemene Kinderbijslagwet (AKW), artikel 7. Krijgt u ook
kindgebonden budget van Dienst Toeslagen? Dan verandert dat mogelijk ook. Dat regelt Dienst Toeslagen zelf.

Heeft u vragen? Bel ons op 030 - 264 90 20. Uw vraag is behandeld door Henk Spronck, team Limburg-Noord.

Met vriendelijke groet,<br/>Sociale Verzekeringsbank""")
    build_rl(path, s, first, margins=(20, 20, 25, 25), title="KB herziening")
    g.p("F. Haddou-El Amrani", "Haddou-El Amrani")
    g.r("ADDRESS", "woonadres", "Burgemeester Custersstraat 7 A", "6041 KT")
    g.r("BSN", "BSN", bsn)
    g.p("Y. Haddou (vader)", "Y. Haddou")
    g.p("Ilyas Haddou", "Ilyas")
    g.p("Noor Haddou", "Noor")
    g.p("Adam Haddou", "Adam")
    g.r("DOB", "geboortedata kinderen", "09-06-2012", "21-11-2015", "02-04-2019")
    g.p("Henk Spronck", "Spronck", "Henk")
    g.k("ORG", "organisaties", "Sociale Verzekeringsbank", "Dienst Toeslagen", "SVB")
    g.k("PHONE", "algemeen SVB", "030 - 264 90 20")
    g.k("CASE", "kenmerk", "KB-25-0212877")
    g.k("LAW", "AKW", "Algemene Kinderbijslagwet", "artikel 7")
    g.k("PLACE", "plaatsen", "Venlo", "Roermond")
    g.k("TERM", "termen", "kindgebonden budget", "€ 313,87", "team Limburg-Noord")
    return g


# ---------------------------------------------------------------- bq11 SVB PGB (docx)
@builder("bq11_svb_pgb")
def bq11(path, g):
    iban = make_iban("TRIO", "0338719045")
    d = new_docx("Liberation Serif", 11, header="Sociale Verzekeringsbank - Persoonsgebonden budget (pgb) - Servicecentrum pgb Utrecht",
                 footer_text="SVB | Postbus 8024 | 3503 RA Utrecht | pgb-telefoon 030 - 264 82 00 | www.svb.nl/pgb")
    dx_par(d, "Mevrouw L.C.M. (Lies) Oude Nijhuis\nt.a.v. wettelijk vertegenwoordiger: dhr. B.J. Oude Nijhuis\n"
              "Kerkstraat 56\n7471 BS Goor", breaks=True)
    dx_par(d, "Utrecht, 15 mei 2025\nKenmerk: PGB-WLZ-2025-77410\nBudgethoudernummer: BH-0041782", breaks=True)
    dx_par(d, "Onderwerp: zorgovereenkomst goedgekeurd", bold=True)
    dx_par(d, "Geachte mevrouw Oude Nijhuis,")
    dx_par(d, "Wij hebben de zorgovereenkomst ontvangen die u heeft gesloten met uw zorgverlener. Wij hebben deze "
              "goedgekeurd. Het zorgkantoor Menzis Twente heeft de zorg beoordeeld op grond van de Wet langdurige "
              "zorg (Wlz). U heeft een indicatie voor het zorgprofiel VV-05 (beschermd wonen met intensieve "
              "dementiezorg).")
    dx_table(d, [["Zorgverlener", "Soort overeenkomst", "Tarief", "Ingangsdatum"],
                 ["Maria Gonçalves Pereira", "arbeidsovereenkomst", "€ 24,50 per uur", "1 juni 2025"],
                 ["Thuiszorg Hof van Twente B.V.", "overeenkomst met zorgverlener", "€ 58,00 per uur",
                  "1 juni 2025"]])
    dx_par(d, "")
    dx_par(d, "Wij betalen de zorgverlener mevrouw Gonçalves Pereira elke maand uit op rekening " + iban +
              ". Houd u de uren bij en declareer deze via Mijn PGB.")
    dx_par(d, "Heeft u vragen? Uw vaste contactpersoon is Thijs Dorgelo-Wennink, bereikbaar via "
              "thijs.dorgelo-wennink@svb.nl. Algemene vragen: pgb-telefoon 030 - 264 82 00.")
    dx_par(d, "Met vriendelijke groet,\n\nSociale Verzekeringsbank\nServicecentrum pgb", breaks=True)
    build_docx(path, d)
    g.p("Lies Oude Nijhuis", "Oude Nijhuis", "Lies", "L.C.M.")
    g.p("B.J. Oude Nijhuis", "B.J. Oude Nijhuis")
    g.r("ADDRESS", "woonadres", "Kerkstraat 56", "7471 BS")
    g.r("ID", "budgethoudernummer", "BH-0041782")
    g.r("HEALTH", "indicatie", "VV-05", "dementiezorg")
    g.p("Maria Gonçalves Pereira", "Gonçalves Pereira", "Maria")
    g.r("IBAN", "IBAN zorgverlener", iban)
    g.p("Thijs Dorgelo-Wennink", "Dorgelo-Wennink", "Thijs", "thijs.dorgelo-wennink@svb.nl")
    g.k("ORG", "organisaties", "Sociale Verzekeringsbank", "Menzis Twente", "Thuiszorg Hof van Twente B.V.",
        "SVB")
    g.k("ADDRESS", "SVB", "Postbus 8024", "3503 RA Utrecht", "030 - 264 82 00", "www.svb.nl/pgb")
    g.k("CASE", "kenmerk", "PGB-WLZ-2025-77410")
    g.k("LAW", "Wlz", "Wet langdurige zorg")
    g.k("PLACE", "Goor", "Goor")
    g.k("TERM", "termen", "zorgovereenkomst", "Mijn PGB", "€ 24,50 per uur", "Servicecentrum pgb")
    return g


# ---------------------------------------------------------------- bq12 rapportage fraudeonderzoek (2 p)
@builder("bq12_bijstand_fraudeonderzoek")
def bq12(path, g):
    st = styles("LiberationSans", 9.5)
    bsn = make_bsn("28460173")

    def pg(c, d):
        c.setFont("LiberationSans-Bold", 10)
        c.drawString(22 * mm, 282 * mm, "Gemeente Helmond")
        c.setFont("LiberationSans", 8)
        c.drawString(22 * mm, 278 * mm, "Werk en Inkomen - team Handhaving / sociale recherche")
        c.drawRightString(188 * mm, 282 * mm, "VERTROUWELIJK")
        c.drawRightString(188 * mm, 278 * mm, "Zaaknummer HH-2025-0147")
        footer(c, d, "Rapportage onderzoek rechtmatigheid bijstand - niet verspreiden", font="LiberationSans", total=2)

    s = paras(st, "Rapportage onderzoek rechtmatigheid uitkering Participatiewet", "h1")
    s += [tbl(st, [["Onderzochte", "mevrouw Shirin Rahimi, geboren 30-10-1988, BSN " + bsn],
                   ["Adres", "Mierloseweg 212, 5707 AP Helmond"],
                   ["Uitkering", "bijstand alleenstaande ouder, sinds 01-06-2021"],
                   ["Aanleiding", "anonieme tip via het Meldpunt Fraude van 10-12-2024; signaal Inlichtingenbureau"],
                   ["Onderzoekers", "K. (Karin) Verhoeven-Pinas en M. el Khattabi, sociaal rechercheurs"],
                   ["Opdrachtgever", "teamleider Handhaving, Gert-Jan Swinkels"]], [35 * mm, 131 * mm], head=False)]
    s += [Spacer(1, 4 * mm)]
    s += paras(st, """<b>1. Vermoeden</b><br/>Het vermoeden is dat mevrouw Rahimi een gezamenlijke huishouding voert met
de heer Dennis van den Akker (geboren 12-05-1985), die staat ingeschreven op het adres Kromme Steenweg 9 in
Helmond, en dat zij dit niet heeft gemeld (artikel 17 Participatiewet).

<b>2. Verrichte onderzoekshandelingen</b><br/>a. Raadpleging BRP, RDW en Suwinet. Op naam van Van den Akker staat de
personenauto met kenteken GZ-418-T.<br/>
b. Waarnemingen op 7, 9, 14, 16 en 21 januari 2025 tussen 06.30 uur en 08.15 uur bij het adres
Mierloseweg 212. Op vier van de vijf ochtenden stond de auto met kenteken GZ-418-T voor de woning en verliet
de heer Van den Akker rond 07.10 uur de woning.<br/>
c. Buurtonderzoek op 22 januari 2025. De buurvrouw, mevrouw Anja Lathouwers (huisnummer 214), verklaarde dat
„Dennis daar eigenlijk altijd is, ook in het weekend".<br/>
d. Verhoor van mevrouw Rahimi op 4 februari 2025 op het Werkplein Helmond, in aanwezigheid van haar
advocaat mr. T. Boukhari-Janssen.""")
    s += [PageBreak()]
    s += paras(st, """<b>3. Verklaring</b><br/>Mevrouw Rahimi verklaarde dat de heer Van den Akker de vader is van haar
jongste kind en dat hij 's ochtends de kinderen naar school brengt. Zij verklaarde dat hij niet bij haar woont
en dat hij sinds november 2024 onder behandeling is bij Novadic-Kentron vanwege een verslaving, waardoor hij
soms bij haar overnacht. Zij heeft bankafschriften overgelegd.

<b>4. Bevindingen</b><br/>Het onderzoek levert onvoldoende bewijs op voor een gezamenlijke huishouding in de zin van
artikel 3 Participatiewet. Wel is gebleken dat mevrouw Rahimi inkomsten uit schoonmaakwerk bij
Schoonmaakbedrijf Glansrijk B.V. (december 2024 en januari 2025, totaal € 1.146,00) niet heeft opgegeven. Dit
is een schending van de inlichtingenplicht.

<b>5. Advies</b><br/>Terugvordering van € 1.146,00 (artikel 58 Participatiewet) en een bestuurlijke boete
(artikel 18a Participatiewet). Geen aangifte bij het Openbaar Ministerie, omdat het benadelingsbedrag onder de
grens van € 10.000 van de Aanwijzing sociale zekerheidsfraude ligt. Het college, in de persoon van
wethouder Marjolein Verhappen (portefeuille Werk en Inkomen), wordt hierover in het reguliere
portefeuillehoudersoverleg geïnformeerd.""")
    s += [Spacer(1, 6 * mm)]
    s += [tbl(st, [["Opgemaakt door", "Functie", "Datum", "Paraaf"],
                   ["K. Verhoeven-<br/>Pinas", "sociaal rechercheur", "18-02-2025", "KVP"],
                   ["M. el Khattabi", "sociaal rechercheur", "18-02-2025", "MeK"],
                   ["G.J. Swinkels", "teamleider Handhaving", "20-02-2025", "GJS"]],
                   [45 * mm, 50 * mm, 30 * mm, 25 * mm])]
    s += [Spacer(1, 4 * mm)]
    s += paras(st, "Telefonisch bereikbaar via het KCC van de gemeente Helmond: 14 0492.", "small")
    build_rl(path, s, pg, margins=(22, 22, 28, 22), title="Rapportage HH-2025-0147")
    g.p("Shirin Rahimi", "Rahimi", "Shirin")
    g.r("DOB", "geboortedata", "30-10-1988", "12-05-1985")
    g.r("BSN", "BSN", bsn)
    g.r("ADDRESS", "adressen", "Mierloseweg 212", "5707 AP", "Kromme Steenweg 9", "huisnummer 214")
    g.p("Karin Verhoeven-Pinas", "Verhoeven-Pinas", "Karin", "KVP")
    g.p("M. el Khattabi", "el Khattabi", "MeK")
    g.p("Gert-Jan Swinkels", "Swinkels", "Gert-Jan", "GJS")
    g.p("Dennis van den Akker", "van den Akker", "Van den Akker", "Dennis")
    g.r("ID", "kenteken", "GZ-418-T")
    g.p("Anja Lathouwers", "Lathouwers", "Anja")
    g.p("mr. T. Boukhari-Janssen", "Boukhari-Janssen")
    g.r("HEALTH", "verslaving", "verslaving", "Novadic-Kentron")
    g.k("ORG", "organisaties", "Gemeente Helmond", "Inlichtingenbureau", "Meldpunt Fraude", "Openbaar Ministerie",
        "Schoonmaakbedrijf Glansrijk B.V.", "RDW", "Suwinet", "BRP")
    g.k("CASE", "zaak", "HH-2025-0147")
    g.k("LAW", "wetten", "artikel 17 Participatiewet", "artikel 58 Participatiewet", "artikel 18a Participatiewet",
        "Aanwijzing sociale zekerheidsfraude")
    g.k("PERSON_PUBLIC", "wethouder Verhappen (verzonnen)", "Marjolein Verhappen")
    g.k("PLACE", "Werkplein Helmond", "Werkplein Helmond")
    g.k("PHONE", "KCC", "14 0492")
    g.k("TERM", "termen", "sociaal rechercheur", "teamleider Handhaving", "€ 1.146,00", "inlichtingenplicht")
    return g


# ---------------------------------------------------------------- bq13 terugvorderingsbesluit
@builder("bq13_terugvordering_besluit")
def bq13(path, g):
    st = styles("Helvetica", 9.5)
    bsn = make_bsn("28460173")
    gem_iban = make_iban("BNGH", "0285009311")

    def first(c, d):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(22 * mm, 278 * mm, "gemeente Helmond")
        c.setFont("Helvetica", 7.5)
        side_column(c, 150 * mm, 262 * mm, ["*Bezoekadres", "Weg op den Heuvel 35", "5701 NV Helmond",
                                            "*Postadres", "Postbus 950", "5700 AZ Helmond", "T 14 0492",
                                            "www.helmond.nl", "", "*Ons kenmerk", "WI/TV/2025-0388",
                                            "*Zaaknummer", "HH-2025-0147", "*Behandeld door", "D. Tiel",
                                            "debiteurenbeheer"], size=7.5)
        footer(c, d, "Besluit terugvordering en boete Participatiewet")

    s = [Spacer(1, 22 * mm)]
    s += paras(st, "Aan mevrouw S. Rahimi<br/>Mierloseweg 212<br/>5707 AP Helmond", "tight")
    s += [Spacer(1, 10 * mm)]
    s += paras(st, f"""Helmond, 11 maart 2025<br/>Onderwerp: terugvordering bijstand en bestuurlijke boete<br/>BSN: {bsn}

Geachte mevrouw Rahimi,

Uit het onderzoek van onze sociale recherche (rapportage van 18 februari 2025) blijkt dat u inkomsten uit arbeid
niet aan ons heeft doorgegeven. Daardoor heeft u over december 2024 en januari 2025 te veel bijstand ontvangen.

<b>Besluit</b><br/>1. Wij vorderen € 1.146,00 van u terug (artikel 58, eerste lid, Participatiewet).<br/>
2. Wij leggen u een bestuurlijke boete op van € 150,00 (artikel 18a Participatiewet), omdat sprake is van
verminderde verwijtbaarheid.<br/>
3. U kunt het bedrag in termijnen van € 50,00 per maand terugbetalen; wij verrekenen dit met uw uitkering.

Liever in één keer betalen? Maak het bedrag over naar rekening {gem_iban} ten name van gemeente Helmond, onder
vermelding van WI/TV/2025-0388.

Heeft u vragen, bel dan met uw klantmanager, mevrouw Tiel, via 14 0492. Bezwaar maken kan binnen zes weken bij het
college van burgemeester en wethouders, Postbus 950, 5700 AZ Helmond.

Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Helmond,<br/>namens dezen,""")
    s += [Spacer(1, 12 * mm)]
    s += paras(st, "Daniëlle Tiel<br/>medewerker debiteurenbeheer Werk en Inkomen", "tight")
    build_rl(path, s, first, margins=(22, 65, 20, 25), title="Besluit terugvordering")
    g.p("Shirin Rahimi", "Rahimi", "S. Rahimi")
    g.r("ADDRESS", "woonadres", "Mierloseweg 212", "5707 AP")
    g.r("BSN", "BSN", bsn)
    g.p("Daniëlle Tiel (surname is a place)", "D. Tiel", "mevrouw Tiel", "Daniëlle Tiel")
    g.k("ORG", "gemeente Helmond", "gemeente Helmond")
    g.k("IBAN", "rekening gemeente", gem_iban)
    g.k("ADDRESS", "stadhuis", "Weg op den Heuvel 35", "Postbus 950", "www.helmond.nl")
    g.k("PHONE", "14 0492", "14 0492")
    g.k("CASE", "kenmerken", "WI/TV/2025-0388", "HH-2025-0147")
    g.k("LAW", "Participatiewet", "artikel 58, eerste lid, Participatiewet", "artikel 18a Participatiewet")
    g.k("TERM", "bedragen", "€ 1.146,00", "€ 150,00", "college van burgemeester en wethouders")
    return g


# ---------------------------------------------------------------- bq14 klantmanager e-mailketen (2 p)
@builder("bq14_klantmanager_mailketen")
def bq14(path, g):
    st = styles("Carlito", 10.5)
    sep = "<font color='#888888'>________________________________</font>"
    s = paras(st, "<b>Verbruggen, Joost</b>", "tight")
    s += paras(st, "Van: Verbruggen, Joost &lt;joost.verbruggen@utrecht.nl&gt;<br/>Verzonden: dinsdag 11 maart 2025 16:42<br/>"
                   "Aan: Schipper, Lotte &lt;lotte.schipper@uwv.nl&gt;<br/>CC: teamleider WI Overvecht &lt;"
                   "j.d.ramdin@utrecht.nl&gt;; Werkgeversservicepunt Midden-Utrecht &lt;wsp@werkinmiddenutrecht.nl&gt;"
                   "<br/>Onderwerp: RE: plaatsing dhr. Tesfamariam - proefplaatsing Bouwmensen", "tight")
    s += [Spacer(1, 3 * mm)]
    s += paras(st, """Hoi Lotte,

Dank voor het snelle schakelen. Ik heb net met Filmon gebeld (met tolk, hij spreekt nog beperkt Nederlands). Hij
wil graag starten bij Bouwmensen Utrecht. Zijn inburgering via de Wet inburgering 2021 loopt door; de
taalcoach van Taalhuis Overvecht, Willemijn, past de lessen aan op de werkdagen.

Wethouder Rachel Streefland heeft vorige week op het werkplein nog gezegd dat zij dit soort trajecten graag
versneld ziet, dus ik verwacht geen problemen met de loonkostensubsidie. Ik zet Jaswant (teamleider) in de CC
voor akkoord.

Groet,<br/>Joost

Joost Verbruggen | klantmanager Werk en Inkomen<br/>Gemeente Utrecht | Werkplein Overvecht, Zamenhofdreef 2<br/>
M 06 48 19 27 03 | werkdagen ma-di-do""")
    s += paras(st, sep)
    s += paras(st, "Van: Schipper, Lotte &lt;lotte.schipper@uwv.nl&gt;<br/>Verzonden: dinsdag 11 maart 2025 10:05<br/>"
                   "Aan: Verbruggen, Joost<br/>Onderwerp: plaatsing dhr. Tesfamariam - proefplaatsing Bouwmensen", "tight")
    s += [Spacer(1, 3 * mm)]
    s += paras(st, """Hallo Joost,

Vanuit het Werkgeversservicepunt hebben we een werkervaringsplek bij Bouwmensen Utrecht voor jullie klant
Filmon Tesfamariam Gebremedhin (klantnummer gemeente 1048223). Start kan 1 april. Contactpersoon bij
Bouwmensen is Ruud Schoonderwoerd, praktijkopleider (06-22 93 70 15).

Let op: in het dossier staat dat hij last heeft van PTSS-klachten na zijn vlucht; de praktijkopleider weet dat
niet en dat moet ook zo blijven. Kun jij met de GGD (mevrouw Ngo, casemanager statushouders) afstemmen of het
tempo haalbaar is?

Met vriendelijke groet,<br/>
Lotte Schipper<br/>adviseur werk, UWV WERKbedrijf regio Midden-Utrecht<br/>T 06 - 31 84 55 20""")
    s += [PageBreak()]
    s += paras(st, sep)
    s += paras(st, "Van: Ramdin, Jaswant &lt;j.d.ramdin@utrecht.nl&gt;<br/>Verzonden: woensdag 12 maart 2025 08:17<br/>"
                   "Aan: Verbruggen, Joost<br/>CC: Schipper, Lotte<br/>Onderwerp: RE: RE: plaatsing dhr. Tesfamariam",
                   "tight")
    s += [Spacer(1, 3 * mm)]
    s += paras(st, """Akkoord van mijn kant. Joost, leg wel even vast in Suite4Sociaal Domein dat de
werkervaringsplek maximaal zes maanden duurt (artikel 10 Participatiewet, beleidsregels re-integratie
Utrecht 2024). Voor de subsidie graag via het Werkgeversservicepunt, niet via mij.

Groet, J.D. Ramdin<br/>teamleider Werk en Inkomen Overvecht""")
    s += paras(st, sep)
    s += paras(st, """<font size=8>Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het
bericht dan en informeer de afzender. Gemeente Utrecht, Stadsplateau 1, 3521 AZ Utrecht, telefoon 14 030.</font>""")
    build_rl(path, s, lambda c, d: footer(c, d, "Afgedrukt door: JVERBR01 - 12-03-2025 09:02", font="Carlito"),
             margins=(20, 20, 18, 22), title="RE: plaatsing dhr. Tesfamariam")
    add_outline(path, [("Mail 11-03 Verbruggen aan Schipper", 0), ("Doorgestuurd aan R. Altenburg-Smeets (WSP)", 1)])
    g.p("Joost Verbruggen", "Verbruggen", "Joost", "joost.verbruggen@utrecht.nl", ("JVERBR01", False))
    g.p("Lotte Schipper", "Schipper", "Lotte", "lotte.schipper@uwv.nl")
    g.p("Jaswant Ramdin", "Ramdin", "Jaswant", "j.d.ramdin@utrecht.nl")
    g.p("Filmon Tesfamariam Gebremedhin", "Tesfamariam", "Gebremedhin", "Filmon")
    g.r("CLIENTNR", "klantnummer", "1048223")
    g.p("Willemijn (taalcoach)", "Willemijn")
    g.p("Ruud Schoonderwoerd", "Schoonderwoerd", "Ruud")
    g.p("mevrouw Ngo", "Ngo")
    g.r("PHONE", "mobiele nummers", "06 48 19 27 03", "06-22 93 70 15", "06 - 31 84 55 20")
    g.r("HEALTH", "PTSS", "PTSS-klachten")
    g.p("R. Altenburg-Smeets (outline only)", "Altenburg-Smeets", ch="outline")
    g.k("ORG", "organisaties", "Gemeente Utrecht", "UWV WERKbedrijf", "Bouwmensen Utrecht", "Taalhuis Overvecht",
        "GGD", "Werkgeversservicepunt Midden-Utrecht")
    g.k("EMAIL", "functioneel", "wsp@werkinmiddenutrecht.nl")
    g.k("PERSON_PUBLIC", "wethouder Streefland (verzonnen)", "Rachel Streefland")
    g.k("ADDRESS", "werkplein", "Zamenhofdreef 2", "Stadsplateau 1", "14 030")
    g.k("LAW", "wetten", "Wet inburgering 2021", "artikel 10 Participatiewet")
    g.k("TERM", "termen", "loonkostensubsidie", "werkervaringsplek", "Suite4Sociaal Domein", "klantmanager Werk en Inkomen",
        "praktijkopleider")
    return g


# ---------------------------------------------------------------- bq15 Teams chat werkplein
@builder("bq15_teams_chat_werkplein")
def bq15(path, g):
    st = styles("DejaVuSans", 9)
    msgs = [
        ("Fatima Ouaziz", "08:41", "Goedemorgen! Wie pakt vandaag de inloop op het Werkplein Zuidplein? Ik zit tot 11 uur in de "
         "training Participatiewet."),
        ("Bas de Ruiter", "08:43", "Ik doe de inloop tot de lunch. @Mei kun jij daarna?"),
        ("Mei Lin Tjong", "08:47", "Ja prima, vanaf 12.30. In mei ben ik trouwens twee weken weg, even noteren aub"),
        ("Priscilla", "09:02", "Mevr. Kramer belde weer over haar bijzondere bijstand voor de wasmachine. Ze was boos en "
         "zei dat ze naar burgemeester Schouten stapt 🙄"),
        ("Bas de Ruiter", "09:04", "Haha die kennen we. Ze mag natuurlijk altijd een klacht indienen. Ik bel haar terug."),
        ("Sem Vroegindeweij", "09:15", "FYI: wethouder Kasmi komt donderdag om 14.00 uur langs voor het werkbezoek. "
         "Joris regelt koffie en de rondleiding."),
        ("Joris", "09:16", "👍 staat. Ik heb ook Roos gevraagd om het project Doe mee! te presenteren."),
        ("Fatima Ouaziz", "09:20", "Mooi. Let op: dossier van meneer Boateng (BSN eindigend op 771) staat op "
         "naam van de verkeerde klantmanager, @Sem kun jij dat in Socrates omzetten?"),
        ("Sem Vroegindeweij", "09:22", "Doe ik. Stuur je me de brief van de GKB Rotterdam nog even door?"),
        ("Priscilla", "09:40", "Ik ben vanmiddag ziek naar huis, migraine. Kan iemand mijn afspraak van 15.00 uur "
         "(mevr. Wijnands) overnemen?"),
        ("Mei Lin Tjong", "09:41", "Beterschap Pris! Ik neem hem."),
    ]
    s = paras(st, "<b>Chat: Team Werk &amp; Inkomen Zuidplein 🟢</b> &nbsp; <font color='#666666'>Microsoft Teams - "
                  "export 14-05-2025</font>")
    s += [Spacer(1, 3 * mm)]
    rows = []
    for who, tm, msg in msgs:
        rows.append([Paragraph(f"<b>{who}</b><br/><font color='#777777'>{tm}</font>", st["cell"]),
                     Paragraph(msg, st["cell"])])
    t = Table(rows, colWidths=[38 * mm, 128 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dddddd")),
                           ("BACKGROUND", (1, 0), (1, -1), colors.HexColor("#f3f2f1"))]))
    s += [t, Spacer(1, 5 * mm)]
    s += paras(st, "<font color='#666666'>Deelnemers (6): Fatima Ouaziz, Bas de Ruiter, Mei Lin Tjong, Priscilla "
                   "Kwakye-Mensah, Sem Vroegindeweij, Joris Hoogendoorn. Bewaartermijn: 1 jaar (beleid Gemeente "
                   "Rotterdam, cluster Maatschappelijke Ontwikkeling).</font>", "small")
    build_rl(path, s, lambda c, d: footer(c, d, "Gemeente Rotterdam - Teams-export t.b.v. Woo-verzoek 2025-0920",
                                          font="DejaVuSans"), margins=(20, 20, 20, 22))
    g.p("Fatima Ouaziz", "Ouaziz", "Fatima")
    g.p("Bas de Ruiter", "de Ruiter", "Bas")
    g.p("Mei Lin Tjong (first name equals month)", "Tjong", "Mei")
    g.p("Priscilla Kwakye-Mensah", "Kwakye-Mensah", "Priscilla", "Pris")
    g.p("Sem Vroegindeweij", "Vroegindeweij", "Sem")
    g.p("Joris Hoogendoorn", "Hoogendoorn", "Joris")
    g.p("Roos (collega)", "Roos")
    g.p("mevr. Kramer (cliënt)", "Kramer")
    g.p("meneer Boateng (cliënt)", "Boateng")
    g.p("mevr. Wijnands (cliënt)", "Wijnands")
    g.r("HEALTH", "ziekte medewerker", "migraine")
    g.k("PERSON_PUBLIC", "burgemeester Schouten", "burgemeester Schouten")
    g.k("PERSON_PUBLIC", "wethouder Kasmi", "wethouder Kasmi")
    g.k("ORG", "organisaties", "Gemeente Rotterdam", "GKB Rotterdam", "Microsoft Teams", "Socrates")
    g.k("PLACE", "werkplein", "Werkplein Zuidplein")
    g.k("LAW", "Participatiewet", "Participatiewet")
    g.k("TERM", "termen", "bijzondere bijstand", "Doe mee!", "In mei", "Maatschappelijke Ontwikkeling",
        "Woo-verzoek 2025-0920")
    return g


# ---------------------------------------------------------------- bq16 Arbeidsinspectie inspectierapport (docx, 2 p)
@builder("bq16_arbeidsinspectie_rapport")
def bq16(path, g):
    d = new_docx("DejaVu Sans", 9.5, header="Nederlandse Arbeidsinspectie | Directie Arbeidsmarktfraude | Postbus 90801, 2509 LV Den Haag",
                 footer_text="Boeterapport NLA-2025-004518 - Kassenbouw Westland Agro B.V. - bevat persoonsgegevens")
    d.add_heading("Boeterapport", level=1)
    dx_table(d, [["Inspectienummer", "NLA-2025-004518"],
                 ["Werkgever", "Kassenbouw Westland Agro B.V., Zwethkade 40, 2691 KP 's-Gravenzande (KvK 55870124)"],
                 ["Bestuurder", "de heer W.A.M. van der Zande (directeur)"],
                 ["Uitlener", "Flexpower Uitzendingen B.V., Rotterdam"],
                 ["Datum inspectie", "18 februari 2025, 07.30 uur"],
                 ["Inspecteurs", "E.M. Vlaardingerbroek (rapporteur) en Dariusz Kowalczyk"],
                 ["Tolk", "Pools, telefonisch via Tolk- en Vertaalcentrum Nederland"]], bold_first_col=True)
    d.add_heading("1. Aanleiding", level=2)
    dx_par(d, "De inspectie was onderdeel van het programma Arbeidsmigratie en vond plaats samen met de gemeente "
              "Westland (team Handhaving Wonen) en de Koninklijke Marechaussee. Aanleiding was een melding over "
              "lange werkdagen en onderbetaling van uitzendkrachten op de bouwplaats aan de Naaldwijkseweg.")
    d.add_heading("2. Aangetroffen werknemers", level=2)
    dx_table(d, [["Nr.", "Naam", "Geb.datum", "Nationaliteit", "Identiteitsbewijs", "Bevinding"],
                 ["1", "Tomasz Wiśniewski", "04-07-1994", "Pools", "paspoort EM4471920", "WML: onderbetaling"],
                 ["2", "Katarzyna Nowak-Zielińska", "19-01-1990", "Pools", "ID-kaart DCW218843", "WML: onderbetaling"],
                 ["3", "Ionuț Mărginean", "30-11-1998", "Roemeens", "ID-kaart RX650913", "geen loonstroken"],
                 ["4", "Tarek Haj Ibrahim", "15-03-2001", "Syrisch", "verblijfsdocument V9KL33027", "Wav: geen TWV"],
                 ["5", "Petar Ivanov Stoyanov", "08-08-1987", "Bulgaars", "ID-kaart 648821575", "in orde"]])
    dx_par(d, "")
    dx_par(d, "Werknemer 4, de heer Haj Ibrahim, verklaarde dat hij asielzoeker is en verblijft in het AZC "
              "Rijswijk. Hij had geen tewerkstellingsvergunning (artikel 2 Wet arbeid vreemdelingen). Werknemer 1 "
              "verklaarde dat hij 58 uur per week werkte voor een vast bedrag van € 600 per week en dat "
              "voorman 'Marek' (achternaam onbekend, mogelijk Marek Dudek) de uren bijhield in een schrift.")
    d.add_page_break()
    d.add_heading("3. Arbeidsomstandigheden", level=2)
    dx_par(d, "Op de bouwplaats werkten drie werknemers op hoogte (6 meter) zonder valbeveiliging. Werknemer 3, de "
              "heer Mărginean, had een niet-gemeld arbeidsongeval gehad op 2 februari 2025 (snijwond aan de hand, "
              "behandeld op de SEH van het HMC Westeinde). Dit is een overtreding van artikel 9 "
              "Arbeidsomstandighedenwet.")
    d.add_heading("4. Overtredingen", level=2)
    dx_table(d, [["Wet", "Artikel", "Omschrijving", "Boetenorm"],
                 ["Wet arbeid vreemdelingen", "art. 2", "arbeid zonder TWV (1 vreemdeling)", "€ 8.000"],
                 ["Wet minimumloon en minimumvakantiebijslag", "art. 7 en 13", "onderbetaling (2 werknemers)",
                  "€ 10.000 per werknemer"],
                 ["Arbeidsomstandighedenwet", "art. 9", "niet melden ernstig ongeval", "€ 5.000"],
                 ["Arbeidsomstandighedenbesluit", "art. 3.16", "geen valbeveiliging", "€ 3.000"]])
    dx_par(d, "")
    d.add_heading("5. Zienswijze werkgever", level=2)
    dx_par(d, "De heer Van der Zande heeft op 3 maart 2025 telefonisch zijn zienswijze gegeven. Hij verwees naar "
              "de uitlener; contactpersoon daar is mevrouw Bianca Zuidgeest-Haak (planner). Het rapport is "
              "opgemaakt op ambtseed.")
    dx_par(d, "Den Haag, 10 maart 2025\nE.M. Vlaardingerbroek, inspecteur\n"
              "e.vlaardingerbroek@nlarbeidsinspectie.nl | 06-46 02 85 19", breaks=True)
    build_docx(path, d)
    g.p("W.A.M. van der Zande", "van der Zande", "Van der Zande")
    g.p("E.M. Vlaardingerbroek", "Vlaardingerbroek", "e.vlaardingerbroek@nlarbeidsinspectie.nl")
    g.r("PHONE", "mobiel inspecteur", "06-46 02 85 19")
    g.p("Dariusz Kowalczyk", "Kowalczyk", "Dariusz")
    g.p("Tomasz Wiśniewski", "Wiśniewski", "Tomasz")
    g.p("Katarzyna Nowak-Zielińska", "Nowak-Zielińska", "Katarzyna")
    g.p("Ionuț Mărginean", "Mărginean", "Ionuț")
    g.p("Tarek Haj Ibrahim", "Haj Ibrahim", "Tarek")
    g.p("Petar Ivanov Stoyanov", "Ivanov Stoyanov", "Petar")
    g.r("DOB", "geboortedata", "04-07-1994", "19-01-1990", "30-11-1998", "15-03-2001", "08-08-1987")
    g.r("ID", "documentnummers", "EM4471920", "DCW218843", "RX650913", "V9KL33027", "648821575")
    g.p("Marek Dudek", "Marek", "Dudek")
    g.p("Bianca Zuidgeest-Haak", "Zuidgeest-Haak", "Bianca")
    g.r("HEALTH", "letsel", "snijwond aan de hand")
    g.k("ORG", "organisaties", "Nederlandse Arbeidsinspectie", "Kassenbouw Westland Agro B.V.",
        "Flexpower Uitzendingen B.V.", "Koninklijke Marechaussee", "Tolk- en Vertaalcentrum Nederland",
        "HMC Westeinde", "AZC Rijswijk")
    g.k("ADDRESS", "adressen", "Zwethkade 40", "Postbus 90801", "KvK 55870124", "Naaldwijkseweg")
    g.k("CASE", "inspectienummer", "NLA-2025-004518")
    g.k("LAW", "wetten", "Wet arbeid vreemdelingen", "Wet minimumloon", "artikel 9 Arbeidsomstandighedenwet",
        "art. 3.16")
    g.k("PLACE", "plaatsen", "'s-Gravenzande", "Westland", "Den Haag")
    g.k("TERM", "termen", "Arbeidsmigratie", "tewerkstellingsvergunning", "€ 8.000", "Boetenorm")
    return g


# ---------------------------------------------------------------- bq17 boetebesluit Arbeidsinspectie
@builder("bq17_arbeidsinspectie_boetebesluit")
def bq17(path, g):
    st = styles("LiberationSerif", 10.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#154273"))
        c.rect(100 * mm, 262 * mm, 9 * mm, 35 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 9)
        c.drawString(111 * mm, 282 * mm, "Ministerie van Sociale Zaken en")
        c.drawString(111 * mm, 278 * mm, "Werkgelegenheid")
        c.setFont("Times-Bold", 8)
        side_column(c, 150 * mm, 250 * mm, ["*Nederlandse Arbeidsinspectie", "Directie Arbeidsmarktfraude",
                                            "Bureau Boeterapporten", "Postbus 90801", "2509 LV Den Haag",
                                            "T 0800 - 51 51", "www.nlarbeidsinspectie.nl", "", "*Contactpersoon",
                                            "mr. H.J. (Hanneke) Dijkgraaf", "boeteoplegger", "T 070 - 333 48 91", "",
                                            "*Ons kenmerk", "NLA-BB-2025/19022", "*Inspectienummer",
                                            "NLA-2025-004518"], font="Times-Roman", size=7.5)
        footer(c, d, "Boetebeschikking - Kassenbouw Westland Agro B.V.", font="Times-Roman")

    s = [Spacer(1, 30 * mm)]
    s += paras(st, "Kassenbouw Westland Agro B.V.<br/>t.a.v. de directie<br/>Zwethkade 40<br/>2691 KP 's-Gravenzande", "tight")
    s += [Spacer(1, 10 * mm)]
    s += paras(st, """Datum 2 mei 2025<br/>Betreft Boetebeschikking

Geachte heer Van der Zande,

Namens de minister van Sociale Zaken en Werkgelegenheid leg ik uw onderneming een bestuurlijke boete op van in
totaal € 31.000,00. Het boeterapport van 10 maart 2025 (inspecteur Vlaardingerbroek) ligt hieraan ten grondslag.

De boete is opgebouwd uit: € 8.000 voor overtreding van de Wet arbeid vreemdelingen; € 20.000 voor
onderbetaling van twee werknemers (Wet minimumloon en minimumvakantiebijslag); € 3.000 voor het ontbreken
van valbeveiliging. De overtreding van artikel 9 Arbeidsomstandighedenwet (melding arbeidsongeval) leidt tot een
waarschuwing. De Beleidsregel boeteoplegging Wav 2025 en de Beleidsregel boeteoplegging WML 2025 zijn toegepast.

U heeft aangevoerd dat het personeel door Flexpower Uitzendingen B.V. was ingeleend. Op grond van artikel 7 Wav
geldt u als werkgever. De uitlener ontvangt een afzonderlijke beschikking.

De werknemers Wiśniewski en Nowak-Zielińska moeten binnen vier weken het loon ontvangen waarop zij recht
hebben (last onder dwangsom, artikel 18b WML).

Tegen deze beschikking kunt u binnen zes weken bezwaar maken. Betaal het bedrag binnen zes weken naar het
CJIB; u ontvangt daarvan een acceptgiro.

Hoogachtend,<br/>de minister van Sociale Zaken en Werkgelegenheid,<br/>namens deze,""")
    s += [Spacer(1, 12 * mm)]
    s += paras(st, "mr. H.J. Dijkgraaf<br/>boeteoplegger Nederlandse Arbeidsinspectie", "tight")
    build_rl(path, s, first, margins=(25, 65, 20, 25), title="Boetebeschikking NLA-BB-2025/19022")
    g.p("W.A.M. van der Zande", "Van der Zande")
    g.p("Hanneke Dijkgraaf (surname = office title dijkgraaf)", "H.J. (Hanneke) Dijkgraaf", "mr. H.J. Dijkgraaf",
        "Hanneke")
    g.r("PHONE", "direct nummer", "070 - 333 48 91")
    g.p("Vlaardingerbroek", "Vlaardingerbroek")
    g.p("Tomasz Wiśniewski", "Wiśniewski")
    g.p("Katarzyna Nowak-Zielińska", "Nowak-Zielińska")
    g.k("ORG", "organisaties", "Kassenbouw Westland Agro B.V.", "Nederlandse Arbeidsinspectie", "Flexpower Uitzendingen B.V.",
        "CJIB", "Ministerie van Sociale Zaken en")
    g.k("ADDRESS", "adres", "Zwethkade 40", "Postbus 90801", "0800 - 51 51", "www.nlarbeidsinspectie.nl")
    g.k("CASE", "kenmerken", "NLA-BB-2025/19022", "NLA-2025-004518")
    g.k("LAW", "wetten", "Wet arbeid vreemdelingen", "artikel 7 Wav", "artikel 18b WML",
        "Beleidsregel boeteoplegging Wav 2025")
    g.k("TERM", "bedragen", "€ 31.000,00", "€ 20.000", "boeteoplegger", "last onder dwangsom")
    return g


# ---------------------------------------------------------------- scans: OCR check helper
OCR_DROPPED: dict = {}


def ocr_keep_found(path: Path, g: Gold):
    """Keep only OCR probes that tesseract (as the evaluator runs it) finds in the original scan."""
    from evaluate import image_pages, ocr_count, ocr_text
    with tempfile.TemporaryDirectory(prefix="bq-ocr-") as td:
        entries = ocr_text(path, Path(td), image_pages(path))
    dropped = []
    for item in g.redact:
        kept = []
        for pr in item["probes"]:
            if pr.get("ocr") and ocr_count(entries, pr) == 0:
                dropped.append(pr["text"])
            else:
                kept.append(pr)
        item["probes"] = kept
    g.redact = [i for i in g.redact if i["probes"]]
    OCR_DROPPED[g.stem] = dropped
    if dropped:
        print(f"  {g.stem}: OCR does not read (dropped): {dropped}")


# ---------------------------------------------------------------- bq18 scanned handwritten form
@builder("bq18_scan_handgeschreven_formulier")
def bq18(path, g):
    from reportlab.pdfgen import canvas
    bsn = make_bsn("19283746")
    iban = make_iban("ASNB", "0708123456", grouped=False)
    with tempfile.TemporaryDirectory(prefix="bq18-") as td:
        src = Path(td) / "src.pdf"
        c = canvas.Canvas(str(src), pagesize=A4)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(20 * mm, 275 * mm, "Gemeente Zwolle")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, 270 * mm, "Werk en Inkomen - Formulier Wijzigingen doorgeven (Participatiewet)")
        c.drawRightString(190 * mm, 275 * mm, "WI-F07 versie 2024")
        c.setFont("Courier", 10)
        for i, ln in enumerate(["Mevrouw G.A. Bakker-Osei", "Assendorperstraat 61", "8012 DH  ZWOLLE",
                                "Klantnummer: 3310457    BSN: " + bsn]):
            c.drawString(22 * mm, 258 * mm - i * 5 * mm, ln)
        c.rect(20 * mm, 236 * mm, 110 * mm, 28 * mm)
        c.setFont("Helvetica", 7)
        c.drawString(132 * mm, 260 * mm, "<- gegevens voorgedrukt, controleer ze")
        fields = [("Telefoon", "06 - 3812 7749"),
                  ("Rekeningnummer (IBAN)", iban),
                  ("Wat is er veranderd?", "Mijn dochter Abena woont"),
                  ("", "sinds 1 maart bij haar vader Kwame Osei"),
                  ("", "in Deventer. Ik krijg geen alimentatie."),
                  ("Datum wijziging", "1 maart 2025"),
                  ("Klantmanager (indien bekend)", "mevr. Wouda")]
        y = 222 * mm
        for label, val in fields:
            c.setFont("Helvetica", 9)
            if label:
                c.drawString(20 * mm, y, label)
            c.setDash(1, 2)
            c.line(75 * mm, y - 1.5 * mm, 190 * mm, y - 1.5 * mm)
            c.setDash()
            c.setFont("Femke", 18)
            c.setFillColor(colors.HexColor("#0d1450"))
            c.drawString(77 * mm, y, val)
            c.setFillColor(colors.black)
            y -= 14 * mm
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 95 * mm, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. (artikel 17 Participatiewet)")
        c.drawString(20 * mm, 80 * mm, "Handtekening")
        c.setFont("Femke", 20)
        c.setFillColor(colors.HexColor("#1a237e"))
        c.drawString(50 * mm, 78 * mm, "G. Bakker")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 20 * mm, "Inleveren bij het Werkplein, Lübeckplein 2, Zwolle of sturen naar Postbus 10007, 8000 GA Zwolle.")
        c.save()
        scan_pdf(src, path, seed=18, dpi=200, angle=0.8, quality=60)
    g.p("Grace Bakker-Osei", "Bakker-Osei", "G.A. Bakker-Osei", ocr=True)
    g.r("BSN", "BSN", bsn, ocr=True)
    g.r("CLIENTNR", "klantnummer", "3310457", ocr=True)
    g.r("ADDRESS", "woonadres", "Assendorperstraat 61", "8012 DH", ocr=True)
    g.r("PHONE", "mobiel", "06 - 3812 7749", ocr=True)
    g.r("IBAN", "IBAN", iban, ocr=True)
    g.p("Abena (dochter)", "Abena", ocr=True)
    g.p("Kwame Osei", "Kwame Osei", "Kwame", ocr=True)
    g.p("mevr. Wouda", "Wouda", ocr=True)
    ocr_keep_found(path, g)
    return g


# ---------------------------------------------------------------- bq19 scanned bezwaarschrift (2 p)
@builder("bq19_scan_bezwaarschrift")
def bq19(path, g):
    st = styles("Courier", 10.5, lead=14)
    bsn = make_bsn("24681357")
    with tempfile.TemporaryDirectory(prefix="bq19-") as td:
        src = Path(td) / "src.pdf"
        s = paras(st, """Hendrikus (Henk) Kloosterboer
Oranjestraat 17
9675 HJ Winschoten
tel. 06-52 07 38 11
h.kloosterboer1961@ziggo.nl

Aan: UWV Bezwaar en Beroep
Postbus 58285
1040 HG Amsterdam

Winschoten, 7 april 2025

Betreft: bezwaar tegen de beslissing van 3 maart 2025 (WIA, kenmerk WIA-2025-NN-40718)
Burgerservicenummer: """ + bsn, "tight")
        s += [Spacer(1, 6 * mm)]
        s += paras(st, """Geachte heer, mevrouw,

Hierbij maak ik bezwaar tegen uw beslissing dat ik geen WIA-uitkering krijg omdat ik minder dan 35
procent arbeidsongeschikt zou zijn.

De verzekeringsarts, mevrouw dr. Smeenge, heeft mij maar twintig minuten gesproken. Zij heeft geen
informatie opgevraagd bij mijn cardioloog in het Ommelander Ziekenhuis, dr. Pranoto. Ik heb na mijn
hartinfarct in 2023 nog steeds klachten van hartfalen en ik ben snel moe. Ook de arbeidsdeskundige,
de heer Hofstede, heeft functies geselecteerd die ik niet kan doen, zoals heftruckchauffeur.

Mijn werkgever, Strokarton Oost-Groningen (mijn leidinggevende was Jan Pieter Mulder), heeft
mij ook niets aangeboden.""", "body")
        s += [PageBreak()]
        s += paras(st, """Ik vraag u daarom:
1. een nieuw medisch onderzoek door een andere verzekeringsarts;
2. de informatie van mijn cardioloog op te vragen;
3. mij te horen. Mijn dochter, Marieke Kloosterboer, gaat mee naar de hoorzitting
   als mijn gemachtigde.

Ik heb een kopie van de beslissing en de brief van de cardioloog bijgevoegd.

Met vriendelijke groet,


H. Kloosterboer

Bijlagen: 2""", "body", keep=True)
        build_rl(src, s, margins=(25, 25, 25, 25))
        scan_pdf(src, path, seed=19, dpi=200, angle=1.0, quality=50)
    g.p("Henk Kloosterboer", "Kloosterboer", "Hendrikus", ocr=True)
    g.r("ADDRESS", "woonadres", "Oranjestraat 17", "9675 HJ", ocr=True)
    g.r("PHONE", "mobiel", "06-52 07 38 11", ocr=True)
    g.r("EMAIL", "e-mail", "h.kloosterboer1961@ziggo.nl", ocr=True)
    g.r("BSN", "BSN", bsn, ocr=True)
    g.p("dr. Smeenge", "Smeenge", ocr=True)
    g.p("dr. Pranoto", "Pranoto", ocr=True)
    g.p("Hofstede", "Hofstede", ocr=True)
    g.p("Jan Pieter Mulder", "Jan Pieter Mulder", ocr=True)
    g.p("Marieke Kloosterboer", "Marieke", ocr=True)
    g.r("HEALTH", "hartfalen", "hartinfarct", "hartfalen", ocr=True)
    ocr_keep_found(path, g)
    return g


# ---------------------------------------------------------------- bq20 scanned werkgeversverklaring with stamp
@builder("bq20_scan_werkgeversverklaring")
def bq20(path, g):
    from reportlab.pdfgen import canvas
    bsn = make_bsn("33390112")
    with tempfile.TemporaryDirectory(prefix="bq20-") as td:
        src = Path(td) / "src.pdf"
        c = canvas.Canvas(str(src), pagesize=A4)
        c.setFont("Times-Bold", 15)
        c.drawString(22 * mm, 272 * mm, "Werkgeversverklaring")
        c.setFont("Times-Roman", 10)
        c.drawString(22 * mm, 265 * mm, "Bij aanvraag WW-uitkering (UWV formulier WW 2.0)")
        rows = [("Naam werknemer", "Sevda Karaca-Bulut"),
                ("Burgerservicenummer", bsn),
                ("Geboortedatum", "11-12-1983"),
                ("Functie", "medewerker klantenservice"),
                ("In dienst sinds", "01-09-2016"),
                ("Uit dienst per", "31-03-2025"),
                ("Reden einde dienstverband", "reorganisatie, toestemming UWV ontslagvergunning"),
                ("Uren per week", "32"),
                ("Loon per maand (bruto)", "EUR 3.118,00"),
                ("Naam werkgever", "Energiek Klantcontact B.V., Enschede"),
                ("Ingevuld door", "Roel ter Horst, salarisadministratie"),
                ("Telefoon", "06-27 55 41 08")]
        y = 250 * mm
        for a, b in rows:
            c.setFont("Times-Roman", 11)
            c.drawString(22 * mm, y, a)
            c.setFont("Courier", 11)
            c.drawString(90 * mm, y, b)
            c.line(22 * mm, y - 2.5 * mm, 190 * mm, y - 2.5 * mm)
            y -= 10 * mm
        c.saveState()
        c.setStrokeColor(colors.HexColor("#283593"))
        c.setFillColor(colors.HexColor("#283593"))
        c.translate(140 * mm, 85 * mm)
        c.rotate(8)
        c.roundRect(-35 * mm, -12 * mm, 70 * mm, 24 * mm, 3 * mm, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(0, 3 * mm, "ENERGIEK KLANTCONTACT B.V.")
        c.setFont("Helvetica", 8)
        c.drawCentredString(0, -3 * mm, "Hengelosestraat 500, Enschede")
        c.drawCentredString(0, -8 * mm, "KvK 08172634")
        c.restoreState()
        scribble(c, 30 * mm, 80 * mm, seed=20)
        c.setFont("Times-Roman", 10)
        c.drawString(22 * mm, 70 * mm, "Datum: 2 april 2025    Handtekening werkgever")
        c.save()
        scan_pdf(src, path, seed=20, dpi=200, angle=1.2, quality=45)
    g.p("Sevda Karaca-Bulut", "Karaca-Bulut", "Sevda", ocr=True)
    g.r("BSN", "BSN", bsn, ocr=True)
    g.r("DOB", "geboortedatum", "11-12-1983", ocr=True)
    g.p("Roel ter Horst", "ter Horst", "Roel", ocr=True)
    g.r("PHONE", "mobiel", "06-27 55 41 08", ocr=True)
    ocr_keep_found(path, g)
    return g


# ---------------------------------------------------------------- bq21 beslisnota SZW (2 p)
@builder("bq21_beslisnota_szw")
def bq21(path, g):
    st = styles("LiberationSans", 9.5)
    side = ["*Directie Sociale Verzekeringen", "Parnassusplein 5", "2511 VX Den Haag", "Postbus 90801",
            "2509 LV Den Haag", "www.rijksoverheid.nl", "", "*Contactpersoon", "drs. B.L. (Bart) Hoekstra-",
            "van Dalfsen", "beleidsmedewerker WIA", "T 06-15 88 20 74", "bhoekstra@minszw.nl", "",
            "*Kenmerk", "2025-0000081442", "*Datum", "24 maart 2025", "*Bijlagen", "2"]

    def first(c, d):
        c.setFillColor(colors.HexColor("#154273"))
        c.rect(100 * mm, 267 * mm, 8 * mm, 30 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LiberationSans", 9)
        c.drawString(110 * mm, 285 * mm, "Ministerie van Sociale Zaken en")
        c.drawString(110 * mm, 281 * mm, "Werkgelegenheid")
        side_column(c, 152 * mm, 255 * mm, side, font="LiberationSans", size=7.5)
        footer(c, d, "Beslisnota - departementaal vertrouwelijk", font="LiberationSans", total=2)

    def later(c, d):
        footer(c, d, "Beslisnota - departementaal vertrouwelijk", font="LiberationSans", total=2)

    s = [Spacer(1, 32 * mm)]
    s += paras(st, "<b>nota</b>", "h1")
    s += paras(st, """Aan: de minister van Sociale Zaken en Werkgelegenheid<br/>
Van: directeur Sociale Verzekeringen<br/>
Kopie aan: staatssecretaris Nobel; directeur-generaal Werk<br/>
Onderwerp: <b>Aanpak achterstanden sociaal-medische beoordelingen UWV - tweede tranche maatregelen</b>""", "tight")
    s += [Spacer(1, 4 * mm)]
    s += paras(st, """<b>Aanleiding</b><br/>UWV heeft op 12 maart 2025 de derde voortgangsrapportage over de
sociaal-medische beoordelingen (SMB) gestuurd. De achterstand is opgelopen tot 113.000 beoordelingen. In het
commissiedebat van 5 februari 2025 heeft Kamerlid Van Kent (SP) gevraagd om een ondergrens voor de wachttijd,
en heeft het lid Patijn (GroenLinks-PvdA) een motie aangekondigd.

<b>Geadviseerd besluit</b><br/>Aan de minister wordt gevraagd: (1) in te stemmen met de tweede tranche
maatregelen (bijlage 1); (2) de Kamerbrief (bijlage 2) te ondertekenen.

<b>Kern</b><br/>- Verzekeringsartsen worden verder ontlast door taakdelegatie naar praktijkondersteuners;
<br/>- de herbeoordeling op verzoek van de werkgever wordt tijdelijk beperkt;
<br/>- UWV zet voor de WIA-claimbeoordeling meer arbeidsdeskundigen in;
<br/>- de Arbeidsinspectie en de Gezondheidsraad worden niet betrokken.

<b>Toelichting</b><br/>UWV (afstemming met de heer Pieterse-Mahabier, programmamanager SMB, en
mevrouw drs. Van Rhijn-Oostdam, hoofd Strategie) geeft aan dat de maatregelen in de tweede helft van 2025
effect hebben. Met directeur-generaal Kalverboer is afgesproken dat de financiering uit de
begroting van SZW (artikel 2) komt. De Stichting van de Arbeid is via Frits (secretariaat) geïnformeerd.""")
    s += [PageBreak()]
    s += paras(st, """<b>Krachtenveld</b><br/>De KNMG en de NVVG steunen de taakdelegatie. FNV en CNV vrezen dat
cliënten minder vaak een arts zien. Het Verbond van Verzekeraars heeft via Marjan Elferink-Doosje laten weten
de lijn te steunen.

<b>Financiële gevolgen</b><br/>€ 42 miljoen in 2025, € 38 miljoen in 2026, gedekt binnen artikel 2.

<b>Informatie die niet openbaar gemaakt kan worden</b><br/>[nog in te vullen]""")
    s += [Spacer(1, 5 * mm)]
    s += [tbl(st, [["Naam", "Functie", "Paraaf", "Datum"],
                   ["B.L. Hoekstra-van Dalfsen", "beleidsmedewerker", "BHvD", "20-03"],
                   ["Y.S. Chaouch", "coördinerend beleidsmedewerker", "YC", "21-03"],
                   ["mr. C.M. Tjoa-Lammerts", "plv. directeur SV", "CT", "24-03"],
                   ["Juridische Zaken (Koen)", "wetgevingsjurist", "KvdB", "21-03"]],
                   [55 * mm, 55 * mm, 25 * mm, 20 * mm])]
    build_rl(path, s, first, later, margins=(22, 62, 18, 22), title="Beslisnota SMB tweede tranche")
    set_xmp(path, creator=["Kuiper-Lindhout, Ellemieke"], title="Beslisnota SMB tweede tranche")
    g.p("Bart Hoekstra-van Dalfsen (over line break)", "Hoekstra- van Dalfsen", "Hoekstra-van Dalfsen", "Bart",
        "bhoekstra@minszw.nl", "BHvD")
    g.r("PHONE", "mobiel", "06-15 88 20 74")
    g.p("Pieterse-Mahabier (UWV)", "Pieterse-Mahabier")
    g.p("drs. Van Rhijn-Oostdam (UWV)", "Van Rhijn-Oostdam")
    g.p("Frits (StvdA secretariaat)", "Frits")
    g.p("Marjan Elferink-Doosje", "Elferink-Doosje", "Marjan")
    g.p("Y.S. Chaouch", "Chaouch", "YC")
    g.p("mr. C.M. Tjoa-Lammerts", "Tjoa-Lammerts", "CT")
    g.p("Koen (JZ)", "Koen", "KvdB")
    g.p("Ellemieke Kuiper-Lindhout (XMP dc:creator only)", "Kuiper-Lindhout", "Ellemieke", ch="metadata")
    g.k("PERSON_PUBLIC", "staatssecretaris Nobel", "staatssecretaris Nobel")
    g.k("PERSON_PUBLIC", "Kamerlid Van Kent", "Kamerlid Van Kent")
    g.k("PERSON_PUBLIC", "het lid Patijn", "het lid Patijn")
    g.k("PERSON_PUBLIC", "DG Kalverboer (verzonnen)", "directeur-generaal Kalverboer")
    g.k("ORG", "organisaties", "UWV", "Gezondheidsraad", "Stichting van de Arbeid", "KNMG", "NVVG", "FNV", "CNV",
        "Verbond van Verzekeraars", "Arbeidsinspectie")
    g.k("ADDRESS", "SZW", "Parnassusplein 5", "Postbus 90801")
    g.k("CASE", "kenmerk", "2025-0000081442")
    g.k("HEAD", "kopjes", "Informatie die niet openbaar gemaakt kan worden", "Geadviseerd besluit", "Krachtenveld")
    g.k("TERM", "termen", "113.000", "€ 42 miljoen", "taakdelegatie", "praktijkondersteuners", "programmamanager SMB")
    return g


# ---------------------------------------------------------------- bq22 verslag driegesprek (docx)
@builder("bq22_verslag_driegesprek")
def bq22(path, g):
    d = new_docx("Carlito", 11, header="UWV Deskundigenoordeel - Verslag gesprek",
                 footer_text="UWV | Deskundigenoordeel DO-2025-06612 | pagina 1")
    d.add_heading("Verslag gesprek deskundigenoordeel", level=1)
    dx_table(d, [["Datum", "13 mei 2025, 10.00-11.15 uur, UWV Eindhoven, Kennedyplein 201"],
                 ["Aanvrager", "werkgever Bakkerij Van den Broek-Sanders B.V., Veldhoven"],
                 ["Werknemer", "Priya Ramsaran (bakkersassistent)"],
                 ["Aanwezig", "Priya Ramsaran; haar partner Dimitri Kosmidis; mw. Ellen van den Broek (eigenaar); "
                              "Wim Hendrikx (arbeidsdeskundige UWV, gespreksleider)"],
                 ["Vraag", "Is de re-integratie-inspanning van de werkgever voldoende? (art. 7:658a BW)"]],
             bold_first_col=True)
    dx_par(d, "")
    dx_par(d, "Wim opent het gesprek en legt uit dat UWV een onafhankelijk oordeel geeft. Mevrouw Van den Broek "
              "vertelt dat Priya sinds oktober 2024 ziek is. Zij heeft passend werk aangeboden in de winkel "
              "(verkoop, zittend). Priya geeft aan dat zij door haar reuma (diagnose in december 2024, "
              "behandeld in het Máxima MC) haar handen 's ochtends slecht kan gebruiken. Zij wil graag "
              "werken, maar niet om 5.00 uur beginnen.")
    dx_par(d, "De heer Kosmidis merkt op dat de werkgever in de winter geen rekening hield met de koude in de "
              "bakkerij. Mevrouw Van den Broek erkent dat, maar wijst op de drukte in december. Afgesproken wordt "
              "dat Priya vanaf 1 juni start om 9.00 uur in de winkel.")
    dx_par(d, "Conclusie van de arbeidsdeskundige: het aangeboden werk is passend (artikel 30 Ziektewet niet van "
              "toepassing; Wet verbetering poortwachter). Het volledige deskundigenoordeel volgt schriftelijk.")
    dx_par(d, "Verslag: W. Hendrikx, 13 mei 2025. Akkoord verslag gevraagd per e-mail aan "
              "ellen@bakkerijvandenbroek.nl en priya.ramsaran@outlook.com.")
    build_docx(path, d)
    g.p("Priya Ramsaran", "Ramsaran", "Priya", "priya.ramsaran@outlook.com")
    g.p("Dimitri Kosmidis", "Kosmidis", "Dimitri")
    g.p("Ellen van den Broek (company carries her surname)", "Ellen van den Broek", "Mevrouw Van den Broek",
        "ellen@bakkerijvandenbroek.nl")
    g.p("Wim Hendrikx", "Hendrikx", "Wim")
    g.r("HEALTH", "reuma", "reuma")
    g.k("ORG", "organisaties", "UWV", "Bakkerij Van den Broek-Sanders B.V.", "Máxima MC")
    g.k("ADDRESS", "UWV Eindhoven", "Kennedyplein 201")
    g.k("CASE", "dossier", "DO-2025-06612")
    g.k("LAW", "wetten", "art. 7:658a BW", "Wet verbetering poortwachter", "artikel 30 Ziektewet")
    g.k("PLACE", "plaatsen", "Veldhoven", "Eindhoven")
    g.k("TERM", "termen", "deskundigenoordeel", "arbeidsdeskundige UWV", "bakkersassistent", "in de winter")
    return g


# ---------------------------------------------------------------- bq23 verslag Regionaal Werkbedrijf + presentielijst
@builder("bq23_verslag_regionaal_werkbedrijf")
def bq23(path, g):
    st = styles("Helvetica", 9)

    def pg(c, d):
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(colors.HexColor("#e65100"))
        c.drawString(20 * mm, 283 * mm, "Regionaal Werkbedrijf Regio Zwolle")
        c.setFillColor(colors.black)
        footer(c, d, "Verslag bestuurlijk overleg arbeidsmarktregio Regio Zwolle - vastgesteld 17 juni 2025")

    s = paras(st, "Verslag bestuurlijk overleg Regionaal Werkbedrijf, 20 mei 2025", "h1")
    s += paras(st, "Locatie: stadhuis Zwolle, Grote Kerkplein 15. Voorzitter: burgemeester Snijders (Zwolle).")
    s += [tbl(st, [["Aanwezig", "Organisatie / rol"],
                   ["P.H. Snijders", "burgemeester van Zwolle, voorzitter"],
                   ["Gerrit-Jan Kuipers-Rozendaal", "wethouder Werk en Inkomen Kampen (verzonnen)"],
                   ["René Ophof", "FNV, regiobestuurder"],
                   ["Ilona Brands-Kamphuis", "VNO-NCW Midden, regiomanager"],
                   ["Erik-Jan de Wolff", "UWV WERKbedrijf, regiomanager Regio Zwolle"],
                   ["Saïda Benali", "Werkgeversservicepunt Regio Zwolle, coördinator"],
                   ["Anouk Prins", "secretaris (verslag)"],
                   ["Afwezig met bericht", "wethouder Deventer (vervangen door Marleen Kolkman, beleidsadviseur)"]],
                   [55 * mm, 110 * mm])]
    s += [Spacer(1, 4 * mm)]
    s += paras(st, """<b>1. Opening en mededelingen</b><br/>Burgemeester Snijders opent de vergadering. Hij meldt dat
staatssecretaris Nobel op 2 juli de regio bezoekt in het kader van het programma Simpel Switchen in de
Participatieketen. Wethouder Kuipers-Rozendaal zegt toe de ontvangst in Kampen te organiseren.

<b>2. Banenafspraak en Wet banenafspraak</b><br/>De heer De Wolff licht de cijfers toe: in 2024 zijn in de regio
412 extra banen gerealiseerd. De heer Ophof vraagt aandacht voor de 23 jongeren in de Praktijkroute. Mevrouw
Brands-Kamphuis zegt dat werkgevers behoefte hebben aan één loket. Afgesproken: Saïda stuurt voor de
volgende vergadering een voorstel rond.

<b>3. Casus (besloten)</b><br/>Bespreking van de situatie van een werkzoekende met een arbeidsbeperking uit
Dalfsen, de heer T. van Dalfsen-Wolters, die drie keer uitviel bij een werkgever. Zie vertrouwelijke bijlage.

<b>4. Rondvraag en sluiting</b><br/>Actielijst: (a) De Wolff - cijfers per gemeente; (b) Benali - voorstel één loket;
(c) Prins - uitnodiging bezoek staatssecretaris. Contact secretariaat: secretariaat@regiozwollewerkt.nl.""")
    build_rl(path, s, pg, margins=(20, 20, 20, 22), title="Verslag RWB 20 mei 2025", author="A. Prins")
    g.p("René Ophof", "Ophof", "René")
    g.p("Ilona Brands-Kamphuis", "Brands-Kamphuis", "Ilona")
    g.p("Erik-Jan de Wolff", "de Wolff", "De Wolff", "Erik-Jan")
    g.p("Saïda Benali", "Benali", "Saïda")
    g.p("Anouk Prins", "Anouk Prins", "Prins -")
    g.p("A. Prins (Info /Author)", "A. Prins", ch="metadata")
    g.p("Marleen Kolkman", "Kolkman", "Marleen")
    g.p("T. van Dalfsen-Wolters (surname contains place Dalfsen)", "van Dalfsen-Wolters")
    g.k("PERSON_PUBLIC", "burgemeester Snijders", "burgemeester Snijders", "Burgemeester Snijders")
    g.k("PERSON_PUBLIC", "wethouder Kuipers-Rozendaal (verzonnen)", "Wethouder Kuipers-Rozendaal")
    g.k("PERSON_PUBLIC", "staatssecretaris Nobel", "staatssecretaris Nobel")
    g.k("ORG", "organisaties", "Regionaal Werkbedrijf Regio Zwolle", "FNV", "VNO-NCW Midden", "UWV WERKbedrijf",
        "Werkgeversservicepunt Regio Zwolle")
    g.k("PLACE", "plaatsen", "Dalfsen", "Kampen", "Deventer")
    g.k("ADDRESS", "stadhuis", "Grote Kerkplein 15")
    g.k("EMAIL", "functioneel", "secretariaat@regiozwollewerkt.nl")
    g.k("LAW", "programma/wet", "Simpel Switchen in de Participatieketen", "Wet banenafspraak", "Praktijkroute")
    g.k("TERM", "cijfers", "412 extra banen", "burgemeester van Zwolle, voorzitter")
    return g


# ---------------------------------------------------------------- bq24 besluit loonkostensubsidie
@builder("bq24_loonkostensubsidie_besluit")
def bq24(path, g):
    st = styles("Times-Roman", 10.5)

    def first(c, d):
        c.setFont("Times-Bold", 16)
        c.drawString(25 * mm, 277 * mm, "Gemeente Apeldoorn")
        c.setFont("Times-Roman", 8.5)
        c.drawString(25 * mm, 272 * mm, "Werkgeversservicepunt Stedendriehoek - Marktplein 1 - 7311 LN Apeldoorn - (055) 580 10 00")
        c.line(25 * mm, 269 * mm, 185 * mm, 269 * mm)
        footer(c, d, "Beschikking loonkostensubsidie art. 10d Participatiewet", font="Times-Roman")

    s = [Spacer(1, 8 * mm)]
    s += paras(st, "Hoveniersbedrijf De Groene Vallei V.O.F.<br/>t.a.v. de heer M. Brinkerink<br/>Landgoedlaan 3<br/>"
                   "7339 AA Ugchelen", "tight")
    s += [Spacer(1, 8 * mm)]
    s += paras(st, """Apeldoorn, 22 april 2025<br/>Ons kenmerk: LKS-2025-0233<br/>Betreft: toekenning loonkostensubsidie

Geachte heer Brinkerink,

U heeft op 1 april 2025 een arbeidsovereenkomst gesloten met de heer Jelle Bosch-Nijenhuis (geboren
6 juni 2002) voor 28 uur per week als medewerker groenvoorziening. De heer Bosch-Nijenhuis valt onder de
doelgroep banenafspraak. Op 14 april 2025 heeft loonwaardedeskundige Margriet Olthof-Baldé de loonwaarde op de
werkplek vastgesteld op 55%.

<b>Besluit</b><br/>Wij kennen u een loonkostensubsidie toe van 45% van het wettelijk minimumloon plus een opslag van
23% voor werkgeverslasten, met ingang van 1 april 2025 voor de duur van een jaar (artikel 10d Participatiewet).
Uw werknemer krijgt begeleiding van jobcoach Ruben Wijnbergen van Stichting Jobstap (06-40 29 17 85).
De loonwaarde wordt in maart 2026 opnieuw vastgesteld.

De subsidie wordt maandelijks betaald op uw bedrijfsrekening. Wijzigingen (ziekte, einde dienstverband) geeft u
binnen een week door aan wsp@apeldoorn.nl.

Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Apeldoorn,<br/>namens dezen,""")
    s += [Spacer(1, 12 * mm)]
    s += paras(st, "A. (Arjen) Bosch<br/>teamleider Werkgeversservicepunt", "tight")
    build_rl(path, s, first, margins=(25, 25, 35, 25), title="Beschikking LKS")
    g.p("M. Brinkerink (eigenaar V.O.F.)", "Brinkerink")
    g.p("Jelle Bosch-Nijenhuis", "Bosch-Nijenhuis", "Jelle")
    g.r("DOB", "geboortedatum", "6 juni 2002")
    g.p("Margriet Olthof-Baldé", "Olthof-Baldé", "Margriet")
    g.p("Ruben Wijnbergen", "Wijnbergen", "Ruben")
    g.r("PHONE", "mobiel jobcoach", "06-40 29 17 85")
    g.p("Arjen Bosch (surname = word, cf. Bosch-Nijenhuis)", "A. (Arjen) Bosch", "Arjen")
    g.k("ORG", "organisaties", "Gemeente Apeldoorn", "Hoveniersbedrijf De Groene Vallei V.O.F.", "Stichting Jobstap",
        "Werkgeversservicepunt Stedendriehoek")
    g.k("ADDRESS", "adressen", "Marktplein 1", "(055) 580 10 00")
    g.k("EMAIL", "functioneel", "wsp@apeldoorn.nl")
    g.k("CASE", "kenmerk", "LKS-2025-0233")
    g.k("LAW", "wetten", "artikel 10d Participatiewet", "doelgroep banenafspraak", "wettelijk minimumloon")
    g.k("PLACE", "plaatsen", "Ugchelen")
    g.k("TERM", "termen", "loonwaarde", "55%", "loonwaardedeskundige", "jobcoach", "teamleider Werkgeversservicepunt")
    return g


# ---------------------------------------------------------------- bq25 klachtmemo with sticky notes
@builder("bq25_klachtmemo_annotaties")
def bq25(path, g):
    st = styles("DejaVuSans", 9)

    def pg(c, d):
        c.setFont("DejaVuSans-Bold", 10)
        c.drawString(25 * mm, 282 * mm, "UWV Klachtenmanagement")
        c.setFont("Helvetica", 8)
        c.drawRightString(185 * mm, 282 * mm, "Intern memo")
        footer(c, d, "UWV Klachtenmanagement - KL-2025-19873")

    s = [Spacer(1, 4 * mm)]
    s += [tbl(st, [["Aan", "manager Klantcontact regio Noord"],
                   ["Van", "klachtbehandelaar (Irene Zwaagstra)"],
                   ["Datum", "28 mei 2025"],
                   ["Betreft", "klacht van mevrouw Dragana Milošević over bejegening aan de telefoon"]],
              [30 * mm, 130 * mm], head=False)]
    s += [Spacer(1, 5 * mm)]
    s += paras(st, """<b>Klacht</b><br/>Mevrouw Milošević (klantnummer UWV 5520394) belde op 6 mei 2025 naar het
Klantcontactcentrum over haar WW-uitkering. Zij klaagt dat de medewerker, volgens haar ene „Dirk", haar
onvriendelijk behandelde en zei dat zij „maar beter Nederlands moest leren". Uit de telefoonregistratie
blijkt dat zij is gesproken door medewerker D.J. Slagter, team KCC Groningen.

<b>Hoor en wederhoor</b><br/>Op 20 mei heb ik mevrouw Milošević gebeld. Haar buurman, de heer Ruud Zandstra,
deed als tolk mee. De heer Slagter herinnert zich het gesprek en erkent dat de toon niet goed was; er was
die dag grote drukte door een storing in Mijn UWV.

<b>Oordeel</b><br/>Gegrond. Excuses zijn per brief aangeboden. De teamleider, Wendelien Kooistra, bespreekt het
gesprek met de heer Slagter in het kader van coaching. Conform de Algemene wet bestuursrecht (hoofdstuk 9)
is de klacht binnen zes weken afgehandeld.

<b>Advies</b><br/>Opnemen in de kwartaalrapportage klachten (geanonimiseerd). Telefoonnummer van het KCC voor
klanten blijft 088 - 898 92 94.""")
    build_rl(path, s, pg, margins=(25, 25, 25, 25), title="Memo klacht KL-2025-19873")
    add_notes(path, [(0, 170 * mm / 1, 230 * mm, "Wendelien Kooistra",
                      "Akkoord, wel even de naam Slagter eruit in de kwartaalrapportage. WK"),
                     (0, 40, 400, "Hidde Postma-Rienks", "Heb ik de opname nog nodig? Staat in de map van Hidde.")])
    g.p("Irene Zwaagstra", "Zwaagstra", "Irene")
    g.p("Dragana Milošević", "Milošević", "Dragana")
    g.r("CLIENTNR", "klantnummer", "5520394")
    g.p("D.J. Slagter (Dirk)", "Slagter", "Dirk", "D.J.")
    g.p("Ruud Zandstra", "Zandstra", "Ruud")
    g.p("Wendelien Kooistra", "Kooistra", "Wendelien")
    g.p("Hidde Postma-Rienks (sticky note only)", "Postma-Rienks", "Hidde", ch="annotations")
    g.p("paraaf WK (sticky note only)", "WK", ch="annotations")
    g.k("ORG", "organisaties", "UWV Klachtenmanagement", "Klantcontactcentrum", "KCC Groningen")
    g.k("CASE", "kenmerk", "KL-2025-19873")
    g.k("LAW", "Awb", "Algemene wet bestuursrecht")
    g.k("PHONE", "KCC", "088 - 898 92 94")
    g.k("TERM", "termen", "manager Klantcontact regio Noord", "Gegrond", "Mijn UWV", "kwartaalrapportage klachten")
    return g


# ---------------------------------------------------------------- bq26 telefoonnotitie
@builder("bq26_telefoonnotitie")
def bq26(path, g):
    st = styles("Courier", 9.5, lead=12.5)
    s = paras(st, """TELEFOONNOTITIE                               Gemeente Den Haag - Dienst SZW
=====================================================================
Datum/tijd   : 02-06-2025  14:12
Aangenomen   : N. Bouali (klantmanager Schuldhulpverlening)
Beller       : mevr. Anna-Maria de Graaf-Tuinman, beschermingsbewindvoerder
               (De Graaf Bewindvoering, Laan van Meerdervoort 1120)
Terugbellen  : 06-19 74 03 62
Betreft      : cliënt J.K. (Johnny) Lie-A-Fong, dossier SHV-2025-4417
---------------------------------------------------------------------

Mevr. De Graaf meldt dat dhr. Lie-A-Fong sinds 20 mei is opgenomen in
de Parnassia-kliniek (opname i.v.m. psychose). Zij vraagt of de
bijstandsuitkering tijdelijk rechtstreeks naar de beheerrekening kan
(art. 57 Participatiewet). Ook vraagt zij of de afspraak van 10 juni
bij het Werkplein Den Haag Centrum (Spui 70) kan vervallen.

Afgesproken: ik overleg met Guusje (team Inkomen) en bel morgen
terug. Kantonrechter heeft bewind uitgesproken op 14-03-2025
(zaaknummer rechtbank C/09/671204 / BM RK 25-0311).

Actie        : N.B. -> G. van Marrewijk
Doorgezet    : 02-06-2025 14:40, via shv-intake@denhaag.nl
=====================================================================""", "tight")
    build_rl(path, s, lambda c, d: footer(c, d, "Telefoonnotitie - Dienst SZW Den Haag", font="Courier"),
             margins=(20, 20, 20, 20), title="Telefoonnotitie")
    g.p("N. Bouali", "Bouali", ("N.B. ->", False))
    g.p("Anna-Maria de Graaf-Tuinman", "de Graaf-Tuinman", "Anna-Maria", "Mevr. De Graaf")
    g.r("PHONE", "mobiel", "06-19 74 03 62")
    g.p("Johnny Lie-A-Fong", "Lie-A-Fong", "Johnny")
    g.r("HEALTH", "opname", "psychose")
    g.p("Guusje van Marrewijk", "Guusje", "G. van Marrewijk")
    g.k("ORG", "organisaties", "Gemeente Den Haag", "Dienst SZW", "Parnassia-kliniek")
    g.k("ADDRESS", "werkplein", "Spui 70", "Werkplein Den Haag Centrum")
    g.k("EMAIL", "functioneel", "shv-intake@denhaag.nl")
    g.k("CASE", "zaaknummers", "SHV-2025-4417", "C/09/671204")
    g.k("LAW", "wet", "art. 57 Participatiewet")
    g.k("TERM", "termen", "beschermingsbewindvoerder", "Schuldhulpverlening", "Kantonrechter", "beheerrekening")
    return g


# ---------------------------------------------------------------- bq27 AcroForm aanvraag bijzondere bijstand
@builder("bq27_formulier_bijzondere_bijstand")
def bq27(path, g):
    from reportlab.pdfgen import canvas
    bsn = make_bsn("40112358")
    iban = make_iban("SNSB", "0912837465")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Aanvraag bijzondere bijstand")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, 277 * mm, "Gemeente Arnhem")
    c.setFont("Helvetica", 10)
    c.drawString(20 * mm, 270 * mm, "Aanvraagformulier bijzondere bijstand (artikel 35 Participatiewet)")
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 265 * mm, "Digitaal invulbaar formulier BB-01 (2025). Stuur het ingevulde formulier naar "
                 "bijzonderebijstand@arnhem.nl of Postbus 9029, 6800 EL Arnhem.")
    fields = [("naam", "Naam en voorletters", "Yusuf Abdirahman Warsame"),
              ("bsn", "Burgerservicenummer", bsn),
              ("adres", "Adres", "Rosendaalseweg 402-3"),
              ("postcode", "Postcode en plaats", "6824 KV Arnhem"),
              ("telefoon", "Telefoonnummer", "06-44 81 20 96"),
              ("email", "E-mailadres", "y.warsame88@gmail.com"),
              ("iban", "IBAN", iban),
              ("kosten", "Waarvoor vraagt u bijstand?", "wasmachine en koelkast (defect)"),
              ("bedrag", "Bedrag (euro)", "749,00"),
              ("huisarts", "Medische reden (optioneel)", "diabetes type 1 - insuline koel bewaren"),
              ("consulent", "Naam consulent (indien bekend)", "Elske van Zadelhoff")]
    y = 245 * mm
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, y + 2 * mm, label)
        form.textfield(name=name, value=val, x=80 * mm, y=y, width=110 * mm, height=7 * mm, fontName="Helvetica",
                       fontSize=9, borderWidth=0.5, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"))
        y -= 12 * mm
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 100 * mm, "Let op: lever bewijsstukken mee (offerte, bankafschriften van de laatste 3 maanden).")
    c.drawString(20 * mm, 94 * mm, "Uw gegevens worden verwerkt volgens de AVG; zie arnhem.nl/privacy.")
    c.drawString(20 * mm, 15 * mm, "Gemeente Arnhem - Werk en Inkomen - Koningstraat 38 - telefoon 0800 - 1809")
    c.save()
    g.p("Yusuf Abdirahman Warsame (form field only)", "Warsame", "Yusuf Abdirahman", ch="annotations")
    g.r("BSN", "BSN (form field)", bsn, ch="annotations")
    g.r("ADDRESS", "woonadres (form field)", "Rosendaalseweg 402-3", "6824 KV", ch="annotations")
    g.r("PHONE", "mobiel (form field)", "06-44 81 20 96", ch="annotations")
    g.r("EMAIL", "e-mail (form field)", "y.warsame88@gmail.com", ch="annotations")
    g.r("IBAN", "IBAN (form field)", iban, ch="annotations")
    g.r("HEALTH", "diabetes (form field)", "diabetes type 1", ch="annotations")
    g.p("Elske van Zadelhoff (form field)", "van Zadelhoff", "Elske", ch="annotations")
    g.k("ORG", "Gemeente Arnhem", "Gemeente Arnhem")
    g.k("LAW", "wetten", "artikel 35 Participatiewet", "AVG")
    g.k("EMAIL", "functioneel", "bijzonderebijstand@arnhem.nl")
    g.k("ADDRESS", "adres", "Postbus 9029", "Koningstraat 38", "0800 - 1809")
    g.k("TERM", "labels", "Burgerservicenummer", "Naam consulent (indien bekend)", "BB-01")
    return g


# ---------------------------------------------------------------- bq28 verslag cliëntenraad (2 p)
@builder("bq28_verslag_clientenraad")
def bq28(path, g):
    st = styles("DejaVuSerif", 9.5)

    def pg(c, d):
        c.setFont("DejaVuSerif-Bold", 9)
        c.drawString(22 * mm, 283 * mm, "Cliëntenraad Werk en Inkomen Enschede")
        footer(c, d, "Verslag openbare vergadering cliëntenraad - 8 april 2025", font="DejaVuSerif", total=2)

    s = paras(st, "Verslag vergadering cliëntenraad, 8 april 2025", "h1")
    s += paras(st, """<b>Aanwezig:</b> Hennie Lansink-Wevers (voorzitter), Mohamed Aït Ouarab, Gerda ter<br/>
Haar, Tymon Kowalski-Brink, Bertus Kamphuis (secretaris). <b>Namens de gemeente:</b> wethouder Jeroen<br/>
Diepemaat (Werk en Inkomen), beleidsadviseur Lisanne Hoogland-Yıldız en teamleider Bas Maatman.
<b>Gast:</b> de heer Stefan Brummelhuis van Stichting Urgente Noden Twente.

<b>1. Opening</b><br/>Hennie opent de vergadering en heet wethouder Diepemaat welkom. Gerda meldt dat zij na de zomer
stopt in verband met haar gezondheid (zij wordt geopereerd aan haar knie).

<b>2. Ervaringen met de kostendelersnorm</b><br/>Mohamed vertelt over zijn eigen situatie: zijn zoon van 21 woont
thuis en daardoor is zijn uitkering verlaagd. Wethouder Diepemaat legt uit dat de kostendelersnorm in de
Participatiewet staat en dat het kabinet met het wetsvoorstel Participatiewet in balans meer maatwerk mogelijk
wil maken. Mevrouw Hoogland-Yıldız licht toe dat Enschede vooruitloopt met de Beleidsregels
maatwerk kostendelersnorm 2025.""")
    s += [PageBreak()]
    s += paras(st, """<b>3. Bijzondere bijstand en de SUN</b><br/>De heer Brummelhuis presenteert de cijfers van
Stichting Urgente Noden Twente: in 2024 ontvingen 640 huishoudens eenmalige hulp. Tymon vraagt of de SUN ook
kan helpen bij energieschulden. Bas Maatman zegt dat het Energiefonds daar eerst voor is.

<b>4. Signalen uit de achterban</b><br/>Bertus heeft drie signalen ontvangen over lange wachttijden bij het
Werkplein Enschede (Hengelosestraat 51). Eén cliënt, mevrouw Hamidović, wacht al acht weken op een
beslissing. Teamleider Maatman zoekt dit uit.

<b>5. Rondvraag</b><br/>De volgende vergadering is op 10 juni 2025. De cliëntenraad is bereikbaar via
clientenraad.wi@enschede.nl of via het secretariaat: Bertus Kamphuis, 06-53 66 21 90.

<b>Actiepunten</b>""")
    s += [tbl(st, [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["1", "Signaal wachttijden uitzoeken", "B. Maatman", "mei"],
                   ["2", "Brief aan wethouder over kostendelersnorm", "H. Lansink-Wevers", "juni"],
                   ["3", "Werving nieuw lid (opvolging G. ter Haar)", "secretaris", "september"]],
              [12 * mm, 85 * mm, 38 * mm, 25 * mm])]
    build_rl(path, s, pg, margins=(22, 22, 22, 22), title="Verslag cliëntenraad 8 april 2025")
    g.p("Hennie Lansink-Wevers", "Lansink-Wevers", "Hennie")
    g.p("Mohamed Aït Ouarab", "Aït Ouarab", "Mohamed")
    g.p("Gerda ter Haar (over line break)", "Gerda ter Haar", "Gerda", "G. ter Haar")
    g.p("Tymon Kowalski-Brink", "Kowalski-Brink", "Tymon")
    g.p("Bertus Kamphuis", "Kamphuis", "Bertus")
    g.p("Lisanne Hoogland-Yıldız", "Hoogland-Yıldız", "Lisanne")
    g.p("Bas Maatman", "Maatman", "Bas")
    g.p("Stefan Brummelhuis", "Brummelhuis", "Stefan")
    g.p("mevrouw Hamidović", "Hamidović")
    g.r("PHONE", "mobiel secretaris", "06-53 66 21 90")
    g.r("HEALTH", "gezondheid", "geopereerd aan haar knie")
    g.k("PERSON_PUBLIC", "wethouder Diepemaat (Enschede)", "wethouder Diepemaat", "wethouder Jeroen Diepemaat")
    g.k("ORG", "organisaties", "Stichting Urgente Noden Twente", "Cliëntenraad Werk en Inkomen Enschede", "Energiefonds")
    g.k("ADDRESS", "werkplein", "Hengelosestraat 51", "Werkplein Enschede")
    g.k("EMAIL", "functioneel", "clientenraad.wi@enschede.nl")
    g.k("LAW", "wetten", "Participatiewet in balans", "kostendelersnorm",
        "Beleidsregels maatwerk kostendelersnorm 2025")
    g.k("TERM", "termen", "640 huishoudens", "10 juni 2025")
    return g


# ---------------------------------------------------------------- bq29 uitnodiging spreekuur verzekeringsarts
@builder("bq29_uitnodiging_spreekuur")
def bq29(path, g):
    st = styles("DejaVuSerif", 9.5)
    bsn = make_bsn("50607081")

    def first(c, d):
        c.setFont("DejaVuSans-Bold", 15)
        c.setFillColor(colors.HexColor("#0b3d91"))
        c.drawString(25 * mm, 277 * mm, "UWV")
        c.setFillColor(colors.black)
        side_column(c, 150 * mm, 262 * mm, ["*UWV Rotterdam", "Kruisplein 25A", "3014 DB Rotterdam",
                                            "T 088 - 898 92 94", "", "*Datum", "19 juni 2025", "*Ons kenmerk",
                                            "SMZ/RTD/2025/66120", "*Burgerservicenummer", bsn],
                    font="DejaVuSans", size=7.5)
        footer(c, d, "Uitnodiging spreekuur - neem deze brief en een geldig legitimatiebewijs mee",
               font="DejaVuSans")

    s = [Spacer(1, 24 * mm)]
    s += paras(st, "De heer D.F. (Desmond) Asante-Boakye<br/>p/a Leger des Heils, Pieter de Hoochweg 125<br/>"
                   "3024 BG Rotterdam", "tight")
    s += [Spacer(1, 10 * mm)]
    s += paras(st, """<b>Uitnodiging voor een gesprek met de verzekeringsarts</b>

Geachte heer Asante-Boakye,

U heeft een Ziektewet-uitkering. Wij nodigen u uit voor een gesprek met de verzekeringsarts, mevrouw
M.E. Blankenstein-Nooteboom, op <b>dinsdag 8 juli 2025 om 10.40 uur</b> bij UWV Rotterdam, Kruisplein 25A.

In het gesprek bespreken wij hoe het met u gaat en wat u nog kunt. Heeft u informatie van uw behandelaar,
bijvoorbeeld van uw psychiater bij Antes, neem die dan mee. Wilt u iemand meenemen? Dat mag. U noemde in uw
vorige gesprek uw broer, de heer Kofi Asante; ook uw woonbegeleider van het Leger des Heils, Thomas, is welkom.

Heeft u een tolk nodig of kunt u niet komen? Bel dan zo snel mogelijk 088 - 898 92 94. Komt u zonder bericht
niet, dan kunnen wij uw uitkering stopzetten (artikel 45 Ziektewet).

Met vriendelijke groet,<br/>
UWV Sociaal Medische Zaken<br/>
namens deze,<br/>
Jolanda Wiegmans-El Bouzidi, planner SMZ""")
    build_rl(path, s, first, margins=(25, 65, 20, 25), title="Uitnodiging spreekuur")
    g.p("Desmond Asante-Boakye", "Asante-Boakye", "Desmond", "D.F.")
    g.r("BSN", "BSN", bsn)
    g.p("M.E. Blankenstein-Nooteboom", "Blankenstein-Nooteboom")
    g.p("Kofi Asante", "Kofi Asante")
    g.p("Thomas (woonbegeleider)", "Thomas")
    g.p("Jolanda Wiegmans-El Bouzidi", "Wiegmans-El Bouzidi", "Jolanda")
    g.r("HEALTH", "behandeling", "psychiater bij Antes")
    g.k("ORG", "organisaties", "UWV", "Leger des Heils", "UWV Sociaal Medische Zaken")
    g.k("ADDRESS", "adressen", "Kruisplein 25A", "088 - 898 92 94")
    g.k("CASE", "kenmerk", "SMZ/RTD/2025/66120")
    g.k("LAW", "ZW", "artikel 45 Ziektewet")
    g.k("TERM", "termen", "dinsdag 8 juli 2025 om 10.40 uur", "planner SMZ", "verzekeringsarts")
    return g


# ---------------------------------------------------------------- bq30 melding bij Arbeidsinspectie (e-mail, 2 p)
@builder("bq30_melding_arbeidsinspectie")
def bq30(path, g):
    st = styles("LiberationSans", 10)
    s = paras(st, """<b>Van:</b> Meldingen Nederlandse Arbeidsinspectie &lt;meldingen@nlarbeidsinspectie.nl&gt;<br/>
<b>Verzonden:</b> vrijdag 17 januari 2025 11:26<br/>
<b>Aan:</b> Team Intake Arbeidsmarktfraude &lt;intake-amf@nlarbeidsinspectie.nl&gt;<br/>
<b>Onderwerp:</b> FW: Melding via webformulier - uitbuiting kassenbouw Westland [MLD-2025-001377]""", "tight")
    s += [Spacer(1, 4 * mm)]
    s += paras(st, """Ter beoordeling. Melder wil anoniem blijven richting werkgever. - Yvonne (frontoffice)

-----Oorspronkelijk bericht-----<br/>
Naam melder: Henriëtte Vonk-Akkerman<br/>
E-mail: h.vonkakkerman@kpnmail.nl<br/>
Telefoon: 0174 - 62 18 93<br/>
Woonplaats: Naaldwijk

Melding: Ik woon naast een huis aan de Havenstraat 14 in Naaldwijk. Daar wonen sinds december ongeveer 14 Poolse en
Roemeense mannen. Ze worden elke ochtend om half zes opgehaald met een busje van Flexpower Uitzendingen. Een van
hen, Tomasz, vertelde mij dat ze bij Kassenbouw Westland Agro werken, zes dagen per week, en dat de huur van
€ 550 per maand van hun loon wordt ingehouden. De huisbaas is volgens mij de heer Van der Zande van dat bedrijf
zelf. Vorige week is een van de mannen (Ionuț) met een bloedende hand thuisgebracht, niet naar het ziekenhuis.
Ik maak mij zorgen.""")
    s += [PageBreak()]
    s += paras(st, """<b>Van:</b> Team Intake Arbeidsmarktfraude<br/><b>Verzonden:</b> maandag 20 januari 2025 09:03<br/>
<b>Aan:</b> Vlaardingerbroek, Esther; Kowalczyk, Dariusz<br/><b>CC:</b> teamleider AMF-West (Hans Oudshoorn)<br/>
<b>Onderwerp:</b> RE: FW: Melding via webformulier [MLD-2025-001377]

Esther, Dariusz,

Deze melding past in het programma Arbeidsmigratie. De gemeente Westland (team Handhaving Wonen, contact
via handhaving@gemeentewestland.nl) heeft het adres Havenstraat 14 al in beeld in verband met de
registratieplicht (BRP) en het Landelijk Meldpunt Misstanden Arbeidsmigranten. Willen jullie afstemmen met
de Koninklijke Marechaussee over een gezamenlijke actie in februari? Het adres van de melder niet delen.

Groet,<br/>Nadia<br/>
intake-analist Arbeidsmarktfraude | Nederlandse Arbeidsinspectie<br/>
Postbus 90801 | 2509 LV Den Haag | T 0800 - 51 51""")
    build_rl(path, s, lambda c, d: footer(c, d, "MLD-2025-001377 - intern", font="LiberationSans", total=2),
             margins=(22, 22, 20, 22), title="FW: Melding via webformulier")
    g.p("Yvonne (frontoffice)", "Yvonne")
    g.p("Henriëtte Vonk-Akkerman (melder)", "Vonk-Akkerman", "Henriëtte", "h.vonkakkerman@kpnmail.nl")
    g.r("PHONE", "telefoon melder", "0174 - 62 18 93")
    g.r("ADDRESS", "woonadres arbeidsmigranten / buren melder", "Havenstraat 14")
    g.p("Tomasz", "Tomasz")
    g.p("Van der Zande", "Van der Zande")
    g.p("Ionuț", "Ionuț")
    g.p("Esther Vlaardingerbroek", "Vlaardingerbroek", "Esther")
    g.p("Dariusz Kowalczyk", "Kowalczyk", "Dariusz")
    g.p("Hans Oudshoorn", "Oudshoorn", "Hans")
    g.p("Nadia (intake)", "Nadia")
    g.k("ORG", "organisaties", "Nederlandse Arbeidsinspectie", "Flexpower Uitzendingen", "Kassenbouw Westland Agro",
        "Koninklijke Marechaussee", "Landelijk Meldpunt Misstanden Arbeidsmigranten", "gemeente Westland")
    g.k("EMAIL", "functioneel", "meldingen@nlarbeidsinspectie.nl", "intake-amf@nlarbeidsinspectie.nl",
        "handhaving@gemeentewestland.nl")
    g.k("CASE", "melding", "MLD-2025-001377")
    g.k("PLACE", "Naaldwijk", "Naaldwijk")
    g.k("ADDRESS", "NLA", "Postbus 90801", "0800 - 51 51")
    g.k("TERM", "termen", "Arbeidsmigratie", "intake-analist Arbeidsmarktfraude", "registratieplicht", "€ 550")
    return g


# ================================================================ MAIN
def finish(stem: str, g: Gold):
    pdf = DOCS_DIR / f"{stem}.pdf"
    text, n = text_pdfium(pdf)
    problems = []
    for item in g.keep:
        for pr in item["probes"]:
            c = count_in(text, pr)
            if c == 0:
                problems.append(f"keep probe not in text: {pr['text']!r}")
            pr["after"] = c
    for item in g.redact:
        for pr in item["probes"]:
            if pr.get("channel") in (None, "text") and count_in(text, pr) == 0:
                problems.append(f"redact probe not in text: {pr['text']!r}")
    # a redact probe must not be found inside a keep probe's text
    for item in g.keep:
        for kp in item["probes"]:
            for ritem in g.redact:
                for rp in ritem["probes"]:
                    if count_in(norm(kp["text"]), rp):
                        problems.append(f"redact probe {rp['text']!r} inside keep probe {kp['text']!r}")
    gold = {"doc": pdf.name, "pages": n, "redact": g.redact, "keep": g.keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    nr = sum(len(i["probes"]) for i in g.redact)
    nk = sum(len(i["probes"]) for i in g.keep)
    print(f"{stem}: pages={n} redact={nr} keep={nk}" + ("" if not problems else "  PROBLEMS: " + "; ".join(problems)))
    return problems


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = argv or sorted(BUILDERS)
    allp = []
    for stem_prefix in want:
        for stem in sorted(BUILDERS):
            if stem == stem_prefix or stem.startswith(stem_prefix + "_"):
                g = BUILDERS[stem](DOCS_DIR / f"{stem}.pdf", Gold(stem))
                allp += finish(stem, g)
    print(f"build problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
