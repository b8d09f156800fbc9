"""Documents bu25-bu30 of set BU."""
DOCS = []

# bu25 Woo request by e-mail from a journalist + acknowledgement
DOCS.append(dict(
    id="bu25_woo_verzoek_journalist", font="Helvetica", size=9, title="Woo-verzoek medevac-kosten",
    foot="Postbus Woo BZK - woo@minbzk.nl",
    body="""
<b>Van:</b> Leticia Goilo-Mathew &lt;leticia.goilo@bonaire.nu&gt;<br/><b>Verzonden:</b> maandag 1 juni 2026 10:14<br/><b>Aan:</b> Woo BZK &lt;woo@minbzk.nl&gt;; Woo VWS &lt;woo@minvws.nl&gt;<br/><b>Onderwerp:</b> Woo-verzoek medische uitzendingen Caribisch Nederland
Geachte heer/mevrouw,
Als journalist van BES-reporter en Bonaire.nu verzoek ik op grond van de Wet open overheid om alle documenten over de
kosten van medische uitzendingen (medevac) van Bonaire, Sint Eustatius en Saba naar Colombia, Curaçao en Aruba in 2025.
Ik ben bereikbaar op +599 701 8823. Mijn collega Miguel Ángel Zuidhoek-Ramírez (miguel@bonaire.nu) kan mij vervangen.
Met vriendelijke groet,<br/>Leticia Goilo-Mathew<br/>Kaya Korona 55, Kralendijk
---
<b>Van:</b> Woo BZK<br/><b>Verzonden:</b> dinsdag 2 juni 2026 08:30<br/><b>Aan:</b> Leticia Goilo-Mathew<br/><b>Onderwerp:</b> Ontvangstbevestiging Woo-verzoek 2026-0000431190
Geachte mevrouw Goilo-Mathew,
Wij hebben uw Woo-verzoek ontvangen. Het kenmerk is 2026-0000431190. Omdat het verzoek ook het ministerie van
Volksgezondheid, Welzijn en Sport betreft, stemmen wij af met Zorg en Jeugd Caribisch Nederland. Uw verzoek wordt
behandeld door mevrouw Wendelien Spoorenberg (Woo-team DGKR, 070 426 7712). Het algemene nummer van BZK is 1400.
Met vriendelijke groet,<br/>Team Woo, ministerie van BZK
""",
    redact=[
        ("PERSON", "Leticia Goilo-Mathew", ["Leticia Goilo-Mathew", "Goilo-Mathew"]), ("EMAIL", "leticia.goilo@bonaire.nu", ["~leticia.goilo@bonaire.nu"]),
        ("PHONE", "+599 701 8823", ["~+599 701 8823"]), ("PERSON", "Miguel Ángel Zuidhoek-Ramírez", ["Miguel Ángel Zuidhoek-Ramírez"]),
        ("EMAIL", "miguel@bonaire.nu", ["~miguel@bonaire.nu"]), ("ADDRESS", "Kaya Korona 55", ["Kaya Korona 55"]),
        ("PERSON", "Wendelien Spoorenberg", ["Wendelien Spoorenberg"]), ("PHONE", "070 426 7712", ["~070 426 7712"]),
    ],
    keep=[("EMAIL", "~woo@minbzk.nl"), ("EMAIL", "~woo@minvws.nl"), ("ORG", "BES-reporter"), ("ORG", "Bonaire.nu"),
          ("LAW", "Wet open overheid"), ("REF", "~2026-0000431190"), ("ORG", "Zorg en Jeugd Caribisch Nederland"),
          ("ORG", "Woo-team DGKR"), ("PHONE", "1400"), ("ORG", "Team Woo"), ("PLACE", "Aruba"), ("PLACE", "Colombia"),
          ("ORG", "Volksgezondheid, Welzijn en Sport")],
))

# bu26 JICN incident report (detainee), capitals and numbers
DOCS.append(dict(
    id="bu26_jicn_incidentmelding", font="LibSans", size=9, title="Incidentmelding JICN",
    head=["Justitiële Inrichting Caribisch Nederland (JICN)", "Kaya Industria z/n - Kralendijk - Bonaire"],
    foot="JICN - incidentmelding - intern", pagefmt="Blad {n}",
    body="""
## INCIDENTMELDING nr. JICN-IM-2026-0207
| Datum | 19-10-2026, 14:20 uur |
| Afdeling | Huis van Bewaring, vleugel B |
| Gedetineerde | MARTHA, Giandro Ezequiel (reg.nr. 26-0311), cel B-14 |
| Medegedetineerde | Yeferson Arrieta Mosquera (reg.nr. 26-0287) |
| Melder | PIW'er Stanley Frans (dienstnummer 4471) |
| Leidinggevende | unithoofd L.E.M. Hooft-van Kampen |
## Toedracht
Tijdens de luchtmomenten ontstond een woordenwisseling tussen Martha en Arrieta Mosquera. Martha sloeg Arrieta in
het gezicht. De inrichtingsarts heeft Arrieta onderzocht: lichte hoofdwond, gehecht. Martha zit voorlopig gedetineerd
voor een overval op een supermarkt in Hato. Hij is in afzondering geplaatst (art. 49 Beginselenwet justitiële
inrichtingen BES). De Commissie van Toezicht JICN en de directeur van de JICN zijn geïnformeerd.
Getekend: S. Frans, L.E.M. Hooft-van Kampen
""",
    redact=[
        ("PERSON", "Giandro Ezequiel Martha", ["MARTHA, Giandro Ezequiel", "Martha"]), ("ID", "reg.nr.", ["26-0311", "26-0287"]),
        ("PERSON", "Yeferson Arrieta Mosquera", ["Yeferson Arrieta Mosquera", "Arrieta Mosquera", "Arrieta"]),
        ("PERSON", "Stanley Frans", ["Stanley Frans", "S. Frans"]), ("ID", "dienstnummer", ["4471"]),
        ("PERSON", "L.E.M. Hooft-van Kampen", ["Hooft-van Kampen"]),
        ("HEALTH", "lichte hoofdwond", ["lichte hoofdwond, gehecht"]),
        ("CRIMINAL", "overval", ["overval op een supermarkt in Hato"]),
    ],
    keep=[("ORG", "Justitiële Inrichting Caribisch Nederland"), ("ORG", "JICN"), ("ADDRESS", "Kaya Industria z/n"),
          ("REF", "~JICN-IM-2026-0207"), ("ORG", "Huis van Bewaring"), ("LAW", "Beginselenwet justitiële inrichtingen BES"),
          ("ORG", "Commissie van Toezicht JICN"), ("TITLE", "inrichtingsarts"), ("TITLE", "unithoofd"), ("TITLE", "directeur van de JICN")],
))

# bu27 Sacred Heart School Saba staff meeting notes (English, first names)
DOCS.append(dict(
    id="bu27_sacred_heart_staff_notes", producer_kind="docx", docx_font="Carlito", title="Staff meeting notes",
    author="Joanne", head=["Sacred Heart Primary School - Saba"], foot="Internal - staff only",
    body="""
## Staff meeting notes - Wednesday October 21, 2026
Present: Joanne (chair), Ricardo, Sherida, Mr. Bernhard van Bommel, Ms. Cheryl Gumbs, Juf Sanne (intern, Hogeschool Utrecht)
Absent: Ricardo's sub, Mrs. Althea Hassell (sick leave, burn-out)
1. Reading program. Sherida reports that Group 4 improved on the DMT. The Expertisecentrum Onderwijs Zorg (EOZ) of RCN-unit OCW will visit in November.
2. Pupil care. Kiyana (Group 6) is absent a lot; her mother Sharissa Johnson works nights at the Saba University School of Medicine. Ricardo will call the Youth Care Team (Jeugdzorg Caribisch Nederland). Joanne informs the school board.
3. Hurricane drills with the Saba Fire Department on Nov 3. Contact: fire department's general number +599 416 3333.
4. Next meeting Nov 18. Notes: Cheryl.
""",
    redact=[
        ("PERSON", "Joanne", ["Joanne"]), ("PERSON", "Ricardo", ["Ricardo"]), ("PERSON", "Sherida", ["Sherida"]),
        ("PERSON", "Bernhard van Bommel", ["Bernhard van Bommel"]), ("PERSON", "Cheryl Gumbs", ["Cheryl Gumbs", "Cheryl"]),
        ("PERSON", "Sanne", ["Sanne"]), ("PERSON", "Althea Hassell", ["Althea Hassell"]), ("HEALTH", "burn-out", ["sick leave, burn-out"]),
        ("PERSON", "Kiyana", ["Kiyana"]), ("PERSON", "Sharissa Johnson", ["Sharissa Johnson"]),
    ],
    keep=[("ORG", "Sacred Heart Primary School"), ("ORG", "Hogeschool Utrecht"), ("PRODUCT", "DMT"),
          ("ORG", "Expertisecentrum Onderwijs Zorg"), ("ORG", "RCN-unit OCW"), ("ORG", "Saba University School of Medicine"),
          ("ORG", "Jeugdzorg Caribisch Nederland"), ("ORG", "Saba Fire Department"), ("PHONE", "~+599 416 3333"), ("ORG", "EOZ")],
))

# bu28 Colombian clinic invoice to ZVK (Spanish/English), cédula numbers, two pages
DOCS.append(dict(
    id="bu28_factura_clinica_medevac", font="DejaVuSans", size=8.6, title="Factura FE-77120",
    head=["Clínica Las Américas AUNA - Medellín, Colombia", "NIT 800.067.065-9 - Diagonal 75B No. 2A-80 - PBX +57 604 342 1010"],
    foot="Factura electrónica de venta FE-77120 - Resolución DIAN 18764000001234", pagefmt="Página {n} de 2",
    body="""
## FACTURA ELECTRÓNICA DE VENTA FE-77120
Cliente: Zorgverzekeringskantoor Caribisch Nederland (ZVK), Kaya Neerlandia 41, Kralendijk, Bonaire
Paciente: JANGA-FRANS, EUDELIA MARTHA - Pasaporte NLD NP4K8RT71 - ZVK 55-018273
Fecha de ingreso: 09-09-2026   Fecha de egreso: 21-09-2026
Médico tratante: Dr. Andrés Felipe Ospina Giraldo (cardiología), Dra. Valentina Restrepo Arango (medicina interna)
| Código | Descripción | Cant. | Valor (COP) |
| 39.5 | Angioplastia coronaria con stent (PCI) | 1 | 38.400.000 |
| 89.52 | Electrocardiograma | 6 | 720.000 |
| HAB-UCI | Habitación UCI cardiovascular | 4 | 19.600.000 |
| HAB-IND | Habitación individual | 8 | 9.120.000 |
| MED | Medicamentos (insulina, clopidogrel) | 1 | 3.215.400 |
Total: COP 71.055.400 (aprox. USD 17.480)
---
Acompañante: JANGA, RIGNALD (hijo), cédula de extranjería no aplica, pasaporte NW87KL2P3.
Autorizado por ZVK, carta de garantía GL-2026-0912 firmada por L. Thomassen.
Facturado por: Catalina Mejía Uribe, analista de facturación internacional, cmejia@clinicalasamericas.com.co
Pago: Bancolombia, cuenta corriente 1042 5580 3321
""",
    redact=[
        ("PERSON", "Eudelia Martha Janga-Frans", ["JANGA-FRANS, EUDELIA MARTHA"]), ("ID", "pasaporte", ["NP4K8RT71"]),
        ("ID", "ZVK", ["55-018273"]), ("PERSON", "Andrés Felipe Ospina Giraldo", ["Andrés Felipe Ospina Giraldo"]),
        ("PERSON", "Valentina Restrepo Arango", ["Valentina Restrepo Arango"]),
        ("HEALTH", "treatment", ["Angioplastia coronaria con stent", "insulina, clopidogrel"]),
        ("PERSON", "Rignald Janga", ["JANGA, RIGNALD"]), ("ID", "passport", ["NW87KL2P3"]),
        ("PERSON", "L. Thomassen", ["L. Thomassen"]), ("PERSON", "Catalina Mejía Uribe", ["Catalina Mejía Uribe"]),
        ("EMAIL", "cmejia@", ["~cmejia@clinicalasamericas.com.co"]),
    ],
    keep=[("ORG", "Clínica Las Américas AUNA"), ("PLACE", "Medellín"), ("REF", "~FE-77120"), ("ORG", "Zorgverzekeringskantoor Caribisch Nederland"),
          ("ADDRESS", "Kaya Neerlandia 41"), ("PHONE", "~+57 604 342 1010"), ("ORG", "DIAN"), ("ORG", "Bancolombia"),
          ("ACCOUNT_ORG", "~1042 5580 3321"), ("REF", "~GL-2026-0912"), ("TITLE", "analista de facturación internacional"),
          ("ORG", "~NIT 800.067.065-9")],
))

# bu29 Teams chat DGKR (names 'Surname, First (DGKR)')
DOCS.append(dict(
    id="bu29_teams_chat_dgkr", font="LibSans", size=8.8, title="Teams-chat Kamervragen medevac",
    foot="Geëxporteerd uit Microsoft Teams - 23-10-2026",
    body="""
## Chat: Kamervragen Wuite medevac (4 deelnemers)
<b>Spoorenberg, Wendelien (DGKR)</b>  22-10 09:02<br/>Goedemorgen! De vragen van het lid Wuite over de medevac naar Colombia zijn binnen. Termijn 3 weken.
<b>Kuipers-Obersi, Rachida (VWS/DCN)</b>  22-10 09:10<br/>VWS trekt, wij leveren de cijfers van ZJCN. Ik vraag het aan Ruud bij het ZVK.
<b>Spoorenberg, Wendelien (DGKR)</b>  22-10 09:12<br/>Top Rachida. Let op: geen patiëntnamen in de antwoorden, ook niet de casus van mevrouw J. uit september.
<b>Hoorn, Erik van (DGKR/DCN)</b>  22-10 09:30<br/>Eens. DG wil de conceptantwoorden vrijdag; de staatssecretaris tekent mee. Woordvoering: Jorrit (Communicatie BZK) is op de hoogte.
<b>Brinkman, Jorrit (BZK/Communicatie)</b>  22-10 10:05<br/>Ik stem de lijn af met de woordvoerder van VWS. Bel me gerust: 06 1093 5527.
<b>Kuipers-Obersi, Rachida (VWS/DCN)</b>  22-10 16:44<br/>Cijfers 2025: 1.412 uitzendingen, waarvan 96 naar Colombia. Bron: ZJCN jaarverslag.
""",
    redact=[
        ("PERSON", "Wendelien Spoorenberg", ["Spoorenberg, Wendelien"]), ("PERSON", "Rachida Kuipers-Obersi", ["Kuipers-Obersi, Rachida", "Rachida"]),
        ("PERSON", "Ruud", ["Ruud"]), ("PERSON", "mevrouw J.", ["mevrouw J."]), ("PERSON", "Erik van Hoorn", ["Hoorn, Erik van"]),
        ("PERSON", "Jorrit Brinkman", ["Brinkman, Jorrit", "Jorrit"]), ("PHONE", "06 1093 5527", ["~06 1093 5527"]),
    ],
    keep=[("PERSON_PUBLIC", "het lid Wuite"), ("ORG", "ZJCN"), ("ORG", "ZVK"), ("ORG", "VWS"), ("PLACE", "Colombia"),
          ("ORG", "Communicatie BZK"), ("ORG", "DGKR"), ("TITLE", "staatssecretaris"), ("PRODUCT", "Microsoft Teams")],
))

# bu30 AcroForm: subsidy application with values only in form fields
DOCS.append(dict(
    id="bu30_aanvraagformulier_formvelden", font="Helvetica", size=9.5, title="Aanvraagformulier Regeling energietoeslag BES",
    head=["Openbaar Lichaam Sint Eustatius", "Aanvraagformulier Regeling energietoeslag BES 2026"],
    foot="Formulier ET-BES-2026 v1.2 - indienen bij Social Domain, Oranjestad",
    form=[("Naam aanvrager", "naam", "Desmond Lopes-Woodley"), ("Adres", "adres", "Rosemary Lane 41, Oranjestad"),
          ("CRIB-nummer", "crib", "311 407 982"), ("Telefoon", "tel", "+599 587 2246"),
          ("E-mail", "email", "dlopes.woodley@outlook.com")],
    body="""
## Regeling energietoeslag BES 2026
Met dit formulier vraagt u de energietoeslag aan op grond van de Regeling energietoeslag BES 2026 van het ministerie van
Sociale Zaken en Werkgelegenheid. Stuur het ingevulde formulier naar socialdomain@statiagov.com of lever het in bij de
Government Guesthouse in Oranjestad.
""",
    redact=[
        ("PERSON", "Desmond Lopes-Woodley", ["Desmond Lopes-Woodley"]), ("ADDRESS", "Rosemary Lane 41", ["Rosemary Lane 41"]),
        ("ID", "CRIB-nummer", ["~311 407 982"]), ("PHONE", "+599 587 2246", ["~+599 587 2246"]),
        ("EMAIL", "dlopes.woodley@outlook.com", ["~dlopes.woodley@outlook.com"]),
    ],
    keep=[("LAW", "Regeling energietoeslag BES 2026"), ("EMAIL", "~socialdomain@statiagov.com"), ("ORG", "Government Guesthouse"),
          ("ORG", "Openbaar Lichaam Sint Eustatius"), ("PLACE", "Oranjestad"), ("ORG", "Social Domain")],
))
