"""Set IW documents iw01-iw16 (all persons invented)."""
from lib import Doc

GEM = "Gemeente Westervaart"
ADR = "Raadhuisplein 1 | Postbus 400 | 7391 AA Westervaart | telefoon 14 0578 | info@westervaart.nl"

# ---- recurring keep items
K_GEM = ("ORG", "gemeente Westervaart", ["Westervaart"])
K_14 = ("PHONE_PUBLIC", "14 0578", ["14 0578"])
K_INFO = ("EMAIL_FUNC", "info@westervaart.nl", ["info@westervaart.nl"])
K_INB = ("EMAIL_FUNC", "inburgering@westervaart.nl", ["inburgering@westervaart.nl"])
K_WI = ("LAW", "Wet inburgering 2021", ["Wet inburgering 2021"])
K_DUO = ("ORG", "DUO", ["DUO"])
K_IND = ("ORG", "IND", ["IND"])
K_BRUG = ("ORG", "Taalschool De Brug", ["Taalschool De Brug"])
K_BGM = ("PUBLIC_PERSON", "burgemeester Tjalsma", ["burgemeester Tjalsma"])
K_WTH = ("PUBLIC_PERSON", "wethouder Bouzian", ["wethouder Bouzian"])
K_RAAD = ("PLACE", "Raadhuisplein 1", ["Raadhuisplein 1"])

# ---- recurring persons (redact)
FEMKE = ("PERSON", "Femke Oudshoorn-Brakel", ["Oudshoorn-Brakel", "Femke"])
FEMKE_M = ("EMAIL", "f.oudshoorn-brakel@westervaart.nl", ["f.oudshoorn-brakel@westervaart.nl"])
FEMKE_T = ("PHONE", "06-41 27 83 95", ["06-41 27 83 95"])
RUUD = ("PERSON", "Ruud ter Haar", ["ter Haar", "Ruud"])
RUUD_M = ("EMAIL", "r.terhaar@westervaart.nl", ["r.terhaar@westervaart.nl"])
DEWI = ("PERSON", "Dewi Pattinama", ["Pattinama", "Dewi"])
YONAS = ("PERSON", "Yonas Tesfamariam Gebremedhin", ["Yonas", "Tesfamariam", "Gebremedhin"])
AMIRA = ("PERSON", "Amira Haddad", ["Amira", "Haddad"])
SUKRU = ("PERSON", "Şükrü Yıldırım", ["Şükrü", "Yıldırım"])
LAN = ("PERSON", "Nguyễn Thị Lan", ["Nguyễn Thị Lan", "Nguyễn"])
JOOST = ("PERSON", "Joost van 't Hek", ["van 't Hek", "Joost"])
JOOST_M = ("EMAIL", "j.vanthek@taalschooldebrug.nl", ["j.vanthek@taalschooldebrug.nl"])
MARLOES = ("PERSON", "Marloes de Wit-Jansen", ["de Wit-Jansen", "Marloes"])
BLOK = ("PERSON", "Jeroen Blokhuis", ["Blokhuis", "Jeroen"])

DOCS = []

# iw01 Woo request --------------------------------------------------------------------------
DOCS.append(Doc("iw01_woo_verzoek", "rl", [
    "R.A. Schoemaker\nVeldkampweg 61\n7394 HT Westervaart\nrobin.schoemaker@posteo.nl\n06 23 48 90 17",
    "Aan het college van burgemeester en wethouders van de gemeente Westervaart\nt.a.v. de Woo-coördinator\nPostbus 400\n7391 AA Westervaart",
    "Westervaart, 3 juni 2026",
    "Onderwerp: verzoek op grond van de Wet open overheid (Woo) - inburgering en naturalisatieceremonies",
    "Geacht college,",
    "Op grond van artikel 4.1 van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over de uitvoering van de Wet inburgering 2021 door de gemeente Westervaart in de periode 1 januari 2025 tot en met 31 mei 2026. Het gaat mij in het bijzonder om:",
    "1. de contracten en de correspondentie met Taalschool De Brug en andere taalaanbieders over de B1-route en de Z-route;\n2. de facturen van tolken die bij brede intakes zijn ingezet;\n3. de stukken over de organisatie van de naturalisatieceremonies op de Nationale Dag van de Naturalisatie (24 augustus);\n4. klachten over de begeleiding door klantmanagers en de afhandeling daarvan;\n5. de informatie die het college aan de gemeenteraad heeft verstrekt, waaronder raadsinformatiebrieven.",
    "Ik begrijp dat persoonsgegevens van inburgeraars worden weggelakt. Ik ontvang de stukken bij voorkeur digitaal via robin.schoemaker@posteo.nl.",
    "Met vriendelijke groet,",
    "Robin Schoemaker",
], redact=[
    ("PERSON", "Robin Schoemaker", ["Schoemaker", "Robin", "R.A. Schoemaker"]),
    ("ADDRESS", "Veldkampweg 61, 7394 HT", ["Veldkampweg 61", "7394 HT"]),
    ("EMAIL", "robin.schoemaker@posteo.nl", ["robin.schoemaker@posteo.nl"]),
    ("PHONE", "06 23 48 90 17", ["06 23 48 90 17"]),
], keep=[K_GEM, ("LAW", "Wet open overheid", ["Wet open overheid", "Woo"]), K_WI, K_BRUG,
         ("TERM", "B1-route", ["B1-route"]), ("TERM", "Z-route", ["Z-route"]),
         ("EVENT", "Nationale Dag van de Naturalisatie", ["Nationale Dag van de Naturalisatie"]),
         ("ADDR_PUBLIC", "Postbus 400", ["Postbus 400"]), ("ROLE", "Woo-coördinator", ["Woo-coördinator"]),
         ("DATE", "3 juni 2026", ["3 juni 2026"]), ("TERM", "raadsinformatiebrieven", ["raadsinformatiebrieven"])],
    meta={"as": "pdfpen", "author": "Robin Schoemaker"}))

# iw02 acknowledgement ------------------------------------------------------------------------
DOCS.append(Doc("iw02_ontvangstbevestiging", "rl", [
    GEM + "\n" + ADR,
    "Aan de heer R.A. Schoemaker\nVeldkampweg 61\n7394 HT Westervaart",
    "Ons kenmerk: WOO-2026-0041\nUw brief van: 3 juni 2026\nBehandeld door: J. Blokhuis\nTelefoon: 0578 - 69 41 88\nE-mail: woo@westervaart.nl",
    "Datum: 10 juni 2026\nOnderwerp: ontvangstbevestiging Woo-verzoek inburgering en naturalisatie",
    "Geachte heer Schoemaker,",
    "Op 4 juni 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek is geregistreerd onder kenmerk WOO-2026-0041. Wij beslissen binnen vier weken na ontvangst; deze termijn kunnen wij met twee weken verdagen. Omdat bij de stukken derden betrokken zijn (onder meer Taalschool De Brug en tolken), zullen wij hun de gelegenheid geven een zienswijze te geven.",
    "Heeft u vragen, dan kunt u contact opnemen met de Woo-coördinator via woo@westervaart.nl of het algemene nummer 14 0578.",
    "Hoogachtend,\nnamens het college van burgemeester en wethouders,",
    "J.M. Blokhuis\nWoo-coördinator, team Juridische Zaken",
], redact=[
    ("PERSON", "Robin Schoemaker", ["Schoemaker", "R.A. Schoemaker"]),
    ("ADDRESS", "Veldkampweg 61, 7394 HT", ["Veldkampweg 61", "7394 HT"]),
    ("PERSON", "J.M. Blokhuis", ["Blokhuis", "J.M. Blokhuis", "J. Blokhuis"]),
    ("PHONE", "0578 - 69 41 88", ["0578 - 69 41 88"]),
], keep=[K_GEM, K_14, K_INFO, K_BRUG, ("EMAIL_FUNC", "woo@westervaart.nl", ["woo@westervaart.nl"]),
         ("CASE", "WOO-2026-0041", ["WOO-2026-0041"]), ("LAW", "Wet open overheid", ["Wet open overheid"]),
         ("ROLE", "Woo-coördinator", ["Woo-coördinator"]), ("ORG", "team Juridische Zaken", ["Juridische Zaken"]),
         K_RAAD, ("DATE", "10 juni 2026", ["10 juni 2026"])],
    meta={"as": "itext"}))

# iw03 klantmanager case notes (2 pages) -------------------------------------------------------
DOCS.append(Doc("iw03_journaal_klantmanager", "rl", [
    "# Klantjournaal inburgering - vertrouwelijk",
    [["Veld", "Gegevens"],
     ["Naam inburgeraar", "Yonas Tesfamariam Gebremedhin"],
     ["BSN", "284716395"],
     ["Geboortedatum", "14-03-1991"],
     ["V-nummer", "2839 471 605"],
     ["Adres", "Lindelaan 27, 7395 KB Westervaart"],
     ["Telefoon", "06 87 12 44 09"],
     ["Klantmanager", "F. Oudshoorn-Brakel (FOB)"],
     ["Zaaknummer", "INB-2025-0318"],
     ["Leerroute", "B1-route via Taalschool De Brug"]],
    "12-02-2025 (FOB) Brede intake afgerond met tolk Tigrinya (mevr. Kidane, telefonisch). Yonas woont sinds januari in Westervaart, komt via het COA-azc Zutphen. Wil graag in de zorg werken. Leerbaarheidstoets: goede uitslag, advies B1-route.",
    "03-03-2025 (FOB) PIP vastgesteld en verstuurd. Start lessen Taalschool De Brug 7 april, docent Marloes de Wit-Jansen. Module Arbeidsmarkt en Participatie (MAP) volgt in het tweede halfjaar.",
    "19-05-2025 (DP) Waarneming voor Femke. Yonas belt: veel hoofdpijn, slaapt slecht, huisarts heeft hem doorverwezen naar de GGZ (PTSS-klachten). Verzuim taalles 3 weken. Afgesproken: geen maatregel, contact met VluchtelingenWerk (Lotte Bergsma).",
    "---",
    "24-06-2025 (FOB) Voortgangsgesprek. Yonas is weer gestart, komt trouw. Partner en twee kinderen (Selam, 6 en Abel, 3) via nareis verwacht in het najaar; woningcorporatie Woonstede gevraagd om grotere woning.",
    "02-10-2025 (FOB) Overleg met Ruud ter Haar (teamleider) over verlenging inburgeringstermijn in verband met de GGZ-behandeling. Besluit: verlenging 6 maanden, te verwerken in DUO-portaal.",
    "15-01-2026 (FOB) Tussentoets B1 lezen en luisteren gehaald. Yonas vraagt naar naturalisatie; uitgelegd dat hij eerst het inburgeringsexamen moet halen en vijf jaar rechtmatig verblijf nodig heeft (Rijkswet op het Nederlanderschap).",
    "Contact klantmanager: f.oudshoorn-brakel@westervaart.nl, 06-41 27 83 95. Algemeen: inburgering@westervaart.nl.",
], redact=[YONAS, ("BSN", "284716395", ["284716395"]), ("DOB", "14-03-1991", ["14-03-1991"]),
           ("ID", "2839 471 605", ["2839 471 605"]),
           ("ADDRESS", "Lindelaan 27, 7395 KB", ["Lindelaan 27", "7395 KB"]), ("PHONE", "06 87 12 44 09", ["06 87 12 44 09"]),
           FEMKE, FEMKE_M, FEMKE_T, ("INITIALS", "FOB", ["FOB"]), ("INITIALS", "DP", ["DP"]),
           ("PERSON", "F. Oudshoorn-Brakel", ["F. Oudshoorn-Brakel"]),
           ("PERSON", "mevr. Kidane", ["Kidane"]), MARLOES,
           ("HEALTH", "PTSS-klachten", ["PTSS-klachten", "GGZ-behandeling"]),
           ("PERSON", "Lotte Bergsma", ["Bergsma", "Lotte"]),
           ("PERSON", "Selam", ["Selam"]), ("PERSON", "Abel", ["Abel"]), RUUD],
    keep=[K_GEM, K_BRUG, K_INB, ("CASE", "INB-2025-0318", ["INB-2025-0318"]), ("ORG", "COA", ["COA-azc Zutphen"]),
          ("TERM", "B1-route", ["B1-route"]), ("TERM", "MAP", ["Module Arbeidsmarkt en Participatie"]),
          ("ORG", "VluchtelingenWerk", ["VluchtelingenWerk"]), ("ORG", "Woonstede", ["Woonstede"]),
          ("ORG", "DUO", ["DUO-portaal"]), ("LAW", "Rijkswet op het Nederlanderschap", ["Rijkswet op het Nederlanderschap"]),
          ("ROLE", "teamleider", ["teamleider"]), ("TERM", "Leerbaarheidstoets", ["Leerbaarheidstoets"]),
          ("TERM", "inburgeringsexamen", ["inburgeringsexamen"])],
    font="DejaVuSans", meta={"as": "itext", "author": "F. Oudshoorn-Brakel"}))

# iw04 brede intake verslag (docx, 2 pages) ------------------------------------------------------
DOCS.append(Doc("iw04_verslag_brede_intake", "docx", [
    "# Verslag brede intake Wet inburgering 2021",
    "Zaaknummer: INB-2025-0402\nDatum intake: 6 maart 2025\nLocatie: Stadskantoor, spreekkamer 2.14 (Hendrik Werkmanzaal-zijde)\nKlantmanager: Dewi Pattinama\nTolk: Hassan El Amrani (Arabisch), Wbtv-nummer 30219",
    [["Onderdeel", "Bevinding"],
     ["Naam", "Amira Haddad"],
     ["Geboortedatum", "02-11-1987 (Aleppo)"],
     ["BSN", "301558247"],
     ["Adres", "Kievitstraat 8-II, 7392 EM Westervaart"],
     ["Gezin", "echtgenoot Omar Haddad; dochter Lina (9)"],
     ["Opleiding", "apothekersassistente, diploma Syrië"],
     ["Gezondheid", "diabetes type 1, beperkt belastbaar"]],
    "Mevrouw Haddad is gemotiveerd en spreekt al enig Engels. De leerbaarheidstoets wijst op de B1-route. Zij wil haar diploma laten waarderen via IDW (Internationale Diplomawaardering) van Nuffic.",
    "---",
    "# Afspraken",
    "1. Start B1-route bij Taalschool De Brug per 14 april 2025, dagdelen afgestemd op de schooltijden van Lina.\n2. Aanvraag IDW via Nuffic; klantmanager helpt bij het formulier.\n3. Participatieverklaringstraject (PVT) en de module Kennis van de Nederlandse Maatschappij (KNM) in het najaar.\n4. Medische beperking meenemen bij planning (zie gezondheid).",
    "Contact: Dewi Pattinama, klantmanager inburgering, 06 18 55 20 43, d.pattinama@westervaart.nl.",
    "Vastgesteld door de teamleider Werk en Inkomen, R. ter Haar.",
], redact=[AMIRA, ("DOB", "02-11-1987", ["02-11-1987"]), ("BSN", "301558247", ["301558247"]),
           ("ADDRESS", "Kievitstraat 8-II, 7392 EM", ["Kievitstraat 8-II", "7392 EM"]),
           ("PERSON", "Omar Haddad", ["Omar"]), ("PERSON", "Lina", ["Lina"]),
           ("HEALTH", "diabetes type 1", ["diabetes type 1"]),
           DEWI, ("PHONE", "06 18 55 20 43", ["06 18 55 20 43"]), ("EMAIL", "d.pattinama@westervaart.nl", ["d.pattinama@westervaart.nl"]),
           ("PERSON", "Hassan El Amrani", ["El Amrani", "Hassan"]), ("ID", "Wbtv-nummer 30219", ["30219"]),
           ("PERSON", "R. ter Haar", ["R. ter Haar"])],
    keep=[K_WI, K_BRUG, ("CASE", "INB-2025-0402", ["INB-2025-0402"]), ("ORG", "Nuffic", ["Nuffic"]),
          ("TERM", "IDW", ["Internationale Diplomawaardering"]), ("PLACE", "Hendrik Werkmanzaal", ["Hendrik Werkmanzaal"]),
          ("TERM", "PVT", ["Participatieverklaringstraject"]), ("TERM", "KNM", ["Kennis van de Nederlandse Maatschappij"]),
          ("PLACE", "Stadskantoor", ["Stadskantoor"]), ("PLACE", "Aleppo", ["Aleppo"]), ("TERM", "B1-route", ["B1-route"]),
          ("ROLE", "klantmanager inburgering", ["klantmanager inburgering"])],
    meta={"docx_author": "Dewi Pattinama"}))

# iw05 PIP beschikking letter (docx) -------------------------------------------------------------
DOCS.append(Doc("iw05_beschikking_pip", "docx", [
    "Gemeente Westervaart - Werk, Inkomen en Inburgering",
    "Aangetekend\nDe heer Ş. Yıldırım\nRuiterweg 113\n7396 PC Westervaart",
    "Datum: 17 april 2025\nZaaknummer: INB-2025-0455\nBSN: 296014583\nBehandeld door: mevrouw F. Oudshoorn-Brakel",
    "Onderwerp: vaststelling persoonlijk plan inburgering en participatie (PIP)",
    "Geachte heer Yıldırım,",
    "Op grond van artikel 16 van de Wet inburgering 2021 stellen wij uw persoonlijk plan inburgering en participatie (PIP) vast. U volgt de onderwijsroute niet; op basis van de brede intake en de leerbaarheidstoets volgt u de B1-route bij Taalschool De Brug, Stationsweg 40 in Westervaart. Uw inburgeringstermijn is drie jaar en eindigt op 17 april 2028.",
    "U bent als gezinsmigrant zelf verantwoordelijk voor de betaling van uw lessen; u kunt daarvoor een lening aanvragen bij DUO. De kosten van de Module Arbeidsmarkt en Participatie (MAP) en het participatieverklaringstraject (PVT) betaalt de gemeente.",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, Postbus 400, 7391 AA Westervaart.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,",
    "F. Oudshoorn-Brakel\nklantmanager inburgering",
    "Bijlage: PIP (4 pagina's)\nKopie: Şükrü Yıldırım via MijnWestervaart",
], redact=[SUKRU, ("PERSON", "Ş. Yıldırım", ["Ş. Yıldırım"]), ("ADDRESS", "Ruiterweg 113, 7396 PC", ["Ruiterweg 113", "7396 PC"]),
           ("BSN", "296014583", ["296014583"]), ("PERSON", "F. Oudshoorn-Brakel", ["Oudshoorn-Brakel", "F. Oudshoorn-Brakel"])],
    keep=[K_GEM, K_WI, K_BRUG, K_DUO, ("CASE", "INB-2025-0455", ["INB-2025-0455"]),
          ("TERM", "PIP", ["persoonlijk plan inburgering en participatie", "PIP"]), ("PLACE", "Stationsweg 40", ["Stationsweg 40"]),
          ("TERM", "onderwijsroute", ["onderwijsroute"]), ("TERM", "MAP", ["Module Arbeidsmarkt en Participatie"]),
          ("LAW", "artikel 16", ["artikel 16"]), ("ADDR_PUBLIC", "Postbus 400", ["Postbus 400"]),
          ("PRODUCT", "MijnWestervaart", ["MijnWestervaart"]), ("TERM", "gezinsmigrant", ["gezinsmigrant"])],
    meta={"as": "word", "docx_author": "Oudshoorn-Brakel, Femke"}))

# iw06 invitation brede intake (rl, Times) --------------------------------------------------------
DOCS.append(Doc("iw06_uitnodiging_intake", "rl", [
    GEM + "\n" + ADR,
    "Mevrouw Nguyễn Thị Lan\nBrinkstraat 4a\n7391 CD Westervaart",
    "Datum: 8 september 2025\nKenmerk: INB-2025-0611",
    "Onderwerp: uitnodiging brede intake / lời mời phỏng vấn",
    "Beste mevrouw Nguyễn,",
    "U bent inburgeringsplichtig. DUO heeft ons laten weten dat u in Westervaart woont. Wij nodigen u uit voor een brede intake op dinsdag 23 september 2025 om 10.00 uur in het Stadskantoor, Raadhuisplein 1. Neem uw verblijfsdocument en uw diploma's mee. Er is een tolk Vietnamees aanwezig.",
    "In het gesprek maken wij samen uw persoonlijk plan inburgering en participatie. Uw klantmanager is Dewi Pattinama. Kunt u niet komen? Bel dan 14 0578 of mail naar inburgering@westervaart.nl. Wilt u het gesprek verzetten, dan kunt u ook direct bellen met 0578-694 233 (toestel van de klantmanager).",
    "Met vriendelijke groet,",
    "Dewi Pattinama\nklantmanager inburgering",
    "Deze brief is ook in het Vietnamees bijgevoegd. Lees meer op www.westervaart.nl/inburgeren.",
], redact=[LAN, ("ADDRESS", "Brinkstraat 4a, 7391 CD", ["Brinkstraat 4a", "7391 CD"]), DEWI,
           ("PHONE", "0578-694 233", ["0578-694 233"])],
    keep=[K_GEM, K_14, K_INFO, K_INB, K_DUO, K_RAAD, ("CASE", "INB-2025-0611", ["INB-2025-0611"]),
          ("PLACE", "Stadskantoor", ["Stadskantoor"]), ("URL", "www.westervaart.nl/inburgeren", ["www.westervaart.nl/inburgeren"]),
          ("TERM", "brede intake", ["brede intake"]), ("DATE", "23 september 2025", ["23 september 2025"]),
          ("ROLE", "klantmanager inburgering", ["klantmanager inburgering"])],
    font="DejaVuSerif", meta={"as": "itext"}))

# iw07 interpreter invoice Tigrinya (rl TTF) -------------------------------------------------------
DOCS.append(Doc("iw07_factuur_tolk_kidane", "rl", [
    "# FACTUUR",
    "Kidane Tolk & Vertaling\nSenait Kidane, beëdigd tolk Tigrinya-Nederlands\nZandweg 14, 7397 RN Westervaart\nTel. +31 (0)6 28 71 94 30 | senait@kidanetolk.nl\nKvK 81234567 | btw-id NL003912847B51 | Wbtv-nummer 24817",
    "Aan: Gemeente Westervaart, afdeling Werk, Inkomen en Inburgering\nt.a.v. crediteurenadministratie, Postbus 400, 7391 AA Westervaart\nUw referentie: inkoopordernummer PO-2025-11873",
    "Factuurnummer: 2025-027\nFactuurdatum: 28 februari 2025",
    [["Datum", "Omschrijving", "Uren", "Bedrag"],
     ["12-02-2025", "Telefonisch tolken brede intake, zaak INB-2025-0318 (klantmanager F. Oudshoorn-Brakel)", "1,5", "EUR 82,50"],
     ["19-02-2025", "Tolken op locatie Stadskantoor, PIP-gesprek", "2,0", "EUR 110,00"],
     ["19-02-2025", "Reiskosten 12 km", "", "EUR 2,76"],
     ["", "Totaal excl. btw", "", "EUR 195,26"]],
    "Tolkdiensten door een beëdigd tolk ingeschreven in het Register beëdigde tolken en vertalers (Rbtv) zijn vrijgesteld van btw (artikel 11 Wet OB 1968).",
    "Gelieve binnen 30 dagen te betalen op IBAN NL27 RABO 0351 2648 77 t.n.v. S. Kidane, onder vermelding van het factuurnummer.",
], redact=[("PERSON", "Senait Kidane", ["Senait Kidane", "Senait", "S. Kidane"]),
           ("ADDRESS", "Zandweg 14, 7397 RN", ["Zandweg 14", "7397 RN"]),
           ("PHONE", "+31 (0)6 28 71 94 30", ["+31 (0)6 28 71 94 30"]), ("EMAIL", "senait@kidanetolk.nl", ["senait@kidanetolk.nl"]),
           ("ID", "KvK 81234567", ["81234567"]), ("ID", "NL003912847B51", ["NL003912847B51"]), ("ID", "Wbtv 24817", ["24817"]),
           ("IBAN", "NL27 RABO 0351 2648 77", ["NL27 RABO 0351 2648 77"]),
           ("PERSON", "F. Oudshoorn-Brakel", ["F. Oudshoorn-Brakel"])],
    keep=[K_GEM, ("ORG", "Rbtv", ["Register beëdigde tolken en vertalers", "Rbtv"]), ("CASE", "PO-2025-11873", ["PO-2025-11873"]),
          ("CASE", "INB-2025-0318", ["INB-2025-0318"]), ("LAW", "Wet OB 1968", ["Wet OB 1968"]),
          ("AMOUNT", "EUR 195,26", ["EUR 195,26"]), ("CASE", "2025-027", ["2025-027"]), ("PLACE", "Stadskantoor", ["Stadskantoor"]),
          ("ORG", "Werk, Inkomen en Inburgering", ["Werk, Inkomen en Inburgering"]), ("ADDR_PUBLIC", "Postbus 400", ["Postbus 400"])],
    font="DejaVuSans", meta={"as": "rl"}))

# iw08 interpreter invoice Arabic (Aspose) --------------------------------------------------------
DOCS.append(Doc("iw08_factuur_tolk_el_amrani", "rl", [
    "EL AMRANI TAALDIENSTEN\nH. el Amrani - tolk/vertaler Arabisch\nPostadres: Van Heutszlaan 212, 7391 ZW Westervaart\n0578 412 906 | 06-13 95 07 71 | h.elamrani@hotmail.com",
    "Gemeente Westervaart\nWerk, Inkomen en Inburgering\nPostbus 400\n7391 AA WESTERVAART",
    "FACTUUR 0312 - maart 2025",
    [["Datum", "Opdracht", "Duur", "Tarief", "Totaal"],
     ["06-03-2025", "Brede intake INB-2025-0402", "2 uur", "EUR 58,00", "EUR 116,00"],
     ["20-03-2025", "Huisbezoek, uitleg PIP", "1,5 uur", "EUR 58,00", "EUR 87,00"],
     ["27-03-2025", "Vertaling diploma (apothekersassistente), 2 pagina's", "-", "EUR 0,14/woord", "EUR 64,40"],
     ["", "", "", "Totaal", "EUR 267,40"]],
    "KvK: 77340125 - Wbtv-nummer 30219 - IBAN NL62 INGB 0007 4419 26 (ten name van H. EL AMRANI)",
    "Betalingstermijn 14 dagen. Bij vragen: bel mij gerust op 06-13 95 07 71.",
], redact=[("PERSON", "Hassan El Amrani", ["H. el Amrani", "H. EL AMRANI", "EL AMRANI"]),
           ("ADDRESS", "Van Heutszlaan 212, 7391 ZW", ["Van Heutszlaan 212", "7391 ZW"]),
           ("PHONE", "0578 412 906", ["0578 412 906"]), ("PHONE", "06-13 95 07 71", ["06-13 95 07 71"]),
           ("EMAIL", "h.elamrani@hotmail.com", ["h.elamrani@hotmail.com"]), ("ID", "KvK 77340125", ["77340125"]),
           ("ID", "Wbtv 30219", ["30219"]), ("PERSON", "Hassan El Amrani", ["Hassan El Amrani"], "metadata"), ("IBAN", "NL62 INGB 0007 4419 26", ["NL62 INGB 0007 4419 26"])],
    keep=[K_GEM, ("CASE", "INB-2025-0402", ["INB-2025-0402"]), ("AMOUNT", "EUR 267,40", ["EUR 267,40"]),
          ("ADDR_PUBLIC", "Postbus 400", ["Postbus 400"]), ("TERM", "PIP", ["PIP"]), ("TERM", "Brede intake", ["Brede intake"]),
          ("ORG", "Werk, Inkomen en Inburgering", ["Werk, Inkomen en Inburgering"]), ("AMOUNT", "EUR 58,00", ["EUR 58,00"])],
    font="Courier", meta={"as": "aspose", "author": "Hassan El Amrani"}))

# iw09 mail thread with language school (2 pages, Outlook) ---------------------------------------
DOCS.append(Doc("iw09_mail_taalschool_capaciteit", "rl", [
    "Van: Joost van 't Hek <j.vanthek@taalschooldebrug.nl>\nVerzonden: dinsdag 14 oktober 2025 16:42\nAan: Oudshoorn-Brakel, Femke <f.oudshoorn-brakel@westervaart.nl>\nCC: Ter Haar, Ruud <r.terhaar@westervaart.nl>; planning@taalschooldebrug.nl\nOnderwerp: RE: wachtlijst B1-route en Z-route najaar 2025",
    "Hoi Femke,",
    "Dank voor je bericht. We kunnen per 3 november een extra B1-groep starten op de locatie Stationsweg 40, op voorwaarde dat de gemeente minimaal 10 deelnemers garandeert. Voor de Z-route hebben we nog 4 plekken. Marloes neemt de nieuwe groep; zij heeft ook Yonas in de klas gehad.",
    "Kun jij de lijst met namen voor vrijdag sturen? Graag via Zivver, niet via gewone mail.",
    "Groet,\nJoost van 't Hek\ncoördinator inburgering | Taalschool De Brug B.V.\nT 0578 - 62 30 11 (algemeen) | M 06 50 93 12 68\nBlik op Werk-keurmerk | KvK 08123456",
    "-----Oorspronkelijk bericht-----\nVan: Oudshoorn-Brakel, Femke <f.oudshoorn-brakel@westervaart.nl>\nVerzonden: maandag 13 oktober 2025 09:15\nAan: Joost van 't Hek <j.vanthek@taalschooldebrug.nl>\nCC: Pattinama, Dewi <d.pattinama@westervaart.nl>\nOnderwerp: wachtlijst B1-route en Z-route najaar 2025",
    "Beste Joost,",
    "Op dit moment staan 13 inburgeraars op onze wachtlijst, onder wie mevrouw Haddad en de heer Yıldırım. De wettelijke termijn om binnen tien weken na vaststelling van het PIP te starten komt in gevaar. Wethouder Bouzian heeft de raad toegezegd dat er geen wachtlijsten meer zouden zijn (zie raadsinformatiebrief RIB-2025-078).",
    "---",
    "Kunnen jullie een extra groep starten? Ruud en ik willen eventueel meebetalen uit het budget voor de Z-route, binnen de raamovereenkomst Inburgering Regio IJssel-Oost (perceel 2).",
    "Met vriendelijke groet,\nFemke Oudshoorn-Brakel\nklantmanager inburgering | Gemeente Westervaart\nT 06-41 27 83 95 | werkdagen ma-di-do\nRaadhuisplein 1, 7391 AA Westervaart | www.westervaart.nl",
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, meld dit dan aan info@westervaart.nl.",
], redact=[JOOST, JOOST_M, ("PHONE", "06 50 93 12 68", ["06 50 93 12 68"]), FEMKE, FEMKE_M, FEMKE_T,
           ("PERSON", "Ruud ter Haar", ["Ter Haar, Ruud", "Ruud"]), RUUD_M,
           ("PERSON", "Dewi Pattinama", ["Pattinama, Dewi"]), ("EMAIL", "d.pattinama@westervaart.nl", ["d.pattinama@westervaart.nl"]),
           ("PERSON", "Marloes", ["Marloes"]), ("PERSON", "Yonas", ["Yonas"]), ("PERSON", "Haddad", ["Haddad"]),
           ("PERSON", "Yıldırım", ["Yıldırım"])],
    keep=[K_GEM, K_INFO, K_BRUG, K_RAAD, ("PUBLIC_PERSON", "Wethouder Bouzian", ["Wethouder Bouzian"]),
          ("EMAIL_FUNC", "planning@taalschooldebrug.nl", ["planning@taalschooldebrug.nl"]),
          ("PHONE_PUBLIC", "0578 - 62 30 11", ["0578 - 62 30 11"]), ("CASE", "RIB-2025-078", ["RIB-2025-078"]),
          ("PRODUCT", "Zivver", ["Zivver"]), ("ORG", "Blik op Werk", ["Blik op Werk-keurmerk"]), ("ID_ORG", "KvK 08123456", ["08123456"]),
          ("TERM", "Z-route", ["Z-route"]), ("PROJECT", "Inburgering Regio IJssel-Oost", ["Inburgering Regio IJssel-Oost"]),
          ("PLACE", "Stationsweg 40", ["Stationsweg 40"]), ("URL", "www.westervaart.nl", ["www.westervaart.nl"])],
    font="DejaVuSerif", meta={"as": "outlook", "title": "RE: wachtlijst B1-route en Z-route najaar 2025"}))

# iw10 mail about absence (verzuim) ----------------------------------------------------------------
DOCS.append(Doc("iw10_mail_verzuimmelding", "rl", [
    "Van: Marloes de Wit-Jansen <m.dewit-jansen@taalschooldebrug.nl>\nVerzonden: donderdag 22 januari 2026 11:03\nAan: inburgering@westervaart.nl\nCC: Joost van 't Hek <j.vanthek@taalschooldebrug.nl>\nOnderwerp: verzuimmelding groep B1-3 (januari)",
    "Beste klantmanagers,",
    "Conform de afspraken in de raamovereenkomst meld ik het verzuim van januari. Drie cursisten zijn meer dan 20% afwezig geweest:",
    [["Cursist", "Klantmanager", "Afwezig", "Reden (volgens cursist)"],
     ["Nguyễn Thị Lan", "D. Pattinama", "6 van 16 lessen", "zwangerschap, misselijkheid"],
     ["Şükrü Yıldırım", "F. Oudshoorn-Brakel", "5 van 16 lessen", "werk in ploegendienst bij Vion"],
     ["Tomasz Wiśniewski", "D. Pattinama", "4 van 16 lessen", "geen reden opgegeven"]],
    "Meneer Wiśniewski heeft zich inmiddels afgemeld; hij zegt dat hij als EU-burger niet inburgeringsplichtig is. Kunnen jullie dat controleren in Suwinet?",
    "Hartelijke groet,\nMarloes de Wit-Jansen\ndocent NT2 | Taalschool De Brug\n06 44 81 27 90",
    "Verzonden vanaf mijn iPad",
], redact=[MARLOES, ("EMAIL", "m.dewit-jansen@taalschooldebrug.nl", ["m.dewit-jansen@taalschooldebrug.nl"]),
           ("PHONE", "06 44 81 27 90", ["06 44 81 27 90"]), JOOST, JOOST_M, LAN, SUKRU,
           ("PERSON", "Tomasz Wiśniewski", ["Tomasz", "Wiśniewski"]),
           ("PERSON", "D. Pattinama", ["D. Pattinama"]), ("PERSON", "F. Oudshoorn-Brakel", ["F. Oudshoorn-Brakel"]),
           ("HEALTH", "zwangerschap, misselijkheid", ["zwangerschap, misselijkheid"])],
    keep=[K_INB, K_BRUG, ("PRODUCT", "Suwinet", ["Suwinet"]), ("ORG", "Vion", ["Vion"]), ("TERM", "B1-3", ["B1-3"]),
          ("TERM", "NT2", ["NT2"]), ("TERM", "EU-burger", ["EU-burger"]), ("TERM", "raamovereenkomst", ["raamovereenkomst"]),
          ("PRODUCT", "iPad", ["iPad"])],
    font="DejaVuSans", meta={"as": "outlook"}))

# iw11 Teams chat --------------------------------------------------------------------------------
DOCS.append(Doc("iw11_teams_chat_klantmanagers", "rl", [
    "# Microsoft Teams - chat 'Team Inburgering Westervaart' (export 2 september 2026)",
    "[25-08-2026 08:12] Femke Oudshoorn-Brakel: Goedemorgen! Gisteren ceremonie was mooi. Yonas was er niet bij, hij had zijn examen nog niet, maar Amira wel als gast van haar zwager.",
    "[25-08-2026 08:15] Dewi Pattinama: Ja super. Burgemeester Tjalsma hield een mooie toespraak. Wel gedoe met de bode, Wim stond met de verkeerde lijst.",
    "[25-08-2026 08:16] Femke Oudshoorn-Brakel: Haha typisch Wim. Ingrid heeft het opgelost.",
    "[25-08-2026 08:21] Ruud ter Haar: Even zakelijk: de factuur van Kidane voor juli staat nog open, kan iemand die in Djuma zetten? Budget 6.2.14 inburgering.",
    "[25-08-2026 08:24] Dewi Pattinama: Doe ik. Ruud, ik ben donderdag vrij (tandarts), Femke neemt mijn spreekuur.",
    "[25-08-2026 08:30] Femke Oudshoorn-Brakel: Prima. Let op: de klacht van mevrouw Brouwer-Smit over Yonas zijn begeleiding ligt bij Juridische Zaken (KL-2026-019). Niet zelf reageren.",
    "[25-08-2026 08:31] Ruud ter Haar: Klopt. En wethouder Bouzian wil voor de raadsinformatiebrief een overzicht van de wachtlijst. Femke, kun jij dat uit Suite4Inburgering halen?",
    "[25-08-2026 08:33] Femke Oudshoorn-Brakel: 👍 voor vrijdag.",
], redact=[FEMKE, DEWI, RUUD, ("PERSON", "Yonas", ["Yonas"]), ("PERSON", "Amira", ["Amira"]),
           ("PERSON", "Wim", ["Wim"]), ("PERSON", "Ingrid", ["Ingrid"]), ("PERSON", "Kidane", ["Kidane"]),
           ("PERSON", "Brouwer-Smit", ["Brouwer-Smit"]), ("HEALTH", "tandarts", ["tandarts"])],
    keep=[("PUBLIC_PERSON", "Burgemeester Tjalsma", ["Burgemeester Tjalsma"]), K_WTH, ("PRODUCT", "Microsoft Teams", ["Microsoft Teams"]),
          ("PRODUCT", "Djuma", ["Djuma"]), ("PRODUCT", "Suite4Inburgering", ["Suite4Inburgering"]), ("CASE", "KL-2026-019", ["KL-2026-019"]),
          ("ORG", "Juridische Zaken", ["Juridische Zaken"]), ("CASE", "6.2.14", ["6.2.14"]),
          ("TERM", "raadsinformatiebrief", ["raadsinformatiebrief"]), ("ORG", "Team Inburgering Westervaart", ["Team Inburgering Westervaart"])],
    font="DejaVuSans", meta={"as": "rl"}))

# iw12 WhatsApp export klantmanager / taalmaatje -------------------------------------------------------
DOCS.append(Doc("iw12_whatsapp_taalmaatje", "rl", [
    "WhatsApp-chat met Greetje taalmaatje.txt",
    "12-01-26 19:02 - Greetje Brouwer: Hoi Femke, ik ben het taalmaatje van Yonas via Stichting Samen Thuis. Hij is erg somber, zijn vrouw Helen zit nog in Kampala en de nareis loopt vast bij de IND.",
    "12-01-26 19:10 - Femke werk: Dag Greetje, dank voor je bericht. Ik mag zonder toestemming van Yonas niet veel delen. Kan hij mij zelf bellen? 06-41 27 83 95",
    "12-01-26 19:11 - Greetje Brouwer: Ok. Hij noemt jou trouwens 'juf Fem' 😄",
    "14-01-26 08:45 - Greetje Brouwer: Hij durft niet te bellen. Zijn nummer is 0687124409, mag jij hem bellen?",
    "14-01-26 09:30 - Femke werk: Ik heb hem gesproken. Afspraak dinsdag samen met Lotte van VluchtelingenWerk.",
    "03-03-26 21:17 - Greetje Brouwer: Femke, ik vind echt dat de gemeente tekortschiet. Ik ga een klacht indienen. Mijn man Henk helpt me met de brief.",
    "03-03-26 21:40 - Femke werk: Dat is je goed recht. Je kunt de klacht richten aan het college, via www.westervaart.nl/klacht of per post naar Postbus 400.",
], redact=[("PERSON", "Greetje Brouwer(-Smit)", ["Greetje Brouwer", "Greetje"]), ("PERSON", "Femke", ["Femke", "Fem"]),
           FEMKE_T, ("PERSON", "Yonas", ["Yonas"]), ("PERSON", "Helen", ["Helen"]), ("PHONE", "0687124409", ["0687124409"]),
           ("PERSON", "Lotte", ["Lotte"]), ("PERSON", "Henk", ["Henk"])],
    keep=[("ORG", "Stichting Samen Thuis", ["Stichting Samen Thuis"]), ("ORG", "VluchtelingenWerk", ["VluchtelingenWerk"]),
          K_IND, ("PLACE", "Kampala", ["Kampala"]), ("URL", "www.westervaart.nl/klacht", ["www.westervaart.nl/klacht"]),
          ("ADDR_PUBLIC", "Postbus 400", ["Postbus 400"]), ("PRODUCT", "WhatsApp", ["WhatsApp-chat"]), ("TERM", "taalmaatje", ["taalmaatje"])],
    font="Courier", meta={"as": "nitro"}))

# iw13 ceremony guest list (2 pages) --------------------------------------------------------------
DOCS.append(Doc("iw13_gastenlijst_ceremonie", "rl", [
    "# Naturalisatieceremonie 24 augustus 2026 - gastenlijst",
    "Locatie: Raadzaal (Hendrik Werkmanzaal), stadhuis Westervaart, Raadhuisplein 1. Aanvang 15.00 uur, ontvangst 14.30 uur. Organisatie: team Burgerzaken, ceremoniemeester I. Haverkamp (tel. 0578-694 150).",
    "# Officiële gasten",
    [["Naam", "Functie / rol", "Opmerking"],
     ["burgemeester G. Tjalsma", "burgemeester, voorzitter ceremonie", "toespraak en uitreiking"],
     ["wethouder K. Bouzian", "wethouder Werk, Inkomen en Inburgering", "toespraak"],
     ["raadslid Petra Voskuilen", "voorzitter commissie Samenleving", "-"],
     ["Stichting Fanfare Sint Caecilia", "muziek", "3 nummers incl. Wilhelmus"]],
    "# Nieuwe Nederlanders en hun gasten",
    [["Nr.", "Naam", "Geboortedatum", "Gasten", "Bijzonderheden"],
     ["1", "Mariam Osei-Bonsu", "09-05-1983", "Kwame Osei-Bonsu (echtgenoot)", "-"],
     ["2", "Rahel Haile", "30-12-1996", "Amira Haddad", "rolstoel, plaats vooraan"],
     ["3", "Dmitrij Ivanov", "17-08-1979", "2 kinderen", "afstand Russische nationaliteit nog niet bevestigd"],
     ["4", "Ana Lúcia Ferreira dos Santos", "04-01-1990", "Joana Ferreira (moeder)", "-"],
     ["5", "Bilal Chaouch", "22-06-2001", "-", "komt te laat (werk)"]],
    "---",
    "# Draaiboek-aantekeningen",
    "14.30 ontvangst door bode W. Kooistra en ceremoniemeester Ingrid Haverkamp. 15.05 welkom door burgemeester Tjalsma. 15.15 toespraak wethouder Bouzian over de Wet inburgering 2021. 15.30 verklaring van verbondenheid, afgenomen door de burgemeester. 15.45 uitreiking Koninklijk Besluit en de Westervaart-tulp. Het KB is gedateerd 30 juli 2026 (IND-dossiers).",
    "Fotograaf: alleen gasten die toestemming gaven (formulier AVG). Mevrouw Chaouch-Benali? Nee: Bilal heeft géén toestemming gegeven.",
    "Lijst opgesteld door Ingrid Haverkamp, Burgerzaken, i.haverkamp@westervaart.nl.",
], redact=[("PERSON", "Ingrid Haverkamp", ["Haverkamp", "Ingrid", "I. Haverkamp"]), ("PHONE", "0578-694 150", ["0578-694 150"]),
           ("EMAIL", "i.haverkamp@westervaart.nl", ["i.haverkamp@westervaart.nl"]),
           ("PERSON", "Mariam Osei-Bonsu", ["Mariam", "Osei-Bonsu"]), ("DOB", "09-05-1983", ["09-05-1983"]),
           ("PERSON", "Kwame Osei-Bonsu", ["Kwame"]), ("PERSON", "Rahel Haile", ["Rahel", "Haile"]), ("DOB", "30-12-1996", ["30-12-1996"]),
           AMIRA, ("HEALTH", "rolstoel", ["rolstoel"]), ("PERSON", "Dmitrij Ivanov", ["Dmitrij", "Ivanov"]), ("DOB", "17-08-1979", ["17-08-1979"]),
           ("PERSON", "Ana Lúcia Ferreira dos Santos", ["Ana Lúcia", "Ferreira dos Santos"]), ("DOB", "04-01-1990", ["04-01-1990"]),
           ("PERSON", "Joana Ferreira", ["Joana Ferreira"]), ("PERSON", "Bilal Chaouch", ["Bilal", "Chaouch"]), ("DOB", "22-06-2001", ["22-06-2001"]),
           ("PERSON", "W. Kooistra", ["W. Kooistra", "Kooistra"]), ("PERSON", "Chaouch-Benali", ["Chaouch-Benali"])],
    keep=[("PUBLIC_PERSON", "burgemeester G. Tjalsma", ["burgemeester G. Tjalsma"]), K_BGM, K_WTH,
          ("PUBLIC_PERSON", "wethouder K. Bouzian", ["wethouder K. Bouzian"]), ("PUBLIC_PERSON", "raadslid Petra Voskuilen", ["raadslid Petra Voskuilen"]),
          ("ORG", "Stichting Fanfare Sint Caecilia", ["Stichting Fanfare Sint Caecilia"]), ("PLACE", "Hendrik Werkmanzaal", ["Hendrik Werkmanzaal"]),
          K_RAAD, K_WI, ("TERM", "Koninklijk Besluit", ["Koninklijk Besluit"]), ("TERM", "verklaring van verbondenheid", ["verklaring van verbondenheid"]),
          ("ORG", "Burgerzaken", ["Burgerzaken"]), ("TERM", "Wilhelmus", ["Wilhelmus"]), ("TERM", "AVG", ["AVG"]),
          ("ROLE", "ceremoniemeester", ["ceremoniemeester"]), ("ORG", "commissie Samenleving", ["commissie Samenleving"])],
    font="DejaVuSans", meta={"as": "word", "author": "Haverkamp, Ingrid"}))

# iw14 ceremony script with bookmarks naming staff (outline hidden) ------------------------------------
DOCS.append(Doc("iw14_draaiboek_ceremonie", "rl", [
    "# Draaiboek Nationale Dag van de Naturalisatie 2026",
    "Versie 3 - 18 augustus 2026 - team Burgerzaken gemeente Westervaart",
    "# 1. Voorbereiding",
    "Uitnodigingen versturen uiterlijk 4 weken vooraf; de IND levert de Koninklijke Besluiten aan via het beveiligde portaal. Raadzaal reserveren via het bestuurssecretariaat (bestuurssecretariaat@westervaart.nl). Bloemen bij Bloemsierkunst De Linde.",
    "# 2. Programma",
    "15.00 opening door burgemeester Tjalsma. 15.15 toespraak wethouder Bouzian. 15.30 afleggen verklaring van verbondenheid. 15.45 uitreiking KB's. 16.15 borrel in de foyer met muziek van Stichting Fanfare Sint Caecilia.",
    "# 3. Taken",
    "Bode: plaatsen gasten, microfoon. Ceremoniemeester: lijst, KB's, presentielijst laten tekenen. Communicatie: foto's alleen met toestemming; persbericht via persvoorlichting@westervaart.nl.",
    "# 4. Na afloop",
    "Presentielijst scannen en in het zaaksysteem (Djuma) zetten. KB's die niet zijn uitgereikt binnen 3 maanden terugsturen naar de IND.",
], redact=[("PERSON", "Ingrid Haverkamp", ["Ingrid Haverkamp"], "outline"),
           ("PERSON", "Wim Kooistra", ["Wim Kooistra"], "outline"),
           ("PERSON", "Sjoerd Bakelaar", ["Bakelaar"], "outline")],
    keep=[K_BGM, K_WTH, K_IND, ("EVENT", "Nationale Dag van de Naturalisatie", ["Nationale Dag van de Naturalisatie"]),
          ("EMAIL_FUNC", "bestuurssecretariaat@westervaart.nl", ["bestuurssecretariaat@westervaart.nl"]),
          ("EMAIL_FUNC", "persvoorlichting@westervaart.nl", ["persvoorlichting@westervaart.nl"]),
          ("ORG", "Bloemsierkunst De Linde", ["Bloemsierkunst De Linde"]), ("ORG", "Stichting Fanfare Sint Caecilia", ["Stichting Fanfare Sint Caecilia"]),
          ("TERM", "Koninklijke Besluiten", ["Koninklijke Besluiten"]), ("PRODUCT", "Djuma", ["Djuma"]), ("ORG", "Burgerzaken", ["Burgerzaken"]),
          ("TERM", "verklaring van verbondenheid", ["verklaring van verbondenheid"])],
    outline=[("Draaiboek ceremonie 2026", 0, [("Voorbereiding (Ingrid Haverkamp)", 0), ("Programma", 0),
                                               ("Taken bode: Wim Kooistra", 0), ("Communicatie - S. Bakelaar", 0)])],
    meta={"as": "word"}))

# iw15 invitation ceremony to candidate --------------------------------------------------------
DOCS.append(Doc("iw15_uitnodiging_ceremonie", "rl", [
    GEM + "\nBurgerzaken\n" + ADR,
    "Mevrouw M. Osei-Bonsu\nWilhelminapark 9\n7393 BV Westervaart",
    "Datum: 31 juli 2026\nOns kenmerk: BZ-NAT-2026-112\nIND-nummer: 2104-3369-8812",
    "Onderwerp: uitnodiging naturalisatieceremonie",
    "Geachte mevrouw Osei-Bonsu,",
    "Bij Koninklijk Besluit van 30 juli 2026 bent u tot Nederlander genaturaliseerd. Van harte gefeliciteerd! U wordt het Nederlanderschap pas verleend nadat u de verklaring van verbondenheid heeft afgelegd tijdens een naturalisatieceremonie. Wij nodigen u daarom uit voor de ceremonie op maandag 24 augustus 2026 om 15.00 uur in de raadzaal van het stadhuis, Raadhuisplein 1. De ceremonie wordt geleid door burgemeester Tjalsma.",
    "U mag twee gasten meenemen. Wilt u met het bijgevoegde formulier aan ons doorgeven wie u meeneemt? Vergeet uw paspoort of verblijfsdocument niet.",
    "Met vriendelijke groet,\nnamens de burgemeester van Westervaart,",
    "I. Haverkamp\nceremoniemeester, team Burgerzaken",
], redact=[("PERSON", "Mariam Osei-Bonsu", ["Osei-Bonsu", "M. Osei-Bonsu"]),
           ("ADDRESS", "Wilhelminapark 9, 7393 BV", ["Wilhelminapark 9", "7393 BV"]), ("ID", "2104-3369-8812", ["2104-3369-8812"]),
           ("PERSON", "I. Haverkamp", ["I. Haverkamp", "Haverkamp"])],
    keep=[K_GEM, K_14, K_INFO, K_RAAD, K_BGM, ("CASE", "BZ-NAT-2026-112", ["BZ-NAT-2026-112"]),
          ("TERM", "Koninklijk Besluit", ["Koninklijk Besluit"]), ("TERM", "verklaring van verbondenheid", ["verklaring van verbondenheid"]),
          ("ORG", "Burgerzaken", ["Burgerzaken"]), ("DATE", "24 augustus 2026", ["24 augustus 2026"]), ("TERM", "Nederlanderschap", ["Nederlanderschap"])],
    font="Times-Roman", meta={"as": "itext"}))

# iw16 scan: RSVP handwritten-ish letter from candidate ----------------------------------------------
DOCS.append(Doc("iw16_scan_aanmelding_gasten", "scan", [
    "# Aanmelding gasten ceremonie",
    "Kenmerk BZ-NAT-2026-112",
    "Naam: Mariam Osei-Bonsu",
    "Adres: Wilhelminapark 9, Westervaart",
    "Telefoon: 06 31 77 25 08",
    "Gast 1: Kwame Osei-Bonsu (mijn man)",
    "Gast 2: Abena Mensah (vriendin)",
    "~ Beste mevrouw Haverkamp,\n~ Mijn zoon Kofi is ook erg blij,\n~ mag hij ook komen? Hij is 7 jaar.\n~ Dank u wel! Mariam",
    "Handtekening: M. Osei-Bonsu    Datum: 5-8-2026",
], redact=[("PERSON", "Mariam Osei-Bonsu", ["Osei-Bonsu", "Mariam"], "ocr"),
           ("ADDRESS", "Wilhelminapark 9", ["Wilhelminapark"], "ocr"),
           ("PHONE", "06 31 77 25 08", ["06 31 77 25 08"], "ocr"),
           ("PERSON", "Kwame Osei-Bonsu", ["Kwame"], "ocr"),
           ("PERSON", "Abena Mensah", ["Abena", "Mensah"], "ocr"),
           ("PERSON", "Haverkamp", ["Haverkamp"], "ocr"),
           ("PERSON", "Kofi", ["Kofi"], "ocr")],
    keep=[], scan=True, meta={"as": "scanner"}))
