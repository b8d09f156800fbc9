# Documents x11-x20 of blind set X (mixed14). Markup: see framework.py. All private persons are invented.
DOCS = []

DOCS.append({
    "id": "x11", "producer": "fpdf", "title": "Historische notitie straatnaamgeving",
    "header": "{{Historisch Centrum Overijssel|ORG}} - notitie voor de {{Straatnamencommissie|ORG}} van de gemeente Deventer",
    "blocks": [
        ("h", "Historische notitie: Burgemeester de Withstraat en Aletta Jacobsplein"),
        ("p", "Aanleiding. De {{Straatnamencommissie|ORG}} vroeg ons na te gaan naar wie de {{Burgemeester de Withstraat|STREET}} "
              "in de wijk {{Keizerslanden|PLACE}} is vernoemd, nu een bewoner heeft voorgesteld de straat te hernoemen. "
              "Daarnaast vroeg de commissie om achtergrond bij het voorstel voor een {{Aletta Jacobsplein|STREET}} bij het "
              "nieuwe {{Deventer Ziekenhuis|ORG}}."),
        ("h2", "1. Burgemeester De With"),
        ("p", "Jhr. mr. {{Hendrik de With|HISTORIC}} (1871-1946) was van 1919 tot 1935 burgemeester van Deventer. "
              "Burgemeester {{De With|HISTORIC}} liet in de jaren twintig de eerste sociale woningbouw in de stad bouwen, samen "
              "met architect {{H.P. Berlage|HISTORIC}}, die het ontwerp voor het {{Berlage-bad|ORG}} maakte. "
              "In 1936 besloot de raad de straat naar hem te vernoemen. Uit de raadsnotulen van 12 maart 1936 blijkt dat "
              "raadslid {{Zwart|HISTORIC}} (SDAP) tegenstemde."),
        ("p", "Het voorstel tot hernoeming komt van de heer [[Arjen Scholten|P]], die aan de straat woont. [[Scholten|P=Arjen Scholten]] "
              "wijst op de rol van de burgemeester bij de ontruiming van een woonwagenkamp in 1931. Wij vonden daarvoor "
              "in het archief geen bevestiging. Een kleindochter van de burgemeester, mevrouw [[Ineke de With|P]] (81) uit "
              "{{Zutphen|PLACE}}, schonk in 2022 familiepapieren aan ons centrum. Mevrouw [[De With|P=Ineke de With]] liet weten "
              "tegen hernoeming te zijn. Haar brief van 3 februari 2025 is bijgevoegd; [[Ineke|P=Ineke de With]] schrijft daarin "
              "dat haar grootvader \u201ceen kind van zijn tijd\u201d was."),
        ("h2", "2. Aletta Jacobs"),
        ("p", "{{Aletta Jacobs|HISTORIC}} (1854-1929) was de eerste vrouw die in Nederland een universitaire studie voltooide "
              "en een voorvechter van het vrouwenkiesrecht. Straten naar haar vernoemd zijn er al in {{Groningen|PLACE}}, "
              "{{Sappemeer|PLACE}} en {{Almere|PLACE}}. De {{Aletta Jacobsprijs|PRIZE}} van de {{Rijksuniversiteit Groningen|ORG}} "
              "draagt haar naam. Het {{Atria|ORG}}-instituut in Amsterdam beheert haar archief."),
        ("p", "Het voorstel is afkomstig van de werkgroep {{Vrouwen van Deventer|ORG}}. Woordvoerder van de werkgroep is "
              "[[Gerda Lubbers-ter Haar|P]]; de werkgroep is opgericht door [[Fenna Oldenhof|P]] en [[Tineke Ruiterkamp|P]]. "
              "[[Lubbers-ter Haar|P=Gerda Lubbers-ter Haar]] heeft ons gewezen op het boek {{Een vrouw van karakter|TITLE}} "
              "(2009) over Jacobs en op de tentoonstelling in {{De Waag|ORG}}."),
        ("h2", "3. Andere voorstellen"),
        ("p", "De commissie ontving in 2024 ook voorstellen voor een {{Etty Hillesumpad|STREET}} en voor een straat naar "
              "verzetsstrijder {{Marius Flothuis|HISTORIC}}. Het {{Etty Hillesum Centrum|ORG}} steunt het eerste voorstel. "
              "Deze laatste voorstellen werden ingediend door [[Bram Kleine Staarman|P]] en [[Ilse Markvoort|P]]. "
              "[[Kleine Staarman|P=Bram Kleine Staarman]] is lid van de historische vereniging {{Deventer Sallandia|ORG}}."),
        ("h2", "4. Advies"),
        ("p", "Wij adviseren de {{Burgemeester de Withstraat|STREET}} niet te hernoemen, maar een informatiebord te plaatsen. "
              "Het {{Aletta Jacobsplein|STREET}} past goed bij het beleid van wethouder {{Marco Swart|PUBLIC}} om meer straten "
              "naar vrouwen te vernoemen. Deze notitie is opgesteld door [[Hanneke Wolters|P]], archivaris "
              "([[h.wolters@hco.nl|E]], [[0570 69 31 42|T]]). Paraaf teamleider: [[JvdV|PA=Jan van de Velde]]."),
    ]})

DOCS.append({
    "id": "x12", "size": 12, "producer": "xlsx", "landscape": True, "sheet": "Respondenten", "sheet_width": 230,
    "title": "Planning interviews evaluatie Jeugdhulp",
    "header": "{{Gemeente Almere|ORG}} - Evaluatie Jeugdhulp - interviewplanning",
    "footer": "Werkbestand {{Bureau Kwink|ORG}} - niet verspreiden",
    "blocks": [
        ("h", "Interviewplanning evaluatie Jeugdhulp Almere"),
        ("tbl", [["Code", "Naam", "Functie", "Organisatie", "E-mail", "Telefoon", "Datum", "Opmerking"],
                 ["R01", "[[Marloes Hermans|P]]", "{{beleidsadviseur jeugd|ROLE}}", "{{Gemeente Almere|ORG}}", "[[m.hermans@almere.nl|E]]", "[[036 539 92 14|T]]", "04-11", "[[Hermans|P=Marloes Hermans]] levert de cijfers aan"],
                 ["R02", "[[Koffi Agyeman|P]]", "{{jeugdconsulent|ROLE}}", "{{De Schoor|ORG}}", "[[k.agyeman@deschoor.nl|E]]", "[[06 3390 1277|T]]", "05-11", "samen met [[Ingrid|P=Ingrid Schaap]]"],
                 ["R03", "[[Ingrid Schaap|P]]", "{{teamleider|ROLE}}", "{{De Schoor|ORG}}", "[[i.schaap@deschoor.nl|E]]", "[[06 4177 0931|T]]", "05-11", ""],
                 ["R04", "[[Wahid Mohammadi|P]]", "{{praktijkondersteuner|ROLE}}", "{{Huisartsenpraktijk Stedenwijk|ORG}}", "[[w.mohammadi@hapstedenwijk.nl|E]]", "[[036 534 18 08|T]]", "07-11", "belt zelf terug"],
                 ["R05", "[[Hanna Yohannes|P]]", "{{ervaringsdeskundige|ROLE}}", "{{Cliëntenraad Jeugd|ORG}}", "[[hanna.yohannes@gmail.com|E]]", "[[06 1855 2040|T]]", "08-11", "[[Hanna|P=Hanna Yohannes]] wil anoniem blijven: in rapport als {{R05|PSEUDONYM}}"],
                 ["R06", "[[Jan-Willem Ouwehand|P]]", "{{gedragswetenschapper|ROLE}}", "{{Triade Vitree|ORG}}", "[[jw.ouwehand@triadevitree.nl|E]]", "[[06 2009 7716|T]]", "11-11", "niet verwarren met Kamerlid {{Ouwehand|PUBLIC}}"],
                 ["R07", "[[Sevda Arslan|P]]", "{{wijkcoach|ROLE}}", "{{Wijkteam Almere Haven|ORG}}", "[[s.arslan@almere.nl|E]]", "[[036 539 40 62|T]]", "12-11", ""],
                 ["R08", "[[Pieternel van Kampen|P]]", "{{leerplichtambtenaar|ROLE}}", "{{Gemeente Almere|ORG}}", "[[p.vankampen@almere.nl|E]]", "[[036 539 71 83|T]]", "12-11", "verving [[Kok, M.|P=Manon Kok]]"],
                 ["R09", "[[Manon Kok|P]]", "{{gerechtssecretaris|ROLE}}", "{{Rechtbank Midden-Nederland|ORG}}", "[[m.kok@rechtspraak.nl|E]]", "{{088 361 10 00|SWITCHBOARD}}", "14-11", "via het algemene nummer"],
                 ["R10", "[[Ramon Rosaria|P]]", "{{ouder|ROLE}}", "-", "[[ramonrosaria77@hotmail.com|E]]", "[[06 4512 3398|T]]", "15-11", "vader van twee; gesprek thuis"],
                 ["R11", "[[Gülşen Yılmaz|P]]", "{{ouder|ROLE}}", "-", "[[gulsen.y@outlook.com|E]]", "[[06 3287 4410|T]]", "18-11", "tolk Turks nodig"],
                 ["R12", "[[Dewi Sastrowardoyo|P]]", "{{jongerenwerker|ROLE}}", "{{Welzijn Almere|ORG}}", "[[d.sastrowardoyo@welzijnalmere.nl|E]]", "[[06 2231 5664|T]]", "19-11", ""]],
         [0.04, 0.11, 0.12, 0.13, 0.19, 0.1, 0.05, 0.2]),
        ("p", "Contact onderzoeksteam: {{jeugd@kwink.nl|MAILBOX}}; projectleider [[Stijn Verbeek|P]], [[06 5178 2290|T]]"),
    ]})

DOCS.append({
    "id": "x13", "producer": "html", "title": "Antwoorden Kamervragen mestfraude",
    "links": [(0, "[[mailto:w.hoekstra@agrarischadvies.nl|E=w.hoekstra@agrarischadvies.nl]]", [60, 700, 260, 712])],
    "blocks": [
        ("h", "Antwoord op vragen van het lid Van der Plas over mestfraude in Friesland"),
        ("p", "2025Z01472\n(ingezonden 28 januari 2025)\nAntwoord van minister {{Wiersma|PUBLIC}} (Landbouw, Visserij, Voedselzekerheid "
              "en Natuur) (ontvangen 18 februari 2025)"),
        ("h2", "Vraag 1"),
        ("p", "Bent u bekend met het artikel in de {{Leeuwarder Courant|ORG}} van 25 januari 2025 waarin melkveehouder "
              "[[Wiebren Hoekstra|P]] uit {{Wommels|PLACE}} stelt dat de {{Nederlandse Voedsel- en Warenautoriteit|ORG}} hem "
              "ten onrechte van fraude beschuldigt?"),
        ("h2", "Antwoord 1"),
        ("p", "Ja. Ik kan niet ingaan op een individuele zaak. In algemene zin merk ik op dat de {{NVWA|ACRONYM}} en de "
              "{{Rijksdienst voor Ondernemend Nederland|ORG}} ({{RVO|ACRONYM}}) bij signalen van fraude met "
              "{{Vervoersbewijs Dierlijke Meststoffen|TERM}} onderzoek doen. De heer [[Hoekstra|P=Wiebren Hoekstra]] heeft de "
              "mogelijkheid bezwaar te maken. Ik merk daarbij op dat de in het artikel geciteerde toezichthouder, "
              "[[Sjoukje Terpstra|P]], niet namens de {{NVWA|ACRONYM}} sprak."),
        ("h2", "Vraag 2"),
        ("p", "Deelt u de mening van voormalig minister {{Adema|PUBLIC}} dat boeren niet mogen worden gecriminaliseerd? "
              "En hoe verhoudt zich dat tot de uitspraak van Eurocommissaris {{Hoekstra|PUBLIC}} over de handhaving van de "
              "{{Nitraatrichtlijn|LAW}}?"),
        ("h2", "Antwoord 2"),
        ("p", "Ik deel de opvatting van mijn ambtsvoorganger {{Piet Adema|PUBLIC}} dat de overgrote meerderheid van de boeren "
              "zich aan de regels houdt. Eurocommissaris {{Wopke Hoekstra|PUBLIC}} heeft zich niet over deze zaak uitgesproken. "
              "Ook Europarlementariër {{Anja Hazekamp|PUBLIC}} heeft in het {{Europees Parlement|ORG}} vragen gesteld "
              "over de Nederlandse derogatie; de {{Europese Commissie|ORG}} antwoordde op 14 januari."),
        ("h2", "Vraag 3"),
        ("p", "Klopt het dat de adviseur van de heer [[Hoekstra|P=Wiebren Hoekstra]], [[Gerlof Jelsma|P]] van "
              "{{Agrarisch Adviesbureau Noord|ORG}}, in december een gesprek had met uw ministerie?"),
        ("h2", "Antwoord 3"),
        ("p", "Ja. Op 12 december 2024 heeft een gesprek plaatsgevonden tussen de heer [[Jelsma|P=Gerlof Jelsma]] en twee "
              "medewerkers van de directie {{Dierlijke Agroketens en Dierenwelzijn|ORG}}, [[Ruth Abena Asante|P]] en "
              "[[Koen Gorter|P]]. [[Asante|P=Ruth Abena Asante]] heeft het verslag op 16 december per e-mail "
              "([[r.a.asante@minlvvn.nl|E]]) aan de heer [[Jelsma|P=Gerlof Jelsma]] gestuurd. In dat gesprek is ook gesproken "
              "over de eerdere correspondentie van [[W. Hoekstra|P=Wiebren Hoekstra]] met minister {{Staghouwer|PUBLIC}} in 2022."),
        ("h2", "Vraag 4"),
        ("p", "Bent u bereid deze vragen te beantwoorden voor het commissiedebat Mest op 20 februari?"),
        ("h2", "Antwoord 4"),
        ("p", "Ja. Ik heb het lid {{Van der Plas|PUBLIC}} ({{BBB|ACRONYM}}) en de leden {{Grinwis|PUBLIC}} ({{ChristenUnie|ORG}}) "
              "en {{Bromet|PUBLIC}} ({{GroenLinks-PvdA|ORG}}), die aanvullende vragen stelden, hiermee geantwoord."),
        ("note", "Toelichting ambtelijk (niet voor publicatie): concept [[KG|PA=Koen Gorter]] 10-2, akkoord [[RAA|PA=Ruth Abena Asante]] 11-2, "
                 "juridische check [[Merel Dijkhuis-Wanders|P]] ([[070 379 84 12|T]]). Mail van [[Hoekstra|P=Wiebren Hoekstra]]: "
                 "[[w.hoekstra@agrarischadvies.nl|E]]. Vragen: {{postbus.kamervragen@minlvvn.nl|MAILBOX}}."),
    ]})

DOCS.append({
    "id": "x14", "size": 12, "producer": "docx", "title": "Rapport integriteitsonderzoek",
    "author": "[[Nathalie Verbruggen|P]]",
    "header": "{{Provincie Gelderland|ORG}} - {{Bureau Integriteit|ORG}} - Vertrouwelijk - zaak INT-2024-09",
    "footer": "Rapport integriteitsonderzoek - {{Markt 11|STREET}}, Arnhem",
    "blocks": [
        ("h", "Rapport feitenonderzoek INT-2024-09"),
        ("p", "Onderzoekers: [[Nathalie Verbruggen|P]] ({{integriteitscoördinator|ROLE}}) en [[Bas Terlouw|P]] (extern, "
              "{{Hoffmann Bedrijfsrecherche|ORG}}). Opdrachtgever: de {{provinciesecretaris|ROLE}} van Gelderland. "
              "Datum: 21 januari 2025."),
        ("h2", "1. Aanleiding"),
        ("p", "Op 30 september 2024 meldde een medewerker van het team {{Subsidies|ORG}} bij de vertrouwenspersoon, "
              "[[Gerda Nijenhuis|P]], dat een collega mogelijk subsidieaanvragen van een bevriende ondernemer had voorgetrokken. "
              "De betrokken medewerker is de heer [[Kwame Mensah-Bonsu|P]], {{senior subsidieadviseur|ROLE}}. "
              "De melder is [[Lieke Hendriks-Ahmadi|P]]."),
        ("h2", "2. Onderzoek"),
        ("p", "De onderzoekers spraken op 14, 15 en 22 oktober met zes medewerkers. [[Hendriks-Ahmadi|P=Lieke Hendriks-Ahmadi]] "
              "verklaarde dat [[Mensah-Bonsu|P=Kwame Mensah-Bonsu]] in maart 2024 twee aanvragen van {{Energiecoöperatie "
              "Rivierenland|ORG}} buiten de volgorde had behandeld. Teamleider [[Omar Al-Khatib|P]] bevestigde dat hij daarvan "
              "wist. [[Al-Khatib|P=Omar Al-Khatib]] had het goedgekeurd omdat de termijn van de regeling {{Gelderse "
              "Energietransitie|PROGRAM}} afliep. Volgens [[Omar|P=Omar Al-Khatib]] was dat gebruikelijk."),
        ("p", "[[Mensah-Bonsu|P=Kwame Mensah-Bonsu]] verklaarde dat hij de voorzitter van de coöperatie, de heer "
              "[[Abu Bakr Haddad|P]], kent van de moskee in {{Tiel|PLACE}}, maar dat hij [[Haddad|P=Abu Bakr Haddad]] nooit "
              "privé heeft gesproken over subsidies. Uit de e-mailbox van [[Kwame|P=Kwame Mensah-Bonsu]] "
              "([[k.mensah-bonsu@gelderland.nl|E]]) blijkt één bericht van [[Haddad|P=Abu Bakr Haddad]] van 2 maart 2024, "
              "verzonden vanaf [[abubakr.haddad@ecrivierenland.nl|E]], waarin hij vraagt \u201cof [[Kwame|P=Kwame Mensah-Bonsu]] "
              "er even naar wil kijken\u201d."),
        ("p", "Collega [[Anouk Vermeulen|P]] verklaarde dat het team onder hoge druk stond. Collega [[Dirk ten Brinke|P]] zag "
              "geen bijzonderheden. [[Ten Brinkes|P=Dirk ten Brinke]] verklaring is in bijlage 3 opgenomen. Ook gedeputeerde "
              "{{Peter Kerris|PUBLIC}}, die de regeling in portefeuille heeft, is geïnformeerd; hij is niet gehoord."),
        ("h2", "3. Hoor en wederhoor"),
        ("p", "Het conceptrapport is op 6 januari 2025 aan [[Mensah-Bonsu|P=Kwame Mensah-Bonsu]] en zijn raadsman, "
              "mr. [[Patrick Ooms|P]], voorgelegd. [[Ooms|P=Patrick Ooms]] reageerde op 13 januari. Hij wees erop dat zijn "
              "cliënt geen financieel voordeel had. Die reactie is verwerkt."),
        ("h2", "4. Conclusie"),
        ("p", "Er is geen bewijs dat [[Mensah-Bonsu|P=Kwame Mensah-Bonsu]] financieel voordeel had. Wel is de schijn van "
              "belangenverstrengeling gewekt. De onderzoekers adviseren de {{Gedragscode integriteit Provincie Gelderland|LAW}} "
              "opnieuw met het team te bespreken en de volgorde van behandeling vast te leggen in {{Djuma|PRODUCT}}. "
              "Het {{Bureau Integriteitsbevordering Openbare Sector|ORG}} ({{BIOS|ACRONYM}}) is om advies gevraagd."),
        ("tbl", [["Gehoord", "Rol", "Datum", "Paraaf verslag"],
                 ["[[L. Hendriks-Ahmadi|P=Lieke Hendriks-Ahmadi]]", "{{melder|ROLE}}", "14-10-2024", "[[LHA|PA=Lieke Hendriks-Ahmadi]]"],
                 ["[[K. Mensah-Bonsu|P=Kwame Mensah-Bonsu]]", "{{betrokkene|ROLE}}", "15-10-2024", "[[KMB|PA=Kwame Mensah-Bonsu]]"],
                 ["[[O. Al-Khatib|P=Omar Al-Khatib]]", "{{teamleider|ROLE}}", "15-10-2024", "[[OAK|PA=Omar Al-Khatib]]"],
                 ["[[A. Vermeulen|P=Anouk Vermeulen]]", "{{collega|ROLE}}", "22-10-2024", "[[AV|PA=Anouk Vermeulen]]"],
                 ["[[D. ten Brinke|P=Dirk ten Brinke]]", "{{collega|ROLE}}", "22-10-2024", "[[DtB|PA=Dirk ten Brinke]]"],
                 ["[[G. Nijenhuis|P=Gerda Nijenhuis]]", "{{vertrouwenspersoon|ROLE}}", "22-10-2024", "[[GN|PA=Gerda Nijenhuis]]"]],
         [0.35, 0.25, 0.2, 0.2]),
    ]})

DOCS.append({
    "id": "x15", "size": 12, "producer": "rl", "cols2": True, "title": "Casusbeschrijving Wmo en Participatiewet",
    "header": "{{Gemeente Ede|ORG}} - {{Sociaal Team Ede-Zuid|ORG}} - casusbeschrijving voor het {{Doorbraakoverleg|ORG}}",
    "blocks": [
        ("h", "Casusbeschrijving gezin Warsame"),
        ("p", "Opgesteld door [[Lotte Brouwer|P]], {{casusregisseur|ROLE}}, en [[Jasper de Koning|P]], {{klantmanager|ROLE}} "
              "{{Werk en Inkomen|ORG}}, ten behoeve van het {{Doorbraakoverleg|ORG}} van 4 maart 2025."),
        ("h2", "Gezinssituatie"),
        ("p", "Het gezin bestaat uit mevrouw [[Faadumo Warsame|P]] (38), haar man [[Abdullahi Yusuf Mohamed|P]] (45) en vier "
              "kinderen: [[Sagal|P=Sagal Yusuf]] (16), [[Hamza|P=Hamza Yusuf]] (12), [[Idil|P=Idil Yusuf]] (8) en "
              "[[Yasin|P=Yasin Yusuf]] (3). Het gezin woont sinds 2019 aan de [[Telefoonweg 118|A]] in {{Ede|PLACE}}. "
              "Mevrouw [[Warsame|P=Faadumo Warsame]] kwam in 2014 als statushouder naar Nederland; meneer "
              "[[Yusuf Mohamed|P=Abdullahi Yusuf Mohamed]] volgde in 2017 via gezinshereniging."),
        ("h2", "Hulpvraag"),
        ("p", "[[Faadumo|P=Faadumo Warsame]] meldde zich in december 2024 bij het {{Sociaal Team|ORG}} omdat zij de "
              "huur niet meer kon betalen. De uitkering op grond van de {{Participatiewet|LAW}} was stopgezet nadat "
              "[[Abdullahi|P=Abdullahi Yusuf Mohamed]] een tijdelijk contract bij {{PostNL|ORG}} kreeg. Het loon viel lager uit "
              "dan verwacht. Woningcorporatie {{Woonstede|ORG}} dreigde met ontruiming. [[Brouwer|P=Lotte Brouwer]] nam "
              "contact op met [[Marco van Beek|P]] van {{Woonstede|ORG}}; [[Van Beek|P=Marco van Beek]] zegde toe de "
              "ontruiming op te schorten tot 1 april."),
        ("h2", "Wmo"),
        ("p", "[[Hamza|P=Hamza Yusuf]] heeft een spierziekte en gebruikt een rolstoel. De aanvraag voor een traplift is in "
              "november afgewezen omdat de woning niet geschikt is. Wmo-consulent [[Ilse Jansen|P]] adviseert een "
              "verhuizing naar een gelijkvloerse woning met urgentie. [[Jansen|P=Ilse Jansen]] heeft daarover op 10 januari "
              "gesproken met het {{Wmo-loket|ORG}} en met de ergotherapeut van {{Ziekenhuis Gelderse Vallei|ORG}}, "
              "[[Sanne Hup|P]]. In [[Jansens|P=Ilse Jansen]] verslag staat dat [[Hup|P=Sanne Hup]] de woning ongeschikt vond."),
        ("h2", "Knelpunten"),
        ("ul", ["de inkomensterugval na werkaanvaarding (de {{Wet Inburgering 2021|LAW}} en de {{Participatiewet|LAW}} sluiten niet op elkaar aan);",
                "het ontbreken van een urgentieregeling voor medische verhuizingen in de {{Huisvestingsverordening Ede|LAW}};",
                "[[Sagal|P=Sagal Yusuf]] zorgt veel voor haar broertjes en verzuimt school ({{leerplichtambtenaar|ROLE}} [[Gijs Blom|P]] is betrokken)."]),
        ("h2", "Voorstel"),
        ("p", "Wij vragen het {{Doorbraakoverleg|ORG}} om (1) een eenmalige bijzondere bijstand van EUR 1.450 voor de huurachterstand, "
              "over te maken op rekening [[NL70 RABO 1114 4102 61|N]] t.n.v. [[F. Warsame|P=Faadumo Warsame]], (2) toestemming "
              "voor urgentie via {{Woonstede|ORG}} en (3) inzet van een gezinscoach. Wethouder {{Leon Meijer|PUBLIC}} is op de hoogte "
              "gebracht via zijn secretaris. BSN moeder: [[747661431|B]]; BSN vader: [[554582284|B]]."),
        ("p", "Contact: [[Lotte Brouwer|P]], [[06 1940 2876|T]], [[l.brouwer@ede.nl|E]]."),
    ]})

DOCS.append({
    "id": "x16", "producer": "gs", "font": "Helvetica", "title": "Beschikking subsidie Monumentenfonds",
    "fields": [("aanvrager_naam", "[[Johannes Visser|P]]", 0, [360, 40, 560, 56]),
               ("aanvrager_iban", "[[NL21 ABNA 8916 7286 74|N]]", 0, [360, 20, 560, 36])],
    "header": "{{Provincie Fryslân|ORG}} - {{Tweebaksmarkt 52|STREET}}, Leeuwarden - {{058 292 59 25|SWITCHBOARD}}",
    "blocks": [
        ("p", "De heer [[J. Visser|P=Johannes Visser]]\n[[Groot Terhorne 5|A]]\n[[9021 CR Jorwert|A=Groot Terhorne 5, 9021 CR Jorwert]]"),
        ("p", "Leeuwarden, 12 februari 2025\nZaaknummer 01948231\nOnderwerp: beschikking subsidie {{Restauratie Monumentale Boerderijen|PROGRAM}}"),
        ("p", "Geachte heer [[Visser|P=Johannes Visser]],"),
        ("p", "Op 3 november 2024 hebt u subsidie aangevraagd voor de restauratie van de stelpboerderij aan de [[Groot Terhorne 5|A]] "
              "({{rijksmonument|TERM}} 32187). Met deze brief laten wij u weten dat Gedeputeerde Staten uw aanvraag toekennen. "
              "Gedeputeerde {{Friso Douwstra|PUBLIC}} heeft dit besluit namens Gedeputeerde Staten ondertekend. "
              "Burgemeester {{Sybrand Buma|PUBLIC}} van Leeuwarden heeft als voorzitter van het {{Restauratiefonds Fryslân|ORG}} "
              "een steunbrief geschreven; {{Buma|PUBLIC}} noemt de boerderij \u201ceen icoon van het Friese platteland\u201d."),
        ("p", "Wij verlenen u een subsidie van ten hoogste EUR 48.600. Dat is 50 procent van de subsidiabele kosten van "
              "EUR 97.200, volgens de offerte van {{Bouwbedrijf Hoekstra & Zn.|ORG}} uit {{Bolsward|PLACE}}. Uw aanvraag is "
              "beoordeeld door [[Wietske Bouma|P]], {{adviseur erfgoed|ROLE}}, die de boerderij op 19 december 2024 met u "
              "en uw dochter [[Trijntje|P=Trijntje Visser]] heeft bezocht. [[Bouma|P=Wietske Bouma]] stelde vast dat de "
              "rietbedekking en de gebinten in slechte staat zijn."),
        ("p", "Het voorschot van EUR 38.880 maken wij binnen vier weken over op rekening [[NL21 ABNA 8916 7286 74|N]] t.n.v. "
              "[[J. Visser|P=Johannes Visser]] en/of [[T. Visser-Hiemstra|P=Tjitske Visser-Hiemstra]]. Het {{Fries Museum|ORG}} en de "
              "{{Stichting Alde Fryske Tsjerken|ORG}} krijgen geen kopie van dit besluit."),
        ("p", "Voorwaarden: u voert de werkzaamheden uit voor 1 januari 2027 en volgt de {{Uitvoeringsrichtlijn Historische "
              "Houtconstructies|TERM}} van de {{Stichting ERM|ORG}}. De {{Rijksdienst voor het Cultureel Erfgoed|ORG}} wordt "
              "geïnformeerd."),
        ("p", "Vragen? Neem contact op met [[Wietske Bouma|P]], telefoon [[058 292 87 33|T]], e-mail "
              "[[w.bouma@fryslan.frl|E]], of met het algemene subsidieloket {{subsidies@fryslan.frl|MAILBOX}}."),
        ("p", "Met vriendelijke groet,\nGedeputeerde Staten van Fryslân,\nnamens dezen,\n\n[[drs. H. Altenburg|P=H. Altenburg]]\n"
              "{{teamleider Subsidies|ROLE}}"),
    ]})

DOCS.append({
    "id": "x17", "size": 12, "producer": "html", "title": "Personeelsblad Binnenwerk",
    "header": "{{Binnenwerk|TITLE}} - personeelsblad van het {{Ministerie van Infrastructuur en Waterstaat|ORG}} - nr. 3, maart 2025",
    "cols2": True,
    "blocks": [
        ("h", "Binnenwerk"),
        ("h2", "Afscheid van Kees van der Laan"),
        ("p", "Na 38 jaar neemt [[Kees van der Laan|P]] afscheid van {{Rijkswaterstaat|ORG}}. [[Kees|P=Kees van der Laan]] begon in "
              "1987 als tekenaar bij de {{Deltadienst|ORG}} en werkte mee aan de {{Maeslantkering|ORG}}. \u201cIk heb minister "
              "{{Neelie Kroes|PUBLIC}} nog de hand geschud\u201d, vertelt hij. Collega [[Yvette Bijl|P]] noemt hem \u201cde man die "
              "elke dijk bij naam kent\u201d. [[Van der Laans|P=Kees van der Laan]] afscheidsreceptie is op 28 maart in het "
              "{{Watermuseum|ORG}}."),
        ("h2", "Nieuwe collega's"),
        ("p", "Bij de directie {{Water en Bodem|ORG}} begonnen [[Nasrin Karimi|P]] en [[Tim Oosterbaan|P]]. [[Nasrin|P=Nasrin Karimi]] "
              "komt van het {{Hoogheemraadschap van Delfland|ORG}}, [[Tim|P=Tim Oosterbaan]] studeerde af in {{Delft|PLACE}} op "
              "{{machine learning|TERM}} voor dijkinspecties. Bij {{DGMo|ACRONYM}} versterkt [[Marisol Croes|P]] uit "
              "{{Oranjestad|PLACE}} het team {{Luchtvaart|ORG}}; [[Croes|P=Marisol Croes]] werkte eerder bij de "
              "{{Directie Luchtvaart Aruba|ORG}}."),
        ("h2", "In memoriam"),
        ("p", "Op 2 februari overleed onze collega [[Rinus Koppelaar|P]] (59), projectleider {{Ruimte voor de Rivier|PROGRAM}}. "
              "[[Rinus|P=Rinus Koppelaar]] was een gedreven vakman. Wij wensen zijn vrouw [[Marja|P=Marja Koppelaar]] veel sterkte."),
        ("h2", "Het werk van... [[Saskia Goedhart|P]]"),
        ("p", "In deze rubriek een collega aan het woord. Deze maand [[Saskia Goedhart|P]], {{adviseur crisisbeheersing|ROLE}} "
              "bij het {{Departementaal Coördinatiecentrum Crisisbeheersing|ORG}} ({{DCC|ACRONYM}}). \u201cAls het stormt, "
              "sta ik aan\u201d, zegt [[Goedhart|P=Saskia Goedhart]]. Tijdens storm {{Ciarán|TERM}} in november 2023 draaide "
              "ze drie nachten door. \u201cMinister {{Harbers|PUBLIC}} belde om twee uur 's nachts. Dan moet je je cijfers paraat hebben.\u201d "
              "Nu zit [[Saskia|P=Saskia Goedhart]] in de werkgroep die het {{Handboek Crisisbesluitvorming|TITLE}} herschrijft, "
              "samen met [[Pim de Groot|P]] en [[Kofi Asamoah|P]]."),
        ("h2", "Jubilea"),
        ("ul", ["25 jaar in dienst: [[Anita Ramsaroep|P]] ({{ILT|ACRONYM}}), [[Hugo Blom|P]] ({{KNMI|ACRONYM}}).",
                "40 jaar in dienst: [[Gerrit Kok|P]] ({{Rijkswaterstaat|ORG}}, dienst {{Zee en Delta|ORG}})."]),
        ("h2", "Van de secretaris-generaal"),
        ("p", "Staatssecretaris {{Chris Jansen|PUBLIC}} en minister {{Barry Madlener|PUBLIC}} bezochten in februari de "
              "{{Afsluitdijk|PLACE}}. Het {{Programma Integraal Riviermanagement|PROGRAM}} is in uitvoering. Reacties op dit "
              "blad: {{binnenwerk@minienw.nl|MAILBOX}}. Redactie: [[Fleur Wijnands|P]] en [[Bob Zandstra|P]]."),
    ]})

DOCS.append({
    "id": "x18", "producer": "fpdf", "title": "Mid-term review Dutch Caribbean Climate Programme",
    "header": "{{Ministry of the Interior and Kingdom Relations|ORG}} - Mid-term review - English summary",
    "blocks": [
        ("h", "Mid-term review of the Caribbean Climate Resilience Programme"),
        ("p", "Commissioned by the {{Ministry of the Interior and Kingdom Relations|ORG}} ({{BZK|ACRONYM}}). Review team: "
              "[[Dr. Shanice Martina|P=Shanice Martina]] (team leader), [[Rudsel Statia|P]] and [[Emma Lindqvist|P]] of "
              "{{Ecorys|ORG}}. Fieldwork: {{Bonaire|PLACE}}, {{Sint Eustatius|PLACE}} and {{Saba|PLACE}}, October 2024."),
        ("h2", "Summary"),
        ("p", "The programme, launched by former state secretary {{Alexandra van Huffelen|PUBLIC}} in 2023, funds coastal "
              "protection and drinking-water projects in the Caribbean Netherlands. The review finds that implementation is "
              "slower than planned. On Bonaire, the desalination plant of {{Water- en Energiebedrijf Bonaire|ORG}} ({{WEB|ACRONYM}}) "
              "is delayed by supply-chain problems. Project manager [[Jonathan Frans|P]] of the {{Openbaar Lichaam Bonaire|ORG}} "
              "told the team that permits took eleven months. [[Frans|P=Jonathan Frans]] expects completion in 2026."),
        ("p", "On Sint Eustatius, the review team met government commissioner {{Alida Francis|PUBLIC}} and island secretary "
              "[[Mervyn Courtar|P]]. [[Courtar|P=Mervyn Courtar]] stressed the shortage of technical staff. On Saba, "
              "island governor {{Jonathan Johnson|PUBLIC}} hosted the team. A local fisherman, [[Kenneth Hassell|P]] (56), "
              "described how hurricane {{Irma|TERM}} destroyed the harbour in 2017; [[Hassell|P=Kenneth Hassell]]'s account "
              "is quoted in chapter 4 with his consent."),
        ("h2", "Key findings"),
        ("ul", ["Governance: the steering committee chaired by state secretary {{Zsolt Szabó|PUBLIC}} meets twice a year; this is too little.",
                "Capacity: the {{Rijksdienst Caribisch Nederland|ORG}} ({{RCN|ACRONYM}}) lacks engineers; the review recommends a "
                "{{pool of experts|TERM}} via {{Rijkswaterstaat|ORG}}.",
                "Finance: of EUR 62 million, EUR 19 million has been spent. The {{Court of Audit|ORG}} will review the programme in 2026."]),
        ("h2", "Acknowledgements"),
        ("p", "The team thanks [[Marjolein Tromp|P]] and [[Giovanni Janga|P]] of the {{BZK|ACRONYM}} directorate "
              "{{Koninkrijksrelaties|ORG}} for their support, and [[Giselle Winklaar-Coffie|P]] for interpreting in Papiamentu. "
              "Errors remain ours. Contact: [[s.martina@ecorys.com|E]], [[+31 10 453 88 07|T]]."),
        ("h2", "Interviewees"),
        ("tbl", [["Name", "Position", "Organisation"],
                 ["[[Jonathan Frans|P]]", "{{project manager|ROLE}}", "{{Openbaar Lichaam Bonaire|ORG}}"],
                 ["[[Mervyn Courtar|P]]", "{{island secretary|ROLE}}", "{{Openbaar Lichaam Sint Eustatius|ORG}}"],
                 ["{{Alida Francis|PUBLIC}}", "{{government commissioner|ROLE}}", "{{Openbaar Lichaam Sint Eustatius|ORG}}"],
                 ["[[Kenneth Hassell|P]]", "{{fisherman|ROLE}}", "-"],
                 ["[[Ilona Soliana|P]]", "{{policy officer|ROLE}}", "{{RCN|ACRONYM}}"],
                 ["[[Peter-Paul Hoogendoorn|P]]", "{{advisor|ROLE}}", "{{Rijkswaterstaat|ORG}}"]],
         [0.35, 0.3, 0.35]),
    ]})

DOCS.append({
    "id": "x19", "producer": "docx", "title": "Verslag hoorzitting bezwaar omgevingsvergunning",
    "author": "[[Jorien Keizer|P]]",
    "header": "{{Gemeente Súdwest-Fryslân|ORG}} - {{Commissie voor de bezwaarschriften|ORG}}",
    "footer": "Verslag hoorzitting - dossier BZ-2024-311",
    "blocks": [
        ("h", "Verslag van de hoorzitting van 15 januari 2025"),
        ("p", "Bezwaarde: de heer [[Sjoerd Hoekstra|P]] en mevrouw [[Aukje Hoekstra-Wijnia|P]], [[Skâns 14|A]], {{Workum|PLACE}}\n"
              "Vergunninghouder: {{Camping It Soal|ORG}} B.V., vertegenwoordigd door de heer [[Romano Tromp|P]]\n"
              "Namens het college: [[Jorien Keizer|P]] ({{vergunningverlener|ROLE}}) en [[Tjalling Reitsma|P]] ({{jurist|ROLE}})\n"
              "Commissie: voorzitter en twee leden; secretaris: [[Ilona Westra|P]]"),
        ("h2", "Opening"),
        ("p", "De voorzitter opent de zitting om 14.00 uur in het gemeentehuis aan de {{Marktstraat 15|STREET}} in {{Sneek|PLACE}}. "
              "Zij licht de procedure toe en wijst erop dat het verslag met de namen van de aanwezigen wordt opgemaakt."),
        ("h2", "Toelichting bezwaarden"),
        ("p", "De heer [[Hoekstra|P=Sjoerd Hoekstra]] licht toe dat de uitbreiding van de camping met 40 chalets leidt tot "
              "verkeersoverlast op de dijk. \u201cMijn vrouw en ik wonen hier al dertig jaar.\u201d Mevrouw [[Hoekstra-Wijnia|P=Aukje Hoekstra-Wijnia]] "
              "vult aan dat de chalets het zicht op het {{IJsselmeer|PLACE}} wegnemen. Zij overhandigt foto's, gemaakt door "
              "haar zoon [[Wessel|P=Wessel Hoekstra]]. [[Sjoerd|P=Sjoerd Hoekstra]] wijst op het {{Natura 2000|TERM}}-gebied "
              "{{Makkumerwaard|PLACE}}."),
        ("h2", "Reactie college"),
        ("p", "Mevrouw [[Keizer|P=Jorien Keizer]] stelt dat de aanvraag is getoetst aan het {{Omgevingsplan Súdwest-Fryslân|LAW}} en "
              "dat een {{AERIUS|PRODUCT}}-berekening is gemaakt. De heer [[Reitsma|P=Tjalling Reitsma]] voegt toe dat de "
              "{{Provincie Fryslân|ORG}} positief heeft geadviseerd. Op een vraag van de voorzitter antwoordt [[Reitsma|P=Tjalling Reitsma]] "
              "dat het verkeersonderzoek van {{Goudappel|ORG}} ontbrak bij de stukken."),
        ("h2", "Reactie vergunninghouder"),
        ("p", "De heer [[Tromp|P=Romano Tromp]] (eigenaar) zegt dat hij met de familie [[Hoekstra|P=Sjoerd Hoekstra]] in gesprek wil. "
              "\u201cWe zijn buren.\u201d [[Tromps|P=Romano Tromp]] adviseur, [[Femke Zwart|P]] van {{Arcadis|ORG}}, legt uit dat de "
              "chalets 1,5 meter lager komen dan eerst gepland."),
        ("h2", "Vragen van de commissie"),
        ("p", "Het lid vraagt of het college de {{Dorpsbelang Workum|ORG}} heeft gehoord. [[Keizer|P=Jorien Keizer]] bevestigt dat "
              "er een informatieavond was, op 3 juni 2024. De heer [[Hoekstra|P=Sjoerd Hoekstra]] zegt dat hij daarvoor geen "
              "uitnodiging had ontvangen. Wethouder {{Erik Faber|PUBLIC}} was op die avond aanwezig, aldus [[Tromp|P=Romano Tromp]]."),
        ("h2", "Sluiting"),
        ("p", "De voorzitter sluit de zitting om 15.20 uur. De commissie brengt binnen zes weken advies uit. "
              "Verslag: [[I. Westra|P=Ilona Westra]], secretaris ([[i.westra@sudwestfryslan.nl|E]], [[0515 48 92 61|T]])."),
    ]})

DOCS.append({
    "id": "x20", "size": 12, "producer": "html", "title": "Calamiteitenonderzoek zorginstelling",
    "header": "{{Zorggroep Oude en Nieuwe Land|ORG}} - Calamiteitenonderzoek C-2024-17 - aan de {{IGJ|ACRONYM}}",
    "blocks": [
        ("h", "Rapport calamiteitenonderzoek: val van een bewoner, locatie De Populier"),
        ("p", "Onderzoekscommissie: [[Els Pronk|P]] ({{verpleegkundig specialist|ROLE}}, voorzitter), [[Dr. Tamer Said|P=Tamer Said]] "
              "({{specialist ouderengeneeskunde|ROLE}}) en [[Nienke Haverkamp|P]] ({{kwaliteitsfunctionaris|ROLE}}). Methode: "
              "{{PRISMA|TERM}}-analyse volgens de {{Leidraad calamiteitenonderzoek|TITLE}} van de {{IGJ|ACRONYM}}."),
        ("h2", "1. Beschrijving"),
        ("p", "Op zondag 24 november 2024 viel de heer [[Gerrit Blom|P]] (87), bewoner van afdeling {{De Populier|ORG}} in "
              "{{Dronten|PLACE}}, om 03.15 uur in zijn kamer. Hij werd gevonden door nachtdienst [[Sharon|P=Sharon Wiersma]], "
              "die om 03.30 uur haar ronde liep. [[Sharon Wiersma|P]] belde de dienstdoende arts van de {{Huisartsenpost "
              "Flevoland|ORG}}, [[Rutger Ploeg|P]]. [[Ploeg|P=Rutger Ploeg]] schatte de situatie telefonisch in als niet urgent."),
        ("p", "Om 07.45 uur zag de dagdienst, verzorgende [[Marleen|P=Marleen de Jong-Kuipers]], dat de heer [[Blom|P=Gerrit Blom]] "
              "pijn had in zijn heup. Zij overlegde met teamleider [[Ahmet Demir|P]], die een "
              "ambulance liet komen. In het {{St Jansdal|ORG}} in Lelystad werd een heupfractuur vastgesteld. [[Blom|P=Gerrit Blom]] "
              "overleed op 6 december. Zijn dochter, mevrouw [[Corrie Blom|P]], diende op 9 december een klacht in."),
        ("h2", "2. Analyse"),
        ("p", "De commissie sprak met [[Sharon Wiersma|P]], [[Marleen de Jong-Kuipers|P]], [[Ahmet Demir|P]], [[Rutger Ploeg|P]] en "
              "mevrouw [[Blom|P=Corrie Blom]]. Basisoorzaken: (a) de sensormat naast het bed stond uit na het schoonmaken, "
              "(b) het valrisico was in {{Ons Dossier|PRODUCT}} niet bijgewerkt na de medicatiewijziging van 20 november, "
              "(c) de telefonische triage volgde de {{NHG-Triagewijzer|TITLE}} niet. [[De Jong-Kuipers|P=Marleen de Jong-Kuipers]] "
              "gaf aan dat [[Sharons|P=Sharon Wiersma]] overdracht wel volledig was."),
        ("p", "Opvallend is dat de heer [[Blom|P=Gerrit Blom]] in zijn dossier soms als \u2018[[Gerrit|P=Gerrit Blom]]\u2019 en soms als "
              "\u2018opa [[Blom|P=Gerrit Blom]]\u2019 wordt aangeduid; de commissie beveelt aan professioneel te rapporteren. Het "
              "{{Gerrit Rietveld College|ORG}}, waar een stagiair vandaan kwam, is geen partij in dit onderzoek."),
        ("h2", "3. Maatregelen"),
        ("ul", ["Sensormatten worden na schoonmaak gecontroleerd (eigenaar: [[A. Demir|P=Ahmet Demir]]).",
                "Valrisico wordt na elke medicatiewijziging opnieuw beoordeeld (eigenaar: [[T. Said|P=Tamer Said]]).",
                "Afspraken met de {{Huisartsenpost Flevoland|ORG}} over nachtelijke triage (eigenaar: de {{raad van bestuur|ROLE}})."]),
        ("p", "Het rapport is besproken met de familie. Mevrouw [[Corrie Blom|P]] ([[06 2470 8812|T]]) ontving een kopie. "
              "Meldingen: {{meldpunt@igj.nl|MAILBOX}}; algemeen nummer {{0321 38 42 00|SWITCHBOARD}}."),
    ]})
