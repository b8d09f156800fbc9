"""Set U, part C: HR and integrity (selection, exit interview, functioneren, verzuim), council practice
(raadsvragen, motie, griffie mail, commissie with insprekers), visitor and badge registers, petition, a scan."""

from framework import D

DOCS = []

# ------------------------------------------------------------------ u25 selectiecommissie (Writer, comments printed in margin)
DOCS.append(D("u25", "verslag_selectiecommissie_vacature_beleidsadviseur", "writer", [
    ("small", "{{O:Gemeente Deventer}} – {{O:P&O}} – vertrouwelijk"),
    ("title", "Verslag selectiecommissie vacature {{F:beleidsadviseur wonen}} (schaal 11, {{K:VAC-2025-014}})"),
    ("kv", [("Datum gesprekken", "24 en 26 februari 2025"),
            ("Commissie", "[[N:Marloes Brinkhuis|Brinkhuis]] ({{F:teammanager Wonen}}, voorzitter), [[N:Tarik Aksoy|Aksoy]] (collega-adviseur), "
                          "[[N:Wendy Stegeman|Stegeman]] ({{F:HR-adviseur}}), [[N:Jelle Oostra|Oostra]] ({{O:OR}}-lid)"),
            ("Aantal sollicitanten", "31, waarvan 5 uitgenodigd")]),
    ("h", "Kandidaten"),
    ("table", ["Kandidaat", "Huidige functie", "Indruk commissie", "Advies"], [
        ["[[N:Femke Ter Horst|Ter Horst]]", "adviseur volkshuisvesting, {{O:gemeente Raalte}}", "Inhoudelijk sterk, kent {{G:Woondeal Regio Zwolle}}", "1e keus"],
        ["[[N:Mustafa Yılmaz|Yılmaz]]", "projectleider {{O:Rochdale}}", "Veel corporatie-ervaring; minder bestuurlijk", "2e keus"],
        ["[[N:Wendela van Voorst tot Voorst|Voorst tot Voorst]]", "trainee {{O:ministerie van BZK}}", "Enthousiast, te weinig ervaring", "afwijzen"],
        ["[[N:Kwame Asante-Boateng|Asante-Boateng]]", "zelfstandig adviseur (ZZP)", "Sterk analytisch; salariswens boven schaal", "reserve"],
        ["[[N:Inge Bakker|Bakker]]", "beleidsmedewerker {{O:provincie Overijssel}}", "Geen klik met team", "afwijzen"],
    ], [3, 3.5, 4, 1.5]),
    ("h", "Besluit"),
    ("p", "De commissie draagt mevrouw [[N:Ter Horst]] voor. Referenties worden nagetrokken bij haar leidinggevende in {{L:Raalte}}, "
          "de heer [[N:Evert Nijland|Nijland]]. De heer [[N:Yılmaz]] wordt gevraagd of hij in de reservepool wil. "
          "Wethouder {{H:Marcel Swart}} (wonen) wordt geïnformeerd; hij zit niet in de commissie."),
    ("p", "Afwijzingen worden telefonisch gedaan door [[N:Wendy Stegeman]] ([[T:0570 69 33 42]]) en bevestigd via {{Q:Afas Insite}}."),
    ("small", "Verslag: [[N:W. Stegeman]], 27 februari 2025. Vragen: {{M:werving@deventer.nl}}."),
], footer="{{K:VAC-2025-014}} – niet verspreiden",
    comments=[("De commissie draagt", "[[N:Tarik Aksoy]]", "Eens, maar [[N:Yılmaz]] eerder bellen dan [[N:Bakker]]?"),
              ("Afwijzingen worden", "[[N:Marloes Brinkhuis]]", "[[N:Wendy]], graag vóór vrijdag.")],
    info={"Author": "[[N:Wendy Stegeman]]"}))

# ------------------------------------------------------------------ u26 exit interview (reportlab)
DOCS.append(D("u26", "verslag_exitgesprek_medewerker_belastingen", "rl", [
    ("small", "{{O:Provincie Fryslân}} – {{O:HRM}} – Exitgesprek – vertrouwelijk"),
    ("title", "Verslag exitgesprek"),
    ("kv", [("Medewerker", "[[N:Sytske Wijnia|Wijnia;Sytske]], {{F:senior adviseur subsidies}}, personeelsnummer [[X:P-104482]]"),
            ("Datum uit dienst", "31 maart 2025"), ("Gesprek gevoerd door", "[[N:Haye Bergsma|Bergsma]], {{F:HR-adviseur}}"),
            ("Datum gesprek", "17 maart 2025")]),
    ("h", "Reden van vertrek"),
    ("p", "Mevrouw [[N:Wijnia]] gaat werken bij het {{O:Wetterskip Fryslân}} als {{F:coördinator subsidies}}. Zij noemt als belangrijkste reden "
          "de werkdruk na de invoering van {{Q:Subsidieportaal 2.0}} en het vertrek van haar vorige leidinggevende, [[N:Klaas-Jan Feenstra|Feenstra]]."),
    ("p", "Over haar huidige leidinggevende, mevrouw [[N:Ingrid de Vries-Terpstra|Vries-Terpstra]], zegt zij: 'Zij is betrokken, maar te weinig "
          "zichtbaar op de werkvloer.' Zij heeft een conflict gehad met collega [[N:Douwe Hiemstra|Hiemstra]] over de verdeling van de {{G:POP3}}-dossiers; "
          "dat is via de vertrouwenspersoon, [[N:Aukje Postma|Postma]], besproken."),
    ("h", "Wat ging goed?"),
    ("p", "De samenwerking met gedeputeerde {{H:Fleur Gräper-van Koolwijk}} en haar staf bij het programma {{G:Iepen Mienskipsfûns}} noemt zij 'leerzaam'. "
          "Ook de opleiding {{G:Leergang Publiek Leiderschap}} aan de {{O:NHL Stenden}} heeft haar geholpen."),
    ("h", "Verbeterpunten"),
    ("p", "Meer duidelijkheid over thuiswerken; betere inwerking van nieuwe collega's; minder afhankelijkheid van externe inhuur "
          "(ZZP-ers zoals [[N:Jan Pieter Hoekstra|Hoekstra]])."),
    ("p", "Mevrouw [[N:Wijnia]] geeft toestemming om dit verslag geanonimiseerd te gebruiken voor het jaarlijkse overzicht exitgesprekken."),
    ("small", "Verslag: [[N:H. Bergsma]], [[E:h.bergsma@fryslan.frl]], [[T:058 292 57 21]]. Privé-mail medewerker na vertrek: [[E:sytske.wijnia@outlook.com]]."),
], footer="{{O:Provincie Fryslân}} – exitgesprek [[P:SW]]", gs=False, info={"Author": "[[N:Haye Bergsma]]", "Title": "Exit [[N:Wijnia]]"}))

# ------------------------------------------------------------------ u27 functioneringsverslag (Writer, comments as annotations)
DOCS.append(D("u27", "functioneringsverslag_handhaver_met_opmerkingen", "writer", [
    ("small", "{{O:Gemeente Almelo}} – {{O:Team Toezicht en Handhaving}}"),
    ("title", "Verslag functioneringsgesprek 2025"),
    ("kv", [("Medewerker", "[[N:Bas Kok|Kok]] ({{F:boa domein I}}, {{C:BOA}}-nummer [[X:BOA-0612-3344]])"),
            ("Leidinggevende", "[[N:Ayşe Tekin|Tekin]] ({{F:teamleider handhaving}})"), ("Datum", "10 maart 2025")]),
    ("h", "1. Terugblik"),
    ("p", "[[N:Bas]] heeft in 2024 vooral op parkeren en afval gewerkt in {{L:Almelo-Centrum}} en {{L:Nieuwstraatkwartier}}. Hij haalde de {{G:Handhaving op maat}}-"
          "doelen. Er waren twee klachten van burgers; één (van de heer [[N:Van Dam|Dam]], [[A:Grotestraat 120]]) is gegrond verklaard "
          "omdat [[N:Bas]] zijn naam niet wilde noemen."),
    ("h", "2. Samenwerking"),
    ("p", "Samenwerking met collega's [[N:Nicole Smit|Smit]] en [[N:Rachid El Amrani|El Amrani]] is goed. Met de politie (wijkagent "
          "[[N:Mark ter Steege|Steege]]) wil [[N:Bas]] vaker samen surveilleren in de {{R:Schelfhorst}}."),
    ("h", "3. Ontwikkeling"),
    ("p", "[[N:Bas]] wil de opleiding {{G:BOA Openbare Ruimte}} met module {{Z:Jeugd en Veiligheid}} volgen bij {{O:ROC van Twente}}. Kosten € 1.950, "
          "uit het opleidingsbudget. Verder: cursus {{Z:de-escalerend werken}}."),
    ("h", "4. Afspraken"),
    ("p", "Volgend gesprek: september 2025. [[N:Bas]] levert vóór 1 april zijn urenoverzicht aan bij [[N:Ayşe Tekin]]."),
    ("p", "Voor akkoord: [[N:B. Kok]] en [[N:A. Tekin]]"),
], footer="Functioneringsverslag [[N:B. Kok]] – vertrouwelijk",
    comments=[("klachten van burgers", "[[N:Ayşe Tekin]]", "[[N:Bas]], hier nog je reactie op de klacht van [[N:Van Dam]]?"),
              ("opleiding", "[[N:Bas Kok]]", "Ja graag. Overleg met [[N:Marco Nijhuis]] van P&O over budget.")],
    info={"Author": "[[N:Ayşe Tekin]]", "Title": "Functioneringsgesprek [[N:Bas Kok]]"}))

# ------------------------------------------------------------------ u28 verzuim/arbo notitie (reportlab -> Ghostscript)
DOCS.append(D("u28", "verzuimnotitie_probleemanalyse_bedrijfsarts", "rl", [
    ("small", "{{O:Waterschap Vallei en Veluwe}} – {{O:HR}} – medisch vertrouwelijk (alleen functionele gegevens)"),
    ("title", "Terugkoppeling probleemanalyse (week 6 verzuim)"),
    ("kv", [("Werknemer", "[[N:Gerrit-Jan Wolters|Wolters]], {{F:medewerker zuiveringsbeheer}}, rwzi {{L:Apeldoorn}}"),
            ("Leidinggevende", "[[N:Astrid Kamphuis|Kamphuis]]"),
            ("Bedrijfsarts", "[[N:drs. P. Oyelaran-Smit|Oyelaran-Smit]], {{O:ArboNed}}"), ("Casemanager", "[[N:Yvette Hazeleger|Hazeleger]]"),
            ("Eerste ziektedag", "27 januari 2025"), ("Datum", "7 maart 2025")]),
    ("h", "Functionele mogelijkheden"),
    ("p", "Werknemer is beperkt belastbaar. Hij kan 4 uur per dag werken, zonder nachtdiensten en zonder werk in besloten ruimten. "
          "Diagnose en medische details worden niet gedeeld (privacy, {{W:AVG}}). Verwachte duur: 6 tot 8 weken."),
    ("h", "Advies"),
    ("p", "Start re-integratie in eigen werk, dagdiensten, onder begeleiding van collega [[N:Henk-Jan Bouwmeester|Bouwmeester]]. "
          "Het {{O:UWV}} hoeft nog niet te worden geïnformeerd (verzuimmelding 42e week). Plan van aanpak binnen 2 weken ({{W:Wet verbetering poortwachter}})."),
    ("p", "De werknemer heeft aangegeven dat zijn partner, [[N:Marjolein Wolters-Brink|Wolters-Brink]], contact mag opnemen als hij niet bereikbaar is: [[T:06 2716 3398]]."),
    ("h", "Vervolg"),
    ("p", "Spreekuur bedrijfsarts: 4 april 2025. Casemanager bewaakt termijnen in {{Q:Verzuimsignaal}}. Vragen: {{M:verzuim@vallei-veluwe.nl}}."),
    ("small", "Opgesteld door [[N:Y. Hazeleger]], {{F:casemanager verzuim}}, [[E:y.hazeleger@vallei-veluwe.nl]]. Kopie: [[N:A. Kamphuis]]."),
], footer="Verzuimdossier [[X:VZ-2025-0081]]", gs=True, info={"Author": "[[N:Yvette Hazeleger]]", "Subject": "PA [[N:G.J. Wolters]]"}))

# ------------------------------------------------------------------ u29 raadsvragen art. 40 + antwoorden (reportlab, footnote, 2 pages)
DOCS.append(D("u29", "schriftelijke_vragen_raad_art40_en_antwoorden", "rl", [
    ("small", "{{O:Gemeenteraad Nijmegen}} – schriftelijke vragen ex artikel 40 {{W:Reglement van orde}}"),
    ("title", "Vragen van de fractie {{O:Stadspartij Nijmegen}} over de sluiting van zwembad {{O:De Goffert}}"),
    ("kv", [("Indieners", "{{H:Jeroen Bruijsten}} ({{O:Stadspartij Nijmegen}}), {{H:Noor Hamdi}} ({{O:D66}})"),
            ("Datum ingekomen", "6 februari 2025"), ("Nummer", "{{K:RV-2025-012}}"),
            ("Portefeuillehouder", "{{H:wethouder Monique Esselbrugge}} (sport)")]),
    ("h", "Inleiding van de vragenstellers"),
    ("p", "Op 3 februari 2025 meldde {{O:De Gelderlander}} dat het buitenbad van {{O:De Goffert}} in 2026 niet opengaat. Een zwemmer, "
          "[[N:Gerda Rutten|Rutten]] (78), vertelde de krant dat zij 'al vijftig jaar elke ochtend baantjes trekt'.¹ Raadslid {{H:Bruijsten}} "
          "sprak haar ook zelf. De fracties willen weten wat het college gaat doen."),
    ("fn", "Citaat overgenomen uit {{O:De Gelderlander}} van 3 februari 2025; de naam staat in het krantenartikel, maar is in dit document niet nodig."),
    ("h", "Vragen en antwoorden"),
    ("p", "1. Klopt het bericht? Antwoord: Ja. Uit de inspectie door {{O:Sweco}} blijkt dat de bassinkuip niet meer waterdicht is."),
    ("p", "2. Heeft de wethouder met de zwemverenigingen gesproken? Antwoord: Ja. Wethouder {{H:Esselbrugge}} sprak op 28 januari 2025 met "
          "{{O:NZC '03}} en {{O:Reddingsbrigade Nijmegen}}. Namens het college waren daar ook [[N:Koen Vermeulen|Vermeulen]] "
          "({{F:programmamanager sport}}) en [[N:Linda Peters-Ouwehand|Peters-Ouwehand]] ({{F:accountmanager}} {{O:Sportbedrijf Nijmegen}})."),
    ("p", "3. Wat kost renovatie? Antwoord: Circa € 4,2 miljoen. Het rapport van {{O:Sweco}} (opsteller [[N:ing. T. Bouwhuis|Bouwhuis]]) "
          "stuurt het college vertrouwelijk naar de raad."),
    ("p", "4. Gaat het college in gesprek met de zwemmers? Antwoord: Ja. Op 20 maart 2025 is er een bijeenkomst in {{O:De Goffert}}. "
          "De uitnodiging loopt via de {{O:Stichting Vrienden van het Goffertbad}}; aanspreekpunt is daar [[N:Henk Arts|Arts]] ([[T:06 4417 3901]])."),
    ("p", "5. Is het college bereid de raad te informeren vóór de voorjaarsnota? Antwoord: Ja, met een raadsinformatiebrief in april."),
    ("pb",),
    ("h", "Ambtelijke gegevens (niet voor publicatie in de raadsinformatie)"),
    ("table", ["Rol", "Naam", "Afdeling", "Telefoon"], [
        ["Opsteller antwoorden", "[[N:Koen Vermeulen]]", "{{O:Sport en Bewegen}}", "[[T:024 329 21 77]]"],
        ["Juridische check", "[[N:mr. S. (Samira) Ait Taleb|Ait Taleb]]", "{{O:Juridische Zaken}}", "[[T:024 329 97 40]]"],
        ["Griffie", "[[N:Bart de Graaf|Graaf]] ({{F:commissiegriffier}})", "{{O:Griffie}}", "{{S:024 329 20 60}}"],
        ["Paraaf directeur", "[[P:R.vdW.]]", "{{O:Directie Stad}}", "—"],
    ], [2.3, 3, 2.5, 2]),
    ("p", "Verzonden aan de raad op 4 maart 2025 door de {{O:Griffie}} ({{M:griffie@nijmegen.nl}}). "
          "Namens het college: de burgemeester, {{H:Hubert Bruls}}."),
], footer="{{K:RV-2025-012}}", info={"Author": "[[N:Koen Vermeulen]]"}))
# ------------------------------------------------------------------ u30 motie (Writer)
DOCS.append(D("u30", "motie_vreemd_aan_de_orde_buurthuizen", "writer", [
    ("small", "{{O:Gemeenteraad van Leeuwarden}} – vergadering van 12 maart 2025 – agendapunt 14"),
    ("title", "Motie vreemd aan de orde van de dag: ‘Buurthuizen blijven open’"),
    ("p", "De raad van de {{O:gemeente Leeuwarden}}, in vergadering bijeen op 12 maart 2025,"),
    ("p", "constaterende dat:\n– het college in de {{G:Voorjaarsnota 2025}} voorstelt de subsidie aan drie buurthuizen te halveren;\n"
          "– in {{L:Heechterp-Schieringen}} en {{L:Camminghaburen}} het buurthuis de enige ontmoetingsplek is;\n"
          "– de insprekers [[N:Trijntje Zijlstra|Zijlstra]] en [[N:Hamid Nazari|Nazari]] in de commissie van 26 februari 2025 lieten zien hoe "
          "ouderen daar dagelijks komen;"),
    ("p", "overwegende dat:\n– wethouder {{H:Sjoerd Feitsma}} heeft toegezegd de gevolgen te laten onderzoeken;\n"
          "– {{O:Het Buurthuis Camminghaburen}} en {{O:Stichting Wijkwerk Heechterp}} al een gezamenlijk plan hebben gemaakt;"),
    ("p", "verzoekt het college:\nde subsidie voor 2025 en 2026 op het huidige niveau te houden en vóór 1 juni met een dekkingsvoorstel te komen,"),
    ("p", "en gaat over tot de orde van de dag."),
    ("table", ["Indiener", "Fractie", "Handtekening"], [
        ["{{H:Rixt Dijkstra-Kuipers}}", "{{O:FNP}}", "—"],
        ["{{H:Marco Tjeerdsma}}", "{{O:VVD}}", "—"],
        ["{{H:Yasmina El Khatib}}", "{{O:GroenLinks-PvdA}}", "—"],
        ["{{H:Van Dam}}", "{{O:CDA}}", "—"],
    ], [3, 2, 2]),
    ("p", "Toelichting door raadslid {{H:Dijkstra-Kuipers}} in de vergadering. Aangenomen met 24 stemmen voor en 13 tegen; de fractie van {{O:PVV}} "
          "({{H:De Jong}}) stemde tegen."),
    ("small", "Ingediend bij de griffie, ontvangen door [[N:Pieter van Dam|Pieter]] (medewerker griffie), 12 maart 2025 19.42 uur. "
              "Raadsgriffie: {{M:griffie@leeuwarden.nl}}."),
], footer="Motie M-2025-07 – {{O:Gemeenteraad Leeuwarden}}", info={"Author": "[[N:Pieter van Dam]]", "Title": "Motie buurthuizen"}))

# ------------------------------------------------------------------ u31 griffie mail thread (Chromium, mailto)
DOCS.append(D("u31", "mailwisseling_griffie_insprekers_commissie", "chrome", [
    ("title", "RE: Aanmelding inspreken commissie Ruimte 19 maart"),
    ("mono", ["Van:        [[N:Dijk, Lotte van|Lotte]] <[[E:l.van.dijk@haarlem.nl]]>",
              "Verzonden:  vrijdag 14 maart 2025 16:22",
              "Aan:        [[N:Ruben Groeneveld|Groeneveld]] <[[E:rgroeneveld1972@gmail.com]]>",
              "CC:         {{M:griffie@haarlem.nl}}; [[N:Wouter Koenders|Koenders]] <[[E:w.koenders@haarlem.nl]]>",
              "Onderwerp:  RE: Aanmelding inspreken commissie Ruimte 19 maart"]),
    ("p", "Beste meneer [[N:Groeneveld]],"),
    ("p", "Dank voor uw aanmelding. U staat op de sprekerslijst voor agendapunt 6 ({{G:Omgevingsplan Schalkwijk-Midden}}). U heeft 3 minuten. "
          "De voorzitter van de commissie is raadslid {{H:Marieke Rietman}}. Wethouder {{H:Floor Roduner}} is aanwezig voor de beantwoording. "
          "Ook mevrouw [[N:Aylin Doğan|Doğan]] van de {{O:Wijkraad Boerhaavewijk}} spreekt in."),
    ("p", "Let op: de vergadering wordt live uitgezonden via {{Q:Notubiz}}. Wilt u niet in beeld? Laat het mij weten."),
    ("p", "Met vriendelijke groet,\n[[N:Lotte van Dijk]]\n{{F:commissiegriffier}} | {{O:Griffie gemeente Haarlem}}\nT [[T:023 511 47 02]] | M [[T:06 1183 2450]]"),
    ("mono", ["-----Oorspronkelijk bericht-----",
              "Van: [[N:Ruben Groeneveld]] <[[E:rgroeneveld1972@gmail.com]]>",
              "Verzonden: donderdag 13 maart 2025 21:07",
              "Aan: {{M:griffie@haarlem.nl}}",
              "Onderwerp: Aanmelding inspreken commissie Ruimte 19 maart"]),
    ("p", "Geachte griffie,"),
    ("p", "Ik wil graag inspreken over het omgevingsplan Schalkwijk-Midden, namens de bewoners van de {{R:Aziëweg}} en de {{R:Afrikaweg}}. "
          "Ik woon zelf op [[A:Aziëweg 88]]. Mijn buurvrouw [[N:Jolanda Pranger-Oei|Pranger-Oei]] komt ook, maar spreekt niet in. "
          "Kunnen de fractievoorzitters ({{H:Jur Botter}}, {{H:Ziggy Klazes}}) vooraf mijn tekst ontvangen?"),
    ("p", "Met vriendelijke groet,\n[[N:Ruben Groeneveld]]\n[[T:06 3302 9174]]"),
    ("mono", ["-----Intern bericht-----",
              "Van: [[N:Wouter Koenders]]  Aan: [[N:Lotte van Dijk]]  14 maart 2025 09:03"]),
    ("p", "[[N:Lotte]], ik stuur de tekst van [[N:Groeneveld]] door aan alle fracties via {{Q:iBabs}}. Graag zijn mailadres eruit halen. Groet, [[N:Wouter]] ([[P:WK]])"),
], footer="{{O:Gemeente Haarlem}} – Woo-besluit {{K:2025/112733}} – document 7", mailto=True, info={"Author": "[[N:L. van Dijk]]"}))

# ------------------------------------------------------------------ u32 commissieverslag met insprekers (reportlab, two columns)
DOCS.append(D("u32", "verslag_commissie_samenleving_insprekers", "rl2", [
    ("title", "Verslag commissie Samenleving – 20 februari 2025"),
    ("kv", [("Voorzitter", "{{H:Ellen Nauta-van Moorsel}}"), ("Griffier", "[[N:Robin Schuurman|Schuurman]] ({{F:commissiegriffier}})"),
            ("Aanwezig", "raadsleden {{H:Hans Hulsbos}} ({{O:VVD}}), {{H:Roelien Kamminga}} ({{O:GroenLinks}}), {{H:Sander Mastenbroek}} ({{O:PvdA}}), "
                         "{{H:Petra Schiphorst}} ({{O:CDA}}), {{H:Edwin Dijkhuis}} ({{O:D66}}); wethouder {{H:Yvonne Wijnsma}}")]),
    ("h", "1. Opening"),
    ("p", "De voorzitter opent om 19.30 uur. Er zijn drie insprekers voor agendapunt 4, het {{G:Beleidsplan Wmo 2025-2028}} van de {{O:gemeente Hoogeveen}}."),
    ("h", "2. Insprekers"),
    ("p", "Mevrouw [[N:Janny Wubbels|Wubbels]] ({{O:Cliëntenraad Sociaal Domein}}) vraagt aandacht voor mantelzorgers. Zij zorgt zelf voor haar man "
          "[[N:Albert Wubbels|Albert]], die dementie heeft. Zij vraagt de raad de {{G:mantelzorgwaardering}} niet af te schaffen."),
    ("p", "De heer [[N:Ebrahim Sultani|Sultani]] spreekt namens {{O:VluchtelingenWerk Noord-Nederland}} over statushouders die geen huishoudelijke "
          "hulp krijgen. Hij noemt het voorbeeld van een gezin in de wijk {{L:Krakeel}}."),
    ("p", "Mevrouw [[N:Hennie Boer-Lanting|Boer-Lanting]] ({{O:Zonnebloem afdeling Hoogeveen}}) pleit voor een vast aanspreekpunt bij het {{O:Sociaal Team}}. "
          "Zij heeft slechte ervaringen met consulent [[N:Menno Eshuis|Eshuis]], die haar aanvraag 'kwijt' raakte."),
    ("h", "3. Vragen aan insprekers"),
    ("p", "{{H:Kamminga}} vraagt mevrouw [[N:Wubbels]] hoeveel uur per week zij zorgt. Antwoord: 'Dag en nacht.' {{H:Hulsbos}} vraagt de heer "
          "[[N:Sultani]] of het probleem bij de indicatie of bij de levering zit. {{H:Schiphorst}} vraagt wat 'vast aanspreekpunt' betekent."),
    ("h", "4. Beleidsplan Wmo 2025-2028"),
    ("p", "Wethouder {{H:Wijnsma}} licht het plan toe. Op vragen van {{H:Mastenbroek}} antwoordt zij dat de klacht over de kwijtgeraakte aanvraag "
          "wordt onderzocht door de teamleider, [[N:Grietje Kuik|Kuik]]. Beleidsadviseur [[N:Thijs Oosting|Oosting]] geeft een technische toelichting "
          "op de {{Z:abonnementstarief}}-effecten."),
    ("p", "{{H:Dijkhuis}} ({{O:D66}}) kondigt een amendement aan over mantelzorg. De voorzitter stelt vast dat het stuk als B-stuk naar de raad gaat."),
    ("h", "5. Toezeggingen"),
    ("p", "T1: wethouder {{H:Wijnsma}} informeert de commissie voor 1 april over de klacht van mevrouw [[N:Boer-Lanting]]."),
    ("p", "T2: de griffie ([[N:Schuurman]]) stuurt de insprekers het verslag ter inzage."),
    ("small", "Verslag: [[N:R. Schuurman]], [[E:r.schuurman@hoogeveen.nl]]. Griffie: {{M:griffie@hoogeveen.nl}}, {{S:14 0528}}."),
], header="{{O:Gemeenteraad Hoogeveen}} – commissie Samenleving", footer="Vastgesteld in de vergadering van 20 maart 2025",
    bookmarks=["Verslag 20-02-2025", "Inspraak [[N:Wubbels]], [[N:Sultani]], [[N:Boer-Lanting]]", "Toezeggingen"],
    info={"Author": "[[N:Robin Schuurman]]"}, top_blocks=2, top_h=60))

# ------------------------------------------------------------------ u33 bezoekersregister (Calc, landscape, multi-page)
_vis = [
    ("03-03", "08:47", "[[N:Henk-Jan Scholten|Scholten]]", "{{O:Arcadis}}", "[[X:HJ-902-K]]", "[[N:Lieke de Boer|Boer]]", "B-0412", "12:15"),
    ("03-03", "09:02", "[[N:Fatma Yıldız|Yıldız]]", "privé (sollicitatie)", "—", "[[N:Wendy Stegeman]]", "B-0413", "10:30"),
    ("03-03", "09:15", "[[N:Dirk Winter|Winter]]", "{{O:Heijmans}}", "[[X:V-381-GN]]", "[[N:Tom Bakker|Bakker]]", "B-0414", "16:40"),
    ("03-03", "10:00", "{{H:Mona Keijzer}}", "{{O:ministerie van VRO}} (minister)", "—", "{{H:burgemeester Ron König}}", "VIP-01", "11:30"),
    ("03-03", "10:00", "[[N:Joost Verweij|Verweij]]", "{{O:ministerie van VRO}} (beveiliging)", "[[X:DBS-77-K]]", "{{H:burgemeester Ron König}}", "VIP-02", "11:30"),
    ("03-03", "10:05", "[[N:Sanne van Leeuwen-Koç|Leeuwen-Koç]]", "{{O:ministerie van VRO}}", "—", "[[N:Lieke de Boer]]", "B-0415", "11:30"),
    ("03-03", "13:30", "[[N:Kofi Owusu|Owusu]]", "{{O:Vitens}}", "[[X:JX-223-R]]", "[[N:Tom Bakker]]", "B-0416", "15:05"),
    ("04-03", "08:30", "[[N:Marleen Kroeze|Kroeze]]", "{{O:Deloitte}}", "—", "[[N:Peter Scheffer|Scheffer]]", "B-0417", "17:20"),
    ("04-03", "08:31", "[[N:Jeroen van Wijk|Wijk]]", "{{O:Deloitte}}", "—", "[[N:Peter Scheffer]]", "B-0418", "17:20"),
    ("04-03", "09:45", "[[N:Anneke Zwolle|Zwolle]]", "privé (bezwaar WOZ)", "—", "[[N:Ronald Hooijer|Hooijer]]", "B-0419", "10:40"),
    ("04-03", "11:00", "{{H:Mirjam Bikker}}", "{{O:Tweede Kamer}} (Kamerlid)", "—", "{{H:wethouder Anjo van de Ven}}", "VIP-03", "12:45"),
    ("04-03", "11:00", "[[N:Luuk Drost|Drost]]", "{{O:Tweede Kamer}} (medewerker fractie)", "—", "{{H:wethouder Anjo van de Ven}}", "B-0420", "12:45"),
    ("04-03", "14:10", "[[N:Priya Ramsaran|Ramsaran]]", "{{O:Politie Oost-Nederland}}", "—", "[[N:Ronald Hooijer]]", "B-0421", "15:00"),
    ("05-03", "08:55", "[[N:Willem Dam|Dam]]", "{{O:Dam Schoonmaak B.V.}}", "[[X:VX-118-P]]", "facilitair", "B-0422", "17:00"),
    ("05-03", "09:30", "[[N:Gerda de Groot|Groot]]", "privé (inspreker)", "—", "griffie", "B-0423", "10:15"),
    ("05-03", "10:20", "[[N:Olumide Adeyemi|Adeyemi]]", "{{O:TNO}}", "—", "[[N:Lieke de Boer]]", "B-0424", "13:00"),
    ("05-03", "11:45", "[[N:Bart Visser|Visser]]", "{{O:Visser Bouw Oldenzaal}}", "[[X:51-ZTL-8]]", "[[N:Tom Bakker]]", "B-0425", "12:30"),
    ("05-03", "13:00", "[[N:Marianne Koning|Koning]]", "{{O:Kadaster}}", "—", "[[N:Ronald Hooijer]]", "B-0426", "16:00"),
    ("05-03", "15:30", "[[N:Hüseyin Aslan|Aslan]]", "privé (leverancier ZZP)", "[[X:G-604-BB]]", "[[N:Peter Scheffer]]", "B-0427", "16:10"),
    ("06-03", "09:00", "[[N:Eva Martens|Martens]]", "{{O:Enexis}}", "—", "[[N:Tom Bakker]]", "B-0428", "11:00"),
    ("06-03", "09:00", "[[N:Joris Blom|Blom]]", "{{O:Enexis}}", "—", "[[N:Tom Bakker]]", "B-0429", "11:00"),
    ("06-03", "10:30", "[[N:Wilhelmina Oude Egberink|Oude Egberink]]", "privé (huwelijksaangifte)", "—", "{{O:Burgerzaken}}", "B-0430", "11:05"),
    ("06-03", "14:00", "{{H:Eddy van Hijum}}", "{{O:ministerie van SZW}} (minister)", "—", "{{H:burgemeester Ron König}}", "VIP-04", "15:30"),
    ("06-03", "14:00", "[[N:Hanneke Spoelstra|Spoelstra]]", "{{O:ministerie van SZW}} (beleidsmedewerker)", "—", "[[N:Lieke de Boer]]", "B-0431", "15:30"),
    ("07-03", "08:40", "[[N:Ramon Nijhuis|Nijhuis]]", "{{O:Twence}}", "[[X:TR-55-NK]]", "[[N:Ronald Hooijer]]", "B-0432", "09:50"),
    ("07-03", "10:15", "[[N:Ilse van 't Hof|Hof]]", "{{O:Saxion}} (stagiair)", "—", "[[N:Wendy Stegeman]]", "B-0433", "16:30"),
]
DOCS.append(D("u33", "bezoekersregister_stadhuis_week_10_calc", "calc", [
    ("title", "Bezoekersregister stadhuis {{L:Hengelo}} – week 10 (3-7 maart 2025)"),
    ("p", "Export uit {{Q:Receptie Online}} door {{O:Facilitaire Zaken}}. Bewaartermijn 4 weken. Opgevraagd voor Woo-verzoek {{K:WOO-HGL-2025-019}}."),
    ("table", ["Datum", "In", "Naam bezoeker", "Organisatie", "Kenteken", "Gastheer/-vrouw", "Pas", "Uit"], [list(r) for r in _vis]),
    ("p", "Receptie: {{S:074 245 91 11}}. Contact facilitair: [[N:Femke Hulshof|Hulshof]], [[E:f.hulshof@hengelo.nl]]."),
], landscape=True, header="{{O:Gemeente Hengelo}} – bezoekersregister – vertrouwelijk", footer="Export [[N:F. Hulshof]] 11-03-2025",
    calc_widths=[7, 6, 28, 34, 11, 28, 8, 6], calc_scale=95, info={"Author": "[[N:Femke Hulshof]]"}))

# ------------------------------------------------------------------ u34 toegangspasregister (fpdf landscape, multi-page)
_log = []
_people = [("[[N:Annelies Smeets|Smeets]]", "{{F:adviseur ruimtelijke ordening}}", "[[X:PAS-10233]]"),
           ("[[N:Mehdi Bouali|Bouali]]", "{{F:ICT-beheerder}}", "[[X:PAS-10871]]"),
           ("[[N:Karin Verstappen|Verstappen]]", "{{F:teamleider Burgerzaken}}", "[[X:PAS-10044]]"),
           ("[[N:Stijn Koolen|Koolen]]", "{{F:bode}}", "[[X:PAS-11208]]"),
           ("[[N:Larissa Geurts-Janssen|Geurts-Janssen]]", "{{F:bestuurssecretaris}}", "[[X:PAS-10592]]"),
           ("[[N:Wim Coenen|Coenen]]", "{{F:schoonmaker}} ({{O:Hago}})", "[[X:TMP-0091]]"),
           ("[[N:Noah Hendrikx|Hendrikx]]", "{{F:stagiair communicatie}}", "[[X:TMP-0104]]")]
_doors = ["Hoofdingang {{R:Markt}}", "Serverruimte B0.12", "Archief kelder", "Raadszaal", "Parkeergarage", "Collegevleugel 2e"]
import random as _r
_rnd = _r.Random(34)
for day in ("10-03", "11-03", "12-03"):
    for k in range(14):
        p = _people[_rnd.randrange(len(_people))]
        door = _doors[_rnd.randrange(len(_doors))]
        t = f"{7 + k:02d}:{_rnd.randrange(60):02d}"
        res = "toegang" if door != "Serverruimte B0.12" or "Bouali" in p[0] else "GEWEIGERD"
        _log.append([f"{day}-2025 {t}", p[0], p[1], p[2], door, res])
DOCS.append(D("u34", "logboek_toegangspassen_stadhuis", "fpdf", [
    ("title", "Logboek toegangscontrole stadhuis {{L:Venlo}} – 10 t/m 12 maart 2025"),
    ("p", "Export uit {{Q:Nedap AEOS}} ten behoeve van het onderzoek naar de inbraakpoging van 12 maart 2025 (melding {{K:BEV-2025-007}}). "
          "Opgesteld door {{F:security officer}} [[N:Ralf Peeters|Peeters]] op verzoek van de {{F:gemeentesecretaris}}."),
    ("table", ["Tijdstip", "Pashouder", "Functie", "Pasnummer", "Lezer / deur", "Resultaat"], _log, [2.4, 3.2, 3.6, 1.8, 3, 1.6]),
    ("p", "Conclusie: de geweigerde toegangen tot de serverruimte zijn verklaard (verkeerde deur, geen opzet). Beelden van {{Q:Milestone XProtect}} "
          "zijn bekeken door [[N:R. Peeters]] en [[N:Mehdi Bouali]]. Geen vervolg. Vragen: {{M:beveiliging@venlo.nl}}."),
], landscape=True, header="{{O:Gemeente Venlo}} – {{O:Facilitair Bedrijf}} – toegangslog", footer="{{K:BEV-2025-007}}",
    info={"Author": "[[N:Ralf Peeters]]", "Title": "AEOS export 10-12 maart"}))

# ------------------------------------------------------------------ u35 scan: paper sign-in sheet
DOCS.append(D("u35", "scan_intekenlijst_inloopavond_omgevingsvisie", "scan", [
    ("title", "Intekenlijst inloopavond {{G:Omgevingsvisie Oldambt}}"),
    ("small", "{{O:Gemeente Oldambt}} – 6 maart 2025 – {{O:Dorpshuis Finsterwolde}}. Door in te tekenen geeft u toestemming voor het sturen van de nieuwsbrief."),
    ("table", ["Naam", "Adres", "E-mail / telefoon", "Nieuwsbrief"], [
        ["[[N:Jan Huizinga|Huizinga]]", "[[A:Hoofdweg 140 Finsterwolde]]", "[[E:jhuizinga@kpnmail.nl]]", "ja"],
        ["[[N:Trijn Venema-Bos|Venema-Bos]]", "[[A:Molenstraat 3 Beerta]]", "[[T:0597 33 12 80]]", "ja"],
        ["[[N:Ali Rezaei|Rezaei]]", "[[A:Geert Reindersstraat 12]]", "[[T:06 4490 1276]]", "nee"],
        ["[[N:Geesje Pot|Pot]]", "[[A:Kerkweg 9 Drieborg]]", "[[E:geesjepot@hotmail.com]]", "ja"],
        ["[[N:Harm Mulder|Mulder]]", "[[A:Buitenweg 2 Oostwold]]", "[[T:06 2105 8839]]", "ja"],
        ["[[N:Eline Smid|Smid]]", "[[A:Noorderstraat 44 Winschoten]]", "[[E:eline.smid@gmail.com]]", "nee"],
    ], [2.5, 3, 3, 1.2]),
    ("small", "Aanwezig namens gemeente: {{H:wethouder Jan Zuidema}} (wethouder ruimtelijke ordening), projectleider [[N:Marjan Oosterveld|Oosterveld]]."),
], dpi=210, rot=0.4))

# ------------------------------------------------------------------ u36 terrasontheffing met buurtpetitie (fpdf -> Ghostscript)
DOCS.append(D("u36", "ontheffing_terras_met_handtekeningenlijst_buurt", "fpdf", [
    ("title", "Besluit ontheffing sluitingstijd terras – {{O:Eetcafé 't Pleintje}}"),
    ("kv", [("Aanvrager", "{{O:'t Pleintje Horeca V.O.F.}}, vertegenwoordigd door [[N:Erik Hoogendijk|Hoogendijk]] en [[N:Sandra Hoogendijk-Pauw|Hoogendijk-Pauw]]"),
            ("Locatie", "{{R:Burgemeester Reigerstraat}} 2, {{L:Utrecht}}"), ("Zaak", "{{K:HOR-UTR-2025-0210}}"), ("Datum", "14 maart 2025")]),
    ("p", "De burgemeester van {{L:Utrecht}}, {{H:Sharon Dijksma}}, weigert de gevraagde ontheffing om het terras in de zomermaanden tot 01.00 uur "
          "open te houden. Zij weegt de belangen van omwonenden zwaarder dan het bedrijfsbelang. Grondslag: artikel 2:34c {{W:APV Utrecht}}."),
    ("p", "Omwonenden hebben een handtekeningenlijst tegen de ontheffing ingediend. De lijst is als bijlage bij dit besluit gevoegd. De "
          "{{O:wijkraad Oost}} heeft negatief geadviseerd. De toezichthouders van {{O:Team Horeca en Evenementen}} constateerden in 2024 "
          "drie geluidsoverschrijdingen."),
    ("h", "Bijlage – handtekeningenlijst ‘Nachtrust in de Reigerstraat’"),
    ("table", ["Nr", "Naam", "Adres", "Handtekening"], [
        ["1", "[[N:Marijke Gerritsen|Gerritsen]]", "[[A:Burgemeester Reigerstraat 5]]", "(getekend)"],
        ["2", "[[N:Rob van Rooijen|Rooijen]]", "[[A:Burgemeester Reigerstraat 7bis]]", "(getekend)"],
        ["3", "[[N:Lin Zhang|Zhang]]", "[[A:Burgemeester Reigerstraat 9-II]]", "(getekend)"],
        ["4", "[[N:Tobias Ferreira Lima|Ferreira Lima]]", "[[A:Burgemeester Reigerstraat 11]]", "(getekend)"],
        ["5", "[[N:Hester op de Weegh|Weegh]]", "[[A:Nachtegaalstraat 40]]", "(getekend)"],
        ["6", "[[N:Joost Blom|Joost]]", "[[A:Nachtegaalstraat 42]]", "(getekend)"],
        ["7", "[[N:Maria José Santos Oliveira|Santos Oliveira]]", "[[A:Burgemeester Reigerstraat 15]]", "(getekend)"],
        ["8", "[[N:Dick Koster|Koster]]", "[[A:Burgemeester Reigerstraat 17]]", "(getekend)"],
        ["9", "[[N:Fleur de Wit|Wit]]", "[[A:Burgemeester Reigerstraat 19]]", "(getekend)"],
        ["10", "[[N:Arie Kok|Kok]]", "[[A:Poortstraat 88]]", "(getekend)"],
        ["11", "[[N:Samira Bouzid|Bouzid]]", "[[A:Poortstraat 90]]", "(getekend)"],
        ["12", "[[N:Wessel ter Brugge|Brugge]]", "[[A:Burgemeester Reigerstraat 21]]", "(getekend)"],
    ], [0.5, 3, 4, 1.5]),
    ("p", "Contactpersoon van de bewoners: [[N:Marijke Gerritsen]], [[E:marijke.gerritsen@planet.nl]], [[T:06 2287 1490]]."),
    ("p", "Behandelend ambtenaar: [[N:Nadia Chaouch|Chaouch]], {{F:vergunningverlener horeca}}, via {{S:14 030}}."),
], header="{{O:Gemeente Utrecht}} – {{K:HOR-UTR-2025-0210}}", footer="Besluit ontheffing terras", gs=True,
    info={"Author": "[[N:Nadia Chaouch]]", "Title": "Weigering ontheffing 't Pleintje"}))
