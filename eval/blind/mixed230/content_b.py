from lib import Doc

P = "PERSON"
DOCS = []
A = DOCS.append

STAFF = [
    ("4471209", "Brinkman, J.A.", "PIW", "PI Vught, afd. EZV", "06-21 44 90 17", "Boxtel"),
    ("4398811", "el Khattabi, F.", "Teamleider", "PI Vught, afd. TBV", "06-33 81 02 64", "Tilburg"),
    ("4512370", "Wiersma, S.", "PIW", "PI Leeuwarden", "0511-43 29 87", "Drachten"),
    ("4120954", "Molen-Bos, I. van der", "Medewerker Arbeid", "PI Zwolle", "038-421 77 06", "Kampen"),
    ("4603318", "Poortvliet, K.", "Beveiliger", "JC Zaanstad", "06-47 20 38 51", "Purmerend"),
    ("4287765", "Hoekstra, T.", "Casemanager", "PI Leeuwarden", "", "Leeuwarden"),
    ("4719042", "Aydın, M.", "PIW", "JC Zaanstad", "06-12 93 74 08", "Zaandam"),
    ("4055123", "Hart, R. 't", "Psycholoog", "Dr. S. van Mesdagkliniek", "050-526 11 93", "Haren"),
    ("4633290", "Scholten, G.J.", "Afdelingshoofd", "PI Zwolle", "06-58 01 62 39", "Hattem"),
    ("4588107", "Doelwijt, P.", "PIW", "PI Zwolle", "", "geheim"),
    ("4377416", "Nováková, L.", "Medewerker Bezoekzaal", "PI Leeuwarden", "06-40 27 13 95", "Heerenveen"),
    ("4702685", "Ravensbergen, W.", "Beveiliger", "PI Vught", "073-658 42 10", "Vught"),
    ("4491833", "IJzerman, S.", "Medisch dienst", "JC Zaanstad", "06-29 66 05 81", "Wormerveer"),
    ("4166402", "Oosterveld, D.", "PIW", "PI Leeuwarden", "06-35 12 77 49", "Sneek"),
    ("4810276", "DE BRUIJN-VAN ESCH, M.", "Coördinator Transport", "PI Vught", "06-81 30 45 62", "Sint-Michielsgestel"),
    ("4254980", "Kuipers, H.W.", "PIW", "Dr. S. van Mesdagkliniek", "06-16 72 59 03", "Groningen"),
    ("4538216", "Çelik, A.", "PIW", "PI Vught, afd. EZV", "06-24 71 36 88", "Den Bosch"),
    ("4672051", "Veenstra-Kok, J.", "Medewerker Bezoekzaal", "PI Leeuwarden", "058-212 90 45", "Leeuwarden"),
    ("4301187", "Boumans, T.", "Beveiliger", "PI Vught", "06-38 50 19 72", "Rosmalen"),
    ("4785530", "Sahin, E.", "PIW", "JC Zaanstad", "06-45 09 61 27", "Krommenie"),
    ("4419062", "Wijk, C. van", "Inrichtingsarts", "JC Zaanstad", "075-631 44 18", "Koog aan de Zaan"),
    ("4593775", "Hofstra, B.", "PIW", "PI Leeuwarden", "06-52 87 30 14", "Franeker"),
    ("4027349", "Pronk, M.E.", "Teamleider", "PI Zwolle", "06-17 20 84 66", "Dalfsen"),
    ("4861402", "Lindeboom, A.", "Casemanager", "Dr. S. van Mesdagkliniek", "", "Groningen"),
    ("4148836", "Ramdin, V.", "PIW", "PI Zwolle", "06-31 62 08 57", "Deventer"),
    ("4756619", "Zandbergen, L.", "Beveiliger", "PI Leeuwarden", "06-49 13 75 20", "Joure"),
    ("4225508", "VAN DEN BERG, R.", "Afdelingshoofd", "JC Zaanstad", "06-60 38 92 41", "Haarlem"),
    ("4697183", "Nijhuis, E.M.", "PIW", "PI Zwolle", "0570-61 28 93", "Raalte"),
    ("4380944", "Dekker, Y.", "Sociaal-cultureel werker", "PI Vught", "06-27 14 59 36", "Helvoirt"),
    ("4512997", "Ogbonna, C.", "PIW", "Dr. S. van Mesdagkliniek", "06-34 80 27 15", "Assen"),
]


def staff_rows():
    rows = ["| P-nummer | Naam | Functie | Locatie/afdeling | Telefoon privé | Woonplaats |"]
    red = []
    for pn, nm, fn, loc, tel, wp in STAFF:
        rows.append(f"| {pn} | {nm} | {fn} | {loc} | {tel} | {wp} |")
        red.append(("STAFF_NUMBER", pn))
        red.append((P, nm))
        if tel:
            red.append(("PHONE", tel))
    return rows, red


rows, red = staff_rows()
A(Doc("jv06_uittreksel_lijst", "leaked list excerpt", [
    "# Bijlage 2 bij forensisch rapport SDF-2026-031: uittreksel uit het gelekte bestand",
    "Bron: bestand 'rooster_export_DJI_feb2026.xlsx', tabblad 'medewerkers', regels 1–30 van 1.184. "
    "Weergegeven ter vaststelling van de aard van de gegevens; het volledige bestand is opgeslagen in de kluis van CERT-DJI.",
    *rows,
    "Opmerking onderzoeker: de kolom 'Woonplaats' is bij 173 regels leeg; de waarde 'geheim' wijst op GBA-afscherming. "
    "Het bestand bevat geen BSN en geen gezondheidsgegevens. De kolom 'Telefoon privé' is gevuld bij 612 regels.",
    "Rubriek-codes in het bestand: PIW = penitentiair inrichtingswerker; EZV = extra zorgvoorziening; TBV = terugplaatsing "
    "beperkt beveiligd.",
], redact=red + [("PLACE_OF_RESIDENCE", w) for w in ("Boxtel", "Drachten", "Kampen", "Purmerend", "Zaandam", "Hattem",
                                                     "Heerenveen", "Wormerveer", "Sneek", "Sint-Michielsgestel", "Haren",
                                                     "Rosmalen", "Krommenie", "Koog aan de Zaan", "Franeker", "Dalfsen",
                                                     "Deventer", "Joure", "Raalte", "Helvoirt", "Assen", "Tilburg", "Den Bosch", "Haarlem")],
   keep=["SDF-2026-031", "rooster_export_DJI_feb2026.xlsx", "CERT-DJI", "PI Vught", "PI Zwolle", "JC Zaanstad",
         "PI Leeuwarden", "Dr. S. van Mesdagkliniek", "GBA-afscherming", "penitentiair inrichtingswerker",
         "extra zorgvoorziening", "Teamleider", "Casemanager", "Beveiliger", "Afdelingshoofd", "Psycholoog",
         "Coördinator Transport", "1.184"],
   landscape=True, producer_str="Nitro Pro 13 (13.70.2.40)", creator_str="Nitro Pro 13", font="DejaVu"))

A(Doc("jv07_brief_medewerker", "letter to staff at home", [
    "Dienst Justitiële Inrichtingen",
    "Hoofddirectie",
    "",
    "Vertrouwelijk – persoonlijk",
    "De heer J.A. Brinkman",
    "Kerkstraat 38",
    "5281 BH Boxtel",
    "",
    "Datum: 25 februari 2026",
    "Kenmerk: DJI-HD-2026-0412 / P 4471209",
    "Onderwerp: uw gegevens zijn betrokken bij een datalek",
    "",
    "Geachte heer Brinkman,",
    "Met deze brief informeren wij u dat uw gegevens voorkomen in een bestand dat onbedoeld toegankelijk is geweest voor "
    "onbevoegden. Het gaat om uw naam, personeelsnummer, functie, afdeling, privételefoonnummer en woonplaats. "
    "Het bestand is afkomstig van de roosterleverancier RoosterPlus B.V. en is op 19 februari 2026 op internet aangetroffen.",
    "Wij hebben het lek gemeld bij de Autoriteit Persoonsgegevens en aangifte gedaan bij de politie. Voor uw veiligheid "
    "adviseren wij u alert te zijn op onbekende bellers en berichten via sociale media. U kunt een adresafscherming aanvragen "
    "bij uw gemeente; DJI vergoedt de kosten.",
    "Heeft u vragen of maakt u zich zorgen? Bel dan het speciale nummer 0800-0231 of mail naar datalek@dji.minjenv.nl. "
    "Uw leidinggevende, mevrouw F. el Khattabi, neemt ook persoonlijk contact met u op.",
    "",
    "Hoogachtend,",
    "de hoofddirecteur van de Dienst Justitiële Inrichtingen,",
    "namens deze,",
    "",
    "M. de Wit-Kramer",
    "plaatsvervangend hoofddirecteur",
], redact=[(P, "J.A. Brinkman", ["J.A. Brinkman", "Brinkman"]), ("ADDRESS", "Kerkstraat 38"), ("ADDRESS", "5281 BH Boxtel"),
           ("STAFF_NUMBER", "4471209"), (P, "F. el Khattabi"), (P, "M. de Wit-Kramer")],
   keep=["Dienst Justitiële Inrichtingen", "Hoofddirectie", "25 februari 2026", "DJI-HD-2026-0412", "RoosterPlus B.V.",
         "Autoriteit Persoonsgegevens", "0800-0231", "datalek@dji.minjenv.nl", "Hoogachtend", "namens deze",
         "plaatsvervangend hoofddirecteur", "19 februari 2026"],
   producer="docx", author="Postkamer DJI", title="Brief betrokkene datalek"))

A(Doc("jv08_brief_medewerker_odt", "letter to staff at home", [
    "Dienst Justitiële Inrichtingen – Hoofddirectie",
    "",
    "Mevrouw I. van der Molen-Bos",
    "Oudestraat 211",
    "8261 CH Kampen",
    "",
    "Datum: 25 februari 2026",
    "Kenmerk: DJI-HD-2026-0413 / P 4120954",
    "Onderwerp: uw gegevens zijn betrokken bij een datalek",
    "",
    "Geachte mevrouw Van der Molen-Bos,",
    "Uw naam, personeelsnummer, functie (Medewerker Arbeid, PI Zwolle), vaste telefoonnummer 038-421 77 06 en woonplaats "
    "stonden in een bestand dat op 19 februari 2026 op een Telegram-kanaal is aangetroffen. Wij betreuren dit zeer.",
    "Omdat uw vaste telefoonnummer op de lijst stond, raden wij u aan dit nummer te laten afschermen in telefoongidsen. "
    "Het Bedrijfsopvangteam van PI Zwolle (bereikbaar via 038-455 00 00, het algemene nummer van de inrichting) is beschikbaar "
    "voor een gesprek.",
    "In de week van 2 maart ontvangt u een uitnodiging voor een informatiebijeenkomst in het Zwolse Hanzeland-gebouw.",
    "",
    "Hoogachtend,",
    "namens de hoofddirecteur,",
    "M. de Wit-Kramer",
], redact=[(P, "I. van der Molen-Bos", ["I. van der Molen-Bos", "Van der Molen-Bos"]), ("ADDRESS", "Oudestraat 211"),
           ("ADDRESS", "8261 CH Kampen"), ("STAFF_NUMBER", "4120954"), ("PHONE", "038-421 77 06"), (P, "M. de Wit-Kramer")],
   keep=["Hoofddirectie", "DJI-HD-2026-0413", "Medewerker Arbeid", "PI Zwolle", "Telegram", "Bedrijfsopvangteam",
         "038-455 00 00", "Hanzeland-gebouw", "19 februari 2026", "namens de hoofddirecteur"],
   producer="odt", author="", title="Brief betrokkene"))

A(Doc("jv09_scan_reactie_medewerker", "scanned handwritten reply", [
    "# Reactie op brief DJI-HD-2026-0441",
    "Aan: Hoofddirectie DJI, Postbus 30132, Den Haag",
    "",
    "Van: Willem Ravensbergen",
    "Personeelsnummer 4702685, beveiliger PI Vught",
    "Telefoon: 073-658 42 10",
    "",
    "Ik heb uw brief van 25 februari ontvangen.",
    "Mijn vrouw Hanneke en ik hebben sindsdien",
    "twee keer een anonieme beller gehad.",
    "Ik wil weten wie dit bestand heeft gemaakt",
    "en waarom mijn vaste nummer erin stond.",
    "",
    "~ Graag snel antwoord, W. Ravensbergen",
    "~ Vught, 1 maart 2026",
], redact=[(P, "Willem Ravensbergen", ["Ravensbergen", "Willem"]), ("STAFF_NUMBER", "4702685"),
           ("PHONE", "073-658 42 10"), (P, "Hanneke")],
   keep=[], producer="scan", producer_str="Canon iR-ADV C5550 PDF", creator_str="Canon iR-ADV C5550", rotate=0.7))

A(Doc("jv10_brief_vakbond", "union letter", [
    "FNV Overheid – sector Justitie",
    "Hertogswetering 159, 3543 AS Utrecht",
    "",
    "Aan de staatssecretaris van Justitie en Veiligheid",
    "t.a.v. staatssecretaris Oudejans",
    "Postbus 20301, 2500 EH Den Haag",
    "",
    "Utrecht, 27 februari 2026",
    "Betreft: datalek personeelslijst DJI – eisen FNV",
    "",
    "Geachte staatssecretaris,",
    "Met grote zorg hebben onze leden kennisgenomen van het uitlekken van de gegevens van 1.184 collega's van DJI. "
    "Al jaren waarschuwen wij voor de ondermijning in en rond de inrichtingen. Dat namen, P-nummers en privénummers van "
    "penitentiair inrichtingswerkers nu op Telegram staan, is onacceptabel.",
    "Wij eisen: (1) een onafhankelijk onderzoek, (2) kosteloze adresafscherming en verhuisregeling, (3) een schadevergoeding "
    "van ten minste € 1.500 per betrokkene en (4) het beëindigen van het contract met RoosterPlus B.V.",
    "Eén van onze kaderleden, Sjoerd Wiersma (PI Leeuwarden), is inmiddels thuis benaderd door een onbekende. "
    "Hij heeft hiervan melding gedaan bij de politie Noord-Nederland.",
    "Wij vragen u om een gesprek binnen twee weken, samen met de NCF en CNV Overheid. Voor het maken van een afspraak kunt "
    "u contact opnemen met onze bestuurder, Hüseyin Kaplan-Smit, 06-28 44 17 90, h.kaplan-smit@fnv.nl.",
    "",
    "Met vriendelijke groet,",
    "Hüseyin Kaplan-Smit",
    "bestuurder FNV Overheid",
], redact=[(P, "Sjoerd Wiersma", ["Sjoerd Wiersma"]), (P, "Hüseyin Kaplan-Smit", ["Hüseyin Kaplan-Smit", "Kaplan-Smit"]),
           ("PHONE", "06-28 44 17 90"), ("EMAIL", "h.kaplan-smit@fnv.nl")],
   keep=["FNV Overheid", "Hertogswetering 159", "3543 AS Utrecht", ("OFFICE_HOLDER", "staatssecretaris Oudejans"),
         "Postbus 20301", "2500 EH Den Haag", "27 februari 2026", "RoosterPlus B.V.", "PI Leeuwarden",
         "politie Noord-Nederland", "NCF", "CNV Overheid", "€ 1.500", "1.184", "Telegram", "bestuurder FNV Overheid"],
   producer_str="PDFpen 13.1", creator_str="Pages", font="Times-Roman"))

A(Doc("jv11_kamervragen", "parliamentary questions", [
    "# Vragen van de leden Hoogeveen (SP) en Kasmi (GroenLinks-PvdA) aan de staatssecretaris van Justitie en Veiligheid "
    "over het datalek met personeelsgegevens van DJI (ingezonden 2 maart 2026)",
    "Kenmerk: 2026Z03918",
    "1. Kent u het bericht 'Namen van 1.184 bajesmedewerkers op Telegram' in Dagblad van het Noorden van 28 februari 2026?",
    "2. Klopt het dat een medewerker van PI Vught het lek zelf ontdekte, en dat DJI pas daarna actie ondernam?",
    "3. Hoe is het mogelijk dat een externe roosterleverancier een bestand met privénummers van personeel bewaarde? "
    "Welke afspraken stonden in de verwerkersovereenkomst?",
    "4. Hoeveel medewerkers zijn inmiddels benaderd of bedreigd? Is bekend of gedetineerden toegang tot de lijst hadden?",
    "5. Bent u bereid alle betrokkenen een schadevergoeding toe te kennen, zoals FNV Overheid eist?",
    "6. Heeft de Autoriteit Persoonsgegevens een onderzoek ingesteld? Deelt u de uitkomst met de Kamer?",
    "7. Wat betekent dit lek voor het programma Veilig Werken in de Inrichtingen en de motie-Ellenbroek over "
    "personeelsveiligheid (Kamerstuk 24587, nr. 912)?",
    "8. Kunt u deze vragen afzonderlijk en binnen drie weken beantwoorden, in elk geval vóór het commissiedebat "
    "gevangeniswezen van 26 maart 2026?",
], redact=[],
   keep=[("OFFICE_HOLDER", "Hoogeveen"), ("OFFICE_HOLDER", "Kasmi"), "SP", "GroenLinks-PvdA", "2026Z03918",
         "Dagblad van het Noorden", "PI Vught", "FNV Overheid", "Autoriteit Persoonsgegevens",
         "Veilig Werken in de Inrichtingen", ("OFFICE_HOLDER", "motie-Ellenbroek"), "Kamerstuk 24587, nr. 912",
         "26 maart 2026", "staatssecretaris van Justitie en Veiligheid", "1.184"],
   producer_str="Tweede Kamer der Staten-Generaal – Parlis", creator_str="Aspose.Words for .NET 23.4", font="DejaVuSerif"))

A(Doc("jv12_antwoorden_staatssecretaris", "answers to parliamentary questions", [
    "Ministerie van Justitie en Veiligheid",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Postbus 20018, 2500 EA Den Haag",
    "",
    "Datum: 20 maart 2026",
    "Onderwerp: Antwoorden Kamervragen over het datalek met personeelsgegevens van DJI",
    "Ons kenmerk: 6128843",
    "Uw kenmerk: 2026Z03918",
    "",
    "Hierbij zend ik u de antwoorden op de vragen van de leden Hoogeveen (SP) en Kasmi (GroenLinks-PvdA) over het datalek "
    "met personeelsgegevens van de Dienst Justitiële Inrichtingen (ingezonden 2 maart 2026).",
    "",
    "# Vraag 1",
    "Ja.",
    "# Vraag 2",
    "Het klopt dat een medewerker het bestand als eerste heeft opgemerkt. Ik ben hem daar erkentelijk voor. Binnen drie uur "
    "na zijn melding was de toegang tot de gedeelde map afgesloten. Om privacyredenen ga ik niet in op de persoon van de melder.",
    "# Vraag 3",
    "RoosterPlus B.V. verwerkte de roostergegevens op grond van een verwerkersovereenkomst uit 2023. Privételefoonnummers "
    "hoorden daar niet in thuis: zij waren door enkele locaties toegevoegd om medewerkers bij calamiteiten op te roepen. "
    "Dat had niet mogen gebeuren. De overeenkomst is per 1 april 2026 opgezegd.",
    "# Vraag 4",
    "Tot en met 18 maart hebben 41 medewerkers gemeld dat zij zijn benaderd; in zeven gevallen is aangifte gedaan van "
    "bedreiging. Er zijn geen aanwijzingen dat gedetineerden het bestand binnen een inrichting hebben ingezien. "
    "Forensisch onderzoek door Fox-IT en Sterrenburg Digital Forensics loopt nog.",
    "# Vraag 5",
    "Ik ben met de centrales van overheidspersoneel (FNV Overheid, CNV Overheid, NCF en AC/FBZ) in gesprek over een "
    "tegemoetkoming. Ik informeer uw Kamer voor de zomer over de uitkomst.",
    "# Vraag 6",
    "De Autoriteit Persoonsgegevens heeft de melding op 20 februari 2026 ontvangen (meldnummer M-2026-011874) en "
    "aanvullende vragen gesteld. Een onderzoek is mij niet bekend. Ik zal uw Kamer informeren als de AP een besluit neemt.",
    "# Vraag 7",
    "Het programma Veilig Werken in de Inrichtingen wordt uitgebreid met een module informatiebeveiliging bij leveranciers. "
    "Daarmee geef ik ook uitvoering aan de motie-Ellenbroek (Kamerstuk 24587, nr. 912).",
    "# Vraag 8",
    "Ja.",
    "",
    "De staatssecretaris van Justitie en Veiligheid,",
    "",
    "R.H. Oudejans",
], redact=[],
   keep=["Ministerie van Justitie en Veiligheid", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "20 maart 2026",
         "6128843", "2026Z03918", ("OFFICE_HOLDER", "Hoogeveen"), ("OFFICE_HOLDER", "Kasmi"), "RoosterPlus B.V.",
         "1 april 2026", "Fox-IT", "FNV Overheid", "CNV Overheid", "NCF", "AC/FBZ",
         "M-2026-011874", "Veilig Werken in de Inrichtingen", ("OFFICE_HOLDER", "motie-Ellenbroek"),
         "Kamerstuk 24587, nr. 912", ("OFFICE_HOLDER", "R.H. Oudejans"),
         "De staatssecretaris van Justitie en Veiligheid", "Dienst Justitiële Inrichtingen", "Autoriteit Persoonsgegevens"],
   producer="docx", author="Scholte, L.", title="Antwoorden Kamervragen datalek DJI",
   hidden=[("metadata", P, "L. Scholte", ["Scholte"])]))

A(Doc("jv13_teams_chat", "Teams chat export", [
    "# Microsoft Teams – chat 'IT-incident 2026-0219 personeelslijst'",
    "Geëxporteerd 6 maart 2026 door CERT-DJI. Deelnemers: Bas van 't Hof, Deniz Yılmaz, Anouk Verbeek-Stam, Ruud ter Horst, "
    "Kees-Jan Mulder (RoosterPlus), Lennart Sterrenburg (SDF)",
    "[19-02 22:14] Bas van 't Hof: map is dicht. Share 'DJI_export' bij RoosterPlus staat op private",
    "[19-02 22:15] Deniz Yılmaz: top. Kees-Jan, kun jij de access logs van de afgelopen 30 dagen exporteren?",
    "[19-02 22:31] Kees-Jan Mulder: Ben ermee bezig. Link was 'anyone with the link' sinds 12 jan 😬",
    "[19-02 22:33] Deniz Yılmaz: 12 januari?! dat is 5 weken",
    "[19-02 22:40] Bas van 't Hof: Anouk zit erop voor de AP-melding. Ruud belt vanavond nog de vestigingsdirecteur Vught",
    "[20-02 07:02] Anouk Verbeek-Stam: Goedemorgen. Dees, wil je mij de IOC's sturen? Dan neem ik ze op in de melding",
    "[20-02 07:05] Deniz Yılmaz: staan in de map 'IR-2026-0219' op de CERT-sharepoint. Telegram-kanaal heeft 4.300 leden",
    "[20-02 07:49] Ruud ter Horst: Hoofddirecteur akkoord met brieven aan alle 1.184. Marloes tekent",
    "[20-02 09:12] Lennart Sterrenburg: ik kan vanmiddag beginnen met de imaging. Mijn mobiel: 06-19 83 27 40",
    "[20-02 09:13] Bas van 't Hof: thx Lennart. Offerte graag naar inkoop-dji@dji.minjenv.nl",
    "[21-02 11:26] Deniz Yılmaz: Brinkman (Vught) belde, hij is gisteren gevolgd vanaf de parkeerplaats. Politie is ingelicht",
    "[21-02 11:30] Anouk Verbeek-Stam: Dat moet in het incidentlog. En BOT Vught inschakelen. Ik meld het aan de AP als aanvulling",
    "[21-02 11:31] Bas van 't Hof: 👍 doe ik, Baske",
    "[22-02 09:05] Deniz Yılmaz: update: SDF ziet 37 downloads, 29 via Tor. Noor doet de review van de tijdlijn",
    "[22-02 09:10] Kees-Jan Mulder: onze collega Sandra Ritsema had de link aangemaakt voor de storing in Zwolle, ze is er kapot van",
    "[22-02 09:12] Anouk Verbeek-Stam: Kees-Jan, graag geen namen van jullie medewerkers hier. Wel: wanneer is de link ingetrokken?",
    "[22-02 09:20] Kees-Jan Mulder: 19-02 22:10 door Bas. Daarvoor niet 🙁",
    "[22-02 10:02] Ruud ter Horst: Leeuwarden meldt drie benaderingen: Sjoerd W., Tjitske en Dirk O. Margriet stuurt memo",
    "[22-02 10:05] Deniz Yılmaz: Tjitske wil anoniem blijven in het rapport, heb ik Lennart doorgegeven",
], redact=[(P, "Noor Bakhuizen-Tjon", ["Noor"]), (P, "Sandra Ritsema"), (P, "Sjoerd Wiersma", ["Sjoerd W."]),
           (P, "Tjitske Hoekstra", ["Tjitske"]), (P, "Dirk Oosterveld", ["Dirk O."]), (P, "Margriet Dijkstra", ["Margriet"]),(P, "Bas van 't Hof", ["Bas van 't Hof", "Bas"]), (P, "Deniz Yılmaz", ["Deniz Yılmaz", "Dees"]),
           (P, "Anouk Verbeek-Stam", ["Anouk Verbeek-Stam", "Anouk"]), (P, "Ruud ter Horst", ["Ruud ter Horst", "Ruud"]),
           (P, "Kees-Jan Mulder", ["Kees-Jan Mulder", "Kees-Jan"]), (P, "Lennart Sterrenburg", ["Lennart Sterrenburg", "Lennart"]),
           (P, "Marloes"), ("PHONE", "06-19 83 27 40"), (P, "Brinkman"), (P, "Baske")],
   keep=["Microsoft Teams", "CERT-DJI", "RoosterPlus", "DJI_export", "access logs", "IR-2026-0219", "Telegram",
         "inkoop-dji@dji.minjenv.nl", "BOT Vught", "incidentlog", "Hoofddirecteur", "1.184", "4.300", "IOC's",
         "anyone with the link", "vestigingsdirecteur", "Tor", "Zwolle", "Leeuwarden"],
   producer_str="Microsoft: Print To PDF", creator_str="Microsoft Teams", font="DejaVu"))

A(Doc("jv14_factuur_forensisch", "sole trader invoice", [
    "# FACTUUR",
    "Sterrenburg Digital Forensics",
    "eigenaar L.P. Sterrenburg",
    "Wilhelminapark 19, 3581 NE Utrecht",
    "KvK 81442207 – btw-id NL004417920B63",
    "IBAN NL42 RABO 0318 7749 20 t.n.v. L.P. Sterrenburg h.o.d.n. Sterrenburg Digital Forensics",
    "T 06-19 83 27 40 – lennart@sterrenburgforensics.nl",
    "",
    "Aan: Ministerie van Justitie en Veiligheid, DJI, Financieel Dienstencentrum, Postbus 30132, 2500 GC Den Haag",
    "Factuurnummer: SDF-2026-031-01   Factuurdatum: 13 maart 2026   Inkoopordernummer: 4500918273",
    "",
    "| Omschrijving | Uren | Tarief | Bedrag |",
    "| Forensische imaging gedeelde map RoosterPlus (20–21 feb) | 14 | € 165,00 | € 2.310,00 |",
    "| Analyse access logs en IOC's, tijdlijn | 22 | € 165,00 | € 3.630,00 |",
    "| Monitoring Telegram-kanaal 'Bajesnieuws NL' | 18 | € 145,00 | € 2.610,00 |",
    "| Rapportage SDF-2026-031 en presentatie incidentteam | 9 | € 165,00 | € 1.485,00 |",
    "| Subtotaal | | | € 10.035,00 |",
    "| Btw 21% | | | € 2.107,35 |",
    "| Totaal | | | € 12.142,35 |",
    "",
    "Betaling binnen 30 dagen onder vermelding van het factuurnummer. Contactpersoon opdrachtgever: D. Yılmaz (CISO DJI).",
], redact=[(P, "L.P. Sterrenburg"), ("ADDRESS", "Wilhelminapark 19"), ("ADDRESS", "3581 NE"), ("KVK", "81442207"),
           ("VAT", "NL004417920B63"), ("IBAN", "NL42 RABO 0318 7749 20"), ("PHONE", "06-19 83 27 40"),
           ("EMAIL", "lennart@sterrenburgforensics.nl"), (P, "D. Yılmaz")],
   keep=["Ministerie van Justitie en Veiligheid", "Financieel Dienstencentrum", "SDF-2026-031-01", "13 maart 2026",
         "4500918273", "RoosterPlus", "Bajesnieuws NL", "€ 12.142,35", "€ 10.035,00", "CISO DJI", "Postbus 30132",
         "access logs"],
   producer_str="Exact Online Facturatie", creator_str="Exact Online", font="DejaVu"))

A(Doc("jv15_verslag_incidentteam", "minutes", [
    "# Verslag overleg incidentteam datalek personeelslijst (IR-2026-0219)",
    "Datum: maandag 23 februari 2026, 13.00–14.30 uur, Turfmarkt 147, zaal 'Hugo de Groot' (en via Teams)",
    "| Naam | Functie | Aanwezig | Paraaf |",
    "| R. ter Horst (voorzitter) | Directeur Beveiliging en Veiligheid | ja | RtH |",
    "| mr. A.M. Verbeek-Stam | Functionaris gegevensbescherming | ja | AVS |",
    "| D. Yılmaz | CISO DJI | ja | DY |",
    "| B. van 't Hof | Incidentmanager CERT-DJI | ja | BvtH |",
    "| mr. S. Doornbos | Jurist DJZ | ja | SD |",
    "| J.E. Blaauw | Woordvoerder ministerie van JenV | ja | – |",
    "| F. el Khattabi | Teamleider PI Vught (namens locatie) | deels | FeK |",
    "| G.J. Scholten | Afdelingshoofd PI Zwolle | afgemeld | – |",
    "# 1. Stand van zaken",
    "RtH meldt dat de AP-melding op 20 februari is gedaan (M-2026-011874). De brieven aan 1.184 medewerkers gaan woensdag 25 februari "
    "de deur uit. DY: de map was vanaf 12 januari openbaar deelbaar; RoosterPlus heeft dit niet gemeld.",
    "FeK vertelt dat een collega in Vught na het werk is gevolgd. De betrokkene is tijdelijk op non-actief op eigen verzoek "
    "en wordt begeleid door het BOT en de bedrijfsarts van Arbo Unie.",
    "# 2. Communicatie",
    "Woordvoerder Blaauw stelt een Q&A op voor de pers. Uitgangspunt: geen namen of locaties van individuele medewerkers. "
    "De staatssecretaris wordt vanavond geïnformeerd via een beslisnota.",
    "# 3. Actielijst",
    "| Nr | Actie | Wie | Gereed |",
    "| 1 | Aanvullende melding AP (bedreiging Vught) | AVS | 24-02 |",
    "| 2 | Contract RoosterPlus: ingebrekestelling | SD | 27-02 |",
    "| 3 | Opdracht forensisch onderzoek Sterrenburg (SDF) | BvtH | 20-02 (gereed) |",
    "| 4 | Q&A pers en intranet | Blaauw | 24-02 |",
    "| 5 | Rondgang locaties: BOT en leidinggevenden instrueren | FeK / GJS | 02-03 |",
    "Volgend overleg: woensdag 25 februari 2026, 9.00 uur.",
], redact=[(P, "R. ter Horst", ["R. ter Horst", "RtH"]), (P, "A.M. Verbeek-Stam", ["A.M. Verbeek-Stam", "AVS"]),
           (P, "D. Yılmaz", ["D. Yılmaz", "DY"]), (P, "B. van 't Hof", ["B. van 't Hof", "BvtH"]),
           (P, "S. Doornbos", ["S. Doornbos", "SD"]), (P, "F. el Khattabi", ["F. el Khattabi", "FeK"]),
           (P, "G.J. Scholten", ["G.J. Scholten", "GJS"]), (P, "Sterrenburg"), ("HEALTH", "op non-actief op eigen verzoek")],
   keep=["IR-2026-0219", "Turfmarkt 147", "Hugo de Groot", "Directeur Beveiliging en Veiligheid", "Functionaris gegevensbescherming",
         "CISO DJI", "Incidentmanager CERT-DJI", "Jurist DJZ", "Teamleider PI Vught", "Afdelingshoofd PI Zwolle",
         "M-2026-011874", "RoosterPlus", "Arbo Unie", "BOT", "1.184", ("SPOKESPERSON", "J.E. Blaauw"),
         ("SPOKESPERSON", "Woordvoerder Blaauw"), "ingebrekestelling", "Q&A"],
   producer_str="Microsoft® Word 2019", creator_str="Microsoft® Word 2019", font="DejaVu"))

A(Doc("jv16_beslisnota", "beslisnota", [
    "# Beslisnota",
    "| Aan | de staatssecretaris van Justitie en Veiligheid |",
    "| Van | Directeur Beveiliging en Veiligheid DJI |",
    "| Datum | 23 februari 2026 |",
    "| Kenmerk | 6101977 |",
    "| Onderwerp | Datalek personeelslijst DJI – informeren Kamer en betrokkenen |",
    "| Contactpersoon | mr. A.M. Verbeek-Stam, T 06-18 27 55 03, a.verbeek-stam@dji.minjenv.nl |",
    "| Kopie aan | SG, DGSenB, hoofddirecteur DJI, DCOM (J.E. Blaauw) |",
    "# Aanleiding",
    "Op 19 februari 2026 is een roosterbestand met gegevens van 1.184 DJI-medewerkers op een Telegram-kanaal aangetroffen. "
    "Het bestand komt van leverancier RoosterPlus B.V. De functionaris gegevensbescherming heeft het lek op 20 februari gemeld bij "
    "de Autoriteit Persoonsgegevens.",
    "# Geadviseerd besluit",
    "Aan de staatssecretaris wordt gevraagd: (1) in te stemmen met de brief aan betrokkenen (bijlage 1); (2) de Kamer te informeren "
    "via een brief vóór het commissiedebat gevangeniswezen; (3) in te stemmen met het opzeggen van het contract met RoosterPlus.",
    "# Kern",
    "- Het risico voor medewerkers is hoog. Eén medewerker van PI Vught is gevolgd; hij heeft aangifte gedaan.",
    "- De verwerkersovereenkomst (VWO-2023-118) is geschonden: de melding van RoosterPlus bleef uit.",
    "- De vakbonden (FNV Overheid, CNV Overheid, NCF) vragen om schadevergoeding; zie de brief van FNV van 27 februari (volgt).",
    "# Krachtenveld",
    "De Kamerleden Hoogeveen en Kasmi hebben aangekondigd vragen te stellen. De AP kan een onderzoek starten. De ondernemingsraad "
    "DJI (voorzitter: dhr. Kees Poortvliet, JC Zaanstad) wil betrokken worden bij de tegemoetkomingsregeling.",
    "# Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| R. ter Horst | Directeur B&V | RtH | 23-02 |",
    "| M. de Wit-Kramer | pl. hoofddirecteur DJI | MdWK | 23-02 |",
    "| H.A.M. Zeegers | plv. DGSenB | HZ | 23-02 |",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Motivering: [in te vullen bij openbaarmaking]",
], redact=[(P, "A.M. Verbeek-Stam", ["A.M. Verbeek-Stam"]), ("PHONE", "06-18 27 55 03"), ("EMAIL", "a.verbeek-stam@dji.minjenv.nl"),
           (P, "Kees Poortvliet", ["Kees Poortvliet"]), (P, "R. ter Horst", ["R. ter Horst", "RtH"]),
           (P, "M. de Wit-Kramer", ["M. de Wit-Kramer", "MdWK"]), (P, "H.A.M. Zeegers", ["H.A.M. Zeegers", "HZ"])],
   keep=["de staatssecretaris van Justitie en Veiligheid", "Directeur Beveiliging en Veiligheid DJI", "6101977",
         "23 februari 2026", "DGSenB", "hoofddirecteur DJI", "DCOM", ("SPOKESPERSON", "J.E. Blaauw"), "Telegram",
         "RoosterPlus B.V.", "Autoriteit Persoonsgegevens", "VWO-2023-118", "FNV Overheid", "CNV Overheid", "NCF",
         ("OFFICE_HOLDER", "Hoogeveen"), ("OFFICE_HOLDER", "Kasmi"), "PI Vught", "JC Zaanstad", "ondernemingsraad",
         "Informatie die niet openbaar gemaakt kan worden", "1.184", "Directeur B&V"],
   producer="docx", author="Verbeek-Stam, A.M.", title="Beslisnota datalek personeelslijst"))

A(Doc("jv17_persbericht", "press release", [
    "# Persbericht – Ministerie van Justitie en Veiligheid",
    "Den Haag, 26 februari 2026",
    "# Gegevens DJI-medewerkers uitgelekt via leverancier",
    "Gegevens van 1.184 medewerkers van de Dienst Justitiële Inrichtingen (DJI) zijn via een gedeelde map van een "
    "roosterleverancier op internet terechtgekomen. Het gaat om namen, personeelsnummers, functies en bij een deel van de "
    "medewerkers privételefoonnummers en woonplaatsen. Alle betrokkenen hebben deze week een brief ontvangen.",
    "Staatssecretaris Oudejans: 'Onze mensen werken elke dag onder zware omstandigheden in de inrichtingen. Dat hun gegevens "
    "op straat liggen, is onacceptabel. Hun veiligheid gaat voor alles.'",
    "DJI heeft het lek gemeld bij de Autoriteit Persoonsgegevens en aangifte gedaan. Forensisch onderzoek loopt. Het contract "
    "met de leverancier wordt opgezegd. Medewerkers kunnen terecht bij het gratis nummer 0800-0231.",
    "Het lek betreft medewerkers van PI Vught, PI Zwolle, Justitieel Complex Zaanstad, PI Leeuwarden en de "
    "Dr. S. van Mesdagkliniek in Groningen.",
    "",
    "Noot voor de redactie: voor meer informatie kunt u contact opnemen met de persvoorlichting van het ministerie, "
    "070 370 73 45, of woordvoerder Jorien Blaauw.",
], redact=[],
   keep=["Ministerie van Justitie en Veiligheid", "Den Haag", "26 februari 2026", "Dienst Justitiële Inrichtingen",
         ("OFFICE_HOLDER", "Staatssecretaris Oudejans"), "Autoriteit Persoonsgegevens", "0800-0231", "PI Vught", "PI Zwolle",
         "Justitieel Complex Zaanstad", "PI Leeuwarden", "Dr. S. van Mesdagkliniek", "Groningen", "070 370 73 45",
         ("SPOKESPERSON", "woordvoerder Jorien Blaauw"), "1.184"],
   author="Sanne Vlietstra-Ouali", producer_str="Adobe PDF Library 17.11", creator_str="Adobe InDesign 19.2",
   hidden=[("metadata", P, "Sanne Vlietstra-Ouali", ["Vlietstra-Ouali"])], font="Helvetica"))

A(Doc("jv18_formulier_melding", "fillable form", [
    "# Intern meldformulier beveiligingsincident – DJI",
    "Gebruik dit formulier om een (vermoedelijk) beveiligingsincident of datalek te melden bij CERT-DJI (cert@dji.minjenv.nl, "
    "servicedesk 088 072 51 11). Het formulier staat op pagina 2 en is digitaal invulbaar.",
    "Vul altijd uw naam en personeelsnummer in. De gegevens worden alleen gebruikt voor de afhandeling van het incident "
    "(Privacyverklaring DJI, paragraaf 4).",
], redact=[], keep=["CERT-DJI", "cert@dji.minjenv.nl", "088 072 51 11", "Privacyverklaring DJI"],
   form={"title": "Meldformulier beveiligingsincident (IR-2026-0219)", "fields": [
       ("Naam melder", "naam", "Jeroen Brinkman"),
       ("Personeelsnummer", "pnr", "4471209"),
       ("Locatie", "locatie", "PI Vught, afdeling EZV"),
       ("Telefoon (bereikbaar)", "tel", "06-21 44 90 17"),
       ("E-mail", "mail", "jeroen.brinkman84@hotmail.com"),
       ("Datum/tijd ontdekking", "dt", "19-02-2026 19:40"),
       ("Omschrijving", "omschr", "Eigen naam en P-nummer gezien in Telegram-kanaal"),
       ("Leidinggevende geïnformeerd", "lg", "ja, Fatima el Khattabi"),
   ], "footer": ["Dit formulier is ontvangen door CERT-DJI op 19-02-2026."]},
   hidden=[("annotations", P, "Jeroen Brinkman", ["Jeroen Brinkman"]), ("annotations", "STAFF_NUMBER", "4471209", ["4471209"]),
           ("annotations", "PHONE", "06-21 44 90 17", ["06-21 44 90 17"]),
           ("annotations", "EMAIL", "jeroen.brinkman84@hotmail.com", ["jeroen.brinkman84@hotmail.com"]),
           ("annotations", P, "Fatima el Khattabi", ["Fatima el Khattabi"])],
   producer_str="iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator_str="DJI Formulierenserver"))

A(Doc("jv19_qa_concept_notities", "draft Q&A with sticky notes", [
    "# CONCEPT – Q&A datalek personeelslijst DJI (versie 0.3, 24 februari 2026)",
    "V: Hoeveel medewerkers zijn getroffen?",
    "A: 1.184 medewerkers van vijf locaties van DJI.",
    "V: Hoe kon dit gebeuren?",
    "A: Een leverancier heeft een bestand in een gedeelde map gezet die voor iedereen met de link toegankelijk was.",
    "V: Welke leverancier?",
    "A: Wij noemen de naam van de leverancier niet zolang het onderzoek loopt.",
    "V: Zijn medewerkers bedreigd?",
    "A: Er zijn meldingen van medewerkers die zijn benaderd. Over individuele gevallen doen wij geen mededelingen.",
    "V: Wat doet de staatssecretaris?",
    "A: Staatssecretaris Oudejans heeft de Kamer op 3 maart per brief geïnformeerd (Kamerstuk 24587, nr. 930).",
    "V: Waar kunnen medewerkers terecht?",
    "A: Bij het gratis nummer 0800-0231 en bij het Bedrijfsopvangteam van hun locatie.",
], redact=[],
   keep=["1.184", "DJI", ("OFFICE_HOLDER", "Staatssecretaris Oudejans"), "Kamerstuk 24587, nr. 930", "0800-0231",
         "Bedrijfsopvangteam", "24 februari 2026"],
   notes=[(0, 520, 700, "Blaauw, Jorien", "Anouk: mogen we zeggen dat de melder zelf medewerker is? Graag check."),
          (0, 520, 600, "Verbeek-Stam, Anouk", "Nee, niet doen – Brinkman is herleidbaar. Vraag Wim Claessens (DCOM) om akkoord."),
          (0, 520, 500, "Claessens, Wim", "Akkoord met versie 0.4. Bel me op 06-44 18 20 96 als er nog iets is.")],
   hidden=[("annotations", P, "Anouk Verbeek-Stam", ["Verbeek-Stam", "Anouk"]), ("annotations", P, "Brinkman", ["Brinkman"]),
           ("annotations", P, "Wim Claessens", ["Claessens", "Wim Claessens"]), ("annotations", "PHONE", "06-44 18 20 96", ["06-44 18 20 96"])],
   producer_str="Adobe Acrobat Pro (64-bit) 24.1.20643", creator_str="Microsoft® Word voor Microsoft 365"))
