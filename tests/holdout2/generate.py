"""Second held-out challenge set: 14 Dutch government notes in styles other than a beslisnota.

    .venv/bin/python tests/holdout2/generate.py [--check-only]

Writes tests/holdout2/notes/<name>.pdf and <name>.expected.json
({"file", "redact": [{"text", "type"}], "keep": [...]}). Producers:

- 5 notes as HTML printed to PDF by headless Chromium,
- 5 notes as .docx (python-docx) converted by LibreOffice (soffice),
- 4 notes drawn with reportlab.

Every person is invented. Content is fixed (no randomness); the only variable parts of the
output are the producers' own metadata (creation dates). At the end every expected string
(redact and keep) is checked to be extractable as written with pdfplumber.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

P, E, T, PA, BSN, IBAN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "PARAPH", "NL_BSN", "IBAN_CODE"


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# --------------------------------------------------------------------------------------------
# HTML notes (Chromium)
# --------------------------------------------------------------------------------------------

CSS_BASE = """
@page { size: A4; margin: 22mm 20mm 22mm 22mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.45;
       font-variant-ligatures: none; color: #111; }
h1 { font-size: 16pt; margin: 0 0 8pt 0; }
h2 { font-size: 11.5pt; margin: 14pt 0 4pt 0; }
table { border-collapse: collapse; }
td, th { vertical-align: top; padding: 2pt 8pt 2pt 0; text-align: left; }
.small { font-size: 8.5pt; color: #333; }
"""


def html_page(title: str, css: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{CSS_BASE}{css}</style></head><body>{body}</body></html>"
    )


HTML_NOTES: dict[str, dict] = {}

# 1. Raadsinformatiebrief (municipal council information letter) ------------------------------
HTML_NOTES["raadsinformatiebrief-mobiliteitshub"] = {
    "html": html_page(
        "Raadsinformatiebrief",
        """
        .logo { font-family: "Liberation Serif", serif; font-size: 20pt; font-weight: bold; color: #00594f; }
        .box { border: 1px solid #999; padding: 6pt 10pt; margin: 10pt 0; background: #f4f7f6; }
        .box td:first-child { width: 38mm; font-weight: bold; }
        .sign td { width: 75mm; padding-top: 10pt; }
        """,
        """
<div class="logo">Gemeente Rotterdam</div>
<div class="small">Cluster Stadsontwikkeling &middot; Postbus 6575 &middot; 3002 AN Rotterdam &middot; Telefoon 14 010</div>
<h1 style="margin-top:14pt">Raadsinformatiebrief</h1>
<table>
<tr><td>Aan</td><td>de gemeenteraad</td></tr>
<tr><td>Datum</td><td>12 februari 2025</td></tr>
<tr><td>Kenmerk</td><td>25bb001234</td></tr>
<tr><td>Onderwerp</td><td>Voortgang mobiliteitshub Van Nelle Fabriek</td></tr>
</table>
<div class="box"><table>
<tr><td>Portefeuillehouder</td><td>wethouder Ingrid Oosterhuis-Baldewsingh (Mobiliteit, Haven en Economie)</td></tr>
<tr><td>Inlichtingen bij</td><td>Kwame Mensah-Boateng, senior beleidsadviseur mobiliteit</td></tr>
<tr><td>Telefoon</td><td>+31 (0)10-5558421</td></tr>
<tr><td>E-mail</td><td>k.mensahboateng@rotterdam.nl</td></tr>
<tr><td>Griffie</td><td>raadsgriffie@rotterdam.nl</td></tr>
</table></div>
<p>Geachte leden van de raad,</p>
<p>Met deze brief informeren wij u over de voortgang van de mobiliteitshub bij de Van Nelle Fabriek.
In het commissiedebat van 15 januari 2025 heeft wethouder Oosterhuis-Baldewsingh toegezegd u voor
het zomerreces te informeren over de planning en de samenwerking met de Erasmus Universiteit en het
Sophia Kinderziekenhuis, dat een deel van de parkeercapaciteit voor bezoekers wil gebruiken.</p>
<h2>Stand van zaken</h2>
<p>Projectleider Agnieszka Kowalczyk-Jansen heeft met de eigenaar van het complex afspraken gemaakt over
de inrit aan de Van Nelleweg. Mevrouw Kowalczyk-Jansen verwacht dat de omgevingsvergunning in mei 2025
kan worden aangevraagd. Op de bewonersavond van 4 februari 2025 sprak buurtbewoner Henk van der Spek
namens de bewonersvereniging zijn zorg uit over sluipverkeer; de heer Van der Spek is uitgenodigd voor
de klankbordgroep.</p>
<p>De Erasmus Universiteit onderzoekt met studenten van de Rotterdam School of Management of de hub ook
deelfietsen kan aanbieden. Burgemeester Van Gennip opent de hub naar verwachting in het voorjaar van 2026.</p>
<h2>Vervolg</h2>
<p>Wij informeren u opnieuw na de aanbesteding. Voor vragen over deze brief kunt u terecht bij de heer
Mensah-Boateng (zie boven) of bij de griffie.</p>
<p>Met vriendelijke groet,<br>Het college van burgemeester en wethouders van Rotterdam,</p>
<table class="sign"><tr>
<td>de secretaris,<br><br>Hatice Kaya-Verhoef</td>
<td>de burgemeester,<br><br>Rutger van Gennip</td>
</tr></table>
<p class="small" style="margin-top:18pt">Paraaf opsteller: KMB &nbsp;&middot;&nbsp; Paraaf afdelingshoofd: AKJ</p>
""",
    ),
    "redact": [
        ("Kwame Mensah-Boateng", P),
        ("Mensah-Boateng", P),
        ("+31 (0)10-5558421", T),
        ("k.mensahboateng@rotterdam.nl", E),
        ("Agnieszka Kowalczyk-Jansen", P),
        ("Kowalczyk-Jansen", P),
        ("Henk van der Spek", P),
        ("Van der Spek", P),
        ("KMB", PA),
        ("AKJ", PA),
    ],
    "keep": [
        "Gemeente Rotterdam",
        "14 010",
        "raadsgriffie@rotterdam.nl",
        "Ingrid Oosterhuis-Baldewsingh",
        "Oosterhuis-Baldewsingh",
        "Van Nelle Fabriek",
        "Erasmus Universiteit",
        "Sophia Kinderziekenhuis",
        "Van Gennip",
        "Rutger van Gennip",
        "Hatice Kaya-Verhoef",
        "Van Nelleweg",
        "Portefeuillehouder",
        "Projectleider",
        "Rotterdam School of Management",
    ],
}

# 2. E-mail export with forwarded messages ------------------------------------------------------
_mail = """Van:        Yusuf Demir &lt;y.demir@minvro.nl&gt;
Verzonden:  dinsdag 4 maart 2025 09:02
Aan:        Sanne de Jager &lt;sanne.dejager@minvro.nl&gt;
CC:         Woo-team &lt;woo@minvro.nl&gt;
Onderwerp:  FW: Woo-verzoek Stichting Jan Pieter Heije - planning

Hoi Sanne,

Hieronder het bericht van Jan over het verzoek van de Stichting Jan Pieter Heije.
Kun jij nagaan of we de beslistermijn van de Wet open overheid halen? Minister
Verbrugge wil dat voor het commissiedebat weten; het Kamerlid Roelofsen-Bouma
heeft er schriftelijke vragen over gesteld.

Groet,
Yusuf

Yusuf Demir
Senior adviseur Woo | Directie Wonen
Ministerie van Volkshuisvesting en Ruimtelijke Ordening
M 06 12 34 56 78
T 070 456 00 00 (algemeen)

---------- Doorgestuurd bericht ---------
Van: Jan de Vries &lt;j.devries@minvro.nl&gt;
Date: ma 3 mrt 2025 om 10:14
Subject: Woo-verzoek Stichting Jan Pieter Heije - planning
To: Yusuf Demir &lt;y.demir@minvro.nl&gt;
Cc: Olena Kovalenko &lt;o.kovalenko@minvro.nl&gt;

Hoi Yusuf,

Olena en ik hebben de stukken geïnventariseerd: 312 documenten, waarvan 41 met
correspondentie met de stichting en 12 met de Erasmus Universiteit. Olena belt
morgen met mevrouw Chen om de reikwijdte af te bakenen.

Jan

Op vr 28 feb 2025 om 16:47 schreef Wei Chen &lt;wei.chen@janpieterheije.nl&gt;:
&gt; Geachte heer De Vries,
&gt;
&gt; Graag ontvangen wij een overzicht van de stukken over de subsidie voor
&gt; Stichting Jan Pieter Heije. Onze secretaris is op maandag en dinsdag bereikbaar.
&gt;
&gt; Met vriendelijke groet,
&gt; Wei Chen
&gt; Secretaris Stichting Jan Pieter Heije
&gt; info@janpieterheije.nl | T (algemeen) 030 - 231 77 00
"""
HTML_NOTES["mailexport-doorgestuurd-woo-verzoek"] = {
    "html": html_page(
        "Export e-mail",
        """
        pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8.6pt; line-height: 1.35;
              white-space: pre-wrap; }
        .bar { border-bottom: 2px solid #333; font-weight: bold; padding-bottom: 3pt; }
        """,
        f'<div class="bar">Outlook-export &mdash; dossier WOO-2025-0113 &mdash; document 7</div><pre>{_mail}</pre>',
    ),
    "redact": [
        ("Yusuf Demir", P),
        ("Yusuf", P),
        ("y.demir@minvro.nl", E),
        ("Sanne de Jager", P),
        ("Sanne", P),
        ("sanne.dejager@minvro.nl", E),
        ("Jan de Vries", P),
        ("Jan", P),
        ("De Vries", P),
        ("j.devries@minvro.nl", E),
        ("Olena Kovalenko", P),
        ("Olena", P),
        ("o.kovalenko@minvro.nl", E),
        ("Wei Chen", P),
        ("Chen", P),
        ("wei.chen@janpieterheije.nl", E),
        ("06 12 34 56 78", T),
    ],
    "keep": [
        "Stichting Jan Pieter Heije",
        "woo@minvro.nl",
        "Woo-team",
        "Wet open overheid",
        "Verbrugge",
        "Roelofsen-Bouma",
        "070 456 00 00",
        "Erasmus Universiteit",
        "info@janpieterheije.nl",
        "030 - 231 77 00",
        "Directie Wonen",
        "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
    ],
}

# 3. Water board memo, two-column layout --------------------------------------------------------
HTML_NOTES["memo-waterschap-tweekoloms"] = {
    "html": html_page(
        "Memo",
        """
        .grid { display: grid; grid-template-columns: 52mm 1fr; column-gap: 8mm; }
        .side { font-family: "Liberation Sans", sans-serif; font-size: 8pt; line-height: 1.5;
                border-right: 1px solid #7aa; padding-right: 4mm; }
        .side b { display: block; margin-top: 6pt; color: #036; }
        .main p { margin: 0 0 7pt 0; }
        .cols { column-count: 2; column-gap: 7mm; font-size: 9pt; margin-top: 8pt; }
        .nw { white-space: nowrap; }
        .head { font-family: "Liberation Serif", serif; font-size: 18pt; color: #036; margin-bottom: 10pt; }
        """,
        """
<div class="head">Waterschap Rijnstreek &mdash; memo</div>
<div class="grid">
<div class="side">
<b>Aan</b>dagelijks bestuur
<b>Van</b><span class="nw">Thijs Timmer</span><br>adviseur waterkeringen
<b>Datum</b>20 maart 2025
<b>Kenmerk</b>WS-2025-0412
<b>Contactpersoon</b><span class="nw">Marloes Post</span>
<b>Telefoon</b><span class="nw">071 - 555 12 34</span>
<b>E-mail</b><span class="nw">m.post@waterschaprijnstreek.nl</span>
<b>Algemeen</b><span class="nw">071 - 306 30 63</span><br>info@waterschaprijnstreek.nl
<b>Kopie aan</b><span class="nw">dijkgraaf Sybrand Wiersma</span><br><span class="nw">heemraad Fenna Stoker</span>
</div>
<div class="main">
<p><b>Onderwerp: dijkversterking Oude Rijn, traject Zwammerdam</b></p>
<p>Het dagelijks bestuur heeft op 4 maart gevraagd om een advies over de fasering van de
dijkversterking. Dit memo is opgesteld door <span class="nw">Thijs Timmer</span> met input van
<span class="nw">Wytse Zijlstra</span> (team vergunningen).</p>
<p>De aannemer, Brink Grondverzet B.V., heeft laten weten dat het werk in twee fasen kan worden
uitgevoerd. Uitvoerder <span class="nw">Gerrit Brink</span> wees er tijdens de bouwvergadering op dat
de kade bij de Johan de Wittlaan pas na het broedseizoen kan worden aangepakt. De heer Brink stuurt een
aangepaste planning.</p>
<p>Mevrouw Post heeft de planning besproken met de provincie Zuid-Holland en met Rijkswaterstaat.
Thijs en Wytse adviseren fase 1 in september 2025 te starten.</p>
<p>Dijkgraaf Wiersma wil het advies op 1 april in de vergadering van het algemeen bestuur bespreken;
heemraad Stoker is portefeuillehouder.</p>
</div>
</div>
<div class="cols">
<p><b>Fase 1 &mdash; Zwammerdam-Noord.</b> Versterking over 1,2 km, grondlichaam en damwand. Kosten
&euro; 4,2 miljoen. Vergunning via de Omgevingswet; de aanvraag wordt door
<span class="nw">Wytse Zijlstra</span> voorbereid.</p>
<p><b>Fase 2 &mdash; Zwammerdam-Zuid.</b> Versterking over 0,8 km na het broedseizoen 2026. Afstemming met
Brink Grondverzet B.V. over de aanvoer via de Johan de Wittlaan loopt via <span class="nw">Marloes Post</span>.</p>
<p><b>Risico&rsquo;s.</b> Vertraging van de vergunning en beschikbaarheid van klei. Zie de risicoparagraaf
in de bijlage, opgesteld door <span class="nw">Thijs Timmer</span>.</p>
<p><b>Advies.</b> Het dagelijks bestuur stemt in met de gefaseerde aanpak en informeert het algemeen
bestuur op 1 april 2025.</p>
</div>
""",
    ),
    "redact": [
        ("Thijs Timmer", P),
        ("Thijs", P),
        ("Marloes Post", P),
        ("Post", P),
        ("071 - 555 12 34", T),
        ("m.post@waterschaprijnstreek.nl", E),
        ("Wytse Zijlstra", P),
        ("Wytse", P),
        ("Gerrit Brink", P),
        ("Brink", P),
    ],
    "keep": [
        "Waterschap Rijnstreek",
        "071 - 306 30 63",
        "info@waterschaprijnstreek.nl",
        "Sybrand Wiersma",
        "Wiersma",
        "Fenna Stoker",
        "Stoker",
        "Brink Grondverzet B.V.",
        "Johan de Wittlaan",
        "Zwammerdam",
        "Rijkswaterstaat",
        "provincie Zuid-Holland",
        "Omgevingswet",
        "Oude Rijn",
    ],
}

# 4. Press-line note (woordvoeringslijn) --------------------------------------------------------
HTML_NOTES["woordvoeringslijn-wachtlijsten"] = {
    "html": html_page(
        "Woordvoeringslijn",
        """
        body { font-family: "Liberation Sans", sans-serif; }
        .meta td:first-child { width: 40mm; color: #444; }
        .q { font-weight: bold; margin-bottom: 1pt; }
        .a { margin-top: 0; }
        .stamp { border: 2px solid #a00; color: #a00; display: inline-block; padding: 2pt 6pt; font-weight: bold; }
        """,
        """
<div class="small">Ministerie van Volksgezondheid, Welzijn en Sport &middot; Directie Communicatie</div>
<h1>Woordvoeringslijn</h1>
<span class="stamp">INTERN &mdash; NIET VERSPREIDEN</span>
<table class="meta" style="margin-top:8pt">
<tr><td>Onderwerp</td><td>Wachtlijsten kinder- en jeugdpsychiatrie, Sophia Kinderziekenhuis</td></tr>
<tr><td>Datum</td><td>7 april 2025</td></tr>
<tr><td>Woordvoerder</td><td>Marit Kok, woordvoerder van staatssecretaris Bruinsma</td></tr>
<tr><td>Persvoorlichting</td><td>070 340 78 90 &middot; pers@minvws.nl</td></tr>
<tr><td>Opgesteld door</td><td>Ricardo Gomes Tavares, Directie Jeugd, Familie en Leefstijl</td></tr>
<tr><td>Telefoon opsteller</td><td>06-48 12 33 70</td></tr>
<tr><td>E-mail opsteller</td><td>r.gomestavares@minvws.nl</td></tr>
<tr><td>Afgestemd met</td><td>Edson Lopes Fortes (JFL) en Hanna Bakker-Osei (FEZ)</td></tr>
</table>
<h2>Kernboodschap</h2>
<p>Staatssecretaris Hanneke Bruinsma vindt de wachttijden in de jeugd-ggz onacceptabel lang. Zij spreekt
op 14 april met het Sophia Kinderziekenhuis en de Erasmus Universiteit over extra capaciteit.</p>
<h2>Vragen en antwoorden</h2>
<p class="q">Klopt het dat kinderen meer dan een jaar wachten?</p>
<p class="a">Volgens de cijfers van de Nederlandse Zorgautoriteit is de gemiddelde wachttijd 16 weken;
voor specialistische zorg is die langer. De staatssecretaris laat dat uitzoeken.</p>
<p class="q">Komt er extra geld?</p>
<p class="a">Daarover beslist het kabinet bij de Voorjaarsnota. Minister Verbrugge en staatssecretaris
Bruinsma trekken hierin samen op.</p>
<p class="q">Wat zegt u tegen de moeder uit het AD-artikel?</p>
<p class="a">Over individuele gevallen doen wij geen uitspraken. (Intern: het gaat om mevrouw Samira
El Idrissi; zij heeft een klacht ingediend die door Hanna Bakker-Osei wordt behandeld.)</p>
<h2>Intern</h2>
<p>Ricardo stemt de lijn vrijdag af met Marit. Bij vragen buiten kantoortijd: Marit Kok via het
piketnummer van de persvoorlichting. Edson levert de cijfers aan; de heer Gomes Tavares werkt de lijn bij
na het gesprek van 14 april.</p>
""",
    ),
    "redact": [
        ("Ricardo Gomes Tavares", P),
        ("Ricardo", P),
        ("Gomes Tavares", P),
        ("06-48 12 33 70", T),
        ("r.gomestavares@minvws.nl", E),
        ("Edson Lopes Fortes", P),
        ("Edson", P),
        ("Hanna Bakker-Osei", P),
        ("Samira El Idrissi", P),
    ],
    "keep": [
        "Marit Kok",
        "Marit",
        "Bruinsma",
        "Hanneke Bruinsma",
        "Verbrugge",
        "070 340 78 90",
        "pers@minvws.nl",
        "Sophia Kinderziekenhuis",
        "Erasmus Universiteit",
        "Nederlandse Zorgautoriteit",
        "Directie Jeugd, Familie en Leefstijl",
        "Woordvoerder",
        "Voorjaarsnota",
    ],
}

# 5. Memo with ALL CAPS headers and signatures --------------------------------------------------
HTML_NOTES["memo-hoofdletters-subsidie"] = {
    "html": html_page(
        "MEMO",
        """
        body { font-family: "Liberation Serif", serif; font-size: 11pt; }
        .hdr td { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; text-transform: none; }
        .hdr td:first-child { width: 30mm; font-weight: bold; }
        h2 { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; letter-spacing: 0.5pt; }
        .sig { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; margin-top: 20pt; line-height: 1.6; }
        """,
        """
<div style="font-family:'DejaVu Sans';font-weight:bold;font-size:9pt">MINISTERIE VAN ONDERWIJS, CULTUUR EN WETENSCHAP<br>DIRECTIE HOGER ONDERWIJS EN STUDIEFINANCIERING</div>
<h1 style="font-family:'DejaVu Sans';margin-top:12pt">MEMO</h1>
<table class="hdr">
<tr><td>AAN:</td><td>DRS. P.J.M. (PIETER) VAN DIJK, DIRECTEUR HOGER ONDERWIJS</td></tr>
<tr><td>VAN:</td><td>MR. DRS. A.B. (ANNE) VAN DER MEULEN-TAHIRI</td></tr>
<tr><td>CC:</td><td>IR. KHALID EL OUAZZANI; MINISTER HOOGLAND (TER INFORMATIE)</td></tr>
<tr><td>DATUM:</td><td>14 MEI 2025</td></tr>
<tr><td>ONDERWERP:</td><td>SUBSIDIE ERASMUS UNIVERSITEIT &ndash; PROGRAMMA OPEN LEERMIDDELEN</td></tr>
</table>
<h2>1. AANLEIDING</h2>
<p>U vroeg mij, naar aanleiding van het gesprek van minister Hoogland met het college van bestuur van de
Erasmus Universiteit, de juridische houdbaarheid van de subsidie te toetsen. De heer Van Dijk wil het
advies voor het bestuurlijk overleg van 2 juni hebben.</p>
<h2>2. GESPROKEN MET</h2>
<p>SEMRA &Ouml;ZDEMIR (ERASMUS UNIVERSITEIT, JURIDISCHE ZAKEN) EN BOGDAN NOWICKI (DUO).</p>
<p>Mevrouw &Ouml;zdemir bevestigde dat de universiteit de middelen via de Stichting Jan Pieter Heije wil
laten lopen. Khalid heeft de staatssteuntoets gedaan; die geeft geen bezwaren.</p>
<h2>3. ADVIES</h2>
<p>Verleen de subsidie op grond van de Wet op het hoger onderwijs en wetenschappelijk onderzoek en het
Kaderbesluit. Mevrouw Van der Meulen-Tahiri stemt de beschikking af met DUO.</p>
<div class="sig">
MR. DRS. A.B. (ANNE) VAN DER MEULEN-TAHIRI<br>
SENIOR JURIDISCH ADVISEUR<br>
T +31 (0)70-5553917<br>
A.B.VANDERMEULEN@MINOCW.NL<br>
<br>
GEZIEN: DRS. P.J.M. (PIETER) VAN DIJK
</div>
""",
    ),
    "redact": [
        ("P.J.M. (PIETER) VAN DIJK", P),
        ("Van Dijk", P),
        ("A.B. (ANNE) VAN DER MEULEN-TAHIRI", P),
        ("Van der Meulen-Tahiri", P),
        ("KHALID EL OUAZZANI", P),
        ("Khalid", P),
        ("SEMRA ÖZDEMIR", P),
        ("Özdemir", P),
        ("BOGDAN NOWICKI", P),
        ("+31 (0)70-5553917", T),
        ("A.B.VANDERMEULEN@MINOCW.NL", E),
    ],
    "keep": [
        "MINISTER HOOGLAND",
        "Hoogland",
        "ERASMUS UNIVERSITEIT",
        "Erasmus Universiteit",
        "Stichting Jan Pieter Heije",
        "DIRECTEUR HOGER ONDERWIJS",
        "SENIOR JURIDISCH ADVISEUR",
        "DUO",
        "Wet op het hoger onderwijs en wetenschappelijk onderzoek",
        "PROGRAMMA OPEN LEERMIDDELEN",
    ],
}


# --------------------------------------------------------------------------------------------
# DOCX notes (python-docx -> LibreOffice)
# --------------------------------------------------------------------------------------------


def _docx_base():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for s in ("Heading 1", "Heading 2", "Title"):
        d.styles[s].font.name = "Liberation Sans"
    return d


def _set_widths(t, widths):
    """Fix the column widths (LibreOffice reads w:tblGrid, Word the cell widths)."""
    from docx.shared import Mm

    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.gridCol_lst, widths):
        gc.w = Mm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Mm(w)


def _table(d, rows, header=True, widths=None, size=9):
    from docx.shared import Pt

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            for r in cell.paragraphs[0].runs:
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
    if widths:
        _set_widths(t, widths)
    return t


def _kv(d, pairs):
    t = d.add_table(rows=len(pairs), cols=2)
    for i, (k, v) in enumerate(pairs):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    _set_widths(t, [42, 123])
    return t


def docx_gs_besluit(path):
    d = _docx_base()
    d.add_paragraph("Provincie Gelderland").runs[0].bold = True
    d.add_heading("Gedeputeerde Staten — GS-besluit", level=1)
    _kv(
        d,
        [
            ("Zaaknummer", "2025-004512"),
            ("Onderwerp", "Subsidieregeling natuurherstel Veluwe 2025"),
            ("Portefeuillehouder", "gedeputeerde Hendrik-Jan Wolters"),
            ("Datum GS-vergadering", "22 april 2025"),
            ("Contactpersoon", "Merel de Groot, beleidsadviseur natuur"),
            ("Telefoon", "026 - 555 87 42"),
            ("E-mail", "m.degroot@gelderland.nl"),
            ("Algemeen", "026 359 90 00 / post@gelderland.nl"),
        ],
    )
    d.add_heading("Adviesroute", level=2)
    _table(
        d,
        [
            ["Rol", "Naam", "Paraaf", "Datum", "Advies"],
            ["Opsteller", "Merel de Groot", "MdG", "2-4-2025", "akkoord"],
            ["Teammanager Natuur", "Abdul Rahimi", "ARa", "3-4-2025", "akkoord"],
            ["Juridisch adviseur", "Rami Al-Hassan", "RAH", "4-4-2025", "akkoord, zie opmerking"],
            ["Financieel adviseur", "Semhar Tesfamariam", "STe", "7-4-2025", "akkoord"],
            ["Concerndirectie", "Sietske Hoekstra-Bouma", "SHB", "9-4-2025", "akkoord"],
        ],
        widths=[38, 45, 17, 22, 43],
    )
    d.add_heading("Voorgesteld besluit", level=2)
    d.add_paragraph(
        "Gedeputeerde Staten besluiten de Subsidieregeling natuurherstel Veluwe 2025 vast te stellen en "
        "het budget van € 18 miljoen beschikbaar te stellen uit het Programma Natuur. Gedeputeerde Wolters "
        "informeert Provinciale Staten met een statenbrief."
    )
    d.add_heading("Toelichting", level=2)
    d.add_paragraph(
        "De Groot heeft het concept afgestemd met de terreinbeheerders en met de gemeenten Ede en Apeldoorn. "
        "Opmerking juridisch adviseur: Al-Hassan wijst erop dat de regeling moet worden gemeld onder de "
        "Algemene groepsvrijstellingsverordening. Rahimi zorgt voor die melding. Mevrouw Tesfamariam heeft "
        "de dekking bevestigd."
    )
    d.add_paragraph(
        "De commissaris van de Koning, Marjolein Sanders-Ouwehand, wordt gevraagd de regeling namens het "
        "college te ondertekenen."
    )
    d.add_heading("Ondertekening", level=2)
    d.add_paragraph("Gedeputeerde Staten van Gelderland,")
    _table(d, [["voorzitter,", "secretaris,"], ["M. Sanders-Ouwehand", "L. Terpstra-Vink"]], header=False)
    d.save(path)


DOCX_NOTES: dict[str, dict] = {}
DOCX_NOTES["gs-besluit-natuurherstel-adviesroute"] = {
    "build": docx_gs_besluit,
    "redact": [
        ("Merel de Groot", P),
        ("De Groot", P),
        ("026 - 555 87 42", T),
        ("m.degroot@gelderland.nl", E),
        ("MdG", PA),
        ("Abdul Rahimi", P),
        ("Rahimi", P),
        ("ARa", PA),
        ("Rami Al-Hassan", P),
        ("Al-Hassan", P),
        ("RAH", PA),
        ("Semhar Tesfamariam", P),
        ("Tesfamariam", P),
        ("STe", PA),
        ("Sietske Hoekstra-Bouma", P),
        ("SHB", PA),
    ],
    "keep": [
        "Provincie Gelderland",
        "Hendrik-Jan Wolters",
        "Wolters",
        "026 359 90 00",
        "post@gelderland.nl",
        "Marjolein Sanders-Ouwehand",
        "M. Sanders-Ouwehand",
        "L. Terpstra-Vink",
        "Veluwe",
        "Programma Natuur",
        "Provinciale Staten",
        "Algemene groepsvrijstellingsverordening",
        "Teammanager Natuur",
        "Juridisch adviseur",
    ],
}


def docx_agenda(path):
    d = _docx_base()
    d.add_heading("Agenda Bestuurlijk overleg Kop van Noord-Holland", level=1)
    _kv(
        d,
        [
            ("Datum", "donderdag 15 mei 2025, 13.30–16.00 uur"),
            ("Locatie", "Gemeentehuis Schagen, raadzaal (bus vanaf station Anna Paulowna)"),
            ("Voorzitter", "burgemeester Karin Veldhuis"),
            ("Notulist", "Priya Ramdin-Sewnandan"),
            ("Secretariaat", "Anna Bos, 06-23 45 67 89, a.bos@kopvannoordholland.nl"),
            ("Algemeen", "regio@kopvannoordholland.nl, 0224 - 21 00 00"),
        ],
    )
    d.add_paragraph("")
    _table(
        d,
        [
            ["#", "Tijd", "Onderwerp", "Inleider", "Stuk"],
            ["1", "13.30", "Opening, mededelingen", "burgemeester Veldhuis", "–"],
            ["2", "13.40", "Verslag overleg 13 maart", "Priya Ramdin-Sewnandan", "2a"],
            [
                "3",
                "13.50",
                "Woningbouw Anna Paulowna en Breezand",
                "wethouder Marco Tuinman\nChidi Okonkwo (projectleider)",
                "3a, 3b",
            ],
            ["4", "14.40", "Jeugdzorg en GGD-taken", "Fatima Zahra Benali\n(adviseur GGD Hollands Noorden)", "4a"],
            ["5", "15.20", "Regiodeal en Rijksvastgoedbedrijf", "Jakub Zieliński\n(Rijksvastgoedbedrijf)", "5a"],
            ["6", "15.50", "Rondvraag en sluiting", "voorzitter", "–"],
        ],
        widths=[8, 14, 58, 70, 15],
    )
    d.add_heading("Praktisch", level=2)
    d.add_paragraph(
        "Aanmelden bij Anna uiterlijk 12 mei. Mevrouw Bos stuurt de stukken op 8 mei rond. Vragen over "
        "agendapunt 3 kunnen rechtstreeks naar Chidi Okonkwo: +31 (0)20-5551234 of c.okonkwo@kopvannoordholland.nl. "
        "Het verslag wordt door Priya binnen een week rondgestuurd; Okonkwo levert zijn presentatie vooraf aan."
    )
    d.add_paragraph(
        "Gasten: wethouder Tuinman (Hollands Kroon) en gedeputeerde Joyce Amankwah-de Wit van de provincie "
        "Noord-Holland."
    )
    d.save(path)


DOCX_NOTES["agenda-bestuurlijk-overleg"] = {
    "build": docx_agenda,
    "redact": [
        ("Priya Ramdin-Sewnandan", P),
        ("Priya", P),
        ("Anna Bos", P),
        ("Anna", P),
        ("Bos", P),
        ("06-23 45 67 89", T),
        ("a.bos@kopvannoordholland.nl", E),
        ("Chidi Okonkwo", P),
        ("Okonkwo", P),
        ("+31 (0)20-5551234", T),
        ("c.okonkwo@kopvannoordholland.nl", E),
        ("Fatima Zahra Benali", P),
        ("Jakub Zieliński", P),
    ],
    "keep": [
        "Anna Paulowna",
        "Karin Veldhuis",
        "Veldhuis",
        "Marco Tuinman",
        "Tuinman",
        "Joyce Amankwah-de Wit",
        "regio@kopvannoordholland.nl",
        "0224 - 21 00 00",
        "GGD Hollands Noorden",
        "Rijksvastgoedbedrijf",
        "Schagen",
        "Breezand",
        "Hollands Kroon",
        "Kop van Noord-Holland",
    ],
}


def docx_raci(path):
    d = _docx_base()
    d.add_paragraph("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties").runs[0].bold = True
    d.add_heading("Projectplan Digitale afhandeling Woo-verzoeken", level=1)
    _kv(
        d,
        [
            ("Versie", "0.9 (concept), 3 februari 2025"),
            ("Opdrachtgever", "directeur-generaal Paul Heemskerk"),
            ("Projectleider", "Lucas Smit"),
            ("Programma", "Open Overheid"),
        ],
    )
    d.add_heading("1. Doel", level=2)
    d.add_paragraph(
        "Het project richt de afhandeling van verzoeken onder de Wet open overheid digitaal in, van "
        "registratie tot publicatie op open.overheid.nl. Smit rapporteert maandelijks aan de DG; Heemskerk "
        "besluit over de go/no-go per fase."
    )
    d.add_heading("2. Rollen en verantwoordelijkheden (RACI)", level=2)
    _table(
        d,
        [
            ["Activiteit", "R", "A", "C", "I"],
            ["Inventarisatie documenten", "Dewi Kusuma", "Lucas Smit", "Hüseyin Aydın", "Woo-team"],
            [
                "Beoordelen en lakken",
                "Dewi Kusuma\nMaria João Ferreira",
                "Lucas Smit",
                "J. Boateng (JZ)",
                "directeur-generaal Heemskerk",
            ],
            ["Aanbesteding tool", "Hüseyin Aydın", "Lucas Smit", "Inkoop\ninkoop@minbzk.nl", "CIO-office"],
            ["Publicatie", "Maria João Ferreira", "Paul Heemskerk", "Directie Communicatie", "Tweede Kamer"],
        ],
        widths=[30, 37, 27, 40, 31],
    )
    d.add_heading("3. Contactgegevens projectteam", level=2)
    _table(
        d,
        [
            ["Naam", "Rol", "Telefoon", "E-mail"],
            ["Lucas Smit", "projectleider", "06 12 98 76 54", "l.smit@minbzk.nl"],
            ["Dewi Kusuma", "informatiespecialist", "070 - 555 63 20", "dewi.kusuma@minbzk.nl"],
            ["Hüseyin Aydın", "adviseur inkoop", "+31 (0)70 555 6321", "h.aydin@minbzk.nl"],
            ["Maria João Ferreira", "redacteur", "06-41 55 20 18", "mj.ferreira@minbzk.nl"],
            ["Servicedesk", "functioneel beheer", "070 426 60 00", "woo@minbzk.nl"],
        ],
        widths=[38, 32, 37, 58],
    )
    d.add_heading("4. Planning", level=2)
    d.add_paragraph(
        "Dewi en Hüseyin leveren de inventarisatie op 1 april op. Maria João stelt de publicatieprocedure op. "
        "Mevrouw Ferreira en de heer Boateng toetsen die aan de Archiefwet."
    )
    d.save(path)


DOCX_NOTES["projectplan-raci-woo-digitaal"] = {
    "build": docx_raci,
    "redact": [
        ("Lucas Smit", P),
        ("Smit", P),
        ("Dewi Kusuma", P),
        ("Dewi", P),
        ("Hüseyin Aydın", P),
        ("Hüseyin", P),
        ("Maria João Ferreira", P),
        ("Maria João", P),
        ("Ferreira", P),
        ("J. Boateng", P),
        ("Boateng", P),
        ("06 12 98 76 54", T),
        ("070 - 555 63 20", T),
        ("+31 (0)70 555 6321", T),
        ("06-41 55 20 18", T),
        ("l.smit@minbzk.nl", E),
        ("dewi.kusuma@minbzk.nl", E),
        ("h.aydin@minbzk.nl", E),
        ("mj.ferreira@minbzk.nl", E),
    ],
    "keep": [
        "Paul Heemskerk",
        "Heemskerk",
        "Wet open overheid",
        "woo@minbzk.nl",
        "inkoop@minbzk.nl",
        "070 426 60 00",
        "Open Overheid",
        "Woo-team",
        "Tweede Kamer",
        "Archiefwet",
        "Directie Communicatie",
        "projectleider",
        "open.overheid.nl",
    ],
}


def docx_caribisch(path):
    d = _docx_base()
    d.add_paragraph("Rijksdienst Caribisch Nederland").runs[0].bold = True
    d.add_heading("Nota — Energietransitie Saba en Sint Eustatius", level=1)
    _kv(
        d,
        [
            ("Aan", "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"),
            ("Datum", "28 maart 2025"),
            ("Behandeld door", "Kalinda Hassell-Martina, beleidsmedewerker (kantoor The Bottom, Saba)"),
            ("Telefoon", "+599 416 1234"),
            ("E-mail", "k.hassell@rijksdienstcn.com"),
            ("Algemeen", "+599 715 8300 / info@rijksdienstcn.com"),
            ("Kopie aan", "Roosevelt Gibbs (RCN Sint Eustatius)"),
        ],
    )
    d.add_heading("Aanleiding", level=2)
    d.add_paragraph(
        "Staatssecretaris Ruud Zijderveld bezoekt in mei 2025 Saba en Sint Eustatius. Hij wil weten hoe ver "
        "de eilanden zijn met zonne-energie en opslag. Deze nota is opgesteld op basis van gesprekken op beide "
        "eilanden."
    )
    d.add_heading("Saba", level=2)
    d.add_paragraph(
        "Op Saba is gesproken met gezaghebber Milton Every-Heyliger en met Desmond Peterson, technisch manager "
        "van Saba Electric Company in Fort Bay. Peterson verwacht dat het tweede zonnepark eind 2025 klaar is. "
        "Gezaghebber Every-Heyliger vraagt om steun voor een batterijsysteem."
    )
    d.add_heading("Sint Eustatius", level=2)
    d.add_paragraph(
        "In Oranjestad is gesproken met regeringscommissaris Claudette Berkel-Lake en met Shurendy Martis en "
        "Giselle Rosaria-Cijntje van STUCO. Shurendy gaf aan dat de netbeheerder personeel tekort komt; "
        "mevrouw Rosaria-Cijntje stuurt een overzicht van de vacatures. Regeringscommissaris Berkel-Lake "
        "steunt een gezamenlijke aanbesteding met Saba."
    )
    d.add_heading("Vervolg", level=2)
    d.add_paragraph(
        "Kalinda en Roosevelt bereiden het bezoek voor. Gibbs neemt contact op met het ministerie van "
        "Klimaat en Groene Groei over de subsidie uit de regeling voor Caribisch Nederland. Voor vragen: "
        "mevrouw Hassell-Martina, +599 416 1234."
    )
    d.save(path)


DOCX_NOTES["nota-saba-statia-energie"] = {
    "build": docx_caribisch,
    "redact": [
        ("Kalinda Hassell-Martina", P),
        ("Kalinda", P),
        ("Hassell-Martina", P),
        ("+599 416 1234", T),
        ("k.hassell@rijksdienstcn.com", E),
        ("Roosevelt Gibbs", P),
        ("Roosevelt", P),
        ("Gibbs", P),
        ("Desmond Peterson", P),
        ("Peterson", P),
        ("Shurendy Martis", P),
        ("Shurendy", P),
        ("Giselle Rosaria-Cijntje", P),
        ("Rosaria-Cijntje", P),
    ],
    "keep": [
        "Rijksdienst Caribisch Nederland",
        "Saba",
        "Sint Eustatius",
        "The Bottom",
        "Oranjestad",
        "Fort Bay",
        "Saba Electric Company",
        "STUCO",
        "+599 715 8300",
        "info@rijksdienstcn.com",
        "Ruud Zijderveld",
        "Milton Every-Heyliger",
        "Every-Heyliger",
        "Claudette Berkel-Lake",
        "Berkel-Lake",
        "Klimaat en Groene Groei",
        "beleidsmedewerker",
    ],
}


def docx_voetnoot(path):
    from docx.shared import Pt

    d = _docx_base()
    d.add_paragraph("Ministerie van Volksgezondheid, Welzijn en Sport").runs[0].bold = True
    d.add_heading("Verkenning dak- en thuisloosheid jongeren", level=1)
    _kv(
        d,
        [
            ("Aan", "de minister voor Jeugd, Preventie en Sport"),
            ("Datum", "10 maart 2025"),
            ("Kenmerk", "4012345-1078263-DMO"),
        ],
    )
    d.add_heading("Aanleiding", level=2)
    p = d.add_paragraph(
        "U heeft gevraagd om een verkenning van de aanpak van dak- en thuisloosheid onder jongeren. Voor deze "
        "verkenning zijn gesprekken gevoerd met gemeenten, GGD'en, opvanginstellingen en ervaringsdeskundigen."
    )
    r = p.add_run("1")
    r.font.superscript = True
    d.add_heading("Bevindingen", level=2)
    p = d.add_paragraph(
        "Gemeenten zien een stijging van het aantal jongeren dat bij vrienden op de bank slaapt. Zoals Owusu "
        "opmerkte, melden jongeren zich pas als zij al maanden zwerven. Wiśniewski wijst op de wachtlijsten in "
        "de maatschappelijke opvang van het Leger des Heils. Wethouder Bouali van Utrecht pleit voor een "
        "landelijke norm."
    )
    r = p.add_run("2")
    r.font.superscript = True
    d.add_paragraph(
        "De aanpak sluit aan bij het Nationaal Actieplan Dakloosheid en bij de Wet maatschappelijke "
        "ondersteuning 2015. Het Sophia Kinderziekenhuis en de Erasmus Universiteit doen onderzoek naar de "
        "gezondheid van deze jongeren."
    )
    d.add_heading("Informatie die niet openbaar gemaakt kan worden", level=2)
    d.add_paragraph("[in te vullen]")
    d.add_paragraph("_" * 30)
    for txt in (
        "1 Gesproken met: Nadia Benali (gemeente Utrecht), Tomasz Wiśniewski (Leger des Heils), Efua "
        "Asantewaa Owusu (GGD Haaglanden), Jaap Bosma (cliëntenraad Zwolle), Mahmoud Al-Khatib "
        "(ervaringsdeskundige) en wethouder Ahmed Bouali (gemeente Utrecht).",
        "2 Interview met Ingrid Vos-Mulder, onderzoeker bij het Trimbos-instituut, 12 maart 2025; "
        "zie ook de notitie van N. Benali van 3 maart 2025.",
    ):
        fp = d.add_paragraph(txt)
        for run in fp.runs:
            run.font.size = Pt(8)
    d.save(path)


DOCX_NOTES["verkenning-dakloosheid-voetnoot"] = {
    "build": docx_voetnoot,
    "redact": [
        ("Nadia Benali", P),
        ("N. Benali", P),
        ("Tomasz Wiśniewski", P),
        ("Wiśniewski", P),
        ("Efua Asantewaa Owusu", P),
        ("Owusu", P),
        ("Jaap Bosma", P),
        ("Mahmoud Al-Khatib", P),
        ("Ingrid Vos-Mulder", P),
    ],
    "keep": [
        "Ahmed Bouali",
        "Bouali",
        "Leger des Heils",
        "GGD Haaglanden",
        "Trimbos-instituut",
        "Nationaal Actieplan Dakloosheid",
        "Wet maatschappelijke ondersteuning 2015",
        "Sophia Kinderziekenhuis",
        "Erasmus Universiteit",
        "gemeente Utrecht",
    ],
}


# --------------------------------------------------------------------------------------------
# reportlab notes
# --------------------------------------------------------------------------------------------


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" in pdfmetrics.getRegisteredFontNames():
        return
    base = Path("/usr/share/fonts/truetype/dejavu")
    pdfmetrics.registerFont(TTFont("DejaVu", str(base / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(base / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(base / "DejaVuSerif.ttf")))
    from reportlab.lib.fonts import addMapping

    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")


def rl_build(path, blocks, serif=False):
    """blocks: ("h", text) | ("p", text) | ("small", text) | ("kv", [(k, v)]) | ("table", rows) | ("sp", mm)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _rl_fonts()
    font = "DejaVuSerif" if serif else "DejaVu"
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=16, leading=20, spaceAfter=8)
    small = ParagraphStyle("s", fontName=font, fontSize=8, leading=10.5, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=11)
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(val, title))
        elif kind == "h":
            story.append(Paragraph(val, head))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "small":
            story.append(Paragraph(val, small))
        elif kind == "sp":
            story.append(Spacer(1, val * mm))
        elif kind in ("kv", "table"):
            rows = [[Paragraph(c, cell) for c in r] for r in val]
            widths = [42 * mm, 120 * mm] if kind == "kv" else None
            t = Table(rows, colWidths=widths, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if kind == "table":
                style += [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ]
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=24 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title="Nota",
        author="",
    )
    doc.build(story)


RL_NOTES: dict[str, dict] = {}

RL_NOTES["inspectierapport-jeugdhulp"] = {
    "blocks": [
        (
            "small",
            "Inspectie Gezondheidszorg en Jeugd · Postbus 2518 · 6401 DA Heerlen · 088 120 50 00 · meldingen@igj.nl",
        ),
        ("title", "Inspectierapport"),
        (
            "kv",
            [
                ("Instelling", "Stichting Jeugdhulp Rijnmond, locatie De Brink"),
                ("Datum bezoek", "11 en 12 maart 2025"),
                ("Inspecteurs", "Wilma Kooistra (teamleider inspectie) en Mustafa Yıldırım"),
                ("Contact", "Wilma Kooistra, 06 - 11 22 33 44"),
                ("Kenmerk", "IGJ-2025-03311"),
            ],
        ),
        ("h", "1. Werkwijze"),
        (
            "p",
            "De inspectie bezocht de locatie onaangekondigd op grond van de Jeugdwet. Gesproken met: mevrouw "
            "Mehret Haile (bestuurder), de heer K. Asante-Mensah (teamleider), mevrouw Liu Yang "
            "(gedragswetenschapper), de heer Marco Brink (pedagogisch medewerker) en mevrouw Soraya Hakimi "
            "(pedagogisch medewerker). Daarnaast zijn twaalf dossiers ingezien.",
        ),
        ("h", "2. Bevindingen"),
        (
            "p",
            "De bestuurder, mevrouw Haile, gaf aan dat de groep sinds januari met vier vaste medewerkers werkt. "
            "Volgens de heer Brink zijn de nachtdiensten vaak door één medewerker bemand. Mevrouw Hakimi "
            "bevestigde dit. Gedragswetenschapper Yang stelt de behandelplannen op, maar die zijn in vijf van "
            "de twaalf dossiers niet geëvalueerd.",
        ),
        (
            "p",
            "De teamleider, de heer Asante-Mensah, heeft toegezegd de roosters per 1 mei aan te passen. "
            "Inspecteur Yıldırım heeft de veiligheidsplannen op locatie De Brink beoordeeld.",
        ),
        ("h", "3. Oordeel en vervolg"),
        (
            "p",
            "De inspectie oordeelt dat de instelling niet voldoet aan de norm voor verantwoorde werktoedeling. "
            "De instelling stuurt binnen zes weken een verbeterplan naar meldingen@igj.nl. De minister "
            "voor Jeugd, Preventie en Sport wordt over dit rapport geïnformeerd.",
        ),
        ("sp", 6),
        ("p", "Namens de Inspectie Gezondheidszorg en Jeugd,<br/>Wilma Kooistra, teamleider inspectie"),
        ("small", "Gezien: WKo · Mustafa Yıldırım (MYi)"),
    ],
    "redact": [
        ("Wilma Kooistra", P),
        ("Mustafa Yıldırım", P),
        ("Yıldırım", P),
        ("06 - 11 22 33 44", T),
        ("Mehret Haile", P),
        ("Haile", P),
        ("K. Asante-Mensah", P),
        ("Asante-Mensah", P),
        ("Liu Yang", P),
        ("Yang", P),
        ("Marco Brink", P),
        ("Brink", P),
        ("Soraya Hakimi", P),
        ("Hakimi", P),
        ("WKo", PA),
        ("MYi", PA),
    ],
    "keep": [
        "Inspectie Gezondheidszorg en Jeugd",
        "088 120 50 00",
        "meldingen@igj.nl",
        "Stichting Jeugdhulp Rijnmond",
        "De Brink",
        "Jeugdwet",
        "teamleider inspectie",
        "pedagogisch medewerker",
        "Heerlen",
    ],
}

_BSN = "274518934"
_IBAN = "NL87 RABO 0312 4578 96"
RL_NOTES["klachtbrief-burger-bijzondere-bijstand"] = {
    "blocks": [
        (
            "small",
            "Gemeente Den Haag · Dienst Sociale Zaken en Werkgelegenheid · Bezoekadres Johan de Wittlaan 3, "
            "Den Haag · Telefoon 14 070 · klachten@denhaag.nl",
        ),
        ("sp", 8),
        ("p", "Mevrouw F. Ouali-Bakker<br/>Kerkstraat 12<br/>2512 AB Den Haag"),
        ("sp", 6),
        (
            "kv",
            [
                ("Datum", "2 april 2025"),
                ("Ons kenmerk", "KL-2025-0781"),
                ("Uw BSN", _BSN),
                ("Behandeld door", "Lotte Kok, klachtcoördinator"),
                ("Telefoon", "06-48 12 57 09"),
                ("E-mail", "lotte.kok@denhaag.nl"),
                ("Onderwerp", "Uw klacht over de afhandeling van uw aanvraag bijzondere bijstand"),
            ],
        ),
        ("p", "Geachte mevrouw Ouali-Bakker,"),
        (
            "p",
            "Op 3 maart 2025 ontvingen wij uw klacht over de manier waarop uw aanvraag voor bijzondere bijstand is "
            "behandeld. U schrijft dat u drie keer bent teruggebeld door verschillende medewerkers en dat uw zoon, "
            "Rayan Ouali, u bij de gesprekken moest helpen omdat niemand u terugbelde op het nummer dat u had "
            "opgegeven (06 41 23 45 67).",
        ),
        (
            "p",
            "Op 18 maart 2025 heeft u uw klacht toegelicht in een gesprek met mevrouw Kok en met de heer Adilson "
            "Tavares Monteiro, teamleider Inkomen. De heer Tavares Monteiro heeft in dat gesprek erkend dat uw "
            "aanvraag te lang is blijven liggen.",
        ),
        ("h", "Ons oordeel"),
        (
            "p",
            "Wij vinden uw klacht gegrond. Als tegemoetkoming maken wij € 50,00 over op uw rekening "
            f"{_IBAN}, onder vermelding van het kenmerk KL-2025-0781. De bijzondere bijstand van € 412,50 is "
            "inmiddels toegekend. Wethouder Saskia Brouwer-Lim is over de afhandeling van uw klacht geïnformeerd.",
        ),
        (
            "p",
            "Bent u het niet eens met de afhandeling van uw klacht, dan kunt u zich wenden tot de Nationale "
            "ombudsman. Een kopie van deze brief gaat naar uw gemachtigde, mr. J. Hoekman-Aksoy.",
        ),
        ("p", "Met vriendelijke groet,"),
        ("sp", 8),
        ("p", "Lotte Kok<br/>klachtcoördinator Sociale Zaken en Werkgelegenheid"),
    ],
    "redact": [
        ("F. Ouali-Bakker", P),
        ("Ouali-Bakker", P),
        (_BSN, BSN),
        ("Lotte Kok", P),
        ("Kok", P),
        ("06-48 12 57 09", T),
        ("lotte.kok@denhaag.nl", E),
        ("Rayan Ouali", P),
        ("06 41 23 45 67", T),
        ("Adilson Tavares Monteiro", P),
        ("Tavares Monteiro", P),
        (_IBAN, IBAN),
        ("J. Hoekman-Aksoy", P),
    ],
    "keep": [
        "Gemeente Den Haag",
        "Johan de Wittlaan",
        "14 070",
        "klachten@denhaag.nl",
        "Saskia Brouwer-Lim",
        "Nationale ombudsman",
        "KL-2025-0781",
        "teamleider Inkomen",
        "klachtcoördinator",
    ],
}

RL_NOTES["verslag-voornamen-werkoverleg"] = {
    "blocks": [
        ("small", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening · Programma Mooi Nederland"),
        ("title", "Verslag werkoverleg ruimtelijke kwaliteit"),
        (
            "kv",
            [
                ("Datum", "19 maart 2025"),
                (
                    "Aanwezig",
                    "Mirjam Hoogendoorn (voorzitter), Tariq Hamdan, Roos van der Heijden, Ayu Wibowo, "
                    "Sem Visser, Kees Timmer-Kuipers",
                ),
                ("Verslag", "Ayu Wibowo"),
            ],
        ),
        ("h", "1. Opening"),
        (
            "p",
            "Mirjam opent het overleg en heet Sem welkom; hij is per 1 maart overgekomen van het Planbureau "
            "voor de Leefomgeving.",
        ),
        ("h", "2. Ontwerpateliers"),
        (
            "p",
            "Tariq licht de resultaten van de ontwerpateliers toe. Roos vraagt of de provincies al zijn "
            "betrokken. Tariq antwoordt dat Gelderland en Overijssel meedoen; Kees neemt contact op met "
            "Noord-Brabant. Ayu merkt op dat de ateliers goed aansluiten bij de Nota Ruimte.",
        ),
        ("h", "3. Bestuurlijk overleg"),
        (
            "p",
            "Minister Verbrugge heeft op 12 maart gesproken met gedeputeerde Wolters. Mirjam en Tariq "
            "bereiden het vervolg voor. Roos stelt voor om de Van Nelle Fabriek als locatie te gebruiken; "
            "Sem zoekt uit of dat kan.",
        ),
        ("h", "4. Actiepunten"),
        (
            "table",
            [
                ["Actie", "Wie", "Wanneer"],
                ["Verslag ateliers naar provincies", "Tariq", "28 maart"],
                ["Contact Noord-Brabant", "Kees", "1 april"],
                ["Locatie bestuurlijk overleg", "Sem", "4 april"],
                ["Notitie voor minister Verbrugge", "Roos en Mirjam", "11 april"],
            ],
        ),
    ],
    "redact": [
        ("Mirjam Hoogendoorn", P),
        ("Mirjam", P),
        ("Tariq Hamdan", P),
        ("Tariq", P),
        ("Roos van der Heijden", P),
        ("Roos", P),
        ("Ayu Wibowo", P),
        ("Ayu", P),
        ("Sem Visser", P),
        ("Sem", P),
        ("Kees Timmer-Kuipers", P),
        ("Kees", P),
    ],
    "keep": [
        "Mooi Nederland",
        "Verbrugge",
        "Wolters",
        "Van Nelle Fabriek",
        "Nota Ruimte",
        "Planbureau voor de Leefomgeving",
        "Gelderland",
        "Overijssel",
        "Noord-Brabant",
    ],
}

RL_NOTES["verslag-deelnemers-werksessie-res"] = {
    "blocks": [
        (
            "small",
            "Provinsje Fryslân · Regionale Energiestrategie Fryslân · Tweebaksmarkt 52, Leeuwarden · 058 292 59 25",
        ),
        ("title", "Verslag werksessie RES Fryslân"),
        ("p", "Datum: 8 april 2025, provinciehuis Leeuwarden."),
        (
            "p",
            "Deelnemers: Kwabena Ofori, Ewa Nowak-de Boer, Zhang Wei, Ayşe Yıldız, Noor van den Brink, "
            "Hamid Noorzai en Tjitske Bergsma (verslag).",
        ),
        (
            "p",
            "Namens Wetterskip Fryslân: Pieter Zandstra en Aaltje Postma. Namens het college: gedeputeerde "
            "Douwe Jelsma.",
        ),
        ("p", "Afwezig met bericht: Mariana Costa Pereira en Abebe Tesfaye."),
        ("h", "1. Zon op dak"),
        (
            "p",
            "Ofori presenteert de stand van zaken: 42 procent van de geschikte daken is benut. Nowak-de Boer "
            "vraagt naar de netcongestie; Zhang licht toe dat Liander en TenneT in 2026 uitbreiden. "
            "Gedeputeerde Jelsma wil dat de provincie zelf het goede voorbeeld geeft.",
        ),
        ("h", "2. Wind op land"),
        (
            "p",
            "Yıldız en Noorzai presenteren de zoekgebieden. Zandstra (Wetterskip Fryslân) wijst op de "
            "dijkzones. Postma zegt toe de kaarten te leveren.",
        ),
        ("h", "3. Vervolg"),
        (
            "p",
            "Volgende sessie op 20 mei. Aanmelden bij Tjitske Bergsma, 058 - 555 90 12, "
            "t.bergsma@fryslan.frl, of via res@fryslan.frl.",
        ),
    ],
    "redact": [
        ("Kwabena Ofori", P),
        ("Ofori", P),
        ("Ewa Nowak-de Boer", P),
        ("Nowak-de Boer", P),
        ("Zhang Wei", P),
        ("Zhang", P),
        ("Ayşe Yıldız", P),
        ("Yıldız", P),
        ("Noor van den Brink", P),
        ("Hamid Noorzai", P),
        ("Noorzai", P),
        ("Tjitske Bergsma", P),
        ("Pieter Zandstra", P),
        ("Zandstra", P),
        ("Aaltje Postma", P),
        ("Postma", P),
        ("Mariana Costa Pereira", P),
        ("Abebe Tesfaye", P),
        ("058 - 555 90 12", T),
        ("t.bergsma@fryslan.frl", E),
    ],
    "keep": [
        "Provinsje Fryslân",
        "Wetterskip Fryslân",
        "Douwe Jelsma",
        "Jelsma",
        "058 292 59 25",
        "res@fryslan.frl",
        "Liander",
        "TenneT",
        "Leeuwarden",
        "Tweebaksmarkt",
        "Regionale Energiestrategie Fryslân",
    ],
}

PUBLIC_OFFICIALS = """\
# Public office holders and public-by-function officials for tests/holdout2 (all invented).
# Cabinet
Marieke Verbrugge
Hanneke Bruinsma
Gijs Hoogland
Ruud Zijderveld
# Tweede Kamer
Femke Roelofsen-Bouma
# Municipalities
Ingrid Oosterhuis-Baldewsingh
Rutger van Gennip
Hatice Kaya-Verhoef
Karin Veldhuis
Marco Tuinman
Ahmed Bouali
Saskia Brouwer-Lim
# Provinces
Hendrik-Jan Wolters
Marjolein Sanders-Ouwehand
Loes Terpstra-Vink
Joyce Amankwah-de Wit
Douwe Jelsma
# Water board
Sybrand Wiersma
Fenna Stoker
# Caribbean Netherlands
Milton Every-Heyliger
Claudette Berkel-Lake
# Public by function
Marit Kok
Paul Heemskerk
"""


# --------------------------------------------------------------------------------------------
# build + check
# --------------------------------------------------------------------------------------------


def occurrence_pattern(text: str) -> re.Pattern[str]:
    parts = [re.escape(p).replace(r"\-", r"-\s*") for p in text.split()]
    return re.compile(r"(?<![\w@.])" + r"\s+".join(parts) + r"(?![\w@])")


CHROMIUM = [
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-pdf-header-footer",
]


def build_html(name, spec, tmp: Path):
    src = tmp / f"{name}.html"
    src.write_text(spec["html"], encoding="utf-8")
    out = NOTES / f"{name}.pdf"
    subprocess.run(
        CHROMIUM + [f"--print-to-pdf={out}", src.as_uri()],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )


def build_docx_all(tmp: Path):
    docs = []
    for name, spec in DOCX_NOTES.items():
        p = tmp / f"{name}.docx"
        spec["build"](p)
        docs.append(str(p))
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo-holdout2",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(NOTES),
            *docs,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=300,
    )


def write_expected(name, spec):
    data = {
        "file": f"{name}.pdf",
        "redact": [{"text": t, "type": ty} for t, ty in spec["redact"]],
        "keep": list(spec["keep"]),
    }
    (NOTES / f"{name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def check() -> int:
    import pdfplumber

    problems = 0
    for exp in sorted(NOTES.glob("*.expected.json")):
        spec = json.loads(exp.read_text(encoding="utf-8"))
        with pdfplumber.open(NOTES / spec["file"]) as pdf:
            text = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
        for item in [i["text"] for i in spec["redact"]] + spec["keep"]:
            if not occurrence_pattern(item).search(text):
                print(f"NOT EXTRACTABLE {spec['file']}: {item!r}")
                problems += 1
    print(f"check: {problems} problem(s)")
    return problems


def main(argv: list[str]) -> int:
    assert bsn_valid(_BSN) and iban_valid(_IBAN)
    if "--check-only" not in argv:
        NOTES.mkdir(parents=True, exist_ok=True)
        for f in NOTES.glob("*"):
            f.unlink()
        (HERE / "public-officials.txt").write_text(PUBLIC_OFFICIALS, encoding="utf-8")
        tmp = Path(tempfile.mkdtemp(prefix="holdout2-"))
        try:
            for name, spec in HTML_NOTES.items():
                build_html(name, spec, tmp)
                write_expected(name, spec)
            build_docx_all(tmp)
            for name, spec in DOCX_NOTES.items():
                write_expected(name, spec)
            for name, spec in RL_NOTES.items():
                rl_build(NOTES / f"{name}.pdf", spec["blocks"])
                write_expected(name, spec)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        n = len(HTML_NOTES) + len(DOCX_NOTES) + len(RL_NOTES)
        print(f"wrote {n} notes to {NOTES}")
    return 1 if check() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
