from lib import Doc

P = "PERSON"
DOCS = []

# vt15 board minutes (2 pages)
DOCS.append(Doc("vt15_notulen_bestuur", [
    "# Notulen bestuursvergadering Volkstuinvereniging De Groene Hoek",
    "Datum: 15 april 2025, 19.30 uur, Het Tuinhuis, complex Zandweerd",
    "## Aanwezig",
    "Naam | Functie | Paraaf",
    "Gerrit-Jan ter Haar | voorzitter | GJtH",
    "Wilma van 't Veld-Brouwer | secretaris | WvtV",
    "Ahmet Yılmaz | penningmeester | AY",
    "Dorien Vlasblom | tuincommissie | DV",
    "Afwezig met bericht: Boudewijn Lansink (ziek, herstellende van een heupoperatie)",
    "## 1. Opening en mededelingen",
    "De voorzitter opent de vergadering. Het AVVN organiseert op 17 mei een regiodag in Apeldoorn.",
    "## 2. Berging tuin 31",
    "De boa's hebben op 2 april geconstateerd dat Henk Pasman in zijn berging slaapt. Het bestuur wil hem niet op straat "
    "zetten, maar de huurovereenkomst met de gemeente verbiedt bewoning. GJtH neemt contact op met Team Vastgoed; WvtV "
    "belt het Sociaal Wijkteam. Henk heeft gezegd dat zijn zus in Zutphen hem misschien kan opvangen.",
    "## 3. Conflict tuinen 22 en 23",
    "Kees Oudejans heeft een klacht ingediend tegen Marek Wiśniewski. Het bestuur stelt buurtbemiddeling voor.",
    "<<PAGE>>",
    "## 4. Hekwerk",
    "De offerte van Hekwerk Tijhuis (HT-25-033) is goedgekeurd. Subsidie Groen Deventer is toegekend.",
    "## 5. Wachtlijst",
    "Nieuwe aanmeldingen: Linda Oosterveld-Ramdin, Jasper Nieuwenhuis, Grażyna Nowak.",
    "## Actielijst",
    "Nr | Actie | Wie | Wanneer",
    "25-07 | contact Team Vastgoed over tuin 31 | GJtH | 22 april",
    "25-08 | Sociaal Wijkteam bellen | WvtV | 18 april",
    "25-09 | aanmelding buurtbemiddeling | AY | 1 juni",
    "25-10 | sleutelbeheer hek | DV | 24 april",
    "Vastgesteld in de vergadering van 20 mei 2025.",
], [
    (P, ["Gerrit-Jan ter Haar"]), ("PARAPH", ["GJtH"]), (P, ["Wilma van 't Veld-Brouwer"]), ("PARAPH", ["WvtV"]),
    (P, ["Ahmet Yılmaz"]), ("PARAPH", ["AY"]), (P, ["Dorien Vlasblom"]), ("PARAPH", ["DV"]), (P, ["Boudewijn Lansink"]),
    ("HEALTH", ["herstellende van een heupoperatie"]), (P, ["Henk Pasman", "Henk"]), (P, ["Kees Oudejans"]), (P, ["Marek Wiśniewski"]),
    (P, ["Linda Oosterveld-Ramdin"]), (P, ["Jasper Nieuwenhuis"]), (P, ["Grażyna Nowak"]),
], [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("MISC", ["Het Tuinhuis"]), ("ORG", ["AVVN"]), ("LOC", ["Apeldoorn"]),
    ("ORG", ["Team Vastgoed"]), ("ORG", ["Sociaal Wijkteam"]), ("ORG", ["Hekwerk Tijhuis"]), ("REF", ["HT-25-033"]),
    ("MISC", ["Groen Deventer"]), ("ROLE", ["penningmeester"]), ("ROLE", ["tuincommissie"]), ("LOC", ["Zutphen"]), ("REF", ["25-07"]),
], producer="docx", meta={"Author": "Wilma van 't Veld-Brouwer"}))

# vt16 AcroForm: wachtlijst aanmelding
DOCS.append(Doc("vt16_aanmeldformulier_wachtlijst", [
    "# Aanmeldformulier wachtlijst volkstuin",
    "Volkstuinvereniging De Groene Hoek - complex Zandweerd",
    "Lever dit formulier in bij het secretariaat of mail het naar secretaris@degroenehoek-deventer.nl.",
    "",
    "<<FIELD naam|Naam aanvrager>>",
    "<<FIELD adres|Adres>>",
    "<<FIELD gebdat|Geboortedatum>>",
    "<<FIELD tel|Telefoon>>",
    "<<FIELD mail|E-mail>>",
    "<<FIELD wens|Voorkeur (halve of hele tuin)>>",
    "",
    "Door ondertekening verklaart u akkoord te gaan met het Huishoudelijk Reglement en de Privacyverklaring van de vereniging.",
    "Inschrijfgeld wachtlijst: EUR 10,00.",
], [
    (P, ["Renate Zwiers-Alink"], "annotations"), ("ADDRESS", ["Boxbergerweg 27"], "annotations"), ("DOB", ["03-11-1979"], "annotations"),
    ("PHONE", ["06-90817263"], "annotations"), ("EMAIL", ["renate.zwiers@outlook.com"], "annotations"),
], [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("EMAIL_FUNC", ["secretaris@degroenehoek-deventer.nl"]),
    ("MISC", ["Huishoudelijk Reglement"]), ("MISC", ["Privacyverklaring"]), ("LOC", ["Zandweerd"]), ("MISC", ["EUR 10,00"]),
], producer="rl", meta={"Producer": "ReportLab PDF Library - www.reportlab.com"},
    hidden={"form": [("naam", "Renate Zwiers-Alink"), ("adres", "Boxbergerweg 27, 7412 EE Deventer"), ("gebdat", "03-11-1979"),
                     ("tel", "06-90817263"), ("mail", "renate.zwiers@outlook.com"), ("wens", "halve tuin")]}))

# vt17 beslisnota with outline
DOCS.append(Doc("vt17_beslisnota_huur", [
    "<<BM>>",
    "# Beslisnota college van B&W",
    "Onderwerp: nieuwe huurovereenkomst Volkstuinvereniging De Groene Hoek, complex Zandweerd",
    "Portefeuillehouder: wethouder M. Okkerse-Visser",
    "Steller: L. Steenbergen-Mol, Team Vastgoed, toestel 3412",
    "Kenmerk: BN-2025-0877     Datum: 26 augustus 2025",
    "## Geadviseerd besluit",
    "Het college wordt gevraagd in te stemmen met een nieuwe huurovereenkomst voor tien jaar (2026-2035), huurprijs "
    "EUR 0,38 per m2 per jaar, met een tussentijdse toets in 2030, ter uitvoering van de motie 'Volkstuinen blijven groen'.",
    "<<BM>>",
    "## Kern",
    "De vereniging heeft 86 tuinen. Een handhavingszaak (TH-2025-0412) over bewoning van een berging is afgerond. "
    "Het conflict tussen twee leden is via Stichting Buurtbemiddeling Deventer opgelost.",
    "## Krachtenveld",
    "De raad heeft de motie aangenomen. Projectontwikkelaar BPD heeft interesse getoond in de locatie.",
    "<<BM>>",
    "## Paraaf",
    "Naam | Functie | Paraaf | Datum",
    "L. Steenbergen-Mol | adviseur vastgoed | LSM | 26-08-2025",
    "B. Kamphuis | teamleider Vastgoed | BK | 27-08-2025",
    "R. Hoogeveen | juridisch adviseur | RH | 27-08-2025",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Motivering: de nota bevat persoonsgegevens van ambtenaren; deze worden geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, Woo.",
], [
    (P, ["L. Steenbergen-Mol"]), ("PHONE", ["toestel 3412"]), (P, ["B. Kamphuis"]), (P, ["R. Hoogeveen"]),
    ("PARAPH", ["LSM"]), ("PARAPH", ["BK"]), ("PARAPH", ["RH"]),
    (P, ["Mirjam Vos-Boerrigter"], "outline"), (P, ["opmerkingen Teun Haverkamp"], "outline"),
], [
    ("PERSON_PUBLIC", ["wethouder M. Okkerse-Visser"]), ("ORG", ["Team Vastgoed"]), ("REF", ["BN-2025-0877"]), ("REF", ["TH-2025-0412"]),
    ("ORG", ["Stichting Buurtbemiddeling Deventer"]), ("ORG", ["BPD"]), ("MISC", ["EUR 0,38"]), ("LAW", ["Woo"]),
    ("ROLE", ["teamleider Vastgoed"]), ("ROLE", ["juridisch adviseur"]), ("MISC", ["Volkstuinen blijven groen"]),
], producer="rlttf", meta={"Producer": "Microsoft® Word for Microsoft 365"},
    hidden={"outline": ["Versie Mirjam Vos-Boerrigter", "Kern - opmerkingen Teun Haverkamp", "Paraaf"]}))
DOCS[-1].redact[-2] = (P, ["Mirjam Vos-Boerrigter"], "outline")
DOCS[-1].redact[-1] = (P, ["Teun Haverkamp"], "outline")

# vt18 press release with XMP creator
DOCS.append(Doc("vt18_persbericht", [
    "# Persbericht gemeente Deventer",
    "Volkstuinen Zandweerd blijven tien jaar",
    "Deventer, 1 oktober 2025 - De gemeente Deventer en Volkstuinvereniging De Groene Hoek hebben een nieuwe "
    "huurovereenkomst getekend. Het complex aan de Jan van Arkelweg blijft daarmee tot en met 2035 een plek voor "
    "86 tuinders. \"Volkstuinen zijn goed voor de biodiversiteit en voor de buurt\", zegt wethouder Marleen Okkerse-Visser.",
    "Het nieuwe hekwerk werd mede betaald uit de subsidie Groen Deventer. Op zaterdag 11 oktober houdt de vereniging open "
    "dag; de Mien Ruysprijs voor de mooiste tuin wordt dan uitgereikt in Het Tuinhuis.",
    "Noot voor de redactie (niet voor publicatie):",
    "Meer informatie: team Communicatie, pers@deventer.nl, 0570 69 39 99 (persvoorlichter).",
    "Contact vereniging: Sanne Brouwer-Ekkel, 06-43210987.",
], [
    (P, ["Sanne Brouwer-Ekkel"]), ("PHONE", ["06-43210987"]),
    (P, ["Joost Rademaker"], "metadata"),
], [
    ("PERSON_PUBLIC", ["wethouder Marleen Okkerse-Visser"]), ("MISC", ["Mien Ruysprijs"]), ("MISC", ["Het Tuinhuis"]),
    ("EMAIL_FUNC", ["pers@deventer.nl"]), ("PHONE_PUBLIC", ["0570 69 39 99"]), ("LOC", ["Jan van Arkelweg"]),
    ("MISC", ["Groen Deventer"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("ORG", ["team Communicatie"]), ("LOC", ["Zandweerd"]),
], producer="docx", meta={"xmp_creator": "Joost Rademaker", "Title": "Persbericht volkstuinen"}))

# vt19 attendance list scan (ALV)
DOCS.append(Doc("vt19_presentielijst_alv_scan", [
    "# Presentielijst ALV De Groene Hoek",
    "9 december 2024, Het Tuinhuis",
    "",
    "Tuin   Naam                      Handtekening",
    "3      Joke Dijkhuis             J. Dijkhuis",
    "7      Piet de Wit               P. de Wit",
    "12     Fatma Koc                 F. Koc",
    "19     Ria Hendriks              R. Hendriks",
    "27     Siham El Amrani           S. El Amrani",
    "35     Dorien Vlasblom           D. Vlasblom",
    "40     Boudewijn Lansink         B. Lansink",
    "44     Truus Bakhuizen           T. Bakhuizen",
    "",
    "Aantal aanwezig: 31 leden, 6 volmachten.",
], [], [], producer="scan", meta={"Producer": "Xerox WorkCentre 7855 PDF"},
    ocr_redact=[(P, ["Joke Dijkhuis", "Dijkhuis"]), (P, ["Piet de Wit"]), (P, ["Fatma Koc"]), (P, ["Ria Hendriks", "Hendriks"]),
                (P, ["Siham El Amrani", "El Amrani"]), (P, ["Dorien Vlasblom", "Vlasblom"]), (P, ["Boudewijn Lansink", "Lansink"]),
                (P, ["Truus Bakhuizen", "Bakhuizen"])]))
