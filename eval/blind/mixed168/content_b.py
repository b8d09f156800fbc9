from lib import rl_doc, docx_doc, scan_doc, form_doc

DOCS = []
A = DOCS.append

# vk06 mail hoofdstembureau <-> Kiesraad
A(rl_doc("vk06_mail_kiesraad", [
    ("p", "Van: [[Oudemans, Fenna|P]] <[[f.oudemans@kiesraad.nl|E]]>\nVerzonden: vrijdag 20 maart 2026 14:37\nAan: [[Hoogendoorn, Ruud|P]] <[[r.hoogendoorn@heusden.nl|E]]>\nCC: {{verkiezingen@kiesraad.nl|M}}; [[Rademaker, Thijs|P]] <[[t.rademaker@heusden.nl|E]]>\nOnderwerp: RE: hertelling stembureau 9 Heusden – grondslag"),
    ("p", "Geachte heer [[Hoogendoorn|P]],"),
    ("p", "Dank voor uw vraag. Het {{gemeentelijk stembureau|O}} kan op grond van artikel {{N 12|F}} van de {{Kieswet|W}} in de openbare zitting besluiten tot een nieuwe telling van de stembiljetten van een stembureau, als er een redelijk vermoeden is dat bij de telling fouten zijn gemaakt die van invloed zijn op de zetelverdeling. Een aanzienlijk verschil tussen twee lijsten ten opzichte van naburige stembureaus is zo'n aanwijzing; dat staat ook in de {{Handreiking controleprotocol|F}} van de {{Kiesraad|O}}."),
    ("p", "Leg in het proces-verbaal (model {{Na 31-2|F}}) vast welke afwijking aanleiding gaf en wat de uitkomst van de hertelling is. De gecorrigeerde uitslag voert u opnieuw in {{Osiris|X}} in; u hoeft daarvoor geen nieuw installatiebestand aan te vragen."),
    ("p", "Met vriendelijke groet,\n\n[[Fenna Oudemans|P]]\nadviseur verkiezingsprocessen\nKiesraad | {{Postbus 20011|L}} | {{2500 EA Den Haag|L}}\nT [[070-426 72 38|T]] | {{www.kiesraad.nl|M}}"),
    ("p", "Van: [[Hoogendoorn, Ruud|P]]\nVerzonden: vrijdag 20 maart 2026 10:05\nAan: {{verkiezingen@kiesraad.nl|M}}\nOnderwerp: hertelling stembureau 9 Heusden – grondslag"),
    ("p", "Goedemorgen, namens het {{hoofdstembureau|O}} van Heusden (voorzitter {{burgemeester Veerkamp|R}}) de vraag of wij stembureau 9 mogen hertellen. Lijst 4 en 5 lijken verwisseld (121/212). Ik ben vandaag tot 16.00 uur bereikbaar op [[06-53 08 21 96|T]].\n\nMet vriendelijke groet,\nmr. [[R.A. Hoogendoorn|P]], juridisch adviseur {{Gemeente Heusden|O}}"),
], font="dejavu", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

# vk07 klacht kiezer (docx)
A(docx_doc("vk07_klacht_kiezer", [
    ("p", "[[A.F. Zijlstra-Boerma|P]]\n[[Kerkstraat 22|A]]\n[[5251 ER|A]] Vlijmen\n[[aafke.zijlstra@ziggo.nl|E]]"),
    ("p", "Aan de {{burgemeester van Heusden|R}}, voorzitter van het {{hoofdstembureau|O}}\nPostbus 41\n5250 AA Vlijmen"),
    ("p", "Vlijmen, 19 maart 2026\nBetreft: klacht over de telling in stembureau 9"),
    ("p", "Geachte {{heer Veerkamp|R}},"),
    ("p", "Gisteravond was ik als kiezer aanwezig bij de telling in {{Dorpshuis De Voorste Venne|Q}}. Ik heb gezien dat de twee jonge tellers de stapel van {{Lokaal Heusden|O}} en die van {{GroenLinks-PvdA|O}} bij het opschrijven verwisselden. Ik heb dat direct gezegd tegen de voorzitter, mevrouw [[Van der Zwaluw|P]], maar zij vond het niet nodig om opnieuw te tellen. Eén van de tellers, een jongen met een rood petje die door de anderen '[[PJ|N]]' werd genoemd, lachte erom."),
    ("p", "Ik ben 71 jaar en heb sinds 1976 altijd gestemd. Ik heb een [[hartaandoening|H]] en kon daarom niet tot het einde blijven, anders had ik het bezwaar zelf ondertekend. Mijn buurman, de heer [[Harrie Pennings|P]], kan bevestigen wat ik zag."),
    ("p", "Ik verzoek u de stemmen in stembureau 9 opnieuw te laten tellen en mij te laten weten wat u met mijn klacht doet. U kunt mij bellen op [[073-511 28 43|T]]."),
    ("p", "Hoogachtend,\n\n[[Aafke Zijlstra-Boerma|P]]"),
], author="aafkez", producer="LibreOffice 7.6 (Microsoft Word 2019 document)", creator="Writer",
    hidden=[("metadata", "N", "aafkez")]))

# vk08 antwoord burgemeester op klacht
A(rl_doc("vk08_antwoord_burgemeester", [
    ("p", "{{Gemeente Heusden|O}}\nDe burgemeester, in zijn hoedanigheid van voorzitter van het {{hoofdstembureau|O}}"),
    ("p", "Mevrouw [[A.F. Zijlstra-Boerma|P]]\n[[Kerkstraat 22|A]]\n[[5251 ER|A]] {{Vlijmen|L}}"),
    ("p", "Datum: 26 maart 2026 | Kenmerk: {{HSB/2026/014|F}} | Behandeld door: [[R.A. Hoogendoorn|P]], [[0416-696 281|T]]\nOnderwerp: uw klacht over de telling in stembureau 9"),
    ("p", "Geachte mevrouw [[Zijlstra-Boerma|P]],"),
    ("p", "Hartelijk dank voor uw brief van 19 maart 2026. Uw waarneming was juist. Het {{hoofdstembureau|O}} heeft in de openbare zitting van 23 maart 2026 besloten de stembiljetten van stembureau 9 opnieuw te tellen. Bij die hertelling bleek dat de aantallen van lijst 4 en lijst 5 op de telstaat waren verwisseld: {{Lokaal Heusden|O}} kreeg 212 stemmen en {{GroenLinks-PvdA|O}} 121. De uitslag is gecorrigeerd voordat de {{Kiesraad|O}}-software de zetelverdeling vaststelde."),
    ("p", "Dat de voorzitter van het stembureau uw bezwaar niet aanleiding vond om direct opnieuw te tellen, betreur ik. Het bezwaar stond wel in het proces-verbaal en dat heeft geholpen. Wij nemen dit mee in de instructie voor stembureauleden bij de {{Tweede Kamerverkiezing|O}} en in de evaluatie met de {{gemeenteraad|O}}."),
    ("p", "Over de opmerking van één van de tellers heb ik persoonlijk met de betrokkene gesproken."),
    ("p", "Hoogachtend,\n\n{{W.H. Veerkamp|R}}\n{{burgemeester van Heusden|R}}, voorzitter {{hoofdstembureau|O}}"),
], font="serif", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# vk09 WhatsApp export
WA = [
    "[18-03-26 06:41] [[Jet vd Z|N]]: Goedemorgen team! Sleutel opgehaald bij de conciërge, ik sta om 7.15 bij {{De Voorste Venne|Q}}",
    "[18-03-26 06:44] [[Ömer|N]]: duim omhoog, onderweg",
    "[18-03-26 06:52] [[Gerda B.|P]]: Ik neem koffie en krentenbollen mee. Om 14.00 neemt [[Keesje|N]] het van mij over, ik moet naar de [[fysio met mijn heup|H]]",
    "[18-03-26 09:10] [[Keesje|N]]: Komt goed [[Gerda|N]]. Bel me als het eerder moet [[06 1184 2290|T]]",
    "[18-03-26 17:32] [[Sanne W|P]]: Ik kom om 21.00 tellen met [[PJ|N]]. Wie heeft de telstaat model {{N 10-1|F}}?",
    "[18-03-26 17:35] [[Jet vd Z|N]]: Zit in de oranje map. Tellen volgens de {{Kiesraad|O}}-instructie: eerst per lijst sorteren, dan per kandidaat",
    "[18-03-26 19:02] [[Ömer|N]]: Opkomst tot nu toe 61%. Drukker dan 2022",
    "[18-03-26 19:05] [[Jet vd Z|N]]: Net een meneer met een volmacht van zijn vrouw zonder kopie ID, heb hem weggestuurd. Hij komt terug.",
    "[18-03-26 19:40] [[Keesje|N]]: Wie wil er nog soep? Die staat in de keuken van {{De Voorste Venne|Q}}",
    "[18-03-26 20:15] [[Sanne W|P]]: Ik sta in de file bij {{Vlijmen|L}}, 10 min later. Sorry!",
    "[18-03-26 20:58] [[PJ 't Hooft|P]]: binnen. Waar liggen de lijstkaarten?",
    "PAGEBREAK",
    "[18-03-26 21:48] [[PJ 't Hooft|P]]: stapel 4 is echt veel kleiner dan 5 haha, die van {{Lokaal Heusden|O}} gaan huilen",
    "[18-03-26 22:03] [[Ömer|N]]: PJ let op, die mevrouw aan tafel zegt dat jullie stapels omgedraaid hebben",
    "[18-03-26 22:05] [[Jet vd Z|N]]: Ik heb het genoteerd als bezwaar. We tellen niet opnieuw, het klopte met de turflijst",
    "[18-03-26 23:44] [[Jet vd Z|N]]: Klaar! PV getekend en afgeleverd bij het gemeentehuis. Dank allemaal ❤",
    "[19-03-26 10:17] [[Jet vd Z|N]]: Jongens, de gemeente belt. Die mevrouw had gelijk denk ik. [[Thijs|N]] van Burgerzaken wil dat ik maandag bij de zitting van het {{hoofdstembureau|O}} ben",
    "[19-03-26 10:20] [[Sanne W|P]]: Oei. Sorry, ik had de kolommen van [[PJ|N]] overgenomen zonder te checken",
    "[19-03-26 10:31] [[PJ 't Hooft|P]]: mijn schuld, ik was moe na de dienst bij de {{Albert Heijn|O}}",
    "[19-03-26 11:02] [[Gerda B.|P]]: Niet te zwaar opvatten. Kandidaat {{Jeroen Buitendijk|K}} heeft er al over getweet zag ik",
    "[23-03-26 16:40] [[Ömer|N]]: Hertelling klaar, 212 voor lijst 4. Staat ook op {{heusden.nl|M}}",
]
A(rl_doc("vk09_whatsapp_stembureau9", [("h", "WhatsApp-chat met Stembureau 9 Drunen"),
    ("p", "Geëxporteerd op 24-03-2026. Deelnemers: 6. Berichten en oproepen zijn end-to-end versleuteld.")] +
    [("pb", 0) if m == "PAGEBREAK" else ("p", m) for m in WA], font="dejavu", size=9.5, producer="iOS Version 17.3 (Build 21D50) Quartz PDFContext",
    creator="WhatsApp"))

# vk10 declaratieformulier (AcroForm)
A(form_doc("vk10_declaratieformulier", [
    "Declaratieformulier stembureauleden – {{Gemeente Heusden|O}}",
    "Vergoeding en reiskosten gemeenteraadsverkiezing 18 maart 2026 (hertelling 23 maart 2026)",
    "Inleveren bij team Verkiezingen, {{Burgerzaken|O}}, of mailen naar {{verkiezingen@heusden.nl|M}}",
    "De vergoeding is vastgesteld in de {{Regeling vergoeding stembureauleden Heusden 2026|W}}.",
], [
    ("Naam stembureaulid", "Pieter-Jan 't Hooft", "P"),
    ("Adres", "Meidoornlaan 7", "A"),
    ("Postcode en woonplaats", "5151 KB Drunen", "A"),
    ("Geboortedatum", "14-09-2003", "D"),
    ("Telefoon", "+31 6 3920 1475", "T"),
    ("IBAN", "NL62 RABO 0312 8847 05", "I"),
    ("BSN (renseignering Belastingdienst)", "218374616", "B"),
    ("Ten name van", "P.J. 't Hooft", "P"),
    ("Functie", "teller stembureau 9", None),
    ("Vergoeding", "EUR 75,00 (teller) + EUR 40,00 (hertelling)", None),
    ("Reiskosten", "12 km x EUR 0,23", None),
    ("Handtekening (getypt)", "PJ 't Hooft", "P"),
    ("Akkoord budgethouder (paraaf)", "MDV", "C"),
]))

# vk11 declaratie-overzicht
A(rl_doc("vk11_overzicht_declaraties", [
    ("h", "Overzicht vergoedingen stembureauleden – batch 3 (hertelling stembureau 9)"),
    ("p", "Aangemaakt in {{AFAS Profit|X}} door team {{Financiën|O}}, 2 april 2026. Grootboek {{4425 Verkiezingen|F}}, kostenplaats {{KP-BZ-310|F}}."),
    ("t", [["Nr.", "Naam", "IBAN", "Functie", "Bedrag"],
           ["1", "[[H.M. van der Zwaluw|P]]", "[[NL91 INGB 0004 3827 15|I]]", "voorzitter", "EUR 200,00"],
           ["2", "[[Ö. Karataş|P]]", "[[NL44 ABNA 0517 2290 36|I]]", "plv. voorzitter", "EUR 150,00"],
           ["3", "[[G.A.M. Bakker-Oomen|P]]", "[[NL07 RABO 0128 6611 93|I]]", "lid", "EUR 75,00"],
           ["4", "[[P.J. 't Hooft|P]]", "[[NL62 RABO 0312 8847 05|I]]", "teller", "EUR 115,00"],
           ["5", "[[C.J.M. de Jong|P]]", "[[NL29 SNSB 0941 7730 58|I]]", "lid (vervanging)", "EUR 110,00"],
           ["6", "[[T. van Wanrooij|P]]", "[[NL83 TRIO 0390 4412 87|I]]", "teller (hertelling)", "EUR 40,00"],
           ["7", "[[J.W.P. van Iersel|P]]", "[[NL15 ASNB 0708 3326 41|I]]", "teller (hertelling)", "EUR 40,00"]],
     [24, 120, 150, 100, 64]),
    ("p", "Mevrouw [[Wijnbergen|P]] is medewerker van de gemeente; haar vergoeding loopt via de salarisadministratie ({{YouForce|X}}), personeelsnummer [[P0041187|C]]."),
    ("p", "Renseignering aan de {{Belastingdienst|O}} (uitbetaalde vergoedingen 2026): BSN [[190722514|B]] ([[Van der Zwaluw|P]]) en BSN [[218374616|B]] ([['t Hooft|P]]) zijn aangevuld uit de declaratieformulieren; de overige BSN's volgen."),
    ("p", "Gecontroleerd: [[YL|C]] 02-04 | Geaccordeerd budgethouder: [[MDV|C]] 03-04 | Betaalbaar gesteld: [[KvdB|C]] 06-04"),
], font="dejavu", size=9.5, producer="AFAS Profit Reportgenerator / PDFsharp 1.50", creator="AFAS Profit"))
