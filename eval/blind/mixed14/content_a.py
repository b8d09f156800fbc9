# Documents x01-x10 of blind set X (mixed14). Markup: see framework.py. All private persons are invented.
DOCS = []

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x01", "producer": "rl", "title": "Evaluatie Regeling Buurtbemiddeling 2021-2024",
    "header": "{{Bureau Leeuwerik Beleidsonderzoek|ORG}} - Evaluatie Regeling Buurtbemiddeling",
    "footer": "In opdracht van de {{gemeente Leeuwarden|ORG}}",
    "outline": [("Colofon", 0), ("Voorwoord", 0), ("Samenvatting", 0), ("Bijlage 1 Gesprekspartners", 1),
                ("Bijlage 2 Reactie van [[Durk Hettinga|P]]", 2)],
    "blocks": [
        ("h", "Evaluatie Regeling Buurtbemiddeling 2021-2024"),
        ("h2", "Colofon"),
        ("p", "Opdrachtgever: {{gemeente Leeuwarden|ORG}}, afdeling {{Sociaal Domein|ORG}}. Onderzoek en tekst: "
              "[[drs. Sjoerdtsje Wijbenga|P=Sjoerdtsje Wijbenga]] en [[Tjeerd de Boer|P]] ({{Bureau Leeuwerik Beleidsonderzoek|ORG}}). "
              "Begeleidingscommissie: [[Marrit Hoekstra-Zijlstra|P]] (beleidsadviseur, gemeente), [[Yusuf Demirci|P]] "
              "({{Stichting Buurtbemiddeling Friesland|ORG}}) en [[dr. Auke Bergsma|P=Auke Bergsma]] ({{NHL Stenden|ORG}}). "
              "Vormgeving: [[Ype Kingma|P]]. Leeuwarden, februari 2025."),
        ("h2", "Voorwoord"),
        ("p", "Dit rapport had niet tot stand kunnen komen zonder de vrijwilligers die ons hun ervaringen vertelden. "
              "Wij danken in het bijzonder [[Grietje Sikkema|P]], die als coördinator alle gesprekken voor ons regelde, "
              "en [[Rients Dijkstra|P]] van {{Elkien|ORG}}, die ons toegang gaf tot de klachtenregistratie van de corporatie. "
              "Ook [[Wijbengas|P=Sjoerdtsje Wijbenga]] collega [[Hylkje Postma|P]] las het concept kritisch. "
              "De verantwoordelijkheid voor de tekst ligt uiteraard bij de auteurs. Wethouder {{Sjoerd Feitsma|PUBLIC}} "
              "nam het rapport op 12 februari in ontvangst in {{De Harmonie|ORG}}."),
        ("h2", "Samenvatting"),
        ("p", "Buurtbemiddeling werkt: in 71 procent van de afgesloten zaken kwamen de buren tot afspraken. "
              "De regeling steunt op {{artikel 2.1 van de Wmo 2015|LAW}} en op het convenant met {{Elkien|ORG}}, "
              "{{Woonfriesland|ORG}} en de {{Politie Noord-Nederland|ORG}}. Respondenten zijn in dit rapport "
              "aangeduid met een code ({{respondent R7|PSEUDONYM}}) of met een gefingeerde voornaam met een sterretje; "
              "zo heet de bewoonster die in paragraaf 3 aan het woord komt hier {{Fatima*|PSEUDONYM}}. "
              "{{Fatima*|PSEUDONYM}} vertelde dat de eerste afspraak al na twee weken plaatsvond. "
              "{{R7|PSEUDONYM}} was minder positief: de bemiddelaar kwam pas na zes weken."),
        ("p", "Bemiddelaar [[Grietje Sikkema|P]] zegt het zo: \u201cWij komen pas als beide buren willen praten.\u201d "
              "[[Sikkema|P=Grietje Sikkema]] pleit voor een snellere intake via de {{Wijkteams Leeuwarden|ORG}}. "
              "De onderzoekers sluiten zich daarbij aan. [[De Boer|P=Tjeerd de Boer]] voerde de gesprekken met "
              "de corporaties, [[Wijbenga|P=Sjoerdtsje Wijbenga]] die met de bewoners."),
        ("h2", "English summary"),
        ("p", "This evaluation of the neighbourhood mediation scheme in Leeuwarden was carried out by "
              "[[Sjoerdtsje Wijbenga|P]] and [[Tjeerd de Boer|P]]. Mediators such as [[Grietje Sikkema|P]] reach agreements "
              "in most cases. The steering group, chaired by [[Marrit Hoekstra-Zijlstra|P]], recommends a faster intake. "
              "Alderman {{Sjoerd Feitsma|PUBLIC}} welcomed the report. The scheme is funded under the "
              "{{Social Support Act|LAW}} ({{Wmo 2015|LAW}})."),
        ("br",),
        ("h2", "Bijlage 1 Gesprekspartners"),
        ("tbl", [["Naam", "Functie", "Organisatie", "Datum"],
                 ["[[Grietje Sikkema|P]]", "{{coördinator|ROLE}}", "{{Stichting Buurtbemiddeling Friesland|ORG}}", "3-10-2024"],
                 ["[[Rients Dijkstra|P]]", "{{medewerker leefbaarheid|ROLE}}", "{{Elkien|ORG}}", "8-10-2024"],
                 ["[[Aisha Nuur Warsame|P]]", "{{wijkagent|ROLE}}", "{{Politie Noord-Nederland|ORG}}", "9-10-2024"],
                 ["[[Baukje van der Meer-Tolsma|P]]", "{{sociaal werker|ROLE}}", "{{Wijkteams Leeuwarden|ORG}}", "15-10-2024"],
                 ["[[Sicco Atsma|P]]", "{{beleidsmedewerker|ROLE}}", "{{gemeente Leeuwarden|ORG}}", "21-10-2024"],
                 ["[[Lieuwe Zwolle|P]]", "vrijwillig bemiddelaar", "{{Stichting Buurtbemiddeling Friesland|ORG}}", "22-10-2024"],
                 ["[[Halima Ahmadzai|P]]", "vrijwillig bemiddelaar", "{{Stichting Buurtbemiddeling Friesland|ORG}}", "22-10-2024"]],
         [0.3, 0.23, 0.33, 0.14]),
        ("p", "Daarnaast spraken wij twaalf bewoners; zij zijn in de tekst aangeduid als {{R1|PSEUDONYM}} tot en met R12. "
              "Wijkagent [[Warsame|P=Aisha Nuur Warsame]] gaf aan dat de politie jaarlijks ruim tweehonderd "
              "burenruzies doorverwijst. [[Lieuwe|P=Lieuwe Zwolle]] en [[Halima|P=Halima Ahmadzai]] bemiddelen samen in "
              "{{Heechterp-Schieringen|PLACE}}; [[Zwolle|P=Lieuwe Zwolle]] woonde zelf tot 2019 in {{Zwolle|PLACE}}."),
        ("h2", "Literatuur"),
        ("ul", ["Bouwman, J. (2019). {{Buren in conflict|TITLE}}. Amsterdam: {{Boom|ORG}}.",
                "{{Centrum voor Criminaliteitspreventie en Veiligheid|ORG}} (2022). {{Handreiking buurtbemiddeling|TITLE}}. Utrecht: CCV.",
                "{{Verwey-Jonker Instituut|ORG}} (2023). {{Monitor Buurtbemiddeling 2022|TITLE}}. Utrecht."]),
        ("br",),
        ("h2", "Bijlage 2 Reactie van [[Durk Hettinga|P]]"),
        ("p", "Op het concept reageerde [[Durk Hettinga|P]], voorzitter van de bewonerscommissie {{Vrijheidswijk|PLACE}}, "
              "per e-mail ([[d.hettinga@ziggo.nl|E]]). [[Hettinga|P=Durk Hettinga]] vindt dat het rapport de rol van "
              "vrijwilligers onderschat. Hij wijst op de {{Piter Jelles|ORG}}-school aan de "
              "{{Dr. Kuyperstraat|STREET}}, waar leerlingen een cursus conflicthantering volgen. "
              "Wij hebben [[Hettingas|P=Durk Hettinga]] punt verwerkt in paragraaf 4. Vragen over dit rapport: "
              "{{info@leeuwerikonderzoek.nl|MAILBOX}} of {{058 233 44 00|SWITCHBOARD}}."),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x02", "size": 12, "producer": "html", "title": "Calamiteitenrapportage Veilig Thuis",
    "header": "{{Veilig Thuis Rotterdam Rijnmond|ORG}} - Intern calamiteitenonderzoek - vertrouwelijk",
    "blocks": [
        ("h", "Calamiteitenrapportage: melding 2024-VT-0871"),
        ("p", "Onderzoekers: [[Mirjam Tuinstra|P]] (kwaliteitsadviseur) en [[Gerben Koning|P]] (gedragswetenschapper). "
              "Opdrachtgever: de {{directeur-bestuurder|ROLE}} van {{Veilig Thuis Rotterdam Rijnmond|ORG}}. "
              "Het rapport is op 14 januari 2025 gemeld aan de {{Inspectie Gezondheidszorg en Jeugd|ORG}} ({{IGJ|ACRONYM}})."),
        ("h2", "1. Feitenrelaas"),
        ("p", "Op dinsdag 8 oktober 2024 om 14.10 uur belde mevrouw [[Rachida El Idrissi|P]] (de moeder) met medewerker "
              "[[Joost|P=Joost van 't Hof]] van het adviesteam. Zij vertelde dat haar ex-partner, de heer [[Karim Bouzerda|P]] (41), "
              "die ochtend aan de deur van haar woning aan de [[Schiedamseweg 212b|A]] in {{Rotterdam|PLACE}} had gestaan. "
              "Haar zoon [[Ilyas|P=Ilyas Bouzerda]] (7) had hem binnengelaten. [[Joost|P=Joost van 't Hof]] adviseerde mevrouw "
              "[[El Idrissi|P=Rachida El Idrissi]] de politie te bellen en noteerde de melding in {{Regas|PRODUCT}}."),
        ("p", "Om 14.35 uur overlegde [[Joost van 't Hof|P]] met zijn teamleider, [[Sanne Kok|P]]. [[Kok|P=Sanne Kok]] besloot "
              "de melding met spoed door te zetten naar het team {{Onderzoek|ORG}}. Daar pakte [[Ayodele Mensah|P]] de zaak op. "
              "[[Mensah|P=Ayodele Mensah]] probeerde mevrouw [[El Idrissi|P=Rachida El Idrissi]] om 15.20 uur terug te bellen op "
              "[[06-41 77 20 93|T]], maar kreeg geen gehoor. Volgens [[Van 't Hof|P=Joost van 't Hof]] was het nummer in het "
              "systeem gewijzigd; het oude nummer van de moeder, [[06-28 30 11 57|T]], stond nog in de brief van 2023."),
        ("p", "Om 16.05 uur meldde de wijkagent van het bureau {{Marconiplein|PLACE}}, [[Dennis Visser|P]], dat de heer "
              "[[Bouzerda|P=Karim Bouzerda]] was aangehouden. [[Visser|P=Dennis Visser]] belde daarna met [[Ayodele|P=Ayodele Mensah]], "
              "die de moeder om 16.40 uur wel bereikte. [[Ilyas|P=Ilyas Bouzerda]] verbleef die nacht bij zijn grootmoeder, "
              "mevrouw [[Fatiha El Idrissi-Amrani|P]], aan de [[Vierambachtsstraat 57a|A]]."),
        ("h2", "2. Analyse"),
        ("p", "De onderzoekers stellen vast dat het handelen van [[Joost|P=Joost van 't Hof]] en [[Mensah|P=Ayodele Mensah]] "
              "binnen de {{Meldcode huiselijk geweld en kindermishandeling|LAW}} viel. Wel had de contactgegevens-"
              "controle uit het {{Handelingsprotocol Veilig Thuis|TITLE}} eerder moeten plaatsvinden. [[Koks|P=Sanne Kok]] besluit "
              "tot opschaling was juist. De {{Raad voor de Kinderbescherming|ORG}} is op 10 oktober geïnformeerd."),
        ("h2", "3. Gesprekken"),
        ("p", "Gesproken is met [[J. van 't Hof|P=Joost van 't Hof]], [[S. Kok|P=Sanne Kok]], [[A. Mensah|P=Ayodele Mensah]] en "
              "met de moeder. Mevrouw [[El Idrissi|P=Rachida El Idrissi]] zei: \u201cIk wil alleen dat [[Ilyas|P=Ilyas Bouzerda]] "
              "veilig is.\u201d De vader is niet gehoord; zijn advocaat, mr. [[Hendrik-Jan Blom|P]] van "
              "{{Blom & Terpstra Advocaten|ORG}}, liet weten dat [[Bloms|P=Hendrik-Jan Blom]] cliënt geen verklaring aflegt."),
        ("h2", "4. Aanbevelingen"),
        ("ul", ["Controleer bij elk contact het telefoonnummer in {{Regas|PRODUCT}} (actie: [[MT|PA=Mirjam Tuinstra]]).",
                "Bespreek de casus in het {{MDO|ACRONYM}} van februari (actie: [[GK|PA=Gerben Koning]]).",
                "Informeer wethouder {{Said Kasmi|PUBLIC}} via de {{GGD Rotterdam-Rijnmond|ORG}} over de landelijke trend."]),
        ("note", "Contact: {{kwaliteit@veiligthuisrr.nl|MAILBOX}}, telefoon {{0800-2000|SWITCHBOARD}} (gratis, 24/7)."),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x03", "producer": "docx", "title": "Besluit op uw Woo-verzoek",
    "author": "[[Petra Verhoeven-Dam|P]]",
    "header": "{{Gemeente Amersfoort|ORG}} | {{Stadhuisplein 1|STREET}} | {{Postbus 4000|ADDRESS_ORG}}, 3800 EA Amersfoort",
    "footer": "Kenmerk WOO-2025-0142 | {{woo@amersfoort.nl|MAILBOX}} | {{14 033|SWITCHBOARD}}",
    "blocks": [
        ("p", "De heer [[T.J.M. van Dam|P=Thijs van Dam]]\n[[Kersenbaan 17|A]]\n[[3813 PK|A=Kersenbaan 17, 3813 PK Amersfoort]] Amersfoort"),
        ("p", "Amersfoort, 20 februari 2025\nOnderwerp: besluit op uw verzoek op grond van de {{Wet open overheid|LAW}}"),
        ("p", "Geachte heer [[Van Dam|P=Thijs van Dam]],"),
        ("p", "Op 6 december 2024 hebt u ons gevraagd om alle documenten over de herinrichting van het "
              "{{Hendrik van Viandenplein|STREET}} en de kap van de platanen aan de {{Burgemeester de Beaufortweg|STREET}}. "
              "In deze brief leest u ons besluit. Wij maken de documenten deels openbaar."),
        ("h2", "Zienswijze van een derde"),
        ("p", "Een van de documenten is een offerte van {{Groenbedrijf Van Ginkel|ORG}}. Wij hebben het bedrijf op 10 januari "
              "gevraagd om een zienswijze. Namens het bedrijf reageerde de heer [[Bart Hakkert|P]], die bezwaar maakte "
              "tegen openbaarmaking van de eenheidsprijzen. [[Hakkert|P=Bart Hakkert]] schreef ons dat deze gegevens "
              "concurrentiegevoelig zijn. Wij volgen [[Hakkerts|P=Bart Hakkert]] zienswijze voor de prijzen "
              "({{artikel 5.1, eerste lid, aanhef en onder c, Woo|LAW}}), niet voor de rest van de offerte."),
        ("h2", "Persoonsgegevens"),
        ("p", "In de documenten staan namen, e-mailadressen en telefoonnummers van medewerkers van de gemeente en van "
              "inwoners. Die maken wij niet openbaar ({{artikel 5.1, tweede lid, aanhef en onder e, Woo|LAW}}). De namen van "
              "wethouder {{Cees van Eijk|PUBLIC}} en burgemeester {{Lucas Bolsius|PUBLIC}} blijven wel leesbaar, omdat zij "
              "in hun publieke functie optreden. Ook de naam van de stadsecoloog blijft weg, al noemt u hem in uw "
              "verzoek: de heer [[Willem Winter|P]] treedt niet in het openbaar op."),
        ("p", "Hebt u vragen? Bel dan met [[Petra Verhoeven-Dam|P]] van het team {{Informatiebeheer|ORG}}, telefoon "
              "[[033 469 51 28|T]], of mail naar [[p.verhoevendam@amersfoort.nl|E]]."),
        ("p", "Met vriendelijke groet,\nburgemeester en wethouders van Amersfoort,\nnamens dezen,\n\n[[P.A. Verhoeven-Dam|P=Petra Verhoeven-Dam]]\n"
              "{{juridisch adviseur Woo|ROLE}}"),
        ("br",),
        ("h2", "Bijlage: inventarislijst"),
        ("tbl", [["Nr.", "Datum", "Document", "Afzender", "Ontvanger", "Beoordeling", "Grond"],
                 ["1", "03-05-2024", "E-mail kapvergunning", "[[W. Winter|P=Willem Winter]]", "[[Verhoeven, P.|P=Petra Verhoeven-Dam]]", "deels openbaar", "5.1.2e"],
                 ["2", "07-05-2024", "Offerte snoeiwerk", "[[Hakkert, B.|P=Bart Hakkert]]", "[[J. ter Horst|P]]", "deels openbaar", "5.1.1c, 5.1.2e"],
                 ["3", "14-05-2024", "Collegevoorstel", "[[ter Horst, J.|P=J. ter Horst]]", "{{college van B&W|ORG}}", "openbaar", "-"],
                 ["4", "21-05-2024", "Bomeneffectanalyse", "{{Cobra Groeninzicht|ORG}}", "[[Winter, W.|P=Willem Winter]]", "deels openbaar", "5.1.2e"],
                 ["5", "02-06-2024", "Klacht bewoner", "[[M. Bakker-Oduro|P=Mercy Bakker-Oduro]]", "{{wethouder Van Eijk|PUBLIC}}", "deels openbaar", "5.1.2e"],
                 ["6", "05-06-2024", "Antwoord op klacht", "{{wethouder Van Eijk|PUBLIC}}", "[[Bakker-Oduro, M.|P=Mercy Bakker-Oduro]]", "deels openbaar", "5.1.2e"],
                 ["7", "11-06-2024", "Verslag bewonersavond", "[[Kofi Oduro|P]]", "{{Wijkteam Vathorst|ORG}}", "deels openbaar", "5.1.2e"],
                 ["8", "19-06-2024", "Notitie zienswijze", "[[Verhoeven-Dam, P.A.|P=Petra Verhoeven-Dam]]", "[[Hakkert, B.|P=Bart Hakkert]]", "deels openbaar", "5.1.2e"]],
         [0.05, 0.12, 0.2, 0.18, 0.18, 0.14, 0.13]),
        ("p", "Document 5 is een klacht van mevrouw [[Mercy Bakker-Oduro|P]]; haar man [[Kofi Oduro|P]] maakte het verslag "
              "van de bewonersavond (document 7). Beiden wonen aan het plein."),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x04", "producer": "docx", "title": "Zienswijze openbaarmaking",
    "author": "[[mr. S. Beukenkamp|P=Suzanne Beukenkamp]]",
    "header": "{{Bosch & Van Rijn Advocaten|ORG}} - {{Maliebaan 71|STREET}}, Utrecht",
    "blocks": [
        ("p", "Aan het college van burgemeester en wethouders van Amersfoort\nt.a.v. mevrouw [[P.A. Verhoeven-Dam|P=Petra Verhoeven-Dam]]\n{{Postbus 4000|ADDRESS_ORG}}\n3800 EA Amersfoort"),
        ("p", "Utrecht, 24 januari 2025\nBetreft: zienswijze {{Groenbedrijf Van Ginkel|ORG}} inzake WOO-2025-0142\nOns kenmerk: SB/2025-118"),
        ("p", "Geacht college,"),
        ("p", "Namens mijn cliënte, {{Groenbedrijf Van Ginkel|ORG}} B.V. te {{Scherpenzeel|PLACE}}, geef ik hierbij haar zienswijze "
              "op het voornemen om de offerte van 7 mei 2024 openbaar te maken. Cliënte wordt vertegenwoordigd door haar "
              "directeur, de heer [[Bart Hakkert|P]]. Ik heb de zaak met [[Hakkert|P=Bart Hakkert]] besproken op 20 januari."),
        ("p", "Cliënte verzet zich tegen openbaarmaking van de eenheidsprijzen en van de namen van haar medewerkers. "
              "In de offerte staan de namen van voorman [[Gijs van Ginkel|P]] en boomverzorger [[Ricardo da Silva Santos|P]], "
              "met hun mobiele nummers ([[06 5310 8842|T]] en [[06 2144 7639|T]]). [[Da Silva Santos|P=Ricardo da Silva Santos]] "
              "werkt als zzp'er en heeft er belang bij dat zijn nummer niet op internet komt. Dat geldt evenzeer "
              "voor [[Van Ginkel|P=Gijs van Ginkel]], die een zoon is van de oprichter."),
        ("p", "Uw verwijzing naar de uitspraak van de {{Afdeling bestuursrechtspraak van de Raad van State|ORG}} van 12 juli 2023 "
              "({{ECLI:NL:RVS:2023:2712|REF}}) maakt dat niet anders. Ook het {{Handboek Woo|TITLE}} van de {{VNG|ACRONYM}} "
              "wijst erop dat namen van medewerkers van derden in beginsel niet openbaar worden gemaakt."),
        ("p", "Cliënte stemt in met openbaarmaking van de overige delen van de offerte. Mocht u anders beslissen, dan "
              "verzoekt cliënte u het besluit niet eerder uit te voeren dan twee weken na verzending ({{artikel 6.1 Woo|LAW}})."),
        ("p", "Met vriendelijke groet,\n\n[[mr. Suzanne Beukenkamp|P=Suzanne Beukenkamp]]\nadvocaat\ne-mail [[s.beukenkamp@boschvanrijn.nl|E]]\n"
              "telefoon {{030 231 44 70|SWITCHBOARD}} (algemeen), [[06 1287 3304|T]] (mobiel)"),
        ("note", "Kopie: [[B. Hakkert|P=Bart Hakkert]] ([[bart@vanginkelgroen.nl|E]]); {{secretariaat@boschvanrijn.nl|MAILBOX}}"),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x05", "producer": "rl", "font": "Helvetica", "title": "Raadsvoorstel herinrichting Aletta Jacobslaan",
    "header": "{{Gemeente Zwolle|ORG}} - Raadsvoorstel 2025/017",
    "annots": [("[[Jeroen Hulshof|P]]", "Klopt dit bedrag? Even checken bij [[Inge|P=Inge Brinkman]] van Financiën.", 0, (520, 700)),
               ("[[Inge Brinkman|P]]", "Ja, bedrag is afgestemd met [[Hulshof|P=Jeroen Hulshof]] op 3/2.", 0, (520, 660))],
    "blocks": [
        ("h", "Raadsvoorstel: herinrichting Aletta Jacobslaan en Thorbeckegracht"),
        ("p", "Portefeuillehouder: wethouder {{Gerdien Rots|PUBLIC}}\nAmbtelijk opsteller: [[Jeroen Hulshof|P]], projectleider "
              "{{Stadsontwikkeling|ORG}}, [[j.hulshof@zwolle.nl|E]], [[038 498 27 35|T]]\nRaadsvergadering: 17 maart 2025"),
        ("h2", "Voorgesteld besluit"),
        ("p", "De raad wordt voorgesteld een krediet van EUR 2.840.000 beschikbaar te stellen voor de herinrichting van de "
              "{{Aletta Jacobslaan|STREET}} en de {{Thorbeckegracht|STREET}}, inclusief de fietsverbinding naar het "
              "{{Isala|ORG}}-ziekenhuis en de {{Thomas a Kempisschool|ORG}}."),
        ("h2", "Aanleiding"),
        ("p", "Bewoners van de {{Aletta Jacobslaan|STREET}} vroegen in 2023 om een veiliger straat. Het bewonersinitiatief "
              "werd getrokken door [[Hennie Schuurman|P]] en [[Karel Zwiers|P]]. [[Schuurman|P=Hennie Schuurman]] "
              "overhandigde op 4 oktober 2023 een petitie met 412 handtekeningen aan burgemeester {{Peter Snijders|PUBLIC}}. "
              "Volgens [[Zwiers|P=Karel Zwiers]] rijden er dagelijks ruim 3.000 auto's door de straat, terwijl er een "
              "basisschool staat. Het college heeft daarop een ontwerp laten maken door {{Witteveen+Bos|ORG}}."),
        ("h2", "Participatie"),
        ("p", "In het najaar van 2024 zijn drie bewonersavonden gehouden in wijkcentrum {{De Enk|ORG}}. Omwonende "
              "[[Anna van 't Zand|P]] (72) vroeg aandacht voor de bereikbaarheid van de bushalte; [[Anna|P=Anna van 't Zand]] "
              "loopt met een rollator. Ondernemer [[Mehmet Yücel|P]] van de bakkerij op de hoek wil laad- en losplekken "
              "behouden. Met [[Yücel|P=Mehmet Yücel]] is afgesproken dat twee plekken blijven. De {{Fietsersbond|ORG}} "
              "en {{Veilig Verkeer Nederland|ORG}} steunen het ontwerp."),
        ("h2", "Financiën"),
        ("p", "Het krediet wordt gedekt uit het {{Mobiliteitsfonds|PROGRAM}} (EUR 1.900.000) en uit de bijdrage van de "
              "provincie Overijssel uit de regeling {{Veilig op weg|PROGRAM}} (EUR 940.000), toegezegd door gedeputeerde "
              "{{Monique van Haaf|PUBLIC}}. Controller [[Inge Brinkman|P]] heeft het voorstel getoetst."),
        ("h2", "Communicatie"),
        ("p", "Na het raadsbesluit informeert het projectteam de bewoners per brief. Wethouder {{Rots|PUBLIC}} opent de "
              "straat naar verwachting in het voorjaar van 2026, samen met [[Hennie Schuurman|P]]."),
        ("p", "Burgemeester en wethouders van Zwolle,\nde secretaris, [[drs. R.H. Meijerink|P=R.H. Meijerink]]          de burgemeester, {{P.H. Snijders|PUBLIC}}"),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x06", "size": 12, "producer": "html", "title": "Raadsinformatiebrief brand Johan Cruijff-plein",
    "header": "{{Gemeente Amsterdam|ORG}} - Raadsinformatiebrief - {{Stadsdeel Zuidoost|ORG}}",
    "footer": "Contact: [[Noor Eijkelenboom|P]], {{senior adviseur Openbare Orde en Veiligheid|ROLE}}, [[n.eijkelenboom@amsterdam.nl|E]]",
    "blocks": [
        ("h", "Raadsinformatiebrief: woningbrand en evacuatie Johan Cruijff Boulevard"),
        ("p", "Aan: de leden van de gemeenteraad\nVan: burgemeester {{Femke Halsema|PUBLIC}}\nDatum: 27 januari 2025"),
        ("p", "Geachte leden van de raad,"),
        ("p", "Met deze brief informeer ik u over de brand in een woongebouw aan de {{Johan Cruijff Boulevard|STREET}} in de "
              "nacht van 18 op 19 januari 2025, vlak bij de {{Johan Cruijff ArenA|ORG}} en het {{Ziggo Dome|ORG}}. "
              "Bij de brand raakte een 42-jarige bewoner ernstig gewond. Om zijn privacy te beschermen noem ik in deze brief "
              "geen namen van bewoners."),
        ("p", "De brand ontstond rond 02.30 uur in een berging op de begane grond. Een buurman, de heer "
              "[[Ruben Martis|P]] (29), zag de rook en waarschuwde de andere bewoners. [[Martis|P=Ruben Martis]] haalde samen "
              "met zijn buurvrouw [[Chantal Winklaar|P]] twee kinderen uit de woning op de eerste verdieping. De "
              "{{Brandweer Amsterdam-Amstelland|ORG}} was om 02.41 uur ter plaatse. Bewoners werden opgevangen in "
              "sporthal {{De Bijlmer|ORG}} en in het {{Anton de Komplein|STREET}}-gebouw."),
        ("p", "Ik wil de heer [[Martis|P=Ruben Martis]] en mevrouw [[Winklaar|P=Chantal Winklaar]] ook langs deze weg bedanken. "
              "Zij ontvangen op mijn voordracht de {{Andreas Schotel|PRIZE}}, de onderscheiding van de gemeente voor "
              "burgers die zich bijzonder hebben ingezet. Wethouder {{Rutger Groot Wassink|PUBLIC}} zal de onderscheiding "
              "uitreiken. Eerder ontving de {{Anne Frank Stichting|ORG}} deze onderscheiding."),
        ("h2", "Opvang en nazorg"),
        ("p", "Het {{Rode Kruis|ORG}} en de {{GGD Amsterdam|ORG}} hebben de eerste opvang verzorgd. Het gewonde slachtoffer "
              "ligt in het {{Amsterdam UMC|ORG}}, locatie {{AMC|ACRONYM}}. Coördinator nazorg [[Yaw Boateng|P]] "
              "van het stadsdeel houdt contact met de familie. [[Boateng|P=Yaw Boateng]] is bereikbaar via het "
              "algemene nummer {{14 020|SWITCHBOARD}}. De woningcorporatie {{Ymere|ORG}} heeft vervangende woonruimte "
              "aangeboden; contactpersoon daar is [[Lisette Oduber|P]] ([[06-30 55 82 16|T]])."),
        ("h2", "Onderzoek"),
        ("p", "De {{Politie Eenheid Amsterdam|ORG}} doet onderzoek naar de oorzaak. Ik heb de {{Onderzoeksraad voor Veiligheid|ORG}} "
              "geïnformeerd. Over de uitkomsten informeer ik u via de commissie {{Algemene Zaken|ORG}}. Raadslid "
              "{{Juliët Broersen|PUBLIC}} ({{GroenLinks|ORG}}) heeft schriftelijke vragen gesteld; die beantwoord ik binnen drie weken."),
        ("p", "De burgemeester van Amsterdam,\n{{Femke Halsema|PUBLIC}}"),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x07", "producer": "fpdf", "title": "Persbericht opening Multatuli-bibliotheek",
    "links": [(0, "[[mailto:r.kwakman@gemeente-hoorn.nl|E=r.kwakman@gemeente-hoorn.nl]]", [400, 80, 560, 95])],
    "blocks": [
        ("h", "PERSBERICHT - Gemeente Hoorn"),
        ("p", "Hoorn, 6 maart 2025\nNieuwe bibliotheek in Multatulihuis open: \u2018Een plek voor iedereen\u2019"),
        ("p", "Wethouder {{Simon Hauwert|PUBLIC}} heeft woensdag de nieuwe vestiging van {{Bibliotheek Hoorn|ORG}} in het "
              "gerenoveerde {{Multatulihuis|ORG}} aan de {{Jan Pieterszoon Coenstraat|STREET}} geopend. Het gebouw, vernoemd naar "
              "de schrijver {{Multatuli|HISTORIC}} van de {{Max Havelaar|TITLE}}, stond sinds 2019 leeg."),
        ("p", "\u201cDit wordt de huiskamer van de stad\u201d, zei {{Hauwert|PUBLIC}} bij de opening. \u201cIedereen is hier welkom, "
              "of je nu komt voor een boek van {{Annie M.G. Schmidt|HISTORIC}} of voor hulp met {{DigiD|PRODUCT}}.\u201d"),
        ("p", "Buurtbewoner [[Henk de Wit|P]] (67) is blij met de opening. \u201cIk kom hier al sinds de jaren zeventig. "
              "Mijn kleindochter [[Lotte|P=Lotte de Wit]] leert hier nu lezen\u201d, vertelt [[De Wit|P=Henk de Wit]]. "
              "Ook [[Soraya Kartodikromo|P]] (34), moeder van twee, is enthousiast: \u201cEindelijk een plek waar mijn "
              "kinderen na school kunnen zitten.\u201d [[Kartodikromo|P=Soraya Kartodikromo]] doet mee aan het "
              "taalcafé dat vrijwilliger [[Nana Ama Owusu|P]] elke donderdag organiseert."),
        ("p", "De verbouwing kostte EUR 3,1 miljoen, waarvan EUR 600.000 kwam van het {{Rijksmonumentenfonds|PROGRAM}} en "
              "EUR 250.000 van het {{VSBfonds|ORG}}. Architect was {{Studio Paul de Ruiter|ORG}}. "
              "In het gebouw zit ook een koffiehoek van {{Douwe Egberts|ORG}} en een {{Albert Heijn|ORG}}-afhaalpunt."),
        ("p", "Het {{Westfries Archief|ORG}} toont in de hal een tentoonstelling over {{Jan Pieterszoon Coen|HISTORIC}}, "
              "waarin ook kritische stemmen aan bod komen. Conservator [[Maaike Blom-Sijbrandij|P]] stelde de "
              "tentoonstelling samen; [[Blom-Sijbrandij|P=Maaike Blom-Sijbrandij]] werkte daarvoor samen met het "
              "{{Rijksmuseum|ORG}} en het {{Nationaal Archief|ORG}}."),
        ("h2", "Noot voor de redactie (niet voor publicatie)"),
        ("p", "Foto's van de opening zijn te vinden op {{www.hoorn.nl/pers|WEB}}. Voor meer informatie: woordvoerder "
              "{{Ruud Kwakman|PUBLIC}}, {{Team Communicatie|ORG}}, telefoon {{0229 25 22 00|SWITCHBOARD}}, e-mail "
              "{{pers@hoorn.nl|MAILBOX}}. Interviewverzoeken met [[Henk de Wit|P]] via het team; zijn telefoonnummer "
              "([[06 4820 1175|T]]) geven wij niet door. Intern: concept opgesteld door [[Nadia Rahimi|P]] ([[NR|PA=Nadia Rahimi]])."),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x08", "producer": "docx", "cols2": True, "title": "Jaarverslag 2024 Omgevingsdienst",
    "author": "[[Wendelien Akkerman|P]]",
    "header": "{{Omgevingsdienst Noord-Holland Noord|ORG}} - Jaarverslag 2024",
    "footer": "{{ODNHN|ACRONYM}} - {{Hertog Aalbrechtweg 5|STREET}}, Alkmaar - {{088 102 13 00|SWITCHBOARD}}",
    "blocks": [
        ("h", "Jaarverslag 2024"),
        ("h2", "Voorwoord van de voorzitter"),
        ("p", "Het jaar 2024 stond in het teken van de {{Omgevingswet|LAW}}. Als voorzitter van het algemeen bestuur wil ik "
              "de medewerkers danken voor hun inzet. Het dagelijks bestuur bestond dit jaar uit wethouder {{Christian Braak|PUBLIC}} "
              "(Alkmaar), voorzitter, gedeputeerde {{Joke Geldhof|PUBLIC}} (Noord-Holland) en wethouder "
              "{{Anjo van de Ven|PUBLIC}} (Den Helder). \u2014 {{Christian Braak|PUBLIC}}"),
        ("h2", "Organisatie"),
        ("p", "Eind 2024 werkten er 312 medewerkers bij de dienst. Het managementteam bestond uit de directeur en drie "
              "afdelingshoofden: [[Wendelien Akkerman|P]] ({{Vergunningverlening|ORG}}), [[Olusegun Adeyemi|P]] "
              "({{Toezicht en Handhaving|ORG}}) en [[Marieke in 't Veld|P]] ({{Bedrijfsvoering|ORG}})."),
        ("h2", "Personalia"),
        ("p", "In 2024 namen wij afscheid van [[Cor Kaag|P]], die na 41 jaar met pensioen ging. [[Cor|P=Cor Kaag]] begon in 1983 "
              "als milieu-inspecteur bij de gemeente Schagen. Ook [[Antje Bos-Zwart|P]] vertrok; zij gaat werken bij "
              "{{Rijkswaterstaat|ORG}}. Wij heten onder meer [[Ahmad Sharif Noorzai|P]], [[Ritu Ramdin|P]] en "
              "[[Pieter-Jan op de Weegh|P]] welkom. [[Noorzai|P=Ahmad Sharif Noorzai]] komt van de {{ILT|ACRONYM}}."),
        ("p", "Op 14 mei 2024 overleed onverwacht onze collega [[Ernst Kuiper|P]], toezichthouder asbest. Wij denken aan "
              "zijn vrouw [[Jolanda|P=Jolanda Kuiper]] en hun kinderen. [[Ernsts|P=Ernst Kuiper]] kennis van de "
              "{{BRZO|ACRONYM}}-bedrijven was ongeëvenaard."),
        ("h2", "Toezicht in cijfers"),
        ("p", "De dienst voerde 6.412 controles uit, waarvan 1.109 bij {{Tata Steel|ORG}}-toeleveranciers en "
              "{{BRZO|ACRONYM}}-bedrijven. Het aantal handhavingsverzoeken steeg naar 188. Het {{Zaaksysteem Squit XO|PRODUCT}} "
              "werd vervangen door {{Powerbrowser|PRODUCT}}. De overgang werd geleid door [[Ritu Ramdin|P]]."),
        ("h2", "Klachten"),
        ("p", "De klachtencommissie behandelde 14 klachten. Een klacht van de heer [[Frits Koopmans|P]] uit {{Heerhugowaard|PLACE}} "
              "over geuroverlast van een champignonkwekerij werd gegrond verklaard. [[Koopmans|P=Frits Koopmans]] "
              "ontving een excuusbrief van afdelingshoofd [[Adeyemi|P=Olusegun Adeyemi]]."),
        ("h2", "Financiën"),
        ("p", "De jaarrekening sluit met een positief resultaat van EUR 412.000. De accountant, {{Baker Tilly|ORG}}, gaf een "
              "goedkeurende verklaring. Het algemeen bestuur stelde de jaarrekening vast op 26 juni 2025 onder "
              "voorzitterschap van {{Braak|PUBLIC}}."),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x09", "producer": "rl", "title": "Beslissing op bezwaar bijzondere bijstand",
    "header": "{{Gemeente Tilburg|ORG}} - {{Team Juridische Zaken Sociaal Domein|ORG}}",
    "footer": "{{Stadhuisplein 130|STREET}}, 5038 TC Tilburg - {{14 013|SWITCHBOARD}}",
    "blocks": [
        ("p", "Aangetekend\nMevrouw [[B.N. Hassan Abdi|P=Bilan Hassan Abdi]]\n[[Ringbaan-Oost 322|A]]\n[[5018 HK Tilburg|A=Ringbaan-Oost 322, 5018 HK Tilburg]]"),
        ("p", "Tilburg, 11 februari 2025\nOnderwerp: beslissing op uw bezwaar van 2 oktober 2024\nBSN: [[198344417|B]]"),
        ("p", "Geachte mevrouw [[Hassan Abdi|P=Bilan Hassan Abdi]],"),
        ("p", "U hebt bezwaar gemaakt tegen ons besluit van 27 augustus 2024, waarbij wij uw aanvraag om bijzondere bijstand "
              "voor een wasmachine en een bed voor uw dochter [[Hodan|P=Hodan Hassan Abdi]] hebben afgewezen. "
              "Uw bezwaar is behandeld door de {{Commissie bezwaarschriften sociaal domein|ORG}}."),
        ("h2", "De hoorzitting"),
        ("p", "Op 9 december 2024 bent u gehoord. U werd bijgestaan door uw gemachtigde, de heer [[Abdirahman Farah|P]] van "
              "{{Stichting Sociaal Raadslieden Tilburg|ORG}}. Namens het college was aanwezig [[Jolien van den Oetelaar|P]], "
              "{{klantmanager Werk en Inkomen|ROLE}}. De commissie bestond uit een voorzitter en twee leden; secretaris was "
              "[[mr. Koen Peters|P=Koen Peters]]. Van de hoorzitting is een verslag gemaakt, dat u op 16 december is toegezonden."),
        ("p", "Tijdens de hoorzitting vertelde u dat de oude wasmachine in augustus kapot ging en dat [[Hodan|P=Hodan Hassan Abdi]] "
              "(9) sinds de verhuizing op een matras op de grond slaapt. De heer [[Farah|P=Abdirahman Farah]] wees erop dat u "
              "geen reserves hebt: uw rekening [[NL81 INGB 8347 9374 84|N]] stond op de dag van de aanvraag op EUR 23,18. "
              "Mevrouw [[Van den Oetelaar|P=Jolien van den Oetelaar]] gaf aan dat de {{Kredietbank West-Brabant|ORG}} een "
              "lening had kunnen verstrekken, maar dat u die niet hebt aangevraagd. [[Farahs|P=Abdirahman Farah]] reactie was "
              "dat u daarvan niet op de hoogte was gebracht."),
        ("h2", "Het advies van de commissie"),
        ("p", "De commissie adviseert het bezwaar gegrond te verklaren. Zij overweegt dat het college onvoldoende heeft "
              "onderzocht of de kosten uit de bijstandsnorm konden worden betaald ({{artikel 35 Participatiewet|LAW}}) en dat "
              "niet is gebleken dat u op de mogelijkheid van een lening bent gewezen. Wij nemen het advies over."),
        ("h2", "Ons besluit"),
        ("p", "Wij verklaren uw bezwaar gegrond en herroepen het besluit van 27 augustus 2024. U ontvangt EUR 645 bijzondere "
              "bijstand om niet. Het bedrag wordt binnen tien werkdagen overgemaakt. Wij vergoeden de kosten van "
              "rechtsbijstand niet, omdat de heer [[Farah|P=Abdirahman Farah]] als vrijwilliger optrad."),
        ("p", "Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken beroep instellen bij de "
              "{{rechtbank Zeeland-West-Brabant|ORG}}. Vragen? Neem contact op met [[Koen Peters|P]], telefoon [[013 542 87 60|T]]."),
        ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van Tilburg,\nnamens deze,\n\n"
              "[[K. Peters|P=Koen Peters]]\n{{juridisch adviseur|ROLE}}"),
        ("note", "Afschrift: [[A. Farah|P=Abdirahman Farah]], {{Stichting Sociaal Raadslieden Tilburg|ORG}}"),
    ]})

# --------------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x10", "size": 12, "producer": "html", "title": "Uitspraak Klachtencommissie Onderwijs",
    "header": "{{Landelijke Klachtencommissie Onderwijs|ORG}} - Uitspraak 2024.1187",
    "blocks": [
        ("h", "Uitspraak inzake de klacht van [[mevrouw A. Kovács-Nagy|P=Anna Kovács-Nagy]] tegen het bestuur van {{Stichting Openbaar Onderwijs Haarlem|ORG}}"),
        ("p", "Klaagster: [[Kovács-Nagy Anna|P=Anna Kovács-Nagy]], wonende te {{Haarlem|PLACE}}, moeder van [[Bence Kovács|P]], "
              "leerling van de {{Thorbecke-school|ORG}}, hierna: klaagster.\nVerweerder: het bevoegd gezag van "
              "{{Stichting Openbaar Onderwijs Haarlem|ORG}}, vertegenwoordigd door [[drs. Willemijn de Groot|P=Willemijn de Groot]], "
              "{{bestuurssecretaris|ROLE}}, en [[Gerrit Jan Bakker|P]], {{directeur|ROLE}} van de {{Thorbecke-school|ORG}}, hierna: verweerder."),
        ("h2", "1. De procedure"),
        ("p", "De klacht is op 2 september 2024 ontvangen. De hoorzitting vond plaats op 18 november 2024 in {{Utrecht|PLACE}}. "
              "Klaagster werd bijgestaan door haar echtgenoot, de heer [[Zoltán Kovács|P]]. Namens verweerder verschenen "
              "[[De Groot|P=Willemijn de Groot]] en [[Bakker|P=Gerrit Jan Bakker]]. Ook is de leerkracht van groep 6, "
              "[[Yvonne Dam|P]], als getuige gehoord."),
        ("h2", "2. De feiten"),
        ("p", "[[Bence|P=Bence Kovács]] (10) is in maart 2024 op het schoolplein gepest door een groep leerlingen. Klaagster "
              "meldde dit op 14 maart bij juf [[Yvonne|P=Yvonne Dam]]. Volgens klaagster deed [[Dam|P=Yvonne Dam]] niets met de "
              "melding. [[Dam|P=Yvonne Dam]] verklaarde dat zij de melding heeft doorgegeven aan de intern begeleider, "
              "[[Esra Kaya-Çelik|P]], en dat die een gesprek met de ouders heeft gepland. [[Kaya-Çelik|P=Esra Kaya-Çelik]] bevestigde "
              "dat bij de commissie per e-mail ([[e.kaya@soohaarlem.nl|E]])."),
        ("p", "Directeur [[Bakker|P=Gerrit Jan Bakker]] heeft op 2 april een plan van aanpak opgesteld volgens het "
              "{{KiVa|PROGRAM}}-programma. Klaagster stelt dat [[Bakkers|P=Gerrit Jan Bakker]] plan niet is uitgevoerd. "
              "De heer [[Kovács|P=Zoltán Kovács]] voegde daaraan toe dat de school de {{Meldcode|LAW}} niet had gevolgd."),
        ("h2", "3. Overwegingen"),
        ("p", "De commissie stelt vast dat de school in beginsel adequaat heeft gereageerd: er is een gesprek geweest, er is een "
              "plan opgesteld en de vertrouwenspersoon is ingeschakeld. Wel had de school de ouders actiever moeten "
              "informeren over de uitvoering. De commissie verwijst naar de {{Wet veiligheid op school|LAW}} en naar het "
              "advies van de {{Kinderombudsman|ORG}} uit 2023. Op dit onderdeel is de klacht gegrond."),
        ("h2", "4. Uitspraak"),
        ("p", "De commissie verklaart de klacht gedeeltelijk gegrond. Zij beveelt verweerder aan de ouders voortaan binnen "
              "twee weken schriftelijk te informeren. Aldus gedaan te Utrecht op 9 december 2024 door de commissie, "
              "bijgestaan door de secretaris [[mr. Floor van der Linden-Sahetapy|P=Floor van der Linden-Sahetapy]]."),
        ("note", "Deze uitspraak wordt geanonimiseerd gepubliceerd op {{www.onderwijsgeschillen.nl|WEB}}."),
    ]})
