from lib import Doc

P = "PERSON"
DOCS = []
A = DOCS.append

_timeline = [
    "| Tijdstip | Gebeurtenis | Bron |",
    "| 12-01-2026 08:55 | Map 'DJI_export' door RoosterPlus-medewerker K. Mulder gedeeld als 'anyone with the link' | SharePoint audit log |",
    "| 03-02-2026 14:12 | Eerste download vanaf IP 185.220.101.44 (Tor exit node) | access log |",
    "| 17-02-2026 21:30 | Bestand geplaatst in Telegram-kanaal 'Bajesnieuws NL' | Telegram-monitoring |",
    "| 19-02-2026 19:40 | Melding door medewerker PI Vught bij CERT-DJI | meldformulier |",
    "| 19-02-2026 22:10 | Map afgesloten | RoosterPlus |",
    "| 20-02-2026 16:42 | Melding AP M-2026-011874 | AP-meldloket |",
]
A(Doc("jv20_rapport_forensisch", "forensic report with outline", [
    "# Rapport forensisch onderzoek SDF-2026-031 – datalek roosterbestand DJI",
    "Opdrachtgever: Dienst Justitiële Inrichtingen, CERT-DJI. Opdrachtnemer: Sterrenburg Digital Forensics. Classificatie: "
    "Departementaal Vertrouwelijk. Versie 1.0, 11 maart 2026.",
    "# 1. Samenvatting",
    "Het roosterbestand 'rooster_export_DJI_feb2026.xlsx' stond vanaf 12 januari 2026 in een voor iedereen toegankelijke map "
    "bij RoosterPlus B.V. Het bestand is ten minste 37 keer gedownload, waarvan 29 keer via het Tor-netwerk. Op 17 februari "
    "is het in het Telegram-kanaal 'Bajesnieuws NL' geplaatst. Er zijn geen aanwijzingen voor een inbraak in systemen van DJI zelf; "
    "de oorzaak ligt in een onjuiste deelinstelling bij de leverancier.",
    "# 2. Werkwijze",
    "Wij hebben een forensische kopie gemaakt van de SharePoint-omgeving van RoosterPlus (Microsoft 365 tenant roosterplus.onmicrosoft.com), "
    "de Unified Audit Log geanalyseerd en het Telegram-kanaal vanaf 20 februari gemonitord. Hashwaarden zijn vastgelegd in bijlage 3. "
    "Gebruikte tools: FTK Imager 4.7, Magnet AXIOM 8.0, Hawk (PowerShell) en de Microsoft Purview-portal.",
    "# 3. Tijdlijn",
    *_timeline,
    "# 4. Bevindingen",
    "4.1 Het bestand is aangemaakt door een exportfunctie in RoosterPlus Planner 6.2 en bevat 1.184 regels. De kolom "
    "'Telefoon privé' is door vijf locaties handmatig gevuld, in strijd met de verwerkersovereenkomst VWO-2023-118.",
    "4.2 De deellink is aangemaakt door een medewerker van RoosterPlus, ten behoeve van een storing bij PI Zwolle. De link is niet "
    "ingetrokken na het oplossen van de storing.",
    "4.3 In het Telegram-kanaal zijn 14 reacties geplaatst die medewerkers bij naam noemen. Twee berichten bevatten een "
    "dreigende strekking jegens een medewerker van PI Vught. Deze zijn overgedragen aan de politie Oost-Brabant.",
    "4.4 Het IP-adres 185.220.101.44 is een bekende Tor exit node; herleiding tot een persoon is niet mogelijk gebleken.",
    "# 5. Aanbevelingen",
    "a. Verbied deellinks van het type 'anyone' in leverancierstenants via contractuele eis en audit (BIO 2.0, maatregel 5.14).",
    "b. Sla geen privételefoonnummers op in roostersystemen; gebruik het oproepsysteem Alert DJI.",
    "c. Laat leveranciers jaarlijks een ISAE 3402 type II-verklaring overleggen.",
    "d. Monitor Telegram-kanalen rond justitiële inrichtingen structureel via het Landelijk Informatieknooppunt DJI.",
    "# 6. Verantwoording",
    "Dit rapport is opgesteld door Sterrenburg Digital Forensics en intern getoetst. Contact voor vragen over dit rapport verloopt "
    "via CERT-DJI (cert@dji.minjenv.nl).",
], redact=[(P, "K. Mulder")],
   keep=["SDF-2026-031", "Dienst Justitiële Inrichtingen", "CERT-DJI", "Departementaal Vertrouwelijk", "rooster_export_DJI_feb2026.xlsx",
         "RoosterPlus B.V.", "Tor-netwerk", "Bajesnieuws NL", "roosterplus.onmicrosoft.com", "Unified Audit Log", "FTK Imager 4.7",
         "Magnet AXIOM 8.0", "Hawk", "Microsoft Purview", "185.220.101.44", "RoosterPlus Planner 6.2", "VWO-2023-118", "PI Zwolle",
         "PI Vught", "politie Oost-Brabant", "BIO 2.0", "Alert DJI", "ISAE 3402", "Landelijk Informatieknooppunt DJI",
         "cert@dji.minjenv.nl", "M-2026-011874", "1.184", "11 maart 2026"],
   outline=[("Rapport SDF-2026-031 (auteur: Lennart Sterrenburg)", 0), ("Review: Noor Bakhuizen-Tjon", 0),
            ("Tijdlijn – input Kees-Jan Mulder (RoosterPlus)", 0), ("Bevindingen", 1)],
   hidden=[("outline", P, "Lennart Sterrenburg", ["Lennart Sterrenburg"]), ("outline", P, "Noor Bakhuizen-Tjon", ["Bakhuizen-Tjon"]),
           ("outline", P, "Kees-Jan Mulder", ["Kees-Jan Mulder"])],
   producer_str="PDFlib+PDI 9.3.1 (Win64)", creator_str="Microsoft® Word 2016", font="DejaVuSerif"))

A(Doc("jv21_memo_xmp", "internal memo", [
    "Memo",
    "Aan: MT Dienst Justitiële Inrichtingen",
    "Van: Directie Beveiliging en Veiligheid",
    "Datum: 2 maart 2026",
    "Onderwerp: Tegemoetkoming betrokken medewerkers datalek",
    "",
    "Het MT wordt gevraagd in te stemmen met een tegemoetkoming van € 750 per betrokken medewerker, te verhogen tot € 2.500 voor "
    "medewerkers die aantoonbaar zijn benaderd of bedreigd (41 meldingen per 1 maart). De kosten (ca. € 1,0 mln) worden gedekt "
    "uit het budget Veilig Werken in de Inrichtingen.",
    "De regeling wordt besproken met de centrales in het Sectoroverleg Rijk en met de ondernemingsraad DJI. De uitvoering "
    "loopt via P-Direkt; betrokkenen hoeven niets aan te vragen.",
    "Verhaal op RoosterPlus B.V. wordt onderzocht door de Landsadvocaat (Pels Rijcken).",
    "Voor medewerkers met een geheim adres geldt een aparte route via de locatiedirecteur.",
], redact=[],
   keep=["Dienst Justitiële Inrichtingen", "Directie Beveiliging en Veiligheid", "2 maart 2026", "€ 750", "€ 2.500",
         "Veilig Werken in de Inrichtingen", "Sectoroverleg Rijk", "P-Direkt", "RoosterPlus B.V.", "Landsadvocaat",
         "Pels Rijcken", "locatiedirecteur"],
   producer="docx", title="Memo tegemoetkoming", xmp_creator="Rutger Hoogendijk",
   hidden=[("metadata", P, "Rutger Hoogendijk", ["Rutger Hoogendijk", "Hoogendijk"])]))

A(Doc("jv22_scan_presentielijst", "scanned attendance list", [
    "# Informatiebijeenkomst medewerkers PI Zwolle",
    "Hanzeland-gebouw Zwolle, 4 maart 2026, 15.00 uur",
    "",
    "| Naam | Afdeling | Handtekening |",
    "| Gerrit-Jan Scholten | Afd. C | ~GJS |",
    "| Priscilla Doelwijt | Afd. A | ~P. Doelwijt |",
    "| Ingrid van der Molen | Arbeid | ~I.v.d.M. |",
    "| Thijs Verhoeven | Beveiliging | ~Verhoeven |",
    "| Annemiek Zwart | Medische dienst | ~AZ |",
    "| Rachid Bouzerda | Afd. B | ~R. Bouzerda |",
    "",
    "~ Presentielijst opgemaakt door: Gerrit-Jan Scholten",
], redact=[(P, "Gerrit-Jan Scholten", ["Scholten", "Gerrit-Jan"]), (P, "Priscilla Doelwijt", ["Doelwijt", "Priscilla"]),
           (P, "Ingrid van der Molen", ["Ingrid", "Molen"]), (P, "Thijs Verhoeven", ["Verhoeven", "Thijs"]),
           (P, "Annemiek Zwart", ["Annemiek", "Zwart"]), (P, "Rachid Bouzerda", ["Bouzerda", "Rachid"])],
   keep=[], producer="scan", producer_str="RICOH MP C3004ex", creator_str="RICOH scan-to-PDF", rotate=0.5))

A(Doc("jv23_scan_fax_pi", "scanned typed memo with note", [
    "# PI Leeuwarden - Locatiedirectie",
    "Aan: CERT-DJI, t.a.v. B. van 't Hof",
    "Datum: 24 februari 2026",
    "Betreft: meldingen medewerkers na datalek",
    "",
    "Sinds 20 februari hebben zich bij ons gemeld:",
    "1. Sjoerd Wiersma, tel. 0511-43 29 87,",
    "   onbekende bezoeker aan de deur op 21 februari.",
    "2. Tjitske Hoekstra, anonieme sms op haar mobiel.",
    "3. Dirk Oosterveld, benaderd in supermarkt in Sneek.",
    "",
    "Alle drie zijn doorverwezen naar het BOT.",
    "Wiersma heeft aangifte gedaan.",
    "",
    "Met vriendelijke groet,",
    "Margriet Dijkstra, locatiedirecteur",
    "<<PAGE>>",
    "# Vervolg - handgeschreven notitie",
    "",
    "~ Bas, Tjitske wil niet dat haar naam",
    "~ in het rapport komt. Graag anoniem.",
    "~ Bel mij: 06-50 71 33 28",
    "~ Margriet",
], redact=[(P, "B. van 't Hof", ["Hof"]), (P, "Sjoerd Wiersma", ["Wiersma", "Sjoerd"]), ("PHONE", "0511-43 29 87"),
           (P, "Tjitske Hoekstra", ["Tjitske", "Hoekstra"]), (P, "Dirk Oosterveld", ["Oosterveld"]),
           (P, "Margriet Dijkstra", ["Dijkstra", "Margriet"]), ("PHONE", "06-50 71 33 28"), (P, "Bas")],
   keep=[], producer="scan", producer_str="Xerox WorkCentre 7845 - Scan to PDF", rotate=0.8))

A(Doc("jv24_whatsapp", "WhatsApp export", [
    "# WhatsApp-chat 'Teamleiders Vught 🔒' – export 22-02-2026",
    "21-02-2026, 07:12 - Fatima: Jongens, hebben jullie de lijst gezien? Jeroen van de EZV staat erop met zijn 06",
    "21-02-2026, 07:15 - Robbie: ja man. Ik sta er ook op. Mijn vrouw is er helemaal van over de rooie",
    "21-02-2026, 07:16 - Fatima: Robbie bel even met BOT, 073-658 80 00 (centrale PI). Vraag naar dienstdoende",
    "21-02-2026, 07:31 - Marieke Daalmeijer: Ik heb mijn nummer al laten wijzigen bij KPN. Kost €10",
    "21-02-2026, 07:33 - Fatima: Marieke dat declareren via YouServe, heeft Ruud ter Horst toegezegd",
    "21-02-2026, 08:02 - +31 6 27 48 91 03: Dit is Stijn (nieuw nummer). Wie heeft die lijst eigenlijk gemaakt?",
    "21-02-2026, 08:05 - Fatima: RoosterPlus. Niet delen verder aub, ook niet screenshots",
    "21-02-2026, 08:40 - Robbie: Jeroen is gisteren gevolgd vanaf de P. Hij is nu thuis, ziek gemeld",
    "21-02-2026, 08:41 - Fatima: 🙏 ik ga vanmiddag bij hem langs",
], redact=[(P, "Fatima el Khattabi", ["Fatima"]), (P, "Jeroen Brinkman", ["Jeroen"]), (P, "Robbie"),
           (P, "Marieke Daalmeijer", ["Marieke Daalmeijer", "Marieke"]), (P, "Ruud ter Horst"),
           ("PHONE", "+31 6 27 48 91 03"), (P, "Stijn"), ("HEALTH", "ziek gemeld")],
   keep=["EZV", "073-658 80 00", "BOT", "KPN", "YouServe", "RoosterPlus", "WhatsApp"],
   producer_str="Skia/PDF m120", creator_str="Chrome", font="DejaVu"))

A(Doc("jv25_brief_ap", "letter from the AP", [
    "Autoriteit Persoonsgegevens",
    "Postbus 93374, 2509 AJ Den Haag",
    "Bezoekadres: Hoge Nieuwstraat 8, Den Haag",
    "",
    "Ministerie van Justitie en Veiligheid, DJI",
    "t.a.v. de functionaris gegevensbescherming, mw. mr. A.M. Verbeek-Stam",
    "Postbus 30132, 2500 GC Den Haag",
    "",
    "Datum: 5 maart 2026",
    "Ons kenmerk: z2026-04411",
    "Uw melding: M-2026-011874",
    "Onderwerp: vragen naar aanleiding van uw melding van een datalek",
    "",
    "Geachte mevrouw Verbeek-Stam,",
    "Wij hebben uw melding van 20 februari 2026 en de aanvulling van 24 februari 2026 ontvangen. Om de melding te kunnen "
    "beoordelen, vragen wij u de volgende informatie binnen vier weken toe te sturen:",
    "1. de verwerkersovereenkomst met RoosterPlus B.V. en eventuele subverwerkers;",
    "2. het rapport van het forensisch onderzoek, zodra beschikbaar;",
    "3. een overzicht van de maatregelen om herhaling te voorkomen;",
    "4. een kopie van de brief aan betrokkenen (artikel 34 AVG).",
    "Deze brief is geen aankondiging van een onderzoek. Wij kunnen op basis van de antwoorden besluiten een onderzoek te starten.",
    "Voor vragen kunt u contact opnemen met de behandelend medewerker, mr. Jasper Ouwerkerk, telefoon 070 888 85 21 (direct).",
    "",
    "Hoogachtend,",
    "Autoriteit Persoonsgegevens,",
    "namens deze,",
    "mr. Jasper Ouwerkerk",
    "senior toezichthouder Directie Meldingen",
], redact=[(P, "A.M. Verbeek-Stam", ["A.M. Verbeek-Stam", "Verbeek-Stam"]), (P, "Jasper Ouwerkerk", ["Jasper Ouwerkerk"]),
           ("PHONE", "070 888 85 21")],
   keep=["Autoriteit Persoonsgegevens", "Postbus 93374", "2509 AJ Den Haag", "Hoge Nieuwstraat 8", "z2026-04411",
         "M-2026-011874", "RoosterPlus B.V.", "artikel 34 AVG", "senior toezichthouder Directie Meldingen", "5 maart 2026",
         "functionaris gegevensbescherming", "namens deze"],
   producer_str="Aspose.PDF for .NET 23.8", creator_str="Djuma zaaksysteem AP", font="Helvetica"))

A(Doc("jv26_vervolgmelding", "follow-up breach report", [
    "Vervolgmelding datalek aan de Autoriteit Persoonsgegevens",
    "Meldnummer: M-2026-011874 – aanvulling 2 (24 februari 2026)",
    "",
    "Aanvullende informatie over de gevolgen voor betrokkenen:",
    "Op 20 februari 2026 is een medewerker van PI Vught (inrichtingswerker, afdeling EZV, personeelsnummer 4471209) na zijn dienst "
    "gevolgd door een onbekende auto. Hij heeft aangifte gedaan bij de politie Oost-Brabant (registratienummer 2026042210). "
    "Hij is arbeidsongeschikt gemeld en in behandeling bij de bedrijfsarts.",
    "Bij PI Leeuwarden hebben drie medewerkers gemeld dat zij zijn benaderd. Eén van hen, een vrouwelijke casemanager, heeft "
    "verzocht haar naam niet op te nemen in rapportages.",
    "Maatregelen sinds de eerste melding: (1) brieven aan alle betrokkenen verstuurd op 25 februari; (2) meldnummer 0800-0231 open; "
    "(3) Telegram gevraagd het kanaal 'Bajesnieuws NL' te verwijderen (ticket TG-88213-NL); (4) contract RoosterPlus in gebreke gesteld.",
    "",
    "Contactpersoon: mr. A.M. Verbeek-Stam, functionaris gegevensbescherming DJI, 06-18 27 55 03",
    "Behandeld door: Sven Doornbos, Directie Juridische Zaken",
], redact=[("STAFF_NUMBER", "4471209"), ("HEALTH", "arbeidsongeschikt gemeld"), (P, "A.M. Verbeek-Stam"),
           ("PHONE", "06-18 27 55 03"), (P, "Sven Doornbos")],
   keep=["Autoriteit Persoonsgegevens", "M-2026-011874", "PI Vught", "EZV", "politie Oost-Brabant", "2026042210",
         "PI Leeuwarden", "0800-0231", "Telegram", "Bajesnieuws NL", "TG-88213-NL", "RoosterPlus",
         "functionaris gegevensbescherming DJI", "Directie Juridische Zaken", "24 februari 2026"],
   producer="docx", author="Doornbos, Sven", title="Vervolgmelding datalek",
   ))
