from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("z19_auditrapport", [
    ("h", "Rapport Concern Auditor – onderzoek ‹cumulatie› subsidie ‹SLE-2025-0061›"),
    ("p", "Opdrachtgever: ‹directie Economie en Cultuur›\nUitvoering: ‹Concern Auditor› ‹Provincie Overijssel›\nAuditnummer: ‹CA-2025-27›\nStatus: definitief, ‹19 januari 2026›"),
    ("h", "1. Aanleiding"),
    ("p", "Op ‹3 november 2025› meldde de ‹Energiecoöperatie Zonnedijk Oosterveld› dat zij op ‹12 augustus 2025› een subsidie op grond van de ‹Subsidieregeling coöperatieve energieopwekking› (‹SCE›) van ‹RVO› heeft ontvangen. Het ‹team Subsidieverlening› vroeg de ‹Concern Auditor› te onderzoeken of sprake is van dubbele financiering in de zin van ‹artikel 6› van de ‹Subsidieregeling Lokale Energie-initiatieven Overijssel 2025›."),
    ("h", "2. Werkwijze"),
    ("p", "Wij hebben het dossier bestudeerd, het kostenoverzicht van de ‹Twentse Accountantsgroep› gecontroleerd op 41 facturen, en gesprekken gevoerd met de subsidieadviseur («S.W.»), de teamleider («M.B.»), de accountant en drie bestuursleden van de coöperatie. Wij hebben ‹RVO› schriftelijk om de ‹SCE›-beschikking gevraagd; die is op 8 januari 2026 ontvangen."),
    ("h", "3. Bevindingen"),
    ("p", "3.1 De ‹SCE› is een ‹exploitatiesubsidie› per opgewekte kWh over 15 jaar. De ‹SCE›-aanvraag bevat een begroting met investeringskosten, maar die dient alleen om de onrendabele top te berekenen. Er is dus geen sprake van dubbele vergoeding van dezelfde kosten in juridische zin."),
    ("p", "3.2 Wel heeft de coöperatie de vraag naar andere subsidies in de ‹SLE›-aanvraag onjuist beantwoord (‘Nee’), terwijl de ‹SCE›-aanvraag al op 2 maart 2025 was ingediend. De meldingsplicht uit de beschikking is pas op ‹3 november 2025› nagekomen."),
    ("p", "3.3 De toets bij verlening heeft de vraag naar ‹cumulatie› niet geverifieerd: het ‹SCE›-register van ‹RVO› is niet geraadpleegd. Het toetsingskader van het ‹Subsidieloket› schrijft dat niet voor."),
    ("pb", None),
    ("h", "4. Conclusies en aanbevelingen"),
    ("p", "Wij concluderen dat geen sprake is van dubbele financiering van dezelfde kosten, maar wel van een onjuiste verklaring bij de aanvraag. Wij bevelen aan: (1) de subsidie niet terug te vorderen, maar de coöperatie een waarschuwing te geven; (2) in het toetsingskader een verplichte raadpleging van het ‹SCE›-register op te nemen; (3) de ‹Statenvragen› in deze geest te beantwoorden."),
    ("h", "5. Verantwoording"),
    ("p", "Het onderzoek is uitgevoerd volgens de ‹IIA-standaarden›. Het conceptrapport is op 9 januari 2026 voor wederhoor voorgelegd aan het ‹team Subsidieverlening› en aan de coöperatie. De reactie van de coöperatie (ondertekend door «H.J. ter Wee» en «I. van 't Hul») is verwerkt."),
    ("p", "‹Concern Auditor›\nauditor: «B. de Graaf-Olthof» RO\nreviewer: «drs. Karin Vlietstra»"),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365", author="Bas de Graaf-Olthof",
   hidden=[("metadata", "Bas de Graaf-Olthof")], font="Helvetica", title="Rapport CA-2025-27"))

A(Doc("z20_bevindingentabel_audit", [
    ("h", "Bijlage 2 bij ‹CA-2025-27›: interviews en factuurcontrole"),
    ("t", [["Datum", "Gesprekspartner", "Organisatie", "Onderwerp"],
           ["25-11-2025", "subsidieadviseur", "‹team Subsidieverlening›", "toets bij verlening"],
           ["25-11-2025", "teamleider", "‹team Subsidieverlening›", "toetsingskader"],
           ["28-11-2025", "voorzitter, secretaris, penningmeester", "‹Energiecoöperatie Zonnedijk Oosterveld›", "aanvraag en melding"],
           ["02-12-2025", "partner", "‹Twentse Accountantsgroep B.V.›", "kostenoverzicht"],
           ["08-01-2026", "schriftelijk", "‹RVO›", "‹SCE›-beschikking"]]),
    ("p", "In deze bijlage zijn gesprekspartners met hun functie vermeld. De gespreksverslagen zijn opgenomen in het auditdossier en niet bijgevoegd."),
    ("t", [["Factuur", "Leverancier", "Bedrag", "‹SLE›", "‹SCE›"],
           ["F-01", "‹Enexis Netbeheer›", "‹€ 142.000›", "ja", "ja (begroting)"],
           ["F-07", "‹Omgevingsdienst Twente›", "€ 11.250", "ja", "ja (begroting)"],
           ["F-12", "ecologisch adviesbureau", "€ 15.010", "ja", "nee"],
           ["F-19", "installatiebedrijf (eenmanszaak)", "€ 4.410", "nee", "nee"],
           ["F-23", "‹Energie Samen› (procesbegeleiding)", "€ 24.600", "ja", "nee"]]),
], producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
   outline=[("Interviews – gesprek «Wolbers» en «Brinkhuis»", 0), ("Factuurcontrole door «Pieter Roeleveld» (stagiair)", 0),
            ("Open punt «Karin Vlietstra»: RVO-register", 0)],
   hidden=[("outline", "Pieter Roeleveld"), ("outline", "Wolbers"), ("outline", "Brinkhuis"), ("outline", "Karin Vlietstra")],
   font="Helvetica"))

A(Doc("z21_statenvragen", [
    ("h", "Schriftelijke vragen ex artikel 46 Reglement van Orde ‹Provinciale Staten van Overijssel›"),
    ("p", "Nummer: ‹PS/2026/0113›\nDatum: 4 februari 2026\nVragensteller(s): Statenlid ‹Mirjam Kiezebrink› (‹CDA›) en Statenlid ‹Tom Hamstra› (‹GroenLinks-PvdA›)\nOnderwerp: dubbele subsidie ‹zonneveld› ‹Oosterveld›?"),
    ("p", "Op 31 januari 2026 berichtte ‹Tubantia› dat een energiecoöperatie in ‹Oosterveld› zowel provinciale subsidie als rijkssubsidie ontving voor hetzelfde ‹zonneveld› op landbouwgrond. Naar aanleiding daarvan stellen wij de volgende vragen aan gedeputeerde ‹Erik van Dalsum› (Energie):"),
    ("p", "1. Bent u bekend met het bericht? Klopt het dat de ‹Energiecoöperatie Zonnedijk Oosterveld› op grond van de ‹Subsidieregeling Lokale Energie-initiatieven Overijssel 2025› ‹€ 348.000› heeft ontvangen en daarnaast een ‹SCE›-beschikking van ‹RVO›?"),
    ("p", "2. Heeft de ‹Concern Auditor› vastgesteld dat sprake is van dubbele financiering? Zo ja, gaat u de subsidie terugvorderen?"),
    ("p", "3. Hoe past een ‹zonneveld› op landbouwgrond bij de ‹Zonneladder› uit de ‹Omgevingsvisie Overijssel›?"),
    ("p", "4. Wordt bij de toets van aanvragen standaard nagegaan of een aanvrager al rijkssubsidie ontvangt? Zo nee, waarom niet?"),
    ("p", "5. Is het waar dat een omwonende meermaals bezwaar heeft gemaakt en nooit antwoord kreeg?"),
    ("p", "‹Mirjam Kiezebrink›, ‹CDA›\n‹Tom Hamstra›, ‹GroenLinks-PvdA›"),
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Griffie PS", font="Helvetica"))

A(Doc("z22_antwoord_statenvragen", [
    ("h", "Beantwoording schriftelijke vragen ‹PS/2026/0113›"),
    ("p", "Gedeputeerde Staten van Overijssel, 3 maart 2026\nPortefeuillehouder: gedeputeerde ‹Erik van Dalsum›"),
    ("p", "Antwoord op vraag 1: Ja. De subsidie is verleend bij beschikking van ‹23 mei 2025› (‹2025/0218734›). Van de verleende ‹€ 348.000› is ‹€ 278.400› als voorschot betaald. De coöperatie heeft op ‹12 augustus 2025› ook een ‹SCE›-beschikking van ‹RVO› ontvangen."),
    ("p", "Antwoord op vraag 2: Nee. De ‹Concern Auditor› concludeert in rapport ‹CA-2025-27› dat dezelfde kosten niet dubbel zijn vergoed: de ‹SCE› is een ‹exploitatiesubsidie› per kWh. Wel is de aanvraag op één punt onjuist ingevuld. Wij vorderen niet terug, maar hebben de coöperatie bij brief van 17 februari 2026 een waarschuwing gegeven."),
    ("p", "Antwoord op vraag 3: Het perceel is in het ‹Bestemmingsplan Buitengebied Hof van Twente› aangewezen als zoekgebied. De gemeente ‹Hof van Twente› heeft de vergunning verleend; de provincie heeft geen zienswijze ingediend. Het ‹zonneveld› is tijdelijk (25 jaar) en de grond blijft landbouwgrond."),
    ("p", "Antwoord op vraag 4: Tot nu toe niet. Naar aanleiding van het rapport nemen wij per 1 april 2026 een verplichte raadpleging van het ‹SCE›-register op in het toetsingskader van het ‹Subsidieloket›."),
    ("p", "Antwoord op vraag 5: Een omwonende heeft op 10 november 2025 een brief gestuurd. Omdat de subsidie al was verleend, is de brief niet als bezwaarschrift aangemerkt maar als signaal. De omwonende is op 5 december 2025 telefonisch te woord gestaan en heeft op 9 december een schriftelijke reactie ontvangen. Wij betreuren dat dit vier weken heeft geduurd."),
    ("p", "‹Gedeputeerde Staten van Overijssel›,\nde secretaris, de voorzitter,"),
], producer="Corsa 7.4 PDF export", creator="Corsa 7.4", font="Times-Roman",
   author="Wolbers, S.", xmp_creator="Sanne Wolbers", hidden=[("metadata", "Wolbers, S."), ("metadata", "Sanne Wolbers")]))

A(Doc("z23_persbericht_gedeputeerde", [
    ("h", "Persbericht – Provincie: geen dubbele subsidie ‹zonneveld› Oosterveld"),
    ("p", "‹Zwolle›, 3 maart 2026 – De subsidie van de ‹Provincie Overijssel› aan de ‹Energiecoöperatie Zonnedijk Oosterveld› wordt niet teruggevorderd. Dat schrijven ‹Gedeputeerde Staten› in antwoord op vragen van ‹Provinciale Staten›. Uit onderzoek van de ‹Concern Auditor› blijkt dat dezelfde kosten niet twee keer zijn vergoed."),
    ("p", "Gedeputeerde ‹Erik van Dalsum› (Energie): “Lokale energiecoöperaties draaien op vrijwilligers. Zij moeten kunnen rekenen op een provincie die helpt en tegelijk zorgvuldig omgaat met belastinggeld. Hier is een formulier fout ingevuld, maar er is geen euro dubbel betaald. We passen onze eigen controle wel aan.”"),
    ("p", "Statenlid ‹Mirjam Kiezebrink› (‹CDA›) noemde het antwoord in een reactie ‘een geruststelling voor de coöperatie, maar een les voor de provincie’. Statenlid ‹Tom Hamstra› (‹GroenLinks-PvdA›) wil in de ‹Statencommissie Economie en Bestuur› verder praten over zonnevelden op landbouwgrond."),
    ("p", "Het ‹zonneveld› van ‹4,2 MWp› aan de ‹Veldhoek› levert straks stroom voor ongeveer 1.500 huishoudens. De coöperatie wacht nog op transportcapaciteit van ‹Enexis Netbeheer›. De ‹Tonnie Kamphuis Energieprijs› 2025 ging naar de coöperatie."),
    ("p", "Noot voor de redactie (niet voor publicatie): meer informatie bij de persvoorlichting van de provincie, ‹038 499 77 77› of ‹persvoorlichting@overijssel.nl›."),
], producer="Acrobat Distiller 23.0 (Windows)", creator="PScript5.dll Version 5.2.2", font="Helvetica",
   author="Thijs Oldenkamp", hidden=[("metadata", "Thijs Oldenkamp")]))

A(Doc("z24_beslisnota_gs", [
    ("h", "Beslisnota Gedeputeerde Staten"),
    ("t", [["Veld", "Inhoud"],
           ["Aan", "gedeputeerde ‹Erik van Dalsum›"],
           ["Van", "«M.A. Brinkhuis», ‹teamleider Subsidieverlening›"],
           ["Contactpersoon", "«Sanne Wolbers», «038 499 74 12», «s.wolbers@overijssel.nl»"],
           ["Datum", "3 februari 2026"],
           ["Kenmerk", "‹2026/0031562›"],
           ["Onderwerp", "Afdoening ‹cumulatie› ‹SLE-2025-0061› en antwoord ‹PS/2026/0113›"]]),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan ‹Gedeputeerde Staten› wordt gevraagd: 1. in te stemmen met het niet terugvorderen van de subsidie aan de ‹Energiecoöperatie Zonnedijk Oosterveld› en het geven van een schriftelijke waarschuwing; 2. het toetsingskader van het ‹Subsidieloket› aan te passen; 3. de beantwoording van de ‹Statenvragen› vast te stellen."),
    ("h", "Kern"),
    ("p", "De ‹Concern Auditor› ziet geen dubbele financiering. Terugvordering zou juridisch kwetsbaar zijn (evenredigheid, artikel 3:4 ‹Algemene wet bestuursrecht›) en de coöperatie, die draait op vrijwilligers, onevenredig treffen. Risico: de indiener van het handgeschreven bezwaar (een omwonende) kan zich tot de ‹Nationale ombudsman› wenden."),
    ("h", "Krachtenveld"),
    ("p", "De ‹CDA›-fractie en de fractie van ‹GroenLinks-PvdA› volgen het dossier. ‹Tubantia› heeft een ‹Woo›-verzoek ingediend (‹2026-OV-04417›). ‹Energie Samen› en de ‹Participatiecoalitie› hebben steun voor de coöperatie uitgesproken."),
    ("pb", None),
    ("h", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["«Sanne Wolbers»", "‹subsidieadviseur›", "«SWo»", "30-01-2026"],
           ["«Dirk-Jan Nijhuis»", "‹jurist subsidies›", "«DJN»", "31-01-2026"],
           ["«Marco Brinkhuis»", "‹teamleider Subsidieverlening›", "«MABr»", "02-02-2026"],
           ["«Heleen Ruitenberg-Aksoy»", "‹directeur Economie en Cultuur›", "«HRA»", "03-02-2026"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Persoonsgegevens van medewerkers, bestuursleden van de coöperatie, de verpachters en omwonenden (artikel 5.1, tweede lid, onder e, ‹Woo›)."),
    ("h", "Motivering"),
    ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd."),
], engine="docx", producer="LibreOffice 7.6", creator="Writer", author="", title="Beslisnota 2026/0031562"))

A(Doc("z25_juridisch_advies", [
    ("h", "Memo juridisch advies – terugvordering ‹SLE-2025-0061›?"),
    ("p", "Aan: ‹team Subsidieverlening›, t.a.v. «S. Wolbers»\nVan: «D.J. Nijhuis», ‹jurist subsidies›\nDatum: 26 januari 2026"),
    ("p", "Vraag: kan de provincie de subsidie intrekken of lager vaststellen omdat de coöperatie in haar aanvraag de ‹SCE›-aanvraag niet heeft vermeld?"),
    ("p", "Antwoord: de bevoegdheid bestaat (‹artikel 4:48›, eerste lid, onder b ‹Awb›: de aanvrager wist of behoorde te weten dat de gegevens onjuist waren). Gebruik ervan is echter niet verplicht. Gelet op ‹ABRvS 2 februari 2022, ECLI:NL:RVS:2022:285› moet het college de gevolgen voor de aanvrager afwegen (artikel 3:4 ‹Awb›). Omdat de ‹Concern Auditor› geen dubbele vergoeding vaststelt en de fout bij een vrijwilligersbestuur ligt dat zelf meldde, acht ik terugvordering onevenredig. Een waarschuwing met verwijzing naar artikel 4:49 ‹Awb› volstaat."),
    ("p", "Aandachtspunt: volgens de penningmeester, mevrouw «Yıldırım», had de adviseur van ‹Energie Samen› het formulier doorgelopen. Dat verandert de beoordeling niet."),
    ("p", "«DJN»"),
], font="DejaVuSans", producer="PDF-XChange Editor 10.2", creator="PDF-XChange Editor",
   notes=[(0, 520, 700, "Brinkhuis, Marco", "Eens. Wel even afstemmen met Heleen voor het GS-voorstel."),
          (0, 520, 560, "Wolbers, Sanne", "Mw. Yildirim zegt zelf 06 5310 2264 – haar terugbellen na besluit"),
          (0, 520, 420, "Lotte Achterberg", "Voor Woo: dit memo valt onder 5.2, persoonlijke beleidsopvattingen?")],
   hidden=[("annotations", "Brinkhuis, Marco"), ("annotations", "Heleen"), ("annotations", "Wolbers, Sanne"),
           ("annotations", "Yildirim"), ("annotations", "06 5310 2264"), ("annotations", "Lotte Achterberg")]))

A(Doc("z26_teams_chat", [
    ("h", "Microsoft Teams – chat ‹team Subsidieverlening› (export)"),
    ("mono", """«Wolbers, Sanne»   4-11-2025 09:12
  «Marco», de coöperatie in Oosterveld heeft SCE gemeld. Ik zet het door naar de auditor?
«Brinkhuis, Marco»   4-11-2025 09:20
  Ja doen. Zet «Dirk-Jan» in cc. En vraag «Ekkelkamp» om kostenoverzicht
«Nijhuis, Dirk-Jan»   4-11-2025 09:31
  Ik lees mee. Let op: in de aanvraag staat 'Nee' bij andere subsidies
«Wolbers, Sanne»   4-11-2025 09:33
  Klopt. Secretaris («Ingrid») zegt dat ze het niet wisten. Klinkt oprecht
«Brinkhuis, Marco»   12-11-2025 16:02
  Er ligt een handgeschreven brief van de buurman, «Klein Gunnewiek». Wie pakt die op?
«Wolbers, Sanne»   12-11-2025 16:05
  Ik. Hij is 78 en heeft het hart, zegt zijn dochter. Ik bel hem liever dan dat ik schrijf
«Achterberg, Lotte»   5-02-2026 11:47
  Woo-verzoek binnen van een journalist (Tubantia) over dit dossier. Kan iemand mij de map sturen?
«Wolbers, Sanne»   5-02-2026 11:52
  Staat op de K-schijf onder SLE-2025-0061. «Lot», de appjes van het bestuur zitten er ook in"""),
    ("p", "Geëxporteerd op 9 februari 2026 ten behoeve van ‹Woo›-verzoek ‹2026-OV-04417›. Bron: ‹Microsoft Teams›."),
], producer="Microsoft Teams Export", creator="Microsoft Teams", font="Helvetica"))

A(Doc("z27_zienswijze_cooperatie", [
    ("p", "‹Energiecoöperatie Zonnedijk Oosterveld› U.A.\np/a «Brinkweg 7a», «7495 RK» ‹Oosterveld›\n‹info@zonnedijk-oosterveld.nl›"),
    ("p", "Aan ‹Gedeputeerde Staten van Overijssel›\nt.a.v. ‹Concern Auditor› en ‹team Subsidieverlening›\nPostbus 10078, 8000 GB ‹Zwolle›"),
    ("p", "‹Oosterveld›, 14 januari 2026\nBetreft: reactie op conceptrapport ‹CA-2025-27› (wederhoor)"),
    ("p", "Geachte heer «De Graaf-Olthof»,"),
    ("p", "Wij danken u voor de gelegenheid te reageren. Wij herkennen ons in de bevindingen. De aanvraag is ingevuld door onze secretaris en onze penningmeester, beiden vrijwilliger; de ‹SCE›-aanvraag is ingediend door ons bestuurslid techniek. Binnen het bestuur is dit onvoldoende gedeeld. Wij hebben maatregelen genomen: alle subsidieaanvragen gaan voortaan via de penningmeester en worden getoetst door de adviseur van ‹Energie Samen›."),
    ("p", "Wij vragen u in het rapport geen namen van bestuursleden of van de verpachters op te nemen. Zij zijn vrijwilligers en hebben al reacties ontvangen na het artikel in ‹Tubantia›. Mevrouw «Ter Braak» is na dat artikel op het erf aangesproken door onbekenden."),
    ("p", "Met vriendelijke groet,\nnamens het bestuur,\n\n«Hendrik-Jan ter Wee», voorzitter          «Ingrid van 't Hul», secretaris\n«06-53 90 11 48»                             «06 28 11 47 05»"),
], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", font="Helvetica", author="HJ ter Wee",
   hidden=[("metadata", "HJ ter Wee")]))

A(Doc("z28_brief_rvo", [
    ("p", "‹Rijksdienst voor Ondernemend Nederland›\n‹Prinses Beatrixlaan 2›, ‹Den Haag›\nPostbus 40219, 8004 DE ‹Zwolle›\nT ‹088 042 42 42›"),
    ("p", "‹Provincie Overijssel›\n‹Concern Auditor›\nPostbus 10078\n8000 GB ‹Zwolle›"),
    ("p", "Datum: 8 januari 2026\nOns kenmerk: ‹SCE25-0457-7713›\nBehandeld door: «A. Groothuis-Kemper»\nE-mail: «annelies.groothuis-kemper@rvo.nl»\nTelefoon: «06 - 46 11 72 80»"),
    ("h", "Onderwerp: gegevens ‹SCE›-beschikking ‹Energiecoöperatie Zonnedijk Oosterveld›"),
    ("p", "Geachte heer «De Graaf-Olthof»,"),
    ("p", "Op uw verzoek van 12 december 2025, en met toestemming van de subsidieontvanger, zenden wij u een afschrift van de beschikking op grond van de ‹Subsidieregeling coöperatieve energieopwekking› (‹SCE›) van ‹12 augustus 2025›. De subsidie is een ‹exploitatiesubsidie›: een bedrag per kWh over 15 jaar, met een basisbedrag van 11,2 ct/kWh voor de categorie ‘zon-PV groter dan 1 MWp’. De begroting in de aanvraag dient uitsluitend voor de berekening van het basisbedrag."),
    ("p", "Het ‹SCE›-register is voor provincies op aanvraag raadpleegbaar via het ‹Interprovinciaal Overleg› (‹IPO›). Meer informatie: ‹www.rvo.nl/sce›."),
    ("p", "Met vriendelijke groet,\n\n«Annelies Groothuis-Kemper»\n‹senior adviseur› ‹Hernieuwbare Energie›\n‹Rijksdienst voor Ondernemend Nederland›"),
    ("p", "Bijlage: beschikking ‹SCE25-0457-7713› (gegevens van de aanvrager: contactpersoon «F. Bosch-van Dijk», «f.boschvandijk@gmail.com»)"),
], producer="OpenText Exstream 16.6", creator="OpenText Exstream", font="Times-Roman", author="RVO"))

LEDEN = [
    ("«Adriaan Leusink»", "«Dorpsstraat 3»", "«a.leusink@planet.nl»", "12"),
    ("«Bea Hofman-Olde Monnikhof»", "«Kerkplein 11»", "«bea.hofman@ziggo.nl»", "4"),
    ("«Chantal Heuvelink»", "«Brinkweg 22»", "«chantalheuvelink@gmail.com»", "8"),
    ("«Dinand Eshuis»", "«Esweg 5»", "«d.eshuis@hetnet.nl»", "20"),
    ("«Eefje Leferink»", "«Schoolstraat 40»", "«eefje.leferink@outlook.com»", "2"),
    ("«Frans Beld»", "«Molenweg 9»", "«fransbeld1952@kpnmail.nl»", "10"),
    ("«Gerard Pierik»", "«Oude Goorseweg 17»", "«g.pierik@gmail.com»", "6"),
    ("«Hanneke Roelofsen-Smit»", "«Dorpsstraat 28»", "«hroelofsen@live.nl»", "3"),
    ("«Jannie Wessels»", "«Veldhoekweg 2»", "«jannie.wessels@ziggo.nl»", "5"),
    ("«Kees van der Zwaag»", "«Esweg 12»", "«kvdzwaag@xs4all.nl»", "15"),
    ("«Lieke Oosterhof»", "«Brinkweg 3»", "«lieke.oosterhof@gmail.com»", "1"),
    ("«Marloes Weusthof»", "«Kerkplein 6»", "«marloesweusthof@hotmail.com»", "7"),
    ("«Nico ten Dam»", "«Molenweg 21»", "«nico.tendam@kpnmail.nl»", "9"),
    ("«Theo Nijenhuis»", "«Schoolstraat 7»", "«theo.nijenhuis@planet.nl»", "11"),
    ("«Wim Lohuis»", "«Esweg 30»", "«wim@lohuis-oosterveld.nl»", "25"),
    ("«Zeynep Koç»", "«Dorpsstraat 51»", "«zeynep.koc@gmail.com»", "3"),
    ("«Ülkü Demirtaş»", "«Molenweg 2»", "«ulku.demirtas@outlook.com»", "2"),
    ("«René Smit-Jansen»", "«Kerkplein 14»", "«rené.smit@ziggo.nl»", "4"),
]
A(Doc("z29_ledenlijst", [
    ("h", "Ledenlijst ‹Energiecoöperatie Zonnedijk Oosterveld› U.A. – uittreksel (bijlage 6 bij aanvraag)"),
    ("p", "Stand 1 maart 2025. Aantal leden: 212. Opgenomen zijn de leden met participaties in het project Veldhoek. Alle adressen in ‹Oosterveld›, postcodegebied 7495."),
    ("t", [["Naam", "Adres", "E-mail", "Participaties"]] + [list(r) for r in LEDEN[:10]]),
    ("pb", None),
    ("t", [["Naam", "Adres", "E-mail", "Participaties"]] + [list(r) for r in LEDEN[10:]]),
    ("p", "Participaties à € 250. Lidmaatschap conform de statuten (artikel 4); het ledenregister wordt beheerd door de secretaris. De lijst is bij de aanvraag gevoegd om het draagvlak aan te tonen (criterium ‘lokaal eigendom’ van de ‹Subsidieregeling Lokale Energie-initiatieven Overijssel 2025›; ‹Klimaatakkoord›: 50% lokaal eigendom)."),
], font="DejaVuSans", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016"))

A(Doc("z30_verslag_statencommissie", [
    ("h", "Verslag ‹Statencommissie Economie en Bestuur› – 11 maart 2026 (uittreksel agendapunt 6)"),
    ("p", "Voorzitter: Statenlid ‹Gerda Bruggink› (‹VVD›). Aanwezig van het college: gedeputeerde ‹Erik van Dalsum›. Griffier: ‹griffie@overijssel.nl›."),
    ("p", "Inspreker: de heer «Bertus Klein Gunnewiek», omwonende. Hij leest een verklaring voor namens zichzelf en zijn dochter «Wilma Klein Gunnewiek». Hij zegt dat hij pas na vier weken antwoord kreeg en dat zijn gezondheid het hem onmogelijk maakt naar ‹Zwolle› te komen; hij is door zijn dochter gebracht."),
    ("p", "Statenlid ‹Mirjam Kiezebrink› (‹CDA›) vraagt de gedeputeerde of de provincie de omwonende excuses aanbiedt. Gedeputeerde ‹Van Dalsum› zegt dat de reactietermijn te lang was en dat hij dat betreurt. Hij wijst erop dat de subsidie de ruimtelijke beslissing niet verandert; die ligt bij de gemeente ‹Hof van Twente›."),
    ("p", "Statenlid ‹Tom Hamstra› (‹GroenLinks-PvdA›) vraagt naar de ‹Zonneladder›. Statenlid ‹Henk Wolterink› (‹BBB›) vraagt waarom de coöperatie niet is beboet. De gedeputeerde antwoordt dat een waarschuwing volgens de ‹Concern Auditor› en het juridisch advies evenredig is."),
    ("p", "Toezegging T-2026-14: de gedeputeerde informeert ‹Provinciale Staten› voor de zomer over de aanpassing van het toetsingskader van het ‹Subsidieloket›."),
    ("p", "Na afloop spreekt de heer «Klein Gunnewiek» nog kort met de ambtelijk ondersteuner; zijn telefoonnummer «0547-35 18 44» wordt genoteerd voor een terugbelafspraak."),
], producer="Notubiz PDF Generator", creator="Notubiz", font="Helvetica", author="Griffie PS"))

A(Doc("z31_woo_besluit", [
    ("p", "‹Provincie Overijssel›\n‹Luttenbergstraat 2›, ‹Zwolle›\n\nDe heer «M. Zweers»\n«Hengelosestraat 212»\n«7521 AK Enschede»"),
    ("p", "Datum: 27 maart 2026\nKenmerk: ‹2026-OV-04417›\nBehandeld door: ‹team Juridische Zaken›, ‹woo@overijssel.nl›"),
    ("h", "Onderwerp: besluit op uw Woo-verzoek over de subsidie aan Energiecoöperatie Zonnedijk Oosterveld"),
    ("p", "Geachte heer «Zweers»,"),
    ("p", "Op 2 februari 2026 heeft u op grond van de ‹Wet open overheid› gevraagd om documenten over de subsidie aan de ‹Energiecoöperatie Zonnedijk Oosterveld› (‹SLE-2025-0061›). Bij brief van 26 februari 2026 hebben wij de beslistermijn met twee weken verdaagd. Wij hebben de coöperatie, de ‹Twentse Accountantsgroep B.V.›, ‹Enexis Netbeheer› en de verpachters om een zienswijze gevraagd."),
    ("h", "Besluit"),
    ("p", "Wij maken 33 documenten (deels) openbaar. Een overzicht staat in de inventarislijst (bijlage 1). Persoonsgegevens zijn onleesbaar gemaakt."),
    ("h", "Zienswijzen"),
    ("p", "De coöperatie heeft gevraagd namen van bestuursleden en verpachters niet openbaar te maken, mede omdat een van de verpachters na een krantenartikel is aangesproken. Wij volgen die zienswijze. De ‹Twentse Accountantsgroep B.V.› heeft geen bezwaar tegen openbaarmaking van het kostenoverzicht. ‹Enexis Netbeheer› vroeg de positie op de wachtlijst niet openbaar te maken; dat verzoek wijzen wij af, omdat de ‹Capaciteitskaart› van de netbeheerders deze informatie al publiek maakt."),
    ("pb", None),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Namen, adressen, telefoonnummers, e-mailadressen, handtekeningen, paraven en geboortedata van medewerkers, bestuursleden, leden, verpachters, leveranciers en omwonenden (artikel 5.1, tweede lid, onder e, ‹Woo›); gegevens over de gezondheid van een omwonende (artikel 5.1, eerste lid, onder d, ‹Woo›); bankrekeningnummers en KvK-nummers van natuurlijke personen en eenmanszaken."),
    ("h", "Motivering"),
    ("p", "Het belang van openbaarheid weegt niet op tegen de eerbiediging van de persoonlijke levenssfeer. De namen van de gedeputeerde en van de Statenleden maken wij wel openbaar, omdat zij in hun publieke functie optreden. Namen van medewerkers die niet uit hoofde van hun functie in de openbaarheid treden, zijn persoonsgegevens en zijn verwijderd. Bestuursleden van de coöperatie zijn vrijwilligers; ook hun persoonsgegevens zijn verwijderd."),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ‹Gedeputeerde Staten van Overijssel›."),
    ("p", "Hoogachtend,\n\n‹Gedeputeerde Staten van Overijssel›,\nnamens dezen,\n\n«mr. L. Achterberg»\n‹juridisch adviseur Woo›"),
], producer="iText 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", creator="Corsa 7.4", font="Times-Roman",
   author="Achterberg, Lotte", xmp_creator="Lotte Achterberg",
   hidden=[("metadata", "Achterberg, Lotte"), ("metadata", "Lotte Achterberg")]))

INV = [
    ("1", "z01", "Woo-verzoek", "02-02-2026", "deels openbaar", "5.1.2e"),
    ("2", "z02", "Ontvangstbevestiging", "05-02-2026", "deels openbaar", "5.1.2e"),
    ("3", "z03", "Aanvraagformulier SLE-2025-0061", "14-03-2025", "deels openbaar", "5.1.2e"),
    ("4", "z04", "Beschikking 2025/0218734", "23-05-2025", "deels openbaar", "5.1.2e"),
    ("5", "z05", "Meldingsformulier wijziging", "03-11-2025", "deels openbaar", "5.1.2e"),
    ("6", "z06", "E-mail Subsidieloket - secretaris", "04-11-2025", "deels openbaar", "5.1.2e"),
    ("7", "z07", "E-mail accountant kostenoverzicht", "14-11-2025", "deels openbaar", "5.1.2e"),
    ("8", "z08", "E-mail secretaris - accountant", "09-11-2025", "deels openbaar", "5.1.2e"),
    ("9", "z09", "Notulen ALV", "20-11-2025", "deels openbaar", "5.1.2e"),
    ("10", "z10", "WhatsApp-export bestuur", "20-11-2025", "deels openbaar", "5.1.2e"),
    ("11", "z11", "Brief Enexis ENX-TC-2025-30917", "02-12-2025", "deels openbaar", "5.1.2e"),
    ("12", "z12", "E-mail Enexis - coöperatie", "10-12-2025", "deels openbaar", "5.1.2e"),
    ("13", "z13", "Pachtovereenkomst (uittreksel)", "28-02-2025", "deels openbaar", "5.1.2e"),
    ("14", "z14", "Factuur 2025-0412", "11-09-2025", "deels openbaar", "5.1.2e"),
    ("15", "z15", "Factuur DV-2025-031", "30-06-2025", "deels openbaar", "5.1.2e"),
    ("16", "z16", "Brief omwonende (handgeschreven)", "10-11-2025", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("17", "z17", "Brief verpachters", "24-11-2025", "deels openbaar", "5.1.2e"),
    ("18", "z18", "Presentielijst ALV", "20-11-2025", "deels openbaar", "5.1.2e"),
    ("19", "z19", "Rapport CA-2025-27", "19-01-2026", "deels openbaar", "5.1.2e"),
    ("20", "z20", "Bijlage 2 rapport CA-2025-27", "19-01-2026", "deels openbaar", "5.1.2e"),
    ("21", "z21", "Statenvragen PS/2026/0113", "04-02-2026", "openbaar", "-"),
    ("22", "z22", "Beantwoording PS/2026/0113", "03-03-2026", "reeds openbaar", "-"),
    ("23", "z23", "Persbericht", "03-03-2026", "reeds openbaar", "-"),
    ("24", "z24", "Beslisnota 2026/0031562", "03-02-2026", "deels openbaar", "5.1.2e"),
    ("25", "z25", "Memo juridisch advies", "26-01-2026", "deels openbaar", "5.1.2e"),
    ("26", "z26", "Teams-chat", "05-02-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("27", "z27", "Reactie coöperatie op concept", "14-01-2026", "deels openbaar", "5.1.2e"),
    ("28", "z28", "Brief RVO SCE25-0457-7713", "08-01-2026", "deels openbaar", "5.1.2e"),
    ("29", "z29", "Ledenlijst (uittreksel)", "01-03-2025", "deels openbaar", "5.1.2e"),
    ("30", "z30", "Verslag Statencommissie", "11-03-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("31", "z31", "Besluit op Woo-verzoek", "27-03-2026", "deels openbaar", "5.1.2e"),
    ("32", "z32", "Inventarislijst", "27-03-2026", "openbaar", "-"),
    ("33", "z33", "Verzoek om zienswijze", "17-02-2026", "deels openbaar", "5.1.2e"),
]
A(Doc("z32_inventarislijst", [
    ("h", "Bijlage 1 – Inventarislijst ‹Woo›-besluit ‹2026-OV-04417›"),
    ("p", "Dossier: subsidie ‹Energiecoöperatie Zonnedijk Oosterveld› (‹SLE-2025-0061›). Beoordeling per document; gronden: 5.1.1d (gezondheid), 5.1.2e (persoonlijke levenssfeer)."),
    ("t", [["Nr", "ID", "Document", "Datum", "Beoordeling", "Grond"]] +
          [[a, b, "‹" + c + "›", d, e, f] for a, b, c, d, e, f in INV[:18]]),
    ("pb", None),
    ("t", [["Nr", "ID", "Document", "Datum", "Beoordeling", "Grond"]] +
          [[a, b, "‹" + c + "›", d, e, f] for a, b, c, d, e, f in INV[18:]]),
    ("p", "Documenten 22 en 23 zijn al openbaar (‹overijssel.nl›); zij zijn volledigheidshalve opgenomen. Het auditdossier (gespreksverslagen) valt buiten de reikwijdte van het verzoek. Vragen: ‹woo@overijssel.nl›."),
], producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", font="Helvetica",
   author="Woo-team"))

A(Doc("z33_verzoek_zienswijze", [
    ("p", "‹Provincie Overijssel›\n‹Luttenbergstraat 2›, ‹Zwolle›\n\nMaatschap «Hulshof-Ter Braak»\nt.a.v. de heer «G.J. Hulshof» en mevrouw «A.G. ter Braak»\n«Veldhoekweg 14»\n«7495 PL» ‹Oosterveld›"),
    ("p", "Datum: 17 februari 2026\nKenmerk: ‹2026-OV-04417›/Z3\nBehandeld door: «L. Achterberg», «038 499 71 36»"),
    ("h", "Onderwerp: verzoek om zienswijze (artikel 4.4 Woo)"),
    ("p", "Geachte heer «Hulshof», geachte mevrouw «Ter Braak»,"),
    ("p", "Wij hebben een verzoek ontvangen op grond van de ‹Wet open overheid› om documenten over de subsidie aan de ‹Energiecoöperatie Zonnedijk Oosterveld›. Enkele van die documenten bevatten gegevens over u: de pachtovereenkomst, uw brief van 24 november 2025 en notulen van de ledenvergadering. Wij zijn voornemens deze documenten openbaar te maken, met weglating van uw namen, uw adres, uw geboortedata, uw telefoonnummer en uw bankrekeningnummer. De pachtprijs per hectare en de kadastrale aanduiding maken wij wel openbaar, omdat die nodig zijn om de subsidie te beoordelen."),
    ("p", "U kunt binnen twee weken na dagtekening schriftelijk of per e-mail (‹woo@overijssel.nl›) uw zienswijze geven. Telefonisch overleg is ook mogelijk via het algemene nummer ‹038 499 88 99›."),
    ("p", "Hoogachtend,\n\n‹Gedeputeerde Staten van Overijssel›,\nnamens dezen,\n\n«Lotte Achterberg»\n‹juridisch adviseur Woo›"),
], producer="Corsa 7.4 PDF export", creator="Corsa 7.4", font="Helvetica", xmp_creator="Dirk-Jan Nijhuis",
   author="", hidden=[("metadata", "Dirk-Jan Nijhuis")]))
