from lib import Doc

P = "PERSON"
DOCS = []

# vt05 Outlook thread with Vastgoed
DOCS.append(Doc("vt05_mail_vastgoed_huur", [
    "Van: Steenbergen-Mol, Laura <l.steenbergenmol@deventer.nl>",
    "Verzonden: dinsdag 4 februari 2025 16:12",
    "Aan: secretaris@degroenehoek-deventer.nl",
    "CC: Hoogeveen, Rik <r.hoogeveen@deventer.nl>; Kamphuis, Bas <b.kamphuis@deventer.nl>",
    "Onderwerp: RE: verlenging huurovereenkomst complex Zandweerd (VG-HUUR-2009-044)",
    "Beste mevrouw Van 't Veld,",
    "Dank voor uw brief. Intern bekijken we of een verlenging met vijf jaar mogelijk is, met een clausule over de "
    "ontwikkeling in de Omgevingsvisie Deventer 2040. Mijn collega Rik Hoogeveen (juridisch adviseur) stelt een concept "
    "op. Wethouder Okkerse-Visser wordt in haar portefeuilleoverleg van 18 februari geïnformeerd.",
    "Met vriendelijke groet,",
    "Laura Steenbergen-Mol",
    "Adviseur vastgoed | Team Vastgoed | gemeente Deventer",
    "T 0570 69 34 12 | M 06-22019385",
    "-----Oorspronkelijk bericht-----",
    "Van: Wilma van 't Veld <wilma.vantveld@ziggo.nl>",
    "Verzonden: maandag 3 februari 2025 21:47",
    "Aan: Steenbergen-Mol, Laura <l.steenbergenmol@deventer.nl>",
    "Onderwerp: verlenging huurovereenkomst complex Zandweerd",
    "Geachte mevrouw Steenbergen,",
    "Hierbij stuur ik u nogmaals onze brief van 14 januari, met de ledenlijst als bijlage. Graag horen wij wanneer u "
    "ons kunt ontvangen. Gerrit-Jan ter Haar en ik zijn beiden beschikbaar op dinsdagavond.",
    "Hartelijke groet,",
    "Wilma van 't Veld",
    "secretaris De Groene Hoek",
], [
    (P, ["Steenbergen-Mol", "Laura Steenbergen-Mol", "Steenbergen"]),
    ("EMAIL", ["l.steenbergenmol@deventer.nl", "r.hoogeveen@deventer.nl", "b.kamphuis@deventer.nl", "wilma.vantveld@ziggo.nl"]),
    (P, ["Hoogeveen, Rik", "Rik Hoogeveen"]), (P, ["Kamphuis, Bas"]),
    (P, ["Van 't Veld", "Wilma van 't Veld"]), (P, ["Gerrit-Jan ter Haar"]),
    ("PHONE", ["0570 69 34 12", "06-22019385"]),
], [
    ("EMAIL_FUNC", ["secretaris@degroenehoek-deventer.nl"]), ("REF", ["VG-HUUR-2009-044"]), ("LOC", ["Zandweerd"]),
    ("PERSON_PUBLIC", ["Wethouder Okkerse-Visser"]), ("MISC", ["Omgevingsvisie Deventer 2040"]), ("ORG", ["Team Vastgoed"]),
    ("ROLE", ["Adviseur vastgoed"]), ("ROLE", ["juridisch adviseur"]), ("ORG", ["De Groene Hoek"]), ("ORG", ["gemeente Deventer"]),
], meta={"Producer": "Microsoft Outlook for Microsoft 365", "Creator": "Microsoft Outlook"}))

# vt06 internal mail Vastgoed about shed, with sticky notes
DOCS.append(Doc("vt06_mail_intern_berging", [
    "Van: Hoogeveen, Rik <r.hoogeveen@deventer.nl>",
    "Verzonden: woensdag 9 april 2025 10:03",
    "Aan: Steenbergen-Mol, Laura <l.steenbergenmol@deventer.nl>",
    "CC: Toezicht en Handhaving <toezicht@deventer.nl>",
    "Onderwerp: bewoning berging tuin 31 - huurrechtelijke gevolgen",
    "Hoi Laura,",
    "Naar aanleiding van het rapport van de boa (zaak TH-2025-0412): permanente bewoning van een berging is in strijd met "
    "artikel 9 van de huurovereenkomst en met het omgevingsplan. De vereniging is huurder; wij spreken de vereniging aan, "
    "niet het lid. Ik stel voor dat het bestuur binnen zes weken zorgt dat de bewoning eindigt. Wel graag met oog voor de "
    "situatie van de heer Pasman: volgens de boa is hij sinds zijn scheiding dakloos en onder behandeling bij Dimence.",
    "Kun jij Bas bijpraten? Ik ben morgen niet bereikbaar, daarna weer op 06-51837260.",
    "Groet,",
    "Rik",
    "Rik Hoogeveen | juridisch adviseur Vastgoed | gemeente Deventer",
], [
    (P, ["Hoogeveen, Rik", "Rik Hoogeveen", "Rik"]), ("EMAIL", ["r.hoogeveen@deventer.nl", "l.steenbergenmol@deventer.nl"]),
    (P, ["Steenbergen-Mol, Laura", "Laura"]), (P, ["Pasman"]), ("HEALTH", ["onder behandeling bij Dimence"]),
    (P, ["Bas"]), ("PHONE", ["06-51837260"]),
    (P, ["Bas Kamphuis"], "annotations"), (P, ["Esther Wijnbergen"], "annotations"),
    ("PHONE", ["06-13579086"], "annotations"),
], [
    ("EMAIL_FUNC", ["toezicht@deventer.nl"]), ("ORG", ["Toezicht en Handhaving"]), ("REF", ["TH-2025-0412"]),
    ("MISC", ["omgevingsplan"]), ("MISC", ["tuin 31"]), ("ROLE", ["juridisch adviseur Vastgoed"]), ("ORG", ["gemeente Deventer"]),
    ("MISC", ["artikel 9 van de huurovereenkomst"]),
], meta={"Producer": "Microsoft Outlook for Microsoft 365"},
    hidden={"notes": [(0, "Bas Kamphuis", "Eens. Eerst sociaal wijkteam inschakelen (Esther Wijnbergen, 06-13579086)."),
                      (0, "Esther Wijnbergen", "Ik neem contact op met het bestuur.")]}))

# vt07 boa report
DOCS.append(Doc("vt07_boa_rapport", [
    "# Rapport van bevindingen",
    "Gemeente Deventer - Toezicht en Handhaving, domein I (openbare ruimte)",
    "Zaaknummer: TH-2025-0412",
    "Opgemaakt door: D. Verschoor, buitengewoon opsporingsambtenaar, BOA-pasnummer 4471-DV",
    "Tweede boa: N. Ouaziz-Lemmens, BOA-pasnummer 5108-DV",
    "Datum en tijd controle: 2 april 2025, 07.15 uur",
    "Locatie: volkstuincomplex Zandweerd, Jan van Arkelweg, Deventer, tuin 31",
    "## Bevindingen",
    "Op grond van een melding (MOR-2025-11873) hebben wij tuin 31 gecontroleerd. In de houten berging (ca. 3 x 4 meter) "
    "troffen wij een matras, een gaskomfoor, kleding en persoonlijke papieren aan. In de berging verbleef de heer "
    "Hendrikus Johannes Pasman, geboren 17 augustus 1968 te Olst. Hij verklaarde desgevraagd dat hij sinds november 2024 "
    "in de berging slaapt, nadat hij zijn woning aan de Kerksteeg had moeten verlaten.",
    "De heer Pasman gaf aan dat hij medicatie gebruikt tegen depressie en dat hij geen contact wil met zijn ex-partner, "
    "mevrouw Yvonne Pasman-Kloosterboer.",
    "Wij hebben de heer Pasman gewezen op het verbod op permanente bewoning (omgevingsplan, regels volkstuinen) en hem "
    "verwezen naar het Sociaal Wijkteam Deventer. Er is geen proces-verbaal opgemaakt. De melder, mevrouw J. Dijkhuis "
    "(tuin 3), is telefonisch op de hoogte gebracht (06-12873340).",
    "## Foto's",
    "Foto 1 tot en met 6 (niet bijgevoegd in deze versie).",
    "Opgemaakt naar waarheid en op ambtseed,",
    "D. Verschoor",
], [
    (P, ["D. Verschoor", "Verschoor"]), ("ID", ["4471-DV", "5108-DV"]), (P, ["N. Ouaziz-Lemmens"]),
    (P, ["Hendrikus Johannes Pasman", "Pasman"]), ("DOB", ["17 augustus 1968"]), ("HEALTH", ["medicatie gebruikt tegen depressie"]),
    (P, ["Yvonne Pasman-Kloosterboer"]), (P, ["J. Dijkhuis"]), ("PHONE", ["06-12873340"]),
], [
    ("ORG", ["Toezicht en Handhaving"]), ("REF", ["TH-2025-0412"]), ("REF", ["MOR-2025-11873"]), ("LOC", ["Jan van Arkelweg"]),
    ("ROLE", ["buitengewoon opsporingsambtenaar"]), ("ORG", ["Sociaal Wijkteam Deventer"]), ("MISC", ["omgevingsplan"]),
    ("MISC", ["tuin 31"]), ("LOC", ["Zandweerd"]), ("MISC", ["proces-verbaal"]), ("LOC", ["Olst"]),
], producer="rlttf", meta={"Producer": "iText 7.2.5 (c) Apryse", "Author": "Verschoor, D.", "Title": "Rapport van bevindingen"}))

# vt08 conflict letter of member (scan)
DOCS.append(Doc("vt08_klachtbrief_scan", [
    "# Aan het bestuur van De Groene Hoek",
    "Deventer, 12 mei 2025",
    "Geacht bestuur,",
    "Ik wil een klacht indienen over mijn buurman op tuin 23,",
    "de heer Marek Wisniewski. Hij heeft zijn composthoop",
    "tegen mijn schuur gezet en zijn hond loopt los.",
    "Toen ik hem erop aansprak, heeft hij mij uitgescholden.",
    "Ook Piet de Wit (tuin 7) heeft dit gezien.",
    "Ik wil dat het bestuur ingrijpt, anders stap ik",
    "naar de AVVN en naar de gemeente.",
    "",
    "Met vriendelijke groet,",
    "Kees Oudejans, tuin 22",
    "Weteringstraat 15, Deventer",
    "telefoon 06-30917462",
], [], [], producer="scan", meta={"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon iR-ADV C5535"},
    ocr_redact=[(P, ["Marek Wisniewski", "Wisniewski"]), (P, ["Piet de Wit"]), (P, ["Kees Oudejans", "Oudejans"]),
                ("ADDRESS", ["Weteringstraat 15"]), ("PHONE", ["06-30917462"])]))

# vt09 mediation referral letter (board)
DOCS.append(Doc("vt09_verwijzing_buurtbemiddeling", [
    "Volkstuinvereniging De Groene Hoek",
    "Aan: Stichting Buurtbemiddeling Deventer, t.a.v. mevrouw A. Roodbeen",
    "Deventer, 2 juni 2025",
    "Betreft: aanmelding conflict tuinen 22 en 23",
    "Beste mevrouw Roodbeen,",
    "Het bestuur meldt bij u een conflict aan tussen twee leden: de heer C.H. (Kees) Oudejans, tuin 22, en de heer "
    "Marek Wiśniewski, tuin 23. Het conflict loopt sinds het voorjaar van 2025 en gaat over een composthoop, een "
    "loslopende hond en over en weer beledigingen. Een gesprek met het bestuur op 20 mei 2025 heeft niet geholpen.",
    "Beide leden hebben toestemming gegeven voor buurtbemiddeling. U kunt de heer Oudejans bereiken via "
    "kees.oudejans@hetnet.nl, de heer Wiśniewski via m.wisniewski83@gmail.com of +31 6 2481 5530.",
    "Het bestuur wil graag weten of het gesprek op het complex mag plaatsvinden, in het verenigingsgebouw 'Het Tuinhuis'.",
    "Met vriendelijke groet,",
    "Ahmet Yılmaz, penningmeester, namens het bestuur",
], [
    (P, ["A. Roodbeen", "Roodbeen"]), (P, ["Kees", "Oudejans"]), (P, ["Marek Wiśniewski", "Wiśniewski"]),
    ("EMAIL", ["kees.oudejans@hetnet.nl", "m.wisniewski83@gmail.com"]), ("PHONE", ["+31 6 2481 5530"]),
    (P, ["Ahmet Yılmaz"]),
], [
    ("ORG", ["Stichting Buurtbemiddeling Deventer"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]),
    ("MISC", ["Het Tuinhuis"]), ("ROLE", ["penningmeester"]), ("MISC", ["tuinen 22 en 23"]), ("MISC", ["buurtbemiddeling"]),
], producer="docx", meta={"Author": "secretariaat De Groene Hoek"}))

# vt10 mediation agreement
DOCS.append(Doc("vt10_bemiddelingsafspraken", [
    "# Afsprakenformulier buurtbemiddeling",
    "Stichting Buurtbemiddeling Deventer  |  dossier BB-2025-0716",
    "Partij 1: Cornelis Hendrik Oudejans, Weteringstraat 15, Deventer",
    "Partij 2: Marek Wiśniewski, Oerdijk 88, Deventer",
    "Bemiddelaars: Annelies Roodbeen en Jurre Kolkman (vrijwilligers)",
    "Datum gesprek: 24 juni 2025, Het Tuinhuis, complex Zandweerd",
    "## Afspraken",
    "1. Marek verplaatst de composthoop vóór 1 juli naar de achterzijde van tuin 23.",
    "2. Marek houdt zijn hond Bruno aangelijnd op het complex.",
    "3. Kees en Marek spreken elkaar voortaan rustig aan; bij onenigheid bellen zij eerst de bemiddelaars.",
    "4. Over zes weken is er een evaluatiegesprek.",
    "Handtekening partij 1: C.H. Oudejans          Handtekening partij 2: M. Wiśniewski",
    "Dit formulier is vertrouwelijk en wordt alleen met toestemming van beide partijen gedeeld met het bestuur.",
], [
    (P, ["Cornelis Hendrik Oudejans", "C.H. Oudejans", "Kees"]), ("ADDRESS", ["Weteringstraat 15", "Oerdijk 88"]),
    (P, ["Marek Wiśniewski", "Marek", "M. Wiśniewski"]), (P, ["Annelies Roodbeen"]), (P, ["Jurre Kolkman"]),
], [
    ("ORG", ["Stichting Buurtbemiddeling Deventer"]), ("REF", ["BB-2025-0716"]), ("MISC", ["Het Tuinhuis"]),
    ("LOC", ["Zandweerd"]), ("MISC", ["Bruno"]), ("MISC", ["tuin 23"]), ("MISC", ["evaluatiegesprek"]),
], producer="rlttf", meta={"Producer": "Nitro Pro 13.70.2.40", "Author": "Annelies Roodbeen"}))

# vt11 WhatsApp export
DOCS.append(Doc("vt11_whatsapp_tuinders", [
    "# WhatsApp-chat met Tuinders Zandweerd",
    "Geëxporteerd door het bestuur op 20 mei 2025 (fragment, bijlage bij melding TH-2025-0412)",
    "[01-04-25 19:02] Joke Dijkhuis: Er brandt al weken 's nachts licht in de schuur van 31 🤔",
    "[01-04-25 19:05] Piet: Dat is Henk toch? Die slaapt daar volgens mij",
    "[01-04-25 19:06] Siham: Arme man, hij is zijn huis kwijt",
    "[01-04-25 19:11] Joke Dijkhuis: Ik heb het gemeld bij de gemeente, via 14 0570",
    "[01-04-25 19:14] Tante Truus: Niet zo snel oordelen allemaal. Ik breng hem morgen soep",
    "[01-04-25 19:20] Kees O.: Zolang die Polak op 23 zijn hond maar vastlegt 🙄",
    "[01-04-25 19:21] Siham: Kees, dit is niet de plek",
    "[01-04-25 19:30] Gerrit-Jan (voorzitter): Graag geen persoonlijke zaken in deze groep. Meldingen via secretaris@degroenehoek-deventer.nl",
    "[02-04-25 08:45] Piet: Boa's zijn er nu bij 31",
    "[02-04-25 08:47] Dorien V: Nummer van Henk is 06-87015324 als iemand hem wil bellen",
    "[02-04-25 09:10] Tante Truus: Ik ga wel even langs",
    "[15-04-25 20:01] Boudewijn: Wie heeft de sleutel van het hek? Hekwerk Tijhuis komt donderdag",
    "[15-04-25 20:03] Gerrit-Jan (voorzitter): Ligt bij Ahmet",
], [
    (P, ["Joke Dijkhuis"]), (P, ["Piet"]), (P, ["Henk"]), (P, ["Siham"]), (P, ["Tante Truus"]), (P, ["Kees O.", "Kees"]),
    (P, ["Gerrit-Jan"]), (P, ["Dorien V"]), ("PHONE", ["06-87015324"]), (P, ["Boudewijn"]), (P, ["Ahmet"]),
], [
    ("LOC", ["Zandweerd"]), ("REF", ["TH-2025-0412"]), ("PHONE_PUBLIC", ["14 0570"]),
    ("EMAIL_FUNC", ["secretaris@degroenehoek-deventer.nl"]), ("ORG", ["Hekwerk Tijhuis"]), ("ROLE", ["voorzitter"]),
], producer="rlttf", meta={"Producer": "PDFpen 13.0.4", "Creator": "PDFpen"}))
