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
          ("E-mail", "mail", "aj.terbeek@gmail.com"), ("Vorige eigenaar", "oud", "Marijke Holleman")],
    R=[("@annotations:PERSON", "Aart-Jan ter Beek"), ("@annotations:DOB", "02-11-1988"),
       ("@annotations:BSN", "271 886 530"), ("@annotations:PHONE", "06 2009 7713"),
       ("@annotations:EMAIL", "aj.terbeek@gmail.com"), ("@annotations:PERSON", "Marijke Holleman")],
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
    ],
    R=[("@metadata:PERSON", "Marloes Verhagen"), ("PERSON", "Boukhari-Visser")],
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
        "| Week | Dienst | Naam | Personeelsnr. | Mobiel dienst | Privé (nood) |",
        "| 27 | havenmeester | R.P. Brinkhorst | 104417 | 06-1155 7021 | 071-5891 330 |",
        "| 27 | boothandhaver | J. Timmerman | 109283 | 06-5229 8170 | 06 2477 1093 |",
        "| 28 | adj. havenmeester | E. Schuitema | 106651 | 06-4180 5536 | 0252 - 41 88 07 |",
        "| 28 | boothandhaver | S. Bakker-Oei | 110027 | 06-3307 4412 | 06 1288 3039 |",
        "| 29 | inspecteur | T. Hoekstra | 107742 | 06-2819 0057 | 0031 71 589 2210 |",
        "| 29 | boothandhaver | M. 't Hart | 108834 | 06-5520 1196 | 06-8103 4420 |",
        "| 30 | havenmeester | R.P. Brinkhorst | 104417 | 06-1155 7021 | 071-5891 330 |",
        "| 30 | boothandhaver | J. Timmerman | 109283 | 06-5229 8170 | 06 2477 1093 |", "",
        "Algemeen nummer Havenkantoor (kantoortijden): 14 071. Buiten kantoortijd: meldkamer Handhaving 071 516 7000.",
        "Dienstboot: Stadhouder (ligplaats Haven). Sleutels bij de Stadstimmertuin.",
    ],
    R=[("PERSON", "R.P. Brinkhorst"), ("PERSON", "J. Timmerman"), ("PERSON", "E. Schuitema"), ("PERSON", "S. Bakker-Oei"),
       ("PERSON", "T. Hoekstra"), ("PERSON", "M. 't Hart"),
       ("ID", "104417", "109283", "106651", "110027", "107742", "108834"),
       ("PHONE", "06-1155 7021", "071-5891 330", "06-5229 8170", "06 2477 1093", "06-4180 5536", "0252 - 41 88 07",
        "06-3307 4412", "06 1288 3039", "06-2819 0057", "0031 71 589 2210", "06-5520 1196", "06-8103 4420")],
    K=[("PHONE", "14 071"), ("PHONE", "071 516 7000"), ("SHIP", "Stadhouder"), ("PLACE", "Stadstimmertuin"),
       ("TITLE", "boothandhaver"), ("TITLE", "havenmeester"), ("ORG", "meldkamer Handhaving"), ("ORG", "Havendienst")],
))
