"""Set U, part B: physical living environment (omgevingsvergunning, zienswijzen, handhaving), APV/horeca and
event permits, procurement (aanbesteding, beoordeling, ZZP inhuur), photo captions, scans."""

from framework import D, iban

DOCS = []

# ------------------------------------------------------------------ u13 omgevingsvergunning (Writer, 2 pages)
DOCS.append(D("u13", "omgevingsvergunning_uitbouw_besluit", "writer", [
    ("small", "{{O:Gemeente Zwolle}} · {{O:Vergunningen, Toezicht en Handhaving}} · Postbus 10007 · 8000 GA {{L:Zwolle}} · {{S:14 038}}"),
    ("kv", [("Aan", "De heer [[N:A.B. van der Zwaag|Zwaag]] en mevrouw [[N:E.M. van der Zwaag-Kok|Zwaag-Kok]]"),
            ("", "[[A:Assendorperstraat 144]]"), ("", "[[A:8012 DJ Zwolle]]"),
            ("Datum", "18 februari 2025"), ("Zaaknummer", "{{K:OLO 9123847}} / {{K:Z2025-000871}}"),
            ("Behandeld door", "[[N:Mirjam Bolhuis|Bolhuis]], vergunningverlener"), ("Telefoon", "[[T:038 498 27 63]]")]),
    ("title", "Besluit omgevingsvergunning voor een omgevingsplanactiviteit en een bouwactiviteit"),
    ("p", "Geachte heer en mevrouw [[N:Van der Zwaag]],"),
    ("p", "Op 9 december 2024 hebben wij via het {{Q:Omgevingsloket}} uw aanvraag ontvangen voor het bouwen van een uitbouw aan de achterzijde "
          "van uw woning en het plaatsen van een dakkapel. Het perceel is kadastraal bekend als {{L:Zwolle}} sectie K nummer 4418. "
          "De aanvraag is ingediend door uw architect, [[N:ir. Hanneke Ter Haar|Ter Haar]] van {{O:Ter Haar Architecten}} in {{L:Kampen}}."),
    ("h", "Besluit"),
    ("p", "Wij verlenen de omgevingsvergunning op grond van artikel 5.1 van de {{W:Omgevingswet}}, met de voorschriften in bijlage 1. "
          "De uitbouw past niet binnen het omgevingsplan (het tijdelijke deel, voorheen bestemmingsplan {{G:Assendorp 2013}}); "
          "wij wijken af met een buitenplanse omgevingsplanactiviteit."),
    ("h", "Zienswijzen en buren"),
    ("p", "De buren op nummer 142, de heer [[N:Jan-Willem Mulder|Mulder]] en mevrouw [[N:Saskia Mulder-de Wit|Mulder-de Wit]], hebben per e-mail "
          "([[E:jwmulder1961@hetnet.nl]]) laten weten bezwaar te hebben tegen de hoogte van de uitbouw (3,40 m). Op 21 januari 2025 hebben "
          "wij een gesprek gehad met beide buren en met de heer [[N:Van der Zwaag]]. Daarbij is afgesproken de uitbouw te verlagen tot 3,00 m. "
          "De bewoner van nummer 146, mevrouw [[N:Tineke Dam|Dam]], heeft schriftelijk ingestemd."),
    ("p", "Het advies van de {{O:Omgevingsdienst IJsselland}} over de constructie en het advies van de "
          "{{O:Commissie Ruimtelijke Kwaliteit}} zijn positief."),
    ("h", "Leges"),
    ("p", "Voor de behandeling van uw aanvraag brengen wij € 1.642,35 leges in rekening. U ontvangt hiervoor een aparte nota van de "
          "{{O:GBLT}}. Terugbetaling bij intrekking op rekening [[I:" + iban("SNSB", 1301) + "]]."),
    ("pb",),
    ("h", "Bijlage 1 – Voorschriften"),
    ("p", "1. De werkzaamheden worden minimaal twee werkdagen vóór aanvang gemeld via {{M:toezicht@zwolle.nl}}."),
    ("p", "2. De aannemer, {{O:Bouwbedrijf Dam & Zonen B.V.}} uit {{L:Dalfsen}}, meldt de startdatum aan de toezichthouder, "
          "[[N:dhr. R. Wijnberg|Wijnberg]] ([[T:06 5270 9381]])."),
    ("p", "3. De hemelwaterafvoer wordt afgekoppeld en loopt naar de tuin; afvoer op het perceel van nummer 142 is niet toegestaan."),
    ("p", "4. Tijdens de bouw blijft de brandgang naar de {{R:Thomas à Kempisstraat}} vrij."),
    ("h", "Bezwaar"),
    ("p", "Belanghebbenden kunnen binnen zes weken na de dag van bekendmaking bezwaar maken bij het college van burgemeester en wethouders "
          "van {{L:Zwolle}}, Postbus 10007, 8000 GA {{L:Zwolle}}."),
    ("p", "Met vriendelijke groet,\nnamens burgemeester en wethouders van {{L:Zwolle}},"),
    ("sig", "[[N:M. Bolhuis]]\n{{F:vergunningverlener}}\nAfschrift: [[N:ir. H. Ter Haar]], {{O:Ter Haar Architecten}}; "
            "[[N:J.W. Mulder]], [[A:Assendorperstraat 142]]"),
], header="{{O:Gemeente Zwolle}} – omgevingsvergunning {{K:Z2025-000871}}", footer="Verzonden 18-02-2025",
    info={"Author": "[[N:Mirjam Bolhuis]]", "Subject": "Uitbouw [[A:Assendorperstraat 144]]"}))
# ------------------------------------------------------------------ u14 nota van zienswijzen (Chromium, multi-page table)
_zw = [
    ("1", "[[N:Gerrit Jan Hofstede|Hofstede]], [[A:Molenweg 12, 7261 KT Ruurlo]]", "Geluid van de windturbines; gezondheid kinderen.", "Ongegrond; norm 47 dB Lden wordt gehaald (bijlage 4)."),
    ("2", "[[N:Familie Oude Luttikhuis|Oude Luttikhuis]], [[A:Barchemseweg 3, 7261 LB Ruurlo]]", "Slagschaduw op melkveestal.", "Deels gegrond; stilstandvoorziening wordt voorschrift."),
    ("3", "{{O:Vereniging Natuurmonumenten}}, {{O:regio Oost}}", "Effect op natuurgebied {{L:Ruurlose Broek}}.", "Ongegrond; ecologisch onderzoek {{O:Bureau Waardenburg}}."),
    ("4", "[[N:Wilma Eenink-Lubbers|Eenink-Lubbers]], [[A:Hoge Weg 40, 7261 MA Ruurlo]]", "Waardedaling woning.", "Planschade is geen onderdeel van dit besluit."),
    ("5", "[[N:dhr. B. ter Beek|Beek]] namens {{O:Stichting Tegenwind Achterhoek}}", "Procedure; geen participatie.", "Ongegrond; verslag {{G:participatieavonden}} bijlage 2."),
    ("6", "[[N:Henk Zieverink|Zieverink]], [[A:Zwiepseweg 98, 7261 NN Ruurlo]]", "Verkeer tijdens de bouw over de {{R:Zwiepseweg}}.", "Gegrond; bouwverkeer via de {{R:N319}}."),
    ("7", "[[N:Anke Koning|Koning]] en [[N:Sjaak Koning|Sjaak]], [[A:Groenloseweg 5, 7261 RD Ruurlo]]", "Lichtschittering en rood licht.", "Deels gegrond; {{Z:ADLS}} wordt voorgeschreven."),
    ("8", "{{O:LTO Noord afdeling Berkelland}}", "Landbouwverkeer.", "Kennisgenomen."),
    ("9", "[[N:Ruben Smit|Smit]], [[A:Borculoseweg 77, 7261 SB Ruurlo]]", "Lokaal eigendom.", "Ongegrond; {{O:Energiecoöperatie Berkelland}} krijgt 50%."),
    ("10", "[[N:Thea van Wijk-Bloemendaal|Wijk-Bloemendaal]], [[A:Lindeboomsweg 6, 7261 AR Ruurlo]]", "Nachtelijk geluid, slaapverstoring.", "Ongegrond; nachtnorm 41 dB Lnight."),
    ("11", "[[N:Mehmet Öztürk|Öztürk]], [[A:Stationsstraat 12a, 7261 AB Ruurlo]]", "Bezwaar tegen locatie bij camping.", "Ongegrond."),
    ("12", "[[N:Jannie Wolterink|Wolterink]], [[A:Kruisweg 2, 7261 TT Ruurlo]]", "Vogelsterfte (kieviet, grutto).", "Deels gegrond; monitoring 3 jaar."),
    ("13", "[[N:G.H.M. Kroezen|Kroezen]] ({{O:Kroezen Loonbedrijf}})", "Bereikbaarheid percelen.", "Gegrond; uitwegen worden aangepast."),
    ("14", "[[N:Esther Heutink|Heutink]], [[A:Wildenborchseweg 15, 7251 KE Vorden]]", "Landschap {{L:Wildenborch}}.", "Ongegrond; landschapsplan."),
    ("15", "[[N:Albert Nijenhuis|Nijenhuis]], [[A:Veldweg 8, 7261 KS Ruurlo]]", "Geluid, slagschaduw en waardedaling.", "Zie 1, 2 en 4."),
    ("16", "[[N:Petra Winter|Winter]], [[A:Winterswijkseweg 30, 7261 BC Ruurlo]]", "Gezondheid (slaap).", "Ongegrond; {{O:GGD Noord- en Oost-Gelderland}} advies."),
    ("17", "[[N:Ir. W.F. Hulshof|Hulshof]]", "Radarverstoring?", "Ongegrond; toets {{O:Ministerie van Defensie}}."),
    ("18", "[[N:Yvonne Bakker-Ten Have|Bakker-Ten Have]], [[A:Spalstraat 44, 7261 CD Ruurlo]]", "IJsafworp boven fietspad.", "Gegrond; ijsdetectie verplicht."),
    ("19", "[[N:Johan Groot Wassink|Groot Wassink]], [[A:Heideweg 1, 7261 PR Ruurlo]]", "Verlichting en geluid.", "Zie 7 en 1."),
    ("20", "{{O:Waterschap Rijn en IJssel}}", "Watergang A-2104 ligt in het werkgebied.", "Watervergunning vereist; verwerkt."),
    ("21", "[[N:Dirk Wensink|Wensink]], [[A:Hengeloseweg 60, 7261 NS Ruurlo]]", "Geen omwonendenfonds.", "Ongegrond; fonds € 0,50/MWh."),
    ("22", "[[N:Margriet Lansink|Lansink]]", "Paardenhouderij; schrikreacties.", "Kennisgenomen."),
]
DOCS.append(D("u14", "nota_van_zienswijzen_windpark", "chrome", [
    ("title", "Nota van zienswijzen – ontwerpbesluit omgevingsvergunning {{G:Windpark Ruurlo-Noord}}"),
    ("p", "Het ontwerpbesluit heeft van 6 januari tot en met 16 februari 2025 ter inzage gelegen. Er zijn 22 zienswijzen ingediend. "
          "In deze nota vat de {{O:Omgevingsdienst Achterhoek}} ze samen en geeft het college van {{O:gemeente Berkelland}} een reactie. "
          "Wethouder {{H:Karin Hoenderboom}} (energie) en burgemeester {{H:Joost van Oostrum}} hebben de nota op 4 maart 2025 vastgesteld."),
    ("table", ["Nr", "Indiener", "Zienswijze (kern)", "Reactie"], [list(r) for r in _zw], [0.5, 4, 3.5, 4]),
    ("p", "Opgesteld door [[N:Lieke Haverkamp|Haverkamp]] ({{O:Omgevingsdienst Achterhoek}}), [[E:l.haverkamp@odachterhoek.nl]], en "
          "[[N:Frank Rouwenhorst|Rouwenhorst]] ({{F:projectleider}} gemeente). Vragen: {{M:omgevingsloket@berkelland.nl}}, {{S:0545 25 01 00}}."),
], header="{{O:Gemeente Berkelland}} – Nota van zienswijzen", footer="{{K:ODA-2024-11277}} – vastgesteld 4 maart 2025",
    info={"Author": "[[N:Lieke Haverkamp]]"}))

# ------------------------------------------------------------------ u15 handhavingsbesluit (reportlab, bookmarks)
DOCS.append(D("u15", "last_onder_dwangsom_bedrijfsmatige_activiteit", "rl", [
    ("small", "{{O:Gemeente Apeldoorn}} · Marktplein 1 · 7311 LH {{L:Apeldoorn}} · {{S:14 055}} · {{M:handhaving@apeldoorn.nl}}"),
    ("kv", [("Aan", "De heer [[N:R.J.M. Hendriksen|Hendriksen]]"), ("", "h.o.d.n. {{O:Autoservice Ugchelen}}"),
            ("", "[[A:Ugchelseweg 211]], [[A:7339 GN Ugchelen]]"), ("Datum", "3 maart 2025"),
            ("Kenmerk", "{{K:HH-2025-0419}}"), ("Behandeld door", "[[N:Jasper Meijerink|Meijerink]] ({{F:jurist handhaving}}), [[T:055 580 19 64]]")]),
    ("title", "Besluit last onder dwangsom – bedrijfsmatige activiteiten in woongebied"),
    ("h", "1. Aanleiding"),
    ("p", "Op 14 november en 5 december 2024 hebben toezichthouders [[N:Kevin Lammers|Lammers]] en [[N:Naima Bouzerda|Bouzerda]] "
          "geconstateerd dat op het perceel [[A:Ugchelseweg 211]] auto's worden gerepareerd en gespoten. Dit volgde op klachten van omwonenden, "
          "onder wie mevrouw [[N:Gonnie Brinkman|Brinkman]] ([[A:Ugchelseweg 209]]) en de heer [[N:Bas ten Hove|Hove]] ([[A:Bruggelerweg 4]])."),
    ("p", "Het perceel heeft in het omgevingsplan de functie 'Wonen'. Bedrijfsmatige autoreparatie is daar niet toegestaan."),
    ("h", "2. Voornemen en zienswijze"),
    ("p", "Bij brief van 9 januari 2025 is u het voornemen tot handhaving toegestuurd. Uw gemachtigde, mr. [[N:C.E. Blom|Blom]] van "
          "{{O:Blom & Kuipers Advocaten}}, heeft op 27 januari 2025 een zienswijze gegeven. Zij stelt dat u alleen auto's van familie repareert, "
          "onder wie uw zwager [[N:Dennis Hendriksen-Meijer|Dennis]]. De foto's in het rapport (bijlage 2) tonen echter 11 auto's met "
          "verschillende kentekens, waaronder [[X:KJ-418-T]] en [[X:8-TRP-54]]."),
    ("h", "3. Besluit"),
    ("p", "Wij gelasten u de bedrijfsmatige activiteiten binnen acht weken te staken en gestaakt te houden. Doet u dat niet, dan verbeurt u "
          "een dwangsom van € 1.500 per geconstateerde overtreding, tot een maximum van € 15.000. Wij baseren dit op artikel 5:32 "
          "{{W:Algemene wet bestuursrecht}} en artikel 18.1 {{W:Omgevingswet}}."),
    ("p", "Een afschrift van dit besluit gaat naar de klagers en naar het {{O:Omgevingsdienst Veluwe IJssel}}."),
    ("p", "Burgemeester en wethouders van {{L:Apeldoorn}},\nnamens dezen,"),
    ("sig", "[[N:drs. E. (Ellen) Scholten-Vos|Scholten-Vos]], {{F:teamleider Toezicht en Handhaving}}"),
], footer="{{K:HH-2025-0419}}",
    bookmarks=["Besluit last onder dwangsom [[N:Hendriksen]]", "Rapport toezicht [[N:K. Lammers]] 14-11-2024",
               "Klacht [[N:Brinkman]] 02-11-2024", "Zienswijze mr. [[N:Blom]]"],
    info={"Title": "LOD [[N:Hendriksen]] Ugchelseweg", "Author": "[[N:J. Meijerink]]"}))

# ------------------------------------------------------------------ u16 horeca exploitatievergunning (fpdf)
DOCS.append(D("u16", "exploitatievergunning_horeca_apv_leidinggevenden", "fpdf", [
    ("title", "Exploitatievergunning horeca en drank- en horecavergunning"),
    ("kv", [("Gemeente", "{{O:Gemeente Maastricht}}"), ("Zaak", "{{K:HOR-MST-2025-0077}}"),
            ("Inrichting", "{{O:Café De Zwarte Ruiter}}, {{R:Markt}} 24, {{L:Maastricht}}"),
            ("Vergunninghouder", "{{O:Zwarte Ruiter Horeca B.V.}}, KvK {{K:77123456}}"),
            ("Bestuurder", "[[N:Servé Ramakers|Ramakers;Servé]]"), ("Contact", "[[E:serve@dezwarteruiter.nl]], [[T:06 2198 4470]]")]),
    ("p", "De burgemeester van {{L:Maastricht}} verleent de exploitatievergunning op grond van artikel 2:28 van de "
          "{{W:Algemene Plaatselijke Verordening Maastricht 2024}} en de alcoholvergunning op grond van artikel 3 van de {{W:Alcoholwet}}. "
          "Het {{C:Bibob}}-onderzoek door het {{O:Landelijk Bureau Bibob}} is afgerond zonder ernstig gevaar."),
    ("h", "Leidinggevenden (bijlage bij de vergunning)"),
    ("table", ["Naam", "Geboortedatum", "Geboorteplaats", "SVH-diploma"], [
        ["[[N:Servé Ramakers]]", "[[D:12-04-1986]]", "{{L:Maastricht}}", "[[X:SVH-2009-118274]]"],
        ["[[N:Laura Ramakers-Bisschops|Ramakers-Bisschops]]", "[[D:30-11-1988]]", "{{L:Heerlen}}", "[[X:SVH-2012-230941]]"],
        ["[[N:Jean-Pierre Lemmens|Lemmens]]", "[[D:07-01-1979]]", "{{L:Luik}} ({{L:België}})", "[[X:SVH-2004-091136]]"],
        ["[[N:Kerem Aydın|Aydın]]", "[[D:19-08-1993]]", "{{L:Sittard}}", "[[X:SVH-2016-402218]]"],
    ], [3, 2, 2, 2.4]),
    ("h", "Voorschriften"),
    ("p", "1. Openingstijden volgens het {{G:Horecabeleid Binnenstad Maastricht}}: zondag t/m donderdag tot 02.00 uur, vrijdag en zaterdag tot 03.00 uur."),
    ("p", "2. Er is altijd een leidinggevende van de lijst aanwezig. Wijzigingen meldt u via {{M:horeca@maastricht.nl}}."),
    ("p", "3. Het terras op de {{R:Markt}} valt onder een aparte terrasvergunning ({{K:TER-2025-0031}})."),
    ("p", "Maastricht, 28 februari 2025\nDe burgemeester van {{L:Maastricht}}, namens deze,"),
    ("sig", "[[N:Roel Frissen|Frissen]], {{F:beleidsadviseur horeca}} ([[T:043 350 42 17]])"),
    ("small", "Toezicht: {{O:BOA-team Centrum}}, {{S:14 043}}. Adviseur politie: {{O:Politie Limburg}}, wijkagent [[N:Marco Pluijmen|Pluijmen]]."),
], header="{{O:Gemeente Maastricht}} – {{O:Vergunningen}}", footer="{{K:HOR-MST-2025-0077}}",
    info={"Author": "[[N:Roel Frissen]]", "Title": "Exploitatievergunning De Zwarte Ruiter"}))

# ------------------------------------------------------------------ u17 evenementenvergunning (Writer, comments as annotations)
DOCS.append(D("u17", "evenementenvergunning_koningsdag_met_opmerkingen", "writer", [
    ("small", "{{O:Gemeente Delft}} – {{O:Team Evenementen}} – concept"),
    ("title", "Evenementenvergunning Koningsdag Beestenmarkt 2025"),
    ("kv", [("Organisator", "{{O:Stichting Oranjecomité Delft-Centrum}}"),
            ("Contactpersoon", "[[N:Marloes van den Akker|Akker;Marloes]] (secretaris), [[T:06 4821 3306]], [[E:marloes.vandenakker@gmail.com]]"),
            ("Veiligheidscoördinator", "[[N:Rudi Baboeram|Baboeram]], [[T:06 3015 2287]]"),
            ("Datum/tijd", "26 april 2025 (opbouw) en 27 april 2025 09.00–23.00 uur"),
            ("Locatie", "{{R:Beestenmarkt}} en {{R:Oude Delft}} (deel), {{L:Delft}}"), ("Zaak", "{{K:EVV-DLF-2025-0144}}")]),
    ("p", "De burgemeester van {{L:Delft}}, {{H:Marja van Bijsterveldt-Vliegenthart}}, verleent de vergunning op grond van artikel 2:25 "
          "{{W:APV Delft}}. Het evenement is een B-evenement. Advies is gevraagd aan {{O:Veiligheidsregio Haaglanden}}, {{O:Politie Eenheid Den Haag}} "
          "en de {{O:GHOR Haaglanden}}."),
    ("h", "Verkeersregelaars"),
    ("table", ["Naam", "Instructienummer", "Post"], [
        ["[[N:Thijs Verhoef|Verhoef]]", "[[X:VR-221-4493]]", "{{R:Koornmarkt}} / {{R:Beestenmarkt}}"],
        ["[[N:Soufiane El Ouardi|El Ouardi]]", "[[X:VR-221-5012]]", "{{R:Vrouwenregt}}"],
        ["[[N:Ineke Visser-Bos|Visser-Bos]]", "[[X:VR-221-3377]]", "{{R:Wijnhaven}}"],
    ], [3, 2, 3]),
    ("h", "Voorschriften"),
    ("p", "1. De organisator zorgt voor 8 gecertificeerde beveiligers van {{O:Securitas}} en een EHBO-post van het {{O:Rode Kruis afdeling Delft}}."),
    ("p", "2. Geluid: maximaal 85 dB(A) op de gevel van de dichtstbijzijnde woning ({{R:Beestenmarkt}} 31)."),
    ("p", "3. Klachten op de dag zelf: evenementennummer {{S:015 260 27 20}}. De omwonende die vorig jaar klaagde, mevrouw "
          "[[N:Henny de Koning|Koning]], wordt vooraf persoonlijk geïnformeerd."),
    ("p", "4. Afval: {{O:Avalex}} plaatst containers; veegploeg vanaf 23.00 uur."),
    ("sig", "De burgemeester van {{L:Delft}},\nnamens deze,\n[[N:Joost Aarts|Aarts]], {{F:evenementencoördinator}}"),
], footer="{{K:EVV-DLF-2025-0144}}",
    comments=[("De burgemeester van", "[[N:Joost Aarts]]", "[[N:Bianca]], kun jij checken of mandaat nog klopt? @[[N:Rik Hoogendoorn]] is dit B of C?"),
              ("Verkeersregelaars", "[[N:Bianca Sijtsma]]", "Lijst van [[N:Marloes]] is compleet, nummers gecheckt bij {{O:Stichting Verkeersregelaars Nederland}}."),
              ("Klachten op de dag zelf", "[[N:Rik Hoogendoorn]]", "B-evenement, zie risicoscan. Mw. [[N:De Koning]] belt altijd [[N:Aarts]] rechtstreeks.")],
    info={"Author": "[[N:Joost Aarts]]"}))

# ------------------------------------------------------------------ u18 proces-verbaal opening inschrijvingen (Calc)
DOCS.append(D("u18", "proces_verbaal_opening_inschrijvingen_calc", "calc", [
    ("title", "Proces-verbaal van opening – Europese aanbesteding {{G:Onderhoud openbare verlichting 2025-2029}}"),
    ("p", "Aanbestedende dienst: {{O:Gemeente Amersfoort}}. Procedure: openbaar ({{W:Aanbestedingswet 2012}}). Platform: {{Q:TenderNed}}, kenmerk {{K:TN-2024-881236}}."),
    ("p", "Opening 10 maart 2025, 10.00 uur, in aanwezigheid van: [[N:Hanna Boersma|Boersma]] ({{F:inkoopadviseur}}), "
          "[[N:Rutger van Beek|Beek]] ({{F:contractmanager}}) en [[N:Lisanne Kuiper|Kuiper]] (notulist)."),
    ("table", ["Nr", "Inschrijver", "KvK", "Contactpersoon", "E-mail contactpersoon", "Telefoon", "Prijs (€, excl. btw)"], [
        ["1", "{{O:Dynniq Nederland B.V.}}", "{{K:30046573}}", "[[N:Wouter Scheepers|Scheepers]]", "[[E:w.scheepers@dynniq.example]]", "[[T:06 5178 3340]]", "3.418.220"],
        ["2", "{{O:Spie Nederland B.V.}}", "{{K:24235232}}", "[[N:Joyce Hermans-Lok|Hermans-Lok]]", "[[E:joyce.hermans@spie.example]]", "[[T:06 2211 7083]]", "3.199.850"],
        ["3", "{{O:Heijmans Integrale Projecten B.V.}}", "{{K:16044122}}", "[[N:Mark-Jan Kuiper|Mark-Jan]]", "[[E:mjkuiper@heijmans.example]]", "[[T:073 543 88 12]]", "3.562.000"],
        ["4", "{{O:Van Gelder Verlichting}} (combinatie met {{O:Citytec}})", "{{K:11009282}}", "[[N:Ahmed Bennani|Bennani]]", "[[E:a.bennani@vangelder.example]]", "[[T:06 4480 1922]]", "3.305.415"],
        ["5", "[[N:Elektrotechniek P. Bosma|P. Bosma]] (eenmanszaak)", "[[X:KvK 58812290]]", "[[N:Pieter Bosma|Bosma]]", "[[E:pieterbosma.elektro@kpnmail.nl]]", "[[T:06 1839 2245]]", "ongeldig (te laat)"],
        ["6", "{{O:Strukton Systems}}", "{{K:30173913}}", "[[N:Nienke de Groot|Groot]]", "[[E:nienke.degroot@strukton.example]]", "[[T:030 248 61 00]]", "3.277.910"],
    ]),
    ("p", "Inschrijving 5 is om 10.04 uur ontvangen en daarom niet geopend. De inschrijver is door [[N:H. Boersma]] telefonisch geïnformeerd."),
    ("p", "Beoordeling door de commissie: [[N:Rutger van Beek]], [[N:Ilona Meester|Meester]] ({{O:Team Openbare Ruimte}}) en extern adviseur [[N:Ruud Dijkhuizen|Dijkhuizen]] ({{O:Royal HaskoningDHV}})."),
    ("p", "Vragen: {{M:inkoop@amersfoort.nl}}."),
], landscape=True, header="{{O:Gemeente Amersfoort}} – {{O:Inkoop}} – vertrouwelijk tot gunning", footer="PV opening {{K:TN-2024-881236}}",
    calc_widths=[4, 34, 13, 20, 30, 15, 18], info={"Author": "[[N:Hanna Boersma]]"}))

# ------------------------------------------------------------------ u19 gunningsadvies (Chromium)
DOCS.append(D("u19", "gunningsadvies_beoordelingscommissie_jeugdhulp", "chrome", [
    ("title", "Gunningsadvies – sociale aanbesteding {{G:Ambulante jeugdhulp Holland Rijnland}}"),
    ("kv", [("Aan", "{{O:Portefeuillehoudersoverleg Sociaal Domein Holland Rijnland}}, t.a.v. voorzitter {{H:wethouder Marleen Damen}}"),
            ("Van", "Beoordelingscommissie (voorzitter: [[N:drs. Willemijn Haasnoot|Haasnoot;Willemijn]])"), ("Datum", "13 maart 2025"),
            ("Kenmerk", "{{K:HR-IK-2025-004}}")]),
    ("h", "1. Samenstelling commissie"),
    ("p", "[[N:Willemijn Haasnoot]] ({{O:Regionale Inkooporganisatie Jeugd}}, voorzitter), [[N:Özlem Çelik|Çelik]] ({{F:beleidsadviseur jeugd}}, "
          "{{O:gemeente Leiden}}), [[N:Pieter-Bas van Leeuwen|Leeuwen]] ({{O:gemeente Katwijk}}), [[N:Dominique Mahabier|Mahabier]] "
          "(ervaringsdeskundige, ouder) en [[N:Rens Kloosterman|Kloosterman]] (secretaris, [[E:r.kloosterman@hollandrijnland.nl]])."),
    ("h", "2. Beoordeling"),
    ("table", ["Inschrijver", "Kwaliteit (70)", "Prijs (30)", "Totaal", "Opmerking commissie"], [
        ["{{O:Cardea Jeugdzorg}}", "61", "24", "85", "Sterk plan; contactpersoon [[N:Margot Zandvliet|Zandvliet]] gaf heldere presentatie"],
        ["{{O:Horizon Jeugdzorg en Onderwijs}}", "55", "27", "82", "Goede prijs"],
        ["{{O:Stichting Jeugdformaat}}", "49", "26", "75", "Onvoldoende op wachttijden"],
        ["[[N:Praktijk Bart Houtman|Houtman]] (ZZP, gezinscoach)", "40", "30", "70", "Te beperkte capaciteit; persoonlijk gesprek met [[N:Bart Houtman]] op 4 maart"],
        ["{{O:Youz}} ({{O:Parnassia Groep}})", "58", "21", "79", "—"],
    ], [3, 1, 1, 1, 5]),
    ("p", "De scores zijn in consensus vastgesteld. Commissielid [[N:Mahabier]] heeft zich onthouden bij {{O:Cardea Jeugdzorg}} "
          "omdat haar zoon daar in zorg is geweest; dit is vastgelegd in de verklaring van geen belangenverstrengeling."),
    ("h", "3. Advies"),
    ("p", "De commissie adviseert te gunnen aan {{O:Cardea Jeugdzorg}}, {{O:Horizon Jeugdzorg en Onderwijs}} en {{O:Youz}} (raamovereenkomst, "
          "drie partijen). Afwijzingsbrieven worden ondertekend door de {{F:directeur Regionale Inkooporganisatie Jeugd}}."),
    ("small", "Contact: [[N:R. Kloosterman]], [[T:071 523 35 48]]. Algemeen: {{M:inkoop@hollandrijnland.nl}}, {{S:071 523 90 90}}."),
], footer="{{O:Holland Rijnland}} – vertrouwelijk – {{K:HR-IK-2025-004}}", mailto=True, info={"Author": "[[N:Rens Kloosterman]]"}))

# ------------------------------------------------------------------ u20 inhuur ZZP (fpdf)
DOCS.append(D("u20", "overeenkomst_opdracht_zzp_projectleider", "fpdf", [
    ("title", "Overeenkomst van opdracht (model {{O:Belastingdienst}} {{K:9051692536}}, geen werkgeversgezag)"),
    ("p", "De ondergetekenden:"),
    ("p", "1. {{O:Gemeente Emmen}}, gevestigd aan het {{R:Raadhuisplein}} 1, 7811 AP {{L:Emmen}}, vertegenwoordigd door {{H:wethouder Robert Kleine}} "
          "(portefeuille bedrijfsvoering), hierna: opdrachtgever;"),
    ("p", "2. [[N:Jeroen Tuinstra|Tuinstra;Jeroen]], handelend onder de naam [[N:Tuinstra Projectadvies|Tuinstra Projectadvies]], "
          "ingeschreven bij de {{O:Kamer van Koophandel}} onder nummer [[X:81920344]], wonend aan [[A:Hoofdstraat 118, 7811 EN Emmen]], "
          "btw-id [[X:NL004512398B71]], hierna: opdrachtnemer;"),
    ("h", "Artikel 1 – Opdracht"),
    ("p", "Opdrachtnemer treedt op als projectleider voor het programma {{G:Emmen Centrum Vitaal}} van 1 april 2025 tot 1 april 2026, "
          "gemiddeld 24 uur per week. Hij rapporteert aan de {{F:programmamanager}}, mevrouw [[N:Geeske Pranger|Pranger]]."),
    ("h", "Artikel 2 – Tarief en betaling"),
    ("p", "Het tarief is € 112,50 per uur excl. btw. Facturen worden maandelijks ingediend via {{Q:Basware}} en betaald op rekening "
          "[[I:" + iban("KNAB", 2001) + "]] t.n.v. [[N:J. Tuinstra]]."),
    ("h", "Artikel 3 – Vervanging en aansprakelijkheid"),
    ("p", "Opdrachtnemer mag zich laten vervangen na schriftelijke toestemming. Als vervanger is genoemd: [[N:Karin Tuinstra-Meijer|Tuinstra-Meijer]] "
          "(partner, eveneens ZZP). Opdrachtnemer heeft een beroepsaansprakelijkheidsverzekering bij {{O:Centraal Beheer}}, polis [[X:BA-7731905]]."),
    ("h", "Ondertekening"),
    ("p", "Emmen, 20 maart 2025"),
    ("table", ["Opdrachtgever", "Opdrachtnemer"], [
        ["{{H:R. Kleine}}, wethouder", "[[N:J. Tuinstra]]"],
        ["Paraaf inkoop: [[P:HdV]] ([[N:Hilde de Vries|Vries]])", "Telefoon: [[T:06 5516 0842]]\nE-mail: [[E:jeroen@tuinstraprojectadvies.nl]]"],
    ]),
], header="{{O:Gemeente Emmen}} – inhuur externen – {{K:INH-2025-0117}}", footer="Overeenkomst [[N:Tuinstra]]",
    info={"Author": "[[N:Hilde de Vries]]", "Title": "Overeenkomst van opdracht [[N:J. Tuinstra]]"}))

# ------------------------------------------------------------------ u21 nota van inlichtingen (reportlab, XMP creator)
DOCS.append(D("u21", "nota_van_inlichtingen_schoolgebouw", "rl", [
    ("title", "Nota van inlichtingen 1 – {{G:Nieuwbouw IKC De Wilgenhoek}}"),
    ("kv", [("Aanbestedende dienst", "{{O:Gemeente Hoorn}}"), ("Procedure", "niet-openbaar, {{C:EMVI}}, {{Q:Negometrix}} {{K:NGX-1337-2025}}"),
            ("Datum", "6 maart 2025"), ("Opgesteld door", "[[N:Ruud Koopman|Koopman]], {{F:projectmanager vastgoed}}")]),
    ("p", "In deze nota staan de vragen die de gegadigden via {{Q:Negometrix}} hebben gesteld, met de antwoorden. De vragen zijn geanonimiseerd; "
          "de namen van de vragenstellers worden niet gepubliceerd. De nota maakt deel uit van de aanbestedingsdocumenten."),
    ("table", ["Nr", "Document / par.", "Vraag", "Antwoord"], [
        ["1", "Leidraad 4.2", "Mag de {{Z:BENG}}-berekening worden aangeleverd na gunning?", "Nee, bij inschrijving."],
        ["2", "PvE 3.1", "Is {{Z:Frisse Scholen klasse B}} voldoende?", "Nee, klasse A voor luchtkwaliteit."],
        ["3", "Tekening A-102", "Wie is het aanspreekpunt voor het schoolbestuur?", "{{O:Stichting Surplus}}, via de projectleider van de gemeente. Niet rechtstreeks benaderen."],
        ["4", "Leidraad 6", "Telt een referentie van {{O:Stichting Openbaar Onderwijs West-Friesland}} mee?", "Ja."],
        ["5", "Planning", "Is de schouw op 12 maart verplicht?", "Ja; aanmelden bij [[N:Femke Schermer|Schermer]] ([[E:f.schermer@hoorn.nl]], [[T:06 2370 8846]])."],
        ["6", "Contract", "Geldt de {{Z:UAV-GC 2005}}?", "Ja, met de {{Q:DNR 2011}} voor de ontwerpdiensten."],
    ], [0.5, 1.8, 4, 4]),
    ("p", "Wethouder {{H:Arjan Wolthers}} (onderwijshuisvesting) heeft de planning op 4 maart 2025 bekrachtigd. Vragen over deze nota: {{M:aanbesteden@hoorn.nl}}."),
], footer="{{O:Gemeente Hoorn}} – {{K:NGX-1337-2025}}",
    xmp_creator="[[N:Ruud Koopman]]",
    notes=[(0, "[[N:Femke Schermer]]", "Vraag 3 kwam van [[N:Mark Tol]] ({{O:Bouwcombinatie Hoorn}}), vraag 5 van [[N:Jolanda Dekker]]. Namen eruit laten.")],
    info={"Author": "[[N:R. Koopman]]", "Subject": "NvI 1 – vragen van [[N:M. Tol]] en [[N:J. Dekker]]"}))

# ------------------------------------------------------------------ u22 photo captions (Chromium, two columns)
DOCS.append(D("u22", "bewonersbrief_oplevering_plein_met_fotobijschriften", "chrome", [
    ("title", "Wijkbericht {{L:Oosterparkwijk}} – maart 2025"),
    ("p", "Nieuws van het {{O:Gebiedsteam Oost}} van de {{O:gemeente Groningen}} over de herinrichting van het {{R:Oosterpark}} en de {{R:Zaagmuldersweg}}."),
    ("h", "Plein feestelijk geopend"),
    ("p", "Op zaterdag 1 maart is het vernieuwde speelplein aan de {{R:Vinkenstraat}} geopend door wethouder {{H:Inge Jongman}}. "
          "Zij deed dat samen met de kinderen van {{O:OBS De Wiekslag}} en de bewoners die het ontwerp mee hebben bedacht."),
    ("img", "Wethouder {{H:Inge Jongman}} knipt het lint door, samen met [[N:Noor Kuiper|Noor]] (9) en bewonersvertegenwoordiger [[N:Hennie Dijkstra|Dijkstra]]."),
    ("p", "Bewoner [[N:Hennie Dijkstra]] zat namens de {{O:Bewonersorganisatie Oosterparkwijk}} in de klankbordgroep: 'We hebben twee jaar vergaderd, "
          "maar het is mooi geworden.' Ook [[N:Ahmad Rahimi|Rahimi]] van {{O:Speeltuinvereniging De Dobbe}} is tevreden."),
    ("img", "Uitvoerder [[N:Klaas Smid|Smid]] van {{O:Koop Tjuchem}} en projectleider [[N:Marleen Oosterhof|Oosterhof]] (gemeente) bij de nieuwe wadi."),
    ("h", "Bomen en groen"),
    ("p", "Er zijn 34 nieuwe bomen geplant, waaronder {{Z:Amelanchier lamarckii}} en {{Z:Tilia cordata}}. Het groenonderhoud doet {{O:Stadsbeheer Groningen}}."),
    ("img", "[[N:Gert Wubs|Wubs]] en zijn buurvrouw [[N:Tine Wubs-Hofman|Wubs-Hofman]] (geen familie!) planten de eerste boom bij hun huis op de [[A:Vinkenstraat 27]]."),
    ("h", "Vragen of klachten?"),
    ("p", "Neem contact op met het gebiedsteam: {{M:gebiedsteamoost@groningen.nl}} of {{S:14 050}}. Uw wijkwethouder is {{H:Inge Jongman}}; "
          "de wijkcoördinator is [[N:Marleen Oosterhof]] ([[T:06 1502 7749]])."),
    ("img", "Bezoekers bij de koffie in {{O:Buurthuis De Oosterpoort}}. Links [[N:Roelie Bos|Bos]], die al 40 jaar in de wijk woont."),
], footer="{{O:Gemeente Groningen}} – Wijkbericht Oosterparkwijk", html_cols=True, top_blocks=2,
    info={"Author": "[[N:Marleen Oosterhof]]", "Title": "Wijkbericht maart 2025"}))

# ------------------------------------------------------------------ u23 scan: handwritten zienswijze
DOCS.append(D("u23", "scan_zienswijze_bewoner_brief", "scan", [
    ("p", "[[N:Cornelis van der Weerd|Weerd]]\n[[A:Dorpsstraat 31]]\n[[A:1742 AB Schagen]]\n[[T:0224 29 44 18]]"),
    ("p", "Aan het college van burgemeester en wethouders van {{O:gemeente Schagen}}\nPostbus 8\n1740 AA {{L:Schagen}}"),
    ("p", "Schagen, 2 maart 2025"),
    ("p", "Betreft: zienswijze ontwerp-omgevingsvergunning bouw loods {{R:Dorpsstraat}} 33"),
    ("p", "Geacht college,"),
    ("p", "Hierbij maak ik, mede namens mijn vrouw [[N:Grietje van der Weerd-Kaan|Grietje]], bezwaar tegen de bouw van een loods van 9 meter hoog "
          "op het perceel van mijn buurman [[N:Piet Kaan|Kaan]]. De loods neemt al ons licht weg in de achtertuin. Ook is er niet met ons overlegd. "
          "Ik heb hierover al gebeld met uw ambtenaar mevrouw [[N:Van Vliet|Vliet]], maar die zei dat ik een zienswijze moest indienen."),
    ("p", "Ik verzoek u de vergunning te weigeren."),
    ("p", "Hoogachtend,\n\n[[N:C. van der Weerd]]"),
], dpi=220, rot=0.8, font="DVSI"))

# ------------------------------------------------------------------ u24 scan: melding klein evenement
DOCS.append(D("u24", "scan_melding_klein_evenement_buurtbarbecue", "scan", [
    ("title", "Melding klein evenement"),
    ("small", "{{O:Gemeente Utrechtse Heuvelrug}} – artikel 2:25a {{W:APV}} – uiterlijk 3 weken vooraf indienen"),
    ("kv", [("Naam organisator", "[[N:Esther Schipper-Hoogland|Schipper-Hoogland]]"), ("Adres", "[[A:Lindenlaan 14]], [[A:3941 GV Doorn]]"),
            ("Telefoon", "[[T:06 3178 2054]]"), ("E-mail", "[[E:esther.schipper@xs4all.nl]]"),
            ("Soort evenement", "buurtbarbecue"), ("Datum", "14 juni 2025, 16.00 - 22.00 uur"),
            ("Locatie", "grasveld hoek {{R:Lindenlaan}} / {{R:Acacialaan}}"), ("Aantal bezoekers", "circa 60"),
            ("Tweede contactpersoon", "[[N:Mohamed Ouali|Ouali]], [[T:06 4519 0736]]")]),
    ("p", "Handtekening: [[N:E. Schipper-Hoogland]]            Datum: 20 mei 2025"),
    ("small", "Ontvangen {{O:KCC}} 21-05-2025, paraaf [[P:JvE]]"),
], dpi=230, rot=-0.5))
