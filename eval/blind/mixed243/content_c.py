"""Set BB documents bb23-bb33."""
from lib import Doc
from people import *  # noqa: F401,F403

DOCS = []

# bb23 processor agreement excerpt (python-docx -> soffice) ------------------------------------------------
DOCS.append(Doc("bb23", "Verwerkersovereenkomst 2019 - uittreksel", [
    ("h", "Verwerkersovereenkomst (uittreksel)"),
    ("p", f"Partijen:\n1. {LIB}, gevestigd aan het {{{{Raadhuisplein 9|S}}}} te {{{{Vlijmen|L}}}}, KvK {{{{41104523|R}}}}, "
          "hierna: verwerkingsverantwoordelijke, rechtsgeldig vertegenwoordigd door haar toenmalige directeur "
          "[[W.F. Tielemans|P]];\n2. [[Ruud Jan Koster|P]], handelend onder de naam {{DataDijk ICT|O}}, "
          f"[[Gasthuisstraat 62|A]], [[5151 AR|A]] Drunen, KvK {RKKVK}, hierna: verwerker."),
    ("h", "Artikel 4 Beveiliging"),
    ("p", "4.1 Verwerker neemt passende technische en organisatorische maatregelen als bedoeld in artikel 32 van de "
          "{{Algemene verordening gegevensbescherming|W}}. 4.2 Verwerker meldt een inbreuk in verband met "
          "persoonsgegevens zonder onredelijke vertraging, doch uiterlijk binnen 24 uur, aan "
          "verwerkingsverantwoordelijke via {{privacy@hetleesfort.nl|M}}."),
    ("h", "Artikel 7 Subverwerkers"),
    ("p", "Verwerker maakt gebruik van {{TransIP|O}} (hosting) en {{Backblaze B2|Q}} (back-up)."),
    ("h", "Ondertekening"),
    ("table", [["Namens verwerkingsverantwoordelijke", "Namens verwerker"],
               ["[[W.F. Tielemans|P]], directeur", "[[R.J. Koster|P]], eigenaar"],
               ["Vlijmen, 3 april 2019", "Drunen, 5 april 2019"]]),
], engine="docx", font="DejaVuSerif", producer="LibreOffice 7.6", creator="Writer",
    xmp_creator="[[Bram 't Hart]]"))

# bb24 staff contact list -----------------------------------------------------------------------------
STAFF = [
    ("[[Marieke van den Heuvel-Smits]]", "directeur-bestuurder", "[[P-1002|N]]", "[[06-21 48 73 90|T]]"),
    ("[[Sanne Brouwer]]", "teamleider klantenservice", "[[P-1031|N]]", "[[06-40 66 12 09|T]]"),
    ("[[Ilse ter Horst]]", "medewerker frontoffice", "[[P-1078|N]]", "[[0416 - 38 21 47|T]]"),
    ("[[Bram 't Hart]]", "applicatiebeheerder", "[[P-1054|N]]", "[[06 1937 5521|T]]"),
    ("[[Mohamed Bakkali|P]]", "medewerker frontoffice", "[[P-1092|N]]", "[[0031 6 4471 2093|T]]"),
    ("[[Dewi Sastrowardoyo|P]]", "teamleider jeugd", "[[P-1066|N]]", "[[06 - 47 19 20 83|T]]"),
    ("[[Joost de Wit|P]]", "medewerker collectie", "[[P-1101|N]]", "[[(0416) 56 34 80|T]]"),
    ("[[Ankie Pijnenburg-Rovers|P]]", "vrijwilligerscoördinator", "[[P-1011|N]]", "{{073 - 511 80 00|G}} [[toestel 231|T]]"),
]
DOCS.append(Doc("bb24", "Bereikbaarheidslijst crisisteam bibliotheek", [
    ("h", f"Bereikbaarheidslijst crisisteam {LF} (versie 12-08-2026)"),
    ("p", f"Algemeen nummer {LIBTEL} (tijdens openingstijden); buiten kantoortijd de mobiele nummers hieronder. "
          "Deze lijst is vertrouwelijk."),
    ("table", [["Naam", "Functie", "Personeelsnr.", "Telefoon"]] +
     [[n, "{{%s|J}}" % f, p, t] for n, f, p, t in STAFF], [55, 50, 25, 45]),
    ("h", "Externe contacten"),
    ("table", [["Organisatie", "Contact", "Telefoon"],
               [DD, RK, RKT],
               [f"{GEM} (FG)", FG, FGT],
               [f"{GEM} (communicatie)", "[[Lotte Bakkum|P]]", "[[06-13 58 02 71|T]]"],
               ["{{politie Oost-Brabant|O}}", "wijkagent [[R. Vermeulen|P]]", "{{0900-8844|G}}"],
               [AP, "meldloket", "{{088 - 180 52 50|G}}"]], [55, 60, 50]),
], font="Helvetica", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# bb25 access log export -----------------------------------------------------------------------------
LOG = [("09-07-2026 22:40:13", "export", "185.220.101.47", "leden_export_20260709.csv", "GET 200"),
       ("15-07-2026 03:02:51", "export", "45.134.26.19", "leden_export_20260714.csv", "GET 200"),
       ("02-08-2026 11:17:06", "[[b.thart|U]]", "84.26.131.7", "sshd_config", "EDIT"),
       ("10-08-2026 19:55:40", "export", "91.219.236.11", "leden_export_20260810.csv", "GET 200"),
       ("11-08-2026 10:05:22", "[[rkoster|U]]", "77.161.5.220", "/export/leden", "CHMOD 700"),
       ("11-08-2026 10:09:48", "[[rkoster|U]]", "77.161.5.220", "sshd_config", "EDIT"),
       ("12-08-2026 08:31:02", "[[s.brouwer|U]]", "84.26.131.7", "auth.log", "GET 200")]
DOCS.append(Doc("bb25", "Uittreksel auth.log SFTP-server", [
    ("h", "Uittreksel logbestand SFTP-server sftp01.datadijk.nl"),
    ("p", f"Aangeleverd door {DD} aan de FG van de {GEM} op 15 augustus 2026, als bijlage bij de tijdlijn. "
          "Tijden in CEST. Het IP-adres {{84.26.131.7|R}} is het vaste adres van de bibliotheek; {{77.161.5.220|R}} "
          "is het kantooradres van de verwerker."),
    ("table", [["Tijdstip", "Account", "Bron-IP", "Object", "Actie"]] + [list(r) for r in LOG], [38, 25, 30, 52, 25]),
    ("p", f"Account 'export' was bedoeld voor de maandelijkse levering aan de {{{{Bibliotheekmonitor|C}}}}. Accounts "
          f"[[b.thart|U]] en [[s.brouwer|U]] zijn persoonlijke accounts van medewerkers van {LF}; account [[rkoster|U]] "
          "is van de verwerker."),
    ("small", f"Bewerkt door {RK} ([[ruud@datadijk.nl|E]]); volledige logs berusten bij de bibliotheek."),
], font="DejaVu", producer="PDFCreator 5.2.0", creator="PDFCreator"))

# bb26 concept letter with sticky-note review comments --------------------------------------------------------
DOCS.append(Doc("bb26", "Concept brief leden met gezondheidsgegevens - review", [
    ("h", "CONCEPT - niet verzenden"),
    ("p", f"{LIB}\n{LIBADR}"),
    ("p", "Betreft: persoonlijke informatie over het datalek"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Wij hebben u op 14 augustus telefonisch geïnformeerd over het datalek. In het gelekte bestand stond bij uw "
          "lidmaatschap een notitie die betrekking heeft op uw gezondheid, in verband met uw gebruik van de "
          "{{Daisy-speler|Q}} en de {{Passend Lezen|C}}-collectie. Wij bieden u hiervoor nogmaals onze excuses aan."),
    ("p", "De notitie is uit onze administratie verwijderd. Voortaan registreren wij alleen nog dat u gebruikmaakt "
          "van {{Passend Lezen|C}}, zonder reden."),
    ("sig", f"Met vriendelijke groet,\n\n{{{{directeur-bestuurder|J}}}}, {LF}"),
], font="Helvetica", producer="Adobe Acrobat Pro (64-bit) 24.2.20759", creator="Microsoft® Word voor Microsoft 365",
    annots=[(0, "[[Youssef El Amrani]]", "Graag niet de diagnose noemen. Bij [[mw. Hoogendoorn|P]] gaat het om "
             "[[maculadegeneratie|H]], dat hoort hier niet in."),
            (0, "[[Sanne Brouwer]]", "Eens. [[Dhr. Rachidi|P]] wil liever gebeld worden: [[06 28 44 19 70|T]]"),
            (0, "[[Marieke van den Heuvel-Smits]]", "Ik bel ze allebei zelf, daarna pas brief")]))

# bb27 zienswijze of the library on the Woo request (outline + Author) -------------------------------------------
DOCS.append(Doc("bb27", "Zienswijze bibliotheek Woo-verzoek", [
    ("h", "Zienswijze op voorgenomen openbaarmaking"),
    ("p", f"Aan het college van burgemeester en wethouders van de {GEM}\nt.a.v. de Woo-coördinator, {WOOBOX}"),
    ("p", f"Vlijmen, 3 oktober 2026\nUw kenmerk: {WOONR}"),
    ("p", "Geacht college,"),
    ("p", f"U heeft {LIB} in de gelegenheid gesteld een zienswijze te geven op de voorgenomen openbaarmaking van "
          "documenten over het datalek. Wij maken daarvan als volgt gebruik."),
    ("h", "1. Gegevens van leden"),
    ("p", "Het fragment van het ledenbestand (bijlage A bij het incidentrapport) mag in geen geval openbaar worden, "
          "ook niet gedeeltelijk: pasnummers, namen, adressen en geboortedata zijn persoonsgegevens van burgers, "
          "onder wie kinderen. Wij verzoeken u dit document geheel te weigeren of alleen de kolomkoppen te tonen."),
    ("h", "2. Namen van medewerkers en de verwerker"),
    ("p", "Onze medewerkers treden niet in de openbaarheid. De eigenaar van de verwerker is een natuurlijke persoon "
          "(eenmanszaak); zijn naam, KvK-nummer en bankrekening zijn persoonsgegevens."),
    ("h", "3. Bedrijfsgegevens"),
    ("p", "Tegen openbaarmaking van de offerte en factuur hebben wij geen bezwaar, met weglating van de "
          "persoonsgegevens."),
    ("sig", f"Hoogachtend,\n{{{{Raad van toezicht|O}}}} en directie van {LF}"),
], font="Times", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    author="[[M. van den Heuvel|P]]",
    outline=[("Zienswijze [[MvdH-concept3|C]]", 0), ("1. Gegevens van leden", 0),
             ("2. Medewerkers (afgestemd met [[G.J. Vos|P]])", 0)]))

# bb28 scanned attendance list information evening (OCR) -------------------------------------------------------
DOCS.append(Doc("bb28", "Presentielijst informatieavond 2 september 2026 (scan)", [
    ("h", "Presentielijst informatieavond datalek"),
    ("p", "Bibliotheek Vlijmen, 2 september 2026, 19:30 uur"),
    ("table", [["Naam", "Postcode", "Handtekening"],
               ["[[Hendrika Lam|P]]", "[[5256 AM|A]]", "[[H. Lam|P]]"],
               ["[[Wouter van Beek|P]]", "[[5154 PJ|A]]", "[[W.v.Beek|P]]"],
               ["[[Lucía Fernández|P]]", "[[5251 DT|A]]", "[[L. Fernández|P]]"],
               ["[[Peter van Gool|P]]", "[[5256 EB|A]]", "[[P. van Gool|P]]"],
               ["[[Esther Wouters|P]]", "[[5251 ZE|A]]", "[[E. Wouters|P]]"]], [60, 40, 60]),
    ("sp", 6),
    ("hand", "Notitie: [[mevr. Lam|P]] wil nieuwe pas thuis, tel [[0416-662190|T]]"),
], engine="scan", producer="RICOH IM C3000 Scan to PDF", creator="RICOH IM C3000", angle=-0.5,
    scan_font="DejaVuSerif-Italic.ttf"))

# bb29 scanned request for access (inzageverzoek, OCR) ------------------------------------------------------
DOCS.append(Doc("bb29", "Inzageverzoek artikel 15 AVG (scan)", [
    ("h", "Verzoek om inzage (artikel 15 AVG)"),
    ("p", "Naam: [[Noor el Idrissi|P]]"),
    ("p", "Adres: [[Grotestraat 160|A]], Drunen"),
    ("p", "Geboortedatum: [[18-10-2002|D]]"),
    ("p", "Pasnummer: [[21903004874452|N]]"),
    ("p", "E-mail: [[noor.elidrissi@hotmail.com|E]]"),
    ("sp", 4),
    ("p", "Ik wil graag weten welke gegevens van mij in het gelekte bestand stonden\nen aan wie de bibliotheek mijn gegevens heeft gegeven."),
    ("sp", 6),
    ("hand", "Handtekening: [[N. el Idrissi|P]]"),
    ("p", "In behandeling: [[SBr|C]] 22-08"),
], engine="scan", producer="HP Scan", creator="HP LaserJet MFP M234sdw", angle=0.9))

# bb30 subsidy letter signed by the wethouder -------------------------------------------------------------------
DOCS.append(Doc("bb30", "Brief college aan bibliotheek - voorwaarden subsidie 2027", [
    ("right", f"{{{{Gemeente Heusden}}}}\nPostbus 41\n5250 AA {{{{Vlijmen|L}}}}\n{GEMTEL}"),
    ("p", f"{LIB}\nt.a.v. de raad van toezicht en de directeur-bestuurder\n{LIBADR}"),
    ("p", "Datum: 30 september 2026\nKenmerk: {{Z/26/041877|R}}\nBehandeld door: [[F. Oudshoorn|P]]"),
    ("p", "Onderwerp: aanvullende voorwaarden subsidie 2027"),
    ("p", "Geachte raad van toezicht, geachte directeur-bestuurder,"),
    ("p", "Naar aanleiding van het datalek van augustus 2026 verbinden wij aan de subsidie 2027 (aangevraagd bedrag "
          "{{€ 1.201.500|A}}) de volgende voorwaarden op grond van artikel 4:38 van de {{Algemene wet bestuursrecht|W}} "
          "en de {{Algemene subsidieverordening Heusden 2023|W}}:"),
    ("p", "a. vóór 1 januari 2027 is een nieuwe verwerkersovereenkomst gesloten met iedere verwerker;\nb. de "
          "bibliotheek laat jaarlijks een ISAE 3402- of ISO 27001-verklaring zien van haar hostingpartij;\nc. de "
          "bibliotheek benoemt een eigen functionaris gegevensbescherming."),
    ("p", "Wij waarderen de open houding van de bibliotheek na het incident."),
    ("sig", "Hoogachtend,\nburgemeester en wethouders van Heusden,\nnamens dezen,\n\n{{P.A.M. van Rijswijk|F}}\n"
            "{{wethouder Cultuur|J}}"),
], font="Helvetica", producer="Decos JOIN / iText 5.5.13", creator="Decos JOIN"))

# bb31 forwarded member complaints (mail thread) -------------------------------------------------------------
DOCS.append(Doc("bb31", "FW: klachten leden na brief datalek", [
    ("pre", "Van:        [[Brouwer, Sanne|P]] <[[s.brouwer@hetleesfort.nl|E]]>\nVerzonden:  maandag 18 augustus 2026 16:20\n"
            "Aan:        [[Heuvel-Smits, Marieke van den|P]] <[[m.vandenheuvel@hetleesfort.nl|E]]>\n"
            "CC:         {{privacy@hetleesfort.nl|M}}\nOnderwerp:  FW: klachten leden na brief datalek"),
    ("p", "Hoi [[Marieke|P]],"),
    ("p", "Overzicht van vandaag: 41 klachten via de mail, 19 via de 0800-lijn. Drie springen eruit:"),
    ("p", "1. [[Anneke de Boer-Kuipers|P]] ([[annekedeboer@ziggo.nl|E]]) wil een schadevergoeding en dreigt met een "
          "advocaat, [[mr. T. Goossens|P]] van {{Goossens & Van Erp Advocaten|O}}.\n"
          "2. [[Ömer Yıldız|P]] ([[ö.yildiz@gmail.com|E]]) kreeg een phishingmail met zijn pasnummer erin; hij heeft "
          "de mail doorgestuurd. Nummer: [[+31 (0)6 1845 2297|T]].\n"
          "3. [[Lucía Fernández Ortega|P]] vraagt of haar adres ook bij haar ex-partner terecht kan zijn gekomen; zij "
          "heeft een [[contactverbod|H]] lopen. Graag met voorrang behandelen."),
    ("p", "Ik heb [[Ömer|P]] gezegd dat we de phishingmail doorsturen naar de {{Fraudehelpdesk|O}}."),
    ("p", f"Groet,\n[[Sanne|P]]\n{{{{teamleider klantenservice|J}}}} | {LIBTEL}"),
    ("pre", "-----Oorspronkelijk bericht-----\nVan: [[Ömer Yıldız|P]] <[[ö.yildiz@gmail.com|E]]>\n"
            "Verzonden: maandag 18 augustus 2026 08:02\nAan: {{info@hetleesfort.nl|M}}\nOnderwerp: phishing"),
    ("p", "Goedemorgen, vandaag kreeg ik een mail 'Uw bibliotheekpas verloopt' met mijn pasnummer "
          "[[21903004877761|N]] erin en een link naar een nepsite. Dit komt dus door jullie lek. Groet, [[Ömer|P]]"),
], font="DejaVu", producer="Microsoft Outlook for Microsoft 365 (16.0.17928)", creator="Microsoft Outlook"))

# bb32 Woo decision (2 pages) ---------------------------------------------------------------------------
DOCS.append(Doc("bb32", "Besluit op Woo-verzoek WOO-2026-0093", [
    ("right", f"{{{{Gemeente Heusden}}}}\nPostbus 41, 5250 AA {{{{Vlijmen|L}}}}\n{GEMTEL} | {WOOBOX}"),
    ("p", "[[Mevrouw E. Kuijpers|P]]\n[[Molenstraat 41|A]]\n[[5261 EB|A]] Nieuwkuijk"),
    ("p", f"Datum: 24 oktober 2026\nKenmerk: {WOONR}\nZaaknummer: {ZAAK}"),
    ("p", "Onderwerp: besluit op uw verzoek om openbaarmaking (datalek bibliotheek)"),
    ("p", "Geachte [[mevrouw Kuijpers|P]],"),
    ("h", "1. Uw verzoek"),
    ("p", f"Op 14 september 2026 heeft u gevraagd om openbaarmaking van documenten over het datalek bij {LIB}. "
          "Wij hebben op 6 oktober 2026 de beslistermijn met twee weken verdaagd."),
    ("h", "2. Zienswijzen"),
    ("p", f"Wij hebben {LF} en de verwerker {DD} om een zienswijze gevraagd. De bibliotheek heeft een zienswijze "
          "gegeven (document 27); de verwerker heeft niet gereageerd."),
    ("h", "3. Besluit"),
    ("p", "Wij hebben 33 documenten gevonden. Wij maken 27 documenten deels openbaar, 5 documenten geheel openbaar "
          "en weigeren 1 document (het fragment van het ledenbestand, document 10) geheel. Zie de inventarislijst."),
    ("pb",),
    ("h", "4. Weigeringsgronden"),
    ("p", "Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo): namen, contactgegevens, handtekeningen "
          "en paraafcodes van medewerkers van de gemeente, de bibliotheek en de verwerker, en alle gegevens van leden. "
          "Namen van de burgemeester, de wethouder en de raadsleden maken wij wel openbaar.\n"
          "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo): gegevens over gezondheid.\n"
          "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo): pasnummers en personeelsnummers."),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("h", "Motivering"),
    ("p", "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren, medewerkers, "
          "leden en derden onleesbaar gemaakt (5.1.2e); gezondheidsgegevens op grond van 5.1.1d."),
    ("h", "5. Bezwaar"),
    ("p", "Binnen zes weken na verzending kunt u bezwaar maken bij ons college."),
    ("sig", f"Hoogachtend,\nburgemeester en wethouders van Heusden,\nnamens dezen,\n\n{PL}\n{{{{Woo-coördinator|J}}}}"),
], font="Helvetica", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Corsa Zaaksysteem",
    author="[[P. Lambrechts|P]]"))

# bb33 inventory list -----------------------------------------------------------------------------------
INV = [
    ("1", "Verzoek Woo (journalist)", "14-09-2026", "deels openbaar", "5.1.2e"),
    ("2", "Ontvangstbevestiging", "16-09-2026", "deels openbaar", "5.1.2e"),
    ("3", "Incidentrapport INC-LF-2026-007", "12-08-2026", "deels openbaar", "5.1.2e"),
    ("4", "E-mailwisseling directeur en FG", "13-08-2026", "deels openbaar", "5.1.2e"),
    ("5", "E-mailwisseling FG en DataDijk ICT", "15-08-2026", "deels openbaar", "5.1.2e"),
    ("6", "Teams-chat klantenservice", "11-08-2026", "deels openbaar", "5.1.2e"),
    ("7", "WhatsApp-chat directeur en verwerker", "13-08-2026", "deels openbaar", "5.1.2e"),
    ("8", "Melding AP M2026-08814", "14-08-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("9", "Intern meldformulier", "11-08-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("10", "Fragment ledenbestand", "10-08-2026", "niet openbaar", "5.1.2e, 5.1.1e"),
    ("11", "Brief aan lid", "15-08-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("12", "Brief aan ouder jeugdlid", "15-08-2026", "deels openbaar", "5.1.2e"),
    ("13", "Klachtbrief lid", "18-08-2026", "deels openbaar", "5.1.2e"),
    ("14", "Factuur DataDijk ICT 2026-118", "29-08-2026", "deels openbaar", "5.1.2e"),
    ("15", "Offerte VSA-26-031", "21-08-2026", "deels openbaar", "5.1.2e"),
    ("16", "Tijdlijn technische analyse", "15-08-2026", "deels openbaar", "5.1.2e"),
    ("17", "Verslag crisisoverleg", "12-08-2026", "deels openbaar", "5.1.2e"),
    ("18", "Beslisnota wethouder", "25-08-2026", "deels openbaar", "5.1.2e"),
    ("19", "Schriftelijke vragen raad", "19-08-2026", "openbaar", ""),
    ("20", "Beantwoording raadsvragen", "09-09-2026", "deels openbaar", "5.1.2e"),
    ("21", "Persbericht", "15-08-2026", "deels openbaar", "5.1.2e"),
    ("22", "Advies FG FG-2026-034", "20-08-2026", "openbaar", ""),
    ("23", "Verwerkersovereenkomst 2019", "05-04-2019", "deels openbaar", "5.1.2e"),
    ("24", "Bereikbaarheidslijst crisisteam", "12-08-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("25", "Uittreksel auth.log", "15-08-2026", "deels openbaar", "5.1.2e"),
    ("26", "Concept brief leden", "13-08-2026", "openbaar", ""),
    ("27", "Zienswijze bibliotheek", "03-10-2026", "openbaar", ""),
    ("28", "Presentielijst informatieavond", "02-09-2026", "deels openbaar", "5.1.2e"),
    ("29", "Inzageverzoek artikel 15 AVG", "22-08-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("30", "Brief voorwaarden subsidie 2027", "30-09-2026", "deels openbaar", "5.1.2e"),
    ("31", "E-mail klachten leden", "18-08-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("32", "Besluit op Woo-verzoek", "24-10-2026", "deels openbaar", "5.1.2e"),
    ("33", "Inventarislijst", "24-10-2026", "openbaar", ""),
]
_inv = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
for n, t, dt, b, g in INV:
    rem = ""
    if n == "5":
        rem = "familie met 16 en 25"
    if n == "19":
        rem = "reeds openbaar via {{iBabs|Q}}"
    if n == "7":
        rem = "aangeleverd door [[M. van den Heuvel-Smits|P]]"
    if n == "13":
        rem = "afzender [[J.W. Verhoeven|P]] (lid)"
    _inv.append([n, t, dt, b, g, rem])
DOCS.append(Doc("bb33", "Inventarislijst WOO-2026-0093", [
    ("h", f"Inventarislijst bij besluit {WOONR}"),
    ("table", _inv, [10, 62, 24, 28, 26, 60]),
    ("small", f"Vragen over deze lijst: {WOOBOX} of {GEMTEL}. Opgesteld door team Juridische Zaken, paraaf [[PLa|C]]."),
], font="Helvetica", landscape=True, producer="Microsoft® Excel® voor Microsoft 365",
    creator="Microsoft® Excel® voor Microsoft 365"))
