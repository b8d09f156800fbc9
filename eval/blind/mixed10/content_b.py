"""Set T, part B: research and evaluation reports; English-language documents."""

DOCS = []

# ---------------------------------------------------------------------------------------------- t09
DOCS.append({
    "id": "t09_evaluatierapport_colofon_interviews_literatuur",
    "producer": "reportlab",
    "header": "Evaluatie {{G:Regeling Specifieke Uitkering Sport}} | {{O:KWINK groep}} in opdracht van {{O:VWS}}",
    "footer": "Eindrapport, 14 maart 2025",
    "opts": {"font": "DVS", "colwidths": {0: [30, 34, 36]}},
    "hidden": {"author": "[[N:Renske Oosterhuis-Nijboer|Oosterhuis-Nijboer;Renske]]",
               "title": "Evaluatie SPUK Sport - eindrapport (concept [[N:Oosterhuis-Nijboer]]/[[N:Mahabier]])",
               "bookmarks": [("Colofon", 0), ("Bijlage A Geïnterviewden", 1), ("Literatuur", 2)]},
    "body": """
# Evaluatie van de SPUK Sport 2020-2024
## Eindrapport

!small Colofon. Opdrachtgever: {{O:Ministerie van Volksgezondheid, Welzijn en Sport}}, {{O:directie Sport}}. Begeleidingscommissie: [[N:drs. Harmen Kuipers|Kuipers;Harmen]] ({{O:VWS}}, voorzitter), [[N:Joyce Mahabier|Mahabier;Joyce]] ({{O:VNG}}), [[N:dr. Anton Slager|Slager;Anton]] ({{O:Mulier Instituut}}) en [[N:Floor van Gorkum|van Gorkum;Floor]] ({{O:NOC*NSF}}). Onderzoekers: [[N:Renske Oosterhuis-Nijboer]] (projectleider), [[N:Baran Karimi|Karimi;Baran]] en [[N:Tess Boer|Boer;Tess]] ({{O:KWINK groep}}). Contact: [[E:r.oosterhuis@kwink.nl]], [[T:06 2411 9087]].

## Samenvatting
De {{G:Specifieke uitkering sport}} (SPUK) compenseert gemeenten voor btw op sportaccommodaties. Dit rapport
evalueert de doeltreffendheid en doelmatigheid op verzoek van {{F:staatssecretaris}} {{H:Karremans}}. Zijn voorganger,
{{F:staatssecretaris}} {{H:Maarten van Ooijen}}, vroeg in 2023 om de evaluatie naar aanleiding van de motie-{{H:Slootweg}}.
Wij spraken 31 respondenten bij gemeenten, sportbonden, de {{O:Belastingdienst}} en {{O:DUS-I}}.

## Conclusies
1. De regeling bereikt vrijwel alle gemeenten (341 van 342). 2. De uitvoeringslasten bij {{O:DUS-I}} zijn laag.
3. Sportverenigingen merken weinig van de regeling. 4. Er is weinig zicht op effecten voor de {{G:Sportakkoord II}}-doelen.

## Dankwoord
Wij danken alle respondenten. In het bijzonder danken wij [[N:Annemarie Zwolle|Zwolle;Annemarie]] van {{O:DUS-I}} voor de data, en
[[N:Kofi Mensah-Bonsu|Mensah-Bonsu;Kofi]] ({{O:gemeente Almere}}) en [[N:Marieke van der Heijden-Blom|van der Heijden-Blom;Marieke]]
({{O:gemeente Tilburg}}) voor het organiseren van de focusgroepen. [[N:Harmen Kuipers]] was een scherpe voorzitter.
!pb
# Bijlage A Geïnterviewde personen
Hieronder staan de respondenten. De lijst is met toestemming opgenomen in de versie voor de opdrachtgever.
| naam | organisatie | functie |
| [[N:Annemarie Zwolle]] | {{O:DUS-I}} | {{F:teamleider uitvoering}} |
| [[N:Pieter Smit|Smit;Pieter]] | {{O:Belastingdienst}} | {{F:vaktechnisch coördinator}} |
| [[N:Kofi Mensah-Bonsu]] | {{O:gemeente Almere}} | {{F:beleidsadviseur sport}} |
| [[N:Marieke van der Heijden-Blom]] | {{O:gemeente Tilburg}} | {{F:accounthouder sportbedrijf}} |
| [[N:Dewi Kartosen-Soekhai|Kartosen-Soekhai;Dewi]] | {{O:gemeente Den Haag}} | {{F:controller}} |
| [[N:Bram op de Weegh|op de Weegh;Bram]] | {{O:KNVB}} | {{F:manager accommodaties}} |
| [[N:Lucía Fernández Ortega|Fernández Ortega;Lucía]] | {{O:Mulier Instituut}} | {{F:onderzoeker}} |
| [[N:Hylke Tjallema|Tjallema;Hylke]] | {{O:gemeente Súdwest-Fryslân}} | {{F:wethouder (ambtelijk vergezeld)}} |
| [[N:Omar Haidari|Haidari;Omar]] | {{O:VNG}} | {{F:senior adviseur}} |
| [[N:Els Vos|Vos;Els]] | {{O:Sportbedrijf Rotterdam}} | {{F:directeur}} |
| [[N:Jan-Willem Brouwer|Brouwer;Jan-Willem]] | {{O:NOC*NSF}} | {{F:programmamanager}} |
| [[N:Nguyen Thi Lan|Nguyen;Thi Lan]] | {{O:gemeente Utrecht}} | {{F:beleidsmedewerker}} |
Focusgroepen: {{L:Almere}} (12 februari), {{L:Tilburg}} (19 februari), {{L:Leeuwarden}} (3 maart). Verslagen bij [[N:Tess Boer]].
!pb
# Literatuur
{{U:Bovens, M. & Zouridis, S.}} (2002). Van street-level bureaucratie naar systeem-level bureaucratie. {{O:Nederlands Juristenblad}}, 77(2).
{{O:Mulier Instituut}} (2023). Sportaccommodaties in Nederland. {{L:Utrecht}}.
{{O:Algemene Rekenkamer}} (2022). Specifieke uitkeringen: focus op verantwoording. {{L:Den Haag}}.
{{U:Hoekman, R.}}, {{U:Van der Roest, J.}} & {{U:Van der Poel, H.}} (2018). Sportbeleid in Nederland. {{O:Mulier Instituut}}.
{{O:KWINK groep}} (2021). Tussenevaluatie SPUK. {{L:Den Haag}}.
!small Dit rapport is geschreven door [[N:R. Oosterhuis-Nijboer|Oosterhuis-Nijboer]], [[N:B. Karimi|Karimi]] en [[N:T. Boer|Boer]]. Kwaliteitstoets door [[N:dr. Sanne Winter|Winter;Sanne]].
""",
})

# ---------------------------------------------------------------------------------------------- t10
DOCS.append({
    "id": "t10_onderzoeksrapport_bijlage_respondenten_twee_paginas",
    "producer": "chromium",
    "header": "{{O:Inspectie Justitie en Veiligheid}} | Onderzoek toezicht op BOA's in de openbare ruimte",
    "footer": "Bijlage 2 bij rapport {{C:IJenV-2025-08}}",
    "opts": {"colwidths": {"all": [6, 22, 24, 26, 14]}, "cellsize": 10.5, "size": 10.5},
    "body": """
# Bijlage 2 Verantwoording en respondenten
Het onderzoek is uitgevoerd door [[N:Cor van 't Wout|van 't Wout;Cor]] ({{F:inspecteur}}), [[N:Zeynep Arslan|Arslan;Zeynep]]
({{F:inspecteur}}) en [[N:Maria Fátima Gonçalves|Gonçalves;Maria Fátima]] ({{F:analist}}). Eindverantwoordelijk is de directie van de
{{O:Inspectie JenV}}. Begeleiding: [[N:mr. Jos Kok|Kok;Jos]].

De inspectie sprak met 38 personen in zes gemeenten. De tabel geeft de gesprekken; namen van BOA's zijn
opgenomen met hun {{Q:BOA}}-registratienummer zoals dat in het dossier staat.

| nr | naam | functie | organisatie | datum |
| 1 | [[N:Gert-Jan Blom|Blom;Gert-Jan]] | {{F:teamleider handhaving}} | {{O:gemeente Zwolle}} | 14-10-2024 |
| 2 | [[N:Saïda El Amrani|El Amrani;Saïda]] | {{F:BOA}} ([[X:BOA-4417-28]]) | {{O:gemeente Zwolle}} | 14-10-2024 |
| 3 | [[N:Ruben de Groot|de Groot;Ruben]] | {{F:BOA}} ([[X:BOA-5120-66]]) | {{O:gemeente Zwolle}} | 14-10-2024 |
| 4 | [[N:Astrid Koning|Koning;Astrid]] | {{F:coördinator}} | {{O:Politie Oost-Nederland}} | 15-10-2024 |
| 5 | [[N:Richard Martina|Martina;Richard]] | {{F:teamchef}} | {{O:Politie Oost-Nederland}} | 15-10-2024 |
| 6 | [[N:Hamid Noorzai|Noorzai;Hamid]] | {{F:BOA}} ([[X:BOA-3391-02]]) | {{O:gemeente Enschede}} | 22-10-2024 |
| 7 | [[N:Linda Kok-Visser|Kok-Visser;Linda]] | {{F:teamleider}} | {{O:gemeente Enschede}} | 22-10-2024 |
| 8 | [[N:Bart Winter|Winter;Bart]] | {{F:strategisch adviseur}} | {{O:gemeente Enschede}} | 23-10-2024 |
| 9 | [[N:Femke Dam|Dam;Femke]] | {{F:BOA}} ([[X:BOA-6004-71]]) | {{O:gemeente Rotterdam}} | 29-10-2024 |
| 10 | [[N:Kwame Asante|Asante;Kwame]] | {{F:BOA}} ([[X:BOA-6015-09]]) | {{O:gemeente Rotterdam}} | 29-10-2024 |
| 11 | [[N:Mirjam Schipper|Schipper;Mirjam]] | {{F:afdelingshoofd}} | {{O:gemeente Rotterdam}} | 30-10-2024 |
| 12 | [[N:Dennis Hoorn|Hoorn;Dennis]] | {{F:opleider}} | {{O:Stichting Vakbekwaamheid Handhaving}} | 05-11-2024 |
| 13 | [[N:Yusuf Demir|Demir;Yusuf]] | {{F:BOA}} ([[X:BOA-7730-45]]) | {{O:gemeente Almelo}} | 06-11-2024 |
| 14 | [[N:Inge Bakker|Bakker;Inge]] | {{F:coördinator}} | {{O:gemeente Almelo}} | 06-11-2024 |
| 15 | [[N:Sander Winters|Winters;Sander]] | {{F:BOA}} ([[X:BOA-8812-30]]) | {{O:gemeente Venlo}} | 12-11-2024 |
| 16 | [[N:Ravi Jagessar|Jagessar;Ravi]] | {{F:teamleider}} | {{O:gemeente Venlo}} | 12-11-2024 |
| 17 | [[N:Anneke Hoekstra|Hoekstra;Anneke]] | {{F:beleidsadviseur}} | {{O:Ministerie van Justitie en Veiligheid}} | 19-11-2024 |
| 18 | [[N:Thomas Vermeulen|Vermeulen;Thomas]] | {{F:programmamanager}} | {{O:Nederlands Politie Instituut}} | 19-11-2024 |
| 19 | [[N:Rosa Zomerdijk|Zomerdijk;Rosa]] | {{F:juridisch adviseur}} | {{O:Dienst Justis}} | 26-11-2024 |
| 20 | [[N:Mustafa Bozkurt|Bozkurt;Mustafa]] | {{F:BOA}} ([[X:BOA-9120-14]]) | {{O:gemeente Amsterdam}} | 03-12-2024 |
| 21 | [[N:Wietske Dijkstra|Dijkstra;Wietske]] | {{F:teamleider}} | {{O:gemeente Amsterdam}} | 03-12-2024 |
| 22 | [[N:Jurre ter Beek|ter Beek;Jurre]] | {{F:BOA}} ([[X:BOA-9134-88]]) | {{O:gemeente Amsterdam}} | 03-12-2024 |
| 23 | [[N:Hanneke Lente|Lente;Hanneke]] | {{F:privacy officer}} | {{O:gemeente Amsterdam}} | 04-12-2024 |
| 24 | [[N:Pascal Wolf|Wolf;Pascal]] | {{F:vakbondsbestuurder}} | {{O:ACP}} | 10-12-2024 |
| 25 | [[N:Mohammed Al-Sayed|Al-Sayed;Mohammed]] | {{F:BOA}} ([[X:BOA-2207-53]]) | {{O:gemeente Enschede}} | 10-12-2024 |
| 26 | [[N:Jolien Vogelaar|Vogelaar;Jolien]] | {{F:onderzoeker}} | {{O:Politieacademie}} | 17-12-2024 |
| 27 | [[N:Erik de Leeuw|de Leeuw;Erik]] | {{F:directeur}} | {{O:Stichting Vakbekwaamheid Handhaving}} | 17-12-2024 |
| 28 | [[N:Fenna Kuiper|Kuiper;Fenna]] | {{F:BOA}} ([[X:BOA-3356-17]]) | {{O:gemeente Venlo}} | 07-01-2025 |
De {{F:burgemeesters}} {{H:Peter Snijders}} ({{L:Zwolle}}), {{H:Roelof Bleker}} ({{L:Enschede}}) en {{H:Femke Halsema}} ({{L:Amsterdam}}) zijn
bestuurlijk geïnformeerd. Vragen: {{M:inspectie@inspectie-jenv.nl}}.
""",
})

# ---------------------------------------------------------------------------------------------- t11
DOCS.append({
    "id": "t11_embassy_report_accra_english",
    "producer": "docx",
    "header": "{{O:Embassy of the Kingdom of the Netherlands}} in {{L:Accra}} | UNCLASSIFIED",
    "footer": "Embassy report {{C:ACC-2025-017}}",
    "opts": {"author": "[[N:Maarten Veldhuizen|Veldhuizen;Maarten]]"},
    "hidden": {"author": "[[N:Maarten Veldhuizen]]"},
    "body": """
# Embassy report: visit to the cocoa value chain, Ashanti Region
Date: 11 February 2025. From: Embassy {{L:Accra}}, economic section. To: {{O:Ministry of Foreign Affairs}}, {{O:DGBEB}}; {{O:RVO}}.
Drafted by: [[N:Maarten Veldhuizen]] ({{F:first secretary}}), with [[N:Akosua Frimpong-Mensah|Frimpong-Mensah;Akosua]] ({{F:local policy officer}}).

## Summary
The Minister for Foreign Trade and Development, {{H:Reinette Klever}}, will visit {{L:Ghana}} in May. In preparation, the
economic section visited cooperatives near {{L:Kumasi}} together with the {{O:Ghana Cocoa Board}} (COCOBOD) and
{{O:Solidaridad}}. Main findings: the EU Deforestation Regulation ({{Z:EUDR}}) traceability requirements are well known, but
smallholders lack {{W:GPS polygon mapping}} and {{W:due diligence}} capacity.

## Meetings
- {{O:COCOBOD}}: Deputy Chief Executive (public official; see website) and [[N:Mr Kwabena Owusu-Darko|Owusu-Darko;Kwabena]], head of the
  traceability unit, mobile [[T:+233 24 481 0937]].
- Cooperative Kuapa Kokoo: [[N:Mrs Abena Asantewaa Boakye|Boakye;Abena Asantewaa]], a farmer from {{L:Bekwai}}, described income losses.
  Her husband [[N:Yaw Boakye|Yaw]] showed the farm registry.
- {{O:Solidaridad West Africa}}: [[N:Dr Efua Sarpong|Sarpong;Efua]] ([[E:efua.sarpong@solidaridadnetwork.org]]).
- Dutch companies: [[N:Joost Verhagen|Verhagen;Joost]] of {{O:Cargill Cocoa & Chocolate}} and [[N:Lieke Brouwer|Brouwer;Lieke]] of {{O:Tony's Chocolonely}}.

## Next steps
1. The embassy proposes a roundtable with {{H:Klever}} and the Minister of Food and Agriculture.
2. {{O:RVO}} ([[N:Sander van Dijk|van Dijk;Sander]], [[E:sander.vandijk@rvo.nl]]) will check eligibility for {{G:DRIVE}} and {{G:Dutch Good Growth Fund}}.
3. Former Minister {{H:Liesje Schreinemacher}} opened the {{G:Sustainable Cocoa Initiative}} in 2023; the embassy will report on its progress.

For questions: [[N:M. Veldhuizen|Veldhuizen]], [[T:+233 30 221 4350 ext. 212]], [[E:maarten.veldhuizen@minbuza.nl]]; general: {{M:acc@minbuza.nl}}.
""",
})

# ---------------------------------------------------------------------------------------------- t12
DOCS.append({
    "id": "t12_north_sea_working_group_minutes_english",
    "producer": "fpdf",
    "header": "{{O:North Seas Energy Cooperation}} (NSEC) | Support Group 1 Hybrid projects",
    "footer": "Minutes NSEC SG1 meeting 23 January 2025 - draft for approval",
    "opts": {"colwidths": {"all": [28, 22, 26, 40]}, "cellsize": 8},
    "hidden": {"author": "[[N:Eva Smit-Lensink|Smit-Lensink;Eva]]", "subject": "NSEC SG1 minutes, comments [[N:Jonas Vermeersch|Vermeersch;Jonas]]"},
    "body": """
# Minutes - NSEC Support Group 1 (Hybrid and joint projects)
Brussels, {{L:Berlaymont}} room 5/12 and online, 23 January 2025, 10:00-13:00

## Participants
| name | country | organisation | role |
| [[N:Eva Smit-Lensink]] | {{L:Netherlands}} | {{O:Ministry of Climate Policy and Green Growth}} | co-chair |
| [[N:Jonas Vermeersch]] | {{L:Belgium}} | {{O:FOD Economie}} | co-chair |
| [[N:Dr. Katharina Müller-Lüdenscheidt|Müller-Lüdenscheidt;Katharina]] | {{L:Germany}} | {{O:BMWK}} | member |
| [[N:Søren Kjærgaard|Kjærgaard;Søren]] | {{L:Denmark}} | {{O:Danish Energy Agency}} | member |
| [[N:Aoife Ní Bhriain|Ní Bhriain;Aoife]] | {{L:Ireland}} | {{O:DECC}} | member |
| [[N:Tom de Wit|de Wit;Tom]] | {{L:Netherlands}} | {{O:TenneT}} | expert |
| [[N:Bence Kovács|Kovács;Bence]] | {{O:European Commission}} | {{O:DG ENER}} | observer |
| [[N:Wessel Visser|Visser;Wessel]] | {{L:Netherlands}} | {{O:RVO}} | secretariat |

## 1. Welcome
The co-chairs welcomed participants. [[N:Smit-Lensink]] recalled the Ministerial of December, where Minister
{{H:Sophie Hermans}} and Commissioner {{H:Dan Jørgensen}} endorsed the offshore {{W:grid connection}} targets.

## 2. Hybrid interconnectors
{{O:TenneT}} ([[N:De Wit]]) presented the {{G:LionLink}} project status: {{W:final investment decision}} expected in 2026.
[[N:Müller-Lüdenscheidt]] asked about {{W:cost-benefit sharing}} (CBCA). [[N:Kovács]] referred to the {{Z:TEN-E Regulation}}
and the {{G:Connecting Europe Facility}} call. Action: [[P:TdW]] to circulate the slides.

## 3. Offshore tenders
[[N:Kjærgaard]] reported on Danish {{W:negative bidding}}. [[N:Ní Bhriain]] noted Irish {{W:Offshore Renewable Electricity Support Scheme}}
(ORESS) results. The Dutch delegation explained the {{G:IJmuiden Ver Gamma}} tender delays as announced by the
Minister in her letter to the {{O:Tweede Kamer}}; MP {{H:Kops}} had asked questions about it.

## 4. AOB
Next meeting: {{L:The Hague}}, 3 April 2025. Secretariat: [[N:W. Visser|Visser]], [[E:wessel.visser@rvo.nl]], [[T:+31 6 4877 1206]].
Functional mailbox: {{M:nsec-secretariat@rvo.nl}}.

| action | owner | deadline |
| circulate {{G:LionLink}} slides | [[P:TdW]] | 31 Jan |
| note on CBCA options | [[P:KML]] / [[N:Vermeersch]] | 15 Mar |
| update tender calendar | [[P:ESL]] | 15 Mar |
""",
})

# ---------------------------------------------------------------------------------------------- t13
DOCS.append({
    "id": "t13_brussels_briefing_minister_english",
    "producer": "chromium",
    "header": "{{O:Permanent Representation of the Netherlands to the EU}} | Briefing | restricted until the visit",
    "footer": "PV EU | {{Y:Kortenberglaan 4-10}}, 1040 Brussels | {{S:+32 2 679 15 11}}",
    "opts": {"mailto": True, "colwidths": {"all": [14, 40, 28]}},
    "body": """
# Briefing: visit of the Minister of Finance to Brussels, 17 February 2025
Prepared by: [[N:Iris Groenewegen|Groenewegen;Iris]] ([[E:iris.groenewegen@minbuza.nl]]) and [[N:Stefan Kalinowski|Kalinowski;Stefan]] ([[E:stefan.kalinowski@minfin.nl]]).
Cleared by: Deputy Permanent Representative (name withheld in this version: [[N:Marije van 't Hof|van 't Hof;Marije]]).

## Programme
| time | meeting | attendees |
| 09:30 | Eurogroup pre-meeting | Minister {{H:Eelco Heinen}}, [[N:Kalinowski]] |
| 11:00 | Commissioner {{H:Valdis Dombrovskis}} | Minister {{H:Heinen}}, Permanent Representative, [[N:Groenewegen]] |
| 13:00 | lunch with MEPs | {{H:Malik Azmani}}, {{H:Jeroen Lenaers}}, {{H:Gerben-Jan Gerbrandy}} |
| 15:00 | Commissioner {{H:Wopke Hoekstra}} | climate finance, note taker [[N:Paulo Ribeiro da Costa|Ribeiro da Costa;Paulo]] |
| 17:00 | ECOFIN | Minister {{H:Heinen}}; back-office [[N:Hana Yoshida-de Boer|Yoshida-de Boer;Hana]] |

## Key messages
1. The Netherlands supports the {{W:Savings and Investments Union}} but insists on {{W:proportionality}} for smaller banks.
2. On the {{Z:Stability and Growth Pact}}, the Minister recalls the position of his predecessor {{H:Steven van Weyenberg}}.
3. Climate finance: the Netherlands stands behind the {{W:New Collective Quantified Goal}} (NCQG) agreed at COP29.

## Logistics
Car: driver [[N:Luc Peeters|Peeters;Luc]] (embassy), [[T:+32 478 55 19 02]]. Security liaison: [[N:Koen Dam|Koen]].
Press: questions go to {{M:persvoorlichting@minfin.nl}}.
Delegation mailbox: {{M:bru-ecofin@minbuza.nl}}.
""",
})

# ---------------------------------------------------------------------------------------------- t14
DOCS.append({
    "id": "t14_kennisnotitie_voetnoten_ghostscript",
    "producer": "reportlab",
    "gs": True,
    "header": "{{O:Planbureau voor de Leefomgeving}} | kennisnotitie (concept)",
    "footer": "Concept, niet citeren",
    "opts": {"size": 9.5},
    "hidden": {"author": "[[N:Marten Slagter|Slagter;Marten]]",
               "notes": [(0, "[[N:Ilona Kowalska|Kowalska;Ilona]]", "Bron voetnoot 3 nakijken? Bel [[N:Johan Boer|Johan]] (06-1992 7733) even", 300, 700)]},
    "body": """
# Netcongestie en de woningbouwopgave
## Kennisnotitie voor het {{O:Ministerie van Volkshuisvesting en Ruimtelijke Ordening}}

Auteurs: [[N:Marten Slagter]], [[N:Ilona Kowalska]] en [[N:Yvonne Kuiper-Hoogland|Kuiper-Hoogland;Yvonne]]. Met dank aan [[N:Johan Boer|Boer]]
({{O:Netbeheer Nederland}}) en [[N:Shirin Rahmani|Rahmani;Shirin]] ({{O:Stedin}}) voor hun commentaar op een eerdere versie.

## 1. Inleiding
{{F:Minister}} {{H:Mona Keijzer}} vroeg het {{Q:PBL}} in 2024 om de samenhang tussen de woningbouwopgave van 100.000 woningen per jaar
en de netcongestie te verkennen.(1) Eerder schreef {{F:minister}} {{H:Hugo de Jonge}} in de {{G:Nationale Woon- en Bouwagenda}} dat
netcapaciteit geen knelpunt mocht worden.(2) De {{O:ACM}} heeft regels gesteld voor {{W:congestion management}} en
{{W:non-firm ATO}}.(3)

## 2. Bevindingen
In {{L:Utrecht}}, {{L:Gelderland}} en {{L:Noord-Brabant}} is de wachtrij voor afname het langst. {{O:Liander}}, {{O:Stedin}} en {{O:Enexis}}
verwachten dat nieuwe woonwijken na 2027 moeten wachten. Het {{G:Landelijk Actieprogramma Netcongestie}} (LAN) helpt.

!small (1) Brief van de minister van VRO aan het {{Q:PBL}}, 12 juli 2024, kenmerk {{C:2024-0000385112}}.
!small (2) {{O:Ministerie van BZK}} (2022), Nationale Woon- en Bouwagenda. Zie ook Kamerstukken II 2021/22, 32847, nr. 878.
!small (3) Interview met [[N:ir. Koen Blom|Blom;Koen]], {{O:ACM}}, 3 september 2024; e-mail [[E:k.blom@acm.nl]].
!small Contact: [[N:M. Slagter|Slagter]], {{O:PBL}}, [[T:070 328 87 42]], [[E:marten.slagter@pbl.nl]]; algemeen {{S:070 328 87 00}}, {{M:info@pbl.nl}}.
""",
})
