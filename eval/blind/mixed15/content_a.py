# Education, youth care and Wmo, spatial planning.
DOCS = []

DOCS.append(dict(
    name="y01", producer="docx",
    header="{Stichting Openbaar Onderwijs Zuid-Friesland|ORG} – incidentdossier – vertrouwelijk",
    footer="{Stichting Openbaar Onderwijs Zuid-Friesland|ORG} · Postbus 211 · 8500 AE {Joure|PLACE}",
    meta={"Author": "[[Wytske Hoekstra-Bergsma|PERSON|Hoekstra-Bergsma]]", "Title": "Incidentdossier OBS De Finne"},
    outline=["Melding [[Sjoerd de Jong|PERSON]]", "Gesprek ouders [[Dvořák|PERSON|-]]", "Afspraken"],
    annots=[("[[Bauke Zwolle|PERSON]]", "Graag nog checken of [[Anna Dvořák|PERSON|Anna Dvořák]] al door de GGD is gezien. BZ")],
    blocks=[
        ("title", "Incidentregistratie en dossiervorming"),
        ("kv", [["School", "{OBS De Finne|ORG}, {Burgemeester de Withstraat|STREET} 4, {Joure|PLACE}"],
                ["Datum incident", "{14 november 2024|DATE}"],
                ["Registratie door", "[[W.T. Hoekstra-Bergsma|PERSON]] ({intern begeleider|FUNC})"],
                ["Betrokken leerling", "[[Anna Dvořák|PERSON|-]] (groep 6), geboren [[3 april 2015|DOB]]"],
                ["Ouders", "[[Jan Dvořák|PERSON]] en [[Roos Dvořák-Kok|PERSON]]"],
                ["Kenmerk", "{INC-2024-0117|CASE}"]], [0.28, 0.72]),
        ("h", "Feitenrelaas"),
        ("p", "Tijdens de middagpauze is [[Anna|PERSON|-]] op het schoolplein door twee leerlingen van groep 8 "
              "geduwd en gevallen. Meester [[Sjoerd|PERSON|-]] ([[S. de Jong|PERSON]]), die pleinwacht had, heeft "
              "de {EHBO|ACR}-procedure gevolgd en de ouders gebeld. Juf [[Sterre Blom|PERSON]] heeft de andere "
              "leerlingen, [[Daan Visser|PERSON]] en [[Mohammed El Idrissi|PERSON]], apart genomen."),
        ("p", "Moeder [[Roos|PERSON|-]] heeft haar dochter om 13.20 uur opgehaald en is met haar naar de huisartsenpost "
              "in {Heerenveen|PLACE} gegaan. Vader gaf telefonisch ([[06-41 87 22 09|PHONE]]) aan dat hij een "
              "klacht wil indienen bij de {Landelijke Klachtencommissie Onderwijs|ORG}."),
        ("h", "Gesprek met ouders op 18 november"),
        ("p", "Aanwezig: de heer [[Dvořák|PERSON|-]], mevrouw [[Dvořák-Kok|PERSON]], [[Hoekstra-Bergsma|PERSON|-]] en "
              "de {directeur|FUNC} van de school, [[Bauke Zwolle|PERSON|-]]. De ouders vinden dat de school "
              "te laat heeft ingegrepen; eerder gemelde pesterijen (zie {ParnasSys|PRODUCT}-notities van "
              "[[De Jong|PERSON|-]]) zijn volgens hen niet opgevolgd. [[Zwolle|PERSON|-]] heeft toegezegd het "
              "{anti-pestprotocol|TERM} met het team te bespreken en de {vertrouwenspersoon|FUNC} in te schakelen."),
        ("p", "De ouders vragen de correspondentie voortaan te sturen naar [[jan.dvorak@seznam.cz|EMAIL]] en naar het "
              "woonadres [[Skipsleat 17|ADDRESS]], [[8501 GR|ADDRESS]] {Joure|PLACE}."),
        ("h", "Afspraken"),
        ("table", [["Actie", "Wie", "Wanneer"],
                   ["Gesprek met leerlingen groep 8 en hun ouders", "[[SdJ|INITIALS]]", "22-11-2024"],
                   ["Melding in {Veilig Thuis|ORG}-afwegingskader: niet nodig", "[[WHB|INITIALS]]", "19-11-2024"],
                   ["Terugkoppeling aan bestuur {SOOZF|ACR}", "[[BZ|INITIALS|-]]", "29-11-2024"],
                   ["Inzet {Stichting Halt|ORG} overwegen", "directeur", "december"]], [0.6, 0.2, 0.2]),
        ("small", "Dit dossier valt onder de {Algemene verordening gegevensbescherming|LAW}. Bewaartermijn: "
                  "twee jaar na uitschrijving van de leerling."),
    ]))

DOCS.append(dict(
    name="y02", producer="rl",
    footer="{Dienst Uitvoering Onderwijs|ORG} · Postbus 50061 · 9702 GB {Groningen|PLACE}",
    links=["mailto:[[t.nguyen@duo.nl|EMAIL]]"],
    blocks=[
        ("kv", [["{Dienst Uitvoering Onderwijs|ORG}\n{Ministerie van Onderwijs, Cultuur en Wetenschap|ORG}",
                 "Behandeld door\n[[T.M. Nguyễn|PERSON]]\nTelefoon\n{050 599 77 55|SWITCH}\nDirect\n[[050 599 83 12|PHONE]]"],
                ["[[De heer Karel O'Neill|PERSON|Karel O'Neill]]\n[[Westersingel 88-B|ADDRESS]]\n[[3014 GX|ADDRESS]] {Rotterdam|PLACE}",
                 "Datum\n{12 februari 2025|DATE}\nOns kenmerk\n{DUO-TR-2025-334781|CASE}"]], [0.62, 0.38]),
        ("h", "Onderwerp: terugvordering prestatiebeurs en betalingsregeling"),
        ("p", "Geachte heer [[O'Neill|PERSON]],"),
        ("p", "U heeft in de periode september 2018 tot en met augustus 2022 studiefinanciering ontvangen voor de "
              "opleiding {Bedrijfskunde|TERM} aan de {Erasmus Universiteit Rotterdam|ORG}. Omdat u niet binnen de "
              "diplomatermijn bent afgestudeerd, wordt de prestatiebeurs omgezet in een lening "
              "(artikel 5.7 {Wet studiefinanciering 2000|LAW})."),
        ("kv", [["Burgerservicenummer", "[[931661018|BSN]]"],
                ["Geboortedatum", "[[21-06-1999|DOB]]"],
                ["Om te zetten bedrag", "{€ 9.412,60|AMOUNT}"],
                ["Rekening voor incasso", "[[NL66 INGB 1963 2235 42|IBAN]]"],
                ["Maandtermijn", "€ 78,44"]], [0.35, 0.65]),
        ("p", "U heeft op 3 januari 2025 telefonisch met onze medewerker mevrouw [[Nguyễn|PERSON|-]] een "
              "betalingsregeling besproken. U gaf toen aan dat uw moeder, mevrouw [[Bridget O'Neill-Ng|PERSON]], "
              "een deel van de schuld zal aflossen. Betalingen van derden kunnen alleen worden verwerkt onder "
              "vermelding van uw relatienummer."),
        ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken via {Mijn DUO|PRODUCT} "
              "of schriftelijk bij {DUO|ACR}, afdeling Bezwaar en Beroep, Postbus 50061, 9702 GB {Groningen|PLACE}. "
              "Heeft u vragen, bel dan {050 599 77 55|SWITCH} of mail naar [[t.nguyen@duo.nl|EMAIL]]."),
        ("p", "Met vriendelijke groet,\n\nnamens de {minister van Onderwijs, Cultuur en Wetenschap|FUNC},\n"
              "[[Marloes Winter|PERSON]]\n{teamleider Terugbetalen|FUNC}"),
    ]))

DOCS.append(dict(
    name="y03", producer="html", columns=2,
    footer="{Inspectie van het Onderwijs|ORG} · {Park Voorn 4|GOVADDR} · {Utrecht|PLACE} · www.onderwijsinspectie.nl",
    blocks=[
        ("title", "Rapport van bevindingen – onderzoek naar kwaliteitszorg"),
        ("p", "{Thorbecke Scholengemeenschap|ORG}, locatie {Zwolle|PLACE}, brinnummer {17KT|CASE}. "
              "Bestuur: {Stichting Carmelcollege|ORG}. Onderzoeksdatum: {8 en 9 oktober 2024|DATE}."),
        ("h", "1. Samenvatting"),
        ("p", "De {Inspectie van het Onderwijs|ORG} heeft onderzocht of de school voldoet aan de deugdelijkheidseisen "
              "van de {Wet voortgezet onderwijs 2020|LAW}. Het onderwijsproces op de afdeling {havo|TERM} is "
              "voldoende; de kwaliteitszorg op de afdeling {vmbo-kader|TERM} is onvoldoende. De school heeft een "
              "herstelopdracht gekregen. Het onderzoek past in het {Toezichtkader VO 2024|PROG} en de aanpak "
              "{Basisvaardigheden|PROG} die minister {Eppo Bruins|PUBLIC} in zijn brief van 27 september 2024 aan de "
              "{Tweede Kamer|ORG} heeft aangekondigd."),
        ("h", "2. Werkwijze"),
        ("p", "Wij hebben gesprekken gevoerd met de rector, [[drs. H.J. (Henk) Bakker|PERSON|H.J. (Henk) Bakker]], met "
              "de teamleider vmbo, [[Fatma Şahin|PERSON]], met docenten, leerlingen en de {medezeggenschapsraad|ORG}. "
              "Wij bezochten 14 lessen. Het bestuur werd vertegenwoordigd door de voorzitter van het college van "
              "bestuur."),
        ("p", "Van de bezochte lessen waren er drie van docenten met een onderwijsbevoegdheid in opleiding; twee van "
              "hen ([[mevrouw Mei Ling Zhang|PERSON|Mei Ling Zhang]] en [[de heer Tomasz Wiśniewski|PERSON|Tomasz Wiśniewski]]) "
              "volgen de {Pabo|TERM}-/{lerarenopleiding|TERM} bij {Windesheim|ORG}."),
        ("h", "3. Bevindingen"),
        ("p", "De school verzamelt veel gegevens via {Magister|PRODUCT} en {Cito VAS|PRODUCT}, maar analyseert die "
              "niet systematisch. Het {PTA|ACR} van vmbo-kader was op 1 oktober niet vastgesteld. De examencommissie "
              "(voorzitter [[Bakker|PERSON|-]], secretaris [[Şahin|PERSON|-]]) borgt de kwaliteit van de "
              "schoolexaminering onvoldoende. Dit is strijdig met artikel 31 van het {Eindexamenbesluit VO|LAW}."),
        ("p", "Positief is de aanpak van burgerschap: de school werkt samen met de {Anne Frank Stichting|ORG} "
              "en het {Nationaal Holocaust Museum|ORG}, en leerlingen bezochten de {Tweede Kamer|ORG} op uitnodiging "
              "van Kamerlid {Lisa Westerveld|PUBLIC}. Het {Erasmus+|PROG}-project met een school in {Brno|PLACE} wordt "
              "gewaardeerd."),
        ("h", "4. Herstelopdracht"),
        ("p", "Het bestuur zorgt dat de examencommissie uiterlijk op {1 maart 2025|DATE} een verbeterplan voorlegt. "
              "Wij voeren een herstelonderzoek uit in het voorjaar van 2025. Contactpersoon namens de inspectie is "
              "[[Sterre van 't Hek|PERSON]], {inspecteur|FUNC}, [[s.vanthek@owinsp.nl|EMAIL]]; algemene vragen via "
              "{Loket Onderwijsinspectie|ORG} op {088 669 60 60|SWITCH}."),
        ("small", "Dit rapport wordt openbaar gemaakt op grond van artikel 20 van de {Wet op het onderwijstoezicht|LAW}."),
    ]))

DOCS.append(dict(
    name="y04", producer="fpdf",
    footer="{William Schrikker Stichting Jeugdbescherming & Jeugdreclassering|ORG} – vertrouwelijk",
    blocks=[
        ("title", "Rapportage ondertoezichtstelling – evaluatie plan van aanpak"),
        ("kv", [["Jeugdige(n)", "[[Noor Ramsaroep|PERSON]] ([[12-03-2014|DOB]]) en [[Storm Ramsaroep|PERSON]] ([[30-08-2017|DOB]])"],
                ["Ouders", "[[Anil Ramsaroep|PERSON]] (vader), [[Shanti Jagesar|PERSON]] (moeder)"],
                ["Adres", "[[Laan van Meerdervoort 1102|ADDRESS]], [[2564 AX|ADDRESS]] {Den Haag|PLACE}"],
                ["Jeugdbeschermer", "[[Kwame Owusu-Ansah|PERSON]], [[06-28 44 19 73|PHONE]]"],
                ["Gedragswetenschapper", "[[dr. L. (Lieke) ter Horst|PERSON|L. (Lieke) ter Horst]]"],
                ["Rechtbank", "{Rechtbank Den Haag|ORG}, zaaknummer {C/09/668812 / JE RK 24-1190|CASE}"]], [0.28, 0.72]),
        ("h", "Aanleiding"),
        ("p", "De {kinderrechter|FUNC} heeft op {4 juni 2024|DATE} de kinderen onder toezicht gesteld voor de duur van "
              "een jaar, na een verzoek van de {Raad voor de Kinderbescherming|ORG}. Aanleiding waren zorgen over "
              "huiselijk geweld en de schoolgang van [[Noor|PERSON|-]]. Moeder verblijft sinds juli met de kinderen "
              "bij haar zus, [[Mala Jagesar-Mahabier|PERSON]], aan de [[Hoefkade 310|ADDRESS]]."),
        ("h", "Verloop"),
        ("p", "[[Owusu-Ansah|PERSON|-]] heeft de gezinsleden zes keer gesproken. Vader woont in {Rijswijk|PLACE} en "
              "heeft begeleide omgang via {Stichting Jeugdformaat|ORG}. Hij werkt mee, maar wil geen hulp van "
              "{Veilig Thuis Haaglanden|ORG}. [[Storm|PERSON|-]] gaat naar de {Prinses Máxima Centrum|ORG}-"
              "polikliniek voor nacontrole; dat loopt goed. Op school (leerkracht [[juf Bloem Kok|PERSON|Bloem Kok]]) "
              "gaat het wisselend."),
        ("p", "In het multidisciplinair overleg van 2 oktober (met [[ter Horst|PERSON|-]], de {wijkagent|FUNC} "
              "[[Y. O|PERSON|Y. O]] en de {leerplichtambtenaar|FUNC} [[H. Li|PERSON|H. Li]]) is besloten de "
              "ondertoezichtstelling met een jaar te verlengen. Moeder stemt in; vader niet. Zijn advocaat, "
              "[[mr. R. D'Angelo|PERSON|R. D'Angelo]], heeft een verweerschrift aangekondigd."),
        ("h", "Doelen komende periode"),
        ("table", [["Doel", "Verantwoordelijk", "Evaluatie"],
                   ["Veilige woonsituatie moeder en kinderen", "[[KOA|INITIALS]] / moeder", "maart 2025"],
                   ["Schoolverzuim [[Noor|PERSON]] < 5 %", "school, leerplicht", "januari 2025"],
                   ["Omgang vader onbegeleid", "{Jeugdformaat|ORG}", "april 2025"]], [0.5, 0.3, 0.2]),
        ("small", "Verstrekking aan derden alleen met toestemming van de {gecertificeerde instelling|TERM} "
                  "(artikel 7.3.11 {Jeugdwet|LAW})."),
    ]))

DOCS.append(dict(
    name="y05", producer="docx",
    footer="{Gemeente Tilburg|ORG} · {Wmo|ACR}-consulententeam · verslag keukentafelgesprek",
    meta={"Author": "[[Hanneke Visser|PERSON]]"},
    blocks=[
        ("title", "Verslag keukentafelgesprek Wmo"),
        ("table", [["Gegevens", ""],
                   ["Cliënt", "[[mevrouw G.A.M. (Gerda) van Dijk-Kok|PERSON|G.A.M. (Gerda) van Dijk-Kok]]"],
                   ["BSN", "[[361609085|BSN]]"],
                   ["Adres", "[[Piushaven 41|ADDRESS]], [[5017 AN|ADDRESS]] {Tilburg|PLACE}"],
                   ["Telefoon", "[[013-5428816|PHONE]]"],
                   ["Mantelzorger", "[[Hoop van Dijk|PERSON]] (dochter), [[06-19 37 55 80|PHONE]]"],
                   ["Consulent", "[[H. Visser|PERSON]], {Wmo-consulent|FUNC}"],
                   ["Datum gesprek", "{9 januari 2025|DATE}"]], [0.3, 0.7]),
        ("h", "Hulpvraag"),
        ("p", "Mevrouw [[Van Dijk-Kok|PERSON|-]] (84) woont zelfstandig in een bovenwoning. Sinds een heupoperatie in "
              "het {ETZ Elisabeth|ORG} kan zij de trap slecht op en komt zij weinig buiten. Zij vraagt om een "
              "traplift en hulp bij het huishouden. Haar dochter [[Hoop|PERSON|-]] komt twee keer per week en doet de "
              "boodschappen; haar schoonzoon [[Bram Bakker|PERSON]] doet de administratie."),
        ("h", "Bespreking"),
        ("p", "Volgens de {Verordening maatschappelijke ondersteuning Tilburg 2024|LAW} kijken we eerst naar eigen "
              "kracht en voorliggende voorzieningen. Een verhuizing naar een gelijkvloerse woning van {TBV Wonen|ORG} "
              "(bijvoorbeeld aan de {Koningin Wilhelminalaan|STREET}) is besproken; mevrouw wil dat niet. De "
              "{ergotherapeut|FUNC} van {Thebe|ORG}, [[Zeynep Aydoğan|PERSON]], beoordeelt de trap op 16 januari."),
        ("p", "Over het huishouden: [[Hoop van Dijk|PERSON|-]] is overbelast (zij werkt fulltime bij "
              "{Fontys Hogescholen|ORG}). Mantelzorgondersteuning via {ContourdeTwern|ORG} is aangeboden."),
        ("h", "Conclusie en vervolg"),
        ("lines", "- Huishoudelijke ondersteuning: 2 uur per week, via zorgaanbieder {Vivent Thuiszorg|ORG}.\n"
                  "- Traplift: afhankelijk van advies ergotherapeut (actie: [[HV|INITIALS]]).\n"
                  "- Eigen bijdrage via het {CAK|ACR}: {€ 21,80|AMOUNT} per maand.\n"
                  "- Het verslag is op 10 januari per post gestuurd; reactie binnen 10 werkdagen."),
        ("p", "Akkoord cliënt: handtekening [[G. van Dijk-Kok|PERSON]]                    "
              "Datum: 14-01-2025"),
    ]))

DOCS.append(dict(
    name="y06", producer="gs", via="fpdf",
    footer="{Gemeente Almere|ORG} · {Stadhuisplein 1|GOVADDR} · Postbus 200 · 1300 AE {Almere|PLACE} · {14 036|SWITCH}",
    blocks=[
        ("lines", "{Gemeente Almere|ORG}\n{Sociaal Domein|ORG}\n\n"
                  "[[Mevrouw A.B. da Silva Santos|PERSON|A.B. da Silva Santos]]\n"
                  "[[Marcusstraat 23|ADDRESS]]\n[[1325 NH|ADDRESS]] {ALMERE|PLACE}"),
        ("kv", [["Datum", "{27 maart 2025|DATE}"], ["Zaaknummer", "{Z-WMO-25-08831|CASE}"],
                ["Behandeld door", "[[I. Nsiah|PERSON]]"], ["Telefoon", "{14 036|SWITCH}"]], [0.25, 0.75]),
        ("h", "Besluit persoonsgebonden budget (pgb) Wmo"),
        ("p", "Geachte mevrouw [[Da Silva Santos|PERSON]],"),
        ("p", "U heeft op 11 februari 2025 een pgb aangevraagd voor begeleiding van uw zoon [[Thiago da Silva Santos|PERSON]] "
              "([[BSN 580918336|BSN|580918336]]). Wij kennen u een persoonsgebonden budget toe van {€ 14.860,00|AMOUNT} per "
              "jaar voor individuele begeleiding, van {1 april 2025|DATE} tot en met {31 maart 2027|DATE}."),
        ("p", "De begeleiding wordt gegeven door [[Abdirahman Warsame|PERSON]] (zzp), ingeschreven bij de {KvK|ACR}, en "
              "deels door de oom van Thiago, de heer [[Paulo Santos|PERSON]], als informele zorgverlener tegen het "
              "lagere tarief. U sluit met beide zorgverleners een modelzorgovereenkomst af die u laat goedkeuren "
              "door de {Sociale Verzekeringsbank|ORG} ({SVB|ACR})."),
        ("p", "De {SVB|ACR} betaalt de zorgverleners namens u uit. Uw eigen rekeningnummer ([[NL02 RABO 5526 3972 18|IBAN]]) "
              "gebruiken wij alleen voor de terugbetaling van een eventueel overschot. De eigen bijdrage wordt "
              "vastgesteld door het {CAK|ACR}."),
        ("p", "Deze beslissing is genomen op grond van artikel 2.3.6 van de {Wet maatschappelijke ondersteuning 2015|LAW} "
              "en de {Verordening Sociaal Domein Almere|LAW}. Het college van burgemeester en wethouders, namens deze, "
              "[[Ingrid Nsiah|PERSON]], {consulent Wmo|FUNC}."),
        ("small", "Bezwaar: binnen zes weken, aan het college van B&W, Postbus 200, 1300 AE Almere. Wethouder "
                  "{Maaike Veeningen|PUBLIC} is portefeuillehouder Zorg."),
    ]))

DOCS.append(dict(
    name="y07", producer="rl",
    footer="{Omgevingsdienst Regio Utrecht|ORG} · {Archimedeslaan 6|GOVADDR} · {Utrecht|PLACE}",
    blocks=[
        ("title", "Besluit omgevingsvergunning"),
        ("kv", [["Aanvrager", "[[L. Vũ Thị Hồng|PERSON|Vũ Thị Hồng]] en [[M.J. Blom|PERSON]]"],
                ["Adres aanvrager", "[[Oudegracht 219|ADDRESS]], [[3511 NH|ADDRESS]] {Utrecht|PLACE}"],
                ["Locatie activiteit", "[[Oudegracht 219|ADDRESS|-]] (rijksmonument)"],
                ["Zaaknummer", "{OLO 9034471 / Z/24/299816|CASE}"],
                ["Casemanager", "[[Mathijs Dam|PERSON]], [[m.dam@odru.nl|EMAIL]]"]], [0.3, 0.7]),
        ("p", "Het college van burgemeester en wethouders van {Utrecht|PLACE} heeft op 2 september 2024 via het "
              "{Omgevingsloket|PRODUCT} een aanvraag ontvangen voor het wijzigen van een rijksmonument (vervangen "
              "van de kozijnen aan de werfzijde) en het bouwen van een dakkapel. Wij verlenen de vergunning voor de "
              "{omgevingsplanactiviteit|TERM} en de {rijksmonumentenactiviteit|TERM} op grond van de "
              "{Omgevingswet|LAW}."),
        ("h", "Overwegingen"),
        ("p", "De aanvraag is voorgelegd aan de {Commissie Welstand en Monumenten|ORG}. Die adviseerde op 19 september "
              "positief, onder voorwaarde dat de roedeverdeling behouden blijft. Het advies is opgesteld door "
              "[[architect ir. P.K. Kovács|PERSON|P.K. Kovács]] namens de commissie. De {Rijksdienst voor het Cultureel Erfgoed|ORG} "
              "heeft geen advies uitgebracht."),
        ("p", "De bovenburen, de heer [[O. Çelik|PERSON]] en mevrouw [[E. Çelik-Winter|PERSON]] "
              "([[Oudegracht 219-bis|ADDRESS]]), hebben per e-mail ([[ozcancelik@hotmail.com|EMAIL]]) laten weten "
              "bezwaar te hebben tegen de bouwwerkzaamheden in de zomer. Wij hebben voorschrift 4 toegevoegd "
              "(geen werkzaamheden op zaterdag). Namens de aanvragers trad op [[Jeroen in 't Veld|PERSON]] van "
              "{Studio Rietveld Architecten BV|ORG}."),
        ("h", "Voorschriften"),
        ("table", [["Nr.", "Voorschrift"],
                   ["1", "Bouwen conform de tekeningen met kenmerk {BT-01 t/m BT-07|CASE}."],
                   ["2", "Start bouw twee weken vooraf melden via het {Omgevingsloket|PRODUCT}."],
                   ["3", "Historische kozijnen eerst laten documenteren door een {erfgoedspecialist|FUNC}."],
                   ["4", "Geen werkzaamheden op zaterdag."]], [0.08, 0.92]),
        ("p", "Burgemeester en wethouders van Utrecht, namens dezen,\n[[drs. W. de Groot|PERSON|W. de Groot]], "
              "{afdelingshoofd Vergunningen|FUNC}. Wethouder {Susanne Schilderman|PUBLIC} is portefeuillehouder Wonen."),
    ]))

DOCS.append(dict(
    name="y08", producer="xlsx", landscape=True, sheet="Zienswijzen",
    footer="{Gemeente Súdwest-Fryslân|ORG} – nota van zienswijzen {bestemmingsplan Sneek Noordoost|PROG}",
    blocks=[
        ("title", "Nota van zienswijzen – ontwerp omgevingsplanwijziging {Sneek Noordoost|PROG}"),
        ("p", "Terinzagelegging 6 januari t/m 17 februari 2025. Ingekomen: 7 zienswijzen."),
        ("table", [["Nr", "Indiener", "Adres", "Samenvatting", "Reactie gemeente"],
                   ["1", "[[WIJBENGA|PERSON|WIJBENGA]],\n[[Sjoukje|PERSON|-]]", "[[Tsjerk Hiddesstraat 12|ADDRESS]], [[8601 BN|ADDRESS]] {Sneek|PLACE}",
                    "Vreest verkeersoverlast op de {Prins Hendrikkade|STREET}.", "Verkeersbesluit volgt."],
                   ["2", "[[Hoekstra|PERSON]], [[W.|PERSON|!]] en\n[[Hoekstra-Nauta|PERSON]], [[A.|PERSON|!]]",
                    "[[Lemmerweg 207|ADDRESS]], [[8603 AD|ADDRESS]] {Sneek|PLACE}", "Schaduw op tuin door appartementen.", "Bezonningsstudie bijgevoegd."],
                   ["3", "[[Kuiper|PERSON]], [[Dirk|PERSON|-]]", "[[It Ges 4|ADDRESS]], [[8604 CE|ADDRESS]] {Sneek|PLACE}",
                    "Wil een groenstrook langs de {Houkesloot|PLACE}.", "Deels overgenomen."],
                   ["4", "{Vereniging Wijkbelang Noordoost|ORG}\nt.a.v. [[Tjitske van der Zee|PERSON]]", "Postbus 114, {Sneek|PLACE}",
                    "Onvoldoende parkeerplaatsen.", "Parkeernorm 1,3 gehandhaafd."],
                   ["5", "[[Sultani|PERSON]],\n[[Farid|PERSON|-]]", "[[Tsjerk Hiddesstraat 16|ADDRESS]], {Sneek|PLACE}",
                    "Steunt het plan; vraagt speelvoorziening.", "Speelplek opgenomen."],
                   ["6", "{Wetterskip Fryslân|ORG}", "Postbus 36, {Leeuwarden|PLACE}",
                    "Watercompensatie berekenen.", "Overgenomen."],
                   ["7", "[[De Vries|PERSON]], [[M.|PERSON|!]]\n(namens 12 bewoners)", "[[Lemmerweg 211|ADDRESS]], {Sneek|PLACE}",
                    "Handtekeningenlijst tegen hoogbouw.", "Niet overgenomen."]],
         [0.05, 0.2, 0.25, 0.28, 0.22]),
        ("p", "Behandeld door: [[J. Yntema|PERSON]] ({beleidsmedewerker ruimtelijke ordening|FUNC}), [[0515 48 97 12|PHONE]]. "
              "Vastgesteld door het college; portefeuillehouder wethouder {Mark Hijlkema|PUBLIC}."),
    ]))
