"""Documents mx01-mx11 of set mixed102."""

EDE_HEAD = ("⟦O:Gemeente Ede⟧ | ⟦X:Bergstraat 4⟧ | ⟦X:Postbus 9022, 6710 HK Ede⟧ | telefoon ⟦S:14 0318⟧ | "
            "⟦U:gemeente@ede.nl⟧")

DOCS = []

# ------------------------------------------------------------------ mx01 raadsinformatiebrief (2 pages)
DOCS.append({
    "id": "mx01", "producer": "rl", "font": "Helvetica", "size": 10, "header": EDE_HEAD,
    "meta": {"title": "Raadsinformatiebrief noodopvang Frankeneng", "author": "Gemeente Ede"},
    "blocks": [
        ("title", "Raadsinformatiebrief"),
        ("kv", [("Onderwerp", "Tijdelijke ⟦T:noodopvang⟧ asielzoekers locatie ⟦X:Frankeneng 120⟧"),
                ("Datum", "⟦M:14 januari 2025⟧"),
                ("Zaaknummer", "⟦R:Z-2025-000318⟧"),
                ("Portefeuillehouder", "⟦F:wethouder Dorrestijn⟧"),
                ("Contactpersoon", "{P:Marieke Bosgra}, projectleider opvang, {T:06-41 87 22 09}, {E:m.bosgra@ede.nl}")]),
        ("h", "Aanleiding"),
        ("p", "Op verzoek van het ⟦O:Centraal Orgaan opvang asielzoekers⟧ (⟦O:COA⟧) en na overleg met de ⟦O:Regionale Regietafel Gelderland⟧ "
              "heeft het college besloten om tijdelijk maximaal 250 asielzoekers op te vangen in het leegstaande kantoorgebouw aan de "
              "⟦X:Frankeneng 120⟧. Met deze brief informeren wij u over het besluit, de afspraken met het ⟦O:COA⟧ en de ⟦O:Veiligheidsregio Gelderland-Midden⟧ "
              "en het vervolg richting een regulier ⟦T:azc⟧ op grond van de ⟦W:Spreidingswet⟧."),
        ("h", "Kern"),
        ("p", "De ⟦T:noodopvang⟧ opent naar verwachting op ⟦M:1 maart 2025⟧ en loopt uiterlijk tot ⟦M:1 maart 2026⟧. "
              "Het ⟦O:COA⟧ is verantwoordelijk voor de opvang en begeleiding; de gemeente voor onderwijs, de openbare orde en de "
              "communicatie met de omgeving. ⟦F:burgemeester Verhulst⟧ heeft op ⟦M:9 januari 2025⟧ met de ⟦O:VGGM⟧ de brandveiligheid "
              "van het pand besproken. De kosten worden vergoed volgens de ⟦Q:Regeling Bekostiging Opvang Gemeenten⟧."),
        ("p", "Omwonenden van de Frankeneng, de Klaphekkenweg en de Bosrand ontvangen een bewonersbrief en worden uitgenodigd voor een "
              "informatieavond op ⟦M:28 januari 2025⟧ in ⟦X:De Reehorst⟧. Er wordt een ⟦T:klankbordgroep⟧ ingesteld met bewoners, "
              "ondernemers, het ⟦O:COA⟧, de ⟦O:Politie Oost-Nederland⟧ en de gemeente."),
        ("h", "Taakstelling huisvesting statushouders"),
        ("p", "Los van de ⟦T:noodopvang⟧ heeft ⟦O:gemeente Ede⟧ voor de eerste helft van 2025 een ⟦T:taakstelling⟧ van 142 te huisvesten "
              "vergunninghouders. Per ⟦M:31 december 2024⟧ stond een achterstand van 37 personen open. Met ⟦O:Woonstede⟧ en ⟦O:Idealis⟧ "
              "zijn afspraken gemaakt over extra woningen en over de tijdelijke locatie aan de Nieuwe Kazernelaan."),
        ("pb",),
        ("h", "Financiën"),
        ("p", "De ⟦Q:Regeling Bekostiging Opvang Gemeenten⟧ (RBOG) vergoedt de gemeentelijke kosten per bezette plaats per dag. "
              "Voor 2025 is een bedrag van ⟦A:€ 1.412.000⟧ geraamd. Eventuele tekorten worden in de voorjaarsnota verwerkt."),
        ("h", "Communicatie"),
        ("p", "Vragen van inwoners kunnen worden gesteld via ⟦U:opvang@ede.nl⟧ of via telefoonnummer ⟦S:14 0318⟧. Het ⟦O:COA⟧ opent op de "
              "locatie een inloopspreekuur. De ambtelijke contactpersoon voor de raad is {P:Marieke Bosgra}; de juridische vragen "
              "worden behandeld door {P:Ruud Hengelman} ({E:r.hengelman@ede.nl})."),
        ("h", "Vervolg"),
        ("p", "Wij informeren u na de evaluatie in juni opnieuw. Het concept van de ⟦T:bestuursovereenkomst⟧ met het ⟦O:COA⟧ ligt ter inzage "
              "bij de griffie."),
        ("p", "Het college van burgemeester en wethouders van Ede,"),
        ("p", "de secretaris, de burgemeester,"),
        ("sig", 11, "⟦F:burgemeester Verhulst⟧"),
    ],
})

# ------------------------------------------------------------------ mx02 e-mail gemeente -> COA
DOCS.append({
    "id": "mx02", "producer": "rl", "font": "Times-Roman", "size": 10.5, "mono": "Courier",
    "meta": {"title": "RE: planning opening noodopvang", "author": "Outlook"},
    "blocks": [
        ("mono", "Van:       {P:Thijs Oudeboon} <{E:t.oudeboon@ede.nl}>\n"
                 "Verzonden: dinsdag ⟦M:4 februari 2025⟧ 16:42\n"
                 "Aan:       {P:Wouter Rijnsburger} <{E:w.rijnsburger@coa.nl}>\n"
                 "CC:        {P:Marieke Bosgra} <{E:m.bosgra@ede.nl}>; ⟦U:opvang@ede.nl⟧\n"
                 "Onderwerp: RE: planning opening noodopvang ⟦X:Frankeneng 120⟧"),
        ("p", "Hoi {P:Wouter},"),
        ("p", "Dank voor je snelle reactie. Wij kunnen ons vinden in de planning: oplevering van het pand op ⟦M:24 februari 2025⟧, "
              "instroom van de eerste 80 bewoners vanaf ⟦M:3 maart 2025⟧ vanuit het aanmeldcentrum in ⟦L:Ter Apel⟧. "
              "Wil je bevestigen dat het ⟦O:COA⟧ de beveiliging via ⟦O:Trigion⟧ regelt en dat er 24/7 een aanspreekpunt is?"),
        ("p", "De brandweer (⟦O:VGGM⟧) komt op ⟦M:20 februari 2025⟧ voor de schouw; {P:Bart Lensvelt} is daar namens de "
              "veiligheidsregio bij. Kun jij of {P:Hester Vonk} van jullie vastgoedteam aansluiten?"),
        ("p", "Groet,\n{P:Thijs}\n\n{P:Thijs Oudeboon} | beleidsadviseur ⟦T:opvang en integratie⟧\n⟦O:Gemeente Ede⟧ | "
              "{T:06-29 33 17 45}"),
        ("mono", "Van:       {P:Wouter Rijnsburger} <{E:w.rijnsburger@coa.nl}>\n"
                 "Verzonden: dinsdag ⟦M:4 februari 2025⟧ 11:03\n"
                 "Aan:       {P:Thijs Oudeboon} <{E:t.oudeboon@ede.nl}>\n"
                 "Onderwerp: planning opening noodopvang"),
        ("p", "Beste {P:Thijs},"),
        ("p", "Zoals besproken stuur ik hierbij de planning. Het ⟦O:COA⟧ verwacht de eerste bewoners begin maart. We houden rekening "
              "met gezinnen met kinderen; voor de leerplichtige kinderen stemmen we af met ⟦O:Stichting Ede Onderwijs⟧ over een "
              "nieuwkomersklas. Mijn collega {P:Karim Bouzerda} wordt woonbegeleider op de locatie."),
        ("p", "Met vriendelijke groet,\n{P:Wouter Rijnsburger}\nLocatiemanager ⟦O:COA⟧ ⟦L:Ede⟧ (i.o.)\nM {T:06 5127 8834}\n"
              "⟦O:Centraal Orgaan opvang asielzoekers⟧ | ⟦S:088 715 70 00⟧ | ⟦U:www.coa.nl⟧"),
    ],
})

# ------------------------------------------------------------------ mx03 brandweeradvies VGGM (docx)
DOCS.append({
    "id": "mx03", "producer": "docx", "font": "Carlito", "size": 10.5,
    "meta": {"title": "Brandveiligheidsadvies noodopvang", "author": "VGGM"},
    "header": "⟦O:Veiligheidsregio Gelderland-Midden⟧ - Brandweer - ⟦X:Postbus 5364, 6802 EJ Arnhem⟧",
    "blocks": [
        ("title", "Advies brandveiligheid tijdelijke noodopvang"),
        ("kv", [("Aan", "⟦O:Gemeente Ede⟧, afdeling Vergunningen, t.a.v. {P:Jeroen Vlastuin}"),
                ("Van", "{P:Bart Lensvelt}, adviseur risicobeheersing"),
                ("Datum", "⟦M:21 februari 2025⟧"),
                ("Kenmerk", "⟦R:VGGM-RB-2025-0147⟧"),
                ("Betreft", "Gebruiksmelding ⟦X:Frankeneng 120⟧ (⟦T:noodopvang⟧ ⟦O:COA⟧)")]),
        ("h", "1. Aanleiding"),
        ("p", "Op ⟦M:20 februari 2025⟧ heeft een schouw plaatsgevonden in het voormalige kantoorgebouw. Aanwezig waren {P:Bart Lensvelt} "
              "(⟦O:VGGM⟧), {P:Jeroen Vlastuin} (gemeente), {P:Hester Vonk} (⟦O:COA⟧ vastgoed) en de eigenaar, vertegenwoordigd door "
              "{P:Gijs Vermeulen-Tacoma} van ⟦O:Horapark Vastgoed B.V.⟧"),
        ("h", "2. Bevindingen"),
        ("table", [["Nr", "Onderwerp", "Bevinding", "Advies"],
                   ["1", "Brandmeldinstallatie", "Volledige bewaking aanwezig, doormelding naar ⟦O:meldkamer Oost-Nederland⟧", "Akkoord; jaarlijks inspectiecertificaat overleggen"],
                   ["2", "Vluchtwegen", "Trappenhuis B heeft geen zelfsluitende deur", "Deur vervangen voor ingebruikname"],
                   ["3", "Slaapruimten", "Max. 8 personen per kantoorruimte", "Rookmelders per ruimte, koppelen aan BMI"],
                   ["4", "Kookgelegenheid", "Gemeenschappelijke keuken 2e verdieping", "Blusdeken en sprinklerkop bij fornuizen"]],
         None),
        ("h", "3. Conclusie"),
        ("p", "Onder de voorwaarden in tabel 1 kan het gebouw volgens het ⟦W:Besluit bouwwerken leefomgeving⟧ tijdelijk als logiesfunctie "
              "worden gebruikt. Een hercontrole vindt plaats op ⟦M:27 februari 2025⟧."),
        ("p", "Voor vragen: {P:Bart Lensvelt}, {T:06-22 71 90 38}, {E:bart.lensvelt@vggm.nl}. Algemeen: ⟦U:risicobeheersing@vggm.nl⟧, ⟦S:088 355 50 00⟧."),
    ],
})

# ------------------------------------------------------------------ mx04 verslag klankbordgroep 1 (docx, 2 pages)
DOCS.append({
    "id": "mx04", "producer": "docx", "font": "Liberation Sans", "size": 10,
    "meta": {"title": "Verslag klankbordgroep noodopvang 1", "author": "Gemeente Ede"},
    "blocks": [
        ("title", "Verslag eerste bijeenkomst klankbordgroep noodopvang Frankeneng"),
        ("kv", [("Datum", "⟦M:11 februari 2025⟧, 19.30-21.30 uur"),
                ("Locatie", "⟦X:Wijkcentrum De Open Hof⟧"),
                ("Voorzitter", "{P:Lieke Ravensbergen} (onafhankelijk voorzitter)"),
                ("Verslag", "{P:Annemiek Pronk} (gemeente)"),
                ("Aanwezig", "bewoners {P:Roeland Temmink} (Klaphekkenweg), {P:Jacqueline Verbeek-Haaksma} (Bosrand), "
                             "{P:Mohamed Aarab} (Frankeneng), {P:Evert-Jan Knoef} (ondernemersvereniging ⟦O:Horapark⟧); "
                             "{P:Wouter Rijnsburger} (⟦O:COA⟧), {P:Dirk Hoogakker} (wijkagent, ⟦O:Politie Oost-Nederland⟧), "
                             "{P:Thijs Oudeboon} (gemeente)")]),
        ("h", "1. Opening en kennismaking"),
        ("p", "De voorzitter heet iedereen welkom. Het doel van de ⟦T:klankbordgroep⟧ is signalen uit de buurt vroeg op te halen; de "
              "groep neemt geen besluiten. ⟦F:wethouder Dorrestijn⟧ is bij het eerste deel aanwezig en licht het besluit van het college toe."),
        ("h", "2. Stand van zaken"),
        ("p", "{P:Rijnsburger} vertelt dat de eerste bewoners op ⟦M:3 maart 2025⟧ komen. Het gaat vooral om gezinnen uit Syrië, Eritrea "
              "en Jemen. Er is 24 uur per dag beveiliging. Het ⟦O:COA⟧ opent een buurtlijn: ⟦S:088 715 74 40⟧."),
        ("h", "3. Zorgen uit de buurt"),
        ("p", "Mevrouw {P:Verbeek-Haaksma} maakt zich zorgen over het parkeren aan de Bosrand en over de verlichting van het fietspad "
              "langs het spoor. De heer {P:Temmink} vraagt of er een vaste contactpersoon bij de gemeente komt. De heer {P:Aarab} "
              "biedt aan om als vrijwilliger taalles te geven; hij is zelf in 1998 als vluchteling naar ⟦L:Nederland⟧ gekomen."),
        ("p", "Wijkagent {P:Hoogakker} geeft aan dat de politie de eerste weken extra surveilleert. Bij overlast kan men ⟦S:0900-8844⟧ bellen."),
        ("h", "4. Afspraken"),
        ("table", [["Nr", "Actie", "Wie", "Wanneer"],
                   ["1", "Verlichting fietspad laten onderzoeken", "{P:Oudeboon}", "⟦M:1 maart 2025⟧"],
                   ["2", "Parkeerverbod Bosrand bespreken met verkeerskundige", "{P:Oudeboon}", "volgende bijeenkomst"],
                   ["3", "Vrijwilligers koppelen aan ⟦O:Vluchtelingenwerk Oost Nederland⟧", "{P:Rijnsburger}", "maart"],
                   ["4", "Contactgegevens buurtlijn verspreiden", "{P:Pronk}", "direct"]], None),
        ("h", "5. Rondvraag en sluiting"),
        ("p", "De heer {P:Knoef} vraagt of ondernemers van het ⟦O:Horapark⟧ werkervaringsplaatsen kunnen bieden. Volgende bijeenkomst: "
              "⟦M:18 maart 2025⟧. Het verslag wordt na akkoord van de leden gepubliceerd op ⟦U:www.ede.nl/opvang⟧."),
    ],
})

# ------------------------------------------------------------------ mx05 verslag klankbordgroep 2 (reportlab DejaVuSerif)
DOCS.append({
    "id": "mx05", "producer": "rl", "font": "DejaVuSerif", "size": 9.5,
    "meta": {"title": "Verslag klankbordgroep 2", "author": ""},
    "hidden": {"info_author": "Annemiek Pronk", "probes": [("PERSON", "Annemiek Pronk", "metadata")]},
    "blocks": [
        ("title", "Klankbordgroep noodopvang Frankeneng - verslag 2"),
        ("p", "Datum: ⟦M:18 maart 2025⟧ | Locatie: ⟦X:Frankeneng 120⟧ (ontmoetingsruimte) | Voorzitter: {P:L. Ravensbergen}"),
        ("p", "Aanwezig: {P:R. Temmink}, {P:J. Verbeek-Haaksma}, {P:M. Aarab}, {P:E.J. Knoef}, {P:W. Rijnsburger} (⟦O:COA⟧), "
              "{P:K. Bouzerda} (⟦O:COA⟧), {P:D. Hoogakker} (politie), {P:T. Oudeboon} en {P:A. Pronk} (gemeente). "
              "Afwezig met bericht: {P:I. Demmendaal} (⟦O:COA⟧ regio Oost)."),
        ("h", "1. Eerste weken"),
        ("p", "Sinds ⟦M:3 maart 2025⟧ wonen 164 mensen op de locatie, onder wie 58 kinderen. {P:Bouzerda} vertelt dat de sfeer goed is. "
              "Er is één incident geweest bij de ⟦O:Jumbo⟧ aan de Klaphekkenweg; de politie heeft dat afgehandeld."),
        ("h", "2. Verkeer en parkeren"),
        ("p", "Het parkeerverbod aan de Bosrand geldt vanaf ⟦M:1 april 2025⟧. Mevrouw {P:Verbeek-Haaksma} is tevreden maar vraagt om "
              "handhaving door de ⟦O:boa's van de gemeente⟧. De verlichting van het fietspad wordt in mei vervangen."),
        ("h", "3. Meedoen in de wijk"),
        ("p", "De heer {P:Aarab} heeft met twee andere buurtbewoners een taalcafé opgezet in ⟦X:Wijkcentrum De Open Hof⟧. "
              "Bewoners van de locatie helpen bij de ⟦Q:NLdoet⟧-actie op ⟦M:15 maart 2025⟧. De ⟦O:Voedselbank Ede⟧ vraagt om vrijwilligers."),
        ("h", "4. Zorg en onderwijs"),
        ("p", "De ⟦O:GGD Gelderland-Midden⟧ heeft een spreekuur op de locatie; de huisartsenzorg loopt via ⟦O:Gezondheidscentrum Asielzoekers⟧ (⟦O:GCA⟧). "
              "Twaalf kinderen gaan naar de nieuwkomersklas van ⟦O:De Schakel⟧."),
        ("h", "5. Actiepunten"),
        ("table", [["Actie", "Wie", "Status"],
                   ["Handhaving parkeren Bosrand", "{P:Oudeboon}", "loopt"],
                   ["Verlichting fietspad", "{P:Oudeboon}", "mei"],
                   ["Taalcafé uitbreiden naar twee avonden", "{P:Aarab} / {P:Bouzerda}", "april"],
                   ["Nieuwsbrief voor de buurt", "{P:Pronk}", "maandelijks"]], None),
        ("p", "Volgende bijeenkomst: ⟦M:20 mei 2025⟧."),
    ],
})

# ------------------------------------------------------------------ mx06 klacht buurtbewoner (scan of typed letter)
DOCS.append({
    "id": "mx06", "producer": "scan", "font": "Times-Roman", "size": 12, "seed": 606,
    "meta": {"title": "scan0006", "creator": "Canon iR-ADV C5535"},
    "blocks": [
        ("p", "{P:Henk Brouwershaven}\n{A:Klaphekkenweg 31}\n{A:6717 LM} Ede\n{T:0318-654 882}"),
        ("space", 10),
        ("p", "Aan het college van burgemeester en wethouders\nPostbus 9022\n6710 HK Ede"),
        ("space", 10),
        ("p", "Ede, 6 maart 2025"),
        ("p", "Betreft: klacht over de noodopvang aan de Frankeneng"),
        ("p", "Geacht college,"),
        ("p", "Hierbij dien ik een klacht in over de manier waarop de gemeente de buurt heeft betrokken bij de komst van de noodopvang. "
              "Ik woon al 31 jaar aan de Klaphekkenweg en heb de bewonersbrief pas ontvangen na de informatieavond. "
              "Sinds de opening staan er 's avonds groepen jongeren bij het hek van mijn tuin. Mijn vrouw {P:Ria Brouwershaven} "
              "durft sinds haar {H:heupoperatie} en {H:haar angststoornis} 's avonds niet meer alleen naar buiten."),
        ("p", "Ik verzoek u om extra verlichting, cameratoezicht en een vast aanspreekpunt. Ik heb dit ook gemeld bij de wijkagent."),
        ("p", "Hoogachtend,"),
        ("sig", 66),
        ("p", "{P:H. Brouwershaven}"),
    ],
})

# ------------------------------------------------------------------ mx07 klacht via contactformulier
DOCS.append({
    "id": "mx07", "producer": "rl", "font": "Courier", "size": 9.5, "mono": "Courier",
    "meta": {"title": "Melding contactformulier 2025-03-11", "author": "Formulierenservice"},
    "blocks": [
        ("mono", "=== Melding via ⟦U:www.ede.nl/contact⟧ ===\n"
                 "Meldingsnummer : ⟦R:MLD-2025-031187⟧\n"
                 "Ontvangen      : ⟦M:11-03-2025⟧ 22:14\n"
                 "Categorie      : Overlast / ⟦T:noodopvang⟧\n"
                 "Naam           : {P:Willemijn Stoutjesdijk}\n"
                 "Adres          : {A:Bosrand 17}, {A:6717 KT} Ede\n"
                 "Telefoon       : {T:06-38 12 44 70}\n"
                 "E-mail         : {E:willemijn.stoutjesdijk@ziggo.nl}\n"
                 "Geboortedatum  : {D:02-09-1979}"),
        ("mono", "Omschrijving:\n"
                 "Vanavond rond 21.30 uur stond er weer een auto met draaiende motor\n"
                 "voor mijn oprit (kenteken {K:R-712-JX}). Volgens mij haalt de\n"
                 "chauffeur bewoners van de opvang op. Mijn zoon {P:Daan} (9) heeft\n"
                 "{H:epilepsie} en slaapt slecht door het lawaai. Ik wil graag weten\n"
                 "wie ik hierover kan bellen, de buurtlijn van het ⟦O:COA⟧ nam niet op."),
        ("mono", "--- Interne afhandeling ---\n"
                 "Doorgezet naar : team ⟦T:Opvang en Integratie⟧ ({P:T. Oudeboon})\n"
                 "Behandelaar    : {P:Fatima El Ouardi} ({E:f.elouardi@ede.nl})\n"
                 "Afspraak       : terugbellen binnen 3 werkdagen; wijkagent {P:Hoogakker} geinformeerd\n"
                 "Status         : in behandeling, zaak ⟦R:Z-2025-001642⟧"),
    ],
})

# ------------------------------------------------------------------ mx08 handgeschreven briefje (scan)
DOCS.append({
    "id": "mx08", "producer": "hand", "seed": 808, "hsize": 92,
    "meta": {"title": "scan0008", "creator": "HP LaserJet MFP scan"},
    "blocks": [
        ("hand", "Aan de gemeente, opvang Frankeneng"),
        ("space",),
        ("hand", "Beste mensen,"),
        ("hand", "Het geluid van de opvang is 's nachts\nte hard. Ik ben 84 en slaap slecht."),
        ("hand", "Mijn dochter belt u nog."),
        ("space",),
        ("hand", "{P:Gerda} {P:Wolbers}\nHindelaan 6\ntel. 0318 612 407"),
    ],
})

# ------------------------------------------------------------------ mx09 antwoordbrief aan klager (docx)
DOCS.append({
    "id": "mx09", "producer": "docx", "font": "Liberation Serif", "size": 11,
    "meta": {"title": "Reactie op uw klacht", "author": "Gemeente Ede"},
    "header": "⟦O:Gemeente Ede⟧ - ⟦X:Postbus 9022, 6710 HK Ede⟧ - ⟦S:14 0318⟧",
    "blocks": [
        ("p", "De heer {P:H. Brouwershaven}\n{A:Klaphekkenweg 31}\n{A:6717 LM}  EDE"),
        ("kv", [("Datum", "⟦M:20 maart 2025⟧"), ("Ons kenmerk", "⟦R:Z-2025-001519⟧"),
                ("Behandeld door", "{P:Fatima El Ouardi}"), ("Telefoon", "{T:0318 68 04 27}"),
                ("Onderwerp", "Uw klacht van ⟦M:6 maart 2025⟧ over de ⟦T:noodopvang⟧")]),
        ("p", "Geachte heer {P:Brouwershaven},"),
        ("p", "Op ⟦M:7 maart 2025⟧ hebben wij uw brief ontvangen. U bent ontevreden over de informatie aan de buurt en u ervaart overlast "
              "bij uw woning. Wij behandelen uw brief als klacht op grond van hoofdstuk 9 van de ⟦W:Algemene wet bestuursrecht⟧."),
        ("p", "Op ⟦M:17 maart 2025⟧ heeft mijn collega {P:Thijs Oudeboon} u thuis bezocht. Samen met de wijkagent en het ⟦O:COA⟧ zijn de "
              "volgende afspraken gemaakt: het ⟦O:COA⟧ spreekt de bewoners aan op samenscholen bij uw erf, de ⟦O:Politie Oost-Nederland⟧ "
              "surveilleert extra, en de gemeente plaatst vóór ⟦M:1 mei 2025⟧ twee extra lantaarnpalen."),
        ("p", "Wij vinden het vervelend dat de bewonersbrief u te laat heeft bereikt. De verspreiding is uitbesteed; wij hebben de "
              "verspreider hierop aangesproken. Uw klacht is daarom gegrond wat betreft de informatievoorziening."),
        ("p", "Bent u het niet eens met de afhandeling, dan kunt u zich wenden tot de ⟦O:Nationale ombudsman⟧."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Ede,"),
        ("sig", 91, "{P:mr. R.J. Hengelman}\nklachtencoördinator", "R Hengelman"),
    ],
})

# ------------------------------------------------------------------ mx10 huisvesting statushouders table (landscape, 2 pages)
_rows = [
    ["Nr", "Hoofdaanvrager", "V-nummer", "Geb.datum", "Gezin", "Herkomst", "Koppeling", "Woning / corporatie", "Bijzonderheden"],
    ["1", "{P:Yonas Tesfamariam}", "{V:2611 408 735}", "{D:14-05-1991}", "1+3", "Eritrea", "⟦M:06-01-2025⟧", "⟦O:Woonstede⟧, Veldhuizen", "{H:echtgenote zwanger, uitgerekend juni}"],
    ["2", "{P:Rahaf Al-Khatib}", "{V:2598 114 602}", "{D:03-11-1987}", "1+2", "Syrië", "⟦M:13-01-2025⟧", "⟦O:Idealis⟧ (tijdelijk)", "-"],
    ["3", "{P:Samir Haddad}", "{V:2603 771 290}", "{D:22-07-1996}", "1", "Syrië", "⟦M:13-01-2025⟧", "Nieuwe Kazernelaan (unit 14)", "{H:rolstoelgebonden, gelijkvloers nodig}"],
    ["4", "{P:Tigist Berhane}", "{V:2617 005 338}", "{D:09-02-2001}", "1+1", "Eritrea", "⟦M:20-01-2025⟧", "⟦O:Woonstede⟧, Ede-Zuid", "-"],
    ["5", "{P:Aziz Rahimi}", "{V:2588 930 417}", "{D:30-12-1984}", "2+4", "Afghanistan", "⟦M:27-01-2025⟧", "⟦O:Woonstede⟧, Lunteren", "{H:zoon diabetes type 1}"],
    ["6", "{P:Layla Mansour}", "{V:2620 318 846}", "{D:17-08-1993}", "1", "Jemen", "⟦M:03-02-2025⟧", "kamer via ⟦O:Idealis⟧", "-"],
    ["7", "{P:Omar Nuur Abdi}", "{V:2609 662 153}", "{D:01-01-1999}", "1", "Somalië", "⟦M:03-02-2025⟧", "Nieuwe Kazernelaan (unit 9)", "{H:PTSS, begeleiding via GGZ}"],
    ["8", "{P:Hevin Yusuf Ali}", "{V:2614 227 901}", "{D:25-04-1989}", "2+1", "Syrië", "⟦M:10-02-2025⟧", "⟦O:Woonstede⟧, Bennekom", "-"],
    ["9", "{P:Dawit Ghebremedhin}", "{V:2591 846 074}", "{D:12-06-1978}", "1+5", "Eritrea", "⟦M:10-02-2025⟧", "grote eengezinswoning gezocht", "{H:dochter hartafwijking, nabij ziekenhuis}"],
    ["10", "{P:Nour Al-Sayed}", "{V:2622 590 183}", "{D:08-10-2004}", "1", "Syrië", "⟦M:17-02-2025⟧", "kamer via ⟦O:Idealis⟧", "-"],
    ["11", "{P:Mahmoud Qasim}", "{V:2606 114 275}", "{D:19-03-1982}", "2+2", "Irak", "⟦M:17-02-2025⟧", "⟦O:Woonstede⟧, Veldhuizen", "{H:dialyse 3x per week}"],
    ["12", "{P:Selam Habte}", "{V:2618 403 662}", "{D:27-09-1997}", "1", "Eritrea", "⟦M:24-02-2025⟧", "Nieuwe Kazernelaan (unit 3)", "-"],
    ["13", "{P:Farida Nazari}", "{V:2596 771 048}", "{D:05-05-1975}", "1+1", "Afghanistan", "⟦M:24-02-2025⟧", "⟦O:Woonstede⟧, Lunteren", "{H:visueel beperkt}"],
    ["14", "{P:Ibrahim Darwish}", "{V:2612 008 519}", "{D:11-11-1990}", "2+3", "Syrië", "⟦M:03-03-2025⟧", "nog geen aanbod", "-"],
]
DOCS.append({
    "id": "mx10", "producer": "rl", "font": "LiberationSans", "size": 9, "tsize": 7.6, "landscape": True,
    "meta": {"title": "Overzicht huisvesting vergunninghouders Q1 2025", "author": "Team Huisvesting"},
    "hidden": {"outline": [("Overzicht F. El Ouardi - vertrouwelijk", 0)],
               "probes": [("PERSON", "F. El Ouardi", "outline")]},
    "blocks": [
        ("title", "Huisvesting vergunninghouders - stand ⟦M:3 maart 2025⟧"),
        ("p", "⟦O:Gemeente Ede⟧ - team Wonen | ⟦T:taakstelling⟧ eerste helft 2025: 142 personen | gerealiseerd: 61 | achterstand: 81 | "
              "bron: ⟦Q:TVS⟧ (⟦O:COA⟧) en eigen administratie. Vertrouwelijk - bevat persoonsgegevens."),
        ("table", _rows, [8, 38, 24, 20, 12, 22, 20, 46, 54]),
        ("p", "Toelichting: koppelingen volgens het ⟦Q:Taakstelling Volg Systeem⟧. Medische bijzonderheden uitsluitend voor het "
              "matchen van een passende woning; bron: ⟦O:GZA⟧ en ⟦O:GGD Gelderland-Midden⟧. Contact: ⟦U:huisvesting.statushouders@ede.nl⟧."),
        ("pb",),
        ("h", "Uitstroom per corporatie"),
        ("table", [["Corporatie", "Toegezegd 2025-1", "Geleverd", "Open"],
                   ["⟦O:Woonstede⟧", "48", "22", "26"],
                   ["⟦O:Idealis⟧", "12", "9", "3"],
                   ["⟦O:Portaal⟧", "6", "2", "4"],
                   ["Tijdelijke units Nieuwe Kazernelaan", "24", "14", "10"]], [70, 35, 30, 30]),
        ("h", "Aandachtspunten"),
        ("p", "Voor de gezinnen van {P:Ghebremedhin} (1+5) en {P:Darwish} (2+3) is een grote woning nodig; {P:Qasim} moet binnen "
              "15 minuten van ⟦O:Ziekenhuis Gelderse Vallei⟧ wonen. Overleg met het ⟦O:COA⟧ over de koppelingen vindt plaats in het "
              "⟦T:regionaal afstemmingsoverleg⟧ van ⟦M:12 maart 2025⟧."),
        ("p", "Opgesteld door {P:Fatima El Ouardi}, regisseur huisvesting statushouders ({E:f.elouardi@ede.nl}, {T:06-15 92 07 33})."),
    ],
})

# ------------------------------------------------------------------ mx11 chat export (Teams) among civil servants (2 pages)
_chat = [
    ("[⟦M:04-03-2025⟧ 08:12] {P:Marieke Bosgra}: morgen! Eerste nacht rustig verlopen volgens {P:Karim}"),
    ("[⟦M:04-03-2025⟧ 08:14] {P:Thijs Oudeboon}: top. Buurman van nr 31 heeft al gebeld hoor"),
    ("[⟦M:04-03-2025⟧ 08:15] {P:Marieke Bosgra}: {P:Brouwershaven}? die van de {H:heupoperatie}?"),
    ("[⟦M:04-03-2025⟧ 08:15] {P:Thijs Oudeboon}: ja. ik ga er vanmiddag heen"),
    ("[⟦M:04-03-2025⟧ 09:40] {P:Jeroen Vlastuin}: {P:Lensvelt} van ⟦O:VGGM⟧ wil hercontrole deur trappenhuis B, kan iemand open doen?"),
    ("[⟦M:04-03-2025⟧ 09:41] {P:Marieke Bosgra}: {P:Hester} van ⟦O:COA⟧ heeft de sleutel, {T:06 4419 2836}"),
    ("[⟦M:04-03-2025⟧ 11:02] {P:Fatima El Ouardi}: even checken, meneer {P:Haddad} ({H:rolstoel}) kan 14 maart naar unit 14?"),
    ("[⟦M:04-03-2025⟧ 11:05] {P:Thijs Oudeboon}: unit 14 is gelijkvloers ja. V-nr {V:2603 771 290} toch?"),
    ("[⟦M:04-03-2025⟧ 11:06] {P:Fatima El Ouardi}: klopt. ik zet het in TVS"),
    ("[⟦M:04-03-2025⟧ 13:30] {P:Annemiek Pronk}: agenda stuurgroep 6/3 staat in teams. ⟦F:wethouder Dorrestijn⟧ schuift aan"),
    ("[⟦M:04-03-2025⟧ 13:31] {P:Marieke Bosgra}: en de burgemeester?"),
    ("[⟦M:04-03-2025⟧ 13:33] {P:Annemiek Pronk}: ⟦F:burgemeester Verhulst⟧ alleen bij punt 3 (openbare orde)"),
    ("[⟦M:05-03-2025⟧ 07:58] {P:Jeroen Vlastuin}: vannacht melding bij de ⟦O:Jumbo⟧, twee bewoners aangehouden"),
    ("[⟦M:05-03-2025⟧ 07:59] {P:Jeroen Vlastuin}: een van hen is {P:Samuel Tekle}, {C:verdacht van winkeldiefstal}, {V:2619 550 027}"),
    ("[⟦M:05-03-2025⟧ 08:03] {P:Marieke Bosgra}: ok. niet doorsturen buiten deze groep aub. {P:Dirk} (wijkagent) belt mij"),
    ("[⟦M:05-03-2025⟧ 08:20] {P:Thijs Oudeboon}: persvraag van ⟦O:De Gelderlander⟧ binnen, gaat via ⟦U:pers@ede.nl⟧"),
    ("[⟦M:05-03-2025⟧ 10:12] {P:Ruud Hengelman}: woo-verzoek over de bestuursovereenkomst binnen, ⟦R:WOO-2025-0087⟧"),
    ("[⟦M:05-03-2025⟧ 10:13] {P:Marieke Bosgra}: {P:Ruud} wil jij de termijn bewaken? ik ben vrijdag vrij"),
    ("[⟦M:05-03-2025⟧ 10:15] {P:Ruud Hengelman}: doe ik. {P:MB} paraaf nodig op het besluit"),
    ("[⟦M:05-03-2025⟧ 16:47] {P:Fatima El Ouardi}: mevrouw {P:Nazari} heeft de sleutel van Lunteren, blij mee"),
]
DOCS.append({
    "id": "mx11", "producer": "rl", "font": "DejaVuSans", "mono": "DejaVuSansMono", "size": 9.5,
    "meta": {"title": "Chatexport Teams - kanaal Opvang Frankeneng", "author": "Microsoft Teams export"},
    "blocks": [
        ("title", "Export chatkanaal 'Opvang Frankeneng'"),
        ("small", "Geëxporteerd op ⟦M:12-05-2025⟧ ten behoeve van ⟦R:WOO-2025-0087⟧. Leden: 7. Periode 04-03-2025 t/m 05-03-2025."),
        ("space", 6),
    ] + [("mono", line) for line in _chat],
})
