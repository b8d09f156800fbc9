"""Set KV documents kv15-kv33: council, decisions, invoice, rosters, memo, press, Woo decision."""
from lib import Doc
from content_a import ASPOSE, ITEXT, NITRO, OUTLOOK, PDFPEN, SCAN, WORD

MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"),
         "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en van "
         "betrokken burgers geanonimiseerd ({{artikel 5.1, tweede lid, onder e|LAW}}, {{Woo}})."]

DOCS = [
    Doc("kv15_raadsvragen", "Schriftelijke vragen ex artikel 44 Reglement van orde", [
        ("s", "Aan het college van burgemeester en wethouders van {{Bernheze}}", "Datum: 26 mei 2025",
         "Indieners: {{raadslid Ankie Timmermans-Bosch|PERSON_PUBLIC}} ({{GroenLinks-PvdA}}) en "
         "{{raadslid Pieter van Boxtel|PERSON_PUBLIC}} ({{Lokaal Bernheze}})",
         "Onderwerp: overlast lichtmasten en kantine {{Sportpark De Lage Hoeve}}"),
        "Inleiding: Bewoners van de {{Vlasstraat}} hebben de raad op 21 mei 2025 gemaild over licht- en geluidsoverlast "
        "van {{VV Heeschse Boys}}. Wij hechten aan een bloeiend verenigingsleven én aan een leefbare buurt.",
        "1. Is het college bekend met de klachten? Hoeveel meldingen zijn sinds maart 2025 binnengekomen?",
        "2. Voldoet de nieuwe verlichting aan de richtlijn {{Lichthinder 2022}} van de {{NSVV}}, en zijn in de "
        "omgevingsvergunning voor de masten tijden opgenomen?",
        "3. Hoe vaak is de sluitingstijd van de kantine gecontroleerd door de {{BOA}}'s en met welk resultaat?",
        "4. Is de {{burgemeester}} bereid bij herhaalde overtreding de {{Alcoholwetvergunning}} te schorsen "
        "({{artikel 32 Alcoholwet|LAW}})?",
        "5. Wil het college {{Buurtbemiddeling Bernheze}} inzetten?",
        ("s", "{{Ankie Timmermans-Bosch|PERSON_PUBLIC}}, {{raadslid GroenLinks-PvdA}}",
         "{{Pieter van Boxtel|PERSON_PUBLIC}}, {{fractievoorzitter Lokaal Bernheze}}"),
    ], producer=WORD),

    Doc("kv16_beantwoording_raadsvragen", "Beantwoording schriftelijke vragen over Sportpark De Lage Hoeve", [
        ("s", "Raadsinformatiebrief {{RIB-2025-061|REF}}", "Portefeuillehouder sport: {{wethouder Derks|PERSON_PUBLIC}}",
         "Portefeuillehouder openbare orde en Alcoholwet: {{burgemeester Van der Meijden|PERSON_PUBLIC}}",
         "Contactpersoon: [[T. van Aalst]], telefoon [[(0412) 45 87 30|PHONE]]"),
        "Geachte raad, hieronder beantwoorden wij de vragen van {{raadslid Timmermans-Bosch|PERSON_PUBLIC}} en "
        "{{raadslid Van Boxtel|PERSON_PUBLIC}} van 26 mei 2025.",
        "Vraag 1. Ja. Sinds 1 maart 2025 zijn 31 meldingen binnengekomen, van negen verschillende adressen. Wij noemen "
        "geen namen of adressen van melders.",
        "Vraag 2. De masten zijn vergund met omgevingsvergunning {{OV-2024-0412|REF}}. Daarin is geen eindtijd "
        "opgenomen. Het {{Activiteitenbesluit milieubeheer|LAW}} bepaalt dat verlichting van buitensportterreinen "
        "tussen 23.00 en 07.00 uur uit moet zijn, tenzij er een wedstrijd wordt gespeeld ({{artikel 3.148|LAW}}). "
        "De verlichting voldoet volgens de leverancier {{Sportlicht Nederland}} aan de {{NSVV}}-richtlijn.",
        ("pb",),
        "Vraag 3. De {{BOA}}'s controleerden in 2025 vijf keer. Tweemaal werd een overtreding vastgesteld (6 juni: "
        "open na sluitingstijd, geen leidinggevende; 20 september: verkoop aan een minderjarige).",
        "Vraag 4. De {{burgemeester}} heeft op 30 juni 2025 een schriftelijke waarschuwing gegeven. Bij een derde "
        "overtreding binnen twaalf maanden volgt volgens het sanctiebeleid een schorsing van de vergunning van "
        "één tot vier weken.",
        "Vraag 5. Ja, {{Buurtbemiddeling Bernheze}} heeft op 1 juli 2025 een gesprek begeleid. Er zijn afspraken gemaakt "
        "over eindtijden van licht en muziek. In november volgt een evaluatie.",
        "Het college van burgemeester en wethouders van {{Bernheze}},",
        ("s", "de secretaris, {{drs. M.A. Lenssen|PERSON_PUBLIC}}", "de burgemeester, {{mr. drs. C.A.M. van der Meijden|PERSON_PUBLIC}}"),
    ], kind="docx", producer=("Microsoft® Word 2019", "Microsoft® Word 2019")),

    Doc("kv17_notulen_bestuur", "Notulen bestuursvergadering VV Heeschse Boys, 16 juni 2025", [
        ("t", [["Aanwezig", "Functie", "Paraaf"],
               ["[[Marcel van den Heuvel]]", "voorzitter", "[[MvdH|INITIALS]]"],
               ["[[Ingrid Smits-Verhagen]]", "penningmeester", "[[ISV|INITIALS]]"],
               ["[[Ruud ter Horst]]", "secretaris (notulen)", "[[RtH|INITIALS]]"],
               ["[[Mohamed Bouzid]]", "jeugdcoördinator", "[[MB|INITIALS]]"],
               ["[[Yvonne 't Hart]]", "barcommissie (agendapunt 3)", "[[YtH|INITIALS]]"]]),
        "Afwezig met kennisgeving: [[Gerrit-Jan Brouwers]] (terreinman).",
        ("h", "1. Opening en mededelingen"),
        "De voorzitter opent om 20.00 uur. Mededeling: de {{KNVB}} district Zuid I heeft de licentie voor veld 3 verlengd. "
        "De {{Rabo ClubSupport}}-opbrengst was € 2.840.",
        ("h", "2. Rapport boa's en waarschuwing burgemeester"),
        "De secretaris licht het rapport van 6 juni toe. Na 23.00 uur was de kantine open en stond [[GJ]] zonder "
        "aanhangsel achter de bar. [[ISV]] merkt op dat het bestuur verantwoordelijk is. Besluit: vanaf 1 juli sluit "
        "de laatste leidinggevende af; de sleutel gaat niet meer naar vrijwilligers.",
        ("h", "3. Barbezetting en IVA"),
        "[[YtH]] meldt dat 38 barvrijwilligers de {{IVA}}-instructie via {{NOC*NSF}} online hebben gedaan; 6 nog niet. "
        "Wie de training niet heeft, wordt niet ingeroosterd. De leverancier ([[Drankenservice F. Kuijpers|COMPANY_SOLE_TRADER]]) "
        "levert vanaf augustus ook 0.0-bier.",
        ("pb",),
        ("h", "4. Lichtmasten en buren"),
        "[[RtH]] heeft contact met {{Buurtbemiddeling Bernheze}}. Gesprek op 1 juli in {{De Pas}}. [[MvdH]] gaat niet, "
        "omdat de verhouding met de heer [[Öztürk]] verstoord is. Afgesproken: licht uiterlijk 22.00 uur uit.",
        ("h", "Actielijst"),
        ("t", [["Nr", "Actie", "Wie", "Datum"],
               ["25-14", "Tijdklok veld 3 vergrendelen", "[[GJB|INITIALS]]", "20-06"],
               ["25-15", "Sluitprotocol kantine op papier", "[[YtH]]", "01-07"],
               ["25-16", "Brief aan buren opstellen", "[[RtH]]", "23-06"],
               ["25-17", "Offerte afschermkappen {{Sportlicht Nederland}}", "[[ISV]]", "15-09"]]),
        "Volgende vergadering: 14 juli 2025 in de bestuurskamer (de {{Toon Verhoeven-kamer}}).",
    ], kind="docx", producer=("LibreOffice 7.6", "Writer")),

    Doc("kv18_beslisnota_waarschuwing", "Beslisnota: waarschuwing Alcoholwet VV Heeschse Boys", [
        ("s", "Aan: {{burgemeester Van der Meijden|PERSON_PUBLIC}}", "Van: team {{Vergunningen, Toezicht en Handhaving}}",
         "Datum: 20 juni 2025", "Kenmerk: {{Z/25/033871|REF}}",
         "Behandeld door: [[Thijs van Aalst]], {{jurist VTH}}, [[t.vanaalst@bernheze.org|EMAIL]], [[0412 45 87 30|PHONE]]",
         "Kopie aan: {{wethouder Derks|PERSON_PUBLIC}} (sport)"),
        ("h", "Aanleiding"),
        "Bij een controle op 6 juni 2025 stelden de {{BOA}}'s vast dat de kantine {{De Rode Pet}} van {{VV Heeschse Boys}} na "
        "sluitingstijd open was en dat geen leidinggevende aanwezig was ({{artikel 24 Alcoholwet|LAW}}). Er werd "
        "bovendien bier gedronken door een minderjarige.",
        ("h", "Geadviseerd besluit"),
        "Aan de burgemeester wordt gevraagd: in te stemmen met een schriftelijke waarschuwing op grond van het "
        "{{Sanctiebeleid Alcoholwet Bernheze 2024|LAW}} en bijgaande brief te tekenen.",
        ("h", "Kern"),
        "Het gaat om een eerste geconstateerde overtreding van de vergunning. Een bestuurlijke boete of schorsing is "
        "nog niet evenredig. Wel past een heldere waarschuwing, omdat er politieke aandacht is (raadsvragen van "
        "26 mei 2025) en omdat de buurt ook licht- en geluidsoverlast ervaart.",
        ("pb",),
        ("h", "Krachtenveld"),
        "Het bestuur werkt mee en heeft maatregelen genomen. De buurt (woordvoerder: mevrouw [[A. Verbeek]]) wil "
        "schorsing. De {{ODBN}} meet in juli het geluid.",
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[T. van Aalst]]", "{{jurist VTH}}", "[[TvA|INITIALS]]", "20-06-2025"],
               ["[[F. Rovers]]", "{{medewerker vergunningen}}", "[[FR|INITIALS]]", "20-06-2025"],
               ["[[H.M. Dijkhuizen]]", "{{teamleider VTH}}", "[[HMD|INITIALS]]", "23-06-2025"]]),
    ] + MOTIV, font="DejaVuSans", producer=ASPOSE,
        outline=[("Beslisnota - opgesteld door W. Schellekens", 0), ("Review L. Akkermans 23-06", 1)],
        hidden=[("outline", "PERSON", "W. Schellekens", ["W. Schellekens", "Schellekens"]),
                ("outline", "PERSON", "L. Akkermans", ["L. Akkermans", "Akkermans"])]),

    Doc("kv19_besluit_alcoholwetvergunning", "Besluit op aanvraag Alcoholwetvergunning", [
        ("s", "De {{burgemeester van Bernheze}}", "Zaaknummer {{Z/25/010944|REF}} | vergunningnummer {{AW-2025-019|REF}}"),
        "Gelet op de aanvraag van 14 februari 2025 van {{VV Heeschse Boys}}, gevestigd {{Schutsboomlaan 2}} te "
        "{{Heesch}}, om een vergunning als bedoeld in {{artikel 3 Alcoholwet|LAW}} voor de paracommerciële inrichting "
        "kantine {{De Rode Pet}};",
        "Overwegende dat de inrichting voldoet aan de eisen van het {{Besluit eisen inrichtingen Alcoholwet|LAW}}, dat de "
        "leidinggevenden voldoen aan de eisen van {{artikel 8 Alcoholwet|LAW}} en dat het {{Bibob}}-onderzoek geen "
        "aanleiding geeft tot weigering;",
        ("h", "Besluit"),
        "I. de vergunning te verlenen voor het verstrekken van alcoholhoudende drank voor gebruik ter plaatse in de "
        "kantine {{De Rode Pet}} (inclusief terras, 60 m2);",
        "II. als leidinggevenden op het aanhangsel te vermelden:",
        ("t", [["Naam", "Geboortedatum", "Functie"],
               ["[[M.J. van den Heuvel]]", "[[12-05-1968|DATE_OF_BIRTH]]", "voorzitter"],
               ["[[I.A.M. Smits-Verhagen]]", "[[07-01-1975|DATE_OF_BIRTH]]", "penningmeester"],
               ["[[Y.C. 't Hart]]", "[[23-11-1983|DATE_OF_BIRTH]]", "barcoördinator"]], [6, 4, 5]),
        "III. aan de vergunning de volgende voorschriften te verbinden: de schenktijden van {{artikel 2:34b|LAW}} "
        "{{Drank- en Horecaverordening Bernheze 2021|LAW}}; tijdens jeugdactiviteiten geen sterke drank; een "
        "leidinggevende of barvrijwilliger met {{IVA}}-instructie is aanwezig zolang er wordt geschonken.",
        ("pb",),
        ("h", "Bezwaar"),
        "Binnen zes weken na verzending kunt u bezwaar maken bij de {{burgemeester van Bernheze}}, Postbus 19, 5384 ZG "
        "Heesch, of digitaal via {{www.bernheze.org|URL}}. U kunt de {{voorzieningenrechter}} van de {{rechtbank "
        "Oost-Brabant}} om een voorlopige voorziening vragen.",
        ("s", "Heesch, 14 april 2025", "De {{burgemeester van Bernheze}},", "namens deze,",
         "[[H.M. Dijkhuizen]]", "{{teamleider Vergunningen, Toezicht en Handhaving}}"),
        "Verzonden aan: {{VV Heeschse Boys}}, t.a.v. de heer [[R. ter Horst]], [[Hoefijzer 22|ADDRESS]], "
        "[[5388 RT|POSTCODE]] {{Nistelrode}}.",
    ], producer=ITEXT),

    Doc("kv20_waarschuwing_burgemeester", "Waarschuwing overtreding Alcoholwet", [
        ("s", "Aan het bestuur van {{VV Heeschse Boys}}", "t.a.v. de voorzitter, de heer [[M.J. van den Heuvel]]",
         "[[Zonnedauw 5|ADDRESS]], [[5384 HN|POSTCODE]] Heesch"),
        ("s", "Datum: 30 juni 2025", "Kenmerk: {{Z/25/033871|REF}}", "Onderwerp: waarschuwing"),
        "Geacht bestuur,",
        "Op 6 juni 2025 hebben toezichthouders van de gemeente vastgesteld dat de kantine {{De Rode Pet}} om 23.18 uur "
        "geopend was terwijl geen leidinggevende aanwezig was, en dat een minderjarige alcohol nuttigde. Dat is in strijd "
        "met {{artikel 24 Alcoholwet|LAW}} en met {{artikel 2:34b|LAW}} van de {{Drank- en Horecaverordening Bernheze 2021|LAW}}.",
        "Ik geef u hierbij een schriftelijke waarschuwing. Bij een volgende overtreding binnen twaalf maanden kan ik de "
        "vergunning schorsen ({{artikel 32 Alcoholwet|LAW}}). Ik verwacht dat het bestuur de afspraken uit het "
        "{{bestuursreglement}} naleeft.",
        "Ik begrijp dat u ook met de buurt in gesprek bent via {{Buurtbemiddeling Bernheze}}. Dat waardeer ik.",
        "Hoogachtend,",
        ("s", "De {{burgemeester van Bernheze}},", "", "{{mr. drs. C.A.M. van der Meijden|PERSON_PUBLIC}}"),
        "Inlichtingen: [[T. van Aalst]], [[t.vanaalst@bernheze.org|EMAIL]], of via {{14 0412|PHONE_GENERAL}}.",
    ], kind="docx", producer=("Microsoft® Word 2016", "Microsoft® Word 2016")),

    Doc("kv21_factuur_drankenleverancier", "FACTUUR", [
        ("s", "[[Drankenservice F. Kuijpers|COMPANY_SOLE_TRADER]]", "eigenaar: [[Frans Kuijpers]]",
         "[[Industrieweg 8a|ADDRESS]], [[5384 VK|POSTCODE]] {{Heesch}}",
         "T [[+31 (0)6 22 90 41 58|PHONE]] | [[frans@kuijpersdranken.nl|EMAIL]]",
         "KvK [[64381927|KVK]] | btw [[NL001948377B52|VAT]] | IBAN [[NL62 RABO 0312 6688 45|IBAN]]"),
        ("s", "Factuur aan: {{VV Heeschse Boys}}, t.a.v. penningmeester [[I. Smits-Verhagen]]",
         "Factuurnummer {{2025-0388|REF}} | datum 31-07-2025 | klantnummer {{HB-0012|REF}}"),
        ("t", [["Omschrijving", "Aantal", "Prijs", "Totaal"],
               ["{{Hertog Jan|PRODUCT}} fust 20 liter", "12", "€ 96,50", "€ 1.158,00"],
               ["{{Heineken 0.0|PRODUCT}} krat 24x30cl", "8", "€ 17,90", "€ 143,20"],
               ["{{Coca-Cola|PRODUCT}} zero 1,5 l (6)", "10", "€ 11,20", "€ 112,00"],
               ["Huur koelinstallatie terras (juli)", "1", "€ 65,00", "€ 65,00"],
               ["Subtotaal", "", "", "€ 1.478,20"], ["btw 21%", "", "", "€ 310,42"],
               ["Totaal", "", "", "€ 1.788,62"]], [7, 2, 3, 3]),
        "Betaling binnen 14 dagen op [[NL62 RABO 0312 6688 45|IBAN]] t.n.v. [[F.H.M. Kuijpers]] onder vermelding van "
        "het factuurnummer.",
        "Vragen over leveringen? Bel of app [[Frans]]: [[0031 6 22 90 41 58|PHONE]].",
        "Ontvangen als bijlage bij de zienswijze van het bestuur d.d. 10 oktober 2026 (kosten 0.0-assortiment, "
        "zie ook {{IVA}}-afspraken).",
    ], font="DejaVuSerif", producer=("Exact Online PDF Engine", "Exact Online")),

    Doc("kv22_rooster_barvrijwilligers", "Barrooster kantine De Rode Pet - september 2025", [
        ("t", [["Datum", "Dienst", "Leidinggevende", "Barvrijwilliger", "Mobiel"],
               ["za 6-9", "12.00-18.00", "[[Y. 't Hart]]", "[[Kees Manders]]", "[[06-14 29 83 70|PHONE]]"],
               ["za 6-9", "18.00-23.00", "[[I. Smits-Verhagen]]", "[[Fleur Raaijmakers]]", "[[06 47 11 25 93|PHONE]]"],
               ["wo 10-9", "19.00-23.00", "[[M.J. van den Heuvel]]", "[[Stijn van de Ven]]", "[[06-30 88 42 16|PHONE]]"],
               ["za 13-9", "12.00-18.00", "[[Y. 't Hart]]", "[[Ayşe Yılmaz]]", "[[+31 6 51 72 08 34|PHONE]]"],
               ["za 20-9", "10.00-19.00", "[[Y. 't Hart]]", "[[Kees Manders]]", "[[06-14 29 83 70|PHONE]]"],
               ["wo 24-9", "19.00-23.00", "[[M.J. van den Heuvel]]", "[[Bram Hendriks]]", "[[06 21 63 49 07|PHONE]]"],
               ["za 27-9", "12.00-18.00", "[[I. Smits-Verhagen]]", "[[Noëlle van Dinther]]", "[[06-44 90 17 62|PHONE]]"]],
         [2, 2.5, 3.6, 3.8, 3.6]),
        "Alle barvrijwilligers hebben de {{IVA}}-instructie van {{NOC*NSF}} gevolgd, behalve [[Bram Hendriks]] (gepland 15-9).",
        "Ruilen? Altijd via de barcoördinator [[Yvonne]] ([[06-53 80 21 74|PHONE]]) of {{bar@heesscheboys.nl|EMAIL_FUNCTIONAL}}.",
        "Let op: {{Bernheze Cup}} op 20 september: de hele dag 2 personen achter de bar. Geen alcohol aan jeugdteams; "
        "bij twijfel altijd vragen naar legitimatie ({{NIX18}}).",
    ], font="DejaVuSans", producer=("Microsoft® Excel® voor Microsoft 365", "Microsoft® Excel® voor Microsoft 365")),

    Doc("kv23_memo_jurist", "Memo: ruimte voor een eindtijd van de verlichting", [
        ("s", "Aan: [[H.M. Dijkhuizen]], {{teamleider VTH}}", "Van: [[T. van Aalst]]", "Datum: 14 augustus 2025",
         "Zaak: {{Z/25/033871|REF}}"),
        "Vraag: kan de burgemeester of het college een eindtijd voor de lichtmasten opleggen?",
        "1. De {{Alcoholwet}} biedt daarvoor geen basis: die gaat over het schenken, niet over licht. De burgemeester kan "
        "alleen de schenktijden handhaven.",
        "2. Het {{Activiteitenbesluit milieubeheer|LAW}} ({{artikel 3.148|LAW}}) verbiedt verlichting tussen 23.00 en 07.00 "
        "uur, behalve bij wedstrijden. Voor een eerdere eindtijd (22.00 uur) is een maatwerkvoorschrift nodig "
        "({{artikel 2.20|LAW}}); bevoegd is het college, uitvoering door de {{ODBN}}.",
        "3. Sinds 1 januari 2024 geldt de {{Omgevingswet}}; het {{Besluit activiteiten leefomgeving|LAW}} ({{Bal}}) en "
        "het omgevingsplan (bruidsschat) bevatten de oude regels. Maatwerk kan via {{artikel 2.13 Bal|LAW}}.",
        "4. Advies: eerst de afspraken uit de buurtbemiddeling evalueren (november). Als dat niet werkt, een "
        "maatwerkvoorschrift voorbereiden. De club zal een zienswijze indienen; de advocaat van de heer [[Öztürk]] "
        "([[mr. S. Brouwer-Aydın]]) heeft al aangekondigd te zullen verzoeken om handhaving.",
        "Zie de opmerkingen in de kantlijn.",
    ] + MOTIV[:0], font="DejaVuSerif", producer=PDFPEN,
        notes=[(0, "Wendy Schellekens", "Eens met punt 4. Bel even met Omgevingsdienst (Ruben Goossens, 06-29 44 81 05)."),
               (0, "Dijkhuizen, H.M.", "Akkoord, graag concept maatwerkvoorschrift klaar voor december. HMD")],
        hidden=[("annotations", "PERSON", "Wendy Schellekens", ["Wendy Schellekens", "Schellekens"]),
                ("annotations", "PERSON", "Ruben Goossens", ["Ruben Goossens", "Goossens"]),
                ("annotations", "PHONE", "06-29 44 81 05", ["06-29 44 81 05"]),
                ("annotations", "INITIALS", "HMD", ["HMD"])]),
]
