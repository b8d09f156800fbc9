"""Set BS, documents bs23-bs33: seizure report scan, WhatsApp, policy note, beslisnota, audit committee,
council questions, press releases, Woo decision and inventory."""
from lib import Doc, H, K, R
from docs_a import HDR, K_BSMP, K_ORG, K_STAT, K_TEL, K_WOO, K_WOONR, ORG

DOCS = []

# ------------------------------------------------------------------------------------------ bs23 (scan PV)
DOCS.append(Doc(
    "bs23_scan_proces_verbaal_beslag_roerende_zaken", "Scan proces-verbaal van beslag", kind="scan",
    producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
    stamp="BSMP DMS - PV-2025-0217 - gescand 03-07-2025 - p{p}",
    scan=[[
        ("sansb", "PROCES-VERBAAL VAN BESLAG OP ROERENDE ZAKEN"),
        ("sans", "Belastingsamenwerking Maas-Peel - nr. PV-2025-0217"),
        ("rule", ""),
        ("type", "Op 2 juli 2025 om 10.40 uur heb ik, Jozef Driessen,"),
        ("type", "belastingdeurwaarder van de BSMP, op grond van"),
        ("type", "artikel 12 Invorderingswet 1990 beslag gelegd ten laste van:"),
        ("gap", 10),
        ("typeb", "H.P.J. Verhoeven, geboren 23-01-1972"),
        ("type", "wonende Kerkstraat 88, 5961 GJ Horst"),
        ("gap", 10),
        ("type", "Openstaand: EUR 2.318,40 (OZB en afvalstoffenheffing)"),
        ("type", "Beslagen zaken:"),
        ("type", "1. personenauto Volkswagen Golf, kenteken 4-TVX-91"),
        ("type", "2. aanhangwagen Anssems, kenteken WX-43-KP"),
        ("type", "Het beslag is gelegd in aanwezigheid van de echtgenote,"),
        ("type", "mevrouw Kim Verhoeven-Linders."),
        ("gap", 20),
        ("type", "Getuige: Mohamed Bakkali, medewerker buitendienst"),
        ("gap", 20),
        ("type", "De belastingdeurwaarder,        Getuige,"),
        ("sig", ""),
        ("hand", "J.P.M. Driessen        M. Bakkali"),
    ]],
    redact=[
        H("ocr", "PERSON", "Jozef Driessen", "Driessen"),
        H("ocr", "PERSON", "H.P.J. Verhoeven", "Verhoeven"),
        H("ocr", "DOB", "23-01-1972", "~23-01-1972"),
        H("ocr", "ADDRESS", "Kerkstraat 88", "Kerkstraat 88"),
        H("ocr", "POSTCODE", "5961 GJ"),
        H("ocr", "LICENSE_PLATE", "4-TVX-91", "~4-TVX-91"),
        H("ocr", "LICENSE_PLATE", "WX-43-KP", "~WX-43-KP"),
        H("ocr", "PERSON", "Kim Verhoeven-Linders", "Linders"),
        H("ocr", "PERSON", "Mohamed Bakkali", "Bakkali"),
    ],
    keep=[K("ORG", "BSMP"), K("CASE", "PV-2025-0217")],
))

# ------------------------------------------------------------------------------------------ bs24 (WhatsApp)
WA = """WhatsApp-chat met Buitendienst BSMP 🚗
Berichten en oproepen zijn end-to-end versleuteld.

14-10-25 07:58 - Sjef Driessen: Morgen mannen. Ik doe vandaag Gennep en Ottersum, 14 adressen
14-10-25 08:01 - Ruud vd Akker: 👍 ik zit tot 11 uur op kantoor, daarna Horst
14-10-25 08:02 - +31 6 3147 2209: Mo hier, nieuwe telefoon. Ik pak America en Meterik
14-10-25 09:37 - Sjef Driessen: Maasstraat 63 Gennep: Boulanger heeft uitstel tot 15-11 (staat erin), overgeslagen
14-10-25 10:12 - Sjef Driessen: Bij Verhoeven (Kerkstraat) weer geen gehoor. Golf 4-TVX-91 staat er niet meer 🤔
14-10-25 10:14 - Ruud vd Akker: Zet het in Key2 als notitie, ik bel Mirjam over een verklaring
14-10-25 11:46 - +31 6 3147 2209: Meterik klaar. Eén betaald via iDEAL ter plekke, QR-code werkt goed
14-10-25 11:47 - Ruud vd Akker: Top Mo 💪
14-10-25 13:20 - Sjef Driessen: Let op: Tienrayseweg 14-B is dat huis met de hond. Niet alleen gaan
14-10-25 13:22 - Ruud vd Akker: Wiśniewski werkt daar niet meer sinds sept zegt de buurman, ik check werkgever
14-10-25 15:05 - Sjefke: (Sjef via Mo z'n telefoon, accu leeg) ben terug op Stationsweg
14-10-25 15:31 - Ruud vd Akker: Morgen teamoverleg, Kapelaan Laurentiuszaal 9.30. Neem je kilometerstaat mee
14-10-25 15:33 - +31 6 3147 2209: 👌"""
DOCS.append(Doc(
    "bs24_whatsapp_export_buitendienst", "WhatsApp export buitendienst", kind="ttf",
    producer="Skia/PDF m118", creator="Chromium",
    blocks=[("pre", WA)],
    redact=[
        R("PERSON", "Jozef Driessen", "Sjef Driessen", "Sjefke", "Sjef"),
        R("PERSON", "Ruud van den Akker", "Ruud vd Akker"),
        R("PHONE", "+31 6 3147 2209", "~+31 6 3147 2209"),
        R("PERSON", "Mohamed Bakkali", "Mo"),
        R("ADDRESS", "Maasstraat 63"),
        R("PERSON", "Anaïs Boulanger", "Boulanger"),
        R("PERSON", "H.P.J. Verhoeven", "Verhoeven"),
        R("ADDRESS", "Kerkstraat (woning Verhoeven)", "Kerkstraat"),
        R("LICENSE_PLATE", "4-TVX-91", "~4-TVX-91"),
        R("PERSON", "Mirjam Claessens", "Mirjam"),
        R("ADDRESS", "Tienrayseweg 14-B", "Tienrayseweg 14-B"),
        R("PERSON", "Józef Wiśniewski", "Wiśniewski"),
    ],
    keep=[K("ORG", "BSMP"), K("PLACE", "Gennep"), K("PLACE", "Ottersum"), K("PLACE", "America"), K("PLACE", "Meterik"),
          K("PRODUCT", "iDEAL"), K("PRODUCT", "Key2"), K("STREET", "Stationsweg"),
          K("BUILDING", "Kapelaan Laurentiuszaal"), K("TERM", "QR-code"), K("PRODUCT", "WhatsApp-chat")],
))

# ------------------------------------------------------------------------------------------ bs25 (docx + outline)
DOCS.append(Doc(
    "bs25_notitie_evaluatie_invorderingsbeleid_2025", "Notitie evaluatie invorderingsbeleid 2025", kind="docx", author="Janssen, Femke",
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    outline=[("1. Aanleiding", 0), ("2. Cijfers 2024-2025", 0), ("3. Opmerkingen F. Janssen (beleid)", 0),
             ("4. Reactie Claessens en Rutten", 1), ("Bijlage: interviews buitendienst (Driessen, Bakkali)", 1)],
    blocks=HDR + [
        "# Notitie evaluatie invorderingsbeleid 2025",
        ("kv", [["Aan", "dagelijks bestuur BSMP"], ["Van", "team Invordering"], ["Datum", "3 november 2025"],
                ["Kenmerk", "N-2025-0061"], ["Status", "concept, ter bespreking"]]),
        "## 1. Aanleiding",
        "Het algemeen bestuur heeft in december 2024 gevraagd het invorderingsbeleid te evalueren, na vragen in de "
        "gemeenteraden van Venray, Horst aan de Maas, Gennep en Bergen (L) over de kosten van dwangbevelen en over "
        "huisbezoeken door de belastingdeurwaarder bij kwetsbare inwoners. De Nationale ombudsman heeft in 2025 drie "
        "klachten over de BSMP doorgestuurd; één klacht is gegrond verklaard (KL-2025-0093).",
        "## 2. Cijfers 2024-2025",
        ("table", [["Onderdeel", "2024", "t/m sept 2025"],
                   ["Aanslagen opgelegd", "118.420", "119.037"],
                   ["Aanmaningen", "14.882", "11.930"],
                   ["Dwangbevelen", "4.117", "3.602"],
                   ["Beslagen (loon, bank, roerend)", "611", "488"],
                   ["Kwijtscheldingsverzoeken", "3.904", "3.377"],
                   ["waarvan toegewezen (geheel of deels)", "2.961", "2.540"],
                   ["Betalingsregelingen", "1.706", "1.918"],
                   ["Oninbaar (% van de aanslagen)", "5,3%", "4,8%"]]),
        "## 3. Bevindingen",
        "1. Het aantal betalingsregelingen stijgt, het aantal dwangbevelen daalt. Het vroegsignaleren via de "
        "Wet gemeentelijke schuldhulpverlening werkt: sinds 2024 worden achterstanden na de aanmaning gemeld bij "
        "de schuldhulpverlening van de gemeenten.",
        "2. Kwijtschelding aan (ex-)ondernemers is niet geregeld in de Leidraad Invordering BSMP. In de praktijk wordt "
        "verschillend beslist. De beslisnota voor het DB van 6 november 2025 stelt een regeling voor.",
        "3. De buitendienst ervaart huisbezoeken bij ouderen als zwaar; er is behoefte aan een protocol en een "
        "tweede dienstauto.",
        ("pb",),
        "## 4. Voorstellen",
        "a. De kosten van aanmaning en dwangbevel niet in rekening brengen bij aanslagen onder EUR 100.",
        "b. Een protocol huisbezoek kwetsbare inwoners, samen met Synthese en de schuldhulpverlening van de gemeenten.",
        "c. Kwijtschelding voor ondernemers voor de privébelastingen (afvalstoffenheffing en rioolheffing) openstellen, "
        "zoals de VNG in haar handreiking kwijtschelding adviseert.",
        "d. De klachtbehandeling bij telefonische terugbelverzoeken verbeteren (actie 25-41).",
        "## 5. Vervolg",
        "Na bespreking in het DB volgt een voorstel aan het algemeen bestuur (vergadering 11 december 2025) en een "
        "raadsinformatiebrief aan de vier gemeenteraden. De auditcommissie van Venray ontvangt de cijfers vooraf.",
    ],
    redact=[
        H("outline", "PERSON", "Femke Janssen", "F. Janssen"),
        H("metadata", "PERSON", "Femke Janssen (auteur)", "Janssen, Femke"),
        H("outline", "PERSON", "Mirjam Claessens", "Claessens"),
        H("outline", "PERSON", "Wim Rutten", "Rutten"),
        H("outline", "PERSON", "Jozef Driessen", "Driessen"),
        H("outline", "PERSON", "Mohamed Bakkali", "Bakkali"),
    ],
    keep=[K_ORG, K("CASE", "N-2025-0061"), K("PLACE", "Horst aan de Maas"), K("PLACE", "Bergen (L)"),
          K("ORG", "Nationale ombudsman"), K("CASE", "KL-2025-0093"), K("LAW", "Wet gemeentelijke schuldhulpverlening"),
          K("LAW", "Leidraad Invordering BSMP"), K("ORG", "VNG"), K("ORG", "Synthese"), K("CASE", "25-41"),
          K("ORG", "team Invordering"), K("AMOUNT", "EUR 100"), K("ROLE", "belastingdeurwaarder"),
          K("NUMBER", "118.420"), K("ORG", "auditcommissie")],
))

# ------------------------------------------------------------------------------------------ bs26 (beslisnota)
DOCS.append(Doc(
    "bs26_beslisnota_db_kwijtschelding_ondernemers", "Beslisnota DB kwijtschelding ondernemers",
    producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    blocks=HDR + [
        "# Beslisnota dagelijks bestuur",
        ("kv", [["Aan", "dagelijks bestuur BSMP (voorzitter: wethouder Koolen, Venray)"],
                ["Van", "directeur BSMP"], ["Datum", "27 oktober 2025"], ["Kenmerk", "DB-2025-044"],
                ["Onderwerp", "kwijtschelding voor (ex-)ondernemers voor privébelastingen"],
                ["Behandeld door", "F. Janssen, beleidsmedewerker invordering, 0478 76 90 48, f.janssen@bsmp.nl"],
                ["Kopie aan", "P. Hendriks (controller); mr. T. ter Horst (juridische zaken)"]], [32, 130]),
        "## Aanleiding",
        "De Leidraad Invordering BSMP sluit ondernemers uit van kwijtschelding. Artikel 255 lid 2 Gemeentewet en de "
        "Uitvoeringsregeling Invorderingswet 1990 laten gemeenten toe kwijtschelding te verlenen voor belastingen "
        "die niet met de onderneming samenhangen. Uit de evaluatie (N-2025-0061) en een concrete casus van een "
        "gestopte zzp'er met gezondheidsproblemen (KW-2025-04102) blijkt dat de uitsluiting onredelijk kan uitpakken.",
        "## Geadviseerd besluit",
        "Aan het dagelijks bestuur wordt gevraagd:",
        "1. in te stemmen met kwijtschelding van afvalstoffenheffing en rioolheffing voor (ex-)ondernemers met een "
        "inkomen op bijstandsniveau, met ingang van 1 januari 2026;",
        "2. het algemeen bestuur voor te stellen de Leidraad Invordering BSMP daarop aan te passen;",
        "3. de deelnemende gemeenten te vragen de kwijtscheldingsregeling in hun belastingverordeningen 2026 op te nemen.",
        "## Kern",
        "Het gaat naar schatting om 60 tot 90 verzoeken per jaar. De derving is ongeveer EUR 38.000 per jaar voor de "
        "vier gemeenten samen. Het Inlichtingenbureau kan ondernemers niet automatisch toetsen; de toets is handwerk "
        "(circa 0,4 fte).",
        "## Krachtenveld",
        "De SP-fractie in Venray (raadslid Kersten) en de ombudsman vragen om coulance. De VNG-handreiking steunt "
        "openstelling. De controller wijst op het risico van misbruik bij ondernemers met vermogen in de zaak; de "
        "vermogenstoets van de Uitvoeringsregeling blijft daarom van toepassing.",
        ("pb",),
        "## Financiën",
        "De derving valt in de begrotingen van de deelnemende gemeenten (kwijtscheldingsbudget). De BSMP heeft extra "
        "formatie nodig van 0,4 fte (EUR 29.500), te dekken uit de post onvoorzien 2026.",
        "## Informatie die niet openbaar gemaakt kan worden",
        "Deze nota bevat gegevens over een individuele casus. Deze zijn niet in de nota opgenomen.",
        "## Paraafroute",
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["F. Janssen", "beleidsmedewerker", "FJ", "27-10-2025"],
                   ["M. Claessens", "teamleider Invordering", "MC", "28-10-2025"],
                   ["P. Hendriks", "controller", "PH", "29-10-2025"],
                   ["W.H.M. Rutten", "directeur", "WR", "30-10-2025"]], [40, 50, 20, 30]),
        "Besluit DB 6 november 2025: conform, met dien verstande dat het AB op 11 december beslist. Getekend: "
        "wethouder Koolen, voorzitter.",
        "## Bijlage: reactie controller",
        "> Van: Hendriks, Paul <p.hendriks@bsmp.nl>",
        "> Verzonden: woensdag 29 oktober 2025 17:02",
        "> Aan: Janssen, Femke <f.janssen@bsmp.nl>; Claessens, Mirjam <m.claessens@bsmp.nl>",
        "> Onderwerp: RE: beslisnota kwijtschelding ondernemers",
        "> Femke, akkoord met de nota. Voeg wel toe dat de vermogenstoets blijft gelden; dat voorkomt discussie in "
        "het AB. Ik ben morgen tot 12 uur op 06-22 91 04 37. Groet, Paul",
    ],
    redact=[
        R("PERSON", "Femke Janssen", "F. Janssen"), R("PHONE", "0478 76 90 48"), R("EMAIL", "f.janssen@bsmp.nl"),
        R("PERSON", "Paul Hendriks", "P. Hendriks"), R("PERSON", "Thijs ter Horst", "T. ter Horst"),
        R("PERSON", "Mirjam Claessens", "M. Claessens"), R("PERSON", "Wim Rutten", "W.H.M. Rutten"),
        R("INITIALS", "FJ"), R("INITIALS", "MC"), R("INITIALS", "PH"), R("INITIALS", "WR"),
        R("PERSON", "Paul Hendriks (mail)", "Hendriks, Paul", "Paul"), R("EMAIL", "p.hendriks@bsmp.nl"),
        R("PERSON", "Femke Janssen (mail)", "Janssen, Femke", "Femke"), R("EMAIL", "m.claessens@bsmp.nl"),
        R("PERSON", "Mirjam Claessens (mail)", "Claessens, Mirjam"), R("PHONE", "06-22 91 04 37"),
    ],
    keep=[K_ORG, K("OFFICEHOLDER", "wethouder Koolen"), K("OFFICEHOLDER", "raadslid Kersten"), K("CASE", "DB-2025-044"),
          K("CASE", "N-2025-0061"), K("CASE", "KW-2025-04102"), K("LAW", "Leidraad Invordering BSMP"),
          K("LAW", "Artikel 255 lid 2 Gemeentewet"), K("LAW", "Uitvoeringsregeling Invorderingswet 1990"),
          K("ORG", "Inlichtingenbureau"), K("ORG", "VNG-handreiking"), K("AMOUNT", "EUR 38.000"),
          K("AMOUNT", "EUR 29.500"), K("ROLE", "teamleider Invordering"), K("ROLE", "controller"),
          K("ROLE", "directeur"), K("ORG", "SP-fractie")],
))

# ------------------------------------------------------------------------------------------ bs27 (audit committee)
DOCS.append(Doc(
    "bs27_verslag_auditcommissie_venray_nov2025", "Verslag auditcommissie gemeenteraad Venray 18 november 2025",
    kind="ttf", font="DejaVuSerif", producer="iText 5.5.13.3 (c) iText Group NV", creator="iBabs Vergadermanagement",
    blocks=[
        "**Gemeente Venray - auditcommissie van de gemeenteraad**",
        "# Verslag vergadering 18 november 2025",
        "~ Openbaar deel | Raadhuis Venray, Raadhuisstraat 1, commissiekamer Jacob van Gelderzaal | 19.30-21.40 uur",
        ("table", [["Aanwezig", "Rol"],
                   ["raadslid Jeroen Vousten (VVD)", "voorzitter"],
                   ["raadslid Ilse Mulders-Gerrits (CDA)", "lid"],
                   ["raadslid Hüseyin Aydın (GroenLinks-PvdA)", "lid"],
                   ["raadslid Dionne Kersten (SP)", "lid"],
                   ["wethouder Geert Koolen", "portefeuillehouder financiën, voorzitter AB BSMP"],
                   ["N. Verstappen", "commissiegriffier"],
                   ["R. Weijs", "concerncontroller gemeente Venray"],
                   ["drs. A. Verbeek RA", "accountant, Peelland Audit B.V."],
                   ["W.H.M. Rutten, P. Hendriks", "directeur en controller BSMP (agendapunt 3)"]], [80, 80]),
        "## 1. Opening en vaststelling agenda",
        "Voorzitter Vousten opent de vergadering. Raadslid Aydın meldt dat hij om 21.00 uur weg moet. De agenda "
        "wordt vastgesteld.",
        "## 2. Verslag 23 september 2025",
        "Het verslag wordt ongewijzigd vastgesteld. Actiepunt AC-25-07 (kwijtschelding ondernemers) loopt via de BSMP.",
        "## 3. Tussenrapportage BSMP en management letter",
        "De heer Rutten (directeur BSMP) licht de tussenrapportage toe. Het percentage oninbaar daalde naar 4,8 procent. "
        "Mevrouw Verbeek van Peelland Audit meldt dat in de interim-controle bij de BSMP geen materiële fouten zijn "
        "gevonden, maar dat de autorisaties in Key2Belastingen te ruim zijn: medewerkers kunnen zelf kwijtschelding "
        "toekennen en de betaling daarvan registreren (functiescheiding). Zij adviseert het vier-ogenprincipe.",
        "Raadslid Kersten vraagt waarom een inwoner uit Merselo een deurwaarder aan de deur kreeg terwijl zij "
        "kwijtschelding had aangevraagd. Wethouder Koolen antwoordt dat dit een fout was bij de doorzending vanuit het "
        "gemeentehuis, dat de Nationale ombudsman de klacht heeft doorgestuurd en dat de BSMP excuses heeft "
        "aangeboden. Namen van inwoners worden in de commissie niet genoemd.",
        "Raadslid Mulders-Gerrits vraagt naar de kosten van dwangbevelen. De concerncontroller, de heer Weijs, wijst "
        "erop dat de kosten wettelijk zijn bepaald, maar dat de gemeente bij kleine bedragen kan afzien van "
        "invordering van kosten. Wethouder Koolen zegt toe dit mee te nemen in de evaluatie van het "
        "invorderingsbeleid.",
        ("pb",),
        "## 4. Rekenkamer Venray: onderzoek kwijtschelding",
        "De Rekenkamercommissie Venray heeft een onderzoek naar kwijtschelding en schuldhulp aangekondigd voor 2026. "
        "Voorzitter Vousten stelt voor dat de auditcommissie de onderzoeksvragen in januari bespreekt.",
        "## 5. Rondvraag en sluiting",
        "Raadslid Aydın vraagt of de accountant het rapport over de BSMP ook aan de raden van Horst aan de Maas, "
        "Gennep en Bergen stuurt. Mevrouw Verbeek bevestigt dat. De commissiegriffier stuurt het verslag via iBabs rond.",
        "## Toezeggingen en acties",
        ("table", [["Nr", "Omschrijving", "Wie", "Wanneer"],
                   ["AC-25-11", "Evaluatie invorderingsbeleid incl. kosten bij kleine bedragen", "wethouder Koolen", "Q1 2026"],
                   ["AC-25-12", "Management letter BSMP naar de raden van Horst aan de Maas, Gennep en Bergen", "accountant", "december 2025"],
                   ["AC-25-13", "Onderzoeksvragen Rekenkamercommissie agenderen", "griffie (NV)", "januari 2026"]],
         [20, 90, 35, 25]),
        "~ Verslag: N. Verstappen, commissiegriffier, griffie@venray.nl, 0478 - 52 33 61. Vragen over de management "
        "letter: A. Verbeek, a.verbeek@peellandaudit.nl, 040 - 219 88 70.",
    ],
    redact=[
        R("PERSON", "Nicole Verstappen", "N. Verstappen"), R("INITIALS", "NV"), R("PHONE", "0478 - 52 33 61"),
        R("PERSON", "Ronald Weijs", "R. Weijs", "Weijs"),
        R("PERSON", "Anaïs Verbeek", "A. Verbeek", "Verbeek"), R("EMAIL", "a.verbeek@peellandaudit.nl"),
        R("PHONE", "040 - 219 88 70"),
        R("PERSON", "Wim Rutten", "W.H.M. Rutten", "Rutten"),
        R("PERSON", "Paul Hendriks", "P. Hendriks"),
    ],
    keep=[K("OFFICEHOLDER", "raadslid Jeroen Vousten", "Jeroen Vousten", "Vousten"),
          K("OFFICEHOLDER", "raadslid Ilse Mulders-Gerrits", "Ilse Mulders-Gerrits", "Mulders-Gerrits"),
          K("OFFICEHOLDER", "raadslid Hüseyin Aydın", "Hüseyin Aydın", "Aydın"),
          K("OFFICEHOLDER", "raadslid Dionne Kersten", "Dionne Kersten", "Kersten"),
          K("OFFICEHOLDER", "wethouder Geert Koolen", "Geert Koolen", "Koolen"),
          K("ORG", "Peelland Audit B.V."), K("ORG", "Peelland Audit"), K("BUILDING", "Jacob van Gelderzaal"),
          K("ADDRESS_PUBLIC", "Raadhuisstraat 1"), K("PRODUCT", "Key2Belastingen"), K("ORG", "Rekenkamercommissie Venray"),
          K("ORG", "Nationale ombudsman"), K("CASE", "AC-25-07"), K("CASE", "AC-25-12"), K("PRODUCT", "iBabs"),
          K("EMAIL_FUNCTIONAL", "griffie@venray.nl"), K("ROLE", "concerncontroller"), K("ROLE", "commissiegriffier"),
          K("PLACE", "Merselo"), K("TERM", "vier-ogenprincipe")],
))

# ------------------------------------------------------------------------------------------ bs28 (council questions)
DOCS.append(Doc(
    "bs28_raadsvragen_en_antwoord_deurwaarderskosten", "Schriftelijke vragen en beantwoording deurwaarderskosten",
    font="Times-Roman", producer="Adobe PDF Library 23.8.53", creator="Acrobat PDFMaker 23 voor Word",
    blocks=[
        "**Gemeente Venray**",
        "# Schriftelijke vragen ex artikel 41 Reglement van orde",
        ("kv", [["Van", "raadslid Dionne Kersten (SP)"], ["Datum ingekomen", "6 oktober 2025"],
                ["Nummer", "RV-2025-057"], ["Onderwerp", "deurwaarderskosten en huisbezoeken BSMP"]], [35, 110]),
        "Geacht college,",
        "Via de SP-hulpdienst hoorde ik van inwoners die na een kleine achterstand in de afvalstoffenheffing een "
        "dwangbevel met hoge kosten kregen, en van een oudere inwoner die een belastingdeurwaarder aan de deur kreeg "
        "terwijl zij kwijtschelding had gevraagd. Daarom stel ik de volgende vragen:",
        "1. Hoeveel dwangbevelen heeft de BSMP in 2024 en 2025 voor inwoners van Venray uitgevaardigd en wat waren de "
        "totale kosten voor inwoners?",
        "2. Bent u bereid de BSMP te vragen bij bedragen onder EUR 100 af te zien van kosten?",
        "3. Hoe zorgt u ervoor dat kwijtscheldingsformulieren die bij de balie van het gemeentehuis worden afgegeven "
        "niet meer verloren gaan?",
        "4. Is er een protocol voor huisbezoeken bij kwetsbare inwoners?",
        "Dionne Kersten, raadslid SP Venray",
        "---",
        "# Beantwoording door het college van burgemeester en wethouders",
        ("kv", [["Datum", "28 oktober 2025"], ["Kenmerk", "RV-2025-057 / Z-25-118230"],
                ["Portefeuillehouder", "wethouder Koolen (financiën)"],
                ["Ambtelijk contact", "R. Weijs, concerncontroller, r.weijs@venray.nl"]], [35, 110]),
        "**Antwoord 1.** In 2024 zijn voor aanslagen van inwoners van Venray 1.398 dwangbevelen uitgevaardigd, tot en "
        "met september 2025 1.204. De kosten voor inwoners waren EUR 88.310 (2024) en EUR 74.960 (2025). Deze kosten "
        "volgen uit de Kostenbesluit invordering rijksbelastingen, dat via artikel 255 Gemeentewet van toepassing is.",
        "**Antwoord 2.** Ja. Wethouder Koolen heeft als voorzitter van het algemeen bestuur van de BSMP gevraagd dit "
        "voorstel mee te nemen in de evaluatie van het invorderingsbeleid. Het AB beslist op 11 december 2025.",
        ("pb",),
        "**Antwoord 3.** In het geval waarnaar u verwijst, is een formulier aan de balie van het gemeentehuis niet "
        "doorgestuurd. Sinds 1 oktober 2025 scant het Klantcontactcentrum (KCC) van Venray formulieren dezelfde dag "
        "in en stuurt ze naar de BSMP. De klacht van de betrokken inwoner, die bij de Nationale ombudsman was "
        "ingediend, is door de BSMP gegrond verklaard.",
        "**Antwoord 4.** De BSMP werkt aan een protocol huisbezoek kwetsbare inwoners, samen met Synthese en de "
        "schuldhulpverlening van de gemeente (team Geldzaken, bereikbaar via 14 0478). De belastingdeurwaarders "
        "volgen de gedragscode van de Koninklijke Beroepsorganisatie van Gerechtsdeurwaarders (KBvG) als leidraad, "
        "hoewel zij daar als belastingdeurwaarder formeel niet onder vallen.",
        "Burgemeester en wethouders van Venray,\nde secretaris, de burgemeester,",
        "~ Ambtelijke voorbereiding: F. Janssen (BSMP), M. Claessens (BSMP), R. Weijs (gemeente Venray).",
    ],
    redact=[
        R("PERSON", "Ronald Weijs", "R. Weijs"), R("EMAIL", "r.weijs@venray.nl"),
        R("PERSON", "Femke Janssen", "F. Janssen"), R("PERSON", "Mirjam Claessens", "M. Claessens"),
    ],
    keep=[K("OFFICEHOLDER", "raadslid Dionne Kersten", "Dionne Kersten"), K("OFFICEHOLDER", "wethouder Koolen"),
          K("CASE", "RV-2025-057"), K("CASE", "Z-25-118230"), K("LAW", "artikel 41 Reglement van orde"),
          K("LAW", "Kostenbesluit invordering rijksbelastingen"), K("LAW", "artikel 255 Gemeentewet"),
          K("ORG", "BSMP"), K("ORG", "SP-hulpdienst"), K("ORG", "Klantcontactcentrum (KCC)"),
          K("ORG", "Nationale ombudsman"), K("ORG", "Synthese"), K("ORG", "team Geldzaken"),
          K("PHONE_GENERAL", "14 0478"), K("ORG", "Koninklijke Beroepsorganisatie van Gerechtsdeurwaarders"),
          K("ORG", "KBvG"), K("AMOUNT", "EUR 88.310"), K("ROLE", "concerncontroller"), K("ROLE", "belastingdeurwaarder"),
          K("TAX", "afvalstoffenheffing")],
))

# ------------------------------------------------------------------------------------------ bs29 (raadsinformatiebrief)
DOCS.append(Doc(
    "bs29_raadsinformatiebrief_wethouder_financien", "Raadsinformatiebrief aanslagen 2026 en invorderingsbeleid",
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    blocks=[
        "**Gemeente Venray** | Raadsinformatiebrief",
        ("kv", [["Aan", "de gemeenteraad van Venray"], ["Van", "wethouder Koolen, portefeuille financiën"],
                ["Datum", "15 december 2025"], ["Nummer", "RIB-2025-089"],
                ["Onderwerp", "besluiten algemeen bestuur BSMP over invorderingsbeleid en aanslagen 2026"],
                ["Inlichtingen", "mevrouw I. Sanders-Oosterbeek, beleidsadviseur financiën, 0478 - 52 34 18"]], [30, 130]),
        "Geachte raadsleden,",
        "Op 11 december 2025 heeft het algemeen bestuur van de Belastingsamenwerking Maas-Peel (BSMP) een aantal "
        "besluiten genomen die ook voor Venray gevolgen hebben. Met deze brief informeer ik u, mede naar aanleiding "
        "van de schriftelijke vragen van raadslid Kersten (RV-2025-057) en de toezegging AC-25-11 in de "
        "auditcommissie.",
        "1. **Kosten bij kleine bedragen.** Vanaf 2026 worden bij aanslagen tot EUR 100 geen kosten voor aanmaning en "
        "dwangbevel in rekening gebracht.",
        "2. **Kwijtschelding ondernemers.** (Ex-)ondernemers met een inkomen op bijstandsniveau kunnen vanaf 2026 "
        "kwijtschelding krijgen voor afvalstoffenheffing en rioolheffing. Ik leg u in januari een wijziging van de "
        "Verordening afvalstoffenheffing Venray 2026 voor.",
        "3. **Protocol huisbezoek.** De BSMP stelt met Synthese en team Geldzaken een protocol op; de "
        "belastingdeurwaarders volgen in januari een training in het herkennen van schulden en kwetsbaarheid.",
        "4. **Aanslagen 2026.** De aanslagen gemeentelijke belastingen 2026 worden op 27 februari 2026 verzonden via "
        "MijnOverheid (Berichtenbox). Inwoners kunnen vanaf dat moment digitaal kwijtschelding aanvragen.",
        "Voor vragen over de uitvoering kunt u terecht bij de BSMP via info@bsmp.nl; vragen over deze brief kunt u "
        "stellen aan de beleidsadviseur die hierboven staat vermeld.",
        "Met vriendelijke groet,",
        "Geert Koolen\nwethouder financiën, gemeente Venray",
        "~ Afschrift: directeur BSMP (W.H.M. Rutten); teamleider Invordering BSMP (M. Claessens); i.sanders@venray.nl",
    ],
    redact=[
        R("PERSON", "Inge Sanders-Oosterbeek", "I. Sanders-Oosterbeek", "Sanders-Oosterbeek"),
        R("PHONE", "0478 - 52 34 18"), R("EMAIL", "i.sanders@venray.nl"),
        R("PERSON", "Wim Rutten", "W.H.M. Rutten"), R("PERSON", "Mirjam Claessens", "M. Claessens"),
    ],
    keep=[K("OFFICEHOLDER", "wethouder Koolen"), K("OFFICEHOLDER", "Geert Koolen"), K("OFFICEHOLDER", "raadslid Kersten"),
          K_ORG, K("ORG", "BSMP"), K("CASE", "RIB-2025-089"), K("CASE", "RV-2025-057"), K("CASE", "AC-25-11"),
          K("LAW", "Verordening afvalstoffenheffing Venray 2026"), K("ORG", "Synthese"), K("ORG", "team Geldzaken"),
          K("PRODUCT", "MijnOverheid"), K("PRODUCT", "Berichtenbox"), K("EMAIL_FUNCTIONAL", "info@bsmp.nl"),
          K("ROLE", "beleidsadviseur financiën"), K("ROLE", "wethouder financiën"), K("AMOUNT", "EUR 100"),
          K("ORG", "auditcommissie")],
))

# ------------------------------------------------------------------------------------------ bs30 (concept press release + sticky notes)
DOCS.append(Doc(
    "bs30_concept_persbericht_invordering_met_opmerkingen", "CONCEPT persbericht invordering",
    producer="Adobe PDF Library 23.8.53", creator="Adobe Acrobat Pro (64-bit) 23.8",
    notes=[(0, 520, 760, "Smeets, Lieke", "Quote wethouder nog laten accorderen. Lieke"),
           (0, 520, 640, "Rutten, Wim", "Cijfer 4,8% pas noemen na de auditcommissie van 18/11. Bel mij even: 06-10 84 22 73"),
           (0, 520, 520, "Claessens, Mirjam", "Casus mevrouw uit Merselo (Van de Pas) niet noemen, ook niet geanonimiseerd!"),
           (0, 60, 250, "Smeets, Lieke", "Daan Geurts vragen of hij de perslijn die week bemant; anders Hanna Kox"),
           (0, 60, 180, "Kox, Hanna", "Ik ben die week op 0478 76 90 97 of hanna.kox@bsmp.nl")],
    blocks=HDR + [
        "~ CONCEPT v0.3 - niet verspreiden",
        "# Minder kosten en meer kwijtschelding bij gemeentelijke belastingen",
        "Venray, [datum] - Inwoners van Venray, Horst aan de Maas, Gennep en Bergen betalen vanaf 2026 geen "
        "aanmaningskosten en dwangbevelkosten meer als hun aanslag lager is dan 100 euro. Ook kunnen gestopte "
        "ondernemers met een laag inkomen kwijtschelding krijgen. Dat heeft het algemeen bestuur van de "
        "Belastingsamenwerking Maas-Peel (BSMP) besloten.",
        "\"We willen mensen met geldzorgen eerder helpen en niet op kosten jagen\", zegt wethouder Geert Koolen, "
        "voorzitter van de BSMP. \"Een deurwaarder aan de deur is voor veel mensen een schrik. Dat moet echt de laatste "
        "stap zijn.\"",
        "Het aantal oninbare aanslagen daalde in 2025 naar 4,8 procent. Het aantal betalingsregelingen steeg. Inwoners "
        "die moeite hebben met betalen, kunnen contact opnemen met de BSMP via 0478 - 76 90 00 of met het "
        "Geldloket van hun gemeente.",
        "**Noot voor de redactie** (niet voor publicatie): voor vragen kunt u contact opnemen met de perslijn van de "
        "BSMP, 0478 - 76 90 99, of pers@bsmp.nl.",
    ],
    redact=[
        H("annotations", "PERSON", "Lieke Smeets", "Smeets, Lieke", "Lieke"),
        H("annotations", "PERSON", "Wim Rutten", "Rutten, Wim"),
        H("annotations", "PHONE", "06-10 84 22 73"),
        H("annotations", "PERSON", "Mirjam Claessens", "Claessens, Mirjam"),
        H("annotations", "PERSON", "Wilhelmina van de Pas", "Van de Pas"),
        H("annotations", "PERSON", "Hanna Kox", "Hanna Kox", "Kox, Hanna"),
        H("annotations", "PHONE", "0478 76 90 97"), H("annotations", "EMAIL", "hanna.kox@bsmp.nl"),
    ],
    keep=[K("OFFICEHOLDER", "wethouder Geert Koolen"), K_ORG, K("ORG", "BSMP"), K("PLACE", "Horst aan de Maas"),
          K("PHONE_GENERAL", "0478 - 76 90 00"), K("PHONE_GENERAL", "0478 - 76 90 99"),
          K("EMAIL_FUNCTIONAL", "pers@bsmp.nl"), K("ORG", "Geldloket"), K("TERM", "dwangbevelkosten"),
          K("PLACE", "Bergen"), K("ADDRESS_PUBLIC", "Stationsweg 40")],
))

# ------------------------------------------------------------------------------------------ bs31 (final press release, XMP creator)
DOCS.append(Doc(
    "bs31_persbericht_invordering_definitief", "Persbericht: minder kosten en meer kwijtschelding", kind="docx",
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="L. Smeets", xmp_creator="Lieke Smeets (Communicatie BSMP)",
    blocks=HDR + [
        "PERSBERICHT | 12 december 2025",
        "# Minder kosten en meer kwijtschelding bij gemeentelijke belastingen",
        "Venray - Inwoners van Venray, Horst aan de Maas, Gennep en Bergen betalen vanaf 2026 geen aanmaningskosten "
        "en dwangbevelkosten meer als hun aanslag lager is dan 100 euro. Gestopte ondernemers met een laag inkomen "
        "kunnen kwijtschelding krijgen voor afvalstoffenheffing en rioolheffing. Dat heeft het algemeen bestuur van de "
        "Belastingsamenwerking Maas-Peel (BSMP) op 11 december besloten.",
        "\"We willen mensen met geldzorgen eerder helpen en niet op kosten jagen\", zegt wethouder Geert Koolen, "
        "voorzitter van het algemeen bestuur. \"Een deurwaarder aan de deur is voor veel mensen een schrik. Dat moet "
        "de laatste stap zijn.\"",
        "## Protocol huisbezoek",
        "De belastingdeurwaarders van de BSMP gaan werken met een protocol voor huisbezoeken bij kwetsbare inwoners. "
        "Dat protocol maakt de BSMP samen met Synthese en de schuldhulpverlening van de vier gemeenten. De aanslagen "
        "2026 komen op 27 februari in de Berichtenbox van MijnOverheid.",
        "## Cijfers",
        "Het aantal oninbare aanslagen daalde in 2025 naar 4,8 procent (2024: 5,3 procent). Het aantal "
        "betalingsregelingen steeg naar ruim 1.900. Wie moeite heeft met betalen, kan bellen met de BSMP via "
        "0478 - 76 90 00 of terecht bij het Geldloket van de eigen gemeente.",
        "---",
        "Noot voor de redactie: voor vragen kunt u contact opnemen met woordvoerder Daan Geurts, perslijn BSMP "
        "0478 - 76 90 99, pers@bsmp.nl.",
    ],
    redact=[
        H("metadata", "PERSON", "Lieke Smeets", "Lieke Smeets", "L. Smeets", "Smeets"),
    ],
    keep=[K("OFFICEHOLDER", "wethouder Geert Koolen"), K("SPOKESPERSON", "woordvoerder Daan Geurts", "Daan Geurts"),
          K_ORG, K("ORG", "BSMP"), K("PHONE_GENERAL", "0478 - 76 90 99"), K("PHONE_GENERAL", "0478 - 76 90 00"),
          K("EMAIL_FUNCTIONAL", "pers@bsmp.nl"), K("ORG", "Synthese"), K("PRODUCT", "MijnOverheid"),
          K("PRODUCT", "Berichtenbox"), K("ORG", "Geldloket"), K("PLACE", "Horst aan de Maas"),
          K("ROLE", "belastingdeurwaarders"), K("TAX", "rioolheffing")],
))

# ------------------------------------------------------------------------------------------ bs32 (Woo decision)
DOCS.append(Doc(
    "bs32_besluit_woo_verzoek_invordering", "Besluit op Woo-verzoek WOO-2025-0117",
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    blocks=HDR + [
        "",
        "Peel en Maas Nieuws\nt.a.v. mevrouw N. Baltussen\nMarkt 12\n5801 BX Venray",
        ("kv", [["Datum", "19 december 2025"], ["Ons kenmerk", "WOO-2025-0117 / U25.05310"],
                ["Behandeld door", "mr. A.M. Peters-Verheggen, 0478 76 90 12, a.peters-verheggen@bsmp.nl"],
                ["Onderwerp", "besluit op uw verzoek op grond van de Wet open overheid"]], [35, 120]),
        "Geachte mevrouw Baltussen,",
        "Op 3 november 2025 heeft u het dagelijks bestuur van de Belastingsamenwerking Maas-Peel (BSMP) verzocht om "
        "openbaarmaking van documenten over de invordering van gemeentelijke belastingen, kwijtschelding, "
        "parkeerbelasting, klachten bij de Nationale ombudsman en stukken voor de auditcommissie van Venray. Op "
        "1 december 2025 hebben wij de beslistermijn met twee weken verdaagd.",
        "## 1. Besluit",
        "Wij maken de 34 documenten die op de inventarislijst staan openbaar, 33 daarvan gedeeltelijk. Documenten die al "
        "openbaar zijn (het verslag van de auditcommissie, de raadsvragen en de raadsinformatiebrief) verstrekken wij "
        "voor de volledigheid opnieuw. In de documenten zijn persoonsgegevens weggelakt; bij elke weglakking staat de "
        "grond vermeld.",
        "## 2. Zienswijzen",
        "Wij hebben de werkgever in document 10, de leveranciers van documenten 17 en 18 en de Nationale "
        "ombudsman (documenten 12, 13 en 14) gevraagd om een zienswijze. De leverancier van document 17 heeft "
        "gevraagd zijn naam, adres, KvK-nummer en rekeningnummer niet openbaar te maken. Daaraan komen wij tegemoet; "
        "het gaat om een eenmanszaak, zodat deze gegevens herleidbaar zijn tot een natuurlijk persoon.",
        "## 3. Overwegingen",
        "**Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo).** Namen, e-mailadressen, telefoonnummers, "
        "handtekeningen, paraafcodes en personeelsnummers van medewerkers van de BSMP, de gemeente Venray en andere "
        "organisaties die niet in de openbaarheid treden, zijn weggelakt. Dat geldt ook voor gegevens van inwoners: "
        "namen, adressen, geboortedata, kentekens, rekeningnummers en inkomensgegevens. Namen van de wethouder, "
        "raadsleden en de woordvoerder van de BSMP maken wij wel openbaar, omdat zij in hun publieke functie optreden.",
        "**Identificatienummers (artikel 5.1, eerste lid, onder e, Woo).** Burgerservicenummers zijn weggelakt.",
        "**Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo).** Gegevens over de gezondheid van een "
        "inwoner in document 21 en van een medewerker in document 14 zijn weggelakt.",
        "**Verborgen gegevens.** Ook in de eigenschappen van de bestanden (auteur), bladwijzers, opmerkingen en "
        "formuliervelden zijn persoonsgegevens verwijderd.",
        "## 4. Wijze van openbaarmaking",
        "De documenten worden u digitaal toegestuurd en na twee weken gepubliceerd op open.overheid.nl en op "
        "www.bsmp.nl/woo. Bezwaar kunt u binnen zes weken maken bij het dagelijks bestuur, Postbus 1180, "
        "5800 BD Venray, of via woo@bsmp.nl.",
        "Hoogachtend,\nhet dagelijks bestuur van de Belastingsamenwerking Maas-Peel,\nnamens dezen,",
        ("sig", "rutten"),
        "W.H.M. Rutten\ndirecteur",
        "~ Bijlage: inventarislijst WOO-2025-0117 (34 documenten)",
    ],
    redact=[
        R("PERSON", "Noor Baltussen", "N. Baltussen", "Baltussen"),
        R("PERSON", "Anouk Peters-Verheggen", "A.M. Peters-Verheggen"), R("PHONE", "0478 76 90 12"),
        R("EMAIL", "a.peters-verheggen@bsmp.nl"),
        R("PERSON", "Wim Rutten", "W.H.M. Rutten"),
    ],
    keep=[K_ORG, K_WOO, K_WOONR, K("CASE", "U25.05310"), K("ORG", "Peel en Maas Nieuws"), K("ADDRESS_PUBLIC", "Markt 12"),
          K("ORG", "Nationale ombudsman"), K("LAW", "artikel 5.1, tweede lid, onder e, Woo"),
          K("LAW", "artikel 5.1, eerste lid, onder e, Woo"), K("LAW", "artikel 5.1, eerste lid, onder d, Woo"),
          K("URL", "open.overheid.nl"), K("URL", "www.bsmp.nl/woo"), K("EMAIL_FUNCTIONAL", "woo@bsmp.nl"),
          K("ORG", "auditcommissie"), K("ROLE", "directeur"), K("ORG", "gemeente Venray"), K("TERM", "eenmanszaak"),
          K("ADDRESS_PUBLIC", "Postbus 1180")],
))

# ------------------------------------------------------------------------------------------ bs33 (inventory)
INV = [["Nr", "Document", "Datum", "Soort", "Beoordeling", "Grond", "Opmerking"],
       ["1", "Woo-verzoek invordering en kwijtschelding", "03-11-2025", "e-mail", "deels openbaar", "5.1.2e", ""],
       ["2", "Ontvangstbevestiging WOO-2025-0117", "10-11-2025", "brief", "deels openbaar", "5.1.2e", ""],
       ["3", "Bezwaarschrift WOZ/OZB 2025", "03-03-2025", "brief", "deels openbaar", "5.1.1e, 5.1.2e", "BSN"],
       ["4", "Taxatieverslag WOZ object 0318-00040712", "19-03-2025", "rapport", "deels openbaar", "5.1.2e", "adressen"],
       ["5", "Mailwisseling bezwaar BZ-2025-00871", "21-03-2025", "e-mail", "deels openbaar", "5.1.2e", "thread"],
       ["6", "Aanvraagformulier kwijtschelding KW-2025-03318", "22-04-2025", "formulier", "deels openbaar", "5.1.1e, 5.1.2e", "formuliervelden"],
       ["7", "Beschikking kwijtschelding KW-2025-03318", "12-06-2025", "brief", "deels openbaar", "5.1.2e", ""],
       ["8", "Teams-chat invordering", "13-10-2025", "chat", "deels openbaar", "5.1.2e", ""],
       ["9", "Aankondiging beslag 2025.DW.06631", "02-09-2025", "brief", "deels openbaar", "5.1.2e", ""],
       ["10", "Mailwisseling loonbeslag werkgever", "09-09-2025", "e-mail", "deels openbaar", "5.1.2e", "zienswijze werkgever"],
       ["11", "Betalingsregeling 2025-BR-0412", "28-08-2025", "overeenkomst", "deels openbaar", "5.1.2e", ""],
       ["12", "Klachtbrief aan Nationale ombudsman (scan)", "09-09-2025", "brief", "deels openbaar", "5.1.2e", "handgeschreven"],
       ["13", "Interventie Nationale ombudsman 2025.04471", "22-09-2025", "brief", "deels openbaar", "5.1.2e", ""],
       ["14", "Reactie BSMP aan Nationale ombudsman", "10-10-2025", "brief", "deels openbaar", "5.1.1d, 5.1.2e", ""],
       ["15", "Verslag teamoverleg Invordering", "15-10-2025", "verslag", "deels openbaar", "5.1.2e", "actielijst"],
       ["16", "Bereikbaarheidslijst team Invordering Q4", "01-10-2025", "lijst", "deels openbaar", "5.1.2e", ""],
       ["17", "Factuur 2025-031 taxatiediensten", "30-04-2025", "factuur", "deels openbaar", "5.1.2e", "eenmanszaak"],
       ["18", "Factuur HOM-2025-0917 parkeercontrole", "30-09-2025", "factuur", "deels openbaar", "5.1.2e", "eenmanszaak"],
       ["19", "Bezwaar naheffingsaanslag 2025-NH-118842", "18-07-2025", "e-mail", "deels openbaar", "5.1.2e", "kenteken"],
       ["20", "Uitspraak op bezwaar BZP-2025-01904", "03-10-2025", "brief", "deels openbaar", "5.1.2e", "metadata"],
       ["21", "Mail schulddienstverlening KW-2025-04102", "06-10-2025", "e-mail", "deels openbaar", "5.1.1d, 5.1.2e", "gezondheid"],
       ["22", "Verzoek uitstel van betaling (scan)", "11-08-2025", "brief", "deels openbaar", "5.1.2e", "aantekening"],
       ["23", "Proces-verbaal van beslag PV-2025-0217 (scan)", "02-07-2025", "proces-verbaal", "deels openbaar", "5.1.2e", ""],
       ["24", "WhatsApp-export buitendienst", "14-10-2025", "chat", "deels openbaar", "5.1.2e", ""],
       ["25", "Notitie evaluatie invorderingsbeleid N-2025-0061", "03-11-2025", "notitie", "deels openbaar", "5.1.2e", "bladwijzers"],
       ["26", "Beslisnota DB-2025-044", "27-10-2025", "nota", "deels openbaar", "5.1.2e", ""],
       ["27", "Verslag auditcommissie 18-11-2025", "18-11-2025", "verslag", "deels openbaar", "5.1.2e", "al openbaar"],
       ["28", "Raadsvragen en beantwoording RV-2025-057", "28-10-2025", "brief", "deels openbaar", "5.1.2e", "al openbaar"],
       ["29", "Raadsinformatiebrief RIB-2025-089", "15-12-2025", "brief", "deels openbaar", "5.1.2e", "al openbaar"],
       ["30", "Concept persbericht met opmerkingen", "14-11-2025", "concept", "deels openbaar", "5.1.2e", "opmerkingen"],
       ["31", "Persbericht invordering", "12-12-2025", "persbericht", "deels openbaar", "5.1.2e", "metadata"],
       ["32", "Besluit op Woo-verzoek", "19-12-2025", "besluit", "deels openbaar", "5.1.2e", ""],
       ["33", "Inventarislijst", "19-12-2025", "lijst", "openbaar", "", ""],
       ["34", "Klantcontactnotities invordering september 2025", "30-09-2025", "export", "deels openbaar", "5.1.2e", "nagekomen"]]
DOCS.append(Doc(
    "bs33_inventarislijst_woo_2025_0117", "Inventarislijst WOO-2025-0117", kind="ttf", font="DejaVuCond",
    landscape=True, producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    blocks=[
        "# Inventarislijst Woo-besluit WOO-2025-0117",
        "~ Belastingsamenwerking Maas-Peel | besluit van 19 december 2025 | verzoeker: Peel en Maas Nieuws | "
        "opgesteld door het team Juridische Zaken, woo@bsmp.nl",
        ("table", INV, [10, 88, 22, 24, 28, 28, 40]),
        "Gronden: 5.1.1d bijzondere persoonsgegevens (gezondheid); 5.1.1e identificatienummers (BSN); "
        "5.1.2e eerbiediging van de persoonlijke levenssfeer. Alle documenten bevatten een motivering; "
        "gegevens van de verzoeker zijn niet opgenomen.",
    ],
    redact=[],
    keep=[K_WOONR, K_ORG, K("ORG", "Peel en Maas Nieuws"), K("EMAIL_FUNCTIONAL", "woo@bsmp.nl"),
          K("GROUND", "5.1.2e"), K("GROUND", "5.1.1e"), K("GROUND", "5.1.1d"), K("CASE", "BZ-2025-00871"),
          K("CASE", "KW-2025-03318"), K("CASE", "2025.DW.06631"), K("CASE", "2025-BR-0412"), K("CASE", "2025.04471"),
          K("CASE", "HOM-2025-0917"), K("CASE", "2025-NH-118842"), K("CASE", "BZP-2025-01904"),
          K("CASE", "KW-2025-04102"), K("CASE", "PV-2025-0217"), K("CASE", "N-2025-0061"), K("CASE", "DB-2025-044"),
          K("CASE", "RV-2025-057"), K("CASE", "RIB-2025-089"), K("CASE", "0318-00040712"),
          K("ORG", "Nationale ombudsman"), K("TERM", "deels openbaar"), K("ORG", "team Juridische Zaken"),
          K("TERM", "eenmanszaak"), K("TERM", "WhatsApp-export")],
))


# ------------------------------------------------------------------------------------------ bs34 (KCC call notes, docx)
DOCS.append(Doc(
    "bs34_telefoonnotities_kcc_invordering", "Export klantcontactnotities invordering september 2025", kind="docx",
    producer="LibreOffice 7.6", creator="Writer",
    blocks=[
        "# Klantcontactnotities BSMP - selectie invordering, september 2025",
        "~ Export uit Key2Belastingen (module Klantcontact), filter: onderwerp invordering/kwijtschelding, "
        "periode 01-09-2025 t/m 30-09-2025. Algemeen nummer KCC: 0478 - 76 90 00.",
        ("table", [["Datum/tijd", "Medewerker", "Beller", "Terugbelnummer", "Notitie"],
                   ["05-09 10:14", "J. Hermans", "Frank van de Pas (zoon)", "06-13 57 92 46",
                    "Vraagt namens moeder waarom deurwaarder langskwam; kwijtschelding zou in maart zijn ingediend. "
                    "Terugbelverzoek naar S. Yıldırım."],
                   ["08-09 14:40", "R. Peeters", "Marloes Teeuwen", "06 47 29 11 83",
                    "Vraagt naar datum hoorzitting WOZ-bezwaar vader (BZ-2025-00871). Doorverwezen naar bezwaar@bsmp.nl."],
                   ["09-09 09:02", "J. Hermans", "Y. Nabben (Fresh Produce Horst)", "077 398 44 00",
                    "Vraag over derdenverklaring loonbeslag 2025.DW.06631. Doorgezet naar R. van den Akker."],
                   ["11-09 16:25", "R. Peeters", "Frank van de Pas (zoon)", "06-13 57 92 46",
                    "Tweede keer; is boos dat niemand terugbelt. Behandelaar afwezig. Notitie naar teamleider "
                    "(M. Claessens) gestuurd."],
                   ["15-09 11:48", "J. Hermans", "Priscilla Sno-Kross", "0031 6 4120 8835",
                    "Termijn september iets later, wil geen dwangbevel. Regeling 2025-BR-0412 loopt door."],
                   ["22-09 13:05", "R. Peeters", "L. Willems", "077-354 98 06",
                    "Vraagt naar status bezwaar parkeren 2025-NH-118842. Achterstand bij team Parkeerbelastingen gemeld."],
                   ["29-09 10:30", "J. Hermans", "anoniem", "-",
                    "Vraagt of kwijtschelding ook voor ondernemers kan. Verwezen naar www.bsmp.nl/kwijtschelding."]],
         [22, 22, 34, 28, 62]),
        "Opmerking teamleider: terugbelverzoeken worden vanaf 1 november binnen twee werkdagen opgepakt (actie 25-41). "
        "Gesprekken worden niet opgenomen; notities zijn zakelijk en bevatten geen oordeel over de beller.",
    ],
    redact=[
        R("PERSON", "Jolanda Hermans", "J. Hermans"), R("PERSON", "Rik Peeters", "R. Peeters"),
        R("PERSON", "Frank van de Pas", "Frank van de Pas"), R("PHONE", "06-13 57 92 46"),
        R("PERSON", "Sevda Yıldırım", "S. Yıldırım"),
        R("PERSON", "Marloes Teeuwen"), R("PHONE", "06 47 29 11 83"),
        R("PERSON", "Yvonne Nabben", "Y. Nabben"), R("PERSON", "Ruud van den Akker", "R. van den Akker"),
        R("PERSON", "Mirjam Claessens", "M. Claessens"),
        R("PERSON", "Priscilla Sno-Kross"), R("PHONE", "0031 6 4120 8835"),
        R("PERSON", "Luuk Willems", "L. Willems"), R("PHONE", "077-354 98 06"),
    ],
    keep=[K("PRODUCT", "Key2Belastingen"), K("PHONE_GENERAL", "0478 - 76 90 00"), K("CASE", "BZ-2025-00871"),
          K("EMAIL_FUNCTIONAL", "bezwaar@bsmp.nl"), K("ORG", "Fresh Produce Horst"), K("PHONE_GENERAL", "077 398 44 00"),
          K("CASE", "2025.DW.06631"), K("CASE", "2025-BR-0412"), K("CASE", "2025-NH-118842"),
          K("ORG", "team Parkeerbelastingen"), K("URL", "www.bsmp.nl"), K("CASE", "25-41"),
          K("TERM", "derdenverklaring"), K("ORG", "BSMP")],
))
