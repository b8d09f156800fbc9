"""Documents pa10-pa21 of set mixed217."""
from content_a import (ANOUK, CC, DAAN, FINN, GEM, JP, KEREM, KEUR, LOTTE, MARLOES, MOT, NEN, NVS, PLEK, RUUD,
                       SJOERD, TOESTEL, WAS, WOUTER, YVONNE)
from lib import Doc, K, R

DOCS = []

# pa10 scanned logbook page with pen notes
DOCS.append(Doc("pa10_logboek_scan", "scan", [
    "# Werkbon buitendienst - speelplek LW-HK-017",
    "Datum: 29-08-2026       Melding: MOR-2026-19930",
    "Melder: mevr. I. Jongbloed, Zonnebloemstraat 31",
    "Telefoon melder: 0031 6 4410 2398",
    "Omschrijving: klimnet klimtoren hangt los aan bovenkant",
    "",
    "Uitgevoerd door: Joost Harmsen (pers.nr. 39860)",
    "Handeling: net aangespannen met spanband",
    "Klemmen niet op voorraad - nabestellen!",
    "",
    "~Opm. Ruud: klemmen al sinds juli 2025 besteld??",
    "~Bellen met Speelwerk, vragen naar Hennie Koopmans",
    "",
    "~Paraaf: J. Harmsen",
], [R("PERSON", "Ilse Jongbloed", "Jongbloed", ch="ocr"), R("ADDRESS", "Zonnebloemstraat 31", "Zonnebloemstraat", ch="ocr"),
    R("PHONE", "0031 6 4410 2398", ("4410 2398", False), ch="ocr"),
    R("PERSON", "Joost Harmsen", "Harmsen", ch="ocr"), R("ID", "39860", ch="ocr"),
    R("PERSON", "Ruud ter Beek", "Ruud", ch="ocr"), R("PERSON", "Hennie Koopmans", "Koopmans", ch="ocr")],
   [], meta={"Producer": "KODAK Capture Pro", "Creator": "Kodak i2620 Scanner"}))

# pa11 AcroForm: meldingsformulier ongeval
FORM = {"kind_naam": "Finn Yildiz", "kind_geb": "14-03-2018", "ouder": "Kerem Yildiz",
        "tel": "+31 (0)6 1877 2045", "mail": "kerem.yildiz@ziggo.nl", "letsel": "pols gebroken, hersenschudding",
        "getuige": "Ilse Jongbloed", "ingevuld": "R. ter Beek"}
DOCS.append(Doc("pa11_meldingsformulier", "form", [
    "# Meldingsformulier ongeval speeltoestel",
    "Gemeente Lindewaard - team Buitenruimte - melding MOR-2026-22718",
    "Locatie: speelplek Annie M.G. Schmidtplein (LW-HK-017), toestel Robinia Klimtoren XL-4",
    "Datum en tijd ongeval: 18 september 2026, circa 18.50 uur",
    "",
    "@kind_naam|Naam kind",
    "@kind_geb|Geboortedatum kind",
    "@ouder|Naam ouder/verzorger",
    "@tel|Telefoon ouder",
    "@mail|E-mail ouder",
    "@letsel|Aard van het letsel",
    "@getuige|Getuige",
    "@ingevuld|Ingevuld door (medewerker)",
    "",
    "Dit formulier wordt binnen 24 uur doorgestuurd naar aansprakelijkheid@lindewaard.nl.",
    "Een ernstig ongeval wordt ook gemeld bij de NVWA (artikel 19 WAS).",
], [R("PERSON", "Finn Yildiz", "Finn Yildiz", "Yildiz", ch="annotations"), R("DOB", "14-03-2018", ch="annotations"),
    R("PERSON", "Kerem Yildiz", "Kerem", ch="annotations"), R("PHONE", "+31 (0)6 1877 2045", ("1877 2045", False), ch="annotations"),
    R("EMAIL", "kerem.yildiz@ziggo.nl", ch="annotations"),
    R("HEALTH", "pols gebroken, hersenschudding", ("pols gebroken", False), ch="annotations"),
    R("PERSON", "Ilse Jongbloed", "Jongbloed", ch="annotations"), R("PERSON", "R. ter Beek", "ter Beek", ch="annotations")],
   [K("ORG", "Gemeente Lindewaard"), PLEK, TOESTEL, CC("MOR-2026-22718"), CC("LW-HK-017"),
    K("EMAIL", "aansprakelijkheid@lindewaard.nl"), K("ORG", "NVWA"), K("LAW", "artikel 19 WAS"),
    K("ORG", "team Buitenruimte"), K("DATE", "18 september 2026")],
   meta={"Producer": "ReportLab PDF Library - www.reportlab.com", "Creator": "Formulierenserver Lindewaard"},
   form=FORM))

# pa12 Teams chat export
DOCS.append(Doc("pa12_teams_chat", "rl", [
    "# Microsoft Teams - kanaal Buitenruimte / Speelplekken - export 18-19 september 2026",
    "[18-9 20:14] Ruud ter Beek: Net gebeld door meldkamer, kind van de Robinia-toren op het Schmidtplein gevallen. Ambulance is geweest.",
    "[18-9 20:16] Joep Harmsen: ik rij er heen met hekken",
    "[18-9 20:17] Ruud ter Beek: top Joep. Foto's maken van net en ondergrond graag",
    "[18-9 20:41] Mirjam de Wit-Sahin: Is dat die toren met de klemmen? Die stond op mijn lijst van vorig jaar",
    "[18-9 20:44] Ruud ter Beek: ja. Mirjam, kun jij morgen KeurPlay bellen voor een incidentinspectie? Wouter weet ervan",
    "[18-9 21:02] Joep Harmsen: afgezet om 19.40... sorry 20.55 bedoel ik. Net hangt aan 1 kant helemaal los",
    "[19-9 07:12] Anouk Dijkstra-Vermeulen: Ik heb de wethouder geïnformeerd. Niemand praat met pers, alles via woordvoering (14 0578).",
    "[19-9 07:15] Ruud ter Beek: 👍 moeder heet Brinkhuis, woont Zonnebloemstraat. Ik heb haar nummer voor Sjoerd",
    "[19-9 07:20] Anouk Dijkstra-Vermeulen: Stuur dat niet hier, mail het Sjoerd direct",
    "[19-9 07:31] Kevin Boukema: Ik heb piket donderdag, zal ik alle Robinia's in Dragonder checken?",
    "[19-9 07:33] Anouk Dijkstra-Vermeulen: Graag Kevin. En Priya neemt Veenhof.",
    "[19-9 07:40] Priya Ramdin: Komt goed. Bel me op 06-11 87 30 30 als er iets is",
], [RUUD("Ruud ter Beek"), R("PERSON", "Joost (Joep) Harmsen", "Joep Harmsen", "Joep"),
    R("PERSON", "Mirjam de Wit-Sahin", "Mirjam de Wit-Sahin", "Mirjam"), R("PERSON", "Wouter Ploeg", "Wouter"),
    ANOUK("Anouk Dijkstra-Vermeulen"), MARLOES("Brinkhuis"), R("PERSON", "Sjoerd Oosterhuis", "Sjoerd"),
    R("PERSON", "Kevin Boukema", "Kevin Boukema", "Kevin"), R("PERSON", "Priya Ramdin", "Priya Ramdin", "Priya"),
    R("PHONE", "06-11 87 30 30")],
   [K("PLACE", "Dragonder"), K("PLACE", "Veenhof"), KEUR, K("PRODUCT", "Microsoft Teams"), K("PRODUCT", "Robinia-toren"), K("PLACE", "Schmidtplein"),
    K("PHONE", "14 0578"), K("ORG", "Buitenruimte"), K("FUNCTION", "wethouder"), K("PLACE", "Zonnebloemstraat"),
    K("DATE", "18-9 20:14", ("18-9 20:14", False))],
   meta={"Producer": "Microsoft: Print To PDF", "Title": "Teams export Speelplekken"}, font="DejaVuSans", size=9.5))

# pa13 WhatsApp export (parents group? no: inspector <-> KeurPlay inspector)
DOCS.append(Doc("pa13_whatsapp", "rl", [
    "# WhatsApp-chat met Wouter KeurPlay",
    "19-09-2026 07:31 - Ruud: Goedemorgen Wouter, kun je vandaag nog naar het Annie M.G. Schmidtplein? Ongeval gisteren",
    "19-09-2026 07:33 - Wouter KeurPlay: Kan om 8.30. Is het toestel afgezet?",
    "19-09-2026 07:33 - Ruud: Ja, Joep heeft hekken geplaatst",
    "19-09-2026 09:58 - Wouter KeurPlay: Klaar. Net los, ondergrond te dun. Zelfde punt als mei vorig jaar hè",
    "19-09-2026 10:02 - Ruud: Weet ik. Rapport graag naar buitenruimte@lindewaard.nl, niet naar mijn eigen adres",
    "19-09-2026 10:03 - Wouter KeurPlay: 👌 Gerda tekent maandag",
    "19-09-2026 10:05 - Ruud: Bedankt. Mijn privénummer is 06-19 27 44 80 als het dienstnummer niet opneemt",
    "",
    "Export gemaakt op 02-11-2026 voor het Woo-verzoek WOO-2026-0041.",
], [R("PERSON", "Wouter Ploeg", "Wouter"), RUUD("Ruud"), R("PERSON", "Joost (Joep) Harmsen", "Joep"),
    R("PERSON", "Gerda Amsinck", "Gerda"), R("PHONE", "06-19 27 44 80")],
   [PLEK, K("ORG", "KeurPlay"), K("PRODUCT", "WhatsApp"), K("EMAIL", "buitenruimte@lindewaard.nl"),
    CC("WOO-2026-0041")],
   meta={"Producer": "PDFpen 13.1", "Creator": "PDFpen"}, font="DejaVuSans", size=10))

# pa14 minutes crisis meeting (LibreOffice, 2 pages)
DOCS.append(Doc("pa14_verslag_overleg", "lo", [
    "# Verslag intern overleg ongeval speelplek Annie M.G. Schmidtplein",
    "Datum: 24 september 2026, 09.00-10.15 uur, stadhuis Lindewaard, kamer 2.14",
    "| Naam | Functie | Aanwezig",
    "| Karin Pronk | wethouder Openbare Ruimte | ja (vanaf 09.30)",
    "| Anouk Dijkstra-Vermeulen (ADV) | teamleider Buitenruimte | ja, voorzitter",
    "| Ruud ter Beek (RtB) | speeltoesteleninspecteur | ja",
    "| Sjoerd Oosterhuis (SO) | juridisch adviseur | ja",
    "| Mirjam Oudejans (MO) | adviseur communicatie | ja, verslag",
    "| Eline Smeets | woordvoerder | afgemeld",
    "| Kevin Boukema (KB) | medewerker buitendienst | ja, punt 3",
    "## 1. Stand van zaken",
    "RtB licht toe: toestel is sinds 18 september afgezet. Het rapport KP-26-0917 bevestigt dat het klimnet los "
    "zat en de valondergrond te dun was. De klemmen waren sinds juli 2025 in bestelling. SO: de advocaat van de "
    "ouders, mr. Van 't Hoog, heeft de gemeente aansprakelijk gesteld; Noordvaste is ingelicht.",
    "## 2. Contact met de ouders",
    "Wethouder Pronk wil de ouders persoonlijk spreken. ADV regelt een afspraak bij de familie thuis. Met het kind "
    "gaat het volgens de moeder redelijk; het gips gaat eind oktober eraf.",
    "---",
    "## 3. Overige speelplekken",
    "Alle 14 Robinia-torens in Lindewaard worden deze week extra gecontroleerd. Hoofdinspectie 2026 alsnog in "
    "oktober; KeurPlay levert extra capaciteit.",
    "## Actielijst",
    "| Nr | Actie | Wie | Wanneer",
    "| 1 | Afspraak ouders met wethouder | ADV | 1 oktober",
    "| 2 | Extra controle Robinia-torens | RtB | 30 september",
    "| 3 | Reactie op brief advocaat (ontvangstbevestiging) | SO | 9 oktober",
    "| 4 | Q&A voor raad en pers | MO | 28 september",
    "| 5 | Fixi-werkwijze aanpassen: meldingen over speeltoestellen ook in logboek | RtB | 1 november",
    "| 6 | Foto's en meetgegevens naar Vallei Expertise | KB | 2 oktober",
], [ANOUK("Anouk Dijkstra-Vermeulen"), R("INITIALS", "ADV"), RUUD("Ruud ter Beek"), R("INITIALS", "RtB"),
    SJOERD("Sjoerd Oosterhuis"), R("INITIALS", "SO"), R("PERSON", "Mirjam Oudejans", "Mirjam Oudejans"),
    R("INITIALS", "MO"), JP("Van 't Hoog"), R("HEALTH", "gips (arm in gips)", "gips"),
    R("PERSON", "Kevin Boukema", "Kevin Boukema"), R("INITIALS", "KB")],
   [K("PERSON_PUBLIC", "Karin Pronk"), K("PERSON_PUBLIC", "Wethouder Pronk", "Wethouder Pronk"),
    K("PERSON_PUBLIC", "Eline Smeets (woordvoerder)", "Eline Smeets"), PLEK, NVS, KEUR, CC("KP-26-0917"),
    K("FUNCTION", "wethouder Openbare Ruimte"), K("FUNCTION", "speeltoesteleninspecteur"),
    K("FUNCTION", "teamleider Buitenruimte"), K("FUNCTION", "woordvoerder"), K("PRODUCT", "Robinia-torens"),
    K("PRODUCT", "Fixi"), K("ORG", "Vallei Expertise"), K("FUNCTION", "medewerker buitendienst")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "Verslag overleg 24-09-2026"}))

# pa15 beslisnota college (2 pages)
DOCS.append(Doc("pa15_beslisnota", "rl", [
    "# Collegevoorstel / beslisnota",
    "Aan: college van burgemeester en wethouders | Portefeuillehouder: wethouder K. Pronk",
    "Van: team Buitenruimte | Behandeld door: A. Dijkstra-Vermeulen, 06 - 1447 2290",
    "Datum: 13 oktober 2026 | Zaaknummer: Z/26/118402 | Onderwerp: maatregelen speelplekken na ongeval",
    "## Aanleiding",
    "Op 18 september 2026 is een kind van acht jaar gevallen van de Robinia Klimtoren XL-4 op de speelplek Annie "
    "M.G. Schmidtplein. Het kind liep letsel op. De gemeente is aansprakelijk gesteld.",
    "## Geadviseerd besluit",
    "Het college wordt gevraagd: 1. in te stemmen met het vervangen van de klimnetten van alle 14 Robinia-torens "
    "(kosten EUR 61.400, budget Onderhoud Speelvoorzieningen); 2. de hoofdinspectie voortaan in maart te laten "
    "uitvoeren; 3. de raadsvragen van de fracties ChristenUnie en GroenLinks-PvdA te beantwoorden conform bijlage.",
    "## Kern",
    "Het gebrek aan het klimnet stond in het rapport KP-25-0644 van mei 2025. Het herstel is niet afgerond omdat "
    "onderdelen ontbraken en meldingen uit Fixi niet in het logboek kwamen. Noordvaste Verzekeringen N.V. "
    "beoordeelt de aansprakelijkheid; naar verwachting wordt die erkend.",
    "---",
    "## Krachtenveld",
    "De ouders (vertegenwoordigd door een advocaat) en de buurt verwachten excuses. De pers (Vallei Nieuws) heeft "
    "een Woo-verzoek ingediend. Speelwerk Nederland B.V. levert de klemmen met spoed.",
    "## Parafen",
    "| Naam | Functie | Paraaf | Datum",
    "| S. Oosterhuis | juridisch adviseur | SO | 12-10-2026",
    "| A. Dijkstra-Vermeulen | teamleider Buitenruimte | ADV | 12-10-2026",
    "| drs. H.J. Wolters-Boxma | afdelingsmanager Leefomgeving | HWB | 13-10-2026",
] + MOT, [ANOUK("A. Dijkstra-Vermeulen"), R("PHONE", "06 - 1447 2290"), SJOERD("S. Oosterhuis"), R("INITIALS", "SO"),
         R("INITIALS", "ADV"), R("PERSON", "Hendrika Wolters-Boxma", "H.J. Wolters-Boxma", "Wolters-Boxma"),
         R("INITIALS", "HWB"), R("PERSON", "Tobias Kranenburg (outline)", "Kranenburg", ch="outline")],
   [K("PERSON_PUBLIC", "wethouder K. Pronk", "wethouder K. Pronk"), PLEK, NVS, TOESTEL, CC("Z/26/118402"),
    CC("KP-25-0644"), K("ORG", "ChristenUnie"), K("ORG", "GroenLinks-PvdA"), K("ORG", "Vallei Nieuws"),
    K("ORG", "Speelwerk Nederland B.V."), K("AMOUNT", "EUR 61.400"), K("FUNCTION", "afdelingsmanager Leefomgeving"),
    K("HEADING", "Informatie die niet openbaar gemaakt kan worden"), K("PROGRAMME", "Onderhoud Speelvoorzieningen")],
   meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365",
         "Title": "Beslisnota maatregelen speelplekken"},
   outline=[("Beslisnota", 0), ("Aanleiding", 0), ("Parafen (concept T. Kranenburg)", 1)]))

# pa16 council questions (art. 40)
DOCS.append(Doc("pa16_raadsvragen", "rl", [
    "# Schriftelijke vragen ex artikel 40 Reglement van orde",
    "Aan het college van burgemeester en wethouders van Lindewaard",
    "Indieners: Erik Veldhoen (ChristenUnie) en Fatima Bouzid (GroenLinks-PvdA)",
    "Datum: 25 september 2026",
    "Onderwerp: ongeval met klimtoren Annie M.G. Schmidtplein",
    "",
    "Op 18 september viel een kind van een klimtoren in de wijk Hoogkamp. Volgens omwonenden was het klimnet al "
    "weken defect en was dat gemeld. Raadslid Veldhoen en raadslid Bouzid stellen het college de volgende vragen:",
    "1. Klopt het dat het gebrek al in 2025 door de inspecteur van KeurPlay is gemeld? Waarom is het niet hersteld?",
    "2. Klopt het dat een buurtbewoner in augustus 2026 een melding heeft gedaan via Fixi? Wat is daarmee gedaan?",
    "3. Hoeveel speeltoestellen in Lindewaard hebben openstaande gebreken uit de laatste hoofdinspectie?",
    "4. Heeft het college contact gehad met de ouders, en is de gemeente bereid de schade te vergoeden?",
    "5. Is het ongeval gemeld bij de NVWA, zoals het Warenwetbesluit attracties en speeltoestellen voorschrijft?",
    "",
    "Erik Veldhoen, fractievoorzitter ChristenUnie",
    "Fatima Bouzid, raadslid GroenLinks-PvdA",
], [], [K("PERSON_PUBLIC", "Erik Veldhoen"), K("PERSON_PUBLIC", "Fatima Bouzid"),
        K("PERSON_PUBLIC", "Raadslid Veldhoen", "Raadslid Veldhoen"), K("PERSON_PUBLIC", "raadslid Bouzid"),
        K("ORG", "ChristenUnie"), K("ORG", "GroenLinks-PvdA"), PLEK, WAS, K("ORG", "KeurPlay"), K("ORG", "NVWA"),
        K("PRODUCT", "Fixi"), K("PLACE", "Hoogkamp"), K("LAW", "artikel 40 Reglement van orde"),
        K("FUNCTION", "fractievoorzitter")],
   meta={"Producer": "GPL Ghostscript 10.02.1", "Creator": "RIS Notubiz", "Title": "Raadsvragen art. 40"},
   font="Times-Roman", size=11))

# pa17 alderman's answer (LibreOffice, 2 pages)
DOCS.append(Doc("pa17_beantwoording_raadsvragen", "lo", [
    "# Beantwoording schriftelijke vragen ex artikel 40",
    "Vragensteller: raadslid Veldhoen (ChristenUnie) en raadslid Bouzid (GroenLinks-PvdA), 25 september 2026",
    "Portefeuillehouder: wethouder Karin Pronk | Datum verzending: 20 oktober 2026 | Kenmerk: Z/26/118402-7",
    "",
    "Vraag 1: Ja. In het rapport KP-25-0644 van mei 2025 stond dat twee klemmen van het klimnet los zaten. De "
    "valondergrond is in juni 2025 aangevuld. De klemmen zijn besteld bij Speelwerk Nederland B.V. maar niet "
    "geleverd; in de tussentijd is het net tijdelijk vastgezet. Dat is onvoldoende bewaakt. Dat betreuren wij.",
    "Vraag 2: Ja. Op 24 augustus 2026 is een melding gedaan. Een medewerker van de buitendienst heeft het net "
    "aangespannen. De melding is niet in het logboek van het toestel gekomen. Dat passen wij aan.",
    "---",
    "Vraag 3: Na de extra controle in september 2026 hadden 9 van de 212 toestellen een openstaand gebrek met "
    "risico 'middel'; geen met risico 'hoog'. Alle 14 Robinia-torens krijgen een nieuw klimnet.",
    "Vraag 4: Ja. Wethouder Pronk heeft de ouders op 1 oktober thuis gesproken en excuses aangeboden. Over de "
    "schade zijn wij in gesprek via onze verzekeraar Noordvaste. Over de gezondheid van het kind doen wij uit "
    "respect voor de privacy van het gezin geen mededelingen.",
    "Vraag 5: Ja, de melding bij de NVWA is gedaan op 21 september 2026 (NVWA-kenmerk 2026-SPT-04418).",
    "",
    "Burgemeester en wethouders van Lindewaard,",
    "de secretaris, mr. drs. C.A. Tuinstra        de burgemeester, Johan Ruitenberg",
], [],
   [K("PERSON_PUBLIC", "gemeentesecretaris C.A. Tuinstra (signs for the college)", "C.A. Tuinstra"), K("PERSON_PUBLIC", "raadslid Veldhoen"), K("PERSON_PUBLIC", "raadslid Bouzid"),
    K("PERSON_PUBLIC", "wethouder Karin Pronk"), K("PERSON_PUBLIC", "Wethouder Pronk"),
    K("PERSON_PUBLIC", "Johan Ruitenberg"), NVS, K("ORG", "NVWA"), CC("KP-25-0644"), CC("Z/26/118402-7"),
    K("CODE", "2026-SPT-04418"), K("ORG", "Speelwerk Nederland B.V."), K("PRODUCT", "Robinia-torens"),
    K("ORG", "ChristenUnie"), K("ORG", "GroenLinks-PvdA"), K("FUNCTION", "burgemeester")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "Beantwoording raadsvragen"}))
