"""Set mixed53, documents 01-08: Belastingdienst, Toeslagen, CJIB, politie, BOA, beslisnota JenV."""
from make_set import Doc


def R(kind, value, *probes):
    return (kind, value, list(probes))


K = R
DOCS = []

# ------------------------------------------------------------------------------------------------
# 01 Belastingdienst: beslissing op verzoek om kwijtschelding (letter to a citizen)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk01-kwijtschelding-beslissing", font="Helvetica", size=10,
    footer="Belastingdienst  |  Kantoor Apeldoorn  |  www.belastingdienst.nl  |  Postbus 9048, 7300 GK Apeldoorn",
    meta={"Title": "Beslissing kwijtschelding IB 2023", "Author": "Belastingdienst"},
    blocks=[
        ("cols", [("<b>Belastingdienst</b><br/>Particulieren / Invordering<br/>Postbus 9048<br/>7300 GK Apeldoorn",
                   "Datum 22 april 2025<br/>Aanslagnummer 2186.67.322.H.56<br/>Behandeld door P.W. van Heukelom<br/>"
                   "Telefoon (055) 528 41 73")], {"cw": [0.55, 0.45]}),
        ("sp", 8),
        ("lines", ["Mevrouw S. Ramdin-Bissessar", "Kastanjelaan 41", "2982 CK  Ridderkerk"]),
        ("sp", 6),
        ("p", "<b>Onderwerp: beslissing op uw verzoek om kwijtschelding</b>"),
        ("p", "Geachte mevrouw Ramdin-Bissessar,"),
        ("p", "Op 3 maart 2025 hebben wij uw verzoek om kwijtschelding ontvangen voor de aanslag inkomstenbelasting "
              "2023 met het hierboven genoemde aanslagnummer (burgerservicenummer 218667322). In deze brief leest u "
              "onze beslissing."),
        ("h", "Beslissing"),
        ("p", "Wij verlenen u gedeeltelijk kwijtschelding. Van het openstaande bedrag van € 1.486 schelden wij "
              "€ 1.174 kwijt. U moet nog € 312 betalen. Dit bedrag hebben wij verrekend met de teruggaaf die u nog "
              "tegoed had; het restant van € 58 storten wij binnen vier weken op uw rekening "
              "NL41 INGB 0008 6807 82."),
        ("h", "Waarom deze beslissing?"),
        ("p", "Wij hebben uw betalingscapaciteit berekend volgens artikel 26 van de Invorderingswet 1990 en de "
              "Uitvoeringsregeling Invorderingswet 1990. Daarbij hebben wij rekening gehouden met uw netto-inkomen, "
              "uw woonlasten en de kosten van kinderopvang. U gaf aan dat u sinds 2022 minder werkt door een "
              "burn-out en dat uw werkgever uw contract niet heeft verlengd. Die omstandigheid hebben wij "
              "meegewogen: wij zijn uitgegaan van uw huidige inkomen en niet van dat van 2023."),
        ("p", "Uw auto met kenteken 93-TRF-4 heeft volgens de Bovag-ANWB-koerslijst een waarde van minder dan "
              "€ 2.500. Deze auto telt daarom niet mee als vermogen."),
        ("h", "Bent u het niet eens met deze beslissing?"),
        ("p", "Dan kunt u binnen 3 maanden na de datum van deze brief administratief beroep instellen bij de "
              "directeur van de Belastingdienst. Stuur uw brief naar Belastingdienst, Postbus 9048, 7300 GK "
              "Apeldoorn. Heeft u vragen? Bel dan de BelastingTelefoon: 0800-0543. Wij zijn bereikbaar van maandag "
              "tot en met donderdag van 8.00 tot 20.00 uur en op vrijdag van 8.00 tot 17.00 uur."),
        ("sp", 4),
        ("lines", ["Met vriendelijke groet,", "namens de ontvanger,", "", "", "P.W. van Heukelom",
                   "medewerker Invordering"]),
    ],
    redact=[
        R("PERSON", "S. Ramdin-Bissessar (burger)", "Ramdin-Bissessar", "Ramdin", "Bissessar"),
        R("ADDRESS", "Kastanjelaan 41, 2982 CK Ridderkerk", "Kastanjelaan 41", "2982 CK"),
        R("ID", "aanslagnummer (bevat BSN)", "2186.67.322.H.56", {"text": "2186.67.322", "word": False}),
        R("BSN", "218667322", "218667322"),
        R("IBAN", "NL41 INGB 0008 6807 82", "NL41 INGB 0008 6807 82"),
        R("HEALTH", "burn-out van de burger", "burn-out"),
        R("PLATE", "93-TRF-4", "93-TRF-4"),
        R("PERSON", "P.W. van Heukelom (medewerker)", "van Heukelom", "Heukelom"),
        R("PHONE", "(055) 528 41 73", "(055) 528 41 73", {"text": "528 41 73", "word": True}),
    ],
    keep=[
        K("ORG", "Belastingdienst", "Belastingdienst"),
        K("LAW", "Invorderingswet 1990", "Invorderingswet 1990", "artikel 26"),
        K("LAW", "Uitvoeringsregeling", "Uitvoeringsregeling Invorderingswet 1990"),
        K("ADDRESS_ORG", "Postbus 9048, 7300 GK Apeldoorn", "Postbus 9048", "7300 GK"),
        K("PHONE_GENERAL", "BelastingTelefoon", "0800-0543", "BelastingTelefoon"),
        K("PLACE", "Apeldoorn", "Apeldoorn"),
        K("URL", "www.belastingdienst.nl", "www.belastingdienst.nl"),
        K("ORG", "Bovag-ANWB", "Bovag-ANWB-koerslijst"),
        K("AMOUNT", "bedragen", "€ 1.486", "€ 1.174", "€ 312"),
        K("FUNCTION", "medewerker Invordering", "medewerker Invordering"),
        K("DATE", "22 april 2025", "22 april 2025"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 02 UHT: beslissing integrale beoordeling (LibreOffice), hidden author
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk02-uht-integrale-beoordeling", producer="docx", size=10.5, docx_font="Liberation Serif",
    header="Dienst Toeslagen  -  Uitvoeringsorganisatie Herstel Toeslagen",
    footer="Dienst Toeslagen, Postbus 1200, 3500 BE Utrecht - bezoekadres: Graadt van Roggenweg 500, Utrecht",
    meta={"Author": "Hidde Wesselink", "Title": "Beslissing integrale beoordeling"},
    blocks=[
        ("lines", ["Mevrouw F.A. Zwartbol", "Piet Heinstraat 22", "6512 KR  Nijmegen"]),
        ("kv", [("Datum", "17 juni 2025"), ("Dossiernummer", "7302-8841-19"), ("Burgerservicenummer", "585860543"),
                ("Onderwerp", "Beslissing integrale beoordeling kinderopvangtoeslag")]),
        ("p", "Geachte mevrouw Zwartbol,"),
        ("p", "U hebt zich gemeld bij de Uitvoeringsorganisatie Herstel Toeslagen (UHT) omdat u denkt dat u "
              "gedupeerd bent door de problemen met de kinderopvangtoeslag. Wij hebben uw situatie in de jaren "
              "2012 tot en met 2018 volledig beoordeeld. In deze brief leest u wat de uitkomst is."),
        ("h", "Uitkomst"),
        ("p", "Wij hebben vastgesteld dat u in de jaren 2014 en 2015 ten onrechte als opzet/grove schuld (O/GS) "
              "bent aangemerkt. U bent daarmee gedupeerde in de zin van de Wet hersteloperatie toeslagen. "
              "U ontvangt de compensatie van € 30.000 op grond van de Catshuisregeling; dit bedrag is al eerder "
              "aan u betaald. Daarnaast ontvangt u een aanvullende compensatie van € 4.812,40 voor de kosten van "
              "de kinderopvang van uw kinderen Jaylen (geboren 14-02-2012) en Noor (geboren 03-09-2015) die u "
              "zelf hebt betaald."),
        ("p", "Wij betalen het bedrag binnen 6 weken uit op het rekeningnummer dat bij ons bekend is "
              "(NL95 RABO 5816 6090 68)."),
        ("h", "Hoe hebben wij dit berekend?"),
        ("table", [["Jaar", "Teruggevorderd", "Werkelijk recht", "Verschil"],
                   ["2014", "€ 6.214,00", "€ 4.370,00", "€ 1.844,00"],
                   ["2015", "€ 7.102,00", "€ 4.133,60", "€ 2.968,40"],
                   ["Totaal", "", "", "€ 4.812,40"]]),
        ("p", "De berekening staat ook in de bijlage bij deze brief. Wij zijn daarbij uitgegaan van de gegevens "
              "die u aan uw persoonlijk zaakbehandelaar hebt gegeven tijdens het gesprek van 2 mei 2025."),
        ("pb",),
        ("h", "Commissie Werkelijke Schade"),
        ("p", "Vindt u dat u meer schade hebt geleden dan wij hebben vergoed? Dan kunt u een verzoek indienen bij "
              "de Commissie Werkelijke Schade (CWS). Zoals staatssecretaris Palmen op 14 maart 2025 aan de "
              "Tweede Kamer schreef, wordt de werkwijze van de commissie dit jaar vereenvoudigd."),
        ("h", "Bent u het niet eens met deze beslissing?"),
        ("p", "Dan kunt u binnen 6 weken bezwaar maken op grond van artikel 6:7 van de Algemene wet "
              "bestuursrecht. U kunt ook eerst contact opnemen met uw persoonlijk zaakbehandelaar. "
              "Gratis juridisch advies krijgt u bij Het Juridisch Loket (0900-8020)."),
        ("h", "Contact"),
        ("p", "Uw persoonlijk zaakbehandelaar is mevrouw Dewi Soeratman-Lie. U bereikt haar op 06-41 82 77 05 of "
              "via d.soeratman@toeslagen.nl. Voor algemene vragen kunt u bellen met de BelastingTelefoon Toeslagen "
              "0800-2358354."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["Dienst Toeslagen", "namens deze,", "", "drs. M.C. Oudejans",
                   "Teamleider Integrale Beoordeling"]),
    ],
    redact=[
        R("PERSON", "F.A. Zwartbol (ouder)", "Zwartbol"),
        R("ADDRESS", "Piet Heinstraat 22, 6512 KR Nijmegen", "Piet Heinstraat 22", "6512 KR"),
        R("ID", "dossiernummer UHT", "7302-8841-19"),
        R("BSN", "585860543", "585860543"),
        R("PERSON", "kind Jaylen", "Jaylen"),
        R("PERSON", "kind Noor", "Noor"),
        R("DOB", "14-02-2012", "14-02-2012"),
        R("DOB", "03-09-2015", "03-09-2015"),
        R("IBAN", "NL95 RABO 5816 6090 68", "NL95 RABO 5816 6090 68"),
        R("PERSON", "Dewi Soeratman-Lie (zaakbehandelaar)", "Soeratman-Lie", "Dewi", "Soeratman"),
        R("PHONE", "06-41 82 77 05", "06-41 82 77 05"),
        R("EMAIL", "d.soeratman@toeslagen.nl", "d.soeratman@toeslagen.nl"),
        R("PERSON", "drs. M.C. Oudejans (teamleider)", "Oudejans"),
        R("PERSON", "Hidde Wesselink (auteur, alleen metadata)", "Wesselink"),
    ],
    keep=[
        K("ORG", "Dienst Toeslagen", "Dienst Toeslagen"),
        K("ORG", "UHT", "Uitvoeringsorganisatie Herstel Toeslagen", "UHT"),
        K("LAW", "Wet hersteloperatie toeslagen", "Wet hersteloperatie toeslagen"),
        K("PROGRAMME", "Catshuisregeling", "Catshuisregeling"),
        K("ORG", "Commissie Werkelijke Schade", "Commissie Werkelijke Schade", "CWS"),
        K("OFFICE_HOLDER", "staatssecretaris Palmen", "Palmen"),
        K("ORG", "Tweede Kamer", "Tweede Kamer"),
        K("LAW", "Awb", "Algemene wet bestuursrecht", "artikel 6:7"),
        K("ORG", "Het Juridisch Loket", "Juridisch Loket", "0900-8020"),
        K("PHONE_GENERAL", "BelastingTelefoon Toeslagen", "0800-2358354"),
        K("ADDRESS_ORG", "Postbus 1200, 3500 BE Utrecht", "Postbus 1200", "3500 BE"),
        K("STREET_NAMED", "Graadt van Roggenweg 500 (kantoor)", "Graadt van Roggenweg 500"),
        K("AMOUNT", "compensatie", "€ 30.000", "€ 4.812,40"),
        K("FUNCTION", "Teamleider Integrale Beoordeling", "Teamleider Integrale Beoordeling"),
        K("TERM", "kinderopvangtoeslag", "kinderopvangtoeslag"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 03 Toeslagen: internal e-mail chain about a bezwaar (Outlook print, Dutch + English headers)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk03-toeslagen-bezwaar-mails", font="DejaVuSans", size=9,
    header="Kuipers, Sanne", footer="Afgedrukt uit Outlook op 10-4-2025 09:12  -  pagina {page}",
    meta={"Title": "RE: bezwaar dhr. Bhagwandin - hoorzitting", "Author": "Kuipers, Sanne"},
    blocks=[
        ("kv", [("Van:", "Kuipers, Sanne &lt;s.kuipers@toeslagen.nl&gt;"),
                ("Verzonden:", "woensdag 9 april 2025 16:42"),
                ("Aan:", "Bezwaar UHT &lt;bezwaar-uht@toeslagen.nl&gt;"),
                ("CC:", "Ouwerkerk, T. (Thijs) &lt;t.ouwerkerk@toeslagen.nl&gt;"),
                ("Onderwerp:", "RE: bezwaar dhr. Bhagwandin - hoorzitting")], {"cw": [0.14, 0.86]}),
        ("p", "Hoi allen,"),
        ("p", "Ik heb vanmiddag met de heer Bhagwandin gebeld. Hij wil gehoord worden (artikel 7:2 Awb) en vraagt "
              "of de hoorzitting via Teams kan. Hij heeft aangegeven dat hij door zijn detentie in 2021 (hij zat "
              "toen een half jaar vast) de brieven over de terugvordering niet heeft ontvangen. Dat lijkt me "
              "relevant voor de termijnoverschrijding. Dossiernummer is 7302-9915-04."),
        ("p", "Thijs, kun jij de hoorzitting inplannen? Hij is overdag bereikbaar op 06-33 17 92 58."),
        ("lines", ["Groet,", "Sanne Kuipers", "Senior behandelaar bezwaar | Directie Herstel",
                   "Dienst Toeslagen | Ministerie van Financiën", "M 06-23 55 81 09"]),
        ("small", "Akkoord inplannen: TO 10/4"),
        ("sp", 3),
        ("kv", [("Van:", "Ouwerkerk, T. (Thijs) &lt;t.ouwerkerk@toeslagen.nl&gt;"),
                ("Verzonden:", "woensdag 9 april 2025 11:05"),
                ("Aan:", "Kuipers, Sanne &lt;s.kuipers@toeslagen.nl&gt;"),
                ("Onderwerp:", "RE: bezwaar dhr. Bhagwandin")], {"cw": [0.14, 0.86]}),
        ("p", "Hoi Sanne,"),
        ("p", "Zie hieronder. Het bezwaar is 11 dagen te laat binnengekomen. Voordat we het niet-ontvankelijk "
              "verklaren zou ik hem willen bellen; misschien is er een verschoonbare reden. De Nationale ombudsman "
              "heeft hier vorig jaar ook op gewezen."),
        ("p", "Groet, Thijs"),
        ("sp", 3),
        ("kv", [("From:", "R.K. Bhagwandin &lt;rk.bhagwandin@ziggo.nl&gt;"),
                ("Sent:", "Monday, April 7, 2025 8:31 PM"),
                ("To:", "Bezwaar UHT &lt;bezwaar-uht@toeslagen.nl&gt;"),
                ("Subject:", "bezwaar beslissing 3 januari")], {"cw": [0.14, 0.86]}),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Hierbij maak ik bezwaar tegen uw beslissing van 3 januari. Ik heb die brief pas in maart gezien "
              "omdat ik bij mijn moeder woonde (Van Ostadestraat 190-III, 1073 TN Amsterdam). Mijn BSN is "
              "430662233. Ik ben het niet eens met de terugvordering over 2010 van € 9.120."),
        ("p", "Met vriendelijke groet,<br/>Ravi Bhagwandin"),
    ],
    redact=[
        R("PERSON", "Sanne Kuipers (behandelaar)", "Kuipers", "Sanne"),
        R("EMAIL", "s.kuipers@toeslagen.nl", "s.kuipers@toeslagen.nl"),
        R("PERSON", "Thijs Ouwerkerk (behandelaar)", "Ouwerkerk", "Thijs"),
        R("EMAIL", "t.ouwerkerk@toeslagen.nl", "t.ouwerkerk@toeslagen.nl"),
        R("PARAPH", "paraaf TO", "TO"),
        R("PHONE", "06-23 55 81 09", "06-23 55 81 09"),
        R("PERSON", "Ravi Bhagwandin (bezwaarmaker)", "Bhagwandin", "Ravi"),
        R("EMAIL", "rk.bhagwandin@ziggo.nl", "rk.bhagwandin@ziggo.nl"),
        R("PHONE", "06-33 17 92 58", "06-33 17 92 58"),
        R("CRIMINAL", "detentie van de bezwaarmaker", "detentie in 2021", "zat toen een half jaar vast"),
        R("ID", "dossiernummer 7302-9915-04", "7302-9915-04"),
        R("ADDRESS", "Van Ostadestraat 190-III, 1073 TN Amsterdam", "Van Ostadestraat 190-III", "1073 TN"),
        R("BSN", "430662233", "430662233"),
    ],
    keep=[
        K("MAILBOX", "bezwaar-uht@toeslagen.nl", "bezwaar-uht@toeslagen.nl"),
        K("ORG", "Dienst Toeslagen", "Dienst Toeslagen"),
        K("ORG", "Directie Herstel", "Directie Herstel"),
        K("ORG", "Ministerie van Financiën", "Ministerie van Financiën"),
        K("ORG", "Nationale ombudsman", "Nationale ombudsman"),
        K("LAW", "artikel 7:2 Awb", "artikel 7:2 Awb"),
        K("PRODUCT", "Teams", "Teams"),
        K("FUNCTION", "Senior behandelaar bezwaar", "Senior behandelaar bezwaar"),
        K("HEADER", "Onderwerp", "Onderwerp:", "Subject:"),
        K("AMOUNT", "€ 9.120", "€ 9.120"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 04 CJIB: aanmaning Wet Mulder; the addressee is called Mulder (hard case both ways)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk04-cjib-aanmaning-wahv", font="Helvetica", size=9.5,
    footer="Centraal Justitieel Incassobureau  -  Postbus 1794, 8901 CB Leeuwarden  -  www.cjib.nl",
    meta={"Title": "Eerste aanmaning WAHV", "Author": "CJIB"},
    blocks=[
        ("cols", [("<b>CJIB</b><br/>Centraal Justitieel Incassobureau<br/>Ministerie van Justitie en Veiligheid",
                   "Postbus 1794<br/>8901 CB Leeuwarden<br/>T 058 233 99 99 (algemeen)")], {"cw": [0.6, 0.4]}),
        ("sp", 6),
        ("lines", ["De heer T.J. Mulder", "Bisschop Zwijsenstraat 8", "5021 KA  Tilburg"]),
        ("sp", 4),
        ("kv", [("Datum", "3 februari 2025"), ("CJIB-nummer", "4102 7756 3318 0924"),
                ("Betalingskenmerk", "5023 8841 2290 6617"), ("Kenteken", "GZ-814-T"),
                ("Feitcode", "VA 068 (te hard rijden buiten de bebouwde kom)"),
                ("Pleegdatum", "14 november 2024, 07:52 uur, A12 hmp 74,3 re")], {"cw": [0.25, 0.75], "box": True}),
        ("title", "Eerste aanmaning"),
        ("p", "Geachte heer Mulder,"),
        ("p", "U hebt een beschikking gekregen op grond van de Wet administratiefrechtelijke handhaving "
              "verkeersvoorschriften (WAHV), ook wel de Wet Mulder genoemd. Wij hebben het bedrag van € 112,00 niet "
              "op tijd ontvangen. Daarom is het bedrag verhoogd met € 28,00 volgens artikel 23 van de WAHV. U moet "
              "nu € 140,00 betalen."),
        ("p", "Maak het bedrag binnen 8 weken over naar rekeningnummer NL27 INGB 0705 0018 39 ten name van CJIB "
              "Leeuwarden, onder vermelding van het betalingskenmerk. Betaalt u niet op tijd, dan volgt een "
              "tweede aanmaning en wordt het bedrag opnieuw verhoogd."),
        ("h", "Kunt u niet in één keer betalen?"),
        ("p", "Vraag dan een betalingsregeling aan via Mijn CJIB. Meer informatie vindt u op www.cjib.nl. "
              "Wilt u beroep instellen tegen de beschikking zelf? Dat kan niet meer: de termijn van 6 weken "
              "voor administratief beroep bij de officier van justitie is verstreken. Zaken op grond van de "
              "Wet Mulder worden in beroep behandeld door de kantonrechter."),
        ("sp", 3),
        ("p", "Met vriendelijke groet,<br/>Centraal Justitieel Incassobureau"),
    ],
    redact=[
        R("PERSON", "T.J. Mulder (betrokkene); after = the two mentions of 'Wet Mulder'",
          {"text": "Mulder", "after": 2}, "T.J. Mulder", "heer Mulder"),
        R("ADDRESS", "Bisschop Zwijsenstraat 8, 5021 KA Tilburg", "Bisschop Zwijsenstraat 8", "5021 KA"),
        R("ID", "CJIB-nummer", "4102 7756 3318 0924"),
        R("ID", "betalingskenmerk", "5023 8841 2290 6617"),
        R("PLATE", "GZ-814-T", "GZ-814-T"),
    ],
    keep=[
        K("LAW", "Wet Mulder", "Wet Mulder"),
        K("LAW", "WAHV", "WAHV", "artikel 23",
          "Wet administratiefrechtelijke handhaving verkeersvoorschriften"),
        K("ORG", "CJIB", "CJIB", "Centraal Justitieel Incassobureau"),
        K("ORG", "Ministerie van Justitie en Veiligheid", "Ministerie van Justitie en Veiligheid"),
        K("ADDRESS_ORG", "Postbus 1794, 8901 CB Leeuwarden", "Postbus 1794", "8901 CB"),
        K("PLACE", "Leeuwarden", "Leeuwarden"),
        K("PHONE_GENERAL", "058 233 99 99", "058 233 99 99"),
        K("IBAN_ORG", "rekening CJIB", "NL27 INGB 0705 0018 39"),
        K("URL", "www.cjib.nl", "www.cjib.nl"),
        K("CODE", "feitcode VA 068", "VA 068"),
        K("PLACE", "A12", "A12"),
        K("FUNCTION", "officier van justitie", "officier van justitie", "kantonrechter"),
        K("PRODUCT", "Mijn CJIB", "Mijn CJIB"),
        K("AMOUNT", "bedragen", "€ 112,00", "€ 140,00"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 05 CJIB - Bundesamt fuer Justiz: English e-mail thread (cross-border fine)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk05-cjib-bfj-english-mail", font="DejaVuSans", size=9,
    meta={"Title": "RE: Request recognition financial penalty NL-2024-0381", "Author": "Hiemstra, Lotte"},
    blocks=[
        ("mono", "From:     Hiemstra, Lotte <l.hiemstra@cjib.nl>\n"
                 "Sent:     Thursday, 6 March 2025 10:14\n"
                 "To:       'Schaefer-Winkler, Juergen' <juergen.schaefer-winkler@bfj.bund.de>\n"
                 "Cc:       International Desk CJIB <international@cjib.nl>\n"
                 "Subject:  RE: Request recognition financial penalty NL-2024-0381", "DejaVuSansMono"),
        ("p", "Dear Mr Schäfer-Winkler,"),
        ("p", "Thank you for your quick reply. As requested, please find below the details of the person "
              "concerned. The decision was issued under the Dutch Wet Mulder (WAHV) and became final on "
              "12 December 2024. We ask the Bundesamt für Justiz to recognise and execute it under Framework "
              "Decision 2005/214/JHA on the mutual recognition of financial penalties."),
        ("kv", [("Name", "Koen ALTENA"), ("Date of birth", "17 June 1988"),
                ("Address", "Lindenstraße 14, 50674 Köln"), ("Vehicle", "52-HKN-7 (NL)"),
                ("Amount", "EUR 390.00 (speeding, 31 km/h over the limit)")], {"cw": [0.22, 0.78], "box": True}),
        ("p", "The certificate (Annex to the Framework Decision) was sent via the secure batch upload yesterday. "
              "If the XML file does not pass your schema validation, please let me know; our EUCARIS query "
              "returned the same address. My direct line is +31 58 233 47 12."),
        ("p", "Kind regards,<br/>Lotte Hiemstra<br/>Senior Advisor International Enforcement<br/>"
              "Centraal Justitieel Incassobureau (CJIB) | Leeuwarden, the Netherlands"),
        ("sp", 4),
        ("mono", "From:     Schaefer-Winkler, Juergen <juergen.schaefer-winkler@bfj.bund.de>\n"
                 "Sent:     Wednesday, 5 March 2025 16:40\n"
                 "To:       International Desk CJIB <international@cjib.nl>\n"
                 "Subject:  AW: Request recognition financial penalty NL-2024-0381", "DejaVuSansMono"),
        ("p", "Dear colleagues,"),
        ("p", "We received your request of 28 February. Before we can register the case, we need the full date "
              "of birth and the last known address of Mr Altena in Germany. Please also confirm that the "
              "person was informed of the right to appeal. You can reach me at +49 228 99410 5127 or on my "
              "mobile +49 171 5538 204."),
        ("p", "Mit freundlichen Grüßen / Kind regards<br/>Jürgen Schäfer-Winkler<br/>Referat IV 2 - "
              "Vollstreckungshilfe<br/>Bundesamt für Justiz, Bonn"),
    ],
    redact=[
        R("PERSON", "Lotte Hiemstra (CJIB)", "Hiemstra", "Lotte"),
        R("EMAIL", "l.hiemstra@cjib.nl", "l.hiemstra@cjib.nl"),
        R("PHONE", "+31 58 233 47 12", "+31 58 233 47 12"),
        R("PERSON", "Jürgen Schäfer-Winkler (BfJ)", "Schäfer-Winkler", "Schaefer-Winkler", "Jürgen", "Juergen"),
        R("EMAIL", "juergen.schaefer-winkler@bfj.bund.de", "juergen.schaefer-winkler@bfj.bund.de"),
        R("PHONE", "+49 228 99410 5127", "+49 228 99410 5127"),
        R("PHONE", "+49 171 5538 204", "+49 171 5538 204"),
        R("PERSON", "Koen Altena (betrokkene)", "ALTENA", "Altena", "Koen"),
        R("DOB", "17 June 1988", "17 June 1988"),
        R("ADDRESS", "Lindenstraße 14, 50674 Köln", "Lindenstraße 14", "50674"),
        R("PLATE", "52-HKN-7", "52-HKN-7"),
        R("ID", "request number of this person's case", "NL-2024-0381"),
    ],
    keep=[
        K("MAILBOX", "international@cjib.nl", "international@cjib.nl"),
        K("ORG", "Bundesamt für Justiz", "Bundesamt für Justiz"),
        K("ORG", "CJIB", "Centraal Justitieel Incassobureau"),
        K("LAW", "Framework Decision 2005/214/JHA", "2005/214/JHA", "Framework Decision"),
        K("LAW", "Wet Mulder", "Wet Mulder", "WAHV"),
        K("PRODUCT", "EUCARIS", "EUCARIS"),
        K("TECH", "schema validation / batch upload", "batch upload", "schema validation", "XML"),
        K("PLACE", "Leeuwarden", "Leeuwarden"),
        K("PLACE", "Bonn", "Bonn"),
        K("FUNCTION", "Senior Advisor International Enforcement", "Senior Advisor International Enforcement"),
        K("PHRASE", "Kind regards", "Kind regards"),
        K("DEPT", "Referat IV 2", "Vollstreckungshilfe"),
    ],
))
