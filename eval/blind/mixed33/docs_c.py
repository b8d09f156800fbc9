"""Set AQ documents 31-34: longer documents of record (two pages each, invented content)."""
from docs_a import doc

doc("aq31_overzicht_toezicht_scholen", "Overzicht toezicht scholen", "lo", [
    ("h1", "Overzicht toezichtsresultaten basisonderwijs regio {{Noordoost-Brabant}} 2024"),
    ("p", "Samengesteld door [[Wendy Kraaijeveld]], {{beleidsmedewerker}} {{Onderwijs en Jeugd}}, {{gemeente 's-Hertogenbosch}}, "
          "op basis van openbare rapporten van de {{Inspectie van het Onderwijs}}. Voor het {{Op Overeenstemming Gericht "
          "Overleg}} ({{OOGO}}) met het {{Samenwerkingsverband De Meierij}}."),
    ("table", [["School", "Bestuur", "Plaats", "Oordeel", "Inspecteur"],
               ["{{Dr. Schaepmanschool}}", "{{Stichting Prisma}}", "{{Oss}}", "{{Voldoende}}", "[[M. Tuinman]]"],
               ["{{OBS De Regenboog}}", "{{Stichting Prisma}}", "{{Oss}}", "{{Voldoende}}", "[[M. Tuinman]]"],
               ["{{Het Kompas}} (SBO)", "{{Stichting Prisma}}", "{{Uden}}", "{{Goed}}", "[[K. Aksoy]]"],
               ["{{Basisschool De Springplank}}", "{{Stichting Signum}}", "{{Rosmalen}}", "{{Onvoldoende}}", "[[H. Brinkhuis]]"],
               ["{{Kindcentrum Het Palet}}", "{{Stichting Signum}}", "{{Vught}}", "{{Voldoende}}", "[[H. Brinkhuis]]"],
               ["{{De Bolster}}", "{{SKOBOS}}", "{{Boxtel}}", "{{Voldoende}}", "[[K. Aksoy]]"],
               ["{{Kindcentrum De Vlindertuin}}", "{{Stichting Fluent}}", "{{Heesch}}", "{{Goed}}", "[[M. Tuinman]]"],
               ["{{De Zonnewijzer}}", "{{Optimus primair onderwijs}}", "{{Veghel}}", "{{Voldoende}}", "[[R. Ouwerkerk]]"],
               ["{{Montessorischool Den Bosch}}", "{{Stichting Signum}}", "{{'s-Hertogenbosch}}", "{{Voldoende}}", "[[R. Ouwerkerk]]"],
               ["{{De Kiem}}", "{{Stichting Fluent}}", "{{Berghem}}", "{{Zeer zwak}}", "[[H. Brinkhuis]]"]]),
    ("p", "Bij {{De Kiem}} is een {{herstelopdracht}} gegeven; het {{bestuursgesprek}} met {{Stichting Fluent}} vond plaats op "
          "4 november 2024. Bij {{Basisschool De Springplank}} gaat het om {{kwaliteitszorg}} ({{KA1}}) en {{zicht op "
          "ontwikkeling}} ({{OP2}})."),
    ("pb",),
    ("h2", "Toelichting per thema"),
    ("p", "{{Burgerschap}}: sinds de {{Wet verduidelijking burgerschapsopdracht}} kijkt de inspectie strenger. Drie scholen "
          "kregen een {{herstelopdracht}}. {{Basisvaardigheden}}: de {{Masterplan basisvaardigheden}}-subsidie loopt door tot 2027. "
          "{{Thuiszitters}}: het {{Thuiszitterspact}} en de {{Leerplichtwet 1969}} vragen samenwerking met {{Halt}}, het "
          "{{CJG}} en de {{jeugdgezondheidszorg}} van de {{GGD Hart voor Brabant}}."),
    ("p", "{{Kinderopvang}} en {{voorschoolse educatie}}: de {{GGD}} inspecteerde 41 locaties; {{VVE}} kreeg extra middelen "
          "van het {{ministerie van OCW}}. De {{Onderwijsraad}} adviseerde in 2024 over {{passend onderwijs}}."),
    ("p", "Bronnen: {{Onderwijsinspectie.nl}}, {{Scholen op de kaart}}, {{DUO Open Onderwijsdata}}. Vragen aan de opsteller: "
          "[[E:w.kraaijeveld@s-hertogenbosch.nl]] of {{onderwijs@s-hertogenbosch.nl}}."),
], footer="Gemeente 's-Hertogenbosch · Onderwijs en Jeugd", hidden={"meta": {"author": "[[Wendy Kraaijeveld]]"},
    "outline": ["Overzicht scholen", "Toelichting – [[W. Kraaijeveld]]"]})

doc("aq32_besluitenlijst_college", "Besluitenlijst college", "rl", [
    ("h1", "Besluitenlijst vergadering college van burgemeester en wethouders {{gemeente Heerenveen}}"),
    ("p", "Datum: 18 maart 2025. Aanwezig: {{burgemeester}} {{Tjeerd van der Zwan}} (voorzitter), {{wethouders}} "
          "{{Jeroen van Ooijen}}, {{Matthijs Hoekstra}} en {{Jan Sonnema}}; {{gemeentesecretaris}} [[Aukje Visser-de Jong]]. "
          "Notulist: [[Jelmer Schippers]]."),
    ("table", [["Nr", "Onderwerp", "Portefeuille", "Ambtenaar", "Besluit"],
               ["1", "Inkoop {{jeugdhulp}} {{Sociaal Domein Fryslân}} 2026", "{{Jeugd}}", "[[Hiske Zandstra]]", "conform"],
               ["2", "Beleidsregels {{Wmo 2015}}: {{huishoudelijke hulp}}", "{{Wmo}}", "[[Bouke Kalsbeek]]", "conform"],
               ["3", "Subsidie {{sc Heerenveen}} {{Jeugdsportfonds}}", "{{Sport}}", "[[Sytske Bergsma]]", "aangehouden"],
               ["4", "Leerlingenvervoer aanbesteding", "{{Onderwijs}}", "[[Auke Tolsma]]", "conform"],
               ["5", "Woo-verzoek {{Thuiszitters}}", "{{Bestuurszaken}}", "[[Naomi Groen]]", "gewijzigd"],
               ["6", "Raadsinformatiebrief {{IKC Heerenveen-Zuid}}", "{{Onderwijs}}", "[[Auke Tolsma]]", "conform"],
               ["7", "Zienswijze {{GGD Fryslân}} begroting", "{{Volksgezondheid}}", "[[Hiske Zandstra]]", "conform"]]),
    ("p", "Ad 3: {{wethouder}} {{Matthijs Hoekstra}} vraagt om eerst het advies van de {{Sportraad Heerenveen}}. De "
          "penningmeester van de vereniging, [[Gerlof Dijkstra]], wordt gevraagd een verenigingsrekening op te geven."),
    ("p", "Ad 5: {{burgemeester}} {{Tjeerd van der Zwan}} stelt voor de namen van leerplichtambtenaren in bijlage 2 te "
          "lakken ({{artikel 5.1 lid 2 sub e Woo}}). [[Naomi Groen]] past het besluit aan."),
    ("pb",),
    ("h2", "Lijst van ingekomen stukken"),
    ("table", [["Datum", "Afzender", "Onderwerp", "Afdoening"],
               ["03-03-2025", "{{Inspectie van het Onderwijs}}", "Rapport {{OBS De Kompaan}}", "ter kennisname"],
               ["05-03-2025", "{{Inspectie Gezondheidszorg en Jeugd}}", "Toezicht {{jeugdhulpaanbieders}}", "[[Hiske Zandstra]]"],
               ["06-03-2025", "{{VNG}}", "Ledenbrief {{Hervormingsagenda Jeugd}}", "ter kennisname"],
               ["07-03-2025", "ouder [[Trijntje de Boer-Hofstra]]", "klacht leerlingenvervoer", "[[Auke Tolsma]]"],
               ["10-03-2025", "{{Ministerie van VWS}}", "{{Wet maatschappelijke ondersteuning}} wijziging", "[[Bouke Kalsbeek]]"],
               ["12-03-2025", "{{Kinderombudsman}}", "Rapport {{Thuiszitters}}", "[[Naomi Groen]]"],
               ["14-03-2025", "dhr. [[Anne Jan Wiersma]]", "bezwaar Wmo-beschikking", "[[Bouke Kalsbeek]]"]]),
    ("p", "Vastgesteld in de vergadering van 25 maart 2025. De {{gemeentesecretaris}}, de {{burgemeester}}."),
], footer="Gemeente Heerenveen · besluitenlijst B&W 18-03-2025", serif=True)

doc("aq33_verslag_regiotafel", "Verslag regiotafel jeugd", "chrome", [
    ("h1", "Verslag Regiotafel Jeugd {{Zuid-Limburg}}"),
    ("p", "Datum: 26 februari 2025, {{Maastricht}}, {{Gouvernement}}. Voorzitter: {{wethouder}} {{Jean Cremers}} (namens de "
          "{{16 Zuid-Limburgse gemeenten}}). Verslag: [[Chantal Janssen-Lardinois]]."),
    ("h2", "Aanwezig"),
    ("table", [["Naam", "Organisatie", "Functie"],
               ["{{Jean Cremers}}", "{{gemeente Maastricht}}", "{{wethouder}}"],
               ["[[Ruud Lemmens]]", "{{Mondriaan}}", "{{bestuurder}}"],
               ["[[Petra Vijgen]]", "{{Xonar}}", "{{manager jeugdhulp}}"],
               ["[[Samir Azzouzi]]", "{{Jeugdbescherming Limburg}}", "{{regiomanager}}"],
               ["[[Marie-José Habets]]", "{{Veilig Thuis Zuid-Limburg}}", "{{teamleider}}"],
               ["[[Koen Dols]]", "{{GGD Zuid Limburg}}", "{{jeugdarts}}"],
               ["[[Olga Petrenko]]", "{{Moveo}}", "{{regiocoördinator}}"],
               ["[[Ton Ubachs]]", "{{gemeente Heerlen}}", "{{beleidsadviseur}}"],
               ["[[Chantal Janssen-Lardinois]]", "{{Eenheid Inkoop Jeugd}}", "{{secretaris}}"]]),
    ("h2", "1. Wachttijden"),
    ("p", "[[Ruud Lemmens]] meldt dat de wachttijd voor {{jeugd-GGZ}} bij {{Mondriaan}} is gedaald naar 11 weken. "
          "[[Petra Vijgen]]: bij {{Xonar}} blijft {{residentiële jeugdhulp}} krap; drie kinderen verblijven tijdelijk in "
          "{{Duitsland}}. [[Samir Azzouzi]] wijst op de werkdruk bij {{jeugdbeschermers}}."),
    ("h2", "2. Hervormingsagenda"),
    ("p", "{{Jean Cremers}} licht de {{Hervormingsagenda Jeugd}} toe; staatssecretaris {{Vincent Karremans}} bezoekt de regio in "
          "mei. [[Olga Petrenko]] vraagt aandacht voor Oekraïense kinderen in de {{opvang}} in {{Brunssum}}. [[Koen Dols]] "
          "presenteert cijfers van de {{Jeugdmonitor}}."),
    ("h2", "3. Rondvraag"),
    ("p", "[[Marie-José Habets]] meldt dat {{Veilig Thuis Zuid-Limburg}} een nieuw telefoonnummer krijgt; tot die tijd "
          "{{0800-2000}}. [[Ton Ubachs]] vraagt het verslag te sturen naar {{regiotafeljeugd@maastricht.nl}}. "
          "Volgende vergadering: 23 april 2025."),
], hidden={"meta": {"author": "[[Chantal Janssen-Lardinois]]"}, "attach": ["presentatie_[[Koen Dols]]_jeugdmonitor.pptx"]})

doc("aq34_nieuwsbrief_school", "Nieuwsbrief", "chrome", [
    ("h1", "Nieuwsbrief {{Kindcentrum De Vlindertuin}} – maart 2025"),
    ("h2", "Van de directie"),
    ("p", "Beste ouders, de lente komt eraan! In de {{Week van de Lentekriebels}} werken alle groepen met {{Kriebelmonsters}}. "
          "Onze nieuwe {{intern begeleider}}, [[Hatice Güneş]], stelt zich hieronder voor. Met groet, [[Marco Verstegen]], "
          "{{directeur}}."),
    ("h2", "Jarigen"),
    ("p", "Hoera! In maart zijn jarig: [[Noah]] (groep 2), [[Sky]] (groep 4), [[Fenna]] (groep 5), [[Bram]] (groep 6) en "
          "[[Mila]] (groep 8). Let op: de {{Noah}}-musical van groep 8 gaat over de ark; dat is een ander verhaal."),
    ("h2", "Schoolreis en activiteiten"),
    ("p", "Op 24 april gaan we naar {{Beekse Bergen}}. Ouders die willen rijden kunnen zich melden bij [[Lotte Verhoeven]] "
          "van de {{ouderraad}} ([[T:06 24 57 80 13]]). De {{Koningsspelen}} zijn op 11 april. Het {{Jeugdfonds Sport & Cultuur}} "
          "betaalt voor sommige kinderen de ouderbijdrage; vraag het bij de {{administratie}}."),
    ("pb",),
    ("h2", "Even voorstellen: juf [[Hatice]]"),
    ("p", "Ik ben [[Hatice Güneş]] en werk sinds 1 maart als {{intern begeleider}}. Daarvoor werkte ik bij {{Het Kompas}} "
          "in {{Uden}}. Ik ben er op maandag, dinsdag en donderdag. U kunt mij mailen via {{ib@devlindertuin.nl}}."),
    ("h2", "Medezeggenschap"),
    ("p", "De {{MR}} zoekt een nieuwe ouder. [[Wesley Koning]] en [[Iris van Dinther]] nemen afscheid. Kandidaten melden zich "
          "bij {{mr@devlindertuin.nl}}. De {{GMR}} van {{Stichting Fluent}} vergadert op 2 april."),
    ("h2", "Praktisch"),
    ("p", "Ziekmeldingen via de {{Parro}}-app of {{0413 29 41 10}}. Meer informatie op {{devlindertuin.nl}}. "
          "Het {{Centrum voor Jeugd en Gezin}} houdt spreekuur op woensdag; de {{jeugdverpleegkundige}} is [[Nicole Sprenkels]]."),
], hidden={"meta": {"author": "[[Marco Verstegen]]"}, "annots": ["[[Lotte Verhoeven]]::foto's [[Mila]] niet plaatsen, geen toestemming"]})
