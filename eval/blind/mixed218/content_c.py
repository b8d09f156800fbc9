"""Set TX, documents tx23-tx33."""
from lib import Doc, K, R

DOCS = []

# ---------------------------------------------------------------- tx23 driver's own statement
DOCS.append(Doc(
    "tx23_verklaring_chauffeur", "Verklaring chauffeur over 11 juni",
    ["# Verklaring", "", "Ondergetekende:",
     "|Naam|Mehmet Yıldırım", "|Geboren|14-03-1979", "|Woonadres|Klaverweide 23, 3772 KP Barneveld",
     "|Telefoon|06-39 02 71 64", "|E-mail|mehmet.yildirim79@outlook.com", "",
     "verklaart het volgende over de controle op 11 juni 2026 aan de Stationsweg in Barneveld.",
     "Ik rijd sinds 2022 voor Valleitaxi B.V. In maart 2026 kreeg ik een brief dat mijn VOG moest worden "
     "vernieuwd. Ik heb op 4 april een nieuwe VOG aangevraagd bij Justis (aanvraagnummer VOG-NP-2026-448172). "
     "Ik heb dit aan de planning gemeld. Mijn werkgever zei dat ik kon blijven rijden.",
     "Ik had op 11 juni mijn telefoon in de hand omdat de planner, Sandra, belde over een gewijzigde route. "
     "Dat had ik niet moeten doen. Ik heb de kinderen nooit in gevaar gebracht.",
     "Ik ben sinds mei onder behandeling bij de huisarts voor slaapproblemen door ploegendiensten; dat heb ik "
     "in mei aan de heer Brouwer verteld.",
     "Mijn raadsman is mr. Özlem Kaya-Demir, Kaya Advocaten, Arnhem.", "",
     "Barneveld, 22 juni 2026", "", "@@M. Yildirim", "(handtekening)"],
    [R("PERSON", "Mehmet Yıldırım", "Mehmet Yıldırım"), R("DOB", "14-03-1979"),
     R("ADDRESS", "Klaverweide 23, 3772 KP Barneveld", "Klaverweide 23", "3772 KP"), R("PHONE", "06-39 02 71 64"),
     R("EMAIL", "mehmet.yildirim79@outlook.com"), R("ID", "VOG-NP-2026-448172"), R("PERSON", "Sandra Wolters", "Sandra"),
     R("HEALTH", "slaapproblemen"), R("PERSON", "Henk-Jan Brouwer", "Brouwer"),
     R("PERSON", "Özlem Kaya-Demir", "Özlem Kaya-Demir"), R("SIGNATURE", "M. Yildirim", "M. Yildirim")],
    [K("STREET", "Stationsweg"), K("ORG", "Valleitaxi B.V."), K("ORG", "Justis"), K("ORG", "Kaya Advocaten"),
     K("PLACE", "Arnhem"), K("TERM", "huisarts"), K("TERM", "raadsman")],
    font="dv", creator="Microsoft Word 2016", producer="Microsoft® Word 2016"))

# ---------------------------------------------------------------- tx24 mail thread with ILT and Kiwa
DOCS.append(Doc(
    "tx24_mail_ilt_kiwa", "RE: melding chauffeur zonder geldige VOG - Valleitaxi",
    ["Van: Taxi ILT <taxi@ilent.nl>", "Verzonden: dinsdag 16 juni 2026 11:18",
     "Aan: Oosterveld-Kamp, Mirjam <m.oosterveld@rbl-foodvalley.nl>",
     "CC: 'Ricardo Zandbergen' <r.zandbergen@kiwa.nl>",
     "Onderwerp: RE: melding chauffeur zonder geldige VOG - Valleitaxi", "",
     "Geachte mevrouw Oosterveld-Kamp,", "",
     "Dank voor uw melding. De ILT heeft de melding geregistreerd onder ILT-2026/MLD/09921 en plant een "
     "bedrijfsinspectie bij Valleitaxi B.V. De behandelend inspecteur is mevrouw Dekker-Haverkort; zij neemt "
     "contact met u op voor het opvragen van de ritgegevens.",
     "Wij kunnen u geen inzage geven in gegevens van de chauffeur uit het register; daarvoor verwijzen wij naar "
     "Kiwa Register.", "",
     "Met vriendelijke groet,", "", "Team Taxi en Personenvervoer", "Inspectie Leefomgeving en Transport",
     "088 489 00 00", "", "---",
     "Van: Zandbergen, Ricardo <r.zandbergen@kiwa.nl>", "Verzonden: maandag 15 juni 2026 15:47",
     "Aan: Oosterveld-Kamp, Mirjam", "Onderwerp: kaartstatus CK 4401 8273 65", "",
     "> Beste Mirjam,",
     "> Zoals telefonisch besproken: de kaart is per 20 juni ingetrokken. Een nieuwe kaart kan worden "
     "aangevraagd zodra de VOG er is. Bel me gerust op 088 998 41 36 of mobiel 0031 6 48 27 19 03.",
     "> Groet, Ricardo", "> Ricardo Zandbergen | Registerbeheer chauffeurskaarten | Kiwa Register B.V.", "",
     "---",
     "Van: Oosterveld-Kamp, Mirjam", "Verzonden: maandag 15 juni 2026 09:02",
     "Aan: taxi@ilent.nl; info@kiwaregister.nl", "Onderwerp: melding chauffeur zonder geldige VOG - Valleitaxi", "",
     "> Geachte heer, mevrouw,",
     "> Hierbij meld ik dat op 11 juni een chauffeur van Valleitaxi B.V. (taxivergunning TX-114572) zonder "
     "geldige VOG leerlingen heeft vervoerd. Het gaat om de heer M. Yıldırım, kaartnummer CK 4401 8273 65.",
     "> Mirjam Oosterveld-Kamp, contractmanager RBL Foodvalley, 06-41 27 93 58"],
    [R("PERSON", "Mirjam Oosterveld-Kamp", "Oosterveld-Kamp", "Mirjam"), R("EMAIL", "m.oosterveld@rbl-foodvalley.nl"),
     R("PERSON", "Ricardo Zandbergen", "Ricardo Zandbergen", "Zandbergen, Ricardo", "Ricardo"),
     R("EMAIL", "r.zandbergen@kiwa.nl"), R("PERSON", "M.C. Dekker-Haverkort", "Dekker-Haverkort"),
     R("PHONE", "088 998 41 36"), R("PHONE", "0031 6 48 27 19 03"), R("PERSON", "Mehmet Yıldırım", "M. Yıldırım"),
     R("ID", "CK 4401 8273 65"), R("PHONE", "06-41 27 93 58")],
    [K("EMAIL_FUNCTIONAL", "taxi@ilent.nl"), K("EMAIL_FUNCTIONAL", "info@kiwaregister.nl"),
     K("CASE", "ILT-2026/MLD/09921"), K("ORG", "Valleitaxi B.V."), K("ORG", "Kiwa Register"),
     K("ORG", "Inspectie Leefomgeving en Transport"), K("PHONE_GENERAL", "088 489 00 00"), K("CASE", "TX-114572"),
     K("ORG", "Team Taxi en Personenvervoer"), K("TITLE", "contractmanager"), K("ORG", "RBL Foodvalley"),
     K("TERM", "Registerbeheer chauffeurskaarten")],
    font="dv", size=9.5, creator="Microsoft Outlook 16.0", producer="Microsoft: Print To PDF"))

# ---------------------------------------------------------------- tx25 timeline draft with sticky notes
DOCS.append(Doc(
    "tx25_tijdlijn_concept", "Tijdlijn voorvallen Valleitaxi (concept)",
    ["# Tijdlijn voorvallen Valleitaxi B.V. - perceel 2 (concept)", "Opgesteld door RBL Foodvalley voor de "
     "beslisnota aan de wethouder.", "",
     "|!Datum|Gebeurtenis|Bron",
     "|1 september 2025|start schooljaar, perceel 2 gegund aan Valleitaxi B.V.|overeenkomst RBL-2024-LV-03",
     "|14 april 2026|eerste klacht over te laat komen, route B-05|KL-2026-0098",
     "|19 mei 2026|leerlingen route B-07 niet opgehaald|KL-2026-0147",
     "|20 mei 2026|schriftelijke vragen raadslid Dijkhuizen|RV-2026-044",
     "|11 juni 2026|politiecontrole Stationsweg, chauffeur zonder geldige VOG|PL0600-2026118734-1",
     "|25 juni 2026|contractoverleg, boete EUR 2.500|verslag 25 juni",
     "|7 juli 2026|bedrijfsinspectie ILT|ILT-2026/PV/31877",
     "|8 juli 2026|ingebrekestelling|RBL/CM/2026-240", "",
     "De opmerkingen van de collega's staan in de notities bij dit document en worden verwerkt in de definitieve "
     "versie."],
    [R("PERSON", "Jeroen ter Beek", "Jeroen ter Beek", ch="annotations"),
     R("PERSON", "Bas Roelofsen", "B. Roelofsen", ch="annotations"),
     R("PERSON", "Linda Hogenkamp", "Hogenkamp", ch="annotations"),
     R("PHONE", "06-22 90 14 68", ch="annotations"),
     R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff", ch="annotations"),
     R("PERSON", "Fatima el Amrani", "Fatima el Amrani", ch="annotations"),
     R("PERSON", "Karim Bouzid", "Karim Bouzid", ch="annotations"),
     R("PERSON", "Mirjam Oosterveld-Kamp", "Mirjam Oosterveld-Kamp", ch="annotations"),
     R("PERSON", "Henk-Jan Brouwer", "Henk-Jan Brouwer", ch="annotations")],
    [K("ORG", "Valleitaxi B.V."), K("ORG", "RBL Foodvalley"), K("CASE", "RBL-2024-LV-03"), K("CASE", "KL-2026-0098"),
     K("CASE", "KL-2026-0147"), K("PUBLIC", "raadslid Dijkhuizen", "Dijkhuizen"), K("CASE", "RV-2026-044"),
     K("CASE", "PL0600-2026118734-1"), K("CASE", "ILT-2026/PV/31877"), K("CASE", "RBL/CM/2026-240"),
     K("STREET", "Stationsweg"), K("AMOUNT", "EUR 2.500")],
    font="helv", size=9.5, creator="Microsoft Word for Microsoft 365", producer="Adobe PDF Library 23.1.175",
    annots=[(0, "Jeroen ter Beek", "Klacht van mevrouw Hogenkamp van 19 mei ook als tweede klacht registreren?"),
            (0, "B. Roelofsen", "Graag bellen over de routes: 06-22 90 14 68 (Jeroen)"),
            (0, "Juridische Zaken", "Ingebrekestelling afgestemd met W. van 't Hoff op 7 juli."),
            (0, "Fatima el Amrani", "Wethouder wil ook de datum van het gesprek met Karim Bouzid erbij."),
            (0, "Mirjam Oosterveld-Kamp", "Boete 25 juni: akkoord Henk-Jan Brouwer nog niet ontvangen.")]))

# ---------------------------------------------------------------- tx26 complaint handling report with outline
DOCS.append(Doc(
    "tx26_klachtafhandeling_rapport", "Rapportage klachtafhandeling perceel 2",
    ["# Rapportage klachtafhandeling leerlingenvervoer perceel 2", "RBL Foodvalley | periode april-juni 2026", "",
     "## 1. Samenvatting",
     "In de periode april-juni 2026 zijn elf klachten over Valleitaxi B.V. ontvangen. Zeven klachten zijn "
     "gegrond verklaard. De gemiddelde afhandeltermijn was negen werkdagen; de norm in de klachtenregeling is "
     "tien werkdagen.",
     "## 2. Klachten naar categorie",
     "|!Categorie|Aantal|Gegrond", "|te laat of niet opgehaald|6|5", "|rijgedrag chauffeur|3|1",
     "|bejegening|2|1", "",
     "## 3. Opvallende dossiers",
     "KL-2026-0147: een leerling van SBO De Wingerd werd tweemaal niet opgehaald. De moeder heeft ook het "
     "raadslid benaderd. Gegrond. De vervoerder heeft excuses aangeboden.",
     "KL-2026-0163: klacht van drie ouders tegelijk (via de appgroep) over route B-07. Gegrond.",
     "KL-2026-0171: klacht over het niet vastzetten van een rolstoel. Gegrond; de chauffeur volgt een cursus.",
     "~~", "## 4. Maatregelen",
     "Valleitaxi B.V. zet vanaf 1 september vaste chauffeurs en een vaste bijrijder in op de routes B-05 en "
     "B-07. Het RBL controleert maandelijks de chauffeurskaarten via Kiwa Register.",
     "## 5. Behandelaars",
     "De klachten zijn behandeld door de klachtencoördinator van het RBL. Vragen: klachten@rbl-foodvalley.nl."],
    [R("PERSON", "Jeroen ter Beek", "Jeroen ter Beek", ch="outline"),
     R("PERSON", "Linda Hogenkamp", "Hogenkamp", ch="outline"),
     R("PERSON", "Petra Zwartjes-Mulder", "Zwartjes-Mulder", ch="outline"),
     R("PERSON", "Karim Bouzid", "Karim Bouzid", ch="outline"), R("PERSON", "Bas Roelofsen", "Bas Roelofsen", ch="outline")],
    [K("ORG", "RBL Foodvalley"), K("ORG", "Valleitaxi B.V."), K("CASE", "KL-2026-0147"), K("CASE", "KL-2026-0163"),
     K("CASE", "KL-2026-0171"), K("ORG", "SBO De Wingerd"), K("ORG", "Kiwa Register"),
     K("EMAIL_FUNCTIONAL", "klachten@rbl-foodvalley.nl"), K("TITLE", "klachtencoördinator"), K("CASE", "B-07")],
    font="dv", creator="Microsoft Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365",
    outline=[("1. Samenvatting", 0), ("3. Dossier Hogenkamp (KL-2026-0147)", 0),
             ("3. Dossier Zwartjes-Mulder (KL-2026-0171)", 0), ("5. Behandelaar: Jeroen ter Beek", 1), ("Bijlage: mail Karim Bouzid 3 juni", 1),
             ("Bijlage: notitie Bas Roelofsen", 1)]))

# ---------------------------------------------------------------- tx27 complaints register (docx)
DOCS.append(Doc(
    "tx27_klachtenregister", "Klachtenregister leerlingenvervoer 2026",
    ["# Klachtenregister leerlingenvervoer 2026 - perceel 2 (uittreksel)", "",
     "|!Nummer|Datum|Melder|Leerling|Route|Status",
     "|KL-2026-0098|14-04-2026|J. van Ravenswaaij|Thijs van Ravenswaaij|B-05|gegrond",
     "|KL-2026-0121|02-05-2026|K. Bouzid|Yasmina Bouzid|B-09|gegrond",
     "|KL-2026-0147|19-05-2026|L. Hogenkamp|Sem Hogenkamp|B-07|gegrond",
     "|KL-2026-0163|20-05-2026|ouders appgroep|diverse|B-07|gegrond",
     "|KL-2026-0171|03-06-2026|P. Zwartjes-Mulder|Lotte Zwartjes|B-07|gegrond",
     "|KL-2026-0180|09-06-2026|D. Fonteijn|Mila Fonteijn|B-03|ongegrond",
     "|KL-2026-0184|12-06-2026|M. Brinkhorst|Noah Brinkhorst|B-07|in behandeling",
     "|KL-2026-0190|16-06-2026|E. Ouédraogo|Awa Ouédraogo|B-11|gegrond",
     "|KL-2026-0197|22-06-2026|S. van der Heijden-Mol|Finn van der Heijden|B-12|ongegrond", "",
     "Registratie en afhandeling door de klachtencoördinator. Bewaartermijn: twee jaar na afhandeling "
     "(Archiefwet 1995, selectielijst gemeenten)."],
    [R("PERSON", "Joke van Ravenswaaij", "J. van Ravenswaaij"), R("PERSON", "Thijs van Ravenswaaij", "Thijs van Ravenswaaij"),
     R("PERSON", "Karim Bouzid", "K. Bouzid"), R("PERSON", "Yasmina Bouzid", "Yasmina Bouzid"),
     R("PERSON", "Linda Hogenkamp", "L. Hogenkamp"), R("PERSON", "Sem Hogenkamp", "Sem Hogenkamp"),
     R("PERSON", "Petra Zwartjes-Mulder", "P. Zwartjes-Mulder"), R("PERSON", "Lotte Zwartjes", "Lotte Zwartjes"),
     R("PERSON", "D. Fonteijn", "D. Fonteijn"), R("PERSON", "Mila Fonteijn", "Mila Fonteijn"),
     R("PERSON", "M. Brinkhorst", "M. Brinkhorst"), R("PERSON", "Noah Brinkhorst", "Noah Brinkhorst"),
     R("PERSON", "E. Ouédraogo", "E. Ouédraogo"), R("PERSON", "Awa Ouédraogo", "Awa Ouédraogo"),
     R("PERSON", "S. van der Heijden-Mol", "S. van der Heijden-Mol"), R("PERSON", "Finn van der Heijden", "Finn van der Heijden")],
    [K("CASE", "KL-2026-0098"), K("CASE", "KL-2026-0121"), K("CASE", "KL-2026-0147"), K("CASE", "KL-2026-0163"),
     K("CASE", "KL-2026-0171"), K("CASE", "KL-2026-0180"), K("CASE", "KL-2026-0184"), K("CASE", "KL-2026-0190"), K("CASE", "KL-2026-0197"), K("CASE", "B-11"), K("CASE", "B-12"), K("LAW", "Archiefwet 1995"), K("CASE", "B-07"),
     K("TERM", "klachtencoördinator"), K("TERM", "ouders appgroep")],
    kind="docx", size=9.5, creator="Writer", producer="LibreOffice 7.6"))

# ---------------------------------------------------------------- tx28 legal advice (docx, Author)
DOCS.append(Doc(
    "tx28_juridisch_advies", "Juridisch advies ontbinding overeenkomst Valleitaxi",
    ["# Juridisch advies", "Aan: team Onderwijs en Jeugd, t.a.v. F. el Amrani",
     "Van: team Juridische Zaken", "Datum: 6 juli 2026", "Zaak: Z/26/118204", "",
     "## Vraag", "Kan de gemeente (via het RBL) de overeenkomst RBL-2024-LV-03 met Valleitaxi B.V. ontbinden?",
     "## Advies",
     "Ontbinding vereist een tekortkoming die de ontbinding rechtvaardigt (artikel 6:265 Burgerlijk Wetboek) en, "
     "tenzij nakoming blijvend onmogelijk is, verzuim. Verzuim ontstaat pas na een ingebrekestelling met een "
     "redelijke termijn. Het inzetten van een chauffeur zonder geldige VOG is ernstig, maar eenmalig en "
     "inmiddels hersteld. De klachten over te laat komen zijn structureel. Wij adviseren eerst in gebreke te "
     "stellen met een termijn tot 1 oktober 2026.",
     "Een boete op grond van artikel 15.2 kan daarnaast worden opgelegd. Let op de jurisprudentie van het "
     "Gerechtshof Arnhem-Leeuwarden over proportionaliteit bij ontbinding van vervoerscontracten.",
     "## Risico's",
     "Valleitaxi B.V. kan schadevergoeding vorderen als de ontbinding onterecht blijkt. De heer Brouwer heeft "
     "laten weten zich te laten bijstaan door een advocaat.", "",
     "mr. W. van 't Hoff, jurist", "Cc: A.J. de Vries-Brink, teamleider"],
    [R("PERSON", "Fatima el Amrani", "F. el Amrani"), R("PERSON", "Henk-Jan Brouwer", "Brouwer"),
     R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff"), R("PERSON", "Anneke de Vries-Brink", "A.J. de Vries-Brink"),
     R("PERSON", "Wouter van 't Hoff (metadata)", "Wouter van 't Hoff", ch="metadata")],
    [K("CASE", "Z/26/118204"), K("CASE", "RBL-2024-LV-03"), K("ORG", "Valleitaxi B.V."),
     K("LAW", "Burgerlijk Wetboek"), K("ORG", "Gerechtshof Arnhem-Leeuwarden"), K("ORG", "team Juridische Zaken"),
     K("TERM", "ingebrekestelling"), K("TITLE", "jurist"), K("ORG", "RBL")],
    kind="docx", author="Wouter van 't Hoff", creator="Writer", producer="LibreOffice 7.6"))

# ---------------------------------------------------------------- tx29 conversation report parents (docx, XMP)
DOCS.append(Doc(
    "tx29_gespreksverslag_ouders", "Gespreksverslag ouders route B-07",
    ["# Gespreksverslag", "Gesprek met ouders van leerlingen op route B-07", "Datum: 3 juli 2026, 19.30 uur",
     "Locatie: SBO De Wingerd, Kerkweg 12, Barneveld", "",
     "Aanwezig: mevrouw L. Hogenkamp, mevrouw P. Zwartjes-Mulder, de heer K. Bouzid, mevrouw J. van "
     "Ravenswaaij (grootmoeder), namens het RBL de klachtencoördinator en namens Valleitaxi B.V. de heer "
     "H.J. Brouwer.", "",
     "## Besproken",
     "Mevrouw Hogenkamp vertelt dat haar zoon sinds de incidenten niet meer in de taxi wil stappen. Hij is "
     "aangemeld bij Karakter kinder- en jeugdpsychiatrie. De heer Brouwer biedt excuses aan.",
     "Mevrouw Zwartjes-Mulder vraagt om een bijrijder die haar dochter kent. Valleitaxi zegt toe dat "
     "mevrouw Stroet vanaf 1 september vaste bijrijder op B-07 wordt.",
     "De heer Bouzid vraagt of de chauffeur van 11 juni terugkomt. Dat is niet het geval op deze route.",
     "## Afspraken",
     "1. Vanaf 1 september vaste chauffeur (de heer Hazeleger) en vaste bijrijder op B-07.",
     "2. Bij vertraging van meer dan tien minuten belt de centrale de ouders (0342 - 40 40 40).",
     "3. Evaluatie in november met de ouders."],
    [R("PERSON", "Linda Hogenkamp", "L. Hogenkamp", "Hogenkamp"),
     R("PERSON", "Petra Zwartjes-Mulder", "P. Zwartjes-Mulder", "Zwartjes-Mulder"),
     R("PERSON", "Karim Bouzid", "K. Bouzid", "Bouzid"), R("PERSON", "Joke van Ravenswaaij", "J. van Ravenswaaij"),
     R("PERSON", "Henk-Jan Brouwer", "H.J. Brouwer", "Brouwer"),
     R("HEALTH", "aangemeld bij Karakter kinder- en jeugdpsychiatrie", "kinder- en jeugdpsychiatrie"),
     R("PERSON", "Wilma Stroet", "Stroet"), R("PERSON", "Gerrit Jan Hazeleger", "Hazeleger"),
     R("PERSON", "Jeroen ter Beek", "Jeroen ter Beek", ch="metadata")],
    [K("ORG", "SBO De Wingerd"), K("ADDRESS_PUBLIC", "Kerkweg 12"), K("ORG", "Valleitaxi B.V."), K("ORG", "RBL"),
     K("PHONE_GENERAL", "0342 - 40 40 40"), K("CASE", "B-07"), K("TITLE", "klachtencoördinator"),
     K("TERM", "vaste bijrijder")],
    kind="docx", xmp_creator="Jeroen ter Beek", creator="Writer", producer="LibreOffice 7.6"))

# ---------------------------------------------------------------- tx30 attendance list scan with signatures
DOCS.append(Doc(
    "tx30_presentielijst_scan", "Scan presentielijst ouderavond",
    ["# Presentielijst ouderavond leerlingenvervoer", "SBO De Wingerd, 3 juli 2026", "",
     "|!Naam|Relatie|Handtekening",
     "|L. Hogenkamp|moeder|@Hogenkamp", "|P. Zwartjes-Mulder|moeder|@Zwartjes",
     "|K. Bouzid|vader|@Bouzid", "|J. van Ravenswaaij|oma|@Ravenswaaij", "|H.J. Brouwer|Valleitaxi B.V.|@Brouwer", "|W. Stroet|bijrijder|@Stroet", "|M. Brinkhorst|vader|@Brinkhorst", "",
     "Lijst ingenomen door: J. ter Beek (RBL)"],
    [R("PERSON", "Linda Hogenkamp", "Hogenkamp", ocr=True), R("PERSON", "Petra Zwartjes-Mulder", "Zwartjes-Mulder", ocr=True),
     R("PERSON", "Karim Bouzid", "Bouzid", ocr=True), R("PERSON", "Joke van Ravenswaaij", "Ravenswaaij", ocr=True),
     R("PERSON", "Henk-Jan Brouwer", "Brouwer", ocr=True), R("PERSON", "Jeroen ter Beek", "ter Beek", ocr=True),
     R("PERSON", "Wilma Stroet", "Stroet", ocr=True), R("PERSON", "M. Brinkhorst", "Brinkhorst", ocr=True)],
    [], font="helv", size=12, kind="scan", creator="Epson Scan 2", producer="Epson Scan 2 PDF", rotate=0.5))

# ---------------------------------------------------------------- tx31 Woo decision
DOCS.append(Doc(
    "tx31_woo_besluit", "Besluit op Woo-verzoek WOO-2026-0418",
    ["# Gemeente Ede", "Raadhuisplein 1 | Postbus 9022 | 6710 HK Ede | 14 0318", "",
     "Mevrouw D. Verschuur", "Oude Kerkstraat 41", "3771 CM Barneveld", "",
     "Datum: 12 oktober 2026 | Kenmerk: WOO-2026-0418 / Z/26/118204",
     "Onderwerp: besluit op uw verzoek om informatie over het leerlingenvervoer door Valleitaxi B.V.", "",
     "Geachte mevrouw Verschuur,", "",
     "## 1. Uw verzoek",
     "Op 2 september 2026 heeft u gevraagd om documenten over de uitvoering van het leerlingenvervoer door "
     "Valleitaxi B.V. in perceel 2. Op 28 september hebben wij de beslistermijn met twee weken verdaagd.",
     "## 2. Zienswijzen",
     "Valleitaxi B.V., Kiwa Register, de ILT en vier ouders zijn in de gelegenheid gesteld een zienswijze te "
     "geven. Valleitaxi B.V. vroeg om weglating van bedrijfsgegevens in het verbeterplan; dat verzoek wijzen "
     "wij af, behalve voor de tarieven per rit (artikel 5.1, eerste lid, onder c, Woo).",
     "## 3. Besluit",
     "Wij maken de documenten op de inventarislijst deels openbaar. Persoonsgegevens van ouders, leerlingen, "
     "chauffeurs en medewerkers zijn weggelakt op grond van artikel 5.1, tweede lid, onder e, Woo (5.1.2e). "
     "Gezondheidsgegevens van leerlingen en van de chauffeur zijn weggelakt op grond van artikel 5.1, eerste "
     "lid, onder d, Woo (5.1.1d). Het burgerservicenummer is weggelakt (5.1.1e).", "~~",
     "## 4. Namen van bestuurders",
     "De namen van wethouder Stokkink, burgemeester Van Lohuizen en raadslid Dijkhuizen maken wij openbaar: "
     "zij treden in hun functie in de openbaarheid. Ook de naam van de gemeentesecretaris, die het antwoord op "
     "de raadsvragen ondertekende, is openbaar.",
     "## 5. Informatie die niet openbaar gemaakt kan worden",
     "Zie de inventarislijst voor de per document toegepaste gronden.",
     "## Motivering",
     "Het belang van openbaarheid weegt niet op tegen de bescherming van de persoonlijke levenssfeer van de "
     "betrokkenen. In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden "
     "geanonimiseerd.", "",
     "Bezwaar: binnen zes weken na verzending bij het college van burgemeester en wethouders van Ede.", "",
     "Hoogachtend,", "burgemeester en wethouders van Ede,", "namens dezen,", "",
     "A.J. de Vries-Brink", "teamleider Onderwijs en Jeugd", "",
     "Behandeld door: mr. W. van 't Hoff, w.vanthoff@ede.nl; algemeen: woo@ede.nl"],
    [R("PERSON", "Daniëlle Verschuur", "D. Verschuur", "Verschuur"),
     R("ADDRESS", "Oude Kerkstraat 41", "Oude Kerkstraat 41", "3771 CM Barneveld"),
     R("PERSON", "Anneke de Vries-Brink", "A.J. de Vries-Brink"), R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff"),
     R("EMAIL", "w.vanthoff@ede.nl")],
    [K("ORG", "Gemeente Ede"), K("CASE", "WOO-2026-0418"), K("CASE", "Z/26/118204"), K("ORG", "Valleitaxi B.V."),
     K("ORG", "Kiwa Register"), K("ORG", "ILT"), K("PUBLIC", "wethouder Stokkink", "Stokkink"),
     K("PUBLIC", "burgemeester Van Lohuizen", "Van Lohuizen"), K("PUBLIC", "raadslid Dijkhuizen", "Dijkhuizen"),
     K("GROUND", "5.1.2e"), K("GROUND", "5.1.1d"), K("GROUND", "5.1.1e"), K("EMAIL_FUNCTIONAL", "woo@ede.nl"),
     K("PHONE_GENERAL", "14 0318"), K("TITLE", "teamleider Onderwijs en Jeugd"),
     K("HEADING", "Informatie die niet openbaar gemaakt kan worden"), K("TERM", "inventarislijst")],
    font="dv", creator="Corsa 7.2 (Decos JOIN)", producer="Aspose.PDF for .NET 23.4"))

# ---------------------------------------------------------------- tx32 inventory list
INV = [("tx01", "Woo-verzoek", "02-09-2026", "deels openbaar", "5.1.2e"),
       ("tx03", "Uittreksel chauffeurskaart", "12-06-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
       ("tx04", "E-mail RBL - Valleitaxi", "12-06-2026", "deels openbaar", "5.1.2e"),
       ("tx06", "Klacht ouder per e-mail", "19-05-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
       ("tx07", "Klachtbrief ouder (scan)", "03-06-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
       ("tx09", "Reactie Valleitaxi", "18-06-2026", "deels openbaar", "5.1.2e"),
       ("tx10", "Proces-verbaal politie", "11-06-2026", "deels openbaar", "5.1.2e, 5.1.2d"),
       ("tx11", "Verslag contractoverleg", "25-06-2026", "deels openbaar", "5.1.2e"),
       ("tx14", "Chauffeurslijst", "30-06-2026", "deels openbaar", "5.1.2e"),
       ("tx15", "Factuur zzp-chauffeur", "30-06-2026", "deels openbaar", "5.1.2e"),
       ("tx17", "Beslisnota", "02-07-2026", "deels openbaar", "5.1.2e"),
       ("tx18", "Persbericht", "09-07-2026", "openbaar", "-"),
       ("tx19", "Inspectierapport ILT", "14-07-2026", "deels openbaar", "5.1.2e"),
       ("tx23", "Verklaring chauffeur", "22-06-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
       ("tx33", "Verbeterplan Valleitaxi", "30-06-2026", "deels openbaar", "5.1.1c, 5.1.2e")]
DOCS.append(Doc(
    "tx32_inventarislijst", "Inventarislijst WOO-2026-0418",
    ["# Inventarislijst bij besluit WOO-2026-0418", "Gemeente Ede, 12 oktober 2026", "",
     "|!Nr.|Document|Datum|Beoordeling|Grond"] + [f"|{a}|{b}|{c}|{d}|{e}" for a, b, c, d, e in INV] +
    ["", "Toelichting: 5.1.1c bedrijfsgegevens; 5.1.1d gezondheid; 5.1.1e BSN; 5.1.2d opsporing en vervolging "
     "van strafbare feiten; 5.1.2e persoonlijke levenssfeer.", "Opgesteld door: WvtH",
     "Beoordeeld door: W. van 't Hoff en F. el Amrani (tweede lezer)"],
    [R("INITIALS", "WvtH", "WvtH"), R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff"),
     R("PERSON", "Fatima el Amrani", "F. el Amrani")],
    [K("CASE", "WOO-2026-0418"), K("ORG", "Gemeente Ede"), K("GROUND", "5.1.2e"), K("GROUND", "5.1.1d"),
     K("GROUND", "5.1.1c"), K("GROUND", "5.1.1e"), K("GROUND", "5.1.2d"), K("TERM", "deels openbaar"),
     K("TERM", "Verbeterplan Valleitaxi"), K("TERM", "Proces-verbaal politie"), K("TERM", "Inspectierapport ILT")],
    font="dvc", size=9.5, creator="Microsoft Excel 2019", producer="Microsoft® Excel® 2019"))

# ---------------------------------------------------------------- tx33 improvement plan
DOCS.append(Doc(
    "tx33_verbeterplan", "Verbeterplan Valleitaxi B.V. perceel 2",
    ["# Verbeterplan leerlingenvervoer perceel 2", "Valleitaxi B.V. | versie 1.0 | 30 juni 2026", "",
     "## 1. Vaste chauffeurs",
     "Vanaf 1 september rijden op elke route met leerlingen met een ondersteuningsbehoefte vaste chauffeurs. "
     "Route B-07: G.J. Hazeleger met bijrijder W. Stroet. Route B-05: P. Kromodimedjo. Route B-09: J. Çelik "
     "(na verlenging van de chauffeurskaart).",
     "## 2. Controle kaarten en VOG",
     "Planner Sandra Wolters controleert maandelijks alle chauffeurskaarten in het portaal van Kiwa Register "
     "en legt de vervaldata vast in het planningssysteem. Drie maanden voor het verlopen van een VOG wordt de "
     "aanvraag bij Justis gedaan. Niemand rijdt zonder geldige kaart.",
     "## 3. Communicatie met ouders",
     "De centrale is op schooldagen vanaf 06.30 uur bereikbaar op 0342 - 40 40 40. Bij vertraging van meer "
     "dan tien minuten krijgen ouders een sms via de Valleitaxi-app.",
     "## 4. Opleiding",
     "Alle chauffeurs volgen voor 1 oktober de cursus Vervoer van leerlingen met autisme en de cursus "
     "rolstoelvervoer van de Vervoersacademie.", "~~",
     "## 5. Tarieven en kosten",
     "De extra kosten van vaste bijrijders bedragen EUR 31.800 per schooljaar. Valleitaxi B.V. vraagt het RBL "
     "om een bijdrage van 50 procent.",
     "## 6. Contact",
     "Henk-Jan Brouwer, directeur-eigenaar, hj.brouwer@valleitaxi.nl, 06 53 81 22 09",
     "Planning: Sandra Wolters, s.wolters@valleitaxi.nl, 06-12 47 80 35", "",
     "Bijlage: overzicht chauffeurs perceel 2 (zie document van 30 juni)."],
    [R("PERSON", "Gerrit Jan Hazeleger", "G.J. Hazeleger"), R("PERSON", "Wilma Stroet", "W. Stroet"),
     R("PERSON", "Priscilla Kromodimedjo", "P. Kromodimedjo"), R("PERSON", "Jasmin Çelik", "J. Çelik"),
     R("PERSON", "Sandra Wolters", "Sandra Wolters"), R("PERSON", "Henk-Jan Brouwer", "Henk-Jan Brouwer"),
     R("EMAIL", "hj.brouwer@valleitaxi.nl"), R("PHONE", "06 53 81 22 09"), R("EMAIL", "s.wolters@valleitaxi.nl"),
     R("PHONE", "06-12 47 80 35")],
    [K("ORG", "Valleitaxi B.V."), K("CASE", "B-07"), K("CASE", "B-05"), K("CASE", "B-09"), K("ORG", "Kiwa Register"),
     K("ORG", "Justis"), K("PHONE_GENERAL", "0342 - 40 40 40"), K("PRODUCT", "Valleitaxi-app"),
     K("ORG", "Vervoersacademie"), K("AMOUNT", "EUR 31.800"), K("TITLE", "directeur-eigenaar"), K("ORG", "RBL"),
     K("TERM", "ondersteuningsbehoefte")],
    font="dv", creator="Microsoft Word 2019", producer="Microsoft® Word 2019"))

# ---------------------------------------------------------------- tx34 route sheet with pick-up addresses
DOCS.append(Doc(
    "tx34_rittenlijst_b07", "Rittenlijst route B-07 schooljaar 2026-2027",
    ["# Rittenlijst route B-07 - SBO De Wingerd (Kerkweg 12, Barneveld)",
     "Valleitaxi B.V. | ingang 1 september 2026 | chauffeur: G.J. Hazeleger (06-51 33 87 02) | bijrijder: "
     "W. Stroet", "",
     "|!Tijd|Leerling|Ophaaladres|Contact ouder|Bijzonderheden",
     "|07.35|Lotte Zwartjes|Lijsterbeslaan 10, Barneveld|P. Zwartjes-Mulder, 0342-41 87 26|rolstoel, achterin vastzetten",
     "|07.38|Sem Hogenkamp|Lijsterbeslaan 8, Barneveld|L. Hogenkamp, 06 19 84 50 27|vaste plek voorin, koptelefoon",
     "|07.46|Thijs van Ravenswaaij|Schoutenweg 3, Garderen|J. van Ravenswaaij (oma), 0577-46 12 88|stapt uit bij oma op woensdag",
     "|07.55|Noah Brinkhorst|Dorpsstraat 77a, Kootwijkerbroek|M. Brinkhorst, 06-83 55 01 42|epilepsie: noodmedicatie in tas",
     "|08.10|aankomst school|Kerkweg 12, Barneveld|centrale 0342 - 40 40 40|",
     "", "Bij afwezigheid melden vóór 07.00 uur bij de centrale: planning@valleitaxi.nl of 0342 - 40 40 40. "
     "Vervanging chauffeur alleen na akkoord van de planner (S. Wolters).",
     "Deze lijst bevat persoonsgegevens en blijft in de auto; niet fotograferen of delen."],
    [R("PERSON", "Gerrit Jan Hazeleger", "G.J. Hazeleger"), R("PHONE", "06-51 33 87 02"), R("PERSON", "Wilma Stroet", "W. Stroet"),
     R("PERSON", "Lotte Zwartjes", "Lotte Zwartjes"), R("ADDRESS", "Lijsterbeslaan 10"),
     R("PERSON", "Petra Zwartjes-Mulder", "P. Zwartjes-Mulder"), R("PHONE", "0342-41 87 26"), R("HEALTH", "rolstoel", "rolstoel"),
     R("PERSON", "Sem Hogenkamp", "Sem Hogenkamp"), R("ADDRESS", "Lijsterbeslaan 8"), R("PERSON", "Linda Hogenkamp", "L. Hogenkamp"),
     R("PHONE", "06 19 84 50 27"), R("PERSON", "Thijs van Ravenswaaij", "Thijs van Ravenswaaij"),
     R("ADDRESS", "Schoutenweg 3, Garderen", "Schoutenweg 3"), R("PERSON", "Joke van Ravenswaaij", "J. van Ravenswaaij"),
     R("PHONE", "0577-46 12 88"), R("PERSON", "Noah Brinkhorst", "Noah Brinkhorst"),
     R("ADDRESS", "Dorpsstraat 77a, Kootwijkerbroek", "Dorpsstraat 77a"), R("PERSON", "M. Brinkhorst", "M. Brinkhorst"),
     R("PHONE", "06-83 55 01 42"), R("HEALTH", "epilepsie", "epilepsie"), R("PERSON", "Sandra Wolters", "S. Wolters")],
    [K("ORG", "SBO De Wingerd"), K("ADDRESS_PUBLIC", "Kerkweg 12, Barneveld", "Kerkweg 12"), K("ORG", "Valleitaxi B.V."),
     K("PHONE_GENERAL", "0342 - 40 40 40"), K("EMAIL_FUNCTIONAL", "planning@valleitaxi.nl"), K("CASE", "B-07"),
     K("TERM", "aankomst school"), K("TERM", "bijrijder")],
    font="dvc", size=9, creator="Valleitaxi Planner 4 (TaxiTender)", producer="iText 7.1.16"))

# ---------------------------------------------------------------- tx35 mail school <-> RBL
DOCS.append(Doc(
    "tx35_mail_school_rbl", "RE: vervoer leerlingen na politiecontrole",
    ["Van: Directie SBO De Wingerd <directie@dewingerd-barneveld.nl>", "Verzonden: donderdag 11 juni 2026 10:48",
     "Aan: Beek, Jeroen ter <j.terbeek@rbl-foodvalley.nl>",
     "CC: Gerda Slingerland-Ţurcanu <g.slingerland@dewingerd-barneveld.nl>",
     "Onderwerp: RE: vervoer leerlingen na politiecontrole", "",
     "Beste Jeroen,", "",
     "De drie leerlingen zijn om 08.55 uur op school aangekomen. Onze intern begeleider, Gerda "
     "Slingerland, heeft hen opgevangen. Sem was erg overstuur en is door zijn moeder opgehaald. Thijs "
     "en Lotte hebben de dag op school afgemaakt.",
     "Wij willen graag dat de ouders vandaag nog door het RBL worden gebeld. De school heeft de ouders al "
     "een kort bericht gestuurd via Parro.", "",
     "Met vriendelijke groet,", "", "Hans Wijnbergen", "directeur SBO De Wingerd", "0342 - 41 22 00 (school) | 06-10 88 47 35",
     "", "---",
     "Van: Beek, Jeroen ter", "Verzonden: donderdag 11 juni 2026 09:25",
     "Aan: directie@dewingerd-barneveld.nl", "Onderwerp: vervoer leerlingen na politiecontrole", "",
     "> Geachte heer Wijnbergen,",
     "> Vanochtend is de taxi van route B-07 door de politie aan de kant gezet. Een vervangende chauffeur "
     "brengt de leerlingen nu naar school. Wilt u laten weten wanneer ze zijn aangekomen?",
     "> Met vriendelijke groet, Jeroen ter Beek, klachtencoördinator RBL Foodvalley, 0318 - 68 24 17"],
    [R("PERSON", "Jeroen ter Beek", "Beek, Jeroen ter", "Jeroen ter Beek", "Jeroen"), R("EMAIL", "j.terbeek@rbl-foodvalley.nl"),
     R("PERSON", "Gerda Slingerland-Ţurcanu", "Gerda Slingerland-Ţurcanu", "Gerda Slingerland"),
     R("EMAIL", "g.slingerland@dewingerd-barneveld.nl"), R("PERSON", "Sem Hogenkamp", "Sem"),
     R("PERSON", "Thijs van Ravenswaaij", "Thijs"), R("PERSON", "Lotte Zwartjes", "Lotte"),
     R("PERSON", "Hans Wijnbergen", "Hans Wijnbergen", "Wijnbergen"), R("PHONE", "06-10 88 47 35"),
     R("PHONE", "0318 - 68 24 17")],
    [K("EMAIL_FUNCTIONAL", "directie@dewingerd-barneveld.nl"), K("ORG", "SBO De Wingerd"), K("ORG", "RBL Foodvalley"),
     K("PRODUCT", "Parro"), K("PHONE_GENERAL", "0342 - 41 22 00"), K("CASE", "B-07"), K("TITLE", "intern begeleider"),
     K("TITLE", "klachtencoördinator"), K("ORG", "RBL")],
    font="dv", creator="Microsoft Outlook 16.0", producer="Microsoft: Print To PDF"))
