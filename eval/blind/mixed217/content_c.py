"""Documents pa18-pa33 of set mixed217."""
from content_a import (ANOUK, CC, DAAN, FINN, GEM, JP, KEREM, KEUR, LOTTE, MARLOES, MOT, NVS, PLEK, RUUD,
                       SJOERD, TOESTEL, WAS, WOUTER, YVONNE)
from lib import Doc, K, R

DOCS = []

# pa18 draft press release with sticky notes
DOCS.append(Doc("pa18_persbericht_concept", "rl", [
    "CONCEPT - niet verspreiden",
    "# Persbericht: klimtorens in Lindewaard krijgen nieuw klimnet",
    "Lindewaard, 21 oktober 2026 - De gemeente Lindewaard vervangt de klimnetten van alle veertien Robinia-torens "
    "in de gemeente. Aanleiding is het ongeval op 18 september op de speelplek Annie M.G. Schmidtplein, waarbij "
    "een kind van acht jaar gewond raakte.",
    "Wethouder Karin Pronk: 'Dit had niet mogen gebeuren. Wij hebben het gebrek te lang laten liggen. Ik heb de "
    "ouders mijn excuses aangeboden. We gaan meldingen van bewoners voortaan direct koppelen aan het logboek.'",
    "De speelplek aan het Annie M.G. Schmidtplein gaat half november weer open. Het Johan Cruyff Court ernaast "
    "blijft gewoon open. Bewoners kunnen gebreken aan speeltoestellen melden via de Fixi-app of 14 0578.",
    "",
    "Noot voor de redactie: voor vragen kunt u contact opnemen met woordvoerder Eline Smeets, "
    "pers@lindewaard.nl, 14 0578.",
], [R("PERSON", "Mirjam Oudejans", "Mirjam Oudejans", "M. Oudejans", ch="annotations"),
    R("PERSON", "Anouk Dijkstra-Vermeulen", "Anouk", ch="annotations"),
    R("PERSON", "Sjoerd Oosterhuis", "Sjoerd Oosterhuis", ch="annotations"),
    R("PERSON", "Finn Yildiz", "Finn", ch="annotations"), R("PHONE", "06-54 02 81 19", ch="annotations")],
   [K("PERSON_PUBLIC", "Wethouder Karin Pronk"), K("PERSON_PUBLIC", "woordvoerder Eline Smeets", "Eline Smeets"),
    GEM, PLEK, K("PLACE", "Johan Cruyff Court"), K("EMAIL", "pers@lindewaard.nl"), K("PHONE", "14 0578"),
    K("PRODUCT", "Robinia-torens"), K("PRODUCT", "Fixi-app"), K("DATE", "21 oktober 2026")],
   meta={"Producer": "Adobe PDF Library 23.8.53", "Creator": "Acrobat PDFMaker 23 voor Word",
         "Title": "Concept persbericht klimnetten"},
   annots=[(0, [400, 720, 420, 740], "Mirjam Oudejans", "Wethoudercitaat afgestemd met Anouk? - M. Oudejans"),
           (0, [400, 640, 420, 660], "Sjoerd Oosterhuis",
            "Geen erkenning van aansprakelijkheid in de tekst zolang Noordvaste niet heeft beslist!"),
           (0, [400, 560, 420, 580], "Mirjam Oudejans",
            "Moeder wil niet dat de naam Finn genoemd wordt. Zij is bereikbaar op 06-54 02 81 19")]))

# pa19 final press release (LibreOffice, Author + XMP hidden)
DOCS.append(Doc("pa19_persbericht", "lo", [
    "# Persbericht",
    "Gemeente Lindewaard vervangt klimnetten van veertien speeltorens",
    "Lindewaard, 22 oktober 2026 - De gemeente Lindewaard vervangt de klimnetten van alle veertien klimtorens van "
    "het type Robinia Klimtoren XL-4. Aanleiding is het ongeval op 18 september op de speelplek Annie M.G. "
    "Schmidtplein in Hoogkamp, waarbij een kind gewond raakte.",
    "Wethouder Karin Pronk: 'Dit had niet mogen gebeuren. Ik heb de ouders mijn excuses aangeboden.'",
    "Uit onderzoek van KeurPlay Inspecties B.V. blijkt dat een gebrek aan het klimnet uit 2025 niet volledig was "
    "hersteld. De gemeente koppelt meldingen van bewoners voortaan direct aan het logboek van het toestel, zoals "
    "het Warenwetbesluit attracties en speeltoestellen vraagt. Het ongeval is gemeld bij de NVWA.",
    "De speelplek gaat half november weer open. Het Johan Cruyff Court en de Prinses Ariane-speeltuin blijven open.",
    "",
    "Noot voor de redactie (niet voor publicatie): woordvoerder Eline Smeets, pers@lindewaard.nl, 14 0578.",
], [R("PERSON", "Mirjam Oudejans (Author)", "Mirjam Oudejans", ch="metadata"),
    R("PERSON", "M. Oudejans (XMP)", "M. Oudejans", ch="metadata")],
   [K("PERSON_PUBLIC", "Wethouder Karin Pronk"), K("PERSON_PUBLIC", "woordvoerder Eline Smeets", "Eline Smeets"),
    K("ORG", "Gemeente Lindewaard"), TOESTEL, KEUR, WAS, K("ORG", "NVWA"), K("PLACE", "Johan Cruyff Court"),
    K("PLACE", "Prinses Ariane-speeltuin"), K("EMAIL", "pers@lindewaard.nl"), K("PHONE", "14 0578"),
    K("PLACE", "Hoogkamp")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Mirjam Oudejans",
         "XMPCreator": "M. Oudejans", "Title": "Persbericht klimnetten"}))

# pa20 invoice sole trader
DOCS.append(Doc("pa20_factuur_dekker", "rl", [
    "# FACTUUR 2025-0117",
    "Dekker Speel & Groen | eigenaar Bram Dekker | Beukenlaan 4, 3925 AJ Scherpenzeel",
    "Tel. 033 - 277 15 90 | mob. 06 5129 8844 | bram@dekkerspeelgroen.nl",
    "KvK 71940228 | btw NL001847291B55 | IBAN NL39 RABO 0345 7712 09 t.n.v. B.J. Dekker",
    "",
    "Aan: gemeente Lindewaard, crediteurenadministratie, Postbus 1100, 3900 BC Lindewaard",
    "Uw referentie: inkoopordernummer PO-25-04471 / speelplek LW-HK-017 | Contactpersoon: R. ter Beek",
    "Factuurdatum: 16 juni 2025 | Vervaldatum: 16 juli 2025",
    "| Omschrijving | Aantal | Prijs | Bedrag",
    "| Houtsnippers valdempend, gecertificeerd NEN-EN 1177 | 6 m3 | EUR 68,00 | EUR 408,00",
    "| Aanbrengen en egaliseren onder klimtoren | 3,5 uur | EUR 52,50 | EUR 183,75",
    "| Voorrijkosten | 1 | EUR 35,00 | EUR 35,00",
    "| Subtotaal |  |  | EUR 626,75",
    "| Btw 21% |  |  | EUR 131,62",
    "| Totaal |  |  | EUR 758,37",
    "Graag betalen binnen 30 dagen onder vermelding van het factuurnummer.",
], [R("PERSON", "Bram Dekker", "Bram Dekker", "B.J. Dekker"), R("ADDRESS", "Beukenlaan 4, 3925 AJ Scherpenzeel", "Beukenlaan 4", "3925 AJ"),
    R("PHONE", "033 - 277 15 90"), R("PHONE", "06 5129 8844"), R("EMAIL", "bram@dekkerspeelgroen.nl"),
    R("KVK", "71940228"), R("VAT", "NL001847291B55"), R("IBAN", "NL39 RABO 0345 7712 09"), RUUD("R. ter Beek")],
   [GEM, K("ORG", "Dekker Speel & Groen"), CC("PO-25-04471"), CC("LW-HK-017"), K("STANDARD", "NEN-EN 1177"),
    K("AMOUNT", "EUR 758,37"), K("CODE", "2025-0117"), K("ADDRESS", "Postbus 1100")],
   meta={"Producer": "Exact Online PDF", "Creator": "Exact Online", "Title": "Factuur 2025-0117"},
   font="DejaVuSans", size=9.5))

# pa21 insurer's letter to the parents (via lawyer)
DOCS.append(Doc("pa21_brief_verzekeraar", "rl", [
    "Noordvaste Verzekeringen N.V. | Afdeling Schade Aansprakelijkheid | Postbus 2250, 8000 CG Zwolle | 088 - 412 00 00",
    "",
    "Vallei Letselschade Advocaten",
    "t.a.v. mr. J.P. van 't Hoog",
    "Maliesingel 50, 3581 BM Utrecht",
    "",
    "Zwolle, 6 november 2026",
    "Schadenummer: NVS-2026-08814 | Verzekerde: gemeente Lindewaard | Uw kenmerk: 26-0312/JPH",
    "Betreft: uw cliënten mevrouw Brinkhuis en de heer Yıldız - ongeval minderjarige Finn",
    "",
    "Geachte heer Van 't Hoog,",
    "Namens onze verzekerde, de gemeente Lindewaard, berichten wij u als volgt. Na onderzoek door Vallei "
    "Expertise en bestudering van de rapporten KP-25-0644 en KP-26-0917 erkent onze verzekerde aansprakelijkheid "
    "voor de gevolgen van het ongeval van 18 september 2026 op grond van artikel 6:174 BW.",
    "Wij zijn bereid een voorschot van EUR 1.500,00 te betalen op rekening NL71 INGB 0008 4420 17 ten name van "
    "M. Brinkhuis. Voor de beoordeling van de immateriële schade vragen wij een medische machtiging voor de "
    "medisch adviseur, drs. P. Çetinkaya. Het verslag van de SEH-arts van Ziekenhuis Gelderse Vallei over de "
    "radiusfractuur ontvingen wij reeds.",
    "",
    "Met vriendelijke groet,",
    "Noordvaste Verzekeringen N.V.",
    "L. Bergsma, schadebehandelaar | lotte.bergsma@noordvaste.nl | 088 - 412 03 77",
], [JP("J.P. van 't Hoog", "Van 't Hoog"), R("INITIALS", "JPH"), MARLOES("Brinkhuis", "M. Brinkhuis"), KEREM("Yıldız"),
    FINN("Finn"), R("IBAN", "NL71 INGB 0008 4420 17"), R("PERSON", "drs. P. Çetinkaya", "Çetinkaya"),
    R("HEALTH", "radiusfractuur"), LOTTE("L. Bergsma"), R("EMAIL", "lotte.bergsma@noordvaste.nl"),
    R("PHONE", "088 - 412 03 77")],
   [K("ORG", "Noordvaste Verzekeringen N.V."), K("ORG", "Vallei Letselschade Advocaten"), GEM,
    CC("NVS-2026-08814"), CC("KP-25-0644"), CC("KP-26-0917"), K("LAW", "artikel 6:174 BW"),
    K("ORG", "Vallei Expertise"), K("ORG", "Ziekenhuis Gelderse Vallei"), K("PHONE", "088 - 412 00 00"),
    K("AMOUNT", "EUR 1.500,00"), K("ADDRESS", "Maliesingel 50"), K("PLACE", "Zwolle")],
   meta={"Producer": "Aspose.Words for .NET 23.10.0", "Creator": "Noordvaste Correspondentie",
         "Title": "NVS-2026-08814 erkenning"}, font="DejaVuSans", size=9.5))

# pa22 insurer mail asking expert (LibreOffice)
DOCS.append(Doc("pa22_mail_expertise", "lo", [
    "Van: Hofstede, Pieter-Bas <pb.hofstede@noordvaste.nl>",
    "Verzonden: vrijdag 16 oktober 2026 11:20",
    "Aan: schade@valleiexpertise.nl",
    "CC: Bergsma, Lotte <lotte.bergsma@noordvaste.nl>; Oosterhuis, Sjoerd <s.oosterhuis@lindewaard.nl>",
    "Onderwerp: Opdracht toedrachtonderzoek NVS-2026-08814 (gemeente Lindewaard)",
    "",
    "Geachte heer Van Dongen, beste Ruben,",
    "Hierbij de opdracht voor een toedrachtonderzoek naar het ongeval met de Robinia Klimtoren XL-4 op het Annie "
    "M.G. Schmidtplein te Lindewaard. Graag beoordeel je: (a) de staat van het toestel op 18 september 2026, "
    "(b) de opvolging van het rapport KP-25-0644, en (c) de rol van de melding MOR-2026-19930.",
    "Contactpersoon bij de gemeente is de heer Oosterhuis (toestel 8231, via 14 0578). De inspecteur, de heer "
    "Ter Beek, kan je ter plaatse rondleiden. Wij vragen je de ouders niet zelf te benaderen; dat loopt via hun "
    "advocaat.",
    "Met vriendelijke groet,",
    "Pieter-Bas Hofstede",
    "Teamleider Grote Schade | Noordvaste Verzekeringen N.V. | +31 (0)88 412 02 19",
], [R("PERSON", "Pieter-Bas Hofstede", "Pieter-Bas Hofstede", "Hofstede"), R("EMAIL", "pb.hofstede@noordvaste.nl"),
    LOTTE("Bergsma, Lotte", "Bergsma"), R("EMAIL", "lotte.bergsma@noordvaste.nl"), SJOERD("Oosterhuis", "Sjoerd"),
    R("EMAIL", "s.oosterhuis@lindewaard.nl"), R("PERSON", "Ruben van Dongen", "Van Dongen", "Ruben"),
    R("PHONE", "toestel 8231", "8231"), RUUD("Ter Beek"), R("PHONE", "+31 (0)88 412 02 19", ("(0)88 412 02 19", False))],
   [K("EMAIL", "schade@valleiexpertise.nl"), NVS, GEM, TOESTEL, CC("NVS-2026-08814"), CC("KP-25-0644"),
    CC("MOR-2026-19930"), K("PHONE", "14 0578"), K("FUNCTION", "Teamleider Grote Schade"),
    K("PLACE", "Annie M.G. Schmidtplein", ("Annie M.G. Schmidtplein", False))],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Outlook (print via Writer)", "Title": "Opdracht toedrachtonderzoek"}))

# pa23 witness statement (scan)
DOCS.append(Doc("pa23_getuigenverklaring_scan", "scan", [
    "# Verklaring getuige",
    "Schadenummer NVS-2026-08814",
    "",
    "Naam: Ilse Jongbloed",
    "Adres: Zonnebloemstraat 31, Lindewaard",
    "Geboortedatum: 02-11-1986",
    "Telefoon: 06-44102398",
    "",
    "~Ik zat op het bankje bij de klimtoren. Finn klom naar",
    "~het bovenste platform en pakte het net vast. Het net schoot",
    "~aan de bovenkant los en hij viel op zijn arm.",
    "~Zijn vader Kerem was er binnen 5 minuten.",
    "~Ik had in augustus al gemeld dat het net los zat.",
    "",
    "Opgenomen door: R. van Dongen, Vallei Expertise",
    "~Handtekening: I. Jongbloed",
], [R("PERSON", "Ilse Jongbloed", "Jongbloed", "Ilse", ch="ocr"), R("ADDRESS", "Zonnebloemstraat 31", "Zonnebloemstraat", ch="ocr"),
    R("DOB", "02-11-1986", ch="ocr"), R("PHONE", "06-44102398", ch="ocr"), R("PERSON", "Finn", "Finn", ch="ocr"),
    R("PERSON", "Kerem", "Kerem", ch="ocr"), R("PERSON", "Ruben van Dongen", "Dongen", ch="ocr")],
   [], meta={"Producer": "Xerox WorkCentre 7855", "Creator": "Xerox WorkCentre 7855"}))

# pa24 roster buitendienst
DOCS.append(Doc("pa24_rooster_buitendienst", "rl", [
    "# Piketrooster buitendienst Speelvoorzieningen - week 38 en 39 (2026)",
    "Team Buitenruimte, gemeente Lindewaard - storingsnummer publiek: 14 0578 - intern: piket-buitenruimte@lindewaard.nl",
    "| Week | Dag | Piket | Pers.nr. | Mobiel dienst",
    "| 38 | ma-wo | J. (Joep) Harmsen | 39860 | 06-11 87 30 25",
    "| 38 | do-zo | Dennis Ouwerkerk | 40877 | 06-11 87 30 26",
    "| 39 | ma-wo | Mirjam de Wit-Sahin | 41207 | 06-11 87 30 27",
    "| 39 | do-zo | Kevin Boukema | 42015 | 06-11 87 30 28",
    "| 40 | ma-wo | Sven Hoekstra-Lammers | 42288 | 06-11 87 30 29",
    "| 40 | do-zo | Priya Ramdin | 42301 | 06-11 87 30 30",
    "Achterwacht: R. ter Beek (06-48217390), vervanger A. Dijkstra-Vermeulen.",
    "Wijzigingen doorgeven aan het teamsecretariaat (buitenruimte@lindewaard.nl). Bij een ongeval met letsel altijd "
    "ook de teamleider bellen en het toestel afzetten volgens het Protocol Incidenten Speeltoestellen 2024.",
], [R("PERSON", "Joost (Joep) Harmsen", "Harmsen", "Joep"), R("ID", "39860"), R("PHONE", "06-11 87 30 25"),
    R("PERSON", "Dennis Ouwerkerk", "Dennis Ouwerkerk"), R("ID", "40877"), R("PHONE", "06-11 87 30 26"),
    R("PERSON", "Mirjam de Wit-Sahin", "Mirjam de Wit-Sahin"), R("ID", "41207"), R("PHONE", "06-11 87 30 27"),
    R("PERSON", "Kevin Boukema", "Kevin Boukema"), R("ID", "42015"), R("PHONE", "06-11 87 30 28"),
    R("PERSON", "Sven Hoekstra-Lammers", "Sven Hoekstra-Lammers", "Hoekstra-Lammers"), R("ID", "42288"),
    R("PHONE", "06-11 87 30 29"), R("PERSON", "Priya Ramdin", "Priya Ramdin"), R("ID", "42301"),
    R("PHONE", "06-11 87 30 30"),
    RUUD("R. ter Beek"), R("PHONE", "06-48217390"), ANOUK("A. Dijkstra-Vermeulen")],
   [GEM, K("PHONE", "14 0578"), K("EMAIL", "piket-buitenruimte@lindewaard.nl"), K("EMAIL", "buitenruimte@lindewaard.nl"),
    K("DOC", "Protocol Incidenten Speeltoestellen 2024"), K("ORG", "Team Buitenruimte"), K("FUNCTION", "teamleider")],
   meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365",
         "Title": "Piketrooster wk 38-39"}, font="Helvetica", size=9.5))

# pa25 letter gemeente to lawyer (acknowledgement)
DOCS.append(Doc("pa25_brief_gemeente_advocaat", "lo", [
    "Gemeente Lindewaard",
    "Vallei Letselschade Advocaten",
    "t.a.v. mr. J.P. van 't Hoog",
    "Maliesingel 50",
    "3581 BM Utrecht",
    "",
    "Datum: 8 oktober 2026",
    "Uw kenmerk: 26-0312/JPH | Ons kenmerk: Z/26/118402-3",
    "Onderwerp: aansprakelijkstelling ongeval speelplek Annie M.G. Schmidtplein",
    "",
    "Geachte heer Van 't Hoog,",
    "Wij hebben uw brief van 2 oktober 2026 ontvangen, waarin u de gemeente Lindewaard namens uw cliënten "
    "aansprakelijk stelt. Wij hebben de zaak gemeld bij onze aansprakelijkheidsverzekeraar, Noordvaste "
    "Verzekeringen N.V., onder schadenummer NVS-2026-08814. De verzekeraar neemt de verdere afhandeling over en "
    "neemt rechtstreeks contact met u op. Wij verzoeken u verdere correspondentie aan de verzekeraar te richten.",
    "Het spijt ons zeer dat uw cliënten en hun zoon dit is overkomen.",
    "",
    "Hoogachtend,",
    "Burgemeester en wethouders van Lindewaard,",
    "namens dezen,",
    "S. Oosterhuis",
    "juridisch adviseur aansprakelijkheid",
    "s.oosterhuis@lindewaard.nl",
], [JP("J.P. van 't Hoog", "Van 't Hoog"), R("INITIALS", "JPH"), SJOERD("S. Oosterhuis"),
    R("EMAIL", "s.oosterhuis@lindewaard.nl")],
   [K("ORG", "Gemeente Lindewaard"), K("ORG", "Vallei Letselschade Advocaten"), NVS, PLEK, CC("NVS-2026-08814"),
    CC("Z/26/118402-3"), K("ADDRESS", "Maliesingel 50"), K("FUNCTION", "juridisch adviseur aansprakelijkheid"),
    K("ORG", "Burgemeester en wethouders van Lindewaard")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "Brief aan advocaat"}))

# pa26 report of the alderman's visit to the parents
DOCS.append(Doc("pa26_gespreksverslag_ouders", "rl", [
    "# Gespreksverslag bezoek wethouder aan de ouders",
    "Datum: 1 oktober 2026, 19.30 uur, bij de familie thuis (Zonnebloemstraat 27)",
    "Aanwezig: wethouder Karin Pronk; Anouk Dijkstra-Vermeulen (teamleider Buitenruimte, verslag); "
    "Marloes Brinkhuis en Kerem Yıldız (ouders). Finn was bij zijn oma.",
    "",
    "Wethouder Pronk biedt namens het college excuses aan. Zij legt uit dat het gebrek aan het klimnet bekend was "
    "en niet tijdig is hersteld. De ouders zijn geëmotioneerd. Mevrouw Brinkhuis vertelt dat Finn sinds het "
    "ongeval slecht slaapt en hoofdpijn heeft; hij gaat sinds 28 september weer halve dagen naar de Prins "
    "Willem-Alexanderschool. De heer Yıldız vraagt waarom de melding van hun buurvrouw niet is opgepakt.",
    "De wethouder zegt toe dat de ouders het rapport van KeurPlay krijgen en dat de schade via de verzekeraar "
    "wordt afgehandeld. Over de hoogte van een vergoeding doet zij geen uitspraak.",
    "De ouders geven toestemming hun namen aan de verzekeraar door te geven, niet aan de pers.",
    "",
    "Afspraken: ADV stuurt het rapport KP-26-0917 uiterlijk 5 oktober per mail naar marloes.brinkhuis@kpnmail.nl.",
], [R("ADDRESS", "Zonnebloemstraat 27", "Zonnebloemstraat 27"), ANOUK("Anouk Dijkstra-Vermeulen"), R("INITIALS", "ADV"),
    MARLOES("Marloes Brinkhuis", "Brinkhuis"), KEREM("Kerem Yıldız", "Yıldız"), FINN("Finn"),
    R("HEALTH", "slaapt slecht, hoofdpijn", "hoofdpijn", ("slecht slaapt", False)),
    R("EMAIL", "marloes.brinkhuis@kpnmail.nl")],
   [K("PERSON_PUBLIC", "wethouder Karin Pronk"), K("PERSON_PUBLIC", "Wethouder Pronk"), KEUR, CC("KP-26-0917"),
    K("ORG", "Prins Willem-Alexanderschool", "Prins Willem-Alexanderschool", ("Willem-Alexanderschool", False)),
    K("FUNCTION", "teamleider Buitenruimte")],
   meta={"Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019", "Title": "Gespreksverslag"},
   font="DejaVuSerif", size=10))

# pa27 legal memo (2 pages, reviewer sticky notes)
DOCS.append(Doc("pa27_juridisch_memo", "rl", [
    "# Memo aansprakelijkheid ongeval Annie M.G. Schmidtplein",
    "Aan: A. Dijkstra-Vermeulen, teamleider Buitenruimte | Van: S. Oosterhuis, juridisch adviseur | Datum: 9 oktober 2026",
    "Vertrouwelijk - intern beraad",
    "## 1. Vraag",
    "Is de gemeente Lindewaard aansprakelijk voor het letsel van het kind dat op 18 september 2026 van de Robinia "
    "Klimtoren XL-4 viel, en zo ja op welke grond?",
    "## 2. Kader",
    "Een speeltoestel is een opstal in de zin van artikel 6:174 BW. De bezitter is aansprakelijk als de opstal "
    "niet voldoet aan de eisen die men daaraan mag stellen en daardoor gevaar oplevert. Het Warenwetbesluit "
    "attracties en speeltoestellen (art. 5 en 14) en de normen NEN-EN 1176 en NEN-EN 1177 vullen die eisen in. "
    "Zie ook HR 17 december 2010, ECLI:NL:HR:2010:BN6236 (Dépex/Bergel) over de gevarenzetting.",
    "## 3. Feiten",
    "Het gebrek aan het klimnet staat in KP-25-0644 (mei 2025). Het logboek vermeldt een tijdelijke oplossing "
    "(tiewraps) en een bestelling die niet is geleverd. Op 24 augustus 2026 meldde een omwonende het losse net; "
    "de buitendienst spande het net aan zonder de klemmen te vervangen.",
    "---",
    "## 4. Beoordeling",
    "De gemeente wist van het gebrek en het risico (valhoogte 2,40 m). Een beroep op eigen schuld van een kind van "
    "acht jaar slaagt niet (artikel 6:164 BW). Wij verwachten dat de verzekeraar aansprakelijkheid erkent. De "
    "vordering van de ouders zelf (shockschade) ligt minder voor de hand.",
    "## 5. Advies",
    "Aansprakelijkheid niet zelf erkennen (polisvoorwaarden Noordvaste, art. 7.3), wel excuses en een "
    "ruimhartige opstelling. Het gesprek van wethouder Pronk met de ouders kan doorgaan.",
    "S.O.",
], [ANOUK("A. Dijkstra-Vermeulen"), SJOERD("S. Oosterhuis"), R("INITIALS", "S.O.", ("S.O.", False)),
    R("PERSON", "Ruud ter Beek", "Ruud", ch="annotations"), R("PERSON", "Hendrika Wolters-Boxma", "Wolters-Boxma", ch="annotations"),
    R("PERSON", "Sjoerd Oosterhuis (annot author)", "Sjoerd Oosterhuis", ch="annotations")],
   [GEM, TOESTEL, WAS, K("STANDARD", "NEN-EN 1176"), K("STANDARD", "NEN-EN 1177"), K("LAW", "artikel 6:174 BW"),
    K("LAW", "artikel 6:164 BW"), K("CASE", "ECLI:NL:HR:2010:BN6236", ("ECLI:NL:HR:2010:BN6236", False)),
    K("CASE", "Dépex/Bergel", ("Dépex/Bergel", False)), CC("KP-25-0644"), K("ORG", "Noordvaste"),
    K("PERSON_PUBLIC", "wethouder Pronk"), K("FUNCTION", "juridisch adviseur"), PLEK],
   meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365",
         "Title": "Memo aansprakelijkheid"},
   annots=[(0, [480, 700, 500, 720], "Ruud ter Beek", "Tiewraps zijn in maart 2026 vervangen, zie logboek. Ruud"),
           (1, [480, 700, 500, 720], "Sjoerd Oosterhuis",
            "Check met Wolters-Boxma of dit memo mee kan naar het college")]))

# pa28 mail KeurPlay about postponed main inspection
DOCS.append(Doc("pa28_mail_keurplay_planning", "rl", [
    "Van: Amsinck, Gerda <g.amsinck@keurplay.nl>",
    "Verzonden: donderdag 30 april 2026 14:12",
    "Aan: Ter Beek, Ruud <r.terbeek@lindewaard.nl>",
    "CC: planning@keurplay.nl",
    "Onderwerp: Hoofdinspectie 2026 gemeente Lindewaard - uitstel",
    "",
    "Beste Ruud,",
    "Door ziekte van een van onze inspecteurs kunnen wij de hoofdinspectie van de 38 speelplekken niet in mei "
    "uitvoeren. Wij stellen voor die te verplaatsen naar week 41. Ing. Ploeg voert de inspectie dan uit samen met "
    "onze nieuwe collega Anna-Lena Schäfer. De functionele inspecties door jullie eigen inspecteurs lopen gewoon "
    "door, zoals in de raamovereenkomst RO-2024-118 staat.",
    "Let op: de bevindingen uit 2025 met risico 'hoog' of 'middel' blijven jullie verantwoordelijkheid als "
    "beheerder. Uit ons systeem blijkt dat KP-25-0644 punt 2 (klimnet Robinia Klimtoren XL-4) nog openstaat.",
    "Met vriendelijke groet,",
    "Gerda Amsinck",
    "Directeur | KeurPlay Inspecties B.V. | 0318 - 44 19 00 | direct 0318-441 902",
], [R("PERSON", "Gerda Amsinck", "Gerda Amsinck", "Amsinck"), R("EMAIL", "g.amsinck@keurplay.nl"),
    RUUD("Ter Beek", "Ruud"), R("EMAIL", "r.terbeek@lindewaard.nl"), WOUTER("Ploeg"),
    R("PERSON", "Anna-Lena Schäfer", "Anna-Lena Schäfer", "Schäfer"), R("PHONE", "0318-441 902")],
   [K("EMAIL", "planning@keurplay.nl"), KEUR, TOESTEL, CC("KP-25-0644"), CC("RO-2024-118"),
    K("PHONE", "0318 - 44 19 00"), GEM, K("FUNCTION", "Directeur")],
   meta={"Producer": "Microsoft Outlook for Microsoft 365 (16.0)", "Creator": "Outlook",
         "Title": "Hoofdinspectie 2026 - uitstel"}, font="DejaVuSans", size=9.5))

# pa29 expert's site visit report
DOCS.append(Doc("pa29_expertiserapport", "rl", [
    "# Vallei Expertise - rapport toedrachtonderzoek",
    "Dossier VE-26-3391 | Opdrachtgever: Noordvaste Verzekeringen N.V. (NVS-2026-08814) | Verzekerde: gemeente Lindewaard",
    "Expert: R.M. van Dongen RT, register-expert | schouw op 22 oktober 2026, 10.00 uur",
    "Aanwezig bij de schouw: R.M. van Dongen; R. ter Beek (inspecteur gemeente); W.H. Ploeg (KeurPlay); "
    "H. Koopmans (Speelwerk Nederland B.V., technische dienst).",
    "## Toestel",
    "Robinia Klimtoren XL-4, bouwjaar 2016, serienummer SW-RB-XL4-16-0283, platformhoogte 2,40 m. Valondergrond: "
    "houtsnippers, gemeten 24-31 cm (na het ongeval niet aangevuld). Twee van de zes netklemmen ontbreken; de "
    "spanband die op 29 augustus 2026 is aangebracht, is losgeschoten.",
    "## Toedracht",
    "Volgens de verklaring van de getuige (bijlage 3, mevrouw I. Jongbloed) trok het kind zich aan het net op "
    "naar het bovenste platform. Het net schoot aan de bovenkant los. De valhoogte was circa 2,10 m.",
    "## Conclusie",
    "Het toestel voldeed op 18 september 2026 niet aan NEN-EN 1176-1 (netbevestiging) en NEN-EN 1177 "
    "(valondergrond). Het gebrek was bij de beheerder bekend sinds mei 2025. De schade van het kind is "
    "redelijkerwijs toe te rekenen aan dit gebrek.",
    "Ede, 28 oktober 2026 - R.M. van Dongen RT - mobiel 06-38 55 20 17 - r.vandongen@valleiexpertise.nl",
], [R("PERSON", "Ruben van Dongen", "R.M. van Dongen"), RUUD("R. ter Beek"), WOUTER("W.H. Ploeg"),
    R("PERSON", "Hennie Koopmans", "H. Koopmans"), R("PERSON", "Ilse Jongbloed", "I. Jongbloed"),
    R("PHONE", "06-38 55 20 17"), R("EMAIL", "r.vandongen@valleiexpertise.nl")],
   [K("ORG", "Vallei Expertise"), NVS, GEM, TOESTEL, CC("VE-26-3391"), CC("NVS-2026-08814"),
    K("CODE", "SW-RB-XL4-16-0283"), K("STANDARD", "NEN-EN 1176-1"), K("STANDARD", "NEN-EN 1177"),
    K("ORG", "Speelwerk Nederland B.V."), K("FUNCTION", "register-expert"), K("ORG", "KeurPlay")],
   meta={"Producer": "PDF-XChange Core API SDK (8.0.343.0)", "Creator": "PDF-XChange Editor 10",
         "Title": "VE-26-3391"}, font="Helvetica", size=9.5))

# pa30 zienswijze request to the parents (Woo art. 4.4)
DOCS.append(Doc("pa30_zienswijzeverzoek", "lo", [
    "Gemeente Lindewaard | team Juridische Zaken",
    "Mevrouw M. Brinkhuis en de heer K. Yıldız",
    "Zonnebloemstraat 27",
    "3904 KL Lindewaard",
    "",
    "Datum: 12 november 2026 | Kenmerk: WOO-2026-0041-Z2",
    "Onderwerp: verzoek om zienswijze Woo-verzoek",
    "",
    "Geachte mevrouw Brinkhuis, geachte heer Yıldız,",
    "Wij hebben een verzoek op grond van de Wet open overheid ontvangen om documenten over het ongeval op de "
    "speelplek Annie M.G. Schmidtplein openbaar te maken. Een aantal documenten gaat over u en uw zoon. Wij zijn "
    "van plan die documenten deels openbaar te maken. Uw namen, uw adres, de naam van uw zoon en alle medische "
    "gegevens maken wij niet openbaar (artikel 5.1, eerste lid, onder d en tweede lid, onder e, Woo).",
    "U kunt binnen twee weken uw zienswijze geven. U kunt reageren per e-mail aan woo@lindewaard.nl of bellen met "
    "14 0578. Uw advocaat, mr. Van 't Hoog, ontvangt een kopie van deze brief.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "Y. Baptiste",
    "Woo-coördinator",
], [MARLOES("M. Brinkhuis", "Brinkhuis"), KEREM("K. Yıldız", "Yıldız"),
    R("ADDRESS", "Zonnebloemstraat 27, 3904 KL Lindewaard", "Zonnebloemstraat 27", "3904 KL"),
    JP("Van 't Hoog"), YVONNE("Y. Baptiste")],
   [K("ORG", "Gemeente Lindewaard"), PLEK, CC("WOO-2026-0041-Z2"), K("LAW", "Wet open overheid"),
    K("EMAIL", "woo@lindewaard.nl"), K("PHONE", "14 0578"), K("FUNCTION", "Woo-coördinator"),
    K("ORG", "team Juridische Zaken")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "Zienswijzeverzoek"}))

# pa31 Woo decision (2 pages)
DOCS.append(Doc("pa31_woo_besluit", "rl", [
    "# Besluit op uw Woo-verzoek",
    "Aan: de heer D. Everaerts, Hoefslag 12, 3911 TB Rhenen | Datum: 14 december 2026 | Kenmerk: WOO-2026-0041",
    "",
    "Geachte heer Everaerts,",
    "Op 2 november 2026 heeft u gevraagd om documenten over het ongeval op de speelplek Annie M.G. Schmidtplein "
    "(Wet open overheid). Op 26 november 2026 hebben wij de beslistermijn met twee weken verdaagd.",
    "## Besluit",
    "Wij maken 33 documenten openbaar: 1 geheel en 32 deels. De documenten staan in de inventarislijst (bijlage 1).",
    "## Overwegingen",
    "Persoonsgegevens. In de documenten staan namen, e-mailadressen, telefoonnummers, adressen en paraferen van "
    "medewerkers van de gemeente, van KeurPlay Inspecties B.V., van Noordvaste Verzekeringen N.V. en van "
    "Vallei Expertise, en de gegevens van de ouders, het kind en een getuige. Het belang van openbaarheid weegt "
    "niet op tegen de bescherming van hun persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo). "
    "Namen van de burgemeester, de wethouder, de woordvoerder en de raadsleden maken wij wel openbaar.",
    "Medische gegevens van het kind zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). "
    "Het burgerservicenummer maken wij niet openbaar (artikel 5.1, eerste lid, onder e, Woo).",
    "---",
    "Zienswijzen. De ouders hebben op 20 november 2026 laten weten geen bezwaar te hebben tegen openbaarmaking, "
    "mits hun gegevens en die van hun zoon zijn weggelakt. Noordvaste Verzekeringen N.V. heeft geen zienswijze gegeven.",
    "Bezwaar. Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en "
    "wethouders van Lindewaard, Postbus 1100, 3900 BC Lindewaard.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Lindewaard,",
    "namens dezen,",
    "mr. Y. Baptiste, Woo-coördinator",
    "Bijlage 1: inventarislijst WOO-2026-0041",
] + MOT, [DAAN("D. Everaerts", "Everaerts"), R("ADDRESS", "Hoefslag 12, 3911 TB Rhenen", "Hoefslag 12", "3911 TB"),
         YVONNE("Y. Baptiste")],
   [PLEK, KEUR, NVS, K("ORG", "Vallei Expertise"), CC("WOO-2026-0041"), K("LAW", "Wet open overheid"),
    K("LAW", "artikel 5.1, tweede lid, onder e, Woo", ("artikel 5.1, tweede lid, onder e, Woo", False)),
    K("ADDRESS", "Postbus 1100"), K("FUNCTION", "Woo-coördinator"), K("DATE", "14 december 2026"),
    K("HEADING", "Informatie die niet openbaar gemaakt kan worden"), K("PLACE", "Rhenen")],
   meta={"Producer": "iText® 5.5.13.3 ©2000-2022 iText Group NV", "Creator": "Zaaksysteem Lindewaard",
         "Title": "Besluit WOO-2026-0041"}))

# pa32 inventory list
INV = [("1", "pa01_woo_verzoek", "02-11-2026", "Woo-verzoek", "deels openbaar", "5.1.2e", ""),
       ("2", "pa03_keurplay_jaarinspectie", "14-05-2025", "Rapport KP-25-0644", "deels openbaar", "5.1.2e", ""),
       ("3", "pa04_keurplay_incidentinspectie", "21-09-2026", "Rapport KP-26-0917", "deels openbaar", "5.1.2e", ""),
       ("4", "pa05_klacht_ouders_scan", "20-09-2026", "Klacht ouders", "deels openbaar", "5.1.1d, 5.1.2e", "zienswijze"),
       ("5", "pa06_aansprakelijkstelling", "02-10-2026", "Brief advocaat", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", "zienswijze"),
       ("6", "pa07_mail_verzekeraar", "13-10-2026", "E-mailwisseling Noordvaste", "deels openbaar", "5.1.2e", ""),
       ("7", "pa09_logboek_inspecteur", "25-09-2026", "Logboek LW-HK-017-03", "deels openbaar", "5.1.2e", ""),
       ("8", "pa11_meldingsformulier", "18-09-2026", "Meldingsformulier MOR-2026-22718", "deels openbaar", "5.1.1d, 5.1.2e", ""),
       ("9", "pa15_beslisnota", "13-10-2026", "Beslisnota", "deels openbaar", "5.1.2e", ""),
       ("10", "pa16_raadsvragen", "25-09-2026", "Raadsvragen art. 40", "openbaar", "-", "reeds openbaar"),
       ("11", "pa17_beantwoording_raadsvragen", "20-10-2026", "Beantwoording", "openbaar", "-", "reeds openbaar"),
       ("12", "pa21_brief_verzekeraar", "06-11-2026", "Brief Noordvaste", "deels openbaar", "5.1.1d, 5.1.2e", "zienswijze"),
       ("13", "pa27_juridisch_memo", "09-10-2026", "Memo aansprakelijkheid", "deels openbaar", "5.1.2e, 5.2.1", "")]
DOCS.append(Doc("pa32_inventarislijst", "rl", [
    "# Inventarislijst Woo-verzoek WOO-2026-0041 (uittreksel)",
    "Behandelaar: Y. Baptiste (YB) | Tweede lezing: mr. Thijs Goudsmit-Abbink (TGA) | Stand 14-12-2026",
    "| Nr | Document | Datum | Omschrijving | Beoordeling | Grond | Opmerking",
] + ["| " + " | ".join(r) for r in INV] + [
    "Toelichting: 5.1.1d = medische gegevens; 5.1.1e = BSN; 5.1.2e = persoonlijke levenssfeer; 5.2.1 = persoonlijke "
    "beleidsopvattingen. Vragen: woo@lindewaard.nl.",
], [YVONNE("Y. Baptiste"), R("INITIALS", "YB"), R("PERSON", "Thijs Goudsmit-Abbink", "Thijs Goudsmit-Abbink", "Goudsmit-Abbink"),
    R("INITIALS", "TGA")],
   [CC("WOO-2026-0041"), K("CODE", "5.1.2e", ("5.1.2e", False)), K("CODE", "5.1.1d", ("5.1.1d", False)),
    K("CODE", "KP-25-0644"), K("CODE", "MOR-2026-22718"), K("EMAIL", "woo@lindewaard.nl"),
    K("CODE", "pa09_logboek_inspecteur", ("pa09_logboek_inspecteur", False)), K("DOC", "Raadsvragen art. 40"),
    K("CODE", "LW-HK-017-03"), K("ORG", "Noordvaste")],
   meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365",
         "Title": "Inventarislijst WOO-2026-0041"}, font="Helvetica", size=8.5))

# pa33 mail with the requester about the extension
DOCS.append(Doc("pa33_mail_verdaging", "rl", [
    "Van: Woo-loket gemeente Lindewaard <woo@lindewaard.nl>",
    "Verzonden: donderdag 26 november 2026 09:14",
    "Aan: daan.everaerts@vallei-nieuws.nl",
    "Onderwerp: WOO-2026-0041 - verdaging beslistermijn",
    "",
    "Beste heer Everaerts,",
    "Uw Woo-verzoek gaat over documenten waarin gegevens van derden staan. Wij hebben de ouders van het kind en "
    "Noordvaste Verzekeringen N.V. om hun zienswijze gevraagd. Daarom verdagen wij de beslistermijn met twee "
    "weken, tot 14 december 2026 (artikel 4.2a Woo). Het verdagingsbesluit is als bijlage toegevoegd.",
    "Met vriendelijke groet,",
    "Yvonne Baptiste | Woo-coördinator | gemeente Lindewaard | (0318) 53 82 60",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: Daan Everaerts <daan.everaerts@vallei-nieuws.nl>",
    "Verzonden: woensdag 25 november 2026 22:47",
    "Aan: woo@lindewaard.nl",
    "Onderwerp: Re: WOO-2026-0041",
    "Hoi Yvonne, gaat het lukken voor 30 november? Ik wil het stuk voor de kerst publiceren. Groet, Daan",
    "Daan Everaerts - Vallei Nieuws - 06-29 84 11 05",
], [DAAN("Daan Everaerts", "Everaerts", "Daan"), R("EMAIL", "daan.everaerts@vallei-nieuws.nl"),
    YVONNE("Yvonne Baptiste", "Yvonne"), R("PHONE", "(0318) 53 82 60", ("(0318) 53 82 60", False)),
    R("PHONE", "06-29 84 11 05")],
   [K("EMAIL", "woo@lindewaard.nl"), GEM, NVS, CC("WOO-2026-0041"), K("LAW", "artikel 4.2a Woo"),
    K("ORG", "Vallei Nieuws"), K("FUNCTION", "Woo-coördinator"), K("DATE", "14 december 2026"),
    K("ORG", "Woo-loket")],
   meta={"Producer": "Microsoft Outlook for Microsoft 365 (16.0)", "Creator": "Outlook",
         "Title": "WOO-2026-0041 - verdaging"}, font="DejaVuSans", size=9.5))
