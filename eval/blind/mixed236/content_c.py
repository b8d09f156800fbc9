"""Set KV documents kv24-kv33."""
from lib import Doc
from content_a import ASPOSE, ITEXT, NITRO, OUTLOOK, PDFPEN, SCAN, WORD
from content_b import MOTIV

DOCS = [
    Doc("kv24_persbericht", "Persbericht: afspraken over licht en geluid op Sportpark De Lage Hoeve", [
        "Heesch, 8 juli 2025 - {{VV Heeschse Boys}}, omwonenden en de {{gemeente Bernheze}} hebben afspraken gemaakt "
        "over de verlichting en de kantine op {{Sportpark De Lage Hoeve}}. Onder begeleiding van {{Buurtbemiddeling "
        "Bernheze}} is afgesproken dat de lichtmasten van veld 3 uiterlijk om 22.00 uur uitgaan.",
        "\"Een club hoort midden in het dorp te staan, en de buren moeten kunnen slapen. Dit is een goede stap,\" zegt "
        "{{wethouder Derks|PERSON_PUBLIC}} (sport). {{Burgemeester Van der Meijden|PERSON_PUBLIC}} benadrukt dat de "
        "regels van de {{Alcoholwet}} voor alle sportkantines gelden.",
        "De club onderzoekt afschermkappen voor de masten. De jeugd blijft in de winter op het kunstgras trainen. "
        "Het {{Johan Cruyff Court}} naast het sportpark blijft tot 21.00 uur open.",
        "Noot voor de redactie: neem voor vragen contact op met de woordvoerder van de gemeente, {{Jeroen Cox|PERSON_PUBLIC}}, "
        "via {{pers@bernheze.org|EMAIL_FUNCTIONAL}} of {{14 0412|PHONE_GENERAL}}.",
    ], producer=WORD, hidden=[("xmp", "PERSON", "Sanne Wijnhoven", ["Sanne Wijnhoven", "Wijnhoven"])]),

    Doc("kv25_lichtrapport_adviesbureau", "Lichthinderonderzoek veld 3 Sportpark De Lage Hoeve", [
        ("s", "{{Lumen Adviseurs B.V.}}, {{Eindhoven}} | rapport {{LA-25-207|REF}}",
         "Opgesteld door: [[ing. Lars Peeters]] | gecontroleerd: [[Hanneke van 't Westeinde]]",
         "Opdrachtgever: {{VV Heeschse Boys}}, contact [[R. ter Horst]]"),
        "Doel: toetsen van de verticale verlichtingssterkte op de gevels van de {{woningen aan de Vlasstraat|STREET}} aan de "
        "{{NSVV}}-richtlijn {{Lichthinder 2022}} (omgevingszone E2).",
        ("t", [["Woning", "Ev (lux) 19-23 uur", "Grenswaarde", "Oordeel"],
               ["[[Vlasstraat 12|ADDRESS]]", "4,1", "5", "voldoet"], ["[[Vlasstraat 14|ADDRESS]]", "7,8", "5", "voldoet niet"],
               ["[[Vlasstraat 16|ADDRESS]]", "6,2", "5", "voldoet niet"], ["[[Hoefslag 9|ADDRESS]]", "2,3", "5", "voldoet"]]),
        "Advies: afschermkappen type {{Philips ArenaVision|PRODUCT}} {{OptiVision LED gen3|PRODUCT}} op masten 3A en 3B, "
        "en kanteling van 2 graden. Verwachte waarde na maatregelen: onder 3 lux.",
        "Bij de meting op 2 september 2025 waren de bewoners [[Öztürk]] en [[De Wit]] aanwezig; [[Lars]] heeft hun de "
        "meetopstelling uitgelegd.",
        ("s", "Contact: [[l.peeters@lumenadviseurs.nl|EMAIL]] | [[040 - 296 18 33|PHONE]] (doorkiesnummer) | "
              "{{040 - 296 18 00|PHONE_ORG}} (algemeen)"),
    ], producer=("Microsoft® Word 2019", "DIALux evo 12")),

    Doc("kv26_mailwisseling_secretaris_wethouder", "E-mailwisseling secretaris en bestuurssecretariaat", [
        ("s", "Van: [[Ruud ter Horst]] <[[ruud.terhorst@kpnmail.nl|EMAIL]]>", "Verzonden: maandag 15 september 2025 19:02",
         "Aan: {{bestuurssecretariaat@bernheze.org|EMAIL_FUNCTIONAL}}",
         "CC: [[Mohamed Bouzid]] <[[m.bouzid@heesscheboys.nl|EMAIL]]>",
         "Onderwerp: verzoek gesprek wethouder Derks over subsidie afschermkappen"),
        "Geachte heer Derks,",
        "Graag zou het bestuur u spreken over een bijdrage in de kosten van afschermkappen (offerte {{Sportlicht "
        "Nederland}}: € 14.600). De {{BOSA}}-regeling dekt 20%. Kunt u ons ontvangen? Ik ben bereikbaar op "
        "[[06 - 12 93 44 07|PHONE]].",
        "Met sportieve groet, [[Ruud ter Horst]], secretaris {{VV Heeschse Boys}}",
        ("s", "Van: [[Geerts, Lotte]] <[[l.geerts@bernheze.org|EMAIL]]>", "Verzonden: dinsdag 16 september 2025 09:47",
         "Aan: '[[Ruud ter Horst]]'", "CC: [[Rovers, Femke]]; [[Pieters-Dekker, Marjolein]] <[[m.pieters-dekker@bernheze.org|EMAIL]]>",
         "Onderwerp: RE: verzoek gesprek wethouder Derks"),
        "Beste heer [[Ter Horst]],",
        "{{Wethouder Derks|PERSON_PUBLIC}} ontvangt u graag op donderdag 2 oktober om 16.00 uur in het gemeentehuis "
        "({{De Misse 4}}). Beleidsadviseur sport [[Marjolein Pieters-Dekker]] sluit aan. Wilt u de offerte vooraf sturen?",
        ("pb",),
        "Met vriendelijke groet,",
        ("s", "[[Lotte Geerts]]", "{{bestuurssecretaresse}}", "{{Gemeente Bernheze}}", "T [[0412 45 81 07|PHONE]]"),
        ("s", "Van: [[Ruud ter Horst]]", "Verzonden: dinsdag 16 september 2025 21:15", "Aan: [[Geerts, Lotte]]",
         "Onderwerp: RE: RE: verzoek gesprek"),
        "Dank, wij komen met z'n tweeën: ondergetekende en onze jeugdcoördinator [[Mohamed Bouzid]]. Offerte volgt. "
        "Groet, [[Ruud]]",
        "[Bijlage: Offerte_SLN_2025-3312.pdf]",
    ], producer=OUTLOOK),

    Doc("kv27_notitieboek_boa_scan", "Notitieboek handhaving - pagina 41", [
        "Datum 06-06-2025 surveillance Schutsboomlaan",
        ("hand", "23.05 licht veld 3 aan, geen training"),
        ("hand", "23.18 kantine open, ca 25 pers., bar: [[Gerrit-Jan Brouwers]]"),
        ("hand", "minderjarige [[Thijmen Bosch]] [[19-10-2008|DATE_OF_BIRTH]] bier"),
        ("hand", "23.30 tel. [[I. Smits]] [[06-20375816|PHONE]]"),
        "Verbalisant: [[B. Kemper]], BOA [[061427|BADGE]]",
    ], kind="scan", producer=SCAN, scan_rot=0.9),

    Doc("kv28_brief_burgemeester_bewoners", "Brief aan bewoners Vlasstraat en Hoefslag", [
        ("s", "Aan de heer [[H. Öztürk]] en mevrouw [[A. Verbeek]], namens de bewoners", "[[Hoefslag 9|ADDRESS]]",
         "[[5384 KN|POSTCODE]] Heesch"),
        ("s", "Datum: 18 juli 2025", "Kenmerk: {{Z/25/036114|REF}}"),
        "Geachte heer [[Öztürk]], geachte mevrouw [[Verbeek]],",
        "U schreef mij en de gemeenteraad op 21 mei 2025 over de overlast van {{Sportpark De Lage Hoeve}}. Ik begrijp "
        "uw zorgen. Als burgemeester ben ik bevoegd voor de {{Alcoholwet}}; de verlichting valt onder het college.",
        "Na een controle op 6 juni heb ik de vereniging een schriftelijke waarschuwing gegeven. De {{ODBN}} heeft in juli "
        "het geluid gemeten. De uitkomst ontvangt u na de zomer. Ik ben blij dat u met de club in gesprek bent gegaan "
        "via {{Buurtbemiddeling Bernheze}}.",
        "Blijft u overlast ervaren? Meld het dan via {{14 0412|PHONE_GENERAL}} of {{www.bernheze.org/melding|URL}}. "
        "Buiten kantoortijd kunt u de politie bellen op {{0900-8844|PHONE_GENERAL}}.",
        "Met vriendelijke groet,",
        ("s", "{{burgemeester Van der Meijden|PERSON_PUBLIC}}"),
        "Een afschrift van deze brief gaat naar het bestuur van {{VV Heeschse Boys}}.",
    ], producer=NITRO),

    Doc("kv29_zienswijze_advocaat", "Zienswijze en verzoek om handhaving", [
        ("s", "{{Brouwer Aydın Advocaten}}", "[[mr. S. Brouwer-Aydın]] | [[s.brouwer@brouweraydin.nl|EMAIL]] | "
              "[[073 - 612 40 58|PHONE]]"),
        ("s", "Aan het college van burgemeester en wethouders van {{Bernheze}}", "Datum: 3 november 2025",
         "Uw kenmerk: {{Z/25/033871|REF}}", "Cliënt: de heer [[H. Öztürk]], [[Vlasstraat 14|ADDRESS]], Heesch"),
        "Namens cliënt verzoek ik u handhavend op te treden tegen de lichthinder van veld 3. Uit het rapport van "
        "{{Lumen Adviseurs B.V.}} ({{LA-25-207|REF}}) blijkt dat de gevel van cliënts woning 7,8 lux ontvangt, ruim "
        "boven de grenswaarde van de {{NSVV}}.",
        "Cliënt ondervindt slaapproblemen; zijn huisarts, [[dokter M. Hendriksen]], heeft hem verwezen naar "
        "[[de slaappoli van het Jeroen Bosch Ziekenhuis|HEALTH]].",
        "Ik verzoek u een maatwerkvoorschrift op te leggen op grond van {{artikel 2.13 Bal|LAW}} en de sluitingstijd van "
        "de kantine te handhaven. Een afschrift gaat naar de {{burgemeester}} ({{Alcoholwet}}).",
        ("s", "Hoogachtend,", "[[mr. S. Brouwer-Aydın]]", "advocaat"),
    ], font="DejaVuSerif", producer=("Adobe PDF Library 23.1.175", "Acrobat PDFMaker 23 voor Word")),

    Doc("kv30_verslag_handhavingsoverleg", "Verslag handhavingsoverleg sportparken, 9 oktober 2025", [
        ("t", [["Aanwezig", "Organisatie"],
               ["[[Thijs van Aalst]] (vz)", "{{gemeente Bernheze}}, {{VTH}}"], ["[[Bas Kemper]]", "{{Team Handhaving}}"],
               ["[[Dewi Sastrowidjojo]]", "{{Team Handhaving}}"], ["[[Ruben Goossens]]", "{{ODBN}}"],
               ["[[brigadier A. Koolen]]", "{{Politie Oost-Brabant}}, {{basisteam Maas en Leijgraaf}}"]]),
        "1. Heeschse Boys: na de waarschuwing van 30 juni een tweede overtreding op 20 september (verkoop aan een "
        "15-jarige). Volgens het sanctiebeleid volgt bij een derde overtreding schorsing. Voorstel [[TvA]]: "
        "voornemen tot bestuurlijke boete van € 1.360 ({{artikel 44a Alcoholwet|LAW}}) sturen. Akkoord.",
        "2. Geluid: de {{ODBN}} ([[Goossens]]) stelt een overschrijding van 4 dB in de nacht vast. Maatwerkvoorschrift "
        "wordt voorbereid.",
        "3. [[Kemper]] en [[Sastrowidjojo]] controleren in november tweemaal onaangekondigd, ook bij {{SV Nulandia}} "
        "en {{VV Prinses Irene}} (gelijke behandeling).",
        "4. Politie: geen aangiften; twee meldingen van jongeren op het {{Johan Cruyff Court}} na 22.00 uur.",
        ("t", [["Actie", "Wie", "Wanneer"], ["Voornemen boete verzenden", "[[TvA|INITIALS]]", "17-10"],
               ["Concept maatwerkvoorschrift", "[[R. Goossens]]", "december"],
               ["Controles november", "[[BK|INITIALS]] / [[DS|INITIALS]]", "november"]]),
    ] + MOTIV, producer=ASPOSE),

    Doc("kv31_voornemen_boete", "Voornemen bestuurlijke boete Alcoholwet", [
        ("s", "Aan het bestuur van {{VV Heeschse Boys}}", "{{Schutsboomlaan 2}}, {{Heesch}}",
         "Datum: 17 oktober 2025", "Kenmerk: {{Z/25/041270|REF}}"),
        "Geacht bestuur, op 20 september 2025 is in uw kantine alcohol verkocht aan een persoon jonger dan 18 jaar. "
        "Dat is een overtreding van {{artikel 20 lid 1 Alcoholwet|LAW}}. Het is de tweede overtreding binnen twaalf "
        "maanden. Ik ben van plan u een bestuurlijke boete op te leggen van € 1.360 ({{Besluit bestuurlijke boete "
        "Alcoholwet|LAW}}, categorie II).",
        "U kunt binnen twee weken uw zienswijze geven, schriftelijk of mondeling. Neem hiervoor contact op met "
        "[[mevrouw F. Rovers]] via {{vergunningen@bernheze.org|EMAIL_FUNCTIONAL}}.",
        "Hoogachtend, de {{burgemeester van Bernheze}},",
        ("s", "{{mr. drs. C.A.M. van der Meijden|PERSON_PUBLIC}}"),
        "Bijlage: rapport van bevindingen {{HH-2025-0781|REF}} (met geanonimiseerde gegevens van de minderjarige).",
    ], producer=ITEXT),

    Doc("kv32_woo_besluit", "Besluit op uw Woo-verzoek", [
        ("s", "De heer [[H. Öztürk]]", "[[Vlasstraat 14|ADDRESS]]", "[[5384 KL|POSTCODE]] Heesch"),
        ("s", "Datum: 12 november 2026", "Ons kenmerk: {{WOO-2026-0117|REF}}", "Zaaknummer: {{Z/26/048213|REF}}"),
        "Geachte heer [[Öztürk]],",
        "Op 3 september 2026 heeft u verzocht om openbaarmaking van documenten over de {{Alcoholwetvergunning}} van "
        "{{VV Heeschse Boys}} en de verlichting van {{Sportpark De Lage Hoeve}}. Bij brief van 29 september 2026 hebben "
        "wij de beslistermijn met twee weken verdaagd en derden om een zienswijze gevraagd.",
        ("h", "Besluit"),
        "Wij maken de documenten op de inventarislijst deels openbaar. 33 documenten zijn gevonden; 2 documenten zijn "
        "volledig openbaar, 31 deels openbaar.",
        ("h", "Zienswijzen"),
        "Het bestuur van de vereniging heeft bezwaar gemaakt tegen openbaarmaking van de WhatsApp-chat. Wij volgen dat "
        "gedeeltelijk: namen, bijnamen en telefoonnummers van bestuurders en vrijwilligers maken wij niet openbaar. "
        "De leverancier heeft geen zienswijze gegeven.",
        ("pb",),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("h", "Motivering"),
        "Persoonsgegevens ({{artikel 5.1, tweede lid, onder e|LAW}}, {{Woo}}): namen, e-mailadressen, telefoonnummers, "
        "adressen en handtekeningen van medewerkers, van bestuursleden en vrijwilligers van de vereniging, van "
        "buurtbewoners, bemiddelaars en van de leverancier (een eenmanszaak). Namen van de burgemeester, wethouders, "
        "raadsleden en de woordvoerder maken wij wel openbaar. BOA-nummers en het burgerservicenummer "
        "({{artikel 5.1, eerste lid, onder e|LAW}}) en gezondheidsgegevens ({{artikel 5.1, eerste lid, onder d|LAW}}) "
        "zijn weggelakt. De codes {{5.1.2e|GROUND}}, {{5.1.1e|GROUND}} en {{5.1.1d|GROUND}} staan in de lakvlakken.",
        "De documenten worden gepubliceerd op {{open.overheid.nl|URL}}.",
        ("h", "Bezwaar"),
        "Binnen zes weken na verzending kunt u bezwaar maken bij het college van burgemeester en wethouders van "
        "{{Bernheze}}.",
        ("s", "Hoogachtend,", "het college van burgemeester en wethouders van {{Bernheze}},", "namens dezen,",
         "[[mr. drs. R.F. Lamers-Tuinstra]]", "{{teamleider Informatiebeheer}}"),
        "Behandeld door [[Noor El Idrissi]], [[n.elidrissi@bernheze.org|EMAIL]].",
    ], kind="docx", producer=("Microsoft® Word voor Microsoft 365", "Microsoft® Word voor Microsoft 365")),

    Doc("kv33_inventarislijst", "Inventarislijst Woo-besluit WOO-2026-0117", [
        ("t", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
               ["1", "Woo-verzoek", "03-09-2026", "deels openbaar", "5.1.2e", ""],
               ["2", "Aanvraag Alcoholwetvergunning", "14-02-2025", "deels openbaar", "5.1.2e", ""],
               ["3", "Mailwisseling leidinggevenden", "04-03-2025", "deels openbaar", "5.1.2e", "thread, 3 berichten"],
               ["4", "Formulier leidinggevende", "02-03-2025", "deels openbaar", "5.1.1e, 5.1.2e", "BSN"],
               ["5", "Klachtbrief buurtbewoner", "17-04-2025", "deels openbaar", "5.1.1d, 5.1.2e", "scan"],
               ["6", "Rapport BOA {{HH-2025-0633|REF}}", "07-06-2025", "deels openbaar", "5.1.2e", "minderjarige"],
               ["7", "Rapport BOA {{HH-2025-0781|REF}}", "22-09-2025", "deels openbaar", "5.1.2e", ""],
               ["8", "Geluidmeting {{ODBN-2025-3381|REF}}", "15-07-2025", "deels openbaar", "5.1.2e", ""],
               ["9", "WhatsApp-chat bestuur", "21-05-2025", "deels openbaar", "5.1.2e", "zienswijze club"],
               ["10", "Verslag buurtbemiddeling {{BB-2025-077|REF}}", "04-07-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""],
               ["11", "Raadsvragen", "26-05-2025", "openbaar", "", "al openbaar"],
               ["12", "Beantwoording {{RIB-2025-061|REF}}", "24-06-2025", "deels openbaar", "5.1.2e", ""],
               ["13", "Besluit {{AW-2025-019|REF}}", "14-04-2025", "deels openbaar", "5.1.2e", ""],
               ["14", "Factuur {{2025-0388|REF}}", "31-07-2025", "deels openbaar", "5.1.2e", "eenmanszaak"],
               ["15", "Persbericht", "08-07-2025", "openbaar", "", ""],
               ["16", "Zienswijze advocaat", "03-11-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""]],
         [0.8, 5.2, 2, 2.5, 2.3, 3]),
        "Documenten 17 tot en met 33 staan op de tweede lijst bij dit besluit. Behandelaar: [[N. El Idrissi]].",
        "Opgesteld met {{Zylab}}; bron: zaak {{Z/26/048213|REF}}.",
    ], producer=("Microsoft® Excel® 2019", "Microsoft® Excel® 2019"), author="Noor El Idrissi",
        hidden=[]),
]
