from lib import Doc
from content_a import MOT, HEAD, WORD
DOCS = []
A = DOCS.append

A(Doc("sh14_raadsvragen", [
    ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
    "Nummer: RV-2026-041 | Datum indiening: 8 september 2025 | Indiener: Anouk Verbeek (ChristenUnie)<br/>"
    "Onderwerp: wachtlijsten schuldhulpverlening en Vroegsignalering",
    "Aan het college van burgemeester en wethouders,",
    "Uit signalen van Stichting Schuldhulpmaatje Apeldoorn en uit berichtgeving in de Stentor blijkt dat inwoners tot "
    "zeven weken moeten wachten op een eerste gesprek bij de schuldhulpverlening. Raadslid Verbeek stelt daarom de "
    "volgende vragen:",
    "1. Hoeveel inwoners stonden op 1 september 2025 op de wachtlijst, en hoeveel van hen hadden een ontruimingsaanzegging?",
    "2. Hoe verhoudt de wachttijd zich tot de termijnen van artikel 4a Wgs?",
    "3. Hoeveel externe budgetcoaches heeft de gemeente in 2025 ingehuurd en tegen welk uurtarief?",
    "4. Hoeveel klachten over bejegening door medewerkers schuldhulpverlening zijn in 2025 ingediend?",
    "5. Is wethouder Lemmens bereid om het programma Apeldoorn Schuldenvrij uit te breiden met Vroegsignalering bij "
    "energieleveranciers zoals Eneco en Vitens?",
    "Anouk Verbeek<br/>raadslid ChristenUnie<br/>griffie@apeldoorn.nl"] ,
    producer="Microsoft® Word for Microsoft 365", creator=WORD, author="Griffie Apeldoorn",
    keep=[("LAW", ["artikel 41 Reglement van orde", "artikel 4a Wgs"]), ("ORG", ["de Stentor"]), ("ROLE", ["Raadslid Verbeek", "raadslid ChristenUnie"])]))

A(Doc("sh15_antwoord_college", [
    HEAD, ("h", "Beantwoording schriftelijke vragen RV-2026-041"),
    "Datum: 30 september 2025 | Portefeuillehouder: wethouder J. Lemmens (Sociaal Domein, Armoede en Schulden)<br/>"
    "Ambtelijk opgesteld door: B. Nijenhuis, beleidsmedewerker armoede (BNi)",
    "Het college beantwoordt de vragen van raadslid Verbeek (ChristenUnie) als volgt.",
    "<b>Vraag 1.</b> Op 1 september 2025 stonden 58 inwoners op de wachtlijst; 9 van hen hadden een ontruimingsaanzegging. "
    "Deze inwoners krijgen voorrang en worden binnen drie werkdagen gesproken (artikel 4a, tweede lid, Wgs).",
    "<b>Vraag 2.</b> De gemiddelde wachttijd was in het tweede kwartaal 6,8 weken. Dat is langer dan de wettelijke termijn "
    "van vier weken. Sinds de inhuur van externe capaciteit is de wachttijd gedaald naar 3,9 weken.",
    "<b>Vraag 3.</b> In 2025 is één externe budgetcoach ingehuurd (eenmanszaak) tegen € 78,00 per uur excl. btw, binnen "
    "het raamcontract Inhuur Sociaal Domein. Het college noemt geen namen van ingehuurde zzp'ers.",
    "<b>Vraag 4.</b> In 2025 zijn 6 klachten over bejegening ontvangen; 2 zijn gegrond verklaard, 1 deels gegrond.",
    "<b>Vraag 5.</b> Wethouder Lemmens is bereid het programma Apeldoorn Schuldenvrij uit te breiden. Met Vitens en "
    "Eneco zijn afspraken gemaakt over Vroegsignalering; De Goede Woning doet al mee sinds 2021.",
    "Het college van burgemeester en wethouders van Apeldoorn,<br/>de secretaris, de burgemeester,<br/>"
    "drs. H. Koopmans-Brink, burgemeester Van Oosterhout"] + MOT,
    producer="Aspose.Words for .NET 24.1", creator="Aspose.Words", font="Times-Roman",
    redact=[("PERSON", "H. Koopmans-Brink", ["H. Koopmans-Brink", "Koopmans-Brink"])],
    keep=[("ROLE", ["Wethouder Lemmens", "Vraag 3", "Sociaal Domein, Armoede en Schulden"]), ("MONEY", ["€ 78,00"])]))

A(Doc("sh16_scan_klachtbrief_broer", [], mode="scan", scan=[
    ("h", "Aan de klachtencoördinator gemeente Apeldoorn"),
    "Apeldoorn, 20 juni 2025",
    "",
    "Betreft: aanvulling op klacht van mijn zus Małgorzata Wiśniewska",
    "",
    "Ik was op 28 mei 2025 bij het gesprek met de heer Bakhuis.",
    "Ik bevestig dat hij zei dat mensen zoals mijn zus altijd",
    "weer in de schulden komen. Ik ben bereid dit te herhalen",
    "bij het hoorgesprek. U kunt mij bellen op 06-38 12 90 45.",
    "",
    "Met vriendelijke groet,",
    ("hw", "Tomasz Wiśniewski"),
    "Tomasz Wiśniewski, Zwaluwstraat 63A, Apeldoorn",
    ], producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i",
    ocr=[("PERSON", "Tomasz Wiśniewski", ["Tomasz"]), ("PERSON", "Małgorzata Wiśniewska", ["Wisniewska", "Malgorzata"]), ("PERSON", "Ruud Bakhuis", ["Bakhuis"]),
         ("PHONE", "06-38 12 90 45", ["06-38 12 90 45"]), ("ADDRESS", "Zwaluwstraat 63A", ["Zwaluwstraat"])]))

A(Doc("sh17_scan_machtiging", [], mode="scan", scan=[
    ("h", "MACHTIGING EN TOESTEMMING GEGEVENSUITWISSELING"),
    "Schuldhulpverlening gemeente Apeldoorn – dossier SHV-2025-0533",
    "",
    "Ondergetekende: Dirk-Jan van 't Hooft",
    "Geboortedatum: 02-11-1971     BSN: 187345296",
    "Adres: Sparrenlaan 9, 7339 AN Ugchelen",
    "",
    "geeft de gemeente Apeldoorn toestemming om gegevens op te",
    "vragen bij de Belastingdienst, UWV en zijn schuldeisers, en",
    "machtigt Kredietbank Nederland voor budgetbeheer.",
    "",
    "Plaats en datum: Apeldoorn, 22 april 2025",
    "Handtekening cliënt:",
    ("hw", "D.J. van 't Hooft"),
    "Voor ontvangst: G. Aydın, schuldhulpverlener",
    ], producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840",
    ocr=[("PERSON", "Dirk-Jan van 't Hooft", ["Hooft", "Dirk-Jan"]), ("PERSON", "Gülşen Aydın", ["Aydin"]), ("ADDRESS", "7339 AN", ["7339 AN"]), ("DOB", "02-11-1971", ["02-11-1971"]),
         ("BSN", "187345296", ["187345296"]), ("ADDRESS", "Sparrenlaan 9", ["Sparrenlaan"])]))

A(Doc("sh18_scan_fax_cjib", [], mode="scan", scan=[
    ("s", "FAX  20-05-2025 14:02   CJIB Leeuwarden   p. 1/1"),
    ("h", "Centraal Justitieel Incassobureau"),
    "Aan: gemeente Apeldoorn, Team Schuldhulpverlening",
    "Ter attentie van: mevrouw I. ter Brugge",
    "",
    "Betreft: betalingsregeling Yasmina El Khatib-Verhoef",
    "CJIB-nummer 2025 0091 4417 3302",
    "",
    "Wij gaan akkoord met een betalingsregeling van 12 termijnen",
    "van EUR 49,83. De verhoging wordt niet toegepast zolang",
    "de termijnen tijdig worden voldaan.",
    "",
    "Met vriendelijke groet,",
    "Romy Achterberg, medewerker Klantcontact",
    ], producer="Xerox WorkCentre 7845 Scan", creator="Xerox WorkCentre 7845",
    ocr=[("PERSON", "Ilse ter Brugge", ["Brugge", "I. ter Brugge"]), ("PERSON", "Yasmina El Khatib-Verhoef", ["Yasmina", "Khatib"]),
         ("PERSON", "Romy Achterberg", ["Achterberg", "Romy Achterberg"]), ("PERSON", "El Khatib-Verhoef", ["Khatib-Verhoef"])]))

A(Doc("sh19_aanmeldformulier", ["#Aanmeldformulier schuldhulpverlening (digitaal)",
    "Gemeente Apeldoorn - Team Schuldhulpverlening - schuldhulp@apeldoorn.nl - 14 055",
    "Ingevuld via het e-loket op 9 januari 2026. Zaaknummer SHV-2026-0071."], mode="form",
    form=[("naam", "Naam aanvrager", "Małgorzata Wiśniewska"), ("bsn", "BSN", "312908471"),
          ("geb", "Geboortedatum", "23-07-1990"), ("adres", "Adres", "Zwaluwstraat 63A, 7323 PK Apeldoorn"),
          ("tel", "Telefoonnummer", "06-44102287"), ("mail", "E-mailadres", "gosia.wisniewska@outlook.com"),
          ("werk", "Werkgever", "Albert Heijn DC Apeldoorn, orderpicker"),
          ("inkomen", "Netto inkomen per maand", "EUR 1.744"),
          ("schuld", "Geschatte schulden", "EUR 9.300 (Menzis, CJIB, creditcard)"),
          ("gezin", "Huishouden", "alleenstaand, broer Tomasz woont tijdelijk in"),
          ("gezondheid", "Gezondheid (optioneel)", "angststoornis, in behandeling")],
    keep_tail=["Uw gegevens worden verwerkt volgens de AVG en de Wet gemeentelijke schuldhulpverlening.",
               "Privacyverklaring: www.apeldoorn.nl/privacy. Vragen? Bel 14 055."],
    producer="ReportLab PDF Library - www.reportlab.com", creator="e-loket Apeldoorn (Formulierenserver 3.8)",
    hidden=[("annotations", "PERSON", "Małgorzata Wiśniewska", ["Małgorzata Wiśniewska", "Tomasz"]),
            ("annotations", "BSN", "312908471", ["312908471"]),
            ("annotations", "DOB", "23-07-1990", ["23-07-1990"]),
            ("annotations", "ADDRESS", "Zwaluwstraat 63A", ["Zwaluwstraat 63A"]),
            ("annotations", "PHONE", "06-44102287", ["06-44102287"]),
            ("annotations", "EMAIL", "gosia.wisniewska@outlook.com", ["gosia.wisniewska@outlook.com"]),
            ("annotations", "HEALTH", "angststoornis", ["angststoornis"]),
            ("annotations", "INCOME", "EUR 1.744", ["EUR 1.744"])],
    keep=[("LAW", ["AVG"]), ("URL", ["www.apeldoorn.nl/privacy"])]))

A(Doc("sh20_teamoverleg", [
    ("h", "Verslag teamoverleg Schuldhulpverlening"),
    "Datum: 10 juli 2025, 09.30-11.00 uur | Locatie: Stadhuis, kamer 3.08 en via Microsoft Teams | Notulist: MvdH",
    ("table", [["Naam", "Functie", "Aanwezig"],
               ["Fenna Oudejans-Kroeze (voorzitter)", "teamleider", "ja"],
               ["Ruud Bakhuis", "schuldhulpverlener", "nee (afwezig)"],
               ["Ilse ter Brugge", "budgetcoach", "ja"],
               ["Gülşen Aydın", "schuldhulpverlener / beleid", "ja (Teams)"],
               ["Bas Nijenhuis", "beleidsmedewerker armoede", "ja"],
               ["Marco van den Heuvel", "adviseur bedrijfsvoering", "ja"]], [190, 170, 110]),
    ("h", "1. Wachtlijst"),
    "Stand 54. Inhuur Zwartjes Budgetcoaching werkt: 20 dossiers overgedragen. Fenna wil verlenging tot 31 december 2025.",
    ("h", "2. Klacht KL-2026-022"),
    "Hoorgesprek heeft op 3 juli plaatsgevonden. Ruud is tot nader order niet ingeroosterd voor intakes; afspraken met "
    "P&amp;O lopen. Dossiers van Ruud worden verdeeld over Gülşen en Ilse. Niet verder bespreken in teamverband.",
    ("h", "3. Vroegsignalering"),
    "Gülşen bereidt de uitbreiding met Eneco voor; convenant met Vitens ligt bij de wethouder.",
    ("pb",), ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Wanneer"],
               ["25-31", "verlenging inhuur externe budgetcoach voorbereiden", "FOK", "1 aug"],
               ["25-32", "herverdeling dossiers RBa", "ItB / GAy", "15 jul"],
               ["25-33", "concept convenant Eneco", "GAy", "1 sep"],
               ["25-34", "mandaatregister bijwerken", "MvdH", "1 aug"]], [40, 260, 80, 70]),
    ] + MOT, mode="docx", author="Marco van den Heuvel",
    keep=[("ORG", ["P&O"]), ("CASE", ["25-31", "25-33"]), ("PROGRAM", ["convenant"])]))
