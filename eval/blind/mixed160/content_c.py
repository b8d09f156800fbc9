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
