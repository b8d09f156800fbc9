"""Documents 16-32 of mixed45. All persons, addresses and numbers are invented."""
from lib import Doc

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))


# 16 ---------------------------------------------------------------- Teams chat export (rl)
add("16_teams_chat", "rl", [
    ("h1", "Export Teams-chat: Crisisteam Bevolkingszorg"),
    ("p", "Kanaal: VRU - Team Bevolkingszorg - brand Kanaalstraat\nGeëxporteerd: 9 februari 2025 23:58"),
    ("pre", "[21:04] Vermeulen, Sanne (VRU)\n"
            "  Opvang in de Jaarbeurs staat, hal 7. Wie pakt de registratie?\n"
            "[21:06] Appelhof, Joost (Gemeente Utrecht)\n"
            "  Ik. Sanne, stuur jij de lijst van de GHOR door?\n"
            "[21:09] Koster, Bibi (GHOR)\n"
            "  Eén bewoner, meneer Aydın uit nummer 41, met brandwonden naar UMC Utrecht.\n"
            "  Zijn dochter Elif belt steeds, nummer 06-3310 9274.\n"
            "[21:12] Vermeulen, Sanne (VRU)\n"
            "  Dank Bibi. Joost, burgemeester Dijksma is onderweg naar de Jaarbeurs.\n"
            "[21:15] Appelhof, Joost (Gemeente Utrecht)\n"
            "  Ok. NL-Alert is om 21:01 verstuurd, tekst staat in LCMS.\n"
            "[21:31] de Lange-Oudshoorn, Okke (VRU)\n"
            "  Ik neem het over van Sanne om 22:00. Bereikbaar op 06-4819 0072.\n"
            "[21:33] Koster, Bibi (GHOR)\n"
            "  @Okke de GGD regio Utrecht draait de nazorg; wethouder Eerdmans is gebeld."),
    ("p", "Deelnemers: Sanne Vermeulen (s.vermeulen@vru.nl), Joost Appelhof (joost.appelhof@utrecht.nl), "
          "Bibi Koster (b.koster@ghorutrecht.nl), Okke de Lange-Oudshoorn. Functionele mailbox: "
          "bevolkingszorg@vru.nl."),
],
    R=[("PERSON", "Sanne Vermeulen", "Vermeulen, Sanne", "Sanne Vermeulen", "Vermeulen", "Sanne"),
       ("PERSON", "Joost Appelhof", "Appelhof, Joost", "Joost Appelhof", "Appelhof", "Joost"),
       ("PERSON", "Bibi Koster", "Koster, Bibi", "Bibi Koster", "Koster", "Bibi"),
       ("PERSON", "meneer Aydın", "Aydın"),
       ("HEALTH", "brandwonden", "met brandwonden"),
       ("PERSON", "Elif (daughter)", "Elif"),
       ("PHONE", "06-3310 9274"),
       ("PERSON", "Okke de Lange-Oudshoorn", "de Lange-Oudshoorn, Okke", "Okke de Lange-Oudshoorn",
        "Lange-Oudshoorn", "Okke"),
       ("PHONE", "06-4819 0072"),
       ("EMAIL", "s.vermeulen@vru.nl"), ("EMAIL", "joost.appelhof@utrecht.nl"), ("EMAIL", "b.koster@ghorutrecht.nl")],
    K=[("ORG", "Team Bevolkingszorg"), ("PLACE", "Kanaalstraat"), ("PLACE", "Jaarbeurs"), ("ORG", "VRU"),
       ("ORG", "Gemeente Utrecht"), ("ORG", "GHOR"), ("ORG", "UMC Utrecht"),
       ("OFFICIAL", "burgemeester Dijksma", "Dijksma"), ("PRODUCT", "NL-Alert"), ("PRODUCT", "LCMS"),
       ("ORG", "GGD regio Utrecht"), ("OFFICIAL", "wethouder Eerdmans", "Eerdmans"),
       ("MAILBOX", "bevolkingszorg@vru.nl")],
    meta={"/Author": "Vermeulen, Sanne", "/Title": "Teams export Bevolkingszorg"},
    notes=[("Okke de Lange-Oudshoorn", "Chat bewaren voor evaluatie; namen Aydın/Elif niet delen")],
)

# 17 ---------------------------------------------------------------- WhatsApp export (LO from .txt)
add("17_whatsapp_export", "lo", [
    ("p", "WhatsApp-chat met Youssef Benali (jongerenwerk DOCK)\nGeëxporteerd door: wijkagent Lisa Brouwer"),
    ("p", "12-03-25 14:02 - Youssef Benali: Hoi Lisa, die jongens bij het Meer en Oever-winkelcentrum zijn er weer"),
    ("p", "12-03-25 14:05 - Lisa Brouwer: Dank Youssef. Is Rayan erbij?"),
    ("p", "12-03-25 14:06 - Youssef Benali: Ja, en zijn neef Ilyas Amrani. Rayan doet raar, volgens mij heeft hij "
          "weer een psychose, zijn moeder zegt dat hij zijn medicatie niet neemt"),
    ("p", "12-03-25 14:09 - Lisa Brouwer: Ik bel de GGD Amsterdam, team Vangnet. Kun jij bij ze blijven?"),
    ("p", "12-03-25 14:10 - Youssef Benali: Ok. Mijn nummer voor je collega: 06 1733 0852"),
    ("p", "12-03-25 14:31 - Lisa Brouwer: Collega Daniël Westra komt eraan (hij heeft dienst tot 22u)"),
    ("p", "12-03-25 14:33 - Youssef Benali: <Media weggelaten>"),
    ("p", "12-03-25 15:20 - Lisa Brouwer: Rayan is meegegaan met Vangnet. Ilyas heeft een Halt-afspraak "
          "volgende week. Ik licht de buurtregisseur van stadsdeel Nieuw-West in"),
    ("p", "12-03-25 15:22 - Youssef Benali: Top. Groet aan Daniël"),
    ("p", "Contact: Stichting DOCK, 020 - 618 17 18 (algemeen), info@dock.nl"),
],
    lo_kind="txt",
    R=[("PERSON", "Youssef Benali", "Youssef Benali", "Benali", "Youssef"),
       ("PERSON", "Lisa Brouwer", "Lisa Brouwer", "Lisa"),
       ("PERSON", "Rayan", "Rayan"),
       ("PERSON", "Ilyas Amrani", "Ilyas Amrani", "Ilyas"),
       ("HEALTH", "psychose", "weer een psychose"),
       ("HEALTH", "medicatie", "zijn medicatie niet neemt"),
       ("PHONE", "06 1733 0852"),
       ("PERSON", "Daniël Westra", "Daniël Westra", "Daniël")],
    K=[("ORG", "DOCK"), ("PLACE", "Meer en Oever"), ("ORG", "GGD Amsterdam"), ("ORG", "Vangnet"),
       ("PROGRAMME", "Halt-afspraak"), ("TITLE", "buurtregisseur"), ("PLACE", "stadsdeel Nieuw-West"),
       ("ORG", "Stichting DOCK"), ("SWITCHBOARD", "020 - 618 17 18"), ("MAILBOX", "info@dock.nl"),
       ("TITLE", "wijkagent")],
)

# 18 ---------------------------------------------------------------- case list table (rl, landscape)
_rows = [
    ["Nr", "Casus-ID", "Betrokkene", "Geb.datum", "Adres", "Problematiek", "Regievoerder", "Status"],
    ["1", "ZVH-25-0112", "Gerrit-Jan Hofstede-van Wijngaarden", "12-10-1971",
     "Aelbrechtskade 40C, 3022 HT Rotterdam", "verward gedrag, paranoïde schizofrenie, overlast", "M. Oudshoorn", "lopend"],
    ["2", "ZVH-25-0118", "Chaimae Bouzidi", "03-03-2001", "Katendrechtse Lagedijk 118, 3082 EE Rotterdam",
     "slachtoffer mensenhandel, zwangerschap 30 wkn", "R.K. Wiersma", "lopend"],
    ["3", "ZVH-25-0121", "Tomasz Wiśniewski", "22-08-1986", "Groene Hilledijk 309, 3074 AL Rotterdam",
     "dakloos, alcoholverslaving, veelpleger", "M. Oudshoorn", "afgesloten"],
    ["4", "ZVH-25-0130", "Lotte ter Horst", "17-04-2007", "Maasboulevard 2-4, 3011 TX Rotterdam",
     "loverboyproblematiek, LVB", "D.S. Baldewsingh", "lopend"],
    ["5", "ZVH-25-0134", "Winston Karg", "28-11-1964", "Slinge 1040, 3085 EZ Rotterdam",
     "ex-gedetineerde (TBS-verleden), nazorg", "R.K. Wiersma", "aanmelding"],
    ["6", "ZVH-25-0141", "Priscilla Pinas-Lie", "09-06-1990", "Beukelsweg 77A, 3022 GH Rotterdam",
     "huiselijk geweld, depressie", "D.S. Baldewsingh", "lopend"],
]
add("18_casuslijst_zvh", "rl", [
    ("h1", "Casuslijst Zorg- en Veiligheidshuis Rotterdam-Rijnmond"),
    ("p", "Peildatum 31 maart 2025. Vertrouwelijk: alleen voor ketenpartners (Bouman GGZ, Antes, Reclassering "
          "Nederland, Politie Eenheid Rotterdam, Openbaar Ministerie). Grondslag: Wet politiegegevens en "
          "convenant Zorg- en Veiligheidshuizen."),
    ("table", _rows, [8, 25, 38, 23, 48, 52, 33, 23]),
    ("p", "Procesregie: Zorg- en Veiligheidshuis Rotterdam-Rijnmond, Schiedamsedijk 26, "
          "telefoon 010 - 498 95 00. Vragen: zvh@rotterdam.nl."),
],
    landscape=True,
    R=[("PERSON", "Gerrit-Jan Hofstede-van Wijngaarden", "Gerrit-Jan Hofstede-van Wijngaarden",
        "Hofstede-van Wijngaarden"),
       ("DOB", "12-10-1971"),
       ("ADDRESS", "Aelbrechtskade 40C", "Aelbrechtskade 40C", "3022 HT Rotterdam"),
       ("HEALTH", "paranoïde schizofrenie"),
       ("PERSON", "M. Oudshoorn", "M. Oudshoorn"),
       ("PERSON", "Chaimae Bouzidi", "Chaimae Bouzidi", "Bouzidi"),
       ("DOB", "03-03-2001"),
       ("ADDRESS", "Katendrechtse Lagedijk 118", "Katendrechtse Lagedijk 118", "3082 EE Rotterdam"),
       ("SPECIAL", "slachtoffer mensenhandel"),
       ("HEALTH", "zwangerschap 30 wkn"),
       ("PERSON", "R.K. Wiersma", "R.K. Wiersma", "Wiersma"),
       ("PERSON", "Tomasz Wiśniewski", "Tomasz Wiśniewski", "Wiśniewski"),
       ("DOB", "22-08-1986"),
       ("ADDRESS", "Groene Hilledijk 309", "Groene Hilledijk 309", "3074 AL Rotterdam"),
       ("HEALTH", "alcoholverslaving"),
       ("SPECIAL", "veelpleger"),
       ("PERSON", "Lotte ter Horst", "Lotte ter Horst", "ter Horst"),
       ("DOB", "17-04-2007"),
       ("ADDRESS", "Maasboulevard 2-4", "Maasboulevard 2-4", "3011 TX Rotterdam"),
       ("HEALTH", "LVB"),
       ("SPECIAL", "loverboyproblematiek"),
       ("PERSON", "D.S. Baldewsingh", "D.S. Baldewsingh", "Baldewsingh"),
       ("PERSON", "Winston Karg", "Winston Karg", "Karg"),
       ("DOB", "28-11-1964"),
       ("ADDRESS", "Slinge 1040", "Slinge 1040", "3085 EZ Rotterdam"),
       ("SPECIAL", "ex-gedetineerde (TBS-verleden)", "TBS-verleden"),
       ("PERSON", "Priscilla Pinas-Lie", "Priscilla Pinas-Lie", "Pinas-Lie"),
       ("DOB", "09-06-1990"),
       ("ADDRESS", "Beukelsweg 77A", "Beukelsweg 77A", "3022 GH Rotterdam"),
       ("HEALTH", "depressie")],
    K=[("ORG", "Zorg- en Veiligheidshuis Rotterdam-Rijnmond"), ("ORG", "Bouman GGZ"), ("ORG", "Antes"),
       ("ORG", "Reclassering Nederland"), ("ORG", "Politie Eenheid Rotterdam"), ("ORG", "Openbaar Ministerie"),
       ("LAW", "Wet politiegegevens"), ("CASENO", "ZVH-25-0112"), ("CASENO", "ZVH-25-0118"),
       ("CASENO", "ZVH-25-0121"), ("CASENO", "ZVH-25-0130"), ("CASENO", "ZVH-25-0134"), ("CASENO", "ZVH-25-0141"),
       ("OFFICE_ADDRESS", "Schiedamsedijk 26"), ("SWITCHBOARD", "010 - 498 95 00"), ("MAILBOX", "zvh@rotterdam.nl")],
    meta={"/Author": "D.S. Baldewsingh", "/Title": "Casuslijst ZVH maart 2025"},
)

# 19 ---------------------------------------------------------------- filled form (reportlab AcroForm)
add("19_aanmeldformulier", "form", [
    ("h1", "Aanmeldformulier Zorg- en Veiligheidshuis"),
    ("p", "Zorg- en Veiligheidshuis Midden-Nederland, Europalaan 20, 3526 KS Utrecht\n"
          "Vul dit formulier in en stuur het naar aanmelden@zvhmiddennederland.nl.\n"
          "Gegevens worden verwerkt volgens de AVG en de Wet politiegegevens."),
    ("foot", "Ingevuld door de melder. Procesregisseur neemt binnen vijf werkdagen contact op.\n"
             "Algemeen telefoonnummer: 030 - 799 44 10."),
],
    fields=[("Naam cliënt", "naam_client", "Gijs Nooteboom"),
            ("Geboortedatum", "geboortedatum", "15-01-1979"),
            ("BSN", "bsn", "199277308"),
            ("Adres", "adres", "Amsterdamsestraatweg 612, 3555 HV Utrecht"),
            ("Telefoon cliënt", "tel_client", "06-2157 4430"),
            ("Reden aanmelding", "reden", "alcoholverslaving, dreigende huisuitzetting"),
            ("Naam melder", "naam_melder", "Esra Duran"),
            ("Organisatie melder", "org_melder", "Mitros, afdeling Wonen"),
            ("E-mail melder", "mail_melder", "e.duran@mitros.nl")],
    R=[("PERSON", "Gijs Nooteboom", "Gijs Nooteboom", "Nooteboom"),
       ("DOB", "15-01-1979"), ("BSN", "199277308"),
       ("ADDRESS", "Amsterdamsestraatweg 612", "Amsterdamsestraatweg 612", "3555 HV Utrecht"),
       ("PHONE", "06-2157 4430"),
       ("HEALTH", "alcoholverslaving"),
       ("PERSON", "Esra Duran", "Esra Duran", "Duran"),
       ("EMAIL", "e.duran@mitros.nl")],
    K=[("ORG", "Zorg- en Veiligheidshuis Midden-Nederland"), ("OFFICE_ADDRESS", "Europalaan 20, 3526 KS Utrecht"),
       ("MAILBOX", "aanmelden@zvhmiddennederland.nl"), ("LAW", "AVG"), ("LAW", "Wet politiegegevens"),
       ("TITLE", "Procesregisseur"), ("SWITCHBOARD", "030 - 799 44 10")],
    meta={"/Author": "Esra Duran", "/Title": "Aanmelding ZVH Nooteboom"},
)

# 20 ---------------------------------------------------------------- lawyer's letter (LO)
add("20_advocaat_brief", "lo", [
    ("p", "<b>Kooistra & Veldhuis Advocaten</b>\nOude Boteringestraat 55, 9712 GH Groningen\nT 050 - 313 44 00\n"
          "secretariaat@kooistraveldhuis.nl"),
    ("sp",),
    ("p", "Aan de burgemeester van de gemeente Groningen\nt.a.v. de afdeling Veiligheid\nPostbus 30026\n"
          "9700 RM Groningen"),
    ("p", "Groningen, 20 maart 2025\nOns kenmerk: 2025.0217/RJK\nBetreft: bezwaar gebiedsverbod cliënt Langeveld"),
    ("p", "Geachte burgemeester Schuiling,"),
    ("p", "Namens mijn cliënt, de heer D. (Dirk) Langeveld, wonende Boterdiep 47, 9712 LK Groningen, maak ik "
          "bezwaar tegen uw besluit van 10 maart 2025 waarbij aan cliënt een gebiedsverbod van drie maanden is "
          "opgelegd voor het Stationsgebied op grond van artikel 172a van de Gemeentewet en de APV Groningen."),
    ("p", "Het besluit berust op een rapportage van de politie waarin cliënt wordt aangeduid als betrokkene bij "
          "een vechtpartij. Cliënt was echter zelf slachtoffer. Hij kampt sinds 2019 met een posttraumatische "
          "stressstoornis en reageert daardoor heftig op dreiging; dat maakt hem nog geen ordeverstoorder."),
    ("p", "Cliënt verzoekt tevens om vergoeding van de kosten van bezwaar. U kunt deze overmaken op rekening "
          "NL07 ABNA 0518 3762 91 ten name van D. Langeveld, of op de derdengeldrekening van ons kantoor."),
    ("p", "Graag word ik gehoord. Ik ben bereikbaar op 06-1409 3376 en via kooistra@kooistraveldhuis.nl. "
          "Mijn kantoorgenoot mr. Veldhuis is tijdens mijn afwezigheid uw aanspreekpunt."),
    ("p", "Hoogachtend,\n\nmr. R.J. Kooistra\nadvocaat"),
],
    R=[("PERSON", "R.J. Kooistra (lawyer)", "R.J. Kooistra", "Roelof Kooistra", {"text": "Kooistra", "after": "keep"}),
       ("PERSON", "Veldhuis (lawyer)", "mr. Veldhuis"),
       ("PERSON", "paraph RJK", "RJK"),
       ("PERSON", "Dirk Langeveld", "D. (Dirk) Langeveld", "D. Langeveld", "Langeveld", "Dirk"),
       ("ADDRESS", "Boterdiep 47, 9712 LK Groningen", "Boterdiep 47", "9712 LK Groningen"),
       ("HEALTH", "posttraumatische stressstoornis"),
       ("IBAN", "NL07 ABNA 0518 3762 91"),
       ("PHONE", "06-1409 3376"),
       ("EMAIL", "kooistra@kooistraveldhuis.nl")],
    K=[("ORG", "Kooistra & Veldhuis Advocaten"), ("OFFICE_ADDRESS", "Oude Boteringestraat 55, 9712 GH Groningen"),
       ("SWITCHBOARD", "050 - 313 44 00"), ("MAILBOX", "secretariaat@kooistraveldhuis.nl"),
       ("OFFICE_ADDRESS", "Postbus 30026"), ("OFFICE_ADDRESS", "9700 RM Groningen"),
       ("OFFICIAL", "burgemeester Schuiling", "Schuiling"), ("PLACE", "Stationsgebied"),
       ("LAW", "artikel 172a"), ("LAW", "Gemeentewet"), ("LAW", "APV Groningen"), ("TITLE", "advocaat")],
    core={"author": "mr. R.J. Kooistra", "title": "Bezwaar gebiedsverbod Langeveld",
          "last_modified_by": "Kooistra, Roelof"},
    xmp={"dc:creator": ["Roelof Kooistra"], "dc:title": "Bezwaar gebiedsverbod D. Langeveld"},
    links=["mailto:kooistra@kooistraveldhuis.nl"],
)

# 21 ---------------------------------------------------------------- scan: Veilig Thuis melding by GP
add("21_scan_melding_huisarts", "scan", [
    ("h1", "Melding Veilig Thuis (fax)"),
    ("p", "Van: Huisartsenpraktijk De Linde, Lindelaan 3, Nijmegen\nMelder: huisarts Maarten Pouwels\n"
          "Telefoon melder (direct): 06-5583 1920"),
    ("p", "Betreft: Sanne-Lotte Rijnders, geboren 08-02-2016\nAdres: Groenestraat 288, 6531 JB Nijmegen\n"
          "Moeder: Jolanda Rijnders, BSN moeder 316504828"),
    ("p", "Het kind kwam op 24 maart op het spreekuur met blauwe plekken op beide bovenarmen en een "
          "verklaring die niet past bij het letsel. Moeder gaf aan dat haar nieuwe partner, Marco Stegeman, "
          "soms hard optreedt. Ik maak melding volgens de Meldcode."),
    ("p", "Handtekening: M. Pouwels, 24-03-2025"),
],
    R=[("PERSON", "Maarten Pouwels", "Maarten Pouwels", "Pouwels"),
       ("PHONE", "06-5583 1920"),
       ("PERSON", "Sanne-Lotte Rijnders", "Sanne-Lotte Rijnders"),
       ("DOB", "08-02-2016"),
       ("ADDRESS", "Groenestraat 288", "Groenestraat 288", "6531 JB"),
       ("PERSON", "Jolanda Rijnders", "Jolanda Rijnders", "Rijnders"),
       ("BSN", "316504828"),
       ("HEALTH", "blauwe plekken", "blauwe plekken op beide bovenarmen"),
       ("PERSON", "Marco Stegeman", "Marco Stegeman", "Stegeman")],
    meta={"/Title": "scan0041.pdf", "/Author": "Pouwels"},
)

# 22 ---------------------------------------------------------------- scan: police mutation, 2 pages
add("22_scan_mutatie", "scan", [
    ("h1", "Politie - mutatie BVH"),
    ("p", "Registratienummer: 2025061744\nSoort: Burenruzie / bedreiging\nPleegplaats: Hofstraat 9, Tilburg\n"
          "Datum: 14-03-2025 19:40"),
    ("p", "Rapporteur: Priya Ramsaran, hoofdagent, dienstnummer 2217605\nTweede verbalisant: Luuk Swinkels"),
    ("h2", "Betrokkenen"),
    ("p", "1. Johannes Verbunt (aangever), geboren 05-10-1958, Hofstraat 9, 5041 EA Tilburg, telefoon 06-2096 4415\n"
          "2. Kevin Smulders (verdachte), geboren 19-07-1992, Hofstraat 11, 5041 EA Tilburg\n"
          "Voertuig verdachte: kenteken 84-KTR-6"),
    ("p", "Verbunt verklaarde dat Smulders hem met een honkbalknuppel had bedreigd na ruzie over een schutting. "
          "Smulders is bekend bij de politie wegens eerdere mishandeling."),
    ("pb",),
    ("h2", "Vervolg"),
    ("p", "Beide partijen zijn gewaarschuwd. Buurtbemiddeling Tilburg wordt ingeschakeld. De wijkagent, "
          "Ramsaran, neemt over twee weken contact op met Verbunt. Smulders gaf aan onder behandeling te zijn "
          "voor agressieproblematiek bij GGZ Breburg."),
    ("p", "Afgesloten door: P. Ramsaran (2217605), 14-03-2025 22:15"),
],
    R=[("PERSON", "Priya Ramsaran", "Priya Ramsaran", "Ramsaran"),
       ("ID", "dienstnummer Ramsaran", "2217605"),
       ("PERSON", "Luuk Swinkels", "Luuk Swinkels", "Swinkels"),
       ("PERSON", "Johannes Verbunt", "Johannes Verbunt", "Verbunt"),
       ("DOB", "05-10-1958"),
       ("ADDRESS", "Hofstraat 9", "Hofstraat 9", "5041 EA Tilburg"),
       ("PHONE", "06-2096 4415"),
       ("PERSON", "Kevin Smulders", "Kevin Smulders", "Smulders"),
       ("DOB", "19-07-1992"),
       ("ADDRESS", "Hofstraat 11", "Hofstraat 11"),
       ("PLATE", "84-KTR-6"),
       ("SPECIAL", "eerdere mishandeling", "wegens eerdere mishandeling"),
       ("HEALTH", "agressieproblematiek", "behandeling te zijn voor agressieproblematiek")],
    meta={"/Title": "SCAN_20250315_0907"},
)

# 23 ---------------------------------------------------------------- scan: citizen's objection
add("23_scan_bezwaarschrift", "scan", [
    ("p", "Hendrikus (Henk) Oldenkamp\nMarkt 14\n7701 AN Dedemsvaart\nTel. 06-3392 0185"),
    ("p", "Aan het college van burgemeester en wethouders van Hardenberg\nPostbus 500, 7770 BA Hardenberg"),
    ("p", "Dedemsvaart, 2 april 2025\nBetreft: bezwaar tegen weigering bijzondere bijstand, BSN 204933171"),
    ("p", "Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen uw besluit van 20 maart 2025. Ik heb de kosten "
          "voor mijn gehoorapparaat en de eigen bijdrage voor mijn hartrevalidatie niet vergoed gekregen. "
          "De consulent, mevrouw Dekker-Bolhuis, heeft mij niet gehoord."),
    ("p", "Ik verzoek u het bedrag over te maken op NL86 TRIO 0197 3428 56.\n\nMet vriendelijke groet,\n\n"
          "H. Oldenkamp"),
],
    R=[("PERSON", "Hendrikus Oldenkamp", "Oldenkamp", "Hendrikus", "Henk"),
       ("ADDRESS", "Markt 14, 7701 AN Dedemsvaart", "Markt 14", "7701 AN"),
       ("PHONE", "06-3392 0185"),
       ("BSN", "204933171"),
       ("HEALTH", "gehoorapparaat"),
       ("HEALTH", "hartrevalidatie"),
       ("PERSON", "Dekker-Bolhuis", "Dekker-Bolhuis"),
       ("IBAN", "NL86 TRIO 0197 3428 56")],
    angle=-0.8,
)

# 24 ---------------------------------------------------------------- Halt completion letter (LO)
add("24_halt_afronding", "lo", [
    ("p", "Halt Oost-Nederland\nLocatie Arnhem, Eusebiusbuitensingel 20, 6828 HV Arnhem\nT 088 - 425 85 10\n"
          "oost-nederland@halt.nl"),
    ("sp",),
    ("p", "Aan de ouder(s)/verzorger(s) van Tim Hofstede\nDe heer en mevrouw Hofstede-Aalbers\nVeluwestraat 19\n"
          "6714 KB Ede"),
    ("p", "Datum: 28 maart 2025\nHalt-nummer: H-ON-25-00973"),
    ("p", "<b>Betreft: afronding Halt-straf</b>"),
    ("p", "Beste heer en mevrouw Hofstede-Aalbers,"),
    ("p", "Tim heeft de Halt-straf voor het winkeldiefstalincident bij de Action in Ede goed afgerond. Hij heeft "
          "een excuusbrief geschreven en vier uur gewerkt bij de Voedselbank Ede. Wij geven dit door aan de "
          "officier van justitie; de zaak is daarmee afgedaan en er volgt geen strafblad."),
    ("p", "Tijdens de gesprekken vertelde Tim over zijn dyslexie en de druk op school. Wij raden aan dit te "
          "bespreken met de mentor van het Pallas Athene College."),
    ("p", "Met vriendelijke groet,\n\nMirte Scholten\nHalt-medewerker\nm.scholten@halt.nl | 06-4477 1093"),
],
    R=[("PERSON", "Tim Hofstede", "Tim Hofstede", "Tim"),
       ("PERSON", "Hofstede-Aalbers (parents)", "Hofstede-Aalbers"),
       ("ADDRESS", "Veluwestraat 19, 6714 KB Ede", "Veluwestraat 19", "6714 KB Ede"),
       ("HEALTH", "dyslexie", "zijn dyslexie"),
       ("PERSON", "Mirte Scholten", "Mirte Scholten", "Scholten"),
       ("EMAIL", "m.scholten@halt.nl"), ("PHONE", "06-4477 1093")],
    K=[("ORG", "Halt Oost-Nederland"), ("OFFICE_ADDRESS", "Eusebiusbuitensingel 20, 6828 HV Arnhem"),
       ("SWITCHBOARD", "088 - 425 85 10"), ("MAILBOX", "oost-nederland@halt.nl"), ("CASENO", "H-ON-25-00973"),
       ("PROGRAMME", "Halt-straf"), ("ORG", "Action in Ede"), ("ORG", "Voedselbank Ede"),
       ("TITLE", "officier van justitie"), ("ORG", "Pallas Athene College"), ("TITLE", "Halt-medewerker")],
    core={"author": "Mirte Scholten", "title": "Afronding Halt Tim Hofstede"},
)

# 25 ---------------------------------------------------------------- mayor's closure decision (rl)
add("25_besluit_sluiting_13b", "rl", [
    ("h1", "Besluit sluiting woning (artikel 13b Opiumwet)"),
    ("p", "De burgemeester van Dordrecht\nKenmerk: OOV/2025/13b-007\nDatum: 21 maart 2025"),
    ("p", "Aan: de heer D. Ruigrok, Krommedijk 211, 3312 CC Dordrecht\nAfschrift: woningcorporatie Trivire "
          "(verhuurder)"),
    ("h2", "Overwegingen"),
    ("p", "Uit de bestuurlijke rapportage van de Politie Eenheid Rotterdam (BR 2025-0311) blijkt dat in de woning "
          "1,2 kg hennep en 48 gram cocaïne is aangetroffen. Dat is een handelshoeveelheid. Op grond van artikel "
          "13b, eerste lid, van de Opiumwet en het Damoclesbeleid gemeente Dordrecht 2023 ben ik bevoegd de "
          "woning te sluiten. De zienswijze van de heer Ruigrok, ingediend door zijn advocaat mr. F. Baaijens "
          "van Baaijens Strafrecht, leidt niet tot een ander besluit."),
    ("p", "Ruigrok voert aan dat zijn dochter Noa (9) in de woning verblijft. Ik heb dit belang meegewogen; de "
          "sluiting gaat in op 7 april 2025 zodat vervangende woonruimte kan worden gevonden."),
    ("h2", "Besluit"),
    ("p", "Ik besluit de woning Krommedijk 211 voor drie maanden te sluiten."),
    ("p", "De burgemeester van Dordrecht,\n\nW.A.J. Kolff"),
    ("small", "Behandeld door: E. Kaya, juridisch adviseur OOV, 06-5120 3367. Bezwaar binnen zes weken bij de "
              "burgemeester, Postbus 8, 3300 AA Dordrecht."),
],
    R=[("PERSON", "D. Ruigrok", "D. Ruigrok", "Ruigrok"),
       ("ADDRESS", "Krommedijk 211, 3312 CC Dordrecht", "Krommedijk 211", "3312 CC Dordrecht"),
       ("PERSON", "F. Baaijens (lawyer)", "mr. F. Baaijens", {"text": "Baaijens", "after": "keep"}),
       ("PERSON", "Noa (daughter)", "Noa"),
       ("PERSON", "E. Kaya", "E. Kaya", "Kaya"),
       ("PHONE", "06-5120 3367")],
    K=[("OFFICIAL", "burgemeester van Dordrecht"), ("OFFICIAL", "W.A.J. Kolff"), ("CASENO", "OOV/2025/13b-007"),
       ("ORG", "woningcorporatie Trivire"), ("ORG", "Politie Eenheid Rotterdam"), ("CASENO", "BR 2025-0311"),
       ("LAW", "Opiumwet"), ("PROGRAMME", "Damoclesbeleid gemeente Dordrecht 2023"),
       ("ORG", "Baaijens Strafrecht"), ("TITLE", "juridisch adviseur OOV"),
       ("OFFICE_ADDRESS", "Postbus 8, 3300 AA Dordrecht")],
    meta={"/Author": "Kaya, E.", "/Title": "Besluit 13b Krommedijk 211"},
    outline=["Besluit sluiting woning Ruigrok"],
)

# 26 ---------------------------------------------------------------- lokale driehoek minutes (LO)
add("26_driehoek_verslag", "lo", [
    ("h1", "Verslag lokale driehoek Dordrecht"),
    ("p", "Datum: 13 maart 2025, stadhuis Dordrecht\nAanwezig: burgemeester Kolff (voorzitter), hoofdofficier van "
          "justitie Van Wijlen (OM Rotterdam), districtschef R. Bosman (politie), S. Ramdin (notulen)"),
    ("h2", "1. Ondermijning"),
    ("p", "De burgemeester meldt dat drie woningen op grond van artikel 13b Opiumwet zijn gesloten. De "
          "hoofdofficier van justitie Van Wijlen benadrukt het belang van snelle bestuurlijke rapportages. "
          "Bosman zegt toe dat de wijkteams prioriteit geven aan de Krommedijk."),
    ("p", "Minister Van Weel van Justitie en Veiligheid heeft de gemeente gevraagd deel te nemen aan de pilot "
          "Weerbare wijken. Naar aanleiding van schriftelijke vragen van het lid Bikker (ChristenUnie) over "
          "drugspanden levert de gemeente cijfers aan het ministerie."),
    ("h2", "2. Jaarwisseling"),
    ("p", "Er waren 14 aanhoudingen. Eén agent, Jesse Kortekaas, raakte gewond aan zijn hand; hij is hersteld. "
          "Het cameratoezicht in het Stationsgebied wordt verlengd (artikel 151c Gemeentewet)."),
    ("h2", "3. Actiepunten"),
    ("table", [["Actie", "Wie", "Datum"],
               ["Evaluatie Damoclesbeleid naar de raad", "burgemeester Kolff", "april"],
               ["Aanleveren cijfers ondermijning", "RB", "1 april"],
               ["Concept verslag rondsturen", "SR", "20 maart"]], [90, 40, 30]),
    ("small", "Verslag: S. Ramdin, s.ramdin@dordrecht.nl"),
],
    R=[("PERSON", "R. Bosman (districtschef)", "R. Bosman", "Bosman"),
       ("PERSON", "paraph RB", "RB"),
       ("PERSON", "S. Ramdin", "S. Ramdin"),
       ("PERSON", "paraph SR", "SR"),
       ("EMAIL", "s.ramdin@dordrecht.nl"),
       ("PERSON", "Jesse Kortekaas", "Jesse Kortekaas", "Kortekaas"),
       ("HEALTH", "gewond aan zijn hand", "raakte gewond aan zijn hand")],
    K=[("OFFICIAL", "burgemeester Kolff", "Kolff"), ("OFFICIAL", "hoofdofficier van justitie Van Wijlen", "Van Wijlen"),
       ("ORG", "OM Rotterdam"), ("TITLE", "districtschef"), ("LAW", "Opiumwet"), ("LAW", "artikel 151c Gemeentewet"),
       ("PLACE", "Stationsgebied"), ("PLACE", "Krommedijk"), ("PROGRAMME", "Damoclesbeleid"),
       ("OFFICIAL", "Minister Van Weel", "Minister Van Weel"), ("ORG", "Justitie en Veiligheid"),
       ("PROGRAMME", "Weerbare wijken"), ("OFFICIAL", "het lid Bikker", "Bikker"), ("ORG", "ChristenUnie")],
    core={"author": "Ramdin, Sarita", "title": "Verslag driehoek 13-03-2025"},
    outline=["Verslag driehoek 13 maart", "Actiepunten (RB, SR)"],
)

# 27 ---------------------------------------------------------------- Wvggz crisismaatregel (LO)
add("27_crisismaatregel_wvggz", "lo", [
    ("h1", "Beschikking crisismaatregel"),
    ("p", "De burgemeester van Utrecht,\nKenmerk: WVGGZ-2025-0388\nDatum: 17 februari 2025, 03:15 uur"),
    ("p", "gelet op artikel 7:1 van de Wet verplichte geestelijke gezondheidszorg (Wvggz);"),
    ("p", "gezien de medische verklaring van J.A. Veltman, psychiater, onafhankelijk van de zorgaanbieder;"),
    ("p", "overwegende dat betrokkene, Merel Houtkamp, geboren 30-09-1998, BSN 261870452, wonende Twijnstraat 61, "
          "3511 ZK Utrecht, lijdt aan een psychotische decompensatie en dat dit gedrag leidt tot ernstig nadeel "
          "voor haarzelf (zij liep over het spoor bij station Utrecht Zuilen);"),
    ("p", "dat overleg met de officier van justitie heeft plaatsgevonden en dat de GGD regio Utrecht de "
          "aanvraag heeft voorbereid;"),
    ("h2", "Besluit"),
    ("p", "Een crisismaatregel te nemen ten aanzien van Merel Houtkamp, inhoudende opname in een accommodatie van "
          "Altrecht. De patiëntenvertrouwenspersoon, Gerda Mulderij-Smeets, is geïnformeerd. De familie "
          "(vader Hans Houtkamp, 06-2871 6640) is telefonisch ingelicht."),
    ("p", "De burgemeester van Utrecht,\nnamens deze, de loco-burgemeester,\n\nwethouder Eerdmans"),
    ("small", "Opgesteld door: T. van Oordt, beleidsadviseur crisisdienst, t.vanoordt@utrecht.nl"),
],
    R=[("PERSON", "J.A. Veltman", "J.A. Veltman", "Veltman"),
       ("PERSON", "Merel Houtkamp", "Merel Houtkamp", "Houtkamp"),
       ("DOB", "30-09-1998"), ("BSN", "261870452"),
       ("ADDRESS", "Twijnstraat 61, 3511 ZK Utrecht", "Twijnstraat 61", "3511 ZK Utrecht"),
       ("HEALTH", "psychotische decompensatie"),
       ("HEALTH", "over het spoor", "liep over het spoor"),
       ("PERSON", "Gerda Mulderij-Smeets", "Gerda Mulderij-Smeets", "Mulderij-Smeets"),
       ("PERSON", "Hans Houtkamp", "Hans Houtkamp"),
       ("PHONE", "06-2871 6640"),
       ("PERSON", "T. van Oordt", "T. van Oordt", "van Oordt"),
       ("EMAIL", "t.vanoordt@utrecht.nl")],
    K=[("OFFICIAL", "burgemeester van Utrecht"), ("CASENO", "WVGGZ-2025-0388"), ("LAW", "artikel 7:1"),
       ("LAW", "Wet verplichte geestelijke gezondheidszorg"), ("LAW", "Wvggz"), ("TITLE", "psychiater"),
       ("PLACE", "station Utrecht Zuilen"), ("TITLE", "officier van justitie"), ("ORG", "GGD regio Utrecht"),
       ("ORG", "Altrecht"), ("TITLE", "patiëntenvertrouwenspersoon"), ("OFFICIAL", "wethouder Eerdmans", "Eerdmans"),
       ("TITLE", "beleidsadviseur crisisdienst")],
    core={"author": "T. van Oordt", "title": "Crisismaatregel Houtkamp", "subject": "Wvggz psychose"},
)

# 28 ---------------------------------------------------------------- Schadefonds decision (rl)
add("28_schadefonds_besluit", "rl", [
    ("h1", "Beslissing op uw aanvraag"),
    ("p", "Schadefonds Geweldsmisdrijven\nPostbus 71, 2501 CB Den Haag\nTelefoon 070 - 414 20 00"),
    ("p", "Aan: de heer K. Aydoğan\nLedeboerstraat 14, 7511 GA Enschede\nDossiernummer: 2025/01772\n"
          "Datum: 22 april 2025"),
    ("p", "Geachte heer Aydoğan,"),
    ("p", "U heeft op 6 januari 2025 een aanvraag ingediend op grond van de Wet schadefonds geweldsmisdrijven. U "
          "bent op 31 december 2024 in Enschede mishandeld. Volgens de medische informatie van het Medisch "
          "Spectrum Twente heeft u een gebroken kaak en een hersenschudding opgelopen."),
    ("p", "Het Schadefonds kent u een uitkering toe van EUR 2.500 (letselcategorie 3). Het bedrag wordt binnen "
          "vier weken overgemaakt op rekening NL32 SNSB 0928 3746 51 ten name van K. Aydoğan."),
    ("p", "De verdachte, Bram Ottenhof, is door de politie aangehouden. Het Schadefonds kan de uitkering op hem "
          "verhalen."),
    ("p", "Met vriendelijke groet,\nnamens de Commissie Schadefonds Geweldsmisdrijven,\n\nmr. drs. I.C. "
          "Hooijberg-Tan, behandelaar\ni.hooijberg@schadefonds.nl"),
],
    R=[("PERSON", "K. Aydoğan", "K. Aydoğan", "Aydoğan"),
       ("ADDRESS", "Ledeboerstraat 14, 7511 GA Enschede", "Ledeboerstraat 14", "7511 GA"),
       ("HEALTH", "gebroken kaak"), ("HEALTH", "hersenschudding"),
       ("IBAN", "NL32 SNSB 0928 3746 51"),
       ("PERSON", "Bram Ottenhof", "Bram Ottenhof", "Ottenhof"),
       ("PERSON", "I.C. Hooijberg-Tan", "I.C. Hooijberg-Tan", "Hooijberg-Tan"),
       ("EMAIL", "i.hooijberg@schadefonds.nl")],
    K=[("ORG", "Schadefonds Geweldsmisdrijven"), ("OFFICE_ADDRESS", "Postbus 71, 2501 CB Den Haag"),
       ("SWITCHBOARD", "070 - 414 20 00"), ("CASENO", "2025/01772"), ("LAW", "Wet schadefonds geweldsmisdrijven"),
       ("PLACE", "in Enschede"), ("ORG", "Medisch Spectrum Twente"), ("TITLE", "behandelaar")],
    meta={"/Author": "Hooijberg-Tan, I.C.", "/Subject": "uitkering letsel Aydoğan"},
)

# 29 ---------------------------------------------------------------- ANPR hits (rl)
add("29_anpr_overzicht", "rl", [
    ("h1", "Overzicht ANPR-treffers"),
    ("p", "Politie Eenheid Zeeland-West-Brabant, Team Verkeer\nOnderzoek: PL2000-2025044190 (woninginbraken "
          "Moerdijk)\nOpgevraagd door: rechercheur Anke Joosten-Pals, dienstnummer 1966083"),
    ("table", [["Datum/tijd", "Camera", "Kenteken", "Tenaamgesteld (RDW)"],
               ["02-03-2025 01:12", "A16 Moerdijkbrug, re", "GTX-91-B", "J.P. Verhoeven, Breda"],
               ["02-03-2025 01:47", "A17 Klaverpolder", "GTX-91-B", "J.P. Verhoeven, Breda"],
               ["09-03-2025 02:30", "A16 Moerdijkbrug, li", "4-SRK-72", "Autoverhuur Zevenbergen BV"],
               ["09-03-2025 02:58", "N285 Zevenbergen", "XN-552-K", "Demi Aarts, Etten-Leur"]],
     [35, 45, 30, 60]),
    ("p", "Het kenteken 4-SRK-72 behoort toe aan een verhuurbedrijf; de huurder wordt via een vordering op grond "
          "van artikel 126nd Wetboek van Strafvordering opgevraagd. Gegevens van de RDW zijn verwerkt volgens de "
          "Wet politiegegevens."),
],
    R=[("PERSON", "Anke Joosten-Pals", "Anke Joosten-Pals", "Joosten-Pals"),
       ("ID", "dienstnummer Joosten-Pals", "1966083"),
       ("PLATE", "GTX-91-B"), ("PLATE", "XN-552-K"),
       ("PERSON", "J.P. Verhoeven", "J.P. Verhoeven"),
       ("PERSON", "Demi Aarts", "Demi Aarts"),
       ("PERSON", "G. Maas (sticky-note author)", "G. Maas")],
    K=[("ORG", "Politie Eenheid Zeeland-West-Brabant"), ("ORG", "Team Verkeer"), ("CASENO", "PL2000-2025044190"),
       ("PLACE", "A16 Moerdijkbrug"), ("PLACE", "A17 Klaverpolder"), ("PLACE", "N285 Zevenbergen"),
       ("ORG", "Autoverhuur Zevenbergen BV"), ("PLATE_COMPANY", "4-SRK-72"), ("ORG", "RDW"),
       ("LAW", "Wetboek van Strafvordering"), ("LAW", "Wet politiegegevens"), ("TITLE", "rechercheur")],
    meta={"/Author": "Joosten-Pals, A.", "/Title": "ANPR PL2000-2025044190"},
    notes=[("G. Maas (OvJ-secretariaat)", "Vordering 126nd huurder 4-SRK-72 laten tekenen door de OvJ")],
)

# 30 ---------------------------------------------------------------- COA incident report (LO)
add("30_coa_incidentmelding", "lo", [
    ("h1", "Incidentmelding"),
    ("p", "COA - locatie Budel-Cranendonck\nMeldingsnummer: INC-BUD-2025-0219\nDatum/tijd: 15 maart 2025, 22:40"),
    ("table", [["Betrokkene", "V-nummer", "Rol"],
               ["Abdulrahman Al-Khatib", "3018274659", "bewoner, unit 12"],
               ["Mariam Yousef Haidari", "3024417382", "bewoner, unit 14"],
               ["Teun Coppens", "-", "COA-medewerker (nachtdienst)"]], [60, 40, 60]),
    ("p", "Omschrijving: na een conflict in de gemeenschappelijke keuken kreeg de heer Al-Khatib pijn op de borst. "
          "In verband met zijn bekende hartklachten is 112 gebeld; hij is naar het Máxima MC in Veldhoven "
          "gebracht. Mevrouw Haidari was getuige en is door de Politie Eenheid Oost-Brabant gehoord."),
    ("p", "De IND en de gemeente Cranendonck zijn geïnformeerd volgens het incidentenprotocol. Locatiemanager: "
          "L. Vissers-Goossens, 06-2953 1184. Algemeen COA: 088 - 715 70 00."),
],
    R=[("PERSON", "Abdulrahman Al-Khatib", "Abdulrahman Al-Khatib", "Al-Khatib"),
       ("ID", "V-nummer Al-Khatib", "3018274659"),
       ("PERSON", "Mariam Yousef Haidari", "Mariam Yousef Haidari", "Haidari"),
       ("ID", "V-nummer Haidari", "3024417382"),
       ("PERSON", "Teun Coppens", "Teun Coppens"),
       ("HEALTH", "hartklachten", "bekende hartklachten"),
       ("PERSON", "L. Vissers-Goossens", "L. Vissers-Goossens", "Vissers-Goossens"),
       ("PHONE", "06-2953 1184")],
    K=[("ORG", "COA"), ("PLACE", "locatie Budel-Cranendonck"), ("CASENO", "INC-BUD-2025-0219"),
       ("ORG", "Máxima MC"), ("PLACE", "Veldhoven"), ("ORG", "Politie Eenheid Oost-Brabant"), ("ORG", "IND"),
       ("PLACE", "gemeente Cranendonck"), ("TITLE", "Locatiemanager"), ("SWITCHBOARD", "088 - 715 70 00")],
    core={"author": "Teun Coppens", "title": "Incident Al-Khatib 15-03"},
)

# 31 ---------------------------------------------------------------- HTML export of a registration (LO)
add("31_politie_mutatie_html", "lo", [
    ("h1", "Mutatie: overlast verward persoon (E33)"),
    ("p", "Politie Eenheid Den Haag, Basisteam Segbroek\nMutatienummer: 2025072219\nDatum: 20-04-2025 16:05"),
    ("p", "Melder: Wilma Schaap-Dorrestijn, Fahrenheitstraat 402, 2561 DH Den Haag, 06-1990 4427."),
    ("p", "Betrokkene: Olaf Brinkers, geboren 11-11-1977, zonder vaste woon- of verblijfplaats. Betrokkene "
          "stond schreeuwend op straat en gaf aan stemmen te horen. Hij is bekend met een bipolaire stoornis. Na "
          "overleg met de GGZ-crisisdienst van Parnassia is hij vrijwillig meegegaan."),
    ("p", "Verbalisanten: G. Mahabier (dienstnummer 2108830) en Nina Verweij (dienstnummer 2233014).\n"
          "Zorgmelding doorgezet naar het Zorg- en Veiligheidshuis Haaglanden en het Meldpunt Zorg en Overlast "
          "(meldpuntzorg@denhaag.nl)."),
],
    R=[("PERSON", "Wilma Schaap-Dorrestijn", "Wilma Schaap-Dorrestijn", "Schaap-Dorrestijn"),
       ("ADDRESS", "Fahrenheitstraat 402, 2561 DH Den Haag", "Fahrenheitstraat 402", "2561 DH"),
       ("PHONE", "06-1990 4427"),
       ("PERSON", "Olaf Brinkers", "Olaf Brinkers", "Brinkers"),
       ("DOB", "11-11-1977"),
       ("HEALTH", "stemmen te horen"),
       ("HEALTH", "bipolaire stoornis"),
       ("PERSON", "G. Mahabier", "G. Mahabier", "Mahabier"),
       ("ID", "dienstnummer Mahabier", "2108830"),
       ("PERSON", "Nina Verweij", "Nina Verweij", "Verweij"),
       ("ID", "dienstnummer Verweij", "2233014")],
    K=[("ORG", "Politie Eenheid Den Haag"), ("ORG", "Basisteam Segbroek"), ("CASENO", "2025072219"),
       ("PROGRAMME", "E33"), ("ORG", "Parnassia"), ("ORG", "Zorg- en Veiligheidshuis Haaglanden"),
       ("ORG", "Meldpunt Zorg en Overlast"), ("MAILBOX", "meldpuntzorg@denhaag.nl")],
    lo_kind="html",
    meta={"/Author": "Mahabier G", "/Title": "Mutatie 2025072219"},
    notes=[("Nina Verweij", "Brinkers ook bekend bij Parnassia ACT-team, zie eerdere mutatie")],
)

# 32 ---------------------------------------------------------------- e-mail thread youth protection (LO)
add("32_mail_jeugdbescherming", "lo", [
    ("p", "<b>Van:</b> Jansen-Peeters, Ria <r.jansenpeeters@jbgelderland.nl>\n<b>Verzonden:</b> maandag 17 maart "
          "2025 08:14\n<b>Aan:</b> Wijkteam Nijmegen-Oost <wijkteamoost@nijmegen.nl>; Bakkali, Hassan "
          "<h.bakkali@nijmegen.nl>\n<b>CC:</b> Overmars, Pieter-Bas <pb.overmars@jbgelderland.nl>\n"
          "<b>Onderwerp:</b> RE: OTS Jayden Wolters - voortgang"),
    ("p", "Hoi Hassan,"),
    ("p", "De ondertoezichtstelling (OTS) van Jayden Wolters (geb. 02-09-2012) is vorige week door de kinderrechter "
          "van de Rechtbank Gelderland met een jaar verlengd. Moeder, Kim Wolters, verblijft sinds februari in een "
          "kliniek van IrisZorg voor haar drugsverslaving. Jayden woont bij zijn oma, mevrouw A. Wolters-Hendriks, "
          "Berg en Dalseweg 140, 6522 BW Nijmegen."),
    ("p", "Wethouder Roemers heeft gevraagd om een korte update voor het bestuurlijk overleg over de Jeugdwet; "
          "zonder namen uiteraard. Pieter-Bas neemt mijn caseload over tijdens mijn verlof."),
    ("p", "Groet,\nRia\n\nRia Jansen-Peeters | Jeugdbeschermer | Jeugdbescherming Gelderland\n"
          "M 06-1298 3345 | werkdagen ma-di-do\nVerzonden vanaf mijn iPhone"),
    ("p", "<b>Van:</b> Bakkali, Hassan <h.bakkali@nijmegen.nl>\n<b>Verzonden:</b> vrijdag 14 maart 2025 16:02\n"
          "<b>Aan:</b> Jansen-Peeters, Ria <r.jansenpeeters@jbgelderland.nl>\n<b>Onderwerp:</b> OTS Jayden "
          "Wolters - voortgang"),
    ("p", "Beste Ria,"),
    ("p", "Kunnen we de gezinsbegeleiding voor oma via Entrea Lindenhout laten lopen? Mevrouw Wolters-Hendriks "
          "heeft zelf ook hartproblemen en kan de zorg niet alleen dragen. Laat je het weten?"),
    ("p", "Met vriendelijke groet,\n\nHassan Bakkali\nJeugdprofessional Wijkteam Nijmegen-Oost\nGemeente Nijmegen "
          "| Korte Nieuwstraat 6 | T 14 024 | M 06-4021 7788"),
],
    R=[("PERSON", "Ria Jansen-Peeters", "Jansen-Peeters, Ria", "Ria Jansen-Peeters", "Jansen-Peeters", "Ria"),
       ("EMAIL", "r.jansenpeeters@jbgelderland.nl"),
       ("PERSON", "Hassan Bakkali", "Bakkali, Hassan", "Hassan Bakkali", "Bakkali", "Hassan"),
       ("EMAIL", "h.bakkali@nijmegen.nl"),
       ("PERSON", "Pieter-Bas Overmars", "Overmars, Pieter-Bas", "Overmars", "Pieter-Bas"),
       ("EMAIL", "pb.overmars@jbgelderland.nl"),
       ("PERSON", "Jayden Wolters", "Jayden Wolters", "Jayden"),
       ("DOB", "02-09-2012"),
       ("PERSON", "Kim Wolters", "Kim Wolters"),
       ("HEALTH", "drugsverslaving", "voor haar drugsverslaving"),
       ("PERSON", "A. Wolters-Hendriks", "A. Wolters-Hendriks", "Wolters-Hendriks"),
       ("PERSON", "Wolters (family name)", "Wolters"),
       ("ADDRESS", "Berg en Dalseweg 140, 6522 BW Nijmegen", "Berg en Dalseweg 140", "6522 BW Nijmegen"),
       ("HEALTH", "hartproblemen"),
       ("PHONE", "06-1298 3345"), ("PHONE", "06-4021 7788")],
    K=[("ORG", "Wijkteam Nijmegen-Oost"), ("MAILBOX", "wijkteamoost@nijmegen.nl"), ("PROGRAMME", "OTS"),
       ("LAW", "ondertoezichtstelling"), ("TITLE", "kinderrechter"), ("COURT", "Rechtbank Gelderland"),
       ("ORG", "IrisZorg"), ("OFFICIAL", "Wethouder Roemers", "Roemers"), ("LAW", "Jeugdwet"),
       ("TITLE", "Jeugdbeschermer"), ("ORG", "Jeugdbescherming Gelderland"), ("ORG", "Entrea Lindenhout"),
       ("TITLE", "Jeugdprofessional"), ("PLACE", "Gemeente Nijmegen"), ("OFFICE_ADDRESS", "Korte Nieuwstraat 6"),
       ("SWITCHBOARD", "14 024")],
    core={"author": "Bakkali, Hassan", "title": "RE: OTS Jayden Wolters - voortgang"},
    links=["mailto:r.jansenpeeters@jbgelderland.nl", "mailto:h.bakkali@nijmegen.nl"],
)

# 33 ---------------------------------------------------------------- dispatch log (rl, monospace)
add("33_meldkamer_log", "rl", [
    ("h1", "Incidentlog Meldkamer Oost-Nederland"),
    ("p", "Incident 2025-0325-4471, prioriteit A1, disciplines Ambulance en Politie"),
    ("pre", "22:14:03  112-melding (KPN), beller Frank Gerritsen, 06-5310 2279\n"
            "22:14:40  Locatie: Brinkgreverweg 55, 7413 AB Deventer (woning)\n"
            "22:15:10  Slachtoffer Ellen Gerritsen-Mensink (41), aanspreekbaar: nee\n"
            "22:15:12  Melder: echtgenote heeft diabetes type 1, mogelijk hypo\n"
            "22:15:40  Gealarmeerd: ambulance 04-112 (RAV IJsselland), Noodhulp 06-21\n"
            "22:19:02  Centralist ambulancezorg H. Vos: instructies glucose aan melder\n"
            "22:21:37  Politie ter plaatse: G. Meijerink (1877361), S. Dogan-Kramer (2190064)\n"
            "22:24:15  Ambulance ter plaatse\n"
            "22:38:50  Vervoer naar Deventer Ziekenhuis, SEH\n"
            "22:41:00  Afgesloten door centralist politie Jorien Lubbers"),
    ("p", "Log geëxporteerd uit GMS voor de Woo-aanvraag over aanrijtijden in de gemeente Deventer. Algemeen "
          "nummer Meldkamer Oost-Nederland: 088 - 005 91 00."),
],
    R=[("PERSON", "Frank Gerritsen", "Frank Gerritsen"),
       ("PHONE", "06-5310 2279"),
       ("ADDRESS", "Brinkgreverweg 55, 7413 AB Deventer", "Brinkgreverweg 55", "7413 AB Deventer"),
       ("PERSON", "Ellen Gerritsen-Mensink", "Ellen Gerritsen-Mensink", "Gerritsen-Mensink"),
       ("HEALTH", "diabetes type 1", "diabetes type 1, mogelijk hypo"),
       ("PERSON", "H. Vos", "H. Vos"),
       ("PERSON", "G. Meijerink", "G. Meijerink", "Meijerink"),
       ("ID", "dienstnummer Meijerink", "1877361"),
       ("PERSON", "S. Dogan-Kramer", "S. Dogan-Kramer", "Dogan-Kramer"),
       ("ID", "dienstnummer Dogan-Kramer", "2190064"),
       ("PERSON", "Jorien Lubbers", "Jorien Lubbers", "Lubbers")],
    K=[("ORG", "Meldkamer Oost-Nederland"), ("CASENO", "2025-0325-4471"), ("ORG", "KPN"),
       ("ORG", "RAV IJsselland"), ("ORG", "Noodhulp 06-21"), ("ORG", "ambulance 04-112"),
       ("TITLE", "Centralist ambulancezorg"), ("ORG", "Deventer Ziekenhuis"), ("TITLE", "centralist politie"),
       ("PRODUCT", "GMS"), ("PLACE", "gemeente Deventer"), ("SWITCHBOARD", "088 - 005 91 00")],
    meta={"/Author": "Lubbers, J.", "/Title": "GMS-log 2025-0325-4471", "/Subject": "P1 hypo Gerritsen-Mensink"},
)

# 34 ---------------------------------------------------------------- VOG overview table (LO, landscape)
add("34_vog_overzicht", "lo", [
    ("h1", "Overzicht VOG-aanvragen kinderopvang, eerste kwartaal 2025"),
    ("p", "Gemeente Almere, toezicht kinderopvang - ter informatie van de GGD Flevoland. Beslissingen van Dienst "
          "Justis op grond van de Wet justitiële en strafvorderlijke gegevens; continue screening volgens de Wet "
          "kinderopvang."),
    ("table", [["Aanvrager", "Geb.datum", "Organisatie", "Profiel", "Beslissing", "Toelichting"],
               ["Mirjam de Vries-Kok", "14-02-1985", "Partou Almere Poort", "84", "afgegeven", "-"],
               ["Thomas Brouwer-Tan", "30-06-1999", "Kinderopvang Humankind", "84",
                "voornemen tot weigering", "antecedent: mishandeling (2021)"],
               ["Joyce Sedney", "07-12-1992", "Kinderdagverblijf Het Zonnetje", "84", "afgegeven", "-"],
               ["Rob van Zanten", "19-03-1970", "gastouder via Gastouderbureau Flevoland", "84", "geweigerd",
                "antecedent: zedendelict (2016)"]],
     [38, 20, 45, 12, 30, 45]),
    ("p", "De aanvragers met een weigering zijn door de GGD Flevoland geïnformeerd. Voor vragen: "
          "kinderopvang@almere.nl of 14 036. Opgesteld door toezichthouder N. Wagemaker (n.wagemaker@almere.nl)."),
],
    landscape=True,
    R=[("PERSON", "Mirjam de Vries-Kok", "Mirjam de Vries-Kok", "de Vries-Kok"),
       ("DOB", "14-02-1985"),
       ("PERSON", "Thomas Brouwer-Tan", "Thomas Brouwer-Tan", "Brouwer-Tan"),
       ("DOB", "30-06-1999"),
       ("SPECIAL", "antecedent: mishandeling (2021)", "mishandeling (2021)"),
       ("PERSON", "Joyce Sedney", "Joyce Sedney", "Sedney"),
       ("DOB", "07-12-1992"),
       ("PERSON", "Rob van Zanten", "Rob van Zanten", "van Zanten", "Van Zanten"),
       ("DOB", "19-03-1970"),
       ("SPECIAL", "antecedent: zedendelict (2016)", "zedendelict (2016)"),
       ("PERSON", "N. Wagemaker", "N. Wagemaker", "Wagemaker"),
       ("EMAIL", "n.wagemaker@almere.nl")],
    K=[("PLACE", "Gemeente Almere"), ("ORG", "GGD Flevoland"), ("ORG", "Dienst Justis"),
       ("LAW", "Wet justitiële en strafvorderlijke gegevens"), ("LAW", "Wet kinderopvang"),
       ("ORG", "Partou Almere Poort"), ("ORG", "Kinderopvang Humankind"), ("ORG", "Kinderdagverblijf Het Zonnetje"),
       ("ORG", "Gastouderbureau Flevoland"), ("MAILBOX", "kinderopvang@almere.nl"), ("SWITCHBOARD", "14 036"),
       ("TITLE", "toezichthouder")],
    core={"author": "Wagemaker, N.", "title": "VOG Q1 2025", "subject": "weigeringen Brouwer-Tan, Van Zanten"},
)
