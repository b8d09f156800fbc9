"""Documents q25-q35 of set mixed7 (reportlab, Writer, scans). All persons invented except office holders."""

DOCS = {}

DOCS["q25_concept_antwoorden_kamervragen_commentaar"] = dict(
    producer="rl", font="DejaVuSerif", size=9.5, title="Concept beantwoording Kamervragen", author="[[Tessa Wagenvoort|PERSON]]",
    header="CONCEPT - {Ministerie van Justitie en Veiligheid|ORG} - {2025Z03318|CASE_NUMBER}",
    text="""
# Antwoorden op vragen van het lid {Mutluer|OFFICIAL} (GroenLinks-PvdA) over wachttijden bij de forensische zorg
(ingezonden {20 februari 2025|DATE})
<<[[Tessa Wagenvoort|PERSON]]||Vraag 2 nog laten checken door [[Gijsbert|PERSON]] van DJI.>>
## Vraag 1
Bent u bekend met het bericht "Tbs-gestelden wachten maanden op plek" in {NRC|ORG} van 14 februari 2025?
## Antwoord 1
Ja.
## Vraag 2
Hoeveel tbs-gestelden verblijven op dit moment in een {penitentiaire inrichting|TERM} in afwachting van plaatsing?
## Antwoord 2
Op {1 maart 2025|DATE} ging het om 47 personen.<<[[Gijsbert Lantinga|PERSON]]||Cijfer is van 1 februari; nieuw cijfer volgt via [[Anjali|PERSON]].>> De {Dienst Justitiële Inrichtingen|ORG} werkt samen met de {FPC Pompestichting|ORG} in {Nijmegen|PLACE} en de {Van der Hoeven Kliniek|ORG} in {Utrecht|PLACE} aan uitbreiding van de capaciteit.
## Vraag 3
Wat doet u om de wachttijden terug te dringen?
## Antwoord 3
Staatssecretaris {Struycken|OFFICIAL} heeft in de brief van {12 december 2024|DATE} een pakket maatregelen aangekondigd, waaronder het {Meerjarenprogramma Forensische Zorg|PROGRAM}. Ook bespreek ik met de {Raad voor de Rechtspraak|ORG} hoe de {Wet forensische zorg|LAW} beter kan worden uitgevoerd.
!small Concept opgesteld door [[T. Wagenvoort|PERSON]] (DGSenB), meegelezen door [[A. Mahadew|PERSON]] en [[G. Lantinga|PERSON]]. Versie 3, {5 maart 2025|DATE}.
""",
)

DOCS["q26_subsidiebeschikking_stichting_naamfonds"] = dict(
    producer="rl", font="LiberationSans", title="Subsidiebeschikking", links=["mailto:[[j.terpstra@minocw.nl|EMAIL_ADDRESS]]"],
    side=["{Ministerie van OCW|ORG}", "Directie Erfgoed en Kunsten", "{Rijnstraat 50|GOV_ADDRESS}", "{Den Haag|PLACE}", "", "Contactpersoon:", "[[Jelte Terpstra|PERSON]]", "T [[06 1287 5530|PHONE_NUMBER]]", "[[j.terpstra@minocw.nl|EMAIL_ADDRESS]]", "", "Ons kenmerk:", "{OCW-EK-2025-55481|CASE_NUMBER}"],
    footer="Deze beschikking is genomen op grond van de {Regeling specifiek cultuurbeleid|LAW}",
    text="""
{Stichting Johanna Westerdijk Fonds|ORG}
t.a.v. het bestuur, [[mevrouw M.L. Spoelstra|PERSON|M.L. Spoelstra;Spoelstra]]
{Anne Frankstraat 121|GOV_ADDRESS}
{1018 BZ|GOV_ADDRESS} {Amsterdam|PLACE}
Datum: {3 april 2025|DATE}
Betreft: verlening subsidie project "Vrouwen in de wetenschap 1900-1950"
Geachte [[mevrouw Spoelstra|PERSON|Spoelstra]],
Op {15 januari 2025|DATE} heeft u namens de {Stichting Johanna Westerdijk Fonds|ORG} subsidie aangevraagd voor een tentoonstelling in het {Museum Boerhaave|ORG} in {Leiden|PLACE}. De tentoonstelling gaat over {Aletta Jacobs|HISTORIC}, {Johanna Westerdijk|HISTORIC} en {Marie Anne Tellegen|HISTORIC}.
## Besluit
Ik verleen u een subsidie van ten hoogste {€ 85.000|TERM}. Het bedrag wordt in twee termijnen overgemaakt op rekeningnummer [[@IBAN:RABO:77@|IBAN_CODE]] ten name van de stichting.
## Verplichtingen
U vermeldt de steun van het ministerie in alle publicaties. De penningmeester, [[de heer K. Osei-Tutu|PERSON|K. Osei-Tutu;Osei-Tutu]], stuurt uiterlijk {1 maart 2026|DATE} een financieel verslag.
Hoogachtend,
de minister van Onderwijs, Cultuur en Wetenschap, namens deze,
[[drs. F.P. Hooijkaas|PERSON|F.P. Hooijkaas;Hooijkaas]], {afdelingshoofd|TITLE}
""",
)

DOCS["q27_whatsapp_export_oekraine_opvang"] = dict(
    producer="rl", font="DejaVuSans", size=9, title="WhatsApp-chat Opvang Oekraïners Jaarbeurs",
    header="Export WhatsApp-groep \"Opvang Jaarbeurs - coördinatie\" ({gemeente Utrecht|ORG})",
    text="""
[04-03-25 07:52] [[Marieke Smeulders|PERSON]]: Goedemorgen! Vandaag 14 nieuwe aanmeldingen via het {Rode Kruis|ORG}. Wie pakt de intake in het {Beatrixgebouw|GOV_ADDRESS}?
[04-03-25 07:55] [[Olena|PERSON]]: Ik kan vanaf 9 uur. Tolk [[Serhiy|PERSON]] komt ook.
[04-03-25 08:01] [[+31 6 4418 2093|PHONE_NUMBER]]: Dit is [[Bohdan|PERSON]], nieuw nummer. Ik doe de bedden op hal 7.
[04-03-25 08:03] [[Marieke Smeulders|PERSON]]: Top [[Bohdan|PERSON]]! Sla dit nummer op allemaal.
[04-03-25 09:17] [[Olena|PERSON]]: Familie [[Shevchenko|PERSON]] (moeder + 3 kinderen) heeft een zieke baby, graag {GGD regio Utrecht|ORG} bellen.
[04-03-25 09:20] [[Jeroen|PERSON]] (gemeente): GGD is gebeld, arts [[Nadia Boukhari|PERSON]] komt om 11 uur.
[04-03-25 10:42] [[Olena|PERSON]]: Mevrouw [[Kateryna Melnyk|PERSON]] wil naar familie in {Lviv|PLACE}, kan iemand {NS|ORG} bellen over gratis treinkaartje?
[04-03-25 10:45] [[Jeroen|PERSON]] (gemeente): Loopt via {Steunpunt Oekraïne|ORG}, {030 286 00 00|SERVICE_NUMBER}.
[04-03-25 13:30] [[Marieke Smeulders|PERSON]]: Burgemeester {Dijksma|OFFICIAL} komt om 15 uur langs met de pers. Graag rustig houden in {hal 7|TERM}.
[04-03-25 13:31] [[Serhiy|PERSON]]: 👍
[04-03-25 16:58] [[Jeroen|PERSON]] (gemeente): Dank allemaal. Verslag naar {crisisteam@utrecht.nl|FUNCTIONAL_EMAIL}. Morgen dienst: [[Olena|PERSON]], [[Bohdan|PERSON]], [[Jeroen|PERSON]].
""",
)

DOCS["q29_scan_presentielijst_ondertekend"] = dict(
    producer="scan", title="scan", skew=-0.5, scanfont="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    text="""
Presentielijst informatieavond windpark Kroningswind
Datum: 13 februari 2025, Dorpshuis Nijkerkerveen
Naam  Organisatie / adres  Handtekening
[[Gerrit van Lunteren|PERSON]]  [[Slichtenhorsterweg 31|ADDRESS]]  getekend
[[Jacoba Ravestein|PERSON]]  [[Veenweg 4a|ADDRESS]]  getekend
[[Mustafa Erdoğan|PERSON|Erdoğan;Mustafa]]  [[Hooglandseweg 112|ADDRESS]]  getekend
[[Tineke Bos-Vlastuin|PERSON]]  Stichting Windpark Arkemheen  getekend
[[Jeroen Koudijs|PERSON]]  Gemeente Nijkerk  getekend
Contact voor vragen: [[06-21 48 93 07|PHONE_NUMBER]] ([[J. Koudijs|PERSON]])
""",
)

DOCS["q30_scan_brief_ouder_leerlingenvervoer"] = dict(
    producer="scan", title="scan",
    text="""
[[Priscilla Doelwijt|PERSON]]
[[Cornelis Dopperstraat 22|ADDRESS]]
[[3551 CM|ADDRESS]] Utrecht
Aan: Gemeente Utrecht, team Leerlingenvervoer
Utrecht, 2 april 2025
Betreft: aanvraag aangepast vervoer voor mijn zoon
Geachte heer of mevrouw,
Mijn zoon [[Jaydon Doelwijt|PERSON|Jaydon]], geboren op [[9 oktober 2016|DATE_OF_BIRTH]], gaat naar de Mytylschool De Brug.
Zijn BSN is [[@BSN:51@|NL_BSN]]. De taxi komt vaak te laat.
Ik heb dit al gemeld bij [[meneer Kuipers|PERSON|Kuipers]] van uw afdeling.
Mijn telefoonnummer is [[06-53120988|PHONE_NUMBER]] en mijn e-mail [[pdoelwijt@hotmail.com|EMAIL_ADDRESS]].
Met vriendelijke groet,
[[P. Doelwijt|PERSON]]
""",
)

DOCS["q31_outlook_thread_defensie_vastgoed"] = dict(
    producer="writer", title="FW: Kazerne Ermelo", size=9.5, author="[[Hendrikje Pruijssers|PERSON]]",
    text="""
Van: [[Pruijssers, Hendrikje|PERSON]]
Verzonden: woensdag {5 maart 2025|DATE} 09:14
Aan: [[Oyelaran, Tunde|PERSON]]; [[Ligtvoet, Marc|PERSON]]
Onderwerp: FW: Kazerne Ermelo - stikstof en bouwplanning
Ter info. [[Marc|PERSON]], kun jij de planning voor het {Rijksvastgoedbedrijf|ORG} aanpassen? Staatssecretaris {Tuinman|OFFICIAL} wil het donderdag in het {Defensie Bouwoverleg|TERM} bespreken.
Gr. [[Hendrikje|PERSON]]
[[Hendrikje Pruijssers|PERSON]] | {Projectleider|TITLE} | {Defensie Vastgoed|ORG} | [[06 5230 9814|PHONE_NUMBER]]
Van: [[Tunde Oyelaran|PERSON]] <[[tunde.oyelaran@rijksoverheid.nl|EMAIL_ADDRESS]]>
Verzonden: dinsdag {4 maart 2025|DATE} 18:37
Aan: [[Pruijssers, Hendrikje|PERSON]] <[[h.pruijssers@mindef.nl|EMAIL_ADDRESS]]>
CC: {vastgoed.ermelo@rijksoverheid.nl|FUNCTIONAL_EMAIL}
Onderwerp: RE: Kazerne Ermelo - stikstof en bouwplanning
Hoi [[Hendrikje|PERSON]],
De {AERIUS|PRODUCT}-berekening voor de {Generaal Spoorkazerne|GOV_ADDRESS} laat een overschrijding zien bij de {Veluwe|PLACE}. We hebben een {passende beoordeling|TERM} nodig. [[Wieteke van Someren|PERSON]] van {Royal HaskoningDHV|ORG} kan die in april leveren.
Groet, [[Tunde|PERSON]]
Sent from my iPhone
On 4 Mar 2025, at 15:02, [[Wieteke van Someren|PERSON]] <[[wieteke.vansomeren@rhdhv.com|EMAIL_ADDRESS]]> wrote:
Dear [[Tunde|PERSON]], as discussed: the {nitrogen deposition|TERM} exceeds the threshold in two {Natura 2000|PROGRAM} areas. We propose a {mitigation plan|TERM} with {electric construction equipment|TERM}. Quote attached. Kind regards, [[Wieteke|PERSON]] - [[+31 88 348 27 61|PHONE_NUMBER]]
""",
)

DOCS["q32_rapport_klachtonderzoek_drie_paginas"] = dict(
    producer="writer", title="Rapport klachtonderzoek", font="Liberation Serif", size=11, author="[[Floor Timmerman-Achterberg|PERSON]]",
    header="{Gemeente Enschede|ORG} - Klachtencoördinatie - rapport {KL-2025-0042|CASE_NUMBER}",
    footer="Rapport klachtonderzoek - vertrouwelijk tot vaststelling",
    text="""
# Rapport van bevindingen klacht [[mevrouw Ntombi Dlamini-Veldkamp|PERSON|Ntombi Dlamini-Veldkamp;Dlamini-Veldkamp;Ntombi]]
## 1. Inleiding
Op {13 januari 2025|DATE} heeft [[mevrouw Dlamini-Veldkamp|PERSON|Dlamini-Veldkamp]] een klacht ingediend over de behandeling van haar aanvraag voor bijzondere bijstand door het {Team Inkomen|ORG} van de gemeente {Enschede|PLACE}. De klacht is behandeld op grond van hoofdstuk 9 van de {Algemene wet bestuursrecht|LAW} en de {Klachtenregeling gemeente Enschede 2022|LAW}. Onderzoeker was [[Floor Timmerman-Achterberg|PERSON]], {klachtencoördinator|TITLE}.
## 2. De klacht
Klaagster stelt dat consulent [[Ruben Nijhuis|PERSON]] haar in een telefoongesprek op {19 december 2024|DATE} onheus heeft bejegend. Volgens klaagster zei [[Nijhuis|PERSON]] dat zij "eerst maar beter Nederlands moest leren". Ook zou haar aanvraag voor een wasmachine ten onrechte zijn afgewezen. Klaagster woont met haar twee kinderen aan de [[Oldenzaalsestraat 301|ADDRESS]].
## 3. Verloop van het onderzoek
De onderzoeker heeft gesproken met klaagster (op {3 februari 2025|DATE}, in aanwezigheid van haar buurvrouw [[Annie Lohuis|PERSON]]), met de consulent (op {5 februari 2025|DATE}) en met zijn teamleider, [[Gert-Jan Oude Luttikhuis|PERSON|Gert-Jan;Oude Luttikhuis]]. Daarnaast zijn de notities in het klantvolgsysteem {Suite4Sociaal Domein|PRODUCT} bekeken.
!pb
## 4. Bevindingen
### 4.1 Bejegening
Het telefoongesprek is niet opgenomen. [[Nijhuis|PERSON]] verklaart dat hij heeft voorgesteld een tolk in te schakelen via {Global Talk|ORG}, omdat het gesprek moeizaam verliep. Hij ontkent de uitspraak die klaagster hem toeschrijft. [[Mevrouw Lohuis|PERSON|Lohuis]] was niet bij het telefoongesprek aanwezig en kan het niet bevestigen.
Teamleider [[Oude Luttikhuis|PERSON|Oude Luttikhuis]] verklaart dat er eerder één klacht over de bejegening door [[Nijhuis|PERSON]] is geweest, in 2022. Die klacht is destijds ongegrond verklaard.
De onderzoeker kan niet vaststellen wat er precies is gezegd. Wel staat vast dat klaagster zich niet gehoord voelde. Dat had voorkomen kunnen worden door direct een tolk aan te bieden, zoals de werkinstructie {Communicatie met anderstaligen|PROGRAM} voorschrijft.
### 4.2 Afwijzing aanvraag
De aanvraag is afgewezen omdat klaagster volgens het systeem al in 2023 een wasmachine vergoed had gekregen. Dat blijkt een fout: de vergoeding in 2023 betrof een andere klant met dezelfde achternaam, [[de heer S. Dlamini|PERSON|S. Dlamini]]. De afwijzing is op {10 februari 2025|DATE} herzien; klaagster krijgt alsnog {€ 429|TERM} uitbetaald op [[@IBAN:INGB:91@|IBAN_CODE]].
!pb
## 5. Conclusie
Het onderdeel bejegening is niet vast te stellen en daarom ongegrond. Het onderdeel afwijzing is gegrond. De onderzoeker beveelt aan:
1. bij anderstalige klanten standaard een tolk aan te bieden;
2. de koppeling tussen {BRP|TERM} en {Suite4Sociaal Domein|PRODUCT} te controleren op persoonsverwisselingen;
3. klaagster een excuusbrief te sturen namens wethouder {Jurgen van Houdt|OFFICIAL}.
## 6. Reactie betrokkenen
Klaagster heeft op {24 februari 2025|DATE} per e-mail ([[ntombi.dv@outlook.com|EMAIL_ADDRESS]]) laten weten dat zij zich in het rapport herkent. [[Ruben Nijhuis|PERSON]] heeft geen reactie gegeven.
[[F. Timmerman-Achterberg|PERSON]]
{klachtencoördinator|TITLE}, {7 maart 2025|DATE}
""",
)

DOCS["q33_selectieadvies_sollicitatiecommissie"] = dict(
    producer="rl", font="LiberationSans", size=9.5, title="Selectieadvies", objstreams=True,
    header="{Waterschap Vechtstromen|ORG} - P&O - vertrouwelijk", footer="Sollicitatieprocedure {VAC-2025-017|CASE_NUMBER} {beleidsadviseur klimaatadaptatie|TITLE}",
    text="""
# Selectieadvies sollicitatiecommissie
~ Vacature | {beleidsadviseur klimaatadaptatie|TITLE} (schaal 10)
~ Commissie | [[Harm Jan Bloemendal|PERSON|Harm Jan;Bloemendal]] (vz), [[Sacha Evers-Moussaoui|PERSON]], [[Teun Meulenbeld|PERSON]] (OR), [[Mirjam Dijkhuis|PERSON]] (P&O)
~ Gesprekken | {10 en 11 maart 2025|DATE}, {Kooikersweg 1|GOV_ADDRESS}, {Almelo|PLACE}
## Kandidaten
!w 22,12,44,22
| Kandidaat | Leeftijd | Beoordeling | Advies |
| [[Lieke Vinkenvleugel|PERSON]] | 29 | Sterk inhoudelijk, ervaring bij {Deltares|ORG}; weinig bestuurlijke ervaring | eerste keus |
| [[Yannick Zoetebier|PERSON]] | 41 | Brede ervaring bij {gemeente Hengelo|ORG}, maar salariseis boven schaal | tweede keus |
| [[Bilal Haddouchi|PERSON]] | 33 | Goede presentatie over het {Deltaplan Ruimtelijke Adaptatie|PROGRAM} | reserve |
| [[Evelien van der Zande-Kroes|PERSON]] | 52 | Interne kandidaat, nu {medewerker vergunningverlening|TITLE} | niet geschikt |
## Motivering
De commissie is unaniem. [[Vinkenvleugel|PERSON]] kende de {Stresstest|TERM} en het werk van {Tauw|ORG} goed. Referenties: [[dr. Pieter Roodenburg|PERSON|Pieter Roodenburg;Roodenburg]] ({Deltares|ORG}, [[06-44 90 12 38|PHONE_NUMBER]]).
De interne kandidaat krijgt een loopbaangesprek aangeboden bij [[Mirjam|PERSON]].
Dijkgraaf {Stefan Wijers|OFFICIAL} hoeft de benoeming niet te tekenen; dit is gemandateerd aan de secretaris-directeur.
""",
)

DOCS["q34_teams_transcript_overleg_woo"] = dict(
    producer="writer", title="Transcript", font="DejaVu Sans", size=9, author="[[Kuijpers, Madelon|PERSON]]",
    header="Vergadering: Weekstart Woo-team DGBK - transcript (automatisch gegenereerd door {Microsoft Teams|PRODUCT})",
    text="""
# Transcript
{10 maart 2025|DATE}, 09:00 - 09:24
[[Kuijpers, Madelon|PERSON]] (BZK) 0:07
Goedemorgen allemaal. [[Daan|PERSON]], wil jij beginnen met de stand van de verzoeken?
[[Oostveen, Daan|PERSON]] (BZK) 0:15
Ja. We hebben nu 38 openstaande verzoeken. Het verzoek van {RTL Nieuws|ORG} over het {Rijksvastgoedbedrijf|ORG} loopt uit; de derde-belanghebbenden zijn nog niet allemaal gehoord.
[[Kuijpers, Madelon|PERSON]] (BZK) 1:02
Wie moeten er nog gehoord worden?
[[Oostveen, Daan|PERSON]] (BZK) 1:09
Twee makelaars en een oud-medewerker, [[meneer Hassan Benhaddou|PERSON|Hassan Benhaddou;Benhaddou]]. Die woont nu in {Spanje|PLACE}. [[Rachel|PERSON]] heeft hem gemaild.
[[Zwaneveld-Cohen, Rachel|PERSON]] (BZK) 1:31
Klopt, ik heb geen reactie gehad. Ik bel hem vandaag op zijn mobiel, [[+34 612 44 80 19|PHONE_NUMBER]].
[[Kuijpers, Madelon|PERSON]] (BZK) 2:05
Prima. Minister {Uitermark|OFFICIAL} wil volgende week een overzicht voor het {Woo-debat|TERM}. Het lid {Sneller|OFFICIAL} (D66) heeft daar een motie over ingediend.
[[Tjoa, Kevin|PERSON]] (extern, {Highberg|ORG}) 2:40
Sorry, ik was even weg. Is de export uit {ZyLAB|PRODUCT} gelukt?
[[Oostveen, Daan|PERSON]] (BZK) 2:52
Ja [[Kevin|PERSON]], staat op de {SharePoint|PRODUCT}. Let op: er zitten ook privé-mails van [[Benhaddou|PERSON]] in.
[[Kuijpers, Madelon|PERSON]] (BZK) 3:10
Dan doen we de rest bilateraal. Dank jullie wel.
[[Kuijpers, Madelon|PERSON]] heeft de transcriptie gestopt.
""",
)

DOCS["q35_verslag_bestuurlijk_overleg_bonaire"] = dict(
    producer="rl", font="DejaVuSans", title="Verslag bestuurlijk overleg Bonaire", gs=True, author="[[Richenel Martis|PERSON]]",
    header="{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG} - Directie Koninkrijksrelaties",
    vertical="Archief DKR - ingeboekt door [[rmartis|USERNAME]] op {20-03-2025|DATE}",
    text="""
# Verslag bestuurlijk overleg {Openbaar Lichaam Bonaire|ORG} - BZK
~ Datum | {18 maart 2025|DATE}, {Kralendijk|PLACE}, {Bestuurskantoor|GOV_ADDRESS}
~ Aanwezig | staatssecretaris Szabó, gezaghebber {Rijna|OFFICIAL}, gedeputeerden van Bonaire, [[Richenel Martis|PERSON]] (BZK, verslag), [[Shurandy Frans-Cecilia|PERSON]] (OLB, bestuurssecretaris a.i.), [[Anouk Beekhuis|PERSON]] ({Rijksdienst Caribisch Nederland|ORG})
## 1. Armoede en ijkpunt bestaansminimum
De staatssecretaris licht het {sociaal minimum|TERM} toe. De gezaghebber vraagt om snellere verhoging van de {onderstand|TERM}. [[Beekhuis|PERSON]] meldt dat de {RCN|ORG}-unit {SZW|ORG} in {Kralendijk|PLACE} 212 nieuwe aanvragen heeft.
## 2. Woningbouw
Er zijn 45 sociale huurwoningen opgeleverd in {Nikiboko|PLACE} door {Fundashon Cas Bonairiano|ORG}. [[Frans-Cecilia|PERSON]] wijst op de vertraging door de aannemer; contactpersoon aldaar is [[Jandino Winklaar|PERSON]], [[+599 717 3321|PHONE_NUMBER]].
## 3. Klimaatadaptatie
Bonaire sluit aan bij het {Klimaattafel Bonaire|PROGRAM}-proces. Verwezen wordt naar de procedure die {Greenpeace|ORG} namens inwoners van Bonaire tegen de Staat voert (zaaknummer {C/09/662054|CASE_NUMBER}); de uitspraak wordt later dit jaar verwacht.
## Afspraken
!w 60,20,20
| Afspraak | Wie | Wanneer |
| Notitie onderstand naar staatssecretaris | [[RM|PARAPH]] | {15-04-2025|DATE} |
| Planning woningbouw delen | [[SFC|PARAPH]] | {01-04-2025|DATE} |
| Terugkoppeling {RCN|ORG}-cijfers | [[AB|PARAPH]] | {01-04-2025|DATE} |
!small Verslag: [[R. Martis|PERSON]], [[richenel.martis@minbzk.nl|EMAIL_ADDRESS]]. Algemene vragen: {dkr@minbzk.nl|FUNCTIONAL_EMAIL}.
""",
)
