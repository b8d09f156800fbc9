from lib import Doc

P = "PERSON"
DOCS = []
A = DOCS.append

A(Doc("jv01_woo_verzoek", "woo request", [
    "Tamara Bijlsma",
    "Zuiderdiep 112",
    "9711 HM Groningen",
    "",
    "Aan: Ministerie van Justitie en Veiligheid, t.a.v. de Woo-coördinator DJI",
    "Postbus 30132, 2500 GC Den Haag",
    "",
    "Groningen, 14 april 2026",
    "Onderwerp: verzoek op grond van de Wet open overheid – datalek personeelslijst DJI",
    "",
    "Geachte heer, mevrouw,",
    "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over het "
    "uitlekken van een lijst met gegevens van personeel van de Dienst Justitiële Inrichtingen (DJI) in februari 2026. "
    "Het gaat mij om de melding aan de Autoriteit Persoonsgegevens, de interne correspondentie van de functionaris "
    "gegevensbescherming, de brieven aan medewerkers, de beantwoording van Kamervragen en de facturen van externe onderzoekers.",
    "Het verzoek betreft de periode 1 februari 2026 tot en met 31 maart 2026. Ik ben journalist bij Dagblad van het Noorden.",
    "U kunt mij bereiken op 06-41 87 22 93 of via t.bijlsma.journalist@gmail.com.",
    "",
    "Met vriendelijke groet,",
    "Tamara Bijlsma",
], redact=[(P, "Tamara Bijlsma", ["Tamara Bijlsma", "Bijlsma"]), ("ADDRESS", "Zuiderdiep 112"), ("ADDRESS", "9711 HM"),
           ("PHONE", "06-41 87 22 93"), ("EMAIL", "t.bijlsma.journalist@gmail.com")],
   keep=["Ministerie van Justitie en Veiligheid", "Woo-coördinator DJI", "Postbus 30132", "2500 GC Den Haag", "Groningen",
         "14 april 2026", "Wet open overheid", "artikel 4.1", "Dienst Justitiële Inrichtingen", "Autoriteit Persoonsgegevens",
         "Kamervragen", "Dagblad van het Noorden", "31 maart 2026", "functionaris gegevensbescherming"],
   author="Tamara", producer_str="Microsoft® Word voor Microsoft 365", creator_str="Microsoft® Word voor Microsoft 365",
   font="DejaVuSerif"))

A(Doc("jv02_ontvangstbevestiging", "acknowledgement", [
    "Dienst Justitiële Inrichtingen",
    "Directie Juridische Zaken – team Woo",
    "Turfmarkt 147, 2511 DP Den Haag",
    "",
    "Mevrouw T. Bijlsma",
    "Zuiderdiep 112",
    "9711 HM Groningen",
    "",
    "Datum: 16 april 2026",
    "Ons kenmerk: DJI-WOO-2026-0187",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte mevrouw Bijlsma,",
    "Op 14 april 2026 hebben wij uw verzoek om informatie over het datalek met de personeelslijst van DJI ontvangen. "
    "Wij beslissen binnen vier weken na ontvangst; deze termijn kan met twee weken worden verdaagd (artikel 4.4 Woo).",
    "Uw verzoek raakt mogelijk belangen van derden, onder wie medewerkers van PI Vught, PI Zwolle en het Justitieel Complex Zaanstad. "
    "Wij stellen hen in de gelegenheid een zienswijze te geven.",
    "Heeft u vragen, neem dan contact op met het team Woo via woo@dji.minjenv.nl of het algemene nummer 088 072 50 00, "
    "onder vermelding van het kenmerk DJI-WOO-2026-0187. U kunt ook bellen met de behandelaar, mr. Sven Doornbos, op 06-22 90 14 57.",
    "",
    "Hoogachtend,",
    "namens dezen,",
    "het hoofd Directie Juridische Zaken DJI,",
    "",
    "mr. drs. Carolien Haagsma-Ruiter",
], redact=[(P, "T. Bijlsma"), (P, "Bijlsma"), ("ADDRESS", "Zuiderdiep 112"), ("ADDRESS", "9711 HM"),
           (P, "Sven Doornbos", ["Sven Doornbos", "Doornbos"]), ("PHONE", "06-22 90 14 57"),
           (P, "Carolien Haagsma-Ruiter", ["Carolien Haagsma-Ruiter", "Haagsma-Ruiter"])],
   keep=["Dienst Justitiële Inrichtingen", "Directie Juridische Zaken", "Turfmarkt 147", "2511 DP Den Haag",
         "DJI-WOO-2026-0187", "16 april 2026", "artikel 4.4 Woo", "PI Vught", "PI Zwolle", "Justitieel Complex Zaanstad",
         "woo@dji.minjenv.nl", "088 072 50 00", "Hoogachtend", "namens dezen", "Groningen"],
   producer="docx", author="Doornbos, S.", title="Ontvangstbevestiging Woo-verzoek"))

A(Doc("jv03_melding_ap", "data breach report", [
    "# Melding datalek – Autoriteit Persoonsgegevens",
    "Meldnummer AP: M-2026-011874   |   Datum melding: 20 februari 2026, 16:42 uur",
    "# 1. Gegevens organisatie",
    "Naam organisatie: Ministerie van Justitie en Veiligheid, Dienst Justitiële Inrichtingen (DJI)",
    "Adres: Turfmarkt 147, 2511 DP Den Haag. KvK-nummer: 52766926 (Staat der Nederlanden).",
    "Functionaris gegevensbescherming DJI: mw. mr. A.M. Verbeek-Stam, telefoon 070 370 88 41, e-mail a.verbeek-stam@dji.minjenv.nl",
    "Contactpersoon voor aanvullende vragen: dhr. B. van 't Hof (incidentmanager), 06 53 18 40 72",
    "# 2. Omschrijving van het incident",
    "Op 19 februari 2026 is geconstateerd dat een Excel-bestand met gegevens van 1.184 medewerkers van vijf penitentiaire "
    "inrichtingen via een gedeelde map van een externe roosterleverancier (RoosterPlus B.V.) toegankelijk was voor onbevoegden. "
    "Het bestand is aangetroffen op een Telegram-kanaal. Betrokken locaties: PI Vught, PI Zwolle, JC Zaanstad, PI Leeuwarden en "
    "de Dr. S. van Mesdagkliniek (tbs).",
    "Het lek werd gemeld door een medewerker van PI Vught, dhr. J. Brinkman, die zijn eigen naam in het kanaal zag.",
    "# 3. Soort persoonsgegevens",
    "| Categorie | Aanwezig | Aantal betrokkenen |",
    "| Naam, voorletters | ja | 1.184 |",
    "| Personeelsnummer (P-nummer) | ja | 1.184 |",
    "| Functie en afdeling | ja | 1.184 |",
    "| Privé-telefoonnummer | ja | 612 |",
    "| Woonplaats | ja | 1.011 |",
    "| BSN | nee | 0 |",
    "| Gezondheidsgegevens | nee | 0 |",
    "# 4. Gevolgen en maatregelen",
    "Het risico voor betrokkenen wordt als hoog ingeschat: penitentiair inrichtingswerkers kunnen door gedetineerden of hun "
    "omgeving worden benaderd of bedreigd. De toegang tot de map is op 19 februari om 22:10 uur afgesloten. Fox-IT en "
    "Sterrenburg Digital Forensics doen forensisch onderzoek. Betrokkenen worden per brief geïnformeerd (artikel 34 AVG).",
    "Melding bij de politie: aangifte Politie Oost-Brabant, registratienummer 2026041877.",
    "# 5. Ondertekening",
    "Naam melder: Anouk Verbeek-Stam, functionaris gegevensbescherming DJI",
    "Datum: 20 februari 2026",
], redact=[(P, "A.M. Verbeek-Stam", ["A.M. Verbeek-Stam", "Verbeek-Stam", "Anouk Verbeek-Stam"]),
           ("PHONE", "070 370 88 41"), ("EMAIL", "a.verbeek-stam@dji.minjenv.nl"),
           (P, "B. van 't Hof"), ("PHONE", "06 53 18 40 72"), (P, "J. Brinkman")],
   keep=["Autoriteit Persoonsgegevens", "M-2026-011874", "20 februari 2026", "Ministerie van Justitie en Veiligheid",
         "Turfmarkt 147", "52766926", "Staat der Nederlanden", "RoosterPlus B.V.", "Telegram", "PI Vught", "PI Zwolle",
         "JC Zaanstad", "PI Leeuwarden", "Dr. S. van Mesdagkliniek", "Fox-IT",
         "artikel 34 AVG", "Politie Oost-Brabant", "2026041877", "1.184", "incidentmanager", "Excel-bestand",
         "functionaris gegevensbescherming DJI"],
   producer_str="iText® 7.2.5 ©2000-2023 iText Group NV", creator_str="AP Meldloket datalekken", font="DejaVu"))

A(Doc("jv04_mail_fg_directeuren", "outlook thread", [
    "Van: Verbeek-Stam, Anouk <a.verbeek-stam@dji.minjenv.nl>",
    "Verzonden: vrijdag 20 februari 2026 08:14",
    "Aan: Horst, Ruud ter <r.ter.horst@dji.minjenv.nl>; Wit-Kramer, Marloes de <m.dewit-kramer@dji.minjenv.nl>",
    "CC: Yılmaz, Deniz <d.yilmaz@dji.minjenv.nl>; Hof, Bas van 't <b.vant.hof@dji.minjenv.nl>; DJI Privacy <privacy@dji.minjenv.nl>",
    "Onderwerp: RE: URGENT – personeelslijst op Telegram, melding AP vandaag",
    "",
    "Ruud, Marloes,",
    "De 72-uurstermijn van artikel 33 AVG loopt zaterdagavond af, maar ik wil vandaag melden. Ik heb het concept van de melding "
    "bijgevoegd. Twee punten waar ik jullie besluit nodig heb:",
    "1. Informeren we alle 1.184 medewerkers per brief thuis, of eerst de 612 van wie een privénummer op de lijst staat? "
    "Mijn advies: iedereen, en de groep met privénummer ook telefonisch via de leidinggevende.",
    "2. Bas stelt voor om de Bedrijfsopvangteams (BOT) van de vijf locaties in te schakelen. Daar ben ik voor.",
    "Over RoosterPlus: hun verwerkersovereenkomst (VWO-2023-118) verplicht hen binnen 24 uur te melden; dat hebben ze niet gedaan.",
    "",
    "Groet,",
    "Anouk",
    "Functionaris gegevensbescherming DJI | 070 370 88 41 | 06-18 27 55 03",
    "",
    "Van: Horst, Ruud ter <r.ter.horst@dji.minjenv.nl>",
    "Verzonden: donderdag 19 februari 2026 23:02",
    "Aan: Verbeek-Stam, Anouk <a.verbeek-stam@dji.minjenv.nl>",
    "CC: Hof, Bas van 't <b.vant.hof@dji.minjenv.nl>",
    "Onderwerp: URGENT – personeelslijst op Telegram",
    "",
    "Anouk,",
    "Net gebeld met de vestigingsdirecteur van PI Vught. Een inrichtingswerker (Jeroen Brinkman) zag vanavond zijn eigen naam en "
    "P-nummer in een Telegram-kanaal 'Bajesnieuws NL'. Het lijkt op het roosterbestand van RoosterPlus. Bas heeft de map laten "
    "sluiten om 22:10. Kun jij morgen vroeg de AP-melding oppakken? Ik informeer de hoofddirecteur en de SG.",
    "Brinkman is erg geschrokken; hij woont in Boxtel en twee gedetineerden op zijn afdeling komen uit die omgeving.",
    "",
    "Ruud ter Horst",
    "Directeur Beveiliging en Veiligheid DJI",
    "M 06-51 09 38 26",
], redact=[(P, "Anouk Verbeek-Stam", ["Verbeek-Stam", "Anouk"]), ("EMAIL", "a.verbeek-stam@dji.minjenv.nl"),
           (P, "Ruud ter Horst", ["Ruud ter Horst", "Horst, Ruud ter", "Ruud"]), ("EMAIL", "r.ter.horst@dji.minjenv.nl"),
           (P, "Marloes de Wit-Kramer", ["Wit-Kramer, Marloes de", "Marloes"]), ("EMAIL", "m.dewit-kramer@dji.minjenv.nl"),
           (P, "Deniz Yılmaz", ["Yılmaz, Deniz"]), ("EMAIL", "d.yilmaz@dji.minjenv.nl"),
           (P, "Bas van 't Hof", ["Hof, Bas van 't", "Bas"]), ("EMAIL", "b.vant.hof@dji.minjenv.nl"),
           ("PHONE", "070 370 88 41"), ("PHONE", "06-18 27 55 03"), ("PHONE", "06-51 09 38 26"),
           (P, "Jeroen Brinkman", ["Jeroen Brinkman", "Brinkman"]), ("PLACE_OF_RESIDENCE", "Boxtel")],
   keep=["privacy@dji.minjenv.nl", "artikel 33 AVG", "RoosterPlus", "VWO-2023-118", "PI Vught", "Telegram",
         "Bajesnieuws NL", "Bedrijfsopvangteams", "Directeur Beveiliging en Veiligheid DJI", "hoofddirecteur",
         "Functionaris gegevensbescherming DJI", "1.184", "vrijdag 20 februari 2026 08:14"],
   producer_str="Microsoft Outlook for Microsoft 365 (PDF export)", creator_str="Microsoft® Outlook", font="DejaVu"))

A(Doc("jv05_mail_brieven", "outlook thread", [
    "Van: Hof, Bas van 't <b.vant.hof@dji.minjenv.nl>",
    "Verzonden: maandag 23 februari 2026 10:37",
    "Aan: Verbeek-Stam, Anouk; Doornbos, Sven",
    "CC: Postkamer DJI <postkamer@dji.minjenv.nl>",
    "Onderwerp: Brieven aan medewerkers – adresbestand en verzending",
    "",
    "Hoi Anouk en Sven,",
    "P-Direkt levert vanmiddag het adresbestand aan (1.184 adressen). De postkamer print en verstuurt woensdag. "
    "Ik stel voor dat de brieven worden ondertekend door de hoofddirecteur; Marloes heeft daar al mee ingestemd.",
    "Drie medewerkers staan op de lijst met een geheim adres (GBA-afscherming). Die brieven gaan via de leidinggevende: "
    "Priscilla Doelwijt (PI Zwolle), Mehmet Aydın (JC Zaanstad) en Ludmila Nováková (PI Leeuwarden).",
    "Het speciale meldnummer voor medewerkers is 0800-0231 (gratis), bereikbaar van 8.00 tot 20.00 uur.",
    "",
    "Groet, Bas",
    "Incidentmanager CERT-DJI | 06 53 18 40 72",
    "",
    "Van: Doornbos, Sven",
    "Verzonden: maandag 23 februari 2026 09:58",
    "Aan: Hof, Bas van 't",
    "Onderwerp: RE: tekst brief",
    "",
    "Bas, de tekst van de brief is juridisch akkoord. Let op: geen P-nummer in de aanhef zetten, alleen in het kenmerk. "
    "Groet, Sven (tst. 4418)",
], redact=[(P, "Bas van 't Hof", ["Hof, Bas van 't", "Bas"]), ("EMAIL", "b.vant.hof@dji.minjenv.nl"),
           (P, "Anouk Verbeek-Stam", ["Verbeek-Stam, Anouk", "Anouk"]), (P, "Sven Doornbos", ["Doornbos, Sven", "Sven"]),
           (P, "Marloes"), (P, "Priscilla Doelwijt"), (P, "Mehmet Aydın"), (P, "Ludmila Nováková"),
           ("PHONE", "06 53 18 40 72"), ("PHONE", "tst. 4418")],
   keep=["postkamer@dji.minjenv.nl", "P-Direkt", "0800-0231", "PI Zwolle", "JC Zaanstad", "PI Leeuwarden",
         "GBA-afscherming", "CERT-DJI", "hoofddirecteur", "Incidentmanager", "1.184"],
   producer="docx", author="Hof, B. van 't", title="Brieven aan medewerkers"))
