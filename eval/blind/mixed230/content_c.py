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
    "# 5a. Gesproken personen",
    "| Naam | Organisatie | Rol | Datum gesprek |",
    "| Kees-Jan Mulder | RoosterPlus B.V. | Technisch manager | 20-02-2026 |",
    "| Sandra Ritsema | RoosterPlus B.V. | Supportmedewerker (maakte de deellink) | 21-02-2026 |",
    "| Bas van 't Hof | CERT-DJI | Incidentmanager | 20-02-2026 |",
    "| Deniz Yılmaz | DJI | CISO | 22-02-2026 |",
    "| Jeroen Brinkman | PI Vught | Melder | 23-02-2026 |",
    "| Gerrit-Jan Scholten | PI Zwolle | Afdelingshoofd (storing Zwolle) | 24-02-2026 |",
    "| Hendrik Mol | Telegram-monitoring (OSINT, ingehuurd) | Analist | 25-02-2026 |",
    "# 6. Verantwoording",
    "Dit rapport is opgesteld door Sterrenburg Digital Forensics en intern getoetst. Contact voor vragen over dit rapport verloopt "
    "via CERT-DJI (cert@dji.minjenv.nl).",
], redact=[(P, "K. Mulder"), (P, "Kees-Jan Mulder"), (P, "Sandra Ritsema"), (P, "Bas van 't Hof"), (P, "Deniz Yılmaz"),
           (P, "Jeroen Brinkman"), (P, "Gerrit-Jan Scholten"), (P, "Hendrik Mol")],
   keep=["SDF-2026-031", "Dienst Justitiële Inrichtingen", "CERT-DJI", "Departementaal Vertrouwelijk", "rooster_export_DJI_feb2026.xlsx",
         "RoosterPlus B.V.", "Tor-netwerk", "Bajesnieuws NL", "roosterplus.onmicrosoft.com", "Unified Audit Log", "FTK Imager 4.7",
         "Magnet AXIOM 8.0", "Hawk", "Microsoft Purview", "185.220.101.44", "RoosterPlus Planner 6.2", "VWO-2023-118", "PI Zwolle",
         "PI Vught", "politie Oost-Brabant", "BIO 2.0", "Alert DJI", "ISAE 3402", "Landelijk Informatieknooppunt DJI",
         "cert@dji.minjenv.nl", "M-2026-011874", "1.184", "11 maart 2026", "Technisch manager", "Supportmedewerker",
         "OSINT", "Incidentmanager"],
   outline=[("Rapport SDF-2026-031 (auteur: Lennart Sterrenburg)", 0), ("Review: Noor Bakhuizen-Tjon", 0),
            ("Tijdlijn – input RoosterPlus", 0), ("Bevindingen", 1)],
   hidden=[("outline", P, "Lennart Sterrenburg", ["Lennart Sterrenburg"]), ("outline", P, "Noor Bakhuizen-Tjon", ["Bakhuizen-Tjon"]),
],
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

A(Doc("jv27_dpia_roostersysteem", "risk assessment", [
    "# DPIA-actualisatie roostersysteem DJI (na datalek februari 2026)",
    "Versie 2.1 – 16 maart 2026 – opgesteld door het Privacy Office DJI in samenwerking met CERT-DJI en de CIO-office.",
    "# 1. Verwerking",
    "Doel: het plannen van diensten van circa 16.000 medewerkers in 28 locaties. Systeem: RoosterPlus Planner 6.2 (SaaS). "
    "Grondslag: artikel 6 lid 1 sub b en c AVG (arbeidsovereenkomst en wettelijke verplichting, Arbeidstijdenwet).",
    "# 2. Risico's",
    "| Nr | Risico | Kans | Impact | Maatregel | Eigenaar |",
    "| R1 | Openbare deellinks bij leverancier | hoog | zeer hoog | tenant-instelling 'anyone' uitgeschakeld, audit per kwartaal | CISO DJI |",
    "| R2 | Privételefoonnummers in rooster | hoog | hoog | kolom verwijderd, Alert DJI | Directeur B&V |",
    "| R3 | Export naar Excel zonder logging | middel | hoog | export alleen via DLP-gecontroleerde omgeving | Product owner Roosters |",
    "| R4 | Subverwerker buiten de EER | laag | hoog | contractuele eis, SCC's | Inkoop DJI |",
    "| R5 | Gegevens van medewerkers met GBA-afscherming | middel | zeer hoog | afgeschermde adressen niet in roostersysteem | P&O DJI |",
    "# 3. Advies functionaris gegevensbescherming",
    "De FG adviseert de verwerking alleen voort te zetten met een nieuwe leverancier die aantoonbaar voldoet aan BIO 2.0 en "
    "ISO/IEC 27001:2022, en de DPIA na zes maanden opnieuw te toetsen. Het advies is op 14 maart 2026 uitgebracht (kenmerk FG-ADV-2026-017).",
    "# 4. Besluit",
    "De hoofddirecteur DJI heeft het advies op 16 maart 2026 overgenomen.",
    "Opgesteld: Yvonne Kalkman-de Rooij (privacy officer), 070 370 21 64. Review: dhr. drs. O. Mbeki-Jansen (CIO-office).",
], redact=[(P, "Yvonne Kalkman-de Rooij", ["Yvonne Kalkman-de Rooij", "Kalkman-de Rooij"]), ("PHONE", "070 370 21 64"),
           (P, "O. Mbeki-Jansen", ["O. Mbeki-Jansen"])],
   keep=["Privacy Office DJI", "CERT-DJI", "CIO-office", "RoosterPlus Planner 6.2", "artikel 6 lid 1 sub b en c AVG",
         "Arbeidstijdenwet", "CISO DJI", "Alert DJI", "Directeur B&V", "Product owner Roosters", "Inkoop DJI", "P&O DJI",
         "BIO 2.0", "ISO/IEC 27001:2022", "FG-ADV-2026-017", "hoofddirecteur DJI", "16 maart 2026", "SCC's",
         "GBA-afscherming", "16.000"],
   outline=[("DPIA roostersysteem", 0), ("Risico's", 0), ("Advies FG", 0)],
   producer_str="Microsoft® Word voor Microsoft 365", creator_str="Microsoft® Word voor Microsoft 365", font="DejaVu"))

A(Doc("jv28_mail_politie", "e-mail from police", [
    "Van: Pieters, Esther (Politie Oost-Brabant) <esther.pieters@politie.nl>",
    "Verzonden: dinsdag 24 februari 2026 15:20",
    "Aan: Hof, Bas van 't <b.vant.hof@dji.minjenv.nl>",
    "CC: Team Bedreigde Personen ZO <bedreigdepersonen.oostbrabant@politie.nl>",
    "Onderwerp: Aangifte 2026042210 – medewerker PI Vught",
    "",
    "Beste Bas,",
    "Naar aanleiding van de aangifte van uw medewerker J.A. Brinkman (geb. 14-06-1984) hebben wij in overleg met het OM "
    "besloten een dreigingsinschatting te laten maken door het Team Bedreigde Personen. Tot die tijd rijdt de wijkagent "
    "van Boxtel extra surveillance langs zijn woning aan de Kerkstraat.",
    "Het kenteken van de auto die hem volgde (een grijze Volkswagen Golf) is bekend; de eigenaar is een familielid van een "
    "gedetineerde in PI Vught. Verdere details deel ik telefonisch.",
    "Kunnen jullie ons het Telegram-materiaal van Sterrenburg aanleveren via het Politie Uploadportaal (referentie UP-7712)?",
    "",
    "Met vriendelijke groet,",
    "Esther Pieters",
    "Rechercheur, Districtsrecherche De Meierij",
    "Politie Oost-Brabant | 0900-8844 | mobiel 06-10 55 72 84",
], redact=[(P, "Esther Pieters", ["Pieters, Esther", "Esther Pieters"]), ("EMAIL", "esther.pieters@politie.nl"),
           (P, "Bas van 't Hof", ["Hof, Bas van 't", "Bas"]), ("EMAIL", "b.vant.hof@dji.minjenv.nl"),
           (P, "J.A. Brinkman"), ("DATE_OF_BIRTH", "14-06-1984"), ("ADDRESS", "Kerkstraat"), (P, "Sterrenburg"),
           ("PHONE", "06-10 55 72 84")],
   keep=["Politie Oost-Brabant", "bedreigdepersonen.oostbrabant@politie.nl", "Team Bedreigde Personen", "2026042210",
         "PI Vught", "OM", "Boxtel", "Volkswagen Golf", "Telegram", "Politie Uploadportaal", "UP-7712",
         "Districtsrecherche De Meierij", "0900-8844", "Rechercheur"],
   producer_str="Microsoft Outlook for Microsoft 365 (PDF export)", creator_str="Microsoft® Outlook", font="DejaVu"))

A(Doc("jv29_brief_or", "works council letter", [
    "Ondernemingsraad Dienst Justitiële Inrichtingen",
    "Postbus 30132, 2500 GC Den Haag – or@dji.minjenv.nl",
    "",
    "Aan de hoofddirecteur van DJI",
    "Datum: 6 maart 2026",
    "Onderwerp: instemmingsverzoek tegemoetkomingsregeling en nieuw roostersysteem (artikel 27 WOR)",
    "",
    "Geachte hoofddirecteur,",
    "De OR heeft in zijn vergadering van 5 maart 2026 gesproken over het datalek en de voorgenomen tegemoetkomingsregeling. "
    "Wij hechten eraan dat de regeling ook geldt voor oud-medewerkers die op de lijst staan, en dat de hoogte niet afhangt van "
    "het wel of niet doen van aangifte.",
    "Het nieuwe roostersysteem valt onder artikel 27 lid 1 sub k WOR (personeelsvolgsysteem). Wij verzoeken u een "
    "instemmingsaanvraag in te dienen voordat een leverancier wordt gekozen.",
    "De commissie Veiligheid van de OR (contact: Wouter Ravensbergen, PI Vught, en Saskia IJzerman, JC Zaanstad) is beschikbaar "
    "voor overleg in de week van 16 maart.",
    "",
    "Met vriendelijke groet,",
    "namens de ondernemingsraad DJI,",
    "Kees Poortvliet, voorzitter",
    "Leontien ’t Jong-Hamdi, ambtelijk secretaris (06-30 84 51 26)",
], redact=[(P, "Wouter Ravensbergen"), (P, "Saskia IJzerman"), (P, "Kees Poortvliet"),
           (P, "Leontien ’t Jong-Hamdi", ["Jong-Hamdi", "Leontien"]), ("PHONE", "06-30 84 51 26")],
   keep=["Ondernemingsraad Dienst Justitiële Inrichtingen", "or@dji.minjenv.nl", "artikel 27 WOR", "6 maart 2026",
         "artikel 27 lid 1 sub k WOR", "PI Vught", "JC Zaanstad", "commissie Veiligheid", "ambtelijk secretaris",
         "hoofddirecteur van DJI"],
   producer="odt", author="OR-secretariaat", title="Brief OR"))

_inv = ["| Nr | Document | Datum | Beoordeling | Grond | Opmerking |"]
_inv_rows = [
    ("1", "Melding datalek AP", "20-02-2026", "deels openbaar", "5.1.2e", ""),
    ("2", "E-mailwisseling FG en directeuren", "19/20-02-2026", "deels openbaar", "5.1.2e", ""),
    ("3", "E-mail brieven aan medewerkers", "23-02-2026", "deels openbaar", "5.1.2e", ""),
    ("4", "Uittreksel gelekt bestand", "11-03-2026", "deels openbaar", "5.1.1e, 5.1.2e", "alleen kolomkoppen en codes"),
    ("5", "Brieven aan medewerkers (2 voorbeelden)", "25-02-2026", "deels openbaar", "5.1.2e", ""),
    ("6", "Reactie medewerker (scan)", "01-03-2026", "deels openbaar", "5.1.2e", ""),
    ("7", "Brief FNV Overheid", "27-02-2026", "deels openbaar", "5.1.2e", ""),
    ("8", "Kamervragen en antwoorden", "02/20-03-2026", "openbaar", "", "reeds openbaar"),
    ("9", "Teams-chat incidentteam", "19/21-02-2026", "deels openbaar", "5.1.2e", ""),
    ("10", "Factuur forensisch onderzoek", "13-03-2026", "deels openbaar", "5.1.2e", ""),
    ("11", "Verslag incidentteam", "23-02-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("12", "Beslisnota", "23-02-2026", "deels openbaar", "5.1.2e", ""),
    ("13", "Persbericht", "26-02-2026", "openbaar", "", "reeds openbaar"),
    ("14", "Meldformulier", "19-02-2026", "deels openbaar", "5.1.2e", ""),
    ("15", "Q&A concept", "24-02-2026", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("16", "Forensisch rapport SDF-2026-031", "11-03-2026", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("17", "Memo tegemoetkoming", "02-03-2026", "openbaar", "", ""),
    ("18", "Presentielijst PI Zwolle", "04-03-2026", "deels openbaar", "5.1.2e", ""),
    ("19", "Notitie PI Leeuwarden", "24-02-2026", "deels openbaar", "5.1.2e", ""),
    ("20", "WhatsApp teamleiders Vught", "21-02-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("21", "Brief AP", "05-03-2026", "deels openbaar", "5.1.2e", ""),
    ("22", "Vervolgmelding AP", "24-02-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("23", "DPIA roostersysteem", "16-03-2026", "deels openbaar", "5.1.2e", ""),
    ("24", "E-mail politie", "24-02-2026", "deels openbaar", "5.1.2e, 5.1.2d", ""),
    ("25", "Brief OR", "06-03-2026", "deels openbaar", "5.1.2e", ""),
]
for r in _inv_rows:
    _inv.append("| " + " | ".join(r) + " |")
A(Doc("jv30_inventarislijst", "inventory list", [
    "# Inventarislijst bij besluit op Woo-verzoek DJI-WOO-2026-0187",
    *_inv,
    "Toelichting: 5.1.2e = eerbiediging van de persoonlijke levenssfeer; 5.1.1d = bijzondere persoonsgegevens (gezondheid); "
    "5.1.1e = identificatienummers; 5.1.2h = beveiliging van personen; 5.1.2d = opsporing en vervolging van strafbare feiten; "
    "5.2.1 = persoonlijke beleidsopvattingen.",
], redact=[],
   keep=["DJI-WOO-2026-0187", "FNV Overheid", "SDF-2026-031", "PI Zwolle", "PI Leeuwarden", "deels openbaar", "reeds openbaar",
         "5.1.2e", "5.1.1d", "5.1.2h", "Inventarislijst", "Vught"],
   landscape=True, producer_str="Microsoft® Excel® voor Microsoft 365", creator_str="Microsoft® Excel® voor Microsoft 365",
   font="Helvetica"))

A(Doc("jv31_woo_besluit", "Woo decision", [
    "Dienst Justitiële Inrichtingen – Directie Juridische Zaken",
    "",
    "Mevrouw T. Bijlsma",
    "Zuiderdiep 112",
    "9711 HM Groningen",
    "",
    "Datum: 9 juni 2026",
    "Ons kenmerk: DJI-WOO-2026-0187",
    "Onderwerp: besluit op uw Woo-verzoek over het datalek met de personeelslijst van DJI",
    "",
    "Geachte mevrouw Bijlsma,",
    "# 1. Uw verzoek",
    "Bij e-mail van 14 april 2026 heeft u verzocht om openbaarmaking van documenten over het datalek met de personeelslijst van "
    "DJI in februari 2026. De ontvangst is bevestigd op 16 april 2026. Bij brief van 12 mei 2026 is de beslistermijn met twee weken "
    "verdaagd. Op 26 mei 2026 heeft u ingestemd met een verdere termijn tot 10 juni 2026.",
    "# 2. Zienswijzen",
    "Aan RoosterPlus B.V., Sterrenburg Digital Forensics, FNV Overheid en elf medewerkers van DJI is gelegenheid gegeven een "
    "zienswijze te geven. RoosterPlus B.V. verzet zich tegen openbaarmaking van het forensisch rapport. Acht medewerkers verzoeken "
    "om weglating van hun gegevens; één medewerker, de heer W. Ravensbergen, heeft laten weten geen bezwaar te hebben tegen "
    "vermelding van zijn naam. Ik heb zijn naam desondanks weggelaten omdat zijn woonplaats en functie in hetzelfde document staan.",
    "Zienswijzen zijn ontvangen van: mevrouw J. Veenstra-Kok (PI Leeuwarden), de heer E. Sahin (JC Zaanstad), mevrouw "
    "M.E. Pronk (PI Zwolle), de heer T. Boumans (PI Vught) en de heer V. Ramdin (PI Zwolle).",
    "# 3. Besluit",
    "Ik maak de documenten genoemd in de inventarislijst gedeeltelijk openbaar. Drie documenten zijn reeds openbaar (Kamervragen, "
    "antwoorden, persbericht); daarnaar wordt verwezen.",
    "# 4. Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). De namen, personeelsnummers, telefoonnummers, woonplaatsen en "
    "handtekeningen van medewerkers van DJI, van de leverancier en van derden heb ik weggelakt. Het belang van eerbiediging van de "
    "persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid, zeker nu deze medewerkers door het datalek al "
    "een verhoogd risico lopen. Namen van de staatssecretaris, de Kamerleden en de woordvoerder worden niet weggelakt.",
    "Gezondheidsgegevens (artikel 5.1, eerste lid, onder d, Woo): informatie over ziekmelding en arbeidsongeschiktheid is weggelakt.",
    "Beveiliging (artikel 5.1, tweede lid, onder h, Woo): de IP-adressen, hashwaarden en tenant-gegevens in het forensisch rapport "
    "zijn weggelakt om herhaling te voorkomen.",
    "# 5. Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op open.overheid.nl en aan u toegezonden.",
    "",
    "Hoogachtend,",
    "de minister van Justitie en Veiligheid,",
    "namens deze,",
    "het hoofd Directie Juridische Zaken DJI,",
    "",
    "mr. drs. C. Haagsma-Ruiter",
    "",
    "Bezwaar: binnen zes weken na de dag van verzending bij de minister van Justitie en Veiligheid, t.a.v. DJI, Directie "
    "Juridische Zaken, Postbus 30132, 2500 GC Den Haag.",
], redact=[(P, "T. Bijlsma"), (P, "Bijlsma"), ("ADDRESS", "Zuiderdiep 112"), ("ADDRESS", "9711 HM"),
           (P, "W. Ravensbergen"), (P, "C. Haagsma-Ruiter"), (P, "J. Veenstra-Kok"), (P, "E. Sahin"), (P, "M.E. Pronk"),
           (P, "T. Boumans"), (P, "V. Ramdin")],
   keep=["Directie Juridische Zaken", "DJI-WOO-2026-0187", "9 juni 2026", "14 april 2026", "16 april 2026", "RoosterPlus B.V.",
         "FNV Overheid", "artikel 5.1, tweede lid, onder e, Woo", "artikel 5.1, eerste lid, onder d, Woo",
         "artikel 5.1, tweede lid, onder h, Woo", "open.overheid.nl", "de minister van Justitie en Veiligheid", "namens deze",
         "Postbus 30132", "Groningen", "Kamervragen", "10 juni 2026"],
   producer_str="Nuance Power PDF 5", creator_str="Microsoft® Word voor Microsoft 365", font="DejaVuSerif"))

A(Doc("jv32_faq_meldlijn", "hotline script", [
    "# Belscript meldlijn datalek DJI (0800-0231) – versie 3",
    "Voor: medewerkers van het Shared Service Center DJI (SSC-I) die de meldlijn bemensen. Niet verspreiden.",
    "Openingszin: 'U spreekt met de meldlijn datalek van de Dienst Justitiële Inrichtingen, waarmee kan ik u helpen?'",
    "1. Vraag naar naam en P-nummer, controleer in het betrokkenenbestand (SharePoint 'Datalek-2026', alleen lezen).",
    "2. Staat de beller niet op de lijst? Geruststellen; geen informatie geven over andere personen.",
    "3. Meldt de beller bedreiging? Direct doorverbinden met het BOT van de locatie of bij spoed 112 adviseren.",
    "4. Vragen over de tegemoetkoming: verwijzen naar het intranetbericht van 5 maart en P-Direkt (0800-0238).",
    "5. Pers aan de lijn? Doorverwijzen naar de persvoorlichting van JenV, 070 370 73 45.",
    "Escalatie tijdens kantooruren: teamleider meldlijn Youssef Amrani, 06-23 60 48 19; buiten kantooruren: piket CERT-DJI.",
    "Bijzonderheden uit gesprekken noteren in TOPdesk, categorie 'DL-2026'. Geen gezondheidsinformatie noteren.",
    "Voorbeeld van een goede notitie: 'Beller (P 4588107) vraagt naar adresafscherming, doorverwezen naar gemeente.'",
    "Opgesteld door: Roos Verhagen-Lindqvist (SSC-I), 2 maart 2026",
    "# Bijlage: gespreksregistratie meldlijn, 26–27 februari (uittreksel TOPdesk)",
    "| Melding | Datum | Beller | P-nummer | Terugbelnummer | Afgehandeld door |",
    "| DL-2026-0014 | 26-02 | mw. S. Hendriksen-Obi | 4371520 | 06-41 30 22 87 | R. Verhagen-Lindqvist |",
    "| DL-2026-0015 | 26-02 | dhr. P.J.M. Cuypers | 4208861 | 013-532 48 70 | Y. Amrani |",
    "| DL-2026-0016 | 26-02 | mw. Anke de Vries | 4640337 | 06-13 57 91 24 | Y. Amrani |",
    "| DL-2026-0017 | 26-02 | dhr. Tomasz Wiśniewski | 4792216 | +48 601 234 778 | R. Verhagen-Lindqvist |",
    "| DL-2026-0018 | 27-02 | mw. Gülsen Arslan | 4455109 | 06-58 22 40 13 | Kim (invalkracht SSC-I) |",
    "| DL-2026-0019 | 27-02 | dhr. Bert Hazeleger | 4117748 | 0031 6 29 47 15 08 | Y. Amrani |",
    "| DL-2026-0020 | 27-02 | mw. E. Vermeulen | 4536092 | 06-20 76 33 49 | R. Verhagen-Lindqvist |",
], redact=[(P, "Youssef Amrani"), ("PHONE", "06-23 60 48 19"), ("STAFF_NUMBER", "4588107"),
           (P, "S. Hendriksen-Obi"), ("STAFF_NUMBER", "4371520"), ("PHONE", "06-41 30 22 87"), (P, "R. Verhagen-Lindqvist"),
           (P, "P.J.M. Cuypers"), ("STAFF_NUMBER", "4208861"), ("PHONE", "013-532 48 70"), (P, "Y. Amrani"),
           (P, "Anke de Vries"), ("STAFF_NUMBER", "4640337"), ("PHONE", "06-13 57 91 24"),
           (P, "Tomasz Wiśniewski"), ("STAFF_NUMBER", "4792216"), ("PHONE", "+48 601 234 778"),
           (P, "Gülsen Arslan"), ("STAFF_NUMBER", "4455109"), ("PHONE", "06-58 22 40 13"), (P, "Kim"),
           (P, "Bert Hazeleger"), ("STAFF_NUMBER", "4117748"), ("PHONE", "0031 6 29 47 15 08"),
           (P, "E. Vermeulen"), ("STAFF_NUMBER", "4536092"), ("PHONE", "06-20 76 33 49"),
           (P, "Roos Verhagen-Lindqvist", ["Verhagen-Lindqvist", "Roos Verhagen-Lindqvist"])],
   keep=["0800-0231", "Shared Service Center DJI", "SSC-I", "Dienst Justitiële Inrichtingen", "Datalek-2026", "BOT", "112",
         "P-Direkt", "0800-0238", "070 370 73 45", "CERT-DJI", "TOPdesk", "DL-2026", "teamleider meldlijn", "JenV",
         "DL-2026-0014", "DL-2026-0017", "DL-2026-0020", "invalkracht SSC-I", "gespreksregistratie meldlijn"],
   producer_str="PDF24 Creator 11.15", creator_str="PDF24 Creator", font="DejaVu"))

A(Doc("jv33_opdrachtbevestiging", "engagement letter", [
    "Sterrenburg Digital Forensics",
    "Wilhelminapark 19, 3581 NE Utrecht – KvK 81442207",
    "",
    "Ministerie van Justitie en Veiligheid, DJI – CERT-DJI",
    "t.a.v. de heer B. van 't Hof",
    "",
    "Utrecht, 20 februari 2026",
    "Betreft: opdrachtbevestiging forensisch onderzoek datalek (uw referentie IR-2026-0219)",
    "",
    "Beste Bas,",
    "Dank voor het telefonisch verstrekte spoedopdracht. Hierbij bevestig ik de afspraken:",
    "- Scope: forensische veiligstelling en analyse van de SharePoint-omgeving van RoosterPlus B.V., monitoring Telegram, rapportage.",
    "- Tarief: € 165,00 per uur (monitoring € 145,00), maximaal 80 uur zonder nadere toestemming.",
    "- Vertrouwelijkheid: geheimhoudingsverklaring DJI (GHV-2024) en de Algemene Rijksvoorwaarden voor Diensten (ARVODI-2018).",
    "- Onderaannemer: mijn collega-zzp'er Noor Bakhuizen-Tjon voert de review uit.",
    "Startmoment: vandaag 14.00 uur op locatie Turfmarkt 147.",
    "",
    "Met vriendelijke groet,",
    "Lennart Sterrenburg",
    "06-19 83 27 40",
], redact=[(P, "B. van 't Hof"), (P, "Bas"), ("ADDRESS", "Wilhelminapark 19"), ("ADDRESS", "3581 NE"), ("KVK", "81442207"),
           (P, "Noor Bakhuizen-Tjon", ["Noor Bakhuizen-Tjon"]), (P, "Lennart Sterrenburg"), ("PHONE", "06-19 83 27 40")],
   keep=["Ministerie van Justitie en Veiligheid", "CERT-DJI", "IR-2026-0219", "RoosterPlus B.V.", "Telegram", "€ 165,00",
         "ARVODI-2018", "GHV-2024", "Turfmarkt 147", "20 februari 2026", "Utrecht"],
   producer="docx", author="Lennart", title="Opdrachtbevestiging"))
