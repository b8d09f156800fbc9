"""Set CZ, documents cz12-cz22: minutes, award, complaint, scans, CIO memo, beslisnota, Kamervragen, press."""
from lib import Doc, K, R

TEN = K("CASE", "BZK-2026-EA-0417")
DOCS = []

# ------------------------------------------------------------------ cz12 minutes evaluation committee
DOCS.append(Doc("cz12_verslag_commissie", font="dejavu", producer="Microsoft® Word for Microsoft 365",
    creator="Microsoft® Word for Microsoft 365", title="Verslag evaluatiecommissie 6 mei 2026",
    cols=[1, 6, 2, 2], body=[
    "# Verslag evaluatiecommissie ZWC",
    "Datum: 6 mei 2026, 13:00-16:30 | Locatie: Hoftoren, Rijnstraat 50, zaal 12.14 | Kenmerk BZK-2026-EA-0417",
    "Aanwezig: Ilse Vermeulen-de Groot (voorzitter), Wessel ter Haar, Gülşen Arslan, Henrike Brouwer-Lindqvist, "
    "Bastiaan Oudeman (procesbegeleider), Anne-Claire van 't Hooft (notulen)",
    "Afwezig met bericht: Ruud Tjoa",
    "",
    "## 1. Opening",
    "De voorzitter opent de vergadering. Mevrouw Brouwer-Lindqvist meldt dat zij in 2023 als adviseur bij "
    "Nordwise Consulting heeft gewerkt; na overleg met de jurist wordt dit niet als belangenverstrengeling "
    "aangemerkt (vastgelegd in haar verklaring van onpartijdigheid).",
    "",
    "## 2. Consensus K1-K4",
    "De commissie stelt de consensusscores vast (zie consensusverslag). Wessel merkt op dat de afwijking bij K2 "
    "voor Caseflow Europe Ltd vooral voortkomt uit het antwoord op vraag 7 van de Nota van Inlichtingen. "
    "Gülşen wijst op de pentestrapportage van Salesforce Shield die ontbrak.",
    "",
    "## 3. Prijsenveloppen",
    "Na vaststelling van de kwaliteitsscores opent de procesbegeleider de prijsenveloppen. Pantheon IT Solutions "
    "B.V. scoort op de TCO de hoogste prijspunten; de totaalscore wordt door de controller van DICTU "
    "nagerekend.",
    "",
    "## Actielijst",
    "|*Nr|Actie|Wie|Wanneer",
    "|1|Scores en onderbouwing vastleggen in Negometrix|BO|8 mei",
    "|2|Conceptgunningsbeslissing opstellen|AvtH|12 mei",
    "|3|Licentiemodel Dynamics 365 laten toetsen door CIO-office|WtH|15 mei",
    "|4|Beslisnota aan de minister via SG|IVdG|14 mei",
    "|5|Verklaring onpartijdigheid HBL aanvullen|HBL / AvtH|8 mei",
    "",
    "Volgende bijeenkomst: na afloop van de Alcatel-termijn, 9 juni 2026, in de Thorbeckezaal.",
    "---",
    "## Bijlage: bereikbaarheid tijdens de Alcatel-termijn (19 mei - 8 juni 2026)",
    "|*Lid|Rol|Mobiel|Afwezig",
    "|Ilse Vermeulen-de Groot|voorzitter|06 4471 0983|29 mei",
    "|Wessel ter Haar|E3|06-34 19 58 20|-",
    "|Gülşen Arslan|E4|06-3310 2764|1-5 juni (zorgverlof)",
    "|Henrike Brouwer-Lindqvist|E5|06-1947 3308|-",
    "|Anne-Claire van 't Hooft|jurist|070 426 7781|-",
    "|Bastiaan Oudeman|procesbegeleider|+31 (0)6 2290 4471|-",
    "",
    "Bij spoed buiten kantoortijden: piketnummer Categorie ICT 070 426 8800 (algemeen, bemensd door de dienstdoende "
    "inkoper). Berichten over de klacht uitsluitend via aanbesteding-zwc@minbzk.nl.",
    ],
    redact=[R("PERSON", "Ilse Vermeulen-de Groot", "Ilse Vermeulen-de Groot"),
            R("PERSON", "Wessel ter Haar", "Wessel ter Haar", "Wessel"), R("INITIALS", "WtH"),
            R("PERSON", "Gülşen Arslan", "Gülşen Arslan", "Gülşen"),
            R("PERSON", "Henrike Brouwer-Lindqvist", "Henrike Brouwer-Lindqvist", "Mevrouw Brouwer-Lindqvist"),
            R("INITIALS", "HBL"),
            R("PERSON", "Bastiaan Oudeman", "Bastiaan Oudeman"), R("INITIALS", "BO"),
            R("PERSON", "Anne-Claire van 't Hooft", "Anne-Claire van 't Hooft"), R("INITIALS", "AvtH"),
            R("PERSON", "Ruud Tjoa", "Ruud Tjoa"), R("INITIALS", "IVdG"),
            R("EMPLOYMENT", "heeft gewerkt bij Nordwise", "als adviseur bij Nordwise Consulting heeft gewerkt"),
            R("PHONE", "06 4471 0983"), R("PHONE", "06-34 19 58 20"), R("PHONE", "06-3310 2764"),
            R("HEALTH", "zorgverlof", "(zorgverlof)", word=False), R("PHONE", "06-1947 3308"),
            R("PHONE", "070 426 7781"), R("PHONE", "+31 (0)6 2290 4471", word=False)],
    keep=[TEN, K("PLACE", "Hoftoren"), K("ADDRESS", "Rijnstraat 50"), K("ORG", "Caseflow Europe Ltd"),
          K("PRODUCT", "Salesforce Shield"), K("PRODUCT", "Negometrix"), K("PRODUCT", "Dynamics 365"),
          K("ORG", "CIO-office"), K("ORG", "DICTU"), K("TERM", "Alcatel-termijn"), K("PLACE", "Thorbeckezaal"),
          K("TERM", "Nota van Inlichtingen"), K("TITLE", "procesbegeleider"),
          K("PHONE", "070 426 8800"), K("EMAIL", "aanbesteding-zwc@minbzk.nl")]))

# ------------------------------------------------------------------ cz13 award decision to loser (2 pages)
DOCS.append(Doc("cz13_gunningsbeslissing", font="times", producer="Aspose.PDF for .NET 23.4",
    creator="DigiDoc", title="Gunningsbeslissing ZWC - Caseflow Europe Ltd",
    outline=[("Gunningsbrief Caseflow (concept AvtH, gecontroleerd door Wieteke Z.)", 0), ("Scores", 0),
             ("Ondertekening - paraaf Joost Harmsen (DIA)", 1)], body=[
    "# Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "Directoraat-generaal Digitalisering en Overheidsorganisatie - Categorie ICT",
    "",
    "Caseflow Europe Ltd",
    "t.a.v. Ms S. O'Sullivan",
    "One Canada Square",
    "London E14 5AB, Verenigd Koninkrijk",
    "",
    "Datum: 19 mei 2026 | Kenmerk: BZK-2026-EA-0417/G-02 | Bijlagen: 2",
    "Onderwerp: voornemen tot gunning Zaakgericht Werken in de Cloud",
    "",
    "Geachte mevrouw O'Sullivan,",
    "",
    "Hierbij deel ik u mee dat de minister van Binnenlandse Zaken en Koninkrijksrelaties voornemens is de opdracht "
    "'Zaakgericht Werken in de Cloud' te gunnen aan Pantheon IT Solutions B.V. te Utrecht. Uw inschrijving is "
    "als tweede geëindigd.",
    "",
    "## Scores",
    "|*Inschrijver|Kwaliteit (max 700)|Prijs (max 300)|Totaal",
    "|Pantheon IT Solutions B.V.|610|300|910",
    "|Caseflow Europe Ltd|405|271|676",
    "|Nordwise Consulting B.V.|500|148|648",
    "",
    "## Motivering",
    "Op K2 (informatiebeveiliging, BIO en datalocatie) scoorde uw inschrijving 'voldoende' (5). De commissie "
    "heeft vastgesteld dat supportmedewerkers vanuit het Verenigd Koninkrijk toegang tot productiedata kunnen "
    "krijgen, hetgeen strijdig is met NFR-01 en het antwoord op vraag 7 van de Nota van Inlichtingen 1. De "
    "inschrijving van Pantheon IT Solutions B.V. biedt een Azure-tenant van BZK binnen de EU Data Boundary met "
    "Customer Lockbox.",
    "---",
    "Op K4 (demonstratie) faalde scenario 3 tweemaal; de vooraf opgenomen flow is conform paragraaf 5 van de "
    "aanbestedingsleidraad niet als demonstratie aangemerkt.",
    "",
    "## Opschortende termijn",
    "Deze beslissing is geen aanvaarding van uw inschrijving. De opdracht wordt niet definitief gegund binnen "
    "twintig kalenderdagen na verzending van deze brief (Alcatel-termijn, artikel 2.127 Aanbestedingswet 2012). "
    "Wilt u bezwaar maken, dan kunt u binnen deze termijn een kort geding aanhangig maken bij de rechtbank "
    "Den Haag; een klacht bij het Klachtenmeldpunt Aanbesteden BZK schort de termijn niet op.",
    "",
    "Hoogachtend,",
    "",
    "de minister van Binnenlandse Zaken en Koninkrijksrelaties,",
    "namens deze,",
    "het hoofd Categorie ICT,",
    "",
    "drs. Marjolein Ekelschot",
    "",
    "Behandeld door: ing. B. Oudeman, telefoon 070 426 8814",
    "Afschrift aan: Pantheon IT Solutions B.V. (t.a.v. P.J. Hofstede), Nordwise Consulting B.V. (t.a.v. A. Björklund), "
    "evaluatiecommissie (IVdG, WtH, GA, HBL, RT)",
    ],
    redact=[R("PERSON", "Siobhán O'Sullivan", "S. O'Sullivan", "mevrouw O'Sullivan"),
            R("PERSON", "Marjolein Ekelschot", "Marjolein Ekelschot"),
            R("PERSON", "Bastiaan Oudeman", "B. Oudeman"), R("PHONE", "070 426 8814"),
            R("PERSON", "Pieter-Jan Hofstede", "P.J. Hofstede"), R("PERSON", "Astrid Björklund", "A. Björklund"),
            R("PERSON", "Wieteke Zandvliet", "Wieteke Z.", channel="outline", word=False),
            R("PERSON", "Joost Harmsen", "Joost Harmsen", channel="outline"),
            R("INITIALS", "IVdG"), R("INITIALS", "WtH"), R("INITIALS", "GA"), R("INITIALS", "HBL"), R("INITIALS", "RT")],
    keep=[TEN, K("ORG", "Pantheon IT Solutions B.V."), K("ORG", "Caseflow Europe Ltd"),
          K("ORG", "Nordwise Consulting B.V."), K("ORG", "Directoraat-generaal Digitalisering en Overheidsorganisatie"),
          K("LAW", "Aanbestedingswet 2012"), K("TERM", "Alcatel-termijn"), K("ORG", "rechtbank Den Haag"),
          K("ORG", "Klachtenmeldpunt Aanbesteden BZK"), K("TERM", "EU Data Boundary"), K("PRODUCT", "Customer Lockbox"),
          K("TITLE", "het hoofd Categorie ICT"), K("ADDRESS", "One Canada Square"), K("TERM", "NFR-01"),
          K("PLACE", "Utrecht")]))

# ------------------------------------------------------------------ cz14 complaint by lawyer (2 pages)
DOCS.append(Doc("cz14_klacht_advocaat", font="dejavu", producer="PDFpen 13.1", creator="PDFpen 13.1",
    title="Klacht aanbesteding ZWC namens Caseflow Europe Ltd", author="mr. J.W. Aalbersberg", body=[
    "# VAN OORDT BRANDSMA ADVOCATEN",
    "Keizersgracht 612, 1017 ER Amsterdam | T 020 521 7700 | www.vanoordtbrandsma.nl",
    "",
    "Per e-mail: klachtenmeldpunt-inkoop@minbzk.nl",
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "Klachtenmeldpunt Aanbesteden BZK",
    "",
    "Amsterdam, 27 mei 2026",
    "Behandeld door: mr. J.W. (Jurre) Aalbersberg | direct 020 521 7734 | aalbersberg@vanoordtbrandsma.nl",
    "Onze referentie: 2026.0877/JWA/lk",
    "Betreft: klacht aanbesteding Zaakgericht Werken in de Cloud (BZK-2026-EA-0417)",
    "",
    "Geachte heer, mevrouw,",
    "",
    "Namens mijn cliënte Caseflow Europe Ltd dien ik een klacht in tegen het voornemen tot gunning van 19 mei 2026.",
    "",
    "1. Onjuiste beoordeling K2. De evaluatiecommissie heeft ten onrechte aangenomen dat supportmedewerkers in het "
    "Verenigd Koninkrijk toegang tot productiedata hebben. Cliënte biedt Salesforce Shield Platform Encryption "
    "met Bring Your Own Key en een Dutch-only support rota; toegang vanuit Londen is technisch uitgesloten.",
    "",
    "2. Schijn van belangenverstrengeling. Uit de openbaar gemaakte samenstelling blijkt dat een lid van de "
    "commissie tot 2023 voor Nordwise Consulting B.V. werkte. Cliënte verzoekt om inzage in de verklaringen van "
    "onpartijdigheid.",
    "",
    "3. Ongelijke behandeling bij de demonstratie. Pantheon IT Solutions B.V. kreeg op 22 april 2026 vijftien "
    "minuten extra; cliënte niet. De opname van scenario 3 is ten onrechte buiten beschouwing gelaten.",
    "---",
    "4. Transparantie. De gunningsbeslissing bevat geen onderbouwing per evaluator; het Proportionaliteitsbeginsel "
    "en artikel 2.130 Aanbestedingswet 2012 verlangen een motivering die een inschrijver in staat stelt de "
    "beoordeling te toetsen. Ik verwijs naar Hof Den Haag 12 maart 2024 (ECLI:NL:GHDHA:2024:318, fictief aangehaald "
    "in de eigen stukken van cliënte).",
    "",
    "Cliënte verzoekt u de gunningsbeslissing in te trekken, de beoordeling van K2 en K4 opnieuw te laten "
    "verrichten door een anders samengestelde commissie, en de Alcatel-termijn met tien dagen te verlengen. "
    "Mocht u daartoe niet bereid zijn, dan zal cliënte een kort geding aanhangig maken bij de voorzieningenrechter "
    "van de rechtbank Den Haag.",
    "",
    "Contactpersoon bij cliënte voor technische vragen is Mateusz Kowalczyk (+48 601 234 587).",
    "",
    "Hoogachtend,",
    "",
    "mr. J.W. Aalbersberg",
    "advocaat",
    "",
    "cc: Ms Siobhán O'Sullivan, Caseflow Europe Ltd; mr. L. Kraaijeveld-Ouali (kantoorgenoot)",
    ],
    redact=[R("PERSON", "Jurre Aalbersberg", "J.W. (Jurre) Aalbersberg", "J.W. Aalbersberg"),
            R("PHONE", "020 521 7734"), R("EMAIL", "aalbersberg@vanoordtbrandsma.nl"),
            R("INITIALS", "JWA/lk", "JWA/lk", word=False),
            R("PERSON", "Mateusz Kowalczyk", "Mateusz Kowalczyk"), R("PHONE", "+48 601 234 587", word=False),
            R("PERSON", "Siobhán O'Sullivan", "Siobhán O'Sullivan"),
            R("PERSON", "L. Kraaijeveld-Ouali", "L. Kraaijeveld-Ouali")],
    keep=[TEN, K("ORG", "VAN OORDT BRANDSMA ADVOCATEN"), K("ADDRESS", "Keizersgracht 612"), K("PHONE", "020 521 7700"),
          K("URL", "www.vanoordtbrandsma.nl"), K("EMAIL", "klachtenmeldpunt-inkoop@minbzk.nl"),
          K("ORG", "Caseflow Europe Ltd"), K("PRODUCT", "Salesforce Shield Platform Encryption"),
          K("TERM", "Bring Your Own Key"), K("ORG", "Nordwise Consulting B.V."), K("ORG", "Pantheon IT Solutions B.V."),
          K("LAW", "Aanbestedingswet 2012"), K("CASE", "ECLI:NL:GHDHA:2024:318", word=False),
          K("CASE", "2026.0877", word=False), K("TITLE", "advocaat"), K("ORG", "rechtbank Den Haag")]))

# ------------------------------------------------------------------ cz15 answer of the complaints desk
DOCS.append(Doc("cz15_reactie_klachtenmeldpunt", font="helv", producer="Aspose.PDF for .NET 23.4",
    creator="DigiDoc", title="Reactie Klachtenmeldpunt Aanbesteden", body=[
    "# Klachtenmeldpunt Aanbesteden BZK",
    "Postbus 20011, 2500 EA Den Haag | klachtenmeldpunt-inkoop@minbzk.nl",
    "",
    "Van Oordt Brandsma Advocaten",
    "t.a.v. mr. J.W. Aalbersberg",
    "Keizersgracht 612",
    "1017 ER Amsterdam",
    "",
    "Datum: 5 juni 2026 | Uw referentie: 2026.0877/JWA/lk | Ons kenmerk: KMA-2026-014",
    "Onderwerp: klacht aanbesteding Zaakgericht Werken in de Cloud",
    "",
    "Geachte heer Aalbersberg,",
    "",
    "Het Klachtenmeldpunt heeft uw klacht van 27 mei 2026 onderzocht. Daarbij is gesproken met de procesbegeleider "
    "en de voorzitter van de evaluatiecommissie en zijn de beoordelingsformulieren ingezien.",
    "",
    "Ad 1. De commissie heeft haar oordeel gebaseerd op de eigen inschrijving van cliënte, waarin is vermeld dat "
    "'tier-2 support is delivered from our Belfast and London hubs'. Het Klachtenmeldpunt acht de beoordeling "
    "niet onbegrijpelijk.",
    "Ad 2. Het betrokken commissielid heeft de eerdere werkzaamheden vooraf gemeld; de verklaring is beoordeeld "
    "door de integriteitscoördinator. De verklaringen zelf worden niet verstrekt.",
    "Ad 3. Beide inschrijvers hadden 90 minuten; de verlenging bij Pantheon IT Solutions B.V. betrof een "
    "technische storing van het Rijksportaal (Incident INC0048213), die niet aan de inschrijver was toe te rekenen.",
    "Ad 4. Het Klachtenmeldpunt adviseert de aanbestedende dienst de motivering per criterium aan te vullen.",
    "",
    "De klacht is gedeeltelijk gegrond (onderdeel 4). De Alcatel-termijn wordt verlengd tot en met 18 juni 2026.",
    "",
    "Met vriendelijke groet,",
    "namens het Klachtenmeldpunt Aanbesteden,",
    "",
    "Femke Rijnders-Mbeki",
    "secretaris Klachtenmeldpunt | 06 - 28 77 13 05",
    "",
    "Afschrift: mw. I. Vermeulen-de Groot (voorzitter evaluatiecommissie), dhr. B. Oudeman (procesbegeleider), "
    "mr. Wieteke Zandvliet (extern juridisch adviseur)",
    ],
    redact=[R("PERSON", "Jurre Aalbersberg", "J.W. Aalbersberg", "heer Aalbersberg"),
            R("INITIALS", "JWA/lk", "JWA/lk", word=False),
            R("PERSON", "Femke Rijnders-Mbeki", "Femke Rijnders-Mbeki"), R("PHONE", "06 - 28 77 13 05"),
            R("PERSON", "Ilse Vermeulen-de Groot", "I. Vermeulen-de Groot"), R("PERSON", "Bastiaan Oudeman", "B. Oudeman"),
            R("PERSON", "Wieteke Zandvliet", "Wieteke Zandvliet")],
    keep=[K("ORG", "Klachtenmeldpunt Aanbesteden BZK"), K("ORG", "Van Oordt Brandsma Advocaten"),
          K("ADDRESS", "Keizersgracht 612"), K("CASE", "KMA-2026-014"), K("EMAIL", "klachtenmeldpunt-inkoop@minbzk.nl"),
          K("ORG", "Pantheon IT Solutions B.V."), K("CASE", "INC0048213"), K("PRODUCT", "Rijksportaal"),
          K("TERM", "Alcatel-termijn"), K("TITLE", "integriteitscoördinator"), K("TITLE", "secretaris Klachtenmeldpunt"),
          K("PLACE", "Belfast"), K("ADDRESS", "Postbus 20011")]))

# ------------------------------------------------------------------ cz16 scan: scoring sheet with handwritten note
DOCS.append(Doc("cz16_scan_notitie_evaluator", engine="scan", producer="Canon iR-ADV C5840 PDF",
    creator="Canon iR-ADV C5840", title="Scan 2026-04-22 1612", rotate=0.7, body=[
    "# Aantekeningen demonstratie ZWC",
    "Evaluator E4 - 22 april 2026 - Johan de Witt-zaal",
    "",
    "Inschrijver: Pantheon IT Solutions",
    "Scenario 1: intake via eHerkenning - goed",
    "Scenario 2: koppeling Teams en Outlook - goed",
    "Scenario 3: escalatie bezwaar - zeer goed",
    "",
    "~Vraag aan Finn Dekker: exit-strategie data?",
    "~Terugbellen Bastiaan 06 2290 4471",
    "~Overleggen met Wessel ter Haar over K2",
    "",
    "Naam evaluator: Gülsen Arslan",
    "~Paraaf: G. Arslan",
    ],
    redact=[R("PERSON", "Finn Dekker", "Finn Dekker", channel="ocr"),
            R("PERSON", "Bastiaan Oudeman", "Bastiaan", channel="ocr"),
            R("PHONE", "06 2290 4471", channel="ocr"), R("PERSON", "Wessel ter Haar", "Wessel ter Haar", channel="ocr"),
            R("PERSON", "Gülşen Arslan", "Gülsen Arslan", "Arslan", channel="ocr")],
    keep=[]))

# ------------------------------------------------------------------ cz17 scan: signed attendance list demo
DOCS.append(Doc("cz17_scan_presentielijst", engine="scan", producer="KONICA MINOLTA bizhub C450i",
    creator="KONICA MINOLTA bizhub C450i", title="SKM_C450i26042109310", rotate=-0.5, cols=[4, 4, 3], body=[
    "# Presentielijst demonstratie ZWC",
    "21 april 2026 - Turfmarkt 147 - Caseflow Europe",
    "",
    "|Naam|Organisatie|Handtekening",
    "|Mateusz Kowalczyk|Caseflow Europe|~M. Kowalczyk",
    "|Zoe Achterberg|Caseflow Europe|~Z. Achterberg",
    "|Ilse Vermeulen|BZK|~I. Vermeulen",
    "|Wessel ter Haar|BZK|~W. ter Haar",
    "|Bastiaan Oudeman|BZK|~B. Oudeman",
    "|Gerrit Hulsbosch|DICTU|~G. Hulsbosch",
    "",
    "Bezoekerspassen ingeleverd bij de receptie.",
    ],
    redact=[R("PERSON", "Mateusz Kowalczyk", "Mateusz Kowalczyk", "Kowalczyk", channel="ocr"),
            R("PERSON", "Zoë Achterberg", "Zoe Achterberg", "Achterberg", channel="ocr"),
            R("PERSON", "Ilse Vermeulen-de Groot", "Ilse Vermeulen", "Vermeulen", channel="ocr"),
            R("PERSON", "Wessel ter Haar", "Wessel ter Haar", channel="ocr"),
            R("PERSON", "Bastiaan Oudeman", "Bastiaan Oudeman", "Oudeman", channel="ocr"),
            R("PERSON", "Gerrit Hulsbosch", "Gerrit Hulsbosch", "Hulsbosch", channel="ocr")],
    keep=[]))

# ------------------------------------------------------------------ cz18 scan: faxed letter from vendor with signature
DOCS.append(Doc("cz18_scan_zienswijze_nordwise", engine="scan", producer="RICOH IM C3000 PDF",
    creator="RICOH IM C3000", title="Scan zienswijze", rotate=0.4, body=[
    "# Nordwise Consulting B.V.",
    "Laan van Puntenburg 2, 3511 ER Utrecht",
    "",
    "Aan: Ministerie van BZK, Team Woo",
    "Betreft: zienswijze Woo-verzoek WOO-2026-0388",
    "Utrecht, 28 augustus 2026",
    "",
    "Wij hebben geen bezwaar tegen openbaarmaking van onze",
    "inschrijvingsprijs, wel tegen ons implementatieplan (5.1.1c).",
    "Contact: Daan Smeulders, 06 51 09 33 72",
    "E-mail: d.smeulders@nordwise.eu",
    "",
    "Met vriendelijke groet,",
    "~D. Smeulders",
    "Daan Smeulders, directeur",
    ],
    redact=[R("PERSON", "Daan Smeulders", "Daan Smeulders", "Smeulders", channel="ocr"),
            R("PHONE", "06 51 09 33 72", channel="ocr"), R("EMAIL", "d.smeulders@nordwise.eu", channel="ocr")],
    keep=[]))

# ------------------------------------------------------------------ cz19 CIO-office memo (2 pages, outline hidden)
DOCS.append(Doc("cz19_memo_cio_office", font="helv", producer="Microsoft® Word for Microsoft 365",
    creator="Microsoft® Word for Microsoft 365", title="Advies CIO-office ZWC",
    outline=[("Advies CIO-office - concept Ties Hoogendijk", 0), ("Reactie Yara El Idrissi", 0),
             ("Bijlage licentietoets", 1)], body=[
    "# Memo CIO-office BZK",
    "Aan: secretaris-generaal BZK | Via: CIO BZK",
    "Van: Wessel ter Haar, enterprise architect (w.terhaar@minbzk.nl, 06-34 19 58 20)",
    "Datum: 15 mei 2026 | Kenmerk: CIO-2026-0211",
    "Onderwerp: CIO-oordeel ZWC (artikel 3 Besluit CIO-stelsel Rijksdienst)",
    "",
    "## Aanleiding",
    "Op grond van het CIO-stelsel toetst het CIO-office ICT-projecten boven de vijf miljoen euro. Het "
    "voorgenomen contract met Pantheon IT Solutions B.V. (Dynamics 365 op Microsoft Azure, 8 jaar, circa "
    "EUR 14,6 miljoen) valt daaronder. Het Adviescollege ICT-toetsing (AcICT) is geïnformeerd.",
    "",
    "## Oordeel",
    "Het CIO-office geeft een positief oordeel onder voorwaarden:",
    "  1. Een exit-strategie met export naar open formaten (NFR-05) wordt vóór go-live getest.",
    "  2. Het licentiemodel (Dynamics 365 Customer Service Enterprise, 2.300 named users) wordt afgestemd met "
    "het Rijksbrede Microsoft-contract (Strategisch Leveranciersmanagement Microsoft, SLM Rijk).",
    "  3. Een DPIA-actualisatie en een cloud-risicoanalyse volgens de rijksbrede handreiking zijn gereed.",
    "",
    "## Risico's",
    "Vendor lock-in op Power Platform; afhankelijkheid van één hyperscaler; de Amerikaanse CLOUD Act. De "
    "Microsoft EU Data Boundary beperkt, maar sluit doorgifte niet uit. Alternatieven (ServiceNow, Salesforce, "
    "open-source Open Zaak van VNG) scoorden lager op K1-K4.",
    "---",
    "## Krachtenveld",
    "De Tweede Kamer heeft via de motie-Oudkerk-Bos (Kamerstuk 26643, nr. 1187) gevraagd om terughoudendheid met "
    "Amerikaanse clouddiensten. Staatssecretaris Terpstra heeft toegezegd de Kamer te informeren over grote "
    "cloudcontracten.",
    "",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Prijsinformatie van inschrijvers (5.1.1c).",
    "## Motivering",
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
    "",
    "Contact: Wessel ter Haar; tweede lezer: Yara El Idrissi (CISO-office, toestel 8847).",
    "",
    "|*Naam|Functie|Paraaf|Datum",
    "|W. ter Haar|enterprise architect|WtH|15-05",
    "|Y. El Idrissi|CISO-office|YEI|15-05",
    "|drs. M.P. Oosthoek|CIO BZK|MPO|18-05",
    ],
    redact=[R("PERSON", "Wessel ter Haar", "Wessel ter Haar"), R("EMAIL", "w.terhaar@minbzk.nl"),
            R("PHONE", "06-34 19 58 20"), R("PERSON", "Yara El Idrissi", "Yara El Idrissi"),
            R("PHONE", "toestel 8847", "8847"), R("PERSON", "Wessel ter Haar", "W. ter Haar"), R("INITIALS", "WtH"),
            R("PERSON", "Yara El Idrissi", "Y. El Idrissi"), R("INITIALS", "YEI"),
            R("PERSON", "M.P. Oosthoek", "M.P. Oosthoek"), R("INITIALS", "MPO"),
            R("PERSON", "Ties Hoogendijk", "Ties Hoogendijk", channel="outline"),
            R("PERSON", "Yara El Idrissi", "Reactie Yara", channel="outline")],
    keep=[K("CASE", "CIO-2026-0211"), K("ORG", "CIO-office"), K("LAW", "Besluit CIO-stelsel Rijksdienst"),
          K("ORG", "Pantheon IT Solutions B.V."), K("PRODUCT", "Microsoft Azure"),
          K("ORG", "Adviescollege ICT-toetsing"), K("ORG", "AcICT"), K("PRODUCT", "Dynamics 365 Customer Service Enterprise"),
          K("ORG", "SLM Rijk"), K("PRODUCT", "Power Platform"), K("LAW", "CLOUD Act"), K("PRODUCT", "ServiceNow"),
          K("PRODUCT", "Salesforce"), K("PRODUCT", "Open Zaak"), K("TERM", "motie-Oudkerk-Bos"),
          K("CASE", "Kamerstuk 26643, nr. 1187"), K("PERSON_PUBLIC", "Staatssecretaris Terpstra"),
          K("TITLE", "enterprise architect"), K("TITLE", "secretaris-generaal BZK")]))

# ------------------------------------------------------------------ cz20 beslisnota to the minister
DOCS.append(Doc("cz20_beslisnota_gunning", engine="docx", title="Beslisnota gunning ZWC",
    notes=[(0, 500, 640, "Mahabier, Kiran", "Akkoord, maar Kamerbrief afstemmen met Jolien Verkerk (bureau SG)"),
           (0, 500, 500, "T. van Dongen-Raats", "Klachtrisico expliciet benoemen; bel Ilse 06 4471 0983")],
    author="I. Vermeulen-de Groot", body=[
    "# Beslisnota",
    "Aan: de minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "Van: directeur Informatiehuishouding en Digitale Overheid",
    "Datum: 14 mei 2026 | Kenmerk: 2026-0000319442",
    "Contactpersoon: Ilse Vermeulen-de Groot, T 070 426 7712, M 06 4471 0983, ilse.vermeulen@minbzk.nl",
    "Kopie aan: SG, pSG, CIO BZK",
    "Onderwerp: gunning Zaakgericht Werken in de Cloud",
    "",
    "## Geadviseerd besluit",
    "Aan de minister wordt gevraagd in te stemmen met het voornemen de opdracht ZWC te gunnen aan Pantheon IT "
    "Solutions B.V. en kennis te nemen van het CIO-oordeel (positief onder voorwaarden).",
    "",
    "## Kern",
    "Na een Europese openbare procedure heeft Pantheon IT Solutions B.V. de economisch meest voordelige "
    "inschrijving gedaan (910 van 1000 punten). De oplossing draait op Microsoft Azure binnen de EU Data Boundary. "
    "Een klacht van een afgewezen inschrijver is te verwachten.",
    "",
    "## Krachtenveld",
    "Kamerlid Oudkerk-Bos (GroenLinks-PvdA) heeft eerder vragen gesteld over Amerikaanse hyperscalers; "
    "staatssecretaris Terpstra is hierover geïnformeerd. De Autoriteit Persoonsgegevens heeft geen bezwaar bij "
    "de DPIA gemaakt.",
    "",
    "## Informatie die niet openbaar gemaakt kan worden",
    "## Motivering",
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
    "",
    "Paraafketen:",
    "|*Naam|Functie|Paraaf|Datum",
    "|I. Vermeulen-de Groot|afdelingshoofd|IVdG|14-05",
    "|K.S. Mahabier|directeur IDO|KSM|15-05",
    "|mr. T. van Dongen-Raats|plv. DG|TvDR|16-05",
    ],
    redact=[R("PERSON", "Ilse Vermeulen-de Groot", "Ilse Vermeulen-de Groot", "I. Vermeulen-de Groot"),
            R("PHONE", "070 426 7712"), R("PHONE", "06 4471 0983"), R("EMAIL", "ilse.vermeulen@minbzk.nl"),
            R("INITIALS", "IVdG"), R("PERSON", "K.S. Mahabier", "K.S. Mahabier"), R("INITIALS", "KSM"),
            R("PERSON", "T. van Dongen-Raats", "T. van Dongen-Raats"), R("INITIALS", "TvDR"),
            R("PERSON", "Kiran Mahabier", "Mahabier, Kiran", channel="annotations"),
            R("PERSON", "Jolien Verkerk", "Jolien Verkerk", channel="annotations")],
    keep=[K("ROLE", "de minister van Binnenlandse Zaken en Koninkrijksrelaties"), K("CASE", "2026-0000319442"),
          K("ORG", "Pantheon IT Solutions B.V."), K("PRODUCT", "Microsoft Azure"), K("TERM", "EU Data Boundary"),
          K("PERSON_PUBLIC", "Kamerlid Oudkerk-Bos"), K("ORG", "GroenLinks-PvdA"),
          K("PERSON_PUBLIC", "staatssecretaris Terpstra"), K("ORG", "Autoriteit Persoonsgegevens"),
          K("TITLE", "directeur Informatiehuishouding en Digitale Overheid"), K("TITLE", "afdelingshoofd"),
          K("TITLE", "plv. DG")]))

# ------------------------------------------------------------------ cz21 Kamervragen and answers
DOCS.append(Doc("cz21_kamervragen", font="times", producer="Aspose.Words for .NET 23.6",
    creator="Aspose.Words for .NET 23.6", title="Antwoorden Kamervragen cloudaanbesteding BZK", body=[
    "# Antwoord op vragen van het lid Oudkerk-Bos (GroenLinks-PvdA)",
    "over de gunning van een cloudgebaseerd zaaksysteem door BZK (ingezonden 2 juni 2026, 2026Z10488)",
    "",
    "**Vraag 1",
    "Klopt het dat het ministerie een contract van ruim 14 miljoen euro sluit voor een zaaksysteem op Microsoft Azure?",
    "**Antwoord 1",
    "Ja. Na een Europese aanbesteding (BZK-2026-EA-0417) is voorgenomen te gunnen aan Pantheon IT Solutions B.V.; "
    "de oplossing gebruikt Dynamics 365 op Microsoft Azure binnen de EU Data Boundary.",
    "",
    "**Vraag 2",
    "Hoe verhoudt dit zich tot de motie-Oudkerk-Bos over terughoudendheid met Amerikaanse clouddiensten?",
    "**Antwoord 2",
    "Het CIO-office heeft een cloud-risicoanalyse uitgevoerd conform het Rijksbeleid voor het gebruik van publieke "
    "clouddiensten. Klantsleutels worden beheerd in een HSM van de Rijksoverheid. Ik verwijs ook naar de brief "
    "van staatssecretaris Terpstra van 12 maart 2026 over digitale autonomie.",
    "",
    "**Vraag 3",
    "Is het waar dat een afgewezen inschrijver een klacht heeft ingediend en dat een commissielid eerder voor een "
    "concurrent werkte?",
    "**Antwoord 3",
    "Er is een klacht ingediend bij het Klachtenmeldpunt Aanbesteden BZK; die is gedeeltelijk gegrond verklaard "
    "op het punt van de motivering. Over individuele medewerkers doe ik geen mededelingen. De eerdere werkzaamheden "
    "zijn vooraf gemeld en beoordeeld.",
    "",
    "**Vraag 4",
    "Bent u bereid de Kamer te informeren voordat het contract definitief wordt getekend?",
    "**Antwoord 4",
    "Ja. Minister De Rooij-Verhagen zal de Kamer vóór ondertekening een brief sturen.",
    "",
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
    "M.A. de Rooij-Verhagen",
    ],
    redact=[],
    keep=[K("PERSON_PUBLIC", "het lid Oudkerk-Bos"), K("ORG", "GroenLinks-PvdA"), K("CASE", "2026Z10488"),
          TEN, K("ORG", "Pantheon IT Solutions B.V."), K("PRODUCT", "Dynamics 365"), K("PRODUCT", "Microsoft Azure"),
          K("TERM", "motie-Oudkerk-Bos"), K("PERSON_PUBLIC", "staatssecretaris Terpstra"),
          K("PERSON_PUBLIC", "Minister De Rooij-Verhagen"), K("PERSON_PUBLIC", "M.A. de Rooij-Verhagen"),
          K("ORG", "Klachtenmeldpunt Aanbesteden BZK"), K("ORG", "CIO-office"), K("TERM", "EU Data Boundary"),
          K("TERM", "HSM")]))

# ------------------------------------------------------------------ cz22 press release (Info Author + XMP hidden)
DOCS.append(Doc("cz22_persbericht", font="helv", producer="Adobe PDF Library 23.1.175",
    creator="Adobe InDesign 19.2 (Windows)", title="Persbericht: BZK kiest nieuw zaaksysteem in de cloud",
    author="Noor Bakkali", xmp_creator="Noor Bakkali", body=[
    "# PERSBERICHT",
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties - Den Haag, 22 juni 2026",
    "",
    "## BZK kiest nieuw zaaksysteem in de cloud",
    "Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties vervangt het verouderde documentsysteem Corsa "
    "door een cloudgebaseerd zaaksysteem. De opdracht is na een Europese aanbesteding gegund aan Pantheon IT "
    "Solutions B.V. uit Utrecht. Het systeem is gebouwd op Microsoft Dynamics 365 en draait in Microsoft Azure "
    "binnen de Europese Unie.",
    "",
    "\"Burgers en bedrijven moeten erop kunnen vertrouwen dat hun zaak zorgvuldig en snel wordt behandeld,\" "
    "zegt minister De Rooij-Verhagen. \"Met dit systeem werken onze medewerkers, DICTU en RVO in één omgeving, "
    "met de waarborgen die de BIO en de Archiefwet vragen.\"",
    "",
    "De implementatie start in september 2026; de eerste zaaktypen (Woo-verzoeken en bezwaarschriften) gaan in "
    "het voorjaar van 2027 over. De migratie van 1,4 miljoen zaken is in 2028 afgerond. Een afgewezen inschrijver "
    "diende een klacht in; het Klachtenmeldpunt Aanbesteden verklaarde die gedeeltelijk gegrond, waarna de "
    "motivering is aangevuld.",
    "",
    "**Noot voor de redactie",
    "Voor meer informatie: woordvoerder Sanne Oosterbeek-Lie, Directie Communicatie BZK, pers@minbzk.nl, "
    "telefoon 070 426 6060 (persvoorlichting, algemeen nummer).",
    ],
    redact=[R("PERSON", "Noor Bakkali", "Noor Bakkali", channel="metadata")],
    keep=[K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"), K("PRODUCT", "Corsa"),
          K("ORG", "Pantheon IT Solutions B.V."), K("PRODUCT", "Microsoft Dynamics 365"), K("PRODUCT", "Microsoft Azure"),
          K("PERSON_PUBLIC", "minister De Rooij-Verhagen"), K("ORG", "DICTU"), K("ORG", "RVO"), K("TERM", "BIO"),
          K("LAW", "Archiefwet"), K("PERSON_PUBLIC", "woordvoerder Sanne Oosterbeek-Lie"), K("EMAIL", "pers@minbzk.nl"),
          K("PHONE", "070 426 6060"), K("ORG", "Directie Communicatie BZK"), K("ORG", "Klachtenmeldpunt Aanbesteden")]))
