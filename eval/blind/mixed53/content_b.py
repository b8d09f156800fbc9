"""Set mixed53, documents 06-13: politie, BOA, beslisnota JenV, court rulings, IND/COA, DJI."""
from make_set import Doc


def R(kind, value, *probes):
    return (kind, value, list(probes))


K = R
DOCS = []

# ------------------------------------------------------------------------------------------------
# 06 Politie: proces-verbaal van aangifte (Courier, 2 pages)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk06-politie-pv-aangifte", font="Courier", size=9.5,
    header=["POLITIE  Eenheid Rotterdam  -  District Rijnmond-Noord  -  Basisteam Noord"],
    footer="Proces-verbaalnummer PL1700-2025087412-1          Blad {page}",
    meta={"Title": "PV aangifte PL1700-2025087412", "Author": "BVH"},
    blocks=[
        ("title", "PROCES-VERBAAL VAN AANGIFTE"),
        ("mono", "Registratienummer : PL1700-2025087412\n"
                 "Feit             : Diefstal (artikel 310 Wetboek van Strafrecht)\n"
                 "Pleegdatum/tijd  : donderdag 20 maart 2025, tussen 18:30 en 22:15 uur\n"
                 "Pleegplaats      : Stationsplein, fietsenstalling nabij de Erasmusbrug\n"
                 "Verbalisant      : J. PLOEG, hoofdagent van politie\n"
                 "Opgemaakt        : 21 maart 2025 te Rotterdam, Basisteam Noord"),
        ("sp", 3),
        ("p", "Ik, verbalisant, Jeroen Ploeg, hoofdagent van politie Eenheid Rotterdam, verklaar het volgende. "
              "Op vrijdag 21 maart 2025 verscheen voor mij, in het politiebureau, een persoon die mij opgaf te "
              "zijn:"),
        ("mono", "Achternaam       : OOSTERHUIS\n"
                 "Voornamen        : Marieke Johanna\n"
                 "Geboren          : 12 november 1979 te Schiedam\n"
                 "Geslacht         : vrouw\n"
                 "Adres            : Vijverhofstraat 88B\n"
                 "Postcode/plaats  : 3032 SN Rotterdam\n"
                 "Telefoon         : 06-19 44 80 32\n"
                 "E-mail           : marieke.oosterhuis79@gmail.com"),
        ("sp", 3),
        ("p", "Zij deed aangifte van diefstal van haar elektrische fiets en verklaarde het volgende:"),
        ("p", "\"Ik heb mijn fiets, een zwarte Gazelle Ultimate C380, op donderdag rond 18:30 uur in de "
              "bewaakte stalling gezet. Toen ik om 22:15 uur terugkwam, was de fiets weg. Het slot lag "
              "doorgeknipt op de grond. De fiets heeft framenummer GZ2201884731. Ik heb de fiets in 2023 "
              "gekocht bij Fietsenmaker Stolk aan de Kleiweg voor € 3.149. Mijn buurman Ferry zei dat hij "
              "later die avond een jongen met mijn fiets zag rijden bij de Noordsingel; volgens hem heet die "
              "jongen Dylan en woont hij in de Agniesebuurt. Ferry zag ook dat die jongen werd opgehaald door "
              "een grijze scooter met kenteken F-482-BK.\""),
        ("pb",),
        ("p", "\"Ik wil graag schadevergoeding als de dader wordt gevonden. Ik geef toestemming om mijn gegevens "
              "door te geven aan Slachtofferhulp Nederland. Ik ben bereikbaar op het nummer dat ik heb opgegeven; "
              "overdag kunt u ook mijn partner Youssef bellen op 06-51 09 77 23.\""),
        ("p", "Aangeefster is gewezen op de mogelijkheid om zich te voegen als benadeelde partij in het "
              "strafproces (artikel 51f Wetboek van Strafvordering) en op Slachtofferhulp Nederland, "
              "telefoon 0900-0101."),
        ("h", "Verdachte (voor zover bekend)"),
        ("mono", "Naam             : onbekend, roepnaam 'Dylan'\n"
                 "Signalement      : man, ongeveer 18-20 jaar, donkere jas, wit petje\n"
                 "Voertuig         : scooter, grijs, kenteken F-482-BK"),
        ("sp", 4),
        ("p", "Waarvan door mij, Jeroen PLOEG, is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende "
              "op 21 maart 2025 te Rotterdam. De aangeefster heeft na voorlezing volhard en mede ondertekend."),
        ("mono", "Verbalisant                         Aangeefster\n"
                 "J. Ploeg (RO4471)                   M.J. Oosterhuis"),
        ("sp", 4),
        ("small", "Bij de zaak betrokken: wijkagent Stadsdriehoek, E. Verhagen-Kok (RO5126). Afschrift aan "
                  "Bureau Slachtofferzorg, Eenheid Rotterdam."),
    ],
    redact=[
        R("ID", "BVH-registratienummer (aangifte van één burger)", "PL1700-2025087412",
          {"text": "PL1700-2025087412-1", "word": True}),
        R("PERSON", "Jeroen Ploeg (verbalisant)", "PLOEG", "Ploeg", "Jeroen"),
        R("ID", "dienstnummer verbalisant", "RO4471"),
        R("PERSON", "Marieke Johanna Oosterhuis (aangeefster)", "OOSTERHUIS", "Oosterhuis", "Marieke"),
        R("DOB", "12 november 1979", "12 november 1979"),
        R("ADDRESS", "Vijverhofstraat 88B, 3032 SN Rotterdam", "Vijverhofstraat 88B", "3032 SN"),
        R("PHONE", "06-19 44 80 32", "06-19 44 80 32"),
        R("EMAIL", "marieke.oosterhuis79@gmail.com", "marieke.oosterhuis79@gmail.com"),
        R("PERSON", "buurman Ferry", "Ferry"),
        R("PERSON", "verdachte Dylan", "Dylan"),
        R("PLATE", "F-482-BK", "F-482-BK"),
        R("PERSON", "partner Youssef", "Youssef"),
        R("PHONE", "06-51 09 77 23", "06-51 09 77 23"),
        R("ID", "framenummer fiets", "GZ2201884731"),
        R("PERSON", "E. Verhagen-Kok (wijkagent)", "Verhagen-Kok", "Verhagen"),
        R("ID", "dienstnummer wijkagent", "RO5126"),
    ],
    keep=[
        K("ORG", "Politie Eenheid Rotterdam", "Eenheid Rotterdam", "Basisteam Noord", "District Rijnmond-Noord"),
        K("LAW", "Wetboek van Strafrecht", "Wetboek van Strafrecht", "artikel 310"),
        K("LAW", "Wetboek van Strafvordering", "Wetboek van Strafvordering", "artikel 51f"),
        K("BUILDING", "Erasmusbrug", "Erasmusbrug"),
        K("ORG", "Slachtofferhulp Nederland", "Slachtofferhulp Nederland", "0900-0101"),
        K("FUNCTION", "hoofdagent van politie", "hoofdagent van politie"),
        K("PRODUCT", "Gazelle Ultimate C380", "Gazelle Ultimate C380"),
        K("STREET", "Kleiweg / Noordsingel / Stationsplein", "Kleiweg", "Noordsingel", "Stationsplein"),
        K("PLACE", "Agniesebuurt", "Agniesebuurt"),
        K("ORG", "Fietsenmaker Stolk (bedrijf)", "Fietsenmaker Stolk"),
        K("TITLE", "PROCES-VERBAAL VAN AANGIFTE", "PROCES-VERBAAL VAN AANGIFTE"),
        K("FUNCTION", "wijkagent Stadsdriehoek", "wijkagent Stadsdriehoek"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 07 BOA: rapportage Stadstoezicht Utrecht (form-like table)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk07-boa-rapportage-utrecht", font="DejaVuSansCondensed", size=9.5,
    header=["Gemeente Utrecht - Stadstoezicht - Rapportage handhaving"],
    footer="Gemeente Utrecht, Stadsplateau 1, 3521 AZ Utrecht - telefoon 14 030 - pagina {page}",
    meta={"Title": "Rapportage BOA", "Author": "Stadstoezicht"},
    notes=[(0, "L. van Dorp", "Check: betrokkene zegt dat hij bij broer Sven verblijft, nagaan bij wijkteam.")],
    blocks=[
        ("title", "Rapportage bestuurlijke strafbeschikking"),
        ("kv", [("Registratienummer", "STZ-2025-031877"), ("Datum / tijd", "8 mei 2025, 14:20 uur"),
                ("Locatie", "Oudegracht ter hoogte van nr. 150, Utrecht (binnenstad)"),
                ("Feit", "Afval naast een ondergrondse container plaatsen (APV Utrecht artikel 4:6)"),
                ("Feitcode", "F190"),
                ("Opsporingsambtenaren", "R. Benali (BOA-nummer 1407-UT) en L. van Dorp (BOA-nummer 1522-UT)")],
         {"cw": [0.3, 0.7], "box": True}),
        ("h", "Gegevens betrokkene"),
        ("kv", [("Naam", "Starreveld, Kevin"), ("Geboortedatum", "04-05-2001"),
                ("Adres", "Amsterdamsestraatweg 311-bis, 3551 CD Utrecht"),
                ("Identiteitsbewijs", "rijbewijs, documentnummer 5512837490"),
                ("Telefoon", "06-80 27 36 14")], {"cw": [0.3, 0.7], "box": True}),
        ("h", "Bevindingen"),
        ("p", "Wij, verbalisanten, zagen tijdens onze surveillance op de Oudegracht dat een man twee vuilniszakken "
              "naast de container plaatste, terwijl de container niet vol was. Wij spraken de man aan. Hij "
              "verklaarde: \"Ik woon hier niet, ik breng het afval van mijn broer weg.\" Na inzage van zijn "
              "rijbewijs bleek het te gaan om Kevin Starreveld. Hem is medegedeeld dat hij niet tot antwoorden "
              "verplicht was. De afvalzakken bevatten post op naam van een bewoner van de Twijnstraat; deze post "
              "is overgedragen aan de afdeling Afval en Reiniging."),
        ("p", "Betrokkene werd een bestuurlijke strafbeschikking (BSB) van € 150 aangezegd op grond van artikel "
              "257ba Wetboek van Strafvordering. De zaak is ingevoerd in het systeem van het CJIB."),
        ("sp", 3),
        ("grid", [["Rol", "Naam", "Paraaf", "Datum"],
                  ["BOA 1", "R. Benali", "RB", "8-5-2025"],
                  ["BOA 2", "L. van Dorp", "LvD", "8-5-2025"],
                  ["Coördinator", "teamleider Binnenstad", "", "9-5-2025"]], {"cw": [0.2, 0.35, 0.2, 0.25]}),
        ("small", "Vragen over deze rapportage: handhaving@utrecht.nl. Burgemeester Dijksma is als bestuursorgaan "
                  "verantwoordelijk voor de inzet van BOA's in de openbare ruimte."),
    ],
    redact=[
        R("ID", "registratienummer van de zaak tegen betrokkene", "STZ-2025-031877"),
        R("PERSON", "R. Benali (BOA)", "Benali"),
        R("ID", "BOA-nummer 1407-UT", "1407-UT"),
        R("PERSON", "L. van Dorp (BOA)", "van Dorp", "Dorp"),
        R("ID", "BOA-nummer 1522-UT", "1522-UT"),
        R("PERSON", "Kevin Starreveld (betrokkene)", "Starreveld", "Kevin"),
        R("DOB", "04-05-2001", "04-05-2001"),
        R("ADDRESS", "Amsterdamsestraatweg 311-bis, 3551 CD Utrecht", "Amsterdamsestraatweg 311-bis", "3551 CD"),
        R("ID", "rijbewijsnummer", "5512837490"),
        R("PHONE", "06-80 27 36 14", "06-80 27 36 14"),
        R("PARAPH", "paraaf RB", "RB"),
        R("PARAPH", "paraaf LvD", "LvD"),
        R("PERSON", "broer Sven (alleen in notitie)", "Sven"),
    ],
    keep=[
        K("ORG", "Gemeente Utrecht", "Gemeente Utrecht", "Stadstoezicht"),
        K("ADDRESS_ORG", "Stadsplateau 1, 3521 AZ Utrecht", "Stadsplateau 1", "3521 AZ"),
        K("PHONE_GENERAL", "14 030", "14 030"),
        K("LAW", "APV artikel 4:6", "APV Utrecht", "artikel 4:6"),
        K("LAW", "artikel 257ba Sv", "257ba", "Wetboek van Strafvordering"),
        K("STREET", "Oudegracht / Twijnstraat", "Oudegracht", "Twijnstraat"),
        K("MAILBOX", "handhaving@utrecht.nl", "handhaving@utrecht.nl"),
        K("OFFICE_HOLDER", "burgemeester Dijksma", "Dijksma"),
        K("ORG", "CJIB", "CJIB"),
        K("CODE", "feitcode F190", "F190"),
        K("FUNCTION", "teamleider Binnenstad", "teamleider Binnenstad"),
        K("TERM", "bestuurlijke strafbeschikking", "bestuurlijke strafbeschikking", "BSB"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 08 Beslisnota JenV (LibreOffice, 2 pages)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk08-beslisnota-strafrechtketen", producer="docx", size=10, docx_font="DejaVu Sans",
    header="Ministerie van Justitie en Veiligheid - Directoraat-Generaal Rechtspleging en Rechtshandhaving",
    footer="Turfmarkt 147, 2511 DP Den Haag - Postbus 20301, 2500 EH Den Haag - www.rijksoverheid.nl/jenv",
    meta={"Author": "Huisman, D.E.", "Title": "Beslisnota reactie motie-Ellian doorlooptijden"},
    blocks=[
        ("title", "Nota"),
        ("kv", [("Aan", "de minister van Justitie en Veiligheid"),
                ("Van", "mr. D.E. Huisman, directeur Directie Strafrechtketen"),
                ("Datum", "12 mei 2025"), ("Kenmerk", "6238814"),
                ("Kopie aan", "plv. DG Rechtspleging en Rechtshandhaving"),
                ("Contactpersoon", "Ilse van Wijngaarden-Smit\nT 06-28 91 44 70\ni.vanwijngaarden@minjenv.nl"),
                ("Onderwerp", "Reactie op de motie-Ellian over doorlooptijden in de strafrechtketen")]),
        ("h", "Aanleiding"),
        ("p", "Op 6 februari 2025 heeft de Tweede Kamer de motie van het lid Ellian (VVD) aangenomen (Kamerstuk "
              "29279, nr. 912). Daarin wordt de regering verzocht om binnen drie maanden te rapporteren over de "
              "doorlooptijden van zedenzaken en over de gevolgen van de capaciteitstekorten bij de politie, het "
              "Openbaar Ministerie en de Rechtspraak."),
        ("h", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd in te stemmen met bijgaande Kamerbrief en deze te ondertekenen."),
        ("h", "Kern"),
        ("p", "De gemiddelde doorlooptijd van zedenzaken is in 2024 licht gedaald, maar de norm van 180 dagen wordt "
              "nog in minder dan de helft van de zaken gehaald. De ketenpartners hebben afspraken gemaakt in het "
              "Bestuurlijk Ketenberaad. De Raad voor de rechtspraak verwacht pas in 2026 extra zittingscapaciteit."),
        ("h", "Krachtenveld"),
        ("p", "De leden Ellian (VVD) en Van Nispen (SP) hebben in het commissiedebat van 29 januari aangekondigd "
              "dit onderwerp te blijven volgen. Minister Van Weel heeft toegezegd de Kamer voor de zomer te "
              "informeren. Het lid Kramer van de ketenwerkgroep doorlooptijden (OM) heeft ambtelijk laten weten "
              "dat het OM de cijfers over 2024 nog wil valideren."),
        ("pb",),
        ("h", "Toelichting"),
        ("p", "De cijfers zijn aangeleverd door het Openbaar Ministerie (Parket-Generaal) en het WODC. Ilse heeft "
              "de cijfers op 7 mei besproken met de ketenregisseur. Voor de definitieve versie is afstemming nodig "
              "met Financiën over de kosten van extra rechters-commissarissen."),
        ("h", "Paraafschema"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["D.E. Huisman", "directeur DSK", "DEH", "12-5"],
                   ["B. Oukili", "plv. directeur DSK", "BO", "12-5"],
                   ["W.J. ter Horst", "senior beleidsmedewerker", "WJtH", "11-5"],
                   ["I. van Wijngaarden-Smit", "beleidsmedewerker", "IvW", "11-5"]]),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[toelichting nog invullen]"),
    ],
    redact=[
        R("PERSON", "mr. D.E. Huisman (directeur)", "Huisman"),
        R("PERSON", "Ilse van Wijngaarden-Smit (contactpersoon)", "van Wijngaarden-Smit", "Wijngaarden-Smit",
          "Ilse"),
        R("PHONE", "06-28 91 44 70", "06-28 91 44 70"),
        R("EMAIL", "i.vanwijngaarden@minjenv.nl", "i.vanwijngaarden@minjenv.nl"),
        R("PERSON", "Kramer (lid werkgroep, geen Kamerlid)", "Kramer"),
        R("PERSON", "B. Oukili", "Oukili"),
        R("PERSON", "W.J. ter Horst", "ter Horst"),
        R("PARAPH", "paraaf DEH", "DEH"),
        R("PARAPH", "paraaf BO", "BO"),
        R("PARAPH", "paraaf WJtH", "WJtH"),
        R("PARAPH", "paraaf IvW", "IvW"),
    ],
    keep=[
        K("OFFICE_HOLDER", "Kamerlid Ellian", "Ellian"),
        K("OFFICE_HOLDER", "Kamerlid Van Nispen", "Van Nispen"),
        K("OFFICE_HOLDER", "minister Van Weel", "Van Weel"),
        K("ORG", "Ministerie van Justitie en Veiligheid", "Ministerie van Justitie en Veiligheid"),
        K("ORG", "Directie Strafrechtketen", "Directie Strafrechtketen", "DSK"),
        K("ORG", "Openbaar Ministerie", "Openbaar Ministerie", "Parket-Generaal"),
        K("ORG", "Raad voor de rechtspraak", "Raad voor de rechtspraak"),
        K("ORG", "WODC", "WODC"),
        K("ORG", "Tweede Kamer", "Tweede Kamer"),
        K("DOC", "Kamerstuk 29279, nr. 912", "29279, nr. 912"),
        K("DOC", "kenmerk nota", "6238814"),
        K("ADDRESS_ORG", "Turfmarkt 147", "Turfmarkt 147", "Postbus 20301"),
        K("FUNCTION", "functies", "senior beleidsmedewerker", "plv. directeur DSK"),
        K("PARTY", "VVD / SP", "VVD", "SP"),
        K("TERM", "Bestuurlijk Ketenberaad", "Bestuurlijk Ketenberaad"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 09 Published ruling (ECLI), parties already pseudonymised; sticky note is the only personal data
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk09-uitspraak-gepubliceerd-ecli", font="Times-Roman", size=10.5,
    header=["ECLI:NL:RBDHA:2025:4417"],
    footer="Rechtbank Den Haag - zaaknummer SGR 24/5521 - pagina {page}",
    meta={"Title": "ECLI:NL:RBDHA:2025:4417", "Author": "Rechtspraak"},
    notes=[(0, "Roeland Baaijens", "Voor dossier Toeslagen: deze uitspraak doorsturen aan mr. Kaspers, "
                                  "zij behandelt de vergelijkbare zaak.")],
    blocks=[
        ("title", "RECHTBANK DEN HAAG"),
        ("p", "Bestuursrecht<br/>zaaknummer: SGR 24/5521<br/>uitspraak van de enkelvoudige kamer van 3 april 2025 "
              "in de zaak tussen"),
        ("p", "<b>[eiseres]</b>, uit [woonplaats], eiseres<br/>(gemachtigde: mr. [gemachtigde]),"),
        ("p", "en"),
        ("p", "<b>de Belastingdienst/Toeslagen</b> (Dienst Toeslagen), verweerder<br/>"
              "(gemachtigde: [gemachtigde verweerder])."),
        ("h", "Procesverloop"),
        ("p", "Met het besluit van 19 februari 2024 heeft verweerder vastgesteld dat eiseres geen gedupeerde is in "
              "de zin van de Wet hersteloperatie toeslagen. Met het bestreden besluit van 30 augustus 2024 op het "
              "bezwaar van eiseres is verweerder bij dat besluit gebleven. De rechtbank heeft het beroep op "
              "11 maart 2025 op zitting behandeld. Hieraan hebben deelgenomen: eiseres, haar gemachtigde en de "
              "gemachtigde van verweerder."),
        ("h", "Overwegingen"),
        ("p", "1. Eiseres ontving in de jaren 2016 en 2017 kinderopvangtoeslag. Verweerder heeft die toeslag "
              "teruggevorderd omdat eiseres de kosten van de kinderopvang niet kon aantonen. Eiseres stelt dat "
              "zij daardoor in ernstige financiële problemen is geraakt."),
        ("p", "2. De rechtbank stelt voorop dat een aanvrager op grond van artikel 2.1, eerste lid, van de Wet "
              "hersteloperatie toeslagen gedupeerde is als de terugvordering het gevolg was van een "
              "institutionele vooringenomenheid of van een hardheid in de regelgeving. Zie ook de uitspraak van "
              "de Afdeling bestuursrechtspraak van de Raad van State van 23 oktober 2024, "
              "ECLI:NL:RVS:2024:4281, en het rapport 'Ongekend onrecht' van de parlementaire "
              "ondervragingscommissie Kinderopvangtoeslag (Commissie Van Dam)."),
        ("p", "3. Verweerder heeft niet deugdelijk gemotiveerd waarom de terugvordering over 2017 niet op een "
              "hardheid berust. Het bestreden besluit is in strijd met artikel 7:12 van de Algemene wet "
              "bestuursrecht (Awb) en wordt vernietigd."),
        ("pb",),
        ("h", "Beslissing"),
        ("p", "De rechtbank:<br/>- verklaart het beroep gegrond;<br/>- vernietigt het bestreden besluit;<br/>"
              "- draagt verweerder op binnen zes weken een nieuw besluit op het bezwaar te nemen;<br/>"
              "- draagt verweerder op het betaalde griffierecht van € 50 aan eiseres te vergoeden;<br/>"
              "- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814."),
        ("p", "Deze uitspraak is gedaan door mr. A.C. Brinkhorst-Meulman, rechter, in aanwezigheid van "
              "mr. J.F. Terpstra, griffier. De uitspraak is uitgesproken in het openbaar op 3 april 2025."),
        ("lines", ["griffier                                      rechter", "",
                   "Een afschrift van deze uitspraak is verzonden aan partijen op: 3 april 2025"]),
        ("h", "Rechtsmiddel"),
        ("p", "Tegen deze uitspraak kan hoger beroep worden ingesteld bij de Afdeling bestuursrechtspraak van "
              "de Raad van State binnen zes weken na de dag waarop deze is verzonden."),
    ],
    redact=[
        R("PERSON", "Roeland Baaijens (notitie, medewerker)", "Baaijens", "Roeland"),
        R("PERSON", "mr. Kaspers (notitie, medewerker)", "Kaspers"),
    ],
    keep=[
        K("ECLI", "ECLI:NL:RBDHA:2025:4417", "ECLI:NL:RBDHA:2025:4417"),
        K("ECLI", "ECLI:NL:RVS:2024:4281", "ECLI:NL:RVS:2024:4281"),
        K("CASE_COURT", "zaaknummer SGR 24/5521 (published ruling)", "SGR 24/5521"),
        K("JUDGE", "mr. A.C. Brinkhorst-Meulman (rechter)", "Brinkhorst-Meulman"),
        K("CLERK", "mr. J.F. Terpstra (griffier)", "Terpstra"),
        K("PSEUDONYM", "[eiseres]", "[eiseres]", "[gemachtigde]"),
        K("ORG", "Rechtbank Den Haag", "RECHTBANK DEN HAAG", "Rechtbank Den Haag"),
        K("ORG", "Raad van State", "Afdeling bestuursrechtspraak van de Raad van State"),
        K("ORG", "Dienst Toeslagen", "Belastingdienst/Toeslagen"),
        K("LAW", "Wet hersteloperatie toeslagen", "Wet hersteloperatie toeslagen", "artikel 2.1"),
        K("LAW", "Awb", "Algemene wet bestuursrecht", "artikel 7:12"),
        K("REPORT", "Ongekend onrecht", "Ongekend onrecht"),
        K("ORG_NAMED", "Commissie Van Dam", "Commissie Van Dam"),
        K("AMOUNT", "€ 1.814", "€ 1.814"),
        K("FUNCTION", "rechter / griffier", "griffier"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 10 Court ruling in an asylum case as sent to the parties (not pseudonymised); outline titles
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk10-uitspraak-vreemdelingenzaak", producer="docx", size=10.5, docx_font="Liberation Serif",
    header="Rechtbank Den Haag, zittingsplaats Zwolle - Vreemdelingenkamer",
    footer="Dit afschrift is verzonden aan partijen. Niet bestemd voor publicatie.",
    meta={"Author": "Rechtspraak", "Title": "Uitspraak NL25.8813"},
    outline=[("Uitspraak NL25.8813", 0), ("Beoordeling - tolk A. Haile bellen", 1)],
    blocks=[
        ("title", "RECHTBANK DEN HAAG"),
        ("p", "Zittingsplaats Zwolle<br/>Bestuursrecht<br/>zaaknummer: NL25.8813<br/>"
              "uitspraak van de enkelvoudige kamer van 28 mei 2025 in de zaak tussen"),
        ("p", "<b>Mehret Tesfaye Gebremedhin</b>, eiseres, geboren op 2 februari 1994, van Eritrese "
              "nationaliteit, V-nummer 2731.804.556<br/>(gemachtigde: mr. S.K. Yildiz, advocaat te Zwolle),"),
        ("p", "en"),
        ("p", "<b>de minister van Asiel en Migratie</b>, verweerder<br/>(gemachtigde: mr. P. van Blerkom)."),
        ("h", "Procesverloop"),
        ("p", "Bij besluit van 14 april 2025 heeft verweerder de aanvraag van eiseres om verlening van een "
              "verblijfsvergunning asiel voor bepaalde tijd afgewezen als kennelijk ongegrond. De rechtbank heeft "
              "het beroep op 21 mei 2025 op zitting behandeld. Eiseres is verschenen, bijgestaan door haar "
              "gemachtigde en door een tolk in het Tigrinya."),
        ("h", "Overwegingen"),
        ("p", "1. Eiseres heeft verklaard dat zij Eritrea in 2022 heeft verlaten om aan de nationale dienstplicht "
              "te ontkomen en dat zij in Eritrea is vervolgd omdat zij tot de pinksterkerk is bekeerd. "
              "Zij verblijft in het azc van het COA in Ter Apel en is daar onder behandeling van de GZA "
              "wegens een posttraumatische stressstoornis."),
        ("pb",),
        ("h", "Beoordeling"),
        ("p", "2. Verweerder heeft de bekering niet geloofwaardig geacht. De rechtbank volgt verweerder daarin niet. "
              "Uit het rapport van het nader gehoor blijkt dat de IND onvoldoende heeft doorgevraagd naar de "
              "motieven van eiseres. De rechtbank verwijst naar de uitspraak van de Afdeling van 12 juni 2024, "
              "ECLI:NL:RVS:2024:2377, en naar artikel 31 van de Vreemdelingenwet 2000."),
        ("p", "3. Het beroep is gegrond. Verweerder moet een nieuw besluit nemen met inachtneming van deze "
              "uitspraak."),
        ("h", "Beslissing"),
        ("p", "De rechtbank verklaart het beroep gegrond, vernietigt het bestreden besluit en draagt verweerder op "
              "binnen acht weken een nieuw besluit te nemen. Deze uitspraak is gedaan door mr. H.W. Dekkers-"
              "Oldenhof, rechter, in aanwezigheid van mr. R. Pinas, griffier. Uitgesproken in het openbaar op "
              "28 mei 2025."),
    ],
    redact=[
        R("PERSON", "Mehret Tesfaye Gebremedhin (eiseres)", "Tesfaye Gebremedhin", "Gebremedhin", "Mehret",
          "Tesfaye"),
        R("DOB", "2 februari 1994", "2 februari 1994"),
        R("ID", "V-nummer", "2731.804.556"),
        R("PERSON", "mr. S.K. Yildiz (advocaat, natuurlijk persoon)", "Yildiz"),
        R("PERSON", "mr. P. van Blerkom (gemachtigde minister, ambtenaar)", "van Blerkom", "Blerkom"),
        R("RELIGION", "bekering eiseres", "tot de pinksterkerk is bekeerd"),
        R("HEALTH", "PTSS eiseres", "posttraumatische stressstoornis"),
        R("PERSON", "tolk A. Haile (alleen in bladwijzer)", "Haile"),
        R("ID", "zaaknummer of the named applicant's case (unpublished copy)", "NL25.8813"),
    ],
    keep=[
        K("JUDGE", "mr. H.W. Dekkers-Oldenhof (rechter)", "Dekkers-Oldenhof"),
        K("CLERK", "mr. R. Pinas (griffier)", "Pinas"),
        K("ECLI", "ECLI:NL:RVS:2024:2377", "ECLI:NL:RVS:2024:2377"),
        K("ORG", "Rechtbank Den Haag", "RECHTBANK DEN HAAG"),
        K("PLACE", "Zwolle", "Zwolle"),
        K("ORG", "minister van Asiel en Migratie", "minister van Asiel en Migratie"),
        K("ORG", "IND / COA / GZA", "IND", "COA", "GZA"),
        K("PLACE", "Ter Apel", "Ter Apel"),
        K("PLACE", "Eritrea", "Eritrea"),
        K("LAW", "Vreemdelingenwet 2000", "Vreemdelingenwet 2000", "artikel 31"),
        K("LANGUAGE", "Tigrinya", "Tigrinya"),
        K("TERM", "verblijfsvergunning asiel", "verblijfsvergunning asiel"),
    ],
))
