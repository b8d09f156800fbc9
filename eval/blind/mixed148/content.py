"""Documents of set PK: complaint about police conduct, basisteam Zaanstad (all persons invented)."""
from lib import Doc, R

P, E, T = "PERSON", "EMAIL", "PHONE"
K_ORG, K_LAW, K_REF, K_PLACE, K_PUB = "ORG", "LAW", "REF", "PLACE", "PUBLIC_OFFICIAL"

# recurring cast
KLAGER = R(P, "Dewi Ramdin-Pinas", "Ramdin-Pinas", "D. Ramdin-Pinas")
KLADR = R("ADDRESS", "Vermiljoenweg 37", "1506 KT")
KLTEL = R(T, "06-41 27 83 90")
KLMAIL = R(E, "dewi.ramdin@hotmail.com")
DEBRUIJN = R(P, "Kevin de Bruijn", "De Bruijn", "K. de Bruijn", "de Bruijn")
OUDEJANS = R(P, "Sanne Oudejans", "Oudejans", "S. Oudejans")
VANTHEK = R(P, "Marco van 't Hek", "Van 't Hek", "M. van 't Hek", "van 't Hek")
DN1, DN2, DN3 = R("ID", "1793244"), R("ID", "1810562"), R("ID", "1688410")
WAGE = R(P, "Jeroen Wagemaker", "Wagemaker", "J. Wagemaker")
WAGEM = R(E, "jeroen.wagemaker@politie.nl")
WAGET = R(T, "06-2214 5508")
BOEK = R(P, "Ingrid Boekhout-Smit", "Boekhout-Smit", "I. Boekhout-Smit")
SPR = R(P, "mr. H.A. Sprengers", "Sprengers")
ELID = R(P, "Fatima el Idrissi", "El Idrissi", "el Idrissi")
CELIK = R(P, "Lotte Çelik", "Çelik", "L. Çelik")
CELIKM = R(E, "lotte.çelik@politie.nl")
KEEPS = [(K_ORG, "Politie"), (K_ORG, "eenheid Noord-Holland"), (K_ORG, "basisteam Zaanstad"), (K_PLACE, "Zaandam"),
         (K_REF, "KL-2026-0417"), (K_ORG, "Klachtadviescommissie"), (K_LAW, "Awb"), (K_LAW, "Politiewet 2012"),
         (K_ORG, "Nationale ombudsman"), (K_LAW, "Woo"), (K_ORG, "Gemeente Zaanstad"), (K_REF, "WOO-2026-0233"),
         (K_PUB, "burgemeester Van Wijnbergen"), (K_PUB, "raadslid Özdemir"), (K_PUB, "politiechef Kuipers"),
         (K_ORG, "klachten.noord-holland@politie.nl"), (K_REF, "0900-8844"), (K_REF, "14 075"),
         (K_PLACE, "Vincent van Goghweg"), (K_PLACE, "Czaar Peterhuis"), (K_PLACE, "Zaantheater"),
         (K_ORG, "GMS"), (K_ORG, "BVH"), (K_PLACE, "Stadhuisplein 100"), (K_LAW, "Ambtsinstructie"),
         (K_ORG, "ME"), (K_ORG, "Bureau Klachtbehandeling"), (K_REF, "bodycam")]


def keeps(*extra):
    return list(KEEPS) + list(extra)


D = []

D.append(Doc("pk01_klachtformulier", "rl", [
    "# Klachtformulier politie - ingediend via politie.nl",
    "Registratienummer: KL-2026-0417   Ontvangen: 18 augustus 2026   Eenheid: eenheid Noord-Holland",
    [["Veld", "Ingevuld"], ["Naam klager", "Dewi Ramdin-Pinas"], ["Geboortedatum", "14-03-1988"],
     ["Adres", "Vermiljoenweg 37, 1506 KT Zaandam"], ["Telefoon", "06-41 27 83 90"],
     ["E-mail", "dewi.ramdin@hotmail.com"], ["BSN (optioneel)", "204918377"],
     ["Datum voorval", "15 augustus 2026, ca. 23.40 uur"], ["Plaats", "Rozengracht bij het Zaantheater, Zaandam"]],
    "Omschrijving: Na afloop van een voorstelling in het Zaantheater werd mijn broer Rayen Ramdin door twee agenten "
    "tegen de grond gewerkt. Een agent met dienstnummer 1793244 op zijn uniform duwde mij weg toen ik vroeg wat er "
    "gebeurde. Ik heb een blauwe plek aan mijn arm en ben bij de huisarts geweest (kneuzing linkerelleboog). "
    "De agenten waren onbeschoft en weigerden hun naam te geven. Een andere agente noemde hem Kevin.",
    "Getuigen: Nienke Zwart (06-18 90 44 21) en een Duitse toerist, Jörg Müller-Lindqvist.",
    "Wat wilt u bereiken? Excuses en een gesprek over wat er gebeurd is.",
], [KLAGER, KLADR, KLTEL, KLMAIL, R("DOB", "14-03-1988"), R("BSN", "204918377"), R(P, "Rayen Ramdin", "Rayen"),
    DN1, R(P, "Kevin"), R(P, "Nienke Zwart", "Zwart"), R(T, "06-18 90 44 21"),
    R(P, "Jörg Müller-Lindqvist", "Müller-Lindqvist"), R("HEALTH", "kneuzing linkerelleboog")],
    [(K_ORG, "Politie"), (K_REF, "KL-2026-0417"), (K_ORG, "eenheid Noord-Holland"), (K_PLACE, "Zaantheater"),
     (K_PLACE, "Rozengracht"), (K_PLACE, "Zaandam"), (K_REF, "politie.nl")],
    producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Klachtformulier politie.nl"))

D.append(Doc("pk02_ontvangstbevestiging", "rl", [
    "Politie eenheid Noord-Holland - Bureau Klachtbehandeling - Postbus 2301, 2002 CH Haarlem",
    "Mevrouw D. Ramdin-Pinas\nVermiljoenweg 37\n1506 KT Zaandam",
    "Datum: 20 augustus 2026   Ons kenmerk: KL-2026-0417   Behandeld door: J. Wagemaker   Telefoon: 06-2214 5508",
    "Onderwerp: ontvangstbevestiging klacht",
    "Geachte mevrouw Ramdin-Pinas,",
    "Op 18 augustus 2026 ontvingen wij uw klacht over het optreden van medewerkers van het basisteam Zaanstad op "
    "15 augustus 2026. Uw klacht wordt behandeld volgens hoofdstuk 9 van de Awb en de Regeling klachtbehandeling "
    "politie. De klachtbehandelaar, de heer Wagemaker, neemt binnen twee weken contact met u op voor een gesprek.",
    "Heeft u vragen? Bel 0900-8844 of mail naar klachten.noord-holland@politie.nl onder vermelding van KL-2026-0417.",
    "Met vriendelijke groet,\nnamens de politiechef van de eenheid Noord-Holland,\n\nJeroen Wagemaker\nklachtbehandelaar",
], [KLAGER, KLADR, WAGE, WAGET],
    [(K_ORG, "Bureau Klachtbehandeling"), (K_ORG, "eenheid Noord-Holland"), (K_REF, "KL-2026-0417"),
     (K_ORG, "basisteam Zaanstad"), (K_LAW, "Awb"), (K_REF, "0900-8844"), (K_ORG, "klachten.noord-holland@politie.nl"),
     (K_LAW, "Regeling klachtbehandeling politie"), (K_PLACE, "Haarlem"), (K_REF, "Postbus 2301")],
    font="DejaVuSans", producer="Microsoft® Word voor Microsoft 365", title="Ontvangstbevestiging KL-2026-0417"))

D.append(Doc("pk03_mailthread_teamchef", "rl", [
    "Van: Wagemaker, Jeroen <jeroen.wagemaker@politie.nl>",
    "Verzonden: dinsdag 25 augustus 2026 09:12",
    "Aan: Boekhout-Smit, Ingrid <ingrid.boekhout-smit@politie.nl>",
    "CC: Hek, Marco van 't <marco.van.t.hek@politie.nl>; Bureau Klachtbehandeling <klachten.noord-holland@politie.nl>",
    "Onderwerp: RE: klacht KL-2026-0417 - optreden Rozengracht 15/8",
    "Hoi Ingrid,",
    "Ik heb de klaagster gisteren gesproken. Ze wil vooral een gesprek met de betrokken collega's. Kun jij nagaan of "
    "Kevin en Sanne daarvoor openstaan? De bodycambeelden van Sanne (bodycam 0417-B) heb ik opgevraagd bij "
    "de FO-medewerker. Marco was die nacht OvD; ik wil hem ook even horen.",
    "Groet, Jeroen\nJeroen Wagemaker | klachtbehandelaar | Bureau Klachtbehandeling | eenheid Noord-Holland\nM 06-2214 5508",
    "",
    "Van: Boekhout-Smit, Ingrid <ingrid.boekhout-smit@politie.nl>",
    "Verzonden: maandag 24 augustus 2026 17:48",
    "Aan: Wagemaker, Jeroen <jeroen.wagemaker@politie.nl>",
    "Onderwerp: klacht KL-2026-0417 - optreden Rozengracht 15/8",
    "Jeroen, de klacht gaat over De Bruijn (dienstnummer 1793244) en Oudejans (1810562). Beiden zijn deze week "
    "op de Vincent van Goghweg ingeroosterd. Kevin heeft overigens al een melding geweld gedaan in BVH. "
    "Laat maar weten wanneer je ze wilt spreken; bel gerust op 075-650 7731.",
    "Met vriendelijke groet,\nIngrid Boekhout-Smit\nteamchef basisteam Zaanstad",
], [WAGE, WAGEM, WAGET, BOEK, R(E, "ingrid.boekhout-smit@politie.nl"), R(P, "Hek, Marco van 't", "Marco"),
    R(E, "marco.van.t.hek@politie.nl"), R(P, "Ingrid"), R(P, "Jeroen"), R(P, "Kevin"), R(P, "Sanne"),
    R(P, "De Bruijn"), R(P, "Oudejans"), DN1, DN2, R(T, "075-650 7731")],
    [(K_ORG, "Bureau Klachtbehandeling"), (K_ORG, "klachten.noord-holland@politie.nl"), (K_REF, "KL-2026-0417"),
     (K_PLACE, "Rozengracht"), (K_ORG, "eenheid Noord-Holland"), (K_PLACE, "Vincent van Goghweg"), (K_ORG, "BVH"),
     (K_ORG, "basisteam Zaanstad"), (K_REF, "bodycam 0417-B"), (K_ROLE := "ROLE", "teamchef"), ("ROLE", "OvD"),
     ("ROLE", "klachtbehandelaar")],
    font="DejaVuSans", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook",
    meta={"Author": "Wagemaker, Jeroen"}))

D.append(Doc("pk04_gms_incidentlog", "rl", [
    "# Uitdraai GMS - incident P 2026081500873 (meldkamer Noord-Holland)",
    "Prio: 1   Classificatie: openbare orde / vechtpartij   Locatie: Rozengracht, Zaandam (bij Zaantheater)",
    [["Tijd", "Eenheid", "Regel"],
     ["23:38:12", "MK", "Melding via 112: vechtpartij, 3 personen, melder Nienke Zwart 06-18 90 44 21"],
     ["23:39:40", "ZS-1211", "ter plaatse, 1211 (DE BRUIJN / OUDEJANS)"],
     ["23:41:05", "ZS-1211", "1 aanhouding, verdachte RAMDIN, R. geb. 02-11-1991, mishandeling"],
     ["23:42:30", "ZS-1211", "vrouw (zus verdachte) bemoeit zich, weggeduwd, geen letsel zichtbaar"],
     ["23:44:51", "ZS-1201", "OvD VAN 'T HEK onderweg, verzoek bodycam veiligstellen"],
     ["23:52:10", "ZS-1211", "insluiting bureau Vincent van Goghweg"],
     ["00:15:33", "MK", "vervolgmelding: getuige J. MÜLLER-LINDQVIST wil verklaring afleggen, tel +49 171 5523 901"]],
    "Afsluitcode: 10 - aanhouding. Operator meldkamer: MK-NH-4471 (C. Lamberts).",
    "Opmerking: uitdraai gemaakt t.b.v. klachtbehandeling KL-2026-0417 op 26-08-2026.",
], [R(P, "Nienke Zwart"), R(T, "06-18 90 44 21"), R(P, "DE BRUIJN"), R(P, "OUDEJANS"), R(P, "RAMDIN, R.", "RAMDIN"),
    R("DOB", "02-11-1991"), R(P, "VAN 'T HEK"), R(P, "J. MÜLLER-LINDQVIST", "MÜLLER-LINDQVIST"),
    R(T, "+49 171 5523 901"), R("ID", "MK-NH-4471"), R(P, "C. Lamberts")],
    [(K_REF, "P 2026081500873"), (K_ORG, "GMS"), (K_PLACE, "Rozengracht"), (K_PLACE, "Zaantheater"), (K_REF, "ZS-1211"),
     (K_REF, "ZS-1201"), (K_PLACE, "Vincent van Goghweg"), (K_REF, "KL-2026-0417"), (K_REF, "112"),
     ("ROLE", "OvD"), (K_PLACE, "Zaandam")],
    font="Courier", size=8.5, producer="GMS Rapportage 4.2 (PDFsharp 1.50)", creator="GMS"))

D.append(Doc("pk05_teams_chat", "rl", [
    "# Chatexport Microsoft Teams - kanaal 'Noodhulp nacht ZS'  (export 27-08-2026)",
    "[15-08 23:58] Kevin de Bruijn: ingesloten, zus van verdachte wil klacht indienen vgl",
    "[15-08 23:59] Sanne O.: ze filmde alles, gaat vast online komen",
    "[16-08 00:03] Marco van 't Hek: Rustig blijven mannen. Kev, schrijf je geweldsmelding vannacht nog, bodycam is veilig.",
    "[16-08 00:04] Kev: doe ik, ff koffie eerst",
    "[16-08 00:11] Yusuf Bakkali: 1211 kan ik jullie aflossen? ik sta bij het Czaar Peterhuis",
    "[16-08 00:12] Sanne O.: graag Yus, 06-39 01 77 64 als je me niet kan bereiken op de porto",
    "[16-08 00:20] Marco van 't Hek: @Kevin de Bruijn morgen even bellen, 06-51 08 32 19",
], [DEBRUIJN, R(P, "Sanne O."), VANTHEK, R(P, "Kev"), R(P, "Yusuf Bakkali", "Yus"), R(T, "06-39 01 77 64"),
    R(T, "06-51 08 32 19"), R(P, "Kevin")],
    [(K_ORG, "Microsoft Teams"), (K_REF, "Noodhulp nacht ZS"), (K_PLACE, "Czaar Peterhuis"), (K_REF, "1211"),
     (K_REF, "bodycam"), (K_REF, "porto")],
    font="DejaVuSansCondensed", producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

D.append(Doc("pk06_geweldsmelding", "docx", [
    "# Melding geweldsaanwending - Regeling toetsing geweldsaanwending politie",
    "Registratienummer BVH: 2026081512345   Datum/tijd: 15-08-2026 23:41   Plaats: Rozengracht, Zaandam",
    [["Rol", "Naam", "Dienstnummer", "Rang"],
     ["Aanwender", "K. de Bruijn", "1793244", "hoofdagent"],
     ["Collega", "S. Oudejans", "1810562", "agent"],
     ["OvD", "M. van 't Hek", "1688410", "brigadier"]],
    "Aard geweld: fysiek geweld (duwen), handboeien, transport. Tegen: R. Ramdin (verdachte) en D. Ramdin-Pinas "
    "(omstander, zus). Letsel verdachte: schaafwond voorhoofd, geen medische behandeling nodig.",
    "Toelichting aanwender: Ik zag dat een vrouw, later bekend als Dewi, mij bij mijn arm vastpakte terwijl ik de "
    "verdachte boeide. Ik heb haar met mijn open hand weggeduwd. Collega Oudejans heeft haar daarna aangesproken.",
    "Beoordeling hulpofficier van justitie: geweld proportioneel en subsidiair. Hulpofficier: inspecteur "
    "P.J. Groeneveld-Baas, dienstnummer 1599023.",
], [R(P, "K. de Bruijn", "de Bruijn"), DN1, R(P, "S. Oudejans", "Oudejans"), DN2, R(P, "M. van 't Hek"), DN3,
    R(P, "R. Ramdin"), R(P, "D. Ramdin-Pinas"), R("HEALTH", "schaafwond voorhoofd"), R(P, "Dewi"),
    R(P, "P.J. Groeneveld-Baas", "Groeneveld-Baas"), R("ID", "1599023")],
    [(K_LAW, "Regeling toetsing geweldsaanwending politie"), (K_REF, "2026081512345"), (K_PLACE, "Rozengracht"),
     ("ROLE", "hoofdagent"), ("ROLE", "brigadier"), ("ROLE", "hulpofficier van justitie"), (K_PLACE, "Zaandam")],
    producer="LibreOffice 7.6", creator="Writer", meta={"Author": "K. de Bruijn (1793244)"}))

D.append(Doc("pk07_uitnodiging_hoorzitting", "rl", [
    "Politie eenheid Noord-Holland\nKlachtadviescommissie\nSecretariaat: Postbus 2301, 2002 CH Haarlem",
    "Aangetekend\nMevrouw D. Ramdin-Pinas\nVermiljoenweg 37\n1506 KT Zaandam",
    "Haarlem, 7 oktober 2026\nKenmerk: KL-2026-0417/KAC\nContactpersoon: L. Çelik, secretaris, telefoon 023 - 516 4408",
    "Betreft: uitnodiging hoorzitting",
    "Geachte mevrouw Ramdin-Pinas,",
    "Uw klacht is na de informele fase doorgestuurd naar de Klachtadviescommissie van de eenheid Noord-Holland. "
    "De commissie nodigt u uit voor een hoorzitting op donderdag 22 oktober 2026 om 14.00 uur in het "
    "politiebureau Vincent van Goghweg 10 te Zaandam. Ook de beklaagde ambtenaren worden gehoord. U mag zich laten "
    "bijstaan door een gemachtigde; uw advocaat mr. Olaf Dijkhuizen-Tan ontvangt een afschrift.",
    "De commissie bestaat uit mr. H.A. Sprengers (voorzitter), mevrouw F. el Idrissi en de heer Ton Wijnbeek.",
    "Met vriendelijke groet,\nnamens de Klachtadviescommissie,\n\nLotte Çelik\nsecretaris",
    "Afschrift: mr. O. Dijkhuizen-Tan, Dijkhuizen Advocaten, Westzijde 112, Zaandam",
], [KLAGER, KLADR, R(P, "L. Çelik"), R(T, "023 - 516 4408"), R(P, "Olaf Dijkhuizen-Tan", "O. Dijkhuizen-Tan", "Dijkhuizen-Tan"),
    SPR, R(P, "F. el Idrissi", "el Idrissi"), R(P, "Ton Wijnbeek", "Wijnbeek"), CELIK],
    [(K_ORG, "Klachtadviescommissie"), (K_ORG, "eenheid Noord-Holland"), (K_REF, "KL-2026-0417/KAC"),
     (K_PLACE, "Vincent van Goghweg 10"), (K_ORG, "Dijkhuizen Advocaten"), (K_PLACE, "Westzijde 112"),
     (K_PLACE, "Haarlem"), ("ROLE", "secretaris"), ("ROLE", "voorzitter")],
    font="Times-Roman", producer="Aspose.Words for .NET 23.4.0", creator="Aspose"))

D.append(Doc("pk08_verslag_hoorzitting", "rl", [
    "# Verslag hoorzitting Klachtadviescommissie eenheid Noord-Holland",
    "Klachtnummer: KL-2026-0417   Datum: 22 oktober 2026   Locatie: politiebureau Vincent van Goghweg, Zaandam",
    [["Aanwezig", "Rol"], ["mr. H.A. Sprengers", "voorzitter"], ["F. el Idrissi", "lid"], ["T. Wijnbeek", "lid"],
     ["L. Çelik", "secretaris (verslag)"], ["D. Ramdin-Pinas", "klaagster"], ["mr. O. Dijkhuizen-Tan", "gemachtigde"],
     ["K. de Bruijn", "beklaagde"], ["S. Oudejans", "beklaagde"], ["I. Boekhout-Smit", "teamchef, toehoorder"]],
    "# 1. Opening",
    "De voorzitter opent de zitting om 14.05 uur en licht de procedure toe. Klaagster en beklaagden worden "
    "afzonderlijk gehoord.",
    "# 2. Toelichting klaagster",
    "Mevrouw Ramdin-Pinas verklaart dat zij haar broer Rayen wilde helpen omdat hij astma heeft en benauwd werd op "
    "de grond. Zij heeft de agent niet vastgepakt, maar alleen haar hand op zijn schouder gelegd. De agent riep "
    "'rot op, mens'. Zij is sindsdien onder behandeling bij een psycholoog vanwege slaapproblemen.",
    "Mr. Dijkhuizen-Tan wijst op de beelden die getuige Nienke Zwart met haar telefoon maakte.",
    "# 3. Toelichting beklaagden",
    "De heer De Bruijn verklaart dat hij werd vastgepakt en zich bedreigd voelde. Hij ontkent 'rot op, mens' te hebben "
    "gezegd; wel 'ga weg'. Mevrouw Oudejans bevestigt dat klaagster dichtbij kwam, maar heeft het vastpakken niet "
    "gezien. Op de bodycambeelden is het moment van duwen niet te zien.",
    "# 4. Vragen van de commissie",
    "Mevrouw El Idrissi vraagt waarom de namen niet zijn gegeven. De heer De Bruijn zegt dat hij zijn dienstnummer "
    "heeft genoemd, wat volgens de Ambtsinstructie volstaat. De heer Wijnbeek vraagt naar de nazorg voor de "
    "verdachte; het arrestantenregister vermeldt dat Rayen Ramdin om 00.40 uur door de forensisch arts is gezien.",
    "# 5. Sluiting",
    "De voorzitter sluit de zitting om 15.30 uur. Het advies volgt binnen zes weken.",
    "Vastgesteld: mr. H.A. Sprengers, voorzitter                  L. Çelik, secretaris",
], [SPR, R(P, "F. el Idrissi", "El Idrissi"), R(P, "T. Wijnbeek", "Wijnbeek"), R(P, "L. Çelik"), KLAGER,
    R(P, "mr. O. Dijkhuizen-Tan", "Dijkhuizen-Tan"), R(P, "K. de Bruijn", "De Bruijn"), R(P, "S. Oudejans", "Oudejans"),
    R(P, "I. Boekhout-Smit"), R(P, "Rayen Ramdin", "Rayen"), R("HEALTH", "astma"), R("HEALTH", "onder behandeling bij een psycholoog"),
    R(P, "Nienke Zwart")],
    [(K_ORG, "Klachtadviescommissie"), (K_REF, "KL-2026-0417"), (K_PLACE, "Vincent van Goghweg"), (K_LAW, "Ambtsinstructie"),
     ("ROLE", "forensisch arts"), ("ROLE", "voorzitter"), ("ROLE", "secretaris"), ("ROLE", "klaagster"), ("ROLE", "beklaagde")],
    pad=5, font="DejaVuSerif", producer="Microsoft® Word 2016", title="Verslag hoorzitting KL-2026-0417",
    meta={"Author": "Çelik, L."}))

D.append(Doc("pk09_advies_kac", "rl", [
    "# Advies van de Klachtadviescommissie politie eenheid Noord-Holland",
    "Aan: de politiechef van de eenheid Noord-Holland\nKlachtnummer: KL-2026-0417\nDatum: 30 november 2026",
    "# 1. De klacht",
    "Klaagster, mevrouw D. Ramdin-Pinas, klaagt erover dat (a) zij op 15 augustus 2026 door de hoofdagent K. de Bruijn "
    "(dienstnummer 1793244) zonder noodzaak is weggeduwd, (b) zij onheus is bejegend en (c) de ambtenaren weigerden "
    "zich te legitimeren.",
    "# 2. Bevindingen",
    "De commissie heeft kennisgenomen van het klachtdossier, de GMS-uitdraai, de melding geweldsaanwending, de "
    "bodycambeelden en de telefoonopname van getuige N. Zwart. Uit de opname blijkt dat klaagster de ambtenaar "
    "De Bruijn niet vastpakte maar een hand op zijn schouder legde. Het wegduwen volgde binnen een seconde.",
    "# 3. Beoordeling",
    "Ad a. Geweld is alleen toegestaan als het doel niet op een andere wijze kan worden bereikt (artikel 7 Politiewet 2012). "
    "Een waarschuwing had volstaan. Dit onderdeel is gegrond.",
    "Ad b. Vast staat dat de woorden 'ga weg' zijn gebruikt. Niet vast staat dat 'rot op, mens' is gezegd. Ongegrond.",
    "Ad c. Het noemen van het dienstnummer volstaat (artikel 8 Politiewet 2012). Ongegrond.",
    "# 4. Advies",
    "De commissie adviseert klachtonderdeel a gegrond en de onderdelen b en c ongegrond te verklaren, en het basisteam "
    "Zaanstad te vragen de casus te bespreken in het IBT-programma.",
    "Namens de commissie,\nmr. H.A. Sprengers, voorzitter\nL. Çelik, secretaris",
], [R(P, "D. Ramdin-Pinas"), R(P, "K. de Bruijn", "De Bruijn"), DN1, R(P, "N. Zwart"), SPR, R(P, "L. Çelik")],
    [(K_PUB, "politiechef"), (K_ORG, "eenheid Noord-Holland"), (K_REF, "KL-2026-0417"), (K_LAW, "Politiewet 2012"),
     (K_ORG, "GMS"), (K_ORG, "IBT"), ("ROLE", "hoofdagent"), (K_LAW, "artikel 7"), (K_LAW, "artikel 8"),
     ("TERM", "gegrond"), ("TERM", "ongegrond")],
    pad=6, size=11, font="DejaVuSerif", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
    outline=["Advies KAC - concept Sprengers", "Opmerkingen Fatima el Idrissi", "Reactie Ton Wijnbeek 26-11"],
    title="Advies KAC KL-2026-0417"))
D[-1].redact += [R(P, "Fatima el Idrissi", channel="outline"), R(P, "Ton Wijnbeek", channel="outline")]

D.append(Doc("pk10_beslissing_politiechef", "rl", [
    "Politie eenheid Noord-Holland\nPostbus 2301, 2002 CH Haarlem",
    "Mevrouw D. Ramdin-Pinas\nVermiljoenweg 37\n1506 KT Zaandam",
    "Datum: 14 december 2026\nOns kenmerk: KL-2026-0417\nBehandeld door: J. Wagemaker\nE-mail: jeroen.wagemaker@politie.nl",
    "Onderwerp: beslissing op uw klacht",
    "Geachte mevrouw Ramdin-Pinas,",
    "Hierbij ontvangt u mijn beslissing op uw klacht over het optreden van twee medewerkers van het basisteam "
    "Zaanstad op 15 augustus 2026. Ik heb het advies van de Klachtadviescommissie van 30 november 2026 overgenomen.",
    "Ik verklaar klachtonderdeel a (het wegduwen) gegrond. Ik bied u hiervoor namens de politie mijn excuses aan. "
    "De klachtonderdelen b en c verklaar ik ongegrond. De betrokken hoofdagent is op de beslissing gewezen en de "
    "casus wordt besproken in het IBT-programma van het basisteam.",
    "Bent u het niet eens met deze beslissing, dan kunt u zich binnen een jaar wenden tot de Nationale ombudsman, "
    "Postbus 93122, 2509 AC Den Haag, telefoon 0800-33 55 555.",
    "Hoogachtend,\n\nde politiechef van de eenheid Noord-Holland,\n\nA.M. Kuipers",
    "Afschrift: mr. O. Dijkhuizen-Tan; teamchef basisteam Zaanstad",
], [KLAGER, KLADR, R(P, "J. Wagemaker"), WAGEM, R(P, "mr. O. Dijkhuizen-Tan", "Dijkhuizen-Tan")],
    [(K_ORG, "eenheid Noord-Holland"), (K_REF, "KL-2026-0417"), (K_ORG, "Klachtadviescommissie"),
     (K_ORG, "Nationale ombudsman"), (K_REF, "0800-33 55 555"), (K_PUB, "A.M. Kuipers"), (K_ORG, "basisteam"),
     (K_PLACE, "Den Haag"), (K_REF, "Postbus 93122"), ("ROLE", "teamchef"), ("ROLE", "politiechef")],
    font="DejaVuSans", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro"))

D.append(Doc("pk11_mail_kac_secretaris", "rl", [
    "From: Çelik, Lotte <lotte.çelik@politie.nl>",
    "Sent: Monday, November 23, 2026 4:02 PM",
    "To: 'hasprengers@sprengers-mediation.nl'; 'f.elidrissi@kpnmail.nl'; Wijnbeek, T. <t.wijnbeek@xs4all.nl>",
    "Subject: concept-advies KL-2026-0417 (vertrouwelijk)",
    "Beste Henk, Fatima en Ton,",
    "Bijgaand het concept-advies. Henk, jouw aanvullingen over de Ambtsinstructie heb ik verwerkt. Fatima, wil jij nog "
    "kijken naar de passage over de telefoonopname? Graag reacties voor vrijdag; ik ben donderdag vrij, dan ben ik "
    "bereikbaar op 06 - 8812 4093.",
    "Hartelijke groet,\nLotte\n\nLotte Çelik | secretaris Klachtadviescommissie | Politie eenheid Noord-Holland\n"
    "bezoekadres: Koudenhorn 6, Haarlem | T 023-516 4408",
    "",
    "-----Original Message-----\nFrom: Henk Sprengers <hasprengers@sprengers-mediation.nl>\nSent: Sunday, November 22, 2026 9:17 PM",
    "Lotte, mijn punten staan in de bijlage. Groet, Henk",
], [CELIK, CELIKM, R(E, "hasprengers@sprengers-mediation.nl"), R(E, "f.elidrissi@kpnmail.nl"),
    R(P, "Wijnbeek, T.", "Wijnbeek"), R(E, "t.wijnbeek@xs4all.nl"), R(P, "Henk Sprengers", "Henk"), R(P, "Fatima"),
    R(P, "Ton"), R(P, "Lotte"), R(T, "06 - 8812 4093"), R(T, "023-516 4408")],
    [(K_REF, "KL-2026-0417"), (K_LAW, "Ambtsinstructie"), (K_ORG, "Klachtadviescommissie"), (K_PLACE, "Koudenhorn 6"),
     (K_ORG, "eenheid Noord-Holland"), (K_PLACE, "Haarlem"), ("ROLE", "secretaris")],
    font="Helvetica", producer="Microsoft® Outlook® 2019", creator="Microsoft Outlook"))

D.append(Doc("pk12_klacht_tweede_klager", "rl", [
    "Zaandam, 19 augustus 2026",
    "Aan: Politie basisteam Zaanstad, t.a.v. de klachtencoördinator",
    "Van: T. ter Horst, Oostzijde 219-B, 1502 BE Zaandam, tel. 075 - 612 98 40, e-mail thijs.terhorst@ziggo.nl",
    "Onderwerp: klacht optreden Rozengracht 15 augustus",
    "Geachte heer, mevrouw,",
    "Ik woon boven de snackbar aan de Rozengracht en zag op 15 augustus rond 23.40 uur hoe een jongeman door een agent "
    "met een knie in zijn nek op de grond werd gehouden. Een agente riep tegen omstanders dat ze moesten filmen 'als ze "
    "een klap wilden'. Ik vind dit onacceptabel. Mijn buurvrouw, mevrouw Alida Kramer-van Dijk, heeft het ook gezien.",
    "Ik verzoek u deze klacht samen met de klacht van de familie Ramdin te behandelen. Ik wil graag gehoord worden.",
    "Met vriendelijke groet,\n\nThijs ter Horst",
], [R(P, "Thijs ter Horst", "T. ter Horst", "ter Horst"), R("ADDRESS", "Oostzijde 219-B", "1502 BE"), R(T, "075 - 612 98 40"),
    R(E, "thijs.terhorst@ziggo.nl"), R(P, "Alida Kramer-van Dijk", "Kramer-van Dijk"), R(P, "Ramdin")],
    [(K_ORG, "basisteam Zaanstad"), (K_PLACE, "Rozengracht"), ("ROLE", "klachtencoördinator"), (K_PLACE, "Zaandam")],
    font="Times-Roman", producer="PDFpen 13.1", creator="Pages"))

D.append(Doc("pk13_nationale_ombudsman", "rl", [
    "De Nationale ombudsman\nBezuidenhoutseweg 151, 2594 AG Den Haag\nPostbus 93122, 2509 AC Den Haag",
    "Aan de politiechef van de eenheid Noord-Holland\nt.a.v. Bureau Klachtbehandeling",
    "Datum: 2 februari 2027\nOns dossiernummer: 2027.00188\nUw kenmerk: KL-2026-0417\nBehandeld door: mevrouw A. Verstegen\n"
    "Telefoon: 070 356 36 19 (direct)\nE-mail: a.verstegen@nationaleombudsman.nl",
    "Onderwerp: verzoek om informatie",
    "Geachte heer Kuipers,",
    "Mevrouw Ramdin-Pinas heeft zich op 20 januari 2027 tot de Nationale ombudsman gewend. Zij is het niet eens met "
    "het oordeel dat de bejegening door de heer De Bruijn en mevrouw Oudejans correct was. Voordat de Nationale ombudsman "
    "besluit een onderzoek in te stellen, verzoek ik u mij binnen vier weken het klachtdossier, het verslag van de "
    "hoorzitting en de bodycambeelden toe te zenden.",
    "Ik wijs u erop dat de Nationale ombudsman op grond van artikel 9:31 Awb inlichtingen kan vorderen.",
    "Met vriendelijke groet,\nDe Nationale ombudsman,\nnamens deze,\n\nmevrouw A. Verstegen\nonderzoeker",
    "Algemene vragen: 0800-33 55 555 (gratis) of www.nationaleombudsman.nl",
], [R(P, "A. Verstegen", "Verstegen"), R(T, "070 356 36 19"), R(E, "a.verstegen@nationaleombudsman.nl"),
    R(P, "Ramdin-Pinas"), R(P, "De Bruijn"), R(P, "Oudejans")],
    [(K_ORG, "De Nationale ombudsman"), (K_PLACE, "Bezuidenhoutseweg 151"), (K_REF, "2027.00188"), (K_REF, "KL-2026-0417"),
     (K_PUB, "heer Kuipers"), (K_LAW, "artikel 9:31 Awb"), (K_REF, "0800-33 55 555"), (K_ORG, "www.nationaleombudsman.nl"),
     (K_ORG, "Bureau Klachtbehandeling"), ("ROLE", "onderzoeker")],
    font="DejaVuSans", producer="Adobe PDF Library 17.11.238", creator="Adobe InDesign 18.2 (Windows)"))

D.append(Doc("pk14_raadsvragen", "rl", [
    "# Schriftelijke vragen ex artikel 41 Reglement van orde gemeenteraad Zaanstad",
    "Indiener: raadslid Özdemir (GroenLinks-PvdA)\nDatum: 2 september 2026\nOnderwerp: politieoptreden Rozengracht",
    "Op sociale media circuleren beelden van een aanhouding bij het Zaantheater op 15 augustus. Naar aanleiding daarvan "
    "stelt raadslid Özdemir de volgende vragen aan burgemeester Van Wijnbergen:",
    "1. Is de burgemeester bekend met de beelden en met het feit dat er klachten zijn ingediend?",
    "2. Deelt de burgemeester de opvatting dat een knie in de nek een gevaarlijke techniek is, en is deze techniek "
    "volgens de Ambtsinstructie toegestaan?",
    "3. Hoeveel klachten over politieoptreden in Zaanstad zijn in 2025 en 2026 ingediend, en hoeveel daarvan zijn gegrond verklaard?",
    "4. Is de burgemeester bereid de uitkomst van de klachtbehandeling in de driehoek te bespreken?",
    "Raadslid Özdemir\nraadslid@zaanstad.nl",
], [],
    [(K_PUB, "raadslid Özdemir"), (K_PUB, "burgemeester Van Wijnbergen"), (K_ORG, "GroenLinks-PvdA"), (K_PLACE, "Zaantheater"),
     (K_LAW, "Ambtsinstructie"), (K_PLACE, "Rozengracht"), (K_ORG, "raadslid@zaanstad.nl"), (K_PUB, "Raadslid Özdemir"),
     (K_ORG, "gemeenteraad Zaanstad"), (K_LAW, "artikel 41")],
    font="DejaVuSans", producer="Microsoft® Word voor Microsoft 365", meta={"Author": "M. Vissering (griffie)"}))
D[-1].redact += [R(P, "M. Vissering", channel="metadata")]

D.append(Doc("pk15_antwoord_burgemeester", "docx", [
    "Gemeente Zaanstad\nStadhuisplein 100, 1506 MZ Zaandam\nTelefoon 14 075",
    "Aan: raadslid Özdemir (GroenLinks-PvdA)\nDatum: 29 september 2026\nKenmerk: Z/26/198765-BM",
    "Onderwerp: beantwoording schriftelijke vragen politieoptreden Rozengracht",
    "Geacht raadslid,",
    "Antwoord op vraag 1: Ja. Ik ben door de teamchef van het basisteam Zaanstad geïnformeerd. Er zijn twee klachten "
    "ingediend. Ik kan niet ingaan op de inhoud daarvan, omdat de klachtbehandeling een zaak is van de politiechef "
    "en persoonsgegevens van betrokkenen moeten worden beschermd.",
    "Antwoord op vraag 2: De politie heeft mij laten weten dat de nekklem sinds 2024 niet meer mag worden toegepast. "
    "Of er sprake was van een knie in de nek, wordt in de klachtbehandeling onderzocht.",
    "Antwoord op vraag 3: In 2025 zijn 41 klachten ingediend over optreden in Zaanstad, waarvan 6 (deels) gegrond. In 2026 "
    "tot en met augustus 29 klachten.",
    "Antwoord op vraag 4: Ja, ik zal de uitkomst in de lokale driehoek bespreken met de officier van justitie en de teamchef.",
    "De burgemeester van Zaanstad,\n\nburgemeester Van Wijnbergen",
    "Opgesteld door: Eline Schuitemaker-Bos, adviseur openbare orde, 075-681 2233, e.schuitemaker@zaanstad.nl",
], [R(P, "Eline Schuitemaker-Bos", "Schuitemaker-Bos"), R(T, "075-681 2233"), R(E, "e.schuitemaker@zaanstad.nl")],
    [(K_ORG, "Gemeente Zaanstad"), (K_PLACE, "Stadhuisplein 100"), (K_REF, "14 075"), (K_PUB, "raadslid Özdemir"),
     (K_REF, "Z/26/198765-BM"), (K_ORG, "basisteam Zaanstad"), (K_PUB, "burgemeester Van Wijnbergen"),
     ("ROLE", "officier van justitie"), ("ROLE", "adviseur openbare orde"), (K_PLACE, "Rozengracht"), ("TERM", "nekklem")],
    producer="LibreOffice 7.6", creator="Writer", meta={"Author": "Schuitemaker-Bos, E."}))
D[-1].redact += [R(P, "Schuitemaker-Bos, E.", channel="metadata", auto=False)]

D.append(Doc("pk16_brief_klaagster_scan", "scan", [
    "Zaandam, 3 november 2026",
    "Aan de Klachtadviescommissie politie",
    "Betreft: aanvulling op mijn klacht KL-2026-0417",
    "Geachte commissie,",
    "Na de hoorzitting wil ik nog iets aanvullen. Mijn broer",
    "Rayen heeft na de aanhouding drie weken niet kunnen werken",
    "door rugklachten. Zijn werkgever Bouwbedrijf Zaanwerk",
    "heeft dat bevestigd. Ook de heer Wijnbeek vroeg hiernaar.",
    "Ik vraag u dit mee te wegen in het advies.",
    "Met vriendelijke groet,",
    "~Dewi Ramdin-Pinas",
    "Vermiljoenweg 37, 1506 KT Zaandam",
    "telefoon 06-41 27 83 90",
], [R(P, "Dewi Ramdin-Pinas", "Ramdin-Pinas", channel="ocr", auto=False), R(P, "Rayen", channel="ocr"),
    R(P, "Wijnbeek", channel="ocr"), R("ADDRESS", "Vermiljoenweg 37", "1506 KT", channel="ocr"),
    R(T, "06-41 27 83 90", channel="ocr"), R("HEALTH", "rugklachten", channel="ocr")],
    [], producer="Canon iR-ADV C5560 PDF", creator="Canon iR-ADV C5560"))

D.append(Doc("pk17_rooster_noodhulp", "rl", [
    "# Dienstrooster noodhulp basisteam Zaanstad - week 33 (10 t/m 16 augustus 2026)",
    [["Naam", "Dienstnr.", "Rang", "Za 15-08 nacht", "Voertuig", "Mobiel"],
     ["Bruijn, K. de", "1793244", "hoofdagent", "N 22-07", "ZS-1211", "06-5108 3219"],
     ["Oudejans, S.", "1810562", "agent", "N 22-07", "ZS-1211", "06-3901 7764"],
     ["Bakkali, Y.", "1822915", "agent", "N 22-07", "ZS-1212", "06-2870 1156"],
     ["Hek, M. van 't", "1688410", "brigadier", "OvD 22-07", "ZS-1201", "06-1147 9920"],
     ["Vos-Altena, R.", "1745506", "hoofdagent", "vrij", "-", "06-4419 0037"],
     ["Lamberts, C.", "MK-NH-4471", "centralist", "N 23-07", "meldkamer", "-"]],
    "Roostermaker: paraaf HvW. Wijzigingen doorgeven via het functionele postvak planning.zaanstad@politie.nl.",
    "Vertrouwelijk - alleen voor intern gebruik.",
], [R(P, "Bruijn, K. de"), DN1, R(P, "Oudejans, S."), DN2, R(P, "Bakkali, Y."), R("ID", "1822915"), R(T, "06-2870 1156"),
    R(P, "Hek, M. van 't"), DN3, R(T, "06-1147 9920"), R(P, "Vos-Altena, R."), R("ID", "1745506"), R(T, "06-4419 0037"),
    R(P, "Lamberts, C."), R("ID", "MK-NH-4471"), R(T, "06-5108 3219"), R(T, "06-3901 7764"), R("PARAPH", "HvW")],
    [(K_ORG, "basisteam Zaanstad"), (K_ORG, "planning.zaanstad@politie.nl"), (K_REF, "ZS-1211"), (K_REF, "ZS-1212"),
     (K_REF, "ZS-1201"), ("ROLE", "hoofdagent"), ("ROLE", "brigadier"), ("ROLE", "centralist")],
    font="DejaVuSansCondensed", size=8.5, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft Excel"))

D.append(Doc("pk18_verklaring_getuige", "rl", [
    "# Getuigenverklaring ten behoeve van klachtbehandeling KL-2026-0417",
    "Naam: Zwart, Nienke   Geboren: 07-06-1996 te Purmerend   Woonadres: Lagedijk 88, 1544 BJ Zaandijk",
    "Telefoon: 06-18 90 44 21   E-mail: nienkezwart96@gmail.com",
    "Verklaring: Ik stond met mijn vriend Bas Hoogendoorn bij de uitgang van het Zaantheater. Ik zag dat een agent, "
    "een grote man met een baard, een jongen op de grond drukte. Een vrouw, later hoorde ik dat zij Dewi heet, legde "
    "haar hand op de schouder van de agent. Hij duwde haar hard weg waardoor ze tegen een fietsenrek viel. Ik heb dat "
    "gefilmd. De agente zei tegen mij: 'stop met filmen of je gaat ook mee'.",
    "Opgenomen door: J. Wagemaker, klachtbehandelaar, op 9 september 2026 te Zaandam. Ondertekening getuige: N. Zwart",
], [R(P, "Zwart, Nienke", "Nienke", "N. Zwart"), R("DOB", "07-06-1996"), R("ADDRESS", "Lagedijk 88", "1544 BJ"),
    R(T, "06-18 90 44 21"), R(E, "nienkezwart96@gmail.com"), R(P, "Bas Hoogendoorn", "Hoogendoorn"), R(P, "Dewi"),
    R(P, "J. Wagemaker")],
    [(K_REF, "KL-2026-0417"), (K_PLACE, "Zaantheater"), (K_PLACE, "Purmerend"), (K_PLACE, "Zaandijk"),
     ("ROLE", "klachtbehandelaar"), (K_PLACE, "Zaandam")],
    font="Helvetica", producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)"))

D.append(Doc("pk19_whatsapp_familie", "rl", [
    "WhatsApp-chat met Rayen (geëxporteerd 21-08-2026) - door klaagster als bijlage bij de klacht gevoegd",
    "15-08-26 23:51 - Dewi: Rayen waar brengen ze je heen??",
    "16-08-26 08:14 - Rayen: vincent van goghweg. ben net vrij. rug doet pijn",
    "16-08-26 08:15 - Dewi: ik kom je halen. mama weet het nog niet",
    "16-08-26 08:20 - Rayen: die kevin was echt agressief. die andere (sanne?) was wel oke",
    "16-08-26 08:22 - Dewi: Nienke heeft alles gefilmd, ik stuur het naar Olaf de advocaat van Priya",
    "16-08-26 08:30 - Priya Ramdin: Olaf zegt: klacht indienen + huisarts langs. zijn nummer 06 12 80 33 47",
    "16-08-26 08:31 - Dewi: top zus ❤",
], [R(P, "Rayen"), R(P, "Dewi"), R(P, "kevin"), R(P, "sanne"), R(P, "Nienke"), R(P, "Olaf"), R(P, "Priya Ramdin", "Priya"),
    R(T, "06 12 80 33 47"), R("HEALTH", "rug doet pijn")],
    [(K_ORG, "WhatsApp"), (K_PLACE, "vincent van goghweg")],
    font="DejaVuSans", producer="Skia/PDF m118", creator="Google Chrome"))

D.append(Doc("pk20_informeel_gesprek_notitie", "rl", [
    "# Gespreksnotitie informele afhandeling (bemiddelingsgesprek)",
    "Klacht: KL-2026-0417   Datum gesprek: 3 september 2026   Plaats: bureau Vincent van Goghweg",
    "Aanwezig: mw. Ramdin-Pinas (klaagster), dhr. Wagemaker (klachtbehandelaar), dhr. De Bruijn (beklaagde); "
    "mw. Oudejans was met ziekteverlof en niet aanwezig.",
    "Klaagster vertelt dat zij sinds het voorval last heeft van angstklachten. De heer De Bruijn licht toe dat hij het "
    "wegduwen als noodzakelijk zag. Hij biedt zijn excuses aan voor de toon, niet voor het duwen. Klaagster vindt dat "
    "onvoldoende en wil dat de klacht formeel wordt behandeld.",
    "Afspraak: doorzenden naar de Klachtadviescommissie. Paraaf klachtbehandelaar: JW 03-09",
    "Toevoeging teamchef (IBS): akkoord met doorzending; De Bruijn krijgt extra begeleiding in de IBT-training.",
], [R(P, "Ramdin-Pinas"), R(P, "Wagemaker"), R(P, "De Bruijn"), R(P, "Oudejans"), R("HEALTH", "ziekteverlof"),
    R("HEALTH", "angstklachten"), R("PARAPH", "JW"), R("PARAPH", "IBS")],
    [(K_REF, "KL-2026-0417"), (K_PLACE, "Vincent van Goghweg"), (K_ORG, "Klachtadviescommissie"), (K_ORG, "IBT"),
     ("ROLE", "klachtbehandelaar"), ("ROLE", "teamchef")],
    font="Helvetica", producer="Microsoft® Word 2019", pad=3,
    notes=[("Boekhout-Smit, Ingrid", "Let op: medische info Oudejans niet in dossier opnemen"),
           ("Jeroen Wagemaker", "Aangepast. Bel me even: 06-2214 5508")]))
D[-1].redact += [R(P, "Boekhout-Smit, Ingrid", channel="annotations", auto=False),
                 R(P, "Jeroen Wagemaker", channel="annotations", auto=False),
                 R(T, "06-2214 5508", channel="annotations")]

D.append(Doc("pk21_aanvullend_formulier", "rl", [
    "# Formulier aanvullende gegevens klager (invulbaar)",
    "Stuur dit formulier terug naar klachten.noord-holland@politie.nl onder vermelding van het klachtnummer.",
    "Klachtnummer: KL-2026-0417",
], [R(P, "Dewi Ramdin-Pinas", channel="annotations", auto=False), R("DOB", "14-03-1988", channel="annotations"),
    R(E, "dewi.ramdin@hotmail.com", channel="annotations"), R(T, "06-41 27 83 90", channel="annotations"),
    R("IBAN", "NL42 RABO 0318 7720 54", channel="annotations"),
    R(P, "mr. O. Dijkhuizen-Tan", channel="annotations", auto=False)],
    [(K_ORG, "klachten.noord-holland@politie.nl"), (K_REF, "KL-2026-0417")],
    fields=[("naam", "Naam klager", "Dewi Ramdin-Pinas"), ("gebdat", "Geboortedatum", "14-03-1988"),
            ("email", "E-mailadres", "dewi.ramdin@hotmail.com"), ("tel", "Telefoon", "06-41 27 83 90"),
            ("iban", "IBAN (reiskosten)", "NL42 RABO 0318 7720 54"), ("gemachtigde", "Gemachtigde", "mr. O. Dijkhuizen-Tan")],
    font="Helvetica", producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Adobe Acrobat Pro"))

D.append(Doc("pk22_factuur_tolk", "rl", [
    "# FACTUUR",
    "Tolk- en vertaalbureau Lindqvist Tolkdiensten - eenmanszaak\nJ.K. (Johanna) Lindqvist, beëdigd tolk Duits\n"
    "Hogendijk 201, 1506 AH Zaandam  |  KvK 71829364  |  BTW NL002184756B19\nIBAN NL61 INGB 0007 5512 38  |  Wbtv-nummer 20471",
    "Aan: Politie eenheid Noord-Holland, Bureau Klachtbehandeling, Postbus 2301, 2002 CH Haarlem",
    "Factuurnummer: 2026-0914   Datum: 14 september 2026   Uw referentie: KL-2026-0417",
    [["Omschrijving", "Uren", "Tarief", "Bedrag"],
     ["Tolken telefonisch gehoor getuige (Duitstalig), 10-09-2026", "1,5", "€ 52,00", "€ 78,00"],
     ["Vertaling schriftelijke verklaring getuige", "1", "€ 65,00", "€ 65,00"],
     ["Reiskosten", "", "", "€ 0,00"], ["Totaal excl. btw", "", "", "€ 143,00"]],
    "Betaling binnen 30 dagen. Vragen: 06-1094 4820 of johanna@lindqvist-tolk.nl",
], [R(P, "J.K. (Johanna) Lindqvist", "Johanna", "J.K.", auto=False), R("ADDRESS", "Hogendijk 201", "1506 AH"),
    R("KVK", "71829364"), R("VAT", "NL002184756B19"), R("IBAN", "NL61 INGB 0007 5512 38"), R("ID", "20471"),
    R(T, "06-1094 4820"), R(E, "johanna@lindqvist-tolk.nl"), R(P, "Lindqvist Tolkdiensten", "Lindqvist", auto=False)],
    [(K_ORG, "Bureau Klachtbehandeling"), (K_REF, "KL-2026-0417"), (K_REF, "2026-0914"), ("AMOUNT", "€ 143,00"),
     ("ROLE", "beëdigd tolk")],
    font="DejaVuSans", producer="Zoho Invoice", creator="Zoho"))

D.append(Doc("pk23_reactie_aan_ombudsman", "rl", [
    "Politie eenheid Noord-Holland\nBureau Klachtbehandeling",
    "De Nationale ombudsman\nt.a.v. mevrouw A. Verstegen\nPostbus 93122\n2509 AC Den Haag",
    "Datum: 24 februari 2027\nUw kenmerk: 2027.00188\nOns kenmerk: KL-2026-0417\nContactpersoon: Jeroen Wagemaker, "
    "telefoon 06-2214 5508",
    "Onderwerp: reactie op verzoek om informatie",
    "Geachte mevrouw Verstegen,",
    "In antwoord op uw brief van 2 februari 2027 zend ik u het klachtdossier. De bodycambeelden stel ik via een beveiligde "
    "verbinding (Politie Filesender) beschikbaar; de toegangscode ontvangt u per sms op het nummer dat u opgaf.",
    "Graag wijs ik erop dat klachtonderdeel a gegrond is verklaard en dat de politiechef excuses heeft aangeboden. Over "
    "de bejegening (onderdeel b) verschilden de lezingen van klaagster en van de hoofdagent. De verklaring van getuige "
    "Thijs ter Horst, die de klacht afzonderlijk indiende, is bij de behandeling betrokken; hij heeft zijn klacht op "
    "12 november 2026 ingetrokken.",
    "Bijlagen: (1) klachtformulier, (2) GMS-uitdraai, (3) verslag hoorzitting, (4) advies KAC, (5) beslissing.",
    "Met vriendelijke groet,\nde politiechef van de eenheid Noord-Holland,\nnamens deze,\n\nmr. Gerda Ouwehand-Pels\n"
    "hoofd Bureau Klachtbehandeling",
], [R(P, "A. Verstegen", "Verstegen"), WAGE, WAGET, R(P, "Thijs ter Horst", "ter Horst"),
    R(P, "mr. Gerda Ouwehand-Pels", "Ouwehand-Pels", "Gerda Ouwehand-Pels")],
    [(K_ORG, "De Nationale ombudsman"), (K_REF, "2027.00188"), (K_REF, "KL-2026-0417"), (K_ORG, "Politie Filesender"),
     (K_ORG, "GMS"), (K_ORG, "KAC"), ("ROLE", "hoofd Bureau Klachtbehandeling"), ("ROLE", "hoofdagent"), (K_PLACE, "Den Haag")],
    pad=4, size=10.5, font="Times-Roman", producer="Microsoft® Word voor Microsoft 365",
    meta={"Author": "Ouwehand-Pels, G.", "xmp": "Gerda Ouwehand-Pels"}))

D.append(Doc("pk24_woo_verzoek", "rl", [
    "Van: R. Boerhaave-Lim <redactie@zaanstadnieuws.nl>\nAan: woo.noord-holland@politie.nl\nDatum: 5 januari 2027",
    "Onderwerp: Woo-verzoek klachtbehandeling optreden Rozengracht",
    "Geachte heer, mevrouw,",
    "Namens Zaanstad Nieuws verzoek ik u op grond van de Wet open overheid (Woo) om openbaarmaking van alle documenten "
    "over de behandeling van de klachten over het politieoptreden bij het Zaantheater op 15 augustus 2026, waaronder "
    "het advies van de Klachtadviescommissie, de beslissing van de politiechef, interne e-mails en de GMS-gegevens. "
    "Ook vraag ik om de correspondentie met de gemeente Zaanstad over de raadsvragen van raadslid Özdemir.",
    "Ik ben bereikbaar op 06 - 2277 3108. Mijn postadres: Zuiddijk 4, 1501 CA Zaandam.",
    "Met vriendelijke groet,\nRuth Boerhaave-Lim\nverslaggever Zaanstad Nieuws",
], [R(P, "R. Boerhaave-Lim", "Boerhaave-Lim"), R(P, "Ruth Boerhaave-Lim"), R(T, "06 - 2277 3108"),
    R("ADDRESS", "Zuiddijk 4", "1501 CA")],
    [(K_ORG, "redactie@zaanstadnieuws.nl"), (K_ORG, "woo.noord-holland@politie.nl"), (K_ORG, "Zaanstad Nieuws"),
     (K_LAW, "Wet open overheid"), (K_PLACE, "Zaantheater"), (K_ORG, "Klachtadviescommissie"), (K_PUB, "raadslid Özdemir"),
     (K_ORG, "GMS"), (K_PLACE, "Rozengracht"), ("ROLE", "verslaggever")],
    font="DejaVuSans", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook"))

D.append(Doc("pk25_woo_ontvangst", "rl", [
    "Politie eenheid Noord-Holland - Team Woo\nPostbus 2301, 2002 CH Haarlem",
    "Mevrouw R. Boerhaave-Lim\nZuiddijk 4\n1501 CA Zaandam",
    "Datum: 8 januari 2027\nKenmerk: WOO-2026-0233\nBehandeld door: Bram Hoekstra\nTelefoon: (023) 516 20 87",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "Geachte mevrouw Boerhaave-Lim,",
    "Op 5 januari 2027 ontvingen wij uw verzoek om informatie op grond van de Woo. Wij beslissen binnen vier weken. Deze "
    "termijn kan met twee weken worden verlengd. Omdat documenten van de gemeente Zaanstad en van de Nationale ombudsman "
    "onder uw verzoek vallen, vragen wij deze derden om hun zienswijze.",
    "Met vriendelijke groet,\n\nBram Hoekstra\nWoo-coördinator eenheid Noord-Holland",
], [R(P, "R. Boerhaave-Lim", "Boerhaave-Lim"), R("ADDRESS", "Zuiddijk 4", "1501 CA"), R(P, "Bram Hoekstra", "Hoekstra"),
    R(T, "(023) 516 20 87")],
    [(K_REF, "WOO-2026-0233"), (K_LAW, "Woo"), (K_ORG, "Nationale ombudsman"), (K_ORG, "Team Woo"),
     ("ROLE", "Woo-coördinator"), (K_ORG, "gemeente Zaanstad")],
    font="Helvetica", producer="Microsoft® Word voor Microsoft 365"))

D.append(Doc("pk26_mail_woo_zienswijze", "rl", [
    "Van: Hoekstra, Bram <bram.hoekstra@politie.nl>\nVerzonden: donderdag 21 januari 2027 11:30\n"
    "Aan: 'Schuitemaker-Bos, Eline' <e.schuitemaker@zaanstad.nl>\nCC: Wagemaker, Jeroen <jeroen.wagemaker@politie.nl>; "
    "Team Woo <woo.noord-holland@politie.nl>\nOnderwerp: zienswijze Woo-verzoek WOO-2026-0233",
    "Beste Eline,",
    "Onder het Woo-verzoek van Zaanstad Nieuws valt ook jullie beantwoording van de raadsvragen (Z/26/198765-BM). Die "
    "is al openbaar op de website van de gemeente, dus die nemen wij op als 'reeds openbaar'. Daarnaast hebben we twee "
    "mails van jou aan Ingrid over de driehoek. Heb je bezwaar tegen openbaarmaking? Je naam maken we uiteraard onleesbaar, "
    "die van burgemeester Van Wijnbergen niet.",
    "Groet,\nBram\nBram Hoekstra | Woo-coördinator | T (023) 516 20 87 | M +31 (0)6 4830 1275",
    "",
    "Van: Schuitemaker-Bos, Eline\nVerzonden: donderdag 21 januari 2027 14:02\nAan: Hoekstra, Bram",
    "Hoi Bram, geen bezwaar. Graag wel ook het mobiele nummer van Ingrid (0031 6 1822 4470) weglakken dat onder mijn "
    "tweede mail staat. Groet, Eline",
], [R(P, "Hoekstra, Bram", "Hoekstra", "Bram Hoekstra", "Bram"), R(E, "bram.hoekstra@politie.nl"),
    R(P, "Schuitemaker-Bos, Eline", "Eline"), R(E, "e.schuitemaker@zaanstad.nl"), R(P, "Wagemaker, Jeroen"), WAGEM,
    R(P, "Ingrid"), R(T, "(023) 516 20 87"), R(T, "+31 (0)6 4830 1275"), R(T, "0031 6 1822 4470")],
    [(K_ORG, "woo.noord-holland@politie.nl"), (K_REF, "WOO-2026-0233"), (K_ORG, "Zaanstad Nieuws"),
     (K_REF, "Z/26/198765-BM"), (K_PUB, "burgemeester Van Wijnbergen"), ("ROLE", "Woo-coördinator"), (K_ORG, "Team Woo")],
    font="DejaVuSans", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook",
    meta={"xmp": "Bram Hoekstra"}))
D[-1].redact += []

D.append(Doc("pk27_presentielijst_scan", "scan", [
    "# PRESENTIELIJST HOORZITTING",
    "Klachtadviescommissie politie eenheid Noord-Holland",
    "Zaak KL-2026-0417 - 22 oktober 2026 - Zaandam",
    "",
    "Naam                      Functie              Handtekening",
    "H.A. Sprengers            voorzitter           ~",
    "~Henk Sprengers",
    "F. el Idrissi             lid",
    "~Fatima el Idrissi",
    "T. Wijnbeek               lid",
    "~T. Wijnbeek",
    "L. Celik                  secretaris",
    "~Lotte Celik",
    "D. Ramdin-Pinas           klaagster",
    "~D. Ramdin-Pinas",
    "K. de Bruijn  1793244     beklaagde",
    "S. Oudejans   1810562     beklaagde",
    "~S. Oudejans",
], [R(P, "H.A. Sprengers", "Sprengers", channel="ocr", auto=False), R(P, "Wijnbeek", channel="ocr"),
    R(P, "Ramdin-Pinas", channel="ocr"), R(P, "Oudejans", channel="ocr"), R(P, "Idrissi", channel="ocr"),
    R(P, "Bruijn", channel="ocr"), R("ID", "1793244", channel="ocr"), R("ID", "1810562", channel="ocr"),
    R(P, "Lotte", channel="ocr"), R(P, "Henk", channel="ocr")],
    [], producer="KONICA MINOLTA bizhub C458", creator="bizhub C458"))

D.append(Doc("pk28_memo_handnotitie_scan", "scan", [
    "# MEMO",
    "Aan: teamchef basisteam Zaanstad",
    "Van: Bureau Klachtbehandeling, J. Wagemaker",
    "Datum: 4 december 2026",
    "Onderwerp: uitvoering beslissing KL-2026-0417",
    "De politiechef neemt het advies van de KAC over.",
    "Onderdeel a gegrond. Graag de casus met hoofdagent",
    "De Bruijn bespreken en de IBT-trainer Wouter Scheepens",
    "vragen een scenario te maken voor de volgende training.",
    "",
    "~Gesproken met Kevin 7/12, hij snapt het. IBS",
    "~Wouter bellen: 06-4455 9012",
], [R(P, "Wagemaker", channel="ocr"), R(P, "De Bruijn", channel="ocr"), R(P, "Wouter Scheepens", "Scheepens", channel="ocr", auto=False),
    R(P, "Kevin", channel="ocr"), R(P, "Wouter", channel="ocr"), R(T, "06-4455 9012", channel="ocr"),
    R("PARAPH", "IBS", channel="ocr")],
    [], producer="HP Scan", creator="HP LaserJet MFP M528"))

D.append(Doc("pk29_beslisnota_politiechef", "rl", [
    "# Beslisnota",
    [["Aan", "politiechef eenheid Noord-Holland"], ["Van", "Bureau Klachtbehandeling"],
     ["Datum", "2 december 2026"], ["Kenmerk", "KL-2026-0417/BN"],
     ["Contactpersoon", "Jeroen Wagemaker, 06-2214 5508, jeroen.wagemaker@politie.nl"],
     ["Kopie aan", "teamchef basisteam Zaanstad (I. Boekhout-Smit)"]],
    "# Aanleiding",
    "De Klachtadviescommissie heeft op 30 november 2026 advies uitgebracht over de klacht van mevrouw Ramdin-Pinas.",
    "# Geadviseerd besluit",
    "Aan de politiechef wordt gevraagd: het advies over te nemen, onderdeel a gegrond en b en c ongegrond te verklaren en "
    "de bijgevoegde brief te ondertekenen.",
    "# Kern",
    "De commissie acht het wegduwen door de hoofdagent niet noodzakelijk. De beelden van getuige Zwart ondersteunen de lezing "
    "van klaagster. Er zijn geen aanwijzingen voor een patroon: tegen de hoofdagent zijn in vijf jaar twee klachten ingediend, "
    "beide ongegrond.",
    "# Krachtenveld",
    "Raadslid Özdemir heeft raadsvragen gesteld; burgemeester Van Wijnbergen heeft toegezegd de uitkomst in de driehoek te "
    "bespreken. Zaanstad Nieuws volgt de zaak.",
    [["Naam", "Functie", "Paraaf", "Datum"],
     ["J. Wagemaker", "klachtbehandelaar", "JW", "02-12"],
     ["G. Ouwehand-Pels", "hoofd Bureau Klachtbehandeling", "GOP", "03-12"],
     ["R.F. Sanchez Ortega", "juridisch adviseur", "RSO", "03-12"]],
    "# Bijlagen",
    "1. Advies Klachtadviescommissie 2. Concept beslissing 3. Verslag hoorzitting",
], [R(P, "Jeroen Wagemaker", "J. Wagemaker", "Wagemaker"), WAGET, WAGEM, R(P, "I. Boekhout-Smit", "Boekhout-Smit"),
    R(P, "Ramdin-Pinas"), R(P, "Zwart"), R(P, "G. Ouwehand-Pels", "Ouwehand-Pels"),
    R(P, "R.F. Sanchez Ortega", "Sanchez Ortega"), R("PARAPH", "JW"), R("PARAPH", "GOP"), R("PARAPH", "RSO")],
    [(K_ORG, "Bureau Klachtbehandeling"), (K_REF, "KL-2026-0417/BN"), (K_ORG, "Klachtadviescommissie"),
     (K_PUB, "Raadslid Özdemir"), (K_PUB, "burgemeester Van Wijnbergen"), (K_ORG, "Zaanstad Nieuws"),
     ("ROLE", "juridisch adviseur"), ("ROLE", "klachtbehandelaar"), ("ROLE", "hoofdagent"), (K_ORG, "basisteam Zaanstad")],
    motiv=True, pad=2, font="DejaVuSans", producer="Microsoft® Word voor Microsoft 365",
    outline=["Beslisnota KL-2026-0417", "Concept JW", "Opmerkingen Gerda"]))
D[-1].redact += [R(P, "Gerda", channel="outline")]

D.append(Doc("pk30_persbericht", "rl", [
    "# Persbericht - Politie eenheid Noord-Holland",
    "Haarlem, 15 december 2026",
    "# Politie biedt excuses aan na klacht over optreden bij Zaantheater",
    "De politie eenheid Noord-Holland heeft een klacht over het optreden van agenten bij het Zaantheater in Zaandam op "
    "15 augustus 2026 gedeeltelijk gegrond verklaard. Politiechef Kuipers heeft de klaagster excuses aangeboden voor het "
    "wegduwen. De klachtadviescommissie oordeelde dat een waarschuwing had volstaan.",
    "\"We leren hiervan\", zegt politiechef Kuipers. \"Onze agenten werken vaak onder druk, maar we verwachten dat zij "
    "geweld alleen gebruiken als het echt nodig is.\" De casus wordt gebruikt in de training Integrale Beroepsvaardigheden "
    "(IBT).",
    "Burgemeester Van Wijnbergen van Zaanstad is geïnformeerd en bespreekt de uitkomst in de lokale driehoek.",
    "Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichting van de eenheid Noord-Holland, "
    "telefoon 088-169 80 00 (24 uur bereikbaar), pers.noord-holland@politie.nl.",
], [],
    [(K_PUB, "Politiechef Kuipers"), (K_PUB, "politiechef Kuipers"), (K_PUB, "Burgemeester Van Wijnbergen"),
     (K_PLACE, "Zaantheater"), (K_ORG, "eenheid Noord-Holland"), (K_REF, "088-169 80 00"),
     (K_ORG, "pers.noord-holland@politie.nl"), (K_ORG, "IBT"), ("TERM", "Integrale Beroepsvaardigheden")],
    font="Helvetica", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Macintosh)",
    meta={"Author": "Sytske Annema-Kroon", "xmp": "Sytske Annema-Kroon"}))
D[-1].redact += [R(P, "Sytske Annema-Kroon", "Annema-Kroon", channel="metadata", auto=False)]

D.append(Doc("pk31_woo_besluit", "rl", [
    "Politie eenheid Noord-Holland\nTeam Woo\nPostbus 2301, 2002 CH Haarlem",
    "Mevrouw R. Boerhaave-Lim\nZaanstad Nieuws\nZuiddijk 4\n1501 CA Zaandam",
    "Datum: 16 februari 2027\nKenmerk: WOO-2026-0233\nBehandeld door: B. Hoekstra",
    "Onderwerp: besluit op uw Woo-verzoek",
    "Geachte mevrouw Boerhaave-Lim,",
    "# 1. Uw verzoek",
    "Op 5 januari 2027 heeft u verzocht om openbaarmaking van documenten over de behandeling van de klachten over het "
    "politieoptreden bij het Zaantheater op 15 augustus 2026 (klachtnummer KL-2026-0417).",
    "# 2. Verloop van de procedure",
    "Bij brief van 8 januari 2027 is de ontvangst bevestigd. De gemeente Zaanstad en de Nationale ombudsman zijn in de "
    "gelegenheid gesteld een zienswijze te geven. De gemeente heeft geen bezwaar; de Nationale ombudsman heeft verzocht "
    "de naam van zijn onderzoeker niet openbaar te maken.",
    "# 3. Besluit",
    "Ik besluit de documenten genoemd in de inventarislijst (bijlage 1) gedeeltelijk openbaar te maken. De "
    "bodycambeelden en de telefoonopname van een getuige maak ik niet openbaar. De beantwoording van de raadsvragen door "
    "burgemeester Van Wijnbergen is al openbaar en wordt niet opnieuw verstrekt.",
    "# 4. Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). De documenten bevatten namen, dienstnummers, telefoonnummers "
    "en e-mailadressen van medewerkers van de politie, van de klagers, getuigen, de leden van de Klachtadviescommissie en "
    "hun gemachtigde. Het belang van de eerbiediging van hun persoonlijke levenssfeer weegt zwaarder dan het belang van "
    "openbaarheid. Dit geldt niet voor de politiechef, de burgemeester en raadslid Özdemir, die in hun publieke functie "
    "optreden.",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van klaagster, haar "
    "broer en een medewerker maak ik niet openbaar.",
    "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Een burgerservicenummer in het klachtformulier is "
    "onleesbaar gemaakt.",
    "Eerbiediging van de persoonlijke levenssfeer - beelden. De bodycambeelden tonen herkenbaar de betrokkenen en omstanders.",
    "# 5. Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op open.overheid.nl en op politie.nl/woo. Wij raden u aan de documenten zelf te "
    "raadplegen; een kopie is bijgevoegd.",
    "Bezwaar: binnen zes weken na de dag van verzending kunt u bezwaar maken bij de korpschef van politie, Postbus 17107, "
    "2502 CC Den Haag.",
    "Hoogachtend,\nde korpschef van politie,\nnamens deze,\nde politiechef van de eenheid Noord-Holland,\n\nA.M. Kuipers",
    "Bijlagen: 1. Inventarislijst 2. Documenten",
], [R(P, "R. Boerhaave-Lim", "Boerhaave-Lim"), R("ADDRESS", "Zuiddijk 4", "1501 CA"), R(P, "B. Hoekstra", "Hoekstra")],
    [(K_REF, "WOO-2026-0233"), (K_REF, "KL-2026-0417"), (K_ORG, "Zaanstad Nieuws"), (K_ORG, "Nationale ombudsman"),
     (K_PUB, "burgemeester Van Wijnbergen"), (K_PUB, "raadslid Özdemir"), (K_PUB, "A.M. Kuipers"),
     (K_ORG, "open.overheid.nl"), (K_ORG, "politie.nl/woo"), (K_ORG, "Klachtadviescommissie"), (K_PLACE, "Zaantheater"),
     ("ROLE", "korpschef van politie"), (K_LAW, "artikel 5.1"), (K_ORG, "gemeente Zaanstad"), (K_REF, "Postbus 17107")],
    motiv=True, pad=6, size=10.5, font="Times-Roman", producer="Microsoft® Word voor Microsoft 365",
    meta={"Author": "Hoekstra, B."}))
D[-1].redact += []

INV = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
_rows = [
    ("1", "Klachtformulier politie.nl", "18-08-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "BSN klaagster"),
    ("2", "Ontvangstbevestiging klacht", "20-08-2026", "deels openbaar", "5.1.2e", ""),
    ("3", "E-mail Wagemaker aan Boekhout-Smit", "25-08-2026", "deels openbaar", "5.1.2e", "namen medewerkers"),
    ("4", "Uitdraai GMS P 2026081500873", "26-08-2026", "deels openbaar", "5.1.2e", "centralist MK-NH-4471"),
    ("5", "Chatexport Teams", "27-08-2026", "deels openbaar", "5.1.2e", ""),
    ("6", "Melding geweldsaanwending", "15-08-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("7", "Uitnodiging hoorzitting", "07-10-2026", "deels openbaar", "5.1.2e", ""),
    ("8", "Verslag hoorzitting", "22-10-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("9", "Advies Klachtadviescommissie", "30-11-2026", "deels openbaar", "5.1.2e", ""),
    ("10", "Beslissing politiechef", "14-12-2026", "deels openbaar", "5.1.2e", ""),
    ("11", "E-mail secretaris KAC", "23-11-2026", "deels openbaar", "5.1.2e", ""),
    ("12", "Klacht T. ter Horst", "19-08-2026", "deels openbaar", "5.1.2e", "klacht ingetrokken"),
    ("13", "Brief Nationale ombudsman", "02-02-2027", "deels openbaar", "5.1.2e", "zienswijze ombudsman"),
    ("14", "Raadsvragen raadslid Özdemir", "02-09-2026", "reeds openbaar", "-", "zie zaanstad.nl"),
    ("15", "Antwoord burgemeester", "29-09-2026", "reeds openbaar", "-", "Z/26/198765-BM"),
    ("16", "Brief klaagster (scan)", "03-11-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("17", "Dienstrooster week 33", "10-08-2026", "deels openbaar", "5.1.2e", ""),
    ("18", "Getuigenverklaring N. Zwart", "09-09-2026", "deels openbaar", "5.1.2e", ""),
    ("19", "WhatsApp-export klaagster", "21-08-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("20", "Gespreksnotitie informele fase", "03-09-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("21", "Formulier aanvullende gegevens", "10-09-2026", "deels openbaar", "5.1.2e", ""),
    ("22", "Factuur tolk", "14-09-2026", "deels openbaar", "5.1.2e", ""),
    ("23", "Reactie aan Nationale ombudsman", "24-02-2027", "deels openbaar", "5.1.2e", ""),
    ("24", "Bodycambeelden 0417-B", "15-08-2026", "niet openbaar", "5.1.2e", "beeldmateriaal"),
    ("25", "Telefoonopname getuige", "15-08-2026", "niet openbaar", "5.1.2e", ""),
    ("26", "Presentielijst hoorzitting", "22-10-2026", "deels openbaar", "5.1.2e", "handtekeningen"),
    ("27", "Memo uitvoering beslissing", "04-12-2026", "deels openbaar", "5.1.2e", "handgeschreven notitie"),
    ("28", "Beslisnota politiechef", "02-12-2026", "deels openbaar", "5.1.2e", ""),
    ("29", "Persbericht", "15-12-2026", "openbaar", "-", ""),
]
for r in _rows:
    INV.append(list(r))

D.append(Doc("pk32_inventarislijst", "rl", [
    "# Bijlage 1 - Inventarislijst Woo-besluit WOO-2026-0233",
    "Zaak: klachtbehandeling optreden Rozengracht, Zaandam (KL-2026-0417). Opgesteld door Team Woo, paraaf BH.",
    INV,
    "Toelichting: 'reeds openbaar' betekent dat het document al is gepubliceerd; het wordt niet opnieuw verstrekt.",
], [R(P, "Wagemaker"), R(P, "Boekhout-Smit"), R("ID", "MK-NH-4471"), R(P, "T. ter Horst"), R(P, "N. Zwart"),
    R("PARAPH", "BH")],
    [(K_REF, "WOO-2026-0233"), (K_REF, "KL-2026-0417"), (K_REF, "P 2026081500873"), (K_PUB, "raadslid Özdemir"),
     (K_REF, "Z/26/198765-BM"), ("TERM", "deels openbaar"), ("TERM", "niet openbaar"), ("TERM", "reeds openbaar"),
     ("GROUND", "5.1.2e"), ("GROUND", "5.1.1d"), ("GROUND", "5.1.1e"), (K_ORG, "Nationale ombudsman"), (K_ORG, "Team Woo"),
     (K_ORG, "zaanstad.nl"), (K_REF, "0417-B")],
    font="DejaVuSansCondensed", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft Excel",
    pad=2))

D.append(Doc("pk33_overzicht_klachten", "docx", [
    "# Overzicht klachten basisteam Zaanstad 2026 (t/m december)",
    "Opgesteld voor het teamoverleg van 18 december 2026 door de klachtencoördinator van het basisteam.",
    [["Klachtnr.", "Datum", "Onderwerp", "Beklaagde", "Afdoening"],
     ["KL-2026-0122", "12-03-2026", "bejegening bij verkeerscontrole", "A. Yilmaz", "informeel opgelost"],
     ["KL-2026-0290", "02-06-2026", "niet opnemen aangifte", "B.J. Hofstede", "ongegrond"],
     ["KL-2026-0417", "15-08-2026", "geweld bij aanhouding Rozengracht", "K. de Bruijn / S. Oudejans", "deels gegrond"],
     ["KL-2026-0418", "15-08-2026", "idem, klager T. ter Horst", "K. de Bruijn", "ingetrokken"],
     ["KL-2026-0533", "30-10-2026", "inbeslagname fiets", "Wendy van der Sluijs-Otten", "in behandeling"]],
    "Aandachtspunt: in twee zaken speelde het filmen van agenten door omstanders. De teamchef stelt voor dit in de "
    "IBT-training te behandelen. Contactpersoon voor vragen: Pieter-Jan Mollema, klachtencoördinator, 06-3388 1020.",
    "==",
    "# Trends",
    "Het aantal klachten over bejegening is in 2026 gelijk gebleven (17), het aantal klachten over geweld gestegen van 3 "
    "naar 5. Landelijk zijn de cijfers gepubliceerd in het jaarverslag van de politie. De politie hanteert daarbij de "
    "categorieën bejegening, optreden, geweld, nalaten en overig.",
    "Voorstel: de casus KL-2026-0417 anoniem bespreken in de teamdag van januari 2027 in het Hembrugterrein.",
], [R(P, "A. Yilmaz", "Yilmaz"), R(P, "B.J. Hofstede", "Hofstede"), R(P, "K. de Bruijn"), R(P, "S. Oudejans"),
    R(P, "T. ter Horst"), R(P, "Wendy van der Sluijs-Otten", "van der Sluijs-Otten"), R(P, "Pieter-Jan Mollema", "Mollema"),
    R(T, "06-3388 1020")],
    [(K_REF, "KL-2026-0417"), (K_REF, "KL-2026-0122"), (K_REF, "KL-2026-0290"), (K_REF, "KL-2026-0533"), (K_ORG, "IBT"),
     (K_PLACE, "Hembrugterrein"), (K_ORG, "basisteam Zaanstad"), ("ROLE", "klachtencoördinator"), (K_PLACE, "Rozengracht")],
    producer="LibreOffice 7.6", creator="Writer",
    outline=["Overzicht klachten - versie Pieter-Jan", "Cijfers aangeleverd door Wendy Otten"]))
D[-1].redact += [R(P, "Wendy Otten", channel="outline", auto=False)]

import lib  # noqa: E402
lib.AUTOKEEP[:] = KEEPS + [
    (K_LAW, "Algemene wet bestuursrecht"), (K_LAW, "Regeling klachtbehandeling politie"), (K_LAW, "Wet open overheid"),
    (K_LAW, "artikel 9:18 Awb"), (K_LAW, "artikel 9:10 Awb"), (K_LAW, "artikel 9:15 Awb"), (K_LAW, "Politiewet 2012"),
    (K_LAW, "Regeling toetsing geweldsaanwending politie"), (K_ORG, "Klachtadviescommissie"), (K_ORG, "korpschef"),
    (K_ORG, "politiechef"), (K_ORG, "Nationale ombudsman"), (K_PLACE, "Haarlem"), (K_PLACE, "Rozengracht"),
    (K_ORG, "Bureau Klachtbehandeling"), ("ROLE", "klachtbehandelaar"), ("ROLE", "teamchef"), ("ROLE", "hoofdagent"),
    ("ROLE", "secretaris"), ("ROLE", "voorzitter"), ("TERM", "bodycambeelden"), ("TERM", "hoorzitting"),
    ("TERM", "klachtonderdeel a"), (K_ORG, "IBT"), (K_ORG, "KAC"), ("TERM", "driehoek"), (K_ORG, "Zaanstad Nieuws"),
    (K_PLACE, "Zaanstad"), (K_ORG, "Team Woo"), ("TERM", "gegrond"), ("TERM", "ongegrond"), ("TERM", "Basisvoorziening"),
    (K_ORG, "Geïntegreerd Meldkamer Systeem"), (K_LAW, "Ambtsinstructie"), ("TERM", "persoonsgegevens"),
    (K_REF, "Postbus 2301"), (K_REF, "2002 CH Haarlem"), ("TERM", "Hoogachtend"), ("TERM", "Met vriendelijke groet"),
]
