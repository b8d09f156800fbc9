"""Documents ap01-ap15 of set AP (all persons, numbers and cases invented)."""
from framework import Doc, bsn, iban

B = bsn
FOOT_UWV = "{{O:UWV}} | Postbus 58285 | 1040 HG {{G:Amsterdam}} | {{W:088 - 898 92 94}} | {{M:klantcontact@uwv.nl}}"

DOCS = []

# ---------------------------------------------------------------- ap01 UWV WW-beslissing (LibreOffice/Word)
DOCS.append(Doc("ap01.pdf", "soffice", seed=1, title="Beslissing WW-uitkering",
    author="[[P:Dag Winter]]", footer=FOOT_UWV, blocks=[
    ("h", "{{O:UWV}} Werkbedrijf – Beslissing over uw {{K:WW-uitkering}}"),
    ("kv", [("Aan", "De heer [[P:D.J. van den Heuvel]]\n[[A:Kastanjelaan 17]]\n[[A:3817 BM]] {{G:Amersfoort}}"),
            ("Datum", "{{Y:12 maart 2025}}"), ("Ons kenmerk", "WW-2025-118734"),
            ("Burgerservicenummer", f"[[B:{B(1)}]]"), ("Klantnummer", "[[C:UW-40718822]]"),
            ("Geboortedatum", "[[D:04-09-1968]]")]),
    ("p", "Geachte heer [[P:Van den Heuvel]],"),
    ("p", "U heeft op {{Y:3 februari 2025}} een {{K:WW-uitkering}} aangevraagd. In deze brief leest u onze beslissing. "
          "U krijgt een uitkering op grond van de {{L:Werkloosheidswet}} vanaf {{Y:1 februari 2025}}. De uitkering duurt "
          "tot en met {{Y:31 januari 2026}}. Uw dagloon is {{Z:€ 168,42}}. De eerste twee maanden ontvangt u 75% hiervan."),
    ("p", f"Wij betalen de uitkering maandelijks uit op rekeningnummer [[I:{iban(1)}]] ten name van "
          "[[P:D.J. van den Heuvel]]. Is dit rekeningnummer niet juist? Geef dit dan door via {{O:Mijn UWV}}."),
    ("h2", "Waarom deze beslissing?"),
    ("p", "Wij hebben uw aanvraag getoetst aan {{L:artikel 15 van de Werkloosheidswet}} en aan de wekeneis van "
          "{{L:artikel 17}}. U heeft in de laatste 36 weken minstens 26 weken gewerkt bij {{O:Bakkerij Groningen}} in "
          "{{G:Amersfoort}}. Uw werkgever, de heer [[P:Storm Groningen]], heeft de beëindiging bevestigd. Volgens de heer [[P:Groningen]] eindigde uw "
          "contract omdat de bakkerij in {{G:Groningen}} en {{G:Amersfoort}} is gesloten."),
    ("h2", "Bent u het niet eens met deze beslissing?"),
    ("p", "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken ({{L:artikel 6:7 Awb}}). Stuur uw bezwaar "
          "naar {{O:UWV}}, Postbus 58285, 1040 HG {{G:Amsterdam}}, of gebruik het formulier op uwv.nl. Heeft u vragen? Bel "
          "{{W:088 - 898 92 94}} (gratis; u betaalt alleen uw gebruikelijke belkosten)."),
    ("p", "Met vriendelijke groet,\n\nnamens de {{R:minister van Sociale Zaken en Werkgelegenheid}},\n\n"
          "[[P:Hoop Jansen-Kartowikromo]]\n{{R:teamleider}} {{O:WW Regio Midden}}"),
    ("small", "Behandeld door [[P:A.B.C. van den Berg-Öztürk]], telefoon [[T:06-41 27 93 05]]"),
]))

# ---------------------------------------------------------------- ap02 SVB AOW-beslissing (reportlab)
DOCS.append(Doc("ap02.pdf", "reportlab", seed=2, title="Besluit AOW-pensioen",
    footer="{{O:Sociale Verzekeringsbank}} – kantoor {{G:Roermond}} – {{W:030 264 90 90}}",
    annots=[("Controle IBAN gedaan, klopt met SEPA-mandaat – [[P:Wiesław Nowakowski]]", "[[P:Wiesław Nowakowski]]")],
    blocks=[
    ("h", "{{O:Sociale Verzekeringsbank}}"),
    ("p", "Mevrouw [[P:R. Tjon-A-Fong]]\n[[A:Rozenhof 204]]\n[[A:6041 KC]] {{G:Roermond}}"),
    ("kv", [("Datum", "{{Y:24 april 2025}}"), ("Klantnummer SVB", "[[C:SVB 7730 1194]]"),
            ("BSN", f"[[B:{B(2)}]]"), ("Geboortedatum", "[[D:17 mei 1958]]"), ("Onderwerp", "Toekenning {{K:AOW-pensioen}}")]),
    ("p", "Geachte mevrouw [[P:Tjon-A-Fong]],"),
    ("p", "U bereikt op [[D:17 augustus 2025]] de {{K:AOW-leeftijd}}. Vanaf die datum krijgt u {{K:AOW-pensioen}} volgens de "
          "{{L:Algemene Ouderdomswet}}. U woonde en werkte tussen 1978 en 1986 in {{G:Paramaribo}}; over die jaren bouwde u "
          "geen AOW op ({{L:artikel 6 AOW}}). Uw pensioen wordt daarom met 16% gekort. U krijgt {{Z:€ 1.238,06}} bruto per maand."),
    ("p", "Uw echtgenoot, de heer [[P:Roy Tjon-A-Fong]] (geboren [[D:02-11-1955]]), ontvangt al AOW. Omdat u samenwoont, "
          "krijgt u het bedrag voor gehuwden."),
    ("p", f"Wij maken het pensioen over op [[I:{iban(2, 'RABO')}]]."),
    ("p", "Meer informatie vindt u op {{O:svb.nl}}. Bellen kan met {{W:030 264 90 90}}. Voor bezwaar: binnen zes weken, "
          "volgens de {{L:Algemene wet bestuursrecht}}."),
    ("p", "Met vriendelijke groet,\nnamens de {{R:minister van Sociale Zaken en Werkgelegenheid}},\n\n"
          "[[P:Roos Bakker]]\n{{R:teamleider}} AOW, vestiging {{G:Roermond}}"),
]))

# ---------------------------------------------------------------- ap03 DUO terugbetaling (chromium)
DOCS.append(Doc("ap03.pdf", "chromium", seed=3, title="DUO – Besluit draagkracht",
    author="[[P:Sevda Korkmaz]]", blocks=[
    ("h", "{{O:Dienst Uitvoering Onderwijs}}"),
    ("p", "Aan: [[P:Yusuf El Amrani]]\n[[A:Hoendiep 88-B]]\n[[A:9718 TG]] {{G:Groningen}}"),
    ("kv", [("Datum", "{{Y:6 mei 2025}}"), ("Relatienummer DUO", "[[C:5520-3318-44]]"), ("BSN", f"[[B:{B(3)}]]"),
            ("Onderwerp", "Uw maandbedrag {{K:studieschuld}} op basis van draagkracht")]),
    ("p", "Beste [[P:Yusuf]],"),
    ("p", "Je hebt ons gevraagd om je maandbedrag te berekenen op basis van je inkomen ({{K:draagkrachtmeting}}). Wij hebben "
          "je inkomen over 2023 opgevraagd bij de {{O:Belastingdienst}}: {{Z:€ 24.310}}. Dit is lager dan de draagkrachtvrije "
          "voet. Je nieuwe maandbedrag is daarom {{Z:€ 0,00}} van {{Y:1 juni 2025}} tot en met {{Y:31 december 2025}}."),
    ("p", "Je partner [[P:Noor Visser]] heeft ook inkomen. Dat telt niet mee, omdat je onder de {{L:Wet studiefinanciering 2000}} "
          "(stelsel studievoorschot) valt."),
    ("p", f"Automatische incasso van rekening [[I:{iban(3, 'ABNA')}]] stoppen wij tijdelijk."),
    ("p", "Vragen? Bel {{W:050 599 77 55}} of kijk op {{O:duo.nl}}. Bezwaar maak je binnen zes weken via {{O:Mijn DUO}}."),
    ("p", "Met vriendelijke groet,\nnamens de {{R:minister van Onderwijs, Cultuur en Wetenschap}},\n\n"
          "[[P:drs. M.H. (Marieke) ter Horst]]\n{{R:teamleider}} {{O:Terugbetalen}}"),
    ("small", "Kenmerk TB/2025/0557132 – deze brief is automatisch aangemaakt en gecontroleerd door [[S:MHTH]]"),
]))

# ---------------------------------------------------------------- ap04 CAK eigen bijdrage (soffice)
DOCS.append(Doc("ap04.pdf", "soffice", seed=4, title="CAK beschikking eigen bijdrage",
    footer="{{O:CAK}} – Postbus 84030 – 2508 AA {{G:Den Haag}} – {{W:0800-0087}}", blocks=[
    ("h", "{{O:CAK}} – Beschikking eigen bijdrage {{L:Wet langdurige zorg}}"),
    ("p", "Mevrouw [[P:Z. Çelik-Aydın]]\nt.a.v. haar bewindvoerder [[P:mr. Kees Hoogendoorn]]\n[[A:Zuiderparklaan 301]]\n"
          "[[A:2574 HK]] {{G:'s-Gravenhage}}"),
    ("kv", [("Datum", "{{Y:20 januari 2025}}"), ("CAK-nummer", "[[C:4400 8817 20]]"), ("BSN cliënt", f"[[B:{B(4)}]]"),
            ("Geboortedatum", "[[D:01-07-1944]]")]),
    ("p", "Geachte mevrouw [[P:Çelik-Aydın]],"),
    ("p", "U verblijft sinds {{Y:1 november 2024}} in zorginstelling {{O:Rustoord De Duinroos}} in {{G:Den Haag}}. U betaalt "
          "daarvoor een eigen bijdrage ({{L:artikel 3.2.5 Wlz}}). Voor 2025 is uw bijdrage {{Z:€ 1.104,20}} per maand (hoge "
          "eigen bijdrage). Wij hebben hierbij het vermogen meegeteld van u en uw overleden echtgenoot [[P:Mehmet Çelik]]."),
    ("p", f"De bijdrage wordt geïncasseerd van [[I:{iban(4, 'SNSB')}]] ten name van [[P:Z. Çelik-Aydın]] q.q."),
    ("p", "Vragen over deze beschikking? Bel gratis {{W:0800-0087}} (werkdagen 8.30–17.00 uur) of mail naar "
          "{{M:klantenservice@hetcak.nl}}."),
    ("p", "Hoogachtend,\nnamens de {{R:minister van Volksgezondheid, Welzijn en Sport}},\n\n"
          "[[P:Lotte Koopmans-de Wit]]\n{{R:teamleider}} Klantbeheer {{L:Wlz}}"),
]))

# ---------------------------------------------------------------- ap05 Belastingdienst bezwaarbeslissing (soffice, 2p)
DOCS.append(Doc("ap05.pdf", "soffice", seed=5, title="Uitspraak op bezwaar inkomstenbelasting 2022",
    annots=[("Gemachtigde belde 14-4, wil hoorzitting; zie notitie [[P:G. Dijkstra]]", "[[P:Geert Dijkstra]]")],
    footer="{{O:Belastingdienst}} / {{O:Particulieren}} – {{W:0800-0543}}", blocks=[
    ("h", "{{O:Belastingdienst}} – Uitspraak op uw bezwaar"),
    ("kv", [("Aan", "[[P:Kofi Mensah-Pinas]]\n[[A:Bijlmerdreef 1124]]\n[[A:1103 TR]] {{G:Amsterdam}}"),
            ("Datum", "{{Y:2 mei 2025}}"), ("Burgerservicenummer", f"[[B:{B(5)}]]"),
            ("Aanslagnummer", "[[N:4417.223.81.H.26.01]]"), ("Uw gemachtigde", "[[P:mr. S.A. Bouterse-Doelwijt]], {{O:Bouterse Belastingadvies}}")]),
    ("p", "Geachte heer [[P:Mensah-Pinas]],"),
    ("p", "Op {{Y:14 november 2024}} ontvingen wij uw bezwaarschrift tegen de aanslag {{K:inkomstenbelasting}} 2022. Uw "
          "gemachtigde, mevrouw [[P:Bouterse-Doelwijt]], schrijft namens u: “Mijn cliënt heeft de aftrek voor zijn dochter "
          "[[P:Ama]] terecht opgevoerd; de kosten zijn betaald vanaf de rekening van zijn broer [[P:Kwame Mensah]].”"),
    ("p", "U zei tijdens het telefonisch horen op {{Y:11 april 2025}} zelf: “Ik heb alles naar waarheid ingevuld, ik snap "
          "niet waarom de {{O:Belastingdienst}} mij niet gelooft.” Wij begrijpen uw teleurstelling."),
    ("h2", "Onze beoordeling"),
    ("p", "Volgens {{L:artikel 6.17 van de Wet inkomstenbelasting 2001}} zijn alleen uitgaven aftrekbaar die u zelf heeft "
          "gedragen. De betalingen van [[P:Kwame Mensah]] ({{Z:€ 3.480}}) tellen daarom niet mee. Het overige deel "
          "({{Z:€ 1.215}}) staat wel vast. Wij verminderen de aanslag met {{Z:€ 446}}."),
    ("p", "Dit besluit is genomen op grond van {{L:artikel 25 van de Algemene wet inzake rijksbelastingen}}. Tegen deze "
          "uitspraak kunt u binnen zes weken beroep instellen bij de {{O:rechtbank Noord-Holland}}."),
    ("p", "Heeft u vragen? Bel de {{O:BelastingTelefoon}}: {{W:0800-0543}}."),
    ("p", "Met vriendelijke groet,\nde {{R:inspecteur}},\n\n[[P:J.P. (Jan-Pieter) van Oorschot]]\n"
          "{{R:vaktechnisch coördinator}} bezwaar, kantoor {{G:Amsterdam}}\ndoorkiesnummer [[T:020 687 41 19]]"),
    ("p", "Afschrift aan: [[P:mr. S.A. Bouterse-Doelwijt]], [[A:Kerkstraat 9]], [[A:1017 GA]] {{G:Amsterdam}}, "
          "[[E:sandra@bouterse-belastingadvies.nl]]"),    ("h", "Bijlage 1 – Verloop van de bezwaarprocedure"),
    ("t", [["Datum", "Gebeurtenis", "Door", "Toelichting"],
           ["{{Y:14 november 2024}}", "bezwaarschrift ontvangen", "[[P:mr. S.A. Bouterse-Doelwijt]]", "pro forma, gronden volgen"],
           ["{{Y:2 december 2024}}", "ontvangstbevestiging", "[[P:Geert Dijkstra]] ([[S:GDI]])", "termijn {{L:artikel 7:10 Awb}}"],
           ["{{Y:8 januari 2025}}", "gronden aangevuld", "gemachtigde", "bankafschriften [[P:Kwame Mensah]], {{O:ABN AMRO}}"],
           ["{{Y:20 februari 2025}}", "verdaging", "[[P:J.P. van Oorschot]]", "zes weken, {{L:artikel 7:10 lid 3 Awb}}"],
           ["{{Y:11 april 2025}}", "telefonisch horen", "[[P:Geert Dijkstra]], [[P:Nadine Sluiter]]", "verslag in dossier"],
           ["{{Y:2 mei 2025}}", "uitspraak verzonden", "[[P:J.P. van Oorschot]]", "deze brief"]]),
    ("p", "Het verslag van het horen is opgesteld door [[P:Nadine Sluiter]] ({{R:juridisch medewerker}}, [[T:020 687 43 02]]). "
          "Daarin staat ook de verklaring van de dochter, [[P:Ama Mensah-Pinas]] (studente in {{G:Delft}}), dat zij de "
          "rekeningen van de {{O:TU Delft}} zelf heeft betaald van haar bijbaan."),
    ("p", "Proceskostenvergoeding: geen, omdat het bezwaar slechts gedeeltelijk gegrond is ({{L:artikel 7:15 Awb}}; "
          "{{L:Besluit proceskosten bestuursrecht}}). Uitbetaling van {{Z:€ 446}} volgt binnen zes weken op rekening "
          "[[I:" + iban(55) + "]]."),
]))

# ---------------------------------------------------------------- ap06 UWV klantcontact call notes (reportlab pre)
DOCS.append(Doc("ap06.pdf", "reportlab", seed=6, title="Gespreksnotities KCC",
    outline=("Gesprek 1 – [[P:Hoop Sedney]]", "Gesprek 2 – terugbelverzoek"), blocks=[
    ("h", "{{O:UWV}} {{O:Klant Contact Centrum}} – gespreksnotities week 16"),
    ("pre", "Gesprek 14-04-2025 09:12  kanaal: telefoon  agent: [[P:Sanne]] ([[S:SBR04]])\n"
            "Beller: [[P:Hoop]] [[P:Sedney]], BSN [[B:" + B(6) + "]], terugbelnummer [[T:06 38 12 77 40]]\n"
            "----------------------------------------------------------------------------\n"
            "[[P:Sanne]]: Goedemorgen, {{O:UWV}}, u spreekt met [[P:Sanne]]. Waarmee kan ik u helpen?\n"
            "[[P:Hoop]]: Ja hoi, met [[P:Hoop]]. Mijn {{K:WIA-uitkering}} is deze maand niet binnengekomen.\n"
            "[[P:Sanne]]: Ik kijk even mee. U woont nog op de [[A:Van Ostadelaan 3]] in {{G:Lelystad}}..?\n"
            "[[P:Hoop]]: Nee, ik ben verhuisd naar {{G:Almere}}, [[A:Tussen de Vaarten 212]].\n"
            "[[P:Sanne]]: Dan is dat het: de brief kwam retour. Ik zet een adreswijziging door.\n"
            "Actie: adres gewijzigd, betaling handmatig vrijgegeven, {{K:terugbelverzoek}} voor {{R:arbeidsdeskundige}}.\n"),
    ("pre", "Gesprek 14-04-2025 10:47  kanaal: telefoon  agent: [[P:Dag]] ([[S:DLU11]])\n"
            "Beller: [[P:Olena Kovalenko]], klantnummer [[C:UW-55190022]], terugbellen op [[T:+31 6 2093 4418]]\n"
            "----------------------------------------------------------------------------\n"
            "[[P:Olena]]: Hallo, ik ben [[P:Olena]]. Ik kom uit {{G:Charkiv}} en werk in {{G:Venlo}}.\n"
            "[[P:Dag]]: Welkom. Gaat het over uw {{K:WW}}?\n"
            "[[P:Olena]]: Ja. Mijn werkgever [[P:Piotr Zieliński]] zegt dat ik geen recht heb.\n"
            "[[P:Dag]]: Dat beoordelen wij. Ik stuur u een link naar {{O:werk.nl}}.\n"
            "Actie: mail naar {{M:ww-venlo@uwv.nl}}, collega [[P:Winter]] belt terug binnen 2 werkdagen.\n"),
    ("pre", "Gesprek 15-04-2025 08:58  kanaal: telefoon  agent: [[P:Roos]] ([[S:RVO07]])\n"
            "Beller: [[P:Ahmed]] namens zijn moeder [[P:Fatiha Belhaj]], terugbelnummer [[T:06 45 02 19 88]]\n"
            "----------------------------------------------------------------------------\n"
            "[[P:Roos]]: Goedemorgen, {{O:UWV}}, met [[P:Roos]].\n"
            "[[P:Ahmed]]: Goedemorgen, ik bel voor mijn moeder, zij spreekt slecht Nederlands.\n"
            "[[P:Roos]]: Heeft u een machtiging? Dan moet ik eerst haar geboortedatum en BSN controleren.\n"
            "[[P:Ahmed]]: [[D:03-08-1961]], en het BSN is [[B:" + B(61) + "]].\n"
            "[[P:Roos]]: Dank u. De {{K:IOW}}-uitkering wordt op {{Y:23 april}} betaald.\n"
            "Actie: geen. Machtiging gecontroleerd in {{K:Sonar}}. Geluidsopname bewaard 30 dagen.\n"),
    ("p", "Noteer nooit medische informatie in deze notities ({{L:AVG}}, {{L:artikel 9}}). Escalaties naar het "
          "spreekuur van de {{R:teamleider}} via {{M:kcc-escalatie@uwv.nl}}."),
]))

# ---------------------------------------------------------------- ap07 SVB klantcontact (chromium)
DOCS.append(Doc("ap07.pdf", "chromium", seed=7, title="SVB klantcontact – kinderbijslag", blocks=[
    ("h", "{{O:SVB}} – Klantcontactverslag {{K:kinderbijslag}}"),
    ("kv", [("Datum contact", "{{Y:8 juli 2025}}"), ("Kanaal", "Telefoon, inkomend"),
            ("Medewerker", "[[P:Tamara]] (vestiging {{G:Leeuwarden}}, [[S:TDJ]])"),
            ("Klant", "[[P:Semhar Tesfamariam]] – klantnr [[C:KB-88120734]]"),
            ("Terugbelnummer", "[[T:06-87 14 20 93]]")]),
    ("pre", "T: Goedemiddag, {{O:Sociale Verzekeringsbank}}, met [[P:Tamara]].\n"
            "K: Goedemiddag. Ik ben [[P:Semhar]], ik bel over de kinderbijslag voor mijn zoon [[P:Yonas]].\n"
            "T: Hoe oud is [[P:Yonas]]?\n"
            "K: Hij is vijf. Wij kwamen uit {{G:Eritrea}} via {{G:Ter Apel}}, nu wonen we in {{G:Drachten}}.\n"
            "T: Ik zie dat de aanvraag nog wacht op een kopie van de verblijfsvergunning van uw man [[P:Tesfay Gebremedhin]].\n"
            "K: Die heeft de {{O:IND}} nog niet gestuurd.\n"
            "T: Dan zet ik de aanvraag drie maanden aan. U kunt de kopie uploaden via {{O:Mijn SVB}}."),
    ("p", "Vervolg: taak voor {{R:behandelaar}} [[P:Jorrit Bosma]] ([[S:JBO]]), deadline {{Y:8 oktober 2025}}. "
          "Uitleg {{L:Algemene Kinderbijslagwet}} gegeven, ook in het {{K:Tigrinya}} via {{O:Tolkcentrum}}."),
    ("small", "Interne notitie – verspreiding alleen binnen {{O:SVB}} {{G:Leeuwarden}}"),
]))

# ---------------------------------------------------------------- ap08 verzekeringsarts (soffice)
DOCS.append(Doc("ap08.pdf", "soffice", seed=8, title="Rapportage verzekeringsarts – samenvatting",
    author="[[P:A. Ramdin]]", fields=[("behandelaar", "[[P:Chen Wei-Lin]]")], blocks=[
    ("h", "Samenvatting rapportage {{R:verzekeringsarts}} – {{K:WIA-claimbeoordeling}}"),
    ("kv", [("Cliënt", "[[P:Gert-Jan Roos]], geboren [[D:28-02-1979]]"), ("BSN", f"[[B:{B(8)}]]"),
            ("Datum spreekuur", "{{Y:19 juni 2025}}, kantoor {{G:Zwolle}}"),
            ("{{R:Verzekeringsarts}}", "[[P:A. Ramdin]], {{R:arts}} BIG [[N:19057733201]]"),
            ("{{R:Arbeidsdeskundige}}", "[[P:Fatima Zahra Bouzid]]"),
            ("Behandelaars cliënt", "{{R:huisarts}} [[P:dr. W.F. Groenewegen]] ({{G:Kampen}}); {{R:psychiater}} [[P:dr. L. Zwart]]")]),
    ("h2", "Beschouwing"),
    ("p", "Op het spreekuur is de belastbaarheid van de heer [[P:Roos]] beoordeeld volgens het {{L:Schattingsbesluit "
          "arbeidsongeschiktheidswetten}} en het {{K:Claimbeoordelings- en Borgingssysteem}}. Informatie van de "
          "behandelaars is opgevraagd met schriftelijke toestemming van cliënt. De medische gegevens staan in het "
          "dossier en worden hier niet herhaald."),
    ("p", "Conclusie: er zijn beperkingen; de {{K:Functionele Mogelijkhedenlijst}} (FML) is opgesteld op {{Y:19 juni 2025}}. "
          "Overleg met arbeidsdeskundige [[P:Bouzid]] volgt. Herbeoordeling over twee jaar."),
    ("p", "Cliënt verklaart: “Mijn vrouw [[P:Ilse Roos-Dekker]] heeft mijn administratie overgenomen.”"),
    ("p", "[[P:A. Ramdin]]\n{{R:verzekeringsarts}} {{O:UWV}} {{G:Zwolle}}\n[[E:a.ramdin@uwv.nl]] | [[T:06-55 01 82 36]]"),
]))

# ---------------------------------------------------------------- ap09 DUO overzicht (chromium table)
DOCS.append(Doc("ap09.pdf", "chromium", seed=9, title="Overzicht studiefinanciering", blocks=[
    ("h", "{{O:DUO}} – Overzicht {{K:studiefinanciering}} en schuld"),
    ("kv", [("Naam", "[[P:Dewi Hartono-Wijaya]]"), ("Adres", "[[A:Oudegracht 231-bis]], [[A:3511 NK]] {{G:Utrecht}}"),
            ("BSN", f"[[B:{B(9)}]]"), ("Geboortedatum", "[[D:11-12-2001]]"), ("Datum overzicht", "{{Y:1 februari 2025}}")]),
    ("t", [["Periode", "Opleiding", "{{K:Basisbeurs}}", "{{K:Aanvullende beurs}}", "Lening", "{{K:Collegegeldkrediet}}"],
           ["sep 2019 – aug 2020", "{{O:Hogeschool Utrecht}} – Bedrijfskunde", "{{Z:€ 0,00}}", "{{Z:€ 3.918,20}}", "{{Z:€ 2.400,00}}", "{{Z:€ 2.143,00}}"],
           ["sep 2020 – aug 2021", "idem", "{{Z:€ 0,00}}", "{{Z:€ 4.012,44}}", "{{Z:€ 1.800,00}}", "{{Z:€ 2.168,00}}"],
           ["sep 2021 – aug 2022", "idem", "{{Z:€ 0,00}}", "{{Z:€ 4.110,96}}", "{{Z:€ 3.000,00}}", "{{Z:€ 1.084,00}}"],
           ["sep 2022 – jan 2023", "{{O:Universiteit Utrecht}} – premaster", "{{Z:€ 574,20}}", "{{Z:€ 1.736,50}}", "{{Z:€ 0,00}}", "{{Z:€ 0,00}}"]]),
    ("p", "Ouders volgens de {{O:Basisregistratie Personen}}: [[P:Budi Hartono]] en [[P:Sri Wijaya]]. De aanvullende beurs is "
          "berekend op hun inkomen over 2017 ({{L:artikel 3.5 Wsf 2000}})."),
    ("p", "Totale studieschuld: {{Z:€ 14.505,50}}. Aanloopfase tot {{Y:1 januari 2025}}; aflosfase 35 jaar. Rente 2025: 2,57%."),
    ("p", "Vragen over dit overzicht: {{W:050 599 77 55}}. Toezicht: {{O:Nationale ombudsman}}."),
    ("small", "Afgedrukt door [[P:Jelle Storm]] ([[E:jelle.storm@duo.nl]]) op verzoek van cliënt, balie {{G:Groningen}}"),
]))

# ---------------------------------------------------------------- ap10 GGD contact tracing log (reportlab table)
DOCS.append(Doc("ap10.pdf", "reportlab", seed=10, title="GGD bron- en contactonderzoek",
    annots=[("Index gesproken door [[P:Nadia Ouali]], geen verdere contacten", "[[P:Nadia Ouali]]")],
    footer="{{O:GGD Hollands Midden}} – {{K:infectieziektebestrijding}} – vertrouwelijk", blocks=[
    ("h", "{{O:GGD Hollands Midden}} – log {{K:bron- en contactonderzoek}} ({{K:mazelen}}), cluster {{G:Leiden}}-Noord"),
    ("p", "Melding ontvangen {{Y:3 maart 2025}} volgens {{L:artikel 22 Wet publieke gezondheid}}. Index: [[P:Milan Visser]], "
          "[[D:14-06-2019]], [[A:Lammenschansweg 40]], {{G:Leiden}}. Ouder: [[P:Esther Visser-Hoekstra]], [[T:06-19 28 37 46]]."),
    ("t", [["Datum", "Contact", "Relatie", "Telefoon", "Status", "Door"],
           ["{{Y:03-03-2025}}", "[[P:Bram Visser]]", "broer, 9 jr", "via ouder", "gevaccineerd", "[[S:NOU]]"],
           ["{{Y:03-03-2025}}", "[[P:Selin Yıldız]]", "klasgenoot, 6 jr", "[[T:06-73 40 11 58]]", "niet gevaccineerd – quarantaine", "[[S:NOU]]"],
           ["{{Y:04-03-2025}}", "[[P:Storm de Graaf]]", "oppas", "[[T:071 514 22 86]]", "titer bepalen", "[[S:PvdL]]"],
           ["{{Y:04-03-2025}}", "[[P:Li Na Zhou]]", "juf groep 3, {{O:OBS De Regenboog}}", "[[T:06-45 90 12 37]]", "immuun", "[[S:PvdL]]"],
           ["{{Y:05-03-2025}}", "[[P:Amira Haddad]]", "buurvrouw", "[[T:06-24 81 65 03]]", "zwanger – {{R:arts}} ingeschakeld", "[[S:NOU]]"]],
     (22, 34, 34, 28, 36, 16)),
    ("p", "Afstemming met {{R:jeugdarts}} [[P:dr. Pieter van der Laan]] en {{O:RIVM}} LCI. Richtlijn: {{K:LCI-richtlijn Mazelen}}. "
          "Communicatie met school via {{M:infectieziekten@ggdhm.nl}}; publieksvragen via {{W:088 308 30 00}}."),
    ("p", "Paraaf {{R:arts infectieziektebestrijding}}: [[S:PvdL]] – {{Y:06-03-2025}}"),
    ("h2", "Vervolg week 11 – tweede generatie contacten"),
    ("t", [["Datum", "Contact", "Via index", "Telefoon / adres", "Advies", "Door"],
           ["{{Y:10-03-2025}}", "[[P:Ayoub Haddad]]", "[[P:Amira Haddad]]", "[[A:Lammenschansweg 42]]", "{{K:MMR-vaccinatie}} aangeboden", "[[S:NOU]]"],
           ["{{Y:10-03-2025}}", "[[P:Jasmijn de Graaf-Storm]]", "[[P:Storm de Graaf]]", "[[T:06-81 02 57 36]]", "geen actie, immuun", "[[S:PvdL]]"],
           ["{{Y:11-03-2025}}", "[[P:Kerem Yıldız]]", "[[P:Selin Yıldız]]", "[[T:06-73 40 11 59]]", "quarantaine tot {{Y:24-03-2025}}", "[[S:NOU]]"],
           ["{{Y:11-03-2025}}", "[[P:Zhou Jian]]", "[[P:Li Na Zhou]]", "[[A:Hooigracht 15]], {{G:Leiden}}", "immuun", "[[S:ABv]]"],
           ["{{Y:12-03-2025}}", "[[P:Dag Visser]]", "[[P:Milan Visser]]", "[[T:071 523 66 10]]", "opa, titer bepalen", "[[S:ABv]]"],
           ["{{Y:12-03-2025}}", "[[P:Gerda Bakker-Visser]]", "[[P:Milan Visser]]", "[[A:Rijndijk 211]], {{G:Hazerswoude-Dorp}}", "oma, gevaccineerd", "[[S:ABv]]"]],
     (22, 34, 30, 38, 32, 14)),
    ("p", "[[S:NOU]] = [[P:Nadia Ouali]], [[S:PvdL]] = [[P:Pieter van der Laan]], [[S:ABv]] = [[P:Anke Brouwer-van Velzen]] "
          "({{R:sociaal verpleegkundige}}). Terugkoppeling aan de {{R:huisarts}} via {{K:Zorgdomein}}. Melding aan "
          "{{O:RIVM}} via {{K:Osiris}} op {{Y:13-03-2025}}."),
]))

# ---------------------------------------------------------------- ap11 CBR examenafspraak (chromium)
DOCS.append(Doc("ap11.pdf", "chromium", seed=11, title="CBR afspraakbevestiging praktijkexamen",
    attach=["Rijbewijsaanvraag [[P:Azadeh Karimi]].pdf"], blocks=[
    ("h", "{{O:CBR}} – Bevestiging van uw {{K:praktijkexamen}} B"),
    ("p", "[[P:Azadeh Karimi]]\n[[A:Laan van Meerdervoort 1502]]\n[[A:2555 AM]] {{G:Den Haag}}"),
    ("kv", [("Datum brief", "{{Y:27 augustus 2025}}"), ("Reserveringsnummer", "[[N:RSV-2025-88410-3]]"),
            ("Kandidaatnummer", "[[C:7741 0926]]"), ("Geboortedatum", "[[D:30-01-2007]]")]),
    ("p", "Beste [[P:Azadeh]],"),
    ("p", "Je {{K:praktijkexamen}} categorie B is gepland op {{Y:maandag 22 september 2025}} om 10.15 uur op examencentrum "
          "{{G:Den Haag}} ({{G:Rijswijk}}), Volmerlaan 6. Je rijschool {{O:Verkeersschool Storm}} heeft dit voor je aangevraagd; "
          "je instructeur is [[P:Hamid Storm]] ([[T:06-30 71 55 82]])."),
    ("p", "Neem een geldig identiteitsbewijs mee. Je {{K:Gezondheidsverklaring}} is niet nodig voor categorie B tenzij de "
          "{{O:CBR}} daarom vraagt ({{L:Regeling eisen geschiktheid 2000}}). Verzetten kan tot vijf werkdagen van tevoren via "
          "{{O:Mijn CBR}}. Kosten: {{Z:€ 137,00}}."),
    ("p", "Vragen? Bel {{W:088 227 77 00}} of mail {{M:klantenservice@cbr.nl}}."),
    ("p", "Met vriendelijke groet,\n\n[[P:Daan Winter]]\n{{R:teamleider}} Planning Examens West"),
]))

# ---------------------------------------------------------------- ap12 Toeslagen hersteloperatie (soffice 2p)
DOCS.append(Doc("ap12.pdf", "soffice", seed=12, title="Hersteloperatie – zaakoverzicht",
    author="[[P:M. Ait Ben Haddou]]", outline=("Zaak [[P:Gökhan Aksoy]]", "Gezin en kinderen"),
    footer="{{O:Dienst Toeslagen}} – {{Q:Herstel Toeslagen}} – vertrouwelijk", blocks=[
    ("h", "{{O:Dienst Toeslagen}} – {{Q:hersteloperatie kinderopvangtoeslag}}: zaakoverzicht"),
    ("kv", [("Zaaknummer", "UHT-2025-004417"), ("Aanvrager", "[[P:Gökhan Aksoy]]"), ("BSN aanvrager", f"[[B:{B(12)}]]"),
            ("Adres", "[[A:Paul Krugerstraat 67]], [[A:3072 GG]] {{G:Rotterdam}}"),
            ("Persoonlijk zaakbehandelaar", "[[P:Winter van Dalen]] ([[T:06-48 22 13 97]])"),
            ("Gemachtigde", "[[P:mr. E.M. de Bruijn-Sardjoe]], {{O:Herstel & Recht Advocaten}}")]),
    ("h2", "Gezin"),
    ("t", [["Relatie", "Naam", "Geboortedatum", "Leeftijd", "BSN"],
           ["partner (toeslagpartner 2011–2016)", "[[P:Hatice Aksoy-Demir]]", "[[D:09-03-1984]]", "41", f"[[B:{B(121)}]]"],
           ["kind", "[[P:Emre Aksoy]]", "[[D:22-10-2008]]", "16", f"[[B:{B(122)}]]"],
           ["kind", "[[P:Elif Aksoy]]", "[[D:05-05-2011]]", "14", f"[[B:{B(123)}]]"],
           ["kind", "[[P:Deniz Aksoy]]", "[[D:18-01-2015]]", "10", f"[[B:{B(124)}]]"]]),
    ("h2", "Stand van zaken"),
    ("p", "Aanvrager is erkend als gedupeerde ({{K:Integrale Beoordeling}}, {{Y:14 februari 2024}}). Compensatie op grond van "
          "de {{L:Wet hersteloperatie toeslagen}}: {{Z:€ 30.000}} (Catshuisregeling) en {{Z:€ 48.712}} integrale compensatie. "
          "Kindregeling voor [[P:Emre]], [[P:Elif]] en [[P:Deniz]] via {{O:Uitvoeringsorganisatie Herstel Toeslagen}}: "
          "{{Z:€ 2.000}} per kind ({{L:Wet herstel kinderen}})."),
    ("p", "Ex-partner [[P:Hatice Aksoy-Demir]] heeft een eigen aanvraag ingediend (UHT-2025-004511). Zij woont in {{G:Schiedam}}. "
          "Afstemming met de {{O:Commissie Werkelijke Schade}} over huurachterstand bij {{O:Woonstad Rotterdam}}."),
    ("p", "Schulden: kwijtschelding publieke schulden bij {{O:CJIB}} en {{O:DUO}} verwerkt; private schuld bij "
          "[[P:dhr. R. Bakker]] (particuliere verhuurder) loopt via {{O:SBNS}}."),
    ("p", f"Uitbetaling op [[I:{iban(12)}]] op {{{{Y:3 maart 2025}}}}. Dossier gecontroleerd door [[P:Yara Haddad]] ([[S:YHA]]) en "
          "vastgesteld door {{R:teamleider}} [[P:Roel Groningen]] ([[S:RGR]])."),
    ("p", "Contact voor ouders: {{W:0800-2358 358}} (gratis) of {{M:herstel@toeslagen.nl}}."),    ("h2", "Tijdlijn contactmomenten"),
    ("t", [["Datum", "Contact", "Met", "Samenvatting"],
           ["{{Y:11-09-2023}}", "telefoon", "[[P:Gökhan Aksoy]]", "aanmelding; zoon [[P:Emre]] mee aan de lijn"],
           ["{{Y:02-11-2023}}", "huisbezoek {{G:Rotterdam}}", "aanvrager en gemachtigde", "[[P:Winter van Dalen]] en [[P:Joost Meerman]]"],
           ["{{Y:14-02-2024}}", "brief", "aanvrager", "uitkomst {{K:Integrale Beoordeling}}"],
           ["{{Y:21-03-2024}}", "e-mail", "[[P:mr. E.M. de Bruijn-Sardjoe]]", "verzoek {{O:Commissie Werkelijke Schade}}"],
           ["{{Y:05-07-2024}}", "telefoon", "[[P:Hatice Aksoy-Demir]]", "vraagt naar eigen aanvraag; verwezen naar [[P:Tamara Sitompul]]"],
           ["{{Y:19-12-2024}}", "gesprek {{O:gemeente Rotterdam}}", "{{R:brede hulp}}-coördinator [[P:Ilse van Dam]]", "huurachterstand {{Z:€ 4.120}}"],
           ["{{Y:27-02-2025}}", "telefoon", "[[P:Gökhan Aksoy]]", "akkoord betaaldatum, terugbelnummer [[T:06-19 77 30 42]]"]]),
    ("p", "Dit overzicht bevat persoonsgegevens van ouders en kinderen. Verstrekking alleen aan de ouder zelf of de "
          "gemachtigde ({{L:artikel 15 AVG}}). Verzoeken om inzage via {{M:privacy@toeslagen.nl}}."),
]))

# ---------------------------------------------------------------- ap13 Kadaster printout (reportlab mono)
DOCS.append(Doc("ap13.pdf", "reportlab", seed=13, title="Kadaster – Kadastraal bericht object",
    subject="Opgevraagd door [[P:Jeroen Mulder]]", blocks=[
    ("h", "{{O:Kadaster}} – Kadastraal bericht object"),
    ("pre", "Uitvoer   : {{Y:16-05-2025}} 14:32   Referentie: IND-KC/[[S:JMU]]/2025-118\n"
            "Object    : {{G:Utrecht}} AB 4417 A0012, appartementsrecht\n"
            "Adres     : [[A:Jan van Scorelstraat 44-bis]], [[A:3583 CN]] {{G:Utrecht}}\n"
            "Grootte   : 74 m2     Koopsom: {{Z:€ 412.000}} (2021)\n"
            "\n"
            "GERECHTIGDE(N)\n"
            "1 Eigendom 1/2   [[P:Farid Bouali]]\n"
            "                 geboren [[D:12-04-1986]] te {{G:Nador}} ({{G:Marokko}})\n"
            "                 adres [[A:Jan van Scorelstraat 44-bis]], {{G:Utrecht}}\n"
            "2 Eigendom 1/2   [[P:Hanna Bouali-Kowalczyk]]\n"
            "                 geboren [[D:28-08-1988]] te {{G:Gdańsk}} ({{G:Polen}})\n"
            "\n"
            "HYPOTHEEK        {{O:ING Bank N.V.}}, {{G:Amsterdam}} – inschrijving Hyp4 85512/117\n"
            "BESLAG           geen\n"
            "\n"
            "Notaris akte     [[P:mr. T.C. Visser-Zeldenrust]], {{G:Zeist}}\n"),
    ("p", "Opgevraagd in het kader van een verblijfsaanvraag (middelenvereiste, {{L:artikel 3.74 Vreemdelingenbesluit}}) "
          "door het {{O:IND}} {{K:Klantcontact}}. Kosten {{Z:€ 3,70}}, gefactureerd aan {{O:IND}} Zwolle."),
    ("small", "Dit bericht is gemaakt met {{O:Mijn Kadaster}} – {{W:088 183 22 00}} – {{M:klantcontact@kadaster.nl}}"),
]))

# ---------------------------------------------------------------- ap14 klachtenregister (chromium table, 2p)
_rows = [
    ("{{Y:06-01-2025}}", "[[P:Gerrit-Jan Hoop]]", "*****" + B(140)[-4:], "telefoon", "WW te laat betaald", "[[S:KvdB]]"),
    ("{{Y:07-01-2025}}", "[[P:Aïcha El Khatib]]", "*****" + B(141)[-4:], "e-mail", "bejegening aan balie {{G:Den Bosch}}", "[[S:MHO]]"),
    ("{{Y:09-01-2025}}", "[[P:Wojciech Lewandowski]]", "*****" + B(142)[-4:], "webformulier", "brief niet in het Pools", "[[S:KvdB]]"),
    ("{{Y:13-01-2025}}", "[[P:Roos van der Winter]]", "*****" + B(143)[-4:], "telefoon", "terugbelafspraak niet nagekomen", "[[S:TJS]]"),
    ("{{Y:14-01-2025}}", "[[P:Orlando Martina]]", "*****" + B(144)[-4:], "brief", "{{K:Ziektewet}} – verzekeringsarts", "[[S:MHO]]"),
    ("{{Y:16-01-2025}}", "[[P:Mariam Al-Hassan]]", "*****" + B(145)[-4:], "{{O:Nationale ombudsman}}", "tolk geweigerd", "[[S:TJS]]"),
    ("{{Y:20-01-2025}}", "[[P:Wim Zwolle]]", "*****" + B(146)[-4:], "telefoon", "{{K:WIA}} beslistermijn", "[[S:KvdB]]"),
    ("{{Y:21-01-2025}}", "[[P:Xu Ming]]", "*****" + B(147)[-4:], "e-mail", "inlog {{O:Mijn UWV}}", "[[S:AGN]]"),
    ("{{Y:23-01-2025}}", "[[P:Kateryna Bondarenko]]", "*****" + B(148)[-4:], "webformulier", "{{K:WW}} geweigerd", "[[S:AGN]]"),
    ("{{Y:27-01-2025}}", "[[P:Ruud Dijkstra-Bakker]]", "*****" + B(149)[-4:], "telefoon", "loonbeslag", "[[S:MHO]]"),
    ("{{Y:28-01-2025}}", "[[P:Samira Benali]]", "*****" + B(150)[-4:], "balie", "wachttijd {{G:Rotterdam}}", "[[S:TJS]]"),
    ("{{Y:30-01-2025}}", "[[P:Abdi Warsame]]", "*****" + B(151)[-4:], "e-mail", "{{K:Wajong}} herbeoordeling", "[[S:KvdB]]"),
    ("{{Y:03-02-2025}}", "[[P:Sunita Ramcharan]]", "*****" + B(152)[-4:], "telefoon", "klantnummer onbekend", "[[S:AGN]]"),
    ("{{Y:04-02-2025}}", "[[P:Tjeerd Hoekstra]]", "*****" + B(153)[-4:], "brief", "{{K:Ziektewet}} terugvordering", "[[S:MHO]]"),
    ("{{Y:05-02-2025}}", "[[P:Ahmet Yılmaz-de Vries]]", "*****" + B(154)[-4:], "telefoon", "dubbele incasso", "[[S:TJS]]"),
    ("{{Y:10-02-2025}}", "[[P:Lin Chen]]", "*****" + B(155)[-4:], "webformulier", "bezwaar kwijt", "[[S:KvdB]]"),    ("{{Y:11-02-2025}}", "[[P:Jurgen Vos-Groningen]]", "*****" + B(156)[-4:], "telefoon", "{{K:WW}} sanctie", "[[S:MHO]]"),
    ("{{Y:11-02-2025}}", "[[P:Daisy Tjin-Kon-Fat]]", "*****" + B(157)[-4:], "e-mail", "brief naar oud adres in {{G:Breda}}", "[[S:AGN]]"),
    ("{{Y:12-02-2025}}", "[[P:Ömer Şahin]]", "*****" + B(158)[-4:], "balie", "behandeling door [[P:Hoogeveen]]", "[[S:TJS]]"),
    ("{{Y:12-02-2025}}", "[[P:Nina Kowalska]]", "*****" + B(159)[-4:], "webformulier", "{{K:Ziektewet}} na zwangerschap", "[[S:KvdB]]"),
    ("{{Y:13-02-2025}}", "[[P:Gijs Bakker]]", "*****" + B(160)[-4:], "telefoon", "{{K:WIA}} uitkering stopgezet", "[[S:AGN]]"),
    ("{{Y:13-02-2025}}", "[[P:Adjoa Boateng]]", "*****" + B(161)[-4:], "brief", "geen reactie op bezwaar", "[[S:MHO]]"),
    ("{{Y:14-02-2025}}", "[[P:Petra Winter-Lam]]", "*****" + B(162)[-4:], "e-mail", "{{O:Mijn UWV}} toont foute bedragen", "[[S:TJS]]"),
    ("{{Y:14-02-2025}}", "[[P:Hüseyin Doğru]]", "*****" + B(163)[-4:], "telefoon", "dagloon te laag", "[[S:KvdB]]"),
]
_rows = [(d, n, "[[B:" + m + "]]", c, o, h) for d, n, m, c, o, h in _rows]
DOCS.append(Doc("ap14.pdf", "chromium", seed=14, title="Klachtenregister januari-februari 2025", blocks=[
    ("h", "{{O:UWV}} – Register klachtbehandeling ({{L:hoofdstuk 9 Awb}}), regio Zuid"),
    ("p", "Peildatum {{Y:14 februari 2025}}. Kolom BSN gemaskeerd conform intern beleid. Afkortingen behandelaars: zie legenda."),
    ("t", [["Datum", "Naam klager", "BSN", "Kanaal", "Onderwerp", "Beh."]] + [list(r) for r in _rows]),
    ("h2", "Legenda behandelaars"),
    ("t", [["Code", "Naam", "Functie", "Toestel"],
           ["[[S:KvdB]]", "[[P:Karin van den Bosch]]", "{{R:klachtbehandelaar}}", "[[T:088 898 36 14]]"],
           ["[[S:MHO]]", "[[P:Mustafa Hoogeveen]]", "{{R:klachtbehandelaar}}", "[[T:088 898 36 27]]"],
           ["[[S:TJS]]", "[[P:Tineke Jansen-Sluis]]", "{{R:senior klachtbehandelaar}}", "[[T:088 898 36 09]]"],
           ["[[S:AGN]]", "[[P:Anouk Gerritsen-Ng]]", "{{R:klachtcoördinator}}", "[[T:06-51 44 70 28]]"]]),
    ("p", "Termijn afhandeling: zes weken ({{L:artikel 9:11 Awb}}). Doorverwijzing naar de {{O:Nationale ombudsman}} na "
          "afronding. Rapportage aan de {{R:Raad van Bestuur}} per kwartaal; vragen aan {{M:klachten-zuid@uwv.nl}}."),
]))

# ---------------------------------------------------------------- ap15 interne mails UWV (reportlab email print)
DOCS.append(Doc("ap15.pdf", "reportlab", seed=15, title="RE: terugvordering Ziektewet – klant Sedney",
    author="[[P:Kim van der Meulen]]", blocks=[
    ("pre", "Van:       [[P:Kim van der Meulen]] <[[E:kim.vandermeulen@uwv.nl]]>\n"
            "Verzonden: donderdag {{Y:20 maart 2025}} 16:04\n"
            "Aan:       [[P:Berend Groningen]] <[[E:berend.groningen@uwv.nl]]>\n"
            "CC:        {{M:handhaving-noord@uwv.nl}}\n"
            "Onderwerp: RE: terugvordering {{K:Ziektewet}} – klant [[P:Sedney]]"),
    ("p", "Hoi [[P:Berend]],"),
    ("p", "Ik heb het dossier van mevrouw [[P:H. Sedney]] bekeken. De terugvordering van {{Z:€ 2.614,33}} is gebaseerd op "
          "{{L:artikel 33 Ziektewet}}, maar de inlichtingenplicht is niet aantoonbaar geschonden. Voorstel: afzien van boete "
          "({{L:artikel 45 Ziektewet}}). Kun jij dit paraferen? Daarna gaat het naar [[P:Storm]] voor vaststelling."),
    ("p", "Groet,\n[[P:Kim]]\n\n[[P:Kim van der Meulen]] | {{R:medewerker handhaving}} | {{O:UWV}} {{G:Groningen}}\n"
          "Direct [[T:088 898 55 72]] | Mobiel [[T:06-24 91 03 66]]\n{{O:UWV}}, Postbus 30103, 9700 LC {{G:Groningen}}"),
    ("pre", "-----Oorspronkelijk bericht-----\n"
            "Van:       [[P:Berend Groningen]]\n"
            "Verzonden: woensdag {{Y:19 maart 2025}} 11:20\n"
            "Aan:       [[P:Kim van der Meulen]]\n"
            "Onderwerp: terugvordering {{K:Ziektewet}} – klant [[P:Sedney]]"),
    ("p", "[[P:Kim]], wil jij even kijken naar de zaak [[P:Sedney]] (klantnr [[C:UW-30981175]])? De klant belde met "
          "[[P:Sanne]] van het {{O:KCC}} en was erg overstuur. Haar dochter [[P:Roos Sedney]] belde later nog een keer terug "
          "vanaf [[T:06-11 72 48 90]]."),
    ("p", "Paraaf: [[S:BGR]] 19/3\n\n[[P:Berend Groningen]]\n{{R:teamleider}} {{O:Handhaving Noord}}\n"
          "T [[T:088 898 55 10]] | M [[T:06-53 80 27 14]]"),
    ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. {{O:UWV}} aanvaardt geen aansprakelijkheid. "
              "Algemene vragen: {{W:088 - 898 92 94}}."),
]))
