from lib import Doc

DOCS = [
Doc("wz01_woo_verzoek", """
# Verzoek op grond van de Wet open overheid
[[P:Maarten ter Horst]]
[[A:Zuiderdiep 118]]
[[A:9521 AM Nieuw-Buinen]]
[[E:maarten.terhorst@kpnmail.nl]] / [[T:06-41 87 22 09]]

Aan: {{O:Gedeputeerde Staten van Drenthe}}, t.a.v. {{M:woo@drenthe.nl}}, Postbus 122, 9400 AC {{L:Assen}}
Datum: 2 juni 2026
Onderwerp: Woo-verzoek {{X:Windpark Hondsrug-Oost}} en {{X:Zonnepark Exloërveen Zuid}}

Geacht college,

Op grond van de {{W:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de vergunningprocedure
voor het {{X:Windpark Hondsrug-Oost}} (zeven turbines van 5,6 MW) en het {{X:Zonnepark Exloërveen Zuid}} (38 hectare) in de
gemeente {{L:Borger-Odoorn}}, vanaf 1 januari 2025. Het gaat mij in het bijzonder om:
1. de ingediende zienswijzen en de reacties daarop van {{R:gedeputeerde Kuipers}};
2. het verslag van de hoorzitting van 14 april 2026 in het {{L:Provinciehuis}};
3. de correspondentie met de gemeente {{L:Borger-Odoorn}} en met {{O:Noordwind Ontwikkeling B.V.}};
4. het akoestisch onderzoek en de stukken over slagschaduw;
5. de overeenkomsten met grondeigenaren over de turbinelocaties.

Ik woon op ongeveer 900 meter van turbine T4 en maak mij zorgen over geluid en slagschaduw. Ik ontvang de
stukken graag digitaal. Mijn mede-omwonende [[P:Femke Oldenburger]] sluit zich bij dit verzoek aan.

Met vriendelijke groet,
[[P:M. ter Horst]]
""", font="Helvetica", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365"),

Doc("wz02_ontvangstbevestiging", """
{{O:Provincie Drenthe}}
Postbus 122, 9400 AC {{L:Assen}} - {{L:Westerbrink 1}}
Telefoon {{G:0592 36 55 55}}

Aan de heer [[P:M. ter Horst]]
[[A:Zuiderdiep 118]]
[[A:9521 AM Nieuw-Buinen]]

Datum: 5 juni 2026
Ons kenmerk: {{N:WOO-2026-0418}}
Behandeld door: [[P:drs. R.J. (Rianne) Scholtens-Mulder]]
Doorkiesnummer: [[T:0592 36 57 14]]
E-mail: [[E:r.scholtens@drenthe.nl]]
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[P:Ter Horst]],

Op 2 juni 2026 hebben wij uw verzoek op grond van de {{W:Wet open overheid}} ontvangen over het {{X:Windpark Hondsrug-Oost}} en het {{X:Zonnepark Exloërveen Zuid}}. Uw verzoek is geregistreerd onder nummer {{N:WOO-2026-0418}}.

Wij beslissen binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verdagen. Omdat bij het verzoek documenten van derden zijn betrokken, zoals {{O:Noordwind Ontwikkeling B.V.}} en de {{O:Energiecoöperatie Hunzestroom U.A.}}, stellen wij hen in de gelegenheid een zienswijze te geven.

Heeft u vragen, dan kunt u contact opnemen met het {{O:Team Informatiebeheer}} via {{M:woo@drenthe.nl}} of met de behandelaar.

Met vriendelijke groet,
namens Gedeputeerde Staten van Drenthe,

[[P:Rianne Scholtens-Mulder]]
{{F:juridisch adviseur Woo}}
""", kind="docx", author="Scholtens-Mulder, R.J.", extra_redact=[("P", "Scholtens-Mulder, R.J.", "metadata")], producer="LibreOffice 7.6", creator="Writer"),

Doc("wz03_zienswijze_omwonende", """
Zienswijze ontwerpbesluit omgevingsvergunning {{X:Windpark Hondsrug-Oost}}

Indiener: [[P:Hendrikus Jan Bolhuis]] en [[P:Aaltje Bolhuis-Kremer]]
Adres: [[A:Tweede Exloërmond 41]], [[A:9571 PH Tweede Exloërmond]]
Telefoon: [[T:0599 61 24 87]]
E-mail: [[E:hj.bolhuis@ziggo.nl]]
Geboortedatum (gevraagd door het webformulier): [[D:17-03-1958]]

Aan {{O:Gedeputeerde Staten van Drenthe}}
Zaaknummer: {{N:OV-2025-3391}}

Wij dienen tegen het ontwerpbesluit een zienswijze in. Onze boerderij ligt op 640 meter van turbine T6. Volgens
het akoestisch rapport van {{O:Akoestiek Noord B.V.}} komt de geluidsbelasting op onze gevel uit op 46 dB Lden, net
onder de norm van 47 dB. Wij vertrouwen die berekening niet, omdat de windsnelheden van station {{L:Nieuw Beerta}}
zijn gebruikt en niet van {{L:Eelde}}.

Daarnaast heeft mijn vrouw [[P:Aaltje]] sinds haar hartoperatie in 2023 [[H:last van hartritmestoornissen]] en is rust voor
haar medisch noodzakelijk. Haar cardioloog, [[P:dr. W. Ellenbroek]] van het {{O:Treant Zorggroep}} ziekenhuis in {{L:Emmen}}, kan dat
bevestigen.

Wij vragen het college:
- de turbines T5 en T6 te laten vervallen of ten minste 300 meter naar het oosten te verplaatsen;
- een stilstandvoorziening voor slagschaduw op te nemen (niet meer dan 6 uur per jaar op onze woning);
- ons als omwonenden een aandeel in de {{O:Energiecoöperatie Hunzestroom U.A.}} aan te bieden zonder inleg.

Wij willen graag worden gehoord tijdens de hoorzitting.

Tweede Exloërmond, 11 maart 2026
[[P:H.J. Bolhuis]]          [[P:A. Bolhuis-Kremer]]
""", font="Times-Roman", size=10.5, producer="Nitro Pro 13", creator="Nitro Pro 13"),

Doc("wz04_zienswijze_agrariers", """
# Zienswijze Maatschap [[P:Van der Veen]]-[[P:Lubbers]]
Aan: {{O:Provincie Drenthe}}, {{O:Gedeputeerde Staten}}
Betreft: ontwerpbesluit {{X:Zonnepark Exloërveen Zuid}} en {{X:Windpark Hondsrug-Oost}}, {{N:OV-2025-3391}} en {{N:OV-2025-3392}}

Indieners:
@@!Naam ;; Adres ;; Telefoon
@@[[P:Geert van der Veen]] ;; [[A:Hoofdweg 7, 9577 TA Musselkanaal]] ;; [[T:06 12 77 93 40]]
@@[[P:Janny van der Veen-Lubbers]] ;; [[A:Hoofdweg 7, 9577 TA Musselkanaal]] ;; [[T:+31 (0)6 2231 0457]]
@@[[P:Bertus Lubbers]] ;; [[A:Valtherweg 22a, 7875 TB Exloo]] ;; [[T:0591-549 213]]

Wij zijn melkveehouders en pachten samen 64 hectare landbouwgrond langs de Valtherweg. Een deel van die grond
(11 hectare, kadastraal {{N:Odoorn L 2204}}) valt binnen het plangebied van het zonnepark. Wij maken bezwaar tegen het
gebruik van goede landbouwgrond voor zonnepanelen. De {{X:Zonneladder}} uit de {{X:Omgevingsvisie Drenthe}} zegt dat
eerst daken en restgronden aan de beurt zijn.

Ons bedrijf is afhankelijk van deze grond voor de ruwvoerwinning. Onze accountant, [[P:mevrouw S. Dijkhuizen]] van
{{O:Flynth}}, heeft berekend dat het verlies van 11 hectare ons jaarlijks circa € 23.000 kost.

\\f
# Bezwaren tegen het windpark
1. Geluid in de stal: onze koeien reageren op laagfrequent geluid. Wij verwijzen naar het onderzoek van {{O:Wageningen University & Research}}.
2. Schaduw op het erf: het erf van [[P:Bertus]] ligt binnen de 12-uurscontour van turbine T2.
3. Waardedaling: wij zullen een verzoek om nadeelcompensatie indienen op grond van de {{W:Omgevingswet}}.

Wij hebben op 3 februari 2026 gesproken met [[P:Wouter Kamphuis]] van {{O:Noordwind Ontwikkeling B.V.}} Hij zei toe dat
een ruilverkaveling zou worden onderzocht. Daar hebben wij niets meer van gehoord. Ook [[P:Kamphuis]] reageert niet meer op
onze mails aan [[E:w.kamphuis@noordwind-ontwikkeling.nl]].

Wij verzoeken het college het zonnepark te beperken tot het deel ten noorden van de {{L:Exloërkijl}}.

Namens de maatschap,
[[P:G. van der Veen]]
[[A:Hoofdweg 7]], Musselkanaal
""", font="DejaVu", producer="PDFpen 13.1", creator="Pages"),

Doc("wz05_zienswijze_handgeschreven", """
~ Aan de Provincie Drenthe
~ Postbus 122 Assen
~
~ Zienswijze windmolens Hondsrug-Oost
~
~ Ik ben [[P:Klaasje Smeenge]], ik woon aan de
~ [[A:Zuiderstraat 16]] in Exloo.
~ Mijn telefoon is [[T:0591 548 370]].
~
~ Ik ben 81 jaar en ik heb al jaren [[H:migraine]].
~ Ik slaap slecht van het zoemen. Mijn zoon
~ [[P:Roelof Smeenge]] wil hier ook over praten.
~ Hij woont in Emmen.
~
~ Ik wil niet dat de molens zo dicht bij
~ ons dorp komen. Wie gaat dit betalen?
~
~ Exloo, 2 maart 2026
~ [[P:K. Smeenge]]
""", kind="scan", rotate=0.7),

Doc("wz06_zienswijze_advocaat", """
{{O:Van Dijk Hofstede Advocaten}}
{{L:Brink 12}}, 9401 HS {{L:Assen}}

Aan {{O:Gedeputeerde Staten van Drenthe}}
Per e-mail: {{M:omgevingsvergunning@drenthe.nl}}

Assen, 12 maart 2026
Kenmerk: {{N:VDH/2026/0177}}
Behandeld door: [[P:mr. C.A.M. (Caroline) de Groot-Wessels]]
Direct: [[T:0592 - 30 41 86]]
E-mail: [[E:c.degroot@vandijkhofstede.nl]]

Betreft: zienswijze namens [[P:de heer J. Wubbels]] en [[P:mevrouw E. Wubbels-Nijboer]], [[A:Pagediep 3, Valthermond]]

Geacht college,

Namens mijn cliënten dien ik een zienswijze in tegen het ontwerp van de omgevingsvergunning voor het {{X:Windpark Hondsrug-Oost}}.

Cliënten wonen op 520 meter van turbine T7. De afstand is kleiner dan de 4 x tiphoogte die de {{O:Raad van State}}
in de uitspraak {{N:ECLI:NL:RVS:2021:71}} (Nevele) relevant achtte. Na die uitspraak moet het bevoegd gezag een
milieueffectrapport opstellen, zolang de nieuwe landelijke normen uit het {{W:Besluit kwaliteit leefomgeving}} niet in werking zijn.

Het ontwerpbesluit steunt op het rapport {{N:AN-2025-114}} van {{O:Akoestiek Noord B.V.}} Uit bijlage 3 blijkt dat
de woning van cliënten niet als gevoelig object is opgenomen. De heer [[P:Wubbels]] heeft dat op 9 januari 2026
telefonisch gemeld bij de provinciale behandelaar, [[P:de heer Okkema]], maar een reactie bleef uit.

Ik verzoek u cliënten te horen en het besluit niet te nemen voordat een aanvullend onderzoek is verricht.

Hoogachtend,

[[P:mr. C.A.M. de Groot-Wessels]]
advocaat
""", font="Times-Roman", size=10.5, producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="DMS Advocatuur"),

Doc("wz07_energiecooperatie", """
# {{O:Energiecoöperatie Hunzestroom U.A.}}
Postadres: {{L:Dorpsstraat 21}}, {{L:Exloo}} (Dorpshuis {{X:De Meerstal}}) - KvK {{N:78114250}}
Website: {{X:www.hunzestroom.nl}} - {{M:bestuur@hunzestroom.nl}}

Aan {{O:Gedeputeerde Staten van Drenthe}}
t.a.v. {{R:gedeputeerde H. Kuipers}}

Exloo, 20 maart 2026
Onderwerp: participatie {{X:Windpark Hondsrug-Oost}} en {{X:Zonnepark Exloërveen Zuid}}

Geachte heer Kuipers,

De {{O:Energiecoöperatie Hunzestroom U.A.}} telt 412 leden uit {{L:Exloo}}, {{L:Valthe}} en {{L:Tweede Exloërmond}}.
Wij zijn met {{O:Noordwind Ontwikkeling B.V.}} in gesprek over 50% lokaal eigendom, zoals het {{X:Klimaatakkoord}} vraagt.
Het bestuur bestaat uit:

@@!Functie ;; Naam ;; Contact
@@voorzitter ;; [[P:Jannes Hilbolling]] ;; [[T:06-53 19 84 20]]
@@secretaris ;; [[P:Marieke Stuursma]] ;; [[E:marieke@hunzestroom.nl]]
@@penningmeester ;; [[P:Ömer Yıldırım]] ;; [[E:omer.y@hunzestroom.nl]]
@@lid ;; [[P:Wietske de Boer-Hoving]] ;; [[T:0591 55 23 61]]

Wij vragen de provincie in de vergunning een voorschrift op te nemen over een omgevingsfonds van € 0,50 per MWh.
Onze leden zijn verdeeld: een deel, onder wie [[P:de familie Bolhuis]], vindt de turbines T5 en T6 te dicht bij
de bebouwing. Wij willen dat de provincie de gebiedsregisseur van het {{X:Regionaal Energieprogramma}} betrekt.

\\f
# Bijlage: ledenraadpleging 9 maart 2026
Opkomst: 164 leden. Voor deelname aan het windpark: 118. Tegen: 39. Blanco: 7.
De vergadering werd voorgezeten door [[P:Hilbolling]]; notulen door [[P:Stuursma]].
Vragen van leden: [[P:Gerrit Nijhof]] (Valthe) vroeg naar de financiering via het {{X:Ontwikkelfonds Energiecoöperaties Drenthe}}.
[[P:Anouk Bakker]] vroeg of huurders ook kunnen deelnemen; antwoord: ja, vanaf één certificaat van € 50.
De penningmeester [[P:Yıldırım]] lichtte de begroting toe; de {{O:Rabobank Zuid-Drenthe}} is bereid tot een lening.

Met vriendelijke groet,
namens het bestuur,
[[P:J. Hilbolling]], voorzitter
[[P:M. Stuursma]], secretaris
""", kind="docx", author="Marieke Stuursma", producer="LibreOffice 7.6", creator="Writer"),

Doc("wz08_brief_ontwikkelaar", """
{{O:Noordwind Ontwikkeling B.V.}}
{{L:Laan Corpus den Hoorn 300}}, 9728 JT {{L:Groningen}}
KvK {{N:69350212}} | {{M:info@noordwind-ontwikkeling.nl}} | {{G:050 211 40 00}}

Aan {{O:Provincie Drenthe}}
Afdeling {{O:Vergunningverlening}}

Groningen, 27 maart 2026
Ons kenmerk: {{N:NW-HO-2026-031}}
Uw kenmerk: {{N:OV-2025-3391}}
Contactpersoon: [[P:ir. Wouter Kamphuis]], [[T:06 3018 7724]]

Onderwerp: reactie op zienswijzen {{X:Windpark Hondsrug-Oost}}

Geachte heer, mevrouw,

Wij hebben kennisgenomen van de 61 zienswijzen. Hieronder reageren wij op de hoofdpunten.

Geluid. Het rapport {{N:AN-2025-114}} gebruikt de meteorologische gegevens van {{L:Eelde}} en {{L:Nieuw Beerta}}; het
verschil is kleiner dan 0,3 dB. Wij zijn bereid een geluidsmodus op te nemen voor turbines T5 en T6 ('mode 2').

Slagschaduw. Alle turbines krijgen een stilstandvoorziening. De woning [[A:Tweede Exloërmond 41]] blijft onder
de 6 uur per jaar.

Woning Wubbels. De woning [[A:Pagediep 3]] in {{L:Valthermond}} is inderdaad ten onrechte niet als gevoelig object
opgenomen. Onze adviseur, [[P:ing. Sjoerd Vlieg]] van {{O:Akoestiek Noord B.V.}}, heeft de berekening aangevuld.

Participatie. Wij zijn in gesprek met de {{O:Energiecoöperatie Hunzestroom U.A.}} over 50% lokaal eigendom.

Met vriendelijke groet,

[[P:Wouter Kamphuis]]
{{F:projectdirecteur}}
""", font="DejaVu", xmp_creator="Lisanne Brouwer-Tjalma", extra_redact=[("P", "Lisanne Brouwer-Tjalma", "metadata")],
    producer="Aspose.PDF for .NET 23.4", creator="Aspose.Words"),

Doc("wz09_reactie_gedeputeerde_omwonende", """
{{O:Provincie Drenthe}}
{{O:Gedeputeerde Staten}}

Aan de heer en mevrouw [[P:Bolhuis]]
[[A:Tweede Exloërmond 41]]
[[A:9571 PH Tweede Exloërmond]]

Assen, 21 april 2026
Kenmerk: {{N:GS/2026/004512}}
Onderwerp: uw zienswijze {{X:Windpark Hondsrug-Oost}}
Behandeld door: [[P:J. (Jeroen) Okkema]]
Telefoon: [[T:(0592) 36 58 03]]

Geachte heer en mevrouw [[P:Bolhuis]],

Hartelijk dank voor uw zienswijze en voor uw bijdrage aan de hoorzitting van 14 april 2026. Ik begrijp uw zorgen
over geluid en slagschaduw goed. Ik heb {{O:Noordwind Ontwikkeling B.V.}} gevraagd voor de turbines T5 en T6 een
geluidsbeperkende modus voor te stellen. Daarnaast nemen wij in de vergunning een stilstandvoorziening op.

De gezondheidssituatie van uw vrouw betrekken wij niet in de toetsing aan de normen, maar wel bij het
gesprek over maatwerk. De {{O:GGD Drenthe}} is bereid met u in gesprek te gaan.

Over een aandeel in de {{O:Energiecoöperatie Hunzestroom U.A.}} zonder inleg kan de provincie niet beslissen; dat is
aan de coöperatie. Het {{X:Omgevingsfonds Hondsrug-Oost}} biedt wel mogelijkheden voor omwonenden.

Met vriendelijke groet,

{{R:Hilbrand Kuipers}}
{{F:gedeputeerde Energie en Klimaat}}

Dit besluit komt tot stand na advies van de {{O:Regionale Uitvoeringsdienst Drenthe}} ({{O:RUD Drenthe}}).
""", font="Helvetica", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

Doc("wz10_reactie_gedeputeerde_maatschap", """
Gedeputeerde Staten van Drenthe

Aan Maatschap [[P:Van der Veen]]-[[P:Lubbers]]
t.a.v. de heer [[P:G. van der Veen]]
[[A:Hoofdweg 7]]
[[A:9577 TA Musselkanaal]]

Datum: 22 april 2026
Kenmerk: {{N:GS/2026/004519}}
Onderwerp: zienswijze {{X:Zonnepark Exloërveen Zuid}}

Geachte heer [[P:Van der Veen]],

U heeft een zienswijze ingediend over het gebruik van landbouwgrond voor het {{X:Zonnepark Exloërveen Zuid}}. Het
college deelt de opvatting dat de {{X:Zonneladder}} leidend is. Het plangebied is in 2024 door de gemeenteraad van
{{L:Borger-Odoorn}} aangewezen als zoekgebied in de {{X:Regionale Energiestrategie Drenthe}}.

Ik heb de ontwikkelaar gevraagd de ruilverkaveling waarover u met de heer [[P:Kamphuis]] sprak, serieus te
onderzoeken. {{O:Noordwind Ontwikkeling B.V.}} heeft toegezegd u voor 1 juni 2026 een voorstel te doen. De
{{O:Drentse Landbouw Adviescommissie}} kijkt mee.

Uw verzoek om nadeelcompensatie wordt afzonderlijk behandeld op grond van afdeling 15.1 van de {{W:Omgevingswet}}.

Hoogachtend,
namens dezen,

{{R:gedeputeerde Hilbrand Kuipers}}

Contactpersoon: [[P:Lotte Wiegersma]], [[E:l.wiegersma@drenthe.nl]], [[T:0592-365 911]]
""", kind="docx", producer="LibreOffice 7.6", creator="Writer"),

Doc("wz11_verslag_hoorzitting", """
# Verslag hoorzitting zienswijzen {{X:Windpark Hondsrug-Oost}} en {{X:Zonnepark Exloërveen Zuid}}
Datum: 14 april 2026, 19.30-22.15 uur
Locatie: {{L:Provinciehuis}}, {{L:Westerbrink 1}}, {{L:Assen}} (Statenzaal)
Zaaknummers: {{N:OV-2025-3391}}, {{N:OV-2025-3392}}

Commissie: {{R:gedeputeerde Kuipers}} (voorzitter), [[P:mr. H.G. Pruim]] (onafhankelijk lid), [[P:Esther Vos]] ({{O:RUD Drenthe}})
Secretaris: [[P:Jeroen Okkema]]
Namens {{O:Noordwind Ontwikkeling B.V.}}: [[P:Wouter Kamphuis]], [[P:Sjoerd Vlieg]] ({{O:Akoestiek Noord B.V.}})
Namens de gemeente {{L:Borger-Odoorn}}: {{R:wethouder Meijering}}

@@!Spreker ;; Namens ;; Spreektijd
@@[[P:Hendrikus Bolhuis]] ;; omwonenden Tweede Exloërmond ;; 5 min
@@[[P:Caroline de Groot-Wessels]] ;; familie [[P:Wubbels]] ;; 10 min
@@[[P:Geert van der Veen]] ;; Maatschap [[P:Van der Veen]]-[[P:Lubbers]] ;; 5 min
@@[[P:Jannes Hilbolling]] ;; {{O:Energiecoöperatie Hunzestroom U.A.}} ;; 5 min
@@[[P:Roelof Smeenge]] ;; namens zijn moeder ;; 5 min
@@[[P:Ilse van 't Hek]] ;; {{O:Stichting Hondsrug Windstil}} ;; 10 min

1. Opening
De voorzitter opent de zitting en legt uit dat de commissie adviseert aan {{O:Gedeputeerde Staten}}. Van de zitting
wordt een geluidsopname gemaakt die na vaststelling van het verslag wordt vernietigd.

2. Inbreng sprekers
De heer [[P:Bolhuis]] vertelt over de gezondheid van zijn vrouw en vraagt om verplaatsing van T5 en T6.
Mevrouw [[P:De Groot-Wessels]] herhaalt de zienswijze en wijst op de uitspraak {{N:ECLI:NL:RVS:2021:71}}.
De heer [[P:Van der Veen]] vraagt of de ruilverkaveling nog loopt. De heer [[P:Kamphuis]] zegt dat toe.

\\f
De heer [[P:Hilbolling]] steunt het windpark onder voorwaarde van 50% lokaal eigendom.
De heer [[P:Smeenge]] leest de brief van zijn moeder voor; zij woont aan de [[A:Zuiderstraat 16]] in {{L:Exloo}}.
Mevrouw [[P:Van 't Hek]] zegt dat de stichting 1.240 handtekeningen heeft verzameld en overweegt beroep in te stellen.

3. Reactie ontwikkelaar en gemeente
De heer [[P:Vlieg]] licht het geluidsonderzoek toe. {{R:Wethouder Meijering}} zegt dat de gemeenteraad van
{{L:Borger-Odoorn}} op 12 maart 2026 een positieve verklaring van geen bedenkingen heeft afgegeven.

4. Sluiting
De voorzitter dankt de aanwezigen. Het verslag wordt binnen vier weken aan de sprekers toegezonden.

Vastgesteld op 6 mei 2026. Secretaris: [[P:J. Okkema]]
""", font="Helvetica", outline=[("Verslag hoorzitting - concept E. Vos", 0), ("Opmerkingen H. Pruim", 1), ("Reactie Okkema", 1)],
    extra_redact=[("P", "E. Vos", "outline"), ("P", "H. Pruim", "outline")],
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365"),
]
