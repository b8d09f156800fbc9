"""Set PI documents pi17-pi33 (PI Lankhorst, Almelo; all persons invented)."""
from lib import Doc
from content_a import MOTIV

DOCS = []

# pi17 invoice sole trader locksmith (standard-14)
DOCS.append(Doc("pi17", [
    ("h", "Factuur"),
    "[[Dijkstra Sleutel & Slot]]\nEigenaar: [[Jelle Dijkstra]]\n[[Wierdensestraat 19a]], [[7604 BA]] Almelo\n"
    "Tel. [[0546-812233|PHONE]] / mobiel [[06-44 10 29 87|PHONE]]\n[[jelle@dijkstrasleutelenslot.nl|EMAIL]]",
    "Factuur aan: {{Dienst Justitiële Inrichtingen}} - {{Shared Service Centrum|ORG}}, Postbus 30132, 2500 GC Den Haag\n"
    "Locatie werkzaamheden: {{PI Lankhorst}}, {{Havenweg 12|ADDRESS_PUBLIC}}, Almelo\n"
    "Factuurnr. {{F26-0412|CASE}} - datum 10 augustus 2026 - ordernr. {{4500298902|CASE}}",
    ("table", [["Omschrijving", "Aantal", "Prijs", "Totaal"],
               ["Spoedreparatie celdeur {{BZA-ISO 1|CASE}} (slot {{Abloy PL330|PRODUCT}}), 4 augustus", "1", "€ 185,00", "€ 185,00"],
               ["Voorrijkosten buiten kantooruren", "1", "€ 65,00", "€ 65,00"],
               ["Cilinder {{Abloy Protec2|PRODUCT}} incl. montage", "2", "€ 142,50", "€ 285,00"],
               ["", "", "Subtotaal", "€ 535,00"], ["", "", "btw 21%", "€ 112,35"], ["", "", "Totaal", "€ 647,35"]],
     [85, 20, 30, 30]),
    "Graag overmaken op [[NL63 RABO 0147 2290 85|IBAN]] t.n.v. [[J.S. Dijkstra]] onder vermelding van het factuurnummer.\n"
    "KvK [[08176432|ID]] - btw-id [[NL002214587B91|ID]]",
    "Werkbon afgetekend door: [[R. Stegeman]] (facilitair), {{PI Lankhorst}}.",
], producer="PDFsharp 1.50.5147 (www.pdfsharp.com)", creator="e-Boekhouden.nl"))

# pi18 press release; press officer only in Info /Author
DOCS.append(Doc("pi18", [
    ("small", "{{Dienst Justitiële Inrichtingen}} - Persbericht - 7 augustus 2026"),
    ("h", "Medewerker gewond bij incident in {{PI Lankhorst}}"),
    "Almelo - Bij een incident in de {{Penitentiaire Inrichting Lankhorst}} in Almelo is op maandag 3 augustus 2026 "
    "een medewerker lichtgewond geraakt. Een gedetineerde weigerde na het luchten terug te gaan naar zijn cel en "
    "duwde een penitentiair inrichtingswerker. Het {{Intern Bijstandsteam}} heeft de situatie beëindigd. De "
    "gedetineerde is in afzondering geplaatst. Tegen hem is aangifte gedaan bij de {{Politie Oost-Nederland|ORG}}.",
    "\"Geweld tegen ons personeel accepteren wij niet\", zegt een woordvoerder van {{DJI}}. \"Onze medewerkers doen "
    "dagelijks zwaar werk. Wij zorgen voor goede nazorg.\" De medewerker is inmiddels weer aan het werk.",
    "Staatssecretaris {{Brouwer-Lindhout|PUBLIC_PERSON}} van Justitie en Veiligheid heeft de Tweede Kamer op 6 augustus "
    "tijdens het commissiedebat gevangeniswezen over het incident geïnformeerd. Zij noemde de werkdruk in het "
    "gevangeniswezen 'een serieus punt' en verwees naar het programma {{Kwaliteitsimpuls Gevangeniswezen|PROGRAMME}}.",
    "Over de persoon van de gedetineerde doet {{DJI}} geen mededelingen. De {{commissie van toezicht}} en de "
    "{{Inspectie Justitie en Veiligheid}} zijn op de hoogte gebracht.",
    ("small", "Noot voor de redactie, niet voor publicatie: voor vragen kunt u contact opnemen met de persvoorlichting van "
              "{{DJI}}, telefoon {{070 370 78 00|PHONE_GENERAL}} (24/7 bereikbaar), {{pers@dji.minjus.nl|EMAIL_FUNCTIONAL}}."),
], producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Windows)",
    author=("[[Lieke Vrijhof]]", True), title="Persbericht incident PI Lankhorst"))

# pi19 inspection report, XMP creator (2 pages)
DOCS.append(Doc("pi19", [
    ("h", "{{Inspectie Justitie en Veiligheid}} - Verkennend onderzoek"),
    ("h", "Geweldsaanwending en afzondering in {{PI Lankhorst}} (augustus 2026)"),
    ("table", [["Zaaknummer Inspectie", "{{IJenV-2026-1187|CASE}}"], ["Datum", "30 september 2026"],
               ["Onderzoekers", "[[drs. A.M. Wiersma]], [[R. Tjon-A-Loi MSc]]"],
               ["Contact", "{{info@inspectie-jenv.nl|EMAIL_FUNCTIONAL}}"]], [50, 120]),
    ("h", "1. Samenvatting"),
    "Naar aanleiding van de melding van {{DJI}} over het incident van 3 augustus 2026 heeft de {{Inspectie Justitie en Veiligheid}} "
    "een verkennend onderzoek gedaan in de {{Penitentiaire Inrichting Lankhorst}}. De inspectie sprak met de "
    "vestigingsdirecteur, het afdelingshoofd van de {{Bijzondere Zorgafdeling}}, vier PIW'ers, twee leden van het "
    "{{IBT}}, de {{Medische Dienst}} en de maandcommissaris van de {{commissie van toezicht}}.",
    "De inspectie concludeert dat de afzondering rechtmatig was, maar dat de inrichting de geweldsaanwending "
    "onvoldoende heeft geregistreerd. De camera-observatie is niet volgens het {{Protocol Afzondering DJI|LAW}} vastgelegd.",
    ("h", "2. Bevindingen"),
    "2.1 Bezetting. Op 3 augustus waren op de {{BZA}} vier van de zeven diensten ingevuld met vast personeel. De "
    "inspectie spreekt van een structureel tekort. 2.2 Registratie. Het geweldsformulier ({{GW-1|CODE}}) is pas op "
    "5 augustus ingevuld. 2.3 Medische zorg. De arts is niet binnen het uur fysiek langs geweest; wel telefonisch.",
    ("break",),
    ("h", "3. Aanbevelingen"),
    "Aan de vestigingsdirecteur van {{PI Lankhorst}}: (1) registreer elke geweldsaanwending dezelfde dag in {{TULP-GW|PRODUCT}}; "
    "(2) zorg voor fysieke medische beoordeling binnen een uur na afzondering; (3) bespreek incidenten met het "
    "{{BOT}}. Aan de {{Hoofddirectie DJI|ORG}}: monitor de bezetting op bijzondere zorgafdelingen maandelijks.",
    ("h", "4. Reactie van de inrichting"),
    "De inrichting herkent zich in de bevindingen. De plaatsvervangend vestigingsdirecteur heeft een verbeterplan "
    "toegezegd voor 1 december 2026. Het rapport wordt op {{www.inspectie-jenv.nl|URL}} gepubliceerd.",
    ("small", "Bijlage: lijst van gesproken functionarissen (niet openbaar, zie {{5.1.2e|CODE}})."),
], producer="Microsoft® Word 2019; modified using iText 5.5.13", creator="Microsoft® Word 2019",
    xmp_creator="[[Annemarie Wiersma]]", title="Verkennend onderzoek PI Lankhorst"))

# pi20 Kamervragen and answers (2 pages), public office holders
DOCS.append(Doc("pi20", [
    ("h", "Antwoorden op Kamervragen over het geweldsincident in {{PI Lankhorst}}"),
    ("small", "Kenmerk {{2026Z14512|CASE}} - ingezonden 7 augustus 2026 - antwoord 1 september 2026"),
    "Vragen van het lid {{Çelik-Dammers|PUBLIC_PERSON}} ({{GroenLinks-PvdA|ORG}}) aan de staatssecretaris van Justitie en "
    "Veiligheid over het geweldsincident in de {{Penitentiaire Inrichting Lankhorst}} en de personeelstekorten.",
    ("h", "Vraag 1"),
    "Bent u bekend met het bericht 'Bewaarder gewond in gevangenis Almelo' ({{RTV Oost}}, 5 augustus 2026)?",
    ("h", "Antwoord 1"), "Ja.",
    ("h", "Vraag 2"),
    "Hoeveel fte aan penitentiair inrichtingswerkers ontbrak op de {{Bijzondere Zorgafdeling}} op de dag van het incident?",
    ("h", "Antwoord 2"),
    "Op 3 augustus 2026 was de bezetting op de {{BZA}} 5 fte onder de norm. {{DJI}} zet flexibele medewerkers in en "
    "werft actief. Landelijk zijn er circa 1.200 vacatures voor PIW'ers.",
    ("h", "Vraag 3"),
    "Klopt het dat de gedetineerde langdurig geboeid op de grond is gehouden?",
    ("h", "Antwoord 3"),
    "De beklagcommissie van de {{commissie van toezicht}} heeft op 2 september 2026 geoordeeld dat het vasthouden na "
    "het aanleggen van de handboeien niet proportioneel was. Ik betreur dat. De {{Inspectie Justitie en Veiligheid}} "
    "doet een verkennend onderzoek; ik stuur het rapport naar uw Kamer.",
    ("break",),
    ("h", "Vraag 4"),
    "Wat doet u om geweld tegen personeel te voorkomen, mede gelet op de motie-{{Van Stralen|PUBLIC_PERSON}} ({{Kamerstuk 24587, nr. 931|CASE}})?",
    ("h", "Antwoord 4"),
    "In het programma {{Kwaliteitsimpuls Gevangeniswezen|PROGRAMME}} investeert het kabinet structureel € 45 miljoen in "
    "opleiding en bezetting. Daarnaast loopt het project {{Veilig Werken in Detentie|PROGRAMME}}. Ik verwijs ook naar mijn "
    "brief van 12 juni 2026 ({{Kamerstuk 24587, nr. 940|CASE}}).",
    ("h", "Vraag 5"),
    "Bent u bereid in overleg te treden met burgemeester {{Sinnige-Bolhuis|PUBLIC_PERSON}} van Almelo?",
    ("h", "Antwoord 5"),
    "Ja. Ik heb op 28 augustus 2026 met de burgemeester van Almelo gesproken over de veiligheid rond de inrichting.",
    ("small", "Staatssecretaris van Justitie en Veiligheid,\n{{S.J. Brouwer-Lindhout|PUBLIC_PERSON}}"),
], font="Times", producer="Acrobat Distiller 23.0 (Windows)", creator="PScript5.dll Version 5.2.2"))

# pi21 scanned night log (OCR)
DOCS.append(Doc("pi21", [], kind="scan", producer="Canon iR-ADV C5850 PDF", creator="Canon", scan_lines=[
    ("Logboek nachtdienst BZA - 3/4 augustus 2026", "head"),
    ("", "gap"),
    ("22:45 overdracht van [[Demirtas]] aan [[Jalink]]", "hand"),
    ("23:00 ISO 1 controle - ligt op matras, rustig", "hand"),
    ("00:15 ISO 1 vraagt om water, gegeven door [[Amrani]]", "hand"),
    ("01:30 ISO 1 slaapt. Camera ok", "hand"),
    ("03:00 ronde [[R. Jalink]] - geen bijzonderheden", "hand"),
    ("04:40 ISO 1 roept om zijn moeder, gesprek 10 min", "hand"),
    ("06:30 ontbijt, medicatie door verpleging [[Bruggink]]", "hand"),
    ("07:15 overdracht aan dagdienst ([[Kees de Rooij]])", "hand"),
    ("", "gap"),
    ("Paraaf nachtdienst: [[RJ]] / [[MA]]", "hand"),
]))

# pi22 scanned letter of the mother (OCR)
DOCS.append(Doc("pi22", [], kind="scan", producer="HP Scan", creator="HP ScanJet Pro 3600 f1", scan_lines=[
    ("[[M. Zwanenburg-de Wit]]", "text"),
    ("[[Kerkstraat 12]]", "text"),
    ("[[7601 BK]] Almelo", "text"),
    ("Tel. [[06-23875109|PHONE]]", "text"),
    ("", "gap"),
    ("Aan de directeur van PI Lankhorst", "text"),
    ("Almelo, 4 augustus 2026", "text"),
    ("", "gap"),
    ("Geachte mevrouw,", "hand"),
    ("Ik protesteer tegen het bezoekverbod. Ik wist niet", "hand"),
    ("dat mijn neef [[Jordi Wesseling]] iets in mijn tas had", "hand"),
    ("gestopt. Mijn zoon [[Kevin]] heeft mij nodig.", "hand"),
    ("Ik vraag u het verbod op te heffen.", "hand"),
    ("", "gap"),
    ("Met vriendelijke groet,", "hand"),
    ("[[Marja Zwanenburg]]", "hand"),
]))

# pi23 medical memo (docx -> soffice), health data
DOCS.append(Doc("pi23", [
    ("h", "Memo {{Medische Dienst}} {{PI Lankhorst}} - vertrouwelijk"),
    "Aan: vestigingsdirecteur, afdelingshoofd {{BZA}}\nVan: [[dr. M. Fennema]], inrichtingsarts (BIG [[19063847201|ID]])\n"
    "Datum: 5 augustus 2026\nBetreft: gedetineerde [[K. Zwanenburg]], geboren [[14-03-1991|DOB]]",
    "Op verzoek van de directie geef ik, met toestemming van betrokkene, een beperkte medische duiding ten behoeve "
    "van de beslissing over voortzetting van de afzondering.",
    "Betrokkene is bekend met [[een posttraumatische stressstoornis en ADHD|HEALTH]] en gebruikt [[quetiapine en methadon|HEALTH]]. "
    "Tijdens de afzondering is hij tweemaal door verpleegkundige [[I. Bruggink]] en eenmaal door mij gezien. Er is "
    "[[een kneuzing van de rechterpols|HEALTH]] vastgesteld, passend bij het aanleggen van handboeien.",
    "Advies: afzondering niet langer dan strikt noodzakelijk; consult door de psychiater van het "
    "{{Penitentiair Psychiatrisch Centrum}} Zwolle binnen een week; terugplaatsing op de {{BZA}} met "
    "intensieve begeleiding. De {{Forensisch Psychiatrische Dienst|ORG}} ({{FPD}}) is geïnformeerd.",
    "Dit memo valt onder het medisch beroepsgeheim (artikel 7:457 {{BW|LAW}}) en wordt niet in {{TULP|PRODUCT}} opgenomen.",
    "[[M. Fennema]], arts\n{{Medische Dienst}}, toestel [[0546 - 45 83 60|PHONE]]",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", author=("[[Marten Fennema]]", True)))

# pi24 Outlook thread with police (docx -> soffice)
DOCS.append(Doc("pi24", [
    ("pre", "Van: [[Kuipers, Erik]] <[[erik.kuipers@politie.nl|EMAIL]]>"),
    ("pre", "Verzonden: maandag 3 augustus 2026 10:14"),
    ("pre", "Aan: {{veiligheid.lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}"),
    ("pre", "CC: [[Hendriks-Özdemir, Selin]] <[[selin.hendriks-ozdemir@politie.nl|EMAIL]]>"),
    ("pre", "Onderwerp: RE: smokkelpoging bezoekzaal 1 augustus - {{PL0600-2026184467|CASE}}"),
    "Goedemorgen,",
    "Het aangetroffen voorwerp bevatte 14 gram hasj en een simkaart. De bezoekster verklaart dat haar neef het "
    "in haar tas heeft gestopt; wij horen hem deze week als verdachte. De zaak gaat naar het {{Openbaar Ministerie}} "
    "Oost-Nederland, parket Almelo.",
    "Met vriendelijke groet,",
    ("pre", "[[E. Kuipers]]\nRechercheur, team {{Ondermijning Twente|ORG}}\n{{Politie Oost-Nederland|ORG}}\n"
            "T [[088 - 16 94 231|PHONE]] (direct) | algemeen {{0900-8844|PHONE_GENERAL}}"),
    ("pre", "Van: {{veiligheid.lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}\nVerzonden: zaterdag 1 augustus 2026 16:02\n"
            "Aan: [[Kuipers, Erik]]\nOnderwerp: smokkelpoging bezoekzaal 1 augustus"),
    "Beste [[Erik]],",
    "Vanmiddag is bij de {{bodyscan}} bij een bezoekster van een gedetineerde op de {{BZA}} een pakketje aangetroffen. "
    "Zij is door de {{Bijzondere Bijstandseenheid|ORG}} nog niet gehoord. Beelden zijn veiliggesteld. Bezoekregistratie "
    "volgt. Vragen aan mij via [[06-17 33 48 02|PHONE]].",
    "Groet,\n[[Rik Brouwer]]\nveiligheidscoördinator {{PI Lankhorst}}",
], kind="docx", producer="LibreOffice 7.6 (conversion of Outlook .msg)", author=("[[Rik Brouwer]]", False)))

# pi25 evaluation report with outline (bookmarks name staff not in text)
DOCS.append(Doc("pi25", [
    ("h", "Evaluatie incident {{INC-2026-0803-02|CASE}} - {{Bijzondere Zorgafdeling}}"),
    ("small", "Intern evaluatieverslag {{PI Lankhorst}}, vastgesteld in het MT van 24 augustus 2026"),
    ("h", "1. Doel"),
    "Dit verslag evalueert het verloop van het incident, de inzet van het {{IBT}}, de nazorg voor medewerkers en de "
    "informatievoorziening aan de {{Hoofddirectie DJI|ORG}} en het {{Ministerie van Justitie en Veiligheid}}.",
    ("h", "2. Verloop"),
    "Het incident duurde van 14:35 tot 14:58 uur. De alarmopvolging ({{code rood|CODE}}) werkte; het {{IBT}} was binnen vier "
    "minuten ter plaatse. Verbeterpunt: het vasthouden na het boeien duurde te lang (zie uitspraak {{CvT 26/118|CASE}}).",
    ("h", "3. Nazorg"),
    "De betrokken PIW'ers zijn door het {{BOT}} gesproken. Eén medewerker is drie dagen uitgevallen.",
    ("h", "4. Informatievoorziening"),
    "Het feitenrelaas ging binnen 14 uur naar het ministerie. De pers ({{RTV Oost}}, {{Tubantia}}) is te woord gestaan "
    "door {{DJI Communicatie}}.",
    ("h", "5. Acties"),
    ("table", [["Actie", "Eigenaar", "Termijn"],
               ["Training 'boeien en loslaten' voor alle PIW'ers {{BZA}}", "afdelingshoofd {{BZA}}", "Q4 2026"],
               ["Geweldsregistratie dezelfde dag in {{TULP-GW|PRODUCT}}", "veiligheidscoördinator", "direct"],
               ["Werving 6 fte PIW via {{Werken bij DJI|ORG}}", "HR-adviseur", "Q1 2027"]], [95, 45, 25]),
], font="DejaVu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    outline=["Evaluatie incident BZA", "Opgesteld door [[Bram Leussink]] (kwaliteit)",
             "Commentaar [[Wendy Kuipers-Nales]] (BOT) verwerkt", "Acties - eigenaar [[Rik Brouwer]]"]))

# pi26 draft letter with sticky notes
DOCS.append(Doc("pi26", [
    ("small", "CONCEPT v0.3 - niet verzenden"),
    "Aan: mevrouw [[M. Zwanenburg-de Wit]]\n[[Kerkstraat 12]]\n[[7601 BK]] Almelo",
    "Datum: augustus 2026\nKenmerk: {{PIL/DIR/2026-0871|CASE}}\nOnderwerp: uw brief van 4 augustus 2026 over het bezoekverbod",
    "Geachte mevrouw [[Zwanenburg-de Wit]],",
    "Op 4 augustus 2026 ontvingen wij uw brief waarin u bezwaar maakt tegen het bezoekverbod van vier weken. Het "
    "verbod is opgelegd op grond van artikel 41, vierde lid, van de {{Penitentiaire beginselenwet|LAW}}, omdat bij de "
    "{{bodyscan}} verboden voorwerpen zijn aangetroffen. Wij hebben kennisgenomen van uw verklaring dat een familielid "
    "de voorwerpen in uw tas heeft gestopt. Dat doet niet af aan de verantwoordelijkheid van de bezoeker.",
    "Het verbod blijft daarom gehandhaafd tot en met 29 augustus 2026. Daarna kunt u via het bezoekbureau "
    "({{0800-0220022|PHONE_GENERAL}}) een nieuwe afspraak maken. Tegen deze beslissing kan uw zoon beklag instellen "
    "bij de {{commissie van toezicht}}; dat heeft hij inmiddels gedaan ({{CvT 26/118|CASE}}).",
    "Hoogachtend,\nde vestigingsdirecteur van {{PI Lankhorst}}",
], font="DejaVu", producer="Foxit PDF Editor 12.1", creator="Foxit PDF Editor",
    notes=[("[[Hendrik-Jan van 't Hul]]", "Graag eerst laten checken door [[Priscilla]] of de datum klopt"),
           ("[[Lont, Priscilla]]", "Klopt. Let op: de neef ([[Jordi Wesseling]]) niet noemen in de brief"),
           ("[[J. Kampman]]", "Bezoekbureau: nieuwe afspraak kan vanaf 30-08, bel mij op [[0546-458377|PHONE]]")]))

# pi27 letter ministry to director (docx), metadata author hidden
DOCS.append(Doc("pi27", [
    ("small", "{{Ministerie van Justitie en Veiligheid}}\n{{Directoraat-Generaal Straffen en Beschermen}}\n"
              "Turfmarkt 147, 2511 DP Den Haag\nPostbus 20301, 2500 EH Den Haag"),
    "Aan de vestigingsdirecteur van de {{Penitentiaire Inrichting Lankhorst}}\n{{Havenweg 12|ADDRESS_PUBLIC}}\n7602 PK Almelo",
    "Datum 18 september 2026\nOns kenmerk {{6914407|CASE}}\nOnderwerp Verbeterplan na incident {{BZA}} en inspectieonderzoek",
    "Geachte mevrouw [[Ter Haar-Bosman]],",
    "Naar aanleiding van het incident van 3 augustus 2026 en het verkennend onderzoek van de "
    "{{Inspectie Justitie en Veiligheid}} ({{IJenV-2026-1187|CASE}}) verzoek ik u uiterlijk 1 december 2026 een verbeterplan "
    "toe te zenden. Het plan gaat in op de registratie van geweldsaanwending, de medische beoordeling bij afzondering "
    "en de bezetting van de {{Bijzondere Zorgafdeling}}.",
    "Voor de bezetting stelt het ministerie in 2027 € 1,2 miljoen beschikbaar uit het programma "
    "{{Kwaliteitsimpuls Gevangeniswezen|PROGRAMME}}. Afstemming over de besteding loopt via de {{Hoofddirectie DJI|ORG}}.",
    "Mijn medewerker [[Thijs Voskuilen]] ([[t.voskuilen@minjenv.nl|EMAIL]]) is uw aanspreekpunt.",
    "Hoogachtend,\nde staatssecretaris van Justitie en Veiligheid,\nnamens deze,\nde directeur Sanctietoepassing en Jeugd,",
    "[[drs. C.A. Bloemendaal-Ruiter]]",
], kind="docx", producer="LibreOffice 7.6", author=("[[Corinne Bloemendaal]]", True)))

# pi28 mayor's letter (public office holders)
DOCS.append(Doc("pi28", [
    ("small", "{{Gemeente Almelo}} - Burgemeester - Haven Zuidzijde 30, 7607 EW Almelo - {{14 0546|PHONE_GENERAL}}"),
    "Aan de staatssecretaris van Justitie en Veiligheid\nmevrouw {{S.J. Brouwer-Lindhout|PUBLIC_PERSON}}\nPostbus 20301\n2500 EH Den Haag",
    "Almelo, 14 augustus 2026\nKenmerk: {{Z-26-118734|CASE}}\nOnderwerp: veiligheid rond {{PI Lankhorst}}",
    "Geachte mevrouw {{Brouwer-Lindhout|PUBLIC_PERSON}},",
    "Met zorg heb ik kennisgenomen van het incident in de {{Penitentiaire Inrichting Lankhorst}} op 3 augustus jl. De "
    "inrichting is met ruim 500 medewerkers een belangrijke werkgever in Almelo. Ik vraag uw aandacht voor drie punten.",
    "Ten eerste de personeelstekorten, die ook de veiligheid van omwonenden aan de {{Havenweg|ADDRESS_PUBLIC}} en de "
    "{{Bornsestraat|ADDRESS_PUBLIC}} raken. Ten tweede de smokkel via bezoek: samen met de {{Politie Oost-Nederland|ORG}} en het "
    "{{Openbaar Ministerie}} zien wij een toename van drugssmokkel, ook via drones. Ten derde de nazorg voor "
    "ex-gedetineerden; de gemeente werkt samen met {{Reclassering Nederland|ORG}}, {{Stichting Exodus|ORG}} en het "
    "{{Leger des Heils|ORG}}.",
    "Wethouder {{Oude Groeniger|PUBLIC_PERSON}} (zorg en veiligheid) en ik nodigen u graag uit voor een werkbezoek. De "
    "gedeputeerde van Overijssel, gedeputeerde {{Ten Velde|PUBLIC_PERSON}}, sluit graag aan.",
    "Hoogachtend,\nde burgemeester van Almelo,",
    "{{A.H. Sinnige-Bolhuis|PUBLIC_PERSON}}",
    ("small", "Behandelend ambtenaar: [[Esther Groothuis-Morsink]], beleidsadviseur OOV, [[e.groothuis@almelo.nl|EMAIL]], "
              "[[0546 - 54 1947|PHONE]]"),
], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"))

# pi29 transfer advice (selection officer)
DOCS.append(Doc("pi29", [
    ("h", "Advies plaatsing/overplaatsing - {{Dienst Justitiële Inrichtingen}}, {{Bureau Selectiefunctionarissen|ORG}}"),
    ("table", [["Naam gedetineerde", "[[ZWANENBURG, Kevin]]"], ["Geboortedatum", "[[14-03-1991|DOB]]"],
               ["BSN", "[[204718835|BSN]]"], ["SKN", "[[20871345|ID]]"],
               ["Huidige plaats", "{{PI Lankhorst}}, {{BZA}}"],
               ["Voorgestelde plaats", "{{Penitentiair Psychiatrisch Centrum}} Zwolle"],
               ["Selectiefunctionaris", "[[A. van Dongen-Pelgrim]]"],
               ["Advies MMD", "[[A. Veldkamp]]"]], [55, 115]),
    ("h", "Overwegingen"),
    "Uit het {{Multidisciplinair Overleg|ORG}} ({{MDO}}) van 10 augustus 2026 blijkt dat betrokkene [[sinds 2019 in zorg is bij "
    "Tactus Verslavingszorg en kampt met een psychotische kwetsbaarheid|HEALTH]]. Een plaatsing in het {{PPC}} ligt in "
    "de rede. Er is geen indicatie voor de {{Extra Beveiligde Inrichting}} ({{EBI}}) of de {{Van der Hoeven Kliniek|ORG}}.",
    "Het advies is afgestemd met de inrichtingsarts en de {{Forensisch Psychiatrische Dienst|ORG}}. Betrokkene is op "
    "12 augustus gehoord en stemt in met overplaatsing.",
    ("h", "Beslissing"),
    "Overplaatsing naar {{PPC}} Zwolle per 17 augustus 2026 (art. 18 {{Pbw|LAW}}). Besluit: {{SEL-2026-33871|CASE}}.",
    "Ondertekend: [[A. van Dongen-Pelgrim]], selectiefunctionaris namens de minister van Justitie en Veiligheid. "
    "Kopie: [[mr. S.A. Aydın]] (advocaat), {{TULP|PRODUCT}}.",
], font="DejaVu", producer="Aspose.Words for .NET 23.8", creator="DJI Selectie"))

# pi30 request for third-party view (zienswijze)
DOCS.append(Doc("pi30", [
    ("small", "{{Dienst Justitiële Inrichtingen}} | Juridische Zaken | {{woo@dji.minjus.nl|EMAIL_FUNCTIONAL}}"),
    "Per e-mail: [[s.aydin@aydinstrafrecht.nl|EMAIL]]\n[[mr. S.A. Aydın]]\n[[Oldenzaalsestraat 241]]\n[[7514 DT]] Enschede",
    "Datum: 8 september 2026\nKenmerk: {{WOO-2026-0417|CASE}}/ZW\nOnderwerp: verzoek om zienswijze",
    "Geachte mevrouw [[Aydın]],",
    "{{DJI}} heeft een verzoek op grond van de {{Wet open overheid|LAW}} ontvangen over het incident in "
    "{{PI Lankhorst}} op 3 augustus 2026. Een aantal documenten bevat gegevens over uw cliënt. Wij zijn voornemens deze "
    "documenten deels openbaar te maken, waarbij alle persoonsgegevens en gegevens over de gezondheid worden "
    "weggelakt (artikel 5.1, eerste lid, onder d, en tweede lid, onder e, Woo).",
    "Op grond van artikel 4.4 van de Woo stellen wij u in de gelegenheid binnen twee weken uw zienswijze te geven. "
    "Stuur uw reactie naar {{woo@dji.minjus.nl|EMAIL_FUNCTIONAL}} onder vermelding van het kenmerk.",
    "Met vriendelijke groet,\nnamens de minister van Justitie en Veiligheid,",
    ("sig", "[[M. Dijkhuis]]\nWoo-coördinator"),
], font="DejaVu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# pi31 Woo decision (2 pages)
DOCS.append(Doc("pi31", [
    ("small", "{{Dienst Justitiële Inrichtingen}} - Hoofdkantoor - Juridische Zaken - Postbus 30132, 2500 GC Den Haag"),
    "Mevrouw [[F.M. Hazelhoff]]\n[[Brinkstraat 88]]\n[[7607 GN]] ALMELO",
    "Datum 29 september 2026\nOns kenmerk {{WOO-2026-0417|CASE}}\nOnderwerp Besluit op uw Woo-verzoek",
    "Geachte mevrouw [[Hazelhoff]],",
    ("h", "1. Uw verzoek"),
    "Bij e-mail van 19 augustus 2026 heeft u verzocht om openbaarmaking van documenten over het incident op "
    "3 augustus 2026 in de {{Penitentiaire Inrichting Lankhorst}} te Almelo. Op 16 september 2026 is de beslistermijn "
    "met twee weken verdaagd.",
    ("h", "2. Zienswijzen"),
    "Wij hebben de advocaat van de betrokken gedetineerde en de {{commissie van toezicht}} om hun zienswijze gevraagd. "
    "De advocaat heeft bezwaar gemaakt tegen openbaarmaking van medische gegevens; dat bezwaar volgen wij.",
    ("h", "3. Besluit"),
    "Wij maken de documenten op de inventarislijst (bijlage 1) deels openbaar. Eén document (het observatieverslag) "
    "maken wij niet openbaar. De documenten worden geplaatst op {{open.overheid.nl|URL}}.",
    ("h", "4. Overwegingen"),
    "De {{Wet open overheid|LAW}} gaat uit van openbaarheid. Persoonsgegevens van medewerkers van {{DJI}}, van de "
    "gedetineerde, zijn familie, bezoekers en andere derden maken wij niet openbaar (artikel 5.1, tweede lid, onder e). "
    "Namen van de staatssecretaris, Kamerleden, de burgemeester en andere ambtsdragers in hun publieke functie blijven "
    "zichtbaar. Het BSN is geweigerd op grond van artikel 5.1, eerste lid, onder e. Gegevens over de gezondheid van de "
    "gedetineerde zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d).",
    ("break",),
    ("h", "5. Wijze van openbaarmaking"),
    "De documenten worden u digitaal toegezonden. Weggelakte passages zijn voorzien van de code van de toegepaste grond, "
    "bijvoorbeeld {{5.1.2e|CODE}} of {{5.1.1d|CODE}}.",
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "Het observatieverslag van de {{Medische Dienst}} (document {{PI-24|CASE}}) valt volledig onder artikel 5.1, eerste lid, onder d.",
    ("h", "Motivering"),
    "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en derden "
    "geanonimiseerd. Beeldmateriaal (camerabeelden) valt buiten dit besluit.",
    "Hoogachtend,\nde minister van Justitie en Veiligheid,\nnamens deze,\nhet hoofd Juridische Zaken {{DJI}},",
    ("sig", "[[mr. drs. P.L. Nieuwenhuis-Tang]]"),
    ("small", "Bezwaar: binnen zes weken na dagtekening bij de minister van Justitie en Veiligheid, t.a.v. {{DJI}}, "
              "Juridische Zaken, Postbus 30132, 2500 GC Den Haag."),
], font="DejaVu", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="DJI Correspondentie 4.1"))

# pi32 inventory list (2 pages)
_inv = [("pi01", "Woo-verzoek", "19-08-2026", "deels openbaar", "5.1.2e"),
        ("pi02", "Ontvangstbevestiging", "26-08-2026", "deels openbaar", "5.1.2e"),
        ("pi03", "Melding bijzonder voorval", "03-08-2026", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e"),
        ("pi04", "E-mail directeur-ministerie", "04-08-2026", "deels openbaar", "5.1.2e"),
        ("pi05", "E-mail intern DGSenB", "04-08-2026", "deels openbaar", "5.1.2e"),
        ("pi06", "Chatexport Teams", "12-08-2026", "deels openbaar", "5.1.2e"),
        ("pi07", "WhatsApp-export", "05-08-2026", "deels openbaar", "5.1.2e"),
        ("pi08", "Bezoekersregistratie", "08-08-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
        ("pi09", "Dienstrooster wk 32", "24-07-2026", "deels openbaar", "5.1.2e"),
        ("pi10", "Beklagschrift", "05-08-2026", "deels openbaar", "5.1.2e"),
        ("pi11", "Uitspraak beklagcommissie", "02-09-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
        ("pi12", "Verslag CvT", "09-09-2026", "deels openbaar", "5.1.2e"),
        ("pi13", "Aanvraagformulier bezoek", "28-07-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
        ("pi14", "Nota staatssecretaris", "05-08-2026", "deels openbaar", "5.1.2e"),
        ("pi15", "Brief aan advocaat", "11-08-2026", "deels openbaar", "5.1.2e"),
        ("pi16", "Factuur tolk", "12-08-2026", "deels openbaar", "5.1.2e"),
        ("pi17", "Factuur slotenmaker", "10-08-2026", "deels openbaar", "5.1.2e"),
        ("pi18", "Persbericht", "07-08-2026", "openbaar", "-"),
        ("pi19", "Inspectierapport", "30-09-2026", "deels openbaar", "5.1.2e"),
        ("pi20", "Antwoorden Kamervragen", "01-09-2026", "reeds openbaar", "-"),
        ("pi21", "Logboek nachtdienst", "04-08-2026", "deels openbaar", "5.1.2e"),
        ("pi22", "Brief moeder gedetineerde", "04-08-2026", "deels openbaar", "5.1.2e"),
        ("pi23", "Memo Medische Dienst", "05-08-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
        ("pi24", "E-mail politie", "03-08-2026", "deels openbaar", "5.1.2e"),
        ("pi25", "Evaluatieverslag", "24-08-2026", "deels openbaar", "5.1.2e"),
        ("pi26", "Conceptbrief bezoekverbod", "08-2026", "deels openbaar", "5.1.2e"),
        ("pi27", "Brief ministerie", "18-09-2026", "deels openbaar", "5.1.2e"),
        ("pi28", "Brief burgemeester", "14-08-2026", "deels openbaar", "5.1.2e"),
        ("pi29", "Overplaatsingsadvies", "12-08-2026", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e"),
        ("pi30", "Verzoek zienswijze", "08-09-2026", "deels openbaar", "5.1.2e"),
        ("pi33", "Jaarverslag CvT (uittreksel)", "01-03-2026", "reeds openbaar", "-")]
_ir = [["Nr.", "Document", "Bestandsnaam", "Datum", "Beoordeling", "Grond"]]
for i, (stem, name, date, b, g) in enumerate(_inv, 1):
    _ir.append([f"{{{{PI-{i:02d}|CASE}}}}", name, f"{{{{{stem}.pdf|FILE}}}}", date, b, g])
_ir.append(["{{PI-32|CASE}}", "Observatieverslag {{Medische Dienst}}", "-", "04-08-2026", "niet openbaar", "5.1.1d"])
DOCS.append(Doc("pi32", [
    ("h", "Bijlage 1 - Inventarislijst bij besluit {{WOO-2026-0417|CASE}}"),
    ("small", "{{Dienst Justitiële Inrichtingen}} - incident {{PI Lankhorst}} 3 augustus 2026 - 29 september 2026"),
    ("table", _ir, [14, 52, 28, 22, 28, 30]),
    "Toelichting: 'reeds openbaar' betekent dat het document al eerder is gepubliceerd (persbericht op "
    "{{www.dji.nl|URL}}, Kamerstukken op {{www.tweedekamer.nl|URL}}, jaarverslag op {{www.commissievantoezicht.nl|URL}}).",
    "Gebruikte gronden: {{5.1.1d|CODE}} gezondheid; {{5.1.1e|CODE}} identificatienummers (BSN, SKN); {{5.1.2e|CODE}} "
    "eerbiediging van de persoonlijke levenssfeer.",
], fontsize=10, producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"))

# pi33 extract annual report CvT (public, 2 pages)
DOCS.append(Doc("pi33", [
    ("h", "Jaarverslag 2025 {{commissie van toezicht}} {{PI Lankhorst}} (uittreksel)"),
    ("h", "1. De commissie"),
    "De {{commissie van toezicht}} houdt op grond van artikel 7 van de {{Penitentiaire beginselenwet|LAW}} toezicht op de "
    "gang van zaken in de {{Penitentiaire Inrichting Lankhorst}}. Zij bestaat uit zeven leden met een juridische, "
    "medische of maatschappelijke achtergrond en wordt ondersteund door een secretariaat van de {{RSJ}}.",
    ("h", "2. Cijfers 2025"),
    ("table", [["Onderwerp", "2024", "2025"],
               ["Maandcommissarisgesprekken", "412", "437"],
               ["Ingediende beklagen", "268", "301"],
               ["Gegrond verklaard", "41", "52"],
               ["Bemiddeld", "88", "94"],
               ["Beroep bij de {{beroepscommissie}}", "19", "23"]], [80, 30, 30]),
    ("h", "3. Thema's"),
    "Personeelstekort. De commissie constateert dat het tekort aan PIW'ers leidt tot beperkingen van het dagprogramma, "
    "vooral op de {{Bijzondere Zorgafdeling}} en de {{Extra Zorgvoorziening}}. Bezoek. Het aantal smokkelincidenten "
    "via bezoek nam toe; de commissie vraagt aandacht voor de proportionaliteit van bezoekverboden.",
    "Afzondering. Het aantal plaatsingen in afzondering daalde van 96 naar 81. De commissie blijft de registratie "
    "van geweldsaanwending volgen, in lijn met de aanbevelingen van de {{Inspectie Justitie en Veiligheid}}.",
    ("break",),
    ("h", "4. Contacten"),
    "De commissie sprak in 2025 viermaal met de vestigingsdirecteur en eenmaal met de {{Ondernemingsraad PI Lankhorst|ORG}}. "
    "Zij bezocht het {{Pieter Baan Centrum}} en de {{Johannes Wier Kliniek|ORG}} voor uitwisseling. De voorzitter nam "
    "deel aan het {{Landelijk Overleg Commissies van Toezicht}}.",
    ("h", "5. Vooruitblik 2026"),
    "In 2026 richt de commissie zich op de zorg voor kwetsbare gedetineerden, het project {{Veilig Werken in Detentie|PROGRAMME}} "
    "en de gevolgen van het {{Capaciteitsplan DJI 2026-2030|PROGRAMME}}. Bereikbaarheid: {{cvt.lankhorst@rsj.nl|EMAIL_FUNCTIONAL}}, "
    "postbus in elke afdeling (brievenbus 'CvT').",
    ("small", "Vastgesteld op 1 maart 2026. Gepubliceerd op {{www.commissievantoezicht.nl|URL}}."),
], font="Times", fontsize=11, producer="Adobe PDF Library 17.11", creator="Adobe InDesign 18.2"))


# ---------------------------------------------------------------- extra keep probes (public words that
# occur unmarked in the text: places, dates, legal terms); never in a private address block
import content_a  # noqa: E402

_EXTRA = {
    "pi02": [("Den Haag", "PLACE"), ("Turfmarkt 147", "ADDRESS_PUBLIC"), ("artikel 4.4", "LAW"), ("26 augustus 2026", "DATE")],
    "pi03": [("Almelo", "PLACE"), ("3 augustus 2026", "DATE"), ("afdelingshoofd", "ROLE"), ("vestigingsdirecteur", "ROLE"),
             ("isoleercel", "TERM"), ("Intern Bijstandsteam", "ORG"), ("code rood", "CODE"), ("bedrijfsarts", "ROLE")],
    "pi04": [("Almelo", "PLACE"), ("Den Haag", "PLACE"), ("Turfmarkt 147", "ADDRESS_PUBLIC"), ("staatssecretaris", "ROLE"),
             ("Senior beleidsmedewerker", "ROLE"), ("commissiedebat gevangeniswezen", "TERM")],
    "pi05": [("Gevangeniswezen en Vreemdelingenbewaring", "ORG"), ("Sanctietoepassing", "ORG"), ("fte", "TERM")],
    "pi08": [("Enschede", "PLACE"), ("Hengelo", "PLACE"), ("Zwolle", "PLACE"), ("Deventer", "PLACE"),
             ("moeder", "TERM"), ("art. 41 lid 4", "LAW")],
    "pi09": [("PIW", "ROLE"), ("MMD", "ROLE"), ("week 32", "DATE")],
    "pi11": [("ongegrond", "TERM"), ("gegrond", "TERM"), ("Den Haag", "PLACE"), ("€ 40,-", "AMOUNT"), ("2 september 2026", "DATE")],
    "pi14": [("Almelo", "PLACE"), ("Geadviseerd besluit", "TERM"), ("Krachtenveld", "TERM"), ("5 augustus 2026", "DATE")],
    "pi16": [("Hengelo", "PLACE"), ("€ 189,16", "AMOUNT")],
    "pi17": [("€ 647,35", "AMOUNT"), ("Den Haag", "PLACE")],
    "pi18": [("Almelo", "PLACE"), ("Tweede Kamer", "ORG"), ("3 augustus 2026", "DATE"), ("woordvoerder", "ROLE")],
    "pi19": [("30 september 2026", "DATE"), ("1 december 2026", "DATE"), ("Aanbevelingen", "TERM")],
    "pi20": [("Almelo", "PLACE"), ("€ 45 miljoen", "AMOUNT"), ("1 september 2026", "DATE")],
    "pi23": [("Zwolle", "PLACE"), ("inrichtingsarts", "ROLE")],
    "pi24": [("Oost-Nederland", "ORG"), ("Rechercheur", "ROLE"), ("veiligheidscoördinator", "ROLE")],
    "pi27": [("Den Haag", "PLACE"), ("€ 1,2 miljoen", "AMOUNT"), ("1 december 2026", "DATE")],
    "pi28": [("Almelo", "PLACE"), ("Haven Zuidzijde 30", "ADDRESS_PUBLIC"), ("Overijssel", "PLACE")],
    "pi29": [("Zwolle", "PLACE"), ("17 augustus 2026", "DATE")],
    "pi31": [("Den Haag", "PLACE"), ("29 september 2026", "DATE"), ("inventarislijst", "TERM")],
    "pi33": [("2025", "DATE"), ("Afzondering", "TERM")],
}
for _d in content_a.DOCS + DOCS:
    _d.extra_keep = _EXTRA.get(_d.stem, [])
