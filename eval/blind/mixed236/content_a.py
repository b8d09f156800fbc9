"""Set KV documents kv01-kv17: request, club board, licence, BOA reports, complaints, chats, mediation."""
from lib import Doc

WORD = ("Microsoft® Word voor Microsoft 365", "Microsoft® Word voor Microsoft 365")
OUTLOOK = ("Microsoft Outlook 16.0", "Microsoft® Outlook® voor Microsoft 365")
ASPOSE = ("Aspose.PDF for .NET 23.4", "Aspose.Words for .NET 23.4.0")
ITEXT = ("iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", "Corsa Zaaksysteem 8.1")
NITRO = ("Nitro Pro 13.70.2.40", "Nitro Pro 13")
SCAN = ("KONICA MINOLTA bizhub C300i", "KONICA MINOLTA bizhub C300i")
PDFPEN = ("PDFpen 13.1", "PDFpen 13.1")

GEM = "{{Gemeente Bernheze}}"
ADR = "{{De Misse 4}}, 5384 BZ {{Heesch}} | telefoon {{14 0412|PHONE_GENERAL}} | {{info@bernheze.org|EMAIL_FUNCTIONAL}}"

DOCS = [
    Doc("kv01_woo_verzoek", "Verzoek op grond van de Wet open overheid", [
        ("s", "[[Hasan Öztürk]]", "[[Vlasstraat 14|ADDRESS]]", "[[5384 KL|POSTCODE]] {{Heesch}}",
         "[[h.ozturk@ziggo.nl|EMAIL]] | [[06-41 27 83 90|PHONE]]"),
        ("s", "Aan het college van burgemeester en wethouders van de {{gemeente Bernheze}}", "Postbus 19, 5384 ZG Heesch",
         "Heesch, 3 september 2026"),
        "Geachte heer, mevrouw,",
        "Met een beroep op de {{Wet open overheid}} ({{Woo}}) verzoek ik u om openbaarmaking van alle documenten over "
        "de {{Alcoholwetvergunning}} voor de kantine van {{VV Heeschse Boys}} op {{Sportpark De Lage Hoeve}} "
        "({{Schutsboomlaan 2}}) en over de {{lichtmastverlichting}} van veld 3, in de periode 1 januari 2025 tot heden.",
        "Het gaat mij in het bijzonder om: de aanvraag en het besluit van de {{burgemeester}} op grond van de {{Alcoholwet}}, "
        "het {{bestuursreglement}}, rapporten van de handhavers ({{BOA}}'s), geluidmetingen van de "
        "{{Omgevingsdienst Brabant Noord}} ({{ODBN}}), het verslag van de {{buurtbemiddeling}} en de correspondentie "
        "met het clubbestuur en met de buurt.",
        "Sinds de nieuwe ledverlichting in maart 2025 in gebruik is, staat de verlichting tot na 22.30 uur aan en is "
        "het in de kantine tot diep in de nacht onrustig. Mijn buurvrouw [[Elly de Wit]] en ik hebben sindsdien meer "
        "dan twintig keer gebeld met het meldpunt ({{14 0412|PHONE_GENERAL}}).",
        "Ik ontvang de stukken bij voorkeur digitaal op [[h.ozturk@ziggo.nl|EMAIL]]. Voor vragen ben ik bereikbaar "
        "op [[06-41 27 83 90|PHONE]].",
        "Met vriendelijke groet,", "[[Hasan Öztürk]]",
    ], producer=WORD),

    Doc("kv02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", [
        ("s", GEM, "{{De Misse 4}}, {{Heesch}}", "Zaaknummer: {{Z/26/048213|REF}}", "Ons kenmerk: {{WOO-2026-0117|REF}}",
         "Behandeld door: [[N. El Idrissi]]", "Telefoon: [[0412 - 45 86 31|PHONE]]"),
        ("s", "De heer [[H. Öztürk]]", "[[Vlasstraat 14|ADDRESS]]", "[[5384 KL|POSTCODE]] {{Heesch}}"),
        "Heesch, 8 september 2026",
        "Onderwerp: ontvangstbevestiging verzoek {{Wet open overheid}}",
        "Geachte heer [[Öztürk]],",
        "Op 3 september 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de "
        "{{Alcoholwetvergunning}} van {{VV Heeschse Boys}} en de verlichting op {{Sportpark De Lage Hoeve}}. "
        "Wij hebben uw verzoek geregistreerd onder nummer {{WOO-2026-0117|REF}}.",
        "Op grond van {{artikel 4.4|LAW}} van de {{Woo}} beslissen wij binnen vier weken na ontvangst. Wij kunnen "
        "deze termijn met twee weken verdagen. Omdat bij de documenten ook de vereniging en buurtbewoners betrokken "
        "zijn, stellen wij hen mogelijk in de gelegenheid een zienswijze te geven ({{artikel 4.9|LAW}} {{Woo}}).",
        "Heeft u vragen? Neem dan contact op met [[Noor El Idrissi]] van het team {{Informatiebeheer}}, bereikbaar "
        "via [[n.elidrissi@bernheze.org|EMAIL]] of via {{woo@bernheze.org|EMAIL_FUNCTIONAL}}.",
        "Hoogachtend,", "namens dezen,", "[[mr. drs. R.F. Lamers-Tuinstra]]", "{{teamleider Informatiebeheer}}",
    ], kind="docx", producer=("LibreOffice 7.6", "Writer")),

    Doc("kv03_brief_bestuur_aanvraag", "Aanvraag Alcoholwetvergunning paracommerciële inrichting", [
        ("s", "{{VV Heeschse Boys}} | opgericht 1946", "Secretariaat: {{secretariaat@heesscheboys.nl|EMAIL_FUNCTIONAL}}",
         "{{Schutsboomlaan 2}}, {{Heesch}} | KvK {{40213377|KVK_ORG}}"),
        ("s", "Aan de {{burgemeester}} van {{Bernheze}}", "t.a.v. team {{Vergunningen, Toezicht en Handhaving}}"),
        "Heesch, 14 februari 2025",
        "Betreft: aanvraag vergunning ex {{artikel 3 Alcoholwet|LAW}}, kantine {{De Rode Pet}}",
        "Geachte burgemeester,",
        "Hierbij vraagt het bestuur van {{VV Heeschse Boys}} een nieuwe vergunning aan voor het verstrekken van "
        "alcoholhoudende drank in de kantine {{De Rode Pet}}, omdat de kantine na de verbouwing is uitgebreid met "
        "een terras van 60 m2. Bijgevoegd zijn de inrichtingstekening, het {{bestuursreglement}} en de lijst van "
        "leidinggevenden met hun {{Verklaring Sociale Hygiëne}}.",
        "Als leidinggevenden zijn aangewezen: de voorzitter [[Marcel van den Heuvel]] (geboren "
        "[[12 mei 1968|DATE_OF_BIRTH]]), de penningmeester [[Ingrid Smits-Verhagen]] en barcoördinator "
        "[[Yvonne 't Hart]]. Alle drie staan ingeschreven in het {{Register Sociale Hygiëne}}.",
        "Wij zijn ons bewust van de zorgen in de buurt over de lichtmasten en de sluitingstijden. Het bestuur heeft "
        "afgesproken de kantine op trainingsavonden om 23.00 uur te sluiten, zoals de {{Drank- en Horecaverordening "
        "Bernheze 2021|LAW}} voorschrijft.",
        "Contactpersoon voor deze aanvraag is onze secretaris, [[Ruud ter Horst]], [[06 - 12 93 44 07|PHONE]], "
        "[[ruud.terhorst@kpnmail.nl|EMAIL]].",
        "Met sportieve groet,",
        "[[M.J. van den Heuvel]], voorzitter        [[R. ter Horst]], secretaris",
    ], producer=WORD),

    Doc("kv04_mailwisseling_leidinggevenden", "Mailwisseling leidinggevenden en Sociale Hygiëne", [
        ("s", "Van: [[Rovers, Femke]] <[[f.rovers@bernheze.org|EMAIL]]>",
         "Verzonden: dinsdag 4 maart 2025 10:12", "Aan: '[[Ingrid Smits]]' <[[ingrid.smits.verhagen@gmail.com|EMAIL]]>",
         "CC: [[Aalst, Thijs van]] <[[t.vanaalst@bernheze.org|EMAIL]]>; {{vergunningen@bernheze.org|EMAIL_FUNCTIONAL}}",
         "Onderwerp: RE: aanvraag Alcoholwetvergunning {{VV Heeschse Boys}} ({{Z/25/010944|REF}})"),
        "Beste mevrouw [[Smits-Verhagen]],",
        "Dank voor de aangevulde stukken. Van mevrouw [[Yvonne 't Hart]] ontbreekt nog de {{Verklaring Sociale "
        "Hygiëne}}; in het {{Register Sociale Hygiëne}} vind ik haar niet terug. Kunt u het diplomanummer sturen? "
        "Verder moet het {{bestuursreglement}} nog worden ondertekend door twee bestuursleden.",
        "Met vriendelijke groet,",
        ("s", "[[Femke Rovers]]", "{{medewerker vergunningen}} {{Alcoholwet}}", "{{Gemeente Bernheze}}",
         "T [[0412 45 87 12|PHONE]] | M [[06 28 51 09 63|PHONE]]", "Werkdagen: ma, di, do"),
        ("s", "-----Oorspronkelijk bericht-----", "Van: [[Ingrid Smits]] <[[ingrid.smits.verhagen@gmail.com|EMAIL]]>",
         "Verzonden: vrijdag 28 februari 2025 21:47", "Aan: [[Rovers, Femke]] <[[f.rovers@bernheze.org|EMAIL]]>",
         "CC: [[Marcel van den Heuvel]] <[[marcel.vdheuvel@hetnet.nl|EMAIL]]>; [[Ruud ter Horst]] "
         "<[[ruud.terhorst@kpnmail.nl|EMAIL]]>", "Onderwerp: aanvraag Alcoholwetvergunning"),
        "Hoi Femke,",
        "Zoals besproken stuur ik hierbij de inrichtingstekening van de kantine en het nieuwe bestuursreglement. "
        "Yvonne heeft haar SVH-examen in januari gehaald, het diploma komt nog. [[Marcel]] tekent het reglement "
        "zaterdag na de wedstrijd tegen {{SV Nulandia}}.",
        ("pb",),
        "Over de klachten van de buren: wij hebben [[Gerrit-Jan Brouwers]] (onze terreinman) gevraagd om de "
        "lichtmasten van veld 3 om 22.00 uur via de tijdklok uit te zetten. Dat is met de nieuwe {{Philips "
        "ArenaVision|PRODUCT}}-armaturen via de app in te stellen.",
        "Groetjes,",
        ("s", "[[Ingrid Smits-Verhagen]]", "penningmeester {{VV Heeschse Boys}}", "[[06-20 37 58 16|PHONE]]"),
        ("s", "-----Oorspronkelijk bericht-----", "Van: [[Rovers, Femke]]", "Verzonden: maandag 24 februari 2025 08:55",
         "Aan: {{secretariaat@heesscheboys.nl|EMAIL_FUNCTIONAL}}", "Onderwerp: ontvangst aanvraag"),
        "Geacht bestuur, wij hebben uw aanvraag van 14 februari 2025 ontvangen en geregistreerd onder "
        "{{Z/25/010944|REF}}. De beslistermijn is acht weken. Met vriendelijke groet, [[Femke Rovers]]",
    ], producer=OUTLOOK),

    Doc("kv05_formulier_leidinggevende", "Formulier Alcoholwet - bijlage leidinggevende (ingevuld)", [
        "{{Gemeente Bernheze}} - team {{Vergunningen, Toezicht en Handhaving}} - {{vergunningen@bernheze.org|EMAIL_FUNCTIONAL}}",
        "Bijlage bij aanvraag {{Z/25/010944|REF}} op grond van {{artikel 8 Alcoholwet|LAW}}. Inrichting: kantine {{De Rode Pet}}, "
        "{{Schutsboomlaan 2}}, {{Heesch}}.",
        "Vul per leidinggevende een formulier in. Het {{Bibob}}-onderzoek en de toets aan {{artikel 8|LAW}} vinden "
        "plaats door het {{Justitieel Documentatiesysteem}}.",
    ], kind="form", producer=("ReportLab PDF Library - www.reportlab.com", "Formulierenservice gemeente Bernheze"),
        fields=[("Achternaam", "[[Hart, Yvonne 't]]"), ("Voorletters", "[[Y.C.]]"),
                ("Geboortedatum", "[[23-11-1983|DATE_OF_BIRTH]]"), ("Geboorteplaats", "[[Uden|BIRTHPLACE]]"),
                ("Burgerservicenummer", "[[204817355|BSN]]"), ("Woonadres", "[[Kapelstraat 31, Vorstenbosch|ADDRESS]]"),
                ("Telefoon", "[[06-53 80 21 74|PHONE]]"), ("E-mail", "[[yvonnethart@live.nl|EMAIL]]"),
                ("SVH-diplomanummer", "[[SH-2025-118834|ID]]"), ("Datum en handtekening", "[[Y. 't Hart]] 02-03-2025")]),

    Doc("kv06_klachtbrief_buurvrouw_scan", "Aan de gemeente Bernheze, afdeling handhaving", [
        "Heesch, 17 april 2025",
        "Geachte heer, mevrouw, Al weken staan de lampen van veld 3 tot half elf aan. Het licht schijnt recht in "
        "onze slaapkamer. Na de training is het in de kantine heel lawaaiig, mensen staan buiten te roken en te "
        "schreeuwen tot na middernacht.",
        "Ik heb dit al gemeld bij de voorzitter [[Marcel van den Heuvel]] maar er verandert niets.",
        "Mijn man heeft [[hartproblemen|HEALTH]] en slaapt hierdoor slecht.",
        ("hand", "Met vriendelijke groet, Elly de Wit"),
        "[[Elly de Wit]], [[Vlasstraat 16|ADDRESS]], Heesch, telefoon [[0412-612947|PHONE]]",
    ], kind="scan", producer=SCAN, scan_rot=0.7),

    Doc("kv07_mail_buurtbewoners", "E-mail buurtbewoners over lichtmasten", [
        ("s", "Van: [[Anouk Verbeek]] <[[anouk.verbeek@outlook.com|EMAIL]]>", "Verzonden: woensdag 21 mei 2025 23:41",
         "Aan: {{info@bernheze.org|EMAIL_FUNCTIONAL}}; {{griffie@bernheze.org|EMAIL_FUNCTIONAL}}",
         "CC: [[Hasan Öztürk]] <[[h.ozturk@ziggo.nl|EMAIL]]>; [[zoë.claessens@gmail.com|EMAIL]]; "
         "[[J.M. van Lieshout]] <[[jm.vanlieshout@home.nl|EMAIL]]>",
         "Onderwerp: Overlast lichtmasten en kantine Heeschse Boys - namens bewoners Vlasstraat en Hoefslag"),
        "Geachte burgemeester en raadsleden,",
        "Namens veertien huishoudens aan de {{Vlasstraat en de Hoefslag|STREET}} vragen wij opnieuw aandacht voor de "
        "overlast van {{Sportpark De Lage Hoeve}}. Vanavond stond de verlichting van veld 3 tot 22.50 uur aan, en "
        "om 23.35 uur werd er op het parkeerterrein nog muziek gedraaid.",
        "Wij hebben foto's en geluidsopnamen. Mevrouw [[Zoë Claessens]] heeft een nachtdienst in het {{Bernhoven}} "
        "ziekenhuis en kan overdag niet slapen; de heer [[Van Lieshout]] is 84 jaar.",
        "Wij verzoeken u: 1. de lichtmasten vanaf 22.00 uur uit te laten zetten; 2. de sluitingstijd van de kantine "
        "te handhaven; 3. een geluidmeting te laten doen door de {{ODBN}}.",
        "Wij zijn bereikbaar via ondergetekende: [[06 - 39 14 72 05|PHONE]].",
        "Met vriendelijke groet,",
        ("s", "[[Anouk Verbeek]]", "[[Hoefslag 9|ADDRESS]], Heesch"),
    ], producer=OUTLOOK),

    Doc("kv08_boa_rapport_controle", "Rapport van bevindingen - controle Alcoholwet", [
        ("s", "{{Gemeente Bernheze}} - {{Team Handhaving}}", "Registratienummer: {{HH-2025-0633|REF}}",
         "Opgemaakt door: [[B. Kemper]], buitengewoon opsporingsambtenaar, {{BOA-nummer|LABEL}} [[061427|BADGE]]",
         "Tweede verbalisant: [[D. Sastrowidjojo]], {{BOA-nummer|LABEL}} [[058803|BADGE]]"),
        ("h", "1. Aanleiding"),
        "Naar aanleiding van meldingen van omwonenden ({{meldingnummers|LABEL}} {{M-25-1187|REF}} en {{M-25-1201|REF}}) "
        "hebben wij op vrijdag 6 juni 2025 een controle uitgevoerd in de kantine {{De Rode Pet}} van "
        "{{VV Heeschse Boys}}, {{Schutsboomlaan 2}} te {{Heesch}}. Wij waren in uniform en legitimeerden ons.",
        ("h", "2. Bevindingen"),
        "Om 23.18 uur constateerden wij dat de kantine geopend was en dat aan ongeveer 25 personen alcoholhoudende "
        "drank werd geschonken. Volgens {{artikel 2:34b|LAW}} van de {{Drank- en Horecaverordening Bernheze 2021|LAW}} "
        "moet de kantine op doordeweekse dagen om 23.00 uur gesloten zijn.",
        "Achter de bar stond de heer [[Gerrit-Jan Brouwers]], geboren [[4 augustus 1959|DATE_OF_BIRTH]]. Hij is niet "
        "vermeld op het aanhangsel bij de vergunning als leidinggevende. Op de vraag wie de leidinggevende was, "
        "verklaarde hij: \"[[Yvonne]] is net naar huis, ik sluit af.\"",
        "Wij spraken ook met een jongeman van ongeveer 17 jaar die een flesje bier in de hand had. Hij toonde zijn "
        "identiteitskaart: [[Thijmen Bosch]], geboren [[19-10-2008|DATE_OF_BIRTH]]. Hij verklaarde het bier "
        "van een teamgenoot te hebben gekregen.",
        ("pb",),
        ("h", "3. Verlichting"),
        "Om 23.05 uur brandde de verlichting van veld 3 nog volledig. Er werd niet getraind. De heer [[Brouwers]] "
        "zette de verlichting om 23.24 uur via een app op zijn telefoon uit.",
        ("h", "4. Vervolg"),
        "Wij hebben de aanwezige bestuurder, de penningmeester mevrouw [[I. Smits-Verhagen]], telefonisch ingelicht "
        "op [[06-20 37 58 16|PHONE]]. Dit rapport wordt doorgestuurd naar team {{Vergunningen, Toezicht en "
        "Handhaving}} voor een waarschuwing namens de {{burgemeester}} ({{artikel 3 Alcoholwet|LAW}}, "
        "{{artikel 20 Alcoholwet|LAW}}).",
        "Dit rapport is door mij opgemaakt op ambtseed en ondertekend te Heesch op 7 juni 2025.",
        ("s", "[[B. Kemper]] ({{BOA-nummer|LABEL}} [[061427|BADGE]])", "[[Bas Kemper]] - dienstnummer [[HB-412|ID]]"),
    ], producer=ITEXT),

    Doc("kv09_boa_rapport_leeftijdsgrens", "Rapport van bevindingen - leeftijdsgrens en sluitingstijd", [
        ("s", "{{Team Handhaving}} {{Bernheze}} | Registratienummer {{HH-2025-0781|REF}}",
         "Verbalisanten: [[Dewi Sastrowidjojo]] ({{BOA-nummer|LABEL}} [[058803|BADGE]]) en [[Joris Vermeulen]] "
         "({{BOA-nummer|LABEL}} [[066190|BADGE]])"),
        "Op zaterdag 20 september 2025 om 17.40 uur, tijdens het jeugdtoernooi \"{{Bernheze Cup}}\", bezochten wij de "
        "kantine {{De Rode Pet}}. Aan de bar stond barvrijwilliger [[Kees Manders]], die een blikje {{Hertog Jan|PRODUCT}} "
        "verkocht aan [[Lieke van Gemert]] ([[15 jaar|AGE]]) zonder naar een legitimatiebewijs te vragen.",
        "Wij hebben de overtreding van {{artikel 20 lid 1 Alcoholwet|LAW}} vastgesteld. Leidinggevende op dat moment "
        "was mevrouw [[Y.C. 't Hart]]; zij was volgens het aanhangsel bevoegd. Zij verklaarde dat de "
        "vrijwilligers de {{IVA-instructie}} ({{Instructie Verantwoord Alcoholgebruik}}) hebben gevolgd.",
        "De verlichting van veld 3 ging om 21.58 uur uit. Er is geen geluidsoverlast waargenomen.",
        "Op grond van het {{Sanctiebeleid Alcoholwet Bernheze 2024|LAW}} is dit de tweede overtreding binnen 12 maanden.",
        ("s", "Heesch, 22 september 2025", "[[D. Sastrowidjojo]] / [[J. Vermeulen]]"),
    ], producer=ITEXT),

    Doc("kv10_geluidmeting_odbn", "Rapportage geluidmeting Sportpark De Lage Hoeve", [
        ("s", "{{Omgevingsdienst Brabant Noord}} ({{ODBN}})", "Projectnummer {{ODBN-2025-3381|REF}}",
         "In opdracht van: {{Gemeente Bernheze}}"),
        ("h", "Samenvatting"),
        "Op 11 en 12 juli 2025 is het geluid gemeten bij de woning [[Vlasstraat 14|ADDRESS]] (meetpunt MP1) en bij "
        "[[Hoefslag 9|ADDRESS]] (MP2). De metingen volgen de {{Handleiding meten en rekenen industrielawaai}}. "
        "Het stemgeluid van bezoekers op het terras is volgens het {{Activiteitenbesluit milieubeheer|LAW}} niet "
        "toetsbaar, maar de muziek in de kantine wel.",
        ("t", [["Meetpunt", "Periode", "LAr,LT dB(A)", "Norm dB(A)"],
               ["MP1", "avond 19-23", "47", "45"], ["MP1", "nacht 23-07", "44", "40"],
               ["MP2", "avond 19-23", "43", "45"], ["MP2", "nacht 23-07", "41", "40"]], [3, 4, 4, 4]),
        "De lichtuitstraling valt buiten deze rapportage; daarvoor verwijzen wij naar de {{NSVV}}-richtlijn "
        "{{Lichthinder 2022}}.",
        "Conclusie: de norm voor de nachtperiode wordt bij MP1 met 4 dB overschreden door versterkte muziek.",
        "Bewoner van MP1, de heer [[Öztürk]], was bij de plaatsing van de meter aanwezig.",
        ("s", "{{Team Milieu}}, {{ODBN}} | {{info@odbn.nl|EMAIL_FUNCTIONAL}}"),
    ], producer=NITRO, author="P.J. Hoogendoorn",
        hidden=[("meta", "PERSON", "P.J. Hoogendoorn", ["P.J. Hoogendoorn", "Hoogendoorn"])]),

    Doc("kv11_whatsapp_bestuur", "WhatsApp-chat 'Bestuur HB' (export, deel)", [
        ("s", "[21-05-25 22:58] [[Marcel]]: Mannen en vrouw, de buren hebben weer de gemeente gemaild. Ook de griffie.",
         "[21-05-25 23:01] [[Ingrid]]: Ja zag het. Die [[Anouk]] van nummer 9 weer 🙄",
         "[21-05-25 23:02] [[Ruud]]: Wie heeft het licht van veld 3 aangelaten? Er was om half 10 al niemand meer",
         "[21-05-25 23:04] [[GJ]]: Dat was ik niet, de tijdklok staat op 22.00. Zal de app checken",
         "[21-05-25 23:05] [[Marcel]]: [[Gert-Jan]] kun je morgen de instellingen naar [[Ruud]] sturen?",
         "[21-05-25 23:09] [[Yvon]]: Muziek was van het 35+ team, ik heb gezegd dat ze moesten stoppen",
         "[21-05-25 23:10] [[Ingrid]]: Volgende keer gewoon om 23.00 dicht. We krijgen anders problemen met de "
         "vergunning, [[Femke]] van de gemeente was duidelijk",
         "[22-05-25 07:44] [[Ruud]]: Ik stel een brief op aan de buren. Voorstel: bemiddeling via Buurtbemiddeling "
         "Bernheze?",
         "[22-05-25 07:51] [[Marcel]]: 👍 Goed plan. Mijn nummer mag erin: [[06 51 44 02 87|PHONE]]",
         "[22-05-25 08:03] [[Mo]]: Ik kan die avond niet, dienst. Groet [[Mo]]"),
        ("pb",),
        ("s", "[07-06-25 00:12] [[GJ]]: Er waren twee boa's. Ze hebben een rapport opgemaakt. Dat jong van [[Bosch]] "
              "had een biertje",
         "[07-06-25 00:13] [[Marcel]]: Verdorie. Wie stond er achter de bar?",
         "[07-06-25 00:15] [[GJ]]: Ik. [[Yvon]] was al weg",
         "[07-06-25 08:20] [[Ingrid]]: Ik ben gebeld door die boa. [[Kemper]] heette hij. Ze sturen het naar de "
         "burgemeester",
         "[07-06-25 08:31] [[Ruud]]: Ik bel maandag met de gemeente. Volgens mij krijgen we een waarschuwing",
         "[07-06-25 08:40] [[Mo]]: Ik zet de IVA-training op de agenda. Alle barvrijwilligers verplicht",
         "[07-06-25 08:41] [[Marcel]]: 👍"),
        "Deelnemers: [[Marcel van den Heuvel]] (voorzitter), [[Ingrid Smits-Verhagen]] (penningmeester), "
        "[[Ruud ter Horst]] (secretaris), [[Gerrit-Jan Brouwers]] (terreinman, in de chat 'GJ'), "
        "[[Yvonne 't Hart]] ('Yvon'), [[Mohamed Bouzid]] ('Mo', jeugdcoördinator).",
        "Ontvangen door de gemeente als bijlage bij een e-mail van de secretaris van 9 juni 2025.",
    ], font="DejaVuSans", producer=("Skia/PDF m120", "WhatsApp")),

    Doc("kv12_teams_chat_vth", "Teams-chat team VTH over Heeschse Boys", [
        ("s", "Chat: Alcoholwet / sportparken", "[[Rovers, Femke]] 9-6-2025 09:14",
         "Hoi Thijs, heb je het boa-rapport van Heeschse Boys gezien? Tweede keer na 23.00 open.",
         "[[Aalst, Thijs van]] 9-6-2025 09:20",
         "Ja. Ik stel een waarschuwing op, conform het sanctiebeleid. {{Wethouder Derks|PERSON_PUBLIC}} wil vooraf geïnformeerd worden "
         "vanwege de raadsvragen. Zou jij [[Bas]] vragen of er foto's zijn?",
         "[[Rovers, Femke]] 9-6-2025 09:22",
         "Doe ik. [[Dewi]] was er ook bij. En de minderjarige ([[Thijmen]]) – nemen we die naam in de brief op?",
         "[[Aalst, Thijs van]] 9-6-2025 09:25",
         "Nee, niet nodig. Alleen 'een minderjarige'. Voor de Woo later ook lakken.",
         "[[Sanne Wijnhoven]] 9-6-2025 09:31",
         "Ik sluit even aan vanuit communicatie: {{Omroep Brabant}} belde gisteren. Ik verwijs naar de woordvoerder, "
         "{{Jeroen Cox|PERSON_PUBLIC}}.",
         "[[Rovers, Femke]] 9-6-2025 09:33", "Top 👍"),
        ("s", "Deelnemers: [[Femke Rovers]], [[Thijs van Aalst]] ({{jurist VTH}}), [[Sanne Wijnhoven]] ({{communicatieadviseur}})"),
        "Export uit {{Microsoft Teams}} ten behoeve van Woo-verzoek {{WOO-2026-0117|REF}}.",
    ], font="DejaVuSans", producer=ASPOSE),

    Doc("kv13_bemiddelingsverslag", "Verslag buurtbemiddeling VV Heeschse Boys - bewoners Vlasstraat", [
        ("s", "{{Buurtbemiddeling Bernheze}} (uitgevoerd door {{ONS welzijn}})", "Dossier {{BB-2025-077|REF}}",
         "Bemiddelaars: [[Karin Mol-de Groot]] en [[Wouter Janssen]]"),
        ("h", "Gesprek van 1 juli 2025, {{Cultureel Centrum De Pas}}"),
        "Aanwezig namens de bewoners: de heer [[Hasan Öztürk]], mevrouw [[Elly de Wit]], mevrouw [[Anouk Verbeek]]. "
        "Namens de vereniging: de heer [[Ruud ter Horst]] (secretaris) en de heer [[Gerrit-Jan Brouwers]] (terreinman).",
        "Bemiddeling is vrijwillig en vertrouwelijk. Dit verslag is met toestemming van alle partijen gedeeld met de "
        "gemeente. Het bevat geen oordeel.",
        ("h", "Wat de bewoners inbrengen"),
        "De heer [[Öztürk]] ervaart vooral het licht: de masten (18 meter) schijnen in zijn slaapkamer. Mevrouw "
        "[[De Wit]] noemt de gezondheid van haar man, die na een hartinfarct slecht slaapt. Mevrouw [[Verbeek]] "
        "spreekt namens meer bewoners en heeft een lijst met data en tijden bijgehouden.",
        ("h", "Wat de vereniging inbrengt"),
        "De heer [[Ter Horst]] legt uit dat de club 640 leden heeft en dat veld 3 het enige kunstgrasveld is waar de "
        "jeugd in de winter kan trainen. De nieuwe {{LED}}-verlichting is gesubsidieerd uit de regeling "
        "{{Stimulering Bouw en Onderhoud Sportaccommodaties}} ({{BOSA}}) en geeft volgens de leverancier minder strooilicht.",
        ("pb",),
        ("h", "Afspraken"),
        ("t", [["Nr", "Afspraak", "Wie", "Wanneer"],
               ["1", "Verlichting veld 3 uiterlijk 22.00 uur uit (tijdklok, vergrendeld)", "[[G.J. Brouwers]]", "per direct"],
               ["2", "Geen versterkte muziek na 22.30 uur; terras na 22.30 uur dicht", "bestuur", "per direct"],
               ["3", "Afschermkappen op masten 3A en 3B onderzoeken", "[[R. ter Horst]]", "1 oktober 2025"],
               ["4", "Bewoners melden eerst bij het clubnummer, daarna bij de gemeente", "bewoners", "doorlopend"],
               ["5", "Evaluatiegesprek", "[[K. Mol-de Groot]]", "november 2025"]], [1, 8.5, 3.2, 3]),
        "Clubnummer voor meldingen tijdens openingstijden: {{0412 - 45 10 46|PHONE_ORG}} (kantine).",
        "De bemiddelaars zijn bereikbaar via {{buurtbemiddeling@onswelzijn.nl|EMAIL_FUNCTIONAL}}; mevrouw "
        "[[Mol-de Groot]] ook op [[06 - 18 27 55 30|PHONE]].",
        ("s", "Heesch, 4 juli 2025", "[[K. Mol-de Groot]]   [[W. Janssen]]"),
    ], producer=PDFPEN),

    Doc("kv14_presentielijst_scan", "Presentielijst evaluatiegesprek buurtbemiddeling 12-11-2025", [
        "Dossier BB-2025-077 - Cultureel Centrum De Pas, Heesch",
        "Naam / namens / handtekening",
        ("hand", "Hasan Öztürk - bewoners - H.Ö."),
        ("hand", "Anouk Verbeek - bewoners - A.V."),
        ("hand", "Ruud ter Horst - VV Heeschse Boys - RtH"),
        ("hand", "Mohamed Bouzid - VV Heeschse Boys - M.B."),
        ("hand", "Karin Mol-de Groot - bemiddelaar"),
        "Afwezig met bericht: [[Elly de Wit]] (ziekenhuisopname echtgenoot)",
        "Volgende afspraak: februari 2026",
    ], kind="scan", producer=SCAN, scan_rot=-0.8),
]

# the handwritten lines carry personal data too; mark them for the gold (OCR probes)
DOCS[13].blocks[2] = ("hand", "[[Hasan Öztürk]] - bewoners - H.Ö.")
DOCS[13].blocks[3] = ("hand", "[[Anouk Verbeek]] - bewoners - A.V.")
DOCS[13].blocks[4] = ("hand", "[[Ruud ter Horst]] - VV Heeschse Boys - RtH")
DOCS[13].blocks[5] = ("hand", "[[Mohamed Bouzid]] - VV Heeschse Boys - M.B.")
DOCS[13].blocks[6] = ("hand", "[[Karin Mol-de Groot]] - bemiddelaar")
DOCS[5].blocks[4] = ("hand", "Met vriendelijke groet, [[Elly de Wit]]")
