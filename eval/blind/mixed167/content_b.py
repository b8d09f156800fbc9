from engine import Doc

DOCS = []
A = DOCS.append

A(Doc("as09_sloopmelding", """
# Ontvangstbevestiging melding activiteit slopen
{{Omgevingsloket}} - verzoeknummer {{OLO-9918273|REF}}

| Activiteit | Slopen bouwwerk, met verwijderen asbest (art. 7.40 {{Besluit activiteiten leefomgeving}}) |
| Locatie | {{Van Helomaweg}} 8, 7971 AB {{Havelte}}, kadastraal Havelte H 2231 |
| Melder | {{gemeente Westerveld}}, afdeling Vastgoed |
| Contactpersoon melder | [[Esther Zuidema]], [[e.zuidema@westerveld.nl]], [[06-12 09 44 81]] |
| Gemachtigde | {{Gebr. Hofstede Sloopwerken}} B.V., [[Ruud Bolhuis]] |
| Asbestinventarisatie | {{AIN-2025-1187|REF}}, {{Asbestinventarisatie Noord}} |
| Risicoklasse | 2 (kit, vinyl, vensterbanken hoofdgebouw) |
| Start werkzaamheden | 9 februari 2026 |
| Bevoegd gezag | college van burgemeester en wethouders van {{Westerveld}}; uitvoering {{RUD Drenthe}} |

De melding is op 5 januari 2026 ingediend. De {{RUD Drenthe}} heeft de melding op 14 januari 2026 beoordeeld als volledig. Behandelaar: [[T. van 't Hek]].

Let op: het lokalenblok uit 1968 is in het inventarisatierapport aangeduid als "niet onderzocht, in gebruik". De melder heeft verklaard dat dit blok buiten de sloop valt.

Met een melding mag u vier weken na indiening beginnen, mits u de voorschriften van de {{Omgevingswet}} en de {{Bal|LAW}} naleeft.
""", producer="Omgevingsloket DSO-LV PDF-service 2.4", creator="DSO", author="", font="dejavu"))

A(Doc("as10_last_onder_dwangsom", """
{{Regionale Uitvoeringsdienst Drenthe}}
namens het college van burgemeester en wethouders van {{Westerveld}}

AANGETEKEND EN PER E-MAIL
{{Gebr. Hofstede Sloopwerken}} B.V.
t.a.v. de directie
{{Industrieweg}} 41
7944 HT Meppel

Datum: 2 maart 2026
Kenmerk: {{Z-2026-04417}} / {{UIT-2026-01544|REF}}
Behandeld door: [[mr. H. Smeenge]]
Doorkiesnummer: [[0592 - 75 23 19]]
Onderwerp: last onder dwangsom sloop {{OBS Jan Ligthart}}

Geachte directie,

Op 19, 20 en 21 februari 2026 hebben toezichthouders van de {{RUD Drenthe}} uw werkzaamheden aan de {{Van Helomaweg}} 8 in {{Havelte}} gecontroleerd. Daarbij is vastgesteld dat asbesthoudende golfplaten en boeiboorden zijn verwijderd door medewerkers zonder geldig persoonscertificaat en zonder aanwezigheid van een {{DTA|TERM}}, en dat het materiaal in een open container lag. Wij verwijzen naar het toezichtrapport van 23 februari 2026.

Op 25 februari 2026 heeft u een zienswijze gegeven, namens u ingediend door uw projectleider [[de heer Bolhuis]]. U stelt dat het lokalenblok niet in de opdracht zat en dat de werknemer [[M. Tijink]] "op eigen initiatief" handelde. Dat doet niet af aan uw verantwoordelijkheid als gecertificeerd bedrijf ({{SC-530|REF}}).

## Besluit
Wij leggen u een last onder dwangsom op. U moet:
1. de werkzaamheden in het lokalenblok gestaakt houden totdat een aanvullende inventarisatie is goedgekeurd;
2. het asbesthoudende materiaal binnen 5 werkdagen laten afvoeren naar een erkende verwerker, met begeleidingsbrief in het {{LAVS}};
3. binnen 10 werkdagen een vrijgavemeting laten uitvoeren door een geaccrediteerd laboratorium.

Voldoet u niet aan last 2 of 3, dan verbeurt u een dwangsom van € 5.000 per dag met een maximum van € 50.000.
## Rechtsbescherming
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van {{Westerveld}}, Postbus 50, 7970 AB {{Havelte}}. U kunt ook de voorzieningenrechter van de {{Rechtbank Noord-Nederland}} om een voorlopige voorziening vragen.

Hoogachtend,

namens dezen,

[[Ingrid ter Borg]]
teamleider {{Toezicht Bouw en Sloop}}, {{RUD Drenthe}}

Afschrift: {{Nederlandse Arbeidsinspectie}}; {{Ascert|ORG}}; {{gemeente Westerveld}}, t.a.v. [[E. Zuidema]]
""", kind="docx", author="Smeenge, Hennie", hidden=[("metadata", "PERSON", "Smeenge, Hennie")]))

A(Doc("as11_mail_schoolbestuur", """
Van: [[Leonie Wassink]] <[[l.wassink@kindkrachtdrenthe.nl]]>
Verzonden: maandag 23 februari 2026 07:15
Aan: [[Zuidema, Esther]] <[[e.zuidema@westerveld.nl]]>
CC: [[Marjolein Eshuis]] <[[directie.janligthart@kindkrachtdrenthe.nl]]>; {{bestuursbureau@kindkrachtdrenthe.nl}}
Onderwerp: RE: asbest sloop oude schoolgebouw - noodlokalen

Beste [[Esther]],

Dank voor je telefoontje van vrijdag. Ik heb vanochtend met [[Marjolein]] (directeur {{OBS Jan Ligthart}}) de situatie doorgenomen. De kinderen zitten sinds de zomer in de noodlokalen aan de {{Van Helomaweg}}, op ongeveer veertig meter van het lokalenblok. Ouders maken zich grote zorgen en de MR heeft om een ouderavond gevraagd.

Mijn vragen:
- Kan de gemeente schriftelijk bevestigen dat het schoolplein en de noodlokalen veilig zijn? Op welke meting is dat gebaseerd?
- Wie betaalt een eventuele reiniging van het plein en de zandbak?
- Mag [[Bas Hoekstra]] (voorzitter MR) bij het overleg met de {{RUD Drenthe}} aanwezig zijn?

Eén leerling uit groep 5 heeft astma en is door de ouders thuisgehouden. Ik noem geen naam, maar de ouders willen graag worden teruggebeld: [[06 - 44 18 02 75]].

Met vriendelijke groet,
[[Leonie Wassink]]
bestuurder {{Stichting Kindkracht Drenthe}}
T [[0521 - 85 02 13]]

Van: [[Zuidema, Esther]] <[[e.zuidema@westerveld.nl]]>
Verzonden: vrijdag 20 februari 2026 14:02
Aan: [[Leonie Wassink]] <[[l.wassink@kindkrachtdrenthe.nl]]>
Onderwerp: asbest sloop oude schoolgebouw - noodlokalen
---
Beste [[Leonie]],

Zoals telefonisch besproken: bij de sloop van het oude gebouw is asbest aangetroffen dat niet in de inventarisatie stond. De {{RUD Drenthe}} heeft het werk stilgelegd. Er is een indicatieve luchtmeting gedaan die buiten het werkgebied geen vezels aantoonde. Het volledige rapport volgt volgende week.

{{wethouder Dijkstra|PUBLIC_OFFICIAL}} wil graag zelf op de ouderavond het woord voeren. Ik stem de datum af met [[Marjolein]] en met [[Kim Lanting]] van onze afdeling communicatie.

Met vriendelijke groet,

[[Esther Zuidema]]
projectleider vastgoed | {{gemeente Westerveld}}
Algemeen: {{14 0521}} | direct [[06-12 09 44 81]]
Bezoekadres: {{Raadhuisstraat 2|ADDRESS}}, {{Havelte}}
""", font="dejavu", producer="Microsoft Outlook for Microsoft 365 (16.0.17628)", creator="Microsoft Outlook", author="Esther Zuidema",
    hidden=[]))

A(Doc("as12_mail_mr", """
Van: [[Bas Hoekstra]] <[[bas.hoekstra82@gmail.com]]>
Verzonden: dinsdag 24 februari 2026 21:48
Aan: {{info@westerveld.nl}}; {{info@rud-drenthe.nl}}
CC: [[Chantal Pol]] <[[chantal.pol@hotmail.com]]>; [[Wassink, L.]] <[[l.wassink@kindkrachtdrenthe.nl]]>
Onderwerp: Vragen medezeggenschapsraad {{OBS Jan Ligthart}} over asbest

Geachte heer, mevrouw,

Namens de medezeggenschapsraad en de ouderraad van {{OBS Jan Ligthart}} stellen wij de volgende vragen:

1. Sinds wanneer weet de gemeente dat het lokalenblok niet was onderzocht op asbest?
2. Waarom zijn de ouders pas op 23 februari geïnformeerd, terwijl het werk op 19 februari al is stilgelegd?
3. Zijn er metingen gedaan op het schoolplein en in de noodlokalen? Wij willen de rapporten ontvangen.
4. Wordt de {{GGD Drenthe}} betrokken bij de voorlichting aan ouders?

Ouders kunnen op de ouderavond van 5 maart een gesprek krijgen. Aanmelden kan bij [[Chantal]] ([[06 81 55 30 29]]) of via de schoolapp {{Parro|PRODUCT}}.

Met vriendelijke groet,

[[Bas Hoekstra]], voorzitter MR
[[Chantal Pol]], secretaris ouderraad
""", producer="Microsoft Outlook for Microsoft 365 (16.0.17628)", creator="Microsoft Outlook", author=""))

A(Doc("as13_notulen_crisisoverleg", """
# Verslag bestuurlijk-ambtelijk overleg asbest {{OBS Jan Ligthart}}
Datum: 26 februari 2026, 09:00-10:30 | Locatie: gemeentehuis {{Havelte}}, kamer {{Eursinge|LOC}}

| Naam | Organisatie | Rol |
| {{burgemeester Roelofs-Brink|PUBLIC_OFFICIAL}} | {{gemeente Westerveld}} | voorzitter |
| {{wethouder Dijkstra|PUBLIC_OFFICIAL}} | {{gemeente Westerveld}} | portefeuille vastgoed en onderwijs |
| [[Esther Zuidema]] | {{gemeente Westerveld}} | projectleider vastgoed |
| [[Kim Lanting]] | {{gemeente Westerveld}} | communicatieadviseur |
| [[Ingrid ter Borg]] | {{RUD Drenthe}} | teamleider toezicht |
| [[Mirjam Oosterveld-Kamps]] | {{RUD Drenthe}} | toezichthouder |
| [[Leonie Wassink]] | {{Stichting Kindkracht Drenthe}} | bestuurder |
| [[dr. J.W. (Joost) Brouwer]] | {{GGD Drenthe}} | arts medische milieukunde |
| [[Wouter Scholten-Pals]] | {{Provincie Drenthe}} | beleidsmedewerker (toehoorder) |
Afwezig met bericht: [[Youssef el Khatib]] ({{RUD Drenthe}})

## 1. Stand van zaken
[[Mevrouw Oosterveld-Kamps]] licht de bevindingen toe. Het lab heeft {{chrysotiel|TERM}} en {{amosiet|TERM}} aangetoond; de aanvullende inventarisatie wijst ook op isolatie in de kruipruimte (risicoklasse 3). De last onder dwangsom gaat op 2 maart uit.

## 2. Gezondheid
[[Dr. Brouwer]] geeft aan dat een kortdurende blootstelling in de buitenlucht een zeer klein extra risico geeft. De {{GGD Drenthe}} adviseert een vrijgavemeting op het schoolplein voordat de kinderen weer buiten spelen en zegt toe op de ouderavond aanwezig te zijn.

## 3. Communicatie
{{burgemeester Roelofs-Brink|PUBLIC_OFFICIAL}} wil één lijn: de gemeente is opdrachtgever en neemt verantwoordelijkheid. De persverklaring gaat vrijdag uit. [[Kim]] stemt de tekst af met [[Ingrid]] en met de provincie.
---
## 4. Provincie
[[De heer Scholten-Pals]] meldt dat {{gedeputeerde Haaksma|PUBLIC_OFFICIAL}} een brief stuurt over het provinciale interbestuurlijk toezicht en de rol van de {{RUD Drenthe}}.

## Actielijst
| Nr | Actie | Wie | Gereed |
| 1 | vrijgavemeting schoolplein laten uitvoeren | [[EZ]] | 3 maart |
| 2 | feitenrelaas aan provincie | [[MOK]] / [[IB]] | 27 februari |
| 3 | concept persverklaring | [[KL]] | 27 februari |
| 4 | ouderavond 5 maart voorbereiden | [[LW]] / [[EZ]] | 4 maart |
| 5 | melding {{Ascert|ORG}} over inventarisatiebureau | [[IB]] | 2 maart |

Verslag: [[E. Zuidema]], 26 februari 2026 (versie 2, na opmerkingen van [[K. Lanting]])
""", kind="docx", author="Zuidema, Esther"))

A(Doc("as14_factuur_sloopadviseur", """
# FACTUUR
Sloopadvies [[Veldkamp]]
[[Harm Veldkamp]] - onafhankelijk sloop- en asbestadviseur
[[Zuideinde 88]], [[7975 PM]] {{Uffelte}}
T [[06-22 71 39 05]] | [[harm@sloopadviesveldkamp.nl]]
KvK [[81234567|ID]] | btw [[NL003518426B19|ID]]
IBAN [[NL42 RABO 0318 4471 09|IBAN]] t.n.v. [[H.G. Veldkamp]]

Aan: {{gemeente Westerveld}}, afdeling Vastgoed, t.a.v. [[mevrouw E. Zuidema]]
Postbus 50, 7970 AB {{Havelte}}

Factuurnummer: {{2026-014|REF}}
Factuurdatum: 6 maart 2026
Uw inkoopnummer: {{IO-26-0388|REF}}
Project: second opinion sloopplan en asbestaanpak {{OBS Jan Ligthart}}, {{Van Helomaweg}} 8

| Datum | Omschrijving | Uren | Tarief | Bedrag |
| 24-02-2026 | locatiebezoek en overleg met {{DTA|TERM}} | 3,5 | € 95,00 | € 332,50 |
| 25-02-2026 | beoordeling inventarisatierapport {{AIN-2025-1187|REF}} | 4,0 | € 95,00 | € 380,00 |
| 27-02-2026 | advies saneringsplan lokalenblok | 5,5 | € 95,00 | € 522,50 |
| 02-03-2026 | reiskosten 64 km | - | € 0,23 | € 14,72 |

Subtotaal € 1.249,72
Btw 21% € 262,44
Totaal € 1.512,16

Betaling binnen 30 dagen onder vermelding van het factuurnummer.
""", font="dejavu", producer="Moneybird PDF", creator="Moneybird", author="Harm Veldkamp"))

A(Doc("as15_logboek_scan", """
# BOUWPLAATSLOGBOEK ASBESTSANERING
Project: sloop OBS Jan Ligthart, Havelte - werknummer HS-2026-017
Sanerder: Gebr. Hofstede Sloopwerken B.V.
| Datum | Werkzaamheden | Naam | Paraaf |
| 09-02 | inrichten unit, kit hoofdgebouw | [[Wiśniewski]] | [[DW]] |
| 10-02 | vinyl lokaal 1 en 2 | [[Höfer]] | [[JH]] |
| 12-02 | eindinspectie hoofdgebouw | [[Wolters]] | [[KJW]] |
| 17-02 | vensterbanken hoofdgebouw | [[Wolters]] | [[KJW]] |

~ 18/2 - overkapping fietsenstalling eraf gehaald, platen in container. [[Marco]]
~ 19/2 toezicht RUD op bouwplaats, werk stil. Bellen [[Kees-Jan]] [[06-51082347]]
~ 20/2 container dicht gezet - [[Ruud B.]]
""", kind="scan", producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i", author="", rot=0.7))

A(Doc("as16_brief_buurman_scan", """
# Aan de gemeente Westerveld en de RUD

Havelte, 22 februari 2026

Geachte heer, mevrouw,

Ik woon naast de oude school. Mijn naam is [[Gert Jan Mulder]], [[Schoolstraat 18]].
Op woensdag 18 februari heb ik gezien dat mannen zonder pak platen van het fietsenhok sloegen.
Mijn vrouw heeft [[COPD|HEALTH]] en ligt sinds vrijdag in het ziekenhuis in Meppel.
Ik wil weten of dat met het stof te maken heeft.

~ Bel mij alstublieft: [[0521 - 341 288]]
~ Met vriendelijke groet, [[G.J. Mulder]]
""", kind="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840", author="", rot=-0.9))

A(Doc("as17_presentielijst_toolbox_scan", """
# Presentielijst toolboxmeeting asbest
Gebr. Hofstede Sloopwerken B.V. - 23 februari 2026 - onderwerp: werken na stillegging
| Naam | Functie | Handtekening |
| [[Dariusz Wiśniewski]] | DAV | ~ |
| [[Jürgen Höfer]] | DAV | ~ |
| [[Marco Tijink]] | sloper | ~ |
| [[Kees-Jan Wolters]] | DTA | ~ |
~ [[D. Wiśniewski]]  [[J. Höfer]]  [[M. Tijink]]
~ gegeven door: [[R. Bolhuis]], projectleider
""", kind="scan", producer="Xerox WorkCentre 7845", creator="Xerox WorkCentre 7845", author="", rot=0.5))
