"""Set GZ, documents gz01-gz16 (see make_set.py for the markup)."""
from make_set import Doc

PROV = "{{O:Provincie Gelderland}}"
FBE = "{{O:Faunabeheereenheid Gelderland}}"
WBE = "{{O:WBE Over-Betuwe Oost}}"
GW = "{{O:Stichting Ganzenwacht Nederland}}"

DOCS = [
    Doc("gz01", "Woo-verzoek ganzenschade", [
        "S:[[P:Femke Dijkgraaf]]",
        "S:[[A:Kerkstraat 41b]], [[A:6663 BG]] {{L:Lent}}",
        "S:[[E:f.dijkgraaf@kpnmail.nl]] - [[T:06-19 44 80 27]]",
        "S:Aan: " + PROV + ", t.a.v. de {{Q:Woo-coördinator}}, Postbus 9090, 6800 GX {{L:Arnhem}}",
        "S:Per e-mail aan {{M:post@gelderland.nl}}",
        "H:Verzoek om informatie op grond van de Wet open overheid",
        "Geachte heer, mevrouw,",
        "Op grond van de {{W:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de "
        "ontheffing die Gedeputeerde Staten in 2025 hebben verleend aan de " + WBE + " voor het afschieten van "
        "grauwe ganzen en brandganzen ter voorkoming van schade aan gewassen in de gemeenten {{L:Overbetuwe}} en "
        "{{L:Lingewaard}}. Het gaat mij om de aanvraag, de adviezen van de " + FBE + ", de schademeldingen van "
        "agrariërs, de bezwaren van " + GW + ", de correspondentie met het kabinet van "
        "{{R:gedeputeerde Harmen Stoutjesdijk}} en de interne afstemming.",
        "Ik ben journalist bij een regionaal platform en wil graag dat u de stukken digitaal verstrekt. Mocht "
        "u vragen hebben, dan ben ik bereikbaar op [[T:06-19 44 80 27]].",
        "Met vriendelijke groet,",
        "[[P:F. Dijkgraaf]]",
        "{{L:Lent}}, 3 juni 2025",
    ], author="fdijkgraaf", creator="Writer", producer="LibreOffice 7.6",
        hidden=[("PERSON", "fdijkgraaf (Author)", "metadata", ["fdijkgraaf"])]),

    Doc("gz02", "Ontvangstbevestiging Woo-verzoek", [
        "S:" + PROV + " - {{O:Huis der Provincie}}, {{L:Markt 11}}, 6811 CG {{L:Arnhem}}",
        "S:Telefoon {{G:(026) 359 99 99}} - {{M:post@gelderland.nl}}",
        "S:Zaaknummer {{F:2025-011873}} - Kenmerk {{F:PG-WOO-25-0412}}",
        "S:Mevrouw [[P:F. Dijkgraaf]]",
        "S:[[A:Kerkstraat 41b]]",
        "S:[[A:6663 BG]] {{L:Lent}}",
        "H:Ontvangstbevestiging van uw Woo-verzoek",
        "Geachte mevrouw [[P:Dijkgraaf]],",
        "Op 3 juni 2025 ontvingen wij uw verzoek op grond van de {{W:Wet open overheid}} over de ontheffing "
        "ganzenschade " + WBE + ". Wij hebben uw verzoek geregistreerd onder zaaknummer {{F:2025-011873}}. "
        "Gedeputeerde Staten beslissen binnen vier weken; deze termijn kan met twee weken worden verdaagd "
        "(artikel 4.4 van de {{W:Wet open overheid}}).",
        "Omdat in de stukken gegevens van derden voorkomen (jagers, agrariërs, de " + FBE + "), zullen wij "
        "hen in de gelegenheid stellen een zienswijze te geven.",
        "Heeft u vragen, neem dan contact op met het {{O:team Woo}} via {{M:woo@gelderland.nl}} of "
        "{{G:(026) 359 99 99}}. Vermeld altijd het zaaknummer.",
        "Met vriendelijke groet,",
        "namens Gedeputeerde Staten van Gelderland,",
        "[[P:mr. M.A. van 't Riet]]",
        "{{Q:Woo-coördinator}}",
        "Behandeld door: [[P:Esra Yıldırım]], [[E:e.yildirim@gelderland.nl]], [[T:026 359 87 14]]",
    ], font="dejavu", creator="Corsa 7.4", producer="Aspose.Words for .NET 23.10"),

    Doc("gz03", "Aanvraag ontheffing WBE", [
        "S:" + WBE + " - secretariaat p/a [[A:Hoge Hoeveweg 7]], [[A:6675 NA]] {{L:Valburg}}",
        "S:Aan Gedeputeerde Staten van Gelderland, t.a.v. {{O:Omgevingsdienst Regio Arnhem}}",
        "S:Ons kenmerk {{F:WBE-OBO/2025-03}} - {{L:Valburg}}, 14 februari 2025",
        "H:Aanvraag omgevingsvergunning flora- en fauna-activiteit: beperken ganzenschade",
        "Hierbij vraagt de " + WBE + " namens de aangesloten jachthouders een omgevingsvergunning voor een "
        "flora- en fauna-activiteit op grond van de {{W:Omgevingswet}} en het {{W:Besluit activiteiten "
        "leefomgeving}} voor het doden van grauwe ganzen ({{X:Anser anser}}) en brandganzen ({{X:Branta "
        "leucopsis}}) in de periode 1 april tot en met 31 oktober, ter voorkoming van belangrijke schade aan "
        "grasland, wintertarwe en suikerbieten.",
        "De aanvraag past binnen het {{U:Faunabeheerplan ganzen 2024-2029}} van de " + FBE + ". Bijgevoegd "
        "zijn de lijst van uitvoerders (bijlage 1), een overzicht van de schadepercelen (bijlage 2) en de "
        "verklaring van de jachthouders (bijlage 3).",
        "Contactpersoon voor deze aanvraag is de secretaris, de heer [[P:H. Lubbers]], bereikbaar op "
        "[[T:0481-46 22 09]] of [[E:secretaris.wbe.obo@gmail.com]].",
        "Hoogachtend,",
        "[[P:Gerrit Jan Hulshof]], voorzitter - [[P:Henk Lubbers]], secretaris",
    ], font="times", creator="Microsoft® Word voor Microsoft 365", producer="Microsoft® Word voor Microsoft 365",
        author="hlubbers", hidden=[("PERSON", "hlubbers (Author)", "metadata", ["hlubbers"])]),

    Doc("gz04", "Bijlage 1 lijst van uitvoerders", [
        "H:Bijlage 1 - Lijst van uitvoerders " + WBE + " (seizoen 2025)",
        "Alle uitvoerders zijn in het bezit van een geldige jachtakte en hebben de cursus ganzenbeheer van de "
        "{{O:KNJV}} gevolgd.",
        "T:Nr|Naam|Woonplaats|Jachtakte|Telefoon",
        "T:1|[[P:Gerrit Jan Hulshof]]|{{L:Elst}}|[[J:GLD-4471023]]|[[T:06-22 81 47 16]]",
        "T:2|[[P:Henk Lubbers]]|{{L:Valburg}}|[[J:GLD-4471187]]|[[T:0481-46 22 09]]",
        "T:3|[[P:Dirk-Jan van Ommeren]]|{{L:Heteren}}|[[J:GLD-4470932]]|[[T:+31 (0)6 31 07 56 44]]",
        "T:4|[[P:Wouter Gerritsen]]|{{L:Driel}}|[[J:GLD-4472210]]|[[T:06 4512 8830]]",
        "T:5|[[P:Teun de Kruijf]]|{{L:Zetten}}|[[J:GLD-4469874]]|[[T:0031 6 18 44 27 03]]",
        "T:6|[[P:Marloes Hendriks-Verbeek]]|{{L:Hemmen}}|[[J:GLD-4473305]]|[[T:06-53 90 11 72]]",
        "T:7|[[P:J.W. (Koos) Arends]]|{{L:Elst}}|[[J:GLD-4468820]]|[[T:026-379 44 18]]",
        "T:8|[[P:Rik Peelen]]|{{L:Oosterhout}}|[[J:GLD-4474019]]|[[T:06 27 66 31 08]]",
        "T:9|[[P:Bertus van der Zalm]]|{{L:Andelst}}|[[J:GLD-4467551]]|[[T:0488 45 13 77]]",
        "T:10|[[P:Ömer Karadağ]]|{{L:Slijk-Ewijk}}|[[J:GLD-4475160]]|[[T:06-81 77 20 45]]",
        "T:11|[[P:Thijs Wolbrink]]|{{L:Valburg}}|[[J:GLD-4471699]]|[[T:06 14 03 92 58]]",
        "T:12|[[P:Evert ten Brinke]]|{{L:Herveld}}|[[J:GLD-4466403]]|[[T:0488-45 20 31]]",
        "Jachthouders die toestemming hebben gegeven: zie bijlage 3. Wijzigingen in deze lijst worden binnen "
        "een week gemeld aan de " + FBE + " via {{M:info@fbegelderland.nl}}.",
    ], font="dejavu", creator="Microsoft® Excel® voor Microsoft 365", producer="Microsoft® Excel® voor Microsoft 365"),

    Doc("gz05", "Bijlage 2 schadepercelen", [
        "H:Bijlage 2 - Schadepercelen en grondgebruikers",
        "Overzicht van percelen waarop in 2024 schade door ganzen is getaxeerd door {{O:BIJ12}}. Kadastrale "
        "aanduidingen en namen van grondgebruikers zijn afkomstig van de aanvragers.",
        "T:Grondgebruiker|Kadastraal perceel|Gewas|Opp. (ha)|Getaxeerde schade",
        "T:[[P:Maatschap Willemsen]] ([[P:J.H. Willemsen]])|[[K:Driel C 2214]]|grasland|6,4|{{Z:€ 4.180}}",
        "T:[[P:A.M. Versteegh-Bouwman]]|[[K:Valburg D 1287]]|grasland|9,1|{{Z:€ 6.925}}",
        "T:[[P:C. Bosveld]]|[[K:Herveld A 0872]]|wintertarwe|12,0|{{Z:€ 3.310}}",
        "T:[[P:Y.E. Roelofsen]]|[[K:Elst K 3390]]|suikerbieten|4,2|{{Z:€ 1.940}}",
        "T:[[P:Jan-Willem Derksen]]|[[K:Hemmen B 0411]]|grasland|7,7|{{Z:€ 5.060}}",
        "T:{{O:Staatsbosbeheer}}|{{F:Heteren G 1102}}|natuurgrasland|15,0|geen tegemoetkoming",
        "Het perceel van {{O:Staatsbosbeheer}} ligt in het {{L:Natura 2000-gebied Rijntakken}} en valt buiten "
        "de ontheffing; het is opgenomen als rustgebied.",
        "Totaal getaxeerde schade 2024 in het werkgebied: {{Z:€ 21.415}} (bron: {{O:BIJ12}}, taxatierapporten).",
    ], creator="Microsoft® Excel® 2019", producer="Microsoft® Excel® 2019"),

    Doc("gz06", "Schademelding Versteegh", [
        "H:Schademelding faunaschade - ingevuld formulier",
        "Melding via het portaal van {{O:BIJ12}}, dossiernummer {{F:BIJ12-FS-2025-06671}}.",
        "De aanvrager heeft de gegevens hieronder in het formulier ingevuld.",
    ], mode="form", creator="Adobe Acrobat Pro 2024", producer="Adobe PDF Library 24.2",
        form=[("naam", "Naam aanvrager", "Anna Maria Versteegh-Bouwman"),
              ("adres", "Adres", "Zandsestraat 3, 6671 AB Zetten"),
              ("geboortedatum", "Geboortedatum", "17-05-1968"),
              ("telefoon", "Telefoon", "06 21 90 48 33"),
              ("email", "E-mail", "anja.versteegh@hetnet.nl"),
              ("iban", "IBAN", "NL18 RABO 0157 3382 61"),
              ("perceel", "Kadastraal perceel", "Valburg D 1287"),
              ("schade", "Omschrijving schade", "Grasland kaalgevreten, eerste snede verloren")],
        hidden=[("PERSON", "Anna Maria Versteegh-Bouwman", "annotations", ["Versteegh-Bouwman"]),
                ("ADDRESS", "Zandsestraat 3, 6671 AB Zetten", "annotations", ["Zandsestraat 3"]),
                ("DATE_OF_BIRTH", "17-05-1968", "annotations", ["17-05-1968"]),
                ("PHONE", "06 21 90 48 33", "annotations", ["06 21 90 48 33"]),
                ("EMAIL", "anja.versteegh@hetnet.nl", "annotations", ["anja.versteegh@hetnet.nl"]),
                ("IBAN", "NL18 RABO 0157 3382 61", "annotations", ["NL18 RABO 0157 3382 61"]),
                ("PARCEL", "Valburg D 1287", "annotations", ["Valburg D 1287"])]),

    Doc("gz07", "Schadeclaim Willemsen", [
        "S:[[P:Maatschap Willemsen]] - melkveehouderij",
        "S:[[A:Bemmelsedijk 14]], [[A:6665 LB]] {{L:Driel}}",
        "S:KvK [[V:09183347]] - IBAN [[I:NL62 RABO 0312 4478 90]]",
        "S:Aan " + PROV + ", team Natuur, Postbus 9090, 6800 GX {{L:Arnhem}}",
        "H:Betreft: ganzenschade perceel [[K:Driel C 2214]] en verzoek om snelle ontheffing",
        "Geachte heer [[P:ter Horst]],",
        "Zoals telefonisch besproken stuur ik u hierbij de foto's en het taxatierapport van {{O:BIJ12}} "
        "({{F:BIJ12-FS-2024-11902}}). Op ons perceel aan de {{L:Drielsedijk}} zaten in maart dagelijks meer dan "
        "800 grauwe ganzen. De eerste snede is voor de helft verloren. Mijn zoon [[P:Bram]] heeft de tellingen "
        "bijgehouden in een schrift.",
        "Wij vragen de provincie de ontheffing voor de " + WBE + " zo snel mogelijk te verlenen en de "
        "tegemoetkoming over te maken op [[I:NL62 RABO 0312 4478 90]] ten name van [[P:Maatschap Willemsen]].",
        "Met vriendelijke groet,",
        "[[P:Johan Willemsen]]",
        "[[T:06-50 12 87 64]] / [[E:jh.willemsen@boerderijwillemsen.nl]]",
    ], creator="Nitro Pro 13", producer="Nitro Pro 13 (13.70.2.40)"),

    Doc("gz08", "Schadeclaims overzicht bijlage", [
        "H:Overzicht tegemoetkomingen ganzenschade 2024 - werkgebied " + WBE,
        "Uitdraai uit het registratiesysteem van {{O:BIJ12}} ten behoeve van de beoordeling van de aanvraag. "
        "Bedragen na eigen risico.",
        "T:Dossier|Aanvrager|IBAN|Uitbetaald|Datum",
        "T:{{F:FS-24-11902}}|[[P:Maatschap Willemsen]]|[[I:NL62 RABO 0312 4478 90]]|{{Z:€ 3.762,00}}|12-11-2024",
        "T:{{F:FS-24-10877}}|[[P:A.M. Versteegh-Bouwman]]|[[I:NL18 RABO 0157 3382 61]]|{{Z:€ 6.232,50}}|30-10-2024",
        "T:{{F:FS-24-12015}}|[[P:C. Bosveld]]|[[I:NL07 INGB 0006 5521 48]]|{{Z:€ 2.979,00}}|19-11-2024",
        "T:{{F:FS-24-09631}}|[[P:Y.E. Roelofsen]]|[[I:NL44 ABNA 0518 2290 73]]|{{Z:€ 1.746,00}}|02-10-2024",
        "T:{{F:FS-24-12240}}|[[P:J.W. Derksen]]|[[I:NL91 TRIO 0390 4412 56]]|{{Z:€ 4.554,00}}|27-11-2024",
        "Bron: {{O:BIJ12}} Faunazaken, export 20 januari 2025. Vragen: {{M:faunazaken@bij12.nl}}.",
    ], font="dejavu", creator="Crystal Reports", producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)"),

    Doc("gz09", "Advies FBE", [
        "S:" + FBE + " - {{L:Arnhem}}",
        "S:Aan Gedeputeerde Staten van Gelderland - ons kenmerk {{F:FBE-GLD-2025-044}}",
        "H:Advies over de aanvraag van de " + WBE + " (ganzen)",
        "H:1. Samenvatting",
        "De " + FBE + " adviseert positief over de aanvraag, onder voorwaarden. De schade in het werkgebied is "
        "in 2023 en 2024 structureel geweest en andere middelen (verjagen met knalapparaten, linten, "
        "vogelverschrikkers) hebben onvoldoende effect gehad.",
        "H:2. Tellingen en populatie",
        "Volgens de tellingen van {{O:Sovon Vogelonderzoek Nederland}} verbleven in de zomer van 2024 gemiddeld "
        "4.100 grauwe ganzen en 1.350 brandganzen in de uiterwaarden rond {{L:Heteren}} en {{L:Driel}}. "
        "De staat van instandhouding komt bij het voorgestelde afschot niet in gevaar.",
        "H:3. Voorwaarden",
        "Afschot alleen op percelen met schadegevoelige gewassen, niet binnen 200 meter van het "
        "{{L:Natura 2000-gebied Rijntakken}}; rapportage via het {{U:Faunaregistratiesysteem}} binnen 24 uur; "
        "uitsluitend uitvoerders van de lijst in bijlage 1.",
        "H:4. Behandeling",
        "Dit advies is opgesteld door [[P:A. Wijnbergen]] (analist) en besproken in het bestuur op 10 maart "
        "2025. Voor vragen: [[P:Bart Ebbers]], secretaris, [[T:06 38 72 19 05]], [[E:b.ebbers@fbegelderland.nl]].",
        "BR",
        "H:5. Afschotcijfers vorige seizoenen",
        "T:Seizoen|Grauwe gans|Brandgans|Kolgans|Bron",
        "T:2022|1.214|388|56|{{U:Faunaregistratiesysteem}}",
        "T:2023|1.530|412|71|{{U:Faunaregistratiesysteem}}",
        "T:2024|1.688|447|39|{{U:Faunaregistratiesysteem}}",
        "Het bestuur van de " + FBE + " stelde dit advies vast. Voorzitter: {{R:Gedeputeerde Staten benoemen "
        "de onafhankelijke voorzitter}}.",
    ], creator="PDFpen 13.1", producer="PDFpen 13.1 (macOS)", author="Anouk Wijnbergen",
        xmp_creator="Anouk Wijnbergen",
        outline=[("1. Samenvatting", 0), ("Concept AW / BE 7-3", 0), ("5. Afschotcijfers", 1)],
        hidden=[("PERSON", "Anouk Wijnbergen (Author, XMP)", "metadata", ["Anouk Wijnbergen"]),
                ("INITIALS", "AW / BE (outline)", "outline", ["AW / BE"])]),

    Doc("gz10", "Bezwaar Ganzenwacht", [
        "S:" + GW + " - {{L:Utrecht}}",
        "S:Aan Gedeputeerde Staten van Gelderland, Postbus 9090, 6800 GX {{L:Arnhem}}",
        "S:Uw kenmerk {{F:2025-007712}} - {{L:Utrecht}}, 22 april 2025",
        "H:Bezwaarschrift tegen de omgevingsvergunning flora- en fauna-activiteit ganzen WBE Over-Betuwe Oost",
        "Geacht college,",
        GW + " maakt bezwaar tegen uw besluit van 1 april 2025 ({{F:2025-007712}}). De stichting komt volgens "
        "haar statuten op voor het welzijn van in het wild levende vogels en is belanghebbende in de zin van "
        "artikel 1:2, derde lid, van de {{W:Algemene wet bestuursrecht}}.",
        "Gronden: (1) het besluit motiveert onvoldoende dat er geen andere bevredigende oplossing is; (2) de "
        "schadecijfers van {{O:BIJ12}} zijn niet per perceel onderbouwd; (3) afschot in de broedtijd leidt tot "
        "onnodig lijden van jonge ganzen; (4) het besluit gaat voorbij aan het advies van "
        "{{O:Vogelbescherming Nederland}} over preventieve maatregelen.",
        "Onze voorzitter, [[P:mevrouw L.C. Verhaar-Doornbos]], wil haar bezwaar graag mondeling toelichten op "
        "een hoorzitting. Correspondentie graag aan onze gemachtigde, [[P:mr. T.K. Abbink]], "
        "{{O:Abbink Advocatuur}}, [[E:t.abbink@abbinkadvocatuur.nl]], [[T:030-231 64 88]].",
        "Hoogachtend,",
        "namens het bestuur van " + GW + ",",
        "[[P:Lieke Verhaar-Doornbos]], voorzitter - [[P:Sjoerd Maasland]], penningmeester",
    ], creator="Microsoft® Word 2019", producer="Microsoft® Word 2019"),
    Doc("gz11", "Aanvulling bezwaar Ganzenwacht", [
        "S:{{O:Abbink Advocatuur}} - {{L:Maliebaan 50}}, {{L:Utrecht}}",
        "S:Aan Gedeputeerde Staten van Gelderland, {{O:Juridische Zaken}}",
        "H:Aanvulling gronden bezwaar " + GW + " ({{F:2025-007712}})",
        "Namens cliënte vul ik de gronden van het bezwaar als volgt aan.",
        "1. Uit de tellingen van {{O:Sovon Vogelonderzoek Nederland}} blijkt dat de brandgans in het gebied "
        "vooral in de winter aanwezig is; afschot in de zomer voorkomt die schade niet.",
        "2. De lijst van uitvoerders bevat ten minste één persoon die volgens cliënte in 2023 een "
        "waarschuwing kreeg van de {{O:Politie Oost-Nederland}}, namelijk [[P:de heer Peelen]]. Cliënte "
        "verzoekt u na te gaan of deze uitvoerder nog beschikt over een geldige jachtakte.",
        "3. De provincie heeft het {{U:Faunabeheerplan ganzen 2024-2029}} goedgekeurd zonder de "
        "evaluatie van het {{U:Ganzenakkoord}} af te wachten.",
        "Ik verzoek u deze aanvulling bij de beoordeling te betrekken en mij uit te nodigen voor de hoorzitting.",
        "Hoogachtend,",
        "[[P:mr. T.K. Abbink]]",
        "advocaat - [[T:030-231 64 88]] - [[E:t.abbink@abbinkadvocatuur.nl]]",
    ], font="times", creator="Microsoft® Word 2016", producer="Aspose.PDF for .NET 23.4",
        notes=[(0, 480, 700, "Yildirim, E.", "Punt 2: strafrechtelijke gegevens over Peelen - 5.1.1d? afstemmen met Maarten"),
               (0, 480, 560, "R. ter Horst", "Jachtakte Peelen gecontroleerd bij korpschef, geldig tot 2026")],
        hidden=[("PERSON", "Yildirim (note author)", "annotations", ["Yildirim"]),
                ("PERSON", "Maarten (note)", "annotations", ["Maarten"]),
                ("PERSON", "R. ter Horst (note author)", "annotations", ["R. ter Horst"])]),

    Doc("gz12", "Mailwisseling kabinet gedeputeerde", [
        "S:Van: Olthof, Sanne <[[E:s.olthof@gelderland.nl]]>",
        "S:Verzonden: dinsdag 18 maart 2025 16:42",
        "S:Aan: Horst, Ruud ter <[[E:r.terhorst@odregioarnhem.nl]]>; Kooijman, Pieter-Jan <[[E:pj.kooijman@gelderland.nl]]>",
        "S:CC: Brinkhuis, Joëlle <[[E:joëlle.brinkhuis@gelderland.nl]]>",
        "S:Onderwerp: RE: ontheffing ganzen Over-Betuwe - stand van zaken",
        "Hoi [[P:Ruud]],",
        "{{R:Gedeputeerde Stoutjesdijk}} krijgt donderdag in {{L:Elst}} bezoek van {{O:LTO Noord}} en wil weten "
        "of de vergunning vóór 1 april kan worden verleend. Kun je morgen vóór 12.00 uur een korte stand van "
        "zaken sturen? Bel gerust: [[T:06 12 55 03 71]].",
        "Groet, [[P:Sanne]]",
        "[[P:Sanne Olthof]] | bestuursadviseur kabinet {{R:gedeputeerde H. Stoutjesdijk}} | " + PROV,
        "S:Van: Horst, Ruud ter <[[E:r.terhorst@odregioarnhem.nl]]>",
        "S:Verzonden: dinsdag 18 maart 2025 11:05",
        "S:Aan: Olthof, Sanne <[[E:s.olthof@gelderland.nl]]>",
        "S:Onderwerp: ontheffing ganzen Over-Betuwe - stand van zaken",
        "Hallo [[P:Sanne]], het advies van de " + FBE + " is binnen en positief. Het concept-besluit ligt bij "
        "[[P:Esra]] voor juridische toets. Het bezwaar van " + GW + " verwachten we na verlening. Verlening "
        "per 1 april is haalbaar als de {{O:Omgevingsdienst Regio Arnhem}} het concept woensdag terugkrijgt.",
        "Met vriendelijke groet, [[P:Ruud ter Horst]]",
        "vergunningverlener Natuur | {{O:Omgevingsdienst Regio Arnhem}} | [[T:026 - 377 24 90]] | "
        "algemeen {{G:026 377 29 00}}",
    ], font="dejavu", creator="Microsoft Outlook for Microsoft 365", producer="Microsoft: Print To PDF"),

    Doc("gz13", "Mail gedeputeerde LTO", [
        "S:Van: Brinkhuis, Joëlle <[[E:joëlle.brinkhuis@gelderland.nl]]>",
        "S:Verzonden: vrijdag 21 maart 2025 09:12",
        "S:Aan: [[E:gerritjan.hulshof@hetnet.nl]]; [[E:secretaris.wbe.obo@gmail.com]]",
        "S:CC: Olthof, Sanne <[[E:s.olthof@gelderland.nl]]>; {{M:agenda.gedeputeerden@gelderland.nl}}",
        "S:Onderwerp: Werkbezoek gedeputeerde {{L:Elst}} 20 maart - nagezonden afspraken",
        "Beste heer [[P:Hulshof]], beste heer [[P:Lubbers]],",
        "Namens {{R:gedeputeerde Harmen Stoutjesdijk}} dank voor de ontvangst gisteren bij de boerderij aan de "
        "{{L:Rijksweg-Noord}}. Zoals toegezegd bevestig ik de afspraken: (1) de provincie beslist vóór 1 april "
        "op de aanvraag; (2) de WBE levert per maand de afschotcijfers aan de " + FBE + "; (3) er volgt in "
        "september een evaluatie met {{O:LTO Noord}}, {{O:Natuurmonumenten}} en {{O:Staatsbosbeheer}}.",
        "De foto's van het werkbezoek gebruiken we alleen met toestemming van de personen die erop staan. "
        "De heer [[P:Arends]] gaf aan liever niet in beeld te komen.",
        "Met vriendelijke groet,",
        "[[P:Joëlle Brinkhuis]]",
        "secretaresse kabinet gedeputeerde | [[T:+31 26 359 81 17]] | secretariaat {{G:(026) 359 99 99}}",
    ], font="dejavu", creator="Microsoft Outlook 16.0", producer="Microsoft® Word for Microsoft 365"),

    Doc("gz14", "Appgroep ganzenploeg", [
        "S:WhatsApp-chat met Ganzenploeg OBO (export, aangeleverd door WBE bij zienswijze)",
        "S:[12-04-25 05:41] [[P:GJ Hulshof]]: Morgen 5 uur verzamelen bij [[P:Willemsen]], zo'n 300 grauwe op het grasland",
        "S:[12-04-25 05:43] [[P:Koos]]: ben erbij, neem de lokganzen mee",
        "S:[12-04-25 05:50] [[P:Teun]]: kan niet, moet melken. [[P:DJ]] neem jij mijn plek?",
        "S:[12-04-25 06:02] [[P:Dirk-Jan]]: 👍 komt goed",
        "S:[12-04-25 06:15] [[P:Marloes H]]: denk aan de 200 meter vanaf het {{L:Natura 2000-gebied Rijntakken}}!",
        "S:[13-04-25 08:30] [[P:GJ Hulshof]]: 14 grauwe, 3 brand. Ingevoerd in {{U:Faunaregistratiesysteem}}.",
        "S:[13-04-25 08:34] [[P:Ömer]]: top. Heeft iemand het nummer van die vrouw van de provincie?",
        "S:[13-04-25 08:36] [[P:GJ Hulshof]]: [[P:Sanne Olthof]], [[T:06 12 55 03 71]]. Maar bel eerst [[P:Henk]]",
        "S:[13-04-25 09:10] [[P:Henk Lubbers]]: Jongens, geen namen en foto's op Facebook. Die stichting van "
        "[[P:Verhaar]] leest mee.",
        "S:[13-04-25 09:12] [[P:Rikkie]]: haha die weer 😂",
        "S:[13-04-25 09:15] [[P:Koos]]: zeg dat ze bij {{O:Ganzenwacht}} maar eens komen kijken op het land",
        "S:[20-04-25 19:22] [[P:Bertus]]: wie heeft de sleutel van de hut bij de {{L:Linge}}?",
        "S:[20-04-25 19:30] [[P:Thijs W]]: ligt bij [[P:Evert]] in de schuur",
        "S:[21-04-25 06:05] [[P:Marloes H]]: dinsdag controle van de {{O:BOA's van Staatsbosbeheer}}, papieren mee",
    ], font="dejavu", creator="WhatsApp export via PDF24 Creator", producer="GPL Ghostscript 10.02.1"),

    Doc("gz15", "Beslisnota GS ganzen", [
        "S:Beslisnota voor Gedeputeerde Staten - vergadering 25 maart 2025",
        "S:Portefeuillehouder: {{R:gedeputeerde H. Stoutjesdijk}}",
        "S:Ambtelijk opdrachtgever: [[P:P.J. Kooijman]], {{Q:teamleider Natuur}}",
        "S:Steller: [[P:Judith Hovenkamp-Smits]], [[T:06-41 23 87 90]], [[E:j.hovenkamp@gelderland.nl]]",
        "S:Zaaknummer {{F:2025-007712}}",
        "H:Onderwerp: verlening omgevingsvergunning flora- en fauna-activiteit ganzen " + WBE,
        "H:Geadviseerd besluit",
        "Gedeputeerde Staten wordt gevraagd: 1. de vergunning te verlenen voor de periode 1 april 2025 tot "
        "en met 31 oktober 2029, onder de voorwaarden uit het advies van de " + FBE + "; 2. de Provinciale "
        "Staten te informeren via de {{U:Statenbrief ganzenbeleid}}.",
        "H:Kern",
        "De schade aan gewassen is aangetoond ({{Z:€ 21.415}} getaxeerd in 2024). Preventieve middelen zijn "
        "ingezet. Het afschot past binnen het {{U:Faunabeheerplan ganzen 2024-2029}}.",
        "H:Krachtenveld",
        "{{O:LTO Noord}} dringt aan op snelle verlening. " + GW + " heeft aangekondigd bezwaar te maken. "
        "{{R:Statenlid Fenna Oudeboon}} ({{O:Partij voor de Dieren}}) heeft schriftelijke vragen gesteld.",
        "T:Naam|Functie|Paraaf|Datum",
        "T:[[P:J. Hovenkamp-Smits]]|{{Q:beleidsmedewerker fauna}}|[[C:JHS]]|19-3-2025",
        "T:[[P:P.J. Kooijman]]|{{Q:teamleider Natuur}}|[[C:PJK]]|20-3-2025",
        "T:[[P:E. Yıldırım]]|{{Q:juridisch adviseur}}|[[C:EY]]|20-3-2025",
        "H:Informatie die niet openbaar gemaakt kan worden",
        "Namen en contactgegevens van medewerkers, uitvoerders en agrariërs.",
        "H:Motivering",
        "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
    ], font="dejavu", creator="Microsoft® Word voor Microsoft 365", producer="Microsoft® Word voor Microsoft 365",
        author="Hovenkamp-Smits, J.", hidden=[("PERSON", "Hovenkamp-Smits (Author)", "metadata", ["Hovenkamp-Smits, J."])]),

    Doc("gz16", "Handgeschreven notitie telefoongesprek", [
        "H:Telefoonnotitie",
        "Datum: 4 maart 2025",
        "Gesprek met: [[P:Cornelis Bosveld]], akkerbouwer",
        "Telefoon: [[T:06 47 80 13 22]]",
        "Dhr. [[P:Bosveld]] meldt opnieuw schade aan wintertarwe.",
        "Wil weten wanneer de vergunning komt.",
        "W:Teruggebeld 5/3 - verwezen naar BIJ12",
        "W:[[C:JHS]]",
    ], mode="scan", creator="Canon iR-ADV C5535", producer="Canon iR-ADV C5535 PDF",
        scan_header="Gescand {{F:2025-011873}} - {{O:Provincie Gelderland}} postkamer"),
]
