"""Council and college documents, e-mail, Teams, scans and forms."""
from lib import Doc


def bg21():
    d = Doc("bg21_raadsinformatiebrief_arnhem", "rl", font="serif")
    d.add("lh", ["{b}Gemeente Arnhem{/b}", "", "Aan de leden van de gemeenteraad"],
          ["Raadsinformatiebrief 2026-118", "Datum 10 november 2026", "Portefeuillehouder: wethouder Cathelijne Bouwkamp",
           "Contactpersoon: ⟦Koen Oldenkamp⟧", "Telefoon: ⟦026 377 4412⟧", "E-mail: ⟦koen.oldenkamp@arnhem.nl⟧",
           "Koningstraat 38, 6811 DG Arnhem", "Telefoon algemeen 0800-1809"])
    d.add("h1", "Voortgang aanpak schoolverzuim en thuiszitters 2025-2026")
    d.add("p", "Geachte leden van de raad,")
    d.add("p", "In de commissie Samenleving van 17 september 2026 heeft raadslid Martien Louwers (CDA) gevraagd naar de "
               "stand van zaken van het Thuiszitterspact. Met deze brief informeren wij u, zoals toegezegd door "
               "wethouder Bouwkamp (toezegging T-2026-41).")
    d.add("h2", "Kerncijfers schooljaar 2025-2026")
    d.add("tbl", [["Indicator", "2024-2025", "2025-2026"],
                  ["Meldingen relatief verzuim", "1.412", "1.287"],
                  ["Processen-verbaal (Leerplichtwet 1969)", "96", "74"],
                  ["Absoluut verzuim (niet ingeschreven)", "31", "22"],
                  ["Thuiszitters langer dan 3 maanden", "58", "41"],
                  ["Vrijstellingen artikel 5 onder a", "119", "124"]],
          [0.6, 0.2, 0.2])
    d.add("p", "De daling van het aantal thuiszitters is vooral bereikt door de inzet van de onderwijs-zorgconsulenten "
               "van het samenwerkingsverband Passend Onderwijs Arnhem (SWV PO Arnhem) en de afspraken met Pro Persona "
               "en Karakter over snellere toegang. Voor individuele casussen verwijzen wij naar het (vertrouwelijk "
               "ter inzage gelegde) jaarverslag Leerplicht.")
    d.add("p", "Graag bedanken wij de medewerkers van Leerplicht, in het bijzonder ⟦Femke Zijlstra⟧ en "
               "⟦Hamid Ouali⟧, die het project Warme Overdracht hebben opgezet. Raadslid Ouali (Arnhemse "
               "Stadspartij) heeft geen familiebanden met de medewerker; wij noemen dit omdat daar vragen over waren.")
    d.add("h2", "Vervolg")
    d.add("p", "In het voorjaar van 2027 ontvangt u de evaluatie van het Thuiszitterspact. Vragen over deze brief "
               "kunt u stellen via de griffie (griffie@arnhem.nl).")
    d.add("p", "Met vriendelijke groet,\nburgemeester en wethouders van Arnhem,")
    d.add("sig2", ["de secretaris,", "Anne-Marie Ploeg"], ["de burgemeester,", "Hüseyin Doğan"])
    d.outline = [("Concept ⟦K. Oldenkamp⟧ v3", 0), ("Kerncijfers", 0)]
    d.meta = {"Author": "⟦OldenkampK⟧"}
    d.R("PERSON", "Koen Oldenkamp", "Koen Oldenkamp", "Oldenkamp", "OldenkampK")
    d.R("PHONE", "026 377 4412")
    d.R("EMAIL", "koen.oldenkamp@arnhem.nl")
    d.R("PERSON", "Femke Zijlstra", "Femke Zijlstra", "Zijlstra")
    d.R("PERSON", "Hamid Ouali (medewerker)", "Hamid Ouali", ("Ouali", True))
    d.K("ORG", "Gemeente Arnhem")
    d.K("OFFICIAL", "wethouder Cathelijne Bouwkamp", "Cathelijne Bouwkamp", "wethouder Bouwkamp")
    d.K("OFFICIAL", "raadslid Martien Louwers (CDA)", "Martien Louwers")
    d.K("OFFICIAL", "Raadslid Ouali (Arnhemse Stadspartij)", "Raadslid Ouali")
    d.K("OFFICIAL", "de secretaris Anne-Marie Ploeg", "Anne-Marie Ploeg")
    d.K("OFFICIAL", "de burgemeester Hüseyin Doğan", "Hüseyin Doğan")
    d.K("ORG", "SWV PO Arnhem")
    d.K("ORG", "Pro Persona")
    d.K("ORG", "Karakter")
    d.K("PROGRAMME", "Thuiszitterspact")
    d.K("PROGRAMME", "Warme Overdracht")
    d.K("LAW", "Leerplichtwet 1969")
    d.K("EMAIL", "griffie@arnhem.nl")
    d.K("PHONE", "0800-1809")
    d.K("ADDRESS", "Koningstraat 38")
    d.K("CASE", "Raadsinformatiebrief 2026-118", "2026-118")
    return d


def bg22():
    d = Doc("bg22_besluitenlijst_college_leiden", "lo")
    d.add("org", "Gemeente Leiden")
    d.add("h1", "Besluitenlijst collegevergadering 10 november 2026")
    d.add("p", "Aanwezig: burgemeester Peter Dijkstra, wethouders Yvonne van Delft, Abdelhaq Bouchibti en Fleur Spijker, "
               "gemeentesecretaris Jos Mekkes; notulist ⟦Renée Hofstede⟧.\n"
               "Afwezig: wethouder Jolien Brakema-Terwindt (⟦met ziekteverlof na een hartinfarct⟧).\n"
               "Bij punt 4 aanwezig: ⟦Dirk-Jan Vos⟧ (beleidsadviseur Onderwijs).")
    d.add("tbl", [["Nr", "Onderwerp", "Portefeuille", "Besluit", "Ambtelijk contact"],
                  ["1", "Vaststellen besluitenlijst 3 november 2026", "Dijkstra", "conform", "-"],
                  ["2", "Raadsinformatiebrief voortgang Wmo-inkoop 2027 (2026/0912)", "Van Delft", "conform",
                   "⟦M. el Khatib⟧\n(⟦071 516 5227⟧)"],
                  ["3", "Beantwoording art. 45-vragen raadslid Gerrit-Jan Rijnsburger (Partij voor de Dieren) over "
                        "leerlingenvervoer", "Bouchibti", "gewijzigd: antwoord 3 aanvullen", "⟦Sanne\nvan Rijnsburger⟧"],
                  ["4", "Huisvestingsplan onderwijs: nieuwbouw Mr. Pieter Jelles Troelstraschool, Van Vollenhovenkade",
                   "Bouchibti", "conform; raadsvoorstel", "⟦D.J. Vos⟧"],
                  ["5", "Mandaatbesluit Participatiewet 2027", "Spijker", "aangehouden", "⟦P. Groenewegen⟧"],
                  ["6", "Benoeming leden stembureaus herindelingsverkiezing (geheim)", "Dijkstra", "conform",
                   "team Verkiezingen"]],
          [0.05, 0.41, 0.16, 0.18, 0.2])
    d.add("p", "Punt 3: ⟦mevrouw Van Rijnsburger⟧ is geen familie van het raadslid Rijnsburger; het college besluit "
               "dit niet in de beantwoording op te nemen.")
    d.add("p", "Punt 6: de lijst met namen en adressen van de stembureauleden is niet openbaar (artikel 5.1, tweede lid, onder e, Woo). Vragen: "
               "verkiezingen@leiden.nl.")
    d.add("p", "Aldus vastgesteld op 17 november 2026.\nde secretaris, Jos Mekkes   de burgemeester, Peter Dijkstra")
    d.meta = {"Author": "⟦Hofstede, R.⟧"}
    d.R("PERSON", "Renée Hofstede", "Renée Hofstede", "Hofstede")
    d.R("HEALTH", "ziekteverlof na een hartinfarct", "hartinfarct", "ziekteverlof")
    d.R("PERSON", "Dirk-Jan Vos", "Dirk-Jan Vos", "D.J. Vos")
    d.R("PERSON", "M. el Khatib", "M. el Khatib", "Khatib")
    d.R("PHONE", "071 516 5227")
    d.R("PERSON", "Sanne van Rijnsburger", "Sanne", "van Rijnsburger", "Van Rijnsburger")
    d.R("PERSON", "P. Groenewegen", "Groenewegen")
    d.K("ORG", "Gemeente Leiden")
    d.K("OFFICIAL", "burgemeester Peter Dijkstra", "Peter Dijkstra", "Dijkstra")
    d.K("OFFICIAL", "wethouder Yvonne van Delft", "Yvonne van Delft", "Van Delft")
    d.K("OFFICIAL", "wethouder Abdelhaq Bouchibti", "Abdelhaq Bouchibti", "Bouchibti")
    d.K("OFFICIAL", "wethouder Fleur Spijker", "Fleur Spijker", "Spijker")
    d.K("OFFICIAL", "wethouder Jolien Brakema-Terwindt", "Jolien Brakema-Terwindt")
    d.K("OFFICIAL", "gemeentesecretaris Jos Mekkes", "Jos Mekkes")
    d.K("OFFICIAL", "raadslid Gerrit-Jan Rijnsburger", "Gerrit-Jan Rijnsburger", "raadslid Rijnsburger")
    d.K("ORG", "Partij voor de Dieren")
    d.K("SCHOOL", "Mr. Pieter Jelles Troelstraschool", "Pieter Jelles Troelstraschool")
    d.K("ADDRESS", "Van Vollenhovenkade")
    d.K("EMAIL", "verkiezingen@leiden.nl")
    d.K("CASE", "2026/0912")
    d.K("ROLE", "beleidsadviseur Onderwijs")
    return d


def bg23():
    d = Doc("bg23_mailwisseling_thuiszitter_utrecht", "chrome", title="RE: thuiszitter ⟦Daan⟧ - overleg 25/11")
    hdr = lambda v, s, a, cc, o: [("Van:", v), ("Verzonden:", s), ("Aan:", a)] + ([("CC:", cc)] if cc else []) + [("Onderwerp:", o)]
    d.add("kv", hdr("⟦Lisanne Hakkert⟧ <{mailto:⟦l.hakkert@utrecht.nl⟧}>", "dinsdag 24 november 2026 16:42",
                    "⟦'Bouwman, Gert-Jan'⟧ <{mailto:⟦gj.bouwman@cslvecht.nl⟧}>",
                    "Leerplicht Utrecht <{mailto:leerplicht@utrecht.nl}>; ⟦Wijnand van Schaik⟧",
                    "RE: thuiszitter ⟦Daan⟧ - overleg 25/11"))
    d.add("p", "Hoi ⟦Gert-Jan⟧,")
    d.add("p", "Dank voor je snelle reactie. Ik heb morgen om 10.00 uur een kamer op het Stadskantoor "
               "(Stadsplateau 1) gereserveerd. ⟦Wijnand⟧ van het samenwerkingsverband schuift aan. Kun jij het "
               "verslag van de ⟦GGZ-behandelaar van Daan⟧ meenemen? Moeder (⟦mevrouw Bos-Tahiri⟧) komt ook; zij "
               "is bereikbaar op ⟦06 33 72 90 18⟧ als er iets verandert.")
    d.add("p", "Groet,\n⟦Lisanne⟧")
    d.add("small", "⟦Lisanne Hakkert⟧ | leerplichtambtenaar | gemeente Utrecht | Maatschappelijke Ontwikkeling\n"
                   "Werkdagen ma-di-do | T ⟦030 286 1733⟧ | M ⟦06 52 47 19 08⟧\n"
                   "Stadsplateau 1, 3521 AZ Utrecht | Postbus 16200, 3500 CE Utrecht | 14 030")
    d.add("hr")
    d.add("kv", hdr("⟦Bouwman, Gert-Jan⟧ <{mailto:⟦gj.bouwman@cslvecht.nl⟧}>", "dinsdag 24 november 2026 11:05",
                    "⟦Hakkert, Lisanne⟧", "", "RE: thuiszitter ⟦Daan⟧"))
    d.add("quote", "Beste ⟦Lisanne⟧,\n\n⟦Daan Bos⟧ (3 vwo, geboren ⟦09-07-2011⟧) is sinds de herfstvakantie niet meer op "
                   "school geweest. Volgens zijn mentor ⟦mevrouw Jager⟧ gaat het om ⟦een depressie met "
                   "schoolangst⟧; hij staat op de wachtlijst bij Altrecht. Wij willen graag een gedeeltelijke "
                   "vrijstelling bespreken (artikel 11 onder b Leerplichtwet 1969). Morgen kan ik na 10 uur.\n\n"
                   "Met vriendelijke groet,\n⟦Gert-Jan Bouwman⟧\nzorgcoördinator Christelijk Lyceum Utrecht Vecht (CSL Vecht)\n"
                   "⟦030 271 8840 (direct)⟧ | administratie@cslvecht.nl | 030 271 8800")
    d.add("hr")
    d.add("kv", hdr("⟦Hakkert, Lisanne⟧", "maandag 23 november 2026 09:12", "⟦Bouwman, Gert-Jan⟧",
                    "⟦Schaik, Wijnand van⟧ <{mailto:⟦w.vanschaik@swv-utrecht.nl⟧}>", "thuiszitter ⟦Daan⟧"))
    d.add("quote", "Hoi ⟦Gert-Jan⟧, kunnen we deze week overleggen over ⟦Daan⟧? Zijn verzuim staat inmiddels op "
                   "112 uur (melding DUO 4 november). Groet, ⟦Lisanne⟧")
    d.meta = {"Author": "⟦Lisanne Hakkert⟧", "Title": "RE: thuiszitter ⟦Daan⟧ - overleg 25/11"}
    d.R("PERSON", "Lisanne Hakkert", "Lisanne Hakkert", "Hakkert", "Lisanne")
    d.R("EMAIL", "l.hakkert@utrecht.nl")
    d.R("PERSON", "Gert-Jan Bouwman", "Gert-Jan Bouwman", "Bouwman", "Gert-Jan")
    d.R("EMAIL", "gj.bouwman@cslvecht.nl")
    d.R("PERSON", "Wijnand van Schaik", "Wijnand van Schaik", "Schaik", "Wijnand")
    d.R("EMAIL", "w.vanschaik@swv-utrecht.nl")
    d.R("PERSON", "Daan Bos", "Daan Bos", "Daan")
    d.R("HEALTH", "GGZ-behandelaar; depressie met schoolangst", "GGZ-behandelaar", "depressie met schoolangst")
    d.R("PERSON", "mevrouw Bos-Tahiri", "Bos-Tahiri")
    d.R("PHONE", "06 33 72 90 18")
    d.R("PHONE", "030 286 1733")
    d.R("PHONE", "06 52 47 19 08")
    d.R("DATE_OF_BIRTH", "09-07-2011")
    d.R("PERSON", "mevrouw Jager", "Jager")
    d.R("PHONE", "030 271 8840")
    d.K("EMAIL", "leerplicht@utrecht.nl")
    d.K("EMAIL", "administratie@cslvecht.nl")
    d.K("PHONE", "030 271 8800")
    d.K("PHONE", "14 030")
    d.K("ADDRESS", "Stadsplateau 1")
    d.K("SCHOOL", "Christelijk Lyceum Utrecht Vecht", "Christelijk Lyceum Utrecht Vecht", "CSL Vecht")
    d.K("ORG", "Altrecht")
    d.K("LAW", "Leerplichtwet 1969")
    d.K("ROLE", "leerplichtambtenaar")
    d.K("ROLE", "zorgcoördinator")
    d.K("ORG", "gemeente Utrecht")
    return d


def bg24():
    d = Doc("bg24_teams_chat_verkiezingen_alkmaar", "chrome", title="Chat - Stembureaus 18 maart")
    d.add("h2", "Microsoft Teams - chatexport")
    d.add("kv", [("Chat", "Stembureaus 18 maart (groepschat)"),
                 ("Deelnemers", "⟦Sanne de Ruiter⟧, ⟦Wouter Kok⟧, ⟦Aylin Kaya⟧, ⟦Bart-Jan Haring⟧, Verkiezingen Alkmaar (gedeeld postvak)"),
                 ("Geëxporteerd", "19 maart 2026 08:15 door ⟦Sanne de Ruiter⟧"),
                 ("Kenmerk Woo-verzoek", "WOO-2026-0211")])
    d.add("chat", [
        ("⟦Sanne de Ruiter⟧", "18-3-2026 06:41", "Goedemorgen! Stembureau 12 (Het Baken, Frieseweg 95) meldt dat de voorzitter er nog niet is."),
        ("⟦Wouter Kok⟧", "06:43", "Dat is ⟦Henk⟧ toch? Ik bel hem. Nummer staat in de lijst: ⟦06 14 55 82 30⟧"),
        ("⟦Aylin Kaya⟧", "06:44", "⟦Henk Dekker⟧ heeft gisteren afgemeld, ⟦hij ligt met een longontsteking in het MCA⟧. Reserve is ⟦Esther⟧."),
        ("⟦Sanne de Ruiter⟧", "06:45", "Oké ⟦Aylin⟧, bel jij ⟦Esther Visser⟧? Ze woont om de hoek (⟦Ruysdaelkade 8⟧)."),
        ("⟦Aylin Kaya⟧", "06:52", "⟦Esther⟧ komt, is er om 7.10 uur. Ik heb het doorgegeven aan het postvak verkiezingen@alkmaar.nl"),
        ("⟦Bart-Jan Haring⟧", "07:02", "Bij stembureau 4 (Stadhuis, Langestraat 97) ontbreekt het tweede stempelkussen. ⟦Wouter⟧, kun jij?"),
        ("⟦Wouter Kok⟧", "07:03", "Ben onderweg. Burgemeester Carla Teunissen komt om 7.30 uur stemmen in stembureau 4, pers is aanwezig."),
        ("⟦Sanne de Ruiter⟧", "07:31", "Top. ⟦BJ⟧, wil jij vanavond het proces-verbaal (model N 10-1) ophalen bij 12?"),
        ("⟦Bart-Jan Haring⟧", "07:32", "Doe ik. Mijn privénummer voor vanavond: ⟦06 87 20 41 66⟧"),
    ])
    d.add("small", "Export uit Microsoft Teams ten behoeve van Woo-verzoek WOO-2026-0211. Het gedeelde postvak "
                   "verkiezingen@alkmaar.nl en het algemene nummer 072 548 8888 zijn van de gemeente Alkmaar.")
    d.meta = {"Author": "⟦sderuiter⟧"}
    d.R("PERSON", "Sanne de Ruiter", "Sanne de Ruiter", "Ruiter", "Sanne", "sderuiter")
    d.R("PERSON", "Wouter Kok", "Wouter Kok", "Wouter", ("Kok", True))
    d.R("PERSON", "Aylin Kaya", "Aylin Kaya", "Aylin")
    d.R("PERSON", "Bart-Jan Haring", "Bart-Jan Haring", "Haring", "BJ")
    d.R("PERSON", "Henk Dekker", "Henk Dekker", "Henk")
    d.R("PHONE", "06 14 55 82 30")
    d.R("HEALTH", "longontsteking in het MCA", "longontsteking")
    d.R("PERSON", "Esther Visser", "Esther Visser", "Esther")
    d.R("ADDRESS", "Ruysdaelkade 8")
    d.R("PHONE", "06 87 20 41 66")
    d.K("OFFICIAL", "Burgemeester Carla Teunissen", "Carla Teunissen")
    d.K("EMAIL", "verkiezingen@alkmaar.nl")
    d.K("PHONE", "072 548 8888")
    d.K("ADDRESS", "Frieseweg 95")
    d.K("ADDRESS", "Langestraat 97")
    d.K("CASE", "WOO-2026-0211")
    d.K("ORG", "gemeente Alkmaar")
    d.K("ORG", "Microsoft Teams")
    return d


def bg25():
    d = Doc("bg25_scan_bezwaarschrift_wmo", "scan", font="serif")
    d.scan = {"dpi": 200, "noise": 1500}
    d.add("p", "⟦H.M. Baas-Verschoor⟧\n⟦Dorpsstraat 114⟧\n⟦2911 AR Nieuwerkerk aan den IJssel⟧\nTel. ⟦06 19 40 27 73⟧")
    d.add("sp", 6)
    d.add("p", "Aan het college van burgemeester en wethouders van Zuidplas\nPostbus 100\n2910 AC Nieuwerkerk aan den IJssel")
    d.add("sp", 6)
    d.add("p", "Nieuwerkerk, 2 november 2026")
    d.add("p", "Betreft: bezwaar tegen uw besluit van 28 september 2026, kenmerk WMO-ZP-2026-4410\nMijn BSN: ⟦620080425⟧")
    d.add("p", "Geachte heer, mevrouw,")
    d.add("p", "Hierbij maak ik bezwaar tegen uw besluit om mijn traplift af te wijzen. Uw consulent, de heer "
               "⟦Van Leeuwen⟧, heeft bij het gesprek niet gekeken naar mijn ⟦reuma en de heupoperatie van maart⟧. "
               "Mijn huisarts ⟦dr. Overmars⟧ kan dit bevestigen. Ik kan de trap niet meer op en slaap nu beneden "
               "op de bank. Mijn zoon ⟦Ruben Baas⟧ helpt mij, maar hij woont in Gouda en werkt fulltime.")
    d.add("p", "Ik verzoek u het besluit te herzien en mij te horen. U kunt het voorschot terugstorten op "
               "⟦NL47 BUNQ 3833 4149 69⟧.")
    d.add("p", "Met vriendelijke groet,")
    d.add("sig", ["⟦H.M. Baas-Verschoor⟧"])
    d.R("PERSON", "H.M. Baas-Verschoor", "H.M. Baas-Verschoor", "Baas-Verschoor")
    d.R("ADDRESS", "Dorpsstraat 114, 2911 AR Nieuwerkerk aan den IJssel", "Dorpsstraat 114", "2911 AR")
    d.R("PHONE", "06 19 40 27 73")
    d.R("BSN", "620080425")
    d.R("PERSON", "consulent Van Leeuwen", "Van Leeuwen")
    d.R("HEALTH", "reuma en heupoperatie", "reuma", "heupoperatie")
    d.R("PERSON", "dr. Overmars", "Overmars")
    d.R("PERSON", "Ruben Baas", "Ruben Baas")
    d.R("IBAN", "NL47 BUNQ 3833 4149 69")
    return d


def bg26():
    d = Doc("bg26_scan_presentielijst_stembureau_skewed", "scan", font="sans")
    d.scan = {"dpi": 200, "skew": 1.3, "contrast": 0.55, "noise": 2500}
    d.add("h1", "Presentielijst stembureau 7 - Wijkcentrum De Ontmoeting")
    d.add("p", "Gemeente Hoorn - Verkiezing van de leden van de gemeenteraad, 18 maart 2026\n"
               "Adres stembureau: Wijkcentrum De Ontmoeting, Dampten 1, Hoorn")
    d.add("tbl", [["Functie", "Naam", "Aanwezig van - tot", "Paraaf"],
                  ["voorzitter", "⟦Maarten Blokker⟧", "07.00 - 21.00", "⟦MB⟧"],
                  ["plv. voorzitter", "⟦Ingeborg Schuitemaker⟧", "07.00 - 14.00", "⟦IS⟧"],
                  ["lid", "⟦Yasmina Haddou⟧", "07.00 - 21.00", "⟦YH⟧"],
                  ["lid", "⟦Ruud Vlaming⟧", "14.00 - 21.00", "⟦RV⟧"],
                  ["teller", "⟦Femke Oudejans⟧", "21.00 - 23.30", "⟦FO⟧"]],
          [0.2, 0.4, 0.25, 0.15])
    d.add("p", "Bijzonderheden: om 10.15 uur is ⟦Ingeborg Schuitemaker⟧ ⟦onwel geworden (diabetes)⟧ en vervangen "
               "door ⟦Ruud Vlaming⟧. Telefoon voorzitter: ⟦06 24 66 81 37⟧.")
    d.add("p", "Ingeleverd bij het gemeentelijk stembureau, Nieuwe Steen 1, Hoorn.")
    d.add("pb")
    d.add("h1", "Verklaring geheimhouding en integriteit stembureauleden")
    d.add("p", "Ondergetekenden verklaren dat zij de Kieswet en de instructies van de gemeente Hoorn naleven.")
    d.add("tbl", [["Naam", "Geboortedatum", "Handtekening"],
                  ["⟦Maarten Blokker⟧", "⟦15-06-1961⟧", ""],
                  ["⟦Yasmina Haddou⟧", "⟦17-10-1998⟧", ""],
                  ["⟦Ruud Vlaming⟧", "⟦28-02-1957⟧", ""],
                  ["⟦Femke Oudejans⟧", "⟦11-11-2004⟧", ""]],
          [0.45, 0.25, 0.3])
    d.R("PERSON", "Maarten Blokker", "Maarten Blokker", "Blokker")
    d.R("PERSON", "Ingeborg Schuitemaker", "Ingeborg Schuitemaker", "Schuitemaker")
    d.R("PERSON", "Yasmina Haddou", "Yasmina Haddou", "Haddou")
    d.R("PERSON", "Ruud Vlaming", "Ruud Vlaming", "Vlaming")
    d.R("PERSON", "Femke Oudejans", "Femke Oudejans", "Oudejans")
    d.R("HEALTH", "onwel geworden (diabetes)", "diabetes")
    d.R("PHONE", "06 24 66 81 37")
    for dob in ("15-06-1961", "17-10-1998", "28-02-1957", "11-11-2004"):
        d.R("DATE_OF_BIRTH", dob)
    return d


def bg27():
    d = Doc("bg27_formulier_bijzondere_bijstand_deventer", "rl")
    d.add("lh", ["{b}Gemeente Deventer{/b}", "Aanvraag bijzondere bijstand (Participatiewet, artikel 35)"],
          ["Grote Kerkhof 1", "Postbus 5000, 7400 GC Deventer", "T 14 0570", "bijzonderebijstand@deventer.nl"])
    d.add("h2", "1. Gegevens aanvrager")
    d.add("kv", [("Naam en voorletters", ""), ("BSN", ""), ("Adres", ""), ("IBAN", ""), ("Telefoon", "")], 0.3)
    d.add("h2", "2. Waarvoor vraagt u bijzondere bijstand?")
    d.add("kv", [("Omschrijving", ""), ("Bedrag", "")], 0.3)
    d.add("h2", "3. In te vullen door de gemeente")
    d.add("kv", [("Ontvangen", "6 november 2026"), ("Zaaknummer", "BB-2026-2291"),
                 ("Consulent", "⟦Tamara Wolters-Huisman⟧ (team Inkomen)"),
                 ("Advies", "toekennen; kosten zijn noodzakelijk en bijzonder")], 0.3)
    d.add("p", "Ondertekening aanvrager: ...........................................  Datum: 5 november 2026")
    d.fields = [(0, "naam", "⟦S.K. (Shirin) Rahimi⟧", "Naam en voorletters"),
                (0, "bsn", "⟦274711734⟧", "BSN"),
                (0, "adres", "⟦Rembrandtkade 31⟧, ⟦7412 BB Deventer⟧", "Adres"),
                (0, "iban", "⟦NL34 ASNB 9870 7148 27⟧", "IBAN"),
                (0, "telefoon", "⟦06 30 58 14 92⟧", "Telefoon"),
                (0, "omschrijving", "⟦Eigen risico en tandarts na kaakoperatie⟧", "Omschrijving"),
                (0, "bedrag", "€ 1.245,00", "Bedrag")]
    d.notes = [(0, 520, 450, "Mw. ⟦Rahimi⟧ ⟦is zwanger⟧, spoed graag. Gebeld op ⟦06 30 58 14 92⟧. ⟦TWH⟧", "⟦Wolters-Huisman, Tamara⟧")]
    d.R("PERSON", "Shirin Rahimi", "S.K. (Shirin) Rahimi", "Rahimi", "Shirin")
    d.R("BSN", "274711734")
    d.R("ADDRESS", "Rembrandtkade 31, 7412 BB Deventer", "Rembrandtkade 31", "7412 BB")
    d.R("IBAN", "NL34 ASNB 9870 7148 27")
    d.R("PHONE", "06 30 58 14 92")
    d.R("HEALTH", "kaakoperatie; zwanger", "kaakoperatie", "zwanger")
    d.R("PERSON", "Tamara Wolters-Huisman", "Tamara Wolters-Huisman", "Wolters-Huisman", "TWH")
    d.K("ORG", "Gemeente Deventer")
    d.K("LAW", "Participatiewet")
    d.K("ADDRESS", "Grote Kerkhof 1")
    d.K("PHONE", "14 0570")
    d.K("EMAIL", "bijzonderebijstand@deventer.nl")
    d.K("CASE", "BB-2026-2291")
    d.K("ORG", "team Inkomen")
    return d


def bg28():
    d = Doc("bg28_aanwijzingsbesluit_toezichthouders_almere", "rl", font="serif")
    d.add("org", "Gemeente Almere")
    d.add("h1", "Besluit aanwijzing toezichthouders Leerplichtwet 1969 en Participatiewet")
    d.add("p", "Burgemeester en wethouders van Almere;\ngelet op artikel 5:11 van de Algemene wet bestuursrecht, artikel 16, "
               "eerste lid, van de Leerplichtwet 1969 en artikel 53a, vijfde lid, van de Participatiewet;")
    d.add("p", "{b}besluiten:{/b}")
    d.add("p", "Artikel 1. Als leerplichtambtenaar en toezichthouder worden aangewezen:")
    d.add("tbl", [["Naam", "Functie", "Ingangsdatum"],
                  ["⟦K. van der Steen-Bouali⟧", "leerplichtambtenaar / boa", "1 januari 2027"],
                  ["⟦D.R. (Dewi) Soemodihardjo⟧", "leerplichtambtenaar", "1 januari 2027"],
                  ["⟦T.J.M. Bruijnzeel⟧", "coördinator Leerplicht en RMC", "1 januari 2027"]],
          [0.42, 0.36, 0.22])
    d.add("p", "Artikel 2. Als toezichthouder Participatiewet worden aangewezen: ⟦Rachid El Bouzidi⟧, ⟦Marleen "
               "Achterberg⟧ en ⟦J. (Joris) Paauw⟧, allen sociaal rechercheur bij het team Handhaving.")
    d.add("p", "Artikel 3. Het besluit van 12 december 2023 wordt ingetrokken voor zover het betreft ⟦mevrouw "
               "C. Hartkamp⟧, ⟦wegens langdurige arbeidsongeschiktheid⟧.")
    d.add("p", "Artikel 4. Dit besluit treedt in werking op 1 januari 2027 en wordt bekendgemaakt in het Gemeenteblad.")
    d.add("p", "Almere, 1 december 2026\nBurgemeester en wethouders van Almere,")
    d.add("sig2", ["de secretaris,", "Roelof Bleker"], ["de burgemeester,", "Hein van der Loo"])
    d.add("small", "Opgesteld door ⟦DRS⟧ / Juridisch Advies, 036 539 9911 (algemeen). Registratienummer 2026-BW-3317.")
    d.meta = {"Author": "⟦Soemodihardjo, Dewi⟧"}
    d.R("PERSON", "K. van der Steen-Bouali", "K. van der Steen-Bouali", "Steen-Bouali")
    d.R("PERSON", "Dewi Soemodihardjo", "D.R. (Dewi) Soemodihardjo", "Soemodihardjo", "Dewi", "DRS")
    d.R("PERSON", "T.J.M. Bruijnzeel", "T.J.M. Bruijnzeel", "Bruijnzeel")
    d.R("PERSON", "Rachid El Bouzidi", "Rachid El Bouzidi", "El Bouzidi")
    d.R("PERSON", "Marleen Achterberg", "Marleen Achterberg", "Achterberg")
    d.R("PERSON", "Joris Paauw", "J. (Joris) Paauw", "Paauw")
    d.R("PERSON", "C. Hartkamp", "C. Hartkamp", "Hartkamp")
    d.R("HEALTH", "langdurige arbeidsongeschiktheid", "langdurige arbeidsongeschiktheid")
    d.K("ORG", "Gemeente Almere")
    d.K("LAW", "Leerplichtwet 1969")
    d.K("LAW", "Participatiewet")
    d.K("LAW", "Algemene wet bestuursrecht")
    d.K("OFFICIAL", "de secretaris Roelof Bleker", "Roelof Bleker")
    d.K("OFFICIAL", "de burgemeester Hein van der Loo", "Hein van der Loo")
    d.K("ROLE", "coördinator Leerplicht en RMC")
    d.K("ROLE", "sociaal rechercheur")
    d.K("PHONE", "036 539 9911")
    d.K("CASE", "2026-BW-3317")
    d.K("ORG", "Gemeenteblad")
    return d


def bg29():
    d = Doc("bg29_scan_vaststellingsovereenkomst", "scan", font="serif")
    d.scan = {"dpi": 200, "noise": 1200, "contrast": 0.8}
    d.add("h1", "VASTSTELLINGSOVEREENKOMST")
    d.add("p", "De ondergetekenden:\n1. Het college van burgemeester en wethouders van de gemeente Westland, hierbij "
               "vertegenwoordigd door de gemeentesecretaris, hierna: de werkgever;\n2. ⟦De heer Cornelis Johannes "
               "(Kees) Vreugdenhil⟧, geboren op ⟦23 februari 1966⟧, wonende ⟦Laan van Wateringseveld 502⟧, "
               "⟦2548 CN Den Haag⟧, hierna: de werknemer;")
    d.add("p", "overwegende dat:\n- de werknemer sinds 1 september 2004 in dienst is als medewerker Wegen en Groen;\n"
               "- de werknemer sinds 9 januari 2025 ⟦arbeidsongeschikt is als gevolg van een ernstige rugaandoening "
               "en een depressie⟧;\n- partijen in overleg hebben gesproken over beëindiging met wederzijds goedvinden;")
    d.add("p", "komen het volgende overeen:\n1. De arbeidsovereenkomst eindigt op 1 maart 2027.\n2. De werkgever betaalt "
               "een transitievergoeding van € 48.216,00 bruto op rekening ⟦NL66 INGB 3088 0853 03⟧ ten name van "
               "⟦C.J. Vreugdenhil⟧.\n3. De werknemer ontvangt € 1.500,00 voor juridische bijstand van zijn advocaat, "
               "⟦mr. Ilse van Wijk-Verbrugge⟧.")
    d.add("pb")
    d.add("p", "4. Partijen verklaren dat zij elkaar na uitvoering van deze overeenkomst niets meer verschuldigd zijn.\n"
               "5. Partijen houden de inhoud van deze overeenkomst geheim.")
    d.add("p", "Aldus overeengekomen en in tweevoud getekend te Naaldwijk op 24 november 2026.")
    d.add("sig", ["de werknemer,", "⟦C.J. Vreugdenhil⟧"])
    d.add("sp", 4)
    d.add("sig", ["voor de werkgever, de gemeentesecretaris,", "⟦paraaf HR: AvdB⟧"])
    d.R("PERSON", "Cornelis Johannes (Kees) Vreugdenhil", "Vreugdenhil", "Kees")
    d.R("DATE_OF_BIRTH", "23 februari 1966")
    d.R("ADDRESS", "Laan van Wateringseveld 502, 2548 CN Den Haag", "Laan van Wateringseveld 502", "2548 CN")
    d.R("HEALTH", "rugaandoening en depressie", "rugaandoening", "depressie")
    d.R("IBAN", "NL66 INGB 3088 0853 03")
    d.R("PERSON", "Ilse van Wijk-Verbrugge", "Wijk-Verbrugge")
    d.R("PERSON", "paraaf AvdB", "AvdB")
    return d


def bg30():
    d = Doc("bg30_mail_reintegratie_hr", "chrome", title="FW: re-integratie - vertrouwelijk")
    d.add("kv", [("Van:", "⟦Ruijter, Marloes de⟧ <{mailto:⟦m.deruijter@gemeentehoorn.nl⟧}>"),
                 ("Verzonden:", "donderdag 19 november 2026 08:57"),
                 ("Aan:", "Verzuim en Re-integratie <{mailto:verzuim@gemeentehoorn.nl}>"),
                 ("CC:", "⟦Ahmed Benali⟧"),
                 ("Onderwerp:", "FW: re-integratie ⟦Hoorn, P.⟧ - vertrouwelijk")])
    d.add("p", "Goedemorgen,")
    d.add("p", "Hierbij het bericht van ⟦Pim⟧ doorgestuurd. Kunnen jullie het gesprek met de bedrijfsarts inplannen? "
               "Ik ben vanaf maandag weer bereikbaar op ⟦06 41 92 03 57⟧. Het centrale nummer van de gemeente Hoorn "
               "(0229 252 200) graag niet aan ⟦Pim⟧ geven; hij wil rechtstreeks contact.")
    d.add("p", "Met vriendelijke groet,\n⟦Marloes de Ruijter⟧\nteamleider Openbare Ruimte | gemeente Hoorn\n"
               "Nieuwe Steen 1, 1625 HV Hoorn | ⟦0229 252 644⟧ | www.hoorn.nl")
    d.add("hr")
    d.add("kv", [("Van:", "⟦Pim Hoorn⟧ <{mailto:⟦pimhoorn71@gmail.com⟧}>"),
                 ("Verzonden:", "woensdag 18 november 2026 22:14"),
                 ("Aan:", "⟦Ruijter, Marloes de⟧"),
                 ("Onderwerp:", "re-integratie")])
    d.add("quote", "Hoi ⟦Marloes⟧,\n\nDe ⟦fysiotherapeut⟧ zegt dat ik na mijn ⟦knieoperatie⟧ nog zes weken geen "
                   "buitenwerk mag doen. ⟦Mijn psycholoog bij Parnassia⟧ vindt een start met halve dagen op kantoor "
                   "verstandig. Ik kan maandag om 10 uur. Mijn adres voor de post is tijdelijk ⟦Kleine Oost 22⟧, "
                   "⟦1621 GT Hoorn⟧ (bij mijn zus ⟦Lotte⟧).\n\nGroet,\n⟦Pim⟧\n⟦06 11 37 58 24⟧")
    d.add("small", "Dit bericht kan vertrouwelijke informatie bevatten. Gemeente Hoorn, Nieuwe Steen 1, Hoorn.")
    d.meta = {"Author": "⟦m.deruijter⟧"}
    d.R("PERSON", "Marloes de Ruijter", "Marloes de Ruijter", "Ruijter", "Marloes", "m.deruijter")
    d.R("EMAIL", "m.deruijter@gemeentehoorn.nl")
    d.R("PERSON", "Ahmed Benali", "Ahmed Benali", "Benali")
    d.R("PERSON", "Pim Hoorn", "Pim Hoorn", "Hoorn, P.", "Pim", ("Hoorn", True))
    d.R("EMAIL", "pimhoorn71@gmail.com", "pimhoorn71@gmail.com", "pimhoorn71")
    d.R("PHONE", "06 41 92 03 57")
    d.R("PHONE", "0229 252 644")
    d.R("HEALTH", "knieoperatie, fysiotherapeut, psycholoog bij Parnassia", "knieoperatie", "fysiotherapeut",
        "psycholoog bij Parnassia")
    d.R("ADDRESS", "Kleine Oost 22, 1621 GT Hoorn", "Kleine Oost 22", "1621 GT")
    d.R("PERSON", "Lotte (zus)", "Lotte")
    d.R("PHONE", "06 11 37 58 24")
    d.K("EMAIL", "verzuim@gemeentehoorn.nl")
    d.K("ORG", "gemeente Hoorn")
    d.K("PHONE", "0229 252 200")
    d.K("ADDRESS", "Nieuwe Steen 1")
    d.K("ROLE", "teamleider Openbare Ruimte")
    d.K("ORG", "Verzuim en Re-integratie")
    return d


DOCS = [bg21, bg22, bg23, bg24, bg25, bg26, bg27, bg28, bg29, bg30]
