"""Set LN, documents ln11-ln21: scans, LibreOffice notes, NVWA findings, letters, a kitchen-table talk."""
from lib import (bsn, KV, PB, RIGHT, SIG, SP, Doc, H, L, P, T, add_annots, add_outline, hand_page, render,
                 render_docx, scan, set_meta)
from docs_a import LVVN_LEFT, lvvn_right


# ----------------------------------------------------------------------------------------------
def ln11():
    """Handwritten note, scanned (image only)."""
    d = Doc("ln11")
    hand_page(d.pdf, [
        "6/2 ketenoverleg NVWA - aantekeningen",
        "",
        "- boete Oost-Veluwe pas in maart",
        "- bellen met Gerrit Kleinjan",
        "  tel 06 1122 8790",
        "- klacht Boer Nijkerk naar Karim",
        "- WUR rapport juni (Wouter)",
        "- LTO Nederland: gesprek plannen",
        "",
        "Marloes",
    ], seed=7, size=40)
    d.r("PERSON", "Gerrit Kleinjan", "Kleinjan", ocr=True)
    d.r("PHONE", "06 1122 8790", "1122", ocr=True)
    d.r("PERSON", "Wouter (Akkerman)", "Wouter", ocr=True)
    d.r("PERSON", "J.H. Boer", "Boer", ocr=True)
    d.r("PERSON", "Karim", "Karim", ocr=True)
    d.r("PERSON", "Marloes", "Marloes", ocr=True)
    return d


# ----------------------------------------------------------------------------------------------
def ln12():
    """A farmer's signed letter to the minister, scanned (image only), with health data."""
    d = Doc("ln12")
    blocks = [
        L("A.J. Zwartjes"),
        L("Veenweg 41"),
        L("7957 NE De Wijk"),
        L("tel. 0522 - 44 17 93"),
        SP(20),
        L("Aan de minister van Landbouw, Natuur en Voedselkwaliteit"),
        L("Postbus 20401"),
        L("2500 EK Den Haag"),
        SP(14),
        L("De Wijk, 19 februari 2024"),
        SP(10),
        L("Betreft: mijn PAS-melding en de derogatie", bold=True),
        SP(8),
        P("Geachte minister Adema,"),
        P("Ik schrijf u omdat ik al zes jaar wacht op een vergunning voor mijn melkveebedrijf. In 2015 heb "
          "ik netjes een PAS-melding gedaan bij de provincie Drenthe. Nu ben ik ineens illegaal. Het RVO "
          "heeft mijn derogatie afgewezen en de bank wil geen krediet meer geven."),
        P("Sinds vorig jaar ben ik onder behandeling bij de huisarts en de POH-GGZ voor een depressie. "
          "Mijn vrouw Hilda doet nu het meeste werk op het bedrijf. Zo kan het niet langer."),
        P("Ik vraag u om een oplossing voor PAS-melders zoals ik. Mijn relatienummer bij RVO is "
          "201776045. U kunt mij bellen op het nummer hierboven of op 06-51 49 72 30."),
        SP(6),
        P("Met vriendelijke groet,"),
        SIG("A. Zwartjes", seed=51),
        L("Albertus Zwartjes"),
    ]
    scan(d.pdf, blocks, font="Times-Roman", size=11.5, seed=12, angle=0.5, footer=None, dpi=200)
    d.r("PERSON", "A.J. Zwartjes", "Zwartjes", ocr=True)
    d.r("PERSON", "Albertus", "Albertus", ocr=True)
    d.r("ADDRESS", "Veenweg 41, 7957 NE De Wijk", "Veenweg 41", ocr=True)
    d.r("PHONE", "0522 - 44 17 93", "44 17 93", ocr=True)
    d.r("HEALTH", "depressie", "depressie", ocr=True)
    d.r("PERSON", "Hilda", "Hilda", ocr=True)
    d.r("NUMBER", "relatienummer 201776045", "201776045", ocr=True)
    d.r("PHONE", "06-51 49 72 30", "49 72 30", ocr=True)
    return d


# ----------------------------------------------------------------------------------------------
def ln13():
    """Beslisnota as .docx converted by LibreOffice; Author in the metadata."""
    d = Doc("ln13")
    blocks = [
        H("Ministerie van Landbouw, Natuur en Voedselkwaliteit", 11),
        H("Nota aan de minister", 14),
        KV("Aan", "de minister van Landbouw, Natuur en Voedselkwaliteit"),
        KV("Van", "Thijs Oudejans, senior beleidsmedewerker DAD"),
        KV("Datum", "4 maart 2024"),
        KV("Kenmerk", "DGA-DAD / 24081157"),
        KV("Onderwerp", "Intensivering toezicht dierenwelzijn in slachthuizen"),
        KV("Kopie aan", "DG Agro; NVWA (inspecteur-generaal); directie Communicatie"),
        KV("Contactpersoon", "Sanne Verkerk, T 06 21846703, s.verkerk@minlnv.nl"),
        H("Aanleiding", 11),
        P("Na de inspectie van 23 januari 2024 bij Vleesbedrijf Oost-Veluwe B.V. en de uitzending van "
          "Zembla hebben de leden Kostić (PvdD) en Van Campen (VVD) gevraagd om intensivering van het "
          "toezicht. U heeft toegezegd de Kamer voor het zomerreces te informeren."),
        H("Geadviseerd besluit", 11),
        P("Aan de minister wordt gevraagd in te stemmen met (1) verplicht cameratoezicht in alle "
          "slachthuizen vanaf 2025, met toegang voor de NVWA tot de beelden, en (2) uitbreiding van de "
          "NVWA-capaciteit met 24 fte dierenartsen, te financieren uit de begroting van LNV (artikel 22)."),
        H("Kern", 11),
        P("De NVWA constateert bij 12 procent van de inspecties in slachthuizen een overtreding bij het "
          "bedwelmen. Cameratoezicht vergroot de pakkans. De sector (COV, Vee & Logistiek Nederland) "
          "steunt cameratoezicht onder voorwaarden. De Autoriteit Persoonsgegevens moet worden gehoord "
          "over de beelden van medewerkers."),
        H("Krachtenveld", 11),
        P("LTO Nederland en de Dierenbescherming steunen de maatregel. De Centrale Organisatie voor de "
          "Vleessector (COV) wil een overgangsperiode. Minister Van der Wal is geïnformeerd. Volgens "
          "collega Hoogeveen verwacht de NVWA de extra fte niet voor 2026 te kunnen werven."),
        PB(),
        H("Paraafblad", 11),
        T([["Naam", "Functie", "Paraaf", "Datum"],
           ["T. Oudejans", "senior beleidsmedewerker", "TO", "04-03"],
           ["M. Kamphuis-Brinkman", "plv. directeur DAD", "MKB", "05-03"],
           ["A. Wijnbergen", "directeur DAD", "AW", "06-03"],
           ["DG Agro", "directeur-generaal", "akkoord", "07-03"]], [25, 35, 15, 15], 9),
        H("Informatie die niet openbaar gemaakt kan worden", 11),
        P("Motivering: [in te vullen bij openbaarmaking]"),
    ]
    render_docx(d.pdf, blocks, author="Oudejans, T. (Thijs)", title="Nota intensivering toezicht slachthuizen")
    d.r("PERSON", "Thijs Oudejans", "Thijs Oudejans", "T. Oudejans")
    d.r("PERSON", "Thijs Oudejans (Author)", "Oudejans, T.", channel="metadata")
    d.r("PERSON", "Sanne Verkerk", "Sanne Verkerk")
    d.r("PHONE", "06 21846703", "06 21846703")
    d.r("EMAIL", "s.verkerk@minlnv.nl", "s.verkerk@minlnv.nl")
    d.r("PERSON", "Hoogeveen", "Hoogeveen")
    d.r("PERSON", "M. Kamphuis-Brinkman", "Kamphuis-Brinkman", "MKB")
    d.r("PERSON", "A. Wijnbergen", "Wijnbergen", "AW")
    d.r("PERSON", "T. Oudejans (paraph)", "TO")
    d.k("REF", "DGA-DAD / 24081157", "DGA-DAD / 24081157")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("OFFICIAL", "Kostić (PvdD)", "Kostić")
    d.k("OFFICIAL", "Van Campen (VVD)", "Van Campen")
    d.k("OFFICIAL", "Minister Van der Wal", "Minister Van der Wal")
    d.k("ORG", "Zembla", "Zembla")
    d.k("ORG", "COV", "COV")
    d.k("ORG", "Vee & Logistiek Nederland", "Vee & Logistiek Nederland")
    d.k("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens")
    d.k("ORG", "LTO Nederland", "LTO Nederland")
    d.k("ORG", "Dierenbescherming", "Dierenbescherming")
    d.k("ORG", "Centrale Organisatie voor de Vleessector", "Centrale Organisatie voor de Vleessector")
    d.k("TITLE", "directeur-generaal", "directeur-generaal")
    d.k("TITLE", "senior beleidsmedewerker", "senior beleidsmedewerker")
    d.k("HEAD", "Informatie die niet openbaar gemaakt kan worden", "Informatie die niet openbaar gemaakt kan worden")
    d.k("TERM", "cameratoezicht", "cameratoezicht")
    return d


# ----------------------------------------------------------------------------------------------
def ln14():
    """Answers to Kamervragen (LVVN, 2025) as .docx via LibreOffice: mostly keep."""
    d = Doc("ln14")
    qa = [
        ("Vraag 1", "Bent u bekend met het bericht 'Boeren in Gelderland wachten nog altijd op vergunning' "
         "(De Gelderlander, 12 februari 2025)?"),
        ("Antwoord 1", "Ja."),
        ("Vraag 2", "Hoeveel PAS-melders hebben inmiddels een vergunning ontvangen?"),
        ("Antwoord 2", "Op 1 februari 2025 waren er landelijk circa 3.500 PAS-melders in beeld bij de "
         "provincies. Van hen heeft ongeveer 15 procent een vergunning ontvangen. In Gelderland en "
         "Overijssel loopt de legalisatie via het Programma PAS-melders, waarvoor het kabinet stikstofruimte "
         "beschikbaar stelt via de Stikstofbank en het Nationaal Programma Landelijk Gebied (NPLG)."),
        ("Vraag 3", "Bent u bereid om met LTO Nederland, BBB-gedeputeerden en de Vereniging Mobilisation for "
         "the Environment (MOB) in gesprek te gaan?"),
        ("Antwoord 3", "Ik spreek regelmatig met LTO Nederland en met de provincies via het IPO. Gedeputeerde "
         "Lemkes-Straver (Noord-Brabant) en gedeputeerde Hoogland (Fryslân) hebben namens de provincies "
         "zorgen geuit over de uitvoeringscapaciteit. Met de staatssecretaris van Landbouw, Visserij, "
         "Voedselzekerheid en Natuur, de heer Rummenie, verken ik hoe het Rijk de provincies kan "
         "ondersteunen. Een gesprek met MOB is niet voorzien zolang er procedures lopen."),
        ("Vraag 4", "Wanneer ontvangt de Kamer de voortgangsbrief?"),
        ("Antwoord 4", "Ik stuur de Kamer voor de zomer de voortgangsbrief, tegelijk met de brief over de "
         "uitvoering van het vonnis over stikstof [tekst nog afstemmen met BZK] en over de "
         "Landelijke beëindigingsregeling veehouderijlocaties (Lbv en Lbv-plus)."),
    ]
    blocks = [H("Antwoorden op Kamervragen van het lid Van der Plas (BBB) over de legalisatie van PAS-melders", 13),
              L("(ingezonden 14 februari 2025, kenmerk 2025Z02471)"),
              SP()]
    for q, a in qa:
        blocks += [L(q, bold=True), P(a)]
    blocks += [
        PB(),
        H("Toelichting voor de minister (niet meezenden)", 11),
        P("Beantwoording opgesteld door DG Natuur, Visserij en Gebiedsgericht werken, directie Stikstof "
          "en Natuur (contactpersoon: drs. Nienke Bosch-Adriaanse, 06 41 22 80 19). Afgestemd met het IPO "
          "(mevrouw Ter Brugge) en BZK. De termijn is verlopen; uitstelbericht is op 6 maart 2025 "
          "verstuurd."),
        P("Minister Wiersma tekent; staatssecretaris Rummenie ontvangt afschrift. Kamerlid Bromet "
          "(GroenLinks-PvdA) heeft over hetzelfde onderwerp vragen gesteld (2025Z02519); die worden "
          "apart beantwoord."),
        T([["Rol", "Naam", "Datum akkoord"],
           ["Opsteller", "N. Bosch-Adriaanse", "3 maart 2025"],
           ["Jurist", "mr. R. van Dijk-Ozturk", "4 maart 2025"],
           ["Directeur Stikstof en Natuur", "P. Vermeulen", "5 maart 2025"]], [35, 35, 30], 9),
    ]
    render_docx(d.pdf, blocks, author="Bosch-Adriaanse, Nienke", title="Antwoorden Kamervragen 2025Z02471")
    d.r("PERSON", "Nienke Bosch-Adriaanse", "Nienke Bosch-Adriaanse", "N. Bosch-Adriaanse")
    d.r("PERSON", "Nienke Bosch-Adriaanse (Author)", "Bosch-Adriaanse, Nienke", channel="metadata")
    d.r("PHONE", "06 41 22 80 19", "06 41 22 80 19")
    d.r("PERSON", "mevrouw Ter Brugge (IPO)", "Ter Brugge")
    d.r("PERSON", "mr. R. van Dijk-Ozturk", "van Dijk-Ozturk")
    d.r("PERSON", "P. Vermeulen", "Vermeulen")
    d.k("OFFICIAL", "het lid Van der Plas (BBB)", "Van der Plas")
    d.k("OFFICIAL", "Gedeputeerde Lemkes-Straver", "Lemkes-Straver")
    d.k("OFFICIAL", "gedeputeerde Hoogland", "Hoogland")
    d.k("OFFICIAL", "staatssecretaris Rummenie", "Rummenie")
    d.k("OFFICIAL", "Minister Wiersma", "Minister Wiersma")
    d.k("OFFICIAL", "Kamerlid Bromet", "Bromet")
    d.k("PROG", "Nationaal Programma Landelijk Gebied", "Nationaal Programma Landelijk Gebied")
    d.k("PROG", "NPLG", "NPLG")
    d.k("PROG", "Programma PAS-melders", "Programma PAS-melders")
    d.k("ORG", "Stikstofbank", "Stikstofbank")
    d.k("ORG", "LTO Nederland", "LTO Nederland")
    d.k("ORG", "MOB", "MOB")
    d.k("ORG", "IPO", "IPO")
    d.k("ORG", "BZK", "BZK")
    d.k("REF", "2025Z02471", "2025Z02471")
    d.k("REF", "2025Z02519", "2025Z02519")
    d.k("ORG", "De Gelderlander", "De Gelderlander")
    d.k("PLACE", "Gelderland", "Gelderland")
    d.k("PROG", "Lbv-plus", "Lbv-plus")
    d.k("TITLE", "Directeur Stikstof en Natuur", "Directeur Stikstof en Natuur")
    return d


# ----------------------------------------------------------------------------------------------
def ln15():
    """NVWA findings at a dairy farm run by a natural person; health data; UBN; form in capitals."""
    d = Doc("ln15")
    blocks = [
        L("Nederlandse Voedsel- en Warenautoriteit", 11, True),
        L("Divisie Inspectie  -  Team Dierenwelzijn Landbouwhuisdieren Noord", 9),
        H("Rapport van bevindingen", 13),
        T([["Kenmerk", "NVWA/DW/2024/20931", "Datum", "14 mei 2024"],
           ["Houder", "DIRK-JAN DE WIT", "Rechtsvorm", "eenmanszaak"],
           ["Locatie (woonadres)", "Elsweg 12, 7721 RW Dalfsen", "UBN", "1902274"],
           ["Geboortedatum houder", "03-11-1971", "Telefoon", "0529-431876"],
           ["Inspecteur", "G.H. ZANTINGE (nr. 40321)", "Dierenarts", "M. OLDE RIKKERT"]],
          [20, 30, 16, 34], header=False),
        H("Aanleiding", 10.5),
        P("Op 8 mei 2024 ontving de NVWA een melding via Meldpunt 144 Red een Dier over verwaarloosde "
          "kalveren op het melkveebedrijf aan de Elsweg in Dalfsen. Op 14 mei 2024 hebben de inspecteurs "
          "het bedrijf onaangekondigd bezocht."),
        H("Bevindingen", 10.5),
        T([["Nr.", "Bevinding", "Norm"],
           ["1", "Zeven kalveren in een vervuilde iglo zonder droog ligbed.", "Besluit houders van dieren, art. 2.2"],
           ["2", "Twee melkkoeien met onbehandelde klauwaandoening, locomotiescore 4.", "art. 2.6 Besluit houders"],
           ["3", "Kadaver van een kalf (oormerk NL 5871 2293 4) niet aangemeld bij Rendac.", "art. 2.2 Wet dieren"]],
          [8, 62, 30]),
        P("De houder, de heer De Wit, verklaarde dat hij sinds februari 2024 vanwege een burn-out en een "
          "opname in het ziekenhuis Isala in Zwolle het bedrijf niet zelf kon verzorgen. Zijn zoon Jesse "
          "de Wit (17) en een buurman hielpen bij het melken. De inspecteur heeft de houder gewezen op de "
          "ondersteuning van Zorgboeren Overijssel en het Boerenhulplijn-telefoonnummer 0800 - 2 345 345."),
        PB(),
        H("Maatregelen", 10.5),
        P("De NVWA legt geen bestuurlijke boete op, maar geeft een schriftelijke waarschuwing en voert een "
          "hercontrole uit binnen 14 dagen. Gezien de persoonlijke situatie van de houder wordt de "
          "gemeente Dalfsen (team Sociaal Domein) met zijn toestemming ingelicht."),
        P("De bevindingen zijn besproken met de houder. De heer De Wit heeft het rapport niet ondertekend."),
        SP(10),
        T([["Naam", "Functie", "Paraaf"],
           ["G.H. Zantinge", "inspecteur dierenwelzijn", "GHZ"],
           ["M. Olde Rikkert", "dierenarts NVWA", "MOR"]], [40, 40, 20]),
        P("NVWA, Postbus 43006, 3540 AA Utrecht  |  0900 0388  |  www.nvwa.nl", 8),
    ]
    render(d.pdf, blocks, font="LibSans", size=9.6)
    set_meta(d.pdf, producer="Inspectieview 4.12 (JasperReports)", title="Rapport van bevindingen NVWA/DW/2024/20931")
    d.r("PERSON", "Dirk-Jan de Wit", "DIRK-JAN DE WIT", "heer De Wit")
    d.r("ADDRESS", "Elsweg 12, 7721 RW Dalfsen", "Elsweg 12", "7721 RW", "aan de Elsweg")
    d.r("NUMBER", "UBN 1902274", "1902274")
    d.r("DOB", "03-11-1971", "03-11-1971")
    d.r("PHONE", "0529-431876", "0529-431876")
    d.r("PERSON", "G.H. Zantinge", "ZANTINGE", "Zantinge", "GHZ")
    d.r("NUMBER", "inspecteursnummer 40321", "40321")
    d.r("PERSON", "M. Olde Rikkert", "OLDE RIKKERT", "Olde Rikkert", "MOR")
    d.r("HEALTH", "burn-out en opname Isala", "burn-out", "opname in het ziekenhuis Isala")
    d.r("PERSON", "Jesse de Wit", "Jesse de Wit")
    d.r("NUMBER", "oormerk kalf (of the farmer's herd)", "NL 5871 2293 4")
    d.k("ORG", "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit")
    d.k("REF", "NVWA/DW/2024/20931", "NVWA/DW/2024/20931")
    d.k("ORG", "Meldpunt 144 Red een Dier", "Meldpunt 144 Red een Dier")
    d.k("PLACE", "gemeente Dalfsen", "gemeente Dalfsen")
    d.k("LAW", "Besluit houders van dieren", "Besluit houders van dieren")
    d.k("LAW", "Wet dieren", "Wet dieren")
    d.k("ORG", "Rendac", "Rendac")
    d.k("ORG", "Zorgboeren Overijssel", "Zorgboeren Overijssel")
    d.k("PHONE", "0800 - 2 345 345", "0800 - 2 345 345")
    d.k("ADDRESS", "Postbus 43006, 3540 AA Utrecht", "Postbus 43006")
    d.k("PHONE", "0900 0388", "0900 0388")
    d.k("TITLE", "inspecteur dierenwelzijn", "inspecteur dierenwelzijn")
    d.k("TERM", "eenmanszaak", "eenmanszaak")
    d.k("DATE", "14 mei 2024", "14 mei 2024")
    return d


_b = bsn("17420358")
BSN16 = f"{_b[:4]}.{_b[4:6]}.{_b[6:]}"


# ----------------------------------------------------------------------------------------------
def ln16():
    """Summary of an NVWA-IOD file: criminal data about one person."""
    d = Doc("ln16")
    blocks = [
        L("NVWA - Inlichtingen- en Opsporingsdienst (NVWA-IOD)", 10, True),
        L("VERTROUWELIJK  -  samenvatting t.b.v. ketenoverleg", 9, True),
        H("Samenvatting proces-verbaal PV 2024-IOD-0388", 12),
        KV("Verdachte", "HENDRIKUS GERARDUS AKKERMAN, geboren 22-06-1964 te Raalte", 110),
        KV("Woonadres", "Lemelerweg 140, 8146 PM Heino", 110),
        KV("BSN", BSN16, 110),
        KV("Opsteller", "P. Smulders, rechercheur NVWA-IOD (nr. IOD-2217)", 110),
        KV("Datum", "2 april 2024", 110),
        SP(6),
        P("Het onderzoek richt zich op het onjuist registreren van mestafvoer (Vervoersbewijs Dierlijke "
          "Meststoffen) door de heer Akkerman, die als eenmanszaak 'Akkerman Agrarische Diensten' "
          "(KvK 71138495) loonwerk verricht voor melkveebedrijven in Salland. Uit de GPS-gegevens van "
          "RVO blijkt dat in 2023 op 46 vrachten geen mest is geleverd op het opgegeven afleveradres."),
        P("De verdachte is eerder, op 14 november 2019, door de rechtbank Overijssel veroordeeld tot een "
          "taakstraf van 120 uur en een voorwaardelijke gevangenisstraf van drie maanden wegens valsheid "
          "in geschrift in mestadministratie (parketnummer 08/961224-18). Hij staat bekend als iemand die "
          "medewerking aan controles weigert."),
        P("De officier van justitie van het Functioneel Parket (FP) beslist over vervolging. De "
          "samenvatting is bestemd voor het ketenoverleg LNV-NVWA-RVO en mag niet verder worden verspreid."),
        P("Een verwisseling met Wouter Akkerman (WUR) of met het bedrijf Akkermans Loonwerk B.V. uit "
          "Ommen is uitgesloten: geen familierelatie, geen zakelijke band.", 9),
        SP(6),
        L("P. Smulders", 9),
        L("NVWA-IOD, Postbus 43006, 3540 AA Utrecht", 9),
    ]
    render(d.pdf, blocks, font="Times-Roman", size=10.5, header="NVWA-IOD  |  VERTROUWELIJK")
    add_outline(d.pdf, [("Samenvatting PV 2024-IOD-0388", 0), ("Verdachte H.G. Akkerman", 0)])
    d.r("PERSON", "Hendrikus Gerardus Akkerman", "HENDRIKUS GERARDUS AKKERMAN", "heer Akkerman")
    d.r("PERSON", "H.G. Akkerman (outline title)", "H.G. Akkerman", channel="outline")
    d.r("DOB", "22-06-1964", "22-06-1964")
    d.r("ADDRESS", "Lemelerweg 140, 8146 PM Heino", "Lemelerweg 140", "8146 PM")
    d.r("BSN", BSN16, BSN16)
    d.r("PERSON", "P. Smulders", "Smulders")
    d.r("NUMBER", "IOD-2217", "IOD-2217")
    d.r("ORG-PERSON", "Akkerman Agrarische Diensten (eenmanszaak)", "Akkerman Agrarische Diensten")
    d.r("NUMBER", "KvK 71138495", "71138495")
    d.r("CRIMINAL", "veroordeling 2019", "taakstraf van 120 uur", "voorwaardelijke gevangenisstraf",
        "08/961224-18")
    d.r("PERSON", "Wouter Akkerman", "Wouter Akkerman")
    d.k("ORG", "NVWA-IOD", "NVWA-IOD")
    d.k("REF", "PV 2024-IOD-0388", "2024-IOD-0388")
    d.k("ORG", "rechtbank Overijssel", "rechtbank Overijssel")
    d.k("ORG", "Functioneel Parket", "Functioneel Parket")
    d.k("ORG", "Akkermans Loonwerk B.V.", "Akkermans Loonwerk B.V.")
    d.k("PLACE", "Ommen", "Ommen")
    d.k("PLACE", "Salland", "Salland")
    d.k("DOC", "Vervoersbewijs Dierlijke Meststoffen", "Vervoersbewijs Dierlijke Meststoffen")
    d.k("ORG", "WUR", "WUR")
    d.k("ADDRESS", "Postbus 43006", "Postbus 43006")
    d.k("TITLE", "rechercheur", "rechercheur")
    return d


# ----------------------------------------------------------------------------------------------
def ln17():
    """2023 letter from the minister voor Natuur en Stikstof to a PAS-melder (natural person)."""
    d = Doc("ln17")
    blocks = [
        RIGHT(lvvn_right("Programma PAS-melders", ["", "*Datum", "21 september 2023", "*Kenmerk",
                                                  "DGNVLG / 28441921"]),
              left=["*Ministerie van Landbouw, Natuur", "*en Voedselkwaliteit"]),
        L("De heer en mevrouw Kwakernaak-van 't Hul"),
        L("Achterdijk 9"),
        L("3947 ND Langbroek"),
        SP(10),
        L("Onderwerp: stand van zaken legalisatie van uw PAS-melding", 10, True),
        SP(4),
        P("Geachte heer en mevrouw Kwakernaak,"),
        P("U heeft in 2016 voor uw bedrijf een melding gedaan op grond van het Programma Aanpak Stikstof "
          "(PAS). Met deze brief informeren minister Van der Wal (Natuur en Stikstof) en minister Adema "
          "(Landbouw, Natuur en Voedselkwaliteit) u over de stand van zaken."),
        P("De provincie Utrecht heeft uw melding (nummer PAS-M-2016-03327) in beeld. Het Rijk stelt via "
          "het Legalisatieprogramma PAS-meldingen stikstofruimte beschikbaar. Handhaving op PAS-melders "
          "is niet aan de orde zolang de legalisatie loopt; dat heeft gedeputeerde Huib van Essen "
          "(provincie Utrecht) ook aan de Staten laten weten."),
        P("U kunt gratis ondersteuning krijgen van het Bij12-loket via 030 - 711 22 00 of "
          "pasmelders@bij12.nl. Uw persoonlijke adviseur is de heer Willem-Jan Rozendaal-Smit; u bereikt hem "
          "op 06-12 98 44 01."),
        SP(4),
        P("Met vriendelijke groet,"),
        P("de minister voor Natuur en Stikstof,"),
        P("namens deze,"),
        SIG("H. Veldhuizen", seed=61),
        L("drs. H.A. Veldhuizen"),
        L("programmadirecteur PAS-melders"),
    ]
    render(d.pdf, blocks, font="DejaVuSerif", size=9.4)
    set_meta(d.pdf, author="LNV Briefsjabloon", producer="Xential / iText 7.2.5")
    d.r("PERSON", "Kwakernaak-van 't Hul", "Kwakernaak-van 't Hul", "mevrouw Kwakernaak")
    d.r("ADDRESS", "Achterdijk 9, 3947 ND Langbroek", "Achterdijk 9", "3947 ND")
    d.r("PERSON", "Willem-Jan Rozendaal-Smit", "Rozendaal-Smit")
    d.r("PHONE", "06-12 98 44 01", "06-12 98 44 01")
    d.r("PERSON", "H.A. Veldhuizen", "Veldhuizen")
    d.r("NUMBER", "PAS-meldingsnummer of a natural person", "PAS-M-2016-03327")
    d.k("OFFICIAL", "minister Van der Wal", "minister Van der Wal")
    d.k("OFFICIAL", "minister Adema", "minister Adema")
    d.k("OFFICIAL", "gedeputeerde Huib van Essen", "gedeputeerde Huib van Essen")
    d.k("ORG", "provincie Utrecht", "provincie Utrecht")
    d.k("PROG", "Programma Aanpak Stikstof", "Programma Aanpak Stikstof")
    d.k("PROG", "Legalisatieprogramma PAS-meldingen", "Legalisatieprogramma PAS-meldingen")
    d.k("ORG", "Bij12", "Bij12")
    d.k("PHONE", "030 - 711 22 00", "030 - 711 22 00")
    d.k("EMAIL", "pasmelders@bij12.nl", "pasmelders@bij12.nl")
    d.k("REF", "DGNVLG / 28441921", "DGNVLG / 28441921")
    d.k("TITLE", "programmadirecteur PAS-melders", "programmadirecteur PAS-melders")
    d.k("ADDRESS", "Bezuidenhoutseweg 73", "Bezuidenhoutseweg 73")
    return d


# ----------------------------------------------------------------------------------------------
def ln18():
    """WUR memo: researchers named; AERIUS, Natura 2000 areas kept."""
    d = Doc("ln18")
    blocks = [
        L("Wageningen Environmental Research", 11, True),
        L("Postbus 47, 6700 AA Wageningen  |  T 0317 48 07 00  |  www.wur.nl", 8.5),
        H("Memo: gevoeligheid depositieberekening PAS-melders Veluwe", 12),
        KV("Aan", "Ministerie van LNV, directie Stikstof en Natuur (t.a.v. N. Bosch-Adriaanse)", 70),
        KV("Van", "dr. ir. Jorien Hakvoort-Lindeboom, dr. Sem Okafor", 70),
        KV("Datum", "15 maart 2024", 70),
        KV("Projectnr.", "WOT-04-011-047 / BO-43-116", 70),
        SP(6),
        P("Op verzoek van LNV hebben wij voor 64 PAS-melders op de Veluwe de depositie herberekend met "
          "AERIUS Calculator 2023.2 en het OPS-model van het RIVM. De berekende bijdragen liggen tussen 0,01 "
          "en 0,9 mol N/ha/jaar op de habitattypen H4030 (droge heiden) en H9190 (oude eikenbossen)."),
        P("De onzekerheid per bedrijf is groot: een variatie in stalsysteem of ventilatiehoogte verandert "
          "de uitkomst met 30 tot 60 procent. Wij adviseren daarom niet te sturen op afzonderlijke "
          "rekenresultaten onder 0,05 mol. Zie ook het advies van het Adviescollege Meten en Berekenen "
          "Stikstof (commissie-Hordijk, 2020)."),
        P("Voor vragen: Jorien Hakvoort-Lindeboom, jorien.hakvoort@wur.nl, 0317 - 48 62 19. Sem Okafor is "
          "tot 1 april met ouderschapsverlof."),
        SP(4),
        T([["Natura 2000-gebied", "Aantal melders", "Gem. depositie (mol/ha/j)"],
           ["Veluwe", "51", "0,21"],
           ["Rijntakken", "9", "0,07"],
           ["Binnenveld", "4", "0,12"]], [40, 25, 35]),
    ]
    render(d.pdf, blocks, font="Carlito", size=10.2)
    set_meta(d.pdf, author="Jorien Hakvoort-Lindeboom", producer="Microsoft Word for Microsoft 365")
    d.r("PERSON", "N. Bosch-Adriaanse", "Bosch-Adriaanse")
    d.r("PERSON", "Jorien Hakvoort-Lindeboom", "Hakvoort-Lindeboom", "Jorien")
    d.r("PERSON", "Sem Okafor", "Okafor", "Sem")
    d.r("EMAIL", "jorien.hakvoort@wur.nl", "jorien.hakvoort@wur.nl")
    d.r("PHONE", "0317 - 48 62 19", "0317 - 48 62 19")
    d.k("ORG", "Wageningen Environmental Research", "Wageningen Environmental Research")
    d.k("PHONE", "0317 48 07 00", "0317 48 07 00")
    d.k("WEB", "www.wur.nl", "www.wur.nl")
    d.k("PRODUCT", "AERIUS Calculator 2023.2", "AERIUS Calculator 2023.2")
    d.k("ORG", "RIVM", "RIVM")
    d.k("AREA", "Veluwe", "Veluwe")
    d.k("AREA", "Rijntakken", "Rijntakken")
    d.k("AREA", "Binnenveld", "Binnenveld")
    d.k("TERM", "H4030", "H4030")
    d.k("ORG", "Adviescollege Meten en Berekenen Stikstof", "Adviescollege Meten en Berekenen Stikstof")
    d.k("ORG", "commissie-Hordijk", "commissie-Hordijk")
    d.k("REF", "WOT-04-011-047", "WOT-04-011-047")
    d.k("TERM", "OPS-model", "OPS-model")
    return d


# ----------------------------------------------------------------------------------------------
def ln19():
    """E-mail from Greenpeace to the ministry (private persons at an NGO)."""
    d = Doc("ln19")
    blocks = [
        L("Van:       Marit de Groot-Ramdin <mdegroot@greenpeace.org>", 9),
        L("Datum:    dinsdag 11 februari 2025 09:15", 9),
        L("Aan:       Postbus Stikstof <stikstof@minlvvn.nl>", 9),
        L("CC:        juridisch@greenpeace.nl; Joost Brenninkmeijer <j.brenninkmeijer@greenpeace.org>", 9),
        L("Onderwerp: Uitvoering vonnis rechtbank Den Haag stikstof (Greenpeace/Staat)", 9),
        SP(8),
        P("Geachte heer, mevrouw,"),
        P("Op 22 januari 2025 heeft de rechtbank Den Haag in de zaak van Greenpeace Nederland tegen de "
          "Staat geoordeeld dat de Staat de stikstofdepositie moet terugbrengen, zodat in 2030 50 procent "
          "van de stikstofgevoelige natuur in Natura 2000-gebieden onder de kritische depositiewaarde ligt."),
        P("Wij vragen minister Wiersma om vóór 1 maart 2025 te laten weten hoe het kabinet het vonnis "
          "uitvoert, en of het Nationaal Programma Landelijk Gebied daarvoor wordt aangepast. Staatssecretaris "
          "Rummenie sprak op 30 januari in het AD over 'ruimte voor boeren'; wij horen graag hoe zich dat "
          "verhoudt tot het vonnis."),
        P("Ik ben bereikbaar op 06 - 18 27 36 45. Voor persvragen: persvoorlichting Greenpeace, 020 - 626 18 77."),
        P("Met vriendelijke groet,"),
        P("Marit de Groot-Ramdin"),
        L("Campagneleider Landbouw & Natuur, Greenpeace Nederland", 8.5),
        L("NDSM-Plein 32, 1033 WB Amsterdam", 8.5),
    ]
    render(d.pdf, blocks, font="Helvetica", size=9.8)
    set_meta(d.pdf, producer="Microsoft Outlook / Adobe PDF Library 23.1")
    d.r("PERSON", "Marit de Groot-Ramdin", "Marit de Groot-Ramdin")
    d.r("EMAIL", "mdegroot@greenpeace.org", "mdegroot@greenpeace.org")
    d.r("PERSON", "Joost Brenninkmeijer", "Joost Brenninkmeijer")
    d.r("EMAIL", "j.brenninkmeijer@greenpeace.org", "j.brenninkmeijer@greenpeace.org")
    d.r("PHONE", "06 - 18 27 36 45", "06 - 18 27 36 45")
    d.k("EMAIL", "stikstof@minlvvn.nl", "stikstof@minlvvn.nl")
    d.k("EMAIL", "juridisch@greenpeace.nl", "juridisch@greenpeace.nl")
    d.k("ORG", "Greenpeace Nederland", "Greenpeace Nederland")
    d.k("ORG", "rechtbank Den Haag", "rechtbank Den Haag")
    d.k("OFFICIAL", "minister Wiersma", "minister Wiersma")
    d.k("OFFICIAL", "Staatssecretaris Rummenie", "Staatssecretaris Rummenie")
    d.k("PROG", "Nationaal Programma Landelijk Gebied", "Nationaal Programma Landelijk Gebied")
    d.k("TERM", "Natura 2000-gebieden", "Natura 2000-gebieden")
    d.k("PHONE", "020 - 626 18 77", "020 - 626 18 77")
    d.k("ADDRESS", "NDSM-Plein 32", "NDSM-Plein 32")
    d.k("ORG", "AD", "AD")
    d.k("TITLE", "Campagneleider Landbouw & Natuur", "Campagneleider Landbouw & Natuur")
    d.k("DATE", "22 januari 2025", "22 januari 2025")
    return d


# ----------------------------------------------------------------------------------------------
def ln20():
    """LTO Nederland letter to the minister (2025)."""
    d = Doc("ln20")
    blocks = [
        RIGHT(["*LTO Nederland", "Bezuidenhoutseweg 225", "2594 AL Den Haag", "T 070 338 27 00",
               "info@lto.nl", "", "*Datum", "3 maart 2025", "*Ons kenmerk", "LTO-25-0217/HB"],
              left=["*LTO", "*Nederland"]),
        L("Aan minister Wiersma"),
        L("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        L("Postbus 20401, 2500 EK Den Haag"),
        SP(10),
        L("Betreft: mestmarkt, derogatie en de positie van PAS-melders", 10, True),
        SP(4),
        P("Geachte minister Wiersma,"),
        P("Het einde van de derogatie zet de mestmarkt onder grote druk. Melkveehouders betalen in 2025 "
          "tot 35 euro per kuub voor afzet van drijfmest. LTO Nederland vraagt u om (1) bij de Europese "
          "Commissie in te zetten op RENURE, (2) de graasdiervrijstelling te verruimen en (3) de "
          "PAS-melders uiterlijk in 2026 te legaliseren, zoals staatssecretaris Rummenie in het "
          "commissiedebat van 13 februari 2025 heeft toegezegd."),
        P("Wij vragen ook aandacht voor de menselijke kant. Onze vertrouwenspersonen spreken wekelijks "
          "boeren die vastlopen. Een van onze leden, melkveehouder Albertus Zwartjes uit De Wijk, heeft u "
          "daarover vorig jaar zelf geschreven; hij heeft ons toestemming gegeven dit te noemen, maar niet "
          "voor verdere publicatie."),
        P("Wij bespreken dit graag met u. Voor het plannen van een afspraak kunt u contact opnemen met onze "
          "beleidsadviseur mest, de heer Hidde Bruinsma (h.bruinsma@lto.nl, 06 55 08 31 27)."),
        P("Met vriendelijke groet,"),
        P("namens het bestuur van LTO Nederland,"),
        SIG("M. Evers", seed=71),
        L("mr. Mirjam Evers-Lindhout, directeur Belangenbehartiging"),
        SP(6),
        P("c.c. Kamercommissie voor Landbouw, Visserij, Voedselzekerheid en Natuur; IPO; NZO; NMV.", 8.5),
    ]
    render(d.pdf, blocks, font="LibSerif", size=10.3)
    set_meta(d.pdf, author="H. Bruinsma", producer="Microsoft Word for Microsoft 365")
    d.r("PERSON", "Albertus Zwartjes", "Albertus Zwartjes")
    d.r("PERSON", "Hidde Bruinsma", "Hidde Bruinsma")
    d.r("EMAIL", "h.bruinsma@lto.nl", "h.bruinsma@lto.nl")
    d.r("PHONE", "06 55 08 31 27", "06 55 08 31 27")
    d.r("PERSON", "Mirjam Evers-Lindhout", "Evers-Lindhout")
    d.r("PERSON", "H. Bruinsma (Author)", "H. Bruinsma", channel="metadata")
    d.k("ORG", "LTO Nederland", "LTO Nederland")
    d.k("ADDRESS", "Bezuidenhoutseweg 225", "Bezuidenhoutseweg 225")
    d.k("PHONE", "070 338 27 00", "070 338 27 00")
    d.k("EMAIL", "info@lto.nl", "info@lto.nl")
    d.k("OFFICIAL", "minister Wiersma", "Wiersma")
    d.k("OFFICIAL", "staatssecretaris Rummenie", "staatssecretaris Rummenie")
    d.k("ORG", "Europese Commissie", "Europese Commissie")
    d.k("TERM", "RENURE", "RENURE")
    d.k("PLACE", "De Wijk", "De Wijk")
    d.k("REF", "LTO-25-0217/HB", "LTO-25-0217/HB")
    d.k("ORG", "IPO", "IPO")
    d.k("ORG", "NZO", "NZO")
    d.k("ORG", "NMV", "NMV")
    d.k("TITLE", "directeur Belangenbehartiging", "directeur Belangenbehartiging")
    return d


# ----------------------------------------------------------------------------------------------
def ln21():
    """Kitchen-table talk Lbv-plus: personal circumstances, children, health."""
    d = Doc("ln21")
    blocks = [
        H("Gespreksverslag keukentafelgesprek Lbv-plus", 13),
        KV("Datum", "30 mei 2024, 14.00 uur", 110),
        KV("Plaats", "aan huis bij de aanvrager, Kanaaldijk Oost 5, Lemelerveld", 110),
        KV("Aanwezig", "mevrouw G. (Gerda) van Dalfsen-Kuipers (aanvrager), haar zoon Tim van Dalfsen, "
           "de heer A. Doornbos (RVO), mevrouw L. Smits-Özdemir (provincie Overijssel, "
           "Gebiedsgerichte Aanpak), de heer R. Haverkamp (Rabobank Salland)", 110),
        KV("Zaaknummer", "LBVP-23-004471", 110),
        SP(4),
        H("1. Situatie", 10.5),
        P("Mevrouw Van Dalfsen runt het zeugenbedrijf sinds het overlijden van haar man Henk in 2021 "
          "alleen. Zij heeft reumatoïde artritis en kan het zware werk niet meer doen. Zoon Tim (24) werkt "
          "als loonwerker en wil het bedrijf niet overnemen. Dochter Femke woont in Canada."),
        P("De locatie ligt op 230 meter van het Natura 2000-gebied Vecht- en Beneden-Reggegebied. In het "
          "kader van de Gebiedsgerichte Aanpak van de provincie Overijssel en het Nationaal Programma "
          "Landelijk Gebied komt zij in aanmerking voor de Lbv-plus."),
        H("2. Financiële positie", 10.5),
        P("De heer Haverkamp (Rabobank) licht toe dat er nog een hypotheek van circa EUR 640.000 op het "
          "bedrijf rust. De subsidie dekt de schuld volgens de bank ruim. Mevrouw wil op het erf blijven "
          "wonen; dat kan, mits de stallen worden gesloopt."),
        H("3. Vervolg", 10.5),
        T([["Wat", "Wie", "Wanneer"],
           ["Taxatie door Taxateur Oost (onafhankelijk)", "AD", "half juni"],
           ["Toets bestemmingsplan wonen op erf", "LS (provincie)", "eind juni"],
           ["Contact met vertrouwenspersoon ZLTO/LTO Noord", "mw. Van Dalfsen", "zelf"],
           ["Besluit subsidieaanvraag", "RVO", "uiterlijk 1 juli"]], [55, 25, 20]),
        PB(),
        H("4. Afspraken over gegevens", 10.5),
        P("Mevrouw geeft toestemming om de medische informatie te gebruiken voor de termijnen van de "
          "beëindiging, niet voor andere doeleinden. Haar mobiele nummer is 06-22 71 90 38; haar e-mail "
          "gerdavandalfsen@hetnet.nl. De provincie neemt contact op via het vaste nummer 038 499 88 99 "
          "(provinciehuis Zwolle)."),
        P("Verslag: A. Doornbos, RVO, 31 mei 2024. Gelezen en akkoord mw. Van Dalfsen-Kuipers, 4 juni 2024."),
    ]
    render(d.pdf, blocks, font="DejaVu", size=9.6)
    set_meta(d.pdf, author="Doornbos, A.G.", producer="Microsoft Word for Microsoft 365")
    d.r("PERSON", "Gerda van Dalfsen-Kuipers", "Van Dalfsen-Kuipers", "van Dalfsen-Kuipers", "Gerda",
        "Van Dalfsen", "mw. Van Dalfsen")
    d.r("ADDRESS", "Kanaaldijk Oost 5, Lemelerveld", "Kanaaldijk Oost 5")
    d.r("PERSON", "Tim van Dalfsen", "Tim van Dalfsen", "Tim")
    d.r("PERSON", "A. Doornbos", "Doornbos", "AD")
    d.r("PERSON", "L. Smits-Özdemir", "Smits-Özdemir", "LS")
    d.r("PERSON", "R. Haverkamp", "Haverkamp")
    d.r("PERSON", "Henk (overleden echtgenoot)", "Henk")
    d.r("PERSON", "Femke (dochter)", "Femke")
    d.r("HEALTH", "reumatoïde artritis", "reumatoïde artritis")
    d.r("PHONE", "06-22 71 90 38", "06-22 71 90 38")
    d.r("EMAIL", "gerdavandalfsen@hetnet.nl", "gerdavandalfsen@hetnet.nl")
    d.r("FIN", "hypotheek", "EUR 640.000")
    d.k("REF", "LBVP-23-004471", "LBVP-23-004471")
    d.k("ORG", "RVO", "RVO")
    d.k("ORG", "provincie Overijssel", "provincie Overijssel")
    d.k("ORG", "Rabobank Salland", "Rabobank Salland")
    d.k("PROG", "Gebiedsgerichte Aanpak", "Gebiedsgerichte Aanpak")
    d.k("PROG", "Nationaal Programma Landelijk Gebied", "Nationaal Programma Landelijk Gebied")
    d.k("PROG", "Lbv-plus", "Lbv-plus")
    d.k("AREA", "Vecht- en Beneden-Reggegebied", "Vecht- en Beneden-Reggegebied")
    d.k("ORG", "Taxateur Oost", "Taxateur Oost")
    d.k("ORG", "ZLTO", "ZLTO")
    d.k("ORG", "LTO Noord", "LTO Noord")
    d.k("PHONE", "038 499 88 99", "038 499 88 99")
    d.k("PLACE", "Canada", "Canada")
    d.k("PLACE", "Zwolle", "Zwolle")
    return d
