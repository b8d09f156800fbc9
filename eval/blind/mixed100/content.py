"""Texts of set DF (mixed100). Markup: [[K:shown|probe]] = redact, {{K:shown|probe}} = keep (see make_set.py).
All persons, numbers and addresses of persons are invented; organisations, places and laws are real."""

DOCS: list = []


def add(**kw):
    DOCS.append(kw)


def mailhdr(frm, sent, to, cc, subj, en=False):
    if en:
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subj}"]
    else:
        lines = [f"Van: {frm}", f"Verzonden: {sent}", f"Aan: {to}"] + ([f"CC: {cc}"] if cc else []) + [f"Onderwerp: {subj}"]
    return ("p", "\n".join(lines))


# =========================================================================================== df01
add(id="df01", producer="rl", font="Times-Roman", size=10.5, logo="Inspectie Justitie en Veiligheid",
    desc="letter Inspectie JenV announcing an investigation of a death in custody, header table",
    footer="{{R:2025-0000412|2025-0000412}}",
    blocks=[
        ("tbl", [["Retouradres Postbus 20301 2500 EH Den Haag", ""],
                 ["Aan de vestigingsdirecteur van {{O:PI Vught}}\n[[P:mevrouw drs. M.A. van den Akker-Smits|Akker-Smits]]\n{{A:Lunettenlaan 501}}\n5263 NT  {{L:Vught}}",
                  "{{O:Inspectie Justitie en Veiligheid}}\n{{A:Turfmarkt 147}}\n2511 DP  {{L:Den Haag}}\nT {{Z:070 370 78 50}}\n{{M:info@inspectie-jenv.nl}}\n\nContactpersoon\n[[P:drs. W.J. Schaapveld|Schaapveld]]\nT [[T:06 5218 7740]]\n[[E:w.j.schaapveld@inspectie-jenv.nl]]\n\nOns kenmerk\n{{R:2025-0000412}}\nDatum\n{{D:19 februari 2025}}"]],
         {"grid": False, "head": False, "w": [0.58, 0.42]}),
        ("h2", "Onderwerp: aankondiging onderzoek naar het overlijden van een gedetineerde in {{O:PI Vught}}"),
        ("p", "Geachte mevrouw [[P:Van den Akker-Smits|Van den Akker-Smits]],"),
        ("p", "Op {{D:14 februari 2025}} ontving de inspectie van de {{O:Dienst Justitiële Inrichtingen}} ({{O:DJI}}) de melding van "
              "het overlijden van de heer [[P:D. Verkerk|Verkerk]] (registratienummer [[N:5520148]]), geboren op [[D:14 maart 1989]], die "
              "verbleef op de afdeling Extra Zorg Voorziening ({{O:EZV}}) van uw inrichting. Volgens de melding is de heer [[P:Verkerk|Verkerk]] in "
              "de nacht van 13 op {{D:14 februari 2025}} in zijn cel aangetroffen; hij was bekend met [[H:een ernstige opiatenverslaving|opiatenverslaving]] "
              "en gebruikte [[H:methadon|methadon]]."),
        ("p", "De inspectie stelt op grond van artikel 6 van de {{W:Wet rijkstoezicht|Wet rijkstoezicht}} en het "
              "{{W:Besluit Inspectie Justitie en Veiligheid}} een onderzoek in naar de zorg en bejegening in de periode voorafgaand aan het "
              "overlijden. Het onderzoek richt zich op de medische zorg door de {{O:Medische Dienst}}, de samenwerking met het "
              "{{O:Penitentiair Psychiatrisch Centrum}} ({{O:PPC}}) en de nachtelijke controles op grond van de {{W:Penitentiaire beginselenwet}}."),
        ("p", "Wij verzoeken u uiterlijk 7 maart 2025 de volgende stukken te sturen: het medisch dossier uit {{P:MedicorE|MedicorE}} (via "
              "de inrichtingsarts, [[P:dr. H. Landwehr|Landwehr]]), de rapportages uit {{P:TULP}}, de camerabeelden van de afdeling en het "
              "dienstrooster van de nacht. De inspecteurs [[P:W.J. Schaapveld|Schaapveld]] en [[P:N. Bouzid|Bouzid]] bezoeken de inrichting op "
              "{{D:11 maart 2025}}. U kunt de stukken sturen aan {{M:onderzoek@inspectie-jenv.nl}}."),
        ("p", "Een afschrift van deze brief gaat naar de hoofddirecteur van {{O:DJI}}, naar de {{O:Inspectie Gezondheidszorg en Jeugd}} "
              "({{O:IGJ}}) en naar de {{F:staatssecretaris van Justitie en Veiligheid}}."),
        ("p", "Hoogachtend,\n\nDe {{J:inspecteur-generaal}} van de {{O:Inspectie Justitie en Veiligheid}},\nnamens deze,"),
        ("sig", "N. Bouzid"),
        ("p", "[[P:mr. N. Bouzid|Bouzid]]\n{{J:hoofdinspecteur}} Toezicht Sanctietoepassing"),
    ])

# =========================================================================================== df02
add(id="df02", producer="rl", font="Helvetica", size=9.5,
    desc="e-mail thread (Outlook, Dutch headers) PI Vught - DJI hoofdkantoor on a death in custody",
    blocks=[
        mailhdr("[[P:Mulder, Erik-Jan|Erik-Jan]] <[[E:ej.mulder@dji.minjus.nl]]>", "vrijdag 14 februari 2025 09:12",
                "[[P:Mertens, Inge|Mertens]] <[[E:i.mertens@dji.minjus.nl]]>; {{M:crisiscentrum@dji.minjus.nl}}",
                "[[P:Akker-Smits, Marieke van den|Marieke]] <[[E:m.vandenakker-smits@dji.minjus.nl]]>",
                "RE: Melding bijzonder incident {{R:BI-2025-0187}} – overlijden {{O:EZV}} {{O:PI Vught}}"),
        ("p", "Inge,\n\nAanvullend op het telefonisch contact van vanochtend. De heer V. (regnr [[N:5520148]]) is om 05:47 uur "
              "door de {{J:PIW'er}} van de nachtdienst, [[P:Kevin Brouwer|Brouwer]], niet-aanspreekbaar aangetroffen. De {{J:BHV'ers}} en de "
              "{{J:verpleegkundige}} ([[P:Sanne Oudejans|Oudejans]]) zijn direct gestart met reanimatie; de ambulance van "
              "{{O:RAV Brabant Midden-West-Noord}} was om 06:04 uur aanwezig. Om 06:31 uur is het overlijden vastgesteld."),
        ("p", "De {{J:forensisch arts}} van de {{O:GGD Hart voor Brabant}} heeft de lijkschouw verricht. Omdat betrokkene [[H:een voorgeschiedenis "
              "had van epilepsie|epilepsie]] en de dag ervoor [[H:over pijn op de borst|pijn op de borst]] had geklaagd, heeft de {{O:Officier van Justitie}} "
              "van het {{O:Openbaar Ministerie}} Oost-Brabant sectie door het {{O:NFI}} gelast."),
        ("p", "De familie is om 08:30 uur door [[P:Lotte Hermans|Hermans]] (casemanager) en mij geïnformeerd. Contact met de moeder loopt via "
              "mij: [[T:06 2931 4408]].\n\nGroet,\nErik-Jan\n\n[[P:E.J. Mulder|Mulder]]\n{{J:Afdelingshoofd}} {{O:EZV}} / {{O:PPC}}\n{{O:Penitentiaire Inrichting Vught}}\n"
              "{{A:Lunettenlaan 501}} | 5263 NT {{L:Vught}}\nT algemeen {{Z:088 071 1000}} | M [[T:06 2931 4408]]"),
        ("s", "________________________________"),
        mailhdr("[[P:Mertens, Inge|Inge]] <[[E:i.mertens@dji.minjus.nl]]>", "vrijdag 14 februari 2025 08:02",
                "[[P:Mulder, Erik-Jan|Mulder, Erik-Jan]]", "[[P:Valkenier, Rutger|Valkenier]]; {{M:woordvoering@dji.minjus.nl}}",
                "Melding bijzonder incident {{R:BI-2025-0187}}"),
        ("p", "Hoi Erik-Jan,\n\nDank voor je telefoontje. Kun je de melding voor 10:00 uur in het {{P:Meldingsportaal BI}} zetten? Dan kan "
              "[[P:Rutger|Rutger]] de piketnotitie voor de {{F:staatssecretaris}} maken. De {{F:staatssecretaris Coenradie|Coenradie}} wil vandaag "
              "geïnformeerd worden, ook omdat dit het tweede overlijden in {{L:Vught}} is dit jaar.\n\nInge\n\n[[P:Inge Mertens|Mertens]]\n"
              "Senior beleidsadviseur | Directie {{O:Gevangeniswezen en Vreemdelingenbewaring}}\n{{O:Dienst Justitiële Inrichtingen}}\n"
              "M [[T:06 1177 5032]]"),
    ])

# =========================================================================================== df03
add(id="df03", producer="docx", dfont="Calibri", size=10,
    desc="minutes of multidisciplinary meeting (MDO) PPC Vught with attendance and action list with paraph codes",
    author="[[P:F. de Grave-Tiemens|Grave-Tiemens]]", title="Verslag MDO PPC Vught afdeling B2",
    header="{{O:Penitentiair Psychiatrisch Centrum}} Vught – vertrouwelijk",
    blocks=[
        ("h1", "Verslag multidisciplinair overleg {{O:PPC}} afdeling B2"),
        ("p", "Datum: {{D:6 februari 2025}}, 13:30–15:00 uur, vergaderruimte De Lunet\nVerslag: [[P:Yusuf Karaca|Karaca]] (YK)"),
        ("tbl", [["Aanwezig", "Functie", "Paraaf"],
                 ["[[P:dr. F. de Grave-Tiemens|Grave-Tiemens]]", "{{J:psychiater}}, voorzitter", "[[N:FdGT|FdGT]]"],
                 ["[[P:dr. H. Landwehr|Landwehr]]", "{{J:inrichtingsarts}}", "[[N:HLa|HLa]]"],
                 ["[[P:E.J. Mulder|Mulder]]", "{{J:afdelingshoofd}}", "[[N:EJM|EJM]]"],
                 ["[[P:Y. Karaca|Karaca]]", "{{J:verpleegkundige}} {{J:GGZ}}", "[[N:YK|YK]]"],
                 ["[[P:P. Bosveld|Bosveld]]", "{{J:psycholoog}}", "[[N:PBo|PBo]]"],
                 ["[[P:L. Hermans|Hermans]]", "{{J:casemanager}}", "[[N:LHe|LHe]]"]]),
        ("p", "Afwezig met bericht: [[P:mw. A. Kroon|Kroon]] ({{J:manager Medische Dienst}})."),
        ("h2", "1. Bespreking patiënten"),
        ("p", "a. De heer [[P:J. ter Horst|ter Horst]] (regnr. [[N:4730962]]). [[H:Psychotisch decompensatie bij bekende schizofrenie|schizofrenie]]; "
              "weigert sinds {{D:1 februari}} [[H:clozapine|clozapine]]. FdGT overweegt een zorgmachtiging op grond van de {{W:Wet verplichte ggz}} "
              "({{W:Wvggz}}); HLa vraagt bloedspiegel aan bij het lab van het {{O:Jeroen Bosch Ziekenhuis}}. Plaatsing in het {{O:Justitieel Centrum voor "
              "Somatische Zorg}} ({{O:JCvSZ}}) is niet nodig."),
        ("p", "b. De heer [[P:D. Verkerk|Verkerk]] (regnr. [[N:5520148]]), overgeplaatst van {{O:PI Zwolle}}. [[H:Opiatenafhankelijkheid, methadon 60 mg|methadon 60 mg]]; "
              "[[H:twee insulten in januari|insulten]]. PBo ziet [[H:suïcidaal gedrag|suïcidaal gedrag]] als laag risico; afspraak: screening volgens de "
              "{{G:Suïcidepreventie-aanpak DJI}} en nachtelijke controle elk uur. EJM regelt dit met het rooster."),
        ("h2", "2. Actiepunten"),
        ("tbl", [["Nr", "Actie", "Wie", "Wanneer"],
                 ["25-07", "Bloedspiegel clozapine [[P:ter Horst|Horst]] aanvragen", "HLa", "{{D:10 februari 2025}}"],
                 ["25-08", "Zorgmachtiging voorbereiden, contact {{O:Openbaar Ministerie}}", "FdGT", "{{D:20 februari 2025}}"],
                 ["25-09", "Controle-frequentie nacht [[P:Verkerk|Verkerk]] in {{P:TULP}}", "EJM", "direct"],
                 ["25-10", "Overdracht {{O:PI Zwolle}} opvragen", "LHe", "{{D:12 februari 2025}}"]]),
        ("p", "Volgend MDO: {{D:20 februari 2025}}. Vragen over dit verslag: {{M:ppc.vught@dji.minjus.nl}}."),
    ])

# =========================================================================================== df04
add(id="df04", producer="rl", font="LibSans", size=9.5,
    desc="calamity report form to IGJ (table form), special categories of a detainee",
    header="{{O:Inspectie Gezondheidszorg en Jeugd}} – Meldformulier calamiteit (Wkkgz)",
    blocks=[
        ("h1", "Melding calamiteit – {{W:Wet kwaliteit, klachten en geschillen zorg}}"),
        ("tbl", [["Veld", "Invulling"],
                 ["Zorgaanbieder", "{{O:Dienst Justitiële Inrichtingen}}, {{O:Medische Dienst}} {{O:PI Vught}}"],
                 ["KvK / AGB-code", "{{R:AGB 07-501234}}"],
                 ["Melder", "[[P:A.M. Kroon|Kroon]], {{J:manager Medische Dienst}}"],
                 ["E-mail melder", "[[E:annelies.kroon@dji.minjus.nl]]"],
                 ["Telefoon melder", "[[T:06 4471 8230]] (algemeen {{Z:088 071 1000}})"],
                 ["Datum calamiteit", "{{D:14 februari 2025}}"],
                 ["Patiënt", "[[P:Dennis Verkerk|Dennis]] [[P:Verkerk|Verkerk]], geb. [[D:14-03-1989]]"],
                 ["BSN", "[[B:238174505]]"],
                 ["Registratienummer DJI", "[[N:5520148]]"],
                 ["Relevante voorgeschiedenis", "[[H:Epilepsie (sinds 2014)|Epilepsie]], [[H:hepatitis C|hepatitis C]], [[H:opiatenverslaving, methadononderhoud|methadononderhoud]]"],
                 ["Behandelaars", "[[P:H. Landwehr|Landwehr]] ({{J:inrichtingsarts}}); [[P:S. Oudejans|Oudejans]] ({{J:verpleegkundige}})"],
                 ["Korte beschrijving", "Patiënt 's nachts levenloos aangetroffen; reanimatie zonder resultaat. Daags ervoor klachten op de borst, "
                                        "beoordeeld door {{J:verpleegkundige}} zonder consult arts. Sectie door {{O:NFI}}."],
                 ["Maatregelen", "Intern calamiteitenonderzoek volgens {{G:SIRE-methode}}; melding ook aan {{O:Inspectie Justitie en Veiligheid}}"]],
         {"w": [0.3, 0.7]}),
        ("p", "Verzonden via het {{P:Landelijk Meldpunt Zorg}} op {{D:17 februari 2025}}. Kenmerk IGJ: {{R:IGJ-2025-031877}}."),
    ])

# =========================================================================================== df05
add(id="df05", producer="rl", font="Courier", size=9, mono="Courier",
    desc="Teams chat export between nurses of the Medische Dienst (first names only)",
    blocks=[
        ("h2", "Chatexport Microsoft Teams – kanaal 'MD Vught nachtdienst'"),
        ("pre", "Geëxporteerd: 24-02-2025 11:02 door [[P:Kroon, Annelies|Annelies]] ([[E:annelies.kroon@dji.minjus.nl]])\n"
                "Deelnemers: [[P:Oudejans, Sanne|Oudejans]]; [[P:Karaca, Yusuf|Yusuf]]; [[P:Bosveld, Petra|Bosveld]]; [[P:Kroon, Annelies|Kroon]]\n"
                "-----------------------------------------------------------------\n"
                "[13-02-2025 16:41] [[P:Sanne|Sanne]]: D. van {{O:EZV}} klaagt over drukkend gevoel op de borst\n"
                "[13-02-2025 16:42] Sanne: RR 150/95, pols 104. geen arts in huis. bellen met dienstdoende?\n"
                "[13-02-2025 16:50] Yusuf: dienstdoende is [[P:Landwehr|Landwehr]] maar die zit bij {{O:PPC}}. probeer {{O:Huisartsenpost}}\n"
                "[13-02-2025 16:58] Sanne: HAP zegt: bij toename 112. heb paracetamol gegeven\n"
                "[13-02-2025 17:03] [[P:Petra|Petra]]: let op, [[H:hij heeft vorige maand 2 insulten gehad|2 insulten]]\n"
                "[13-02-2025 17:04] Petra: en [[H:methadon is verhoogd naar 60 mg|verhoogd naar 60]]\n"
                "[13-02-2025 17:10] Sanne: ok. ik zet het in {{P:MedicorE}} en draag over aan nacht ([[P:Kevin|Kevin]])\n"
                "[14-02-2025 06:55] Yusuf: net gehoord van [[P:Erik-Jan|Erik-Jan]]... D. is vannacht overleden\n"
                "[14-02-2025 06:56] Petra: :(\n"
                "[14-02-2025 07:20] Annelies: Iedereen: niets delen buiten dit kanaal. Vragen van familie/pers\n"
                "                    naar {{M:woordvoering@dji.minjus.nl}}. Opvang via {{G:Bedrijfsopvangteam}}.\n"
                "[14-02-2025 07:22] Annelies: Sanne, bel je me? [[T:06 4471 8230]]\n"
                "[14-02-2025 07:31] Sanne: ja, na de overdracht\n"
                "-----------------------------------------------------------------\n"
                "Einde export (16 berichten)"),
    ])

# =========================================================================================== df06
add(id="df06", producer="scan", desc="handwritten note of the duty officer (scan, no text layer)",
    blocks=[
        ("hand", "Nacht 13/14-2  EZV  -  notitie\n"
                 "05.47 PIW [[P:Brouwer|Brouwer]] vindt V. op cel\n"
                 "05.49 alarm, verpl. [[P:Oudejans|Oudejans]] + BHV\n"
                 "06.04 ambulance\n"
                 "06.31 overlijden vastgesteld\n"
                 "07.00 gebeld met Mulder\n"
                 "familie: moeder  06-38154420\n"
                 "   ([[P:Wilma|Wilma]])\n"
                 "camera 3 opvragen!  -  K. Brouwer", "femkeklaver/femkeklaver.ttf", 64),
    ])

# =========================================================================================== df07
add(id="df07", producer="scan", spx=34, desc="typed complaint (beklagschrift) of a detainee to the Commissie van Toezicht PI Zwolle, scanned",
    blocks=[
        ("p", "Aan de Commissie van Toezicht\nPI Zwolle\nde beklagcommissie"),
        ("p", "Van: [[P:M. el Amrani|Amrani]]\nRegistratienummer: [[N:4891377]]\nAfdeling C, cel 214"),
        ("p", "Zwolle, 3 maart 2025"),
        ("h2", "Beklag over de medische zorg"),
        ("p", "Geachte commissie,\n\nIk wil beklag doen over de medische dienst. Ik heb [[H:suikerziekte|suikerziekte]] en\n"
              "moet insuline spuiten. Op 27 februari heb ik mijn insuline niet gekregen, omdat de\n"
              "verpleegkundige [[P:Tuinstra|Tuinstra]] zei dat er geen tijd was. Ik werd 's avonds duizelig\n"
              "en ben gevallen. Pas de volgende dag heeft de dokter mij gezien.\n\n"
              "Ook wil ik klagen dat ik tijdens de [[R:ramadan|ramadan]] mijn eten en medicijnen\n"
              "niet na zonsondergang kan krijgen. De PIW'er [[P:Hofstede|Hofstede]] zegt dat dat niet kan."),
        ("p", "Mijn advocaat is [[P:mr. S. Akrouh|Akrouh]]. Ik vraag om een vergoeding.\n\nMet vriendelijke groet,"),
        ("sig", "M. el Amrani"),
        ("p", "[[P:Mohamed el Amrani|Mohamed]]"),
    ])

# =========================================================================================== df08
add(id="df08", producer="docx", dfont="Times New Roman", size=11,
    desc="decision of the beklagcommissie of the Commissie van Toezicht PI Zwolle (docx -> LibreOffice)",
    author="[[P:Gerda Wassink|Wassink]]", title="Uitspraak beklagcommissie Z-2025-0113",
    header="{{O:Commissie van Toezicht}} bij {{O:PI Zwolle}}",
    blocks=[
        ("h1", "Uitspraak van de beklagcommissie"),
        ("p", "Beklagnummer: {{R:Z-2025-0113}}\nDatum zitting: {{D:1 april 2025}}\nDatum uitspraak: {{D:15 april 2025}}"),
        ("p", "De beklagcommissie uit de {{O:Commissie van Toezicht}} bij de {{O:Penitentiaire Inrichting Zwolle}}, bestaande uit "
              "[[P:mr. H.J. Roelofsen|Roelofsen]] (voorzitter), [[P:A. Scholte|Scholte]] en [[P:drs. K. Lubbers-Wijnhoven|Lubbers-Wijnhoven]], "
              "bijgestaan door [[P:G. Wassink|Wassink]] als secretaris, heeft kennisgenomen van het beklag van"),
        ("p", "[[P:Mohamed el Amrani|el Amrani]], registratienummer [[N:4891377]], verblijvend in de {{O:PI Zwolle}}, hierna: klager."),
        ("h2", "1. De procedure"),
        ("p", "Het beklag betreft het niet verstrekken van medicatie op {{D:27 februari 2025}} en het weigeren van maaltijden na "
              "zonsondergang. Klager is ter zitting gehoord, bijgestaan door zijn raadsman [[P:mr. S. Akrouh|Akrouh]]. Namens de directeur is "
              "[[P:B. Hofstede|Hofstede]], {{J:plaatsvervangend vestigingsdirecteur}}, gehoord. De {{J:inrichtingsarts}} heeft schriftelijk gereageerd."),
        ("h2", "2. De standpunten"),
        ("p", "Klager heeft [[H:diabetes mellitus type 1|diabetes mellitus type 1]] en is afhankelijk van insuline. Hij stelt dat "
              "{{J:verpleegkundige}} [[P:J. Tuinstra|Tuinstra]] hem op {{D:27 februari 2025}} geen insuline heeft gegeven, waarna hij "
              "[[H:een hypoglykemie kreeg en ten val kwam|hypoglykemie]]. Daarnaast kon hij als [[R:praktiserend moslim|moslim]] tijdens de vastenmaand "
              "zijn maaltijd niet na zonsondergang gebruiken."),
        ("p", "De directeur stelt dat de {{O:Medische Dienst}} geen deel uitmaakt van de beklagprocedure voor medisch handelen; "
              "daarvoor staat de weg naar de {{J:medisch adviseur}} van de {{O:RSJ}} open ({{W:artikel 60 Penitentiaire beginselenwet}})."),
        ("h2", "3. De beoordeling"),
        ("p", "Het verstrekken van voorgeschreven medicatie is een beslissing van of namens de directeur als bedoeld in "
              "{{W:artikel 60 Penitentiaire beginselenwet}}. De commissie acht het beklag op dit punt gegrond. Het beklag over de maaltijden is "
              "ongegrond, nu de inrichting aantoonbaar een maaltijdpakket verstrekte volgens de {{G:Regeling geestelijke verzorging en voeding}}."),
        ("h2", "4. De uitspraak"),
        ("p", "De beklagcommissie verklaart het beklag gedeeltelijk gegrond en kent klager een tegemoetkoming toe van € 30,-. Deze "
              "wordt overgemaakt op rekening [[I:NL27 INGB 0006 6542 19]] ten name van [[P:M. el Amrani|el Amrani]]."),
        ("p", "Tegen deze uitspraak kunnen klager en de directeur binnen zeven dagen beroep instellen bij de beroepscommissie van de "
              "{{O:Raad voor Strafrechtstoepassing en Jeugdbescherming}}, {{M:secretariaat@rsj.nl}}."),
        ("p", "[[P:mr. H.J. Roelofsen|Roelofsen]], voorzitter                [[P:G. Wassink|Wassink]], secretaris"),
    ])

# =========================================================================================== df09
add(id="df09", producer="rl", font="DejaVuSerif", size=9.5,
    desc="RSJ appeal decision on medical complaint (medisch adviseur), two pages",
    header="{{O:Raad voor Strafrechtstoepassing en Jeugdbescherming}} – beroepscommissie",
    footer="{{R:R-25/7741/GM}}",
    blocks=[
        ("h1", "Uitspraak in de zaak van"),
        ("p", "[[P:Jeroen ter Horst|ter Horst]], geboren op [[D:2 augustus 1993]], verblijvende in het {{O:Penitentiair Psychiatrisch Centrum}} "
              "te {{L:Vught}}, hierna: klager, gemachtigde: [[P:mr. L.M. Dijkgraaf|Dijkgraaf]], advocaat te {{L:'s-Hertogenbosch}},"),
        ("p", "tegen een uitspraak van de {{J:medisch adviseur}} van {{D:12 maart 2025}}, gegeven door [[P:M. Fokkema|Fokkema]], {{J:arts}}."),
        ("h2", "1. De procedure"),
        ("p", "De beroepscommissie van de {{O:RSJ}} heeft het beroep behandeld op de zitting van {{D:22 april 2025}} in {{L:Den Haag}}, "
              "{{A:Kneuterdijk 1}}. Gehoord zijn klager, zijn gemachtigde en [[P:dr. H. Landwehr|Landwehr]], {{J:inrichtingsarts}} van het {{O:PPC}}. "
              "De beroepscommissie bestond uit [[P:mr. C.J. van Luijn|van Luijn]] (voorzitter), [[P:drs. R.A. Hoekstra-Pel|Hoekstra-Pel]] en "
              "[[P:dr. T. IJzerman|IJzerman]], {{J:arts}}, met [[P:I. Nieuwenhuis|Nieuwenhuis]] als secretaris."),
        ("h2", "2. De beoordeling"),
        ("p", "Klager is bekend met [[H:paranoïde schizofrenie|paranoïde schizofrenie]] en [[H:een licht verstandelijke beperking|licht verstandelijke beperking]]. "
              "Hij klaagt erover dat hem op {{D:3 februari 2025}} zonder zijn toestemming [[H:een depotinjectie met haloperidol|haloperidol]] "
              "is toegediend. Volgens de {{J:inrichtingsarts}} was sprake van een noodsituatie als bedoeld in de {{W:Wet verplichte ggz}}."),
        ("p", "De beroepscommissie stelt voorop dat het handelen van de {{J:inrichtingsarts}} wordt getoetst aan de zorg die van een "
              "redelijk bekwaam en redelijk handelend arts mag worden verwacht (art. 1 {{W:Penitentiaire maatregel}}, {{W:Wet BIG}}). "
              "Uit het dossier blijkt dat klager in de nacht ervoor [[H:twee medegedetineerden had bedreigd en zichzelf verwondde|zichzelf verwondde]]. "
              "De arts heeft na overleg met {{J:psychiater}} [[P:dr. F. de Grave-Tiemens|Grave-Tiemens]] gehandeld volgens het {{G:Protocol "
              "verplichte zorg PPC}}. Dat is niet onredelijk."),
        ("pb",),
        ("p", "Klager is in 2021 [[C:veroordeeld wegens poging tot doodslag|poging tot doodslag]] en verblijft met een "
              "[[C:tbs-maatregel met dwangverpleging|tbs-maatregel]] in afwachting van plaatsing in een {{O:Forensisch Psychiatrisch Centrum}}. "
              "Deze omstandigheden spelen bij de beoordeling van het medisch handelen geen rol."),
        ("h2", "3. De uitspraak"),
        ("p", "De beroepscommissie verklaart het beroep ongegrond.\n\nAldus gegeven door [[P:mr. C.J. van Luijn|Luijn]], voorzitter, "
              "en [[P:I. Nieuwenhuis|Nieuwenhuis]], secretaris, op {{D:6 mei 2025}}."),
        ("sig", "v. Luijn"),
        ("p", "Verzonden op: {{D:8 mei 2025}}\nAfschrift: klager, gemachtigde, {{J:inrichtingsarts}} {{O:PPC Vught}}, {{O:Dienst Justitiële Inrichtingen}}"),
    ])

# =========================================================================================== df10
add(id="df10", producer="docx", dfont="Verdana", size=9.5,
    desc="beslisnota to the staatssecretaris JenV on the Inspectie report, paraph table, motivation placeholder",
    author="[[P:T. van Gool|Gool]]", title="Beslisnota Inspectierapport overlijden PI Vught",
    header="{{O:Ministerie van Justitie en Veiligheid}} – {{O:DGSenB}}",
    blocks=[
        ("h1", "Beslisnota"),
        ("tbl", [["Aan", "de {{F:staatssecretaris van Justitie en Veiligheid}}"],
                 ["Van", "[[P:T. van Gool|van Gool]], {{O:Directoraat-Generaal Straffen en Beschermen}}"],
                 ["Datum", "{{D:23 mei 2025}}"],
                 ["Kenmerk", "{{R:6213490}}"],
                 ["Contactpersoon", "[[P:Tessa van Gool|Tessa]] [[P:van Gool|Gool]], T [[T:06 5330 9127]], [[E:t.van.gool@minjenv.nl]]"],
                 ["Kopie aan", "{{J:hoofddirecteur}} {{O:DJI}}, {{O:Directie Communicatie}}"]]),
        ("h2", "Aanleiding"),
        ("p", "De {{O:Inspectie Justitie en Veiligheid}} heeft op {{D:20 mei 2025}} het rapport 'Overlijden van een gedetineerde in {{O:PI Vught}}' "
              "vastgesteld. Het rapport wordt op {{D:28 mei 2025}} gepubliceerd. U wordt gevraagd in te stemmen met de bijgevoegde beleidsreactie."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met de beleidsreactie en de Kamerbrief aan de {{O:Tweede Kamer}}."),
        ("h2", "Kern"),
        ("p", "De inspectie concludeert dat de medische zorg op {{D:13 februari 2025}} tekortschoot: klachten op de borst zijn niet door een arts "
              "beoordeeld, en de afspraak uit het MDO over uurlijkse nachtcontroles is niet in {{P:TULP}} vastgelegd. De inspectie beveelt {{O:DJI}} "
              "aan om 24/7 bereikbaarheid van een arts te regelen, in lijn met het {{G:Masterplan Gevangeniswezen}}."),
        ("h2", "Krachtenveld"),
        ("p", "De Kamerleden {{F:Ellian|Ellian}} ({{O:VVD}}) en {{F:Mutluer|Mutluer}} ({{O:GroenLinks-PvdA}}) hebben eerder vragen gesteld over "
              "medische zorg in {{O:PI Vught}}. Het lid {{F:Van Nispen|Van Nispen}} ({{O:SP}}) vraagt in het {{G:commissiedebat Gevangeniswezen}} "
              "naar het personeelstekort bij de {{O:Medische Dienst}}. De {{O:NVGP}} en de {{O:KNMG}} zijn kritisch over de afhankelijkheid van "
              "{{J:physician assistants}}."),
        ("h2", "Paraafroute"),
        ("tbl", [["Naam", "Functie", "Paraaf", "Datum"],
                 ["[[P:T. van Gool|T. van Gool]]", "{{J:beleidsmedewerker}}", "[[N:TvG|TvG]]", "23-05-2025"],
                 ["[[P:J. Pruim|Pruim]]", "{{J:MT-lid}} Sanctietoepassing", "[[N:JPr|JPr]]", "26-05-2025"],
                 ["[[P:I. Mertens|Mertens]]", "{{J:senior beleidsadviseur}} {{O:DJI}}", "[[N:IMe|IMe]]", "26-05-2025"]]),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[in te vullen]"),
    ])

# =========================================================================================== df11
add(id="df11", producer="rl", font="LibSerif", size=10.5, logo="Ministerie van Justitie en Veiligheid",
    desc="draft Kamerbrief of the staatssecretaris (office holders kept, few personal data), two pages",
    footer="{{R:6213490|6213490}}",
    blocks=[
        ("tbl", [["> Retouradres Postbus 20301 2500 EH Den Haag", ""],
                 ["Aan de Voorzitter van de {{O:Tweede Kamer der Staten-Generaal}}\nPostbus 20018\n2500 EA  DEN HAAG",
                  "{{O:Directoraat-Generaal Straffen en Beschermen}}\n{{A:Turfmarkt 147}}\n2511 DP  Den Haag\n{{U:www.rijksoverheid.nl/jenv|www.rijksoverheid.nl/jenv}}\n\nOns kenmerk\n{{R:6213490}}\n\nBijlagen\n1"]],
         {"grid": False, "head": False, "w": [0.6, 0.4]}),
        ("p", "Datum       {{D:28 mei 2025}}\nOnderwerp  Inspectierapport overlijden gedetineerde {{O:PI Vught}}"),
        ("p", "Hierbij bied ik u het rapport aan van de {{O:Inspectie Justitie en Veiligheid}} over het overlijden van een gedetineerde in de "
              "{{O:Penitentiaire Inrichting Vught}} op {{D:14 februari 2025}}. In deze brief geef ik mijn beleidsreactie. Ik beantwoord hiermee ook de "
              "vragen van de leden {{F:Ellian|Ellian}} en {{F:Mutluer|Mutluer}} van {{D:18 februari 2025}} ({{R:2025Z02841}})."),
        ("h2", "Bevindingen van de inspectie"),
        ("p", "De inspectie stelt vast dat de betrokken medewerkers van de {{O:Medische Dienst}} onder grote druk werkten. Op de dag voor het "
              "overlijden was geen {{J:inrichtingsarts}} aanwezig; de {{J:verpleegkundige}} heeft de {{O:huisartsenpost}} geraadpleegd. De inspectie "
              "noemt de samenwerking tussen de {{O:PI Vught}}, het {{O:PPC}} en het {{O:Justitieel Centrum voor Somatische Zorg}} onvoldoende geregeld."),
        ("p", "Uit privacyoverwegingen ga ik niet in op de medische situatie van de overledene. Ik heb de nabestaanden mijn medeleven "
              "betuigd. De {{F:minister van Justitie en Veiligheid}} en ik hebben hierover ook gesproken met de {{F:minister van Volksgezondheid, "
              "Welzijn en Sport}}, mevrouw {{F:Agema|Agema}}."),
        ("h2", "Maatregelen"),
        ("p", "1. {{O:DJI}} regelt per {{D:1 september 2025}} een landelijke achterwacht van {{J:inrichtingsartsen}} via het {{O:JCvSZ}} in "
              "{{L:Scheveningen}}.\n2. De {{G:Suïcidepreventie-aanpak DJI}} wordt uitgebreid met somatische signalen.\n3. {{P:MedicorE}} en "
              "{{P:TULP}} worden gekoppeld zodat afspraken uit het MDO zichtbaar zijn voor de nachtdienst.\n4. De {{O:RSJ}} adviseert mij over de "
              "positie van de {{J:medisch adviseur}} in de klachtprocedure."),
        ("pb",),
        ("p", "Ik informeer uw Kamer voor het zomerreces over de voortgang, in de {{G:Voortgangsbrief capaciteit DJI}}."),
        ("p", "De {{F:Staatssecretaris van Justitie en Veiligheid}},\n\n\n{{F:I. Coenradie|Coenradie}}"),
        ("s", "Concept {{D:23 mei 2025}} – opgesteld door [[P:T. van Gool|van Gool]] ([[N:TvG|TvG]]), gelezen door [[P:J. Pruim|Pruim]]"),
    ],
    hidden={"info": {"Author": "[[P:Tessa van Gool|Tessa van Gool]]"}})

# =========================================================================================== df12
add(id="df12", producer="rl", font="LibSans", size=9.5,
    desc="English e-mail thread with the CPT secretariat on a visit to PI Vught, English Outlook headers, nested replies",
    blocks=[
        mailhdr("[[P:Lindqvist, Karin|Karin Lindqvist]] <[[E:karin.lindqvist@coe.int]]>", "Tuesday, 8 April 2025 15:20",
                "[[P:Valkenier, Rutger|Valkenier, Rutger]] <[[E:r.valkenier@dji.minjus.nl]]>", "{{M:cptdoc@coe.int}}",
                "RE: CPT periodic visit – access to medical files {{O:PI Vught}} / {{O:PPC}}", en=True),
        ("p", "Dear Rutger,\n\nThank you for the list. The delegation will indeed want to see the medical file of the prisoner who died on "
              "14 February (your ref. {{R:BI-2025-0187}}), as well as the register of means of restraint of the {{O:PPC}}. Dr [[P:Moreau|Moreau]], "
              "our medical expert, would like a private interview with the {{J:head of healthcare}}, Ms [[P:Kroon|Kroon]], and with "
              "{{J:psychiatrist}} Dr [[P:de Grave-Tiemens|Grave-Tiemens]].\n\nKind regards,\nKarin\n\n[[P:Karin Lindqvist|Lindqvist]]\n"
              "Administrator, Secretariat of the {{O:European Committee for the Prevention of Torture}} ({{O:CPT}})\n{{O:Council of Europe}}, "
              "F-67075 {{L:Strasbourg}} Cedex | Tel. [[T:+33 3 88 41 27 16]]"),
        ("s", "________________________________"),
        mailhdr("[[P:Valkenier, Rutger|Rutger]] <[[E:r.valkenier@dji.minjus.nl]]>", "Monday, 7 April 2025 10:05",
                "[[P:Karin Lindqvist|Lindqvist]]", "[[P:Mertens, Inge|Mertens, Inge]]; {{M:internationaal@dji.minjus.nl}}",
                "CPT periodic visit – access to medical files", en=True),
        ("p", "Dear Ms Lindqvist,\n\nIn preparation of the visit of the {{O:CPT}} to the Netherlands, please find attached the contact list "
              "for {{O:PI Vught}}. Under the {{W:Penitentiaire beginselenwet}} and the {{W:GDPR}} (in Dutch: {{W:AVG}}), medical files can be "
              "consulted by the delegation's doctors only. The {{J:liaison officer}} during the visit will be my colleague [[P:Inge|Inge]] "
              "(mobile [[T:+31 6 1177 5032]]).\n\nBest regards,\n\n[[P:Rutger Valkenier|Valkenier]]\n{{J:Policy Officer}} International Affairs\n"
              "{{O:Custodial Institutions Agency}} ({{O:DJI}}) | {{O:Ministry of Justice and Security}}\nM [[T:+31 6 4820 1593]]"),
        ("s", "________________________________"),
        ("p", "> Van: [[P:Mertens, Inge|Mertens, Inge]]\n> Verzonden: vrijdag 4 april 2025 17:12\n> Aan: [[P:Valkenier, Rutger|Valkenier, Rutger]]\n"
              "> Onderwerp: CPT\n>\n> Rutger, graag [[P:Erik-Jan|Erik-Jan]] ([[P:Mulder|Mulder]]) en [[P:Annelies|Annelies]] vooraf inlichten. Het rapport van de "
              "{{O:Inspectie}} is nog niet openbaar, dus daar niet op ingaan. Groet, IMe"),
    ])

# =========================================================================================== df13
add(id="df13", producer="rl", font="DejaVu", size=8.5, landscape=True,
    desc="extract nursing file / medication list (special categories), landscape table",
    header="{{P:MedicorE}} – uitdraai verpleegkundig dossier – {{O:Medische Dienst}} {{O:PI Vught}}",
    blocks=[
        ("h2", "Patiënt: [[P:VERKERK, D.|VERKERK]]   Geb.: [[D:14-03-1989]]   Regnr.: [[N:5520148]]   BSN: [[B:238 174 505]]"),
        ("tbl", [["Datum/tijd", "Medewerker", "Rapportage", "Medicatie"],
                 ["{{D:03-02-2025}} 09:10", "[[P:H. Landwehr|Landwehr]] (arts)", "Intake na overplaatsing uit {{O:PI Zwolle}}. [[H:Bekend met epilepsie, laatste insult dec. 2024|laatste insult]].",
                  "[[H:Methadon 50 mg 1dd|Methadon 50 mg]]; [[H:levetiracetam 500 mg 2dd|levetiracetam]]"],
                 ["{{D:03-02-2025}} 14:30", "[[P:P. Bosveld|Bosveld]] (psycholoog)", "Screening {{G:Suïcidepreventie-aanpak DJI}}: laag risico. [[H:Eerdere suïcidepoging in 2019|suïcidepoging]].", "–"],
                 ["{{D:21-01-2025}} 22:15", "[[P:J. Tuinstra|Tuinstra]] ({{O:PI Zwolle}})", "[[H:Insult op cel, 2 min, postictaal verward|postictaal]].", "[[H:Midazolam buccaal|Midazolam]]"],
                 ["{{D:10-02-2025}} 08:40", "[[P:H. Landwehr|Landwehr]] (arts)", "[[H:Methadon verhoogd wegens craving|craving]]. [[H:Hepatitis C-behandeling gepland|Hepatitis C]].", "[[H:Methadon 60 mg 1dd|60 mg 1dd]]"],
                 ["{{D:13-02-2025}} 16:55", "[[P:S. Oudejans|Oudejans]] (vpk)", "Klaagt over drukkend gevoel op de borst, RR 150/95, P 104. Overleg HAP. Paracetamol.", "Paracetamol 1000 mg"],
                 ["{{D:14-02-2025}} 05:49", "[[P:S. Oudejans|Oudejans]] (vpk)", "Reanimatie gestart na alarm PIW. Ambulance 06:04. Overlijden 06:31 vastgesteld.", "–"]],
         {"w": [0.13, 0.17, 0.45, 0.25], "small": True}),
        ("s", "Afgedrukt door [[P:A. Kroon|Kroon]] op {{D:17-02-2025}} t.b.v. calamiteitenonderzoek ({{G:SIRE-methode}}). Niet verder verspreiden."),
    ])

# =========================================================================================== df14
add(id="df14", producer="rl", font="Helvetica", size=9, landscape=True,
    desc="timeline of the night (table), reconstruction for the calamity investigation",
    header="Reconstructie tijdlijn – calamiteitenonderzoek {{R:BI-2025-0187}}",
    blocks=[
        ("h1", "Tijdlijn nacht 13 op {{D:14 februari 2025}}, afdeling {{O:EZV}}"),
        ("tbl", [["Tijd", "Gebeurtenis", "Bron", "Betrokken"],
                 ["21:30", "Insluiting; betrokkene meldt zich niet ziek", "{{P:TULP}}", "[[P:K. Brouwer|Brouwer]] (PIW)"],
                 ["22:00", "Overdracht dag- naar nachtdienst; afspraak uurlijkse controle niet genoemd", "Overdrachtsformulier", "[[P:L. Hermans|Hermans]] / [[P:K. Brouwer|Brouwer]]"],
                 ["00:12", "Controle via luikje, betrokkene ligt op bed", "Camera 3", "[[P:R. Sedney|Sedney]] (PIW)"],
                 ["03:40", "Intercom-oproep cel 117 (betrokkene), niet beantwoord binnen 10 min", "Intercomlog", "meldkamer [[P:G. Pinas|Pinas]]"],
                 ["05:47", "Betrokkene niet-aanspreekbaar aangetroffen", "Camera 3, verklaring", "[[P:K. Brouwer|Brouwer]]"],
                 ["05:49", "Alarm; start reanimatie, AED", "Verklaring", "[[P:S. Oudejans|Oudejans]], BHV"],
                 ["06:04", "Ambulance {{O:RAV Brabant MWN}} ter plaatse", "Ritformulier", "–"],
                 ["06:31", "Overlijden vastgesteld", "{{J:forensisch arts}} {{O:GGD Hart voor Brabant}}", "–"],
                 ["07:00", "Melding aan {{O:Openbaar Ministerie}} en {{O:Koninklijke Marechaussee}}", "Piketlog", "[[P:E.J. Mulder|Mulder]]"]],
         {"w": [0.07, 0.45, 0.2, 0.28]}),
        ("p", "Opmerking onderzoeker: de intercom-oproep om 03:40 is pas na 14 minuten beantwoord door [[P:Pinas|Pinas]], die ook de afdelingen "
              "{{O:BSD}} en {{O:PPC}} bediende. Nadere verklaring gevraagd ([[E:g.pinas@dji.minjus.nl]])."),
    ])

# =========================================================================================== df15
add(id="df15", producer="docx", dfont="Arial", size=10,
    desc="minutes of a meeting of chain partners (OM, police, forensic doctor, NFI) with action list",
    author="[[P:Rutger Valkenier|Valkenier]]", title="Verslag ketenoverleg",
    blocks=[
        ("h1", "Verslag ketenoverleg overlijden in detentie – regio Oost-Brabant"),
        ("p", "Datum: {{D:20 februari 2025}}, {{O:Paleis van Justitie}} {{L:'s-Hertogenbosch}}, {{A:Leeghwaterlaan 8}}"),
        ("p", "Aanwezig: [[P:mr. P. Verhaegh|Verhaegh]] ({{J:officier van justitie}}, {{O:OM Oost-Brabant}}); [[P:R. Zwanenburg|Zwanenburg]] "
              "({{J:forensisch arts}}, {{O:GGD Hart voor Brabant}}); [[P:dr. S. van der Heijden-Bos|Heijden-Bos]] ({{J:patholoog}}, {{O:NFI}}); "
              "[[P:E.J. Mulder|Mulder]] ({{O:PI Vught}}); [[P:R. Valkenier|Valkenier]] ({{O:DJI}}, verslag)."),
        ("h2", "1. Stand van zaken sectie"),
        ("p", "[[P:Van der Heijden-Bos|Van der Heijden-Bos]] meldt dat de voorlopige bevindingen wijzen op [[H:een acuut hartinfarct|hartinfarct]]; "
              "toxicologisch onderzoek loopt nog (resultaat verwacht binnen zes weken). [[H:Sporen van niet-voorgeschreven benzodiazepinen|benzodiazepinen]] "
              "worden niet uitgesloten. De {{J:officier}} ziet vooralsnog geen aanwijzing voor een strafbaar feit van derden."),
        ("h2", "2. Informatie aan nabestaanden"),
        ("p", "De moeder, mevrouw [[P:W. Verkerk-Haan|Verkerk-Haan]], heeft via haar advocaat gevraagd om inzage in het medisch dossier. Het {{O:OM}} "
              "stemt af met {{O:DJI}} over wat onder de {{W:Wet op de geneeskundige behandelingsovereenkomst}} ({{W:WGBO}}) aan nabestaanden mag worden verstrekt."),
        ("h2", "3. Actiepunten"),
        ("tbl", [["Nr", "Actie", "Wie"],
                 ["1", "Toxicologie-uitslag delen met {{O:Inspectie JenV}}", "[[N:SvdHB|SvdHB]]"],
                 ["2", "Brief aan nabestaanden over inzage", "[[N:RVa|RVa]]"],
                 ["3", "Camerabeelden veiligstellen (bewaartermijn)", "[[N:EJM|EJM]]"]]),
        ("p", "SvdHB = [[P:Van der Heijden-Bos|Van der Heijden-Bos]], RVa = [[P:Valkenier|Valkenier]], EJM = [[P:Mulder|Mulder]]. "
              "Volgend overleg: {{D:3 april 2025}}."),
    ])

# =========================================================================================== df16
add(id="df16", producer="rl", font="DejaVu", size=9.5,
    desc="internal memo of the vestigingsdirecteur PI Vught on staffing of the Medische Dienst",
    header="{{O:PI Vught}} – Interne memo – {{R:PIV-MEMO-2025-019}}",
    blocks=[
        ("tbl", [["Aan", "Managementteam {{O:PI Vught}}; {{O:Ondernemingsraad}} (ter informatie)"],
                 ["Van", "[[P:M.A. van den Akker-Smits|van den Akker-Smits]], {{J:vestigingsdirecteur}}"],
                 ["Datum", "{{D:4 maart 2025}}"],
                 ["Onderwerp", "Bezetting {{O:Medische Dienst}} en inzet {{J:physician assistant}}"]], {"head": False, "w": [0.2, 0.8]}),
        ("p", "Collega's,\n\nNa het overlijden op de {{O:EZV}} is de druk op de {{O:Medische Dienst}} verder toegenomen. Op dit moment staan 4,2 fte "
              "{{J:verpleegkundige}} open en is één {{J:inrichtingsarts}} langdurig afwezig. Om privacyredenen ga ik hier niet op in, maar "
              "[[P:mevrouw Kroon|Kroon]] heeft mij gevraagd te melden dat [[H:zij per 1 maart met ziekteverlof is|ziekteverlof]]; haar taken worden "
              "waargenomen door [[P:Petra Bosveld|Bosveld]]."),
        ("p", "Maatregelen:\n• {{J:physician assistant}} [[P:D. Ramdin|Ramdin]] (via {{O:Zorgwerk Brabant}}) start per {{D:10 maart 2025}};\n"
              "• nachtelijke achterwacht via het {{O:JCvSZ}}, tel. {{Z:070 306 71 00}};\n"
              "• spoedverwijzingen gaan naar de SEH van het {{O:Jeroen Bosch Ziekenhuis}}, {{S:Henri Dunantstraat 1}} in {{L:'s-Hertogenbosch}};\n"
              "• [[P:S. Oudejans|Oudejans]] en [[P:K. Brouwer|Brouwer]] krijgen nazorg via het {{G:Bedrijfsopvangteam}}; [[H:Brouwer is "
              "arbeidsongeschikt|arbeidsongeschikt]] tot nader bericht.\n• Het personeelsnummer van [[P:Brouwer|Brouwer]] ([[N:PN 0831127]]) is "
              "tijdelijk geblokkeerd in het rooster."),
        ("p", "Vragen: {{M:secretariaat.piv@dji.minjus.nl}} of mijn secretaresse [[P:Hanneke|Hanneke]] ([[T:073 - 658 14 22]]).\n\n[[P:Marieke|Marieke]]"),
    ])

# =========================================================================================== df17
add(id="df17", producer="form", title="Verzoek inzage medisch dossier overledene",
    desc="AcroForm: request of next of kin for access to the medical file; values only in form fields",
    formhead="Dienst Justitiële Inrichtingen – Medische Dienst\nVerzoek om inzage of afschrift medisch dossier (nabestaanden)\n"
             "Formulier MD-12, versie 2024. Zenden aan: {{M:privacy@dji.minjus.nl}}",
    fields=[("Naam aanvrager", "naam", "[[P:Wilma Verkerk-Haan|Verkerk-Haan]]"),
            ("Adres", "adres", "[[A:Jan van Riebeeckstraat 19|Riebeeckstraat 19]], 5262 AS Vught"),
            ("Telefoon", "tel", "[[T:06-38154420]]"),
            ("E-mail", "email", "[[E:wverkerkhaan@ziggo.nl]]"),
            ("Relatie tot overledene", "relatie", "moeder"),
            ("Naam overledene", "overledene", "[[P:Dennis Verkerk|Dennis|Verkerk]]"),
            ("Geboortedatum overledene", "gebdat", "[[D:14-03-1989]]"),
            ("Registratienummer (indien bekend)", "regnr", "[[N:5520148|5520148]]"),
            ("Inrichting", "inrichting", "PI Vught, afdeling EZV"),
            ("Reden van het verzoek", "reden", "Wij willen weten of [[H:zijn hartklachten|hartklachten]] serieus zijn genomen")],
    formfoot="Op grond van artikel 7:458a van het {{W:Burgerlijk Wetboek}} ({{W:WGBO}}) kunnen nabestaanden inzage krijgen als\n"
             "aannemelijk is dat de overledene daar geen bezwaar tegen zou hebben gehad. De {{J:inrichtingsarts}} beslist.\n"
             "Behandeling binnen vier weken. Informatie: {{Z:088 071 1000}} (algemeen nummer {{O:PI Vught}}).")

# =========================================================================================== df18
add(id="df18", producer="docx", dfont="Calibri", size=11,
    desc="letter of DJI to the mother of the deceased (private home address), with signature",
    author="[[P:EJ Mulder|EJ Mulder]]", title="Brief nabestaanden",
    blocks=[
        ("p", "{{O:Dienst Justitiële Inrichtingen}}\n{{O:Penitentiaire Inrichting Vught}}\nPostbus 10150\n5260 GB  Vught"),
        ("p", "Mevrouw [[P:W. Verkerk-Haan|W. Verkerk-Haan]]\n[[A:Jan van Riebeeckstraat 19|Jan van Riebeeckstraat 19]]\n[[A:5262 AS|5262 AS]]  VUGHT"),
        ("tbl", [["Datum", "Ons kenmerk", "Uw kenmerk", "Inlichtingen"],
                 ["{{D:27 februari 2025}}", "{{R:PIV/MD/2025/0412}}", "–", "[[P:E.J. Mulder|E.J. Mulder]], [[T:06 2931 4408]]"]]),
        ("p", "Betreft: uw verzoek om inzage in het medisch dossier van uw zoon [[P:Dennis|Dennis]]"),
        ("p", "Geachte mevrouw [[P:Verkerk-Haan|Verkerk-Haan]],"),
        ("p", "Allereerst wil ik u namens de directie en de medewerkers van de {{O:PI Vught}} nogmaals mijn oprechte deelneming betuigen met het "
              "overlijden van uw zoon. Op {{D:21 februari 2025}} ontvingen wij uw verzoek om inzage in zijn medisch dossier."),
        ("p", "De {{J:inrichtingsarts}}, [[P:dokter Landwehr|Landwehr]], heeft uw verzoek beoordeeld op grond van artikel 7:458a van het "
              "{{W:Burgerlijk Wetboek}}. Hij kan u het deel van het dossier verstrekken dat gaat over de zorg op 13 en {{D:14 februari 2025}}. Over "
              "[[H:de behandeling van zijn verslaving|verslaving]] kan hij geen informatie geven, omdat uw zoon daarvoor eerder uitdrukkelijk geen "
              "toestemming gaf."),
        ("p", "U kunt het dossier inzien op een afspraak in de inrichting, {{A:Lunettenlaan 501}} te {{L:Vught}}. Ook de {{O:Inspectie Justitie en "
              "Veiligheid}} doet onderzoek; de inspectie stuurt u het rapport toe. Uw advocaat, [[P:mr. S. Akrouh|Akrouh]], ontvangt een afschrift."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "EJ Mulder"),
        ("p", "[[P:Erik-Jan Mulder|Erik-Jan Mulder]]\n{{J:Afdelingshoofd}}, namens de {{J:vestigingsdirecteur}}"),
    ])

# =========================================================================================== df19
add(id="df19", producer="docx", dfont="Georgia", size=10.5,
    desc="decision of the medisch adviseur of the RSJ on a medical complaint of a detainee in PI Zwolle",
    author="[[P:Maarten Fokkema|Fokkema]]", title="Uitspraak medisch adviseur MA-25-0331",
    blocks=[
        ("h1", "Uitspraak medisch adviseur"),
        ("p", "Zaaknummer: {{R:MA-25-0331}}\nInrichting: {{O:PI Zwolle}}, {{A:Nieuwe Veerallee 4}}, {{L:Zwolle}}\nKlager: [[P:M. el Amrani|el Amrani]], "
              "regnr. [[N:4891377]]\nVerweerder: [[P:dr. A.E. Snoeijer|Snoeijer]], {{J:inrichtingsarts}}"),
        ("h2", "Klacht"),
        ("p", "Klager verwijt de {{J:inrichtingsarts}} dat hij na [[H:een hypoglykemische ontregeling|ontregeling]] op {{D:27 februari 2025}} pas "
              "op {{D:28 februari 2025}} is gezien. Klager is bekend met [[H:diabetes type 1 en neuropathie|neuropathie]] en [[H:een depressie|depressie]]."),
        ("h2", "Overwegingen"),
        ("p", "De {{J:medisch adviseur}} heeft het dossier bestudeerd en telefonisch gesproken met klager, met [[P:Snoeijer|Snoeijer]] en met "
              "{{J:verpleegkundige}} [[P:Joyce Tuinstra|Tuinstra]]. Uit de rapportage blijkt dat [[P:Joyce|Joyce]] de insuline om 17:00 uur heeft "
              "klaargezet maar dat de afdeling toen al was ingesloten. Er is geen arts geconsulteerd. Dat had wel gemoeten, volgens de "
              "{{G:NHG-Standaard Diabetes mellitus type 2|NHG-Standaard}} en het {{G:Zorgprotocol Medische Dienst DJI}}."),
        ("h2", "Uitspraak"),
        ("p", "De klacht is gegrond. De {{J:medisch adviseur}} beveelt de {{J:vestigingsdirecteur}} van de {{O:PI Zwolle}} aan de medicatieverstrekking "
              "bij insluiting te regelen. Tegen deze uitspraak staat beroep open bij de {{O:RSJ}} ({{M:secretariaat@rsj.nl}}).\n\n"
              "[[P:M. Fokkema|M. Fokkema]], {{J:medisch adviseur}}, {{D:9 april 2025}}"),
    ],
    hidden={"xmp": ["[[P:Maarten Fokkema|Maarten Fokkema]]", "[[P:secretariaat Iris N.|Iris N.]]"]})

# =========================================================================================== df20
add(id="df20", producer="rl", font="LibSans", size=9,
    desc="attendance list of a suicide prevention training with personnel numbers and signatures column",
    header="{{O:DJI Opleidingsinstituut}} – presentielijst",
    blocks=[
        ("h1", "Presentielijst training {{G:Suïcidepreventie en somatische signalen}}"),
        ("p", "Locatie: {{O:PI Vught}}, zaal Lunet 2 | Datum: {{D:25 maart 2025}} | Trainer: [[P:drs. Olga Vermeulen|Vermeulen]] ({{O:113 Zelfmoordpreventie}})"),
        ("tbl", [["#", "Naam", "Personeelsnr.", "Functie", "Afdeling", "Paraaf"],
                 ["1", "[[P:Brouwer, K.|Brouwer]]", "[[N:0831127]]", "{{J:PIW'er}}", "{{O:EZV}}", "[[N:KB|KB]]"],
                 ["2", "[[P:Hermans, L.|Hermans]]", "[[N:0790415]]", "{{J:casemanager}}", "{{O:EZV}}", "[[N:LHe|LHe]]"],
                 ["3", "[[P:Sedney, R.|Sedney]]", "[[N:0902268]]", "{{J:PIW'er}}", "{{O:EZV}}", "[[N:RS|RS]]"],
                 ["4", "[[P:Pinas, G.|Pinas]]", "[[N:0755301]]", "{{J:centralist}}", "Meldkamer", "[[N:GP|GP]]"],
                 ["5", "[[P:Oudejans, S.|Oudejans]]", "[[N:0866094]]", "{{J:verpleegkundige}}", "{{O:Medische Dienst}}", "[[N:SO|SO]]"],
                 ["6", "[[P:Karaca, Y.|Karaca]]", "[[N:0871532]]", "{{J:verpleegkundige}} {{J:GGZ}}", "{{O:PPC}}", "[[N:YK|YK]]"],
                 ["7", "[[P:Van Leeuwen-Daal, M.|Leeuwen-Daal]]", "[[N:0917780]]", "{{J:PIW'er}}", "{{O:BSD}}", "[[N:MvLD|MvLD]]"],
                 ["8", "[[P:Ouali, F.|Ouali]]", "[[N:0920043]]", "{{J:PIW'er}}", "{{O:PPC}}", "afwezig"]],
         {"w": [0.04, 0.24, 0.14, 0.2, 0.2, 0.18]}),
        ("p", "Afwezig: nr. 8 ([[H:ziek|ziek]]). Inhaaltraining via {{P:DJI Leerplein}}. Lijst retour aan {{M:opleidingen.vught@dji.minjus.nl}}."),
    ])

# =========================================================================================== df21
add(id="df21", producer="rl", font="DejaVu", size=8.5,
    desc="WhatsApp export between team leaders of PI Zwolle (first names, mobile numbers)",
    blocks=[
        ("h2", "WhatsApp-chat met 'TL's Zwolle C-vleugel'"),
        ("pre", "27-02-25 17:48 - [[P:Bart Hofstede|Bart Hofstede]]: Mensen, C is om 17:30 ingesloten ivm personeelstekort\n"
                "27-02-25 17:52 - [[T:+31 6 21 44 87 03]]: Wie ben jij? Nummer staat niet in mijn telefoon\n"
                "27-02-25 17:53 - [[P:Joyce T.|Joyce T.]]: dat is [[P:Ricardo|Ricardo]] van de nachtdienst 😊\n"
                "27-02-25 18:05 - [[P:Joyce T.|Joyce T.]]: [[P:Amrani|Amrani]] op C214 heeft zijn insuline nog niet. mag ik cel open?\n"
                "27-02-25 18:06 - [[P:Bart Hofstede|Bart Hofstede]]: Nee, pas met 2 man. [[P:Ricardo|Ricardo]] is er om 19:00\n"
                "27-02-25 19:40 - [[T:+31 6 21 44 87 03]]: C214 ligt op de grond, [[H:suiker 2,1|suiker 2,1]]!! MD gebeld\n"
                "27-02-25 19:41 - [[P:Joyce T.|Joyce T.]]: ik kom eraan, glucagon mee\n"
                "27-02-25 20:15 - [[P:Joyce T.|Joyce T.]]: hij is weer aanspreekbaar. [[H:hoofdwond gehecht door HAP|hoofdwond]]\n"
                "27-02-25 20:16 - [[P:Bart Hofstede|Bart Hofstede]]: Dank jullie. Ik meld het bij de {{J:vestigingsdirecteur}} en in {{P:TULP}}\n"
                "28-02-25 08:02 - [[P:Bart Hofstede|Bart Hofstede]]: Let op: hij gaat klagen bij de {{O:CvT}}. Maandcommissaris is [[P:Scholte|Scholte]]\n"
                "28-02-25 08:03 - [[P:Joyce T.|Joyce T.]]: 👍"),
        ("s", "Export bijgevoegd bij verweer in beklagzaak {{R:Z-2025-0113}} door [[P:B. Hofstede|Hofstede]] ([[E:b.hofstede@dji.minjus.nl]])."),
    ])

# =========================================================================================== df22
add(id="df22", producer="rl", font="Helvetica", size=8, landscape=True,
    desc="inventory list of the Woo decision (table), mostly keep",
    header="Inventarislijst Woo-besluit {{R:WOO-2025-0318}} – {{O:Ministerie van Justitie en Veiligheid}}",
    blocks=[
        ("h1", "Inventarislijst bij besluit op Woo-verzoek {{R:WOO-2025-0318}}"),
        ("tbl", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
                 ["1", "Brief {{O:Inspectie JenV}} aankondiging onderzoek", "{{D:19-02-2025}}", "{{X:deels openbaar}}", "{{R:5.1.2e}}", ""],
                 ["2", "E-mailwisseling melding {{R:BI-2025-0187}}", "{{D:14-02-2025}}", "{{X:deels openbaar}}", "5.1.2e, {{R:5.1.1d}}", ""],
                 ["3", "Verslag MDO {{O:PPC}}", "{{D:06-02-2025}}", "{{X:niet openbaar}}", "5.1.1d", "medische gegevens derden"],
                 ["4", "Melding calamiteit {{O:IGJ}}", "{{D:17-02-2025}}", "deels openbaar", "5.1.1d, {{R:5.1.1e}}", ""],
                 ["5", "Chatexport Teams Medische Dienst", "{{D:24-02-2025}}", "deels openbaar", "5.1.2e", ""],
                 ["6", "Beslisnota {{R:6213490}}", "{{D:23-05-2025}}", "deels openbaar", "5.1.2e, {{R:5.2.1}}", "persoonlijke beleidsopvattingen"],
                 ["7", "Kamerbrief", "{{D:28-05-2025}}", "{{X:reeds openbaar}}", "–", "zie {{R:Kamerstuk 24587}}"],
                 ["8", "Presentielijst training", "{{D:25-03-2025}}", "deels openbaar", "5.1.2e", ""]],
         {"w": [0.04, 0.32, 0.1, 0.14, 0.14, 0.26]}),
        ("p", "Behandeld door: team Woo {{O:DGSenB}}, {{M:woo@minjenv.nl}}. Bij vragen: [[P:J. Pruim|Pruim]]."),
    ])

# =========================================================================================== df23
add(id="df23", producer="rl", font="Times-Roman", size=10.5,
    desc="draft Q&A for press; review comments as sticky-note annotations with names (hidden channel)",
    header="CONCEPT – {{O:Directie Communicatie}} {{O:JenV}} – Q&A",
    blocks=[
        ("h1", "Vragen en antwoorden – rapport {{O:Inspectie JenV}} overlijden {{O:PI Vught}}"),
        ("p", "V: Is de gedetineerde overleden door gebrekkige zorg?\nA: De inspectie concludeert dat de zorg op onderdelen tekortschoot. "
              "De {{F:staatssecretaris}} neemt alle aanbevelingen over. Over de persoon en de doodsoorzaak doen wij geen uitspraken."),
        ("p", "V: Waarom was er geen arts aanwezig?\nA: De {{O:Medische Dienst}} van {{O:PI Vught}} heeft te maken met vacatures. Vanaf "
              "{{D:1 september 2025}} is er een landelijke achterwacht via het {{O:Justitieel Centrum voor Somatische Zorg}}."),
        ("p", "V: Worden medewerkers gestraft?\nA: Nee. Het gaat om verbeteringen in het systeem. Betrokken medewerkers krijgen nazorg."),
        ("p", "V: Hoeveel gedetineerden overleden in 2024 in een inrichting?\nA: Dat cijfer staat in {{G:DJI in getal 2020-2024}}; "
              "de inspectie publiceert jaarlijks een overzicht van meldingen ({{W:Penitentiaire beginselenwet}}, {{W:Wet rijkstoezicht}})."),
        ("p", "V: Heeft de familie een schadevergoeding gekregen?\nA: Wij gaan niet in op contact met de nabestaanden."),
        ("s", "Afstemming met woordvoering {{O:DJI}} en {{O:OM}}. Niet proactief verspreiden."),
    ],
    hidden={"annots": [
        (0, "[[P:Sterre Bakhuis|Sterre Bakhuis]]", "Check met [[P:Tessa|Tessa]]: mogen we 'vacatures' noemen? [[P:Kroon|Kroon]] is ook ziek.", [430, 700, 450, 720]),
        (0, "[[P:Jorrit Pruim|Jorrit Pruim]]", "Familie heeft advocaat ([[P:Akrouh|Akrouh]]), liever helemaal niet ingaan op nabestaanden. JPr", [430, 520, 450, 540]),
    ]})

# =========================================================================================== df24
add(id="df24", producer="docx", dfont="Calibri", size=10,
    desc="agenda and decision list of a meeting of the Commissie van Toezicht PI Zwolle",
    author="[[P:G. Wassink|G. Wassink]]", title="Besluitenlijst CvT",
    blocks=[
        ("h1", "Besluitenlijst vergadering {{O:Commissie van Toezicht}} {{O:PI Zwolle}}"),
        ("p", "Datum: {{D:8 april 2025}}, 10:00 uur, {{O:PI Zwolle}}, bezoekerscentrum"),
        ("p", "Aanwezig: [[P:mr. H.J. Roelofsen|Roelofsen]] (vz), [[P:A. Scholte|Scholte]], [[P:drs. K. Lubbers-Wijnhoven|Lubbers-Wijnhoven]], "
              "[[P:T. Boukhari|Boukhari]], [[P:ds. W. Kamphuis|Kamphuis]], [[P:G. Wassink|Wassink]] (secretaris). Namens de directie, agendapunt 3: "
              "[[P:B. Hofstede|Hofstede]]. Gast: {{F:burgemeester Snijders|Snijders}} van {{L:Zwolle}} (agendapunt 4)."),
        ("tbl", [["Nr", "Onderwerp", "Besluit / actie", "Wie"],
                 ["1", "Verslag {{D:11 maart 2025}}", "Vastgesteld", "–"],
                 ["2", "Maandcommissaris maart", "Rapportage [[N:ASc|ASc]]: 9 gesprekken, 4 over medische zorg (afd. C)", "[[N:ASc|ASc]]"],
                 ["3", "Medicatieverstrekking na insluiting", "Directie zegt nieuw protocol toe; CvT vraagt schriftelijke terugkoppeling", "[[N:GW|GW]]"],
                 ["4", "Kennismaking {{F:burgemeester}}", "Gesprek over {{G:Veiligheidshuis IJsselland}} en nazorg na detentie", "–"],
                 ["5", "Jaarverslag 2024", "Concept naar de {{O:RSJ}} voor {{D:1 mei 2025}}", "[[N:HJR|HJR]]"]]),
        ("p", "ASc = [[P:Annemiek Scholte|Annemiek Scholte]]; GW = [[P:Gerda Wassink|Gerda Wassink]]; HJR = [[P:Hendrik Jan Roelofsen|Hendrik Jan Roelofsen]]."),
        ("p", "Mededeling: lid [[P:Kamphuis|Kamphuis]] is tevens [[R:predikant van de Hersteld Hervormde gemeente|Hersteld Hervormde]] en "
              "treedt op verzoek van gedetineerden niet op als maandcommissaris in zaken waarin hij pastoraal betrokken is."),
        ("p", "Volgende vergadering: {{D:13 mei 2025}}. Post: {{M:cvt.zwolle@dji.minjus.nl}}."),
    ])

# =========================================================================================== df25
add(id="df25", producer="scan", spx=32, sfont="dejavu/DejaVuSans.ttf", sbold="dejavu/DejaVuSans-Bold.ttf",
    desc="scanned signed letter of the vestigingsdirecteur PI Zwolle to the CvT (two pages, image only)",
    blocks=[
        ("p", "Dienst Justitiële Inrichtingen\nPenitentiaire Inrichting Zwolle"),
        ("p", "Aan de Commissie van Toezicht\nt.a.v. de secretaris, mevrouw [[P:G. Wassink|Wassink]]\nPostbus 10024\n8000 GA  Zwolle"),
        ("p", "Datum: 22 april 2025\nKenmerk: PIZ/DIR/2025/118\nBehandeld door: [[P:B. Hofstede|Hofstede]], telefoon [[T:06 1839 2270]]"),
        ("h2", "Betreft: terugkoppeling medicatieverstrekking na insluiting"),
        ("p", "Geachte mevrouw [[P:Wassink|Wassink]],\n\n"
              "In uw vergadering van 8 april 2025 heeft u gevraagd om een schriftelijke\n"
              "terugkoppeling over de verstrekking van medicatie na insluiting. Aanleiding\n"
              "was de klacht van de heer [[P:El Amrani|Amrani]] (regnr. [[N:4891377]]), die\n"
              "[[H:insulineafhankelijk|insulineafhankelijk]] is en op 27 februari ten val kwam."),
        ("p", "Met ingang van 1 mei 2025 geldt het volgende:\n"
              "1. Medicatie die na 17.00 uur moet worden gegeven, wordt door de\n"
              "   verpleegkundige uitgereikt vóór de insluiting of door twee PIW'ers.\n"
              "2. De verpleegkundige kan altijd de achterwacht van het JCvSZ bellen.\n"
              "3. Afdelingshoofd [[P:R. Dijkhuizen|Dijkhuizen]] controleert dit wekelijks."),
        ("pb",),
        ("p", "Verpleegkundige [[P:Tuinstra|Tuinstra]] heeft inmiddels een aanvullende\n"
              "scholing gevolgd. Met de medisch adviseur van de RSJ, de heer [[P:Fokkema|Fokkema]],\n"
              "is het protocol besproken."),
        ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.\n\nMet vriendelijke groet,\n\n"
              "de vestigingsdirecteur van PI Zwolle,"),
        ("sig", "A. Veldkamp"),
        ("p", "[[P:drs. A.J. Veldkamp|Veldkamp]]\n\nAfschrift: [[P:mr. H.J. Roelofsen|Roelofsen]], voorzitter CvT"),
    ])

# =========================================================================================== df26
add(id="df26", producer="rl", font="LibSans", size=9.5,
    desc="nested e-mail thread (Dutch Outlook headers) about the RSJ advice request; first names, signature blocks",
    blocks=[
        mailhdr("[[P:Nieuwenhuis, Iris|Iris Nieuwenhuis]] <[[E:i.nieuwenhuis@rsj.nl]]>", "dinsdag 10 juni 2025 11:48",
                "[[P:Gool, Tessa van|Gool, Tessa van]] <[[E:t.van.gool@minjenv.nl]]>", "{{M:secretariaat@rsj.nl}}",
                "RE: Adviesaanvraag positie medisch adviseur"),
        ("p", "Hoi Tessa,\n\nDe {{O:RSJ}} neemt de adviesaanvraag in behandeling. De {{O:Raad}} bespreekt het concept op {{D:2 september 2025}}. "
              "Vanuit de {{O:RSJ}} zijn [[P:Maarten|Maarten]] ({{J:medisch adviseur}}) en ik contactpersoon. Zouden jullie de cijfers over "
              "medische klachten per inrichting 2022–2024 kunnen aanleveren? Ik denk aan {{O:PI Vught}}, {{O:PI Zwolle}}, {{O:PI Zaanstad}} en het {{O:JCvSZ}}.\n\n"
              "Met vriendelijke groet,\n\n[[P:Iris Nieuwenhuis|Iris Nieuwenhuis]]\n{{J:juridisch secretaris}}\n{{O:Raad voor Strafrechtstoepassing en Jeugdbescherming}}\n"
              "{{A:Kneuterdijk 1}} | {{L:Den Haag}}\nT [[T:070 - 361 93 45]] (direct) | {{Z:070 361 93 00}} (algemeen)"),
        ("s", "________________________________"),
        mailhdr("[[P:Gool, Tessa van|Gool, Tessa van]]", "maandag 9 juni 2025 16:30",
                "[[P:Nieuwenhuis, Iris|Nieuwenhuis, Iris]]", "[[P:Pruim, Jorrit|Pruim, Jorrit]]; [[P:Valkenier, Rutger|Valkenier, Rutger]]",
                "Adviesaanvraag positie medisch adviseur"),
        ("p", "Beste [[P:Iris|Iris]],\n\nZoals aangekondigd in de Kamerbrief van {{D:28 mei 2025}} vraagt de {{F:staatssecretaris}} de {{O:RSJ}} om advies "
              "over de positie van de {{J:medisch adviseur}} in de klachtprocedure van de {{W:Penitentiaire beginselenwet}}. De formele "
              "adviesaanvraag volgt via de lijn. [[P:Jorrit|Jorrit]] en [[P:Rutger|Rutger]] lezen mee.\n\nGroet,\nTessa\n\n"
              "[[P:T. van Gool|T. van Gool]] | {{J:beleidsmedewerker}} | {{O:DGSenB}} | M [[T:06 5330 9127]]"),
        ("s", "________________________________"),
        ("p", ">> Van: [[P:Pruim, Jorrit|Pruim, Jorrit]] <[[E:j.pruim@minjenv.nl]]>\n>> Verzonden: maandag 9 juni 2025 09:14\n"
              ">> Onderwerp: medisch adviseur\n>>\n>> Tessa, kun jij [[P:Nieuwenhuis|Nieuwenhuis]] vast informeel bellen? Zij weet ook dat "
              "[[P:Fokkema|Fokkema]] stopt per 1 januari.\n>> Ik zit tot woensdag bij de {{O:EBI}} in {{L:Vught}}. JPr"),
    ])

# =========================================================================================== df27
add(id="df27", producer="rl", font="DejaVuSerif", size=9.5,
    desc="record of interview by the Inspectie with a nurse (gespreksverslag), two pages",
    header="{{O:Inspectie Justitie en Veiligheid}} – gespreksverslag – vertrouwelijk",
    footer="{{R:2025-0000412}}",
    blocks=[
        ("h1", "Gespreksverslag"),
        ("tbl", [["Onderzoek", "Overlijden gedetineerde {{O:PI Vught}} ({{R:2025-0000412}})"],
                 ["Datum gesprek", "{{D:11 maart 2025}}, 10:00–11:30"],
                 ["Geïnterviewde", "[[P:Sanne Oudejans|Sanne Oudejans]], {{J:verpleegkundige}} {{O:Medische Dienst}}"],
                 ["Inspecteurs", "[[P:W.J. Schaapveld|Schaapveld]], [[P:N. Bouzid|Bouzid]]"],
                 ["Bijzitter", "[[P:H. Kortekaas|Kortekaas]] ({{O:OR}}-lid, op verzoek van geïnterviewde)"]],
         {"head": False, "w": [0.25, 0.75]}),
        ("p", "[[P:Oudejans|Oudejans]] werkt sinds 2019 bij de {{O:Medische Dienst}}, eerder in het {{O:Jeroen Bosch Ziekenhuis}}, "
              "{{A:Henri Dunantstraat 1}} in {{L:'s-Hertogenbosch}}. Zij is {{J:BIG-geregistreerd}} ({{W:Wet BIG}}); haar BIG-nummer is "
              "[[N:29061348330|29061348330]]."),
        ("p", "Op {{D:13 februari 2025}} was zij de enige {{J:verpleegkundige}} in de avond. De {{J:inrichtingsarts}} [[P:Landwehr|Landwehr]] was bij het "
              "{{O:PPC}} voor een noodsituatie. Zij heeft de {{O:Huisartsenpost}} gebeld; de triagist adviseerde bij toename 112 te bellen."),
        ("p", "Zij wist van het MDO dat er [[H:eerder insulten waren geweest|insulten]], maar niet dat er een afspraak was over uurlijkse controle. "
              "Die stond niet in {{P:TULP}}, alleen in het verslag van [[P:Karaca|Karaca]]."),
        ("pb",),
        ("p", "Over de nacht: zij werd om 05:49 gebeld door [[P:Kevin|Kevin]] ([[P:Brouwer|Brouwer]]). Zij was binnen twee minuten op de afdeling. "
              "De AED gaf geen schokadvies. Zij heeft gereanimeerd tot de ambulance kwam."),
        ("p", "[[P:Oudejans|Oudejans]] vertelt dat zij na het incident [[H:klachten van slapeloosheid en herbelevingen heeft|herbelevingen]] "
              "en [[H:in behandeling is bij een psycholoog|behandeling is bij een psycholoog]]. Zij vraagt dit niet in het rapport op te nemen."),
        ("p", "Het verslag is op {{D:18 maart 2025}} ter correctie aan geïnterviewde gestuurd ([[E:sanne.oudejans@dji.minjus.nl]]); "
              "zij heeft op {{D:20 maart 2025}} twee correcties doorgegeven. Vastgesteld door [[P:N. Bouzid|N. Bouzid]]."),
    ])

# =========================================================================================== df28
add(id="df28", producer="rl", font="LibMono", size=8.5, landscape=True,
    desc="duty roster (dienstrooster) of the EZV for the night, personnel numbers, codes explained",
    header="{{P:Rooster+}} – afdeling {{O:EZV}} {{O:PI Vught}} – week 7/2025",
    blocks=[
        ("h2", "Dienstrooster week 7 (10–16 februari 2025) – afdeling {{O:EZV}}"),
        ("tbl", [["Code", "Medewerker", "Pers.nr", "Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo"],
                 ["KBR", "[[P:Brouwer, Kevin|Brouwer, Kevin]]", "[[N:0831127]]", "V", "V", "N", "N", "N", "-", "-"],
                 ["RSE", "[[P:Sedney, Ricardo|Sedney, Ricardo]]", "[[N:0902268]]", "-", "D", "N", "N", "N", "-", "-"],
                 ["LHE", "[[P:Hermans, Lotte|Hermans, Lotte]]", "[[N:0790415]]", "D", "D", "D", "D", "-", "-", "-"],
                 ["MVL", "[[P:Leeuwen-Daal, Mirjam van|Mirjam]]", "[[N:0917780]]", "A", "A", "-", "A", "A", "D", "D"],
                 ["FOU", "[[P:Ouali, Fatima|Fatima]]", "[[N:0920043]]", "[[H:ZIEK|ZIEK]]", "[[H:ZIEK|ZIEK]]", "-", "D", "D", "-", "-"]],
         {"w": [0.06, 0.24, 0.1] + [0.085] * 7, "small": True}),
        ("p", "D = dagdienst 07:00–15:30; A = avonddienst 14:30–23:00; N = nachtdienst 22:00–07:30; V = verlof.\n"
              "Nachtdienst do 13/2: KBR (afdeling), RSE (ronde {{O:EZV}}/{{O:BSD}}); centralist meldkamer: [[P:G. Pinas|G. Pinas]] ([[N:0755301]]).\n"
              "Wijzigingen: RSE ruilt wo met [[P:Dirk|Dirk]] ([[P:D. Wiersma|Wiersma]], {{O:PPC}}), akkoord [[N:EJM|EJM]]."),
        ("s", "Gegenereerd {{D:17-02-2025}} 08:12 door [[E:roosterbureau.vught@dji.minjus.nl|roosterbureau.vught]] – {{M:roosterbureau@dji.minjus.nl}}"),
    ])

# =========================================================================================== df29
add(id="df29", producer="rl", font="Helvetica", size=10,
    desc="beslisnota on PPC capacity with completed motivation section; author only in Info /Author and XMP",
    header="{{O:Ministerie van Justitie en Veiligheid}} – beslisnota",
    blocks=[
        ("h1", "Nota capaciteit {{O:Penitentiair Psychiatrische Centra}}"),
        ("tbl", [["Aan", "{{F:staatssecretaris van Justitie en Veiligheid}}"],
                 ["Datum", "{{D:14 april 2025}}"],
                 ["Kenmerk", "{{R:6288715}}"],
                 ["Behandeld door", "{{O:Directie Sanctie- en Slachtofferbeleid}}, {{M:dsenb-secretariaat@minjenv.nl}}"]],
         {"head": False, "w": [0.25, 0.75]}),
        ("h2", "Aanleiding"),
        ("p", "Er is een structureel tekort aan plaatsen in de vier {{O:PPC}}'s ({{L:Vught}}, {{L:Zwolle}}, {{L:Den Haag}}/{{L:Scheveningen}}, "
              "{{L:Amsterdam}}). Op peildatum {{D:1 april 2025}} stonden 71 gedetineerden met ernstige psychiatrische problematiek op de wachtlijst."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met uitbreiding van het {{O:PPC Vught}} met 24 plaatsen, te financieren uit de "
              "middelen van het {{G:Masterplan Gevangeniswezen}}."),
        ("h2", "Toelichting"),
        ("p", "De {{O:Inspectie Justitie en Veiligheid}} wees in haar rapport over {{O:PI Vught}} op de gevolgen van lange wachttijden. Een "
              "gedetineerde met [[H:een psychose die drie weken op een reguliere afdeling wachtte|psychose]] ([[P:dossier T.H.|T.H.]]) bedreigde "
              "medegedetineerden. Het {{O:FPC}} kon hem niet opnemen."),
        ("p", "Kanttekening van de {{J:psychiater}}, [[P:dr. F. de Grave-Tiemens|Grave-Tiemens]]: uitbreiding zonder extra psychiaters ({{J:arts-assistenten}} "
              "via de {{O:NVvP}}) lost het probleem niet op."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd. Gegevens over de "
              "gezondheid van gedetineerden zijn niet openbaar gemaakt op grond van artikel 5.1, eerste lid, onder d van de {{W:Woo}}."),
        ("h2", "Motivering"),
        ("p", "De persoonsgegevens zijn geweigerd op grond van artikel 5.1, tweede lid, onder e van de {{W:Woo}}."),
    ],
    hidden={"info": {"Author": "[[P:Pruim, J. (Jorrit)|Pruim, J. (Jorrit)]]", "Subject": "concept [[P:JvdW|JvdW]] + [[P:Wouters-Bekkering|Wouters-Bekkering]]"},
            "xmp": ["[[P:Jeanine van der Wal|Jeanine van der Wal]]"]})

# =========================================================================================== df30
add(id="df30", producer="rl", font="DejaVuSerif", size=10,
    desc="concept investigation report of the Inspectie (4 pages) with bookmarks naming interviewees (hidden channel)",
    header="CONCEPT – niet verspreiden – {{O:Inspectie Justitie en Veiligheid}}", footer="{{R:2025-0000412}}",
    blocks=[
        ("h1", "Overlijden van een gedetineerde in {{O:PI Vught}}"),
        ("p", "Onderzoek naar de zorg en bejegening voorafgaand aan het overlijden op {{D:14 februari 2025}}\n\nConceptrapport, versie 0.7, "
              "{{D:25 april 2025}}\n\n{{O:Inspectie Justitie en Veiligheid}}\nToezicht Sanctietoepassing"),
        ("h2", "Samenvatting"),
        ("p", "Op {{D:14 februari 2025}} overleed een 35-jarige gedetineerde op de Extra Zorg Voorziening van de {{O:Penitentiaire Inrichting Vught}}. "
              "De inspectie onderzocht of de zorg, de nachtelijke controles en de samenwerking tussen {{O:Medische Dienst}}, {{O:PPC}} en de afdeling "
              "voldeden aan de normen uit de {{W:Penitentiaire beginselenwet}}, de {{W:Penitentiaire maatregel}} en het {{G:Toetsingskader "
              "Medische zorg DJI}}. De inspectie concludeert dat de zorg op drie punten tekortschoot."),
        ("pb",),
        ("h2", "1. Werkwijze"),
        ("p", "De inspectie sprak met twaalf medewerkers van de {{O:PI Vught}}, met de {{J:forensisch arts}} en met de moeder van de overledene. "
              "Zij bestudeerde het medisch dossier, de rapportages in {{P:TULP}}, de camerabeelden en de intercomlog. De gesprekken zijn "
              "vastgelegd in verslagen die ter correctie aan de geïnterviewden zijn voorgelegd."),
        ("p", "De inspectie dankt in het bijzonder de {{J:verpleegkundige}} die in de nacht reanimeerde, en de {{J:casemanager}} die de "
              "familie begeleidde. Namen van medewerkers zijn in dit rapport niet opgenomen."),
        ("h2", "2. Feiten"),
        ("p", "Betrokkene verbleef sinds {{D:3 februari 2025}} in {{L:Vught}}, na overplaatsing uit {{O:PI Zwolle}}. Hij was in behandeling "
              "bij de {{O:Medische Dienst}}. Een dag voor zijn overlijden meldde hij klachten op de borst; een arts heeft hem niet gezien. "
              "Om 03:40 uur gebruikte hij de intercom; die oproep werd na 14 minuten beantwoord."),
        ("pb",),
        ("h2", "3. Analyse"),
        ("p", "3.1 Medische zorg. De {{J:verpleegkundige}} handelde binnen haar bevoegdheden, maar kon geen arts bereiken. Er bestond geen "
              "afspraak over een achterwacht met het {{O:Justitieel Centrum voor Somatische Zorg}}.\n\n3.2 Controles. De afspraak uit het MDO over "
              "uurlijkse controle was niet bekend bij de nachtdienst, omdat zij niet in {{P:TULP}} stond.\n\n3.3 Meldkamer. Eén centralist bediende "
              "drie afdelingen; de {{O:DJI}}-norm van 5 minuten werd overschreden."),
        ("pb",),
        ("h2", "4. Conclusies en aanbevelingen"),
        ("p", "Aan de hoofddirecteur van {{O:DJI}}: regel een landelijke achterwacht van {{J:inrichtingsartsen}}; koppel {{P:MedicorE}} en "
              "{{P:TULP}}; herzie de bezetting van de meldkamers.\n\nAan de {{F:staatssecretaris van Justitie en Veiligheid}}: vraag de {{O:RSJ}} om advies "
              "over de klachtprocedure medische zorg."),
        ("s", "Bijlage (niet in deze versie): lijst van geïnterviewden."),
    ],
    hidden={"outline": [("Samenvatting", 0), ("Gesprek [[P:S. Oudejans|S. Oudejans]] (vpk)", 1),
                        ("Gesprek [[P:K. Brouwer|K. Brouwer]] (PIW)", 1), ("Gesprek [[P:mevr. Verkerk-Haan|mevr. Verkerk-Haan]] (moeder)", 1),
                        ("Analyse – reactie [[P:Landwehr|Landwehr]]", 2), ("Conclusies", 3)],
            "info": {"Author": "[[P:Nadia Bouzid|Nadia Bouzid]]", "Title": "Conceptrapport PI Vught v0.7 – reviewer [[P:W. Schaapveld|W. Schaapveld]]"}})

# =========================================================================================== df31
add(id="df31", producer="docx", dfont="Garamond", size=11,
    desc="letter of a law firm on behalf of the mother; lawyer's office address (business) and client home address",
    author="[[P:S. Akrouh|S. Akrouh]]", title="Brief aan DJI",
    blocks=[
        ("p", "AKROUH & VAN DALEN ADVOCATEN\nStationsplein 12\n5211 AP  's-Hertogenbosch\nT {{Z:073 - 610 44 00}} | {{M:info@akrouhvandalen.nl}}"),
        ("p", "Aan de {{O:Dienst Justitiële Inrichtingen}}\nt.a.v. de {{J:vestigingsdirecteur}} van de {{O:PI Vught}}\nPostbus 10150\n5260 GB  Vught"),
        ("p", "'s-Hertogenbosch, {{D:18 februari 2025}}\nUw kenmerk: {{R:BI-2025-0187}}\nOns kenmerk: 2025.0219/SA\nBetreft: mw. [[P:W. Verkerk-Haan|Verkerk-Haan]] / overlijden [[P:D. Verkerk|Verkerk]]"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Ik sta mevrouw [[P:Wilma Verkerk-Haan|Wilma Verkerk-Haan]], wonende aan de [[A:Jan van Riebeeckstraat 19|Riebeeckstraat 19]] te {{L:Vught}}, bij "
              "als advocaat. Cliënte is de moeder van [[P:Dennis Verkerk|Dennis]], geboren [[D:14 maart 1989]], die op {{D:14 februari 2025}} in uw "
              "inrichting is overleden."),
        ("p", "Cliënte heeft begrepen dat haar zoon de dag voor zijn overlijden [[H:klachten op de borst|klachten op de borst]] had en dat geen arts "
              "hem heeft gezien. Zij wijst erop dat haar zoon [[H:al jaren hartritmestoornissen had|hartritmestoornissen]], wat bij zijn "
              "intake in {{O:PI Zwolle}} bekend was. Hij zat vast wegens [[C:een inbraak in 2023|inbraak]] en zou in april vrijkomen."),
        ("p", "Namens cliënte verzoek ik u: (1) een afschrift van het medisch dossier op grond van artikel 7:458a {{W:BW}}, (2) de camerabeelden "
              "te bewaren, en (3) te bevestigen dat de {{O:Inspectie Justitie en Veiligheid}} onderzoek doet. Ik behoud mij alle rechten voor, "
              "waaronder aansprakelijkstelling van de {{O:Staat der Nederlanden}}."),
        ("p", "Cliënte is bereikbaar via mijn kantoor; haar nummer is [[T:06-38154420]] voor spoedeisende zaken. Eventuele betalingen op "
              "de derdengeldrekening [[I:NL77 RABO 3318 2077 46]]."),
        ("p", "Hoogachtend,\n\n[[P:mr. S. Akrouh|mr. S. Akrouh]]\nadvocaat\n[[E:s.akrouh@akrouhvandalen.nl]] | [[T:06 4270 1188]]"),
    ])

# =========================================================================================== df32
add(id="df32", producer="scan", spx=30, sfont="liberation2/LiberationMono-Regular.ttf", sbold="liberation2/LiberationMono-Bold.ttf",
    desc="fax from Isala hospital about a transfer of a detainee (image only)",
    blocks=[
        ("h2", "FAXBERICHT  -  Isala Zwolle, afdeling Cardiologie"),
        ("tbl", [["Aan:", "Medische Dienst PI Zwolle"], ["Fax:", "088 072 6199"], ["Van:", "[[P:dr. P. Kingma|Kingma]], cardioloog"],
                 ["Tel. direct:", "[[T:038 424 7731]]"], ["Datum:", "28-01-2025"], ["Pagina's:", "1"]], {"w": [0.25, 0.75]}),
        ("p", "Betreft: patient [[P:VERKERK|VERKERK]], geb. [[D:14-03-1989]]\nIsala patientnr. [[N:7715032]]"),
        ("p", "Collega,\n\nBovengenoemde patient werd op 27-01 gezien op de SEH na een\n"
              "insult in de PI. ECG: [[H:verlengd QT-interval|QT-interval]] (QTc 510 ms), mogelijk\n"
              "door [[H:methadon|methadon]]. Advies: methadon niet verder ophogen,\n"
              "ECG herhalen binnen 2 weken, poliklinische controle cardiologie.\n"
              "Bij pijn op de borst direct 112.\n\n"
              "Met collegiale groet,\n[[P:P. Kingma|P. Kingma]]\n\n"
              "Isala, Dokter van Heesweg 2, 8025 AB Zwolle"),
    ])

# =========================================================================================== df33
add(id="df33", producer="scan", spx=32,
    desc="printed overdracht form with handwritten remarks, scanned",
    blocks=[
        ("h2", "Overdrachtsformulier dag/nacht - EZV - 13-02-2025"),
        ("tbl", [["Cel", "Naam", "Bijzonderheden"],
                 ["114", "[[P:Bakker|Bakker]]", "geen"],
                 ["117", "[[P:Verkerk|Verkerk]]", "[[H:klachten borst|klachten borst]], HAP gebeld"],
                 ["119", "[[P:Yilmaz|Yilmaz]]", "[[H:hongerstaking dag 3|hongerstaking]]"],
                 ["121", "[[P:Smulders|Smulders]]", "extra toezicht (SPA)"]], {"w": [0.1, 0.3, 0.6]}),
        ("p", "Overgedragen door: [[P:L. Hermans|Hermans]]   Ontvangen door: [[P:K. Brouwer|Brouwer]]"),
        ("sp",),
        ("hand", "117 elk uur controleren?? staat niet in TULP\n- vragen aan Erik-Jan", "femkeklaver/femkeklaver.ttf", 60),
    ])
