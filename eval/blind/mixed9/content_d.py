"""mixed9 documents s28-s36: MEP meeting, bezwaar, SharePoint list, five scans, hidden-channel note."""
from util import bsn, iban

DOCS = []

# --- s28 Verslag gesprek met Europarlementariërs (docx, comments) ------------------------------------
DOCS.append({
    "id": "s28", "producer": "docx", "title": "Verslag gesprek met Nederlandse Europarlementariërs over de AI-verordening",
    "opt": {"author": "[[N:Wouter Terpstra|Terpstra]]", "header": "{{O:Ministerie van Economische Zaken}} - directie Digitale Economie",
            "footer": "Verslag 5 februari 2025 - intern",
            "comments": [(2, "[[N:Terpstra, Wouter]]", "[[P:WT]]", "[[N:Meryem]], klopt de volgorde van de sprekers?"),
                         (5, "[[N:Meryem Aksoy|Aksoy]]", "[[P:MA]]", "Ja. Wel Strik toevoegen, zij kwam later binnen.")]},
    "blocks": [
        ("h1", "Verslag gesprek met Europarlementariërs over de AI-verordening"),
        ("p", "Datum: 5 februari 2025, {{L:Brussel}} ({{O:Permanente Vertegenwoordiging}}, {{S:Kortenberglaan 4-10}})"),
        ("p", "Aanwezig: {{H:Bas Eickhout}} (GL-PvdA), {{H:Jeroen Lenaers}} (CDA), {{H:Raquel García Hermida-van der Walle}} (D66), "
              "{{H:Anja Haga}} (CU), {{H:Tineke Strik}} (GL-PvdA, later); namens EZ: {{H:minister Beljaarts}} (via video), "
              "[[N:Wouter Terpstra]], [[N:Meryem Aksoy]], [[N:Pim van den Oever|van den Oever]]; namens de PV: [[N:Ioana Popescu-de Ridder|Popescu-de Ridder]]."),
        ("h2", "1. Implementatie AI-verordening"),
        ("p", "{{H:Minister Beljaarts}} schetst de Nederlandse inzet: de {{O:Autoriteit Persoonsgegevens}} en de {{O:RDI}} worden "
              "toezichthouder. {{H:Lenaers}} vraagt naar de {{W:regulatory sandbox}}. [[N:Terpstra]] antwoordt dat {{O:TNO}} en "
              "{{O:SURF}} betrokken zijn bij een pilot met {{W:large language models}} ({{R:GPT-NL}})."),
        ("h2", "2. Algoritmeregister"),
        ("p", "{{H:Hermida-van der Walle}} vraagt of het {{R:Algoritmeregister}} verplicht wordt. [[N:Aksoy]] licht toe dat "
              "{{H:staatssecretaris Szabó}} dit in de Kamer heeft toegezegd. {{H:Eickhout}} wijst op de motie-{{H:Dassen}}."),
        ("h2", "3. Vervolg"),
        ("p", "{{H:Haga}} en {{H:Strik}} willen in april een rondetafel. [[N:Van den Oever]] plant die via "
              "{{M:digitale-economie@minez.nl}}. [[N:Popescu-de Ridder]] ([[E:ioana.popescu@minbuza.nl]], [[T:+32 2 679 15 47]]) "
              "verzorgt de zaal. Het verslag wordt gedeeld met {{O:Tweede Kamer}}-rapporteurs {{H:Kathmann}} en {{H:Six Dijkstra}}."),
    ],
})

# --- s29 Besluit op bezwaar, Brazilian/Portuguese double surnames (reportlab) --------------------------
B29 = bsn()
DOCS.append({
    "id": "s29", "producer": "rl", "title": "Besluit op bezwaar kinderopvangtoeslag",
    "opt": {"font": "Helvetica", "size": 10, "logo": "{{O:Dienst Toeslagen}}",
            "footer": "{{O:Dienst Toeslagen}} | Postbus 8010 | 6710 HA {{L:Ede}} | {{C:0800-0543}}"},
    "blocks": [
        ("p", "[[N:Mevrouw M.C. Ferreira dos Santos|Ferreira dos Santos]]\n[[A:Slotermeerlaan 88-III]]\n[[A:1064 HE]] {{L:Amsterdam}}"),
        ("sp", 12),
        ("kv", [("Datum", "20 maart 2025"), ("BSN", "[[B:" + B29 + "]]"), ("Kenmerk", "BZW-2025-118340"),
                ("Contactpersoon", "[[N:J.A. Pereira Lima|Pereira Lima]]")]),
        ("p", "Onderwerp: uw bezwaar tegen de terugvordering kinderopvangtoeslag 2023"),
        ("p", "Geachte mevrouw [[N:Ferreira dos Santos]],"),
        ("p", "U maakte op 2 januari 2025 bezwaar tegen de beschikking van 28 november 2024. Uw bezwaar is ingediend door uw "
              "partner, de heer [[N:Rodrigo Alves da Costa|Alves da Costa]], en ondertekend door u beiden. Op 4 maart hebben wij u "
              "telefonisch gehoord; daarbij was ook uw dochter [[N:Beatriz]] aanwezig als tolk."),
        ("h2", "Beslissing"),
        ("p", "Uw bezwaar is gegrond. De kinderopvangtoeslag 2023 voor uw zoon [[N:Lucas Alves Ferreira|Lucas]] wordt opnieuw "
              "vastgesteld. Het gastouderbureau {{O:Kinderopvang Zonnestraal}} heeft de uren alsnog juist opgegeven."),
        ("p", "Wij beslissen op grond van de {{G:Wet kinderopvang}} en de {{G:Algemene wet inkomensafhankelijke regelingen}}. "
              "De {{O:Commissie Werkelijke Schade}} is niet betrokken. {{H:Staatssecretaris Palmen}} heeft de Kamer in februari "
              "geïnformeerd over de versnelde afhandeling van bezwaren."),
        ("p", "Met vriendelijke groet,\n\n[[N:J.A. Pereira Lima]]\n{{F:medewerker bezwaar}}\nRechtstreeks: [[T:055 577 31 62]]"),
    ],
})

# --- s30 SharePoint list: register Woo-verzoeken (Chromium, landscape) ----------------------------------
DOCS.append({
    "id": "s30", "producer": "chrome", "title": "Register Woo-verzoeken 2025 (lijstweergave)",
    "opt": {"landscape": True, "cell": 7.8, "title": "Woo-verzoeken 2025 - Alle items"},
    "blocks": [
        ("small", "{{O:Gemeente Enschede}} > Juridische Zaken > Lijsten > Woo-verzoeken 2025 - Alle items"),
        ("table", [
            ["ID", "Ontvangen", "Verzoeker", "Type verzoeker", "Onderwerp", "Behandelaar", "Termijn", "Status"],
            ["25-001", "06-01-2025", "[[N:R. Hofstede|Hofstede]]", "Burger", "Kap bomen {{S:Van Heekpark}}", "[[N:Lammers, Ingrid|Lammers]]", "03-02-2025", "Afgehandeld"],
            ["25-002", "08-01-2025", "[[N:Ilse Wiegerinck|Wiegerinck]] ({{O:Tubantia}})", "Journalist", "Declaraties college 2024", "[[N:Lammers, Ingrid]]", "05-02-2025", "Verdaagd"],
            ["25-003", "15-01-2025", "{{O:Stichting Twentse Natuur}}", "Organisatie", "Vergunning {{O:Grolsch}}-terrein", "[[N:Nijhuis, Bart|Nijhuis]]", "12-02-2025", "In behandeling"],
            ["25-004", "20-01-2025", "[[N:M.A. ten Brinke|ten Brinke]]", "Burger", "Handhaving {{S:Oldenzaalsestraat}}", "[[N:Nijhuis, Bart]]", "17-02-2025", "In behandeling"],
            ["25-005", "22-01-2025", "[[N:Deniz Yavuz|Yavuz]]", "Burger", "Eigen dossier Wmo (AVG-inzage)", "[[N:Ramdin, Sunita|Ramdin]]", "19-02-2025", "Doorgezet naar FG"],
            ["25-006", "29-01-2025", "{{O:Open State Foundation}}", "Organisatie", "Agenda's college 2024", "[[N:Lammers, Ingrid]]", "26-02-2025", "In behandeling"],
            ["25-007", "03-02-2025", "[[N:J. Oude Elferink|Oude Elferink]]", "Burger", "Subsidie {{O:Stichting Roombeek}}", "[[N:Ramdin, Sunita]]", "03-03-2025", "In behandeling"],
            ["25-008", "05-02-2025", "[[N:Eddy Ter Haar|Ter Haar]]", "Raadslid-burger", "Stadsbeheer {{L:Glanerbrug}}", "[[N:Nijhuis, Bart]]", "05-03-2025", "In behandeling"],
        ], [14, 20, 40, 20, 60, 32, 20, 28]),
        ("p", "Gewijzigd: 10-02-2025 door [[N:Ingrid Lammers]]. Coördinatie: {{M:woo@enschede.nl}}, {{C:14 053}}. "
              "Termijnen volgens de {{G:Wet open overheid}}, art. 4.4."),
    ],
})

# ------------------------------------------------------------------------------------------------------
# Scans (reportlab -> raster with noise/rotation -> image-only PDF). The gold is what the page shows.
# ------------------------------------------------------------------------------------------------------
SCAN = {"font": "DV", "size": 11, "scan": True}

B31 = bsn()
DOCS.append({
    "id": "s31", "producer": "rl+scan", "title": "Bezwaarschrift Wmo (scan)",
    "opt": dict(SCAN, dpi=240, signature=(80, 300)),
    "blocks": [
        ("p", "[[N:Hendrika Zwolle-Brouwer|Zwolle-Brouwer]]\n[[A:Jupiterstraat 44]]\n[[A:7521 GK]] Enschede\n"
              "Tel. [[T:053 431 76 02]]"),
        ("sp", 14),
        ("p", "Aan het college van burgemeester en wethouders van Enschede\nPostbus 20\n7500 AA Enschede"),
        ("sp", 10),
        ("p", "Enschede, 9 februari 2025"),
        ("p", "Betreft: bezwaar tegen besluit huishoudelijke hulp, kenmerk WMO-24-7731"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Hierbij maak ik bezwaar tegen uw besluit van 6 januari 2025. Mijn uren huishoudelijke hulp zijn verlaagd van "
              "4 naar 2 uur per week. Dat is niet genoeg. Ik ben 81 jaar en heb artrose. Mijn buurvrouw [[N:mevrouw Oosterbeek|Oosterbeek]] "
              "helpt al met boodschappen. Uw consulent [[N:de heer Kamphuis|Kamphuis]] is maar tien minuten geweest."),
        ("p", "Mijn BSN is [[B:" + B31 + "]]. Mijn dochter [[N:Wilma Zwolle|Zwolle]] mag namens mij bellen: [[T:06 38 20 94 17]]."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 40),
        ("p", "[[N:H. Zwolle-Brouwer]]"),
    ],
})

DOCS.append({
    "id": "s32", "producer": "rl+scan", "title": "Verslag verzuimgesprek (scan)",
    "opt": dict(SCAN, dpi=230, signature=(300, 200)),
    "blocks": [
        ("h1", "Verslag verzuimgesprek"),
        ("p", "Organisatie: Rijkswaterstaat Zee en Delta\nDatum: 28 januari 2025"),
        ("p", "Medewerker: [[N:Mustafa Demirci|Demirci]], personeelsnummer [[X:4417902]]\n"
              "Leidinggevende: [[N:Ellen Bijl-Kasanmoenadi|Bijl-Kasanmoenadi]]\nBedrijfsarts: [[N:dr. P. Verhagen|Verhagen]] (Arbo Unie)"),
        ("p", "De heer [[N:Demirci]] is sinds 2 december 2024 ziek gemeld. Hij geeft aan dat hij in week 7 wil starten met "
              "aangepast werk, 2 x 4 uur, op de locatie Middelburg. [[N:Ellen]] regelt een werkplek bij het team van "
              "[[N:Kees de Groot|de Groot]]. Het plan van aanpak wordt voor 15 februari in YouForce gezet."),
        ("p", "Afspraken: volgend gesprek 25 februari. Bereikbaar: [[T:06 47 11 52 90]] (medewerker)."),
        ("sp", 16),
        ("p", "Voor akkoord:\n\nmedewerker                                       leidinggevende"),
        ("sp", 30),
        ("p", "[[N:M. Demirci]]                                             [[N:E. Bijl-Kasanmoenadi]]"),
    ],
})

B33 = bsn(); I33 = iban("SNSB")
DOCS.append({
    "id": "s33", "producer": "rl+scan", "title": "Aanvraag tegemoetkoming energiekosten (scan)",
    "opt": dict(SCAN, dpi=250),
    "blocks": [
        ("h1", "Aanvraagformulier Energietoeslag 2025"),
        ("p", "Gemeente Rotterdam - Werk en Inkomen"),
        ("table", [["Vraag", "Antwoord"],
                   ["Naam", "[[N:Aicha Boukhrissi-Verbeek|Boukhrissi-Verbeek]]"],
                   ["Geboortedatum", "[[D:21-07-1988]]"],
                   ["BSN", "[[B:" + B33 + "]]"],
                   ["Adres", "[[A:Zwart Janstraat 61A]], [[A:3035 AK]] Rotterdam"],
                   ["Telefoon", "[[T:06 19 83 70 46]]"],
                   ["E-mail", "[[E:aicha.verbeek@outlook.com]]"],
                   ["IBAN", "[[I:" + I33 + "]]"],
                   ["Partner", "[[N:Youssef Boukhrissi]]"],
                   ["Netto inkomen per maand", "EUR 1.912"]], [55, 105]),
        ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld.\nDatum: 3 maart 2025"),
        ("p", "Handtekening: [[N:A. Boukhrissi]]"),
    ],
})

DOCS.append({
    "id": "s34", "producer": "rl+scan", "title": "Presentielijst klankbordgroep (scan)",
    "opt": dict(SCAN, dpi=230),
    "blocks": [
        ("h1", "Presentielijst klankbordgroep N348"),
        ("p", "Provincie Gelderland - 19 februari 2025 - Dorpshuis Spankeren"),
        ("table", [["Naam", "Namens", "Telefoon"],
                   ["[[N:Gerrit Jan Winkelhorst|Winkelhorst]]", "Bewonersvereniging", "[[T:06 21 44 09 72]]"],
                   ["[[N:Nadia Haddouchi|Haddouchi]]", "Ondernemers Dieren", "[[T:06 53 71 28 40]]"],
                   ["[[N:Bernard van Essen|van Essen]]", "Fietsersbond", "[[T:0313 41 87 23]]"],
                   ["[[N:Ama Sarpong-Lubbers|Sarpong-Lubbers]]", "Basisschool De Wingerd", "[[T:06 40 18 55 36]]"],
                   ["[[N:Hans Kok|Kok]]", "LTO Noord", "[[T:06 27 33 80 14]]"],
                   ["[[N:Joris Blom|Blom]]", "Provincie (projectleider)", "[[T:06 22 95 47 61]]"]], [60, 60, 45]),
        ("p", "Opmerking: gedeputeerde Van der Meer was verhinderd."),
    ],
})

DOCS.append({
    "id": "s35", "producer": "rl+scan", "title": "Machtiging (scan)",
    "opt": dict(SCAN, dpi=240, signature=(90, 330)),
    "blocks": [
        ("h1", "Machtiging"),
        ("p", "Ondergetekende,\n\nNaam: [[N:Abdirahman Hassan Farah|Hassan Farah]]\nGeboren: [[D:1 januari 1979]] te Mogadishu\n"
              "Adres: [[A:Pieter Calandlaan 301, 1068 NH Amsterdam]]\nDocumentnummer: [[X:NXH81KL20]]"),
        ("p", "machtigt hierbij\n\nNaam: [[N:Fartun Abdi Warsame|Abdi Warsame]]\nTelefoon: [[T:06 44 20 71 58]]"),
        ("p", "om namens mij te spreken met het UWV en de gemeente Amsterdam over mijn WW-uitkering en mijn aanvraag "
              "bijstand, en om post in ontvangst te nemen."),
        ("p", "Amsterdam, 11 maart 2025"),
        ("sp", 44),
        ("p", "Handtekening: [[N:A. Hassan Farah]]"),
    ],
})

# --- s36 Overdrachtsnotitie with bookmarks, mailto link annots and XMP creator (reportlab) --------------
DOCS.append({
    "id": "s36", "producer": "rl", "title": "Overdrachtsnotitie dossier Grensregio",
    "opt": {"font": "DV", "size": 9.5, "header": "{{O:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}} - {{O:GROS}}",
            "footer": "Overdrachtsnotitie - pagina {page}", "author": "[[N:Hanneke Grevink|Grevink]]"},
    "blocks": [
        ("h1", "Overdrachtsnotitie dossier grensoverschrijdende samenwerking"),
        ("p", "Van [[N:Hanneke Grevink]] aan [[N:Tobias Schröder|Schröder]], per 1 april 2025. Ik ga naar de {{O:Nederlandse ambassade in Berlijn}}."),
        ("h2", "1. Lopende dossiers"),
        ("p", "- {{G:Grensoverschrijdende Samenwerking (GROS)}}: de {{O:Euregio Rijn-Waal}} en de {{O:Eems Dollard Regio}} leveren in mei de "
              "knelpuntenlijst. Contact bij de {{O:Euregio Rijn-Waal}}: [[N:Lukas Hoffmann|Hoffmann]] ([[E:l.hoffmann@euregio.org]]).\n"
              "- Grenswerkers en belastingen: overleg met {{O:Belastingdienst}}/{{O:GWI}}; [[N:Paula Ramírez de Jong|Ramírez de Jong]] "
              "is daar het aanspreekpunt.\n"
              "- {{O:Benelux Unie}}: het {{O:Comité van Ministers}} bespreekt in juni de grenseffectenrapportage."),
        ("h2", "2. Bestuurlijke contacten"),
        ("p", "{{H:Minister Uitermark}} heeft in januari {{H:Ministerpräsident Wüst}} ({{L:Nordrhein-Westfalen}}) gesproken. "
              "{{H:Commissaris van de Koning Heidema}} ({{L:Overijssel}}) en {{H:Commissaris van de Koning Brok}} ({{L:Fryslân}}) "
              "zijn trekkers in het {{O:IPO}}. De {{O:Provincie Gelderland}} is betrokken bij de treinverbinding "
              "{{L:Arnhem}}-{{L:Düsseldorf}}."),
        ("h2", "3. Praktisch"),
        ("p", "De map staat op {{R:SharePoint}} (Team Grensregio). Mijn mobiele nummer blijft tot 1 mei actief: [[T:06 58 14 92 03]]. "
              "Vragen over de overdracht via [[E:hanneke.grevink@minbzk.nl]] of het team: {{M:grensregio@minbzk.nl}}. "
              "[[N:Tobias]] is bereikbaar op [[E:tobias.schroder@minbzk.nl]]."),
        ("p", "Met dank aan [[N:Marit van Eck|van Eck]] en [[N:Jelle-Douwe Tjallingii|Tjallingii]] voor de ondersteuning."),
    ],
    "hidden": {"bookmarks": [("Overdracht [[N:Hanneke Grevink]] - [[N:Tobias Schröder]]", 0), ("Lopende dossiers", 0),
                             ("Contacten [[N:Hoffmann]] / [[N:Ramírez de Jong]]", 0)],
               "links": [(0, "mailto:[[E:hanneke.grevink@minbzk.nl]]", [72, 300, 300, 312]),
                         (0, "mailto:[[E:tobias.schroder@minbzk.nl]]?subject=Overdracht", [72, 288, 300, 300])],
               "xmp_creator": "[[N:Grevink, H.]]"},
})
