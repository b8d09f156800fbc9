from lib import Doc

P = "PERSON"
DOCS = []

# vt28 subsidy decision
DOCS.append(Doc("vt28_subsidiebeschikking", [
    "Gemeente Deventer  |  Postbus 5000, 7400 GC Deventer  |  14 0570",
    "Aan: Volkstuinvereniging De Groene Hoek, t.a.v. de heer A. Yılmaz, penningmeester",
    "Datum: 8 april 2025     Kenmerk: SUB-GD-2025-0094",
    "Onderwerp: beschikking subsidie Groen Deventer",
    "Geachte heer Yılmaz,",
    "Op 24 maart 2025 ontvingen wij uw aanvraag voor subsidie uit de regeling Groen Deventer 2024-2027 voor de vervanging "
    "van het hekwerk op complex Zandweerd. Wij verlenen u een subsidie van EUR 4.000,00 op grond van de Algemene "
    "subsidieverordening Deventer 2023. Het bedrag maken wij over op rekening NL91 INGB 0006 5432 10 t.n.v. "
    "Volkstuinvereniging De Groene Hoek.",
    "Bezwaar: binnen zes weken na de datum van deze brief kunt u bezwaar maken bij ons college (Algemene wet bestuursrecht).",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "Youssef Benali",
    "subsidieadviseur, team Subsidies",
    "Behandeld door: Y. Benali, y.benali@deventer.nl, 0570 69 32 48",
], [
    (P, ["A. Yılmaz", "Yılmaz"]), (P, ["Youssef Benali", "Y. Benali"]), ("EMAIL", ["y.benali@deventer.nl"]), ("PHONE", ["0570 69 32 48"]),
], [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("REF", ["SUB-GD-2025-0094"]), ("MISC", ["Groen Deventer 2024-2027"]),
    ("LAW", ["Algemene subsidieverordening Deventer 2023"]), ("LAW", ["Algemene wet bestuursrecht"]), ("MISC", ["EUR 4.000,00"]),
    ("ORG_IBAN", ["NL91 INGB 0006 5432 10"]), ("ROLE", ["subsidieadviseur"]), ("PHONE_PUBLIC", ["14 0570"]), ("LOC", ["Zandweerd"]),
    ("ROLE", ["penningmeester"]),
], producer="rlttf", meta={"Producer": "Aspose.Words for .NET 23.1", "Creator": "Corsa"}))

# vt29 invoice tree surgeon (sole trader)
DOCS.append(Doc("vt29_factuur_boomverzorging", [
    "# Factuur",
    "Boomverzorging Stijn ten Brinke",
    "Lindenlaan 3, 7431 BM Diepenveen  |  06 - 34 56 78 12  |  stijn@tenbrinkeboomverzorging.nl",
    "KvK 85519327  |  btw-id NL004412389B08  |  IBAN NL12 TRIO 0198 7654 32",
    "Aan: Volkstuinvereniging De Groene Hoek, Jan van Arkelweg, Deventer",
    "Factuurnummer F-2025-088   Datum 3 maart 2025",
    "Werkzaamheden | Bedrag",
    "Snoeien 6 knotwilgen langs de Zandweerdse sloot | EUR 540,00",
    "Rooien dode es (essentaksterfte) bij tuin 40, incl. VCA-gecertificeerde hoogwerker | EUR 785,00",
    "Afvoer groenafval naar Circulus | EUR 95,00",
    "Totaal excl. btw EUR 1.420,00  |  btw 21% EUR 298,20  |  Totaal EUR 1.718,20",
    "Graag betalen binnen 14 dagen op NL12 TRIO 0198 7654 32 t.n.v. S.W. ten Brinke.",
], [
    (P, ["Stijn ten Brinke", "S.W. ten Brinke"]), ("ADDRESS", ["Lindenlaan 3", "7431 BM"]), ("PHONE", ["06 - 34 56 78 12"]),
    ("EMAIL", ["stijn@tenbrinkeboomverzorging.nl"]), ("ID", ["85519327"]), ("ID", ["NL004412389B08"]), ("IBAN", ["NL12 TRIO 0198 7654 32"]),
], [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("LOC", ["Jan van Arkelweg"]), ("REF", ["F-2025-088"]), ("ORG", ["Circulus"]),
    ("MISC", ["essentaksterfte"]), ("MISC", ["VCA-gecertificeerde"]), ("MISC", ["EUR 1.718,20"]), ("LOC", ["Diepenveen"]), ("MISC", ["knotwilgen"]),
], producer="rl", meta={"Producer": "Nitro PDF Creator 10", "Creator": "e-Boekhouden.nl"}))

# vt30 legal memo with sticky notes (2 pages)
DOCS.append(Doc("vt30_memo_juridisch", [
    "# Memo",
    "Aan: B. Kamphuis, teamleider Vastgoed",
    "Van: R. Hoogeveen, juridisch adviseur",
    "Datum: 14 april 2025     Dossier: VG-2025-0331",
    "Onderwerp: bewoning berging volkstuin - positie gemeente als verhuurder",
    "## Vraag",
    "Kan de gemeente de huurovereenkomst met Volkstuinvereniging De Groene Hoek ontbinden omdat een lid in een berging woont?",
    "## Analyse",
    "De huurovereenkomst is een huur van onbebouwde grond (artikel 7:201 BW); de bepalingen over woonruimte (artikel 7:232 "
    "BW) zijn niet van toepassing. Artikel 9 van de overeenkomst verbiedt bewoning. Een tekortkoming van de huurder "
    "rechtvaardigt ontbinding alleen als zij ernstig genoeg is (artikel 6:265 BW). Eén geval, waarop het bestuur direct "
    "heeft gereageerd, is dat niet. Zie ook Hof Arnhem-Leeuwarden, ECLI:NL:GHARL:2019:4412.",
    "<<PAGE>>",
    "## Handhaving publiekrecht",
    "Naast de huurrechtelijke route kan het college handhaven op grond van het omgevingsplan (Omgevingswet, artikel 5.1). "
    "Gezien de kwetsbare positie van de betrokkene adviseer ik eerst hulp via het Sociaal Wijkteam, daarna pas een "
    "vooraankondiging last onder dwangsom.",
    "## Advies",
    "Geen ontbinding; de vereniging schriftelijk wijzen op artikel 9 en een termijn van zes weken geven.",
    "R. Hoogeveen",
], [
    (P, ["B. Kamphuis"]), (P, ["R. Hoogeveen"]),
    (P, ["Laura S."], "annotations"), (P, ["Kamphuis, B."], "annotations"), ("PHONE", ["0570 69 34 12"], "annotations"),
], [
    ("ROLE", ["teamleider Vastgoed"]), ("ROLE", ["juridisch adviseur"]), ("REF", ["VG-2025-0331"]), ("LAW", ["artikel 7:201 BW"]),
    ("LAW", ["artikel 6:265 BW"]), ("REF", ["ECLI:NL:GHARL:2019:4412"]), ("ORG", ["Hof Arnhem-Leeuwarden"]), ("LAW", ["Omgevingswet"]),
    ("ORG", ["Sociaal Wijkteam"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("MISC", ["last onder dwangsom"]),
], producer="rl", meta={"Producer": "Microsoft® Word 2016"},
    hidden={"notes": [(0, "Laura S.", "Klopt, ik bel de secretaris. Ik ben bereikbaar op 0570 69 34 12."),
                      (1, "Kamphuis, B.", "Akkoord met advies. Wethouder informeren in PFO.")]}))

# vt31 neighbour complaint mail thread (2 pages)
DOCS.append(Doc("vt31_mail_klacht_buurtbewoner", [
    "Van: Toezicht en Handhaving <toezicht@deventer.nl>",
    "Verzonden: donderdag 27 maart 2025 09:31",
    "Aan: 'H. van der Kolk-Zwart' <hannekevdkolk@live.nl>",
    "Onderwerp: RE: melding MOR-2025-11873 volkstuinen Zandweerd",
    "Geachte mevrouw Van der Kolk,",
    "Dank voor uw melding. Een boa gaat binnen twee weken ter plaatse kijken. Wij kunnen u over de uitkomst geen persoonlijke "
    "informatie geven; wel laten wij weten of de melding is afgehandeld.",
    "Met vriendelijke groet,",
    "Team Toezicht en Handhaving",
    "namens dezen, Noor Ouaziz-Lemmens, boa",
    "-----Oorspronkelijk bericht-----",
    "Van: Hanneke van der Kolk <hannekevdkolk@live.nl>",
    "Verzonden: woensdag 26 maart 2025 22:05",
    "Aan: toezicht@deventer.nl",
    "Onderwerp: melding volkstuinen Zandweerd",
    "Goedenavond,",
    "Ik woon aan de Jan van Arkelweg 52 tegenover de volkstuinen. Al maanden zie ik 's avonds een man de tuinen op gaan en "
    "'s ochtends weer vertrekken. Er brandt een gaskomfoor. Ik maak mij zorgen over brandgevaar.",
    "<<PAGE>>",
    "Ook staat er regelmatig een oude rode Volvo met kenteken 54-KLT-9 voor het hek.",
    "Mijn buurvrouw, mevrouw Ellen Schuurman, heeft het ook gezien.",
    "U kunt mij bellen op 0570-612 905.",
    "Met vriendelijke groet,",
    "Hanneke van der Kolk",
], [
    (P, ["H. van der Kolk-Zwart", "Van der Kolk", "Hanneke van der Kolk"]), ("EMAIL", ["hannekevdkolk@live.nl"]),
    (P, ["Noor Ouaziz-Lemmens"]), ("ADDRESS", ["Jan van Arkelweg 52"]), ("ID", ["54-KLT-9"]), (P, ["Ellen Schuurman"]),
    ("PHONE", ["0570-612 905"]),
], [
    ("EMAIL_FUNC", ["toezicht@deventer.nl"]), ("ORG", ["Toezicht en Handhaving"]), ("REF", ["MOR-2025-11873"]), ("LOC", ["Zandweerd"]),
    ("MISC", ["Volvo"]), ("MISC", ["gaskomfoor"]),
], producer="rlttf", meta={"Producer": "Microsoft Outlook for Microsoft 365"}))
