"""Set BB documents bb12-bb22."""
from lib import Doc
from people import *  # noqa: F401,F403

DOCS = []

# bb12 letter to the parent of a youth member (embedded TTF) -------------------------------------------
DOCS.append(Doc("bb12", "Brief aan ouder of verzorger jeugdlid", [
    ("right", f"{LIB}\n{LIBADR}\n{INFO}"),
    ("p", "Aan de ouder(s)/verzorger(s) van [[Zoë Çelik|P]]\n[[Mevrouw F. Çelik-Aydın|P]]\n[[Lambertusplein 11|A]]\n[[5252 AD|A]] Drunen"),
    ("p", "Vlijmen, 15 augustus 2026\nKenmerk: {{LF/PRIV/2026-041|R}}"),
    ("p", "Geachte [[mevrouw Çelik-Aydın|P]],"),
    ("p", f"Uw dochter [[Zoë|P]] (geboren [[30 augustus 2014|D]]) is lid van {LF}. Door een fout bij onze ICT-"
          "leverancier waren haar naam, adres, geboortedatum en pasnummer enige tijd via internet in te zien, samen "
          "met uw naam als ouder. Wij vinden dit bijzonder vervelend, zeker omdat het om een kind gaat."),
    ("p", f"Wat wij hebben gedaan: de server is afgesloten, het lek is gemeld bij de {AP} en de "
          f"functionaris gegevensbescherming van de {GEM} houdt toezicht op de afhandeling. Het jeugdabonnement van "
          "[[Zoë|P]] krijgt een nieuw pasnummer."),
    ("p", "Wilt u hierover praten? Onze teamleider jeugd, [[Dewi Sastrowardoyo|P]], belt u graag terug: "
          "[[06 - 47 19 20 83|T]]. U kunt ook deelnemen aan de informatieavond op 2 september in de "
          "{{Annie M.G. Schmidtzaal|Z}} van de bibliotheek."),
    ("sig", f"Met vriendelijke groet,\nnamens dezen,\n\n{SB}\n{{{{teamleider klantenservice|J}}}}"),
], font="DejaVuSerif", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# bb13 scanned complaint letter (handwriting-like, OCR) -----------------------------------------------
DOCS.append(Doc("bb13", "Klachtbrief lid (scan)", [
    ("hand", "[[J.W. Verhoeven|P]]"),
    ("hand", "[[Mgr. Zwijsenstraat 7|A]]"),
    ("hand", "Vlijmen, 18 augustus 2026"),
    ("sp", 4),
    ("hand", "Aan de directie van de bibliotheek"),
    ("sp", 3),
    ("hand", "Ik ben 80 jaar en al 50 jaar lid."),
    ("hand", "Nu staat mijn geboortedatum [[21-04-1946|D]]"),
    ("hand", "op internet. Mijn kleinzoon [[Thijs|P]] heeft het gezien."),
    ("hand", "Ik wil weten wie dit heeft gedaan."),
    ("hand", "Bel mij op [[073-5114927|T]]."),
    ("sp", 4),
    ("hand", "Hoogachtend, [[Johanna Verhoeven|P]]"),
], engine="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840", angle=0.7))

# bb14 invoice DataDijk ICT (sole trader) -----------------------------------------------------------
DOCS.append(Doc("bb14", "Factuur DataDijk ICT 2026-118", [
    ("h", "DataDijk ICT - beheer, hosting en advies"),
    ("p", f"{RK}\n[[Gasthuisstraat 62|A]]\n[[5151 AR|A]] Drunen\n{RKT} | {RKM}\nKvK {RKKVK} | btw [[NL001284736B54|X]]"),
    ("p", f"Factuur aan: {LIB}\nt.a.v. crediteurenadministratie\n{LIBADR}"),
    ("table", [["Factuurnummer", "Datum", "Vervaldatum", "Uw referentie"],
               ["{{2026-118|R}}", "{{29 augustus 2026|D}}", "{{28 september 2026|D}}", f"{{{{INC-LF-2026-007|R}}}} / {SB}"]],
     [40, 40, 40, 50]),
    ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Incidentrespons SFTP-server 11-13 aug", "14", "€ 95,00", "{{€ 1.330,00|A}}"],
               ["Herinrichting server, key-based authentication", "9", "€ 95,00", "{{€ 855,00|A}}"],
               ["Forensische tijdlijn t.b.v. FG gemeente", "6", "€ 95,00", "{{€ 570,00|A}}"],
               ["Subtotaal", "", "", "{{€ 2.755,00|A}}"],
               ["Btw 21%", "", "", "{{€ 578,55|A}}"],
               ["Totaal", "", "", "{{€ 3.333,55|A}}"]], [85, 20, 30, 35]),
    ("p", f"Gelieve binnen 30 dagen te voldoen op rekening {RKIBAN} t.n.v. [[R.J. Koster|P]] h.o.d.n. {DD}."),
    ("small", "Op al mijn diensten zijn de {{Nederland ICT Voorwaarden 2014|W}} van toepassing."),
], font="Helvetica", producer="Moneybird PDF engine", creator="Moneybird"))

# bb15 quotation of a second sole trader (security consultant) --------------------------------------
DOCS.append(Doc("bb15", "Offerte onafhankelijk onderzoek", [
    ("right", "Veldhuis Security Advies\n[[Anouk Veldhuis|P]]\n[[Weteringstraat 5|A]], [[5253 AN|A]] Nieuwkuijk\n[[+31 (0)6 2294 1876|T]]\n[[anouk@veldhuis-security.nl|E]]\nKvK [[82736451|K]] - IBAN [[NL18 INGB 0007 6543 21|I]]"),
    ("p", f"Aan: {LIB}, t.a.v. [[mevrouw M. van den Heuvel-Smits|P]]\nKopie: {FG}, {{{{functionaris gegevensbescherming|J}}}} {GEM}"),
    ("p", "Drunen, 21 augustus 2026 - Offerte {{VSA-26-031|R}}"),
    ("h", "Onafhankelijk onderzoek datalek ledenbestand"),
    ("p", f"Op verzoek van de raad van toezicht bied ik een onafhankelijk onderzoek aan naar de oorzaak van het "
          f"datalek en naar de rol van de verwerker {DD}. Het onderzoek omvat: review van de SFTP-configuratie, "
          "analyse van de access logs, een gap-analyse tegen de BIO en een advies over de verwerkersovereenkomst."),
    ("table", [["Onderdeel", "Dagen", "Bedrag excl. btw"],
               ["Technische review en loganalyse", "3", "{{€ 3.150,00|A}}"],
               ["Interviews (directie, applicatiebeheer, verwerker)", "1", "{{€ 1.050,00|A}}"],
               ["Rapportage en presentatie raad van toezicht", "1,5", "{{€ 1.575,00|A}}"]], [100, 20, 45]),
    ("p", f"Ik voer het onderzoek zelf uit, bijgestaan door [[Kees Pronk|P]] (CISSP). Interviews met {RK} en {BH} "
          "plan ik in de week van 1 september."),
    ("sig", "Met vriendelijke groet,\n\n[[A. Veldhuis|P]]"),
], font="DejaVu", producer="Aspose.Words for .NET 23.8.0", creator="Aspose.Words"))

# bb16 forensic report by the supplier (2 pages, outline bookmarks name persons) ----------------------------
DOCS.append(Doc("bb16", "Tijdlijn en technische analyse SFTP-incident", [
    ("h", "Tijdlijn en technische analyse SFTP-incident"),
    ("p", f"Opgesteld door {DD} op verzoek van de FG van de {GEM}. Versie 1.1, 15 augustus 2026."),
    ("h", "1. Samenvatting"),
    ("p", "Door een package-update van OpenSSH (9.6p1 naar 9.8p1) werd het bestand sshd_config overschreven. De "
          "Match-sectie voor de groep sftponly verdween, waardoor de chroot-jail niet meer gold en de anonieme "
          "account 'export' leestoegang kreeg tot /export/leden. Dit bleef onopgemerkt omdat er geen monitoring "
          "en geen file integrity check was ingericht."),
    ("h", "2. Tijdlijn"),
    ("table", [["Datum/tijd", "Gebeurtenis", "Bron"],
               ["02-07-2026 03:12", "Unattended upgrade OpenSSH", "apt history.log"],
               ["02-07-2026 03:14", "sshd herstart met standaardconfig", "syslog"],
               ["09-07-2026 22:40", "Eerste download leden_export via account 'export'", "auth.log"],
               ["15-07-2026 - 10-08-2026", "36 verdere downloads, 31 vanaf buitenlandse IP-adressen", "auth.log"],
               ["11-08-2026 10:05", f"Map offline gehaald door {RK}", "bash_history"],
               ["12-08-2026 09:00", f"Logs op USB overgedragen aan {SB}", "overdrachtsformulier"]], [40, 95, 35]),
    ("pb",),
    ("h", "3. Maatregelen"),
    ("p", "Genomen: key-based authentication, uitschakelen wachtwoordlogin, IP-whitelisting op het adres van de "
          "bibliotheek, fail2ban, dagelijkse integrity check met AIDE en alerting per e-mail naar "
          f"{PRIV}. Aanbevolen: MFA voor beheer, versleuteling van de export (GPG) en verkorting van de bewaartermijn "
          "van exports naar 24 uur."),
    ("h", "4. Verantwoordelijkheden"),
    ("p", f"Technisch beheer: {RK}. Functioneel beheer {{{{BiblioNet 7|Q}}}}: {BH}. Opdrachtgever: {DIR}."),
    ("small", f"Contact: {RKM} - {RKT}"),
], font="Helvetica", producer="LaTeX with hyperref / pdfTeX-1.40.25", creator="LaTeX with hyperref",
    outline=[("1. Samenvatting", 0), ("2. Tijdlijn", 0), ("3. Maatregelen (review [[J. Blom|P]])", 1),
             ("Opmerkingen [[Jeroen|P]] verwerkt", 1)]))

# bb17 crisis meeting minutes (2 pages): attendance table, action list with initials ------------------------
DOCS.append(Doc("bb17", "Verslag crisisoverleg datalek 12 augustus 2026", [
    ("h", f"Verslag crisisoverleg datalek - {LF}"),
    ("p", "Datum: 12 augustus 2026, 14:00-15:45 uur\nLocatie: {{Jacoba van Beierenkamer|Z}}, bibliotheek Vlijmen (en via Teams)"),
    ("table", [["Naam", "Organisatie / functie", "Code"],
               [DIR, f"{LF}, {{{{directeur-bestuurder|J}}}}", "[[MvdH|C]]"],
               [SB, f"{LF}, teamleider klantenservice", "[[SBr|C]]"],
               [BH, f"{LF}, {{{{applicatiebeheerder|J}}}}", "[[BtH|C]]"],
               [FG, f"{GEM}, {{{{functionaris gegevensbescherming|J}}}}", "[[YEA|C]]"],
               [FO, f"{GEM}, {{{{beleidsadviseur cultuur|J}}}}", "[[FOu|C]]"],
               ["[[Lotte Bakkum|P]]", f"{GEM}, {{{{communicatieadviseur|J}}}}", "[[LBa|C]]"],
               [RK, f"{DD} (vanaf agendapunt 3)", "[[RKo|C]]"]], [55, 90, 20]),
    ("p", f"Afwezig met bericht: {GJV} (voorzitter raad van toezicht)."),
    ("h", "1. Opening en stand van zaken"),
    ("p", "[[MvdH|C]] opent. Het lek is gisteren om 10:05 uur gedicht. Er zijn inmiddels 64 telefoontjes en 112 e-mails "
          "van leden binnengekomen. [[SBr|C]] meldt dat het balieteam onder druk staat; extra inzet van vrijwilligers "
          "is geregeld."),
    ("h", "2. Melding AP en informeren betrokkenen"),
    ("p", f"[[YEA|C]] licht toe dat de melding bij de {AP} uiterlijk morgenochtend moet. Voor de twee leden met "
          "gezondheidsgegevens adviseert hij persoonlijk contact. [[LBa|C]] stelt voor een gratis nummer open te "
          f"stellen en een persbericht uit te doen nadat {WH} is geïnformeerd."),
    ("h", "3. Oorzaak en verwerker"),
    ("p", "[[RKo|C]] erkent de fout in de configuratie. Er was geen monitoring. [[BtH|C]] vraagt waarom de export "
          "dagelijks liep terwijl die alleen maandelijks nodig is voor de {{Bibliotheekmonitor|C}}."),
    ("pb",),
    ("h", "4. Bestuurlijke informatie"),
    ("p", f"[[FOu|C]] informeert {WH} vandaag; de burgemeester wordt via het college meegenomen. Verwacht wordt "
          "dat er raadsvragen komen."),
    ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Wanneer"],
               ["1", f"Melding {AP}", "[[MvdH|C]] / [[YEA|C]]", "13-08"],
               ["2", "Brieven leden en ouders", "[[SBr|C]]", "15-08"],
               ["3", "Forensische tijdlijn", "[[RKo|C]]", "15-08"],
               ["4", "Gratis informatielijn", "[[LBa|C]]", "14-08"],
               ["5", "Wethouder informeren, Q&A raad", "[[FOu|C]]", "12-08"],
               ["6", "Export beperken tot maandelijks", "[[BtH|C]]", "31-08"]], [10, 90, 40, 25]),
    ("small", "Verslag: [[I. ter Horst|P]], 13 augustus 2026"),
], font="Helvetica", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# bb18 beslisnota for the wethouder (2 pages) ---------------------------------------------------------
DOCS.append(Doc("bb18", "Beslisnota datalek bibliotheek en subsidievoorwaarden", [
    ("h", "Beslisnota"),
    ("table", [["Aan", f"{WH}, portefeuillehouder Cultuur"],
               ["Van", f"{FO}, {{{{team Samenleving|O}}}}"],
               ["Datum", "{{25 augustus 2026|D}}"],
               ["Kenmerk", ZAAK],
               ["Contactpersoon", f"{FO}, [[073 - 513 18 26|T]], {FOM}"],
               ["Kopie aan", f"{FG} (FG), {JB} (CISO)"]], [40, 130]),
    ("h", "Aanleiding"),
    ("p", f"Bij {LIB}, die jaarlijks {{{{€ 1.184.000|A}}}} subsidie van de {GEM} ontvangt, heeft een datalek "
          "plaatsgevonden waarbij gegevens van ruim 4.300 leden zijn uitgelekt. De gemeente is niet "
          "verwerkingsverantwoordelijke, maar heeft als subsidieverstrekker en via de gedeelde FG een belang."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de wethouder wordt gevraagd: 1. in te stemmen met het opnemen van een informatiebeveiligingsparagraaf in "
          "de subsidiebeschikking 2027; 2. kennis te nemen van de conceptantwoorden op de raadsvragen van de "
          "fracties {{Heusden Eén|O}} en {{VVD|O}}."),
    ("h", "Kern"),
    ("p", "De oorzaak ligt bij een verwerker (eenmanszaak) zonder actuele verwerkersovereenkomst. Vergelijkbare "
          "bibliotheken in de regio werken met een gecertificeerde leverancier via de {{Koninklijke Bibliotheek|O}} "
          "of {{Cubiss|O}}."),
    ("pb",),
    ("h", "Krachtenveld"),
    ("p", f"De {AP} kan een onderzoek starten. Raadslid {{{{Demir|F}}}} heeft al publiekelijk gevraagd om "
          "opschorting van de subsidie; de bibliotheekdirectie vreest reputatieschade. Juridisch advies: "
          f"{PL} ({{{{juridisch adviseur|J}}}})."),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[Nog invullen]"),
    ("h", "Paraaf"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               [FO, "beleidsadviseur", "[[FOu|C]]", "25-08"],
               ["[[Hans Liebregts|P]]", "{{teammanager Samenleving|J}}", "[[HLb|C]]", "26-08"]], [50, 60, 25, 25]),
], font="Helvetica", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="[[Oudshoorn, F.|P]]"))

# bb19 council questions ----------------------------------------------------------------------------
DOCS.append(Doc("bb19", "Schriftelijke vragen datalek bibliotheek (art. 41 RvO)", [
    ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
    ("p", "Aan: het college van burgemeester en wethouders van de {{gemeente Heusden}}\nVan: raadslid {{Demir|F}} "
          "({{Heusden Eén|O}}) en raadslid {{Verbeek|F}} ({{VVD|O}})\nDatum: 19 augustus 2026"),
    ("p", f"Onderwerp: datalek bij {LIB}"),
    ("p", "Via de lokale krant {{De Maasbode|O}} en via inwoners vernamen wij dat gegevens van duizenden leden van de "
          "bibliotheek, onder wie kinderen, wekenlang op internet stonden. Een inwoner uit Haarsteeg, moeder van "
          "een jeugdlid, vertelde ons dat zij via een onbekend nummer werd gebeld door iemand die de geboortedatum "
          "van haar zoon kende."),
    ("p", "1. Wanneer is het college op de hoogte gebracht van het datalek?\n2. Welke eisen stelt de gemeente in de "
          "subsidiebeschikking aan informatiebeveiliging?\n3. Klopt het dat de ICT-leverancier een eenmanszaak zonder "
          "certificering is?\n4. Is het college bereid de subsidie 2027 afhankelijk te maken van een verbeterplan?\n"
          "5. Hoe worden gedupeerde ouders en kinderen ondersteund?"),
    ("sig", "Raadslid {{Demir|F}}, {{Heusden Eén|O}}\nRaadslid {{Verbeek|F}}, {{VVD|O}}"),
    ("small", "Contact fractie: {{fractie@heusdeneen.nl|M}}"),
], font="Times", producer="iBabs - Raadsinformatiesysteem", creator="iBabs"))

# bb20 answer of the college (2 pages) ----------------------------------------------------------------
DOCS.append(Doc("bb20", "Beantwoording raadsvragen datalek bibliotheek", [
    ("right", f"{{{{Gemeente Heusden}}}}\n{{{{Burgemeester van Houtplein 1|S}}}}\n{GEMTEL}"),
    ("p", "Aan: de leden van de gemeenteraad\nDatum: 9 september 2026\nKenmerk: {{Z/26/041877|R}}\n"
          f"Behandeld door: {FO}, [[073 - 513 18 26|T]]"),
    ("p", "Onderwerp: beantwoording schriftelijke vragen van raadslid {{Demir|F}} en raadslid {{Verbeek|F}} over het "
          "datalek bij de bibliotheek"),
    ("h", "Vraag 1"),
    ("p", f"Het college is op 12 augustus 2026 door de directie van {LIB} geïnformeerd. {{{{Wethouder Van Rijswijk|F}}}} "
          "heeft dezelfde dag met de directeur-bestuurder gesproken. De gemeentelijke functionaris "
          "gegevensbescherming, die op basis van een dienstverleningsovereenkomst ook FG van de bibliotheek is, was "
          "al op 11 augustus betrokken."),
    ("h", "Vraag 2"),
    ("p", "De huidige subsidiebeschikking bevat geen specifieke eisen. Het college wil in de beschikking 2027 "
          "opnemen dat de bibliotheek aantoonbaar werkt volgens de {{Baseline Informatiebeveiliging Overheid|W}} en "
          "jaarlijks rapporteert."),
    ("h", "Vraag 3"),
    ("p", f"De bibliotheek werkt sinds 2019 met {DD}. Het college doet geen uitspraken over de bedrijfsvoering van "
          "deze leverancier; de bibliotheek laat een onafhankelijk onderzoek uitvoeren."),
    ("pb",),
    ("h", "Vraag 4"),
    ("p", "Ja. Het college verbindt aan de subsidie 2027 de voorwaarde dat vóór 1 januari 2027 een verbeterplan "
          "is uitgevoerd."),
    ("h", "Vraag 5"),
    ("p", "Ouders kunnen terecht bij de gratis informatielijn {{0800 - 022 41 90|G}} en bij het {{Juridisch Loket|O}}. "
          "Het telefonische benaderingsgeval uit Haarsteeg is gemeld bij de politie."),
    ("sig", "Burgemeester en wethouders van Heusden,\nde secretaris, de burgemeester,\n\n{{drs. P.H.M. Meeuwsen|F}}   "
            "{{burgemeester Wijnands-Boom|F}}"),
], font="Helvetica", producer="Aspose.PDF for .NET 23.4", creator="Decos JOIN"))

# bb21 press release -----------------------------------------------------------------------------
DOCS.append(Doc("bb21", "Persbericht bibliotheek informeert leden over datalek", [
    ("h", f"PERSBERICHT - {LF} informeert leden over datalek"),
    ("p", "Vlijmen, 15 augustus 2026"),
    ("p", f"{LIB} heeft vandaag ruim 4.300 leden per brief en e-mail geïnformeerd over een datalek. Door een fout "
          "bij een externe ICT-leverancier was een bestand met namen, adressen, geboortedata en pasnummers tussen "
          f"2 juli en 11 augustus via internet te downloaden. Het lek is gemeld bij de {AP}."),
    ("p", "\"Het spijt ons enorm. Onze leden moeten erop kunnen vertrouwen dat wij zorgvuldig met hun gegevens "
          f"omgaan\", aldus de directie. {{{{Wethouder Van Rijswijk|F}}}} (Cultuur): \"De gemeente steunt de "
          "bibliotheek bij het herstel en gaat strengere eisen stellen aan informatiebeveiliging.\""),
    ("p", "Leden met vragen kunnen bellen met {{0800 - 022 41 90|G}} of mailen naar {{privacy@hetleesfort.nl|M}}. "
          "Op 2 september is er een informatieavond in de {{Annie M.G. Schmidtzaal|Z}}."),
    ("small", "Noot voor de redactie, niet voor publicatie: meer informatie bij [[Lotte Bakkum|P]], "
              "[[06-13 58 02 71|T]], [[l.bakkum@heusden.nl|E]], of via {{pers@hetleesfort.nl|M}}."),
], font="Helvetica", producer="Adobe InDesign 19.4 (Macintosh) / Adobe PDF Library 17.0",
    creator="Adobe InDesign 19.4 (Macintosh)", xmp_creator="[[Lotte Bakkum]]", author="Communicatie Heusden"))

# bb22 FG advice memo (python-docx -> soffice), Author names a civil servant not in the text ----------------------
DOCS.append(Doc("bb22", "Advies FG - rol gemeente bij datalek bibliotheek", [
    ("h", "Memo - advies functionaris gegevensbescherming"),
    ("p", f"Aan: {WH}\nVan: {FG}, functionaris gegevensbescherming\nDatum: 20 augustus 2026\nKenmerk: {{{{FG-2026-034|R}}}}"),
    ("p", f"Onderwerp: rol van de {GEM} bij het datalek bij {LIB}"),
    ("h", "Vraag"),
    ("p", "Is de gemeente (mede)verwerkingsverantwoordelijke voor de ledenadministratie van de bibliotheek?"),
    ("h", "Advies"),
    ("p", "Nee. De bibliotheek is een zelfstandige stichting die doel en middelen van de verwerking bepaalt "
          "(artikel 4, onder 7, {{AVG|W}}). De subsidierelatie maakt de gemeente niet verantwoordelijk. Wel is de "
          "gemeentelijke FG op basis van de dienstverleningsovereenkomst {{DVO-2021-12|R}} ook FG van de bibliotheek "
          "(artikel 37, derde lid, AVG). Ik adviseer deze dubbelrol per 2027 te beëindigen om schijn van "
          "belangenverstrengeling te voorkomen."),
    ("p", "De eenmanszaak van [[de heer Koster|P]] is verwerker in de zin van artikel 28 AVG. De "
          "verwerkersovereenkomst uit 2019 voldoet niet meer; ik adviseer de bibliotheek het model van de "
          "{{Vereniging van Openbare Bibliotheken|O}} te gebruiken."),
    ("p", f"Voor vragen: {FGT} of {FGBOX}."),
], engine="docx", producer="LibreOffice 7.6", creator="Writer", author="[[Y. El Amrani|P]]",
    xmp_creator="[[Nadia Boukhari|P]]"))
