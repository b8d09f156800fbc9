"""Set WL documents wl01-wl16 (all persons invented)."""
from lib import Doc

WLM = "{{O:Waterschap Linge en Merwede}}"
DHE = "{{Q:Dijkversterking Hagestein-Everdingen}}"
MOT = ["# Informatie die niet openbaar gemaakt kan worden",
       "Motivering: in de openbaar gemaakte versie zijn persoonsgegevens van medewerkers en derden weggelaten "
       "op grond van artikel 5.1, tweede lid, onder e, van de {{W:Wet open overheid}}."]

DOCS = [
Doc("wl01", engine="ttf", producer="Microsoft® Outlook voor Microsoft 365", creator="Microsoft® Outlook",
    title="Woo-verzoek dijkversterking", lines=[
    "Van: [[P:Femke Algra]] <[[E:femke.algra@ziggo.nl]]>",
    "Verzonden: maandag 7 september 2026 21:14",
    "Aan: {{M:woo@lingemerwede.nl}}",
    "Onderwerp: Woo-verzoek " + DHE,
    "",
    "Geachte heer, mevrouw,",
    "Op grond van de {{W:Wet open overheid}} verzoek ik " + WLM + " om openbaarmaking van alle documenten over "
    "de schadeloosstelling van grondeigenaren langs {{N:dijkvak HE-07}} tot en met {{N:dijkvak HE-11}}, de "
    "onderhandelingen met {{F:Manege De Hoefslag}} en de correspondentie met {{O:Combinatie DijkWerk Hagestein}} "
    "over de planning van de werkzaamheden in Hagestein en {{L:Everdingen}}.",
    "Ik vraag in het bijzonder om de verslagen van het overleg tussen dijkgraaf {{R:Wijnbergen}} en de "
    "bewoners van de {{F:Prins Bernhardweg}}, en om de rapporten van de landmeter over de nieuwe teenlijn.",
    "Periode: 1 januari 2025 tot heden. Digitale verstrekking heeft mijn voorkeur.",
    "",
    "Met vriendelijke groet,",
    "[[P:Femke Algra]]",
    "[[A:Achterweg 17]], [[A:4124 AD Hagestein]]",
    "Tel. [[T:06-41823377]]",
    "Voor de volledigheid: mijn BSN is [[B:204517389]]. Kopie aan mijn buurman [[P:Henk-Jan van der Stelt]].",
    ]),
Doc("wl02", engine="rl", producer="Aspose.Words for .NET 24.3.0", creator="Corsa 7.2", title="Ontvangstbevestiging",
    lines=[
    "# " + WLM,
    "Bezoekadres: {{L:Lingedijk 2, Everdingen}} | Telefoon {{G:088 241 70 00}}",
    "",
    "Mevrouw [[P:F. Algra]]",
    "[[A:Achterweg 17]]",
    "[[A:4124 AD Hagestein]]",
    "",
    "Datum: 10 september 2026",
    "Ons kenmerk: {{N:WOO-2026-0418}} / {{N:Z2026-004417}}",
    "Behandeld door: [[P:I. Paauw]], telefoon [[T:088 241 72 36]]",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte mevrouw [[P:Algra]],",
    "Op 7 september 2026 hebben wij uw verzoek op grond van de {{W:Wet open overheid}} ontvangen. Uw verzoek "
    "gaat over het project " + DHE + ". Wij beslissen binnen vier weken na ontvangst; deze termijn kunnen wij "
    "met twee weken verdagen. Omdat uw verzoek ook documenten van {{O:Combinatie DijkWerk Hagestein}} betreft, "
    "kunnen wij derden om hun zienswijze vragen.",
    "Wij sturen onze berichten naar uw e-mailadres [[E:femke.algra@ziggo.nl]].",
    "Vragen? Mail naar {{M:woo@lingemerwede.nl}} onder vermelding van {{N:WOO-2026-0418}}.",
    "",
    "Met vriendelijke groet,",
    "namens het dagelijks bestuur van " + WLM + ",",
    "[[P:Ingrid Paauw]]",
    "{{J:coördinator informatieverzoeken}}",
    ]),
Doc("wl03", engine="rl", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", title="Brief schadeloosstelling",
    lines=[
    "# " + WLM + " - " + DHE,
    "",
    "Aan de heer [[P:G.J. Verhoeven]]",
    "Melkveehouderij [[P:Verhoeven]]",
    "[[A:Lekdijk-Oost 41]]",
    "[[A:4124 KB Hagestein]]",
    "",
    "Kenmerk: {{N:DHE-GV-2026-031}} | Datum: 3 maart 2026",
    "Onderwerp: aanbod schadeloosstelling perceel [[K:HAG00 F 1187]]",
    "",
    "Geachte heer [[P:Verhoeven]],",
    "Voor de versterking van de dijk tussen Hagestein en {{L:Everdingen}} heeft het waterschap een strook "
    "van circa 0,84 hectare van uw perceel nodig. Op basis van het taxatierapport van {{O:Taxatiebureau Zuidervaart}} "
    "doen wij u een aanbod van EUR 112.400 voor de grond, EUR 18.750 voor bedrijfsschade en een vergoeding voor "
    "deskundigenkosten conform de {{W:Omgevingswet}}.",
    "U heeft in het keukentafelgesprek van 12 februari aangegeven dat uw zoon [[P:Bart Verhoeven]] het bedrijf "
    "overneemt en dat de huiskavel niet kleiner mag worden. Daar houden wij in het aanbod rekening mee.",
    "Bij het gesprek was ook uw echtgenote, mevrouw [[P:Jantine Verhoeven-Smit]], aanwezig.",
    "Uw rentmeester, ing. [[P:Pieter Hagoort]], ontvangt een afschrift van deze brief.",
    "Hebt u vragen, neem dan contact op met onze grondverwerver [[P:Jeroen ter Braake]], "
    "[[T:06 2874 1190]], [[E:j.terbraake@lingemerwede.nl]].",
    "",
    "Hoogachtend,",
    "namens dezen,",
    "[[P:ing. S. Quist]]",
    "{{J:projectmanager}} " + DHE,
    ]),
Doc("wl04", engine="docx", producer="LibreOffice 7.6", creator="Writer", title="Notitie keukentafelgesprek", lines=[
    "# Notitie keukentafelgesprek familie [[P:Van der Stelt]]",
    "Datum: 19 februari 2026, 14.00 uur, ten huize van de familie, [[A:Graaf Florisweg 8]], {{L:Hagestein}}",
    "Aanwezig: [[P:Hendrik van der Stelt]], [[P:Aaltje van der Stelt-Boogaard]], [[P:Jeroen ter Braake]] "
    "(grondverwerving), [[P:Fleur van 't Hoog-Bakker]] ({{J:omgevingsmanager}})",
    "",
    "De heer [[P:Van der Stelt]] (geboren [[D:14-06-1958]]) vertelt dat hij sinds zijn hartoperatie [[H:in 2024]] "
    "het werk op de akkerbouwkavel grotendeels aan zijn neef overlaat. Mevrouw [[P:Van der Stelt-Boogaard]] "
    "wil weten of de oude knotwilgen langs de weg blijven staan.",
    "Het waterschap licht toe dat de binnenberm bij {{N:dijkvak HE-08}} 14 meter breder wordt. Volgens het "
    "ontwerp van {{O:Royal HaskoningDHV}} verdwijnt de erfsloot. De familie wil een ruilkavel in de "
    "{{L:Everdingerwaard}} en verwijst naar de aanpak bij de {{Q:Grebbedijk}}.",
    "Zoon [[P:Henk-Jan]] belt volgende week terug over de ruilkavel.",
    "Afspraak: [[X:JtB]] vraagt bij {{O:BBL}} na of er ruilgrond beschikbaar is; [[X:FvtH]] stuurt de familie de "
    "tekeningen van {{O:Royal HaskoningDHV}}.",
    "Telefoon familie: [[T:(0347) 35 12 86]]; e-mail zoon: [[E:henkjan.vdstelt@hotmail.com]]",
    ]),
Doc("wl05", engine="ttf", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    title="Onderhandelingsverslag manege", lines=[
    "# Verslag onderhandeling {{F:Manege De Hoefslag}}",
    "Project: " + DHE + " | Zaak {{N:Z2026-001932}} | {{N:dijkvak HE-09}}",
    "",
    "Datum: 26 maart 2026, locatie kantine manege, {{F:Prins Bernhardweg}} 112, {{L:Everdingen}}",
    "Aanwezig namens de manege: [[P:Chantal Ruijs-Meijer]] (eigenaar), [[P:Dennis Ruijs]], advocaat "
    "mr. [[P:Anne-Marie Ketelaar]] (Ketelaar & Vos Advocaten)",
    "Aanwezig namens het waterschap: [[P:Jeroen ter Braake]], [[P:Fleur van 't Hoog-Bakker]], "
    "rentmeester [[P:P. Hagoort]] is verhinderd.",
    "",
    "# 1. Situatie",
    "De buitenrijbaak en twee paddocks liggen binnen de beschermingszone van de dijk. Het ontwerp vraagt een "
    "verlegging van de rijbaan met 22 meter. De manege heeft 38 pensionpaarden en 11 lespaarden; de lessen "
    "voor {{O:Stichting Paardrijden Gehandicapten Vijfheerenlanden}} gaan door tijdens de bouw.",
    "Mevrouw [[P:Ruijs-Meijer]] geeft aan dat zij wegens een [[H:burn-out]] het afgelopen jaar minder les "
    "heeft gegeven en dat haar omzet daardoor niet representatief is voor de bepaling van de bedrijfsschade.",
    "# 2. Bod en reactie",
    "Het waterschap biedt EUR 236.000 voor verplaatsing van de rijbaan inclusief drainage en omheining, plus "
    "tijdelijke huur van een binnenbak bij {{F:Rijcentrum Jan van Schaffelaar}} in {{L:Culemborg}}.",
    "Mr. [[P:Ketelaar]] vindt het bod te laag en verwijst naar de taxatie van {{O:Agrarisch Adviesbureau De Waard}}. "
    "Zij vraagt om een onafhankelijke taxateur en om toepassing van de {{W:Omgevingswet}} (hoofdstuk 15).",
    "===",
    "# 3. Geluid en trillingen",
    "[[P:Dennis Ruijs]] vraagt om een trillingsmeter bij de stallen. Paarden schrikken van damwandwerk. "
    "{{O:Combinatie DijkWerk Hagestein}} heeft toegezegd niet te heien tussen 7.00 en 9.00 uur.",
    "# 4. Afspraken",
    "| nr | actie | wie | wanneer |",
    "| 1 | tegenbod op schrift | [[X:A-M.K.]] | 10 april |",
    "| 2 | voorstel trillingsmonitoring | [[X:JtB]] | 17 april |",
    "| 3 | overleg met dijkgraaf | [[X:FvtH]] | mei |",
    "Contact manege: [[T:+31 (0)6 5318 2240]], [[E:chantal@manegedehoefslag.nl]]",
    "Contact advocaat: [[E:a.ketelaar@ketelaarvos.nl]], [[T:030 - 2 63 44 90]]",
    "Het verslag is vastgesteld door {{J:omgevingsmanager}} [[P:F. van 't Hoog-Bakker]].",
    ]),
Doc("wl06", engine="rl", producer="Microsoft® Outlook voor Microsoft 365", creator="Microsoft® Outlook",
    title="RE: tegenbod manege", lines=[
    "Van: [[P:Ter Braake, Jeroen]] <[[E:j.terbraake@lingemerwede.nl]]>",
    "Verzonden: donderdag 16 april 2026 09:12",
    "Aan: [[P:Quist, Sander]] <[[E:s.quist@lingemerwede.nl]]>",
    "CC: [[P:Hoog-Bakker, Fleur van 't]] <[[E:f.vanthoog@lingemerwede.nl]]>; {{M:dijkversterking@lingemerwede.nl}}",
    "Onderwerp: RE: tegenbod {{F:Manege De Hoefslag}}",
    "",
    "Hoi Sander,",
    "Het tegenbod van mr. [[P:Ketelaar]] ligt op EUR 318.000. Volgens mij kunnen we naar 265 als de combinatie "
    "de nieuwe rijbaan zelf aanlegt. [[P:Chantal]] belde me gisteren huilend op; ze is bang dat de manege de "
    "winter niet haalt. Zullen we dit voorleggen aan heemraad {{R:Terpstra}}?",
    "Groet, [[P:Jeroen]]",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: [[P:Quist, Sander]]",
    "Verzonden: woensdag 15 april 2026 17:40",
    "Aan: [[P:Ter Braake, Jeroen]]",
    "CC: [[P:Kaplan, Ömer]] <[[E:o.kaplan@lingemerwede.nl]]>",
    "Onderwerp: tegenbod {{F:Manege De Hoefslag}}",
    "Jeroen, kun je het tegenbod even doorrekenen met [[P:Ömer Kaplan]]? Ik moet voor het {{O:DB}} van 28 april "
    "weten of het binnen het budget van het {{Q:HWBP}} past. Bel me anders op [[T:06-19 44 72 05]].",
    "[[P:Sander Quist]] | {{J:projectmanager}} | " + WLM,
    ]),
Doc("wl07", engine="docx", producer="LibreOffice 7.6", creator="Writer", title="Memo bedrijfsschade",
    author="Ömer Kaplan",
    hidden=[("metadata", "PERSON", "Ömer Kaplan", ["Ömer Kaplan"])],
    lines=[
    "# Memo doorrekening bedrijfsschade",
    "Aan: {{J:projectmanager}} " + DHE,
    "Kenmerk: {{N:DHE-FIN-2026-012}}",
    "",
    "Op verzoek van de projectleiding is het tegenbod van {{F:Manege De Hoefslag}} doorgerekend. De "
    "verplaatsing van de rijbaan kost volgens de kostenraming van {{O:Combinatie DijkWerk Hagestein}} EUR 191.500. "
    "Een bod van EUR 265.000 valt binnen de post onvoorzien van het {{Q:Hoogwaterbeschermingsprogramma}}, "
    "mits de {{O:Programmadirectie HWBP}} instemt.",
    "Voor de melkveehouderij aan de {{L:Lekdijk-Oost}} is de schade door het verlies van huiskavel berekend op "
    "EUR 24.300 per jaar. Voor de familie [[P:Van der Stelt]] is een ruilkavel voordeliger dan uitkoop.",
    "Van: [[P:Ö. Kaplan]], {{J:kostendeskundige}}, [[T:06-41 88 20 63]]. Afgestemd met [[P:Noor Bijlsma]] (calculator aannemer).",
    "Ik adviseer de onderhandelaars om het aanbod aan de manege te koppelen aan trillingsmonitoring door "
    "{{O:Fugro}}.",
    "Deze memo is bestemd voor intern beraad.",
    ]),
Doc("wl08", engine="ttf", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Trimble Business Center",
    title="Landmeetkundig rapport teenlijn", lines=[
    "# {{O:Gelderblom Landmeetkunde B.V.}}",
    "Rapport {{N:GLM-2026-0077}} - uitzetting teenlijn en inmeting erfgrenzen " + DHE,
    "",
    "Opdrachtgever: " + WLM + ", t.a.v. [[P:S. Quist]]",
    "Landmeter: [[P:Bram Heijnis]] (landmeetkundige, [[E:b.heijnis@gelderblom-lm.nl]], [[T:06 3012 8841]])",
    "Controle: [[P:Lotte Smits-Ng]] | veldassistent: [[P:Sem Oukili]]",
    "Meetdata: 2, 3 en 9 april 2026 | Instrument: {{F:Trimble R12i GNSS}}, RTK via {{O:NETPOS}}",
    "",
    "# 1. Aanleiding",
    "Voor het ontwerp-projectbesluit is de nieuwe teen van de dijk tussen {{N:km 11,2}} en {{N:km 14,6}} "
    "uitgezet. Daarbij zijn de erfgrenzen van zeven percelen ingemeten, onder meer van perceel "
    "[[K:HAG00 F 1187]] (eigenaar [[P:G.J. Verhoeven]]) en perceel [[K:EVD01 B 402]] (eigenaar "
    "[[P:C.M. Ruijs-Meijer]]).",
    "# 2. Bevindingen",
    "Bij {{N:dijkvak HE-09}} ligt het hek van de manege 1,8 meter buiten de kadastrale grens. Mevrouw "
    "[[P:Ruijs-Meijer]] was bij de meting aanwezig en wees de grens aan bij de oude grenspaal. Bij de "
    "melkveehouderij is de grens conform de {{O:Kadaster}}-registratie.",
    "De teenlijn snijdt de erfsloot van de familie [[P:Van der Stelt]] over 140 meter; de overlap met de "
    "knotwilgenrij langs de {{F:Graaf Florisweg}} bedraagt 62 meter.",
    "===",
    "# 3. Meetresultaten (RD-coördinaten, NAP)",
    "| punt | X | Y | Z (m NAP) | opmerking |",
    "| T-112 | 138402,31 | 441877,06 | 2,14 | teen, {{N:dijkvak HE-08}} |",
    "| T-118 | 138655,90 | 441802,44 | 2,08 | hek manege |",
    "| G-07 | 138701,12 | 441790,02 | 2,31 | grenspaal, aangewezen door eigenaar |",
    "| T-131 | 139120,77 | 441655,38 | 2,22 | teen, {{N:dijkvak HE-10}} |",
    "# 4. Conclusie",
    "De teenlijn kan worden vastgelegd in het projectbesluit. Voor perceel [[K:EVD01 B 402]] adviseren wij een "
    "grensreconstructie door het {{O:Kadaster}}.",
    "Opgesteld: [[P:B. Heijnis]] | Gecontroleerd: [[P:L. Smits-Ng]] | paraaf [[X:BH]] / [[X:LSN]]",
    "{{O:Gelderblom Landmeetkunde B.V.}} | algemeen {{G:0345 - 58 12 00}} | {{M:info@gelderblom-lm.nl}}",
    ]),
Doc("wl09", engine="rl", producer="Microsoft Teams", creator="Microsoft Teams export", title="Chat projectteam",
    lines=[
    "# Teams-chat: Projectteam {{Q:DHE}} - grondverwerving",
    "[09:02] [[P:Jeroen ter Braake]]: landmeter is klaar bij de manege, hek staat 1,8 m te ver",
    "[09:04] [[P:Fleur van 't Hoog]]: oei. weet [[P:Chantal]] dat al?",
    "[09:05] [[P:Jeroen ter Braake]]: ja ze stond erbij met [[P:Dennis]], niet blij",
    "[09:11] [[P:Sander Quist]]: Graag niks toezeggen voordat het {{O:DB}} is geweest",
    "[09:12] [[P:Ömer Kaplan]]: raming verplaatsing rijbaan staat in de memo, {{N:DHE-FIN-2026-012}}",
    "[09:20] [[P:Fleur van 't Hoog]]: dijkgraaf {{R:Wijnbergen}} wil op 14 mei langs bij de manege en bij [[P:Verhoeven]]",
    "[09:21] [[P:Marloes]] (secretariaat): agenda dijkgraaf 14 mei is vrij tussen 13.00 en 16.00",
    "[09:24] [[P:Jeroen ter Braake]]: top. [[P:Gerrit-Jan]] kan alleen na het melken, dus na 15.00",
    "[09:30] [[P:Sander Quist]]: en [[P:Pieter]] (rentmeester) graag uitnodigen, [[E:p.hagoort@zuidervaart-rm.nl]]",
    "[09:31] [[P:Bram Heijnis]] (gast): rapport {{N:GLM-2026-0077}} komt vrijdag",
    "[09:40] [[P:Fleur van 't Hoog]]: ik zet het in {{O:Corsa}}",
    "[09:45] [[P:Yasmina]] (communicatie): concept-persbericht staat klaar",
    "[09:46] [[P:Tess]]: ik loop morgen mee met [[P:Thijs]] van de combinatie",
    ]),
Doc("wl10", engine="scan", producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i",
    title="Scan brief familie", rotate=0.7, lines=[],
    ocr_lines=[
    ("Hagestein, 2 mei 2026", "type"),
    ("", "type"),
    ("Aan het dagelijks bestuur van Waterschap Linge en Merwede", "type"),
    ("", "type"),
    ("Geacht bestuur,", "type"),
    ("Wij, Hendrik en Aaltje van der Stelt, willen niet verhuizen.", "type"),
    ("Onze boerderij is al vier generaties van de familie.", "type"),
    ("Wij vragen u om een ruilkavel in de Everdingerwaard.", "type"),
    ("Onze zoon Henk-Jan helpt ons met de brieven.", "type"),
    ("", "type"),
    ("Met vriendelijke groet,", "type"),
    ("Hendrik van der Stelt", "hand"),
    ("Graaf Florisweg 8, Hagestein", "type"),
    ("telefoon 0347 351286", "type"),
    ],
    ocr_redact=[("PERSON", "Hendrik van der Stelt", ["Hendrik", "Aaltje", "van der Stelt", "Henk-Jan"]),
                ("ADDRESS", "Graaf Florisweg 8", ["Florisweg 8"]),
                ("PHONE", "0347 351286", ["351286"])]),
Doc("wl11", engine="rl", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", title="Uitnodiging dijkgraaf",
    lines=[
    "# " + WLM,
    "Aan: de heer [[P:G.J. Verhoeven]], mevrouw [[P:C. Ruijs-Meijer]], familie [[P:Van der Stelt]]",
    "Datum: 4 mei 2026 | Kenmerk {{N:DHE-BR-2026-058}}",
    "Onderwerp: bezoek dijkgraaf op 14 mei 2026",
    "",
    "Beste bewoners en ondernemers langs de dijk,",
    "Dijkgraaf {{R:Hendrika Wijnbergen}} en heemraad {{R:Sietse Terpstra}} komen op 14 mei graag bij u langs om "
    "te horen hoe u de voorbereiding van de versterking ervaart. Heemraad {{R:Terpstra}} heeft grondzaken in "
    "portefeuille; heemraad {{R:Nadia El Idrissi}} is verantwoordelijk voor communicatie en participatie.",
    "Het programma begint om 13.00 uur bij {{F:Manege De Hoefslag}} en eindigt om 16.00 uur bij de "
    "melkveehouderij aan de {{L:Lekdijk-Oost}}. Aansluitend is er een inloop in {{F:Dorpshuis Het Anker}}.",
    "Wilt u laten weten of het tijdstip uitkomt? Dat kan bij het secretariaat van de dijkgraaf, "
    "[[P:Marloes Veenendaal]], [[T:088 241 70 12]], [[E:m.veenendaal@lingemerwede.nl]].",
    "",
    "Met vriendelijke groet,",
    "[[P:Fleur van 't Hoog-Bakker]]",
    "{{J:omgevingsmanager}} " + DHE,
    "cc: rentmeester [[P:P.J. Hagoort]], [[E:p.hagoort@zuidervaart-rm.nl]]",
    ]),
Doc("wl12", engine="docx", producer="LibreOffice 7.6", creator="Writer", title="Verslag dagelijks bestuur", lines=[
    "# Besluitenlijst vergadering dagelijks bestuur " + WLM,
    "Datum: 28 april 2026 | Locatie: {{F:Waterschapshuis De Lingestroom}}, {{L:Everdingen}}",
    "",
    "| aanwezig | rol |",
    "| {{R:H. Wijnbergen}} | dijkgraaf, voorzitter |",
    "| {{R:S. Terpstra}} | heemraad grondzaken |",
    "| {{R:N. El Idrissi}} | heemraad communicatie |",
    "| {{R:K.A. de Leeuw}} | heemraad financiën |",
    "| [[P:mr. W.H. Donkersloot]] | bestuurssecretaris (verslag) |",
    "| [[P:S. Quist]] | projectmanager (agendapunt 4) |",
    "| [[P:Marloes Veenendaal]] | secretariaat dijkgraaf |",
    "| [[P:Y. Bouhali]] | communicatieadviseur (agendapunt 5) |",
    "Afwezig met kennisgeving: [[P:R. Hoogendoorn]]",
    "",
    "# 4. " + DHE + ": schadeloosstelling manege",
    "De heemraad grondzaken licht toe dat het tegenbod van de manege boven het mandaat van de grondverwerver ligt. "
    "Heemraad {{R:De Leeuw}} vraagt of de post onvoorzien van het {{Q:HWBP}} dit toelaat. De projectmanager "
    "verwijst naar memo {{N:DHE-FIN-2026-012}}.",
    "Besluit: het {{O:DB}} geeft mandaat tot EUR 265.000 onder voorwaarde van trillingsmonitoring.",
    "===",
    "# 5. Ontwerp-projectbesluit",
    "Het ontwerp-projectbesluit wordt ter inzage gelegd van 1 juni tot en met 13 juli 2026. Heemraad "
    "{{R:El Idrissi}} organiseert twee inloopavonden, een in {{L:Hagestein}} en een in {{L:Everdingen}}. De "
    "{{O:provincie Utrecht}} is gevraagd om een bestuurlijk overleg met gedeputeerde {{R:Brouwer-Lansink}}.",
    "# 6. Rondvraag",
    "Dijkgraaf {{R:Wijnbergen}} meldt dat burgemeester {{R:Koolhoven}} van {{O:gemeente Vijfheerenlanden}} "
    "aanwezig wil zijn bij het bezoek op 14 mei.",
    "",
    "# Actielijst",
    "| nr | actie | wie |",
    "| 26-041 | mandaatbrief grondverwerving | [[X:SQ]] |",
    "| 26-042 | communicatieplan inloopavonden | [[X:FvtH]] |",
    "| 26-043 | bestuurlijk overleg provincie | [[X:WHD]] |",
    "Vastgesteld in de vergadering van 12 mei 2026, de bestuurssecretaris [[P:W.H. Donkersloot]]",
    ]),
Doc("wl13", engine="form", producer="Adobe LiveCycle Designer 11.0", creator="Adobe LiveCycle Designer 11.0",
    title="Aanmeldformulier inloopavond", lines=[
    "# Aanmeldformulier inloopavond " + DHE,
    "{{O:Waterschap Linge en Merwede}} - inloopavond {{L:Hagestein}}, 9 juni 2026, {{F:Dorpshuis Het Anker}}",
    "Formulier {{N:F-DHE-07}}. Vragen: {{M:dijkversterking@lingemerwede.nl}}",
    ],
    fields=[("naam", "Naam", "Wouter de Kruijf"),
            ("adres", "Adres", "Molenstraat 3, 4124 AB Hagestein"),
            ("telefoon", "Telefoon", "06-22 81 90 47"),
            ("email", "E-mail", "wouter.dekruijf@fruitteelt-dekruijf.nl"),
            ("perceel", "Perceel", "HAG00 F 1204"),
            ("geboortedatum", "Geboortedatum", "14-03-1971"),
            ("vraag", "Uw vraag", "Krijg ik schade vergoed voor mijn perenbomen op de binnenberm?")],
    hidden=[("annotations", "PERSON", "Wouter de Kruijf", ["Wouter de Kruijf"]),
            ("annotations", "ADDRESS", "Molenstraat 3, 4124 AB Hagestein", ["Molenstraat 3", "4124 AB"]),
            ("annotations", "PHONE", "06-22 81 90 47", ["06-22 81 90 47"]),
            ("annotations", "EMAIL", "wouter.dekruijf@fruitteelt-dekruijf.nl", ["wouter.dekruijf@fruitteelt-dekruijf.nl"]),
            ("annotations", "ID_NUMBER", "HAG00 F 1204", ["HAG00 F 1204"]),
            ("annotations", "DATE_OF_BIRTH", "14-03-1971", ["14-03-1971"])]),
Doc("wl14", engine="ttf", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", title="Factuur loonbedrijf",
    lines=[
    "# Loonbedrijf [[P:R. de Graaf]]",
    "[[A:Zuiderlingedijk 77]], [[A:4121 KA Everdingen]] | KvK [[K:71820455]] | btw [[K:NL002184371B62]]",
    "Tel. [[T:0031 6 1477 3021]] | [[E:rinus@loonbedrijfdegraaf.nl]]",
    "",
    "Factuur {{N:2026-0193}} | Datum: 22 april 2026",
    "Aan: " + WLM + ", crediteurenadministratie, {{M:facturen@lingemerwede.nl}}",
    "Inkoopordernummer: {{N:PO-4500088213}} | Project: " + DHE,
    "",
    "| omschrijving | aantal | prijs | bedrag |",
    "| proefsleuven teenlijn {{N:dijkvak HE-08}} | 14 uur | 95,00 | 1.330,00 |",
    "| kraan 21 ton met machinist | 9 uur | 118,00 | 1.062,00 |",
    "| afzetten werkvak, begeleiding landmeter | 4 uur | 62,50 | 250,00 |",
    "| subtotaal | | | 2.642,00 |",
    "| btw 21% | | | 554,82 |",
    "| totaal | | | 3.196,82 |",
    "",
    "Gelieve binnen 30 dagen over te maken op [[I:NL86 RABO 0318 4422 19]] t.n.v. [[P:R.J. de Graaf]].",
    "Uitgevoerd door [[P:Rinus de Graaf]] en [[P:Kees de Graaf]]. Werkbon afgetekend door [[P:T. Wiersma]] ([[X:TW]]).",
    ]),
Doc("wl15", engine="rl", producer="PDFpen 13.1", creator="PDFpen", title="Zienswijze manege", lines=[
    "# Ketelaar & Vos Advocaten",
    "Aan: het dagelijks bestuur van " + WLM + ", Postbus {{N:1100}}, {{L:Everdingen}}",
    "Per e-mail: {{M:zienswijzen@lingemerwede.nl}}",
    "Datum: 10 juli 2026 | Uw kenmerk: {{N:DHE-OPB-2026}} | Ons kenmerk: {{N:KV-2026-1877}}",
    "Betreft: zienswijze op het ontwerp-projectbesluit " + DHE,
    "",
    "Geacht college,",
    "Namens mijn cliënte, mevrouw [[P:C.M. Ruijs-Meijer]], wonende aan de [[A:Prins Bernhardweg 112a]] te "
    "{{L:Everdingen}}, exploitante van {{F:Manege De Hoefslag}}, dien ik een zienswijze in op het "
    "ontwerp-projectbesluit, gepubliceerd in het {{O:Waterschapsblad}} van 29 mei 2026.",
    "# 1. Belang",
    "Cliënte is eigenaar van perceel [[K:EVD01 B 402]]. De verlegging van de rijbaan raakt de kern van haar "
    "bedrijf. Zij heeft een bedrijfsrestwaarde die zonder rijbaan nagenoeg nihil is.",
    "# 2. Onvoldoende onderzoek naar alternatieven",
    "Het waterschap heeft de variant met een damwand in de kruin, die ook bij de {{Q:Dijkversterking Gorinchem-Waardenburg}} "
    "is toegepast, onvoldoende onderzocht. Het {{O:Expertisenetwerk Waterveiligheid}} heeft de variant geschikt "
    "geacht. Dit is in strijd met artikel 3:2 van de {{W:Algemene wet bestuursrecht}}.",
    "===",
    "# 3. Trillingen en dierenwelzijn",
    "De lespaarden zijn ingezet in het programma van {{O:Stichting Paardrijden Gehandicapten Vijfheerenlanden}}. "
    "Een van de ruiters, de dochter van cliënte, [[P:Isa Ruijs]] (geboren [[D:3 februari 2012]]), heeft "
    "[[H:epilepsie]] en is aangewezen op een rustige omgeving.",
    "# 4. Schadeloosstelling",
    "Het bod van EUR 265.000 dekt de kosten niet. Cliënte verzoekt om toepassing van de regeling voor "
    "nadeelcompensatie in de {{W:Omgevingswet}} en om een second opinion door {{O:Agrarisch Adviesbureau De Waard}}.",
    "# 5. Conclusie",
    "Ik verzoek u het projectbesluit niet vast te stellen zonder nader onderzoek, en mij te horen.",
    "",
    "Hoogachtend,",
    "mr. [[P:A.M. Ketelaar]]",
    "advocaat | [[T:030 - 263 44 90]] | [[E:a.ketelaar@ketelaarvos.nl]]",
    "Kopie: cliënte, [[E:chantal@manegedehoefslag.nl]]",
    ]),
Doc("wl16", engine="scan", producer="Canon iR-ADV C5540 PDF", creator="Canon iR-ADV C5540", title="Scan zienswijze",
    rotate=-0.8, lines=[],
    ocr_lines=[
    ("ZIENSWIJZE ONTWERP-PROJECTBESLUIT", "bold"),
    ("Dijkversterking Hagestein-Everdingen", "type"),
    ("", "type"),
    ("Naam: Marijke Oosterhuis", "type"),
    ("Adres: Lekdijk-West 9, Hagestein", "type"),
    ("Telefoon: 06-50718832", "type"),
    ("", "type"),
    ("Mijn bezwaar: de bomen op de dijk moeten blijven.", "type"),
    ("De uitweg van mijn erf komt te vervallen.", "type"),
    ("Ik ben slecht ter been en heb een rolstoel.", "type"),
    ("", "type"),
    ("Handtekening:", "type"),
    ("M. Oosterhuis", "hand"),
    ],
    ocr_redact=[("PERSON", "Marijke Oosterhuis", ["Marijke Oosterhuis", "Oosterhuis"]),
                ("ADDRESS", "Lekdijk-West 9", ["Lekdijk-West 9"]),
                ("PHONE", "06-50718832", ["06-50718832"]),
                ("HEALTH", "slecht ter been en heb een rolstoel", ["rolstoel"])]),
]
