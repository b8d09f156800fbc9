"""E-mail threads of blind set mixed39 (AW). MIT licence. All personal data invented."""
from common import DISCLAIMER_EN, DISCLAIMER_RIJK, E, K, P, R, T

DOCS = []

# ---------------------------------------------------------------- aw01 COA <-> IND, Outlook NL
DOCS.append(dict(
    name="aw01_mail_coa_ind_overplaatsing.pdf", producer="rl", creator="Microsoft Outlook",
    meta={"Author": "Vermeulen, Eline", "Title": "RE: [EXTERN] Overplaatsing bewoner - spoed"},
    links=[("Team Opvang Ter Apel", "mailto:opvang.terapel@coa.nl?cc=d.kramer@coa.nl")],
    lines=[
        "** Vermeulen, Eline",
        "--",
        "Van: Vermeulen, Eline <e.vermeulen@coa.nl>",
        "Verzonden: dinsdag 11 maart 2025 16:42",
        "Aan: Hoekstra, R. (Ruben) <r.hoekstra@ind.nl>; Team Opvang Ter Apel <opvang.terapel@coa.nl>",
        "CC: Postma, Ilse <ilse.postma@coa.nl>",
        "Onderwerp: RE: [EXTERN] Overplaatsing bewoner V-nummer 2718034561 - spoed",
        "",
        "Hoi Ruben,",
        "",
        "Dank voor je snelle reactie. De heer Abdirahman Warsame (V-nummer 2718034561, geboren 03-02-1994) is "
        "vanochtend door Ilse en mij overgebracht van het aanmeldcentrum Ter Apel naar azc Zweeloo. Hij heeft de "
        "uitnodiging voor het nader gehoor op 14 maart in Zevenaar ontvangen. Zijn advocaat, mr. Floor Lindhout, "
        "is op de hoogte gebracht.",
        "",
        "Kun jij in INDiGO de nieuwe verblijfslocatie registreren? De medische overdracht loopt via GZA.",
        "",
        "Met vriendelijke groet,",
        "",
        "Eline Vermeulen",
        "Woonbegeleider | COA locatie Ter Apel",
        "M +31 (0)6-4182 7390",
        "T 088 715 7000 (algemeen nummer)",
        "www.coa.nl",
        "",
        "Van: Hoekstra, R. (Ruben) <r.hoekstra@ind.nl>",
        "Verzonden: dinsdag 11 maart 2025 11:05",
        "Aan: Vermeulen, Eline <e.vermeulen@coa.nl>",
        "CC: Asiel Planning Zevenaar <planning.zevenaar@ind.nl>",
        "Onderwerp: [EXTERN] Overplaatsing bewoner V-nummer 2718034561 - spoed",
        "",
        "> Beste Eline,",
        "> In verband met het nader gehoor van de heer Warsame op vrijdag 14 maart 2025 (aanvang 09.30 uur, "
        "IND-locatie Zevenaar) vraag ik je te bevestigen of de overplaatsing naar Zweeloo doorgaat. Als hij later "
        "dan donderdag verhuist, plannen wij het gehoor opnieuw in. Vervoer loopt via de reguliere bus van het COA.",
        "> Alvast dank, Ruben",
        "> ",
        "> R. (Ruben) Hoekstra",
        "> Senior medewerker asiel | Directie Asiel en Bescherming",
        "> Immigratie- en Naturalisatiedienst | Ministerie van Justitie en Veiligheid",
        "> Postbus 17, 9580 AA Musselkanaal",
        "> 06 2817 4409",
        "> " + DISCLAIMER_RIJK,
    ],
    redact=[
        P("Eline Vermeulen", "Vermeulen", "Eline"), E("e.vermeulen@coa.nl"), T("+31 (0)6-4182 7390"),
        P("Ruben Hoekstra", "Hoekstra", "Ruben"), E("r.hoekstra@ind.nl"), T("06 2817 4409"),
        P("Ilse Postma", "Postma", "Ilse"), E("ilse.postma@coa.nl"),
        P("Abdirahman Warsame", "Warsame", "Abdirahman"), R("V-NUMMER", "2718034561"), R("DOB", "03-02-1994"),
        P("Floor Lindhout", "Lindhout", "Floor"),
        E("d.kramer@coa.nl"),
    ],
    keep=[
        K("ORG", "COA", "COA"), K("ORG", "IND", "IND"), K("PLACE", "Ter Apel"), K("PLACE", "Zweeloo"),
        K("PLACE", "Zevenaar"), K("EMAIL_FUNCTIONAL", "opvang.terapel@coa.nl"),
        K("EMAIL_FUNCTIONAL", "planning.zevenaar@ind.nl"), K("PHONE_SWITCHBOARD", "088 715 7000"),
        K("TITLE", "Woonbegeleider"), K("TITLE", "Senior medewerker asiel"),
        K("ORG", "Directie Asiel en Bescherming"), K("ORG", "Immigratie- en Naturalisatiedienst"),
        K("ORG", "Ministerie van Justitie en Veiligheid"), K("ADDRESS_GOV", "Postbus 17, 9580 AA Musselkanaal", "Postbus 17"),
        K("SYSTEM", "INDiGO"), K("ORG", "GZA"), K("DATE", "14 maart 2025"),
    ],
))

# ---------------------------------------------------------------- aw02 OM <-> Politie, Outlook EN headers
DOCS.append(dict(
    name="aw02_mail_om_politie_parketnummer.pdf", producer="rl", creator="Microsoft Outlook",
    meta={"Author": "Brouwer, M.A.", "Title": "FW: Zaak Kerkrade - aanvullend PV", "Subject": "parketnummer 03/184527-25"},
    lines=[
        "** Brouwer, Marloes",
        "--",
        "From: Brouwer, Marloes <m.brouwer@om.nl>",
        "Sent: Thursday, 6 February 2025 08:51",
        "To: 'Jeroen Smeets' <jeroen.smeets@politie.nl>",
        "Cc: Parket Limburg - Secretariaat Officieren <secretariaat.limburg@om.nl>; Daniëlle Op den Kamp <d.opdenkamp@om.nl>",
        "Subject: FW: Zaak Kerkrade - aanvullend PV (parketnummer 03/184527-25)",
        "",
        "Jeroen,",
        "",
        "Zie hieronder. De officier van justitie, mr. Op den Kamp, wil vóór de voorgeleiding van maandag het "
        "aanvullend proces-verbaal over de doorzoeking aan de Hoofdstraat in Kerkrade ontvangen. Kun je het "
        "PV van verhoor van getuige Bastiaan Frijns (geboren 21-07-1979) meesturen? Verdachte is Kevin Lemmens "
        "(geboren 09-11-2001), in verzekering gesteld op 4 februari.",
        "",
        "Groet,",
        "Marloes",
        "",
        "mr. M.A. (Marloes) Brouwer | Parketsecretaris",
        "Openbaar Ministerie | Arrondissementsparket Limburg",
        "Postbus 1240, 6201 BE Maastricht",
        "T: 088 699 4000 (algemeen) | M: 0031 6 3927 1150",
        "",
        "-----Original Message-----",
        "From: Op den Kamp, Daniëlle <d.opdenkamp@om.nl>",
        "Sent: Wednesday, 5 February 2025 17:20",
        "To: Brouwer, Marloes <m.brouwer@om.nl>",
        "Subject: Zaak Kerkrade - aanvullend PV",
        "",
        "> Marloes, wil je bij de politie (Eenheid Limburg, district Parkstad) het aanvullend PV opvragen? "
        "Ik verwacht dat de rechter-commissaris maandag om 10.00 uur het bevel tot bewaring behandelt. "
        "De hoofdofficier van justitie, mr. Gerard Nijsten, wil vanwege de media-aandacht een kort bericht. "
        "Burgemeester Dassen-Housen van Kerkrade is via de driehoek geïnformeerd.",
        "> D.",
        "> ",
        "> Namens mr. D. Op den Kamp, officier van justitie",
        "> " + DISCLAIMER_EN,
    ],
    redact=[
        P("Marloes Brouwer", "Brouwer", "Marloes"), E("m.brouwer@om.nl"), T("0031 6 3927 1150"),
        P("Jeroen Smeets", "Smeets", "Jeroen"), E("jeroen.smeets@politie.nl"),
        P("Daniëlle Op den Kamp", "Op den Kamp", "Daniëlle"), E("d.opdenkamp@om.nl"),
        P("Bastiaan Frijns", "Frijns", "Bastiaan"), R("DOB", "21-07-1979"),
        P("Kevin Lemmens", "Lemmens", "Kevin"), R("DOB", "09-11-2001"),
        P("Gerard Nijsten (hoofdofficier, not an office holder in this set)", "Nijsten", "Gerard"),
    ],
    keep=[
        K("ORG", "Openbaar Ministerie"), K("ORG", "Arrondissementsparket Limburg"), K("PLACE", "Kerkrade"),
        K("CASE", "03/184527-25"), K("EMAIL_FUNCTIONAL", "secretariaat.limburg@om.nl"),
        K("TITLE", "Parketsecretaris"), K("TITLE", "officier van justitie"), K("TITLE", "hoofdofficier van justitie"),
        K("TITLE", "rechter-commissaris"), K("ORG", "Eenheid Limburg"), K("PLACE", "Parkstad"),
        K("OFFICE_HOLDER", "burgemeester Dassen-Housen", "Dassen-Housen"), K("PHONE_SWITCHBOARD", "088 699 4000"),
        K("ADDRESS_GOV", "Postbus 1240, 6201 BE Maastricht", "Postbus 1240"), K("PLACE", "Maastricht"),
        K("STREET_PUBLIC", "Hoofdstraat"),
    ],
))

# ---------------------------------------------------------------- aw03 Gmail print, citizen -> Nationale ombudsman -> KMar
DOCS.append(dict(
    name="aw03_gmail_klacht_kmar_schiphol.pdf", producer="rl", creator="Mozilla/5.0 Chrome Print",
    meta={"Title": "Gmail - Klacht over grenscontrole Schiphol", "Author": "Yusuf Demirtaş"},
    links=[("yusuf.demirtas84@gmail.com", "mailto:yusuf.demirtas84@gmail.com")],
    lines=[
        "Gmail                                                                     Yusuf Demirtaş <yusuf.demirtas84@gmail.com>",
        "--",
        "# Klacht over grenscontrole Schiphol 2 januari",
        "3 berichten",
        "",
        "** Yusuf Demirtaş <yusuf.demirtas84@gmail.com>                     za 4 jan 2025 om 21:12",
        "Aan: info@nationaleombudsman.nl",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Op 2 januari 2025 ben ik bij terugkomst uit Istanbul op Schiphol (vertrekhal 2) ruim twee uur "
        "vastgehouden door de Koninklijke Marechaussee. Een marechaussee die zich voorstelde als wachtmeester "
        "Van Rossum nam mijn paspoort in. Mijn dochter Elif (7 jaar) was erbij. Ik wil hierover een klacht "
        "indienen. Mijn adres is Van Speijkstraat 112-3, 1057 HB Amsterdam, telefoon 06-48 22 19 07.",
        "",
        "Met vriendelijke groet,",
        "Yusuf Demirtaş",
        "",
        "** Nationale ombudsman <info@nationaleombudsman.nl>                  ma 6 jan 2025 om 10:03",
        "Aan: Yusuf Demirtaş <yusuf.demirtas84@gmail.com>",
        "",
        "Geachte heer Demirtaş,",
        "",
        "Dank voor uw bericht. De Nationale ombudsman, Reinier van Zutphen, behandelt een klacht pas nadat de "
        "organisatie zelf de gelegenheid heeft gehad om te reageren. Wij hebben uw klacht daarom met uw "
        "toestemming doorgestuurd naar de klachtencoördinator van de Koninklijke Marechaussee.",
        "",
        "Met vriendelijke groet,",
        "Sarita Jhinkoe-Rai",
        "Medewerker Frontoffice",
        "",
        "** Klachtenbureau KMar <klachten@kmar.nl>                              do 16 jan 2025 om 14:47",
        "Aan: Yusuf Demirtaş <yusuf.demirtas84@gmail.com>",
        "Cc: Koen Wagenaar <k.wagenaar@mindef.nl>",
        "",
        "Geachte heer Demirtaş,",
        "",
        "Uw klacht is in behandeling bij klachtbehandelaar majoor K. Wagenaar (Brigade Schiphol). Hij neemt "
        "binnen twee weken contact met u op via 06-48 22 19 07. Op grond van de Algemene wet bestuursrecht "
        "(hoofdstuk 9) ontvangt u binnen zes weken een schriftelijke reactie.",
        "",
        "Met vriendelijke groet,",
        "Namens de commandant Landelijk Tactisch Commando,",
        "sergeant-majoor L. Bijlsma",
        "Klachtenbureau Koninklijke Marechaussee",
    ],
    redact=[
        P("Yusuf Demirtaş", "Demirtaş", "Yusuf"), E("yusuf.demirtas84@gmail.com"),
        R("ADDRESS_HOME", "Van Speijkstraat 112-3, 1057 HB Amsterdam", "Van Speijkstraat 112-3", "1057 HB"),
        T("06-48 22 19 07"), P("Elif Demirtaş (child)", "Elif"),
        P("wachtmeester Van Rossum", "Van Rossum"), P("Sarita Jhinkoe-Rai", "Jhinkoe-Rai", "Sarita"),
        P("Koen Wagenaar", "Wagenaar", "Koen"), E("k.wagenaar@mindef.nl"), P("L. Bijlsma", "Bijlsma"),
    ],
    keep=[
        K("ORG", "Koninklijke Marechaussee"), K("PLACE", "Schiphol"), K("PLACE", "Istanbul"),
        K("EMAIL_FUNCTIONAL", "info@nationaleombudsman.nl"), K("EMAIL_FUNCTIONAL", "klachten@kmar.nl"),
        K("OFFICE_HOLDER", "Nationale ombudsman Reinier van Zutphen", "Reinier van Zutphen"),
        K("ORG", "Nationale ombudsman"), K("TITLE", "klachtencoördinator"), K("TITLE", "Medewerker Frontoffice"),
        K("LAW", "Algemene wet bestuursrecht"), K("ORG", "Landelijk Tactisch Commando"),
        K("ORG", "Brigade Schiphol"), K("TITLE", "klachtbehandelaar"), K("DATE", "2 januari 2025"),
    ],
))

# ---------------------------------------------------------------- aw04 Thunderbird, DJI forwarded
DOCS.append(dict(
    name="aw04_thunderbird_dji_overplaatsing.pdf", producer="lo",
    meta={"Author": "P.J. Oosterhuis", "Title": "Fwd: Overplaatsing gedetineerde PI Vught", "Subject": "selectiefunctionaris"},
    notes=[("Oosterhuis", "Bespreken met Wilma Dekkers (MMD) vóór donderdag")],
    lines=[
        "Onderwerp: Fwd: Overplaatsing gedetineerde PI Vught naar PI Zwolle",
        "Van: Pieter-Jan Oosterhuis <pj.oosterhuis@dji.minjus.nl>",
        "Datum: 18-03-2025 13:27",
        "Aan: Selectiefunctionarissen DJI <selectie@dji.minjus.nl>",
        "Kopie (CC): Nadia el Amrani <n.elamrani@dji.minjus.nl>",
        "",
        "Collega's,",
        "",
        "Ter info het bericht van de PI Vught hieronder. Graag bespreken in het selectie-overleg van donderdag. "
        "Het gaat om gedetineerde Dennis Verhoef (registratienummer DJI 4471206, geboren 30-05-1988), die op "
        "eigen verzoek wil worden overgeplaatst in verband met de bereikbaarheid voor bezoek van zijn partner "
        "Samantha Koolhaas uit Kampen.",
        "",
        "Pieter-Jan",
        "--",
        "P.J. Oosterhuis | selectiefunctionaris",
        "Dienst Justitiële Inrichtingen | Ministerie van Justitie en Veiligheid",
        "Turfmarkt 147, 2511 DP Den Haag",
        "06 1234 8876",
        "",
        "-------- Doorgestuurd bericht --------",
        "Onderwerp: Overplaatsing gedetineerde PI Vught naar PI Zwolle",
        "Datum: Mon, 17 Mar 2025 16:02:44 +0100",
        "Van: Afdelingshoofd PI Vught <Tom.van.Ekeren@dji.minjus.nl>",
        "Aan: Pieter-Jan Oosterhuis <pj.oosterhuis@dji.minjus.nl>",
        "",
        "> Beste Pieter-Jan,",
        "> Gedetineerde Verhoef verblijft sinds 2 januari op afdeling B2 van de PI Vught. Zijn gedrag is goed; "
        "hij werkt in de arbeid en heeft geen rapporten gekregen. De MMD (Wilma Dekkers) heeft geen bezwaar. "
        "Volgens de Penitentiaire beginselenwet is plaatsing in de PI Zwolle mogelijk als daar plaats is in "
        "het huis van bewaring.",
        "> Met vriendelijke groet,",
        "> Tom van Ekeren",
        "> Afdelingshoofd | PI Vught",
        "> T 073 658 1911 (receptie) | M 06-5103 2287",
    ],
    redact=[
        P("Pieter-Jan Oosterhuis", "Oosterhuis", "Pieter-Jan"), E("pj.oosterhuis@dji.minjus.nl"), T("06 1234 8876"),
        P("Nadia el Amrani", "el Amrani", "Nadia"), E("n.elamrani@dji.minjus.nl"),
        P("Dennis Verhoef", "Verhoef", "Dennis"), R("REGNR", "DJI 4471206", "4471206"), R("DOB", "30-05-1988"),
        P("Samantha Koolhaas", "Koolhaas", "Samantha"), P("Wilma Dekkers", "Dekkers", "Wilma"),
        P("Tom van Ekeren", "Ekeren", "Tom"), E("Tom.van.Ekeren@dji.minjus.nl"), T("06-5103 2287"),
    ],
    keep=[
        K("ORG", "PI Vught"), K("ORG", "PI Zwolle"), K("EMAIL_FUNCTIONAL", "selectie@dji.minjus.nl"),
        K("TITLE", "selectiefunctionaris"), K("ORG", "Dienst Justitiële Inrichtingen"),
        K("ORG", "Ministerie van Justitie en Veiligheid"), K("ADDRESS_GOV", "Turfmarkt 147"),
        K("PLACE", "Den Haag"), K("PLACE", "Kampen"), K("TITLE", "Afdelingshoofd"), K("ORG", "MMD"),
        K("LAW", "Penitentiaire beginselenwet"), K("PHONE_SWITCHBOARD", "073 658 1911"),
    ],
))

# ---------------------------------------------------------------- aw05 Defensie thread, LO
DOCS.append(dict(
    name="aw05_mail_defensie_oefening_ltc.pdf", producer="lo",
    meta={"Author": "kap J. de Wit", "Title": "RE: Inzet 11 Luchtmobiele Brigade bij oefening Falcon Autumn"},
    lines=[
        "Van: Wit, J. de, KAP <j.dewit.01@mindef.nl>",
        "Verzonden: woensdag 2 april 2025 07:58",
        "Aan: Haarsma, S.T., MAJ <st.haarsma@mindef.nl>",
        "CC: Ouali, Y., ELNT <y.ouali@mindef.nl>; CLAS Staf G3 Oefeningen <g3.oefeningen@mindef.nl>",
        "Onderwerp: RE: Inzet 11 Luchtmobiele Brigade bij oefening Falcon Autumn",
        "",
        "Majoor,",
        "",
        "Akkoord met de planning. Ik stuur eerste luitenant Ouali met twee groepen naar het oefenterrein bij "
        "Ede (Ginkelse Heide). Sergeant Ricardo Bakboord is verbindingsman met de gemeente Ede; burgemeester "
        "Verhoeven is via het Regionaal Militair Operationeel Centrum geïnformeerd. Voor de persvragen verwijs "
        "ik naar de woordvoering van het ministerie van Defensie.",
        "",
        "Met militaire groet,",
        "",
        "kapitein J. (Joost) de Wit",
        "Compagniescommandant B-compagnie | 13 Infanteriebataljon",
        "11 Luchtmobiele Brigade | Oranjekazerne, Schaarsbergen",
        "Mob: +31 6 22 41 70 93",
        "Defensie Netnummer: *06-517-4420",
        "",
        "Van: Haarsma, S.T., MAJ <st.haarsma@mindef.nl>",
        "Verzonden: dinsdag 1 april 2025 16:12",
        "Aan: Wit, J. de, KAP <j.dewit.01@mindef.nl>",
        "Onderwerp: Inzet 11 Luchtmobiele Brigade bij oefening Falcon Autumn",
        "",
        "> Joost,",
        "> Voor de oefening van 14 tot en met 18 april vraagt de staf van de brigade één peloton. Kun je "
        "uiterlijk woensdag bevestigen? Let op: soldaat der eerste klasse Mike Tjon-A-Fat is nog herstellende "
        "en valt af.",
        "> Groet, Sjoerd Haarsma",
        "> Majoor | S3 | 11 Luchtmobiele Brigade",
        "> 06-38 15 02 66",
    ],
    redact=[
        P("Joost de Wit", "Wit", "Joost"), E("j.dewit.01@mindef.nl"), T("+31 6 22 41 70 93"), T("*06-517-4420"),
        P("Sjoerd Haarsma", "Haarsma", "Sjoerd"), E("st.haarsma@mindef.nl"), T("06-38 15 02 66"),
        P("Y. Ouali", "Ouali"), E("y.ouali@mindef.nl"),
        P("Ricardo Bakboord", "Bakboord", "Ricardo"), P("Mike Tjon-A-Fat", "Tjon-A-Fat", "Mike"),
    ],
    keep=[
        K("ORG", "11 Luchtmobiele Brigade"), K("EMAIL_FUNCTIONAL", "g3.oefeningen@mindef.nl"),
        K("PLACE", "Ede"), K("PLACE", "Ginkelse Heide"), K("OFFICE_HOLDER", "burgemeester Verhoeven", "Verhoeven"),
        K("ORG", "Regionaal Militair Operationeel Centrum"), K("ORG", "ministerie van Defensie"),
        K("TITLE", "Compagniescommandant"), K("ORG", "13 Infanteriebataljon"), K("PLACE", "Oranjekazerne"),
        K("PLACE", "Schaarsbergen"), K("RANK", "kapitein"), K("RANK", "Majoor"), K("RANK", "eerste luitenant"),
        K("EVENT", "Falcon Autumn"),
    ],
))

# ---------------------------------------------------------------- aw06 Raad voor de Kinderbescherming <-> advocaat
DOCS.append(dict(
    name="aw06_mail_rvdk_advocaat_raadsonderzoek.pdf", producer="rl", creator="Microsoft Outlook",
    meta={"Author": "Wendy Zijlstra", "Title": "Raadsonderzoek gezag en omgang - zaaknummer C/09/681234"},
    notes=[("W. Zijlstra", "Moeder (Lotte Rademaker) belde 10-03: wil niet dat vader het rapport krijgt")],
    lines=[
        "** Wendy Zijlstra",
        "--",
        "Van:  Zijlstra, Wendy <wendy.zijlstra@rvdk.nl>",
        "Verzonden:  maandag 10 maart 2025 15:31",
        "Aan:  mr. H.C. Terpstra <h.terpstra@hofstadadvocatuur.nl>",
        "CC:  Postbus Raad Den Haag <regio.denhaag@rvdk.nl>",
        "Onderwerp:  Raadsonderzoek gezag en omgang - zaaknummer C/09/681234",
        "",
        "Geachte mr. Terpstra,",
        "",
        "Namens de Raad voor de Kinderbescherming bevestig ik dat de rechtbank Den Haag ons heeft verzocht "
        "onderzoek te doen naar het gezag over en de omgang met de minderjarige Noor Rademaker, geboren "
        "17-08-2016. Uw cliënt, de heer Bram Klaver, wordt uitgenodigd voor een gesprek op 20 maart om 10.00 uur "
        "op ons kantoor aan de Kalvermarkt 26 in Den Haag. De moeder, mevrouw Rademaker, is afzonderlijk "
        "uitgenodigd. Het raadsrapport wordt volgens het Burgerlijk Wetboek (artikel 1:810) aan beide "
        "ouders verstrekt.",
        "",
        "Met vriendelijke groet,",
        "",
        "Wendy Zijlstra",
        "Raadsonderzoeker",
        "Raad voor de Kinderbescherming | regio Haaglanden",
        "Telefoon: 070 - 219 88 41 (direct) | Algemeen: 088 - 370 88 00",
        "",
        "Van: H.C. Terpstra <h.terpstra@hofstadadvocatuur.nl>",
        "Verzonden: vrijdag 7 maart 2025 12:09",
        "Aan: Zijlstra, Wendy <wendy.zijlstra@rvdk.nl>",
        "Onderwerp: [EXTERN] cliënt Klaver",
        "",
        "> Geachte mevrouw Zijlstra,",
        "> Ik sta de heer Klaver (Laan van Meerdervoort 881, 2564 AS Den Haag) bij in de procedure over het "
        "gezag. Wilt u mij in kopie zetten van de uitnodigingen? Mijn cliënt is het beste bereikbaar op "
        "06 - 19 44 83 20.",
        "> Met vriendelijke groet,",
        "> mr. Hidde Terpstra, advocaat",
        "> Hofstad Advocatuur, Javastraat 40, Den Haag",
    ],
    redact=[
        P("Wendy Zijlstra", "Zijlstra", "Wendy"), E("wendy.zijlstra@rvdk.nl"), T("070 - 219 88 41"),
        P("Hidde Terpstra", "Terpstra", "Hidde"), E("h.terpstra@hofstadadvocatuur.nl"),
        P("Noor Rademaker", "Rademaker", "Noor"), R("DOB", "17-08-2016"), P("Lotte Rademaker", "Lotte"),
        P("Bram Klaver", "Klaver", "Bram"),
        R("ADDRESS_HOME", "Laan van Meerdervoort 881, 2564 AS Den Haag", "Laan van Meerdervoort 881", "2564 AS"),
        T("06 - 19 44 83 20"),
    ],
    keep=[
        K("ORG", "Raad voor de Kinderbescherming"), K("EMAIL_FUNCTIONAL", "regio.denhaag@rvdk.nl"),
        K("CASE", "C/09/681234"), K("ORG", "rechtbank Den Haag"), K("ADDRESS_GOV", "Kalvermarkt 26"),
        K("LAW", "Burgerlijk Wetboek"), K("TITLE", "Raadsonderzoeker"), K("PLACE", "Haaglanden"),
        K("PHONE_SWITCHBOARD", "088 - 370 88 00"), K("TITLE", "advocaat"), K("ORG", "Hofstad Advocatuur"),
    ],
))

# ---------------------------------------------------------------- aw07 Slachtofferhulp <-> Politie
DOCS.append(dict(
    name="aw07_mail_slachtofferhulp_politie_aangifte.pdf", producer="rl", creator="Microsoft Outlook",
    meta={"Author": "Anouk Wijnberg", "Title": "Doorverwijzing slachtoffer woninginbraak Zwolle"},
    notes=[("Wijnberg, A.", "Cliënt heeft ook schade aan auto (kenteken bekend bij casemanager Rutger Hazeleger)")],
    links=[("stuur mij een bericht", "mailto:a.wijnberg@slachtofferhulp.nl")],
    lines=[
        "** Wijnberg, Anouk",
        "--",
        "Van: Wijnberg, Anouk <a.wijnberg@slachtofferhulp.nl>",
        "Verzonden: vrijdag 21 februari 2025 11:40",
        "Aan: Hazeleger, Rutger <rutger.hazeleger@politie.nl>",
        "CC: Servicecentrum Slachtofferhulp <info@slachtofferhulp.nl>",
        "Onderwerp: RE: Doorverwijzing slachtoffer woninginbraak Zwolle - BVH 2025021733",
        "",
        "Hoi Rutger,",
        "",
        "Ik heb mevrouw Gerdien Mulderij gisteren gebeld. Zij woont sinds de inbraak tijdelijk bij haar zoon "
        "aan de Assendorperstraat 57, 8012 DH Zwolle en is op dat adres of op 038 - 421 60 93 bereikbaar. Zij wil "
        "graag weten of de verdachte al is aangehouden en of zij zich kan voegen in het strafproces. Kun jij "
        "haar het slachtofferloket van het OM noemen? Een eventueel voorschot kan naar haar rekening "
        "NL03SNSB9689143088 (t.n.v. G. Mulderij). Vragen? Dan stuur mij een bericht.",
        "",
        "Groetjes,",
        "Anouk",
        "",
        "Anouk Wijnberg",
        "Casemanager | Slachtofferhulp Nederland, regio Oost",
        "06 41 20 88 15 (ma, di, do)",
        "Landelijk telefoonnummer 0900-0101",
        "",
        "Van: Hazeleger, Rutger <rutger.hazeleger@politie.nl>",
        "Verzonden: donderdag 20 februari 2025 09:02",
        "Aan: Wijnberg, Anouk <a.wijnberg@slachtofferhulp.nl>",
        "Onderwerp: Doorverwijzing slachtoffer woninginbraak Zwolle - BVH 2025021733",
        "",
        "> Goedemorgen Anouk,",
        "> Via de aangifte (BVH 2025021733) verwijs ik mevrouw Mulderij (geboren 12-12-1951) naar jullie door. "
        "Zij heeft toestemming gegeven. Haar eigen woning aan de Vechtstraat 8 is voorlopig onbewoonbaar. "
        "Wijkagent Harm Slot van basisteam Zwolle-Zuid is ook betrokken.",
        "> Met vriendelijke groet,",
        "> R. Hazeleger",
        "> Medewerker Service en Slachtofferzorg | Politie Eenheid Oost-Nederland",
        "> Telefoon 0900-8844 | Mobiel 06-1190 3374",
    ],
    redact=[
        P("Anouk Wijnberg", "Wijnberg", "Anouk"), E("a.wijnberg@slachtofferhulp.nl"), T("06 41 20 88 15"),
        P("Rutger Hazeleger", "Hazeleger", "Rutger"), E("rutger.hazeleger@politie.nl"), T("06-1190 3374"),
        P("Gerdien Mulderij", "Mulderij", "Gerdien"), R("DOB", "12-12-1951"),
        R("ADDRESS_HOME", "Assendorperstraat 57, 8012 DH Zwolle", "Assendorperstraat 57", "8012 DH"),
        T("038 - 421 60 93"), R("ADDRESS_HOME", "Vechtstraat 8", "Vechtstraat 8"), R("IBAN", "NL03SNSB9689143088"),
        P("Harm Slot (wijkagent)", "Slot", "Harm"),
    ],
    keep=[
        K("ORG", "Slachtofferhulp Nederland"), K("EMAIL_FUNCTIONAL", "info@slachtofferhulp.nl"),
        K("CASE", "BVH 2025021733", "2025021733"), K("ORG", "OM"), K("TITLE", "Casemanager"),
        K("PHONE_SWITCHBOARD", "0900-0101"), K("PHONE_SWITCHBOARD", "0900-8844"),
        K("ORG", "Politie Eenheid Oost-Nederland"), K("TITLE", "Wijkagent"), K("ORG", "basisteam Zwolle-Zuid"),
        K("TITLE", "Medewerker Service en Slachtofferzorg"),
    ],
))

# ---------------------------------------------------------------- aw08 JenV, Kamervragen thread
DOCS.append(dict(
    name="aw08_mail_jenv_kamervragen_vreemdelingenbewaring.pdf", producer="rl", creator="Microsoft Outlook",
    meta={"Author": "Ridder, C.J. de (Caroline)", "Title": "Beantwoording Kamervragen vreemdelingenbewaring",
          "Subject": "concept antwoorden - Caroline de Ridder"},
    outline=["Mail Caroline de Ridder 24-03", "Mail Thijs Groeneveld 21-03", "Bijlage: concept antwoorden"],
    lines=[
        "** Ridder, C.J. de (Caroline)",
        "--",
        "Van: Ridder, C.J. de (Caroline) <c.j.de.ridder@minjenv.nl>",
        "Verzonden: maandag 24 maart 2025 18:05",
        "Aan: Groeneveld, T. (Thijs) <t.groeneveld@minjenv.nl>; Kabinet Asiel en Migratie <kabinet.am@minjenv.nl>",
        "CC: Çelik, Z. (Zeynep) <z.celik@minjenv.nl>; DWJZ Secretariaat <secretariaat.dwjz@minjenv.nl>",
        "Onderwerp: RE: Beantwoording Kamervragen vreemdelingenbewaring (2025Z04417)",
        "",
        "Thijs,",
        "",
        "Bijgaand de aangepaste antwoorden op de vragen van het lid Ellian (VVD) en het lid Van Nispen (SP) over "
        "vreemdelingenbewaring in het detentiecentrum Rotterdam. Ik heb de opmerkingen van Zeynep verwerkt. "
        "Minister Faber wil de antwoorden vóór 1 april ondertekenen; staatssecretaris Struycken wordt gevraagd "
        "mee te tekenen vanwege de rechtsbijstand. Het antwoord op vraag 4 sluit aan bij de brief die minister "
        "Van Weel op 12 maart naar de Kamer stuurde.",
        "",
        "Let op: in vraag 6 staat de naam van een bewoner (de heer Kwame Mensah). Die halen we eruit; "
        "we spreken van 'een vreemdeling'.",
        "",
        "Groet,",
        "Caroline",
        "",
        "mr. C.J. (Caroline) de Ridder",
        "Senior wetgevingsjurist | Directie Wetgeving en Juridische Zaken",
        "Ministerie van Justitie en Veiligheid",
        "Turfmarkt 147 | 2511 DP | Den Haag",
        "M 06 - 5271 9043",
        "",
        "Van: Groeneveld, T. (Thijs) <t.groeneveld@minjenv.nl>",
        "Verzonden: vrijdag 21 maart 2025 10:14",
        "Aan: Ridder, C.J. de (Caroline) <c.j.de.ridder@minjenv.nl>",
        "Onderwerp: Beantwoording Kamervragen vreemdelingenbewaring (2025Z04417)",
        "",
        "> Hoi Caroline,",
        "> De termijn van drie weken verloopt op 28 maart. Kamerlid Ellian heeft ook om een reactie op het "
        "rapport van de Inspectie Justitie en Veiligheid gevraagd. Zeynep (DMB) levert de cijfers over de "
        "gemiddelde duur van de bewaring aan. Zie verder de Vreemdelingenwet 2000, artikel 59.",
        "> Groet, Thijs",
        "> T. Groeneveld | beleidsmedewerker Directie Migratiebeleid | 06-3302 8167",
    ],
    redact=[
        P("Caroline de Ridder", "Ridder", "Caroline"), E("c.j.de.ridder@minjenv.nl"), T("06 - 5271 9043"),
        P("Thijs Groeneveld", "Groeneveld", "Thijs"), E("t.groeneveld@minjenv.nl"), T("06-3302 8167"),
        P("Zeynep Çelik", "Çelik", "Zeynep"), E("z.celik@minjenv.nl"),
        P("Kwame Mensah", "Mensah", "Kwame"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "kabinet.am@minjenv.nl"), K("EMAIL_FUNCTIONAL", "secretariaat.dwjz@minjenv.nl"),
        K("CASE", "2025Z04417"), K("OFFICE_HOLDER", "het lid Ellian", "Ellian"),
        K("OFFICE_HOLDER", "het lid Van Nispen", "Van Nispen"), K("OFFICE_HOLDER", "Minister Faber", "Faber"),
        K("OFFICE_HOLDER", "staatssecretaris Struycken", "Struycken"),
        K("OFFICE_HOLDER", "minister Van Weel", "Van Weel"), K("PLACE", "detentiecentrum Rotterdam"),
        K("TITLE", "Senior wetgevingsjurist"), K("ORG", "Directie Wetgeving en Juridische Zaken"),
        K("ORG", "Ministerie van Justitie en Veiligheid"), K("ADDRESS_GOV", "Turfmarkt 147"),
        K("ORG", "Inspectie Justitie en Veiligheid"), K("LAW", "Vreemdelingenwet 2000"),
        K("TITLE", "beleidsmedewerker"), K("ORG", "Directie Migratiebeleid"), K("ORG", "DMB"), K("ORG", "VVD"),
    ],
))

# ---------------------------------------------------------------- aw09 gemeente <-> politie, noodbevel, LO
DOCS.append(dict(
    name="aw09_mail_gemeente_politie_noodbevel.pdf", producer="lo",
    meta={"Author": "Lieke Bosschaart", "Title": "Noodbevel Feijenoord - afstemming driehoek"},
    lines=[
        "Van: Bosschaart, Lieke <l.bosschaart@rotterdam.nl>",
        "Verzonden: zondag 9 februari 2025 22:47",
        "Aan: Chaouch, Amir <amir.chaouch@politie.nl>; Kabinet Burgemeester <kabinetburgemeester@rotterdam.nl>",
        "CC: 'OvJ piket Rotterdam' <piket.rotterdam@om.nl>; Jelle Vroegindeweij <jelle.vroegindeweij@politie.nl>",
        "Onderwerp: Noodbevel Feijenoord - afstemming driehoek",
        "",
        "Amir, Jelle,",
        "",
        "Burgemeester Schouten heeft om 22.30 uur op grond van artikel 175 van de Gemeentewet een noodbevel "
        "afgegeven voor het gebied rond De Kuip. Het noodbevel geldt tot maandag 06.00 uur. De tekst staat "
        "op de website van de gemeente Rotterdam. Wethouder Kasmi is geïnformeerd. Graag horen wij van de "
        "politie hoeveel mensen zijn aangehouden en of de ME nog ter plaatse is.",
        "",
        "Lieke Bosschaart",
        "Adviseur openbare orde en veiligheid | Directie Veiligheid | Gemeente Rotterdam",
        "Coolsingel 40, 3011 AD Rotterdam",
        "Mobiel: 06 18 29 47 50",
        "",
        "Van: Chaouch, Amir <amir.chaouch@politie.nl>",
        "Verzonden: zondag 9 februari 2025 23:16",
        "Aan: Bosschaart, Lieke <l.bosschaart@rotterdam.nl>",
        "Onderwerp: RE: Noodbevel Feijenoord - afstemming driehoek",
        "",
        "> Lieke,",
        "> Stand 23.10 uur: 14 aanhoudingen, waarvan 3 minderjarigen. De ME van de Eenheid Rotterdam is "
        "ter plaatse tot 01.00 uur. Chef van dienst vannacht is Jelle. Ik bel je morgen om 08.00 uur.",
        "> Amir Chaouch",
        "> Operationeel expert Openbare Orde | Politie Eenheid Rotterdam",
        "> +31 (0) 6 5590 1288",
        "> Politie: 0900-8844 | Spoed: 112",
    ],
    redact=[
        P("Lieke Bosschaart", "Bosschaart", "Lieke"), E("l.bosschaart@rotterdam.nl"), T("06 18 29 47 50"),
        P("Amir Chaouch", "Chaouch", "Amir"), E("amir.chaouch@politie.nl"), T("+31 (0) 6 5590 1288"),
        P("Jelle Vroegindeweij", "Vroegindeweij", "Jelle"), E("jelle.vroegindeweij@politie.nl"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "kabinetburgemeester@rotterdam.nl"), K("EMAIL_FUNCTIONAL", "piket.rotterdam@om.nl"),
        K("OFFICE_HOLDER", "Burgemeester Schouten", "Schouten"), K("OFFICE_HOLDER", "Wethouder Kasmi", "Kasmi"),
        K("LAW", "Gemeentewet"), K("PLACE", "De Kuip"), K("PLACE", "Feijenoord"), K("ORG", "Gemeente Rotterdam"),
        K("ADDRESS_GOV", "Coolsingel 40"), K("TITLE", "Adviseur openbare orde en veiligheid"),
        K("ORG", "Eenheid Rotterdam"), K("TITLE", "Operationeel expert Openbare Orde"),
        K("PHONE_SWITCHBOARD", "0900-8844"), K("TITLE", "Chef van dienst"),
    ],
))

# ---------------------------------------------------------------- aw10 scan of printed thread KMar -> IND
DOCS.append(dict(
    name="aw10_scan_mail_kmar_ind_mobiel_toezicht.pdf", producer="scan",
    meta={"Title": "Scan 2025-04-08 mail Hendriks MTV"},
    lines=[
        "Van: Hendriks, Bas <b.hendriks@mindef.nl>",
        "Verzonden: dinsdag 8 april 2025 14:20",
        "Aan: Timmermans, Sophie <s.timmermans@ind.nl>",
        "Onderwerp: Mobiel Toezicht Veiligheid - overdracht vreemdeling",
        "",
        "Beste Sophie,",
        "",
        "Tijdens het Mobiel Toezicht Veiligheid op de A67 bij Venlo is vanochtend een man aangetroffen zonder "
        "geldige verblijfsdocumenten. Hij verklaart Oleksandr Hrytsenko te heten, geboren 22-09-1990. "
        "In de Basisvoorziening Vreemdelingen is hij geregistreerd onder V-nummer 3301927746.",
        "",
        "Hij wordt overgedragen aan de Dienst Terugkeer en Vertrek. Kun jij bevestigen dat er geen lopende "
        "asielaanvraag is?",
        "",
        "Met vriendelijke groet,",
        "",
        "wachtmeester der eerste klasse B. Hendriks",
        "Koninklijke Marechaussee, Brigade Venlo",
        "Mobiel 06-2093 4471",
        "",
        "Van: Timmermans, Sophie <s.timmermans@ind.nl>",
        "Verzonden: dinsdag 8 april 2025 15:02",
        "",
        "Bas,",
        "Er is geen lopende aanvraag. Hrytsenko had een Dublinclaim op Polen.",
        "Groet, Sophie Timmermans, IND Unit Dublin",
    ],
    redact=[
        P("Bas Hendriks", "Hendriks", "Bas"), E("b.hendriks@mindef.nl"), T("06-2093 4471"),
        P("Sophie Timmermans", "Timmermans", "Sophie"), E("s.timmermans@ind.nl"),
        P("Oleksandr Hrytsenko", "Hrytsenko", "Oleksandr"), R("DOB", "22-09-1990"), R("V-NUMMER", "3301927746"),
    ],
    keep=[],
))

# ---------------------------------------------------------------- aw11 forwarded English liaison thread
DOCS.append(dict(
    name="aw11_mail_liaison_frontex_forward.pdf", producer="rl", creator="Microsoft Outlook",
    meta={"Author": "Maarten Koopmans", "Title": "FW: Joint operation debrief - Dutch participation"},
    lines=[
        "** Koopmans, Maarten",
        "--",
        "Van: Koopmans, Maarten <m.koopmans@minjenv.nl>",
        "Verzonden: dinsdag 15 april 2025 09:30",
        "Aan: Brink, E.M. van den (Evelien) <em.vandenbrink@minjenv.nl>",
        "Onderwerp: FW: Joint operation debrief - Dutch participation",
        "",
        "Evelien, ter info. De bijdrage van de KMar aan de operatie van Frontex in Griekenland wordt in juni "
        "geëvalueerd. Zie vooral de opmerking over onze collega in Lesbos.",
        "Maarten",
        "",
        "Maarten Koopmans | Senior beleidsmedewerker Grensbeheer | DG Migratie",
        "T 070 370 7911 (centrale) | M 06 - 1776 5520",
        "",
        "________________________________",
        "From: Anna Kowalczyk <anna.kowalczyk@frontex.europa.eu>",
        "Sent: Monday, April 14, 2025 5:48 PM",
        "To: Koopmans, Maarten <m.koopmans@minjenv.nl>",
        "Cc: NL National Contact Point <ncp.netherlands@frontex.europa.eu>",
        "Subject: Joint operation debrief - Dutch participation",
        "",
        "> Dear Maarten,",
        "> Thank you for the Dutch contribution to Joint Operation Poseidon. Our team leader in Lesbos, "
        "Captain Dimitris Papadakis, asked me to thank Royal Netherlands Marechaussee officer Lieuwe Dijkstra "
        "for his work on the registration of arrivals. Please note that Mr Dijkstra's mobile number "
        "(+31 6 4810 2297) is still on our duty roster; we will remove it.",
        "> Kind regards,",
        "> Anna Kowalczyk",
        "> Operations Officer | Frontex | Plac Europejski 6, 00-844 Warsaw, Poland",
        "> " + DISCLAIMER_EN,
    ],
    redact=[
        P("Maarten Koopmans", "Koopmans", "Maarten"), E("m.koopmans@minjenv.nl"), T("06 - 1776 5520"),
        P("Evelien van den Brink", "Brink", "Evelien"), E("em.vandenbrink@minjenv.nl"),
        P("Anna Kowalczyk", "Kowalczyk", "Anna"), E("anna.kowalczyk@frontex.europa.eu"),
        P("Dimitris Papadakis", "Papadakis", "Dimitris"), P("Lieuwe Dijkstra", "Dijkstra", "Lieuwe"),
        T("+31 6 4810 2297"),
    ],
    keep=[
        K("ORG", "KMar"), K("ORG", "Frontex"), K("PLACE", "Griekenland"), K("PLACE", "Lesbos"),
        K("TITLE", "Senior beleidsmedewerker Grensbeheer"), K("ORG", "DG Migratie"),
        K("PHONE_SWITCHBOARD", "070 370 7911"), K("EMAIL_FUNCTIONAL", "ncp.netherlands@frontex.europa.eu"),
        K("EVENT", "Joint Operation Poseidon"), K("ORG", "Royal Netherlands Marechaussee"),
        K("TITLE", "Operations Officer"), K("ADDRESS_GOV", "Plac Europejski 6"), K("PLACE", "Warsaw"),
    ],
))
