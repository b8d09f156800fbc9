from engine import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []
A = DOCS.append

A(Doc("as01_woo_verzoek", """
[[Rens Koopmans]]
[[Molenstraat 27]]
[[7971 BK]] {{Havelte}}
[[r.koopmans@freelancepers.nl]] / [[06-38 51 27 94]]

Aan: {{Regionale Uitvoeringsdienst Drenthe}}, t.a.v. de Woo-coördinator
Per e-mail: {{woo@rud-drenthe.nl}}

{{Havelte}}, 12 maart 2026

# Verzoek op grond van de Wet open overheid

Geachte heer, mevrouw,

Op grond van de {{Wet open overheid}} ({{Woo}}) verzoek ik u om openbaarmaking van alle documenten over de sloop van de voormalige {{OBS Jan Ligthart}} aan de {{Van Helomaweg}} 8 in {{Havelte}}, waarbij in februari 2026 asbest is aangetroffen dat niet in de asbestinventarisatie stond.

Het gaat mij in het bijzonder om:
1. de sloopmelding en de beoordeling daarvan door de {{RUD Drenthe}} (zaak {{Z-2026-04417}});
2. het asbestinventarisatierapport en de laboratoriumrapporten;
3. de toezichtrapporten, het logboek van de bouwplaats en de interne berichten van de toezichthouders;
4. de stillegging van het werk en de last onder dwangsom aan {{Gebr. Hofstede Sloopwerken}};
5. de correspondentie met {{Stichting Kindkracht Drenthe}}, de medezeggenschapsraad en omwonenden;
6. de communicatie van de {{gemeente Westerveld}} en de {{Provincie Drenthe}}.

De periode is 1 oktober 2025 tot en met de datum van dit verzoek. Ik ben freelance journalist en schrijf voor de {{Meppeler Courant|ORG}}.

Met vriendelijke groet,

[[R. Koopmans]]
""", producer="Microsoft® Word voor Microsoft 365", creator=W, author="Rens Koopmans",
    hidden=[], title="Woo-verzoek asbest OBS Jan Ligthart"))

A(Doc("as02_ontvangstbevestiging", """
{{Regionale Uitvoeringsdienst Drenthe}}
Postbus 122, 9400 AC Assen | {{info@rud-drenthe.nl}} | telefoon {{0592 - 75 20 00}}

[[De heer R. Koopmans]]
[[Molenstraat 27]]
[[7971 BK]] {{Havelte}}

Datum: 16 maart 2026
Ons kenmerk: {{WOO-RUD-2026-031}}
Onderwerp: ontvangstbevestiging Woo-verzoek asbest {{OBS Jan Ligthart}}

Geachte heer [[Koopmans]],

Op 12 maart 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen. Uw verzoek gaat over de sloop van de voormalige {{OBS Jan Ligthart}} aan de {{Van Helomaweg}} in {{Havelte}}.

Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Omdat bij uw verzoek derden betrokken zijn ({{Gebr. Hofstede Sloopwerken}}, {{Asbestinventarisatie Noord}} en {{Stichting Kindkracht Drenthe}}), stellen wij hen in de gelegenheid een zienswijze te geven.

Heeft u vragen? Neem dan contact op met [[mevrouw A. Brinkman]], Woo-coördinator, via [[a.brinkman@rud-drenthe.nl]] of [[0592 - 75 21 48]]. Vermeld bij contact altijd het kenmerk {{WOO-RUD-2026-031}}.

Met vriendelijke groet,

namens de directeur van de {{RUD Drenthe}},

[[Anneloes Brinkman]]
Woo-coördinator
""", kind="docx", author="Brinkman, Anneloes", hidden=[("metadata", "PERSON", "Brinkman, Anneloes")]))

A(Doc("as03_klachtformulier", """
# Meldingsformulier milieuklacht
{{RUD Drenthe}} - klachtenlijn {{0592 - 75 20 00}} (24/7) - {{meldingen@rud-drenthe.nl}}

Registratienummer: {{KL-2026-00873}}
Ontvangen: 19 februari 2026, 07:42 uur via het webformulier
Categorie: {{asbest|TERM}} / stof van sloopwerk
Locatie: {{Van Helomaweg}} 8, {{Havelte}} (voormalige {{OBS Jan Ligthart}})

Omschrijving (overgenomen uit het formulier): Sinds maandag staat er een open container met plaatmateriaal achter het schoolgebouw. De mannen werken zonder maskers en het waait onze tuin in. Ik heb foto's gemaakt. Mijn kleinkinderen spelen hier op woensdag.

Behandeling: doorgezet naar team {{Toezicht Bouw en Sloop}} voor bezoek dezelfde dag.

Gegevens van de melder (uit het formulier):
""", author="RUD Drenthe", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Zaaksysteem RUD",
    fields=[("Naam melder", "A.M. Hulshof-Ensing"), ("Adres", "Schoolstraat 14, 7971 CJ Havelte"),
            ("Telefoon", "0521-34 71 90"), ("E-mail", "annie.hulshof@kpnmail.nl"), ("Behandelaar", "Youssef El Khatib")],
    hidden=[("annotations", "PERSON", "A.M. Hulshof-Ensing"), ("annotations", "ADDRESS", "Schoolstraat 14"),
            ("annotations", "PHONE", "0521-34 71 90"), ("annotations", "EMAIL", "annie.hulshof@kpnmail.nl"),
            ("annotations", "PERSON", "Youssef El Khatib")]))

A(Doc("as04_mail_klacht", """
Van: [[Khatib, Youssef el]] <[[y.elkhatib@rud-drenthe.nl]]>
Verzonden: donderdag 19 februari 2026 16:05
Aan: [[Oosterveld-Kamps, Mirjam]] <[[m.oosterveld@rud-drenthe.nl]]>; [[Hek, Thijs van 't]] <[[t.vanthek@rud-drenthe.nl]]>
CC: [[Borg, Ingrid ter]] <[[i.terborg@rud-drenthe.nl]]>; {{toezicht@rud-drenthe.nl}}
Onderwerp: RE: klacht {{KL-2026-00873}} sloop {{OBS Jan Ligthart}}

[[Mirjam]], [[Thijs]],

Ben vanmiddag ter plaatse geweest. Container met golfplaten stond inderdaad open achter het gebouw, niet afgedekt. Volgens [[Bolhuis]] (projectleider {{Gebr. Hofstede Sloopwerken}}) gaat het om "schoon" materiaal, maar de platen hebben het bekende {{chrysotiel|TERM}}-uiterlijk. Ik heb twee monsters laten nemen; ze liggen bij {{Asbestlab Zwolle}} onder {{M-2602-311|REF}} en {{M-2602-312|REF}}.

Het werk in het lokalenblok is mondeling stilgelegd tot de uitslag er is. Melder (mevrouw [[Hulshof]]) heb ik teruggebeld.

Groet,
[[Youssef]]

[[Youssef el Khatib]] | toezichthouder bouw en sloop | {{RUD Drenthe}}
M [[06 - 29 40 17 63]]

-----Oorspronkelijk bericht-----
Van: [[Oosterveld-Kamps, Mirjam]]
Verzonden: donderdag 19 februari 2026 08:11
Aan: [[Khatib, Youssef el]]
Onderwerp: FW: klacht {{KL-2026-00873}} sloop {{OBS Jan Ligthart}}

Hoi [[Youssef]], kun jij vandaag langs? Ik zit de hele dag in {{Emmen}} bij de {{Ascert|ORG}}-audit. Stond de sloopmelding niet op risicoklasse 2 voor alleen de kit en het vinyl? Dan klopt dit niet.

[[Mirjam]]
---
-----Oorspronkelijk bericht-----
Van: {{meldingen@rud-drenthe.nl}}
Verzonden: donderdag 19 februari 2026 07:43
Aan: {{toezicht@rud-drenthe.nl}}
Onderwerp: Nieuwe melding {{KL-2026-00873}}

Nieuwe melding via het webformulier. Categorie {{asbest|TERM}} / stof. Locatie {{Van Helomaweg}} 8, {{Havelte}}. Melder: [[A.M. Hulshof-Ensing]], tel. [[0521-34 71 90]].

Dit bericht is automatisch verstuurd door het zaaksysteem van de {{RUD Drenthe}}. Beantwoorden is niet mogelijk.

Van: [[Hek, Thijs van 't]]
Verzonden: donderdag 19 februari 2026 17:20
Aan: [[Khatib, Youssef el]]
Onderwerp: RE: klacht {{KL-2026-00873}}

Top [[Youssef]]. Ik bel morgen de {{DTA|TERM}} van Hofstede, [[Kees-Jan Wolters]] ([[06-51 08 23 47]]), en vraag het logboek op. [[Ingrid]], wil jij de jurist alvast een seintje geven over een mogelijke last onder dwangsom?

[[Thijs]]
""", font="dejavu", producer="Microsoft Outlook for Microsoft 365 (16.0.17628)", creator="Microsoft Outlook", author=""))

A(Doc("as05_teams_chat", """
# Chat: Toezicht sloop Havelte (Microsoft Teams)
Geëxporteerd op 27-02-2026 10:14 door [[m.oosterveld@rud-drenthe.nl]]

[20-02-2026 07:58] [[Mirjam Oosterveld-Kamps]]: goedemorgen allemaal, uitslag lab is binnen
[20-02-2026 07:59] [[Mirjam Oosterveld-Kamps]]: {{M-2602-311|REF}} 10-15% {{chrysotiel|TERM}}, {{M-2602-312|REF}} 2-5% {{amosiet|TERM}} 😬
[20-02-2026 08:01] [[Thijs van 't Hek]]: amosiet? dat is dus geen klasse 2 meer
[20-02-2026 08:02] [[Youssef el Khatib]]: nee. en dat stond niet in de inventarisatie van {{Asbestinventarisatie Noord}}
[20-02-2026 08:02] [[Youssef el Khatib]]: die [[Femke]] van AI Noord heeft het lokalenblok volgens mij niet eens van binnen gezien
[20-02-2026 08:04] [[Thijs van 't Hek]]: opletten met zulke uitspraken in een chat he 🙂 dit is allemaal Woo-baar
[20-02-2026 08:05] [[Mirjam Oosterveld-Kamps]]: klopt. ik leg het vast in het toezichtrapport, feitelijk
[20-02-2026 08:09] [[Ingrid ter Borg]]: Ik heb [[Hennie]] gevraagd een last onder dwangsom voor te bereiden. Stillegging blijft staan. Wie belt Hofstede?
[20-02-2026 08:10] [[Thijs van 't Hek]]: ik, heb [[Kees-Jan]] al aan de lijn gehad gisteravond
[20-02-2026 08:10] [[Thijs van 't Hek]]: hij zegt dat [[Ruud]] de container gisteren heeft laten dichtzetten
[20-02-2026 08:12] [[Youssef el Khatib]]: kan iemand de {{GGD Drenthe}} informeren? buurvrouw heeft kleinkinderen die daar spelen
[20-02-2026 08:13] [[Ingrid ter Borg]]: doe ik via de medische milieukunde, {{mmk@ggddrenthe.nl}}
---
[20-02-2026 08:31] [[Mirjam Oosterveld-Kamps]]: en de school? {{Stichting Kindkracht Drenthe}} wil vast weten of het oude plein nog veilig is, de noodlokalen staan er pal naast
[20-02-2026 08:33] [[Ingrid ter Borg]]: de gemeente ([[Esther Zuidema]], vastgoed) belt de bestuurder. wij houden het bij onze rol als bevoegd gezag-uitvoerder
[20-02-2026 09:47] [[Youssef el Khatib]]: Hofstede belt net, [[Bolhuis]] wil morgen om 8 uur een overleg op locatie
[20-02-2026 09:48] [[Mirjam Oosterveld-Kamps]]: prima, ik ga mee. [[Tijs]] jij ook?
[20-02-2026 09:48] [[Thijs van 't Hek]]: ja. neem de nieuwe meetploeg van het lab mee, dan doen we meteen een indicatieve luchtmeting
[20-02-2026 09:52] [[Youssef el Khatib]]: ik zet alles in {{LAVS}}, zaak {{Z-2026-04417}}
[23-02-2026 16:20] [[Ingrid ter Borg]]: Update: {{gedeputeerde Haaksma|PUBLIC_OFFICIAL}} heeft gebeld met onze directeur. Provincie wil een feitenrelaas. [[Mirjam]], kun jij dat voor donderdag?
[23-02-2026 16:24] [[Mirjam Oosterveld-Kamps]]: 👍 doe ik
[23-02-2026 16:30] [[Thijs van 't Hek]]: en {{burgemeester Roelofs-Brink|PUBLIC_OFFICIAL}} wil vrijdag een persverklaring. [[Kim]] van communicatie Westerveld stuurt concept
[27-02-2026 10:12] [[Mirjam Oosterveld-Kamps]]: chat geëxporteerd voor het dossier
""", font="dejavu", producer="Microsoft: Print To PDF", creator="Microsoft Teams", author=""))

A(Doc("as06_toezichtrapport", """
# Toezichtrapport bouw- en sloopactiviteit
{{Regionale Uitvoeringsdienst Drenthe}} | team {{Toezicht Bouw en Sloop}}

| Zaaknummer | {{Z-2026-04417}} |
| Locatie | {{Van Helomaweg}} 8, {{Havelte}} (voormalige {{OBS Jan Ligthart}}) |
| Initiatiefnemer | {{gemeente Westerveld}}, afdeling Vastgoed |
| Sloper / saneerder | {{Gebr. Hofstede Sloopwerken}} B.V., Meppel, certificaat {{SC-530|REF}} |
| Inventarisatiebureau | {{Asbestinventarisatie Noord}} B.V., certificaat {{SC-540|REF}} |
| Datum controles | 19, 20 en 21 februari 2026 |
| Toezichthouders | [[M. Oosterveld-Kamps]] en [[Y. el Khatib]] |

## 1. Aanleiding
Naar aanleiding van melding {{KL-2026-00873}} heeft een controle plaatsgevonden op de sloop van het lokalenblok. In de sloopmelding (ingediend via het {{Omgevingsloket}}) is uitgegaan van asbesthoudende kit en vinyl in risicoklasse 2, op basis van inventarisatierapport {{AIN-2025-1187|REF}}.

## 2. Bevindingen 19 februari 2026
Achter het gebouw stond een open container met ca. 18 m² golfplaten. Er waren drie medewerkers aan het werk zonder adembescherming. De {{DTA|TERM}} was niet aanwezig. Volgens projectleider [[R. Bolhuis]] betrof het asbestvrij plaatmateriaal. Twee monsters zijn genomen ({{M-2602-311|REF}}, {{M-2602-312|REF}}).

Aanwezige medewerkers volgens de dagstaat:
| Naam | Functie | Persoonscertificaat |
| [[Dariusz Wiśniewski]] | DAV | [[DAV-19-88213]] |
| [[Jürgen Höfer]] | DAV | [[DAV-21-10457]] |
| [[Marco Tijink]] | sloper (geen DAV) | - |
---
## 3. Bevindingen 20 en 21 februari 2026
Laboratoriumrapport {{LAB-26-0419|REF}} bevestigt {{chrysotiel|TERM}} en {{amosiet|TERM}} in de platen. Daarmee is sprake van een afwijking van het inventarisatierapport. De container is op 20 februari afgesloten; de plaats is afgezet. Een indicatieve luchtmeting op 21 februari (door [[ing. P.J. Vrielink]], {{Asbestlab Zwolle}}) gaf geen vezels boven de detectiegrens buiten het werkgebied.

De heer [[Wolters]] ({{DTA|TERM}}) verklaarde op 21 februari dat hij "op dat moment op een ander project in Steenwijk" was. Het logboek is ingezien; de laatste aantekening dateert van 17 februari.

## 4. Overtredingen
- artikel 7.40 {{Besluit activiteiten leefomgeving}}: slopen zonder dat het asbest volgens de inventarisatie is verwijderd;
- artikel 4.54b {{Besluit bouwwerken leefomgeving}}: onvolledige asbestinventarisatie;
- verwijderen door een niet-gecertificeerde medewerker (melding aan de {{Nederlandse Arbeidsinspectie}}).

## 5. Vervolg
Stillegging gehandhaafd; voornemen last onder dwangsom; aanvullende inventarisatie type B vereist; melding aan {{Ascert|ORG}} over het inventarisatiebureau.

Opgemaakt op ambtseed te Assen, 23 februari 2026.
[[M. Oosterveld-Kamps]], toezichthouder (paraaf: [[MOK]])
""", size=9.5, producer="Aspose.PDF for .NET 23.9", creator="Squit XO", author="moosterveld", font="dejavu",
    hidden=[("metadata", "PERSON", "moosterveld")]))

A(Doc("as07_inventarisatierapport", """
# Asbestinventarisatierapport type A - aanvulling
{{Asbestinventarisatie Noord}} B.V. | {{SC-540|REF}} | rapportnummer {{AIN-2025-1187|REF}}-A1

Object: voormalige {{OBS Jan Ligthart}}, {{Van Helomaweg}} 8, {{Havelte}}
Opdrachtgever: {{gemeente Westerveld}}, contactpersoon [[mw. E. Zuidema]]
Datum inventarisatie: 25 februari 2026 (aanvullend onderzoek na stillegging)
Deskundig inventariseerder asbest (DIA): [[Femke Bakker-Nijenhuis]], persoonscertificaat [[DIA-14-03361]]
Tweede inventariseerder: [[Sjoerd Bosma]], persoonscertificaat [[DIA-22-11870]]
Rapport vrijgegeven door: [[ing. H.J. de Vries]], kwaliteitsmanager

## 1. Samenvatting
Bij het oorspronkelijke onderzoek (oktober 2025) is het lokalenblok uit 1968 niet destructief onderzocht omdat het in gebruik was als opslag van de school. Bij dit aanvullende onderzoek zijn de volgende bronnen aangetroffen:

| Bron | Omschrijving | Monsternummer | Analyse | Risicoklasse |
| B-07 | golfplaten overkapping fietsenstalling | {{M-2602-311|REF}} | 10-15% {{chrysotiel|TERM}} | 2 |
| B-08 | vlakke plaat boeiboord lokalenblok | {{M-2602-312|REF}} | 2-5% {{amosiet|TERM}} | 2 |
| B-09 | vensterbanken lokaal 3 en 4 | {{M-2602-330|REF}} | 5-10% {{chrysotiel|TERM}} | 2 |
| B-10 | isolatie CV-leiding kruipruimte | {{M-2602-331|REF}} | 30-50% {{amosiet|TERM}} | 3 |
| B-11 | vloerzeil met flexplaat gang | {{M-2602-332|REF}} | niet aangetoond | - |

---
## 2. Uitgangspunten
Onderzoek volgens {{NEN 2991|REF}} en {{SC-540|REF}}. De kruipruimte (bron B-10) is alleen via het luik in lokaal 4 bereikbaar. Voor bron B-10 geldt risicoklasse 3 volgens {{SMA-rt|TERM}}; verwijdering onder volledige containment.

## 3. Verantwoording
Het oorspronkelijke rapport is opgesteld door [[F. Bakker-Nijenhuis]] en gecontroleerd door [[S. Bosma]]. De opdrachtgever heeft destijds verklaard dat het lokalenblok niet werd gesloopt; dit blijkt uit de opdrachtbevestiging van 3 oktober 2025. Die verklaring is door de {{gemeente Westerveld}} niet bevestigd.

Vragen over dit rapport: {{planning@ai-noord.nl}} of {{050 - 711 40 90}}.

[[F. Bakker-Nijenhuis]]
deskundig inventariseerder
""", size=9.5, font="times", producer="PDFpen 13.0", creator="Ascert Inventarisatiemodule", author="Femke Bakker-Nijenhuis"))

A(Doc("as08_labrapport", """
# Analyserapport asbest in materiaal
{{Asbestlab Zwolle}} B.V. - geaccrediteerd door de {{Raad voor Accreditatie}} onder {{L 641|REF}}
Rapport {{LAB-26-0419|REF}} | datum 20 februari 2026

Opdrachtgever: {{RUD Drenthe}}, t.a.v. [[dhr. Y. el Khatib]]
Projectlocatie: {{Van Helomaweg}} 8, {{Havelte}}
Monstername: 19 februari 2026 door [[Mark Tuinstra]] (monsternemer)
Analysemethode: {{NEN 5896|REF}} (stereomicroscopie en polarisatiemicroscopie)

| Monsternummer | Omschrijving | Asbestsoort | Gehalte |
| {{M-2602-311|REF}} | golfplaat grijs | {{chrysotiel|TERM}} | 10-15% |
| {{M-2602-312|REF}} | vlakke plaat boeiboord | {{amosiet|TERM}} | 2-5% |
| {{M-2602-313|REF}} | veegmonster bodem container | {{chrysotiel|TERM}} | aangetoond |

Opmerking: monster {{M-2602-313|REF}} is een indicatief veegmonster en valt niet onder de accreditatie.

Geanalyseerd door: [[ing. P.J. Vrielink]]
Geautoriseerd door: [[dr. Sevgi Aydın]], technisch manager
Dit rapport mag alleen in zijn geheel worden gereproduceerd. Contact: {{lab@asbestlabzwolle.nl}}
""", producer="Crystal Reports", font="dejavu", creator="LIMS LabVantage 8.7", author="LIMS"))
