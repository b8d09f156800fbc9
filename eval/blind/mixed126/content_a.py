"""Set CZ, documents cz01-cz11: request, tender documents, Q&A, vendor mails, chat, opening, scoring."""
from lib import Doc, K, R

MIN = K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
BZK = K("ORG", "BZK")
TEN = K("CASE", "BZK-2026-EA-0417")
ZWC = K("PROJECT", "Zaakgericht Werken in de Cloud")

DOCS = []

# ------------------------------------------------------------------ cz01 Woo request (private person)
DOCS.append(Doc("cz01_woo_verzoek", font="helv", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    title="Verzoek Wet open overheid", author="Thijmen Wolters", body=[
    "Thijmen Wolters",
    "Zuiderdiep 118-B",
    "9711 HN Groningen",
    "t.wolters.journalist@proton.me | 06-41 87 22 09",
    "",
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "t.a.v. Woo-coördinator, Postbus 20011",
    "2500 EA Den Haag",
    "",
    "Groningen, 3 augustus 2026",
    "Onderwerp: verzoek op grond van de Wet open overheid - aanbesteding zaaksysteem",
    "",
    "Geachte heer, mevrouw,",
    "",
    "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten "
    "over de Europese aanbesteding 'Zaakgericht Werken in de Cloud' (kenmerk BZK-2026-EA-0417, TenderNed "
    "412876), vanaf de marktconsultatie in 2025 tot en met de gunning en de klacht die daarop volgde.",
    "",
    "Ik denk in het bijzonder aan de aanbestedingsleidraad, het Programma van Eisen, de Nota's van Inlichtingen, "
    "de beoordelingsformulieren van de evaluatiecommissie, het proces-verbaal van opening, de correspondentie met "
    "inschrijvers (waaronder Pantheon IT Solutions B.V. en Caseflow Europe Ltd), de klacht bij het "
    "Klachtenmeldpunt Aanbesteden en de advisering van het CIO-office aan de minister.",
    "",
    "Ik schrijf voor het onderzoeksplatform Follow the Money een artikel over cloudcontracten van de Rijksoverheid "
    "en verzoek u de documenten digitaal te verstrekken. Telefonisch ben ik bereikbaar op 06-41 87 22 09; mijn "
    "geboortedatum (14-02-1988) vermeld ik omdat uw webformulier daarom vroeg. Bij mijn afwezigheid kan mijn "
    "collega-onderzoeker Eefje Ruiterkamp (06 2855 1043) namens mij contact opnemen.",
    "",
    "Met vriendelijke groet,",
    "",
    "Thijmen Wolters",
    ],
    redact=[R("PERSON", "Thijmen Wolters", "Thijmen Wolters"),
            R("ADDRESS", "Zuiderdiep 118-B", "Zuiderdiep 118-B", "9711 HN"),
            R("EMAIL", "t.wolters.journalist@proton.me"),
            R("PHONE", "06-41 87 22 09"),
            R("DOB", "14-02-1988"), R("PERSON", "Eefje Ruiterkamp", "Eefje Ruiterkamp"), R("PHONE", "06 2855 1043")],
    keep=[MIN, TEN, ZWC, K("ORG", "Pantheon IT Solutions B.V."), K("ORG", "Caseflow Europe Ltd"),
          K("ORG", "Follow the Money"), K("LAW", "Wet open overheid"), K("ORG", "Klachtenmeldpunt Aanbesteden"),
          K("CASE", "TenderNed 412876"), K("ADDRESS", "Postbus 20011"), K("PLACE", "Groningen"),
          K("ORG", "CIO-office"), K("ORG", "Rijksoverheid")]))

# ------------------------------------------------------------------ cz02 acknowledgement
DOCS.append(Doc("cz02_ontvangstbevestiging", font="times", producer="Aspose.PDF for .NET 23.4",
    creator="DigiDoc Woo-module", title="Ontvangstbevestiging Woo-verzoek", body=[
    "# Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "Directie Wetgeving en Juridische Zaken - Team Woo",
    "Turfmarkt 147, 2511 DP Den Haag | Postbus 20011, 2500 EA Den Haag",
    "",
    "De heer T. Wolters",
    "Zuiderdiep 118-B",
    "9711 HN Groningen",
    "",
    "Datum: 10 augustus 2026",
    "Ons kenmerk: WOO-2026-0388",
    "Contactpersoon: mr. R.M. (Rosalie) Bekkering-Tjon",
    "T 06 1389 5521 | E rosalie.bekkering@minbzk.nl",
    "",
    "Onderwerp: ontvangstbevestiging Woo-verzoek aanbesteding 'Zaakgericht Werken in de Cloud'",
    "",
    "Geachte heer Wolters,",
    "",
    "Op 3 augustus 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek is "
    "geregistreerd onder kenmerk WOO-2026-0388. Op grond van artikel 4.4 van de Woo beslissen wij binnen vier "
    "weken na ontvangst; deze termijn kan met twee weken worden verdaagd.",
    "",
    "Omdat de documenten gegevens van derden bevatten (onder meer inschrijvers in de aanbesteding "
    "BZK-2026-EA-0417), zullen wij deze derden in de gelegenheid stellen een zienswijze te geven (artikel 4.9 Woo).",
    "",
    "Vragen kunt u stellen via woo@minbzk.nl of via Informatie Rijksoverheid, telefoon 1400.",
    "",
    "Hoogachtend,",
    "",
    "de minister van Binnenlandse Zaken en Koninkrijksrelaties,",
    "namens dezen,",
    "",
    "Rosalie Bekkering-Tjon",
    "senior juridisch adviseur Woo",
    "",
    "Kopie: N. van den Brink (Team Woo), dossier WOO-2026-0388",
    ],
    redact=[R("PERSON", "Thijmen Wolters", "T. Wolters", "heer Wolters"),
            R("ADDRESS", "Zuiderdiep 118-B", "Zuiderdiep 118-B", "9711 HN"),
            R("PERSON", "Rosalie Bekkering-Tjon", "R.M. (Rosalie) Bekkering-Tjon", "Rosalie Bekkering-Tjon"),
            R("PHONE", "06 1389 5521"),
            R("EMAIL", "rosalie.bekkering@minbzk.nl"), R("PERSON", "Nadia van den Brink", "N. van den Brink")],
    keep=[MIN, TEN, K("CASE", "WOO-2026-0388"), K("EMAIL", "woo@minbzk.nl"), K("PHONE", "1400"),
          K("ADDRESS", "Turfmarkt 147"), K("ORG", "Directie Wetgeving en Juridische Zaken"),
          K("LAW", "Wet open overheid"), K("TITLE", "senior juridisch adviseur Woo"),
          K("ROLE", "de minister van Binnenlandse Zaken en Koninkrijksrelaties"), K("PLACE", "Den Haag")]))

# ------------------------------------------------------------------ cz03 tender guide (2 pages)
DOCS.append(Doc("cz03_aanbestedingsleidraad", font="helv", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
    creator="Negometrix/Mercell", title="Aanbestedingsleidraad BZK-2026-EA-0417", xmp_creator="Dewi Kartosentono",
    body=[
    "# Aanbestedingsleidraad",
    "**Europese openbare procedure - Zaakgericht Werken in de Cloud (ZWC)",
    "Kenmerk BZK-2026-EA-0417 | TenderNed 412876 | versie 1.2, 2 februari 2026",
    "",
    "## 1. Inleiding",
    "Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (hierna: BZK) besteedt namens zichzelf en de "
    "Dienst ICT Uitvoering (DICTU) en de Rijksdienst voor Ondernemend Nederland (RVO) een cloudgebaseerd "
    "zaaksysteem aan. De opdracht omvat een Software-as-a-Service-oplossing voor zaakgericht werken, de "
    "implementatie, migratie van circa 1,4 miljoen zaken uit het huidige systeem Corsa en beheer en onderhoud "
    "gedurende vier jaar met twee optionele verlengingen van twee jaar.",
    "",
    "## 2. Aanbestedende dienst en contactpersoon",
    "Alle communicatie verloopt uitsluitend via het berichtenverkeer op TenderNed. Contactpersoon namens de "
    "aanbestedende dienst is de inkoopadviseur van de Categorie ICT, de heer ing. Bastiaan Oudeman "
    "(bastiaan.oudeman@minbzk.nl, 070 426 8814). Inschrijvers nemen geen contact op met andere medewerkers "
    "van BZK; overtreding kan leiden tot uitsluiting. Bij afwezigheid neemt mr. Anne-Claire van 't Hooft "
    "(jurist inkoop, 06 1150 7392) waar.",
    "",
    "## 3. Planning",
    "|*Activiteit|Datum",
    "|Publicatie aankondiging|2 februari 2026",
    "|Uiterste datum vragen ronde 1|16 februari 2026, 12:00 uur",
    "|Nota van Inlichtingen 1|2 maart 2026",
    "|Sluiting inschrijving|7 april 2026, 10:00 uur",
    "|Demonstraties (Johan de Witt-zaal)|21 en 22 april 2026",
    "|Voorlopige gunning|19 mei 2026",
    "",
    "## 4. Gunningscriterium",
    "De opdracht wordt gegund op basis van de beste prijs-kwaliteitverhouding (BPKV) overeenkomstig artikel "
    "2.114 van de Aanbestedingswet 2012. Kwaliteit weegt 70%, prijs 30%.",
    "|*Criterium|Weging|Max. punten",
    "|K1 Functionele aansluiting en zaaktypecatalogus|20%|200",
    "|K2 Informatiebeveiliging, BIO en datalocatie|20%|200",
    "|K3 Implementatie- en migratieplan|15%|150",
    "|K4 Demonstratie (scenario's)|15%|150",
    "|P Prijs (TCO over 8 jaar)|30%|300",
    "---",
    "## 5. Beoordeling",
    "De kwaliteitscriteria worden beoordeeld door een evaluatiecommissie van vijf leden, ieder individueel, "
    "waarna in een consensusbijeenkomst een gezamenlijke score wordt vastgesteld. De commissie wordt "
    "procedureel begeleid door de inkoopadviseur, die zelf geen scores geeft. De leden tekenen vooraf een "
    "verklaring van geheimhouding en onpartijdigheid.",
    "",
    "## 6. Voorwaarden",
    "Op de overeenkomst zijn de ARBIT-2022 en de Rijksbrede cloudvoorwaarden van toepassing. De oplossing moet "
    "voldoen aan de Baseline Informatiebeveiliging Overheid (BIO), de Archiefwet 1995, de AVG en het "
    "Rijksbeleid voor het gebruik van publieke clouddiensten (2022). Data worden opgeslagen en verwerkt binnen "
    "de Europese Economische Ruimte. Inschrijvers leveren een ISO/IEC 27001-certificaat en een ISAE 3402 "
    "type II-verklaring.",
    "",
    "## 7. Klachten",
    "Klachten over deze aanbesteding kunnen worden ingediend bij het Klachtenmeldpunt Aanbesteden BZK via "
    "klachtenmeldpunt-inkoop@minbzk.nl. Het Klachtenmeldpunt reageert binnen tien werkdagen. Na de "
    "gunningsbeslissing geldt een opschortende termijn van twintig kalenderdagen.",
    "",
    "## 8. Bijlagen",
    "A. Programma van Eisen (PvE) | B. Conceptovereenkomst | C. Prijzenblad | D. UEA | E. Demonstratiescenario's",
    ],
    redact=[R("PERSON", "Bastiaan Oudeman", "Bastiaan Oudeman"),
            R("EMAIL", "bastiaan.oudeman@minbzk.nl"), R("PHONE", "070 426 8814"),
            R("PERSON", "Anne-Claire van 't Hooft", "Anne-Claire van 't Hooft"), R("PHONE", "06 1150 7392"),
            R("PERSON", "Dewi Kartosentono", "Dewi Kartosentono", channel="metadata")],
    keep=[MIN, TEN, ZWC, K("CASE", "TenderNed 412876"), K("ORG", "Dienst ICT Uitvoering"), K("ORG", "DICTU"),
          K("ORG", "Rijksdienst voor Ondernemend Nederland"), K("PRODUCT", "Corsa"),
          K("PLACE", "Johan de Witt-zaal"), K("LAW", "Aanbestedingswet 2012"), K("TERM", "BPKV"),
          K("TERM", "ARBIT-2022"), K("TERM", "Baseline Informatiebeveiliging Overheid"),
          K("LAW", "Archiefwet 1995"), K("TERM", "ISO/IEC 27001"), K("TERM", "ISAE 3402", word=False),
          K("EMAIL", "klachtenmeldpunt-inkoop@minbzk.nl"), K("ORG", "Klachtenmeldpunt Aanbesteden BZK"),
          K("TITLE", "inkoopadviseur"), K("TERM", "Software-as-a-Service")]))

# ------------------------------------------------------------------ cz04 PvE (docx, XMP creator hidden)
DOCS.append(Doc("cz04_programma_van_eisen", engine="docx", title="Bijlage A Programma van Eisen ZWC",
    author="Bjorn Hoekstra-Vissers", xmp_creator="Bjorn Hoekstra-Vissers", body=[
    "# Bijlage A - Programma van Eisen",
    "Zaakgericht Werken in de Cloud (ZWC) - BZK-2026-EA-0417 - versie 1.2",
    "",
    "## 1. Functionele eisen",
    "|*Nr|Eis|Type",
    "|F-01|De oplossing ondersteunt de Zaaktypecatalogus (ZTC) conform de standaard Zaakgericht Werken (ZGW-API's) van VNG Realisatie.|Knock-out",
    "|F-02|Zaken, documenten en besluiten worden vastgelegd volgens het Metagegevensschema voor Rijksoverheidsinformatie (MDTO).|Knock-out",
    "|F-03|Medewerkers kunnen zaken in behandeling nemen, toewijzen en escaleren met werkvoorraadbeheer per team.|Wens",
    "|F-04|Integratie met Microsoft 365 (Outlook, Teams, SharePoint) zonder dubbele opslag.|Wens",
    "|F-05|Koppeling met DigiD, eHerkenning en Mijn Overheid Berichtenbox voor burgers en bedrijven.|Knock-out",
    "",
    "## 2. Non-functional requirements (English in the original market consultation)",
    "NFR-01 The solution is offered as multi-tenant SaaS hosted in EU data centres only; acceptable platforms "
    "include Microsoft Azure (West Europe / Sweden Central), the ServiceNow Now Platform (EU instances) and "
    "Salesforce Hyperforce EU. Sub-processors outside the EEA are not accepted.",
    "NFR-02 Availability of 99.8% per calendar month, measured at the application layer; RPO 15 minutes, "
    "RTO 4 hours.",
    "NFR-03 Authentication via SAML 2.0 or OpenID Connect against the Rijksportaal identity provider; "
    "role-based access control with audit logging retained for seven years.",
    "NFR-04 Encryption at rest (AES-256) with customer-managed keys in Azure Key Vault or an equivalent HSM; "
    "TLS 1.3 in transit.",
    "NFR-05 Open APIs (REST, OpenAPI 3.0 specifications) and export of all data in open formats at contract end "
    "(exit strategy).",
    "",
    "## 3. Informatiebeveiliging en privacy",
    "De leverancier voert jaarlijks een pentest uit en deelt het rapport met de CISO van BZK. Een DPIA is "
    "uitgevoerd door de aanbestedende dienst; de leverancier werkt mee aan de actualisatie. De "
    "verwerkersovereenkomst volgt het model van de Rijksoverheid.",
    "",
    "## 4. Archivering",
    "Zaakdossiers worden na afloop van de bewaartermijn volgens de selectielijst vernietigd of overgebracht naar "
    "het Nationaal Archief (e-Depot), conform de Archiefwet 1995.",
    "",
    "## Documenthistorie",
    "|*Versie|Datum|Auteur|Wijziging",
    "|0.3|14-11-2025|T. Hoogendijk (TH)|NFR na marktconsultatie",
    "|0.9|12-01-2026|G. Arslan / R. Tjoa|informatiebeveiliging en Corsa-migratie",
    "|1.0|26-01-2026|A.C. van 't Hooft|juridische toets",
    "|1.2|02-02-2026|inkoopteam ZWC|publicatieversie",
    ],
    redact=[R("PERSON", "Bjorn Hoekstra-Vissers", "Bjorn Hoekstra-Vissers", channel="metadata"),
            R("PERSON", "Ties Hoogendijk", "T. Hoogendijk"), R("INITIALS", "TH", "(TH)", word=False),
            R("PERSON", "Gülşen Arslan", "G. Arslan"), R("PERSON", "Ruud Tjoa", "R. Tjoa"),
            R("PERSON", "A.C. van 't Hooft", "A.C. van 't Hooft")],
    keep=[TEN, ZWC, K("TERM", "ZGW-API's", word=False), K("ORG", "VNG Realisatie"), K("TERM", "MDTO"),
          K("PRODUCT", "Microsoft 365"), K("PRODUCT", "DigiD"), K("PRODUCT", "eHerkenning"),
          K("PRODUCT", "Mijn Overheid Berichtenbox"), K("PRODUCT", "Microsoft Azure"),
          K("PRODUCT", "ServiceNow Now Platform"), K("PRODUCT", "Salesforce Hyperforce EU"),
          K("TERM", "OpenID Connect"), K("TERM", "SAML 2.0"), K("PRODUCT", "Azure Key Vault"),
          K("TERM", "OpenAPI 3.0"), K("ORG", "Nationaal Archief"), K("LAW", "Archiefwet 1995"),
          K("TERM", "customer-managed keys"), K("TITLE", "CISO")]))

# ------------------------------------------------------------------ cz05 Nota van Inlichtingen (2 pages)
DOCS.append(Doc("cz05_nota_van_inlichtingen", font="helv", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
    creator="Negometrix/Mercell", title="Nota van Inlichtingen 1", cols=[1, 5, 5], body=[
    "# Nota van Inlichtingen 1",
    "Europese aanbesteding Zaakgericht Werken in de Cloud - BZK-2026-EA-0417 - 2 maart 2026",
    "",
    "Deze Nota van Inlichtingen maakt deel uit van de aanbestedingsdocumenten en gaat bij strijdigheid voor. "
    "Vragen zijn geanonimiseerd; waar een inschrijver contactgegevens in de vraag heeft opgenomen, zijn die "
    "door de aanbestedende dienst niet verwijderd (zie ook de opmerking onder vraag 7).",
    "",
    "|*Nr|Vraag|Antwoord",
    "|1|Is hosting in Microsoft Azure region Sweden Central toegestaan naast West Europe?|Ja, beide regio's liggen binnen de EER.",
    "|2|Mag de oplossing gebouwd zijn op de ServiceNow Now Platform Vancouver-release of later?|Ja, mits de release onder standaardsupport valt.",
    "|3|Kan BZK het aantal gelijktijdige gebruikers bevestigen?|Circa 2.300 named users, 900 gelijktijdig.",
    "|4|Is een koppeling met Corsa via de Corsa Web Services vereist voor de migratie?|Ja, zie PvE F-02 en bijlage E.",
    "|5|Valt de Salesforce Government Cloud onder de Rijksbrede cloudvoorwaarden?|De voorwaarden zijn platform-onafhankelijk van toepassing.",
    "|6|Wij verzoeken de termijn voor inschrijving met twee weken te verlengen.|Dit verzoek wordt niet gehonoreerd.",
    "|7|Vraag namens Caseflow Europe Ltd, contact Ms Siobhán O'Sullivan, +44 20 7946 0321: is a UK-based support desk acceptable if data stay in the EU?|Nee. Support met toegang tot productiedata vindt plaats vanuit de EER.",
    "|8|Mogen onderaannemers van buiten de EU ontwikkelwerk verrichten zonder toegang tot data?|Ja, mits vastgelegd in het beveiligingsplan.",
    "|9|Wie zitten in de evaluatiecommissie?|De samenstelling wordt niet bekendgemaakt.",
    "|10|Kan de demonstratie op locatie bij DICTU in Apeldoorn plaatsvinden?|Nee, de demonstraties vinden plaats in de Johan de Witt-zaal, Turfmarkt 147.",
    "|11|Vraag van de heer Pieter-Jan Hofstede (Pantheon IT Solutions, p.hofstede@pantheon-it.nl): geldt het TCO-model inclusief Azure-consumptiekosten?|Ja, alle platformkosten worden in het prijzenblad opgenomen.",
    "|12|Is de ARBIT-2022 onverkort van toepassing?|Ja, met de afwijkingen in bijlage B.",
    "|13|Graag reactie aan J. van der Werff-Kooiman (jeroen@zaakwerk.nl, 0313-472210): worden referenties uit de zorgsector geaccepteerd?|Ja, referenties uit iedere publieke sector tellen mee.",
    "",
    "Opmerking bij vragen 7 en 11: de aanbestedende dienst betreurt dat contactgegevens in deze Nota zijn "
    "meegepubliceerd. Inschrijvers wordt verzocht vragen zonder persoonsgegevens in te dienen via TenderNed.",
    "",
    "Namens de aanbestedende dienst,",
    "Categorie ICT, inkoopteam ZWC (aanbesteding-zwc@minbzk.nl)",
    ],
    redact=[R("PERSON", "Siobhán O'Sullivan", "Siobhán O'Sullivan"), R("PHONE", "+44 20 7946 0321", word=False),
            R("PERSON", "Pieter-Jan Hofstede", "Pieter-Jan Hofstede"), R("EMAIL", "p.hofstede@pantheon-it.nl"),
            R("PERSON", "Jeroen van der Werff-Kooiman", "J. van der Werff-Kooiman"), R("EMAIL", "jeroen@zaakwerk.nl"),
            R("PHONE", "0313-472210")],
    keep=[TEN, ZWC, K("PRODUCT", "Microsoft Azure"), K("PRODUCT", "ServiceNow Now Platform"),
          K("PRODUCT", "Salesforce Government Cloud"), K("PRODUCT", "Corsa Web Services"),
          K("ORG", "Caseflow Europe Ltd"), K("ORG", "Pantheon IT Solutions"), K("PLACE", "Johan de Witt-zaal"),
          K("ADDRESS", "Turfmarkt 147"), K("EMAIL", "aanbesteding-zwc@minbzk.nl"), K("TERM", "ARBIT-2022"),
          K("PLACE", "Apeldoorn"), K("ORG", "DICTU"), K("TERM", "Nota van Inlichtingen"), K("TERM", "Sweden Central")]))

# ------------------------------------------------------------------ cz06 Outlook thread with Caseflow (English)
DOCS.append(Doc("cz06_mail_caseflow", font="dejavu", producer="Microsoft® Outlook® for Microsoft 365",
    creator="Microsoft® Outlook® for Microsoft 365", title="RE: Clarification demonstration scenario 3", body=[
    "**Van: Oudeman, Bastiaan <bastiaan.oudeman@minbzk.nl>",
    "Verzonden: dinsdag 14 april 2026 16:02",
    "Aan: O'Sullivan, Siobhán <siobhan.osullivan@caseflow-europe.com>",
    "CC: aanbesteding-zwc@minbzk.nl; Kowalczyk, Mateusz <m.kowalczyk@caseflow-europe.com>",
    "Onderwerp: RE: Clarification demonstration scenario 3",
    "",
    "Dear Ms O'Sullivan,",
    "",
    "Thank you for your message. As stated in the tender guide, all questions must be submitted through TenderNed; "
    "I cannot answer questions by e-mail. The demonstration on 21 April starts at 09:30 in the Johan de Witt-zaal. "
    "Please bring your own test tenant; guest Wi-Fi (Rijksoverheid-Gast) is available.",
    "",
    "Kind regards,",
    "Bastiaan Oudeman",
    "Inkoopadviseur Categorie ICT | Ministerie van BZK",
    "M +31 (0)6 2290 4471",
    "",
    "**From: O'Sullivan, Siobhán <siobhan.osullivan@caseflow-europe.com>",
    "Sent: Tuesday, 14 April 2026 11:47",
    "To: Oudeman, Bastiaan <bastiaan.oudeman@minbzk.nl>",
    "Subject: Clarification demonstration scenario 3",
    "",
    "Hi Bastiaan,",
    "",
    "Quick question on demonstration scenario 3 (escalation of an objection case to the legal department). "
    "Our solution runs on Salesforce Public Sector Solutions with the Service Cloud console; escalations are "
    "handled by an OmniStudio flow rather than a workflow engine. Would the committee accept a recorded flow if "
    "the live sandbox on Hyperforce EU is slow that morning? My colleague Mateusz Kowalczyk, our solution "
    "architect, will run the demo; Zoë Achterberg from our Amsterdam office joins as Dutch-speaking lead.",
    "",
    "Also, could you confirm whether the evaluators will have access to our Tableau dashboards afterwards?",
    "",
    "Many thanks,",
    "Siobhán",
    "",
    "Siobhán O'Sullivan | Bid Director Benelux | Caseflow Europe Ltd",
    "One Canada Square, London E14 5AB | +44 7700 900 412",
    "siobhan.osullivan@caseflow-europe.com | www.caseflow-europe.com",
    ],
    redact=[R("PERSON", "Bastiaan Oudeman", "Oudeman, Bastiaan", "Bastiaan Oudeman", "Bastiaan"),
            R("EMAIL", "bastiaan.oudeman@minbzk.nl"),
            R("PERSON", "Siobhán O'Sullivan", "O'Sullivan, Siobhán", "Ms O'Sullivan", "Siobhán O'Sullivan", "Siobhán"),
            R("EMAIL", "siobhan.osullivan@caseflow-europe.com"),
            R("PERSON", "Mateusz Kowalczyk", "Kowalczyk, Mateusz", "Mateusz Kowalczyk"),
            R("EMAIL", "m.kowalczyk@caseflow-europe.com"),
            R("PERSON", "Zoë Achterberg", "Zoë Achterberg"),
            R("PHONE", "+31 (0)6 2290 4471", word=False), R("PHONE", "+44 7700 900 412", word=False)],
    keep=[K("EMAIL", "aanbesteding-zwc@minbzk.nl"), K("PLACE", "Johan de Witt-zaal"),
          K("PRODUCT", "Salesforce Public Sector Solutions"), K("PRODUCT", "Service Cloud"),
          K("PRODUCT", "OmniStudio"), K("PRODUCT", "Hyperforce EU"), K("PRODUCT", "Tableau"),
          K("ORG", "Caseflow Europe Ltd"), K("TITLE", "Bid Director Benelux"), K("TITLE", "solution architect"),
          K("ADDRESS", "One Canada Square"), K("URL", "www.caseflow-europe.com"), K("TERM", "TenderNed"),
          K("TERM", "demonstration scenario 3"), K("PLACE", "Amsterdam"), K("ORG", "Ministerie van BZK")]))

# ------------------------------------------------------------------ cz07 Outlook thread Pantheon (Azure)
DOCS.append(Doc("cz07_mail_pantheon_azure", font="helv", producer="Microsoft® Outlook® for Microsoft 365",
    creator="Microsoft® Outlook® for Microsoft 365", title="Azure tenant en EU Data Boundary", body=[
    "**Van: Hofstede, Pieter-Jan <p.hofstede@pantheon-it.nl>",
    "Verzonden: vrijdag 5 juni 2026 08:14",
    "Aan: Oudeman, Bastiaan <bastiaan.oudeman@minbzk.nl>; Vermeulen-de Groot, Ilse <ilse.vermeulen@minbzk.nl>",
    "CC: Dekker, Finn <finn.dekker@pantheon-it.nl>; 'Greenfield, Aaron' <aaron.greenfield@microsoft.com>",
    "Onderwerp: RE: Kick-off ZWC - Azure tenant en EU Data Boundary",
    "",
    "Beste Bastiaan en Ilse,",
    "",
    "Dank voor de prettige kick-off. Zoals besproken leggen wij de productieomgeving aan in een eigen Azure-tenant "
    "van BZK (Azure Landing Zone volgens het Cloud Adoption Framework), met Dynamics 365 Customer Service en Power "
    "Platform binnen de Microsoft EU Data Boundary. Aaron Greenfield (Microsoft Customer Success) bevestigt "
    "hieronder dat Customer Lockbox en Azure Policy 'allowed locations' kunnen worden afgedwongen.",
    "",
    "Voor het migratieteam stel ik Finn Dekker voor als technisch lead; hij is bereikbaar op 0031 6 5120 8843.",
    "",
    "Met vriendelijke groet,",
    "Pieter-Jan Hofstede",
    "Accountmanager Publieke Sector | Pantheon IT Solutions B.V.",
    "Stationsplein 45, 3511 ED Utrecht | 030 - 711 2200 (receptie) | mobiel 06-18 44 90 27",
    "",
    "**From: Greenfield, Aaron <aaron.greenfield@microsoft.com>",
    "Sent: Thursday, June 4, 2026 19:55",
    "To: Hofstede, Pieter-Jan <p.hofstede@pantheon-it.nl>",
    "Subject: EU Data Boundary confirmation",
    "",
    "Pieter-Jan, confirming: Dynamics 365 and Power Platform customer data for EU tenants are stored and processed "
    "within the EU Data Boundary. Customer Lockbox is available for the Customer Service workload. Azure Policy can "
    "deny deployments outside West Europe and North Europe. Happy to join a call with the CISO team.",
    "Best, Aaron",
    ],
    redact=[R("PERSON", "Pieter-Jan Hofstede", "Hofstede, Pieter-Jan", "Pieter-Jan Hofstede", "Pieter-Jan"),
            R("EMAIL", "p.hofstede@pantheon-it.nl"),
            R("PERSON", "Bastiaan Oudeman", "Oudeman, Bastiaan", "Bastiaan"),
            R("EMAIL", "bastiaan.oudeman@minbzk.nl"),
            R("PERSON", "Ilse Vermeulen-de Groot", "Vermeulen-de Groot, Ilse", "Ilse"),
            R("EMAIL", "ilse.vermeulen@minbzk.nl"),
            R("PERSON", "Finn Dekker", "Dekker, Finn", "Finn Dekker"), R("EMAIL", "finn.dekker@pantheon-it.nl"),
            R("PERSON", "Aaron Greenfield", "Greenfield, Aaron", "Aaron Greenfield", "Aaron"),
            R("EMAIL", "aaron.greenfield@microsoft.com"),
            R("PHONE", "0031 6 5120 8843"), R("PHONE", "06-18 44 90 27")],
    keep=[K("PRODUCT", "Azure Landing Zone"), K("TERM", "Cloud Adoption Framework"),
          K("PRODUCT", "Dynamics 365 Customer Service"), K("PRODUCT", "Power Platform"),
          K("TERM", "EU Data Boundary"), K("PRODUCT", "Customer Lockbox"), K("PRODUCT", "Azure Policy"),
          K("ORG", "Microsoft Customer Success"), K("ORG", "Pantheon IT Solutions B.V."),
          K("ADDRESS", "Stationsplein 45"), K("PHONE", "030 - 711 2200"), K("TITLE", "Accountmanager Publieke Sector"),
          K("PLACE", "West Europe"), K("TITLE", "technisch lead"), K("PLACE", "Utrecht")]))

# ------------------------------------------------------------------ cz08 Teams chat
DOCS.append(Doc("cz08_teams_chat", font="dejavu", producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    title="Chat ZWC evaluatie", body=[
    "# Chat: Evaluatiecommissie ZWC (Microsoft Teams)",
    "Deelnemers: Ilse Vermeulen-de Groot, Ruud Tjoa, Gülşen Arslan, Wessel ter Haar, Bastiaan Oudeman",
    "",
    "[21-04-2026 08:51] Ilse Vermeulen-de Groot: Goedemorgen! Demo Caseflow om 9:30 in de Johan de Witt-zaal, koffie staat klaar",
    "[21-04-2026 08:53] Wessel ter Haar: Ben er om 9:15. Ruud meldt zich ziek trouwens",
    "[21-04-2026 08:54] Ruud Tjoa: Klopt, sorry, mijn hernia speelt weer op. Ik volg de opname",
    "[21-04-2026 08:55] Bastiaan Oudeman: Beterschap Ruud. Let op: opnames tellen niet als bijwonen, ik check of je mag scoren op K4",
    "[21-04-2026 09:02] Gülşen Arslan: Guus hier, zit in de trein vanaf Utrecht, iets later",
    "[21-04-2026 11:40] Wessel ter Haar: Die OmniStudio-flow crashte twee keer. Niet best voor scenario 3",
    "[21-04-2026 11:41] Ilse Vermeulen-de Groot: Niet hier bespreken aub, we scoren individueel en daarna consensus",
    "[21-04-2026 11:42] Bastiaan Oudeman: Eens met Ilse. Notities alleen op je eigen formulier",
    "[22-04-2026 16:15] Gülşen Arslan: Pantheon-demo was strak. Power Automate en Teams-integratie werkten in één keer",
    "[22-04-2026 16:17] Wes: Dynamics-licentiemodel nog wel navragen bij de CIO-office",
    "[22-04-2026 16:20] Bastiaan Oudeman: Ik zet het op de actielijst. Consensussessie 6 mei, Hoftoren 12e verdieping",
    "[22-04-2026 16:24] Ilse Vermeulen-de Groot: Henrike kan 6 mei pas om 14:00, ze heeft een afspraak bij de fysiotherapeut",
    "[22-04-2026 16:25] Bastiaan Oudeman: Geen probleem. Ik vraag Anne-Claire voor de notulen",
    ],
    redact=[R("PERSON", "Ilse Vermeulen-de Groot", "Ilse Vermeulen-de Groot", "Ilse"),
            R("PERSON", "Ruud Tjoa", "Ruud Tjoa", "Ruud"),
            R("HEALTH", "hernia", "mijn hernia"),
            R("PERSON", "Gülşen Arslan", "Gülşen Arslan", "Guus"),
            R("PERSON", "Wessel ter Haar", "Wessel ter Haar", "Wes"),
            R("PERSON", "Bastiaan Oudeman", "Bastiaan Oudeman"), R("PERSON", "Henrike Brouwer-Lindqvist", "Henrike"),
            R("HEALTH", "fysiotherapeut", "afspraak bij de fysiotherapeut"),
            R("PERSON", "Anne-Claire van 't Hooft", "Anne-Claire")],
    keep=[K("PLACE", "Johan de Witt-zaal"), K("ORG", "Caseflow"), K("PRODUCT", "OmniStudio"),
          K("PRODUCT", "Power Automate"), K("ORG", "Pantheon"), K("PLACE", "Hoftoren"), K("ORG", "CIO-office"),
          K("TERM", "K4"), K("PLACE", "Utrecht"), K("TERM", "scenario 3"), K("PRODUCT", "Microsoft Teams")]))

# ------------------------------------------------------------------ cz09 proces-verbaal van opening
DOCS.append(Doc("cz09_pv_opening", font="dejavu", producer="Nitro PDF Pro 14", creator="Nitro PDF Pro 14",
    title="Proces-verbaal van opening", cols=[3, 3, 2, 2], body=[
    "# Proces-verbaal van opening van de inschrijvingen",
    "Aanbesteding: Zaakgericht Werken in de Cloud (BZK-2026-EA-0417) | TenderNed 412876",
    "Datum en tijd: 7 april 2026, 10:15 uur | Locatie: Turfmarkt 147, kamer H-11.08",
    "",
    "## Aanwezig",
    "|*Naam|Functie|Organisatie|Paraaf",
    "|ing. B. Oudeman|inkoopadviseur (voorzitter)|BZK|BO",
    "|mr. drs. A.C. van 't Hooft|jurist inkoop (notulist)|BZK|AvtH",
    "|J. Nieuwenhuis-Çelik|controller|DICTU|JNC",
    "",
    "Via Teams meegekeken (zonder stemrecht): Yara El Idrissi (yara.elidrissi@minbzk.nl) en Mehmet Yıldırım (DICTU).",
    "",
    "## Ontvangen inschrijvingen via TenderNed",
    "|*Inschrijver|Platform|Tijdstip ontvangst|Volledig",
    "|Pantheon IT Solutions B.V.|Dynamics 365 op Azure|6 april 2026 17:42|ja",
    "|Caseflow Europe Ltd|Salesforce Public Sector|7 april 2026 09:21|ja",
    "|Nordwise Consulting B.V.|ServiceNow|7 april 2026 09:58|ja",
    "|Zaakwerk Nederland B.V.|eigen platform|7 april 2026 10:03|te laat",
    "",
    "De inschrijving van Zaakwerk Nederland B.V. is na de sluitingstijd ontvangen en wordt terzijde gelegd. "
    "De drie tijdige inschrijvingen worden ter beoordeling aan de evaluatiecommissie voorgelegd. Prijsenveloppen "
    "worden pas geopend nadat de kwaliteitsscores zijn vastgesteld.",
    "",
    "Aldus opgemaakt en ondertekend te Den Haag op 7 april 2026.",
    "",
    "B. Oudeman                                  A.C. van 't Hooft",
    ],
    redact=[R("PERSON", "Bastiaan Oudeman", "B. Oudeman"), R("INITIALS", "BO", "BO"),
            R("PERSON", "A.C. van 't Hooft", "A.C. van 't Hooft"), R("INITIALS", "AvtH"),
            R("PERSON", "J. Nieuwenhuis-Çelik", "J. Nieuwenhuis-Çelik"), R("INITIALS", "JNC"),
            R("PERSON", "Yara El Idrissi", "Yara El Idrissi"), R("EMAIL", "yara.elidrissi@minbzk.nl"),
            R("PERSON", "Mehmet Yıldırım", "Mehmet Yıldırım")],
    keep=[TEN, ZWC, K("CASE", "TenderNed 412876"), K("ADDRESS", "Turfmarkt 147"),
          K("ORG", "Pantheon IT Solutions B.V."), K("ORG", "Caseflow Europe Ltd"),
          K("ORG", "Nordwise Consulting B.V."), K("ORG", "Zaakwerk Nederland B.V."), K("PRODUCT", "ServiceNow"),
          K("PRODUCT", "Dynamics 365"), K("TITLE", "controller"), K("TITLE", "jurist inkoop"), K("ORG", "DICTU"),
          K("PRODUCT", "Salesforce Public Sector")]))

# ------------------------------------------------------------------ cz10 individual scoring sheet
DOCS.append(Doc("cz10_beoordelingsformulier_e3", font="helv", producer="Microsoft® Excel® for Microsoft 365",
    creator="Microsoft® Excel® for Microsoft 365", title="Beoordelingsformulier evaluator E3",
    author="W. ter Haar", cols=[2, 1, 6], body=[
    "# Individueel beoordelingsformulier - evaluator E3",
    "Aanbesteding ZWC (BZK-2026-EA-0417) | Inschrijver: Caseflow Europe Ltd | Evaluator: W. ter Haar (WtH)",
    "Schaal: 0 (onvoldoende) - 2,5 - 5 - 7,5 - 10 (uitstekend)",
    "",
    "|*Criterium|Score|Onderbouwing",
    "|K1 Functionele aansluiting|7,5|Zaaktypecatalogus goed ingericht in Salesforce Public Sector Solutions; ZGW-API's via MuleSoft, niet native.",
    "|K2 Informatiebeveiliging|5|Hyperforce EU voldoet, maar support vanuit het Verenigd Koninkrijk blijft onduidelijk ondanks Nota van Inlichtingen vraag 7.",
    "|K3 Implementatie en migratie|5|Migratie uit Corsa gepland in big bang; weinig aandacht voor MDTO-metagegevens.",
    "|K4 Demonstratie|2,5|Scenario 3 (escalatie bezwaar) faalde twee keer; OmniStudio-flow liep vast. Opname gebruikt als back-up.",
    "",
    "Opmerkingen: de presentatie door de solution architect was inhoudelijk sterk; de Nederlandstalige lead "
    "beantwoordde vragen over de Archiefwet onvoldoende.",
    "",
    "Vragen voor verificatie: navragen bij Mateusz Kowalczyk hoe de 'Dutch-only support rota' is ingericht; "
    "de referentie bij gemeente Almere (contact: Hidde Stoop, 036 539 8812) nabellen.",
    "",
    "Ingevuld door: WtH, 22 april 2026. Paraaf inkoopadviseur: BO",
    ],
    redact=[R("PERSON", "Wessel ter Haar", "W. ter Haar"), R("INITIALS", "WtH"), R("INITIALS", "BO"),
            R("PERSON", "Mateusz Kowalczyk", "Mateusz Kowalczyk"), R("PERSON", "Hidde Stoop", "Hidde Stoop"),
            R("PHONE", "036 539 8812")],
    keep=[TEN, K("ORG", "Caseflow Europe Ltd"), K("PRODUCT", "Salesforce Public Sector Solutions"),
          K("PRODUCT", "MuleSoft"), K("PRODUCT", "Hyperforce EU"), K("PRODUCT", "Corsa"), K("TERM", "MDTO"),
          K("PRODUCT", "OmniStudio"), K("TERM", "ZGW-API's", word=False), K("LAW", "Archiefwet"),
          K("TERM", "evaluator E3"), K("TERM", "Nota van Inlichtingen"), K("TITLE", "solution architect"),
          K("ORG", "gemeente Almere")]))

# ------------------------------------------------------------------ cz11 consensus scoring (2 pages)
DOCS.append(Doc("cz11_consensusscores", font="helv", producer="Microsoft® Word for Microsoft 365",
    creator="Microsoft® Word for Microsoft 365", title="Consensusverslag evaluatiecommissie ZWC",
    cols=[3, 1, 1, 1, 1, 1, 1], body=[
    "# Consensusverslag evaluatiecommissie",
    "Zaakgericht Werken in de Cloud - BZK-2026-EA-0417 - consensussessie 6 mei 2026, Hoftoren",
    "",
    "## Samenstelling",
    "E1 I. Vermeulen-de Groot (IVdG), voorzitter, afdelingshoofd Informatiehuishouding",
    "E2 R. Tjoa (RT), functioneel beheerder Corsa",
    "E3 W. ter Haar (WtH), enterprise architect CIO-office",
    "E4 G. Arslan (GA), security officer",
    "E5 dr. H.J.M. Brouwer-Lindqvist (HBL), senior beleidsmedewerker Digitale Overheid",
    "Procesbegeleiding: B. Oudeman (BO), geen stemrecht",
    "",
    "## Individuele en consensusscores K1-K4 - Pantheon IT Solutions B.V.",
    "|*Criterium|E1|E2|E3|E4|E5|Consensus",
    "|K1|7,5|7,5|10|7,5|7,5|7,5",
    "|K2|10|7,5|7,5|10|7,5|10",
    "|K3|7,5|5|7,5|7,5|7,5|7,5",
    "|K4|10|n.v.t.|10|10|7,5|10",
    "",
    "## Caseflow Europe Ltd",
    "|*Criterium|E1|E2|E3|E4|E5|Consensus",
    "|K1|7,5|10|7,5|7,5|10|7,5",
    "|K2|5|5|5|2,5|5|5",
    "|K3|5|7,5|5|5|5|5",
    "|K4|5|n.v.t.|2,5|5|5|5",
    "---",
    "## Nordwise Consulting B.V.",
    "|*Criterium|E1|E2|E3|E4|E5|Consensus",
    "|K1|10|7,5|7,5|7,5|7,5|7,5",
    "|K2|7,5|7,5|7,5|7,5|5|7,5",
    "|K3|5|5|7,5|5|5|5",
    "|K4|7,5|n.v.t.|7,5|5|7,5|7,5",
    "",
    "## Toelichting",
    "E2 heeft de demonstraties niet bijgewoond en heeft op K4 niet gescoord (besluit voorzitter, 21 april 2026). "
    "Bij K2 voor Caseflow Europe Ltd weegt de commissie mee dat supportmedewerkers in het Verenigd Koninkrijk "
    "toegang tot productiedata kunnen krijgen; dit strijdt met NFR-01 en het Rijksbeleid voor het gebruik van "
    "publieke clouddiensten. De verschillen tussen E3 en E4 op K2 zijn besproken; de consensus volgt E4.",
    "",
    "## Ondertekening",
    "|*Lid|Paraaf|Datum||||",
    "|E1|IVdG|6-5-2026||||",
    "|E2|RT|6-5-2026||||",
    "|E3|WtH|6-5-2026||||",
    "|E4|GA|7-5-2026||||",
    "|E5|HBL|7-5-2026||||",
    ],
    redact=[R("PERSON", "Ilse Vermeulen-de Groot", "I. Vermeulen-de Groot"), R("INITIALS", "IVdG"),
            R("PERSON", "Ruud Tjoa", "R. Tjoa"), R("INITIALS", "RT"),
            R("PERSON", "Wessel ter Haar", "W. ter Haar"), R("INITIALS", "WtH"),
            R("PERSON", "Gülşen Arslan", "G. Arslan"), R("INITIALS", "GA"),
            R("PERSON", "H.J.M. Brouwer-Lindqvist", "H.J.M. Brouwer-Lindqvist"), R("INITIALS", "HBL"),
            R("PERSON", "Bastiaan Oudeman", "B. Oudeman"), R("INITIALS", "BO")],
    keep=[TEN, ZWC, K("PLACE", "Hoftoren"), K("ORG", "Pantheon IT Solutions B.V."),
          K("ORG", "Caseflow Europe Ltd"), K("ORG", "Nordwise Consulting B.V."),
          K("TITLE", "afdelingshoofd Informatiehuishouding"), K("TITLE", "functioneel beheerder Corsa"),
          K("TITLE", "enterprise architect CIO-office"), K("TITLE", "security officer"),
          K("TITLE", "senior beleidsmedewerker Digitale Overheid"), K("TERM", "NFR-01"),
          K("TERM", "consensus", word=False), K("PLACE", "Verenigd Koninkrijk")]))
