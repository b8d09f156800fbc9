"""Set VB, documents vb23-vb33: interpreter invoice, council questions, press, scans, RvIG, memo, Woo decision."""
from lib import Doc, K, R, WORD, OUTLOOK

DOCS = []
BZ = K("ORG", "Burgerzaken", "Burgerzaken")
WOONR = K("CASE", "WOO-2026-0187", "WOO-2026-0187")

# ---------------------------------------------------------------- vb23 interpreter invoice (sole trader, TTF)
DOCS.append(Doc("vb23_factuur_tolk", "rl", [
    "Tolk- en Vertaalpraktijk E. Kaya-de Graaf",
    "beëdigd tolk Turks-Nederlands (Wbtv-nr. 21044)\nGraaf Florislaan 66, 3817 KR Amersfoort\n"
    "esra@kayavertaalt.nl | 033-461 28 80 | KvK 70119834",
    "# Factuur 26-0032",
    "Gemeente Veenendaal, team Burgerzaken, Postbus 1100, 3900 BC Veenendaal | Referentie: Z26.002957",
    "Factuurdatum: 20 maart 2026",
    "|Omschrijving|Uren|Tarief|Bedrag|",
    "|Tolken bij huwelijksvoltrekking 14-03-2026, Huize Jacoba Mossel (artikel 1:64 BW), incl. voorbereiding akte|2,5|€ 62,00|€ 155,00|",
    "|Toeslag zaterdag (50%)|2,5|€ 31,00|€ 77,50|",
    "|Reiskosten Amersfoort-Veenendaal|38 km|€ 0,23|€ 8,74|",
    "|Totaal excl. btw| | |€ 241,24|",
    "|Btw 21%| | |€ 50,66|",
    "|Totaal| | |€ 291,90|",
    "Betaling binnen 30 dagen op NL12 ABNA 0493 1187 65 t.n.v. E. Kaya-de Graaf.",
    "Opmerking: de wachttijd van 35 minuten door het late aankomen van de trouwambtenaar is niet in rekening gebracht.",
], redact=[
    R("PERSON", "Esra Kaya-de Graaf", "E. Kaya-de Graaf", "Kaya-de Graaf"),
    R("REGNR", "Wbtv-nummer", "21044"),
    R("ADDRESS", "Graaf Florislaan 66, 3817 KR Amersfoort", "Graaf Florislaan 66", "3817 KR"),
    R("EMAIL", "esra@kayavertaalt.nl", "esra@kayavertaalt.nl"), R("PHONE", "033-461 28 80", "033-461 28 80"),
    R("KVK", "KvK eenmanszaak", "70119834"), R("IBAN", "NL12 ABNA 0493 1187 65", "NL12 ABNA 0493 1187 65"),
], keep=[
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("CASE", "Z26.002957", "Z26.002957"),
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"), K("LAW", "artikel 1:64 BW", "artikel 1:64 BW"),
    K("FUNC", "beëdigd tolk", "beëdigd tolk Turks-Nederlands"), K("AMOUNT", "€ 291,90", "€ 291,90"),
    K("CODE", "26-0032", "Factuur 26-0032"), K("PLACE", "Amersfoort", "Amersfoort-Veenendaal"),
    K("FUNC", "trouwambtenaar", "trouwambtenaar"), K("LAW", "Wbtv", "Wbtv"), BZ,
], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", font="DejaVuSerif"))

# ---------------------------------------------------------------- vb24 council questions
DOCS.append(Doc("vb24_raadsvragen", "rl", [
    "# Schriftelijke vragen ex artikel 40 Reglement van orde",
    "Aan het college van burgemeester en wethouders van Veenendaal",
    "Indiener: raadslid Fennema (ChristenUnie) | Datum: 8 april 2026 | Registratienummer: RV-2026-044",
    "Onderwerp: klachten over trouwambtenaren en privacy bij Burgerzaken",
    "Geacht college,",
    "In de Veenendaalse Krant van 2 april 2026 lazen wij dat een bruidspaar zich ernstig gekwetst voelde door de "
    "toespraak van een trouwambtenaar in Huize Jacoba Mossel. Daarnaast bereiken ons signalen dat medewerkers van "
    "Burgerzaken de Basisregistratie Personen zouden hebben geraadpleegd zonder dienstbelang.",
    "1. Hoeveel klachten over buitengewoon ambtenaren van de burgerlijke stand zijn in 2025 en 2026 ingediend, en "
    "hoeveel daarvan zijn gegrond verklaard?",
    "2. Welke eisen stelt het college aan BABS op het gebied van inclusief en respectvol optreden? Is het Draaiboek "
    "huwelijksvoltrekkingen 2025 daarop aangepast?",
    "3. Klopt het dat uit een interne audit blijkt dat BRP-gegevens zonder dienstbelang zijn ingezien? Is daarvan "
    "melding gedaan bij de Autoriteit Persoonsgegevens?",
    "4. Is de wethouder, de heer Van Gorcum, bereid de raad vertrouwelijk te informeren over de genomen maatregelen?",
    "5. Hoe borgt het college dat baliemedewerkers veilig kunnen werken, nu er in maart een incident met vermoedelijke "
    "identiteitsfraude aan de balie was?",
    "Wij zien de beantwoording binnen 30 dagen met belangstelling tegemoet.",
    "Namens de fractie van de ChristenUnie,\nraadslid Fennema",
    "Ondersteuning: fractiemedewerker (fractie.cu@veenendaal.nl)",
], redact=[], keep=[
    K("ROLE_PUB", "raadslid Fennema", "raadslid Fennema"), K("ORG", "ChristenUnie", "ChristenUnie"),
    K("ROLE_PUB", "wethouder Van Gorcum", "de heer Van Gorcum"), K("CASE", "RV-2026-044", "RV-2026-044"),
    K("LAW", "Reglement van orde", "artikel 40 Reglement van orde"), K("ORG", "Veenendaalse Krant", "Veenendaalse Krant"),
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"), K("REG", "Basisregistratie Personen", "Basisregistratie Personen"),
    K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"),
    K("DOC", "Draaiboek huwelijksvoltrekkingen 2025", "Draaiboek huwelijksvoltrekkingen 2025"),
    K("EMAIL_PUB", "fractie.cu@veenendaal.nl", "fractie.cu@veenendaal.nl"), K("FUNC", "BABS", "BABS"),
    K("TERM", "identiteitsfraude", "identiteitsfraude"), BZ, K("REG", "BRP", "BRP-gegevens"),
], producer="Acrobat PDFMaker 23 voor Word", creator="Microsoft® Word voor Microsoft 365"))

# ---------------------------------------------------------------- vb25 college answer (docx, outline hidden)
DOCS.append(Doc("vb25_beantwoording_raadsvragen", "docx", [
    "# Beantwoording schriftelijke vragen RV-2026-044",
    "Vragensteller: raadslid Fennema (ChristenUnie) | Portefeuillehouder: wethouder Van Gorcum | Datum: 5 mei 2026",
    "Antwoord 1: In 2025 zijn vier klachten over BABS ingediend, waarvan twee gegrond; in 2026 tot nu toe één, die "
    "deels gegrond is verklaard. Over individuele BABS doen wij geen mededelingen.",
    "Antwoord 2: Iedere BABS tekent bij benoeming een gedragscode en volgt binnen een jaar de NVVB-training "
    "'Inclusief trouwen'. Het Draaiboek huwelijksvoltrekkingen wordt in 2026 geactualiseerd.",
    "Antwoord 3: Ja. De interne audit AUD-BRP-2026-02 heeft bij twee medewerkers raadplegingen zonder dienstbelang "
    "vastgesteld. Eén geval is als datalek gemeld bij de Autoriteit Persoonsgegevens (meldnummer AP-M2026-118744). "
    "Er zijn rechtspositionele maatregelen genomen; daarover doen wij uit privacyoverwegingen geen mededelingen.",
    "Antwoord 4: De wethouder, de heer Van Gorcum, is bereid de raad vertrouwelijk te informeren in de commissie Bestuur.",
    "Antwoord 5: Na het incident van 12 maart 2026 is het alarmsysteem in de publiekshal hersteld en dragen "
    "baliemedewerkers geen naambordje met hun naam meer. Zij volgen jaarlijks de training Documentfraude van RvIG.",
    "Burgemeester en wethouders van Veenendaal,\nde secretaris, de burgemeester,\nburgemeester Kolkman",
], redact=[
    R("PERSON", "steller Rob ter Weele", "concept R. ter Weele", ch="outline"),
    R("PERSON", "review Naima Bouzid", "review N. Bouzid", ch="outline"),
    R("PERSON", "Henriëtte Scholten-de Vries (Author)", "Henriëtte Scholten-de Vries", ch="metadata"),
], keep=[
    K("CASE", "RV-2026-044", "RV-2026-044"), K("ROLE_PUB", "raadslid Fennema", "raadslid Fennema (ChristenUnie)"),
    K("ROLE_PUB", "wethouder Van Gorcum", "wethouder Van Gorcum", "de heer Van Gorcum"),
    K("ROLE_PUB", "burgemeester Kolkman", "burgemeester Kolkman"), K("ORG", "NVVB", "NVVB-training"),
    K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"), K("CASE", "AP-M2026-118744", "AP-M2026-118744"),
    K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"), K("ORG", "commissie Bestuur", "commissie Bestuur"),
    K("ORG", "RvIG", "RvIG"), K("TERM", "Inclusief trouwen", "Inclusief trouwen"), K("FUNC", "BABS", "BABS"),
    K("TERM", "publiekshal", "publiekshal"),
], producer="LibreOffice 7.6", creator="Writer", author="Henriëtte Scholten-de Vries",
    outline=[("Beantwoording RV-2026-044 (concept R. ter Weele)", 0), ("Antwoorden 1-5 (review N. Bouzid)", 0)]))

# ---------------------------------------------------------------- vb26 press release (metadata)
DOCS.append(Doc("vb26_persbericht", "rl", [
    "PERSBERICHT | Gemeente Veenendaal | 6 mei 2026",
    "# Gemeente scherpt regels voor trouwambtenaren en BRP-gebruik aan",
    "Veenendaal - Het college van burgemeester en wethouders van Veenendaal neemt maatregelen na klachten over een "
    "huwelijksvoltrekking en na een interne audit naar het gebruik van de Basisregistratie Personen (BRP).",
    "Alle buitengewoon ambtenaren van de burgerlijke stand (BABS) volgen voortaan verplicht de training 'Inclusief "
    "trouwen' van de NVVB. Het Draaiboek huwelijksvoltrekkingen wordt aangepast. Ook controleert de gemeente elk "
    "kwartaal wie welke gegevens in de BRP heeft geraadpleegd.",
    "Wethouder Van Gorcum: 'Een huwelijk is een van de mooiste momenten in iemands leven. Iedereen moet zich daarbij "
    "welkom voelen. En inwoners moeten erop kunnen vertrouwen dat hun gegevens bij ons veilig zijn.'",
    "Burgemeester Kolkman heeft het bruidspaar persoonlijk excuses aangeboden.",
    "Trouwen in Veenendaal kan op elf trouwlocaties, waaronder Huize Jacoba Mossel, de Rondvaartboot Johanna Maria en de "
    "trouwzaal in het stadhuis. Kijk op www.veenendaal.nl/trouwen.",
    "Noot voor de redactie, niet voor publicatie: Voor meer informatie: persvoorlichting gemeente Veenendaal, "
    "via 14 0318 of pers@veenendaal.nl.",
], redact=[
    R("PERSON", "Sophie Rasenberg (Author, XMP)", "Rasenberg, Sophie", "Sophie Rasenberg", ch="metadata"),
], keep=[
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("ROLE_PUB", "Wethouder Van Gorcum", "Wethouder Van Gorcum"),
    K("ROLE_PUB", "Burgemeester Kolkman", "Burgemeester Kolkman"), K("ORG", "NVVB", "NVVB"),
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"), K("SHIP", "Rondvaartboot Johanna Maria", "Rondvaartboot Johanna Maria"),
    K("URL", "www.veenendaal.nl/trouwen", "www.veenendaal.nl/trouwen"), K("PHONE_PUB", "14 0318", "14 0318"),
    K("EMAIL_PUB", "pers@veenendaal.nl", "pers@veenendaal.nl"), K("REG", "BRP", "BRP"), K("FUNC", "BABS", "BABS"),
    K("TERM", "Inclusief trouwen", "Inclusief"),
], producer="Adobe InDesign 19.2 (Macintosh) / Adobe PDF Library 17.0", creator="Adobe InDesign 19.2",
    author="Rasenberg, Sophie", xmp_creator="Sophie Rasenberg", title="Persbericht trouwambtenaren en BRP"))

# ---------------------------------------------------------------- vb27 draft press release with sticky notes
DOCS.append(Doc("vb27_concept_persbericht", "rl", [
    "CONCEPT v0.3 - niet verspreiden",
    "# Gemeente neemt maatregelen na klacht over trouwambtenaar",
    "Veenendaal - De gemeente Veenendaal heeft een klacht over het optreden van een trouwambtenaar bij een huwelijk op "
    "14 maart gegrond verklaard. De benoeming van de betrokken BABS wordt beëindigd.",
    "Wethouder Van Gorcum: 'Wij betreuren wat het bruidspaar en hun familie is overkomen.'",
    "Daarnaast heeft een interne audit uitgewezen dat medewerkers van Burgerzaken zonder dienstbelang gegevens in de "
    "Basisregistratie Personen hebben ingezien. De gemeente heeft dit gemeld bij de Autoriteit Persoonsgegevens.",
    "[Citaat burgemeester Kolkman volgt]",
    "Voor meer informatie: persvoorlichting, 14 0318.",
], redact=[
    R("PERSON", "Sophie Rasenberg (note author)", "Sophie Rasenberg", ch="annotations"),
    R("PERSON", "Gerard-Jan Bleeker", "Bleeker", ch="annotations"),
    R("PERSON", "Henriëtte Scholten-de Vries", "Henriëtte", ch="annotations"),
    R("PERSON", "Rob ter Weele (note author)", "R. ter Weele", ch="annotations"),
    R("PHONE", "06-53 17 02 88", "06-53 17 02 88", ch="annotations"),
    R("PERSON", "Lotte van Wijngaarden", "Lotte", ch="annotations"),
], keep=[
    K("ORG", "gemeente Veenendaal", "gemeente Veenendaal"), K("ROLE_PUB", "Wethouder Van Gorcum", "Wethouder Van Gorcum"),
    K("ROLE_PUB", "burgemeester Kolkman", "burgemeester Kolkman"), K("FUNC", "BABS", "BABS"),
    K("REG", "Basisregistratie Personen", "Basisregistratie Personen"),
    K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"), K("PHONE_PUB", "14 0318", "14 0318"), BZ,
    K("CODE", "CONCEPT v0.3", "CONCEPT v0.3"),
], producer="Adobe PDF Library 23.1.175", creator="Acrobat Pro 23.1",
    annots=[(0, "Sophie Rasenberg", "Moeten we de naam Bleeker echt weglaten? Staat al in de krant. Check bij Henriëtte."),
            (0, "R. ter Weele", "Naam NIET noemen. Bij vragen mij bellen: 06-53 17 02 88"),
            (0, "R. ter Weele", "Niets over de HR-kant (zaak Lotte) in het persbericht!")]))

# ---------------------------------------------------------------- vb28 scan: attendance list training
DOCS.append(Doc("vb28_scan_presentielijst", "scan", [
    "# Presentielijst training Documentfraude herkennen",
    "Verzorgd door RvIG, team Opleidingen - 4 februari 2026",
    "Locatie: stadhuis Veenendaal, vergaderzaal De Grift",
    "",
    "|Naam|Functie|Handtekening|",
    "|Priya Ramdin|baliemedewerker|~Ramdin|",
    "|Kevin de Bruijn|BOA Burgerzaken|~K. de Bruijn|",
    "|Mehmet Aydin|baliemedewerker|~M. Aydin|",
    "|Joyce Hakkert|KCC|~Hakkert|",
    "|Wendy Brinkhuis|adviseur|~W. Brinkhuis|",
    "",
    "Trainer: Hanneke Vos-Terpstra (RvIG)",
    "~ Paraaf trainer: HVT",
], redact=[
    R("PERSON", "Priya Ramdin", "Priya Ramdin", ch="ocr"),
    R("PERSON", "Kevin de Bruijn", "Kevin de Bruijn", ch="ocr"),
    R("PERSON", "Mehmet Aydın", "Mehmet Aydin", ch="ocr"),
    R("PERSON", "Joyce Hakkert", "Joyce Hakkert", ch="ocr"),
    R("PERSON", "Wendy Brinkhuis", "Wendy Brinkhuis", ch="ocr"),
    R("PERSON", "Hanneke Vos-Terpstra", "Vos-Terpstra", ch="ocr"),
], keep=[], producer="Xerox WorkCentre 7845 PDF", creator="Xerox WorkCentre 7845"))

# ---------------------------------------------------------------- vb29 scan: witness statement (handwritten)
DOCS.append(Doc("vb29_scan_verklaring_getuige", "scan", [
    "# Verklaring getuige huwelijk 14 maart 2026",
    "Klacht KL-2026-0412 - gemeente Veenendaal",
    "",
    "~ Ik, Tom Verhagen, was getuige van de bruid.",
    "~ Ik woon aan de Zandstraat 18 in Veenendaal.",
    "~ De trouwambtenaar Bleeker kwam veel te laat.",
    "~ Hij maakte een grap over Turkse bruiloften.",
    "~ De moeder van Anouk is toen weggegaan.",
    "~ Ik heb het gefilmd met mijn telefoon.",
    "",
    "Datum: 20 maart 2026",
    "~ Tom Verhagen",
    "~ 06 51 33 20 87",
], redact=[
    R("PERSON", "Tom Verhagen", "Tom Verhagen", ch="ocr"),
    R("ADDRESS", "Zandstraat 18", "Zandstraat 18", ch="ocr"),
    R("PERSON", "Gerard-Jan Bleeker", "Bleeker", ch="ocr"),
    R("PERSON", "Anouk Çelik", "Anouk", ch="ocr"),
], keep=[], producer="HP Digital Sending Software 5.0", creator="HP LaserJet MFP M528"))

# ---------------------------------------------------------------- vb30 RvIG letter (TTF)
DOCS.append(Doc("vb30_brief_rvig", "rl", [
    "Rijksdienst voor Identiteitsgegevens\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\n"
    "Postbus 10451, 2501 HL Den Haag | www.rvig.nl",
    "",
    "Aan: het college van burgemeester en wethouders van Veenendaal\nt.a.v. team Burgerzaken, mevrouw W. Brinkhuis",
    "Datum: 2 april 2026\nKenmerk: RvIG-2026/0412-IDF\nUw melding: RvIG-MLD-2026-33817\nContactpersoon: M. Dölle\n"
    "T 070 888 4621\nmarieke.dölle@rvig.nl",
    "Onderwerp: afhandeling melding vermoedelijke identiteitsfraude",
    "Geacht college,",
    "Op 13 maart 2026 ontvingen wij uw melding van een vermoedelijke look-alike-fraude bij een aanvraag van een "
    "paspoort. Wij hebben de melding onderzocht samen met het ECID van de Koninklijke Marechaussee.",
    "Uitkomst: het ECID acht het aannemelijk dat niet de houder, de heer J.P. Smeenk (geboren 17 juni 1985), maar een "
    "ander het paspoort aanvroeg. Het vorige paspoort NW3K81L27 is vervallen verklaard en in het Register "
    "Paspoortsignaleringen opgenomen (artikel 24 Paspoortwet). De houder is op 27 maart 2026 door ons schriftelijk "
    "geïnformeerd en kan bij de gemeente een nieuw document aanvragen, waarbij extra identiteitsvaststelling nodig is "
    "(Handleiding Uitvoeringsprocedures, hoofdstuk 2.3).",
    "Wij danken uw medewerkers voor de zorgvuldige werkwijze; deze melding wordt (geanonimiseerd) gebruikt in de "
    "landelijke training Documentfraude.",
    "Met vriendelijke groet,\nde minister van Binnenlandse Zaken en Koninkrijksrelaties,\nnamens deze,",
    "",
    "drs. R.K. Appelman-Nijhuis\nafdelingshoofd Identiteitsfraude en Documenten, RvIG",
], redact=[
    R("PERSON", "Wendy Brinkhuis", "W. Brinkhuis"),
    R("PERSON", "Marieke Dölle", "M. Dölle"),
    R("PHONE", "070 888 4621", "070 888 4621"),
    R("EMAIL", "marieke.dölle@rvig.nl", "marieke.dölle@rvig.nl"),
    R("PERSON", "J.P. Smeenk", "J.P. Smeenk"),
    R("DOB", "17 juni 1985", "17 juni 1985"),
    R("DOCNR", "NW3K81L27", "NW3K81L27"),
    R("PERSON", "R.K. Appelman-Nijhuis", "R.K. Appelman-Nijhuis"),
], keep=[
    K("ORG", "Rijksdienst voor Identiteitsgegevens", "Rijksdienst voor Identiteitsgegevens"),
    K("ORG", "BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    K("ADDR_PUB", "Postbus 10451", "Postbus 10451, 2501 HL Den Haag"), K("URL", "www.rvig.nl", "www.rvig.nl"),
    K("CASE", "RvIG-2026/0412-IDF", "RvIG-2026/0412-IDF"), K("CASE", "RvIG-MLD-2026-33817", "RvIG-MLD-2026-33817"),
    K("ORG", "ECID", "ECID"), K("ORG", "Koninklijke Marechaussee", "Koninklijke Marechaussee"),
    K("LAW", "Paspoortwet", "artikel 24 Paspoortwet"), K("REG", "Register Paspoortsignaleringen", "Register Paspoortsignaleringen"),
    K("DOC", "Handleiding Uitvoeringsprocedures", "Handleiding Uitvoeringsprocedures"),
    K("FUNC", "afdelingshoofd", "afdelingshoofd Identiteitsfraude en Documenten"), K("TERM", "namens deze", "namens deze"), BZ,
], producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="RvIG Correspondentiemodule", font="DejaVuSans"))

# ---------------------------------------------------------------- vb31 legal memo data breach (2 pages)
DOCS.append(Doc("vb31_memo_datalek", "rl", [
    "# Memo",
    "Aan: afdelingsmanager Publiekszaken, gemeentesecretaris\nVan: Carolien Mulder-Huisman, functionaris "
    "gegevensbescherming (FG)\nCC: Jan-Willem Pot (CISO); Naima Bouzid (HR)\nDatum: 9 februari 2026\n"
    "Kenmerk: FG-2026-007\nOnderwerp: beoordeling datalek n.a.v. bevinding 3.2 audit BRP",
    "## 1. Vraag",
    "Is de herhaalde raadpleging van de persoonslijst van een ex-partner door een medewerker van Burgerzaken een "
    "inbreuk in verband met persoonsgegevens (artikel 4 onder 12 AVG) die moet worden gemeld bij de Autoriteit "
    "Persoonsgegevens (artikel 33 AVG) en aan de betrokkene (artikel 34 AVG)?",
    "## 2. Feiten",
    "Medewerker L. van Wijngaarden heeft tussen mei en november 2025 veertien keer de persoonslijst van de heer "
    "N.J. Hoogendoorn (geboren 11-08-1983) geraadpleegd, waaronder zijn nieuwe adres. Er zijn aanwijzingen (verklaring "
    "van betrokkene zelf, bericht van 3 februari 2026 aan hoogendoorn.nj@gmail.com) dat hij vreest dat de medewerker "
    "het adres heeft gebruikt om hem op te zoeken.",
    "## 3. Beoordeling",
    "Onbevoegde toegang door een eigen medewerker is een inbreuk. Het risico voor de betrokkene is hoog: het gaat om "
    "een (nieuw) woonadres van een ex-partner, en de betrokkene heeft zich gemeld met zorgen over zijn veiligheid. "
    "Dat rechtvaardigt melding aan de AP binnen 72 uur na vaststelling en een mededeling aan de betrokkene.",
    "Vergelijk de uitspraak van de Rechtbank Gelderland van 14 maart 2023 (ECLI:NL:RBGEL:2023:1402, fictief voor deze "
    "memo) over ontslag van een baliemedewerker wegens onbevoegd raadplegen.",
    "---",
    "## 4. Advies",
    "1. Meld de inbreuk uiterlijk 12 februari 2026 bij de Autoriteit Persoonsgegevens via het meldloket.",
    "2. Informeer de heer Hoogendoorn schriftelijk, met een aanbod voor een gesprek. Zijn adres is: Dr. Colijnstraat "
    "41, 6711 AB Ede; telefoon 0318-69 30 12.",
    "3. Registreer de inbreuk in het register datalekken (nummer DL-2026-003).",
    "4. Bevinding 3.3 (raadpleging van een bekende Nederlander) is eveneens een inbreuk, maar met laag risico; "
    "registratie volstaat.",
    "Met vriendelijke groet,",
    "C. Mulder-Huisman, FG | fg@veenendaal.nl | direct 0318 538 190",
], redact=[
    R("PERSON", "Carolien Mulder-Huisman", "Carolien Mulder-Huisman", "C. Mulder-Huisman"),
    R("PERSON", "Jan-Willem Pot", "Jan-Willem Pot"), R("PERSON", "Naima Bouzid", "Naima Bouzid"),
    R("PERSON", "Lotte van Wijngaarden", "L. van Wijngaarden"),
    R("PERSON", "Niels Hoogendoorn", "N.J. Hoogendoorn", "Hoogendoorn"),
    R("DOB", "11-08-1983", "11-08-1983"),
    R("EMAIL", "hoogendoorn.nj@gmail.com", "hoogendoorn.nj@gmail.com"),
    R("ADDRESS", "Dr. Colijnstraat 41, 6711 AB Ede", "Dr. Colijnstraat", "6711 AB"),
    R("PHONE", "0318-69 30 12", "0318-69 30 12"), R("PHONE", "0318 538 190", "0318 538 190"),
], keep=[
    K("CASE", "FG-2026-007", "FG-2026-007"), K("CASE", "DL-2026-003", "DL-2026-003"),
    K("LAW", "AVG", "artikel 33 AVG", "artikel 34 AVG"), K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"),
    K("ORG", "Rechtbank Gelderland", "Rechtbank Gelderland"), K("CASE", "ECLI", "ECLI:NL:RBGEL:2023:1402"),
    K("FUNC", "functionaris gegevensbescherming", "functionaris gegevensbescherming"), K("FUNC", "CISO", "CISO"),
    K("EMAIL_PUB", "fg@veenendaal.nl", "fg@veenendaal.nl"), K("ORG", "AP", "AP"), BZ,
    K("FUNC", "afdelingsmanager Publiekszaken", "afdelingsmanager Publiekszaken"),
], producer="ReportLab PDF Library - www.reportlab.com", creator="Microsoft® Word voor Microsoft 365",
    font="Times-Roman", outline=[("Memo FG-2026-007", 0), ("Advies", 1)]))

# ---------------------------------------------------------------- vb32 Woo decision (docx, 2 pages)
DOCS.append(Doc("vb32_woo_besluit", "docx", [
    "Gemeente Veenendaal | Postbus 1100 | 3900 BC Veenendaal | 14 0318 | woo@veenendaal.nl",
    "",
    "De heer J. Oudeman-Vrolijk\nVlinderweg 14\n3902 KL  Veenendaal",
    "",
    "Datum: 2 juni 2026\nKenmerk: WOO-2026-0187\nOnderwerp: besluit op uw Woo-verzoek",
    "Geachte heer Oudeman-Vrolijk,",
    "Op 9 april 2026 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo) om documenten over klachten "
    "over een buitengewoon ambtenaar van de burgerlijke stand, een melding van vermoedelijke identiteitsfraude en een "
    "interne audit naar raadplegingen van de BRP. Bij brief van 7 mei 2026 is de beslistermijn met twee weken verdaagd.",
    "## Besluit",
    "Wij hebben 33 documenten gevonden. Wij maken 28 documenten deels openbaar, 4 documenten volledig openbaar en 1 "
    "document niet openbaar (de geluidsopname van de hoorzitting bestaat niet meer). Zie de inventarislijst.",
    "## Zienswijzen",
    "De klagers, de betrokken BABS en drie medewerkers hebben een zienswijze gegeven. De BABS, vertegenwoordigd door "
    "mr. P.A. Steenhuis, verzet zich tegen openbaarmaking van documenten over zijn optreden. Wij volgen die zienswijze "
    "gedeeltelijk: zijn naam en contactgegevens maken wij niet openbaar.",
    "---",
    "## Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e Woo): namen, contactgegevens, handtekeningen, parafen en "
    "andere gegevens waarmee medewerkers, klagers, getuigen en andere derden kunnen worden geïdentificeerd, zijn "
    "weggelakt. Dit geldt niet voor de burgemeester, de wethouder en raadsleden in hun openbare functie.",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d Woo): gegevens over de gezondheid van een medewerker "
    "zijn niet openbaar gemaakt.",
    "Identificatienummers (artikel 5.1, eerste lid, onder e Woo): burgerservicenummers zijn weggelakt.",
    "Opsporing en vervolging (artikel 5.1, tweede lid, onder c Woo): het signalement van de aanvrager is weggelakt.",
    "## Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college (Algemene wet bestuursrecht).",
    "Met vriendelijke groet,\nburgemeester en wethouders van Veenendaal,\nnamens dezen,",
    "",
    "mr. I. van 't Hul\nWoo-coördinator",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Zie de overwegingen hierboven.",
    "## Motivering",
    "In de openbaar gemaakte versie zijn persoonsgegevens geanonimiseerd (5.1.2e).",
], redact=[
    R("PERSON", "Jasper Oudeman-Vrolijk", "J. Oudeman-Vrolijk", "Oudeman-Vrolijk"),
    R("ADDRESS", "Vlinderweg 14", "Vlinderweg 14", "3902 KL"),
    R("PERSON", "mr. P.A. Steenhuis", "P.A. Steenhuis"),
    R("PERSON", "Ilse van 't Hul", "I. van 't Hul"),
    R("PERSON", "Ilse van 't Hul (Author)", "Ilse van 't Hul", ch="metadata"),
], keep=[
    WOONR, K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("PHONE_PUB", "14 0318", "14 0318"),
    K("EMAIL_PUB", "woo@veenendaal.nl", "woo@veenendaal.nl"), K("LAW", "Wet open overheid", "Wet open overheid (Woo)"),
    K("LAW", "artikel 5.1 Woo", "artikel 5.1, tweede lid, onder e Woo", "artikel 5.1, eerste lid, onder d Woo"),
    K("LAW", "Algemene wet bestuursrecht", "Algemene wet bestuursrecht"), K("FUNC", "Woo-coördinator", "Woo-coördinator"),
    K("FUNC", "BABS", "BABS"), K("ADDR_PUB", "Postbus 1100", "Postbus 1100"), K("TERM", "namens dezen", "namens dezen"),
    K("DATE", "2 juni 2026", "2 juni 2026"), K("CODE", "5.1.2e", "5.1.2e"),
    K("HEAD", "Informatie die niet openbaar gemaakt kan worden", "Informatie die niet openbaar gemaakt kan worden"),
], producer="LibreOffice 7.6", creator="Writer", author="Ilse van 't Hul"))

# ---------------------------------------------------------------- vb33 inventory list (landscape)
_INV = [
    ("1", "vb01_woo_verzoek", "09-04-2026", "Woo-verzoek", "deels openbaar", "5.1.2e"),
    ("2", "vb02_ontvangstbevestiging", "14-04-2026", "ontvangstbevestiging", "deels openbaar", "5.1.2e"),
    ("3", "vb03_klacht_bruidspaar", "16-03-2026", "klachtbrief", "deels openbaar", "5.1.2e"),
    ("4", "vb04_mail_klacht_babs", "19-03-2026", "e-mailwisseling", "deels openbaar", "5.1.2e"),
    ("5", "vb05_reactie_babs", "23-03-2026", "reactie beklaagde", "deels openbaar", "5.1.2e"),
    ("6", "vb06_brief_afhandeling_klacht", "28-04-2026", "brief", "deels openbaar", "5.1.2e"),
    ("7", "vb07_beslisnota_babs", "21-04-2026", "beslisnota", "deels openbaar", "5.1.2e"),
    ("8", "vb08_verslag_hoorzitting", "15-04-2026", "verslag", "deels openbaar", "5.1.2e"),
    ("9", "vb09_teams_chat_balie", "12-03-2026", "chatexport", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("10", "vb10_meldformulier_idfraude", "13-03-2026", "formulier", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("11", "vb11_mail_rvig", "16-03-2026", "e-mailwisseling", "deels openbaar", "5.1.2e"),
    ("12", "vb12_mail_kmar_politie", "17-03-2026", "e-mailwisseling", "deels openbaar", "5.1.1e, 5.1.2c, 5.1.2e"),
    ("13", "vb13_scan_verklaring_balie", "12-03-2026", "verklaring (scan)", "deels openbaar", "5.1.2e"),
    ("14", "vb14_auditrapport_brp", "02-02-2026", "auditrapport", "deels openbaar", "5.1.2e"),
    ("15", "vb15_bijlage_logging", "12-01-2026", "bijlage", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("16", "vb16_gespreksverslag_hr", "27-01-2026", "gespreksverslag", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("17", "vb17_brief_voornemen_maatregel", "10-02-2026", "brief", "deels openbaar", "5.1.2e"),
    ("18", "vb18_besluit_berisping", "03-03-2026", "besluit", "deels openbaar", "5.1.2e"),
    ("19", "vb19_rooster_burgerzaken", "06-03-2026", "rooster", "deels openbaar", "5.1.2e"),
    ("20", "vb20_whatsapp_team", "16-03-2026", "chatexport", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("21", "vb21_notulen_werkoverleg", "19-03-2026", "notulen", "deels openbaar", "5.1.2e"),
    ("22", "vb22_factuur_babs", "31-03-2026", "factuur", "deels openbaar", "5.1.2e"),
    ("23", "vb23_factuur_tolk", "20-03-2026", "factuur", "deels openbaar", "5.1.2e"),
    ("24", "vb24_raadsvragen", "08-04-2026", "raadsvragen", "openbaar", "-"),
    ("25", "vb25_beantwoording_raadsvragen", "05-05-2026", "beantwoording", "openbaar", "-"),
    ("26", "vb26_persbericht", "06-05-2026", "persbericht", "openbaar", "-"),
    ("27", "vb27_concept_persbericht", "30-04-2026", "concept persbericht", "deels openbaar", "5.1.2e"),
    ("28", "vb28_scan_presentielijst", "04-02-2026", "presentielijst (scan)", "deels openbaar", "5.1.2e"),
    ("29", "vb29_scan_verklaring_getuige", "20-03-2026", "verklaring (scan)", "deels openbaar", "5.1.2e"),
    ("30", "vb30_brief_rvig", "02-04-2026", "brief RvIG", "deels openbaar", "5.1.2e"),
    ("31", "vb31_memo_datalek", "09-02-2026", "memo FG", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("32", "vb32_woo_besluit", "02-06-2026", "besluit", "openbaar", "-"),
    ("33", "geluidsopname hoorzitting", "15-04-2026", "audio", "niet openbaar", "bestaat niet meer"),
]
DOCS.append(Doc("vb33_inventarislijst", "rl", [
    "# Inventarislijst bij besluit WOO-2026-0187",
    "Gemeente Veenendaal | behandelaar: team Juridische Zaken | versie 1.0 | 2 juni 2026",
    "|Nr|Document|Datum|Soort|Beoordeling|Grond|",
] + ["|" + "|".join(r) + "|" for r in _INV] + [
    "~ Gronden: 5.1.1d bijzondere persoonsgegevens; 5.1.1e identificatienummers; 5.1.2c opsporing en vervolging; "
    "5.1.2e eerbiediging van de persoonlijke levenssfeer. Vastgesteld door I. van 't Hul, Woo-coördinator (iht).",
], redact=[
    R("PERSON", "Ilse van 't Hul", "I. van 't Hul"),
    R("INITIALS", "iht", "iht"),
    R("PERSON", "Ilse van 't Hul (Author)", "ivanthul", ch="metadata"),
], keep=[
    WOONR, K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("ORG", "team Juridische Zaken", "team Juridische Zaken"),
    K("DOC", "vb03_klacht_bruidspaar", "vb03_klacht_bruidspaar"), K("DOC", "vb14_auditrapport_brp", "vb14_auditrapport_brp"),
    K("DOC", "vb32_woo_besluit", "vb32_woo_besluit"), K("TERM", "deels openbaar", "deels openbaar"),
    K("TERM", "niet openbaar", "niet openbaar"), K("CODE", "5.1.2e", "5.1.2e"), K("CODE", "5.1.1e", "5.1.1e"),
    K("CODE", "5.1.1d", "5.1.1d"), K("FUNC", "Woo-coördinator", "Woo-coördinator"), K("DATE", "02-06-2026", "02-06-2026"),
], producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016", landscape=True, author="ivanthul"))
