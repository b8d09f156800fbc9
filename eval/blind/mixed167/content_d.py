from engine import Doc

DOCS = []
A = DOCS.append

A(Doc("as27_brief_ouders", """
{{Stichting Kindkracht Drenthe}} | {{OBS Jan Ligthart}}

Aan de ouders en verzorgers van de leerlingen van {{OBS Jan Ligthart}}
{{Havelte}}, 23 februari 2026

Beste ouders en verzorgers,

Zoals u misschien al hebt gehoord, is bij de sloop van ons oude schoolgebouw aan de {{Van Helomaweg}} asbest gevonden. Het ging om platen van de oude fietsenstalling. De sloop is direct stilgelegd door de {{RUD Drenthe}}. De kinderen zijn daar niet geweest: het terrein is al sinds de zomer afgesloten met bouwhekken.

Uit voorzorg spelen de kinderen tot de uitslag van een meting op het plein aan de voorkant van de noodlokalen. De {{GGD Drenthe}} schat het risico als zeer klein in.

Op donderdag 5 maart om 19.30 uur is er een ouderavond in het speellokaal. {{wethouder Dijkstra|PUBLIC_OFFICIAL}} van de {{gemeente Westerveld}}, een arts van de {{GGD Drenthe}} en een toezichthouder van de {{RUD Drenthe}} beantwoorden uw vragen.

Heeft u nu al vragen? Mail dan naar {{info.janligthart@kindkrachtdrenthe.nl}} of bel de school: {{0521 - 34 12 60}}.

Met vriendelijke groet,

[[Marjolein Eshuis]], directeur {{OBS Jan Ligthart}}
[[Leonie Wassink]], bestuurder {{Stichting Kindkracht Drenthe}}
""", kind="docx", author="Eshuis, Marjolein"))

A(Doc("as28_brief_omwonenden", """
{{gemeente Westerveld}}
Postbus 50, 7970 AB {{Havelte}} | {{14 0521}} | {{www.gemeentewesterveld.nl}}

Aan de bewoners van de {{Schoolstraat}}, de {{Van Helomaweg}} en de {{Eursingerweg|LOC}}
{{Havelte}}, 2 maart 2026
Ons kenmerk: {{UIT-WV-2026-00412|REF}}

Onderwerp: asbest bij sloop oude schoolgebouw

Beste bewoner,

Bij de sloop van het voormalige gebouw van {{OBS Jan Ligthart}} is asbest aangetroffen dat vooraf niet bekend was. Sommige van u hebben gezien dat er platen in een open container lagen. Wij begrijpen dat dit vragen oproept.

Wat is er gebeurd? De {{RUD Drenthe}} heeft het werk op 19 februari stilgelegd. De container is afgesloten en afgevoerd. Metingen buiten het werkterrein hebben geen asbestvezels aangetoond.

Wat gebeurt er nu? Het lokalenblok wordt vanaf 16 maart gesaneerd in een afgesloten ruimte (containment) onder toezicht van de {{RUD Drenthe}}. U kunt daar niets van merken, behalve bouwverkeer via de {{Eursingerweg|LOC}}.

Heeft u vragen over uw gezondheid? Neem contact op met de {{GGD Drenthe}}, {{088 - 246 02 46}}. Andere vragen: {{asbest@westerveld.nl}}.

Met vriendelijke groet,

{{wethouder Dijkstra|PUBLIC_OFFICIAL}}
wethouder vastgoed en onderwijs
""", font="dejavu", producer="Aspose.Words for .NET 24.2.0", creator="Aspose", author="Zuidema, E.",
    hidden=[("metadata", "PERSON", "Zuidema, E.")]))

A(Doc("as29_mail_arbeidsinspectie", """
Van: [[Hek, Thijs van 't]] <[[t.vanthek@rud-drenthe.nl]]>
Verzonden: maandag 23 februari 2026 10:21
Aan: {{meldingen@nlarbeidsinspectie.nl}}
CC: [[Oosterveld-Kamps, Mirjam]] <[[m.oosterveld@rud-drenthe.nl]]>
Onderwerp: signaal: asbestverwijdering zonder DAV, sloop {{Havelte}} ({{Z-2026-04417}})

Geachte collega's,

Hierbij een signaal over asbestverwijdering door een niet-gecertificeerde werknemer bij {{Gebr. Hofstede Sloopwerken}} B.V. (KvK {{04031972|REF}}), locatie {{Van Helomaweg}} 8 in {{Havelte}}, op 18 februari 2026. Het gaat om de heer [[M. Tijink]], geboren [[03-11-1997|DATE_OF_BIRTH]], woonachtig te [[Nijeveen]]. De {{DTA|TERM}} ([[K.J. Wolters]]) was niet aanwezig.

Het toezichtrapport en het laboratoriumrapport {{LAB-26-0419|REF}} zijn bijgevoegd. Onze contactpersoon voor de {{Nederlandse Arbeidsinspectie}} is [[Mirjam]]; zelf ben ik vanaf woensdag met verlof.

Met vriendelijke groet,

[[Thijs van 't Hek]]
toezichthouder / beoordelaar meldingen | {{RUD Drenthe}}
T [[0592 75 22 06]] (ma-do)

---

Van: {{meldingen@nlarbeidsinspectie.nl}}
Verzonden: maandag 23 februari 2026 10:22
Onderwerp: Automatisch antwoord: signaal asbest

Uw melding is ontvangen onder nummer {{NLA-2026-0230187|REF}}. U ontvangt binnen tien werkdagen bericht. Bij spoed: {{0800 - 5151|PHONE_PUBLIC}}.
""", producer="Microsoft Outlook for Microsoft 365 (16.0.17628)", creator="Microsoft Outlook", author=""))

A(Doc("as30_projectoverleg", """
# Verslag projectoverleg sanering lokalenblok
Datum: 12 maart 2026, bouwkeet {{Van Helomaweg}} 8 | Verslag: [[Ruud Bolhuis]]

Aanwezig: [[R. Bolhuis]] en [[K.J. Wolters]] ({{Gebr. Hofstede Sloopwerken}}), [[E. Zuidema]] ({{gemeente Westerveld}}), [[H. Veldkamp]] (sloopadviseur), [[F. Bakker-Nijenhuis]] ({{Asbestinventarisatie Noord}}), [[M. Oosterveld-Kamps]] ({{RUD Drenthe}}, deels)

1. Aanvullende inventarisatie {{AIN-2025-1187|REF}}-A1 is goedgekeurd. Nieuwe sloopmelding ingediend op 9 maart onder {{OLO-9920114|REF}}.
2. Containment kruipruimte wordt opgebouwd op 16 maart; onderdruk volgens {{SMA-rt|TERM}}. Eindcontrole door {{Asbestlab Zwolle}}.
3. [[Veldkamp]] adviseert de vensterbanken (bron B-09) vooraf te verwijderen om stofvorming in de containment te beperken. Akkoord.
4. [[Mevrouw Oosterveld]] wijst op de meldplicht bij afwijkingen: binnen één werkdag in het {{LAVS}} en telefonisch aan de toezichthouder.
5. Communicatie: bouwhek krijgt een bord met {{14 0521}} en {{asbest@westerveld.nl}}. Geen persoonlijke telefoonnummers op het bord.

Actiepunten: [[RB]] planning ploeg; [[KJW]] werkplan containment; [[EZ]] bewonersbrief fase 2; [[HV]] toets werkplan.
Volgend overleg: 19 maart 2026, 08:00 uur.
""", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Ruud Bolhuis"))

A(Doc("as31_woo_besluit", """
{{Regionale Uitvoeringsdienst Drenthe}}

[[De heer R. Koopmans]]
[[Molenstraat 27]]
[[7971 BK]] {{Havelte}}

Datum: 21 april 2026
Kenmerk: {{WOO-RUD-2026-031}}
Onderwerp: besluit op uw Woo-verzoek over asbest bij de sloop van {{OBS Jan Ligthart}}

Geachte heer [[Koopmans]],

Op 12 maart 2026 heeft u gevraagd om openbaarmaking van documenten over de sloop van de voormalige {{OBS Jan Ligthart}} in {{Havelte}}. Bij brief van 8 april 2026 hebben wij de beslistermijn met twee weken verdaagd. Met deze brief beslissen wij op uw verzoek.

## 1. Besluit
Wij maken de documenten op de inventarislijst (bijlage 1) gedeeltelijk openbaar. Van 33 documenten worden er 8 volledig en 25 gedeeltelijk openbaar gemaakt. Geen document wordt geheel geweigerd.

## 2. Zienswijzen
{{Gebr. Hofstede Sloopwerken}}, {{Asbestinventarisatie Noord}} en {{Stichting Kindkracht Drenthe}} zijn in de gelegenheid gesteld een zienswijze te geven. {{Gebr. Hofstede Sloopwerken}} heeft gevraagd de WhatsApp-berichten niet openbaar te maken. Wij volgen dat niet: het gaat om berichten die zij zelf bij de zienswijze hebben overgelegd en die de uitvoering van het werk betreffen. De namen en telefoonnummers in die berichten maken wij wel onleesbaar.

## 3. Weigeringsgronden
Persoonsgegevens (artikel 5.1, tweede lid, onder e, {{Woo}}). Namen, e-mailadressen, telefoonnummers, handtekeningen en paraven van medewerkers van de {{RUD Drenthe}}, de gemeente, de provincie en betrokken bedrijven maken wij niet openbaar. Dat geldt ook voor de gegevens van omwonenden, ouders en de sole trader sloopadviseur (zoals zijn bankrekeningnummer en woonadres). De namen van de burgemeester, de wethouder, de gedeputeerde en het raadslid die in hun functie optreden, maken wij wel openbaar.
---
Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, {{Woo}}). Gegevens over de gezondheid van omwonenden en hun familieleden maken wij niet openbaar.

Identificatienummers (artikel 5.1, eerste lid, onder e, {{Woo}}). Persoonscertificaatnummers en personeelsnummers maken wij niet openbaar.

## 4. Wijze van openbaarmaking
De documenten worden geplaatst op {{open.overheid.nl}}. Met dit besluit ontvangt u ook de documenten.

## Informatie die niet openbaar gemaakt kan worden
Zie paragraaf 3 en de inventarislijst.

## Motivering
In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.

Hoogachtend,

namens het college van burgemeester en wethouders van {{Westerveld}},
de directeur van de {{RUD Drenthe}},
namens deze,

[[mr. drs. G.H. Lubbers-Oostra]]
manager Juridische Zaken

Bezwaar: binnen zes weken bij het college van burgemeester en wethouders van {{Westerveld}}, Postbus 50, 7970 AB {{Havelte}}.
""", kind="docx", author="Lubbers-Oostra, Gea", hidden=[("metadata", "PERSON", "Lubbers-Oostra, Gea")]))

A(Doc("as32_inventarislijst", """
# Bijlage 1 - Inventarislijst Woo-besluit {{WOO-RUD-2026-031}}
| Nr | Document | Datum | Beoordeling | Grond | Toelichting |
| 1 | Woo-verzoek | 12-03-2026 | deels openbaar | 5.1.2e | persoonsgegevens verzoeker |
| 2 | Ontvangstbevestiging | 16-03-2026 | deels openbaar | 5.1.2e | |
| 3 | Meldingsformulier {{KL-2026-00873}} | 19-02-2026 | deels openbaar | 5.1.2e | gegevens melder |
| 4 | E-mailwisseling klacht | 19-02-2026 | deels openbaar | 5.1.2e | |
| 5 | Teams-chat toezichthouders | 20/27-02-2026 | deels openbaar | 5.1.2e | |
| 6 | Toezichtrapport | 23-02-2026 | deels openbaar | 5.1.2e, 5.1.1e | certificaatnummers |
| 7 | Aanvulling inventarisatierapport {{AIN-2025-1187|REF}}-A1 | 25-02-2026 | deels openbaar | 5.1.2e, 5.1.1e | |
| 8 | Analyserapport {{LAB-26-0419|REF}} | 20-02-2026 | deels openbaar | 5.1.2e | |
| 9 | Ontvangstbevestiging melding {{OLO-9918273|REF}} | 05-01-2026 | deels openbaar | 5.1.2e | |
| 10 | Last onder dwangsom | 02-03-2026 | deels openbaar | 5.1.2e | |
| 11 | E-mails schoolbestuur | 20/23-02-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 12 | E-mail MR | 24-02-2026 | deels openbaar | 5.1.2e | |
| 13 | Verslag overleg | 26-02-2026 | deels openbaar | 5.1.2e | |
| 14 | Factuur sloopadviseur {{2026-014|REF}} | 06-03-2026 | deels openbaar | 5.1.2e | IBAN, KvK, adres |
| 15 | Logboek bouwplaats (scan) | 09/20-02-2026 | deels openbaar | 5.1.2e | handschrift |
| 16 | Brief omwonende (scan) | 22-02-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 17 | Presentielijst toolbox (scan) | 23-02-2026 | deels openbaar | 5.1.2e | handtekeningen |
| 18 | Brief gedeputeerde {{PD-2026-118807|REF}} | 04-03-2026 | deels openbaar | 5.1.2e | |
| 19 | Persverklaring | 27-02-2026 | openbaar | - | reeds openbaar |
| 20 | Beslisnota {{NOTA-2026-077|REF}} | 09-03-2026 | deels openbaar | 5.1.2e | |
| 21 | WhatsApp-export | 17/19-02-2026 | deels openbaar | 5.1.2e | |
| 22 | Vrijgavemeting {{VM-26-0077|REF}} | 03-03-2026 | deels openbaar | 5.1.2e | |
| 23 | Raadsvragen en antwoorden | 17-03-2026 | openbaar | - | reeds openbaar |
| 24 | E-mail GGD | 24-02-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 25 | Ploegindeling | week 11-12 | deels openbaar | 5.1.2e, 5.1.1e | |
| 26 | Memo juridische zaken | 27-02-2026 | deels openbaar | 5.1.2e | |
| 27 | Brief ouders | 23-02-2026 | deels openbaar | 5.1.2e | |
| 28 | Brief omwonenden | 02-03-2026 | openbaar | - | |
| 29 | E-mail {{Nederlandse Arbeidsinspectie}} | 23-02-2026 | deels openbaar | 5.1.2e | |
| 30 | Verslag projectoverleg | 12-03-2026 | deels openbaar | 5.1.2e | |
| 31 | Planning en contactlijst | 10-03-2026 | deels openbaar | 5.1.2e | |
""", size=8.5, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", author="Brinkman, A.",
    hidden=[("metadata", "PERSON", "Brinkman, A.")]))

A(Doc("as33_contactlijst", """
# Planning sanering en contactlijst calamiteiten
Project {{OBS Jan Ligthart}}, {{Van Helomaweg}} 8, {{Havelte}} - versie 10 maart 2026

| Naam en rol | Telefoon en e-mail |
| [[Esther Zuidema]], opdrachtgever, {{gemeente Westerveld}} | [[06-12 09 44 81]], [[e.zuidema@westerveld.nl]] |
| [[Ruud Bolhuis]], projectleider sloop, {{Gebr. Hofstede Sloopwerken}} | [[06-41 27 88 13]], [[r.bolhuis@hofstede-sloop.nl]] |
| [[Kees-Jan Wolters]], DTA, {{Gebr. Hofstede Sloopwerken}} | [[06-51 08 23 47]], [[kj.wolters@hofstede-sloop.nl]] |
| [[Mirjam Oosterveld-Kamps]], toezicht, {{RUD Drenthe}} | [[06 - 10 93 57 22]], [[m.oosterveld@rud-drenthe.nl]] |
| [[Harm Veldkamp]], sloopadviseur (eenmanszaak) | [[06-22 71 39 05]], [[harm@sloopadviesveldkamp.nl]] |
| [[Marjolein Eshuis]], directeur {{OBS Jan Ligthart}} | {{0521 - 34 12 60}}, [[directie.janligthart@kindkrachtdrenthe.nl]] |
| meldkamer {{Asbestlab Zwolle}} | {{038 - 421 77 00}}, {{lab@asbestlabzwolle.nl}} |
| piketdienst {{RUD Drenthe}} | {{0592 - 75 20 00}}, {{meldingen@rud-drenthe.nl}} |

Planning
| Week | Werkzaamheid | Verantwoordelijk |
| 11 | opbouw containment kruipruimte, vensterbanken B-09 | [[KJW]] |
| 12 | sanering isolatie B-10 onder containment | [[KJW]] / [[RB]] |
| 13 | eindcontrole en vrijgave {{Asbestlab Zwolle}} | [[EZ]] |
| 14 | sloop lokalenblok, afvoer puin | [[RB]] |

Bij calamiteiten altijd eerst {{112}} bellen, daarna de piketdienst van de {{RUD Drenthe}}.
""", kind="docx", author="", size=9))
