"""Documents mx23-mx33 of set mixed102."""

DOCS = []

# ------------------------------------------------------------------ mx23 beschikking inrichtingskrediet (docx)
DOCS.append({
    "id": "mx23", "producer": "docx", "font": "Liberation Serif", "size": 10.5,
    "meta": {"title": "Besluit leenbijstand inrichtingskosten", "author": "Werk en Inkomen"},
    "header": "⟦O:Gemeente Ede⟧ - Werk en Inkomen - ⟦X:Postbus 9022, 6710 HK Ede⟧",
    "blocks": [
        ("p", "Mevrouw {P:T. Berhane}\n{A:Zandlaan 112-B}\n{A:6717 EZ} EDE"),
        ("kv", [("Datum", "⟦M:28 januari 2025⟧"), ("Klantnummer", "{N:WI-0471193}"), ("BSN", "{B:BSN_BERHANE}"),
                ("Behandelaar", "{P:Joost Amptmeijer}"), ("Ons kenmerk", "⟦R:WI-2025-00822⟧")]),
        ("p", "Onderwerp: besluit op uw aanvraag ⟦T:inrichtingskrediet⟧"),
        ("p", "Geachte mevrouw {P:Berhane},"),
        ("p", "U heeft op ⟦M:21 januari 2025⟧ een ⟦T:inrichtingskrediet⟧ aangevraagd voor de inrichting van uw woning. U bent op "
              "⟦M:20 januari 2025⟧ als vergunninghouder vanuit het ⟦O:COA⟧ (V-nummer {V:2617 005 338}) in Ede komen wonen, samen met "
              "uw dochter {P:Saron} (geboren {D:2 oktober 2022})."),
        ("h", "Besluit"),
        ("p", "Wij kennen u op grond van artikel 48 van de ⟦W:Participatiewet⟧ ⟦T:bijzondere bijstand⟧ in de vorm van een geldlening toe "
              "van ⟦A:€ 3.650⟧. Het bedrag wordt binnen vijf werkdagen overgemaakt op rekeningnummer {I:IBAN_BERHANE} ten name van "
              "{P:T. Berhane}. U lost af met ⟦A:€ 45⟧ per maand vanaf ⟦M:1 april 2025⟧."),
        ("p", "Omdat u {H:zwanger bent van uw tweede kind}, is de aflossing de eerste drie maanden na de bevalling opgeschort."),
        ("h", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken op grond van de "
              "⟦W:Algemene wet bestuursrecht⟧. Stuur uw bezwaar naar het college, ⟦X:Postbus 9022, 6710 HK Ede⟧, of via "
              "⟦U:www.ede.nl/bezwaar⟧."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,"),
        ("sig", 2301, "{P:J. Amptmeijer}\nconsulent Werk en Inkomen, {T:0318 68 11 90}", "J Amptmeijer"),
    ],
})

# ------------------------------------------------------------------ mx24 aanmeldformulier vrijwilliger (AcroForm)
DOCS.append({
    "id": "mx24", "producer": "rl", "font": "Helvetica", "size": 10,
    "meta": {"title": "Aanmelding vrijwilliger taalcafé", "author": ""},
    "fields": [("naam", "Petronella Oskam-de Wilde"), ("email", "nel.oskam@hetnet.nl"),
               ("telefoon", "06-11 58 43 27"), ("geboortedatum", "17-02-1958")],
    "hidden": {"probes": [("PERSON", "Petronella Oskam-de Wilde", "annotations"),
                          ("EMAIL", "nel.oskam@hetnet.nl", "annotations"),
                          ("PHONE", "06-11 58 43 27", "annotations"),
                          ("DATE_OF_BIRTH", "17-02-1958", "annotations")]},
    "blocks": [
        ("title", "Aanmelden als vrijwilliger"),
        ("p", "Taalcafé en activiteiten ⟦T:noodopvang⟧ Frankeneng - ⟦O:Vluchtelingenwerk Oost Nederland⟧ i.s.m. ⟦O:COA⟧"),
        ("p", "Vrijwilligers die met kinderen werken hebben een ⟦T:Verklaring Omtrent het Gedrag⟧ (⟦T:VOG⟧) nodig; die vraagt u gratis "
              "aan via de ⟦Q:Regeling Gratis VOG⟧. Uw gegevens worden verwerkt volgens de ⟦W:AVG⟧ en na een jaar verwijderd."),
        ("p", "Intake door: {P:Marjolein Tiemens} (coördinator vrijwilligers, {E:m.tiemens@vluchtelingenwerk.nl}). "
              "Datum intake: ⟦M:26 maart 2025⟧."),
        ("p", "Voorkeur: dinsdagavond taalcafé in ⟦X:Wijkcentrum De Open Hof⟧; samen met {P:Mohamed Aarab}."),
        ("p", "Algemene vragen: ⟦U:oostnederland@vluchtelingenwerk.nl⟧"),
    ],
})

# ------------------------------------------------------------------ mx25 presentatie informatieavond (landscape, 3 pages)
DOCS.append({
    "id": "mx25", "producer": "rl", "font": "Carlito", "size": 16, "landscape": True,
    "meta": {"title": "Presentatie informatieavond 28 januari 2025", "author": "Communicatie"},
    "hidden": {"annots": [(1, "Lieke Ravensbergen", "Sprekersnotitie: niet ingaan op namen van bewoners", [760, 540, 780, 560])],
               "probes": [("PERSON", "Lieke Ravensbergen", "annotations")]},
    "blocks": [
        ("title", "Informatieavond tijdelijke noodopvang Frankeneng"),
        ("p", "⟦M:28 januari 2025⟧ - ⟦X:De Reehorst⟧"),
        ("p", "Welkom door ⟦F:burgemeester Verhulst⟧"),
        ("p", "Toelichting besluit: ⟦F:wethouder Dorrestijn⟧"),
        ("p", "Het ⟦O:COA⟧ stelt zich voor: {P:Wouter Rijnsburger} en {P:Karim Bouzerda}"),
        ("p", "Veiligheid: wijkagent {P:Dirk Hoogakker}, ⟦O:Politie Oost-Nederland⟧"),
        ("pb",),
        ("title", "Wat gaat er gebeuren?"),
        ("p", "Maximaal 250 bewoners, vooral gezinnen\nOpening: ⟦M:3 maart 2025⟧\nEinde ⟦T:noodopvang⟧: uiterlijk ⟦M:1 maart 2026⟧\n"
              "Daarna: ⟦T:azc⟧ Nieuwe Kazernelaan (⟦W:Spreidingswet⟧)"),
        ("p", "24/7 beveiliging en een buurtlijn: ⟦S:088 715 74 40⟧"),
        ("pb",),
        ("title", "Vragen en contact"),
        ("p", "⟦U:opvang@ede.nl⟧ | ⟦U:www.ede.nl/opvang⟧ | ⟦S:14 0318⟧"),
        ("p", "Omgevingsmanager: {P:Thijs Oudeboon}"),
        ("small", "Presentatie: {P:Annemiek Pronk}, afdeling Communicatie, versie 3"),
    ],
})

# ------------------------------------------------------------------ mx26 e-mail ontruimingsoefening (outline hidden)
DOCS.append({
    "id": "mx26", "producer": "rl", "font": "LiberationSerif", "size": 10.5, "mono": "Courier",
    "meta": {"title": "Ontruimingsoefening locatie Frankeneng", "author": "VGGM"},
    "hidden": {"outline": [("Mail P. Steenhorst", 0), ("Reactie H. Vonk", 0)],
               "probes": [("PERSON", "P. Steenhorst", "outline"), ("PERSON", "H. Vonk", "outline")]},
    "blocks": [
        ("mono", "Van:        {P:Paul Steenhorst} <{E:paul.steenhorst@vggm.nl}>\n"
                 "Datum:      ⟦M:7 mei 2025⟧ 14:05\n"
                 "Aan:        {P:Hester Vonk} <{E:h.vonk@coa.nl}>; {P:Jeroen Vlastuin} <{E:j.vlastuin@ede.nl}>\n"
                 "Onderwerp:  ontruimingsoefening ⟦M:21 mei 2025⟧"),
        ("p", "Beste {P:Hester} en {P:Jeroen},"),
        ("p", "Zoals afgesproken in de stuurgroep oefenen we op woensdag ⟦M:21 mei 2025⟧ om 10.00 uur een ontruiming van de locatie "
              "⟦X:Frankeneng 120⟧. De ⟦O:Brandweer Gelderland-Midden⟧ komt met twee tankautospuiten van post ⟦L:Ede⟧. Het ⟦O:COA⟧ "
              "zorgt voor tolken (Arabisch, Tigrinya, Dari) en informeert de bewoners een dag vooraf."),
        ("p", "Let op: op de 1e verdieping woont een bewoner die {H:slechthorend} is ({P:A. Rezaei}, kamer 1.07) en een bewoonster in "
              "een rolstoel. Graag een buddy voor beiden."),
        ("p", "Groet,\n{P:Paul Steenhorst}\nCrisiscoördinator | ⟦O:Veiligheidsregio Gelderland-Midden⟧\n{T:06-12 08 66 94}"),
        ("mono", "Van:        {P:Hester Vonk} <{E:h.vonk@coa.nl}>\n"
                 "Datum:      ⟦M:8 mei 2025⟧ 08:31\n"
                 "Onderwerp:  RE: ontruimingsoefening"),
        ("p", "Hoi {P:Paul}, akkoord. Ik vraag {P:Karim Bouzerda} de buddy's te regelen. De bewoonster in de rolstoel is "
              "inmiddels verhuisd, dus dat vervalt. Gr. {P:Hester}"),
    ],
})

# ------------------------------------------------------------------ mx27 gebruikersovereenkomst pand (docx)
DOCS.append({
    "id": "mx27", "producer": "docx", "font": "Carlito", "size": 10,
    "meta": {"title": "Gebruiksovereenkomst Frankeneng 120", "author": "COA Vastgoed"},
    "blocks": [
        ("title", "Gebruiksovereenkomst kantoorgebouw Frankeneng 120"),
        ("p", "De ondergetekenden:"),
        ("p", "1. ⟦O:Horapark Vastgoed B.V.⟧, ingeschreven bij de ⟦O:Kamer van Koophandel⟧ onder nummer ⟦R:80417329⟧, "
              "vertegenwoordigd door haar directeur {P:Gijs Vermeulen-Tacoma}, hierna: de eigenaar;"),
        ("p", "2. het ⟦O:Centraal Orgaan opvang asielzoekers⟧, vertegenwoordigd door {P:Hester Vonk}, senior adviseur vastgoed, "
              "hierna: het ⟦O:COA⟧;"),
        ("p", "komen het volgende overeen:"),
        ("p", "Artikel 1. De eigenaar stelt het kantoorgebouw aan de ⟦X:Frankeneng 120⟧ (kadastraal ⟦R:Ede F 4127⟧) van ⟦M:15 februari 2025⟧ "
              "tot en met ⟦M:31 maart 2026⟧ ter beschikking voor ⟦T:noodopvang⟧.\n"
              "Artikel 2. De vergoeding bedraagt ⟦A:€ 41.500⟧ per maand, te voldoen binnen 30 dagen na factuurdatum.\n"
              "Artikel 3. Het ⟦O:COA⟧ zorgt voor de brandveiligheidsvoorzieningen die de ⟦O:VGGM⟧ in haar advies ⟦R:VGGM-RB-2025-0147⟧ noemt.\n"
              "Artikel 4. Aanspreekpunt voor de eigenaar is {P:Sandra Klomp}, facilitair beheerder, {T:06-50 13 72 84}."),
        ("p", "Getekend te Ede, ⟦M:12 februari 2025⟧"),
        ("sig", 2701, "{P:G. Vermeulen-Tacoma}", "G Vermeulen"),
        ("sig", 2702, "{P:H. Vonk}", "H Vonk"),
    ],
})

# ------------------------------------------------------------------ mx28 verslag informatieavond (reportlab Times)
DOCS.append({
    "id": "mx28", "producer": "rl", "font": "Times-Roman", "size": 10.5,
    "meta": {"title": "Verslag informatieavond", "author": "Gemeente Ede"},
    "blocks": [
        ("title", "Verslag informatieavond noodopvang"),
        ("p", "⟦M:28 januari 2025⟧, ⟦X:De Reehorst⟧, circa 180 aanwezigen. Gespreksleider: {P:Lieke Ravensbergen}. "
              "Panel: ⟦F:burgemeester Verhulst⟧, ⟦F:wethouder Dorrestijn⟧, {P:Wouter Rijnsburger} (⟦O:COA⟧), {P:Dirk Hoogakker} (politie)."),
        ("h", "Vragen uit de zaal"),
        ("p", "Een bewoner van de Hindelaan, de heer {P:Gerrit Wolbers}, vraagt of zijn moeder van 84 's nachts last krijgt van "
              "geluid. ⟦F:wethouder Dorrestijn⟧ antwoordt dat er huisregels zijn over nachtrust."),
        ("p", "Mevrouw {P:Stoutjesdijk} (Bosrand) vraagt naar het verkeer. {P:Rijnsburger} zegt dat bewoners geen auto hebben; "
              "wel komen er busjes van het ⟦O:COA⟧ en taxi's voor medische afspraken."),
        ("p", "De heer {P:Pieter van Lohuizen} vraagt of er ook alleenstaande mannen komen. ⟦F:burgemeester Verhulst⟧: in de "
              "⟦T:noodopvang⟧ vooral gezinnen; in het ⟦T:azc⟧ ook alleenstaanden. Hij wijst op de afspraken in de ⟦T:bestuursovereenkomst⟧."),
        ("p", "Mevrouw {P:Esra Yildirim} zegt als lerares van ⟦O:De Schakel⟧ blij te zijn met de nieuwkomersklas en biedt aan om te helpen."),
        ("p", "Een ondernemer, de heer {P:Knoef}, vraagt of bewoners mogen werken. {P:Rijnsburger}: na zes maanden procedure mogen "
              "asielzoekers 24 weken per jaar werken, met een ⟦T:tewerkstellingsvergunning⟧ van het ⟦O:UWV⟧."),
        ("h", "Afsluiting"),
        ("p", "⟦F:burgemeester Verhulst⟧ dankt de aanwezigen. Aanmelden voor de ⟦T:klankbordgroep⟧ kan via ⟦U:opvang@ede.nl⟧. "
              "Verslag: {P:A. Pronk}."),
    ],
})

# ------------------------------------------------------------------ mx29 telefoonnotitie (scan)
DOCS.append({
    "id": "mx29", "producer": "scan", "font": "Courier", "size": 11, "seed": 2929,
    "meta": {"title": "scan0029", "creator": "Canon iR-ADV C5535"},
    "blocks": [
        ("title", "TELEFOONNOTITIE"),
        ("kv", [("Datum", "24 maart 2025, 10:40"), ("Aangenomen door", "{P:Annemiek Pronk}"),
                ("Beller", "{P:Marja Wolbers}"), ("Telefoon", "{T:06-24 81 55 93}"),
                ("Betreft", "moeder {P:Gerda Wolbers}, Hindelaan")]),
        ("p", "Mevrouw belt namens haar moeder (84 jaar). Moeder heeft {H:beginnende dementie} en raakt in paniek van de "
              "geluiden 's nachts. Zij heeft ook een briefje gestuurd. Verzoek om terugbellen door de omgevingsmanager."),
        ("p", "Actie: doorgezet naar {P:T. Oudeboon}, cc {P:K. Bouzerda} (COA)."),
        ("p", "Teruggebeld op 25 maart door {P:Oudeboon}: COA past de nachtrust aan, gesprek bij moeder thuis op 1 april."),
    ],
})

# ------------------------------------------------------------------ mx30 persvraag e-mail (Info + XMP hidden)
DOCS.append({
    "id": "mx30", "producer": "rl", "font": "Helvetica", "size": 10, "mono": "Courier",
    "meta": {"title": "Persvraag De Gelderlander", "author": ""},
    "hidden": {"info_author": "Roos Hagenbeek", "xmp_creator": "Roos Hagenbeek (woordvoering)",
               "probes": [("PERSON", "Roos Hagenbeek", "metadata")]},
    "blocks": [
        ("mono", "Van:        {P:Bram Ketelaar} <{E:bram.ketelaar@gelderlander.nl}>\n"
                 "Aan:        ⟦U:pers@ede.nl⟧\n"
                 "Datum:      ⟦M:5 maart 2025⟧ 08:11\n"
                 "Onderwerp:  vraag over aanhouding bij noodopvang"),
        ("p", "Goedemorgen,"),
        ("p", "Wij hebben vernomen dat vannacht twee bewoners van de ⟦T:noodopvang⟧ aan de Frankeneng zijn aangehouden. Kunt u dat "
              "bevestigen? Ik schrijf vandaag een stuk voor ⟦O:De Gelderlander⟧. Graag een reactie van ⟦F:burgemeester Verhulst⟧."),
        ("p", "Met vriendelijke groet,\n{P:Bram Ketelaar}, verslaggever regio ⟦L:Ede⟧-⟦L:Wageningen⟧\n{T:06-33 90 17 26}"),
        ("mono", "Van:        ⟦U:pers@ede.nl⟧\nDatum:      ⟦M:5 maart 2025⟧ 11:47\nOnderwerp:  RE: vraag over aanhouding"),
        ("p", "Beste heer {P:Ketelaar},"),
        ("p", "De ⟦O:Politie Oost-Nederland⟧ bevestigt dat er vannacht één persoon is aangehouden na een melding van winkeldiefstal. "
              "Over de identiteit doen wij geen uitspraken. ⟦F:burgemeester Verhulst⟧: 'Wie zich niet aan de regels houdt, wordt "
              "daarop aangesproken, of hij nu in de opvang woont of niet.'"),
        ("p", "Met vriendelijke groet,\nteam Woordvoering ⟦O:gemeente Ede⟧ | ⟦S:14 0318⟧"),
    ],
})

# ------------------------------------------------------------------ mx31 kwartaalrapportage (reportlab, 2 pages, keep-heavy)
DOCS.append({
    "id": "mx31", "producer": "rl", "font": "DejaVuSans", "size": 9.5,
    "meta": {"title": "Kwartaalrapportage opvang Q2 2025", "author": "Gemeente Ede"},
    "blocks": [
        ("title", "Kwartaalrapportage opvang en huisvesting - Q2 2025"),
        ("p", "⟦O:Gemeente Ede⟧ | ⟦R:Z-2025-003377⟧ | vastgesteld in de stuurgroep van ⟦M:3 juli 2025⟧"),
        ("h", "1. Noodopvang Frankeneng"),
        ("table", [["Indicator", "Q1 2025", "Q2 2025"],
                   ["Gemiddelde bezetting", "171", "238"],
                   ["Waarvan minderjarig", "61", "92"],
                   ["Incidenten (⟦O:COA⟧-registratie)", "14", "9"],
                   ["Meldingen buurtlijn", "37", "12"],
                   ["Klachten bij gemeente", "6", "2"]], [80, 30, 30]),
        ("p", "De bezetting stijgt naar het maximum van 250. Het aantal meldingen bij de buurtlijn daalt sterk na het parkeerverbod en de "
              "extra verlichting. De ⟦O:GGD Gelderland-Midden⟧ sloot de scabiësuitbraak af op ⟦M:2 mei 2025⟧."),
        ("h", "2. Huisvesting vergunninghouders"),
        ("table", [["", "Aantal"],
                   ["⟦T:Taakstelling⟧ 2025-1", "142"],
                   ["Gehuisvest t/m ⟦M:30 juni 2025⟧", "131"],
                   ["Achterstand", "11"],
                   ["Waarvan via ⟦O:Woonstede⟧", "84"],
                   ["Waarvan via ⟦O:Idealis⟧", "21"],
                   ["Tijdelijke units", "26"]], [80, 30]),
        ("pb",),
        ("h", "3. Azc Nieuwe Kazernelaan"),
        ("p", "De aanvraag ⟦T:omgevingsvergunning⟧ is op ⟦M:2 juni 2025⟧ ingediend. Er kwamen 23 zienswijzen binnen. De stikstofberekening "
              "van ⟦O:Arcadis⟧ laat geen toename op de ⟦L:Veluwe⟧ zien. Het ⟦O:COA⟧ houdt vast aan opening op ⟦M:1 januari 2026⟧."),
        ("h", "4. Financiën"),
        ("p", "Ontvangen ⟦Q:RBOG⟧-vergoeding Q1 en Q2: ⟦A:€ 712.440⟧. Uitgaven: ⟦A:€ 648.015⟧. De ⟦Q:Regeling Onderwijshuisvesting Asielzoekers⟧ "
              "dekt de tijdelijke lokalen van ⟦O:De Schakel⟧."),
        ("h", "5. Bestuurlijk"),
        ("p", "⟦F:commissaris van de Koning Berends⟧ bezocht de locatie op ⟦M:24 maart 2025⟧. ⟦F:burgemeester Marcouch⟧, voorzitter "
              "van de ⟦O:VGGM⟧, sprak in het ⟦T:Veiligheidsberaad⟧ over de regionale spreiding."),
        ("small", "Samensteller: {P:Thijs Oudeboon}; cijfers huisvesting: {P:Fatima El Ouardi}."),
    ],
})

# ------------------------------------------------------------------ mx32 medisch overdrachtsformulier (scan)
DOCS.append({
    "id": "mx32", "producer": "scan", "font": "Helvetica", "size": 11, "seed": 3232,
    "meta": {"title": "scan0032", "creator": "Xerox WorkCentre 7845"},
    "blocks": [
        ("title", "Overdracht bij verhuizing vergunninghouder"),
        ("p", "Van: COA locatie Ede Frankeneng - Aan: gemeente Ede, team Wonen / Wmo"),
        ("kv", [("Naam", "{P:Mahmoud Qasim}"), ("V-nummer", "{V:2606 114 275}"), ("Geboortedatum", "{D:19-03-1982}"),
                ("Nieuw adres", "{A:Copernicusstraat 15}, Ede"), ("Gezin", "echtgenote {P:Zainab Qasim}, kinderen (2)")]),
        ("h", "Zorg"),
        ("p", "{H:Nierfalen, hemodialyse 3x per week} in Ziekenhuis Gelderse Vallei. Vervoer naar dialyse regelen via "
              "Wmo-vervoer. Echtgenote heeft {H:diabetes type 2}."),
        ("p", "Overdracht besproken op 16 april 2025 met {P:F. El Ouardi} (gemeente) en {P:K. Bouzerda} (COA)."),
        ("p", "Ingevuld door: {P:Karim Bouzerda}, woonbegeleider"),
        ("sig", 3233),
    ],
})

# ------------------------------------------------------------------ mx33 WhatsApp export klankbordgroep
_wa = [
    "⟦M:02-04-2025⟧, 19:02 - {T:+31 6 41872209}: Welkom in de app van de ⟦T:klankbordgroep⟧ Frankeneng! Groet {P:Marieke} (gemeente)",
    "⟦M:02-04-2025⟧, 19:05 - {P:Roeland Temmink}: Dank! Vanavond weer een bus voor de deur met draaiende motor",
    "⟦M:02-04-2025⟧, 19:07 - {P:Jacqueline V-H}: bij ons aan de Bosrand is het rustig sinds het verbod",
    "⟦M:02-04-2025⟧, 19:12 - {T:+31 6 51278834}: {P:Roeland}, ik laat de chauffeurs aanspreken. {P:Wouter} (⟦O:COA⟧)",
    "⟦M:02-04-2025⟧, 20:40 - {P:Mohamed Aarab}: taalcafé dinsdag 18 mensen! nog 2 vrijwilligers nodig",
    "⟦M:02-04-2025⟧, 20:41 - {P:Evert-Jan Knoef}: ik vraag het bij de ondernemersvereniging",
    "⟦M:03-04-2025⟧, 07:15 - {P:Roeland Temmink}: mijn adres is {A:Klaphekkenweg 27} voor als de wijkagent langs wil komen",
    "⟦M:03-04-2025⟧, 08:30 - {P:Dirk Hoogakker}: Kom ik vanmiddag {P:Roeland}. Bij spoed altijd ⟦S:112⟧ of ⟦S:0900-8844⟧",
    "⟦M:03-04-2025⟧, 09:02 - {P:Jacqueline V-H}: {P:Dirk} weet jij of de {H:man met die psychose} nog op de locatie woont?",
    "⟦M:03-04-2025⟧, 09:10 - {P:Dirk Hoogakker}: daar ga ik hier niet op in, bel me gerust even",
    "⟦M:03-04-2025⟧, 09:12 - {T:+31 6 41872209}: Graag geen namen of medische info over bewoners in deze groep. Zie de spelregels van de ⟦T:klankbordgroep⟧",
]
DOCS.append({
    "id": "mx33", "producer": "rl", "font": "DejaVuSans", "mono": "DejaVuSansMono", "size": 9,
    "meta": {"title": "WhatsApp Chat met Klankbordgroep Frankeneng", "author": ""},
    "blocks": [
        ("title", "WhatsApp-chat 'Klankbordgroep Frankeneng' (export)"),
        ("small", "Opgenomen in het Woo-dossier ⟦R:WOO-2025-0087⟧; berichten van 02-04-2025 en 03-04-2025."),
        ("space", 6),
    ] + [("mono", line) for line in _wa],
})
