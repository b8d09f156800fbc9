"""Set BY, part B: waterschappen en hoogheemraadschappen (bestuur, vergunningen, handhaving, verkiezingen 2027)."""
from lib import KW, K, P, R, doc, iban

DOCS = []
A = DOCS.append

# ------------------------------------------------------------------ by15 notulen AB Wetterskip Fryslân
A(doc("by15_notulen_ab_wetterskip_fryslan", "rl", [
    "# Verslag openbare vergadering algemeen bestuur Wetterskip Fryslân",
    "Datum: woensdag 17 juni 2026, 13.30 uur. Plaats: vergaderzaal Harmonie, Harlingerstraatweg 113, Leeuwarden.",
    "Voorzitter: dijkgraaf Luzette Kroon. Aanwezig van het dagelijks bestuur: heemraad Wiersma, heemraad Van der Zee, "
    "heemraad Dotinga-Haitsma en heemraad Rijpstra. Aanwezig: 27 leden van het algemeen bestuur.\n"
    "Ambtelijk: de secretaris-directeur; Sjoukje Wiersma (beleidsadviseur bestuurszaken, verslag); ir. Teake Brouwer "
    "(afdelingshoofd Watersysteem); Geeske van der Meer-Hofstra (communicatie).",
    "## 1. Opening en mededelingen",
    "De dijkgraaf opent de vergadering. Zij deelt mee dat het Wetterskip met de Friese gemeenten en de provincie een "
    "gezamenlijke campagne voert voor de waterschapsverkiezingen van 17 maart 2027. Een bericht van verhindering is "
    "ontvangen van twee leden van de fractie Water Natuurlijk.",
    "## 2. Spreekrecht",
    "De heer Jan Pieter Hoekstra, melkveehouder te Easterlittens, spreekt in over het ontwerp-peilbesluit Jouswierpolder. "
    "Hij vreest natschade op zijn percelen aan de Greate Dyk en vraagt om een flexibel peil. Hij overhandigt een "
    "petitie met 48 handtekeningen. De heer Hoekstra is bereikbaar via jphoekstra@agrimail.nl.",
    "Mevrouw Gerbrich Tolsma spreekt namens Doarpsbelang Easterlittens. Zij vraagt aandacht voor de veiligheid van de "
    "fietsbrug over de Frjentsjerter Feart tijdens de werkzaamheden. Heemraad Van der Zee zegt toe haar vóór 1 september "
    "2026 schriftelijk te antwoorden.",
    "Tot slot spreekt de heer Auke de Boer, akkerbouwer in het Bildt, over de zoetwatervoorziening. Hij meldt dat hij "
    "door een beenbreuk het voorjaar niet zelf kon beregenen en vraagt om coulance bij de heffing. De dijkgraaf "
    "merkt op dat individuele heffingszaken niet in de vergadering worden behandeld.",
    "## 3. Ontwerp-peilbesluit Jouswierpolder",
    "Heemraad Wiersma licht het voorstel toe. De beleidsadviseur, mevrouw Wiersma (geen familie), beantwoordt technische "
    "vragen over de drooglegging. De fractie Ongebouwd vraagt om een evaluatie na twee jaar. De BBB-fractie dient een "
    "motie in over schadevergoeding; de motie wordt verworpen met 12 stemmen voor en 15 tegen.",
    "PAGEBREAK",
    "## 4. Waterbeheerprogramma 2022-2027, voortgangsrapportage",
    "Heemraad Dotinga-Haitsma presenteert de voortgang. De heer Brouwer geeft een toelichting op de achterstand bij "
    "de versterking van de Waddenzeedijk bij Koehool-Lauwersmeer (programma HWBP). De fractie Natuurterreinen vraagt "
    "om extra inzet voor de Kaderrichtlijn Water; heemraad Rijpstra zegt een notitie toe.",
    "## 5. Waterschapsverkiezingen 2027",
    "Heemraad Rijpstra meldt dat het Wetterskip de kosten van de verkiezingen deelt met de 18 Friese gemeenten. De "
    "Kiesraad heeft op 2 juni 2026 de modellen voor de kandidaatstelling gepubliceerd. Vragen over de opkomstcampagne "
    "kunnen naar mevrouw Van der Meer-Hofstra (g.vandermeer@wetterskipfryslan.nl, 06-24 93 10 58).",
    "## 6. Rondvraag en sluiting",
    "Geen rondvraag. De dijkgraaf sluit de vergadering om 16.45 uur.",
    "Vastgesteld in de vergadering van 8 juli 2026.\nDe dijkgraaf, L. Kroon\n"
    "Verslag: S. Wiersma, s.wiersma@wetterskipfryslan.nl, 058 292 27 14",
    "Algemene informatie: Wetterskip Fryslân, Postbus 36, 8900 AA Leeuwarden, telefoon 058 292 22 22, "
    "info@wetterskipfryslan.nl.",
], [
    R("PERSON", "Sjoukje Wiersma", "Sjoukje Wiersma", "S. Wiersma", "mevrouw Wiersma", "s.wiersma@wetterskipfryslan.nl"),
    R("PHONE", "058 292 27 14", P("058 292 27 14", False)),
    R("PERSON", "Teake Brouwer", "Teake Brouwer", "heer Brouwer"),
    R("PERSON", "Geeske van der Meer-Hofstra", "Geeske van der Meer-Hofstra", "Van der Meer-Hofstra",
      "g.vandermeer@wetterskipfryslan.nl"),
    R("PHONE", "06-24 93 10 58", P("06-24 93 10 58", False)),
    R("PERSON", "Jan Pieter Hoekstra", "Jan Pieter Hoekstra", "heer Hoekstra", "jphoekstra@agrimail.nl"),
    R("PERSON", "Gerbrich Tolsma", "Gerbrich Tolsma"),
    R("PERSON", "Auke de Boer", "Auke de Boer"),
    R("HEALTH", "beenbreuk", "beenbreuk"),
], [
    K("ORG", "Wetterskip Fryslân"), K("ROLE", "dijkgraaf Luzette Kroon"), K("PERSON_PUBLIC", "L. Kroon"),
    K("ROLE", "heemraad Wiersma", "heemraad Wiersma", "Heemraad Wiersma"),
    K("ROLE", "heemraad Van der Zee", "heemraad Van der Zee", "Heemraad Van der Zee"),
    K("ROLE", "heemraad Dotinga-Haitsma", "heemraad Dotinga-Haitsma", "Heemraad Dotinga-Haitsma"),
    K("ROLE", "heemraad Rijpstra", "heemraad Rijpstra", "Heemraad Rijpstra"),
    K("DATE", "17 juni 2026"), K("DATE", "8 juli 2026"), K("DATE", "17 maart 2027"),
    K("ADDRESS_PUBLIC", "Harlingerstraatweg 113"), K("PLACE", "Easterlittens"), K("ORG", "Doarpsbelang Easterlittens"),
    K("TERM", "Jouswierpolder"), K("PLACE", "Greate Dyk"), K("PLACE", "Frjentsjerter Feart"),
    K("ORG", "Water Natuurlijk"), K("ORG", "fractie Ongebouwd"), K("ORG", "BBB-fractie"),
    K("ORG", "fractie Natuurterreinen"), K("TERM", "Waterbeheerprogramma 2022-2027"), K("PLACE", "Waddenzeedijk"),
    K("TERM", "HWBP"), K("LAW", "Kaderrichtlijn Water"), K("ORG", "Kiesraad"), K("PHONE_GENERAL", "058 292 22 22"),
    K("EMAIL_FUNCTIONAL", "info@wetterskipfryslan.nl"), K("ADDRESS_PUBLIC", "Postbus 36"),
    K("ROLE", "secretaris-directeur"), K("ROLE", "beleidsadviseur bestuurszaken"),
], font="Times-Roman", size=10.5, title="Verslag AB 17 juni 2026", author="Sjoukje Wiersma",
    footer="Verslag AB Wetterskip Fryslân 17-06-2026"))

# ------------------------------------------------------------------ by16 notulen AB HHNK (docx)
A(doc("by16_notulen_ab_hhnk", "docx", [
    "# Besluitenlijst en verslag algemeen bestuur Hoogheemraadschap Hollands Noorderkwartier",
    "Vergadering van 1 oktober 2025, Stationsplein 136, Heerhugowaard (Dijk en Waard).",
    "Voorzitter: dijkgraaf Cees Loggen. Dagelijks bestuur: heemraden Kalshoven, Beemsterboer-Kaag en Van Wijk. "
    "Verslag: mr. Olga Kwakman-Spaans, bestuurssecretariaat. Ambtelijke toelichting: ing. P.J. (Pieter-Jan) Schermerhorn, "
    "projectleider dijkversterking Texel, en drs. Nadia El Idrissi, adviseur financiën.",
    "## 1. Insprekers",
    "Mevrouw Marijke Dekker-de Waal uit Oudeschild spreekt in namens bewoners van de Havenweg over de geluidsoverlast "
    "van de dijkversterking Prins Hendrikdijk. Zij heeft een dochter met epilepsie die door het heien 's nachts niet "
    "slaapt. Mevrouw Dekker-de Waal vraagt om alleen overdag te werken.",
    "De heer Kees Zijp, bollenteler uit Anna Paulowna (Zijp Bloembollen B.V., KvK 37085521), spreekt in over de "
    "verhoging van de watersysteemheffing ongebouwd. Hij geeft aan dat zijn bedrijf de verhoging van 9,8 procent niet "
    "kan opvangen.",
    "## 2. Begroting 2026 en meerjarenraming",
    "Heemraad Kalshoven licht de begroting toe. Mevrouw El Idrissi beantwoordt vragen over de kwijtschelding. De "
    "fractie van Water Natuurlijk vraagt om een tariefdemper voor huishoudens; dijkgraaf Loggen zegt een notitie toe.",
    "Besluit: de begroting 2026 wordt vastgesteld met 23 stemmen voor en 7 tegen.",
    "## 3. Dijkversterking Texel",
    "De heer Schermerhorn meldt dat de aannemer (Boskalis) de nachtelijke werkzaamheden bij Oudeschild vanaf 13 oktober "
    "2025 beperkt. Heemraad Beemsterboer-Kaag zegt toe de insprekers persoonlijk te informeren; contact via "
    "omgevingsmanager Bas Koopman (b.koopman@hhnk.nl, 06 3018 7724).",
    "## 4. Waterschapsverkiezingen 2027",
    "Heemraad Van Wijk meldt dat het hoogheemraadschap voor de verkiezingen van maart 2027 een opkomstcampagne voert met "
    "de Unie van Waterschappen. Het centraal stembureau van het hoogheemraadschap bestaat uit vijf leden; de secretaris "
    "van het centraal stembureau is de heer Ruben Stammes (juridisch adviseur).",
    "## 5. Sluiting",
    "De dijkgraaf sluit de vergadering om 17.10 uur. Algemeen nummer HHNK: 072 582 82 82; e-mail: bestuurssecretariaat@hhnk.nl.",
], [
    R("PERSON", "Olga Kwakman-Spaans", "Olga Kwakman-Spaans", "Kwakman-Spaans"),
    R("PERSON", "Pieter-Jan Schermerhorn", "P.J. (Pieter-Jan) Schermerhorn", "heer Schermerhorn"),
    R("PERSON", "Nadia El Idrissi", "Nadia El Idrissi", "El Idrissi"),
    R("PERSON", "Marijke Dekker-de Waal", "Marijke Dekker-de Waal", "Dekker-de Waal"),
    R("HEALTH", "dochter met epilepsie", "epilepsie"),
    R("PERSON", "Kees Zijp", "Kees Zijp"),
    R("PERSON", "Bas Koopman", "Bas Koopman", "b.koopman@hhnk.nl"),
    R("PHONE", "06 3018 7724", P("06 3018 7724", False)),
    R("PERSON", "Ruben Stammes", "Ruben Stammes"),
], [
    K("ORG", "Hoogheemraadschap Hollands Noorderkwartier"), K("ROLE", "dijkgraaf Cees Loggen"),
    K("ROLE", "dijkgraaf Loggen"), K("ROLE", "Heemraad Kalshoven"), K("ROLE", "Heemraad Beemsterboer-Kaag"),
    K("ROLE", "Heemraad Van Wijk"), K("DATE", "1 oktober 2025"), K("ADDRESS_PUBLIC", "Stationsplein 136"),
    K("PLACE", "Heerhugowaard"), K("PLACE", "Oudeschild"), K("PLACE", "Texel"), K("PLACE", "Anna Paulowna"),
    K("KVK", "37085521"), K("PLACE", "Prins Hendrikdijk"), K("ORG", "Boskalis"),
    K("ORG", "Water Natuurlijk"), K("ORG", "Unie van Waterschappen"), K("PHONE_GENERAL", "072 582 82 82"),
    K("EMAIL_FUNCTIONAL", "bestuurssecretariaat@hhnk.nl"), K("TERM", "watersysteemheffing"), K("PLACE", "Havenweg"),
    K("ROLE", "omgevingsmanager"),
], font="Liberation Serif", size=10.5, title="Verslag AB HHNK 1 oktober 2025", author="O. Kwakman-Spaans"))

# ------------------------------------------------------------------ by17 watervergunning (omgevingsvergunning wateractiviteit)
A(doc("by17_watervergunning_terpstra", "rl", [
    "Wetterskip Fryslân | Postbus 36 | 8900 AA Leeuwarden | 058 292 22 22 | www.wetterskipfryslan.nl",
    "---",
    "Aangetekend\nDe heer T.S. Terpstra\nMelkveehouderij It Heechhiem V.O.F.\nLytsewei 4\n9047 KL  MINNERTSGA",
    "|Datum|Zaaknummer|Behandeld door|Doorkiesnummer",
    "|12 mei 2026|WF/2026/004417|R. Brandsma|058 292 36 45",
    "Onderwerp: besluit omgevingsvergunning voor een wateractiviteit (grondwateronttrekking en duiker)",
    "Geachte heer Terpstra,",
    "Op 3 februari 2026 ontvingen wij via het Omgevingsloket uw aanvraag (OLO-nummer 9812734) namens Melkveehouderij "
    "It Heechhiem V.O.F., KvK-nummer 01087453, voor een vergunning voor (1) het onttrekken van maximaal 60.000 m3 "
    "grondwater per jaar voor beregening van de percelen aan de Lytsewei en (2) het aanleggen van een duiker met een "
    "diameter van 800 mm in de schouwsloot langs kadastraal perceel Barradeel F 1183.",
    "## Besluit",
    "Wij verlenen de omgevingsvergunning voor een wateractiviteit op grond van artikel 5.1, eerste lid, onder b, van de "
    "Omgevingswet, met inachtneming van de Waterschapsverordening Wetterskip Fryslân en de voorschriften in bijlage 1.",
    "## Procedure",
    "De aanvraag is behandeld met de reguliere voorbereidingsprocedure. Uw buurvrouw, mevrouw P. Algra-de Boer, heeft op "
    "24 februari 2026 een zienswijze ingediend; die is in de overwegingen betrokken. De heer D. Bylsma heeft per "
    "handgeschreven brief bezwaar aangekondigd.",
    "## Overwegingen",
    "De onttrekking ligt binnen de ruimte van het Waterprogramma Fryslân 2022-2027. Bij een beregeningsverbod (artikel 4.12 "
    "van de Waterschapsverordening) is onttrekking niet toegestaan. Uw adviseur, de heer Gerlof van der Veen van "
    "Agrarisch Adviesbureau Noord (gerlof@aanoord.nl), heeft de hydrologische effectbeoordeling aangeleverd.",
    "PAGEBREAK",
    "## Voorschriften (samenvatting)",
    "1. De onttrekking wordt gemeten met een gecertificeerde watermeter; de meterstanden worden jaarlijks vóór 1 februari "
    "gemeld via meldingen@wetterskipfryslan.nl.\n"
    "2. De duiker wordt aangelegd volgens de Legger watergangen; de schouwbreedte blijft minimaal 1,5 meter.\n"
    "3. Het begin van de werkzaamheden wordt twee werkdagen vooraf gemeld bij de toezichthouder, de heer Hendrik Jan "
    "Dijkstra (06-51 30 77 84).",
    "## Leges en bezwaar",
    "Voor dit besluit brengen wij EUR 412,00 leges in rekening. Binnen zes weken na de dag van bekendmaking kunt u of een "
    "belanghebbende bezwaar maken bij het dagelijks bestuur van Wetterskip Fryslân.",
    "Met vriendelijke groet,\nnamens het dagelijks bestuur van Wetterskip Fryslân,\n\n\ning. Rixt Brandsma\n"
    "teamleider Vergunningverlening\nr.brandsma@wetterskipfryslan.nl",
    "Afschrift: Baukje Terpstra-Wijnia (vennoot), mevrouw P. Algra-de Boer, gemeente Waadhoeke (team Omgeving).",
], [
    R("PERSON", "Tjeerd Terpstra", "T.S. Terpstra", "heer Terpstra"),
    R("ADDRESS", "Lytsewei 4, 9047 KL Minnertsga", "Lytsewei 4", "9047 KL"),
    R("PERSON", "Rixt Brandsma", "R. Brandsma", "Rixt Brandsma", "r.brandsma@wetterskipfryslan.nl"),
    R("PHONE", "058 292 36 45", P("058 292 36 45", False)),
    R("PERSON", "Pietsje Algra-de Boer", "P. Algra-de Boer"),
    R("PERSON", "D. Bylsma", "D. Bylsma"),
    R("PERSON", "Gerlof van der Veen", "Gerlof van der Veen", "gerlof@aanoord.nl"),
    R("PERSON", "Hendrik Jan Dijkstra", "Hendrik Jan Dijkstra"),
    R("PHONE", "06-51 30 77 84", P("06-51 30 77 84", False)),
    R("PERSON", "Baukje Terpstra-Wijnia", "Baukje Terpstra-Wijnia"),
], [
    K("ORG", "Wetterskip Fryslân"), K("PHONE_GENERAL", "058 292 22 22"), K("URL", "www.wetterskipfryslan.nl"),
    K("ORG", "Melkveehouderij It Heechhiem V.O.F."), K("KVK", "01087453"), K("REF", "WF/2026/004417"),
    K("REF", "9812734"), K("DATE", "12 mei 2026"), K("DATE", "3 februari 2026"), K("DATE", "24 februari 2026"),
    K("LAW", "Omgevingswet"), K("LAW", "Waterschapsverordening Wetterskip Fryslân"), K("TERM", "Omgevingsloket"),
    K("TERM", "Barradeel F 1183"), K("TERM", "Waterprogramma Fryslân 2022-2027"), K("ORG", "Agrarisch Adviesbureau Noord"),
    K("EMAIL_FUNCTIONAL", "meldingen@wetterskipfryslan.nl"), K("TERM", "Legger watergangen"), K("AMOUNT", "EUR 412,00"),
    K("PLACE", "Waadhoeke"), K("TERM", "60.000 m3"), K("ROLE", "teamleider Vergunningverlening"),
    K("TERM", "omgevingsvergunning voor een wateractiviteit"),
], font="LiberationSans", size=10, title="Besluit WF/2026/004417", author="R. Brandsma",
    footer="WF/2026/004417"))

# ------------------------------------------------------------------ by18 melding wateroverlast (Vallei en Veluwe)
A(doc("by18_melding_wateroverlast_vallei_veluwe", "rl", [
    "# Doorgestuurde melding wateroverlast",
    "> Van: Klantcontactcentrum <klantcontact@vallei-veluwe.nl>",
    "> Datum: 24 augustus 2026 09:14",
    "> Aan: Gijs Ten Brinke-Roelofsen <g.tenbrinke@vallei-veluwe.nl>",
    "> Onderwerp: FW: melding M-2026-08813 wateroverlast Bennekom",
    "Gijs, kun jij deze oppakken? Melder is erg boos, heeft al twee keer gebeld. Groet, Ilse (KCC, toestel 4412)",
    "> ----- Oorspronkelijk bericht -----",
    "> Van: H. van Beek-Oosterhof <henriettevanbeek@kpnmail.nl>",
    "> Verzonden: zondag 23 augustus 2026 22:47",
    "> Aan: info@vallei-veluwe.nl",
    "Geachte heer/mevrouw,",
    "Na de hoosbui van vanavond staat onze tuin en de kelder van ons huis aan de Kerkweg 61B (6721 TM) weer "
    "onder water, voor de derde keer dit jaar. De sloot achter ons huis (langs de Dijkgraaf, de watergang naar de "
    "Grift) stroomt over omdat de duiker onder de Edeseweg verstopt zit. Mijn man is rolstoelgebonden en kan bij "
    "wateroverlast het huis niet uit. Ik wil dat het waterschap deze week komt kijken.",
    "U kunt mij bellen op 0318-41 77 26 of mobiel 06 2244 8917. Ik ben geboren op 30-09-1962, mocht u dat nodig hebben.",
    "Met vriendelijke groet,\nHenriëtte van Beek-Oosterhof",
    "---",
    "> Van: Gijs Ten Brinke-Roelofsen",
    "> Datum: 24 augustus 2026 11:02",
    "> Aan: H. van Beek-Oosterhof; CC: gemeente Ede, team Riolering (riolering@ede.nl)",
    "Geachte mevrouw Van Beek-Oosterhof, onze opzichter, de heer Wouter Lamers, komt morgen tussen 10.00 en 12.00 uur "
    "bij u langs om de duiker te bekijken. De duiker onder de Edeseweg is van de gemeente Ede; wij hebben de melding "
    "daarom ook aan de gemeente doorgestuurd. Heemraad Geurts is op de hoogte gebracht, omdat dit de derde melding in de "
    "Dijkgraaf is.",
    "Met vriendelijke groet,\nGijs Ten Brinke-Roelofsen | gebiedsbeheerder Ede-Wageningen | Waterschap Vallei en Veluwe | "
    "T 055 527 28 14 | algemeen 055 527 29 11",
], [
    R("PERSON", "Gijs Ten Brinke-Roelofsen", "Gijs Ten Brinke-Roelofsen", "g.tenbrinke@vallei-veluwe.nl", P("Gijs")),
    R("PERSON", "Ilse (KCC)", "Ilse"),
    R("PHONE", "toestel 4412", P("4412")),
    R("PERSON", "Henriëtte van Beek-Oosterhof", "Henriëtte van Beek-Oosterhof", "H. van Beek-Oosterhof",
      "Van Beek-Oosterhof", "henriettevanbeek@kpnmail.nl"),
    R("ADDRESS", "Kerkweg 61B, 6721 TM Bennekom", "Kerkweg 61B", "6721 TM"),
    R("HEALTH", "man rolstoelgebonden", "rolstoelgebonden"),
    R("PHONE", "0318-41 77 26", P("0318-41 77 26", False)),
    R("PHONE", "06 2244 8917", P("06 2244 8917", False)),
    R("DOB", "30-09-1962"),
    R("PERSON", "Wouter Lamers", "Wouter Lamers"),
    R("PHONE", "055 527 28 14", P("055 527 28 14", False)),
], [
    K("EMAIL_FUNCTIONAL", "klantcontact@vallei-veluwe.nl"), K("EMAIL_FUNCTIONAL", "info@vallei-veluwe.nl"),
    K("EMAIL_FUNCTIONAL", "riolering@ede.nl"), K("REF", "M-2026-08813"), K("PLACE", "Bennekom"),
    K("PLACE", "Dijkgraaf"), K("PLACE", "Grift"), K("PLACE", "Edeseweg"), K("ORG", "gemeente Ede"),
    K("ROLE", "Heemraad Geurts"), K("ORG", "Waterschap Vallei en Veluwe"), K("PHONE_GENERAL", "055 527 29 11"),
    K("DATE", "24 augustus 2026"), K("ROLE", "gebiedsbeheerder"),
], font="Courier", mono="Courier", size=9.5, title="FW: melding M-2026-08813", author="Gijs Ten Brinke-Roelofsen"))

# ------------------------------------------------------------------ by19 rapport van bevindingen (WDODelta)
A(doc("by19_rapport_bevindingen_wdodelta", "docx", [
    "# Rapport van bevindingen",
    "Waterschap Drents Overijsselse Delta, team Toezicht en Handhaving. Zaaknummer: HH-2026-00562. Datum controle: "
    "dinsdag 14 juli 2026, 13.15 uur.",
    "## Opsteller",
    "Ik, Jan-Hendrik Scholten, toezichthouder en buitengewoon opsporingsambtenaar (BOA-registratienummer 118877), "
    "werkzaam bij het waterschap, verklaar het volgende.",
    "## Bevindingen",
    "Op 14 juli 2026 gold in het beheergebied een onttrekkingsverbod voor oppervlaktewater (beregeningsverbod, besluit "
    "van het dagelijks bestuur van 9 juli 2026). Tijdens een surveillance langs de Oude Vaart bij Rouveen zag ik op een "
    "perceel aan de Oude Rijksweg een haspelberegening in werking. De pomp stond in de Oude Vaart.",
    "Ter plaatse trof ik de heer Harm Jan Nijenhuis, geboren 03-11-1968, wonende op het adres Oude Rijksweg 211 (postcode 7954 GJ). Hij "
    "verklaarde bedrijfsleider te zijn van Loonbedrijf en Melkvee Nijenhuis Rouveen B.V. (KvK 05062279) en dat hij van het "
    "verbod niet op de hoogte was. Zijn zoon, Gerben Nijenhuis (06-13 58 20 47), zou de pomp die ochtend hebben "
    "aangezet. Ik heb de heer Nijenhuis gevraagd de beregening direct te stoppen; dat heeft hij om 13.40 uur gedaan.",
    "Ik heb vier foto's gemaakt (bijlage 1) en de coördinaten van de pomp vastgelegd (52.6185 N, 6.1823 O).",
    "## Vervolg",
    "Er volgt een voornemen tot het opleggen van een last onder dwangsom. Collega toezichthouder Anouk Mensink-Bos "
    "(a.mensink@wdodelta.nl) was als tweede toezichthouder aanwezig. Dit rapport is opgemaakt op 15 juli 2026 te "
    "Zwolle (postadres: Postbus 60, 8000 AB Zwolle).",
    "J.H. Scholten",
], [
    R("PERSON", "Jan-Hendrik Scholten", "Jan-Hendrik Scholten", "J.H. Scholten", "Scholten"),
    R("ID", "BOA-registratienummer 118877", "118877"),
    R("PERSON", "Harm Jan Nijenhuis", "Harm Jan Nijenhuis", "heer Nijenhuis"),
    R("DOB", "03-11-1968"),
    R("ADDRESS", "Oude Rijksweg 211, 7954 GJ Rouveen", "Oude Rijksweg 211", "7954 GJ"),
    R("PERSON", "Gerben Nijenhuis", "Gerben Nijenhuis"),
    R("PHONE", "06-13 58 20 47", P("06-13 58 20 47", False)),
    R("PERSON", "Anouk Mensink-Bos", "Anouk Mensink-Bos", "a.mensink@wdodelta.nl"),
], [
    K("ORG", "Waterschap Drents Overijsselse Delta"), K("REF", "HH-2026-00562"), K("DATE", "14 juli 2026"),
    K("DATE", "9 juli 2026"), K("DATE", "15 juli 2026"), K("PLACE", "Oude Vaart"), K("PLACE", "Rouveen"),
    K("KVK", "05062279"), K("ADDRESS_PUBLIC", "Postbus 60"),
    K("TERM", "beregeningsverbod"), K("TERM", "last onder dwangsom"), K("ROLE", "toezichthouder"),
    K("ORG", "team Toezicht en Handhaving"),
], font="Liberation Sans", size=10.5, title="Rapport van bevindingen HH-2026-00562", author="Scholten, J.H."))

# ------------------------------------------------------------------ by20 besluitenlijst DB Delfland
A(doc("by20_besluitenlijst_db_delfland", "rl", [
    "# Besluitenlijst vergadering dagelijks bestuur Hoogheemraadschap van Delfland",
    "Datum: 3 november 2026. Locatie: Gemeenlandshuis, Oude Delft 167, Delft.\n"
    "Aanwezig: dijkgraaf Piet-Hein Daverveldt (voorzitter), heemraad Van Nieuwkerk, heemraad Ter Laak-Groen, "
    "heemraad Bouwmeester, de secretaris-directeur. Notulist: Mirjam Oosterwijk.",
    "|Nr.|Onderwerp|Steller|Besluit",
    "|1|Vaststelling besluitenlijst 20 oktober 2026|M. Oosterwijk|Vastgesteld",
    "|2|Organisatie waterschapsverkiezingen 17 maart 2027: centraal stembureau, kandidaatstelling en opkomstcampagne|"
    "J.A.C. (Jochem) de Graaff-Vos|Akkoord; voorzitter centraal stembureau: dijkgraaf Daverveldt",
    "|3|Verdeling verkiezingskosten met 17 gemeenten (convenant)|Petra Wagenvoort|Akkoord, ter informatie naar AB",
    "|4|Boezemkade Schipluiden: aanbesteding fase 2|ir. Rachid Amrani|Gunning aan Van Hattum en Blankevoort",
    "|5|Beantwoording brief bewoner Westland over zoutschade kassen (zaak DL-2026-1187)|Maarten Kuyt|Akkoord met "
    "concept-antwoord; heemraad Bouwmeester tekent",
    "|6|Evaluatie inzet drone-inspecties kades|Sanne van Leeuwen-Prins|Aangehouden tot 17 november 2026",
    "|7|Woo-verzoek over verkiezingscommunicatie 2023 (zaak DL-2026-1204)|mr. Hidde Stolk|Deels openbaar maken; "
    "5.1.2e en 5.2.1",
    "Toelichting bij punt 5: de bewoner, de heer P.J. Zwinkels (Slaghek 12, 2691 PC 's-Gravenzande), ontvangt een afschrift "
    "van dit besluit. Zijn eerdere e-mail aan heemraad Van Nieuwkerk (pj.zwinkels@outlook.com) is als bijlage "
    "bij het dossier gevoegd.",
    "Contact: bestuurssecretariaat Delfland, telefoon 015 260 81 08, bestuurssecretariaat@hhdelfland.nl.",
], [
    R("PERSON", "Mirjam Oosterwijk", "Mirjam Oosterwijk", "M. Oosterwijk"),
    R("PERSON", "Jochem de Graaff-Vos", "J.A.C. (Jochem) de Graaff-Vos"),
    R("PERSON", "Petra Wagenvoort", "Petra Wagenvoort"),
    R("PERSON", "Rachid Amrani", "Rachid Amrani"),
    R("PERSON", "Maarten Kuyt", "Maarten Kuyt"),
    R("PERSON", "Sanne van Leeuwen-Prins", "Sanne van Leeuwen-Prins"),
    R("PERSON", "Hidde Stolk", "Hidde Stolk"),
    R("PERSON", "P.J. Zwinkels", "P.J. Zwinkels", "pj.zwinkels@outlook.com"),
    R("ADDRESS", "Slaghek 12, 2691 PC 's-Gravenzande", "Slaghek 12", "2691 PC"),
], [
    K("ORG", "Hoogheemraadschap van Delfland"), K("ROLE", "dijkgraaf Piet-Hein Daverveldt"),
    K("ROLE", "dijkgraaf Daverveldt"), K("ROLE", "heemraad Van Nieuwkerk"), K("ROLE", "heemraad Ter Laak-Groen"),
    K("ROLE", "heemraad Bouwmeester"), K("ORG", "Gemeenlandshuis"), K("ADDRESS_PUBLIC", "Oude Delft 167"),
    K("DATE", "3 november 2026"), K("DATE", "17 maart 2027"), K("PLACE", "Schipluiden"),
    K("ORG", "Van Hattum en Blankevoort"), K("REF", "DL-2026-1187"), K("REF", "DL-2026-1204"), K("PLACE", "Westland"), K("GROUND", "5.1.2e"), K("GROUND", "5.2.1"), K("PHONE_GENERAL", "015 260 81 08"),
    K("EMAIL_FUNCTIONAL", "bestuurssecretariaat@hhdelfland.nl"), K("TERM", "centraal stembureau"),
    K("ROLE", "secretaris-directeur"),
], font="DejaVuSerif", size=9.5, title="Besluitenlijst DB 3 november 2026", author="M. Oosterwijk",
    colw=[.06, .46, .2, .28]))

# ------------------------------------------------------------------ by21 brief Wetterskip aan gemeente: gecombineerde verkiezingen 2027
A(doc("by21_brief_verkiezingen_2027_wetterskip", "docx", [
    "Wetterskip Fryslân\nPostbus 36, 8900 AA Leeuwarden",
    "Aan het college van burgemeester en wethouders van de gemeente Smallingerland\nt.a.v. team Burgerzaken, "
    "de heer Sybren Jongsma\nPostbus 10000, 9200 HA Drachten",
    "Leeuwarden, 6 oktober 2026\nOns kenmerk: WF/2026/011902\nOnderwerp: organisatie Provinciale Staten- en "
    "waterschapsverkiezingen 17 maart 2027",
    "Geacht college,",
    "Op 17 maart 2027 vinden de verkiezingen voor Provinciale Staten van Fryslân en voor het algemeen bestuur van "
    "Wetterskip Fryslân gelijktijdig plaats. Zoals in eerdere jaren voert uw gemeente de stemming uit en vergoedt het "
    "Wetterskip een deel van de kosten volgens de verdeelsleutel van de Unie van Waterschappen en de VNG.",
    "Het centraal stembureau van het Wetterskip staat onder voorzitterschap van dijkgraaf Kroon; plaatsvervangend "
    "voorzitter is heemraad Rijpstra. De secretaris van het centraal stembureau, mevrouw Wiepkje Haagsma-Oostra, is uw "
    "aanspreekpunt (w.haagsma@wetterskipfryslan.nl, 058 292 26 03, mobiel 06-28 74 11 95).",
    "Wij vragen u om vóór 1 december 2026 het aantal stembureaus en de raming van het aantal stembureauleden door te "
    "geven. Voor de kandidaatstelling (2 februari 2027, dag van kandidaatstelling) is het Wetterskip zelf "
    "verantwoordelijk. Voor vragen over de modellen verwijzen wij naar de Kiesraad (www.kiesraad.nl).",
    "Uw medewerker, de heer Jongsma, gaf in het overleg van 22 september 2026 aan dat de gemeente in Drachten één "
    "stembureau minder inricht (De Lawei). Wij nemen dat over in de planning.",
    "Met vriendelijke groet,\nhet dagelijks bestuur van Wetterskip Fryslân,\n\nL. Kroon, dijkgraaf\n\n"
    "namens deze: Wiepkje Haagsma-Oostra, secretaris centraal stembureau",
    "Kopie: burgemeester Gebben, voorzitter hoofdstembureau Smallingerland (ter kennisname).",
], [
    R("PERSON", "Sybren Jongsma", "Sybren Jongsma", "heer Jongsma"),
    R("PERSON", "Wiepkje Haagsma-Oostra", "Wiepkje Haagsma-Oostra", "w.haagsma@wetterskipfryslan.nl",
      "w.haagsma"),
    R("PHONE", "058 292 26 03", P("058 292 26 03", False)),
    R("PHONE", "06-28 74 11 95", P("06-28 74 11 95", False)),
], [
    K("ORG", "Wetterskip Fryslân"), K("ADDRESS_PUBLIC", "Postbus 36"), K("PLACE", "Smallingerland"),
    K("ADDRESS_PUBLIC", "Postbus 10000"), K("PLACE", "Drachten"), K("DATE", "6 oktober 2026"), K("REF", "WF/2026/011902"),
    K("DATE", "17 maart 2027"), K("DATE", "1 december 2026"), K("DATE", "2 februari 2027"), K("DATE", "22 september 2026"),
    K("ROLE", "dijkgraaf Kroon"), K("PERSON_PUBLIC", "L. Kroon"), K("ROLE", "heemraad Rijpstra"),
    K("ORG", "Unie van Waterschappen"), K("ORG", "VNG"), K("ORG", "Kiesraad"), K("URL", "www.kiesraad.nl"),
    K("ORG", "De Lawei"), K("ROLE", "burgemeester Gebben"), K("TERM", "centraal stembureau"),
    K("TERM", "hoofdstembureau"),
], font="Liberation Sans", size=10.5, title="Organisatie verkiezingen 2027", author="w.haagsma"))

# ------------------------------------------------------------------ by32 aanmeldingen insprekers AB Wetterskip
_insp = [
    ("J.P. Hoekstra", "melkveehouder, Easterlittens", "jphoekstra@agrimail.nl", "06-30 58 12 94", "3 Peilbesluit Jouswierpolder"),
    ("Gerbrich Tolsma", "namens Doarpsbelang Easterlittens", "g.tolsma@easterlittens.frl", "0517-34 12 70", "3 Peilbesluit Jouswierpolder"),
    ("Auke de Boer", "akkerbouwer, Sint Jacobiparochie", "aukedeboer@live.nl", "06 4122 0863", "4 Zoetwatervoorziening"),
    ("SIEBREN VAN DER WEI", "particulier, Dokkum", "svdwei@gmail.com", "06-19 63 07 22", "5 Verkiezingen 2027"),
    ("Ytje Faber-Hoogterp", "particulier, Burgum", "ytjefaber@ziggo.nl", "0511-46 80 15", "4 Zoetwatervoorziening"),
]
A(doc("by32_insprekers_ab_wetterskip", "rl", [
    "# Aanmeldingen spreekrecht algemeen bestuur 17 juni 2026",
    "Wetterskip Fryslân, bestuurssecretariaat. Intern overzicht; insprekers zijn per e-mail bevestigd. Spreektijd "
    "maximaal 5 minuten per inspreker (Reglement van orde algemeen bestuur, artikel 21).",
    "|Naam|Hoedanigheid|E-mail|Telefoon|Agendapunt",
    *["|" + "|".join(r) for r in _insp],
    "Afgewezen: de heer Hylke Bosgra (Stiens) wilde inspreken over zijn eigen heffingsaanslag 2026 (aanslagnummer "
    "2026-4471-0913); verwezen naar de bezwaarprocedure bij de Invordering. Behandeld door Sjoukje Wiersma.",
    "Heemraad Van der Zee en dijkgraaf Kroon hebben het overzicht op 15 juni 2026 ontvangen.",
], [
    R("PERSON", "Jan Pieter Hoekstra", "J.P. Hoekstra", "jphoekstra@agrimail.nl"), R("PHONE", "06-30 58 12 94", P("06-30 58 12 94", False)),
    R("PERSON", "Gerbrich Tolsma", "Gerbrich Tolsma", "g.tolsma@easterlittens.frl"), R("PHONE", "0517-34 12 70", P("0517-34 12 70", False)),
    R("PERSON", "Auke de Boer", "Auke de Boer", "aukedeboer@live.nl"), R("PHONE", "06 4122 0863", P("06 4122 0863", False)),
    R("PERSON", "Siebren van der Wei", "SIEBREN VAN DER WEI", "svdwei@gmail.com"), R("PHONE", "06-19 63 07 22", P("06-19 63 07 22", False)),
    R("PERSON", "Ytje Faber-Hoogterp", "Ytje Faber-Hoogterp", "ytjefaber@ziggo.nl"), R("PHONE", "0511-46 80 15", P("0511-46 80 15", False)),
    R("PERSON", "Hylke Bosgra", "Hylke Bosgra"),
    R("ID", "aanslagnummer 2026-4471-0913", "2026-4471-0913"),
    R("PERSON", "Sjoukje Wiersma", "Sjoukje Wiersma", P("S. Wiersma", ch="metadata")),
], [
    K("ORG", "Wetterskip Fryslân"), K("DATE", "17 juni 2026"), K("DATE", "15 juni 2026"), K("PLACE", "Easterlittens"),
    K("ORG", "Doarpsbelang Easterlittens"), K("PLACE", "Sint Jacobiparochie"), K("PLACE", "Dokkum"), K("PLACE", "Burgum"),
    K("PLACE", "Stiens"), K("TERM", "Peilbesluit Jouswierpolder"), K("TERM", "Zoetwatervoorziening"),
    K("LAW", "Reglement van orde algemeen bestuur"), K("ROLE", "Heemraad Van der Zee"),
    K("ROLE", "dijkgraaf Kroon"), K("ORG", "Invordering"),
], font="Helvetica", size=9.5, landscape=True, title="Insprekers AB 17-06-2026", author="S. Wiersma",
    colw=[.18, .27, .22, .13, .2]))
