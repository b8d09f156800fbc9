"""Education and youth: leerplicht, school board, MR, passend onderwijs, letter to parents."""
from lib import Doc


def bg01():
    d = Doc("bg01_leerplicht_uitnodiging_zaanstad", "rl")
    d.add("lh", ["{b}gemeente Zaanstad{/b}", "Leerplicht en RMC", "",
                 "Aan de ouder(s)/verzorger(s) van ⟦Milan de Graaf⟧",
                 "⟦Dhr. R.J. de Graaf⟧ en ⟦mevrouw S. Oosterhuis⟧", "⟦Rosmolenstraat 48⟧", "⟦1502 AK Zaandam⟧"],
          ["Retouradres Postbus 2000, 1500 GA Zaandam", "Bezoekadres Stadhuisplein 100, Zaandam",
           "Telefoon 14 075", "leerplicht@zaanstad.nl", "", "{b}Behandeld door{/b}", "⟦Nadia Bouzerda-Verhoef⟧",
           "Telefoon (direct) ⟦075 681 2274⟧", "⟦n.bouzerda@zaanstad.nl⟧", "", "{b}Ons kenmerk{/b} LP/2026/04417",
           "{b}Datum{/b} 17 november 2026"])
    d.add("p", "{b}Onderwerp: uitnodiging gesprek over het schoolverzuim van ⟦Milan⟧{/b}")
    d.add("p", "Geachte heer ⟦De Graaf⟧ en mevrouw ⟦Oosterhuis⟧,")
    d.add("p", "Uw zoon ⟦Milan de Graaf⟧, geboren op ⟦14 maart 2013⟧, staat ingeschreven op de Jan Ligthartschool "
               "in Zaandam. De school heeft via het Verzuimregister van DUO gemeld dat ⟦Milan⟧ sinds 22 september 2026 "
               "in totaal 38 lesuren ongeoorloofd afwezig is geweest. Volgens de intern begeleider, mevrouw ⟦Kok⟧, "
               "zijn de afwezigheden vooral op maandagochtend.")
    d.add("p", "Op grond van artikel 2 van de Leerplichtwet 1969 bent u als ouder verantwoordelijk voor de inschrijving "
               "en het geregeld schoolbezoek van uw kind. Ik nodig u daarom uit voor een gesprek op dinsdag "
               "1 december 2026 om 15.30 uur op het stadhuis (Stadhuisplein 100). Neemt u ⟦Milan⟧ mee; hij is "
               "van harte welkom om zijn kant van het verhaal te vertellen.")
    d.add("p", "Bent u verhinderd, bel dan met het algemene nummer 14 075 of mail naar leerplicht@zaanstad.nl onder "
               "vermelding van kenmerk LP/2026/04417. Als u zonder bericht niet verschijnt, kan ik een proces-verbaal "
               "opmaken (artikel 22 Leerplichtwet 1969).")
    d.add("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Zaanstad,")
    d.add("sig", ["⟦N. Bouzerda-Verhoef⟧", "leerplichtambtenaar"])
    d.add("small", "Kopie: directeur Jan Ligthartschool (zonder bijlagen)")
    d.meta = {"Author": "⟦Bouzerda-Verhoef, Nadia⟧"}
    d.links = [(0, (360, 560, 540, 575), "mailto:⟦n.bouzerda@zaanstad.nl⟧")]
    d.R("PERSON", "Nadia Bouzerda-Verhoef", "Nadia Bouzerda-Verhoef", "Bouzerda-Verhoef", "Bouzerda")
    d.R("PHONE", "075 681 2274")
    d.R("EMAIL", "n.bouzerda@zaanstad.nl")
    d.R("PERSON", "Milan de Graaf", "Milan de Graaf", "Milan")
    d.R("PERSON", "R.J. de Graaf", "R.J. de Graaf", "Graaf")
    d.R("PERSON", "S. Oosterhuis", "Oosterhuis")
    d.R("ADDRESS", "Rosmolenstraat 48, 1502 AK Zaandam", "Rosmolenstraat 48", "1502 AK Zaandam")
    d.R("DATE_OF_BIRTH", "14 maart 2013")
    d.R("PERSON", "mevrouw Kok (intern begeleider)", "Kok")
    d.K("ORG", "gemeente Zaanstad", "gemeente Zaanstad")
    d.K("SCHOOL", "Jan Ligthartschool")
    d.K("LAW", "Leerplichtwet 1969")
    d.K("ORG", "DUO")
    d.K("PHONE", "14 075")
    d.K("EMAIL", "leerplicht@zaanstad.nl")
    d.K("ADDRESS", "Stadhuisplein 100")
    d.K("CASE", "LP/2026/04417")
    d.K("ROLE", "leerplichtambtenaar")
    d.K("DATE", "1 december 2026")
    return d


def bg02():
    d = Doc("bg02_pv_schoolverzuim_almere", "rl", font="serif")
    d.header = "PROCES-VERBAAL  -  Leerplichtwet 1969  -  PV-nummer 2026-LP-0391"
    d.add("h1", "PROCES-VERBAAL VAN BEVINDINGEN")
    d.add("p", "Ik, verbalisant, ⟦KARIMA VAN DER STEEN-BOUALI⟧, buitengewoon opsporingsambtenaar (boa) in dienst van de "
               "gemeente Almere, werkzaam als leerplichtambtenaar, beëdigd en aktenummer ⟦BOA-84317⟧, verklaar het volgende.")
    d.add("h2", "Verdachte")
    d.add("kv", [("Achternaam", "⟦WOUDSTRA⟧"), ("Voornamen", "⟦Hendrik Jelle⟧"),
                 ("Geboren", "⟦2 augustus 1981⟧ te ⟦Sneek⟧"), ("Adres", "⟦Koningsbergenstraat 211⟧"),
                 ("Postcode/plaats", "⟦1321 RD Almere⟧"), ("BSN", "⟦156158802⟧"),
                 ("Hoedanigheid", "vader en gezaghebbende van de hierna genoemde jongere")])
    d.add("h2", "Jongere")
    d.add("kv", [("Naam", "⟦WOUDSTRA, Femke⟧"), ("Geboren", "⟦19 januari 2011⟧"), ("BSN", "⟦949560327⟧"),
                 ("School", "Helen Parkhurst, Daltonschool voor havo/vwo, Almere (brinnummer 20JT)"),
                 ("Leerjaar", "havo 3")])
    d.add("h2", "Bevindingen")
    d.add("p", "Op 6 oktober 2026 ontving ik via het Verzuimregister van DUO een melding van ongeoorloofd verzuim van de "
               "jongere ⟦Femke Woudstra⟧. Uit de verzuimkaart blijkt dat zij in de periode van 1 september tot en met "
               "2 oktober 2026 in totaal 64 lesuren afwezig was zonder geldige reden. De zorgcoördinator van de school, "
               "de heer ⟦M. Lindeboom⟧, verklaarde mij dat de vader meermalen was uitgenodigd maar niet verscheen.")
    d.add("p", "Op 13 oktober 2026 sprak ik de verdachte op het adres ⟦Koningsbergenstraat 211⟧. Hij verklaarde: "
               "\u201cIk krijg haar 's ochtends de deur niet uit. Sinds haar moeder in het ziekenhuis ligt met "
               "⟦een psychose⟧ ben ik alleen.\u201d De jeugdarts van de GGD Flevoland is om advies gevraagd "
               "(artikel 16a Leerplichtwet 1969).")
    d.add("p", "Ik heb de verdachte medegedeeld dat hij niet tot antwoorden verplicht is. Gelet op het voorgaande "
               "is naar mijn oordeel sprake van overtreding van artikel 2, eerste lid, van de Leerplichtwet 1969.")
    d.add("pb")
    d.add("h2", "Eerdere contacten")
    d.add("tbl", [["Datum", "Contact", "Met", "Resultaat"],
                  ["14-09-2026", "telefonisch", "⟦H.J. Woudstra⟧", "belofte tot verbetering"],
                  ["22-09-2026", "huisbezoek", "niemand thuis", "kaart achtergelaten"],
                  ["29-09-2026", "overleg school", "zorgcoördinator ⟦Lindeboom⟧", "doorverwijzing jeugdarts"],
                  ["13-10-2026", "verhoor", "⟦H.J. Woudstra⟧", "zie bevindingen"]],
          [0.16, 0.18, 0.3, 0.36])
    d.add("p", "Eerder werd de verdachte op 4 mei 2024 veroordeeld ⟦wegens rijden onder invloed (artikel 8 WVW 1994)⟧; "
               "dit is niet van belang voor de huidige zaak.")
    d.add("p", "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Almere op "
               "20 oktober 2026.")
    d.add("sig", ["⟦K. van der Steen-Bouali⟧", "boa / leerplichtambtenaar, Stadhuisplein 1, Almere"])
    d.outline = [("Proces-verbaal ⟦Woudstra⟧", 0), ("Eerdere contacten", 1)]
    d.R("PERSON", "Karima van der Steen-Bouali", "KARIMA VAN DER STEEN-BOUALI", "van der Steen-Bouali", "Steen-Bouali")
    d.R("ID", "BOA-84317")
    d.R("PERSON", "Hendrik Jelle Woudstra", "WOUDSTRA", "Hendrik Jelle", "Woudstra", "H.J. Woudstra")
    d.R("DATE_OF_BIRTH", "2 augustus 1981")
    d.R("PLACE_OF_BIRTH", "Sneek")
    d.R("ADDRESS", "Koningsbergenstraat 211, 1321 RD Almere", "Koningsbergenstraat 211", "1321 RD Almere")
    d.R("BSN", "156158802")
    d.R("PERSON", "Femke Woudstra", "Femke")
    d.R("DATE_OF_BIRTH", "19 januari 2011")
    d.R("BSN", "949560327")
    d.R("PERSON", "M. Lindeboom", "Lindeboom")
    d.R("HEALTH", "een psychose", "psychose")
    d.R("CRIMINAL", "wegens rijden onder invloed (artikel 8 WVW 1994)", "rijden onder invloed")
    d.K("LAW", "Leerplichtwet 1969")
    d.K("SCHOOL", "Helen Parkhurst")
    d.K("ORG", "GGD Flevoland")
    d.K("CASE", "PV-nummer 2026-LP-0391", "2026-LP-0391")
    d.K("ADDRESS", "Stadhuisplein 1")
    d.K("ROLE", "zorgcoördinator")
    d.K("DATE", "20 oktober 2026")
    return d


def bg03():
    d = Doc("bg03_klachtbeslissing_schoolbestuur", "lo", font="serif")
    d.add("org", "Stichting Openbaar Onderwijs Amstelveen Ouder-Amstel (SOOAO)")
    d.add("small", "Postbus 2074, 1180 EB Amstelveen  |  T 020 545 1230  |  klachten@sooao.nl  |  www.sooao.nl")
    d.add("p", "Vertrouwelijk\n⟦Mevrouw A.M. Teixeira Gomes⟧\n⟦Populierenlaan 17⟧\n⟦1185 KT Amstelveen⟧")
    d.add("kv", [("Datum", "9 november 2026"), ("Kenmerk", "KL-2026-018"),
                 ("Onderwerp", "beslissing op uw klacht over de Willem-Alexanderschool"),
                 ("Contactpersoon", "⟦drs. E. (Evelien) Zwanenburg⟧, bestuurssecretaris, ⟦06 42 18 77 53⟧")])
    d.add("p", "Geachte mevrouw ⟦Teixeira Gomes⟧,")
    d.add("p", "Op 2 september 2026 ontving het college van bestuur uw klacht over de wijze waarop de groepsleerkracht "
               "van uw dochter ⟦Inês⟧ (groep 6), de heer ⟦Ruud Amsterdam⟧, en de directeur, mevrouw ⟦J. Hoogendijk⟧, "
               "zijn omgegaan met de pestmeldingen in het schooljaar 2025-2026. De Landelijke Klachtencommissie "
               "Onderwijs (LKC) heeft uw klacht op 20 oktober 2026 behandeld en advies uitgebracht.")
    d.add("p", "De LKC acht de klacht gedeeltelijk gegrond: de school heeft het anti-pestprotocol niet volledig gevolgd "
               "en ouders te laat geïnformeerd. De LKC acht ongegrond dat de leerkracht ⟦Amsterdam⟧ "
               "uw dochter zou hebben vernederd. Wij nemen het advies over. Bij de hoorzitting waren ook de "
               "vertrouwenspersoon ⟦Lotte Brinkman-de Vos⟧ en de moeder van een klasgenoot, ⟦mevrouw Y. Özdemir⟧, aanwezig.")
    d.add("p", "Wij hebben de directeur gevraagd het protocol met het team te bespreken en de medezeggenschapsraad "
               "van de Willem-Alexanderschool te betrekken. Over ⟦Inês⟧' ⟦dyslexieverklaring en de gesprekken met de "
               "kinderpsycholoog⟧ doen wij hier geen uitspraak; die vallen buiten de klacht.")
    d.add("p", "Met vriendelijke groet,\nhet college van bestuur van de SOOAO,")
    d.add("sig", ["⟦mr. drs. P.W. Roodenburg⟧", "voorzitter college van bestuur"])
    d.meta = {"Author": "⟦ezwanenburg⟧", "Title": "Klachtbeslissing ⟦Teixeira Gomes⟧ KL-2026-018"}
    d.R("PERSON", "A.M. Teixeira Gomes", "A.M. Teixeira Gomes", "Teixeira Gomes")
    d.R("ADDRESS", "Populierenlaan 17, 1185 KT Amstelveen", "Populierenlaan 17", "1185 KT Amstelveen")
    d.R("PERSON", "Evelien Zwanenburg", "E. (Evelien) Zwanenburg", "Zwanenburg", "Evelien", "ezwanenburg")
    d.R("PHONE", "06 42 18 77 53")
    d.R("PERSON", "Inês (pupil)", "Inês")
    d.R("PERSON", "Ruud Amsterdam", "Ruud Amsterdam", ("Amsterdam", True))
    d.R("PERSON", "J. Hoogendijk", "Hoogendijk")
    d.R("PERSON", "Lotte Brinkman-de Vos", "Lotte Brinkman-de Vos", "Brinkman-de Vos")
    d.R("PERSON", "Y. Özdemir", "Özdemir")
    d.R("HEALTH", "dyslexieverklaring en gesprekken met de kinderpsycholoog", "dyslexieverklaring", "kinderpsycholoog")
    d.R("PERSON", "P.W. Roodenburg", "P.W. Roodenburg", "Roodenburg")
    d.K("ORG", "Stichting Openbaar Onderwijs Amstelveen Ouder-Amstel (SOOAO)", "SOOAO")
    d.K("SCHOOL", "Willem-Alexanderschool")
    d.K("ORG", "Landelijke Klachtencommissie Onderwijs", "Landelijke Klachtencommissie Onderwijs", "LKC")
    d.K("PHONE", "020 545 1230")
    d.K("EMAIL", "klachten@sooao.nl")
    d.K("CASE", "KL-2026-018")
    d.K("ROLE", "bestuurssecretaris")
    d.K("ROLE", "voorzitter college van bestuur")
    return d


def bg04():
    d = Doc("bg04_notulen_mr_kindcentrum", "rl", font="cond")
    d.add("h1", "Notulen medezeggenschapsraad IKC Annie M.G. Schmidt")
    d.add("kv", [("Datum", "woensdag 7 oktober 2026, 19.30-21.45 uur, teamkamer"),
                 ("Aanwezig", "⟦P. de Wit⟧ (vz, oudergeleding), ⟦K. Bouzid⟧, ⟦G.H.M. Terpstra⟧, ⟦S. Nguyen⟧ "
                              "(personeelsgeleding), ⟦J. van 't Hoff⟧ (notulen)"),
                 ("Afwezig", "⟦R. Zondervan⟧ (m.k.)"),
                 ("Te gast", "directeur ⟦Margriet Loos⟧ (agendapunt 3 en 4)")], 0.2)
    d.add("h2", "1. Opening en mededelingen")
    d.add("p", "⟦PdW⟧ opent de vergadering. ⟦RZ⟧ heeft zich afgemeld ⟦wegens ziekte (operatie aan haar knie)⟧. "
               "⟦KB⟧ meldt dat de GMR van Stichting Floreo op 14 oktober vergadert over het bestuursformatieplan.")
    d.add("h2", "2. Notulen vorige vergadering")
    d.add("p", "Vastgesteld met één wijziging: bij punt 5 moet \u2018⟦GT⟧\u2019 zijn \u2018⟦SN⟧\u2019.")
    d.add("h2", "3. Schoolgids en schoolplan 2027-2031")
    d.add("p", "⟦ML⟧ licht het concept-schoolplan toe. De MR heeft instemmingsrecht (artikel 10 WMS). ⟦GT⟧ vraagt "
               "hoe de inzet van de NPO-middelen wordt verantwoord. ⟦ML⟧ zegt toe dit voor de volgende vergadering "
               "op papier te zetten. Instemming wordt aangehouden.")
    d.add("h2", "4. Personeel")
    d.add("p", "⟦ML⟧ meldt dat juf ⟦Anouk⟧ van groep 4 na de herfstvakantie met ⟦zwangerschapsverlof⟧ gaat; "
               "meester ⟦Bram⟧ neemt de groep over. De MR vraagt om een brief aan de ouders.")
    d.add("h2", "5. Actielijst")
    d.add("tbl", [["Nr", "Actie", "Wie", "Wanneer"],
                  ["26-11", "Reactie op schoolplan naar directie", "⟦PdW⟧ /\n⟦GT⟧", "21 okt"],
                  ["26-12", "Ouderenquête voorbereiden", "⟦SN⟧", "nov"],
                  ["26-13", "Contact GMR Floreo over formatie", "⟦KB⟧", "14 okt"]],
          [0.1, 0.55, 0.2, 0.15])
    d.add("p", "Volgende vergadering: woensdag 18 november 2026. ⟦PdW⟧ sluit om 21.45 uur.")
    d.footer = "MR IKC Annie M.G. Schmidt  -  notulen 7 oktober 2026  -  vastgesteld 18 november 2026"
    d.R("PERSON", "P. de Wit", "P. de Wit", "PdW")
    d.R("PERSON", "K. Bouzid", "Bouzid", "KB")
    d.R("PERSON", "G.H.M. Terpstra", "G.H.M. Terpstra", "Terpstra", "GT")
    d.R("PERSON", "S. Nguyen", "Nguyen", "SN")
    d.R("PERSON", "J. van 't Hoff", "J. van 't Hoff", "Hoff")
    d.R("PERSON", "R. Zondervan", "Zondervan", "RZ")
    d.R("PERSON", "Margriet Loos", "Margriet Loos", "ML")
    d.R("HEALTH", "wegens ziekte (operatie aan haar knie)", "operatie aan haar knie")
    d.R("PERSON", "juf Anouk", "Anouk")
    d.R("HEALTH", "zwangerschapsverlof", "zwangerschapsverlof")
    d.R("PERSON", "meester Bram", "Bram")
    d.K("SCHOOL", "IKC Annie M.G. Schmidt", "Annie M.G. Schmidt")
    d.K("ORG", "Stichting Floreo", "Floreo")
    d.K("LAW", "WMS")
    d.K("ORG", "GMR")
    d.K("DATE", "18 november 2026")
    return d


def bg05():
    d = Doc("bg05_opp_passend_onderwijs", "rl")
    d.add("lh", ["{b}Samenwerkingsverband Passend Onderwijs Utrecht PO{/b}", "Arrangement en ontwikkelingsperspectief"],
          ["Kenmerk ARR-2026-1142", "Locatie Utrecht, Kaap Hoorndreef 56", "T 030 303 2777", "info@swvutrechtpo.nl"])
    d.add("h1", "Toekenning arrangement (ontwikkelingsperspectiefplan)")
    d.add("kv", [("Leerling", "⟦Noah Bakker-Mulder⟧"), ("Geboortedatum", "⟦03-06-2017⟧"),
                 ("Adres", "⟦Kanaalweg 9 bis⟧, ⟦3526 KL Utrecht⟧"), ("Ouders", "⟦Wouter Bakker⟧ en ⟦Eline Mulder⟧"),
                 ("School", "Dr. Bosschool, groep 5"), ("Intern begeleider", "⟦Sophie Vermeulen-Dekker⟧"),
                 ("Onderwijsconsulent", "⟦drs. Bart-Jan Koppelaar⟧")], 0.28)
    d.add("h2", "1. Onderwijsbehoeften")
    d.add("p", "⟦Noah⟧ is ⟦gediagnosticeerd met ASS en ADHD (verslag Karakter, april 2025)⟧ en ⟦gebruikt methylfenidaat⟧. "
               "In de klas raakt hij snel overprikkeld. Hij heeft behoefte aan een vaste plek, voorspelbare overgangen "
               "en een prikkelarme werkplek voor zelfstandig werken.")
    d.add("h2", "2. Arrangement")
    d.add("tbl", [["Onderdeel", "Omvang", "Uitvoering", "Periode"],
                  ["Ambulante begeleiding", "2 uur per week", "⟦Fenna\nSchouten⟧ (ambulant begeleider)", "nov 2026-jul 2027"],
                  ["Onderwijsassistent", "6 uur per week", "school", "nov 2026-jul 2027"],
                  ["Prikkelarme werkplek", "eenmalig", "school", "nov 2026"],
                  ["Evaluatie", "2x per jaar", "⟦S. Vermeulen-Dekker⟧ /\n⟦B.J. Koppelaar⟧", "feb en jun 2027"]],
          [0.26, 0.17, 0.37, 0.2])
    d.add("p", "De kosten van het arrangement (€ 9.480) komen ten laste van het budget van het samenwerkingsverband. "
               "Het arrangement is besproken met de ouders; zij hebben op 28 oktober 2026 ingestemd met het "
               "handelingsdeel (artikel 40a WPO).")
    d.add("h2", "3. Ondertekening")
    d.add("tbl", [["Naam", "Rol", "Datum"],
                  ["⟦W. Bakker⟧", "ouder", "28-10-2026"],
                  ["⟦E. Mulder⟧", "ouder", "28-10-2026"],
                  ["⟦M. Hagenaars⟧", "directeur Dr. Bosschool", "29-10-2026"]],
          [0.35, 0.4, 0.25])
    d.notes = [(0, 500, 740, "⟦Bart-Jan⟧: medicatie niet in OPP zetten? Ouders willen dat niet. ⟦Sophie⟧", "⟦Sophie Vermeulen⟧")]
    d.R("PERSON", "Noah Bakker-Mulder", "Noah Bakker-Mulder", "Noah")
    d.R("DATE_OF_BIRTH", "03-06-2017")
    d.R("ADDRESS", "Kanaalweg 9 bis, 3526 KL Utrecht", "Kanaalweg 9 bis", "3526 KL Utrecht")
    d.R("PERSON", "Wouter Bakker", "Wouter Bakker", "W. Bakker")
    d.R("PERSON", "Eline Mulder", "Eline Mulder", "E. Mulder")
    d.R("PERSON", "Sophie Vermeulen-Dekker", "Sophie Vermeulen-Dekker", "Vermeulen-Dekker", "Sophie", "Vermeulen")
    d.R("PERSON", "Bart-Jan Koppelaar", "Bart-Jan Koppelaar", "Koppelaar", "Bart-Jan")
    d.R("HEALTH", "ASS en ADHD diagnosis", "ASS en ADHD", "methylfenidaat")
    d.R("PERSON", "Fenna Schouten", "Fenna", "Schouten")
    d.R("PERSON", "M. Hagenaars", "Hagenaars")
    d.K("ORG", "Samenwerkingsverband Passend Onderwijs Utrecht PO")
    d.K("SCHOOL", "Dr. Bosschool")
    d.K("CASE", "ARR-2026-1142")
    d.K("ADDRESS", "Kaap Hoorndreef 56")
    d.K("PHONE", "030 303 2777")
    d.K("EMAIL", "info@swvutrechtpo.nl")
    d.K("LAW", "WPO")
    d.K("ROLE", "ambulant begeleider")
    return d


def bg06():
    d = Doc("bg06_brief_ouders_groep4", "chrome", title="Brief ouders groep 4 - ⟦juf Anouk⟧")
    d.add("lh", ["{b}Openbare Basisschool De Regenboog{/b}", "Dr. Schaepmanstraat 3, 7411 GN Deventer",
                 "0570 62 15 90 | administratie@obsderegenboog.nl"],
          ["Deventer, 20 oktober 2026", "Betreft: wijziging groepsleerkracht groep 4"])
    d.add("p", "Beste ouders en verzorgers van groep 4,")
    d.add("p", "Zoals sommigen van u al weten, gaat juf ⟦Anouk Timmermans⟧ na de herfstvakantie met "
               "⟦zwangerschapsverlof⟧. Wij wensen haar een goede tijd toe! Vanaf maandag 26 oktober staat meester "
               "⟦Bram Şahin⟧ op maandag tot en met woensdag voor de groep. Op donderdag en vrijdag blijft juf "
               "⟦Tineke⟧ (⟦T.W. van Oosten⟧) de groep lesgeven, zoals u gewend bent.")
    d.add("p", "Meester ⟦Bram⟧ werkte de afgelopen twee jaar op obs Het Mozaïek in Bathmen en komt via de invalpool van "
               "Stichting Sirius. Hij stelt zich op de kijkavond van 3 november aan u voor.")
    d.add("p", "Heeft u vragen, loop dan gerust binnen of bel de administratie (0570 62 15 90). Voor vragen over de "
               "zorg voor uw kind kunt u terecht bij onze intern begeleider, ⟦Yvonne Berendsen⟧, "
               "bereikbaar via ⟦y.berendsen@obsderegenboog.nl⟧.")
    d.add("p", "Met vriendelijke groet,")
    d.add("sig", ["⟦Harm-Jan Ter Haar⟧", "directeur obs De Regenboog"])
    d.meta = {"Title": "Brief ouders groep 4 - ⟦juf Anouk⟧", "Author": "⟦H. ter Haar⟧"}
    d.R("PERSON", "Anouk Timmermans", "Anouk Timmermans", "Timmermans", "Anouk")
    d.R("HEALTH", "zwangerschapsverlof")
    d.R("PERSON", "Bram Şahin", "Bram Şahin", "Şahin", "Bram")
    d.R("PERSON", "T.W. van Oosten (juf Tineke)", "Tineke", "T.W. van Oosten", "Oosten")
    d.R("PERSON", "Yvonne Berendsen", "Yvonne Berendsen", "Berendsen")
    d.R("EMAIL", "y.berendsen@obsderegenboog.nl")
    d.R("PERSON", "Harm-Jan Ter Haar", "Harm-Jan Ter Haar", "Ter Haar", "ter Haar")
    d.K("SCHOOL", "Openbare Basisschool De Regenboog", "De Regenboog")
    d.K("SCHOOL", "Het Mozaïek")
    d.K("ORG", "Stichting Sirius")
    d.K("ADDRESS", "Dr. Schaepmanstraat 3")
    d.K("PHONE", "0570 62 15 90")
    d.K("EMAIL", "administratie@obsderegenboog.nl")
    d.K("ROLE", "intern begeleider")
    return d


DOCS = [bg01, bg02, bg03, bg04, bg05, bg06]
