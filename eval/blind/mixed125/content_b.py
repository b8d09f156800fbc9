"""Set TS documents ts17-ts33."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("ts17", [
    "# MEMO - intern",
    "Aan: teamleider Bezwaar KOT",
    "Van: Team Signalen, vestiging Utrecht",
    "Datum: {{9 december 2024}}",
    "Betreft: aanhouden bezwaren met signaal",
    "",
    "Vanaf {{1 januari 2025}} worden bezwaren van burgers op de RSL",
    "niet versneld behandeld. Uitzonderingen alleen na akkoord",
    "van de teamleider. Registratie door [[W. ter Beek]].",
    "Vragen: [[Wouter ter Beek]], toestel [[030-275 4409]].",
    "",
    "~ akkoord, maar eerst met Erik afstemmen!",
    "~ [[HvtH]] 10/12",
], kind="scan", producer="RICOH IM C3000 PDF", creator="RICOH IM C3000", angle=1.1))

DOCS.append(Doc("ts18", [
    "# Bezwaarformulier Toeslagen (digitaal ingevuld)",
    "Formulier {{BZ-TSL-01}}, versie 2024. {{Dienst Toeslagen}}, {{Postbus 8024}}, 3503 RA Utrecht.",
    "Gebruik dit formulier als u bezwaar maakt tegen een beschikking {{Kinderopvangtoeslag}} of {{Huurtoeslag}}.",
    "De ingevulde gegevens staan in de formuliervelden hieronder. Ontvangen op {{12 november 2024}},",
    "geregistreerd in het {{Bezwaar Registratie Systeem}} onder {{BZ-KOT-2024-029311}}.",
    "Informatie over de verwerking van persoonsgegevens: zie {{toeslagen.nl/privacy}} of bel {{0800-0543}}.",
], kind="form", producer="Adobe LiveCycle Designer 11.0", creator="Adobe LiveCycle Designer",
   form=[("naam", "Naam aanvrager", "Kees-Jan Maas"),
         ("bsn", "Burgerservicenummer", "224903617"),
         ("geboortedatum", "Geboortedatum", "21-04-1987"),
         ("adres", "Straat en huisnummer", "Twijnstraat 48"),
         ("postcode", "Postcode en plaats", "3511 ZL Utrecht"),
         ("telefoon", "Telefoonnummer", "06-19 44 03 27"),
         ("email", "E-mailadres", "kj.maas1987@hotmail.com"),
         ("iban", "Rekeningnummer", "NL07 INGB 0004 8811 93"),
         ("reden", "Reden bezwaar", "Opvang dochter Lotte Maas, terugvordering onterecht")],
   hidden=[("Kees-Jan Maas", "PERSON", "annotations", ["Kees-Jan Maas"]),
           ("224903617", "BSN", "annotations", ["224903617"]),
           ("21-04-1987", "DATE_OF_BIRTH", "annotations", ["21-04-1987"]),
           ("Twijnstraat 48", "ADDRESS", "annotations", ["Twijnstraat 48"]),
           ("3511 ZL", "ADDRESS", "annotations", ["3511 ZL"]),
           ("06-19 44 03 27", "PHONE", "annotations", ["06-19 44 03 27"]),
           ("kj.maas1987@hotmail.com", "EMAIL", "annotations", ["kj.maas1987@hotmail.com"]),
           ("NL07 INGB 0004 8811 93", "IBAN", "annotations", ["NL07 INGB 0004 8811 93"]),
           ("Lotte Maas", "PERSON", "annotations", ["Lotte Maas"])]))

DOCS.append(Doc("ts19", [
    "# Bezetting team Bezwaar KOT Utrecht - 1e kwartaal 2025",
    "Vestiging {{Utrecht}}, {{Graadt van Roggenweg 500}}. Bereikbaarheid buiten kantooruren via de {{Servicedesk Toeslagen}}.",
    "| Naam | Pers.nr. | Functie | Mobiel | Werkdagen |",
    "| [[Hendrik-Jan van 't Hoff]] | [[P0418822]] | teamleider | [[06-1290 5531]] | ma-vr |",
    "| [[Ilse de Bruijn-Staal]] | [[P0397140]] | senior behandelaar | [[+31 6 5502 1187]] | ma-do |",
    "| [[Priya Ramdin]] | [[P0512963]] | behandelaar | [[06 2381 4490]] | di-vr |",
    "| [[Daan Kuipers]] | [[P0533018]] | behandelaar | [[0648 227 913]] | ma-vr |",
    "| [[Fenna Ooms]] | [[P0541276]] | behandelaar | [[06-33 90 12 45]] | ma, wo, do |",
    "| [[Wouter ter Beek]] | [[P0470385]] | medewerker signalen | [[06 8871 2036]] | ma-do |",
    "| [[Noor El Idrissi]] | [[P0559802]] | medewerker signalen | [[0612345680]] | di-vr |",
    "| [[Sjoerd Zwaneveld]] | [[P0488127]] | secretaris | [[06-7040 3318]] | ma-vr |",
    "| [[Dirk-Jan Kamphuis-Ebrahimi]] | [[P0601144]] | juridisch medewerker | [[06 4012 7789]] | ma-do |",
    "",
    "Piket bezwaar met spoed (bijv. dreigende huisuitzetting): eerst [[Ilse]], dan [[Hendrik-Jan]].",
    "Algemeen teamadres: {{bezwaar.kot.utrecht@toeslagen.nl}}. Telefoon burgers: {{BelastingTelefoon}} {{0800-0543}}.",
], font="sans", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("ts20", [
    "# FACTUUR",
    "[[Zeynep Şahin]] - beëdigd tolk Turks/Nederlands",
    "[[Biltstraat 118-A]], [[3572 BJ]] Utrecht",
    "KvK 74120938 | btw NL002337451B63 | IBAN [[NL65 ASNB 0707 3218 44]]",
    "Tel. [[06-1855 7310]] | [[zeynep@sahin-tolk.nl]]",
    "",
    "Aan: {{Dienst Toeslagen}}, crediteurenadministratie, {{Postbus 8024}}, Utrecht",
    "Factuurnummer: {{2025-014}} | Datum: {{10 april 2025}}",
    "Inkoopordernummer: {{4500873312}}",
    "| Datum | Omschrijving | Uren | Bedrag |",
    "| 08-04-2025 | Tolken hoorzitting {{BZ-KOT-2025-032904}} | 2,0 | {{€ 130,00}} |",
    "| 09-04-2025 | Tolken telefonisch horen {{BZ-KOT-2025-033118}} | 1,0 | {{€ 65,00}} |",
    "| | Reiskosten | | {{€ 14,80}} |",
    "Totaal exclusief btw {{€ 209,80}}. Btw vrijgesteld ({{Wet OB}} art. 11). Te betalen binnen 30 dagen.",
    "Ingeschreven in het {{Register beëdigde tolken en vertalers}} ({{Rbtv}}) onder nummer {{204711}}.",
], font="serif", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

DOCS.append(Doc("ts21", [
    "# Declaratie",
    "[[Boukhari Advocatuur]]",
    "[[mr. L. (Lotfi) Boukhari]], advocaat",
    "{{Maliebaan 71}}, {{3581 CG}} Utrecht | bezoek alleen op afspraak",
    "[[l.boukhari@boukhari-advocatuur.nl]] | [[030-2318877]]",
    "IBAN [[NL18 TRIO 0390 4417 26]] t.n.v. [[L. Boukhari]]",
    "",
    "Aan: {{Dienst Toeslagen}}, {{team Proceskosten}}",
    "Betreft: vergoeding proceskosten bezwaar [[S. de Wit]], dossier {{TS-88263}}",
    "Uw beslissing: gegrond verklaard op {{14 mei 2025}}, kenmerk {{BZ-KOT-2025-034455}}",
    "",
    "| Proceshandeling | Punten | Waarde |",
    "| Bezwaarschrift | 1 | {{€ 647,00}} |",
    "| Hoorzitting | 1 | {{€ 647,00}} |",
    "Totaal volgens het {{Besluit proceskosten bestuursrecht}}: {{€ 1.294,00}}.",
    "Graag overmaken onder vermelding van {{TS-88263}}.",
], font="helv", producer="PDF-XChange Editor 10.1", creator="PDF-XChange Editor"))

DOCS.append(Doc("ts22", [
    "# Antwoord op Kamervragen",
    "Vragen van het lid {{Bouchtaoui}} (GroenLinks-PvdA) aan de {{staatssecretaris van Financiën}} over het gebruik "
    "van een signaleringslijst bij de behandeling van bezwaren door {{Dienst Toeslagen}} (ingezonden {{3 februari 2025}}, "
    "{{2025Z01873}}).",
    "Antwoord van {{staatssecretaris Van Oosterhout}} (Financiën - Toeslagen en Douane) (ontvangen {{3 maart 2025}}).",
    "",
    "Vraag 1. Bent u bekend met het bericht \"Toeslagen hield bezwaren aan op basis van geheime lijst\"?",
    "Antwoord 1. Ja.",
    "Vraag 2. Klopt het dat nationaliteit een reden was om iemand op de lijst te zetten?",
    "Antwoord 2. Bij 31 van de 214 registraties is nationaliteit als reden genoteerd. Dat had nooit mogen "
    "gebeuren. De lijst is op {{24 januari 2025}} bevroren en op {{10 februari 2025}} vernietigd, na overleg met de "
    "{{Autoriteit Persoonsgegevens}} en het {{Nationaal Archief}}.",
    "Vraag 3. Wat gebeurt er met de betrokken burgers?",
    "Antwoord 3. Alle 214 dossiers worden opnieuw beoordeeld door de {{Uitvoeringsorganisatie Herstel Toeslagen}}. "
    "Ik heb de {{Commissie Werkelijke Schade}} gevraagd te adviseren over compensatie.",
    "Vraag 4. Bent u bereid deze vragen te beantwoorden voor het commissiedebat Herstel Toeslagen?",
    "Antwoord 4. Ja. Ik informeer ook {{Kamerlid Bouchtaoui}} "
    "en het lid {{Koerhuis-Maat}} (VVD), woordvoerders bij de {{vaste commissie voor Financiën}}.",
], font="times", size=10, producer="Sdu Kamerstukken publicatiestraat", creator="officielebekendmakingen.nl"))

DOCS.append(Doc("ts23", [
    "PERSBERICHT",
    "{{Ministerie van Financiën}} - {{Dienst Toeslagen}}",
    "Den Haag, {{10 februari 2025}}",
    "",
    "Toeslagen stopt met signaleringslijst bij bezwaren",
    "",
    "{{Dienst Toeslagen}} is per direct gestopt met het gebruik van een lijst met signalen bij de behandeling van "
    "bezwaren op de vestiging {{Utrecht}}. {{Staatssecretaris Van Oosterhout}}: \"Dit had nooit mogen gebeuren. "
    "Iedere burger heeft recht op een eerlijke en tijdige behandeling van zijn bezwaar.\"",
    "De 214 betrokken burgers krijgen persoonlijk bericht. Zij kunnen terecht bij het {{Herstelteam Bezwaar}} via "
    "{{0800-2359}} of {{herstel@toeslagen.nl}}. De {{Autoriteit Persoonsgegevens}} is ingelicht.",
    "Noot voor de redactie: voor vragen kunt u contact opnemen met de afdeling Voorlichting van het "
    "{{Ministerie van Financiën}}, {{070-342 80 00}}.",
], kind="docx", author="Vermeulen-Zhou, A.",
   hidden=[("Vermeulen-Zhou, A.", "PERSON", "metadata", ["Vermeulen-Zhou"])]))

DOCS.append(Doc("ts24", [
    "# Rapport {{Auditdienst Rijk}}: onderzoek signaleringslijst vestiging Utrecht",
    "Rapportnummer {{ADR-2025-0412}}. Opdrachtgever: DG {{Toeslagen}}. Vastgesteld {{16 juni 2025}}.",
    "# 1. Samenvatting",
    "De {{Auditdienst Rijk}} (ADR) heeft onderzocht hoe de signaleringslijst van team Bezwaar "
    "{{Kinderopvangtoeslag}} tot stand kwam. Wij stellen vast dat (a) geen grondslag en geen DPIA aanwezig waren, "
    "(b) nationaliteit en anonieme tips als indicator werden gebruikt, en (c) de lijst buiten de systemen werd "
    "bijgehouden in een Excelbestand op een persoonlijke netwerkschijf.",
    "# 2. Werkwijze",
    "Wij voerden 14 interviews, analyseerden 3.200 e-mails en het bestand RSL_Utrecht_v7.xlsx. De interviews zijn "
    "gehouden met medewerkers van het team, de {{Functionaris Gegevensbescherming}} en {{Directie Juridische Zaken}}.",
    "# 3. Bevindingen",
    "De lijst werd in november 2024 opgezet op verzoek van de toenmalige teamleider ([[HvtH]]). De twee "
    "medewerkers signalen ([[WtB]] en [[NEI]]) voerden registraties in zonder toetsing. Een senior behandelaar "
    "([[IBS]]) maakte op {{14 januari 2025}} als eerste schriftelijk bezwaar. Het afdelingshoofd ([[EPB]]) was vanaf "
    "{{20 januari 2025}} op de hoogte.",
    "---",
    "# 4. Conclusies en aanbevelingen",
    "1. Beëindig het gebruik van lijsten buiten de geautoriseerde systemen. 2. Voer een DPIA uit voor iedere "
    "selectie op risico. 3. Leg de resultaten voor aan de {{Autoriteit Persoonsgegevens}}. 4. Betrek de "
    "{{Adviescommissie Uitvoering Toeslagen}} bij het herstel.",
    "Het rapport is opgesteld volgens de {{Government Auditing Standards}} en besproken met de {{Audit Committee}} "
    "van het {{Ministerie van Financiën}}.",
], font="serif", producer="Acrobat PDFMaker 23 voor Word", creator="Microsoft Word",
   outline=[("Samenvatting", 0), ("Interviews Bosschaart en Van 't Hoff", 0), ("Reactie Ter Beek", 1)],
   hidden=[("Bosschaart", "PERSON", "outline", ["Bosschaart"]),
           ("Van 't Hoff", "PERSON", "outline", ["Van 't Hoff"]),
           ("Ter Beek", "PERSON", "outline", ["Ter Beek"])]))

DOCS.append(Doc("ts25", [
    "Van: [[Kamphuis-Ebrahimi, Dirk-Jan]] <[[d.kamphuis-ebrahimi@toeslagen.nl]]>",
    "Verzonden: maandag {{31 augustus 2026}} 14:22",
    "Aan: [[info@kinderopvang-dedukdalf.nl|EMAIL]]",
    "CC: {{woo@toeslagen.nl}}",
    "Onderwerp: verzoek om zienswijze Woo-verzoek {{WOO-TSL-2026-0318}}",
    "",
    "Geachte heer [[Van Dijk-Oyelaran]],",
    "{{Dienst Toeslagen}} heeft een verzoek ontvangen op grond van de {{Wet open overheid}}. Onder de documenten "
    "bevinden zich stukken waarin {{Stichting Kinderopvang De Dukdalf}} wordt genoemd, onder meer in het rapport "
    "van de {{Auditdienst Rijk}} ({{ADR-2025-0412}}). Wij zijn voornemens deze stukken deels openbaar te maken. "
    "U kunt binnen twee weken uw zienswijze geven (artikel {{4.4}} Woo).",
    "Met vriendelijke groet,",
    "[[Dirk-Jan Kamphuis-Ebrahimi]]",
    "juridisch medewerker Woo | [[06 4012 7789]]",
    "",
    "Van: [[Dijk-Oyelaran, Bram van]] <[[bram.vandijk@kinderopvang-dedukdalf.nl]]>",
    "Verzonden: donderdag {{10 september 2026}} 09:05",
    "Aan: [[Kamphuis-Ebrahimi, Dirk-Jan]]",
    "Onderwerp: RE: verzoek om zienswijze",
    "Geachte heer [[Kamphuis-Ebrahimi]], wij hebben geen bezwaar tegen openbaarmaking van de naam van onze "
    "stichting. Wel verzoeken wij de namen van onze pedagogisch medewerkers en van ouders weg te laken. Onze "
    "locatie aan de {{Prins Hendriklaan}} is algemeen bekend. Met vriendelijke groet, [[B. van Dijk-Oyelaran]], "
    "directeur-bestuurder",
], font="helv", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook"))

DOCS.append(Doc("ts26", [
    "{{Nationale ombudsman}}",
    "{{Postbus 93122}}, 2509 AC Den Haag",
    "",
    "Aan: {{Dienst Toeslagen}}, t.a.v. klachtcoördinator",
    "Datum: {{2 juni 2025}}",
    "Ons dossiernummer: {{2025.04718}}",
    "Onderwerp: klacht van mevrouw [[E. Kowalczyk]] over de behandeling van haar bezwaar",
    "",
    "Geachte heer, mevrouw,",
    "Mevrouw [[Ewa Kowalczyk]], geboren [[24 mei 1993]], wonend [[Marco Pololaan 118]] te Utrecht, heeft zich bij de "
    "{{Nationale ombudsman}} beklaagd. Zij maakte op {{2 april 2024}} bezwaar. Op {{1 maart 2025}} had zij nog geen "
    "beslissing. Zij vermoedt dat dit komt doordat zij de Poolse nationaliteit heeft.",
    "Mevrouw [[Kowalczyk]] heeft een zoon met [[autisme|HEALTH]] en kan daardoor maar beperkt werken; de "
    "terugvordering van {{€ 11.204}} brengt haar in ernstige problemen.",
    "Ik verzoek u binnen vier weken te reageren. De klacht wordt behandeld door mijn medewerker "
    "[[mw. drs. H. (Hanneke) Smulders-de Graaf]], [[070 - 356 35 72]], [[h.smulders@nationaleombudsman.nl]].",
    "Hoogachtend,",
    "de {{Nationale ombudsman}}, namens deze,",
    "[[J.W. Terpstra]], directeur Klachtbehandeling",
], font="sans", producer="OpenText Documentum PDF", creator="Documentum"))

DOCS.append(Doc("ts27", [
    "# Werkinstructie bezwaarbehandeling {{Kinderopvangtoeslag}} (versie 4.2)",
    "Eigenaar: directie Bezwaar en Beroep. Geldig vanaf {{1 maart 2025}}. Vervangt versie 4.1.",
    "# 1. Doel",
    "Deze werkinstructie beschrijft hoe een bezwaar tegen een beschikking {{Kinderopvangtoeslag}} wordt behandeld, "
    "van ontvangst tot beslissing. Zij vervangt alle eerdere lijsten en aantekeningen.",
    "# 2. Termijnen",
    "Beslis binnen zes weken, of twaalf weken als een adviescommissie is ingesteld (artikel {{7:10}} {{Awb}}). "
    "Verdaging met zes weken is mogelijk. Bij overschrijding kan de burger de {{Dienst Toeslagen}} in gebreke "
    "stellen; daarna verbeurt een dwangsom ({{Wet dwangsom en beroep bij niet tijdig beslissen}}).",
    "# 3. Verboden selectiecriteria",
    "Nationaliteit, afkomst, een tweede nationaliteit, een anonieme tip of een registratie in de voormalige "
    "{{Fraude Signalering Voorziening}} mogen nooit leiden tot een andere behandeling. Twijfel? Vraag de "
    "{{Functionaris Gegevensbescherming}} ({{fg@minfin.nl}}).",
    "# 4. Horen",
    "Hoorzittingen vinden plaats in het {{Beatrixgebouw}} of telefonisch. Gebruik bij taalproblemen een tolk uit het "
    "{{Register beëdigde tolken en vertalers}}.",
    "# 5. Systemen",
    "Registreer iedere stap in het {{Bezwaar Registratie Systeem}} (BRS). Eigen Excelbestanden zijn niet toegestaan.",
], kind="docx", author="Kamphuis-Ebrahimi, D.J.",
   hidden=[("Dirk-Jan Kamphuis-Ebrahimi", "PERSON", "metadata", ["Kamphuis-Ebrahimi"])]))

DOCS.append(Doc("ts28", [
    "Van: [[Bosschaart, Erik]] <[[e.p.bosschaart@toeslagen.nl]]>",
    "Verzonden: maandag {{27 januari 2025}} 17:40",
    "Aan: {{meldpunt@autoriteitpersoonsgegevens.nl}}",
    "CC: {{fg@minfin.nl}}; [[Mulderij, Roeland]] <[[r.a.mulderij@minfin.nl]]>",
    "Onderwerp: melding datalek / onrechtmatige verwerking - signaleringslijst Toeslagen Utrecht",
    "",
    "Geachte heer, mevrouw,",
    "Hierbij melden wij namens de {{minister van Financiën}} een onrechtmatige verwerking van persoonsgegevens "
    "op grond van artikel {{33 AVG}}. Het gaat om een lijst van 214 burgers die buiten de systemen werd "
    "bijgehouden. Bij een deel was nationaliteit een criterium. Het meldingsnummer van uw meldformulier is "
    "{{M2025-00871}}.",
    "Contactpersoon voor deze melding is ondergetekende ([[06 - 5120 8834]]) of de {{Functionaris Gegevensbescherming}}.",
    "Met vriendelijke groet,",
    "[[drs. E.P. Bosschaart]]",
    "afdelingshoofd Bezwaar en Beroep, {{Dienst Toeslagen}}",
    "",
    "Van: {{meldpunt@autoriteitpersoonsgegevens.nl}}",
    "Verzonden: dinsdag {{28 januari 2025}} 09:01",
    "Aan: [[Bosschaart, Erik]]",
    "Onderwerp: Ontvangstbevestiging melding {{M2025-00871}}",
    "Uw melding is ontvangen door de {{Autoriteit Persoonsgegevens}}, {{Bezuidenhoutseweg 30}}, Den Haag. "
    "Behandelaar: [[mr. Ş. Öztürk-Jansen]] ([[s.ozturk-jansen@autoriteitpersoonsgegevens.nl]]).",
], font="sans", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook"))

DOCS.append(Doc("ts29", [
    "# Verslag hoorzitting",
    "Dossier: {{BZ-KOT-2025-032904}} | Datum: {{8 april 2025}}, 10.30-11.25 uur | Locatie: {{Beatrixgebouw}}, zaal {{Johan Cruijff}}",
    "Aanwezig: mevrouw [[C. van der Linden-Pos]] (belanghebbende), de heer [[R. Oudshoorn]] (vader en gemachtigde), "
    "[[mr. L. Boukhari]] (advocaat), [[F. Ooms]] (voorzitter, behandelaar), [[S. Zwaneveld]] (verslag), "
    "mevrouw [[Z. Şahin]] (tolk, voor de vader).",
    "",
    "De voorzitter opent de hoorzitting en legt uit dat het gaat om de terugvordering over 2022. Mevrouw "
    "[[Van der Linden-Pos]] vertelt dat zij in 2022 na haar [[hernia-operatie|HEALTH]] zes maanden niet kon "
    "werken en dat haar vader, de heer [[Oudshoorn]], op haar dochter [[Mila]] paste terwijl de opvang doorliep.",
    "[[Mr. Boukhari]] stelt dat de terugvordering is gebaseerd op een signaal op de lijst van de vestiging en "
    "verwijst naar de nota aan {{staatssecretaris Van Oosterhout}} en de {{Wet hersteloperatie toeslagen}}.",
    "De behandelaar antwoordt dat het dossier opnieuw is beoordeeld zonder de lijst. Een beslissing volgt binnen "
    "zes weken. Mevrouw [[Van der Linden-Pos]] kan tot 15 april nog stukken sturen naar "
    "{{bezwaar.kot.utrecht@toeslagen.nl}}.",
    "Het verslag is op {{10 april 2025}} aan partijen gezonden.",
], font="sans", producer=W, creator=W))

DOCS.append(Doc("ts30", [
    "# Overzicht ingebrekestellingen en verbeurde dwangsommen - Bezwaar KOT Utrecht",
    "Peildatum {{31 maart 2025}}. Bron: {{Bezwaar Registratie Systeem}}. Bedragen volgens de {{Wet dwangsom}} "
    "(maximaal {{€ 1.442}} per zaak).",
    "| Dossier | Belanghebbende | Ingebreke | Dwangsom | Behandelaar |",
    "| {{TS-88214}} | [[F. Yıldırım]] | 14-01-2025 | {{€ 1.442}} | [[PRa]] |",
    "| {{TS-88251}} | [[R. Amrani]] | 20-01-2025 | {{€ 1.442}} | [[PRa]] |",
    "| {{TS-88263}} | [[S. de Wit]] | 03-02-2025 | {{€ 980}} | [[IBS]] |",
    "| {{TS-88277}} | [[E. Kowalczyk]] | 05-02-2025 | {{€ 1.022}} | [[FOo]] |",
    "| {{TS-88285}} | [[M. Benali]] | 10-02-2025 | {{€ 770}} | [[DKu]] |",
    "| {{TS-88292}} | [[C. van der Linden-Pos]] | 11-02-2025 | {{€ 700}} | [[FOo]] |",
    "| {{TS-88307}} | [[R. Oudshoorn]] | 17-02-2025 | {{€ 560}} | [[DKu]] |",
    "| {{TS-88311}} | [[G. Aydın]] | 24-02-2025 | {{€ 420}} | [[SZw]] |",
    "| {{TS-88340}} | [[A.S. Ferreira]] | 03-03-2025 | {{€ 196}} | [[DIKE]] |",
    "Totaal verbeurd: {{€ 8.022}}. Uitbetaling via {{team Proceskosten}}. Opgesteld door [[S. Zwaneveld]].",
], font="sans", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("ts31", [
    "# Besluit op uw Woo-verzoek",
    "Mevrouw [[M. Verhoeven-Çelik]]",
    "[[Zeeburgerdijk 212-C]]",
    "[[1094 AN]] Amsterdam",
    "Datum: {{28 september 2026}} | Kenmerk: {{WOO-TSL-2026-0318}}",
    "",
    "Geachte mevrouw [[Verhoeven-Çelik]],",
    "# 1. Uw verzoek",
    "Op {{3 augustus 2026}} heeft u op grond van de {{Wet open overheid}} gevraagd om documenten over de behandeling "
    "van bezwaren door het team Bezwaar {{Kinderopvangtoeslag}} van de vestiging {{Utrecht}}.",
    "# 2. Verloop",
    "Op {{5 augustus 2026}} is de ontvangst bevestigd. Op {{27 augustus 2026}} is de beslistermijn verdaagd. "
    "{{Stichting Kinderopvang De Dukdalf}} heeft een zienswijze gegeven; zij heeft geen bezwaar tegen openbaarmaking.",
    "# 3. Besluit",
    "Ik maak de documenten deels openbaar. Welke documenten dat zijn, ziet u in de inventarislijst (bijlage 1).",
    "# 4. Overwegingen",
    "Persoonsgegevens (artikel {{5.1}} lid 2 onder e Woo). In de documenten staan namen, e-mailadressen, "
    "telefoonnummers en paraven van medewerkers die niet in de openbaarheid treden, en gegevens van burgers. "
    "Het belang van bescherming van hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. "
    "De namen van {{staatssecretaris Van Oosterhout}} en van {{Kamerlid Bouchtaoui}} maak ik wel openbaar.",
    "Burgerservicenummers (artikel {{5.1}} lid 1 onder e Woo) en gezondheidsgegevens (artikel {{5.1}} lid 1 onder "
    "d Woo) maak ik niet openbaar. Dit zijn absolute weigeringsgronden.",
    "---",
    "# 5. Plaatsing op internet",
    "Dit besluit en de documenten worden geplaatst op {{open.overheid.nl}}.",
    "Hoogachtend,",
    "de {{minister van Financiën}},",
    "namens dezen,",
    "[[drs. E.P. Bosschaart]]",
    "afdelingshoofd Bezwaar en Beroep",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij {{Dienst Toeslagen}}, {{Postbus 8024}}, 3503 RA Utrecht.",
], font="times", size=10.5, producer="Aspose.PDF for .NET 23.5", creator="Aspose.Words"))

INV = [
    ("1", "ts01", "Woo-verzoek", "03-08-2026", "deels openbaar", "5.1.2e"),
    ("2", "ts02", "Ontvangstbevestiging", "05-08-2026", "deels openbaar", "5.1.2e"),
    ("3", "ts03", "Besluit tot verdaging", "27-08-2026", "deels openbaar", "5.1.2e"),
    ("4", "ts04", "E-mail achterstand bezwaren", "14-01-2025", "deels openbaar", "5.1.2e"),
    ("5", "ts05", "E-mail juridisch advies", "17-01-2025", "deels openbaar", "5.1.2e"),
    ("6", "ts06", "Signaleringslijst RSL", "20-01-2025", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("7", "ts07", "Aantekeningen signalen", "22-01-2025", "deels openbaar", "5.1.2e"),
    ("8", "ts08", "Beslissing op bezwaar", "04-03-2025", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("9", "ts09", "Uitnodiging hoorzitting", "19-03-2025", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("10", "ts10", "Nota aan staatssecretaris", "07-02-2025", "deels openbaar", "5.1.2e"),
    ("11", "ts11", "Verslag teamoverleg", "23-01-2025", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("12", "ts12", "Telefoonnotities", "05-02-2025", "deels openbaar", "5.1.2e"),
    ("13", "ts13", "Chatexport Teams", "21-01-2025", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("14", "ts14", "WhatsApp-export", "24-01-2025", "deels openbaar", "5.1.2e"),
    ("15", "ts15", "Brief burger", "02-02-2025", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("16", "ts16", "Presentielijst hoorzitting", "08-04-2025", "deels openbaar", "5.1.2e"),
    ("17", "ts17", "Memo Team Signalen", "09-12-2024", "deels openbaar", "5.1.2e"),
    ("18", "ts18", "Bezwaarformulier", "12-11-2024", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("19", "ts19", "Bezetting team", "06-01-2025", "deels openbaar", "5.1.2e"),
    ("20", "ts20", "Factuur tolk", "10-04-2025", "deels openbaar", "5.1.2e"),
    ("21", "ts21", "Declaratie advocaat", "20-05-2025", "deels openbaar", "5.1.2e"),
    ("22", "ts22", "Antwoord Kamervragen", "03-03-2025", "openbaar", "-"),
    ("23", "ts23", "Persbericht", "10-02-2025", "reeds openbaar", "-"),
    ("24", "ts24", "Rapport ADR", "16-06-2025", "deels openbaar", "5.1.2e"),
    ("25", "ts25", "E-mail zienswijze", "10-09-2026", "deels openbaar", "5.1.2e"),
    ("26", "ts26", "Brief Nationale ombudsman", "02-06-2025", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("27", "ts27", "Werkinstructie 4.2", "01-03-2025", "openbaar", "-"),
    ("28", "ts28", "Melding AP", "27-01-2025", "deels openbaar", "5.1.2e"),
    ("29", "ts29", "Verslag hoorzitting", "08-04-2025", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("30", "ts30", "Overzicht dwangsommen", "31-03-2025", "deels openbaar", "5.1.2e"),
    ("31", "ts31", "Woo-besluit", "28-09-2026", "deels openbaar", "5.1.2e"),
    ("32", "ts33", "E-mail verzending besluit", "28-09-2026", "deels openbaar", "5.1.2e"),
    ("33", "ts34", "Voortgangsrapportage UHT", "30-06-2025", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("34", "ts35", "Kamerbrief voortgang", "14-07-2025", "reeds openbaar", "-"),
]
inv_rows = ["| ID | Document | Omschrijving | Datum | Beoordeling | Grond |"]
for i, f, o, d, b, g in INV:
    inv_rows.append(f"| {{{{TSL-{int(i):04d}}}}} | {f}.pdf | {o} | {d} | {b} | {g} |")
DOCS.append(Doc("ts32", [
    "# Bijlage 1 - Inventarislijst Woo-besluit {{WOO-TSL-2026-0318}}",
    "Zaaknummer {{WOO-TSL-2026-0318}}. Grondslagen: {{5.1.1d}} (gezondheid), {{5.1.1e}} (BSN), {{5.1.2e}} "
    "(persoonlijke levenssfeer). Documenten 22 en 23 zijn reeds openbaar (zie {{officielebekendmakingen.nl}} en "
    "{{rijksoverheid.nl}}).",
] + inv_rows + [
    "Toelichting: van elk document zijn namen, contactgegevens en paraven van medewerkers en gegevens van burgers "
    "onleesbaar gemaakt. De naam van de verzoeker is in alle documenten weggelakt. Namen van "
    "{{staatssecretaris Van Oosterhout}}, {{Kamerlid Bouchtaoui}} en de {{Nationale ombudsman}} zijn openbaar.",
    "Opgesteld door het Woo-team (behandelaar [[DKE]], controle [[TLi]]).",
], font="helv", size=9, producer="Aspose.Cells for .NET 24.1", creator="Aspose.Cells"))

DOCS.append(Doc("ts33", [
    "Van: {{woo@toeslagen.nl}}",
    "Namens: [[Lindqvist, Tamara]] <[[t.lindqvist@toeslagen.nl]]>",
    "Verzonden: maandag {{28 september 2026}} 15:10",
    "Aan: [[m.verhoeven-celik@persmail.nl]]",
    "CC: [[Kamphuis-Ebrahimi, Dirk-Jan]]; {{publicatie@toeslagen.nl}}",
    "Onderwerp: Besluit op uw Woo-verzoek {{WOO-TSL-2026-0318}}",
    "Bijlagen: Besluit {{WOO-TSL-2026-0318}}.pdf; Inventarislijst.pdf; Documenten_deel1.pdf",
    "",
    "Geachte mevrouw [[Verhoeven-Çelik]],",
    "Hierbij ontvangt u het besluit op uw verzoek op grond van de {{Wet open overheid}}, met de inventarislijst en "
    "de documenten die deels openbaar worden gemaakt. Het besluit wordt over twee weken ook gepubliceerd op "
    "{{open.overheid.nl}}.",
    "Wilt u de documenten eerder met de {{Tweede Kamer}} delen, dan verwijzen wij naar {{Kamerlid Bouchtaoui}}, die "
    "de stukken via de {{vaste commissie voor Financiën}} ontvangt.",
    "Met vriendelijke groet,",
    "[[Tamara Lindqvist]] | Woo-coördinator {{Dienst Toeslagen}} | [[030 - 275 44 17]] | [[+31 6 4420 9983]]",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: [[Marloes Verhoeven-Çelik]] <[[m.verhoeven-celik@persmail.nl]]>",
    "Verzonden: vrijdag {{25 september 2026}} 11:30",
    "Aan: {{woo@toeslagen.nl}}",
    "Onderwerp: termijn Woo-verzoek",
    "Beste [[Tamara]], de termijn is verstreken. Wanneer kan ik het besluit verwachten? Groet, [[Marloes]]",
], font="sans", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook"))
