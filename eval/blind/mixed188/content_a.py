from lib import Doc
MOT = [("h", "Informatie die niet openbaar gemaakt kan worden"),
       "Motivering: in de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van ambtenaren, "
       "cliënten en derden weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e); "
       "gegevens over gezondheid op grond van artikel 5.1, eerste lid, onder d (5.1.1d) en het BSN op grond van 5.1.1e."]
HEAD = "<b>Gemeente Apeldoorn</b> | Team Schuldhulpverlening | Marktplein 1, 7311 LK Apeldoorn | telefoon 14 055 | schuldhulp@apeldoorn.nl"
WORD = "Microsoft® Word for Microsoft 365"
DOCS = []
A = DOCS.append

A(Doc("sh01_woo_verzoek", [
    "Lotte Hagenbeek<br/>Binnenweg 4<br/>7381 BC Klarenbeek<br/>l.hagenbeek@posteo.nl",
    "Aan: college van burgemeester en wethouders van de gemeente Apeldoorn<br/>Postbus 9033, 7300 ES Apeldoorn<br/>per e-mail: woo@apeldoorn.nl",
    "Klarenbeek, 12 januari 2026",
    "<b>Onderwerp: verzoek op grond van de Wet open overheid (Woo) – schuldhulpverlening</b>",
    "Geacht college,",
    "Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over de uitvoering van de "
    "Wet gemeentelijke schuldhulpverlening (Wgs) in de periode 1 januari 2025 tot en met 31 december 2025, in het bijzonder: "
    "(1) documenten over wachttijden bij de intake en de inzet van externe budgetcoaches; (2) klachten van cliënten over "
    "medewerkers van het Team Schuldhulpverlening en de afhandeling daarvan; (3) de schriftelijke vragen van raadslid Verbeek "
    "(ChristenUnie) over Vroegsignalering en de beantwoording door wethouder Lemmens; (4) facturen van ingehuurde zzp-budgetcoaches.",
    "Ik begrijp dat persoonsgegevens van cliënten worden geanonimiseerd. Ik ontvang de stukken graag digitaal. "
    "Voor vragen ben ik bereikbaar via l.hagenbeek@posteo.nl of 06-55 31 20 87.",
    "Met vriendelijke groet,", "Lotte Hagenbeek"] + MOT,
    producer=WORD, creator="Microsoft® Word for Microsoft 365", author="Lotte Hagenbeek",
    redact=[("PHONE", "06-55 31 20 87", ["06-55 31 20 87"])],
    keep=[("ORG", "ChristenUnie")]))

A(Doc("sh02_ontvangstbevestiging", [
    HEAD, ("sp",),
    "Mevrouw L. Hagenbeek<br/>Binnenweg 4<br/>7381 BC Klarenbeek",
    "Ons kenmerk: WOO-2026-0187 | Zaaknummer: Z/26/118402<br/>Behandeld door: P. Mahabier, juridisch adviseur<br/>"
    "Telefoon: 055-580 19 44 | E-mail: p.mahabier@apeldoorn.nl<br/>Datum: 15 januari 2026",
    "<b>Onderwerp: ontvangstbevestiging Woo-verzoek</b>",
    "Geachte mevrouw Hagenbeek,",
    "Op 12 januari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek is geregistreerd "
    "onder kenmerk WOO-2026-0187. Wij beslissen binnen vier weken na ontvangst; deze termijn kunnen wij met twee weken "
    "verdagen (artikel 4.4 Woo). Omdat in de stukken gegevens van derden staan, stellen wij hen mogelijk in de gelegenheid "
    "een zienswijze te geven.",
    "Heeft u vragen? Bel dan het algemene nummer 14 055 of mail naar woo@apeldoorn.nl onder vermelding van het kenmerk.",
    "Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,",
    "Priscilla Mahabier<br/>juridisch adviseur Informatiebeheer en Woo"] + MOT,
    producer="Aspose.PDF for .NET 23.11", creator="Zaaksysteem Xential 4.2"))

A(Doc("sh03_intake_elkhatib", [
    HEAD, ("h", "Intakeverslag schuldhulpverlening"),
    ("table", [["Veld", "Gegevens"],
               ["Dossiernummer", "SHV-2025-0418"],
               ["Naam cliënt", "Yasmina El Khatib-Verhoef"],
               ["BSN", "204816573"],
               ["Geboortedatum", "14-03-1988"],
               ["Adres", "Goudenregenstraat 112, 7322 GK Apeldoorn"],
               ["Telefoon / e-mail", "06-29 73 10 48 / yasmina.elkhatib88@gmail.com"],
               ["Huishouden", "alleenstaand, twee kinderen (Noor, 9 jaar en Sami, 6 jaar); ex-partner Karim Bouzid"],
               ["Intakedatum", "3 maart 2025, Stadhuis, spreekkamer 2.14"],
               ["Schuldhulpverlener", "R. Bakhuis"]], [130, 345]),
    ("h", "Inkomen"),
    "Cliënte werkt 24 uur per week als doktersassistente en verdient netto € 1.612 per maand. Zij ontvangt "
    "kinderbijslag, kindgebonden budget (€ 341 per maand) en een huurtoeslag van € 228. Alimentatie van de heer Bouzid "
    "wordt sinds oktober 2024 niet meer betaald.",
    ("h", "Schulden"),
    ("table", [["Schuldeiser", "Soort", "Bedrag"],
               ["Belastingdienst/Toeslagen", "terugvordering kinderopvangtoeslag 2023", "€ 6.480,00"],
               ["De Goede Woning", "huurachterstand (4 maanden)", "€ 3.144,12"],
               ["Vitens", "drinkwater", "€ 412,77"],
               ["CJIB", "verkeersboetes (2)", "€ 598,00"],
               ["Menzis", "premie zorgverzekering", "€ 1.221,40"],
               ["Vodafone", "telefoonabonnement (incasso)", "€ 866,35"]], [170, 200, 105]),
    "Totale schuldenlast: € 12.722,64 bij zes schuldeisers.",
    ("pb",), ("h", "Gezondheid en gezinssituatie"),
    "Cliënte geeft aan sinds de scheiding onder behandeling te zijn bij de POH-GGZ vanwege een depressieve stoornis en "
    "slaapproblemen. Zoon Sami heeft een diagnose ADHD; er loopt een aanmelding bij het sociaal wijkteam.",
    ("h", "Afspraken"),
    "Aanmelding Stabilisatietraject; budgetbeheer via Kredietbank Nederland; moratorium aanvragen voor de huurschuld. "
    "Vervolgafspraak met budgetcoach Ilse ter Brugge op 17 maart 2025.",
    "Opgesteld door Ruud Bakhuis, schuldhulpverlener, r.bakhuis@apeldoorn.nl, 06-41 27 83 90."] + MOT,
    producer="Microsoft® Word for Microsoft 365", creator=WORD, author="Bakhuis, Ruud",
    redact=[("HEALTH", "depressieve stoornis", ["depressieve stoornis", "slaapproblemen", "POH-GGZ"]),
            ("HEALTH", "ADHD", ["ADHD"]),
            ("INCOME", "netto € 1.612 per maand", ["€ 1.612"])],
    keep=[("MONEY", ["€ 12.722,64", "€ 6.480,00"]), ("ORG", "sociaal wijkteam"), ("PLACE", "Stadhuis")]))

A(Doc("sh04_intake_vanthooft", [
    ("h", "GEMEENTE APELDOORN – INTAKE SCHULDHULPVERLENING"),
    "Dossier SHV-2025-0533 | intake 22 april 2025 | medewerker: G. Aydın (GAy), tel. 0031 55 580 1390",
    ("table", [["Cliënt", "VAN 'T HOOFT, Dirk-Jan (roepnaam DJ)"],
               ["BSN", "187 345 296"], ["Geboren", "2 november 1971"],
               ["Adres", "Sparrenlaan 9, 7339 AN Ugchelen"],
               ["Contact", "06 51 08 66 23 – dj.vanthooft@hotmail.com"],
               ["Werkgever", "geen; WW-uitkering tot 1 augustus 2025, daarna Participatiewet"]], [110, 365]),
    ("h", "Situatie"),
    "De heer Van 't Hooft was tot 2024 zelfstandig hovenier (eenmanszaak). Na een hernia (operatie in januari 2024) "
    "kon hij het werk niet meer doen; het bedrijf is uitgeschreven bij de KvK. Hij woont samen met zijn moeder, "
    "die mantelzorg nodig heeft. Hij gebruikt dagelijks pijnmedicatie en is bekend bij de verslavingszorg (Tactus) "
    "wegens alcoholgebruik in 2023.",
    ("h", "Schulden (voorlopig)"),
    ("table", [["Schuldeiser", "Bedrag", "Opmerking"],
               ["Belastingdienst", "€ 14.210,00", "btw en inkomstenbelasting 2022-2023"],
               ["Eneco", "€ 1.098,40", "energie, incassobureau ingeschakeld"],
               ["CJIB", "€ 239,00", "boete"],
               ["Rabobank", "€ 8.750,00", "zakelijk rood staan"]], [150, 100, 225]),
    "Advies: schuldsanering via minnelijk traject; bij weigering schuldeisers verzoek Wsnp. Doorverwijzing naar "
    "Stichting Schuldhulpmaatje Apeldoorn voor een maatje. Casus besproken met F. Oudejans-Kroeze (teamleider).",
    ] + MOT, font="DejaVu", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Suite4Sociaal Domein",
    redact=[("HEALTH", "hernia", ["hernia", "pijnmedicatie", "alcoholgebruik"]),
            ("HEALTH", "Tactus", ["Tactus"])],
    keep=[("ORG", ["Rabobank", "Eneco"]), ("MONEY", ["€ 14.210,00"])]))

A(Doc("sh05_coachnotities", [
    ("h", "Notities budgetcoach – dossier SHV-2025-0418"),
    "Coach: Ilse ter Brugge (I.t.B.) | cliënt: mevrouw El Khatib | locatie: wijkcentrum De Mheen, Loolaan / huisbezoek",
    ("h", "17 maart 2025"),
    "Eerste gesprek. Yasmina had alle post in een boodschappentas; samen gesorteerd. Zes schuldeisers bevestigd. "
    "Leefgeld vastgesteld op € 65 per week. Noor helpt thuis veel mee, Yasmina schaamt zich daarvoor. "
    "Karim reageert niet op berichten over de alimentatie; advies: LBIO inschakelen.",
    ("h", "31 maart 2025"),
    "Budgetplan gemaakt volgens Nibud-normen. Vaste lasten: huur € 742, energie € 138, zorgverzekering € 152. "
    "Bankrekening NL37 INGB 0008 4412 90 wordt beheerrekening via Kredietbank Nederland. Yasmina slaapt slecht, "
    "heeft nieuwe afspraak bij de huisarts.",
    ("h", "14 april 2025"),
    "Huisbezoek Goudenregenstraat 112. Woning netjes. Brief De Goede Woning (Sandra Ooms) over ontruimingsdreiging "
    "besproken; Ruud belt morgen met De Goede Woning over een betalingsregeling. Cliënte vraagt of zij contact mag "
    "houden via WhatsApp; afgesproken: alleen voor afspraken, niet voor inhoud.",
    ("h", "2 juni 2025"),
    "Alle schuldeisers akkoord behalve Vodafone. Saneringskrediet aangevraagd. Volgende stap: evaluatie met FOK.",
    "— ItB"] + MOT,
    mode="docx", author="Ilse ter Brugge",
    redact=[("HEALTH", "slaapt slecht", ["slaapt slecht"])],
    keep=[("ORG", ["LBIO", "wijkcentrum De Mheen"]), ("MONEY", ["€ 65 per week"])]))

A(Doc("sh06_brief_degoedewoning", [
    HEAD, ("sp",),
    "Woonstichting De Goede Woning<br/>t.a.v. mevrouw S. Ooms, afdeling Huurincasso<br/>Postbus 10049<br/>7301 GA Apeldoorn",
    "Apeldoorn, 15 april 2025<br/>Ons kenmerk: SHV-2025-0418<br/>Uw kenmerk: HI/25/4471",
    "<b>Betreft: verzoek betalingsregeling en opschorting ontruiming – huurder Y. El Khatib-Verhoef, Goudenregenstraat 112</b>",
    "Geachte mevrouw Ooms,",
    "Uw huurder, mevrouw El Khatib-Verhoef (geboren 14 maart 1988), is sinds 3 maart 2025 aangemeld bij de "
    "schuldhulpverlening van de gemeente Apeldoorn. Zij heeft een huurachterstand van € 3.144,12. Wij verzoeken u "
    "de aangekondigde ontruimingsprocedure op te schorten. Vanaf 1 mei 2025 wordt de lopende huur via budgetbeheer "
    "van Kredietbank Nederland betaald; de achterstand wordt meegenomen in het minnelijk traject.",
    "Indien u geen akkoord geeft, vragen wij de rechtbank om een moratorium op grond van artikel 5 Wgs.",
    "Hoogachtend,<br/>namens dezen,",
    "R. Bakhuis<br/>schuldhulpverlener<br/>r.bakhuis@apeldoorn.nl | 06-41 27 83 90",
    "Kopie: info@degoedewoning.nl; dossier"] + MOT,
    producer="Nitro PDF Pro 14.12.0.8", creator="Nitro Pro", font="Helvetica",
    keep=[("CASE", ["HI/25/4471"]), ("MONEY", ["€ 3.144,12"]), ("LAW", ["artikel 5 Wgs"])]))

A(Doc("sh07_brief_vitens", [
    HEAD, ("sp",),
    "Vitens N.V.<br/>Afdeling Debiteurenbeheer<br/>Postbus 1205<br/>8001 BE Zwolle",
    "Apeldoorn, 16 april 2025 | Kenmerk SHV-2025-0418 | klantnummer Vitens 4401 2287 335",
    "<b>Betreft: schuldregeling – mevrouw Y. El Khatib-Verhoef</b>",
    "Geachte heer, mevrouw,",
    "Namens bovengenoemde cliënte, die bij ons een schuldhulpverleningstraject volgt, verzoeken wij u de incasso van "
    "de vordering van € 412,77 aan te houden gedurende 120 dagen (Inforing-verzoek). U ontvangt binnen die termijn "
    "een voorstel voor een schuldregeling. Wij verzoeken u vóór 30 april 2025 een actueel saldo-overzicht te sturen "
    "aan schuldhulp@apeldoorn.nl.",
    "Uw medewerker de heer J. Vermeulen (058-294 61 30) heeft telefonisch toegezegd dat de afsluiting niet doorgaat.",
    "Met vriendelijke groet,<br/>namens het college,",
    "Ilse ter Brugge, budgetcoach<br/>06 18 44 72 05"] + MOT,
    producer="Nitro PDF Pro 14.12.0.8", creator="Nitro Pro",
    keep=[("ORG", ["Vitens N.V."]), ("CASE", ["4401 2287 335"]), ("MONEY", ["€ 412,77"]), ("PLACE", ["8001 BE Zwolle"])]))
