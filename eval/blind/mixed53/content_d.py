"""Set mixed53, documents 19-25: Veiligheidshuis, chat, FIOD, inventaris, strafbeschikking, IND English,
kwijtscheldingsformulier (scan)."""
from reportlab.lib.pagesizes import A4, landscape

from make_set import Doc


def R(kind, value, *probes):
    return (kind, value, list(probes))


K = R
DOCS = []

# ------------------------------------------------------------------------------------------------
# 19 Zorg- en Veiligheidshuis: verslag casusoverleg with attendees and action list (LibreOffice, 2 p.)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk19-veiligheidshuis-casusoverleg", producer="docx", size=10, docx_font="Liberation Sans",
    header="Zorg- en Veiligheidshuis IJsselland - VERTROUWELIJK - verslag casusoverleg",
    footer="Zorg- en Veiligheidshuis IJsselland, Burgemeester Roelenweg 10, Zwolle - 038 498 23 00",
    meta={"Author": "Hofstede, A.", "Title": "Verslag casusoverleg 16 september 2025"},
    blocks=[
        ("title", "Verslag casusoverleg"),
        ("kv", [("Datum", "16 september 2025, 10.00-11.30 uur"), ("Locatie", "Zorg- en Veiligheidshuis, Zwolle"),
                ("Casus", "R.T. (Rick) Wessels, geboren 11-03-2004"), ("Voorzitter", "Anneke Hofstede")]),
        ("h", "Aanwezig"),
        ("table", [["Naam", "Organisatie / functie", "Initialen"],
                   ["Anneke Hofstede", "Gemeente Zwolle, procesregisseur", "AH"],
                   ["Bas Rijkers", "Politie Oost-Nederland, wijkagent Holtenbroek", "BRi"],
                   ["mr. Nadia el Amrani", "Openbaar Ministerie, officier van justitie", "NeA"],
                   ["Joost Mensink", "Reclassering Nederland, reclasseringswerker", "JM"],
                   ["Petra Zuidema", "Veilig Thuis IJsselland, aandachtsfunctionaris", "PZ"]]),
        ("h", "1. Stand van zaken"),
        ("p", "Rick wordt verdacht van een reeks woninginbraken in Holtenbroek en Aa-landen (zes aangiften sinds "
              "juni). Hij is in augustus in verzekering gesteld en heengezonden. Volgens de reclassering heeft "
              "hij een licht verstandelijke beperking en woont hij weer bij zijn moeder aan de Middelweg. "
              "Burgemeester Snels heeft op 2 september een gebiedsverbod opgelegd op grond van artikel 172a "
              "van de Gemeentewet."),
        ("p", "Bas meldt dat de jongere regelmatig wordt gezien met een oudere man uit Kampen die bekend is in "
              "verband met heling. Nadia geeft aan dat het OM de zaken wil voegen en een strafzaak voorbereidt; "
              "een zitting bij de politierechter wordt verwacht in december."),
        ("pb",),
        ("h", "2. Afspraken"),
        ("p", "Het overleg kiest voor de persoonsgerichte aanpak (PGA). Het Zorg- en Veiligheidshuis blijft "
              "regiehouder. De aanpak wordt besproken in het Regionaal Platform Criminaliteitsbeheersing."),
        ("h", "Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["1", "Contact opnemen met moeder en huisarts over de beperking", "PZ", "30-9"],
                   ["2", "Advies over meldplicht en begeleiding aan OM", "JM", "7-10"],
                   ["3", "Informatie over de oudere man delen via CIE", "BRi", "23-9"],
                   ["4", "Dossier aanvullen en volgend overleg plannen", "AH", "23-9"]]),
        ("p", "Volgend overleg: 14 oktober 2025. Verslag vastgesteld door AH op 17 september 2025."),
    ],
    redact=[
        R("PERSON", "Rick Wessels (casus)", "Wessels", "Rick"),
        R("DOB", "11-03-2004", "11-03-2004"),
        R("PERSON", "Anneke Hofstede (procesregisseur)", "Hofstede", "Anneke"),
        R("PERSON", "Bas Rijkers (wijkagent)", "Rijkers", "Bas"),
        R("PERSON", "mr. Nadia el Amrani (officier van justitie)", "el Amrani", "Amrani", "Nadia"),
        R("PERSON", "Joost Mensink (reclassering)", "Mensink", "Joost"),
        R("PERSON", "Petra Zuidema (Veilig Thuis)", "Zuidema", "Petra"),
        R("PARAPH", "initialen AH", "AH"),
        R("PARAPH", "initialen BRi", "BRi"),
        R("PARAPH", "initialen NeA", "NeA"),
        R("PARAPH", "initialen JM", "JM"),
        R("PARAPH", "initialen PZ", "PZ"),
        R("CRIMINAL", "verdenking woninginbraken", "verdacht van een reeks woninginbraken",
          "in verzekering gesteld"),
        R("HEALTH", "licht verstandelijke beperking", "licht verstandelijke beperking"),
    ],
    keep=[
        K("ORG", "Zorg- en Veiligheidshuis IJsselland", "Zorg- en Veiligheidshuis IJsselland"),
        K("OFFICE_HOLDER", "burgemeester Snels", "Snels"),
        K("STREET_NAMED", "Burgemeester Roelenweg 10 (kantoor)", "Burgemeester Roelenweg 10"),
        K("PHONE_GENERAL", "038 498 23 00", "038 498 23 00"),
        K("ORG", "Gemeente Zwolle", "Gemeente Zwolle"),
        K("ORG", "Politie Oost-Nederland", "Politie Oost-Nederland"),
        K("ORG", "Openbaar Ministerie", "Openbaar Ministerie"),
        K("ORG", "Reclassering Nederland", "Reclassering Nederland"),
        K("ORG", "Veilig Thuis IJsselland", "Veilig Thuis IJsselland"),
        K("LAW", "artikel 172a Gemeentewet", "artikel 172a", "Gemeentewet"),
        K("PLACE", "Holtenbroek / Aa-landen / Kampen", "Holtenbroek", "Aa-landen", "Kampen"),
        K("FUNCTION", "functies", "procesregisseur", "officier van justitie", "aandachtsfunctionaris"),
        K("TERM", "PGA / CIE", "persoonsgerichte aanpak", "PGA", "CIE"),
        K("ORG", "Regionaal Platform Criminaliteitsbeheersing", "Regionaal Platform Criminaliteitsbeheersing"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 20 WhatsApp export: handhaving binnenstad Zwolle (first names, plates)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk20-whatsapp-handhaving-zwolle", font="DejaVuSansCondensed", size=9,
    header=["WhatsApp-chat met Handhaving Binnenstad (export 19-06-2025)"],
    meta={"Title": "WhatsApp Chat met Handhaving Binnenstad", "Author": ""},
    blocks=[
        ("mono", "18-06-25 21:04 - Berichten en oproepen zijn end-to-end versleuteld.\n"
                 "18-06-25 21:05 - Mark Hendriksen: Hoi Ilona, ANPR-hit op de Thorbeckegracht: VN-283-R,\n"
                 "                 openstaande vordering CJIB. Zien jullie hem staan?\n"
                 "18-06-25 21:07 - Ilona BOA: Ja staat bij de Sassenpoort, grijze Polo. Bestuurder is er niet.\n"
                 "18-06-25 21:09 - Mark Hendriksen: Oké, ik kom eraan met Sjoerd. Niet aanspreken.\n"
                 "18-06-25 21:16 - Ilona BOA: Bestuurder komt net terug, volgens mij is het die Dave van de\n"
                 "                 Assendorperstraat, die vorige maand ook is aangehouden voor rijden zonder rijbewijs\n"
                 "18-06-25 21:18 - +31 6 24819307: Hier Sjoerd, zijn er. Tweede auto 8-ZGT-53 hoort er ook bij.\n"
                 "18-06-25 21:31 - Mark Hendriksen: Afgehandeld, vordering betaald via pin. Dank!\n"
                 "18-06-25 21:32 - Ilona BOA: Top. Ik zet het in het logboek, melding 2025-0618-77.\n"
                 "19-06-25 08:12 - Wethouder Van Willigen: Goed werk allemaal, ik hoor het vanochtend in het\n"
                 "                 college. Graag morgen even een kort verslag voor de burgemeester.\n"
                 "19-06-25 08:40 - Ilona BOA: Komt eraan. Groet, Ilona", "DejaVuSansMono"),
        ("sp", 4),
        ("small", "Export gemaakt door: gemeente Zwolle, team Toezicht en Handhaving, t.b.v. Woo-verzoek "
                  "2025-Z-0412. Contactgegevens van leden in de groep: Mark Hendriksen 06-53 71 08 44; "
                  "Ilona de Wit-Hamers 06-21 90 33 57; Sjoerd Brouns +31 6 24819307."),
    ],
    redact=[
        R("PERSON", "Mark Hendriksen (wijkagent)", "Hendriksen", "Mark"),
        R("PERSON", "Ilona de Wit-Hamers (BOA)", "Ilona", "de Wit-Hamers", "Wit-Hamers"),
        R("PERSON", "Sjoerd Brouns (politie)", "Sjoerd", "Brouns"),
        R("PHONE", "+31 6 24819307", "+31 6 24819307"),
        R("PHONE", "06-53 71 08 44", "06-53 71 08 44"),
        R("PHONE", "06-21 90 33 57", "06-21 90 33 57"),
        R("PLATE", "VN-283-R", "VN-283-R"),
        R("PLATE", "8-ZGT-53", "8-ZGT-53"),
        R("PERSON", "Dave (bestuurder)", "Dave"),
        R("CRIMINAL", "eerdere aanhouding", "aangehouden voor rijden zonder rijbewijs"),
        R("ID", "logboekmelding over de bestuurder", "2025-0618-77"),
    ],
    keep=[
        K("OFFICE_HOLDER", "wethouder Van Willigen", "Van Willigen"),
        K("STREET_NAMED", "Thorbeckegracht", "Thorbeckegracht"),
        K("BUILDING", "Sassenpoort", "Sassenpoort"),
        K("STREET", "Assendorperstraat", "Assendorperstraat"),
        K("TECH", "ANPR-hit / end-to-end", "ANPR-hit", "end-to-end"),
        K("ORG", "CJIB", "CJIB"),
        K("PRODUCT", "Polo", "Polo"),
        K("ORG", "gemeente Zwolle", "gemeente Zwolle", "team Toezicht en Handhaving"),
        K("DOC", "Woo-verzoek 2025-Z-0412", "2025-Z-0412"),
        K("FUNCTION", "burgemeester", "burgemeester"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 21 FIOD: memo bevindingen (BTW-fraude)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk21-fiod-memo-bevindingen", font="Helvetica", size=9.5,
    header=["FIOD - Fiscale Inlichtingen- en Opsporingsdienst - kantoor Rotterdam", "VERTROUWELIJK"],
    footer="FIOD, Postbus 59095, 3008 PB Rotterdam",
    meta={"Title": "Memo bevindingen onderzoek Kademuur", "Author": "FIOD"},
    blocks=[
        ("title", "Memo bevindingen - onderzoek Kademuur"),
        ("kv", [("Aan", "Tripartiete overleg Belastingdienst-OM-FIOD, regio Rotterdam"),
                ("Van", "teamleider FIOD Rotterdam (L. Boukhari) en financieel rechercheur J.W. Eijkelenboom"),
                ("Datum", "4 juni 2025"), ("Onderwerp", "startinformatie onderzoek Kademuur (btw-carrousel)")],
         {"cw": [0.18, 0.82]}),
        ("h", "Bevindingen"),
        ("p", "Uit de analyse van de aangiften omzetbelasting blijkt dat Noordkade Logistics B.V. (KvK 70412296) "
              "in 2023 en 2024 voor ruim € 4,1 miljoen aan voorbelasting heeft teruggevraagd op facturen van "
              "ploffers in Duitsland en Polen. Enig bestuurder is <b>Erik-Jan Valk</b> (BSN 855373878, geboren "
              "02-08-1979), wonende Rozenlaan 7, 3062 LB Rotterdam. Valk ontvangt sinds 2024 maandelijks "
              "€ 15.000 op zijn privérekening NL48 ASNB 3762 9397 28."),
        ("p", "De Belastingdienst (MKB, kantoor Rotterdam) heeft op grond van artikel 47 van de Algemene wet "
              "inzake rijksbelastingen (AWR) inlichtingen gevraagd. E.-J. Valk heeft niet gereageerd. Zijn "
              "partner, Chantal Oosterbeek, staat als tekenbevoegde ingeschreven bij een tweede vennootschap."),
        ("h", "Voorstel"),
        ("p", "Wij stellen voor het onderzoek strafrechtelijk op te pakken onder leiding van het Functioneel "
              "Parket. Het Europees Openbaar Ministerie (EOM) is geïnformeerd op grond van Verordening (EU) "
              "2017/1939, omdat het nadeel boven € 10 miljoen kan uitkomen."),
        ("p", "Contact: J.W. Eijkelenboom, 06-38 24 90 16, jw.eijkelenboom@fiod.nl."),
    ],
    redact=[
        R("PERSON", "L. Boukhari (teamleider FIOD)", "Boukhari"),
        R("PERSON", "J.W. Eijkelenboom (rechercheur)", "Eijkelenboom"),
        R("PHONE", "06-38 24 90 16", "06-38 24 90 16"),
        R("EMAIL", "jw.eijkelenboom@fiod.nl", "jw.eijkelenboom@fiod.nl"),
        R("PERSON", "Erik-Jan Valk (verdachte)", "Erik-Jan Valk", "Valk", "Erik-Jan", "E.-J. Valk"),
        R("BSN", "855373878", "855373878"),
        R("DOB", "02-08-1979", "02-08-1979"),
        R("ADDRESS", "Rozenlaan 7, 3062 LB Rotterdam", "Rozenlaan 7", "3062 LB"),
        R("IBAN", "NL48 ASNB 3762 9397 28", "NL48 ASNB 3762 9397 28"),
        R("PERSON", "Chantal Oosterbeek (partner)", "Oosterbeek", "Chantal"),
    ],
    keep=[
        K("ORG", "FIOD", "FIOD", "Fiscale Inlichtingen- en Opsporingsdienst"),
        K("ORG", "Noordkade Logistics B.V.", "Noordkade Logistics B.V."),
        K("ID_ORG", "KvK 70412296", "70412296"),
        K("LAW", "AWR artikel 47", "Algemene wet inzake rijksbelastingen", "AWR", "artikel 47"),
        K("LAW", "Verordening 2017/1939", "2017/1939"),
        K("ORG", "Functioneel Parket / EOM", "Functioneel Parket", "Europees Openbaar Ministerie"),
        K("ORG", "Belastingdienst", "Belastingdienst"),
        K("ADDRESS_ORG", "Postbus 59095, 3008 PB Rotterdam", "Postbus 59095", "3008 PB"),
        K("PLACE", "Duitsland / Polen", "Duitsland", "Polen"),
        K("PROJECT", "onderzoek Kademuur", "Kademuur"),
        K("FUNCTION", "financieel rechercheur", "financieel rechercheur"),
        K("TERM", "btw-carrousel / ploffers", "btw-carrousel", "ploffers", "voorbelasting"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 22 Woo inventarislijst (landscape table; names inside document titles)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk22-woo-inventarislijst", font="DejaVuSansCondensed", size=8.5, pagesize=landscape(A4),
    margins=(16, 14, 16, 14),
    header=["Ministerie van Justitie en Veiligheid - Woo-besluit 2025-0731 - Inventarislijst"],
    footer="Inventarislijst bij Woo-besluit 2025-0731 - pagina {page}",
    meta={"Title": "Inventarislijst Woo-besluit 2025-0731", "Author": "Woo-team DGRR"},
    blocks=[
        ("title", "Inventarislijst"),
        ("table", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
                   ["1", "Beslisnota aan minister Van Weel over doorlooptijden strafrechtketen", "12-05-2025",
                    "deels openbaar", "5.1.2e", "namen ambtenaren"],
                   ["2", "E-mail D.E. Huisman aan W.J. ter Horst over cijfers OM", "07-05-2025",
                    "deels openbaar", "5.1.2e, 5.2.1", ""],
                   ["3", "Kamerbrief Kamerstuk 29279, nr. 914", "20-05-2025", "reeds openbaar", "-",
                    "zie www.tweedekamer.nl"],
                   ["4", "Verslag overleg met Raad voor de rechtspraak (notulist: Femke Achterberg)", "15-04-2025",
                    "deels openbaar", "5.1.2e, 5.1.2i", ""],
                   ["5", "WhatsApp-bericht van officier van justitie Roel Zandbergen aan persvoorlichting",
                    "02-04-2025", "deels openbaar", "5.1.2e", "privénummer"],
                   ["6", "Brief advocaat mr. Ö. Kılıç namens gedetineerde (PI Krimpen a/d IJssel)", "28-03-2025",
                    "niet openbaar", "5.1.1d, 5.1.2e", "strafrechtelijke persoonsgegevens"],
                   ["7", "Reactie staatssecretaris Coenradie op vragen lid Ellian", "26-03-2025",
                    "reeds openbaar", "-", "Aanhangsel Handelingen"],
                   ["8", "Dubbel van nr. 2", "07-05-2025", "niet openbaar", "-", "duplicaat, zie nr. 2"]],
         {"cw": [0.04, 0.44, 0.09, 0.12, 0.12, 0.19]}),
        ("p", "Gronden: 5.1.1d Woo (bijzondere persoonsgegevens), 5.1.2e Woo (eerbiediging van de persoonlijke "
              "levenssfeer), 5.1.2i Woo (goed functioneren van de Staat), 5.2.1 Woo (persoonlijke "
              "beleidsopvattingen)."),
    ],
    redact=[
        R("PERSON", "D.E. Huisman (ambtenaar)", "Huisman"),
        R("PERSON", "W.J. ter Horst (ambtenaar)", "ter Horst"),
        R("PERSON", "Femke Achterberg (notulist)", "Achterberg", "Femke"),
        R("PERSON", "Roel Zandbergen (officier van justitie)", "Zandbergen", "Roel"),
        R("PERSON", "mr. Ö. Kılıç (advocaat)", "Kılıç"),
    ],
    keep=[
        K("OFFICE_HOLDER", "minister Van Weel", "Van Weel"),
        K("OFFICE_HOLDER", "staatssecretaris Coenradie", "Coenradie"),
        K("OFFICE_HOLDER", "Kamerlid Ellian", "Ellian"),
        K("GROUND", "5.1.2e", "5.1.2e"),
        K("GROUND", "5.1.1d / 5.1.2i / 5.2.1", "5.1.1d", "5.1.2i", "5.2.1"),
        K("DOC", "Woo-besluit 2025-0731", "2025-0731"),
        K("DOC", "Kamerstuk 29279, nr. 914", "29279, nr. 914"),
        K("ORG", "Raad voor de rechtspraak", "Raad voor de rechtspraak"),
        K("ORG", "PI Krimpen a/d IJssel", "PI Krimpen a/d IJssel"),
        K("TERM", "beoordelingen", "deels openbaar", "niet openbaar", "reeds openbaar"),
        K("URL", "www.tweedekamer.nl", "www.tweedekamer.nl"),
        K("FUNCTION", "officier van justitie", "officier van justitie"),
        K("DOC", "Aanhangsel Handelingen", "Aanhangsel Handelingen"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 23 OM strafbeschikking (CVOM)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk23-om-strafbeschikking", font="Helvetica", size=9.5,
    footer="Openbaar Ministerie - CVOM - Postbus 50000, 3502 JA Utrecht - 088 699 32 00 - pagina {page}",
    meta={"Title": "Strafbeschikking 96/112845-25", "Author": "CVOM"},
    blocks=[
        ("cols", [("<b>Openbaar Ministerie</b><br/>Centrale Verwerking Openbaar Ministerie (CVOM)<br/>"
                   "Postbus 50000<br/>3502 JA Utrecht",
                   "Datum: 18 augustus 2025<br/>Parketnummer: 96/112845-25<br/>Kenteken: HN-504-S")],
         {"cw": [0.6, 0.4]}),
        ("sp", 6),
        ("lines", ["Mevrouw S.E. van 't Hek", "Julianalaan 6", "2396 BK  Koudekerk aan den Rijn"]),
        ("title", "Strafbeschikking"),
        ("kv", [("Naam", "Hek, Suzanne Elisabeth van 't"), ("Geboren", "19-12-1985 te Leiden"),
                ("Feit", "rijden onder invloed van alcohol (ademanalyse 385 ug/l), artikel 8 lid 2 "
                         "Wegenverkeerswet 1994"),
                ("Pleegdatum", "2 juli 2025, Hoge Rijndijk, Zoeterwoude"),
                ("Straf", "geldboete € 850 en ontzegging van de rijbevoegdheid voor 6 maanden, "
                          "waarvan 4 voorwaardelijk")], {"cw": [0.2, 0.8], "box": True}),
        ("p", "De officier van justitie heeft besloten u een strafbeschikking op te leggen op grond van artikel "
              "257a van het Wetboek van Strafvordering. Als u het niet eens bent met deze strafbeschikking, kunt u "
              "binnen 14 dagen verzet doen bij het parket dat de strafbeschikking heeft uitgevaardigd. Dan moet "
              "de politierechter over uw zaak beslissen."),
        ("p", "Het Centraal Justitieel Incassobureau (CJIB) stuurt u een brief met een betaalverzoek. "
              "Uw rijbewijs moet u binnen vijf dagen inleveren bij het CBR."),
        ("lines", ["De officier van justitie,", "", "mr. drs. K.W. Bloemendaal"]),
    ],
    redact=[
        R("PERSON", "Suzanne Elisabeth van 't Hek", "van 't Hek", "Hek", "Suzanne"),
        R("ADDRESS", "Julianalaan 6, 2396 BK Koudekerk aan den Rijn", "Julianalaan 6", "2396 BK"),
        R("ID", "parketnummer", "96/112845-25"),
        R("PLATE", "HN-504-S", "HN-504-S"),
        R("DOB", "19-12-1985", "19-12-1985"),
        R("CRIMINAL", "feit: rijden onder invloed", "rijden onder invloed van alcohol", "385 ug/l"),
        R("PERSON", "mr. drs. K.W. Bloemendaal (officier van justitie)", "Bloemendaal"),
    ],
    keep=[
        K("ORG", "CVOM / OM", "Centrale Verwerking Openbaar Ministerie", "CVOM", "Openbaar Ministerie"),
        K("ADDRESS_ORG", "Postbus 50000, 3502 JA Utrecht", "Postbus 50000", "3502 JA"),
        K("PHONE_GENERAL", "088 699 32 00", "088 699 32 00"),
        K("LAW", "Wegenverkeerswet 1994", "Wegenverkeerswet 1994", "artikel 8"),
        K("LAW", "artikel 257a Sv", "257a", "Wetboek van Strafvordering"),
        K("ORG", "CJIB / CBR", "Centraal Justitieel Incassobureau", "CBR"),
        K("FUNCTION", "officier van justitie", "officier van justitie", "politierechter"),
        K("TITLE", "Strafbeschikking", "Strafbeschikking"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 24 IND - Greek Dublin Unit: English e-mail
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk24-ind-dublin-unit-english", font="DejaVuSans", size=9,
    meta={"Title": "Take back request NLD-25-004418", "Author": "Schaap, R."},
    blocks=[
        ("kv", [("From:", "Schaap, Ruben &lt;r.schaap@ind.nl&gt;"), ("Sent:", "Tuesday, 15 April 2025 11:47"),
                ("To:", "Dublin Unit Greece &lt;dublin@migration.gov.gr&gt;"),
                ("Cc:", "Papadopoulou Eleni &lt;e.papadopoulou@migration.gov.gr&gt;"),
                ("Subject:", "RE: Take back request NLD-25-004418 - reply within 2 weeks")],
         {"cw": [0.12, 0.88]}),
        ("p", "Dear Ms Papadopoulou, dear colleagues,"),
        ("p", "Further to our DubliNet message of 2 April, the Netherlands requests Greece to take back the person "
              "below under Article 18(1)(b) of Regulation (EU) No 604/2013 (Dublin III). The Eurodac hit "
              "confirms that he applied for international protection on Lesbos in 2023."),
        ("grid", [["Field", "Value"], ["Surname / given name", "NOORI, Hamid"], ["Date of birth", "05/11/1999"],
                  ["Nationality", "Afghan"], ["Eurodac number", "GR1099283746512"],
                  ["Dutch reference (V-number)", "2998.301.774"]], {"cw": [0.35, 0.65]}),
        ("p", "Mr Noori told our officer that he left Greece because he was attacked in the Moria reception centre "
              "for being gay. Please note that he is currently hospitalised in the Netherlands (tuberculosis). "
              "A transfer will not take place before he is declared fit to travel."),
        ("p", "If you need more information, please contact me directly on +31 6 52 19 73 08 or contact the "
              "IND Dublin Unit, Ter Apel, at +31 88 043 04 30."),
        ("p", "Kind regards,<br/>Ruben Schaap<br/>Dublin Liaison Officer | IND Directorate Asylum and "
              "Protection<br/>Immigration and Naturalisation Service | Ministry of Asylum and Migration"),
    ],
    redact=[
        R("PERSON", "Ruben Schaap (IND)", "Schaap", "Ruben"),
        R("EMAIL", "r.schaap@ind.nl", "r.schaap@ind.nl"),
        R("PERSON", "Eleni Papadopoulou (Greek official)", "Papadopoulou", "Eleni"),
        R("EMAIL", "e.papadopoulou@migration.gov.gr", "e.papadopoulou@migration.gov.gr"),
        R("PERSON", "Hamid Noori (applicant)", "NOORI", "Noori", "Hamid"),
        R("DOB", "05/11/1999", "05/11/1999"),
        R("ID", "Eurodac number", "GR1099283746512"),
        R("ID", "V-number", "2998.301.774"),
        R("ID", "take back request number of this person", "NLD-25-004418"),
        R("SEXUAL_ORIENTATION", "being gay", "for being gay"),
        R("HEALTH", "tuberculosis", "tuberculosis"),
        R("PHONE", "+31 6 52 19 73 08", "+31 6 52 19 73 08"),
    ],
    keep=[
        K("MAILBOX", "dublin@migration.gov.gr", "dublin@migration.gov.gr"),
        K("LAW", "Regulation 604/2013", "604/2013", "Article 18(1)(b)", "Dublin III"),
        K("PRODUCT", "DubliNet / Eurodac", "DubliNet", "Eurodac"),
        K("ORG", "IND", "IND", "Immigration and Naturalisation Service", "IND Dublin Unit"),
        K("ORG", "Ministry of Asylum and Migration", "Ministry of Asylum and Migration"),
        K("PHONE_GENERAL", "+31 88 043 04 30", "+31 88 043 04 30"),
        K("PLACE", "Lesbos / Greece / Ter Apel", "Lesbos", "Greece", "Ter Apel"),
        K("BUILDING", "Moria reception centre", "Moria"),
        K("FUNCTION", "Dublin Liaison Officer", "Dublin Liaison Officer"),
        K("PHRASE", "Kind regards", "Kind regards"),
        K("TERM", "Afghan / international protection", "Afghan", "international protection"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 25 Verzoek om kwijtschelding: filled-in form (scan)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk25-verzoek-kwijtschelding-formulier-scan", font="Helvetica", size=11, scan="all",
    meta={"Title": "SCN_0457", "Author": "RICOH MP C3004", "Creator": "RICOH MP C3004", "Producer": "RICOH MP C3004", "force": True},
    blocks=[
        ("title", "Verzoek om kwijtschelding"),
        ("small", "Belastingdienst - vul dit formulier in met blokletters en stuur het met de bewijsstukken naar "
                  "Belastingdienst, Postbus 9048, 7300 GK Apeldoorn"),
        ("h", "1  Uw gegevens"),
        ("kv", [("Naam en voorletters", "Oztürk, B."), ("Burgerservicenummer", "527394166"),
                ("Geboortedatum", "21-06-1968"), ("Straat en huisnummer", "Gerard Doustraat 54-2"),
                ("Postcode en woonplaats", "1073 VW Amsterdam"), ("Telefoonnummer", "06-29 84 51 70"),
                ("IBAN", "NL12 INGB 1587 3224 51")], {"cw": [0.38, 0.62], "box": True}),
        ("h", "2  Uw partner"),
        ("kv", [("Naam partner", "Oztürk-Yavuz, Elif"), ("Burgerservicenummer partner", "166142633")],
         {"cw": [0.38, 0.62], "box": True}),
        ("h", "3  Uw inkomen per maand"),
        ("kv", [("Uitkering", "WIA, € 1.412 netto"), ("Toelichting", "ik ben afgekeurd na een hernia-operatie")],
         {"cw": [0.38, 0.62], "box": True}),
        ("h", "4  Ondertekening"),
        ("p", "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Datum: 4-2-2025. Handtekening: "
              "B. Oztürk"),
    ],
    redact=[
        R("PERSON", "B. Oztürk", "Oztürk"),
        R("BSN", "527394166", "527394166"),
        R("DOB", "21-06-1968", "21-06-1968"),
        R("ADDRESS", "Gerard Doustraat 54-2, 1073 VW Amsterdam", "Gerard Doustraat 54-2", "1073 VW"),
        R("PHONE", "06-29 84 51 70", "06-29 84 51 70"),
        R("IBAN", "NL12 INGB 1587 3224 51", "NL12 INGB 1587 3224 51"),
        R("PERSON", "Elif Oztürk-Yavuz (partner)", "Yavuz", "Elif"),
        R("BSN", "166142633 (partner)", "166142633"),
        R("HEALTH", "afgekeurd na hernia-operatie", "hernia-operatie"),
    ],
))
