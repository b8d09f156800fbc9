from lib import rl_doc, docx_doc, scan_doc, form_doc

DOCS = []
A = DOCS.append

# vk12 notulen hoofdstembureau (outline with names)
A(rl_doc("vk12_notulen_hoofdstembureau", [
    ("h", "Verslag openbare zitting hoofdstembureau – 23 maart 2026"),
    ("p", "Locatie: raadzaal, {{Vestingplein 1|L}}, {{Drunen|L}}. Aanvang 10.00 uur. Kenmerk {{HSB/2026/011|F}}."),
    ("t", [["Naam", "Rol", "Paraaf"],
           ["{{burgemeester W.H. Veerkamp|R}}", "voorzitter", "–"],
           ["mr. [[C.M. Ravensbergen|P]]", "lid", "[[CMR|C]]"],
           ["[[drs. E.J.H. Mulder-Strijbosch|P]]", "plaatsvervangend voorzitter", "[[EMS|C]]"],
           ["[[L.A. ten Brinke|P]]", "lid", "[[LtB|C]]"],
           ["[[T. Rademaker|P]]", "secretaris (ambtelijk)", "[[TRa|C]]"],
           ["[[Y. Lamberts|P]]", "notulist", "[[YL|C]]"]], [190, 150, 60]),
    ("p", "Aanwezig op de publieke tribune: circa twaalf personen, onder wie {{raadslid Koolhoven|R}} ({{VVD|O}}) en de kandidaat {{Jeroen Buitendijk|K}} (lijst 4). Ook de voorzitter van stembureau 9, mevrouw [[Van der Zwaluw|P]], is aanwezig."),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de zitting en meldt dat het {{hoofdstembureau|O}} tevens optreedt als {{gemeentelijk stembureau|O}} ({{artikel Na 1|F}} {{Kieswet|W}}). Het controleprotocol van de {{Kiesraad|O}} gaf voor stembureau 9 een signalering."),
    ("h", "2. Verzoek tot hertelling stembureau 9"),
    ("p", "Secretaris [[Rademaker|P]] licht de afwijking toe: 121 stemmen voor lijst 4 tegen 212 voor lijst 5, waar de naburige stembureaus een omgekeerde verhouding laten zien. Mevrouw [[Van der Zwaluw|P]] verklaart dat de tellers laat begonnen en dat een kiezer bezwaar maakte. Het lid [[Ravensbergen|P]] vraagt of de stembiljetten verzegeld zijn gebleven; de secretaris bevestigt dat de verzegelde pakken in de kluis van het {{Stadskantoor|Q}} liggen, zie het logboek ({{LB-2026-03|F}})."),
    ("p", "Besluit: het {{hoofdstembureau|O}} besluit tot hertelling van alle stembiljetten van stembureau 9, vandaag om 13.30 uur in de raadzaal, door tellers [[T. van Wanrooij|P]] en [[J.W.P. van Iersel|P]] onder toezicht van het lid [[Ten Brinke|P]]."),
    ("pb", 0),
    ("h", "3. Uitkomst hertelling (13.30-15.10 uur)"),
    ("p", "Lijst 4 {{Lokaal Heusden|O}}: 212 stemmen (was 121). Lijst 5 {{GroenLinks-PvdA|O}}: 121 stemmen (was 212). Overige lijsten ongewijzigd. De voorzitter stelt vast dat de telstaat is verwisseld; er is geen aanwijzing voor opzet. De gegevens worden in {{Osiris Uitslag|X}} gecorrigeerd en het proces-verbaal {{Na 31-2|F}} wordt aangevuld."),
    ("h", "4. Actiepunten"),
    ("t", [["Nr.", "Actie", "Wie", "Gereed"],
           ["1", "Gecorrigeerde uitslag invoeren en tweede invoer laten controleren", "[[YL|C]] / [[RAH|C]]", "23-03"],
           ["2", "Antwoord aan kiezer die bezwaar maakte (brief burgemeester)", "[[RAH|C]]", "27-03"],
           ["3", "Gesprek met tellers stembureau 9 over werkwijze", "[[MDV|C]]", "03-04"],
           ["4", "Evaluatie voor de raadscommissie {{Bestuur en Middelen|O}}", "[[TRa|C]]", "15-04"]], [26, 270, 80, 50]),
    ("h", "5. Rondvraag"),
    ("p", "{{Raadslid Koolhoven|R}} vraagt of de stembureauleden van stembureau 9 worden aangesproken. De voorzitter antwoordt dat het team Verkiezingen gesprekken voert en dat namen niet in de openbare zitting worden genoemd. De kandidaat {{Jeroen Buitendijk|K}} dankt het {{hoofdstembureau|O}} voor de snelle hertelling. Een aanwezige kiezer, de heer [[H. Pennings|P]], vraagt of de kiezer die bezwaar maakte bericht krijgt; dat wordt toegezegd (actiepunt 2)."),
    ("p", "De voorzitter sluit de zitting om 15.25 uur.\nVastgesteld in de zitting van 27 maart 2026. Paraaf secretaris: [[TRa|C]]  Paraaf voorzitter: WHV"),
], font="times", size=10, producer="Acrobat Distiller 23.0 (Windows)", creator="PScript5.dll Version 5.2.2",
    outline=[("Verslag zitting 23-03 – notulist Yvonne Lamberts", 0), ("Hertelling – toezicht Leon ten Brinke", 1)],
    hidden=[("outline", "P", "Yvonne Lamberts"), ("outline", "P", "Leon ten Brinke")]))

# vk13 scan turflijst (handwritten-ish)
A(scan_doc("vk13_scan_turflijst", [
    ("TURFLIJST STEMBUREAU 9 - DRUNEN", 44, "DejaVuSans-Bold.ttf"),
    ("Gemeenteraadsverkiezing 18-03-2026", 34),
    "",
    ("Lijst 1 VVD ............ 174", 36, "DejaVuSerif-Italic.ttf"),
    ("Lijst 2 CDA ............ 203", 36, "DejaVuSerif-Italic.ttf"),
    ("Lijst 3 D66 ............. 88", 36, "DejaVuSerif-Italic.ttf"),
    ("Lijst 4 ................ 212", 36, "DejaVuSerif-Italic.ttf"),
    ("Lijst 5 ................ 121", 36, "DejaVuSerif-Italic.ttf"),
    ("Lijst 6 ................ 297", 36, "DejaVuSerif-Italic.ttf"),
    "",
    ("Geteld door: [[Pieter-Jan Hooft|P]] en [[Sanne Wijnbergen|P]]", 36, "DejaVuSerif-Italic.ttf"),
    ("Overgenomen op telstaat door: [[Sanne Wijnbergen|P]]", 36, "DejaVuSerif-Italic.ttf"),
    ("Voorzitter: [[Henriette van der Zwaluw|P]]", 36, "DejaVuSerif-Italic.ttf"),
    ("Tel. voorzitter [[0628419017|T]]", 36, "DejaVuSerif-Italic.ttf"),
    "",
    ("Let op: kolom 4 en 5 NIET omdraaien!! - [[Omer Karatas|P]]", 34, "DejaVuSerif-Italic.ttf"),
], angle=0.8, producer="Canon iR-ADV C5840 PDF"))

# vk14 proces-verbaal hertelling (docx)
A(docx_doc("vk14_pv_hertelling", [
    ("h", "Proces-verbaal hertelling stembureau 9 – model {{Na 31-2|F}} (bijlage 2)"),
    ("p", "Het {{gemeentelijk stembureau|O}} van de {{Gemeente Heusden|O}} heeft op 23 maart 2026 in openbare zitting de stembiljetten van stembureau 9 ({{Dorpshuis De Voorste Venne|Q}}) opnieuw geteld, op grond van artikel {{N 12|F}} van de {{Kieswet|W}}."),
    ("p", "Aanleiding: signalering in het controleprotocol (verschil lijst 4/lijst 5), bezwaar van een kiezer opgenomen in het proces-verbaal {{N 10-1|F}}, en de verklaring van de voorzitter van het stembureau, mevrouw [[H.M. van der Zwaluw|P]]."),
    ("t", [["Lijst", "Oorspronkelijk", "Na hertelling", "Verschil"],
           ["4 {{Lokaal Heusden|O}}", "121", "212", "+91"],
           ["5 {{GroenLinks-PvdA|O}}", "212", "121", "-91"],
           ["overige lijsten", "762", "762", "0"]]),
    ("p", "Voorkeurstemmen lijst 4: kandidaat 1 {{Ingrid Wouters-Klerx|K}} 97, kandidaat 6 {{Jeroen Buitendijk|K}} 64, overige kandidaten 51. Met de hertelling behaalt {{Jeroen Buitendijk|K}} de voorkeursdrempel en wordt hij met voorkeurstemmen gekozen."),
    ("pb", 0),
    ("p", "Tellers bij de hertelling: [[T. van Wanrooij|P]] en [[J.W.P. van Iersel|P]]. Toezicht: [[L.A. ten Brinke|P]]. Invoer in {{Osiris Uitslag|X}}: [[Y. Lamberts|P]]; tweede invoer: [[A. Verhagen|P]]."),
    ("p", "Aldus vastgesteld op 23 maart 2026 om 15.20 uur.\n\nDe voorzitter, {{W.H. Veerkamp|R}}\nDe leden: mr. [[C.M. Ravensbergen|P]], [[L.A. ten Brinke|P]]\nDe secretaris: [[T. Rademaker|P]]"),
], author="Rademaker, T.", producer="LibreOffice 24.2", creator="Writer",
    hidden=[("metadata", "P", "Rademaker, T.")]))

# vk15 bedankbrief burgemeester aan stembureauleden
A(rl_doc("vk15_brief_burgemeester_stembureauleden", [
    ("p", "{{Gemeente Heusden|O}} | Postbus 41 | 5250 AA {{Vlijmen|L}} | {{www.heusden.nl|M}}"),
    ("p", "Aan de leden van stembureau 9\nt.a.v. mevrouw [[H.M. van der Zwaluw|P]]\n[[Prinses Irenestraat 15|A]]\n[[5151 CG|A]] {{Drunen|L}}"),
    ("p", "Drunen, 1 april 2026\nOnderwerp: dank en terugblik telling 18 maart"),
    ("p", "Beste [[Jet|N]],"),
    ("p", "Namens het {{hoofdstembureau|O}} dank ik jou en de leden van stembureau 9 – [[Ömer|N]], [[Gerda|N]], [[Kees|N]], [[Sanne|N]] en [[Pieter-Jan|N]] – voor jullie inzet op 18 maart. Een lange dag, in een druk stembureau met ruim elfhonderd kiezers."),
    ("p", "Zoals je weet, is bij het overnemen van de telling op de telstaat een fout gemaakt, die bij de hertelling in de openbare zitting is hersteld. Zulke fouten komen in heel Nederland voor; daarom is het controleprotocol er. Wat ik wel wil meegeven: als een kiezer bezwaar maakt, is opnieuw tellen vaak de snelste weg naar zekerheid. Dat staat ook in de nieuwe instructie van de {{Kiesraad|O}}."),
    ("p", "Ik hoop dat jullie bij de {{Tweede Kamerverkiezing|O}} weer meedoen. Het team Verkiezingen neemt contact met jullie op."),
    ("p", "Met hartelijke groet,\n\n{{burgemeester W.H. Veerkamp|R}}\nvoorzitter {{hoofdstembureau|O}} {{Heusden|L}}"),
], font="serif", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

# vk16 raadsvragen
A(rl_doc("vk16_raadsvragen", [
    ("h", "Schriftelijke vragen ex artikel 40 {{Reglement van orde gemeenteraad Heusden|W}}"),
    ("p", "Van: {{raadslid Mirjam Smulders-de Graaf|R}} ({{Lokaal Heusden|O}})\nAan: het college van burgemeester en wethouders\nDatum: 25 maart 2026\nOnderwerp: telfout stembureau 9"),
    ("p", "In het {{Brabants Dagblad|O}} van 24 maart lazen wij dat in stembureau 9 de stemmen van {{Lokaal Heusden|O}} en {{GroenLinks-PvdA|O}} verwisseld zijn. Pas na een hertelling door het {{hoofdstembureau|O}} werd dat hersteld. Onze kandidaat {{Jeroen Buitendijk|K}} werd zo alsnog met voorkeurstemmen gekozen. {{Raadslid Smulders-de Graaf|R}} stelt de volgende vragen:"),
    ("p", "1. Hoe is het mogelijk dat een bezwaar van een kiezer in het stembureau niet tot een nieuwe telling leidde?\n2. Hoeveel stembureauleden hebben de e-learning van de {{Kiesraad|O}} gevolgd?\n3. Klopt het dat de tellers in stembureau 9 zonder ervaring waren? Wij vragen het college géén namen te noemen.\n4. Is in andere stembureaus het controleprotocol ook aangeslagen, en zo ja, waar?\n5. Wat doet het college om herhaling bij de {{Tweede Kamerverkiezing|O}} te voorkomen?"),
    ("p", "Ondertekend,\n{{Mirjam Smulders-de Graaf|R}}, fractievoorzitter {{Lokaal Heusden|O}}\n\nContact via de griffie: {{griffie@heusden.nl|M}}, {{0416-696 100|M}}"),
], font="helv", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro"))

# vk17 antwoord college (docx)
A(docx_doc("vk17_antwoord_college", [
    ("h", "Beantwoording schriftelijke vragen {{Lokaal Heusden|O}} over telfout stembureau 9"),
    ("p", "Kenmerk {{Z/26/117305|F}} – datum 14 april 2026 – portefeuillehouder: {{burgemeester Veerkamp|R}}"),
    ("p", "Vraag 1. Het bezwaar is door de voorzitter van het stembureau opgenomen in het proces-verbaal. De {{Kieswet|W}} verplicht een stembureau niet om op een bezwaar opnieuw te tellen. Het {{hoofdstembureau|O}} heeft het bezwaar in de openbare zitting van 23 maart betrokken en tot hertelling besloten."),
    ("p", "Vraag 2. Van de 162 stembureauleden hebben er 158 de e-learning van de {{Kiesraad|O}} afgerond. Vier reserveleden hadden dat nog niet; zij zijn niet ingezet."),
    ("p", "Vraag 3. Wij noemen, zoals gevraagd, geen namen. Eén teller in stembureau 9 deed voor het eerst mee; de andere teller had ervaring bij twee eerdere verkiezingen."),
    ("pb", 0),
    ("p", "Vraag 4. Het controleprotocol sloeg ook aan bij stembureau 17 ({{Sporthal De Kooi|Q}}) door een invoerfout van de gemeente, die dezelfde avond is hersteld."),
    ("p", "Vraag 5. Wij passen de instructie aan: bij een bezwaar over de telling belt de voorzitter de telcoördinator, en tellers controleren elkaar per lijst (vier-ogenprincipe). Ook gebruiken wij de nieuwe telstaat met gekleurde kolommen van de {{Kiesraad|O}}."),
    ("p", "Burgemeester en wethouders van Heusden,\nde secretaris, {{mr. drs. A.C. van Gestel|R}}\nde burgemeester, {{W.H. Veerkamp|R}}"),
    ("p", "Ambtelijk voorbereid door: [[M. Dekkers-Vink|P]] en [[R.A. Hoogendoorn|P]] (kenmerk {{Z/26/117305|F}})."),
], author="Marloes Dekkers-Vink", producer="LibreOffice 24.8", creator="Writer",
    hidden=[("metadata", "P", "Marloes Dekkers-Vink")]))
