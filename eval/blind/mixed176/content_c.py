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
], P("ruud", "kees"), ["Stationsplein 19", "3818 LE", "Alcateltermijn", "IENW/BSK-2026/41177-G1", "eindscore"],
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
