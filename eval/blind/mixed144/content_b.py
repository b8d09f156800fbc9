from lib import Doc

DOCS = [
Doc("wz12_mail_gemeente_vvgb", """
Van: Okkema, Jeroen <[[E:j.okkema@drenthe.nl]]>
Verzonden: dinsdag 17 februari 2026 16:42
Aan: [[P:Tiemens, Anja]] <[[E:a.tiemens@borger-odoorn.nl]]>
CC: [[P:Wiegersma, Lotte]] <[[E:l.wiegersma@drenthe.nl]]>; {{M:omgevingsvergunning@drenthe.nl}}
Onderwerp: RE: vvgb raad {{X:Windpark Hondsrug-Oost}} - planning

Hoi [[P:Anja]],

Dank voor je snelle reactie. Wij mikken op het ontwerpbesluit half januari, dus de raad zou op 12 maart 2026
kunnen besluiten over de verklaring van geen bedenkingen. Kun jij nagaan of {{R:wethouder Meijering}} het
raadsvoorstel in de commissie {{O:Ruimte}} van 26 februari wil agenderen?

Ik heb [[P:Esther]] van de {{O:RUD Drenthe}} gevraagd de geluidsparagraaf nog een keer te bekijken, vooral de woning aan
het Pagediep. Zij belt je daarover: [[T:06 - 29 40 18 55]].

Groet,
[[P:Jeroen]]

[[P:Jeroen Okkema]] | {{F:vergunningverlener}} | {{O:Provincie Drenthe}}
{{L:Westerbrink 1}} {{L:Assen}} | [[T:(0592) 36 58 03]] | werkdagen ma-do

-----Oorspronkelijk bericht-----
Van: [[P:Tiemens, Anja]] <[[E:a.tiemens@borger-odoorn.nl]]>
Verzonden: maandag 16 februari 2026 09:15
Aan: Okkema, Jeroen
Onderwerp: vvgb raad {{X:Windpark Hondsrug-Oost}} - planning

Goedemorgen [[P:Jeroen]],

De griffie vraagt wanneer het ontwerpbesluit komt. Het presidium van de raad wil het voorstel niet in de week van
de voorjaarsvakantie. Onze burgemeester, {{R:burgemeester Seton}}, heeft gevraagd of de provincie bij de
informatieavond in {{X:MFC De Hondsrug}} in {{L:Valthermond}} aanwezig kan zijn.

\\f
Verder heeft een inwoner, [[P:mevrouw Van 't Hek]] van {{O:Stichting Hondsrug Windstil}}, ons gevraagd om alle
stukken. Ik heb haar verwezen naar het provinciale loket. Haar nummer heb ik niet doorgegeven; ze heeft ons
gebeld via [[T:0031 6 4877 1290]].

Met vriendelijke groet,

[[P:Anja Tiemens]]
{{F:beleidsadviseur duurzaamheid}}
{{O:Gemeente Borger-Odoorn}} | Hoofdstraat 67, {{L:Exloo}} | {{G:14 0591}}
""", font="DejaVu", size=9.5, author="Okkema, J.", extra_redact=[("P", "Okkema, J.", "metadata")],
    producer="Microsoft Outlook for Microsoft 365", creator="Microsoft® Outlook® for Microsoft 365"),

Doc("wz13_mail_gemeente_informatieavond", """
From: [[P:Wiegersma, Lotte]] <[[E:l.wiegersma@drenthe.nl]]>
Sent: Wednesday, March 4, 2026 11:08 AM
To: [[P:Tiemens, Anja]] <[[E:a.tiemens@borger-odoorn.nl]]>; [[P:Bos, Freek]] <[[E:f.bos@borger-odoorn.nl]]>
Subject: informatieavond 19 maart - {{X:MFC De Hondsrug}}

Beste [[P:Anja]] en [[P:Freek]],

Voor de informatieavond op 19 maart komt {{R:gedeputeerde Kuipers}} ongeveer een half uur. Hij wil graag vooraf
tien minuten met {{R:wethouder Meijering}} spreken. Van ons gaan verder [[P:Jeroen]] en ikzelf mee.

Kunnen jullie zorgen voor een beamer? {{O:Noordwind Ontwikkeling B.V.}} neemt de visualisaties mee, en
{{O:Akoestiek Noord B.V.}} zet een geluidsdemonstratie op.

Let op: [[P:de heer Wubbels]] heeft laten weten dat hij komt met zijn advocaat. Graag een aparte tafel voor vragen
over geluid, bemand door [[P:Sjoerd Vlieg]].

Met vriendelijke groet,
[[P:Lotte Wiegersma]]
{{F:projectleider energie}}, {{O:Provincie Drenthe}}
M [[T:+31 6 1120 4576]]
""", font="Helvetica", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"),

Doc("wz14_teams_chat", """
Teams-chat "Hondsrug-Oost vergunning" - export 2026-05-29
Deelnemers: [[P:Jeroen Okkema]], [[P:Lotte Wiegersma]], [[P:Esther Vos]], [[P:Dennis Kloosterhuis]]

[09:02] [[P:Lotte Wiegersma]]: morgen! heeft iemand de reactie van Noordwind al gelezen?
[09:05] [[P:Jeroen Okkema]]: ja, ze geven toe dat Pagediep 3 ontbrak. pijnlijk
[09:06] [[P:Esther Vos]]: die had de RUD in december al gemeld hoor
[09:06] [[P:Dennis Kloosterhuis]]: klopt, stond in ons advies {{N:RUD-ADV-2025-0877}}
[09:11] [[P:Lotte Wiegersma]]: [[P:Denn]], kun jij de mode 2 waardes checken voor T5/T6?
[09:12] [[P:Dennis Kloosterhuis]]: doe ik. bel me even op [[T:06-38 21 55 07]], mijn vaste lijn doet raar
[09:30] [[P:Jeroen Okkema]]: Hilbrand wil vrijdag een update voor het {{X:GS-overleg}}
[09:31] [[P:Esther Vos]]: gedeputeerde krijgt vooraf een notitie? dan schrijf ik de geluidsalinea
[09:33] [[P:Lotte Wiegersma]]: ja graag. [[P:Jer]] jij de rest?
[09:34] [[P:Jeroen Okkema]]: 👍
[10:47] [[P:Esther Vos]]: btw [[P:Smeenge]] jr belde weer, wil dat zijn moeder persoonlijk bezoek krijgt
[10:49] [[P:Lotte Wiegersma]]: dat is eigenlijk een goed idee, ik vraag {{O:GGD Drenthe}}
[10:52] [[P:Jeroen Okkema]]: let op AVG, niks over haar [[H:migraine]] in de notitie zetten
""", font="DejaVuMono", size=8.5, producer="Microsoft Teams", creator="Microsoft Teams export"),

Doc("wz15_whatsapp_stichting", """
WhatsApp-chat met Hondsrug Windstil bestuur
[12-03-2026 20:14] [[P:Ilse van 't Hek]]: Morgen zienswijze naar Assen! Wie tekent namens het bestuur?
[12-03-2026 20:16] [[P:Bram]]: ik kan niet, ben in Zwolle
[12-03-2026 20:17] [[P:Ilse van 't Hek]]: [[P:Gonnie]] dan?
[12-03-2026 20:20] [[P:Gonnie Kruizinga]]: ja prima. Stuur maar naar [[E:gonnie.kruizinga@hetnet.nl]]
[12-03-2026 20:22] [[P:Bram]]: die jurist van {{O:Van Dijk Hofstede}} wil 4000 euro, te duur
[12-03-2026 20:25] [[P:Ilse van 't Hek]]: We vragen {{O:Milieufederatie Drenthe}} om hulp
[12-03-2026 20:31] [[P:Pieter-Jan]]: Ik heb 1240 handtekeningen geteld. Lijst staat op de drive
[12-03-2026 20:33] [[P:Gonnie Kruizinga]]: 👏 top [[P:PJ]]
[12-03-2026 20:40] [[P:Ilse van 't Hek]]: Gedeputeerde Kuipers komt 19 maart naar Valthermond, wie gaat er mee?
[12-03-2026 20:41] [[P:Bram]]: ik, bel me [[T:06 55 10 42 93]] als je me wilt meenemen
[12-03-2026 20:44] [[P:Pieter-Jan]]: en [[P:Klaasje]] van nr 16 wil ook mee, ze kan niet meer autorijden
[12-03-2026 21:02] [[P:Ilse van 't Hek]]: Oké ik haal haar op. Adres [[A:Zuiderstraat 16]] toch?
[12-03-2026 21:03] [[P:Gonnie Kruizinga]]: ja. Stichting rekening voor de bus: [[I:NL71 TRIO 0338 4410 72]]
""", font="DejaVu", size=9, producer="Skia/PDF m120", creator="WhatsApp"),

Doc("wz16_opstalovereenkomst", """
# OPSTALOVEREENKOMST WINDTURBINE T4
De ondergetekenden:
1. [[P:Albertus Jan Kremer]], geboren op [[D:4 september 1961]] te {{L:Odoorn}}, wonende [[A:Exloërveen 9]], [[A:7881 TC Emmer-Compascuum]],
   BSN [[B:183 442 908]], hierna: 'de grondeigenaar';
2. {{O:Noordwind Ontwikkeling B.V.}}, statutair gevestigd te {{L:Groningen}}, KvK {{N:69350212}}, vertegenwoordigd
   door [[P:ir. W. Kamphuis]], hierna: 'de opstaller';

komen overeen:

Artikel 1 Object
De grondeigenaar vestigt ten behoeve van de opstaller een recht van opstal op het perceel kadastraal bekend
gemeente {{L:Odoorn}}, sectie L, nummer 1987, groot 2.40.15 ha, voor de bouw en exploitatie van windturbine T4 van
het {{X:Windpark Hondsrug-Oost}}, inclusief kraanopstelplaats en toegangsweg.

Artikel 2 Duur
Het recht van opstal wordt gevestigd voor 30 jaar, ingaand op de dag van ingebruikname van de turbine.

Artikel 3 Vergoeding
De opstaller betaalt de grondeigenaar jaarlijks € 38.500 (geïndexeerd) plus 1,5% van de netto-opbrengst van T4,
voor het eerst op 1 juli na ingebruikname, op rekening [[I:NL29 RABO 0311 2284 95]] ten name van [[P:A.J. Kremer]].
Tijdens de ontwikkelfase betaalt de opstaller € 4.000 per jaar.

\\f
Artikel 4 Omwonendenregeling
De grondeigenaar verklaart dat hij de nabijgelegen woning van zijn zuster, [[P:mevrouw A. Bolhuis-Kremer]],
niet als onderdeel van deze overeenkomst ziet. Een eventuele regeling met haar wordt apart getroffen.

Artikel 5 Geheimhouding
Partijen houden de inhoud van deze overeenkomst geheim, behalve voor zover de wet (zoals de {{W:Wet open overheid}})
tot openbaarmaking verplicht. De vergoeding in artikel 3 is bedrijfsvertrouwelijk.

Artikel 6 Toepasselijk recht
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de {{O:Rechtbank Noord-Nederland}}.

Aldus opgemaakt en ondertekend te {{L:Emmen}} op 18 november 2025.

@@!De grondeigenaar ;; De opstaller
@@[[P:A.J. Kremer]] ;; [[P:W. Kamphuis]]
@@tel. [[T:0591 - 35 12 90]] ;; {{F:projectdirecteur}}

Notaris: [[P:mr. drs. Y.E. Doornbos]], {{O:Notariskantoor Emmen-Centrum}}
""", font="Times-Roman", size=10.5, producer="Adobe PDF Library 17.11.238", creator="Acrobat PDFMaker 23 for Word"),

Doc("wz17_rapport_akoestiek", """
# {{O:Akoestiek Noord B.V.}}
Rapport {{N:AN-2025-114}} rev. 3 - Akoestisch onderzoek {{X:Windpark Hondsrug-Oost}}
Opdrachtgever: {{O:Noordwind Ontwikkeling B.V.}}
Auteur: [[P:ing. S. Vlieg]] ([[E:s.vlieg@akoestieknoord.nl]]) - Controle: [[P:dr.ir. M. Ağaoğlu]]
Datum: 10 mei 2026

1. Samenvatting
Het windpark bestaat uit zeven turbines van het type {{X:Vestas V162-6.2 MW}} met een ashoogte van 149 m. De geluidsbelasting
is berekend volgens het {{X:Reken- en meetvoorschrift windturbines}} en de {{W:Omgevingsregeling}}. Bij 63 woningen is
de belasting berekend; bij 2 woningen wordt zonder maatregelen de norm van 47 dB Lden overschreden.

2. Maatregelen
Met de modus 'SO2' voor T5 en T6 in de nachtperiode blijven alle woningen onder 47 dB Lden en 41 dB Lnight.
De woning [[A:Pagediep 3]] (revisie 3 toegevoegd) komt uit op 45,8 dB Lden.

3. Invoergegevens
Meteorologie: {{O:KNMI}} station {{L:Eelde}} (2015-2024). Bodemfactor 0,8. Software: {{X:Geomilieu 2024}}.

\\f
4. Slagschaduw
De maximale verwachte slagschaduwduur zonder stilstandvoorziening is 19 uur per jaar bij de woning
[[A:Tweede Exloërmond 41]]. Met stilstandvoorziening: 0 uur. De regeling volgt artikel 3.14 van de {{W:Activiteitenbesluit milieubeheer}}-opvolger.

5. Laagfrequent geluid
Binnenwaarden blijven onder de {{X:Vercammen-curve}}. Er is geen aanleiding voor aanvullend onderzoek.

6. Verantwoording
Metingen ter plaatse zijn op 3 maart 2026 uitgevoerd door [[P:Sjoerd Vlieg]] en [[P:Thijs Ramaker]]. Bewoners die
toegang gaven tot hun erf: [[P:fam. Wubbels]] en [[P:fam. Bolhuis]].
""", font="DejaVuSerif", size=9.5, author="Sjoerd Vlieg", meta={"Title": "AN-2025-114 rev3"},
    producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

Doc("wz18_meldingsformulier_slagschaduw", """
# Meldingsformulier hinder slagschaduw en geluid windturbines
{{O:Provincie Drenthe}} - {{O:RUD Drenthe}} - meldpunt {{G:0800 0233 111}}
Zaak: {{N:OV-2025-3391}} ({{X:Windpark Hondsrug-Oost}})

Vul dit formulier in en stuur het naar {{M:meldingen@ruddrenthe.nl}}. Wij gebruiken uw gegevens alleen voor de
behandeling van uw melding. Zie ook de privacyverklaring van de {{O:RUD Drenthe}}.
""", font="Helvetica", form=[
        ("Naam melder", "naam", "Femke Oldenburger", 200, 640),
        ("Adres", "adres", "Zuiderdiep 122, 9521 AM Nieuw-Buinen", 200, 610),
        ("Telefoon", "telefoon", "06-19 72 40 38", 200, 580),
        ("E-mail", "email", "femke.oldenburger@gmail.com", 200, 550),
        ("Omschrijving hinder", "omschrijving", "schaduw in woonkamer 17:10-17:40 uur", 200, 520),
        ("Gezondheid (optioneel)", "gezondheid", "epilepsie, flikkering is gevaarlijk", 200, 490),
    ], extra_redact=[("P", "Femke Oldenburger", "annotations"), ("A", "Zuiderdiep 122", "annotations"),
                     ("T", "06-19 72 40 38", "annotations"), ("E", "femke.oldenburger@gmail.com", "annotations"),
                     ("H", "epilepsie", "annotations")],
    producer="iText® 5.5.13.3 ©2000-2022 iText Group NV", creator="Formulierenserver Provincie"),

Doc("wz19_statenvragen", """
# Schriftelijke vragen ex artikel 44 Reglement van Orde
{{O:Provinciale Staten van Drenthe}}
Nummer: {{N:SV-2026-017}}
Datum: 25 maart 2026
Vragensteller: {{R:Statenlid Wiersema}} ({{O:Partij voor de Dieren}})
Onderwerp: hoorzitting en participatie {{X:Windpark Hondsrug-Oost}}

Inleiding
Tijdens de hoorzitting van 14 april hebben meerdere omwonenden, onder wie een 81-jarige inwoner van {{L:Exloo}},
hun zorgen geuit. Ook de {{O:Stichting Hondsrug Windstil}} heeft 1.240 handtekeningen aangeboden.

Vragen aan het college van {{O:Gedeputeerde Staten}}:
1. Klopt het dat een woning aan het {{L:Pagediep}} in {{L:Valthermond}} ontbrak in het akoestisch onderzoek? Zo ja, hoe
   kan dat en waarom is dit niet eerder opgemerkt door de {{O:RUD Drenthe}}?
2. Hoe waarborgt het college dat 50% lokaal eigendom wordt gerealiseerd, zoals {{R:gedeputeerde Kuipers}} in de
   Statencommissie {{O:Omgeving en Energie}} van 4 februari 2026 toezegde?
3. Is het college bereid de turbines T5 en T6 te schrappen?
4. Welke rol speelt de {{X:Zonneladder}} bij het {{X:Zonnepark Exloërveen Zuid}}?

{{R:Statenlid A. Wiersema}}
Mede namens {{R:Statenlid Dekker-Oldenhof}} ({{O:GroenLinks}})
""", font="Helvetica", producer="Notubiz", creator="Notubiz Document Generator"),

Doc("wz20_antwoord_gs_statenvragen", """
Antwoord van Gedeputeerde Staten op schriftelijke vragen {{N:SV-2026-017}}

Aan: {{O:Provinciale Staten van Drenthe}}
Datum: 21 april 2026
Kenmerk: {{N:GS/2026/004601}}
Steller: [[P:L. Wiegersma]], [[T:0592 36 59 11]]

Vraag 1
Ja. De woning ontbrak in revisie 2 van het rapport {{N:AN-2025-114}}. De {{O:RUD Drenthe}} had dit in december 2025
gesignaleerd (advies {{N:RUD-ADV-2025-0877}}). De ontwikkelaar heeft het rapport aangevuld; de norm wordt gehaald.

Vraag 2
Het college neemt in de omgevingsvergunning geen eigendomsvoorschrift op, omdat de {{W:Omgevingswet}} daarvoor
geen grondslag biedt. Wel is een participatieplan onderdeel van de aanvraag. {{O:Noordwind Ontwikkeling B.V.}} en de
{{O:Energiecoöperatie Hunzestroom U.A.}} hebben een intentieovereenkomst gesloten.

Vraag 3
Nee. Met de geluidsmodus worden de normen gehaald. Het college weegt de zienswijzen in het definitieve besluit.

Vraag 4
De {{X:Zonneladder}} is onderdeel van de {{X:Omgevingsvisie Drenthe}}. Het plangebied ligt in een zoekgebied
van de {{X:Regionale Energiestrategie Drenthe}}.

Gedeputeerde Staten van Drenthe,
{{R:J.H. Dijkstra-Scholte}}, {{F:commissaris van de Koning}}
{{F:secretaris}}: [[P:drs. M.P.A. Timmer-Ruben]]
""", kind="docx", author="Wiegersma, L.", extra_redact=[("P", "Wiegersma, L.", "metadata")], producer="LibreOffice 7.6", creator="Writer"),

Doc("wz21_beslisnota_gs", """
# Beslisnota Gedeputeerde Staten
Onderwerp: definitieve omgevingsvergunning {{X:Windpark Hondsrug-Oost}} en {{X:Zonnepark Exloërveen Zuid}}
Portefeuillehouder: {{R:gedeputeerde H. Kuipers}}
Datum GS-vergadering: 2 juni 2026
Kenmerk: {{N:GS/2026/005980}}
Behandelend ambtenaar: [[P:Jeroen Okkema]], [[T:0592 36 58 03]], [[E:j.okkema@drenthe.nl]]

Aanleiding
Op 13 januari 2026 is het ontwerpbesluit ter inzage gelegd. Er zijn 61 zienswijzen ingediend.

Geadviseerd besluit
Aan GS wordt gevraagd de omgevingsvergunning te verlenen met voorschriften over geluidsmodus T5/T6 en slagschaduw.

Kern
De zienswijzen leiden tot aanpassing van het besluit op drie punten. Het risico op beroep bij de {{O:Raad van State}}
is groot; de {{O:Stichting Hondsrug Windstil}} heeft beroep aangekondigd.

Krachtenveld
De gemeenteraad van {{L:Borger-Odoorn}} staat achter het windpark. {{R:Wethouder Meijering}} wil de
omgevingsfondsregeling gelijk laten lopen met die van {{X:Windpark De Drentse Monden}}.

Informatie die niet openbaar gemaakt kan worden
n.v.t.

@@!Naam ;; Functie ;; Paraaf ;; Datum
@@[[P:J. Okkema]] ;; {{F:vergunningverlener}} ;; [[S:JOk]] ;; 26-05-2026
@@[[P:L. Wiegersma]] ;; {{F:projectleider energie}} ;; [[S:LW]] ;; 27-05-2026
@@[[P:R.B. Hazeleger]] ;; {{F:teamleider VTH}} ;; [[S:RBH]] ;; 27-05-2026
@@[[P:A. Zwiers-Moes]] ;; {{F:concerndirecteur}} ;; [[S:AZM]] ;; 28-05-2026
""", font="DejaVu", size=9.5, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365"),

Doc("wz22_presentielijst_scan", """
PRESENTIELIJST HOORZITTING 14 APRIL 2026
Provinciehuis Assen - Statenzaal

Naam                      Woonplaats             Handtekening
~ [[P:Henk Bolhuis]]          Tweede Exloermond    HBolhuis
~ [[P:Geert van der Veen]]     Musselkanaal         GvdVeen
~ [[P:Janny Lubbers]]           Musselkanaal         J.L.
~ [[P:Roelof Smeenge]]          Emmen                RSmeenge
~ [[P:Ilse van t Hek]]          Valthermond          Ilse
~ [[P:Bram Oosterveld]]         Valthe               B.O.
~ [[P:Gonnie Kruizinga]]        Exloo                GK
~ [[P:Pieter Jan Reinders]]     Exloo                PJR
~ [[P:Jelle Hoekstra]]          Borger               JHoekstra

Totaal 31 aanwezigen (lijst 1 van 3)
""", kind="scan", rotate=-0.5),
]
