"""Set WD, documents wd12-wd22."""
from lib import Doc

WS = "<<Waterschap Lek en Linge>>"

DOCS = [
Doc("wd12_verslag_bewonersavond", [
 ("h", "Verslag informatieavond Dijkversterking Lekdijk Oost"),
 ("p", "Datum: dinsdag 4 november 2025, 19.30-22.00 uur\nLocatie: dorpshuis <<De Lekhof|NOT_PERSON>>, <<Dorpsstraat|PLACE>>, <<Lexmond|PLACE>>\n"
       "Namens het waterschap: <<dijkgraaf Hoogendoorn|PUBLIC_PERSON>>, <<heemraad Van der Sluis|PUBLIC_PERSON>>, het projectteam\n"
       "Namens de gemeente <<Vijfheerenlanden|PLACE>>: <<wethouder Kroeze|PUBLIC_PERSON>>\nVerslag: {{Noortje Vermeulen}} (communicatieadviseur)"),
 ("h", "1. Opening"),
 ("p", "Dijkgraaf <<Hoogendoorn|PUBLIC_PERSON>> heet de circa 140 aanwezigen welkom. Hij benadrukt dat de dijk tussen <<Schoonhoven|PLACE>> en <<Ameide|PLACE>> "
       "niet voldoet aan de nieuwe normen uit de <<Waterwet|LAW>> (overstromingskans per jaar) en dat de versterking deel uitmaakt van het "
       "<<Hoogwaterbeschermingsprogramma|PROJECT>>. Wethouder Kroeze zegt dat de gemeente meedenkt over de verkeersroutes."),
 ("h", "2. Presentatie ontwerp"),
 ("p", "Heemraad Van der Sluis licht het ontwerp toe: over 9,6 kilometer wordt de dijk versterkt met steunbermen, op drie plaatsen met een "
       "<<damwand|TERM>> en bij de <<Zouweboezem|PLACE>> met een <<verticaal zanddicht geotextiel|TERM>> tegen <<piping|TERM>>. "
       "De uitvoering door Combinatie <<LekSterk|ORG>> loopt van 2025 tot en met 2028."),
 ("h", "3. Vragen uit de zaal"),
 ("p", "De heer {{Van Ooijen}} ({{Achterweg|ADDRESS}}, namens de <<Vereniging Dijkbewoners Lekzijde|ORG>>) vraagt waarom het waterschap niet "
       "alle stukken over de grondverwerving openbaar maakt. Antwoord: de gesprekken met eigenaren zijn vertrouwelijk; stukken kunnen via een "
       "verzoek op grond van de <<Wet open overheid|LAW>> worden opgevraagd."),
 ("p", "Mevrouw {{Ayşe Yıldırım}} ({{Zouwendijk 38|ADDRESS}}) meldt scheuren in haar woning sinds het werkverkeer begon. Zij heeft twee "
       "keer gebeld maar niets gehoord. De omgevingsmanager, {{Lieke van der Velden-Boon}}, noteert haar gegevens en belt haar deze week."),
 ("p", "De heer {{Willem ter Horst}} (melkveehouder) zegt dat hij zich onder druk gezet voelt. De dijkgraaf antwoordt dat er geen besluit "
       "over onteigening is genomen en dat het waterschap de voorkeur geeft aan minnelijke overeenstemming. De heer {{Ter Horst}} vraagt om "
       "een gesprek met de dijkgraaf zelf; dat wordt toegezegd."),
 ("p", "Een bewoner van de <<Lekdijk|PLACE>> (de heer {{Dirk-Jan 't Hart}}) vraagt of de <<pont Ameide-Schoonhoven|NOT_PERSON>> in de zomer "
       "blijft varen. Antwoord: ja, de pont <<Jan van Arkel|NOT_PERSON>> blijft varen; alleen in week 31 en 32 van 2026 is de oprit gestremd."),
 ("p", "Mevrouw {{Riet Verhoef}} (82, zus van mevrouw {{Brouwer-Verhoef}}) vraagt of zij tijdens de werkzaamheden haar woning aan de "
       "dijk kan blijven bereiken met de <<regiotaxi|TERM>>. Zij is slecht ter been. Antwoord: er komt een bereikbaarheidsplan; vragen "
       "kunnen naar <<omgeving@leksterk-combinatie.nl|MAILBOX>> of naar het gratis nummer <<0800 022 05 55|PHONE_GENERAL>>."),
 ("p", "De heer <<Henk Zandbergen|PUBLIC_PERSON>>, raadslid, vraagt namens zijn fractie naar de kosten. Antwoord: het project kost circa EUR 186 miljoen, "
       "waarvan 90 procent door het <<HWBP|ORG>> wordt gesubsidieerd."),
 ("h", "4. Afsluiting"),
 ("p", "De dijkgraaf sluit om 21.50 uur. Informatie: <<www.lekenlinge.nl/lekdijkoost|URL>> en het <<Dijkinformatiepunt|NOT_PERSON>> aan de "
       "Dorpsstraat 14 in Lexmond (open op woensdagmiddag). Het verslag is gecontroleerd door {{Joris Mulder}}."),
], font="DejaVuSerif", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", fontsize=11),

Doc("wd13_presentielijst_scan", [
 ("h", "Presentielijst bewonersavond 4-11-2025"),
 ("p", "Dijkversterking Lekdijk Oost - dorpshuis De Lekhof"),
 ("table", [["Naam", "Straat", "Handtekening"],
            ["{{Kees Bakker}}", "{{Lekdijk 96}}", "K. Bakker"],
            ["{{Wilma Stolk}}", "{{Kerkweg 3}}", "W.S."],
            ["{{Gijs van Es}}", "{{Zouwendijk 51}}", "Gijs"],
            ["{{Marja Pellikaan}}", "{{Achterweg 12}}", "M. Pellikaan"],
            ["{{Teun de Groot}}", "{{Lekdijk 140}}", "T. de Groot"]]),
 ("hand", "Graag een mail over de pont: {{teun.degroot@ziggo.nl}}"),
 ("hand", "Bel mij over schade: {{06 3390 1275}}  (Gijs)"),
], mode="scan", scan_seed=13, producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840"),

Doc("wd14_brief_handgeschreven", [
 ("p", "Ammerstol, 9 november 2025"),
 ("hand", "Aan het waterschap, t.a.v. de dijkgraaf\n\nGeachte heer,\n\nIk ben de moeder van {{Gerrit Brouwer}}.\nMijn man {{Cornelis Brouwer}} heeft de boerderij\nin 1962 van zijn vader overgenomen.\n"
          "Het land aan de dijk is alles wat wij hebben.\nGerrit is nu ziek en kan niet meer praten\nmet die meneer {{De Wit}}.\nIk vraag u om het land niet af te pakken.\n\n"
          "Hoogachtend,\n{{Jannigje Brouwer-Stam}}\n{{Lekdijk-Oost 209}}, Ammerstol\ntel. {{0182 35 14 60}}"),
], mode="scan", scan_seed=14, producer="HP Scan", creator="HP LaserJet MFP M430"),

Doc("wd15_formulier_schademelding", [
 ("h", "Meldformulier schade door werkzaamheden"),
 ("p", "Dijkversterking Lekdijk Oost - Combinatie <<LekSterk|ORG>> in opdracht van " + WS + ". Ingevulde formulieren sturen naar "
       "<<schade@leksterk-combinatie.nl|MAILBOX>>. De gegevens worden verwerkt volgens de <<AVG|LAW>> en alleen gebruikt voor de "
       "afhandeling van uw melding door het <<schadeloket|TERM>>. Meldingsnummer: <<SCH-2025-0112|CASE>>."),
 ("p", "Voor vragen over de afhandeling: <<Stichting Schadeloket Rivierdijken|ORG>>, <<Sterrenburg|PLACE>>, telefoon <<0800 022 05 55|PHONE_GENERAL>>."),
], form=[("naam", "Naam melder", "Zoë Çelik-Hoefnagels"), ("adres", "Adres", "Zouwendijk 44, 2867 LD Lexmond"),
         ("telefoon", "Telefoon", "06-27 41 90 36"), ("email", "E-mail", "zoe.celik78@hotmail.com"),
         ("geboortedatum", "Geboortedatum", "17-03-1978"), ("schade", "Omschrijving schade", "scheuren voorgevel en keukenvloer"),
         ("datum", "Datum eerste waarneming", "22-10-2025"), ("opgenomen", "Opgenomen door", "N. Vermeulen")],
   font="Helvetica", producer="ReportLab PDF Library - www.reportlab.com", creator="Formulierbouwer LekSterk",
   extra_red=[("PERSON", "Zoë Çelik-Hoefnagels", "annotations"), ("ADDRESS", "Zouwendijk 44", "annotations"),
              ("PHONE", "06-27 41 90 36", "annotations"), ("EMAIL", "zoe.celik78@hotmail.com", "annotations"),
              ("DATE_OF_BIRTH", "17-03-1978", "annotations"), ("PERSON", "N. Vermeulen", "annotations")]),

Doc("wd16_bereikbaarheidsrooster", [
 ("h", "Bereikbaarheidsrooster omgevingsteam en calamiteitenpiket - december 2025"),
 ("p", "Dijkversterking Lekdijk Oost. Bij calamiteiten (dijkschade, kwel, instabiliteit) eerst de <<meldkamer|ORG>> van het waterschap bellen: "
       "<<0183 63 93 33|PHONE_GENERAL>> (24/7). Niet verspreiden buiten het projectteam."),
 ("table", [["Week", "Rol", "Naam", "Pers.nr.", "Mobiel"],
            ["49", "omgevingsmanager", "{{Lieke van der Velden-Boon}}", "{{104772|ID}}", "{{06-18 44 27 90}}"],
            ["49", "piket dijkbewaking", "{{Arjen Kool}}", "{{100391|ID}}", "{{06-55 12 38 04}}"],
            ["50", "omgevingsmanager", "{{Noortje Vermeulen}}", "{{108815|ID}}", "{{06 41 77 02 13}}"],
            ["50", "piket dijkbewaking", "{{Bram de Jongh}}", "{{102264|ID}}", "{{+31 6 2290 4417}}"],
            ["51", "omgevingsmanager", "{{Lieke van der Velden-Boon}}", "104772", "06-18 44 27 90"],
            ["51", "piket dijkbewaking", "{{Sjoerd Tjoelker}}", "{{103350|ID}}", "{{06-31 08 56 72}}"],
            ["52", "omgevingsmanager", "{{Joris Mulder}}", "{{101127|ID}}", "{{06 2119 7730}}"],
            ["52", "piket dijkbewaking", "{{Arjen Kool}}", "100391", "06-55 12 38 04"],
            ["52", "LekSterk uitvoerder", "{{Thijs Bloemendaal}}", "n.v.t.", "{{06 1740 5521}}"]]),
 ("p", "Vervanging: regel onderling en meld het bij het teamsecretariaat (<<secretariaat.projecten@lekenlinge.nl|MAILBOX>>). "
       "Het <<Calamiteitenplan Lekdijk Oost|PROJECT>> versie 3.2 ligt in de bouwkeet en in <<Djuma|TERM>>."),
], font="DejaVu", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", fontsize=9.5),

Doc("wd17_factuur_taxateur", [
 ("p", "{{TAXATIEBUREAU K. WESSELS}}\nRegister-taxateur landelijk vastgoed\n{{Kasper Wessels}} RT\n{{Buitendijk 18}}, 4233 EH Ameide\n{{06-12 90 44 81}}  |  {{kasper@taxatiewessels.nl}}\nKvK {{58812203|KVK}}  |  btw {{NL001943551B72|VAT}}\nIBAN {{NL44 RABO 0312 7744 05}}"),
 ("h", "Factuur 2025-007"),
 ("p", "Aan: Waterschap Lek en Linge, t.a.v. <<crediteurenadministratie|ROLE>>, Postbus 212, 4200 AE <<Gorinchem|PLACE>>\n"
       "Factuurdatum: 27 januari 2025\nUw opdracht: <<inkoopnummer 4500082117|CASE>> (<<Dijkversterking Lekdijk Oost|PROJECT>>)\nUw contactpersoon: {{M. de Wit}}"),
 ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
            ["Taxatie perceel Ammerstol F 1432 (<<Onteigeningswet|LAW>>-systematiek)", "14", "EUR 125", "EUR 1.750,00"],
            ["Taxatie perceel Lexmond K 877, inclusief bedrijfsbezoek", "18", "EUR 125", "EUR 2.250,00"],
            ["Reiskosten", "", "", "EUR 86,40"],
            ["Subtotaal", "", "", "EUR 4.086,40"], ["Btw 21%", "", "", "EUR 858,14"], ["Totaal", "", "", "EUR 4.944,54"]]),
 ("p", "Gelieve binnen 30 dagen te voldoen op IBAN NL44 RABO 0312 7744 05 t.n.v. {{K. Wessels}}, onder vermelding van het factuurnummer. "
       "Aangesloten bij het <<Nederlands Register Vastgoed Taxateurs|ORG>> (<<NRVT|ORG>>) onder nummer {{RT418820|ID}}."),
], font="Helvetica", producer="Moneybird PDF", creator="Moneybird"),

Doc("wd18_factuur_ecoloog", [
 ("p", "{{Natuuradvies Marit Jongsma}}\necologisch onderzoek en advies\n{{Haarweg 6-b}}, 3981 BK Bunnik\nT {{030 - 656 21 09}}\nE {{marit@natuuradvies-jongsma.nl}}\nKvK {{81120455|KVK}}\nIBAN {{NL02 TRIO 0390 4471 18}}"),
 ("h", "FACTUUR NJ-25-031"),
 ("p", "Opdrachtgever: Combinatie <<LekSterk|ORG>>, t.a.v. de heer {{T. Bloemendaal}}, <<Industrieweg 12|ADDRESS_PUBLIC>>, <<Sliedrecht|PLACE>>\n"
       "Project: <<Dijkversterking Lekdijk Oost|PROJECT>> - ecologische begeleiding\nDatum: 31 oktober 2025"),
 ("table", [["Datum", "Werkzaamheden", "Uren", "Bedrag"],
            ["02-10-2025", "Veldcontrole <<rugstreeppad|TERM>> vak LO-11, <<Wet natuurbescherming|LAW>>-ontheffing", "6", "EUR 570,00"],
            ["09-10-2025", "Controle verblijfplaats <<steenuil|TERM>>, erf {{Ter Horst}}", "4", "EUR 380,00"],
            ["23-10-2025", "Toolbox ecologie voor uitvoeringsploeg", "3", "EUR 285,00"],
            ["", "Totaal excl. btw", "", "EUR 1.235,00"], ["", "Btw 21%", "", "EUR 259,35"], ["", "Totaal", "", "EUR 1.494,35"]]),
 ("p", "Betaling binnen 14 dagen. Vragen over deze factuur? Bel of mail {{Marit}}. Ik werk volgens de gedragscode van de <<Gegevensautoriteit Natuur|ORG>>."),
], font="DejaVu", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

Doc("wd19_beslisnota_onteigening", [
 ("h", "Beslisnota dagelijks bestuur"),
 ("table", [["Aan", "het dagelijks bestuur"], ["Van", "{{P.B. Roelofsen}}, <<team Juridische Zaken|ORG>>"],
            ["Datum", "10 november 2025"], ["Kenmerk", "<<DB-2025-0331|CASE>>"],
            ["Portefeuillehouder", "<<heemraad Van der Sluis|PUBLIC_PERSON>>"],
            ["Contactpersoon", "{{Pieter-Bas Roelofsen}}, {{0183 63 91 72}}, {{pb.roelofsen@lekenlinge.nl}}"],
            ["Onderwerp", "voorbereiding onteigening percelen Lekdijk Oost"]]),
 ("h", "Aanleiding"),
 ("p", "Voor de <<Dijkversterking Lekdijk Oost|PROJECT>> zijn 23 percelen nodig. Van 19 percelen is de eigendom minnelijk verkregen. Met de "
       "eigenaren van vier percelen (twee eigenaren) is nog geen overeenstemming. De aannemer heeft een voorbehoud gemaakt voor stilstandkosten "
       "(circa EUR 420.000) als de percelen niet per 1 maart 2026 beschikbaar zijn."),
 ("h", "Geadviseerd besluit"),
 ("p", "Aan het dagelijks bestuur wordt gevraagd:\n1. in te stemmen met de parallelle voorbereiding van een verzoek om een "
       "<<onteigeningsbeschikking|TERM>> bij <<Gedeputeerde Staten van Zuid-Holland|ORG>> (artikel 11.6 <<Omgevingswet|LAW>>);\n"
       "2. de dijkgraaf te vragen een gesprek te voeren met de eigenaren en hun advocaat;\n3. het algemeen bestuur via de commissie "
       "<<Waterveiligheid|ORG>> te informeren."),
 ("h", "Kern"),
 ("p", "Onteigening is een uiterste middel. De rechter toetst of het waterschap serieus en redelijk heeft onderhandeld. Het dossier moet "
       "daarom volledig zijn: het aanbod aan de familie {{Brouwer}} (3 maart 2025), de taxatie van {{Taxatiebureau Wessels}} en de "
       "verslagen van de keukentafelgesprekken. Bij de familie {{Kamphuis}} speelt de gezondheid van de heer {{Kamphuis}} een rol bij de "
       "bedrijfsverplaatsing; de grondverwerver heeft toegezegd dit vertrouwelijk te behandelen."),
 ("h", "Krachtenveld"),
 ("p", "De <<Vereniging Dijkbewoners Lekzijde|ORG>> volgt het dossier kritisch en heeft een Woo-verzoek ingediend (<<WOO-2026-0417|CASE>> "
       "is van later datum; eerder verzoek <<WOO-2025-0288|CASE>>). De <<LTO Noord|ORG>>-afdeling <<Alblasserwaard-Vijfheerenlanden|PLACE>> "
       "heeft aangegeven de betrokken boeren te steunen. <<Kamerlid Van Campen|PUBLIC_PERSON>> heeft over dijkversterkingen en "
       "grondverwerving vragen gesteld aan de <<minister van Infrastructuur en Waterstaat|ROLE>>."),
 ("h", "Financiën"),
 ("p", "De kosten van de onteigeningsprocedure (circa EUR 65.000) passen binnen het projectbudget; de <<HWBP|ORG>>-subsidie dekt 90 procent."),
 ("h", "Paraaf"),
 ("table", [["Naam", "Functie", "Paraaf", "Datum"],
            ["{{P.B. Roelofsen}}", "jurist", "{{PBR|INITIALS}}", "10-11"],
            ["{{S.J. Lodewijks}}", "projectmanager", "{{SJL|INITIALS}}", "11-11"],
            ["{{drs. E.M. Haverkamp}}", "afdelingshoofd Projecten", "{{EMH|INITIALS}}", "12-11"]]),
 ("h", "Informatie die niet openbaar gemaakt kan worden"),
 ("p", "Motivering: Het betreft persoonsgegevens van de eigenaren en medewerkers en de financiële positie van de agrarische bedrijven."),
], font="Times", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", fontsize=11,
   outline=[("Beslisnota DB-2025-0331", 0), ("Paraaf", 1)]),

Doc("wd20_persbericht_concept", [
 ("h", "CONCEPT - Persbericht"),
 ("p", "Gorinchem, 8 december 2025\n\nWaterschap en boeren praten verder over grond voor Lekdijk Oost"),
 ("p", WS + " en twee agrarische bedrijven langs de Lekdijk tussen <<Ammerstol|PLACE>> en <<Lexmond|PLACE>> gaan opnieuw met elkaar in "
       "gesprek over de aankoop van grond voor de <<Dijkversterking Lekdijk Oost|PROJECT>>. Dat is afgesproken in een gesprek tussen "
       "<<dijkgraaf Hoogendoorn|PUBLIC_PERSON>> en de eigenaren op 5 december."),
 ("p", "\"Wij willen er samen uitkomen,\" zegt dijkgraaf Hoogendoorn. \"Een veilige dijk is nodig voor 180.000 mensen in de "
       "<<Alblasserwaard|PLACE>> en de <<Vijfheerenlanden|PLACE>>, maar wij begrijpen dat het voor deze boeren om hun bestaan gaat.\""),
 ("p", "Het dagelijks bestuur bereidt tegelijk een mogelijke <<onteigeningsprocedure|TERM>> voor, om de planning van het "
       "<<Hoogwaterbeschermingsprogramma|PROJECT>> niet in gevaar te brengen. Een besluit daarover valt niet voor maart 2026."),
 ("p", "Noot voor de redactie, niet voor publicatie: meer informatie bij de woordvoerder van het waterschap, <<Noor Haverkamp|PUBLIC_PERSON>>, "
       "via <<pers@lekenlinge.nl|MAILBOX>> of <<0183 63 90 10|PHONE_GENERAL>> (persdienst)."),
], font="Helvetica", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
   notes=[(0, "Joris Mulder", "Naam van Brouwer en Kamphuis niet noemen, afgesproken met mr. Dekkers. Check bij Lieke."),
          (0, "Lieke van der Velden-Boon", "Akkoord. Gerrit Brouwer ligt nog in het ziekenhuis, dus geen foto bij de boerderij. Bel me: 06-18 44 27 90"),
          (0, "Sanne Lodewijks", "Cijfer 180.000 klopt (bron: Veiligheidsrapportage 2023).")],
   extra_red=[("PERSON", "Joris Mulder", "annotations"), ("PERSON", "Lieke van der Velden-Boon", "annotations"),
              ("PERSON", "Gerrit Brouwer", "annotations"), ("PHONE", "06-18 44 27 90", "annotations"),
              ("PERSON", "Sanne Lodewijks", "annotations"), ("PERSON", "Kamphuis", "annotations"),
              ("PERSON", "mr. Dekkers", "annotations"), ("HEALTH", "ligt nog in het ziekenhuis", "annotations")]),

Doc("wd21_persbericht_definitief", [
 ("h", "Persbericht"),
 ("p", "Gorinchem, 8 december 2025\n\nWaterschap en boeren praten verder over grond voor Lekdijk Oost"),
 ("p", WS + " en twee agrarische bedrijven langs de Lekdijk tussen <<Ammerstol|PLACE>> en <<Lexmond|PLACE>> gaan opnieuw met elkaar in "
       "gesprek over de aankoop van grond voor de <<Dijkversterking Lekdijk Oost|PROJECT>>. Dat is afgesproken in een gesprek tussen "
       "<<dijkgraaf Hoogendoorn|PUBLIC_PERSON>> en de eigenaren op 5 december."),
 ("p", "\"Wij willen er samen uitkomen,\" zegt dijkgraaf Hoogendoorn. \"Een veilige dijk is nodig voor 180.000 mensen in de "
       "<<Alblasserwaard|PLACE>> en de <<Vijfheerenlanden|PLACE>>.\" Ook <<heemraad Van der Sluis|PUBLIC_PERSON>>, portefeuillehouder "
       "waterveiligheid, was bij het gesprek. De gemeente <<Vijfheerenlanden|PLACE>> wordt vertegenwoordigd door <<wethouder Kroeze|PUBLIC_PERSON>>."),
 ("p", "Het dagelijks bestuur bereidt tegelijk een mogelijke <<onteigeningsprocedure|TERM>> voor. Een besluit daarover valt niet voor maart 2026. "
       "Bewoners met vragen kunnen terecht bij het <<Dijkinformatiepunt|NOT_PERSON>> in Lexmond of via <<dijkversterking@lekenlinge.nl|MAILBOX>>."),
 ("p", "Noot voor de redactie: meer informatie bij de woordvoerder van het waterschap, <<Noor Haverkamp|PUBLIC_PERSON>>, via "
       "<<pers@lekenlinge.nl|MAILBOX>> of <<0183 63 90 10|PHONE_GENERAL>>."),
], font="Helvetica", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word", author="Joris Mulder",
   xmp_creator="Joris Mulder", title="Persbericht grondverwerving Lekdijk Oost (JM)",
   extra_red=[("PERSON", "Joris Mulder", "metadata")]),

Doc("wd22_inspectierapport", [
 ("h", "Inspectierapport dijkbewaking - hoogwater december 2025"),
 ("table", [["Rapportnummer", "<<INS-2025-1207|CASE>>"], ["Dijktraject", "<<16-3|CASE>> (Lekdijk Oost), dijkpaal <<DP 112|CASE>> - <<DP 131|CASE>>"],
            ["Waterstand", "<<NAP|TERM>> +3,42 m bij meetpunt <<Schoonhoven|PLACE>> (<<Rijkswaterstaat|ORG>>)"],
            ["Inspecteurs", "{{A. Kool}} (dijkwacht), {{Femke Riemersma}} (dijkwacht), {{B.H. de Jongh}} (coördinator)"],
            ["Datum/tijd", "07-12-2025, 06.00-11.30 uur"]]),
 ("h", "Bevindingen"),
 ("table", [["Nr", "Locatie", "Waarneming", "Code", "Actie"],
            ["1", "DP 114 binnenteen", "<<kwel|TERM>> zonder zandmeevoering", "<<K1|CASE>>", "monitoren"],
            ["2", "DP 119, erf {{Lekdijk 201|ADDRESS}} (bewoner {{mevr. Van Dam}})", "natte plek in berm, 3 x 4 m", "<<K2|CASE>>", "peilbuis plaatsen"],
            ["3", "DP 123 werkvak LekSterk", "damwand in aanleg, geen vervorming", "-", "geen"],
            ["4", "DP 127 bij gemaal <<Cornelis Kraijenhoff|NOT_PERSON>>", "<<zandmeevoerende wel|TERM>> (kleine <<zandkrater|TERM>>)", "<<K3|CASE>>", "opkisten, melden DB"]]),
 ("p", "Bij waarneming 4 is een opkisting met zandzakken aangebracht door de dijkwachten {{Kool}} en {{Riemersma}}. De <<Veiligheidsregio Zuid-Holland Zuid|ORG>> "
       "is geïnformeerd volgens het <<Calamiteitenplan Lekdijk Oost|PROJECT>>. Dijkgraaf <<Hoogendoorn|PUBLIC_PERSON>> heeft de locatie om 10.15 uur bezocht."),
 ("p", "Bewoner {{Van Dam}} ({{tel. 0183 - 56 20 71|PHONE}}) heeft toestemming gegeven voor de peilbuis. Volgende inspectie: 07-12-2025, 18.00 uur. "
       "Rapporteur: {{B.H. de Jongh}}, paraaf {{BdJ|INITIALS}}."),
], font="DejaVu", producer="Field Inspection App 4.2 (iOS)", creator="Dijkinspectie LeL", fontsize=9.5),
]
