"""Documents 16-30 of set AL (mixed28). All persons, addresses and numbers are invented."""
from framework import Doc

DOCS = []

# 16 ----------------------------------------------------------------- notary letter (LibreOffice)
DOCS.append(Doc(
    name="al16_notaris_verklaring_erfrecht", producer="docx",
    title="Verklaring van erfrecht – woning Zwart Janstraat",
    letterhead=["{{Notariskantoor Maaskade|ORG}}", "{{Maaskade 118|ADDRESS_ORG}}, 3071 NJ Rotterdam"],
    header_right="Dossiernummer {{2025.00431.PDV|CASENO}}",
    author="[[Pauline de Vries-Oosterbaan]]",
    blocks=[
        ("kv", [("", "{{Gemeente Rotterdam}}"), ("", "{{Directie Veiligheid|ORG}} – team Bestuurlijke Aanpak"),
                ("", "t.a.v. mevrouw [[N. el-Khatib]]"), ("", "{{Postbus 70012|ADDRESS_ORG}}, 3000 KP Rotterdam")]),
        ("kv", [("Datum", "{{24 april 2025|DATE}}"), ("Betreft", "sluiting woning – eigendom en erfrecht"),
                ("Uw kenmerk", "{{OOV-13b-2025-0041|CASENO}}")]),
        ("p", "Geachte mevrouw [[El-Khatib]],"),
        ("p", "Op verzoek van de erfgenamen van wijlen de heer [[Hubertus Adrianus Statia]], overleden te "
              "{{Willemstad|PLACE}} ({{Curaçao|PLACE}}) op 2 november 2024, bericht ik u het volgende over de "
              "eigendom van de woning waarop uw besluit betrekking heeft."),
        ("p", "Blijkens de door mij op 17 april 2025 afgegeven {{verklaring van erfrecht|TERM}} zijn de erfgenamen: "
              "(1) mevrouw [[Shaira Statia]], geboren [[03-08-1951|DOB]]; (2) mevrouw [[Sharline Priscilla Martina-Statia]]; "
              "(3) de heer [[Ruthsel Cijntje-Statia]], wonende te [[Kaya Flamboyan 22|ADDRESS]], {{Willemstad|PLACE}}. "
              "De nalatenschap is nog onverdeeld. Executeur is de heer [[Glenn Anthony Statia]], [[+599 9 465 2210]]."),
        ("p", "De huurovereenkomst met {{Havensteder|ORG}} staat op naam van wijlen de heer [[Statia]]. Voor "
              "de toepassing van {{artikel 13b Opiumwet|LAW}} verzoek ik u daarom de erfgenamen als belanghebbenden "
              "aan te merken ({{artikel 1:2 Awb|LAW}}). Ik heb een afschrift gezonden aan mr. [[G. Lopes Cardozo]]."),
        ("p", "Voor vragen kunt u contact opnemen met mijn medewerker, de heer [[Sven Rozendaal]], "
              "[[010 – 290 44 18]] of [[s.rozendaal@notarismaaskade.nl]]. Algemeen: {{info@notarismaaskade.nl|MAILBOX}}."),
        ("sig", ["Met vriendelijke groet,", "mr. [[P.D. (Pauline) de Vries-Oosterbaan]]", "{{notaris|ROLE}}"]),
        ("small", "Kantoor aangesloten bij de {{Koninklijke Notariële Beroepsorganisatie|ORG}} ({{KNB|ACRONYM}})."),
    ],
    footer="Notariskantoor Maaskade – kwaliteitsrekening {{NL07 INGB 0678 4421 90|IBAN_ORG}}",
))

# 17 ----------------------------------------------------------------- court hearing notes (Chromium plain, 2 pages)
DOCS.append(Doc(
    name="al17_zittingsverslag_rechtbank_gelderland", producer="html", style="plain",
    title="Zittingsverslag beroep last onder dwangsom",
    letterhead=["Gemeente Arnhem – Juridische Zaken"],
    header_right="intern – zaaknummer rechtbank {{ARN 25/1187|CASENO}}",
    blocks=[
        ("title", "Zittingsverslag"),
        ("kv", [("Zaak", "[[A. Abdel-Kader Haddad]] / college van B&W Arnhem (last onder dwangsom bijgebouw)"),
                ("Instantie", "{{Rechtbank Gelderland|ORG}}, zittingsplaats {{Arnhem|PLACE}}, {{team bestuursrecht|ORG}}"),
                ("Datum zitting", "{{17 april 2025|DATE}}, 10:30 uur"),
                ("Rechter", "mr. [[C.M. Zuidema-Kartosen]] ({{enkelvoudige kamer|TERM}})"),
                ("Griffier", "mr. [[B. IJzerman]]"),
                ("Namens eiser", "eiser in persoon, bijgestaan door mr. [[R. Zwart-Chaoui]]; tolk Marokkaans-Arabisch [[Said Ouaziz]]"),
                ("Namens verweerder", "[[Ilse Verbruggen]] ({{juridisch medewerker|ROLE}}) en [[Wouter Gelderblom]] ({{toezichthouder|ROLE}})"),
                ("Verslag", "[[Joris Kampman]]")]),
        ("h", "Verloop"),
        ("p", "Op de publieke tribune zit de zoon van eiser, [[Bilal Abdel-Kader]]. De rechter opent de zitting om 10:34 uur. Mr. [[Zwart-Chaoui]] voert aan dat het bijgebouw een "
              "vergunningvrij bijbehorend bouwwerk is in de zin van {{artikel 2.29 Besluit bouwwerken leefomgeving|LAW}} "
              "en dat de toezichthouder de maten verkeerd heeft opgenomen."),
        ("p", "Eiser verklaart (via de tolk): 'Mijn zoon [[Bilal]] heeft het gebouwd voor opslag van de "
              "marktspullen. Ik wist niet dat het te groot was.' Hij wijst op de schuur van buurman [[Brink-Hofstede]] "
              "aan de {{Sonsbeeksingel|PLACE}}, die 'even groot' zou zijn."),
        ("p", "[[Gelderblom]] licht de meting toe: 38,2 m², gemeten met een laserafstandsmeter; foto's zitten in het "
              "dossier als bijlage 4. De rechter vraagt of de buurschuur ook is gecontroleerd. [[Verbruggen]] antwoordt "
              "dat daarvoor een vergunning uit 2011 bestaat."),
        ("pb",),
        ("h", "Vragen van de rechter"),
        ("p", "De rechter vraagt naar de begunstigingstermijn van twaalf weken en of het college bereid is die te "
              "verlengen tot na de marktperiode. [[Verbruggen]] zegt toe dit met de {{teamleider Handhaving|ROLE}} "
              "(de heer [[Versteegh]]) te overleggen. Mr. [[Zwart-Chaoui]] verzoekt om een schorsing van de zaak."),
        ("p", "Griffier [[IJzerman]] noteert dat partijen binnen twee weken schriftelijk reageren. De rechter sluit het "
              "onderzoek niet; uitspraak volgt uiterlijk zes weken na sluiting ({{artikel 8:66 Awb|LAW}})."),
        ("h", "Inschatting en vervolg"),
        ("p", "Kans op vernietiging klein, maar de rechter leek gevoelig voor de positie van eiser. Advies: "
              "begunstigingstermijn verlengen tot 1 september 2025 en dat vóór 1 mei aan mr. [[Zwart-Chaoui]] melden "
              "([[r.zwartchaoui@advocatenhuisarnhem.nl]], [[026 – 351 90 24]])."),
        ("p", "Burgemeester {{Marcouch|PUBLIC_OFFICIAL}} wordt via het "
              "{{portefeuillehoudersoverleg|ROLE}} geïnformeerd over de uitkomst."),
        ("sig", ["Arnhem, 17 april 2025", "[[J. Kampman]]", "{{jurist bestuursrecht|ROLE}}"]),
    ],
    footer="Gemeente Arnhem – Juridische Zaken – niet voor externe verspreiding",
))

# 18 ----------------------------------------------------------------- camera request log (Chromium report, 2 pages)
_rows = [
    ["2025-03-02", "[[hoofdagent P. Wijnants|PERSON]]".replace("hoofdagent ", ""), "{{Coolsingel|PLACE}} / {{Stadhuisplein|PLACE}}", "mishandeling, aangifte {{PL1700-2025061233|CASENO}}", "[[KV1|PARAPH]]", "verstrekt"],
    ["2025-03-04", "[[R. Oudejans]]", "{{Westblaak|PLACE}}", "{{zakkenrollerij|TERM}}", "[[KV1|PARAPH]]", "verstrekt"],
    ["2025-03-09", "[[M. Sedney]]", "{{Nieuwe Binnenweg|PLACE}}", "verzoek burger (eigen beelden)", "[[TdW|PARAPH]]", "afgewezen"],
    ["2025-03-11", "[[D. Karakaya]]", "{{Schouwburgplein|PLACE}}", "{{vermissing|TERM}}", "[[KV1|PARAPH]]", "verstrekt"],
    ["2025-03-15", "[[F. van Bemmel-Tieleman]]", "{{Witte de Withstraat|PLACE}}", "{{steekincident|TERM}}", "[[TdW|PARAPH]]", "verstrekt"],
    ["2025-03-21", "[[L. Jaramillo Ortega]]", "{{Lijnbaan|PLACE}}", "winkeldiefstal", "[[AJ|PARAPH]]", "verstrekt"],
    ["2025-03-30", "[[S. Bakhuizen-Groen]]", "{{Westersingel|PLACE}}", "openlijk geweld", "[[TdW|PARAPH]]", "verstrekt"],
    ["2025-03-28", "[[K. Hoang]]", "{{Kruisplein|PLACE}}", "verkeersongeval", "[[AJ|PARAPH]]", "bewaartermijn verstreken"],
]
DOCS.append(Doc(
    name="al18_camerabeelden_verzoeklog", producer="html", style="report",
    title="Logboek verzoeken camerabeelden Q1 2025",
    letterhead=["{{Gemeente Rotterdam}} – {{Stadsbeheer}} – {{Cameratoezicht|PROGRAMME}}"],
    header_right="Logboek {{CT-LOG-2025-Q1|CASENO}}",
    blocks=[
        ("title", "Logboek verzoeken om camerabeelden (1e kwartaal 2025)"),
        ("p", "Dit logboek wordt bijgehouden op grond van {{artikel 151c Gemeentewet|LAW}} en het "
              "{{Protocol cameratoezicht Rotterdam 2024|LAW}}. Beelden worden 28 dagen bewaard. Verstrekking aan de "
              "politie vindt plaats na een vordering ({{artikel 126nd Wetboek van Strafvordering|LAW}})."),
        ("table", ["Datum", "Aanvrager", "Locatie", "Reden", "Operator", "Besluit"], _rows, [0.12, 0.19, 0.2, 0.27, 0.08, 0.14]),
        ("h", "Toelichting bij bijzondere verzoeken"),
        ("p", "9 maart: een burger, de heer [[Mauricio Sedney-Lopes]], vroeg om beelden van zijn eigen aanrijding "
              "op de {{Nieuwe Binnenweg|PLACE}}. Conform het protocol is dit afgewezen en is hij verwezen naar de "
              "politie. Hij is telefonisch geïnformeerd op [[06 49 27 30 15]] door operator [[Kevin Voorn]] ([[KV1|PARAPH]])."),
        ("p", "28 maart: het verzoek van {{Politie Eenheid Rotterdam|ORG}} kwam binnen na de bewaartermijn. "
              "Toezichtcoördinator [[Tessa de Wit]] ([[TdW|PARAPH]]) heeft dit gemeld aan de {{functionaris gegevensbescherming|ROLE}}."),
        ("pb",),
        ("h", "Operators en bevoegdheden"),
        ("table", ["Code", "Naam", "Functie", "Bevoegd tot export"], [
            ["[[KV1|PARAPH]]", "[[Kevin Voorn]]", "{{camera-operator|ROLE}}", "ja"],
            ["[[TdW|PARAPH]]", "[[Tessa de Wit]]", "{{toezichtcoördinator|ROLE}}", "ja"],
            ["[[AJ|PARAPH]]", "[[Anouar Jebari]]", "{{camera-operator|ROLE}}", "nee (in opleiding)"],
        ]),
        ("p", "Vorderingen worden gescand en opgeslagen in het zaaksysteem. Contact met de uitkijkruimte: "
              "{{cameratoezicht@rotterdam.nl|MAILBOX}}; bij spoed via de {{meldkamer|ROLE}} {{010 - 498 4444|PHONE_SWITCHBOARD}}."),
        ("p", "Evaluatie: de burgemeester, {{Carola Schouten|PUBLIC_OFFICIAL}}, heeft in de driehoek van 1 april 2025 "
              "gevraagd om een overzicht per locatie. Opgesteld door [[T. de Wit]]."),
    ],
    footer="Gemeente Rotterdam – vertrouwelijk – bevat persoonsgegevens van verzoekers en medewerkers",
))

# 19 ----------------------------------------------------------------- vordering camerabeelden scan with OCR layer
DOCS.append(Doc(
    name="al19_vordering_camerabeelden_scan", producer="html", style="plain", scan="ocrlayer", seed=19,
    title="Vordering",
    letterhead=["POLITIE EENHEID ROTTERDAM"],
    blocks=[
        ("title", "VORDERING VERSTREKKEN CAMERABEELDEN"),
        ("p", "(artikel 126nd Wetboek van Strafvordering)"),
        ("kv", [("Aan", "{{Gemeente Rotterdam}}, Cameratoezicht"),
                ("Registratienummer", "{{PL1700-2025061233|CASENO}}"),
                ("Opsporingsambtenaar", "[[Pieter Wijnants]], hoofdagent"),
                ("Telefoon", "[[06-2845 1173]]"),
                ("E-mail", "[[pieter.wijnants@politie.nl]]"),
                ("Officier van justitie", "mr. [[Hanneke Loopstra]]")]),
        ("p", "Ondergetekende vordert de verstrekking van de camerabeelden van camera 14 en 15 "
              "({{Coolsingel|PLACE}} en {{Stadhuisplein|PLACE}}) van 1 maart 2025 tussen 02:00 en 03:30 uur, in verband met "
              "de mishandeling van [[Bayu Wibowo]] door een onbekende man."),
        ("p", "Melder van het incident: [[Marleen Brouwers]]. Getuige [[Lotte Verkerk]] heeft een man in een rode jas gezien die wegliep richting de {{Lijnbaan|PLACE}}."),
        ("sig", ["Rotterdam, 2 maart 2025", "[[P. Wijnants]]"]),
    ],
    footer="Politie Eenheid Rotterdam",
))

# 20 ----------------------------------------------------------------- Bibob advice (LibreOffice, 2 pages)
DOCS.append(Doc(
    name="al20_bibob_advies_horeca", producer="docx",
    title="Advies Landelijk Bureau Bibob",
    letterhead=["{{Landelijk Bureau Bibob|ORG}}", "{{Ministerie van Justitie en Veiligheid}}"],
    header_right="Kenmerk {{LBB-2025-00917|CASENO}}\nVertrouwelijk",
    author="[[Tjeerd Hiemstra]]",
    blocks=[
        ("title", "Advies ex artikel 9 Wet Bibob"),
        ("kv", [("Aan", "de burgemeester van {{Eindhoven|PLACE}}"),
                ("Betreft", "aanvraag {{exploitatievergunning|TERM}} {{Grand Café Stratumseind|ORG}}, {{Stratumseind|PLACE}}"),
                ("Aanvrager", "{{Stratum Horeca Holding B.V.|ORG}}"),
                ("Bestuurder", "[[Hakan Yıldırım]], geboren [[21-04-1984|DOB]] te {{Eindhoven|PLACE}}"),
                ("Datum", "{{6 mei 2025|DATE}}")]),
        ("h", "1. Samenvatting"),
        ("p", "Er bestaat een {{mindere mate van gevaar|ROLE}} dat de vergunning mede zal worden gebruikt om uit "
              "strafbare feiten verkregen vermogen te benutten ({{artikel 3 lid 1 sub a Wet Bibob|LAW}})."),
        ("h", "2. Zeggenschap en financiering"),
        ("p", "Enig bestuurder en aandeelhouder is de heer [[Yıldırım]]. De aankoop van de inventaris (€ 240.000) is "
              "gefinancierd met een lening van € 150.000 van de heer [[Mustafa Yıldırım-Kaya]] (oom, geboren "
              "[[09-09-1961|DOB]]) en € 90.000 van [[Dilan Aksoy]], zijn partner. Een schriftelijke leningsovereenkomst "
              "ontbreekt; betalingen liepen via rekening [[NL49 INGB 7962 6374 73]]."),
        ("p", "Tot 2023 was [[Serkan Arslan]], wonende [[Tongelresestraat 311|ADDRESS]], tweede aandeelhouder. De {{bedrijfsleider|ROLE}} wordt [[Joaquim dos Santos Pereira]], geboren [[02-12-1990|DOB]]. Hij stond in 2019 "
              "ingeschreven als bestuurder van {{Eetcafé De Bergen V.O.F.|ORG}}, dat na een last onder dwangsom failliet ging."),
        ("pb",),
        ("h", "3. Antecedenten"),
        ("p", "Uit het {{Justitieel Documentatiesysteem|ORG}} blijkt voor de heer [[Yıldırım]] een onherroepelijke "
              "veroordeling in 2017 wegens overtreding van de {{Opiumwet|LAW}} (taakstraf 120 uur). Voor de heer "
              "[[dos Santos Pereira]] geen antecedenten. Over mevrouw [[Aksoy]] is informatie ontvangen van de "
              "{{Belastingdienst}}: een naheffing van € 38.000 (2022)."),
        ("h", "4. Conclusie"),
        ("p", "Het bureau adviseert de burgemeester voorschriften te verbinden aan de vergunning (transparante "
              "administratie, geen contante investeringen). Burgemeester {{Dijsselbloem|PUBLIC_OFFICIAL}} kan "
              "het advies betrekken bij het besluit; de {{RIEC Oost-Brabant|ORG}} is geïnformeerd."),
        ("p", "Dit advies is vertrouwelijk ({{artikel 28 Wet Bibob|LAW}}). Contact: {{bibob@minjenv.nl|MAILBOX}}."),
        ("sig", ["Namens de minister van Justitie en Veiligheid,", "het hoofd van het {{Landelijk Bureau Bibob|ORG}},",
                 "drs. [[A.F. Groenendijk-Mulder]]", "",
                 "Onderzoekers: [[Tjeerd Hiemstra]], [[Yasmina Bouzidi]]"]),
    ],
    hidden=[("attach", "KvK-uittreksel en ID-kopie [[Yildirim]].pdf", "bijlage 2")],
    footer="LBB – vertrouwelijk – niet verder verspreiden",
))

# 21 ----------------------------------------------------------------- complaint (Chromium mail, 2 pages)
DOCS.append(Doc(
    name="al21_klacht_optreden_boa", producer="html", style="mail",
    title="Klacht optreden handhavers",
    letterhead=["Postvak klachten – {{Gemeente Den Haag|ORG}}"],
    blocks=[
        ("kv", [("Van:", "[[Tamar Goudsmit-Benali]] <[[tamar.goudsmit84@gmail.com]]>"),
                ("Verzonden:", "zondag 16 februari 2025 21:47"),
                ("Aan:", "{{klachten@denhaag.nl|MAILBOX}}"),
                ("Onderwerp:", "Klacht over twee handhavers op de Haagse Markt")]),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Zaterdag 15 februari rond 14:00 uur was ik met mijn zoon op de {{Haagse Markt|PLACE}}. Twee handhavers "
              "spraken een {{marktkoopman|ROLE}} aan, de heer [[Abdullahi Warsame Yusuf]] (hij verkoopt stoffen, kraam 112). "
              "Een van de handhavers, op zijn badge stond '[[M. de Ruiter]]', duwde hem tegen de kraam. De andere "
              "handhaver, een vrouw met een paardenstaart, filmde met haar telefoon."),
        ("p", "Ik vind dit onacceptabel. Mijn buurvrouw [[Hien Pham]] heeft het ook gezien en wil getuigen. Zij is "
              "bereikbaar op [[06 1402 8839]]. Ik ben zelf bereikbaar op [[+31 6 3019 4772]] of op dit mailadres."),
        ("p", "Met vriendelijke groet,\n[[Tamar Goudsmit-Benali]]\n[[Hoefkade 402|ADDRESS]], [[2526 CK|POSTCODE]] Den Haag"),
        ("h", "Doorgestuurd bericht"),
        ("kv", [("Van:", "{{Klachtencoördinatie|ORG}} <{{klachten@denhaag.nl|MAILBOX}}>"),
                ("Verzonden:", "maandag 17 februari 2025 09:12"),
                ("Aan:", "[[Vincent Adriaansens]] <[[vincent.adriaansens@denhaag.nl]]>"),
                ("CC:", "[[Ouafa Azzouzi]] <[[ouafa.azzouzi@denhaag.nl]]>"),
                ("Onderwerp:", "FW: Klacht over twee handhavers op de Haagse Markt – {{KL-2025-0388|CASENO}}")]),
        ("p", "Vincent, wil jij deze klacht oppakken? Het gaat volgens de roosters om [[Marco de Ruiter]] en "
              "[[Charlotte Ng]] van {{team Markten|ORG}}. Graag binnen de termijn van {{artikel 9:11 Awb|LAW}} "
              "(zes weken). Groet, [[Ouafa]]"),
        ("pb",),
        ("kv", [("Van:", "[[Vincent Adriaansens]]"),
                ("Verzonden:", "dinsdag 18 februari 2025 16:30"),
                ("Aan:", "[[tamar.goudsmit84@gmail.com]]"),
                ("Onderwerp:", "Uw klacht {{KL-2025-0388|CASENO}}")]),
        ("p", "Beste mevrouw [[Goudsmit-Benali]],"),
        ("p", "Dank voor uw klacht over het optreden van onze handhavers op de {{Haagse Markt|PLACE}}. Ik nodig u "
              "uit voor een {{hoorgesprek|TERM}} op 4 maart om 10:00 uur in het stadhuis ({{Spui 70|ADDRESS_ORG}}). Ik spreek ook "
              "de heer [[Warsame Yusuf]] en uw buurvrouw. De betrokken BOA's worden apart gehoord."),
        ("p", "Met vriendelijke groet,\n[[Vincent Adriaansens]]\n{{klachtbehandelaar|ROLE}} {{Dienst Publiekszaken|ORG}}\n"
              "T [[070 - 752 3381]] | M [[06-83 72 19 04]]\n{{Gemeente Den Haag|ORG}} | {{14 070|PHONE_SWITCHBOARD}}"),
        ("small", "De klachtregeling staat op denhaag.nl; de {{Nationale ombudsman|ORG}} is bereikbaar via {{0800-3351355|PHONE_SWITCHBOARD}}."),
    ],
    hidden=[("note", 0, "Klager eerder (2023) klacht ingediend, zie dossier [[Goudsmit]]", "[[Ouafa Azzouzi]]")],
    footer="Afgedrukt uit Outlook door [[adriaansensv|USERNAME]] op 18-02-2025",
))

# 22 ----------------------------------------------------------------- interview transcript (LibreOffice, 2 pages)
DOCS.append(Doc(
    name="al22_verhoor_toezichthouder_transcript", producer="docx",
    title="Uitwerking gesprek (verhoor) Wet arbeid vreemdelingen",
    letterhead=["{{Nederlandse Arbeidsinspectie}}", "{{Team Arbeidsmarktfraude|ORG}}"],
    header_right="Zaak {{NLA-WAV-2025-00612|CASENO}}",
    author="[[Einar Guðmundsson]]",
    blocks=[
        ("title", "Uitwerking verhoor – kwekerij Westland"),
        ("kv", [("Datum", "{{26 maart 2025|DATE}}, 13:05 – 14:20 uur"),
                ("Plaats", "kantoor {{Glastuinbouw Naaldwijk B.V.|ORG}}, {{Naaldwijk|PLACE}}"),
                ("Verhoorder (V)", "[[Einar Guðmundsson]] ([[EG|PARAPH]]), {{inspecteur|ROLE}}"),
                ("Tweede inspecteur", "[[Marit van 't Hof]] ([[MvtH|PARAPH]])"),
                ("Gehoorde (A)", "[[Nguyễn Thị Thu Hằng]] ([[NTTH|PARAPH]]), {{bedrijfsleider|ROLE}}"),
                ("Tolk", "[[Lê Minh Tuấn]], Vietnamees, {{Rbtv|ACRONYM}}-nummer [[20918|ID]]")]),
        ("p", "Cautie gegeven om 13:06 uur ({{artikel 5:10a Awb|LAW}}). Gehoorde begrijpt de cautie."),
        ("mono", "V ([[EG|PARAPH]]): Hoeveel mensen werken er vandaag in kas 3?\n"
                 "A ([[NTTH|PARAPH]]): Zeven. Vijf van het uitzendbureau en twee van ons zelf.\n"
                 "V ([[EG|PARAPH]]): Welk uitzendbureau?\n"
                 "A ([[NTTH|PARAPH]]): {{AgroFlex Uitzendingen|ORG}}. De contactpersoon daar is [[Darius Wojcik]].\n"
                 "V ([[MvtH|PARAPH]]): Wij zagen twee mannen die wegliepen toen wij binnenkwamen. Wie zijn dat?\n"
                 "A ([[NTTH|PARAPH]]): Ik ken alleen de voornaam van een, [[Vũ]]. Hij woont bij de eigenaar.\n"
                 "V ([[EG|PARAPH]]): Wie is de eigenaar?\n"
                 "A ([[NTTH|PARAPH]]): Meneer [[Trương Văn Lộc]]. Hij is nu in Vietnam.\n"
                 "V ([[MvtH|PARAPH]]): Heeft meneer [[Trương]] een {{tewerkstellingsvergunning|TERM}} aangevraagd?\n"
                 "A ([[NTTH|PARAPH]]): Dat weet ik niet. Dat doet de boekhouder, [[Wilma Kuijpers-Ammerlaan]]."),
        ("pb",),
        ("mono", "V ([[EG|PARAPH]]): Wij hebben hier een loonstrook op naam van [[Ahmadzai, Farid]]. Werkt hij hier?\n"
                 "A ([[NTTH|PARAPH]]): Hij werkte tot februari. Nu werkt hij in {{Poeldijk|PLACE}}, bij zijn neef [[Nasir Ahmadzai]].\n"
                 "V ([[EG|PARAPH]]): Heeft u een telefoonnummer van meneer [[Ahmadzai]]?\n"
                 "A ([[NTTH|PARAPH]]): Ja, [[0619283746]].\n"
                 "V ([[MvtH|PARAPH]]): Wilt u nog iets toevoegen?\n"
                 "A ([[NTTH|PARAPH]]): Nee. Ik wil wel een kopie van dit verslag."),
        ("p", "Einde verhoor 14:20 uur. Het verslag is voorgelezen via de tolk. Gehoorde heeft niet getekend "
              "(weigering). Bevindingen worden verwerkt in een boeterapport op grond van de "
              "{{Wet arbeid vreemdelingen|LAW}} ({{Wav|ACRONYM}}), {{artikel 2 Wav|LAW}}."),
        ("sig", ["Naaldwijk, 26 maart 2025", "[[E. Guðmundsson]]", "{{inspecteur Nederlandse Arbeidsinspectie|ROLE}}"]),
    ],
    hidden=[("comment", "Cautie gegeven om 13:06",
             "Tolk was 10 min te laat; navragen bij [[Ragnhildur Ólafsdóttir]] (planning)", "[[Marit van 't Hof]]", "MH")],
    footer="Nederlandse Arbeidsinspectie – Postbus 820, 3500 AV Utrecht",
))

# 23 ----------------------------------------------------------------- confiscated goods list (reportlab, OCR layer scan)
DOCS.append(Doc(
    name="al23_beslaglijst_goederen_scan", producer="rl", style="report", scan="ocrlayer", seed=23,
    title="Kennisgeving van inbeslagneming",
    letterhead=["Politie Eenheid Den Haag", "Basisteam Haagse Hout"],
    header_right="Beslagnummer {{BSL-2025-11402|CASENO}}",
    blocks=[
        ("title", "Lijst van inbeslaggenomen goederen"),
        ("p", "Op 3 april 2025 zijn bij de doorzoeking van de bedrijfsruimte aan de {{Binckhorstlaan|PLACE}} "
              "de volgende goederen in beslag genomen ({{artikel 94 Wetboek van Strafvordering|LAW}})."),
        ("table", ["Nr", "Omschrijving", "Aantal", "Eigenaar / beslagene"], [
            ["1", "Mobiele telefoon iPhone 14", "1", "[[BOUZIANE, Karim]]"],
            ["2", "Contant geld", "€ 12.450", "[[BOUZIANE, Karim]]"],
            ["3", "Scooter Piaggio", "1", "[[VISSER, Henk]]"],
            ["4", "Laptop HP", "1", "[[KOWALSKI, Marta]]"],
            ["5", "Weegschaal digitaal", "2", "onbekend"],
            ["6", "Sieraden (ringen)", "6", "[[JAGROEP, Anita]]"],
            ["7", "Rijbewijs", "1", "[[BOUZIANE, Karim]]"],
            ["8", "Horloge Rolex", "1", "[[EL HADDOUCHI, Samir]]"],
            ["9", "Bankpas", "1", "[[MULDER, Priscilla]]"],
        ], [0.07, 0.38, 0.15, 0.40]),
        ("p", "De beslagene is gewezen op de mogelijkheid van een klaagschrift ({{artikel 552a Wetboek van Strafvordering|LAW}})."),
        ("kv", [("Verbalisant", "[[Sander Boekhout]]"), ("Tweede verbalisant", "[[Eveline Tjin]]")]),
        ("p", "Het beslag is ingeboekt bij {{Domeinen Roerende Zaken|ORG}}."),
    ],
    footer="Politie - Kennisgeving van inbeslagneming",
))

# 24 ----------------------------------------------------------------- overbewoning inspection (Chromium report)
DOCS.append(Doc(
    name="al24_toezicht_overbewoning_schiedam", producer="html", style="report",
    title="Controlerapport huisvesting",
    letterhead=["{{Gemeente Schiedam}} – {{Team Toezicht Wonen|ORG}}"],
    header_right="Zaak {{WON-2025-0144|CASENO}}",
    blocks=[
        ("title", "Controlerapport overbewoning en brandveiligheid"),
        ("kv", [("Adres", "[[Nieuwe Haven 87-A|ADDRESS]], {{Schiedam|PLACE}}"),
                ("Eigenaar", "{{Haven Vastgoed Beheer B.V.|ORG}}, bestuurder [[Lucas van der Wal-Frederiks]]"),
                ("Controle", "{{13 maart 2025|DATE}}, samen met de {{Veiligheidsregio Rotterdam-Rijnmond|ORG}} ({{VRR|ACRONYM}})"),
                ("Toezichthouders", "[[Ingrid Smulders]], [[Ruben Dekkers]]; brandweer: [[Yusuf Çelik]]")]),
        ("h", "Aangetroffen bewoners"),
        ("table", ["Kamer", "Naam", "Nationaliteit", "Ingeschreven BRP"], [
            ["1", "[[Paweł Nowak]]", "Pools", "ja"],
            ["1", "[[Tomasz Nowak]]", "Pools", "nee"],
            ["2", "[[Hassan Mohamed Nur]]", "Somalisch", "ja"],
            ["3", "[[Phạm Văn Hùng]]", "Vietnamees", "nee"],
            ["4", "[[Agnieszka Lewandowska]]", "Pools", "nee"],
            ["zolder", "[[Ionuț Popa]]", "Roemeens", "nee"],
        ], [0.12, 0.38, 0.22, 0.28]),
        ("p", "De heer [[Mohamed Nur]] verklaarde dat hij € 550 per maand contant betaalt aan een man die zich "
              "'[[Luuk]]' noemt. De zolderkamer heeft geen tweede vluchtweg. [[Çelik]] heeft een {{gebruiksverbod|TERM}} voor "
              "de zolder opgelegd."),
        ("p", "Buurman [[Gerard Molenkamp]] ([[Nieuwe Haven 85|ADDRESS]]) meldde de overlast; hij is bereikbaar op [[06-11 90 37 48]]. Het pand ligt in het gebied van de {{Huisvestingsverordening Schiedam 2024|LAW}}; voor kamerverhuur aan meer "
              "dan vier personen is een {{omzettingsvergunning|TERM}} nodig. Een last onder dwangsom wordt voorbereid. "
              "Signaal aan het {{Landelijk Informatiepunt Arbeidsmigranten|ORG}} en aan {{SZW|ACRONYM}}."),
        ("p", "Contact met de eigenaar: [[l.vdwal@havenvastgoed.nl]], [[010 - 246 08 71]]. De toezichthouders zijn "
              "bereikbaar via {{toezichtwonen@schiedam.nl|MAILBOX}}."),
        ("small", "Rapport: [[I. Smulders]] ([[IS|PARAPH]]) – gezien: [[R. Dekkers]] ([[RD|PARAPH]])"),
    ],
    footer="Gemeente Schiedam – controlerapport – bevat persoonsgegevens",
))

# 25 ----------------------------------------------------------------- beslisnota burgemeester (LibreOffice, 2 pages)
DOCS.append(Doc(
    name="al25_beslisnota_inzet_boas_utrecht", producer="docx",
    title="Beslisnota burgemeester – inzet BOA's en bodycams",
    letterhead=["{{Gemeente Utrecht}}", "{{Veiligheidsbeleid|ORG}}"],
    header_right="Nota {{BN-OOV-2025-023|CASENO}}",
    author="[[Hanna Verschoor]]",
    blocks=[
        ("kv", [("Aan", "burgemeester {{Dijksma|PUBLIC_OFFICIAL}}"),
                ("Van", "[[Hanna Verschoor]], {{senior beleidsadviseur|ROLE}} veiligheid"),
                ("Datum", "{{27 mei 2025|DATE}}"),
                ("Contactpersoon", "[[Hanna Verschoor]], [[06 – 4178 2093]], [[h.verschoor@utrecht.nl]]"),
                ("Kopie aan", "[[Bas Rijnders]] (teamleider Toezicht), [[Sanne van Leeuwen-Tahiri]] (communicatie)")]),
        ("h", "Aanleiding"),
        ("p", "Op 18 mei 2025 werden twee BOA's mishandeld op het {{Vredenburgplein|PLACE}}. Kamerlid "
              "{{Ellian|PUBLIC_OFFICIAL}} (VVD) vroeg de minister om bodycams voor alle handhavers. Minister "
              "{{Van Weel|PUBLIC_OFFICIAL}} antwoordde dat dit aan gemeenten is. Kamerlid {{Mutluer|PUBLIC_OFFICIAL}} "
              "sprak in het debat van 'een onhoudbare situatie voor handhavers'."),
        ("h", "Geadviseerd besluit"),
        ("p", "Aan de burgemeester wordt gevraagd in te stemmen met (1) een proef met {{bodycams|TERM}} in het "
              "{{Stationsgebied|PLACE}} en (2) koppeling aan het {{Actieplan Veilig Werken BOA's|PROGRAMME}}."),
        ("h", "Kern"),
        ("p", "De slachtoffers, BOA's [[Fatima Zahra Bouchtaoui]] en [[Maarten Wijnbergen]], zijn hersteld. Zij hebben "
              "aangifte gedaan; verdachte [[Krzysztof Wiśniewski]] is aangehouden. {{Politie Midden-Nederland|ORG}} en "
              "het {{Openbaar Ministerie|ORG}} ({{OM|ACRONYM}}) behandelen de zaak met voorrang ({{Eenduidige Landelijke Afspraken|PROGRAMME}})."),
        ("pb",),
        ("h", "Krachtenveld"),
        ("p", "De {{ondernemingsraad|ROLE}} (voorzitter [[Koen Ruigrok]]) steunt de proef onder voorwaarden. "
              "{{Bond van Handhavers|ORG}} heeft via [[Jolanda Pinas]] gevraagd ook camera's in dienstvoertuigen te plaatsen. "
              "Wethouder {{Dennis de Vries|PUBLIC_OFFICIAL}} vraagt aandacht voor de kosten."),
        ("h", "Financiën"),
        ("p", "De proef kost € 84.000 (28 camera's, opslag en training) en wordt gedekt uit het budget "
              "{{Veilige Publieke Taak|PROGRAMME}}. Uitvoering: {{BOA-coördinator|ROLE}} [[Ruud van Schaik]], [[030 – 286 4410]]."),
        ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
            ["[[H. Verschoor]]", "{{senior beleidsadviseur|ROLE}}", "[[HV|PARAPH]]", "27-05"],
            ["drs. [[E.M. Kalkman]]", "{{directeur Veiligheid|ROLE}}", "[[EMK|PARAPH]]", "28-05"],
        ]),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: nog in te vullen bij openbaarmaking."),
    ],
    hidden=[("comment", "De slachtoffers, BOA",
             "Namen slachtoffers weghalen? Zie mail van [[Gert-Jan Nieuwenhuis]] (privacy)", "[[Bas Rijnders]]", "BR")],
    footer="Gemeente Utrecht – beslisnota",
))

# 26 ----------------------------------------------------------------- police mutation print, scanned image-only
DOCS.append(Doc(
    name="al26_politie_mutaties_scan", producer="rl", style="report", scan="image", seed=26,
    title="BVH mutaties",
    letterhead=["Politie Eenheid Noord-Nederland", "Basisteam Leeuwarden - print mutaties"],
    header_right="Print 2025-02-10 08:02",
    blocks=[
        ("title", "Mutaties wijk Heechterp-Schieringen"),
        ("table", ["Datum", "Soort", "Omschrijving"], [
            ["07-02 23:14", "Overlast", "Melder [[Sjoerdtsje Hoekstra-Bosma]] belt over harde muziek bij buren. Ter plaatse: "
                                          "[[Ayaan Hersi Abdullahi]] zegt 'feestje voor verjaardag'. Afgedaan met waarschuwing."],
            ["08-02 02:40", "Burenruzie", "[[Wietse Dijkstra]] en [[Hassan Hersi]] in gevecht in portiek. Beiden gehoord. "
                                          "Getuige [[Tjitske de Boer]]."],
            ["09-02 15:05", "Diefstal", "Fiets gestolen van [[Gerbrich Postma]], aangifte opgenomen door [[agent R. Sikkema|PERSON]]".replace("agent ", "")],
        ], [0.15, 0.15, 0.7]),
        ("p", "Melding 09-02 ook van [[Klaas Wiersma]] (overbuurman). Wijkagent [[Anne-Marieke Terpstra]] heeft een buurtbemiddelingstraject voorgesteld. "
              "Contact [[06-41023398]]."),
    ],
    footer="Politie - vertrouwelijk - print BVH",
))

# 27 ----------------------------------------------------------------- RIEC casusoverleg (Chromium report, 2 pages)
DOCS.append(Doc(
    name="al27_riec_casusoverleg_verslag", producer="html", style="report",
    title="Verslag casusoverleg RIEC",
    letterhead=["{{RIEC Oost-Brabant|ORG}} – Regionaal Informatie- en Expertise Centrum"],
    header_right="Casus {{RIEC-OB-2025-017|CASENO}} – gerubriceerd",
    blocks=[
        ("title", "Verslag casusoverleg 'Stratumseind'"),
        ("kv", [("Datum", "{{13 mei 2025|DATE}}"),
                ("Voorzitter", "[[Marjan Kerkhofs]] ({{RIEC|ACRONYM}})"),
                ("Aanwezig", "[[Jeroen van Gils]] ({{Gemeente Eindhoven|ORG}}), [[Priya Sewnarain]] ({{Belastingdienst}}), "
                             "[[Ruud Kwakkelstein]] ({{Politie Oost-Brabant|ORG}}), [[Elif Demirtaş]] ({{OM|ACRONYM}}), "
                             "[[Sander Claessens]] ({{FIOD|ACRONYM}})"),
                ("Afwezig", "[[Baukje Zijlstra]] ({{UWV|ACRONYM}})"),
                ("Verslag", "[[Mila Janssen-Koç]]")]),
        ("h", "1. Stand van zaken"),
        ("p", "De gemeente heeft het {{Bibob|ACRONYM}}-advies ontvangen over {{Stratum Horeca Holding B.V.|ORG}}. "
              "[[Van Gils]] licht toe dat de burgemeester voornemens is de vergunning met voorschriften te verlenen."),
        ("p", "[[Sewnarain]] meldt dat de partner van de bestuurder, [[Dilan Aksoy]], een betalingsregeling heeft "
              "getroffen. De politie ([[Kwakkelstein]]) heeft informatie dat de heer [[Hakan Yıldırım]] contact onderhoudt "
              "met [[Rachid el Boukhari]] alias '[[Rocky]]', die in 2024 is veroordeeld (zijn broer [[Yusuf el Boukhari]] staat als beheerder van het pand ingeschreven) voor {{witwassen|TERM}}."),
        ("h", "2. Afspraken"),
        ("table", ["Nr", "Actie", "Wie", "Wanneer"], [
            ["1", "Controle administratie na opening", "[[Van Gils]]", "sept. 2025"],
            ["2", "Bestuurlijke rapportage over [[el Boukhari]]", "[[Kwakkelstein]]", "juni 2025"],
            ["3", "Boekenonderzoek {{Eetcafé De Bergen V.O.F.|ORG}} (oude schulden)", "[[Sewnarain]]", "juli 2025"],
            ["4", "Terugkoppeling {{Integraal Afwegingskader|PROGRAMME}}", "[[Kerkhofs]]", "volgend overleg"],
        ], [0.06, 0.54, 0.22, 0.18]),
        ("pb",),
        ("h", "3. Rondvraag"),
        ("p", "[[Demirtaş]] meldt dat het {{OM|ACRONYM}} geen lopend onderzoek heeft. [[Claessens]] vraagt de gemeente "
              "signalen over vastgoedaankopen op de {{Dommelstraat|PLACE}} te delen via het {{RIEC|ACRONYM}}-convenant "
              "({{Convenant RIEC-LIEC 2021|LAW}})."),
        ("p", "Volgend overleg: 10 juni 2025, locatie {{Politiebureau Mathildelaan|PLACE}}. Secretariaat: "
              "{{secretariaat@riec-ob.nl|MAILBOX}}, {{088 - 126 33 00|PHONE_SWITCHBOARD}}."),
        ("small", "Verspreiding: alleen deelnemers. Vragen over dit verslag: [[Mila Janssen-Koç]], [[06 2288 1367]], "
                  "[[m.janssen-koc@riec-ob.nl]]."),
    ],
    footer="RIEC Oost-Brabant – gerubriceerd – niet verder verspreiden zonder toestemming",
))

# 28 ----------------------------------------------------------------- Zorg- en Veiligheidshuis (LibreOffice)
DOCS.append(Doc(
    name="al28_zvh_casusoverleg_jongvolwassene", producer="docx",
    title="Casusoverleg Zorg- en Veiligheidshuis",
    letterhead=["{{Zorg- en Veiligheidshuis Rotterdam-Rijnmond|ORG}}", "{{Casusoverleg Jongvolwassenen|PROGRAMME}}"],
    header_right="Casusnummer {{ZVH-RR-2025-0815|CASENO}}",
    blocks=[
        ("title", "Verslag casusoverleg – plan van aanpak"),
        ("kv", [("Cliënt", "[[ROSALIA, Giovanni Jurmaine]]"),
                ("Geboren", "[[11-01-2005|DOB]], {{Willemstad|PLACE}}"),
                ("Woonadres", "[[Hillevliet 212-B|ADDRESS]], {{Rotterdam|PLACE}}"),
                ("Procesregisseur", "[[Kimberly Pieternella]], [[k.pieternella@zvhrr.nl]]"),
                ("Datum", "{{5 februari 2025|DATE}}")]),
        ("h", "Deelnemers"),
        ("table", ["Naam", "Organisatie", "Rol"], [
            ["[[Kimberly Pieternella]]", "{{Zorg- en Veiligheidshuis Rotterdam-Rijnmond|ORG}}", "{{procesregisseur|ROLE}}"],
            ["[[Rudsel Cijntje]]", "{{Reclassering Nederland|ORG}}", "{{reclasseringswerker|ROLE}}"],
            ["[[Annemarie Koolhoven]]", "{{Wijkteam Feijenoord|ORG}}", "{{wijkcoach|ROLE}}"],
            ["[[Emre Aydın]]", "{{Politie Eenheid Rotterdam|ORG}}", "{{wijkagent|ROLE}}"],
            ["[[Dayenne Rosalia]]", "–", "moeder (deels aanwezig)"],
        ]),
        ("h", "Situatie"),
        ("p", "[[Giovanni]] ([[Gio]]) kwam in 2021 vanuit {{Curaçao|PLACE}} naar Nederland. Hij is twee keer aangehouden "
              "voor {{heling|TERM}} en heeft schulden van ruim € 6.000. Zijn moeder, mevrouw [[Rosalia]], vertelt in het {{Papiamentu|TERM}} "
              "dat hij 's nachts weg is met vrienden uit de {{Afrikaanderwijk|PLACE}}. De {{wijkagent|ROLE}} [[Aydın]] noemt "
              "[[Shurwin Martis]] als negatieve invloed. Zijn vader, [[Rignaldo Rosalia]], woont nog op {{Curaçao|PLACE}}."),
        ("h", "Afspraken"),
        ("p", "(1) [[Cijntje]] start een traject bij {{Stichting Dock Rotterdam|ORG}}; (2) [[Koolhoven]] meldt "
              "[[Giovanni]] aan bij {{Kredietbank Rotterdam|ORG}}; (3) [[Pieternella]] plant een {{Top400|PROGRAMME}}-toets. "
              "Het {{Curaçaohuis|ORG}} wordt gevraagd te ondersteunen in contact met familie op [[Kaya Kanarie 9|ADDRESS]], {{Willemstad|PLACE}}."),
        ("small", "Grondslag gegevensdeling: {{Convenant Zorg- en Veiligheidshuizen|LAW}}. Vragen: {{info@zvhrr.nl|MAILBOX}}."),
    ],
    hidden=[("field", "Verslaglegger", "[[Rudsel Cijntje]] / [[Annemarie Koolhoven]]")],
    footer="Zorg- en Veiligheidshuis Rotterdam-Rijnmond – vertrouwelijk",
))

# 29 ----------------------------------------------------------------- mail thread bailiff/lawyer (Chromium mail, 2 pages)
DOCS.append(Doc(
    name="al29_mailwisseling_invordering_deurwaarder", producer="html", style="mail",
    title="RE: invordering dwangsom VTH-2025-01487",
    letterhead=["[[Ilse Verbruggen]]"],
    blocks=[
        ("kv", [("Van:", "[[Ilse Verbruggen]] <[[ilse.verbruggen@arnhem.nl]]>"),
                ("Namens:", "[[Fleur Timmermans]] (stagiaire) heeft dit bericht opgesteld"),
                ("Verzonden:", "donderdag {{6 maart 2025|DATE}} 11:02"),
                ("Aan:", "mr. [[R. Zwart-Chaoui]] <[[r.zwartchaoui@advocatenhuisarnhem.nl]]>"),
                ("CC:", "[[Esmée Nijenhuis]] <[[e.nijenhuis@rijn-ijssel-gdw.nl]]>; {{invordering@arnhem.nl|MAILBOX}}"),
                ("Onderwerp:", "RE: invordering dwangsom {{VTH-2025-01487|CASENO}}")]),
        ("p", "Geachte mevrouw [[Zwart-Chaoui]],"),
        ("p", "Dank voor uw bericht. Het exploot is gisteren betekend door de heer [[Wassink]]. Wij zijn bereid de "
              "invordering op te schorten tot de uitspraak van de {{Rechtbank Gelderland|ORG}}, op voorwaarde dat uw "
              "cliënt, de heer [[Abdel-Kader Haddad]], een bedrag van € 1.000 betaalt."),
        ("p", "Met vriendelijke groet,\n[[Ilse Verbruggen]]\n{{juridisch medewerker|ROLE}} {{Team Vergunningen, Toezicht en Handhaving}}\n"
              "[[026 – 377 4128]] | {{Gemeente Arnhem}}"),
        ("h", "Oorspronkelijk bericht"),
        ("kv", [("Van:", "mr. [[R. Zwart-Chaoui]]"),
                ("Verzonden:", "woensdag 5 maart 2025 17:45"),
                ("Aan:", "[[ilse.verbruggen@arnhem.nl]]"),
                ("Onderwerp:", "invordering dwangsom {{VTH-2025-01487|CASENO}}")]),
        ("p", "Geachte mevrouw [[Verbruggen]],"),
        ("p", "Tot mijn verbazing heeft de deurwaarder vandaag bij mijn cliënt aangebeld en met zijn echtgenote "
              "gesproken. Er loopt een beroep ({{ARN 25/1187|CASENO}}). Ik verzoek u de invordering te staken. "
              "Mijn cliënt woont met vier kinderen op de [[Sonsbeeksingel 77|ADDRESS]] en heeft geen middelen. Zijn "
              "budgetcoach, de heer [[Olaf Brouwer]] van {{Rijnstad|ORG}}, kan dit bevestigen ([[06-31 22 84 09]])."),
        ("p", "Met vriendelijke groet,\nmr. [[Rachida Zwart-Chaoui]]\n{{Advocatenhuis Arnhem|ORG}}\nT [[026 – 351 90 24]]"),
        ("pb",),
        ("kv", [("Van:", "[[Esmée Nijenhuis]] <[[e.nijenhuis@rijn-ijssel-gdw.nl]]>"),
                ("Verzonden:", "donderdag 6 maart 2025 13:20"),
                ("Aan:", "[[Ilse Verbruggen]]; mr. [[R. Zwart-Chaoui]]"),
                ("Onderwerp:", "RE: invordering dwangsom {{VTH-2025-01487|CASENO}} – ons dossier {{RIJ-25-08812|CASENO}}")]),
        ("p", "Geachte dames,"),
        ("p", "Wij hebben de {{executie|TERM}} in dit dossier aangehouden. Mijn collega [[H.J. Wassink]] heeft het exploot "
              "rechtsgeldig betekend; de kosten ad € 127,66 blijven verschuldigd. Ik ontvang graag uiterlijk 20 maart "
              "bericht of de betaling van € 1.000 is voldaan."),
        ("p", "Met vriendelijke groet,\n[[Esmée Nijenhuis]]\n{{kandidaat-gerechtsdeurwaarder|ROLE}}\n"
              "{{Gerechtsdeurwaarderskantoor Rijn & IJssel|ORG}}\n{{026 - 442 10 60|PHONE_SWITCHBOARD}} (algemeen) | [[026-442 10 67]] (direct)"),
        ("small", "Dit bericht is uitsluitend bestemd voor de geadresseerde. De {{KBvG|ACRONYM}} Verordening beroeps- en gedragsregels is van toepassing."),
    ],
    footer="Afgedrukt door [[Verbruggen, Ilse]] – 06-03-2025 14:02",
))

# 30 ----------------------------------------------------------------- enforcement register (reportlab, 2 pages)
_reg = [
    ["NVWA-25-0412", "{{Warenwet|LAW}}", "{{Restaurant Saigon Pearl|ORG}}, {{Den Bosch|PLACE}}", "[[Đặng Thị Lan]] (eigenaar)", "[[B. Oudshoorn]]", "boete € 1.050"],
    ["NVWA-25-0419", "{{Tabaks- en rookwarenwet|LAW}}", "{{Tabakszaak Het Anker|ORG}}, {{Oss|PLACE}}", "[[Cor van Dinther]]", "[[A. Öztürk-Demir]]", "waarschuwing"],
    ["ILT-25-0781", "Wet wegvervoer goederen", "{{Transportbedrijf Maas & Waal B.V.|ORG}}", "[[M. van Rhijn-de Gooijer]]", "[[J. Hoekstra]]", "voornemen boete"],
    ["NLA-25-0311", "Arbowet", "{{Bouwbedrijf Van Wijk & Zn. B.V.|ORG}}", "[[P.B. van Wijk]]", "[[S. Ramdien]]", "boete € 13.500"],
    ["NLA-25-0612", "Wav", "{{Glastuinbouw Naaldwijk B.V.|ORG}}", "[[Trương Văn Lộc]]", "[[E. Guðmundsson]]", "boeterapport"],
    ["VTH-25-1487", "Omgevingswet", "particulier, {{Arnhem|PLACE}}", "[[A. Abdel-Kader Haddad]]", "[[W. Gelderblom]]", "LOD"],
    ["WON-25-0144", "Huisvestingswet", "{{Haven Vastgoed Beheer B.V.|ORG}}", "[[L. van der Wal-Frederiks]]", "[[I. Smulders]]", "LOD in voorbereiding"],
]
DOCS.append(Doc(
    name="al30_handhavingsregister_regio_zuid", producer="rl", style="report",
    title="Handhavingsregister samenwerkende toezichthouders",
    letterhead=["Samenwerkingsverband Toezicht Zuid-Nederland", "Register handhavingsacties - extract"],
    header_right="Peildatum {{31-05-2025|DATE}}",
    blocks=[
        ("title", "Extract handhavingsregister (ter bespreking in het toezichtsoverleg)"),
        ("p", "Dit extract bevat de lopende handhavingsacties met een ketenpartner. Contactpersonen van bedrijven en "
              "behandelende inspecteurs zijn vermeld voor de afstemming; het register valt onder het "
              "{{Convenant Samenwerkend Toezicht 2023|LAW}}."),
        ("table", ["Zaak", "Wet", "Object", "Contactpersoon object", "Inspecteur", "Stand"],
         [[("{{%s|CASENO}}" % r[0])] + r[1:] for r in _reg], [0.13, 0.15, 0.22, 0.2, 0.15, 0.15]),
        ("h", "Toelichting per zaak"),
        ("p", "{{NVWA-25-0412|CASENO}}: bij de inspectie van {{Restaurant Saigon Pearl|ORG}} trof inspecteur "
              "[[Oudshoorn]] een verlopen {{HACCP-logboek|TERM}} aan. De eigenaar, mevrouw [[Đặng]], was niet aanwezig; haar zoon "
              "[[Minh Đặng]] gaf toegang. Het restaurant is bereikbaar via {{073 - 612 55 40|PHONE_SWITCHBOARD}}."),
        ("p", "{{NVWA-25-0419|CASENO}}: verkoop van tabak aan een minderjarige tijdens een nalevingsonderzoek "
              "({{mystery shopper|TERM}}). De heer [[Van Dinther]] heeft de verkoper, [[Bram Verstappen]], op non-actief gezet. De ouders van de minderjarige, de heer en mevrouw [[Haverkamp-Lunenburg]], zijn schriftelijk geïnformeerd."),
        ("pb",),
        ("p", "{{NLA-25-0612|CASENO}}: de boekhouder [[Wilma Kuijpers-Ammerlaan]] heeft op 9 april documenten overgelegd. "
              "Er werkten drie personen zonder tewerkstellingsvergunning, onder wie [[Farid Ahmadzai]], [[Mirwais Noorzai]] en [[Oksana Hrytsenko]]."),
        ("p", "{{WON-25-0144|CASENO}}: de {{Gemeente Schiedam}} overweegt ook een {{Bibob|ACRONYM}}-toets. Contact "
              "via toezichthouder [[Ingrid Smulders]], [[i.smulders@schiedam.nl]], [[010 - 246 53 12]]."),
        ("h", "Afstemming"),
        ("p", "Het volgende toezichtsoverleg is op 26 juni 2025 in {{'s-Hertogenbosch|PLACE}}. Burgemeester "
              "{{Mikkers|PUBLIC_OFFICIAL}} opent het overleg. Coördinator: [[Noor Bennani-Verhoeven]] "
              "([[noor.bennani@toezichtzuid.nl]], [[+31 73 615 4472]]). Algemeen: {{info@toezichtzuid.nl|MAILBOX}}."),
    ],
    hidden=[("note", 1, "[[Verstappen]] is de neef van [[Van Dinther]] - relevant voor de boete?", "[[N. Bennani-Verhoeven]]")],
    footer="Samenwerkingsverband Toezicht Zuid-Nederland - extract - vertrouwelijk",
))
