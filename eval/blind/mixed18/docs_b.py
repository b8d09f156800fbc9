"""Set AB documents 9-18: bijstand, scans of residents' letters and forms, Woo requests, complaints, agenda print."""

from docs_a import ALM_HEAD, LWD_HEAD, UTR_HEAD, ZWOLLE_HEAD, K, R  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- ab09 bijstand terugvordering (rl)
DOCS.append(dict(
    name="ab09_bijstand_terugvordering", producer="rl", title="Besluit terugvordering bijstand",
    head=[K("Gemeente Súdwest-Fryslân"), f"{K('Marktstraat 15', 'STREET')}, 8601 CR Sneek",
          f"Telefoon {K('14 0515', 'PHONE_PUBLIC')}", f"{K('Sociaal Domein', 'ORG')} - {K('Team Werk en Inkomen', 'ORG')}"],
    foot=f"Terugvordering {K('TV-2024-00318', 'CASE_NO')} - dit besluit is ook verzonden via {K('MijnOverheid', 'PRODUCT')}",
    blocks=[
        ("p", f"{R('De heer A.H. (Abdul Hadi) Noorzai')}\n{R('Singel 42 A', 'ADDRESS')}\n{R('8601 AN', 'ADDRESS')} SNEEK"),
        ("table", [["Datum", "Kenmerk", "BSN", "Behandeld door"],
                   [K("18 april 2024", "DATE"), K("TV-2024-00318", "CASE_NO"), R("582.323.356", "BSN"),
                    R("R. Yntema", "PERSON")]], {"widths": [1, 1, 1, 1.4]}),
        ("h1", "Terugvordering bijstand"),
        ("p", f"Beste heer {R('Noorzai')},"),
        ("p", f"U ontvangt sinds {K('1 juni 2021', 'DATE')} een bijstandsuitkering op grond van de "
              f"{K('Participatiewet', 'LAW')}. Uit gegevens van het {K('UWV', 'ORG')} ({K('Suwinet', 'PRODUCT')}) "
              f"blijkt dat u van {K('1 september 2023', 'DATE')} tot en met {K('31 december 2023', 'DATE')} werkte "
              f"bij {K('Koopmans Koninklijke Meelfabrieken', 'ORG')} zonder dat door te geven. Uw zoon "
              f"{R('Farid Noorzai')} (geboren {R('14/02/2005', 'DOB')}) woonde in die periode bij u en had "
              f"inkomsten uit een bijbaan bij {K('Albert Heijn', 'ORG')}."),
        ("p", f"Wij vorderen {K('€ 3.412,86', 'AMOUNT')} van u terug (artikel 58 Participatiewet). U kunt dit "
              f"bedrag in termijnen van {K('€ 120,00', 'AMOUNT')} per maand betalen. Wij verrekenen de termijnen "
              f"met uw uitkering, die wij overmaken naar {R('NL52 INGB 2680 9622 96', 'IBAN')}."),
        ("p", f"U bent geboren op {R('1 januari 1974', 'DOB')} in Kandahar ({K('Afghanistan', 'PLACE')}). Uw "
              f"inburgeringsplicht is afgerond; uw taalcoach van {K('VluchtelingenWerk Noord-Nederland', 'ORG')}, "
              f"mevrouw {R('Baukje Terpstra')}, was bij het gesprek op {K('9 april 2024', 'DATE')} aanwezig."),
        ("p", f"Heeft u vragen? Bel uw consulent {R('Rixt Yntema')} op {R('0515 - 48 92 31', 'PHONE')} "
              f"(toestel {R('9231', 'PHONE')}) of mail {R('r.yntema@sudwestfryslan.nl', 'EMAIL')}. Bent u het niet "
              f"eens met dit besluit, dan kunt u binnen zes weken bezwaar maken. Gratis advies krijgt u bij het "
              f"{K('Juridisch Loket', 'ORG')} ({K('0900-8020', 'PHONE_PUBLIC')})."),
        ("p", f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,"),
        ("sig", [R("Rixt Yntema"), K("klantmanager Werk en Inkomen", "JOB")]),
    ],
    extra=[("PERSON", "De heer A.H. (Abdul Hadi) Noorzai", ["Abdul Hadi", "Noorzai"]),
           ("PERSON", "Rixt Yntema", ["Rixt", "R. Yntema", "Yntema"]), ("PERSON", "Baukje Terpstra", ["Baukje"])],
    extra_keep=[("PLACE", "Sneek", ["Sneek"])],
))

# ---------------------------------------------------------------- ab10 scan: handwritten complaint letter
DOCS.append(dict(
    name="ab10_scan_klachtbrief_burger", producer="scan", title="Klachtbrief (scan)", size=11,
    blocks=[
        ("p", f"{R('Hendrika Blom-Scheepstra')}\n{R('Dokkumer Ee 17', 'ADDRESS')}\n{R('8926 PA', 'ADDRESS')} Leeuwarden\n"
              f"tel. {R('058 - 266 14 09', 'PHONE')}", "hand"),
        ("p", "Aan de gemeente Leeuwarden\nafdeling klachten\nPostbus 21000\n8900 JA Leeuwarden"),
        ("p", "Leeuwarden, 11 maart 2024", "hand"),
        ("p", "Betreft: klacht over de behandeling van mijn aanvraag huishoudelijke hulp", "hand"),
        ("p", f"Geachte heer, mevrouw,\nOp 2 januari heb ik huishoudelijke hulp aangevraagd. Uw medewerker, "
              f"de heer {R('Jelmer Dijkstra')}, kwam op 19 februari langs voor een gesprek. Hij zei dat "
              f"ik het zelf moest regelen met mijn buurvrouw {R('Gerbrich')}. Dat vind ik niet netjes. Ik ben "
              f"83 jaar en geboren op {R('4 juli 1940', 'DOB')}.", "hand"),
        ("p", f"Mijn zoon {R('Wytse Blom')} woont in Groningen en kan niet elke week komen. U kunt hem bellen op "
              f"{R('06 28 31 77 40', 'PHONE')}.", "hand"),
        ("p", "Ik hoop dat u er wat aan doet.\nMet vriendelijke groet,", "hand"),
        ("sig", [R("H. Blom-Scheepstra")]),
    ],
    extra=[("PERSON", "Hendrika Blom-Scheepstra", ["Hendrika", "Blom-Scheepstra"]),
           ("PERSON", "Jelmer Dijkstra", ["Dijkstra"]), ("PERSON", "Wytse Blom", ["Wytse"])],
))

# ---------------------------------------------------------------- ab11 scan: form filled in by hand
DOCS.append(dict(
    name="ab11_scan_aanvraagformulier_kwijtschelding", producer="scan",
    title="Aanvraagformulier kwijtschelding (scan)", size=10.5, cell_size=10,
    head=["Gemeente Almere", "Belastingen - kwijtschelding", "Formulier K-01 (2024)"],
    blocks=[
        ("h1", "Verzoek om kwijtschelding gemeentelijke belastingen"),
        ("small", "Vul dit formulier in met blokletters. Stuur kopieën mee van uw bankafschriften van de laatste drie maanden."),
        ("table", [["Vraag", "Antwoord"],
                   ["1. Naam en voorletters", R("Mensah, K.A.")],
                   ["2. Burgerservicenummer", R("5636 85 992", "BSN")],
                   ["3. Geboortedatum", R("23-11-1983", "DOB")],
                   ["4. Adres", R("Pampuslaan 220", "ADDRESS")],
                   ["5. Postcode en woonplaats", R("1382 JS", "ADDRESS") + " Almere"],
                   ["6. Telefoonnummer", R("0031 (0)6 1740 2285", "PHONE")],
                   ["7. IBAN", R("NL36 BUNQ 6686 8046 09", "IBAN")],
                   ["8. Partner (naam)", R("Abena Mensah-Owusu")],
                   ["9. Aanslagnummer", "2024.118.4471.07"],
                   ["10. Handtekening en datum", "6 mei 2024"]],
         {"widths": [1.3, 2]}),
        ("sig", [R("K.A. Mensah")]),
        ("small", "Ruimte voor de gemeente: ontvangen 8 mei 2024, behandelaar"),
        ("p", R("L. Bouali"), "hand"),
    ],
    extra=[("PERSON", "Mensah, K.A.", ["Mensah"]), ("PERSON", "Abena Mensah-Owusu", ["Abena", "Mensah-Owusu"]),
           ("PERSON", "L. Bouali", ["Bouali"])],
))

# ---------------------------------------------------------------- ab12 scan: typed bezwaarschrift, signed
DOCS.append(dict(
    name="ab12_scan_bezwaar_woz", producer="scan", title="Bezwaarschrift WOZ (scan)", size=10.5, font="DV",
    blocks=[
        ("p", f"{R('Bogdan Nowak')}\n{R('Lindenhoflaan 9', 'ADDRESS')}\n{R('3523 AJ', 'ADDRESS')} Utrecht\n"
              f"E-mail: {R('bogdan.nowak@outlook.com', 'EMAIL')}\nMobiel: {R('06-41873320', 'PHONE')}"),
        ("p", "Gemeente Utrecht\nAfdeling Belastingen, bezwaar WOZ\nPostbus 16100\n3500 CC Utrecht"),
        ("p", "Utrecht, 28 februari 2024"),
        ("p", "Onderwerp: bezwaar WOZ-beschikking 2024, aanslagnummer 4400.7713.2281"),
        ("p", f"Geachte heer, mevrouw,\nIk ben het niet eens met de WOZ-waarde van mijn woning aan de "
              f"{R('Lindenhoflaan 9', 'ADDRESS')}. De vastgestelde waarde is te hoog. De woning heeft een "
              f"verouderde keuken en de fundering moet worden hersteld. Mijn buurman, de heer "
              f"{R('Pieter Kuijpers')} van nummer 11, heeft een vergelijkbare woning met een lagere waarde."),
        ("p", f"Ik verzoek u de waarde te verlagen en mij het taxatieverslag toe te sturen. Mijn BSN is "
              f"{R('844948147', 'BSN')}."),
        ("p", "Hoogachtend,"),
        ("sig", [R("B. Nowak")]),
        ("small", "INGEKOMEN 1 MRT 2024"),
    ],
    extra=[("PERSON", "Bogdan Nowak", ["Bogdan", "Nowak"]), ("PERSON", "Pieter Kuijpers", ["Kuijpers"])],
))

# ---------------------------------------------------------------- ab13 scan: Woo-verzoek by letter
DOCS.append(dict(
    name="ab13_scan_woo_verzoek_brief", producer="scan", title="Woo-verzoek per brief (scan)", size=10.5,
    blocks=[
        ("p", f"{R('Zsófia Nagy')}\n{R('Weerdsingel O.Z. 58-bis', 'ADDRESS')}\n{R('3513 BD', 'ADDRESS')} Utrecht"),
        ("p", "Aan het college van Gedeputeerde Staten van Utrecht\nPostbus 80300\n3508 TH Utrecht"),
        ("p", "Utrecht, 15 april 2024"),
        ("p", "Betreft: verzoek op grond van de Wet open overheid"),
        ("p", f"Geachte college,\nOp grond van de Woo verzoek ik u om openbaarmaking van alle documenten over de "
              f"subsidie aan Stichting Fort Vechten voor de jaren 2022 en 2023, inclusief e-mails met de "
              f"heer {R('Matthijs de Koning')} van de stichting."),
        ("p", f"Ik ontvang de documenten het liefst digitaal op {R('zs.nagy@proton.me', 'EMAIL')}. Bellen kan op "
              f"{R('+31 6 5520 1847', 'PHONE')}."),
        ("p", "Met vriendelijke groet,"),
        ("sig", [R("Nagy Zsófia"), "(journalist, freelance)"]),
    ],
    extra=[("PERSON", "Zsófia Nagy", ["Zsófia", "Nagy"]), ("PERSON", "Matthijs de Koning", ["Matthijs"])],
))

# ---------------------------------------------------------------- ab14 Woo-verzoek by e-mail (html)
DOCS.append(dict(
    name="ab14_woo_verzoek_email", producer="html", title="RE: Woo-verzoek bomenkap Stadspark",
    blocks=[
        ("pre", f"Van:        {K('Woo-verzoeken gemeente Zwolle', 'ORG')} <{K('woo@zwolle.nl', 'EMAIL_FUNC')}>\n"
                f"Verzonden:  dinsdag 7 mei 2024 10:42\n"
                f"Aan:        {R('Jurre van der Molen', 'PERSON')} <{R('jurre.vdmolen@hotmail.com', 'EMAIL')}>\n"
                f"CC:         {R('Esmée Ter Avest', 'PERSON')} <{R('e.teravest@zwolle.nl', 'EMAIL')}>\n"
                f"Onderwerp:  RE: Woo-verzoek bomenkap Stadspark - ontvangstbevestiging {K('WOO-2024-0147', 'CASE_NO')}"),
        ("p", f"Geachte heer {R('Van der Molen')},"),
        ("p", f"Wij hebben uw verzoek op grond van de {K('Wet open overheid', 'LAW')} ontvangen op "
              f"{K('6 mei 2024', 'DATE')}. Het verzoek is geregistreerd onder nummer {K('WOO-2024-0147', 'CASE_NO')}. "
              f"De beslistermijn is vier weken en kan met twee weken worden verlengd. Uw verzoek wordt behandeld "
              f"door {R('mevrouw Ter Avest')}, {K('Woo-coördinator', 'JOB')}. Zij neemt contact met u op over de "
              f"afbakening; u kunt haar bereiken op {R('038 - 498 6615', 'PHONE')}."),
        ("p", f"Met vriendelijke groet,\n\n{R('Esmée Ter Avest', 'PERSON')}\n{K('Woo-coördinator', 'JOB')} | "
              f"{K('Juridische Zaken', 'ORG')}\n{K('Gemeente Zwolle', 'ORG')} | {K('Grote Kerkplein 15', 'STREET')}\n"
              f"M {R('+31 6 2104 8876', 'PHONE')} | T {K('14 038', 'PHONE_PUBLIC')}"),
        ("pre", f"-----Oorspronkelijk bericht-----\n"
                f"Van: {R('Jurre van der Molen', 'PERSON')} <{R('jurre.vdmolen@hotmail.com', 'EMAIL')}>\n"
                f"Verzonden: maandag 6 mei 2024 22:17\n"
                f"Aan: {K('woo@zwolle.nl', 'EMAIL_FUNC')}\n"
                f"Onderwerp: Woo-verzoek bomenkap Stadspark"),
        ("p", f"Beste mensen van de gemeente,"),
        ("p", f"Hierbij verzoek ik, {R('Jurre van der Molen', 'PERSON')}, wonend {R('Bisschopswetering 88', 'ADDRESS')}, "
              f"{R('8017 KB', 'ADDRESS')} Zwolle, om alle stukken over het kappen van de 14 eiken in het "
              f"{K('Park de Wezenlanden', 'PLACE')} en het {K('Stadspark', 'PLACE')}, inclusief het bomeneffectrapport "
              f"van {K('Cobra Adviseurs', 'ORG')}, de e-mails tussen wethouder {K('Gert Harm ten Bolscher', 'OFFICE_HOLDER')} "
              f"en de afdeling, en het advies van {K('IVN Zwolle', 'ORG')}."),
        ("p", f"Ik ben bereikbaar op {R('06 1234 8765', 'PHONE')}.\n\nGroet,\n{R('Jurre')}\n\n"
              f"Verstuurd vanaf mijn iPhone"),
    ],
    hidden={"links": [(R("jurre.vdmolen@hotmail.com", "EMAIL"), "mailto:" + R("jurre.vdmolen@hotmail.com", "EMAIL")),
                      ("woo@zwolle.nl", "mailto:woo@zwolle.nl")]},
    extra=[("PERSON", "Jurre van der Molen", ["Van der Molen", "Jurre"]),
           ("PERSON", "Esmée Ter Avest", ["Esmée", "Ter Avest"])],
))

# ---------------------------------------------------------------- ab15 Woo-besluit with inventory (rl)
DOCS.append(dict(
    name="ab15_woo_besluit_inventaris", producer="rl", landscape=False, cell_size=7.2,
    title="Besluit op uw Woo-verzoek WOO-2024-0147", head=ZWOLLE_HEAD,
    foot=f"Woo-besluit {K('WOO-2024-0147', 'CASE_NO')} - bijlage 1 inventarislijst",
    blocks=[
        ("p", f"{R('De heer J. van der Molen')}\n{R('Bisschopswetering 88', 'ADDRESS')}\n{R('8017 KB', 'ADDRESS')} Zwolle"),
        ("p", f"Datum: {K('24 juni 2024', 'DATE')}    Kenmerk: {K('WOO-2024-0147', 'CASE_NO')}    Zaak: {K('Z/24/061298', 'CASE_NO')}"),
        ("h1", "Besluit op uw verzoek om informatie"),
        ("p", f"Geachte heer {R('Van der Molen')},"),
        ("p", f"U vroeg op {K('6 mei 2024', 'DATE')} om documenten over de bomenkap in het {K('Stadspark', 'PLACE')}. "
              f"Wij hebben 9 documenten gevonden. Wij maken 7 documenten deels openbaar en 2 geheel. Namen, "
              f"e-mailadressen en telefoonnummers van medewerkers en van omwonenden maken wij niet openbaar "
              f"(artikel {K('5.1, tweede lid, onder e', 'LAW')}, Woo). Namen van wethouder "
              f"{K('Gert Harm ten Bolscher', 'OFFICE_HOLDER')} en burgemeester {K('Peter Snijders', 'OFFICE_HOLDER')} "
              f"zijn wel openbaar."),
        ("h2", "Bijlage 1 - inventarislijst"),
        ("table", [["Nr", "Datum", "Document", "Afzender", "Ontvanger", "Beoordeling", "Grond"],
                   ["1", "12-01-2024", "E-mail planning kap", R("Esmée Ter Avest"), R("Thijs Kamphuis"),
                    "deels openbaar", "5.1.2e"],
                   ["2", "15-01-2024", "Bomeneffectrapport", K("Cobra Adviseurs", "ORG"), K("Gemeente Zwolle", "ORG"),
                    "openbaar", "-"],
                   ["3", "02-02-2024", "E-mail bewonersreactie", R("W.F. Dam"), R("R. Öztürk"), "deels openbaar",
                    "5.1.2e"],
                   ["4", "05-02-2024", "Collegenota kapvergunning", R("T. Kamphuis"),
                    f"wethouder {K('Ten Bolscher', 'OFFICE_HOLDER')}", "deels openbaar", "5.1.2e"],
                   ["5", "19-02-2024", "Advies IVN", K("IVN Zwolle", "ORG"), R("Kamphuis"), "deels openbaar", "5.1.2e"],
                   ["6", "27-02-2024", "Appje wijkregisseur", R("Rukiye Öztürk"), R("Esmée"), "deels openbaar",
                    "5.1.2e"],
                   ["7", "04-03-2024", "Memo Stadsbedrijven", R("J.H. Winters-Bakker"), R("Ter Avest"),
                    "deels openbaar", "5.1.2e"],
                   ["8", "11-03-2024", "Persbericht", K("team Communicatie", "ORG"), "-", "openbaar", "-"],
                   ["9", "20-03-2024", "Brief aan omwonenden", K("college van B en W", "ORG"), "omwonenden",
                    "deels openbaar", "5.1.2e"]],
         {"widths": [3, 8, 16, 13, 13, 10, 6]}),
        ("p", f"Met vriendelijke groet,\nburgemeester en wethouders van Zwolle,\nnamens dezen,"),
        ("sig", [R("mr. T. Kamphuis"), K("teamleider Juridische Zaken", "JOB")]),
    ],
    extra=[("PERSON", "De heer J. van der Molen", ["J. van der Molen", "Van der Molen"]),
           ("PERSON", "Thijs Kamphuis", ["Thijs", "Kamphuis", "T. Kamphuis"]),
           ("PERSON", "Esmée Ter Avest", ["Ter Avest"]), ("PERSON", "W.F. Dam", []),
           ("PERSON", "Rukiye Öztürk", ["Öztürk", "R. Öztürk"]), ("PERSON", "J.H. Winters-Bakker", ["Winters-Bakker"])],
))

# ---------------------------------------------------------------- ab16 klachtafhandeling with comments (docx)
DOCS.append(dict(
    name="ab16_klachtafhandeling_concept", producer="docx", title="Concept reactie klacht balie Burgerzaken",
    head=[K("Gemeente Almere"), "Klachtbehandeling", f"Klachtnummer {K('KL-2024-0093', 'CASE_NO')}"],
    foot="CONCEPT - met opmerkingen van de reviewers",
    hidden={"author": R("Gideon Adjei-Mensah"),
            "annots": [(R("Priscilla Kerkhof"), f"Niet de naam van {R('Yasmina')} noemen, die werkt niet meer bij Burgerzaken."),
                       (R("Gideon Adjei-Mensah"), f"Check met {R('Koos')} of de camerabeelden al gewist zijn."),
                       (R("Priscilla Kerkhof"), "Toon is goed. Akkoord na aanpassing alinea 3.")]},
    blocks=[
        ("p", f"{R('Mevrouw F. Achterberg-Rahimi')}\n{R('Flevoweg 12-A', 'ADDRESS')}\n{R('1353 BZ', 'ADDRESS')} Almere"),
        ("p", f"Datum: {K('17 mei 2024', 'DATE')}\nOnderwerp: uw klacht van {K('29 april 2024', 'DATE')}"),
        ("p", f"Geachte mevrouw {R('Achterberg-Rahimi')},"),
        ("p", f"Op {K('29 april 2024', 'DATE')} diende u een klacht in over de behandeling aan de balie van "
              f"{K('Burgerzaken', 'ORG')} in het {K('Stadhuis Almere', 'ORG')}. U wilde een paspoort aanvragen "
              f"voor uw dochter {R('Leyla')} en werd volgens u onvriendelijk weggestuurd omdat de toestemmingsverklaring "
              f"van haar vader, de heer {R('Rahimi')}, ontbrak."),
        ("p", f"Uw klacht is behandeld door {R('Gideon Adjei-Mensah')}, {K('klachtencoördinator', 'JOB')}. Hij sprak op "
              f"{K('6 mei 2024', 'DATE')} met u en met de baliemedewerker. Die gaf aan dat de wachtrij lang was. Dat "
              f"is geen reden om u niet goed uit te leggen wat u nodig had. Wij vinden uw klacht gegrond."),
        ("p", f"De {K('Nationale ombudsman', 'ORG')} kan uw klacht daarna beoordelen als u niet tevreden bent: "
              f"{K('0800-335 5555', 'PHONE_PUBLIC')}. Voor een nieuwe afspraak belt u {K('14 036', 'PHONE_PUBLIC')}."),
        ("p", "Met vriendelijke groet,\nnamens het college,"),
        ("sig", [R("P. Kerkhof"), K("manager Dienstverlening", "JOB"), f"tel. {R('(036) 5399 412', 'PHONE')}"]),
    ],
    extra=[("PERSON", "Mevrouw F. Achterberg-Rahimi", ["Achterberg-Rahimi"]),
           ("PERSON", "Gideon Adjei-Mensah", ["Gideon", "Adjei-Mensah"]),
           ("PERSON", "Priscilla Kerkhof", ["Priscilla", "Kerkhof"]), ("PERSON", "Rahimi", [])],
))

# ---------------------------------------------------------------- ab17 Outlook agenda print (fpdf)
DOCS.append(dict(
    name="ab17_outlook_vergaderverzoek", producer="fpdf",
    title="Vergaderverzoek bewonersoverleg windpark Hessenpoort",
    blocks=[
        ("h1", "Bewonersoverleg windpark Hessenpoort - voorbereiding"),
        ("pre", f"Organisator:            {R('Marieke Lubbers', 'PERSON')} <{R('m.lubbers@overijssel.nl', 'EMAIL')}>\n"
                f"Locatie:                Provinciehuis, {K('Luttenbergstraat 2', 'STREET')}, zaal IJssel / Teams\n"
                f"Begin:                  do 13-6-2024 09:30\n"
                f"Einde:                  do 13-6-2024 11:00\n"
                f"Terugkeerpatroon:       (geen)\n"
                f"Status vergadering:     Geaccepteerd\n"
                f"Verplichte deelnemers:  {R('Lubbers, Marieke', 'PERSON')}; {R('Dijk, Mustafa van', 'PERSON')}; "
                f"{R('Hamstra, Ilse', 'PERSON')};\n"
                f"                        gedeputeerde {K('Roy de Witte', 'OFFICE_HOLDER')}; "
                f"{R('Oosterhuis-Bekker, A.', 'PERSON')}\n"
                f"Optionele deelnemers:   {R('Jan Willem Eshuis', 'PERSON')}; {K('Omgevingsdienst IJsselland', 'ORG')} "
                f"(functioneel: {K('info@odijsselland.nl', 'EMAIL_FUNC')});\n"
                f"                        {R('ir. P.C. Bos', 'PERSON')} ({K('Eneco', 'ORG')})"),
        ("p", f"Beste allen,"),
        ("p", f"Ter voorbereiding op het bewonersoverleg van {K('20 juni 2024', 'DATE')} in {K('Wijkcentrum Stadshagen', 'ORG')}. "
              f"Gedeputeerde {K('De Witte', 'OFFICE_HOLDER')} opent de avond; burgemeester {K('Snijders', 'OFFICE_HOLDER')} "
              f"is uitgenodigd maar heeft nog niet bevestigd."),
        ("p", f"Agenda: 1. signalen uit de klankbordgroep (o.a. de heer {R('Albert Zwolsman', 'PERSON')}, woonachtig "
              f"{R('Hessenweg 140', 'ADDRESS')}, die in de {K('Provinciale Staten', 'ORG')}-commissie heeft ingesproken); "
              f"2. geluidsnormen en slagschaduw volgens het {K('Activiteitenbesluit', 'LAW')}; "
              f"3. rol {K('Energiecoöperatie Zwolle', 'ORG')}; 4. communicatie."),
        ("p", f"{R('Mustafa')} zorgt voor de kaarten uit {K('ArcGIS', 'PRODUCT')}, {R('Ilse')} voor de planning. Bellen "
              f"kan via mijn mobiel {R('06-5171 0342', 'PHONE')} of het algemene nummer van de provincie "
              f"{K('038 499 88 99', 'PHONE_PUBLIC')}."),
        ("p", f"Groet,\n{R('Marieke')}\n{K('projectleider Energie', 'JOB')}, {K('Provincie Overijssel', 'ORG')}"),
        ("small", f"Deelnemen via Microsoft Teams: Vergadering-ID 391 882 047 115 - Wachtwoord nJ4qPx\n"
                  f"Inbellen (alleen audio): {K('+31 20 308 4177', 'PHONE_PUBLIC')},,588201367# Nederland, Amsterdam"),
    ],
    extra=[("PERSON", "Marieke Lubbers", ["Lubbers"]), ("PERSON", "Mustafa van Dijk", ["Mustafa"]),
           ("PERSON", "Ilse Hamstra", ["Hamstra"]), ("PERSON", "A. Oosterhuis-Bekker", ["Oosterhuis-Bekker"]),
           ("PERSON", "Jan Willem Eshuis", ["Eshuis"]), ("PERSON", "ir. P.C. Bos", ["P.C. Bos"]),
           ("PERSON", "Albert Zwolsman", ["Zwolsman"])],
))

# ---------------------------------------------------------------- ab18 Teams transcript (html)
DOCS.append(dict(
    name="ab18_teams_transcript_bezwaar", producer="html",
    title="Transcript - Afstemming bezwaar dwangsom Veerallee",
    blocks=[
        ("h1", "Afstemming bezwaar dwangsom Veerallee - transcript"),
        ("small", f"Microsoft Teams-vergadering - 21 mei 2024 - 14:02 - duur 11 min 40 s - opgenomen door "
                  f"{R('Kok, Janneke', 'PERSON')}"),
        ("pre", f"{R('Janneke Kok', 'PERSON')}   0:00:04\n"
                f"Oké, iedereen is er denk ik. {R('Ronald')}, jij was bij de controle?\n\n"
                f"{R('Ronald Winter', 'PERSON')}   0:00:11\n"
                f"Ja. Meneer {R('Ter Horst', 'PERSON')} was er zelf bij, zijn vrouw ook. Die aanbouw is echt\n"
                f"nieuw, de foto's van de {K('Kadaster', 'ORG')}-luchtfoto van 2022 laten niks zien.\n\n"
                f"{R('Hugo Blom', 'PERSON')}   0:01:36\n"
                f"En het bezwaarschrift is binnen? Ik zag iets van een advocaat, {R('mr. Van Ommen', 'PERSON')}?\n\n"
                f"{R('Janneke Kok', 'PERSON')}   0:01:49\n"
                f"Klopt, {R('Van Ommen', 'PERSON')} van {K('Kienhuis Legal', 'ORG')}. Hij belt steeds mijn 06,\n"
                f"{R('06-1187', 'PHONE')}\n{R('4420', 'PHONE')}, dus ik heb gezegd dat hij via {K('14 038', 'PHONE_PUBLIC')} moet.\n\n"
                f"{R('Mohamed El Khayari', 'PERSON')}   0:03:20\n"
                f"Vanuit Juridische Zaken: de hoorzitting staat op {K('2 juli 2024', 'DATE')}. {R('Hugo')}, teken jij\n"
                f"namens de teamleider? Dan zet ik het in {K('Djuma', 'PRODUCT')} onder {K('Z/24/118734', 'CASE_NO')}.\n\n"
                f"{R('Hugo Blom', 'PERSON')}   0:04:02\n"
                f"Prima. En de buurvrouw, mevrouw {R('Dam-Oosterhof', 'PERSON')}, wil ook gehoord worden als\n"
                f"derde-belanghebbende. Haar nummer is {R('038 421 7755', 'PHONE')}.\n\n"
                f"{R('Ronald Winter', 'PERSON')}   0:05:47\n"
                f"Wethouder {K('Monique Schuttenbeld', 'OFFICE_HOLDER')} wil een update voor het portefeuilleoverleg.\n\n"
                f"{R('Janneke Kok', 'PERSON')}   0:06:10\n"
                f"Die stuur ik. {R('Mo', 'PERSON')}, jij zet de stukken in de {K('SharePoint', 'PRODUCT')}-map?\n\n"
                f"{R('Mohamed El Khayari', 'PERSON')}   0:06:15\n"
                f"Doe ik. Einde opname."),
        ("small", f"Transcript automatisch gegenereerd. Deelnemers: {R('Kok, Janneke', 'PERSON')}; "
                  f"{R('Winter, Ronald', 'PERSON')}; {R('Blom, Hugo', 'PERSON')}; {R('El Khayari, Mohamed', 'PERSON')}"),
    ],
    extra=[("PERSON", "Janneke Kok", ["Janneke", "Kok"]), ("PERSON", "Ronald Winter", ["Winter"]),
           ("PERSON", "Hugo Blom", ["Blom"]), ("PERSON", "Mohamed El Khayari", ["El Khayari", "Mohamed"]),
           ("PERSON", "Ter Horst", [])],
))
