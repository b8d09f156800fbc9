from lib import rl_doc, docx_doc, scan_doc, form_doc

DOCS = []
A = DOCS.append

# vk23 evaluatierapport (docx)
A(docx_doc("vk23_evaluatie_telfout", [
    ("h", "Evaluatie telfout stembureau 9 – gemeenteraadsverkiezing 2026"),
    ("p", "Opgesteld door team Verkiezingen voor de raadscommissie {{Bestuur en Middelen|O}}, 15 april 2026. Gesprekken gevoerd op 30 en 31 maart 2026."),
    ("h", "1. Feitenrelaas"),
    ("p", "Stembureau 9 was bemand door een voorzitter, een plaatsvervangend voorzitter, twee leden en twee tellers. Een lid, mevrouw [[Bakker-Oomen|P]], werd om 14.00 uur afgelost door reservelid de heer [[De Jong|P]] vanwege een medische afspraak. De tellers begonnen om 21.00 uur. Teller [[Wijnbergen|P]] schreef de aantallen op de telstaat over van de turflijst van teller [['t Hooft|P]] en verwisselde daarbij de regels van lijst 4 en lijst 5."),
    ("p", "Een kiezer maakte bezwaar. De voorzitter noteerde het bezwaar maar besloot niet opnieuw te tellen, omdat de turflijst naar haar oordeel klopte. Achteraf bleek de turflijst zelf juist (212/121); de fout zat in het overschrijven."),
    ("pb", 0),
    ("h", "2. Gesprekken"),
    ("t", [["Datum", "Gesprekspartner", "Rol", "Gespreksleider"],
           ["30-03", "[[H.M. van der Zwaluw|P]]", "voorzitter stb. 9", "[[MDV|C]]"],
           ["30-03", "[[P.J. 't Hooft|P]]", "teller", "[[MDV|C]] / [[TRa|C]]"],
           ["31-03", "[[S. Wijnbergen|P]]", "teller (medewerker)", "[[MDV|C]] + HR ([[I. Peeters|P]])"],
           ["31-03", "[[Ö. Karataş|P]]", "plv. voorzitter", "[[TRa|C]]"]]),
    ("h", "3. Conclusies en aanbevelingen"),
    ("p", "De fout is menselijk en ontstond door vermoeidheid en het ontbreken van een tweede controle. Aanbevelingen: vier-ogenprincipe bij het overschrijven; nieuwe telstaat van de {{Kiesraad|O}} met gekleurde kolommen; bij bezwaar over de telling altijd de telcoördinator bellen via de piketlijn; extra oefenmoment in de {{ProDemos|O}}-training. De {{Kieswet|W}} en het {{Kiesbesluit|W}} laten dit toe."),
], author="Thijs Rademaker", producer="LibreOffice 24.8", creator="Writer", hidden=[("metadata", "P", "Thijs Rademaker")]))

# vk24 mail Kiesraad na hertelling
A(rl_doc("vk24_mail_kiesraad_na_hertelling", [
    ("p", "Van: [[Lamberts, Yvonne|P]] <[[y.lamberts@heusden.nl|E]]>\nVerzonden: maandag 23 maart 2026 16:12\nAan: {{verkiezingen@kiesraad.nl|M}}\nCC: [[Oudemans, Fenna|P]] <[[f.oudemans@kiesraad.nl|E]]>; [[Rademaker, Thijs|P]]\nOnderwerp: Heusden GR2026 – gecorrigeerde uitslag stembureau 9 (Na 31-2)"),
    ("p", "Geachte mevrouw [[Oudemans|P]],"),
    ("p", "Bijgaand het proces-verbaal {{Na 31-2|F}} met bijlage 2 (hertelling stembureau 9) en het {{EML-bestand|X}} uit {{Osiris Uitslag|X}} met de gecorrigeerde aantallen. De hash-code van het bestand is {{4f1c 9e2a 77b0 d315|F}}. De zitting van het {{centraal stembureau|O}} is op 27 maart om 10.00 uur."),
    ("p", "Met vriendelijke groet,\n[[Yvonne Lamberts|P]]\nadviseur verkiezingen | {{Gemeente Heusden|O}}\n[[0416-696 233|T]] (ma-do)"),
    ("p", "Van: {{verkiezingen@kiesraad.nl|M}}\nVerzonden: maandag 23 maart 2026 16:40\nAan: [[Lamberts, Yvonne|P]]\nOnderwerp: RE: Heusden GR2026 – gecorrigeerde uitslag stembureau 9 (Na 31-2)"),
    ("p", "Ontvangen, dank. Ons ticketnummer is {{KR-2026-04418|F}}. Met vriendelijke groet, Servicedesk Verkiezingen, {{Kiesraad|O}}, {{070-426 72 66|M}}."),
], font="dejavu", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

# vk25 factuur zzp catering
A(rl_doc("vk25_factuur_catering", [
    ("h", "FACTUUR 2026-031"),
    ("p", "{{Lunchroom 't Hoekje|O}} – catering & broodjes\neigenaar [[Annemiek Verschuren-Heijmans|P]]\n[[Grotestraat 118|A]], [[5151 BM|A]] {{Drunen|L}}\nKvK [[71829304|C]] | btw [[NL002291845B71|C]]\n{{info@lunchroomthoekje.nl|M}} | [[06-15 48 27 93|T]]"),
    ("p", "Aan: {{Gemeente Heusden|O}}, t.a.v. team Verkiezingen, Postbus 41, 5250 AA {{Vlijmen|L}}\nUw referentie: inkoopordernummer {{IO-2026-0288|F}} | Factuurdatum: 25 maart 2026"),
    ("t", [["Omschrijving", "Aantal", "Prijs", "Totaal"],
           ["Lunchpakket stembureauleden 18-03 (stembureaus 9-12)", "24", "EUR 8,50", "EUR 204,00"],
           ["Koffie/thee en soep hertelling 23-03 (raadzaal)", "9", "EUR 6,00", "EUR 54,00"],
           ["Bezorging", "2", "EUR 12,50", "EUR 25,00"],
           ["", "", "Subtotaal", "EUR 283,00"], ["", "", "btw 9%", "EUR 25,47"], ["", "", "Totaal", "EUR 308,47"]],
     [250, 50, 70, 80]),
    ("p", "Graag binnen 30 dagen overmaken op [[NL36 RABO 0319 4470 82|I]] t.n.v. [[A.M. Verschuren-Heijmans|P]], onder vermelding van het factuurnummer."),
], font="helv", producer="Moneybird PDF / wkhtmltopdf 0.12.6", creator="Moneybird"))

# vk26 factuur transport stembussen
A(rl_doc("vk26_factuur_transport", [
    ("h", "Koeriersdienst [[Van Dalen|P]] – Factuur F26-0412"),
    ("p", "[[R.J.M. van Dalen|P]] (eenmanszaak)\n[[Industrieweg-Noord 4c|A]], [[5262 GJ|A]] {{Vught|L}}\nKvK [[17438820|C]] | IBAN [[NL58 INGB 0006 8123 49|I]]\nTel. [[073 - 656 03 18|T]] | mob. [[06 - 22 45 91 07|T]]"),
    ("p", "Debiteur: {{Gemeente Heusden|O}}, crediteurennummer {{CR-40931|F}}\nDatum: 24 maart 2026"),
    ("t", [["Datum", "Rit", "Bedrag"],
           ["18-03", "Ophalen 27 stembussen + verzegelde pakken naar {{Stadskantoor|Q}} {{Drunen|L}}", "EUR 385,00"],
           ["23-03", "Kluis Stadskantoor -> raadzaal en retour (pakken stembureau 9), met begeleiding", "EUR 95,00"],
           ["", "Totaal excl. btw", "EUR 480,00"], ["", "btw 21%", "EUR 100,80"], ["", "Totaal", "EUR 580,80"]],
     [60, 300, 90]),
    ("p", "Chauffeur op 23-03: [[Rob|N]] (zelf). Overdracht getekend door [[T. Rademaker|P]]."),
], font="courier", size=9.5, producer="Microsoft Excel 2016 / Microsoft: Print To PDF", creator="Microsoft Excel"))

# vk27 werkinstructie tellers (mostly public)
A(rl_doc("vk27_werkinstructie_tellers", [
    ("h", "Werkinstructie tellen – versie 2 (na evaluatie GR2026)"),
    ("p", "Deze instructie geldt vanaf de {{Tweede Kamerverkiezing|O}} voor alle stembureaus in de {{Gemeente Heusden|O}}. Zij vult de instructie van de {{Kiesraad|O}} en het {{Kiesbesluit|W}} aan."),
    ("p", "1. Sorteer de stembiljetten per lijst op de tafels met de genummerde lijstkaarten. 2. Tel per lijst twee keer, door twee verschillende tellers. 3. Schrijf de aantallen over op de telstaat model {{N 10-1|F}}; een tweede teller leest hardop terug (vier-ogenprincipe). 4. Vergelijk het totaal met het aantal toegelaten kiezers. 5. Maakt een kiezer bezwaar tegen de telling? Bel dan de telcoördinator via de piketlijn {{0416-696 200|M}} voordat u het proces-verbaal tekent."),
    ("p", "Stembureaus in dit voorbeeld: {{Sporthal De Kooi|Q}}, {{Dr. Ariënsschool|Q}}, {{Zorgcentrum Eikendonk|Q}}, {{Johan Cruijff Court|Q}} ({{Vlijmen|L}}, buitenstembureau) en het {{Anne Frankhuis Drunen|Q}} (buurthuis aan de {{Burgemeester van der Heijdenstraat|Q}})."),
    ("p", "Vragen over deze instructie: {{verkiezingen@heusden.nl|M}}. Opgesteld door team Verkiezingen; vastgesteld door {{burgemeester Veerkamp|R}} op 20 april 2026."),
], font="helv", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# vk28 scan handgeschreven notitie voorzitter
A(scan_doc("vk28_scan_notitie_voorzitter", [
    ("Notitie voorzitter stembureau 9", 40, "DejaVuSerif-BoldItalic.ttf"),
    ("18 maart, 22.05 uur", 36, "DejaVuSerif-Italic.ttf"),
    "",
    ("Mevr. [[Zijlstra|P]] maakt bezwaar: stapels", 38, "DejaVuSerif-Italic.ttf"),
    ("lijst 4 en 5 omgewisseld?", 38, "DejaVuSerif-Italic.ttf"),
    ("Turflijst [[PJ|N]] nagekeken - klopt.", 38, "DejaVuSerif-Italic.ttf"),
    ("Niet opnieuw geteld.", 38, "DejaVuSerif-Italic.ttf"),
    "",
    ("Telcoordinator [[Thijs|N]] niet bereikt", 38, "DejaVuSerif-Italic.ttf"),
    ("op [[06-21934770|T]] (voicemail).", 38, "DejaVuSerif-Italic.ttf"),
    "",
    ("[[Jet van der Zwaluw|P]]", 44, "DejaVuSerif-BoldItalic.ttf"),
    ("Kiezer tel. [[073-5112843|T]]", 36, "DejaVuSerif-Italic.ttf"),
], angle=1.1, producer="Epson Scan 2 / PDF"))

# vk29 bezwaar stembureaulid tegen openbaarmaking (zienswijze)
A(rl_doc("vk29_zienswijze_stembureaulid", [
    ("p", "[[Sanne Wijnbergen|P]]\n[[Lindenlaan 33|A]]\n[[5151 AH|A]] {{Drunen|L}}"),
    ("p", "Aan: {{Gemeente Heusden|O}}, Woo-coördinator\nPer e-mail: {{woo@heusden.nl|M}}\nDatum: 28 april 2026\nBetreft: zienswijze Woo-verzoek {{Z/26/118402|F}}"),
    ("p", "Beste mevrouw [[Sprenkels|P]],"),
    ("p", "U vroeg mij om een zienswijze op de openbaarmaking van stukken over de telfout in stembureau 9. Ik heb er bezwaar tegen dat mijn naam, telefoonnummer of werkplek worden genoemd. Op sociale media ben ik na de verkiezing al herkend en aangesproken; een bericht op {{X (Twitter)|X}} noemde mij 'de teller die Lokaal Heusden de zetel afpakte'. Sinds die tijd ben ik [[onder behandeling bij de huisarts voor slaapproblemen en stress|H]]."),
    ("p", "Ik werk als medewerker Burgerzaken en was als vrijwilliger teller. Ik ben geen publieke functionaris. Ik vraag u mijn naam en die van mijn collega-teller [[Pieter-Jan|N]] weg te laten."),
    ("p", "Met vriendelijke groet,\n[[S. Wijnbergen|P]]\n[[06-50 62 18 84|T]]"),
], font="serif", producer="Apple Mail / macOS Version 14.4 Quartz PDFContext", creator="Mail"))

# vk30 besluitenlijst raadscommissie
A(rl_doc("vk30_besluitenlijst_commissie", [
    ("h", "Besluitenlijst raadscommissie Bestuur en Middelen – 21 april 2026"),
    ("p", "Voorzitter: {{raadslid Koolhoven|R}}. Griffier: [[drs. N. El Amrani|P]]. Portefeuillehouder: {{burgemeester Veerkamp|R}}. Ambtelijk aanwezig: [[T. Rademaker|P]] (team Verkiezingen)."),
    ("p", "Agendapunt 4 – Evaluatie telfout stembureau 9. {{Raadslid Smulders-de Graaf|R}} ({{Lokaal Heusden|O}}) dankt voor de evaluatie en vraagt of de stembureauleden zijn aangesproken. {{Burgemeester Veerkamp|R}} antwoordt dat met alle betrokkenen gesprekken zijn gevoerd en dat hij niet ingaat op personen. {{Raadslid Hoevenaars|R}} ({{GroenLinks-PvdA|O}}) steunt het vier-ogenprincipe. {{Raadslid Van Opstal|R}} ({{CDA|O}}) vraagt naar de kosten van de hertelling: EUR 889,27 (transport, catering, vergoedingen)."),
    ("p", "Toezegging T-2026-07: de burgemeester informeert de raad vóór de {{Tweede Kamerverkiezing|O}} over de nieuwe werkinstructie. Stemmingsadvies: hamerstuk."),
    ("p", "Agendapunt 5 – Benoeming leden {{Rekenkamercommissie Heusden|O}}: aangehouden."),
    ("p", "Vastgesteld in de vergadering van 19 mei 2026. De griffier, [[N. El Amrani|P]]."),
], font="helv", producer="iBabs / iText 7.1.16", creator="iBabs Vergadermanagement"))

# vk31 Woo-besluit
A(rl_doc("vk31_woo_besluit", [
    ("p", "{{Gemeente Heusden|O}} | Postbus 41 | 5250 AA {{Vlijmen|L}}"),
    ("p", "De heer [[D.J. Lindhout|P]]\n[[Mr. van Coothstraat 41|A]]\n[[5271 GN|A]] {{Sint-Michielsgestel|L}}"),
    ("p", "Datum: 19 mei 2026 | Kenmerk: {{Z/26/118402|F}} | Onderwerp: besluit op uw Woo-verzoek"),
    ("p", "Geachte heer [[Lindhout|P]],"),
    ("h", "1. Uw verzoek"),
    ("p", "Op 7 april 2026 heeft u ons gevraagd om documenten over de telfout in stembureau 9 bij de gemeenteraadsverkiezing van 18 maart 2026 en de hertelling door het {{hoofdstembureau|O}}. Wij hebben de beslistermijn op 5 mei 2026 met twee weken verlengd, omdat wij derden om een zienswijze hebben gevraagd."),
    ("h", "2. Besluit"),
    ("p", "Wij maken de 33 documenten op de inventarislijst deels openbaar. Persoonsgegevens zijn gelakt met de code {{5.1.2e|F}}, gezondheidsgegevens met {{5.1.1d|F}}."),
    ("pb", 0),
    ("h", "3. Overwegingen"),
    ("p", "Stembureauleden zijn burgers die een publieke taak vervullen op één dag; zij treden niet in de openbaarheid op grond van een functie. Hun namen, telefoonnummers, adressen, rekeningnummers en parafen maken wij niet openbaar. Hetzelfde geldt voor medewerkers van de gemeente en van de {{Kiesraad|O}}, en voor kiezers en waarnemers."),
    ("p", "Wel openbaar zijn de namen van de burgemeester als voorzitter van het {{hoofdstembureau|O}}, van raadsleden in die rol en van kandidaten op de kandidatenlijst voor zover zij in die hoedanigheid optreden. De kandidatenlijst is op grond van de {{Kieswet|W}} openbaar gemaakt. Privé-adressen en telefoonnummers van kandidaten maken wij niet openbaar."),
    ("p", "Een stembureaulid heeft in haar zienswijze gewezen op gezondheidsklachten; die informatie is een bijzonder persoonsgegeven en wordt geweigerd op grond van artikel {{5.1, eerste lid, onder d|W}}, Woo."),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van stembureauleden, ambtenaren en burgers geanonimiseerd ({{5.1.2e|F}})."),
    ("h", "Motivering"),
    ("p", "Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid."),
    ("h", "Wettelijk kader (bijlage)"),
    ("p", "Artikel 5.1, tweede lid, aanhef en onder e, van de {{Wet open overheid|W}}: het openbaar maken van informatie blijft achterwege voor zover het belang daarvan niet opweegt tegen de eerbiediging van de persoonlijke levenssfeer. Artikel 5.1, eerste lid, onder d: bijzondere persoonsgegevens als bedoeld in paragraaf 3.1 van de {{Uitvoeringswet Algemene verordening gegevensbescherming|W}}. Artikel 4.4 Woo: zienswijze van derden. De {{Kieswet|W}} (artikelen {{N 10|F}}, {{N 12|F}} en {{P 20|F}}) regelt de telling, de openbare zitting en de hertelling; het {{Kiesbesluit|W}} en de {{Kiesregeling|W}} bevatten de modellen, waaronder {{N 10-1|F}} en {{Na 31-2|F}}."),
    ("p", "De {{Algemene wet bestuursrecht|W}} (artikel 6:7) bepaalt de bezwaartermijn van zes weken. Op de {{Gemeente Heusden|O}} is verder de {{Archiefwet 1995|W}} van toepassing."),
    ("h", "4. Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college. Meer informatie: {{www.heusden.nl/woo|M}} of {{14 073|M}}."),
    ("p", "Hoogachtend,\nnamens het college van burgemeester en wethouders van Heusden,\n\n[[E. Sprenkels|P]]\nWoo-coördinator\n\nBehandelend jurist: [[mr. R.A. Hoogendoorn|P]], [[r.hoogendoorn@heusden.nl|E]]"),
], font="times", size=10.5, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# vk32 inventarislijst
INV = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
       ["1", "Woo-verzoek", "07-04-2026", "deels openbaar", "5.1.2e", ""],
       ["3", "Rooster stembureauleden 9-12", "02-03-2026", "deels openbaar", "5.1.2e", "namen, telefoon, e-mail, pers.nrs."],
       ["4", "Proces-verbaal {{N 10-1|F}} stembureau 9", "18-03-2026", "deels openbaar", "5.1.2e", "handtekeningen"],
       ["5", "E-mails verkiezingsteam", "18/19-03-2026", "deels openbaar", "5.1.2e", ""],
       ["7", "Klacht kiezer", "19-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid"],
       ["9", "WhatsApp stembureau 9", "18/23-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", "bijnamen"],
       ["10", "Declaratieformulier", "25-03-2026", "deels openbaar", "5.1.2e", "IBAN, geboortedatum"],
       ["12", "Verslag zitting {{hoofdstembureau|O}}", "23-03-2026", "deels openbaar", "5.1.2e", "parafen"],
       ["13", "Turflijst (scan)", "18-03-2026", "deels openbaar", "5.1.2e", ""],
       ["18", "Brief kandidaat {{Jeroen Buitendijk|K}}", "20-03-2026", "deels openbaar", "5.1.2e", "naam kandidaat openbaar"],
       ["20", "Beslisnota {{Z/26/116977|F}}", "20-03-2026", "deels openbaar", "5.1.2e", "opmerkingen verwijderd"],
       ["21", "Persbericht", "23-03-2026", "openbaar", "", "reeds openbaar"],
       ["29", "Zienswijze stembureaulid", "28-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["14", "Proces-verbaal hertelling {{Na 31-2|F}}", "23-03-2026", "deels openbaar", "5.1.2e", ""],
       ["15", "Brief {{burgemeester Veerkamp|R}} aan stembureau 9", "01-04-2026", "deels openbaar", "5.1.2e", ""],
       ["16", "Raadsvragen {{Lokaal Heusden|O}}", "25-03-2026", "openbaar", "", "reeds openbaar"],
       ["17", "Antwoord college {{Z/26/117305|F}}", "14-04-2026", "openbaar", "", "reeds openbaar"],
       ["19", "Teams-chat kernteam", "19-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["22", "Presentielijst hertelling (scan)", "23-03-2026", "deels openbaar", "5.1.2e", "parafen"],
       ["23", "Evaluatie telfout", "15-04-2026", "deels openbaar", "5.1.2e", ""],
       ["24", "E-mail aan {{Kiesraad|O}}", "23-03-2026", "deels openbaar", "5.1.2e", "ticket {{KR-2026-04418|F}}"],
       ["25", "Factuur catering", "25-03-2026", "deels openbaar", "5.1.2e", "IBAN eenmanszaak"],
       ["26", "Factuur transport", "24-03-2026", "deels openbaar", "5.1.2e", "KvK, IBAN"],
       ["27", "Werkinstructie tellers", "20-04-2026", "openbaar", "", ""],
       ["28", "Notitie voorzitter (scan)", "18-03-2026", "deels openbaar", "5.1.2e", ""],
       ["30", "Besluitenlijst commissie", "21-04-2026", "openbaar", "", "reeds openbaar via {{iBabs|X}}"]]
A(rl_doc("vk32_inventarislijst", [
    ("h", "Inventarislijst bij besluit {{Z/26/118402|F}} (uittreksel)"),
    ("p", "Behandelaar: [[E. Sprenkels|P]] ([[ES|C]]). Tweede lezer: [[W. Kamphuis|P]] ([[WK|C]])."),
    ("t", INV, [26, 160, 70, 72, 70, 110]),
    ("p", "Bron: {{ZaakDMS|X}}, zaak {{Z/26/118402|F}}; export 19-05-2026."),
], font="dejavu", size=9, producer="Microsoft Excel 2019 / Aspose.Cells 24.1", creator="Microsoft Excel"))

# vk33 mail zienswijzen
A(rl_doc("vk33_mail_zienswijzen", [
    ("p", "Van: [[Sprenkels, Eline|P]] <[[e.sprenkels@heusden.nl|E]]>\nVerzonden: woensdag 22 april 2026 11:26\nAan: [[Hoogendoorn, Ruud|P]]\nCC: [[Kamphuis, Wouter|P]] <[[w.kamphuis@heusden.nl|E]]>\nOnderwerp: zienswijzen Woo Z/26/118402"),
    ("p", "Hoi [[Ruud|N]],"),
    ("p", "Ik heb de zienswijzebrieven verstuurd aan de zes leden van stembureau 9, de twee tellers van de hertelling, mevrouw [[Zijlstra-Boerma|P]] en de waarnemer [[Oosterbosch|P]]. Kandidaat {{Jeroen Buitendijk|K}} heb ik niet aangeschreven: zijn naam staat op de openbare kandidatenlijst en hij treedt in zijn brief op als kandidaat. Zijn privé-adres en 06-nummer lakken we wel."),
    ("p", "[[Kees de Jong|P]] belde al: hij vindt het goed, 'als mijn telefoonnummer er maar niet in staat' ([[0031 6 1184 2290|T]]). [[Ömer Karataş|P]] vraagt of zijn naam in de WhatsApp ook weg kan; ja natuurlijk."),
    ("p", "Groet,\n[[Eline|N]]\n\n[[Eline Sprenkels|P]] | Woo-coördinator | {{Gemeente Heusden|O}} | [[06 - 48 12 70 93|T]] | werkdagen ma, di, do"),
], font="dejavu", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))
