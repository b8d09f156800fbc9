# -*- coding: utf-8 -*-
"""Set mixed128, documents wz17-wz33. All persons are invented."""
from lib import Doc

OUTLOOK = dict(producer="Microsoft: Print To PDF", creator="Microsoft Outlook")

DOCS = []

# wz17 GS answer to Statenvragen (2 pages)
DOCS.append(Doc("wz17", [
    "# Beantwoording schriftelijke vragen {{PS2026-114|r}}",
    "Vragen van de Statenleden {{Reijers|f}} ({{PvdD|o}}) en {{Van Wijhe|f}} ({{BBB|o}}) over de ontsnapte serval "
    "bij {{Dierenpark De Wolvenhorst|o}}. Antwoord van gedeputeerde {{Van Dalfsen|f}} namens Gedeputeerde Staten.",
    "",
    "Vraag 1: Klopt het dat toezichthouders op 9 oktober 2025 gebreken vaststelden?",
    "Antwoord: Ja. Twee toezichthouders van team {{Toezicht en Handhaving Groen|o}} stelden schade aan de "
    "omheining vast en maakten afspraken over herstel binnen veertien dagen.",
    "Vraag 2: Waarom is niet direct handhavend opgetreden?",
    "Antwoord: Wij kiezen volgens de {{Gelderse Handhavingsstrategie|t}} eerst voor herstel op basis van afspraken. "
    "Achteraf had een hercontrole binnen vier weken moeten plaatsvinden. Die is niet uitgevoerd door "
    "capaciteitsgebrek. Wij hebben dat verbeterd.",
    "Vraag 3: Hoeveel particuliere dierenparken telt Gelderland?",
    "Antwoord: Gelderland telt 23 houders van een ontheffing voor het houden van beschermde inheemse soorten in "
    "gevangenschap. Zij worden ten minste eenmaal per twee jaar gecontroleerd.",
    "<PAGE>",
    "Vraag 4: Is het college bereid met {{RVO|o}} en de {{NVWA|o}} de dierentuinvergunning te bezien?",
    "Antwoord: De dierentuinvergunning is een bevoegdheid van de minister van {{Landbouw, Visserij, "
    "Voedselzekerheid en Natuur|o}}, uitgevoerd door {{RVO|o}}. De {{NVWA|o}} heeft op 28 januari 2026 "
    "geïnspecteerd. Wij hebben op 12 februari 2026 een last onder dwangsom opgelegd.",
    "Vraag 5: Hoe worden omwonenden geïnformeerd?",
    "Antwoord: Samen met burgemeester {{Lagerwey|f}} is op 4 februari een bewonersavond gehouden in "
    "{{De Dialoog|l}}. Over individuele omwonenden doen wij geen mededelingen.",
    "",
    "Gedeputeerde Staten van Gelderland,",
    "{{J.W. van Dalfsen|f}}, gedeputeerde",
    "Ambtelijk contact: [[Pieter-Bas de Kruijf|P]], [[pb.de.kruijf@gelderland.nl|E]]",
], producer="Aspose.Words for .NET 23.4.0", creator="Provincie Gelderland - iBabs"))

# wz18 press release (XMP creator hidden)
DOCS.append(Doc("wz18", [
    "# Persbericht - Provincie legt dierenpark in Ermelo dwangsom op",
    "{{Arnhem|l}}, 13 februari 2026",
    "",
    "De {{provincie Gelderland|o}} heeft {{Dierenpark De Wolvenhorst|o}} in {{Ermelo|l}} een last onder dwangsom "
    "opgelegd. Het park moet binnen vier weken de omheining van het roofdierenverblijf herstellen. Aanleiding is "
    "de ontsnapping van de serval {{Bram|a}} op 14 januari.",
    "\"Omwonenden moeten erop kunnen vertrouwen dat wilde dieren achter een veilig hek zitten,\" zegt "
    "gedeputeerde {{Van Dalfsen|f}}. \"We werken hierin nauw samen met de {{NVWA|o}}, {{RVO|o}} en de gemeente.\"",
    "Het dier is ongedeerd teruggebracht. De lynx {{Freya|a}} en de bruine beer {{Olga|a}} zijn niet ontsnapt "
    "geweest.",
    "",
    "Noot voor de redactie",
    "Meer informatie: persvoorlichting provincie Gelderland, {{pers@gelderland.nl|m}}, {{026 359 90 00|g}}.",
], producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 18.5 (Windows)",
    xmp_creator="Roos Wijnbergen", author="Roos Wijnbergen",
    hidden=[("metadata", "P", "Roos Wijnbergen")]))

# wz19 AcroForm: meldingsformulier ontsnapt dier
DOCS.append(Doc("wz19", [
    "# Meldingsformulier ontsnapt of verwilderd exotisch dier",
    "Provincie Gelderland - {{Toezicht en Handhaving Groen|o}}  -  formulier {{THG-F07|r}}",
    "Vul dit formulier in bij een ontsnapping uit een inrichting met een ontheffing op grond van de "
    "{{Wet natuurbescherming|w}}. Stuur het naar {{handhaving.groen@gelderland.nl|m}}.",
    "Inrichting: {{Dierenpark De Wolvenhorst|o}}, ontheffing {{Wnb-ONT-2024-1152|r}}",
    "Diersoort: serval ({{Leptailurus serval|t}}), roepnaam {{Bram|a}}",
], form=[("melder_naam", "Naam melder", "Hanneke Ploegmakers-ter Beek"),
         ("melder_tel", "Telefoon melder", "06-19 88 40 52"),
         ("melder_mail", "E-mail melder", "hanneke@ploegmakers-dieren.nl"),
         ("tijdstip", "Tijdstip ontdekking", "14-01-2026 07:30"),
         ("verzorger", "Dienstdoende verzorger", "Jorrit Smeenge"),
         ("ontvangen_door", "Ontvangen door (provincie)", "S. Yilmaz")],
    producer="ReportLab PDF Library - www.reportlab.com", creator="Provincie Gelderland e-formulieren",
    hidden=[("annotations", "P", "Hanneke Ploegmakers-ter Beek"), ("annotations", "T", "06-19 88 40 52"),
            ("annotations", "E", "hanneke@ploegmakers-dieren.nl"), ("annotations", "P", "Jorrit Smeenge"),
            ("annotations", "P", "S. Yilmaz")]))

# wz20 invoice sole trader (animal capture)
DOCS.append(Doc("wz20", [
    "# FACTUUR",
    "[[Wildvang & Dierenhulp Ter Haar|P]]",
    "eenmanszaak van [[Reinier ter Haar|P]]",
    "[[Veenweg 7|A]], [[3881 LN|A]] {{Putten|l}}",
    "KvK [[71104528|N]]   btw [[NL001873345B62|N]]",
    "IBAN [[NL42 RABO 0318 4471 09|I]]",
    "Tel. [[06 2288 1934|T]]",
    "",
    "Aan: {{Provincie Gelderland|o}}, afdeling VTH, Postbus 9090, 6800 GX {{Arnhem|l}}",
    "Factuurnummer: 2026-004     Datum: 16 januari 2026",
    "Inkoopordernummer: {{4500187216|r}}",
    "",
    "| Omschrijving | Aantal | Prijs | Totaal |",
    "| Spoedinzet vangteam 14-01-2026 (2 pers.) | 3,5 u | € 95,00 | € 332,50 |",
    "| Vangkist groot + transport | 1 | € 140,00 | € 140,00 |",
    "| Kilometers {{Putten|l}} - {{Ermelo|l}} v.v. | 38 | € 0,23 | € 8,74 |",
    "| Subtotaal | | | € 481,24 |",
    "| Btw 21% | | | € 101,06 |",
    "| Totaal | | | € 582,30 |",
    "",
    "Graag binnen 30 dagen overmaken o.v.v. factuurnummer. Inzet op verzoek van boa [[D. van den Akker|P]].",
], producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365"))

# wz21 vet invoice to owner (in the file as evidence)
DOCS.append(Doc("wz21", [
    "# Dierenkliniek Noord-Veluwe",
    "[[M. Oudeluttikhuis|P]] dierenarts  -  {{Stationsstraat|l}} 19, {{Putten|l}}",
    "KvK [[60233847|N]]  -  IBAN [[NL07 INGB 0007 7412 63|I]]",
    "",
    "Factuur 26-0091, 23 januari 2026",
    "Aan: [[G.J. Ploegmakers|P]], [[Zandlaan 2|A]], [[3852 MV|A]] {{Ermelo|l}} (privé)",
    "Patiënt: {{Bram|a}} (serval), eigenaar {{Wolvenhorst Exploitatie B.V.|o}}",
    "",
    "| Datum | Verrichting | Bedrag |",
    "| 14-01 | Spoedvisite buiten praktijkuren | € 185,00 |",
    "| 14-01 | Verdoving op afstand (Dexdomitor/ketamine) | € 96,40 |",
    "| 22-01 | Controle + wondbehandeling | € 62,00 |",
    "| 22-01 | Consult lynx {{Freya|a}} | € 48,00 |",
    "| | Totaal incl. btw | € 472,32 |",
    "",
    "Behandelend: [[drs. Mirjam Oudeluttikhuis|P]], assistent [[W. Haaksma|P]]",
], producer="Veterinary Manager 5.2 / PDFsharp 1.50", creator="VetManager"))

# wz22 boa piket roster
DOCS.append(Doc("wz22", [
    "# Piketrooster boa's Groen - januari/februari 2026",
    "{{Toezicht en Handhaving Groen|o}}, regio {{Noord-Veluwe|l}}. Vertrouwelijk: niet verspreiden.",
    "",
    "| Week | Boa | Boa-nr | Pers.nr | Mobiel dienst |",
    "| 2 | [[Ruud Klein Gunnewiek|P]] | [[0412-78|N]] | [[P104887|N]] | [[06-46 71 20 93|T]] |",
    "| 3 | [[Dennis van den Akker|P]] | [[0398-15|N]] | [[P102231|N]] | [[06-38 20 11 95|T]] |",
    "| 4 | [[Sevda Yılmaz|P]] | [[0455-21|N]] | [[P109004|N]] | [[06-11 92 64 08|T]] |",
    "| 5 | [[Gijs Achterberg|P]] | [[0377-40|N]] | [[P100658|N]] | [[06-55 01 38 27|T]] |",
    "| 6 | [[Priya Ramdin-Lachman|P]] | [[0461-02|N]] | [[P110372|N]] | [[06-29 84 15 60|T]] |",
    "| 7 | [[Ruud Klein Gunnewiek|P]] | [[0412-78|N]] | [[P104887|N]] | [[06-46 71 20 93|T]] |",
    "",
    "Achterwacht: teamleider [[P.B. de Kruijf|P]], [[06 4170 2255|T]].",
    "Meldkamer: {{Meldkamer Oost-Nederland|o}}, {{0900 8844|g}}. Bij dierenwelzijn: {{144|g}}.",
    "Ruilen van diensten alleen na akkoord van de teamleider, via {{planning.thg@gelderland.nl|m}}.",
], font="DejaVu", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016"))

# wz23 Wnb ontheffing (2 pages)
DOCS.append(Doc("wz23", [
    "# Besluit ontheffing Wet natuurbescherming",
    "Kenmerk: {{Wnb-ONT-2024-1152|r}}     Datum: 4 juni 2024",
    "Aanvrager: {{Wolvenhorst Exploitatie B.V.|o}}, vertegenwoordigd door [[G.J. Ploegmakers|P]]",
    "Locatie: {{Wolvenhorstweg|l}} 4, {{Ermelo|l}}, kadastraal {{Ermelo L 1822|r}}",
    "",
    "## Besluit",
    "Gedeputeerde Staten van Gelderland verlenen op grond van {{artikel 3.8|w}} en {{artikel 3.10|w}} van de "
    "{{Wet natuurbescherming|w}} ontheffing van de verboden van {{artikel 3.1|w}} voor het onder zich hebben van "
    "één Europese lynx ({{Lynx lynx|t}}, roepnaam {{Freya|a}}) en twee wolfhonden.",
    "## Voorschriften",
    "4.1 Het verblijf is ten minste 600 m² groot en overdekt.",
    "4.2 De buitenomheining is ten minste 3 meter hoog, van gaas met een maaswijdte van maximaal 5 cm.",
    "4.5 Langs de binnenzijde loopt een werkend schrikdraad.",
    "4.7 Ontsnapping wordt direct gemeld bij de provincie via {{026 359 99 99|g}} en bij de politie.",
    "<PAGE>",
    "## Overwegingen",
    "De aanvraag is ingediend op 12 februari 2024 door de heer [[Ploegmakers|P]]. De lynx is afkomstig uit "
    "{{Dierenpark Amersfoort|o}}. Het advies van de {{Stichting AAP|o}} is betrokken. De bruine beer {{Olga|a}} "
    "valt niet onder deze ontheffing.",
    "## Rechtsmiddelen",
    "Belanghebbenden kunnen binnen zes weken bezwaar maken.",
    "",
    "Gedeputeerde Staten van Gelderland, namens dezen,",
    "[[ing. Carolien Mulder-Stegeman|P]], teamleider Vergunningverlening Natuur",
    "Behandeld door: [[Joost Heuvelink|P]], [[026 359 86 55|T]]",
], font="Times", producer="Corsa Docs / iText 5.5.13", creator="Corsa"))

# wz24 scanned memo with handwritten note
DOCS.append(Doc("wz24", [
    "# Memo hercontrole Wolvenhorst",
    "Van: [[Gijs Achterberg|P]], boa Groen",
    "Aan: [[P.B. de Kruijf|P]]",
    "Datum: 30 januari 2026",
    "",
    "Hercontrole uitgevoerd met [[Sevda Yilmaz|P]]. Het gaas aan de noordzijde is",
    "vervangen, het schrikdraad werkt (gemeten 6,8 kV). De heer [[Ploegmakers|P]]",
    "was niet aanwezig; ontvangen door mevrouw [[Hanneke Ploegmakers|P]].",
    "",
    "~ PB: prima, dossier naar Anouk voor afronding",
    "~ paraaf [[PdK|C]] 2/2",
], engine="scan", producer="RICOH IM C3000 PDF", creator="RICOH IM C3000", rotate=-0.7,
    stamp="Scan {{THG|o}} - zaak {{Z-2026-003311|r}} - {{Provincie Gelderland|o}} - {{Dierenpark De Wolvenhorst|o}}"))

# wz25 scanned attendance list of the residents' evening
DOCS.append(Doc("wz25", [
    "# Presentielijst bewonersavond Wolvenhorst 4 februari 2026",
    "",
    "Naam                          Straat                     Handtekening",
    "[[Bert Hulshof|P]]               [[Drieërweg 109|A]]",
    "~ [[B. Hulshof|P]]",
    "[[Koos Brinkerink|P]]            [[Drieërweg 118|A]]",
    "~ [[K. Brinkerink|P]]",
    "[[Ingrid Hofstede-Blom|P]]       [[Drieërweg 112|A]]",
    "~ [[Ingrid Hofstede|P]]",
    "[[Annelies Kamphuis|P]]          [[Kerklaan 8|A]]",
    "~ [[A. Kamphuis|P]]",
    "[[Mehmet Özdemir|P]]             [[Jacob van Campenlaan 3|A]]",
    "~ [[M. Özdemir|P]]",
], engine="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", rotate=0.5,
    stamp="{{Gemeente Ermelo|o}} / {{provincie Gelderland|o}} - bijlage bij verslag bewonersavond {{De Dialoog|l}}, zaak {{Z-2026-003311|r}}"))

# wz26 draft answer with sticky notes
DOCS.append(Doc("wz26", [
    "# CONCEPT - antwoord Statenvragen {{PS2026-114|r}} (versie 0.3)",
    "Vraag 2: Waarom is niet direct handhavend opgetreden?",
    "Concept-antwoord: Wij kiezen volgens de {{Gelderse Handhavingsstrategie|t}} eerst voor herstel op basis van "
    "afspraken. Een hercontrole binnen vier weken is niet uitgevoerd.",
    "Vraag 5: Hoe worden omwonenden geïnformeerd?",
    "Concept-antwoord: Samen met de gemeente {{Ermelo|l}} organiseren wij een bewonersavond.",
    "",
    "Afstemming: {{Communicatie|o}}, kabinet gedeputeerde {{Van Dalfsen|f}}. Deadline griffie: 10 februari 2026.",
], notes=[(1, 400, 700, "Kruijf, Pieter-Bas de", "Capaciteitsgebrek wel noemen? Ruud en Dennis waren allebei ziek in november."),
          (1, 400, 640, "Wijnbergen, Roos", "Tekst vraag 5 afstemmen met Rianne Potgieter (gemeente)."),
          (1, 400, 580, "Veldhuizen, Bart", "Bel mij even: 06-30 77 12 48")],
    producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Acrobat PDFMaker 24 voor Word",
    hidden=[("annotations", "P", "Kruijf, Pieter-Bas de"), ("annotations", "P", "Wijnbergen, Roos"),
            ("annotations", "P", "Veldhuizen, Bart"), ("annotations", "P", "Rianne Potgieter"),
            ("annotations", "T", "06-30 77 12 48"), ("annotations", "P", "Ruud"), ("annotations", "P", "Dennis")]))

# wz27 dossier overview with bookmarks naming officers
DOCS.append(Doc("wz27", [
    "# Dossieroverzicht handhaving {{Dierenpark De Wolvenhorst|o}}",
    "Zaak {{Z-2026-003311|r}} (gekoppeld: {{Z-2025-118204|r}}, {{WOO-GLD-2026-0318|r}})",
    "",
    "| Datum | Stuk | Kenmerk |",
    "| 04-06-2024 | Ontheffing Wnb | {{Wnb-ONT-2024-1152|r}} |",
    "| 10-10-2025 | Rapport van bevindingen | {{Z-2025-118204|r}} |",
    "| 15-01-2026 | Proces-verbaal ontsnapping | {{PV-GLD-2026-0047|r}} |",
    "| 22-01-2026 | Beslisnota GS | {{GS-2026-0077|r}} |",
    "| 28-01-2026 | NVWA-inspectie | {{NVWA-IBR-2026-22941|r}} |",
    "| 12-02-2026 | Last onder dwangsom | {{GS-2026-0104|r}} |",
    "| 30-01-2026 | Hercontrole | memo boa Groen |",
    "",
    "Dossierbeheer: {{DIV Provincie Gelderland|o}}. Bewaartermijn volgens de {{Selectielijst provincies 2020|w}}.",
], outline=[(1, ["Dossier Wolvenhorst", "Stukken van boa Achterberg", "Correspondentie Hanneke Ploegmakers",
                 "Afstemming met Leyla Bosch-Olcer (NVWA)"])],
    producer="Nitro PDF Pro 14.5", creator="Nitro PDF Pro",
    hidden=[("outline", "P", "Achterberg"), ("outline", "P", "Hanneke Ploegmakers"),
            ("outline", "P", "Leyla Bosch-Olcer")]))

# wz28 mail from municipality (burgemeester)
DOCS.append(Doc("wz28", [
    "Van: [[Potgieter, Rianne|P]] <[[r.potgieter@ermelo.nl|E]]>",
    "Verzonden: dinsdag 27 januari 2026 09:15",
    "Aan: [[Kruijf, Pieter-Bas de|P]] <[[pb.de.kruijf@gelderland.nl|E]]>",
    "CC: [[Lieke Zwiers-Vos|P]] <[[l.zwiers@ermelo.nl|E]]>",
    "Onderwerp: bewonersbrief Wolvenhorst + bericht burgemeester",
    "",
    "Dag [[Pieter-Bas|P]],",
    "Bijgaand de concept-bewonersbrief. Burgemeester {{Lagerwey|f}} ondertekent hem zelf en wil in de brief "
    "opnemen dat gedeputeerde {{Van Dalfsen|f}} aanwezig is op de bewonersavond in {{De Dialoog|l}}.",
    "De familie [[Brinkerink|P]] wil niet met naam genoemd worden; ook de melding van mevrouw "
    "[[Hofstede-Blom|P]] laten we anoniem. Het secretariaat van de burgemeester ([[Lieke|P]]) regelt de zaal.",
    "Vragen van bewoners kunnen naar {{info@ermelo.nl|m}} of {{14 0341|g}}.",
    "Groet,",
    "[[Rianne Potgieter|P]]",
    "vergunningverlener bijzondere wetten | gemeente {{Ermelo|l}} | {{Raadhuisplein|l}} 1",
    "T [[0341 567 312|T]]",
], **OUTLOOK))

# wz29 residents' reports log
DOCS.append(Doc("wz29", [
    "# Registratie meldingen omgeving Wolvenhorst 2024-2026",
    "Bron: meldingensysteem provincie ({{MEL|r}}) en gemeente {{Ermelo|l}}",
    "",
    "| Nr | Datum | Melder | Contact | Inhoud |",
    "| {{MEL-2024-00871|r}} | 03-05-2024 | [[W. Schuurman|P]] | [[0341 553 061|T]] | geluidsoverlast wolven |",
    "| {{MEL-2024-01533|r}} | 18-08-2024 | [[Ruben de Graaf|P]] | [[ruben.degraaf@gmail.com|E]] | emoe {{Henk|a}} op de weg |",
    "| {{MEL-2025-00402|r}} | 09-03-2025 | anoniem | - | stank mestopslag |",
    "| {{MEL-2026-00217|r}} | 14-01-2026 | [[I. Hofstede-Blom|P]] | [[0341-562 980|T]] | grote kat in tuin |",
    "| {{MEL-2026-00219|r}} | 15-01-2026 | [[Bert Hulshof|P]] | [[06 13 57 24 68|T]] | klacht ontsnapping |",
    "| {{MEL-2026-00230|r}} | 16-01-2026 | [[Ömer Yıldırım|P]] | [[oyildirim@live.nl|E]] | vraag veiligheid school |",
    "| {{MEL-2026-00244|r}} | 20-01-2026 | [[J.A.M. Schuurman-Heijnen|P]] | brief | verzoek sluiting park |",
    "",
    "Afgehandeld door: [[NB|C]] (KCC), doorgezet naar team {{Toezicht en Handhaving Groen|o}}.",
], font="DejaVu", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365"))

# wz30 legal memo
DOCS.append(Doc("wz30", [
    "# Juridisch advies - bestuursdwang of dwangsom bij Wolvenhorst",
    "Van: mr. [[A. van 't Hul|P]] ([[AvtH|C]])   Aan: [[P.B. de Kruijf|P]]   Datum: 20 januari 2026",
    "",
    "1. Bevoegdheid. De provincie is bevoegd tot handhaving van de voorschriften van de ontheffing "
    "{{Wnb-ONT-2024-1152|r}} ({{artikel 125|w}} {{Provinciewet|w}} jo. {{artikel 5:32|w}} {{Awb|w}}). "
    "De servals vallen niet onder de ontheffing maar onder de {{Wet dieren|w}}; daar is de minister "
    "bevoegd ({{NVWA|o}}).",
    "2. Keuze. Bestuursdwang is zwaar; de overtreding kan door de eigenaar zelf snel worden hersteld. "
    "Een last onder dwangsom ligt meer voor de hand ({{ABRvS 2 februari 2022, ECLI:NL:RVS:2022:310|r}}).",
    "3. Persoonlijke omstandigheden. De eigenaar heeft een [[hartoperatie|H]] ondergaan. Dat kan een reden zijn "
    "voor een langere begunstigingstermijn, niet om van handhaving af te zien.",
    "4. Zienswijze. Gelet op {{artikel 4:8|w}} {{Awb|w}} moet de eigenaar eerst zijn zienswijze kunnen geven.",
    "5. Woo. Stukken uit dit dossier kunnen onder de {{Wet open overheid|w}} worden opgevraagd; houd de "
    "gegevens van omwonenden (zoals de heer [[Brinkerink|P]] en zijn kleinzoon) buiten de besluittekst.",
    "",
    "[[AvtH|C]]",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Anouk van 't Hul"))

# wz31 hercontrole report
DOCS.append(Doc("wz31", [
    "# Rapport hercontrole Wolvenhorst",
    "Zaak {{Z-2026-003311|r}}     Datum controle: 10 maart 2026",
    "Toezichthouders: [[Priya Ramdin-Lachman|P]] (boa [[0461-02|N]]) en [[Gijs Achterberg|P]] (boa [[0377-40|N]])",
    "",
    "Op 10 maart 2026 is gecontroleerd of aan de last onder dwangsom ({{GS-2026-0104|r}}) is voldaan.",
    "- Omheining roofdierenverblijf: volledig vervangen, hoogte 3,2 m. Voldoet aan voorschrift 4.2.",
    "- Schrikdraad: werkt, 7,1 kV gemeten. Voldoet aan voorschrift 4.5.",
    "- Verblijf bruine beer {{Olga|a}}: uitbreiding in uitvoering (zaak {{NVWA|o}}).",
    "- Lynx {{Freya|a}}, servals {{Bram|a}} en {{Sabi|a}}, emoe {{Henk|a}}: aanwezig, geen bijzonderheden.",
    "Aanwezig namens het park: mevrouw [[H. Ploegmakers-ter Beek|P]] en verzorger [[J. Smeenge|P]].",
    "Conclusie: de last is binnen de termijn uitgevoerd; er is geen dwangsom verbeurd.",
    "",
    "[[P. Ramdin-Lachman|P]]   [[G. Achterberg|P]]",
], producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Squit VTH", font="DejaVu"))

# wz32 Woo decision (2 pages)
DOCS.append(Doc("wz32", [
    "# Besluit op uw Woo-verzoek",
    "Aan: mevrouw [[M.J. Ellenbroek-Dijkhuis|P]], per e-mail: [[m.ellenbroek78@ziggo.nl|E]]",
    "Datum: 14 april 2026   Kenmerk: {{WOO-GLD-2026-0318|r}}   Zaak: {{Z-2026-041873|r}}",
    "",
    "Geachte mevrouw [[Ellenbroek|P]],",
    "Op 2 maart 2026 heeft u gevraagd om documenten over {{Dierenpark De Wolvenhorst|o}} in {{Ermelo|l}}. "
    "Wij hebben de beslistermijn op 30 maart 2026 verdaagd. Hierbij ontvangt u ons besluit.",
    "## Besluit",
    "Wij maken 33 documenten deels openbaar. Een overzicht staat in de inventarislijst (bijlage 1).",
    "## Zienswijzen",
    "De eigenaar van het park en twee omwonenden zijn in de gelegenheid gesteld een zienswijze te geven. De "
    "eigenaar heeft gevraagd gegevens over zijn gezondheid niet openbaar te maken; dat verzoek honoreren wij.",
    "## Weigeringsgronden",
    "Persoonsgegevens ({{artikel 5.1, tweede lid, onder e|w}}, {{Woo|w}}): namen, e-mailadressen, telefoonnummers, "
    "adressen van omwonenden en boa-nummers van medewerkers zijn gelakt. Namen van gedeputeerde "
    "{{Van Dalfsen|f}}, burgemeester {{Lagerwey|f}} en de Statenleden blijven leesbaar.",
    "Gezondheidsgegevens ({{artikel 5.1, eerste lid, onder d|w}}, {{Woo|w}}) van de eigenaar en van een kind "
    "zijn niet openbaar gemaakt.",
    "<PAGE>",
    "Namen van dieren zoals {{Bram|a}}, {{Freya|a}}, {{Olga|a}} en {{Henk|a}} zijn geen persoonsgegevens en zijn "
    "niet gelakt.",
    "## Bezwaar",
    "Binnen zes weken kunt u bezwaar maken bij Gedeputeerde Staten van Gelderland, Postbus 9090, 6800 GX "
    "{{Arnhem|l}}, of via {{woo@gelderland.nl|m}}.",
    "",
    "Hoogachtend,",
    "Gedeputeerde Staten van Gelderland, namens dezen,",
    "[[mr. Sjoerd Dijkgraaf|P]]",
    "hoofd {{Juridische Zaken|o}}",
    "Behandeld door: [[Lotte ter Avest|P]] ([[LtA|C]])",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Lotte ter Avest"))

# wz33 inventory list (docx -> LibreOffice)
DOCS.append(Doc("wz33", [
    "Bijlage 1 - Inventarislijst {{WOO-GLD-2026-0318|r}}",
    "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
    "| 1 | Woo-verzoek | 02-03-2026 | deels openbaar | 5.1.2e | verzoeker |",
    "| 2 | Ontvangstbevestiging | 05-03-2026 | deels openbaar | 5.1.2e | |",
    "| 3 | Rapport van bevindingen {{Z-2025-118204|r}} | 10-10-2025 | deels openbaar | 5.1.2e | boa-nrs |",
    "| 4 | Proces-verbaal {{PV-GLD-2026-0047|r}} | 15-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | kind |",
    "| 5 | Zienswijze eigenaar | 02-02-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 6 | Verklaring dierenarts | 23-01-2026 | deels openbaar | 5.1.2e | |",
    "| 7-8 | Klachten omwonenden | 15/20-01-2026 | deels openbaar | 5.1.2e | |",
    "| 9-10 | Mail {{RVO|o}} en {{NVWA|o}} | 19-30 jan 2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 11-12 | Chats | 14-16 jan 2026 | deels openbaar | 5.1.2e | |",
    "| 13 | Verslag ketenoverleg | 21-01-2026 | deels openbaar | 5.1.2e | |",
    "| 14 | Beslisnota {{GS-2026-0077|r}} | 22-01-2026 | deels openbaar | 5.1.2e | |",
    "| 15 | Last onder dwangsom {{GS-2026-0104|r}} | 12-02-2026 | deels openbaar | 5.1.2e | |",
    "| 16-17 | Statenvragen {{PS2026-114|r}} + antwoord | jan-feb 2026 | openbaar | - | reeds openbaar |",
    "| 18 | Persbericht | 13-02-2026 | openbaar | - | reeds openbaar |",
    "| 19-33 | overige stukken | 2024-2026 | deels openbaar | 5.1.2e | zie besluit |",
    "",
    "Behandelaar inventaris: [[L. ter Avest|P]]; controle: [[Nadia Boukhari|P]].",
], engine="docx", producer="LibreOffice 7.6", creator="Calc", author="Lotte ter Avest",
    hidden=[("metadata", "P", "Lotte ter Avest")]))
