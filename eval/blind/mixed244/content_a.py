"""Set WS, documents ws01-ws17."""
from lib import Doc, R, K

ORG = K("ORG?", "Waterschap Zuiderveld", "Belastingsamenwerking Zuiderveld-Oost", "BSZO")
LAW = K("LAW", "Invorderingswet 1990", "Leidraad Invordering 2017", "Uitvoeringsregeling Invorderingswet 1990",
        "Algemene wet bestuursrecht", "Wet open overheid")

DOCS = []

# ws01 Woo request ------------------------------------------------------------------------------
DOCS.append(Doc("ws01-woo-verzoek", "Woo-verzoek kwijtschelding waterschapsbelasting", [
    ("p", "Lotte Hesselink\nBrinkgreverweg 112\n7413 AD Deventer\nlotte.hesselink@kpnmail.nl | 06-28 41 93 07"),
    ("sp", 10),
    ("p", "Aan het dagelijks bestuur van Waterschap Zuiderveld\nt.a.v. de Woo-coördinator\nPostbus 1420\n7400 BK Deventer\nper e-mail: woo@zuiderveld.nl"),
    ("p", "Deventer, 6 januari 2026"),
    ("p", "Onderwerp: verzoek op grond van de Wet open overheid - afwijzingen kwijtschelding"),
    ("p", "Geacht bestuur,"),
    ("p", "Op grond van artikel 4.1 van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over "
          "de afwijzing van verzoeken om kwijtschelding van de watersysteemheffing en de zuiveringsheffing over het "
          "belastingjaar 2025, die door de Belastingsamenwerking Zuiderveld-Oost (BSZO) namens het waterschap zijn "
          "behandeld, en over de bezwaarschriften daartegen. Ik denk daarbij aan beschikkingen, bezwaarschriften, "
          "verslagen van hoorzittingen, e-mails met schuldhulpverleners en de beantwoording van vragen uit het "
          "algemeen bestuur door dijkgraaf Rouwenhorst."),
    ("p", "Aanleiding is de stijging van het aantal afwijzingen sinds de invoering van de nieuwe vermogenstoets in de "
          "Leidraad Invordering 2017 en de berichtgeving in de Stentor van 12 december 2025. Ik schrijf als "
          "vrijwilliger van het Sociaal Raadsliedenwerk Deventer en ontvang de stukken bij voorkeur digitaal."),
    ("p", "Met vriendelijke groet,\n\nLotte Hesselink"),
], [
    R("PERSON", "Lotte Hesselink", "Lotte Hesselink", "Hesselink", "Lotte"),
    R("ADDRESS", "Brinkgreverweg 112, 7413 AD Deventer", "Brinkgreverweg 112", "7413 AD"),
    R("EMAIL", "lotte.hesselink@kpnmail.nl"),
    R("PHONE", "06-28 41 93 07"),
], [ORG, K("EMAIL", "woo@zuiderveld.nl"), K("PERSON_PUBLIC", "dijkgraaf Rouwenhorst"),
    K("LAW", "Wet open overheid", "artikel 4.1", "Leidraad Invordering 2017"),
    K("ORG", "Sociaal Raadsliedenwerk Deventer", "Stentor"), K("ADDRESS_PUBLIC", "Postbus 1420", "7400 BK Deventer"),
    K("TERM", "watersysteemheffing", "zuiveringsheffing", "vermogenstoets")],
    font="Times-Roman", producer="word"))

# ws02 acknowledgement (docx) -----------------------------------------------------------------
DOCS.append(Doc("ws02-ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek WZV-WOO-2026-003", [
    ("p", "Waterschap Zuiderveld\nHanzeweg 40, Deventer\nPostbus 1420, 7400 BK Deventer\nT 088 233 44 00 | info@zuiderveld.nl"),
    ("p", "Mevrouw L. Hesselink\nBrinkgreverweg 112\n7413 AD Deventer"),
    ("p", "Datum: 9 januari 2026\nKenmerk: WZV-WOO-2026-003\nBehandeld door: A.M. Weustink\nTelefoon: 088 233 45 17\nE-mail: a.weustink@zuiderveld.nl"),
    ("p", "Onderwerp: ontvangstbevestiging Woo-verzoek"),
    ("p", "Geachte mevrouw Hesselink,"),
    ("p", "Op 6 januari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Het verzoek gaat over "
          "documenten over de afwijzing van kwijtschelding van waterschapsbelastingen over 2025. Wij hebben uw "
          "verzoek geregistreerd onder kenmerk WZV-WOO-2026-003. Wij beslissen binnen vier weken na ontvangst; deze "
          "termijn kan op grond van artikel 4.4 van de Wet open overheid met twee weken worden verdaagd."),
    ("p", "Omdat een deel van de documenten berust bij de Belastingsamenwerking Zuiderveld-Oost, zullen wij die "
          "organisatie om de stukken vragen. Documenten waarin derden worden genoemd, kunnen wij pas openbaar maken "
          "na een zienswijzeprocedure (artikel 4.9 Woo)."),
    ("p", "Met vriendelijke groet,\nnamens het dagelijks bestuur van Waterschap Zuiderveld,\n\nAnnelies Weustink\nWoo-coördinator"),
], [
    R("PERSON", "Lotte Hesselink", "Hesselink", "L. Hesselink"),
    R("ADDRESS", "Brinkgreverweg 112, 7413 AD Deventer", "Brinkgreverweg 112", "7413 AD"),
    R("PERSON", "Annelies Weustink", "Weustink", "Annelies", "A.M. Weustink"),
    R("PHONE", "088 233 45 17"),
    R("EMAIL", "a.weustink@zuiderveld.nl"),
], [ORG, K("ADDRESS_PUBLIC", "Hanzeweg 40", "Postbus 1420"), K("PHONE_PUBLIC", "088 233 44 00"),
    K("EMAIL", "info@zuiderveld.nl"), K("REF", "WZV-WOO-2026-003"), K("LAW", "artikel 4.4", "artikel 4.9 Woo"),
    K("FUNCTION", "Woo-coördinator"), K("DATE", "9 januari 2026")],
    kind="docx", producer="lo", author="Annelies Weustink"))

# ws03 AcroForm ---------------------------------------------------------------------------------
DOCS.append(Doc("ws03-verzoekformulier", "Verzoek om kwijtschelding waterschapsbelastingen 2025", [
    ("h", "Verzoek om kwijtschelding belastingjaar 2025"),
    ("p", "Belastingsamenwerking Zuiderveld-Oost (BSZO) - namens Waterschap Zuiderveld en de gemeenten Deventer,\n"
          "Olst-Wijhe en Raalte. Stuur het formulier met bewijsstukken naar kwijtschelding@bszo.nl of naar\n"
          "Postbus 1420, 7400 BK Deventer. Vragen? Bel 088 233 44 00 (werkdagen 9.00-16.00 uur)."),
    ("p", "Lees eerst de toelichting. Kwijtschelding is geregeld in artikel 26 van de Invorderingswet 1990\n"
          "en de Uitvoeringsregeling Invorderingswet 1990. Vul alle velden in; onvolledige verzoeken worden niet behandeld."),
    ("foot", "Formulier KW-2025 versie 3.1 - aanslagen watersysteemheffing ingezetenen en zuiveringsheffing woonruimten.\n"
             "Dit formulier is digitaal ingevuld en ondertekend via Mijn BSZO (eHerkenning/DigiD)."),
], [
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker", "Saskia", channel="annotations"),
    R("BSN", "669715128", channel="annotations"),
    R("DATE_OF_BIRTH", "14-02-1986", channel="annotations"),
    R("ADDRESS", "Lindeboomstraat 14b, 8102 EK", "Lindeboomstraat 14b", channel="annotations"),
    R("PHONE", "06 19 55 02 83", channel="annotations"),
    R("EMAIL", "saskia.wb@ziggo.nl", channel="annotations"),
    R("IBAN", "NL34 RABO 7489 6680 09", channel="annotations"),
    R("PERSON", "Ruud Wolters", "Ruud Wolters", channel="annotations"),
    R("ID", "aanslagnummer 3109.47.221.0018", "3109.47.221.0018", channel="annotations"),
], [ORG, K("EMAIL", "kwijtschelding@bszo.nl"), K("PHONE_PUBLIC", "088 233 44 00"),
    K("LAW", "artikel 26", "Invorderingswet 1990", "Uitvoeringsregeling Invorderingswet 1990"),
    K("PLACE", "Olst-Wijhe", "Raalte", "Deventer"), K("REF", "KW-2025"), K("TERM", "eHerkenning", "DigiD", "Mijn BSZO")],
    kind="form", fields=[
        ("Naam aanvrager", "naam", "Saskia Wolters-Bakker"),
        ("Burgerservicenummer", "bsn", "669715128"),
        ("Geboortedatum", "geb", "14-02-1986"),
        ("Adres", "adres", "Lindeboomstraat 14b, 8102 EK Raalte"),
        ("Telefoon", "tel", "06 19 55 02 83"),
        ("E-mail", "mail", "saskia.wb@ziggo.nl"),
        ("IBAN", "iban", "NL34 RABO 7489 6680 09"),
        ("Partner", "partner", "Ruud Wolters"),
        ("Aanslag", "aanslag", "aanslagnummer 3109.47.221.0018"),
        ("Bruto maandinkomen huishouden", "ink", "2.412,60"),
    ], producer="itext"))

# ws04 income statement -------------------------------------------------------------------------
DOCS.append(Doc("ws04-inkomensopgave-wolters", "Opgave inkomen en uitgaven - bijlage bij KW-2025-11873", [
    ("h", "Opgave inkomen, vermogen en uitgaven"),
    ("p", "Bijlage bij verzoek om kwijtschelding, dossier KW-2025-11873 (Belastingsamenwerking Zuiderveld-Oost). "
          "Ingevuld door de aanvrager op 3 maart 2025; gecontroleerd via het Inlichtingenbureau en de RDW."),
    ("h2", "1. Gegevens aanvrager en leefeenheid"),
    ("t", [["Rol", "Naam", "Geboortedatum", "BSN", "Relatie"],
           ["Aanvrager", "Saskia Maria Wolters-Bakker", "14-02-1986", "669715128", "-"],
           ["Partner", "Ruud Hendrik Wolters", "30-09-1983", "544923364", "echtgenoot"],
           ["Kind", "Milan Wolters", "03-05-2012", "-", "zoon"],
           ["Kind", "Fenna Wolters", "21-11-2016", "-", "dochter"]], [22, 55, 28, 26, 30]),
    ("p", "Woonadres: Lindeboomstraat 14b, 8102 EK Raalte (huurwoning Salland Wonen). Rekeningnummer voor terugbetaling: "
          "NL34 RABO 7489 6680 09 t.n.v. S.M. Wolters-Bakker. Tweede rekening partner: NL93 INGB 7499 3335 44."),
    ("h2", "2. Netto inkomen per maand"),
    ("t", [["Bron", "Ontvanger", "Bedrag", "Bewijsstuk"],
           ["Loon Zorggroep Raalte", "aanvrager", "€ 1.212,40", "loonstrook febr. 2025"],
           ["WW-uitkering UWV", "partner", "€ 1.083,15", "specificatie UWV"],
           ["Kindgebonden budget", "huishouden", "€ 117,05", "beschikking Dienst Toeslagen"],
           ["Huurtoeslag", "huishouden", "€ 236,00", "beschikking Dienst Toeslagen"]], [48, 30, 30, 60]),
    ("pb",),
    ("h2", "3. Vaste lasten en vermogen"),
    ("t", [["Post", "Bedrag per maand", "Opmerking"],
           ["Huur", "€ 812,35", "Salland Wonen"],
           ["Zorgpremie (2 personen)", "€ 291,90", "Zilveren Kruis"],
           ["Aflossing schuldregeling", "€ 150,00", "via Stadsbank Oost Nederland"],
           ["Auto", "waarde € 2.750", "Opel Corsa 2011, kenteken 34-KPT-7"],
           ["Spaartegoed", "€ 1.940,22", "peildatum 1 maart 2025"]], [50, 35, 80]),
    ("p", "Ondertekening: ik verklaar dat deze opgave volledig en naar waarheid is ingevuld.\n"
          "Raalte, 3 maart 2025 - S.M. Wolters-Bakker (digitaal ondertekend)"),
    ("p", "Intern - beoordeling: vermogen boven de vermogensnorm (auto + spaartegoed). Behandelaar: I. Brinkhuis (BSZO, team Kwijtschelding), 11 maart 2025."),
], [
    R("PERSON", "Saskia Maria Wolters-Bakker", "Wolters-Bakker", "Saskia Maria", "S.M. Wolters-Bakker"),
    R("PERSON", "Ruud Hendrik Wolters", "Ruud Hendrik Wolters"),
    R("PERSON", "Milan Wolters", "Milan Wolters"), R("PERSON", "Fenna Wolters", "Fenna Wolters"),
    R("DATE_OF_BIRTH", "14-02-1986"), R("DATE_OF_BIRTH", "30-09-1983"), R("DATE_OF_BIRTH", "03-05-2012"),
    R("DATE_OF_BIRTH", "21-11-2016"),
    R("BSN", "669715128"), R("BSN", "544923364"),
    R("ADDRESS", "Lindeboomstraat 14b, 8102 EK", "Lindeboomstraat 14b", "8102 EK"),
    R("IBAN", "NL34 RABO 7489 6680 09"), R("IBAN", "NL93 INGB 7499 3335 44"),
    R("ID", "kenteken 34-KPT-7", "34-KPT-7"),
    R("PERSON", "Ilse Brinkhuis", "Brinkhuis", "I. Brinkhuis"),
], [ORG, K("REF", "KW-2025-11873"), K("ORG", "Inlichtingenbureau", "RDW", "Salland Wonen", "UWV", "Zorggroep Raalte",
    "Dienst Toeslagen", "Zilveren Kruis", "Stadsbank Oost Nederland"), K("TERM", "Kindgebonden budget", "Huurtoeslag",
    "vermogensnorm", "team Kwijtschelding"), K("PRODUCT", "Opel Corsa")],
    font="DejaVuSans", producer="aspose"))

# ws05 beschikking afwijzing ----------------------------------------------------------------------
DOCS.append(Doc("ws05-beschikking-wolters", "Beschikking kwijtschelding KW-2025-11873", [
    ("p", "Belastingsamenwerking Zuiderveld-Oost\nHanzeweg 40, Deventer | Postbus 1420, 7400 BK Deventer\nwww.bszo.nl | 088 233 44 00"),
    ("p", "Mevrouw S.M. Wolters-Bakker\nLindeboomstraat 14b\n8102 EK RAALTE"),
    ("t", [["Datum", "Dossier", "Aanslagnummer", "Behandeld door"],
           ["14 maart 2025", "KW-2025-11873", "3109.47.221.0018", "I. Brinkhuis, 0570 - 69 42 18"]], [30, 35, 40, 60]),
    ("p", "Onderwerp: beslissing op uw verzoek om kwijtschelding"),
    ("p", "Geachte mevrouw Wolters-Bakker,"),
    ("p", "U heeft op 3 maart 2025 gevraagd om kwijtschelding van de aanslag waterschapsbelastingen 2025 van "
          "Waterschap Zuiderveld (watersysteemheffing ingezetenen € 128,40 en zuiveringsheffing woonruimten € 301,62). "
          "Wij hebben uw verzoek getoetst aan artikel 26 van de Invorderingswet 1990, de Uitvoeringsregeling "
          "Invorderingswet 1990 en de Kwijtscheldingsregeling Waterschap Zuiderveld 2023."),
    ("h2", "Beslissing"),
    ("p", "Wij wijzen uw verzoek af. Uw vermogen (banksaldo en de waarde van uw auto) is hoger dan de vermogensnorm. "
          "Een auto is alleen buiten beschouwing gelaten als die onmisbaar is voor werk of vanwege ziekte of handicap; "
          "dat heeft u niet aangetoond. U kunt het bedrag betalen in tien termijnen via automatische incasso."),
    ("h2", "Bent u het niet eens met deze beslissing?"),
    ("p", "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij de invorderingsambtenaar van de "
          "BSZO, via Mijn BSZO of per post. Vermeld het dossiernummer. Zie ook artikel 6:7 Algemene wet bestuursrecht."),
    ("p", "Met vriendelijke groet,\nde invorderingsambtenaar van Waterschap Zuiderveld,\nnamens deze,\n\nI. Brinkhuis\nmedewerker Kwijtschelding"),
], [
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker", "S.M. Wolters-Bakker"),
    R("ADDRESS", "Lindeboomstraat 14b, 8102 EK", "Lindeboomstraat 14b", "8102 EK"),
    R("ID", "3109.47.221.0018"),
    R("PERSON", "Ilse Brinkhuis", "Brinkhuis", "I. Brinkhuis"),
    R("PHONE", "0570 - 69 42 18"),
], [ORG, K("REF", "KW-2025-11873"), K("LAW", "artikel 26", "Invorderingswet 1990", "Kwijtscheldingsregeling Waterschap Zuiderveld 2023",
    "artikel 6:7 Algemene wet bestuursrecht"), K("ADDRESS_PUBLIC", "Hanzeweg 40"), K("PHONE_PUBLIC", "088 233 44 00"),
    K("URL", "www.bszo.nl"), K("FUNCTION", "invorderingsambtenaar", "medewerker Kwijtschelding"), K("PLACE", "RAALTE"),
    K("AMOUNT", "€ 128,40", "€ 301,62")],
    producer="itext"))

# ws06 handwritten objection (scan) -----------------------------------------------------------
DOCS.append(Doc("ws06-bezwaar-wolters-scan", "Scan bezwaar 2025-03-28", [], [
    R("PERSON", "Saskia Wolters", "Saskia Wolters", "Wolters", ocr=True),
    R("ADDRESS", "Lindeboomstraat 14b", "Lindeboomstraat", ocr=True),
    R("PHONE", "06 19 55 02 83", "55 02 83", ocr=True),
    R("PERSON", "Milan", "Milan", ocr=True),
], [], kind="scan", producer="scanner", scan_pages=[[
    "Saskia Wolters", "Lindeboomstraat 14b", "8102 EK Raalte", "tel. 06 19 55 02 83", "",
    "Aan de BSZO, afdeling bezwaar", "Postbus 1420, 7400 BK Deventer", "",
    "Raalte, 28 maart 2025", "", "Betreft: bezwaar dossier KW-2025-11873", "",
    "Geachte heer, mevrouw,", "",
    "Ik maak bezwaar tegen de afwijzing van mijn", "kwijtschelding. De auto is nodig omdat mijn zoon",
    "Milan elke week naar het ziekenhuis in Zwolle moet", "en er geen bus rijdt op die tijden.",
    "Het spaargeld is voor de eigen bijdrage.", "", "Ik wil graag gehoord worden.", "",
    "Met vriendelijke groet,", "", "Saskia Wolters",
]]))

# ws07 income statement Yilmaz ----------------------------------------------------------------------
DOCS.append(Doc("ws07-inkomensopgave-yilmaz", "Inkomensverklaring KW-2025-12240", [
    ("h", "Inkomensverklaring kwijtschelding - dossier KW-2025-12240"),
    ("p", "Ingediend via Stadsbank Oost Nederland namens de aanvrager; ontvangen door BSZO op 17 maart 2025."),
    ("t", [["Gegevens", "Aanvrager", "Partner"],
           ["Naam", "Mehmet Yılmaz", "Ayşe Yılmaz-Demir"],
           ["Geboortedatum", "02-07-1979", "19-01-1982"],
           ["BSN", "315065710", "317216892"],
           ["Inkomen", "Participatiewet (gemeente Deventer)", "geen"],
           ["IBAN", "NL81 ABNA 6515 0857 76", "-"]], [35, 65, 65]),
    ("p", "Adres: Rembrandtkade 9-II, 7412 VN Deventer. Telefoon aanvrager: +31 (0)6 3120 7745. "
          "Inwonende kinderen: Emir (geb. 2011) en Zeynep (geb. 2014). Beschermingsbewind: nee; "
          "schuldhulpverlening: ja, Stadsbank Oost Nederland, dossier SB-DV-2024-0873."),
    ("t", [["Inkomsten per maand", "Bedrag"], ["Bijstandsuitkering gezinsnorm", "€ 1.885,70"],
           ["Kindgebonden budget", "€ 398,00"], ["Huurtoeslag", "€ 301,00"],
           ["Uitgaven per maand", ""], ["Huur (Woonbedrijf ieder1)", "€ 764,10"], ["Premie zorgverzekering", "€ 278,60"]], [90, 50]),
    ("p", "Verklaring: de gegevens zijn volledig. Ondertekend door M. Yılmaz en, namens de Stadsbank, door P. Doornbos "
          "(schuldhulpverlener)."),
    ("p", "Toets BSZO: betalingscapaciteit nihil, maar vermogen in de vorm van een spaarrekening van een kind "
          "(Zeynep) is meegeteld. Advies: afwijzen, zie afwijzing 24 maart 2025."),
], [
    R("PERSON", "Mehmet Yılmaz", "Mehmet Yılmaz", "Yılmaz", "Mehmet"),
    R("PERSON", "Ayşe Yılmaz-Demir", "Ayşe", "Yılmaz-Demir"),
    R("DATE_OF_BIRTH", "02-07-1979"), R("DATE_OF_BIRTH", "19-01-1982"),
    R("BSN", "315065710"), R("BSN", "317216892"),
    R("IBAN", "NL81 ABNA 6515 0857 76"),
    R("ADDRESS", "Rembrandtkade 9-II, 7412 VN", "Rembrandtkade 9-II", "7412 VN"),
    R("PHONE", "+31 (0)6 3120 7745"),
    R("PERSON", "Emir", "Emir"), R("PERSON", "Zeynep", "Zeynep"),
    R("PERSON", "Priscilla Doornbos", "P. Doornbos", "Doornbos"),
    R("ID", "SB-DV-2024-0873"),
], [ORG, K("REF", "KW-2025-12240"), K("ORG", "Stadsbank Oost Nederland", "Woonbedrijf ieder1"),
    K("LAW", "Participatiewet"), K("PLACE", "Deventer"), K("TERM", "Beschermingsbewind", "betalingscapaciteit",
    "Kindgebonden budget", "Huurtoeslag", "schuldhulpverlener"), K("DATE", "24 maart 2025")],
    font="DejaVuSans", producer="pdfpen"))

# ws08 afwijzing Yilmaz (Aspose) -----------------------------------------------------------------
DOCS.append(Doc("ws08-afwijzing-yilmaz", "Afwijzing kwijtschelding KW-2025-12240", [
    ("p", "BELASTINGSAMENWERKING ZUIDERVELD-OOST\nnamens Waterschap Zuiderveld"),
    ("p", "De heer M. Yılmaz\np/a Stadsbank Oost Nederland\nt.a.v. mevrouw P. Doornbos\nPostbus 5110\n7400 GC Deventer"),
    ("p", "Datum: 24 maart 2025\nDossiernummer: KW-2025-12240\nDebiteurnummer: 88.410.2297\nContact: BSZO team Kwijtschelding, 088 233 44 00"),
    ("p", "Geachte heer Yılmaz,"),
    ("p", "Uw verzoek om kwijtschelding van de waterschapsbelastingen 2025 wijzen wij af. Bij de berekening van uw "
          "vermogen hebben wij het saldo van een spaarrekening op naam van uw dochter meegeteld, omdat deze rekening "
          "door u wordt beheerd. Het vermogen komt daarmee boven de grens van artikel 12 van de Uitvoeringsregeling "
          "Invorderingswet 1990."),
    ("p", "Tegen deze beslissing kunt u binnen zes weken bezwaar maken. Omdat u bij de Stadsbank Oost Nederland een "
          "schuldregeling heeft, sturen wij een afschrift aan uw schuldhulpverlener."),
    ("p", "Hoogachtend,\nnamens de invorderingsambtenaar,\n\nR.J.M. van Ommen-Tijhuis\nsenior medewerker Kwijtschelding"),
], [
    R("PERSON", "Mehmet Yılmaz", "Yılmaz", "M. Yılmaz"),
    R("PERSON", "Priscilla Doornbos", "P. Doornbos"),
    R("ID", "Debiteurnummer 88.410.2297", "88.410.2297"),
    R("PERSON", "R.J.M. van Ommen-Tijhuis", "van Ommen-Tijhuis", "R.J.M."),
], [ORG, K("ORG", "BELASTINGSAMENWERKING ZUIDERVELD-OOST", "Stadsbank Oost Nederland"), K("REF", "KW-2025-12240"),
    K("PHONE_PUBLIC", "088 233 44 00"), K("LAW", "artikel 12", "Uitvoeringsregeling Invorderingswet 1990"),
    K("ADDRESS_PUBLIC", "Postbus 5110", "7400 GC Deventer"), K("FUNCTION", "senior medewerker Kwijtschelding"),
    K("DATE", "24 maart 2025")],
    font="DejaVuSerif", producer="aspose"))

# ws09 objection letter by debt counsellor -------------------------------------------------------
DOCS.append(Doc("ws09-bezwaar-stadsbank", "Bezwaarschrift namens de heer Yılmaz", [
    ("p", "Stadsbank Oost Nederland - vestiging Deventer\nPostbus 5110, 7400 GC Deventer\nT 14 0570 | schuldhulp@stadsbank-on.nl"),
    ("p", "Aan: Belastingsamenwerking Zuiderveld-Oost, afdeling Bezwaar en Beroep\nPostbus 1420\n7400 BK Deventer"),
    ("p", "Deventer, 2 april 2025\nOns kenmerk: SB-DV-2024-0873\nUw kenmerk: KW-2025-12240"),
    ("p", "Betreft: bezwaar tegen de afwijzing van kwijtschelding van de heer M. Yılmaz (BSN 315065710)"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Namens mijn cliënt, de heer Mehmet Yılmaz, wonende Rembrandtkade 9-II te Deventer, maak ik bezwaar tegen uw "
          "beschikking van 24 maart 2025. De spaarrekening waarop u doelt staat op naam van zijn dochter en bevat "
          "geld dat de grootouders voor haar opzij zetten. Volgens vaste jurisprudentie (Hof Arnhem-Leeuwarden, "
          "ECLI:NL:GHARL:2019:4521) is vermogen van een minderjarig kind geen vermogen van de ouder. Bovendien is "
          "cliënt toegelaten tot een minnelijke schuldregeling; schuldeisers die kwijtschelding weigeren, frustreren "
          "die regeling."),
    ("p", "Ik verzoek u de afwijzing te herroepen en wil graag worden gehoord. Een machtiging van cliënt is bijgevoegd."),
    ("p", "Met vriendelijke groet,\n\nPriscilla Doornbos\nschuldhulpverlener\nDirect: 0570 - 75 31 88 | mobiel 06-41 87 22 90\np.doornbos@stadsbank-on.nl"),
], [
    R("PERSON", "Mehmet Yılmaz", "Yılmaz", "M. Yılmaz", "Mehmet Yılmaz"),
    R("BSN", "315065710"),
    R("ADDRESS", "Rembrandtkade 9-II", "Rembrandtkade 9-II"),
    R("PERSON", "Priscilla Doornbos", "Priscilla Doornbos", "Doornbos"),
    R("PHONE", "0570 - 75 31 88"), R("PHONE", "06-41 87 22 90"),
    R("EMAIL", "p.doornbos@stadsbank-on.nl"),
    R("ID", "SB-DV-2024-0873"),
], [K("ORG", "Stadsbank Oost Nederland", "Belastingsamenwerking Zuiderveld-Oost", "Hof Arnhem-Leeuwarden"),
    K("PHONE_PUBLIC", "14 0570"), K("EMAIL", "schuldhulp@stadsbank-on.nl"), K("REF", "KW-2025-12240",
    "ECLI:NL:GHARL:2019:4521"), K("ADDRESS_PUBLIC", "Postbus 5110", "Postbus 1420"), K("FUNCTION", "schuldhulpverlener"),
    K("TERM", "minnelijke schuldregeling"), K("PLACE", "Deventer")],
    font="DejaVuSerif", producer="word"))

# ws10 Outlook thread --------------------------------------------------------------------------
DOCS.append(Doc("ws10-mail-brinkhuis-doornbos", "RE: kwijtschelding Yılmaz - vermogen kind", [
    ("hdr", ["Van: Brinkhuis, Ilse <i.brinkhuis@bszo.nl>", "Verzonden: donderdag 10 april 2025 16:42",
             "Aan: Priscilla Doornbos <p.doornbos@stadsbank-on.nl>",
             "CC: Scholten-Lansink, Marco <m.scholten-lansink@bszo.nl>; Kwijtschelding BSZO <kwijtschelding@bszo.nl>",
             "Onderwerp: RE: kwijtschelding Yılmaz - vermogen kind"]),
    ("p", "Hoi Priscilla,"),
    ("p", "Dank voor de bankafschriften. Ik heb het dossier besproken met Marco. Als de rekening van Zeynep echt een "
          "rekening van de grootouders is (schenking, geen beheer door de ouders), laten we haar saldo buiten de toets. "
          "Kun je nog een verklaring van de bank sturen waaruit blijkt wie gemachtigd is? Dan kan ik het bezwaar "
          "gegrond verklaren zonder hoorzitting, als jouw cliënt daarmee instemt."),
    ("p", "Groet,\nIlse Brinkhuis\nmedewerker Kwijtschelding | Belastingsamenwerking Zuiderveld-Oost\nT 0570 - 69 42 18 (di t/m do)"),
    ("hdr", ["Van: Priscilla Doornbos <p.doornbos@stadsbank-on.nl>", "Verzonden: woensdag 9 april 2025 11:05",
             "Aan: Brinkhuis, Ilse <i.brinkhuis@bszo.nl>", "Onderwerp: kwijtschelding Yılmaz - vermogen kind"]),
    ("p", "Goedemorgen Ilse,"),
    ("p", "Zoals telefonisch besproken stuur ik de afschriften van de rekening NL44 ASNB 0433 4889 08. Daarop zie je "
          "dat alleen oma (mevrouw Hatice Demir) stortingen doet. Mehmet en Ayşe hebben geen pinpas van die rekening. "
          "Ik hoor graag of dit voldoende is; de minnelijke regeling loopt anders vast omdat BSZO de enige schuldeiser "
          "is die niet meewerkt. Mijn collega Joost Ruiterkamp (06 - 22 19 80 41) neemt mijn zaken over tijdens mijn "
          "verlof van 14 tot en met 25 april."),
    ("p", "Met vriendelijke groet,\nPriscilla Doornbos\nStadsbank Oost Nederland | schuldhulpverlener\n06-41 87 22 90"),
    ("pb",),
    ("hdr", ["Van: Scholten-Lansink, Marco <m.scholten-lansink@bszo.nl>", "Verzonden: dinsdag 8 april 2025 09:12",
             "Aan: Brinkhuis, Ilse <i.brinkhuis@bszo.nl>", "Onderwerp: FW: bezwaar KW-2025-12240"]),
    ("p", "Ilse, pak jij deze op? Lijkt me een zaak voor de werkinstructie 'vermogen minderjarigen' (par. 4.3). "
          "Als het klopt: gegrond, en aan Jorien Kamphuis van het waterschap melden voor de rapportage aan het AB.\nM."),
], [
    R("PERSON", "Ilse Brinkhuis", "Brinkhuis", "Ilse"),
    R("EMAIL", "i.brinkhuis@bszo.nl"),
    R("PERSON", "Priscilla Doornbos", "Priscilla", "Doornbos"),
    R("EMAIL", "p.doornbos@stadsbank-on.nl"),
    R("PERSON", "Marco Scholten-Lansink", "Scholten-Lansink", "Marco"),
    R("EMAIL", "m.scholten-lansink@bszo.nl"),
    R("PHONE", "0570 - 69 42 18"), R("PHONE", "06-41 87 22 90"), R("PHONE", "06 - 22 19 80 41"),
    R("PERSON", "Mehmet Yılmaz", "Yılmaz", "Mehmet"),
    R("PERSON", "Ayşe Yılmaz-Demir", "Ayşe"),
    R("PERSON", "Zeynep", "Zeynep"),
    R("PERSON", "Hatice Demir", "Hatice Demir"),
    R("IBAN", "NL44 ASNB 0433 4889 08"),
    R("PERSON", "Joost Ruiterkamp", "Joost Ruiterkamp"),
    R("PERSON", "Jorien Kamphuis", "Jorien Kamphuis"),
], [ORG, K("EMAIL", "kwijtschelding@bszo.nl"), K("ORG", "Stadsbank Oost Nederland"), K("REF", "KW-2025-12240"),
    K("FUNCTION", "medewerker Kwijtschelding", "schuldhulpverlener"), K("TERM", "minnelijke regeling", "werkinstructie",
    "hoorzitting"), K("DATE", "10 april 2025", "9 april 2025", "8 april 2025")],
    font="DejaVuSans", producer="outlook"))

# ws11 handwritten objection van 't Hul (scan) -----------------------------------------------------
DOCS.append(Doc("ws11-bezwaar-vanthul-scan", "Scan bezwaar 2025-04-14", [], [
    R("PERSON", "J.W. van 't Hul", "'t Hul", ocr=True),
    R("ADDRESS", "Molenstraat 3", "Molenstraat 3", ocr=True),
    R("PHONE", "0570-561 204", "561 204", ocr=True),
    R("PERSON", "Gerda", "Gerda", ocr=True),
], [], kind="scan", producer="scanner", rot=1.1, scan_pages=[[
    "J.W. van 't Hul", "Molenstraat 3", "8121 BD Olst", "telefoon 0570-561 204", "",
    "Olst, 14 april 2025", "", "Aan de Belastingsamenwerking", "Postbus 1420", "7400 BK Deventer", "",
    "Geachte dames en heren,", "",
    "Hierbij teken ik bezwaar aan tegen uw brief", "over de waterschapsbelasting. Ik heb alleen",
    "mijn AOW en een klein pensioen van de PGB.", "Sinds mijn vrouw Gerda overleden is moet ik",
    "alles alleen betalen. Ik begrijp niet waarom", "de uitvaartpolis als vermogen telt.", "",
    "Mijn buurman helpt mij met deze brief.", "", "Hoogachtend,", "", "J.W. van 't Hul",
]]))

# ws12 Key2 calculation ---------------------------------------------------------------------------
DOCS.append(Doc("ws12-berekening-vanthul", "Berekening betalingscapaciteit KW-2025-13015", [
    ("h", "Berekening betalingscapaciteit (norm 100% AOW-gerechtigde alleenstaande)"),
    ("t", [["Veld", "Waarde"], ["Dossier", "KW-2025-13015"], ["Belastingplichtige", "van 't Hul, Johannes Willem"],
           ["Geboortedatum", "17-08-1944"], ["BSN", "803853178"], ["Adres", "Molenstraat 3, 8121 BD Olst"],
           ["Behandelaar", "N. el Idrissi (NEI)"], ["Datum berekening", "22 april 2025"]], [50, 100]),
    ("t", [["Component", "Per maand"], ["AOW alleenstaande (netto)", "€ 1.496,12"], ["Pensioen PGB (netto)", "€ 212,80"],
           ["Af: woonlasten boven eigen aandeel", "€ 96,30"], ["Af: zorgpremie boven standaard", "€ 0,00"],
           ["Kosten van bestaan (norm)", "€ 1.403,07"], ["Betalingscapaciteit", "€ 209,55"],
           ["80% over 12 maanden", "€ 2.011,68"]], [90, 50]),
    ("p", "Vermogen: afkoopwaarde uitvaartverzekering DELA € 3.120 - uitvaartverzekeringen tot een redelijk bedrag "
          "blijven buiten beschouwing (Leidraad Invordering 2017, artikel 26.2.4.2). Na correctie: vermogen nihil."),
    ("p", "Conclusie: betalingscapaciteit € 2.011,68 is hoger dan het aanslagbedrag € 287,44. Kwijtschelding: afgewezen. "
          "Bezwaar ontvangen 15 april 2025; bezwaar ongegrond op capaciteit, gegrond op vermogen. Paraaf: NEI / MSL."),
    ("p", "Gegenereerd met Key2Belastingen, module Kwijtschelding, rapport KW-R07. Waterschap Zuiderveld, aanslagregel 2025-W-0044871."),
], [
    R("PERSON", "Johannes Willem van 't Hul", "van 't Hul", "Johannes Willem"),
    R("DATE_OF_BIRTH", "17-08-1944"), R("BSN", "803853178"),
    R("ADDRESS", "Molenstraat 3, 8121 BD", "Molenstraat 3", "8121 BD"),
    R("PERSON", "Noor el Idrissi", "el Idrissi", "N. el Idrissi"),
    R("PARAPH", "NEI", "NEI"), R("PARAPH", "MSL", "MSL"),
    R("ID", "aanslagregel 2025-W-0044871", "2025-W-0044871"),
], [K("ORG", "Waterschap Zuiderveld", "DELA", "PGB"), K("REF", "KW-2025-13015", "KW-R07"), K("PRODUCT", "Key2Belastingen"),
    K("LAW", "Leidraad Invordering 2017", "artikel 26.2.4.2"), K("TERM", "Betalingscapaciteit", "Kosten van bestaan",
    "AOW alleenstaande"), K("AMOUNT", "€ 287,44", "€ 2.011,68")],
    font="Courier", producer="itext"))
