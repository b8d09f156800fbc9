"""Documents 11-20 of set BA. All persons, addresses and numbers are invented."""
from ids import bsn, iban

DOCS = []


def doc(**kw):
    DOCS.append(kw)


def form_page(title, sub, fields, paras, sign=None):
    """A typed municipal form, filled in by hand (italic serif). fields: [(label, value)]."""
    def draw(dr, f, rnd):
        dr.text((180, 180), title, font=f["h"], fill=0)
        dr.text((180, 270), sub, font=f["s"], fill=40)
        dr.line((180, 330, 2300, 330), fill=0, width=4)
        y = 400
        for lab, val in fields:
            dr.text((180, y), lab, font=f["t"], fill=0)
            dr.rectangle((900, y - 12, 2300, y + 62), outline=60, width=2)
            dr.text((925 + rnd.randint(-4, 4), y + rnd.randint(-3, 3)), val, font=f["hw"], fill=25)
            y += 105
        y += 30
        for p in paras:
            for line in p:
                dr.text((180, y), line, font=f["t"], fill=0)
                y += 58
            y += 30
        if sign:
            dr.text((180, y + 20), sign[0], font=f["t"], fill=0)
            dr.text((1050, y + 10), sign[1], font=f["hw"], fill=20)
            dr.line((1000, y + 75, 2000, y + 75), fill=0, width=2)
    return draw


# ------------------------------------------------------------------ 11 Wmo beschikking (reportlab letter, 2 pages)
B11 = bsn(1101)
doc(name="ba11_wmo_beschikking.pdf", producer="rl_letter",
    org="Gemeente Leeuwarden", org_lines=["Sociaal Domein – team Wmo", "Postbus 21000, 8900 JA Leeuwarden"],
    window=["Mevrouw T. Nijholt-Bergsma", "t.a.v. de heer J. Nijholt (curator)", "Wiarda State 6, app. 14", "8925 KJ  LEEUWARDEN"],
    sidebar=[("Uw consulent", "Marleen Tjeerdema"), ("Telefoon", "058 - 233 9107"), ("Mobiel", "06 1832 6650"),
             ("E-mail", "m.tjeerdema@leeuwarden.nl"), ("Zaaknummer", "WMO-2025-004471"), ("Datum", "21 augustus 2025")],
    footer="Gemeente Leeuwarden · Oldehoofsterkerkhof 2 · 14 058 · wmo@leeuwarden.nl",
    title="Beschikking Wmo Nijholt-Bergsma", author="Tjeerdema, Marleen",
    items=[("p", "Onderwerp: beschikking maatwerkvoorziening Wet maatschappelijke ondersteuning 2015"), ("sp", 2),
           ("p", "Geachte mevrouw Nijholt-Bergsma,"),
           ("p", f"Op 1 juli 2025 heeft u via uw zoon, de heer Jelle Nijholt, een melding gedaan voor ondersteuning thuis. Op 15 juli 2025 "
                 f"vond het keukentafelgesprek plaats bij u thuis aan de Wiarda State 6 te Leeuwarden, met mevrouw Tjeerdema (Wmo-consulent) "
                 f"en de wijkverpleegkundige van Buurtzorg, mevrouw Dieuwke Algra. Uw burgerservicenummer is {B11[:3]} {B11[3:6]} {B11[6:]}."),
           ("h2", "Wat is uw situatie?"),
           ("p", "U bent 87 jaar en woont zelfstandig. Sinds een beroerte in maart 2025 heeft u een halfzijdige verlamming en "
                 "beginnende dementie (diagnose Geriatrie MCL). Uw dochter, mevrouw Wietske de Boer-Nijholt uit Drachten, komt twee keer "
                 "per week. De mantelzorg is zwaar belast."),
           ("h2", "Besluit"),
           ("table", [["Voorziening", "Vorm", "Ingangsdatum", "Einddatum", "Eigen bijdrage"],
                      ["Hulp bij het huishouden, 3 uur per week", "zorg in natura (Thuiszorg Het Friese Land)", "01-09-2025", "31-08-2027", "€ 21,80 / 4 wkn (CAK)"],
                      ["Scootmobiel", "bruikleen via Medipoint", "01-10-2025", "onbepaald", "—"],
                      ["Woningaanpassing: douchestoel, beugels", "algemene voorziening", "—", "—", "—"],
                      ["Respijtzorg voor mantelzorger", "afgewezen", "—", "—", "—"]], [45, 45, 22, 22, 32]),
           ("p", "De respijtzorg wijzen wij af, omdat het Mantelzorgsteunpunt (Sociaal Wijkteam Leeuwarden-Oost) een passende "
                 "algemene voorziening biedt (artikel 2.3.5 lid 3 Wmo 2015). Wethouder Sjoukje Terpstra-Visser (Zorg en Welzijn) heeft "
                 "in de raadsinformatiebrief van 10 juni 2025 uitgelegd hoe het gemeentelijk beleid hierover is."),
           ("h2", "Bezwaar"),
           ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en "
                 "wethouders (Algemene wet bestuursrecht, artikel 6:7). Stuur uw bezwaar naar Postbus 21000, 8900 JA Leeuwarden of "
                 "naar bezwaar@leeuwarden.nl. Voor gratis onafhankelijke cliëntondersteuning kunt u terecht bij MEE Friesland."),
           ("sp", 4), ("p", "Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders van Leeuwarden,"), ("sp", 6),
           ("p", "Marleen Tjeerdema<br/>Wmo-consulent")],
    redact=[("PERSON", "T. Nijholt-Bergsma", ["Nijholt-Bergsma", "T. Nijholt-Bergsma"]), ("PERSON", "Jelle Nijholt", ["Jelle", "J. Nijholt"]),
            ("ADDRESS", "Wiarda State 6, app. 14, 8925 KJ", ["Wiarda State 6", "8925 KJ"]),
            ("PERSON", "Marleen Tjeerdema", ["Marleen", "Tjeerdema"]), ("PHONE", "058 - 233 9107", ["058 - 233 9107"]), ("PHONE", "06 1832 6650", ["06 1832 6650"]),
            ("EMAIL", "m.tjeerdema@leeuwarden.nl", ["m.tjeerdema@leeuwarden.nl"]), ("PERSON", "Dieuwke Algra", ["Dieuwke", "Algra"]),
            ("BSN", B11, [f"{B11[:3]} {B11[3:6]} {B11[6:]}"]), ("HEALTH", "beroerte, halfzijdige verlamming, dementie",
                                                                ["halfzijdige verlamming", "beginnende dementie", "beroerte"]),
            ("PERSON", "Wietske de Boer-Nijholt", ["Wietske", "de Boer-Nijholt"])],
    keep=[("ORG", "Gemeente Leeuwarden", ["Gemeente Leeuwarden"]), ("LAW", "Wmo 2015", ["Wet maatschappelijke ondersteuning 2015", "Wmo 2015"]),
          ("ORG", "Buurtzorg", ["Buurtzorg"]), ("ORG", "MCL", ["MCL"]), ("ORG", "Thuiszorg Het Friese Land", ["Thuiszorg Het Friese Land"]),
          ("ORG", "CAK", ["CAK"]), ("ORG", "Medipoint", ["Medipoint"]), ("ORG", "MEE Friesland", ["MEE Friesland"]),
          ("ORG", "Sociaal Wijkteam Leeuwarden-Oost", ["Sociaal Wijkteam Leeuwarden-Oost"]),
          ("PUBLIC_PERSON", "Wethouder Sjoukje Terpstra-Visser", ["Sjoukje Terpstra-Visser"]),
          ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]), ("EMAIL_FUNC", "bezwaar@leeuwarden.nl", ["bezwaar@leeuwarden.nl"]),
          ("EMAIL_FUNC", "wmo@leeuwarden.nl", ["wmo@leeuwarden.nl"]), ("ADDRESS_PUBLIC", "Postbus 21000", ["Postbus 21000"]),
          ("ADDRESS_PUBLIC", "Oldehoofsterkerkhof 2", ["Oldehoofsterkerkhof 2"]), ("TITLE", "Wmo-consulent", ["Wmo-consulent"]),
          ("ID", "WMO-2025-004471", ["WMO-2025-004471"]), ("PLACE", "Drachten", ["Drachten"]), ("AMOUNT", "€ 21,80", ["€ 21,80"])])

# ------------------------------------------------------------------ 12 leerlingenvervoer (LibreOffice)
doc(name="ba12_leerlingenvervoer_besluit.pdf", producer="docx", author="Wolbers, Anouk", title="Besluit leerlingenvervoer 2025-2026",
    header="Gemeente Arnhem – Onderwijs – Leerlingenvervoer schooljaar 2025-2026",
    blocks=[("h1", "Besluit aanvraag leerlingenvervoer"),
            ("table", [["Gegevens", ""],
                       ["Leerling", "Djamilla Rosaria Martis, geboren 9 januari 2015"],
                       ["Ouder/verzorger", "mevrouw Shirley Martis-Koeiman, Van Lawick van Pabststraat 91, 6814 HN Arnhem, 06 4719 0032"],
                       ["School", "De Brouwerij, cluster 4 (speciaal basisonderwijs), Oosterbeek"],
                       ["Aanvraagnummer", "LLV-2025-1182"], ["Behandelaar", "A. Wolbers, consulent leerlingenvervoer, 026-377 5561"]], [4, 12]),
            ("h2", "Overwegingen"),
            ("p", "Op grond van de Verordening leerlingenvervoer Arnhem 2024 en artikel 4 van de Wet op het primair onderwijs heeft "
                  "Djamilla recht op aangepast vervoer als zij door haar handicap niet zelfstandig of met openbaar vervoer naar school kan. "
                  "Uit de verklaring van de orthopedagoog van De Brouwerij, de heer Bram Lagerwey, blijkt dat Djamilla een autismespectrumstoornis "
                  "(ASS) heeft en ernstige prikkelverwerkingsproblemen in de bus."),
            ("p", "De afstand van de woning aan de Van Lawick van Pabststraat naar de school is 7,4 km. De moeder werkt in ploegendienst bij "
                  "Rijnstate en kan haar dochter niet zelf begeleiden. Vader, de heer Rignald Martis, woont in Willemstad (Curaçao)."),
            ("h2", "Besluit"),
            ("p", "Wij kennen aangepast vervoer (taxibusje, vaste chauffeur, maximaal 6 leerlingen) toe voor het schooljaar 2025-2026. "
                  "Vervoerder: Willemsen-de Koning. De vaste chauffeur is mevrouw Gülay Öztürk (06-21 90 33 47), die de ouder "
                  "voor de eerste schooldag belt. Ophaaltijd: 07.50 uur."),
            ("p", "Wethouder Jan de Wilde-Hulshof (Onderwijs) heeft de raad op 3 juli 2025 geïnformeerd over de nieuwe aanbesteding. "
                  "Vragen over dit besluit: leerlingenvervoer@arnhem.nl of 0800-1809. Bezwaar: binnen zes weken, zie de Algemene wet bestuursrecht."),
            ("table", [["Naam", "Functie", "Paraaf"], ["Anouk Wolbers", "consulent leerlingenvervoer", "AW"],
                       ["Pieter-Bas Kloosterman", "teamleider Onderwijs en Jeugd", "PBK"]], [6, 7, 3])],
    redact=[("PERSON", "Djamilla Rosaria Martis", ["Djamilla", "Rosaria"]), ("DATE_OF_BIRTH", "9 januari 2015", ["9 januari 2015"]),
            ("PERSON", "Shirley Martis-Koeiman", ["Shirley", "Martis-Koeiman"]),
            ("ADDRESS", "Van Lawick van Pabststraat 91, 6814 HN", ["Van Lawick van Pabststraat 91", "6814 HN"]),
            ("PHONE", "06 4719 0032", ["06 4719 0032"]), ("PERSON", "Anouk Wolbers", ["Anouk", "Wolbers", "A. Wolbers", "AW"]),
            ("PHONE", "026-377 5561", ["026-377 5561"]), ("PERSON", "Bram Lagerwey", ["Bram", "Lagerwey"]),
            ("HEALTH", "autismespectrumstoornis", ["autismespectrumstoornis", "prikkelverwerkingsproblemen"]),
            ("PERSON", "Rignald Martis", ["Rignald"]), ("PERSON", "Gülay Öztürk", ["Gülay", "Öztürk"]), ("PHONE", "06-21 90 33 47", ["06-21 90 33 47"]),
            ("PERSON", "Pieter-Bas Kloosterman", ["Pieter-Bas", "Kloosterman", "PBK"])],
    keep=[("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("LAW", "Verordening leerlingenvervoer Arnhem 2024", ["Verordening leerlingenvervoer Arnhem 2024"]),
          ("LAW", "Wet op het primair onderwijs", ["Wet op het primair onderwijs"]), ("ORG", "De Brouwerij", ["De Brouwerij"]),
          ("ORG", "Rijnstate", ["Rijnstate"]), ("ORG", "Willemsen-de Koning", ["Willemsen-de Koning"]),
          ("PUBLIC_PERSON", "Wethouder Jan de Wilde-Hulshof", ["Jan de Wilde-Hulshof"]),
          ("EMAIL_FUNC", "leerlingenvervoer@arnhem.nl", ["leerlingenvervoer@arnhem.nl"]), ("PHONE_PUBLIC", "0800-1809", ["0800-1809"]),
          ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]), ("TITLE", "consulent leerlingenvervoer", ["consulent leerlingenvervoer"]),
          ("TITLE", "teamleider Onderwijs en Jeugd", ["teamleider Onderwijs en Jeugd"]), ("PLACE", "Oosterbeek", ["Oosterbeek"]),
          ("ID", "LLV-2025-1182", ["LLV-2025-1182"])])

# ------------------------------------------------------------------ 13 BOA rapport scan (image only)
doc(name="ba13_boa_rapportage_scan.pdf", producer="scan", seed=13,
    pages=[form_page("GEMEENTE DEVENTER - TOEZICHT EN HANDHAVING", "Rapportage BOA domein I (openbare ruimte) - formulier TH-07",
                     [("Datum / tijd", "14-08-2025  21.40 uur"), ("Locatie", "Hoge Hondstraat / Knipmolenburg"),
                      ("Overtreding", "APV art. 2:57 hond zonder lijn, poep niet opgeruimd"),
                      ("Betrokkene", "Robbert Lamberink"), ("Geboortedatum", "17-04-1978"),
                      ("Woonadres", "Amstelstraat 29, 7415 LH Deventer"), ("Telefoon", "06-48 20 71 93"),
                      ("BOA 1", "Kim Bruggink (TH-112)"), ("BOA 2", "Sander Pelgrim (TH-087)")],
                     [["Relaas: Tijdens surveillance zagen wij dat de hond van betrokkene", "zijn behoefte deed op het grasveld bij de speeltuin.",
                       "Betrokkene liep door. Na aanspreken werd hij boos.", "Getuige: Henk Stoltenborg, buurtbewoner, Hoge Hondstraat 88."],
                      ["Afdoening: bestuurlijke strafbeschikking (BSBm), feitcode H410.", "Ingevoerd in Mobiel Toezicht. Melding naar CJIB."]],
                     sign=("Handtekening BOA 1:", "K. Bruggink"))],
    redact=[("PERSON", "Robbert Lamberink", ["Robbert", "Lamberink"]), ("DATE_OF_BIRTH", "17-04-1978", ["17-04-1978"]),
            ("ADDRESS", "Amstelstraat 29, 7415 LH", ["Amstelstraat 29", "7415 LH"]), ("PHONE", "06-48 20 71 93", ["06-48 20 71 93"]),
            ("PERSON", "Kim Bruggink", ["Kim", "Bruggink"]), ("PERSON", "Sander Pelgrim", ["Sander", "Pelgrim"]),
            ("ID", "TH-112", ["TH-112"]), ("ID", "TH-087", ["TH-087"]),
            ("PERSON", "Henk Stoltenborg", ["Henk", "Stoltenborg"]), ("ADDRESS", "Hoge Hondstraat 88", ["Hoge Hondstraat 88"])],
    keep=[])

# ------------------------------------------------------------------ 14 BOA proces-verbaal geluidsoverlast (reportlab, 2 pages)
doc(name="ba14_pv_geluidsoverlast.pdf", producer="rl_doc",
    header="Gemeente Arnhem – Toezicht en Handhaving Openbare Ruimte – Bestuurlijke rapportage geluidsoverlast",
    footer="Zaak TH-2025-7781 · Stadhuis, Koningstraat 38, Arnhem · handhaving@arnhem.nl",
    title="Rapportage geluidsoverlast Spijkerstraat", author="Veenstra, Mark (BOA 40117)",
    items=[("h1", "Bestuurlijke rapportage – geluidsoverlast woning"),
           ("table", [["", ""], ["Zaaknummer", "TH-2025-7781"], ["Adres overlast", "Spijkerstraat 201-III, 6828 DJ Arnhem"],
                      ["Bewoner", "Daan Hoefnagels (huurder van Vivare)"],
                      ["Melders", "1. Fatima-Zahra Benali, Spijkerstraat 201-II (benedenbuurvrouw)<br/>2. Jeroen en Saskia Terwindt-Blom, Spijkerstraat 199"],
                      ["Rapporteurs", "M. Veenstra (BOA 40117), A. Kuipers-Rahimi (BOA 40382)"]], [40, 120]),
           ("h2", "Waarnemingen"),
           ("p", "Op zaterdag 6 september 2025 om 01.35 uur ontvingen wij via de meldkamer van de Politie Oost-Nederland een melding van "
                 "mevrouw Benali (tel. 06-1776 4022) over harde muziek. Ter plaatse hoorden wij op straat, op een afstand van circa 15 meter, "
                 "bastonen en geschreeuw. Wij hebben aangebeld. Er werd opengedaan door een man die zich legitimeerde als Daan Hoefnagels, "
                 "geboren 02-12-1996. Hij verklaarde dat hij zijn verjaardag vierde met ongeveer 20 gasten."),
           ("p", "Wij hebben de heer Hoefnagels gewezen op artikel 4:6 van de Algemene Plaatselijke Verordening Arnhem 2024 "
                 "(geluidhinder). Om 01.50 uur was de muziek uit. Om 03.10 uur kwam een tweede melding, nu van de heer Terwindt "
                 "(026-442 81 19). Bij terugkomst troffen wij opnieuw versterkte muziek aan."),
           ("p", "Verklaring melder 2, Saskia Terwindt-Blom: 'Dit is de vierde keer deze maand. Mijn man werkt in de nachtdienst bij "
                 "het Gelre Ziekenhuis en kan niet slapen. We hebben een logboek bijgehouden.' Het logboek is als bijlage toegevoegd."),
           ("h2", "Afdoening en advies"),
           ("p", "Aan de heer Hoefnagels is een bestuurlijke strafbeschikking uitgereikt. Advies aan burgemeester Marcouch: een "
                 "last onder dwangsom op grond van artikel 125 Gemeentewet, na overleg met de woonconsulent van Vivare, mevrouw "
                 "Charlotte IJzerman (c.ijzerman@vivare.nl). Buurtbemiddeling Arnhem (Rijnstad) is ingeschakeld."),
           ("pb",),
           ("h2", "Logboek melders (bijlage)"),
           ("table", [["Datum", "Tijd", "Omschrijving", "Genoteerd door"],
                      ["09-08-2025", "00.30-03.00", "muziek, bas, gasten op balkon", "S. Terwindt-Blom"],
                      ["16-08-2025", "23.45-02.10", "ruzie, glasgerinkel", "F.Z. Benali"],
                      ["23-08-2025", "01.00-04.20", "muziek, deur dichtgeslagen", "J. Terwindt"],
                      ["06-09-2025", "01.15-03.30", "feest, melding gedaan", "F.Z. Benali"]], [25, 25, 75, 35]),
           ("p", "Ondertekend: M. Veenstra, buitengewoon opsporingsambtenaar, en A. Kuipers-Rahimi, buitengewoon opsporingsambtenaar. "
                 "Gezien: teamleider Toezicht Openbare Ruimte.")],
    redact=[("ADDRESS", "Spijkerstraat 201-III, 6828 DJ", ["Spijkerstraat 201-III", "6828 DJ", "Spijkerstraat 201-II", "Spijkerstraat 199"]),
            ("PERSON", "Daan Hoefnagels", ["Daan", "Hoefnagels"]), ("PERSON", "Fatima-Zahra Benali", ["Fatima-Zahra", "Benali", "F.Z. Benali"]),
            ("PERSON", "Jeroen Terwindt", ["Jeroen", "Terwindt", "J. Terwindt"]), ("PERSON", "Saskia Terwindt-Blom", ["Saskia", "Terwindt-Blom"]),
            ("PERSON", "Mark Veenstra", ["Veenstra", "M. Veenstra"]), ("ID", "BOA 40117", ["40117"]),
            ("PERSON", "A. Kuipers-Rahimi", ["Kuipers-Rahimi"]), ("ID", "BOA 40382", ["40382"]),
            ("PHONE", "06-1776 4022", ["06-1776 4022"]), ("DATE_OF_BIRTH", "02-12-1996", ["02-12-1996"]), ("PHONE", "026-442 81 19", ["026-442 81 19"]),
            ("PERSON", "Charlotte IJzerman", ["Charlotte", "IJzerman"]), ("EMAIL", "c.ijzerman@vivare.nl", ["c.ijzerman@vivare.nl"])],
    keep=[("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("ORG", "Vivare", ["Vivare"]), ("ORG", "Politie Oost-Nederland", ["Politie Oost-Nederland"]),
          ("LAW", "Algemene Plaatselijke Verordening Arnhem 2024", ["Algemene Plaatselijke Verordening Arnhem 2024"]),
          ("LAW", "Gemeentewet", ["Gemeentewet"]), ("ORG", "Gelre Ziekenhuis", ["Gelre Ziekenhuis"]),
          ("PUBLIC_PERSON", "burgemeester Marcouch", ["Marcouch"]), ("ORG", "Buurtbemiddeling Arnhem", ["Buurtbemiddeling Arnhem"]),
          ("ORG", "Rijnstad", ["Rijnstad"]), ("TITLE", "buitengewoon opsporingsambtenaar", ["buitengewoon opsporingsambtenaar"]),
          ("TITLE", "woonconsulent", ["woonconsulent"]), ("ID", "TH-2025-7781", ["TH-2025-7781"]),
          ("EMAIL_FUNC", "handhaving@arnhem.nl", ["handhaving@arnhem.nl"]), ("ADDRESS_PUBLIC", "Koningstraat 38", ["Koningstraat 38"]),
          ("TITLE", "teamleider Toezicht Openbare Ruimte", ["teamleider Toezicht Openbare Ruimte"])])

# ------------------------------------------------------------------ 15 evenementenvergunning (reportlab letter, 2 pages)
doc(name="ba15_evenementenvergunning.pdf", producer="rl_letter",
    org="Gemeente Deventer", org_lines=["Vergunningen, Toezicht en Handhaving", "Postbus 5000, 7400 GC Deventer"],
    window=["Stichting Zandweerd Zomerfeest", "t.a.v. de heer O.K. Boateng-Visscher", "Gibsonstraat 12", "7415 ER  DEVENTER"],
    sidebar=[("Behandeld door", "Ilona Scholten"), ("Telefoon", "+31 570 69 38 44"), ("E-mail", "i.scholten@deventer.nl"),
             ("Zaaknummer", "Z/25/291044"), ("Datum", "4 juli 2025")],
    footer="Gemeente Deventer · Stadhuis, Grote Kerkhof 1 · 14 0570 · evenementen@deventer.nl",
    title="Vergunning Zandweerd Zomerfeest 2025", author="Scholten, Ilona",
    items=[("p", "Onderwerp: evenementenvergunning Zandweerd Zomerfeest, 23 en 24 augustus 2025"), ("sp", 2),
           ("p", "Geachte heer Boateng-Visscher,"),
           ("p", "Op 2 mei 2025 heeft u namens de Stichting Zandweerd Zomerfeest een evenementenvergunning aangevraagd voor een "
                 "tweedaags buurtfestival in het Zandweerdpark, met live muziek, een foodcourt en een kinderplein, voor maximaal 2.500 "
                 "bezoekers per dag. De burgemeester verleent u deze vergunning op grond van artikel 2:25 van de Algemene Plaatselijke "
                 "Verordening Deventer."),
           ("h2", "Voorschriften"),
           ("p", "1. Het evenement eindigt uiterlijk om 23.00 uur; versterkte muziek tot 22.30 uur, maximaal 85 dB(A) op de gevel van de "
                 "dichtstbijzijnde woning.<br/>2. De organisatie zorgt voor 12 gecertificeerde beveiligers van Beveiliging Oost B.V.; "
                 "hoofd beveiliging is de heer Marco Wennekes (06-5234 0987).<br/>3. EHBO door het Rode Kruis, afdeling Deventer.<br/>"
                 "4. Aanspreekpunt tijdens het evenement (24/7 bereikbaar): de heer Boateng-Visscher, 06 4467 1290.<br/>"
                 "5. De omwonenden van de Gibsonstraat, Zandweerdlaan en Roggestraat worden uiterlijk 9 augustus schriftelijk geïnformeerd."),
           ("p", "Veiligheidsregio IJsselland en de Politie Oost-Nederland hebben positief geadviseerd. De zienswijze van een omwonende, "
                 "mevrouw Hatice Korkmaz-Yılmaz (Roggestraat 5), over het geluid op zondag is meegewogen; de zondag eindigt daarom om 21.00 uur."),
           ("h2", "Drank- en Horecawet"),
           ("p", "Voor de tap is een ontheffing op grond van artikel 35 Alcoholwet verleend aan de leidinggevende, mevrouw Lieke "
                 "Wolters-Nieuwenhuis, geboren 27-05-1988, in het bezit van een Verklaring Sociale Hygiëne."),
           ("p", "Burgemeester Ron König wenst u een mooi en veilig feest."),
           ("sp", 4), ("p", "Met vriendelijke groet,<br/>de burgemeester van Deventer,<br/>namens deze,"), ("sp", 6),
           ("p", "Ilona Scholten<br/>vergunningverlener evenementen")],
    redact=[("PERSON", "O.K. Boateng-Visscher", ["Boateng-Visscher", "O.K. Boateng-Visscher"]), ("ADDRESS", "Gibsonstraat 12, 7415 ER", ["Gibsonstraat 12", "7415 ER"]),
            ("PERSON", "Ilona Scholten", ["Ilona", "Scholten"]), ("PHONE", "+31 570 69 38 44", ["+31 570 69 38 44"]),
            ("EMAIL", "i.scholten@deventer.nl", ["i.scholten@deventer.nl"]), ("PERSON", "Marco Wennekes", ["Marco", "Wennekes"]),
            ("PHONE", "06-5234 0987", ["06-5234 0987"]), ("PHONE", "06 4467 1290", ["06 4467 1290"]),
            ("PERSON", "Hatice Korkmaz-Yılmaz", ["Hatice", "Korkmaz-Yılmaz"]), ("ADDRESS", "Roggestraat 5", ["Roggestraat 5"]),
            ("PERSON", "Lieke Wolters-Nieuwenhuis", ["Lieke", "Wolters-Nieuwenhuis"]), ("DATE_OF_BIRTH", "27-05-1988", ["27-05-1988"])],
    keep=[("ORG", "Stichting Zandweerd Zomerfeest", ["Stichting Zandweerd Zomerfeest"]), ("PLACE", "Zandweerdpark", ["Zandweerdpark"]),
          ("LAW", "Algemene Plaatselijke Verordening Deventer", ["Algemene Plaatselijke Verordening Deventer"]), ("LAW", "Alcoholwet", ["Alcoholwet"]),
          ("ORG", "Beveiliging Oost B.V.", ["Beveiliging Oost B.V."]), ("ORG", "Rode Kruis", ["Rode Kruis"]),
          ("ORG", "Veiligheidsregio IJsselland", ["Veiligheidsregio IJsselland"]), ("ORG", "Politie Oost-Nederland", ["Politie Oost-Nederland"]),
          ("PUBLIC_PERSON", "Burgemeester Ron König", ["Ron König"]), ("EMAIL_FUNC", "evenementen@deventer.nl", ["evenementen@deventer.nl"]),
          ("ADDRESS_PUBLIC", "Grote Kerkhof 1", ["Grote Kerkhof 1"]), ("PHONE_PUBLIC", "14 0570", ["14 0570"]),
          ("TITLE", "vergunningverlener evenementen", ["vergunningverlener evenementen"]), ("ID", "Z/25/291044", ["Z/25/291044"]),
          ("STREET", "Zandweerdlaan", ["Zandweerdlaan"]), ("AMOUNT", "85 dB(A)", ["85 dB(A)"]),
          ("ORG", "Vergunningen, Toezicht en Handhaving", ["Vergunningen, Toezicht en Handhaving"])])

# ------------------------------------------------------------------ 16 bezwaarcommissie hoorzitting (LibreOffice, 2 pages)
doc(name="ba16_hoorzitting_bezwaarcommissie.pdf", producer="docx", author="mr. K. Brouwer-Sijbesma", title="Verslag hoorzitting 2025-118",
    header="Gemeente Leeuwarden – Commissie bezwaarschriften – Verslag hoorzitting (niet openbaar)",
    blocks=[("h1", "Verslag van de hoorzitting van 17 september 2025"),
            ("table", [["", ""],
                       ["Bezwaarnummer", "BZW-2025-118"],
                       ["Bezwaarmaker", "de heer Hamid Rezaei Tavakoli, Vlietsingel 44, 8911 EH Leeuwarden"],
                       ["Gemachtigde", "mr. Yvonne Dikkerboom-Hazenberg, advocaat, Friesland Advocaten (sociaal recht), Leeuwarden"],
                       ["Bestreden besluit", "intrekking en terugvordering bijstand (Participatiewet), besluit van 2 mei 2025"],
                       ["Commissie", "mr. Klaas Brouwer-Sijbesma (voorzitter), drs. Gonny Feenstra, mr. Rachid Amrani (leden)"],
                       ["Secretaris", "mr. Ellen Zijlstra, juridisch adviseur"],
                       ["Namens het college", "Thomas de Haan, sociaal rechercheur, en Nynke Bosma, klantmanager Werk en Inkomen"]], [4, 12]),
            ("h2", "1. Opening"),
            ("p", "De voorzitter opent om 14.00 uur de zitting in zaal 2.14 van het Stadskantoor, Oldehoofsterkerkhof 2. Hij wijst erop "
                  "dat de commissie onafhankelijk is en het college adviseert (artikel 7:13 Algemene wet bestuursrecht)."),
            ("h2", "2. Toelichting bezwaarmaker"),
            ("p", "Mr. Dikkerboom-Hazenberg voert aan dat de heer Rezaei Tavakoli geen inwonende partner had. Mevrouw Mahsa Karimi, die op "
                  "zijn adres stond ingeschreven, woonde volgens haar bij haar broer aan de Bleeklaan 112 in Leeuwarden. Zij legt een "
                  "verklaring van de broer, de heer Reza Karimi, over en huurbetalingen vanaf rekening " + iban("INGB", 1601) + "."),
            ("p", "De heer Rezaei Tavakoli zegt dat hij sinds zijn vlucht uit Iran in 2019 last heeft van PTSS en onder behandeling staat bij "
                  "GGZ Friesland. Hij begreep de brieven van de gemeente niet. Hij wil de vordering van € 18.406,22 niet hoeven terugbetalen."),
            ("h2", "3. Toelichting namens het college"),
            ("p", "De heer De Haan licht het onderzoek toe: bij twee huisbezoeken (13 en 27 februari 2025) werden vrouwenkleding en post "
                  "op naam van mevrouw Karimi aangetroffen. Een buurman, de heer Sjoerd Visser, verklaarde haar dagelijks te zien. "
                  "Mevrouw Bosma vult aan dat de bezwaarmaker in 2024 drie keer is gewezen op de inlichtingenplicht (artikel 17 Participatiewet)."),
            ("pb",),
            ("h2", "4. Vragen van de commissie"),
            ("p", "Mevrouw Feenstra vraagt of er een zorgverklaring is. Mr. Dikkerboom-Hazenberg zegt toe een brief van de behandelaar, "
                  "drs. Femke Rijpstra (GZ-psycholoog), binnen twee weken na te sturen. De heer Amrani vraagt naar de huurbetalingen; die "
                  "worden nagestuurd."),
            ("h2", "5. Sluiting"),
            ("p", "De voorzitter sluit de zitting om 15.10 uur. De commissie brengt binnen zes weken advies uit aan het college. Wethouder "
                  "Sybren Dijkstra (Werk en Inkomen) beslist namens het college op het bezwaar. Vragen kunnen naar bezwaar@leeuwarden.nl."),
            ("table", [["Actie", "Wie", "Termijn"],
                       ["Brief behandelaar nasturen", "Y. Dikkerboom-Hazenberg", "1 oktober 2025"],
                       ["Huurbetalingen nasturen", "Y. Dikkerboom-Hazenberg", "1 oktober 2025"],
                       ["Conceptadvies", "E. Zijlstra (secretaris)", "15 oktober 2025"]], [7, 6, 4])],
    redact=[("PERSON", "Hamid Rezaei Tavakoli", ["Hamid", "Rezaei Tavakoli"]), ("ADDRESS", "Vlietsingel 44, 8911 EH", ["Vlietsingel 44", "8911 EH"]),
            ("PERSON", "Yvonne Dikkerboom-Hazenberg", ["Yvonne", "Dikkerboom-Hazenberg"]),
            ("PERSON", "Klaas Brouwer-Sijbesma", ["Klaas", "Brouwer-Sijbesma"]), ("PERSON", "Gonny Feenstra", ["Gonny", "Feenstra"]),
            ("PERSON", "Rachid Amrani", ["Rachid", "Amrani"]), ("PERSON", "Ellen Zijlstra", ["Ellen", "Zijlstra"]),
            ("PERSON", "Thomas de Haan", ["Thomas de Haan", "De Haan"]), ("PERSON", "Nynke Bosma", ["Nynke", "Bosma"]),
            ("PERSON", "Mahsa Karimi", ["Mahsa", "Karimi"]), ("ADDRESS", "Bleeklaan 112", ["Bleeklaan 112"]), ("PERSON", "Reza Karimi", ["Reza"]),
            ("IBAN", iban("INGB", 1601), [iban("INGB", 1601)]), ("HEALTH", "PTSS", ["PTSS"]), ("PERSON", "Sjoerd Visser", ["Sjoerd", "Visser"]),
            ("PERSON", "Femke Rijpstra", ["Femke", "Rijpstra"])],
    keep=[("ORG", "Gemeente Leeuwarden", ["Gemeente Leeuwarden"]), ("ORG", "Commissie bezwaarschriften", ["Commissie bezwaarschriften"]),
          ("ORG", "Friesland Advocaten", ["Friesland Advocaten"]),
          ("LAW", "Participatiewet", ["Participatiewet"]), ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
          ("ADDRESS_PUBLIC", "Oldehoofsterkerkhof 2", ["Oldehoofsterkerkhof 2"]), ("ORG", "GGZ Friesland", ["GGZ Friesland"]),
          ("PLACE", "Iran", ["Iran"]), ("PUBLIC_PERSON", "Wethouder Sybren Dijkstra", ["Sybren Dijkstra"]),
          ("EMAIL_FUNC", "bezwaar@leeuwarden.nl", ["bezwaar@leeuwarden.nl"]), ("TITLE", "juridisch adviseur", ["juridisch adviseur"]),
          ("TITLE", "sociaal rechercheur", ["sociaal rechercheur"]), ("ID", "BZW-2025-118", ["BZW-2025-118"]),
          ("AMOUNT", "€ 18.406,22", ["€ 18.406,22"]), ("TITLE", "GZ-psycholoog", ["GZ-psycholoog"])])

# ------------------------------------------------------------------ 17 raadsinformatiebrief (chromium)
doc(name="ba17_raadsinformatiebrief_stembureaus.pdf", producer="html",
    title="RIB evaluatie TK2025 - concept M. Groothuis",
    body="""<h1>Raadsinformatiebrief</h1>
<table><tr><th>Onderwerp</th><td>Evaluatie verkiezingsdag Tweede Kamerverkiezing 29 oktober 2025</td></tr>
<tr><th>Portefeuillehouder</th><td>burgemeester Ahmed Marcouch</td></tr>
<tr><th>Datum</th><td>25 november 2025</td></tr>
<tr><th>Contactpersoon</th><td>Marloes Groothuis, beleidsadviseur Publiekszaken<br>026 377 3012 · m.groothuis@arnhem.nl</td></tr>
<tr><th>Kenmerk</th><td>2025.0.481.733</td></tr></table>
<h2>Aanleiding</h2>
<p>Tijdens de commissievergadering Bestuur van 5 november 2025 heeft raadslid Kees Oosterwijk (CDA) gevraagd hoe de bezetting van de
stembureaus is verlopen, mede naar aanleiding van een artikel in De Gelderlander. Raadslid Samira Bouchtaoui (GroenLinks) vroeg naar
de toegankelijkheid voor kiezers met een beperking. Met deze brief informeert het college u.</p>
<h2>Kern</h2>
<p>Op 29 oktober waren 96 stembureaus open, waarvan 4 mobiel. Er werkten 612 stembureauleden en 140 tellers; 38 procent was nieuw.
Op de dag zelf vielen 21 leden uit door ziekte; zij zijn vervangen uit de reservepool. In één geval (stembureau 127) moest de voorzitter
op de ochtend zelf worden vervangen. De opkomst in Arnhem was 76,4 procent.</p>
<p>Een kiezer, de heer Kees-Jan Blankenstijn, diende bij stembureau 114 een bezwaar in over een geweigerde volmacht. Het gemeentelijk stembureau
heeft dit bezwaar in het proces-verbaal opgenomen en doorgestuurd aan de Kiesraad. Ook bij de hertelling in stembureau 062 (Burgers' Zoo) trad
geen verschil op van betekenis.</p>
<h2>Toegankelijkheid</h2>
<p>Met de Oogvereniging en de Cliëntenraad Arnhem is 12 stembureaus extra aandacht gegeven. Een ervaringsdeskundige, mevrouw Ria Schoenmaker-Duijts
(rolstoelgebruiker), heeft op ons verzoek drie locaties getest; zij stemde ermee in dat haar bevindingen in deze brief staan, haar naam is
bekend bij de griffie. De minister van Binnenlandse Zaken en Koninkrijksrelaties en Kamerlid Mirjam Bikker hebben in het debat van
12 november 2025 gewezen op de stemmal en de nieuwe Wet versterking waarborgfunctie Kiesraad.</p>
<h2>Vervolg</h2>
<p>Voor de gemeenteraadsverkiezingen van 18 maart 2026 werven wij 150 extra leden via de campagne 'Arnhem telt mee'. Inwoners melden zich aan
via verkiezingen@arnhem.nl of 0800-1809.</p>
<p>Het college van burgemeester en wethouders van Arnhem,<br>de secretaris, Anton Pels-Rijcken &nbsp;&nbsp;&nbsp; de burgemeester, Ahmed Marcouch</p>
<p class='small'>Bijlage: overzicht stembureaulocaties (openbaar). Ambtelijke opsteller: M. Groothuis; meegelezen door J. Bakker-Veldkamp (team Verkiezingen).</p>""",
    redact=[("PERSON", "Marloes Groothuis", ["Marloes", "Groothuis", "M. Groothuis"]), ("PHONE", "026 377 3012", ["026 377 3012"]),
            ("EMAIL", "m.groothuis@arnhem.nl", ["m.groothuis@arnhem.nl"]), ("PERSON", "Kees-Jan Blankenstijn", ["Kees-Jan", "Blankenstijn"]),
            ("PERSON", "Ria Schoenmaker-Duijts", ["Ria", "Schoenmaker-Duijts"]), ("HEALTH", "rolstoelgebruiker", ["rolstoelgebruiker"]),
            ("PERSON", "Joyce Bakker-Veldkamp", ["J. Bakker-Veldkamp", "Bakker-Veldkamp"])],
    keep=[("PUBLIC_PERSON", "burgemeester Ahmed Marcouch", ["Ahmed Marcouch"]), ("PUBLIC_PERSON", "raadslid Kees Oosterwijk", ["Kees Oosterwijk"]),
          ("PUBLIC_PERSON", "raadslid Samira Bouchtaoui", ["Samira Bouchtaoui"]), ("PUBLIC_PERSON", "Kamerlid Mirjam Bikker", ["Mirjam Bikker"]),
          ("PUBLIC_PERSON", "gemeentesecretaris Anton Pels-Rijcken", ["Anton Pels-Rijcken"]),
          ("ORG", "CDA", ["CDA"]), ("ORG", "GroenLinks", ["GroenLinks"]), ("ORG", "De Gelderlander", ["De Gelderlander"]),
          ("ORG", "Kiesraad", ["Kiesraad"]), ("ORG", "Oogvereniging", ["Oogvereniging"]), ("ORG", "Cliëntenraad Arnhem", ["Cliëntenraad Arnhem"]),
          ("PLACE", "Burgers' Zoo", ["Burgers' Zoo"]), ("LAW", "Wet versterking waarborgfunctie Kiesraad", ["Wet versterking waarborgfunctie Kiesraad"]),
          ("ORG", "minister van Binnenlandse Zaken en Koninkrijksrelaties", ["Binnenlandse Zaken en Koninkrijksrelaties"]),
          ("EMAIL_FUNC", "verkiezingen@arnhem.nl", ["verkiezingen@arnhem.nl"]), ("PHONE_PUBLIC", "0800-1809", ["0800-1809"]),
          ("TITLE", "beleidsadviseur Publiekszaken", ["beleidsadviseur Publiekszaken"]), ("ID", "2025.0.481.733", ["2025.0.481.733"]),
          ("ORG", "team Verkiezingen", ["team Verkiezingen"]), ("DATE", "18 maart 2026", ["18 maart 2026"])])

# ------------------------------------------------------------------ 18 commissievergadering met insprekers (LibreOffice, 2 pages)
doc(name="ba18_commissie_sociaal_domein_verslag.pdf", producer="docx", author="Griffie Deventer", title="Besluitenlijst commissie Sociaal Domein 9 september 2025",
    header="Gemeenteraad Deventer – Commissie Sociaal Domein – Verslag 9 september 2025",
    blocks=[("h1", "Verslag commissie Sociaal Domein, 9 september 2025"),
            ("p", "Aanwezig: raadsleden Femke Dijkstra (GroenLinks, voorzitter), Hüseyin Kaplan (DENK), Bert-Jan Hofstede (VVD), "
                  "Margreet Oude Luttikhuis (CDA), Tim van Wijhe (D66), Ilse Smit-Kamphuis (PvdA), Ronald Eekhof (Gemeentebelangen). "
                  "Namens het college: wethouder Gerrit-Jan Wolters (Zorg, Wmo, Jeugd) en wethouder Nazira El Bouzidi (Armoedebeleid). "
                  "Commissiegriffier: Jorien Klein Kranenbarg."),
            ("h2", "1. Spreekrecht burgers"),
            ("p", "Inspreker 1, mevrouw Anja Bloemendaal-Teeuwen, woonachtig aan de Marnixstraat 14 te Deventer, spreekt over de wachtlijst "
                  "voor huishoudelijke hulp. Haar man, die de ziekte van Parkinson heeft, wacht sinds april op een indicatie. Zij wil dat de "
                  "wethouder persoonlijk contact opneemt (06-3877 1422)."),
            ("p", "Inspreker 2, de heer Wiktor Lewandowski, namens de huurdersvereniging Keizerslanden, vraagt aandacht voor "
                  "energiearmoede in de flats aan de Verzetslaan. De heer Lewandowski woont zelf op Verzetslaan 210."),
            ("p", "Inspreker 3, mevrouw Esmeralda Tjon-A-Fong, ervaringsdeskundige schulden, vertelt hoe zij via de Schuldhulpmaatje "
                  "Deventer uit de schulden kwam. Zij vraagt om een vast aanspreekpunt bij Schuldhulpverlening."),
            ("h2", "2. Raadsvoorstel Uitvoeringsplan armoede en schulden 2026-2028"),
            ("p", "De heer Kaplan (DENK) vraagt wethouder El Bouzidi hoe het bereik van de Meedoenregeling wordt vergroot. Mevrouw "
                  "Oude Luttikhuis (CDA) vraagt naar de samenwerking met de Voedselbank Deventer. De heer Hofstede (VVD) wil weten wat "
                  "de vroegsignalering kost. Wethouder El Bouzidi antwoordt dat het Rijk (staatssecretaris Nobel) de middelen voor "
                  "vroegsignalering structureel maakt en zegt een memo toe."),
            ("pb",),
            ("h2", "3. Wachtlijsten Wmo"),
            ("p", "Wethouder Wolters reageert op inspreker 1: de wachttijd is gemiddeld 11 weken. Hij zegt toe dat een consulent, de heer "
                  "Niels Rouwenhorst (team Wmo), deze week contact opneemt met mevrouw Bloemendaal. Mevrouw Smit-Kamphuis (PvdA) vraagt om "
                  "een raadsinformatiebrief over de wachtlijsten; de wethouder zegt die toe voor 1 november."),
            ("h2", "4. Toezeggingen"),
            ("table", [["Nr", "Toezegging", "Wie", "Termijn"],
                       ["T-25-31", "Memo bereik Meedoenregeling en kosten vroegsignalering", "wethouder El Bouzidi", "1 oktober 2025"],
                       ["T-25-32", "Raadsinformatiebrief wachtlijsten Wmo", "wethouder Wolters", "1 november 2025"],
                       ["T-25-33", "Terugbellen inspreker 1", "N. Rouwenhorst (team Wmo)", "12 september 2025"]], [2, 8, 4, 3]),
            ("p", "De voorzitter, mevrouw Dijkstra, sluit de vergadering om 22.40 uur. Het verslag is opgesteld door de commissiegriffier "
                  "(griffie@deventer.nl).")],
    redact=[("PERSON", "Jorien Klein Kranenbarg", ["Jorien", "Klein Kranenbarg"]),
            ("PERSON", "Anja Bloemendaal-Teeuwen", ["Anja", "Bloemendaal-Teeuwen", "Bloemendaal"]), ("ADDRESS", "Marnixstraat 14", ["Marnixstraat 14"]),
            ("HEALTH", "ziekte van Parkinson", ["ziekte van Parkinson"]), ("PHONE", "06-3877 1422", ["06-3877 1422"]),
            ("PERSON", "Wiktor Lewandowski", ["Wiktor", "Lewandowski"]), ("ADDRESS", "Verzetslaan 210", ["Verzetslaan 210"]),
            ("PERSON", "Esmeralda Tjon-A-Fong", ["Esmeralda", "Tjon-A-Fong"]), ("PERSON", "Niels Rouwenhorst", ["Niels", "Rouwenhorst"])],
    keep=[("PUBLIC_PERSON", p, [p]) for p in ["Femke Dijkstra", "Hüseyin Kaplan", "Bert-Jan Hofstede", "Margreet Oude Luttikhuis", "Tim van Wijhe",
                                              "Ilse Smit-Kamphuis", "Ronald Eekhof", "Gerrit-Jan Wolters", "Nazira El Bouzidi"]] + [
          ("PUBLIC_PERSON", "raadsleden", ["Kaplan", "Hofstede", "Oude Luttikhuis", "Smit-Kamphuis", "Dijkstra", "Wolters", "El Bouzidi", "Nobel"]),
          ("ORG", "DENK", ["DENK"]), ("ORG", "Gemeentebelangen", ["Gemeentebelangen"]), ("ORG", "Voedselbank Deventer", ["Voedselbank Deventer"]),
          ("ORG", "Schuldhulpmaatje Deventer", ["Schuldhulpmaatje Deventer"]), ("ORG", "huurdersvereniging Keizerslanden", ["huurdersvereniging Keizerslanden"]),
          ("PROGRAMME", "Meedoenregeling", ["Meedoenregeling"]), ("EMAIL_FUNC", "griffie@deventer.nl", ["griffie@deventer.nl"]),
          ("TITLE", "Commissiegriffier", ["Commissiegriffier"]), ("ID", "T-25-32", ["T-25-32"]), ("STREET", "Verzetslaan (flats)", ["flats aan de Verzetslaan"])])

# ------------------------------------------------------------------ 19 Teams chat export (chromium)
teams = [
    ("Wennink, Bart (THOR)", "08:02", "Morgen! Weer een melding hondenpoep Rielerenk, speeltuin bij de Marijkestraat. Derde keer deze week. Zelfde man volgens de melder."),
    ("Bruggink, Kim (THOR)", "08:05", "Dat is vast weer Lamberink met die Mechelse herder. Die heeft in augustus al een BSBm gehad van mij en Sander."),
    ("Wennink, Bart (THOR)", "08:06", "Melder is mevr. Naima Azzouzi, Marijkestraat 41, belt elke dag. 0570 785 332 thuis, mobiel 06 8811 2046."),
    ("Ramcharan, Devika (Meldingen)", "08:11", "Ik heb de melding in Mobiel Toezicht gezet onder M-2025-55120. @Kim Bruggink kunnen jullie vanavond surveilleren?"),
    ("Bruggink, Kim (THOR)", "08:14", "Kan, samen met Pelgrim. Na 21.00 uur. Wel graag even afstemmen met wijkagent Erik Hulshof, die kent de man."),
    ("Pelgrim, Sander (THOR)", "08:20", "Hulshof zegt dat de man ook bekend is bij Tactus, verslavingsproblematiek. Dus rustig benaderen."),
    ("Ramcharan, Devika (Meldingen)", "08:22", "Burgemeester König heeft trouwens vorige week in de commissie gezegd dat hondenpoep prioriteit krijgt, zie het handhavingsprogramma 2025."),
    ("Wennink, Bart (THOR)", "08:25", "👍 Ik mail de melder even terug via handhaving@deventer.nl, niet vanaf mijn eigen adres."),
    ("Zwiers-Oldenkamp, Hilde (teamleider)", "09:41", "Goed zo. Graag ook de nieuwe ervaringen in het BOA-overleg van donderdag. Bart, jij schuift aan namens Toezicht Openbare Ruimte."),
]
tm = "".join(f"<div class='msg'><span class='who'>{w}</span> <span class='ts'>{t}</span><br>{m}</div>" for w, t, m in teams)
doc(name="ba19_teams_handhaving.pdf", producer="html", title="Chat Team Toezicht - export door Bart Wennink",
    body=f"""<h1>Microsoft Teams – chatexport</h1><p class='small'>Kanaal: THOR Toezicht Openbare Ruimte &gt; Meldingen wijk Rielerenk · geëxporteerd 16-09-2025 10:02 ·
Gemeente Deventer</p><p class='small'>Deelnemers: Wennink, Bart; Bruggink, Kim; Pelgrim, Sander; Ramcharan, Devika; Zwiers-Oldenkamp, Hilde</p>
<h2>dinsdag 16 september 2025</h2>{tm}""",
    redact=[("PERSON", "Bart Wennink", ["Bart", "Wennink"]), ("PERSON", "Kim Bruggink", ["Kim", "Bruggink", "Kim Bruggink"]),
            ("PERSON", "Robbert Lamberink", ["Lamberink"]), ("PERSON", "Sander Pelgrim", ["Sander", "Pelgrim"]),
            ("PERSON", "Naima Azzouzi", ["Naima", "Azzouzi"]), ("ADDRESS", "Marijkestraat 41", ["Marijkestraat 41"]),
            ("PHONE", "0570 785 332", ["0570 785 332"]), ("PHONE", "06 8811 2046", ["06 8811 2046"]),
            ("PERSON", "Devika Ramcharan", ["Devika", "Ramcharan"]), ("PERSON", "Erik Hulshof", ["Erik", "Hulshof"]),
            ("HEALTH", "verslavingsproblematiek", ["verslavingsproblematiek"]), ("PERSON", "Hilde Zwiers-Oldenkamp", ["Hilde", "Zwiers-Oldenkamp"])],
    keep=[("ORG", "Gemeente Deventer", ["Gemeente Deventer"]), ("ORG", "Toezicht Openbare Ruimte", ["Toezicht Openbare Ruimte"]),
          ("PLACE", "Rielerenk", ["Rielerenk"]), ("STREET", "Marijkestraat (speeltuin)", ["speeltuin bij de Marijkestraat"]),
          ("ORG", "Tactus", ["Tactus"]), ("PUBLIC_PERSON", "Burgemeester König", ["König"]), ("EMAIL_FUNC", "handhaving@deventer.nl", ["handhaving@deventer.nl"]),
          ("ID", "M-2025-55120", ["M-2025-55120"]), ("PROGRAMME", "handhavingsprogramma 2025", ["handhavingsprogramma 2025"]),
          ("TITLE", "wijkagent", ["wijkagent"]), ("TITLE", "teamleider", ["teamleider"]), ("ORG", "Microsoft Teams", ["Microsoft Teams"]),
          ("ID", "BSBm", ["BSBm"])])

# ------------------------------------------------------------------ 20 WhatsApp export (chromium, monospace)
wa = [
    ("12-09-2025 19:04", "Wiebren Hoekstra Wijkteam", "Dag allemaal, even een update over de familie Şahin (Iepenlaan). Gökhan is vandaag geopereerd, ligt in het MCL."),
    ("12-09-2025 19:06", "Esther Hiemstra KBNL", "Dank! Ik schuif het budgetgesprek door naar volgende week. Ayşe belde me, ze redt het niet met de boodschappen."),
    ("12-09-2025 19:09", "Wiebren Hoekstra Wijkteam", "Ik heb een voedselbankpakket geregeld via Jantsje van de Voedselbank Leeuwarden, ophalen vrijdag Zuiderplein."),
    ("12-09-2025 19:15", "+31 6 4412 0978", "Hoi, dit is Tjitske (buurvrouw nr 21). Ik kan Emir wel naar school brengen deze week, ik woon ernaast."),
    ("12-09-2025 19:17", "Esther Hiemstra KBNL", "Fijn Tjitske! Wiebren, kun je haar nummer aan Ayşe doorgeven? Het mijne is 06-1187 2233 als iemand me zoekt."),
    ("12-09-2025 19:30", "Samira (klantmanager)", "Ik heb de bijzondere bijstand voor de eigen bijdrage van het ziekenhuis klaargezet. Graag nog de rekening van Zilveren Kruis."),
    ("12-09-2025 19:31", "Wiebren Hoekstra Wijkteam", "Top. Morgen 10:00 huisbezoek samen met wijkverpleegkundige Joke ter Wal-Akkerman."),
    ("13-09-2025 08:12", "Samira (klantmanager)", "Let op: dit is een app-groep, geen dossier. Persoonlijke details graag in Suite/Zaaksysteem. Zie ook de AVG-handreiking van de VNG."),
]
wt = "".join(f"<div class='msg'>{t} - <b>{w}</b>: {m}</div>" for t, w, m in wa)
doc(name="ba20_whatsapp_wijkteam.pdf", producer="html", title="WhatsApp-chat met Wijkteam casus Sahin",
    body=f"""<h1>WhatsApp-chat met ‘Casus Iepenlaan (wijkteam)’</h1>
<p class='small'>Geëxporteerd voor het dossier door het Sociaal Wijkteam Heechterp-Schieringen, Gemeente Leeuwarden, 15-09-2025.
Berichten en oproepen zijn end-to-end versleuteld.</p>
<div style='font-family:"DejaVu Sans Mono",monospace;font-size:10px'>{wt}</div>""",
    redact=[("PERSON", "Wiebren Hoekstra", ["Wiebren", "Hoekstra"]), ("PERSON", "Gökhan Şahin", ["Gökhan", "Şahin"]),
            ("ADDRESS", "Iepenlaan", ["Iepenlaan"]), ("HEALTH", "geopereerd", ["geopereerd"]),
            ("PERSON", "Esther Hiemstra", ["Esther", "Hiemstra"]), ("PERSON", "Ayşe Şahin-Doğan", ["Ayşe"]),
            ("PERSON", "Jantsje", ["Jantsje"]), ("PHONE", "+31 6 4412 0978", ["+31 6 4412 0978"]), ("PERSON", "Tjitske", ["Tjitske"]),
            ("ADDRESS", "nr 21", ["nr 21"]), ("PERSON", "Emir", ["Emir"]), ("PHONE", "06-1187 2233", ["06-1187 2233"]),
            ("PERSON", "Samira El Idrissi-Boukhari", ["Samira"]), ("PERSON", "Joke ter Wal-Akkerman", ["Joke", "ter Wal-Akkerman"])],
    keep=[("ORG", "Sociaal Wijkteam Heechterp-Schieringen", ["Sociaal Wijkteam Heechterp-Schieringen"]), ("ORG", "Gemeente Leeuwarden", ["Gemeente Leeuwarden"]),
          ("ORG", "MCL", ["MCL"]), ("ORG", "KBNL", ["KBNL"]), ("ORG", "Voedselbank Leeuwarden", ["Voedselbank Leeuwarden"]),
          ("PLACE", "Zuiderplein", ["Zuiderplein"]), ("ORG", "Zilveren Kruis", ["Zilveren Kruis"]), ("ORG", "VNG", ["VNG"]),
          ("LAW", "AVG", ["AVG-handreiking"]), ("TITLE", "klantmanager", ["klantmanager"]), ("TITLE", "wijkverpleegkundige", ["wijkverpleegkundige"]),
          ("PROGRAMME", "bijzondere bijstand", ["bijzondere bijstand"]), ("ORG", "WhatsApp", ["WhatsApp-chat"])])
