"""HR and integrity files (ad10-ad13)."""
from framework import *  # noqa


def ad10():
    name = "ad10_verzuim_gespreksverslag"
    b = [
        ("title", "Verslag verzuimgesprek (week 6) - vertrouwelijk"),
        ("kv", [("Medewerker", "Jan-Willem (Dan) Terpstra-Oguntoye, senior adviseur Informatiebeveiliging, personeelsnr. 4410982"),
                ("Leidinggevende", "Marjolein Ypma-de Bruijn, afdelingshoofd I&amp;A"),
                ("Casemanager P&amp;O", "Gülşen Aksoy-Wijnands"),
                ("Bedrijfsarts", "drs. A.H. Nijboer-Lasonder (ArboNed)"),
                ("Organisatie", "Waterschap Vallei en Veluwe, Apeldoorn"), ("Datum gesprek", "5 juni 2025")]),
        ("h", "Aanleiding"),
        ("p", "Dan is sinds 24 april 2025 volledig arbeidsongeschikt gemeld. Volgens het advies van de bedrijfsarts van "
              "22 mei is sprake van overspannenheid met slaapproblemen; er zijn geen medische details met de "
              "leidinggevende gedeeld. De bedrijfsarts verwacht een start met re-integratie binnen vier weken."),
        ("h", "Besproken"),
        ("p", "Marjolein opent het gesprek. Dan geeft aan dat de hoge werkdruk rond het Security Operations Center "
              "(SOC) en de migratie naar Microsoft Entra ID hem veel energie hebben gekost. Ook noemt hij het "
              "conflict met zijn collega, de heer Stijn Bakker, over de incidentafhandeling van het phishingincident "
              "in februari. Gülşen licht de Wet verbetering poortwachter toe en het Plan van Aanpak dat uiterlijk "
              "in week 8 moet worden opgesteld."),
        ("p", "Afspraken: (1) Dan start op 16 juni met twee keer drie uur per week, vanuit huis; (2) het werk voor "
              "het project Digitale Weerbaarheid Waterschappen wordt tijdelijk overgedragen aan Bas van Oudheusden "
              "(extern, via Yacht); (3) er komt een mediationgesprek met de heer Bakker, begeleid door de "
              "vertrouwenspersoon van het Waterschapshuis."),
        ("p", "Dan vraagt of hij via WhatsApp (06 22 41 87 15) bereikbaar mag zijn in plaats van per e-mail. "
              "Marjolein stemt in; werkinhoudelijke vragen lopen via de functionele mailbox "
              "informatiebeveiliging@vallei-veluwe.nl, niet via hem."),
        ("small", "Dit verslag is door beide partijen gelezen. Paraaf medewerker: JWT | paraaf leidinggevende: MYdB. "
                  "Bewaartermijn: 2 jaar na einde dienstverband (Archiefwet 1995, selectielijst waterschappen)."),
        ("small", "De dijkgraaf, Tanja Haseloop-Amsing, en het algemeen bestuur van Waterschap Vallei en Veluwe zijn niet "
                  "over individuele verzuimdossiers geïnformeerd."),
    ]
    comments = [("overspannenheid", "Aksoy-Wijnands, Gülşen", "GAW",
                 "Diagnose hoort hier niet! Verwijderen, alleen de functionele beperkingen (FML) noemen."),
                ("Bas van Oudheusden", "Ypma-de Bruijn, Marjolein", "MYdB",
                 "Bas is akkoord, start 10/6. Ook Wytske van het SOC informeren.")]
    def build(out):
        render_docx(b, out, name, author="Aksoy-Wijnands, G.", comments=comments, notes_in_margin=True,
                    footer="Vertrouwelijk - P&O Waterschap Vallei en Veluwe")
    redact = [
        R("PERSON", "Jan-Willem (Dan) Terpstra-Oguntoye", "Jan-Willem", "Dan", "Terpstra-Oguntoye", "JWT"),
        R("ID", "personeelsnr. 4410982", "4410982"),
        R("PERSON", "Marjolein Ypma-de Bruijn", "Marjolein Ypma-de Bruijn", "Marjolein", "MYdB", "~Ypma-de Bruijn"),
        R("PERSON", "Gülşen Aksoy-Wijnands", "Gülşen Aksoy-Wijnands", "Gülşen", "~Aksoy-Wijnands"),
        R("PERSON", "A.H. Nijboer-Lasonder", "A.H. Nijboer-Lasonder"),
        R("HEALTH", "overspannenheid met slaapproblemen", "overspannenheid", "slaapproblemen"),
        R("PERSON", "Stijn Bakker", "Stijn Bakker", "Bakker"),
        R("PERSON", "Bas van Oudheusden", "Bas van Oudheusden", "Bas"),
        R("PHONE", "06 22 41 87 15", "06 22 41 87 15"),
        R("PERSON", "Wytske (SOC)", P("Wytske", ch="annotations")),
    ]
    keep = [
        K("ORG", "Waterschap Vallei en Veluwe"), K("PLACE", "Apeldoorn"), K("ORG", "ArboNed"),
        K("TERM", "Security Operations Center"), K("TERM", "SOC"), K("PRODUCT", "Microsoft Entra ID"),
        K("LAW", "Wet verbetering poortwachter"), K("TERM", "Plan van Aanpak"),
        K("PROGRAMME", "Digitale Weerbaarheid Waterschappen"), K("ORG", "Yacht"), K("ORG", "Waterschapshuis"),
        K("PRODUCT", "WhatsApp"), K("MAILBOX", "informatiebeveiliging@vallei-veluwe.nl"), K("LAW", "Archiefwet 1995"),
        K("OFFICE_HOLDER", "dijkgraaf Tanja Haseloop-Amsing", "Tanja Haseloop-Amsing"), K("ROLE", "senior adviseur Informatiebeveiliging"),
        K("ROLE", "afdelingshoofd I&A"), K("ROLE", "Bedrijfsarts", "bedrijfsarts"), K("ROLE", "vertrouwenspersoon"),
    ]
    return name, build, redact, keep


def ad11():
    name = "ad11_integriteit_getuigenverhoor"
    body = [
        ("raw", "<div class='small'>Bureau Integriteit - Gemeente Utrecht | Stadsplateau 1 | integriteit@utrecht.nl | STRIKT VERTROUWELIJK</div><hr>"),
        ("title", "Verslag interview getuige - onderzoek INT-2025-007"),
        ("kv", [("Onderwerp", "vermoeden van belangenverstrengeling bij de aanbesteding 'Groenonderhoud Leidsche Rijn 2025-2029'"),
                ("Betrokkene", "de heer E.J.M. (Evert) van der Heijden-Chaouch, senior inkoopadviseur"),
                ("Getuige", "mevrouw Nguyễn Thị Lan (roepnaam Lan), contractmanager Stadsbeheer"),
                ("Interviewers", "mr. Rosalie Abbenbroek-Tabak (onderzoeker), Yannick Dos Santos Pereira (notulist)"),
                ("Datum / plaats", "20 mei 2025, Stadskantoor, Stadsplateau 1, kamer 7.14"),
                ("Opname", "audio-opname met toestemming, bestand INT-2025-007_getuige2.m4a")]),
        ("h", "Verslag"),
        ("p", "<b>RA:</b> Dank dat u er bent. U bent getuige, niet betrokkene. U mag een vertrouwenspersoon "
              "meenemen. <b>Lan:</b> Dat hoeft niet."),
        ("p", "<b>RA:</b> Hoe lang werkt u samen met de heer Van der Heijden-Chaouch? <b>Lan:</b> Sinds 2021. Ik noem "
              "hem Evert; iedereen zegt Eef. Wij zaten samen in het inkoopteam voor Groenonderhoud."),
        ("p", "<b>RA:</b> Wist u dat zijn zwager eigenaar is van Hoveniersbedrijf Groenwerk Lek B.V.? "
              "<b>Lan:</b> Ja. Dat is Ruud Kalkhoven. Evert zei in november dat hij zich zou terugtrekken uit de "
              "beoordeling, maar ik zag in TenderNed dat hij op 9 januari nog in het beoordelingsteam stond."),
        ("p", "<b>RA:</b> Heeft u dit gemeld? <b>Lan:</b> Ik heb het aan mijn leidinggevende, Marco Zwaneveld, "
              "verteld. Hij zei dat ik het bij het Meldpunt Integriteit moest melden; dat heb ik niet meteen gedaan. "
              "Ik had schrik voor de sfeer in het team. Later heeft Hanneke, de inkoopjurist, het gemeld."),
        ("p", "<b>YDSP:</b> Voor het verslag: Hanneke is mevrouw J.H. Lodewijks-Amrani. <b>RA:</b> Klopt."),
        ("p", "<b>RA:</b> Zijn er berichten die u kunt laten zien? <b>Lan:</b> Een Teams-chat van 12 januari waarin "
              "Eef schrijft 'laat Groenwerk maar even liggen, ik regel de scores'. Ik stuur die door naar "
              "integriteit@utrecht.nl."),
        ("h", "Afspraken"),
        ("p", "Het verslag wordt binnen vijf werkdagen aan de getuige voorgelegd. De getuige kan correcties doorgeven "
              "via het secretariaat, telefoon 030 286 00 00 (algemeen). De gemeentesecretaris en wethouder "
              "Linda Voortman (portefeuille Bedrijfsvoering) worden na afronding geïnformeerd; de burgemeester, "
              "Sharon Dijksma, is als portefeuillehouder integriteit op hoofdlijnen geïnformeerd."),
        ("small", "Voor akkoord getuige: [handtekening N.T. Lan] - Verslag: Y. Dos Santos Pereira, ydsp@utrecht.nl, 06 81 30 26 59."),
        ("br",),
        ("h", "Bijlage - tijdlijn (opgesteld door onderzoeker)"),
        ("table", [["Datum", "Gebeurtenis", "Bron"],
                   ["14-11-2024", "Eef meldt aan MT dat hij zich terugtrekt (mondeling)", "verklaring Lan, Zwaneveld"],
                   ["09-01-2025", "Van der Heijden-Chaouch staat in beoordelingsteam", "TenderNed, export"],
                   ["12-01-2025", "Teams-bericht 'ik regel de scores'", "screenshot getuige"],
                   ["03-02-2025", "Gunningsvoornemen aan Groenwerk Lek B.V.", "TenderNed"],
                   ["17-02-2025", "Melding door J.H. Lodewijks-Amrani bij Meldpunt Integriteit", "meldingsformulier"],
                   ["20-05-2025", "Interview getuige Nguyễn Thị Lan", "dit verslag"]], [0.15, 0.6, 0.25]),
        ("p", "De onderzoeksmethodiek volgt de Leidraad integriteitsonderzoeken van het Huis voor Klokkenluiders en "
              "het Protocol Integriteitsonderzoek Gemeente Utrecht 2023."),
    ]
    def build(out):
        render_chromium(blocks_to_html(body), out, name)
        post(out, info={"Author": "Rosalie Abbenbroek-Tabak", "Subject": "INT-2025-007 getuige Nguyen"},
             outline=[("Interview Nguyễn Thị Lan", 0), ("Tijdlijn", 1)])
    redact = [
        R("PERSON", "E.J.M. (Evert, Eef) van der Heijden-Chaouch", "E.J.M.", "Evert", "Eef", "van der Heijden-Chaouch", "Van der Heijden-Chaouch"),
        R("PERSON", "Nguyễn Thị Lan (Vietnamese order)", "Nguyễn Thị Lan", "Lan", "N.T. Lan", P("Nguyen", ch="metadata")),
        R("PERSON", "Rosalie Abbenbroek-Tabak", "Rosalie Abbenbroek-Tabak", "RA", P("Rosalie Abbenbroek-Tabak", ch="metadata")),
        R("PERSON", "Yannick Dos Santos Pereira", "Yannick Dos Santos Pereira", "Y. Dos Santos Pereira", "YDSP"),
        R("EMAIL", "ydsp@utrecht.nl", "ydsp@utrecht.nl"), R("PHONE", "06 81 30 26 59", "06 81 30 26 59"),
        R("PERSON", "Ruud Kalkhoven", "Ruud Kalkhoven"),
        R("PERSON", "Marco Zwaneveld", "Marco Zwaneveld", "Zwaneveld"),
        R("PERSON", "J.H. (Hanneke) Lodewijks-Amrani", "Hanneke", "J.H. Lodewijks-Amrani"),
    ]
    keep = [
        K("ORG", "Bureau Integriteit"), K("ORG", "Gemeente Utrecht"), K("PUBLIC_ADDR", "Stadsplateau 1"),
        K("MAILBOX", "integriteit@utrecht.nl"), K("PLACE", "Leidsche Rijn"), K("ORG", "Hoveniersbedrijf Groenwerk Lek B.V."),
        K("PRODUCT", "TenderNed"), K("ORG", "Meldpunt Integriteit"), K("PRODUCT", "Teams-chat"), K("PHONE_SWITCH", "030 286 00 00"),
        K("OFFICE_HOLDER", "wethouder Linda Voortman", "Linda Voortman"), K("OFFICE_HOLDER", "Sharon Dijksma"),
        K("ORG", "Huis voor Klokkenluiders"), K("DOC", "Protocol Integriteitsonderzoek Gemeente Utrecht 2023"),
        K("ROLE", "senior inkoopadviseur"), K("ROLE", "contractmanager Stadsbeheer"), K("ROLE", "gemeentesecretaris"),
        K("CASE", "INT-2025-007"), K("ROLE", "inkoopjurist"),
    ]
    return name, build, redact, keep


def ad12():
    name = "ad12_po_dossiernotitie_sticky"
    b = [
        ("title", "Dossiernotitie P&amp;O - functioneringstraject"),
        ("kv", [("Organisatie", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN), directie Agrarische Ketens"),
                ("Medewerker", "DAMASCENO DA SILVA SANTOS, T.C. (Thaís), beleidsmedewerker schaal 11"),
                ("Opgesteld door", "HR-adviseur Ojo-Kamminga, Folake"), ("Datum", "30 mei 2025"),
                ("Kopie", "directeur Agrarische Ketens (functioneel: dir-ak@minlvvn.nl)")]),
        ("p", "Op 26 mei heeft een tussenevaluatie plaatsgevonden tussen mevrouw Damasceno da Silva Santos en haar "
              "leidinggevende, de heer Hidde-Jan Ter Steege (MT-lid, clustercoördinator Zuivel). Aanleiding is het "
              "verbetertraject dat op 3 maart is gestart na signalen over de kwaliteit van nota's aan de minister en "
              "het missen van deadlines voor Kamerbrieven over het Mestbeleid en de Nitraatrichtlijn."),
        ("p", "De heer Ter Steege geeft aan dat de nota's inhoudelijk beter zijn. De collega's Sjoukje Offinga en "
              "Tim op de Weegh hebben in april met haar meegelezen (buddy-constructie). Er blijven zorgen over de "
              "planning; Thaís geeft aan dat haar mantelzorg voor haar vader in Recife veel tijd vraagt."),
        ("p", "Mevrouw Damasceno da Silva Santos heeft op 28 mei per e-mail (t.damascenodasilvasantos@minlvvn.nl) "
              "laten weten het niet eens te zijn met de beoordeling 'voldoet niet geheel' en heeft verzocht om "
              "een gesprek met de directeur. Zij laat zich bijstaan door de heer P.A. (Piet) Schoonhoven-Idrissi "
              "van vakbond FNV Overheid."),
        ("h", "Vervolg"),
        ("p", "1. Het traject wordt verlengd tot 1 september 2025. 2. Ondersteuning via een loopbaancoach van "
              "het Expertisecentrum Organisatie en Personeel (EC O&amp;P). 3. Uitwerking van de afspraken in "
              "het P-Direkt-dossier (ref. PD-9915-3374). 4. Minister Femke Wiersma en staatssecretaris Jean Rummenie "
              "worden niet geïnformeerd; het gaat om een individuele personeelsaangelegenheid."),
        ("small", "Contact voor dit dossier: hrm-lvvn@minlvvn.nl of het P-Direkt Contactcenter 088 - 0300 300. "
                  "Folake is rechtstreeks bereikbaar via 06 15 90 72 48."),
    ]
    def build(out):
        render_reportlab(b, out, title="Dossiernotitie functioneringstraject", author="Ojo-Kamminga, F.",
                         header="LVVN | P&O | vertrouwelijk personeelsdossier", fontsize=10)
        post(out, info={"Author": "Ojo-Kamminga, F.", "Keywords": "Damasceno da Silva Santos; functioneren"},
             annots=[(0, (530, 700, 550, 720), "Ter Steege, Hidde-Jan", "Graag de zin over haar vader eruit; dat is privé. HJ", "Opmerking"),
                     (0, (530, 600, 550, 620), "Offinga, Sjoukje", "Ik was maar 2x buddy, niet de hele maand april.", "Opmerking")])
    redact = [
        R("PERSON", "T.C. (Thaís) Damasceno da Silva Santos", "DAMASCENO DA SILVA SANTOS, T.C.", "Thaís", "Damasceno da Silva Santos",
          P("Damasceno da Silva Santos", ch="metadata")),
        R("EMAIL", "t.damascenodasilvasantos@minlvvn.nl", "t.damascenodasilvasantos@minlvvn.nl"),
        R("PERSON", "Folake Ojo-Kamminga", "Ojo-Kamminga, Folake", "Folake", P("Ojo-Kamminga, F.", ch="metadata")),
        R("PERSON", "Hidde-Jan Ter Steege", "Hidde-Jan Ter Steege", "Ter Steege", P("Ter Steege, Hidde-Jan", ch="annotations")),
        R("PERSON", "Sjoukje Offinga", "Sjoukje Offinga", P("Offinga, Sjoukje", ch="annotations")),
        R("PERSON", "Tim op de Weegh", "Tim op de Weegh"),
        R("PERSON", "P.A. (Piet) Schoonhoven-Idrissi", "P.A.", "Piet", "Schoonhoven-Idrissi"),
        R("PRIVATE", "mantelzorg voor vader in Recife", "mantelzorg voor haar vader in Recife"),
        R("PHONE", "06 15 90 72 48", "06 15 90 72 48"),
    ]
    keep = [
        K("ORG", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"), K("ORG", "LVVN"),
        K("ORG", "directie Agrarische Ketens"), K("MAILBOX", "dir-ak@minlvvn.nl"), K("MAILBOX", "hrm-lvvn@minlvvn.nl"),
        K("POLICY", "Mestbeleid"), K("LAW", "Nitraatrichtlijn"), K("ORG", "FNV Overheid"),
        K("ORG", "Expertisecentrum Organisatie en Personeel"), K("PRODUCT", "P-Direkt"), K("PHONE_SWITCH", "088 - 0300 300"),
        K("OFFICE_HOLDER", "Minister Femke Wiersma", "Femke Wiersma"), K("OFFICE_HOLDER", "staatssecretaris Jean Rummenie", "Jean Rummenie"),
        K("ROLE", "clustercoördinator Zuivel"), K("ROLE", "HR-adviseur"), K("ROLE", "loopbaancoach"),
    ]
    return name, build, redact, keep


def ad13():
    name = "ad13_verzuimoverzicht_excel"
    rows = [
        ["Team", "Naam (zoals in HR21)", "Roepnaam", "Functie", "Verzuim sinds", "Dagen Q1", "Reden (vertrouwelijk)", "Casemanager"],
        ["Vergunningen", "Hoogstraten-Rijpma, W.F.", "Wietske", "vergunningverlener", "", "0", "", "Aksoy"],
        ["Vergunningen", "Kovács Zsuzsanna", "Zsuzsa", "jurist omgevingsrecht", "03-02-2025", "31", "zwangerschapsverlof", "Aksoy"],
        ["Vergunningen", "CHEN Yuhang", "Yuhang", "adviseur geo-informatie", "", "2", "griep", "Aksoy"],
        ["Toezicht", "Dijkstra-Mulock Houwer, B.", "Bram", "toezichthouder bouw", "17-03-2025", "12", "rugklachten", "Ter Avest"],
        ["Toezicht", "Wit, R. de", "Rens", "BOA milieu", "", "0", "", "Ter Avest"],
        ["Toezicht", "Amankwah-Ofori, Akosua", "Akosua", "toezichthouder milieu", "", "4", "operatie knie", "Ter Avest"],
        ["Toezicht", "Taheri Nasrullahzai, Farid", "Farid", "BOA", "", "1", "", "Ter Avest"],
        ["Juridische Zaken", "Balogh-Schimmelpenninck, Erzsébet", "Erzsi", "senior jurist", "06-01-2025", "58", "burn-out", "Aksoy"],
        ["Juridische Zaken", "Martha-Isenia, Jurwin", "Jurwin", "jurist bezwaar", "", "0", "", "Aksoy"],
        ["Juridische Zaken", "LIU Mei-Hua", "Meihua", "juridisch medewerker", "", "3", "kind ziek", "Aksoy"],
        ["Informatiebeheer", "Sitompul, Dewi Kartika", "Dewi", "informatiespecialist", "", "0", "", "Ter Avest"],
        ["Informatiebeheer", "Visser, Tjeerd", "Tjeerd", "DMS-beheerder (Corsa)", "", "5", "", "Ter Avest"],
    ]
    def build(out):
        import openpyxl
        from openpyxl.styles import Font
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Verzuim Q1 2025"
        ws.append(["Verzuimoverzicht Q1 2025 - afdeling Vergunningen, Toezicht en Handhaving - gemeente Westerkwartier"])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append(["Bron: HR21 / Verzuimsignaal; opgesteld door P&O (po@westerkwartier.nl); verwerkt t.b.v. MT-overleg 14-04-2025"])
        ws.append([])
        for r in rows:
            ws.append(r)
        for c in ws[4]:
            c.font = Font(bold=True)
        ws.append([])
        ws.append(["Casemanagers: G. Aksoy (tel. 06 30 47 21 85), H. ter Avest-Boumans (tel. 06 42 18 60 03). Vragen: po@westerkwartier.nl of 0594 - 50 88 88."])
        ws.append(["Bedrijfsarts: Arbo Unie Groningen, dr. Wubbo Schepel-Haddou. Dit overzicht valt onder de Algemene verordening gegevensbescherming (AVG), art. 9."])
        widths = [16, 32, 10, 24, 12, 8, 20, 11]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToHeight = 0
        ws.oddHeader.center.text = "Vertrouwelijk - P&&O"
        ws.oddFooter.right.text = "Pagina &P"
        wb.properties.creator = "Aksoy-Wijnands, Gülşen"
        src = SRC / f"{name}.xlsx"
        wb.save(src)
        soffice_pdf(src, out, filt="calc_pdf_Export")
    redact = [
        R("PERSON", "Hoogstraten-Rijpma, W.F.", "Hoogstraten-Rijpma, W.F.", "Wietske"),
        R("PERSON", "Kovács Zsuzsanna", "Kovács Zsuzsanna", "Zsuzsa"),
        R("PERSON", "CHEN Yuhang", "CHEN Yuhang", "Yuhang"),
        R("PERSON", "Dijkstra-Mulock Houwer, B.", "Dijkstra-Mulock Houwer, B.", "Bram"),
        R("PERSON", "Wit, R. de", "Wit, R. de", "Rens"),
        R("PERSON", "Amankwah-Ofori, Akosua", "Amankwah-Ofori, Akosua", "Akosua"),
        R("PERSON", "Taheri Nasrullahzai, Farid", "Taheri Nasrullahzai, Farid", "Farid"),
        R("PERSON", "Balogh-Schimmelpenninck, Erzsébet", "Balogh-Schimmelpenninck, Erzsébet", "Erzsi"),
        R("PERSON", "Martha-Isenia, Jurwin", "Martha-Isenia, Jurwin", "Jurwin"),
        R("PERSON", "LIU Mei-Hua", "LIU Mei-Hua", "Meihua"),
        R("PERSON", "Sitompul, Dewi Kartika", "Sitompul, Dewi Kartika", "Dewi"),
        R("PERSON", "Visser, Tjeerd", "Visser, Tjeerd", "Tjeerd"),
        R("HEALTH", "reasons", "zwangerschapsverlof", "griep", "rugklachten", "operatie knie", "burn-out", "kind ziek"),
        R("PERSON", "G. Aksoy", "G. Aksoy", "Aksoy"),
        R("PERSON", "H. ter Avest-Boumans", "H. ter Avest-Boumans", "Ter Avest"),
        R("PHONE", "06 30 47 21 85", "06 30 47 21 85"), R("PHONE", "06 42 18 60 03", "06 42 18 60 03"),
        R("PERSON", "Wubbo Schepel-Haddou", "Wubbo Schepel-Haddou"),
    ]
    keep = [
        K("PRODUCT", "HR21"), K("PRODUCT", "Verzuimsignaal"), K("MAILBOX", "po@westerkwartier.nl"), K("PLACE", "Westerkwartier"),
        K("ROLE", "vergunningverlener"), K("ROLE", "jurist omgevingsrecht"), K("ROLE", "adviseur geo-informatie"),
        K("ROLE", "toezichthouder bouw"), K("ROLE", "BOA milieu"), K("ROLE", "senior jurist"), K("ROLE", "informatiespecialist"),
        K("PRODUCT", "Corsa"), K("PHONE_SWITCH", "0594 - 50 88 88"), K("ORG", "Arbo Unie Groningen"),
        K("LAW", "Algemene verordening gegevensbescherming"), K("LAW", "AVG"), K("ORG", "Juridische Zaken"),
    ]
    return name, build, redact, keep


MODULE_DOCS = [ad10, ad11, ad12, ad13]
