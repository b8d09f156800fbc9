"""Set AQ documents 01-15 (invented content)."""
from util import bsn, iban

B1, B2, B3, B4 = bsn(3301), bsn(3302), bsn(3303), bsn(3304)
I1, I2, I3 = iban("INGB", 3311), iban("RABO", 3312), iban("ASNB", 3313)

DOCS = []


def doc(name, title, producer, blocks, header="", footer="", hidden=None, serif=False):
    DOCS.append(dict(name=name, title=title, producer=producer, blocks=blocks, header=header, footer=footer,
                     hidden=hidden or {}, serif=serif))


doc("aq01_incidentmelding_school", "Incidentmelding", "lo", [
    ("h1", "Incidentmelding {{Dr. Schaepmanschool}} – groep 7b"),
    ("p", "School: {{Dr. Schaepmanschool}}, onderdeel van {{Stichting Prisma}} ({{Oss}}). Datum incident: 12 maart 2025, "
          "grote pauze. Melder: [[Femke van den Akker-Wolters]], leerkracht groep 7b."),
    ("h2", "Wat is er gebeurd"),
    ("p", "Tijdens het buitenspelen is [[Storm]] [[X:V.]] tegen het hek geduwd door [[Yusuf]] [[X:A.]] Daarbij liep [[Storm]] een "
          "snijwond aan de hand op. Een storm van verwijten volgde op het plein; [[Roos]] [[X:K.]] heeft het gezien en haalde "
          "juf [[Femke]]. De EHBO is verleend door conciërge [[Henk Oosterveld]]."),
    ("p", "De {{intern begeleider}}, [[Ilse Brouwer-Tjon A Fong]], heeft dezelfde middag met beide leerlingen gesproken. "
          "De {{schoolleider}}, [[Ruud Verhaegh]], heeft de ouders gebeld: mevrouw [[Debora Vermeulen]] (moeder van [[Storm]]) "
          "en de heer [[Abdelkader Amrani]] (vader van [[Yusuf]])."),
    ("h2", "Afspraken"),
    ("table", [["Wie", "Actie", "Termijn"],
               ["[[Ilse Brouwer-Tjon A Fong]]", "Gesprek met [[Yusuf]] en ouders over {{Kanjertraining}}", "19 maart"],
               ["[[Ruud Verhaegh]]", "Melding in {{ParnasSys}} en aan {{bestuursbureau}}", "direct"],
               ["[[Femke van den Akker-Wolters]]", "Klassengesprek groep 7b", "13 maart"]]),
    ("p", "Het incident valt onder het {{veiligheidsplan}} van de school. Een melding bij de {{Inspectie van het Onderwijs}} "
          "is niet vereist. Vragen: {{administratie@schaepmanschool.nl}} of {{0412 634 210}}."),
], footer="Dr. Schaepmanschool · vertrouwelijk", hidden={
    "meta": {"author": "[[Femke van den Akker-Wolters]]", "title": "Incidentmelding 7b"},
    "annots": ["[[Ruud Verhaegh]]::Graag ook het telefoonnummer van [[Wendy Vermeulen]] (oma) toevoegen"]})

doc("aq02_brief_ouders", "Brief aan ouders", "chrome", [
    ("p", "Aan de ouders/verzorgers van [[Sky]] [[X:M.]]\nFamilie [[Martis]]\n[[A:Rozengracht 41]]\n[[A:5341 GK]] {{Oss}}"),
    ("p", "{{Oss}}, 14 maart 2025\nBetreft: gebeurtenis op het schoolplein"),
    ("p", "Beste [[Rosalie Martis]] en [[Rignald Martis]],"),
    ("p", "Op woensdag heeft [[Sky]] gezien hoe een klasgenoot gewond raakte. Wij begrijpen dat dit indruk maakt. Juf "
          "[[Sanne Hoekstra]] en onze {{intern begeleider}} [[Ilse Brouwer-Tjon A Fong]] zijn beschikbaar voor een gesprek. "
          "Ook [[Bloem]] [[X:D.]] en [[Noah]] [[X:S.]] uit groep 7b krijgen deze brief."),
    ("p", "Op 20 maart bezoekt onderwijsinspecteur [[Marloes Tuinman]] onze school in het kader van het vierjaarlijks "
          "onderzoek van de {{Inspectie van het Onderwijs}}. Het bezoek staat los van dit incident."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "[[R. Verhaegh]]"),
    ("p", "[[Ruud Verhaegh]], {{schoolleider}} {{Dr. Schaepmanschool}}\n{{info@schaepmanschool.nl}} · {{0412 634 210}}"),
], hidden={"meta": {"author": "[[Sanne Hoekstra]]", "title": "Brief ouders 7b [[Martis]]"}})

doc("aq03_verzuimmelding", "Proces-verbaal leerplicht", "rl", [
    ("h1", "Proces-verbaal van bevindingen – {{Leerplichtwet 1969}}"),
    ("p", "Ik, [[Gerrit-Jan Kuipers]], {{leerplichtambtenaar}} van de {{gemeente Zwolle}}, {{buitengewoon opsporingsambtenaar}} "
          "(BOA-nummer [[X:BOA-7713204]]), verklaar het volgende."),
    ("table", [["Gegevens", "Leerling", "Ouder 1", "Ouder 2"],
               ["Naam", "[[Mees Dijkstra-Boersma]]", "[[Anke Boersma]]", "[[Hylke Dijkstra]]"],
               ["Geboortedatum", "[[D:02-11-2011]]", "[[D:17-06-1980]]", "[[D:30-01-1978]]"],
               ["BSN", f"[[B:{B1}]]", f"[[B:{B2}]]", "onbekend"],
               ["Adres", "[[A:Assendorperstraat 118]]", "[[A:Assendorperstraat 118]]", "[[A:Pletterstraat 9a]]"],
               ["Postcode", "[[A:8012 DH]] {{Zwolle}}", "[[A:8012 DH]] {{Zwolle}}", "[[A:8011 PX]] {{Zwolle}}"],
               ["Telefoon", "-", "[[T:06 41 77 20 93]]", "[[T:06 28 30 55 12]]"]]),
    ("p", "[[Mees]] staat ingeschreven bij {{Thomas a Kempis College}} ({{Zwolle}}). Volgens de {{verzuimmelding}} in "
          "{{DUO-verzuimregister}} van 3 februari 2025, gedaan door {{verzuimcoördinator}} [[Jolanda ter Horst]], was hij "
          "sinds 6 januari 2025 zonder geldige reden 64 uur afwezig. Op 10 februari sprak ik moeder [[Anke Boersma]] thuis. "
          "Zij verklaarde: '[[Mees]] wil niet meer, hij zit op zijn kamer.' Vader [[Hylke Dijkstra]] was telefonisch bereikbaar."),
    ("p", "Ik heb de ouders gewezen op artikel 2 van de {{Leerplichtwet 1969}} en een verwijzing gedaan naar het "
          "{{Sociaal Wijkteam Zwolle}}. Zaak doorgezet naar {{Halt}} / {{Openbaar Ministerie}}: nee, eerst zorgtraject."),
    ("p", "Opgemaakt te {{Zwolle}}, 14 februari 2025."),
    ("sig", "[[G.J. Kuipers]]"),
], header="Gemeente Zwolle – Team Leerplicht & RMC", footer="Kenmerk LP-2025-0331",
    hidden={"fields": {"handtekening_naam": "[[Gerrit-Jan Kuipers]]", "dossier": "LP-2025-0331", "getuige": "[[Berend Hulsbosch]]"}})

doc("aq04_veilig_thuis_casus", "Casusoverzicht Veilig Thuis", "rl", [
    ("h1", "Casusoverzicht {{Veilig Thuis IJsselland}}"),
    ("p", "Melding ontvangen 4 december 2024 via {{0800-2000}}. Melder: [[Naima Bouzidi]], {{jeugdverpleegkundige}} {{GGD IJsselland}}. "
          "Casushouder: [[Tom Wesselink]]; gedragswetenschapper: [[dr. Saskia Hoogendoorn]]."),
    ("h2", "Gezinssamenstelling"),
    ("table", [["Rol", "Naam", "Geb.datum", "Opmerking"],
               ["Moeder ('mama')", "[[Jessica Rijnders]]", "[[D:08-05-1993]]", "roept 'mama is moe'"],
               ["Stiefvader", "[[Dennis Pruim]]", "[[D:21-09-1988]]", "bijnaam '[[Den]]'"],
               ["Kind", "[[Noah Rijnders]]", "[[D:14-02-2016]]", "groep 5, {{De Regenboog}}"],
               ["Kind", "[[Lieke]] ('[[Kiki]]') [[Pruim]]", "[[D:03-07-2020]]", "peuteropvang"],
               ["Grootvader", "opa [[Kees Rijnders]]", "-", "steunfiguur, [[A:Dorpsstraat 22]] {{Heino}}"]]),
    ("p", "[[Noah]] vertelt op school aan juf [[Ank]] dat opa [[Kees]] hem vaak ophaalt 'als mama weer huilt'. [[Kiki]] "
          "zegt volgens de peuterleidster alleen nog 'Den boos'. Er is geen sprake van een bekende diagnose; wel van "
          "geldzorgen en huiselijke spanningen."),
    ("p", "Vervolg: overdracht aan {{Jeugdbescherming Overijssel}} voor vrijwillig kader; het {{lokale team}} van de "
          "{{gemeente Raalte}} wordt betrokken. Wettelijk kader: {{Jeugdwet}}, {{Wet verplichte meldcode}}."),
], footer="Veilig Thuis IJsselland · Vertrouwelijk", hidden={
    "outline": ["Casus [[Rijnders]]/[[Pruim]]", "Gezinssamenstelling"],
    "annots": ["[[Saskia Hoogendoorn]]::veiligheidsplan met opa bespreken"],
    "meta": {"author": "[[Tom Wesselink]]"}})

doc("aq05_wmo_keukentafel", "Verslag keukentafelgesprek", "lo", [
    ("h1", "Verslag keukentafelgesprek {{Wmo 2015}}"),
    ("p", "Gemeente: {{gemeente Leeuwarden}}, {{Sociaal Wijkteam Heechterp-Schieringen}}. Datum: 22 januari 2025."),
    ("table", [["", ""],
               ["Cliënt", "[[Sjoukje Hoekstra-de Boer]], [[D:11-04-1941]]"],
               ["Adres", "[[A:Jan Harmenssteeg 6]], [[A:8934 BE]] {{Leeuwarden}}"],
               ["BSN", f"[[B:{B3}]]"],
               ["Mantelzorger", "[[Wytske Hoekstra]] (dochter), [[T:06 15 48 82 07]]"],
               ["Wijkconsulent", "[[Marten Feenstra]], {{wijkconsulent Wmo}}"]]),
    ("p", "Mevrouw [[Hoekstra-de Boer]] woont zelfstandig en wil dat graag blijven. Dochter [[Wytske]] komt drie keer per week "
          "en doet de boodschappen; zoon [[Jelle]] woont in {{Groningen}}. Mevrouw loopt met een rollator. Zij vraagt om "
          "{{hulp bij het huishouden}} en een {{traplift}}. Buurvrouw [[Tjitske Algra]] helpt bij het koken."),
    ("p", "Afspraak: indicatie {{huishoudelijke ondersteuning}} 3 uur per week via {{Thuiszorg Het Friese Land}}; "
          "ergotherapeut [[Lotte Zijlstra]] beoordeelt de trap. De {{mantelzorgwaardering}} wordt aangevraagd via "
          "{{Timpaan Welzijn}}. Beschikking volgt binnen acht weken (art. 2.3.5 {{Wmo 2015}})."),
    ("sig", "[[M. Feenstra]]"),
], footer="Gemeente Leeuwarden · Wmo-verslag", hidden={"meta": {"author": "[[Baukje Terpstra]]"}})

doc("aq06_klacht_ggz", "Klachtbrief GGZ", "chrome", [
    ("p", "[[Oksana Melnyk]]\n[[A:Vlasakker 31]]\n[[A:3825 KN]] {{Amersfoort}}\n[[E:oksana.melnyk84@gmail.com]]"),
    ("p", "Aan de {{klachtencommissie}} van {{Altrecht GGZ}}\nPostbus 85068, 3508 AB {{Utrecht}}"),
    ("p", "Amersfoort, 3 oktober 2024\nBetreft: klacht over de behandeling van mijn zoon [[Artem]]"),
    ("p", "Geachte commissie,"),
    ("p", "Mijn zoon [[Artem Melnyk]] ([[D:19-08-2006]]) werd in juni 2024 door de {{huisarts}} [[dr. Wouter Bijl]] verwezen. "
          "Na het intakegesprek met {{regiebehandelaar}} [[Emine Yıldız]] kregen wij pas na 19 weken een behandelplan. "
          "{{Psychiater}} [[Piotr Zawadzki]] heeft hem in die periode één keer gezien. Mijn man [[Dmytro Melnyk]] en ik zijn niet "
          "gehoord, terwijl [[Artem]] uitdrukkelijk wilde dat wij betrokken werden."),
    ("p", "Ik verzoek de commissie om een uitspraak op grond van de {{Wkkgz}}. De {{klachtenfunctionaris}}, mevrouw "
          "[[Tamara Kok]], heeft al bemiddeld maar zonder resultaat."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "[[Oksana Melnyk]]"),
], hidden={"meta": {"author": "[[Oksana Melnyk]]", "title": "klacht [[Artem]] Altrecht"}, "annots": ["[[Ludmila Shevchenko]]::vertaald uit het Oekraïens"]})

doc("aq07_uitspraak_klachtencommissie", "Uitspraak klachtencommissie", "lo", [
    ("h1", "Uitspraak {{Klachtencommissie Altrecht GGZ}}"),
    ("p", "Zaaknummer KC-2024-117. Klaagster: mevrouw [[O. Melnyk]] te {{Amersfoort}}, namens haar zoon [[A. Melnyk]]."),
    ("p", "Samenstelling: mr. [[Hester van Lochem-Janssen]], {{voorzitter}} (in het dagelijks leven rechter bij de "
          "{{rechtbank Midden-Nederland}}); [[Abdel Haddouchi]], lid; drs. [[Mirjam Lont]], lid namens het "
          "{{cliëntenraad}}; {{ambtelijk secretaris}}: [[Chantal Bakboord]]."),
    ("h2", "Overwegingen"),
    ("p", "De commissie heeft op 28 november 2024 klaagster gehoord, alsmede {{regiebehandelaar}} [[E. Yıldız]] en "
          "{{psychiater}} [[P. Zawadzki]]. Van de kant van {{Altrecht}} was ook {{manager zorg}} [[Johan Moesbergen]] aanwezig."),
    ("p", "Klachtonderdeel 1 (wachttijd): gegrond. De {{Treeknormen}} zijn met 19 weken ruim overschreden. "
          "Klachtonderdeel 2 (betrekken naasten): gegrond; de {{Wet verplichte ggz}} is niet van toepassing, maar de "
          "{{WGBO}} en het eigen {{familiebeleid}} wel. Klachtonderdeel 3: ongegrond."),
    ("p", "Aldus beslist door mr. [[H. van Lochem-Janssen]], [[A. Haddouchi]] en drs. [[M. Lont]]. Afschrift aan de "
          "{{Raad van Bestuur}} en de {{Inspectie Gezondheidszorg en Jeugd}}."),
    ("sig", "[[H. van Lochem-Janssen]]            [[C. Bakboord]]"),
], header="Klachtencommissie Altrecht – KC-2024-117", footer="Vertrouwelijk · afschrift partijen", serif=True,
    hidden={"meta": {"author": "[[Chantal Bakboord]]", "subject": "Uitspraak [[Melnyk]]"},
            "annots": ["[[Abdel Haddouchi]]::Ov. 2 iets scherper formuleren?"]})

doc("aq08_igj_rapport", "IGJ inspectierapport", "rl", [
    ("h1", "Rapport van het bezoek aan {{Zorgcentrum De Lindehof}}"),
    ("p", "{{Inspectie Gezondheidszorg en Jeugd}}, bezoek op 9 april 2025 aan {{Zorgcentrum De Lindehof}} ({{Stichting Zorggroep Noorderboog}}) "
          "te {{Meppel}}. Inspecteurs: [[Jeroen Goudsmit]] en [[Fatma Doğan]]. Bestuurder: [[drs. Karin Steenbergen]]."),
    ("h2", "Rooster afdeling Vlinder, week 15"),
    ("table", [["Code", "Naam", "Functie", "Ma", "Di", "Wo"],
               ["[[X:ZvB]]", "[[Zoë van Beek]]", "{{verzorgende IG}}", "D", "D", "-"],
               ["[[X:ML]]", "[[Mohamed Lachkar]]", "{{helpende}}", "A", "-", "A"],
               ["[[X:JdH]]", "[[Joyce de Haan]]", "{{verpleegkundige}} niv. 4", "N", "N", "-"],
               ["[[X:RW]]", "[[Rinske Wierda]]", "{{EVV'er}}", "-", "D", "D"],
               ["[[X:TK]]", "[[Tesfay Kidane]]", "{{leerling-verzorgende}}", "D", "A", "D"],
               ["[[X:AvE]]", "[[Anna van Essen]]", "{{teamleider}}", "K", "K", "K"]]),
    ("p", "Op woensdagavond stond [[X:ML]] alleen op de gesloten afdeling met 14 bewoners; [[X:JdH]] was oproepbaar. "
          "De inspectie ziet dat {{persoonsgerichte zorg}} daardoor onder druk staat. Norm: {{Wet kwaliteit, klachten en "
          "geschillen zorg}} en de {{Wet zorg en dwang}}."),
    ("p", "Oordeel: de zorgaanbieder voldoet aan 9 van 15 normen. De inspectie verwacht binnen zes weken een verbeterplan. "
          "Contact: {{meldpunt@igj.nl}}, {{088 120 5000}}."),
], footer="IGJ · zaaknummer 2025-041187", hidden={"meta": {"author": "[[Fatma Doğan]]"},
                                                   "outline": ["Rooster week 15 ([[Anna van Essen]])"]})

doc("aq09_duo_bezwaar", "Bezwaar DUO", "chrome", [
    ("p", "[[Hamza El Khatib]]\n[[A:Kanaalweg 207]]\n[[A:3526 KT]] {{Utrecht}}\nBSN: [[B:" + B4 + "]]\n[[T:06 53 19 04 72]]"),
    ("p", "{{Dienst Uitvoering Onderwijs}}\nAfdeling Bezwaar en Beroep\nPostbus 50061, 9702 AB {{Groningen}}"),
    ("p", "Utrecht, 5 mei 2025\nBetreft: bezwaar tegen besluit {{uitwonendenbeurs}}, kenmerk 2025-SF-448172"),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Ik maak bezwaar tegen het besluit van 1 april 2025 waarin {{DUO}} mijn {{aanvullende beurs}} terugvordert. Bij de "
          "{{adrescontrole}} door controleur [[S. Verbeek]] was ik niet thuis omdat ik bij mijn zus [[Salma El Khatib]] "
          "verbleef na een operatie. Mijn hospita, mevrouw [[Greet Smulders]], kan bevestigen dat ik hier woon. Mijn studie "
          "{{HBO-ICT}} aan de {{Hogeschool Utrecht}} loopt gewoon door; studieloopbaanbegeleider [[Wim Karsten]] weet dit."),
    ("p", "Rekeningnummer voor eventuele terugbetaling: [[I:" + I1 + "]] t.n.v. [[H. El Khatib]]."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "[[Hamza El Khatib]]"),
], hidden={"attach": ["huurcontract_[[El Khatib]]_2024.pdf"], "meta": {"author": "[[Hamza El Khatib]]"}, "annots": ["[[Coen Rademaker]]::ontvangen 6/5, doorgezet naar B&B"]})

doc("aq10_swv_vergadering", "Verslag samenwerkingsverband", "lo", [
    ("h1", "Verslag algemene ledenvergadering {{Samenwerkingsverband Passend Onderwijs PO Midden-Holland}}"),
    ("p", "Datum: 11 februari 2025, {{Gouda}}, kantoor {{SWV}}. Voorzitter: [[Bas van der Sluijs]] ({{directeur-bestuurder}}). "
          "Notulist: [[Ayşe Kaya]]."),
    ("h2", "Aanwezig"),
    ("table", [["Naam", "Namens", "Functie"],
               ["[[Bas van der Sluijs]]", "{{SWV}}", "{{directeur-bestuurder}}"],
               ["[[Marieke Hogenboom]]", "{{Stichting Klasse}}", "bestuurder"],
               ["[[Chen Wei]]", "{{Stichting Het Kompas}}", "{{beleidsmedewerker}}"],
               ["[[Rachida Ouali-Meijer]]", "{{Stichting Prisma}}", "{{bovenschools IB'er}}"],
               ["[[Teun Bakker]]", "{{gemeente Gouda}}", "{{beleidsadviseur onderwijs}}"],
               ["[[Ayşe Kaya]]", "{{SWV}}", "{{managementassistent}}"]]),
    ("p", "Afwezig met kennisgeving: [[Ruben Mulder]] ({{De Regenboog}}) en [[Gerda Schipper]] ({{OZHW}})."),
    ("h2", "1. Ondersteuningsplan 2025-2029"),
    ("p", "[[Bas van der Sluijs]] licht het concept toe. [[Chen]] vraagt naar de wachtlijst bij {{Het Kompas}} "
          "(speciaal basisonderwijs). [[Rachida Ouali-Meijer]] meldt dat 23 leerlingen thuiszitten; zij noemt geen namen. "
          "Besluit: het {{ondersteuningsplan}} gaat naar de {{ondersteuningsplanraad}} (OPR)."),
    ("h2", "2. Toelaatbaarheidsverklaringen"),
    ("p", "In 2024 zijn 212 {{toelaatbaarheidsverklaringen}} afgegeven. [[Teun Bakker]] wijst op de koppeling met de "
          "{{Jeugdwet}} en het {{OOGO}} met de gemeenten {{Gouda}}, {{Waddinxveen}} en {{Bodegraven-Reeuwijk}}."),
], footer="SWV PO Midden-Holland · ALV 11-02-2025", hidden={"meta": {"author": "[[Ayşe Kaya]]"}})

doc("aq11_mr_notulen", "Notulen MR", "chrome", [
    ("h1", "Notulen medezeggenschapsraad {{OBS De Regenboog}}"),
    ("p", "{{Nijmegen}}, 6 november 2024. Aanwezig: oudergeleding [[Jorien Kleinjan]] (voorzitter), [[Murat Yılmaz]], "
          "[[Kofi Mensah]]; personeelsgeleding [[Eveline Smit]], [[Pieter-Bas Koolhaas]]. Op uitnodiging: {{directeur}} "
          "[[Marcel Ligtvoet]]."),
    ("p", "1. Mededelingen. [[Murat]] meldt dat zijn dochter [[Elif]] in groep 3 zit en hij daarom bij punt 4 niet "
          "meestemt. [[Kofi Mensah]] is bereikbaar via [[E:kofi.mensah@outlook.com]]."),
    ("p", "2. Schoolgids. De MR stemt in. De {{GMR}} van {{Stichting Conexus}} ontvangt een afschrift."),
    ("p", "3. Formatie. [[Marcel Ligtvoet]] licht toe: juf [[Nadia Boukhari]] gaat met zwangerschapsverlof, invaller is "
          "[[Stijn Vos]]. De {{werkdrukmiddelen}} worden besteed aan een onderwijsassistent."),
    ("p", "4. Ouderbijdrage. Voorstel: € 45. [[Jorien Kleinjan]] wijst op de {{Wet vrijwillige ouderbijdrage}}. "
          "Aangenomen."),
    ("p", "Actielijst: [[Eveline Smit]] mailt {{mr@obsderegenboog.nl}}; [[Pieter-Bas Koolhaas]] plant overleg met {{GMR}}."),
], hidden={"meta": {"author": "[[Jorien Kleinjan]]"}})

doc("aq12_subsidie_sportclub", "Subsidiebeschikking sportclub", "rl", [
    ("p", "{{Gemeente Almere}}\nPostbus 200, 1300 AE {{Almere}}"),
    ("p", "Aan het bestuur van {{Omnivereniging Almere Buiten}}\nt.a.v. de penningmeester, de heer [[Rudi Kartodikromo]]\n"
          "[[A:Rietmeentstraat 84]]\n[[A:1339 LL]] {{Almere}}"),
    ("p", "Almere, 18 december 2024\nOns kenmerk: SUB-2024-8821\nOnderwerp: subsidie {{Jeugdsportfonds}} / {{Sportakkoord}}"),
    ("p", "Geacht bestuur,"),
    ("p", "Op uw aanvraag van 2 oktober 2024, ondertekend door voorzitter [[Esther Ramdin-Soekhai]], verlenen wij een "
          "subsidie van € 12.400 voor het project 'Iedereen doet mee' voor kinderen uit gezinnen met een laag inkomen. "
          "De {{Algemene subsidieverordening Almere}} is van toepassing."),
    ("p", "Het bedrag wordt, zoals in de aanvraag vermeld, overgemaakt op rekening [[I:" + I2 + "]] ten name van "
          "[[R. Kartodikromo]]. Wij wijzen erop dat betaling op een privérekening van een vrijwillige penningmeester niet "
          "gebruikelijk is; wij verzoeken u een verenigingsrekening op te geven."),
    ("p", "Contact: {{subsidies@almere.nl}} of {{14 036}}. Behandelaar: [[Liesbeth Kroon]], [[T:036 539 88 14]]."),
    ("p", "Hoogachtend,\nnamens het college van burgemeester en wethouders,\nde {{teamleider subsidies}},"),
    ("sig", "[[L.M. Kroon]]"),
], footer="Gemeente Almere · SUB-2024-8821", hidden={"fields": {"iban_ontvanger": "[[I:" + I2 + "]]", "behandelaar_vervanger": "[[Priya Jagesar]]"}})

doc("aq13_mailwisseling_wethouder", "E-mailwisseling wethouder", "chrome", [
    ("mono", "Van:     [[Bart Wolters]] <[[E:b.wolters@arnhem.nl]]>\nAan:     {{wethouder}} {{Gerrie Elfrink}} <{{wethouderelfrink@arnhem.nl}}>\n"
             "CC:      [[Nora Benali]] <[[E:n.benali@arnhem.nl]]>\nDatum:   dinsdag 4 maart 2025 09:12\n"
             "Onderwerp: RE: wachtlijsten jeugdhulp en de raadsvragen"),
    ("p", "Beste Gerrie,"),
    ("p", "Zoals besproken: de wachtlijst voor specialistische {{jeugdhulp}} bij {{Pluryn}} en {{Karakter}} telt nu 146 "
          "kinderen. [[Nora]] heeft de cijfers van {{Regio Centraal Gelderland}} nagelopen. De raadsvragen van de fractie van "
          "{{GroenLinks}} moeten uiterlijk 14 maart beantwoord zijn. Ik stel voor dat [[Jan-Willem Scholten]] van "
          "{{Team Jeugd}} de conceptbeantwoording schrijft."),
    ("p", "Groet, [[Bart]]\n[[Bart Wolters]] | {{strategisch adviseur jeugd}} | [[T:06 22 84 19 60]]"),
    ("mono", "-----Oorspronkelijk bericht-----\nVan: {{Gerrie Elfrink}}\nVerzonden: maandag 3 maart 2025 21:40\n"
             "Aan: [[Bart Wolters]]; [[Nora Benali]]\nOnderwerp: wachtlijsten jeugdhulp en de raadsvragen"),
    ("p", "[[Bart]], [[Nora]], kunnen jullie morgen voor het {{collegeoverleg}} een stand van zaken geven? De {{Jeugdwet}} laat "
          "ons weinig ruimte, maar ik wil de {{Hervormingsagenda Jeugd}} in de beantwoording noemen. Gerrie"),
    ("mono", "-----Oorspronkelijk bericht-----\nVan: [[Nora Benali]]\nAan: [[Jan-Willem Scholten]]\nOnderwerp: FW: cijfers"),
    ("p", "[[Jan-Willem]], zie bijlage. Gebeld met [[Marieke Janssen-Oud]] van {{Pluryn}}: [[T:06 31 07 66 45]]. Groet, [[Nora]]"),
], hidden={"meta": {"author": "[[Nora Benali]]", "title": "RE: wachtlijsten jeugdhulp"}})

doc("aq14_teams_chat", "Teams-chat zorgcoördinatoren", "rl", [
    ("h1", "Export Microsoft Teams – chat 'zorgcoördinatoren VO Haarlem'"),
    ("mono", "[13-01-2025 08:02] [[Linda Groenendijk]]: Morgen OT voor [[Noa]] [[X:B.]] (3 havo), wie schuift aan van {{CJG}}?\n"
             "[13-01-2025 08:05] [[Youssef Chaouch]]: [[Esmée]] van het {{CJG Haarlem}} komt, ik stuur haar de uitnodiging\n"
             "[13-01-2025 08:06] [[Youssef Chaouch]]: [[E:esmee.pinas@cjghaarlem.nl]] toch?\n"
             "[13-01-2025 08:11] [[Linda Groenendijk]]: ja. En [[Daan]] uit 2b is weer niet op school, moeder zegt ziek\n"
             "[13-01-2025 08:12] [[Femke Ruijs]]: Bij [[Daan de Graaf]] heb ik al een {{verzuimmelding}} gedaan, leerplicht "
             "is [[Erik Post]]\n"
             "[13-01-2025 08:14] [[Youssef Chaouch]]: Top. [[Mariam]] [[X:H.]] heeft een plek bij {{Kennemerhart}} "
             "trouwens\n"
             "[13-01-2025 08:20] [[Femke Ruijs]]: 👍 bel me even 06 – nee, bel [[T:06 47 01 92 38]]\n"
             "[13-01-2025 08:31] [[Linda Groenendijk]]: Dank! Let op de {{AVG}}: geen achternamen in deze chat 🙈"),
    ("p", "Export gemaakt door [[Femke Ruijs]], {{zorgcoördinator}} {{Coornhert Gymnasium}}, ten behoeve van Woo-verzoek "
          "2025-014 van de {{gemeente Haarlem}}."),
], footer="Export Teams – Woo 2025-014", hidden={"meta": {"author": "[[Femke Ruijs]]"}})

doc("aq15_wachtlijst_export", "Wachtlijst export", "rl", [
    ("h1", "Export wachtlijst {{jeugd-GGZ}} – {{Accare}} locatie {{Assen}}"),
    ("p", "Peildatum 1 februari 2025. Gegenereerd uit {{Mijn Zorg}} door [[Harm Bosscher]]."),
    ("table", [["Nr", "Kind", "Geb.", "Gemeente", "Aanmelding", "Verwijzer", "Status"],
               ["1", "[[Bloem Hazenberg]]", "[[D:12-06-2014]]", "{{Assen}}", "03-10-2024", "[[dr. J. Meijering]]", "intake gepland"],
               ["2", "[[Sky van Hemert]]", "[[D:27-01-2012]]", "{{Tynaarlo}}", "17-10-2024", "{{huisarts}}", "wacht"],
               ["3", "[[Mees Lubbers]]", "[[D:09-09-2016]]", "{{Aa en Hunze}}", "22-10-2024", "{{CJG}}", "wacht"],
               ["4", "[[Amira Haddad]]", "[[D:15-03-2013]]", "{{Assen}}", "04-11-2024", "{{wijkteam}}", "wacht"],
               ["5", "[[Wiktoria Nowak]]", "[[D:30-11-2010]]", "{{Midden-Drenthe}}", "11-11-2024", "{{huisarts}}", "spoed"],
               ["6", "[[Lin Zhou]]", "[[D:06-05-2015]]", "{{Assen}}", "02-12-2024", "{{jeugdarts}}", "wacht"],
               ["7", "[[Senna Rozenblad]]", "[[D:21-08-2011]]", "{{Tynaarlo}}", "09-12-2024", "{{CJG}}", "wacht"],
               ["8", "[[Filmon Tesfamariam]]", "[[D:01-01-2012]]", "{{Assen}}", "16-12-2024", "{{COA}}", "wacht"],
               ["9", "[[Jurre Kloosterman]]", "[[D:19-04-2014]]", "{{Westerveld}}", "07-01-2025", "{{huisarts}}", "wacht"],
               ["10", "[[Roos Doorten]]", "[[D:13-10-2013]]", "{{Assen}}", "20-01-2025", "{{wijkteam}}", "wacht"]]),
    ("p", "Gemiddelde wachttijd tot intake: 16 weken. Contract: {{Regio Drenthe}}, {{Jeugdwet}} art. 2.6."),
], header="CSV-export wachtlijst.xlsx – blad 1", hidden={"attach": ["wachtlijst_Assen_[[Harm Bosscher]].xlsx"], "meta": {"author": "[[Geertje Lanting]]"}})
