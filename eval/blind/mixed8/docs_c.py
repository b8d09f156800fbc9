"""Documents r23-r36 of set mixed8: foreign names, hidden channels, Ghostscript, two columns, scans.
All persons invented except public office holders named in their role."""

DOCS = {}

DOCS["r23_werkbezoek_statushouders_amsterdam"] = dict(
    producer="writer", title="Verslag werkbezoek inburgering Nieuw-West", author="[[Merel Zwanenburg|PERSON]]", font="DejaVu Sans", size=9.5,
    footer="{Gemeente Amsterdam|ORG} - Programma {Inburgering|PROGRAM} - intern verslag",
    text="""
# Verslag werkbezoek inburgering {Nieuw-West|PLACE}
~ Datum | {3 oktober 2025|DATE}
~ Locatie | Taalhuis {Osdorpplein|GOV_ADDRESS}, {Amsterdam|PLACE}
~ Bestuurders | burgemeester {Femke Halsema|OFFICIAL}, wethouder {Rutger Groot Wassink|OFFICIAL}
~ Verslag | [[Merel Zwanenburg|PERSON]], programmasecretaris
## Deelnemers
!w 30,40,30
| Naam | Rol | Afkomst / taal |
| [[Semhar Tesfamariam|PERSON]] | deelnemer B1-traject | Tigrinya |
| [[Abdulrahman Al-Hamwi|PERSON|Al-Hamwi;Abdulrahman]] | deelnemer, buddy | Arabisch (Syrië) |
| [[Hiwet Gebreyesus|PERSON]] | deelnemer Z-route | Tigrinya |
| [[Chen Xiaoling|PERSON|Chen Xiaoling]] | vrijwilliger taalcafé | Mandarijn |
| [[Rajesh Venkataraman|PERSON]] | vrijwilliger, oud-docent | Tamil, Engels |
| [[Bożena Wróblewska|PERSON]] | klantmanager {Werk en Inkomen|ORG} | Pools |
| [[Kwame Asante-Boateng|PERSON|Asante-Boateng;Kwame]] | trajectbegeleider {Stichting Vluchtelingenwerk|ORG} | Twi, Engels |
## Gesprek met deelnemers
Mevrouw [[Tesfamariam|PERSON]] vertelde dat zij sinds 2023 in {Nederland|PLACE} is en werkt als assistent in de kinderopvang. Haar zoon [[Yonatan|PERSON]] zit op de {Mondriaanschool|ORG}. De heer [[Al-Hamwi|PERSON]] was in {Damascus|PLACE} apotheker; hij wil zijn diploma laten waarderen bij {Nuffic|ORG}. Hij vroeg de burgemeester naar de wachttijd bij {DUO|ACRONYM}.
!pb
Mevrouw [[Gebreyesus|PERSON]] volgt de Z-route omdat zij analfabeet in het Latijnse schrift was. Trajectbegeleider [[Asante-Boateng|PERSON]] gaf aan dat de groepen te groot zijn.
De vrijwilligers [[Chen|PERSON]] en [[Venkataraman|PERSON]] vertelden over het taalcafé op donderdag. De heer [[Venkataraman|PERSON]] noemde dat hij in {Chennai|PLACE} Engels doceerde. Mevrouw [[Wróblewska|PERSON]] gaf een toelichting op de samenwerking met {UWV|ACRONYM} en {Werkgeversservicepunt Amsterdam|ORG}.
## Reactie bestuurders
Wethouder {Groot Wassink|OFFICIAL} zegde toe de groepsgrootte te bespreken met het {Ministerie van Sociale Zaken en Werkgelegenheid|ORG}. Burgemeester {Halsema|OFFICIAL} noemde het taalcafé een voorbeeld voor de andere stadsdelen. Minister {Van Hijum|OFFICIAL} wordt uitgenodigd voor een vervolgbezoek.
## Afspraken
!w 60,20,20
| Afspraak | Wie | Wanneer |
| Groepsgrootte Z-route agenderen bij {SZW|ACRONYM} | [[MZ|PARAPH]] | {november 2025|DATE} |
| Uitnodiging minister | [[MZ|PARAPH]] / kabinet | {december 2025|DATE} |
| Diplomawaardering: contact met {Nuffic|ORG} | [[B. Wróblewska|PERSON]] | {oktober 2025|DATE} |
""",
)

DOCS["r24_handelsmissie_india_china_delegatie"] = dict(
    producer="chrome", font="DejaVu Sans", size=9, title="Verslag handelsmissie",
    text="""
# Verslag economische missie {India|PLACE} en {China|PLACE}
{Ministerie van Buitenlandse Zaken|ORG} - Directie Internationaal Ondernemen - {2 december 2025|DATE}
## 1. Programma
De missie stond onder leiding van minister {Klever|OFFICIAL} (Buitenlandse Handel en Ontwikkelingshulp). In {New Delhi|PLACE} sprak zij met minister van Handel {Piyush Goyal|OFFICIAL}; premier {Narendra Modi|OFFICIAL} ontving de delegatie kort op {Hyderabad House|GOV_ADDRESS}. In {Beijing|PLACE} was er een ontmoeting met premier {Li Qiang|OFFICIAL} tijdens de {China International Import Expo|ORG}.
## 2. Delegatie
!w 30,35,35
| Naam | Organisatie | Contact |
| [[Arjen Tuinstra|PERSON]] | {Ministerie van Buitenlandse Zaken|ORG}, missieleider | [[arjen.tuinstra@minbuza.nl|EMAIL_ADDRESS]] |
| [[Priyanka Raghunathan|PERSON]] | {Netherlands Business Support Office|ORG} {Chennai|PLACE} | [[+91 98400 31277|PHONE_NUMBER]] |
| [[Wang Jianhua|PERSON|Wang Jianhua]] | {Netherlands Embassy Beijing|ORG}, economic officer | [[wang.jianhua@minbuza.nl|EMAIL_ADDRESS]] |
| [[Liesbeth Groenhuijsen|PERSON]] | {Invest International|ORG} | [[06 2277 1930|PHONE_NUMBER]] |
| [[Sunil Kapoor|PERSON]] | {Tata Steel Nederland|ORG} | via bedrijf |
| [[Zhao Meiling|PERSON|Zhao Meiling]] | tolk (ingehuurd) | [[+86 139 1044 8821|PHONE_NUMBER]] |
## 3. Gesprekken in {India|PLACE}
Met {Invest India|ORG} is gesproken over {green hydrogen|TERM} en {port-led development|TERM}. Mevrouw [[Raghunathan|PERSON]] regelde de ontmoeting met {Adani Ports|ORG} en {Larsen & Toubro|ORG}. De heer [[Kapoor|PERSON]] wees op de {Carbon Border Adjustment Mechanism|TERM} van de {EU|ACRONYM}.
!pb
## 4. Gesprekken in {China|PLACE}
Met het {Ministry of Commerce|ORG} ({MOFCOM|ACRONYM}) is gesproken over exportcontroles op halfgeleiders. De heer [[Wang|PERSON]] merkte op dat de Chinese zijde verwees naar de uitspraken van president {Xi Jinping|OFFICIAL} over open markten. Tolk mevrouw [[Zhao|PERSON]] vertaalde alle gesprekken.
{ASML|ORG} en {NXP|ORG} namen niet deel. De ambassadeur, de heer {André Haspels|OFFICIAL}, organiseerde een netwerkreceptie.
## 5. Vervolg
!w 55,25,20
| Actie | Wie | Wanneer |
| Terugkoppeling aan {Holland House India|ORG} | [[A. Tuinstra|PERSON]] | {januari 2026|DATE} |
| MoU waterstof uitwerken met {RVO|ACRONYM} | [[L. Groenhuijsen|PERSON]] | {februari 2026|DATE} |
| Nota aan de minister | [[AT|PARAPH]] / [[LG|PARAPH]] | {december 2025|DATE} |
""",
)

DOCS["r25_verborgen_kanalen_nota_bookmarks_opmerkingen"] = dict(
    producer="rl", font="DejaVuSans", title="Nota aanpak ondermijning",
    info_title="Nota ondermijning - opmerkingen [[Hanneke Smulders|PERSON]] en [[Bart Jacobs|PERSON]] verwerkt",
    author="[[Hanneke Smulders|PERSON]]", subject="versie [[Pepijn Gorter|PERSON]] 12-9",
    outline=[("1. Aanleiding (tekst [[Hanneke Smulders|PERSON]])", 0), ("2. Casus [[familie Bouzerda|PERSON|Bouzerda]]", 0), ("3. Vervolg - afstemming [[Bart Jacobs|PERSON]]", 1)],
    text="""
# Nota aanpak ondermijning recreatiepark De Eikenhof
~ Aan | burgemeester {Jack Mikkers|OFFICIAL}
~ Van | [[Hanneke Smulders|PERSON]], adviseur openbare orde en veiligheid
~ Datum | {12 september 2025|DATE}
~ Kenmerk | {OOV/2025/0914|CASE_NUMBER}
## 1. Aanleiding
Op het recreatiepark {De Eikenhof|PLACE} in {Rosmalen|PLACE} zijn bij een integrale controle op {28 augustus 2025|DATE} drie chalets aangetroffen die permanent bewoond worden. In één chalet was een hennepkwekerij. De controle werd uitgevoerd met de {Politie Oost-Brabant|ORG}, de {Belastingdienst|ORG} en {Enexis|ORG}.<<[[Bart Jacobs|PERSON]]||Graag de rol van het {RIEC|ACRONYM} noemen, zie mail [[Pepijn Gorter|PERSON]].>>
## 2. Casus
Het chalet op kavel 41 staat op naam van de heer [[Rachid Bouzerda|PERSON]], geboren [[14-07-1986|DATE_OF_BIRTH]]. Hij staat ingeschreven op [[Taalstraat 201|ADDRESS]] in 's-Hertogenbosch. De kavel wordt verhuurd door {Eikenhof Recreatie B.V.|ORG}, {Loonsebaan 12|COMPANY_ADDRESS}. De beheerder, de heer [[Tonny van Lieshout|PERSON]], verklaarde niets van de kwekerij te weten.<<[[Hanneke Smulders|PERSON]]||BSN van [[Bouzerda|PERSON]] staat in het politierapport, niet overnemen.>>
!pb
## 3. Vervolg
Geadviseerd wordt de burgemeester een sluiting voor drie maanden op te leggen op grond van artikel 13b {Opiumwet|LAW}. Het {RIEC Oost-Brabant|ORG} adviseert een {Bibob|ACRONYM}-toets bij de volgende vergunningaanvraag van het park. Juridische toets: [[Pepijn Gorter|PERSON]] ([[073 686 51 20|PHONE_NUMBER]]).
Afgestemd met wethouder {Mike van der Geld|OFFICIAL} en met [[Bart Jacobs|PERSON]] van de {Politie Oost-Brabant|ORG}.
## Informatie die niet openbaar gemaakt kan worden
## Motivering
""",
)

DOCS["r26_formulier_melding_geluidsoverlast"] = dict(
    producer="rl", font="Helvetica", title="Meldingsformulier geluidsoverlast",
    form=[("naam_melder", "[[Gerda Hofstede-Brink|PERSON]]"), ("adres_melder", "[[Burgemeester de Withstraat 17|ADDRESS]]"),
          ("postcode_plaats", "[[7531 KE|ADDRESS]] Enschede"), ("telefoon", "[[06-27 70 19 45|PHONE_NUMBER]]"),
          ("email", "[[g.hofstede58@ziggo.nl|EMAIL_ADDRESS]]"), ("veroorzaker", "[[café De Kater, eigenaar R. Schutte|PERSON|R. Schutte]]"),
          ("toelichting", "Elke vrijdag tot 3 uur muziek, buurman [[Henk Bolhuis|PERSON]] heeft ook last")],
    text="""
# Meldingsformulier geluidsoverlast horeca
{Gemeente Enschede|ORG} - Team Toezicht en Handhaving - {Langestraat 24|GOV_ADDRESS}, {7511 HC|GOV_ADDRESS} {Enschede|PLACE}
Vul dit formulier digitaal in en stuur het naar {handhaving@enschede.nl|FUNCTIONAL_EMAIL}. Bellen kan ook: {14 053|SERVICE_NUMBER}.
## Gegevens melder
Naam:
Adres:
Postcode en plaats:
Telefoon:
E-mail:
## Gegevens overlast
Naam en adres inrichting:
Toelichting:
## Verwerking persoonsgegevens
Uw gegevens worden verwerkt volgens de {Algemene verordening gegevensbescherming|LAW} ({AVG|ACRONYM}). Wij delen uw naam niet met de veroorzaker. De {Omgevingsdienst Twente|ORG} kan geluidmetingen doen.
Ontvangen door: [[FvD|PARAPH]] op {6 oktober 2025|DATE}
""",
)

DOCS["r27_intranet_nieuwsbrief_tweekoloms_opmerkingen"] = dict(
    producer="writer", title="Nieuwsbrief Team Belastingen", author="[[Wendy Kooistra|PERSON]]", font="DejaVu Sans", size=9,
    header="Nieuwsbrief {Noordelijk Belastingkantoor|ORG} - nr. 41 - {oktober 2025|DATE}",
    text="""
# Nieuws van het team Heffen en Invorderen
!col2
## Welkom aan nieuwe collega's
Deze maand startten [[Sjors Hiemstra|PERSON]] (invordering) en [[Dilara Kılıç|PERSON]] (klantcontact). [[Sjors|PERSON]] kwam over van de {Belastingdienst|ORG} in {Leeuwarden|PLACE}, [[Dilara|PERSON]] studeerde {bestuurskunde|TERM} aan de {Rijksuniversiteit Groningen|ORG}.<<[[Wendy Kooistra|PERSON]]||Toestemming foto [[Dilara|PERSON]] nog vragen, zie [[Marco|PERSON]].>>
## Afscheid
Na 38 jaar neemt [[Aaltje Wijnstra-Postma|PERSON|Wijnstra-Postma;Aaltje]] afscheid. Zij begon in 1987 bij de gemeente {Assen|PLACE} als typiste. Haar afscheidsreceptie is op {31 oktober 2025|DATE} in het {Provinciehuis Drenthe|ORG}. Cadeautip van haar collega [[Marco Veldman|PERSON]]: een boek over {Vincent van Gogh|HISTORIC} in {Drenthe|PLACE}.
## Kwijtschelding
Het aantal aanvragen voor kwijtschelding steeg met 14 procent. Teamleider [[Reinier Brouwer|PERSON]] legt uit dat het {Inlichtingenbureau|ORG} de toets sneller doet. Vragen? Mail {kwijtschelding@nbk.nl|FUNCTIONAL_EMAIL}.
## Uit het bestuur
Gedeputeerde {Jisk Walvius|OFFICIAL} en wethouder {Rob Kerkhoven|OFFICIAL} bezochten het kantoor aan het {Zernikeplein|GOV_ADDRESS}. Zij spraken met [[Reinier|PERSON]] en [[Aaltje|PERSON]] over de {Wet kwijtschelding|LAW}-pilot.
## Puzzel
De winnaar van vorige maand is [[Gea Mulder-Timmer|PERSON]] van de afdeling WOZ. Zij wint een bon van {Bol.com|ORG}.
!col1
!small Redactie: [[Wendy Kooistra|PERSON]] ([[w.kooistra@nbk.nl|EMAIL_ADDRESS]], [[050 520 14 77|PHONE_NUMBER]]). Kopij voor nr. 42 voor {15 november 2025|DATE}.
!pb
## Agenda
!w 20,50,30
| Datum | Wat | Contact |
| {4 november 2025|DATE} | Teamdag in de {Martinikerk|ORG} | [[R. Brouwer|PERSON]] |
| {12 november 2025|DATE} | Training {Power BI|PRODUCT} | [[M. Veldman|PERSON]] |
| {18 november 2025|DATE} | Inloop {Nationale Ombudsman|ORG} | {servicedesk@nbk.nl|FUNCTIONAL_EMAIL} |
""",
)

DOCS["r28_nota_zienswijzen_adressen_gs"] = dict(
    producer="rl", font="DejaVuSansCondensed", size=8.5, gs=True, title="Nota van zienswijzen omgevingsplan",
    header="Gemeente Súdwest-Fryslân - Nota van zienswijzen omgevingsplan {Sneek|PLACE} Noord - bijlage 2",
    text="""
# Nota van zienswijzen omgevingsplan {Sneek|PLACE} Noord
Het ontwerp van het omgevingsplan heeft van {6 maart 2025|DATE} tot en met {16 april 2025|DATE} ter inzage gelegen. Er zijn zeven zienswijzen ingediend. De namen en adressen van de indieners zijn in de openbare versie niet opgenomen; in deze interne versie wel.
!w 5,16,17,12,50
| Nr | Indiener | Adres | Datum | Samenvatting en reactie |
| 1 | [[Hylke Terpstra|PERSON]] | [[Oppenhuizerweg 41|ADDRESS]] // [[8606 JE|ADDRESS]] | 14-3 | Bezwaar tegen de hoogte van de bebouwing; reactie: de bouwhoogte wordt verlaagd naar 12 m. |
| 2 | [[Aukje en Pieter Hoekstra-Rijpma|PERSON|Hoekstra-Rijpma;Aukje]] | [[Oppenhuizerweg 43|ADDRESS]] // [[8606 JE|ADDRESS]] | 15-3 | Verkeersveiligheid; reactie: de Provincie Fryslân legt een rotonde aan. |
| 3 | Stichting Natuur en Milieu Fryslân, namens deze [[drs. W. van der Meulen|PERSON|W. van der Meulen;Meulen]] | {Ruiterskwartier 121|COMPANY_ADDRESS}, {Leeuwarden|PLACE} | 2-4 | Weidevogels; reactie: een ecologisch onderzoek is toegevoegd. |
| 4 | [[Klaas Jan de Boer|PERSON|Klaas Jan de Boer;Klaas Jan]] | [[Kolkenweg 9|ADDRESS]] // [[8603 AE|ADDRESS]] | 9-4 | Schaduwwerking op zijn zonnepanelen. |
| 5 | {Agrarisch Loonbedrijf Kuipers & Zn. B.V.|ORG} | {Industrieweg 30|COMPANY_ADDRESS} | 10-4 | Bereikbaarheid bedrijf; reactie: inrit blijft. |
| 6 | [[Małgorzata Nowak-Zijlstra|PERSON|Nowak-Zijlstra]] | [[Tjerk Hiddesstraat 5|ADDRESS]] // [[8601 BN|ADDRESS]] | 11-4 | Geluid van de ontsluitingsweg. |
| 7 | [[Jitse|PERSON]] en [[Lieuwkje van der Wal|PERSON]] | [[Goeman Borgesiuslaan 88|ADDRESS]] // [[8602 CG|ADDRESS]] | 16-4 | Parkeren, vraagt om bewonersvergunningen. |
!pb
## Reactie op zienswijze 4 (uitgebreid)
De heer [[De Boer|PERSON]] stelt dat de nieuwe bebouwing zijn zonnepanelen in de winter beschaduwt. Adviesbureau {Royal HaskoningDHV|ORG} heeft een schaduwstudie gedaan. Uit de studie volgt een opbrengstverlies van minder dan 3 procent. Het college biedt [[De Boer|PERSON]] een gesprek aan met de projectleider, [[Tjitske Algra|PERSON]] ([[t.algra@sudwestfryslan.nl|EMAIL_ADDRESS]]).
## Reactie op zienswijze 6
Mevrouw [[Nowak-Zijlstra|PERSON]] vraagt om een geluidscherm. De {Wet geluidhinder|LAW} is per 1 januari 2024 vervangen door de {Omgevingswet|LAW}; de voorkeurswaarde van 53 dB wordt niet overschreden.
## Behandeling
De nota is besproken in het college op {13 mei 2025|DATE} (portefeuillehouder wethouder {Marco Kuiper|OFFICIAL}). Opsteller: [[T. Algra|PERSON]], paraaf [[TA|PARAPH]].
""",
)

DOCS["r29_woo_besluit_inventaris_gs"] = dict(
    producer="writer", gs=True, title="Besluit op uw Woo-verzoek", author="[[Ingrid Schaap|PERSON]]", font="DejaVu Serif", size=9.5,
    footer="{Provincie Utrecht|ORG} - {Archimedeslaan 6|GOV_ADDRESS} - {3584 BA|GOV_ADDRESS} {Utrecht|PLACE} - {030 258 91 11|SERVICE_NUMBER}",
    text="""
Aan de heer [[N. Bakkenes|PERSON|N. Bakkenes;Bakkenes]]
[[Veldlaan 3|ADDRESS]]
[[3737 GN|ADDRESS]] GROENEKAN
~ Datum | {8 juli 2025|DATE}
~ Kenmerk | {WOO-PU-2025-041|CASE_NUMBER}
~ Behandeld door | [[Ingrid Schaap|PERSON]], [[i.schaap@provincie-utrecht.nl|EMAIL_ADDRESS]]
# Besluit op uw verzoek op grond van de {Wet open overheid|LAW}
Geachte heer [[Bakkenes|PERSON]],
U heeft op {2 mei 2025|DATE} gevraagd om documenten over de ontheffing voor de jacht op ganzen in het {Noorderpark|PLACE}. Gedeputeerde Staten hebben besloten de documenten deels openbaar te maken. Persoonsgegevens zijn gelakt op grond van artikel 5.1, tweede lid, onder e van de {Woo|ACRONYM}. Gedeputeerde {Mirjam Sterk|OFFICIAL} heeft het besluit ondertekend.
De {Faunabeheereenheid Utrecht|ORG} en {Wildbeheereenheid De Vecht|ORG} zijn als derde belanghebbenden gehoord. De heer [[Gert-Jan Cornelissen|PERSON]] (voorzitter van de wildbeheereenheid) heeft gevraagd zijn naam niet te noemen.
!pb
## Inventarislijst
!w 7,13,40,20,20
| Nr | Datum | Document | Beoordeling | Grond |
| 1 | 12-01-2025 | E-mail [[G. Cornelissen|PERSON]] aan {Provincie Utrecht|ORG} | deels openbaar | 5.1.2e |
| 2 | 14-01-2025 | Ontheffingsaanvraag {Faunabeheereenheid Utrecht|ORG} | deels openbaar | 5.1.2e |
| 3 | 03-02-2025 | Interne notitie [[I. Schaap|PERSON]] / [[R. Oosterhout|PERSON|R. Oosterhout;Oosterhout]] | deels openbaar | 5.1.2e, 5.2.1 |
| 4 | 11-02-2025 | Tellingen {Sovon|ORG} | openbaar | - |
| 5 | 28-02-2025 | Besluit ontheffing | reeds openbaar | - |
| 6 | 04-03-2025 | Klacht van [[mevrouw E. Lam-Verkerk|PERSON|E. Lam-Verkerk;Lam-Verkerk]], [[Kooidijk 2|ADDRESS]] | deels openbaar | 5.1.2e |
Hoogachtend,
Gedeputeerde Staten van {Utrecht|ORG|Gedeputeerde Staten van Utrecht},
namens dezen,
[[mr. R. Oosterhout|PERSON]], teamleider Juridische Zaken
""",
)

DOCS["r30_horeca_controle_rapport_gs"] = dict(
    producer="chrome", gs=True, font="DejaVu Sans", size=9, title="Controlerapport Alcoholwet",
    text="""
# Controlerapport {Alcoholwet|LAW} en exploitatievergunning
## {Gemeente Arnhem|ORG} - Team Toezicht Openbare Ruimte
~ Inrichting | {Grand Café Korenmarkt|ORG}, {Korenmarkt 20|COMPANY_ADDRESS}, {6811 GW|COMPANY_ADDRESS} {Arnhem|PLACE}
~ Exploitant | {Korenmarkt Horeca B.V.|ORG} (KvK {09231874|CASE_NUMBER})
~ Leidinggevenden op vergunning | [[Sebastiaan Rombouts|PERSON]], [[Mila Đurić|PERSON]]
~ Controle | {21 november 2025|DATE}, 23.40 uur
~ Toezichthouders | [[R. Meijerink|PERSON|R. Meijerink;Meijerink]] ([[BOA-4471|PERSONNEL_NUMBER]]), [[Ilias Belhaj|PERSON]] ([[BOA-5208|PERSONNEL_NUMBER]])
## Bevindingen
Bij binnenkomst was leidinggevende [[Mila Đurić|PERSON]] aanwezig. Zij toonde haar Verklaring Sociale Hygiëne. Aan de bar werden twee jongeren aangetroffen met bier; één van hen, [[Luuk Hermsen|PERSON]], bleek 17 jaar (geboren [[09-05-2008|DATE_OF_BIRTH]]). Hij woont bij zijn ouders op [[Hommelseweg 412|ADDRESS]].
De heer [[Rombouts|PERSON]] werd telefonisch bereikt op [[06 4419 3076|PHONE_NUMBER]] en kwam om 00.05 uur naar de zaak. Hij verklaarde dat de portier, [[Dennis Willemsen|PERSON]], de legitimatie had gecontroleerd.
## Conclusie
Overtreding van artikel 20, eerste lid, {Alcoholwet|LAW}. Burgemeester {Ahmed Marcouch|OFFICIAL} kan een bestuurlijke boete opleggen van {€ 1.360|AMOUNT} of de vergunning schorsen (artikel 19a). Het rapport wordt gedeeld met de {Nederlandse Voedsel- en Warenautoriteit|ORG}.
Opgemaakt en ondertekend: [[R. Meijerink|PERSON]], [[I. Belhaj|PERSON]]
""",
)

DOCS["r31_raadsinformatiebrief_tweekoloms"] = dict(
    producer="chrome", font="DejaVu Serif", size=9, title="Raadsinformatiebrief windpark",
    text="""
# Raadsinformatiebrief: stand van zaken windpark {Zeewolde|PLACE} Oost
{Gemeente Zeewolde|ORG} - college van burgemeester en wethouders - {24 april 2025|DATE} - kenmerk {RIB-2025-019|CASE_NUMBER}
!col2
## Aanleiding
In de commissie van {10 maart 2025|DATE} heeft het raadslid {Wiebenga|OFFICIAL} (VVD) gevraagd naar de klachten van omwonenden over slagschaduw. Wethouder {Dirk Jan Wiersma|OFFICIAL} heeft toegezegd de raad te informeren.
## Klachten
Sinds de ingebruikname zijn 23 klachten binnengekomen, vooral van bewoners van de Gooiseweg. De familie [[Van Wijngaarden|PERSON]] van [[Gooiseweg 144|ADDRESS]] meldde op 11 januari dat de slagschaduw in hun woonkamer valt. Ook mevrouw [[Gülşen Arslan|PERSON]] en de heer [[Teun Boersma|PERSON]] hebben geklaagd.
Het bedrijf {Windpark Zeewolde B.V.|ORG} heeft de stilstandvoorziening aangepast. Omgevingsmanager [[Renske Hofman|PERSON]] van het windpark heeft de bewoners persoonlijk bezocht. Zij is bereikbaar via {omgeving@windparkzeewolde.nl|FUNCTIONAL_EMAIL}.
## Metingen
De {Omgevingsdienst Flevoland & Gooi en Vechtstreek|ORG} heeft in februari gemeten. De normen uit het {Activiteitenbesluit milieubeheer|LAW} worden niet overschreden. De heer [[Boersma|PERSON]] betwist de metingen en heeft een eigen adviseur ingeschakeld, ir. [[Floris Dekema|PERSON]] van {Dekema Akoestiek|ORG}.
## Vervolg
Burgemeester {Gerrit Jan Gorter|OFFICIAL} en de wethouder bezoeken de bewoners op {14 mei 2025|DATE}. Ambtelijk contactpersoon is [[Hanna Wildschut|PERSON]] ([[036 522 93 41|PHONE_NUMBER]]).
!col1
""",
)

# ---- scans (raster only; no keep probes, redact probes counted in the evaluator's OCR) ----
DOCS["r32_scan_bezwaarschrift_burger"] = dict(
    producer="scan", font="DejaVuSerif", size=11, skew=0.7, seed=32, title="",
    text="""
[[Marloes van Veldhuizen|PERSON]]
[[Kastanjelaan 18|ADDRESS]]
[[3833 AN|ADDRESS]] Leusden
Telefoon: [[06-41 29 77 03|PHONE_NUMBER]]
E-mail: [[marloesvanveldhuizen@kpnmail.nl|EMAIL_ADDRESS]]
Aan het college van burgemeester en wethouders van de gemeente Leusden
Postbus 150
3830 AD Leusden
Leusden, 19 februari 2025
Betreft: bezwaarschrift tegen de beschikking kinderopvangtoeslag gemeentelijke regeling, kenmerk SZ/2025/0088
Geachte college,
Hierbij maak ik bezwaar tegen uw besluit van 10 februari 2025. U heeft mijn aanvraag voor een bijdrage in de kosten van kinderopvang voor mijn dochter [[Fleur|PERSON]] afgewezen, omdat mijn inkomen te hoog zou zijn. Dat klopt niet: sinds januari werk ik nog maar 24 uur per week.
Mijn BSN is [[@BSN:77@|NL_BSN]]. Mijn loonstroken van januari en februari stuur ik mee. Mijn ex-partner, [[Ronald Schipholt|PERSON]], betaalt geen alimentatie meer.
Ik verzoek u het besluit te herzien. Ik wil graag gehoord worden.
Met vriendelijke groet,
[[M. van Veldhuizen|PERSON]]
""",
)

DOCS["r33_scan_presentielijst_bewonersavond"] = dict(
    producer="scan", font="DejaVuSans", size=10.5, skew=-0.5, seed=33, title="",
    text="""
# Presentielijst bewonersavond herinrichting Dorpsstraat
Dorpshuis De Brink, 4 maart 2025, 19.30 uur
!w 28,34,20,18
| Naam | Adres | Telefoon | Handtekening |
| [[Jacoba Hendriks|PERSON]] | [[Dorpsstraat 12|ADDRESS]] | [[06 1122 4093|PHONE_NUMBER]] | getekend |
| [[Erik Lammers|PERSON]] | [[Dorpsstraat 31|ADDRESS]] | [[0318 57 22 19|PHONE_NUMBER]] | getekend |
| [[Wilma Schouten|PERSON]] | [[Kerkpad 4|ADDRESS]] | - | getekend |
| [[Hasan Yilmaz|PERSON]] | [[Molenweg 7|ADDRESS]] | [[06 5301 8847|PHONE_NUMBER]] | getekend |
| [[Gerrit van Harten|PERSON]] | [[Dorpsstraat 40|ADDRESS]] | - | getekend |
| [[Sophie Drost|PERSON]] | [[Brinkweg 2|ADDRESS]] | [[06 2875 1106|PHONE_NUMBER]] | getekend |
Namens de gemeente aanwezig: [[Maarten Kroon|PERSON]] (projectleider) en [[Nicole Beuving|PERSON]] (omgevingsmanager).
""",
)

DOCS["r34_scan_beschikking_handhaving_twee_paginas"] = dict(
    producer="scan", font="DejaVuSans", size=10.5, skew=0.4, seed=34, title="",
    text="""
Gemeente Hoorn, Postbus 603, 1620 AR Hoorn
De heer [[T.J. Koning|PERSON|T.J. Koning]]
[[Grote Oost 77|ADDRESS]]
[[1621 BS|ADDRESS]] HOORN
Hoorn, 12 juni 2025
Kenmerk: HH/2025/1140
Behandeld door: [[Anneke Zeeman|PERSON]], telefoon [[0229 25 22 91|PHONE_NUMBER]]
# Vooraankondiging last onder bestuursdwang
Geachte heer [[Koning|PERSON]],
Bij een controle op 3 juni 2025 heeft onze toezichthouder, de heer [[Jeroen Smit|PERSON]], vastgesteld dat de gevel van uw pand, een rijksmonument, is voorzien van kunststof kozijnen. Daarvoor is geen vergunning verleend. De melding kwam van de Vereniging Oud Hoorn.
Wij zijn van plan u een last onder bestuursdwang op te leggen. U krijgt eerst de gelegenheid uw zienswijze te geven.
!pb
## Zienswijze
U kunt binnen twee weken schriftelijk of mondeling reageren. Voor een mondelinge zienswijze kunt u een afspraak maken met mevrouw [[Zeeman|PERSON]] via [[a.zeeman@hoorn.nl|EMAIL_ADDRESS]].
Uw aannemer, de heer [[Pim Stroet|PERSON]], heeft ons laten weten dat hij de kozijnen in opdracht van de vorige eigenaar, mevrouw [[Riet Blokker|PERSON]], heeft geplaatst. Dat verandert niets aan uw verantwoordelijkheid als eigenaar.
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
[[A. Zeeman|PERSON]]
senior medewerker handhaving
""",
)

DOCS["r35_scan_klachtbrief_zorg"] = dict(
    producer="scan", font="DejaVuSerif", size=11, skew=-0.8, seed=35, title="",
    text="""
Aan de klachtencommissie Wmo
Gemeente Emmen
Betreft: klacht over de huishoudelijke hulp van mijn moeder
Geachte commissie,
Mijn moeder, mevrouw [[Trijntje Bosscher|PERSON]], geboren [[11-08-1938|DATE_OF_BIRTH]], woont op [[Hondsrugweg 55|ADDRESS]] in Emmen. Sinds januari krijgt zij huishoudelijke hulp van een zorgaanbieder. De vaste hulp, [[Anita|PERSON]], is vervangen door steeds wisselende invallers.
Op 14 februari kwam er helemaal niemand. Ik heb gebeld met de wijkconsulent, de heer [[Roelof Ensing|PERSON]], maar hij heeft niet teruggebeld.
Ik vraag u deze klacht te onderzoeken. U kunt mij bereiken op [[06-23 45 19 08|PHONE_NUMBER]].
Met vriendelijke groet,
[[Harm Bosscher|PERSON]]
""",
)

DOCS["r36_outlook_thread_klacht_doorgestuurd_disclaimer"] = dict(
    producer="writer", title="FW: klacht behandeling loket", author="[[Koen Lambrechts|PERSON]]", font="DejaVu Sans", size=9.5,
    text="""
Van: [[Lambrechts, Koen|PERSON|Lambrechts;Koen]]
Verzonden: vrijdag {7 februari 2025|DATE} 11:20
Aan: [[Oomen, Sabine|PERSON|Oomen;Sabine]]; [[El Idrissi, Hafsa|PERSON|El Idrissi;Hafsa]]
CC: {klachtencoordinator@maastricht.nl|FUNCTIONAL_EMAIL}
Onderwerp: FW: klacht behandeling loket Burgerzaken
Urgentie: Hoog
Hoi [[Sabine|PERSON]] en [[Hafsa|PERSON]],
Zie onderstaande klacht. Het gaat om de balie van vorige week dinsdag; [[Hafsa|PERSON]], jij had toen dienst met [[Jo|PERSON]] toch? Willen jullie voor woensdag een korte reactie sturen, dan kan ik een conceptbrief maken voor de klachtencoördinator.
Gr. [[Koen|PERSON]]
[[Koen Lambrechts|PERSON]] | Teamleider Burgerzaken | {Gemeente Maastricht|ORG}
{Mosae Forum 10|GOV_ADDRESS}, {6211 DW|GOV_ADDRESS} {Maastricht|PLACE} | [[+31 43 350 42 18|PHONE_NUMBER]] | [[06-53 80 12 96|PHONE_NUMBER]]
-----Oorspronkelijk bericht-----
Van: [[Wim Ploumen|PERSON]] <[[w.ploumen@home.nl|EMAIL_ADDRESS]]>
Verzonden: maandag {3 februari 2025|DATE} 20:14
Aan: {info@maastricht.nl|FUNCTIONAL_EMAIL}
Onderwerp: klacht behandeling loket
Geachte heer/mevrouw,
Op dinsdag 28 januari kwam ik met mijn vrouw [[Marie-José Ploumen-Dassen|PERSON|Ploumen-Dassen;Marie-José]] een nieuw paspoort aanvragen. De medewerkster aan de balie weigerde de pasfoto omdat er een schaduw op zou staan, terwijl de foto bij {Foto Leclercq|ORG} in de {Grote Staat|PLACE} was gemaakt volgens de eisen van de {Rijksdienst voor Identiteitsgegevens|ORG}.
!pb
Wij moesten een nieuwe afspraak maken. Mijn vrouw is 81 en slecht ter been. Ik vind dat de medewerkster onvriendelijk was. Ik verzoek u mijn klacht in behandeling te nemen op grond van de {Algemene wet bestuursrecht|LAW}.
Op 29 januari 2025 om 09:12 schreef {Gemeente Maastricht|ORG} <{noreply@maastricht.nl|FUNCTIONAL_EMAIL}>:
> Uw afspraak voor het aanvragen van een paspoort op 28 januari 2025 om 10:40 uur is bevestigd. Neem uw oude paspoort mee.
Met vriendelijke groet,
[[W.H.J. Ploumen|PERSON]]
[[Sint Pieterstraat 41|ADDRESS]]
[[6211 JN|ADDRESS]] MAASTRICHT
Tel. [[043-321 88 54|PHONE_NUMBER]]
!small Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is verboden. Burgemeester {Annemarie Penn-te Strake|OFFICIAL} en de wethouders van {Maastricht|PLACE} aanvaarden geen aansprakelijkheid voor gevolgen van elektronische verzending.
""",
)
