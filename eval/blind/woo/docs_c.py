# Set D documents 19-25: Tweede Kamer procedurevergaderingen, chat exports, municipalities.
DOCS_C = [
 {"name": "d19_tk_procedure_bzk", "producer": "html", "style": "besluitenlijst procedurevergadering TK",
  "title": "Besluitenlijst procedurevergadering commissie BiZa",
  "blocks": [
   ("h", "Besluitenlijst procedurevergadering vaste commissie voor Binnenlandse Zaken"),
   ("kv", [["Datum", "{{D:12 maart 2025}}"], ["Voorzitter", "{{OF:Van der Plas}} (BBB)"],
           ["Aanwezig", "de leden {{OF:Van Baarle}} (DENK), {{OF:Sneller}} (D66), {{OF:Bikker}} (ChristenUnie), "
                        "{{OF:Dassen}} (Volt), {{OF:Yeşilgöz-Zegerius}} (VVD) en {{OF:Jimmy Dijk}} (SP)"],
           ["Griffier", "{{U:Van Dooren}}"],
           ["Ondersteuning", "{{P:Mirjam Oudshoorn}}, {{TI:commissieassistent}}, {{T:070 318 21 44}}, "
                             "{{E:m.oudshoorn@tweedekamer.nl}}"]]),
   ("table", [["Nr", "Zaak", "Besluit"],
              ["1", "Brief van minister {{OF:Judith Uitermark}} over de Woo-termijnen ({{C:2025Z03412}})",
               "Agenderen voor het commissiedebat Open overheid."],
              ["2", "Verzoek van het lid {{OF:Sneller}} om een technische briefing door de {{O:Raad van State}}",
               "Ingestemd; griffie plant in april."],
              ["3", "Burgerbrief van de heer {{P:F. Ouali}} ({{A:Hobbemastraat 9}}, {{PL:Leiden}}) over "
                    "gemeentelijke herindeling", "Voor kennisgeving aannemen."],
              ["4", "Rondetafelgesprek digitale weerbaarheid, voorstel van het lid {{OF:Dassen}}",
               "Genodigden: {{O:Autoriteit Persoonsgegevens}}, {{O:VNG}} en {{O:Rekenkamer}}."],
              ["5", "Kamerstuk {{C:36 600 VII, nr. 12}} van staatssecretaris {{OF:Zsolt Szabó}}",
               "Schriftelijk overleg, inbreng {{D:3 april 2025}}."]]),
   ("p", "Het lid {{OF:Van Baarle}} (DENK) vraagt de staatssecretaris een reactie op het bericht over "
         "gegevensdeling door gemeenten. Het lid {{P:Jansen}} van de werkgroep archieven - een medewerker van de "
         "griffie, {{P:Joyce Jansen}} - verzorgt het verslag."),
   ("p", "Oud-Kamerlid {{OF:Pieter Omtzigt}} heeft een notitie over de Woo aangeboden; het lid "
         "{{OF:Bikker}} stelt voor deze te betrekken bij het debat."),
   ("p", "Contact: {{FE:cie.biza@tweedekamer.nl}} of het algemene nummer {{S:070 318 22 11}}. Bezoekadres "
         "{{GA:Prinses Irenestraat 6}}, {{PL:Den Haag}}. Opgesteld door {{PA:MO}}, {{D:13 maart 2025}}."),
  ]},

 {"name": "d20_tk_procedure_jenv", "producer": "reportlab", "style": "besluitenlijst procedurevergadering TK",
  "title": "Procedurevergadering commissie Justitie en Veiligheid",
  "blocks": [
   ("h", "Procedurevergadering vaste commissie voor Justitie en Veiligheid"),
   ("kv", [["Datum", "{{D:26 februari 2025}}"], ["Voorzitter", "het lid {{OF:Van Nispen}} (SP)"],
           ["Griffier", "{{U:mr. A.C. Rijkers-Benhaddou}}"],
           ["Adjunct-griffier", "{{P:Hidde Lam}}, {{E:h.lam@tweedekamer.nl}}, {{T:070-3183047}}"]], [40, 125]),
   ("p", "Aanwezig zijn de leden {{OF:Ellian}} (VVD), {{OF:Mutluer}} (GroenLinks-PvdA), "
         "{{OF:Van der Werf}} (D66), {{OF:Eerdmans}} (JA21) en {{OF:Boswijk}} (CDA)."),
   ("h", "Besluiten"),
   ("p", "1. De brief van minister {{OF:Van Weel}} over capaciteit in het gevangeniswezen ({{C:2025Z02977}}) "
         "wordt geagendeerd. Het lid {{OF:Ellian}} wil een commissiedebat voor het zomerreces."),
   ("p", "2. Staatssecretaris {{OF:Ingrid Coenradie}} wordt gevraagd om een reactie op het rapport van de "
         "{{O:Inspectie Justitie en Veiligheid}} over de {{O:Dienst Justitiële Inrichtingen}}."),
   ("p", "3. Burgerbrief van mevrouw {{P:J. Mahabier}} uit {{PL:Almere}} ({{E:jmahabier1961@ziggo.nl}}, "
         "{{T:036 - 530 18 72}}) over een detentiezaak: doorgeleiden naar de minister. Haar zoon, "
         "{{P:Ravi Mahabier}}, is gedetineerd in {{PL:Lelystad}}."),
   ("p", "4. Het lid {{OF:Mutluer}} vraagt om een rondetafelgesprek met {{O:Slachtofferhulp Nederland}}. "
         "Oud-minister {{OF:Dilan Yeşilgöz-Zegerius}}, thans Kamerlid, sluit zich aan. Ingestemd."),
   ("p", "5. De adjunct-griffier {{P:Lam}} verzorgt de uitnodigingen; stagiair "
         "{{P:Noa Lammers}} ondersteunt."),
   ("small", "Tweede Kamer, {{GA:Postbus 20018}}, 2500 EA {{PL:Den Haag}} - {{FE:cie.jenv@tweedekamer.nl}} "
             "- {{S:070 318 22 11}}"),
  ]},

 {"name": "d21_teams_export_szw", "producer": "fpdf2", "style": "Teams-export",
  "title": "Teams-chat Kamerbrief armoede",
  "blocks": [
   ("h", "Export {{PR:Microsoft Teams}} - chat 'Kamerbrief armoedecijfers'"),
   ("small", "Geëxporteerd op {{D:24 maart 2025}} ten behoeve van {{TE:Woo-verzoek}} {{C:SZW-WOO-2025-041}}"),
   ("lines", [
     "[10-03-2025 09:12] {{P:Esther van Leeuwen}}: Hoi {{P:Daan}}, heb jij de cijfers van het {{O:CBS}} al?",
     "[10-03-2025 09:14] {{P:Daan Mooi}}: Ja, mooi op tijd. Staat in {{PR:SharePoint}}. Minister {{OF:Van Hijum}} wil "
     "de brief vrijdag tekenen.",
     "[10-03-2025 09:20] {{P:Esther van Leeuwen}}: Top. Kan {{P:Tim}} de tabel checken? Hij zit vandaag in "
     "Harderwijk.",
     "[10-03-2025 09:31] {{P:Tim Harderwijk}}: Ben er. Bel me even op {{T:0031 6 2847 1190}}, mijn vaste "
     "lijn {{T:070 333 4 927}} staat nog niet om.",
     "[10-03-2025 10:02] {{P:Daan Mooi}}: Het lid {{OF:Jimmy Dijk}} heeft vanochtend weer vragen gesteld over de "
     "{{TE:Participatiewet}}.",
     "[10-03-2025 10:05] {{P:Esther van Leeuwen}}: Dan zet ik {{P:Arjen Kroon}} ({{E:a.kroon@minszw.nl}}) "
     "erbij.",
     "[10-03-2025 10:40] {{P:Arjen Kroon}}: Gezien. Woordvoerder {{OF:Lennart Bos}} wil de Q&A voor 14:00.",
     "[10-03-2025 11:15] {{P:Tim Harderwijk}}: Tabel klopt, alleen de {{PL:Caribisch Nederland}}-cijfers "
     "ontbreken. Mail {{E:tim.harderwijk@minszw.nl}} als je iets nodig hebt.",
     "[10-03-2025 11:17] {{P:Daan Mooi}}: Kroonjuweel van deze brief is de {{TE:armoedegrens}} ;-)",
     "[10-03-2025 11:20] {{P:Esther van Leeuwen}}: Graag via {{FE:kamerbrieven@minszw.nl}} aanleveren. "
     "Staatssecretaris {{OF:Jurgen Nobel}} leest mee.",
   ]),
   ("p", "Deelnemers: {{P:Esther van Leeuwen}} ({{E:EvLeeuwen@minszw.nl}}), {{P:Daan Mooi}}, {{P:Tim Harderwijk}}, "
         "{{P:Arjen Kroon}}. Berichten van {{D:10 maart 2025}}."),
   ("small", "{{O:Ministerie van Sociale Zaken en Werkgelegenheid}}, {{GA:Parnassusplein 5}}, {{PL:Den Haag}}, "
             "{{S:070 333 44 44}}"),
  ]},

 {"name": "d22_whatsapp_dijkbewaking", "producer": "docx", "style": "WhatsApp-export",
  "title": "WhatsApp-export crisisteam hoogwater",
  "blocks": [
   ("h", "{{PR:WhatsApp}}-chat 'Crisisteam hoogwater Waal'"),
   ("small", "Export {{D:4 januari 2025}} - {{O:Waterschap Rivierenland}} / {{O:Gemeente Nijmegen}}"),
   ("lines", [
     "[02-01-25 21:14:03] {{P:Wim Post}}: Waterstand Waal bij {{PL:Nijmegen}} 14,20 m NAP en stijgend.",
     "[02-01-25 21:15:40] {{P:Aylin Şahin}}: Dijkgraaf {{OF:Marc Haverkamp}} is geïnformeerd. Burgemeester "
     "{{OF:Bruls}} wil om 22:00 bellen.",
     "[02-01-25 21:17:12] {{P:Wim Post}}: Oké. Ik haal de post van vandaag uit het gemeentehuis.",
     "[02-01-25 21:20:55] {{T:+31 6 41225890}}: Dit is {{P:Joost}} van de dijkwacht {{PL:Lent}}. Kwelwater bij "
     "dijkpaal 112.",
     "[02-01-25 21:22:09] {{P:Aylin Şahin}}: Dank {{P:Joost}}! Kun je foto's sturen naar {{E:aylin.sahin@nijmegen.nl}}?",
     "[02-01-25 21:40:31] {{P:Wim Post}}: Burgemeester {{OF:Hubert Bruls}} heeft gebeld met minister "
     "{{OF:Barry Madlener}}.",
     "[02-01-25 21:58:47] {{P:Karin Dijkstra}}: Bewoners van de {{A:Oosterhoutsedijk 45}} willen weten of ze "
     "moeten vertrekken. Mevrouw {{P:Van Rijswijk}} is slecht ter been.",
     "[02-01-25 22:03:10] {{P:Aylin Şahin}}: Verwijs naar {{S:14 024}} of {{FE:crisis@nijmegen.nl}}. "
     "{{P:Karin}}, bel jij haar op {{T:024 - 388 16 20}}?",
     "[02-01-25 22:05:02] {{P:Karin Dijkstra}}: Doe ik.",
   ]),
   ("p", "Groepsleden: {{P:Wim Post}} ({{T:+31 6 18 22 04 93}}), {{P:Aylin Şahin}} ({{T:06-30 98 77 12}}), "
         "{{P:Karin Dijkstra}} ({{E:k.dijkstra@wsrl.nl}}), {{P:Joost}} (dijkwacht)."),
   ("small", "Postbus: gemeente {{PL:Nijmegen}}, {{GA:Postbus 9105}}. Waterschap: {{GA:De Blomboogerd 1}}, "
             "{{PL:Tiel}}."),
  ]},

 {"name": "d23_teams_export_ocw", "producer": "html", "style": "Teams-export",
  "title": "Teams-export beantwoording Kamervragen",
  "blocks": [
   ("h", "Teams-export: beantwoording Kamervragen leraren tekort"),
   ("small", "Kanaal 'DPO Kamervragen' - {{PR:Microsoft Teams}} - {{D:3 februari 2025}} tot {{D:5 februari 2025}}"),
   ("lines", [
     "{{P:Ricardo da Silva}} 3-2 08:55 - Goedemorgen! Vragen van het lid {{OF:Westerveld}} (GroenLinks-PvdA) "
     "zijn binnen, {{C:2025Z01733}}.",
     "{{P:Anh Nguyen}} 3-2 09:02 - Ik pak vraag 1 t/m 4. {{P:Kateryna}}, neem jij 5 en 6?",
     "{{P:Kateryna Kovalenko}} 3-2 09:10 - Ja. Ik vraag data op bij {{O:DUO}} (<{{E:kkovalenko@duo.nl}}>).",
     "{{P:Ricardo da Silva}} 3-2 11:31 - Staatssecretaris {{OF:Mariëlle Paul}} wil de antwoorden voor vrijdag. "
     "Minister {{OF:Bruins}} tekent mee.",
     "{{P:Anh Nguyen}} 4-2 10:20 - Concept staat klaar. Bel me als iets onduidelijk is: {{T:06.21.43.09.77}}",
     "{{P:Pieter-Jan Oosterhuis}} 4-2 14:05 - Juridisch gecheckt. Let op: {{P:Nguyen}} noemt een school in "
     "{{PL:Almere Haven}} bij naam, dat is openbare info.",
     "{{P:Kateryna Kovalenko}} 5-2 09:44 - Cijfers verwerkt. De cijfers van de {{O:Inspectie van het Onderwijs}} "
     "komen via {{FE:info@owinsp.nl}}.",
     "{{P:Ricardo da Silva}} 5-2 16:02 - Verzonden naar {{FE:kabinet-ocw@minocw.nl}}. Dank allen! "
     "Mail mij op {{E:R.DaSilva@minocw.nl}} bij vragen.",
   ]),
   ("p", "Leden van het kanaal: {{P:Ricardo da Silva}}, {{P:Anh Nguyen}} ({{E:a.nguyen+teams@minocw.nl}}), "
         "{{P:Kateryna Kovalenko}}, {{P:Pieter-Jan Oosterhuis}} ({{T:+31 (0)70 412 35 87}})."),
   ("small", "{{O:Ministerie van Onderwijs, Cultuur en Wetenschap}} - {{GA:Rijnstraat 50}}, {{PL:Den Haag}} - "
             "{{S:1400}}"),
  ]},

 {"name": "d24_rib_amsterdam_huisvesting", "producer": "reportlab", "style": "raadsinformatiebrief",
  "title": "Raadsinformatiebrief huisvesting statushouders", "author": "Femke Bakker",
  "blocks": [
   ("h", "Raadsinformatiebrief huisvesting statushouders"),
   ("kv", [["Aan", "de leden van de gemeenteraad van {{PL:Amsterdam}}"],
           ["Datum", "{{D:17 september 2025}}"], ["Kenmerk", "{{C:RIB-WB-2025-1883}}"],
           ["Portefeuillehouder", "burgemeester {{OF:Femke Halsema}} en {{TI:wethouder}} "
                                  "{{OF:Yasmina Ouaddou}}"]], [40, 125]),
   ("p", "Geachte leden van de raad,"),
   ("p", "In deze brief informeert het college u over de taakstelling voor de huisvesting van statushouders. "
         "Burgemeester {{OF:Halsema}} heeft hierover op {{D:2 september 2025}} gesproken met de "
         "{{O:COA}}-directie en met de gemeenten {{PL:Amstelveen}} en {{PL:Diemen}}."),
   ("p", "Het programmateam bestaat uit {{P:Femke Bakker}} ({{TI:programmadirecteur}}), {{P:Kofi Mensah}} en "
         "{{P:Lieve Sterk-Doornbos}}. U kunt hen bereiken via {{E:f.bakker@amsterdam.nl}}, "
         "{{E:kofi.mensah@amsterdam.nl}} en {{T:020 - 251 94 73}}. De heer {{P:Mensah}} is tevens "
         "aanspreekpunt voor {{O:Stadsdeel Nieuw-West}}."),
   ("p", "Wethouder {{OF:Ouaddou}} heeft toegezegd een locatie in {{PL:IJburg}} te onderzoeken. Een omwonende, "
         "de heer {{P:Gijs van der Kolk}} ({{A:Pampuslaan 212}}), heeft bezwaar aangekondigd."),
   ("p", "Met vriendelijke groet, namens het college van burgemeester en wethouders, {{OF:Femke Halsema}}"),
   ("small", "Stadhuis {{GA:Amstel 1}}, {{PL:Amsterdam}} - {{S:14 020}} - {{FE:raadsgriffie@amsterdam.nl}}"),
  ]},

 {"name": "d25_collegebesluit_den_haag", "producer": "docx", "style": "collegebesluit",
  "title": "Collegebesluit Haagse Markt", "author": "J. van Zanten",
  "blocks": [
   ("h", "Collegebesluit {{O:Gemeente Den Haag}}"),
   ("kv", [["Zaaknummer", "{{C:RIS321076}}"], ["Datum B&W", "{{D:1 juli 2025}}"],
           ["Portefeuillehouder", "burgemeester {{OF:Jan van Zanen}}"],
           ["Ambtelijk contact", "{{P:Jan van Zanten}}, {{E:jan.vanzanten@denhaag.nl}}, {{T:06 - 4210 8836}}"],
           ["Paraaf", "{{PA:JvZt}}"]]),
   ("p", "Het college besluit de marktverordening te wijzigen zodat de {{O:Haagse Markt}} op zondag open kan. "
         "Burgemeester {{OF:Van Zanen}} heeft met de marktcommissie gesproken op {{D:23 juni 2025}}."),
   ("p", "Wethouder {{OF:Mariëtte Kraaijeveld}} heeft economische zaken in portefeuille. Het advies is opgesteld "
         "door {{P:Jan van Zanten}} en getoetst door {{P:Esra Aydın}} ({{E:esra.aydin@denhaag.nl}}). Let op: "
         "de heer {{P:Van Zanten}} is niet dezelfde persoon als de burgemeester."),
   ("p", "Een marktkoopman, de heer {{P:Gert van Houten}} ({{A:Hobbemastraat 144}}, {{PL:Den Haag}}), "
         "diende een zienswijze in; hij is bereikbaar op {{T:0703 45 67 89}}. Zijn bedrijf, "
         "{{O:Van Houten Groente & Fruit}}, is een vaste standhouder."),
   ("p", "Informatie voor inwoners: {{S:14 070}} of {{FE:markten@denhaag.nl}}. Stadhuis: {{GA:Spui 70}}."),
  ]},
]
