"""Third blind challenge set: 12 Dutch government documents with labelled personal data.

Run from the repository root:

    .venv/bin/python tests/holdout3/generate.py

Writes tests/holdout3/notes/<name>.pdf and <name>.expected.json. The text of every
document is fixed (no randomness); three producers are mixed: python-docx converted by
LibreOffice, HTML printed by headless Chromium, and reportlab. Every person is invented.

Labelling conventions: each distinct string is listed exactly as written; a surname or first
name that also occurs on its own is listed separately; honorifics (de heer, mevrouw, mr., Dr.)
are not part of the string. Residents' postal addresses are personal data but have no entity
type in this scheme, so they are listed neither under redact nor under keep.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

P, E, T, PA, B, I = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "PARAPH", "NL_BSN", "IBAN_CODE"

# --------------------------------------------------------------------------------------------
# inline markup: **bold**, ^{1} superscript
# --------------------------------------------------------------------------------------------
_INLINE = re.compile(r"(\*\*.+?\*\*|\^\{[^}]*\})")


def segments(text: str):
    """Yield (text, bold, sup)."""
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            yield part[2:-2], True, False
        elif part.startswith("^{"):
            yield part[2:-1], False, True
        else:
            yield part, False, False


def plain(text: str) -> str:
    return "".join(s for s, _, _ in segments(text))


# --------------------------------------------------------------------------------------------
# producers
# --------------------------------------------------------------------------------------------
def render_html(blocks, out_pdf: Path, tmp: Path, style: str = "") -> None:
    def inline(text: str) -> str:
        out = []
        for s, bold, sup in segments(text):
            s = html.escape(s).replace("\n", "<br>")
            if bold:
                s = f"<b>{s}</b>"
            if sup:
                s = f"<sup>{s}</sup>"
            out.append(s)
        return "".join(out)

    body = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            body.append(f"<h1>{inline(b[1])}</h1>")
        elif kind == "h":
            body.append(f"<h2>{inline(b[1])}</h2>")
        elif kind == "p":
            body.append(f"<p>{inline(b[1])}</p>")
        elif kind == "quote":
            body.append(f"<blockquote>{inline(b[1])}</blockquote>")
        elif kind == "small":
            body.append(f"<p class='small'>{inline(b[1])}</p>")
        elif kind == "fn":
            items = "".join(f"<li>{inline(x)}</li>" for x in b[1])
            body.append(f"<hr><ol class='fn'>{items}</ol>")
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            cls = opts.get("cls", "grid")
            h = []
            for i, row in enumerate(rows):
                tag = "th" if (i == 0 and opts.get("header", True)) else "td"
                h.append("<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in row) + "</tr>")
            body.append(f"<table class='{cls}'>{''.join(h)}</table>")
        elif kind == "pagebreak":
            body.append("<div style='page-break-after: always'></div>")
        else:
            raise ValueError(kind)
    doc = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 20mm 20mm 22mm; }}
body {{ font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.35; color: #111; }}
h1 {{ font-size: 15pt; margin: 0 0 10pt 0; }}
h2 {{ font-size: 11.5pt; margin: 14pt 0 4pt 0; }}
p {{ margin: 0 0 7pt 0; }}
blockquote {{ margin: 6pt 18pt; font-style: italic; }}
table {{ border-collapse: collapse; margin: 4pt 0 10pt 0; }}
table.grid td, table.grid th {{ border: 0.6pt solid #444; padding: 3pt 6pt; text-align: left; vertical-align: top; }}
table.plain td {{ padding: 1pt 10pt 1pt 0; vertical-align: top; }}
.small, ol.fn {{ font-size: 8.5pt; }}
{style}
</style></head><body>{"".join(body)}</body></html>"""
    src = tmp / (out_pdf.stem + ".html")
    src.write_text(doc, encoding="utf-8")
    cmd = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-pdf-header-footer",
        f"--user-data-dir={tmp / 'chromium-profile'}",
        f"--print-to-pdf={out_pdf}",
        src.as_uri(),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not out_pdf.exists():
        raise RuntimeError(f"chromium did not write {out_pdf}")


def render_docx(blocks, out_docx: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)

    def fill(par, text, size=None):
        for s, bold, sup in segments(text):
            lines = s.split("\n")
            for j, line in enumerate(lines):
                if j:
                    par.add_run().add_break()
                r = par.add_run(line)
                r.bold = bold or None
                if sup:
                    r.font.superscript = True
                if size:
                    r.font.size = Pt(size)

    for b in blocks:
        kind = b[0]
        if kind == "title":
            fill(d.add_heading(level=1), b[1])
        elif kind == "h":
            fill(d.add_heading(level=2), b[1])
        elif kind in ("p", "quote"):
            par = d.add_paragraph()
            fill(par, b[1])
            if kind == "quote":
                for r in par.runs:
                    r.italic = True
        elif kind == "small":
            fill(d.add_paragraph(), b[1], size=8.5)
        elif kind == "fn":
            for i, x in enumerate(b[1], 1):
                fill(d.add_paragraph(), f"{i} {x}", size=8.5)
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opts.get("cls", "grid") == "grid":
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    fill(
                        cell.paragraphs[0],
                        f"**{c}**"
                        if (i == 0 and opts.get("header", True) and opts.get("cls", "grid") == "grid" and c)
                        else c,
                        size=opts.get("size"),
                    )
            if "widths" in opts:
                from docx.shared import Mm

                t.autofit = False
                for j, col in enumerate(t.columns):
                    col.width = Mm(opts["widths"][j])
                for row in t.rows:
                    for j, cell in enumerate(row.cells):
                        cell.width = Mm(opts["widths"][j])
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(out_docx)


def render_reportlab(blocks, out_pdf: Path, font: str = "DejaVuSans") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = {
        "DejaVuSans": (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        ),
        "DejaVuSerif": (
            "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        ),
    }
    reg, bold = fonts[font]
    pdfmetrics.registerFont(TTFont(font, reg))
    pdfmetrics.registerFont(TTFont(font + "-Bold", bold))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily

    registerFontFamily(font, normal=font, bold=font + "-Bold", italic=font, boldItalic=font + "-Bold")

    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, spaceAfter=5)
    styles = {
        "title": ParagraphStyle("title", parent=base, fontName=font + "-Bold", fontSize=14, leading=18, spaceAfter=10),
        "h": ParagraphStyle("h", parent=base, fontName=font + "-Bold", fontSize=11, leading=14, spaceBefore=8),
        "p": base,
        "quote": ParagraphStyle("quote", parent=base, leftIndent=14),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
    }

    def inline(text):
        out = []
        for s, b, sup in segments(text):
            s = html.escape(s, quote=False).replace("\n", "<br/>")
            if b:
                s = f"<b>{s}</b>"
            if sup:
                s = f"<super>{s}</super>"
            out.append(s)
        return "".join(out)

    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h", "p", "quote", "small"):
            story.append(Paragraph(inline(b[1]), styles[kind]))
        elif kind == "fn":
            story.append(Spacer(1, 6))
            for i, x in enumerate(b[1], 1):
                story.append(Paragraph(inline(f"{i} {x}"), styles["small"]))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            data = [
                [
                    Paragraph(inline(f"**{c}**" if (i == 0 and opts.get("header", True) and c) else c), styles["cell"])
                    for c in row
                ]
                for i, row in enumerate(rows)
            ]
            widths = [w * mm for w in opts["widths"]] if "widths" in opts else None
            t = Table(data, colWidths=widths, hAlign="LEFT")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("cls", "grid") == "grid":
                cmds += [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ]
            t.setStyle(TableStyle(cmds))
            story += [t, Spacer(1, 8)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(
        str(out_pdf),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="",
        author="",
        creator="",
    )
    doc.build(story)


# --------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------
DOCS: list[dict] = []


def document(name, producer, blocks, redact, keep):
    DOCS.append({"name": name, "producer": producer, "blocks": blocks, "redact": redact, "keep": keep})


# 1. Woo-besluit with considerations and inventory table (LibreOffice) ------------------------
document(
    "01-woo-besluit-a27",
    "docx",
    [
        (
            "table",
            [
                ["Ministerie van Infrastructuur en Waterstaat", ""],
                ["Retouradres Postbus 20901, 2500 EX Den Haag", ""],
                [
                    "De heer A.M. Mahamud\nLaan van Meerdervoort 512\n2563 BJ Den Haag",
                    "Directie Bestuurs- en Staatsrechtelijke Zaken\nPostbus 20901\n2500 EX Den Haag\nT 070 456 0000\n\nContactpersoon\nThu Trang Nguyen\nT +31 70 456 7812\nthutrang.nguyen@minienw.nl\n\nWoo-loket\nwoo-verzoeken@minienw.nl",
                ],
            ],
            {"cls": "plain", "header": False},
        ),
        (
            "table",
            [
                ["Datum", "14 maart 2024"],
                ["Kenmerk", "IENW/BSK-2024/48213"],
                ["Onderwerp", "Besluit op uw Woo-verzoek over verkeersmaatregelen A27 Gorinchem"],
            ],
            {"cls": "plain", "header": False},
        ),
        ("p", "Geachte heer Mahamud,"),
        (
            "p",
            "Op grond van de Wet open overheid (Woo) heeft u in uw verzoek van 3 januari 2024, ontvangen op 4 januari 2024, gevraagd om openbaarmaking van documenten over de verkeersmaatregelen op de A27 bij Gorinchem in de periode juni tot en met september 2023.",
        ),
        ("h", "1. Verloop van de procedure"),
        (
            "p",
            "Bij brief van 8 januari 2024 is de ontvangst van uw verzoek bevestigd. Op 9 januari 2024 heeft mevrouw Nguyen u telefonisch gesproken over de reikwijdte van uw verzoek. Bij brief van 30 januari 2024 is de beslistermijn met twee weken verdaagd.",
        ),
        (
            "p",
            "Omdat in de documenten informatie van een derde voorkomt, is het Verkeersadviesbureau Dijkgraaf & Partners in de gelegenheid gesteld een zienswijze te geven. Op 2 februari 2024 heeft de heer Ionuț Marinescu namens het bureau een zienswijze ingediend. De heer Marinescu verzet zich tegen openbaarmaking van het verkeersmodel.",
        ),
        ("h", "2. Overwegingen"),
        (
            "p",
            "**2.1 Eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo)**\nIn de documenten staan namen, telefoonnummers en e-mailadressen van medewerkers van het ministerie, van Rijkswaterstaat en van de provincie Zuid-Holland, en van medewerkers van Dijkgraaf & Partners. Deze medewerkers treden niet uit hoofde van hun functie in de openbaarheid. Het belang van openbaarheid weegt niet op tegen het belang van bescherming van hun persoonlijke levenssfeer. Deze gegevens heb ik daarom onleesbaar gemaakt met de code 5.1.2e.",
        ),
        (
            "p",
            "De namen van bewindspersonen en van functionarissen die uit hoofde van hun functie in de openbaarheid treden, zoals minister Hoogendijk en de directeur-generaal Mobiliteit, mevrouw Eveline Brouwers-Kapteijn, maak ik wel openbaar.",
        ),
        (
            "p",
            "**2.2 Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo)**\nDocument 2 bevat persoonlijke beleidsopvattingen in een document voor intern beraad. Feitelijke informatie in dit document maak ik openbaar; de opvattingen zelf niet.",
        ),
        (
            "p",
            "**2.3 Bedrijfs- en fabricagegegevens (artikel 5.1, eerste lid, onder c, Woo)**\nHet verkeersmodel in document 5 is vertrouwelijk aan de overheid meegedeeld. Ik volg de zienswijze van Dijkgraaf & Partners en maak dit document niet openbaar.",
        ),
        ("h", "3. Besluit"),
        (
            "p",
            "Ik besluit de documenten 1 tot en met 4 deels openbaar te maken, document 5 niet openbaar te maken en document 6 openbaar te maken. In de bijlage vindt u de inventarislijst.",
        ),
        (
            "p",
            "Hoogachtend,\n\nDe minister van Infrastructuur en Waterstaat,\nnamens deze,\nhet hoofd van de Directie Bestuurs- en Staatsrechtelijke Zaken",
        ),
        ("pagebreak",),
        ("h", "Bijlage: inventarislijst"),
        (
            "table",
            [
                ["Nr", "Datum", "Document", "Beoordeling", "Weigeringsgrond"],
                ["1", "12-06-2023", "E-mail RWS aan DGMo over omleidingsroute", "Deels openbaar", "5.1.2e"],
                ["2", "19-06-2023", "Verslag overleg met provincie Zuid-Holland", "Deels openbaar", "5.1.2e, 5.2.1"],
                ["3", "03-07-2023", "Nota aan de minister 'Verkeersbesluit A27'", "Deels openbaar", "5.1.2e"],
                ["4", "10-07-2023", "E-mail M. Popescu aan Verkeersmanagement", "Deels openbaar", "5.1.2e"],
                ["5", "02-08-2023", "Memo verkeersmodel Dijkgraaf & Partners", "Niet openbaar", "5.1.1c"],
                ["6", "15-09-2023", "Kamerbrief voortgang A27", "Openbaar", "-"],
            ],
            {"widths": [9, 22, 74, 28, 32], "size": 9},
        ),
    ],
    [
        ("A.M. Mahamud", P),
        ("Mahamud", P),
        ("Thu Trang Nguyen", P),
        ("+31 70 456 7812", T),
        ("thutrang.nguyen@minienw.nl", E),
        ("Nguyen", P),
        ("Ionuț Marinescu", P),
        ("Marinescu", P),
        ("M. Popescu", P),
    ],
    [
        "Ministerie van Infrastructuur en Waterstaat",
        "woo-verzoeken@minienw.nl",
        "070 456 0000",
        "IENW/BSK-2024/48213",
        "Wet open overheid",
        "Gorinchem",
        "Dijkgraaf & Partners",
        "Rijkswaterstaat",
        "provincie Zuid-Holland",
        "Hoogendijk",
        "Eveline Brouwers-Kapteijn",
        "directeur-generaal Mobiliteit",
        "Directie Bestuurs- en Staatsrechtelijke Zaken",
        "5.1.2e",
        "5.2.1",
        "Verkeersmanagement",
        "Deels openbaar",
    ],
)

# 2. Internal audit report with interview list (reportlab) -----------------------------------
document(
    "02-auditrapport-subsidieproces",
    "reportlab",
    [
        ("title", "Auditrapport Regeling Zorginfrastructuur 2023"),
        (
            "table",
            [
                ["Opdrachtgever", "secretaris-generaal van VWS, Joris Elzinga"],
                ["Uitgevoerd door", "Auditdienst Rijk, cluster VWS"],
                ["Kenmerk", "ADR/2024/0192"],
                ["Auditteam", "Boyan Petkov RA (teamleider), Lieke Bos (senior auditor), Chukwuemeka Eze (auditor)"],
                ["Status", "Definitief, 28 maart 2024"],
            ],
            {"cls": "plain", "header": False, "widths": [35, 130]},
        ),
        ("h", "1 Samenvatting"),
        (
            "p",
            "De Dienst Uitvoering Subsidies aan Instellingen (DUS-I) voert de regeling uit. De Auditdienst Rijk (ADR) heeft op verzoek van de secretaris-generaal onderzocht of DUS-I het subsidieproces voor deze regeling beheerst. Het proces is in opzet toereikend. Het bestaan en de werking van de vier-ogencontrole konden wij niet in alle gevallen vaststellen.",
        ),
        ("h", "2 Bevindingen"),
        (
            "p",
            "**2.1 Vier-ogencontrole.** In 7 van de 40 onderzochte dossiers ontbrak de tweede beoordeling. De behandelaar gaf in het interview (AMJ) aan dat bij piekdrukte in december 2023 is afgeweken van de werkinstructie. Volgens de teamleider (KdW) was die afwijking mondeling afgestemd, maar schriftelijke vastlegging ontbreekt.",
        ),
        (
            "p",
            "**2.2 Autorisaties.** De functioneel beheerder heeft de autorisatiematrix op ons verzoek bijgewerkt. Zwart-Öztürk gaf aan dat twee oud-medewerkers nog schrijfrechten hadden; deze zijn op 14 februari 2024 ingetrokken.",
        ),
        (
            "p",
            "**2.3 Gegevensbescherming.** In een testexport uit het subsidiesysteem troffen wij een onversleuteld burgerservicenummer aan van een contactpersoon van een aanvrager (BSN 245678918). Kuiper bevestigde dat testexports niet automatisch worden verwijderd. Wij adviseren een bewaartermijn van ten hoogste dertig dagen in te stellen.",
        ),
        (
            "p",
            "**2.4 Steekproef.** Bos heeft de steekproef van 40 dossiers getrokken uit 1.212 beschikkingen met een totaalbedrag van € 48,3 miljoen. Eze heeft de betalingen aangesloten op de financiële administratie; er zijn geen verschillen gevonden.",
        ),
        ("h", "3 Aanbevelingen"),
        (
            "p",
            "Wij bevelen de directeur DUS-I aan de werkinstructie voor piekperiodes aan te vullen, de vier-ogencontrole in het systeem af te dwingen en een bewaartermijn voor testexports vast te leggen. De secretaris-generaal heeft in het slotgesprek van 20 februari 2024 ingestemd met deze aanbevelingen.",
        ),
        ("h", "Bijlage 1 Geïnterviewde personen"),
        (
            "table",
            [
                ["Nr", "Naam", "Functie", "Datum interview"],
                ["1", "A. Mathura-Jagesar", "beleidsmedewerker subsidies", "6 februari 2024"],
                ["2", "K. de Wit", "teamleider Subsidieverlening", "6 februari 2024"],
                ["3", "drs. R.P. Kuiper", "controller DUS-I", "8 februari 2024"],
                ["4", "M. Zwart-Öztürk", "functioneel beheerder", "12 februari 2024"],
                ["5", "J. Elzinga", "secretaris-generaal", "20 februari 2024"],
            ],
            {"widths": [10, 45, 60, 40]},
        ),
        ("h", "Bijlage 2 Verzendlijst en contact"),
        (
            "p",
            "Verzendlijst: Algemene Rekenkamer (ter kennisname); secretaris-generaal VWS; directeur DUS-I; Audit Committee VWS.",
        ),
        (
            "p",
            "Vragen over dit rapport kunt u richten aan adr-vws@minfin.nl of aan de teamleider, Boyan Petkov, 06 48 27 19 03.",
        ),
    ],
    [
        ("Boyan Petkov", P),
        ("Lieke Bos", P),
        ("Chukwuemeka Eze", P),
        ("AMJ", PA),
        ("KdW", PA),
        ("Zwart-Öztürk", P),
        ("245678918", B),
        ("Kuiper", P),
        ("Bos", P),
        ("Eze", P),
        ("A. Mathura-Jagesar", P),
        ("K. de Wit", P),
        ("R.P. Kuiper", P),
        ("M. Zwart-Öztürk", P),
        ("06 48 27 19 03", T),
    ],
    [
        "Joris Elzinga",
        "J. Elzinga",
        "Auditdienst Rijk",
        "ADR/2024/0192",
        "Regeling Zorginfrastructuur 2023",
        "Dienst Uitvoering Subsidies aan Instellingen",
        "DUS-I",
        "teamleider Subsidieverlening",
        "functioneel beheerder",
        "beleidsmedewerker subsidies",
        "Audit Committee VWS",
        "Algemene Rekenkamer",
        "adr-vws@minfin.nl",
        "secretaris-generaal",
    ],
)

# 3. Subsidy decision to a citizen-run foundation (Chromium) ---------------------------------
document(
    "03-beschikking-subsidie-wilgenhof",
    "html",
    [
        ("p", "**Provincie Gelderland**\nPostbus 9090, 6800 GX Arnhem\nT (026) 359 99 99 | post@gelderland.nl"),
        (
            "p",
            "Stichting Buurtmoestuin De Wilgenhof\nt.a.v. de heer J. Tavares Semedo, voorzitter\nWilgenhoflaan 3\n6824 BM Arnhem",
        ),
        (
            "table",
            [
                ["Datum", "22 januari 2024"],
                ["Zaaknummer", "2023-019874"],
                ["Behandeld door", "Tom van Leeuwen, team Subsidies"],
                ["Telefoon", "(026) 359 87 41"],
                ["E-mail", "t.vanleeuwen@gelderland.nl"],
                ["Onderwerp", "Beschikking subsidieverlening Groene Buurten"],
            ],
            {"cls": "plain", "header": False},
        ),
        ("p", "Geachte heer Tavares Semedo,"),
        (
            "p",
            "Op 15 november 2023 heeft u namens Stichting Buurtmoestuin De Wilgenhof een subsidie aangevraagd op grond van de Subsidieregeling Groene Buurten Gelderland 2023 voor het project 'Eetbaar Presikhaaf'. Met deze brief beslissen wij op uw aanvraag.",
        ),
        ("h", "Besluit"),
        (
            "p",
            "Wij verlenen Stichting Buurtmoestuin De Wilgenhof een subsidie van ten hoogste € 18.500,00 voor de aanleg van een gemeenschappelijke moestuin met regenwateropvang in de wijk Presikhaaf in Arnhem.",
        ),
        ("h", "Motivering"),
        (
            "p",
            "Uw aanvraag voldoet aan de voorwaarden van artikel 4 van de regeling. Het project draagt bij aan klimaatadaptatie en aan sociale samenhang in de wijk. De begroting is redelijk; de post 'onvoorzien' hebben wij verlaagd tot 5 procent.",
        ),
        ("h", "Verplichtingen"),
        (
            "p",
            "De stichting voert het project uit vóór 1 december 2024. U meldt wijzigingen in het project onverwijld aan ons. De penningmeester, mevrouw Lúcia Fortes, is contactpersoon voor de verantwoording. Uiterlijk 1 maart 2025 dient u een aanvraag tot vaststelling in met een inhoudelijk verslag en een financieel overzicht.",
        ),
        ("h", "Betaling"),
        (
            "p",
            "Wij betalen een voorschot van 80 procent, € 14.800,00, binnen vier weken na de datum van deze beschikking. U heeft in uw aanvraag verzocht het voorschot over te maken op rekeningnummer NL31 INGB 0006 5821 73 ten name van J.B. Tavares Semedo, omdat de stichting nog geen eigen rekening heeft. Wij wijzen u erop dat de subsidie uitsluitend voor het project mag worden besteed.",
        ),
        ("h", "Bezwaar"),
        (
            "p",
            "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de verzenddatum bezwaar maken bij Gedeputeerde Staten van Gelderland, Postbus 9090, 6800 GX Arnhem, op grond van de Algemene wet bestuursrecht.",
        ),
        (
            "p",
            "Met vriendelijke groet,\n\nGedeputeerde Staten van Gelderland,\nnamens dezen,\n\ngedeputeerde Marieke Oosterhuis",
        ),
        (
            "small",
            "Heeft u vragen over deze beschikking? Neem dan contact op met Tom van Leeuwen via (026) 359 87 41. Algemene vragen: (026) 359 99 99.",
        ),
    ],
    [
        ("J. Tavares Semedo", P),
        ("Tavares Semedo", P),
        ("Tom van Leeuwen", P),
        ("(026) 359 87 41", T),
        ("t.vanleeuwen@gelderland.nl", E),
        ("Lúcia Fortes", P),
        ("NL31 INGB 0006 5821 73", I),
        ("J.B. Tavares Semedo", P),
    ],
    [
        "Provincie Gelderland",
        "Stichting Buurtmoestuin De Wilgenhof",
        "(026) 359 99 99",
        "post@gelderland.nl",
        "Subsidieregeling Groene Buurten Gelderland 2023",
        "Eetbaar Presikhaaf",
        "Presikhaaf",
        "Arnhem",
        "Gedeputeerde Staten van Gelderland",
        "Marieke Oosterhuis",
        "Algemene wet bestuursrecht",
        "team Subsidies",
        "2023-019874",
        "penningmeester",
    ],
)

# 4. Ministerial briefing for a Kamerdebat with Q&A (LibreOffice) ----------------------------
document(
    "04-debatdossier-woningbouw",
    "docx",
    [
        ("title", "Debatdossier commissiedebat Woningbouw, 23 april 2024"),
        (
            "table",
            [
                ["Voor", "minister Lucas Verhagen"],
                ["Directie", "DG Volkshuisvesting en Bouwen (DGVB)"],
                ["Opgesteld door", "Ngozi Adeyemi-de Vries, Hevin Doski (DGVB)"],
                ["Eindredactie", "Sander van Wijk (Bestuursondersteuning)"],
                ["Versie", "3 (na ambtelijke afstemming met Financiën)"],
            ],
            {"cls": "plain", "header": False},
        ),
        ("h", "Kern"),
        (
            "p",
            "De commissie voor Volkshuisvesting en Ruimtelijke Ordening debatteert over de voortgang van de woningbouwopgave. Verwacht wordt dat de leden vooral ingaan op de achterblijvende bouw van betaalbare huurwoningen, de stikstofruimte voor woningbouw en de uitvoering van de motie-Dijkhuizen over flexwonen in kleine kernen.",
        ),
        (
            "p",
            "De cijfers in dit dossier komen van het CBS en uit de Monitor Woningbouw (peildatum 1 april 2024). Ngozi heeft ze op 18 april met het Centraal Bureau voor de Statistiek afgestemd.",
        ),
        ("h", "Woordvoerders"),
        (
            "table",
            [
                ["Fractie", "Woordvoerder", "Verwachte inbreng"],
                ["GroenLinks-PvdA", "het lid Okafor", "betaalbare huur, sociale huur in Utrecht"],
                ["PVV", "het lid Zwart", "voorrang statushouders"],
                ["BBB", "het lid Dijkhuizen", "flexwonen, kleine kernen"],
            ],
        ),
        ("h", "Vragen en antwoorden (Q&A)"),
        (
            "p",
            "**V1 (het lid Okafor): Waarom blijft de bouw van betaalbare huurwoningen achter bij de afspraken?**\nA: In 2023 zijn 28.000 betaalbare huurwoningen opgeleverd, tegen een doel van 35.000. De belangrijkste oorzaken zijn de gestegen bouwkosten en de rente. Met de woondeals per regio stuurt de minister op versnelling.",
        ),
        (
            "p",
            "**V2 (het lid Zwart): Klopt het dat statushouders voorrang krijgen bij sociale huurwoningen?**\nA: Gemeenten bepalen zelf hun urgentieregeling. Mevrouw Zwart heeft eerder schriftelijke vragen gesteld; die zijn op 4 maart beantwoord (Aanhangsel Handelingen 2023-2024, nr. 1402).",
        ),
        (
            "p",
            "**V3 (het lid Dijkhuizen): Wanneer komt de minister met de uitwerking van de motie-Dijkhuizen?**\nA: De minister stuurt de Kamer vóór de zomer een brief. Dijkhuizen heeft gevraagd ook de provincies Drenthe en Overijssel te betrekken; dat gebeurt.",
        ),
        (
            "p",
            "**V4: Hoe staat het met de Wet versterking regie volkshuisvesting?**\nA: Het wetsvoorstel ligt bij de Raad van State. Minister Verhagen verwacht het in het najaar bij de Kamer in te dienen.",
        ),
        ("h", "Achtergrond"),
        (
            "p",
            "Zie de Kamerbrief van 12 maart 2024 (Kamerstuk 32847, nr. 1123). Hevin Doski heeft een overzicht per provincie gemaakt (bijlage 2).",
        ),
        ("h", "Contact"),
        (
            "p",
            "Vragen over dit dossier: Van Wijk, 06-23 45 67 81,\nof Hevin Doski, h.doski@minbzk.nl, 070 426 3311.\nBereikbaar via het algemene nummer 070 426 6426 of via debatdossiers@minbzk.nl.",
        ),
    ],
    [
        ("Ngozi Adeyemi-de Vries", P),
        ("Hevin Doski", P),
        ("Sander van Wijk", P),
        ("Ngozi", P),
        ("Van Wijk", P),
        ("06-23 45 67 81", T),
        ("h.doski@minbzk.nl", E),
        ("070 426 3311", T),
    ],
    [
        "Lucas Verhagen",
        "Verhagen",
        "Okafor",
        "Zwart",
        "Dijkhuizen",
        "motie-Dijkhuizen",
        "CBS",
        "Centraal Bureau voor de Statistiek",
        "Monitor Woningbouw",
        "GroenLinks-PvdA",
        "PVV",
        "BBB",
        "DG Volkshuisvesting en Bouwen",
        "DGVB",
        "Bestuursondersteuning",
        "Kamerstuk 32847, nr. 1123",
        "Wet versterking regie volkshuisvesting",
        "Raad van State",
        "070 426 6426",
        "debatdossiers@minbzk.nl",
        "Drenthe",
        "Overijssel",
        "Utrecht",
    ],
)

# 5. Project status report with team overview (reportlab) ------------------------------------
document(
    "05-voortgangsrapportage-koppelvlak",
    "reportlab",
    [
        ("title", "Voortgangsrapportage Q1 2024 - Project Koppelvlak Omgevingsloket"),
        (
            "p",
            "Opdrachtgever: directeur Digitale Samenleving, ministerie van BZK | Uitvoering: Kadaster, Apeldoorn | Status: **oranje**",
        ),
        ("h", "1 Samenvatting"),
        (
            "p",
            "Het project koppelt de vergunningregistraties van gemeenten aan het Omgevingsloket. De pilot draait in de gemeenten Breda en Tiel. Twee van de vier mijlpalen zijn gehaald.",
        ),
        (
            "p",
            "GeoKoppel B.V. levert later: het zaaksysteem van Tiel is daardoor pas zes weken na de planning gekoppeld.",
        ),
        ("h", "2 Mijlpalen"),
        (
            "table",
            [
                ["Mijlpaal", "Gepland", "Status"],
                ["Ontwerp koppelvlak vastgesteld", "31-01-2024", "gereed"],
                ["Testomgeving beschikbaar", "29-02-2024", "gereed"],
                ["Pilot gemeente Breda live", "31-03-2024", "verschoven naar 30-04-2024"],
                ["Pilot gemeente Tiel live", "31-03-2024", "verschoven naar 15-05-2024"],
            ],
            {"widths": [75, 30, 55]},
        ),
        ("h", "3 Team"),
        (
            "table",
            [
                ["Naam", "Rol", "Uren"],
                ["Yohanes Latuheru", "Projectleider", "320"],
                ["Ioana Constantinescu", "Architect", "280"],
                ["Dimitar Georgiev", "Ontwikkelaar", "410"],
                ["Daan Wit", "Tester", "260"],
                ["Mirjam Breda", "Scrum master", "150"],
                ["Ruud Tiel", "Product owner", "120"],
                ["Totaal", "", "1.540"],
            ],
            {"widths": [55, 45, 20]},
        ),
        (
            "p",
            "Georgiev is van 1 mei tot en met 31 juli met ouderschapsverlof; Ioana neemt zijn taken in de backlog over. Wit test vanaf april ook de koppeling voor Breda. Mirjam begeleidt de sprintreviews met beide gemeenten. Latuheru rapporteert maandelijks aan de stuurgroep.",
        ),
        ("h", "4 Risico's"),
        (
            "p",
            "**R1 Levering GeoKoppel.** De leverancier heeft de release van de adapter twee keer uitgesteld. Accountmanager Jelle de Vries heeft op 11 maart een nieuwe planning toegezegd. Maatregel: escalatie via de stuurgroep; contractmanagement bij de Rijksinkooporganisatie.",
        ),
        (
            "p",
            "**R2 Capaciteit.** Door het verlof van de ontwikkelaar neemt de capaciteit in Q2 met 25 procent af. Maatregel: inhuur via de raamovereenkomst ICT-diensten.",
        ),
        ("h", "5 Financiën"),
        ("p", "Begroting 2024: € 640.000. Besteed tot en met maart: € 151.000 (24 procent). Prognose: binnen budget."),
        ("p", "Contact: projectbureau-koppelvlak@kadaster.nl | Yohanes Latuheru, +31 (0)6 1357 2468"),
        ("p", "Paraaf projectleider: YL"),
    ],
    [
        ("Yohanes Latuheru", P),
        ("Ioana Constantinescu", P),
        ("Dimitar Georgiev", P),
        ("Daan Wit", P),
        ("Mirjam Breda", P),
        ("Ruud Tiel", P),
        ("Georgiev", P),
        ("Ioana", P),
        ("Wit", P),
        ("Mirjam", P),
        ("Latuheru", P),
        ("Jelle de Vries", P),
        ("+31 (0)6 1357 2468", T),
        ("YL", PA),
    ],
    [
        "gemeenten Breda en Tiel",
        "Pilot gemeente Breda live",
        "Pilot gemeente Tiel live",
        "Kadaster",
        "Apeldoorn",
        "Omgevingsloket",
        "GeoKoppel B.V.",
        "Rijksinkooporganisatie",
        "directeur Digitale Samenleving",
        "Projectleider",
        "Scrum master",
        "Product owner",
        "projectbureau-koppelvlak@kadaster.nl",
        "zaaksysteem van Tiel",
        "koppeling voor Breda",
    ],
)

# 6. Municipal letter to a resident about a building permit (Chromium) -----------------------
document(
    "06-omgevingsvergunning-dakkapel",
    "html",
    [
        ("p", "**Gemeente Zaltbommel**\nPostbus 10002, 5300 DA Zaltbommel\nTelefoon 14 0418 | info@zaltbommel.nl"),
        ("p", "De heer R. Ramsaran\nOliestraat 27\n5301 BT Zaltbommel"),
        (
            "table",
            [
                ["Zaaknummer", "Z/24/118734"],
                ["Datum", "26 maart 2024"],
                ["Behandelaar", "Edson Monteiro"],
                ["Direct nummer", "0418 68 14 27"],
                ["Onderwerp", "Besluit omgevingsvergunning dakkapel"],
            ],
            {"cls": "plain", "header": False},
        ),
        ("p", "Geachte heer Ramsaran,"),
        (
            "p",
            "U heeft op 5 februari 2024 een omgevingsvergunning aangevraagd voor het plaatsen van een dakkapel aan de achterzijde van uw woning. In uw aanvraag heeft u de volgende gegevens opgegeven:",
        ),
        (
            "table",
            [
                ["Naam aanvrager", "Radjesh Ramsaran"],
                ["BSN", "1734.02.653"],
                ["Telefoon", "06 41 77 02 39"],
                ["E-mail", "radjesh.ramsaran@kpnmail.nl"],
            ],
            {"cls": "grid", "header": False},
        ),
        ("h", "Besluit"),
        (
            "p",
            "Wij verlenen de omgevingsvergunning voor een omgevingsplanactiviteit op grond van de Omgevingswet. De dakkapel past binnen de regels van het omgevingsplan gemeente Zaltbommel en voldoet aan de welstandscriteria van de Nota Ruimtelijke Kwaliteit 2022.",
        ),
        ("h", "Zienswijze"),
        (
            "p",
            "Uw buurvrouw, mevrouw G. van Wijk-Kuiper, heeft laten weten dat zij vreest voor minder zonlicht in haar tuin. Wij hebben de bezonning laten onderzoeken. Daaruit blijkt dat de dakkapel geen merkbare schaduw geeft. Mevrouw Van Wijk-Kuiper heeft een afschrift van dit besluit ontvangen.",
        ),
        ("h", "Leges"),
        (
            "p",
            "Voor dit besluit brengen wij € 1.245,00 aan leges in rekening. U ontvangt hiervoor een aparte nota. U kunt het bedrag overmaken op NL90 BNGH 0285 1172 36 ten name van gemeente Zaltbommel, onder vermelding van het zaaknummer.",
        ),
        ("h", "Vragen"),
        (
            "p",
            "Heeft u vragen over dit besluit? Bel dan Edson Monteiro op 0418 68 14 27 of mail naar e.monteiro@zaltbommel.nl. Voor vragen over het beleid voor dakkapellen kunt u een afspraak maken met wethouder Van den Heuvel via het algemene nummer 14 0418.",
        ),
        (
            "p",
            "Met vriendelijke groet,\n\nburgemeester en wethouders van Zaltbommel,\nnamens dezen,\n\nEdson Monteiro\nvergunningverlener team Vergunningen, Toezicht en Handhaving",
        ),
        (
            "small",
            "Bezwaar: binnen zes weken na verzending bij het college van burgemeester en wethouders, Postbus 10002, 5300 DA Zaltbommel.",
        ),
    ],
    [
        ("R. Ramsaran", P),
        ("Edson Monteiro", P),
        ("0418 68 14 27", T),
        ("Ramsaran", P),
        ("Radjesh Ramsaran", P),
        ("1734.02.653", B),
        ("06 41 77 02 39", T),
        ("radjesh.ramsaran@kpnmail.nl", E),
        ("G. van Wijk-Kuiper", P),
        ("Van Wijk-Kuiper", P),
        ("e.monteiro@zaltbommel.nl", E),
    ],
    [
        "Gemeente Zaltbommel",
        "14 0418",
        "info@zaltbommel.nl",
        "Z/24/118734",
        "Omgevingswet",
        "omgevingsplan gemeente Zaltbommel",
        "Nota Ruimtelijke Kwaliteit 2022",
        "NL90 BNGH 0285 1172 36",
        "Van den Heuvel",
        "vergunningverlener",
        "Vergunningen, Toezicht en Handhaving",
    ],
)

# 7. Memo with English words and English-style signatures (LibreOffice) ----------------------
document(
    "07-memo-digital-product-passport",
    "docx",
    [
        ("title", "Memo: update stakeholder sessions Digital Product Passport"),
        (
            "table",
            [
                ["Aan", "MT Directie Duurzaamheid"],
                ["Van", "Amara Okonkwo-Bakker, Team Circulaire Economie"],
                ["Datum", "10 april 2024"],
                ["Status", "Draft for discussion"],
            ],
            {"cls": "plain", "header": False},
        ),
        ("h", "Summary"),
        (
            "p",
            "Quick update na de kick-off van 4 april: de roadmap voor het Digital Product Passport (DPP) is aligned met de planning van de Europese Commissie (DG GROW). De business case voor textiel is bijna klaar; de deadline voor de first draft is 1 mei.",
        ),
        ("p", "We will mark the deliverables as done zodra Legal heeft afgetekend."),
        ("h", "Key takeaways"),
        (
            "p",
            "1. Stakeholders uit de textielketen willen één Single Point of Contact bij de Rijksdienst voor Ondernemend Nederland.\n2. Branchevereniging Circulair Textiel NL vraagt om een pilot met tien MKB-bedrijven; Sophie Hartman (beleidsadviseur bij de branchevereniging) stuurt een longlist.\n3. Data governance blijft de bottleneck: wie is owner van de productdata in de keten?",
        ),
        ("h", "Next steps"),
        (
            "p",
            "Linh checkt de datamodellen tegen de draft delegated act. Will the Commission publish the implementing act before summer? Dat weten we pas na de Expert Group van juni. Mihaela neemt de lead in de Expert Group.",
        ),
        ("h", "E-mail thread"),
        (
            "p",
            "**From:** Mihaela Dumitrescu <m.dumitrescu@rvo.nl>\n**Sent:** Tuesday, 9 April 2024 16:12\n**To:** Amara Okonkwo-Bakker; Linh Tran\n**Cc:** dpp-team@rvo.nl\n**Subject:** RE: Stakeholder mapping",
        ),
        (
            "p",
            "Hi Amara,\n\nThanks for the great session! I added the textile stakeholders to the mapping. Can you share the slides with Sophie before Friday? Linh, could you double-check the numbers on slide 7?\n\nCheers,\nMihaela\n\nMihaela Dumitrescu | Programme Manager Circular Economy | T +31 (0)88 042 17 35\nRijksdienst voor Ondernemend Nederland | www.rvo.nl",
        ),
        (
            "p",
            "**From:** Amara Okonkwo-Bakker\n**Sent:** Tuesday, 9 April 2024 11:03\n**To:** Mihaela Dumitrescu\n**Subject:** Stakeholder mapping",
        ),
        (
            "p",
            "Dear Mihaela,\n\nAttached the stakeholder map as discussed. Feel free to add comments.\n\nKind regards,\nDr. Amara Okonkwo-Bakker | Senior Policy Officer | M +31 6 2847 1936\namara.okonkwo-bakker@rvo.nl\nRVO | Team Circulaire Economie | general line 088 042 42 42",
        ),
        ("p", "Best,\nLinh\n\nLinh Tran | Data Analyst | linh.tran@rvo.nl"),
    ],
    [
        ("Amara Okonkwo-Bakker", P),
        ("Sophie Hartman", P),
        ("Linh", P),
        ("Mihaela", P),
        ("Mihaela Dumitrescu", P),
        ("m.dumitrescu@rvo.nl", E),
        ("Linh Tran", P),
        ("Amara", P),
        ("Sophie", P),
        ("+31 (0)88 042 17 35", T),
        ("+31 6 2847 1936", T),
        ("amara.okonkwo-bakker@rvo.nl", E),
        ("linh.tran@rvo.nl", E),
    ],
    [
        "Digital Product Passport",
        "Europese Commissie",
        "DG GROW",
        "Rijksdienst voor Ondernemend Nederland",
        "Circulair Textiel NL",
        "dpp-team@rvo.nl",
        "088 042 42 42",
        "Senior Policy Officer",
        "Programme Manager Circular Economy",
        "Data Analyst",
        "Team Circulaire Economie",
        "MT Directie Duurzaamheid",
        "We will mark the deliverables",
        "Will the Commission",
        "Legal",
        "Expert Group",
        "Single Point of Contact",
        "Key takeaways",
        "Next steps",
    ],
)

# 8. Crisis-team log with timestamps and initials (reportlab) --------------------------------
document(
    "08-logboek-drinkwater-tiel",
    "reportlab",
    [
        ("title", "Logboek Regionaal Beleidsteam - uitval drinkwater Tiel"),
        (
            "p",
            "Veiligheidsregio Gelderland-Zuid | Incident 2024-0617-03 | maandag 17 juni 2024 | GRIP 2, vanaf 11:48 GRIP 3",
        ),
        ("h", "Aanwezig"),
        (
            "table",
            [
                ["Code", "Naam", "Functie", "Bereikbaar"],
                ["BGM", "burgemeester Oudshoorn", "voorzitter RBT", "via secretariaat"],
                ["RvdB", "Rolf van den Brink", "operationeel leider", "06-51238477"],
                ["MP", "Maria Pattiasina", "informatiemanager, notulist", "06-20 98 44 13"],
                ["DV", "Djamila Varela", "communicatieadviseur", "06-17 03 58 92"],
                ["JK", "Jeroen Kuiper", "liaison Vitens", "(026) 844 71 20"],
            ],
            {"widths": [15, 45, 50, 40]},
        ),
        ("h", "Logregels"),
        (
            "p",
            "10:12 MP: Melding via Meldkamer Oost-Nederland: drukval in het leidingnet van Tiel-Oost en Passewaaij, circa 9.000 huishoudens zonder water.",
        ),
        ("p", "10:42 RvdB: Opschaling naar GRIP 2. ROT komt bijeen in de brandweerkazerne Tiel."),
        ("p", "10:55 JK: Vitens verwacht herstel binnen zes uur. Noodwatervoorziening via tappunten wordt voorbereid."),
        (
            "p",
            "11:20 DV: Concept-persbericht gereed; woordvoerder gemeente Tiel neemt contact op met Omroep Gelderland. Publieksinformatienummer 0800-1351 wordt geactiveerd.",
        ),
        ("p", "11:48 BGM: Burgemeester Oudshoorn besluit tot opschaling naar GRIP 3; RBT komt om 12:15 bijeen."),
        (
            "p",
            "12:05 MP: Melding van de thuiszorg: bewoner dhr. S. de Vries, Stationsstraat, is afhankelijk van thuisdialyse (BSN 318529464, tel. 0344-612908). Rolf regelt via de GHOR een noodvoorziening.",
        ),
        ("p", "12:30 RvdB: Tappunten ingericht bij Sporthal De Bongerd en bij het Westroijecollege."),
        (
            "p",
            "13:10 JK: Oorzaak gevonden: breuk in de hoofdleiding bij de Waalbandijk. Kuiper schat herstel om 17:00.",
        ),
        (
            "p",
            "13:40 DV: Vragen van de pers over kwetsbare bewoners. Afspraak: geen namen of adressen naar buiten. Djamila stemt de kernboodschap af met de burgemeester.",
        ),
        ("p", "15:20 BGM: De burgemeester bezoekt het tappunt bij Sporthal De Bongerd samen met wethouder Ten Hove."),
        ("p", "17:25 JK: Leidingnet weer op druk. Kookadvies voor 24 uur."),
        ("p", "17:40 RvdB: Afschaling naar GRIP 1. Evaluatie op 24 juni; uitnodiging via crisisbeheersing@vrgz.nl."),
        ("small", "Logboek vastgesteld door de notulist, Maria, op 18 juni 2024 (paraaf MP)."),
    ],
    [
        ("RvdB", PA),
        ("Rolf van den Brink", P),
        ("06-51238477", T),
        ("MP", PA),
        ("Maria Pattiasina", P),
        ("06-20 98 44 13", T),
        ("DV", PA),
        ("Djamila Varela", P),
        ("06-17 03 58 92", T),
        ("JK", PA),
        ("Jeroen Kuiper", P),
        ("(026) 844 71 20", T),
        ("S. de Vries", P),
        ("318529464", B),
        ("0344-612908", T),
        ("Rolf", P),
        ("Kuiper", P),
        ("Djamila", P),
        ("Maria", P),
    ],
    [
        "Veiligheidsregio Gelderland-Zuid",
        "Regionaal Beleidsteam",
        "Oudshoorn",
        "BGM",
        "GRIP 3",
        "Tiel",
        "Tiel-Oost",
        "Passewaaij",
        "Meldkamer Oost-Nederland",
        "Vitens",
        "Omroep Gelderland",
        "0800-1351",
        "Sporthal De Bongerd",
        "Westroijecollege",
        "Waalbandijk",
        "Ten Hove",
        "GHOR",
        "crisisbeheersing@vrgz.nl",
        "operationeel leider",
        "informatiemanager",
        "communicatieadviseur",
    ],
)

# 9. Note with footnotes and a participants list (Chromium) ----------------------------------
document(
    "09-verslag-rondetafel-arbeidsmarktdiscriminatie",
    "html",
    [
        ("title", "Verslag rondetafelgesprek aanpak arbeidsmarktdiscriminatie"),
        (
            "p",
            "Ministerie van Sociale Zaken en Werkgelegenheid | Directie Samenleving en Integratie | 11 april 2024, Den Haag",
        ),
        ("h", "Aanleiding"),
        (
            "p",
            "De Wet toezicht gelijke kansen bij werving en selectie^{1} stond centraal. Op uitnodiging van staatssecretaris El Khatib spraken werkgevers, vakbonden, belangenorganisaties en gemeenten over de uitvoering van de wet. Het gesprek werd voorgezeten door de staatssecretaris; het verslag is opgesteld door Shivani Bhagwandin.",
        ),
        ("h", "Hoofdpunten"),
        (
            "p",
            "Namens de FNV wees Rojda Baran op de grote verschillen tussen sectoren. Uit eigen onderzoek van de vakbond blijkt dat sollicitanten met een niet-westerse achternaam in de logistiek half zo vaak worden uitgenodigd als anderen.^{2} Baran pleitte voor mystery calls door de Arbeidsinspectie.",
        ),
        (
            "p",
            "Mevrouw Abdi Farah (Stichting Diaspora Werkt) vertelde over jongeren die na hun mbo-opleiding geen stageplek vinden. Zij vroeg de staatssecretaris om het Stagepact uit te breiden naar de hbo-sector.",
        ),
        (
            "p",
            "Van Leeuwen (FlexWerkt B.V.) gaf aan dat uitzendbureaus discriminerende verzoeken van opdrachtgevers steeds vaker weigeren, maar dat kleine bureaus daarbij steun nodig hebben. Hoang noemde de aanpak van de gemeente Utrecht, waar anoniem solliciteren sinds 2022 de standaard is.^{3}",
        ),
        (
            "p",
            "Het College voor de Rechten van de Mens (Wit-Jansen) benadrukte dat de oordelen van het College openbaar zijn en als leidraad kunnen dienen.",
        ),
        ("h", "Afspraken"),
        (
            "p",
            "1. SZW verkent met de Nederlandse Arbeidsinspectie een pilot met mystery calls.\n2. Stichting Diaspora Werkt en FlexWerkt B.V. organiseren in juni een werkatelier.\n3. Bhagwandin stuurt het verslag uiterlijk 25 april rond.",
        ),
        (
            "fn",
            [
                "Stb. 2023, 450. De wet treedt naar verwachting op 1 januari 2025 in werking.",
                "Gesprek met R. Baran (FNV) op 3 april 2024; onderzoeksrapport 'Gelijk oversteken', FNV, maart 2024.",
                "Zie Kamerstuk 29544, nr. 1201; cijfers aangeleverd door M.C. Hoang (gemeente Utrecht) per e-mail van 28 maart 2024.",
            ],
        ),
        ("pagebreak",),
        ("h", "Bijlage: deelnemerslijst"),
        (
            "table",
            [
                ["Naam", "Organisatie"],
                ["Rojda Baran", "FNV"],
                ["Hodan Abdi Farah", "Stichting Diaspora Werkt"],
                ["Mark van Leeuwen", "FlexWerkt B.V."],
                ["Minh Chau Hoang", "gemeente Utrecht"],
                ["Petra Wit-Jansen", "College voor de Rechten van de Mens"],
                ["Thomas Bos", "VNO-NCW"],
                ["Shivani Bhagwandin", "ministerie van SZW (verslag)"],
            ],
        ),
        ("p", "Voorzitter: staatssecretaris El Khatib. Secretariaat: rondetafel-amd@minszw.nl."),
    ],
    [
        ("Shivani Bhagwandin", P),
        ("Rojda Baran", P),
        ("Baran", P),
        ("Abdi Farah", P),
        ("Van Leeuwen", P),
        ("Hoang", P),
        ("Wit-Jansen", P),
        ("Bhagwandin", P),
        ("R. Baran", P),
        ("M.C. Hoang", P),
        ("Hodan Abdi Farah", P),
        ("Mark van Leeuwen", P),
        ("Minh Chau Hoang", P),
        ("Petra Wit-Jansen", P),
        ("Thomas Bos", P),
    ],
    [
        "El Khatib",
        "Ministerie van Sociale Zaken en Werkgelegenheid",
        "Directie Samenleving en Integratie",
        "Wet toezicht gelijke kansen bij werving en selectie",
        "FNV",
        "Arbeidsinspectie",
        "Stichting Diaspora Werkt",
        "Stagepact",
        "FlexWerkt B.V.",
        "gemeente Utrecht",
        "College voor de Rechten van de Mens",
        "VNO-NCW",
        "Nederlandse Arbeidsinspectie",
        "Kamerstuk 29544, nr. 1201",
        "rondetafel-amd@minszw.nl",
        "Gelijk oversteken",
        "Stb. 2023, 450",
    ],
)

# 10. Dutch note with a Frisian passage (LibreOffice) ----------------------------------------
document(
    "10-notitie-fries-in-het-onderwijs",
    "docx",
    [
        ("title", "Notitie: brief Provinsje Fryslân over Fries in het primair onderwijs"),
        (
            "table",
            [
                ["Aan", "directeur Primair Onderwijs"],
                ["Van", "Jildou de Boer, PO/Kwaliteit"],
                ["Datum", "2 april 2024"],
                ["Kenmerk", "OCW/PO-2024/77120"],
            ],
            {"cls": "plain", "header": False},
        ),
        ("h", "Aanleiding"),
        (
            "p",
            "Op 20 maart 2024 ontving OCW een brief van de Provinsje Fryslân over het tekort aan leraren die Fries kunnen geven.",
        ),
        (
            "p",
            "De Wet gebruik Friese taal staat toe dat de brief in het Fries is geschreven. Hieronder volgt het kernfragment, met daarna een samenvatting in het Nederlands.",
        ),
        ("h", "Fragment uit de brief (Fries)"),
        (
            "quote",
            "Op 14 maart 2024 hat deputearre Hettinga mei skoallen yn Ljouwert, Snits en Dokkum praat oer it Taalplan Frysk 2030. Sjoerdtsje Hoekstra fan ús team hat de útkomsten gearfette. Wytse Dykstra, direkteur fan CBS De Flambou yn Snits, sei: 'Wy hawwe mear learkrêften nedich dy't Frysk jaan kinne, oars helje wy de doelen fan it taalplan net.' De Afûk wol helpe mei in nije oplieding. Foar fragen kinne jo Sjoerdtsje berikke op 058 292 58 31 of fia s.hoekstra@fryslan.frl. It algemiene nûmer fan de provinsje is 058 292 59 25.",
        ),
        ("h", "Samenvatting"),
        (
            "p",
            "De provincie vraagt OCW om (1) een extra opleidingsplaatsenbudget voor de lerarenopleiding Fries aan de NHL Stenden Hogeschool en (2) ruimte in de bekostiging voor kleine scholen die Fries als vak aanbieden. Volgens Hoekstra halen zeker veertig scholen de kerndoelen Fries in 2030 niet zonder extra leraren. Dykstra noemt als knelpunt dat invalleraren zelden Fries spreken.",
        ),
        ("h", "Advies"),
        (
            "p",
            "Ik stel voor dat de directeur in mei een ambtelijk overleg met de provincie aangaat. De Boer kan dit voorbereiden samen met Tsjalling Wiersma (directie Kennis). Daarnaast adviseer ik de reactie af te stemmen met het ministerie van BZK.",
        ),
        ("p", "Het Bestuursakkoord Friese taal en cultuur 2024-2028 wordt door BZK gecoördineerd."),
        ("p", "Jildou de Boer\nT 06 3187 2290 | j.deboer@minocw.nl"),
    ],
    [
        ("Jildou de Boer", P),
        ("Sjoerdtsje Hoekstra", P),
        ("Wytse Dykstra", P),
        ("Sjoerdtsje", P),
        ("058 292 58 31", T),
        ("s.hoekstra@fryslan.frl", E),
        ("Hoekstra", P),
        ("Dykstra", P),
        ("De Boer", P),
        ("Tsjalling Wiersma", P),
        ("06 3187 2290", T),
        ("j.deboer@minocw.nl", E),
    ],
    [
        "Provinsje Fryslân",
        "Hettinga",
        "Ljouwert",
        "Snits",
        "Dokkum",
        "Taalplan Frysk 2030",
        "CBS De Flambou",
        "Afûk",
        "058 292 59 25",
        "NHL Stenden Hogeschool",
        "Wet gebruik Friese taal",
        "Bestuursakkoord Friese taal en cultuur 2024-2028",
        "OCW/PO-2024/77120",
        "PO/Kwaliteit",
        "directie Kennis",
        "directeur Primair Onderwijs",
    ],
)

# 11. Legal advice by an external law firm, with a public ruling (reportlab) -----------------
document(
    "11-juridisch-advies-natuurvergunning",
    "reportlab",
    [
        (
            "p",
            "**Van Wijk Tiel Advocaten N.V.**\nJansbuitensingel 30, 6811 AE Arnhem | T 026 384 22 00 | info@vanwijktiel.nl",
        ),
        (
            "p",
            "Ministerie van Landbouw, Natuur en Voedselkwaliteit\nDirectie Juridische Zaken\nt.a.v. mevrouw E. Bos-Hakkert\nPostbus 20401\n2500 EK Den Haag",
        ),
        (
            "table",
            [
                ["Uw kenmerk", "LNV/JZ-2024/3318"],
                ["Ons kenmerk", "2024.0457/DVI"],
                ["Datum", "8 mei 2024"],
                ["Betreft", "Advies hoger beroep natuurvergunning Veluwe (Veldhuis)"],
            ],
            {"cls": "plain", "header": False, "widths": [30, 120]},
        ),
        ("p", "Geachte mevrouw Bos-Hakkert,"),
        (
            "p",
            "U heeft ons gevraagd te adviseren over de kansen van hoger beroep tegen de uitspraak van de Rechtbank Gelderland van 12 december 2023, ECLI:NL:RBGEL:2023:7788, over de natuurvergunning voor de uitbreiding van een melkveehouderij nabij Ede. Dit advies is opgesteld door mr. D.V. Ivanova en mr. Azad Zebari.",
        ),
        ("h", "1 De uitspraak"),
        (
            "p",
            "De zaak is behandeld door een meervoudige kamer:\nmr. W.H. Landstra, voorzitter,\nmr. A. Çelik en mr. P.M. de Wit-Sanders, rechters,\nin aanwezigheid van mr. J. Boukema, griffier.\nDe rechtbank (mr. Landstra) oordeelde dat de minister bij de beoordeling van intern salderen onvoldoende had gemotiveerd waarom de referentiesituatie op de vergunde en niet op de feitelijk benutte capaciteit is gebaseerd.",
        ),
        (
            "p",
            "Eiser, de heer T. Veldhuis, exploitant van het bedrijf, is in het gelijk gesteld. De rechtbank heeft de minister veroordeeld in de proceskosten van € 1.750,00, te betalen op rekening NL12RABO0312745590 ten name van eiser.",
        ),
        ("h", "2 Beoordeling"),
        (
            "p",
            "Naar ons oordeel is de uitspraak in lijn met de uitspraak van de Afdeling bestuursrechtspraak van de Raad van State van 7 december 2022, ECLI:NL:RVS:2022:3159. Een hoger beroep heeft daarom weinig kans van slagen. Wij adviseren de minister een nieuw besluit te nemen met een aanvullende motivering en een ecologische onderbouwing.",
        ),
        (
            "p",
            "Mr. Zebari heeft op 2 mei met de gemachtigde van Veldhuis gesproken; die staat open voor een gesprek over een nieuwe aanvraag. Ivanova acht het risico op een dwangsom laag.",
        ),
        ("h", "3 Advies"),
        (
            "p",
            "Geen hoger beroep instellen; binnen de door de rechtbank gestelde termijn van zestien weken een nieuw besluit nemen. Wij bespreken dit graag met u en met de heer Zebari in een overleg op uw ministerie.",
        ),
        (
            "p",
            "Met vriendelijke groet,\n\nVan Wijk Tiel Advocaten N.V.\n\nmr. D.V. Ivanova\nadvocaat\nT 026 384 22 17 | M 06 1928 3746 | ivanova@vanwijktiel.nl",
        ),
        (
            "small",
            "Op onze dienstverlening zijn de algemene voorwaarden van Van Wijk Tiel Advocaten N.V. van toepassing. Derdengelden: Stichting Derdengelden Van Wijk Tiel Advocaten.",
        ),
    ],
    [
        ("E. Bos-Hakkert", P),
        ("Bos-Hakkert", P),
        ("Veldhuis", P),
        ("D.V. Ivanova", P),
        ("Azad Zebari", P),
        ("T. Veldhuis", P),
        ("NL12RABO0312745590", I),
        ("Zebari", P),
        ("Ivanova", P),
        ("026 384 22 17", T),
        ("06 1928 3746", T),
        ("ivanova@vanwijktiel.nl", E),
    ],
    [
        "Van Wijk Tiel Advocaten N.V.",
        "026 384 22 00",
        "info@vanwijktiel.nl",
        "Ministerie van Landbouw, Natuur en Voedselkwaliteit",
        "Directie Juridische Zaken",
        "LNV/JZ-2024/3318",
        "Rechtbank Gelderland",
        "ECLI:NL:RBGEL:2023:7788",
        "nabij Ede",
        "W.H. Landstra",
        "A. Çelik",
        "P.M. de Wit-Sanders",
        "J. Boukema",
        "Landstra",
        "ECLI:NL:RVS:2022:3159",
        "Raad van State",
        "Stichting Derdengelden Van Wijk Tiel Advocaten",
        "Veluwe",
        "advocaat",
        "griffier",
    ],
)

# 12. Newsletter-like note with quotes (Chromium) --------------------------------------------
document(
    "12-nieuwsbrief-nieuwland",
    "html",
    [
        ("title", "Nieuwsbrief Samen Nieuwland - nummer 6, mei 2024"),
        (
            "p",
            "Het programma Samen Nieuwland is een samenwerking van de gemeente Schiedam, woningcorporatie Woonplus en het Nationaal Programma Leefbaarheid en Veiligheid.",
        ),
        ("h", "Minister op bezoek"),
        (
            "p",
            "Op 2 mei bezocht minister Verhagen de wijk. Samen met wethouder Bulut liep hij langs de vernieuwde speelplaats aan het Nieuwlandplein. 'Hier zie je wat er gebeurt als bewoners zelf aan het stuur zitten,' zei de minister.",
        ),
        ("h", "Buurthuis De Brug weer open"),
        (
            "p",
            "Na een verbouwing van vier maanden is buurthuis De Brug weer open. 'We zien nu al verschil in de buurt: er komen elke dag meer mensen binnen,' aldus Sanne Pietersen van het projectteam. Volgens Pietersen zijn vooral de taalcafés en het repaircafé populair.",
        ),
        (
            "p",
            "Faadumo Warsame, bewoner en vrijwilliger bij De Brug: 'Ik woon hier al twaalf jaar, maar pas nu ken ik mijn buren echt.' Warsame geeft op dinsdag Nederlandse les aan nieuwkomers.",
        ),
        ("h", "Ondernemer in beeld"),
        (
            "p",
            "Nguyen Thi Mai opende in maart een bakkerij aan de Vlaardingerdijk. Mai bakt Vietnamees brood met Hollandse ingrediënten. 'Mijn klanten komen uit de hele wijk,' vertelt ze. Ze kreeg een startsubsidie uit het Ondernemersfonds Schiedam.",
        ),
        ("h", "Jongeren aan zet"),
        (
            "p",
            "Jongerenwerker Ronny Wattimena van welzijnsorganisatie Wijkkracht: 'De jongeren hebben zelf de voetbalkooi ontworpen. Dat geeft trots.' Wattimena zoekt nog vrijwilligers voor de zomerschool; je kunt hem bellen op 06 - 3852 7711.",
        ),
        ("h", "Meer weten?"),
        (
            "p",
            "Mail naar samennieuwland@schiedam.nl of bel Sanne op 010-2465912. Algemeen nummer gemeente Schiedam: 14 010.",
        ),
        (
            "small",
            "Colofon - tekst: Sanne Pietersen en Marloes van Wijk (gemeente Schiedam); foto's: Wijkkracht. Afmelden: stuur een e-mail naar samennieuwland@schiedam.nl.",
        ),
    ],
    [
        ("Sanne Pietersen", P),
        ("Pietersen", P),
        ("Faadumo Warsame", P),
        ("Warsame", P),
        ("Nguyen Thi Mai", P),
        ("Mai", P),
        ("Ronny Wattimena", P),
        ("Wattimena", P),
        ("06 - 3852 7711", T),
        ("Sanne", P),
        ("010-2465912", T),
        ("Marloes van Wijk", P),
    ],
    [
        "Samen Nieuwland",
        "gemeente Schiedam",
        "Woonplus",
        "Nationaal Programma Leefbaarheid en Veiligheid",
        "Verhagen",
        "Bulut",
        "Nieuwlandplein",
        "De Brug",
        "Vlaardingerdijk",
        "Ondernemersfonds Schiedam",
        "Wijkkracht",
        "samennieuwland@schiedam.nl",
        "14 010",
        "projectteam",
        "Jongerenwerker",
    ],
)

OFFICIALS = """\
# Public office holders and officials acting in a public role for the holdout3 batch.
# Ministers / staatssecretarissen
Karin Hoogendijk
Lucas Verhagen
Noor El Khatib
# Top civil servants whose function is public
Eveline Brouwers-Kapteijn
Joris Elzinga
# Members of the Tweede Kamer
Chinonso Okafor
Anouk Zwart
Henk-Jan Dijkhuizen
# Provincial and municipal office holders
Marieke Oosterhuis
Baukje Hettinga
Bas Oudshoorn
Sevda Bulut
# Members of the court in a published ruling (ECLI:NL:RBGEL:2023:7788)
W.H. Landstra
A. Çelik
P.M. de Wit-Sanders
J. Boukema
"""
# Deliberately NOT listed (public only through the title before them): wethouder Van den Heuvel
# (doc 06), wethouder Ten Hove (doc 08).


# --------------------------------------------------------------------------------------------
def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def check_source(d) -> list[str]:
    src = normalise(
        " ".join(
            plain(x)
            for b in d["blocks"]
            for x in (
                [b[1]]
                if b[0] in ("title", "h", "p", "quote", "small")
                else b[1]
                if b[0] == "fn"
                else [c for row in b[1] for c in row]
                if b[0] == "table"
                else []
            )
        )
    )
    errs = [f"{d['name']}: not in source: {s!r}" for s, _ in d["redact"] if s not in src]
    errs += [f"{d['name']}: keep not in source: {s!r}" for s in d["keep"] if s not in src]
    red = {s for s, _ in d["redact"]}
    errs += [f"{d['name']}: both redact and keep: {s!r}" for s in d["keep"] if s in red]
    if len(red) != len(d["redact"]):
        errs.append(f"{d['name']}: duplicate redact string")
    return errs


def check_pdf(pdf: Path, d) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        text = normalise(" ".join((p.extract_text() or "") for p in doc.pages))
    errs = [f"{pdf.name}: not extractable: {s!r}" for s, _ in d["redact"] if s not in text]
    errs += [f"{pdf.name}: keep not extractable: {s!r}" for s in d["keep"] if s not in text]
    return errs


def main() -> int:
    errs = [e for d in DOCS for e in check_source(d)]
    if errs:
        print("\n".join(errs))
        return 1
    if NOTES.exists():
        shutil.rmtree(NOTES)
    NOTES.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="holdout3-") as t:
        tmp = Path(t)
        docx_files = []
        for d in DOCS:
            pdf = NOTES / f"{d['name']}.pdf"
            if d["producer"] == "html":
                render_html(d["blocks"], pdf, tmp)
            elif d["producer"] == "reportlab":
                render_reportlab(d["blocks"], pdf, font="DejaVuSerif" if d["name"].startswith("11") else "DejaVuSans")
            elif d["producer"] == "docx":
                path = tmp / f"{d['name']}.docx"
                render_docx(d["blocks"], path)
                docx_files.append(path)
            else:
                raise ValueError(d["producer"])
        if docx_files:
            subprocess.run(
                [
                    "soffice",
                    "-env:UserInstallation=file:///tmp/lo-holdout3",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(NOTES),
                    *map(str, docx_files),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=300,
            )
    for d in DOCS:
        pdf = NOTES / f"{d['name']}.pdf"
        if not pdf.exists():
            errs.append(f"missing {pdf}")
            continue
        errs += check_pdf(pdf, d)
        expected = {
            "file": pdf.name,
            "redact": [{"text": s, "type": ty} for s, ty in d["redact"]],
            "keep": d["keep"],
        }
        (NOTES / f"{d['name']}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    (HERE / "public-officials.txt").write_text(OFFICIALS, encoding="utf-8")
    if errs:
        print("\n".join(errs))
        return 1
    n = sum(len(d["redact"]) for d in DOCS)
    k = sum(len(d["keep"]) for d in DOCS)
    print(f"wrote {len(DOCS)} documents, {n} redact items, {k} keep strings to {NOTES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
