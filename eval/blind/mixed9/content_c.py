"""mixed9 documents s19-s27: presentielijst, letters, forms, sticky notes, attendance report, mail."""
from util import bsn, iban

DOCS = []

# --- s19 Presentielijst landscape, names in CAPITALS and 'Surname, Initials.' (reportlab) -------------
DOCS.append({
    "id": "s19", "producer": "rl", "title": "Presentielijst informatiebijeenkomst aardgasvrije wijk",
    "opt": {"font": "DVC", "landscape": True, "size": 9, "cell": 8,
            "header": "{{O:Gemeente Groningen}} - informatiebijeenkomst Aardgasvrij {{L:Paddepoel}}, {{S:Wijkcentrum De Dijk}}",
            "footer": "Presentielijst 11 maart 2025 - pagina {page}"},
    "blocks": [
        ("h1", "Presentielijst bewonersavond 'Paddepoel aardgasvrij'"),
        ("p", "Namens de gemeente: {{H:wethouder Broeksma}} ({{F:portefeuillehouder energie}}), [[N:HOLTHUIS, B.J.|HOLTHUIS]] "
              "({{F:wijkwethouder-ondersteuner}}), [[N:BOLHUIS-ABDULLAH, S.|BOLHUIS-ABDULLAH]] ({{F:projectleider}}); namens "
              "{{O:Nij Begun}}: [[N:POSTMA, G.|POSTMA]]; namens {{O:Lefier}}: [[N:TER VELDE, M.A.|TER VELDE]]."),
        ("table", [
            ["Naam", "Adres", "Telefoon", "E-mail", "Handtekening", "Nieuwsbrief"],
            ["[[N:DE GROOT, J.|DE GROOT]]", "[[A:Pop. Schrijnenstraat 18]]", "[[T:050 571 22 98]]", "[[E:jdegroot50@ziggo.nl]]", "(getekend)", "ja"],
            ["[[N:Mulder-Kok, H.|Mulder-Kok]]", "[[A:Eikenlaan 231]]", "[[T:06 18 33 46 20]]", "[[E:h.mulderkok@kpnmail.nl]]", "(getekend)", "ja"],
            ["[[N:NAGY, ZSÓFIA|NAGY]]", "[[A:Plataanlaan 9b]]", "-", "[[E:zsofia.nagy@gmail.com]]", "(getekend)", "nee"],
            ["[[N:van der WAL, P.|van der WAL]]", "[[A:Pop. Schrijnenstraat 42]]", "[[T:06 50 92 81 17]]", "-", "(getekend)", "ja"],
            ["[[N:ADJEI, KOFI|ADJEI]]", "[[A:Iepenlaan 77]]", "[[T:06 41 15 63 08]]", "[[E:k.adjei@hotmail.com]]", "(getekend)", "ja"],
            ["[[N:HUSSEIN, A.M.|HUSSEIN]]", "[[A:Berkenlaan 12]]", "[[T:06 27 72 05 49]]", "-", "(getekend)", "nee"],
            ["[[N:Dam, Jolanda|Jolanda;Dam]]", "[[A:Dierenriemstraat 5]]", "[[T:050 577 16 30]]", "[[E:jolanda.dam@live.nl]]", "(getekend)", "ja"],
            ["[[N:DE WIT, K.T.|DE WIT]]", "[[A:Eikenlaan 4]]", "-", "[[E:kdewit@planet.nl]]", "(getekend)", "ja"],
        ], [45, 55, 33, 60, 30, 22]),
        ("p", "Informatie en vragen: {{M:aardgasvrij@groningen.nl}}, {{C:14 050}}. Het {{O:Energieloket Groningen}} is elke "
              "dinsdag open in de {{S:Openbare Bibliotheek Paddepoel}}. De lijst wordt na zes maanden vernietigd conform de {{G:AVG}}."),
    ],
})

# --- s20 Subsidiebesluit aan particulier, Ghanaian names (reportlab) ---------------------------------
I20 = iban("ABNA"); B20 = bsn()
DOCS.append({
    "id": "s20", "producer": "rl", "title": "Besluit subsidie zonnepanelen huurwoning",
    "opt": {"font": "Helvetica", "size": 10, "logo": "{{O:Gemeente Arnhem}}",
            "footer": "{{O:Gemeente Arnhem}} | Postbus 9200 | 6800 HA {{L:Arnhem}} | {{C:0800 1809}} | {{M:subsidies@arnhem.nl}}"},
    "blocks": [
        ("p", "[[N:Mevrouw A.A. Boakye-Danquah|Boakye-Danquah]]\n[[A:Kronenburgsingel 412]]\n[[A:6831 GM]] {{L:Arnhem}}"),
        ("sp", 14),
        ("kv", [("Datum", "3 april 2025"), ("Zaaknummer", "Z-SUB-2025-03391"), ("Behandeld door", "[[N:Mirjam Koning|Koning]]"),
                ("Rechtstreeks", "[[T:026 377 49 83]]"), ("Uw BSN", "[[B:" + B20 + "]]")]),
        ("p", "Onderwerp: besluit op uw aanvraag Stimuleringsregeling Zonnestroom Huurders"),
        ("p", "Geachte mevrouw [[N:Boakye-Danquah]],"),
        ("p", "U vroeg op 4 maart 2025 subsidie aan voor de aanschaf van twee balkonpanelen. Wij kennen u een subsidie toe "
              "van € 350,00 op grond van de {{G:Subsidieregeling Energietransitie Arnhem 2025}}. Wij maken het bedrag binnen "
              "vier weken over op [[I:" + I20 + "]] ten name van [[N:A.A. Boakye-Danquah]]."),
        ("p", "Uw verhuurder, {{O:Volkshuisvesting Arnhem}}, heeft toestemming gegeven (brief van [[N:dhr. Yaw Owusu|Owusu]], "
              "{{F:opzichter}}). De subsidie is afgestemd met het programma {{G:Arnhem Klimaatneutraal}} van "
              "{{H:wethouder Van der Zee}}."),
        ("p", "Heeft u vragen? Bel [[N:mevrouw Koning]] op het nummer hierboven of mail naar [[E:mirjam.koning@arnhem.nl]]. "
              "Niet eens met dit besluit? U kunt binnen zes weken bezwaar maken bij het college van burgemeester en wethouders."),
        ("p", "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders van {{L:Arnhem}},\n\n"
              "[[N:ing. R.P. Kamphuis|Kamphuis]]\n{{F:teamleider Subsidies}}"),
        ("small", "Dit besluit is ook verstuurd naar: {{O:Volkshuisvesting Arnhem}}, t.a.v. [[N:Y. Owusu]]."),
    ],
})

# --- s21 Aanvraagformulier with AcroForm fields (reportlab + fields) ---------------------------------
B21 = bsn(); I21 = iban("TRIO", spaced=False)
DOCS.append({
    "id": "s21", "producer": "rl", "title": "Aanvraagformulier bijzondere bijstand (ingevuld)",
    "opt": {"font": "DV", "size": 10, "header": "{{O:Gemeente Leeuwarden}} - Werk en Inkomen", "footer": "Formulier BB-01 versie 2024-2"},
    "blocks": [
        ("h1", "Aanvraag bijzondere bijstand"),
        ("p", "Vul dit formulier volledig in en stuur het met de bewijsstukken naar {{M:werkeninkomen@leeuwarden.nl}} "
              "of lever het in bij de balie van het stadskantoor, {{S:Oldehoofsterkerkhof 2}}, {{L:Leeuwarden}}."),
        ("sp", 6),
        ("p", "1. Naam aanvrager:"), ("sp", 10),
        ("p", "2. Burgerservicenummer:"), ("sp", 10),
        ("p", "3. Adres:"), ("sp", 10),
        ("p", "4. Telefoonnummer:"), ("sp", 10),
        ("p", "5. IBAN:"), ("sp", 10),
        ("p", "6. Waarvoor vraagt u bijzondere bijstand aan?"), ("sp", 10),
        ("p", "7. Ingevuld met hulp van (naam en organisatie):"), ("sp", 10),
        ("p", "Aanvragen worden behandeld volgens de {{G:Participatiewet}} en de {{G:Beleidsregels bijzondere bijstand Leeuwarden 2024}}. "
              "Voor hulp bij het invullen kunt u terecht bij {{O:MEE Friesland}}, {{O:Humanitas}} of het {{O:Sociaal Wijkteam}}. "
              "Telefonisch: {{C:14 058}}."),
        ("p", "Deel B - in te vullen door de gemeente"),
        ("p", "Ontvangen door: [[N:Wiebe Kuipers|Kuipers]], balie stadskantoor, 12-03-2025. Doorgezet naar {{F:klantmanager}}."),
    ],
    "hidden": {"fields": [
        ("naam_aanvrager", "[[N:Sietske Postma-Yohannes|Postma-Yohannes;Sietske]]", 0, "1. Naam"),
        ("bsn", "[[B:" + B21 + "]]", 0, "2. Burger"),
        ("adres", "[[A:Vlietzone 18, 8924 JC Leeuwarden]]", 0, "3. Adres"),
        ("telefoon", "[[T:0612870354]]", 0, "4. Telefoon"),
        ("iban", "[[I:" + I21 + "]]", 0, "5. IBAN"),
        ("toelichting", "Wasmachine kapot, zoon [[N:Robel]] heeft astma (brief [[N:huisarts Dijkstra|Dijkstra]])", 0, "6. Waarvoor"),
        ("hulp", "[[N:Tineke Anema|Anema]] ({{O:Humanitas}})", 0, "7. Ingevuld")],
        "info": {"Author": "[[N:Sietske Postma-Yohannes]]"}},
})

# --- s22 Concept Woo-besluit with reviewer sticky notes (reportlab) -----------------------------------
DOCS.append({
    "id": "s22", "producer": "rl", "title": "Concept besluit op Woo-verzoek jeugdzorg",
    "opt": {"font": "DVS", "size": 10, "header": "{{O:Ministerie van Volksgezondheid, Welzijn en Sport}}",
            "footer": "Kenmerk 4102338-1077814-WOO - pagina {page}", "author": "[[N:Rutger Brinkman|Brinkman]]"},
    "blocks": [
        ("h1", "Besluit op uw Woo-verzoek"),
        ("p", "Geachte [[N:heer El Amrani|El Amrani]],"),
        ("p", "In uw e-mail van 9 januari 2025 heeft u met een beroep op de {{G:Wet open overheid}} (Woo) gevraagd om "
              "documenten over de {{G:Hervormingsagenda Jeugd}}. Op 10 januari heeft [[N:mevrouw S. Lindqvist|Lindqvist]] u "
              "telefonisch de ontvangst bevestigd."),
        ("h2", "Besluit"),
        ("p", "Ik heb besloten de documenten gedeeltelijk openbaar te maken. De namen van {{H:staatssecretaris Karremans}} en "
              "van zijn voorganger {{H:Maarten van Ooijen}} blijven leesbaar; zij treden in het openbaar op. Dat geldt ook "
              "voor {{H:burgemeester Halsema}}, die namens de {{O:VNG}} brieven ondertekende. De namen van ambtenaren van "
              "{{O:VWS}}, de {{O:VNG}} en het {{O:Nederlands Jeugdinstituut}} worden niet openbaar gemaakt."),
        ("h2", "Inventarislijst"),
        ("table", [["Nr", "Document", "Oordeel", "Grond"],
                   ["1", "Nota aan {{H:staatssecretaris Karremans}} van [[N:R. Brinkman]]", "Deels openbaar", "5.1.2e"],
                   ["2", "E-mail [[N:Lindqvist]] aan {{M:hervormingsagenda@vng.nl}}", "Deels openbaar", "5.1.2e"],
                   ["3", "Verslag overleg met {{O:Jeugdzorg Nederland}}", "Deels openbaar", "5.1.2e; 5.2.1"],
                   ["4", "Brief {{H:burgemeester Halsema}} aan {{H:Karremans}}", "Openbaar", "-"]], [10, 95, 30, 25]),
        ("p", "Met vriendelijke groet,\nDe {{H:Staatssecretaris Jeugd, Preventie en Sport}},\nnamens deze,\n\n"
              "[[N:mr. drs. C.W. van den Heuvel-Achterberg|van den Heuvel-Achterberg]]\n{{F:Directeur Jeugd}}"),
    ],
    "hidden": {"notes": [
        (0, "[[N:Brinkman, Rutger]]", "@[[N:Sanna]] klopt de datum van het telefoontje? Anders aanpassen.", 500, 700),
        (0, "[[N:Sanna Lindqvist]]", "Ja, 10 januari. Ik heb de heer [[N:El Amrani]] gebeld op [[T:06 33 40 71 92]].", 500, 660),
        (0, "[[N:Heuvel-Achterberg, C.W. van den|Heuvel-Achterberg]]", "Naam Halsema mag blijven, zij tekende als burgemeester.", 500, 620)],
        "links": [(0, "mailto:[[E:r.brinkman@minvws.nl]]", [72, 40, 300, 52])]},
})

# --- s23 Teams attendance report (Chromium) -----------------------------------------------------------
DOCS.append({
    "id": "s23", "producer": "chrome", "title": "Aanwezigheidsrapport Teams-vergadering",
    "opt": {"landscape": True, "title": "Aanwezigheidsrapport - Regionaal overleg asielopvang Gelderland", "cell": 8},
    "blocks": [
        ("h1", "Aanwezigheidsrapport"),
        ("h2", "Samenvatting"),
        ("kv", [("Titel van de vergadering", "Regionaal overleg asielopvang Gelderland-Zuid"), ("Deelnemers", "11"),
                ("Starttijd", "18-2-2025 13:58:41"), ("Eindtijd", "18-2-2025 15:07:13"), ("Duur", "1u 8m 32s"),
                ("Gemiddelde aanwezigheid", "58m 11s")]),
        ("h2", "Deelnemers"),
        ("table", [
            ["Naam", "Eerste keer deelgenomen", "Laatste keer verlaten", "Duur", "E-mail", "Deelnemer-id (UPN)", "Rol"],
            ["[[N:Vos, Annemiek (COA)|Annemiek]]", "18-2-25 13:58", "18-2-25 15:07", "1u 8m", "[[E:a.vos@coa.nl]]", "[[E:a.vos@coa.nl]]", "Organisator"],
            ["{{H:Hubert Bruls}} ({{O:Gemeente Nijmegen}})", "18-2-25 14:01", "18-2-25 14:40", "39m", "{{M:burgemeester@nijmegen.nl}}", "{{M:burgemeester@nijmegen.nl}}", "Presentator"],
            ["[[N:Ebrima Jallow|Jallow]]", "18-2-25 14:00", "18-2-25 15:07", "1u 7m", "[[E:e.jallow@nijmegen.nl]]", "[[E:e.jallow@nijmegen.nl]]", "Deelnemer"],
            ["[[N:Hanna Zewdie|Zewdie]]", "18-2-25 14:02", "18-2-25 15:05", "1u 3m", "[[E:hanna.zewdie@ind.nl]]", "[[E:hanna.zewdie@ind.nl]]", "Deelnemer"],
            ["[[N:Kok, Richard|Richard;Kok]] ({{O:Politie Oost-Nederland}})", "18-2-25 14:05", "18-2-25 14:50", "45m", "[[E:richard.kok@politie.nl]]", "[[E:richard.kok@politie.nl]]", "Deelnemer"],
            ["[[N:Rahmani, Omid|Rahmani]]", "18-2-25 14:00", "18-2-25 15:07", "1u 7m", "[[E:o.rahmani@vggm.nl]]", "[[E:o.rahmani@vggm.nl]]", "Deelnemer"],
            ["{{H:Marjolein Faber}} (gast)", "18-2-25 14:30", "18-2-25 14:45", "15m", "-", "-", "Deelnemer"],
            ["[[N:Grootenboer, M.|Grootenboer]] ({{O:Ministerie van Asiel en Migratie}})", "18-2-25 14:30", "18-2-25 14:45", "15m", "[[E:m.grootenboer@minaenm.nl]]", "[[E:m.grootenboer@minaenm.nl]]", "Deelnemer"],
            ["Telefoon [[T:+31 6 2418 7750]]", "18-2-25 14:12", "18-2-25 14:20", "8m", "-", "-", "Deelnemer"],
            ["[[N:Lucía Fernández Ortega|Fernández Ortega]]", "18-2-25 13:59", "18-2-25 15:07", "1u 8m", "[[E:l.fernandezortega@vluchtelingenwerk.nl]]", "[[E:l.fernandezortega@vluchtelingenwerk.nl]]", "Deelnemer"],
            ["{{O:Veiligheidsregio Gelderland-Zuid}} (vergaderruimte 2.14)", "18-2-25 13:58", "18-2-25 15:07", "1u 8m", "{{M:vergaderruimte2.14@vrgz.nl}}", "{{M:vergaderruimte2.14@vrgz.nl}}", "Deelnemer"],
        ], [42, 24, 24, 13, 52, 52, 20]),
        ("small", "Gedownload door [[N:Annemiek Vos|Vos]] op 18-2-2025 15:12. Aanwezigheidsrapporten bevatten persoonsgegevens; "
                  "bewaar ze volgens het {{O:COA}}-privacybeleid."),
    ],
})

# --- s24 E-mail thread with Antillean/Aruban names and mailto links (Chromium) ------------------------
DOCS.append({
    "id": "s24", "producer": "chrome", "title": "RE: Stageplaatsen studenten Curaçao",
    "opt": {"mailto": True, "title": "RE: Stageplaatsen studenten Curaçao bij rijksdiensten"},
    "blocks": [
        ("kv", [("Van:", "[[N:Rosalie Wernet|Wernet]] <[[E:rosalie.wernet@minbzk.nl]]>"),
                ("Verzonden:", "donderdag 23 januari 2025 11:46"),
                ("Aan:", "[[N:Croes, Dayanara|Croes;Dayanara]] <[[E:dayanara.croes@minbzk.nl]]>"),
                ("CC:", "[[N:Jean-Marc Statia|Statia]] <[[E:j.statia@minocw.nl]]>; {{M:stages@rijksoverheid.nl}}"),
                ("Onderwerp:", "RE: Stageplaatsen studenten Curaçao bij rijksdiensten")]),
        ("p", "Hoi [[N:Dayanara]],"),
        ("p", "Dank voor je snelle reactie. Ik heb het met [[N:Jean-Marc]] besproken: {{O:OCW}} kan twee plekken bieden bij "
              "{{O:DUO}} in {{L:Groningen}}. De studenten van de {{O:Universiteit van Curaçao}} (UoC) en de "
              "{{O:Universiteit van Aruba}} komen in september. Kun jij de {{O:Kabinet van de Gouverneur}}-route "
              "checken voor de verklaring omtrent gedrag?"),
        ("p", "Groet,\n[[N:Rosalie]]\n\n[[N:Rosalie Wernet]] | {{F:beleidsmedewerker}} | DG Koninkrijksrelaties\n"
              "{{S:Turfmarkt 147}} | {{L:Den Haag}} | M [[T:+31 6 5017 3392]]"),
        ("raw", "<hr>"),
        ("kv", [("Van:", "[[N:Croes, Dayanara]]"), ("Verzonden:", "woensdag 22 januari 2025 17:03"),
                ("Aan:", "[[N:Wernet, Rosalie]]"), ("Onderwerp:", "Stageplaatsen studenten Curaçao bij rijksdiensten")]),
        ("p", "Hoi [[N:Rosalie]],"),
        ("p", "Zoals besproken in het overleg met {{H:minister Uitermark}} en {{H:minister-president Pisas}} ({{L:Curaçao}}): "
              "er is behoefte aan stageplekken voor studenten bestuurskunde. [[N:Shaquille Martina-Doran|Martina-Doran]] van "
              "{{O:Directie Arbeid en Inkomen Curaçao}} heeft een lijst met 6 namen; die stuur ik niet per mail maar via "
              "{{R:Zivver}}. Een van de studenten, [[N:Giovanni Ras|Ras]], is de zoon van een collega van {{O:SZW}}; "
              "goed om te weten i.v.m. belangenverstrengeling."),
        ("p", "Ook {{H:Evelyn Wever-Croes}} ({{F:minister-president van Aruba}}) heeft interesse getoond."),
        ("p", "Groetjes,\n[[N:Dayanara Croes]]\n{{F:Senior adviseur}} Koninkrijksrelaties\n[[T:070 426 81 55]] | "
              "[[T:+599 9 695 4412]] (werkplek {{L:Willemstad}})"),
    ],
})

# --- s25 Zaaksysteem logboek (fpdf2) -----------------------------------------------------------------
DOCS.append({
    "id": "s25", "producer": "fpdf", "title": "Zaakoverzicht klacht Omgevingsdienst",
    "opt": {"landscape": True, "size": 9, "cell": 8, "author": "[[N:T. Schouten-Bakker|Schouten-Bakker]]",
            "header": "{{O:Omgevingsdienst Haaglanden}} - Zaakoverzicht Z/25/018842 - afgedrukt 10-03-2025",
            "footer": "{{R:Djuma}} zaaksysteem - pagina {page}"},
    "blocks": [
        ("h1", "Zaak Z/25/018842 - Geluidsoverlast horeca Grote Markt"),
        ("kv", [("Zaaktype:", "Klacht milieu (geluid)"), ("Initiator:", "[[N:L.G. van Oosterom|van Oosterom]], [[A:Grote Markt 27B, 2511 BH Den Haag]]"),
                ("Inrichting:", "{{O:Grand Café De Passage}}, {{S:Grote Markt}}, {{L:Den Haag}}"),
                ("Behandelaar:", "[[N:T. Schouten-Bakker]]"), ("Status:", "In behandeling")]),
        ("table", [
            ["Datum/tijd", "Medewerker", "Actie", "Toelichting"],
            ["08-02-2025 23:41", "Systeem", "Klacht ontvangen", "Via {{R:MijnOmgevingsloket}}; melder [[N:van Oosterom]], tel. [[T:06 24 57 90 31]]"],
            ["10-02-2025 09:12", "[[N:Bakker, Tamara|Tamara;Bakker]]", "Zaak toegewezen", "Aan [[N:Schouten-Bakker]] (toezicht geluid)"],
            ["14-02-2025 22:30", "[[N:Dekker, Kofi|Dekker;Kofi]]", "Geluidsmeting", "Meting vanuit woning melder: 58 dB(A); norm {{G:Activiteitenbesluit}}"],
            ["15-02-2025 10:05", "[[N:Schouten-Bakker]]", "Vooraankondiging", "Brief aan exploitant [[N:Hakan Yılmaz|Yılmaz]]"],
            ["20-02-2025 14:20", "[[N:Yılmaz]] (exploitant)", "Zienswijze", "Per mail [[E:hakan@grandcafedepassage.nl]]: begrenzer geplaatst"],
            ["03-03-2025 11:47", "[[N:de Wit-Mahabier, R.|de Wit-Mahabier]]", "Juridische toets", "Last onder dwangsom niet nodig; {{F:teamleider}} akkoord"],
            ["07-03-2025 16:02", "[[N:Schouten-Bakker]]", "Terugkoppeling", "Melder gebeld; melding {{O:Politie Haaglanden}} 2025-0211 gekoppeld"],
        ], [32, 45, 38, 150]),
        ("p", "Contact: {{M:info@odh.nl}}, {{C:088 - 0400 400}}. {{H:Wethouder Van Asten}} is op 6 maart via de raadsinformatiebrief geïnformeerd."),
    ],
})

# --- s26 Memo melding ongewenst gedrag (reportlab -> Ghostscript) ------------------------------------
DOCS.append({
    "id": "s26", "producer": "rl+gs", "title": "Memo melding ongewenst gedrag",
    "opt": {"font": "DV", "size": 10, "header": "VERTROUWELIJK - {{O:Rijksvastgoedbedrijf}} - {{F:P&O-adviseur}}",
            "footer": "Memo MOG-2025-07 - pagina {page}", "author": "[[N:Annelies Hoekstra-Ngo|Hoekstra-Ngo]]"},
    "blocks": [
        ("h1", "Memo"),
        ("kv", [("Aan", "[[N:Bas van der Lugt|van der Lugt]], {{F:directeur Bedrijfsvoering}}"),
                ("Van", "[[N:Annelies Hoekstra-Ngo]], {{F:P&O-adviseur}}"),
                ("Datum", "12 februari 2025"),
                ("Betreft", "Melding ongewenst gedrag afdeling Projecten")]),
        ("p", "Op 3 februari heeft [[N:Femi Adebayo|Adebayo]] ({{F:projectmanager}}) bij mij gemeld dat zijn leidinggevende "
              "[[N:Gerard Blom|Blom]] hem herhaaldelijk in het bijzijn van collega's heeft gekleineerd, onder meer tijdens de "
              "bouwvergadering over het {{S:Binnenhof}}-project en op de locatie {{S:Korte Voorhout 7}}."),
        ("p", "[[N:Adebayo]] heeft een verklaring van collega [[N:Nienke van 't Wout|van 't Wout]] overgelegd. Hij is op dit moment "
              "ziek gemeld; de bedrijfsarts van {{O:Arboned}} is ingeschakeld. Ik heb [[N:Blom]] nog niet gehoord."),
        ("h2", "Advies"),
        ("p", "1. Gesprek met [[N:Blom]] in aanwezigheid van [[N:van der Lugt]].\n2. Aanbod mediation via het {{O:Rijksbreed Mediatorsnetwerk}}.\n"
              "3. Informeer de {{F:vertrouwenspersoon}} ([[N:Oumar Diallo|Diallo]], [[T:06 80 24 15 33]])."),
        ("p", "De melding valt onder de {{G:Regeling ongewenst gedrag Rijk}}. De {{O:Ondernemingsraad}} en de "
              "{{F:Secretaris-generaal}} worden alleen op hoofdlijnen en zonder namen geïnformeerd."),
        ("p", "[[N:A. Hoekstra-Ngo]]\n[[E:annelies.hoekstra@rijksvastgoedbedrijf.nl]] | [[T:06 15 20 37 84]]"),
    ],
})

# --- s27 Outlook appointment with tracking responses (Chromium) --------------------------------------
DOCS.append({
    "id": "s27", "producer": "chrome", "title": "Afspraak met reacties: werkbezoek minister Keijzer",
    "opt": {"mailto": True, "title": "Werkbezoek minister Keijzer aan Almere Pampus - Afspraak"},
    "blocks": [
        ("small", "[[N:Thijssen, Mounir|Thijssen;Mounir]]"),
        ("h1", "Werkbezoek {{H:minister Keijzer}} aan {{L:Almere Pampus}}"),
        ("kv", [("Onderwerp:", "Werkbezoek {{H:minister Keijzer}} aan {{L:Almere Pampus}} (voorbereiding)"),
                ("Locatie:", "Stadhuis {{L:Almere}}, {{S:Stadhuisplein 1}} / Teams"),
                ("Begintijd:", "vr 14-2-2025 10:00"), ("Eindtijd:", "vr 14-2-2025 11:00"),
                ("Organisator:", "[[N:Thijssen, Mounir]] <[[E:mounir.thijssen@minvro.nl]]>"),
                ("Verplichte deelnemers:", "[[N:Akinyi Odhiambo|Odhiambo]]; [[N:Visser, Joost|Visser;Joost]]; {{M:woningbouw@almere.nl}}"),
                ("Optionele deelnemers:", "[[N:Rahma Osman Ali|Osman Ali]]; {{M:persvoorlichting@minvro.nl}}")]),
        ("p", "Agenda: route werkbezoek, rol {{H:wethouder Kilinç}} en {{H:burgemeester Hein van der Loo}}, woordvoering. "
              "Namens {{O:Rijksvastgoedbedrijf}} sluit [[N:Joost]] aan. [[N:Akinyi]] regelt de chauffeur ([[N:Karel Bos|Bos]], "
              "[[T:06 20 63 87 11]]) en het kenteken voor de parkeerplaats ([[X:GZ-841-K]])."),
        ("h2", "Bijhouden"),
        ("table", [["Naam", "Deelnemer", "Antwoord"],
                   ["[[N:Thijssen, Mounir]]", "Organisator", "Geen"],
                   ["[[N:Odhiambo, Akinyi]]", "Vereiste deelnemer", "Geaccepteerd op 10-2-2025 09:14"],
                   ["[[N:Visser, Joost]]", "Vereiste deelnemer", "Voorlopig op 10-2-2025 13:40"],
                   ["{{M:woningbouw@almere.nl}}", "Vereiste deelnemer", "Geaccepteerd op 11-2-2025 08:02"],
                   ["[[N:Osman Ali, Rahma]]", "Optionele deelnemer", "Geweigerd op 12-2-2025 17:55"],
                   ["{{M:persvoorlichting@minvro.nl}}", "Optionele deelnemer", "Geen"]], [60, 50, 70]),
        ("p", "Opmerking bij weigering van [[N:Rahma]]: \"Ik ben die dag bij {{H:staatssecretaris Van Marum}} in {{L:Appingedam}}; "
              "[[N:Lieke]] van de directie Communicatie neemt het over.\""),
        ("p", "Woordvoering: {{F:woordvoerder}} van de minister via {{C:070 426 6426}} (algemeen)."),
    ],
})
