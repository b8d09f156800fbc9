"""Documents ha01-ha11 of set HA (klachtbehandeling politie, eenheid Oost-Nederland)."""
from numbers_ha import BSN, IBAN

FOOT = "{{Politie}} | {{eenheid Oost-Nederland}} | Postbus 9002, 6800 DA {{L:Arnhem}} | {{U:0900-8844}} | www.politie.nl"
HDR = "Politie - Eenheid Oost-Nederland"

DOCS = []

# ------------------------------------------------------------------ ha01 Woo-verzoek (journalist)
DOCS.append({
    "id": "ha01", "title": "Woo-verzoek klachtbehandeling politie Oost-Nederland", "font": "Times-Roman", "size": 11,
    "footer": "Verzoek ontvangen via het webformulier Woo-verzoeken {{Politie}}",
    "blocks": [
        ("lines", """[[Fleur Oosterhuis-van Dijk]]
[[A:Kloosterstraat 14]]
[[A:7411 JC]] {{L:Deventer}}
[[T:06-28417730]]
[[fleur.oosterhuis@proton.me]]"""),
        ("sp", 14),
        ("lines", """Aan de korpschef van de {{Politie}}
t.a.v. het Woo-loket {{eenheid Oost-Nederland}}
Postbus 9002
6800 DA {{L:Arnhem}}"""),
        ("sp", 12),
        ("p", "{{L:Deventer}}, {{D:3 februari 2026}}"),
        ("p", "Betreft: verzoek op grond van de {{W:Wet open overheid}} over de behandeling van klachten tegen politieambtenaren"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Als freelance journalist voor onder meer de {{De Stentor}} onderzoek ik hoe de {{Politie}} klachten van burgers "
              "afhandelt. Op grond van artikel 4.1 van de {{W:Wet open overheid}} ({{W:Woo}}) verzoek ik u om openbaarmaking van alle "
              "documenten over de behandeling van klachten in de periode 1 januari 2025 tot en met 31 december 2025 binnen de "
              "{{eenheid Oost-Nederland}}, in het bijzonder:"),
        ("p", "1. het klachtenregister van de eenheid en overzichten per basisteam; 2. adviezen van de {{klachtadviescommissie}} "
              "en de beslissingen die daarop zijn genomen; 3. correspondentie met de {{Nationale ombudsman}} over klachten die "
              "in tweede lijn zijn voorgelegd; 4. interne e-mail, chatberichten en notities over de zaak die bekend is "
              "geworden als het incident aan de Deurningerstraat in {{L:Enschede}} van maart 2025; 5. stukken over "
              "schadevergoedingen die na een gegronde klacht zijn uitbetaald."),
        ("p", "Ik begrijp dat persoonsgegevens van klagers en medewerkers worden gelakt. De namen van de burgemeesters als "
              "gezagsdragers en van de korpschef hoeven wat mij betreft niet te worden gelakt. Ik ontvang de documenten graag "
              "digitaal. Voor vragen ben ik bereikbaar op het nummer hierboven."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "[[G:F. Oosterhuis]]"),
        ("p", "[[Fleur Oosterhuis-van Dijk]]"),
    ]})

# ------------------------------------------------------------------ ha02 Ontvangstbevestiging Woo
DOCS.append({
    "id": "ha02", "title": "Ontvangstbevestiging Woo-verzoek", "font": "LibSans", "size": 10, "header": HDR,
    "footer": FOOT,
    "blocks": [
        ("kv", [["Datum", "{{D:10 februari 2026}}"], ["Ons kenmerk", "{{C:WOO-ON-2026-0117}}"],
                ["Behandeld door", "[[Hanneke Baartmans]]"], ["Telefoon", "[[T:06-15930482]]"],
                ["E-mail", "[[hanneke.baartmans@politie.nl]]"], ["Onderwerp", "Ontvangstbevestiging Woo-verzoek"]],
         [35, 120]),
        ("sp", 10),
        ("lines", """Mevrouw F. [[Oosterhuis-van Dijk]]
[[A:Kloosterstraat 14]]
[[A:7411 JC]] {{L:Deventer}}"""),
        ("sp", 10),
        ("p", "Geachte mevrouw [[Oosterhuis-van Dijk]],"),
        ("p", "Op {{D:3 februari 2026}} hebben wij uw verzoek op grond van de {{W:Wet open overheid}} ontvangen. Uw verzoek gaat "
              "over de behandeling van klachten binnen de {{eenheid Oost-Nederland}} in 2025. Wij hebben uw verzoek "
              "geregistreerd onder kenmerk {{C:WOO-ON-2026-0117}}."),
        ("p", "Op grond van artikel 4.4 van de {{W:Woo}} beslissen wij binnen vier weken na ontvangst. Deze termijn kunnen wij "
              "met twee weken verdagen. Omdat bij de documenten derden betrokken zijn (klagers en medewerkers) zullen wij hen "
              "in de gelegenheid stellen hun zienswijze te geven (artikel 4.4, vierde lid, {{W:Woo}})."),
        ("p", "Heeft u vragen? Neem dan contact op met het Woo-team via {{F:woo@politie.nl}} of bel {{U:0900-8844}} en vraag naar "
              "het Woo-loket {{Oost-Nederland}}. Vermeld altijd ons kenmerk."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens de korpschef van {{Politie}},"),
        ("sp", 16),
        ("p", "[[Hanneke Baartmans]]"),
        ("p", "{{J:Woo-coördinator}} {{eenheid Oost-Nederland}}"),
    ]})

# ------------------------------------------------------------------ ha03 Klachtformulier Yilmaz (2 pages)
DOCS.append({
    "id": "ha03", "title": "Klachtformulier politie (ingevuld)", "font": "DejaVuSans", "size": 9.5,
    "header": "Klachtformulier Politie", "footer": "Klachtformulier {{Politie}} - versie 2024 | registratie {{C:ON-K-2025-0142}}",
    "blocks": [
        ("h", "Klacht over het optreden van een politieambtenaar"),
        ("s", "Dit formulier is ingediend via politie.nl op 14 maart 2025 om 22:41 uur. Registratienummer {{C:ON-K-2025-0142}}."),
        ("h2", "1. Uw gegevens"),
        ("kv", [["Voorletters en achternaam", "M. [[Yılmaz]]"], ["Voornaam", "[[Mehmet]]"],
                ["Geboortedatum", "[[D:14-07-1983]]"], ["Adres", "[[A:Deurningerstraat 212]]"],
                ["Postcode en woonplaats", "[[A:7514 BK]] {{L:Enschede}}"],
                ["Telefoonnummer", "[[T:06-41872290]]"], ["E-mailadres", "[[m.yilmaz83@hotmail.com]]"],
                ["Dient u de klacht in namens iemand anders?", "Nee"]], [62, 100]),
        ("h2", "2. Wanneer en waar vond het voorval plaats?"),
        ("kv", [["Datum", "{{D:12 maart 2025}}"], ["Tijd", "ongeveer 23:15 uur"],
                ["Plaats", "{{L:Enschede}}, kruising Deurningerstraat / {{S:Hengelosestraat}}"],
                ["Basisteam (indien bekend)", "{{Basisteam Enschede}}"]], [62, 100]),
        ("h2", "3. Wat is er gebeurd?"),
        ("p", "Ik werd met mijn auto (Volkswagen Touran, kenteken [[K:J-306-TX]]) aangehouden voor een controle. Er waren twee "
              "agenten, een man en een vrouw. De mannelijke agent gaf aan dat ik door rood was gereden, wat niet klopt. Toen ik "
              "mijn rijbewijs wilde pakken trok hij het portier open en werd ik hardhandig uit de auto gehaald. Ik heb "
              "[[S:astma]] en kreeg het benauwd toen ik tegen de motorkap werd gedrukt. Mijn zoon van 9 zat achterin en was "
              "erg geschrokken. Ik heb gevraagd naar het dienstnummer van de agent, maar dat kreeg ik niet."),
        ("p", "Later heb ik via een kennis gehoord dat de agent [[Brinkman]] heet. Op het bekeuringsformulier stond nummer "
              "[[N:713904]]."),
        ("pb",),
        ("h2", "4. Over wie klaagt u?"),
        ("kv", [["Naam of dienstnummer", "[[Brinkman]] ([[N:713904]]), en de collega die erbij stond"],
                ["Uniform / voertuig", "Uniform, opvallende dienstauto"]], [62, 100]),
        ("h2", "5. Wat wilt u bereiken met uw klacht?"),
        ("p", "Ik wil een gesprek met de agent en zijn leidinggevende en ik wil dat de bekeuring wordt ingetrokken. Ook wil "
              "ik dat de schade aan mijn jas (gescheurd) wordt vergoed. Ik heb een foto van het sms-bericht van mijn vrouw "
              "[[Elif]] bijgevoegd, die ik direct na het voorval heb gebeld."),
        ("h2", "6. Getuigen"),
        ("kv", [["Naam getuige", "[[Hatice Demirtaş]]"], ["Telefoonnummer getuige", "[[T:06-19044371]]"]], [62, 100]),
        ("h2", "7. Verklaring"),
        ("p", "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik ga ermee akkoord dat de {{Politie}} mijn "
              "gegevens gebruikt voor de behandeling van mijn klacht volgens de {{W:Politiewet 2012}} en de "
              "{{W:Algemene wet bestuursrecht}}."),
        ("kv", [["Naam", "[[Mehmet]] [[Yılmaz]]"], ["Datum", "14-03-2025"]], [62, 100]),
        ("s", "Afhandeling: de klacht wordt binnen zes weken behandeld (artikel 9:11 {{W:Awb}}). Niet tevreden over de "
              "afhandeling? Dan kunt u zich wenden tot de {{Nationale ombudsman}}, telefoon {{U:0800-33 55 555}}."),
    ]})

# ------------------------------------------------------------------ ha04 scan: klachtformulier el Idrissi
DOCS.append({
    "id": "ha04", "producer": "scan", "title": "scan klachtformulier", "rot": -0.5,
    "lines": [
        "#POLITIE - KLACHTFORMULIER (papieren versie)",
        "",
        "Ingekomen bureau Arnhem-Centrum, 2 april 2025",
        "",
        "Naam: [[Fatima]] [[el Idrissi]]",
        "Geboortedatum: [[D:03-11-1991]]",
        "Adres: [[A:Vlierstraat 41]], [[A:6825 EG]] Arnhem",
        "Telefoon: [[T:06-33019587]]",
        "E-mail: [[f.elidrissi@outlook.com]]",
        "",
        "Datum voorval: 29 maart 2025",
        "Plaats: Arnhem, Centraal Station, busstation",
        "",
        "Omschrijving:",
        "Mijn broer [[Youssef]] werd door twee agenten gefouilleerd omdat hij",
        "volgens hen leek op een verdachte. Ik stond erbij en heb gefilmd.",
        "Een agent met nummer [[N:702251]] sloeg mijn telefoon uit mijn hand.",
        "Het scherm is kapot. Ik wil dat de schade wordt vergoed en dat",
        "er wordt uitgezocht waarom mijn broer werd aangehouden.",
        "",
        "Handtekening klager:",
        "~[[G:F. el Idrissi]]",
        "",
        "In te vullen door de politie:",
        "Aangenomen door: [[Jasper Verhoef]] (balie)",
        "Doorgestuurd naar klachtenbureau op 3 april 2025",
    ]})

# ------------------------------------------------------------------ ha05 brief klachtbehandelaar aan Yilmaz
DOCS.append({
    "id": "ha05", "title": "Brief klachtbehandelaar", "font": "LibSerif", "size": 10.5, "header": HDR,
    "footer": FOOT,
    "blocks": [
        ("lines", """De heer M. [[Yılmaz]]
[[A:Deurningerstraat 212]]
[[A:7514 BK]] {{L:Enschede}}"""),
        ("sp", 10),
        ("kv", [["Datum", "{{D:24 maart 2025}}"], ["Kenmerk", "{{C:ON-K-2025-0142}}"],
                ["Contactpersoon", "[[I. Wolters-Kamphuis]]"], ["Telefoon", "[[T:06-52284916]]"],
                ["E-mail", "[[ingrid.wolters-kamphuis@politie.nl]]"]], [35, 110]),
        ("sp", 8),
        ("p", "Onderwerp: behandeling van uw klacht"),
        ("p", "Geachte heer [[Yılmaz]],"),
        ("p", "Op 14 maart 2025 heeft u een klacht ingediend over het optreden van twee politieambtenaren tijdens een "
              "verkeerscontrole in {{L:Enschede}} op {{D:12 maart 2025}}. Ik ben door de teamchef van het "
              "{{Basisteam Enschede}} aangewezen als klachtbehandelaar. In deze brief leg ik uit hoe uw klacht verder "
              "wordt behandeld."),
        ("p", "De {{Politie}} behandelt klachten volgens hoofdstuk 9 van de {{W:Algemene wet bestuursrecht}} en de "
              "{{W:Regeling klachtbehandeling politie}}. Ik nodig u uit voor een gesprek op {{D:3 april 2025}} om 10.00 uur "
              "op het politiebureau aan de {{A:Hengelosestraat 400}} in {{L:Enschede}}. U mag iemand meenemen. Ook de "
              "betrokken collega's, [[R. Brinkman]] en [[S. ten Hove]], worden voor dit gesprek uitgenodigd."),
        ("p", "Komt de datum u niet uit? Belt u mij dan, bij voorkeur op werkdagen tussen 9.00 en 16.00 uur. Als u na "
              "het gesprek niet tevreden bent, kunt u vragen om advies van de onafhankelijke "
              "{{klachtadviescommissie}} van de {{eenheid Oost-Nederland}}."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "[[G:I.Wolters]]"),
        ("lines", """[[Ingrid Wolters-Kamphuis]]
{{J:klachtbehandelaar}} {{Basisteam Enschede}}"""),
        ("sp", 6),
        ("s", "Kopie: [[W. Scholte Albers]], teamchef; dossier {{C:ON-K-2025-0142}}"),
    ]})

# ------------------------------------------------------------------ ha06 Hoorverslag (2 pages)
DOCS.append({
    "id": "ha06", "title": "Hoorverslag klacht ON-K-2025-0142", "font": "Carlito", "size": 10.5, "header": HDR,
    "footer": "Hoorverslag {{C:ON-K-2025-0142}} - vertrouwelijk - {{eenheid Oost-Nederland}}",
    "blocks": [
        ("h", "Verslag van het klachtgesprek (hoorverslag)"),
        ("kv", [["Klachtnummer", "{{C:ON-K-2025-0142}}"], ["Datum en tijd", "{{D:3 april 2025}}, 10.00 - 11.25 uur"],
                ["Locatie", "politiebureau {{L:Enschede}}, {{A:Hengelosestraat 400}}"],
                ["Aanwezig", "de heer [[Mehmet]] [[Yılmaz]] (klager); mevrouw [[Hatice Demirtaş]] (vergezelt klager); "
                             "[[Rutger Brinkman]], hoofdagent, personeelsnummer [[N:713904]]; [[Sanne ten Hove]], "
                             "agent, personeelsnummer [[N:688217]]; [[Ingrid Wolters-Kamphuis]] (klachtbehandelaar, voorzitter); "
                             "[[Özlem Aydın]] (notulist)"],
                ["Verslag", "[[OA]]"]], [32, 128]),
        ("h2", "1. Opening"),
        ("p", "[[Wolters-Kamphuis]]: Ik heet iedereen welkom. Het doel van dit gesprek is dat we samen kijken wat er op "
              "{{D:12 maart 2025}} is gebeurd en of we de klacht kunnen oplossen. Dit is geen strafzaak en geen tuchtzaak."),
        ("h2", "2. Toelichting klager"),
        ("p", "[[Yılmaz]]: Ik reed niet door rood. Het licht stond op oranje. De agent trok mijn deur open voordat ik iets "
              "kon zeggen. Ik heb gezegd dat ik [[S:astma]] heb, maar hij bleef me tegen de auto drukken. Mijn zoon heeft "
              "daarna twee nachten slecht geslapen."),
        ("p", "[[Demirtaş]]: Ik woon op de hoek en zag het vanaf het balkon. De agent schreeuwde. De vrouwelijke agent "
              "probeerde hem te kalmeren."),
        ("h2", "3. Reactie betrokken ambtenaren"),
        ("p", "[[Brinkman]]: De auto reed met hoge snelheid door rood, daarom hebben we hem stilgezet. Meneer reikte naar "
              "het dashboardkastje en ik kon niet zien wat hij pakte. Om die reden heb ik de deur geopend. Ik erken dat ik "
              "mijn stem heb verheven. Dat de klager [[S:astma]] heeft, heb ik toen niet gehoord."),
        ("p", "[[Ten Hove]]: Ik heb het portier aan de passagierskant in de gaten gehouden. Ik heb gezien dat meneer "
              "benauwd werd en heb gevraagd of hij water wilde. Ik heb mijn dienstnummer wel gegeven toen daarom werd "
              "gevraagd, maar misschien is dat in de drukte niet goed overgekomen."),
        ("pb",),
        ("h2", "4. Bespreking"),
        ("p", "[[Wolters-Kamphuis]] vat samen: over de kleur van het verkeerslicht verschillen partijen van mening; de "
              "bekeuring valt niet onder de klachtprocedure, daarvoor loopt de {{WAHV}}-procedure bij de officier van "
              "justitie ({{CJIB}}). Over de bejegening bij het uit de auto halen bestaat deels overeenstemming: "
              "[[Brinkman]] erkent dat hij luid sprak."),
        ("p", "[[Brinkman]] biedt zijn excuses aan voor de toon. [[Yılmaz]] neemt de excuses aan, maar wil dat ook wordt "
              "beoordeeld of het openen van het portier nodig was. Hij wil niet dat de zaak informeel wordt afgedaan."),
        ("h2", "5. Afspraken"),
        ("p", "a. Klager ontvangt binnen twee weken een schriftelijke reactie van de teamchef, [[Scholte Albers]]. "
              "b. Klager wordt gewezen op de mogelijkheid om de klacht voor te leggen aan de {{klachtadviescommissie}}. "
              "c. De schade aan de jas wordt beoordeeld door het {{Schadebureau}} van de eenheid; klager stuurt de bon naar "
              "[[ingrid.wolters-kamphuis@politie.nl]]."),
        ("p", "Dit verslag is op {{D:7 april 2025}} aan klager en betrokken ambtenaren toegezonden. Opmerkingen binnen "
              "tien werkdagen."),
        ("table", [["Naam", "Rol", "Paraaf", "Datum"],
                   ["[[I. Wolters-Kamphuis]]", "voorzitter gesprek", "[[H:IWK]]", "7-4-2025"],
                   ["[[Ö. Aydın]]", "verslag", "[[H:ÖA]]", "7-4-2025"]], [55, 45, 25, 30]),
    ]})

# ------------------------------------------------------------------ ha07 E-mail thread (2 pages)
DOCS.append({
    "id": "ha07", "title": "RE: klacht Deurningerstraat - stand van zaken", "font": "LibSans", "size": 9.5,
    "footer": "Afgedrukt uit Outlook door [[Bouwmeester, Lotte]] op 19-05-2025 14:02",
    "blocks": [
        ("lines", """Van: [[Scholte Albers, Wouter]] <[[wouter.scholte.albers@politie.nl]]>
Verzonden: dinsdag 13 mei 2025 16:48
Aan: [[Wolters-Kamphuis, Ingrid]] <[[ingrid.wolters-kamphuis@politie.nl]]>; [[Groot-Hendriks, Marieke de]]
CC: [[Bouwmeester, Lotte]]; [[Linden, Bas van der]]; {{F:klachtenbureau.oost-nederland@politie.nl}}
Onderwerp: RE: klacht Deurningerstraat - stand van zaken ({{C:ON-K-2025-0142}})"""),
        ("sp", 6),
        ("p", "Hoi [[Ingrid]],"),
        ("p", "Dank voor het hoorverslag. Ik heb met [[Rutger]] gesproken. Hij blijft erbij dat de deur open moest vanwege "
              "het reiken naar het dashboardkastje, maar snapt dat de toon niet goed was. Ik ga een gesprek voeren over "
              "zijn optreden; dat valt buiten de klachtprocedure. Klager wil naar de {{klachtadviescommissie}}. Prima, dan "
              "gaat het dossier via [[Marieke]] naar het secretariaat van de commissie."),
        ("p", "Burgemeester {{R:Bleker}} heeft via zijn bestuursadviseur gevraagd of er iets in de pers kan komen. Ik heb "
              "geantwoord dat we dat niet verwachten, maar laten we het driehoeksoverleg van {{D:22 mei 2025}} er wel even "
              "over informeren."),
        ("p", "Groet,"),
        ("lines", """[[Wouter]]
[[Wouter Scholte Albers]]
{{J:Teamchef}} {{Basisteam Enschede}}
{{Politie}} | {{eenheid Oost-Nederland}}
M [[T:06-20957318]]"""),
        ("sp", 8),
        ("lines", """Van: [[Wolters-Kamphuis, Ingrid]]
Verzonden: vrijdag 9 mei 2025 11:12
Aan: [[Scholte Albers, Wouter]]
CC: [[Aydın, Özlem]]
Onderwerp: klacht Deurningerstraat - stand van zaken"""),
        ("sp", 6),
        ("p", "Wouter,"),
        ("p", "Bijgaand het hoorverslag van {{D:3 april 2025}}. Collega [[Ten Hove]] heeft een aanvulling gestuurd over "
              "het moment waarop ze haar dienstnummer gaf. Klager is niet akkoord met informele afdoening. Zijn "
              "advocaat, mr. [[Kaan Öztürk]] van {{Twente Recht Advocaten}}, heeft mij gebeld ([[T:053-4301288]]). "
              "Ik stel voor dat jij klager belt voordat het naar de commissie gaat."),
        ("pb",),
        ("p", "Verder: [[Mehmet]] [[Yılmaz]] heeft ook een schadeclaim ingediend voor de jas (€ 189,95). Het "
              "{{Schadebureau}} wil een rekeningnummer; ik heb hem gevraagd dat via het formulier te doen en niet per "
              "mail."),
        ("p", "Gr. Ingrid"),
        ("lines", """[[Ingrid Wolters-Kamphuis]]
{{J:Klachtbehandelaar}} | {{Basisteam Enschede}}
T [[T:06-52284916]] (ma, di, do)"""),
        ("sp", 8),
        ("lines", """Van: [[Groot-Hendriks, Marieke de]] <[[marieke.degroot-hendriks@politie.nl]]>
Verzonden: woensdag 14 mei 2025 08:30
Aan: [[Scholte Albers, Wouter]]; [[Wolters-Kamphuis, Ingrid]]
Onderwerp: RE: RE: klacht Deurningerstraat"""),
        ("p", "Ik zet het op de agenda van de {{klachtadviescommissie}} van {{D:17 juni 2025}}. [[Nicole Hermsen]] van "
              "het secretariaat neemt contact op met klager. Groet, Marieke ([[H:MdG]])"),
    ]})

# ------------------------------------------------------------------ ha08 Teams chat
DOCS.append({
    "id": "ha08", "title": "Teams-chat klachtenbureau", "font": "DejaVuCond", "size": 9.5,
    "footer": "Export Microsoft Teams - chat 'Klachtenbureau ON' - geëxporteerd 02-03-2026 door [[Baartmans, Hanneke]]",
    "hidden": {"author": "[[Baartmans, H.J.M.]]"},
    "blocks": [
        ("h", "Chat: Klachtenbureau ON (5 deelnemers)"),
        ("table", [["Tijd", "Afzender", "Bericht"],
                   ["14-05-2025 09:02", "[[Marieke de Groot-Hendriks]]", "Morgen! Wie pakt de klacht uit {{L:Hengelo}} "
                    "over die fietscontrole? Die moet vandaag worden toegewezen."],
                   ["14-05-2025 09:05", "[[Bas van der Linden]]", "Doe ik. Is dat die van mevrouw [[Wiśniewska]]?"],
                   ["14-05-2025 09:06", "[[Marieke de Groot-Hendriks]]", "Nee, die zit in {{L:Zwolle}}, die heeft [[Jeroen]]. "
                    "Deze is van een jongen van 17, ouders hebben gebeld."],
                   ["14-05-2025 09:11", "[[Jeroen 't Lam]]", "Klopt, [[Wiśniewska]] heb ik. Bemiddeling staat op 20/5. "
                    "Tolk Pools is geregeld via {{Tolk- en Vertaalcentrum Nederland}}."],
                   ["14-05-2025 09:14", "[[Özlem Aydın]]", "[[Bas]], als je in {{L:Hengelo}} bent: kun je het verslag van "
                    "[[Yılmaz]] meenemen voor [[Wouter]]? Hij wil het op papier"],
                   ["14-05-2025 09:15", "[[Bas van der Linden]]", "👍"],
                   ["14-05-2025 10:40", "[[Marieke de Groot-Hendriks]]", "FYI: [[Lotte]] zegt dat de {{Nationale ombudsman}} "
                    "vraagt naar het dossier {{C:ON-K-2025-0087}} (de zaak [[Gebremedhin]]). Kan iemand checken of het "
                    "advies van de commissie al verstuurd is?"],
                   ["14-05-2025 10:52", "[[Özlem Aydın]]", "Verstuurd op 2 mei, staat in de map. Ik stuur het je"],
                   ["14-05-2025 11:03", "[[Jeroen 't Lam]]", "[[Özlem]] jij bent een held"],
                   ["14-05-2025 11:04", "[[Özlem Aydın]]", "haha dank. Bas: mobiel van de vader van die jongen is "
                    "[[T:06-47720815]], hij wil teruggebeld worden na 17u"],
                   ["14-05-2025 11:20", "[[Bas van der Linden]]", "Top, bel ik vanmiddag. Dossier krijgt nummer "
                    "{{C:ON-K-2025-0311}} toch?"],
                   ["14-05-2025 11:21", "[[Marieke de Groot-Hendriks]]", "Ja"],
                   ], [28, 42, 100], 8.5),
    ]})

# ------------------------------------------------------------------ ha09 Klachtenregister (2 pages, landscape)
_REG = [["Reg.nr.", "Ontvangen", "Klager", "Basisteam", "Categorie", "Betrokken ambtenaar", "Behandelaar", "Paraaf",
         "Afdoening"]]
_rows = [
    ("{{C:ON-K-2025-0031}}", "09-01-2025", "[[Bakker]], J.", "{{L:Apeldoorn}}", "bejegening", "pnr [[N:699402]]",
     "[[BvdL]]", "[[H:bl]]", "informeel, excuses"),
    ("{{C:ON-K-2025-0044}}", "16-01-2025", "[[HENDRIKSEN]], A.W.", "{{L:Zutphen}}", "optreden", "onbekend", "[[JtL]]",
     "[[H:jl]]", "ingetrokken"),
    ("{{C:ON-K-2025-0058}}", "27-01-2025", "[[Mulder-Vos]], E.", "{{L:Nijmegen}}-Noord", "bejegening",
     "pnr [[N:721560]]", "[[IWK]]", "[[H:iw]]", "ongegrond"),
    ("{{C:ON-K-2025-0087}}", "11-02-2025", "[[GEBREMEDHIN]], T.", "{{L:Apeldoorn}}", "aanhouding, geweld",
     "pnr [[N:730118]]; pnr [[N:706843]]", "[[OA]]", "[[H:oa]]", "KAC: deels gegrond"),
    ("{{C:ON-K-2025-0102}}", "19-02-2025", "van 't [[Veer]], R.", "{{L:Deventer}}", "niet optreden", "n.v.t.", "[[BvdL]]",
     "[[H:bl]]", "gegrond"),
    ("{{C:ON-K-2025-0142}}", "14-03-2025", "[[YILMAZ]], M.", "{{L:Enschede}}", "bejegening, geweld",
     "pnr [[N:713904]]; pnr [[N:688217]]", "[[IWK]]", "[[H:iw]]", "KAC: gegrond (bejegening)"),
    ("{{C:ON-K-2025-0161}}", "02-04-2025", "[[el Idrissi]], F.", "{{L:Arnhem}}-Centrum", "optreden, schade",
     "pnr [[N:702251]]", "[[JtL]]", "[[H:jl]]", "schade vergoed"),
    ("{{C:ON-K-2025-0177}}", "10-04-2025", "[[Ramdin-Jagesar]], A.", "{{L:Almelo}}", "bejegening", "onbekend", "[[OA]]",
     "[[H:oa]]", "informeel"),
    ("{{C:ON-K-2025-0203}}", "28-04-2025", "[[Wiśniewska]], K.", "{{L:Zwolle}}", "discriminatie", "pnr [[N:715377]]",
     "[[JtL]]", "[[H:jl]]", "bemiddeling geslaagd"),
    ("{{C:ON-K-2025-0214}}", "06-05-2025", "[['t Hart]], G.", "{{L:Doetinchem}}", "niet optreden", "n.v.t.", "[[IWK]]",
     "[[H:iw]]", "gegrond"),
    ("{{C:ON-K-2025-0311}}", "14-05-2025", "[[Kuipers]], D. (minderjarig)", "{{L:Hengelo}}", "optreden", "onbekend",
     "[[BvdL]]", "[[H:bl]]", "in behandeling"),
]
for r in _rows:
    _REG.append(list(r))
DOCS.append({
    "id": "ha09", "title": "Klachtenregister 2025 eenheid Oost-Nederland (uittreksel)", "font": "DejaVuCond",
    "size": 9, "landscape": True, "header": "Klachtenregister 2025 - Politie Oost-Nederland - uittreksel",
    "footer": "Bron: klachtenregistratiesysteem {{M:KRS}} | peildatum {{D:31 december 2025}}",
    "blocks": [
        ("p", "Uittreksel uit het klachtenregister van de {{eenheid Oost-Nederland}}, aangemaakt voor de beantwoording "
              "van Woo-verzoek {{C:WOO-ON-2026-0117}}. Kolom 'Paraaf' is de paraaf van de behandelaar bij afsluiting."),
        ("table", _REG, [30, 22, 40, 28, 30, 42, 20, 14, 45], 8.5),
        ("pb",),
        ("h2", "Toelichting bij de kolommen"),
        ("p", "Behandelaars: [[IWK]] = [[I. Wolters-Kamphuis]]; [[BvdL]] = [[B. van der Linden]]; [[JtL]] = [[J. 't Lam]]; "
              "[[OA]] = [[Ö. Aydın]]. KAC = advies van de {{klachtadviescommissie}}. Klachten die in tweede lijn bij de "
              "{{Nationale ombudsman}} liggen, zijn in dit uittreksel niet apart gemarkeerd."),
        ("table", [["Basisteam", "Aantal 2025", "Gegrond", "Deels gegrond", "Ongegrond", "Informeel"],
                   ["{{L:Enschede}}", "187", "21", "14", "38", "101"],
                   ["{{L:Arnhem}}-Centrum", "164", "18", "9", "41", "88"],
                   ["{{L:Apeldoorn}}", "121", "11", "7", "27", "70"],
                   ["{{L:Zwolle}}", "108", "9", "6", "30", "58"],
                   ["{{L:Nijmegen}}-Noord", "96", "8", "5", "22", "55"],
                   ["Totaal eenheid", "1.412", "139", "88", "371", "766"]], [45, 30, 25, 30, 25, 25]),
        ("p", "Het register is bijgehouden door het klachtenbureau; contact via {{F:klachtenbureau.oost-nederland@politie.nl}}. "
              "Mutaties na de peildatum zijn door [[M. de Groot-Hendriks]] ([[H:MdG]]) verwerkt."),
    ]})

# ------------------------------------------------------------------ ha10 Advies klachtadviescommissie (2 pages)
DOCS.append({
    "id": "ha10", "title": "Advies klachtadviescommissie politie Oost-Nederland", "font": "Times-Roman", "size": 10.5,
    "header": "Klachtadviescommissie Politie Oost-Nederland",
    "footer": "Klachtadviescommissie {{Politie}} {{eenheid Oost-Nederland}} - secretariaat Postbus 9002, 6800 DA {{L:Arnhem}}",
    "blocks": [
        ("h", "Advies"),
        ("kv", [["Klachtnummer", "{{C:ON-K-2025-0142}}"], ["Zitting", "{{D:17 juni 2025}}"],
                ["Klager", "de heer M. [[Yilmaz]] te {{L:Enschede}}"],
                ["Beklaagden", "hoofdagent [[R. Brinkman]] en agent [[S. ten Hove]], {{Basisteam Enschede}}"],
                ["Commissie", "mr. [[A.J. Dijkhuizen]] (voorzitter), drs. [[E.M. Veldkamp]], [[K. Bennani]] (leden)"],
                ["Secretaris", "[[N. Hermsen]]"]], [32, 128]),
        ("h2", "1. De klacht"),
        ("p", "Klager klaagt erover dat hij op {{D:12 maart 2025}} tijdens een verkeerscontrole (a) zonder noodzaak uit zijn "
              "auto is getrokken, (b) onheus is bejegend en (c) het dienstnummer van de verbalisant niet kreeg."),
        ("h2", "2. De hoorzitting"),
        ("p", "De commissie heeft klager, bijgestaan door mr. [[Öztürk]], en beide beklaagden gehoord. Namens de "
              "korpsleiding was de klachtcoördinator, mevrouw [[De Groot-Hendriks]], aanwezig. Klager verklaarde dat hij "
              "aan [[S:astma]] lijdt en op het moment van het incident benauwd werd; de commissie heeft daarvan kennis "
              "genomen, maar het medische aspect speelt geen rol bij de beoordeling."),
        ("h2", "3. Beoordeling"),
        ("p", "Ad (a). Op grond van artikel 7 van de {{W:Politiewet 2012}} mag een politieambtenaar geweld gebruiken wanneer "
              "het daarmee beoogde doel dit rechtvaardigt. Het openen van het portier en het uit de auto halen van klager "
              "was volgens de commissie onder de gegeven omstandigheden (reiken naar het dashboardkastje, avond) niet "
              "disproportioneel. Dit onderdeel is ongegrond."),
        ("p", "Ad (b). Vast staat dat beklaagde [[Brinkman]] zijn stem heeft verheven en klager, ook nadat klager had gezegd "
              "benauwd te zijn, tegen de motorkap heeft gehouden. De commissie acht dit niet behoorlijk. Dit onderdeel is "
              "gegrond."),
        ("pb",),
        ("p", "Ad (c). Beklaagde [[Ten Hove]] heeft aannemelijk gemaakt dat zij haar nummer heeft genoemd. Niet gebleken is "
              "dat beklaagde [[Brinkman]] dit ook heeft gedaan. Gelet op artikel 8 van de {{W:Ambtsinstructie}} en de "
              "{{W:Regeling klachtbehandeling politie}} had dat wel gemoeten. Dit onderdeel is gegrond."),
        ("h2", "4. Advies"),
        ("p", "De commissie adviseert de korpschef de klacht deels gegrond te verklaren, klager excuses aan te bieden en de "
              "schade aan zijn jas te vergoeden. De commissie merkt op dat burgemeester {{R:Bleker}} als gezagsdrager "
              "over de afhandeling zal worden geïnformeerd, conform de afspraken in de {{regionale driehoek}}."),
        ("p", "Aldus vastgesteld op {{D:17 juni 2025}}."),
        ("table", [["", "Voorzitter", "Secretaris"],
                   ["Naam", "mr. [[A.J. Dijkhuizen]]", "[[N. Hermsen]]"],
                   ["Handtekening", "[[G:Dijkhuizen]] (getekend)", "[[G:NHermsen]] (getekend)"]], [30, 60, 60]),
        ("s", "Het advies is gericht aan de korpschef van {{Politie}}; afschrift aan klager, beklaagden en de teamchef. "
              "Secretariaat: [[nicole.hermsen@politie.nl]], [[T:06-44103827]]."),
    ]})

# ------------------------------------------------------------------ ha11 Beslissing op klacht (2 pages)
DOCS.append({
    "id": "ha11", "title": "Beslissing op klacht ON-K-2025-0142", "font": "LibSerif", "size": 10.5, "header": HDR,
    "footer": FOOT,
    "blocks": [
        ("lines", """Aangetekend
De heer M. [[Yılmaz]]
p/a mr. [[K. Öztürk]], {{Twente Recht Advocaten}}
Postbus 1207
7500 BE {{L:Enschede}}"""),
        ("sp", 8),
        ("kv", [["Datum", "{{D:8 juli 2025}}"], ["Kenmerk", "{{C:ON-K-2025-0142}}/BES"],
                ["Behandeld door", "[[B. van der Linden]]"], ["Doorkiesnummer", "[[T:026-3772941]]"]], [35, 110]),
        ("sp", 6),
        ("p", "Onderwerp: beslissing op uw klacht"),
        ("p", "Geachte heer [[Yılmaz]],"),
        ("p", "Op 14 maart 2025 heeft u een klacht ingediend over het optreden van twee politieambtenaren van het "
              "{{Basisteam Enschede}}. De {{klachtadviescommissie}} heeft op {{D:17 juni 2025}} advies uitgebracht. Hierbij "
              "ontvangt u mijn beslissing. Ik neem het advies van de commissie over."),
        ("h2", "Beslissing"),
        ("p", "1. Het onderdeel van de klacht dat u zonder noodzaak uit de auto bent gehaald, verklaar ik ongegrond. "
              "2. Het onderdeel over de bejegening verklaar ik gegrond. 3. Het onderdeel over het niet noemen van het "
              "dienstnummer verklaar ik gegrond voor zover het de hoofdagent betreft."),
        ("p", "Ik bied u namens de {{Politie}} mijn excuses aan. De betrokken medewerker is op zijn gedrag aangesproken. "
              "Uw schade van € 189,95 wordt vergoed; u ontvangt hierover een aparte brief van het {{Schadebureau}}."),
        ("pb",),
        ("h2", "Niet tevreden?"),
        ("p", "Bent u het niet eens met deze beslissing, dan kunt u binnen een jaar een klacht indienen bij de "
              "{{Nationale ombudsman}}, Postbus 93122, 2509 AC {{L:Den Haag}}, telefoon {{U:0800-33 55 555}}. Tegen deze "
              "beslissing staat geen bezwaar of beroep open (artikel 9:1 en 8:1 {{W:Awb}})."),
        ("p", "Een afschrift van deze brief gaat naar burgemeester {{R:Bleker}} van {{L:Enschede}} als gezagsdrager en naar "
              "het {{Openbaar Ministerie}}, parket {{Oost-Nederland}}."),
        ("p", "Hoogachtend,"),
        ("p", "de korpschef van {{Politie}},"),
        ("p", "namens deze,"),
        ("p", "het hoofd {{Dienst Regionale Operationele Samenwerking}},"),
        ("sig", "[[G:HvL]]"),
        ("lines", """drs. [[H.P. van Lochem-Smits]]
{{J:hoofd DROS}}"""),
        ("sp", 8),
        ("s", "Afschrift: [[W. Scholte Albers]], teamchef; [[R. Brinkman]] (pnr [[N:713904]]); [[S. ten Hove]] (pnr "
              "[[N:688217]])."),
    ]})
