"""Set T, part D: newsletters, slide decks, sheets, hidden channels, scans."""

DOCS = []

# ---------------------------------------------------------------------------------------------- t24
DOCS.append({
    "id": "t24_personeelsnieuwsbrief_provincie_tweekoloms",
    "producer": "docx",
    "header": "{{O:Provincie Zuid-Holland}} | Binnenstebuiten, personeelsnieuwsbrief nr. 3, maart 2025",
    "footer": "Redactie: {{M:binnenstebuiten@pzh.nl}}",
    "opts": {"columns": 2, "author": "[[N:Noor Ypma|Ypma;Noor]]"},
    "hidden": {"author": "[[N:Noor Ypma]]"},
    "body": """
# Binnenstebuiten
## Afscheid na 41 jaar
Op 28 februari nam [[N:Gerard van 't Zand|van 't Zand;Gerard]] afscheid als {{F:teamleider wegbeheer}}. Hij begon in 1984 bij de
toenmalige {{O:Dienst Verkeer en Vervoer}} en werkte aan de {{L:N209}}, de {{L:N470}} en de {{Y:Hoekse Lijn}}. {{F:Gedeputeerde}}
{{H:Frederik Zevenbergen}} hield een toespraak. Collega [[N:Miriam Oudshoorn|Oudshoorn;Miriam]]: "[[N:Gerard]] kende elke
brug in {{L:Zuid-Holland}} bij naam." Zijn opvolger is [[N:Said Benali|Benali;Said]].

## Nieuwe collega's
Welkom aan [[N:Lotte Kuiper|Kuiper;Lotte]] ({{F:jurist omgevingsrecht}}), [[N:Daan Smit|Smit;Daan]] ({{F:data-analist}}), [[N:Priscilla Martina-Croes|Martina-Croes;Priscilla]]
({{F:adviseur inkoop}}) en [[N:Kristóf Szabó|Kristóf]] ({{F:trainee}}). [[N:Kristóf]] komt uit {{L:Boedapest}} en
is geen familie van staatssecretaris {{H:Szabó}}, zegt hij lachend.

## Uit het college
{{F:Commissaris van de Koning}} {{H:Wouter Kolff}} opende de tentoonstelling over de {{O:Zuid-Hollandse waterschappen}} in
het {{O:Provinciehuis}} aan de {{Y:Zuid-Hollandplein}}. {{F:Gedeputeerde}} {{H:Meindert Stolk}} sprak met {{F:minister}} {{H:Madlener}} over
de {{G:Oude Lijn}}.

## Vraag het de {{F:vertrouwenspersoon}}
Heb je iets meegemaakt op het werk? Onze vertrouwenspersonen zijn [[N:Ria de Leeuw|de Leeuw;Ria]] ([[T:06 1288 7710]]) en
[[N:Hans-Peter Kok|Kok;Hans-Peter]] ([[T:06 4022 3319]]). Externe vertrouwenspersoon: {{O:Stichting Zorgdat}}, {{S:088 365 11 00}}.

## Sportief
Het {{O:PZH-hardloopteam}} liep de {{G:Egmond Halve Marathon}}. Snelste was [[N:Tim de Groot|de Groot;Tim]] (1:21:07), gevolgd door
[[N:Esra Güneş|Güneş;Esra]]. Meedoen? Mail [[E:t.degroot@pzh.nl]].

## Uit de {{O:OR}}
De {{O:ondernemingsraad}} (voorzitter [[N:Marloes Blom|Blom;Marloes]]) adviseert positief over {{R:Microsoft Copilot}} op voorwaarde
dat de {{W:DPIA}} wordt gedeeld. Vragen aan {{M:or@pzh.nl}}.

## Jarig
[[N:Ans Visser|Visser;Ans]] (receptie {{Y:Zuid-Hollandplein}}) werd 60. Gefeliciteerd!
""",
})

# ---------------------------------------------------------------------------------------------- t25
DOCS.append({
    "id": "t25_bewonersnieuwsbrief_waterschap",
    "producer": "chromium",
    "header": "{{O:Waterschap Rivierenland}} | Dijkpraat, nieuwsbrief dijkversterking Gorinchem-Waardenburg | april 2025",
    "footer": "{{O:Waterschap Rivierenland}}, {{S:Postbus 599}}, 4000 AN Tiel | {{S:0344 64 90 90}} | {{M:gowa@wsrl.nl}}",
    "opts": {"mailto": True},
    "body": """
# Dijkpraat
## [cols]
## Werk in uitvoering bij Vuren
Sinds februari werkt aannemer {{O:Mourik Infra}} aan de dijk bij {{L:Vuren}}. De {{Y:Waaldijk}} is tussen {{L:Herwijnen}} en {{L:Haaften}}
afgesloten. {{F:Dijkgraaf}} {{H:Sjaak van der Tak}} bezocht het werk samen met {{F:gedeputeerde}} {{H:Helga Witjes}}.

## In gesprek met bewoners
Bewoner [[N:Jan-Kees van Wijk|van Wijk;Jan-Kees]] woont al 50 jaar aan de dijk. "Mijn vader [[N:Cornelis van Wijk|Cornelis]] heeft de
watersnood van 1995 nog meegemaakt. Toen moesten we weg." Zijn buurvrouw [[N:Sarita Ramlal|Ramlal;Sarita]] is vooral blij met
de nieuwe fietsverbinding. Het echtpaar [[N:Van der Plas-Heijmans|Van der Plas-Heijmans]] aan de [[A:Waaldijk 112]] heeft last van trillingen;
het waterschap laat hun woning monitoren.

## Vragen?
Omgevingsmanager [[N:Ruud Kranendonk|Kranendonk;Ruud]] is elke dinsdag in de bouwkeet in {{L:Waardenburg}}. Bel [[T:06 2901 5567]] of
mail [[E:r.kranendonk@wsrl.nl]]. Voor schademeldingen: {{M:schade.gowa@wsrl.nl}}.

## Natuur
Ecoloog [[N:dr. Femke Haan|Haan;Femke]] ({{O:Bureau Waardenburg}}) telde de oeverzwaluwen. De kolonie is verplaatst naar {{L:De Steenwaard}}.
De {{O:Vogelwerkgroep Rivierenland}} hielp mee. {{G:Hoogwaterbeschermingsprogramma}}-directeur (publiek) is niet bij deze
telling geweest.

## Planning
Mei: {{Y:Esschendijk}}. Juni: {{L:Zuilichem}}. De {{Q:HWBP}}-subsidie is rond, meldt {{F:heemraad}} {{H:Caroline Dekker}}.
## [/cols]
!small Deze nieuwsbrief gaat naar 3.100 adressen. Afmelden: {{M:gowa@wsrl.nl}}. Tekst: [[N:Babette Lam|Lam;Babette]], foto's: [[N:Gijs Bloem|Bloem;Gijs]].
""",
})

# ---------------------------------------------------------------------------------------------- t26
DOCS.append({
    "id": "t26_slides_programma_kick_off",
    "producer": "chromium",
    "opts": {"slides": True, "slidefoot": "{{O:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}} | {{G:Programma Open Overheid}}"},
    "hidden": {"title": "Kick-off Open Overheid 2025 ([[N:Jorieke Boomsma|Boomsma;Jorieke]])"},
    "body": """
!slide Kick-off {{G:Programma Open Overheid}} 2025
Den Haag, 14 januari 2025
Sprekers: [[N:Jorieke Boomsma]] ({{F:programmadirecteur}}) en [[N:Anil Ramdhani|Ramdhani;Anil]] ({{F:CIO-adviseur}})
Met een videoboodschap van {{F:staatssecretaris}} {{H:Zsolt Szabó}}
!slide Waarom dit programma?
De {{Z:Wet open overheid}} vraagt actieve openbaarmaking van elf informatiecategorieën.
Het {{O:Adviescollege Openbaarheid en Informatiehuishouding}} (ACOI) adviseerde in 2024 over de {{W:backlog}}.
Oud-minister {{H:Hanke Bruins Slot}} startte de {{G:Open Overheid Roadmap}}; minister {{H:Judith Uitermark}} zet dit voort.
!slide Het team
Programmadirecteur: [[N:Jorieke Boomsma]] - [[E:jorieke.boomsma@minbzk.nl]]
Woo-implementatie: [[N:Koen Vos-Winter|Vos-Winter;Koen]] en [[N:Mei-Ling Tan|Tan;Mei-Ling]]
Architectuur ({{R:PLOOI}}, {{R:Woo-index}}): [[N:Anil Ramdhani]]
Communicatie: [[N:Elif Kaya|Kaya;Elif]] - [[T:06 4417 0925]]
Secretariaat: {{M:openoverheid@minbzk.nl}}
!slide Planning 2025
Q1: {{W:DiWoo}}-metadata op orde met {{O:KOOP}} en {{O:Logius}}
Q2: pilot {{R:GPP-Woo}} met {{O:gemeente Utrecht}} en {{O:Provincie Overijssel}}
Q3: evaluatie met de {{O:Nationale ombudsman}} {{H:Reinier van Zutphen}}
Q4: rapportage aan de {{O:Tweede Kamer}}; Kamerleden {{H:Sneller}} en {{H:Kathmann}} vroegen hierom
!slide Vragen?
Stel ze aan [[N:Koen Vos-Winter]] of [[N:Mei-Ling Tan]] via {{R:MS Teams}}, of aan het programmasecretariaat.
Volgende bijeenkomst: 11 maart, {{Y:Turfmarkt 147}}, zaal 6.12 (gastheer [[N:Anil Ramdhani]]).
""",
})

# ---------------------------------------------------------------------------------------------- t27
DOCS.append({
    "id": "t27_slides_res_bestuurlijke_bijeenkomst",
    "producer": "chromium",
    "gs": True,
    "opts": {"slides": True, "slidefoot": "{{G:RES Noord-Holland Noord}} | bestuurlijke bijeenkomst 6 maart 2025"},
    "body": """
!slide {{G:Regionale Energiestrategie}} Noord-Holland Noord
Bestuurlijke bijeenkomst, {{L:Alkmaar}}, 6 maart 2025
Dagvoorzitter: [[N:Marco Hoogland|Hoogland;Marco]] ({{O:Bureau Ruimtekoers}})
Presentatie: [[N:Ingrid Zwaan-Bakker|Zwaan-Bakker;Ingrid]] ({{F:regionaal programmamanager}})
!slide Wie zijn er vandaag?
{{F:Gedeputeerde}} {{H:Rika Pot}} ({{O:Provincie Noord-Holland}})
{{F:Burgemeester}} {{H:Anja Schouten}} ({{L:Alkmaar}}) en {{F:wethouder}} {{H:Christiaan Peetoom}} ({{L:Alkmaar}})
{{F:Dijkgraaf}} {{H:Rob van Dongen}} ({{O:HHNK}})
Netbeheerder {{O:Liander}}: [[N:Wendy Schaap|Schaap;Wendy]] ({{F:regiomanager}})
Ambtelijk: [[N:Tjeerd de Boer|de Boer;Tjeerd]], [[N:Sophie Kok|Kok;Sophie]], [[N:Rachid Ait Haddou|Ait Haddou;Rachid]]
!slide Stand van zaken
1,7 TWh opgewekt in 2024; doel 2030: 2,7 TWh. {{W:Curtailment}} en {{W:cable pooling}} nodig.
{{O:Liander}} verwacht netuitbreiding bij {{L:Middenmeer}} in 2028.
!slide Vragen uit de zaal
"Hoe zit het met participatie?" - [[N:Kees Dekker|Dekker;Kees]], {{O:Energiecoöperatie Texel}}
"Waarom duurt {{L:Wieringermeer}} zo lang?" - [[N:Jolanda Stam|Stam;Jolanda]], inwoner van {{L:Schagen}}
Antwoord door [[N:Zwaan-Bakker]]: zie sheet 3.
!slide Contact
Programmabureau: {{M:info@resnhn.nl}}
[[N:Ingrid Zwaan-Bakker]]: [[T:06 2033 8741]], [[E:i.zwaan@resnhn.nl]]
""",
})

# ---------------------------------------------------------------------------------------------- t28
DOCS.append({
    "id": "t28_deelnemerslijst_symposium_calc_twee_paginas",
    "producer": "calc",
    "header": "{{O:Rijksdienst voor het Cultureel Erfgoed}} | deelnemerslijst symposium Erfgoed en Klimaat",
    "footer": "Lijst uitsluitend voor organisatie; niet verspreiden",
    "opts": {"xwidths": [18, 22, 18, 9, 30], "print_title_rows": "3:3", "landscape": False, "fit": False, "author": "[[N:Anouk Paddenburg|Paddenburg;Anouk]]"},
    "hidden": {"author": "[[N:Anouk Paddenburg]]"},
    "body": """
# Symposium Erfgoed en Klimaat, {{L:Amersfoort}}, 20 maart 2025
Organisatie: [[N:Anouk Paddenburg]] en [[N:Dirk-Jan Mulder|Mulder;Dirk-Jan]] ({{O:RCE}})
| naam | organisatie | functie | rol | e-mail |
| {{H:Eppo Bruins}} | {{O:Ministerie van OCW}} | {{F:minister}} | opening | {{M:secretariaat.minister@minocw.nl}} |
| {{H:Susan Lammers}} | {{O:Rijksdienst voor het Cultureel Erfgoed}} | {{F:algemeen directeur}} | gastvrouw | {{M:directie@cultureelerfgoed.nl}} |
| [[N:Hasan Yavuz|Yavuz;Hasan]] | {{O:RCE}} | {{F:senior adviseur}} | spreker | [[E:h.yavuz@cultureelerfgoed.nl]] |
| [[N:Marit de Boer-Zwolle|de Boer-Zwolle;Marit]] | {{O:gemeente Zwolle}} | {{F:erfgoedadviseur}} | deelnemer | [[E:m.deboer@zwolle.nl]] |
| [[N:Joris Kok|Kok;Joris]] | {{O:Erfgoedvereniging Heemschut}} | {{F:bestuurslid}} | deelnemer | [[E:joris.kok@gmail.com]] |
| [[N:Anna-Lena Schröder|Schröder;Anna-Lena]] | {{O:LVR-Amt für Denkmalpflege}} | {{F:Referentin}} | spreker | [[E:anna-lena.schroeder@lvr.de]] |
| [[N:Willem Visser|Visser;Willem]] | {{O:Vereniging Hendrick de Keyser}} | {{F:directeur}} | panellid | [[E:w.visser@hendrickdekeyser.nl]] |
| [[N:Siham El Bakkali|El Bakkali;Siham]] | {{O:TU Delft}} | {{F:promovenda}} | poster | [[E:s.elbakkali@tudelft.nl]] |
| [[N:Bart Groen|Groen;Bart]] | {{O:Monumentenwacht Nederland}} | {{F:inspecteur}} | deelnemer | [[E:b.groen@monumentenwacht.nl]] |
| [[N:Josefien ter Haar|ter Haar;Josefien]] | {{O:Provincie Utrecht}} | {{F:beleidsmedewerker}} | deelnemer | [[E:josefien.terhaar@provincie-utrecht.nl]] |
| [[N:Kwesi Appiah|Appiah;Kwesi]] | {{O:Rijksmuseum}} | {{F:conservator}} | deelnemer | [[E:k.appiah@rijksmuseum.nl]] |
| [[N:Laura Winter|Winter;Laura]] | {{O:Waterschap Zuiderzeeland}} | {{F:adviseur}} | deelnemer | [[E:laura.winter@zuiderzeeland.nl]] |
| [[N:Frits van Dam|van Dam;Frits]] | particulier eigenaar | - | deelnemer | [[E:fritsvandam@ziggo.nl]] |
| [[N:Noura Haddad|Haddad;Noura]] | {{O:Stichting Oude Groninger Kerken}} | {{F:projectleider}} | deelnemer | [[E:n.haddad@groningerkerken.nl]] |
| [[N:Tomasz Wiśniewski|Wiśniewski;Tomasz]] | {{O:Heijmans}} | {{F:restauratieadviseur}} | deelnemer | [[E:t.wisniewski@heijmans.nl]] |
| [[N:Grietje Dijkstra-Kok|Dijkstra-Kok;Grietje]] | {{O:Museum Dr8888}} | {{F:educatie}} | deelnemer | [[E:g.dijkstra@dr8888.nl]] |
| [[N:Rutger van Assendelft|van Assendelft;Rutger]] | {{O:Nationaal Restauratiefonds}} | {{F:adviseur}} | deelnemer | [[E:r.vanassendelft@restauratiefonds.nl]] |
| {{H:Peter Kerris}} | {{O:Provincie Gelderland}} | {{F:gedeputeerde}} | panellid | {{M:gedeputeerden@gelderland.nl}} |
| [[N:Yvette Blom|Blom;Yvette]] | {{O:Anne Frank Stichting}} | {{F:facilitair manager}} | deelnemer | [[E:y.blom@annefrank.nl]] |
| [[N:Olusegun Adeyemi|Adeyemi;Olusegun]] | {{O:Erasmus MC}} | {{F:gebouwbeheerder}} | deelnemer | [[E:o.adeyemi@erasmusmc.nl]] |
| [[N:Henk de Koning|de Koning;Henk]] | {{O:Johan Cruijff ArenA}} | {{F:duurzaamheidsmanager}} | deelnemer | [[E:h.dekoning@johancruijffarena.nl]] |
| [[N:Astrid van der Meulen|van der Meulen;Astrid]] | {{O:Thorbecke Scholengemeenschap}} | {{F:docent}} | deelnemer | [[E:a.vandermeulen@thorbecke.nl]] |
| [[N:Pim Zomer|Zomer;Pim]] | {{O:Bouwhistorie Zomer}} | {{F:eigenaar}} | deelnemer | [[E:pim@bouwhistoriezomer.nl]] |
| [[N:Ilse Verbrugge|Verbrugge;Ilse]] | {{O:Gemeente Middelburg}} | {{F:stadsarcheoloog}} | deelnemer | [[E:i.verbrugge@middelburg.nl]] |
| [[N:Lars Koopmans|Koopmans;Lars]] | {{O:Deltares}} | {{F:onderzoeker}} | spreker | [[E:lars.koopmans@deltares.nl]] |
| [[N:Fatima Zahra Ouali|Ouali;Fatima Zahra]] | {{O:RCE}} | {{F:trainee}} | notulist | [[E:f.ouali@cultureelerfgoed.nl]] |
| [[N:Gerrit-Jan Schaap|Schaap;Gerrit-Jan]] | {{O:Stichting Menno van Coehoorn}} | {{F:voorzitter}} | deelnemer | [[E:gj.schaap@coehoorn.nl]] |
| [[N:Roos Brouwer-de Wit|Brouwer-de Wit;Roos]] | {{O:Vereniging De Hollandsche Molen}} | {{F:adviseur}} | deelnemer | [[E:r.brouwer@molens.nl]] |
| [[N:Ahmad Shah Popal|Popal;Ahmad Shah]] | {{O:gemeente Den Haag}} | {{F:monumentenzorg}} | deelnemer | [[E:ahmadshah.popal@denhaag.nl]] |
| [[N:Maaike Hoorn|Hoorn;Maaike]] | {{O:gemeente Hoorn}} | {{F:erfgoedadviseur}} | deelnemer | [[E:m.hoorn@hoorn.nl]] |
Totaal 30 deelnemers. Dieetwensen bij [[N:Dirk-Jan Mulder]], [[T:06 3120 4478]].
""",
})

# ---------------------------------------------------------------------------------------------- t29
DOCS.append({
    "id": "t29_concept_onderzoeksrapport_opmerkingen_bladwijzers",
    "producer": "reportlab",
    "header": "{{O:Algemene Rekenkamer}} | concept, niet voor verspreiding | {{C:AR-2025-0312}}",
    "footer": "Conceptrapport Toeslagen herstel",
    "hidden": {"author": "[[N:Guus Wiegersma|Wiegersma;Guus]]",
               "subject": "reviewronde [[N:Wiegersma]] / [[N:Karsten Bijlsma|Bijlsma;Karsten]]",
               "bookmarks": [("1 Inleiding", 0), ("2 Bevindingen (review [[N:Bijlsma]])", 0), ("Bijlage: gesprekken [[N:Nadia Amrani|Amrani;Nadia]]", 1)],
               "notes": [(0, "[[N:Karsten Bijlsma]]", "Klopt dit getal? Navragen bij [[N:Joost Tuinman|Tuinman;Joost]] ({{O:UHT}})", 460, 650),
                         (0, "[[N:Guus Wiegersma]]", "Ja, bevestigd door [[N:Tuinman]] per mail van 3/3", 480, 620),
                         (1, "[[N:Nadia Amrani]]", "Namen gesprekspartners weglakken in publieksversie", 460, 700)]},
    "body": """
# Herstel Toeslagen: stand van zaken 2025
## Conceptrapport voor wederhoor

## 1 Inleiding
De {{O:Algemene Rekenkamer}} onderzocht de voortgang van de {{G:hersteloperatie kinderopvangtoeslag}}. De {{F:staatssecretaris van Financiën}}
- {{F:Herstel en Toeslagen}} {{H:Sandra Palmen}} ontving het concept op 10 maart. Haar voorganger {{H:Aukje de Vries}} zegde in 2024
snellere afhandeling toe.

## 2 Bevindingen
Eind 2024 waren 61.000 aanvragen beoordeeld. De {{O:Uitvoeringsorganisatie Herstel Toeslagen}} (UHT) heeft 3.700 medewerkers.
De {{O:Commissie Werkelijke Schade}} werkt volgens het {{W:integraal beoordelen}}. Het {{O:Nationale ombudsman}}-rapport van 2024
wordt gevolgd. De {{O:Tweede Kamer}} nam de motie-{{H:Omtzigt}} aan over de termijnen.
!pb
# Bijlage Gesprekken
| datum | organisatie | gesprekspartners |
| 14-01-2025 | {{O:UHT}} | [[N:Joost Tuinman]], [[N:Rachel Koning-Ho|Koning-Ho;Rachel]] |
| 21-01-2025 | {{O:Commissie Werkelijke Schade}} | secretaris [[N:Edwin Bakker|Bakker;Edwin]] |
| 28-01-2025 | {{O:Stichting (Ex)Toeslagen Gedupeerden Samen}} | [[N:Shantie Ramnath|Ramnath;Shantie]], [[N:Kees Boer|Boer;Kees]] |
| 04-02-2025 | {{O:gemeente Rotterdam}} | [[N:Marloes Hilhorst|Hilhorst;Marloes]] ({{F:brede ondersteuning}}) |
Onderzoeksteam: [[N:Guus Wiegersma]] ([[E:g.wiegersma@rekenkamer.nl]]), [[N:Nadia Amrani]], [[N:Karsten Bijlsma]]. Algemeen: {{S:070 342 43 44}}.
""",
})

# ---------------------------------------------------------------------------------------------- t30
DOCS.append({
    "id": "t30_aanvraagformulier_ontheffing_formuliervelden",
    "producer": "reportlab",
    "footer": "{{O:Gemeente Groningen}} | formulier ontheffing geluid evenement | versie 2025-1",
    "hidden": {"author": "[[N:Bouke Hazenberg|Hazenberg;Bouke]]",
               "fields": [("naam", "Naam aanvrager", "[[N:Thirza Wolters-Huizinga|Wolters-Huizinga;Thirza]]", [200, 690, 520, 706]),
                          ("adres", "Adres", "[[A:Oosterstraat 41a]], [[A:9711 NP]] Groningen", [200, 666, 520, 682]),
                          ("tel", "Telefoon", "[[T:06 4390 1885]]", [200, 642, 520, 658]),
                          ("mail", "E-mail", "[[E:thirza.wolters@hotmail.com]]", [200, 618, 520, 634]),
                          ("geb", "Geboortedatum", "[[D:29-01-1990]]", [200, 594, 520, 610]),
                          ("contact2", "Contactpersoon ter plaatse", "[[N:Bram Huizinga|Bram]], [[T:06 1200 3477]]", [200, 570, 520, 586]),
                          ("beh", "Behandelaar (intern)", "[[N:B. Hazenberg|Hazenberg]]", [200, 420, 520, 436])]},
    "body": """
# Aanvraag ontheffing geluid bij evenement
Dit formulier is digitaal ingevuld. U vindt de ingevulde gegevens in de formuliervelden.

> Naam aanvrager:
>
> Adres:
>
> Telefoon:
>
> E-mail:
>
> Geboortedatum:
>
> Contactpersoon ter plaatse:

## Evenement
Buurtfeest {{Y:Oosterstraat}}, 14 juni 2025, 14.00-23.00 uur. Versterkte muziek door {{O:Drumband Crescendo}}.
De aanvraag wordt beoordeeld door de {{O:Omgevingsdienst Groningen}} volgens de {{Z:APV Groningen}} en de {{Z:Omgevingswet}}.

## Intern
> Behandelaar (intern):
Vragen: {{S:14 050}} of {{M:evenementen@groningen.nl}}. Burgemeester {{H:Koen Schuiling}} beslist bij meer dan 1.000 bezoekers.
""",
})

# ---------------------------------------------------------------------------------------------- t31
DOCS.append({
    "id": "t31_woo_besluit_provincie_bijlagen_ghostscript",
    "producer": "docx",
    "gs": True,
    "header": "{{O:Provincie Limburg}} | {{C:2025/18874}}",
    "footer": "{{O:Provincie Limburg}} | {{Y:Limburglaan 10}}, {{L:Maastricht}} | {{S:043 389 99 99}}",
    "opts": {"author": "[[N:Mathieu Crijns|Crijns;Mathieu]]", "colwidths": {"all": [6, 14, 50, 20, 10]}},
    "hidden": {"author": "[[N:Mathieu Crijns]]"},
    "body": """
> [[N:Mevrouw drs. L.M.J. Hermans-Ploum|Hermans-Ploum]]
> [[A:Kapelaan Peetersstraat 4]]
> [[A:6231 ES]] {{L:Meerssen}}

Maastricht, 28 maart 2025
Onderwerp: Woo-besluit over stikstofvergunningen veehouderijen Heuvelland

# Besluit op uw verzoek

Geachte mevrouw [[N:Hermans-Ploum]],

U vroeg om documenten over vergunningen op grond van de {{Z:Wet natuurbescherming}} voor veehouderijen nabij
{{L:Geuldal}}. Gedeputeerde Staten van {{O:Limburg}} maken de documenten in bijlage 1 deels openbaar. {{F:Gedeputeerde}}
{{H:Stephan Meijer}} heeft dit besluit ondertekend; de {{F:Gouverneur}} {{H:Emile Roemer}} is geïnformeerd.
Namen van veehouders, ambtenaren en adviseurs zijn weggelakt. Het bedrijf {{O:Maatschap Janssen-Dautzenberg}} staat in de
vergunning; de vennoten [[N:Huub Janssen|Huub]] en [[N:Mia Dautzenberg|Dautzenberg;Mia]] worden niet genoemd.

## Bijlage 1 Inventaris
| nr | datum | omschrijving | afzender | besluit |
| 1 | 12-05-2023 | aanvraag vergunning | [[N:ir. Ton Smeets|Smeets;Ton]] ({{O:ZLTO Advies}}) | deels |
| 2 | 01-06-2023 | ontvangstbevestiging | [[N:Mathieu Crijns]] | deels |
| 3 | 14-09-2023 | {{R:AERIUS}}-berekening | [[N:Ton Smeets]] | openbaar |
| 4 | 02-11-2023 | intern advies ecologie | [[N:Dr. Joke Lemmens-Bos|Lemmens-Bos;Joke]] | deels |
| 5 | 08-12-2023 | ontwerpbesluit | GS {{O:Limburg}} | reeds openbaar |
| 6 | 19-01-2024 | zienswijze | {{O:Mobilisation for the Environment}} | deels |
| 7 | 20-01-2024 | zienswijze buurman | [[N:Pierre Vaessen|Vaessen;Pierre]] | deels |
| 8 | 30-04-2024 | besluit | GS {{O:Limburg}} | reeds openbaar |
| 9 | 15-06-2024 | e-mail handhaving | [[N:Jo Kessels|Kessels;Jo]] ({{O:RUD Zuid-Limburg}}) | deels |

Met vriendelijke groet, namens GS, [[N:Mathieu Crijns]], {{F:coördinator Woo}}, [[T:043 389 71 25]], [[E:m.crijns@prvlimburg.nl]].
""",
})

# ---------------------------------------------------------------------------------------------- t32 - t36 scans
DOCS.append({
    "id": "t32_scan_handgeschreven_aanvraag_kapvergunning",
    "producer": "scan",
    "opts": {"handwritten": True, "dpi": 250},
    "body": """
# Gemeente Apeldoorn - Melding kappen houtopstand
## Gegevens aanvrager (in blokletters of duidelijk handschrift)
> Naam :: [[N:Hendrik Jan Brinkhorst|Brinkhorst;Hendrik]]
> Adres :: [[A:Loolaan 212]]
> Postcode en plaats :: [[A:7315 AK]] Apeldoorn
> Telefoon :: [[T:06 1855 4093]]
> E-mail :: [[E:hj.brinkhorst@kpnmail.nl]]
> Geboortedatum :: [[D:12-10-1958]]
## Boom
> Soort en aantal :: 2 beuken, 1 eik
> Reden :: storm schade, gevaar voor buren [[N:Fam. Oudendijk|Oudendijk]]
> Eigenaar perceel :: [[N:H.J. Brinkhorst|Brinkhorst]] en [[N:W. Brinkhorst-Zwart|Brinkhorst-Zwart]]
Ondertekening aanvrager:
!sig
""",
})

DOCS.append({
    "id": "t33_scan_handgeschreven_verklaring_getuige_boa",
    "producer": "scan",
    "opts": {"handwritten": True, "dpi": 250},
    "body": """
# Verklaring getuige - Handhaving gemeente Alkmaar
## In te vullen door de getuige
> Naam getuige :: [[N:Sophie Kuyt|Kuyt;Sophie]]
> Adres :: [[A:Koedijkerstraat 19]]
> Telefoon :: [[T:0652 771 903]]
> Geboren :: [[D:04-04-2001]]
> Wat zag u? :: Man met rode jas gooide afval
> Kent u de persoon? :: Ja, [[N:Dennis Spaans|Spaans;Dennis]] van nummer 23
## In te vullen door de BOA
> Naam BOA :: [[N:Ilias Benhaddou|Benhaddou;Ilias]]
> BOA nummer :: [[X:ALK-2291]]
Handtekening getuige:
!sig
""",
})

DOCS.append({
    "id": "t34_scan_bezwaarschrift_waterschapsbelasting",
    "producer": "scan",
    "opts": {"dpi": 220, "font": "DVS", "size": 10.5},
    "body": """
> [[N:A.W. de Vries-Kalsbeek|de Vries-Kalsbeek]]
> [[A:Dorpsstraat 8]]
> [[A:8701 KX]] Bolsward
> telefoon [[T:0515 57 44 21]]

Aan het dagelijks bestuur van Wetterskip Fryslân
Postbus 36
8900 AA Leeuwarden

Bolsward, 2 maart 2025

Betreft: bezwaar tegen aanslag watersysteemheffing 2025, aanslagnummer 7741.22.903

Geachte heer, mevrouw,

Hierbij maak ik bezwaar tegen de aanslag. Ik ben weduwe sinds het overlijden van mijn man [[N:Sjoerd de Vries|Sjoerd]] in
december en woon alleen. De aanslag is nog op zijn naam gesteld. Mijn burgerservicenummer is [[B:204155718]]. Het bedrag
kan worden teruggestort op [[I:NL18 INGB 0006 5421 77]].

Mijn zoon [[N:Wybren de Vries|Wybren]] helpt mij met de post ([[E:wybren.devries@outlook.com]]).

Met vriendelijke groet,
!sig
[[N:Anna Wietske de Vries-Kalsbeek|Anna Wietske]]
""",
})

DOCS.append({
    "id": "t35_scan_presentielijst_inloopavond_twee_paginas",
    "producer": "scan",
    "opts": {"dpi": 200, "size": 10, "colwidths": {"all": [30, 34, 22, 14]}},
    "body": """
# Presentielijst inloopavond dijkversterking Marken
Datum: 19 februari 2025, locatie: dorpshuis Marken
| naam | adres | telefoon | paraaf |
| [[N:Klaas Schouten|Schouten;Klaas]] | [[A:Kets 12]] | [[T:0299 601 228]] | [[P:KS]] |
| [[N:Trijntje Boes-Kes|Boes-Kes;Trijntje]] | [[A:Havenbuurt 3]] | [[T:06 1944 0271]] | [[P:TBK]] |
| [[N:Gerrit Tames|Tames;Gerrit]] | [[A:Moeningeweg 7]] | - | [[P:GT]] |
| [[N:Mieke Slagter|Slagter;Mieke]] | [[A:Buurt II 45]] | [[T:06 2230 9915]] | [[P:MS]] |
| [[N:Jan Pereboom|Pereboom;Jan]] | [[A:Kerkbuurt 21]] | [[T:0299 601 904]] | [[P:JP]] |
| [[N:Soraya Mahabir|Mahabir;Soraya]] | [[A:Rozewerf 9]] | [[T:06 5561 2083]] | [[P:SM]] |
!pb
# Presentielijst (vervolg)
| naam | adres | telefoon | paraaf |
| [[N:Dirk Veerman|Veerman;Dirk]] | [[A:Wittewerf 2]] | [[T:06 4018 3361]] | [[P:DV]] |
| [[N:Anneke Kaars|Kaars;Anneke]] | [[A:Kets 40]] | - | [[P:AK]] |
| [[N:Piet Schuitemaker|Schuitemaker;Piet]] | [[A:Grotewerf 5]] | [[T:06 3377 1290]] | [[P:PS]] |
Aanwezig namens HHNK: [[N:Esther Bruin|Bruin;Esther]] (omgevingsmanager), [[T:06 1509 6624]]
""",
})

DOCS.append({
    "id": "t36_scan_politie_aangifte_fragment",
    "producer": "scan",
    "opts": {"dpi": 230, "font": "DVC", "size": 10},
    "body": """
# POLITIE - Proces-verbaal van aangifte
> Nummer: PL0900-2025031144712
> Aangever: [[N:KARIMI, Zahra|KARIMI;Zahra]]
> Geboren: [[D:17-03-1996]] te Kabul (Afghanistan)
> Adres: [[A:Kanaalweg 77 bis]], [[A:3526 KN]] Utrecht
> Telefoon: [[T:06-3311 7289]]
> Identiteitsbewijs: verblijfsdocument [[X:W71XK23P4]]

Aangeefster verklaarde: Op 10 maart 2025 werd mijn fiets gestolen bij het station. Ik zag dat een man met de naam
[[N:Ramon Tilburg|Tilburg;Ramon]] (ik ken hem van school) de fiets meenam. Mijn vriendin [[N:Hosna Ahmadi|Ahmadi;Hosna]]
stond erbij.

Verbalisant: [[N:J.P. van Leeuwen|van Leeuwen]], hoofdagent, Eenheid Midden-Nederland
!sig
""",
})
