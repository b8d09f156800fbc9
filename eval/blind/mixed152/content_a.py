"""Documents m01-m16 of set mixed152 (all persons invented)."""
from lib import Doc

GEM = "{{O:gemeente Lochem}}"
DOCS = []

DOCS.append(Doc("m01_woo_verzoek", [
    "Van: [[P:Ilse Kroeze]] <[[E:ilse.kroeze@kpnmail.nl]]>",
    "Verzonden: maandag 2 maart 2026 21:14",
    "Aan: {{M:woo@lochem.nl}}",
    "Onderwerp: Woo-verzoek reconstructie Dorpsstraat en Molenweg Laren",
    "",
    "Geacht college van burgemeester en wethouders van de {{O:gemeente Lochem}},",
    "Op grond van de {{W:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over het project "
    "{{Y:Reconstructie Dorpsstraat-Molenweg}} in {{G:Laren}} vanaf 1 januari 2025, waaronder de bezwaarschriften, het "
    "verslag van de hoorzitting van de {{O:Commissie bezwaarschriften}}, de planning van {{O:Wegenbouw Berkelland BV}}, "
    "het {{F:verkeersbesluit VB-2026-011}} en de correspondentie met bewoners en raadsleden.",
    "Ik woon zelf aan de [[A:Molenweg 17]] en heb de werkzaamheden van dichtbij meegemaakt.",
    "Ik ontvang de stukken graag digitaal. U kunt mij bereiken op [[T:06-41 27 93 58]].",
    "",
    "Met vriendelijke groet,",
    "[[P:Ilse Kroeze]]",
    "[[A:Molenweg 17, 7245 AN]]",
], prod_str="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

DOCS.append(Doc("m02_ontvangstbevestiging", [
    "{{O:Gemeente Lochem}}  |  Postbus 17, 7240 AA Lochem  |  telefoon {{V:14 0573}}",
    "",
    "Mevrouw [[P:I. Kroeze]]",
    "[[A:Molenweg 17]]",
    "[[A:7245 AN]] {{G:Laren}}",
    "",
    "Ons kenmerk: {{F:WOO-2026-0093}}",
    "Datum: 5 maart 2026",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte mevrouw [[P:Kroeze]],",
    "Op 2 maart 2026 hebben wij uw verzoek op grond van de {{W:Wet open overheid}} ontvangen. Uw verzoek gaat over "
    "het project {{Y:Reconstructie Dorpsstraat-Molenweg}}. Wij beslissen binnen vier weken na ontvangst; wij kunnen "
    "die termijn met twee weken verdagen. Omdat in de stukken gegevens van derden staan, vragen wij mogelijk eerst "
    "hun zienswijze.",
    "Heeft u vragen? Neem dan contact op met [[P:Dirk Bosch]], Woo-coördinator, via [[T:0573 - 28 94 31]] of "
    "[[E:d.bosch@lochem.nl]]. Vermeld steeds het kenmerk {{F:WOO-2026-0093}}.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van {{G:Lochem}},",
    "namens dezen,",
    "[[P:D. Bosch]]",
    "Woo-coördinator, team {{O:Juridische Zaken}}",
], font="dejavu", prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

DOCS.append(Doc("m03_bezwaar_hoekstra", [
    "[[P:G.J.M. Hoekstra-van Dam]]",
    "[[A:Dorpsstraat 41]]",
    "[[A:7245 AB]] Laren (Gld)",
    "Telefoon [[T:0573-401 882]]",
    "",
    "Aan het college van burgemeester en wethouders van {{G:Lochem}}",
    "t.a.v. de {{O:Commissie bezwaarschriften}}",
    "",
    "Laren, 12 januari 2026",
    "Betreft: bezwaar tegen {{F:verkeersbesluit VB-2026-011}} (afsluiting Dorpsstraat)",
    "",
    "Geachte leden van de commissie,",
    "Hierbij maak ik bezwaar tegen het verkeersbesluit van 4 december 2025, gepubliceerd in het {{O:Gemeenteblad}}. "
    "Door de afsluiting van de Dorpsstraat tussen de {{X:Burgemeester Smitstraat}} en het {{X:Dr. Ariënsplein}} kan "
    "ik mijn huis niet meer met de auto bereiken.",
    "Ik ben 81 jaar en loop sinds mijn [[H:heupoperatie in 2024]] met een rollator. Ik ben daarnaast [[H:hartpatiënt]] en "
    "moet elke week naar de [[H:cardioloog]] in {{G:Zutphen}}. Mijn schoonzoon [[P:Wouter Mensink]] brengt mij, maar hij "
    "mag niet meer voor de deur stoppen.",
    "Ik verzoek u het besluit te herroepen of in ieder geval een uitzondering te maken voor bewoners met een "
    "gehandicaptenparkeerkaart (kaartnummer [[F:GPK-0573-118204]]).",
    "Ik wil graag gehoord worden. Mijn dochter [[P:Marleen Mensink-Hoekstra]] ([[E:marleen.mensink@ziggo.nl]]) mag namens "
    "mij het woord voeren.",
    "",
    "Hoogachtend,",
    "[[P:Gerda Hoekstra-van Dam]]",
    "geboren [[D:14 mei 1944]]",
], producer="docx", prod_str="LibreOffice 7.6", creator="Writer"))

DOCS.append(Doc("m04_bezwaar_schaefer", [
    "[[P:Jürgen Schäfer]] en [[P:Anneke Schäfer-Lubbers]]",
    "[[A:Molenweg 52]], Laren",
    "",
    "Aan: {{O:Commissie bezwaarschriften gemeente Lochem}}",
    "Datum: 14 januari 2026",
    "Onderwerp: pro-forma bezwaar verkeersbesluit en kap van zes eiken aan de Molenweg",
    "",
    "Geachte heer, mevrouw,",
    "Wij maken bezwaar tegen het {{F:verkeersbesluit VB-2026-011}} en tegen de omgevingsvergunning voor het kappen "
    "van zes eiken ({{F:OV-2025-3317}}). De eiken staan al meer dan honderd jaar langs de weg naar {{X:Huize Ampsen}}.",
    "De gronden van ons bezwaar volgen binnen vier weken. Wij vragen u ook om een voorlopige voorziening bij de "
    "voorzieningenrechter van de {{O:Rechtbank Gelderland}} niet nodig te maken door de kap uit te stellen.",
    "Wij zijn bereikbaar op [[T:+31 (0)6 2915 7730]] en per mail via [[E:jürgen.schäfer@posteo.de]].",
    "",
    "Met vriendelijke groet,",
    "[[P:J. Schäfer]]    [[P:A. Schäfer-Lubbers]]",
], font="serif", prod_str="PDFpen 13.1", creator="Pages"))

DOCS.append(Doc("m05_bezwaar_advocaat_nijenhuis", [
    "{{O:Ter Haar Advocaten}}",
    "Stationsweg 10, 7241 CR Lochem  |  T {{V:0573-250 100}}  |  {{M:info@terhaaradvocaten.nl}}",
    "",
    "Aangetekend",
    "{{O:College van burgemeester en wethouders van Lochem}}",
    "Postbus 17",
    "7240 AA Lochem",
    "",
    "Lochem, 9 februari 2026",
    "Ons kenmerk: {{F:TH/2026/0412}}",
    "Behandeld door: mr. [[P:Stijn Wolbert]]",
    "Doorkiesnummer: [[T:0573-250 117]]",
    "E-mail: [[E:s.wolbert@terhaaradvocaten.nl]]",
    "",
    "Betreft: aanvullende gronden bezwaar [[P:J.H. Nijenhuis]] tegen {{F:verkeersbesluit VB-2026-011}}",
    "",
    "Geacht college,",
    "Namens mijn cliënt, de heer [[P:Johan Hendrik Nijenhuis]], wonende aan de [[A:Molenweg 88]] te Laren, vul ik het "
    "bezwaarschrift van 15 januari 2026 aan met de volgende gronden.",
    "1. Cliënt exploiteert aan de Molenweg een melkveebedrijf. Het verkeersbesluit sluit de Molenweg voor vrachtverkeer "
    "boven 12 ton. De melkwagen van {{O:FrieslandCampina}} en de veevoerleverancier kunnen het erf niet meer bereiken. "
    "De omleiding via de {{X:N346}} en de {{X:Rijksstraatweg}} is voor landbouwverkeer niet geschikt.",
    "2. Het college heeft geen belangenafweging gemaakt als bedoeld in artikel 2 van de {{W:Wegenverkeerswet 1994}}. "
    "Het verkeersbesluit noemt de bedrijfsbelangen van agrariërs niet.",
    "3. Het besluit is genomen zonder dat cliënt vooraf is geïnformeerd. Op de informatieavond in de "
    "{{X:Jan Ligthartschool}} op 3 oktober 2025 werd het agrarisch verkeer volgens de projectleider, de heer "
    "[[P:ter Horst]], \"meegenomen\". Daarvan is in het besluit niets terug te zien.",
    "<<PB>>",
    "4. De zoon van cliënt, [[P:Bart Nijenhuis]], heeft op 20 januari 2026 telefonisch contact gehad met de "
    "verkeerskundige van de gemeente. Hem werd toegezegd dat een ontheffing mogelijk zou zijn. Die toezegging is niet "
    "nagekomen.",
    "5. Cliënt lijdt door de afsluiting schade. Hij behoudt zich het recht voor een verzoek om nadeelcompensatie in "
    "te dienen op grond van titel 4.5 van de {{W:Algemene wet bestuursrecht}}.",
    "Cliënt wenst te worden gehoord. Ik verzoek u mij tijdig uit te nodigen; op dinsdagen ben ik verhinderd.",
    "",
    "Hoogachtend,",
    "[[P:S. Wolbert]]",
    "advocaat",
    "",
    "Bijlage: machtiging van [[P:J.H. Nijenhuis]], KvK-uittreksel maatschap [[O:Nijenhuis-Oosterink]] "
    "(KvK [[K:08123467]])",
], font="times", prod_str="Nitro Pro 13.70.2", creator="Nitro Pro"))

DOCS.append(Doc("m06_bezwaar_collectief", [
    "# Bezwaarschrift bewoners Dorpsstraat e.o.",
    "Aan de {{O:Commissie bezwaarschriften}} van de {{O:gemeente Lochem}}",
    "Laren, 16 januari 2026",
    "",
    "Wij, ondergetekenden, bewoners van de Dorpsstraat, de {{X:Pastoor Wesselsweg}} en het {{X:Dr. Ariënsplein}}, maken "
    "bezwaar tegen het {{F:verkeersbesluit VB-2026-011}}. Het besluit maakt van de Dorpsstraat een fietsstraat met "
    "eenrichtingsverkeer. Het sluipverkeer verplaatst zich daardoor naar de smalle {{X:Pastoor Wesselsweg}}, waar "
    "kinderen van de {{X:Jan Ligthartschool}} oversteken.",
    "Contactpersoon namens de ondertekenaars: [[P:Kees Overbeek]], [[A:Dorpsstraat 12]], [[T:06 18 44 20 97]], "
    "[[E:kees@overbeek-laren.nl]].",
    "",
    "Naam | Adres | Handtekening",
    "[[P:Kees Overbeek]] | [[A:Dorpsstraat 12]] | [[S:K. Overbeek (getekend)]]",
    "[[P:Wilma ten Brinke]] | [[A:Dorpsstraat 14]] | [[S:W.t.Brinke (getekend)]]",
    "[[P:Fatma Demir]] | [[A:Dorpsstraat 19a]] | getekend",
    "[[P:Hasan Demir]] | [[A:Dorpsstraat 19a]] | getekend",
    "[[P:Agnes 't Hoen]] | [[A:Pastoor Wesselsweg 3]] | getekend",
    "[[P:Ruud van der Meulen]] | [[A:Pastoor Wesselsweg 5]] | getekend",
    "[[P:Lotte van der Meulen-Visser]] | [[A:Pastoor Wesselsweg 5]] | getekend",
    "[[P:Geert Bleumink]] | [[A:Dr. Ariënsplein 2]] | getekend",
    "[[P:Marijke Bleumink-Groot Nuelend]] | [[A:Dr. Ariënsplein 2]] | getekend",
    "[[P:Henk Lammers]] | [[A:Dorpsstraat 33]] | getekend",
    "[[P:Jannie Lammers]] | [[A:Dorpsstraat 33]] | getekend",
    "<<PB>>",
    "Naam | Adres | Handtekening",
    "[[P:Theo Oude Luttikhuis]] | [[A:Dorpsstraat 35]] | getekend",
    "[[P:Priya Ramdin]] | [[A:Dorpsstraat 37]] | getekend",
    "[[P:Łukasz Nowak]] | [[A:Dorpsstraat 39]] | getekend",
    "[[P:Frank de Wit]] (Bakkerij De Wit) | [[A:Dorpsstraat 22]] | getekend",
    "",
    "Wij verzoeken de commissie ons gezamenlijk te horen. Wij hebben de zorgen eerder voorgelegd aan wethouder "
    "{{U:Annelies Brinkhorst}} tijdens het spreekuur in het {{X:Huis van Laren}}.",
], font="dejavu", prod_str="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))

DOCS.append(Doc("m07_ontvangst_bezwaar", [
    "{{O:Gemeente Lochem}}",
    "{{O:Commissie bezwaarschriften}}",
    "",
    "De heer [[P:K. Overbeek]]",
    "[[A:Dorpsstraat 12]]",
    "7245 AB Laren",
    "",
    "Datum: 21 januari 2026",
    "Zaaknummer: {{F:BZ-2026-0021}}",
    "Onderwerp: ontvangst bezwaarschrift",
    "",
    "Geachte heer [[P:Overbeek]],",
    "Wij hebben uw bezwaarschrift van 16 januari 2026 tegen het {{F:verkeersbesluit VB-2026-011}} ontvangen. Het "
    "bezwaarschrift is mede ondertekend door zeventien andere bewoners. Wij behandelen u als contactpersoon.",
    "De {{O:Commissie bezwaarschriften}} is een onafhankelijke commissie die het college adviseert. U wordt "
    "uitgenodigd voor een hoorzitting. Het college beslist binnen twaalf weken na afloop van de bezwaartermijn "
    "({{W:artikel 7:10 Awb}}).",
    "Het secretariaat van de commissie wordt gevoerd door mr. [[P:Jolanda van 't Hul]]. U bereikt haar via "
    "[[T:0573 28 92 76]] of [[E:j.vanthul@lochem.nl]], of via het algemene adres {{M:bezwaarschriften@lochem.nl}}.",
    "",
    "Met vriendelijke groet,",
    "namens de {{O:Commissie bezwaarschriften}},",
    "mr. [[P:J. van 't Hul]]",
    "secretaris",
], producer="docx", prod_str="LibreOffice 7.6", creator="Writer"))

DOCS.append(Doc("m08_uitnodiging_hoorzitting", [
    "{{O:Gemeente Lochem}}  -  {{O:Commissie bezwaarschriften}}",
    "",
    "Aan: de heer mr. [[P:S. Wolbert]] ({{O:Ter Haar Advocaten}}), de heer [[P:J.H. Nijenhuis]], mevrouw "
    "[[P:G.J.M. Hoekstra-van Dam]], de heer en mevrouw [[P:Schäfer]], de heer [[P:K. Overbeek]]",
    "Datum: 10 februari 2026",
    "Zaaknummers: {{F:BZ-2026-0017}}, {{F:BZ-2026-0019}}, {{F:BZ-2026-0021}}, {{F:BZ-2026-0024}}",
    "",
    "Onderwerp: uitnodiging hoorzitting {{F:verkeersbesluit VB-2026-011}}",
    "",
    "De {{O:Commissie bezwaarschriften}} hoort u op woensdag 4 maart 2026 om 19.30 uur in het {{O:Stadhuis Lochem}}, "
    "Markt 1, zaal {{X:De Berkel}}. Namens het college zijn aanwezig de projectleider en de verkeerskundige van de "
    "afdeling {{O:Openbare Ruimte}}. De hoorzitting is openbaar, tenzij een van de partijen om een besloten zitting vraagt.",
    "Stukken liggen ter inzage bij de balie van het stadhuis. Wilt u uiterlijk 25 februari 2026 laten weten wie namens u "
    "aanwezig is? Dat kan via {{M:bezwaarschriften@lochem.nl}} of telefonisch via {{V:14 0573}}.",
    "Mevrouw [[P:Hoekstra-van Dam]] heeft gevraagd om een plaats op de begane grond; de zaal is rolstoeltoegankelijk.",
    "",
    "Met vriendelijke groet,",
    "mr. [[P:J. van 't Hul]], secretaris",
], font="dejavu", prod_str="Aspose.PDF for .NET 23.11", creator="Aspose.Words"))

DOCS.append(Doc("m09_verslag_hoorzitting", [
    "# Verslag hoorzitting Commissie bezwaarschriften",
    "Datum: 4 maart 2026, 19.30-21.45 uur  |  Locatie: {{O:Stadhuis Lochem}}, zaal {{X:De Berkel}}",
    "Zaken: {{F:BZ-2026-0017}}, {{F:BZ-2026-0019}}, {{F:BZ-2026-0021}}, {{F:BZ-2026-0024}}",
    "",
    "Rol | Naam | Hoedanigheid",
    "voorzitter | mr. [[P:Reinier Hazelhoff]] | extern voorzitter",
    "lid | mr. [[P:Rob Wessels]] | extern lid",
    "lid | ir. [[P:Anne Meijerink]] | extern lid",
    "secretaris | mr. [[P:Jolanda van 't Hul]] | gemeente",
    "verweerder | [[P:Maarten ter Horst]] | projectleider",
    "verweerder | [[P:Ruud Oude Nijhuis]] | verkeerskundige",
    "bezwaarde | [[P:Marleen Mensink-Hoekstra]] | namens haar moeder",
    "bezwaarde | mr. [[P:Stijn Wolbert]], [[P:Johan Nijenhuis]] | advocaat en cliënt",
    "bezwaarde | [[P:Jürgen Schäfer]] | ",
    "bezwaarde | [[P:Kees Overbeek]], [[P:Wilma ten Brinke]] | namens de bewoners",
    "",
    "1. Opening. De voorzitter opent de zitting en licht de werkwijze toe. De commissie is onafhankelijk en geeft het "
    "college een advies. Er zijn geen bezwaren tegen de samenstelling.",
    "2. Bezwaar [[P:Hoekstra-van Dam]]. Mevrouw [[P:Mensink-Hoekstra]] licht toe dat haar moeder door haar "
    "[[H:hartklachten]] niet ver kan lopen. Zij vraagt een ontheffing voor de mantelzorgers. De heer [[P:Oude Nijhuis]] "
    "zegt dat een ontheffing voor laden en lossen mogelijk is via het {{O:Klant Contact Centrum}}.",
    "3. Bezwaar [[P:Nijenhuis]]. Mr. [[P:Wolbert]] herhaalt de gronden uit zijn brief van 9 februari 2026. De heer "
    "[[P:Nijenhuis]] voegt toe dat de melkwagen sinds januari via het erf van de buurman, de heer [[P:Gerrit Klein Haneveld]], "
    "moet keren. De heer [[P:ter Horst]] erkent dat het landbouwverkeer in het ontwerp te weinig aandacht heeft gekregen.",
    "<<PB>>",
    "4. Bezwaar [[P:Schäfer]]. De heer [[P:Schäfer]] vraagt waarom de eiken niet gespaard kunnen worden. De heer "
    "[[P:ter Horst]] zegt dat de riolering volgens het {{Y:Gemeentelijk Rioleringsplan 2024-2028}} onder de bomen door moet. "
    "Het advies van {{O:Boomtechnisch Adviesbureau Oost}} wordt nagezonden.",
    "5. Bezwaar bewoners. De heer [[P:Overbeek]] en mevrouw [[P:ten Brinke]] vrezen sluipverkeer over de "
    "{{X:Pastoor Wesselsweg}}. De verkeerskundige zegt toe tellingen te laten uitvoeren door {{O:Goudappel}}.",
    "6. Sluiting. De voorzitter dankt de aanwezigen. Het advies volgt binnen zes weken.",
    "",
    "Actiepunten",
    "Nr | Actie | Wie | Wanneer",
    "1 | boomtechnisch advies nazenden | [[C:MtH]] | 11 maart",
    "2 | verkeerstellingen Pastoor Wesselsweg | [[C:RON]] | april",
    "3 | ontheffingsprocedure toelichten aan bezwaarde | [[C:RON]] | 18 maart",
    "4 | conceptadvies opstellen | [[C:JvtH]] | 1 april",
    "",
    "Vastgesteld door de voorzitter, mr. [[P:R. Hazelhoff]]",
], font="helv", prod_str="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

DOCS.append(Doc("m10_advies_bezwaarcommissie", [
    "# Advies Commissie bezwaarschriften gemeente Lochem",
    "Zaaknummers {{F:BZ-2026-0017}} t/m {{F:BZ-2026-0024}}  -  {{F:verkeersbesluit VB-2026-011}}",
    "Datum advies: 8 april 2026",
    "",
    "1. Procedure",
    "Bij besluit van 4 december 2025 heeft het college een verkeersbesluit genomen voor de {{Y:Reconstructie "
    "Dorpsstraat-Molenweg}}. Daartegen zijn vier bezwaarschriften ingediend, door mevrouw [[P:Hoekstra-van Dam]], "
    "de heer [[P:Nijenhuis]] (vertegenwoordigd door mr. [[P:Wolbert]]), de heer en mevrouw [[P:Schäfer]] en door "
    "achttien bewoners met de heer [[P:Overbeek]] als contactpersoon. Op 4 maart 2026 heeft de commissie de partijen "
    "gehoord.",
    "2. Ontvankelijkheid",
    "Het pro-forma bezwaar van de heer en mevrouw [[P:Schäfer]] is tijdig aangevuld. Voor zover het bezwaar is gericht "
    "tegen de omgevingsvergunning voor de kap ({{F:OV-2025-3317}}), is het niet-ontvankelijk: die vergunning is een "
    "ander besluit, waartegen afzonderlijk bezwaar openstaat.",
    "3. Beoordeling",
    "Een verkeersbesluit moet worden genomen met inachtneming van de doelen in artikel 2 van de {{W:Wegenverkeerswet "
    "1994}}. De commissie stelt vast dat het college de belangen van het landbouwverkeer niet kenbaar heeft gewogen. "
    "Uit de hoorzitting blijkt dat de projectleider dat ook erkent. Het besluit is op dit punt onvoldoende gemotiveerd "
    "({{W:artikel 7:12 Awb}}).",
    "<<PB>>",
    "Ten aanzien van de bereikbaarheid voor bewoners met een beperking overweegt de commissie dat het college een "
    "ontheffingsregeling kan treffen. De persoonlijke omstandigheden van mevrouw [[P:Hoekstra-van Dam]] rechtvaardigen "
    "een individuele ontheffing.",
    "Ten aanzien van het sluipverkeer over de {{X:Pastoor Wesselsweg}} is de commissie van oordeel dat het college de "
    "uitkomst van de tellingen van {{O:Goudappel}} moet afwachten.",
    "4. Advies",
    "De commissie adviseert het college de bezwaren van de heer [[P:Nijenhuis]] en van de bewoners gegrond te verklaren, "
    "het verkeersbesluit te herroepen voor zover het de Molenweg betreft en een nieuw besluit te nemen met een "
    "ontheffing voor landbouwverkeer; het bezwaar van mevrouw [[P:Hoekstra-van Dam]] gegrond te verklaren voor wat "
    "betreft de ontheffing; en het bezwaar van de heer en mevrouw [[P:Schäfer]] ongegrond te verklaren.",
    "",
    "De {{O:Commissie bezwaarschriften}},",
    "mr. [[P:R. Hazelhoff]], voorzitter        mr. [[P:J. van 't Hul]], secretaris",
], producer="docx", font="serif", prod_str="LibreOffice 7.6", creator="Writer"))

DOCS.append(Doc("m11_beslissing_op_bezwaar", [
    "{{O:Gemeente Lochem}}",
    "",
    "Aangetekend",
    "De heer mr. [[P:S. Wolbert]]",
    "{{O:Ter Haar Advocaten}}",
    "Stationsweg 10",
    "7241 CR Lochem",
    "",
    "Datum: 28 april 2026",
    "Zaaknummer: {{F:BZ-2026-0019}}",
    "Onderwerp: beslissing op bezwaar van uw cliënt, de heer [[P:J.H. Nijenhuis]]",
    "",
    "Geachte heer [[P:Wolbert]],",
    "Wij hebben het advies van de {{O:Commissie bezwaarschriften}} van 8 april 2026 overgenomen. Het bezwaar van uw "
    "cliënt is gegrond. Wij herroepen het {{F:verkeersbesluit VB-2026-011}} voor zover het de Molenweg betreft. Wij "
    "nemen een nieuw verkeersbesluit ({{F:VB-2026-019}}) met een ontheffing voor landbouwverkeer en melktransport.",
    "Wethouder {{U:Annelies Brinkhorst}} heeft de heer [[P:Nijenhuis]] op 22 april 2026 telefonisch over deze beslissing "
    "geïnformeerd.",
    "De kosten van rechtsbijstand in bezwaar vergoeden wij volgens het {{W:Besluit proceskosten bestuursrecht}}: "
    "EUR 1.518,00. Wij maken dit bedrag over op rekening [[I:NL47 RABO 0318 2290 64]] ten name van {{O:Ter Haar "
    "Advocaten}}.",
    "Tegen deze beslissing kan beroep worden ingesteld bij de {{O:Rechtbank Gelderland}}.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Lochem,",
    "de secretaris,                              de burgemeester,",
    "{{U:drs. H.A. Kroon}}                        {{U:Sander Veltkamp}}",
    "",
    "Behandeld door: [[P:Femke Dijkhuis-Amsink]], juridisch adviseur, [[T:0573 289 415]]",
], font="times", prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

DOCS.append(Doc("m12_verkeersbesluit", [
    "# GEMEENTEBLAD - Officiële uitgave van de gemeente Lochem",
    "Nr. {{F:GMB-2026-118204}}",
    "",
    "Verkeersbesluit {{F:VB-2026-019}}: ontheffing landbouwverkeer Molenweg Laren",
    "",
    "Het college van burgemeester en wethouders van Lochem;",
    "gelet op de artikelen 15, 18 en 21 van de {{W:Wegenverkeerswet 1994}}, artikel 12 van het {{W:Besluit "
    "administratieve bepalingen inzake het wegverkeer}} (BABW) en het {{W:Mandaatbesluit Lochem 2023}};",
    "overwegende dat in het kader van de {{Y:Reconstructie Dorpsstraat-Molenweg}} de Molenweg tussen de Dorpsstraat "
    "en de {{X:Van Heeckerenweg}} wordt heringericht; dat de {{O:Commissie bezwaarschriften}} op 8 april 2026 heeft "
    "geadviseerd het landbouwverkeer een ontheffing te verlenen; dat de {{O:Politie Oost-Nederland}} op 14 april 2026 "
    "positief heeft geadviseerd;",
    "besluit:",
    "1. op de Molenweg een geslotenverklaring voor vrachtauto's (bord C7 van bijlage 1 van het {{W:RVV 1990}}) in te "
    "stellen met onderbord 'uitgezonderd landbouwverkeer en ontheffinghouders';",
    "2. op de Dorpsstraat tussen de {{X:Burgemeester Smitstraat}} en het {{X:Dr. Ariënsplein}} een fietsstraat in te "
    "stellen;",
    "3. dit besluit in werking te laten treden op de dag na bekendmaking.",
    "",
    "Lochem, 28 april 2026",
    "burgemeester en wethouders van Lochem,",
    "namens dezen, de wethouder verkeer en vervoer, {{U:Annelies Brinkhorst}}",
    "",
    "Bezwaar: binnen zes weken na bekendmaking bij het college, Postbus 17, 7240 AA Lochem.",
    "Informatie: {{O:Klant Contact Centrum}}, telefoon {{V:14 0573}}, {{M:info@lochem.nl}}.",
], font="helv", prod_str="iText® 7.2.5 ©2000-2023 iText Group NV (Officiële Publicaties)",
   creator="KOOP Officiële Publicaties"))

DOCS.append(Doc("m13_planning_aannemer", [
    "# Wegenbouw Berkelland BV - Uitvoeringsplanning",
    "Project: {{Y:Reconstructie Dorpsstraat-Molenweg}} Laren  |  Bestek {{F:LOC-2025-044}}  |  Rev. C, 12 maart 2026",
    "Opdrachtgever: {{O:gemeente Lochem}}  |  Directievoerder: [[P:Maarten ter Horst]]",
    "",
    "Fase | Werkzaamheden | Periode | Verantwoordelijk",
    "0 | bouwrijp maken, bomenkap Molenweg | 16-20 mrt | [[P:H.J. Klein Gunnewiek]]",
    "1a | riolering Dorpsstraat 1-21 | 23 mrt - 24 apr | [[P:H.J. Klein Gunnewiek]]",
    "1b | riolering Dorpsstraat 22-41 | 27 apr - 29 mei | [[P:Thijs Beltman]]",
    "2 | Molenweg fundering en asfalt | 1 jun - 10 jul | [[P:Thijs Beltman]]",
    "3 | Dr. Ariënsplein bestrating | 13 jul - 24 jul | onderaannemer {{O:Stratenmakersbedrijf Sloot}}",
    "bouwvak | - | 27 jul - 14 aug | -",
    "4 | groen en oplevering | 17 aug - 4 sep | [[P:Özlem Kaya]]",
    "",
    "Bereikbaarheid: bakkerij aan de Dorpsstraat tijdens fase 1b via achterom; melkveebedrijf [[A:Molenweg 88]]: afstemmen "
    "met de bewoner (zie ontheffing {{F:VB-2026-019}}). Mevrouw aan [[A:Dorpsstraat 41]] ([[H:rollator]]): loopschotten leggen.",
    "",
    "Contactpersonen aannemer",
    "Functie | Naam | Telefoon | E-mail",
    "uitvoerder | [[P:Henk-Jan Klein Gunnewiek]] | [[T:06-53 81 22 47]] | [[E:hj.kleingunnewiek@wegenbouwberkelland.nl]]",
    "werkvoorbereider | [[P:Thijs Beltman]] | [[T:0544 - 37 12 80]] | [[E:t.beltman@wegenbouwberkelland.nl]]",
    "planner | [[P:Özlem Kaya]] | [[T:0544 37 12 86]] | [[E:o.kaya@wegenbouwberkelland.nl]]",
    "omgevingsmanager | [[P:Sanne Lubbers]] (gemeente) | [[T:06 2210 5873]] | [[E:s.lubbers@lochem.nl]]",
    "algemeen | {{O:Wegenbouw Berkelland BV}} | {{V:0544-37 12 00}} | {{M:info@wegenbouwberkelland.nl}}",
    "<<PB>>",
    "Opmerkingen bij revisie C",
    "- Kap van de eiken aan de Molenweg opgeschort tot het advies van {{O:Boomtechnisch Adviesbureau Oost}} binnen is "
    "(verzoek [[P:ter Horst]], mail 9 maart).",
    "- Fase 1a met een week verschoven wegens levering putten door {{O:Wavin}}.",
    "- Verkeersregelaars via [[P:Appie]] ([[P:Arjen Pasman]], {{O:Pasman Verkeersregeling}}).",
    "- Nutsbedrijf {{O:Liander}} verlegt de gasleiding in week 14.",
    "",
    "Opgesteld: [[C:ÖK]]  |  Gecontroleerd: [[C:HJKG]]  |  Vrijgegeven: [[C:TB]]",
], font="dejavu", size=9, prod_str="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("m14_mailwisseling_aannemer", [
    "Van: [[P:Klein Gunnewiek, Henk-Jan]] <[[E:hj.kleingunnewiek@wegenbouwberkelland.nl]]>",
    "Verzonden: dinsdag 17 maart 2026 07:42",
    "Aan: [[P:Horst, Maarten ter]] <[[E:m.terhorst@lochem.nl]]>",
    "CC: [[P:Beltman, Thijs]] <[[E:t.beltman@wegenbouwberkelland.nl]]>; [[P:Lubbers, Sanne]] <[[E:s.lubbers@lochem.nl]]>",
    "Onderwerp: RE: kap eiken Molenweg / bewoner nr 52",
    "",
    "Goedemorgen [[P:Maarten]],",
    "Gisteren stond de bewoner van nummer 52, meneer [[P:Schäfer]], weer bij de kraan. Hij heeft foto's gemaakt van "
    "mijn jongens en zegt dat hij naar de krant gaat. Ik heb de machinist, [[P:Dennis Wiggers]], gezegd dat hij de kap "
    "stil moet leggen tot we van jullie horen. Kunnen jullie iemand sturen?",
    "Groet,",
    "[[P:Henk-Jan]]",
    "Uitvoerder | {{O:Wegenbouw Berkelland BV}} | [[T:06-53 81 22 47]]",
    "",
    "Van: [[P:Horst, Maarten ter]] <[[E:m.terhorst@lochem.nl]]>",
    "Verzonden: maandag 16 maart 2026 17:05",
    "Aan: [[P:Klein Gunnewiek, Henk-Jan]] <[[E:hj.kleingunnewiek@wegenbouwberkelland.nl]]>",
    "CC: {{M:projecten-openbareruimte@lochem.nl}}",
    "Onderwerp: RE: kap eiken Molenweg / bewoner nr 52",
    "",
    "Hoi [[P:Henk-Jan]],",
    "Het bezwaar tegen de kapvergunning loopt nog. Juridisch ([[P:Femke]]) adviseert de kap uit te stellen tot na de "
    "hoorzitting van 4 maart... die is inmiddels geweest, maar het advies van de commissie is er nog niet. Dus: niet "
    "kappen. Ik bel wethouder {{U:Brinkhorst}} vanavond even bij.",
    "[[P:Maarten]]",
    "",
    "[[P:Maarten ter Horst]]",
    "Projectleider {{Y:Reconstructie Dorpsstraat-Molenweg}}",
    "{{O:Gemeente Lochem}} | afdeling {{O:Openbare Ruimte}}",
    "M [[T:06 4308 1195]] | T {{V:14 0573}}",
    "<<PB>>",
    "Van: [[P:Beltman, Thijs]] <[[E:t.beltman@wegenbouwberkelland.nl]]>",
    "Verzonden: maandag 16 maart 2026 11:20",
    "Aan: [[P:Horst, Maarten ter]] <[[E:m.terhorst@lochem.nl]]>",
    "Onderwerp: kap eiken Molenweg / bewoner nr 52",
    "",
    "Beste [[P:Maarten]],",
    "Volgens de planning (rev. C) starten we vandaag met de bomenkap. De boomverzorger {{O:Groenbedrijf Achterhoek}} "
    "staat klaar. Een bewoner (meneer [[P:Schäfer]]) zegt dat er een voorlopige voorziening loopt. Klopt dat?",
    "Met vriendelijke groet,",
    "[[P:Thijs Beltman]]",
    "Werkvoorbereider",
    "{{O:Wegenbouw Berkelland BV}}  |  Industrieweg 4, Eibergen  |  {{V:0544-37 12 00}}",
    "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
], font="helv", prod_str="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="RE: kap eiken Molenweg"))

DOCS.append(Doc("m15_mails_bewoners", [
    "Van: [[P:Wilma ten Brinke]] <[[E:wilmatenbrinke@hotmail.com]]>",
    "Verzonden: donderdag 26 maart 2026 22:03",
    "Aan: {{M:info@lochem.nl}}; [[E:s.lubbers@lochem.nl]]",
    "CC: [[E:kees@overbeek-laren.nl]]",
    "Onderwerp: Fw: trillingen Dorpsstraat",
    "",
    "Beste mevrouw [[P:Lubbers]],",
    "Sinds maandag trilt ons hele huis door de trilplaat. Er zit een scheur in de gevel boven de voordeur "
    "([[A:Dorpsstraat 14]]). Mijn man [[P:Evert ten Brinke]] heeft foto's gemaakt. Wie betaalt dit? Ik heb ook al "
    "gebeld met de uitvoerder maar die nam niet op.",
    "[[P:Wilma]]",
    "",
    "----- Doorgestuurd bericht -----",
    "Van: [[P:Kees Overbeek]] <[[E:kees@overbeek-laren.nl]]>",
    "Datum: 25 maart 2026 19:41",
    "Aan: bewoners Dorpsstraat (BCC)",
    "Onderwerp: trillingen Dorpsstraat",
    "",
    "Buren,",
    "Wie schade heeft door de werkzaamheden: meld het bij de gemeente via het schadeformulier en stuur mij een kopie. "
    "Ik verzamel alles voor de {{O:Stichting Dorpsbelang Laren}}. [[P:Priya]] van nummer 37 heeft een bouwkundige in de "
    "familie die wil komen kijken ([[P:Sunil Ramdin]], [[T:06 - 39 47 11 02]]).",
    "Groet, [[P:Kees]]",
    "",
    "Van: [[P:Lubbers, Sanne]] <[[E:s.lubbers@lochem.nl]]>",
    "Verzonden: vrijdag 27 maart 2026 09:12",
    "Aan: '[[E:wilmatenbrinke@hotmail.com]]'",
    "Onderwerp: RE: Fw: trillingen Dorpsstraat",
    "",
    "Beste mevrouw [[P:ten Brinke]],",
    "Vervelend om te lezen. Ik heb {{O:Wegenbouw Berkelland BV}} gevraagd een trillingsmeter te plaatsen. Schade kunt u "
    "melden met het schadeformulier op {{X:www.lochem.nl/schade}}; een bouwkundige van {{O:Nebest}} komt dan langs.",
    "Met vriendelijke groet,",
    "[[P:Sanne Lubbers]]",
    "Omgevingsmanager {{Y:Reconstructie Dorpsstraat-Molenweg}}",
    "[[T:06 2210 5873]]",
], font="dejavu", prod_str="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

DOCS.append(Doc("m16_whatsapp_buurtgroep", [
    "WhatsApp-chat met Buurtapp Dorpsstraat Laren",
    "",
    "[14-03-2026 08:02] [[P:Kees Overbeek]]: Morgen om 7 uur gaan ze beginnen bij de eiken, wie gaat er kijken?",
    "[14-03-2026 08:05] [[P:Jannie]]: Ik niet, moet naar mijn [[H:fysio]]",
    "[14-03-2026 08:09] [[P:Fatma]]: Wij staan er ☺",
    "[14-03-2026 08:15] [[P:Jürgen]]: Ik neem de camera mee. Heeft iemand het nummer van die uitvoerder?",
    "[14-03-2026 08:17] [[P:Kees Overbeek]]: [[P:Henk-Jan]] [[T:06-53 81 22 47]]",
    "[14-03-2026 08:31] [[P:Appie]]: jongens rustig aan he, mijn mannen doen ook maar hun werk 🙂",
    "[14-03-2026 08:33] [[P:Jürgen]]: @[[P:Appie]] jij staat toch alleen maar met een bordje",
    "[14-03-2026 09:02] [[P:Lotte vd Meulen]]: Raadslid {{U:Groot Wassink}} komt zaterdag kijken zei hij op Facebook",
    "[14-03-2026 09:04] [[P:Theo OL]]: Ik heb wethouder {{U:Brinkhorst}} gemaild, geen antwoord",
    "[14-03-2026 09:10] [[P:Fatma]]: Mijn zoon [[P:Emre]] kan niet meer met de fiets naar de {{X:Jan Ligthartschool}}",
    "[14-03-2026 09:12] [[P:Jannie]]: Oma [[P:Gerda]] van 41 zit al een week binnen",
    "[14-03-2026 09:20] [[P:Kees Overbeek]]: Ik heb de gemeente gebeld, die [[P:Sanne]] zou terugbellen",
    "[14-03-2026 09:44] [[P:Lotte vd Meulen]]: <Media weggelaten>",
    "[14-03-2026 10:01] [[P:Jürgen]]: Hier het mailadres van de projectleider: [[E:m.terhorst@lochem.nl]]",
    "[14-03-2026 10:03] [[P:Jannie]]: 👍",
], font="dejavu", prod_str="Skia/PDF m120", creator="Chromium"))
