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

# vt32 Woo decision (2 pages)
DOCS.append(Doc("vt32_woo_besluit", [
    "Gemeente Deventer  |  Grote Kerkhof 1  |  14 0570  |  woo@deventer.nl",
    "Aan: de heer M. Groeneveld-Aksoy",
    "Datum: 21 oktober 2025     Kenmerk: WOO-2026-0231-B",
    "Onderwerp: besluit op uw Woo-verzoek over de huurovereenkomst met Volkstuinvereniging De Groene Hoek",
    "Geachte heer Groeneveld-Aksoy,",
    "## 1. Uw verzoek",
    "Op 3 maart 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten over de huurovereenkomst "
    "voor volkstuincomplex Zandweerd. Bij brief van 10 maart 2026 hebben wij de ontvangst bevestigd.",
    "## 2. Besluit",
    "Wij maken 33 documenten deels openbaar. De documenten staan op de inventarislijst (bijlage 1).",
    "## 3. Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). De documenten bevatten namen, adressen, telefoonnummers en "
    "e-mailadressen van leden van de vereniging, van omwonenden, van bemiddelaars en van medewerkers van de gemeente die "
    "niet in de openbaarheid treden. Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het "
    "belang van openbaarheid. Namen van wethouder Okkerse-Visser, burgemeester König en de raadsleden maken wij wel openbaar.",
    "<<PAGE>>",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van betrokkenen maken "
    "wij niet openbaar.",
    "Identificatienummers en bankgegevens van eenmanszaken (KvK-nummer, btw-id, IBAN) zijn herleidbaar tot een natuurlijk "
    "persoon en worden daarom ook gelakt.",
    "## 4. Bezwaar",
    "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij ons college, Postbus 5000, "
    "7400 GC Deventer (Algemene wet bestuursrecht).",
    "Met vriendelijke groet,",
    "burgemeester en wethouders van Deventer,",
    "namens dezen,",
    "Femke Tigchelaar, Woo-coördinator",
    "Bijlagen: inventarislijst; documenten (deels openbaar).",
], [
    (P, ["M. Groeneveld-Aksoy", "Groeneveld-Aksoy"]), (P, ["Femke Tigchelaar"]),
], [
    ("LOC", ["Grote Kerkhof 1"]), ("EMAIL_FUNC", ["woo@deventer.nl"]), ("REF", ["WOO-2026-0231-B"]), ("LAW", ["Wet open overheid"]),
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("PERSON_PUBLIC", ["wethouder Okkerse-Visser"]), ("PERSON_PUBLIC", ["burgemeester König"]),
    ("LAW", ["Algemene wet bestuursrecht"]), ("ROLE", ["Woo-coördinator"]), ("LAW", ["artikel 5.1, tweede lid, onder e, Woo"]),
    ("LOC", ["Postbus 5000"]), ("LOC", ["Zandweerd"]), ("MISC", ["inventarislijst"]),
], producer="docx", meta={"Author": "Tigchelaar, F."}))

# vt33 inventory list (2 pages)
inv = [
    ("vt01", "Woo-verzoek", "03-03-2026"), ("vt02", "Ontvangstbevestiging", "10-03-2026"),
    ("vt03", "Brief bestuur over verlenging huur", "14-01-2025"), ("vt04", "Ledenlijst met tuinnummers", "01-02-2025"),
    ("vt05", "E-mail Team Vastgoed - vereniging", "04-02-2025"), ("vt06", "Interne e-mail berging tuin 31", "09-04-2025"),
    ("vt07", "Rapport van bevindingen boa", "02-04-2025"), ("vt08", "Klachtbrief lid (scan)", "12-05-2025"),
    ("vt09", "Aanmelding buurtbemiddeling", "02-06-2025"), ("vt10", "Afsprakenformulier bemiddeling", "24-06-2025"),
    ("vt11", "WhatsApp-export tuinders", "20-05-2025"), ("vt12", "Factuur hekwerk", "28-04-2025"),
    ("vt13", "Motie Volkstuinen blijven groen", "25-06-2025"), ("vt14", "Raadsinformatiebrief", "16-09-2025"),
    ("vt15", "Notulen bestuursvergadering", "15-04-2025"), ("vt16", "Aanmeldformulier wachtlijst", "-"),
    ("vt17", "Beslisnota huurovereenkomst", "26-08-2025"), ("vt18", "Persbericht", "01-10-2025"),
    ("vt19", "Presentielijst ALV (scan)", "09-12-2024"), ("vt20", "Raadsvragen en antwoorden", "06-05-2025"),
    ("vt21", "E-mail offerte hekwerk", "21-03-2025"), ("vt22", "Brief bestuur aan tuinder", "22-04-2025"),
    ("vt23", "E-mail evaluatie bemiddeling", "11-08-2025"), ("vt24", "Huurovereenkomst 2026-2035", "29-09-2025"),
    ("vt25", "Aantekeningen boa (scan)", "02-04-2025"), ("vt26", "Teams-chat Team Vastgoed", "09-04-2025"),
    ("vt27", "Brief AVVN", "02-05-2025"), ("vt28", "Subsidiebeschikking Groen Deventer", "08-04-2025"),
    ("vt29", "Factuur boomverzorging", "03-03-2025"), ("vt30", "Memo juridisch", "14-04-2025"),
    ("vt31", "E-mail melding buurtbewoner", "27-03-2025"), ("vt32", "Besluit op Woo-verzoek", "21-10-2025"),
]
lines = ["# Inventarislijst Woo-verzoek WOO-2026-0231", "Gemeente Deventer - bijlage 1 bij besluit WOO-2026-0231-B",
         "Nr | Document | Datum | Beoordeling | Grond | Toelichting"]
for i, (s, t, dt) in enumerate(inv):
    grond = "5.1.2e, 5.1.1d" if s in ("vt06", "vt07", "vt15", "vt23", "vt25", "vt26") else ("-" if s in ("vt13", "vt27") else "5.1.2e")
    beo = "openbaar" if grond == "-" else "deels openbaar"
    lines.append(f"{i + 1} | {t} | {dt} | {beo} | {grond} | {s}")
    if i == 17:
        lines.append("<<PAGE>>")
        lines.append("Nr | Document | Datum | Beoordeling | Grond | Toelichting")
lines += ["33 | Inventarislijst (dit document) | 21-10-2025 | openbaar | - | -",
          "Opgesteld door: Juridische Zaken, Woo-team (woo@deventer.nl). Beoordeeld: F.T. / L.H.O."]
DOCS.append(Doc("vt33_inventarislijst", lines, [
    ("PARAPH", ["F.T."]), ("PARAPH", ["L.H.O."]),
    (P, ["Femke Tigchelaar"], "metadata"),
], [
    ("REF", ["WOO-2026-0231"]), ("REF", ["WOO-2026-0231-B"]), ("MISC", ["deels openbaar"]), ("MISC", ["5.1.2e"]), ("MISC", ["5.1.1d"]),
    ("MISC", ["Motie Volkstuinen blijven groen"]), ("MISC", ["Raadsinformatiebrief"]), ("MISC", ["Huurovereenkomst 2026-2035"]),
    ("MISC", ["Subsidiebeschikking Groen Deventer"]), ("ORG", ["Juridische Zaken"]), ("EMAIL_FUNC", ["woo@deventer.nl"]),
    ("MISC", ["Teams-chat Team Vastgoed"]), ("MISC", ["Brief AVVN"]), ("MISC", ["Ledenlijst met tuinnummers"]),
    ("MISC", ["Rapport van bevindingen boa"]), ("MISC", ["Persbericht"]), ("MISC", ["Beslisnota huurovereenkomst"]),
], producer="rl", meta={"Producer": "Microsoft® Excel® 2019", "Author": "Femke Tigchelaar"}))
