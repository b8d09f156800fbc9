from engine import Doc

DOCS = []
A = DOCS.append

A(Doc("as18_brief_gedeputeerde", """
{{Provincie Drenthe}}
Westerbrink 1, Assen | {{post@drenthe.nl}} | {{0592 - 36 55 55}}

Aan het college van burgemeester en wethouders van de {{gemeente Westerveld}}
Postbus 50
7970 AB {{Havelte}}

Assen, 4 maart 2026
Kenmerk: {{PD-2026-118807|REF}}
Behandeld door: [[W. Scholten-Pals]], telefoon [[0592 - 36 58 14]], e-mail [[w.scholtenpals@drenthe.nl]]
Onderwerp: asbest bij sloop {{OBS Jan Ligthart}}, interbestuurlijk toezicht

Geacht college,

Via de berichtgeving in de media en het overleg van 26 februari jl. zijn wij geïnformeerd over het asbest dat bij de sloop van de voormalige {{OBS Jan Ligthart}} in {{Havelte}} is aangetroffen. Als provincie houden wij interbestuurlijk toezicht op de uitvoering van de VTH-taken door gemeenten. De {{RUD Drenthe}} voert deze taken voor u uit.

Wij hebben waardering voor het snelle optreden van de toezichthouders van de {{RUD Drenthe}}. Tegelijk roept de casus vragen op over de beoordeling van sloopmeldingen waarin delen van een gebouw als "niet onderzocht" staan. Wij vragen u ons vóór 1 mei 2026 te informeren over:
1. de maatregelen om te voorkomen dat een sloopmelding met een onvolledige inventarisatie als volledig wordt aangemerkt;
2. de afspraken met de {{RUD Drenthe}} over de termijn waarbinnen na een klacht een controle plaatsvindt;
3. de communicatie met omwonenden en ouders.

Wij bespreken dit onderwerp in het eerstvolgende bestuurlijk overleg {{VTH Drenthe|ORG}}. Een afschrift van deze brief gaat naar de directeur van de {{RUD Drenthe}} en naar {{Provinciale Staten van Drenthe}}.

Hoogachtend,

Gedeputeerde Staten van Drenthe,
namens dezen,

{{T. Haaksma|PUBLIC_OFFICIAL}}
gedeputeerde Omgevingsveiligheid en Handhaving
""", font="times", producer="Nitro Pro 13 (13.70.2.40)", creator="Microsoft® Word 2019", author="Scholten-Pals, W.",
    hidden=[]))

A(Doc("as19_persverklaring", """
# Persverklaring burgemeester van Westerveld over asbest bij sloop oude schoolgebouw Havelte

{{Havelte}}, 27 februari 2026

Bij de sloop van het voormalige gebouw van {{OBS Jan Ligthart}} aan de {{Van Helomaweg}} in {{Havelte}} is asbest aangetroffen dat niet in het asbestinventarisatierapport stond. De {{RUD Drenthe}} heeft het werk op 19 februari stilgelegd.

{{burgemeester Roelofs-Brink|PUBLIC_OFFICIAL}}: "Als gemeente zijn wij opdrachtgever van deze sloop. Dat dit is misgegaan, vind ik ernstig. Ik begrijp de zorgen van ouders en omwonenden heel goed. De veiligheid van de kinderen staat voorop. Daarom laten we het schoolplein meten voordat de kinderen weer buiten spelen."

Metingen van een geaccrediteerd laboratorium hebben buiten het afgezette werkgebied geen asbestvezels aangetoond. De {{GGD Drenthe}} schat het gezondheidsrisico voor omwonenden en kinderen als zeer klein in.

{{wethouder Dijkstra|PUBLIC_OFFICIAL}} gaat op 5 maart met ouders in gesprek tijdens een ouderavond in de noodlokalen. Omwonenden ontvangen een brief.

De {{RUD Drenthe}} onderzoekt hoe het asbest buiten de inventarisatie kon blijven en treedt op tegen de sloper. Daarover doet de gemeente geen verdere mededelingen zolang de procedure loopt.

Voor vragen van omwonenden: {{14 0521}} of {{asbest@westerveld.nl}}.
Noot voor de redactie: voor vragen kunt u contact opnemen met de woordvoerder van de gemeente via {{pers@westerveld.nl}}.
""", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365", author="Kim Lanting",
    xmp="Kim Lanting", hidden=[("metadata", "PERSON", "Kim Lanting")]))

A(Doc("as20_beslisnota", """
# Beslisnota directie {{RUD Drenthe}}

| Aan | directeur {{RUD Drenthe}} |
| Van | team {{Toezicht Bouw en Sloop}} |
| Datum | 9 maart 2026 |
| Kenmerk | {{Z-2026-04417}} / {{NOTA-2026-077|REF}} |
| Contactpersoon | [[Ingrid ter Borg]], [[i.terborg@rud-drenthe.nl]], [[06 - 30 72 18 55]] |
| Onderwerp | vervolg handhaving asbest {{Havelte}} en verbetering beoordeling sloopmeldingen |

## Aanleiding
Bij de sloop van de voormalige {{OBS Jan Ligthart}} is asbest verwijderd dat niet was geïnventariseerd. De melding was op 14 januari 2026 als volledig beoordeeld, hoewel het inventarisatierapport het lokalenblok als "niet onderzocht" aanmerkte. De {{Provincie Drenthe}} vraagt om informatie (brief {{PD-2026-118807|REF}}).

## Geadviseerd besluit
Aan de directeur wordt gevraagd:
1. in te stemmen met een last onder dwangsom (verzonden 2 maart 2026) en bij overtreding te innen;
2. in te stemmen met een melding van {{Asbestinventarisatie Noord}} bij certificerende instelling {{Ascert|ORG}};
3. opdracht te geven de werkinstructie sloopmeldingen aan te passen: een melding met "niet onderzochte" delen wordt niet als volledig aangemerkt.

## Kern
- Toezichthouders hebben binnen acht uur na de klacht gecontroleerd en het werk stilgelegd.
- De beoordelaar van de melding ([[T. van 't Hek]]) heeft de werkinstructie gevolgd; de werkinstructie schiet tekort.
- Het risico voor omwonenden is volgens de {{GGD Drenthe}} zeer klein.
---
## Krachtenveld
{{gedeputeerde Haaksma|PUBLIC_OFFICIAL}} volgt de zaak vanuit het interbestuurlijk toezicht. {{Gebr. Hofstede Sloopwerken}} heeft aangekondigd bezwaar te maken. De media (onder meer de {{Meppeler Courant|ORG}} en {{RTV Drenthe|ORG}}) berichten over de zaak.

## Paraaf
| Naam | Functie | Paraaf | Datum |
| [[Ingrid ter Borg]] | teamleider | [[ItB]] | 9-3-2026 |
| [[mr. H. Smeenge]] | jurist | [[HS]] | 9-3-2026 |
| [[R. Mahabier]] | afdelingshoofd | [[RM]] | 10-3-2026 |

## Informatie die niet openbaar gemaakt kan worden
Bij openbaarmaking worden persoonsgegevens van medewerkers, van medewerkers van betrokken bedrijven en van omwonenden weggelakt.

## Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd (artikel 5.1, tweede lid, onder e, {{Woo}}).
""", size=9.5, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365", author="RUD Drenthe",
    outline=[("Beslisnota - concept Ingrid ter Borg", 0), ("Opmerkingen Rajesh Mahabier", 0), ("Paraaf", 1)],
    hidden=[("outline", "PERSON", "Rajesh Mahabier")]))

A(Doc("as21_whatsapp", """
# WhatsApp-chat met [[Kees-Jan]] DTA
(export overgelegd door {{Gebr. Hofstede Sloopwerken}} bij de zienswijze van 25 februari 2026)

[17-02-26 16:02] [[Ruud Bolhuis]]: kj morgen ben jij in steenwijk toch
[17-02-26 16:05] [[Kees-Jan Wolters]]: Ja hele dag. Hoofdgebouw Havelte is klaar, eindinspectie gedaan
[17-02-26 16:06] [[Ruud Bolhuis]]: [[Marco]] wil morgen het fietsenhok doen, dat zat niet in de inventarisatie
[17-02-26 16:11] [[Kees-Jan Wolters]]: Niet doen zonder dat ik het gezien heb. Die platen zijn van voor 1993
[17-02-26 16:12] [[Ruud Bolhuis]]: 👍 ik zeg het hem
[18-02-26 12:40] [[Ruud Bolhuis]]: foto.jpg (weggelaten)
[18-02-26 12:41] [[Ruud Bolhuis]]: shit, ze zijn toch bezig geweest
[18-02-26 12:55] [[Kees-Jan Wolters]]: Container dicht en nat houden. Ik bel [[Femke]] van AI Noord
[19-02-26 08:15] [[Kees-Jan Wolters]]: Nummer van die toezichthouder? [[Youssef]]?
[19-02-26 08:16] [[Ruud Bolhuis]]: [[06 - 29 40 17 63]] staat op zn kaartje
[19-02-26 08:30] [[Ruud Bolhuis]]: en [[Wiśniewski]] wil weten of hij morgen moet komen
[19-02-26 08:31] [[Kees-Jan Wolters]]: nee. alles stil tot de {{RUD|ORG}} akkoord geeft
""", font="dejavu", producer="Skia/PDF m122", creator="WhatsApp", author=""))

A(Doc("as22_vrijgavemeting", """
# Rapport vrijgavemeting asbest na sanering
{{Asbestlab Zwolle}} B.V. | {{L 641|REF}} | rapport {{VM-26-0077|REF}}

Locatie: {{Van Helomaweg}} 8, {{Havelte}}; schoolplein en zandbak noodlokalen {{OBS Jan Ligthart}}
Opdrachtgever: {{gemeente Westerveld}}
Datum meting: 3 maart 2026
Methode: {{NEN 2990|REF}} visuele inspectie en luchtmeting; aanvullend kleefmonsters

| Meetpunt | Omschrijving | Resultaat | Norm |
| LM-1 | schoolplein bij hek | < 2.000 vezels/m³ | 2.000 |
| LM-2 | zandbak | < 2.000 vezels/m³ | 2.000 |
| LM-3 | ingang noodlokaal groep 5-6 | < 2.000 vezels/m³ | 2.000 |
| KM-1 | kleefmonster vensterbank noodlokaal | niet aangetoond | - |

Conclusie: het schoolplein en de noodlokalen zijn vrijgegeven voor gebruik.

Vrijgave uitgevoerd door: [[Mark Tuinstra]], deskundig vrijgavemeter
Gecontroleerd door: [[ing. P.J. Vrielink]]
""", producer="Adobe PDF Library 17.11", creator="Adobe Acrobat Pro (64-bit) 24.1", author="Asbestlab Zwolle",
    notes=[("Oosterveld-Kamps, Mirjam", "Gecontroleerd, akkoord. Doorzetten naar Esther Zuidema voor de ouderavond.", 0),
           ("Lanting, Kim", "Mag ik LM-3 noemen op de ouderavond? Bel me even: 06-47 19 83 26", 0)],
    hidden=[("annotations", "PERSON", "Oosterveld-Kamps, Mirjam"), ("annotations", "PERSON", "Esther Zuidema"),
            ("annotations", "PERSON", "Lanting, Kim"), ("annotations", "PHONE", "06-47 19 83 26")]))

A(Doc("as23_raadsvragen", """
# Schriftelijke vragen ex artikel 40 Reglement van orde
Fractie {{GroenLinks-PvdA|ORG}} Westerveld | ingediend 27 februari 2026 door {{raadslid Anouk Kroeze|PUBLIC_OFFICIAL}}

Onderwerp: asbest bij sloop {{OBS Jan Ligthart}}

1. Klopt het dat het lokalenblok bij de asbestinventarisatie niet is onderzocht omdat het "in gebruik" was?
2. Wie heeft namens de gemeente verklaard dat het lokalenblok buiten de sloop viel?
3. Waarom zijn ouders pas vier dagen na de stillegging geïnformeerd?
4. Welke kosten verwacht het college en wie draagt die?

## Antwoorden van het college (verzonden 17 maart 2026)

Ad 1. Ja. Het inventarisatiebureau heeft het lokalenblok in oktober 2025 niet destructief onderzocht, omdat de school het blok nog gebruikte als opslag. Dat had bij de voorbereiding van de sloop opnieuw moeten worden bekeken.

Ad 2. Bij de opdrachtverlening is uitgegaan van een sloop in twee fasen. Die informatie is bij de melding niet goed doorgegeven. Het college neemt daarvoor de verantwoordelijkheid; het gaat niet om één medewerker.

Ad 3. De school is op 20 februari geïnformeerd; de brief aan ouders is op 23 februari verzonden. Het college had dit sneller gewild.

Ad 4. De extra kosten (aanvullende inventarisatie, metingen, advies en sanering onder containment) worden geraamd op € 86.000. Het college onderzoekt of deze kosten op het inventarisatiebureau of de sloper kunnen worden verhaald.

{{burgemeester Roelofs-Brink|PUBLIC_OFFICIAL}} en {{wethouder Dijkstra|PUBLIC_OFFICIAL}} hebben de raad daarnaast op 10 maart mondeling geïnformeerd.

De secretaris, [[drs. M.A. Kuipers]]
De burgemeester, {{burgemeester Roelofs-Brink|PUBLIC_OFFICIAL}}
""", kind="docx", author="Griffie Westerveld"))

A(Doc("as24_mail_ggd", """
Van: [[Brouwer, Joost]] <[[j.brouwer@ggddrenthe.nl]]>
Verzonden: dinsdag 24 februari 2026 11:37
Aan: [[Borg, Ingrid ter]] <[[i.terborg@rud-drenthe.nl]]>
CC: {{mmk@ggddrenthe.nl}}
Onderwerp: RE: asbest {{Havelte}} - advies medische milieukunde

Beste [[Ingrid]],

Dank voor de informatie. Op basis van de meetgegevens ({{LAB-26-0419|REF}} en de indicatieve luchtmeting) schatten wij het extra risico voor omwonenden en kinderen als zeer klein in. Bij {{amosiet|TERM}} is terughoudendheid wel op zijn plaats; daarom adviseren wij een vrijgavemeting op het schoolplein.

De buurvrouw die belde ([[mevrouw Hulshof-Ensing]]) heb ik gesproken. Haar kleindochter [[Lotte]] ([[12-06-2019|DATE_OF_BIRTH]]) is onder behandeling voor [[astma|HEALTH]]; ik heb uitgelegd dat kortdurende blootstelling geen reden is voor extra onderzoek. Ook de heer [[Mulder]] heeft contact gehad; zijn echtgenote ligt met een longontsteking in het {{Isala|ORG}} in Meppel, wat los staat van het asbest.

Met vriendelijke groet,
[[dr. J.W. Brouwer]], arts medische milieukunde
{{GGD Drenthe}} | {{088 - 246 02 46}}
""", producer="Microsoft Outlook for Microsoft 365 (16.0.17628)", creator="Microsoft Outlook", author=""))

A(Doc("as25_ploegrooster", """
# Ploegindeling sanering lokalenblok (risicoklasse 3, containment)
{{Gebr. Hofstede Sloopwerken}} B.V. | werknummer {{HS-2026-017|REF}} | week 11-12 2026

| Pers.nr | Naam | Functie | Certificaat | Mobiel |
| [[40117]] | [[Kees-Jan Wolters]] | DTA | [[DTA-16-04482]] | [[06-51 08 23 47]] |
| [[40209]] | [[Dariusz Wiśniewski]] | DAV | [[DAV-19-88213]] | [[+48 601 224 918]] |
| [[40233]] | [[Jürgen Höfer]] | DAV | [[DAV-21-10457]] | [[+49 160 9127 4410]] |
| [[40251]] | [[Ahmet Kaya]] | DAV | [[DAV-23-20314]] | [[0031 6 18 74 20 93]] |
| [[40260]] | [[Niels ter Haar]] | DAV | [[DAV-24-00871]] | [[+31 (0)6 27 45 88 10]] |

Reserve: [[Wiśniewski]] en [[Kaya]] wisselen in week 12 met de ploeg in Zwolle.
Projectleider: [[R. Bolhuis]], [[r.bolhuis@hofstede-sloop.nl]], [[06-41 27 88 13]] (kantoor {{0522 - 24 81 00}})

Let op: [[Marco Tijink]] is tot nader order niet inzetbaar op asbestprojecten.
Veiligheid: adembescherming P3 met aanblaasunit, {{decontaminatie-unit|TERM}} bij de ingang van de containment, dagelijkse registratie in het {{LAVS}}.
""", size=9, font="dejavu", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", author="planning Hofstede"))

A(Doc("as26_memo_jurist", """
# Memo
Aan: team {{Toezicht Bouw en Sloop}}
Van: team Juridische Zaken
Datum: 27 februari 2026
Onderwerp: keuze handhavingsinstrument sloop {{Havelte}} ({{Z-2026-04417}})

1. De stillegging op 19 februari was een feitelijke handeling; het stilleggingsbevel moet alsnog schriftelijk worden bevestigd.
2. Voor de afvoer van het materiaal en de vrijgavemeting past een last onder dwangsom beter dan bestuursdwang, omdat de sloper gecertificeerd is en kan handelen.
3. Een bestuurlijke boete is voor deze overtreding onder de {{Omgevingswet}} niet mogelijk. De {{Nederlandse Arbeidsinspectie}} kan wel een boete opleggen op grond van het {{Arbobesluit}} (werken zonder DAV).
4. De zienswijze van [[de heer Bolhuis]] overtuigt niet: de werkgever is verantwoordelijk voor de werknemer.
5. Het inventarisatiebureau valt niet onder ons gezag; een melding bij {{Ascert|ORG}} ligt voor de hand.

De conceptbeschikking is bijgevoegd. Ik hoor graag uiterlijk maandag of [[Ingrid]] akkoord is.

[[HS]]
""", producer="LibreOffice 7.6", creator="Writer", author="", xmp="Hennie Smeenge", font="times",
    hidden=[("metadata", "PERSON", "Hennie Smeenge")]))
