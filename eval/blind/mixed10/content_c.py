"""Set T, part C: enforcement (police, BOA), objection and appeal decisions, press."""

DOCS = []

# ---------------------------------------------------------------------------------------------- t15
DOCS.append({
    "id": "t15_boa_proces_verbaal_bevindingen",
    "producer": "fpdf",
    "header": "{{O:Gemeente Haarlem}} | {{O:Team Handhaving Openbare Ruimte}} | {{C:PV-HLM-2025-00841}}",
    "footer": "Proces-verbaal van bevindingen {{C:PV-HLM-2025-00841}}",
    "hidden": {"author": "[[N:R. Slager|Slager]]"},
    "body": """
# Proces-verbaal van bevindingen
> Nummer: {{C:PV-HLM-2025-00841}}
> Verbalisant 1: [[N:Ronald Slager|Slager;Ronald]], {{F:buitengewoon opsporingsambtenaar}}, {{Q:BOA}}-nummer [[X:HLM-0417]]
> Verbalisant 2: [[N:Nadia Bouzid|Bouzid;Nadia]], {{F:buitengewoon opsporingsambtenaar}}, {{Q:BOA}}-nummer [[X:HLM-0522]]
> Domein: I Openbare ruimte, {{Z:Besluit buitengewoon opsporingsambtenaar}}

Ik, verbalisant 1, verklaar het volgende. Op zaterdag 8 maart 2025 omstreeks 23.40 uur bevonden wij ons in uniform op
de {{Y:Grote Markt}} te {{L:Haarlem}}, ter hoogte van de {{O:Grote of St.-Bavokerk}}. Wij zagen een man die een fiets tegen
de gevel van {{O:Café De Wolf}} smeet. Op onze vordering toonde hij een rijbewijs met nummer [[X:5512334098]].

## Gegevens betrokkene
> Naam: [[N:VAN DER VEEN, Johannes Cornelis|VAN DER VEEN;Johannes Cornelis]]
> Geboren: [[D:14-06-1993]] te {{L:Velsen}}
> Adres: [[A:Spaarnwouderstraat 88 rood]], [[A:2011 AC]] {{L:Haarlem}}
> BSN (via {{Q:BRP}}): [[B:172634529]]
> Telefoon: [[T:06-21 77 49 03]]

De betrokkene verklaarde: "Ik was boos omdat [[N:Mark Kok|Kok;Mark]] mijn fiets had verplaatst." De heer [[N:Kok]] is uitbater
van het café en woont boven de zaak. Getuige [[N:Jasmijn Zomer|Zomer;Jasmijn]] ([[T:06 3904 1127]]) bevestigde dit.
Aan de betrokkene is een bestuurlijke strafbeschikking ({{Q:BSBm}}) aangezegd, feitcode {{C:F050}}, art. 2.9 {{Z:APV Haarlem}}.
De meldkamer (centralist [[N:D. Hooghiemstra|Hooghiemstra]]) is om 23.52 uur geïnformeerd. Politie-eenheid {{O:Noord-Holland}}
kwam niet ter plaatse.

Waarvan door mij, [[N:Slager]], is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtseed te {{L:Haarlem}}
op 9 maart 2025.
!sig
[[P:R.S.]] / [[P:N.B.]]
""",
})

# ---------------------------------------------------------------------------------------------- t16
DOCS.append({
    "id": "t16_politie_mutatie_bvh_print",
    "producer": "reportlab",
    "header": "{{O:POLITIE}} | {{O:Eenheid Rotterdam}} | Basisteam Maashaven | BVH-afdruk, gerubriceerd: Dienstgeheim",
    "footer": "Afdruk t.b.v. Woo-verzoek {{C:WOO-ROT-2025-0212}}",
    "opts": {"font": "DVC", "linefont": "DVM", "size": 8.5},
    "body": """
# Mutatie 2024112817440
> Registratienummer: {{C:PL1700-2024112817440}}
> Soort: Overlast / geluidsoverlast (E33)
> Pleeglocatie: [[A:Hillevliet 129 b]], 3074 KD {{L:Rotterdam}}
> Tijdstip: 28-11-2024 17:44
> Invoerder: [[N:BOSMAN, P.|BOSMAN]] ({{Q:GRO}}) [[X:ROB4781]]
> Medewerker 2: [[N:EL OUAZZANI, S.|EL OUAZZANI]] [[X:ROE2210]]

## Betrokkenen
| rol | naam | geboren | adres | telefoon |
| melder | [[N:Wilhelmina (Willy) Dekker-Brouwer|Dekker-Brouwer;Wilhelmina;Willy]] | [[D:02-11-1949]] | [[A:Hillevliet 127 a]] | [[T:010-4182296]] |
| verdachte | [[N:Dean Tjin-A-Kwie|Tjin-A-Kwie;Dean]] | [[D:23-05-1998]] | [[A:Hillevliet 129 b]] | [[T:0687 114 205]] |
| getuige | [[N:Sevda Yılmaz|Yılmaz;Sevda]] | [[D:11-07-1987]] | [[A:Brede Hilledijk 40]] | - |

## Verbalisatie
Ter plaatse gesproken met melder [[N:Dekker-Brouwer]]. Zij verklaarde dat de bewoner van 129 b, [[N:Tjin-A-Kwie]], al drie weken
's nachts harde muziek draait. [[N:Tjin-A-Kwie]] werd aangesproken en zette de muziek zachter. Volgens getuige [[N:Yılmaz]] is er
ook een conflict over een parkeerplek. Doorgezet naar wijkagent [[N:M. de Graaf|de Graaf]] en naar {{O:Woonstad Rotterdam}}
(woonconsulent [[N:Ilse Blom|Blom;Ilse]]). Geen strafbaar feit geconstateerd. Zie ook {{O:Veilig Thuis Rotterdam Rijnmond}}: geen melding.

## Afhandeling
Afgesloten door [[N:BOSMAN]], {{F:hoofdagent}}. Overdracht aan {{O:gemeente Rotterdam}}, {{O:Stadswinkel Feijenoord}}, via
{{M:wijkteam.feijenoord@rotterdam.nl}}. Algemeen nummer politie: {{S:0900-8844}}. Bij spoed {{S:112}}.

## Informatie die niet openbaar gemaakt kan worden
## Motivering
In deze afdruk zijn de persoonsgegevens van burgers en politiemedewerkers (nog) niet weggelakt.
""",
})

# ---------------------------------------------------------------------------------------------- t17
DOCS.append({
    "id": "t17_handhavingsrapport_last_onder_bestuursdwang",
    "producer": "docx",
    "header": "{{O:Omgevingsdienst Noordzeekanaalgebied}} | toezichtrapport {{C:ODNZKG-2025-1177}}",
    "footer": "{{O:OD NZKG}} | {{Y:Ruysdaelkade 2}}, 1072 AG Amsterdam | {{S:088 567 02 00}}",
    "opts": {"author": "[[N:Edwin Kuijpers|Kuijpers;Edwin]]", "colwidths": {"all": [18, 40, 30]}},
    "hidden": {"author": "[[N:Edwin Kuijpers]]"},
    "body": """
# Toezichtrapport en voornemen last onder bestuursdwang
Inrichting: {{O:Autodemontage Bakker & Zn. V.O.F.}}, {{Y:Hornweg 212}}, {{L:Amsterdam-Westpoort}}
Eigenaar/vennoot: [[N:Kees Bakker|Kees]] en [[N:Rianne Bakker-Vos|Bakker-Vos;Rianne]]; privéadres vennoten: [[A:Sloterweg 1050]], [[A:1066 CN]] {{L:Amsterdam}}
Toezichthouders: [[N:Edwin Kuijpers]] en [[N:Shanice Martis|Martis;Shanice]]
Datum controle: 4 maart 2025, 09.15-11.30 uur

## Bevindingen
| nr | overtreding | foto |
| 1 | bodembeschermende voorziening ontbreekt onder opslag accu's ({{Z:Besluit activiteiten leefomgeving}}) | foto 1-3 |
| 2 | vloeistofdichte vloer gescheurd, geen {{W:bodemrisicodocument}} | foto 4 |
| 3 | afvalstoffen afgevoerd zonder begeleidingsbrief via {{R:LMA}} | foto 5-6 |
Foto-onderschriften: foto 2 toont medewerker [[N:Dragan Petrović|Petrović;Dragan]] bij de accu-opslag; foto 5 de bestelbus met kenteken [[X:VZ-418-G]].

## Gesprek
De heer [[N:Bakker]] verklaarde dat de vloer in april wordt vervangen door {{O:Vloerenbedrijf De Groot B.V.}}. Hij gaf het
mobiele nummer van zijn zoon [[N:Jesse Bakker|Jesse]] ([[T:06 51 90 28 44]]) als aanspreekpunt.

## Voornemen
Het college van burgemeester en wethouders van {{L:Amsterdam}} is voornemens een last onder bestuursdwang op te leggen.
De zienswijze kan worden gegeven aan [[N:mr. Ayşe Karaca|Karaca;Ayşe]] ({{F:jurist handhaving}}, [[E:a.karaca@odnzkg.nl]]).
{{F:Wethouder}} {{H:Melanie van der Horst}} is geïnformeerd omdat het bedrijf in de {{G:Haven-Stad}}-ontwikkeling ligt.
!sig
[[N:E. Kuijpers|Kuijpers]], {{F:senior toezichthouder}}
""",
})

# ---------------------------------------------------------------------------------------------- t18
DOCS.append({
    "id": "t18_advies_bezwaarcommissie_wmo",
    "producer": "reportlab",
    "gs": True,
    "header": "{{O:Commissie bezwaarschriften gemeente Nijmegen}} | advies {{C:BZ-2025-0093}}",
    "footer": "Advies {{C:BZ-2025-0093}}",
    "hidden": {"author": "[[N:Ellis Derksen|Derksen;Ellis]]"},
    "body": """
# Advies van de commissie bezwaarschriften
inzake het bezwaar van [[N:mevrouw H.M. Huisman-van Gorp|Huisman-van Gorp]], wonend aan de [[A:Graafseweg 311]] te {{L:Nijmegen}},
gemachtigde: [[N:mr. Tobias Wijnands|Wijnands;Tobias]], {{O:Wijnands Advocatuur}},
tegen het besluit van het college van 12 november 2024 ({{Q:Wmo}}-maatwerkvoorziening huishoudelijke ondersteuning).

## Samenstelling
De commissie bestond uit mr. {{H:J.A. (Jan) Hendriks}} ({{F:voorzitter}}), {{H:drs. P. Terpstra}} en mr. {{H:S. Ouali}} ({{F:leden}}).
Secretaris: [[N:mr. Ellis Derksen]]. De leden zijn benoemd bij besluit van de raad (Gemeenteblad 2023, 11842).

## Hoorzitting
Op 21 januari 2025 zijn gehoord: bezwaarmaker, bijgestaan door haar gemachtigde en haar dochter [[N:Monique Huisman|Monique]];
namens het college [[N:Koen Willemsen|Willemsen;Koen]] ({{F:Wmo-consulent}}) en [[N:Priya Ramsaran|Ramsaran;Priya]] ({{F:jurist}}).
Mevrouw [[N:Huisman-van Gorp]] ([[D:geboren 3 april 1941]]) heeft sinds een val in 2024 ({{W:heupfractuur}}) moeite met het huishouden.
Het onderzoeksverslag van [[N:Willemsen]] vermeldt haar {{Q:BSN}} [[B:268197416]]; dat is niet nodig voor dit advies.

## Overwegingen
Het college heeft de {{Z:Wet maatschappelijke ondersteuning 2015}} en de {{Z:Verordening maatschappelijke ondersteuning Nijmegen 2023}}
toegepast. Het {{O:CIZ}} is niet betrokken. De commissie vindt dat het college onvoldoende heeft onderzocht of de dochter
mantelzorg kan bieden; zij woont in {{L:Arnhem}} en werkt fulltime bij {{O:Radboudumc}}.

## Advies
De commissie adviseert het bezwaar gegrond te verklaren en het besluit te herroepen.

Namens de commissie,
{{H:J.A. Hendriks}}, {{F:voorzitter}}                  [[N:E. Derksen|Derksen]], {{F:secretaris}}
""",
})

# ---------------------------------------------------------------------------------------------- t19
DOCS.append({
    "id": "t19_uitspraak_rechtbank_beroep_omgevingsvergunning",
    "producer": "docx",
    "header": "{{O:RECHTBANK GELDERLAND}} | Zittingsplaats Arnhem | Bestuursrecht | zaaknummer: {{C:ARN 24/3317}}",
    "footer": "uitspraak van de enkelvoudige kamer van 6 maart 2025",
    "opts": {"font": "DejaVu Serif"},
    "body": """
# Uitspraak
in de zaak tussen

[[N:Maarten Scholten-de Boer|Scholten-de Boer;Maarten]], uit {{L:Zutphen}}, eiser
(gemachtigde: [[N:mr. R.J.P. van den Akker|van den Akker]]),

en

het college van burgemeester en wethouders van de gemeente {{O:Zutphen}}, verweerder
(gemachtigden: [[N:mr. L. Bosch|Bosch]] en [[N:ing. Ahmet Koç|Koç;Ahmet]]).

Als derde-partij neemt aan het geding deel: [[N:Hester van Gelder|van Gelder;Hester]], uit {{L:Zutphen}} (vergunninghouder).

## Procesverloop
Met het besluit van 2 mei 2024 heeft verweerder aan derde-partij een omgevingsvergunning verleend voor een
dakopbouw op de woning [[A:Berkelsingel 17]]. Eiser woont op [[A:Berkelsingel 19]]. De rechtbank heeft het beroep op 4 februari 2025
op zitting behandeld. Eiser is verschenen met zijn echtgenote [[N:Aafke Scholten|Aafke]]. Verweerder heeft zich laten
vertegenwoordigen door zijn gemachtigden. Ook derde-partij was aanwezig.

## Overwegingen
1. Eiser voert aan dat de dakopbouw zijn zonlicht wegneemt. De rechtbank volgt de bezonningsstudie van {{O:Peutz}}.
2. Verweerder heeft het advies van de {{O:Commissie Omgevingskwaliteit Zutphen}} gevolgd. Dat mocht. Zie de uitspraak van de
{{O:Afdeling bestuursrechtspraak van de Raad van State}} van 13 juli 2022, {{C:ECLI:NL:RVS:2022:1969}}.
3. Het beroep is ongegrond.

## Beslissing
De rechtbank verklaart het beroep ongegrond.

Deze uitspraak is gedaan door {{H:mr. W.F. Koopman-Visser}}, {{F:rechter}}, in aanwezigheid van {{H:mr. D. Zwart}}, {{F:griffier}}.
De uitspraak is uitgesproken in het openbaar op 6 maart 2025.

!small Afschrift verzonden aan partijen op: 6 maart 2025. Intern: zaakbehandelaar [[N:Chantal Rozendaal|Rozendaal;Chantal]], [[T:026 359 21 48]].
""",
})

# ---------------------------------------------------------------------------------------------- t20
DOCS.append({
    "id": "t20_persbericht_met_interne_noot",
    "producer": "lohtml",
    "footer": "{{O:Gemeente Leeuwarden}} | {{F:Afdeling Communicatie}} | {{Y:Oldehoofsterkerkhof 2}}",
    "hidden": {"author": "[[N:Doutzen Sikkema|Sikkema;Doutzen]]"},
    "body": """
# PERSBERICHT
> Leeuwarden, 7 april 2025

## Leeuwarden opent nieuw buurthuis in Heechterp-Schieringen
Burgemeester {{H:Sybrand Buma}} en {{F:wethouder}} {{H:Hein de Haan}} openen op zaterdag 12 april het nieuwe buurthuis
{{O:De Schakel}} aan het {{Y:Mr. P.J. Troelstraplein}}. Het gebouw is ontworpen door {{O:Achterbosch Architectuur}}
en gebouwd door {{O:Friso Bouwgroep}}. {{F:Minister}} {{H:Mona Keijzer}} stuurt een videoboodschap.

"We hebben dit samen met de buurt gemaakt," zegt {{F:wethouder}} {{H:De Haan}}. Bewoonster [[N:Geeske Postma|Postma;Geeske]]
(72) zat in de klankbordgroep: "Eindelijk een plek waar je gewoon binnen kunt lopen." De opening wordt muzikaal
omlijst door {{O:Popcentrum Neushoorn}}.

Het buurthuis is een project uit het {{G:Nationaal Programma Leeuwarden Oost}} en krijgt steun uit de {{G:Regio Deal Fryslân}}.

!small Noot voor de redactie, niet voor publicatie. Meer informatie: {{F:woordvoerder}} {{U:Wouter Faber}}, telefoon {{S:058 233 83 40}} (persnummer), {{M:pers@leeuwarden.nl}}. Foto's van de bouw: fotograaf [[N:Reinder Bosma|Bosma;Reinder]], [[E:reinder@bosmafotografie.nl]].
!small Interne noot (verwijderen voor verzending): citaat mevrouw [[N:Postma]] is akkoord per telefoon ([[T:06 4329 0018]]); opgehaald door [[N:D. Sikkema|Sikkema]] ({{F:communicatieadviseur}}). Afgestemd met [[N:Jildou de Boer|de Boer;Jildou]] ({{F:projectleider}}, [[E:jildou.de.boer@leeuwarden.nl]]) en [[N:Mustafa Aziz|Aziz;Mustafa]] (opbouwwerker).
""",
})

# ---------------------------------------------------------------------------------------------- t21
DOCS.append({
    "id": "t21_qa_woordvoering_intern",
    "producer": "chromium",
    "header": "{{O:Ministerie van Asiel en Migratie}} | Q&A woordvoering, intern | versie 3",
    "footer": "Intern - niet verspreiden | opgesteld door {{O:Directie Communicatie}}",
    "opts": {"colwidths": {"all": [30, 70]}},
    "body": """
# Q&A: opvanglocatie Ter Apel en spreidingsafspraken
Versie 3, 19 maart 2025. Woordvoering: {{F:woordvoerder}} {{U:Rik Zwinkels}}.
Inhoudelijk: [[N:Heleen Tuinstra|Tuinstra;Heleen]] ({{O:DGMI}}), [[N:Abdullahi Hassan Nur|Hassan Nur;Abdullahi]] ({{O:COA}}), jurist [[N:Bas de Vos|de Vos;Bas]].

| vraag | antwoord |
| Hoeveel mensen sliepen er afgelopen nacht in {{L:Ter Apel}}? | Het {{O:COA}} meldt ongeveer 2.000 bewoners. De {{F:minister}} {{H:Marjolein Faber}} spreekt donderdag met burgemeester {{H:Jaap Velema}}. |
| Komt er een dwangsom? | Dat is aan de rechter. De {{O:gemeente Westerwolde}} heeft een procedure gevoerd. |
| Wat vindt de minister van de motie-{{H:Van Baarle}}? | De minister ontraadde de motie; het lid {{H:Van Baarle}} ({{O:DENK}}) en het lid {{H:Piri}} ({{O:GroenLinks-PvdA}}) dienden haar in. |
| Is de {{Z:Spreidingswet}} van tafel? | Het kabinet-{{H:Schoof}} wil de wet intrekken; de intrekking ligt bij de {{O:Eerste Kamer}}. |
| Wie is er verantwoordelijk voor de medische zorg? | {{O:GZA}}; vragen naar {{M:pers@coa.nl}}. |

## Interne aantekeningen
- Check cijfers bij [[N:Hassan Nur]] voor 10.00 uur ([[T:06 1144 8823]]).
- [[N:Tuinstra]] stemt af met {{O:IND}} ([[N:Roos Winter|Winter;Roos]], [[E:r.winter@ind.nl]]).
- Niet noemen: de naam van de bewoner die gisteren is opgenomen ([[N:Tesfay Gebremedhin|Gebremedhin;Tesfay]], {{Q:V-nummer}} [[X:2093847561]]).
- Perslijn ministerie {{S:070 370 79 11}}; woordvoering bereikbaar via {{M:woordvoering@minaenm.nl}}.
""",
})

# ---------------------------------------------------------------------------------------------- t22
DOCS.append({
    "id": "t22_boa_weekrapport_calc",
    "producer": "calc",
    "header": "{{O:Gemeente Breda}} | {{O:Stadstoezicht}} | weekrapport week 11",
    "footer": "Intern overzicht, opgesteld door [[N:Kim Smulders|Smulders;Kim]]",
    "opts": {"author": "[[N:Kim Smulders]]", "xwidths": [12, 22, 14, 26, 30, 18, 14], "print_title_rows": "3:3"},
    "hidden": {"author": "[[N:Kim Smulders]]"},
    "body": """
# Weekrapport handhavingsacties week 11 (10-16 maart 2025)
Dienstdoend coördinator: [[N:Frank Verhoeven|Verhoeven;Frank]], [[T:06 4455 1203]]
| datum | BOA | BOA-nr | locatie | feit | betrokkene | afhandeling |
| 10-03 | [[N:Lars de Groot|de Groot;Lars]] | [[X:BRD-311]] | {{Y:Grote Markt}} | fietsparkeren | onbekend | weggesleept |
| 10-03 | [[N:Yasmina Azarkan|Azarkan;Yasmina]] | [[X:BRD-318]] | {{Y:Haagweg}} | afval naast container | [[N:J. Kuipers|Kuipers]] | {{Q:BSBm}} |
| 11-03 | [[N:Lars de Groot]] | [[X:BRD-311]] | {{L:Valkenberg}} | hond los | [[N:Lotte Winter|Winter;Lotte]] | waarschuwing |
| 11-03 | [[N:Pieter Koning|Koning;Pieter]] | [[X:BRD-305]] | {{Y:Chasséveld}} | alcohol | [[N:Marco Dam|Dam;Marco]] | {{Q:BSBm}} |
| 12-03 | [[N:Yasmina Azarkan]] | [[X:BRD-318]] | {{Y:Ginnekenweg}} | parkeren invalidenplaats | [[X:GH-712-K]] | {{Q:BSBm}} |
| 12-03 | [[N:Pieter Koning]] | [[X:BRD-305]] | {{L:Station Breda}} | overlast | [[N:Stefan Bakker|Bakker;Stefan]] | proces-verbaal |
| 13-03 | [[N:Guus van Dijk|van Dijk;Guus]] | [[X:BRD-322]] | {{Y:Haven}} | wildplassen | onbekend | waarschuwing |
| 13-03 | [[N:Guus van Dijk]] | [[X:BRD-322]] | {{Y:Haven}} | wildplassen | [[N:Thijs Vos|Vos;Thijs]] | {{Q:BSBm}} |
| 14-03 | [[N:Lars de Groot]] | [[X:BRD-311]] | {{L:Princenhage}} | afval | [[N:Fam. Nowak|Nowak]] | aanschrijving |
| 15-03 | [[N:Yasmina Azarkan]] | [[X:BRD-318]] | {{Y:Havermarkt}} | horeca sluitingstijd | {{O:Café De Beyerd}} | rapport {{Q:DHW}} |
| 16-03 | [[N:Pieter Koning]] | [[X:BRD-305]] | {{L:Breda}} centrum | fietsparkeren | onbekend | weggesleept |
Totaal 11 acties. Burgemeester {{H:Paul Depla}} heeft om het overzicht gevraagd voor het driehoeksoverleg met {{O:Politie Zeeland-West-Brabant}} en {{O:OM}}.
""",
})

# ---------------------------------------------------------------------------------------------- t23
DOCS.append({
    "id": "t23_bibob_advies_samenvatting",
    "producer": "reportlab",
    "header": "{{O:Gemeente Eindhoven}} | Bibob-onderzoek | vertrouwelijk",
    "footer": "Samenvatting Bibob-advies {{C:BIBOB-EHV-2025-014}}",
    "opts": {"side": ["*Behandeld door", "[[N:Sanne van Beek|van Beek;Sanne]]", "{{F:Bibob-coördinator}}", "[[T:040 238 67 10]]",
                      "", "*Datum", "25 februari 2025", "", "*Zaak", "{{C:BIBOB-EHV-2025-014}}"]},
    "hidden": {"author": "[[N:Sanne van Beek]]", "keywords": "Bibob, [[N:Kaya|Kaya]], horeca, Stratumseind"},
    "body": """
# Samenvatting advies Landelijk Bureau Bibob
## Aanvraag exploitatievergunning Stratumseind 44

Aanvrager: {{O:Lounge Sultan B.V.}}, bestuurder [[N:Mehmet Ali Kaya|Kaya;Mehmet Ali]] ([[D:geb. 09-09-1981]]). Financier: zijn zwager
[[N:Ercan Doğan|Doğan;Ercan]] uit {{L:Antwerpen}}. Leidinggevende volgens aanvraag: [[N:Jessica de Wit|de Wit;Jessica]].

Het {{O:Landelijk Bureau Bibob}} ({{Q:LBB}}) concludeert tot een ernstige mate van gevaar in de zin van artikel 3 van de {{Z:Wet Bibob}}.
Het geld voor de overname (€ 310.000) is contant ingebracht. De heer [[N:Doğan]] is in {{L:België}} veroordeeld voor witwassen.
Het {{Q:LBB}}-advies is opgesteld door [[N:mr. drs. Caroline Vissers|Vissers;Caroline]].

## Voorstel
{{F:Burgemeester}} {{H:Jeroen Dijsselbloem}} weigert de vergunning. Het voornemen wordt aan de heer [[N:Kaya]] gezonden; de
zienswijze kan mondeling worden gegeven in aanwezigheid van [[N:Van Beek]] en [[N:Tim Hoogendoorn|Hoogendoorn;Tim]] ({{F:jurist APV}}).
Het {{O:Regionaal Informatie en Expertise Centrum Zuid-Nederland}} (RIEC) wordt geïnformeerd via {{M:riec-zn@politie.nl}}.
""",
})
