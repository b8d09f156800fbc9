"""Set T, part A: letters and besluiten with bijlagen and inventories; province and water board."""

DOCS = []

# ---------------------------------------------------------------------------------------------- t01
DOCS.append({
    "id": "t01_woo_besluit_gemeente_met_inventaris",
    "producer": "reportlab",
    "header": "{{O:Gemeente Deventer}} | {{O:Team Juridische Zaken}} | kenmerk {{C:Z/25/118764}}",
    "footer": "Besluit op Woo-verzoek, {{C:Z/25/118764}}",
    "opts": {"colwidths": {0: [5, 12, 25, 21, 25, 14, 9]}, "cellsize": 7.5},
    "hidden": {"author": "[[N:Evelien Schaap|Schaap;Evelien]]", "title": "Besluit Woo-verzoek Stadsbrug"},
    "body": """
> Aangetekend
> [[N:De heer J.K. Mulder|Mulder]]
> [[A:Leeuwenbrinkstraat 14-B|Leeuwenbrinkstraat 14]]
> [[A:7411 KP]] {{L:Deventer}}
> Datum: 12 maart 2025
> Onderwerp: besluit op uw Woo-verzoek over de renovatie van de Wilhelminabrug

# Besluit op uw Woo-verzoek

Geachte heer [[N:Mulder]],

Op 9 januari 2025 hebben wij uw verzoek ontvangen op grond van de {{Z:Wet open overheid}} (Woo). U vraagt om
alle documenten over de aanbesteding van de renovatie van de {{Y:Wilhelminabrug}} en de overlast aan de
{{Y:Burgemeester Knoopstraat}}. Op 21 januari 2025 heeft u telefonisch met mevrouw [[N:E. Schaap|Schaap]] van
{{O:Team Juridische Zaken}} gesproken over de omvang van uw verzoek.

## Besluit
Wij maken de documenten genoemd in bijlage 1 gedeeltelijk openbaar. Persoonsgegevens van medewerkers van de
gemeente, van {{O:Heijmans Infra}} en van omwonenden maken wij niet openbaar op grond van artikel 5.1, lid 2,
onder e, van de Woo. Namen van {{F:wethouder}} {{H:Marco Swart}} en {{F:burgemeester}} {{H:Ron König}} staan wel in
de documenten, omdat zij in hun publieke functie handelden.

## Bijlagen
1. Inventarislijst (twee pagina's)
2. Motivering van de weigeringsgronden

Met vriendelijke groet,
burgemeester en wethouders van {{L:Deventer}},
namens dezen,
!sig
[[N:mr. drs. Hendrika (Rieke) Vos-Zwolle|Vos-Zwolle;Hendrika;Rieke]]
{{F:teamleider Juridische Zaken}}

!small Bezwaar: binnen zes weken na verzending bij het college van burgemeester en wethouders, {{S:Postbus 5000}}, 7400 GC Deventer. Vragen: bel {{S:14 0570}} of mail {{M:woo@deventer.nl}}.
!pb
# Bijlage 1 Inventarislijst
| nr | datum | document | afzender | ontvanger | beoordeling | grond |
| 1 | 04-03-2024 | e-mail aanbesteding fase 2 | [[N:Bakker, S.M.|Bakker]] | [[N:Kok, Tamara|Kok;Tamara]] | deels openbaar | 5.1.2e |
| 2 | 06-03-2024 | reactie {{O:Heijmans Infra}} | [[N:Ruud van Assen|van Assen;Ruud]] | [[N:Bakker, S.M.]] | deels openbaar | 5.1.2e |
| 3 | 12-03-2024 | memo planning brug | [[N:Kok, Tamara]] | wethouder {{H:Swart}} | deels openbaar | 5.1.2e |
| 4 | 19-03-2024 | klacht omwonende | [[N:Ilse Hoorn|Hoorn;Ilse]] | {{M:info@deventer.nl}} | deels openbaar | 5.1.2e |
| 5 | 20-03-2024 | antwoord klacht | [[N:Pieter-Jan Winter|Winter;Pieter-Jan]] | [[N:Ilse Hoorn]] | deels openbaar | 5.1.2e |
| 6 | 02-04-2024 | collegeadvies | [[N:Kok, Tamara]] | college van B&W | openbaar | - |
| 7 | 02-04-2024 | collegebesluit | college van B&W | - | reeds openbaar | - |
| 8 | 15-04-2024 | bouwverslag 1 | [[N:Ruud van Assen]] | [[N:Pieter-Jan Winter]] | deels openbaar | 5.1.2e |
| 9 | 29-04-2024 | bouwverslag 2 | [[N:Ruud van Assen]] | [[N:Pieter-Jan Winter]] | deels openbaar | 5.1.2e |
| 10 | 13-05-2024 | e-mail verkeersmaatregelen | [[N:Anouk Dam-Tuinstra|Dam-Tuinstra;Anouk]] | {{O:Politie Oost-Nederland}} | deels openbaar | 5.1.2e |
| 11 | 14-05-2024 | reactie politie | {{O:Politie Oost-Nederland}} | [[N:Anouk Dam-Tuinstra]] | deels openbaar | 5.1.2e |
| 12 | 03-06-2024 | raadsinformatiebrief | {{H:Marco Swart}} | gemeenteraad | reeds openbaar | - |
| 13 | 17-06-2024 | notitie geluidsmetingen | [[N:Bakker, S.M.]] | [[N:Kok, Tamara]] | deels openbaar | 5.1.2e |
| 14 | 01-07-2024 | meldingen omwonenden (27) | diverse omwonenden | {{O:Meldpunt Openbare Ruimte}} | deels openbaar | 5.1.2e |
| 15 | 08-07-2024 | app-berichten projectteam | [[N:Pieter-Jan Winter]] | [[N:Ruud van Assen]] | deels openbaar | 5.1.2e, 5.1.2i |
| 16 | 22-07-2024 | verslag bewonersavond | [[N:Anouk Dam-Tuinstra]] | bewoners | deels openbaar | 5.1.2e |
| 17 | 05-08-2024 | offerte meerwerk | {{O:Heijmans Infra}} | [[N:Bakker, S.M.]] | deels openbaar | 5.1.1c |
| 18 | 19-08-2024 | e-mail burgemeester | burgemeester {{H:König}} | [[N:Kok, Tamara]] | deels openbaar | 5.1.2e |
| 19 | 02-09-2024 | evaluatie fase 2 | [[N:Kok, Tamara]] | {{O:Rijkswaterstaat Oost-Nederland}} | deels openbaar | 5.1.2e |
| 20 | 16-09-2024 | reactie {{Q:RWS}} | [[N:Desmond Owusu-Ansah|Owusu-Ansah;Desmond]] | [[N:Kok, Tamara]] | deels openbaar | 5.1.2e |
| 21 | 30-09-2024 | opleveringsrapport | {{O:Heijmans Infra}} | gemeente | openbaar | - |
| 22 | 14-10-2024 | e-mail oplevering | [[N:Ruud van Assen]] | [[N:Pieter-Jan Winter]] | deels openbaar | 5.1.2e |
| 23 | 28-10-2024 | klacht restpunten | [[N:Ilse Hoorn]] | {{M:info@deventer.nl}} | deels openbaar | 5.1.2e |
| 24 | 11-11-2024 | antwoord restpunten | [[N:Pieter-Jan Winter]] | [[N:Ilse Hoorn]] | deels openbaar | 5.1.2e |
| 25 | 25-11-2024 | slotnotitie | [[N:Kok, Tamara]] | wethouder {{H:Swart}} | deels openbaar | 5.1.2e |
""",
})

# ---------------------------------------------------------------------------------------------- t02
DOCS.append({
    "id": "t02_subsidiebeschikking_provincie_met_bijlagen",
    "producer": "docx",
    "header": "{{O:Provincie Gelderland}} | {{C:PZ2025-004471}}",
    "footer": "{{O:Provincie Gelderland}}, {{S:Postbus 9090}}, 6800 GX Arnhem, telefoon {{S:026 359 91 11}}",
    "opts": {"author": "[[N:Wytske Hoekstra-Zijlstra|Hoekstra-Zijlstra;Wytske]]", "cellsize": 8.5},
    "hidden": {"author": "[[N:Wytske Hoekstra-Zijlstra]]"},
    "body": """
> [[N:Mevrouw A.P.M. da Silva Santos-Kok|da Silva Santos-Kok]]
> [[N:De heer Yaw Boateng|Boateng;Yaw]]
> [[A:Hoge Woerd 31]]
> [[A:6681 BN]] {{L:Bemmel}}

Arnhem, 4 februari 2025
Zaaknummer: {{C:PZ2025-004471}}
Behandeld door: [[N:W. Hoekstra-Zijlstra|Hoekstra-Zijlstra]], telefoon [[T:06 4812 7730]], [[E:w.hoekstra-zijlstra@gelderland.nl]]
Onderwerp: subsidie Erfgoed in particulier bezit, boerderij Hoge Woerd

# Beschikking subsidieverlening

Geachte mevrouw [[N:Da Silva Santos-Kok|Santos-Kok]] en heer [[N:Boateng]],

Op 2 december 2024 ontvingen wij uw aanvraag voor subsidie voor het herstel van het rieten dak van uw
rijksmonumentale boerderij. Gedeputeerde Staten van {{O:Gelderland}} verlenen u op grond van de
{{Z:Subsidieregeling Erfgoed Gelderland 2024}} een subsidie van ten hoogste € 18.400. Het bedrag wordt
overgemaakt op rekening [[I:NL47 RABO 0312 8876 54]] ten name van [[N:A.P.M. da Silva Santos|da Silva Santos]].

De {{O:Rijksdienst voor het Cultureel Erfgoed}} heeft op 11 januari 2025 positief geadviseerd. Het advies
van de erfgoedconsulent [[N:Gerrit Blom|Blom;Gerrit]] is als bijlage 3 bij deze beschikking gevoegd.
{{F:Gedeputeerde}} {{H:Peter Kerris}} heeft de regeling op 10 oktober 2024 in de Statencommissie toegelicht.

## Voorwaarden
U start de werkzaamheden binnen zes maanden. U meldt de start aan uw contactpersoon. Een vakbekwaam
rietdekbedrijf voert het werk uit; u heeft {{O:Rietdekkersbedrijf Gebr. Van Dijk B.V.}} opgegeven.

## Bijlagen
| nr | bijlage | opgesteld door |
| 1 | Subsidievoorwaarden en betalingsschema | {{O:Provincie Gelderland}} |
| 2 | Begroting aanvrager (aangepast) | [[N:Yaw Boateng]] |
| 3 | Advies erfgoedconsulent {{Q:RCE}} | [[N:Gerrit Blom]] |
| 4 | Foto's huidige staat dak | [[N:A.P.M. da Silva Santos]] |

Hoogachtend,
Gedeputeerde Staten van {{O:Gelderland}},
namens dezen,
[[N:drs. Johan Verbeek-de Groot|Verbeek-de Groot;Johan]], {{F:afdelingshoofd Cultuur en Erfgoed}}
!pb
# Bijlage 1 Subsidievoorwaarden en betalingsschema
| termijn | moment | bedrag | voorwaarde |
| 1 | na start werkzaamheden | € 9.200 | startmelding bij [[N:W. Hoekstra-Zijlstra]] |
| 2 | na oplevering | € 7.360 | foto's en facturen |
| 3 | na vaststelling | € 1.840 | eindverslag |
Facturen stuurt u naar {{M:subsidies@gelderland.nl}} onder vermelding van {{C:PZ2025-004471}}. Uw
geboortedatum ([[D:17-08-1961]]) en die van de heer [[N:Boateng]] ([[D:03-02-1958]]) zijn in de aanvraag vermeld
voor de controle op de eigendomssituatie bij het {{O:Kadaster}}.
""",
})

# ---------------------------------------------------------------------------------------------- t03
DOCS.append({
    "id": "t03_waterschap_algemeen_bestuur_besluitenlijst",
    "producer": "chromium",
    "header": "{{O:Waterschap Vallei en Veluwe}} | Algemeen Bestuur | besluitenlijst 27 maart 2025",
    "footer": "Vastgesteld in de vergadering van 22 mei 2025",
    "opts": {"size": 9},
    "body": """
# Besluitenlijst vergadering Algemeen Bestuur
Datum: 27 maart 2025, 14.00 uur, bestuurscentrum {{L:Apeldoorn}}

Aanwezig: {{F:dijkgraaf}} {{H:Ingrid Pauwels-Ter Steege}} (voorzitter), {{F:heemraden}} {{H:Hans Hoorntje}}, {{H:Marijke Kok}}
en {{H:Anouk Tuinman}}; de AB-leden {{H:Timo Zandbergen}} ({{O:Water Natuurlijk}}), {{H:Gert Westerveld}}
({{O:BBB}}), {{H:Fatma Aydın}} ({{O:PvdA}}), {{H:Rob de Vries}} ({{O:VVD}}) en elf anderen.
Ambtelijk: [[N:Sietske Postma|Postma;Sietske]] ({{F:bestuurssecretaris}}), [[N:Harm-Jan van Dijk|van Dijk;Harm-Jan]] ({{F:adviseur waterveiligheid}}),
[[N:Jeroen Brouwer|Brouwer;Jeroen]] ({{F:notulist}}).
Insprekers: [[N:Gerda Zomer|Zomer;Gerda]] ({{O:Belangenvereniging Polder Arkemheen}}) en [[N:Hüseyin Çelik|Çelik;Hüseyin]].

## [cols]
## 1. Opening en mededelingen
De {{F:dijkgraaf}} opent de vergadering. {{F:Heemraad}} {{H:Kok}} meldt dat het {{G:Hoogwaterbeschermingsprogramma}} (HWBP)
de versterking van de {{Y:Grebbedijk}} heeft goedgekeurd.

## 2. Inspreken
Mevrouw [[N:Zomer]] vraagt aandacht voor de peilverhoging in de {{L:Polder Arkemheen}}. De heer [[N:Çelik]]
spreekt over wateroverlast in zijn kelder aan de [[A:Stationsweg 112]] in {{L:Nijkerk}}. De {{F:dijkgraaf}} zegt toe
dat de heer [[N:Van Dijk]] contact met hem opneemt.

## 3. Peilbesluit Arkemheen
Besluit: het AB stelt het peilbesluit vast, met het amendement van {{H:Zandbergen}} en {{H:Aydın}}. {{O:BBB}} stemt
tegen. {{H:Westerveld}} legt een stemverklaring af.

## 4. Jaarrekening 2024
Besluit: het AB stelt de jaarrekening vast. De accountant ({{O:Deloitte}}) was vertegenwoordigd door
[[N:Marloes Schaap-Bakker|Schaap-Bakker;Marloes]]; haar toelichting is als bijlage bij het verslag gevoegd.

## 5. Kaderstelling zuiveringsbeheer
Besluit: unaniem aangenomen. {{F:Heemraad}} {{H:Tuinman}} zegt toe de {{Q:RWZI}} {{L:Harderwijk}} mee te nemen.

## 6. Rondvraag
{{H:De Vries}} vraagt naar de stand van {{G:Ruimte voor de Rivier 2.0}}. Antwoord volgt schriftelijk via
[[N:Sietske Postma]], bereikbaar op [[T:055 527 27 38]] of [[E:s.postma@vallei-veluwe.nl]].
Algemene vragen: {{S:088 - 211 90 00}} of {{M:bestuurssecretariaat@vallei-veluwe.nl}}.
## [/cols]

| actie | wie | gereed |
| schriftelijk antwoord peil kelders | [[N:Harm-Jan van Dijk]] | april 2025 |
| stand Ruimte voor de Rivier | [[P:SPo]] | mei 2025 |
| toezending toelichting accountant | [[P:JBr]] | april 2025 |
Paraaf secretaris: [[P:SPo]]
""",
})

# ---------------------------------------------------------------------------------------------- t04
DOCS.append({
    "id": "t04_provinciale_staten_commissieverslag",
    "producer": "docx",
    "header": "{{O:Provinciale Staten van Overijssel}} | {{O:Statencommissie Ruimte, Water en Wonen}}",
    "footer": "Verslag commissievergadering 5 februari 2025 (concept)",
    "opts": {"author": "[[N:Lieke ter Horst|ter Horst;Lieke]]"},
    "hidden": {"author": "[[N:Lieke ter Horst]]", "subject": "verslag RWW, redactie [[N:D. Kuipers|Kuipers]]"},
    "body": """
# Verslag Statencommissie Ruimte, Water en Wonen

Voorzitter: het Statenlid {{H:Erik Mulder}} ({{O:CDA}}).
Aanwezige Statenleden: {{H:Jorien Vrielink}} ({{O:BBB}}), {{H:Hans Visser}} ({{O:GroenLinks-PvdA}}), {{H:Ruud Bos}} ({{O:VVD}}),
{{H:Samira Bouzian}} ({{O:D66}}), {{H:Niels Groen}} ({{O:ChristenUnie}}), {{H:Carla Winter}} ({{O:SP}}).
Namens Gedeputeerde Staten: {{F:gedeputeerde}} {{H:Tijs de Bree}} en {{F:gedeputeerde}} {{H:Maurits von Martels}}.
{{F:Commissaris van de Koning}} {{H:Andries Heidema}} was bij agendapunt 4 aanwezig.
Statengriffie: [[N:Lieke ter Horst]] ({{F:commissiegriffier}}), [[N:Daan Kuipers|Kuipers;Daan]] ({{F:verslaglegger}}).
Ambtelijke ondersteuning: [[N:ir. Sjoerd Hoekstra|Hoekstra;Sjoerd]] ({{F:programmamanager}}), [[N:Noor van 't Hul|van 't Hul;Noor]].

## 1. Opening
De voorzitter opent om 13.30 uur. Het Statenlid {{H:Visser}} is later aanwezig.

## 2. Insprekers
De heer [[N:Lammert Bloemendaal|Bloemendaal;Lammert]] (melkveehouder in {{L:Staphorst}}) spreekt over de {{G:Programmatische Aanpak Grote Wateren}}.
Mevrouw [[N:Johanna in 't Veld|in 't Veld;Johanna]] namens {{O:Natuur en Milieu Overijssel}} vraagt om een snelle aanpak van de {{L:Vecht}}.
Mevrouw [[N:Marleen Visser-Kok|Visser-Kok;Marleen]], bewoner van de [[A:Koningin Wilhelminastraat 7]] in {{L:Ommen}}, spreekt over de
verbreding van de {{L:N340}}. Zij vraagt of de heer [[N:Hoekstra]] haar brief van januari kan beantwoorden.

## 3. Omgevingsvisie, partiële herziening
{{H:Vrielink}} ({{O:BBB}}) vraagt of het programma {{G:Ruimte voor de Vecht}} ruimte laat voor agrariërs. {{F:Gedeputeerde}}
{{H:De Bree}} antwoordt dat er een gebiedsproces loopt met {{O:LTO Noord}}. {{H:Bouzian}} ({{O:D66}}) vraagt naar woningbouw in
{{L:Zwolle}} en {{L:Deventer}}. {{H:Winter}} ({{O:SP}}) wil weten wie het rapport van {{O:Arcadis}} heeft beoordeeld; de
gedeputeerde noemt ambtelijk [[N:Sjoerd Hoekstra]] en de externe reviewer [[N:prof. dr. Ahmad Rahimi|Rahimi;Ahmad]].

## 4. Zienswijze begroting waterschappen
De {{F:CdK}} {{H:Heidema}} licht het interbestuurlijk toezicht toe. {{H:Groen}} ({{O:ChristenUnie}}) vraagt naar het
{{O:Waterschap Drents Overijsselse Delta}}. Toezegging: de griffie ([[N:Ter Horst|Ter Horst]]) stuurt het overzicht voor 1 maart.

## 5. Toezeggingen
| nr | toezegging | door | ambtelijk |
| T25-07 | overzicht waterschapsbegrotingen | {{H:Heidema}} | [[N:Lieke ter Horst]] |
| T25-08 | brief mevrouw [[N:Visser-Kok]] beantwoorden | {{H:De Bree}} | [[N:Sjoerd Hoekstra]] |
| T25-09 | reviewrapport naar de commissie | {{H:Von Martels}} | [[N:Noor van 't Hul]] |

Vragen over dit verslag: {{M:statengriffie@overijssel.nl}}, telefoon {{S:038 499 88 99}}.
""",
})

# ---------------------------------------------------------------------------------------------- t05
DOCS.append({
    "id": "t05_watervergunning_agrarier_met_bijlagen",
    "producer": "fpdf",
    "header": "{{O:Wetterskip Fryslân}} - {{S:Postbus 36}}, 8900 AA Leeuwarden - {{S:058 292 22 22}}",
    "footer": "Besluit watervergunning {{C:WF-2025-00317}}",
    "opts": {"colwidths": {"all": [8, 40, 22]}},
    "hidden": {"author": "[[N:Sjoukje Terpstra|Terpstra;Sjoukje]]"},
    "body": """
> Maatschap [[N:Wiebe en Tjitske Hoekstra-Dijkstra|Hoekstra-Dijkstra;Wiebe;Tjitske]]
> [[A:Jongemaweg 12]]
> [[A:9113 PK]] {{L:Wânswert}}

Leeuwarden, 18 februari 2025
Ons kenmerk: {{C:WF-2025-00317}}
Contactpersoon: [[N:Sjoukje Terpstra]], [[T:058 292 27 14]], [[E:sjoukje.terpstra@wetterskipfryslan.nl]]

# Besluit watervergunning onttrekking grondwater

Geachte heer en mevrouw [[N:Hoekstra-Dijkstra]],

U heeft op 6 januari 2025 een vergunning aangevraagd op grond van de {{Z:Omgevingswet}} voor het onttrekken van
grondwater voor beregening van percelen aan de {{L:Dokkumer Ee}}. Het {{O:Wetterskip Fryslân}} verleent de vergunning
onder voorschriften. Het {{F:dagelijks bestuur}} heeft de bevoegdheid gemandateerd aan de {{F:teamleider vergunningverlening}}.

De aanvraag is ingediend door uw adviseur [[N:Gerben de Haan|de Haan;Gerben]] van {{O:DLV Advies}}. Op 29 januari 2025 is
het perceel bezocht door toezichthouder [[N:Jelle Zwolle|Zwolle;Jelle]] (zie bijlage 2). Buurman [[N:Ids Wiersma|Wiersma;Ids]]
van [[A:Jongemaweg 14]] heeft een zienswijze ingediend; die is behandeld in bijlage 3.

## Bijlagen bij dit besluit
| nr | titel | opsteller |
| 1 | Voorschriften en kaart percelen | {{O:Wetterskip Fryslân}} |
| 2 | Verslag locatiebezoek 29-01-2025 | [[N:Jelle Zwolle]] |
| 3 | Nota van beantwoording zienswijze | [[N:Sjoukje Terpstra]] |
| 4 | Advies {{O:Provinsje Fryslân}} (grondwater) | [[N:drs. M. Bouma|Bouma]] |
| 5 | Aanvraag met {{Q:KvK}}-uittreksel maatschap | [[N:Gerben de Haan]] |

Het {{F:dijkgraaf}} {{H:Luzette Wagenaar-Kroon}} heeft het beleid voor beregening in 2024 vastgesteld.

Met vriendelijke groet,
namens het dagelijks bestuur van het {{O:Wetterskip Fryslân}},
[[N:ing. Auke van der Meer|van der Meer;Auke]], {{F:teamleider vergunningverlening}}

!small Bezwaar binnen zes weken bij het dagelijks bestuur. Vragen: {{M:vergunningen@wetterskipfryslan.nl}}.
!pb
# Bijlage 2 Verslag locatiebezoek
Datum: 29 januari 2025. Aanwezig: [[N:Jelle Zwolle]] (toezichthouder), de heer [[N:W. Hoekstra|Hoekstra]] (aanvrager),
[[N:Gerben de Haan]] ({{O:DLV Advies}}). De bron ligt op 40 meter van de {{L:Dokkumer Ee}}. De heer [[N:Hoekstra]]
is bereikbaar op [[T:06-1077 4521]]. Foto's zijn opgeslagen in {{R:Djuma}} onder {{C:WF-2025-00317}}.
Geen bijzonderheden. Paraaf toezichthouder: [[P:JZw]]
""",
})

# ---------------------------------------------------------------------------------------------- t06
DOCS.append({
    "id": "t06_hoogheemraadschap_nota_db_zijkolom",
    "producer": "reportlab",
    "footer": "{{O:Hoogheemraadschap Hollands Noorderkwartier}} | DB-nota {{C:HHNK-25.0211}}",
    "opts": {"side": ["*Aan", "{{F:dagelijks bestuur}}", "", "*Van", "[[N:Margriet Koning|Koning;Margriet]]", "{{F:beleidsadviseur}}",
                      "[[T:072 582 83 41]]", "[[E:m.koning@hhnk.nl]]", "", "*Portefeuillehouder", "{{F:hoogheemraad}}",
                      "{{H:Jan Beers}}", "", "*Datum", "3 april 2025", "", "*Kenmerk", "{{C:HHNK-25.0211}}", "",
                      "*Kopie aan", "[[N:R. de Wit|de Wit]]", "[[N:K. Bakker|Bakker]]"]},
    "hidden": {"author": "[[N:Margriet Koning]]", "title": "DB nota dijkversterking Texel (Koning)",
               "bookmarks": [("Nota dijkversterking", 0), ("Reactie [[N:P. Ramdin|Ramdin]] (bewoner)", 0)]},
    "body": """
# Nota aan het dagelijks bestuur
## Dijkversterking Prins Hendrikzanddijk, Texel

## Gevraagd besluit
Het dagelijks bestuur wordt gevraagd in te stemmen met de voorkeursvariant en de {{F:hoogheemraad}} {{H:Beers}} te
machtigen het gesprek met de {{O:gemeente Texel}} en {{O:Staatsbosbeheer}} te voeren.

## Toelichting
De {{Y:Prins Hendrikzanddijk}} voldoet niet aan de norm uit de {{Z:Waterwet}}. Het ontwerpprojectplan lag ter inzage.
Er kwamen 14 zienswijzen binnen, waarvan een van de heer [[N:Prakash Ramdin|Ramdin;Prakash]] ([[A:Ruigendijk 3]],
{{L:Den Burg}}) en een van [[N:Femke de Wit-Schaap|de Wit-Schaap;Femke]]. Ambtelijk zijn de zienswijzen besproken met
[[N:Rik de Wit|Rik]] van {{O:Rijkswaterstaat}} en [[N:Karin Bakker|Karin]] van de {{O:Provincie Noord-Holland}}.

{{F:Burgemeester}} {{H:Mark Pelters}} van {{L:Texel}} heeft op 12 maart laten weten de voorkeursvariant te steunen.
{{F:Gedeputeerde}} {{H:Esther Rommel}} heeft dat ook gedaan in het {{O:Bestuurlijk Overleg Kust}}.

## Krachtenveld
{{O:Natuurmonumenten}} en {{O:Vogelbescherming Nederland}} zijn positief. Bewoners van {{L:Oost}} vrezen overlast. Het
{{G:Hoogwaterbeschermingsprogramma}} financiert 90 procent.

## Paraafroute
| rol | naam | paraaf | datum |
| {{F:steller}} | [[N:Margriet Koning]] | [[P:MKo]] | 28-03-2025 |
| {{F:teamleider}} | [[N:Abdirahman Warsame|Warsame;Abdirahman]] | [[P:AWa]] | 31-03-2025 |
| {{F:juridisch adviseur}} | [[N:mr. Lotte Kok|Kok;Lotte]] | [[P:LKk]] | 01-04-2025 |
| {{F:directeur Watersysteem}} | [[N:Bas van der Linden|van der Linden;Bas]] | [[P:BvdL]] | 02-04-2025 |

## Informatie die niet openbaar gemaakt kan worden
## Motivering
[in te vullen bij openbaarmaking]
""",
})

# ---------------------------------------------------------------------------------------------- t07
DOCS.append({
    "id": "t07_aanbiedingsbrief_rapport_bijlagenoverzicht",
    "producer": "lohtml",
    "footer": "{{O:Ministerie van Infrastructuur en Waterstaat}} | {{C:IENW/BSK-2025/41877}}",
    "hidden": {"author": "[[N:Thijs Lammers|Lammers;Thijs]]"},
    "body": """
> {{O:Ministerie van Infrastructuur en Waterstaat}}
> De Voorzitter van de {{O:Tweede Kamer der Staten-Generaal}}
> {{S:Postbus 20018}}
> 2500 EA Den Haag
>
> Datum: 24 april 2025
> Betreft: aanbieding evaluatie Deltaprogramma Zoetwater
> Kenmerk: {{C:IENW/BSK-2025/41877}}

Geachte voorzitter,

Hierbij bied ik u de evaluatie van het {{G:Deltaprogramma Zoetwater}} aan, uitgevoerd door {{O:Rebel Group}} en
{{O:Deltares}}. In het commissiedebat van 6 februari heb ik het lid {{H:Grinwis}} ({{O:ChristenUnie}}) en het lid
{{H:Kostić}} ({{O:PvdD}}) toegezegd de evaluatie voor de zomer te sturen. Ook reageer ik op de motie-{{H:Vermeer}}
over de verzilting in {{L:Zeeland}}.

De {{F:Deltacommissaris}} {{H:Co Verdaas}} is bij de evaluatie betrokken geweest. Mijn voorganger, {{F:minister}}
{{H:Mark Harbers}}, heeft de evaluatie in 2023 aangekondigd.

## Overzicht bijlagen
| nr | titel | auteur(s) | openbaar |
| 1 | Eindrapport evaluatie | {{O:Rebel Group}} / {{O:Deltares}} | ja |
| 2 | Bijlagenboek met interviewverslagen | {{O:Rebel Group}} | deels; namen geïnterviewden weggelakt |
| 3 | Reactie {{O:Unie van Waterschappen}} | voorzitter {{H:Dirk-Siert Schoonman}} | ja |
| 4 | Reactie {{O:IPO}} | {{O:IPO}} | ja |
| 5 | Ambtelijke notitie verzilting | [[N:ir. Thijs Lammers|Lammers]] en [[N:Aisha Mohamud Farah|Mohamud Farah;Aisha]] | deels |
| 6 | Verslag klankbordgroep | [[N:Ellen van Dam|van Dam;Ellen]] ({{O:LTO Nederland}}) | deels |

Hoogachtend,

de {{F:minister van Infrastructuur en Waterstaat}},
{{H:Barry Madlener}}

!small Contactpersoon (niet voor publicatie): [[N:T. Lammers|Lammers]], {{F:senior beleidsmedewerker}} {{O:DG Water en Bodem}}, [[T:06 - 5224 8190]], [[E:thijs.lammers@minienw.nl]]. Bijlage 5 is afgestemd met [[N:A. Mohamud Farah|Mohamud Farah]] ([[E:aisha.mohamudfarah@minienw.nl]]).
""",
})

# ---------------------------------------------------------------------------------------------- t08
DOCS.append({
    "id": "t08_gs_besluit_paraafroute",
    "producer": "chromium",
    "header": "{{O:Provincie Utrecht}} | {{F:Gedeputeerde Staten}} | besluit {{C:GS-2025-0319}}",
    "footer": "GS-besluit {{C:GS-2025-0319}} | {{O:Provincie Utrecht}}, {{Y:Archimedeslaan 6}}, {{L:Utrecht}}",
    "opts": {"colwidths": {"all": [22, 28, 10, 14]}},
    "body": """
# Statenvoorstel en GS-besluit: bijdrage Ringpark Amersfoort

Gedeputeerde Staten van {{O:Provincie Utrecht}} besluiten op 18 maart 2025 in te stemmen met een bijdrage van
€ 2,4 miljoen aan het {{G:Ringpark}} in {{L:Amersfoort}}, en het Statenvoorstel door te sturen naar {{O:Provinciale Staten}}.

Portefeuillehouder: {{F:gedeputeerde}} {{H:Huib van Essen}}. Medeverantwoordelijk: {{F:gedeputeerde}} {{H:Rob van Muilekom}}.
{{F:Commissaris van de Koning}} {{H:Hans Oosters}} was afwezig. {{F:Burgemeester}} {{H:Lucas Bolsius}} van {{L:Amersfoort}}
heeft per brief om de bijdrage gevraagd; {{F:wethouder}} {{H:Cees van Eijk}} heeft het plan ambtelijk laten toelichten.

## Advies
De ambtelijke opsteller, [[N:Femke Vogel|Vogel;Femke]] ({{O:afdeling Mobiliteit}}), adviseert positief. De financiële toets
door [[N:Mehmet Yıldırım|Yıldırım;Mehmet]] is positief. Het {{Q:MIRT}}-budget wordt niet aangesproken.

## Paraafroute
| functie | naam | paraaf | datum |
| {{F:opsteller}} | [[N:Femke Vogel]] | [[P:FVo]] | 03-03-2025 |
| {{F:financieel adviseur}} | [[N:Mehmet Yıldırım]] | [[P:MYi]] | 05-03-2025 |
| {{F:juridisch adviseur}} | [[N:Anneke de Groot-Smit|de Groot-Smit;Anneke]] | [[P:AdGS]] | 06-03-2025 |
| {{F:teamleider}} | [[N:Wouter van 't Klooster|van 't Klooster;Wouter]] | [[P:WvtK]] | 07-03-2025 |
| {{F:concerncontroller}} | [[N:DE JONG, M.E.|DE JONG]] | [[P:MEdJ]] | 10-03-2025 |
| {{F:provinciesecretaris}} | {{H:Mirjam Linthorst}} | akkoord | 11-03-2025 |

## Communicatie
Persbericht via {{F:woordvoerder}} {{U:Sander Boon}}, {{S:030 258 91 11}}. Vragen van inwoners naar
{{M:ringpark@provincie-utrecht.nl}}. Interne contactpersoon: [[N:F. Vogel|Vogel]], [[T:06 30 44 17 92]], [[E:femke.vogel@provincie-utrecht.nl]].
""",
})
