"""Documents ov01-ov12 of set mixed216."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
GEM = "Gemeente Wierden | Marktstraat 1 | Postbus 43 | 7640 AA Wierden | 14 0546 | info@wierden.nl"

DOCS = [
Doc("ov01", "Verzoek Woo overweg Veldkampsweg", [
    "Rik Stegeman",
    "Ypelostraat 61",
    "7642 GT Wierden",
    "rik.stegeman@posteo.nl",
    "",
    "Aan het college van burgemeester en wethouders van de gemeente Wierden",
    "t.a.v. het team Juridische Zaken, per e-mail aan woo@wierden.nl",
    "",
    "Wierden, 2 september 2026",
    "Onderwerp: verzoek op grond van de Wet open overheid - opheffing overweg Veldkampsweg",
    "",
    "Geacht college,",
    "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten "
    "over het voornemen van ProRail en de gemeente Wierden om de overweg Veldkampsweg (OW 54.210, km 54,210 van "
    "het baanvak Almelo - Deventer) op te heffen. Het gaat mij in het bijzonder om:",
    "1. de verslagen van de bewonersavond en van de informatieavond voor agrariërs in Zalencentrum De Kroon;",
    "2. de schriftelijke reacties van omwonenden en van LTO Noord, en de brieven van de wethouder;",
    "3. het verkeersonderzoek van Trajectum Mobiliteit (rapport TM-2026-117) en de bijlagen met tellingen;",
    "4. de e-mailwisseling tussen de gemeente en ProRail in het kader van het Landelijk Verbeterprogramma Overwegen (LVO);",
    "5. de petitie 'Veldkampsweg blijft open' en de motie M-2026-14 van de gemeenteraad.",
    "De periode is 1 januari 2026 tot en met de datum van dit verzoek. Ik ontvang de stukken bij voorkeur digitaal.",
    "Ik ben bereikbaar via rik.stegeman@posteo.nl of telefonisch op 06 - 77 31 20 84.",
    "",
    "Met vriendelijke groet,",
    "R.H. Stegeman",
], producer="Microsoft: Print To PDF", extra_redact=[("PHONE", "06 - 77 31 20 84", ["06 - 77 31 20 84"])]),

Doc("ov02", "Ontvangstbevestiging Woo-verzoek WOO-2026-031", [
    "# Gemeente Wierden",
    GEM,
    "",
    "De heer R.H. Stegeman",
    "Ypelostraat 61",
    "7642 GT Wierden",
    "",
    "Datum: 4 september 2026",
    "Ons kenmerk: WOO-2026-031 / Z-2026-004812",
    "Behandeld door: C.A. Olde Hengel",
    "Telefoon: 14 0546",
    "E-mail: woo@wierden.nl",
    "Onderwerp: ontvangstbevestiging verzoek Wet open overheid",
    "",
    "Geachte heer Stegeman,",
    "Op 2 september 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de opheffing van de "
    "overweg Veldkampsweg. Uw verzoek is geregistreerd onder nummer WOO-2026-031.",
    "Wij beslissen binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd. Omdat een deel "
    "van de documenten afkomstig is van ProRail en van omwonenden, stellen wij hen in de gelegenheid een zienswijze "
    "te geven (artikel 4.4 Woo). Persoonsgegevens maken wij onleesbaar op grond van artikel 5.1, tweede lid, onder e, Woo.",
    "Heeft u vragen, neem dan contact op met mevrouw Olde Hengel via woo@wierden.nl of bel 14 0546.",
    "",
    "Hoogachtend,",
    "het college van burgemeester en wethouders van Wierden,",
    "namens dezen,",
    "",
    "Corine Olde Hengel",
    "juridisch adviseur informatiebeheer",
], producer="Aspose.Words for .NET 23.8.0", creator="Zaaksysteem Wierden"),

Doc("ov03", "Uitnodiging bewonersavond overweg Veldkampsweg", [
    "# Uitnodiging bewonersavond overweg Veldkampsweg",
    "Wierden, 12 maart 2026",
    "Aan de bewoners en grondgebruikers rond de Veldkampsweg, Notter en Zuna",
    "",
    "Beste bewoners,",
    "ProRail en de gemeente Wierden onderzoeken samen of de overweg Veldkampsweg (OW 54.210) kan worden opgeheven. "
    "De overweg is een onbewaakte overweg zonder AHOB en staat in het Landelijk Verbeterprogramma Overwegen (LVO) als "
    "een van de risicovolste in Twente. Op het spoor tussen Almelo en Deventer rijden intercity's van NS en "
    "goederentreinen met 140 km/u.",
    "Wij nodigen u uit voor een bewonersavond op dinsdag 24 maart 2026 om 19.30 uur in Zalencentrum De Kroon in "
    "Hoge Hexel. Op een tweede avond, donderdag 26 maart, spreken wij apart met agrariërs en loonwerkers over "
    "landbouwverkeer, omrijroutes via de Ypeloweg en de bereikbaarheid van percelen.",
    "Wethouder Erik Dijkhuis (Mobiliteit) opent de avond. Daarna lichten de projectleider van de gemeente en de "
    "omgevingsmanager van ProRail de varianten toe: opheffen met een parallelweg, een fietstunnel, of handhaven met "
    "overwegbomen. Trajectum Mobiliteit presenteert de eerste uitkomsten van het verkeersonderzoek.",
    "Aanmelden kan via info@wierden.nl of telefonisch via 14 0546. Vragen over het project kunt u ook stellen aan "
    "ProRail via omgeving.oost@prorail.nl of 0800-7767724.",
    "",
    "Met vriendelijke groet,",
    "",
    "E.J. Dijkhuis",
    "wethouder Mobiliteit en Verkeer",
    "",
    "Contactpersoon voor deze avond: Yusuf Demirtaş, communicatieadviseur, 06 22 19 73 05, y.demirtas@wierden.nl",
], engine="ttf", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.2 (Windows)"),

Doc("ov04", "Verslag bewonersavond 24 maart 2026", [
    "# Verslag bewonersavond overweg Veldkampsweg",
    "Datum: 24 maart 2026, 19.30 - 22.00 uur | Locatie: Zalencentrum De Kroon, Hoge Hexel",
    "Kenmerk: Z-2026-004812 | Verslag: Ria Vrielink (Tekstbureau Vrielink)",
    "## Aanwezig",
    "| Namens | Naam | Rol |",
    "| Gemeente Wierden | E.J. Dijkhuis | wethouder Mobiliteit, voorzitter |",
    "| Gemeente Wierden | Marloes ter Avest | projectleider overwegen |",
    "| Gemeente Wierden | Joost van 't Hul | beleidsmedewerker verkeer |",
    "| ProRail | Sevda Kaya-Bulut | omgevingsmanager |",
    "| ProRail | Pieter-Jan de Wilde | projectmanager LVO |",
    "| Trajectum Mobiliteit | Bas Lammertink | senior adviseur |",
    "| Bewoners | circa 85 personen, presentielijst bij het secretariaat | |",
    "## 1. Opening",
    "Wethouder Dijkhuis heet iedereen welkom. Hij benadrukt dat nog geen besluit is genomen en dat de reacties van "
    "vanavond worden meegewogen in het voorstel aan de gemeenteraad.",
    "## 2. Toelichting ProRail",
    "Mevrouw Kaya-Bulut laat zien dat de overweg Veldkampsweg in de ALCAM-risicoscore hoog eindigt: slecht zicht "
    "door de bocht, hoge snelheid van treinen en veel overstekend landbouwverkeer. De heer De Wilde vertelt dat "
    "ProRail landelijk ongeveer 500 overwegen aanpakt binnen het LVO en dat opheffen de voorkeur heeft als er een "
    "redelijk alternatief is.",
    "## 3. Eerste uitkomsten verkeersonderzoek",
    "De heer Lammertink (Trajectum Mobiliteit) meldt circa 640 motorvoertuigen en 410 fietsers per etmaal. In de "
    "ochtendspits fietsen veel kinderen naar de Jan Ligthartschool en naar het voortgezet onderwijs in Rijssen.",
    "---",
    "## 4. Vragen en reacties uit de zaal",
    "- Mevrouw Bolscher-Wiggers (Zunaseweg) vreest dat haar moeder de dagbesteding in Enter niet meer zelfstandig kan "
    "bereiken als de omrijroute over de Ypeloweg 3,8 km langer wordt.",
    "- De heer Ömer Şahin vraagt of er een fietstunnel komt; zijn kinderen fietsen dagelijks over de overweg naar school.",
    "- Mevrouw Klein Gebbink kondigt een petitie aan. Volgens haar is de overweg 'de levensader van Notter'.",
    "- De heer Kuipers (voorzitter Buurtvereniging De Hexel) wil weten wie de parallelweg gaat onderhouden.",
    "- Een bewoner vraagt of de hulpdiensten (Veiligheidsregio Twente, Ambulancezorg Oost) zijn geraadpleegd. "
    "Mevrouw Ter Avest zegt toe dit na te gaan.",
    "## 5. Afspraken",
    "| Nr | Actie | Wie | Wanneer |",
    "| 1 | Aanrijtijden hulpdiensten opvragen bij Veiligheidsregio Twente | MtA | 15 april |",
    "| 2 | Variant fietstunnel laten doorrekenen | JvtH / Trajectum | 1 mei |",
    "| 3 | Vragen en antwoorden op de projectpagina plaatsen | YD | 7 april |",
    "| 4 | Tweede bewonersavond plannen na het verkeersonderzoek | SKB | juni |",
    "",
    "Wethouder Dijkhuis sluit om 22.00 uur en dankt de aanwezigen voor de open gesprekken.",
], producer="Microsoft® Word voor Microsoft 365", creator=W),

Doc("ov05", "Verslag informatieavond agrariërs 26 maart 2026", [
    "# Verslag informatieavond agrariërs en loonwerkers",
    "Overweg Veldkampsweg (OW 54.210) | 26 maart 2026 | Zalencentrum De Kroon, Hoge Hexel",
    "## Aanwezig",
    "| Naam | Bedrijf / organisatie | Initialen |",
    "| Marloes ter Avest | gemeente Wierden, projectleider | MtA |",
    "| Pieter-Jan de Wilde | ProRail, projectmanager | PJdW |",
    "| Anouk Geerdink | Trajectum Mobiliteit, verkeerskundige | AGe |",
    "| Arjan Slot | LTO Noord, afdeling Wierden | |",
    "| Gerrit Jan Nijhuis | melkveehouder, Notterdijk 14 | GJN |",
    "| Hennie Oude Kempers | loonbedrijf, Kloosterhoekweg 22 | HOK |",
    "| Albertus Ruiterkamp | akkerbouwer | |",
    "| Wilma Dasselaar | melkveehouderij | |",
    "| Herman Kolkman | varkenshouder | |",
    "| Jan-Willem Bosch | loonwerker | |",
    "## Bespreking",
    "Mevrouw Ter Avest licht toe dat de gemeente de Ypeloweg zou verbreden als omrijroute. De heer Nijhuis wijst erop "
    "dat hij dagelijks met trekker en kieper naar zijn percelen aan de overkant van het spoor rijdt; 'omrijden via de "
    "Ypeloweg kost mij per jaar zeker 300 uur', aldus Nijhuis. Hij vraagt om een onderdoorgang van 4,20 m hoog.",
    "De heer Oude Kempers (loonwerk) zegt dat zijn hakselaar 3,50 m breed is en dat de Ypeloweg daarvoor te smal is. "
    "Hij wil een garantie dat de parallelweg geschikt wordt voor landbouwvoertuigen tot 40 ton.",
    "Mevrouw Dasselaar en de heer Kolkman vragen wat er gebeurt met de waarde van hun grond. De heer De Wilde zegt "
    "dat ProRail nadeelcompensatie beoordeelt volgens de landelijke regeling en dat een taxateur langskomt.",
    "De heer Slot (LTO Noord) pleit voor een gezamenlijke schouw met de agrariërs en vraagt om kaarten met de "
    "bereikbaarheid per perceel.",
    "---",
    "De heer Ruiterkamp - in de buurt bekend als Bertus - vertelt dat hij in 2019 bijna is aangereden op de overweg "
    "en steunt opheffing mits er een goed alternatief komt. Dat is volgens hem een minderheidsstandpunt in Notter.",
    "Mevrouw Geerdink neemt de wensen op als extra scenario in het verkeersonderzoek (landbouwverkeer, breedte "
    "en aslast).",
    "## Actielijst",
    "| Nr | Actie | Trekker | Datum |",
    "| A1 | Perceelkaart met eigendom en pacht maken | AGe | 10 april |",
    "| A2 | Schouw Ypeloweg met LTO Noord en loonwerkers | MtA / PJdW | 17 april |",
    "| A3 | Regeling nadeelcompensatie toesturen | PJdW | 3 april |",
    "| A4 | Berekening omrijtijden landbouwverkeer | AGe | 1 mei |",
    "",
    "Verslag: Ria Vrielink. Vastgesteld door de projectleider op 2 april 2026 (paraaf: MtA).",
], engine="ttf", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro"),

Doc("ov06", "Reactie bewoner Zunaseweg", [
    "A. Bolscher-Wiggers",
    "Zunaseweg 3",
    "7641 RW Wierden",
    "tel. 0546-571234",
    "",
    "Gemeente Wierden",
    "t.a.v. de projectleider overweg Veldkampsweg",
    "Postbus 43, 7640 AA Wierden",
    "",
    "Wierden, 30 maart 2026",
    "Betreft: reactie op het plan om de overweg Veldkampsweg te sluiten (uw kenmerk Z-2026-004812)",
    "",
    "Geachte mevrouw Ter Avest,",
    "Na de bewonersavond van 24 maart wil ik mijn zorgen nog op papier zetten. Mijn moeder, Truus ten Brinke, woont "
    "bij ons in. Zij zit sinds vorig jaar in een rolstoel en moet drie keer per week naar de nierdialyse in Almelo. "
    "De taxi rijdt nu over de Veldkampsweg; met de omrijroute wordt de rit voor haar een stuk zwaarder.",
    "Ook de thuiszorg en de huisarts komen over de overweg. Ik vraag u daarom om vóór een besluit te laten uitzoeken "
    "hoeveel langer de aanrijtijd van Ambulancezorg Oost wordt.",
    "Verder vind ik dat de gemeente het verkeer op de Ypeloweg onderschat. Daar fietsen nu al veel kinderen van de "
    "Jan Ligthartschool, en er is geen fietspad.",
    "Ik hoop dat u mijn brief meeneemt. Mijn dochter Ingrid ten Brinke helpt mij met de correspondentie; u kunt ook "
    "haar mailen: ingrid.tenbrinke@ziggo.nl.",
    "",
    "Met vriendelijke groet,",
    "",
    "Aaltje Bolscher-Wiggers",
], engine="docx", author="Aaltje"),

Doc("ov07", "Reactie loonbedrijf Oude Kempers", [
    "Loonbedrijf H. Oude Kempers",
    "Kloosterhoekweg 22, 7642 PZ Wierden",
    "info@loonbedrijfoudekempers.nl | KvK 70112299",
    "",
    "Aan: gemeente Wierden en ProRail, project overweg Veldkampsweg",
    "Datum: 6 april 2026",
    "Onderwerp: zienswijze landbouwverkeer",
    "",
    "Geachte heer, mevrouw,",
    "Als loonwerker rijd ik in het seizoen dagelijks met zware combinaties over de overweg Veldkampsweg. "
    "Hieronder mijn bezwaren en voorstellen.",
    "| Machine | Breedte | Gewicht | Opmerking |",
    "| Zelfrijdende hakselaar | 3,50 m | 18 t | past niet door bocht Ypeloweg |",
    "| Trekker met kieper | 2,55 m | 40 t | aslast te hoog voor berm |",
    "| Mestinjecteur | 3,00 m | 32 t | in voorjaar elke dag |",
    "Mijn voorstel: een onderdoorgang die ook voor landbouwverkeer geschikt is, of een parallelweg van minimaal 5,5 "
    "m breed langs het spoor. Zonder zo'n voorziening kost de sluiting mij naar schatting EUR 18.000 per jaar aan "
    "extra diesel en uren.",
    "Ik ga ervan uit dat dit wordt meegenomen in het rapport van Trajectum Mobiliteit. Ik heb dit ook besproken "
    "met Arjan Slot van LTO Noord.",
    "",
    "Met vriendelijke groet,",
    "Hennie Oude Kempers",
    "06 4817 2093 (ook WhatsApp, via mijn schoonvader Bertus)",
], engine="docx", author="Hennie", extra_redact=[("KVK", "70112299", ["70112299"])]),

Doc("ov08", "E-mail reactie bewoner via contactformulier", [
    "Van: Ömer Şahin <omer.sahin84@gmail.com>",
    "Verzonden: dinsdag 31 maart 2026 21:14",
    "Aan: info@wierden.nl",
    "Onderwerp: Overweg Veldkampsweg - fietstunnel graag!",
    "",
    "Goedenavond,",
    "Op de bewonersavond heb ik al een vraag gesteld, maar ik wil het ook graag op deze manier laten weten. Wij "
    "wonen sinds 2021 aan de Hooidijk 9. Mijn twee kinderen (10 en 13) fietsen elke dag over de overweg naar de "
    "Jan Ligthartschool en naar Rijssen. Als de overweg dicht gaat zonder fietstunnel, moeten zij over de Ypeloweg, "
    "waar vrachtwagens en trekkers rijden zonder fietspad.",
    "Ik steun de sluiting als er een fietstunnel komt. Anders niet.",
    "Kunt u mij op de hoogte houden? Mijn nummer is +31 6 2840 1177.",
    "",
    "Met vriendelijke groet,",
    "Ömer Şahin",
    "",
    "-----",
    "Van: Gemeente Wierden <info@wierden.nl>",
    "Verzonden: woensdag 1 april 2026 08:52",
    "Aan: omer.sahin84@gmail.com",
    "CC: Ter Avest, Marloes <m.teravest@wierden.nl>",
    "Onderwerp: RE: Overweg Veldkampsweg - fietstunnel graag!",
    "",
    "Beste heer Şahin,",
    "Dank voor uw bericht. Wij hebben uw reactie geregistreerd onder Z-2026-004812 en doorgestuurd naar de "
    "projectleider. U ontvangt de nieuwsbrief van het project.",
    "Met vriendelijke groet, Klantcontactcentrum gemeente Wierden, 14 0546",
], producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365",
    extra_redact=[("PHONE", "+31 6 2840 1177", ["+31 6 2840 1177"])]),

Doc("ov09", "Antwoordbrief wethouder aan mevrouw Bolscher-Wiggers", [
    "# Gemeente Wierden",
    GEM,
    "",
    "Mevrouw A. Bolscher-Wiggers",
    "Zunaseweg 3",
    "7641 RW Wierden",
    "",
    "Datum: 21 april 2026",
    "Kenmerk: U-2026-0933 / Z-2026-004812",
    "Contactpersoon: M. ter Avest",
    "Telefoon: 06-41278890",
    "Onderwerp: uw reactie op de opheffing van de overweg Veldkampsweg",
    "",
    "Geachte mevrouw Bolscher-Wiggers,",
    "Hartelijk dank voor uw brief van 30 maart 2026. U vraagt aandacht voor de bereikbaarheid van uw woning voor "
    "zorgvervoer en hulpdiensten als de overweg Veldkampsweg wordt opgeheven. Die zorg delen wij.",
    "Wij hebben de Veiligheidsregio Twente en Ambulancezorg Oost gevraagd de aanrijtijden voor Notter en Zuna door "
    "te rekenen voor de varianten. Trajectum Mobiliteit neemt de uitkomsten op in het eindrapport TM-2026-117. Ook "
    "het zorgvervoer wordt in die berekening meegenomen. De persoonlijke omstandigheden die u beschrijft, vermelden "
    "wij daarbij niet.",
    "Over de verkeersveiligheid op de Ypeloweg: in alle varianten komt er een vrijliggend fietspad. De gemeenteraad "
    "neemt naar verwachting in het najaar een besluit.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "",
    "Erik Dijkhuis",
    "wethouder Mobiliteit en Verkeer",
], producer="Aspose.Words for .NET 23.8.0", creator="Zaaksysteem Wierden"),

Doc("ov10", "Brief wethouder aan ProRail over randvoorwaarden", [
    "# Gemeente Wierden",
    GEM,
    "",
    "ProRail B.V.",
    "t.a.v. mevrouw S. Kaya-Bulut, omgevingsmanager regio Oost",
    "Moreelsepark 3",
    "3511 EP Utrecht",
    "",
    "Datum: 8 mei 2026",
    "Ons kenmerk: U-2026-1104",
    "Uw kenmerk: PR-2025-OVW-0417",
    "Onderwerp: randvoorwaarden gemeente bij opheffing overweg Veldkampsweg",
    "",
    "Geachte mevrouw Kaya-Bulut,",
    "Na de bewonersavond en de informatieavond voor agrariërs stelt het college van burgemeester en wethouders de "
    "volgende randvoorwaarden aan medewerking aan de opheffing van de overweg Veldkampsweg (OW 54.210):",
    "1. een fietstunnel ter hoogte van de huidige overweg, geschikt voor schoolgaande kinderen;",
    "2. een parallelweg van minimaal 5,5 m breed voor landbouwverkeer tot de Ypeloweg;",
    "3. een verbreding van de Ypeloweg met vrijliggend fietspad, bekostigd uit het LVO;",
    "4. aanrijtijden van de hulpdiensten die niet meer dan twee minuten toenemen;",
    "5. een regeling voor nadeelcompensatie die ProRail vóór de raadsbehandeling met de agrariërs bespreekt.",
    "Zonder deze voorzieningen zal het college de gemeenteraad niet adviseren in te stemmen. Wij vragen u ook om "
    "het overleg met de provincie Overijssel over cofinanciering te starten; gedeputeerde Roelofsen heeft daar in "
    "het bestuurlijk overleg van 22 april ruimte voor geboden.",
    "Voor ambtelijke vragen kunt u terecht bij onze projectleider, mevrouw M. ter Avest (m.teravest@wierden.nl).",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Wierden,",
    "de secretaris,                    de burgemeester,",
    "drs. H.J. Veltkamp                A.M. Haverkate",
    "",
    "Afschrift: wethouder E.J. Dijkhuis",
], engine="ttf", producer="Aspose.Words for .NET 23.8.0", creator="Zaaksysteem Wierden",
    extra_redact=[("PERSON", "H.J. Veltkamp (gemeentesecretaris)", ["H.J. Veltkamp", "Veltkamp"])]),

Doc("ov11", "Mailwisseling ProRail - gemeente planning ALCAM en varianten", [
    "Van: Kaya-Bulut, Sevda <sevda.kaya-bulut@prorail.nl>",
    "Verzonden: donderdag 16 april 2026 16:47",
    "Aan: Ter Avest, Marloes <m.teravest@wierden.nl>",
    "CC: de Wilde, Pieter-Jan <pieterjan.dewilde@prorail.nl>; Hoekstra, Noëlle <noëlle.hoekstra@prorail.nl>; "
    "Van 't Hul, Joost <j.vanthul@wierden.nl>",
    "Onderwerp: RE: overweg Veldkampsweg - ALCAM en varianten",
    "",
    "Hoi Marloes,",
    "Noëlle heeft de ALCAM-berekening voor de drie varianten klaar. Opheffen met fietstunnel scoort uiteraard het "
    "best; handhaven met AHOB brengt het risico terug met ongeveer 60%, maar dat past niet in het LVO-budget. Ik "
    "stuur de notitie morgen door. Kan jij nagaan of Trajectum de landbouwscenario's tijdig heeft?",
    "Wat ons betreft gaan we in juni met de agrariërs de schouw doen. PJ regelt de taxateur.",
    "",
    "Groet, Sevda",
    "Sevda Kaya-Bulut | Omgevingsmanager regio Oost | ProRail",
    "M +31 (0)6 5310 4427 | omgeving.oost@prorail.nl",
    "",
    "Van: Ter Avest, Marloes <m.teravest@wierden.nl>",
    "Verzonden: woensdag 15 april 2026 11:03",
    "Aan: Kaya-Bulut, Sevda <sevda.kaya-bulut@prorail.nl>",
    "CC: Van 't Hul, Joost <j.vanthul@wierden.nl>",
    "Onderwerp: overweg Veldkampsweg - ALCAM en varianten",
    "",
    "Hoi Sevda,",
    "Na de twee avonden ligt er veel druk op de fietstunnel. Wethouder Dijkhuis wil in de brief aan ProRail "
    "randvoorwaarden opnemen. Kunnen jullie vóór 1 mei aangeven wat ALCAM doet bij de varianten?",
    "Joost werkt de omrijafstanden uit; Bas Lammertink van Trajectum heeft de tellingen.",
    "",
    "Groet,",
    "Marloes ter Avest",
    "Projectleider overwegen | gemeente Wierden",
    "06-41278890 | m.teravest@wierden.nl",
    "---",
    "Van: de Wilde, Pieter-Jan <pieterjan.dewilde@prorail.nl>",
    "Verzonden: vrijdag 17 april 2026 09:20",
    "Aan: Kaya-Bulut, Sevda <sevda.kaya-bulut@prorail.nl>; Ter Avest, Marloes <m.teravest@wierden.nl>",
    "CC: Mulderije, Thijs <thijs.mulderije@prorail.nl>",
    "Onderwerp: RE: RE: overweg Veldkampsweg - ALCAM en varianten",
    "",
    "Allen,",
    "Kleine aanvulling: de taxateur is ingepland voor week 24. Thijs stuurt de regeling nadeelcompensatie naar "
    "LTO Noord. Budget voor de fietstunnel moet via het bestuurlijk overleg met IenW; ik zet het op de agenda.",
    "Mochten jullie mij niet bereiken: 0031 6 1188 3702.",
    "",
    "Met vriendelijke groet,",
    "Pieter-Jan de Wilde",
    "Projectmanager Landelijk Verbeterprogramma Overwegen | ProRail",
    "",
    "Dit bericht kan informatie bevatten die niet voor u is bestemd. ProRail B.V., Moreelsepark 3, Utrecht.",
], producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365"),

Doc("ov12", "Mailwisseling ProRail planning bewonersavond en nieuwsbrief", [
    "Van: Mulderije, Thijs <thijs.mulderije@prorail.nl>",
    "Verzonden: maandag 8 juni 2026 14:12",
    "Aan: Demirtaş, Yusuf <y.demirtas@wierden.nl>",
    "CC: Kaya-Bulut, Sevda <sevda.kaya-bulut@prorail.nl>; Ter Avest, Marloes <m.teravest@wierden.nl>",
    "Onderwerp: nieuwsbrief 2 overweg Veldkampsweg + zaal tweede avond",
    "",
    "Hallo Yusuf,",
    "Hierbij de tekst voor nieuwsbrief 2. De quote van Sevda mag eruit; wethouder Dijkhuis en onze woordvoerder "
    "Martijn Hagedoorn worden wel genoemd. Zaal De Kroon is vastgelegd voor 30 juni; de factuur voor de catering "
    "loopt via Ans Wolbers, zoals de vorige keer.",
    "Graag de verzendlijst van de bewoners via de beveiligde omgeving, niet per mail.",
    "",
    "Groet, Thijs",
    "T. Mulderije | Projectondersteuning LVO Oost | ProRail | thijs.mulderije@prorail.nl",
    "",
    "Van: Demirtaş, Yusuf <y.demirtas@wierden.nl>",
    "Verzonden: vrijdag 5 juni 2026 10:38",
    "Aan: Mulderije, Thijs <thijs.mulderije@prorail.nl>",
    "Onderwerp: RE: nieuwsbrief 2",
    "",
    "Hoi Thijs,",
    "We willen de nieuwsbrief op 15 juni huis-aan-huis verspreiden in Notter, Zuna en Hoge Hexel. Kunnen jullie de "
    "kaart met de varianten aanleveren als pdf? De petitie van mevrouw Klein Gebbink staat inmiddels op 412 "
    "handtekeningen; daar moeten we in de nieuwsbrief iets over zeggen.",
    "",
    "Met vriendelijke groet,",
    "Yusuf Demirtaş",
    "Communicatieadviseur | gemeente Wierden | 06 22 19 73 05",
    "---",
    "Van: Wolbrink-Kamphuis, Hester <h.wolbrink@wierden.nl>",
    "Verzonden: donderdag 4 juni 2026 16:55",
    "Aan: Demirtaş, Yusuf <y.demirtas@wierden.nl>; Ter Avest, Marloes <m.teravest@wierden.nl>",
    "Onderwerp: agenda wethouder 30 juni",
    "",
    "Hoi Yusuf en Marloes,",
    "De wethouder kan op 30 juni vanaf 19.15 uur in Hoge Hexel zijn. Hij wil vooraf een kwartier met Sevda en PJ "
    "praten over de fietstunnel. Willen jullie dat inplannen?",
    "Groetjes, Hester",
    "Secretariaat college | gemeente Wierden",
], producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365"),
]
