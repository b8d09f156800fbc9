from lib import Doc, H, R
from people import P
from content_a import W, OUTL, ASPOSE, ITEXT, NITRO, SCAN

DOCS = []

DOCS.append(Doc("ic16_factuur_ruiz", "Factuur 2026-017 Ruiz Digital Advies", [
 "# FACTUUR 2026-017",
 "Ruiz Digital Advies - Mateo Ruiz Fernández",
 "Van Speijkstraat 41, 2518 EV Den Haag | mateo@ruizdigitaal.nl | 06-55873102",
 "KvK 81234567 | btw-id NL003412987B51 | IBAN NL42 RABO 0317 6654 21",
 "",
 "Aan: Ministerie van Infrastructuur en Waterstaat, Directie Informatievoorziening, t.a.v. crediteurenadministratie, Postbus 20901, 2500 EX Den Haag",
 "Factuurdatum: 3 juni 2026 - Inkoopordernummer: 4500871122 - Referentie: INH-ICT-2026-014",
 "|Omschrijving|Uren|Tarief|Bedrag",
 "|Architectuuradvies Programma Digitale Basis, mei 2026|64|125,00 euro|8.000,00 euro",
 "|Workshop doelarchitectuur (Grace Hopper-zaal)|4|125,00 euro|500,00 euro",
 "|Subtotaal|||8.500,00 euro",
 "|Btw 21%|||1.785,00 euro",
 "|Totaal|||10.285,00 euro",
 "Graag betaling binnen 30 dagen op IBAN NL42 RABO 0317 6654 21 t.n.v. M. Ruiz Fernández onder vermelding van het factuurnummer.",
 "Urenverantwoording geaccordeerd door de contractmanager (paraaf MvdH, 5 juni 2026).",
], P("mateo", "marloes") + [R("ID", "btw-id eenmanszaak", "NL003412987B51")],
 ["Postbus 20901", "2500 EX", "4500871122", "10.285,00 euro", "8.500,00 euro", "crediteurenadministratie", "FACTUUR 2026-017",
  "Architectuuradvies"], prod=("Moneybird PDF", "Moneybird")))

DOCS.append(Doc("ic17_factuur_bakhuys", "Factuur BI-0611 Bakhuys ICT", [
 "# Bakhuys ICT",
 "Informatiebeveiliging & privacy | Kerkpad 7 | 3761 AD Soest | 035 - 602 11 48 | ilse@bakhuys-ict.nl",
 "KvK 69011245 | IBAN NL09 INGB 0006 5523 88",
 "",
 "Factuur BI-0611 - datum 20 februari 2026",
 "Aan: Ministerie van Infrastructuur en Waterstaat, IUC, Postbus 20901, 2500 EX Den Haag",
 "|Omschrijving|Aantal|Bedrag",
 "|Quickscan BIO-naleving Logius-koppeling (opdracht vóór aanbesteding, 2025)|16 uur à 145,00 euro|2.320,00 euro",
 "|Btw 21%||487,20 euro",
 "|Totaal||2.807,20 euro",
 "Deze factuur betreft een opdracht van vóór de aanbesteding en staat los van de inschrijving van Bakhuys ICT op Perceel 3.",
 "Met vriendelijke groet, Ilse Bakhuys (eigenaar)",
], P("ilse"), ["BI-0611", "2.807,20 euro", "Quickscan BIO-naleving", "Postbus 20901"], producer="rltt", prod=("Microsoft® Word 2019", "Microsoft® Word 2019")))

DOCS.append(Doc("ic18_gunningsbeslissing", "Gunningsbeslissing Perceel 1", [
 "Ministerie van Infrastructuur en Waterstaat",
 "Inkoopuitvoeringscentrum",
 "",
 "Kernwerk Interim B.V.",
 "t.a.v. de heer K. de Boer",
 "Stationsplein 19",
 "3818 LE Amersfoort",
 "",
 "Datum: 13 maart 2026",
 "Kenmerk: IENW/BSK-2026/41177-G1",
 "Onderwerp: Voorlopige gunningsbeslissing Perceel 1 enterprise-architectuur",
 "",
 "Geachte heer De Boer,",
 "Met genoegen delen wij u mee dat wij voornemens zijn Perceel 1 van de aanbesteding Inhuur interim ICT-consultants 2026 "
 "(TenderNed 381204) aan Kernwerk Interim B.V. te gunnen. Uw inschrijving behaalde een eindscore van 8,12.",
 "Deze beslissing is voorlopig. Gedurende de Alcateltermijn van twintig kalenderdagen kunnen andere inschrijvers een kort geding "
 "aanhangig maken. Na afloop van deze termijn sluiten wij de raamovereenkomst INH-ICT-2026-014.",
 "Voor vragen kunt u terecht bij de inkoopadviseur via inkoop-iuc@minienw.nl.",
 "",
 "Hoogachtend,",
 "De minister van Infrastructuur en Waterstaat,",
 "namens deze,",
 "het afdelingshoofd CIO-office,",
 "",
 "R.J.M. Blokzijl",
 "",
 "Afschrift: M. van den Heuvel-Kraaijeveld (contractmanager DIV), P.J. Oosterbroek (budgethouder)",
], P("ruud", "kees", "marloes", "pj"), ["Stationsplein 19", "3818 LE", "Alcateltermijn", "IENW/BSK-2026/41177-G1", "eindscore"],
 producer="docx", prod=("LibreOffice 7.6", "Writer")))

DOCS.append(Doc("ic19_afwijzing_brugman", "Afwijzing Perceel 1 Brugman & Oost", [
 "Ministerie van Infrastructuur en Waterstaat - Inkoopuitvoeringscentrum",
 "",
 "Brugman & Oost Consultancy",
 "t.a.v. mevrouw Y. Lammers-Otten, directeur",
 "Keizersgracht 480",
 "1017 EG Amsterdam",
 "",
 "Den Haag, 13 maart 2026",
 "Kenmerk: IENW/BSK-2026/41177-A2",
 "Onderwerp: Afwijzing inschrijving Perceel 1",
 "",
 "Geachte mevrouw Lammers-Otten,",
 "Wij moeten u helaas meedelen dat uw inschrijving voor Perceel 1 niet als economisch meest voordelige inschrijving is beoordeeld. "
 "Uw inschrijving eindigde op plaats drie met een eindscore van 7,21. De winnende inschrijving van Kernwerk Interim B.V. scoorde "
 "8,12. De relatieve kenmerken en voordelen staan in de bijlage met de scores per criterium.",
 "Op Perceel 2 bent u wel als winnaar aangemerkt; daarover ontvangt u een aparte brief.",
 "Met vriendelijke groet,",
 "namens de minister van Infrastructuur en Waterstaat,",
 "J. 't Hart",
 "inkoopadviseur IUC | 070 456 8812",
], P("yvonne", "jeroen"), ["Keizersgracht 480", "1017 EG", "IENW/BSK-2026/41177-A2", "7,21", "economisch meest voordelige inschrijving"],
 prod=ITEXT))

DOCS.append(Doc("ic20_brief_advocaat", "Bezwaar afwijzing Perceel 3", [
 "ACHTERBERG ADVOCATUUR",
 "Vughterweg 47 | 5211 CK 's-Hertogenbosch | 073 - 612 45 90 | l.achterberg@achterberg-advocatuur.nl",
 "",
 "Aan: Ministerie van Infrastructuur en Waterstaat, IUC, per e-mail: inkoop-iuc@minienw.nl",
 "Datum: 24 maart 2026",
 "Betreft: Bakhuys ICT / aanbesteding TenderNed 381204, Perceel 3",
 "",
 "Geachte heer 't Hart,",
 "Namens mijn cliënte, mevrouw I. Bakhuys, handelend onder de naam Bakhuys ICT, maak ik bezwaar tegen de voorlopige gunning van "
 "Perceel 3 aan Velthoven IT Professionals. Uit het consensusverslag blijkt volgens cliënte dat de score op K2 is gebaseerd op "
 "een telefonische referentie die niet in de aanbestedingsstukken was aangekondigd. Dat is in strijd met het transparantiebeginsel.",
 "Cliënte verzoekt u de gunningsbeslissing in te trekken en de beoordeling opnieuw te laten uitvoeren door een andere commissie. "
 "Ontvang ik uiterlijk 1 april 2026 geen toezegging, dan zal ik een kort geding aanhangig maken bij de voorzieningenrechter van de "
 "rechtbank Den Haag.",
 "Hoogachtend,",
 "mr. L.F. Achterberg",
 "advocaat",
], P("advocaat", "ilse", "jeroen") + [R("PERSON", "Achterberg (firm name)", "ACHTERBERG ADVOCATUUR")],
 ["Vughterweg 47", "5211 CK", "transparantiebeginsel", "voorzieningenrechter", "rechtbank Den Haag"], prod=("Nitro PDF Pro 14", "Nitro Pro 14")))

DOCS.append(Doc("ic21_beslisnota", "Beslisnota verlenging inhuur interim ICT-consultants", [
 "# Beslisnota",
 "|Aan|staatssecretaris Dekkers",
 "|Van|DG Mobiliteit / Directie Informatievoorziening",
 "|Datum|12 juni 2026",
 "|Kenmerk|DIV/CM-2026/088",
 "|Contactpersoon|Marloes van den Heuvel-Kraaijeveld, contractmanager, 06-48271935",
 "|Kopie aan|R.J.M. Blokzijl, afdelingshoofd CIO-office",
 "## Aanleiding",
 "Het lid Van Rijswijk (SP) heeft schriftelijke vragen gesteld over de uurtarieven van interim ICT-consultants bij IenW (2026Z07714). "
 "Tegelijk ligt er een verzoek van Kernwerk Interim B.V. om het tarief van een consultant te verhogen.",
 "## Geadviseerd besluit",
 "Aan de staatssecretaris wordt gevraagd in te stemmen met: (1) het afwijzen van de tariefverhoging; (2) het opnemen van een "
 "afbouwpad voor externe inhuur in het Programma Digitale Basis (van 34% naar 20% in 2028); (3) de bijgaande beantwoording van de "
 "Kamervragen.",
 "## Kern",
 "De raamovereenkomst INH-ICT-2026-014 laat geen tussentijdse tariefverhoging toe. De gemiddelde tarieven (145,30 euro) liggen onder de "
 "norm van het Rijk. De Auditdienst Rijk heeft in haar rapport over 2025 wel gewezen op de afhankelijkheid van een klein aantal "
 "externe architecten.",
 "---",
 "## Krachtenveld",
 "Kernwerk Interim B.V. kan bij een afwijzing de consultant terugtrekken. Dat vertraagt de cloudmigratie met naar schatting drie maanden. "
 "De Tweede Kamer volgt het onderwerp kritisch; het lid Aksoy-de Jong (D66) vroeg in het commissiedebat Digitale Overheid naar de "
 "Wet DBA-risico's bij zzp'ers.",
 "## Informatie die niet openbaar gemaakt kan worden",
 "Uurtarieven per consultant (artikel 5.1 lid 1 sub c Woo, bedrijfsgegevens), namen en contactgegevens van ambtenaren en consultants.",
 "## Motivering",
 "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
 "## Paraaf",
 "|Naam|Functie|Paraaf|Datum",
 "|M. van den Heuvel-Kraaijeveld|contractmanager|MvdH|12-06",
 "|P.J. Oosterbroek|budgethouder|PJO|12-06",
 "|R.J.M. Blokzijl|afdelingshoofd|RJMB|13-06",
], P("marloes", "ruud", "pj"),
 ["Beslisnota", "DG Mobiliteit", "afbouwpad", "commissiedebat Digitale Overheid", "Geadviseerd besluit", "Krachtenveld",
  "Informatie die niet openbaar gemaakt kan worden", "Motivering", "het lid Aksoy-de Jong", "persoonsgegevens"],
 producer="rltt", prod=W))

DOCS.append(Doc("ic22_kamervragen", "Kamervragen 2026Z07714", [
 "# Vragen van het lid Van Rijswijk (SP) aan de minister van Infrastructuur en Waterstaat",
 "over de inhuur van interim ICT-consultants (ingezonden 28 mei 2026) - 2026Z07714",
 "1. Bent u bekend met het bericht 'Ministerie betaalt ICT-consultant 175 euro per uur'?",
 "2. Hoeveel interim ICT-consultants huurt het Ministerie van Infrastructuur en Waterstaat in, en tegen welk gemiddeld uurtarief?",
 "3. Klopt het dat Rijkswaterstaat en de Directie Informatievoorziening voor hetzelfde Programma Digitale Basis afzonderlijk inhuren?",
 "4. Hoe verhoudt de inhuur zich tot de afspraak in het coalitieakkoord om externe inhuur terug te brengen tot de Roemernorm van 10%?",
 "5. Hoe wordt getoetst of zzp'ers die via de raamovereenkomst werken niet schijnzelfstandig zijn in de zin van de Wet DBA?",
 "6. Bent u bereid de Kamer te informeren over een afbouwpad, en deze vragen te beantwoorden voor het commissiedebat Digitale Overheid?",
 "Toelichting: deze vragen zijn een aanvulling op eerdere vragen van het lid Aksoy-de Jong (D66) over externe inhuur (2026Z05120).",
], [], ["Roemernorm", "coalitieakkoord", "2026Z05120", "(SP)", "(D66)", "schijnzelfstandig",
  "Ministerie betaalt ICT-consultant 175 euro per uur"], prod=("Parlis PDF", "Tweede Kamer der Staten-Generaal")))

DOCS.append(Doc("ic23_antwoord_minister", "Antwoord op Kamervragen 2026Z07714", [
 "Ministerie van Infrastructuur en Waterstaat",
 "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
 "Postbus 20018, 2500 EA Den Haag",
 "Datum: 18 juni 2026",
 "Kenmerk: IENW/BSK-2026/52210",
 "Onderwerp: Antwoord op vragen van het lid Van Rijswijk over de inhuur van interim ICT-consultants",
 "Hierbij stuur ik u de antwoorden op de vragen van het lid Van Rijswijk (SP) over de inhuur van interim ICT-consultants "
 "(ingezonden 28 mei 2026, 2026Z07714).",
 "Vraag 1",
 "Ja.",
 "Vraag 2",
 "Op 1 juni 2026 huurde de Directie Informatievoorziening vijf interim ICT-consultants in via de raamovereenkomst INH-ICT-2026-014. "
 "Het gemiddelde uurtarief bedraagt 145,30 euro exclusief btw. Het in het bericht genoemde tarief van 175 euro is niet betaald.",
 "Vraag 3",
 "Nee. Rijkswaterstaat huurt voor het Programma Digitale Basis geen eigen ICT-consultants in; de inhuur loopt centraal.",
 "Vraag 4",
 "Het aandeel externe inhuur bij de Directie Informatievoorziening bedraagt 34%. Dat is hoger dan de Roemernorm. Ik heb besloten "
 "een afbouwpad in te zetten naar 20% in 2028, onder meer door vacatures voor architecten versneld in te vullen.",
 "Vraag 5",
 "De opdrachtgever toetst iedere inzet van een zzp'er aan de Wet DBA met de webmodule van de Belastingdienst en de "
 "Rijksinkoopregeling. In 2026 is één opdracht beëindigd na deze toets.",
 "Vraag 6",
 "Ja. Ik zal de Kamer voor het commissiedebat Digitale Overheid informeren.",
 "De minister van Infrastructuur en Waterstaat,",
 "",
 "J.C. van Oostveen",
], [], ["Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA", "IENW/BSK-2026/52210", "J.C. van Oostveen",
  "Roemernorm", "webmodule", "Vraag 6"], producer="docx", prod=("LibreOffice 7.6", "Writer")))

DOCS.append(Doc("ic24_concept_antwoorden", "Concept-antwoorden Kamervragen (met opmerkingen)", [
 "# CONCEPT - Antwoorden Kamervragen 2026Z07714 - versie 0.3",
 "Vraag 2: Op 1 juni 2026 huurde de Directie Informatievoorziening vijf interim ICT-consultants in. Het gemiddelde uurtarief "
 "bedraagt [145,30] euro exclusief btw.",
 "Vraag 3: Rijkswaterstaat huurt voor het Programma Digitale Basis geen eigen ICT-consultants in.",
 "Vraag 4: Het aandeel externe inhuur bedraagt [34]%. [Afbouwpad nog afstemmen met DG Mobiliteit en de Auditdienst Rijk.]",
 "Vraag 5: Toetsing via de webmodule van de Belastingdienst en de Rijksinkoopregeling.",
 "Deadline aanlevering bij Parlementaire Zaken: 15 juni 2026, 12:00 uur.",
 "Status: ter becommentariëring; opmerkingen via de opmerkingenfunctie, niet in de tekst.",
], [H("annotations", "PERSON", "Mirjam Hofstede", "Mirjam Hofstede"),
    H("annotations", "PERSON", "Ruud Blokzijl (note author)", "Blokzijl, Ruud"),
    H("annotations", "PHONE", "070 456 6120", "070 456 6120"),
    H("annotations", "PERSON", "Dirk-Jan (first name in note)", "Dirk-Jan"),
    H("annotations", "PERSON", "Noor El Idrissi", "Noor El Idrissi"),
    H("annotations", "HEALTH", "overspannen (5.1.1d)", "overspannen")],
 ["Parlementaire Zaken", "opmerkingenfunctie", "CONCEPT", "versie 0.3", "ter becommentariëring"],
 prod=("Adobe PDF Library 23.8", "Acrobat PDFMaker 23 voor Word"),
 notes=[("Mirjam Hofstede", "Graag de cijfers laten bevestigen door de budgethouder; bel mij op 070 456 6120."),
        ("Blokzijl, Ruud", "Niet noemen dat Dirk-Jan een hoger bod had. Tarief is bedrijfsgegeven."),
        ("Mirjam Hofstede", "Let op: Noor El Idrissi is overspannen en niet bereikbaar; cijfers graag via PJ-vervanger.")]))

DOCS.append(Doc("ic25_mail_parlementaire_zaken", "Deadline beantwoording Kamervragen", [
 "Van: Hofstede, Mirjam <mirjam.hofstede@minienw.nl>",
 "Verzonden: woensdag 3 juni 2026 09:12",
 "Aan: Blokzijl, Ruud <r.blokzijl@minienw.nl>; Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "CC: Parlementaire Zaken <parlementairezaken@minienw.nl>",
 "Onderwerp: Kamervragen Van Rijswijk (2026Z07714) - deadline",
 "",
 "Beste Ruud en Marloes,",
 "De vragen van het lid Van Rijswijk over de inhuur van interim ICT-consultants zijn ingeboekt onder 2026D18820. De termijn van "
 "drie weken verloopt op 18 juni. Minister Van Oostveen wil de antwoorden graag vóór het commissiedebat Digitale Overheid versturen; "
 "de staatssecretaris tekent niet mee.",
 "Willen jullie de concept-antwoorden uiterlijk 15 juni 12:00 uur aanleveren? Let op: geen namen van consultants of ambtenaren in de "
 "antwoorden, en tarieven alleen als gemiddelde.",
 "Groet,",
 "Mirjam Hofstede",
 "Senior adviseur Parlementaire Zaken | Bestuursdepartement IenW",
 "T 070 456 6120 | mirjam.hofstede@minienw.nl",
 "",
 "Van: Blokzijl, Ruud <r.blokzijl@minienw.nl>",
 "Verzonden: woensdag 3 juni 2026 10:40",
 "Aan: Hofstede, Mirjam <mirjam.hofstede@minienw.nl>",
 "Onderwerp: RE: Kamervragen Van Rijswijk (2026Z07714) - deadline",
 "",
 "Mirjam, komt goed. Marloes levert de cijfers, ik doe de eindredactie. Bij vragen: 0031 70 456 7310. Ruud",
], P("mirjam", "ruud", "marloes"),
 ["parlementairezaken@minienw.nl", "Parlementaire Zaken", "Minister Van Oostveen", "Senior adviseur", "Bestuursdepartement IenW",
  "concept-antwoorden", "eindredactie"], prod=OUTL))

DOCS.append(Doc("ic26_scan_notitie_tarieven", "Scan aantekening tarieven", [
 "# Tariefoverzicht Perceel 1 - kopie",
 "Kernwerk Interim B.V.    148,50 euro",
 "Brugman & Oost Consultancy    139,00 euro",
 "Ruiz Digital Advies    125,00 euro",
 "",
 "~ Marloes - Kees de Boer belt over",
 "~ verhoging Meulenbelt. Niet op ingaan!",
 "~ Bel mij: 06-21145870  (Pieter-Jan)",
], [H("ocr", "PERSON", "Marloes", "Marloes"), H("ocr", "PERSON", "Kees de Boer", "Kees de Boer"),
    H("ocr", "PERSON", "Meulenbelt", "Meulenbelt"), H("ocr", "PHONE", "06-21145870", "21145870"),
    H("ocr", "PERSON", "Pieter-Jan", "Pieter"), H("ocr", "ORG", "Ruiz Digital Advies (sole trader)", "Ruiz")],
 [], producer="scan", prod=SCAN, scan_angle=0.7))

DOCS.append(Doc("ic27_scan_presentielijst", "Scan presentielijst consensusbijeenkomst", [
 "# Presentielijst consensusbijeenkomst",
 "Aanbesteding inhuur ICT 5 maart 2026",
 "Thorbeckezaal",
 "",
 "Naam                          Paraaf",
 "Jeroen 't Hart                  JtH",
 "Bram ter Weele                  BtW",
 "Noor El Idrissi                 NEI",
 "Pieter-Jan Oosterbroek      10:15",
 "Sevda Yildirim                 SY",
 "Wilma Zwanenburg             WZ",
 "",
 "~ J. 't Hart",
], [H("ocr", "PERSON", "Jeroen 't Hart", "Jeroen"), H("ocr", "PERSON", "Bram ter Weele", "Weele"),
    H("ocr", "PERSON", "Noor El Idrissi", "Idrissi"), H("ocr", "PERSON", "Pieter-Jan Oosterbroek", "Oosterbroek"),
    H("ocr", "PERSON", "Sevda Yildirim", "Sevda"), H("ocr", "PERSON", "Wilma Zwanenburg", "Zwanenburg")],
 [], producer="scan", prod=SCAN, scan_angle=-0.5))

DOCS.append(Doc("ic28_scan_brief_zzp", "Scan brief Ruiz Digital Advies", [
 "# Ruiz Digital Advies",
 "Van Speijkstraat 41",
 "2518 EV Den Haag",
 "",
 "Aan: Ministerie van Infrastructuur en Waterstaat",
 "Den Haag, 2 juli 2026",
 "Betreft: betaling factuur 2026-017",
 "",
 "Geachte mevrouw Van den Heuvel,",
 "Mijn factuur van 3 juni is nog steeds niet betaald.",
 "Ik verzoek u het bedrag over te maken op",
 "NL42 RABO 0317 6654 21.",
 "",
 "Met vriendelijke groet,",
 "~ Mateo Ruiz Fernandez",
 "Mateo Ruiz Fernandez",
], [H("ocr", "PERSON", "Mateo Ruiz Fernandez", "Fernandez"), H("ocr", "ADDRESS", "Van Speijkstraat 41", "Speijkstraat"),
    H("ocr", "IBAN", "NL42 RABO 0317 6654 21", "RABO"), H("ocr", "PERSON", "Van den Heuvel", "Heuvel"),
    H("ocr", "PERSON", "Mateo", "Mateo")],
 [], producer="scan", prod=SCAN, scan_angle=0.9))

DOCS.append(Doc("ic29_formulier_geheimhouding", "Verklaring geheimhouding en onpartijdigheid", [
 "# Verklaring geheimhouding en onpartijdigheid",
 "Aanbesteding Inhuur interim ICT-consultants 2026 - TenderNed 381204",
 "Ondergetekende verklaart geen belang te hebben bij een van de inschrijvers en de inhoud van de",
 "inschrijvingen geheim te houden, ook na afloop van de aanbesteding.",
 "In te vullen door ieder lid van de evaluatiecommissie. Inleveren bij het IUC.",
], [H("annotations", "PERSON", "Bram ter Weele", "Bram ter Weele"), H("annotations", "ID", "personeelsnummer", "0612837"),
    H("annotations", "EMAIL", "bram.terweele@minienw.nl", "bram.terweele@minienw.nl"),
    H("annotations", "PHONE", "06 3187 5520", "06 3187 5520"),
    H("annotations", "DATE", "geboortedatum", "23-08-1977"),
    H("annotations", "PERSON", "relatie", "Femke ter Weele-Bos")],
 ["Verklaring geheimhouding en onpartijdigheid", "evaluatiecommissie", "IUC", "TenderNed 381204"],
 producer="form", prod=("ReportLab PDF Library - www.reportlab.com", "IenW formulierenservice"),
 form=[("naam", "Naam", "Bram ter Weele"), ("pnr", "Personeelsnummer", "0612837"),
       ("gebdat", "Geboortedatum", "23-08-1977"), ("functie", "Functie", "enterprise-architect DIV"),
       ("mail", "E-mail", "bram.terweele@minienw.nl"), ("tel", "Mobiel", "06 3187 5520"),
       ("belang", "Relaties met inschrijvers", "Partner Femke ter Weele-Bos werkte tot 2024 bij Velthoven IT"),
       ("datum", "Datum", "2 maart 2026")]))

DOCS.append(Doc("ic30_contractrapportage", "Contractmanagementrapportage Q2 2026", [
 "# Contractmanagementrapportage Q2 2026",
 "Raamovereenkomst INH-ICT-2026-014 Inhuur interim ICT-consultants - Directie Informatievoorziening",
 "## 1. Samenvatting",
 "In het tweede kwartaal zijn vijf consultants ingezet op drie percelen. De uitputting van het budget bedraagt 27%. Er zijn geen "
 "formele geschillen; wel een verzoek om tariefverhoging van Kernwerk Interim B.V. (afgewezen) en een tijdelijke vervanging bij "
 "Velthoven IT Professionals.",
 "## 2. Inzet en facturatie",
 "|Consultant|Perceel|Uren Q2|Gefactureerd|Beoordeling",
 "|Meulenbelt|1|412|61.182,00 euro|goed",
 "|Desmet-Vos|1|180|25.020,00 euro|voldoende",
 "|Kjærgaard|2|468|71.136,00 euro|goed",
 "|Çelik|3|352|57.024,00 euro|goed",
 "|Ruiz Fernández|1|128|16.000,00 euro|goed, factuur mei te laat betaald",
 "## 3. Kwaliteit en risico's",
 "Het kennisoverdrachtsplan van Kernwerk Interim B.V. loopt volgens planning; twee interne architecten volgen de TOGAF-opleiding. "
 "Risico: bij vertrek van de consultant op Perceel 1 ontstaat vertraging in het Programma Digitale Basis. Maatregel: de leverancier "
 "is gevraagd een vervanger van gelijkwaardig niveau paraat te hebben (artikel 8 ARVODI-2018).",
 "## 4. Wet DBA",
 "Alle inzet is getoetst; de inzet van de eenmanszaak op Perceel 1 loopt via onderaanneming bij Kernwerk Interim B.V. en is "
 "beoordeeld als buiten dienstbetrekking.",
 "Contact: contractmanagement-div@minienw.nl",
], P("dj", "helene", "soren", "fatma", "mateo") + [H("metadata", "PERSON", "Wilma Zwanenburg (XMP creator)", "Zwanenburg")],
 ["Contractmanagementrapportage Q2 2026", "uitputting", "61.182,00 euro", "71.136,00 euro", "TOGAF-opleiding", "buiten dienstbetrekking",
  "kennisoverdrachtsplan"], producer="rltt", prod=("Aspose.PDF for .NET 23.4", "Aspose.Words for .NET 23.4"),
 xmp_creator="Wilma Zwanenburg"))

DOCS.append(Doc("ic31_persbericht", "Persbericht afbouw externe ICT-inhuur", [
 "PERSBERICHT",
 "Ministerie van Infrastructuur en Waterstaat bouwt externe ICT-inhuur af",
 "Den Haag, 18 juni 2026",
 "Het Ministerie van Infrastructuur en Waterstaat brengt het aandeel externe inhuur bij de Directie Informatievoorziening terug van "
 "34% naar 20% in 2028. Dat schrijft minister Van Oostveen vandaag in antwoorden op Kamervragen van het lid Van Rijswijk (SP).",
 "“We hebben goede externe specialisten nodig, maar kennis moet in huis blijven”, aldus minister Van Oostveen. Het ministerie "
 "werft in 2026 en 2027 twaalf eigen architecten en securityspecialisten. Het Programma Digitale Basis, dat de ICT-basisvoorzieningen "
 "van IenW en Rijkswaterstaat vernieuwt, loopt door.",
 "De raamovereenkomst voor interim ICT-consultants is in 2026 Europees aanbesteed via TenderNed. Het gemiddelde uurtarief is 145,30 euro.",
 "Noot voor de redactie",
 "Voor meer informatie: woordvoerder Anouk Verbeek, pers@minienw.nl, 070 456 1000 (persvoorlichting, bereikbaar 24 uur per dag).",
], [H("metadata", "PERSON", "Daan Koolhof (author of the release)", "Koolhof")],
 ["PERSBERICHT", "woordvoerder Anouk Verbeek", "Anouk Verbeek", "070 456 1000", "securityspecialisten", "Noot voor de redactie",
  "minister Van Oostveen"], producer="docx", prod=("LibreOffice 7.6", "Writer"), author="Daan Koolhof"))

DOCS.append(Doc("ic32_woo_besluit", "Besluit op Woo-verzoek WOO-2026-0318", [
 "# Besluit op uw Woo-verzoek",
 "Ministerie van Infrastructuur en Waterstaat, Rijnstraat 8, 2515 XP Den Haag",
 "De heer T. Verhoeven-Sánchez, Lange Nieuwstraat 112, 3512 PN Utrecht",
 "Datum: 21 juli 2026 | Kenmerk: WOO-2026-0318",
 "Geachte heer Verhoeven-Sánchez,",
 "In uw e-mail van 9 maart 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten over de aanbesteding "
 "'Inhuur interim ICT-consultants 2026' (TenderNed 381204). Op 2 april 2026 is de beslistermijn met twee weken verdaagd; op 14 april "
 "heeft u ingestemd met een latere beslissing in verband met de zienswijzeprocedure.",
 "## 1. Besluit",
 "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Van de 33 gevonden documenten maak ik er 6 volledig openbaar, 25 deels "
 "openbaar en 2 niet openbaar. De documenten staan in de inventarislijst (bijlage 1).",
 "## 2. Zienswijzen",
 "Kernwerk Interim B.V., Brugman & Oost Consultancy, Velthoven IT Professionals en twee eenmanszaken zijn in de gelegenheid gesteld een "
 "zienswijze te geven. Kernwerk Interim B.V. en Velthoven IT Professionals hebben bezwaar gemaakt tegen openbaarmaking van de "
 "uurtarieven per consultant. Dat bezwaar volg ik: de tarieven per consultant zijn concurrentiegevoelige bedrijfsgegevens "
 "(artikel 5.1 lid 1 sub c Woo). Het gemiddelde tarief maak ik wel openbaar.",
 "---",
 "## 3. Overwegingen",
 "Persoonsgegevens (5.1.2e). In de documenten staan namen, e-mailadressen, telefoonnummers, paraven en handtekeningen van ambtenaren "
 "die niet in de openbaarheid treden, en van medewerkers van leveranciers en consultants. Het belang van openbaarheid weegt niet op "
 "tegen de eerbiediging van hun persoonlijke levenssfeer. De namen van de minister, de staatssecretaris, Kamerleden en de woordvoerder "
 "maak ik wel openbaar.",
 "Bijzondere persoonsgegevens (5.1.1d). Enkele e-mails bevatten gegevens over de gezondheid van betrokkenen. Deze gegevens maak ik niet "
 "openbaar.",
 "Identificatienummers (5.1.1e). Een personeelsnummer en een btw-identificatienummer van een eenmanszaak zijn verwijderd.",
 "Goed functioneren van de Staat (5.1.2i). De individuele scores van de beoordelaars maak ik openbaar; alleen hun namen niet.",
 "## 4. Wijze van openbaarmaking",
 "De documenten worden gepubliceerd op open.overheid.nl. Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van "
 "Infrastructuur en Waterstaat, Postbus 20901, 2500 EX Den Haag, onder vermelding van WOO-2026-0318.",
 "Hoogachtend,",
 "de minister van Infrastructuur en Waterstaat,",
 "namens deze,",
 "de Woo-coördinator,",
 "C. Dijkhuizen",
 "Behandeld door: Chantal Dijkhuizen, c.dijkhuizen@minienw.nl, 070-4567321 toestel 214",
], P("thijs", "chantal"),
 ["Besluit op uw Woo-verzoek", "zienswijzeprocedure", "open.overheid.nl", "Postbus 20901", "2500 EX", "concurrentiegevoelige",
  "Bijzondere persoonsgegevens", "Identificatienummers", "Goed functioneren van de Staat", "persoonlijke levenssfeer", "inventarislijst"],
 producer="rltt", prod=ITEXT))

_INV = [
 ("1", "ic01", "Woo-verzoek", "09-03-2026", "deels openbaar", "5.1.2e"),
 ("2", "ic02", "Ontvangstbevestiging", "12-03-2026", "deels openbaar", "5.1.2e"),
 ("3", "ic03", "Aanbestedingsleidraad", "05-01-2026", "openbaar", ""),
 ("4", "ic04", "Nota van Inlichtingen", "27-01-2026", "openbaar", ""),
 ("5", "ic05", "Proces-verbaal opening", "16-02-2026", "deels openbaar", "5.1.2e"),
 ("6", "ic06", "Beoordelingsmatrix Perceel 1", "03-03-2026", "deels openbaar", "5.1.2e"),
 ("7", "ic07", "Beoordelingsmatrix Perceel 3", "03-03-2026", "deels openbaar", "5.1.2e"),
 ("8", "ic08", "Verslag consensusbijeenkomst", "06-03-2026", "deels openbaar", "5.1.2e"),
 ("9", "ic09", "CV consultant Perceel 1", "14-02-2026", "niet openbaar", "5.1.2e, 5.1.1c"),
 ("10", "ic10", "CV consultant Perceel 2", "14-02-2026", "niet openbaar", "5.1.2e, 5.1.1c"),
 ("11", "ic11", "Tariefoverzicht", "01-06-2026", "deels openbaar", "5.1.1c, 5.1.2e"),
 ("12", "ic12", "E-mailwisseling tariefverhoging", "16-06-2026", "deels openbaar", "5.1.2e"),
 ("13", "ic13", "E-mail vervanging consultant", "04-09-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
 ("14", "ic14", "Teams-chat evaluatiecommissie", "05-03-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
 ("15", "ic15", "WhatsApp-chat", "15-06-2026", "deels openbaar", "5.1.2e"),
 ("16", "ic16", "Factuur eenmanszaak", "03-06-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
 ("17", "ic17", "Factuur eenmanszaak", "20-02-2026", "deels openbaar", "5.1.2e"),
 ("18", "ic18", "Gunningsbeslissing Perceel 1", "13-03-2026", "deels openbaar", "5.1.2e"),
 ("19", "ic19", "Afwijzingsbrief Perceel 1", "13-03-2026", "deels openbaar", "5.1.2e"),
 ("20", "ic20", "Brief advocaat", "24-03-2026", "deels openbaar", "5.1.2e"),
 ("21", "ic21", "Beslisnota", "12-06-2026", "deels openbaar", "5.1.2e"),
 ("22", "ic22", "Kamervragen", "28-05-2026", "openbaar", "reeds openbaar"),
 ("23", "ic23", "Antwoord Kamervragen", "18-06-2026", "openbaar", "reeds openbaar"),
 ("24", "ic24", "Concept-antwoorden", "10-06-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
 ("25", "ic25", "E-mail Parlementaire Zaken", "03-06-2026", "deels openbaar", "5.1.2e"),
 ("26", "ic26", "Aantekening tariefoverzicht", "16-06-2026", "deels openbaar", "5.1.2e"),
 ("27", "ic27", "Presentielijst", "05-03-2026", "deels openbaar", "5.1.2e"),
 ("28", "ic28", "Brief eenmanszaak", "02-07-2026", "deels openbaar", "5.1.2e"),
 ("29", "ic29", "Verklaring geheimhouding", "02-03-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
 ("30", "ic30", "Contractmanagementrapportage Q2", "10-07-2026", "deels openbaar", "5.1.2e"),
 ("31", "ic31", "Persbericht", "18-06-2026", "openbaar", "reeds openbaar"),
 ("32", "ic32", "Besluit", "21-07-2026", "openbaar", ""),
 ("33", "ic33", "Inventarislijst", "21-07-2026", "openbaar", ""),
]

DOCS.append(Doc("ic33_inventarislijst", "Inventarislijst WOO-2026-0318", [
 "# Bijlage 1 - Inventarislijst Woo-verzoek WOO-2026-0318",
 "|Nr.|Document-ID|Omschrijving|Datum|Beoordeling|Grond",
] + ["|" + "|".join(r) for r in _INV] + [
 "Behandeld door: team Woo, woo@minienw.nl (dossierbeheer J. 't Hart en C. Dijkhuizen)",
], P("jeroen", "chantal"),
 ["Inventarislijst", "reeds openbaar", "Beoordelingsmatrix Perceel 1", "Verklaring geheimhouding", "Gunningsbeslissing Perceel 1",
  "team Woo"], prod=("Microsoft® Excel® for Microsoft 365", "Microsoft® Excel® for Microsoft 365")))

DOCS.append(Doc("ic34_contactlijst", "Contactlijst raamovereenkomst INH-ICT-2026-014", [
 "# Contactlijst raamovereenkomst INH-ICT-2026-014",
 "Intern gebruik - Directie Informatievoorziening en IUC - stand 1 juli 2026",
 "## Opdrachtgever (IenW)",
 "|Naam|Rol|Personeelsnr.|Telefoon|E-mail",
 "|VAN DEN HEUVEL-KRAAIJEVELD, M.|contractmanager|0588214|06-48271935|marloes.vanden.heuvel@minienw.nl",
 "|OOSTERBROEK, P.J.|budgethouder|0490377|06-21145870|pieter-jan.oosterbroek@minienw.nl",
 "|BLOKZIJL, R.J.M.|afdelingshoofd CIO-office|0377102|0031 70 456 7310|r.blokzijl@minienw.nl",
 "|'T HART, J.|inkoopadviseur IUC|0601459|070 456 8812|j.thart@minienw.nl",
 "|YILDIRIM, S.|senior jurist|0634090|+31 (0)6 2019 4477|sevda.yildirim@minienw.nl",
 "|TER WEELE, B.|enterprise-architect|0612837|06 3187 5520|bram.terweele@minienw.nl",
 "|EL IDRISSI, N.|informatiemanager|0655021|070 456 9034|noor.elidrissi@minienw.nl",
 "## Leveranciers",
 "|Naam|Organisatie|Telefoon|E-mail",
 "|Kees de Boer|Kernwerk Interim B.V.|030 - 231 77 40|kees.deboer@kernwerk-interim.nl",
 "|Yvonne Lammers-Otten|Brugman & Oost Consultancy|020 - 6627 318|y.lammers@brugman-oost.nl",
 "|Fatma Çelik (consultant)|Velthoven IT Professionals|06-30098412|f.celik@velthoven-it.nl",
 "|Hélène Desmet-Vos|Kernwerk Interim B.V.|+32 475 61 22 90|helene.desmet@kernwerk-interim.nl",
 "|Ilse Bakhuys|Bakhuys ICT (eenmanszaak)|035 - 602 11 48|ilse@bakhuys-ict.nl",
 "Algemeen: contractmanagement-div@minienw.nl, servicedesk 0800 8051, publieksinformatie 14 070.",
], P("marloes", "pj", "ruud", "jeroen", "sevda", "bram", "noor", "kees", "yvonne", "fatma", "helene", "ilse") + [
    R("PERSON", "Van den Heuvel-Kraaijeveld (caps)", "VAN DEN HEUVEL-KRAAIJEVELD", "HEUVEL-KRAAIJEVELD"),
    R("PERSON", "'t Hart (caps)", "'T HART"), R("PERSON", "Yıldırım (caps ascii)", "YILDIRIM"),
    R("PERSON", "ter Weele (caps)", "TER WEELE"), R("PERSON", "El Idrissi (caps)", "EL IDRISSI"),
    R("ID", "personeelsnummers", "0588214", "0490377", "0377102", "0601459", "0634090", "0612837", "0655021"),
    R("PHONE", "Belgisch mobiel", "+32 475 61 22 90"),
    R("EMAIL", "mail addresses wrapped in a narrow cell", "marloes.vanden.heuvel@minie", "pieter-jan.oosterbroek@minien")],
 ["Contactlijst", "servicedesk", "publieksinformatie", "Leveranciers", "Opdrachtgever"], prod=NITRO))
