from lib import Doc
from content_a import WORD, OUTLOOK, ASPOSE, NITRO, SCAN, PDFPEN

DOCS = []

DOCS.append(Doc("vr21_antwoord_college", "Antwoord college op schriftelijke vragen", [
    "Aan: raadslid {{Van der Velde}} ({{D66}}) en raadslid {{Öztürk}} ({{Trots Haarlem}})",
    "Datum: 21 april 2026",
    "Kenmerk: {{2026/188402}}",
    "Onderwerp: beantwoording schriftelijke vragen over illegale vakantieverhuur in de binnenstad",
    "",
    "Vraag 1. Het {{Meldpunt Woonfraude}} ontving in 2025 in totaal 212 meldingen over vakantieverhuur, in 2026 tot en met "
    "maart 64. Ongeveer de helft betreft de binnenstad.",
    "Vraag 2. In 2025 zijn 19 lasten onder dwangsom en 7 bestuurlijke boetes opgelegd; 4 dwangsommen zijn ingevorderd. "
    "Wij noemen geen adressen, omdat die tot personen herleidbaar zijn.",
    "Vraag 3. Ja. Sinds januari 2026 ontvangen wij elk kwartaal gegevens van {{Airbnb}} en {{Booking.com}}. Die gegevens "
    "worden alleen voor toezicht gebruikt en na afsluiting van de zaak vernietigd.",
    "Vraag 4. In de {{Voorjaarsnota 2026}} stelt het college voor twee extra fte toezichthouder aan te nemen.",
    "Vraag 5. {{Wethouder Pronk}} zegt toe dat melders binnen tien werkdagen een terugkoppeling krijgen.",
    "",
    "Het college van burgemeester en wethouders van Haarlem,",
    "de secretaris, de burgemeester,",
    "{{drs. F.G. Lindhout}}     {{burgemeester Van Oosterwijk}}",
    "",
    "Ambtelijk behandeld door: [[Iris Hoogendijk]] ([[i.hoogendijk@haarlem.nl]]) en [[Mehmet Çelik]]",
], producer="docx", author="Iris Hoogendijk", info=WORD))

DOCS.append(Doc("vr22_verslag_commissie", "Verslag commissie Bestuur 9 juli 2026", [
    "# Verslag commissie Bestuur - 9 juli 2026",
    "Agendapunt 6: handhaving illegale vakantieverhuur (raadsinformatiebrief {{RIB 2026/211}})",
    "",
    "| Aanwezig | Rol",
    "| {{R. Kuiper-Dekker}} | voorzitter (raadslid {{GroenLinks}})",
    "| {{Van der Velde}} | raadslid {{D66}}",
    "| {{Öztürk}} | raadslid {{Trots Haarlem}}",
    "| {{Smeets}} | raadslid {{VVD}}",
    "| {{Wethouder Pronk}} | portefeuillehouder Wonen",
    "| [[Ellen Visscher]] | commissiegriffier",
    "| [[L. Bakker-Oudshoorn]] | ambtelijke ondersteuning",
    "",
    "Raadslid {{Van der Velde}} vindt dat de aanpak te traag gaat: 'Bewoners melden drie keer en horen niets.' Zij vraagt "
    "of het college een quotum per wijk overweegt, zoals in {{Amsterdam}}.",
    "Raadslid {{Öztürk}} wijst erop dat een groot deel van de overtreders bewoners zijn die een kamer extra verhuren om rond "
    "te komen. Hij vraagt om een waarschuwing vóór een dwangsom bij een eerste overtreding.",
    "Raadslid {{Smeets}} vraagt of de gegevenslevering door platforms voldoet aan de {{AVG}}. {{Wethouder Pronk}} antwoordt dat "
    "de {{Autoriteit Persoonsgegevens}} de werkwijze in 2025 heeft getoetst en dat de gegevens alleen door toezichthouders worden "
    "ingezien.",
    "<<PAGE>>",
    "Een inspreker, de heer [[Joost Verbeek]], bewoner van de {{Turfmarkt}}, vertelt over nachtelijke overlast. Een tweede "
    "inspreker, mevrouw [[Ingrid Vos-Lamers]], verhuurt zelf via {{Airbnb}} en 'voelt zich gecriminaliseerd'; zij noemt de "
    "dwangsom 'buitenproportioneel'. De voorzitter wijst haar erop dat individuele zaken niet in de commissie worden besproken.",
    "{{Wethouder Pronk}} zegt toe:",
    "- vóór 1 oktober een evaluatie van de {{Beleidsregel handhaving vakantieverhuur 2025}} (toezegging {{TZ-2026-044}});",
    "- in de volgende {{Voorjaarsnota}} een voorstel voor extra toezichthouders.",
    "",
    "# Actiepunten",
    "| Nr. | Actie | Wie | Wanneer",
    "| 1 | Evaluatie beleidsregel | {{wethouder Pronk}} / [[LBO]] | 1-10-2026",
    "| 2 | Cijfers per wijk naar de commissie | [[IHo]] | 1-9-2026",
    "| 3 | Reactie aan inspreker over terugkoppeling | [[EV]] (griffie) | 23-7-2026",
    "Vastgesteld in de vergadering van 3 september 2026. Verslag: [[E. Visscher]], {{griffie@haarlem.nl}}.",
], info={"Producer": "iBabs PDF generator", "Creator": "iBabs"}, font="dejavu"))

DOCS.append(Doc("vr23_overleg_handhaving", "Verslag casusoverleg handhaving vakantieverhuur", [
    "# Casusoverleg vakantieverhuur - 27 mei 2026",
    "Aanwezig: [[Liesbeth Bakker-Oudshoorn]] (vz), [[Mehmet Çelik]], [[Jan-Pieter Ruigrok]], [[Fatma Yıldırım]], [[Bram Koster]], "
    "[[Hanneke Wolters]] (Data en Analyse), [[A.S. ter Borg]] ({{Politie Eenheid Noord-Holland}}, wijkagent binnenstad)",
    "Afwezig: [[Kees van 't Hoenderdaal]] (ziek, [[rugklachten]])",
    "",
    "1. {{Z-2026-VV-0412}} [[Spaarne 41]]: dwangsom verbeurd. Advocaat dreigt met kort geding. [[MÇ]] bereidt beslisnota voor.",
    "2. {{Z-2026-VV-0455}} [[Gierstraat 66-A]]: huurster mevrouw [[Vrijburg]] heeft een brief gestuurd. Zij woont er echt. "
    "Besluit: last beperken tot de tweede kamer. [[FY]] spreekt haar telefonisch.",
    "3. {{Z-2026-VV-0471}} [[Zijlstraat 88]]: eigenaar in Zweden, geen BRP-inschrijving. Sommatie via {{Airbnb}} om de advertentie "
    "offline te halen op grond van artikel 23b {{Huisvestingswet 2014}}.",
    "4. Wijkagent [[ter Borg]] meldt dat in de {{Lange Veerstraat}} een woning mogelijk voor prostitutie wordt gebruikt. "
    "Doorgezet naar het {{RIEC Noord-Holland}}.",
    "",
    "# Actielijst",
    "| Wie | Actie | Datum",
    "| [[LBO]] | terugkoppeling aan melders {{MWF-2026-0133}} | 5-6",
    "| [[HW]] | nieuwe koppeling Q2-levering | 15-7",
    "| [[JPR]] / [[BK]] | hercontrole [[Spaarne 41]] in weekend | 30-5",
    "Volgend overleg: 24 juni 2026, {{Stadhuis}}, {{Grote Markt 2}}, kamer 2.14.",
], info=ASPOSE, font="dejavu"))

DOCS.append(Doc("vr24_rooster_toezicht", "Rooster toezichthouders avond- en weekenddiensten", [
    "# Rooster toezicht vakantieverhuur juni 2026",
    "Team {{Toezicht Wonen}} - intern, niet verspreiden",
    "| Personeelsnr. | Naam | Mobiel | Dienst",
    "| [[100482]] | [[J.P. Ruigrok]] | [[06-47 10 88 25]] | za 6/6, za 20/6",
    "| [[100517]] | [[M. Tjon-A-Fong]] | [[06-52 33 80 19]] | vr 5/6, vr 19/6",
    "| [[100603]] | [[K. van 't Hoenderdaal]] | [[06 - 1947 2258]] | ziek gemeld",
    "| [[100711]] | [[F. Yıldırım]] | [[+31 6 3305 1174]] | za 13/6, zo 28/6",
    "| [[100744]] | [[B. Koster]] | [[0031 6 2210 4497]] | vr 12/6, za 27/6",
    "| [[100802]] | [[S. Ramdin]] (inval {{Parkeerbeheer}}) | [[06-48 15 02 63]] | zo 14/6",
    "",
    "Meldkamer: {{023 511 55 55}} (algemeen, 24/7). Piketjurist: [[M. Çelik]], toestel [[023 511 4412]].",
    "Bij agressie altijd de {{Politie}} via {{112}} bellen en het incident melden in {{Meldpunt Agressie en Geweld}}.",
], info={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365"}, font="dejavu"))

_memo = Doc("vr25_juridisch_memo", "Juridisch memo gegevenslevering platforms", [
    "# Memo",
    "Aan: {{team Toezicht Wonen}}",
    "Van: [[M. Çelik]]",
    "Datum: 2 februari 2026",
    "Onderwerp: gebruik platformdata onder {{Verordening (EU) 2024/1028}}",
    "",
    "Sinds 20 mei 2026 geldt de {{Verordening (EU) 2024/1028}}. Tot die datum leveren {{Airbnb}} en {{Booking.com}} op basis "
    "van artikel {{23a}} {{Huisvestingswet 2014}}. De gegevens mogen alleen worden gebruikt voor toezicht op de registratieplicht "
    "en de nachtencap. Koppeling met de {{BRP}} is toegestaan voor zover nodig om het hoofdverblijf vast te stellen.",
    "Wij adviseren een {{DPIA}} te laten uitvoeren door de {{Functionaris Gegevensbescherming}} en de bewaartermijn op twee jaar "
    "na afsluiting van de zaak te stellen. Het {{Hof van Justitie}} heeft in {{C-674/20}} ({{Airbnb Ireland}}) bevestigd dat "
    "platforms kunnen worden verplicht gegevens te verstrekken.",
    "",
    "Zie ook de opmerkingen in de kantlijn.",
], annots=[
    (0, "Bakker-Oudshoorn, Liesbeth", "Mehmet, kun je de passage over de BRP-koppeling met Hanneke Wolters afstemmen?",
     ["Bakker-Oudshoorn, Liesbeth", "Hanneke Wolters"]),
    (0, "Wolters, H.", "Akkoord. Bel me even op 06-21 55 09 38 als het sneller moet.", ["Wolters, H.", "06-21 55 09 38"]),
    (0, "FG - Dirk-Jan Vermeulen", "DPIA staat gepland voor maart.", ["Dirk-Jan Vermeulen"]),
], info=PDFPEN)
DOCS.append(_memo)

DOCS.append(Doc("vr26_persbericht", "Persbericht hardere aanpak illegale vakantieverhuur", [
    "# PERSBERICHT",
    "Haarlem, 10 juli 2026",
    "# Haarlem pakt illegale vakantieverhuur in binnenstad harder aan",
    "De {{gemeente Haarlem}} gaat illegale vakantieverhuur in de binnenstad strenger aanpakken. Dat maakte {{wethouder Pronk}} "
    "(Wonen) bekend na het debat in de {{commissie Bestuur}}. In 2025 legde de gemeente 19 lasten onder dwangsom op.",
    "'Een woning in de binnenstad is om in te wonen, niet om als hotel te gebruiken,' aldus {{wethouder Pronk}}. 'Met de "
    "gegevens van {{Airbnb}} en {{Booking.com}} zien wij sneller wie de regels overtreedt.'",
    "Bewoners kunnen overlast melden via {{www.haarlem.nl/woonfraude}} of {{14 023}}.",
    "",
    "Noot voor de redactie (niet voor publicatie):",
    "Meer informatie: {{team Communicatie}}, {{persvoorlichting@haarlem.nl}}, {{023 511 30 40}}. Woordvoerder {{Sophie Hartman}}.",
    "Opgesteld door [[Noor van Dalen]], {{communicatieadviseur}}, [[n.vandalen@haarlem.nl]], [[06-15 83 77 02]].",
], author="Noor van Dalen", xmp_creator="Noor van Dalen", info={"Producer": "Adobe PDF Library 23.1.175", "Creator": "Adobe InDesign 19.0 (Windows)"}))

DOCS.append(Doc("vr27_handhavingsrapportage", "Handhavingsrapportage vakantieverhuur 2025", [
    "# Handhavingsrapportage vakantieverhuur 2025",
    "Afdeling {{Vergunningen, Toezicht en Handhaving}}, maart 2026",
    "# 1. Samenvatting",
    "In 2025 zijn 212 meldingen ontvangen en 164 controles uitgevoerd. In 71 gevallen is een overtreding vastgesteld. Er zijn "
    "19 lasten onder dwangsom en 7 bestuurlijke boetes opgelegd (totaal EUR 142.500). Vier dwangsommen zijn ingevorderd.",
    "# 2. Werkwijze",
    "Signalen komen van het {{Meldpunt Woonfraude}}, de gegevenslevering van platforms en eigen internetonderzoek met de "
    "tool {{ScrapeRadar}}. Controles vinden ook 's avonds en in het weekend plaats. De samenwerking met de {{Politie}} en het "
    "{{RIEC Noord-Holland}} verloopt goed.",
    "# 3. Cijfers per wijk",
    "| Wijk | Meldingen | Controles | Overtredingen",
    "| {{Centrum}} | 118 | 92 | 44",
    "| {{Haarlemmer Houtvaart}} | 31 | 22 | 9",
    "| {{Oude Stad}} Oost | 29 | 25 | 11",
    "| overig | 34 | 25 | 7",
    "# 4. Vooruitblik",
    "In 2026 evalueren wij de {{Beleidsregel handhaving vakantieverhuur 2025}}.",
], outline=[
    ("1. Samenvatting (concept Liesbeth B-O)", 0, ["Liesbeth B-O"]),
    ("2. Werkwijze - input Jan-Pieter Ruigrok", 0, ["Jan-Pieter Ruigrok"]),
    ("3. Cijfers per wijk - check Hanneke W.", 0, ["Hanneke W."]),
], info={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}))

DOCS.append(Doc("vr28_presentielijst_scan", "Presentielijst hoorzitting (scan)", [
    "# Presentielijst hoorzitting bezwaarcommissie",
    "2 juli 2026 - zaak Z-2026-VV-0412",
    "",
    "| Naam | Hoedanigheid | Handtekening",
    "| [[Nadia el Khatib]] | bezwaarmaker | [[N. el Khatib]]",
    "| [[Ruben den Hartog]] | advocaat | [[R. den Hartog]]",
    "| [[Mehmet Celik]] | gemeente | [[M. Celik]]",
    "| [[Tessa Groenhuijsen]] | voorzitter | [[T. Groenhuijsen]]",
    "| [[Wim Lankhorst]] | secretaris | [[W. Lankhorst]]",
], scan={"rotate": 0.5, "cols": [480, 400, 460]}, info=SCAN))

DOCS.append(Doc("vr29_bezwaarschrift", "Bezwaarschrift tegen last onder dwangsom", [
    "{{Van Lennep Advocaten}}",
    "Aan het college van burgemeester en wethouders van Haarlem",
    "Postbus 511, 2003 PB Haarlem",
    "Per aangetekende post en per e-mail aan {{bezwaar@haarlem.nl}}",
    "",
    "Haarlem, 5 juni 2026",
    "Betreft: bezwaar tegen het besluit van 28 april 2026, zaaknummer {{Z-2026-VV-0412}}",
    "Cliënte: mevrouw [[N. el Khatib]], [[Kleine Houtweg 7]], Heemstede",
    "",
    "Geacht college,",
    "Namens cliënte maak ik bezwaar tegen het besluit tot oplegging van een last onder dwangsom. De gronden zijn:",
    "1. Cliënte heeft haar hoofdverblijf in de woning. Haar inschrijving in Heemstede is een gevolg van de echtscheiding van de "
    "heer [[Benali]]; haar dochter staat op het Spaarne ingeschreven.",
    "2. De toezichthouders hebben het pand betreden zonder machtiging. De verklaring van de heer [[Brünnhöfer]] is afgelegd "
    "zonder tolk; de tolk was alleen telefonisch aanwezig.",
    "3. De hoogte van de dwangsom is onevenredig gezien het inkomen van cliënte (zij ontvangt een uitkering op grond van de "
    "{{Participatiewet}}) en haar [[medische situatie]].",
    "Cliënte wenst te worden gehoord. Ik verzoek u de proceskosten te vergoeden op grond van artikel {{7:15 Awb}}.",
    "",
    "Hoogachtend,",
    "[[mr. R. den Hartog]]",
    "[[r.denhartog@vanlennep-advocaten.nl]] | [[023 - 531 90 77]]",
], font="times", info=PDFPEN))

DOCS.append(Doc("vr30_verslag_hoorzitting", "Verslag hoorzitting bezwaarcommissie", [
    "Verslag hoorzitting {{Commissie bezwaarschriften Haarlem}}",
    "Datum: 2 juli 2026, {{Stadhuis}}, {{Grote Markt 2}}",
    "Zaak: {{Z-2026-VV-0412}} / bezwaarnummer {{BZ-2026-0309}}",
    "",
    "Aanwezig: mevrouw [[mr. T. Groenhuijsen]] (voorzitter), de heer [[W. Lankhorst]] (secretaris); bezwaarmaker mevrouw "
    "[[N. el Khatib]] met haar advocaat [[mr. R. den Hartog]]; namens het college de heer [[M. Celik]].",
    "",
    "Mevrouw [[El Khatib]] verklaart dat zij drie à vier nachten per week op het Spaarne slaapt. Haar dochter [[Yasmina]] "
    "gaat in Haarlem naar school. Zij erkent dat haar neef [[Samir]] de advertenties beheerde. 'Ik wist dat hij verhuurde als "
    "ik in Heemstede was, maar niet hoe vaak.'",
    "De heer [[Celik]] wijst op de 147 nachten in 2025 en op de hercontrole van 23 mei 2026. De woning had geen "
    "registratienummer.",
    "De voorzitter vraagt naar de medische situatie. Mevrouw [[El Khatib]] zegt dat zij sinds 2024 onder behandeling is bij "
    "[[GGZ inGeest]]. De commissie neemt dit voor kennisgeving aan.",
    "De heer [[den Hartog]] handhaaft de grond over het betreden van de woning. De heer [[Celik]] zegt dat de toezichthouders in "
    "de gemeenschappelijke gang stonden; de huurders openden de deur.",
    "",
    "De commissie brengt binnen zes weken advies uit aan het college.",
    "Verslag: [[W. Lankhorst]], secretaris",
], producer="docx", author="Lankhorst, W.", info=WORD))

DOCS.append(Doc("vr31_brief_vve", "Brief aan VvE over toeristische verhuur", [
    "{{Vereniging van Eigenaars Spaarne 41}}",
    "t.a.v. de voorzitter, mevrouw [[M.A. van Deursen]]",
    "[[Spaarne 41-groen]]",
    "[[2011 CE]] Haarlem",
    "",
    "Datum: 12 juni 2026",
    "Kenmerk: {{Z-2026-VV-0412}}/VvE",
    "Onderwerp: uw vragen over toeristische verhuur in het complex",
    "",
    "Geachte mevrouw [[Van Deursen]],",
    "U vroeg ons op 28 mei 2026 namens de VvE wat de gemeente doet tegen de verhuur aan toeristen in uw complex. Wij kunnen u "
    "niet informeren over individuele zaken; dat zou de privacy van de betrokken eigenaar schenden.",
    "Wel wijzen wij u op de mogelijkheden in het splitsingsreglement. Het {{modelreglement 2017}} van de {{KNB}} verbiedt "
    "toeristische verhuur niet uitdrukkelijk, maar de vergadering kan een gebruiksreglement vaststellen. Ook {{VvE Belang}} en "
    "het {{Juridisch Loket}} kunnen u adviseren.",
    "Overlast kunt u blijven melden bij het {{Meldpunt Woonfraude}} ({{meldpuntwoonfraude@haarlem.nl}}).",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "[[L. Bakker-Oudshoorn]]",
    "{{senior jurist handhaving}}",
    "Dit is een digitaal ondertekend document.",
], info=ASPOSE, font="times"))

DOCS.append(Doc("vr32_woo_besluit", "Besluit op Woo-verzoek WOO-2026-0187", [
    "De heer [[T. Bouwmeester]]",
    "[[Kruisweg 118]]",
    "[[2011 LH]] Haarlem",
    "",
    "Datum: 2 november 2026",
    "Kenmerk: {{WOO-2026-0187}}",
    "Onderwerp: besluit op uw Woo-verzoek over handhaving van illegale vakantieverhuur",
    "",
    "Geachte heer [[Bouwmeester]],",
    "# 1. Uw verzoek",
    "Op 14 september 2026 vroeg u om documenten over de handhaving tegen illegale vakantieverhuur in de binnenstad. Wij hebben "
    "de beslistermijn op 9 oktober 2026 met twee weken verdaagd en daarna derden in de gelegenheid gesteld een zienswijze te geven.",
    "# 2. Besluit",
    "Wij maken 33 documenten geheel of gedeeltelijk openbaar. De documenten staan op de inventarislijst bij dit besluit.",
    "# 3. Overwegingen",
    "Persoonsgegevens. Namen, adressen, telefoonnummers, e-mailadressen en handtekeningen van medewerkers die niet "
    "ambtshalve in de openbaarheid treden, van eigenaren, huurders, melders en omwonenden maken wij niet openbaar "
    "(artikel {{5.1, tweede lid, aanhef en onder e, Woo}}). Het belang van de eerbiediging van de persoonlijke levenssfeer "
    "weegt zwaarder dan het belang van openbaarheid. Namen van de burgemeester, wethouders en raadsleden zijn wel openbaar.",
    "<<PAGE>>",
    "Adressen van woningen. Een adres van een woning is in combinatie met de handhavingszaak herleidbaar tot de eigenaar. "
    "Daarom maken wij adressen niet openbaar; straatnamen zonder huisnummer laten wij staan.",
    "Bijzondere persoonsgegevens. Gegevens over de gezondheid van betrokkenen maken wij niet openbaar (artikel {{5.1, eerste lid, "
    "aanhef en onder d, Woo}}). Burgerservicenummers zijn niet openbaar (artikel {{5.1, eerste lid, aanhef en onder e, Woo}}).",
    "Gegevens van {{Booking.com}} en {{Airbnb}}. {{Booking.com B.V.}} heeft een zienswijze ingediend. Wij volgen die niet: de "
    "begeleidende brief bevat geen bedrijfsgegevens in de zin van artikel {{5.1, eerste lid, aanhef en onder c, Woo}}.",
    "# 4. Bezwaar",
    "Binnen zes weken na de dag van verzending kunt u bezwaar maken bij het college van burgemeester en wethouders.",
    "",
    "Hoogachtend,",
    "het college van burgemeester en wethouders van Haarlem,",
    "namens dezen,",
    "[[mr. A.C. de Wit-Verhagen]]",
    "{{juridisch adviseur}} {{team Informatieverzoeken}}",
    "Bijlagen: inventarislijst, 33 documenten",
], author="Anouk de Wit", info={"Producer": "Aspose.Words for .NET 23.10.0", "Creator": "Aspose.Words"}, font="dejavu"))

DOCS.append(Doc("vr33_inventarislijst", "Inventarislijst WOO-2026-0187", [
    "# Inventarislijst Woo-verzoek {{WOO-2026-0187}}",
    "| Nr | Document | Datum | Beoordeling | Grond",
    "| 1 | Woo-verzoek | 14-09-2026 | deels openbaar | 5.1.2e",
    "| 3 | Rapport van bevindingen {{Z-2026-VV-0412}} | 12-03-2026 | deels openbaar | 5.1.2e",
    "| 4 | Rapport van bevindingen {{Z-2026-VV-0455}} | 21-04-2026 | deels openbaar | 5.1.2e",
    "| 6 | WhatsApp-export buurtgroep | 03-03-2026 | deels openbaar | 5.1.2e",
    "| 9 | Zienswijze {{Van Lennep Advocaten}} | 06-04-2026 | deels openbaar | 5.1.1d, 5.1.2e",
    "| 12 | Gegevenslevering {{Airbnb}} Q1 | 04-04-2026 | deels openbaar | 5.1.1e, 5.1.2e",
    "| 13 | Begeleidende brief {{Booking.com}} | 07-04-2026 | deels openbaar | 5.1.2e",
    "| 18 | Meldformulier vakantieverhuur | 18-04-2026 | deels openbaar | 5.1.2e",
    "| 22 | Verslag {{commissie Bestuur}} | 09-07-2026 | deels openbaar | 5.1.2e",
    "| 24 | Rooster toezichthouders | 01-06-2026 | deels openbaar | 5.1.2e",
    "| 26 | Persbericht | 10-07-2026 | openbaar | -",
    "| 32 | Besluit op Woo-verzoek | 02-11-2026 | deels openbaar | 5.1.2e",
    "Opmerking: document 11 (brief van een huurder) en 28 (presentielijst) zijn scans; handtekeningen zijn onleesbaar gemaakt.",
    "Opgesteld door: [[A.C. de Wit-Verhagen]] ([[ADW]]), gecontroleerd door [[P. Nijenhuis]] ([[PNi]]).",
], info={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365"}))
