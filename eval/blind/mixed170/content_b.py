from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("z07_mail_accountant", [
    ("mono", """Van:         «Ekkelkamp, Rutger» <«r.ekkelkamp@twentse-accountants.nl»>
Verzonden:   vrijdag 14 november 2025 16:31
Aan:         «Wolbers, Sanne» <«s.wolbers@overijssel.nl»>
CC:          «José Peña Ortega» <«j.penaortega@twentse-accountants.nl»>; ‹subsidies@overijssel.nl›
Onderwerp:   RE: kostenoverzicht Zonnedijk – ‹SLE-2025-0061› / ‹SCE›"""),
    ("p", "Beste «Sanne»,"),
    ("p", "Zoals besproken stuur ik je het kostenoverzicht van de coöperatie tot en met 30 september 2025. Mijn collega «José» heeft de facturen per kostensoort gekoppeld aan de twee subsidies. Samengevat:"),
    ("t", [["Kostensoort", "Besteed", "Opgevoerd ‹SLE›", "Opgevoerd ‹SCE›"],
           ["Procesgeld en participatie", "€ 61.200", "€ 61.200", "€ 0"],
           ["Vergunningen en ‹MER›-beoordeling", "€ 88.450", "€ 88.450", "€ 88.450"],
           ["Netaansluiting ‹Enexis Netbeheer› (voorschot)", "‹€ 142.000›", "‹€ 142.000›", "‹€ 142.000›"],
           ["Ecologisch onderzoek", "€ 18.730", "€ 18.730", "€ 0"],
           ["Totaal", "€ 310.380", "€ 310.380", "€ 230.450"]]),
    ("p", "De posten vergunningen en netaansluiting zijn dus in beide aanvragen opgenomen. Of dat dubbele financiering is, hangt af van de vraag of de ‹SCE›-subsidie een ‹exploitatiesubsidie› is (per kWh) of ook investeringskosten dekt; volgens de ‹RVO›-beschikking is het een ‹exploitatiesubsidie›. Ik adviseer hierover de ‹Concern Auditor› te laten oordelen. Wij geven pas een controleverklaring af als dit is opgehelderd."),
    ("p", "Met vriendelijke groet,\n\ndrs. «R.M. Ekkelkamp» RA\n‹partner› ‹Twentse Accountantsgroep B.V.›\n‹Hengelosestraat 500›, ‹Enschede› | T «053 480 12 77» | M «06 2290 5511»"),
    ("mono", """Van: «Wolbers, Sanne» <«s.wolbers@overijssel.nl»>
Verzonden: dinsdag 4 november 2025 10:02
Aan: «Ekkelkamp, Rutger» <«r.ekkelkamp@twentse-accountants.nl»>
Onderwerp: kostenoverzicht Zonnedijk"""),
    ("p", "Goedemorgen «Rutger», kun je mij voor 18 november een overzicht sturen van de kosten die de coöperatie voor ‹SLE› en voor ‹SCE› heeft opgevoerd? Groet, «Sanne»"),
    ("pb", None),
    ("mono", """Van: «Peña Ortega, José» <«j.penaortega@twentse-accountants.nl»>
Verzonden: donderdag 13 november 2025 11:18
Aan: «Ekkelkamp, Rutger» <«r.ekkelkamp@twentse-accountants.nl»>
Onderwerp: concept overzicht"""),
    ("p", "«Rutger», bijgaand het concept. De factuur van «Mensink» (installatie meetkast) heb ik niet meegenomen, die valt buiten beide regelingen. Mevrouw «Yildirim» belde nog: zij wil weten of de coöperatie het voorschot moet terugbetalen. Ik heb gezegd dat jij haar terugbelt op «06 5310 2264». Groet, «José»"),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365"))

A(Doc("z08_mail_secretaris_accountant", [
    ("mono", """From:    «Ingrid van 't Hul» <«ingrid.vanthul@ziggo.nl»>
Sent:    Sunday, 9 November 2025 20:40
To:      «r.ekkelkamp@twentse-accountants.nl»
Cc:      «hj.terwee@zonnedijk-oosterveld.nl»; «f.boschvandijk@gmail.com»
Subject: SCE en provincie – wat nu?"""),
    ("p", "Beste heer «Ekkelkamp»,"),
    ("p", "Na het telefoontje van mevrouw «Wolbers» van de provincie maakt het bestuur zich zorgen. Ons bestuurslid «Frits Bosch-van Dijk» heeft de ‹SCE›-aanvraag destijds ingediend via het ‹RVO›-portaal; «Henk-Jan» en ik wisten niet dat daarin ook de netaansluiting stond. De maatschap van «Gerrit Hulshof» en «Annemiek ter Braak», van wie wij de grond pachten, vraagt ons intussen of de pacht wel doorgaat als de provincie terugvordert."),
    ("p", "Kunt u ons vóór de ledenvergadering van 20 november laten weten welk bedrag in het ergste geval terug moet? Ik ben bereikbaar op «06 28 11 47 05», ook ’s avonds. Ons postadres blijft «Brinkweg 7a», «7495 RK» ‹Oosterveld›."),
    ("p", "Vriendelijke groet,\n«Ingrid»"),
], producer="Microsoft: Print To PDF", creator="Outlook", font="Times-Roman"))

A(Doc("z09_notulen_ledenvergadering", [
    ("h", "Notulen Algemene Ledenvergadering Energiecoöperatie Zonnedijk Oosterveld U.A."),
    ("p", "Datum: donderdag ‹20 november 2025›, 20.00 uur\nLocatie: ‹Zaal Ludgerus›, ‹Kerkplein 3›, ‹Oosterveld›\nNotulist: «Ingrid van 't Hul»"),
    ("t", [["Naam", "Rol", "Aanwezig"],
           ["«Hendrik-Jan ter Wee»", "voorzitter", "ja"],
           ["«Ingrid van 't Hul»", "secretaris", "ja"],
           ["«Özlem Yıldırım»", "penningmeester", "ja"],
           ["«Frits Bosch-van Dijk»", "bestuurslid techniek", "ja"],
           ["«Ria Stegeman»", "bestuurslid communicatie", "afgemeld"],
           ["«Gerrit Hulshof»", "grondeigenaar (toehoorder)", "ja"],
           ["«Sanne Wolbers»", "‹Provincie Overijssel›, agendapunt 3", "ja"],
           ["47 leden", "zie presentielijst (bijlage)", ""]]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent om 20.05 uur. Hij meldt dat wethouder ‹Kroeze› van de gemeente ‹Hof van Twente› verhinderd is. Het ‹zonneveld› heeft de omgevingsvergunning onherroepelijk; de ‹Tonnie Kamphuis Energieprijs› 2025 is aan de coöperatie toegekend."),
    ("h", "2. Financiën"),
    ("p", "De penningmeester licht toe dat de coöperatie naast de provinciale subsidie (‹SLE›) een ‹SCE›-beschikking van ‹RVO› heeft. Een lid, de heer «Klein Gunnewiek» (buurman aan de Veldhoekweg), vraagt of de leden aansprakelijk zijn als er terugbetaald moet worden. De voorzitter antwoordt dat de coöperatie een U.A. is en leden niet aansprakelijk zijn."),
    ("h", "3. Toelichting provincie"),
    ("p", "Mevrouw «Wolbers» van het ‹Subsidieloket› legt uit dat de ‹Concern Auditor› onderzoekt of kosten dubbel zijn gefinancierd. Zij kan nog niets zeggen over de uitkomst. Een besluit volgt van ‹Gedeputeerde Staten›."),
    ("pb", None),
    ("h", "4. Pacht"),
    ("p", "De heer «Hulshof» bevestigt dat de maatschap vasthoudt aan de pachtovereenkomst. Hij vraagt dat zijn adres en dat van zijn vrouw niet meer in de nieuwsbrief worden genoemd."),
    ("h", "Actiepunten"),
    ("t", [["Nr", "Actie", "Wie", "Wanneer"],
           ["25-11", "Kostenoverzicht naar provincie", "«ÖY» / accountant", "1 december"],
           ["25-12", "Ledenbrief over stand van zaken", "«IvtH»", "5 december"],
           ["25-13", "Overleg met ‹Enexis Netbeheer› over netcongestie", "«FBvD»", "december"],
           ["25-14", "Zienswijze voorbereiden", "«HJtW» / «IvtH»", "na rapport auditor"]]),
    ("p", "Sluiting 22.10 uur. Vastgesteld in de bestuursvergadering van 2 december 2025."),
], engine="docx", producer="LibreOffice 7.6", creator="Writer", author="ivanthul", title="Notulen ALV 20-11-2025", hidden=[("metadata", "ivanthul")]))

A(Doc("z10_whatsapp_bestuur", [
    ("h", "WhatsApp-chat met Bestuur Zonnedijk 🌞"),
    ("mono", """[03-11-2025 19:02] «Henk-Jan»: Mensen, de provincie heeft gebeld over die SCE. Ingrid weet meer
[03-11-2025 19:04] «Ingrid van 't Hul»: Ja. «Sanne» van de provincie zegt dat we het hadden moeten melden
[03-11-2025 19:05] «Özlem»: Ik vul vanavond het formulier in. Wie heeft het RVO-wachtwoord?
[03-11-2025 19:07] «Frits BvD»: Ik. Stuur ik je privé
[03-11-2025 19:09] «Henk-Jan»: Niet hier in de groep graag 😅
[03-11-2025 19:15] «Ria»: Moet ik de nieuwsbrief van vrijdag tegenhouden?
[03-11-2025 19:16] «Henk-Jan»: Ja «Rietje», even wachten
[03-11-2025 21:40] «Özlem»: Formulier is ingestuurd. Bel me als er iets is «06 5310 2264»
[04-11-2025 08:12] «Frits BvD»: «Gerrit» belde net. Hij en «Annemiek» zijn ongerust over de pacht
[04-11-2025 08:13] «Frits BvD»: Hij wil dat we langskomen op de boerderij, «Veldhoekweg 14»
[04-11-2025 08:30] «Ingrid van 't Hul»: Ik kan donderdagavond. «Henk-Jan» ook?
[04-11-2025 08:41] «Henk-Jan»: 👍
[12-11-2025 17:55] «Ria»: De buurman («Bertus») heeft weer een brief gestuurd aan de provincie, met de hand geschreven 🙈
[12-11-2025 18:01] «Henk-Jan»: Laat maar, dat is zijn goed recht
[20-11-2025 23:02] «Özlem»: Goede vergadering! Dank «Ingrid» voor de notulen"""),
    ("p", "Export aangeleverd door de coöperatie bij de zienswijze (‹Woo›-verzoek ‹2026-OV-04417›). Telefoonnummers van deelnemers zijn door de exportfunctie weggelaten."),
], font="DejaVuSans", producer="Skia/PDF m120", creator="Chromium"))

A(Doc("z11_brief_enexis", [
    ("p", "‹Enexis Netbeheer›\nPostbus 856\n5201 AW ‹'s-Hertogenbosch›\nKlantenservice ‹0800-0550›"),
    ("p", "‹Energiecoöperatie Zonnedijk Oosterveld› U.A.\nt.a.v. de heer «F. Bosch-van Dijk»\n«Schoolstraat 19»\n«7495 PB» ‹Oosterveld›"),
    ("p", "Ons kenmerk: ‹ENX-TC-2025-30917›\nDatum: 2 december 2025\nContactpersoon: «Fenna Oude Luttikhuis»\nTelefoon: «088 - 857 41 63»"),
    ("h", "Onderwerp: transportcapaciteit ‹zonneveld› Veldhoek, ‹Oosterveld›"),
    ("p", "Geachte heer «Bosch-van Dijk»,"),
    ("p", "Op 14 november 2025 vroeg u naar de stand van zaken van uw aanvraag voor transportcapaciteit (‹4,2 MWp›, aansluiting op station ‹Goor›). Het net in deze regio is vol; uw aanvraag staat op de wachtlijst op positie 37. Wij verwachten na de uitbreiding van ‹onderstation Goor› in het derde kwartaal van 2027 capaciteit te kunnen bieden. U kunt in de tussentijd een ‹non-firm ATO› (alternatieve transportrechten) of ‹cable pooling› overwegen."),
    ("p", "Het voorschot van ‹€ 142.000› dat u in april 2025 betaalde voor de aansluiting, verrekenen wij bij oplevering. Voor deze post ontving u, zo begrijpen wij uit uw brief, subsidie; wij kunnen op de vraag of dat dubbel is niet ingaan."),
    ("p", "Met vriendelijke groet,\n\n«W.G. Schuttenbeld»\n‹accountmanager Decentrale Opwek›\n\n«F. Oude Luttikhuis»\n‹netplanner›"),
], font="Helvetica", producer="Adobe PDF Library 23.1.206", creator="Adobe InDesign 19.0 (Windows)", author="Netbeheer brieven"))

A(Doc("z12_mail_enexis_cooperatie", [
    ("mono", """Van: «Oude Luttikhuis, Fenna» <«fenna.oudeluttikhuis@enexis.nl»>
Verzonden: woensdag 10 december 2025 14:22
Aan: «f.boschvandijk@gmail.com»
CC: «Schuttenbeld, Wouter» <«wouter.schuttenbeld@enexis.nl»>; ‹grootzakelijk@enexis.nl›
Onderwerp: RE: cable pooling Veldhoek"""),
    ("p", "Hallo «Frits»,"),
    ("p", "Cable pooling met de windturbine van ‹Windpark Twentekanaal› is technisch mogelijk, maar dan moet de coöperatie een gezamenlijke aansluiting aanvragen. Ik heb ook de provincie (mevrouw «Wolbers») op haar verzoek bevestigd dat het voorschot van ‹€ 142.000› nog niet is besteed aan fysieke werkzaamheden. Zij vroeg daarnaar in verband met de subsidies."),
    ("p", "Bel me gerust: «06-15 44 08 72».\n\nGroet,\n«Fenna»\n‹Enexis Netbeheer› | netplanning Oost"),
    ("mono", """Van: «Frits Bosch-van Dijk» <«f.boschvandijk@gmail.com»>
Verzonden: maandag 8 december 2025 07:58
Aan: «fenna.oudeluttikhuis@enexis.nl»
Onderwerp: cable pooling Veldhoek"""),
    ("p", "Goedemorgen «Fenna», dank voor je brief van 2 december. Wij willen graag verkennen of cable pooling kan. Kun je mij ook laten weten of de provincie bij jullie navraag heeft gedaan? Mijn nummer: «0547-36 21 09» (thuis). Groet, «Frits Bosch-van Dijk», bestuurslid techniek"),
], producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365", font="Helvetica"))

A(Doc("z13_pachtovereenkomst", [
    ("h", "Pachtovereenkomst (uittreksel, bijlage bij aanvraag ‹SLE-2025-0061›)"),
    ("p", "De ondergetekenden:"),
    ("p", "1. «Gerrit Jan Hulshof», geboren op «3 april 1968» te Markelo, en «Annemiek Geertruida ter Braak», geboren op «22 november 1971» te Rijssen, samen handelend als maatschap «Hulshof-Ter Braak», gevestigd en wonende aan de «Veldhoekweg 14», «7495 PL» ‹Oosterveld›, KvK «08215530», hierna: verpachter;"),
    ("p", "2. ‹Energiecoöperatie Zonnedijk Oosterveld› U.A., KvK ‹81734429›, vertegenwoordigd door «Hendrik-Jan ter Wee» en «Özlem Yildirim», hierna: pachter;"),
    ("p", "komen overeen: verpachter verpacht aan pachter het perceel kadastraal bekend gemeente ‹Oosterveld› sectie ‹K› nummer ‹1184›, groot 5.92.40 ha, voor de aanleg en exploitatie van een ‹zonneveld›, voor de duur van 25 jaar (artikel 7:397 ‹Burgerlijk Wetboek›, geliberaliseerde pacht, goedgekeurd door de ‹Grondkamer Oost›). De pachtprijs bedraagt ‹€ 3.150› per hectare per jaar, te voldoen op rekening «NL71 INGB 0006 8830 14» ten name van maatschap «Hulshof-Ter Braak»."),
    ("p", "Na afloop herstelt pachter het perceel als landbouwgrond (‹kwaliteitsimpuls landschap›, ‹Zonneladder› trede 3)."),
    ("t", [["Verpachter", "Verpachter", "Pachter", "Pachter"],
           ["«G.J. Hulshof»", "«A.G. ter Braak»", "«H.J. ter Wee»", "«Ö. Yildirim»"],
           ["Markelo, 28-02-2025", "idem", "Oosterveld, 28-02-2025", "idem"]]),
], producer="PDFpen 13.2", creator="Pages", font="Times-Roman"))

A(Doc("z14_factuur_installateur", [
    ("h", "FACTUUR"),
    ("p", "«Installatiebedrijf R. Mensink»\n«Ruurd Mensink»\n«Haaksbergerweg 88», «7491 EK Delden»\nTel. «074 - 376 55 12» | «info@mensinkinstallatie.nl»\nKvK «67120094» | btw «NL001845219B77»\nIBAN «NL09 RABO 0159 7743 61»"),
    ("p", "Aan: ‹Energiecoöperatie Zonnedijk Oosterveld› U.A., t.a.v. penningmeester\nFactuurnummer: ‹2025-0412›\nFactuurdatum: 11 september 2025"),
    ("t", [["Omschrijving", "Aantal", "Prijs", "Bedrag"],
           ["Plaatsen tijdelijke meetkast ‹Veldhoek› incl. ‹Kamstrup›-meter", "1", "€ 2.840,00", "€ 2.840,00"],
           ["Graafwerk kabeltracé 40 m", "40", "€ 18,50", "€ 740,00"],
           ["Voorrijkosten", "1", "€ 65,00", "€ 65,00"],
           ["Subtotaal", "", "", "€ 3.645,00"],
           ["Btw 21%", "", "", "€ 765,45"],
           ["Totaal", "", "", "€ 4.410,45"]]),
    ("p", "Gelieve binnen 30 dagen te betalen onder vermelding van het factuurnummer. Eenmanszaak, ingeschreven bij de ‹Kamer van Koophandel›."),
], producer="Exact Online", creator="Exact Online", font="Helvetica"))

A(Doc("z15_factuur_ecoloog", [
    ("p", "Ecologisch Adviesbureau «De Veldleeuwerik»\n«Marieke Scholten-Haverkamp», ecoloog\n«Pastoriestraat 6», «7475 AJ Markelo»\n«06 - 38 92 15 07» | «marieke@develdleeuwerik.nl»\nKvK «77031288» | IBAN «NL58 TRIO 0390 4417 25»"),
    ("h", "Factuur ‹DV-2025-031›"),
    ("p", "Datum: 30 juni 2025\nAan: ‹Energiecoöperatie Zonnedijk Oosterveld› U.A.\nProject: quickscan ‹Wet natuurbescherming› / ‹Omgevingswet› – ‹zonneveld› Veldhoek"),
    ("t", [["Werkzaamheden", "Uren", "Tarief", "Bedrag"],
           ["Quickscan flora en fauna, veldbezoek 3x", "46", "€ 95,00", "€ 4.370,00"],
           ["Nader onderzoek ‹patrijs› en ‹steenuil›", "88", "€ 95,00", "€ 8.360,00"],
           ["Rapportage en overleg met ‹Omgevingsdienst Twente›", "24", "€ 95,00", "€ 2.280,00"],
           ["Totaal excl. btw", "", "", "€ 15.010,00"]]),
    ("p", "Kleineondernemersregeling niet van toepassing. Met dank voor de opdracht, «Marieke»."),
], producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", font="Helvetica"))

A(Doc("z16_scan_bezwaar_buurman", [], scan=[
    ("Aan Gedeputeerde Staten van Overijssel", "hand"),
    ("Postbus 10078, 8000 GB Zwolle", "hand"),
    ("", "hand"),
    ("Oosterveld, 10 november 2025", "hand"),
    ("", "hand"),
    ("Betreft: bezwaar tegen subsidie zonneveld Veldhoek", "hand"),
    ("", "hand"),
    ("Geachte heren en dames,", "hand"),
    ("Ik, «Bertus Klein Gunnewiek», woon al 40 jaar", "hand"),
    ("op «Veldhoekweg 16», naast het land van «Hulshof».", "hand"),
    ("Mijn uitzicht gaat weg en het is goede landbouwgrond.", "hand"),
    ("Nu hoor ik dat die cooperatie twee keer subsidie krijgt,", "hand"),
    ("van u en van het Rijk. Dat is toch niet eerlijk.", "hand"),
    ("Ik ben 78 en heb een hartkwaal, ik kan niet naar Zwolle.", "hand"),
    ("Bel mij op «0547-35 18 44» of mijn dochter «Wilma»", "hand"),
    ("op «06-20 71 93 38».", "hand"),
    ("", "hand"),
    ("Hoogachtend,", "hand"),
    ("«B. Klein Gunnewiek»", "hand"),
    ("«Veldhoekweg 16», «7495 PL» Oosterveld", "hand"),
], stamp="Ingekomen ‹Provincie Overijssel› 12-11-2025, registratienummer ‹2025-IN-118304›, zaak ‹SLE-2025-0061›",
   producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840"))

A(Doc("z17_scan_brief_maatschap", [], scan=[
    ("Maatschap «Hulshof-Ter Braak»", "bold"),
    ("«Veldhoekweg 14» - «7495 PL» Oosterveld", "type"),
    ("", "type"),
    ("Aan: Provincie Overijssel, Subsidieloket", "type"),
    ("Datum: 24 november 2025", "type"),
    ("", "type"),
    ("Geachte mevrouw «Wolbers»,", "type"),
    ("Wij verpachten sinds maart 2025 grond aan de", "type"),
    ("energiecooperatie. Wij hebben zelf geen subsidie", "type"),
    ("aangevraagd en ontvangen alleen pacht.", "type"),
    ("Wij vragen u ons niet aansprakelijk te houden.", "type"),
    ("", "type"),
    ("Met vriendelijke groet,", "type"),
    ("«Gerrit Hulshof»      «Annemiek ter Braak»", "type"),
    ("", "type"),
    ("NB: bellen liever op «06-51 18 40 27» (Annemiek)", "hand"),
    ("niet overdag op het vaste nummer - «G.H.»", "hand"),
], stamp="Ingekomen ‹Provincie Overijssel› 26-11-2025, registratienummer ‹2025-IN-121977›",
   producer="KONICA MINOLTA bizhub C300i", creator="bizhub scan"))

A(Doc("z18_scan_presentielijst", [], scan=[
    ("PRESENTIELIJST ALV Zonnedijk 20-11-2025", "bold"),
    ("", "type"),
    ("Nr  Naam                    Handtekening", "type"),
    ("1   «Jannie Wessels»          «J. Wessels»", "hand"),
    ("2   «Theo Nijenhuis»          «TNij»", "hand"),
    ("3   «Bertus Klein Gunnewiek»", "hand"),
    ("4   «Dinand Eshuis»           «D. Eshuis»", "hand"),
    ("5   «Marloes Weusthof»", "hand"),
    ("6   «Arjen Brinkman»          «A.B.»", "hand"),
    ("7   «Hanneke Roelofsen-Smit»", "hand"),
    ("8   «Gerard Pierik»", "hand"),
    ("9   «Wim Lohuis»              «W. Lohuis»", "hand"),
    ("10  «Eefje Leferink»", "hand"),
    ("", "type"),
    ("Totaal aanwezig: 47 leden (vervolg op blad 2)", "type"),
], stamp="Bijlage bij notulen ALV ‹Energiecoöperatie Zonnedijk Oosterveld›, aangeleverd 2-12-2025",
   producer="EPSON Scan 2", creator="EPSON Scan"))
