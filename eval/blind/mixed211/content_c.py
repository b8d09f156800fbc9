from lib211 import Doc

OUT = "Microsoft Outlook 16.0"
DOCS = []
A = DOCS.append

A(Doc("gv16_scan_presentielijst", "Scan presentielijst locatiebezoek", """
# Presentielijst locatiebezoek 12-06-2025
Zaak Z2025-018843 - Esveldsweg Kootwijkerbroek

Naam                    Organisatie            Paraaf
~ Hans Oude Elferink      Provincie              HOE
~ Joost Verhulst          Provincie              JV
~ Bart ter Horst          AAO Deventer           BtH
~ Gerrit van Ginkel       Maatschap              GvG
~ Dirk-Jan van Ginkel     Maatschap              DJ

Opmerking toezichthouder:
~ jongveestal niet op tekening, nabellen Bart
~ mob. Dirk-Jan 06-19283746
""", producer="scan", prod="KONICA MINOLTA bizhub C300i", creator="bizhub"))
for v in ["Hans Oude Elferink", "Joost Verhulst", "Bart ter Horst", "Gerrit van Ginkel", "Dirk-Jan van Ginkel",
          "06-19283746", "HOE"]:
    DOCS[-1].text = DOCS[-1].text.replace(v, f"[[{v}]]", 1)

A(Doc("gv17_notulen_werkoverleg", "Verslag werkoverleg stikstof", """
# Verslag werkoverleg Vergunningverlening Natuur
Datum: 19 juni 2025, 10:00-11:30, {{Huis der Provincie}}, zaal {{De Rijnzaal}}

| Naam | Functie | Aanwezig |
| [[Rob Haverkamp]] (voorzitter) | teamleider | ja |
| [[Joost Verhulst]] | vergunningverlener | ja |
| [[Marieke de Boer-Kuipers]] | jurist | ja |
| [[Lotte van 't Hul]] | specialist stikstof/AERIUS | ja |
| [[Hans Oude Elferink]] | toezichthouder | afwezig (ziek) |
| [[Tjeerd Dijkstra]] | notulist | ja |

## 1. Opening en mededelingen
[[Rob]] meldt dat {{gedeputeerde Brinkhorst}} in de {{GS-vergadering}} van 1 juli de lijn voor intern salderen wil bespreken. Het programma {{Gebiedsprogramma Gelderse Vallei}} loopt vertraging op.

## 2. Zaak Hoge Esch ({{Z2025-018843}})
[[Joost]] licht het locatiebezoek toe. De referentiesituatie is aannemelijk. [[Lotte]] bevestigt dat de depositie nergens toeneemt, ook niet op de {{Rijntakken}}. [[Marieke]] wijst op het risico dat de {{Raad van State}} de vergunning vernietigt als het jongvee niet goed is meegenomen. Afgesproken wordt een voorschrift op te nemen met maximale dieraantallen per diercategorie.

De zienswijze van de familie [[Schuurman]] over de gezondheid van hun dochter valt buiten de toets van de Natura 2000-activiteit; [[Marieke]] schrijft een passage voor de nota van antwoord.
---
## 3. Rondvraag
[[Tjeerd]]: de nieuwe versie van {{AERIUS Calculator}} komt in oktober. [[Lotte]] vraagt of {{RVO}} de dieraantallen al heeft geleverd; [[Joost]] zegt dat [[Yusuf Demirci]] (RVO) dat deze week doet.

## Actielijst
| Nr | Actie | Wie | Wanneer |
| 25-31 | Herziene tekening jongveestal opvragen bij AAO | [[JV]] | 26-06 |
| 25-32 | Passage nota van antwoord zienswijzen | [[MdBK]] | 30-06 |
| 25-33 | Controleberekening met voorschrift dieraantallen | [[LvtH]] | 26-06 |
| 25-34 | Beslisnota voor {{gedeputeerde Brinkhorst}} | [[JV]] / [[RH]] | 24-06 |
| 25-35 | Afstemming handhaving na vergunning | [[HOE]] | 15-09 |

Volgend overleg: 3 juli 2025. Verslag: [[T. Dijkstra]]
""", prod="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Tjeerd Dijkstra",
    xmp_creator="Tjeerd Dijkstra"))

A(Doc("gv18_beslisnota", "Beslisnota natuurvergunning De Hoge Esch", """
# Beslisnota Gedeputeerde Staten
| Aan | {{gedeputeerde Brinkhorst}} (portefeuille Natuur en Stikstof) |
| Van | [[J. Verhulst]], team {{Vergunningverlening Natuur}} |
| Datum | 24 juni 2025 |
| Kenmerk | {{2025-024410}} |
| Onderwerp | ontwerpbesluit natuurvergunning {{Melkveebedrijf De Hoge Esch}} |
| Contactpersoon | [[Joost Verhulst]], [[026 359 84 17]], [[j.verhulst@gelderland.nl]] |

## Aanleiding
Maatschap [[Van Ginkel-Hardeman]] heeft op 4 maart 2025 een vergunning aangevraagd voor uitbreiding van 120 naar 185 melkkoeien met intern salderen.

## Geadviseerd besluit
Aan de gedeputeerde wordt gevraagd in te stemmen met het ontwerpbesluit en dit ter inzage te leggen op grond van afdeling 3.4 {{Algemene wet bestuursrecht}}.

## Kern
De depositie op het {{Natura 2000-gebied Veluwe}} neemt niet toe (berekening {{RXbWq7Yz8kLp}}, gecontroleerd door [[L. van 't Hul]]). De referentiesituatie is bij het locatiebezoek aannemelijk gemaakt. Voorschrift 4 beperkt de dieraantallen.

## Krachtenveld
{{Stichting Stikstofwacht Veluwe}} procedeert vaak; beroep is waarschijnlijk. {{LTO Noord}} steunt de aanvraag. {{Statenlid Veldkamp}} ({{Partij voor de Dieren}}) heeft eerder vragen gesteld over intern salderen.
---
## Paraafroute
| Naam | Functie | Paraaf | Datum |
| [[J. Verhulst]] | vergunningverlener | [[JV]] | 24-06-2025 |
| [[M. de Boer-Kuipers]] | jurist | [[MdBK]] | 25-06-2025 |
| [[R.J. Haverkamp]] | teamleider | [[RJH]] | 25-06-2025 |
| [[drs. A.M. Wolters]] | afdelingshoofd {{Natuur en Landschap}} | [[AMW]] | 26-06-2025 |

## Bijlagen
1. Ontwerpbesluit; 2. Verslag locatiebezoek; 3. Ecologische voortoets {{GV-2025-0211}}.

## Informatie die niet openbaar gemaakt kan worden
Nog in te vullen bij openbaarmaking.
""", ttf=True, prod="Nitro Pro 13.70.0.30", creator="Nitro Pro",
    notes=[(1, 520, 700, "Wolters, Anne-Marie", "Graag de jurisprudentie nog noemen. AMW"),
           (2, 500, 650, "Haverkamp, Rob", "Akkoord; bel zo nodig 06-33810592")],
    hidden=[("annotations", "Wolters, Anne-Marie"), ("annotations", "Haverkamp, Rob"),
            ("annotations", "06-33810592")]))

A(Doc("gv19_ontwerpbesluit", "Ontwerpbesluit natuurvergunning", """
# Ontwerpbesluit omgevingsvergunning Natura 2000-activiteit
Gedeputeerde Staten van Gelderland | kenmerk {{2025-027731}} | zaak {{Z2025-018843}}

## Aanvraag
Op 4 maart 2025 hebben wij van Maatschap [[Van Ginkel-Hardeman]], vertegenwoordigd door {{Agrarisch Adviesbureau Oost B.V.}}, een aanvraag ontvangen voor het uitbreiden van {{Melkveebedrijf De Hoge Esch}} aan de [[Esveldsweg 14]] te Kootwijkerbroek. Op 16 mei 2025 is de aanvraag aangevuld.

## Besluit
Gedeputeerde Staten van Gelderland besluiten, gelet op artikel 5.1, eerste lid, onder e, van de {{Omgevingswet}} en artikel 8.74b van het {{Besluit kwaliteit leefomgeving}}, de gevraagde vergunning te verlenen onder de volgende voorschriften:
1. Het bedrijf houdt ten hoogste 185 melkkoeien ({{Rav-code A 1.28}}) en 70 stuks jongvee ({{Rav-code A 3.100}}).
2. De stal wordt uitgevoerd conform {{tekening BT-03}}, versie 2.
3. De vergunninghouder meldt de ingebruikname van de stal binnen twee weken aan het {{Omgevingsloket}}.
4. De vergunning van 2014 ({{PS2014-0527}}) vervalt op het moment van ingebruikname.

## Overwegingen
De aanvraag is getoetst aan de instandhoudingsdoelstellingen van het {{Natura 2000-gebied Veluwe}}. Uit de {{AERIUS Calculator}}-berekening blijkt dat de stikstofdepositie niet toeneemt. Wij hebben de referentiesituatie op 12 juni 2025 ter plaatse gecontroleerd. De uitspraak {{ECLI:NL:RVS:2024:4923}} van de {{Afdeling bestuursrechtspraak}} is betrokken.
---
## Ter inzage
Het ontwerpbesluit ligt zes weken ter inzage. Zienswijzen kunnen worden ingediend bij {{Gedeputeerde Staten van Gelderland}}, Postbus 9090, 6800 GX Arnhem, of via {{omgevingsloket@gelderland.nl}}. Voor een mondelinge zienswijze kunt u bellen met {{026 359 90 00}}.

Arnhem, 1 juli 2025

Gedeputeerde Staten van Gelderland,
namens dezen,

{{gedeputeerde Brinkhorst}}

Kopie aan: {{Agrarisch Adviesbureau Oost B.V.}}, t.a.v. de heer [[B. ter Horst]]; gemeente {{Barneveld}}
""", prod="Corsa 8.1 / PDF-XChange 9.5", creator="Corsa"))

A(Doc("gv20_definitief_besluit", "Besluit natuurvergunning", """
# Besluit omgevingsvergunning Natura 2000-activiteit
Gedeputeerde Staten van Gelderland | kenmerk {{2025-033507}} | zaak {{Z2025-018843}}

Aan: Maatschap [[Van Ginkel-Hardeman]], [[Esveldsweg 14]], Kootwijkerbroek

## 1. Procedure
Het ontwerpbesluit ({{2025-027731}}) heeft van 3 juli tot en met 14 augustus 2025 ter inzage gelegen. Er zijn drie zienswijzen ingediend: door de heer en mevrouw [[Schuurman]], door de heer [[Möller]] en door {{Stichting Stikstofwacht Veluwe}}. Een brief van een buurman die de aanvraag steunt is na de termijn ontvangen.

## 2. Zienswijzen en reactie
a. Geurhinder en de gezondheid van omwonenden vallen niet onder de toets van de Natura 2000-activiteit. Geur wordt beoordeeld door de gemeente {{Barneveld}} op grond van het omgevingsplan.
b. Over de referentiesituatie: de feitelijke dieraantallen zijn door {{RVO}} bevestigd en ter plaatse gecontroleerd.
c. Over de onafhankelijkheid van de voortoets: een aanvrager mag een eigen adviseur inschakelen; wij hebben de berekening zelf nagerekend.
d. {{Stichting Stikstofwacht Veluwe}} stelt dat intern salderen niet mag zonder passende beoordeling. Wij verwijzen naar de uitspraak {{ECLI:NL:RVS:2024:4923}}.
---
## 3. Besluit
Wij verlenen de vergunning met de voorschriften uit het ontwerpbesluit. Voorschrift 1 is aangevuld: het aantal stuks jongvee wordt geregistreerd in de {{I&R-registratie}}.

## 4. Rechtsmiddelen
Belanghebbenden die een zienswijze hebben ingediend, kunnen binnen zes weken beroep instellen bij de {{Rechtbank Gelderland}}, Postbus 9030, 6800 EM Arnhem.

Arnhem, 30 september 2025
Gedeputeerde Staten van Gelderland,
namens dezen, voor deze,

[[mr. M. de Boer-Kuipers]]
senior jurist {{Vergunningverlening Natuur}}
""", prod="Corsa 8.1 / PDF-XChange 9.5", creator="Corsa", author="",
    xmp_creator="Marieke de Boer-Kuipers", hidden=[("metadata", "Marieke de Boer-Kuipers")]))

A(Doc("gv21_factuur_veldwerk", "Factuur veldwerk", """
# FACTUUR
[[Anouk Zwiers]] - Ecologisch veldwerk
[[Hazelaarlaan 8]], [[6721 XR Bennekom]]
KvK [[87216534]] | btw [[NL004213598B71]]
IBAN [[NL27 RABO 0312 4567 89]] t.n.v. [[A.M. Zwiers]]
[[anouk@zwiersveldwerk.nl]] | [[06 1555 0384]]

Aan: {{Ecologisch Adviesbureau Groenvlak}}, {{Nudeweg 2}}, Wageningen
Factuurnummer: {{2025-019}}   Factuurdatum: 28 februari 2025
Uw referentie: {{GV-2025-0211}} (De Hoge Esch)

| Omschrijving | Uren | Tarief | Bedrag |
| Veldbezoek erf en schuren 14-02-2025 (vleermuizen, kerkuil) | 6 | 72,00 | 432,00 |
| Reistijd Bennekom - Kootwijkerbroek | 1 | 72,00 | 72,00 |
| Rapportage waarnemingen aan [[S. Wijnja]] | 3 | 72,00 | 216,00 |
| Kilometers (48 km x 0,23) | | | 11,04 |
| Subtotaal | | | 731,04 |
| Btw 21% | | | 153,52 |
| Totaal | | | 884,56 |

Betaling binnen 30 dagen onder vermelding van het factuurnummer.
""", prod="Zoho Invoice", creator="Zoho Invoice"))

A(Doc("gv22_factuur_taxatie", "Factuur taxatie", """
# Taxatie- en Agrarisch Rentmeesterskantoor [[Hulshof]]
[[R.H. Hulshof]] RT, register-taxateur
[[Veenendaalsestraat 144]], [[3921 EE Elst]]
KvK [[71829043]] | IBAN [[NL91 ABNA 0417 1643 00]]
telefoon [[0318 - 47 12 90]]

Provincie Gelderland
Afdeling {{Natuur en Landschap}}, Postbus 9090, 6800 GX Arnhem
Inkoopordernummer: {{4500219876}}

Factuur {{RH-25-0611}}, 3 november 2025

Betreft: taxatie stikstofrechten en grond (verkenning {{Gebiedsprogramma Gelderse Vallei}}), o.a. perceel bij {{Melkveebedrijf De Hoge Esch}}

| Omschrijving | Bedrag |
| Taxatierapport drie percelen (kadastraal {{Barneveld G 1432}}, {{G 1433}}, {{G 1601}}) | 2.450,00 |
| Overleg met [[mw. De Boer-Kuipers]] en [[dhr. Verhulst]] | 360,00 |
| Btw 21% | 590,10 |
| Totaal | 3.400,10 |

Met vriendelijke groet,
[[Rutger Hulshof]]
""", ttf=True, prod="PDFpen 13.0.3", creator="Pages"))

A(Doc("gv23_statenvragen", "Statenvragen intern salderen", """
# Schriftelijke vragen van het {{Statenlid Veldkamp}} (Partij voor de Dieren) over intern salderen bij melkveebedrijven
Nummer {{PS2025-611}} | ingekomen 14 juli 2025

Vraag 1: Is het college bekend met het ontwerpbesluit voor {{Melkveebedrijf De Hoge Esch}} in Kootwijkerbroek, waarbij een veehouder met intern salderen kan groeien tot 185 melkkoeien?
Vraag 2: Hoe verhoudt dit besluit zich tot de uitspraak {{ECLI:NL:RVS:2024:4923}} van de {{Raad van State}}?
Vraag 3: Hoeveel vergunningen met intern salderen heeft de provincie sinds 2023 verleend?
Vraag 4: Bent u bereid de vergunningverlening op te schorten tot het {{Gebiedsprogramma Gelderse Vallei}} is vastgesteld?

# Antwoord van Gedeputeerde Staten
Namens het college beantwoordt {{gedeputeerde Brinkhorst}} de vragen als volgt.

Antwoord 1: Ja. Wij doen geen uitspraken over individuele personen; het ontwerpbesluit ligt ter inzage en is te vinden op {{www.officielebekendmakingen.nl}}.
Antwoord 2: De uitspraak stelt eisen aan de referentiesituatie. Wij hebben de feitelijke dieraantallen met gegevens van {{RVO}} en een controle ter plaatse vastgesteld.
---
Antwoord 3: Sinds 1 januari 2023 zijn 41 vergunningen verleend waarin intern salderen een rol speelde. Een overzicht staat in de bijlage bij {{PS2025-611}}.
Antwoord 4: Nee. Het college is wettelijk verplicht op een aanvraag te beslissen. {{Minister Wieringa}} van {{Landbouw, Visserij, Voedselzekerheid en Natuur}} heeft in haar Kamerbrief van 12 mei 2025 aangegeven dat intern salderen vergunningplichtig blijft. De {{commissaris van de Koning}} is over deze beantwoording geïnformeerd.

Arnhem, 9 september 2025
Gedeputeerde Staten van Gelderland

Ambtelijk voorbereid door: [[J. Verhulst]] en [[L. van 't Hul]]
""", prod="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

A(Doc("gv24_persbericht", "Persbericht vergunning", """
# PERSBERICHT
Provincie Gelderland, 30 september 2025

## Provincie verleent natuurvergunning melkveebedrijf Kootwijkerbroek
De provincie Gelderland heeft een natuurvergunning verleend aan {{Melkveebedrijf De Hoge Esch}} in Kootwijkerbroek. Het bedrijf mag groeien van 120 naar 185 melkkoeien in een nieuwe, emissiearme stal. De stikstofdepositie op het {{Natura 2000-gebied Veluwe}} neemt daardoor niet toe.

"Wij toetsen iedere aanvraag zorgvuldig aan de regels", zegt {{gedeputeerde Brinkhorst}}. "Dit bedrijf investeert in een stal die minder ammoniak uitstoot dan de oude stal. Tegelijk werken we met het {{Gebiedsprogramma Gelderse Vallei}} aan herstel van de natuur."

Tegen het besluit kunnen belanghebbenden beroep instellen bij de {{Rechtbank Gelderland}}.

## Noot voor de redactie
Meer informatie: {{persvoorlichting@gelderland.nl}} of {{026 359 90 00}} (woordvoering). Het besluit is te vinden op {{www.officielebekendmakingen.nl}}.
""", prod="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Windows)", author="Esmée Rasenberg",
    xmp_creator="Esmée Rasenberg", hidden=[("metadata", "Esmée Rasenberg")]))

A(Doc("gv25_memo_juridisch", "Memo juridisch risico", """
# Memo
Aan: [[Rob Haverkamp]], teamleider
Van: [[Marieke de Boer-Kuipers]], jurist
Cc: [[Joost Verhulst]]
Datum: 7 oktober 2025
Onderwerp: risico beroep {{Stichting Stikstofwacht Veluwe}} - {{Z2025-018843}}

[[Rob]],

Je vroeg mij in te schatten hoe groot het risico is dat de rechtbank de vergunning vernietigt.

1. Referentiesituatie. Met de gegevens van {{RVO}} (mail van [[Y. Demirci]] van 30 juni) en het locatiebezoek staat de feitelijke situatie goed vast. Risico: laag.
2. Jongvee. De jongveestal stond niet op de oorspronkelijke tekening. Dat is hersteld, maar de stichting zal dit aanvoeren. Risico: gemiddeld.
3. Zienswijze [[Schuurman]]. De gezondheidsklachten van hun dochter zijn persoonlijk en niet relevant voor de Natura 2000-toets; ik adviseer ze in de nota van antwoord niet te herhalen. Risico: laag.
4. Advocaat. De stichting laat zich bijstaan door [[mr. C.A.M. Rijnders]] ({{Rijnders Omgevingsrecht}}); zij heeft eerder gewonnen in {{ECLI:NL:RBGEL:2023:6120}}.

Mijn advies: een verweerschrift laten opstellen door {{Landsadvocaat}} is niet nodig; ik doe het zelf.

[[MdBK]]
""", prod="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="M. de Boer-Kuipers"))
