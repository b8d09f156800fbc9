"""Set AQ documents 16-30 (invented content)."""
from util import bsn, iban
from docs_a import doc

B5, B6, B7 = bsn(3305), bsn(3306), bsn(3307)
I4 = iban("TRIO", 3314)

doc("aq16_scan_verzuim_vo", "Scan verzuimformulier", "scan", [
    ("h1", "Melding ongeoorloofd verzuim"),
    ("p", "School: {{Stedelijk Lyceum Enschede}}. Melder: [[Gülsen Aydemir]], {{verzuimcoördinator}}."),
    ("table", [["Leerling", "[[Eray Özdemir]]"], ["Geboortedatum", "[[D:04-07-2010]]"], ["BSN", f"[[B:{B5}]]"],
               ["Ouder", "[[Serkan Özdemir]]"], ["Adres", "[[A:Lasondersingel 151]], [[A:7514 BR]] Enschede"],
               ["Telefoon", "[[T:06 19 83 44 05]]"]]),
    ("p", "[[Eray]] is sinds 2 december niet op school geweest. Mentor [[Wouter Nijenhuis]] heeft vader tweemaal gebeld."),
    ("sig", "[[G. Aydemir]]"),
])

doc("aq17_scan_jeugdbescherming", "Scan raadsrapport", "scan", [
    ("h1", "Raad voor de Kinderbescherming - verzoek onderzoek"),
    ("p", "Betreft: [[Shanice Bergwijn]], geboren [[D:22-10-2015]], en [[Dylano Bergwijn]], geboren [[D:05-03-2018]]."),
    ("p", "Moeder: [[Melissa Bergwijn]]. Vader van [[Dylano]]: [[Ricardo Statia]], verblijfplaats onbekend. "
          "Grootmoeder [[Ingrid Bergwijn]] ('oma [[Inge]]') woont op [[A:Bijlmerdreef 1012]]."),
    ("p", "Jeugdbeschermer: [[Priscilla Doelwijt]]. Raadsonderzoeker: [[Marco Hofstede]]."),
    ("sig", "[[M. Hofstede]]"),
])

doc("aq18_scan_handtekening", "Scan toestemmingsformulier", "scan", [
    ("h1", "Toestemmingsformulier gegevensuitwisseling"),
    ("p", "Hierbij geef ik, [[Nadia Tahiri]], moeder van [[Rayan Tahiri]] (groep 6), toestemming dat de school "
          "informatie deelt met het wijkteam."),
    ("p", "Adres: [[A:Spoorsingel 77]], [[A:2613 BE]] Delft. E-mail: [[E:nadia.tahiri@hotmail.com]]"),
    ("p", "Intern begeleider: [[Jacqueline Roodbol]]"),
    ("sig", "[[N. Tahiri]]"),
])

doc("aq19_scanocr_inspectie_brief", "Scan brief inspectie", "scanocr", [
    ("p", "{{Inspectie van het Onderwijs}}\nPostbus 2730, 3500 GS {{Utrecht}}"),
    ("p", "Aan het bevoegd gezag van {{Stichting Prisma}}\nt.a.v. mevrouw [[Carla Hendriksen]], bestuurder"),
    ("p", "Datum: 2 april 2025\nBetreft: vierjaarlijks onderzoek {{Dr. Schaepmanschool}}"),
    ("p", "Geachte mevrouw [[Hendriksen]],"),
    ("p", "Op 20 maart 2025 heeft inspecteur [[Marloes Tuinman]] samen met [[Kerem Aksoy]] de school bezocht. "
          "Zij spraken met de {{schoolleider}}, de {{intern begeleider}} en leerlingen uit groep 7 en 8."),
    ("p", "Het rapport verschijnt binnen acht weken op de website van de inspectie."),
    ("p", "Met vriendelijke groet,\n[[Marloes Tuinman]]\n{{inspecteur}}"),
])

doc("aq20_scanocr_wmo_beschikking", "Scan Wmo-beschikking", "scanocr", [
    ("p", "{{Gemeente Tilburg}}\nAan: de heer [[Jan-Peter van Iersel]]\n[[A:Ringbaan-Oost 244]]\n[[A:5013 CE]] {{Tilburg}}"),
    ("p", "Besluit {{maatwerkvoorziening}} {{Wmo 2015}}"),
    ("p", "U heeft op 8 januari 2025 een {{rolstoel}} aangevraagd. Uw mantelzorger, mevrouw [[Ria van Iersel-Bogaers]], "
          "was bij het gesprek aanwezig. Consulent: [[Sevda Kılıç]]."),
    ("p", "Wij kennen de voorziening toe voor de duur van vijf jaar. Bezwaar kan binnen zes weken."),
    ("p", "Met vriendelijke groet,\n[[Sevda Kılıç]]\n{{consulent Wmo}}"),
])

doc("aq21_gmr_notulen", "Notulen GMR", "lo", [
    ("h1", "Notulen {{GMR}} {{Stichting Het Kompas}}"),
    ("p", "{{Alphen aan den Rijn}}, 21 januari 2025. Aanwezig: [[Hester Dijkman]] (ouder, voorzitter), [[Ali Benhaddou]] "
          "(ouder), [[Sietske van der Meer]] (ouder), [[Joost Leentvaar]] (personeel), [[Marjan Vlot]] (personeel). "
          "Namens het {{College van Bestuur}}: [[Edwin Roos]]. Secretaris: [[Anouk Bloem]]."),
    ("p", "1. De begroting 2025 wordt toegelicht door [[Edwin Roos]]. Er is een tekort van € 310.000 door dalend "
          "leerlingaantal in {{Boskoop}}. De GMR vraagt een {{meerjarenbegroting}}."),
    ("p", "2. [[Ali Benhaddou]] vraagt naar de fusie van {{De Regenboog}} en {{OBS De Vlinder}}. De {{Roos}}-methode voor "
          "leesonderwijs wordt niet gewijzigd. [[Sietske]] merkt op dat ouders in {{Hazerswoude-Dorp}} nog niet zijn "
          "geïnformeerd."),
    ("p", "3. Het {{Bloem}}-project (natuureducatie met {{IVN}}) krijgt € 8.000. [[Hester Dijkman]]: 'Mooi, maar meet het "
          "effect.'"),
    ("p", "Actiepunten: [[Anouk Bloem]] stuurt het verslag naar {{gmr@hetkompas.nl}}; [[Joost Leentvaar]] en [[Marjan Vlot]] "
          "bereiden het {{medezeggenschapsstatuut}} voor."),
], footer="GMR Het Kompas · 21-01-2025", hidden={"annots": ["[[Marjan Vlot]]::punt 2 klopt niet helemaal",
                                                            "[[Hester Dijkman]]::akkoord"]})

doc("aq22_jeugdhulp_beschikking", "Beschikking jeugdhulp", "rl", [
    ("p", "{{Gemeente Rotterdam}}\n{{Jeugd & Gezin}}\nAan de ouders van [[Jayden Sno]]\nmevrouw [[Gracia Sno-Koeiman]]\n"
          "[[A:Dordtselaan 310b]]\n[[A:3073 GL]] {{Rotterdam}}"),
    ("p", "Datum: 9 januari 2025\nBetreft: toekenning {{individuele voorziening}} op grond van de {{Jeugdwet}}"),
    ("p", "Beste mevrouw [[Sno-Koeiman]],"),
    ("p", "Naar aanleiding van het gesprek met {{jeugdconsulent}} [[Kevin Lieuw-On]] op 12 december kennen wij aan "
          f"[[Jayden]] (BSN [[B:{B6}]], geboren [[D:16-06-2012]]) {{{{ambulante jeugdhulp}}}} toe bij {{{{Kwadraad}}}}, "
          "voor 12 maanden. Ook de broer van [[Jayden]], [[Joël Sno]], kan gebruikmaken van het {{brusjes}}-aanbod."),
    ("p", "De {{wethouder}} Jeugd, {{Faouzi Achbar}}, heeft de regeling uitgebreid tot en met 2026. Vragen? Bel {{14 010}} of "
          "mail {{jeugd@rotterdam.nl}}."),
    ("p", "Met vriendelijke groet,\n[[Kevin Lieuw-On]], {{jeugdconsulent}}"),
], footer="Gemeente Rotterdam · JG-2025-00912", hidden={"meta": {"author": "[[Ilona Breukelaar]]"}})

doc("aq23_zorgovereenkomst_handtekening", "Zorgovereenkomst", "rl", [
    ("h1", "Zorgleveringsovereenkomst {{Zorggroep Sint Maarten}}"),
    ("p", "Cliënt: [[Theodora (Door) Wennink-Kamphuis]], [[D:25-12-1938]], [[A:Hengelosestraat 5]], {{Denekamp}}.\n"
          f"BSN: [[B:{B7}]]. Wettelijk vertegenwoordiger: [[Gerard Wennink]] (zoon), [[T:06 50 23 81 77]]."),
    ("p", "Zorgprofiel: {{Wlz}} VV-5. Afdeling: {{Huize Sint Maarten}}, kamer 14. {{EVV'er}}: [[Minke Slagter]]. "
          "{{Specialist ouderengeneeskunde}}: [[dr. Yvonne Lammers]]."),
    ("table", [["Partij", "Naam", "Handtekening", "Datum"],
               ["Cliënt / vertegenwoordiger", "[[Gerard Wennink]]", "[[X:G.Wennink]]", "03-02-2025"],
               ["Zorgaanbieder", "[[Bertine Hofman]], {{locatiemanager}}", "[[X:B.Hofman]]", "03-02-2025"]]),
    ("sig", "[[Gerard Wennink]]    ~~~~    [[Bertine Hofman]]"),
    ("p", "Klachten: {{klachtenfunctionaris}} via {{klachten@zorggroepsintmaarten.nl}}; {{Geschilleninstantie}} "
          "{{Zorggeschil}}."),
], hidden={"fields": {"naam_vertegenwoordiger": "[[Gerard Wennink]]", "ondertekend_door": "[[Bertine Hofman]]",
                      "tel_contact": "[[T:06 50 23 81 77]]"}})

doc("aq24_raadsinformatiebrief", "Raadsinformatiebrief onderwijshuisvesting", "chrome", [
    ("h1", "Raadsinformatiebrief: onderwijshuisvesting en kinderopvang"),
    ("p", "Aan de gemeenteraad van {{Den Haag}}. Van: {{wethouder}} {{Martijn Balster}} (Onderwijs). Datum: 10 juni 2025."),
    ("p", "Het college informeert u over de nieuwbouw van {{IKC De Regenboog}} in {{Escamp}} en de renovatie van "
          "{{Het Kompas}} in {{Laak}}. Het {{Integraal Huisvestingsplan}} (IHP) 2025-2040 ligt op schema. De "
          "{{Inspectie van het Onderwijs}} wees in 2024 op het binnenklimaat; met de {{Regeling Specifieke Uitkering "
          "Ventilatie in Scholen}} zijn 18 scholen aangepakt."),
    ("p", "Contactpersoon: [[Tamara Ramlal]], {{projectleider IHP}}, [[E:tamara.ramlal@denhaag.nl]], [[T:070 353 71 92]]. "
          "Algemene vragen: {{onderwijs@denhaag.nl}}."),
    ("p", "Met vriendelijke groet,\n{{Martijn Balster}}\n{{wethouder}} Onderwijs"),
], hidden={"meta": {"author": "[[Tamara Ramlal]]"}, "annots": ["[[Wilco Dekker]]::cijfers check met [[Tamara]]"]})

doc("aq25_pgb_fraude_notitie", "Notitie pgb", "lo", [
    ("h1", "Interne notitie: signaal pgb-besteding {{Wmo}}/{{Jeugdwet}}"),
    ("p", "Van: [[Dirk-Jan Stapel]], {{toezichthouder Wmo}} {{gemeente Apeldoorn}}\nAan: {{teamleider}} [[Roza Hovhannisyan]]\n"
          "Datum: 27 februari 2025"),
    ("p", "Zorgverlener [[Leonie Buitenhuis]] ({{eenmanszaak}}, KvK 81234567) declareert via de {{SVB}} voor drie "
          "budgethouders: [[Willem Roeterdink]], [[Yara Hassan]] (minderjarig, ouder [[Omar Hassan]]) en [[Gonny Post-Wessels]]. "
          "De uren overlappen. Budgethouder [[Omar Hassan]] is bereikbaar op [[T:06 44 90 17 36]]."),
    ("p", "Betalingen gaan naar [[I:" + I4 + "]] t.n.v. [[L. Buitenhuis]]. Ik stel een {{huisbezoek}} voor en melding bij "
          "het {{Informatie Knooppunt Zorgfraude}}."),
    ("p", "[[D.J. Stapel]]"),
], footer="Gemeente Apeldoorn – intern", hidden={"meta": {"author": "[[Dirk-Jan Stapel]]", "keywords": "pgb [[Buitenhuis]]"}})

doc("aq26_oudergesprek_verslag", "Verslag oudergesprek", "chrome", [
    ("h1", "Verslag multidisciplinair overleg (MDO) – {{Het Kompas}}, school voor {{speciaal basisonderwijs}}"),
    ("p", "Leerling: [[Mees]] [[X:T.]], groep 6. Aanwezig: moeder [[Aaltje Tuinstra]], vader [[Hamid Rahimi]], "
          "{{intern begeleider}} [[Gea Postma]], {{orthopedagoog}} [[Lisanne de Vries-Hommes]], "
          "{{schoolmaatschappelijk werker}} [[Rabia Kartal]], {{leerkracht}} [[Thijs Boonstra]]."),
    ("p", "[[Mees]] is een vrolijke jongen die graag buiten speelt, ook als het stormt. Thuis noemen ze hem '[[Meesje]]'. "
          "Moeder vertelt dat zijn zus [[Roos]] op de {{Dr. Schaepmanschool}} zit. Het {{ontwikkelingsperspectief}} (OPP) "
          "wordt bijgesteld."),
    ("p", "Afspraak: [[Rabia Kartal]] zoekt contact met {{Sociaal Team Heerenveen}}; [[Gea Postma]] vraagt een "
          "{{arrangement}} aan bij het {{samenwerkingsverband}}."),
], hidden={"outline": ["MDO [[Mees]] [[X:T.]]"], "meta": {"author": "[[Gea Postma]]"}})

doc("aq27_kinderopvang_ggd", "Inspectierapport kinderopvang", "rl", [
    ("h1", "Inspectierapport {{kinderopvang}} – {{GGD Hollands Noorden}}"),
    ("p", "Locatie: {{KDV Sterrenhemel}}, {{Den Helder}}. Houder: {{Kinderopvang Kind&Co BV}}. Toezichthouder: "
          "[[Ingeborg Wijnands]]. Datum: 14 november 2024."),
    ("table", [["Medewerker", "Functie", "VOG", "Diploma"],
               ["[[Samira El Idrissi]]", "{{pedagogisch medewerker}}", "ja", "{{MBO-4 PW}}"],
               ["[[Kim van der Laan]]", "{{pedagogisch medewerker}}", "ja", "{{MBO-3}}"],
               ["[[Olena Kovalenko]]", "{{pedagogisch medewerker}} i.o.", "ja", "in opleiding"],
               ["[[Jasper Duin]]", "{{pedagogisch beleidsmedewerker}}", "ja", "{{HBO}}"]]),
    ("p", "Bevinding: [[Olena Kovalenko]] stond op 14 november zonder gekwalificeerde collega op de groep ('Sky-groep'). "
          "De {{beroepskracht-kindratio}} werd niet gehaald. Handhaving: advies aan de {{gemeente Den Helder}} "
          "({{Wet kinderopvang}})."),
], footer="GGD Hollands Noorden · LRK 123456789", hidden={"meta": {"subject": "tweede toezichthouder [[Ruben Tichelaar]]"}})

doc("aq28_duo_brief_scanocr", "Scan DUO-besluit", "scanocr", [
    ("p", "{{Dienst Uitvoering Onderwijs}}\nAan: [[Dilan Arslan]]\n[[A:Oude Ebbingestraat 19]]\n[[A:9712 HA]] {{Groningen}}"),
    ("p", "Beslissing op bezwaar - {{studiefinanciering}}"),
    ("p", "Uw bezwaar van 12 februari 2025 is gegrond. Uw moeder [[Sibel Arslan-Demir]] heeft haar inkomen over 2023 "
          "aangetoond. De {{aanvullende beurs}} wordt opnieuw vastgesteld. Behandelaar: [[Pieter Wolthuis]]."),
    ("p", "Met vriendelijke groet,\n{{Dienst Uitvoering Onderwijs}}"),
])

doc("aq29_vertrouwensinspecteur", "Notitie vertrouwensinspecteur", "lo", [
    ("h1", "Gespreksnotitie {{vertrouwensinspecteur}}"),
    ("p", "{{Inspectie van het Onderwijs}}, meldpunt {{vertrouwensinspecteurs}} ({{0900-1113111}}). Gesprek op 30 januari 2025 "
          "met [[Marianne Sijtsma]], moeder van [[Bente]] [[X:S.]] ({{Piter Jelles}}, {{Leeuwarden}}). Notitie door "
          "vertrouwensinspecteur [[Robbert Wouda]]."),
    ("p", "Moeder meldt pesten en een ongepaste opmerking van docent [[Hidde van Houten]]. [[Bente]] zou volgens klasgenoot "
          "[[Sanne]] [[X:F.]] 'Bloem' zijn genoemd, een bijnaam die zij als kwetsend ervaart. De {{locatiedirecteur}} "
          "[[Froukje Bosma-Hiemstra]] is op de hoogte."),
    ("p", "Advies: klacht bij de {{Landelijke Klachtencommissie Onderwijs}} (LKC), via {{Onderwijsgeschillen}}. "
          "Terugbellen op [[T:06 30 72 91 04]]."),
], hidden={"annots": ["[[Robbert Wouda]]::niet doorsturen naar school zonder toestemming"]})

doc("aq30_jaarverslag_vertrouwenspersoon", "Jaarverslag vertrouwenspersoon", "chrome", [
    ("h1", "Jaarverslag 2024 externe vertrouwenspersoon {{Stichting Prisma}}"),
    ("p", "Opgesteld door [[Yvette Bruinsma]] ({{CED-Groep}}), {{externe vertrouwenspersoon}}. Aan: {{College van Bestuur}} "
          "en {{GMR}}."),
    ("p", "In 2024 ontving ik 17 meldingen: 9 van ouders, 6 van medewerkers, 2 van leerlingen. Zes betroffen "
          "{{Dr. Schaepmanschool}}, vier {{De Regenboog}} ({{Oss}}) en zeven andere scholen. Geen melding leidde tot aangifte. "
          "Eén melding, van ouder [[Khadija Amrani]], is doorverwezen naar de {{vertrouwensinspecteur}}."),
    ("p", "Aanbevelingen: borg de {{meldcode}}, train teams in de {{Kanjertraining}} en informeer ouders over de "
          "{{klachtenregeling}}. Met dank aan bestuurssecretaris [[Ellen Tjoa]] voor de ondersteuning."),
    ("p", "Contact: {{vertrouwenspersoon@ced-groep.nl}}"),
], hidden={"meta": {"author": "[[Yvette Bruinsma]]"}})
