"""Set mixed89, documents np12-np22. Markup: [[K:redact]] {{K:keep}} (see make_set.py)."""
from make_set import Doc
from content_a import GLD, mail_en, mail_nl

DOCS = []

# ---------------------------------------------------------------- np12 verslag stikstofoverleg (docx, 2 p)
DOCS.append(Doc("np12_verslag_ambtelijk_stikstofoverleg", "Verslag ambtelijk stikstofoverleg", "docx", font="Carlito",
    meta={"Author": "Gerdien ter Horst-Lammers"}, hidden=[("P", "Gerdien ter Horst-Lammers", "metadata")],
    blocks=[
    ("title", "Verslag ambtelijk overleg Stikstof en Natuurvergunningen"),
    ("kv", [["Datum", "{{M:19 februari 2026}}, 13.30-15.30 uur"],
            ["Locatie", "{{Y:Provinciehuis Arnhem}}, zaal De Rijn, en via {{V:Microsoft Teams}}"],
            ["Voorzitter", "[[P:Ilse van 't Erve]] ([[P:IvtE]])"],
            ["Verslag", "[[P:Gerdien ter Horst-Lammers]] ([[P:GtH]])"]], {"widths": [0.2, 0.8]}),
    ("h", "Aanwezig"),
    ("table", [["Naam", "Organisatie", "Functie", "Code"],
               ["[[P:Ilse van 't Erve]]", "{{O:Provincie Gelderland}}", "{{J:teamleider Vergunningverlening Natuur}}", "[[P:IvtE]]"],
               ["[[P:Marloes Tjoelker]]", "{{O:Provincie Gelderland}}", "{{J:vergunningverlener}}", "[[P:MTJ]]"],
               ["[[P:Okke Rustenhoven]]", "{{O:Provincie Gelderland}}", "{{J:beleidsadviseur stikstof}}", "[[P:ORU]]"],
               ["[[P:Roel Brinkhuis]]", "{{O:Omgevingsdienst Veluwe IJssel}}", "{{J:toezichthouder}}", "[[P:RBR]]"],
               ["[[P:Henk-Jan Steggink]]", "{{O:Omgevingsdienst Veluwe IJssel}}", "{{J:handhavingsjurist}}", "[[P:HJS]]"],
               ["[[P:Dennis Zwaveling]]", "{{O:Omgevingsdienst Achterhoek}}", "{{J:coördinator VTH}}", "[[P:DZW]]"],
               ["[[P:Thijs van Lohuizen]]", "{{O:Waterschap Vallei en Veluwe}}", "{{J:vergunningverlener}}", "[[P:TvL]]"]],
     {"widths": [0.27, 0.33, 0.3, 0.1]}),
    ("p", "Afwezig met bericht: [[P:Bart-Jan Overkamp]] (zitting), [[P:Annemiek Scholte-Bouwmeester]] ([[H:ziek]])."),
    ("h", "1. Opening en mededelingen"),
    ("p", "[[P:IvtE]] opent. {{R:Gedeputeerde Zoet}} heeft op {{M:17 februari 2026}} ingestemd met de conceptnota over tranche 3. "
          "De {{O:OVIJ}} meldt dat het {{Q:Gelders Handhavingsprogramma Natuur 2026}} is vastgesteld door het algemeen bestuur."),
    ("h", "2. Toezicht emissiearme stallen"),
    ("p", "[[P:RBR]] licht de resultaten toe: van 41 gecontroleerde luchtwassers functioneerden er 13 niet goed. Bij één bedrijf in "
          "{{L:Kootwijkerbroek}} (zaak {{C:Z2026-004418}}) zijn drie overtredingen geconstateerd; de ondernemer lag destijds in het "
          "ziekenhuis. [[P:HJS]] bereidt een voornemen last onder dwangsom voor. [[P:ORU]] vraagt om bij persoonlijke "
          "omstandigheden eerst een gesprek aan te bieden."),
    ("p", "[[P:TvL]] meldt dat het waterschap voor hetzelfde bedrijf een beregeningsvergunning heeft verleend ({{C:WV-2026-01187}}). "
          "Afgesproken wordt dat de {{O:OVIJ}} en het waterschap hun controles op elkaar afstemmen via {{Q:Inspectieview}}."),
    ("h", "3. PAS-melders Achterhoek"),
    ("p", "[[P:DZW]] meldt dat de {{O:ODA}} 22 locaties heeft bezocht. In {{L:Winterswijk}} is één melder in beroep bij de {{O:Raad van "
          "State}}; de zitting is op {{M:12 maart 2026}}. [[P:MTJ]] houdt contact met de familie. [[P:Dennis]] merkt op dat hij "
          "het telefoonnummer van de melder ([[T:0543-52 18 66]]) niet meer in e-mails wil zien."),
    ("pb",),
    ("h", "4. Rondvraag"),
    ("p", "[[P:ORU]] vraagt aandacht voor het {{W:Wet open overheid}}-verzoek van een journalist van {{O:De Gelderlander}} over "
          "controles bij veehouderijen. Het verzoek wordt behandeld door {{F:woo@gelderland.nl}}. [[P:GtH]] zet de stukken klaar."),
    ("p", "[[P:Henk-Jan]] meldt dat hij vanaf {{M:1 april 2026}} met [[H:zwangerschapsverlof]] van zijn partner vier weken "
          "afwezig is; [[P:RBR]] neemt waar."),
    ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Gereed"],
               ["26-07", "Voornemen last onder dwangsom {{C:Z2026-004418}}", "[[P:HJS]]", "{{M:6 maart 2026}}"],
               ["26-08", "Afstemming controles waterschap en {{O:OVIJ}}", "[[P:RBR]] / [[P:TvL]]", "{{M:1 april 2026}}"],
               ["26-09", "Contact familie PAS-melder {{L:Winterswijk}}", "[[P:MTJ]]", "doorlopend"],
               ["26-10", "Woo-stukken verzamelen", "[[P:GtH]] / [[P:ORU]]", "{{M:27 februari 2026}}"],
               ["26-11", "Notitie rekenmethodiek {{O:BIJ12}}", "[[P:SHM]]", "{{M:16 maart 2026}}"]],
     {"widths": [0.1, 0.5, 0.22, 0.18]}),
    ("p", "Volgend overleg: {{M:19 maart 2026}}, {{Y:Provinciehuis Arnhem}}."),
]))

# ---------------------------------------------------------------- np13 Teams-chat (reportlab DejaVuSans)
DOCS.append(Doc("np13_teams_chat_toezichthouders", "Export Teams-chat toezichthouders", "rl", font="DejaVuSans",
    blocks=[
    ("h", "Chatexport - {{V:Microsoft Teams}} - groep 'Toezicht Natuur Vallei'"),
    ("small", "Geëxporteerd {{M:24-01-2026}} 08:02 door [[P:f.wassenberg]] · deelnemers: [[P:Roel Brinkhuis]], [[P:Femke Wassenberg]], "
              "[[P:Henk-Jan Steggink]], [[P:Priya Ramdin]]"),
    ("table", [["Tijd", "Van", "Bericht"],
               ["21-01 07:48", "[[P:Roel Brinkhuis]]", "Goeiemorgen! [[P:Femke]], ik haal je om 8.30 op bij het station in {{L:Barneveld}}?"],
               ["21-01 07:50", "[[P:Femke Wassenberg]]", "Top. Ik neem de telformulieren mee. Was het nou nr 188 of 186?"],
               ["21-01 07:51", "[[P:Roel Brinkhuis]]", "188. Let op: zoon [[P:Daan]] is er ook, vader [[P:Henk]] is net terug uit het ziekenhuis ([[H:hartinfarct]])"],
               ["21-01 11:52", "[[P:Femke Wassenberg]]", "Tellingen klaar, 1742 vleesvarkens in stal 2. Logboek luchtwasser ontbreekt nov-dec."],
               ["21-01 12:03", "[[P:Henk-Jan Steggink]]", "Dank jullie. Stuur de foto's naar {{F:handhaving@ovij.nl}}, niet naar mijn eigen mailbox aub ({{W:AVG}})."],
               ["21-01 12:05", "[[P:Priya Ramdin]]", "Ik heb het kenteken van de monteur genoteerd ([[X:VH-218-K]]) voor de werkbon-check bij {{O:Inno+}}."],
               ["21-01 12:06", "[[P:Henk-Jan Steggink]]", "[[P:Priya]], kenteken is niet nodig, haal maar weg uit je notities"],
               ["21-01 16:40", "[[P:Roel Brinkhuis]]", "Rapport staat in {{Q:Squit XO}}, zaak {{C:Z2026-004418}}. [[P:HJ]] wil je vóór vrijdag kijken?"],
               ["22-01 09:14", "[[P:Henk-Jan Steggink]]", "Gedaan. Eén vraag: wie is [[P:AdJ]]? Moet die paraferen?"],
               ["22-01 09:15", "[[P:Femke Wassenberg]]", "[[P:Anneke]] ([[P:de Jonge]]), onze nieuwe teamleider"],
               ["22-01 09:20", "[[P:Roel Brinkhuis]]", "Mevrouw [[P:Wolters]] belde net op mijn 06 ([[T:06-23918874]]), ze wil weten of er een boete komt. Ik bel haar terug via het {{O:KCC}}-nummer {{G:088 - 422 22 00}}."],
               ["22-01 09:21", "[[P:Henk-Jan Steggink]]", "Oké. Zeg niks over bedragen. Verwijs naar de provincie, {{F:natuurvergunningen@gelderland.nl}}."]],
     {"widths": [0.13, 0.22, 0.65], "hbg": "#e8e4f4"}),
    ("small", "Bericht verwijderd door [[P:Priya Ramdin]] (21-01 12:07)."),
]))

# ---------------------------------------------------------------- np14 telefoonnotitie handgeschreven (scan)
DOCS.append(Doc("np14_telefoonnotitie_handgeschreven_scan", "Telefoonnotitie (scan)", "scan",
    scan={"font": "hand", "pt": 18, "dpi": 250, "blur": 0.3, "q": 75, "angle": -0.7, "noise": 8, "seed": 14, "leading": 1.55, "ink": 35},
    blocks=[
    ("h", "TELEFOONNOTITIE"),
    ("p", "Datum: 9-2-2026 ca. 15.20"),
    ("p", "Gesproken met: mw. [[P:Klein Gunnewiek-Rouwhorst]] (PAS-melder Winterswijk)"),
    ("p", "Tel: [[T:0543-521866]]"),
    ("p", "Wil weten of hun melding wordt gelegaliseerd. Man ([[P:Bennie]]) zit thuis, [[H:burn-out]], slaapt slecht. "
          "Zoon [[P:Jesse]] wil bedrijf overnemen."),
    ("p", "Afspraak: [[Z:MTJ]] belt terug na overleg met [[P:Okke]] / [[P:Bart-Jan]]."),
    ("p", "Doorgezet naar pasmelders@gelderland.nl"),
    ("p", "Notitie: [[P:M. Tjoelker]]"),
]))

# ---------------------------------------------------------------- np15 brief adviesbureau (scan, getypt met handtekening)
DOCS.append(Doc("np15_brief_adviesbureau_scan", "Brief adviseur namens V.O.F. (scan)", "scan",
    scan={"font": "serif", "pt": 11, "angle": 0.45, "noise": 20, "seed": 15, "q": 55},
    blocks=[
    ("h", "DLV Advies - Veehouderij en Omgeving"),
    ("small", "Postbus 54, 7000 AB Doetinchem - T 0314 34 21 00 - www.dlvadvies.nl"),
    ("sp", 8),
    ("p", "Provincie Gelderland\nt.a.v. mevrouw [[P:M. Tjoelker]]\nPostbus 9090\n6800 GX Arnhem"),
    ("sp", 4),
    ("kv", [["Datum", "20 februari 2026"],
            ["Betreft", "PAS-melding V.O.F. [[P:Klein Gunnewiek]], [[A:Meddoseweg 23]]"],
            ["Uw kenmerk", "2025-044102"]]),
    ("p", "Geachte mevrouw [[P:Tjoelker]],"),
    ("p", "Namens mijn cliënten, de heer [[P:B.H. Klein Gunnewiek]] en mevrouw [[P:M.J. Klein Gunnewiek-Rouwhorst]], reageer ik op "
          "uw brief van 6 februari 2026. Mijn cliënten stemmen in met opname van hun melding in tranche 3 van het "
          "Legalisatieprogramma PAS-meldingen. Zij verzoeken u de correspondentie voortaan aan mij te richten, gezien de "
          "gezondheid van de heer [[P:Klein Gunnewiek]]."),
    ("p", "De gevraagde gegevens (UBN [[N:2299617]], relatienummer RVO [[N:200317265]]) treft u in de bijlage aan. De AERIUS-berekening "
          "is door collega [[P:Ineke Roerdink]] opnieuw uitgevoerd."),
    ("p", "U kunt mij bereiken op [[T:06 53 17 90 28]] of [[E:r.geerdink@dlvadvies.nl]]."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "geerdink"),
    ("p", "ing. [[P:R. Geerdink]]\nadviseur omgevingsvergunningen"),
    ("stamp", "INGEKOMEN 23 FEB 2026"),
]))

# ---------------------------------------------------------------- np16 Overijssel voornemen last onder dwangsom (reportlab LiberationSerif, 2 p)
DOCS.append(Doc("np16_overijssel_voornemen_dwangsom", "Voornemen last onder dwangsom (Overijssel)", "rl", font="LiberationSerif",
    header=["{{O:Provincie Overijssel}}  ·  {{Y:Luttenbergstraat 2, 8012 EE Zwolle}}  ·  Postbus 10078, 8000 GB Zwolle  ·  {{G:038 499 88 99}}"],
    outline=[("Voornemen LOD - Ter Haar - concept HM", 0)],
    hidden=[("P", "Voornemen LOD - Ter Haar - concept HM", "outline")],
    blocks=[
    ("kv", [["Aan", "DE HEER [[P:H.J. TER HAAR]]\nh.o.d.n. MELKVEEBEDRIJF [[P:TER HAAR]]\n[[A:OSSENKAMPWEG 7]]\n[[A:7447 RB]] HELLENDOORN"],
            ["Verzenddatum", "{{M:9 april 2026}}"],
            ["Kenmerk", "{{C:2026/0098431}}"],
            ["Zaaknummer", "{{C:Z-OV-2026-1177}}"],
            ["Behandeld door", "[[P:mr. H. Mulderije]]"],
            ["Telefoon", "[[T:038 499 71 85]]"],
            ["E-mail", "[[E:h.mulderije@overijssel.nl]]"]], {"widths": [0.2, 0.8]}),
    ("p", "Geachte heer [[P:Ter Haar]],"),
    ("p", "Op {{M:4 maart 2026}} hebben toezichthouders van de {{O:Omgevingsdienst IJssel en Vecht}} uw melkveebedrijf aan de "
          "[[A:Ossenkampweg 7]] gecontroleerd. Daarbij is vastgesteld dat u 212 melkkoeien houdt, terwijl de natuurvergunning "
          "van {{M:22 juni 2018}} ({{C:kenmerk 2018/0211546}}) ten hoogste 165 melkkoeien toestaat. Het bedrijf ligt op 2,6 km van "
          "het Natura 2000-gebied {{AREA:Sallandse Heuvelrug}}."),
    ("h", "Voornemen"),
    ("p", "{{O:Gedeputeerde Staten van Overijssel}} zijn voornemens u een last onder dwangsom op te leggen op grond van artikel "
          "18.1 van de {{W:Omgevingswet}} en artikel 5:32 van de {{W:Algemene wet bestuursrecht}}. U moet binnen twaalf weken het "
          "aantal melkkoeien terugbrengen tot het vergunde aantal. Voldoet u daar niet aan, dan verbeurt u een dwangsom van "
          "€ 2.500 per dier per week met een maximum van € 150.000."),
    ("p", "Wij zijn ermee bekend dat u in 2024 een aanvraag heeft ingediend voor een nieuwe vergunning ({{C:Z-OV-2024-0871}}) en "
          "dat u aangeeft dat uw zoon [[P:Gijs ter Haar]] het bedrijf in 2027 overneemt. Dat staat aan handhaving niet in de weg. "
          "Wij wijzen u op de {{Q:Subsidieregeling Overijsselse Aanpak Stikstof}} en de {{Q:Lbv}}."),
    ("pb",),
    ("h", "Zienswijze"),
    ("p", "U kunt binnen twee weken na verzenddatum uw zienswijze geven, schriftelijk of mondeling. Neem daarvoor contact op met "
          "de behandelaar. De controle is uitgevoerd door [[P:J. Nijenhuis]] en [[P:S. Bosch-Oude Wesselink]] van de "
          "{{O:Omgevingsdienst IJssel en Vecht}}; het controlerapport is bijgevoegd."),
    ("p", "Het onderwerp is besproken in het bestuurlijk overleg met {{R:commissaris van de Koning Heidema}} over de "
          "{{Q:Overijsselse Aanpak Stikstof}}."),
    ("p", "Met vriendelijke groet,\n{{O:Gedeputeerde Staten van Overijssel}},\nnamens dezen,"),
    ("sig", "mul"),
    ("p", "[[P:drs. E.A.M. Bongers]]\n{{J:manager Vergunningverlening en Handhaving}}"),
    ("small", "Bijlage: controlerapport {{O:Omgevingsdienst IJssel en Vecht}} van {{M:4 maart 2026}} (opgesteld door [[P:JNH]])."),
]))

# ---------------------------------------------------------------- np18 klachtformulier geurhinder (docx)
DOCS.append(Doc("np18_meldformulier_geurhinder", "Meldformulier geur- en stofhinder", "docx", font="LiberationSans",
    header=["{{O:Omgevingsdienst Veluwe IJssel}} - Meldpunt klachten - {{G:088 - 422 22 00}} - {{F:klachten@ovij.nl}}"],
    blocks=[
    ("title", "Meldformulier geur- en stofhinder"),
    ("kv", [["Meldingsnummer", "{{C:M2026-00877}}"],
            ["Datum/tijd melding", "{{M:14 februari 2026}}, 19.47 uur"],
            ["Aangenomen door", "[[P:K. Bronsvoort]] ({{O:KCC}})"],
            ["Naam melder", "[[P:Pieter Roodbeen]]"],
            ["Adres melder", "[[A:Hooiweg 5]], [[A:3781 NA]] Garderen (recreatiewoning)"],
            ["Woonadres melder", "[[A:Van Lennepkade 118-2]], Amsterdam"],
            ["Telefoon", "[[T:06-48 19 02 77]]"],
            ["E-mail", "[[E:p.roodbeen@ziggo.nl]]"],
            ["Geboortedatum", "[[D:17-08-1961]]"],
            ["Veroorzaker (vermoedelijk)", "Maatschap [[P:Van den Brink-Hoogeveen]], [[A:Kolkweg 14]]"]]),
    ("h", "Omschrijving"),
    ("p", "Melder ervaart sinds 18.00 uur een sterke mestlucht; volgens melder wordt er mest uitgereden op het land naast de "
          "{{S:Engweg}}. Melder geeft aan dat hij [[H:hartpatiënt]] is en daardoor extra gevoelig. Melder vraagt om direct een "
          "toezichthouder te sturen en wil niet dat zijn naam aan de veehouder wordt doorgegeven."),
    ("h", "Afhandeling"),
    ("table", [["Datum", "Actie", "Door"],
               ["{{M:14-02-2026}}", "Piketdienst gebeld; geen spoedeisend belang, uitrijden op grasland toegestaan vanaf {{M:16 februari}}", "[[P:K. Bronsvoort]]"],
               ["{{M:16-02-2026}}", "Controle uitrijden, geen overtreding vastgesteld (uitrijdatum, emissiearme aanwending)", "[[P:R. Brinkhuis]]"],
               ["{{M:17-02-2026}}", "Melder teruggebeld, uitleg {{W:Besluit activiteiten leefomgeving}} en {{W:Meststoffenwet}}", "[[P:F. Wassenberg]]"]],
     {"widths": [0.16, 0.6, 0.24]}),
    ("p", "Status: afgesloten. Melder is gewezen op de mogelijkheid een zienswijze in te dienen tegen het ontwerpbesluit "
          "{{C:2025-018734}} van de {{O:Provincie Gelderland}}."),
    ("small", "Privacy: deze melding wordt verwerkt volgens de {{W:AVG}}. Gegevens van melders worden niet verstrekt aan derden."),
]))

# ---------------------------------------------------------------- np19 verslag keukentafelgesprek (reportlab Helvetica, 2 p)
DOCS.append(Doc("np19_verslag_keukentafelgesprek_lbv_plus", "Verslag keukentafelgesprek Lbv-plus", "rl", font="Helvetica",
    meta={"Author": "P. Ramdin", "Subject": "gesprek fam. Hazeleger"},
    hidden=[("P", "P. Ramdin", "metadata"), ("P", "gesprek fam. Hazeleger", "metadata")],
    header=["{{O:Provincie Gelderland}} / {{O:Omgevingsdienst Veluwe IJssel}} - Gebiedsgericht werken - VERTROUWELIJK"],
    blocks=[
    ("title", "Verslag keukentafelgesprek"),
    ("kv", [["Datum", "{{M:3 maart 2026}}, 10.00-12.15 uur"],
            ["Locatie", "bij de familie thuis, [[A:Wijnbergsebosweg 12]], Lunteren"],
            ["Aanwezig familie", "[[P:Wim Hazeleger]] (58), [[P:Gerda Hazeleger-van Ravenhorst]] (56), dochter [[P:Lisanne Hazeleger]]"],
            ["Aanwezig overheid", "[[P:Priya Ramdin]] ({{J:accountmanager}} {{O:OVIJ}}), [[P:Okke Rustenhoven]] ({{O:Provincie Gelderland}})"],
            ["Programma", "{{Q:Landelijke beëindigingsregeling veehouderijlocaties met piekbelasting}} ({{Q:Lbv-plus}})"],
            ["Zaak", "{{C:GMS-2026-0319}}"]]),
    ("h", "1. Bedrijf en situatie"),
    ("p", "Melkveebedrijf met 140 melkkoeien en jongvee, op 1,1 km van het Natura 2000-gebied {{AREA:Binnenveld}}. Het bedrijf "
          "staat op de lijst van piekbelasters van het {{O:RIVM}}. De heer [[P:Hazeleger]] heeft het bedrijf in 1994 overgenomen "
          "van zijn vader [[P:Aart Hazeleger]]. Er is geen opvolger: [[P:Lisanne]] werkt als verpleegkundige in {{L:Ede}}."),
    ("p", "Mevrouw [[P:Hazeleger-van Ravenhorst]] vertelt dat haar man sinds 2024 [[H:onder behandeling is voor een depressie]] "
          "en dat de onzekerheid over de stikstofregels veel spanning geeft. Zij vraagt uitdrukkelijk dit niet in stukken voor "
          "de gemeente op te nemen."),
    ("h", "2. Financiën"),
    ("p", "De familie heeft een hypotheek bij de {{O:Rabobank}} van ca. € 1,4 miljoen. De bedrijfsrekening ([[I:NL05 RABO 0312 8870 45]]) "
          "staat op naam van de maatschap. Een taxatie wordt uitgevoerd door {{O:Taxatiebureau Gelderse Vallei}} in opdracht van de "
          "provincie. De vergoeding volgens de {{Q:Lbv-plus}} is 100 % van de productierechten en 100 % van de waardedaling "
          "van de stallen."),
    ("pb",),
    ("h", "3. Vervolgafspraken"),
    ("table", [["Wat", "Wie", "Wanneer"],
               ["Taxatie inplannen (contact via dochter, [[T:06 22 81 45 09]])", "[[P:PRA]]", "{{M:17 maart 2026}}"],
               ["Uitleg {{Q:Lbv-plus}} en fiscale gevolgen, {{O:Belastingdienst}}", "[[P:ORU]]", "{{M:24 maart 2026}}"],
               ["Doorverwijzing {{Q:Zorgloket Boeren}} ({{O:ZLTO}})", "[[P:PRA]]", "na toestemming familie"],
               ["Terugkoppeling aan {{R:gedeputeerde Zoet}} (geanonimiseerd)", "[[P:ORU]]", "{{M:10 maart 2026}}"]],
     {"widths": [0.6, 0.15, 0.25]}),
    ("p", "Het gesprek was open en prettig. De familie wil in april een besluit nemen. Mevrouw [[P:Hazeleger-van Ravenhorst]] "
          "is bereikbaar op [[E:gerda.hazeleger@planet.nl]]. [[P:PRA]] stuurt het verslag per post naar de familie, niet per e-mail."),
    ("small", "PRA = [[P:P. Ramdin]] (OVIJ); ORU = [[P:O. Rustenhoven]] (provincie). Dit verslag valt onder de geheimhouding van "
              "artikel 2.20 {{W:Omgevingswet}}? Nee - uitzoeken met {{O:Juridische Zaken}}."),
]))

# ---------------------------------------------------------------- np20 overzicht PAS-melders (reportlab DejaVuCond landscape, 2 p)
rows = [["Nr", "Melder", "Locatie", "Gemeente", "N2000-gebied", "Status", "Behandelaar"]]
data = [
    ("PM-0412", "V.O.F. [[P:Klein Gunnewiek]]", "[[A:Meddoseweg 23]]", "{{L:Winterswijk}}", "{{AREA:Wooldse Veen}}", "tranche 3", "[[P:MTJ]]"),
    ("PM-0413", "[[P:A.J. Te Brake]]", "[[A:Kotmansweg 4]]", "{{L:Aalten}}", "{{AREA:Korenburgerveen}}", "tranche 3", "[[P:MTJ]]"),
    ("PM-0419", "Maatschap [[P:Ormel-Wissink]]", "[[A:Eibergseweg 77]]", "{{L:Berkelland}}", "{{AREA:Witte Veen}}", "Lbv-plus", "[[P:ORU]]"),
    ("PM-0427", "[[P:G.H.J. Nijland]]", "[[A:Holtslagweg 9]]", "{{L:Oost Gelre}}", "{{AREA:Korenburgerveen}}", "tranche 3", "[[P:SHM]]"),
    ("PM-0431", "V.O.F. [[P:Reuvekamp-ten Dam]]", "[[A:Lievelderweg 102]]", "{{L:Oost Gelre}}", "{{AREA:Stelkampsveld}}", "in beroep", "[[P:BJO]]"),
    ("PM-0440", "[[P:D. van Dijk-Haverkamp]]", "[[A:Voorsterweg 31]]", "{{L:Apeldoorn}}", "{{AREA:Veluwe}}", "tranche 2 (verleend)", "[[P:MTJ]]"),
    ("PM-0446", "Maatschap [[P:Hulshof]]", "[[A:Achterhoeksestraat 6]]", "{{L:Bronckhorst}}", "{{AREA:Rijntakken}}", "overleden, erven", "[[P:SHM]]"),
    ("PM-0451", "[[P:J.W. van de Pol]]", "[[A:Harremaatweg 14]]", "{{L:Ermelo}}", "{{AREA:Veluwe}}", "tranche 3", "[[P:ORU]]"),
    ("PM-0458", "V.O.F. [[P:Van Beek]]", "[[A:Speulderweg 52]]", "{{L:Putten}}", "{{AREA:Veluwe}}", "geen reactie", "[[P:MTJ]]"),
    ("PM-0463", "[[P:M. Schuurman]]", "[[A:Engelanderweg 3]]", "{{L:Epe}}", "{{AREA:Veluwe}}", "tranche 3", "[[P:SHM]]"),
    ("PM-0470", "Maatschap [[P:Brouwer-Lubbers]]", "[[A:Kanaaldijk 208]]", "{{L:Heerde}}", "{{AREA:Veluwe}}", "Lbv", "[[P:ORU]]"),
    ("PM-0477", "[[P:H. Kuiperij]]", "[[A:Bijsterhuizenweg 1]]", "{{L:Wijchen}}", "{{AREA:Rijntakken}}", "tranche 3", "[[P:BJO]]"),
]
for d in data:
    rows.append(list(d))
DOCS.append(Doc("np20_overzicht_pas_melders_tranche3", "Bijlage 2 bij GS-nota: lijst melders tranche 3", "rl", font="DejaVuCond",
    landscape=True,
    header=["{{O:Provincie Gelderland}} - Bijlage 2 bij {{C:GS2026-0211}} - NIET OPENBAAR (concept {{M:12-02-2026}})"],
    blocks=[
    ("h", "Lijst PAS-melders tranche 3 (uittreksel, 12 van 37)"),
    ("table", rows, {"widths": [0.08, 0.2, 0.17, 0.11, 0.14, 0.16, 0.14]}),
    ("p", "Toelichting: de statussen zijn ontleend aan {{Q:Squit XO}} en het dossier van {{O:BIJ12}}. Bij PM-0446 is de melder, "
          "de heer [[P:Hulshof]] sr., op {{M:3 november 2025}} overleden; de erven ([[P:B. Hulshof]] en [[P:T. Hulshof-Weenk]]) zetten "
          "het bedrijf voort. Bij PM-0458 zijn drie brieven onbeantwoord gebleven; de {{O:OVIJ}} gaat langs."),
    ("pb",),
    ("h", "Contactgegevens (alleen intern gebruik)"),
    ("table", [["Nr", "Contactpersoon", "Telefoon", "E-mail"],
               ["PM-0412", "[[P:Marga]] [[P:Klein Gunnewiek-Rouwhorst]]", "[[T:0543-52 18 66]]", "via adviseur: [[E:r.geerdink@dlvadvies.nl]]"],
               ["PM-0413", "[[P:Arend Te Brake]]", "[[T:06 41 09 55 38]]", "[[E:arend@tebrake-melkvee.nl]]"],
               ["PM-0431", "[[P:Harm Reuvekamp]]", "[[T:06-10 44 72 91]]", "[[E:reuvekamp.tendam@outlook.com]]"],
               ["PM-0446", "[[P:Bart Hulshof]]", "[[T:0575-45 12 08]]", "[[E:hulshofbart@kpnmail.nl]]"],
               ["PM-0477", "[[P:Hennie Kuiperij]]", "[[T:024-641 77 30]]", "-"]],
     {"widths": [0.1, 0.3, 0.2, 0.4]}),
    ("p", "Algemene vragen van melders: {{F:pasmelders@gelderland.nl}} of {{G:(026) 359 99 99}}. Landelijke informatie: "
          "{{O:BIJ12}}, {{F:info@bij12.nl}}."),
]))

# ---------------------------------------------------------------- np21 verslag hoorzitting bezwaarcommissie (docx, 2 p)
DOCS.append(Doc("np21_verslag_hoorzitting_bezwaarcommissie", "Verslag hoorzitting commissie bezwaarschriften", "docx", font="DejaVuSans",
    blocks=[
    ("title", "Verslag hoorzitting"),
    ("p", "{{O:Adviescommissie bezwaarschriften}} {{O:Provincie Gelderland}}"),
    ("kv", [["Datum", "{{M:28 mei 2026}}, 14.00 uur"],
            ["Plaats", "{{Y:Provinciehuis, Markt 11, Arnhem}}, kamer 2.14"],
            ["Bezwaarnummer", "{{C:BZ-2026-0061}}"],
            ["Bestreden besluit", "omgevingsvergunning Natura 2000-activiteit van {{M:6 mei 2026}}, zaak {{C:2025-018734}}"]]),
    ("h", "Aanwezig"),
    ("p", "Commissie: [[P:mr. drs. L.E. Raaijmakers-Oosterveld]] (voorzitter), [[P:mr. W. Sluiter]], [[P:ing. F. de Wit]] (leden); "
          "secretaris: [[P:mr. J. Nauta]].\nBezwaarden: mevrouw [[P:J.M. Verhoef-Dassen]], bijgestaan door haar dochter mevrouw "
          "[[P:R. Verhoef]]; {{O:Stichting Behoud Veluwse Randen}}, vertegenwoordigd door mevrouw [[P:A. Bouwhuis]].\n"
          "Vergunninghouder: de heer [[P:G.J. van den Brink]] (op de presentielijst: [[P:G.J. VAN DEN BRINK]]), bijgestaan door [[P:K. Spelt]] van {{O:Stalconsult Veluwe}}.\n"
          "Namens {{O:GS}}: [[P:M. Tjoelker]] en [[P:mr. B.J. Overkamp]]."),
    ("h", "Toelichting bezwaarden"),
    ("p", "Mevrouw [[P:Verhoef-Dassen]] herhaalt haar zorg over de gezondheid van haar kleinzoon. Zij legt een brief van de "
          "kinderlongarts over, waaruit blijkt dat [[P:Thijmen]] [[H:sinds 2023 inhalatiemedicatie gebruikt]]. De voorzitter "
          "merkt op dat de commissie de brief vertrouwelijk behandelt en niet aan andere partijen verstrekt."),
    ("p", "Mevrouw [[P:Bouwhuis]] betoogt dat de referentiesituatie onjuist is bepaald. De varkensstal zou sinds 2018 leeg staan. "
          "Zij legt foto's over van {{V:Google Street View}} uit 2019. Zij verwijst naar het rapport {{V:Niet alles kan overal}} "
          "van het {{O:Adviescollege Stikstofproblematiek}} (commissie-{{R:Remkes}})."),
    ("pb",),
    ("h", "Toelichting vergunninghouder en verweerder"),
    ("p", "De heer [[P:Van den Brink]] verklaart dat de laatste varkens in maart 2020 zijn afgevoerd; hij legt facturen van "
          "{{O:Vion}} over. De heer [[P:Spelt]] licht de {{Q:AERIUS Calculator}}-berekening toe. [[P:Tjoelker]] geeft aan dat "
          "de gegevens van {{O:RVO}} (I&R) dit bevestigen."),
    ("p", "[[P:Overkamp]] wijst erop dat het bestreden besluit een monitoringsvoorschrift bevat. De gezondheid van omwonenden "
          "valt buiten het toetsingskader; daarvoor verwijst hij naar de gemeente en de {{O:GGD Gelderland-Midden}}."),
    ("h", "Afsluiting"),
    ("p", "De voorzitter sluit de hoorzitting om 15.25 uur. De commissie brengt binnen zes weken advies uit aan "
          "{{O:Gedeputeerde Staten}}. Het verslag wordt aan partijen toegezonden via {{F:bezwaarschriften@gelderland.nl}}."),
    ("sig", "nauta"),
    ("p", "[[P:J. Nauta]], secretaris"),
]))

# ---------------------------------------------------------------- np22 Woo-verzoek burger per e-mail (reportlab Carlito)
DOCS.append(Doc("np22_woo_verzoek_email_burger", "Woo-verzoek per e-mail", "rl", font="Carlito",
    annots=[(0, [500, 760, 520, 780], "Doorgestuurd aan team Woo - GtH", "Gerdien")],
    hidden=[("P", "Gerdien", "annotations"), ("Z", "GtH", "annotations")],
    blocks=[
    mail_en("[[P:Maarten Dekkers-Oudshoorn]] <[[E:m.dekkersoudshoorn@protonmail.com]]>", "Thursday, 19 February 2026 22:14",
            "{{F:woo@gelderland.nl}}", "Woo-verzoek controles luchtwassers Gelderse Vallei",
            cc="{{F:redactie.ede@gelderlander.nl}}"),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Op grond van de {{W:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over controles van "
          "luchtwassers en emissiearme stallen bij veehouderijen in de gemeenten {{L:Barneveld}}, {{L:Ede}} en {{L:Nijkerk}} "
          "in de periode {{M:1 januari 2025}} tot en met {{M:15 februari 2026}}, waaronder controlerapporten van de {{O:OVIJ}}, "
          "e-mails met {{O:Gedeputeerde Staten}} en verslagen van overleggen."),
    ("p", "Ik schrijf als freelance journalist voor onder meer {{O:De Gelderlander}} en {{O:Follow the Money}}. Ik woon zelf naast "
          "een varkenshouderij aan de [[A:Scherpenzeelseweg 201]] in Leusden en heb dus ook een persoonlijk belang."),
    ("p", "Ik ontvang de stukken graag digitaal. U kunt mij bellen op [[T:+31 6 4102 7753]]."),
    ("p", "Met vriendelijke groet,\n[[P:Maarten Dekkers-Oudshoorn]]\n[[U:www.maartendekkers.nl]]"),
    ("sp", 4),
    mail_nl("{{F:woo@gelderland.nl}}", "vrijdag 20 februari 2026 09:03", "[[P:Maarten Dekkers-Oudshoorn]]",
            "Ontvangstbevestiging Woo-verzoek {{C:WOO-2026-0147}}"),
    ("p", "Geachte heer [[P:Dekkers-Oudshoorn]],"),
    ("p", "Wij hebben uw verzoek op {{M:19 februari 2026}} ontvangen en geregistreerd onder nummer {{C:WOO-2026-0147}}. De "
          "beslistermijn is vier weken en kan met twee weken worden verlengd (artikel 4.4 {{W:Woo}}). Uw verzoek wordt behandeld "
          "door [[P:mr. C. Eijkelenboom]], {{J:Woo-coördinator}}. Met vragen kunt u terecht bij {{F:woo@gelderland.nl}} of "
          "{{G:(026) 359 99 99}}."),
    ("p", "Met vriendelijke groet,\nTeam Woo, {{O:Provincie Gelderland}}"),
]))
