"""Kamervragen answers with a paraph route, a client journal printed from Excel, a GS besluitenlijst."""
DOCS = []

# ------------------------------------------------------------------------------------------ af33
DOCS.append({
    "name": "af33_kamervragen_dijkversterking",
    "producer": "rl",
    "font": "DVS",
    "title": "Concept antwoorden Kamervragen dijkversterking",
    "author": "[[Floor Ubbink-Nakamura]]",
    "header": "CONCEPT – niet verspreiden – versie 3 ([[FUN]])",
    "footer": "{{Ministerie van Infrastructuur en Waterstaat}} · Rijnstraat 8 · Postbus 20901, 2500 EX Den Haag · {{070 456 0000}}",
    "blocks": [
        ("h1", "Antwoorden op Kamervragen over vertraging dijkversterking IJssel en Vecht"),
        ("kv", [["Vragen van", "de leden {{Grinwis}} ({{ChristenUnie}}) en {{Vermeer}} ({{BBB}})"],
                ["Aan", "de minister van Infrastructuur en Waterstaat"],
                ["Ingezonden", "3 maart 2025 (2025Z03871)"],
                ["Contactpersoon", "[[Floor Ubbink-Nakamura]], DGWB, [[06 5287 1130]], [[floor.ubbink@minienw.nl]]"]],
         {"widths": [35, 135]}),
        ("h2", "Paraafroute"),
        ("table", [["Functie", "Naam", "Paraaf", "Datum"],
                   ["Beleidsmedewerker", "[[F. Ubbink-Nakamura]]", "[[FUN]]", "10-03-2025"],
                   ["Afdelingshoofd Waterveiligheid", "[[dr. Oluwaseun Adeyemi-Kraak]]", "[[OAK]]", "11-03-2025"],
                   ["Directeur Water en Bodem", "[[ir. G.J. Ruizendaal]]", "[[GJR]]", "12-03-2025"],
                   ["{{DG Water en Bodem}}", "{{DGWB}}", "", "13-03-2025"],
                   ["Juridisch ({{DJZ}})", "[[mr. Hanneke Ploeg-Tjaarda]]", "[[HPT]]", "12-03-2025"]],
         {"widths": [55, 60, 20, 25]}),
        ("h2", "Vraag 1"),
        ("p", "Klopt het dat de dijkversterking tussen {{Zwolle}} en {{Olst}} twee jaar vertraging oploopt, zoals "
              "{{RTV Oost}} meldt?"),
        ("h2", "Antwoord 1"),
        ("p", "Ja. Het {{Waterschap Drents Overijsselse Delta}} heeft mij laten weten dat het project {{Sterke Lekdijk}} "
              "niet vergelijkbaar is, maar dat de dijkversterking {{IJsselwerken}} door stikstofvergunningen en "
              "tekorten aan klei vertraging oploopt. Dijkgraaf {{Schoonman}} heeft dit op 18 februari toegelicht "
              "aan mijn ambtenaren."),
        ("h2", "Vraag 2"),
        ("p", "Welke gevolgen heeft dit voor de bewoners van {{Wijhe}} en {{Olst}}?"),
        ("h2", "Antwoord 2"),
        ("p", "De dijk voldoet tot 2031 aan de wettelijke norm. Het waterschap informeert bewoners via het "
              "{{Omgevingsloket}} en informatieavonden. Eén bewoner, [[de heer Van Dijk]] uit Wijhe, heeft via "
              "het {{Informatiepunt Leefomgeving}} gevraagd om een schadevergoeding; zijn verzoek wordt door het "
              "waterschap behandeld."),
        ("h2", "Vraag 3"),
        ("p", "Bent u bereid in overleg te gaan met de {{Unie van Waterschappen}} en de provincie {{Overijssel}}?"),
        ("h2", "Antwoord 3"),
        ("p", "Ja. Ik spreek op 2 april met de voorzitter van de {{Unie van Waterschappen}}, {{Rogier van der Sande}}, "
              "en met gedeputeerde {{Oldengarm}}. Mijn voorganger, minister {{Harbers}}, en staatssecretaris "
              "{{Jansen}} hebben eerder toegezegd het {{Hoogwaterbeschermingsprogramma}} (HWBP) te versnellen. "
              "Zie ook de brief van {{minister Madlener}} van 20 december 2024 (Kamerstuk 27 625, nr. 701)."),
        ("pb",),
        ("h2", "Interne toelichting (niet meesturen)"),
        ("p", "[[Adeyemi-Kraak]]: antwoord 2 is afgestemd met [[Jean-Marc Wernet Leito]] (WDODelta). Let op: "
              "[[de heer Van Dijk]] heeft ook een klacht bij de {{Nationale ombudsman}} lopen ([[Van Dijk]] belde "
              "op 6 maart met [[Floor]]). Niet noemen in de beantwoording."),
        ("p", "[[Ruizendaal]]: akkoord, maar graag Kamerlid {{Grinwis}} vooraf informeren via de "
              "politiek assistent van de minister. Woordvoering: {{persvoorlichting@minienw.nl}}."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: nog in te vullen door [[F. Ubbink-Nakamura]]."),
    ],
    "hidden": {"notes": [(0, "[[Ruizendaal, Gert-Jan]]", "Antwoord 3: is dit wel afgestemd met het kabinet van de minister?",
                          [520, 500, 540, 520])]},
})

# ------------------------------------------------------------------------------------------ af34
DOCS.append({
    "name": "af34_clientjournaal_excel",
    "producer": "xlsx",
    "author": "[[Esmée Rijkeboer-Soeratman]]",
    "title": "Journaal Schuldhulp en Participatie Q1",
    "sheet": "Journaal",
    "top": ["Journaal klantcontacten Schuldhulpverlening en Participatie – {{gemeente Deventer}} – team Inkomen",
            "Uitdraai t.b.v. Woo-verzoek 2025-031; verstrekt aan de Woo-coördinator op 02-04-2025"],
    "header": "{{Gemeente Deventer}} – vertrouwelijk",
    "footer": "Uitdraai [[E. Rijkeboer-Soeratman]]",
    "widths": [11, 11, 24, 14, 22, 60],
    "rows": [
        ["Datum", "Zaak", "Klant", "Geb.datum", "Medewerker", "Notitie"],
        ["06-01-2025", "SHV-1102", "[[Çağlayan, Mert]]", "[[12-02-1990]]", "[[Rijkeboer-Soeratman, E.]]",
         "Intake schuldhulp. Schulden bij {{CJIB}}, {{Belastingdienst}} en {{Vitens}}. Doorverwezen naar {{Humanitas Deventer}}."],
        ["07-01-2025", "PW-4471", "[[Tewolde, Senait]]", "[[01-01-1994]]", "[[Kok-Ramdin, W.]]",
         "Taaltraject bij {{Saxion}}; inburgering volgens {{Wet inburgering 2021}}. Klant vraagt kinderopvang."],
        ["09-01-2025", "SHV-1102", "[[Çağlayan, Mert]]", "[[12-02-1990]]", "[[Rijkeboer-Soeratman, E.]]",
         "Budgetbeheer gestart bij {{Kredietbank Nederland}}. Partner [[Derya]] tekent mee."],
        ["14-01-2025", "PW-4502", "[[de Winter, Jan-Willem]]", "[[30-06-1961]]", "[[Blom, H.]]",
         "Ontheffing arbeidsplicht (medisch), advies {{Argonaut}}. Huisarts [[Tuinstra]] gebeld."],
        ["20-01-2025", "PW-4471", "[[Tewolde, Senait]]", "[[01-01-1994]]", "[[Kok-Ramdin, W.]]",
         "Opvang geregeld bij {{Kinderopvang Humankind}}. Broer [[Yonas Tewolde]] tolkt."],
        ["27-01-2025", "SHV-1130", "[[Hidayat-Koster, Ratna]]", "[[18-09-1983]]", "[[Rijkeboer-Soeratman, E.]]",
         "Aanmelding via {{Stadsbank Oost Nederland}}; loonbeslag door deurwaarder {{Flanderijn}}."],
        ["03-02-2025", "PW-4502", "[[de Winter, Jan-Willem]]", "[[30-06-1961]]", "[[Blom, H.]]",
         "Gesprek met [[Jan-Willem]] en zijn dochter [[Ilse de Winter]]; tel. dochter [[06 4098 2271]]."],
        ["11-02-2025", "PW-4530", "[[Amponsah-Twumasi, Kofi]]", "[[23-11-1977]]", "[[Kok-Ramdin, W.]]",
         "Werkervaringsplek bij {{Kringloop Deventer}}; contactpersoon daar [[Gert Bosschaart]]."],
        ["19-02-2025", "SHV-1130", "[[Hidayat-Koster, Ratna]]", "[[18-09-1983]]", "[[Rijkeboer-Soeratman, E.]]",
         "Moratorium aangevraagd bij {{Rechtbank Overijssel}}. Wethouder {{Carla Koudstaal-Vissers}} is op de hoogte "
         "(signaal armoede, programma {{Deventer Doet Mee}})."],
        ["03-03-2025", "PW-4530", "[[Amponsah-Twumasi, Kofi]]", "[[23-11-1977]]", "[[Blom, H.]]",
         "Klant heeft werk gevonden bij {{Bolletje}} in Almelo. Uitkering beëindigd per 01-04-2025."],
        ["12-03-2025", "SHV-1102", "[[Çağlayan, Mert]]", "[[12-02-1990]]", "[[Rijkeboer-Soeratman, E.]]",
         "Schuldregeling aangeboden aan 9 schuldeisers. Nieuw adres: [[Hanzeweg 41]], [[7418 AW]] Deventer."],
        ["25-03-2025", "PW-4471", "[[Tewolde, Senait]]", "[[01-01-1994]]", "[[Kok-Ramdin, W.]]",
         "Klacht van klant over bejegening door [[Kok-Ramdin]]; doorgezet naar klachtencoördinator [[Dashenka Geerman]]."],
    ],
})

# ------------------------------------------------------------------------------------------ af35
DOCS.append({
    "name": "af35_besluitenlijst_gs_gelderland",
    "producer": "docx",
    "author": "[[Wouter Brinkhorst-Addo]]",
    "title": "Besluitenlijst GS 15 april 2025",
    "footer": "{{Provincie Gelderland}} · Markt 11, Arnhem · Postbus 9090, 6800 GX Arnhem · {{026 359 91 11}}",
    "blocks": [
        ("h1", "Besluitenlijst vergadering Gedeputeerde Staten van Gelderland"),
        ("p", "Datum: 15 april 2025. Aanwezig: {{John Berends}} ({{Commissaris van de Koning}}), gedeputeerden "
              "{{Helga Witjes}}, {{Annelies Krijgsman-Heuvel}}, {{Harold Zoet}} en {{Christianne Holtslag}}; "
              "provinciesecretaris [[drs. Wouter Brinkhorst-Addo]]. Afwezig: gedeputeerde {{Zoet}} (punt 4-6)."),
        ("table", [["Nr.", "Onderwerp", "Gedeputeerde", "Steller (team)", "Besluit"],
                   ["1", "Statenbrief voortgang {{Gebiedsprogramma Veluwe}}", "{{Witjes}}",
                    "[[Willemijn Tuinstra-Dijkman]] (Water en Bodem)", "conform"],
                   ["2", "Subsidie restauratie rijksmonument Vorden ([[familie Oudbier-Hidayat]])",
                    "{{Krijgsman-Heuvel}}", "[[E. Prawiroatmodjo]] (Cultuur en Erfgoed)", "conform, € 42.600"],
                   ["3", "Beantwoording Statenvragen {{PvdD}} over wolven op de {{Veluwe}}", "{{Holtslag}}",
                    "[[Rahim Popalzai]] (Natuur)", "conform; Statenlid {{Van der Veen}} wordt geïnformeerd"],
                   ["4", "Zienswijze op begroting {{Omgevingsdienst Regio Arnhem}}", "{{Witjes}}",
                    "[[J.J. Kalverdijk]] (Bedrijfsvoering)", "aangehouden"],
                   ["5", "Aanvraag {{Regio Deal Foodvalley}} – cofinanciering", "{{Krijgsman-Heuvel}}",
                    "[[Nguyễn Văn Minh]] (Economie)", "conform"],
                   ["6", "Bezwaar [[mw. T. van der Kolk-Ouwerkerk]] tegen afwijzing subsidie zonnepanelen",
                    "{{Holtslag}}", "[[mr. Priscilla Doran]] (Juridische Zaken)", "ongegrond"],
                   ["7", "Gunning onderhoud {{N310}} en {{N302}}", "{{Zoet}}", "[[ing. Thijs Bakker]] (Wegen)",
                    "conform; gunning aan {{BAM Infra}}"],
                   ["8", "Benoeming lid {{Gelderse Rekenkamer}}", "CdK", "[[Brinkhorst-Addo, W.]]", "conform"]],
         {"widths": [9, 62, 28, 45, 30], "size": 8.5}),
        ("p", "Mededelingen: gedeputeerde {{Witjes}} meldt het overleg met minister {{Wiersma}} ({{LNV}}) over de "
              "{{Gelders Programma Landelijk Gebied}}; {{Berends}} meldt het werkbezoek van staatssecretaris {{Rummenie}} aan "
              "{{Barneveld}} en {{Putten}}. Actie: [[Tuinstra-Dijkman]] stelt een Statenbrief op; [[Popalzai]] "
              "informeert de {{Faunabeheereenheid Gelderland}}."),
        ("comment", "Punt 6: naam bezwaarmaker niet in de openbare lijst.",
         "Eens, anonimiseren vóór publicatie op {{gelderland.nl}}. – [[PD]]", "[[Doran, Priscilla]]", "PD"),
        ("p", "Vastgesteld op 22 april 2025. De voorzitter, {{J.W.R. Berends}}. De secretaris, [[W. Brinkhorst-Addo]]."),
    ],
})
