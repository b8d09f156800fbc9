"""Documents br01-br10 of set BR."""
from kit import *  # noqa: F401,F403
from kit import A4, landscape, mm, DOCS_DIR, Gold, build_rl, set_meta, add_outline, add_annots, scan_pdf, TMP


def br01():
    """RWS incidentrapport A12 (Verkeerscentrale Midden-Nederland), 2 pages."""
    g = Gold("br01.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Incidentrapportage Incident Management"),
        ("p", "<b>Incidentnummer</b> VCNL-MN-2025-031877 &nbsp;&nbsp; <b>Datum</b> 14 januari 2025 &nbsp;&nbsp; "
              "<b>Wegvak</b> A12 Re, hmp 61,4 - 62,1 (tussen knooppunt Lunetten en aansluiting Bunnik)"),
        ("t", [["Rol", "Naam", "Bereikbaar", "Aanrijtijd"],
               ["Weginspecteur (WI-14)", "R.J. (Ruud) Kleinjan", "06-41829375", "11 min"],
               ["Weginspecteur (WI-22)", "Fatima el Haddouchi", "06-29174430", "14 min"],
               ["Officier van dienst RWS", "mw. drs. E.M. van Wijngaarden-<br/>Kroes", "via VC, toestel 2231", "-"],
               ["Berger (Berging Gebr. Van Rossum B.V.)", "Dennis Spronk", "06-50931182", "27 min"],
               ["Politie Eenheid Midden-Nederland", "brigadier T. Oskam (dienstnr. 410287)", "via meldkamer", "9 min"]],
         [48 * mm, 52 * mm, 38 * mm, 22 * mm]),
        ("h2", "Verloop"),
        ("p", "Om 07:42 uur meldde de Verkeerscentrale Midden-Nederland een kop-staartaanrijding met drie "
              "personenauto's op de rechterrijstrook. Weginspecteur Kleinjan was om 07:53 uur ter plaatse en zette "
              "de rijstrook af met een kruis boven de rijstrook (MSI). Collega El Haddouchi plaatste de "
              "Incident Response Unit (IRU) achter de afzetting. Door de drukte rond de Ring Utrecht ontstond "
              "een file tot aan knooppunt Oudenrijn."),
        ("p", "Betrokken bestuurder 1, de heer Gijsbert Willem Hoogendoorn (geboren 03-08-1961, wonende "
              "Burgemeester Van Heemstralaan 27, 3981 CB Bunnik), klaagde over nekpijn en is door de ambulance "
              "vervoerd naar het St. Antonius Ziekenhuis. Bestuurder 2, mevrouw Anouk Verbeek-Sardjoe, "
              "bleef ongedeerd. Bestuurder 3 (lease-auto van Athlon) is doorgereden; het kenteken is aan de "
              "politie doorgegeven."),
        ("p", "Om 08:36 uur was de berger ter plaatse. De heer Spronk meldde dat de bergingsauto vertraging "
              "had door de afsluiting van de Waterlinieweg. De rijstrook is om 09:18 uur vrijgegeven."),
        ("pb",),
        ("h2", "Schade aan het areaal"),
        ("t", [["Object", "Schade", "Melding aan"],
               ["Geleiderail hmp 61,6", "circa 12 meter vervormd", "Areaalbeheer, BAM Infra (PGO-contract Midden-Nederland)"],
               ["Bermmarkering", "beschadigd", "Areaalbeheer"],
               ["Camera VC-A12-617", "geen", "-"]],
         [50 * mm, 45 * mm, 75 * mm]),
        ("h2", "Evaluatie"),
        ("p", "De aanrijtijd bleef binnen de norm van 15 minuten uit het Convenant Incident Management. "
              "De berger kwam te laat; dit is met de Stichting Incident Management Nederland (SIMN) "
              "besproken. Het rapport is opgesteld door Kleinjan en gecontroleerd door de teamleider "
              "weginspecteurs, Marco Tiel."),
        ("p", "Verspreiding: Verkeerscentrale Midden-Nederland; Rijkswaterstaat Midden-Nederland, afdeling "
              "Verkeers- en Watermanagement; Politie Eenheid Midden-Nederland; functionele mailbox "
              "incidentmanagement.mn@rws.nl."),
        ("small", "Paraaf opsteller: RJK &nbsp;&nbsp; paraaf teamleider: MTi &nbsp;&nbsp; Bijlage: logboek VC (niet bijgevoegd)"),
    ]
    build_rl(p, items, font="Helvetica", size=9.5, logo="Rijkswaterstaat",
             header="Ministerie van Infrastructuur en Waterstaat", footer="VCNL-MN-2025-031877  |  intern",
             title="Incidentrapportage A12 14-01-2025", author="Rijkswaterstaat")
    g.r("PERSON", "Ruud Kleinjan", "Kleinjan", "R.J. (Ruud) Kleinjan", "Ruud", "RJK")
    g.r("PHONE", "06-41829375", "06-41829375")
    g.r("PERSON", "Fatima el Haddouchi", "el Haddouchi", "El Haddouchi", "Fatima")
    g.r("PHONE", "06-29174430", "06-29174430")
    g.r("PERSON", "E.M. van Wijngaarden-Kroes", "van Wijngaarden-Kroes", "Wijngaarden")
    g.r("PERSON", "Dennis Spronk", "Spronk", "Dennis")
    g.r("PHONE", "06-50931182", "06-50931182")
    g.r("PERSON", "T. Oskam", "Oskam", "410287")
    g.r("PERSON", "Gijsbert Willem Hoogendoorn", "Hoogendoorn", "Gijsbert Willem")
    g.r("DOB", "03-08-1961", "03-08-1961")
    g.r("ADDRESS", "Burgemeester Van Heemstralaan 27, 3981 CB", "Burgemeester Van Heemstralaan 27", "3981 CB")
    g.r("HEALTH", "nekpijn", "nekpijn")
    g.r("PERSON", "Anouk Verbeek-Sardjoe", "Verbeek-Sardjoe", "Anouk")
    g.r("PERSON", "Marco Tiel", "Marco Tiel", "MTi")
    for t in [("ORG", "Rijkswaterstaat"), ("ORG", "Verkeerscentrale Midden-Nederland"), ("ROAD", "A12"),
                 ("PLACE", "Lunetten"), ("ORG", "Incident Response Unit"), ("PROG", "Ring Utrecht"),
                 ("PLACE", "Oudenrijn"), ("ORG", "St. Antonius Ziekenhuis"), ("ORG", "Athlon"),
                 ("ORG", "Berging Gebr. Van Rossum B.V."), ("ROAD", "Waterlinieweg"), ("ORG", "BAM Infra"),
                 ("LAW", "Convenant Incident Management"), ("ORG", "Stichting Incident Management Nederland"),
                 ("ORG", "SIMN"), ("MAILBOX", "incidentmanagement.mn@rws.nl"), ("REF", "VCNL-MN-2025-031877"),
                 ("FUNC", "Weginspecteur"), ("FUNC", "teamleider weginspecteurs"),
                 ("ORG", "Politie Eenheid Midden-Nederland"), ("DATE", "14 januari 2025"),
                 ("ORG", "Ministerie van Infrastructuur en Waterstaat")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br02():
    """ILT inspectierapport binnenvaart with crew list (foreign names), DejaVu."""
    g = Gold("br02.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Inspectierapport binnenvaart"),
        ("t", [["Kenmerk", "ILT-2025/41177"], ["Schip", "mts ‘Rijnvaart Nova’, ENI 02337415, vlag NL"],
               ["Exploitant", "Nova Tankvaart B.V., Werkendam"], ["Locatie", "Botlek, Rotterdam (ligplaats 4e Petroleumhaven)"],
               ["Datum inspectie", "19 februari 2025, 09:10 – 12:45 uur"],
               ["Inspecteurs", "ing. H.A. Bouwhuis en mr. Sietske Dijkstra-de Vries (ILT, Team Binnenvaart)"]],
         [40 * mm, 120 * mm], False),
        ("h2", "1. Bemanningslijst (conform Binnenvaartpersoneelsregeling)"),
        ("t", [["Functie", "Naam", "Geb.datum", "Nationaliteit", "Dienstboekje / Rijnpatent"],
               ["Schipper", "Jan-Willem Kraaijeveld", "11-05-1972", "NL", "RP 447812"],
               ["Stuurman", "Mateusz Wiśniewski", "27-09-1988", "PL", "DB PL-0931264"],
               ["Matroos", "Rodel Dela Cruz", "02-12-1990", "PH", "DB NL-5527310"],
               ["Matroos", "Ionuț Popescu", "15-06-1995", "RO", "DB RO-2208841"],
               ["Deksman", "Oleksandr Hnatiuk", "30-01-2001", "UA", "DB NL-5590112"]],
         [24 * mm, 46 * mm, 24 * mm, 24 * mm, 42 * mm]),
        ("h2", "2. Bevindingen"),
        ("p", "Rust- en vaartijden: uit het vaartijdenboek blijkt dat stuurman Wiśniewski op 16 en 17 februari "
              "langer heeft gevaren dan de exploitatiewijze A2 toestaat. Schipper Kraaijeveld verklaarde dat "
              "matroos Dela Cruz die week ziek aan boord was (koorts) en dat daardoor het rooster niet rond kwam."),
        ("p", "ADN: de gasdetectieapparatuur was gekalibreerd; het certificaat van de deskundige stoffen "
              "(ADN-expert) van de heer Popescu was verlopen op 3 januari 2025. De exploitant, vertegenwoordigd "
              "door directeur Marjolein van den Heuvel-Okafor, heeft toegezegd binnen 14 dagen een geldig "
              "certificaat te overleggen."),
        ("p", "Overtredingen: artikel 4.02 Binnenvaartpersoneelsregeling (rusttijd) en artikel 8.2.1 ADN. "
              "Er wordt een rapport van bevindingen opgemaakt voor een bestuurlijke boete op grond van de "
              "Binnenvaartwet. Het toezicht vindt plaats in samenwerking met het Havenbedrijf Rotterdam "
              "(Divisie Havenmeester) en de Zeehavenpolitie."),
        ("h2", "3. Ondertekening"),
        ("p", "Inspecteur Binnenvaart, H.A. Bouwhuis &nbsp;&nbsp;&nbsp; Inspecteur Binnenvaart, S. Dijkstra-de Vries"),
        ("small", "Inspectie Leefomgeving en Transport, Postbus 16191, 2500 BD Den Haag. Vragen: 088 489 00 00 "
                  "(algemeen nummer) of binnenvaart@ilent.nl."),
    ]
    build_rl(p, items, font="DejaVu", size=9, logo="Inspectie Leefomgeving en Transport",
             footer="ILT-2025/41177", title="Inspectierapport mts Rijnvaart Nova",
             author="ILT Team Binnenvaart")
    g.r("PERSON", "H.A. Bouwhuis", "Bouwhuis")
    g.r("PERSON", "Sietske Dijkstra-de Vries", "Dijkstra-de Vries", "Sietske")
    g.r("PERSON", "Jan-Willem Kraaijeveld", "Kraaijeveld", "Jan-Willem")
    g.r("DOB", "11-05-1972", "11-05-1972")
    g.r("ID", "RP 447812", "RP 447812")
    g.r("PERSON", "Mateusz Wiśniewski", "Wiśniewski", "Mateusz")
    g.r("DOB", "27-09-1988", "27-09-1988")
    g.r("ID", "PL-0931264", "PL-0931264")
    g.r("PERSON", "Rodel Dela Cruz", "Dela Cruz", "Rodel")
    g.r("DOB", "02-12-1990", "02-12-1990")
    g.r("ID", "NL-5527310", "NL-5527310")
    g.r("HEALTH", "ziek aan boord (koorts)", "koorts")
    g.r("PERSON", "Ionuț Popescu", "Popescu", "Ionuț")
    g.r("DOB", "15-06-1995", "15-06-1995")
    g.r("ID", "RO-2208841", "RO-2208841")
    g.r("PERSON", "Oleksandr Hnatiuk", "Hnatiuk", "Oleksandr")
    g.r("DOB", "30-01-2001", "30-01-2001")
    g.r("ID", "NL-5590112", "NL-5590112")
    g.r("PERSON", "Marjolein van den Heuvel-Okafor", "van den Heuvel-Okafor", "Marjolein")
    for t in [("ORG", "Inspectie Leefomgeving en Transport"), ("REF", "ILT-2025/41177"), ("SHIP", "Rijnvaart Nova"),
                 ("ID", "ENI 02337415"), ("ORG", "Nova Tankvaart B.V."), ("PLACE", "Werkendam"), ("PLACE", "Botlek"),
                 ("LAW", "Binnenvaartpersoneelsregeling"), ("LAW", "Binnenvaartwet"), ("LAW", "ADN"),
                 ("ORG", "Havenbedrijf Rotterdam"), ("ORG", "Zeehavenpolitie"), ("FUNC", "Schipper"),
                 ("FUNC", "Inspecteur Binnenvaart"), ("PHONE_SW", "088 489 00 00"), ("MAILBOX", "binnenvaart@ilent.nl"),
                 ("ADDR_ORG", "Postbus 16191"), ("FUNC", "Matroos"), ("DATE", "19 februari 2025")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br03():
    """Drone complaint e-mail to ILT meldpunt, Times."""
    g = Gold("br03.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("pre", "Van:        Hendrikje Mulder-Baars <h.mulderbaars@ziggo.nl>\n"
                "Verzonden:  zaterdag 8 maart 2025 21:17\n"
                "Aan:        meldpuntluchtvaart@ilent.nl\n"
                "CC:         info@gemeente-ede.nl\n"
                "Onderwerp:  Klacht drone boven onze tuin (Bennekom)"),
        ("sp", 6),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Al drie weekenden vliegt er een drone laag boven onze tuin aan de Prins Bernhardlaan 112 in "
              "Bennekom. Vandaag hing hij minstens tien minuten op een meter of twintig hoogte boven ons terras, "
              "terwijl mijn dochter Liselot daar zat. Ik heb de bestuurder gezien: het is onze achterbuurman, "
              "de heer Ruben Ploeg van de Dr. Wijkstraat 9. Hij staat geregistreerd als exploitant onder "
              "nummer NLDxy7k2q9r4mb8t (dat staat op een sticker op het toestel)."),
        ("p", "Volgens mij mag dit niet onder de Europese droneregels (EASA, categorie Open, A1) en de "
              "Regeling op afstand bestuurde luchtvaartuigen. Ook de gemeente Ede heb ik in kopie gezet. "
              "Ik heb filmpjes en kan ze opsturen. Mijn man (Wouter) heeft de heer Ploeg er al op aangesproken."),
        ("p", "Met vriendelijke groet,<br/>Hendrikje Mulder-Baars<br/>06 - 218 330 47"),
        ("sp", 10),
        ("pre", "-----Oorspronkelijk bericht-----\n"
                "Van:        Meldpunt Luchtvaart ILT <meldpuntluchtvaart@ilent.nl>\n"
                "Verzonden:  maandag 10 maart 2025 10:02\n"
                "Aan:        h.mulderbaars@ziggo.nl\n"
                "Onderwerp:  RE: Klacht drone boven onze tuin (Bennekom) [ILT-MLD-2025-08813]"),
        ("p", "Geachte mevrouw Mulder-Baars,"),
        ("p", "Dank voor uw melding. Wij hebben deze geregistreerd onder nummer ILT-MLD-2025-08813. De ILT houdt "
              "toezicht op de naleving van de Luchtvaartwet en de EU-verordening 2019/947. Privacykwesties "
              "(filmen van uw tuin) vallen onder de Autoriteit Persoonsgegevens; handhaving van overlast onder "
              "de politie. Wij nemen contact op met de exploitant."),
        ("p", "Met vriendelijke groet,<br/>Ton Appeldoorn<br/>medewerker Meldpunt Luchtvaart<br/>"
              "Inspectie Leefomgeving en Transport | Directie Luchtvaart<br/>T 088 489 00 00 (algemeen) | M 06 11 72 90 53"),
    ]
    build_rl(p, items, font="Times-Roman", size=11, page_numbers=False, title="RE: Klacht drone",
             author="Appeldoorn, Ton")
    g.r("PERSON", "Hendrikje Mulder-Baars", "Mulder-Baars", "Hendrikje")
    g.r("EMAIL", "h.mulderbaars@ziggo.nl", "h.mulderbaars@ziggo.nl", "mulderbaars")
    g.r("ADDRESS", "Prins Bernhardlaan 112", "Prins Bernhardlaan 112")
    g.r("PERSON", "Liselot", "Liselot")
    g.r("PERSON", "Ruben Ploeg", "Ruben Ploeg", "Ploeg")
    g.r("ADDRESS", "Dr. Wijkstraat 9", "Dr. Wijkstraat 9")
    g.r("ID", "NLDxy7k2q9r4mb8t", "NLDxy7k2q9r4mb8t")
    g.r("PERSON", "Wouter", "Wouter")
    g.r("PHONE", "06 - 218 330 47", "06 - 218 330 47")
    g.r("PERSON", "Ton Appeldoorn", "Appeldoorn")
    g.r("PHONE", "06 11 72 90 53", "06 11 72 90 53")
    for t in [("MAILBOX", "meldpuntluchtvaart@ilent.nl"), ("MAILBOX", "info@gemeente-ede.nl"), ("PLACE", "Bennekom", 1),
                 ("ORG", "EASA"), ("LAW", "Regeling op afstand bestuurde luchtvaartuigen"), ("PLACE", "Ede"),
                 ("REF", "ILT-MLD-2025-08813"), ("LAW", "Luchtvaartwet"), ("LAW", "EU-verordening 2019/947"),
                 ("ORG", "Autoriteit Persoonsgegevens"), ("ORG", "Meldpunt Luchtvaart"), ("ORG", "Directie Luchtvaart"),
                 ("PHONE_SW", "088 489 00 00"), ("ORG", "Inspectie Leefomgeving en Transport")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br04():
    """ILT besluit chauffeurskaart taxi (VOG refused), Liberation Serif, address block + side column."""
    g = Gold("br04.pdf")
    p = DOCS_DIR / g.doc
    side = [("Inspectie Leefomgeving", True), ("en Transport", True), ("", False), ("Ministerie van Infrastructuur", False),
            ("en Waterstaat", False), ("", False), ("Postbus 16191", False), ("2500 BD Den Haag", False),
            ("www.ilent.nl", False), ("", False), ("Contactpersoon", True), ("mw. N. (Naima) Bouzidi", False),
            ("Team Vergunningverlening", False), ("Personenvervoer", False), ("T 088 489 00 00", False),
            ("naima.bouzidi@ilent.nl", False), ("", False), ("Ons kenmerk", True), ("ILT-PV/2025-2209", False),
            ("Uw kenmerk", True), ("aanvraag 14-02-2025", False)]
    items = [
        ("sp", 28),
        ("p", "Aangetekend<br/>De heer M. (Murat) Yıldırım<br/>Columbusstraat 41-III<br/>1057 VJ Amsterdam"),
        ("sp", 14),
        ("p", "Datum &nbsp;&nbsp; 2 april 2025<br/>Betreft &nbsp;&nbsp; Besluit op uw aanvraag chauffeurskaart (taxi)"),
        ("sp", 8),
        ("p", "Geachte heer Yıldırım,"),
        ("p", "Op 14 februari 2025 ontvingen wij via Kiwa Register uw aanvraag voor een chauffeurskaart als "
              "bedoeld in artikel 76 van het Besluit personenvervoer 2000 (BSN 204837196, geboortedatum "
              "22 oktober 1984). Voor de chauffeurskaart is een Verklaring Omtrent het Gedrag (VOG) van Justis "
              "vereist. Justis heeft u op 20 maart 2025 meegedeeld dat de VOG niet wordt afgegeven, omdat u in "
              "2023 bent veroordeeld voor mishandeling van een passagier (artikel 300 Wetboek van Strafrecht)."),
        ("p", "Besluit: wij wijzen uw aanvraag af op grond van artikel 76, derde lid, van het Besluit "
              "personenvervoer 2000 en de Wet personenvervoer 2000. Uw huidige pas (kaartnummer "
              "NL-CK-00781542) vervalt per 1 mei 2025."),
        ("p", "Bezwaar: binnen zes weken na de dagtekening kunt u bezwaar maken bij de Inspectie Leefomgeving en "
              "Transport, Juridische Zaken, Postbus 16191, 2500 BD Den Haag, of via bezwaar@ilent.nl."),
        ("p", "Hoogachtend,<br/>de Minister van Infrastructuur en Waterstaat,<br/>namens deze,<br/>"
              "het hoofd Team Vergunningverlening Personenvervoer,"),
        ("sp", 18),
        ("p", "drs. P.C. (Pieter-Jan) Ten Brinke"),
    ]
    build_rl(p, items, font="LibSerif", size=10.5, side=side, side_w=52, page_numbers=False,
             logo="Inspectie Leefomgeving en Transport", title="Besluit chauffeurskaart", author="ILT")
    g.r("PERSON", "Naima Bouzidi", "Bouzidi", "Naima")
    g.r("EMAIL", "naima.bouzidi@ilent.nl", "naima.bouzidi@ilent.nl")
    g.r("PERSON", "Murat Yıldırım", "Yıldırım", "Murat")
    g.r("ADDRESS", "Columbusstraat 41-III, 1057 VJ", "Columbusstraat 41-III", "1057 VJ")
    g.r("BSN", "204837196", "204837196")
    g.r("DOB", "22 oktober 1984", "22 oktober 1984")
    g.r("CRIMINAL", "veroordeeld voor mishandeling", "mishandeling van een passagier")
    g.r("ID", "NL-CK-00781542", "NL-CK-00781542")
    g.r("PERSON", "P.C. (Pieter-Jan) Ten Brinke", "Ten Brinke", "Pieter-Jan")
    for t in [("ORG", "Kiwa Register"), ("LAW", "Besluit personenvervoer 2000"), ("ORG", "Justis"),
                 ("LAW", "Wet personenvervoer 2000"), ("LAW", "Wetboek van Strafrecht"), ("MAILBOX", "bezwaar@ilent.nl"),
                 ("REF", "ILT-PV/2025-2209"), ("ORG", "Team Vergunningverlening"), ("FUNC", "Minister van Infrastructuur en Waterstaat"),
                 ("ADDR_ORG", "Postbus 16191"), ("WEB", "www.ilent.nl"), ("TERM", "Verklaring Omtrent het Gedrag"),
                 ("PHONE_SW", "088 489 00 00"), ("DATE", "2 april 2025")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br05():
    """ProRail werkplekbeveiliging / track access permit with personnel table, Carlito, landscape."""
    g = Gold("br05.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Werkplekbeveiligingsplan (WPB) – buitendienststelling Amersfoort – Barneveld Noord"),
        ("p", "ProRail Regio Noord-Oost &nbsp;|&nbsp; WBI-nummer 2025-NO-11842 &nbsp;|&nbsp; Versie 2.1 &nbsp;|&nbsp; "
              "Werkzaamheden: vervangen wissels 231A/B, emplacement Amersfoort Centraal, spoor 4-7 &nbsp;|&nbsp; "
              "Aannemer: VolkerRail Nederland B.V. &nbsp;|&nbsp; Regeling: Regeling Veilig Werken en de Spoorwegwet"),
        ("t", [["Rol", "Naam", "Bedrijf", "VCA / RPS-pasnr.", "Mobiel", "Dienst"],
               ["Leider Werkplekbeveiliging (LWB)", "Johan Koelewijn", "VolkerRail", "RPS 0083317", "06-38120045", "za 22:00 – zo 10:00"],
               ["LWB (aflossing)", "Zeynep Aydoğan", "VolkerRail", "RPS 0091276", "06-52270931", "zo 10:00 – 22:00"],
               ["Leider Lokale Veiligheid (LLV)", "Bart-Jan van 't Hul", "ProRail", "RPS 0047718", "06-15503882", "gehele buitendienststelling"],
               ["Veiligheidsman", "Kees Groot", "Spoorbeveiliging Inzet B.V.", "RPS 0102254", "06-44917263", "za 22:00 – zo 10:00"],
               ["Treindienstleider (post Amersfoort)", "via TRDL Amersfoort", "ProRail", "-", "030 235 45 55 (post)", "-"],
               ["Projectleider ProRail", "ir. Geertruida (Truus) Ravensbergen", "ProRail", "-", "06-21178094", "-"]],
         [52 * mm, 52 * mm, 42 * mm, 30 * mm, 32 * mm, 50 * mm]),
        ("sp", 6),
        ("p", "Buitendienststelling: zaterdag 15 maart 2025 22:00 uur tot maandag 17 maart 2025 05:00 uur. De NS zet "
              "bussen in tussen Amersfoort Centraal en Barneveld Noord. Afstemming met Arriva en Connexxion via "
              "het Operationeel Controlecentrum Rail (OCCR) in Utrecht."),
        ("p", "Toegang tot het spoor alleen met geldige Railpas en na instructie door de LWB (Koelewijn of Aydoğan). "
              "Bij calamiteiten: 112 en daarna de Meldkamer Spoor. Opgesteld: ProRail, afdeling Capaciteitsmanagement, "
              "paraaf GR/JK."),
    ]
    build_rl(p, items, font="Carlito", size=10, pagesize=landscape(A4), margins=(15, 15, 15, 18),
             logo="ProRail", footer="WBI 2025-NO-11842  v2.1", title="WPB Amersfoort", author="ProRail Capaciteitsmanagement")
    g.r("PERSON", "Johan Koelewijn", "Koelewijn", "Johan")
    g.r("ID", "RPS 0083317", "RPS 0083317")
    g.r("PHONE", "06-38120045", "06-38120045")
    g.r("PERSON", "Zeynep Aydoğan", "Aydoğan", "Zeynep")
    g.r("ID", "RPS 0091276", "RPS 0091276")
    g.r("PHONE", "06-52270931", "06-52270931")
    g.r("PERSON", "Bart-Jan van 't Hul", "van 't Hul", "Bart-Jan")
    g.r("ID", "RPS 0047718", "RPS 0047718")
    g.r("PHONE", "06-15503882", "06-15503882")
    g.r("PERSON", "Kees Groot", "Kees Groot")
    g.r("ID", "RPS 0102254", "RPS 0102254")
    g.r("PHONE", "06-44917263", "06-44917263")
    g.r("PERSON", "Geertruida (Truus) Ravensbergen", "Ravensbergen", "Geertruida", "Truus")
    g.r("PHONE", "06-21178094", "06-21178094")
    g.r("PARAPH", "GR/JK", "GR/JK")
    for t in [("ORG", "ProRail"), ("ORG", "VolkerRail Nederland B.V."), ("PLACE", "Amersfoort Centraal"),
                 ("PLACE", "Barneveld Noord"), ("LAW", "Spoorwegwet"), ("LAW", "Regeling Veilig Werken"), ("ORG", "NS"),
                 ("ORG", "Arriva"), ("ORG", "Connexxion"), ("ORG", "OCCR"), ("ORG", "Spoorbeveiliging Inzet B.V."),
                 ("REF", "2025-NO-11842"), ("FUNC", "Leider Werkplekbeveiliging"), ("FUNC", "Veiligheidsman"),
                 ("PHONE_SW", "030 235 45 55"), ("ORG", "Meldkamer Spoor"), ("ORG", "Capaciteitsmanagement")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br06():
    """Omgevingsdienst last onder dwangsom to eenmanszaak owner - docx via LibreOffice."""
    from docx import Document
    from docx.shared import Pt
    g = Gold("br06.pdf")
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Omgevingsdienst Regio Utrecht  |  Archimedeslaan 6, 3584 BA Utrecht  |  www.odru.nl"
    sec.footer.paragraphs[0].text = "Zaaknummer Z-2025-004419  –  Last onder dwangsom Autodemontage De Vaart"
    d.add_paragraph("Aangetekend en per e-mail (vaart.demontage@gmail.com)")
    d.add_paragraph("Autodemontage De Vaart\nt.a.v. de heer A.H.M. (Toon) Verschuren\nVaartweg 88\n3421 TR Oudewater")
    d.add_paragraph("Utrecht, 12 mei 2025\nOnderwerp: last onder dwangsom, Vaartweg 88 te Oudewater")
    d.add_paragraph("Geachte heer Verschuren,")
    d.add_paragraph(
        "Op 3 april 2025 hebben toezichthouders van de Omgevingsdienst Regio Utrecht (ODRU), namens het college "
        "van burgemeester en wethouders van Oudewater, uw inrichting aan de Vaartweg 88 gecontroleerd. U drijft "
        "daar als eigenaar van de eenmanszaak Autodemontage De Vaart (KvK 30187745) een autodemontagebedrijf.")
    d.add_paragraph(
        "Wij constateerden dat circa 40 autowrakken buiten de vloeistofdichte vloer waren opgeslagen en dat "
        "afgewerkte olie in de bodem was gelekt. Dit is in strijd met artikel 4.1 van de Omgevingswet en "
        "afdeling 3.5 van het Besluit activiteiten leefomgeving (Bal).")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Overtreding", "Begunstigingstermijn", "Dwangsom"]):
        c.text = h
    for row in [["Opslag wrakken buiten vloeistofdichte vloer", "4 weken", "€ 2.500 per week, max. € 25.000"],
                ["Geen registratie afvalstoffen (LMA)", "2 weken", "€ 1.000 per week, max. € 10.000"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph(
        "Tijdens de controle was ook uw zoon, Thijs Verschuren, aanwezig. Hij verklaarde dat de olie afkomstig "
        "was van een lekkende opvangbak. De heer Verschuren sr. gaf aan dat hij vanwege zijn hartoperatie in "
        "maart het bedrijf tijdelijk niet zelf kon leiden; wij hebben daar bij de termijnen rekening mee gehouden.")
    d.add_paragraph(
        "Zienswijze: u heeft op 28 april 2025 telefonisch uw zienswijze gegeven aan de behandelend jurist. Wij "
        "zien daarin geen aanleiding af te zien van de last. Wethouder Kees Eijkelenboom (Milieu) is over dit "
        "besluit geïnformeerd.")
    d.add_paragraph(
        "Bezwaar kunt u maken bij het college van burgemeester en wethouders van Oudewater, Postbus 100, "
        "3420 DC Oudewater.")
    d.add_paragraph("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Oudewater,\n\n"
                    "Lotte Brouwer-Akkermans\nteamleider Handhaving ODRU")
    d.add_paragraph("Behandeld door: mr. Youssef Amrani, jurist handhaving, T 06 1930 4518, "
                    "youssef.amrani@odru.nl. Algemeen: 030 702 30 00, info@odru.nl.")
    src = TMP / "br06.docx"
    d.core_properties.author = "Youssef Amrani"
    d.core_properties.title = "Last onder dwangsom Vaartweg 88"
    d.save(src)
    g.r("EMAIL", "vaart.demontage@gmail.com", "vaart.demontage@gmail.com")
    g.r("PERSON", "A.H.M. (Toon) Verschuren", "Verschuren", "Toon", "A.H.M.")
    g.r("ADDRESS", "Vaartweg 88, 3421 TR", "Vaartweg 88", "3421 TR")
    g.r("ID", "KvK 30187745 (eenmanszaak)", "30187745")
    g.r("PERSON", "Thijs Verschuren", "Thijs")
    g.r("HEALTH", "hartoperatie", "hartoperatie")
    g.r("PERSON", "Lotte Brouwer-Akkermans", "Brouwer-Akkermans", "Lotte")
    g.r("PERSON", "Youssef Amrani", "Amrani", "Youssef")
    g.r("PHONE", "06 1930 4518", "06 1930 4518")
    g.r("EMAIL", "youssef.amrani@odru.nl", "youssef.amrani@odru.nl")
    for t in [("ORG", "Omgevingsdienst Regio Utrecht"), ("ORG", "ODRU"), ("PLACE", "Oudewater", 2),
                 ("LAW", "Omgevingswet"), ("LAW", "Besluit activiteiten leefomgeving"), ("LAW", "Bal"),
                 ("OFFICE", "Kees Eijkelenboom"), ("REF", "Z-2025-004419"), ("MAILBOX", "info@odru.nl"),
                 ("PHONE_SW", "030 702 30 00"), ("ADDR_ORG", "Archimedeslaan 6"), ("ORG", "Autodemontage De Vaart"),
                 ("FUNC", "teamleider Handhaving"), ("ADDR_ORG", "Postbus 100"), ("DATE", "12 mei 2025")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, ("docx", src)


def br07():
    """ANPR / camera footage request (AVG inzage) and RWS reply, DejaVuSerif, 2 pages."""
    g = Gold("br07.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("right", "Aan: Rijkswaterstaat, Privacyloket<br/>privacy@rws.nl"),
        ("p", "<b>Verzoek om inzage en afschrift camerabeelden (art. 15 AVG) en Woo-verzoek</b>"),
        ("p", "Nieuwegein, 21 januari 2025"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Op vrijdag 17 januari 2025 tussen 16:40 en 17:05 uur reed ik met mijn auto (kenteken "
              "R-829-JX) over de A2 richting Amsterdam ter hoogte van Vinkeveen. Ik heb een boete gekregen "
              "voor het rijden onder een rood kruis. Ik verzoek u mij de beelden te sturen van de "
              "verkeerscamera's en de ANPR-camera's op dat traject, voor zover ik of mijn auto daarop "
              "staan, en de logging van de matrixborden (MSI) op dat moment."),
        ("p", "Daarnaast vraag ik op grond van de Wet open overheid (Woo) om het protocol over het bewaren "
              "van camerabeelden bij Rijkswaterstaat."),
        ("p", "Mijn gegevens: Sven-Erik Lindqvist, Dukatenburg 63, 3437 AE Nieuwegein, "
              "geboren 9 juli 1979, e-mail svenerik.lindqvist@outlook.com, tel. 06-47710283. Een kopie van "
              "mijn rijbewijs (nummer 5392817746) stuur ik mee."),
        ("p", "Met vriendelijke groet,<br/>S.E. Lindqvist"),
        ("pb",),
        ("p", "<b>Rijkswaterstaat</b> – Ministerie van Infrastructuur en Waterstaat"),
        ("p", "Aan de heer S.E. Lindqvist<br/>Dukatenburg 63<br/>3437 AE Nieuwegein"),
        ("p", "Datum: 11 februari 2025 &nbsp;&nbsp; Kenmerk: RWS-2025/4712 (AVG) en RWS-WOO-2025/0193"),
        ("p", "Geachte heer Lindqvist,"),
        ("p", "Rijkswaterstaat gebruikt de camera's langs de A2 voor verkeersmanagement door de "
              "Verkeerscentrale Noord-West Nederland. Deze camera's registreren geen kentekens en beelden "
              "worden niet opgeslagen, behalve bij incidenten (maximaal 28 dagen). ANPR-camera's worden niet "
              "door Rijkswaterstaat beheerd maar door de politie (artikel 126jj Wetboek van Strafvordering) "
              "en het CJIB int de boetes. Wij hebben daarom geen beelden van uw auto."),
        ("p", "Het gevraagde protocol 'Cameratoezicht Rijkswaterstaat' maken wij openbaar via open.overheid.nl. "
              "Uw Woo-verzoek is daarmee afgehandeld."),
        ("p", "Met vriendelijke groet,<br/>namens de Directeur-Generaal Rijkswaterstaat,<br/><br/>"
              "Chantal Oudshoorn<br/>Functionaris Gegevensbescherming (plv.), Rijkswaterstaat"),
        ("small", "Contact: Privacyloket, privacy@rws.nl, 0800 8002 (gratis). Behandelaar: W. (Wim) Schoemaker, "
                  "w.schoemaker@rws.nl"),
    ]
    build_rl(p, items, font="DejaVuSerif", size=10, title="AVG-inzage camerabeelden A2", author="RWS Privacyloket")
    g.r("LICENCE_PLATE", "R-829-JX", "R-829-JX")
    g.r("PERSON", "Sven-Erik Lindqvist", "Lindqvist", "Sven-Erik", "S.E. Lindqvist")
    g.r("ADDRESS", "Dukatenburg 63, 3437 AE", "Dukatenburg 63", "3437 AE")
    g.r("DOB", "9 juli 1979", "9 juli 1979")
    g.r("EMAIL", "svenerik.lindqvist@outlook.com", "svenerik.lindqvist@outlook.com")
    g.r("PHONE", "06-47710283", "06-47710283")
    g.r("ID", "5392817746", "5392817746")
    g.r("PERSON", "Chantal Oudshoorn", "Oudshoorn", "Chantal")
    g.r("PERSON", "W. (Wim) Schoemaker", "Schoemaker", "Wim")
    g.r("EMAIL", "w.schoemaker@rws.nl", "w.schoemaker@rws.nl")
    for t in [("MAILBOX", "privacy@rws.nl"), ("ORG", "Rijkswaterstaat"), ("ROAD", "A2"), ("PLACE", "Vinkeveen"),
                 ("LAW", "AVG"), ("LAW", "Wet open overheid"), ("TERM", "ANPR"), ("ORG", "Verkeerscentrale Noord-West Nederland"),
                 ("LAW", "Wetboek van Strafvordering"), ("ORG", "CJIB"), ("WEB", "open.overheid.nl"),
                 ("REF", "RWS-2025/4712"), ("REF", "RWS-WOO-2025/0193"), ("PHONE_SW", "0800 8002"),
                 ("FUNC", "Directeur-Generaal Rijkswaterstaat"), ("FUNC", "Functionaris Gegevensbescherming"),
                 ("PLACE", "Amsterdam")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def _photo(path, seed, w=640, h=420):
    from PIL import Image, ImageDraw
    import random as _r
    r = _r.Random(seed)
    im = Image.new("RGB", (w, h), (150 + r.randint(0, 40), 160, 140))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, int(h * 0.55), w, h], fill=(110, 100, 90))
    for _ in range(14):
        x, y = r.randint(0, w - 90), r.randint(int(h * 0.3), int(h * 0.8))
        c = (r.randint(40, 200), r.randint(40, 200), r.randint(40, 200))
        dr.rectangle([x, y, x + r.randint(40, 120), y + r.randint(25, 60)], fill=c, outline=(20, 20, 20))
    im.save(path, "JPEG", quality=70)


def br08():
    """Omgevingsdienst inspection report with photos and captions, LibSans, 2 pages."""
    g = Gold("br08.pdf")
    p = DOCS_DIR / g.doc
    ph = [TMP / f"br08_{i}.jpg" for i in range(3)]
    for i, f in enumerate(ph):
        _photo(f, 80 + i)
    items = [
        ("h", "Controlerapport Omgevingsdienst Haaglanden"),
        ("t", [["Zaak", "OZ-2025-17302 (toezicht bodem en afval)"],
               ["Locatie", "Grondbank Westland, Maasdijk 201, 2676 BC Maasdijk (bedrijfsterrein)"],
               ["Bevoegd gezag", "college van burgemeester en wethouders van Westland"],
               ["Toezichthouders", "Erik-Jan Vermeulen (ODH), Sabine Oei (ODH)"],
               ["Aanwezig namens bedrijf", "Dirk Zuidgeest (bedrijfsleider), mw. Joke Zuidgeest-van Leeuwen (eigenaar)"],
               ["Datum", "6 maart 2025"]], [45 * mm, 120 * mm], False),
        ("h2", "Bevindingen"),
        ("p", "Op het terrein lagen drie partijen grond zonder herkomstbewijs. Volgens de bedrijfsleider is de grond "
              "afkomstig van werkzaamheden van Dura Vermeer aan de N223. Het Besluit bodemkwaliteit vereist een "
              "partijkeuring; die ontbrak. Foto's zijn genomen door Vermeulen."),
        ("img", ph[0], 120 * mm, 78 * mm),
        ("small", "Foto 1 – partij grond B (ca. 600 m³) aan de westzijde; op de achtergrond dhr. Zuidgeest bij de shovel."),
        ("pb",),
        ("img", ph[1], 120 * mm, 78 * mm),
        ("small", "Foto 2 – opslag bouw- en sloopafval. Mevrouw Oei meet de hoogte van de stort."),
        ("img", ph[2], 120 * mm, 78 * mm),
        ("small", "Foto 3 – container met asbestverdacht materiaal (afgedekt na aanwijzing)."),
        ("h2", "Vervolg"),
        ("p", "Voornemen last onder bestuursdwang; afschrift aan de Inspectie Leefomgeving en Transport (ILT) en "
              "het Hoogheemraadschap van Delfland. Vragen: info@odh.nl of 088 833 30 00."),
        ("small", "Rapporteur: E.J. Vermeulen, toezichthouder bodem, e.vermeulen@odh.nl, 06-83301926"),
    ]
    build_rl(p, items, font="LibSans", size=10, logo="Omgevingsdienst Haaglanden", footer="OZ-2025-17302",
             title="Controlerapport OZ-2025-17302", author="Vermeulen, Erik-Jan")
    set_meta(p, xmp_creator="Erik-Jan Vermeulen")
    g.r("PERSON", "Erik-Jan Vermeulen", "Vermeulen", "Erik-Jan", "E.J. Vermeulen")
    g.r("PERSON", "Sabine Oei", "Oei", "Sabine")
    g.r("PERSON", "Dirk Zuidgeest", "Dirk Zuidgeest", "Zuidgeest")
    g.r("PERSON", "Joke Zuidgeest-van Leeuwen", "Zuidgeest-van Leeuwen", "Joke")
    g.r("EMAIL", "e.vermeulen@odh.nl", "e.vermeulen@odh.nl")
    g.r("PHONE", "06-83301926", "06-83301926")
    for t in [("ORG", "Omgevingsdienst Haaglanden"), ("REF", "OZ-2025-17302"), ("ORG", "Grondbank Westland"),
                 ("PLACE", "Westland"), ("ORG", "Dura Vermeer"), ("ROAD", "N223"), ("LAW", "Besluit bodemkwaliteit"),
                 ("ORG", "Inspectie Leefomgeving en Transport"), ("ORG", "ILT"), ("ORG", "Hoogheemraadschap van Delfland"),
                 ("MAILBOX", "info@odh.nl"), ("PHONE_SW", "088 833 30 00"), ("ORG", "ODH"), ("FUNC", "bedrijfsleider"),
                 ("FUNC", "toezichthouder bodem"), ("DATE", "6 maart 2025")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br09():
    """Noise complaint by residents (railway/motorway), with signature list, Times, 2 pages."""
    g = Gold("br09.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("p", "Bewonersgroep Geluid A28 – Zwolle-Zuid<br/>p/a Karel Doormanlaan 15<br/>8023 AB Zwolle"),
        ("sp", 10),
        ("p", "Aan de Minister van Infrastructuur en Waterstaat<br/>t.a.v. Rijkswaterstaat Oost-Nederland<br/>"
              "Postbus 2232<br/>3500 GE Utrecht"),
        ("p", "Zwolle, 24 februari 2025<br/>Betreft: geluidsoverlast A28 en spoorlijn Zwolle – Meppel"),
        ("p", "Geachte minister Madlener,"),
        ("p", "Wij, bewoners van de wijk Assendorp en de Wipstrik, ondervinden sinds de verbreding van de A28 en de "
              "ingebruikname van de Hanzelijn ernstige geluidshinder. De geluidsproductieplafonds uit de "
              "Wet milieubeheer (thans de Omgevingswet) worden volgens ons overschreden. Metingen van "
              "Rijkswaterstaat uit 2023 zijn nooit met ons gedeeld. Wethouder Monique Schuttenbeld heeft ons "
              "verwezen naar u; gedeputeerde Harold Zoet (provincie Overijssel) eveneens."),
        ("p", "Enkele bewoners hebben gezondheidsklachten: mevrouw Van Dalfsen slaapt slecht en gebruikt sinds "
              "vorig jaar slaapmedicatie; het zoontje van de familie Nieuwboer heeft een gehoorbeschadiging "
              "(tinnitus). Wij verzoeken u om stil asfalt (ZOAB) en een hoger geluidsscherm langs de "
              "Thorbeckegracht en de IJsselallee."),
        ("p", "Contactpersoon: Gerrit Jan Nieuwboer, 06-33807512, gj.nieuwboer@kpnmail.nl."),
        ("pb",),
        ("h2", "Ondertekenaars"),
        ("t", [["Naam", "Adres", "Handtekening"],
               ["G.J. Nieuwboer", "Karel Doormanlaan 15", "(getekend)"],
               ["W.M. van Dalfsen-Kamphuis", "Karel Doormanlaan 21", "(getekend)"],
               ["Hasan Doğru", "Schuttevaerkade 4", "(getekend)"],
               ["Annemieke en Pieter Stroeve", "Van Nahuysplein 8-2", "(getekend)"],
               ["FAM. TER HORST", "Dobbe 37", "(getekend)"],
               ["R. Zwolle", "Assendorperstraat 140", "(getekend)"]],
         [60 * mm, 60 * mm, 40 * mm]),
        ("sp", 8),
        ("p", "Kopie: gemeente Zwolle (info@zwolle.nl), Tweede Kamerlid Grinwis (ChristenUnie), ProRail."),
    ]
    build_rl(p, items, font="LibSerif", size=11, title="Geluidsoverlast A28", author="Nieuwboer")
    g.r("ADDRESS", "Karel Doormanlaan 15", "Karel Doormanlaan 15", "8023 AB")
    g.r("PERSON", "Van Dalfsen", "Van Dalfsen", "van Dalfsen-Kamphuis")
    g.r("HEALTH", "slaapmedicatie", "slaapmedicatie")
    g.r("PERSON", "familie Nieuwboer", "Nieuwboer")
    g.r("HEALTH", "gehoorbeschadiging (tinnitus)", "gehoorbeschadiging", "tinnitus")
    g.r("PERSON", "Gerrit Jan Nieuwboer", "Gerrit Jan", "G.J. Nieuwboer")
    g.r("PHONE", "06-33807512", "06-33807512")
    g.r("EMAIL", "gj.nieuwboer@kpnmail.nl", "gj.nieuwboer@kpnmail.nl")
    g.r("ADDRESS", "Karel Doormanlaan 21", "Karel Doormanlaan 21")
    g.r("PERSON", "Hasan Doğru", "Hasan Doğru", "Doğru")
    g.r("ADDRESS", "Schuttevaerkade 4", "Schuttevaerkade 4")
    g.r("PERSON", "Annemieke en Pieter Stroeve", "Stroeve", "Annemieke")
    g.r("ADDRESS", "Van Nahuysplein 8-2", "Van Nahuysplein 8-2")
    g.r("PERSON", "FAM. TER HORST", "TER HORST")
    g.r("ADDRESS", "Dobbe 37", "Dobbe 37")
    g.r("PERSON", "R. Zwolle", "R. Zwolle")
    g.r("ADDRESS", "Assendorperstraat 140", "Assendorperstraat 140")
    for t in [("ORG", "Rijkswaterstaat Oost-Nederland"), ("OFFICE", "Madlener"), ("ROAD", "A28"),
                 ("PLACE", "Zwolle", 2), ("PLACE", "Meppel"), ("PLACE", "Assendorp"), ("PLACE", "Wipstrik"),
                 ("PROG", "Hanzelijn"), ("LAW", "Wet milieubeheer"), ("LAW", "Omgevingswet"),
                 ("OFFICE", "Monique Schuttenbeld"), ("OFFICE", "Harold Zoet"), ("ORG", "provincie Overijssel"),
                 ("TERM", "ZOAB"), ("STREET", "Thorbeckegracht"), ("STREET", "IJsselallee"),
                 ("OFFICE", "Grinwis"), ("ORG", "ChristenUnie"), ("ORG", "ProRail"), ("MAILBOX", "info@zwolle.nl"),
                 ("ADDR_ORG", "Postbus 2232"), ("ORG", "Bewonersgroep Geluid A28")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


def br10():
    """Provincial road project contact list with landowners (N322 Van Heemstraweg), landscape Times small."""
    g = Gold("br10.pdf")
    p = DOCS_DIR / g.doc
    rows = [["Nr.", "Perceel (kad.)", "Eigenaar / gebruiker", "Adres", "Telefoon", "E-mail", "Status / afspraak"],
            ["1", "Beneden-Leeuwen D 1183", "Mts. Van Kessel-Hermsen (melkveehouderij)", "Van Heemstraweg 41, 6658 KE Beneden-Leeuwen",
             "0487-594218", "vankessel.melkvee@hetnet.nl", "keukentafelgesprek 12-3; akkoord strook 4 m"],
            ["2", "Beneden-Leeuwen D 1190", "H.F.J. (Henk) Gerritsen", "Molenstraat 3, 6658 AX Beneden-Leeuwen",
             "06-28830157", "-", "bezwaar tegen kap bomenrij; volgt taxatie"],
            ["3", "Druten E 774", "Fruitbedrijf De Appelgaard V.O.F. (dhr. Luuk Wezendonk)", "Van Heemstraweg 2, 6651 KH Druten",
             "06-51174826", "luuk@appelgaard-druten.nl", "wil grondruil; contact via rentmeester"],
            ["4", "Druten E 781", "Staatsbosbeheer", "-", "030 692 61 11", "info@staatsbosbeheer.nl", "geen bezwaar"],
            ["5", "Puiflijk A 522", "mw. Ans Thijssen-Bolck", "Hoogstraat 16, 6655 AM Puiflijk",
             "06-30011842", "ans.thijssen@ziggo.nl", "weduwe; zoon Rob Thijssen is aanspreekpunt (06-48810077)"],
            ["6", "Puiflijk A 530", "Waterschap Rivierenland", "-", "0344 64 90 90", "-", "leggerwijziging watergang"]]
    items = [
        ("h", "Project N322 Van Heemstraweg – reconstructie Beneden-Leeuwen – Druten: contactlijst grondeigenaren"),
        ("p", "Provincie Gelderland, programma Gelderse Wegen &nbsp;|&nbsp; projectnummer PG-N322-0417 &nbsp;|&nbsp; "
              "Verwerving en omgevingsmanagement &nbsp;|&nbsp; stand 7 april 2025 &nbsp;|&nbsp; VERTROUWELIJK – niet extern verspreiden"),
        ("t", rows, [10 * mm, 32 * mm, 52 * mm, 58 * mm, 24 * mm, 44 * mm, 50 * mm]),
        ("sp", 8),
        ("p", "Projectteam: omgevingsmanager Femke Rozendaal-Yilmaz (06-10937724), grondverwerver Arjan Bosch "
              "(Bureau Overijssel Rentmeesters), projectleider ing. Wilco de Bont. Bestuurlijk opdrachtgever: "
              "gedeputeerde Witjes. Bewonersavond 15 april 2025 in Dorpshuis De Leeuw, Beneden-Leeuwen."),
    ]
    build_rl(p, items, font="Times-Roman", size=9, pagesize=landscape(A4), margins=(12, 14, 12, 14),
             logo="Provincie Gelderland", footer="PG-N322-0417 contactlijst", title="Contactlijst N322",
             author="Rozendaal, F.")
    g.r("PERSON", "Mts. Van Kessel-Hermsen", "Van Kessel-Hermsen")
    g.r("ADDRESS", "Van Heemstraweg 41, 6658 KE", "Van Heemstraweg 41", "6658 KE")
    g.r("PHONE", "0487-594218", "0487-594218")
    g.r("EMAIL", "vankessel.melkvee@hetnet.nl", "vankessel.melkvee@hetnet.nl")
    g.r("PERSON", "H.F.J. (Henk) Gerritsen", "Gerritsen", "Henk")
    g.r("ADDRESS", "Molenstraat 3, 6658 AX", "Molenstraat 3", "6658 AX")
    g.r("PHONE", "06-28830157", "06-28830157")
    g.r("PERSON", "Luuk Wezendonk", "Wezendonk", "Luuk")
    g.r("ADDRESS", "Van Heemstraweg 2, 6651 KH", "Van Heemstraweg 2", "6651 KH")
    g.r("PHONE", "06-51174826", "06-51174826")
    g.r("EMAIL", "luuk@appelgaard-druten.nl", "luuk@appelgaard-druten.nl")
    g.r("PERSON", "Ans Thijssen-Bolck", "Thijssen-Bolck", "Ans")
    g.r("ADDRESS", "Hoogstraat 16, 6655 AM", "Hoogstraat 16", "6655 AM")
    g.r("PHONE", "06-30011842", "06-30011842")
    g.r("EMAIL", "ans.thijssen@ziggo.nl", "ans.thijssen@ziggo.nl")
    g.r("PERSON", "Rob Thijssen", "Rob Thijssen")
    g.r("PHONE", "06-48810077", "06-48810077")
    g.r("PERSON", "Femke Rozendaal-Yilmaz", "Rozendaal-Yilmaz", "Femke")
    g.r("PHONE", "06-10937724", "06-10937724")
    g.r("PERSON", "Arjan Bosch", "Arjan Bosch")
    g.r("PERSON", "Wilco de Bont", "de Bont", "Wilco")
    for t in [("ORG", "Provincie Gelderland"), ("ROAD", "N322"), ("STREET", "Van Heemstraweg", 2), ("PLACE", "Druten", 1),
                 ("PLACE", "Beneden-Leeuwen", 2), ("PLACE", "Puiflijk", 1), ("ORG", "Staatsbosbeheer"),
                 ("MAILBOX", "info@staatsbosbeheer.nl"), ("PHONE_SW", "030 692 61 11"), ("ORG", "Waterschap Rivierenland"),
                 ("PHONE_SW", "0344 64 90 90"), ("PROG", "Gelderse Wegen"), ("REF", "PG-N322-0417"),
                 ("OFFICE", "Witjes"), ("ORG", "Fruitbedrijf De Appelgaard V.O.F."), ("ORG", "Bureau Overijssel Rentmeesters"),
                 ("FUNC", "omgevingsmanager"), ("FUNC", "grondverwerver"), ("ORG", "Dorpshuis De Leeuw")]:
        g.k(t[0], t[1], minus=t[2] if len(t) > 2 else 0)
    return g, p


DOCS = [br01, br02, br03, br04, br05, br06, br07, br08, br09, br10]
