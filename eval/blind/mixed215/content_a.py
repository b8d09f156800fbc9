"""Set OV, documents ov01-ov11: request, acknowledgement, policy, statistics, first HR memos and mails."""
from lib import Doc, k, r

DOCS = []

# ---------------------------------------------------------------------------------------------- ov01
DOCS.append(Doc("ov01_woo_verzoek", render="rl", producer="Microsoft: Print To PDF",
                creator="Microsoft Word - Woo-verzoek verzuimbeleid.docx", body="""
~Esther Rozendaal | Brinkstraat 41 | 8011 GR Zwolle | 0031 6 1834 2290 | e.rozendaal@publiekezaak-redactie.nl
# Verzoek op grond van de Wet open overheid

Aan: Gedeputeerde Staten van de provincie Overijssel
t.a.v. de Woo-coördinator
Postbus 10078
8000 GB Zwolle

Zwolle, 12 januari 2026

Geacht college,

Als redacteur van het vakbondsblad Publieke Zaak van FNV Overheid doe ik een verzoek op grond van artikel 4.1 van de Wet open overheid (Woo). Het verzoek betreft het verzuimbeleid van de provincie Overijssel over de periode 1 januari 2023 tot en met 31 december 2025, en in het bijzonder de wijze waarop de provincie als werkgever invulling geeft aan de Wet verbetering poortwachter bij langdurig verzuim.

Ik verzoek u om openbaarmaking van:
1. het geldende verzuimbeleid en de verzuimprotocollen, inclusief eventuele wijzigingen;
2. de verzuimstatistieken per directie en per kwartaal;
3. de documenten (memo's, e-mails, adviezen van de bedrijfsarts, plannen van aanpak, correspondentie met het UWV) over één geanonimiseerd dossier van langdurig verzuim dat model staat voor de uitvoering van het beleid;
4. besluitvorming van Gedeputeerde Staten over de aanpassing van het verzuimbeleid in 2025.

Ik begrijp dat u persoonsgegevens en medische gegevens zult weglakken. Het gaat mij om de werkwijze van de provincie, niet om de betrokken medewerker. Ik ben bereid het verzoek in overleg te beperken.

Ik ontvang de stukken graag digitaal. U kunt mij bereiken op 0031 6 1834 2290 of via e.rozendaal@publiekezaak-redactie.nl.

Met vriendelijke groet,

Esther Rozendaal
redacteur Publieke Zaak
""", R=[
    r("PERSON", "Esther Rozendaal", "Esther Rozendaal", "Rozendaal"),
    r("ADDRESS", "Brinkstraat 41, 8011 GR Zwolle", "Brinkstraat 41", ("8011 GR", True)),
    r("PHONE", "0031 6 1834 2290", ("0031 6 1834 2290", False)),
    r("EMAIL", "e.rozendaal@publiekezaak-redactie.nl", ("e.rozendaal@publiekezaak-redactie.nl", False)),
], K=[
    k("ORG", "Gedeputeerde Staten", "provincie Overijssel"),
    k("ORG", "FNV Overheid"), k("TITLE", "Publieke Zaak"),
    k("LAW", "Wet open overheid", "artikel 4.1", "Woo"), k("LAW", "Wet verbetering poortwachter"),
    k("ADDRESS", "Postbus 10078", "8000 GB Zwolle"), k("DATE", "12 januari 2026"),
    k("ROLE", "Woo-coördinator"), k("ROLE", "bedrijfsarts"), k("ORG", "UWV"),
    k("TERM", "verzuimbeleid"), k("TERM", "plannen van aanpak"), k("ROLE", "redacteur"),
]))

# ---------------------------------------------------------------------------------------------- ov02
DOCS.append(Doc("ov02_ontvangstbevestiging", render="docx", creator="Writer", producer="LibreOffice 7.6",
                author="Thijs Brouwer-Lammers", body="""
~Provincie Overijssel | Luttenbergstraat 2 | Postbus 10078 | 8000 GB Zwolle | telefoon 038 499 88 99 | www.overijssel.nl
# Ontvangstbevestiging Woo-verzoek

Mevrouw E. Rozendaal
Brinkstraat 41
8011 GR Zwolle

Datum: 19 januari 2026
Kenmerk: WOO-2026-0147 / 2026/0009321
Behandeld door: T. Brouwer-Lammers
Telefoon: 038-4998123
E-mail: woo@overijssel.nl

Onderwerp: ontvangstbevestiging verzoek verzuimbeleid

Geachte mevrouw Rozendaal,

Op 12 januari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over het verzuimbeleid van de provincie Overijssel en over één dossier van langdurig verzuim. Wij hebben uw verzoek geregistreerd onder zaaknummer WOO-2026-0147.

Op grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verlengen. Omdat in de documenten gegevens over de gezondheid van een medewerker voorkomen, zullen wij die medewerker in de gelegenheid stellen een zienswijze te geven (artikel 4.9 Woo).

Op 16 januari 2026 heeft u telefonisch met mijn collega Aylin Çelik afgesproken dat onderdeel 3 zich beperkt tot de stukken uit het jaar 2024 en 2025.

Heeft u vragen, neem dan contact op via woo@overijssel.nl of het algemene nummer 038 499 88 99, onder vermelding van het zaaknummer.

Met vriendelijke groet,
namens Gedeputeerde Staten van Overijssel,

Thijs Brouwer-Lammers
Woo-coördinator
""", R=[
    r("PERSON", "Esther Rozendaal", "E. Rozendaal", "Rozendaal"),
    r("ADDRESS", "Brinkstraat 41, 8011 GR Zwolle", "Brinkstraat 41", ("8011 GR", True)),
    r("PERSON", "Thijs Brouwer-Lammers", "T. Brouwer-Lammers", "Thijs Brouwer-Lammers", "Brouwer-Lammers"),
    r("PHONE", "038-4998123", ("038-4998123", False)),
    r("PERSON", "Aylin Çelik", "Aylin Çelik", "Çelik"),
], K=[
    k("ORG", "Provincie Overijssel", "provincie Overijssel"), k("ADDRESS", "Luttenbergstraat 2"),
    k("PHONE", "038 499 88 99"), k("EMAIL", "woo@overijssel.nl"), k("URL", "www.overijssel.nl"),
    k("CASE", "WOO-2026-0147"), k("CASE", "2026/0009321"), k("LAW", "artikel 4.4", "artikel 4.9 Woo"),
    k("ORG", "Gedeputeerde Staten van Overijssel"), k("ROLE", "Woo-coördinator"),
    k("DATE", "19 januari 2026", "16 januari 2026"),
]))

# ---------------------------------------------------------------------------------------------- ov03
DOCS.append(Doc("ov03_verzuimbeleid", render="docx", creator="Writer", producer="LibreOffice 7.6",
                author="Bas de Wit", xmp_creator="Bas de Wit", title="Verzuimbeleid Provincie Overijssel 2025",
                body="""
# Verzuimbeleid Provincie Overijssel 2025

Vastgesteld door Gedeputeerde Staten op 8 april 2025, kenmerk 2025/0112876. Dit beleid vervangt het Verzuimprotocol 2019.

## 1. Uitgangspunten

De provincie Overijssel gaat uit van eigen regie van de medewerker. Wie ziek is, meldt zich vóór 09.00 uur telefonisch ziek bij de eigen leidinggevende. De leidinggevende registreert de ziekmelding in het personeelssysteem YouForce en heeft binnen drie werkdagen contact met de medewerker. Het gesprek gaat over wat de medewerker nog wel kan, niet over de diagnose. Medische gegevens worden uitsluitend gedeeld met de bedrijfsarts.

## 2. Rollen

De leidinggevende is casemanager in de zin van de Wet verbetering poortwachter. Het team HRM ondersteunt met een HR-adviseur. De bedrijfsarts van Arbo Oost B.V. adviseert in functionele termen: belastbaarheid, beperkingen en mogelijkheden. De vertrouwenspersoon is bereikbaar via vertrouwenspersoon@overijssel.nl.

## 3. Tijdlijn bij langdurig verzuim

|Week|Actie|Wie|
|1|Ziekmelding en eerste contact|leidinggevende|
|6|Probleemanalyse|bedrijfsarts|
|8|Plan van aanpak|leidinggevende en medewerker|
|42|Melding aan UWV|HRM|
|52|Eerstejaarsevaluatie|leidinggevende, medewerker, HRM|
|88|Aanvraag WIA en re-integratieverslag|medewerker met HRM|

## 4. Tweede spoor

Als na de eerstejaarsevaluatie terugkeer in het eigen werk niet haalbaar is, zet de provincie een tweede-spoortraject in bij een extern re-integratiebureau. De kosten komen ten laste van het budget Duurzame Inzetbaarheid.

## 5. Privacy

Op grond van de AVG en de Beleidsregels van de Autoriteit Persoonsgegevens (2016) registreert de leidinggevende geen diagnose. Het verzuimdossier wordt tot twee jaar na afloop bewaard.

## 6. Contact

Vragen over dit beleid: hrm@overijssel.nl of 038 499 88 99.

===
## Bijlage 1. Aanspreekpunten per directie (interne versie, stand 1 april 2025)

|Directie|HR-adviseur|Telefoon|
|Ruimte en Bereikbaarheid|Aylin Çelik|038 499 71 62|
|Economie en Cultuur|Roel Zwiers|038-4997165|
|Water en Milieu|Anouk van der Meulen|038 499 7168|
|Bedrijfsvoering en Concernstaf|Gijs Ter Brugge|+31 38 499 71 70|

E-mailadressen HR-adviseurs: a.celik@overijssel.nl, r.zwiers@overijssel.nl, a.vandermeulen@overijssel.nl en g.terbrugge@overijssel.nl. Algemene vragen: hrm@overijssel.nl.

Arbodienst: Arbo Oost B.V., verzuimmeldpunt 0570 61 44 00, info@arbo-oost.nl. Vaste bedrijfsartsen voor de provincie: drs. M. Oosterbeek-de Graaf en Ömer Karakuş, arts in opleiding tot bedrijfsarts onder supervisie.

Vertrouwenspersonen: Ingrid Lammertink (intern) en mw. C. Wessels-Dijkhuis (extern, via Stichting Vertrouwenswerk Oost).

## Bijlage 2. Wijzigingen ten opzichte van het Verzuimprotocol 2019

- De leidinggevende is casemanager; de arbodienst adviseert.
- Het tweede spoor wordt uiterlijk in week 52 beoordeeld in plaats van in week 65.
- De verzuimregistratie vindt plaats in YouForce; Excel-overzichten met namen zijn niet meer toegestaan.
- Het budget Duurzame Inzetbaarheid is structureel (€ 150.000 per jaar).
""", R=[
    r("PERSON", "Bas de Wit (Info /Author and XMP dc:creator)", "Bas de Wit", ch="metadata"),
    r("PERSON", "de Wit (surname in XMP)", "de Wit", ch="metadata"),
    r("PERSON", "Aylin Çelik", "Aylin Çelik"),
    r("PHONE", "038 499 71 62", ("038 499 71 62", False)),
    r("EMAIL", "a.celik@overijssel.nl", ("a.celik@overijssel.nl", False)),
    r("PERSON", "Roel Zwiers", "Roel Zwiers"),
    r("PHONE", "038-4997165", ("038-4997165", False)),
    r("EMAIL", "r.zwiers@overijssel.nl", ("r.zwiers@overijssel.nl", False)),
    r("PERSON", "Anouk van der Meulen", "Anouk van der Meulen"),
    r("PHONE", "038 499 7168", ("038 499 7168", False)),
    r("EMAIL", "a.vandermeulen@overijssel.nl", ("a.vandermeulen@overijssel.nl", False)),
    r("PERSON", "Gijs Ter Brugge", "Gijs Ter Brugge"),
    r("PHONE", "+31 38 499 71 70", ("+31 38 499 71 70", False)),
    r("EMAIL", "g.terbrugge@overijssel.nl", ("g.terbrugge@overijssel.nl", False)),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "M. Oosterbeek-de Graaf"),
    r("PERSON", "Ömer Karakuş", "Ömer Karakuş"),
    r("PERSON", "Ingrid Lammertink", "Ingrid Lammertink"),
    r("PERSON", "C. Wessels-Dijkhuis", "C. Wessels-Dijkhuis"),
], K=[
    k("ORG", "Stichting Vertrouwenswerk Oost"), k("PHONE", "0570 61 44 00"), k("EMAIL", "info@arbo-oost.nl"),
    k("NUM", "€ 150.000"),
    k("ORG", "Gedeputeerde Staten"), k("ORG", "provincie Overijssel"), k("CASE", "2025/0112876"),
    k("TITLE", "Verzuimprotocol 2019"), k("PRODUCT", "YouForce"), k("ORG", "Arbo Oost B.V."),
    k("LAW", "Wet verbetering poortwachter"), k("EMAIL", "vertrouwenspersoon@overijssel.nl"),
    k("EMAIL", "hrm@overijssel.nl"), k("PHONE", "038 499 88 99"), k("TERM", "Probleemanalyse"),
    k("TERM", "Plan van aanpak"), k("TERM", "Eerstejaarsevaluatie"), k("LAW", "WIA"), k("LAW", "AVG"),
    k("ORG", "Autoriteit Persoonsgegevens"), k("TERM", "Duurzame Inzetbaarheid"), k("ROLE", "HR-adviseur"),
]))

# ---------------------------------------------------------------------------------------------- ov04
DOCS.append(Doc("ov04_verzuimstatistiek", render="rl", producer="Aspose.PDF for .NET 23.4",
                creator="Aspose.Cells", author="HRM Informatievoorziening", body="""
# Verzuimcijfers provincie Overijssel 2023-2025

~Bron: YouForce, peildatum 10 januari 2026. Samengesteld door team HRM Informatievoorziening. Kenmerk 2026/0004410.

## Tabel 1. Verzuimpercentage per directie (exclusief zwangerschapsverlof)

|Directie|2023|2024|2025|Norm|
|Ruimte en Bereikbaarheid|5,1%|5,8%|6,2%|4,8%|
|Economie en Cultuur|4,2%|4,4%|4,1%|4,8%|
|Water en Milieu|4,9%|5,0%|5,3%|4,8%|
|Bedrijfsvoering|3,8%|4,1%|4,6%|4,8%|
|Concernstaf|3,1%|3,3%|3,0%|4,8%|
|Totaal provincie|4,6%|4,9%|5,1%|4,8%|

## Tabel 2. Meldingsfrequentie en duur (totaal)

|Jaar|Meldingsfrequentie|Gem. duur (dagen)|Langdurig > 1 jaar|Nulverzuim|
|2023|1,21|14,8|17|38%|
|2024|1,17|16,2|21|36%|
|2025|1,09|18,9|24|35%|

## Tabel 3. Langdurig verzuim per kwartaal 2025

|Kwartaal|Nieuwe gevallen > 6 weken|Hersteld|Tweede spoor|WIA-aanvraag|
|Q1|14|9|3|2|
|Q2|11|10|4|1|
|Q3|16|8|2|3|
|Q4|12|11|5|2|

Toelichting: bij aantallen kleiner dan vijf per afdeling worden geen cijfers op afdelingsniveau gepubliceerd, om herleidbaarheid naar individuele medewerkers te voorkomen. Daarom zijn de cijfers op directieniveau weergegeven.

===
## Tabel 4. Verzuim naar leeftijdsklasse 2025

|Leeftijd|Verzuim%|Meldingsfrequentie|Aandeel medewerkers|
|tot 30|3,2%|1,48|11%|
|30-44|4,4%|1,12|34%|
|45-54|5,6%|1,01|29%|
|55 en ouder|6,9%|0,94|26%|

## Tabel 5. Kosten

|Post|2024|2025|
|Contract Arbo Oost B.V.|€ 412.000|€ 436.500|
|Re-integratie tweede spoor|€ 88.300|€ 121.750|
|Loondoorbetaling bij ziekte (schatting)|€ 6,1 mln|€ 6,7 mln|

De stijging van de kosten in 2025 hangt samen met het aanbestede contract met Arbo Oost B.V. (aanbesteding OV-2024-031) en met meer tweedespoortrajecten.
""", R=[], K=[
    k("ORG", "provincie Overijssel"), k("PRODUCT", "YouForce"), k("CASE", "2026/0004410"),
    k("ORG", "Ruimte en Bereikbaarheid"), k("ORG", "Economie en Cultuur"), k("ORG", "Water en Milieu"),
    k("ORG", "Bedrijfsvoering"), k("ORG", "Concernstaf"), k("ORG", "Arbo Oost B.V."),
    k("CASE", "OV-2024-031"), k("NUM", "6,2%"), k("NUM", "€ 436.500"), k("NUM", "€ 121.750"),
    k("TERM", "Meldingsfrequentie"), k("TERM", "Nulverzuim"), k("NUM", "18,9"),
    k("ORG", "HRM Informatievoorziening"), k("DATE", "10 januari 2026"),
]))

# ---------------------------------------------------------------------------------------------- ov05
DOCS.append(Doc("ov05_memo_ziekmelding", render="rlttf", producer="Microsoft® Word voor Microsoft 365",
                creator="Microsoft® Word voor Microsoft 365", author="Çelik, Aylin", body="""
~Provincie Overijssel - team HRM - intern memo
# Memo

Aan: R. Koopmans, teamleider Mobiliteit en Bereikbaarheid
Van: A. Çelik, HR-adviseur
Cc: P.J. van 't Hul, manager HRM
Datum: 4 maart 2024
Kenmerk: ZK24-003318
Onderwerp: ziekmelding medewerker team Mobiliteit (personeelsnummer 104338)

Ruben,

Op 26 februari 2024 heeft mevrouw J.M. ter Horst-Veldkamp (beleidsmedewerker mobiliteit, personeelsnummer 104338) zich ziek gemeld. Je hebt mij gevraagd wat je als leidinggevende de komende weken moet doen. Hieronder de stappen volgens het Verzuimbeleid en de Wet verbetering poortwachter.

1. Houd wekelijks contact met Jolanda. Vraag naar wat zij kan en wil, niet naar de diagnose. Zij heeft zelf aangegeven dat zij contact via haar privénummer 06-41278390 prefereert boven haar werkmail.
2. Meld haar aan voor het spreekuur van de bedrijfsarts. Arbo Oost B.V. heeft drs. M. Oosterbeek-de Graaf toegewezen; het eerste spreekuur is gepland op 2 april 2024.
3. Leg afspraken vast in het verzuimdossier in YouForce, niet in je eigen mailbox.
4. Wil je een klankbord, dan kan ook casemanager Dennis Brinkers van Arbo Oost meedenken.

Jolanda heeft haar woonadres (Esdoornlaan 17, 7425 GK Deventer) gewijzigd doorgegeven; dat heb ik in het personeelssysteem verwerkt.

Groet,
Aylin Çelik
HR-adviseur, team HRM
a.celik@overijssel.nl | 038 499 71 62
""", R=[
    r("PERSON", "Ruben Koopmans", "R. Koopmans", "Ruben"),
    r("PERSON", "Aylin Çelik", "A. Çelik", "Aylin Çelik"),
    r("PERSON", "Pieter van 't Hul", "P.J. van 't Hul"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "J.M. ter Horst-Veldkamp", "Jolanda"),
    r("ID", "personeelsnummer 104338", "104338"),
    r("PHONE", "06-41278390", ("06-41278390", False)),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "M. Oosterbeek-de Graaf"),
    r("PERSON", "Dennis Brinkers", "Dennis Brinkers"),
    r("ADDRESS", "Esdoornlaan 17, 7425 GK Deventer", "Esdoornlaan 17", "7425 GK"),
    r("EMAIL", "a.celik@overijssel.nl", ("a.celik@overijssel.nl", False)),
    r("PHONE", "038 499 71 62", ("038 499 71 62", False)),
    r("PERSON", "Çelik, Aylin (Info /Author)", "Çelik, Aylin", ch="metadata"),
], K=[
    k("ORG", "Provincie Overijssel"), k("ORG", "team HRM"), k("ROLE", "teamleider Mobiliteit en Bereikbaarheid"),
    k("ROLE", "HR-adviseur"), k("ROLE", "manager HRM"), k("CASE", "ZK24-003318"), k("DATE", "4 maart 2024"),
    k("ROLE", "beleidsmedewerker mobiliteit"), k("LAW", "Wet verbetering poortwachter"),
    k("ORG", "Arbo Oost B.V."), k("PRODUCT", "YouForce"), k("TITLE", "Verzuimbeleid"),
    k("DATE", "26 februari 2024", "2 april 2024"), k("PLACE", "Deventer"),
]))

# ---------------------------------------------------------------------------------------------- ov06
DOCS.append(Doc("ov06_mail_koopmans_hrm", render="rl", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", author="Koopmans, Ruben", body="""
~Afgedrukt uit Outlook door Koopmans, Ruben

Van: Koopmans, Ruben <r.koopmans@overijssel.nl>
Verzonden: dinsdag 9 april 2024 16:42
Aan: Çelik, Aylin <a.celik@overijssel.nl>
CC: Hul, Pieter van 't <p.vanthul@overijssel.nl>
Onderwerp: RE: terugkoppeling spreekuur bedrijfsarts 104338

Hoi Aylin,

Dank voor het doorsturen van de terugkoppeling. Ik lees dat de bedrijfsarts Jolanda voorlopig geen leidinggevende of coördinerende taken laat doen en dat zij maximaal 2 x 2 uur per dag kan werken, vanuit huis. Ik kan het dossier Fietssnelweg F35 tijdelijk bij Sanne Hofstede neerleggen. Mohamed El Amrani neemt het Provinciaal Verkeers- en Vervoersberaad over.

Kun jij checken of het plan van aanpak voor 22 april klaar moet zijn? Ik wil het liefst een gesprek in de Thorbeckezaal, niet bij Jolanda thuis.

Groet, Ruben
Ruben Koopmans | teamleider Mobiliteit en Bereikbaarheid | 06 2391 4476

Van: Çelik, Aylin <a.celik@overijssel.nl>
Verzonden: dinsdag 9 april 2024 11:05
Aan: Koopmans, Ruben <r.koopmans@overijssel.nl>
Onderwerp: terugkoppeling spreekuur bedrijfsarts 104338

Ruben,

Bijgaand de terugkoppeling van drs. Oosterbeek-de Graaf na het spreekuur van 2 april. De bedrijfsarts ziet een goede prognose voor gedeeltelijke terugkeer binnen drie maanden. Let op: de terugkoppeling bevat geen diagnose en mag alleen in het verzuimdossier worden opgeslagen.

De probleemanalyse moet binnen zes weken na de ziekmelding klaar zijn; het plan van aanpak uiterlijk in week 8, dus vóór 22 april 2024.

Met vriendelijke groet,
Aylin Çelik
HR-adviseur | Provincie Overijssel | Luttenbergstraat 2, Zwolle
T 038 499 71 62 | M +31 (0)6 4418 0927

===
Van: Koopmans, Ruben <r.koopmans@overijssel.nl>
Verzonden: woensdag 28 februari 2024 08:03
Aan: Çelik, Aylin <a.celik@overijssel.nl>
CC: Wolbers, Henk-Jan <hj.wolbers@overijssel.nl>
Onderwerp: ziekmelding Jolanda + vervanging overleg Statencommissie

Goedemorgen Aylin,

Jolanda ter Horst heeft zich maandag ziek gemeld. Ze gaf aan dat het "even helemaal op" is en dat ze niet weet hoe lang het duurt. Ik heb haar gezegd dat ze zich nu vooral op herstel moet richten. Is er iets wat ik deze week moet doen, behalve de melding in YouForce?

Henk-Jan, kun jij donderdag het ambtelijk vooroverleg voor de Statencommissie Mobiliteit van haar overnemen? Het gaat om de N348-variantenstudie en de subsidieregeling Fiets. Sanne heeft de stukken.

Ruben

Van: Wolbers, Henk-Jan <hj.wolbers@overijssel.nl>
Verzonden: woensdag 28 februari 2024 08:41
Aan: Koopmans, Ruben <r.koopmans@overijssel.nl>
Onderwerp: RE: ziekmelding Jolanda + vervanging overleg Statencommissie

Prima, doe ik. Sterkte aan Jo als je haar spreekt. Ik bel Sanne (06 3362 0418) voor de stukken.
HJ
""", R=[
    r("PERSON", "Ruben Koopmans", "Koopmans, Ruben", "Ruben Koopmans", "Ruben", "Koopmans"),
    r("EMAIL", "r.koopmans@overijssel.nl", ("r.koopmans@overijssel.nl", False)),
    r("PERSON", "Aylin Çelik", "Çelik, Aylin", "Aylin Çelik", "Aylin"),
    r("EMAIL", "a.celik@overijssel.nl", ("a.celik@overijssel.nl", False)),
    r("PERSON", "Pieter van 't Hul", "Hul, Pieter van 't"),
    r("EMAIL", "p.vanthul@overijssel.nl", ("p.vanthul@overijssel.nl", False)),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Jolanda"),
    r("ID", "personeelsnummer 104338", "104338"),
    r("PERSON", "Sanne Hofstede", "Sanne Hofstede"),
    r("PERSON", "Mohamed El Amrani", "Mohamed El Amrani"),
    r("PHONE", "06 2391 4476", ("06 2391 4476", False)),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "Oosterbeek-de Graaf"),
    r("PHONE", "038 499 71 62", ("038 499 71 62", False)),
    r("PHONE", "+31 (0)6 4418 0927", ("+31 (0)6 4418 0927", False)),
    r("HEALTH", "werkbelasting 2 x 2 uur per dag vanuit huis", ("maximaal 2 x 2 uur per dag", False)),
    r("PERSON", "Henk-Jan Wolbers", "Wolbers, Henk-Jan", "Henk-Jan", ("HJ", True)),
    r("EMAIL", "hj.wolbers@overijssel.nl", ("hj.wolbers@overijssel.nl", False)),
    r("PERSON", "Jolanda ter Horst", "Jolanda ter Horst", ("Jo", True)),
    r("PERSON", "Sanne Hofstede (first name)", "Sanne"),
    r("PHONE", "06 3362 0418", ("06 3362 0418", False)),
    r("HEALTH", "klachten bij ziekmelding", ("even helemaal op", False)),
], K=[
    k("ORG", "Statencommissie Mobiliteit"), k("ROAD", "N348-variantenstudie"), k("TERM", "subsidieregeling Fiets"),
    k("PRODUCT", "YouForce"),
    k("ROLE", "teamleider Mobiliteit en Bereikbaarheid"), k("ROLE", "HR-adviseur"),
    k("PROJECT", "Fietssnelweg F35"), k("ORG", "Provinciaal Verkeers- en Vervoersberaad"),
    k("BUILDING", "Thorbeckezaal"), k("ORG", "Provincie Overijssel"), k("ADDRESS", "Luttenbergstraat 2"),
    k("DATE", "dinsdag 9 april 2024"), k("TERM", "plan van aanpak"), k("TERM", "probleemanalyse"),
    k("PRODUCT", "Outlook"), k("ROLE", "bedrijfsarts"), k("DATE", "22 april 2024"),
]))

# ---------------------------------------------------------------------------------------------- ov07
DOCS.append(Doc("ov07_probleemanalyse", render="rlttf", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
                creator="Arbo Oost Verzuimportaal", author="Arbo Oost B.V.", body="""
~Arbo Oost B.V. | Stationsplein 6 | 7411 HB Deventer | 0570 61 44 00 | info@arbo-oost.nl | KvK 08123456
# Probleemanalyse (artikel 7:658a BW / Wet verbetering poortwachter)

Werkgever: Provincie Overijssel, Luttenbergstraat 2, Zwolle
Werknemer: mevrouw J.M. ter Horst-Veldkamp, geboren 14-03-1979
BSN: 178542398
Functie: beleidsmedewerker mobiliteit, 36 uur per week
Eerste ziektedag: 26 februari 2024
Datum spreekuur: 2 april 2024
Bedrijfsarts: drs. M. Oosterbeek-de Graaf, BIG-nummer 59043817101
Dossiernummer Arbo Oost: AO-24-118723

## 1. Beschouwing

Werkneemster is arbeidsongeschikt voor haar eigen werk als gevolg van ziekte. Er is sprake van beperkingen in het persoonlijk en sociaal functioneren en van een verminderde belastbaarheid voor werkdruk en deadlines. Werkneemster is onder behandeling bij de psycholoog van de huisartsenpraktijk.

## 2. Functionele mogelijkheden

|Rubriek (FML)|Beperking|
|I Persoonlijk functioneren|beperkt: concentratie en verdelen van aandacht, max. 2 uur aaneengesloten|
|II Sociaal functioneren|beperkt: geen conflicthantering, geen leidinggevende taken|
|III Aanpassing aan fysieke omgevingseisen|geen beperkingen|
|IV Dynamische handelingen|geen beperkingen|
|VI Werktijden|beperkt: max. 4 uur per dag, niet in de avond|

## 3. Prognose en advies

De prognose voor gedeeltelijk herstel is gunstig. Advies: opbouw vanaf week 7 met 2 x 2 uur per dag in eigen werk zonder deadlines, vanuit huis. Overleg met werkgever over een plan van aanpak vóór 22 april 2024. Volgend spreekuur over vier weken.

Deventer, 2 april 2024

drs. M. Oosterbeek-de Graaf
bedrijfsarts
m.oosterbeek@arbo-oost.nl
""", R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp", "J.M. ter Horst-Veldkamp"),
    r("DOB", "14-03-1979", ("14-03-1979", False)),
    r("BSN", "178542398", "178542398"),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "M. Oosterbeek-de Graaf", "Oosterbeek-de Graaf"),
    r("ID", "BIG-nummer 59043817101", "59043817101"),
    r("EMAIL", "m.oosterbeek@arbo-oost.nl", ("m.oosterbeek@arbo-oost.nl", False)),
    r("ID", "dossiernummer AO-24-118723", "AO-24-118723"),
    r("HEALTH", "beperkingen persoonlijk en sociaal functioneren",
      ("beperkingen in het persoonlijk en sociaal functioneren", False)),
    r("HEALTH", "behandeling psycholoog", ("onder behandeling bij de psycholoog", False)),
    r("HEALTH", "FML-beperking concentratie", ("concentratie en verdelen van aandacht", False)),
    r("HEALTH", "FML-beperking sociaal functioneren", ("geen conflicthantering", False)),
    r("HEALTH", "FML werktijden", ("max. 4 uur per dag, niet in de avond", False)),
], K=[
    k("ORG", "Arbo Oost B.V."), k("ADDRESS", "Stationsplein 6"), k("PHONE", "0570 61 44 00"),
    k("EMAIL", "info@arbo-oost.nl"), k("KVK", "KvK 08123456"), k("LAW", "artikel 7:658a BW"),
    k("LAW", "Wet verbetering poortwachter"), k("ORG", "Provincie Overijssel"),
    k("ROLE", "beleidsmedewerker mobiliteit"), k("DATE", "26 februari 2024"), k("TERM", "FML"),
    k("TERM", "Persoonlijk functioneren"), k("TERM", "Dynamische handelingen"), k("PLACE", "Deventer"),
    k("ROLE", "bedrijfsarts"), k("DATE", "22 april 2024"),
]))

# ---------------------------------------------------------------------------------------------- ov08
DOCS.append(Doc("ov08_plan_van_aanpak", render="docx", creator="Writer", producer="LibreOffice 7.6",
                author=None, body="""
# Plan van aanpak re-integratie

Zaaknummer: ZK24-003318
Medewerker: Jolanda ter Horst-Veldkamp, personeelsnummer 104338
Leidinggevende / casemanager: Ruben Koopmans
HR-adviseur: Aylin Çelik
Bedrijfsarts: drs. M. Oosterbeek-de Graaf (Arbo Oost B.V.)
Datum: 18 april 2024

## 1. Doel

Doel is terugkeer in het eigen werk als beleidsmedewerker mobiliteit bij team Mobiliteit en Bereikbaarheid, eerst met aangepaste taken. Spoor 1.

## 2. Afspraken

|Periode|Uren per week|Taken|Evaluatie|
|week 9-12|4 x 2 uur|dossier Fietssnelweg F35 inlezen, geen deadlines|Ruben Koopmans|
|week 13-18|4 x 4 uur|beleidsnotities Regionaal Mobiliteitsprogramma, thuis|bedrijfsarts|
|week 19-26|4 x 6 uur|eigen werk zonder externe overleggen|Ruben Koopmans en Aylin Çelik|

Ondersteuning: vijf gesprekken met een loopbaancoach; kosten uit het budget Duurzame Inzetbaarheid. Ergonomisch advies thuiswerkplek via team Facilitair.

## 3. Contact

Wekelijks belcontact op maandag tussen Jolanda en Ruben. Jolanda is bereikbaar op 06-41278390 of jolanda.terhorst79@gmail.com. Collega Sanne Hofstede is aanspreekpunt voor inhoudelijke vragen.

## 4. Ondertekening

|Naam|Rol|Datum|Paraaf|
|J.M. ter Horst-Veldkamp|medewerker|18-04-2024|JtH|
|R. Koopmans|leidinggevende|18-04-2024|RKo|
""", R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Jolanda ter Horst-Veldkamp", "J.M. ter Horst-Veldkamp", "Jolanda"),
    r("ID", "104338", "104338"),
    r("PERSON", "Ruben Koopmans", "Ruben Koopmans", "R. Koopmans", "Ruben"),
    r("PERSON", "Aylin Çelik", "Aylin Çelik"),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "M. Oosterbeek-de Graaf"),
    r("PHONE", "06-41278390", ("06-41278390", False)),
    r("EMAIL", "jolanda.terhorst79@gmail.com", ("jolanda.terhorst79@gmail.com", False)),
    r("PERSON", "Sanne Hofstede", "Sanne Hofstede"),
    r("PARAPH", "JtH", "JtH"), r("PARAPH", "RKo", "RKo"),
], K=[
    k("CASE", "ZK24-003318"), k("ROLE", "HR-adviseur"), k("ORG", "Arbo Oost B.V."),
    k("ROLE", "beleidsmedewerker mobiliteit"), k("ORG", "team Mobiliteit en Bereikbaarheid"),
    k("PROJECT", "Fietssnelweg F35"), k("TERM", "beleidsnotities"),
    k("TERM", "Duurzame Inzetbaarheid"), k("ORG", "team Facilitair"), k("TERM", "Spoor 1"),
    k("ROLE", "loopbaancoach"), k("DATE", "18 april 2024"), k("ROLE", "leidinggevende"),
]))

# ---------------------------------------------------------------------------------------------- ov09
DOCS.append(Doc("ov09_formulier_verzuimmelding", render="form", producer="Adobe Acrobat Pro (64-bit) 24.1",
                creator="Adobe LiveCycle Designer 11.0", body="""
# Formulier verzuimmelding en wijziging verzuimpercentage

Provincie Overijssel - team HRM - formulier HRM-F07 (versie 2023)
Dit formulier vult de leidinggevende in bij een ziekmelding, een gedeeltelijk herstel en een volledig herstel.
Stuur het ingevulde formulier naar verzuim@overijssel.nl. Vermeld geen diagnose.
Zaaknummer: ZK24-003318
""", fields=[
    ("Naam medewerker", "naam_medewerker", "J.M. ter Horst-Veldkamp"),
    ("Personeelsnummer", "personeelsnummer", "104338"),
    ("Geboortedatum", "geboortedatum", "14-03-1979"),
    ("Soort melding", "soort", "gedeeltelijk herstel"),
    ("Ingangsdatum", "ingang", "29-04-2024"),
    ("Herstelpercentage", "perc", "22%"),
    ("Telefoon medewerker", "tel", "06-41278390"),
    ("Naam leidinggevende", "naam_lg", "Ruben Koopmans"),
    ("E-mail leidinggevende", "mail_lg", "r.koopmans@overijssel.nl"),
    ("Opmerking", "opm", "Opbouw volgens advies Oosterbeek-de Graaf, thuis"),
], R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp (form value)", "ter Horst-Veldkamp", ch="annotations"),
    r("ID", "104338 (form value)", "104338", ch="annotations"),
    r("DOB", "14-03-1979 (form value)", ("14-03-1979", False), ch="annotations"),
    r("PHONE", "06-41278390 (form value)", ("06-41278390", False), ch="annotations"),
    r("PERSON", "Ruben Koopmans (form value)", "Ruben Koopmans", ch="annotations"),
    r("EMAIL", "r.koopmans@overijssel.nl (form value)", ("r.koopmans@overijssel.nl", False), ch="annotations"),
    r("PERSON", "Oosterbeek-de Graaf (form value)", "Oosterbeek-de Graaf", ch="annotations"),
], K=[
    k("ORG", "Provincie Overijssel"), k("CASE", "HRM-F07"), k("EMAIL", "verzuim@overijssel.nl"),
    k("CASE", "ZK24-003318"), k("TERM", "verzuimmelding"), k("ROLE", "leidinggevende"),
]))

# ---------------------------------------------------------------------------------------------- ov10
DOCS.append(Doc("ov10_teams_chat", render="rlttf", producer="Microsoft Teams (export) / Skia/PDF m120",
                creator="Microsoft Teams", body="""
# Chat: Ruben Koopmans, Sanne Hofstede

~Geëxporteerd uit Microsoft Teams op 3 juni 2024, 08:12

[28-5-2024 09:14] Ruben Koopmans: Morgen Sanne, heb jij Jo nog gesproken over F35?
[28-5-2024 09:20] Sanne Hofstede: Ja gisteren even gebeld. Ze leest de nota van Goudappel in, rustig aan. Ze vroeg of ze bij het ambtelijk overleg met de gemeente Deventer mag zijn.
[28-5-2024 09:22] Ruben Koopmans: Liever nog niet, dat is tegen het advies van de bedrijfsarts in (geen externe overleggen tot week 19). Ik bel haar zelf.
[28-5-2024 09:23] Sanne Hofstede: Oké. Ze klinkt wel beter dan in maart hoor 🙂
[28-5-2024 09:31] Ruben Koopmans: Fijn. Kun jij Mo vragen het stuk voor de Statencommissie Mobiliteit te maken? Deadline 11 juni.
[28-5-2024 09:33] Sanne Hofstede: Doe ik. Mohamed zit vandaag in Enschede, ik app hem.
[28-5-2024 11:02] Ruben Koopmans: Nog iets: Aylin vraagt of we de werkplek van Jolanda thuis laten beoordelen. Zet jij de mail van Gerrit-Jan Mensink van Facilitair even door?
[28-5-2024 11:04] Sanne Hofstede: Gedaan. Ergo Advies Twente komt 6 juni langs.
[28-5-2024 11:05] Ruben Koopmans: 👍
""", R=[
    r("PERSON", "Ruben Koopmans", "Ruben Koopmans"),
    r("PERSON", "Sanne Hofstede", "Sanne Hofstede", "Sanne"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", ("Jo", True), "Jolanda"),
    r("PERSON", "Mohamed El Amrani", "Mo", "Mohamed"),
    r("PERSON", "Aylin Çelik", "Aylin"),
    r("PERSON", "Gerrit-Jan Mensink", "Gerrit-Jan Mensink"),
], K=[
    k("PRODUCT", "Microsoft Teams"), k("PROJECT", "F35"), k("ORG", "Goudappel"),
    k("ORG", "gemeente Deventer"), k("ORG", "Statencommissie Mobiliteit"), k("PLACE", "Enschede"),
    k("ORG", "Facilitair"), k("ORG", "Ergo Advies Twente"), k("ROLE", "bedrijfsarts"),
]))

# ---------------------------------------------------------------------------------------------- ov11
DOCS.append(Doc("ov11_whatsapp_collegas", render="rlttf", producer="PDFpen 13.2", creator="PDFpen",
                body="""
# WhatsApp-chat 'Team Mobiliteit 🚲'

~Exportbestand WhatsApp Chat met Team Mobiliteit 🚲.txt, door Sanne Hofstede aangeleverd op 22-01-2026

14-10-2024 08:51 - Sanne: Goedemorgen allemaal! Jo is vandaag voor het eerst weer op kantoor, 2 uurtjes. Koffie om 10 uur in de kantine op de 3e?
14-10-2024 08:53 - Mo El Amrani: Top!! Ik neem stroopwafels mee
14-10-2024 08:55 - Ruben K.: Mooi. Niet te veel tegelijk over werk beginnen graag 😉
14-10-2024 09:02 - Henk-Jan: Welkom terug Jolanda 💐
14-10-2024 09:10 - Jolanda tH: Dank jullie wel, lief! Ik ben er om 10 uur. Wel een beetje zenuwachtig.
14-10-2024 10:48 - Marloes de Boer-Yıldız: Sorry, ik zit bij Rijkswaterstaat in Lelystad, volgende keer ben ik er!
14-10-2024 12:15 - Jolanda tH: Was fijn. Nu naar huis, de rest van de week weer thuis.
15-10-2024 07:40 - Henk-Jan: Wie pakt vandaag de vragen van Statenlid Bosscher (SP) over de N348 op?
15-10-2024 07:44 - Ruben K.: Mohamed, jij? Check met Hofstede wat er al ligt.
15-10-2024 07:45 - Mo El Amrani: Yes 👍 bel me op 06 1077 3145 als het dringend is
""", R=[
    r("PERSON", "Sanne Hofstede", "Sanne Hofstede", "Sanne", "Hofstede"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", ("Jo", True), "Jolanda tH", "Jolanda"),
    r("PERSON", "Mohamed El Amrani", "Mo El Amrani", "Mohamed"),
    r("PERSON", "Ruben Koopmans", "Ruben K."),
    r("PERSON", "Henk-Jan (colleague, first name)", "Henk-Jan"),
    r("PERSON", "Marloes de Boer-Yıldız", "Marloes de Boer-Yıldız"),
    r("PHONE", "06 1077 3145", ("06 1077 3145", False)),
], K=[
    k("PRODUCT", "WhatsApp"), k("ORG", "Rijkswaterstaat"), k("PLACE", "Lelystad"),
    k("OFFICIAL", "Statenlid Bosscher (SP)"), k("ROAD", "N348"), k("ORG", "Team Mobiliteit"),
]))
