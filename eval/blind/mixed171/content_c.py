from lib import Doc

DOCS = [
Doc("ab16_scan_notitie_mentor", kind="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon Scan", body="""
# Alexander Hegius College - notitie mentor H2B
Datum: 25 september 2025
Gesprek met moeder {{Samira van Dijkhuizen}} (telefonisch)
Zij meldt: {{Jesse}} durft niet meer naar school.
Filmpje in de groepsapp, {{Daan Haverkamp}} en {{Thijs Vos}}.
~Actie: {{Fatma}} bellen, zorgcoordinator inlichten.
~Moeder bereikbaar op {{T:06-20947713}}
~Volgende week huisbezoek?  {{R. Bloemendaal}}
"""),
Doc("ab17_brief_inspectie", font="DejaVuSerif", producer="Microsoft Word for Microsoft 365", creator="Microsoft Word", body="""
[[Inspectie van het Onderwijs]] | [[Ministerie van Onderwijs, Cultuur en Wetenschap]]
Postbus 2730 | [[3500 GS Utrecht]] | [[www.onderwijsinspectie.nl]] | [[088 669 60 60]]
Aan: de heer en mevrouw {{Van Dijkhuizen}}
{{A:Weverstraat 17}}, {{A:7412 KM Deventer}}
Datum: 8 december 2025
Ons kenmerk: [[INS-2025-118204]]
Onderwerp: uw signaal over pesten op het [[Alexander Hegius College]]
Geachte heer en mevrouw {{Van Dijkhuizen}},
U heeft op 5 november 2025 contact gehad met een vertrouwensinspecteur van het [[Meldpunt vertrouwensinspecteurs]] en daarna uw signaal schriftelijk toegelicht. Wij danken u daarvoor.
De inspectie behandelt geen individuele klachten. Wel gebruiken wij signalen bij ons toezicht op de sociale veiligheid. Scholen zijn op grond van de [[Wet veiligheid op school]] verplicht om sociale veiligheid te monitoren, een aanspreekpunt pesten en een coördinator anti-pestbeleid aan te wijzen. Wij hebben het bestuur, [[Stichting Carmelcollege]], gevraagd hoe de school dit heeft ingericht en hoe de klacht wordt afgehandeld.
Het bestuur heeft gemeld dat de klacht bij de [[Landelijke Klachtencommissie Onderwijs]] in behandeling is. Wij wachten het advies van de [[LKC]] af en betrekken de uitkomst bij het vierjaarlijks onderzoek in 2026.
---
Voor vragen over deze brief kunt u contact opnemen met {{mr. H.A. Brouwers}}, inspecteur, via {{E:h.brouwers@owinsp.nl}} of {{T:06 - 5219 3384}}. Algemene vragen kunt u stellen via [[Loket Onderwijs]] ([[088 669 60 60]]).
Met vriendelijke groet,
namens de inspecteur-generaal van het onderwijs,
{{mr. Hanneke Brouwers}}
inspecteur [[Directie Voortgezet Onderwijs]]
Afschrift: bestuur [[Stichting Carmelcollege]]; college van burgemeester en wethouders van Deventer (leerplicht)
"""),
Doc("ab18_raadsvragen", font="DejaVuSans", producer="Microsoft Word 2019", creator="Microsoft Word", body="""
# Schriftelijke vragen ex artikel 41 [[Reglement van orde]] van de [[gemeenteraad van Deventer]]
Datum: 15 januari 2026
Indiener(s): [[raadslid Ayşe Demir]] ([[GroenLinks-PvdA]]) en [[raadslid Bert Holtkamp]] ([[CDA]])
Onderwerp: thuiszitters na pesten en boetes voor ouders
In [[De Stentor]] van 13 januari 2026 lazen wij dat ouders van een gepeste leerling een strafbeschikking kregen omdat hun kind niet naar school ging. Wij hebben daarover de volgende vragen aan het college.
1. Hoeveel leerlingen in Deventer verzuimden in 2025 langdurig na pesten, en hoeveel processen-verbaal zijn tegen ouders opgemaakt?
2. Deelt het college de opvatting dat een proces-verbaal tegen ouders van een gepeste leerling niet past bij de bedoeling van het [[Thuiszitterspact]]?
3. Hoe werken leerplicht, de [[GGD IJsselland]] en het samenwerkingsverband samen bij leerlingen die na pesten thuis blijven?
4. Is het college bereid de werkwijze van het [[team Leerplicht en RMC]] te laten evalueren en de raad daarover te informeren?
[[Ayşe Demir]], [[Bert Holtkamp]]
"""),
Doc("ab19_antwoord_wethouder", kind="docx", author="Rianne Kuipers-Takens", title="Beantwoording raadsvragen", hidden=[("metadata", "P", "Rianne Kuipers-Takens")], body="""
# Beantwoording schriftelijke vragen van [[raadslid Ayşe Demir]] en [[raadslid Bert Holtkamp]] over thuiszitters na pesten
Datum: 10 februari 2026
Kenmerk: [[RV-2026-008]]
Portefeuillehouder: [[wethouder Jorrit Hoekstra]] (Onderwijs, Jeugd)
Vraag 1: Hoeveel leerlingen verzuimden in 2025 langdurig na pesten?
Antwoord: Het [[team Leerplicht en RMC]] registreerde in 2025 in totaal 61 leerlingen als thuiszitter. Bij 14 van hen speelde pesten volgens school of ouders een rol. In 2025 zijn 23 processen-verbaal tegen ouders opgemaakt, waarvan 2 in zaken waarin pesten een rol speelde.
Vraag 2: Deelt het college de opvatting dat een proces-verbaal niet past bij het [[Thuiszitterspact]]?
Antwoord: Het college vindt dat een proces-verbaal een uiterst middel is. Leerplichtambtenaren zijn echter zelfstandig bevoegd als opsporingsambtenaar; het college treedt niet in individuele afwegingen. Een strafbeschikking met voorwaarden zoals gezinsbegeleiding kan ook ondersteunend zijn. Over individuele zaken doet het college geen mededelingen.
Vraag 3: Hoe werken leerplicht, [[GGD IJsselland]] en het samenwerkingsverband samen?
Antwoord: Via het [[zorgadviesteam]] van de school en de [[Thuiszittertafel Deventer]]. De [[jeugdarts]] adviseert volgens de aanpak [[M@ZL]].
---
Vraag 4: Is het college bereid de werkwijze te laten evalueren?
Antwoord: Ja. [[wethouder Jorrit Hoekstra]] laat de werkwijze bij verzuim na pesten in 2026 evalueren door het [[Nederlands Jeugdinstituut]] en informeert de raad voor de zomer met een raadsinformatiebrief.
Het college van burgemeester en wethouders van Deventer,
de secretaris, de burgemeester,
[[burgemeester Ron König]]
"""),
Doc("ab20_teams_chat", font="DejaVuSans", producer="Microsoft Teams (print to PDF)", creator="Microsoft Edge", fontsize=9, body="""
# Teams-chat [[team Leerplicht en RMC]] - export 14-01-2026
{{Ilse ter Horst}} 08:12
heb je De Stentor gezien? het gaat over mijn zaak [[LP-2025-0892]]
{{Mehmet Kaya}} 08:14
ja. {{Gijs}} vraagt of je vandaag even tijd hebt, de wethouder wil een factsheet
{{Gijs Hulshof}} 08:20
{{Ilse}}, kun je om 11 uur? ik wil de tijdlijn hebben voordat [[wethouder Jorrit Hoekstra]] de raadsvragen krijgt
{{Ilse ter Horst}} 08:21
ok. wel vervelend, ik krijg al mails van een journalist op mijn eigen 06 ({{T:06-15382290}})
{{Gijs Hulshof}} 08:23
stuur ze door naar [[communicatie@deventer.nl]], {{Roos}} van communicatie pakt het op
{{Roos van 't Hek}} 08:40
Ik heb de woordvoeringslijn klaar. Namen van de leerling en de ouders noemen we natuurlijk nergens.
{{Mehmet Kaya}} 08:41
👍
"""),
Doc("ab21_beslisnota", font="DejaVuSans", producer="Microsoft Word for Microsoft 365", creator="Microsoft Word", author="G. Hulshof", hidden=[("metadata", "P", "G. Hulshof")], body="""
# Beslisnota aan [[wethouder Jorrit Hoekstra]]
| Aan | [[wethouder Jorrit Hoekstra]] |
| Van | {{Gijs Hulshof}}, teamleider [[team Leerplicht en RMC]] |
| Datum | 27 januari 2026 |
| Kenmerk | [[BN-2026-0041]] |
| Onderwerp | Beantwoording raadsvragen thuiszitters na pesten; evaluatie werkwijze |
| Contactpersoon | {{Mehmet Kaya}}, {{T:0570 69 31 57}}, {{E:m.kaya@deventer.nl}} |
# Aanleiding
[[raadslid Ayşe Demir]] en [[raadslid Bert Holtkamp]] hebben vragen gesteld na een artikel in [[De Stentor]]. Het artikel gaat over zaak [[LP-2025-0892]].
# Geadviseerd besluit
Aan de wethouder wordt gevraagd: in te stemmen met de beantwoording en met een evaluatie door het [[Nederlands Jeugdinstituut]] (kosten [[EUR 18.500]]).
# Kern
- De leerplichtambtenaar heeft volgens het [[Verzuimprotocol Deventer 2024]] gehandeld; de [[jeugdarts]] is tijdig ingeschakeld.
- Het proces-verbaal is opgemaakt na 112 uur verzuim en nadat het opbouwrooster niet werd gevolgd.
- Wel is de school laat gestart met het [[pestprotocol]]; dat is een punt voor de [[Thuiszittertafel Deventer]].
---
# Krachtenveld
De ouders hebben een klacht bij de [[LKC]] ingediend. De [[Inspectie van het Onderwijs]] volgt de zaak. [[Halt Oost-Nederland]] heeft drie leerlingen een [[Halt-straf]] opgelegd.
# Informatie die niet openbaar gemaakt kan worden
Deze nota bevat gegevens over een minderjarige leerling en zijn gezondheid.
# Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.
| Naam | Functie | Paraaf | Datum |
| {{Mehmet Kaya}} | beleidsmedewerker | {{C:MKa}} | 27-01 |
| {{Gijs Hulshof}} | teamleider | {{C:GHu}} | 27-01 |
| {{Annemiek Bussink}} | afdelingshoofd Onderwijs | {{C:ABu}} | 28-01 |
"""),
Doc("ab22_factuur_training", font="DejaVuSans", producer="Moneybird PDF", creator="Moneybird", body="""
# FACTUUR
{{Weerbaar met Wies}} - weerbaarheidstrainingen voor jongeren
{{Wies Brinkhuis-Olde Heuvel}} | {{A:Lindeboomstraat 8}}, {{A:7421 AM Deventer}}
KvK {{N:81734456}} | btw {{N:NL003561298B71}} | {{E:wies@weerbaarmetwies.nl}} | {{T:06-50913377}}
Aan: [[Alexander Hegius College]], t.a.v. crediteurenadministratie, [[Hoge Hondstraat 3]], [[7411 GJ Deventer]]
Factuurnummer: [[2025-114]]    Factuurdatum: 19 december 2025
| Omschrijving | Aantal | Tarief | Bedrag |
| [[Rots en Water]] training klas [[H2B]] (4 bijeenkomsten) | 4 | 295,00 | 1.180,00 |
| Individuele coaching leerling (op verzoek zorgcoördinator) | 3 | 85,00 | 255,00 |
| Reiskosten | 1 | 24,00 | 24,00 |
| Totaal (vrijgesteld van btw, art. 11 lid 1 sub o [[Wet OB]]) | | | 1.459,00 |
Gelieve binnen 30 dagen te voldoen op {{I:NL52 RABO 0312 7745 09}} t.n.v. {{W.M. Brinkhuis}}, onder vermelding van het factuurnummer.
"""),
Doc("ab23_factuur_tolk", font="Times-Roman", producer="PDF-XChange Editor 9.5", creator="Microsoft Excel", body="""
# Factuur tolk- en vertaaldiensten
{{Hamid El Amrani}}, beëdigd tolk Arabisch (Wbtv {{N:20471}})
{{A:Van Oldenbarneveltstraat 92-3}}, {{A:7531 KG Enschede}}
KvK {{N:70129983}} | IBAN {{I:NL08 INGB 0006 4412 90}} | {{E:h.elamrani.tolk@gmail.com}} | {{T:0031 6 44 82 10 37}}
Aan: [[gemeente Deventer]], [[team Leerplicht en RMC]], [[Grote Kerkhof 1]], [[7411 KV Deventer]]
Factuur [[T-2025-208]], datum 28 november 2025, inkoopordernummer [[4500187731]]
| Datum | Opdracht | Uren | Bedrag |
| 16-10-2025 | Tolken verzuimgesprek [[LP-2025-0892]] (grootmoeder van leerling) | 1,5 | 97,50 |
| 21-11-2025 | Tolken telefonisch gesprek | 0,5 | 32,50 |
| | Voorrijkosten (Enschede - [[Deventer]]) | | 35,00 |
| | Totaal | | 165,00 |
Opdracht via [[Register beëdigde tolken en vertalers]]. Betaling binnen 14 dagen.
"""),
]
