"""Set BS, documents bs12-bs22: ombudsman complaint, team minutes, roster, invoices, parking, health."""
from lib import Doc, H, K, R
from docs_a import HDR, K_BSMP, K_ORG, K_STAT, K_TEL, ORG

DOCS = []

# ------------------------------------------------------------------------------------------ bs12 (scan, handwriting)
DOCS.append(Doc(
    "bs12_scan_klacht_nationale_ombudsman", "Scan klachtbrief Nationale ombudsman", kind="scan",
    producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
    stamp="Nationale ombudsman - doorgezonden aan BSMP 22-09-2025 - dossier 2025.04471 - p{p}",
    scan=[[
        ("hand", "W. van de Pas"),
        ("hand", "Schoolstraat 4"),
        ("hand", "5815 AE Merselo"),
        ("hand", "tel. 0478 - 54 12 09"),
        ("gap", 40),
        ("hand", "Aan de Nationale ombudsman"),
        ("hand", "Postbus 93122, 2509 AC Den Haag"),
        ("gap", 30),
        ("hand", "Merselo, 9 september 2025"),
        ("gap", 30),
        ("hand", "Geachte ombudsman,"),
        ("hand", "Ik ben 73 jaar en weduwe. Ik krijg al twee jaar"),
        ("hand", "brieven van de belastingsamenwerking over de"),
        ("hand", "afvalstoffenheffing. Ik heb kwijtschelding gevraagd"),
        ("hand", "maar het formulier is kwijtgeraakt. Nu kwam er een"),
        ("hand", "deurwaarder, de heer Van den Akker, aan de deur."),
        ("hand", "Hij was niet onvriendelijk maar ik schrok erg."),
        ("hand", "Mijn zoon Frank van de Pas heeft gebeld maar"),
        ("hand", "niemand belt terug. Wilt u mij helpen?"),
        ("gap", 30),
        ("hand", "Met vriendelijke groet,"),
        ("sig", ""),
        ("hand", "Wilhelmina van de Pas (geb. 02-11-1951)"),
    ]],
    redact=[
        H("ocr", "PERSON", "Wilhelmina van de Pas", "Wilhelmina", "Pas"),
        H("ocr", "ADDRESS", "Schoolstraat 4", "Schoolstraat"),
        H("ocr", "POSTCODE", "5815 AE"),
        H("ocr", "PHONE", "0478 - 54 12 09", "~54 12 09"),
        H("ocr", "PERSON", "Ruud van den Akker", "Akker"),
        H("ocr", "PERSON", "Frank van de Pas", "Frank"),
        H("ocr", "DOB", "02-11-1951", "~02-11-1951"),
    ],
    keep=[K("ORG", "Nationale ombudsman"), K("CASE", "2025.04471"), K("ORG", "BSMP")],
))

# ------------------------------------------------------------------------------------------ bs13
DOCS.append(Doc(
    "bs13_brief_nationale_ombudsman_interventie", "Interventie Nationale ombudsman 2025.04471", font="Times-Roman",
    producer="PDFpen 13.1", creator="Pages",
    blocks=[
        "**De Nationale ombudsman**",
        "~ Bezuidenhoutseweg 151 | Postbus 93122 | 2509 AC Den Haag | 0800 335 55 55 | www.nationaleombudsman.nl",
        "",
        "Het dagelijks bestuur van de Belastingsamenwerking Maas-Peel\nt.a.v. de directeur\nPostbus 1180\n5800 BD Venray",
        ("kv", [["Datum", "22 september 2025"], ["Ons dossiernummer", "2025.04471"],
                ["Behandeld door", "mr. E.J. Vos-Doornbos"], ["Doorkiesnummer", "070 - 356 36 11"],
                ["Onderwerp", "interventie klacht mevrouw Van de Pas"]], [40, 110]),
        "Geachte heer Rutten,",
        "Op 12 september 2025 ontving de Nationale ombudsman een klacht van mevrouw W. van de Pas, Schoolstraat 4 "
        "in Merselo. "
        "Zij klaagt erover dat de Belastingsamenwerking Maas-Peel (BSMP) haar verzoek om kwijtschelding van de "
        "afvalstoffenheffing 2024 niet heeft behandeld en vervolgens een belastingdeurwaarder aan de deur heeft "
        "gestuurd. Haar zoon heeft volgens haar twee keer gebeld zonder dat hij is teruggebeld.",
        "Voordat de ombudsman beslist of een onderzoek nodig is, vraag ik u de klacht eerst zelf te behandelen "
        "volgens hoofdstuk 9 van de Algemene wet bestuursrecht en de invordering zo lang op te schorten. Uit de "
        "stukken blijkt dat mevrouw Van de Pas alleen AOW en een klein pensioen ontvangt; zij komt mogelijk in "
        "aanmerking voor kwijtschelding. Ik verzoek u haar een nieuw formulier te sturen en haar te helpen bij het "
        "invullen, bijvoorbeeld via de formulierenbrigade van Synthese.",
        "Wilt u mij vóór 13 oktober 2025 laten weten wat u heeft gedaan? U kunt mij rechtstreeks bereiken op het "
        "doorkiesnummer hierboven of via e.vos-doornbos@nationaleombudsman.nl. Algemene vragen kunt u stellen via "
        "het gratis nummer 0800 335 55 55.",
        "Met vriendelijke groet,\nnamens de Nationale ombudsman,",
        ("sig", "vos"),
        "mr. E.J. (Eline) Vos-Doornbos\nmedewerker Interventies",
    ],
    redact=[
        R("PERSON", "Eline Vos-Doornbos", "E.J. Vos-Doornbos", "Vos-Doornbos", "Eline"),
        R("PHONE", "070 - 356 36 11"),
        R("EMAIL", "e.vos-doornbos@nationaleombudsman.nl"),
        R("PERSON", "Wilhelmina van de Pas", "W. van de Pas", "Van de Pas"),
        R("PERSON", "Wim Rutten", "Rutten"), R("ADDRESS", "Schoolstraat 4"),
    ],
    keep=[K("ORG", "Nationale ombudsman"), K("ADDRESS_PUBLIC", "Bezuidenhoutseweg 151"),
          K("PHONE_GENERAL", "0800 335 55 55"), K("CASE", "2025.04471"), K_ORG, K("ORG", "BSMP"),
          K("LAW", "Algemene wet bestuursrecht"), K("TERM", "AOW"), K("ORG", "Synthese"), K("PLACE", "Merselo"),
          K("URL", "www.nationaleombudsman.nl"), K("ROLE", "medewerker Interventies"), K("TAX", "afvalstoffenheffing")],
))

# ------------------------------------------------------------------------------------------ bs14 (docx)
DOCS.append(Doc(
    "bs14_reactie_bsmp_aan_nationale_ombudsman", "Reactie BSMP op interventie 2025.04471", kind="docx",
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    blocks=HDR + [
        "",
        "De Nationale ombudsman\nt.a.v. mevrouw mr. E.J. Vos-Doornbos\nPostbus 93122\n2509 AC Den Haag",
        ("kv", [["Datum", "10 oktober 2025"], ["Uw kenmerk", "2025.04471"], ["Ons kenmerk", "KL-2025-0093"],
                ["Contactpersoon", "M. Claessens, teamleider Invordering"], ["Telefoon", "0478 76 90 41"],
                ["Onderwerp", "reactie op uw interventie"]]),
        "Geachte mevrouw Vos-Doornbos,",
        "Dank voor uw brief van 22 september 2025 over de klacht van mevrouw W. van de Pas. Wij hebben de klacht "
        "onderzocht en hebben contact met haar en met haar zoon, de heer F. van de Pas, gehad. Hieronder leest u "
        "wat er is gebeurd en welke maatregelen wij hebben genomen.",
        "## Wat is er gebeurd?",
        "Mevrouw Van de Pas heeft op 3 maart 2025 een kwijtscheldingsformulier ingediend bij het "
        "gemeentehuis in Venray. Het formulier is niet doorgestuurd naar de BSMP en daardoor niet geregistreerd. "
        "Daarom is in juni een aanmaning en in augustus een dwangbevel verstuurd. Op 4 september heeft "
        "belastingdeurwaarder R. van den Akker een huisbezoek afgelegd om een betalingsregeling te bespreken. Hij "
        "heeft geen beslag gelegd. De telefoonnotities van het KCC (medewerker J. Hermans) laten zien dat de zoon "
        "op 5 en 11 september heeft gebeld. Een terugbelverzoek is niet opgepakt omdat de behandelaar ziek was.",
        "## Wat hebben wij gedaan?",
        "1. De invordering is opgeschort tot na de beslissing op het kwijtscheldingsverzoek.",
        "2. Mevrouw S. Yıldırım, medewerker kwijtschelding, heeft op 29 september een nieuw formulier met "
        "mevrouw Van de Pas ingevuld. De automatische toets van het Inlichtingenbureau was positief. "
        "Kwijtschelding is op 6 oktober verleend; de kosten van aanmaning en dwangbevel (EUR 61,80) zijn vervallen.",
        "3. Wij hebben excuses aangeboden. Het KCC belt terugbelverzoeken voortaan binnen twee werkdagen terug; "
        "bij afwezigheid van de behandelaar neemt de teamleider het over.",
        "4. Met de gemeente Venray is afgesproken dat formulieren die aan de balie worden afgegeven dezelfde dag "
        "digitaal naar kwijtschelding@bsmp.nl gaan.",
        ("pb",),
        "## Klachtbehandeling",
        "Wij beschouwen de klacht als gegrond. De klachtbehandeling is vastgelegd volgens de Klachtenregeling BSMP "
        "2023. Ons klachtenjaarverslag 2025 gaat naar het algemeen bestuur en naar de auditcommissie van de "
        "gemeenteraad van Venray.",
        "Wij vertrouwen erop dat wij u hiermee voldoende hebben geïnformeerd. Heeft u nog vragen, dan kunt u contact "
        "opnemen met mevrouw M. Claessens via m.claessens@bsmp.nl of 06-41278395.",
        "Met vriendelijke groet,\nhet dagelijks bestuur van de Belastingsamenwerking Maas-Peel,\nnamens dezen,",
        "W.H.M. Rutten\ndirecteur",
        "Kopie: mevrouw W. van de Pas, Schoolstraat 4, 5815 AE Merselo",
    ],
    redact=[
        R("PERSON", "Eline Vos-Doornbos", "E.J. Vos-Doornbos", "Vos-Doornbos"),
        R("PERSON", "Mirjam Claessens", "M. Claessens", "Claessens"),
        R("PHONE", "0478 76 90 41"),
        R("PERSON", "Wilhelmina van de Pas", "W. van de Pas", "Van de Pas"),
        R("PERSON", "Frank van de Pas", "F. van de Pas"),
        R("PERSON", "Ruud van den Akker", "R. van den Akker"),
        R("PERSON", "Jolanda Hermans", "J. Hermans"),
        R("PERSON", "Sevda Yıldırım", "S. Yıldırım"),
        R("EMAIL", "m.claessens@bsmp.nl"),
        R("PHONE", "06-41278395"),
        R("PERSON", "Wim Rutten", "W.H.M. Rutten"),
        R("HEALTH", "behandelaar ziek", "~behandelaar ziek was"),
        R("ADDRESS", "Schoolstraat 4"), R("POSTCODE", "5815 AE"),
    ],
    keep=[K_ORG, K("ORG", "Nationale ombudsman"), K("CASE", "2025.04471"), K("CASE", "KL-2025-0093"),
          K("ROLE", "teamleider Invordering"), K("ORG", "KCC"), K("ORG", "Inlichtingenbureau"),
          K("EMAIL_FUNCTIONAL", "kwijtschelding@bsmp.nl"), K("LAW", "Klachtenregeling BSMP 2023"),
          K("ORG", "gemeente Venray"), K("ORG", "auditcommissie"), K("AMOUNT", "EUR 61,80"), K("PLACE", "Merselo"),
          K("ROLE", "directeur"), K("ROLE", "belastingdeurwaarder"), K("ADDRESS_PUBLIC", "Postbus 93122")],
))

# ------------------------------------------------------------------------------------------ bs15 (minutes)
DOCS.append(Doc(
    "bs15_notulen_teamoverleg_invordering_okt2025", "Verslag teamoverleg Invordering 15 oktober 2025", kind="ttf",
    producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    blocks=HDR + [
        "# Verslag teamoverleg Invordering",
        "Datum: woensdag 15 oktober 2025, 09.30-11.15 uur | Locatie: Kapelaan Laurentiuszaal, Stationsweg 40 Venray",
        ("table", [["Naam", "Functie", "Code", "Aanwezig"],
                   ["Mirjam Claessens", "teamleider Invordering (voorzitter)", "MC", "ja"],
                   ["Ruud van den Akker", "belastingdeurwaarder", "RvdA", "ja"],
                   ["Jozef (Sjef) Driessen", "belastingdeurwaarder buitendienst", "JD", "ja"],
                   ["Mohamed Bakkali", "medewerker invordering buitendienst", "MBa", "ja"],
                   ["Sevda Yıldırım", "medewerker kwijtschelding", "SY", "ja"],
                   ["Femke Janssen", "beleidsmedewerker invordering (notulen)", "FJ", "ja"],
                   ["Karim El Amrani", "medewerker parkeerbelastingen", "KEA", "afwezig (cursus)"],
                   ["Paul Hendriks", "controller", "PH", "agendapunt 4"]], [45, 70, 16, 30]),
        "## 1. Opening en mededelingen",
        "MC opent. Sevda is per 1 november 32 uur in plaats van 24 uur. De nieuwe aanmaningsbrief op B1-niveau "
        "gaat op 6 november naar het algemeen bestuur; wethouder Koolen (voorzitter AB) heeft al positief gereageerd.",
        "## 2. Dwangbevelen afvalstoffenheffing 2025",
        "De batch van 1.284 dwangbevelen is op 16 oktober verzonden. 61 dossiers met een lopend "
        "kwijtscheldingsverzoek zijn eruit gehaald, plus drie dossiers uit de postkamer. RvdA merkt op dat de "
        "kosten van een dwangbevel (EUR 52,00 vanaf EUR 500) bij kleine bedragen onevenredig voelen; de kosten zijn "
        "wettelijk vastgesteld in de Kostenbesluit invordering rijksbelastingen.",
        "## 3. Klacht Nationale ombudsman (KL-2025-0093)",
        "De reactie aan de ombudsman is op 10 oktober verzonden. Leerpunt: terugbelverzoeken bij ziekte van de "
        "behandelaar. Het KCC (Jolanda Hermans) krijgt een vaste back-up uit het team. Sjef en Mo nemen bij "
        "huisbezoeken aan ouderen standaard de folder van Synthese mee.",
        "## 4. Tussenrapportage Q3 en auditcommissie",
        "PH licht de cijfers toe: 4,8 procent oninbaar (2024: 5,3 procent). De auditcommissie van Venray wil in "
        "december weten hoeveel kwijtschelding aan ondernemers is verleend. Raadslid Kersten (SP) heeft schriftelijke "
        "vragen over deurwaarderskosten gesteld; FJ schrijft het concept-antwoord.",
        "## 5. Parkeerbelasting",
        "Naheffingsaanslagen worden sinds 1 juli via de BSMP ingevorderd. Uitspraken op bezwaar parkeren lopen achter "
        "(97 open). KEA was afwezig; MC bespreekt dit met hem.",
        "## 6. Rondvraag",
        "MBa vraagt om een tweede dienstauto voor de buitendienst. SY: de kwijtscheldingsbrieven voor Polen in de "
        "tuinbouw (o.a. dossier J. Wiśniewski) graag ook in het Pools.",
        "## Actielijst",
        ("table", [["Nr", "Actie", "Wie", "Gereed"],
                   ["25-41", "Back-up KCC voor terugbelverzoeken regelen", "MC", "1 nov 2025"],
                   ["25-42", "Concept-antwoord raadsvragen deurwaarderskosten", "FJ", "24 okt 2025"],
                   ["25-43", "Overzicht kwijtschelding ondernemers voor auditcommissie", "PH / SY", "20 nov 2025"],
                   ["25-44", "Achterstand bezwaren parkeren: plan van aanpak", "KEA", "5 nov 2025"],
                   ["25-45", "Poolse vertaling kwijtscheldingsbrieven via www.bsmp.nl/pl", "SY", "1 dec 2025"],
                   ["25-46", "Aanvraag tweede dienstauto buitendienst", "MBa / JD", "1 dec 2025"]], [14, 92, 22, 25]),
        "Volgend overleg: 12 november 2025. Verslag: FJ, vastgesteld door MC.",
    ],
    redact=[
        R("PERSON", "Mirjam Claessens", "Mirjam Claessens"), R("INITIALS", "MC"),
        R("PERSON", "Ruud van den Akker", "Ruud van den Akker"), R("INITIALS", "RvdA"),
        R("PERSON", "Jozef Driessen", "Jozef (Sjef) Driessen", "Sjef"), R("INITIALS", "JD"),
        R("PERSON", "Mohamed Bakkali", "Mohamed Bakkali", "Mo"), R("INITIALS", "MBa"),
        R("PERSON", "Sevda Yıldırım", "Sevda Yıldırım", "Sevda"), R("INITIALS", "SY"),
        R("PERSON", "Femke Janssen", "Femke Janssen"), R("INITIALS", "FJ"),
        R("PERSON", "Karim El Amrani", "Karim El Amrani"), R("INITIALS", "KEA"),
        R("PERSON", "Paul Hendriks", "Paul Hendriks"), R("INITIALS", "PH"),
        R("PERSON", "Jolanda Hermans"),
        R("PERSON", "Józef Wiśniewski", "J. Wiśniewski"),
    ],
    keep=[K_ORG, K("BUILDING", "Kapelaan Laurentiuszaal"), K("OFFICEHOLDER", "wethouder Koolen"),
          K("OFFICEHOLDER", "Raadslid Kersten"), K("ORG", "Nationale ombudsman"), K("CASE", "KL-2025-0093"),
          K("ORG", "KCC"), K("ORG", "Synthese"), K("LAW", "Kostenbesluit invordering rijksbelastingen"),
          K("ROLE", "teamleider Invordering (voorzitter)"), K("ROLE", "belastingdeurwaarder"),
          K("ROLE", "controller"), K("CASE", "25-43"), K("AMOUNT", "EUR 52,00"), K("TERM", "B1-niveau"),
          K("URL", "www.bsmp.nl/pl"), K("ORG", "auditcommissie"), K("TAX", "Parkeerbelasting")],
))

# ------------------------------------------------------------------------------------------ bs16 (roster)
DOCS.append(Doc(
    "bs16_bereikbaarheidslijst_team_invordering", "Bereikbaarheidslijst team Invordering Q4 2025", landscape=True,
    producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", kind="ttf",
    font="DejaVuCond",
    blocks=[
        "# Bereikbaarheidslijst team Invordering en buitendienst - Q4 2025",
        "~ Intern gebruik. Algemeen nummer BSMP: 0478 - 76 90 00 | functionele mailbox: invordering@bsmp.nl | "
        "storingen Key2Belastingen: servicedesk@bsmp.nl",
        ("table", [["Naam", "Pers.nr.", "Functie", "Doorkies", "Mobiel", "E-mail", "Piketweek"],
                   ["Claessens, M. (Mirjam)", "100482", "teamleider Invordering", "0478 76 90 41", "06-41278395",
                    "m.claessens@bsmp.nl", "wk 41, 49"],
                   ["Akker, R. van den (Ruud)", "100217", "belastingdeurwaarder", "0478 76 90 44", "06 52 19 44 07",
                    "r.vandenakker@bsmp.nl", "wk 42, 46, 50"],
                   ["Driessen, J.P.M. (Sjef)", "100611", "belastingdeurwaarder buitendienst", "-", "06-39 71 05 84",
                    "j.driessen@bsmp.nl", "wk 43, 47, 51"],
                   ["Bakkali, M. (Mo)", "100935", "medewerker buitendienst", "-", "+31 6 3147 2209",
                    "m.bakkali@bsmp.nl", "wk 44, 48, 52"],
                   ["Yıldırım, S. (Sevda)", "101022", "medewerker kwijtschelding", "0478-76 90 57", "-",
                    "s.yildirim@bsmp.nl", "-"],
                   ["Janssen, F. (Femke)", "100774", "beleidsmedewerker", "0478 76 90 48", "06 18 40 66 92",
                    "f.janssen@bsmp.nl", "-"],
                   ["El Amrani, K. (Karim)", "101140", "medewerker parkeerbelastingen", "0478 76 90 71", "-",
                    "k.elamrani@bsmp.nl", "-"],
                   ["Hermans, J. (Jolanda)", "100390", "KCC, back-up invordering", "0478 76 90 05", "-",
                    "j.hermans@bsmp.nl", "-"]], [48, 17, 50, 26, 28, 42, 24]),
        "Piketdienst buitendienst: maandag tot en met vrijdag 07.30-19.00 uur. Bij agressie of dreiging: 112 en "
        "melding via het incidentenformulier op intranet (Meldpunt Agressie en Geweld). Sleutels dienstauto's "
        "(VW Caddy, kenteken V-571-RT dienstvoertuig) bij de receptie Stationsweg.",
        "Vervanging teamleider bij afwezigheid: teamleider Heffen (E. Kusters), 0478 - 76 90 30.",
    ],
    redact=[
        R("PERSON", "Mirjam Claessens", "Claessens, M. (Mirjam)", "Claessens", "Mirjam"),
        R("PERSON", "Ruud van den Akker", "Akker, R. van den (Ruud)", "Ruud"),
        R("PERSON", "Jozef Driessen", "Driessen, J.P.M. (Sjef)", "Driessen", "Sjef"),
        R("PERSON", "Mohamed Bakkali", "Bakkali, M. (Mo)", "Bakkali"),
        R("PERSON", "Sevda Yıldırım", "Yıldırım, S. (Sevda)", "Yıldırım"),
        R("PERSON", "Femke Janssen", "Janssen, F. (Femke)", "Janssen"),
        R("PERSON", "Karim El Amrani", "El Amrani, K. (Karim)", "El Amrani"),
        R("PERSON", "Jolanda Hermans", "Hermans, J. (Jolanda)", "Hermans"),
        R("PERSON", "Esther Kusters", "E. Kusters"),
        R("PERSONNEL_NR", "100482"), R("PERSONNEL_NR", "100217"), R("PERSONNEL_NR", "100611"),
        R("PERSONNEL_NR", "100935"), R("PERSONNEL_NR", "101022"), R("PERSONNEL_NR", "100774"),
        R("PERSONNEL_NR", "101140"), R("PERSONNEL_NR", "100390"),
        R("PHONE", "06-41278395"), R("PHONE", "06 52 19 44 07"), R("PHONE", "06-39 71 05 84"),
        R("PHONE", "+31 6 3147 2209", "~+31 6 3147 2209"), R("PHONE", "06 18 40 66 92"),
        R("PHONE", "0478 76 90 41"), R("PHONE", "0478 76 90 44"), R("PHONE", "0478-76 90 57"),
        R("PHONE", "0478 76 90 48"), R("PHONE", "0478 76 90 71"), R("PHONE", "0478 76 90 05"),
        R("PHONE", "0478 - 76 90 30"),
        R("EMAIL", "m.claessens@bsmp.nl"), R("EMAIL", "r.vandenakker@bsmp.nl"), R("EMAIL", "j.driessen@bsmp.nl"),
        R("EMAIL", "m.bakkali@bsmp.nl"), R("EMAIL", "s.yildirim@bsmp.nl"), R("EMAIL", "f.janssen@bsmp.nl"),
        R("EMAIL", "k.elamrani@bsmp.nl"), R("EMAIL", "j.hermans@bsmp.nl"),
    ],
    keep=[K("PHONE_GENERAL", "0478 - 76 90 00"), K("EMAIL_FUNCTIONAL", "invordering@bsmp.nl"),
          K("EMAIL_FUNCTIONAL", "servicedesk@bsmp.nl"), K("PRODUCT", "Key2Belastingen"),
          K("ROLE", "teamleider Invordering"), K("ROLE", "belastingdeurwaarder buitendienst"),
          K("ROLE", "medewerker parkeerbelastingen"), K("ROLE", "teamleider Heffen"), K("PHONE_GENERAL", "112"),
          K("ORG", "Meldpunt Agressie en Geweld"), K("PRODUCT", "VW Caddy"), K("LICENSE_PLATE_SERVICE", "V-571-RT"),
          K("STREET", "Stationsweg"), K("ORG", "BSMP")],
))

# ------------------------------------------------------------------------------------------ bs17 (invoice sole trader)
DOCS.append(Doc(
    "bs17_factuur_van_t_hek_taxatie_advies", "Factuur 2025-031", font="Helvetica",
    producer="Microsoft: Print To PDF", creator="Microsoft Excel",
    blocks=[
        "**Van 't Hek Taxatie & Advies**",
        "~ Joris van 't Hek, register-taxateur WOZ | Molenveldweg 6 | 5853 AS Siebengewald | 06-11 47 29 80 | "
        "joris@vanthektaxatie.nl",
        "~ KvK 74125893 | btw NL003872145B43 | IBAN NL95 RABO 0318 4729 16",
        "",
        "Belastingsamenwerking Maas-Peel\nt.a.v. crediteurenadministratie\nPostbus 1180\n5800 BD Venray",
        "# FACTUUR",
        ("kv", [["Factuurnummer", "2025-031"], ["Factuurdatum", "30 april 2025"],
                ["Inkoopordernummer", "IO-2025-0288"], ["Uw contactpersoon", "E. Kusters"]], [40, 80]),
        ("table", [["Omschrijving", "Aantal", "Tarief", "Bedrag"],
                   ["Tegentaxaties bezwaren WOZ 2025 woningen (America, Melderslo, Grubbenvorst)", "38", "EUR 85,00", "EUR 3.230,00"],
                   ["Inpandige opnames op verzoek bezwaarmaker", "9", "EUR 120,00", "EUR 1.080,00"],
                   ["Bijwonen hoorzittingen (uur)", "6", "EUR 95,00", "EUR 570,00"],
                   ["Reiskosten (km)", "412", "EUR 0,23", "EUR 94,76"],
                   ["Subtotaal", "", "", "EUR 4.974,76"],
                   ["Btw 21%", "", "", "EUR 1.044,70"],
                   ["Totaal", "", "", "EUR 6.019,46"]], [90, 16, 26, 30]),
        "Betaling binnen 30 dagen op IBAN NL95 RABO 0318 4729 16 t.n.v. J. van 't Hek onder vermelding van "
        "factuurnummer 2025-031. Op deze opdracht zijn de Algemene Inkoopvoorwaarden BSMP 2022 van toepassing.",
        "Werkzaamheden uitgevoerd conform de Raamovereenkomst Taxatiediensten WOZ 2024-2026 (perceel 2, woningen). "
        "Registratie Stichting Vakbekwaamheid Taxateurs onder nummer T-1983.",
    ],
    redact=[
        R("PERSON", "Joris van 't Hek", "Joris van 't Hek", "van 't Hek", "J. van 't Hek", "Van 't Hek"),
        R("ADDRESS", "Molenveldweg 6"), R("POSTCODE", "5853 AS"),
        R("PHONE", "06-11 47 29 80"), R("EMAIL", "joris@vanthektaxatie.nl"),
        R("KVK", "74125893"), R("VAT", "NL003872145B43"),
        R("IBAN", "NL95 RABO 0318 4729 16", "~NL95 RABO 0318 4729 16"),
        R("PERSON", "Esther Kusters", "E. Kusters"),
        R("REGNR", "T-1983"),
    ],
    keep=[K_ORG, K("CASE", "2025-031"), K("CASE", "IO-2025-0288"), K("PLACE", "Siebengewald"),
          K("PLACE", "Melderslo"), K("PLACE", "Grubbenvorst"), K("AMOUNT", "EUR 6.019,46"),
          K("LAW", "Algemene Inkoopvoorwaarden BSMP 2022"), K("CONTRACT", "Raamovereenkomst Taxatiediensten WOZ 2024-2026"),
          K("ORG", "Stichting Vakbekwaamheid Taxateurs"), K("ROLE", "crediteurenadministratie"),
          K("ROLE", "register-taxateur WOZ"), K("TAX", "Btw 21%")],
))

# ------------------------------------------------------------------------------------------ bs18 (invoice 2)
DOCS.append(Doc(
    "bs18_factuur_handhaving_op_maat", "Factuur HOM-2025-0917", kind="ttf",
    producer="Zoho Invoice", creator="Zoho Invoice",
    blocks=[
        "# Handhaving op Maat",
        "~ eenmanszaak van R.J.G. (Ritchie) Hoebers | boa domein I openbare ruimte | Burgemeester Gerardsstraat 2b, "
        "5961 GP Horst | +31 (0)6 5544 7120 | ritchie@handhavingopmaat.nl | KvK 80219447 | IBAN NL40 BUNQ 2098 4511 73",
        "",
        "Aan: Belastingsamenwerking Maas-Peel, team Parkeerbelastingen, Postbus 1180, 5800 BD Venray",
        ("kv", [["Factuur", "HOM-2025-0917"], ["Datum", "30 september 2025"], ["Periode", "september 2025"],
                ["Opdracht", "parkeercontrole Venray centrum en Horst centrum (scanauto en te voet)"],
                ["Uw referentie", "K. El Amrani"]], [35, 110]),
        ("table", [["Datum", "Locatie", "Uren", "Naheffingen", "Bedrag"],
                   ["02-09", "Grote Markt / Schouwburgplein Venray", "6,0", "48", "EUR 390,00"],
                   ["09-09", "Horst centrum, Wilhelminaplein", "5,5", "31", "EUR 357,50"],
                   ["16-09", "Venray, parkeerterrein Henseniusplein", "6,0", "55", "EUR 390,00"],
                   ["23-09", "Horst, Kerkstraat en Gasthuisstraat", "4,0", "19", "EUR 260,00"],
                   ["30-09", "Venray, Patersweg en omgeving", "6,5", "62", "EUR 422,50"],
                   ["Totaal excl. btw", "", "28,0", "215", "EUR 1.820,00"],
                   ["Btw 21%", "", "", "", "EUR 382,20"],
                   ["Totaal", "", "", "", "EUR 2.202,20"]], [22, 70, 14, 22, 26]),
        "Uurtarief EUR 65,00 conform offerte van 12 juni 2025. Fotobewijs van de naheffingsaanslagen staat in "
        "Parkeerbeheer Suite (module Mobiele Handhaving). Gelieve binnen 14 dagen te betalen op "
        "NL40 BUNQ 2098 4511 73 onder vermelding van HOM-2025-0917.",
        "Met sportieve groet,\nRitchie",
    ],
    redact=[
        R("PERSON", "Ritchie Hoebers", "R.J.G. (Ritchie) Hoebers", "Hoebers", "Ritchie"),
        R("ADDRESS", "Burgemeester Gerardsstraat 2b", "Burgemeester Gerardsstraat 2b"), R("POSTCODE", "5961 GP"),
        R("PHONE", "+31 (0)6 5544 7120", "~+31 (0)6 5544 7120"),
        R("EMAIL", "ritchie@handhavingopmaat.nl"), R("KVK", "80219447"),
        R("IBAN", "NL40 BUNQ 2098 4511 73", "~NL40 BUNQ 2098 4511 73"),
        R("PERSON", "Karim El Amrani", "K. El Amrani"),
    ],
    keep=[K("ORG", "Handhaving op Maat"), K_ORG, K("ORG", "team Parkeerbelastingen"), K("CASE", "HOM-2025-0917"),
          K("STREET", "Grote Markt"), K("STREET", "Schouwburgplein"), K("STREET", "Wilhelminaplein"),
          K("STREET", "Henseniusplein"), K("STREET", "Patersweg"), K("PRODUCT", "Parkeerbeheer Suite"),
          K("AMOUNT", "EUR 2.202,20"), K("ROLE", "boa domein I openbare ruimte"), K("PLACE", "Horst centrum"),
          K("AMOUNT", "EUR 65,00")],
))

# ------------------------------------------------------------------------------------------ bs19 (parking objection mail)
DOCS.append(Doc(
    "bs19_bezwaar_naheffingsaanslag_parkeren", "Bezwaar naheffingsaanslag parkeerbelasting",
    producer="Microsoft Outlook", creator="Microsoft Outlook",
    blocks=[
        "Van: luuk.willems@ziggo.nl",
        "Verzonden: vrijdag 18 juli 2025 22:47",
        "Aan: bezwaar@bsmp.nl",
        "Onderwerp: Bezwaar naheffingsaanslag 2025-NH-118842 kenteken G-482-KX",
        "---",
        "Geachte heer/mevrouw,",
        "Ik maak bezwaar tegen de naheffingsaanslag parkeerbelasting 2025-NH-118842 van 8 juli 2025 (EUR 72,50 "
        "plus EUR 3,10 parkeerbelasting) voor mijn auto met kenteken G-482-KX op het Henseniusplein in Venray.",
        "Ik had wel degelijk betaald via de app van EasyPark, van 13.52 tot 15.52 uur. De controle vond plaats om "
        "14.31 uur. Ik denk dat er een fout is gemaakt bij het kenteken: in de app staat G-482-XK (cijfers en letters "
        "omgedraaid door mijn vrouw, Sanne Willems-Arts, die de parkeeractie startte). Een screenshot van de "
        "transactie (transactie-ID EP-77104392) stuur ik mee.",
        "Ik verzoek u de naheffingsaanslag te vernietigen. Ik woon niet in Venray maar in Venlo "
        "(Deken van Oppensingel 31, 5911 AC Venlo) en kende de lokale regels niet. Bereikbaar op 077-354 98 06.",
        "Met vriendelijke groet,\nL.A.M. Willems",
        "",
        "~ Bijlage: Screenshot_EasyPark_20250708.png (312 kB)",
    ],
    redact=[
        R("PERSON", "Luuk Willems", "L.A.M. Willems"),
        R("EMAIL", "luuk.willems@ziggo.nl"),
        R("LICENSE_PLATE", "G-482-KX"), R("LICENSE_PLATE", "G-482-XK"),
        R("PERSON", "Sanne Willems-Arts"),
        R("ADDRESS", "Deken van Oppensingel 31", "Deken van Oppensingel 31"), R("POSTCODE", "5911 AC"),
        R("PHONE", "077-354 98 06"),
        R("TRANSACTION_ID", "EP-77104392"),
    ],
    keep=[K("EMAIL_FUNCTIONAL", "bezwaar@bsmp.nl"), K("CASE", "2025-NH-118842"), K("STREET", "Henseniusplein"),
          K("PRODUCT", "EasyPark"), K("PLACE", "Venlo"), K("PLACE", "Venray"), K("AMOUNT", "EUR 72,50"),
          K("TAX", "parkeerbelasting"), K("TERM", "naheffingsaanslag")],
))

# ------------------------------------------------------------------------------------------ bs20 (docx, hidden Author)
DOCS.append(Doc(
    "bs20_uitspraak_bezwaar_parkeren", "Uitspraak op bezwaar 2025-NH-118842", kind="docx",
    producer="LibreOffice 7.6", creator="Writer", author="El Amrani, Karim",
    blocks=HDR + [
        "",
        "De heer L.A.M. Willems\nDeken van Oppensingel 31\n5911 AC Venlo",
        ("kv", [["Datum", "3 oktober 2025"], ["Kenmerk", "BZP-2025-01904"], ["Naheffingsaanslag", "2025-NH-118842"],
                ["Onderwerp", "uitspraak op uw bezwaar"]]),
        "Geachte heer Willems,",
        "U heeft op 18 juli 2025 bezwaar gemaakt tegen de naheffingsaanslag parkeerbelasting 2025-NH-118842. U "
        "stelt dat u had betaald via EasyPark, maar dat bij de parkeeractie een verkeerd kenteken is ingevoerd.",
        "## Beoordeling",
        "Volgens artikel 234 van de Gemeentewet en de Verordening parkeerbelastingen Venray 2025 is parkeerbelasting "
        "verschuldigd voor het voertuig dat wordt geparkeerd. Uit de gegevens van EasyPark blijkt dat op 8 juli 2025 "
        "van 13.52 tot 15.52 uur is betaald voor het kenteken G-482-XK. Dat kenteken bestaat niet in het "
        "kentekenregister van de RDW. De handhaver heeft het voertuig met kenteken G-482-KX om 14.31 uur gescand.",
        "In het beleid van de BSMP (Beleidsregel kentekenfouten parkeren 2024) is bepaald dat een naheffingsaanslag "
        "wordt vernietigd als het ingevoerde kenteken hooguit twee tekens afwijkt en op hetzelfde tijdstip een "
        "geldige parkeeractie liep. Daarvan is hier sprake.",
        "## Uitspraak",
        "Uw bezwaar is gegrond. De naheffingsaanslag wordt vernietigd. U hoeft niets te betalen; een eventuele "
        "betaling storten wij terug. Kosten van rechtsbijstand in bezwaar worden niet vergoed (artikel 7:15 Awb), "
        "omdat u die niet heeft gemaakt.",
        "Met vriendelijke groet,\nnamens de heffingsambtenaar van de Belastingsamenwerking Maas-Peel,\n"
        "team Parkeerbelastingen",
        "~ Tegen deze uitspraak kunt u binnen zes weken beroep instellen bij de rechtbank Limburg, "
        "team bestuursrecht (belastingzaken), Postbus 950, 6040 AZ Roermond.",
    ],
    redact=[
        R("PERSON", "Luuk Willems", "L.A.M. Willems", "Willems"),
        R("ADDRESS", "Deken van Oppensingel 31", "Deken van Oppensingel 31"), R("POSTCODE", "5911 AC"),
        R("LICENSE_PLATE", "G-482-XK"), R("LICENSE_PLATE", "G-482-KX"),
        H("metadata", "PERSON", "Karim El Amrani", "El Amrani, Karim", "El Amrani", "Karim"),
    ],
    keep=[K_ORG, K("CASE", "BZP-2025-01904"), K("CASE", "2025-NH-118842"), K("PRODUCT", "EasyPark"),
          K("LAW", "artikel 234 van de Gemeentewet"), K("LAW", "Verordening parkeerbelastingen Venray 2025"),
          K("ORG", "RDW"), K("LAW", "Beleidsregel kentekenfouten parkeren 2024"), K("LAW", "artikel 7:15 Awb"),
          K("ORG", "rechtbank Limburg"), K("ROLE", "heffingsambtenaar"), K("ORG", "team Parkeerbelastingen"),
          K("PLACE", "Roermond"), K("PLACE", "Venlo")],
))

# ------------------------------------------------------------------------------------------ bs21 (health, 5.1.1d)
DOCS.append(Doc(
    "bs21_mail_maatschappelijk_werk_kwijtschelding_ondernemer", "Verzoek coulance kwijtschelding ondernemer", kind="ttf", font="DejaVuCond",
    producer="Microsoft Outlook", creator="Microsoft Outlook",
    blocks=[
        "Van: Derks, Bas <b.derks@synthese.nl>",
        "Verzonden: maandag 6 oktober 2025 11:18",
        "Aan: kwijtschelding@bsmp.nl",
        "CC: Yıldırım, Sevda <s.yildirim@bsmp.nl>",
        "Onderwerp: coulance verzoek - dhr. A.J. Cuppen, Kwijtschelding ondernemer (KW-2025-04102)",
        "---",
        "Beste Sevda,",
        "Zoals telefonisch besproken stuur ik je de toelichting bij het verzoek van de heer Ton Cuppen "
        "(geboren 19-05-1967), Beekstraat 41, 5804 AL Venray. De heer Cuppen had tot eind 2024 een eenmanszaak "
        "(schildersbedrijf Cuppen Afwerking, KvK 14093377). Door een zware burn-out en een depressie is hij sinds "
        "januari 2025 in behandeling bij de Vincent van Gogh GGZ en heeft hij de zaak moeten stoppen. Hij heeft een "
        "uitkering op grond van de Bbz (Besluit bijstandverlening zelfstandigen) aangevraagd.",
        "De aanslagen OZB en afvalstoffenheffing 2025 (totaal EUR 1.942,06) kan hij niet betalen. Omdat hij tot "
        "1 januari 2025 ondernemer was, valt hij volgens jullie brief buiten de kwijtschelding. In de Leidraad "
        "Invordering staat echter dat kwijtschelding voor een ondernemer mogelijk is voor de privébelastingen als "
        "het bedrijf is beëindigd. Wil je daarnaar kijken? Ik heb de verklaring van zijn psychiater en de "
        "bankafschriften van ING bijgevoegd.",
        "Als dat niet lukt, vraag ik om een betalingsregeling zonder dwangbevel; een huisbezoek van een "
        "deurwaarder zou hem op dit moment erg kwetsbaar maken.",
        "Met vriendelijke groet,",
        "Bas Derks\nmaatschappelijk werker schulddienstverlening | Synthese Venray | Patersweg 22 (locatie "
        "De Wieken) | 06-20 37 58 41",
        "~ Bijlagen: verklaring_behandelaar_Cuppen.pdf; afschriften_ING_jul-sep.pdf",
    ],
    redact=[
        R("PERSON", "Bas Derks", "Bas Derks", "Derks, Bas"),
        R("EMAIL", "b.derks@synthese.nl"),
        R("PERSON", "Sevda Yıldırım", "Yıldırım, Sevda", "Sevda"),
        R("EMAIL", "s.yildirim@bsmp.nl"),
        R("PERSON", "Ton Cuppen", "Ton Cuppen", "A.J. Cuppen", "Cuppen"),
        R("DOB", "19-05-1967"),
        R("ADDRESS", "Beekstraat 41"), R("POSTCODE", "5804 AL"),
        R("KVK", "14093377"),
        R("HEALTH", "burn-out en depressie", "~zware burn-out", "depressie", "Vincent van Gogh GGZ", "psychiater"),
        R("PHONE", "06-20 37 58 41"),
    ],
    keep=[K("EMAIL_FUNCTIONAL", "kwijtschelding@bsmp.nl"), K("CASE", "KW-2025-04102"), K("ORG", "Synthese"),
          K("LAW", "Besluit bijstandverlening zelfstandigen"), K("LAW", "Bbz"), K("LAW", "Leidraad Invordering"),
          K("ORG", "ING"), K("AMOUNT", "EUR 1.942,06"), K("ADDRESS_PUBLIC", "Patersweg 22"),
          K("BUILDING", "De Wieken"), K("ROLE", "maatschappelijk werker schulddienstverlening"), K("TAX", "OZB"),
          K("TAX", "afvalstoffenheffing")],
))

# ------------------------------------------------------------------------------------------ bs22 (scan, typed + handwritten note)
DOCS.append(Doc(
    "bs22_scan_verzoek_uitstel_betaling_met_aantekening", "Scan verzoek uitstel van betaling", kind="scan",
    producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i",
    stamp="BSMP postregistratie IN-2025-08812 - ingekomen 14-08-2025 - p{p}",
    scan=[[
        ("typeb", "A. Boulanger"),
        ("type", "Maasstraat 63"),
        ("type", "6591 BG Gennep"),
        ("type", "IBAN NL40 SNSB 0946 1277 38"),
        ("type", "telefoon 06 81 22 47 90"),
        ("gap", 40),
        ("type", "Belastingsamenwerking Maas-Peel"),
        ("type", "Afdeling Invordering"),
        ("type", "Postbus 1180, 5800 BD Venray"),
        ("gap", 30),
        ("type", "Gennep, 11 augustus 2025"),
        ("type", "Betreft: uitstel van betaling aanslag 2025.433.09127"),
        ("gap", 20),
        ("type", "Geachte heer, mevrouw,"),
        ("type", "Door een scheiding ben ik per 1 juni verhuisd en"),
        ("type", "wacht ik op de verdeling van de spaarrekening."),
        ("type", "Ik verzoek u om drie maanden uitstel van betaling"),
        ("type", "voor de aanslag van EUR 1.204,50. Mijn advocaat"),
        ("type", "mr. Jeroen Hagens kan dit bevestigen."),
        ("gap", 20),
        ("type", "Hoogachtend,"),
        ("sig", ""),
        ("type", "Anaïs Boulanger"),
        ("gap", 40),
        ("rule", ""),
        ("handb", "akkoord 3 mnd uitstel tot 15-11"),
        ("handb", "geen rente - Mirjam C. 18/8"),
    ]],
    redact=[
        H("ocr", "PERSON", "Anaïs Boulanger", "Boulanger"),
        H("ocr", "ADDRESS", "Maasstraat 63", "Maasstraat 63"),
        H("ocr", "POSTCODE", "6591 BG"),
        H("ocr", "IBAN", "NL40 SNSB 0946 1277 38", "~SNSB 0946"),
        H("ocr", "PERSON", "Jeroen Hagens", "Hagens"),
        H("ocr", "PHONE", "06 81 22 47 90", "~06 81 22 47 90"),
        H("ocr", "PERSON", "Mirjam Claessens", "Mirjam"),
    ],
    keep=[K("ORG", "BSMP"), K("CASE", "IN-2025-08812")],
))
