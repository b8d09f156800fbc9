"""Documents r01-r12 of set mixed8: municipal letters to residents (home addresses), beslisnota's with side columns.
All persons invented except public office holders named in their role."""

DOCS = {}

DOCS["r01_woz_uitspraak_bezwaar_tilburg"] = dict(
    producer="rl", font="DejaVuSans", title="Uitspraak op bezwaar WOZ-beschikking",
    rside=["{Gemeente Tilburg|ORG}", "Belastingen en WOZ", "{Stadhuisplein 130|GOV_ADDRESS}", "{5038 TC|GOV_ADDRESS} Tilburg",
           "Telefoon {14 013|SERVICE_NUMBER}", "", "Behandeld door:", "[[Mehmet Öztürk|PERSON]]",
           "Direct: [[013 542 87 16|PHONE_NUMBER]]", "[[m.ozturk@tilburg.nl|EMAIL_ADDRESS]]", "",
           "Ons kenmerk: {WOZ-2025-0418823|CASE_NUMBER}", "Datum: {14 mei 2025|DATE}"],
    text="""
Aangetekend
Mevrouw [[A. Yıldız-de Bruijn|PERSON|A. Yıldız-de Bruijn;Yıldız-de Bruijn]]
[[Hoefstraat 41|ADDRESS]]
[[5014 NK|ADDRESS]] Tilburg
# Uitspraak op uw bezwaar tegen de WOZ-beschikking 2025
Geachte mevrouw [[Yıldız-de Bruijn|PERSON]],
Op {3 maart 2025|DATE} ontvingen wij uw bezwaarschrift tegen de WOZ-waarde van de woning [[Hoefstraat 41|ADDRESS]] (WOZ-objectnummer {785500012345|CASE_NUMBER}). U bent van mening dat de waarde van {€ 412.000|AMOUNT} te hoog is, omdat de woning een verouderde keuken en badkamer heeft. Uw bezwaar is ingediend mede namens uw echtgenoot, de heer [[Kemal Yıldız|PERSON]].
## Hoorzitting en taxatie
Taxateur [[Ruud van Oirschot|PERSON]] heeft de woning op {2 april 2025|DATE} inpandig opgenomen. Hij heeft de waarde vergeleken met de verkochte woningen [[Hoefstraat 27|ADDRESS]] en Ringbaan-Oost 212 (een kantoorpand van {Van Gorp Makelaars B.V.|ORG}, niet vergelijkbaar en daarom niet gebruikt). De taxatie is getoetst door het {Waarderingskamer|ORG}-model en de {Wet waardering onroerende zaken|LAW}.
## Beslissing
Wij verklaren uw bezwaar gegrond. De WOZ-waarde wordt verlaagd naar {€ 389.000|AMOUNT}. De aanslag {onroerendezaakbelasting|TERM} wordt ambtshalve verminderd; het teveel betaalde bedrag storten wij op [[@IBAN:INGB:101@|IBAN_CODE]] ten name van [[A. Yıldız|PERSON|A. Yıldız]].
## Beroep
Bent u het niet eens met deze uitspraak, dan kunt u binnen zes weken beroep instellen bij de {Rechtbank Zeeland-West-Brabant|ORG}, {Postbus 90006|GOV_ADDRESS}, {4800 PA|GOV_ADDRESS} {Breda|PLACE}.
Met vriendelijke groet,
namens het college van burgemeester en wethouders van Tilburg,
[[M. Öztürk|PERSON]]
medewerker bezwaar en beroep {WOZ|ACRONYM}
""",
)

DOCS["r02_last_onder_dwangsom_zwolle"] = dict(
    producer="writer", title="Last onder dwangsom", author="[[Jorien Klein Haneveld|PERSON]]",
    header="{Gemeente Zwolle|ORG} - Vergunningen, Toezicht en Handhaving",
    footer="{Grote Kerkplein 15|GOV_ADDRESS} - {8011 PK|GOV_ADDRESS} {Zwolle|PLACE} - telefoon {14 038|SERVICE_NUMBER} - {www.zwolle.nl|WEB}",
    text="""
~ Aan | De heer [[P.J.M. Hulshof|PERSON|P.J.M. Hulshof;Hulshof]] // [[Assendorperstraat 118|ADDRESS]] // [[8012 DN|ADDRESS]] // ZWOLLE
~ Zaaknummer | {Z-2025-01877|CASE_NUMBER}
~ Contactpersoon | [[Jorien Klein Haneveld|PERSON]] (toezichthouder) // [[06 - 10 93 47 21|PHONE_NUMBER]]
~ Datum | {22 april 2025|DATE}
# Besluit last onder dwangsom
Geachte heer [[Hulshof|PERSON]],
Op {11 februari 2025|DATE} heeft onze toezichthouder mevrouw [[Klein Haneveld|PERSON]] geconstateerd dat op het perceel [[Assendorperstraat 118|ADDRESS]] zonder {omgevingsvergunning|TERM} een dakopbouw wordt gerealiseerd. Uw buurvrouw, mevrouw [[Gerdien Stegeman|PERSON]], heeft hierover op {6 februari 2025|DATE} een handhavingsverzoek ingediend.
De werkzaamheden worden uitgevoerd door {Bouwbedrijf Dijkhuis B.V.|ORG}, {Marsweg 14|COMPANY_ADDRESS}, {8013 PE|COMPANY_ADDRESS} {Zwolle|PLACE}. Wij hebben het bedrijf een afschrift van dit besluit gestuurd.
## Overwegingen
Het bouwen zonder vergunning is in strijd met artikel 5.1 van de {Omgevingswet|LAW}. In uw zienswijze van {3 maart 2025|DATE} stelt u dat uw architect, de heer [[Wouter ten Brinke|PERSON]], u had verzekerd dat het bouwwerk vergunningvrij was. Dat volgt niet uit het {Besluit bouwwerken leefomgeving|LAW}.
## Besluit
Wij gelasten u de bouwwerkzaamheden binnen twee weken na verzending van dit besluit te staken. Voldoet u daar niet aan, dan verbeurt u een dwangsom van {€ 2.500|AMOUNT} per week, met een maximum van {€ 25.000|AMOUNT}.
Burgemeester {Snijders|OFFICIAL} en de wethouders van {Zwolle|PLACE},
namens dezen,
[[J. Klein Haneveld|PERSON]]
Afschrift: mevrouw [[G. Stegeman|PERSON]], [[Assendorperstraat 120|ADDRESS]], [[8012 DN|ADDRESS]] ZWOLLE
""",
)

DOCS["r03_omgevingsvergunning_haarlem"] = dict(
    producer="rl", font="Helvetica", title="Omgevingsvergunning dakkapel", public_too={"Lont": 1},
    side=["{Gemeente Haarlem|ORG}", "Omgevingsvergunningen", "Postadres:", "{Postbus 511|GOV_ADDRESS}", "{2003 PB|GOV_ADDRESS} Haarlem",
          "Bezoekadres:", "{Zijlvest 39|GOV_ADDRESS}", "Telefoon {14 023|SERVICE_NUMBER}", "", "Behandeld door:", "[[Anouk Brinkman|PERSON]]",
          "[[abrinkman@haarlem.nl|EMAIL_ADDRESS]]", "[[023 511 49 80|PHONE_NUMBER]]", "", "Zaaknummer:", "{OV-2025-3381|CASE_NUMBER}"],
    text="""
{Architectenbureau Lont & Vis|ORG}
t.a.v. de heer [[S. Lont|PERSON|S. Lont]]
{Spaarne 88|COMPANY_ADDRESS}
{2011 CK|COMPANY_ADDRESS} Haarlem
Haarlem, {9 juni 2025|DATE}
# Besluit omgevingsvergunning: plaatsen dakkapel
Geachte heer [[Lont|PERSON]],
Namens uw opdrachtgevers, de heer [[Jeroen Verhoef|PERSON]] en mevrouw [[Priya Ramdin|PERSON]], wonende [[Kleverparkweg 63|ADDRESS]], [[2023 CB|ADDRESS]] HAARLEM, heeft u op {2 april 2025|DATE} een aanvraag ingediend voor het plaatsen van een dakkapel aan de voorzijde.
## Besluit
Wij verlenen de {omgevingsvergunning|TERM} voor een {omgevingsplanactiviteit|TERM}. De {Adviescommissie Omgevingskwaliteit|ORG} heeft op {20 mei 2025|DATE} positief geadviseerd. De buren op nummer 61, de familie [[Castricum|PERSON]], hebben een zienswijze ingediend over privacy; die leidt niet tot een ander besluit.
## Leges
Voor de behandeling rekenen wij {€ 684,50|AMOUNT} aan leges. U ontvangt hiervoor een aparte nota van {Cocensus|ORG}.
Wilt u bezwaar maken? Stuur dan binnen zes weken een brief aan het college van burgemeester en wethouders, {Postbus 511|GOV_ADDRESS}, of gebruik het formulier op {haarlem.nl/bezwaar|WEB}.
Met vriendelijke groet,
namens burgemeester en wethouders van {Haarlem|PLACE},
[[A. Brinkman|PERSON]], vergunningverlener
""",
)

DOCS["r04_parkeervergunning_afwijzing_denhaag"] = dict(
    producer="lohtml", font="Nimbus Roman", size=10.5, title="Afwijzing parkeervergunning",
    text="""
## {Gemeente Den Haag|ORG} - Dienst Stadsbeheer - Parkeren
[[Fatima Ouali-Bakkali|PERSON]]
[[Van Speijkstraat 211|ADDRESS]]
[[2518 GD|ADDRESS]] Den Haag
~ Ons kenmerk | {DSB/PV/2025.118342|CASE_NUMBER}
~ Behandeld door | [[R. Chotoe|PERSON]]
~ Telefoon | {14 070|SERVICE_NUMBER}
~ E-mail | {parkeren@denhaag.nl|FUNCTIONAL_EMAIL}
~ Datum | {28 januari 2025|DATE}
# Uw aanvraag voor een bewonersvergunning
Geachte mevrouw [[Ouali-Bakkali|PERSON]],
U heeft op {6 januari 2025|DATE} een tweede bewonersvergunning aangevraagd voor de auto met kenteken [[T-482-PX|LICENSE_PLATE]], die op naam staat van uw zoon [[Yassin Ouali|PERSON]]. Op uw adres is al een vergunning verleend voor de auto van uw echtgenoot, de heer [[Mustapha Ouali|PERSON]].
In het gebied {Zeeheldenkwartier|PLACE} geldt een wachtlijst voor een tweede vergunning ({Parkeerverordening Den Haag 2024|LAW}, artikel 4). Wij hebben uw aanvraag daarom afgewezen en u op de wachtlijst geplaatst met positie 312.
Het college heeft deze regels op voorstel van wethouder {Robert van Asten|OFFICIAL} in 2024 vastgesteld. Vragen over de wachtlijst kunt u stellen via {parkeren@denhaag.nl|FUNCTIONAL_EMAIL} of het {Klantcontactcentrum|ORG} in het stadhuis, {Spui 70|GOV_ADDRESS}.
Met vriendelijke groet,
[[R. Chotoe|PERSON]]
teamleider vergunningen
""",
)

DOCS["r05_subsidie_isolatie_groningen"] = dict(
    producer="writer", title="Beschikking subsidie isolatie", author="[[Hilde Wiersma-Poelman|PERSON]]", font="DejaVu Sans", size=9.5,
    text="""
!box {Gemeente Groningen|ORG} // {Kreupelstraat 1|GOV_ADDRESS} // {9712 HW|GOV_ADDRESS} Groningen // Contact: [[Hilde Wiersma-Poelman|PERSON]] // [[050 367 42 18|PHONE_NUMBER]] // [[hilde.wiersma@groningen.nl|EMAIL_ADDRESS]] // Kenmerk {SUB-ISO-2025-0712|CASE_NUMBER}
~ Aan | De heer en mevrouw [[Tjalsma|PERSON]]
~ | [[Ruskenveen 27|ADDRESS]]
~ | [[9738 AK|ADDRESS]] GRONINGEN
~ Datum | {17 maart 2025|DATE}
~ Onderwerp | beschikking {Subsidieregeling Isolatie Groningen 2025|PROGRAM}
# Beschikking subsidie isolatie
Geachte heer en mevrouw [[Tjalsma|PERSON]],
U vroeg op {4 februari 2025|DATE} subsidie aan voor spouwmuur- en vloerisolatie van uw woning. Het werk wordt uitgevoerd door {Isolatiebedrijf Noord B.V.|ORG}, {Zernikelaan 8|COMPANY_ADDRESS} in {Groningen|PLACE}, volgens de offerte van {29 januari 2025|DATE}.
Wij verlenen u een subsidie van {€ 3.140|AMOUNT}. Wij betalen een voorschot van 80 procent op rekeningnummer [[@IBAN:RABO:55@|IBAN_CODE]] ten name van [[H.K. Tjalsma|PERSON|H.K. Tjalsma]]. Uw BSN [[@BSN:12@|NL_BSN]] hebben wij gebruikt om te controleren of u eigenaar-bewoner bent.
De regeling maakt deel uit van het {Nationaal Programma Groningen|PROGRAM} en de {Versterkingsaanpak|PROGRAM}. Wethouder {Tjeerd van Dekken|OFFICIAL} heeft de regeling in november 2024 gepresenteerd.
Heeft u vragen, bel dan {14 050|SERVICE_NUMBER} of mail naar {subsidies@groningen.nl|FUNCTIONAL_EMAIL}.
Met vriendelijke groet,
het college van burgemeester en wethouders van {Groningen|PLACE},
namens dezen,
[[H. Wiersma-Poelman|PERSON]], beleidsadviseur duurzaamheid
""",
)

DOCS["r06_klachtafhandeling_rotterdam"] = dict(
    producer="chrome", font="Nimbus Sans", title="Afhandeling klacht",
    rside=["{Gemeente Rotterdam|ORG}", "Klachtencoördinatie", "{Coolsingel 40|GOV_ADDRESS}", "{3011 AD|GOV_ADDRESS} Rotterdam", "",
           "Klachtbehandelaar", "[[Dewi Soerjadi|PERSON]]", "T [[010 267 33 90|PHONE_NUMBER]]", "M [[06 41 87 20 56|PHONE_NUMBER]]",
           "[[d.soerjadi@rotterdam.nl|EMAIL_ADDRESS]]", "", "Ons kenmerk {KL-2025-04417|CASE_NUMBER}", "Bijlage geen"],
    text="""
De heer [[B. Kowalczyk|PERSON|B. Kowalczyk;Kowalczyk]]
[[Slinge 301|ADDRESS]]
[[3085 EV|ADDRESS]] Rotterdam
Rotterdam, {2 juli 2025|DATE}
# Uw klacht over de behandeling door een handhaver
Geachte heer [[Kowalczyk|PERSON]],
Op {12 juni 2025|DATE} diende u een klacht in over de manier waarop een medewerker van {Stadsbeheer|ORG} u op de {Zuidplein|PLACE} aansprak toen u uw fiets stalde. Volgens u was de handhaver, de heer [[Nordin El Khattabi|PERSON]], onbeleefd en sprak hij u in het Engels toe.
## Hoorgesprek
Op {24 juni 2025|DATE} heb ik met u en uw dochter [[Zofia|PERSON]] gesproken. De heer [[El Khattabi|PERSON]] gaf in een apart gesprek aan dat hij Engels sprak omdat u aangaf geen Nederlands te spreken. Zijn collega [[Stefan Hoogendijk|PERSON]] was bij het gesprek aanwezig.
## Oordeel
Ik vind uw klacht gedeeltelijk gegrond. Een handhaver moet een bekeuring altijd duidelijk uitleggen. De teamleider zal dit in het werkoverleg bespreken. Uw klacht valt onder de {Algemene wet bestuursrecht|LAW}, hoofdstuk 9. Bent u het niet eens met deze afhandeling, dan kunt u zich wenden tot de {Ombudsman Rotterdam-Rijnmond|ORG}.
Met vriendelijke groet,
[[D. Soerjadi|PERSON]]
klachtbehandelaar, namens burgemeester {Carola Schouten|OFFICIAL}
""",
)

DOCS["r07_hoorzitting_bezwaarcommissie_eindhoven"] = dict(
    producer="rl", font="DejaVuSansCondensed", title="Verslag hoorzitting",
    header="{Commissie bezwaarschriften gemeente Eindhoven|ORG} - verslag hoorzitting - {BZW 25/0219|CASE_NUMBER}",
    text="""
# Verslag hoorzitting
~ Datum | {8 april 2025|DATE}, 14.00 uur, {Stadhuisplein 10|GOV_ADDRESS}, {Eindhoven|PLACE}
~ Commissie | mr. [[E.A. van Gestel|PERSON|E.A. van Gestel;Gestel]] (voorzitter), [[Ingrid Rovers|PERSON]], [[Harm-Jan Bosveld|PERSON]]
~ Secretaris | mr. [[Nisha Bhagwandin|PERSON]]
~ Bezwaarmaker | de heer [[Tesfay Ghebremedhin|PERSON]], [[Woenselse Markt 9B|ADDRESS]], [[5612 CS|ADDRESS]] EINDHOVEN
~ Gemachtigde | mr. [[L. Verbeek|PERSON|L. Verbeek;Verbeek]], {Juridisch Loket|ORG}
~ Namens college | [[Sander Rutjes|PERSON]], afdeling Werk en Inkomen
## Onderwerp
Bezwaar tegen de terugvordering van bijstand ({Participatiewet|LAW}) over de periode juni tot en met december 2024, {€ 6.412,18|AMOUNT}.
## Toelichting bezwaarmaker
De heer [[Ghebremedhin|PERSON]] licht toe dat hij in 2024 uit {Eritrea|PLACE} een bedrag van zijn broer [[Yonas|PERSON]] ontving om de reis van zijn moeder te betalen. Dat bedrag was volgens hem geen inkomen. Mr. [[Verbeek|PERSON]] verwijst naar een uitspraak van de {Centrale Raad van Beroep|ORG}.
## Toelichting college
De heer [[Rutjes|PERSON]] stelt dat de ontvangsten niet tijdig zijn gemeld en dat de inlichtingenplicht is geschonden. De klantmanager, mevrouw [[Janneke Aarts|PERSON]], heeft hem in 2024 tweemaal op die plicht gewezen.
## Vragen van de commissie
Mevrouw [[Rovers|PERSON]] vraagt of het bedrag op de bankrekening [[@IBAN:ABNA:77@|IBAN_CODE]] is gestort. De heer [[Ghebremedhin|PERSON]] bevestigt dat. De heer [[Bosveld|PERSON]] vraagt naar de tolk; de zitting werd vertaald door {Tolk- en Vertaalcentrum Nederland|ORG}.
De voorzitter sluit de hoorzitting om 15.10 uur. Het advies volgt binnen zes weken.
""",
)

DOCS["r08_beslisnota_bzk_zijkolom"] = dict(
    producer="rl", font="DejaVuSans", title="Beslisnota Woo-verzoek Huurcommissie",
    rside=["Directie Woningmarkt", "{Ministerie van Volkshuisvesting|ORG} en", "Ruimtelijke Ordening", "{Turfmarkt 147|GOV_ADDRESS}",
           "{2511 DP|GOV_ADDRESS} Den Haag", "", "Contactpersoon:", "[[drs. K.L.M. van Rossum-Tjin|PERSON|K.L.M. van Rossum-Tjin;Rossum-Tjin]]",
           "T [[06-20 48 91 37|PHONE_NUMBER]]", "[[karin.vanrossum@minvro.nl|EMAIL_ADDRESS]]", "",
           "Kenmerk:", "{2025-0000231187|CASE_NUMBER}", "", "Kopie aan:", "[[Ahmet Çelik|PERSON]], DWB", "[[Marloes Vink|PERSON]], DCO"],
    text="""
# Nota
~ Aan | de minister van {Volkshuisvesting en Ruimtelijke Ordening|ORG}
~ Van | [[Wessel Hooijmaijers|PERSON]], plv. directeur Woningmarkt
~ Datum | {3 juni 2025|DATE}
~ Onderwerp | Besluit op {Woo|ACRONYM}-verzoek over de {Huurcommissie|ORG}
## Aanleiding
Op {7 april 2025|DATE} ontving u een verzoek op grond van de {Wet open overheid|LAW} van {RTL Nieuws|ORG} over de achterstanden bij de {Huurcommissie|ORG}. De beslistermijn loopt af op {19 juni 2025|DATE}.
## Geadviseerd besluit
Aan de minister wordt gevraagd in te stemmen met het besluit en de bijgevoegde inventarislijst.
## Kern
- Er zijn 84 documenten gevonden, waarvan 61 deels openbaar worden gemaakt.
- Minister {Keijzer|OFFICIAL} heeft de Kamer op {12 mei 2025|DATE} toegezegd het besluit openbaar te maken voor het commissiedebat.
- Het Kamerlid {Pieter Grinwis|OFFICIAL} (ChristenUnie) heeft hierover eerder vragen gesteld.
## Krachtenveld
De directeur van de {Huurcommissie|ORG} is geïnformeerd. Juridisch advies is gegeven door [[mr. Bouchra Amrani|PERSON|Bouchra Amrani;Amrani]] van {DGOO|ACRONYM}.
## Paraafroute
!w 30,30,15,25
| Naam | Functie | Paraaf | Datum |
| [[W. HOOIJMAIJERS|PERSON]] | plv. directeur | [[WH|PARAPH]] | 2-6-2025 |
| [[K.L.M. VAN ROSSUM-TJIN|PERSON]] | senior beleidsmedewerker | [[KvRT|PARAPH]] | 2-6-2025 |
| [[B. AMRANI|PERSON]] | jurist | [[BA|PARAPH]] | 30-5-2025 |
## Informatie die niet openbaar gemaakt kan worden
## Motivering
""",
)

DOCS["r09_collegeadvies_smalle_kolommen_leiden"] = dict(
    producer="writer", title="Collegeadvies", author="[[Tamara Goedhart|PERSON]]", landscape=False, size=9,
    text="""
# Collegeadvies {Gemeente Leiden|ORG}
~ Onderwerp | Tijdelijke huisvesting statushouders {Stationsweg|PLACE}
~ Portefeuillehouder | wethouder {Abdelhaq Bouchibti|OFFICIAL|Bouchibti}
~ Datum collegevergadering | {17 juni 2025|DATE}
## Adviesroute
!w 13,14,12,10,11,20,20
| Rol | Naam | Team | Paraaf | Datum | Telefoon | Opmerking |
| Steller | [[Tamara Goedhart|PERSON]] | Wonen | [[TG|PARAPH]] | 10-6 | [[071 516 83 27|PHONE_NUMBER]] | - |
| Juridisch | [[Maximiliaan van Heemskerck van Beest|PERSON|Heemskerck van Beest;Maximiliaan]] | JZ | [[MvHvB|PARAPH]] | 11-6 | - | akkoord |
| Financiën | [[Sushila Mahabier-Jagessar|PERSON|Mahabier-Jagessar;Sushila]] | FIN | [[SMJ|PARAPH]] | 11-6 | - | dekking ok |
| Communicatie | [[Wieteke Oudshoorn|PERSON]] | COM | [[WO|PARAPH]] | 12-6 | [[06 5530 1927|PHONE_NUMBER]] | pers |
| Directeur | [[Hendrik-Jan ter Haar Romeny|PERSON|ter Haar Romeny;Hendrik-Jan]] | Stad | [[HJtHR|PARAPH]] | 12-6 | - | akkoord |
## Advies
Het college wordt geadviseerd in te stemmen met de tijdelijke huisvesting van 48 statushouders in het voormalige kantoor aan de {Stationsweg|PLACE}, in samenwerking met het {COA|ACRONYM} en woningcorporatie {Portaal|ORG}.
## Toelichting
De taakstelling volgt uit de {Huisvestingswet 2014|LAW} en de afspraken met de {provincie Zuid-Holland|ORG}. Omwonenden zijn op {5 juni 2025|DATE} geïnformeerd tijdens een bijeenkomst in de {Hooglandse Kerk|ORG}; mevrouw [[Goedhart|PERSON]] en mevrouw [[Oudshoorn|PERSON]] waren daarbij namens de gemeente aanwezig.
Burgemeester {Peter Spijkerman|OFFICIAL} wordt via de driehoek betrokken vanwege de openbare orde.
""",
)

DOCS["r10_verslag_mt_actielijst_initialen"] = dict(
    producer="writer", title="Verslag MT Sociaal Domein", author="[[Lotte Bergsma|PERSON]]", font="DejaVu Serif", size=9.5,
    header="{Gemeente Amersfoort|ORG} - MT Sociaal Domein - verslag {2025-11|CASE_NUMBER}",
    text="""
# Verslag MT Sociaal Domein
~ Datum | {13 maart 2025|DATE}, 9.30-11.30 uur, Stadhuis, kamer 4.12
~ Aanwezig | [[Gerrit-Jan Mulderij|PERSON]] (voorzitter, [[GJM|PARAPH]]), [[Samira Boukhari|PERSON]] ([[SBo|PARAPH]]), [[Pieter van der Kooij|PERSON]] ([[PvdK|PARAPH]]), [[Anjali Sewdien|PERSON]] ([[AS|PARAPH]]), [[Lotte Bergsma|PERSON]] (notulist, [[LB|PARAPH]])
~ Afwezig | [[Dirk-Willem Ruitenberg|PERSON]] ([[DWR|PARAPH]]), met kennisgeving
~ Gast bij punt 3 | [[Marieke Odenthal|PERSON]], {GGD Regio Utrecht|ORG}
## 1. Opening en vaststellen verslag
Het verslag van 27 februari wordt ongewijzigd vastgesteld. [[GJM|PARAPH]] meldt dat wethouder {Cees van Eijk|OFFICIAL} het MT op {3 april 2025|DATE} bezoekt.
## 2. Voortgang {Wmo|ACRONYM}-aanbesteding
[[PvdK|PARAPH]] licht de planning toe. De gunning aan {Stichting Beschermd Wonen Eemland|ORG} loopt vertraging op door een bezwaar van {Zorggroep Amersland B.V.|ORG}. Actie: [[PvdK|PARAPH]] stemt de reactie af met [[Bouwmeester|PERSON]] van Juridische Zaken.
## 3. Dakloosheid en winterregeling
Mevrouw [[Odenthal|PERSON]] presenteert de cijfers van de {Nachtopvang De Haven|ORG}. In februari waren er 41 unieke bezoekers. [[SBo|PARAPH]] vraagt om de cijfers per leeftijdsgroep.
## 4. Rondvraag
[[AS|PARAPH]]: personeelsvoorziening bij het {Sociaal Wijkteam|ORG} Vathorst is kritiek; twee vacatures staan open.
## Actielijst
!w 8,52,15,25
| Nr | Actie | Wie | Gereed |
| 11-1 | Reactie op bezwaar aanbesteding afstemmen | [[PvdK|PARAPH]] | {27 maart 2025|DATE} |
| 11-2 | Cijfers nachtopvang per leeftijdsgroep | [[SBo|PARAPH]] / [[M. Odenthal|PERSON]] | {10 april 2025|DATE} |
| 11-3 | Voorstel vacatures {Sociaal Wijkteam|ORG} | [[AS|PARAPH]] | {10 april 2025|DATE} |
| 10-4 | Agenda werkbezoek wethouder | [[GJM|PARAPH]], [[LB|PARAPH]] | open |
| 9-2 | Terugkoppeling {Regionaal Zorgbureau|ORG} | [[DWR|PARAPH]] | vervalt |
""",
)

DOCS["r11_commissie_raad_utrecht_insprekers"] = dict(
    producer="rl", font="DejaVuSerif", title="Verslag commissie Mens en Samenleving",
    header="{Gemeente Utrecht|ORG} - Raadscommissie Mens en Samenleving - conceptverslag",
    text="""
# Verslag commissie Mens en Samenleving
~ Datum | {15 mei 2025|DATE}, 19.30 uur, Raadzaal, {Stadsplateau 1|GOV_ADDRESS}
~ Voorzitter | de heer {Schipperen|OFFICIAL} (VVD)
~ Aanwezige raadsleden | mevrouw {Koç|OFFICIAL} (GroenLinks), de heer {Ait Taleb|OFFICIAL} (DENK), mevrouw {Hoek-Vermeulen|OFFICIAL} (CDA), de heer {Van Gelderen|OFFICIAL} (D66), mevrouw {Dekkers|OFFICIAL} (PvdA)
~ College | wethouder {Linda Voortman|OFFICIAL}
~ Commissiegriffier | [[Roos Wagenvoort|PERSON]]
~ Ambtelijke ondersteuning | [[Thijs Kamphorst|PERSON]], [[Aylin Demirtaş|PERSON]]
## 1. Inspreekpunt
Mevrouw [[Joke Hendrix-Laan|PERSON]], bewoonster van de wijk {Lombok|PLACE}, spreekt in over de sluiting van buurthuis {De Leeuw|ORG}. Zij vertelt dat haar buurman, de heer [[Ricardo Pinas|PERSON]], daar dagelijks de koffieochtend voor ouderen organiseert. Zij woont sinds 1981 op [[Kanaalstraat 146|ADDRESS]].
De heer [[Pinas|PERSON]] spreekt zelf ook in. Hij overhandigt een petitie met 812 handtekeningen. Mevrouw {Koç|OFFICIAL} vraagt hoeveel ouderen de koffieochtend bezoeken. De heer [[Pinas|PERSON]] antwoordt: ongeveer veertig per week.
De heer [[Mohammed Azzouzi|PERSON]] namens {Stichting Al-Amal|ORG} spreekt in over de subsidie voor huiswerkbegeleiding. De heer {Ait Taleb|OFFICIAL} vraagt of de stichting met de {Openbare Bibliotheek Utrecht|ORG} samenwerkt. Dat is het geval.
## 2. Raadsvoorstel Buurthuizenbeleid 2025-2028
Wethouder {Voortman|OFFICIAL} licht het voorstel toe. Mevrouw {Hoek-Vermeulen|OFFICIAL} vraagt om een overgangsregeling voor {De Leeuw|ORG}. De heer {Van Gelderen|OFFICIAL} wil weten of het {Jongerenwerk Utrecht|ORG} de ruimte kan huren. Mevrouw {Dekkers|OFFICIAL} dient een motie aan.
De wethouder zegt toe vóór de raadsvergadering van {5 juni 2025|DATE} met de insprekers in gesprek te gaan. De ambtenaar [[Kamphorst|PERSON]] neemt daarvoor contact op met mevrouw [[Hendrix-Laan|PERSON]] via [[06 2841 7753|PHONE_NUMBER]].
## Toezeggingen
!w 10,60,30
| Nr | Toezegging | Wie |
| T25-031 | Gesprek met insprekers over {De Leeuw|ORG} | wethouder {Voortman|OFFICIAL} // uitvoering: [[T. Kamphorst|PERSON]] |
| T25-032 | Informatie over bezoekersaantallen buurthuizen | [[A. Demirtaş|PERSON]] |
""",
)

DOCS["r12_projectgroep_presentielijst_hoofdletters"] = dict(
    producer="chrome", font="DejaVu Sans", size=9, title="Presentie- en actielijst projectgroep Spoorzone",
    text="""
# Projectgroep {Spoorzone Deventer|PROGRAM} - presentie- en actielijst
Overleg van {9 september 2025|DATE}, {Stadskantoor Deventer|ORG}, {Grote Kerkhof 4|GOV_ADDRESS}
## Presentielijst
!w 27,22,9,42
| Naam | Organisatie | Code | E-mail |
| [[DE VRIES-KLUMPER, Henriëtte|PERSON|DE VRIES-KLUMPER;Henriëtte]] | {Gemeente Deventer|ORG} | [[HVK|PARAPH]] | [[h.devries@deventer.nl|EMAIL_ADDRESS]] |
| [[ÖZDEMIR, Burak|PERSON|ÖZDEMIR;Burak]] | {ProRail|ORG} | [[BOz|PARAPH]] | [[burak.ozdemir@prorail.nl|EMAIL_ADDRESS]] |
| [[WESTERHOF, Johannes Frederik|PERSON|WESTERHOF;Johannes Frederik]] | {Provincie Overijssel|ORG} | [[JFW|PARAPH]] | [[jf.westerhof@overijssel.nl|EMAIL_ADDRESS]] |
| [[NGUYEN, Mai Anh|PERSON|NGUYEN;Mai Anh]] | {Rijksvastgoedbedrijf|ORG} | [[MAN|PARAPH]] | [[maianh.nguyen@rijksoverheid.nl|EMAIL_ADDRESS]] |
| [[SCHUTTE, Wim|PERSON|SCHUTTE;Wim]] | {Bouwcombinatie Stationsplein v.o.f.|ORG} | [[WS|PARAPH]] | {info@bouwcombinatie-stationsplein.nl|FUNCTIONAL_EMAIL} |
Afwezig: wethouder {Thierry van Vugt|OFFICIAL} (bericht van verhindering).
## Besluiten
- Het voorlopig ontwerp van de fietsenstalling onder het {Stationsplein|PLACE} wordt vastgesteld.
- {ProRail|ORG} levert de planning van de buitendienststelling in week 44.
## Actielijst
!w 8,50,16,26
| Nr | Actie | Actiehouder | Deadline |
| 1 | Planning buitendienststelling delen | [[BOz|PARAPH]] | {30 september 2025|DATE} |
| 2 | Subsidieaanvraag {Regio Deal|PROGRAM} indienen | [[JFW|PARAPH]] | {15 oktober 2025|DATE} |
| 3 | Huurcontract tijdelijke stalling | [[MAN|PARAPH]] + [[HVK|PARAPH]] | {1 november 2025|DATE} |
| 4 | Bewonersbrief {Rivierenwijk|PLACE} | [[HVK|PARAPH]] | {23 september 2025|DATE} |
Verslag: [[H. de Vries-Klumper|PERSON|H. de Vries-Klumper]], tel. [[0570 69 31 58|PHONE_NUMBER]]. Algemeen nummer gemeente: {14 0570|SERVICE_NUMBER}.
""",
)
