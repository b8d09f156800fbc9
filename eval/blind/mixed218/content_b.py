"""Set TX, documents tx12-tx22."""
from lib import Doc, K, R
from cast import iban

IB_PAS = iban("RABO", "0318274651")
IB_STR = iban("INGB", "0007482913")

DOCS = []

# ---------------------------------------------------------------- tx12 WhatsApp export parents
DOCS.append(Doc(
    "tx12_whatsapp_ouders", "WhatsApp-export groep Ouders taxi De Wingerd",
    ["WhatsApp-chat met Ouders taxi De Wingerd (export, toegevoegd aan klacht KL-2026-0163)", "",
     "[19-05-26 08:21] Linda H.: Weer geen taxi!! Sem staat al een half uur te wachten",
     "[19-05-26 08:23] Petra: Lotte ook niet opgehaald. Ik bel Valleitaxi",
     "[19-05-26 08:24] Petra: Niemand neemt op bij 0342 - 40 40 40",
     "[19-05-26 08:30] +31 6 38 12 90 44: Hier ook niks. Ik breng Yasmina zelf wel",
     "[19-05-26 08:31] Linda H.: Dank je Karim",
     "[19-05-26 08:47] Joke vR: Bij ons kwam Mehmet om 08.40, hij zei dat de planning was veranderd",
     "[19-05-26 08:49] Petra: Die Mehmet rijdt ook als een gek. Vorige week 70 op de Baron van Nagellstraat",
     "[19-05-26 09:02] Linda H.: Ik heb een klacht gestuurd naar klachten@rbl-foodvalley.nl",
     "[19-05-26 09:05] Joke vR: Zal ik het ook aan raadslid Dijkhuizen vragen? Die heeft een spreekuur",
     "[19-05-26 09:06] Petra: Goed idee! Zwartjes-Mulder is mijn achternaam als je ons wil noemen",
     "[19-05-26 09:10] Linda H.: Mijn nummer voor de raad: 06 19 84 50 27",
     "[20-05-26 17:40] Joke vR: Raadslid Dijkhuizen stelt schriftelijke vragen aan het college!",
     "[20-05-26 17:41] Linda H.: Top Joke",
     "[11-06-26 09:15] Petra: Politie heeft de taxi van Mehmet vanochtend aan de kant gezet bij de Stationsweg",
     "[11-06-26 09:16] Joke vR: Mijn kleinzoon Thijs zat erin, hij was helemaal in paniek",
     "[11-06-26 09:20] Petra: Ik heb Mirjam van het RBL gebeld, die wist het al",
     "[11-06-26 09:22] Linda H.: Wanneer grijpt wethouder Stokkink nou eens in",
     "[11-06-26 09:30] Marco B.: Noah zat er gelukkig niet in. Wie is eigenlijk die Pasveer die nu rijdt?",
     "[11-06-26 09:31] Petra: Ruud, aardige man, rijdt al jaren. Zijn vrouw Ineke doet de administratie",
     "[11-06-26 09:33] +31 6 38 12 90 44: Mijn mail voor de raad is k.bouzid@live.nl als iemand een brief opstelt",
     "[11-06-26 09:40] Marco B.: Ik zet het op Facebook, mijn nummer 06-83 55 01 42 mag erbij",
     "[11-06-26 09:41] Joke vR: Liever niet Marco, eerst het RBL laten reageren"],
    [R("PERSON", "Linda Hogenkamp", "Linda H.", "Linda"), R("PERSON", "Sem Hogenkamp", "Sem"),
     R("PERSON", "Petra Zwartjes-Mulder", "Petra", "Zwartjes-Mulder"), R("PERSON", "Lotte Zwartjes", "Lotte"),
     R("PHONE", "+31 6 38 12 90 44"), R("PERSON", "Yasmina Bouzid", "Yasmina"), R("PERSON", "Karim Bouzid", "Karim"),
     R("PERSON", "Joke van Ravenswaaij", "Joke vR", "Joke"), R("PERSON", "Mehmet Yıldırım", "Mehmet"),
     R("PHONE", "06 19 84 50 27"), R("PERSON", "Thijs", "Thijs"), R("PERSON", "Mirjam Oosterveld-Kamp", "Mirjam"),
     R("PERSON", "Marco Brinkhorst", "Marco B.", "Marco"), R("PERSON", "Noah Brinkhorst", "Noah"),
     R("PERSON", "Ruud Pasveer", "Pasveer", "Ruud"), R("PERSON", "Ineke Pasveer", "Ineke"), R("EMAIL", "k.bouzid@live.nl"),
     R("PHONE", "06-83 55 01 42")],
    [K("CASE", "KL-2026-0163"), K("ORG", "Valleitaxi"), K("PHONE_GENERAL", "0342 - 40 40 40"),
     K("STREET_NAMED_AFTER_PERSON", "Baron van Nagellstraat"), K("EMAIL_FUNCTIONAL", "klachten@rbl-foodvalley.nl"),
     K("PUBLIC", "raadslid Dijkhuizen", "Dijkhuizen"), K("PUBLIC", "wethouder Stokkink", "Stokkink"),
     K("STREET", "Stationsweg"), K("ORG", "RBL"), K("ORG", "De Wingerd")],
    font="dv", size=9.5, creator="WhatsApp chat export (txt) via Word", producer="PDFpen 13.1 (macOS)"))

# ---------------------------------------------------------------- tx13 Teams chat RBL
DOCS.append(Doc(
    "tx13_teams_chat_rbl", "Teams-chat planning RBL 11 juni",
    ["Microsoft Teams - chat 'Planning perceel 2' - geëxporteerd 14-09-2026", "",
     "Bas Roelofsen 11-6 08:52", "Mirjam, politie belde net. Taxi op B-07 staande gehouden, chauffeur geen "
     "geldige kaart. Drie kids in de auto.", "",
     "Mirjam Oosterveld-Kamp 11-6 08:54", "Serieus?? Wie rijdt er?", "",
     "Bas Roelofsen 11-6 08:55", "Mehmet Y. van Valleitaxi. Henk-Jan zegt dat Ruud het overneemt", "",
     "Jeroen ter Beek 11-6 09:01", "Dit is de route van Hogenkamp en Zwartjes. Die ouders hebben net geklaagd. "
     "Bassie, kun jij de lijst van kinderen in die auto sturen?", "",
     "Bas Roelofsen 11-6 09:03", "Sem H., Lotte Z. en Thijs v. R. Staat in het planningssysteem Tribal.", "",
     "Mirjam Oosterveld-Kamp 11-6 09:10",
     "Ik bel Fatima van Ede, die moet de wethouder informeren. Jeroen, wil jij de ouders bellen? "
     "Niet mailen graag.", "",
     "Jeroen ter Beek 11-6 09:12", "Doe ik. Mijn mobiel is 06-22 90 14 68 als iemand me zoekt, ik zit "
     "vandaag in Wageningen.", "",
     "Mirjam Oosterveld-Kamp 11-6 09:40",
     "Fatima gesproken. Wethouder Stokkink wil vandaag een korte memo. MOK", "",
     "Bas Roelofsen 11-6 10:05", "Pasveer is om 08.40 ter plaatse geweest. Kids zijn op school. 👍", "",
     "Fatima el Amrani 11-6 10:20", "Dank allemaal. Memo gaat om 12 uur naar de wethouder. Ik ben bereikbaar "
     "op 06 28 74 11 63."],
    [R("PERSON", "Bas Roelofsen", "Bas Roelofsen", "Bassie"),
     R("PERSON", "Mirjam Oosterveld-Kamp", "Mirjam Oosterveld-Kamp", "Mirjam"), R("INITIALS", "MOK", "MOK"),
     R("PERSON", "Mehmet Yıldırım", "Mehmet Y."), R("PERSON", "Henk-Jan Brouwer", "Henk-Jan"),
     R("PERSON", "Ruud Pasveer", "Ruud", "Pasveer"), R("PERSON", "Jeroen ter Beek", "Jeroen ter Beek", "Jeroen"),
     R("PERSON", "Linda Hogenkamp", "Hogenkamp"), R("PERSON", "Petra Zwartjes-Mulder", "Zwartjes"),
     R("PERSON", "Sem Hogenkamp", "Sem H."), R("PERSON", "Lotte Zwartjes", "Lotte Z."),
     R("PERSON", "Thijs van Ravenswaaij", "Thijs v. R."), R("PERSON", "Fatima el Amrani", "Fatima"),
     R("PHONE", "06-22 90 14 68"), R("PERSON", "Fatima el Amrani (2)", "Fatima el Amrani"), R("PHONE", "06 28 74 11 63")],
    [K("PRODUCT", "Microsoft Teams"), K("CASE", "B-07"), K("ORG", "Valleitaxi"), K("PRODUCT", "Tribal"),
     K("PLACE", "Wageningen"), K("PUBLIC", "Wethouder Stokkink", "Stokkink"), K("PLACE", "Ede"),
     K("TERM", "perceel 2")],
    font="dv", creator="Microsoft Teams", producer="Skia/PDF m118"))

# ---------------------------------------------------------------- tx14 driver roster
DOCS.append(Doc(
    "tx14_chauffeurslijst", "Overzicht chauffeurs perceel 2 met vervaldata",
    ["# Valleitaxi B.V. - chauffeurs perceel 2 (actiepunt 2026-12)",
     "Aangeleverd aan RBL Foodvalley op 30 juni 2026. Vertrouwelijk: bevat persoonsgegevens.", "",
     "|!Pers.nr.|Naam|Mobiel|Chauffeurskaart|Kaart geldig tot|VOG afgegeven|Route",
     "|VT-0112|G.J. Hazeleger|06-51 33 87 02|CK 4398 1120 54|30-09-2027|12-01-2025|B-03",
     "|VT-0118|P. Kromodimedjo|06-14 55 29 81|CK 4402 0671 39|15-03-2028|02-03-2026|B-05",
     "|VT-0124|M. Yıldırım|06-39 02 71 64|CK 4401 8273 65|31-01-2027|verlopen|geschorst",
     "|VT-0131|J. Çelik|06-27 81 40 96|CK 4403 5512 08|30-11-2026|aangevraagd|B-09",
     "|ZZP|R. Pasveer (Pasveer Personenvervoer)|06-44 18 62 75|CK 4397 2245 71|31-08-2026|19-08-2024|B-07",
     "|VT-0140|W. Stroet (bijrijder)|06-30 72 15 59|n.v.t.|n.v.t.|05-06-2026|B-07",
     "|VT-0143|A. de Haan-Visser|06-58 12 30 77|CK 4404 1189 23|31-05-2028|14-04-2026|B-11",
     "|VT-0147|D.R. Boeve|06-21 60 48 93|CK 4399 7730 16|28-02-2027|09-01-2026|B-12",
     "|VT-0151|Thanh Nguyễn|06-47 93 02 58|CK 4405 2217 40|31-10-2028|22-05-2026|reserve", "",
     "Toelichting: de kaarten van J. Çelik en R. Pasveer verlopen binnen drie maanden. Verlenging is "
     "aangevraagd bij Kiwa Register. Chauffeurs rijden met een Centrodyn boordcomputer (BCT) die is gekoppeld "
     "aan de chauffeurskaart.",
     "Planning: Sandra Wolters, planning@valleitaxi.nl, 0342 - 40 40 41."],
    [R("PERSON", "Gerrit Jan Hazeleger", "G.J. Hazeleger"), R("PHONE", "06-51 33 87 02"), R("ID", "CK 4398 1120 54"),
     R("ID", "VT-0112"), R("PERSON", "Priscilla Kromodimedjo", "P. Kromodimedjo"), R("PHONE", "06-14 55 29 81"),
     R("ID", "CK 4402 0671 39"), R("ID", "VT-0118"), R("PERSON", "Mehmet Yıldırım", "M. Yıldırım"),
     R("PHONE", "06-39 02 71 64"), R("ID", "CK 4401 8273 65"), R("ID", "VT-0124"),
     R("PERSON", "Jasmin Çelik", "J. Çelik", "Çelik"), R("PHONE", "06-27 81 40 96"), R("ID", "CK 4403 5512 08"),
     R("ID", "VT-0131"), R("PERSON", "Ruud Pasveer", "R. Pasveer", "Pasveer"), R("PHONE", "06-44 18 62 75"),
     R("ID", "CK 4397 2245 71"), R("PERSON", "Wilma Stroet", "W. Stroet"), R("PHONE", "06-30 72 15 59"),
     R("ID", "VT-0140"), R("PERSON", "Sandra Wolters", "Sandra Wolters"),
     R("PERSON", "A. de Haan-Visser", "A. de Haan-Visser"), R("PHONE", "06-58 12 30 77"), R("ID", "CK 4404 1189 23"), R("ID", "VT-0143"),
     R("PERSON", "D.R. Boeve", "D.R. Boeve"), R("PHONE", "06-21 60 48 93"), R("ID", "CK 4399 7730 16"), R("ID", "VT-0147"),
     R("PERSON", "Thanh Nguyễn", "Thanh Nguyễn", "Nguyễn"), R("PHONE", "06-47 93 02 58"), R("ID", "CK 4405 2217 40"), R("ID", "VT-0151")],
    [K("ORG", "Valleitaxi B.V."), K("ORG", "RBL Foodvalley"), K("CASE", "2026-12"), K("CASE", "B-07"),
     K("CASE", "B-03"), K("ORG", "Kiwa Register"), K("PRODUCT", "Centrodyn"), K("EMAIL_FUNCTIONAL", "planning@valleitaxi.nl"),
     K("PHONE_GENERAL", "0342 - 40 40 41"), K("TERM", "Chauffeurskaart"), K("TERM", "bijrijder")],
    font="dvc", size=9, creator="Microsoft Excel for Microsoft 365", producer="Microsoft® Excel® for Microsoft 365"))

# ---------------------------------------------------------------- tx15 invoice ZZP driver
DOCS.append(Doc(
    "tx15_factuur_pasveer", "Factuur 2026-061 Pasveer Personenvervoer",
    ["# Pasveer Personenvervoer", "R.H. Pasveer | Eikenlaan 7 | 3781 BE Voorthuizen",
     "KvK 71829364 | btw-id NL267104935B01 | IBAN " + IB_PAS, "ruudpasveer@hotmail.com | 06-44 18 62 75", "",
     "Valleitaxi B.V.", "t.a.v. crediteurenadministratie", "Nijverheidsweg 14", "3771 MB Barneveld", "",
     "## FACTUUR", "|Factuurnummer|2026-061", "|Factuurdatum|30 juni 2026", "|Uw referentie|inhuur route B-07",
     "",
     "|!Omschrijving|Aantal|Tarief|Bedrag",
     "|Vervanging route B-07 (SBO De Wingerd) 15-30 juni, ochtend en middag|24 ritten|EUR 48,50|EUR 1.164,00",
     "|Extra rit 11 juni (overname na politiecontrole)|1 rit|EUR 65,00|EUR 65,00",
     "|Subtotaal||| EUR 1.229,00", "|Btw 21%||| EUR 258,09", "|Totaal||| EUR 1.487,09", "",
     "Betaling binnen 30 dagen op rekening " + IB_PAS + " t.n.v. R.H. Pasveer, onder vermelding van het "
     "factuurnummer.", "", "Kleineondernemersregeling niet van toepassing."],
    [R("PERSON", "Ruud Pasveer", "R.H. Pasveer", "Pasveer"), R("ADDRESS", "Eikenlaan 7", "Eikenlaan 7", "3781 BE"),
     R("KVK_SOLE_TRADER", "71829364"), R("VAT_BSN", "NL267104935B01"), R("IBAN", IB_PAS),
     R("EMAIL", "ruudpasveer@hotmail.com"), R("PHONE", "06-44 18 62 75")],
    [K("ORG", "Valleitaxi B.V."), K("ADDRESS_COMPANY", "Nijverheidsweg 14"), K("CASE", "2026-061"),
     K("CASE", "B-07"), K("ORG", "SBO De Wingerd"), K("AMOUNT", "EUR 1.487,09"), K("AMOUNT", "EUR 1.164,00"),
     K("TERM", "Kleineondernemersregeling"), K("TERM", "crediteurenadministratie"), K("PLACE", "Voorthuizen")],
    font="helv", creator="Moneybird", producer="Prawn"))

# ---------------------------------------------------------------- tx16 invoice escort sole trader
DOCS.append(Doc(
    "tx16_factuur_begeleiding", "Factuur begeleiding leerlingenvervoer",
    ["# Kinderbegeleiding Stroet", "W. Stroet - begeleiding van leerlingen met een ondersteuningsbehoefte",
     "Postadres: Hessenweg 88, 3774 JT Kootwijkerbroek", "T 06-30 72 15 59 | wilma.stroet@ziggo.nl",
     "KvK 80417256 | IBAN " + IB_STR, "", "Aan: Valleitaxi B.V., Nijverheidsweg 14, 3771 MB Barneveld", "",
     "Factuur 26-014, d.d. 3 juli 2026", "",
     "|!Periode|Werkzaamheden|Uren|Bedrag",
     "|1-30 juni 2026|bijrijder route B-07, begeleiding leerling L. Zwartjes|38|EUR 1.026,00",
     "|11 juni 2026|opvang leerlingen na politiecontrole Stationsweg|2|EUR 54,00",
     "|Totaal (vrijgesteld van btw, art. 11 Wet OB)||40|EUR 1.080,00", "",
     "Gelieve te betalen op " + IB_STR + " t.n.v. W. Stroet te Kootwijkerbroek.",
     "Met vriendelijke groet, Wilma Stroet"],
    [R("PERSON", "Wilma Stroet", "Wilma Stroet", "W. Stroet", "Stroet"), R("ADDRESS", "Hessenweg 88", "Hessenweg 88", "3774 JT"),
     R("PHONE", "06-30 72 15 59"), R("EMAIL", "wilma.stroet@ziggo.nl"), R("KVK_SOLE_TRADER", "80417256"),
     R("IBAN", IB_STR), R("PERSON", "Lotte Zwartjes", "L. Zwartjes")],
    [K("ORG", "Valleitaxi B.V."), K("CASE", "26-014"), K("CASE", "B-07"), K("STREET", "Stationsweg"),
     K("LAW", "Wet OB"), K("AMOUNT", "EUR 1.080,00"), K("PLACE", "Kootwijkerbroek"), K("TERM", "bijrijder")],
    font="dvs", creator="Microsoft Word 2016", producer="Microsoft® Word 2016"))

# ---------------------------------------------------------------- tx17 beslisnota
DOCS.append(Doc(
    "tx17_beslisnota_wethouder", "Beslisnota contract Valleitaxi perceel 2",
    ["# Beslisnota", "|Aan|wethouder Stokkink (Onderwijs)", "|Van|team Onderwijs en Jeugd",
     "|Datum|2 juli 2026", "|Kenmerk|Z/26/118204-07", "|Contactpersoon|F. el Amrani, 06 28 74 11 63, f.elamrani@ede.nl",
     "|Kopie aan|burgemeester Van Lohuizen; team Juridische Zaken", "",
     "Onderwerp: tekortkomingen Valleitaxi B.V. in het leerlingenvervoer, perceel 2", "",
     "## Aanleiding",
     "Op 11 juni 2026 vervoerde een chauffeur van Valleitaxi B.V. drie leerlingen zonder geldige VOG. Sinds "
     "april zijn elf klachten van ouders binnengekomen. Raadslid Dijkhuizen (ChristenUnie) heeft op 20 mei "
     "schriftelijke vragen gesteld.",
     "## Geadviseerd besluit",
     "Aan de wethouder wordt gevraagd: 1. in te stemmen met een ingebrekestelling van Valleitaxi B.V. op grond "
     "van artikel 14 van de overeenkomst RBL-2024-LV-03; 2. niet over te gaan tot ontbinding zolang het "
     "verbeterplan wordt uitgevoerd; 3. de raad te informeren via een raadsinformatiebrief.",
     "## Kern",
     "Ontbinding is juridisch mogelijk maar brengt risico's mee: een nieuwe aanbesteding kost zes maanden en er "
     "is geen vervoerder die perceel 2 per 1 september kan overnemen. Het RBL (mevrouw Oosterveld-Kamp) "
     "adviseert een ingebrekestelling met een hersteltermijn tot 1 oktober.",
     "## Toelichting",
     "De overeenkomst eist dat chauffeurs een geldige chauffeurskaart hebben (artikel 9.3) en dat ouders "
     "tijdig worden geïnformeerd over vertragingen (artikel 11.2). Beide eisen zijn geschonden. De chauffeur "
     "heeft inmiddels een VOG ontvangen (Justis, 1 juli 2026).", "~~",
     "## Krachtenveld",
     "Ouders hebben zich verenigd in een appgroep en benaderen de raad. De Barneveldse Krant heeft een "
     "Woo-verzoek ingediend (WOO-2026-0418). Gemeente Barneveld (wethouder Van Lohuizen-de Graaf) steunt "
     "het advies.",
     "## Paraaf",
     "|!Naam|Functie|Paraaf|Datum", "|F. el Amrani|beleidsadviseur|FeA|1-7-2026",
     "|A.J. de Vries-Brink|teamleider|AdVB|1-7-2026", "|W. van 't Hoff|jurist|WvtH|2-7-2026", "",
     "## Informatie die niet openbaar gemaakt kan worden",
     "De namen van de chauffeur, de ouders en de leerlingen en de klachtdossiers.",
     "## Motivering",
     "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en van derden "
     "geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo); gezondheidsgegevens van leerlingen zijn niet "
     "opgenomen."],
    [R("PERSON", "Fatima el Amrani", "F. el Amrani"), R("PHONE", "06 28 74 11 63"), R("INITIALS", "FeA", "FeA"),
     R("EMAIL", "f.elamrani@ede.nl"),
     R("PERSON", "Anneke de Vries-Brink", "A.J. de Vries-Brink"), R("INITIALS", "AdVB", "AdVB"),
     R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff"), R("INITIALS", "WvtH", "WvtH"),
     R("PERSON", "Mirjam Oosterveld-Kamp", "Oosterveld-Kamp")],
    [K("PUBLIC", "wethouder Stokkink", "Stokkink"), K("PUBLIC", "burgemeester Van Lohuizen", "burgemeester Van Lohuizen"),
     K("PUBLIC", "Raadslid Dijkhuizen", "Dijkhuizen"), K("PUBLIC", "wethouder Van Lohuizen-de Graaf", "Van Lohuizen-de Graaf"),
     K("ORG", "ChristenUnie"), K("ORG", "Valleitaxi B.V."), K("CASE", "RBL-2024-LV-03"), K("CASE", "Z/26/118204-07"),
     K("CASE", "WOO-2026-0418"), K("ORG", "Justis"), K("ORG", "Barneveldse Krant"), K("TERM", "raadsinformatiebrief"),
     K("TERM", "ingebrekestelling"), K("TITLE", "beleidsadviseur"), K("TITLE", "teamleider"),
     K("HEADING", "Informatie die niet openbaar gemaakt kan worden"), K("TERM", "Geadviseerd besluit")],
    font="helv", creator="Microsoft Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365"))

# ---------------------------------------------------------------- tx18 press release (Author hidden)
DOCS.append(Doc(
    "tx18_persbericht", "Persbericht: gemeente Ede stelt Valleitaxi in gebreke",
    ["# PERSBERICHT", "Gemeente Ede, 9 juli 2026", "",
     "## Gemeente stelt taxibedrijf in gebreke na klachten over leerlingenvervoer", "",
     "Het college van Ede heeft Valleitaxi B.V. uit Barneveld in gebreke gesteld. Het bedrijf verzorgt sinds "
     "2024 het leerlingenvervoer in perceel 2 van de aanbesteding van het Regionaal Bureau Leerlingenvervoer "
     "Foodvalley. Aanleiding zijn klachten van ouders over te laat komen en de inzet van een chauffeur zonder "
     "geldige Verklaring Omtrent het Gedrag.",
     "Wethouder Leendert Stokkink: 'Ouders moeten erop kunnen rekenen dat hun kind veilig en op tijd op school "
     "komt. Valleitaxi krijgt tot 1 oktober de tijd om de zaken op orde te brengen.'",
     "Het bedrijf heeft een verbeterplan ingediend. Leerlingen op de routes van SBO De Wingerd en het Prins "
     "Willem-Alexander College krijgen vanaf 1 september een vaste chauffeur.", "",
     "Noot voor de redactie (niet voor publicatie):",
     "Voor vragen kunt u contact opnemen met de woordvoerder van de gemeente Ede via pers@ede.nl of "
     "telefoonnummer 0318 - 68 00 00."],
    [R("PERSON", "Yvonne Mastenbroek", "Yvonne Mastenbroek", "Mastenbroek", ch="metadata")],
    [K("PUBLIC", "Wethouder Leendert Stokkink", "Leendert Stokkink"), K("ORG", "Valleitaxi B.V."),
     K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"), K("EMAIL_FUNCTIONAL", "pers@ede.nl"),
     K("PHONE_GENERAL", "0318 - 68 00 00"), K("ORG", "SBO De Wingerd"),
     K("ORG_NAMED_AFTER_PERSON", "Prins Willem-Alexander College"), K("ORG", "Gemeente Ede"),
     K("TERM", "Verklaring Omtrent het Gedrag"), K("TITLE", "woordvoerder")],
    font="helv", author="Yvonne Mastenbroek", creator="Microsoft Word for Microsoft 365",
    producer="Microsoft® Word for Microsoft 365"))

# ---------------------------------------------------------------- tx19 ILT inspection report
DOCS.append(Doc(
    "tx19_inspectierapport_ilt", "Inspectierapport ILT Valleitaxi",
    ["# Inspectie Leefomgeving en Transport", "Domein Transport - Team Taxi en Personenvervoer", "",
     "## Rapport van bevindingen bedrijfsinspectie", "|Zaaknummer ILT|ILT-2026/PV/31877",
     "|Onderneming|Valleitaxi B.V., Nijverheidsweg 14, Barneveld", "|Taxivergunning|TX-114572",
     "|Datum inspectie|7 juli 2026", "|Inspecteurs|ing. M.C. Dekker-Haverkort en T. Oudejans", "|Ook gesproken|chauffeur P. Kromodimedjo (VT-0118)",
     "|Gesproken met|H.J. Brouwer (directeur) en S. Wolters (planning)", "",
     "## 1. Aanleiding",
     "Melding van Politie Oost-Nederland van 11 juni 2026 (PL0600-2026118734-1) over een chauffeur zonder "
     "geldige chauffeurskaart.",
     "## 2. Bevindingen",
     "2.1 Uit de boordcomputer (BCT) blijkt dat de chauffeur met kaart CK 4401 8273 65 tussen 1 en 11 juni "
     "2026 op negen dagen heeft gereden terwijl de VOG was verlopen.",
     "2.2 Van de zes chauffeurs op perceel 2 hadden er op de inspectiedatum vijf een geldige kaart. De kaart "
     "van de zzp-chauffeur verloopt op 31 augustus 2026.",
     "2.3 De rij- en rusttijden van chauffeur G.J. Hazeleger overschreden op 3 juni de maximale dienstduur "
     "met 47 minuten (artikel 6 Arbeidstijdenbesluit vervoer).", "~~",
     "## 3. Conclusie",
     "De onderneming heeft artikel 76 van het Besluit personenvervoer 2000 overtreden. De ILT legt een "
     "bestuurlijke boete op van EUR 4.100 (boetebeschikking volgt). Het Regionaal Bureau Leerlingenvervoer "
     "Foodvalley ontvangt een afschrift van dit rapport.",
     "## 4. Zienswijze",
     "De heer Brouwer heeft op 7 juli mondeling gereageerd: 'Wij hebben onze administratie van de "
     "VOG-data niet op orde gehad. Dat is inmiddels aangepast.'", "",
     "Utrecht, 14 juli 2026", "", "M.C. Dekker-Haverkort", "senior inspecteur",
     "T 088 489 03 27 | m.dekker-haverkort@ilent.nl", "",
     "Informatie: www.ilent.nl of 088 489 00 00"],
    [R("PERSON", "M.C. Dekker-Haverkort", "M.C. Dekker-Haverkort", "Dekker-Haverkort"),
     R("PERSON", "T. Oudejans", "T. Oudejans"), R("PERSON", "Henk-Jan Brouwer", "H.J. Brouwer", "Brouwer"),
     R("PERSON", "Sandra Wolters", "S. Wolters"), R("ID", "CK 4401 8273 65"),
     R("PERSON", "Gerrit Jan Hazeleger", "G.J. Hazeleger"), R("PHONE", "088 489 03 27"),
     R("EMAIL", "m.dekker-haverkort@ilent.nl"), R("PERSON", "Priscilla Kromodimedjo", "P. Kromodimedjo"), R("ID", "VT-0118")],
    [K("ORG", "Inspectie Leefomgeving en Transport"), K("CASE", "ILT-2026/PV/31877"), K("ORG", "Valleitaxi B.V."),
     K("CASE", "TX-114572"), K("ORG", "Politie Oost-Nederland"), K("CASE", "PL0600-2026118734-1"),
     K("LAW", "Arbeidstijdenbesluit vervoer"), K("LAW", "Besluit personenvervoer 2000"), K("AMOUNT", "EUR 4.100"),
     K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"), K("PHONE_GENERAL", "088 489 00 00"),
     K("URL", "www.ilent.nl"), K("TITLE", "senior inspecteur"), K("PLACE", "Utrecht")],
    font="dv", creator="ILT Inspectieview", producer="iText® 5.5.13.3 ©2000-2022 iText Group NV"))

# ---------------------------------------------------------------- tx20 council questions + answers
DOCS.append(Doc(
    "tx20_raadsvragen", "Schriftelijke vragen art. 40 RvO over leerlingenvervoer",
    ["# Schriftelijke vragen ex artikel 40 Reglement van Orde", "Gemeenteraad van Ede", "",
     "|Vragensteller|Esther Dijkhuizen (ChristenUnie)", "|Datum ingekomen|20 mei 2026",
     "|Nummer|RV-2026-044", "|Portefeuillehouder|wethouder L. Stokkink", "",
     "Inleiding van raadslid Esther Dijkhuizen: ouders van leerlingen van SBO De Wingerd hebben mij benaderd "
     "over het leerlingenvervoer van Valleitaxi B.V. Kinderen worden niet of te laat opgehaald. Een moeder "
     "vertelde dat haar zoon daardoor een hele ochtend van slag was.",
     "Vraag 1. Hoeveel klachten zijn er in 2026 over het leerlingenvervoer ingediend?",
     "Vraag 2. Welke eisen stelt het contract aan vaste chauffeurs voor kinderen met een ondersteuningsbehoefte?",
     "Vraag 3. Is het college bereid de vervoerder aan te spreken?", "~~",
     "## Antwoord van het college (verzonden 16 juni 2026)",
     "Antwoord 1. Tot 1 juni ontving het RBL Foodvalley elf klachten over perceel 2, van in totaal 1.140 "
     "leerlingen die in de regio met het leerlingenvervoer reizen.",
     "Antwoord 2. Artikel 8.4 van de overeenkomst RBL-2024-LV-03 bepaalt dat leerlingen met een "
     "ondersteuningsbehoefte zoveel mogelijk door een vaste chauffeur worden vervoerd.",
     "Antwoord 3. Ja. Het RBL voert op 25 juni een contractoverleg met Valleitaxi B.V.; wethouder Stokkink "
     "ontvangt daarna een advies. Het college informeert de raad na de zomer.",
     "",
     "Burgemeester en wethouders van Ede,", "|de secretaris,|de burgemeester,",
     "|drs. P.W. Haverkamp|mr. J. van Lohuizen", "", "Ambtelijk contact: F. el Amrani (team Onderwijs), f.elamrani@ede.nl, 0318 - 68 04 59", "",
     "Informatie: griffie@ede.nl, 14 0318"],
    [R("PERSON", "Fatima el Amrani", "F. el Amrani"), R("EMAIL", "f.elamrani@ede.nl"), R("PHONE", "0318 - 68 04 59")],
    [K("PUBLIC_SECRETARY", "drs. P.W. Haverkamp", "P.W. Haverkamp"), K("PUBLIC", "Esther Dijkhuizen", "Esther Dijkhuizen"), K("PUBLIC", "burgemeester", "mr. J. van Lohuizen"),
     K("ORG", "ChristenUnie"), K("CASE", "RV-2026-044"), K("PUBLIC", "wethouder L. Stokkink", "L. Stokkink"),
     K("ORG", "SBO De Wingerd"), K("ORG", "Valleitaxi B.V."), K("ORG", "RBL Foodvalley"),
     K("CASE", "RBL-2024-LV-03"), K("EMAIL_FUNCTIONAL", "griffie@ede.nl"), K("PHONE_GENERAL", "14 0318"),
     K("LAW", "Reglement van Orde"), K("TERM", "ondersteuningsbehoefte"), K("PUBLIC", "wethouder Stokkink", "Stokkink")],
    font="times", size=10.5, creator="iBabs", producer="iBabs PDF Engine 4.2"))

# ---------------------------------------------------------------- tx21 handwritten memo scan
DOCS.append(Doc(
    "tx21_memo_handgeschreven_scan", "Scan memo met handgeschreven aantekening",
    ["# MEMO", "Aan: wethouder Stokkink", "Van: Fatima el Amrani", "Datum: 11 juni 2026",
     "Betreft: voorval taxi route B-07", "",
     "Vanochtend is een chauffeur van Valleitaxi B.V. door de politie staande gehouden. Hij had geen geldige "
     "VOG. Drie leerlingen zaten in de auto. Het RBL heeft vervangend vervoer geregeld. De ouders worden "
     "vandaag gebeld door Jeroen ter Beek.", "",
     "@@Fatima - graag morgen even bellen,", "@@ook over moeder Hogenkamp. Dank, LS", "",
     "@@Gebeld 12/6, Anneke de Vries weet ervan. F.", "", "@@Brouwer belt terug: 06 53 81 22 09"],
    [R("PERSON", "Fatima el Amrani", "Fatima el Amrani", "Fatima", ocr=True),
     R("PERSON", "Jeroen ter Beek", "Jeroen ter Beek", ocr=True), R("PERSON", "Linda Hogenkamp", "Hogenkamp", ocr=True),
     R("PERSON", "Anneke de Vries-Brink", "Anneke de Vries", ocr=True),
     R("PERSON", "Henk-Jan Brouwer", "Brouwer", ocr=True), R("PHONE", "06 53 81 22 09", "06 53 81 22 09", ocr=True)],
    [], font="helv", size=11.5, kind="scan", creator="KONICA MINOLTA bizhub C368", producer="KONICA MINOLTA bizhub C368",
    rotate=-0.7))

# ---------------------------------------------------------------- tx22 notice of default
DOCS.append(Doc(
    "tx22_ingebrekestelling", "Ingebrekestelling Valleitaxi B.V.",
    ["# Regionaal Bureau Leerlingenvervoer Foodvalley", "Postbus 9022, 6710 HK Ede | rbl@foodvalley-vervoer.nl", "",
     "Aangetekend en per e-mail", "Valleitaxi B.V.", "t.a.v. de directie", "Nijverheidsweg 14",
     "3771 MB Barneveld", "", "Ede, 8 juli 2026", "Kenmerk: RBL/CM/2026-240", "",
     "Betreft: ingebrekestelling overeenkomst RBL-2024-LV-03, perceel 2", "",
     "Geachte heer Brouwer,", "",
     "Namens de deelnemende gemeenten Ede, Barneveld, Scherpenzeel en Wageningen stellen wij Valleitaxi B.V. "
     "hierbij in gebreke (artikel 6:82 Burgerlijk Wetboek en artikel 14 van de overeenkomst).",
     "U bent tekortgeschoten in de nakoming van artikel 9.3 (geldige chauffeurskaart en VOG) en artikel 11.2 "
     "(informeren van ouders). Wij geven u tot 1 oktober 2026 de gelegenheid om deze tekortkomingen te "
     "herstellen. Uw verbeterplan van 30 juni is daarvoor het uitgangspunt.",
     "Blijft herstel uit, dan kunnen de gemeenten de overeenkomst geheel of gedeeltelijk ontbinden.", "",
     "Hoogachtend,", "", "namens het Regionaal Bureau Leerlingenvervoer Foodvalley,", "",
     "ir. C.A.M. Terlouw-Bakker", "directeur", "T 06-53 09 27 41", "",
     "Kopie: mr. W. van 't Hoff (gemeente Ede); mevrouw M. Oosterveld-Kamp (contractmanager)"],
    [R("PERSON", "Henk-Jan Brouwer", "Brouwer"), R("PERSON", "C.A.M. Terlouw-Bakker", "C.A.M. Terlouw-Bakker"),
     R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff"), R("PHONE", "06-53 09 27 41"),
     R("PERSON", "Mirjam Oosterveld-Kamp", "M. Oosterveld-Kamp")],
    [K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"), K("EMAIL_FUNCTIONAL", "rbl@foodvalley-vervoer.nl"),
     K("ORG", "Valleitaxi B.V."), K("CASE", "RBL/CM/2026-240"), K("CASE", "RBL-2024-LV-03"),
     K("LAW", "Burgerlijk Wetboek"), K("PLACE", "Scherpenzeel"), K("PLACE", "Wageningen"), K("TITLE", "directeur"),
     K("TERM", "ingebrekestelling"), K("ADDRESS_COMPANY", "Nijverheidsweg 14")],
    font="dvs", creator="Microsoft Word 2019", producer="Microsoft® Word 2019"))
