# Office-software prints, case notes, Kamervragen, precision documents, scans.
DOCS = []

DOCS.append(dict(
    name="y18", producer="html",
    links=["mailto:[[d.oneill@minocw.nl|EMAIL]]"],
    blocks=[
        ("title", "Vergaderverzoek: Voorbereiding {Onderwijsraad|ORG}-advies lerarentekort (BO 12 maart)"),
        ("kv", [["Organisator", "[[O'Neill, Declan|PERSON|O'Neill, Declan]] <[[d.oneill@minocw.nl|EMAIL|-]]>"],
                ["Verplichte deelnemers", "[[Jansen-Ng, Lotte|PERSON|Jansen-Ng, Lotte]]; [[El Idrissi, Yassine|PERSON|El Idrissi, Yassine]]; "
                                          "[[Pham, Thu Trang|PERSON|Pham, Thu Trang]]; {DG Primair en Voortgezet Onderwijs|ORG}"],
                ["Optionele deelnemers", "[[Bloem, Sterre (DUO)|PERSON|Bloem, Sterre]]; [[Kraaijeveld, Anouk|PERSON|Kraaijeveld, Anouk]]; "
                                         "{postbus-BO-PVO@minocw.nl|MAILBOX}"],
                ["Locatie", "{Rijnstraat 50|GOVADDR}, {Den Haag|PLACE} – zaal 14.02 / {Microsoft Teams|PRODUCT}-vergadering"],
                ["Begin", "di 4-3-2025 10:00"], ["Einde", "di 4-3-2025 11:00"],
                ["Terugkeerpatroon", "(geen)"]], [0.25, 0.75]),
        ("p", "Hoi allen,"),
        ("p", "Ter voorbereiding op het commissiedebat {Leraren|PROG} van 12 maart wil ik met jullie de lijn "
              "doorlopen voor minister {Bruins|PUBLIC} en staatssecretaris {Paul|PUBLIC}. Het advies van de "
              "{Onderwijsraad|ORG} (\"{Gelijk goed|PROG}\") en de motie-{Paternotte|PUBLIC} liggen ter bespreking. "
              "[[Lotte|PERSON]] neemt de cijfers van {DUO|ACR} en {CBS|ACR} mee; [[Yassine|PERSON]] de juridische "
              "kant ({Wet op het primair onderwijs|LAW}, {WPO|ACR}). [[Thu Trang|PERSON]] maakt de Q&A."),
        ("p", "Kamerleden {Soepboer|PUBLIC} ({NSC|ACR}) en {Beertema|PUBLIC} ({PVV|ACR}) hebben schriftelijke vragen "
              "aangekondigd over de {zij-instroom|TERM}. Oud-minister {Dennis Wiersma|PUBLIC} werd in dat verband "
              "geciteerd in {NRC|ORG}."),
        ("p", "Groet,\n[[Declan|PERSON]]\n\n[[Declan O'Neill|PERSON]] | {senior beleidsmedewerker|FUNC} | "
              "{Directie Leraren|ORG} | [[M 06 4612 0958|PHONE|06 4612 0958]]"),
        ("small", "Microsoft Teams-vergadering – Deelnemen op uw computer of mobiele app. Vergadering-id: 364 118 902 55. "
                  "Wachtwoord: Xk9fQe. Vanaf telefoon: {+31 20 703 8251|SWITCH}."),
    ]))

DOCS.append(dict(
    name="y19", producer="fpdf",
    blocks=[
        ("title", "{TOPdesk|PRODUCT} – Incident {M2503 1187|CASE}"),
        ("kv", [["Aanmelder", "[[Sahin, Mehmet|PERSON|Sahin, Mehmet]] ([[ŞAHİN|PERSON]])"],
                ["Afdeling", "{Publiekszaken|ORG} – {Burgerzaken|ORG}, {Stadskantoor Arnhem|ORG}"],
                ["Telefoon aanmelder", "[[026 377 4412|PHONE]]"],
                ["E-mail", "[[m.sahin@arnhem.nl|EMAIL]]"],
                ["Behandelaar", "[[Novák, Jiří|PERSON|Novák, Jiří]] (2e lijn – Applicatiebeheer)"],
                ["Categorie", "Software / {Key2Burgerzaken|PRODUCT}"],
                ["Impact / urgentie", "Afdeling / Hoog"],
                ["Status", "Afgemeld"]], [0.28, 0.72]),
        ("h", "Verzoek"),
        ("p", "Sinds de update van vanochtend geeft {Key2Burgerzaken|PRODUCT} een foutmelding bij het raadplegen van "
              "de {BRP|ACR} via {GBA-V|ACR}: \"ERROR 5021 – certificate expired (PKIoverheid)\". Balie 3 en 4 kunnen "
              "geen paspoortaanvragen verwerken. Klant [[de heer T. Wiśniewski|PERSON|T. Wiśniewski]] "
              "(afspraak 09:40) is naar huis gestuurd."),
        ("h", "Actiehistorie"),
        ("lines", "04-03-2025 08:52  [[Sahin, Mehmet|PERSON|-]]: melding aangemaakt via {Selfservicedesk|PRODUCT}.\n"
                  "04-03-2025 09:05  [[Hoop, de|PERSON|Hoop, de]] (1e lijn): doorgezet naar Applicatiebeheer.\n"
                  "04-03-2025 09:31  [[Novák, Jiří|PERSON|-]]: {TLS|ACR}-certificaat {PKIoverheid|PRODUCT} op de "
                  "{API|ACR}-gateway verlopen. Contact met leverancier {Centric|COMPANY}, ticket CEN-778812.\n"
                  "04-03-2025 10:14  [[Novák, Jiří|PERSON|-]]: nieuw certificaat geplaatst; getest met "
                  "[[Jiri Novak|PERSON]] (test-account [[jnovak-adm|USER]]).\n"
                  "04-03-2025 10:20  [[Sahin, Mehmet|PERSON|-]]: bevestigt dat het werkt, dank!\n"
                  "04-03-2025 10:22  Afgemeld. Oorzaak: verlopen certificaat. Probleem {P2503 0044|CASE} aangemaakt "
                  "voor {Change Management|TERM}."),
        ("h", "Oplossing (zichtbaar voor aanmelder)"),
        ("p", "Beste [[Mehmet|PERSON]], het certificaat is vernieuwd en de koppeling met de {RvIG|ACR} werkt weer. "
              "Voor storingen buiten kantoortijd: {Servicedesk ICT|ORG} {026 377 1000|SWITCH} of "
              "{servicedesk@arnhem.nl|MAILBOX}. Groet, [[Jiří|PERSON]]"),
    ]))

DOCS.append(dict(
    name="y20", producer="html", landscape=True,
    blocks=[
        ("title", "Versiegeschiedenis – Beslisnota_Stikstof_Veluwe_v7.docx"),
        ("p", "{SharePoint|PRODUCT}-site: {DGNVLG|ACR} – Team {Programma Landelijk Gebied|PROG} › Gedeelde documenten › Nota's 2025"),
        ("table", [["Nr.", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
                   ["7.0", "12-3-2025 16:42", "[[Winter, Koen|PERSON|Winter, Koen]]", "184 kB", "Definitief voor paraaf DG"],
                   ["6.3", "12-3-2025 11:05", "[[Ter Horst-Bakker, Judith|PERSON|Ter Horst-Bakker, Judith]]", "182 kB",
                    "Opmerkingen {FEZ|ACR} verwerkt"],
                   ["6.2", "11-3-2025 17:30", "[[Al-Hassan, Rami|PERSON|Al-Hassan, Rami]]", "181 kB", "Juridische check; zie comment"],
                   ["6.1", "11-3-2025 09:12", "[[Winter, Koen|PERSON|-]]", "175 kB", "Verwerking reactie {provincie Gelderland|ORG}"],
                   ["5.0", "7-3-2025 14:58", "[[Abu Saleh, Lina|PERSON|Abu Saleh, Lina]]", "171 kB", "Na overleg met {LNV|ACR}-kabinet"],
                   ["4.0", "5-3-2025 10:20", "[[K. Zwolle|PERSON]]", "160 kB", "Eerste versie na {DGNVLG|ACR}-MT"],
                   ["3.0", "28-2-2025 15:47", "SYSTEEM-Power Automate", "143 kB", "Automatisch gekopieerd uit {Teams|PRODUCT}"]],
         [0.06, 0.16, 0.3, 0.1, 0.38]),
        ("p", "Opmerking bij versie 6.2 ([[Rami Al-Hassan|PERSON]]): \"Passage over het {Nationaal Programma Landelijk Gebied|PROG} "
              "in lijn brengen met de brief van minister {Wiersma|PUBLIC} van 14 februari en de uitspraak van de "
              "{Raad van State|ORG} over {Porthos|PROG}. @[[Judith|PERSON]] kun jij {Gelderland|PLACE} nog bellen? Gedeputeerde "
              "{Van Leeuwen|PUBLIC} wil een reactie voor vrijdag.\""),
        ("p", "Ingecheckt door [[k.winter@minlnv.nl|EMAIL]] · Bewaarbeleid: {Archiefwet 1995|LAW}, selectielijst {DNV|ACR} · "
              "Gevoeligheidslabel: Departementaal vertrouwelijk"),
    ]))

DOCS.append(dict(
    name="y21", producer="xlsx", landscape=True, sheet="Inventaris",
    footer="Inventarislijst Woo-besluit {2025-0000184|CASE} – {Ministerie van Volksgezondheid, Welzijn en Sport|ORG}",
    blocks=[
        ("title", "Inventarislijst bij Woo-besluit over de {Regeling Zorgbonus|PROG}"),
        ("table", [["Nr", "Datum", "Document", "Afzender", "Ontvanger(s)", "Beoordeling", "Grond"],
                   ["1", "12-01-2024", "E-mail: concept Kamerbrief", "[[Mensah, Abena|PERSON|Mensah, Abena]]",
                    "[[Kok, Jeroen|PERSON|Kok, Jeroen]]; minister {Helder|PUBLIC}", "Deels openbaar", "5.1.2e"],
                   ["2", "15-01-2024", "Beslisnota", "{DG Curatieve Zorg|ORG}", "minister {Helder|PUBLIC}", "Deels openbaar", "5.1.2e, 5.2.1"],
                   ["3", "15-01-2024", "E-mail: reactie {CIBG|ACR}", "[[t.ohara@cibg.nl|EMAIL]]", "[[Kok, Jeroen|PERSON|-]]",
                    "Deels openbaar", "5.1.2e"],
                   ["4", "22-01-2024", "Chatbericht {Teams|PRODUCT}", "[[Van 't Hof, Storm|PERSON|Van 't Hof, Storm]]",
                    "[[D'Souza, Priya|PERSON|D'Souza, Priya]]", "Niet openbaar", "5.2.1"],
                   ["5", "01-02-2024", "Brief {ActiZ|ORG}", "{ActiZ|ORG}", "staatssecretaris {Van Ooijen|PUBLIC}", "Openbaar", "-"],
                   ["6", "07-02-2024", "Verslag overleg {NZa|ACR}", "[[Hasanović, Amra|PERSON|Hasanović, Amra]]",
                    "{NZa|ACR}; [[Mensah, Abena|PERSON|-]]", "Deels openbaar", "5.1.2e"],
                   ["7", "09-02-2024", "E-mail: Kamervragen {Agema|PUBLIC}", "[[Kok, Jeroen|PERSON|-]]", "{Kamervragen@minvws.nl|MAILBOX}",
                    "Deels openbaar", "5.1.2e"],
                   ["8", "14-02-2024", "Notitie {Zorgbonus|PROG} 2.0", "[[Blom, Zon|PERSON|Blom, Zon]]", "{DG Langdurige Zorg|ORG}",
                    "Reeds openbaar", "-"],
                   ["9", "20-02-2024", "E-mail: reactie {FNV Zorg & Welzijn|ORG}", "[[r.ohanlon@fnv.nl|EMAIL]]",
                    "[[Kok, Jeroen|PERSON|-]]; [[Szűcs, Dóra|PERSON|Szűcs, Dóra]]", "Deels openbaar", "5.1.2e"],
                   ["10", "26-02-2024", "Memo aan staatssecretaris {Maarten van Ooijen|PUBLIC}", "[[Mensah, Abena|PERSON|-]]",
                    "staatssecretaris {Van Ooijen|PUBLIC}", "Deels openbaar", "5.1.2e, 5.2.1"]],
         [0.04, 0.1, 0.2, 0.17, 0.22, 0.13, 0.14]),
        ("p", "Toelichting: documenten 3 en 7 zijn duplicaten van e-mails in document 1 en worden niet opnieuw beoordeeld."),
    ]))

DOCS.append(dict(
    name="y22", producer="rl",
    footer="{Tweede Kamer der Staten-Generaal|ORG} – Aanhangsel Handelingen – concept-antwoorden",
    blocks=[
        ("title", "Antwoorden op Kamervragen over het lerarentekort in het speciaal onderwijs"),
        ("p", "Vragen van de leden {Westerveld|PUBLIC} ({GroenLinks-PvdA|ORG}) en {Krul|PUBLIC} ({CDA|ORG}) aan de minister "
              "en de staatssecretaris van {Onderwijs, Cultuur en Wetenschap|ORG} over het lerarentekort in het "
              "speciaal onderwijs (ingezonden {20 januari 2025|DATE}, kenmerk {2025Z00912|CASE})."),
        ("h", "Vraag 1"),
        ("p", "Bent u bekend met het bericht \"Scholen voor speciaal onderwijs sturen leerlingen naar huis\" in "
              "{Trouw|ORG} van 16 januari 2025?"),
        ("h", "Antwoord 1"),
        ("p", "Ja. Staatssecretaris {Mariëlle Paul|PUBLIC} heeft op 17 januari met de {PO-Raad|ORG}, de "
              "{Sectorraad GO|ORG} en de {Algemene Onderwijsbond|ORG} gesproken over de situatie in {Rotterdam|PLACE} en "
              "{Amsterdam|PLACE}."),
        ("h", "Vraag 2"),
        ("p", "Hoeveel leerlingen zaten in 2024 thuis als gevolg van het lerarentekort?"),
        ("h", "Antwoord 2"),
        ("p", "Volgens de {Inspectie van het Onderwijs|ORG} ging het om ongeveer 4.300 leerlingen. De monitor "
              "{Thuiszitters|PROG} van {Ingrado|ORG} telt alleen absoluut verzuim. Mijn ambtsvoorganger, minister "
              "{Dijkgraaf|PUBLIC}, heeft in 2023 het {Werkagenda|PROG}-traject gestart; de voormalige "
              "staatssecretaris {Wiersma|PUBLIC} en de motie-{Kwint|PUBLIC} vroegen om een registratieplicht."),
        ("h", "Vraag 3"),
        ("p", "Bent u bereid in gesprek te gaan met het {Samenwerkingsverband Passend Onderwijs Koers VO|ORG}?"),
        ("h", "Antwoord 3"),
        ("p", "Ja. Dit gesprek vindt plaats in maart; ook {Kinderombudsman|FUNC} {Margrite Kalverboer|PUBLIC} is uitgenodigd. "
              "Over de uitkomst informeer ik de Kamer voor het commissiedebat {Passend onderwijs|PROG}."),
        ("h", "Interne routing (niet voor publicatie)"),
        ("table", [["Rol", "Naam", "Paraaf", "Datum"],
                   ["Opsteller", "[[Zeynep O|PERSON|Zeynep O]]", "[[ZO|INITIALS]]", "24-1"],
                   ["Juridisch", "[[Hendrik-Jan in 't Veld|PERSON]]", "[[HJiV|INITIALS]]", "27-1"],
                   ["Directeur {PO|ACR}", "[[drs. C.M. (Carla) Dekker|PERSON|C.M. (Carla) Dekker]]", "[[CMD|INITIALS]]", "28-1"],
                   ["{DG PVO|ACR}", "–", "", "29-1"]], [0.22, 0.45, 0.15, 0.18]),
    ]))

DOCS.append(dict(
    name="y23", producer="docx",
    header="{Gemeente Zaanstad|ORG} – {P&O|ACR} – Integriteitsdossier {INT-2024-07|CASE} – strikt vertrouwelijk",
    meta={"Author": "[[Bilal Haddou|PERSON]]", "Title": "Dossier INT-2024-07 melding Kuipers"},
    outline=["1. Melding door [[Ilse Kuipers|PERSON]]", "2. Hoor en wederhoor [[Van Dam|PERSON]]", "3. Besluit"],
    fields=[("naam_betrokkene", "[[Dam, P. van|PERSON|Dam, P. van]]"), ("personeelsnummer", "[[0087214|PERSNR]]"),
            ("gemeld_door", "[[I. Kuipers|PERSON]]")],
    blocks=[
        ("title", "Gespreksverslag integriteitsmelding"),
        ("kv", [["Betrokkene", "[[Pieter van Dam|PERSON]], {medewerker handhaving|FUNC} ({BOA|ACR})"],
                ["Melder", "[[Ilse Kuipers|PERSON|-]], {teamleider Toezicht|FUNC}"],
                ["Gespreksleider", "[[B. Haddou|PERSON]], {integriteitsadviseur|FUNC}"],
                ["Verslag", "[[Nina de Groot|PERSON]]"],
                ["Datum gesprek", "{6 november 2024|DATE}, {Stadhuis Zaanstad|ORG}, {Stadhuisplein 2|GOVADDR}, {Zaandam|PLACE}"]],
         [0.26, 0.74]),
        ("h", "Aanleiding"),
        ("p", "Op 21 oktober meldde [[Kuipers|PERSON]] dat [[Van Dam|PERSON|-]] vermoedelijk gegevens uit {Suite4Handhaving|PRODUCT} "
              "heeft opgezocht over zijn buurman, de heer [[A. Visser|PERSON]] ([[Zaanweg 112|ADDRESS]], {Wormerveer|PLACE}), "
              "met wie hij een burenconflict heeft. De {logging|TERM} laat vijf raadplegingen zien zonder zaaknummer."),
        ("h", "Verklaring betrokkene"),
        ("p", "GL: Kun je uitleggen waarom je het dossier van [[Visser|PERSON]] hebt geopend?\n"
              "PvD: Ik dacht dat er een melding over dat adres liep. Ik wist niet dat het niet mocht zonder zaak.\n"
              "GL: Heb je gegevens gedeeld met anderen?\n"
              "PvD: Nee. Alleen met mijn vrouw, [[Roos|PERSON]], heb ik erover gesproken.\n"
              "GL: Je vakbondsadviseur, [[mevrouw Okafor|PERSON|Okafor]] van {FNV Overheid|ORG}, is aanwezig. Wil zij iets toevoegen?\n"
              "[[Okafor|PERSON|-]]: Mijn cliënt heeft geen opleiding gehad over de {AVG|ACR}-regels in {Suite4Handhaving|PRODUCT}."),
        ("h", "Vervolg"),
        ("p", "De gemeentesecretaris besluit na advies van {Bureau Integriteit|ORG} over een disciplinaire maatregel "
              "op grond van de {Cao Gemeenten|LAW}. Het verslag is op 8 november aan [[Van Dam|PERSON|-]] gestuurd "
              "([[p.vandam@zaanstad.nl|EMAIL]]). Burgemeester {Jan Hamming|PUBLIC} is als bevoegd gezag over de "
              "{BOA|ACR}'s geïnformeerd."),
    ]))

DOCS.append(dict(
    name="y24", producer="gs", via="rl",
    footer="{Gemeente Rotterdam|ORG} – {Werk en Inkomen|ORG} – {Socrates|PRODUCT} journaal",
    blocks=[
        ("title", "Journaalnotities Participatiewet – klantdossier"),
        ("kv", [["Klant", "[[Cabdi Warsame Cali|PERSON|Cabdi Warsame Cali]] ([[WARSAME CALI|PERSON]])"],
                ["BSN", "[[139012850|BSN]]"],
                ["Partner", "[[Hodan Maxamed|PERSON]]"],
                ["Adres", "[[Beijerlandselaan 241-C|ADDRESS]], [[3074 EK|ADDRESS]] {Rotterdam|PLACE}"],
                ["Klantmanager", "[[Bloem Jagesar|PERSON]]"],
                ["Uitkering", "{Participatiewet|LAW}, norm gehuwden"]], [0.25, 0.75]),
        ("table", [["Datum", "Medewerker", "Notitie"],
                   ["06-01-2025", "[[B. Jagesar|PERSON]]", "Intake na verhuizing uit {Schiedam|PLACE}. Klant spreekt Somalisch; tolk via "
                    "{Tolkcontact|COMPANY}. Inkomensgegevens {UWV|ACR} opgevraagd via {Suwinet-Inkijk|PRODUCT}."],
                   ["13-01-2025", "[[B. Jagesar|PERSON|-]]", "Partner werkt 12 uur p/w bij {PostNL|COMPANY}; loonstrook ontvangen. "
                    "Verrekening inkomsten in {Socrates|PRODUCT}. Rekening klant: [[NL10 ABNA 2365 9830 58|IBAN]]."],
                   ["27-01-2025", "[[T. de Groot|PERSON]]", "Signaal {Inlichtingenbureau|ORG}: voertuig op naam van partner "
                    "([[GK-328-V|PLATE]]). Navraag gedaan."],
                   ["03-02-2025", "[[B. Jagesar|PERSON|-]]", "Auto is van broer [[Abdi Maxamed|PERSON]]; kentekenbewijs gezien. "
                    "Geen gevolgen. Traject {Werkstage|PROG} bij {Rotterdam Ahoy|ORG} aangeboden."],
                   ["10-02-2025", "[[M. Ouali|PERSON]]", "Taaleis (art. 18b {Participatiewet|LAW}): doorverwezen naar "
                    "{Taalhuis Rotterdam|ORG}. Afspraak 24-02 met [[Cabdi|PERSON]] en tolk."]],
         [0.13, 0.17, 0.7]),
        ("p", "Dossier afgesloten voor deze periode. Vragen: klantmanager [[Jagesar|PERSON]] via [[010 498 2217|PHONE]] of "
              "{werkeninkomen@rotterdam.nl|MAILBOX}. Algemeen nummer {14 010|SWITCH}."),
    ]))

DOCS.append(dict(
    name="y25", producer="gs", via="fpdf",
    footer="{Provincie Fryslân|ORG} · {Tweebaksmarkt 52|GOVADDR} · {Ljouwert|PLACE} · {058 292 59 25|SWITCH}",
    blocks=[
        ("lines", "{Provinsje Fryslân|ORG}\n\n[[Dhr. W. (Wytze) van der Meer|PERSON|W. (Wytze) van der Meer]] en [[mw. T. Kuipers-Boersma|PERSON|T. Kuipers-Boersma]]\n"
                  "[[Tsjerkebuorren 8|ADDRESS]]\n[[9014 CK|ADDRESS]] {Easterein|PLACE}\n\n"
                  "Datum: {3 april 2025|DATE}\nNûmer: {01928374|CASE}\nBehannele troch: [[Sjoerd Haitsma|PERSON]]\n"
                  "Telefoan: [[058 292 83 61|PHONE]]"),
        ("h", "Besluit subsidieverlening restauratie monumentale stelpboerderij"),
        ("p", "Geachte heer [[Van der Meer|PERSON]] en mevrouw [[Kuipers-Boersma|PERSON]],"),
        ("p", "Op 12 januari 2025 hebben wij uw aanvraag ontvangen voor subsidie voor de restauratie van de "
              "stelpboerderij op uw adres, een {gemeentelijk monument|TERM} in de gemeente {Súdwest-Fryslân|ORG}. "
              "Gedeputeerde Staten verlenen u een subsidie van maximaal {€ 48.500|AMOUNT} op grond van de "
              "{Subsidieregeling Restauratie Monumenten Fryslân 2024|LAW}."),
        ("p", "De subsidie wordt in twee termijnen betaald op rekening [[NL41 SNSB 5587 5412 48|IBAN]] ten name van "
              "[[W. van der Meer|PERSON]]. Uw restauratiearchitect, [[ir. Gerrit Kok|PERSON|Gerrit Kok]] van "
              "{Bureau Kok Restauratie|COMPANY}, legt de voortgang vast in het {Monumentenwacht|ORG}-rapport."),
        ("p", "Het advies van {Hûs en Hiem|ORG} (opgesteld door [[Anneke Dam|PERSON]]) is positief. De werkzaamheden "
              "moeten vóór {31 december 2026|DATE} klaar zijn. Gedeputeerde {Avine Fokkens|PUBLIC} heeft erfgoed "
              "in portefeuille; {Commissaris van de Koning|FUNC} {Arno Brok|PUBLIC} opende in 2024 het "
              "{Fries Erfgoedfonds|PROG}."),
        ("p", "Mei freonlike groetnis / Met vriendelijke groet,\nGedeputeerde Staten van Fryslân, namens dezen,\n\n"
              "[[S. Haitsma|PERSON]], {teamleider Subsidies|FUNC}"),
    ]))

DOCS.append(dict(
    name="y26", producer="fpdf",
    footer="{Bezwaarschriftencommissie gemeente Eindhoven|ORG} – verslag hoorzitting",
    blocks=[
        ("title", "Verslag hoorzitting bezwaarschriftencommissie"),
        ("kv", [["Zaak", "{BZW 2024-1187|CASE}, bezwaar tegen weigering leerlingenvervoer"],
                ["Bezwaarmaker", "[[mevrouw Al-Khatib|PERSON|Al-Khatib]], moeder van [[Yara Al-Khatib|PERSON]] ([[11-05-2016|DOB]])"],
                ["Gemachtigde", "[[mr. A.P. van 't Wout|PERSON|A.P. van 't Wout]], {Het Juridisch Loket|ORG}"],
                ["Namens het college", "[[Jelle Tuinstra|PERSON]] ({jurist|FUNC}), [[Dewi Sastrowardoyo|PERSON]] "
                                       "({consulent leerlingenvervoer|FUNC})"],
                ["Commissie", "{voorzitter|FUNC} [[mr. H. de Boer|PERSON|H. de Boer]], {lid|FUNC} [[R. Bhagwandin|PERSON]], "
                              "{secretaris|FUNC} [[E. Blom|PERSON]]"],
                ["Datum", "{14 januari 2025|DATE}, {Stadhuis Eindhoven|ORG}"]], [0.24, 0.76]),
        ("h", "Verloop"),
        ("lines", "Voorzitter: Welkom. Ik geef eerst het woord aan de gemachtigde.\n"
                  "[[Van 't Wout|PERSON]]: Dank u. [[Yara|PERSON]] heeft een autismespectrumstoornis en gaat naar "
                  "{De Korenaar|ORG}, een school voor speciaal onderwijs in {Eindhoven|PLACE}. De afstand is 5,8 km; "
                  "het college zegt dat zij met begeleiding kan fietsen. Dat kan niet.\n"
                  "[[Al-Khatib|PERSON|-]]: Mijn man, [[Omar Al-Khatib|PERSON]], werkt in ploegendienst bij {ASML|COMPANY}. "
                  "Ik heb nog twee kinderen. Ik kan haar niet elke dag brengen.\n"
                  "[[Sastrowardoyo|PERSON]]: Wij hebben het advies van de {GGD Brabant-Zuidoost|ORG} meegewogen. "
                  "Die adviseerde een fietstraining van {Fietsmaatjes|ORG}.\n"
                  "[[Bhagwandin|PERSON]]: Is de moeder gevraagd naar de mogelijkheden van familie?\n"
                  "[[Tuinstra|PERSON]]: Ja, de oma, [[mevrouw Abu Saleh|PERSON|Abu Saleh]], woont in {Veldhoven|PLACE}.\n"
                  "Voorzitter: Dank. De commissie brengt binnen zes weken advies uit aan het college."),
        ("p", "Op grond van de {Verordening leerlingenvervoer Eindhoven 2021|LAW} en artikel 4 van de "
              "{Wet op het primair onderwijs|LAW}. Wethouder {Mieke Verhees|PUBLIC} is portefeuillehouder Onderwijs."),
    ]))
