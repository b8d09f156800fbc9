# -*- coding: utf-8 -*-
"""Set FE, part C: decision, memo, council, Woo decision (fe24-fe33)."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("fe24_evenementenvergunning", "Besluit evenementenvergunning Klankrijk Open Air 2026", [
    "# Besluit evenementenvergunning",
    "~ {{O:gemeente Apeldoorn}} - {{A:Marktplein 1}} - {{G:14 055}} - {{F:evenementen@apeldoorn.nl}}",
    "",
    "{{O:Stichting Klankrijk Events}}",
    "t.a.v. [[P:de heer J. Verbeek-Ramdin]]",
    "[[A:Ravelijn 31]]",
    "[[A:7325 NZ]] Apeldoorn",
    "",
    "Datum: 20 mei 2026 | Zaaknummer: {{N:Z/26/041873}} | Behandeld door: [[P:B.J. Hofstede]], [[T:055 580 2296]]",
    "",
    "Geachte [[P:heer Verbeek-Ramdin]],",
    "",
    "Op 3 februari 2026 heeft u een evenementenvergunning aangevraagd voor {{M:Klankrijk Open Air 2026}} op 27 en 28 juni 2026 "
    "in het {{L:Zuiderpark}}. De burgemeester verleent de vergunning op grond van artikel 2:25 van de "
    "{{W:Algemene Plaatselijke Verordening Apeldoorn}} onder de volgende voorschriften.",
    "## Voorschriften",
    "1. Het evenement eindigt op zaterdag en zondag om 23.00 uur; de muziek stopt uiterlijk om 23.00 uur.",
    "2. Het geluidsniveau op de gevel van woningen bedraagt ten hoogste 75 dB(A) en 90 dB(C), gemeten als LAeq,5min.",
    "3. Op het terrein zijn maximaal 8.000 bezoekers gelijktijdig aanwezig.",
    "4. De hoofdtent heeft zes nooduitgangen conform het advies van de {{O:VNOG}} ({{N:VNOG-RB-2026-1142}}).",
    "5. De organisator zet minimaal 24 beveiligers in en volgt het fouilleringsprotocol van 12 mei 2026.",
    "6. De organisator is tijdens het evenement bereikbaar via {{G:0800 022 4455}} voor klachten van omwonenden.",
    "---",
    "## Overwegingen",
    "Tegen het voornemen zijn twee zienswijzen ingediend, onder meer door de {{O:Buurtvereniging Zuiderpark-Oost}}. De "
    "burgemeester weegt het belang van een divers evenementenaanbod af tegen het woon- en leefklimaat. De eindtijd wordt niet "
    "verruimd naar 23.30 uur. De norm van 90 dB(C) sluit aan bij de {{T:Beleidsregel geluid evenementen Apeldoorn 2024}}.",
    "Het advies van {{O:Politie Oost-Nederland}} ({{N:PL0600-2026/ev-0388}}) en de {{O:GHOR NOG}} is overgenomen.",
    "",
    "## Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de burgemeester ({{W:Algemene wet bestuursrecht}}).",
    "",
    "Hoogachtend,",
    "{{R:de burgemeester van Apeldoorn}},",
    "namens deze,",
    "",
    "[[P:F.A. Molenaar]]",
    "{{J:teamleider Vergunningen}}",
    "",
    "Afschrift: {{O:Politie Oost-Nederland}}, {{O:VNOG}}, {{O:GHOR NOG}}, {{O:Omgevingsdienst Veluwe IJssel}}",
], producer="docx", prod_str="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Hofstede, B.J.", outline=[("Vergunning", 0), ("Dossier Bart-Jan Hofstede", 1)],
    hidden=[("P", "Hofstede, B.J.", "metadata"), ("P", "Bart-Jan Hofstede", "outline")]))

A(Doc("fe25_beslisnota_burgemeester", "Beslisnota burgemeester eindtijd", [
    "# Beslisnota",
    "|Aan|{{R:burgemeester Hoekstra-Valk}}",
    "|Van|[[P:Gülşen Aydın]], {{J:adviseur openbare orde en veiligheid}}",
    "|Datum|11 mei 2026",
    "|Kenmerk|{{N:OOV-2026-0521}}",
    "|Kopie aan|[[P:F. Molenaar]], [[P:M. ter Horst]]",
    "|Contactpersoon|[[P:G. Aydın]], [[T:055 - 580 1650]], [[E:g.aydin@apeldoorn.nl]]",
    "## Aanleiding",
    "De organisator van {{M:Klankrijk Open Air 2026}} vraagt om een eindtijd van 23.30 uur. De {{O:Buurtvereniging Zuiderpark-Oost}} "
    "heeft een zienswijze ingediend.",
    "## Geadviseerd besluit",
    "Aan de burgemeester wordt gevraagd: in te stemmen met een eindtijd van 23.00 uur op beide dagen en de norm van 90 dB(C).",
    "## Kern",
    "De politie en de {{O:VNOG}} adviseren positief onder voorwaarden. Het aantal klachten in 2025 (63) is hoog; een latere "
    "eindtijd is in strijd met de {{T:Beleidsregel geluid evenementen Apeldoorn 2024}}. {{R:Wethouder Kuipers}} steunt het festival "
    "maar is akkoord met 23.00 uur.",
    "## Krachtenveld",
    "De organisator dreigt met verhuizing naar {{L:Deventer}}. Raadslid {{R:Ten Brinke (VVD)}} heeft schriftelijke vragen aangekondigd.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Geen.",
    "## Paraaf",
    "|Naam|Functie|Paraaf|Datum",
    "|[[P:G. Aydın]]|{{J:adviseur OOV}}|[[C:GA]]|11-5",
    "|[[P:F.A. Molenaar]]|{{J:teamleider Vergunningen}}|[[C:FAM]]|12-5",
    "|[[P:drs. C.P. Wolters]]|{{J:directeur Veiligheid en Ruimte}}|[[C:CPW]]|13-5",
], font="DejaVuSans", size=9.5, prod_str="Microsoft® Word for Microsoft 365", creator="Corsa 8.2 / Word",
    annots=[(0, "Hoekstra-Valk", "Akkoord, 23.00 uur. Graag evaluatie na afloop. AHV")],
    hidden=[]))

A(Doc("fe26_raadsvragen", "Schriftelijke vragen en antwoorden", [
    "# Schriftelijke vragen ex artikel 42 Reglement van orde",
    "~ Vragen van raadslid {{R:Ten Brinke (VVD)}} over {{M:Klankrijk Open Air 2026}} - ingekomen 14 mei 2026 - nr. {{N:RV-2026-038}}",
    "",
    "Vraag 1: Klopt het dat het college de eindtijd niet wil verruimen, terwijl andere festivals in {{L:Apeldoorn}} tot 24.00 uur mogen?",
    "Antwoord: Nee. De burgemeester is bevoegd voor de evenementenvergunning. Bij {{X:Paleis Het Loo}} en in {{L:Park Berg en Bos}} "
    "gelden andere normen vanwege de afstand tot woningen.",
    "",
    "Vraag 2: Hoeveel klachten zijn er in 2025 ingediend en door wie?",
    "Antwoord: In 2025 zijn 63 klachten geregistreerd, afkomstig van 38 adressen. Wij maken geen namen of adressen van melders bekend.",
    "",
    "Vraag 3: Is de {{O:Buurtvereniging Zuiderpark-Oost}} bij de voorbereiding betrokken?",
    "Antwoord: Ja. {{R:Wethouder Kuipers}} en de evenementencoördinator hebben op 22 april 2026 met het bestuur gesproken. "
    "Ook raadslid {{R:raadslid Özdemir (GroenLinks)}} was als toehoorder aanwezig.",
    "",
    "Het college van burgemeester en wethouders van {{L:Apeldoorn}},",
    "de secretaris, {{R:de burgemeester}},",
    "",
    "Ambtelijk voorbereid door: [[P:Eline Sprenkeler]] ({{O:griffie}}), [[E:e.sprenkeler@apeldoorn.nl]]",
], font="Times-Roman", size=10.5, prod_str="iBabs PDF generator 4.1", creator="iBabs",
    author="E. Sprenkeler", hidden=[("P", "E. Sprenkeler", "metadata")]))

A(Doc("fe27_persbericht", "Persbericht vergunning Klankrijk Open Air", [
    "# PERSBERICHT",
    "~ {{O:gemeente Apeldoorn}} - 21 mei 2026",
    "## Vergunning {{M:Klankrijk Open Air 2026}} verleend, eindtijd 23.00 uur",
    "{{R:Burgemeester Hoekstra-Valk}} heeft de evenementenvergunning voor {{M:Klankrijk Open Air 2026}} verleend. Het festival vindt "
    "plaats op 27 en 28 juni in het {{L:Zuiderpark}}. De muziek stopt beide dagen om 23.00 uur.",
    "",
    "\"We willen dat dit festival een feest is voor de hele stad, ook voor de buren\", aldus {{R:wethouder Kuipers}}.",
    "",
    "Omwonenden ontvangen een brief. Tijdens het festival kunnen zij klachten melden via {{G:0800 022 4455}} of {{G:14 055}}. "
    "Meer informatie: {{L:www.apeldoorn.nl/evenementen}}.",
    "",
    "Noot voor de redactie, niet voor publicatie:",
    "Voor vragen: communicatieadviseur [[P:Tamara IJzerman]], [[T:06 - 1099 4387]], [[E:t.ijzerman@apeldoorn.nl]]; woordvoering "
    "organisatie: [[P:Maud Oosterveld-Çelik]].",
], font="Helvetica", prod_str="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Macintosh)",
    author="Tamara IJzerman", xmp_creator="Tamara IJzerman"))

A(Doc("fe28_evaluatie", "Evaluatie Klankrijk Open Air 2026", [
    "# Evaluatie {{M:Klankrijk Open Air 2026}}",
    "~ {{O:team Evenementen}} - 14 juli 2026 - concept 0.3",
    "## Bezoekers en incidenten",
    "Zaterdag 8.900 en zondag 7.600 bezoekers. EHBO: 37 behandelingen, 3 doorverwijzingen. Politie: 2 aanhoudingen (drugs).",
    "## Klachten",
    "Er zijn 48 klachten binnengekomen (2025: 63). Vijf melders klaagden op beide dagen, onder wie [[P:mw. W. Brinkhuis]] "
    "([[A:Kastanjelaan 14]]) en [[P:de familie Scholten]] ([[A:Sportlaan 77]]). Bij één melder speelt een medische "
    "situatie ([[H:hartpatiënt]]).",
    "|Dag|Klachten|Metingen boa|Overschrijdingen",
    "|za 27-6|31|6|1 (R1, 22.47 uur)",
    "|zo 28-6|17|4|0",
    "## Geluid",
    "De overschrijding op R1 is door de organisatie direct verholpen. Het {{O:OVIJ}} bevestigt de metingen van {{O:Van Lochem Akoestiek}}.",
    "## Samenwerking",
    "De samenwerking met de organisatie verliep goed. [[P:Rachid]] was steeds bereikbaar. Wel is in de veiligheidsapp een naam en "
    "een medisch gegeven van een minderjarige bezoeker gedeeld; de organisatie is hierop gewezen.",
    "## Aanbevelingen",
    "1. Vaste meetpunten met online dashboard ({{T:noise monitoring}}). 2. Eindtijd zondag 22.30 uur. 3. Persoonlijk bezoek aan "
    "de vijf melders vooraf, door [[P:Marloes]] en [[P:Bart-Jan]].",
], producer="docx", prod_str="LibreOffice 7.6 / Writer", creator="Writer",
    author=None, xmp_creator="m.terhorst", hidden=[("U", "m.terhorst", "metadata")]))

A(Doc("fe29_scan_aantekening_schouw", "scan schouwrapport", [
    "# Schouw tenten en nooduitgangen - 26-06-2026",
    "",
    "Aanwezig:",
    "Brandweer: [[P:D.J. Wassink]]",
    "Gemeente: [[P:B.J. Hofstede]]",
    "Organisatie: [[P:R. El Khatib]]",
    "Tentenbouw: [[P:W. Klein Gunnewiek]]",
    "",
    "Hoofdtent: 6 uitgangen, akkoord.",
    "Podium 2: vluchtwegaanduiding ontbreekt, hersteld 16.10 uur.",
    "Blusmiddelen foodplein: akkoord.",
    "",
    "~ Akkoord [[P:Wassink]] 16.30",
    "~ Bel bij vragen [[T:06 5381 2047]]",
], scan=True, prod_str="KONICA MINOLTA bizhub C300i", creator="bizhub C300i"))

A(Doc("fe30_zienswijze_organisator", "Zienswijze organisator op Woo-verzoek", [
    "{{O:Stichting Klankrijk Events}}",
    "{{F:info@klankrijkopenair.nl}} | KvK {{N:74418822}}",
    "",
    "Aan de {{O:gemeente Apeldoorn}}, t.a.v. [[P:mevrouw E.M. van 't Hooft]]",
    "Betreft: zienswijze Woo-verzoek {{N:WOO-2026-0217}}",
    "Datum: 22 september 2026",
    "",
    "Geachte [[P:mevrouw Van 't Hooft]],",
    "",
    "Wij hebben geen bezwaar tegen openbaarmaking van de vergunning en de adviezen. Wij verzoeken u wel de contactlijst, "
    "de namen en telefoonnummers van onze medewerkers en vrijwilligers en de tarieven in onze contracten met "
    "leveranciers niet openbaar te maken. De tarieven zijn bedrijfsvertrouwelijk (artikel 5.1, eerste lid, onder c, Woo). "
    "Ook het veiligheidsplan bevat gegevens waarvan openbaarmaking de veiligheid van bezoekers kan schaden.",
    "",
    "Met vriendelijke groet,",
    "",
    "[[P:Joost Verbeek-Ramdin]]",
    "directeur",
    "[[T:06-41 55 87 03]]",
], producer="docx", prod_str="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

A(Doc("fe31_woo_besluit", "Besluit op Woo-verzoek WOO-2026-0217", [
    "# Besluit op uw Woo-verzoek",
    "~ {{O:gemeente Apeldoorn}} - {{A:Marktplein 1}} - {{L:Apeldoorn}} - {{F:woo@apeldoorn.nl}}",
    "",
    "[[P:De heer F.J. Ongering]]",
    "[[A:Jachtlaan 212-B]]",
    "[[A:7313 CK]] Apeldoorn",
    "",
    "Datum: 29 september 2026 | Kenmerk: {{N:WOO-2026-0217}} | Behandeld door: [[P:E.M. van 't Hooft]]",
    "",
    "Geachte [[P:heer Ongering]],",
    "",
    "Op 2 september 2026 heeft u verzocht om openbaarmaking van documenten over de evenementenvergunning voor "
    "{{M:Klankrijk Open Air 2026}} ({{N:Z/26/041873}}). Op 4 september 2026 hebben wij de ontvangst bevestigd. Wij hebben "
    "{{O:Stichting Klankrijk Events}}, {{O:Van Lochem Akoestiek}} en {{O:Verkeersregelaars Oost}} om een zienswijze gevraagd.",
    "## Besluit",
    "Wij maken de documenten op de inventarislijst deels openbaar. De documenten 3 (bijlage contactlijst) en 18 "
    "(incidentformulier EHBO) maken wij niet openbaar.",
    "## Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo): namen, e-mailadressen, telefoonnummers, handtekeningen en "
    "adressen van medewerkers van de gemeente, de hulpdiensten, de organisator en van omwonenden laken wij. Namen van "
    "{{R:burgemeester Hoekstra-Valk}}, {{R:wethouder Kuipers}} en raadsleden maken wij wel openbaar, omdat zij in hun "
    "publieke functie optreden. Functionele e-mailadressen en algemene telefoonnummers blijven leesbaar.",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo): gegevens over de gezondheid van een "
    "omwonende en van bezoekers maken wij niet openbaar.",
    "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo): het burgerservicenummer in document 22 is gelakt.",
    "---",
    "Bedrijfsgegevens (artikel 5.1, tweede lid, onder f, Woo): wij volgen de zienswijze van de organisator niet voor de tarieven in de "
    "facturen; dit zijn geen concurrentiegevoelige gegevens.",
    "Veiligheid (artikel 5.1, tweede lid, onder d, Woo): portofoonkanalen in het veiligheidsplan laken wij niet; het evenement is voorbij.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "In de openbaar gemaakte versie zijn de persoonsgegevens van medewerkers en derden gelakt (5.1.2e), evenals gegevens over gezondheid (5.1.1d) en het BSN (5.1.1e).",
    "## Motivering",
    "Het belang van openbaarheid weegt niet op tegen de bescherming van de persoonlijke levenssfeer van de betrokkenen.",
    "",
    "Hoogachtend,",
    "het college van burgemeester en wethouders van {{L:Apeldoorn}},",
    "namens dezen,",
    "",
    "[[P:mr. E.M. van 't Hooft]]",
    "{{J:juridisch adviseur informatieverzoeken}}",
    "",
    "Bezwaar: binnen zes weken bij het college ({{W:Algemene wet bestuursrecht}}).",
], font="DejaVuSerif", size=10, prod_str="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Zaaksysteem Apeldoorn / Xential",
    outline=[("Besluit", 0), ("Concept - opmerkingen Eline", 0), ("Overwegingen", 1)],
    annots=[(1, "Freek Molenaar", "Check nog de lakking van het BSN in document 22. Vragen? 06 1208 4455")],
    hidden=[("P", "Eline", "outline"), ("P", "Freek Molenaar", "annotations"), ("T", "06 1208 4455", "annotations")]))

INV = [
    ("1", "fe01", "Woo-verzoek", "02-09-2026", "deels openbaar", "5.1.2e"),
    ("2", "fe02", "Ontvangstbevestiging", "04-09-2026", "deels openbaar", "5.1.2e"),
    ("3", "fe03", "Aanvraag evenementenvergunning met contactlijst", "03-02-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("4", "fe04", "Advies politie", "20-03-2026", "deels openbaar", "5.1.2e"),
    ("5", "fe05", "Advies VNOG", "02-04-2026", "deels openbaar", "5.1.2e"),
    ("6", "fe06", "Advies GHOR", "06-04-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("7", "fe07", "E-mail klacht omwonende", "28-06-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("8", "fe08", "Melding overlast", "28-06-2026", "deels openbaar", "5.1.2e"),
    ("9", "fe09", "Zienswijze buurtvereniging", "12-05-2026", "deels openbaar", "5.1.2e"),
    ("10", "fe10", "Brief omwonende (scan)", "29-06-2026", "deels openbaar", "5.1.2e"),
    ("11", "fe11", "Geluidsprognose en meetrapport", "10-04-2026", "deels openbaar", "5.1.2e"),
    ("12", "fe12", "Veiligheidsplan (uittreksel)", "10-04-2026", "deels openbaar", "5.1.2e"),
    ("13", "fe13", "E-mail eindtijd en geluid", "14-04-2026", "deels openbaar", "5.1.2e"),
    ("14", "fe14", "E-mail nooduitgangen", "06-05-2026", "deels openbaar", "5.1.2e"),
    ("15", "fe15", "WhatsApp Crowd Safety", "27-06-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("16", "fe16", "Teams-chat Evenementen", "20-05-2026", "deels openbaar", "5.1.2e"),
    ("17", "fe17", "Verslag vooroverleg", "28-04-2026", "deels openbaar", "5.1.2e"),
    ("18", "fe18", "Incidentformulier EHBO", "27-06-2026", "niet openbaar", "5.1.1d, 5.1.2e"),
    ("19", "fe19", "Rooster ECC", "15-06-2026", "deels openbaar", "5.1.2e"),
    ("20", "fe20", "Factuur geluidsbureau", "03-07-2026", "deels openbaar", "5.1.2e"),
    ("21", "fe21", "Factuur verkeersregelaars", "30-06-2026", "deels openbaar", "5.1.2e"),
    ("22", "fe22", "Verklaring aansprakelijkheid (scan)", "15-05-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("23", "fe23", "E-mail brief omwonenden", "28-05-2026", "deels openbaar", "5.1.2e"),
    ("24", "fe24", "Evenementenvergunning", "20-05-2026", "deels openbaar", "5.1.2e"),
    ("25", "fe25", "Beslisnota burgemeester", "11-05-2026", "deels openbaar", "5.1.2e"),
    ("26", "fe26", "Raadsvragen en antwoorden", "02-06-2026", "deels openbaar", "5.1.2e"),
    ("27", "fe27", "Persbericht", "21-05-2026", "deels openbaar", "5.1.2e"),
    ("28", "fe28", "Evaluatie", "14-07-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("29", "fe29", "Schouwrapport (scan)", "26-06-2026", "deels openbaar", "5.1.2e"),
    ("30", "fe30", "Zienswijze organisator", "22-09-2026", "deels openbaar", "5.1.2e"),
    ("31", "fe31", "Besluit op Woo-verzoek", "29-09-2026", "openbaar", "-"),
    ("32", "fe32", "Inventarislijst", "29-09-2026", "openbaar", "-"),
    ("33", "fe33", "Handhavingsbrief organisator", "09-07-2026", "deels openbaar", "5.1.2e"),
]

A(Doc("fe32_inventarislijst", "Inventarislijst WOO-2026-0217", [
    "# Inventarislijst bij besluit {{N:WOO-2026-0217}}",
    "~ {{O:gemeente Apeldoorn}} - bijlage bij het besluit van 29 september 2026",
    "|Nr.|Document|Omschrijving|Datum|Beoordeling|Grond",
] + [f"|{a}|{b}.pdf|{c}|{d}|{e}|{f}" for a, b, c, d, e, f in INV] + [
    "",
    "Toelichting: document 14 en 13 horen tot één e-mailfamilie met bijlage plattegrond_v4.pdf (niet aangetroffen). "
    "Vragen: {{F:woo@apeldoorn.nl}}, {{G:14 055}}.",
], font="Helvetica", size=8.5, prod_str="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    author="Eline van 't Hooft", hidden=[("P", "Eline van 't Hooft", "metadata")]))

A(Doc("fe33_handhavingsbrief", "Brief overschrijding geluidsnorm", [
    "{{O:gemeente Apeldoorn}}",
    "{{O:team Toezicht en Handhaving}}",
    "",
    "{{O:Stichting Klankrijk Events}}",
    "t.a.v. [[P:de heer J. Verbeek-Ramdin]]",
    "[[A:Ravelijn 31]]",
    "[[A:7325 NZ]] Apeldoorn",
    "",
    "Datum: 9 juli 2026 | Kenmerk: {{N:TH-2026-07731}} | Behandeld door: [[P:L. Wennekes]]",
    "Onderwerp: vastgestelde overschrijding geluidsvoorschrift vergunning {{N:Z/26/041873}}",
    "",
    "Geachte [[P:heer Verbeek-Ramdin]],",
    "",
    "Op zaterdag 27 juni 2026 om 22.47 uur is op meetpunt R1 aan de {{L:Sportlaan}} een geluidsniveau van 94 dB(C) vastgesteld. "
    "Dit is in strijd met voorschrift 2 van de vergunning. De overtreding is vastgesteld door toezichthouder [[P:Lars Wennekes]] "
    "en bevestigd door metingen van {{O:Van Lochem Akoestiek}}. Omdat de organisatie direct heeft ingegrepen, volstaan wij met deze "
    "waarschuwing. Bij een herhaling in 2027 overweegt de burgemeester een last onder dwangsom op grond van de {{W:Algemene wet bestuursrecht}}.",
    "",
    "Wij wijzen u er ook op dat in de WhatsApp-groep van uw crowd-safetyteam medische gegevens van een bezoeker zijn gedeeld. "
    "Dat valt onder de {{W:Algemene verordening gegevensbescherming}}; wij verzoeken u uw medewerkers hierover te instrueren.",
    "",
    "Met vriendelijke groet,",
    "namens de burgemeester,",
    "",
    "[[P:Lars Wennekes]]",
    "{{J:toezichthouder milieu en evenementen}}, BOA-nummer [[N:18-30442]]",
    "[[E:l.wennekes@apeldoorn.nl]] | [[T:+31 55 580 2741]]",
], font="Times-Roman", size=11, prod_str="Microsoft® Word 2016", creator="Microsoft® Word 2016"))


_ev = [d for d in DOCS if d.stem == "fe28_evaluatie"][0]
_ev.lines += [
    "---",
    "## Bijlage: evaluatiegesprek met de organisatie, 10 juli 2026",
    "Aanwezig: [[P:Joost Verbeek-Ramdin]], [[P:Sanne de Wilde]] en [[P:Rachid El Khatib]] (organisatie); [[P:Marloes ter Horst]], "
    "[[P:Bart-Jan Hofstede]] en [[P:Lars Wennekes]] (gemeente); [[P:Henk Roeterink]] (politie).",
    "",
    "[[P:Verbeek-Ramdin]] vindt de eindtijd van 23.00 uur een zware beperking en overweegt voor 2027 een andere locatie, "
    "bijvoorbeeld het terrein bij {{X:De Voorwaarts}} of in {{L:Deventer}}. De gemeente wijst op de 48 klachten.",
    "[[P:Roeterink]] meldt dat het fouilleringsprotocol goed werkte; bij de ingang zijn 3 messen en 140 pillen in beslag genomen.",
    "[[P:Wennekes]] licht de waarschuwingsbrief toe ({{N:TH-2026-07731}}).",
    "[[P:De Wilde]] stelt voor in 2027 een klankbordgroep met omwonenden in te stellen. Zij wil daarvoor [[P:mevrouw Vos-de Ruyter]] "
    "van de {{O:Buurtvereniging Zuiderpark-Oost}} benaderen.",
    "",
    "Afspraken: evaluatierapport organisatie voor 1 september; nieuwe aanvraag 2027 uiterlijk 1 december 2026 via {{F:evenementen@apeldoorn.nl}}.",
]

_vp = [d for d in DOCS if d.stem == "fe33_handhavingsbrief"][0]
_vp.lines += [
    "---",
    "## Bijlage: meetformulier toezicht 27 juni 2026",
    "|Tijd|Meetpunt|dB(A)|dB(C)|Meter|Toezichthouder",
    "|21.30|R1 {{L:Sportlaan}}|66|86|{{N:SLM-04}}|[[C:LW]]",
    "|22.15|R2 {{L:Kastanjelaan}}|64|84|{{N:SLM-04}}|[[C:LW]]",
    "|22.47|R1 {{L:Sportlaan}}|70|94|{{N:SLM-04}}|[[C:LW]]",
    "|23.05|R1 {{L:Sportlaan}}|49|61|{{N:SLM-04}}|[[C:LW]]",
    "",
    "Gemeten met geijkte meter, kalibratie voor en na de meting. Gemeld aan ECC ([[P:M. ter Horst]]) om 22.49 uur.",
    "Handtekening toezichthouder: [[P:L. Wennekes]]",
]
