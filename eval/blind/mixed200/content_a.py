"""Documents w200_01 - w200_16. All persons are invented."""
HB = "Gemeente Leiden | Havens en Vaarwegen | Havenkantoor | Stadhuisplein 1 | 2311 EJ Leiden | 14 071"
DOCS = []

DOCS.append(dict(
    stem="w200_01_woo_verzoek", producer="Microsoft: Print To PDF", creator="Microsoft Word",
    lines=[
        "Aan het college van burgemeester en wethouders van Leiden",
        "Per e-mail: woo@leiden.nl", "", "Utrecht, 2 september 2026", "",
        "Onderwerp: verzoek op grond van de Wet open overheid - handhaving woonboten Oude Rijn en Zijlsingel", "",
        "Geacht college,", "",
        "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten "
        "over de handhaving door de havenmeester op woonboten in de Leidse grachten in de periode 1 januari 2025 tot "
        "en met 31 augustus 2026, in het bijzonder: ligplaatsvergunningen, inspectierapporten van de rompconditie, "
        "brieven aan eigenaren, het register van ligplaatsen, de interne correspondentie met Juridische Zaken, de last "
        "onder dwangsom voor de woonark 'Johanna Cornelia' en de stukken van de bezwaarprocedure.",
        "Ik ben freelance journalist en schrijf voor Leidsch Dagblad en het platform Follow the Money over het "
        "woonbotenbeleid van gemeenten na de uitspraak van de Hoge Raad over woonboten (de Wetterskip-uitspraak).", "",
        "Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op 06 41 27 93 58.", "",
        "Met vriendelijke groet,", "", "Jorien Ter Steege-Alkema", "Biltstraat 211-bis", "3572 BE Utrecht",
        "jorien.tersteege@protonmail.com",
    ],
    R=[("PERSON", "Jorien Ter Steege-Alkema", "Ter Steege-Alkema"), ("ADDRESS", "Biltstraat 211-bis", "3572 BE Utrecht"),
       ("PHONE", "06 41 27 93 58"), ("EMAIL", "jorien.tersteege@protonmail.com")],
    K=[("ORG", "Wet open overheid"), ("MAIL", "woo@leiden.nl"), ("ORG", "Leidsch Dagblad"), ("ORG", "Follow the Money"),
       ("SHIP", "Johanna Cornelia"), ("ORG", "Hoge Raad"), ("PLACE", "Oude Rijn"), ("PLACE", "Zijlsingel"),
       ("LAW", "artikel 4.1"), ("ORG", "Juridische Zaken"), ("TERM", "ligplaatsvergunningen"), ("PLACE", "Utrecht"),
       ("ORG", "Wetterskip")],
))

DOCS.append(dict(
    stem="w200_02_ontvangstbevestiging", producer="Aspose.Words for .NET 23.4", creator="Zaaksysteem Leiden",
    font="dv",
    lines=[
        HB, "", "Mevrouw J. Ter Steege-Alkema", "Biltstraat 211-bis", "3572 BE Utrecht", "",
        "Datum: 4 september 2026", "Ons kenmerk: WOO-2026-0417", "Behandeld door: I.M. van der Zee",
        "Telefoon: 071 - 516 5228", "E-mail: i.vanderzee@leiden.nl", "",
        "Onderwerp: ontvangstbevestiging Woo-verzoek", "",
        "Geachte mevrouw Ter Steege-Alkema,", "",
        "Op 2 september 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over "
        "de handhaving op woonboten door de havenmeester. Wij beslissen binnen vier weken na ontvangst; deze termijn "
        "kan met twee weken worden verdaagd (artikel 4.4 Woo). Als in de documenten gegevens van derden staan, "
        "vragen wij hun eerst om een zienswijze.", "",
        "Heeft u vragen? Neemt u dan contact op via woo@leiden.nl of het algemene nummer 14 071 en vermeld het "
        "kenmerk WOO-2026-0417.", "",
        "Met vriendelijke groet,", "namens het college van burgemeester en wethouders,", "",
        "Ingrid van der Zee", "Woo-coördinator, Concernstaf Informatiebeheer", "",
        "Kopie: dossier WOO-2026-0417; R. Brinkhorst (havenmeester)",
    ],
    R=[("PERSON", "J. Ter Steege-Alkema", "Ter Steege-Alkema"),
       ("ADDRESS", "Biltstraat 211-bis", "3572 BE Utrecht"),
       ("PERSON", "Ingrid van der Zee", "I.M. van der Zee", "Ingrid van der Zee"), ("PHONE", "071 - 516 5228"),
       ("EMAIL", "i.vanderzee@leiden.nl"), ("PERSON", "R. Brinkhorst")],
    K=[("CASE", "WOO-2026-0417"), ("MAIL", "woo@leiden.nl"), ("PHONE", "14 071"), ("ADDRESS", "Stadhuisplein 1"),
       ("ORG", "Havens en Vaarwegen"), ("ORG", "Havenkantoor"), ("LAW", "artikel 4.4 Woo"),
       ("TITLE", "Woo-coördinator"), ("ORG", "Concernstaf Informatiebeheer"), ("ORG", "Wet open overheid"),
       ("DATE", "4 september 2026")],
))

DOCS.append(dict(
    stem="w200_03_ligplaatsvergunning", producer="iText 7.2.5 (AGPL-version)", creator="Squit XO Vergunningen",
    lines=[
        "# Ligplaatsvergunning woonschip - LPV-2019-0088", HB, "",
        "De burgemeester van Leiden, gelet op artikel 2.3 van de Havenverordening Leiden 2019, verleent aan:", "",
        "Naam vergunninghouder: Gerrit-Jan van 't Hoog", "Geboortedatum: 14-03-1961",
        "Burgerservicenummer: 183 429 671", "Correspondentieadres: Galgewater 21-A, 2311 VZ Leiden",
        "Telefoon: 06-2814 4507", "",
        "een vergunning voor het innemen van ligplaats nr. GW-021 aan het Galgewater met het woonschip "
        "'Johanna Cornelia' (ENI 02318844, lengte 24,60 m, breedte 5,10 m).", "",
        "Voorschriften:",
        "1. Het woonschip is casco-deugdelijk en wordt eens per zeven jaar op de helling of met een ultrasone "
        "diktemeting gekeurd (voorschrift 4.2). De rompdikte bedraagt nergens minder dan 4 mm.",
        "2. De ligplaats wordt niet verhuurd of onderverhuurd zonder toestemming van de havenmeester.",
        "3. De aansluiting op de riolering (vuilwaterpomp) blijft in goede staat.",
        "4. Wijziging van eigenaar wordt binnen vier weken gemeld bij het Havenkantoor.", "",
        "Leiden, 11 april 2019", "De burgemeester van Leiden,", "namens deze,", "",
        "R.P. Brinkhorst", "havenmeester",
    ],
    R=[("PERSON", "Gerrit-Jan van 't Hoog", "van 't Hoog"), ("DOB", "14-03-1961"), ("BSN", "183 429 671"),
       ("ADDRESS", "Galgewater 21-A", "2311 VZ Leiden"), ("PHONE", "06-2814 4507"),
       ("PERSON", "R.P. Brinkhorst", "R.P. Brinkhorst")],
    K=[("CASE", "LPV-2019-0088"), ("LAW", "Havenverordening Leiden 2019"), ("SHIP", "Johanna Cornelia"),
       ("CASE", "ENI 02318844"), ("CASE", "GW-021"), ("TITLE", "havenmeester"), ("TERM", "ultrasone"),
       ("TITLE", "De burgemeester van Leiden"), ("ORG", "Havenkantoor"), ("PHONE", "14 071"), ("TERM", "diktemeting")],
))

REG = [
    ("GW-021", "Johanna Cornelia", "G.J. van 't Hoog", "Galgewater 21-A", "06-2814 4507", "2026-07"),
    ("GW-024", "De Zwaluw", "M.E. Oudenaarde-Bakx", "Galgewater 24", "071-5142 309", "2024-05"),
    ("OR-102", "Willem Barentsz", "D. Petrović", "Oude Rijn 102", "06 3377 1290", "2025-11"),
    ("OR-108", "Zonnestraal", "S.A. de Wolff", "Oude Rijn 108", "06-49 81 22 07", "2023-09"),
    ("OR-111", "Ark van Noach", "Y. Demirtaş", "Oude Rijn 111-B", "+31 6 1450 8832", "2026-02"),
    ("NR-017", "Hendrika", "H. Zwanenburg", "Nieuwe Rijn 17", "071 512 4471", "2022-06"),
    ("NR-019", "Noorderlicht", "A.J. ter Beek", "Nieuwe Rijn 19a", "06 2009 7713", "2026-04"),
    ("ZS-005", "De Vrijheid", "B. Kloosterboer", "Zijlsingel 5", "0031 6 5512 0397", "2021-10"),
    ("ZS-009", "Rembrandt", "N. el Idrissi", "Zijlsingel 9", "06-1838 6605", "2025-03"),
    ("ZS-014", "Ouwe Trouw", "F.L. Hazenberg", "Zijlsingel 14", "06 5530 2914", "2024-12"),
    ("RS-031", "Pieter Jacob", "A. Vermeulen-Tjon", "Rijnsburgersingel 31", "071-3010 552", "2026-06"),
    ("RS-036", "Het Kraaiennest", "C.J. Mulder", "Rijnsburgersingel 36", "06 1207 4419", "2023-01"),
    ("RS-040", "Bonaventura", "L.M. Brandsma", "Rijnsburgersingel 40", "06-7102 3386", "2025-08"),
    ("WS-002", "Stormvogel", "J.K.T. Sørensen", "Witte Singel 2", "+31 (0)6 2288 4105", "2026-05"),
    ("WS-007", "Anna Paulowna", "R. Boukhari-Visser", "Witte Singel 7", "06 8204 1163", "2022-11"),
    ("WS-011", "Dolfijn", "T. Oosterveld", "Witte Singel 11", "071 - 5766 120", "2024-03"),
]
reg_lines = ["# Register ligplaatsen woonschepen - peildatum 1 juli 2026", HB, "",
             "Uittreksel uit het ligplaatsenregister (artikel 2.7 Havenverordening Leiden 2019). Vertrouwelijk: bevat "
             "persoonsgegevens van vergunninghouders.", "",
             "| Ligplaats | Schip | Vergunninghouder | Adres (woonadres) | Telefoon | Laatste keuring |"]
for r in REG:
    reg_lines.append("| " + " | ".join(r) + " |")
reg_lines += ["", "Toelichting: de ligplaats is het woonadres van de vergunninghouder (BRP). Keuringen volgens NEN 2767 "
              "conditiemeting; termijn zeven jaar, bij conditiescore 4 of slechter twee jaar.",
              "Ligplaatsen zonder vergunninghouder: GW-030 (vrij), OR-115 (gemeentelijke passantenplaats).", "---",
              "# Register ligplaatsen - mutaties 2025-2026", "",
              "| Datum | Ligplaats | Mutatie | Behandelaar |",
              "| 12-02-2025 | OR-102 | overschrijving van J. Petrović-Kranjc naar D. Petrović | ES |",
              "| 03-06-2025 | ZS-009 | nieuwe vergunning N. el Idrissi | TH |",
              "| 19-11-2025 | WS-002 | adreswijziging J.K.T. Sørensen | ES |",
              "| 08-01-2026 | RS-031 | overlijden mede-eigenaar E. Vermeulen | RPB |",
              "| 14-04-2026 | NR-019 | overschrijving naar A.J. ter Beek | TH |",
              "| 30-06-2026 | GW-021 | keuring afgekeurd, dossier naar Juridische Zaken | RPB |", "",
              "",
              "# Wachtlijst ligplaatsen woonschepen (stand 1 juli 2026)",
              "| Nr | Aanvrager | Huidig adres | Telefoon | E-mail | Sinds |",
              "| 1 | Maud Verschuur-Lim | Breestraat 88-C, Leiden | 06 3902 1174 | maud.verschuur@gmail.com | 2019 |",
              "| 2 | Olivier Dubois-van Dam | Hooigracht 5, Leiden | 06-2211 5568 | o.dubois@kpnmail.nl | 2020 |",
              "| 3 | Siebe Wijnstra | Morsweg 130, Leiden | 071 521 6639 | siebe.w@outlook.com | 2021 |",
              "| 4 | Zoë Lammerts | Haarlemmerstraat 19, Leiden | +31 6 4419 0021 | zoë.lammerts@ziggo.nl | 2022 |",
              "| 5 | Gijs van den Broek | Kooilaan 12, Leiden | 06 7740 3382 | gijsvdbroek@xs4all.nl | 2024 |",
              "",
              "Legenda behandelaars: RPB = havenmeester, ES = adjunct-havenmeester, TH = inspecteur scheepsbouw.",
              "Registerbeheer: havens@leiden.nl. Vragen over de Havenverordening: 14 071."]
R4 = []
for r in REG:
    R4.append(("PERSON", r[2])); R4.append(("ADDRESS", r[3])); R4.append(("PHONE", r[4]))
R4 += [("PERSON", "Maud Verschuur-Lim"), ("PERSON", "Olivier Dubois-van Dam"), ("PERSON", "Siebe Wijnstra"),
       ("PERSON", "Zoë Lammerts"), ("PERSON", "Gijs van den Broek"),
       ("ADDRESS", "Breestraat 88-C", "Hooigracht 5", "Morsweg 130", "Haarlemmerstraat 19", "Kooilaan 12"),
       ("PHONE", "06 3902 1174", "06-2211 5568", "071 521 6639", "+31 6 4419 0021", "06 7740 3382"),
       ("EMAIL", "maud.verschuur@gmail.com", "o.dubois@kpnmail.nl", "siebe.w@outlook.com", "zoë.lammerts@ziggo.nl",
        "gijsvdbroek@xs4all.nl"),
       ("PERSON", "J. Petrović-Kranjc"), ("PERSON", "E. Vermeulen"), ("INITIALS", "ES"), ("INITIALS", "TH"),
       ("INITIALS", "RPB")]
DOCS.append(dict(stem="w200_04_register_ligplaatsen", producer="Microsoft Excel 2016", creator="Microsoft Excel", font="dv",
                 lines=reg_lines, R=R4,
                 K=[("SHIP", r[1]) for r in REG if r[1] not in ("Hendrika",)] + [
                     ("CASE", r[0]) for r in REG] + [("LAW", "Havenverordening Leiden 2019"), ("STD", "NEN 2767"),
                     ("MAIL", "havens@leiden.nl"), ("CASE", "GW-030"), ("CASE", "OR-115"),
                     ("TITLE", "adjunct-havenmeester"), ("TITLE", "inspecteur scheepsbouw"), ("ORG", "BRP")]))

DOCS.append(dict(
    stem="w200_05_inspectierapport_romp", producer="PDFpen 13.1", creator="PDFpen", font="dvs",
    lines=[
        "# Inspectierapport rompconditie woonschip 'Johanna Cornelia' - ligplaats GW-021", HB, "",
        "Rapportnummer: INS-2026-0143  |  Inspectiedatum: 24 juni 2026  |  Methode: ultrasone diktemeting (UTM) en "
        "visuele inspectie boven de waterlijn",
        "Inspecteur: ing. T. Hoekstra (inspecteur scheepsbouw, Havens en Vaarwegen)",
        "Aanwezig: eigenaar G.J. van 't Hoog en diens zoon Maarten van 't Hoog; duiker R. Kuipers (Kuipers Duikwerken).", "",
        "# 1. Bevindingen romp",
        "De bodemplaten midscheeps tonen putcorrosie. Van de 64 meetpunten liggen er 17 onder de minimale "
        "rompdikte van 4 mm; het laagste meetpunt (BB-09, bakboord bij de ballastkelder) meet 2,1 mm. "
        "De las tussen kim en zijplaat stuurboord vertoont een haarscheur van circa 30 cm net onder de waterlijn.",
        "De anodes zijn voor meer dan 80% verbruikt. De lenspomp functioneert, maar slaat volgens de eigenaar "
        "'sinds de winter' vaker aan.", "",
        "# 2. Conditiescore",
        "Conform NEN 2767 krijgt de romp conditiescore 5 (slecht). Er is een reëel risico op lekkage en "
        "zinken, met gevaar voor bewoners en voor de kademuur van het Galgewater (rijksmonument).", "",
        "# 3. Advies",
        "Binnen acht weken herstel door een erkende scheepswerf (dubbleren of vervangen van de bodemplaten), "
        "gevolgd door een herkeuring. Bij uitblijven: handhaving op grond van artikel 4.2 van de "
        "Havenverordening Leiden 2019 (last onder dwangsom).",
        "---",
        "# 4. Persoonlijke omstandigheden (vertrouwelijk)",
        "De eigenaar gaf aan dat hij sinds een hartoperatie in maart 2026 niet zelf aan het schip kan werken en "
        "dat zijn echtgenote Wilma van 't Hoog-Drenth mantelzorger is. Hij verzocht om uitstel tot na de zomer.",
        "Contact eigenaar: 06-2814 4507, gj.vanthoog@ziggo.nl.", "",
        "# 5. Meetstaat (uittreksel)",
        "| Meetpunt | Positie | Dikte (mm) | Oordeel |",
        "| BB-03 | bakboord voor | 4,6 | voldoende |", "| BB-09 | bakboord midden | 2,1 | onvoldoende |",
        "| SB-11 | stuurboord midden | 3,4 | onvoldoende |", "| SB-14 | stuurboord achter | 3,8 | onvoldoende |",
        "| SP-02 | spiegel | 5,2 | voldoende |", "",
        "Paraaf inspecteur: TH        Gezien adjunct-havenmeester: E. Schuitema", "",
        "Foto's: zie bijlage 2 (niet bijgevoegd in deze versie).",
    ],
    R=[("PERSON", "T. Hoekstra", "T. Hoekstra"), ("PERSON", "G.J. van 't Hoog", "G.J. van 't Hoog"),
       ("PERSON", "Maarten van 't Hoog"), ("PERSON", "R. Kuipers"),
       ("HEALTH", "hartoperatie in maart 2026", "hartoperatie"), ("PERSON", "Wilma van 't Hoog-Drenth"),
       ("PHONE", "06-2814 4507"), ("EMAIL", "gj.vanthoog@ziggo.nl"), ("INITIALS", "TH"), ("PERSON", "E. Schuitema")],
    K=[("SHIP", "Johanna Cornelia"), ("CASE", "INS-2026-0143"), ("CASE", "GW-021"), ("STD", "NEN 2767"),
       ("ORG", "Kuipers Duikwerken"), ("TERM", "putcorrosie"), ("TERM", "ballastkelder"), ("TERM", "waterlijn"),
       ("CASE", "BB-09"), ("LAW", "Havenverordening Leiden 2019"), ("PLACE", "Galgewater"), ("TERM", "rijksmonument"),
       ("TITLE", "inspecteur scheepsbouw"), ("TITLE", "adjunct-havenmeester"), ("TERM", "UTM"), ("TERM", "lenspomp")],
))

DOCS.append(dict(
    stem="w200_06_inspectierapport_zijlsingel", kind="docx", docx_author="Hoekstra, Tjerk",
    lines=[
        "Gemeente Leiden - Havens en Vaarwegen", "# Inspectierapport INS-2026-0151 - woonschip 'Ouwe Trouw', ligplaats ZS-014",
        "Inspectiedatum: 2 juli 2026. Inspecteur: Tjerk Hoekstra. Eigenaar: mevrouw F.L. Hazenberg, Zijlsingel 14.",
        "Bevindingen: de romp is in 2019 gedubbeld; diktemetingen 5,8 - 7,1 mm. Conditiescore 2 (goed) volgens NEN 2767. "
        "Wel is de loopplank niet voorzien van een leuning en ligt de walstroomkabel los over het trottoir van de Zijlsingel.",
        "Mevrouw Hazenberg verklaarde dat haar buurman, de heer Kloosterboer (ZS-005), de kabel tijdelijk gebruikt "
        "omdat zijn aansluiting defect is. Zij wil niet dat haar naam in een brief aan hem wordt genoemd.",
        "Advies: geen handhaving romp. Waarschuwingsbrief over loopplank en walstroom (artikel 4.5 Havenverordening "
        "Leiden 2019). Afstemming met Liander over de aansluiting van ZS-005.",
        "Telefoon eigenaar: 06 5530 2914. Volgende keuring: uiterlijk juli 2033.",
        "Opgesteld door T. Hoekstra, gecontroleerd door Ellen Schuitema (adjunct-havenmeester).",
    ],
    R=[("PERSON", "Tjerk Hoekstra", "T. Hoekstra", "Hoekstra"), ("PERSON", "F.L. Hazenberg", "Hazenberg"),
       ("ADDRESS", "Zijlsingel 14"), ("PERSON", "Kloosterboer"), ("PHONE", "06 5530 2914"),
       ("PERSON", "Ellen Schuitema"), ("@metadata:PERSON", "Hoekstra, Tjerk")],
    K=[("CASE", "INS-2026-0151"), ("SHIP", "Ouwe Trouw"), ("CASE", "ZS-014"), ("CASE", "ZS-005"), ("STD", "NEN 2767"),
       ("ORG", "Liander"), ("TERM", "walstroomkabel"), ("TERM", "loopplank"), ("TITLE", "adjunct-havenmeester"),
       ("ORG", "Havens en Vaarwegen")],
))

DOCS.append(dict(
    stem="w200_07_voornemen_dwangsom", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    lines=[
        HB, "", "AANGETEKEND", "De heer G.J. van 't Hoog", "Galgewater 21-A", "2311 VZ Leiden", "",
        "Datum: 8 juli 2026     Kenmerk: HM/LOD/2026/031     Onderwerp: voornemen last onder dwangsom", "",
        "Geachte heer Van 't Hoog,", "",
        "Op 24 juni 2026 heeft onze inspecteur de romp van uw woonschip 'Johanna Cornelia' op ligplaats GW-021 "
        "gekeurd (rapport INS-2026-0143). De romp voldoet niet aan voorschrift 4.2 van uw ligplaatsvergunning "
        "LPV-2019-0088 en artikel 4.2 van de Havenverordening Leiden 2019.",
        "Wij zijn daarom van plan u een last onder dwangsom op te leggen (artikel 5:32 Algemene wet bestuursrecht): "
        "u moet de romp binnen acht weken laten herstellen. Doet u dat niet, dan verbeurt u een dwangsom van "
        "€ 500 per week, met een maximum van € 10.000.",
        "U kunt binnen twee weken uw zienswijze geven, schriftelijk of mondeling. Maakt u een afspraak via "
        "havens@leiden.nl of 14 071.", "",
        "Hoogachtend,", "de burgemeester van Leiden,", "namens deze,", "",
        "Ruud Brinkhorst", "havenmeester", "",
        "Afschrift: mr. M.C. Verhagen-Duits, Juridische Zaken", "Bijlage: inspectierapport van ing. T. Hoekstra",
    ],
    R=[("PERSON", "G.J. van 't Hoog", "Van 't Hoog"), ("ADDRESS", "Galgewater 21-A", "2311 VZ Leiden"),
       ("PERSON", "Ruud Brinkhorst"), ("PERSON", "M.C. Verhagen-Duits"), ("PERSON", "T. Hoekstra")],
    K=[("CASE", "HM/LOD/2026/031"), ("SHIP", "Johanna Cornelia"), ("CASE", "GW-021"), ("CASE", "INS-2026-0143"),
       ("CASE", "LPV-2019-0088"), ("LAW", "Algemene wet bestuursrecht"), ("LAW", "artikel 5:32"),
       ("LAW", "Havenverordening Leiden 2019"), ("MAIL", "havens@leiden.nl"), ("PHONE", "14 071"),
       ("TITLE", "havenmeester"), ("ORG", "Juridische Zaken"), ("AMOUNT", "€ 10.000"), ("TERM", "AANGETEKEND")],
))

DOCS.append(dict(
    stem="w200_08_zienswijze_eigenaar", producer="Nitro Pro 13.70", creator="Nitro Pro", font="dvs",
    lines=[
        "G.J. van 't Hoog en W. van 't Hoog-Drenth", "Woonschip Johanna Cornelia", "Galgewater 21-A", "2311 VZ Leiden",
        "tel. 071-514 88 02", "", "Aan de havenmeester van Leiden", "Havenkantoor, Stadhuisplein 1", "", "Leiden, 19 juli 2026", "",
        "Betreft: zienswijze op uw brief HM/LOD/2026/031", "",
        "Geachte heer Brinkhorst,", "",
        "Wij wonen al 31 jaar op de Johanna Cornelia. Wij betwisten niet dat de romp aan herstel toe is, maar acht "
        "weken is onhaalbaar. Scheepswerf De Haas in Katwijk heeft pas in november een helling vrij. Door mijn "
        "hartklachten en de revalidatie bij het LUMC kan ik de klus niet zelf doen, en een sleep kost ruim € 4.000.",
        "Onze dochter Femke van 't Hoog heeft namens ons contact gehad met uw inspecteur de heer Hoekstra; hij zei "
        "toen dat uitstel 'wel bespreekbaar' was. Wij vragen u de termijn te verlengen tot 1 december 2026.",
        "Ook de Stichting Woonbootbelangen Leiden steunt ons verzoek. Onze buren Petrović en De Wolff kunnen "
        "bevestigen dat wij het schip altijd goed hebben onderhouden.", "",
        "Met vriendelijke groet,", "", "Gerrit-Jan van 't Hoog", "", "Bijlage: offerte Scheepswerf De Haas",
    ],
    R=[("PERSON", "G.J. van 't Hoog", "Gerrit-Jan van 't Hoog"), ("PERSON", "W. van 't Hoog-Drenth"),
       ("ADDRESS", "Galgewater 21-A", "2311 VZ Leiden"), ("PHONE", "071-514 88 02"), ("PERSON", "Brinkhorst"),
       ("HEALTH", "hartklachten", "revalidatie bij het LUMC"), ("PERSON", "Femke van 't Hoog"), ("PERSON", "Hoekstra"),
       ("PERSON", "Petrović"), ("PERSON", "De Wolff")],
    K=[("SHIP", "Johanna Cornelia"), ("CASE", "HM/LOD/2026/031"), ("ORG", "Scheepswerf De Haas"), ("PLACE", "Katwijk"),
       ("ORG", "Stichting Woonbootbelangen Leiden"), ("ADDRESS", "Stadhuisplein 1"), ("TITLE", "havenmeester"),
       ("ORG", "Havenkantoor"), ("DATE", "1 december 2026")],
))

DOCS.append(dict(
    stem="w200_09_mail_havenkantoor_jz", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
    lines=[
        "Van: Verhagen-Duits, Marloes <m.verhagen-duits@leiden.nl>", "Verzonden: dinsdag 21 juli 2026 16:42",
        "Aan: Brinkhorst, Ruud <r.brinkhorst@leiden.nl>", "CC: Lamberts, Pieter-Bas <pb.lamberts@leiden.nl>; Havens <havens@leiden.nl>",
        "Onderwerp: RE: zienswijze Van 't Hoog - Johanna Cornelia (HM/LOD/2026/031)", "",
        "Hoi Ruud,", "",
        "Juridisch kun je de begunstigingstermijn best verlengen: de termijn moet redelijk zijn gelet op de aard "
        "van de overtreding (ABRvS 2021:1234 over een woonark in Amsterdam). Met een helling pas in november lijkt "
        "acht weken mij niet houdbaar bij de bezwaarcommissie. Ik zou 1 november nemen, met als voorwaarde dat "
        "hij vóór 15 augustus een getekende werfopdracht laat zien, en tussentijds een lenspomp met alarm.",
        "Over de gezondheid van meneer: die staat in de zienswijze, maar neem die niet op in het besluit.", "",
        "Groet,", "Marloes", "", "mr. M.C. (Marloes) Verhagen-Duits | jurist bestuursrecht | Juridische Zaken",
        "T 071 516 5719 | M 06 2290 4418", "",
        "-----Oorspronkelijk bericht-----",
        "Van: Brinkhorst, Ruud <r.brinkhorst@leiden.nl>", "Verzonden: maandag 20 juli 2026 09:13",
        "Aan: Verhagen-Duits, Marloes <m.verhagen-duits@leiden.nl>", "CC: Schuitema, Ellen <e.schuitema@leiden.nl>",
        "Onderwerp: zienswijze Van 't Hoog - Johanna Cornelia (HM/LOD/2026/031)", "",
        "Marloes,", "",
        "Bijgaand de zienswijze van de familie Van 't Hoog. Tjerk heeft volgens mij niets toegezegd, maar hij is "
        "tot 3 augustus met verlof. Ellen belt de werf in Katwijk. Mijn voorkeur: geen uitstel, dit schip ligt "
        "al twee jaar op de lijst en de kademuur van het Galgewater is een rijksmonument.",
        "Kun je voor donderdag reageren? Dan kan het besluit nog voor het zomerreces naar burgemeester Schellekens.", "",
        "Ruud Brinkhorst", "Havenmeester | Havens en Vaarwegen", "06-1155 7021", "",
        "---",
        "Van: Lamberts, Pieter-Bas <pb.lamberts@leiden.nl>", "Verzonden: woensdag 22 juli 2026 08:05",
        "Aan: Verhagen-Duits, Marloes; Brinkhorst, Ruud", "Onderwerp: RE: RE: zienswijze Van 't Hoog", "",
        "Eens met Marloes. Let op dat de dwangsom in verhouding staat tot het doel: € 500 per week is prima. "
        "Stem de tekst af met wethouder Oltmans, die heeft raadsvragen van raadslid Verbrugge over woonboten liggen.", "",
        "PB", "Pieter-Bas Lamberts, senior jurist", "",
        "Van: Schuitema, Ellen <e.schuitema@leiden.nl>", "Verzonden: woensdag 22 juli 2026 10:31",
        "Aan: Brinkhorst, Ruud", "Onderwerp: werf Katwijk", "",
        "Ruud, De Haas bevestigt: helling vrij vanaf 26 oktober. Contactpersoon daar is Kees Boerhaave (06 5018 2264). "
        "Ellen",
    ],
    R=[("PERSON", "Verhagen-Duits, Marloes", "Verhagen-Duits", "Marloes"),
       ("EMAIL", "m.verhagen-duits@leiden.nl"), ("PERSON", "Ruud Brinkhorst", "Brinkhorst, Ruud", "Brinkhorst", "Ruud"),
       ("EMAIL", "r.brinkhorst@leiden.nl"), ("PERSON", "Pieter-Bas Lamberts", "Lamberts, Pieter-Bas", "Pieter-Bas"),
       ("EMAIL", "pb.lamberts@leiden.nl"), ("PERSON", "Schuitema, Ellen", "Ellen"),
       ("EMAIL", "e.schuitema@leiden.nl"), ("PERSON", "Van 't Hoog"), ("PERSON", "Tjerk"),
       ("PHONE", "071 516 5719", "06 2290 4418", "06-1155 7021", "06 5018 2264"), ("INITIALS", "PB"),
       ("PERSON", "Kees Boerhaave")],
    K=[("MAIL", "havens@leiden.nl"), ("SHIP", "Johanna Cornelia"), ("CASE", "HM/LOD/2026/031"),
       ("CASE", "ABRvS 2021:1234"), ("PLACE", "Amsterdam"), ("TITLE", "burgemeester Schellekens"),
       ("TITLE", "wethouder Oltmans"), ("TITLE", "raadslid Verbrugge"), ("ORG", "Juridische Zaken"),
       ("TITLE", "jurist bestuursrecht"), ("TITLE", "senior jurist"), ("PLACE", "Katwijk"), ("TERM", "begunstigingstermijn"),
       ("TERM", "bezwaarcommissie"), ("PLACE", "Galgewater"), ("ORG", "Havens en Vaarwegen")],
))
