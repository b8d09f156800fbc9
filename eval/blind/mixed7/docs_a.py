"""Documents q01-q16 and q28 of set mixed7 (Writer via Flat ODT, one reportlab thread, one scan). All persons invented except office holders."""

DOCS = {}

DOCS["q01_raadsvoorstel_paraafkolommen_haarlemmermeer"] = dict(
    producer="writer", title="Raadsvoorstel Herinrichting Raadhuisplein", author="[[Sevda Karakaya|PERSON]]",
    header="{Gemeente Haarlemmermeer|ORG} - raadsvoorstel {2025.0004127|CASE_NUMBER}",
    footer="Concept - niet verspreiden - versie 0.3",
    text="""
# Raadsvoorstel
~ Onderwerp | Herinrichting {Raadhuisplein|GOV_ADDRESS} en {Burgemeester van Stamplein|GOV_ADDRESS}
~ Portefeuillehouder | wethouder {Van Rijswijk-Tol|OFFICIAL}
~ Steller | [[Sevda Karakaya|PERSON]], afdeling Ruimte, tel. [[023 567 41 92|PHONE_NUMBER]]
~ Collegevergadering | {11 maart 2025|DATE}
~ Raadsvergadering | {10 april 2025|DATE}
## Parafering
!w 22,30,16,16,16
| Rol | Naam | Paraaf | Datum | Akkoord |
| Steller | [[S. Karakaya|PERSON]] | [[SK|PARAPH]] | 3-3-2025 | ja |
| Teamleider Openbare Ruimte | [[Pieter-Jan van 't Zandt|PERSON]] | [[PJvtZ|PARAPH]] | 4-3-2025 | ja |
| Juridische toets | [[Małgorzata Wiśniewska|PERSON]] | [[MW|PARAPH]] | 5-3-2025 | ja, zie opmerking |
| Financiën | [[Rohan Ramcharan|PERSON]] | [[RR|PARAPH]] | 5-3-2025 | ja |
| Concerndirecteur | [[Annelies Hoogervorst-Bakker|PERSON]] | [[AHB|PARAPH]] | 6-3-2025 | ja |
## Samenvatting
Het {Raadhuisplein|GOV_ADDRESS} in {Hoofddorp|PLACE} wordt heringericht als verblijfsplein. Het college stelt voor een krediet van {€ 2,4 miljoen|TERM} beschikbaar te stellen. Burgemeester {Schuurmans|OFFICIAL} heeft de ambitie in de {Raadsinformatiebrief|TERM} van januari al aangekondigd.<<[[Małgorzata Wiśniewska|PERSON]]||Graag ook verwijzen naar de {Omgevingswet|LAW}; check met [[Rohan|PERSON]].>>
## Beoogd effect
Een groener en veiliger centrum, conform de {Omgevingsvisie Haarlemmermeer 2040|PROGRAM}.^(Vastgesteld door de raad op 7 juli 2022; zie ook het advies van bureau {Heijmans|ORG} over de fasering.)^
## Argumenten
De bewonerspanels (zie bijlage 2) zijn positief. Mevrouw [[Karakaya|PERSON]] heeft de panels begeleid samen met [[Jurgen Tjon A Loi|PERSON]] van het wijkteam. Ondernemersvereniging {Centrum Hoofddorp|ORG} en {Albert Heijn|ORG} aan de {Kruisweg|GOV_ADDRESS} steunen de plannen.
## Kanttekeningen
De kabelbeheerder {Liander|ORG} moet de netaansluiting tijdig leveren; dat is nog onzeker.^(Mail van [[J. Tjon A Loi|PERSON]] aan [[p.vantzandt@haarlemmermeer.nl|EMAIL_ADDRESS]], 2 maart 2025.)^
## Communicatie
Vragen van bewoners gaan via {info@haarlemmermeer.nl|FUNCTIONAL_EMAIL} of {14 023|SERVICE_NUMBER}.
Burgemeester en wethouders van {Haarlemmermeer|PLACE},
de secretaris, de burgemeester,
""",
)

DOCS["q16_thread_nl_en_netbeheer_tennet"] = dict(
    producer="rl", font="Helvetica", title="RE: Grid capacity Zeeland", author="[[Frederik Oosterbeek|PERSON]]",
    text="""
# RE: Grid capacity Zeeland - follow-up call
Van: [[Oosterbeek, Frederik|PERSON]] <[[frederik.oosterbeek@minkgg.nl|EMAIL_ADDRESS]]>
Verzonden: dinsdag {18 februari 2025|DATE} 17:42
Aan: '[[Siobhan Gallagher|PERSON]]' <[[s.gallagher@tennet.eu|EMAIL_ADDRESS]]>
CC: [[Nguyen, Thi Lan|PERSON]] <[[thilan.nguyen@minkgg.nl|EMAIL_ADDRESS]]>; {secretariaat-dgke@minkgg.nl|FUNCTIONAL_EMAIL}
Onderwerp: RE: Grid capacity Zeeland - follow-up call
Hi [[Siobhan|PERSON]],
Thanks for the quick turnaround. I have discussed the {congestion management|TERM} options with [[Thi Lan|PERSON|Thi Lan]]; we think the {non-firm ATO|TERM} route is the most realistic before Q3. Minister {Hermans|OFFICIAL} wants a short update before the {commissiedebat|TERM} on 6 March.
Met vriendelijke groet / kind regards,
[[Frederik Oosterbeek|PERSON]]
Senior beleidsmedewerker Netten | Directie Elektriciteit
{Ministerie van Klimaat en Groene Groei|ORG} | {Bezuidenhoutseweg 73|GOV_ADDRESS} | {2594 AC|GOV_ADDRESS} {Den Haag|PLACE}
M [[+31 6 4291 0837|PHONE_NUMBER]]
-----Original Message-----
From: [[Siobhan Gallagher|PERSON]] <[[s.gallagher@tennet.eu|EMAIL_ADDRESS]]>
Sent: Tuesday, February 18, 2025 11:05 AM
To: [[Oosterbeek, Frederik|PERSON]] <[[frederik.oosterbeek@minkgg.nl|EMAIL_ADDRESS]]>
Subject: Grid capacity Zeeland - follow-up call
Dear [[Frederik|PERSON]],
As promised, attached the slide deck from {TenneT|ORG}. Our colleague [[Dariusz Kowalczyk|PERSON]] (asset management) can join next week. Please note the figures for {Borssele|PLACE} and {Rilland|PLACE} are preliminary and commercially sensitive; do not share outside the {Landelijk Actieprogramma Netcongestie|PROGRAM}.
Best,
[[Siobhan|PERSON]]
[[Siobhan Gallagher|PERSON]] | Stakeholder Manager | {TenneT TSO B.V.|ORG} | {Utrechtseweg 310|GOV_ADDRESS}, {Arnhem|PLACE} | T [[+31 26 373 16 84|PHONE_NUMBER]]
""",
)

DOCS["q28_scan_bezwaar_wmo_handgeschreven"] = dict(
    producer="scan", title="scan",
    text="""
[[Gerda Lindeboom-Zwart|PERSON]]
[[Pastoor van Arskade 14|ADDRESS]]
[[5615 BD|ADDRESS]] Eindhoven
Aan het college van burgemeester en wethouders van Eindhoven
Betreft: bezwaar tegen beschikking Wmo, kenmerk WMO-2025-18834
Eindhoven, 14 maart 2025
Geachte heer, mevrouw,
Hierbij maak ik bezwaar tegen het besluit over de huishoudelijke hulp voor mijn moeder, mevrouw [[Hendrika Zwart|PERSON]], geboren op [[12-08-1938|DATE_OF_BIRTH]], BSN [[@BSN:11@|NL_BSN]].
Het gesprek met de consulent, mevrouw [[Oudshoorn|PERSON]], duurde maar twintig minuten.
U kunt mij bellen op [[06-38174420|PHONE_NUMBER]].
Met vriendelijke groet,
[[G. Lindeboom-Zwart|PERSON]]
""",
)

DOCS["q02_collegebesluit_paraafbox_zaanstad"] = dict(
    producer="writer", title="Collegebesluit subsidieregeling buurthuizen", font="Liberation Serif", size=10.5,
    header="Collegebesluit - {Gemeente Zaanstad|ORG}", footer="Zaaknummer {Z/25/441928|CASE_NUMBER}",
    text="""
# Collegebesluit
~ Registratienummer | {Z/25/441928|CASE_NUMBER}
~ Datum collegevergadering | {25 maart 2025|DATE}
~ Onderwerp | Subsidieregeling buurthuizen 2025-2028
~ Portefeuillehouder | wethouder {Gerard Slegers|OFFICIAL}
~ Behandelend ambtenaar | [[ing. D.W. (Dewi) Sastrowardojo|PERSON|Sastrowardojo;Dewi]], beleidsadviseur Sociaal Domein
~ Telefoon | [[075 681 92 04|PHONE_NUMBER]]
~ E-mail | [[d.sastrowardojo@zaanstad.nl|EMAIL_ADDRESS]]
## Adviesroute
!w 30,26,12,32
| Afdeling | Adviseur | Paraaf | Advies |
| Sociaal Domein | [[Dewi Sastrowardojo|PERSON]] | [[DS|PARAPH]] | akkoord |
| Financiën | [[Kerem Aydın|PERSON]] | [[KA|PARAPH]] | akkoord, dekking uit reserve |
| Juridische Zaken | [[mr. Lieke Brandsma-de Jong|PERSON|Brandsma-de Jong;Lieke]] | [[LBdJ|PARAPH]] | akkoord met tekstvoorstel |
| Communicatie | {Team Communicatie|ORG} | - | geen advies |
## Besluit
Het college besluit:
1. de {Subsidieregeling buurthuizen Zaanstad 2025-2028|LAW} vast te stellen;
2. de {Algemene subsidieverordening Zaanstad 2023|LAW} van toepassing te verklaren;
3. de gemeenteraad te informeren via een raadsinformatiebrief.
## Toelichting
Het aantal buurthuizen dat een beroep doet op de regeling groeit. {Stichting Clara Wichmann Huis|ORG} in {Zaandam|PLACE} en {Buurthuis De Ontmoeting|ORG} aan de {Jan Pieterszoon Coenstraat|GOV_ADDRESS} hebben al een aanvraag ingediend.^(Zie de brief van [[de heer Aydın|PERSON|Aydın]] aan de stichting van 3 februari 2025.)^ Het bestuur van de stichting (voorzitter [[Johanna Mulder-Pinas|PERSON]]) vraagt om een meerjarige toezegging.
Wethouder {Slegers|OFFICIAL} bespreekt de regeling op 2 april in de commissie Samenleving.
Aldus besloten in de vergadering van {25 maart 2025|DATE}.
""",
)

DOCS["q03_verslag_functioneringsgesprek_opmerkingen"] = dict(
    producer="writer", title="Verslag functioneringsgesprek", author="[[Wendy Kraaijeveld|PERSON]]",
    header="VERTROUWELIJK - personeelsdossier", footer="{Rijkswaterstaat|ORG} - {P&O Advies|ORG}", qpdf=True,
    text="""
# Verslag functioneringsgesprek 2025
!box Medewerker: [[Yusuf Ouali|PERSON]] // Personeelsnummer: [[1187734|PERSONNEL_NUMBER]] // Functie: {senior adviseur assetmanagement|TITLE} // Schaal 11
~ Leidinggevende | [[Wendy Kraaijeveld|PERSON]], {afdelingshoofd|TITLE} {Netwerkmanagement|ORG}
~ Datum gesprek | {19 februari 2025|DATE}
~ Locatie | {Griffioenlaan 2|GOV_ADDRESS}, {Utrecht|PLACE} (kamer 4.12)
## 1. Terugblik
[[Yusuf|PERSON]] heeft het afgelopen jaar de inspecties van de {Van Brienenoordbrug|TERM} en de {Haringvlietbrug|TERM} gecoördineerd.<<[[Wendy Kraaijeveld|PERSON]]||Formulering afstemmen met P&O; niet te stellig.>> Hij werkt goed samen met de aannemer {Van Hattum en Blankevoort|ORG} en met collega [[Marleen Schouwstra|PERSON]].
## 2. Werkbelasting en verzuim
De medewerker geeft aan dat de werkdruk hoog is. In 2024 was hij twee keer kort ziek. [[Kraaijeveld|PERSON]] wijst op de mogelijkheid van een gesprek met de bedrijfsarts via {Arbo Unie|ORG}.
## 3. Ontwikkeling
Afspraak: [[Ouali|PERSON]] volgt in 2025 de leergang {Asset Management Control|PROGRAM} van de {TU Delft|ORG}. Kosten ({€ 4.950|TERM}) komen ten laste van het opleidingsbudget.<<[[Marleen Schouwstra|PERSON]]||Budget is akkoord, zie mail van [[Erik-Jan Hofstede|PERSON]].>>
## 4. Afspraken
!w 50,25,25
| Afspraak | Wie | Wanneer |
| Aanmelding leergang | [[YO|PARAPH]] | {1 april 2025|DATE} |
| Gesprek bedrijfsarts plannen | [[WK|PARAPH]] | {15 maart 2025|DATE} |
| Evaluatie werkverdeling team | [[WK|PARAPH]], [[MS|PARAPH]] | {juni 2025|DATE} |
Voor akkoord medewerker: [[Y. Ouali|PERSON]]    Voor akkoord leidinggevende: [[W. Kraaijeveld|PERSON]]
""",
)

DOCS["q04_verzuim_probleemanalyse_bedrijfsarts"] = dict(
    producer="writer", title="Probleemanalyse", font="DejaVu Sans", size=9.5,
    header="Medisch vertrouwelijk - alleen voor casemanager", footer="Verzuimdossier {VZ-2025-0311|CASE_NUMBER}",
    text="""
# Probleemanalyse (artikel 25 Wet verbetering poortwachter)
~ Werkgever | {Belastingdienst|ORG}, {Centrale Administratieve Processen|ORG}, {Apeldoorn|PLACE}
~ Werknemer | [[Anastasiia Kovalenko|PERSON]]
~ Geboortedatum | [[03-11-1986|DATE_OF_BIRTH]]
~ Personeelsnummer | [[4417290|PERSONNEL_NUMBER]]
~ Eerste ziektedag | {6 januari 2025|DATE}
~ Bedrijfsarts | [[drs. H.M. (Henk) Feenstra|PERSON|Feenstra;Henk]], {Human Capital Care|ORG}
~ Casemanager | [[Roos Vermeulen|PERSON]], tel. [[06 - 21 09 47 83|PHONE_NUMBER]]
## Beschouwing
Werknemer is uitgevallen met klachten die passen bij overbelasting. Er is geen sprake van een arbeidsconflict. Mevrouw [[Kovalenko|PERSON]] woont sinds 2022 in {Nederland|PLACE} en werkt sinds 2023 als {medewerker klantcontact|TITLE} bij de {BelastingTelefoon|ORG}.
## Mogelijkheden en beperkingen
Zie de {Functionele Mogelijkhedenlijst|TERM} (FML). Werknemer kan 2 x 2 uur per dag werken, niet aan de telefoon.
## Advies
Start re-integratie eerste spoor per {3 februari 2025|DATE}. Evaluatie over zes weken. De casemanager stelt samen met leidinggevende [[Bart Nijenhuis|PERSON]] het {plan van aanpak|TERM} op binnen een week.
[[H.M. Feenstra|PERSON]], bedrijfsarts, BIG [[19058833201|ID_NUMBER]]
""",
)

DOCS["q05_wmo_keukentafelgesprek_tekstkader"] = dict(
    producer="writer", title="Verslag keukentafelgesprek",
    header="{Gemeente Almere|ORG} - Wmo-consulentschap", footer="Dit verslag is aan de cliënt toegestuurd ter controle",
    text="""
# Verslag gesprek (onderzoek Wmo 2015)
!box Cliënt: [[Errol Sabajo|PERSON]] // [[Frans Halsstraat 41|ADDRESS]], [[1323 KM|ADDRESS]] {Almere|PLACE} // BSN [[@BSN:21@|NL_BSN]] // Tel. [[06-14882730|PHONE_NUMBER]]
~ Datum gesprek | {12 februari 2025|DATE}
~ Aanwezig | de heer [[Sabajo|PERSON]], zijn dochter [[Shanti Sabajo-Ramdin|PERSON]] (mantelzorger), consulent [[Fenna de Wilde|PERSON]]
~ Melding | {WMO-2025-00871|CASE_NUMBER}
## Situatie
De heer [[Sabajo|PERSON]] (72) woont zelfstandig in een eengezinswoning van {Ymere|ORG}. Sinds een beroerte in 2024 loopt hij met een rollator. Zijn dochter [[Shanti|PERSON]] komt drie keer per week langs en doet de boodschappen bij de {Jumbo|ORG} om de hoek.
## Hulpvraag
Cliënt vraagt huishoudelijke ondersteuning en een {scootmobiel|TERM}. Hij wil zelf naar de {weekmarkt|TERM} op het {Stadhuisplein|GOV_ADDRESS} kunnen blijven gaan.
## Afspraken
De consulent vraagt advies aan de ergotherapeut van {Zorggroep Almere|ORG}, [[mevrouw Baptiste|PERSON|Baptiste]]. [[De Wilde|PERSON]] stuurt het verslag binnen vijf werkdagen. Vragen: {Sociaal Loket|ORG}, {14 036|SERVICE_NUMBER} of {wmo@almere.nl|FUNCTIONAL_EMAIL}.
!small Dit verslag is opgesteld op grond van artikel 2.3.2 van de {Wet maatschappelijke ondersteuning 2015|LAW}.
""",
)

DOCS["q06_jeugd_gespreksverslag_gezin"] = dict(
    producer="writer", title="Gespreksverslag gezin", author="[[Ilse Verbruggen|PERSON]]",
    header="{Jeugdbescherming west|ORG} - gespreksverslag", footer="Niet zonder toestemming delen met derden",
    text="""
# Gespreksverslag huisbezoek
~ Kind | [[Amira El Idrissi|PERSON]], geboren [[17-05-2014|DATE_OF_BIRTH]]
~ Ouders | [[Nourdin El Idrissi|PERSON]] en [[Samira Bouchtaoui|PERSON]]
~ Adres | [[Slachthuisstraat 6|ADDRESS]], {Haarlem|PLACE}
~ Jeugdbeschermer | [[Ilse Verbruggen|PERSON]]
~ Datum | {4 maart 2025|DATE}
## Verloop
Het gesprek vond plaats bij het gezin thuis. Vader ([[Nourdin|PERSON]]) was eerst terughoudend; moeder vertaalde af en toe. [[Amira|PERSON]] zat erbij tijdens het eerste deel. Haar broertje [[Yassin|PERSON]] (6) was op school.
## Zorgen
De school, {IKC De Ark|ORG}, meldt veel verzuim. Intern begeleider [[Judith Kalkman|PERSON]] heeft op {20 februari 2025|DATE} contact gehad met {Veilig Thuis Kennemerland|ORG}.<<[[Ilse Verbruggen|PERSON]]||Nog navragen bij [[Kalkman|PERSON]] of er een melding is gedaan.>>
## Afspraken
Moeder meldt zich aan bij het {Centrum voor Jeugd en Gezin|ORG}. Mevrouw [[Bouchtaoui|PERSON]] is bereikbaar op [[06 4820 1177|PHONE_NUMBER]]. Volgende afspraak: {18 maart 2025|DATE}. Kinderrechter: zie beschikking {C/15/358812/JE RK 24-1190|CASE_NUMBER}.
""",
)

DOCS["q07_interview_transcript_rekenkamer"] = dict(
    producer="writer", title="Transcript interview", font="Liberation Serif", size=10.5,
    header="{Algemene Rekenkamer|ORG} - onderzoek uitvoering {Tozo|PROGRAM} - interviewtranscript", footer="Intern werkdocument, niet openbaar",
    text="""
# Transcript interview 7
~ Datum | {9 januari 2025|DATE}, 10.00-11.15 uur, {Teams|PRODUCT}
~ Geïnterviewde | [[Mehmet Kılıç|PERSON]] ({teamleider|TITLE} uitvoering, gemeente {Tilburg|PLACE})
~ Interviewers | [[Hanna Wiersma|PERSON]] ([[HW|PARAPH]]), [[Tobias van Leeuwen|PERSON]] ([[TvL|PARAPH]])
~ Transcriptie | [[Sunita Jagesar|PERSON]]
[[HW|PARAPH]]: Dank dat je tijd wilt maken, [[Mehmet|PERSON]]. Mogen we het gesprek opnemen?
[[MK|PARAPH]]: Ja, dat is goed.
[[TvL|PARAPH]]: Kun je vertellen hoe jullie de {Tozo|PROGRAM}-aanvragen in 2020 hebben verwerkt?
[[MK|PARAPH]]: We hadden in maart 2020 ineens vierduizend aanvragen. We hebben toen met {Excel|PRODUCT} en later met {Suite4Werk|PRODUCT} gewerkt. Mijn collega [[Jorien Blom|PERSON]] heeft de steekproeven gedaan.
[[HW|PARAPH]]: Hoe ging de terugvordering?
[[MK|PARAPH]]: Moeizaam. Het ministerie, toen onder minister {Koolmees|OFFICIAL}, gaf pas later duidelijkheid. Nu loopt het via de {Kredietbank West-Brabant|ORG}.
[[TvL|PARAPH]]: Zijn er zaken waarin fraude is vastgesteld?
[[MK|PARAPH]]: Een paar. Eén ondernemer, [[de heer Pranoto|PERSON|Pranoto]], had drie aanvragen gedaan. Dat dossier ligt bij het {Openbaar Ministerie|ORG}.
[[HW|PARAPH]]: Dank je wel. We sturen het verslag ter verificatie naar [[m.kilic@tilburg.nl|EMAIL_ADDRESS]].
""",
)

DOCS["q08_transcript_integriteitsonderzoek"] = dict(
    producer="writer", title="Verslag hoor en wederhoor", gs=True, size=9.5,
    header="Integriteitsonderzoek {INT-2025-014|CASE_NUMBER} - vertrouwelijk", footer="{Bureau Integriteit|ORG} {gemeente Utrecht|ORG}",
    text="""
# Verslag gesprek in het kader van hoor en wederhoor
~ Betrokkene | [[Dennis Wijnberg|PERSON]], {vakspecialist parkeren|TITLE}, {Stadsbedrijven|ORG}
~ Raadsman | [[mr. Hatice Doğan|PERSON|Doğan;Hatice]], {Advocatenkantoor Catharijne|ORG}
~ Onderzoekers | [[Rik Hazelaar|PERSON]] ([[RH|PARAPH]]) en [[Clarice Mendes|PERSON]] ([[CM|PARAPH]])
~ Datum en plaats | {27 januari 2025|DATE}, {Stadsplateau 1|GOV_ADDRESS}, {Utrecht|PLACE}
[[RH|PARAPH]]: U bent op de hoogte van de melding van {31 oktober 2024|DATE} over het gebruik van de parkeerapp. Wat is uw reactie?
[[DW|PARAPH]]: Ik heb inderdaad via {ParkeerAssist|PRODUCT} vergunningen verlengd voor mijn buurman, [[de heer Sneijders|PERSON|Sneijders]]. Ik wist niet dat dat niet mocht.
[[CM|PARAPH]]: In de logbestanden zien we uw gebruikersnaam [[dwijnberg2|USERNAME]] bij 14 mutaties.
[[DW|PARAPH]]: Dat klopt, maar ik deed het ook voor collega's. [[Priscilla|PERSON]] van de balie vroeg het soms.
[[RH|PARAPH]]: Bedoelt u [[Priscilla Mahabier|PERSON]]?
[[DW|PARAPH]]: Ja.
Mr. [[Doğan|PERSON]]: Mijn cliënt heeft geen financieel voordeel gehad. Ik verwijs naar de {Gedragscode Integriteit gemeente Utrecht|LAW} en artikel 125quater van de {Ambtenarenwet|LAW}.
[[CM|PARAPH]]: Dank u. U ontvangt het verslag binnen twee weken. Opmerkingen kunt u sturen naar {integriteit@utrecht.nl|FUNCTIONAL_EMAIL}.
!small Verslag vastgesteld door [[R. Hazelaar|PERSON]] op 3 februari 2025. Burgemeester {Dijksma|OFFICIAL} is als bevoegd gezag geïnformeerd.
""",
)

DOCS["q09_embassy_report_warsaw_english"] = dict(
    producer="writer", title="Embassy report", author="[[Joris Uijttewaal|PERSON]]",
    header="{Embassy of the Kingdom of the Netherlands|ORG} in {Warsaw|PLACE}", footer="Classification: Departementaal Vertrouwelijk",
    text="""
# Report: working lunch on grain transit and border crossings
~ Date | {12 February 2025|DATE}
~ Author | [[Joris Uijttewaal|PERSON]], {Second Secretary|TITLE} Economic Affairs
~ To | {DEU|ORG}, {DAO|ORG}, {Ministry of Agriculture, Fisheries, Food Security and Nature|ORG}
~ Participants | [[Katarzyna Zielińska|PERSON]] ({Polish Ministry of Agriculture|ORG}), [[Oleksandr Hrytsenko|PERSON]] ({Embassy of Ukraine|ORG}), [[Tomasz Wróbel|PERSON]] ({Cargill|ORG} Poland)
## Summary
The {Polish|TERM} side expects the {EU-Ukraine|TERM} trade arrangement to be renegotiated before June. [[Zielińska|PERSON]] stressed that farmers' protests at the {Dorohusk|PLACE} crossing remain a political risk. Minister {Wiersma|OFFICIAL} may raise the issue at the {AGRIFISH Council|ORG} on 24 February.
## Discussion
[[Hrytsenko|PERSON]] explained that transit volumes via {Gdańsk|PLACE} and {Rotterdam|PLACE} are up by thirty percent. [[Wróbel|PERSON]] asked whether the Netherlands would support a {safeguard clause|TERM}. The Embassy made no commitments.
## Follow-up
Contact details shared at the lunch: [[k.zielinska@minrol.gov.pl|EMAIL_ADDRESS]], [[+48 22 623 18 44|PHONE_NUMBER]]. Please route questions through {war-ea@minbuza.nl|FUNCTIONAL_EMAIL}. The Ambassador will brief {Commissioner Hansen|OFFICIAL} during his visit in March.
""",
)

DOCS["q10_defence_memo_nato_english"] = dict(
    producer="writer", title="Memo NATO Defence Ministers", font="Liberation Serif", size=10.5, qpdf=True,
    header="{Ministry of Defence|ORG} - Directorate of General Policy Affairs", footer="NATO UNCLASSIFIED / Releasable to the public after review",
    text="""
# Memo: preparation NATO Defence Ministers' Meeting, {13 February 2025|DATE}
~ For | Minister {Brekelmans|OFFICIAL}, State Secretary {Tuinman|OFFICIAL}
~ From | [[Lt Col Remco Bijlsma|PERSON|Remco Bijlsma;Bijlsma;Remco]], {Policy Officer|TITLE} NATO Affairs
~ Contact | [[r.bijlsma.01@mindef.nl|EMAIL_ADDRESS]], [[+31 6 5017 2286|PHONE_NUMBER]]
~ Cc | [[Yvonne Terpstra-Agyeman|PERSON]], [[Chen Jie|PERSON]] (Permanent Representation)
## Key messages
- The Netherlands supports the {Defence Production Action Plan|PROGRAM} and the new capability targets.
- Continued support to {Ukraine|PLACE} through the {NSATU|ORG} command in {Wiesbaden|PLACE}.
- The {F-35|PRODUCT} and {Patriot|PRODUCT} contributions remain on track; the {CV90|PRODUCT} order is signed.
## Bilateral meetings
Proposed: {Secretary General Rutte|OFFICIAL} (courtesy call), {Pete Hegseth|OFFICIAL} (United States), {Boris Pistorius|OFFICIAL} (Germany). Staff contact for the German bilateral: [[Oberstleutnant Katrin Weißhaupt|PERSON|Katrin Weißhaupt;Weißhaupt;Katrin]], [[+49 30 1824 22107|PHONE_NUMBER]].
## Logistics
The delegation stays at the {Hotel Amigo|ORG} in {Brussels|PLACE}. Travel desk: {reisbureau@mindef.nl|FUNCTIONAL_EMAIL}. Driver on 13 February: [[Sgt Maj Frank Hoekema|PERSON|Frank Hoekema;Hoekema;Frank]].
[[R.B.|PARAPH]]
""",
)

DOCS["q11_woo_besluit_inventarislijst_voetnoten"] = dict(
    producer="writer", title="Besluit op uw Woo-verzoek", landscape=True, size=9,
    header="{Ministerie van Volkshuisvesting en Ruimtelijke Ordening|ORG} - Woo-besluit {2025-0000183044|CASE_NUMBER}", footer="Bijlage 1 - inventarislijst",
    text="""
# Besluit op uw Woo-verzoek over de {Woningbouwimpuls|PROGRAM}
Geachte [[heer Ramdin|PERSON|Ramdin]],
Op {14 november 2024|DATE} heeft u een verzoek gedaan op grond van de {Wet open overheid|LAW} (Woo).^(Uw verzoek is per e-mail ontvangen vanaf [[r.ramdin.journalist@protonmail.com|EMAIL_ADDRESS]].)^ Minister {Keijzer|OFFICIAL} besluit de documenten deels openbaar te maken. Persoonsgegevens zijn gelakt op grond van artikel {5.1, tweede lid, onder e|LAW} van de Woo. De documenten staan in de inventarislijst (bijlage 1).
Contactpersoon voor dit besluit: [[Lotte Hendrix|PERSON]], {woo-vro@minvro.nl|FUNCTIONAL_EMAIL}, {070 456 0000|SERVICE_NUMBER}.
De minister van Volkshuisvesting en Ruimtelijke Ordening, namens deze, het afdelingshoofd Juridische Zaken,
!pb
## Bijlage 1 - inventarislijst
!w 8,12,30,26,12,12
| Nr. | Datum | Document | Afzender | Beoordeling | Grond |
| {VRO-001|CASE_NUMBER} | {03-06-2024|DATE} | E-mail over tranche 7 | [[Bas Evertse|PERSON]] (VRO) | deels openbaar | 5.1.2e |
| {VRO-002|CASE_NUMBER} | {10-06-2024|DATE} | Bijlage rekenmodel | [[Bas Evertse|PERSON]] (VRO) | openbaar | - |
| {VRO-003|CASE_NUMBER} | {02-07-2024|DATE} | Verslag overleg {G40|ORG} | [[Nicolette Vandermeulen-Oyelaran|PERSON]] ({gemeente Zwolle|ORG}) | deels openbaar | 5.1.2e, 5.2.1 |
| {VRO-004|CASE_NUMBER} | {19-08-2024|DATE} | Nota aan minister | [[Wouter Ypma|PERSON]] | deels openbaar | 5.1.2e, 5.2.1 |
| {VRO-005|CASE_NUMBER} | {05-09-2024|DATE} | Brief {Aedes|ORG} | [[Marieke Groeneveld|PERSON]] ({Aedes|ORG}) | deels openbaar | 5.1.2e |
| {VRO-006|CASE_NUMBER} | {30-09-2024|DATE} | Teams-chat | [[Bas|PERSON]], [[Wouter|PERSON]] | niet openbaar | 5.1.2i |
| {VRO-007|CASE_NUMBER} | {14-10-2024|DATE} | E-mail {Bouwend Nederland|ORG} | [[Joost Verbeek-Timmers|PERSON]] | deels openbaar | 5.1.2e, 5.1.2h |
| {VRO-008|CASE_NUMBER} | {21-10-2024|DATE} | Kamerbrief (openbaar) | minister {Keijzer|OFFICIAL} | reeds openbaar | - |
""",
)

DOCS["q12_overdrachtsdocument_projectleider"] = dict(
    producer="writer", title="Overdrachtsdocument programma Digitale Dienstverlening", author="[[Niels Brouwer|PERSON]]",
    header="Overdracht programma {Digitale Dienstverlening|PROGRAM} - {Provincie Gelderland|ORG}", footer="Versie 1.0 - {28 februari 2025|DATE}",
    text="""
# Overdrachtsdocument
Dit document is opgesteld door [[Niels Brouwer|PERSON]] bij zijn vertrek als {programmamanager|TITLE} per 1 maart 2025. Opvolger is [[Esra Yılmaz-Koster|PERSON]].
## Lopende zaken
!w 28,40,32
| Onderwerp | Stand van zaken | Contact |
| Vervanging zaaksysteem | Aanbesteding loopt; {Decos JOIN|PRODUCT} blijft tot eind 2025 | [[Gijs Lammertink|PERSON]] (inkoop) |
| Migratie naar {SharePoint Online|PRODUCT} | Pilot bij afdeling Mobiliteit gestart | [[Femke Rozendaal|PERSON]], [[026 359 87 12|PHONE_NUMBER]] |
| {Woo-index|PRODUCT} en {open.overheid.nl|PRODUCT} | Koppeling via {KOOP|ORG} getest | [[Latifa Azzouzi|PERSON]] |
| Chatbot {Gem|PRODUCT} | Gestopt na {DPIA|TERM} | {privacy@gelderland.nl|FUNCTIONAL_EMAIL} |
## Bestuurlijke context
Gedeputeerde {Peter Kerris|OFFICIAL} is portefeuillehouder. Hij wil in april een {Statenbrief|TERM} over de voortgang. De griffie (via {griffie@gelderland.nl|FUNCTIONAL_EMAIL}) vraagt steeds naar de {business case|TERM}.
## Praktisch
Sleutels van het projectkastje liggen bij de servicedesk in het {Huis der Provincie|GOV_ADDRESS}, {Markt 11|GOV_ADDRESS}, {Arnhem|PLACE}. Mijn privénummer voor vragen tot 1 april: [[06-47 19 30 58|PHONE_NUMBER]], of [[niels.brouwer78@gmail.com|EMAIL_ADDRESS]].
Met dank aan [[Esra|PERSON]] en het hele team.
""",
)

DOCS["q13_beslisnota_zijkolom_kader_opmerkingen"] = dict(
    producer="writer", title="Beslisnota aanpak laaggeletterdheid", author="[[Sjoerd Hiemstra|PERSON]]",
    header="{Ministerie van Onderwijs, Cultuur en Wetenschap|ORG}", footer="Beslisnota {5012344|CASE_NUMBER} - pagina 1",
    text="""
!box Directie Mbo en Volwasseneneducatie // Contactpersoon: [[Sjoerd Hiemstra|PERSON]] // T [[070 412 38 65|PHONE_NUMBER]] // [[s.hiemstra@minocw.nl|EMAIL_ADDRESS]] // Kopie aan: [[Priya Raghunathan|PERSON]] (FEZ)
# Beslisnota
~ Aan | de minister van OCW
~ Van | [[drs. A.C. (Anna) Vroegindeweij|PERSON|Vroegindeweij;Anna]], {directeur|TITLE}
~ Datum | {7 april 2025|DATE}
~ Onderwerp | Aanpak laaggeletterdheid 2025-2028
## Aanleiding
De {Stichting Lezen & Schrijven|ORG} vraagt een verlenging van de subsidie. Minister {Bruins|OFFICIAL} heeft in het commissiedebat van 12 maart aan het lid {Westerveld|OFFICIAL} (GroenLinks-PvdA) toegezegd voor de zomer een brief te sturen.<<[[Priya Raghunathan|PERSON]]||Dekking nog niet rond; zie mijn mail aan [[Sjoerd|PERSON]].>>
## Geadviseerd besluit
Akkoord gaan met de bijgevoegde Kamerbrief en het subsidiebesluit op grond van de {Wet educatie en beroepsonderwijs|LAW}.
## Kern
De taalhuizen in {bibliotheken|TERM} werken goed. Uit onderzoek van {ECBO|ORG} blijkt dat 2,5 miljoen volwassenen moeite hebben met lezen en schrijven. Staatssecretaris {Paul|OFFICIAL} is betrokken vanwege het onderdeel basisvaardigheden.<<[[Bram Olthof|PERSON]]||Tekst afgestemd met {Tel mee met Taal|PROGRAM}?>>
## Informatie die niet openbaar gemaakt kan worden
Motivering: (nog in te vullen)
""",
)

DOCS["q14_overzicht_ingekomen_stukken_liggend"] = dict(
    producer="writer", title="Lijst van ingekomen stukken", landscape=True, size=8.5, gs=True,
    header="{Gemeente Tilburg|ORG} - lijst ingekomen stukken raadsvergadering {7 april 2025|DATE}", footer="Griffie - {griffie@tilburg.nl|FUNCTIONAL_EMAIL}",
    text="""
# Lijst van ingekomen stukken
!w 6,12,20,36,14,12
| Nr | Datum | Afzender | Onderwerp | Voorstel | Kenmerk |
| 1 | {12-03-2025|DATE} | [[Wilhelmina Josephina van den Heuvel-Adriaansens|PERSON|Wilhelmina Josephina;Heuvel-Adriaansens]] | Bezwaar tegen kap van drie lindebomen aan de {Ringbaan-West|GOV_ADDRESS} | ter afhandeling aan het college | {IS-25-031|CASE_NUMBER} |
| 2 | {13-03-2025|DATE} | {Stichting Willem II Supportersvereniging|ORG} | Verzoek om extra handhaving rond het {Koning Willem II Stadion|GOV_ADDRESS} | voor kennisgeving | {IS-25-032|CASE_NUMBER} |
| 3 | {14-03-2025|DATE} | [[Agnieszka Kaczmarek-Dijkstra|PERSON]], [[Tuinstraat 88|ADDRESS]] | Klacht over geluidsoverlast evenement {Spoorzone|PLACE} | ter afhandeling aan het college | {IS-25-033|CASE_NUMBER} |
| 4 | {17-03-2025|DATE} | {Gedeputeerde Staten van Noord-Brabant|ORG} | Voortgang {Brabantse Omgevingsvisie|PROGRAM} | voor kennisgeving | {IS-25-034|CASE_NUMBER} |
| 5 | {18-03-2025|DATE} | [[Kwame Mensah-Boateng|PERSON]] namens bewoners {Reeshof|PLACE} | Petitie speeltuin (212 handtekeningen) | ter afhandeling aan het college | {IS-25-035|CASE_NUMBER} |
| 6 | {19-03-2025|DATE} | [[Thijs Oomen|PERSON]] | Vraag over {Tilburgse Kermis|TERM} | doorgeleid | {IS-25-036|CASE_NUMBER} |
Burgemeester {Weterings|OFFICIAL} stelt voor de stukken af te doen zoals voorgesteld. Indieners ontvangen bericht van de griffier.
""",
)

DOCS["q15_intranet_twee_kolommen_nieuwe_collegas"] = dict(
    producer="writer", title="Intranet - Nieuwe collega's", size=9.5,
    header="{DUO|ORG} intranet - {Kennismaken|TERM}", footer="Geplaatst door {Team Interne Communicatie|ORG}",
    text="""
# Welkom aan onze nieuwe collega's
!col2
## [[Ayşe Demirtaş|PERSON]]
[[Ayşe|PERSON]] is per 1 februari begonnen als {data-analist|TITLE} bij {Uitvoering Studiefinanciering|ORG} in {Groningen|PLACE}. Ze woont met haar partner in {Haren|PLACE} en doet aan roeien bij {Aegir|ORG}. "Ik kijk ernaar uit om met {Python|PRODUCT} en {Power BI|PRODUCT} de wachttijden in beeld te brengen."
## [[Rajesh Venkataraman|PERSON]]
[[Rajesh|PERSON]] komt van {ING|ORG} en wordt {product owner|TITLE} van {Mijn DUO|PRODUCT}. Hij is bereikbaar via [[r.venkataraman@duo.nl|EMAIL_ADDRESS]]. Zijn tip: lunchwandeling langs het {Hoornsediep|PLACE}.
## [[Wiktoria Nowak|PERSON]]
[[Wiktoria|PERSON]] versterkt het {Klantcontactcentrum|ORG}. Ze spreekt Pools, Engels en inmiddels aardig Nederlands. Ze werkt op de vierde verdieping van het {Kempkensberg|GOV_ADDRESS}-gebouw.
## [[Lucas ten Hoeve|PERSON]]
[[Lucas|PERSON]] is stagiair bij {Juridische Zaken|ORG} en schrijft zijn scriptie over de {Wet studiefinanciering 2000|LAW}. Begeleider is [[mr. Saskia Oldenkamp|PERSON|Oldenkamp;Saskia]].
!col1
!small Wil je ook in deze rubriek? Mail {intranet@duo.nl|FUNCTIONAL_EMAIL}.
""",
)
