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
