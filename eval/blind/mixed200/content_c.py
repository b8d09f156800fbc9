"""Documents w200_17 - w200_33. All persons are invented."""
from content_a import HB
DOCS = []

DOCS.append(dict(
    stem="w200_17_scan_veldnotitie", kind="scan", angle=-0.6, producer="KONICA MINOLTA bizhub C308", creator="bizhub C308",
    lines=[
        "# Veldnotitie inspectie - Havens en Vaarwegen", "",
        "Datum: 24-06-2026   Ligplaats: GW-021", "Schip: Johanna Cornelia", "Inspecteur: T. Hoekstra", "",
        "Meetpunten onder 4 mm: 17 van 64", "Laagste: BB-09 = 2,1 mm", "",
        "~ Eigenaar vraagt uitstel, zoon Maarten belt",
        "~ nog terug: 06 1733 9820",
        "~ Niets toegezegd! Havenmeester beslist.",
        "~ T.H.",
    ],
    R=[("@ocr:PERSON", "T. Hoekstra"), ("@ocr:PERSON", "Maarten"), ("@ocr:PHONE", "06 1733 9820")],
    K=[],
))

DOCS.append(dict(
    stem="w200_18_scan_presentielijst", kind="scan", angle=0.5, producer="RICOH IM C3000 Scanner", creator="RICOH IM C3000",
    lines=[
        "# Presentielijst hoorzitting BZ-2026-0288", "1 oktober 2026, Stadhuis Leiden", "",
        "Naam                          Handtekening",
        "H.C. Dijkgraaf", "~      Dijkgraaf", "A.M. Nooteboom", "~      A. Nooteboom", "F. Aouragh", "~      Fatima A.",
        "L.J.M. Quist", "~      LQuist", "R.P. Brinkhorst", "~      Brinkhorst",
    ],
    R=[("@ocr:PERSON", "H.C. Dijkgraaf", "Dijkgraaf"), ("@ocr:PERSON", "A.M. Nooteboom", "Nooteboom"),
       ("@ocr:PERSON", "Aouragh", "Fatima"), ("@ocr:PERSON", "Quist"), ("@ocr:PERSON", "R.P. Brinkhorst", "Brinkhorst")],
    K=[],
))

DOCS.append(dict(
    stem="w200_19_formulier_melding_eigenaar", producer="ReportLab PDF Library - www.reportlab.com",
    creator="Formulierenbouwer Leiden",
    lines=[
        "# Formulier wijziging eigenaar woonschip (artikel 2.9 Havenverordening Leiden 2019)", HB, "",
        "Stuur dit formulier binnen vier weken na de eigendomsoverdracht naar havens@leiden.nl. Het Havenkantoor "
        "past het ligplaatsenregister aan en beoordeelt of de ligplaatsvergunning kan worden overgeschreven.",
        "Zaaknummer: LPV-2026-0131", "",
    ],
    form=[("Ligplaats", "ligplaats", "NR-019"), ("Naam schip", "schip", "Noorderlicht"),
          ("Nieuwe eigenaar", "nieuw", "Aart-Jan ter Beek"), ("Geboortedatum", "geb", "02-11-1988"),
          ("BSN", "bsn", "271 886 530"), ("Telefoon", "tel", "06 2009 7713"),
          ("E-mail", "mail", "aj.terbeek@gmail.com"), ("Woonadres tot overdracht", "adres", "Lammenschansweg 74, Leiden"),
          ("Ondertekend door", "sign", "A.J. ter Beek"), ("Vorige eigenaar", "oud", "Marijke Holleman")],
    R=[("@annotations:PERSON", "Aart-Jan ter Beek"), ("@annotations:DOB", "02-11-1988"),
       ("@annotations:BSN", "271 886 530"), ("@annotations:PHONE", "06 2009 7713"),
       ("@annotations:EMAIL", "aj.terbeek@gmail.com"), ("@annotations:ADDRESS", "Lammenschansweg 74"), ("@annotations:PERSON", "A.J. ter Beek"), ("@annotations:PERSON", "Marijke Holleman")],
    K=[("LAW", "Havenverordening Leiden 2019"), ("MAIL", "havens@leiden.nl"), ("CASE", "LPV-2026-0131"),
       ("ORG", "Havenkantoor"), ("TERM", "ligplaatsenregister"), ("TERM", "Ligplaats")],
))

DOCS.append(dict(
    stem="w200_20_beslisnota", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Lamberts, P.B.",
    lines=[
        "# Beslisnota aan de burgemeester", "Van: Havens en Vaarwegen / Juridische Zaken", "Datum: 27 juli 2026",
        "Kenmerk: HM/LOD/2026/031-BN", "Onderwerp: last onder dwangsom woonschip Johanna Cornelia (GW-021)",
        "Contactpersoon: M. Verhagen-Duits, T 071 516 5719", "",
        "# Geadviseerd besluit",
        "Aan de burgemeester wordt gevraagd in te stemmen met het opleggen van een last onder dwangsom aan de "
        "eigenaar van het woonschip Johanna Cornelia, met een begunstigingstermijn tot 1 november 2026.",
        "# Kern",
        "De romp heeft conditiescore 5 (NEN 2767). Er is gevaar voor zinken en schade aan de kademuur van het "
        "Galgewater. De eigenaar heeft een zienswijze ingediend; de termijn is daarop verlengd.",
        "# Krachtenveld",
        "De Stichting Woonbootbelangen Leiden en raadslid Verbrugge (GroenLinks) volgen de zaak. Wethouder Oltmans "
        "is geïnformeerd. Persvragen van Leidsch Dagblad zijn te verwachten; woordvoering via team Communicatie.",
        "# Paraaf",
        "| Naam | Functie | Paraaf | Datum |",
        "| R.P. Brinkhorst | havenmeester | RPB | 27-07 |", "| M.C. Verhagen-Duits | jurist | MVD | 27-07 |",
        "| J. Oudshoorn | afdelingshoofd Openbare Ruimte | JO | 28-07 |", "",
        "# Informatie die niet openbaar gemaakt kan worden",
        "In deze nota staan persoonsgegevens van de eigenaar (5.1 lid 2 sub e Woo).",
        "# Motivering",
        "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
    ],
    R=[("PERSON", "M. Verhagen-Duits", "M.C. Verhagen-Duits"), ("PHONE", "071 516 5719"),
       ("PERSON", "R.P. Brinkhorst"), ("PERSON", "J. Oudshoorn"), ("INITIALS", "RPB", "MVD", "JO"),
       ("@metadata:PERSON", "Lamberts, P.B.")],
    K=[("CASE", "HM/LOD/2026/031-BN"), ("SHIP", "Johanna Cornelia"), ("STD", "NEN 2767"),
       ("ORG", "Stichting Woonbootbelangen Leiden"), ("TITLE", "raadslid Verbrugge"), ("ORG", "GroenLinks"),
       ("TITLE", "Wethouder Oltmans"), ("ORG", "Leidsch Dagblad"), ("TITLE", "afdelingshoofd Openbare Ruimte"),
       ("HEAD", "Informatie die niet openbaar gemaakt kan worden"), ("HEAD", "Motivering"), ("CASE", "GW-021"),
       ("LAW", "5.1 lid 2 sub e Woo"), ("ORG", "Juridische Zaken")],
))

DOCS.append(dict(
    stem="w200_21_memo_jz_hoge_raad", kind="docx", docx_author="Gemeente Leiden", xmp_creator="Marloes Verhagen",
    lines=[
        "MEMO Juridische Zaken", "# Woonboten na de Wetterskip-uitspraak: gevolgen voor de Havenverordening",
        "Aan: havenmeester; team Vergunningen. Datum: 3 juni 2026.",
        "De Hoge Raad oordeelde (ECLI:NL:HR:2016:2005, Wetterskip Fryslân) dat een woonark geen bouwwerk is als hij "
        "bestemd is om te varen; sinds de Wet verduurzaming drijvende bouwwerken (2018) is een drijvend object dat "
        "duurzaam als woning wordt gebruikt wel een bouwwerk. Voor de Leidse woonschepen betekent dit dat zowel de "
        "Havenverordening Leiden 2019 als het Bouwbesluit (thans Besluit bouwwerken leefomgeving) van toepassing kan zijn.",
        "Advies: houd bij handhaving op de romp de Havenverordening aan als grondslag; de omgevingsvergunning voor de "
        "ligplaats regelt het bouwkundige deel. Overleg met de Omgevingsdienst West-Holland over een gezamenlijk "
        "inspectieprotocol.",
        "Zie ook de eerdere zaak van de heer Boukhari-Visser (WS-007), waarin de rechtbank Den Haag de gemeente "
        "in het gelijk stelde.",
        "Opgesteld: mr. M. Verhagen-Duits (JZ), met dank aan Tjerk Hoekstra voor de technische toelichting. Vragen: 06 2290 4418.",
    ],
    R=[("@metadata:PERSON", "Marloes Verhagen"), ("PERSON", "Boukhari-Visser"), ("PERSON", "M. Verhagen-Duits"),
       ("PERSON", "Tjerk Hoekstra"), ("PHONE", "06 2290 4418")],
    K=[("ORG", "Hoge Raad"), ("CASE", "ECLI:NL:HR:2016:2005"), ("ORG", "Wetterskip Fryslân"),
       ("LAW", "Wet verduurzaming drijvende bouwwerken"), ("LAW", "Havenverordening Leiden 2019"),
       ("LAW", "Besluit bouwwerken leefomgeving"), ("ORG", "Omgevingsdienst West-Holland"), ("CASE", "WS-007"),
       ("ORG", "rechtbank Den Haag"), ("ORG", "Juridische Zaken"), ("LAW", "Bouwbesluit")],
))

DOCS.append(dict(
    stem="w200_22_factuur_duiker", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016", font="dv",
    lines=[
        "# FACTUUR", "Rens Kuipers h.o.d.n. Kuipers Duikwerken", "Vlietweg 3 (werkplaats)", "2323 LA Leiden",
        "KvK 58812204 | btw NL002154887B45 | IBAN NL17 INGB 0006 7730 14", "Mobiel 06-1046 3391 | rens@kuipersduikwerken.nl", "",
        "Aan: Gemeente Leiden, Havens en Vaarwegen, t.a.v. crediteurenadministratie, Postbus 9100, 2300 PC Leiden", "",
        "Factuurnummer: 2026-047   Factuurdatum: 30 juni 2026   Uw inkoopordernummer: PO-4500218771", "",
        "| Omschrijving | Aantal | Prijs | Totaal |",
        "| Duikinspectie onderwaterschip GW-021, 24-06-2026 | 1 | € 620,00 | € 620,00 |",
        "| Ultrasone diktemeting onder waterlijn (32 punten) | 32 | € 9,50 | € 304,00 |",
        "| Voorrijkosten | 1 | € 45,00 | € 45,00 |", "",
        "Subtotaal € 969,00 | btw 21% € 203,49 | Totaal € 1.172,49", "",
        "Betaling binnen 30 dagen op NL17 INGB 0006 7730 14 o.v.v. factuurnummer. Gecontroleerd: TH",
    ],
    R=[("PERSON", "Rens Kuipers"), ("ADDRESS", "Vlietweg 3", "2323 LA Leiden"), ("IBAN", "NL17 INGB 0006 7730 14"),
       ("ID", "NL002154887B45"), ("PHONE", "06-1046 3391"), ("EMAIL", "rens@kuipersduikwerken.nl"), ("INITIALS", "TH")],
    K=[("ORG", "Kuipers Duikwerken"), ("ID", "KvK 58812204"), ("CASE", "PO-4500218771"), ("CASE", "GW-021"),
       ("ORG", "Havens en Vaarwegen"), ("ADDRESS", "Postbus 9100"), ("AMOUNT", "€ 1.172,49"), ("TERM", "FACTUUR")],
))

DOCS.append(dict(
    stem="w200_23_factuur_sleepdienst", producer="Exact Online", creator="Exact Online Facturatie",
    lines=[
        "Sleep- en Duwdienst Van der Meulen", "eigenaar: Jacobus (Koos) van der Meulen", "Haven 12, 2312 MK Leiden",
        "Tel. 071 - 513 40 22 | KvK 27089451 | IBAN NL63 ABNA 0411 2298 07", "",
        "Factuur 26-0612 d.d. 28 oktober 2026", "Aan: Havenkantoor Leiden, Stadhuisplein 1", "",
        "Sleep woonschip 'Johanna Cornelia' van ligplaats GW-021 (Galgewater) naar Scheepswerf De Haas, Katwijk, "
        "op 26 oktober 2026, inclusief stremming Rembrandtbrug en begeleiding door de brugwachter: € 3.850,00 excl. btw.",
        "Kosten voor rekening van de eigenaar conform afspraak; voorschot door gemeente op verzoek van mevrouw "
        "E. Schuitema (adjunct-havenmeester). Contact schipper: Koos, 06 4410 2278.",
    ],
    R=[("PERSON", "Jacobus (Koos) van der Meulen", "Koos"), ("ADDRESS", "Haven 12", "2312 MK Leiden"),
       ("PHONE", "071 - 513 40 22", "06 4410 2278"), ("IBAN", "NL63 ABNA 0411 2298 07"), ("PERSON", "E. Schuitema")],
    K=[("ID", "KvK 27089451"), ("SHIP", "Johanna Cornelia"), ("CASE", "GW-021"), ("ORG", "Scheepswerf De Haas"),
       ("PLACE", "Rembrandtbrug"), ("PLACE", "Katwijk"), ("TITLE", "adjunct-havenmeester"), ("AMOUNT", "€ 3.850,00"),
       ("ADDRESS", "Stadhuisplein 1"), ("TITLE", "brugwachter")],
))

DOCS.append(dict(
    stem="w200_24_raadsvragen_antwoord", producer="iText® 5.5.13 ©2000-2020 iText Group NV", creator="iBabs",
    lines=[
        "# Schriftelijke vragen ex artikel 45 Reglement van orde - nr. 2026/112", "Raadslid Sanne Verbrugge (GroenLinks), 14 augustus 2026", "",
        "1. Hoeveel woonschepen in de Leidse grachten zijn in 2025-2026 afgekeurd op de rompconditie?",
        "2. Deelt het college de zorg dat een dwangsom oudere bewoners in financiële problemen kan brengen?",
        "3. Is het college bereid een leningsfaciliteit via het Stimuleringsfonds Volkshuisvesting (SVn) te onderzoeken?", "",
        "# Antwoord van het college, 8 september 2026",
        "1. In die periode zijn 9 van de 214 gekeurde woonschepen afgekeurd (conditiescore 5 of 6).",
        "2. Het college begrijpt de zorg. De havenmeester biedt maatwerk bij de begunstigingstermijn en wijst op "
        "betalingsregelingen. Over individuele zaken doen wij geen mededelingen.",
        "3. Ja. Wethouder Dennis Oltmans verkent met de SVn en de Landelijke Woonboten Organisatie (LWO) een "
        "woonbotenlening; hij informeert de raad voor 1 januari 2027.", "",
        "Het college van burgemeester en wethouders van Leiden,", "de secretaris, drs. P.A.M. Kroonenberg",
        "de burgemeester, Margriet Schellekens", "", "Ambtelijk contact: E. Schuitema (e.schuitema@leiden.nl)",
    ],
    R=[("PERSON", "E. Schuitema"), ("EMAIL", "e.schuitema@leiden.nl")],
    K=[("PUBLIC", "Raadslid Sanne Verbrugge"), ("ORG", "GroenLinks"), ("PUBLIC", "Wethouder Dennis Oltmans"),
       ("PUBLIC", "de burgemeester, Margriet Schellekens"), ("PUBLIC", "de secretaris, drs. P.A.M. Kroonenberg"),
       ("ORG", "Stimuleringsfonds Volkshuisvesting"), ("ORG", "SVn"), ("ORG", "Landelijke Woonboten Organisatie"),
       ("ORG", "LWO"), ("CASE", "2026/112"), ("LAW", "artikel 45 Reglement van orde"), ("TITLE", "havenmeester"),
       ("TERM", "woonbotenlening")],
))

DOCS.append(dict(
    stem="w200_25_persbericht", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Wouter Rietveld", xmp_creator="Wouter Rietveld", font="dv",
    lines=[
        "# PERSBERICHT - Gemeente Leiden", "Leiden, 9 september 2026", "",
        "# Leiden verkent lening voor woonboteigenaren met zwakke romp",
        "Wethouder Dennis Oltmans (Havens en Water) onderzoekt samen met het Stimuleringsfonds Volkshuisvesting "
        "en de Landelijke Woonboten Organisatie een lening voor eigenaren van woonschepen die hun romp moeten "
        "laten herstellen. Aanleiding zijn vragen van raadslid Sanne Verbrugge.",
        "\"Een woonboot is iemands thuis. Veiligheid gaat voor, maar we willen niemand in de problemen brengen\", "
        "aldus wethouder Oltmans. Burgemeester Margriet Schellekens is verantwoordelijk voor de handhaving op grond "
        "van de Havenverordening Leiden 2019.",
        "De gemeente keurt de ruim 200 woonschepen in de singels en grachten eens per zeven jaar, onder meer bij "
        "het Galgewater, de Oude Rijn en de Witte Singel. Bewoners met vragen kunnen terecht bij het Havenkantoor: "
        "havens@leiden.nl of 14 071.", "",
        "Noot voor de redactie: meer informatie bij de persvoorlichter van de gemeente, 071 516 5000 (algemeen "
        "persnummer) of pers@leiden.nl.",
    ],
    R=[("@metadata:PERSON", "Wouter Rietveld")],
    K=[("PUBLIC", "Wethouder Dennis Oltmans"), ("PUBLIC", "wethouder Oltmans"), ("PUBLIC", "raadslid Sanne Verbrugge"),
       ("PUBLIC", "Burgemeester Margriet Schellekens"), ("ORG", "Stimuleringsfonds Volkshuisvesting"),
       ("ORG", "Landelijke Woonboten Organisatie"), ("LAW", "Havenverordening Leiden 2019"), ("PLACE", "Galgewater"),
       ("PLACE", "Oude Rijn"), ("PLACE", "Witte Singel"), ("MAIL", "havens@leiden.nl"), ("PHONE", "14 071"),
       ("PHONE", "071 516 5000"), ("MAIL", "pers@leiden.nl"), ("ORG", "Havenkantoor"), ("TITLE", "persvoorlichter")],
))

DOCS.append(dict(
    stem="w200_26_rooster_havendienst", producer="Microsoft Excel 2019", creator="Microsoft Excel",
    lines=[
        "# Bereikbaarheidsrooster Havendienst - week 27-30 2026", HB, "", "Intern document - niet verspreiden.", "",
        "| Week | Dienst | Naam | Personeelsnr. | Mobiel dienst | Privé (nood) | E-mail |",
        "| 27 | havenmeester | R.P. Brinkhorst | 104417 | 06-1155 7021 | 071-5891 330 | r.brinkhorst@leiden.nl |",
        "| 27 | boothandhaver | J. Timmerman | 109283 | 06-5229 8170 | 06 2477 1093 | j.timmerman@leiden.nl |",
        "| 28 | adj. havenmeester | E. Schuitema | 106651 | 06-4180 5536 | 0252 - 41 88 07 | e.schuitema@leiden.nl |",
        "| 28 | boothandhaver | S. Bakker-Oei | 110027 | 06-3307 4412 | 06 1288 3039 | s.bakker-oei@leiden.nl |",
        "| 29 | inspecteur | T. Hoekstra | 107742 | 06-2819 0057 | 0031 71 589 2210 | t.hoekstra@leiden.nl |",
        "| 29 | boothandhaver | M. 't Hart | 108834 | 06-5520 1196 | 06-8103 4420 | m.thart@leiden.nl |",
        "| 30 | havenmeester | R.P. Brinkhorst | 104417 | 06-1155 7021 | 071-5891 330 | r.brinkhorst@leiden.nl |",
        "| 30 | boothandhaver | J. Timmerman | 109283 | 06-5229 8170 | 06 2477 1093 | j.timmerman@leiden.nl |", "",
        "Vervanging bij ziekte: Ilse Groenendijk (Stadstoezicht, 06-2730 8841) of Ahmed el Khatib (06 1503 7726).", "",
        "Algemeen nummer Havenkantoor (kantoortijden): 14 071. Buiten kantoortijd: meldkamer Handhaving 071 516 7000.",
        "Dienstboot: Stadhouder (ligplaats Haven). Sleutels bij de Stadstimmertuin.",
    ],
    R=[("PERSON", "R.P. Brinkhorst"), ("PERSON", "J. Timmerman"), ("PERSON", "E. Schuitema"), ("PERSON", "S. Bakker-Oei"),
       ("PERSON", "T. Hoekstra"), ("PERSON", "M. 't Hart"),
       ("EMAIL", "r.brinkhorst@leiden.nl", "j.timmerman@leiden.nl", "e.schuitema@leiden.nl", "s.bakker-oei@leiden.nl",
        "t.hoekstra@leiden.nl", "m.thart@leiden.nl"), ("PERSON", "Ilse Groenendijk"), ("PERSON", "Ahmed el Khatib"),
       ("PHONE", "06-2730 8841", "06 1503 7726"), ("ID", "104417", "109283", "106651", "110027", "107742", "108834"),
       ("PHONE", "06-1155 7021", "071-5891 330", "06-5229 8170", "06 2477 1093", "06-4180 5536", "0252 - 41 88 07",
        "06-3307 4412", "06 1288 3039", "06-2819 0057", "0031 71 589 2210", "06-5520 1196", "06-8103 4420")],
    K=[("PHONE", "14 071"), ("PHONE", "071 516 7000"), ("SHIP", "Stadhouder"), ("PLACE", "Stadstimmertuin"),
       ("TITLE", "boothandhaver"), ("TITLE", "havenmeester"), ("ORG", "meldkamer Handhaving"), ("ORG", "Havendienst"), ("ORG", "Stadstoezicht")],
))

DOCS.append(dict(
    stem="w200_27_teams_chat_havendienst", producer="Microsoft Teams (Print to PDF)", creator="Microsoft Edge", font="dv",
    lines=[
        "# Chat: Havendienst handhaving woonboten", "Deelnemers: Ruud Brinkhorst, Ellen Schuitema, Joost Timmerman, Tjerk Hoekstra, Sandra Bakker-Oei", "",
        "[ma 27-7 08:41] Joost Timmerman: morgen! zit er weer een bilgewatermelding op de Nieuwe Rijn, NR-017 meldt NR-015",
        "[ma 27-7 08:43] Ellen Schuitema: ja, brief van mevr. Z. is gescand. Niet noemen richting de buurman aub",
        "[ma 27-7 08:44] Joost Timmerman: tuurlijk. ik ga er met Sandra langs met de Stadhouder",
        "[ma 27-7 09:02] Ruud Brinkhorst: Tjerk, heb jij in juni iets toegezegd aan Van 't Hoog over uitstel?",
        "[ma 27-7 09:15] Tjerk Hoekstra: Nee. Ik heb gezegd dat jij beslist. Staat ook op mijn veldnotitie",
        "[ma 27-7 09:16] Ruud Brinkhorst: 👍 top. Marloes wil dat zwart-op-wit voor de bezwaarcommissie",
        "[ma 27-7 09:30] Sandra Bakker-Oei: Petrović was niet thuis, kaartje achtergelaten. Zijn vrouw Jelena belde net terug op 06-3014 9957",
        "[ma 27-7 09:31] Joost Timmerman: monster genomen, gaat naar het lab van de Omgevingsdienst West-Holland",
        "[ma 27-7 10:05] Ellen Schuitema: Nog iets: wethouder Oltmans wil donderdag een update over de woonbotenlening. Ruud, kun jij?",
        "[ma 27-7 10:06] Ruud Brinkhorst: ja. Sjaak van Communicatie zit er ook bij i.v.m. Leidsch Dagblad",
        "[ma 27-7 10:20] Tjerk Hoekstra: fyi ik ben vanaf morgen tot 3 aug met verlof, dringende zaken via Ellen",
    ],
    R=[("PERSON", "Ruud Brinkhorst", "Ruud"), ("PERSON", "Ellen Schuitema", "Ellen"), ("PERSON", "Joost Timmerman"),
       ("PERSON", "Tjerk Hoekstra", "Tjerk"), ("PERSON", "Sandra Bakker-Oei", "Sandra"), ("PERSON", "mevr. Z."),
       ("PERSON", "Van 't Hoog"), ("PERSON", "Marloes"), ("PERSON", "Petrović"), ("PERSON", "Jelena"),
       ("PHONE", "06-3014 9957"), ("PERSON", "Sjaak")],
    K=[("CASE", "NR-017"), ("CASE", "NR-015"), ("SHIP", "Stadhouder"), ("ORG", "Omgevingsdienst West-Holland"),
       ("PUBLIC", "wethouder Oltmans"), ("ORG", "Leidsch Dagblad"), ("GROUP", "Havendienst handhaving woonboten"),
       ("PLACE", "Nieuwe Rijn"), ("TERM", "bilgewatermelding"), ("TERM", "bezwaarcommissie"), ("ORG", "Communicatie")],
))

DOCS.append(dict(
    stem="w200_28_concept_invorderingsbeleid", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
    lines=[
        "# CONCEPT - Beleidsregel invordering dwangsommen woonschepen 2027", "Versie 0.3, 2 oktober 2026 - Juridische Zaken / Havens en Vaarwegen", "",
        "1. De burgemeester vordert een verbeurde dwangsom in, tenzij bijzondere omstandigheden dat onevenredig maken "
        "(artikel 5:37 Awb).",
        "2. Bij een verbeurde dwangsom tot € 2.500 biedt de gemeente een betalingsregeling van ten hoogste 24 maanden.",
        "3. Bij woonschepen wordt rekening gehouden met de omstandigheid dat de ligplaats het woonadres is; "
        "beslaglegging op het woonschip is het uiterste middel.",
        "4. De havenmeester rapporteert halfjaarlijks aan de burgemeester over opgelegde en ingevorderde dwangsommen.",
        "5. Deze beleidsregel wordt bekendgemaakt in het Gemeenteblad en treedt in werking op 1 januari 2027.", "",
        "Toelichting: de regel volgt het advies van de Commissie bezwaarschriften in zaak BZ-2026-0288 en de "
        "toezegging van wethouder Oltmans aan de raad.",
    ],
    notes=[(0, ("Verhagen-Duits, Marloes", "Pieter-Bas, kun jij artikel 3 nog toetsen aan de uitspraak over de woonark in Zaandam?")),
           (0, ("Lamberts, Pieter-Bas", "Marloes: doe ik. Bel me op 06 3180 2294 als het spoed heeft.")),
           (0, ("Brinkhorst, R.P.", "Graag geen namen van bewoners in de toelichting; Van 't Hoog staat er nu in een voetnoot. Verwijderd.")),
           (0, ("Schuitema, Ellen", "Akkoord. Let op: mevrouw Zwanenburg (NR-017) wil anoniem blijven in alle stukken."))],
    R=[("@annotations:PERSON", "Verhagen-Duits, Marloes", "Marloes"), ("@annotations:PERSON", "Lamberts, Pieter-Bas", "Pieter-Bas"),
       ("@annotations:PHONE", "06 3180 2294"), ("@annotations:PERSON", "Brinkhorst, R.P."),
       ("@annotations:PERSON", "Van 't Hoog"),
       ("@annotations:PERSON", "Schuitema, Ellen"), ("@annotations:PERSON", "Zwanenburg")],
    K=[("LAW", "artikel 5:37 Awb"), ("CASE", "BZ-2026-0288"), ("ORG", "Commissie bezwaarschriften"),
       ("PUBLIC", "wethouder Oltmans"), ("ORG", "Gemeenteblad"), ("TITLE", "havenmeester"), ("AMOUNT", "€ 2.500"),
       ("ORG", "Juridische Zaken"), ("TERM", "CONCEPT"), ("TERM", "betalingsregeling")],
))

DOCS.append(dict(
    stem="w200_29_jaarverslag_handhaving", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    font="dvs",
    outline=[("1. Inleiding", 0), ("2. Keuringen 2025-2026 (R. Brinkhorst)", 0), ("3. Handhavingszaken - dossierhouder E. Schuitema", 0),
             ("Bijlage: gesprek met J. Timmerman over werkdruk", 0),
             ("Bijlage: mail Annelies Koster (ODWH) over watermonsters", 0)],
    author="Schuitema, E.",
    lines=[
        "# Handhaving woonschepen Leiden - halfjaarrapportage 2026-1", "Havens en Vaarwegen, augustus 2026", "",
        "# 1. Inleiding",
        "Deze rapportage geeft inzicht in de keuringen, waarschuwingen en lasten onder dwangsom bij woonschepen in de "
        "Leidse singels en grachten, conform de afspraak met de gemeenteraad (motie 2025/M-31 'Veilig wonen op het water').",
        "# 2. Keuringen 2025-2026",
        "Van de 214 gekeurde woonschepen kregen 9 de conditiescore 5 of 6. In 6 gevallen volgde herstel na een "
        "waarschuwing, in 2 gevallen een last onder dwangsom, in 1 geval loopt een bezwaarprocedure (BZ-2026-0288).",
        "# 3. Handhavingszaken",
        "Meldingen over bilgewater en walstroom namen toe (38 meldingen, 2025: 24). Samen met de Omgevingsdienst "
        "West-Holland zijn 4 watermonsters genomen. De dienstboot Stadhouder is in mei gereviseerd.",
        "# Bijlage",
        "Personeel: de formatie bestaat uit een havenmeester, een adjunct-havenmeester, een inspecteur scheepsbouw en "
        "drie boothandhavers. De werkdruk is hoog; zie het advies van de arbodienst (niet bijgevoegd).",
    ],
    R=[("@outline:PERSON", "R. Brinkhorst"), ("@outline:PERSON", "E. Schuitema"), ("@outline:PERSON", "J. Timmerman"), ("@outline:PERSON", "Annelies Koster"),
       ("@metadata:PERSON", "Schuitema, E.")],
    K=[("CASE", "2025/M-31"), ("PROG", "Veilig wonen op het water"), ("CASE", "BZ-2026-0288"),
       ("ORG", "Omgevingsdienst West-Holland"), ("SHIP", "Stadhouder"), ("TITLE", "adjunct-havenmeester"),
       ("TITLE", "inspecteur scheepsbouw"), ("TITLE", "boothandhavers"), ("ORG", "Havens en Vaarwegen"),
       ("TERM", "arbodienst")],
))

DOCS.append(dict(
    stem="w200_30_invorderingsbrief_petrovic", producer="Aspose.Words for .NET 23.4", creator="Zaaksysteem Leiden", font="dv",
    lines=[
        HB, "", "De heer D. Petrović en mevrouw J. Petrović-Kranjc", "Oude Rijn 102", "2312 HD Leiden", "",
        "Datum: 12 november 2026   Kenmerk: HM/LOD/2025/019-INV   Onderwerp: invordering verbeurde dwangsom", "",
        "Geachte heer en mevrouw Petrović,", "",
        "Bij besluit van 3 maart 2026 is u een last onder dwangsom opgelegd voor het lozen van bilgewater vanaf "
        "het woonschip 'Willem Barentsz' (ligplaats OR-102). Bij de controles van 14 en 28 oktober 2026 is "
        "vastgesteld dat u niet aan de last voldeed. U heeft daardoor € 1.000 verbeurd (2 x € 500).",
        "Wij verzoeken u dit bedrag binnen zes weken over te maken naar NL05 BNGH 0285 0016 42 (gemeente Leiden) "
        "onder vermelding van het kenmerk. Wij hebben uw rekeningnummer NL91 ABNA 0417 1643 00 genoteerd voor een "
        "eventuele terugbetaling.",
        "Een betalingsregeling is mogelijk; neem daarvoor contact op met de afdeling Belastingen, 14 071.", "",
        "Met vriendelijke groet,", "namens de burgemeester van Leiden,", "", "J. Timmerman", "boothandhaver", "j.timmerman@leiden.nl | 06-5229 8170",
    ],
    R=[("PERSON", "D. Petrović"), ("PERSON", "J. Petrović-Kranjc"), ("ADDRESS", "Oude Rijn 102", "2312 HD Leiden"),
       ("PERSON", "Petrović"), ("IBAN", "NL91 ABNA 0417 1643 00"), ("PERSON", "J. Timmerman"),
       ("EMAIL", "j.timmerman@leiden.nl"), ("PHONE", "06-5229 8170")],
    K=[("CASE", "HM/LOD/2025/019-INV"), ("SHIP", "Willem Barentsz"), ("CASE", "OR-102"), ("IBAN", "NL05 BNGH 0285 0016 42"),
       ("AMOUNT", "€ 1.000"), ("ORG", "Belastingen"), ("PHONE", "14 071"), ("TITLE", "boothandhaver"),
       ("ORG", "Havens en Vaarwegen"), ("DATE", "12 november 2026")],
))

DOCS.append(dict(
    stem="w200_31_telefoonnotitie", producer="PDF24 Creator 11.15", creator="PDF24", font="times",
    lines=[
        "# Telefoonnotitie Havenkantoor", "Datum: 10 augustus 2026, 10:40   Aangenomen door: ES", "",
        "Beller: mevrouw Femke van 't Hoog (dochter van de eigenaar van de Johanna Cornelia), 06-4872 1150, "
        "femke.vthoog@hotmail.com", "",
        "Inhoud: zij meldt dat Scheepswerf De Haas de opdracht heeft bevestigd (sleep 26 oktober). Haar vader is "
        "opnieuw opgenomen geweest in het Alrijne Ziekenhuis en zij regelt voorlopig alles. Zij vraagt of de "
        "gemeente de sleepkosten kan voorschieten. Ook vraagt zij of buurvrouw Sietske de Wolff (Oude Rijn 108) "
        "het alarm van de lenspomp mag ontvangen als hij weer wordt opgenomen.", "",
        "Terugbellen kan ook via het vaste nummer van haar ouders, 071-514 88 02.",
        "Afspraak: ES overlegt met de havenmeester over voorschot; terugbellen uiterlijk 14 augustus.",
        "Doorgezet naar: havens@leiden.nl, dossier HM/LOD/2026/031.",
    ],
    R=[("INITIALS", "ES"), ("PERSON", "Femke van 't Hoog"), ("PHONE", "06-4872 1150", "071-514 88 02"), ("EMAIL", "femke.vthoog@hotmail.com"),
       ("HEALTH", "opnieuw opgenomen geweest in het Alrijne Ziekenhuis"), ("PERSON", "Sietske de Wolff"),
       ("ADDRESS", "Oude Rijn 108")],
    K=[("SHIP", "Johanna Cornelia"), ("ORG", "Scheepswerf De Haas"), ("MAIL", "havens@leiden.nl"),
       ("CASE", "HM/LOD/2026/031"), ("TITLE", "havenmeester"), ("ORG", "Havenkantoor"), ("TERM", "lenspomp")],
))

DOCS.append(dict(
    stem="w200_32_woo_besluit", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    lines=[
        HB, "", "Mevrouw J. Ter Steege-Alkema", "Biltstraat 211-bis", "3572 BE Utrecht", "",
        "Datum: 27 november 2026   Ons kenmerk: WOO-2026-0417   Onderwerp: besluit op uw Woo-verzoek", "",
        "Geachte mevrouw Ter Steege-Alkema,", "",
        "# 1. Uw verzoek",
        "Op 2 september 2026 vroeg u om documenten over de handhaving op woonboten door de havenmeester van Leiden. "
        "Wij hebben de beslistermijn op 30 september 2026 verdaagd en derden om hun zienswijze gevraagd.",
        "# 2. Gevonden documenten",
        "Wij vonden 33 documenten. Zij staan in de inventarislijst (bijlage 1): ligplaatsvergunningen, het register "
        "van ligplaatsen, inspectierapporten, brieven aan eigenaren, e-mails tussen het Havenkantoor en Juridische "
        "Zaken, een WhatsApp-gesprek van bewoners, de last onder dwangsom, het bezwaardossier BZ-2026-0288 en "
        "facturen.",
        "# 3. Besluit",
        "Wij maken 31 documenten deels openbaar en 2 documenten geheel openbaar (de raadsvragen met antwoord en het "
        "persbericht).",
        "# 4. Motivering",
        "Persoonsgegevens (artikel 5.1 lid 2 sub e Woo). Namen, e-mailadressen, telefoonnummers, handtekeningen en "
        "paraafcodes van medewerkers die niet in de openbaarheid treden, lakken wij. Dat geldt ook voor de "
        "havenmeester en de inspecteurs: zij treden niet namens het bestuur naar buiten. Namen van burgemeester "
        "Schellekens, wethouder Oltmans en raadslid Verbrugge maken wij wel openbaar. De ligplaats van een woonschip "
        "is een woonadres; namen, adressen, telefoonnummers, rekeningnummers en geboortedata van bewoners lakken wij.",
        "---",
        "Bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d Woo). Gegevens over de gezondheid van bewoners lakken "
        "wij altijd. Identificatienummers (artikel 5.1 lid 1 sub e Woo): het burgerservicenummer lakken wij.",
        "# 5. Zienswijzen",
        "De heer Van 't Hoog en de externe voorzitter van de bezwaarcommissie hebben bezwaar gemaakt tegen "
        "vermelding van hun naam. Wij volgen dat.",
        "# 6. Informatie die niet openbaar gemaakt kan worden",
        "Zie de inventarislijst; per document staat de toegepaste grond vermeld.",
        "# Motivering",
        "In de openbaar gemaakte versie zijn persoonsgegevens van ambtenaren en bewoners geanonimiseerd.", "",
        "Hoogachtend,", "het college van burgemeester en wethouders van Leiden,", "namens dezen,", "",
        "Ingrid van der Zee", "Woo-coördinator", "",
        "Bezwaar: binnen zes weken bij het college, Postbus 9100, 2300 PC Leiden, of via woo@leiden.nl.",
    ],
    R=[("PERSON", "J. Ter Steege-Alkema", "Ter Steege-Alkema"), ("ADDRESS", "Biltstraat 211-bis", "3572 BE Utrecht"),
       ("PERSON", "Van 't Hoog"), ("PERSON", "Ingrid van der Zee")],
    K=[("CASE", "WOO-2026-0417"), ("PUBLIC", "burgemeester Schellekens"), ("PUBLIC", "wethouder Oltmans"),
       ("PUBLIC", "raadslid Verbrugge"), ("LAW", "artikel 5.1 lid 2 sub e Woo"), ("LAW", "artikel 5.1 lid 1 sub d Woo"),
       ("LAW", "artikel 5.1 lid 1 sub e Woo"), ("CASE", "BZ-2026-0288"), ("ORG", "Havenkantoor"),
       ("HEAD", "Informatie die niet openbaar gemaakt kan worden"), ("HEAD", "Motivering"), ("TITLE", "Woo-coördinator"),
       ("MAIL", "woo@leiden.nl"), ("ADDRESS", "Postbus 9100"), ("TERM", "inventarislijst"), ("TERM", "burgerservicenummer"),
       ("TERM", "bezwaarcommissie")],
))

INV = [
    ("1", "w200_01_woo_verzoek", "02-09-2026", "deels openbaar", "5.1.2e"),
    ("2", "w200_02_ontvangstbevestiging", "04-09-2026", "deels openbaar", "5.1.2e"),
    ("3", "w200_03_ligplaatsvergunning", "11-04-2019", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("4", "w200_04_register_ligplaatsen", "01-07-2026", "deels openbaar", "5.1.2e"),
    ("5", "w200_05_inspectierapport_romp", "24-06-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("6", "w200_06_inspectierapport_zijlsingel", "02-07-2026", "deels openbaar", "5.1.2e"),
    ("7", "w200_07_voornemen_dwangsom", "08-07-2026", "deels openbaar", "5.1.2e"),
    ("8", "w200_08_zienswijze_eigenaar", "19-07-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("9", "w200_09_mail_havenkantoor_jz", "22-07-2026", "deels openbaar", "5.1.2e"),
    ("10", "w200_10_mail_woo_afstemming", "11-09-2026", "deels openbaar", "5.1.2e"),
    ("11", "w200_11_whatsapp_bewoners", "13-07-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("12", "w200_12_last_onder_dwangsom", "31-07-2026", "deels openbaar", "5.1.2e"),
    ("13", "w200_13_bezwaarschrift", "04-09-2026", "deels openbaar", "5.1.2e"),
    ("14", "w200_14_verslag_hoorzitting", "01-10-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("15", "w200_15_advies_bezwaarcommissie", "22-10-2026", "deels openbaar", "5.1.2e"),
    ("16", "w200_16_scan_brief_bewoner", "28-07-2026", "deels openbaar", "5.1.2e"),
    ("17", "w200_17_scan_veldnotitie", "24-06-2026", "deels openbaar", "5.1.2e"),
    ("18", "w200_18_scan_presentielijst", "01-10-2026", "deels openbaar", "5.1.2e"),
    ("19", "w200_19_formulier_melding_eigenaar", "14-04-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("20", "w200_20_beslisnota", "27-07-2026", "deels openbaar", "5.1.2e"),
    ("21", "w200_21_memo_jz_hoge_raad", "03-06-2026", "deels openbaar", "5.1.2e"),
    ("22", "w200_22_factuur_duiker", "30-06-2026", "deels openbaar", "5.1.2e"),
    ("23", "w200_23_factuur_sleepdienst", "28-10-2026", "deels openbaar", "5.1.2e"),
    ("24", "w200_24_raadsvragen_antwoord", "08-09-2026", "openbaar", "-"),
    ("25", "w200_25_persbericht", "09-09-2026", "openbaar", "-"),
    ("26", "w200_26_rooster_havendienst", "29-06-2026", "deels openbaar", "5.1.2e"),
    ("27", "w200_27_teams_chat_havendienst", "27-07-2026", "deels openbaar", "5.1.2e"),
    ("28", "w200_28_concept_invorderingsbeleid", "02-10-2026", "deels openbaar", "5.1.2e, 5.2.1"),
    ("29", "w200_29_jaarverslag_handhaving", "15-08-2026", "deels openbaar", "5.1.2e"),
    ("30", "w200_30_invorderingsbrief_petrovic", "12-11-2026", "deels openbaar", "5.1.2e"),
    ("31", "w200_31_telefoonnotitie", "10-08-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("32", "w200_32_woo_besluit", "27-11-2026", "deels openbaar", "5.1.2e"),
    ("33", "w200_33_inventarislijst", "27-11-2026", "deels openbaar", "5.1.2e"),
]
inv_lines = ["# Bijlage 1 - Inventarislijst Woo-besluit WOO-2026-0417 (handhaving woonboten)", "",
             "| Nr | Document | Datum | Beoordeling | Grond |"] + ["| " + " | ".join(r) + " |" for r in INV[:22]] + [
             "---", "| Nr | Document | Datum | Beoordeling | Grond |"] + ["| " + " | ".join(r) + " |" for r in INV[22:]] + [
             "", "Toelichting: nr. 24 en 25 waren al openbaar (iBabs, gemeente.leiden.nl). Nr. 6 en 21 zijn "
             "Word-documenten, geconverteerd naar PDF; documentmetadata is verwijderd. Vragen: woo@leiden.nl, "
             "onder vermelding van WOO-2026-0417. Opgesteld door IZ, gecontroleerd door FA.",
             "Zienswijze gevraagd aan: G.J. van 't Hoog (nr. 5, 8, 12), mr. L.J.M. Quist (nr. 13), H.C. Dijkgraaf (nr. 14, 15)."]
DOCS.append(dict(
    stem="w200_33_inventarislijst", producer="Microsoft Excel for Microsoft 365", creator="Microsoft Excel", author="Ingrid van der Zee",
    lines=inv_lines,
    R=[("INITIALS", "IZ", "FA"), ("@metadata:PERSON", "Ingrid van der Zee"), ("PERSON", "G.J. van 't Hoog"),
       ("PERSON", "L.J.M. Quist"), ("PERSON", "H.C. Dijkgraaf")],
    K=[("CASE", "WOO-2026-0417"), ("MAIL", "woo@leiden.nl"), ("ORG", "iBabs"), ("URL", "gemeente.leiden.nl")] +
      [("DOC", r[1]) for r in INV[::3]] + [("GROUND", "5.1.1d, 5.1.2e"), ("GROUND", "5.2.1"), ("TERM", "deels openbaar")],
))
