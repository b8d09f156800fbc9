"""Set GZ, documents gz17-gz33 (see make_set.py for the markup)."""
from make_set import Doc

PROV = "{{O:Provincie Gelderland}}"
FBE = "{{O:Faunabeheereenheid Gelderland}}"
WBE = "{{O:WBE Over-Betuwe Oost}}"
GW = "{{O:Stichting Ganzenwacht Nederland}}"
MOTIV = [
    "H:Informatie die niet openbaar gemaakt kan worden",
    "Persoonsgegevens van medewerkers, uitvoerders, agrariërs en andere derden (artikel 5.1, tweede lid, "
    "aanhef en onder e, {{W:Wet open overheid}}, code 5.1.2e).",
    "H:Motivering",
    "In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.",
]

DOCS = [
    Doc("gz17", "Besluit GS omgevingsvergunning ganzen", [
        "S:" + PROV + " - Gedeputeerde Staten",
        "S:Aan het bestuur van de " + WBE + ", t.a.v. de heer [[P:G.J. Hulshof]], [[A:Rijksweg-Noord 112]], "
        "[[A:6661 KE]] {{L:Elst}}",
        "S:Datum 1 april 2025 - Zaaknummer {{F:2025-007712}} - Kenmerk {{F:PG-NAT-25-1190}}",
        "H:Besluit omgevingsvergunning flora- en fauna-activiteit: beperken van schade door ganzen",
        "Gedeputeerde Staten van Gelderland hebben op 25 maart 2025 besloten de aanvraag van de " + WBE +
        " van 14 februari 2025 in te willigen. Dit besluit is genomen op grond van artikel 5.1, eerste lid, "
        "onder e, van de {{W:Omgevingswet}}, in samenhang met paragraaf 11.2.2 van het {{W:Besluit activiteiten "
        "leefomgeving}} en de {{W:Omgevingsverordening Gelderland}}.",
        "H:Voorschriften",
        "1. De vergunning geldt van 1 april 2025 tot en met 31 oktober 2029 voor grauwe gans en brandgans.",
        "2. Alleen de uitvoerders op de lijst bij de aanvraag (bijlage 1) mogen handelingen verrichten; zij "
        "dragen een geldige jachtakte bij zich.",
        "3. Afschot is niet toegestaan binnen 200 meter van het {{L:Natura 2000-gebied Rijntakken}} en niet "
        "in de rustgebieden van {{O:Staatsbosbeheer}}.",
        "4. Elk afschot wordt binnen 24 uur geregistreerd in het {{U:Faunaregistratiesysteem}}.",
        "H:Overwegingen",
        "Wij hebben het advies van de " + FBE + " ({{F:FBE-GLD-2025-044}}) gevolgd. Er is sprake van "
        "belangrijke schade aan gewassen; er is geen andere bevredigende oplossing en de gunstige staat van "
        "instandhouding komt niet in gevaar.",
        "BR",
        "H:Bezwaar",
        "Belanghebbenden kunnen binnen zes weken na bekendmaking bezwaar maken bij Gedeputeerde Staten, "
        "Postbus 9090, 6800 GX {{L:Arnhem}}, of digitaal via {{M:bezwaar@gelderland.nl}}.",
        "Gedeputeerde Staten van Gelderland,",
        "namens dezen,",
        "[[P:drs. P.J. Kooijman]]",
        "{{Q:teamleider Natuur}}",
        "Kopie aan: " + FBE + "; {{O:Omgevingsdienst Regio Arnhem}}; {{O:Politie Oost-Nederland}}; "
        "{{O:burgemeester van Overbetuwe}}.",
        "Informatie: [[P:J. Hovenkamp-Smits]], telefoon [[T:06-41 23 87 90]], of het algemene nummer "
        "{{G:(026) 359 99 99}}.",
    ], creator="Corsa 7.4", producer="Aspose.Words for .NET 23.10", author="Kooijman, Pieter-Jan",
        hidden=[("PERSON", "Kooijman, Pieter-Jan (Author)", "metadata", ["Pieter-Jan"])]),

    Doc("gz18", "Verslag overleg ganzen", [
        "H:Verslag regionaal ganzenoverleg Over-Betuwe",
        "Datum: 6 februari 2025, 19.30 uur - Locatie: {{X:Zaal De Hoornsche Hoeve}}, {{L:Elst}}",
        "T:Aanwezig|Organisatie|Functie",
        "T:[[P:Gerrit Jan Hulshof]]|" + WBE + "|voorzitter",
        "T:[[P:Henk Lubbers]]|" + WBE + "|secretaris (notulist)",
        "T:[[P:Bart Ebbers]]|" + FBE + "|secretaris",
        "T:[[P:Judith Hovenkamp-Smits]]|" + PROV + "|{{Q:beleidsmedewerker fauna}}",
        "T:[[P:Johan Willemsen]]|{{O:LTO Noord}} afdeling Over-Betuwe|lid",
        "T:[[P:Anja Versteegh]]|{{O:LTO Noord}} afdeling Over-Betuwe|lid",
        "T:[[P:Niels Voskuilen]]|{{O:Staatsbosbeheer}}|boswachter",
        "Afwezig met bericht: [[P:Ömer Karadağ]], [[P:Marloes Hendriks-Verbeek]].",
        "H:1. Opening",
        "[[P:Hulshof]] opent en meldt dat {{R:wethouder Van Aalst}} van {{L:Overbetuwe}} de bijeenkomst "
        "steunt. Het verslag van 14 november 2024 wordt vastgesteld.",
        "H:2. Schade en aanvraag",
        "[[P:Willemsen]] toont foto's van zijn perceel. [[P:Hovenkamp-Smits]] legt uit dat de provincie een "
        "advies van de " + FBE + " nodig heeft. [[P:Voskuilen]] wijst op de rustgebieden in de {{L:Rijnstrangen}}.",
        "H:Actiepunten",
        "T:Nr|Actie|Wie|Wanneer",
        "T:1|Aanvraag indienen bij provincie|[[C:HL]]|15-02",
        "T:2|Advies FBE agenderen|[[C:BE]]|10-03",
        "T:3|Kaart rustgebieden aanleveren|[[C:NV]]|01-03",
        "T:4|Schadefoto's bundelen|[[C:JW]] / [[C:AV]]|15-02",
    ], mode="docx", creator="Writer", producer="LibreOffice 7.6", author="Henk Lubbers - WBE",
        hidden=()),

    Doc("gz19", "Statenvragen Oudeboon", [
        "S:Schriftelijke vragen ex artikel 45 Reglement van Orde Provinciale Staten Gelderland",
        "S:Indiener: {{R:Statenlid Fenna Oudeboon}} ({{O:Partij voor de Dieren}}) - nummer {{F:PS2025-214}}",
        "H:Vragen over afschot van ganzen in de Over-Betuwe",
        "1. Klopt het dat het college op 25 maart 2025 een vergunning heeft verleend aan de " + WBE + "?",
        "2. Is het college bekend met de berichtgeving dat jagers foto's van geschoten ganzen delen in een "
        "WhatsApp-groep?",
        "3. Welke preventieve maatregelen zijn geëist voordat tot afschot werd overgegaan?",
        "4. Deelt het college de opvatting van {{O:Vogelbescherming Nederland}} dat afschot in de broedtijd "
        "moet worden voorkomen?",
        "H:Antwoord van Gedeputeerde Staten (namens dezen {{R:gedeputeerde Stoutjesdijk}})",
        "1. Ja. Het besluit is gepubliceerd in het {{O:Provinciaal Blad}}.",
        "2. Het college kent de berichtgeving. Het delen van foto's is niet verboden, maar de " + WBE + " heeft "
        "haar leden opgeroepen terughoudend te zijn.",
        "3. Verjaging met knalapparaten, linten en vogelverschrikkers; zie het advies van de " + FBE + ".",
        "4. Het college weegt de belangen af volgens het {{U:Faunabeheerplan ganzen 2024-2029}}.",
        "Aldus vastgesteld in de vergadering van Gedeputeerde Staten van 15 april 2025.",
        "{{R:De commissaris van de Koning, John Berends}}",
    ], creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
        author="griffie", xmp_creator="Kooijman, P.J.",
        hidden=[("PERSON", "Kooijman, P.J. (XMP)", "metadata", ["Kooijman, P.J."])]),

    Doc("gz20", "Teams chat juridische toets", [
        "S:Chat in Microsoft Teams - kanaal Team Natuur / Vergunningen ganzen (export 28-05-2025)",
        "S:[[P:Yıldırım, Esra]] 19-3 10:02: [[P:Judith]], ik heb het concept bekeken. Voorschrift 3 mist de "
        "afstand tot het {{L:Natura 2000-gebied Rijntakken}}.",
        "S:[[P:Hovenkamp-Smits, Judith]] 19-3 10:05: Goed gezien, pas ik aan. Moet de lijst met jachtakte-"
        "nummers als bijlage bij het besluit?",
        "S:[[P:Yıldırım, Esra]] 19-3 10:07: Nee, alleen verwijzen. Die lijst bevat telefoonnummers van "
        "particulieren.",
        "S:[[P:Kooijman, Pieter-Jan]] 19-3 10:31: [[P:Sanne]] van het kabinet belt steeds. Kan het vandaag de deur uit?",
        "S:[[P:Hovenkamp-Smits, Judith]] 19-3 10:33: Vandaag naar [[P:PJ]] voor paraaf, morgen naar GS-agenda.",
        "S:[[P:ter Horst, Ruud (ODRA)]] 19-3 11:14: Laat me weten wanneer het getekend is, dan zet ik het in "
        "het {{U:Omgevingsloket}}.",
        "S:[[P:Yıldırım, Esra]] 19-3 11:20: @[[P:Ruud]] mijn mobiel is [[T:06-30 71 58 24]] als het spoed heeft.",
        "S:[[P:Hovenkamp-Smits, Judith]] 19-3 14:02: Concept staat in {{U:Corsa}} onder {{F:2025-007712}}.",
    ], font="dejavu", creator="Microsoft Teams", producer="Microsoft: Print To PDF"),

    Doc("gz21", "Zienswijze jager Woo", [
        "S:[[P:R. Peelen]]",
        "S:[[A:Dorpsstraat 22]], [[A:6666 BA]] {{L:Heteren}}",
        "S:Aan " + PROV + ", {{O:team Woo}}, zaak {{F:2025-011873}}",
        "H:Zienswijze over openbaarmaking",
        "Geachte heer [[P:van 't Riet]],",
        "U vraagt mijn zienswijze over de openbaarmaking van documenten in het kader van het Woo-verzoek over "
        "de ganzenvergunning. Ik maak bezwaar tegen het openbaar maken van mijn naam, adres en "
        "telefoonnummer en van mijn jachtaktenummer. Vorig jaar ben ik na een artikel in {{O:De Gelderlander}} "
        "thuis lastiggevallen door actievoerders. Mijn vrouw [[P:Miranda]] durft sindsdien de telefoon niet "
        "meer op te nemen.",
        "Ik verzoek u ook de WhatsApp-berichten van onze groep niet openbaar te maken, of in elk geval alle "
        "namen en bijnamen (zoals [[P:Rikkie]]) weg te laten.",
        "Met vriendelijke groet,",
        "[[P:Rik Peelen]], [[T:06 27 66 31 08]]",
    ], mode="docx", creator="Writer", producer="LibreOffice 7.5"),

    Doc("gz22", "Factuur plaagdierbeheer", [
        "S:[[P:Plaagdierbeheer Van Ommeren]] - [[A:Steenoven 9]], [[A:6666 KP]] {{L:Heteren}}",
        "S:KvK [[V:81447302]] - btw [[J:NL003391577B62]] - IBAN [[I:NL30 RABO 0368 1120 94]]",
        "S:[[E:info@plaagdierbeheer-vanommeren.nl]] - [[T:06-31 07 56 44]]",
        "H:Factuur 2025-031",
        "Aan: " + PROV + ", afdeling Natuur, ter attentie van mevrouw [[P:J. Hovenkamp-Smits]]",
        "Factuurdatum: 30 april 2025 - Uw referentie: {{F:PO-4500219876}}",
        "T:Omschrijving|Aantal|Prijs|Bedrag",
        "T:Inzet lokganzen en schuilhut, maart-april|6 dagdelen|{{Z:€ 95,00}}|{{Z:€ 570,00}}",
        "T:Verjaging met drone (preventie), incl. rapportage|4 dagdelen|{{Z:€ 140,00}}|{{Z:€ 560,00}}",
        "T:Kilometervergoeding|212 km|{{Z:€ 0,23}}|{{Z:€ 48,76}}",
        "T:Totaal excl. btw|||{{Z:€ 1.178,76}}",
        "Betaling binnen 30 dagen op [[I:NL30 RABO 0368 1120 94]] t.n.v. [[P:D.J. van Ommeren]] h.o.d.n. "
        "[[P:Plaagdierbeheer Van Ommeren]].",
    ], creator="Moneybird", producer="Prawn 2.4.0"),

    Doc("gz23", "Hoorzitting bezwaarcommissie", [
        "H:Verslag hoorzitting {{O:Commissie bezwaarschriften Gelderland}}",
        "Zaak: bezwaar " + GW + " tegen {{F:2025-007712}} - Datum: 12 juni 2025 - {{X:Statenzaal Huis der Provincie}}",
        "T:Aanwezig|Hoedanigheid",
        "T:mr. [[P:W.F. Ruitenberg]]|voorzitter commissie",
        "T:[[P:drs. K. Bakkenes]]|lid commissie",
        "T:[[P:S.M. de Vries-Tanoe]]|secretaris commissie",
        "T:[[P:L.C. Verhaar-Doornbos]]|bezwaarmaker (voorzitter stichting)",
        "T:mr. [[P:T.K. Abbink]]|gemachtigde bezwaarmaker",
        "T:[[P:E. Yıldırım]], [[P:J. Hovenkamp-Smits]]|namens verweerder",
        "T:[[P:G.J. Hulshof]]|derde-belanghebbende (WBE)",
        "Mevrouw [[P:Verhaar-Doornbos]] licht toe dat de stichting 2.300 donateurs heeft en dat leden in de "
        "{{L:Betuwe}} gewonde ganzen hebben aangetroffen. Mr. [[P:Abbink]] handhaaft alle gronden.",
        "Mevrouw [[P:Yıldırım]] wijst erop dat de schade per perceel door {{O:BIJ12}} is getaxeerd. De heer "
        "[[P:Hulshof]] zegt dat gewonde dieren worden nagezocht met een zweethond van de {{O:Vereniging "
        "Zweethondenwerk}}.",
        "De voorzitter sluit de hoorzitting om 11.40 uur. De commissie brengt binnen zes weken advies uit.",
    ], font="dejavu", creator="Microsoft® Word voor Microsoft 365", producer="Microsoft® Word voor Microsoft 365"),

    Doc("gz24", "Brief medische verklaring jager", [
        "H:[[P:Wouter Gerritsen]]",
        "[[A:Molenstraat 5]], [[A:6665 CA]] {{L:Driel}}",
        "Aan de WBE, t.a.v. de secretaris",
        "Beste [[P:Henk]],",
        "Hierbij meld ik mij af als uitvoerder voor dit seizoen. Na mijn [[H:heupoperatie]] in februari mag ik "
        "van de fysiotherapeut nog niet in een schuilhut zitten.",
        "Mijn jachtakte [[J:GLD-4472210]] blijft geldig; ik schiet weer mee vanaf oktober.",
        "W:Groet, [[P:Wouter]]",
        "W:[[T:06 4512 8830]]",
    ], mode="scan", rotate=-0.8, creator="HP ScanJet Pro 3600", producer="HP Scan",
        scan_header="Ingekomen WBE / bijlage bij zienswijze {{F:2025-011873}}"),

    Doc("gz25", "Rapportage afschot", [
        "H:Rapportage afschot ganzen " + WBE + " - april t/m juni 2025",
        "Bron: {{U:Faunaregistratiesysteem}}, export 2 juli 2025. Opgesteld door de secretaris.",
        "T:Maand|Grauwe gans|Brandgans|Meest actieve uitvoerder|Locatie",
        "T:april|212|47|[[P:G.J. Hulshof]]|{{L:Elst}}, {{L:Driel}}",
        "T:mei|188|31|[[P:T. de Kruijf]]|{{L:Zetten}}, {{L:Hemmen}}",
        "T:juni|143|22|[[P:Ö. Karadağ]]|{{L:Slijk-Ewijk}}",
        "T:Totaal|543|100||",
        "Ter vergelijking: de " + FBE + " verwacht jaarlijks circa 1.700 grauwe ganzen in het werkgebied. De "
        "WBE levert de cijfers aan via {{M:info@fbegelderland.nl}} en aan de provincie via "
        "{{M:faunabeheer@gelderland.nl}}.",
        "Opmerking: op 14 mei is één melding gedaan van een aangeschoten gans die niet is teruggevonden "
        "(uitvoerder [[P:B. van der Zalm]]); de {{O:Politie Oost-Nederland}} is geïnformeerd.",
    ], font="dejavu", creator="Microsoft® Excel® voor Microsoft 365", producer="Microsoft® Excel® voor Microsoft 365",
        outline=[("Rapportage HL", 0), ("Bijlage tellingen Lubbers", 0)],
        hidden=[("INITIALS", "HL (outline)", "outline", ["Rapportage HL"]),
                ("PERSON", "Lubbers (outline)", "outline", ["Lubbers"])]),

    Doc("gz26", "Persbericht ganzen", [
        "S:PERSBERICHT - " + PROV + " - 2 april 2025",
        "H:Provincie geeft vergunning om ganzenschade in Over-Betuwe te beperken",
        "{{L:Arnhem}} - Gedeputeerde Staten van Gelderland hebben de " + WBE + " een vergunning gegeven om "
        "grauwe ganzen en brandganzen te schieten op percelen waar schade optreedt. "
        "\u201cBoeren in de {{L:Betuwe}} zien hun gras verdwijnen. We kiezen voor een zorgvuldige aanpak "
        "waarin verjagen voorop blijft staan\u201d, zegt {{R:gedeputeerde Harmen Stoutjesdijk}}.",
        "De vergunning loopt tot eind oktober 2029. Afschot is niet toegestaan in en rond het {{L:Natura "
        "2000-gebied Rijntakken}}. De " + FBE + " houdt toezicht op de aantallen.",
        "Het afgelopen jaar ontvingen agrariërs in het gebied ruim twintigduizend euro aan tegemoetkoming van "
        "{{O:BIJ12}}. De provincie onderzoekt met de {{O:Prins Bernhard Cultuurfonds}}-stichting en "
        "{{O:Van Hall Larenstein}} of ganzen kunnen worden weggelokt naar speciale foerageergebieden bij de "
        "{{X:John Frostbrug}}.",
        "Noot voor de redactie: meer informatie bij de woordvoerder van {{R:gedeputeerde Stoutjesdijk}}, "
        "{{R:woordvoerder Tessa Gorter}}, via {{G:(026) 359 90 00}} of {{M:pers@gelderland.nl}}.",
    ], creator="Adobe InDesign 19.2", producer="Adobe PDF Library 17.0", author="Gorter, T. (Communicatie)",
        xmp_creator="Lotte Wijffels",
        notes=[(0, 500, 760, "Wijffels, Lotte", "Citaat afgestemd met Sanne (kabinet) 1-4 16:10")],
        hidden=[("PERSON", "Lotte Wijffels (XMP, note)", "metadata", ["Lotte Wijffels"]),
                ("PERSON", "Wijffels, Lotte (note author)", "annotations", ["Wijffels"]),
                ("PERSON", "Sanne (note)", "annotations", ["Sanne"])]),

    Doc("gz27", "Intern memo juridische toets Woo", [
        "H:Memo",
        "S:Aan: [[P:M.A. van 't Riet]], {{Q:Woo-coördinator}}",
        "S:Van: [[P:E. Yıldırım]], {{Q:juridisch adviseur}}",
        "S:Datum: 30 juni 2025 - Zaak {{F:2025-011873}}",
        "S:Onderwerp: lakken in de stukken over de ganzenvergunning",
        "H:Advies",
        "1. Namen, adressen, telefoonnummers, e-mailadressen en jachtaktenummers van de uitvoerders worden "
        "weggelakt op grond van artikel 5.1, tweede lid, onder e, {{W:Wet open overheid}}. De zienswijze van "
        "de heer [[P:Peelen]] onderstreept het risico op intimidatie; ook 5.1.2h kan worden genoemd.",
        "2. De mededeling over de [[H:heupoperatie]] van een uitvoerder valt onder artikel 5.1, eerste lid, "
        "onder d (gezondheid) en wordt niet openbaar gemaakt.",
        "3. IBAN-nummers, kadastrale aanduidingen en adressen van agrariërs zijn persoonsgegevens: lakken.",
        "4. De naam van {{R:gedeputeerde Stoutjesdijk}}, van {{R:Statenlid Oudeboon}} en van de "
        "{{R:woordvoerder Tessa Gorter}} blijven openbaar. Namen van ambtenaren, ook die van mij "
        "([[P:Yıldırım]]) en van [[P:Judith Hovenkamp-Smits]], worden gelakt.",
        "5. " + GW + " is een rechtspersoon; de naam blijft staan. De namen van het bestuur en de gemachtigde "
        "lakken we.",
        "Vragen: [[T:06-30 71 58 24]] of [[E:e.yildirim@gelderland.nl]].",
    ], font="dejavu", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
        notes=[(0, 520, 740, "Maarten van 't Riet", "Eens, ook 5.1.2h toevoegen in besluit. MvtR 1/7"),
               (0, 520, 600, "Maarten van 't Riet", "Bel Esra nog even over punt 4 (woordvoerder)")],
        hidden=[("PERSON", "Maarten van 't Riet (note author)", "annotations", ["Maarten van 't Riet"]),
                ("INITIALS", "MvtR (note)", "annotations", ["MvtR"]),
                ("PERSON", "Esra (note)", "annotations", ["Esra"])]),

    Doc("gz28", "Presentielijst veldbezoek", [
        "H:Presentielijst veldbezoek ganzenschade - 20 maart 2025, {{L:Elst}}",
        "Naam / organisatie / handtekening",
        "[[P:Harmen Stoutjesdijk]] - gedeputeerde",
        "[[P:Sanne Olthof]] - provincie, kabinet",
        "[[P:Joëlle Brinkhuis]] - provincie, secretariaat",
        "[[P:Gerrit Jan Hulshof]] - WBE",
        "[[P:Johan Willemsen]] - LTO / Maatschap",
        "W:[[P:J. Willemsen]]",
        "[[P:Jan-Willem Derksen]] - agrariër",
        "W:[[P:Derksen]]",
    ], mode="scan", rotate=0.9, creator="RICOH IM C3000", producer="RICOH IM C3000",
        scan_header="Scan {{F:2025-011873}}, document 28 - {{O:Provincie Gelderland}}"),

    Doc("gz29", "Taxatierapport BIJ12", [
        "S:{{O:BIJ12}} - Faunazaken - Taxatierapport {{F:BIJ12-FS-2025-06671}}",
        "H:Taxatie schade door grauwe gans",
        "T:Gegeven|Waarde",
        "T:Aanvrager|[[P:A.M. Versteegh-Bouwman]]",
        "T:Adres|[[A:Zandsestraat 3]], [[A:6671 AB]] {{L:Zetten}}",
        "T:Relatienummer BIJ12|[[J:REL-0088127]]",
        "T:Perceel|[[K:Valburg D 1287]] (9,1 ha, blijvend grasland)",
        "T:Taxateur|[[P:R.F. Snoek]] (taxateur {{O:BIJ12}})",
        "T:Datum bezoek|28 april 2025",
        "Bevindingen: op het perceel zijn vraatsporen en uitwerpselen van grauwe ganzen over circa 80 % van "
        "de oppervlakte aangetroffen. De aanvrager heeft preventieve middelen ingezet (linten, knalapparaat). "
        "Geschatte opbrengstderving: 3.900 kg droge stof; waarde {{Z:€ 7.215}}.",
        "De aanvrager ontvangt binnen zes weken een besluit over de tegemoetkoming. Vragen: "
        "{{M:faunazaken@bij12.nl}} of {{G:030 - 711 88 00}}.",
    ], creator="JasperReports Library version 6.20.0", producer="iText 2.1.7 by 1T3XT"),

    Doc("gz30", "Mail Hulshof aan provincie", [
        "S:Van: [[P:Gerrit Jan Hulshof]] <[[E:gerritjan.hulshof@hetnet.nl]]>",
        "S:Verzonden: maandag 5 mei 2025 21:47",
        "S:Aan: [[P:Hovenkamp-Smits, Judith]] <[[E:j.hovenkamp@gelderland.nl]]>",
        "S:CC: [[P:Lubbers, Henk]] <[[E:secretaris.wbe.obo@gmail.com]]>; {{M:info@fbegelderland.nl}}",
        "S:Onderwerp: bedreigingen na publicatie vergunning",
        "Beste [[P:Judith]],",
        "Sinds het persbericht van de provincie krijgen [[P:Marloes]] en ik anonieme berichten. Bij "
        "[[P:Teun de Kruijf]] stond zaterdag een groep mensen met spandoeken voor het erf aan de "
        "[[A:Hoofdstraat 88]] in {{L:Zetten}}. Ik heb aangifte gedaan bij de {{O:Politie Oost-Nederland}} "
        "(registratienummer [[J:2025118774]]).",
        "Wil de provincie alsjeblieft geen namen van uitvoerders meer noemen, ook niet in antwoorden aan "
        "Statenleden?",
        "Groet,",
        "[[P:Gerrit Jan]]",
        "voorzitter " + WBE + " | [[T:06-22 81 47 16]]",
    ], font="dejavu", creator="Microsoft Outlook 16.0", producer="Microsoft® Word 2016"),

    Doc("gz31", "Besluit op Woo-verzoek", [
        "S:" + PROV + " - Gedeputeerde Staten",
        "S:Mevrouw [[P:F. Dijkgraaf]], [[A:Kerkstraat 41b]], [[A:6663 BG]] {{L:Lent}}",
        "S:Datum 15 juli 2025 - Zaaknummer {{F:2025-011873}} - Kenmerk {{F:PG-WOO-25-0688}}",
        "H:Besluit op uw verzoek op grond van de Wet open overheid",
        "Geachte mevrouw [[P:Dijkgraaf]],",
        "Op 3 juni 2025 heeft u gevraagd om openbaarmaking van documenten over de ontheffing ganzenschade "
        "voor de " + WBE + ". Wij hebben 34 documenten gevonden. Wij maken 3 documenten geheel en 31 "
        "documenten gedeeltelijk openbaar; zie de inventarislijst.",
        "H:Zienswijzen",
        "Wij hebben de " + WBE + ", de " + FBE + ", " + GW + " en enkele uitvoerders en agrariërs om hun "
        "zienswijze gevraagd. Eén uitvoerder wees op intimidatie na eerdere publicaties; wij hebben dat "
        "betrokken bij de afweging onder artikel 5.1, tweede lid, onder e en h, {{W:Wet open overheid}}.",
        "H:Afweging",
        "Persoonsgegevens (namen, adressen, telefoonnummers, e-mailadressen, IBAN-nummers, jachtaktenummers, "
        "kadastrale aanduidingen van particulieren) maken wij niet openbaar (5.1.2e). De gegevens over de "
        "gezondheid van een uitvoerder vallen onder 5.1.1d. Namen van {{R:gedeputeerde Stoutjesdijk}}, "
        "{{R:Statenlid Oudeboon}} en {{R:commissaris van de Koning John Berends}} blijven openbaar; zij "
        "treden in hun functie naar buiten.",
        "BR",
        "H:Wijze van openbaarmaking",
        "De documenten worden gepubliceerd op {{U:open.overheid.nl}} en op {{L:www.gelderland.nl/woo}}.",
        "Bezwaar: binnen zes weken bij Gedeputeerde Staten, Postbus 9090, 6800 GX {{L:Arnhem}}.",
        "Gedeputeerde Staten van Gelderland,",
        "namens dezen,",
        "[[P:mr. M.A. van 't Riet]], {{Q:Woo-coördinator}}",
        "Contact: {{M:woo@gelderland.nl}} - {{G:(026) 359 99 99}}",
    ] + MOTIV, creator="Corsa 7.4", producer="Aspose.Words for .NET 23.10", author="Riet, Maarten van 't",
        hidden=[("PERSON", "Riet, Maarten van 't (Author)", "metadata", ["Riet, Maarten"])]),
]

INV = [("1", "Woo-verzoek", "03-06-2025", "deels openbaar", "5.1.2e"),
       ("2", "Ontvangstbevestiging", "04-06-2025", "deels openbaar", "5.1.2e"),
       ("3", "Aanvraag WBE", "14-02-2025", "deels openbaar", "5.1.2e"),
       ("4", "Lijst van uitvoerders", "14-02-2025", "deels openbaar", "5.1.2e, 5.1.2h"),
       ("5", "Schadepercelen", "14-02-2025", "deels openbaar", "5.1.2e"),
       ("6", "Schademelding formulier", "02-04-2025", "deels openbaar", "5.1.2e"),
       ("7", "Brief agrariër", "11-03-2025", "deels openbaar", "5.1.2e"),
       ("8", "Overzicht tegemoetkomingen", "20-01-2025", "deels openbaar", "5.1.2e"),
       ("9", "Advies FBE", "10-03-2025", "deels openbaar", "5.1.2e"),
       ("10", "Bezwaarschrift", "22-04-2025", "deels openbaar", "5.1.2e"),
       ("11", "Aanvulling bezwaar", "06-05-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("12", "E-mail kabinet", "18-03-2025", "deels openbaar", "5.1.2e"),
       ("13", "E-mail werkbezoek", "21-03-2025", "deels openbaar", "5.1.2e"),
       ("14", "WhatsApp-export", "21-04-2025", "deels openbaar", "5.1.2e, 5.1.2h"),
       ("15", "Beslisnota GS", "19-03-2025", "deels openbaar", "5.1.2e"),
       ("16", "Telefoonnotitie", "04-03-2025", "deels openbaar", "5.1.2e"),
       ("17", "Besluit GS", "01-04-2025", "deels openbaar", "5.1.2e"),
       ("18", "Verslag overleg", "06-02-2025", "deels openbaar", "5.1.2e"),
       ("19", "Statenvragen en antwoorden", "15-04-2025", "openbaar", "-"),
       ("20", "Teams-chat", "19-03-2025", "deels openbaar", "5.1.2e"),
       ("21", "Zienswijze", "24-06-2025", "deels openbaar", "5.1.2e"),
       ("22", "Factuur", "30-04-2025", "deels openbaar", "5.1.2e"),
       ("23", "Verslag hoorzitting", "12-06-2025", "deels openbaar", "5.1.2e"),
       ("24", "Brief uitvoerder", "02-03-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("25", "Rapportage afschot", "02-07-2025", "deels openbaar", "5.1.2e"),
       ("26", "Persbericht", "02-04-2025", "openbaar", "-"),
       ("27", "Memo juridische toets", "30-06-2025", "deels openbaar", "5.1.2e"),
       ("28", "Presentielijst", "20-03-2025", "deels openbaar", "5.1.2e"),
       ("29", "Taxatierapport", "28-04-2025", "deels openbaar", "5.1.2e"),
       ("30", "E-mail WBE", "05-05-2025", "deels openbaar", "5.1.2e, 5.1.2h"),
       ("31", "Besluit Woo", "15-07-2025", "-", "-"),
       ("32", "Inventarislijst", "15-07-2025", "-", "-"),
       ("33", "Statenbrief", "08-04-2025", "openbaar", "-")]

DOCS.append(Doc("gz32", "Inventarislijst", [
    "H:Inventarislijst bij besluit {{F:PG-WOO-25-0688}} (zaak {{F:2025-011873}})",
    "T:Nr|Document|Datum|Beoordeling|Grond|Opmerking",
] + [f"T:{n}|{d}|{dt}|{b}|{g}|" + ("zie zienswijze" if n in ("4", "14", "30") else "") for n, d, dt, b, g in INV] + [
    "Gronden: 5.1.1d gezondheid; 5.1.2e eerbiediging van de persoonlijke levenssfeer; 5.1.2h veiligheid "
    "van personen. Behandelaar inventaris: [[P:E. Yıldırım]] ([[C:EYI]]).",
    "Documenten 19 en 26 waren al openbaar (Gerelateerd ID {{F:PS2025-214}} en persbericht 2 april 2025).",
], mode="docx", creator="Writer", producer="LibreOffice 7.6", author="Yıldırım, E.",
    hidden=[("PERSON", "Yıldırım, E. (Author)", "metadata", ["Yıldırım, E."])]))

DOCS.append(Doc("gz33", "Statenbrief ganzenbeleid", [
    "S:Statenbrief - aan Provinciale Staten van Gelderland - 8 april 2025 - {{F:PS2025-231}}",
    "H:Ontwikkelingen ganzenbeleid en vergunning Over-Betuwe",
    "Geachte leden van Provinciale Staten,",
    "Met deze brief informeren wij u, zoals toegezegd door {{R:gedeputeerde Stoutjesdijk}} in de "
    "Statencommissie {{O:Landelijk Gebied}} van 12 maart 2025, over de verleende vergunning aan de " + WBE + ".",
    "Het {{U:Faunabeheerplan ganzen 2024-2029}} van de " + FBE + " voorziet in een jaarlijks afschot van "
    "circa 1.700 grauwe ganzen in de Over-Betuwe. In 2024 werd {{Z:€ 21.415}} aan schade getaxeerd door "
    "{{O:BIJ12}}. Wij blijven inzetten op preventie, samen met {{O:LTO Noord}}, {{O:Natuurmonumenten}}, "
    "{{O:Staatsbosbeheer}} en {{O:Vogelbescherming Nederland}}.",
    "Naar aanleiding van de vragen van {{R:Statenlid Fenna Oudeboon}} merken wij op dat wij in het najaar "
    "een evaluatie laten uitvoeren door {{O:Van Hall Larenstein}}. De resultaten bespreken wij in de "
    "{{X:Hendrik Lorentzzaal}} van het {{O:Huis der Provincie}}.",
    "Gedeputeerde Staten van Gelderland,",
    "{{R:John Berends, voorzitter}}",
    "{{R:drs. L.M. Kwast-Bosch, secretaris}}",
], mode="docx", creator="Writer", producer="LibreOffice 7.6", author="statengriffie"))

INV += [("34", "Verklaring jachthouders", "14-02-2025", "deels openbaar", "5.1.2e"),
        ("35", "Controlerapport BOA", "22-04-2025", "deels openbaar", "5.1.2e"),
        ("36", "Verzendlijst zienswijzen", "17-06-2025", "deels openbaar", "5.1.2e")]

_JH = [("[[P:A.G. Jansen-Roodbeen]]", "[[A:Linge 4]], {{L:Elst}}", "[[T:0481-37 11 62]]", "{{F:JV-01}}"),
       ("[[P:W. van Schaik]]", "[[A:Uilenburg 17]], {{L:Valburg}}", "[[T:06 20 44 19 87]]", "{{F:JV-02}}"),
       ("[[P:Hermina ter Weele]]", "[[A:Dijkstraat 3a]], {{L:Heteren}}", "[[T:026-472 08 55]]", "{{F:JV-03}}"),
       ("[[P:G.H.M. Kersten]]", "[[A:Grote Molenstraat 60]], {{L:Zetten}}", "[[T:0488-41 93 02]]", "{{F:JV-04}}"),
       ("[[P:Frits Oosterveld]]", "[[A:Hollanderdijk 8]], {{L:Driel}}", "[[T:06-44 10 29 71]]", "{{F:JV-05}}"),
       ("[[P:Dianne Huisman-Kok]]", "[[A:Landweg 41]], {{L:Hemmen}}", "[[T:+31 6 52 88 03 16]]", "{{F:JV-06}}"),
       ("[[P:Stijn Verbrugge]]", "[[A:Wetering 12]], {{L:Andelst}}", "[[T:0488 45 77 21]]", "{{F:JV-07}}"),
       ("[[P:Jozef Brüggemann]]", "[[A:Kapelstraat 2]], {{L:Herveld}}", "[[T:06 38 90 14 62]]", "{{F:JV-08}}"),
       ("[[P:C.J. de Haan]]", "[[A:Oude Rijnstraat 19]], {{L:Oosterhout}}", "[[T:024-348 21 70]]", "{{F:JV-09}}"),
       ("[[P:Lotte Schimmel]]", "[[A:Bredeweg 33]], {{L:Slijk-Ewijk}}", "[[T:06-17 63 40 98]]", "{{F:JV-10}}")]

DOCS.append(Doc("gz34", "Bijlage 3 verklaring jachthouders", [
    "H:Bijlage 3 - Verklaring jachthouders " + WBE,
    "De ondergetekende jachthouders verklaren dat de uitvoerders uit bijlage 1 op hun jachtvelden mogen "
    "handelen ter uitvoering van de vergunning op grond van de {{W:Omgevingswet}}. De jachtvelden zijn "
    "aangemeld bij de " + FBE + ".",
    "T:Jachthouder|Adres|Telefoon|Jachtveld",
] + [f"T:{a}|{b}|{c}|{d}" for a, b, c, d in _JH] + [
    "Elke jachthouder tekende deze verklaring op de ledenvergadering van 30 januari 2025 in "
    "{{X:Café De Zwaan}} te {{L:Elst}}.",
    "BR",
    "H:Oppervlakte jachtvelden",
    "T:Jachtveld|Oppervlakte (ha)|Waarvan grasland|Opmerking",
] + [f"T:{d}|{120 + 17 * i}|{60 + 9 * i}|" + ("grenst aan {{L:Natura 2000-gebied Rijntakken}}" if i % 3 == 0 else "")
     for i, (a, b, c, d) in enumerate(_JH)] + [
    "Totaal bejaagbaar oppervlak in het werkgebied: 1.965 ha. Bron: registratie " + FBE + ".",
], font="dejavu", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016"))

DOCS.append(Doc("gz35", "Controlerapport BOA", [
    "S:{{O:Omgevingsdienst Regio Arnhem}} - Toezicht Groen - rapport {{F:ODRA-TG-2025-0388}}",
    "H:Controle naleving vergunning ganzen " + WBE + " - 22 april 2025",
    "Controle uitgevoerd door de BOA's [[P:K. Mulderij]] (BOA-nummer [[J:BOA-113872]]) en [[P:S. Ait Lahcen]] "
    "(BOA-nummer [[J:BOA-120455]]) in de polder tussen {{L:Hemmen}} en {{L:Zetten}}.",
    "T:Tijd|Uitvoerder|Jachtakte|Bevinding",
    "T:05.40|[[P:Teun de Kruijf]]|[[J:GLD-4469874]]|in orde, 6 grauwe ganzen geregistreerd",
    "T:06.15|[[P:Marloes Hendriks-Verbeek]]|[[J:GLD-4473305]]|in orde",
    "T:06.50|[[P:Thijs Wolbrink]]|[[J:GLD-4471699]]|jachtakte niet bij zich; nagezonden per e-mail",
    "T:07.30|[[P:Bertus van der Zalm]]|[[J:GLD-4467551]]|schuilhut op 150 m van Natura 2000-grens: waarschuwing",
    "Conclusie: de vergunning wordt op hoofdlijnen nageleefd. Eén waarschuwing is gegeven wegens het "
    "afstandsvoorschrift (voorschrift 3 van het besluit {{F:2025-007712}}). Terugkoppeling aan de provincie "
    "via {{M:toezicht@odregioarnhem.nl}}.",
    "Rapporteur: [[P:K. Mulderij]], [[T:06 51 20 77 34]]. Gezien: [[P:R. ter Horst]] ([[C:RtH]]).",
], creator="Microsoft® Word 2019", producer="Nitro PDF Creator (Pro 13)", author="Mulderij, Kees",
    hidden=[("PERSON", "Mulderij, Kees (Author)", "metadata", ["Kees"])]))

DOCS.append(Doc("gz36", "Verzendlijst zienswijzen", [
    "H:Verzendlijst zienswijzeverzoeken Woo-zaak {{F:2025-011873}}",
    "Verzonden 17 juni 2025, reactietermijn twee weken (artikel 4.4 {{W:Wet open overheid}}).",
    "T:Derde|Adres / e-mail|Documenten|Reactie",
    "T:" + WBE + " (secretaris [[P:H. Lubbers]])|p/a [[A:Hoge Hoeveweg 7]], {{L:Valburg}}|3, 4, 14, 18, 25, 34|zienswijze 1-7",
    "T:" + FBE + "|{{M:info@fbegelderland.nl}}|9|geen bezwaar",
    "T:" + GW + "|{{L:Utrecht}}|10, 11, 23|geen bezwaar tegen openbaarmaking",
    "T:[[P:Maatschap Willemsen]]|[[A:Bemmelsedijk 14]], {{L:Driel}}|5, 7, 8|bezwaar tegen IBAN en perceel",
    "T:[[P:A.M. Versteegh-Bouwman]]|[[A:Zandsestraat 3]], {{L:Zetten}}|5, 6, 8, 29|geen reactie",
    "T:[[P:R. Peelen]]|[[A:Dorpsstraat 22]], {{L:Heteren}}|4, 11, 14|zienswijze 24-6 (document 21)",
    "T:[[P:D.J. van Ommeren]]|[[A:Steenoven 9]], {{L:Heteren}}|4, 22|geen bezwaar, wel IBAN lakken",
    "T:[[P:W. Gerritsen]]|[[A:Molenstraat 5]], {{L:Driel}}|4, 24|bezwaar (gezondheid)",
    "T:{{O:BIJ12}}|{{M:faunazaken@bij12.nl}}|8, 29|geen bezwaar",
    "Opgesteld door [[P:Esra Yıldırım]], [[C:EYI]]; gecontroleerd door [[P:M.A. van 't Riet]].",
], font="dejavu", creator="Microsoft® Excel® voor Microsoft 365", producer="Microsoft® Excel® voor Microsoft 365"))
