# Set D documents 10-18: uitvoeringsorganisaties, crisis logs, press Q&A. Markup: see generate.py.
DOCS_B = [
 {"name": "d10_uwv_memo_ww", "producer": "fpdf2", "style": "interne memo uitvoeringsorganisatie",
  "title": "Interne memo WW-dossier", "author": "Kees Smit",
  "blocks": [
   ("h", "Interne memo {{O:UWV}} - WW-dossier"),
   ("kv", [["Zaaknummer", "{{C:WW-2025-0417733}}"], ["Dossiernummer", "{{C:604312987}}"],
           ["Datum", "{{D:9 januari 2025}}"],
           ["Van", "{{P:Kees Smit}}, {{TI:arbeidsdeskundige}}"],
           ["Aan", "{{P:Noor Bakker-El Ouali}}, {{TI:teamleider}}"]], [40, 125]),
   ("h", "Gegevens klant"),
   ("table", [["Naam", "BSN", "Geboortedatum", "Adres"],
              ["{{P:Dragana Petrović}}", "{{B:162275869}}", "{{U:14-02-1987}}",
               "{{A:Dorpsstraat 12}}, {{A:7411 AB}} {{PL:Deventer}}"]], [45, 30, 30, 65]),
   ("p", "Mevrouw {{P:Petrović}} werkte tot {{D:31 oktober 2024}} bij {{O:Bakkerij Smit B.V.}} in "
         "{{PL:Deventer}}. Zij vraagt betaling van de {{TE:WW-uitkering}} op rekening "
         "{{I:NL11 ABNA 0367 3523 60}} in plaats van op de oude rekening {{I:NL32INGB5291598346}}. Wijziging "
         "is verwerkt via {{PR:Mijn UWV}}; zij logde in met {{PR:DigiD}}."),
   ("p", "Haar partner, de heer {{P:Goran Petrović}}, belde op {{D:6 januari 2025}} vanaf {{T:0570-612 448}}. "
         "Ik heb hem verwezen naar het klantcontactcentrum ({{S:088 - 898 92 94}}). Klacht wordt behandeld "
         "door {{P:Noor}} of door mij ({{E:kees.smit@uwv.nl}})."),
   ("p", "Advies: de uitkering per {{D:1 november 2024}} toekennen. Afgestemd met {{P:Bakker-El Ouali}} en met "
         "de {{O:Sociale Verzekeringsbank}}. Kopie naar {{FE:klantcontact.oost@uwv.nl}}."),
   ("small", "{{O:UWV}} | {{GA:La Guardiaweg 94}} | {{PL:Amsterdam}} | Paraaf: {{PA:KSm}}"),
  ]},

 {"name": "d11_duo_memo_terugvordering", "producer": "html", "style": "interne memo uitvoeringsorganisatie",
  "title": "Memo terugvordering studiefinanciering",
  "blocks": [
   ("h", "Memo {{O:DUO}} - terugvordering studiefinanciering"),
   ("kv", [["Datum", "{{D:27 februari 2025}}"], ["Zaak", "{{C:DUO-SF-2025-118204}}"],
           ["Opgesteld door", "{{P:Sietske Bosma}} ({{E:sietske.bosma@duo.nl}}, {{T:050 - 599 63 21}})"],
           ["Voor", "{{TI:afdelingsmanager}} Studiefinanciering"]]),
   ("h", "Situatie"),
   ("p", "Student {{P:Chen Jiahui}} (BSN {{B:1878.91.151}}, geboren {{U:3 september 2003}}) staat ingeschreven "
         "op {{A:Kerklaan 33-II}}, {{A:9721 EJ}} {{PL:Groningen}}. Bij een huisbezoek op {{D:4 februari 2025}} "
         "bleek dat zij daar niet woont maar bij haar vader, de heer {{P:Chen Wei}}, in {{PL:Assen}}. De "
         "uitwonendenbeurs wordt teruggevorderd."),
   ("p", "Terugbetaling vindt plaats vanaf rekening {{I:NL97RABO0797086885}}. Mevrouw {{P:Chen Jiahui}} heeft via "
         "{{PR:Mijn DUO}} bezwaar aangekondigd. Haar mobiele nummer staat in het dossier: {{T:06 84 21 37 09}}."),
   ("h", "Beleid"),
   ("p", "Minister {{OF:Eppo Bruins}} heeft de {{O:Tweede Kamer}} op {{D:10 december 2024}} geïnformeerd over "
         "de hersteloperatie controle uitwonendenbeurs. In het rapport van {{O:PwC}} bleek dat studenten met "
         "een migratieachtergrond vaker werden gecontroleerd. Collega {{P:Samira Benali}} "
         "({{E:S.Benali@duo.nl}}) toetst of dit dossier onder de herstelregeling valt."),
   ("p", "Bereikbaarheid voor de student: {{S:050 599 77 55}} of {{FE:bezwaar@duo.nl}}. Postadres: {{GA:Postbus "
         "50061}}, {{PL:Groningen}}. Bezoekadres {{GA:Kempkensberg 12}}."),
   ("small", "Paraaf: {{PA:SB}} - {{PA:sbe}}"),
  ]},

 {"name": "d12_belastingdienst_herstel", "producer": "reportlab", "style": "interne memo uitvoeringsorganisatie",
  "title": "Escalatiememo herstel kinderopvangtoeslag", "author": "Youssef Amrani",
  "blocks": [
   ("h", "Escalatiememo {{O:Uitvoeringsorganisatie Herstel Toeslagen}}"),
   ("kv", [["Zaaknummer", "{{C:UHT-2024-33817}}"], ["Datum", "{{D:15 april 2025}}"],
           ["Behandelaar", "{{P:Youssef Amrani}} - {{T:06-18445207}} - {{E:y.amrani@belastingdienst.nl}}"],
           ["Aanvrager", "{{P:Gloria Martina-Isenia}}"], ["BSN", "{{B:691 682 483}}"],
           ["Adres", "{{A:Bijlmerdreef 1201}}, {{A:1103 TT}} {{PL:Amsterdam}}"],
           ["Rekening", "{{I:NL39 SNSB 0325 8105 25}}"]], [35, 130]),
   ("p", "Mevrouw {{P:Martina-Isenia}} is gedupeerde van de {{TE:kinderopvangtoeslagaffaire}}. Zij ontving in "
         "2023 de Catshuisregeling van EUR 30.000. De integrale beoordeling loopt sinds {{D:1 maart 2024}}. "
         "Haar ex-partner, de heer {{P:R.F. Sewnarain}}, vraagt een eigen beoordeling als "
         "{{TE:ex-partner}}."),
   ("p", "Staatssecretaris {{OF:Sandra Palmen}} heeft in haar voortgangsrapportage beloofd dat dossiers ouder "
         "dan twaalf maanden met voorrang worden behandeld. Dat beleid gaat terug op toezeggingen van "
         "staatssecretaris {{OF:Aukje de Vries}} en oud-staatssecretaris {{OF:Alexandra van Huffelen}}."),
   ("p", "Escalatie: het {{O:Sociaal Juridisch Team}} ({{P:Fenna van der Wal}}, {{E:fenna.vanderwal@toeslagen.nl}}) "
         "en de {{O:Commissie Werkelijke Schade}} worden ingeschakeld. De {{TI:zaakbehandelaar}} belt de "
         "aanvrager op {{T:+31 20 845 19 02}}."),
   ("p", "Algemene informatie voor ouders: {{S:0800-2000}} (Herstel Toeslagen) en {{S:0800-0543}} "
         "({{O:BelastingTelefoon}}). Escalaties via {{FE:escalaties-uht@belastingdienst.nl}}."),
   ("small", "Postadres {{GA:Postbus 2502}}, {{PL:Apeldoorn}}. Paraaf behandelaar {{PA:YA}}."),
  ]},

 {"name": "d13_cjib_memo_inning", "producer": "docx", "style": "interne memo uitvoeringsorganisatie",
  "title": "Memo CJIB betalingsregeling", "author": "Femke Stoter",
  "blocks": [
   ("h", "Memo {{O:CJIB}} - verzoek betalingsregeling"),
   ("kv", [["CJIB-nummer", "{{C:7000 0412 3384 9921}}"], ["Datum", "{{D:5 maart 2025}}"],
           ["Betrokkene", "{{P:Piotr Kowalczyk}}"], ["BSN", "{{B:688136138}}"],
           ["Adres", "{{A:Zuiderdiep 71}}, {{A:9401 GJ}} {{PL:Assen}}"],
           ["Van", "{{P:Femke Stoter}}, {{TI:medewerker bijzondere inning}}"]]),
   ("p", "De heer {{P:Kowalczyk}} heeft vier openstaande beschikkingen ({{TE:Wet Mulder}}) met een totaal van "
         "EUR 1.184. Hij verzoekt om een betalingsregeling van EUR 50 per maand vanaf rekening "
         "{{I:NL18KNAB0209525498}}. Zijn werkgever, {{O:Kowalski Transport}} in {{PL:Emmen}}, bevestigt een "
         "inkomen op bijstandsniveau."),
   ("p", "Schuldhulpverlener {{P:Marco Hoogendoorn}} van {{O:Kredietbank Nederland}} belde op "
         "{{D:3 maart 2025}} vanaf {{T:0592 - 36 54 10}} en mailde vanaf {{E:m.hoogendoorn@kredietbank.nl}}."),
   ("p", "Advies: regeling toekennen; deurwaarder {{P:Van der Zwaan}} wordt teruggetrokken. Dit sluit aan bij "
         "het beleid van staatssecretaris {{OF:Ingrid Coenradie}} om kwetsbare betrokkenen niet verder in de "
         "problemen te brengen. Overleg met {{P:Sybren Feenstra}} ({{E:s_feenstra@cjib.nl}}) op "
         "{{D:4 maart 2025}}."),
   ("p", "Voor vragen van betrokkenen: {{S:058 - 233 88 88}} of {{FE:betalingsregeling@cjib.nl}}. "
         "{{O:CJIB}}, {{GA:Pieter Stuyvesantweg 1}}, {{PL:Leeuwarden}}."),
   ("small", "Paraaf: {{PA:FSt}} / gezien {{PA:SyF}}"),
  ]},

 {"name": "d14_ind_memo_zaak", "producer": "fpdf2", "style": "interne memo uitvoeringsorganisatie",
  "title": "IND interne memo gezinshereniging", "author": "E.J. de Graaf",
  "blocks": [
   ("h", "{{O:IND}} - interne memo nareis"),
   ("kv", [["Zaaknummer", "{{C:IND-2025-8812045}}"], ["Datum", "{{D:20 mei 2025}}"],
           ["Behandelaar", "{{P:Erik-Jan de Graaf}}"], ["Telefoon", "{{T:+31 88 043 2271}}"],
           ["E-mail", "{{E:ej.de.graaf@ind.nl}}"]], [40, 125]),
   ("p", "Referent {{P:Tesfay Haile Gebremedhin}} (BSN {{B:321146487}}, geboren {{U:1 januari 1994}}) woont "
         "sinds {{D:12 augustus 2024}} op {{A:Paltrokstraat 46}} in {{PL:Amsterdam}}. Hij verzoekt om nareis van "
         "zijn echtgenote {{P:Helen Tesfay}} en twee kinderen, die in {{PL:Kampala}} verblijven."),
   ("p", "Zijn advocaat, {{P:mr. S. Nasiri}}, stuurde op {{D:14 mei 2025}} aanvullende stukken. Het interview "
         "werd afgenomen met tolk {{P:Abdi Warsame}} in aanmeldcentrum {{PL:Ter Apel}}."),
   ("p", "Beleidsachtergrond: minister {{OF:Marjolein Faber}} heeft aangekondigd de nareis te beperken. Tot "
         "wetswijziging geldt het huidige beleid; de {{TE:Vreemdelingencirculaire}} is leidend. Afgestemd met "
         "{{P:Wouter Zomer}} ({{E:wouter.zomer@ind.nl}}); hij komt in de zomer terug op de DNA-uitslag."),
   ("p", "Contact voor referent: {{S:088 043 0430}}. {{O:Vluchtelingenwerk Nederland}} en het {{O:COA}} zijn "
         "geinformeerd via {{FE:nareis@ind.nl}}. Advies: inwilligen onder voorbehoud."),
   ("small", "Paraaf: {{PA:EJdG}} - {{PA:WZ}}"),
  ]},

 {"name": "d15_rot_logboek_kennemerland", "producer": "html", "style": "crisislogboek",
  "title": "Logboek ROT Kennemerland",
  "blocks": [
   ("h", "Logboek ROT - {{O:Veiligheidsregio Kennemerland}} - {{D:9 mei 2025}}"),
   ("p", "Incident: brand in bedrijfspand, {{PL:Spaarndam}}. Opgeschaald naar {{TE:GRIP 2}} om 14:20."),
   ("lines", [
     "14:02 | Meldkamer | {{PA:MdJ}}: melding brand bedrijfspand Kleine Vaart, veel rook richting {{PL:Haarlem}}.",
     "14:11 | OvD | {{PA:RB}}: inzet drie tankautospuiten {{O:Brandweer Kennemerland}}.",
     "14:20 | Operationeel leider {{P:Marco de Jong}}: opschaling naar {{TE:GRIP 2}}.",
     "14:26 | {{PA:MdJ}}: {{PR:NL-Alert}} verzonden voor {{PL:Spaarndam}} en {{PL:Haarlem-Noord}}.",
     "14:40 | Burgemeester {{OF:Wienen}} geïnformeerd, komt naar het ROT.",
     "14:52 | {{O:GGD Kennemerland}} ({{P:Sevda Kaya}}, {{T:06 53 11 20 87}}): meetploeg onderweg.",
     "15:05 | Bewoner mevr. {{P:A. Bakker}}, {{A:Kleverparkweg 21}}, belt over rook; ouder echtpaar.",
     "15:18 | Woordvoerder {{OF:Gerda Stam}}: persbericht 15:30 via {{FE:communicatie@vrk.nl}}.",
     "15:31 | {{PA:RB}}: brand meester. Afschaling om 16:10 voorgesteld.",
     "16:10 | {{P:De Jong}}: afschaling naar {{TE:GRIP 1}} met instemming burgemeester {{OF:Jos Wienen}}.",
   ]),
   ("h", "Bereikbaarheid"),
   ("table", [["Rol", "Naam", "Telefoon"],
              ["Operationeel leider", "{{P:Marco de Jong}}", "{{T:06-5100 2368}}"],
              ["Officier van dienst", "{{P:Rutger Boukema}}", "{{T:0031 6 2094 7731}}"],
              ["Calamiteitencoördinator", "{{P:M. de Jong-Vermeulen}}", "{{T:023 - 515 95 61}}"],
              ["Meldkamer (algemeen)", "-", "{{S:088 - 788 75 00}}"]]),
   ("p", "Informatielijn voor publiek: {{S:0800 - 1351}}. Postadres {{GA:Postbus 5514}}, {{PL:Haarlem}}. "
         "Logboek vastgesteld door {{PA:MdJ}} op {{D:10 mei 2025}}."),
  ]},

 {"name": "d16_dcc_logboek_ienw", "producer": "fpdf2", "style": "crisislogboek",
  "title": "DCC IenW logboek storing Velsertunnel",
  "blocks": [
   ("h", "Logboek {{O:DCC-IenW}} - storing {{PL:Velsertunnel}} - {{D:17 juni 2025}}"),
   ("lines", [
     "[06:42] {{PA:RvdB}}: melding {{O:Rijkswaterstaat}} VCNH, tunnel dicht na storing ventilatie.",
     "[06:55] {{PA:RvdB}}: contact met {{O:ProRail}} i.v.m. omleiding; wegverkeer via {{PL:Beverwijk}}.",
     "[07:10] {{PA:ML}}: piket {{P:Marloes Jansen}} gebeld op {{T:06-2039 4417}}.",
     "[07:25] {{PA:ML}}: aannemer {{O:Van Oord}} levert reserveonderdelen; contactpersoon {{P:Sanne van Oord}} "
     "({{T:010 - 447 23 16}}).",
     "[07:48] Minister {{OF:Barry Madlener}} wil om 09:00 een update. Staatssecretaris {{OF:Chris Jansen}} "
     "is in {{PL:Brussel}}.",
     "[08:30] {{PA:JdW}}: update aan minister {{OF:Madlener}} opgesteld door {{P:Jeroen de Waard}}.",
     "[09:05] {{PA:ML}}: {{O:NCTV}} geïnformeerd via {{FE:nationaal.crisiscentrum@nctv.minjenv.nl}}.",
     "[10:15] {{PA:RvdB}}: tunnel om 10:12 weer open.",
   ]),
   ("h", "Deelnemers"),
   ("table", [["Initialen", "Naam", "Rol", "Contact"],
              ["{{PA:RvdB}}", "{{P:Ruben van den Bergh}}", "{{TI:crisiscoördinator}}", "{{E:ruben.vanden.bergh@minienw.nl}}"],
              ["{{PA:ML}}", "{{P:Mei Ling Tjoa}}", "{{TI:informatiecoördinator}}", "{{E:meiling.tjoa@minienw.nl}}"],
              ["{{PA:JdW}}", "{{P:Jeroen de Waard}}", "{{TI:adviseur}}", "{{E:jeroen.dewaard@minienw.nl}}"]],
    [20, 45, 45, 60]),
   ("p", "Nazorg: {{P:Marloes Jansen}} stelt een evaluatie op voor {{OF:staatssecretaris Jansen}} en de "
         "{{O:Inspectie Leefomgeving en Transport}}. Algemeen nummer {{O:Ministerie van Infrastructuur en "
         "Waterstaat}}: {{S:070 456 0000}}. Bezoekadres {{GA:Rijnstraat 8}}, {{PL:Den Haag}}."),
  ]},

 {"name": "d17_persqa_ind_wachttijden", "producer": "reportlab", "style": "pers Q&A",
  "title": "Q&A wachttijden asielprocedure",
  "blocks": [
   ("h", "Vraag-en-antwoord voor woordvoering - wachttijden asiel"),
   ("kv", [["Datum", "{{D:2 april 2025}}"], ["Woordvoerder", "{{OF:Sanne Pieterse}}"],
           ["Opgesteld door", "{{P:Hüseyin Yılmaz}}, {{TI:senior beleidsmedewerker}}"],
           ["Akkoord", "{{P:Maud Wolters}} ({{TI:afdelingshoofd}}), {{PA:MW}}"]], [40, 125]),
   ("p", "V: Hoe lang wachten asielzoekers op een beslissing? A: De gemiddelde doorlooptijd is 64 weken. De "
         "{{O:IND}} zet extra beslismedewerkers in. Woordvoerder {{OF:Sanne Pieterse}} verwijst voor de "
         "cijfers naar de maandrapportage."),
   ("p", "V: Wat doet minister {{OF:Faber}}? A: Minister {{OF:Marjolein Faber}} heeft de {{O:Tweede Kamer}} op "
         "{{D:25 maart 2025}} geinformeerd. Haar voorganger, staatssecretaris {{OF:Eric van der Burg}}, had al "
         "een versnellingsplan. Niet noemen: de interne analyse van {{P:Yılmaz}} en {{P:Lotte Hoogeveen}}."),
   ("p", "V: Klopt het dat een medewerker een dossier heeft gelekt? A: Daar doen wij geen uitspraken over. "
         "(Intern: het gaat om {{P:Kevin Hoogeveen}}, {{TI:beslismedewerker}} in {{PL:Zwolle}}; contact via "
         "{{E:k.hoogeveen@ind.nl}}.)"),
   ("p", "V: Een journalist van {{O:NOS}}, {{P:Laura Meijers}}, vraagt om een interview. A: Doorverwijzen naar "
         "woordvoerder {{OF:Bas Aarts}}. Haar nummer: {{T:06 - 22 33 81 04}}."),
   ("p", "Perslijn {{O:IND}}: {{S:088 043 0150}} - {{FE:woordvoering@ind.nl}}. Postadres voor pers: "
         "{{GA:Postbus 287}}, {{PL:Zwolle}}."),
  ]},

 {"name": "d18_persqa_vws_rivm", "producer": "docx", "style": "pers Q&A",
  "title": "Q&A woordvoering vaccinatiegraad", "author": "Thijs Agema",
  "blocks": [
   ("h", "Woordvoeringslijn vaccinatiegraad jeugd"),
   ("kv", [["Datum", "{{D:8 mei 2025}}"], ["Woordvoerder", "{{OF:Jeroen de Witte}}"],
           ["Opsteller", "{{P:Thijs Agema}} ({{TI:beleidsmedewerker}} {{O:Directie Publieke Gezondheid}})"],
           ["Contact opsteller", "{{T:06 18 27 36 45}} / {{E:t.agema@minvws.nl}}"]]),
   ("p", "V: Wat vindt {{OF:minister Agema}} van de dalende vaccinatiegraad? A: Minister {{OF:Fleur Agema}} maakt "
         "zich zorgen en voert op {{D:15 mei 2025}} overleg met het {{O:RIVM}} en {{O:GGD GHOR Nederland}}."),
   ("p", "V: Is dit niet eerder gesignaleerd? A: Ook oud-minister {{OF:Hugo de Jonge}} en oud-minister "
         "{{OF:Ernst Kuipers}} hebben campagnes gestart. Let op: verwar collega {{P:Thijs Agema}} in mails "
         "niet met de minister; interne stukken gaan via {{P:Pim Vrolijk}} ({{E:pim.vrolijk@minvws.nl}})."),
   ("p", "V: Het lid {{OF:Bikker}} (ChristenUnie) stelde Kamervragen ({{C:2025Z08812}}). Wanneer komen de "
         "antwoorden? A: Binnen drie weken. De beantwoording wordt vrolijk noch somber: feitelijk."),
   ("p", "V: Heeft het ministerie contact met ouders die klagen? A: Ja. Een moeder, mevrouw {{P:Y. El Ouazzani}}, "
         "schreef vanaf {{E:yasmina.elouazzani@hotmail.com}}; de brief is doorgestuurd naar de "
         "{{O:GGD Haaglanden}}."),
   ("p", "Perslijn VWS: {{S:070 340 6000}}; vragen van publiek via {{S:1400}} ({{O:Rijksoverheid}}). "
         "Functionele mailbox: {{FE:persvoorlichting@minvws.nl}}. Bezoekadres {{GA:Parnassusplein 5}}, "
         "{{PL:Den Haag}}."),
  ]},
]
