"""Documents ao01-ao15 of set mixed31 (AO). All persons, addresses, numbers and e-mail addresses are invented."""
from framework import Doc

DR_FOOT = "{{O:Provincie Drenthe}} | Westerbrink 1, {{P:Assen}} | {{S:0592 36 55 55}} | {{M:post@drenthe.nl}}"

DOCS = []

# ---------------------------------------------------------------------------------------------- ao01
DOCS.append(Doc("ao01", "Zienswijze ontwerp-projectbesluit N34", "lo", [
    ("p", "[[Bram van den Heuvel]] en [[Elif van den Heuvel-Özdemir]]\n[[Odoornerweg 41]]\n[[7815 PB]] Emmen\n"
          "e-mail: [[b.vandenheuvel71@gmail.com]]\ntelefoon: [[06-41872390]]"),
    ("sp",),
    ("p", "Aan {{O:Gedeputeerde Staten van Drenthe}}\nPostbus 122\n9400 AC {{P:Assen}}"),
    ("kv", [("Datum", "14 maart 2025"), ("Uw kenmerk", "{{R:DR/2025-001873}}"),
            ("Betreft", "zienswijze ontwerp-projectbesluit reconstructie {{W:N34}} Emmen-Noord - Klijndijk")]),
    ("title", "Zienswijze"),
    ("p", "Geacht college,"),
    ("p", "Hierbij dienen wij, familie [[Van den Heuvel-Özdemir]], een zienswijze in op het ontwerp-projectbesluit "
          "voor de reconstructie van de {{W:N34}} tussen {{P:Klijndijk}} en de aansluiting op de {{W:N381}}. Het "
          "ontwerp ligt ter inzage op grond van {{L:afdeling 3.4 van de Algemene wet bestuursrecht}} en "
          "{{L:artikel 5.47 van de Omgevingswet}}."),
    ("h", "1. Geluid en trillingen"),
    ("p", "Ons huis staat op ongeveer 180 meter van de geplande ongelijkvloerse kruising. In het "
          "{{T:akoestisch onderzoek}} van {{C:Antea Group}} (bijlage 7) wordt onze woning niet als "
          "geluidgevoelig object genoemd. Wij vragen u dat te herstellen en de {{T:standaardwaarde}} uit het "
          "{{L:Besluit kwaliteit leefomgeving}} te toetsen. Onze buurman, de heer [[Harm Luinge]] ([[Odoornerweg 45]]), "
          "heeft in 2023 al scheuren in zijn schuur laten vastleggen."),
    ("h", "2. Stikstof en Natura 2000"),
    ("p", "De {{T:AERIUS-berekening}} gaat uit van een verkeersaantrek die ons te laag lijkt. Het "
          "{{N:Drouwenerzand}} en het {{N:Drents-Friese Wold}} liggen binnen de invloedssfeer. Wij verzoeken u de "
          "{{T:intern salderen}}-berekening openbaar te maken en te laten toetsen door de {{O:Omgevingsdienst Drenthe}}."),
    ("h", "3. Fietsverbinding"),
    ("p", "Onze dochter [[Leyla]] fietst dagelijks via de {{W:Burgemeester de Withstraat}} naar het {{O:Esdal College}}. "
          "De nieuwe fietstunnel ligt 600 meter om. Wij stellen voor de oversteek bij de {{W:Willem de Zwijgerlaan}} te "
          "behouden met een middengeleider."),
    ("p", "Wij zijn graag bereid onze zienswijze toe te lichten. U kunt ons bereiken op [[06-41872390]] of via "
          "[[b.vandenheuvel71@gmail.com]]. Mevrouw [[Van den Heuvel-Özdemir]] is overdag ook bereikbaar op "
          "[[0591-728341]] (werk)."),
    ("p", "Met vriendelijke groet,"),
    ("p", "[[B. van den Heuvel]]                      [[E. van den Heuvel-Özdemir]]"),
], header="Zienswijze N34 - familie [[Van den Heuvel-Özdemir]] - ontvangen 17-03-2025 - zaaknr {{R:Z2025-04417}}",
    hidden={"author": "[[Elif Özdemir]]", "comments": [
        ("Drouwenerzand", "[[Femke Lutgens]]", "FL", "Doorzetten naar team stikstof; vgl. reactie nr. 17."),
        ("Burgemeester de Withstraat", "[[Sander Rozema]]", "SR",
         "Ontvangstbevestiging verstuurd door [[Marloes Tichelaar]] op 18-3.")]}))

# ---------------------------------------------------------------------------------------------- ao02
DOCS.append(Doc("ao02", "RE: Inspraakreactie Gebiedsprogramma Drentsche Aa", "chromium", [
    ("mailhead", [("Van:", "Inspraakpunt Provincie Drenthe <{{M:inspraak@drenthe.nl}}>"),
                  ("Verzonden:", "woensdag 2 april 2025 09:12"),
                  ("Aan:", "[[Sjoerd Hoekstra]] <[[sj.hoekstra@ziggo.nl]]>"),
                  ("CC:", "[[Nienke Dijkstra-Bos]] <[[n.dijkstra-bos@drenthe.nl]]>"),
                  ("Onderwerp:", "RE: Inspraakreactie Gebiedsprogramma {{N:Drentsche Aa}} (kenmerk {{R:IR-2025-0312}})")]),
    ("p", "Geachte heer [[Hoekstra]],"),
    ("p", "Dank voor uw inspraakreactie op het ontwerp-{{G:Gebiedsprogramma Drentsche Aa}}. Uw reactie is "
          "geregistreerd onder nummer 31 en wordt betrokken bij de {{T:nota van beantwoording}}. Uw vraag over de "
          "vernatting van percelen langs het {{N:Deurzerdiep}} hebben wij doorgezet naar {{O:Waterschap Hunze en Aa's}}."),
    ("p", "Voor vragen kunt u contact opnemen met mevrouw [[Dijkstra-Bos]], projectsecretaris, via "
          "[[n.dijkstra-bos@drenthe.nl]] of [[06-23918457]], of met het algemene nummer {{S:0592 36 55 55}}."),
    ("p", "Met vriendelijke groet,\n\nnamens {{O:Gedeputeerde Staten van Drenthe}},\n[[Jorrit Kamminga]]\n"
          "{{F:medewerker inspraak en participatie}}"),
    ("sp",),
    ("mailhead", [("Van:", "[[Sjoerd Hoekstra]] <[[sj.hoekstra@ziggo.nl]]>"),
                  ("Verzonden:", "maandag 31 maart 2025 22:47"),
                  ("Aan:", "{{M:inspraak@drenthe.nl}}"),
                  ("Onderwerp:", "Inspraakreactie Gebiedsprogramma Drentsche Aa")]),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Als bewoner van [[Deurzerweg 7a]], [[9463 TJ]] Eext, en mede namens mijn partner [[Tjitske Feenstra]] "
          "reageer ik op het gebiedsprogramma. Wij hebben 11 hectare grasland in eigendom (kadastraal {{P:Anloo}} "
          "sectie K) dat volgens kaart 4 in de {{T:overgangszone}} valt."),
    ("quote", "Het programma noemt 'vrijwillige medewerking', maar de kaart suggereert dat vernatting al vaststaat. "
              "Wie betaalt de waardedaling van onze grond?"),
    ("p", "Ook vragen wij ons af hoe de {{G:Nationaal Programma Landelijk Gebied}}-middelen worden verdeeld tussen "
          "{{P:Tynaarlo}} en {{P:Aa en Hunze}}. Onze buren, de familie [[Oldenhuis]], hebben dezelfde vragen."),
    ("p", "Met vriendelijke groet,\n[[Sjoerd Hoekstra]]\n[[06-18274650]]"),
], header="Afgedrukt door [[Kamminga, Jorrit]] - 2 april 2025",
    hidden={"meta": {"Author": "[[jkamminga]]"}}))

# ---------------------------------------------------------------------------------------------- ao03
DOCS.append(Doc("ao03", "Zienswijze namens cliënten - windpark De Drentse Monden", "lo", [
    ("p", "{{C:Bos Wichers Advocaten}}\nStationsplein 14\n9401 LB {{P:Assen}}\nT {{S:0592 31 40 00}}\n"
          "{{M:secretariaat@boswichers-advocaten.nl}}"),
    ("sp",),
    ("p", "AANGETEKEND EN PER E-MAIL\n{{O:College van burgemeester en wethouders van Borger-Odoorn}}\nPostbus 3\n"
          "7875 ZG {{P:Exloo}}"),
    ("kv", [("Datum", "22 januari 2025"), ("Onze referentie", "{{R:2024.1187}}/[[KW]]/[[ms]]"),
            ("Behandeld door", "mr. [[K.A. Wijnholds-Tabak]]"), ("Direct", "[[0592 31 40 17]]"),
            ("E-mail", "[[k.wijnholds@boswichers-advocaten.nl]]"),
            ("Betreft", "zienswijze ontwerp-omgevingsvergunning windpark {{O:De Drentse Monden}}")]),
    ("p", "Geacht college,"),
    ("p", "Namens mijn cliënten, de heer [[Grzegorz Zieliński]] en mevrouw [[Agnieszka Zielińska-Kowalczyk]], "
          "wonende aan de [[Hoofdstraat 212]], [[7884 PC]] Barger-Compascuum, en de heer [[Heinz-Günter Böckenhoff]], "
          "wonende aan de [[Veenweg 3]], [[7887 TE]] Erica, dien ik hierbij een zienswijze in tegen het "
          "ontwerpbesluit van 9 december 2024 ({{R:OLO 8834120}})."),
    ("h", "Belanghebbendheid"),
    ("p", "De woning van cliënten [[Zieliński]] ligt op 760 meter van turbine WT-14; de woning van de heer "
          "[[Böckenhoff]] op 910 meter. Beide liggen binnen tien maal de tiphoogte. Cliënten zijn daarmee "
          "belanghebbende in de zin van {{L:artikel 1:2 Awb}}."),
    ("h", "Gronden"),
    ("p", "1. Het ontwerp berust op de {{L:Activiteitenregeling milieubeheer}} zoals die gold vóór de uitspraak van "
          "de {{O:Afdeling bestuursrechtspraak van de Raad van State}} van 30 juni 2021 (Nevele). Er is geen "
          "{{T:milieueffectrapport}} met locatiespecifieke normen."),
    ("p", "2. Het slagschaduwonderzoek van {{C:Pondera Consult}} gaat uit van een stilstandvoorziening die niet in "
          "de voorschriften is opgenomen."),
    ("p", "3. De heer [[Böckenhoff]] exploiteert vanuit zijn woning een paardenpension; de geluidsbelasting op "
          "de buitenrijbaan is niet onderzocht."),
    ("p", "Cliënten verzoeken u de vergunning te weigeren. Een machtiging van cliënten is bijgevoegd."),
    ("p", "Hoogachtend,\n\nmr. [[K.A. Wijnholds-Tabak]]\n{{F:advocaat}}"),
    ("small", "Bijlage: machtiging [[G. Zieliński]], [[A. Zielińska-Kowalczyk]] en [[H.-G. Böckenhoff]]"),
], footer="{{C:Bos Wichers Advocaten}} is ingeschreven bij de {{O:Kamer van Koophandel}} onder nummer 01098877",
    hidden={"author": "[[Monique Stegeman]]"}))

# ---------------------------------------------------------------------------------------------- ao04
NVB_ROWS = [
    ["Nr", "Indiener", "Samenvatting zienswijze", "Beantwoording", "Aanpassing"],
    ["1", "[[J.H. Oldenhuis]], [[Schaapsdrift 9]], [[9463 PK]] Eext",
     "Vreest vernatting van eigen grasland langs het {{N:Deurzerdiep}}.",
     "Indiener [[Oldenhuis]] stelt terecht dat kaart 4 onduidelijk is. De {{T:overgangszone}} is indicatief; "
     "vernatting vindt alleen plaats met instemming van de eigenaar.", "Ja, kaart 4"],
    ["2", "[[Wytske Postma]], [[Hunzeweg 118]], [[9479 TA]] Zuidlaren",
     "Wil een ontsluiting voor fietsers langs de {{W:N386}}.",
     "De provincie neemt dit mee in de planuitwerking van de {{W:N386}}.", "Nee"],
    ["3", "[[Mehmet Yıldırım]] namens {{C:Yıldırım Transport B.V.}}",
     "Bezwaar tegen de aslastbeperking op de Borgerweg.",
     "De aslastbeperking is een verkeersbesluit van de {{O:gemeente Tynaarlo}} en valt buiten dit programma. "
     "De heer [[Yıldırım]] is hierover per brief geïnformeerd.", "Nee"],
    ["4", "familie [[Kötter-Schulte]], [[Zuiderstraat 2]], [[9468 AK]] Annen",
     "Vraagt om compensatie voor verlies van huiskavel.",
     "Compensatie verloopt via de {{G:Subsidieregeling Kavelruil Drenthe}}.", "Nee"],
    ["5", "[[A. Bouzambou]] en [[N. El Khadiri]]",
     "Zorgen over grondwaterstand onder woningen in {{P:Gieten}}.",
     "Het {{O:Waterschap Hunze en Aa's}} monitort met peilbuizen; zie paragraaf 6.2. Indieners [[Bouzambou]] en "
     "[[El Khadiri]] krijgen inzage in de meetreeksen.", "Ja, par. 6.2"],
    ["6", "{{C:Maatschap Jansen-Kuipers}}",
     "Bedrijfsvoering melkveehouderij komt in gevaar door extensivering.",
     "De maatschap valt onder de {{G:Landelijke beëindigingsregeling veehouderijlocaties}}. Een keukentafelgesprek "
     "met [[Hendrik Jansen]] en [[Aaltje Jansen-Kuipers]] is gepland.", "Nee"],
    ["7", "[[Rami Al-Khatib]], [[Brink 22]], [[9461 AR]] Gieten",
     "Vraagt om informatie in het Arabisch.",
     "Een samenvatting wordt vertaald; de heer [[Al-Khatib]] ontvangt die per e-mail ([[rami.alkhatib@outlook.com]]).",
     "Ja, communicatie"],
    ["8", "[[Geesje Hoving-Lubbers]], [[Oude Dijk 5]], [[9481 KC]] Vries",
     "Stelt dat de {{G:Natuurnetwerk Nederland}}-begrenzing over haar erf loopt.",
     "Na controle in het kadaster ({{R:Vries L 2281}}) blijkt dit juist. De begrenzing wordt aangepast.", "Ja, kaart 2"],
    ["9", "[[Jan-Hendrik ter Veen]], [[Esweg 3]], [[9463 TE]] Eext",
     "Vreest recreatiedruk op de {{N:Eexterhalte}} door nieuwe fietspaden.",
     "Het fietspad volgt de bestaande route langs de {{W:N33}}. De zorg van de heer [[Ter Veen]] over parkeren bij "
     "de Eexterhalte wordt doorgegeven aan de {{O:gemeente Aa en Hunze}}.", "Nee"],
    ["10", "[[Marloes de Groot-Ubbens]] en [[Fenna Ubbens]]",
     "Willen dat de beekherstelmaatregelen bij {{P:Rolde}} worden versneld.",
     "De maatregelen staan gepland voor 2027; zie het uitvoeringsprogramma. Mevrouw [[De Groot-Ubbens]] wordt "
     "uitgenodigd voor de klankbordgroep.", "Nee"],
    ["11", "{{C:Loonbedrijf Van der Wal B.V.}}, namens deze [[Jelle van der Wal]]",
     "Vraagt of maaiwerk in de beekdalen aan lokale loonwerkers wordt gegund.",
     "Aanbesteding verloopt volgens de {{L:Aanbestedingswet 2012}}. De heer [[Van der Wal]] kan zich inschrijven "
     "via {{T:TenderNed}}.", "Nee"],
    ["12", "[[Gökhan Arslan]], [[Asserstraat 40]], [[9451 AB]] Rolde",
     "Vraagt om een hoorzitting in {{P:Rolde}}.",
     "Er wordt op 3 juni een informatieavond in {{P:Rolde}} gehouden. De heer [[Arslan]] is uitgenodigd per e-mail "
     "([[g.arslan@outlook.com]]).", "Nee"],
    ["13", "[[Berend Jan Wolthuis]] ({{F:voorzitter}} {{O:Vereniging Dorpsbelangen Anloo}})",
     "Dorp wil inspraak over de {{G:Gebiedsgerichte aanpak Drentsche Aa}}.",
     "Dorpsbelangen neemt deel aan het gebiedsoverleg. Het verzoek van [[Wolthuis]] wordt ingewilligd.", "Ja, par. 3"],
    ["14", "[[Ewa Nowakowska]], [[Schipborgerweg 12]], [[9481 PB]] Vries",
     "Vraagt of haar huurwoning onder de schaderegeling valt.",
     "Huurders vallen onder de regeling als de verhuurder instemt. Mevrouw [[Nowakowska]] ontvangt het formulier.",
     "Nee"],
]
DOCS.append(Doc("ao04", "Nota van beantwoording Gebiedsprogramma Drentsche Aa", "rl", [
    ("title", "Nota van beantwoording zienswijzen\nontwerp-{{G:Gebiedsprogramma Drentsche Aa}}"),
    ("p", "Het ontwerp heeft van 10 februari tot en met 24 maart 2025 ter inzage gelegen. Er zijn 43 zienswijzen "
          "ontvangen, waarvan 8 hieronder zijn opgenomen (deel 1). De namen van indieners worden in de openbare "
          "versie weggelaten, conform de {{L:Algemene verordening gegevensbescherming}}."),
    ("table", NVB_ROWS, {"widths": [8, 36, 38, 63, 25]}),
    ("h", "Ambtelijke afstemming"),
    ("p", "De beantwoording is opgesteld door [[Nienke Dijkstra-Bos]] ({{F:projectsecretaris}}) en [[Thijs van Wijngaarden]] "
          "({{F:jurist omgevingsrecht}}) en afgestemd met {{O:Staatsbosbeheer}}, {{O:Natuurmonumenten}} en "
          "{{O:LTO Noord}}. Vragen: {{M:gebiedsprogramma@drenthe.nl}}."),
    ("p", "Vastgesteld door {{O:Gedeputeerde Staten van Drenthe}} op 6 mei 2025, op voorstel van gedeputeerde "
          "{{H:Hilde Bosscher}}."),
], footer="Nota van beantwoording - deel 1 - {{R:DR/2025-004410}}",
    hidden={"author": "[[Dijkstra-Bos, N.]]",
            "outline": [("Zienswijze 1 [[Oldenhuis]]", 0), ("Zienswijze 6 maatschap - [[H. Jansen]]", 0),
                        ("Ambtelijke afstemming", 1)]}))

# ---------------------------------------------------------------------------------------------- ao05
DOCS.append(Doc("ao05", "Omgevingsvergunning melkveehouderij Zuidveld 14", "lo", [
    ("p", "{{O:Gemeente Midden-Drenthe}}\nPostbus 24, 9410 AA {{P:Beilen}}\n{{S:14 0593}} | {{M:gemeente@middendrenthe.nl}}"),
    ("sp",),
    ("p", "{{C:Maatschap Jansen-Kuipers}}\nt.a.v. de heer [[H.J. Jansen]]\n[[Zuidveld 14]]\n[[9414 TG]] Hooghalen"),
    ("kv", [("Datum", "3 juni 2025"), ("Zaaknummer", "{{R:OV-2025-0219}}"), ("Behandeld door", "[[Marit Spijkerboer]]"),
            ("Telefoon", "[[0593 539 284]]"), ("Onderwerp", "besluit omgevingsvergunning milieubelastende activiteit")]),
    ("title", "Besluit omgevingsvergunning"),
    ("p", "Geachte heer [[Jansen]],"),
    ("p", "Op 17 januari 2025 heeft u namens {{C:Maatschap Jansen-Kuipers}} een aanvraag ingediend voor een "
          "omgevingsvergunning voor het wijzigen van de melkveehouderij op het adres [[Zuidveld 14]] te Hooghalen "
          "(kadastraal {{R:Beilen P 1187}}). Het bedrijf is ook uw woonadres. De aanvraag betreft het vervangen van "
          "stal 2 door een emissiearme ligboxenstal (systeem {{R:A 1.13}}) en het uitbreiden van de mestopslag."),
    ("h", "Besluit"),
    ("p", "Wij verlenen de vergunning op grond van {{L:artikel 5.1, tweede lid, onder b, van de Omgevingswet}} "
          "voor de {{T:milieubelastende activiteit}}, met de voorschriften in bijlage 1."),
    ("h", "Overwegingen"),
    ("p", "De aanvraag leidt niet tot een toename van stikstofdepositie op het {{N:Drents-Friese Wold}}, het "
          "{{N:Dwingelderveld}} en het {{N:Witterveld}}. {{O:Gedeputeerde Staten van Drenthe}} hebben op 12 mei 2025 "
          "verklaard dat een {{T:Natura 2000-activiteit}} niet aan de orde is. De {{O:Omgevingsdienst Drenthe}} heeft "
          "de aanvraag getoetst aan het {{L:Besluit activiteiten leefomgeving}}."),
    ("p", "Uw buren aan de [[Zuidveld 12]] (familie [[Tiesinga]]) en aan de Hooghalerweg hebben geen zienswijzen "
          "ingediend. De melding van uw zoon [[Gerrit Jansen]] over de mestbassin op perceel {{R:Beilen P 1190}} is "
          "als aparte melding behandeld."),
    ("pb",),
    ("h", "Leges"),
    ("p", "Voor dit besluit is € 4.812,00 aan leges verschuldigd (Legesverordening 2025, titel 2). U ontvangt "
          "hiervoor een aparte aanslag op naam van de maatschap."),
    ("h", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college. Ook uw mede-maat mevrouw "
          "[[A. Jansen-Kuipers]] kan als vergunninghouder bezwaar maken."),
    ("p", "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders van {{P:Midden-Drenthe}},\n\n"
          "[[M. Spijkerboer]]\n{{F:vergunningverlener omgevingsrecht}}"),
    ("small", "Afschrift: {{O:Omgevingsdienst Drenthe}}, t.a.v. [[R. Mulder-Smeenge]]; {{O:Waterschap Drents Overijsselse Delta}}"),
], footer="{{R:OV-2025-0219}} - pagina", hidden={"author": "[[Marit Spijkerboer]]", "subject": "Vergunning [[H.J. Jansen]] Zuidveld"}))

# ---------------------------------------------------------------------------------------------- ao06
DOCS.append(Doc("ao06", "Last onder dwangsom Loonbedrijf Van der Wal", "rl", [
    ("p", "{{O:Provincie Fryslân}}\nTweebaksmarkt 52, 8911 KZ {{P:Leeuwarden}}\n{{S:058 292 59 25}} | {{M:provincie@fryslan.frl}}"),
    ("sp",),
    ("p", "Aangetekend\n{{C:Loonbedrijf Van der Wal B.V.}}\nt.a.v. de directie, de heer [[J.S. van der Wal]]\nIndustrieweg 30\n"
          "8401 ZZ {{P:Gorredijk}}"),
    ("kv", [("Datum", "28 augustus 2025"), ("Kenmerk", "{{R:01234567/HH-2025-088}}"),
            ("Behandeld door", "[[Douwe Sijtsma]], {{F:toezichthouder}}"), ("Telefoon", "[[06-51230978]]")]),
    ("title", "Besluit last onder dwangsom"),
    ("p", "Geachte heer [[Van der Wal]],"),
    ("p", "Op 4 en 11 augustus 2025 hebben toezichthouders van de provincie, [[Douwe Sijtsma]] en [[Baukje Rienstra]], "
          "geconstateerd dat {{C:Loonbedrijf Van der Wal B.V.}} op het perceel naast uw woning aan de [[Wâldwei 6]] te "
          "Lippenhuizen baggerspecie opslaat zonder melding. Het perceel ligt op 300 meter van het "
          "{{N:Natura 2000-gebied Alde Feanen}}, binnen het {{G:Natuurnetwerk Nederland}}."),
    ("p", "Dit is in strijd met {{L:artikel 4.3 van het Besluit bodemkwaliteit}} en {{L:artikel 5.1 van de Omgevingswet}}. "
          "Uw bedrijfsleider, de heer [[Pieter Zijlstra]], heeft op 11 augustus verklaard dat de opslag van de gemeente "
          "{{P:Heerenveen}} afkomstig is. Dat wordt bestreden door loonwerker [[Marten van Heerenveen]], die de "
          "partij heeft vervoerd: volgens hem komt de specie uit de eigen sloten van het bedrijf."),
    ("h", "Last"),
    ("p", "Wij leggen {{C:Loonbedrijf Van der Wal B.V.}} een last onder dwangsom op: verwijder de opgeslagen "
          "baggerspecie uiterlijk 30 september 2025 naar een erkende verwerker. Voldoet u niet aan de last, dan verbeurt "
          "u een dwangsom van € 2.500 per week met een maximum van € 25.000 ({{L:artikel 5:32 Awb}})."),
    ("h", "Zienswijze"),
    ("p", "Op 19 augustus heeft uw adviseur, mevrouw [[Froukje Bergsma-de Haan]] van {{C:Agrifirm Advies}}, mondeling "
          "een zienswijze gegeven. Zij stelde dat de partij valt onder de {{T:vrijstelling voor kleine partijen}}. "
          "Die vrijstelling geldt niet boven 50 m³."),
    ("p", "Hoogachtend,\n\n{{O:Gedeputeerde Staten van Fryslân}},\nnamens dezen,\n\ning. [[A.R. Tuinstra]]\n"
          "{{F:teamleider vergunningverlening, toezicht en handhaving}}"),
    ("small", "Kopie: {{O:Wetterskip Fryslân}}; {{O:gemeente Opsterland}}; [[W. Feenstra]] ({{O:FUMO}})"),
], footer="{{O:Provincie Fryslân}} - {{R:HH-2025-088}}"))

# ---------------------------------------------------------------------------------------------- ao07
DOCS.append(Doc("ao07", "Verslag vergadering algemeen bestuur Waterschap Vechtstromen", "lo", [
    ("title", "Verslag openbare vergadering van het algemeen bestuur"),
    ("p", "{{O:Waterschap Vechtstromen}} - 24 september 2025, 19.30 uur, bestuurscentrum {{P:Almelo}}"),
    ("kv", [("Voorzitter", "dijkgraaf {{H:Marten Hoekzema}}"),
            ("Dagelijks bestuur", "heemraad {{H:Ingrid Groot Wassink}}, heemraad {{H:Gerrit-Jan Lammertink}}, "
                                  "heemraad {{H:Sevda Aydın}}"),
            ("Secretaris", "de {{F:secretaris-directeur}}"),
            ("Verslag", "[[Ilse Woltjer]] ({{F:bestuursondersteuning}})"),
            ("Afwezig", "AB-lid {{H:Teun Brinkhuis}} (met bericht)")]),
    ("h", "1. Opening en mededelingen"),
    ("p", "Dijkgraaf {{H:Hoekzema}} opent de vergadering. Heemraad {{H:Lammertink}} meldt dat de werkzaamheden aan de "
          "{{N:Regge}} bij {{P:Ommen}} drie weken vertraging hebben door archeologische vondsten."),
    ("h", "2. Insprekers"),
    ("p", "De heer [[Bernd Schulte-Wessels]] ([[Gronauer Straße 18]], Losser/Gronau) spreekt in over de wateroverlast in "
          "de {{N:Dinkel}}-vallei. Hij vraagt om een grensoverschrijdend peilbesluit met de {{O:Kreis Borken}}. "
          "Mevrouw [[Anneliese Kötter]] sluit zich daarbij aan namens de buurtvereniging."),
    ("p", "Mevrouw [[Fatima Ouali]] ([[Weerseloseweg 210]], [[7522 PT]] Enschede) spreekt in namens bewoners van "
          "{{P:Enschede}}-Noord over de stankoverlast van de {{O:rwzi Enschede-West}}. Zij overhandigt een petitie met "
          "212 handtekeningen."),
    ("p", "De heer [[Hüseyin Çelik]] vraagt waarom zijn melding van 3 juli (kapotte stuw bij het {{N:Lemselermaten}}) "
          "niet is beantwoord. Heemraad {{H:Aydın}} zegt toe dat hij binnen twee weken wordt gebeld door "
          "[[Joost Nijhuis]] van het {{O:Klant Contact Centrum}}."),
    ("h", "3. Vaststelling verslag 2 juli 2025"),
    ("p", "Het verslag wordt ongewijzigd vastgesteld. AB-lid {{H:Wilma Koopman}} ({{O:Water Natuurlijk}}) merkt op dat "
          "de toezegging over de {{G:Kaderrichtlijn Water}}-rapportage nog openstaat."),
    ("pb",),
    ("h", "4. Voorjaarsnota 2026 en waterschapsbelasting"),
    ("p", "Heemraad {{H:Groot Wassink}} licht toe dat de {{T:zuiveringsheffing}} met 6,8 procent stijgt. AB-lid "
          "{{H:Teun Brinkhuis}} had schriftelijk gevraagd naar de kwijtscheldingsregeling; het antwoord is opgesteld door "
          "[[Niels ter Braak]] ({{F:beleidsadviseur belastingen}}) en ligt ter inzage."),
    ("h", "5. Peilbesluit Dinkel-Noord"),
    ("p", "Dijkgraaf {{H:Hoekzema}} stelt voor het peilbesluit aan te houden tot na overleg met de {{O:Provincie Overijssel}} "
          "en {{O:Rijkswaterstaat}}. Gedeputeerde {{H:Gert Harm ten Bolscher}} is daarvoor uitgenodigd. Het bestuur "
          "stemt in. De heer [[Schulte-Wessels]] ontvangt een afschrift van het besluit."),
    ("h", "6. Rondvraag en sluiting"),
    ("p", "AB-lid {{H:Wilma Koopman}} vraagt naar de reactie aan mevrouw [[Ouali]]. De dijkgraaf zegt een schriftelijke "
          "reactie toe vóór 1 november. Sluiting om 22.05 uur."),
    ("table", [["Actie", "Wie", "Termijn"],
               ["Terugbellen melding stuw Lemselermaten", "[[J. Nijhuis]] (KCC)", "8 oktober"],
               ["Reactie petitie stankoverlast", "heemraad {{H:Aydın}}", "1 november"],
               ["Overleg Kreis Borken peilbeheer", "dijkgraaf {{H:Hoekzema}} / [[R. Bekhuis]]", "december"]],
     {"widths": [8, 5, 3]}),
], header="{{O:Waterschap Vechtstromen}} | verslag AB 24-09-2025 | concept",
    hidden={"author": "[[Ilse Woltjer]]", "comments": [
        ("Gronauer", "[[Ilse Woltjer]]", "IW", "Adres nagevraagd bij [[Ruud Bekhuis]], klopt.")]}))

# ---------------------------------------------------------------------------------------------- ao08
DOCS.append(Doc("ao08", "Besluitenlijst Gedeputeerde Staten van Overijssel 16 september 2025", "chromium", [
    ("title", "Besluitenlijst vergadering {{O:Gedeputeerde Staten van Overijssel}}"),
    ("p", "Datum: 16 september 2025 - Locatie: {{O:Provinciehuis}}, Luttenbergstraat 2, {{P:Zwolle}}"),
    ("p", "Aanwezig: commissaris van de Koning {{H:Andries Heidema}} (voorzitter), gedeputeerde {{H:Maurits von Martels}}, "
          "gedeputeerde {{H:Tijs de Bree}}, gedeputeerde {{H:Roy de Witte}}, gedeputeerde {{H:Gert Harm ten Bolscher}}, "
          "gedeputeerde {{H:Martijn Dadema}}; {{F:provinciesecretaris}} (secretaris)"),
    ("table", [["Nr", "Onderwerp", "Portefeuillehouder", "Steller", "Besluit"],
               ["1", "Vaststelling besluitenlijst 9 september 2025", "{{H:Heidema}}", "-", "Conform"],
               ["2", "Ontwerp-{{G:Programma Stikstofreductie en Natuurverbetering}}, tweede tranche",
                "{{H:Dadema}}", "[[A. Kuipers-Bakker]]",
                "Conform, met dien verstande dat de passage over de {{N:Engbertsdijksvenen}} wordt aangescherpt."],
               ["3", "Subsidie {{G:Regio Deal Twente}}: aanvraag {{C:Maatschap Nijhof-Geerdink}}", "{{H:De Bree}}",
                "[[Rogier ten Have]]", "Aangehouden; eerst advies van mr. [[S. Yılmaz]] (Juridische Zaken) over "
                "staatssteun."],
               ["4", "Beantwoording Statenvragen over de {{W:N348}} bij {{P:Raalte}}", "{{H:De Witte}}",
                "[[Kim Wolters-Haverkate]]", "Conform"],
               ["5", "Verzoek om handhaving {{T:PAS-melder}} {{P:Dalfsen}} (verzoeker: [[G. Mensink]], "
                     "[[Ruitenveen 3]])", "{{H:Von Martels}}", "[[Jeroen Bruggink]]", "Conform: handhavingsverzoek afwijzen, "
                "legalisatie via de {{G:Aanpak PAS-melders}}."],
               ["6", "Benoeming lid {{O:Adviescommissie Water}}: mevrouw [[Hanane Boukhari]]", "{{H:Ten Bolscher}}",
                "[[N. Oude Vrielink]]", "Conform"],
               ["7", "Woo-besluit over windplannen {{P:Hardenberg}}", "{{H:Heidema}}", "[[Lotte Scholten]]",
                "Conform; brief aan verzoeker [[P.J. Grootenhuis]] verzenden."],
               ["8", "Schadeverzoek aanleg {{W:N340}} ({{P:Ommen}}): verzoekers [[W. Bosch-Egberts]] en [[F. Bosch]]",
                "{{H:De Witte}}", "[[Yusuf Erdoğan]]", "Conform advies {{O:Adviescommissie schadevergoedingen}}: "
                "€ 14.200 toekennen."],
               ["9", "Ontheffing {{L:Wet natuurbescherming}}-overgangsrecht ganzenbeheer {{C:Wildbeheereenheid Salland}}",
                "{{H:Von Martels}}", "[[Marieke Oude Luttikhuis]]", "Conform"]]),
    ("h", "Mededelingen"),
    ("p", "Gedeputeerde {{H:Dadema}} meldt dat het {{O:Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur}} "
          "de {{G:Overgangsregeling PAS-melders}} verlengt. Commissaris van de Koning {{H:Heidema}} meldt het werkbezoek "
          "aan {{P:Ootmarsum}} op 2 oktober."),
    ("small", "Verspreiding: leden GS; [[B. Huisman]] (bestuursadviseur CdK); {{M:gs-secretariaat@overijssel.nl}}"),
], hidden={"meta": {"Author": "[[Kim Wolters-Haverkate]]"}}))

# ---------------------------------------------------------------------------------------------- ao09
DOCS.append(Doc("ao09", "Verslag veldbezoek stikstofgevoelige habitats Dwingelderveld", "rl", [
    ("title", "Verslag veldbezoek {{N:Natura 2000-gebied Dwingelderveld}}"),
    ("kv", [("Datum bezoek", "7 mei 2025"), ("Deelnemers", "[[Anouk van Zwolle]] ({{O:Provincie Drenthe}}, "
             "{{F:ecoloog}}), [[Reinier Smit]] ({{O:Natuurmonumenten}}, {{F:boswachter}}), [[Kübra Arslan]] "
             "({{C:Bureau Waardenburg}}), [[Lars Meijering]] ({{O:Staatsbosbeheer}})"),
            ("Opsteller", "[[A. van Zwolle]]"), ("Zaak", "{{R:N2K-DW-2025-14}}")]),
    ("h", "Aanleiding"),
    ("p", "Het veldbezoek was onderdeel van de {{T:gebiedsanalyse}} onder het {{G:Programma Natuur}}. Doel was de "
          "staat van {{T:H4010A vochtige heiden}} en {{T:H7110B actieve hoogvenen}} vast te stellen nabij de "
          "landbouwenclave {{P:Noordenveld}} en langs de {{W:A28}}."),
    ("h", "Waarnemingen"),
    ("p", "Op de transecten 3 en 4 is sterke vergrassing met pijpenstrootje zichtbaar. Boswachter [[Smit]] wees op "
          "de droogval van het Holtveen. Ten oosten van het gebied, bij de boerderij van de familie [[Mulder-Boelens]] "
          "([[Kraloërweg 19]]), ligt een sloot die volgens [[Meijering]] nog steeds water afvoert uit het veen."),
    ("photo", "Foto 1. Transect 3, zicht naar het zuiden. Links het perceel van [[R. Mulder-Boelens]]. "
              "(foto: [[K. Arslan]])", 11),
    ("photo", "Foto 2. Droogvallend Holtveen, 7 mei 2025, 11.40 uur. (foto: {{O:Natuurmonumenten}})", 12),
    ("pb",),
    ("h", "Gesprek met grondeigenaar"),
    ("p", "Op de terugweg is kort gesproken met de heer [[Roelf Mulder]], die zijn bedrijf samen met zijn echtgenote "
          "[[Jantje Mulder-Boelens]] runt. Hij gaf aan mee te willen werken aan vernatting als de "
          "{{G:Landelijke beëindigingsregeling veehouderijlocaties}} een reële optie is. Zijn telefoonnummer "
          "([[06-33847120]]) is doorgegeven aan de {{F:gebiedsmakelaar}} van {{O:Stichting Boerennatuur Drenthe}}."),
    ("photo", "Foto 3. Sloot langs [[Kraloërweg 19]] met afvoer uit het veen. (foto: [[A. van Zwolle]])", 13),
    ("h", "Conclusie en vervolg"),
    ("p", "De {{T:kritische depositiewaarde}} wordt op alle bezochte locaties overschreden. Voorgesteld wordt de "
          "hydrologische maatregelen uit het {{G:Natura 2000-beheerplan Dwingelderveld}} te versnellen. Het verslag "
          "gaat naar gedeputeerde {{H:Hilde Bosscher}} en naar {{M:natuur@drenthe.nl}}. Mevrouw [[Van Zwolle]] bespreekt "
          "de uitkomsten op 20 mei met de {{O:Provincie Overijssel}} in {{P:Zwolle}}, omdat ook het {{N:Holtingerveld}} "
          "en de {{N:Uffelte}}-heide in de gebiedsanalyse zitten."),
], footer="Verslag veldbezoek {{N:Dwingelderveld}} - {{R:N2K-DW-2025-14}}",
    hidden={"author": "[[Anouk van Zwolle]]",
            "annots": [(0, "Foto 1 niet publiceren: erf [[Mulder-Boelens]] herkenbaar. - [[LM]]", "[[Lars Meijering]]",
                        [480, 400, 500, 420]),
                       (1, "Telefoonnr. gecheckt met [[Wiebe Hofstee]] (BND)", "[[Kübra Arslan]]", [480, 700, 500, 720])]}))

# ---------------------------------------------------------------------------------------------- ao10
DOCS.append(Doc("ao10", "RE: Planning damwand Reitdiep - Heijmans", "chromium", [
    ("mailhead", [("Van:", "[[Menno Timmer]] <[[menno.timmer@heijmans.nl]]>"),
                  ("Verzonden:", "donderdag 12 juni 2025 16:03"),
                  ("Aan:", "[[Steenhuis, Albertus]] <[[a.steenhuis@noorderzijlvest.nl]]>"),
                  ("CC:", "[[Przybylski, Tomasz]] <[[tomasz.przybylski@heijmans.nl]]>; {{M:projectbureau-reitdiep@noorderzijlvest.nl}}"),
                  ("Onderwerp:", "RE: Planning damwand {{N:Reitdiep}} vak 4-6")]),
    ("p", "Hoi [[Albertus]],"),
    ("p", "Zoals vanochtend besproken: {{C:Heijmans Infra B.V.}} kan de damwand in vak 4 niet voor week 28 trillen. "
          "De bewoner van [[Reitdiepskade 31]], de heer [[Egbert Lubbers]], heeft bij onze uitvoerder [[Tomasz]] "
          "gemeld dat zijn fundering al scheurt. We laten eerst een {{T:nulmeting}} doen door {{C:Fugro}}."),
    ("p", "Verder: de {{T:CPT-sonderingen}} in vak 5 laten een slappe kleilaag zien tot NAP -6,2 m. We stellen voor "
          "over te gaan op een {{T:combiwand}}. Onze constructeur [[Marleen Vos-Hilbrants]] stuurt de berekening voor "
          "vrijdag."),
    ("p", "Groet,\n[[Menno Timmer]]\n{{F:projectmanager}} | {{C:Heijmans Infra B.V.}}\nM [[+31 6 1482 0097]]"),
    ("sp",),
    ("mailhead", [("Van:", "[[Steenhuis, Albertus]] <[[a.steenhuis@noorderzijlvest.nl]]>"),
                  ("Verzonden:", "donderdag 12 juni 2025 08:51"),
                  ("Aan:", "[[menno.timmer@heijmans.nl]]"),
                  ("Onderwerp:", "Planning damwand {{N:Reitdiep}} vak 4-6")]),
    ("p", "Dag [[Menno]],"),
    ("p", "Het {{O:Waterschap Noorderzijlvest}} wil de dijkversterking {{N:Reitdiep}} vóór het stormseizoen in vak 4 en 5 "
          "afronden. De {{O:gemeente Groningen}} heeft de omleiding via de {{W:Friesestraatweg}} en de {{W:Willem Lodewijkstraat}} "
          "toegestaan tot 1 oktober. De klacht van mevrouw [[Ayşe Kaya]] ([[Reitdiepskade 27]]) over trillingen is "
          "door [[Janneke Hofman]] van ons {{O:omgevingsteam}} afgehandeld."),
    ("p", "Bel me even op [[06-28819473]] als de planning niet haalbaar is. Dijkgraaf {{H:Geert Blaauw}} wil het "
          "dinsdag in het DB melden."),
    ("p", "Met vriendelijke groet,\n[[Albertus Steenhuis]]\n{{F:omgevingsmanager}} {{G:Dijkversterking Reitdiep}}\n"
          "{{O:Waterschap Noorderzijlvest}} | {{S:050 304 89 11}}"),
], header="Outlook - [[a.steenhuis@noorderzijlvest.nl]]"))

# ---------------------------------------------------------------------------------------------- ao11
DOCS.append(Doc("ao11", "Technisch memo grondwatereffecten N381 - Witteveen+Bos", "lo", [
    ("title", "Memo: grondwatereffecten bemaling onderdoorgang {{W:N381}} Donkerbroek"),
    ("kv", [("Aan", "{{O:Provincie Fryslân}}, [[Wietske Brouwer]] ({{F:projectleider}})"),
            ("Van", "{{C:Witteveen+Bos}}, ir. [[J.P. (Jan-Pieter) de Vries tot Nijenhuis]]"),
            ("Kopie", "[[Yara Darwish]] ({{C:Witteveen+Bos}}), [[S. Dykstra]] ({{O:Wetterskip Fryslân}})"),
            ("Datum", "19 februari 2025"), ("Projectnummer", "{{R:FRL611-2}}/25-004.118")]),
    ("h", "1. Scope"),
    ("p", "This memo summarises the {{T:groundwater drawdown}} analysis for the {{T:temporary dewatering}} of the "
          "underpass. The model was built in {{T:MODFLOW 6}} with the {{T:Nationaal Hydrologisch Instrumentarium}} "
          "as boundary condition. De resultaten zijn in het Nederlands samengevat in hoofdstuk 4."),
    ("h", "2. Uitgangspunten"),
    ("table", [["Parameter", "Waarde", "Bron"],
               ["Doorlatendheid eerste watervoerend pakket", "25 m/d", "{{T:REGIS II.2}}"],
               ["Bemalingsduur", "14 weken", "planning {{C:Van Gelder}}"],
               ["Debiet", "85 m³/h", "berekening [[Y. Darwish]]"],
               ["Retourbemaling", "ja, 60 %", "{{L:Waterschapsverordening Wetterskip Fryslân}}"]],
     {"widths": [6.5, 3, 6.5]}),
    ("h", "3. Effecten op omgeving"),
    ("p", "Binnen de 5 cm-verlagingscontour liggen 14 woningen en het {{N:Natura 2000-gebied Van Oordt's Mersken}}. "
          "Voor de monumentale boerderij aan de [[Hoofdweg 88]] (eigenaren [[Jelle Feenstra]] en [[Klaasje Feenstra-Wijma]]) "
          "adviseren wij een {{T:zettingsmeting}} met {{T:monitoring bolts}}. De eigenaar heeft aan [[Yara Darwish]] "
          "gemeld dat de fundering op houten palen staat."),
    ("h", "4. Conclusie"),
    ("p", "Met retourbemaling blijft de verlaging in {{N:Van Oordt's Mersken}} onder 2 cm. Een {{T:watervergunning}} "
          "van {{O:Wetterskip Fryslân}} is nodig. Contact: [[jp.devriestotnijenhuis@witteveenbos.com]] of "
          "{{S:+31 570 69 79 11}} (receptie {{P:Deventer}})."),
], header="{{C:Witteveen+Bos}} | memo | {{R:FRL611-2}}",
    hidden={"author": "[[Jan-Pieter de Vries tot Nijenhuis]]", "comments": [
        ("Hoofdweg 88", "[[Yara Darwish]]", "YD", "Bewoner belde zelf, zie gespreksnotitie [[Y.D.]] 12-2."),
    ]}))

# ---------------------------------------------------------------------------------------------- ao12
DOCS.append(Doc("ao12", "Uittreksel eigendomssituatie tracé Nedersaksenlijn", "rl", [
    ("title", "Overzicht eigendomssituatie - tracé-alternatief B ({{G:Nedersaksenlijn}}, deel {{P:Stadskanaal}}-{{P:Emmen}})"),
    ("p", "Bron: {{O:Kadaster}}, {{T:BRK}}-levering 2 juli 2025. Alleen voor intern gebruik door het projectteam van "
          "de {{O:Provincie Groningen}} en de {{O:Provincie Drenthe}}."),
    ("table", [["Kad. aanduiding", "Opp. (m²)", "Eigenaar (tenaamstelling)", "Adres eigenaar", "Recht"],
               ["{{R:Onstwedde K 2214}}", "41 280", "[[Hindrik Tiesinga]] en [[Geertje Tiesinga-Bulthuis]]",
                "[[Mussel A-weg 12]], [[9584 TA]] Mussel", "eigendom"],
               ["{{R:Onstwedde K 2219}}", "8 730", "[[Berend Oosting]]", "[[Alteveerstraat 3]], [[9584 TN]] Mussel",
                "eigendom"],
               ["{{R:Onstwedde K 2301}}", "15 400", "{{C:Maatschap Jansen-Kuipers}}", "[[Zuidveld 14]], Hooghalen", "erfpacht"],
               ["{{R:Vlagtwedde L 788}}", "2 115", "[[Paweł Nowakowski]]", "[[Semslinie 40]], [[9581 AK]] Musselkanaal",
                "eigendom"],
               ["{{R:Vlagtwedde L 790}}", "26 002", "{{O:Staatsbosbeheer}}", "{{P:Amersfoort}}", "eigendom"],
               ["{{R:Emmen AB 1452}}", "9 880", "[[Nour Kassab]] en [[Omar Al-Masri]]", "[[Runde ZZ 77]], [[7881 HP]] Emmer-Compascuum",
                "eigendom"],
               ["{{R:Emmen AB 1460}}", "4 410", "erven [[J. Kamps]], p/a [[Roelfien Kamps-Huizing]]",
                "[[Verlengde Herenstreek 8]], [[7881 KA]] Emmer-Compascuum", "eigendom"],
               ["{{R:Emmen AB 1498}}", "33 960", "{{O:Gemeente Emmen}}", "Raadhuisplein 1, {{P:Emmen}}", "eigendom"],
               ["{{R:Emmen AB 1502}}", "12 700", "[[Jürgen Többen]] (woonachtig Duitsland)",
                "[[Hauptstraße 51]], 49835 Wietmarschen (DE)", "eigendom"],
               ["{{R:Emmen AB 1511}}", "6 045", "[[Tjalling Haisma]] en [[Sytske Haisma-Bron]]",
                "[[Vaart NZ 102]], [[7881 LB]] Emmer-Compascuum", "eigendom"],
               ["{{R:Emmen AB 1517}}", "1 890", "{{O:ProRail}}", "{{P:Utrecht}}", "eigendom"],
               ["{{R:Emmen AB 1520}}", "18 330", "[[Hasan Doğan]]", "[[Dordsedijk 9]], [[7881 TR]] Emmer-Compascuum",
                "eigendom"],
               ["{{R:Emmen AB 1533}}", "7 760", "[[Wilhelmina Schoenmaker-Brands]]", "[[Kanaal A NZ 51]], [[7881 JM]] Emmer-Compascuum",
                "vruchtgebruik"]],
     {"widths": [34, 20, 72, 95, 26]}),
    ("p", "Eigenaren [[Tiesinga]], [[Oosting]], [[Doğan]] en [[Nowakowski]] zijn op 14 juli 2025 geïnformeerd door "
          "[[Gerda Vos-Mekel]] ({{F:grondverwerver}}). De heer [[Többen]] wordt via de {{O:Landkreis Grafschaft Bentheim}} "
          "benaderd."),
    ("small", "Let op: dit overzicht bevat persoonsgegevens uit de {{T:Basisregistratie Kadaster}}. Niet verder verspreiden. "
              "Vragen: {{M:grondzaken@provinciegroningen.nl}}"),
], pagesize="A4L", footer="{{G:Nedersaksenlijn}} - eigendomssituatie alternatief B - versie 3",
    hidden={"author": "[[G. Vos-Mekel]]", "attach": [("BRK levering eigenaar [[Wessel Dorgelo]].csv",
                        "perceel;eigenaar;adres\nEmmen AB 1540;[[Wessel Dorgelo]];[[Runde ZZ 81]] Emmer-Compascuum\n")]}))

# ---------------------------------------------------------------------------------------------- ao13 map legend


def map_flow(doc):
    from reportlab.graphics.shapes import Drawing, Polygon, String, Line, Rect
    from reportlab.lib import colors
    dr = Drawing(480, 330)
    dr.add(Rect(0, 0, 480, 330, fillColor=colors.HexColor("#f4f1e6"), strokeColor=colors.grey))
    parcels = [
        ([20, 40, 150, 40, 170, 190, 30, 170], "#c9e2b3", "1"), ([150, 40, 300, 60, 290, 200, 170, 190], "#f2d7a0", "2"),
        ([300, 60, 460, 70, 450, 210, 290, 200], "#c9e2b3", "3"), ([30, 170, 170, 190, 160, 310, 40, 300], "#e8c6c6", "4"),
        ([170, 190, 290, 200, 300, 315, 160, 310], "#d6d6ef", "5"), ([290, 200, 450, 210, 455, 318, 300, 315], "#f2d7a0", "6")]
    owners = {"1": "[[Hofsteenge]]", "2": "[[Smeenge-Wolthuis]]", "4": "[[El Idrissi]]/[[Amrani]]",
              "5": "[[Oldenhuis-Meinders]]", "6": "[[A. Luinge]]", "3": "{{O:Het Drentse Landschap}}"}
    for pts, col, lab in parcels:
        dr.add(Polygon(pts, fillColor=colors.HexColor(col), strokeColor=colors.HexColor("#555555"), strokeWidth=0.7))
        cx = sum(pts[0::2]) / 4
        cy = sum(pts[1::2]) / 4
        dr.add(String(cx, cy, lab, fontName="DVB", fontSize=13, fillColor=colors.black))
        dr.add(String(cx - 28, cy - 13, doc.plain(owners[lab]), fontName="DV", fontSize=6.5, fillColor=colors.HexColor("#333333")))
    dr.add(Line(10, 120, 470, 140, strokeColor=colors.HexColor("#3a6fd8"), strokeWidth=3))
    dr.add(String(330, 128, doc.plain("{{N:Hunze}}"), fontName="DVI", fontSize=9, fillColor=colors.HexColor("#3a6fd8")))
    dr.add(Line(240, 0, 250, 330, strokeColor=colors.HexColor("#888888"), strokeWidth=5))
    dr.add(String(255, 300, doc.plain("{{W:N366}}"), fontName="DV", fontSize=8))
    return dr


DOCS.append(Doc("ao13", "Kaartbijlage herinrichting Hunzedal - legenda eigenaren", "rl", [
    ("title", "Kaartbijlage 3: inrichtingsplan {{N:Hunzedal}} fase 2 ({{P:Annerveenschekanaal}})"),
    ("flow", map_flow),
    ("h", "Legenda"),
    ("table", [["Vlak", "Eigenaar / gebruiker", "Bestemming na inrichting"],
               ["1", "[[Egbert Hofsteenge]] (pachter [[Wim Hofsteenge]])", "{{T:natuur nat schraalland}}"],
               ["2", "[[Dirkje Smeenge-Wolthuis]]", "landbouw met {{T:agrarisch natuurbeheer}}"],
               ["3", "{{O:Het Drentse Landschap}}", "{{T:moeras}}"],
               ["4", "[[Karima El Idrissi]] en [[Youssef Amrani]]", "landbouw, vernatting na 2027"],
               ["5", "[[H.G. Oldenhuis-Meinders]]", "{{T:kruidenrijk grasland}}"],
               ["6", "{{C:Maatschap Luinge-Wiersema}} ([[A. Luinge]])", "landbouw (ruilgrond)"]],
     {"widths": [14, 80, 66]}),
    ("p", "Blauw: {{N:Hunze}} (nieuwe loop). Grijs: {{W:N366}}. Ondergrond: {{T:BRT Achtergrondkaart}}, {{O:Kadaster}}. "
          "Kaart vervaardigd door {{C:Sweco Nederland}}, [[Linda Hartog-Brink]], voor {{O:Waterschap Hunze en Aa's}}."),
    ("small", "Concept ten behoeve van keukentafelgesprekken. Vlak 4: afspraak [[El Idrissi]]/[[Amrani]] op 9 oktober."),
], hidden={"meta": {"Author": "[[lhartog]]", "Subject": "legenda eigenaren - [[Smeenge-Wolthuis]] akkoord"}}))

# ---------------------------------------------------------------------------------------------- ao14 schadeclaim
DOCS.append(Doc("ao14", "Aanvraag schadevergoeding mijnbouwschade IMG", "lo", [
    ("title", "Aanvraag vergoeding fysieke schade (mijnbouw)"),
    ("p", "Aan: {{O:Instituut Mijnbouwschade Groningen}} (IMG), Postbus 8000, 9702 KA {{P:Groningen}}"),
    ("h", "1. Gegevens aanvrager"),
    ("kv", [("Naam", "[[Trijntje Bakker-Snijders]]"), ("Medeaanvrager", "[[Albert Bakker]]"),
            ("Geboortedatum", "[[14-02-1958|DATE_OF_BIRTH]]"), ("BSN", "[[230918748]]"),
            ("Adres schadeobject", "[[Hoofdweg 188]], [[9621 AP]] Slochteren"), ("Telefoon", "[[0598-421877]]"),
            ("Mobiel", "[[06-20118452]]"), ("E-mail", "[[tbakker.slochteren@kpnmail.nl]]")]),
    ("h", "2. Schade"),
    ("p", "Na de beving van {{P:Garsthuizen}} en de bevingen bij {{P:Zeerijp}} zijn scheuren ontstaan in de "
          "achtergevel en de schoorsteen van onze woning (bouwjaar 1921). Een eerdere melding ({{R:IMG-2019-331842}}) is "
          "afgehandeld door {{C:Arcadis}}; de huidige schade is groter. Onze buurvrouw mevrouw [[Roelfina Kuipers]] "
          "kan de schade bevestigen."),
    ("h", "3. Uitbetaling"),
    ("kv", [("IBAN", "[[NL64 ABNA 0417 1643 01]]"), ("Ten name van", "[[T. Bakker-Snijders]] en/of [[A. Bakker]]"),
            ("Gemachtigde", "[[Nordin Azzouzi]], {{C:Stichting Groninger Bodem Beweging}} (kosteloos)")]),
    ("h", "4. Ondertekening"),
    ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld. Ik geef het IMG toestemming gegevens op te vragen "
          "bij de {{O:Nationaal Coördinator Groningen}}, {{O:NAM}} en de {{O:gemeente Midden-Groningen}} "
          "(op grond van de {{L:Tijdelijke wet Groningen}})."),
    ("p", "Slochteren, 2 juli 2025\n\n[[T. Bakker-Snijders]]          [[A. Bakker]]"),
    ("small", "Ontvangen IMG 7 juli 2025 - dossiernummer {{R:IMG-2025-118406}} - behandelaar [[Sven Ubbens]] - "
              "schade-expert {{C:Schadeexpertise Noord}} (ing. [[L. Wierenga]])"),
], header="IMG aanvraagformulier fysieke schade - versie 2025-1",
    hidden={"author": "[[Nordin Azzouzi]]", "subject": "aanvraag [[Bakker-Snijders]]"}))

# ---------------------------------------------------------------------------------------------- ao15 WOZ / leges
DOCS.append(Doc("ao15", "Beschikking WOZ en aanslag leges", "rl", [
    ("p", "{{O:Noordelijk Belastingkantoor}}\nPostbus 100, 9700 AC {{P:Groningen}}\n{{S:050 367 7000}} | {{M:info@noordelijkbelastingkantoor.nl}}"),
    ("sp",),
    ("p", "Dhr. [[K. Wiersema]] en mw. [[L. Wiersema-Haddad]]\n[[Burgemeester Brouwerlaan 3]]\n[[9351 BP]] Leek"),
    ("kv", [("Aanslagnummer", "{{R:2025.0041.8817}}"), ("Dagtekening", "28 februari 2025"),
            ("Subjectnummer", "[[100387221|ID]]"), ("Uw contactpersoon", "[[Ronald Hilbrants]], {{F:heffingsambtenaar}}")]),
    ("title", "Aanslag gemeentelijke belastingen en WOZ-beschikking 2025"),
    ("table", [["Omschrijving", "Object", "Grondslag", "Bedrag"],
               ["WOZ-waarde (peildatum 1-1-2024)", "[[Burgemeester Brouwerlaan 3]], Leek", "€ 412.000", "-"],
               ["Onroerendezaakbelasting eigenaren", "idem", "0,0972 %", "€ 400,46"],
               ["Rioolheffing", "idem", "per aansluiting", "€ 291,00"],
               ["Leges omgevingsvergunning (bouwactiviteit)", "{{R:OV-LK-2024-0877}}", "bouwkosten € 86.500", "€ 2.283,60"],
               ["Totaal", "", "", "€ 2.975,06"]],
     {"widths": [62, 50, 30, 24]}),
    ("p", "De leges hebben betrekking op de uitbouw waarvoor de {{O:gemeente Westerkwartier}} op 12 november 2024 "
          "vergunning verleende. Let op: de straat Burgemeester Brouwerlaan ligt sinds de herindeling in de "
          "{{O:gemeente Westerkwartier}}; dat verandert niets aan uw aanslag."),
    ("p", "Wilt u de WOZ-waarde inzien? Het taxatieverslag staat op {{M:mijn.noordelijkbelastingkantoor.nl}}. "
          "Bezwaar kunt u binnen zes weken maken ({{L:artikel 26a Wet WOZ}}, {{L:artikel 7:1 Awb}})."),
    ("p", "Automatische incasso van rekening [[NL23 RABO 0335 8124 77]] in 10 termijnen."),
    ("p", "Vragen over de leges? Bel [[Ellen Kroeze]] van het team Belastingen op [[050 367 7146]] of mail naar "
          "[[e.kroeze@noordelijkbelastingkantoor.nl]]."),
    ("small", "Intern: taxatie [[J. de Roos]] (taxateur), controle [[M. Huizinga]]. Bezwaar vorig jaar ingediend door "
              "[[Khalid Haddad]] (broer, gemachtigde)."),
], footer="{{O:Noordelijk Belastingkantoor}} werkt voor de gemeenten {{P:Westerkwartier}}, {{P:Het Hogeland}} en {{P:Groningen}}"))
