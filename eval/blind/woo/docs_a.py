# Set D documents 1-9: municipalities, provinces, Woo decisions. Markup: see generate.py.
DOCS_A = [
 {"name": "d01_rib_utrecht_schuldhulp", "producer": "docx", "style": "raadsinformatiebrief",
  "title": "Raadsinformatiebrief voortgang schuldhulpverlening", "author": "Sjoerd Winter",
  "blocks": [
   ("h", "Raadsinformatiebrief"),
   ("kv", [["Datum", "{{D:14 januari 2025}}"],
           ["Ons kenmerk", "{{C:RIB-2025-0117}}"],
           ["Onderwerp", "Voortgang aanpak wachttijden schuldhulpverlening"],
           ["Portefeuillehouder", "{{TI:wethouder}} {{OF:Linda Verkerk-Ait Ali}}"],
           ["Contactpersoon", "{{P:Sjoerd Winter}}"],
           ["Telefoon", "{{T:06 - 41 23 87 90}}"],
           ["E-mail", "{{E:s.winter@utrecht.nl}}"]]),
   ("p", "Geachte leden van de gemeenteraad,"),
   ("p", "Met deze brief informeren wij u over de voortgang van de aanpak van de wachttijden bij de "
         "schuldhulpverlening, zoals toegezegd door {{TI:wethouder}} {{OF:Verkerk-Ait Ali}} in de commissie "
         "Mens en Samenleving van {{D:5 december 2024}}. Deze winter was de vraag naar hulp groter dan ooit."),
   ("p", "In de periode van {{D:1 juli 2024}} tot en met {{D:31 december 2024}} meldden zich 1.412 huishoudens "
         "bij {{O:Buurtteams Utrecht}}. De gemiddelde wachttijd daalde van negen naar vijf weken. Burgemeester "
         "{{OF:Sharon Dijksma}} sprak tijdens een werkbezoek aan {{PL:Overvecht}} op {{D:28 november 2024}} met "
         "ervaringsdeskundigen over de drempels die zij ervaren."),
   ("h", "Projectteam"),
   ("p", "Het projectteam staat onder leiding van {{P:Fatima Zahra El Idrissi}} ({{TI:programmamanager}}), met "
         "ondersteuning van {{P:Bart Koning}} van {{O:Stadsbank Midden-Nederland}}. Mevrouw {{P:El Idrissi}} is "
         "bereikbaar via {{T:030 - 286 47 19}}, de heer {{P:Koning}} via {{E:bart.koning@stadsbank-mn.nl}}."),
   ("p", "Een inwoner van {{PL:Kanaleneiland}}, mevrouw {{P:Jagesar}}, woonachtig aan de {{A:Marnixlaan 212}}, "
         "heeft ons toestemming gegeven haar ervaring te delen; haar naam wordt in de openbare versie van deze "
         "brief niet vermeld."),
   ("h", "Vervolg"),
   ("p", "Inwoners kunnen zich melden via het algemene nummer {{S:14 030}} of via {{FE:schuldhulp@utrecht.nl}}. "
         "Het {{O:Stadskantoor}} aan het {{GA:Stadsplateau 1}} heeft op dinsdag een inloopspreekuur. Wij "
         "informeren u in {{D:april 2025}} opnieuw. Vragen over deze brief kunt u stellen aan {{P:Winter}} of "
         "via {{FE:raadsinformatie@utrecht.nl}}."),
   ("p", "Met vriendelijke groet, burgemeester en wethouders van {{PL:Utrecht}},"),
   ("p", "de secretaris, {{U:M.C. Schrijvers}} - de burgemeester, {{OF:Sharon Dijksma}}"),
  ]},

 {"name": "d02_collegebesluit_zaanstad", "producer": "reportlab", "style": "collegebesluit",
  "title": "Collegebesluit subsidie wijkwerk Zaandam",
  "blocks": [
   ("h", "Collegebesluit gemeente Zaanstad"),
   ("kv", [["Registratienummer", "{{C:Z-25-014327}}"],
           ["Collegevergadering", "{{D:11 februari 2025}}"],
           ["Portefeuillehouder", "{{TI:wethouder}} {{OF:Gerrit-Jan Stam}}"],
           ["Behandelend ambtenaar", "{{P:Wendela Zwart}}, {{T:075 681 62 14}}, {{E:WZwart@zaanstad.nl}}"]],
    [45, 120]),
   ("h", "Besluit"),
   ("p", "Het college besluit: 1. een subsidie van EUR 84.000 te verlenen aan {{O:Stichting Wijkwerk Zaandam}} "
         "voor het jaar 2025; 2. het bezwaar van de heer {{P:Yusuf Demir}}, {{A:Vincent van Goghweg 37}}, "
         "ongegrond te verklaren conform het advies van de {{O:Commissie bezwaarschriften}}; 3. de raad te "
         "informeren via een raadsinformatiebrief."),
   ("h", "Toelichting"),
   ("p", "Burgemeester {{OF:Hamming}} heeft als portefeuillehouder openbare orde ingestemd met de inzet van "
         "jongerenwerkers in {{PL:Poelenburg}} en {{PL:Peldersveld}}. {{TI:Wethouder}} {{OF:Stam}} wijst erop dat "
         "de stichting in 2024 de rapportage tijdig aanleverde. Mevrouw {{P:Zwart}} heeft de financiele "
         "verantwoording gecontroleerd; het resultaat is zwart op wit vastgelegd in het controlerapport."),
   ("p", "De heer {{P:Demir}} stelde in zijn bezwaarschrift van {{D:2 december 2024}} dat hij niet was gehoord. "
         "Uit het dossier blijkt dat hij op {{D:16 december 2024}} telefonisch is gehoord op nummer "
         "{{T:+31 6 4411 0937}}. Het {{O:KCC}} is bereikbaar via {{S:14 075}}; het gemeentehuis staat aan het "
         "{{GA:Stadhuisplein 100}} in {{PL:Zaandam}}."),
   ("h", "Parafen"),
   ("table", [["Naam", "Functie", "Paraaf", "Datum"],
              ["{{P:K. de Vries-Lammers}}", "{{TI:afdelingshoofd}}", "{{PA:KdVL}}", "{{D:03-02-2025}}"],
              ["{{P:Hamza Öztürk}}", "{{TI:juridisch adviseur}}", "{{PA:HÖ}}", "{{D:04-02-2025}}"],
              ["{{P:P.J. VAN 'T HEK}}", "{{TI:concerncontroller}}", "{{PA:pvth}}", "{{D:05-02-2025}}"]],
    [55, 45, 25, 30]),
   ("small", "Postadres gemeente: {{GA:Postbus 2000}}, 1500 GA {{PL:Zaandam}} - {{FE:post@zaanstad.nl}}"),
  ]},

 {"name": "d03_besluitenlijst_groningen", "producer": "html", "style": "besluitenlijst college",
  "title": "Besluitenlijst college van B en W Groningen",
  "blocks": [
   ("h", "Besluitenlijst collegevergadering {{D:18 maart 2025}}"),
   ("p", "Aanwezig: de burgemeester, {{TI:wethouders}} {{OF:Inge Jongman}}, {{OF:Tjeerd van der Ploeg}} en "
         "{{OF:Rachida Bentaleb}}, de gemeentesecretaris. Notulen: {{P:Anke Sikkema}}."),
   ("table", [["Nr", "Onderwerp", "Portefeuillehouder", "Besluit"],
              ["1", "Brief aan {{O:Nationaal Coördinator Groningen}} over versterking {{PL:Ten Boer}}",
               "{{OF:Jongman}}", "Akkoord"],
              ["2", "Ingekomen brief van de heer {{P:Bert Groen}} ({{A:Oosterstraat 14a}}) over parkeren",
               "{{OF:Van der Ploeg}}", "Beantwoorden"],
              ["3", "Motie {{O:GroenLinks}} over groen in de wijk {{PL:Selwerd}}", "{{OF:Bentaleb}}",
               "Uitvoeren"],
              ["4", "Overleg met staatssecretaris {{OF:Eddie van Marum}} op {{D:2 april 2025}}", "burgemeester",
               "Voorbereiden"]]),
   ("h", "Toelichting bij punt 2"),
   ("p", "De heer {{P:Groen}} vraagt om een ontheffing. {{TI:Wethouder}} {{OF:Van der Ploeg}} stelt voor de "
         "aanvraag door te sturen naar {{O:Parkeerbeheer}}. Ambtelijk contact: {{P:Nynke de Haan-Postma}}, "
         "{{T:050 367 12 84}}, {{E:nynke.dehaan-postma@groningen.nl}}."),
   ("h", "Toelichting bij punt 4"),
   ("p", "Staatssecretaris {{OF:Van Marum}} heeft aangeboden {{PL:Garmerwolde}} te bezoeken. Het secretariaat "
         "({{P:Lieke Oldenhuis}}, {{T:06 1833 0472}}) stemt de datum af met het ministerie. Het {{O:Instituut "
         "Mijnbouwschade Groningen}} schuift aan."),
   ("p", "Vragen van inwoners: {{S:14 050}} of {{FE:college@groningen.nl}}. Bezoekadres: {{GA:Grote Markt 1}}, "
         "{{PL:Groningen}}. Vastgesteld op {{D:25 maart 2025}}."),
  ]},

 {"name": "d04_rib_rotterdam_camera", "producer": "fpdf2", "style": "raadsinformatiebrief",
  "title": "Raadsinformatiebrief evaluatie cameratoezicht", "author": "J. Schouten",
  "blocks": [
   ("h", "Raadsinformatiebrief: evaluatie cameratoezicht 2024"),
   ("kv", [["Datum", "{{D:6 mei 2025}}"], ["Kenmerk", "{{C:25BB004412}}"],
           ["Van", "Burgemeester {{OF:Carola Schouten}}"],
           ["Behandeld door", "{{P:Jelle Schouten}}, {{TI:beleidsadviseur}} Veiligheid"],
           ["Doorkiesnummer", "{{T:+31 (0)10 267 33 45}}"]], [45, 120]),
   ("p", "Geachte leden van de raad,"),
   ("p", "Hierbij ontvangt u de evaluatie van het cameratoezicht over 2024. Het beleid is in 2019 ingezet "
         "onder oud-burgemeester {{OF:Ahmed Aboutaleb}} en wordt door {{OF:burgemeester Schouten}} voortgezet. "
         "In {{PL:Feijenoord}}, {{PL:Charlois}} en {{PL:Hoogvliet}} zijn in totaal 31 camera's bijgeplaatst."),
   ("p", "De cijfers zijn aangeleverd door {{O:Politie Rotterdam}} en het {{O:Openbaar Ministerie}}. Op "
         "{{D:12 maart 2025}} is een klacht ontvangen van mevrouw {{P:Wiśniewska}} uit {{PL:Charlois}}, die vond "
         "dat een camera in haar woning aan de {{A:Dorpsweg 118}} kon kijken. De camera is aangepast."),
   ("p", "Ambtelijk is de evaluatie opgesteld door {{P:Jelle Schouten}} en {{P:Priya Ramcharan}} "
         "({{E:p.ramcharan@rotterdam.nl}}). Wethouder {{OF:Judith Boerhave}} is betrokken vanwege de "
         "koppeling met het programma Veilige Wijken."),
   ("p", "De volgende evaluatie verschijnt in {{D:mei 2026}}. Inwoners met vragen kunnen bellen met {{S:14 010}} "
         "of mailen naar {{FE:cameratoezicht@rotterdam.nl}}. Stadhuis: {{GA:Coolsingel 40}}, {{PL:Rotterdam}}."),
   ("p", "Met vriendelijke groet, de burgemeester van {{PL:Rotterdam}}, {{OF:Carola Schouten}}"),
   ("small", "Bijlage: overzicht cameralocaties (openbaar). Voor technische vragen: {{P:R. Ramcharan-Doelman}} "
             "(extern, {{O:Securitas}}), {{T:0612 987 345}}."),
  ]},

 {"name": "d05_gs_nota_gelderland", "producer": "fpdf2", "style": "GS-nota",
  "title": "GS-nota natuurherstel Veluwe", "author": "Lars van Amersfoort",
  "blocks": [
   ("h", "Nota voor Gedeputeerde Staten"),
   ("kv", [["Kenmerk", "{{C:2025-004871}}"], ["Datum", "{{D:22 april 2025}}"],
           ["Portefeuillehouder", "{{TI:gedeputeerde}} {{OF:Marijke Hooghiemstra}}"],
           ["Opsteller", "{{P:Lars van Amersfoort}}, {{O:Team Natuur en Landschap}}"],
           ["Telefoon", "{{T:+31 6 5138 2290}}"], ["E-mail", "{{E:lars.van.amersfoort@gelderland.nl}}"]],
    [40, 125]),
   ("h", "Advies"),
   ("p", "Gedeputeerde Staten besluiten een subsidie van EUR 1,2 miljoen te verlenen aan {{O:Geldersch "
         "Landschap & Kasteelen}} voor het herstel van heideterreinen op de {{PL:Veluwe}} tussen {{PL:Ede}} en "
         "{{PL:Apeldoorn}}."),
   ("h", "Toelichting"),
   ("p", "Gedeputeerde {{OF:Hooghiemstra}} heeft op {{D:3 april 2025}} met Commissaris van de Koning "
         "{{OF:John Berends}} gesproken over de stikstofopgave. Juridische toets door {{P:Ingrid Kuipers}}; "
         "financiele toets door {{P:Mohamed Ait Haddou}} ({{E:m.aithaddou@gelderland.nl}})."),
   ("p", "Eén grondeigenaar, de heer {{P:H.J. Mulder-ter Horst}}, eigenaar van het perceel aan de "
         "{{A:Hoge Veluweweg 8}} te {{PL:Hoenderloo}}, heeft bezwaar gemaakt tegen de begrenzing. Hij is te "
         "bereiken op {{T:0318-482 113}}. Mevrouw {{P:Kuipers}} adviseert hem uit te nodigen voor een gesprek."),
   ("p", "Paraaf teamleider: {{PA:RvB}} ({{D:23 april 2025}}). Paraaf concerncontrol: {{PA:M.A.H.}}"),
   ("small", "Provincie Gelderland, {{GA:Markt 11}}, {{PL:Arnhem}} - algemeen nummer {{S:026 359 91 11}} - "
             "{{FE:post@gelderland.nl}}"),
  ]},

 {"name": "d06_gs_voordracht_noord_holland", "producer": "docx", "style": "GS-voordracht",
  "title": "Voordracht GS Noord-Holland brandveiligheid", "author": "R. Brand",
  "blocks": [
   ("h", "Voordracht Gedeputeerde Staten van Noord-Holland"),
   ("kv", [["Onderwerp", "Regionale aanpak brandveiligheid in de {{PL:Zaanstreek}}"],
           ["Datum GS", "{{D:3 juni 2025}}"], ["Registratienummer", "{{C:2025-98412}}"],
           ["Gedeputeerde", "{{OF:Esmée Vos}}"], ["Ambtelijk opdrachtgever", "{{P:Petra van Dijk}}"],
           ["Opsteller", "{{P:RUUD BRAND}}, {{E:R.BRAND@NOORD-HOLLAND.NL}}, {{T:023 - 514 40 87}}"]]),
   ("p", "Na de brand in een chemisch bedrijf in {{PL:Wormerveer}} op {{D:7 mei 2025}} heeft gedeputeerde "
         "{{OF:Vos}} toegezegd de brandveiligheid van BRZO-bedrijven te laten doorlichten door de "
         "{{O:Omgevingsdienst Noordzeekanaalgebied}}."),
   ("p", "Commissaris van de Koning {{OF:Arthur van Dijk}} heeft gevraagd de burgemeesters van {{PL:Zaanstad}} "
         "en {{PL:Wormerland}} te betrekken. Het ambtelijk voorwerk is gedaan door {{P:Petra van Dijk}} en "
         "{{P:Dirk-Jan Hoekstra}}; de laatste is bereikbaar via {{E:dj.hoekstra@noord-holland.nl}} of "
         "{{T:06 30 12 88 41}}."),
   ("p", "Omwonende {{P:Soraya Pinas}} ({{A:Zaanweg 301}}, {{PL:Wormerveer}}) heeft een zienswijze "
         "ingediend; zij vraagt om een informatieavond. De heer {{P:Brand}} stelt voor deze in september te "
         "organiseren."),
   ("h", "Besluit"),
   ("p", "Gedeputeerde Staten besluiten: 1. de doorlichting op te dragen aan de omgevingsdienst; 2. Provinciale "
         "Staten te informeren met een brief. Vastgesteld op {{D:10 juni 2025}}."),
   ("small", "{{O:Provincie Noord-Holland}} | {{GA:Houtplein 33}} | {{PL:Haarlem}} | {{S:0800 0200 600}} | "
             "{{FE:gs-secretariaat@noord-holland.nl}}"),
  ]},

 {"name": "d07_woo_besluit_bzk", "producer": "docx", "style": "Woo-besluit met inventaris",
  "title": "Besluit op uw Woo-verzoek", "author": "Anouk ter Beek",
  "blocks": [
   ("p", "{{O:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}}"),
   ("p", "De heer {{P:T.A. Bouzidi}}"),
   ("p", "{{A:Lange Nieuwstraat 88-bis}}"),
   ("p", "{{A:2011 KM}} {{PL:Haarlem}}"),
   ("kv", [["Datum", "{{D:3 juni 2025}}"], ["Kenmerk", "{{C:2025-0000318452}}"],
           ["Onderwerp", "Besluit op uw verzoek op grond van de {{TE:Wet open overheid}}"]]),
   ("p", "Geachte heer {{P:Bouzidi}},"),
   ("p", "In uw e-mail van {{D:12 februari 2025}}, verzonden vanaf {{E:tarik.bouzidi84@gmail.com}}, heeft u "
         "verzocht om documenten over de voorbereiding van het wetsvoorstel dat minister {{OF:Judith "
         "Uitermark}} op {{D:20 januari 2025}} naar de {{O:Tweede Kamer}} stuurde. Op {{D:17 februari 2025}} "
         "heeft {{P:Anouk ter Beek}} u telefonisch gesproken op {{T:06 2274 9013}} over de afbakening."),
   ("h", "Besluit"),
   ("p", "Ik maak de documenten deels openbaar. Persoonsgegevens van ambtenaren en derden zijn gelakt op grond "
         "van artikel 5.1, tweede lid, onder e, van de Woo (code {{TE:5.1.2e}})."),
   ("table", [["Nr", "Document", "Datum", "Beoordeling", "Grond"],
              ["{{C:BZK-0001}}", "E-mail {{P:VAN DER LINDEN, J.P.}} aan DGOO", "{{D:08-01-2025}}",
               "deels openbaar", "5.1.2e"],
              ["{{C:BZK-0002}}", "Nota aan minister {{OF:Uitermark}}", "{{D:13-01-2025}}", "deels openbaar",
               "5.1.2e"],
              ["{{C:BZK-0003}}", "Verslag overleg met {{O:VNG}}", "{{D:15-01-2025}}", "openbaar", "-"],
              ["{{C:BZK-0004}}", "Chat {{P:Lisanne}} / {{P:Orhan}}", "{{D:16-01-2025}}", "deels openbaar",
               "5.1.2e"]]),
   ("p", "Document {{C:BZK-0002}} bevat een paraaf van de directeur ({{PA:JvdL}}); deze is gelakt."),
   ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken. Vragen kunt u stellen via "
         "{{FE:woo@minbzk.nl}} of het algemene nummer {{S:070 426 6426}}."),
   ("p", "De minister van Binnenlandse Zaken en Koninkrijksrelaties, namens deze, {{U:drs. K. Bosman}}, "
         "{{TI:directeur Informatiehuishouding}}"),
   ("small", "Bezoekadres {{GA:Turfmarkt 147}}, {{PL:Den Haag}} - Postadres {{GA:Postbus 20011}}"),
  ]},

 {"name": "d08_woo_besluit_ez_inventaris", "producer": "html", "style": "Woo-besluit met inventaris",
  "title": "Woo-besluit inventarislijst EZ",
  "blocks": [
   ("h", "Besluit op uw Woo-verzoek over overleg met de staalindustrie"),
   ("p", "Mevrouw {{P:I. Kortenhoeven}}, {{A:Wolter Heukelslaan 41}}, {{A:3581 SP}} {{PL:Utrecht}}"),
   ("kv", [["Datum", "{{D:14 juli 2025}}"], ["Ons kenmerk", "{{C:DGKE / 25218817}}"],
           ["Uw verzoek", "{{D:28 maart 2025}}"]]),
   ("p", "Geachte mevrouw {{P:Kortenhoeven}},"),
   ("p", "U heeft als journalist van {{O:Follow the Money}} gevraagd om alle documenten over overleg tussen het "
         "{{O:Ministerie van Economische Zaken}} en {{O:Tata Steel}} in de periode {{D:1 juli 2024}} tot "
         "{{D:1 maart 2025}}, waaronder de gesprekken van minister {{OF:Dirk Beljaarts}} en van oud-minister "
         "{{OF:Micky Adriaansens}}."),
   ("h", "Inventarislijst"),
   ("table", [["ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting"],
              ["{{C:EZ-24-0101}}", "E-mail {{P:Kok}} aan {{P:Asante}}", "{{D:2024-07-04}}", "deels openbaar",
               "5.1.2e", "namen ambtenaren"],
              ["{{C:EZ-24-0102}}", "Bijlage bij {{C:EZ-24-0101}}", "{{D:2024-07-04}}", "openbaar", "", ""],
              ["{{C:EZ-24-0140}}", "Verslag gesprek minister {{OF:Beljaarts}} - {{O:Tata Steel}}",
               "{{D:2024-09-19}}", "deels openbaar", "5.1.2e, 5.1.2i", ""],
              ["{{C:EZ-24-0188}}", "Chat {{PR:Signal}} {{P:Jan-Willem Kok}} / {{P:Kwame Asante}}",
               "{{D:2024-11-02}}", "deels openbaar", "5.1.2e", "nummer {{T:06-21 43 65 87}} gelakt"],
              ["{{C:EZ-25-0007}}", "Nota {{O:DG Klimaat en Energie}}", "{{D:2025-01-15}}", "niet openbaar",
               "5.2.1", "persoonlijke beleidsopvattingen"],
              ["{{C:EZ-25-0031}}", "Brief {{O:FNV Metaal}} aan de minister", "{{D:2025-02-11}}", "openbaar",
               "", "reeds openbaar"]]),
   ("p", "In documenten {{C:EZ-24-0101}} en {{C:EZ-24-0188}} staan namen en contactgegevens van "
         "medewerkers, waaronder het adres {{E:jw.kok@minezk.nl}} en het adres "
         "{{E:kwame.asante@minezk.nl}}. Ook de naam van een medewerker van {{O:Tata Steel}}, "
         "{{P:Marieke Wijnberg}}, is gelakt."),
   ("p", "Voor vragen kunt u contact opnemen met {{FE:woo-ez@minezk.nl}}. U kunt ook bellen met "
         "{{S:070 379 8911}}. Bezoekadres: {{GA:Bezuidenhoutseweg 73}}, {{PL:Den Haag}}."),
  ]},

 {"name": "d09_woo_besluit_zuid_holland", "producer": "reportlab", "style": "Woo-besluit met inventaris",
  "title": "Woo-besluit Provincie Zuid-Holland",
  "blocks": [
   ("p", "{{O:Provincie Zuid-Holland}} - {{O:Gedeputeerde Staten}}"),
   ("p", "Mevrouw {{P:M.E. van den Heuvel-Jansen}}, {{A:Burgemeester Visserpark 17}}, {{A:3118 KA}} "
         "{{PL:Schiedam}}"),
   ("kv", [["Datum", "{{D:19 augustus 2025}}"], ["Kenmerk", "{{C:PZH-2025-891733411}}"],
           ["Onderwerp", "Besluit {{TE:Woo-verzoek}} N209"]], [35, 130]),
   ("p", "Geachte mevrouw {{P:Van den Heuvel-Jansen}},"),
   ("p", "Op {{D:2 juni 2025}} ontvingen wij uw verzoek om informatie over de reconstructie van de N209 bij "
         "{{PL:Bleiswijk}}. Gedeputeerde {{OF:Arjen van der Sluis}} heeft in de Statencommissie van "
         "{{D:11 juni 2025}} toegezegd dat alle stukken zouden worden beoordeeld. Ook de Commissaris van de "
         "Koning, {{OF:Wouter Kolff}}, heeft zich over de planning laten informeren."),
   ("table", [["Nr", "Omschrijving", "Datum", "Oordeel", "Grond"],
              ["{{C:PZH-01}}", "Memo {{P:Van Leeuwen}} aan gedeputeerde", "{{D:2025-01-08}}", "deels", "5.1.2e"],
              ["{{C:PZH-02}}", "Mail {{O:Heijmans}} over faseringsplan", "{{D:2025-02-17}}", "deels",
               "5.1.2e / 5.1.1c"],
              ["{{C:PZH-03}}", "Bewonersbrief {{PL:Bleiswijk}}", "{{D:2025-03-03}}", "openbaar", ""],
              ["{{C:PZH-04}}", "WhatsApp {{P:G. Boukhari}} / {{P:S. de la Rive}}", "{{D:2025-03-21}}",
               "deels", "5.1.2e"]], [18, 62, 24, 18, 30]),
   ("p", "De memo onder {{C:PZH-01}} is opgesteld door {{P:Esther van Leeuwen}}, {{TI:projectleider}}; haar "
         "mobiele nummer {{T:06-4829 1175}} en haar adres {{E:ea.van.leeuwen@pzh.nl}} zijn gelakt. In "
         "{{C:PZH-04}} staat het nummer {{T:(06) 155 90 322}} van mevrouw {{P:De la Rive}}."),
   ("p", "Eventuele vragen kunt u richten aan {{FE:woo@pzh.nl}} of telefonisch aan {{S:070 441 66 11}}. "
         "Provinciehuis: {{GA:Zuid-Hollandplein 1}}, {{PL:Den Haag}}."),
   ("p", "Hoogachtend, Gedeputeerde Staten van Zuid-Holland, namens dezen, {{TI:teamleider Juridische Zaken}}"),
  ]},
]
