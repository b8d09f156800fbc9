"""Set U, part A: social domain (Wmo, Jeugdwet, schuldhulpverlening, bijzondere bijstand, leerplicht), chats."""

from framework import D, bsn, iban

DOCS = []

# ------------------------------------------------------------------ u01 Wmo beschikking (Writer)
DOCS.append(D("u01", "wmo_beschikking_huishoudelijke_ondersteuning", "writer", [
    ("small", "{{O:Gemeente Leeuwarden}} | Sociaal Domein | Postbus 21000 | 8900 JA {{L:Leeuwarden}} | {{S:14 058}}"),
    ("kv", [("Aan", "De heer [[N:S.J. Hoekstra|Hoekstra]]"), ("", "[[A:Tuinen 118-B]]"), ("", "[[A:8911 KJ Leeuwarden]]"),
            ("Datum", "12 februari 2025"), ("Ons kenmerk", "{{K:WMO-2025-004417}}"),
            ("Behandeld door", "[[N:Wytske Sijbesma-Dijkstra|Sijbesma-Dijkstra;Wytske]], consulent Wmo"),
            ("Telefoon", "[[T:058 233 94 17]]"), ("E-mail", "[[E:w.sijbesma@leeuwarden.nl]]")]),
    ("title", "Beschikking maatwerkvoorziening huishoudelijke ondersteuning"),
    ("p", "Geachte heer [[N:Hoekstra]],"),
    ("p", "Op 14 januari 2025 heeft u zich gemeld bij het {{O:Sociaal Wijkteam Leeuwarden-Oost}} voor ondersteuning in het huishouden. "
          "Op 23 januari 2025 heeft onze consulent, mevrouw [[N:Sijbesma-Dijkstra]], met u en uw dochter [[N:Baukje Hoekstra|Baukje]] een "
          "gesprek gevoerd bij u thuis (het keukentafelgesprek). In deze brief leest u ons besluit op grond van de "
          "{{W:Wet maatschappelijke ondersteuning 2015}} ({{C:Wmo}})."),
    ("h", "Uw gegevens"),
    ("kv", [("Naam", "[[N:Sjoerd Jelle Hoekstra|Sjoerd]]"), ("Geboortedatum", "[[D:03-09-1941]]"),
            ("Burgerservicenummer", f"[[B:{bsn(101)}]]"), ("Cliëntnummer", "[[X:CL-88123]]")]),
    ("h", "Ons besluit"),
    ("p", "U krijgt een maatwerkvoorziening huishoudelijke ondersteuning in natura van 3 uur per week, van 1 maart 2025 tot en met "
          "28 februari 2027. De ondersteuning wordt geleverd door {{O:Thuiszorg Noorderbreedte}}. Uw contactpersoon daar is "
          "[[N:Marrit de Boer|Marrit]], teamleider ([[T:06 4127 3390]]). U betaalt een eigen bijdrage van maximaal € 21,80 per maand; "
          "die wordt vastgesteld en geïnd door het {{O:CAK}}."),
    ("h", "Waarom krijgt u deze voorziening?"),
    ("p", "Uit het gesprek blijkt dat u sinds uw heupoperatie in het {{O:Medisch Centrum Leeuwarden}} niet meer zelf kunt stofzuigen en "
          "de bedden niet kunt verschonen. Uw dochter woont in {{L:Drachten}} en kan één keer per week helpen; dat is niet genoeg. "
          "Uw buurman, de heer [[N:Van der Meulen|Meulen]], doet af en toe boodschappen voor u. Dit is meegewogen als gebruikelijke hulp."),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en "
          "wethouders. Stuur uw bezwaarschrift naar {{O:Gemeente Leeuwarden}}, Postbus 21000, 8900 JA {{L:Leeuwarden}} of mail naar "
          "{{M:bezwaar@leeuwarden.nl}}. Wilt u eerst overleggen? Bel dan {{S:14 058}}."),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van {{L:Leeuwarden}},"),
    ("sig", "[[N:Jildou Veenstra|Veenstra;Jildou]]\n{{F:teamleider Wmo}}"),
    ("small", "Afschrift: {{O:Thuiszorg Noorderbreedte}}, t.a.v. [[N:Marrit de Boer]]"),
], footer="{{O:Gemeente Leeuwarden}} · {{K:WMO-2025-004417}}", info={"Author": "[[N:Wytske Sijbesma-Dijkstra]]", "Title": "Beschikking Wmo HO"}))

# ------------------------------------------------------------------ u02 keukentafelgesprek Jeugdwet (two columns)
DOCS.append(D("u02", "verslag_keukentafelgesprek_jeugdwet", "rl2", [
    ("title", "Verslag keukentafelgesprek Jeugdwet – gezin [[N:Mensah-Darko|Mensah;Darko]]"),
    ("kv", [("Datum gesprek", "4 maart 2025, 15.30 uur, bij het gezin thuis"), ("Adres", "[[A:Dr. Zamenhofstraat 77]], [[A:1312 TK Almere]]"),
            ("Aanwezig", "[[N:Kwabena Mensah|Kwabena]] (vader), [[N:Akosua Mensah-Darko|Akosua]] (moeder), [[N:Jorien Blom|Blom;Jorien]] (jeugdconsulent {{O:gemeente Almere}}), [[N:Sem Nieuwenhuizen|Nieuwenhuizen]] ({{O:Kwadraad}} wijkteam, stagiair)"),
            ("Zaaknummer", "{{K:JW-ALM-2025-0931}}")]),
    ("h", "1. Aanleiding"),
    ("p", "De huisarts van het gezin, [[N:dr. R. Tjong-A-Hung|Tjong-A-Hung]], heeft op 18 februari 2025 een verwijzing gestuurd voor de "
          "zoon [[N:Kofi Mensah|Kofi]] (geboren [[D:11-06-2013]]). [[N:Kofi]] zit in groep 8 van {{O:OBS De Regenboog}} in {{L:Almere Buiten}}. "
          "School meldt sinds december concentratieproblemen en ruzies op het plein. Intern begeleider [[N:Petra Koning|Koning;Petra]] "
          "heeft het gezin geadviseerd hulp te vragen."),
    ("h", "2. Wat vertellen ouders?"),
    ("p", "Vader werkt in ploegendienst bij {{O:Schiphol}} en is vaak 's nachts weg. Moeder werkt drie dagen in de thuiszorg. "
          "Oma [[N:Abena Darko|Abena]] woont sinds een half jaar in bij het gezin en past op de jongste, [[N:Ama Mensah|Ama]] (4 jaar). "
          "Ouders vertellen dat [[N:Kofi]] thuis vooral 's avonds boos wordt als hij van de telefoon af moet. Moeder zegt: "
          "'Hij luistert wel naar zijn oom [[N:Yaw|Yaw]], die voetbaltrainer is bij {{O:Almere City FC}}.'"),
    ("h", "3. Wat vertelt [[N:Kofi]]?"),
    ("p", "[[N:Kofi]] was bij het eerste deel van het gesprek. Hij vindt school 'saai' en zegt dat een jongen uit groep 7, [[N:Daan|Daan]], hem "
          "uitdaagt. Hij wil graag naar het {{O:Echnaton}} of het {{O:Oostvaarders College}} in het voortgezet onderwijs."),
    ("h", "4. Afspraken"),
    ("p", "1. De jeugdconsulent vraagt een kortdurend traject ambulante gezinsbegeleiding aan bij {{O:De Rading}} "
          "(8 weken, 2 uur per week) via het {{G:Jeugdhulp Flevoland}} contract."),
    ("p", "2. Mevrouw [[N:Blom]] neemt met toestemming van ouders contact op met intern begeleider mevrouw [[N:Koning]] "
          "en met de schoolarts van de {{O:GGD Flevoland}}."),
    ("p", "3. Moeder meldt zich bij het {{O:Centrum voor Jeugd en Gezin}} voor de cursus {{G:Opvoeden met Pit}}."),
    ("p", "4. Evaluatie op 15 april 2025. Contact: [[E:j.blom@almere.nl]], [[T:06 2290 4815]]. Algemeen nummer Jeugd: {{S:14 036}}."),
    ("h", "5. Toestemming"),
    ("p", "Ouders hebben mondeling toestemming gegeven voor het delen van dit verslag met {{O:De Rading}} en de school. "
          "Zij ontvangen een kopie per post op het adres hierboven."),
    ("small", "Opgesteld door [[N:J. Blom]], {{F:jeugdconsulent}}, 6 maart 2025. Gezien: [[P:MvdL]] (werkbegeleider)."),
], header="{{O:Gemeente Almere}} – {{O:Team Jeugd}} – vertrouwelijk", footer="{{K:JW-ALM-2025-0931}}",
    info={"Author": "[[N:Jorien Blom]]", "Subject": "Keukentafelgesprek gezin [[N:Mensah-Darko]]"}, top_blocks=2, top_h=68))

# ------------------------------------------------------------------ u03 schuldhulp plan van aanpak (fpdf)
DOCS.append(D("u03", "schuldhulpverlening_plan_van_aanpak", "fpdf", [
    ("title", "Plan van aanpak schuldhulpverlening"),
    ("kv", [("Gemeente", "{{O:Gemeente Heerlen}} – {{O:Stadsbank Parkstad}}"), ("Dossiernummer", "{{K:SHV-PKS-25-00218}}"),
            ("Cliënt", "[[N:Rosalinde Ramdin-Kasanpawiro|Ramdin-Kasanpawiro;Rosalinde]]"),
            ("Partner", "[[N:Ravi Ramdin|Ravi]]"), ("Adres", "[[A:Akerstraat 212]], [[A:6417 BP Heerlen]]"),
            ("Telefoon", "[[T:06 5301 7742]]"), ("BSN cliënt", f"[[B:{bsn(203)}]]"),
            ("Schuldhulpverlener", "[[N:Gianni Mertens|Mertens;Gianni]] ([[E:g.mertens@stadsbankparkstad.nl]], [[T:045 560 38 21]])")]),
    ("h", "1. Situatie"),
    ("p", "Mevrouw [[N:Ramdin-Kasanpawiro]] (42) en de heer [[N:Ramdin]] (45) hebben samen drie kinderen. De heer "
          "[[N:Ramdin]] is sinds september 2024 arbeidsongeschikt en ontvangt een {{G:WIA}}-uitkering van het {{O:UWV}}. "
          "Mevrouw werkt 24 uur per week bij {{O:Zuyderland Medisch Centrum}}. Het gezin is aangemeld via het {{G:Vroegsignalering}}-"
          "signaal van {{O:WML}} (waterbedrijf) en {{O:Woonpunt}} (huurachterstand)."),
    ("h", "2. Schuldenoverzicht (peildatum 1 maart 2025)"),
    ("table", ["Schuldeiser", "Soort", "Bedrag", "Status"], [
        ["{{O:Woonpunt}}", "huurachterstand", "€ 3.412,00", "betalingsregeling"],
        ["{{O:Belastingdienst/Toeslagen}}", "terugvordering huurtoeslag 2022", "€ 1.875,00", "verzoek persoonlijke betalingsregeling"],
        ["{{O:CJIB}}", "verkeersboetes (3)", "€ 689,00", "opgeschort"],
        ["{{O:Essent}}", "energie", "€ 1.120,55", "incasso via {{O:GGN}}"],
        ["{{O:Zilveren Kruis}}", "zorgpremie", "€ 946,20", "aangemeld {{G:wanbetalersregeling}}"],
        ["[[N:dhr. H. Tjon Fo|Tjon Fo]] (privé)", "lening familie", "€ 2.500,00", "informeel"],
        ["{{O:Wehkamp}}", "koop op afbetaling", "€ 734,90", "bij {{O:Intrum}}"],
    ], [3, 3, 1.5, 3]),
    ("h", "3. Afspraken"),
    ("p", "- Het leefgeld van € 245 per week wordt gestort op rekening [[I:" + iban("RABO", 31) + "]] t.n.v. [[N:R. Ramdin-Kasanpawiro]]."),
    ("p", "- Budgetbeheer: vaste lasten worden betaald vanaf de beheerrekening van de {{O:Stadsbank Parkstad}} "
          "([[X:BR-778120]] is het cliëntnummer)."),
    ("p", "- De heer [[N:Ramdin]] meldt zich bij {{O:Humanitas}} voor een thuisadministratie-vrijwilliger. De koppeling loopt via "
          "coördinator [[N:Fenna Lucassen|Lucassen]]."),
    ("p", "- Na stabilisatie (verwacht juni 2025) volgt een aanvraag minnelijk traject ({{Z:schuldregeling}}) bij de {{O:NVVK}}-leden."),
    ("h", "4. Ondertekening"),
    ("p", "Cliënt: [[N:R. Ramdin-Kasanpawiro]]          Partner: [[N:R. Ramdin]]          Schuldhulpverlener: [[N:G. Mertens]]"),
    ("small", "Heerlen, 7 maart 2025. Vragen? Bel de {{O:Stadsbank Parkstad}}: {{S:045 560 38 00}} of mail {{M:info@stadsbankparkstad.nl}}."),
], header="{{O:Stadsbank Parkstad}} – vertrouwelijk – {{K:SHV-PKS-25-00218}}", footer="Plan van aanpak [[N:Ramdin-Kasanpawiro]]",
    info={"Title": "PvA [[N:Ramdin]] SHV-PKS-25-00218", "Author": "gmertens"}))

# ------------------------------------------------------------------ u04 leerplicht verslag (Chromium)
DOCS.append(D("u04", "leerplicht_verzuimmelding_gespreksverslag", "chrome", [
    ("title", "Gespreksverslag leerplicht – ongeoorloofd verzuim"),
    ("kv", [("Leerling", "[[N:Liam van 't Hul|Hul;Liam]], geboren [[D:22-02-2011]]"),
            ("School", "{{O:Thorbecke Scholengemeenschap}}, locatie {{R:Burgemeester de Withstraat}}, {{L:Rotterdam}}"),
            ("Klas", "3 havo"), ("Melding DUO verzuimloket", "10 januari 2025, 16 uur ongeoorloofd verzuim in 4 weken"),
            ("Ouders", "[[N:Monique van 't Hul-Zomer|Zomer]] (moeder), [[N:Ruud van 't Hul|Ruud]] (vader, woont apart)"),
            ("Adres", "[[A:Schiekade 14C]], [[A:3032 AJ Rotterdam]]"),
            ("Leerplichtambtenaar", "[[N:Hatice Yıldırım|Yıldırım;Hatice]]"), ("Zaak", "{{K:LP-RTD-2025-00142}}")]),
    ("h", "Verloop van het gesprek (21 januari 2025, stadswinkel Noord)"),
    ("p", "Aanwezig: [[N:Liam]], moeder, mevrouw [[N:Yıldırım]] ({{F:leerplichtambtenaar}}) en de mentor van [[N:Liam]], de heer "
          "[[N:Okke ter Horst|Horst]]. Vader was uitgenodigd maar heeft zich afgemeld via een sms aan mevrouw [[N:Yıldırım]]."),
    ("p", "[[N:Liam]] vertelt dat hij 's ochtends niet uit bed komt omdat hij tot laat gamet ({{Q:Fortnite}}, {{Q:Discord}}). Moeder werkt "
          "vroege diensten bij {{O:Albert Heijn}} en is om 7.00 uur de deur uit. De mentor geeft aan dat [[N:Liam]] op dinsdag en donderdag "
          "het eerste uur mist; dat zijn juist de lessen van docent [[N:mevrouw Van Dijk|Dijk]] (wiskunde), met wie het botst."),
    ("p", "Volgens de zorgcoördinator van school, [[N:Anouk Verbeek-Amrani|Verbeek-Amrani]], speelt er mogelijk een slaapprobleem. "
          "Zij heeft de jeugdarts van de {{O:GGD Rotterdam-Rijnmond}} al ingeschakeld."),
    ("h", "Afspraken"),
    ("table", ["Nr", "Afspraak", "Wie", "Wanneer"], [
        ["1", "[[N:Liam]] is elke dag om 8.15 uur op school; de conciërge registreert aanwezigheid in {{Q:Magister}}", "[[N:Liam]] / school", "per direct"],
        ["2", "Gesprek met jeugdarts over slaapritme", "[[N:Verbeek-Amrani]]", "vóór 7 februari"],
        ["3", "Vader wordt opnieuw uitgenodigd (brief naar [[A:Vlietlaan 3A]], [[A:3062 HJ Rotterdam]])", "[[P:HY]]", "24 januari"],
        ["4", "Bij nieuw verzuim: doorverwijzing naar {{O:Bureau Halt}} (onder de 16: {{G:Halt-afdoening}})", "leerplicht", "na 4 weken"],
    ], [0.5, 6, 2, 1.6]),
    ("p", "De {{W:Leerplichtwet 1969}} verplicht ouders ervoor te zorgen dat hun kind naar school gaat. Mevrouw [[N:Yıldırım]] heeft "
          "uitgelegd dat bij voortdurend verzuim een proces-verbaal kan volgen en de zaak kan worden voorgelegd aan het {{O:Openbaar Ministerie}}."),
    ("small", "Verslag: [[N:H. Yıldırım]], [[E:h.yildirim@rotterdam.nl]], [[T:06 1390 2251]]. Afdeling {{O:Leerplicht en RMC}}: {{S:14 010}}, "
              "{{M:leerplicht@rotterdam.nl}}."),
], footer="{{O:Gemeente Rotterdam}} – {{O:Leerplicht en RMC}} – {{K:LP-RTD-2025-00142}}", mailto=True,
    info={"Author": "[[N:Hatice Yıldırım]]"}))

# ------------------------------------------------------------------ u05 Jeugdwet beschikking PGB (reportlab + sticky notes)
DOCS.append(D("u05", "jeugdwet_beschikking_pgb_met_opmerkingen", "rl", [
    ("small", "{{O:Gemeente Súdwest-Fryslân}} · Postbus 10.000 · 8600 HA {{L:Sneek}} · {{S:14 0515}}"),
    ("kv", [("Aan", "De ouders/verzorgers van [[N:Tjitske Dykstra|Tjitske]]"), ("", "[[N:Mevrouw G. Dykstra-Wiersma|Dykstra-Wiersma]] en [[N:de heer H. Dykstra|Dykstra]]"),
            ("", "[[A:Harinxmastraat 9]], [[A:8621 BR Heeg]]"), ("Datum", "27 februari 2025"),
            ("Kenmerk", "{{K:SWF-JW-2025-1187}}"), ("Contactpersoon", "[[N:Albertsma, J.|Albertsma]], telefoon [[T:0515 48 91 36]]")]),
    ("title", "Beschikking persoonsgebonden budget Jeugdwet"),
    ("p", "Geachte heer en mevrouw [[N:Dykstra]],"),
    ("p", "U heeft op 20 januari 2025 een persoonsgebonden budget ({{C:pgb}}) aangevraagd voor logeeropvang van uw dochter "
          "[[N:Tjitske]] (geboren [[D:30-08-2016]], BSN [[B:" + bsn(305) + "]]). Wij kennen u een pgb toe van € 6.480 per jaar "
          "voor de periode 1 maart 2025 tot en met 28 februari 2026. De {{O:Sociale Verzekeringsbank}} ({{C:SVB}}) betaalt de "
          "zorgverlener namens u uit."),
    ("p", "De logeeropvang wordt gegeven door zorgboerderij {{O:It Hoarnleger}} in {{L:Oudega}}. De eigenaar, "
          "[[N:Hylke Reitsma|Reitsma]], heeft een zorgovereenkomst met u gesloten. Het {{O:Jeugdteam Súdwest-Fryslân}} heeft "
          "beoordeeld dat deze zorg past bij de hulpvraag die in het ondersteuningsplan staat."),
    ("p", "Wij hebben bij het besluit rekening gehouden met het advies van de kinderarts van het {{O:Antonius Ziekenhuis Sneek}}."),
    ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van {{O:Súdwest-Fryslân}},\nnamens dezen,"),
    ("sig", "[[N:J. (Jetske) Albertsma|Jetske]]\n{{F:consulent Jeugd}}"),
    ("small", "Bezwaar binnen zes weken: {{M:bezwaarschriften@sudwestfryslan.nl}}. Meer over het pgb: {{O:Per Saldo}} en {{Q:mijnpgb.svb.nl}}."),
], footer="{{K:SWF-JW-2025-1187}}",
    notes=[(0, "[[N:Wiebren Koopmans]]", "[[N:Jetske]], check even of het pgb-tarief van [[N:Reitsma]] klopt met de tarieflijst 2025? Groet, [[P:WK]]"),
           (0, "[[N:Albertsma, Jetske]]", "Klopt, afgestemd met [[N:Sietske de Haan]] van inkoop op 25-2.")],
    info={"Author": "[[N:J. Albertsma]]", "Title": "Beschikking pgb Jeugdwet [[N:Dykstra]]"}))

# ------------------------------------------------------------------ u06 bijzondere bijstand (Writer -> Ghostscript)
DOCS.append(D("u06", "besluit_bijzondere_bijstand_witgoed", "writer", [
    ("small", "{{O:Gemeente Tilburg}} · {{O:Werk en Inkomen}} · Postbus 90155 · 5000 LH {{L:Tilburg}}"),
    ("kv", [("Aan", "Mevrouw [[N:F. Abdi Warsame|Abdi Warsame;Warsame]]"), ("", "[[A:Ringbaan-Oost 402]]"), ("", "[[A:5013 CH Tilburg]]"),
            ("Datum", "5 maart 2025"), ("Onderwerp", "Besluit op uw aanvraag bijzondere bijstand"),
            ("Dossier", "{{K:WI-TB-25-33091}}"), ("Uw contactpersoon", "[[N:Bram Kok|Kok]], klantmanager")]),
    ("p", "Beste mevrouw [[N:Abdi Warsame]],"),
    ("p", "U vroeg op 17 februari 2025 bijzondere bijstand voor een nieuwe wasmachine en koelkast. Uw oude wasmachine is kapot; "
          "dat heeft de monteur van {{O:Coolblue}} op 12 februari bevestigd. U woont met uw drie kinderen, [[N:Hodan|Hodan]], "
          "[[N:Abdirizak|Abdirizak]] en [[N:Ifrah|Ifrah]], in een huurwoning van {{O:WonenBreburg}}."),
    ("h", "Besluit"),
    ("p", "Wij kennen u bijzondere bijstand toe van € 849,00 als gift, op grond van artikel 35 van de {{W:Participatiewet}}. "
          "Het bedrag wordt binnen vijf werkdagen overgemaakt op uw rekening [[I:" + iban("INGB", 61) + "]]."),
    ("p", "Uw buurvrouw, mevrouw [[N:Kok-van Beurden|Beurden]], heeft u geholpen bij het invullen van de aanvraag. Zij heeft "
          "daarvoor uw machtiging. Let op: klantmanager [[N:Kok]] en mevrouw [[N:Kok-van Beurden]] zijn geen familie."),
    ("h", "Wat moet u nog doen?"),
    ("p", "Stuur de aankoopbon binnen vier weken naar {{M:bijzonderebijstand@tilburg.nl}} of lever die in bij het "
          "{{O:Stadswinkel Tilburg}} aan het {{R:Stadhuisplein}}. Heeft u vragen, bel dan {{S:14 013}}."),
    ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van {{L:Tilburg}},\nnamens deze,"),
    ("sig", "[[N:B. Kok]]\n{{F:klantmanager Werk en Inkomen}}\n[[E:bram.kok@tilburg.nl]] | [[T:06 1187 4420]]"),
], footer="{{K:WI-TB-25-33091}} – pagina 1", gs=True, info={"Author": "[[N:Bram Kok]]", "Keywords": "bijzondere bijstand; [[N:Abdi Warsame]]"}))

# ------------------------------------------------------------------ u07 wachtlijst schuldhulp (Calc, multi-page)
_wl = [
    ("[[N:Yusuf Koç|Koç]]", "[[A:Wageningselaan 14]]", "[[T:06 2301 8812]]", "12-11-2024", "intake gepland", "[[P:AvD]]"),
    ("[[N:Gerda Smit-Brouwer|Smit-Brouwer]]", "[[A:De Ganzenmarkt 3]]", "[[T:0318 51 22 90]]", "14-11-2024", "stabilisatie", "[[P:MJ]]"),
    ("[[N:Abdul Wahid Noorzai|Noorzai]]", "[[A:Prins Bernhardlaan 88]]", "[[T:06 4418 0073]]", "19-11-2024", "wacht op stukken", "[[P:AvD]]"),
    ("[[N:Priscilla Martina|Martina]]", "[[A:Zuidelijke Industrieweg 2-C]]", "[[T:06 5199 2034]]", "21-11-2024", "intake gepland", "[[P:RB]]"),
    ("[[N:Henk Winter|Winter]]", "[[A:Wittenburgerweg 61]]", "[[T:0318 64 17 03]]", "25-11-2024", "budgetbeheer", "[[P:MJ]]"),
    ("[[N:Sanne Visser|Visser]]", "[[A:Bergweg 130]]", "[[T:06 1021 7740]]", "28-11-2024", "doorverwezen {{O:Humanitas}}", "[[P:RB]]"),
    ("[[N:Tomasz Wiśniewski|Wiśniewski]]", "[[A:Stationsplein 5 kamer 12]]", "[[T:06 3387 1450]]", "02-12-2024", "intake gepland", "[[P:AvD]]"),
    ("[[N:Ayaan Hirsi Ali-Farah|Ali-Farah]]", "[[A:Grebbeweg 17]]", "[[T:06 2766 0931]]", "03-12-2024", "stabilisatie", "[[P:MJ]]"),
    ("[[N:Marco da Silva Santos|Silva Santos]]", "[[A:Cuneraweg 290]]", "[[T:06 4120 5588]]", "05-12-2024", "wacht op stukken", "[[P:RB]]"),
    ("[[N:Gábor Nagy|Nagy]]", "[[A:Herenstraat 42 bis]]", "[[T:06 1744 9206]]", "09-12-2024", "intake gepland", "[[P:AvD]]"),
    ("[[N:Dewi Kusumawati|Kusumawati]]", "[[A:Kerkewijk 7]]", "[[T:0318 52 60 44]]", "10-12-2024", "budgetbeheer", "[[P:MJ]]"),
    ("[[N:Jeroen Bakker|Bakker]]", "[[A:Nieuwe Kade 1]]", "[[T:06 2009 3318]]", "12-12-2024", "afgesloten (geen hulpvraag)", "[[P:RB]]"),
    ("[[N:Fatima Zahra El Idrissi|El Idrissi]]", "[[A:Diederiklaan 23]]", "[[T:06 5870 1129]]", "16-12-2024", "stabilisatie", "[[P:AvD]]"),
    ("[[N:Wim de Groot|Groot]]", "[[A:Slijkstraat 9]]", "[[T:0318 41 99 27]]", "18-12-2024", "intake gepland", "[[P:MJ]]"),
    ("[[N:Nadia Haddad-Abu Khalil|Haddad-Abu Khalil]]", "[[A:Laan der Verenigde Naties 102]]", "[[T:06 3012 6645]]", "06-01-2025", "wacht op stukken", "[[P:RB]]"),
    ("[[N:Kees Dam|Dam]]", "[[A:Rozengracht 11]]", "[[T:06 1458 3302]]", "08-01-2025", "budgetbeheer", "[[P:AvD]]"),
    ("[[N:Ilse Koning|Koning]]", "[[A:Meentsteeg 4]]", "[[T:06 4931 7716]]", "13-01-2025", "intake gepland", "[[P:MJ]]"),
    ("[[N:Rachid Benali|Benali]]", "[[A:Zandstraat 77]]", "[[T:06 2254 8890]]", "15-01-2025", "stabilisatie", "[[P:RB]]"),
    ("[[N:Trudy Zwolle|Zwolle]]", "[[A:Valleistraat 200]]", "[[T:0318 61 03 58]]", "20-01-2025", "intake gepland", "[[P:AvD]]"),
    ("[[N:Mohammad Reza Karimi|Karimi]]", "[[A:Rijnkade 3]]", "[[T:06 1673 2249]]", "22-01-2025", "wacht op stukken", "[[P:MJ]]"),
    ("[[N:Esther Blom-Kuipers|Blom-Kuipers]]", "[[A:Sint Jansstraat 18]]", "[[T:06 3905 4412]]", "27-01-2025", "budgetbeheer", "[[P:RB]]"),
    ("[[N:Lucas Oude Nijhuis|Oude Nijhuis]]", "[[A:Amersfoortseweg 55]]", "[[T:06 5541 0207]]", "29-01-2025", "intake gepland", "[[P:AvD]]"),
    ("[[N:Sharmila Jagessar|Jagessar]]", "[[A:Ericalaan 31]]", "[[T:06 2867 3315]]", "03-02-2025", "stabilisatie", "[[P:MJ]]"),
    ("[[N:Dirk-Jan in 't Veld|in 't Veld]]", "[[A:Hoogstraat 2]]", "[[T:06 1130 8874]]", "05-02-2025", "intake gepland", "[[P:RB]]"),
    ("[[N:Ngozi Okafor|Okafor]]", "[[A:Parkweg 96]]", "[[T:06 4402 6638]]", "10-02-2025", "wacht op stukken", "[[P:AvD]]"),
    ("[[N:Pieter de Wit|Wit]]", "[[A:Plantsoen 19]]", "[[T:0318 50 77 81]]", "12-02-2025", "intake gepland", "[[P:MJ]]"),
    ("[[N:Shukri Mohamed Yusuf|Mohamed Yusuf]]", "[[A:Julianalaan 45]]", "[[T:06 3319 2071]]", "17-02-2025", "stabilisatie", "[[P:RB]]"),
    ("[[N:Anton van Dijk|Dijk]]", "[[A:Stationsweg 8]]", "[[T:06 2498 1167]]", "19-02-2025", "intake gepland", "[[P:AvD]]"),
]
DOCS.append(D("u07", "wachtlijst_schuldhulpverlening_calc", "calc", [
    ("title", "Wachtlijst schuldhulpverlening – {{O:gemeente Ede}} – stand 24 februari 2025"),
    ("p", "Bron: registratie {{Q:Allegro}} / {{G:Vroeg Eropaf}}. Intern gebruik {{O:Team Schulddienstverlening}}. Niet doorsturen."),
    ("table", ["Naam", "Adres ({{L:Ede}}/{{L:Bennekom}})", "Telefoon", "Aangemeld", "Status", "Consulent"],
     [list(r) for r in _wl]),
    ("p", "Consulenten: [[P:AvD]] = [[N:Anouk van Dalen|Dalen;Anouk]]; [[P:MJ]] = [[N:Mustafa Jebari|Jebari;Mustafa]]; "
          "[[P:RB]] = [[N:Romy Bosman|Bosman;Romy]]. Teamleider: [[N:Gert-Jan Stoffelen|Stoffelen]]."),
    ("p", "Vragen over deze lijst: {{M:schuldhulp@ede.nl}} of {{S:0318 68 09 11}}."),
], landscape=True, header="{{O:Gemeente Ede}} – wachtlijst schuldhulp – vertrouwelijk", footer="Afdruk 24-02-2025 door [[N:A. van Dalen]]",
    calc_widths=[30, 32, 16, 12, 26, 10], info={"Author": "[[N:Anouk van Dalen]]", "Title": "Wachtlijst SHV"}))

# ------------------------------------------------------------------ u08 leerplicht vrijstelling (reportlab + AcroForm)
DOCS.append(D("u08", "aanvraag_vrijstelling_leerplicht_formulier", "rl", [
    ("small", "{{O:Gemeente Deventer}} · {{O:Leerplicht}} · Grote Kerkhof 1 · 7411 KT {{L:Deventer}} · {{S:14 0570}}"),
    ("title", "Aanvraag vrijstelling van de leerplicht (artikel 5 {{W:Leerplichtwet 1969}})"),
    ("p", "Met dit formulier vraagt u vrijstelling aan van de inschrijvingsplicht op grond van artikel 5 onder a (lichamelijke of psychische "
          "gronden) of onder b (bedenkingen tegen de richting van het onderwijs). Bij een aanvraag op grond van onderdeel a is een "
          "verklaring van een onafhankelijk arts nodig, afgegeven door de jeugdarts van de {{O:GGD IJsselland}}."),
    ("p", "Stuur het ingevulde formulier naar {{M:leerplicht@deventer.nl}}. De {{F:leerplichtambtenaar}} neemt binnen twee weken "
          "contact met u op. Bijlagen: verklaring arts, kopie identiteitsbewijs ouder."),
    ("h", "Gegevens"),
    ("p", "De gegevens van ouder en kind staan in de formuliervelden hieronder."),
    ("small", "Formulier LP-05, versie 2024-09. Verwerking volgens de {{W:Algemene verordening gegevensbescherming}}; "
              "zie de privacyverklaring op {{Q:deventer.nl/privacy}}."),
], footer="{{O:Gemeente Deventer}} – formulier LP-05",
    fields=[("ouder_naam", "Naam ouder/verzorger", "[[N:Hendrika Lubbers-Hofstede|Lubbers-Hofstede;Hendrika]]"),
            ("ouder_adres", "Adres", "[[A:Brinkgreverweg 63, 7413 AB Deventer]]"),
            ("ouder_tel", "Telefoon", "[[T:06 2944 7103]]"),
            ("ouder_mail", "E-mail", "[[E:h.lubbers-hofstede@ziggo.nl]]"),
            ("kind_naam", "Naam kind", "[[N:Jesse Lubbers|Jesse]]"),
            ("kind_geb", "Geboortedatum kind", "[[D:17-05-2012]]"),
            ("kind_bsn", "BSN kind", "[[B:" + bsn(409) + "]]"),
            ("arts", "Arts (verklaring)", "[[N:dr. M.A. Oosterveld|Oosterveld]]")],
    info={"Author": "[[N:Hendrika Lubbers-Hofstede]]", "Title": "LP-05 aanvraag vrijstelling"}))

# ------------------------------------------------------------------ u09 WhatsApp export wijkteam (fpdf mono, 2 pages)
_wa = [
    "[03-03-2025 08:02:11] ‎Messages and calls are end-to-end encrypted.",
    "[03-03-2025 08:14:37] [[N:Marieke Hofman|Marieke;Hofman]]: Goedemorgen! Wie pakt vandaag de melding van {{O:Woonstad}} over de familie op de [[A:Riederlaan 41]] op?",
    "[03-03-2025 08:16:02] [[N:Youssef Amrani|Youssef;Amrani]]: Ik. Ben om 10 uur in de buurt. Is de zoon ([[N:Mees|Mees]]) nog steeds thuis?",
    "[03-03-2025 08:17:45] [[N:Marieke Hofman]]: Volgens [[N:Ria|Ria]] van de school wel. Moeder heet [[N:Johanna Voskuilen|Voskuilen]], telnr [[T:06 1822 4470]]",
    "[03-03-2025 08:20:19] [[T:+31 6 4187 2209]]: Hoi allemaal, dit is [[N:Sophie|Sophie]] (nieuwe stagiair {{O:Hogeschool Rotterdam}}). Mag ik mee?",
    "[03-03-2025 08:21:03] [[N:Youssef Amrani]]: Prima [[N:Sophie]], 9.45 bij het wijkteamkantoor {{R:Slinge}} 1.",
    "[03-03-2025 09:05:55] [[N:Gerrit Bakker (teamleider)|Gerrit;Bakker]]: Let op: wethouder {{H:Buijt}} komt donderdag langs bij het team. Agenda volgt via {{Q:Outlook}}.",
    "[03-03-2025 09:06:40] [[N:Marieke Hofman]]: 👍",
    "[03-03-2025 11:32:08] [[N:Youssef Amrani]]: Huisbezoek [[N:Voskuilen]] gedaan. Schulden, ook huurachterstand. Ik meld aan bij {{O:Kredietbank Rotterdam}} en {{G:Vroegsignalering}}.",
    "[03-03-2025 11:33:51] [[N:Youssef Amrani]]: [[N:Mees]] wil wel praten met jongerenwerk. [[N:Ilias|Ilias]] van {{O:SOL}} heeft zijn nummer.",
    "[03-03-2025 11:40:12] [[N:Gerrit Bakker (teamleider)]]: Top. Zet je het in {{Q:Mens Centraal}}? Niet hier uitgebreid, AVG 🙂",
    "[03-03-2025 13:15:27] [[N:Esra Demir|Esra;Demir]]: Ik ben ziek thuis, kan iemand mijn afspraak om 15.00 met mw. [[N:Zwaan|Zwaan]] ([[A:Charloisse Hoofd 210]]) overnemen?",
    "[03-03-2025 13:17:03] [[N:Marieke Hofman]]: Doe ik. Beterschap [[N:Esra]]!",
    "[03-03-2025 13:19:44] [[T:+31 6 4187 2209]]: Beterschap!",
    "[03-03-2025 16:48:30] [[N:Marieke Hofman]]: Mw. [[N:Zwaan]] was niet thuis. Kaartje achtergelaten met ons algemene nummer {{S:14 010}}.",
    "[04-03-2025 08:01:17] [[N:Gerrit Bakker (teamleider)]]: Herinnering: casuïstiekoverleg 10.00 met {{O:GGD Rotterdam-Rijnmond}} en {{O:Veilig Thuis Rotterdam Rijnmond}}. Teams-link in de agenda.",
    "[04-03-2025 08:03:59] [[N:Youssef Amrani]]: Ik breng de casus [[N:Voskuilen]] in.",
    "[04-03-2025 10:58:12] [[N:Esra Demir]]: Weer beter. Dank [[N:Marieke]]! Ik bel mw. [[N:Zwaan]] morgen zelf.",
    "[04-03-2025 11:05:46] [[N:Gerrit Bakker (teamleider)]]: Wethouder {{H:Buijt}} komt donderdag om 14.00. [[N:Hans de Jong|Hans]] van {{O:Woonstad}} schuift aan.",
    "[04-03-2025 11:07:02] [[N:Marieke Hofman]]: Zal ik de casus van de familie [[N:El Khatib|Khatib]] uit de {{R:Wolphaertsbocht}} noemen? Goed voorbeeld van samenwerking.",
    "[04-03-2025 11:09:31] [[N:Gerrit Bakker (teamleider)]]: Alleen geanonimiseerd graag.",
    "[04-03-2025 14:22:10] [[N:Youssef Amrani]]: Nieuw nummer van [[N:Ilias]]: [[T:06 3356 0918]]",
    "[05-03-2025 09:12:48] [[N:Esra Demir]]: Mw. [[N:Zwaan]] gesproken. Ze wil hulp bij de {{G:energietoeslag}}. Aanvraag via {{Q:DigiD}} lukt haar niet.",
    "[05-03-2025 09:14:05] [[N:Marieke Hofman]]: Verwijs naar het {{O:Informatiepunt Digitale Overheid}} in de bieb.",
]
DOCS.append(D("u09", "whatsapp_export_wijkteam_feijenoord", "fpdf", [
    ("title", "Export WhatsApp-groep ‘Wijkteam Feijenoord-Noord 🏠’"),
    ("small", "Aangeleverd in het kader van Woo-verzoek {{K:WOO-ROT-2025-0388}} door [[N:Gerrit Bakker]] (beheerder groep). Export van 5 maart 2025, "
              "bestand ‘WhatsApp Chat met Wijkteam Feijenoord-Noord.txt’, omgezet naar PDF. Deelnemers: 6."),
    ("mono", _wa),
], header="{{O:Gemeente Rotterdam}} – {{O:Wijkteam Feijenoord}} – chat-export", footer="{{K:WOO-ROT-2025-0388}} document 14",
    info={"Title": "WhatsApp Chat met Wijkteam Feijenoord-Noord", "Author": "[[N:Gerrit Bakker]]"}))

# ------------------------------------------------------------------ u10 Signal export schuldhulp vrijwilligers (Chromium)
DOCS.append(D("u10", "signal_export_schuldhulpmaatjes", "chrome", [
    ("title", "Signal – groep ‘{{O:SchuldHulpMaatje Zaanstad}} coördinatie’"),
    ("small", "Export via {{Q:Signal Desktop}} (versie 7.40) op 11-03-2025 door [[N:Ingrid Schouten|Schouten]] ({{F:coördinator}}). "
              "Onderdeel van dossier {{K:ZS-2025-WOO-071}}."),
    ("bubbles", [
        ("l", "[[N:Ingrid Schouten]]", "Even ter info: [[N:Farida Amrani-Boukhari|Amrani-Boukhari]] is gekoppeld aan maatje [[N:Theo Kramer|Kramer]].", "09:12"),
        ("r", "Ik", "Dank! Weet jij of mevrouw al bij {{O:Zaanstad Schuldhulpverlening}} in beeld is?", "09:14"),
        ("l", "[[N:Ingrid Schouten]]", "Ja, bij consulent [[N:Jesper Wiegman|Wiegman]]. Zijn directe nummer is [[T:075 681 64 39]].", "09:15"),
        ("l", "[[N:Theo Kramer]]", "Ik ga donderdag naar haar toe, [[A:Vincent van Goghweg 22]]. Zal ik haar post van het {{O:CJIB}} meenemen?", "10:03"),
        ("r", "Ik", "Ja graag, en de brief van {{O:Parteon}} over de huur.", "10:05"),
        ("l", "[[N:Mirjam Kok|Kok]]", "Training {{G:Omgaan met schuldeisers}} is verzet naar 18 maart, zaal {{O:Het Zaantheater}} foyer.", "11:40"),
        ("l", "[[T:+31 6 5012 3378]]", "Hoi, ik ben [[N:Koen|Koen]], nieuwe vrijwilliger via {{O:Humanitas}}. Mijn mail is [[E:koen.vdberg84@gmail.com]]", "13:21"),
        ("r", "Ik", "Welkom [[N:Koen]]! Ik zet je in de lijst voor de VOG-aanvraag via {{Q:Justis}}.", "13:25"),
        ("l", "[[N:Ingrid Schouten]]", "Wethouder {{H:Kramer}} opent op 1 april het nieuwe {{O:Geldloket Zaandam}}. [[N:Theo]], geen familie toch? 😄", "15:02"),
        ("l", "[[N:Theo Kramer]]", "Haha nee, helaas niet.", "15:04"),
    ]),
    ("small", "‘Ik’ is de exporterende gebruiker: [[N:Ingrid Schouten]], [[T:06 2739 1184]]."),
], footer="{{O:Gemeente Zaanstad}} – {{K:ZS-2025-WOO-071}}", info={"Author": "[[N:I. Schouten]]"}))

# ------------------------------------------------------------------ u11 scan: sms screenshots
DOCS.append(D("u11", "scan_sms_screenshots_bewindvoering", "scan", [], dpi=230, rot=0.7))
DOCS[-1]["blocks"] = [
    ("small", "Bijlage 3 bij klacht {{K:KL-2025-0212}} – schermafdrukken sms-berichten, geprint en gescand"),
    ("title", "Berichten  [[T:+31 6 2874 1150]]"),
    ("bubbles", [
        ("l", "", "Goedemiddag mevrouw [[N:Brouwer]], hier [[N:Sandra Peeters|Sandra;Peeters]] van {{O:Peeters Bewind}}. Uw leefgeld komt vrijdag.", "ma 13:04"),
        ("r", "", "Dat zei u vorige week ook. Ik heb niks voor de kinderen. Groet [[N:Marja Brouwer|Marja]]", "ma 13:20"),
        ("l", "", "Ik heb het nagevraagd bij de {{O:ING}}. Bel mij op [[T:06 2874 1150]] als het vrijdag niet binnen is.", "ma 15:47"),
        ("r", "", "Mijn zus [[N:Anja Brouwer|Anja]] komt morgen mee naar uw kantoor aan de {{R:Stationsstraat}} 8 in {{L:Veenendaal}}.", "di 09:12"),
        ("l", "", "Prima. Neem uw pas mee. Groet, [[N:Sandra]]", "di 09:30"),
    ]),
]

# ------------------------------------------------------------------ u12 scan: machtiging schuldhulp
DOCS.append(D("u12", "scan_machtiging_budgetbeheer", "scan", [
    ("title", "Machtiging budgetbeheer"),
    ("small", "{{O:Kredietbank Nederland}} – formulier M-2"),
    ("kv", [("Naam", "[[N:Abdirahman Hassan Warsame|Warsame;Abdirahman]]"), ("Geboortedatum", "[[D:14-07-1979]]"),
            ("BSN", "[[B:" + bsn(1201) + "]]"), ("Adres", "[[A:Kruisstraat 19]]"), ("Postcode en plaats", "[[A:2011 PX Haarlem]]"),
            ("Telefoon", "[[T:06 3140 8827]]"), ("Rekeningnummer", "[[I:" + iban("ABNA", 1203) + "]]")]),
    ("p", "Ik machtig de {{O:Kredietbank Nederland}} om mijn inkomen te ontvangen en mijn vaste lasten te betalen. "
          "Ik geef toestemming om informatie op te vragen bij het {{O:UWV}}, de {{O:Belastingdienst}} en mijn verhuurder {{O:Elan Wonen}}."),
    ("p", "Plaats: {{L:Haarlem}}        Datum: 6 maart 2025"),
    ("p", "Handtekening: [[N:A.H. Warsame]]"),
    ("small", "In te vullen door de consulent: [[N:Lotte Zwart|Zwart]], paraaf [[P:LZ]]"),
], dpi=240, rot=-0.6))
