"""Set HG documents 13-22: wethouder letter, council questions and answers, scans, LibreOffice notes, dispute."""
from lib import Doc, R, K, make_iban, make_bsn, A4, landscape

HDR = "Gemeente Hengelo\nPostbus 18, 7550 AA Hengelo  |  telefoon 14 074  |  www.hengelo.nl"
DOCS = []

# ------------------------------------------------------------------ hg13 letter signed by wethouder
DOCS.append(Doc("hg13_brief_wethouder_aan_hzpc_de_dolfijn", [
    ("sp", 8),
    "l Hengelose Zwem- en Poloclub De Dolfijn\nt.a.v. mevrouw drs. C.M. Veldhuis-ter Braak, voorzitter\n"
    "Thiemsbrug 4\n7556 SX Hengelo",
    ("sp", 6),
    ("t", [["Datum", "Kenmerk", "Contactpersoon", "Doorkiesnummer"],
           ["10 juni 2025", "Z-2025-04417 / U25.03318", "S. Wessels-ter Horst", "074 245 8812"]],
     [30, 50, 45, 35], {"grid": False, "bg": "#ffffff"}),
    "l Onderwerp: badwatertijden tijdens renovatie zwembad De Tuinkamp",
    ("sp", 3),
    "p Geachte mevrouw Veldhuis-ter Braak,",
    "p Dank voor uw brief van 14 mei 2025 en het prettige gesprek op 2 juni, waarbij ook uw penningmeester, de heer "
    "Chris Bakhuis, en uw hoofdtrainer Jeroen 'Jerry' Tuinman aanwezig waren. U vroeg ons om voldoende badwater "
    "voor de waterpoloteams en de wedstrijdzwemmers tijdens fase 1 van de renovatie.",
    "p Wij hebben met Sportfondsen Enschede en het Hofbad in Almelo afspraken gemaakt. HZPC De Dolfijn krijgt van "
    "1 september 2025 tot de heropening in februari 2026 op maandag en woensdag 19:00-21:30 uur vier banen in "
    "het Sportfondsenbad Enschede en op zaterdag 07:00-09:00 uur het wedstrijdbad in Almelo. De gemeente vergoedt "
    "het verschil in huurprijs en het busvervoer voor de jeugdleden tot 16 jaar. Voor de competitie van de KNZB "
    "regio Oost is de thuiswedstrijdlocatie tijdelijk Enschede; wij hebben dit met de KNZB afgestemd.",
    "p Ik realiseer mij dat dit voor uw leden een flinke belasting is. Tegelijk is de renovatie nodig: het bad uit "
    "1974 waarin ooit Ada Kok trainde voor een clinic, voldoet niet meer aan de eisen van deze tijd.",
    "p Met vriendelijke groet,",
    "l burgemeester en wethouders van Hengelo,\nnamens dezen,",
    ("sig", "C. Rouwhorst"),
    "l C. Rouwhorst\nwethouder Sport, Onderwijs en Gezondheid",
    ("sp", 3),
    "s Afschrift: KNZB regio Oost (regio.oost@knzb.nl); Sportraad Hengelo, t.a.v. het secretariaat",
], [
    R("PERSON", "Carla Veldhuis-ter Braak", "Veldhuis-ter Braak", "C.M."),
    R("ADDRESS", "Thiemsbrug 4, 7556 SX Hengelo", "Thiemsbrug 4", "7556 SX"),
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst"), R("PHONE", "074 245 8812"),
    R("PERSON", "Chris Bakhuis", "Bakhuis", "Chris"), R("PERSON", "Jeroen Tuinman", "Tuinman", "Jeroen", "Jerry"),
], [
    K("ORG", "Hengelose Zwem- en Poloclub De Dolfijn"), K("ORG", "HZPC De Dolfijn"), K("REF", "Z-2025-04417"),
    K("REF", "U25.03318"), K("FACILITY", "zwembad De Tuinkamp"), K("ORG", "Sportfondsen Enschede"),
    K("FACILITY", "Hofbad"), K("PLACE", "Almelo"), K("ORG", "KNZB", "KNZB"), K("EMAIL_FUNC", "regio.oost@knzb.nl"),
    K("PUBLIC_FIGURE", "Ada Kok (historical)", "Ada Kok"), K("OFFICIAL", "wethouder C. Rouwhorst", "C. Rouwhorst"),
    K("TITLE", "wethouder Sport, Onderwijs en Gezondheid"), K("ORG", "Sportraad Hengelo"), K("DATE", "10 juni 2025"),
    K("ORG", "Sportfondsenbad Enschede"),
], header=HDR, font="LiberationSans", size=10, creator="Corsa 7.1", producer="Aspose.PDF for .NET 23.4"))

# ------------------------------------------------------------------ hg14 council questions (keep raadsleden)
DOCS.append(Doc("hg14_schriftelijke_raadsvragen_zwembad", [
    "# Schriftelijke vragen ex artikel 41 Reglement van orde gemeenteraad Hengelo",
    "l Nummer: RV-2025-038\nDatum ingekomen: 15 september 2025\nIndieners: raadslid Kamphuis (VVD) en "
    "raadslid Van der Kolk (GroenLinks-PvdA)\nOnderwerp: ongeval instructiebad en planning renovatie De Tuinkamp",
    "## Inleiding",
    "p Op 6 september 2025 raakte een kind gewond in het instructiebad van zwembad De Tuinkamp. Volgens Tubantia "
    "(10 september) zou de rand van de beweegbare bodem al maanden als risico bekend zijn. Tegelijk loopt fase 1 "
    "van de renovatie door Heijmans, en verenigingen als HZPC De Dolfijn en Reddingsbrigade Hengelo moeten "
    "uitwijken naar Enschede en Almelo.",
    "## Vragen",
    "p 1. Bent u bekend met het bericht in Tubantia? Klopt het dat de rand van de beweegbare bodem in juni 2025 "
    "door de aannemer als risico is gemeld? Zo ja, waarom is het instructiebad toen niet (gedeeltelijk) gesloten?",
    "p 2. Hoe is het met het kind? Is er contact met de ouders geweest en is aansprakelijkheid erkend?",
    "p 3. Is het ongeval gemeld bij de NVWA of een andere toezichthouder? Zo nee, waarom niet?",
    "p 4. Kunt u de raad informeren over de planning van fase 2 (instructiebad, beweegbare bodem, toegankelijkheid) "
    "en de gevolgen voor het schoolzwemmen?",
    "p 5. Wat zijn de extra kosten van het uitwijken naar Enschede en Almelo, en hoe worden die gedekt binnen het "
    "krediet van EUR 9,2 miljoen dat de raad op 9 juli 2024 beschikbaar stelde?",
    "p 6. Is het college bereid de Sportraad Hengelo en de gebruikers (waaronder de Stichting Sportief Twente en "
    "de zwemscholen) te betrekken bij de inrichting van fase 2?",
    ("sp", 3),
    "l Erik Kamphuis, VVD\nNadia van der Kolk, GroenLinks-PvdA",
    "s Beantwoording binnen 30 dagen. Behandelend ambtenaar (intern): S. Wessels-ter Horst, afdeling Sport en "
    "Bewegen; afstemming met wethouder Rouwhorst en burgemeester Schelberg (veiligheid).",
], [
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst"),
], [
    K("OFFICIAL", "raadslid Kamphuis", "Kamphuis"), K("OFFICIAL", "raadslid Van der Kolk", "Van der Kolk"),
    K("OFFICIAL", "Nadia van der Kolk", "Nadia van der Kolk"), K("OFFICIAL", "Erik Kamphuis", "Erik Kamphuis"),
    K("PARTY", "VVD"), K("PARTY", "GroenLinks-PvdA"), K("REF", "RV-2025-038"), K("FACILITY", "De Tuinkamp"),
    K("ORG", "Tubantia"), K("ORG", "Heijmans"), K("ORG", "HZPC De Dolfijn"), K("ORG", "Reddingsbrigade Hengelo"),
    K("ORG", "NVWA"), K("AMOUNT", "EUR 9,2 miljoen"), K("ORG", "Sportraad Hengelo"),
    K("ORG", "Stichting Sportief Twente"), K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"),
    K("OFFICIAL", "burgemeester Schelberg", "Schelberg"), K("LAW", "Reglement van orde"),
    K("DATE", "6 september 2025"), K("DATE", "9 juli 2024"),
], font="Times-Roman", size=10.5, creator="iBabs", producer="iBabs PDF export"))

# ------------------------------------------------------------------ hg15 answer of the college (2 pages)
DOCS.append(Doc("hg15_beantwoording_raadsvragen_rv2025038", [
    "# Beantwoording schriftelijke vragen RV-2025-038",
    "l Vragen van: raadslid Kamphuis (VVD) en raadslid Van der Kolk (GroenLinks-PvdA)\n"
    "Datum beantwoording: 7 oktober 2025\nPortefeuillehouder: wethouder Rouwhorst",
    ("sp", 3),
    "p <b>Vraag 1.</b> Ja. De aannemer, Heijmans Utiliteit B.V., heeft in het risicodossier van 17 juni 2025 de rand "
    "van de beweegbare bodem als aandachtspunt voor fase 2 benoemd. Het risico werd toen beoordeeld als "
    "'beheersbaar met instructie aan het toezicht'. Achteraf bezien had het bad voor springen gesloten moeten "
    "worden. Het college betreurt dat.",
    "p <b>Vraag 2.</b> Het kind is dezelfde dag uit het ziekenhuis ontslagen. De teamleider van het zwembad heeft "
    "de ouders op 6 en 15 september gesproken; wethouder Rouwhorst heeft hen op 22 september bezocht. Over de "
    "aansprakelijkheid is de verzekeraar van de gemeente in gesprek met de ouders. Uit respect voor de privacy van "
    "het gezin doet het college geen verdere mededelingen over de gezondheid van het kind.",
    "p <b>Vraag 3.</b> Nee. Het ongeval valt niet onder de meldplicht van het Warenwetbesluit attractie- en "
    "speeltoestellen; een beweegbare bodem is een onderdeel van de badinrichting. Het ongeval is wel "
    "geregistreerd in het ongevallenregister volgens het Besluit activiteiten leefomgeving en gedeeld met de "
    "Omgevingsdienst Twente, die op 18 september een controle heeft uitgevoerd.",
    "p <b>Vraag 4.</b> Fase 2 start in maart 2026 en duurt naar verwachting vier maanden. Het schoolzwemmen "
    "wijkt in die periode uit naar het recreatiebad. In fase 2 worden ook een tillift en een aangepaste "
    "kleedruimte gerealiseerd, op advies van de Sportraad Hengelo.",
    "---",
    "p <b>Vraag 5.</b> De extra kosten voor huur van badwater in Enschede en Almelo en het busvervoer bedragen "
    "circa EUR 186.000. Deze worden gedekt uit de post onvoorzien van het krediet (EUR 9,2 miljoen). Een "
    "uitsplitsing volgt in de Bestuursrapportage 2025-II.",
    "p <b>Vraag 6.</b> Ja. In november organiseren wij een gebruikersavond met de verenigingen, de zwemscholen, de "
    "Stichting Sportief Twente en de Sportraad Hengelo. De uitnodiging gaat via sportaccommodaties@hengelo.nl.",
    ("sp", 4),
    "l Burgemeester en wethouders van Hengelo,\nde secretaris,                                  de burgemeester,",
    ("sig", "Schelberg"),
    "l                                                  S. Schelberg",
    ("sp", 6),
    "s Ambtelijke voorbereiding: afdeling Sport en Bewegen (S. Wessels-ter Horst, tel. 074 245 8812) en "
    "Juridische Zaken (M. Oude Nijhuis). Interne paraaf: SWtH 01-10 / MON 02-10 / AS 03-10.",
], [
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "SWtH"), R("PHONE", "074 245 8812"),
    R("PERSON", "Marloes Oude Nijhuis", "Oude Nijhuis", "MON"), R("PERSON", "Annelies Snijders", "AS"),
], [
    K("REF", "RV-2025-038"), K("OFFICIAL", "raadslid Kamphuis", "Kamphuis"),
    K("OFFICIAL", "raadslid Van der Kolk", "Van der Kolk"), K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"),
    K("OFFICIAL", "burgemeester S. Schelberg", "S. Schelberg"), K("ORG", "Heijmans Utiliteit B.V."),
    K("LAW", "Warenwetbesluit attractie- en speeltoestellen"), K("LAW", "Besluit activiteiten leefomgeving"),
    K("ORG", "Omgevingsdienst Twente"), K("ORG", "Sportraad Hengelo"), K("ORG", "Stichting Sportief Twente"),
    K("AMOUNT", "EUR 186.000"), K("AMOUNT", "EUR 9,2 miljoen"), K("DOC", "Bestuursrapportage 2025-II"),
    K("EMAIL_FUNC", "sportaccommodaties@hengelo.nl"), K("ORG", "Juridische Zaken"), K("PARTY", "VVD"),
    K("PARTY", "GroenLinks-PvdA"), K("DATE", "7 oktober 2025"), K("DATE", "17 juni 2025"),
], header=HDR, font="DejaVuSerif", size=9.5, creator="Corsa 7.1", producer="Aspose.PDF for .NET 23.4"))

# ------------------------------------------------------------------ hg16 scanned letter from the parent (image only)
BSN16 = make_bsn("21840375")
DOCS.append(Doc("hg16_scan_brief_ouder_ongeval", [
    "l E.M. Lammers-Wiegman\nBornsestraat 88\n7556 BJ Hengelo\ntelefoon 06-4429 8163",
    ("sp", 8),
    "l Gemeente Hengelo\nt.a.v. de teamleider van zwembad De Tuinkamp\nPostbus 18\n7550 AA Hengelo",
    ("sp", 6),
    "l Hengelo, 12 september 2025\nBetreft: ongeval van mijn dochter Noa op 6 september 2025",
    ("sp", 4),
    "p Geachte mevrouw De Jong,",
    "p Op zaterdag 6 september is mijn dochter Noa Lammers (geboren 14 maart 2016) tijdens de zwemles in het "
    "instructiebad met haar hoofd tegen de rand van de beweegbare bodem gekomen. Zij heeft een hoofdwond met "
    "drie hechtingen en een hersenschudding opgelopen en moest van de huisarts twee weken thuisblijven van school.",
    "p Ik wil u bedanken voor de snelle hulp van de badmeester en van juf Lotte. Wel vind ik het onbegrijpelijk dat "
    "kinderen daar mochten springen terwijl de rand al bekend was. Noa heeft epilepsie en wij waren extra "
    "ongerust omdat zij na de klap even buiten bewustzijn was.",
    "p Ik stel de gemeente aansprakelijk voor de schade, waaronder de eigen bijdrage voor de ambulance en de "
    "kosten van opvang. Het burgerservicenummer van Noa is " + BSN16 + "; onze zorgverzekeraar is Menzis.",
    "p Graag hoor ik binnen twee weken van u. Mijn e-mailadres is ellen.lammers76@hotmail.com.",
    "p Met vriendelijke groet,",
    ("sp", 14),
    "l Ellen Lammers-Wiegman",
], [
    R("PERSON", "Ellen Lammers-Wiegman", "Lammers-Wiegman", ch="ocr"),
    R("ADDRESS", "Bornsestraat 88", "Bornsestraat 88", ch="ocr"),
    R("PHONE", "06-4429 8163", ch="ocr"),
    R("PERSON", "Noa Lammers", "Noa", ch="ocr"),
    R("DOB", "14 maart 2016", ch="ocr"),
    R("HEALTH", "injury and illness", "hersenschudding", "epilepsie", ch="ocr"),
    R("PERSON", "Lotte Brinkman", "Lotte", ch="ocr"),
    R("BSN", BSN16, ch="ocr"),
    R("EMAIL", "ellen.lammers76@hotmail.com", "ellen.lammers76", ch="ocr"),
    R("PERSON", "Eefje de Jong-Beltman", "De Jong", ch="ocr"),
], [], font="Times-Roman", size=12, lead=16,
    scan={"dpi": 200, "angle": 0.5, "q": 65, "seed": 16,
          "hand": [(0, 120, 262, "Ellen Lammers", 22), (0, 125, 40, "gebeld 15/9 - E.\nnaar verzekeraar", 14)]},
    producer="Canon iR-ADV C5550 III PDF", creator="Canon"))

# ------------------------------------------------------------------ hg17 scanned memo with handwritten note
DOCS.append(Doc("hg17_scan_memo_beweegbare_bodem", [
    "# MEMO",
    "l Aan: wethouder Rouwhorst\nVan: R.J. van 't Hul, projectleider renovatie\nCc: A. Snijders, E. de Jong-Beltman\n"
    "Datum: 9 september 2025\nOnderwerp: beweegbare bodem instructiebad na ongeval",
    ("sp", 4),
    "p Op maandag 8 september heeft Heijmans (de heer K. Staal) samen met de leverancier Variopool de beweegbare "
    "bodem onderzocht. De rand steekt bij de hoogste stand 38 mm uit. Dat is binnen de fabrieksspecificatie, "
    "maar niet in lijn met de NEN-EN 15288-1 voor openbare zwembaden, die een vlakke overgang voorschrijft.",
    "p Advies: (1) bodem tot fase 2 vastzetten op 1,20 m met afdekprofiel; (2) springen in het instructiebad "
    "verbieden; (3) vervanging van de bodem naar voren halen (meerkosten ca. EUR 64.000, onvoorzien).",
    "p De juridisch adviseur, mevrouw Oude Nijhuis, adviseert de aansprakelijkheidsvraag via de verzekeraar te laten "
    "lopen en richting de ouders geen uitspraken te doen over schuld.",
    ("sp", 4),
    "l R.J. van 't Hul\nmobiel 06 5291 0437",
], [
    R("PERSON", "Reinier van 't Hul", "Hul", "R.J.", ch="ocr"),
    R("PERSON", "Koen Staal", "Staal", ch="ocr"),
    R("PERSON", "Marloes Oude Nijhuis", "Oude Nijhuis", ch="ocr"),
    R("PHONE", "06 5291 0437", ch="ocr"),
    R("PERSON", "Annelies Snijders", "Snijders", ch="ocr"),
    R("PERSON", "Eefje de Jong-Beltman", "Jong-Beltman", ch="ocr"),
], [], font="Courier", size=11, lead=14,
    scan={"dpi": 200, "angle": -0.8, "q": 60, "seed": 17,
          "hand": [(0, 110, 215, "Akkoord met 1 en 2.\n3: graag in college 23/9.\nSanne: raadsvragen?", 16)]},
    producer="RICOH IM C3000 PDF", creator="RICOH"))

# ------------------------------------------------------------------ hg18 policy note via LibreOffice (2 pages)
DOCS.append(Doc("hg18_notitie_veldtoewijzing_2025_2026", [
    "# Notitie veldtoewijzing buitensport 2025-2026",
    "l Aan: wethouder Rouwhorst (portefeuillehoudersoverleg 8 april 2025)\nVan: afdeling Sport en Bewegen, "
    "S. Wessels-ter Horst en P. Ramdin\nKenmerk: Z-2025-02980",
    "## 1. Aanleiding",
    "p VV Jan van Arkel en SV Tuindorp '56 maken beide aanspraak op veld 3 (kunstgras) op Sportpark Johan Cruijff. "
    "De voorzitter van JvA, de heer Bosch, heeft op 3 maart 2025 schriftelijk bezwaar gemaakt tegen het "
    "concept-toewijzingsplan en juridische stappen aangekondigd. De Sportraad Hengelo heeft op 21 mei advies "
    "gevraagd en gekregen over de toepassing van de normen.",
    "## 2. Normen en cijfers",
    "p De Sportnota 2023-2027 gaat uit van 1 veldeenheid per 2 teams per trainingsavond. De KNVB-richtlijn "
    "'Accommodatiebehoefte' van september 2024 rekent met 0,5 veldeenheid per jeugdteam onder 11 jaar. Op "
    "basis van de hertelling (peildatum 1 maart 2025) ontstaat het volgende beeld:",
    ("t", [["Vereniging", "Jeugdteams", "Seniorenteams", "Meidenteams", "Behoefte (ve)", "Toegewezen (ve)"],
           ["VV Jan van Arkel", "29", "9", "4", "7,25", "8,0"],
           ["SV Tuindorp '56", "24", "6", "9", "6,00", "5,0"],
           ["HVV Tubantia", "18", "7", "3", "4,75", "5,0"]],
     [40, 22, 25, 24, 25, 27]),
    "## 3. Voorstel",
    "p Dinsdag veld 3 naar SV Tuindorp '56; donderdag blijft bij VV Jan van Arkel. JvA krijgt als compensatie "
    "twee pupillenvelden op Sportpark Het Wilbert. Het voorstel is informeel afgestemd met de jeugdcoördinator "
    "van JvA, de heer J. Klein Gebbink, en met de voorzitter van Tuindorp, de heer M. Demir.",
    "---",
    "## 4. Risico's",
    "p JvA kan een procedure starten bij de civiele rechter (de gebruiksovereenkomst is privaatrechtelijk) of "
    "een klacht indienen bij de Nationale ombudsman. Gezien de cijfers achten wij de kans van slagen klein. "
    "Communicatie: de wethouder voert het gesprek met het bestuur van JvA in week 14; daarna volgt een brief.",
    "p Meidenvoetbal: de Wet gelijke behandeling verbiedt onderscheid naar geslacht bij het aanbieden van "
    "goederen en diensten. Door meidenteams mee te tellen als volwaardige teams volgt de gemeente de lijn van "
    "de KNVB en het College voor de Rechten van de Mens.",
    "## 5. Besluitpunten",
    "p a. Instemmen met het voorstel onder 3. b. Het bestuur van JvA uitnodigen voor een gesprek met wethouder "
    "Rouwhorst. c. De Sportraad Hengelo informeren over de uitkomst.",
    "s Contact: sportaccommodaties@hengelo.nl - intern 8812 (Sanne) / 8691 (Priya)",
], [
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "Sanne"),
    R("PERSON", "Priya Ramdin", "Ramdin", "Priya"), R("PERSON", "Henk-Jan Bosch", "Bosch"),
    R("PERSON", "Jonny Klein Gebbink", "Klein Gebbink"), R("PERSON", "Mehmet Demir", "Demir"),
    R("PHONE", "intern 8812", "8812"), R("PHONE", "intern 8691", "8691"),
    R("PERSON", "Bart Nijenhuis", "Nijenhuis", ch="metadata"),
], [
    K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"), K("REF", "Z-2025-02980"), K("ORG", "VV Jan van Arkel"),
    K("ORG", "SV Tuindorp '56"), K("FACILITY", "Sportpark Johan Cruijff"), K("FACILITY", "Sportpark Het Wilbert"),
    K("ORG", "Sportraad Hengelo"), K("POLICY", "Sportnota 2023-2027"), K("ORG", "KNVB"), K("ORG", "HVV Tubantia"),
    K("ORG", "Nationale ombudsman"), K("LAW", "Wet gelijke behandeling"),
    K("ORG", "College voor de Rechten van de Mens"), K("EMAIL_FUNC", "sportaccommodaties@hengelo.nl"),
    K("ABBR", "JvA"), K("DATE", "3 maart 2025"), K("NUM", "7,25"),
], title="Notitie veldtoewijzing 2025-2026", author="Bart Nijenhuis",
    docx={"font": "Carlito", "size": 10.5}, header="Gemeente Hengelo - Sport en Bewegen - intern",
    footer="Notitie veldtoewijzing 2025-2026 - concept 2"))

# ------------------------------------------------------------------ hg19 minutes of talk wethouder - JvA board (LibreOffice, XMP)
DOCS.append(Doc("hg19_verslag_gesprek_wethouder_bestuur_jva", [
    "# Verslag gesprek wethouder Rouwhorst met bestuur VV Jan van Arkel",
    "l Datum: 3 april 2025, 16:00-17:15 uur, Stadhuis Hengelo (kamer wethouder)\n"
    "Aanwezig: wethouder Rouwhorst; namens VV Jan van Arkel: H.J. Bosch (voorzitter), R. Assink (secretaris), "
    "mevr. D. Vos-Ekkelkamp (penningmeester); namens de gemeente: A. Snijders en S. Wessels-ter Horst (verslag)",
    "## Gespreksverloop",
    "p De heer Bosch zet uiteen dat de vereniging sinds 1931 op het sportpark speelt en dat het verlies van een "
    "trainingsavond de jeugdopleiding raakt. Hij verwijst naar de samenwerking met FC Twente in de "
    "Voetbalacademie-regio en naar het keurmerk 'Goud' van de KNVB Jeugdplan Amateurvoetbal.",
    "p Mevrouw Vos-Ekkelkamp stelt dat de vereniging investeerde in de verlichting van veld 3 (EUR 38.000, 2021) en "
    "daarvoor een voorrangsrecht meent te hebben. Mevrouw Snijders antwoordt dat de gebruiksovereenkomst van 2021 "
    "(kenmerk U21.01277) geen voorrang geeft, wel een verrekening van de restwaarde.",
    "p Wethouder Rouwhorst stelt voor: donderdag blijft bij JvA, dinsdag gaat naar Tuindorp, en JvA krijgt twee "
    "pupillenvelden op Sportpark Het Wilbert plus verrekening van de restwaarde van de verlichting. De heer "
    "Assink vraagt bedenktijd; de leden moeten op de ALV van 24 april instemmen.",
    "## Afspraken",
    ("t", [["Nr.", "Afspraak", "Door", "Wanneer"],
           ["1", "Berekening restwaarde verlichting veld 3 sturen", "AS", "17 april"],
           ["2", "Reactie bestuur na ALV", "HJB / RA", "25 april"],
           ["3", "Brief wethouder met voorstel (concept via juridische zaken)", "SWtH", "10 april"]],
     [12, 95, 25, 28]),
    "s Verslag vastgesteld per mail op 9 april 2025. Verspreiding: aanwezigen, Sportraad Hengelo (ter informatie).",
], [
    R("PERSON", "Henk-Jan Bosch", "Bosch", "H.J.", "HJB"), R("PERSON", "Rob Assink", "Assink", "RA"),
    R("PERSON", "D. Vos-Ekkelkamp", "Vos-Ekkelkamp"),
    R("PERSON", "Annelies Snijders", "Snijders", "AS"), R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "SWtH"),
    R("PERSON", "Priya Ramdin", "Priya Ramdin", "Ramdin", ch="metadata"),
], [
    K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"), K("ORG", "VV Jan van Arkel"), K("ORG", "FC Twente"),
    K("ORG", "KNVB"), K("PROGRAMME", "Jeugdplan Amateurvoetbal"), K("REF", "U21.01277"),
    K("FACILITY", "Sportpark Het Wilbert"), K("FACILITY", "Stadhuis Hengelo"), K("ORG", "Sportraad Hengelo"),
    K("AMOUNT", "EUR 38.000"), K("ABBR", "ALV"), K("DATE", "3 april 2025"), K("ORG", "Tuindorp"),
], title="Verslag gesprek wethouder - bestuur JvA 3 april 2025", xmp_creator=["Priya Ramdin"],
    docx={"font": "Liberation Serif", "size": 11}, footer="Gemeente Hengelo - verslag - Z-2025-02980"))

# ------------------------------------------------------------------ hg20 e-mail: dispute escalates (forward chain)
DOCS.append(Doc("hg20_mail_jva_aankondiging_juridische_stappen", [
    "m Van:       Snijders, Annelies\nVerzonden: vrijdag 2 mei 2025 11:20\nAan:       Oude Nijhuis, Marloes\n"
    "CC:        Wessels-ter Horst, Sanne; Juridische Zaken <juridischezaken@hengelo.nl>\n"
    "Onderwerp: FW: besluit ALV VV Jan van Arkel - veld 3\nBijlagen:  Brief ALV JvA 29-04-2025.pdf",
    ("sp", 2),
    "p Marloes, zie hieronder. Ze zijn dus niet akkoord en hebben een advocaat ingeschakeld (mr. Smeenk van "
    "Lexwerk Advocaten in Enschede). Kun jij beoordelen of de gebruiksovereenkomst ons voldoende ruimte geeft? "
    "De wethouder wil vóór 13 mei een advies. Groet, Annelies",
    ("sp", 3),
    "m Van:       Rob Assink <r.assink1962@kpnmail.nl>\nVerzonden: woensdag 30 april 2025 22:47\n"
    "Aan:       Snijders, Annelies <a.snijders@hengelo.nl>\n"
    "CC:        H.J. Bosch <hj.bosch@ziggo.nl>; Daniëlle Vos <penningmeester@vvjanvanarkel.nl>;\n"
    "           secretariaat@vvjanvanarkel.nl\n"
    "Onderwerp: besluit ALV VV Jan van Arkel - veld 3",
    ("sp", 2),
    "p Geachte mevrouw Snijders, beste Annelies,",
    "p Namens het bestuur laat ik u weten dat de ALV van 24 april jl. het voorstel van de wethouder met 112 tegen 9 "
    "stemmen heeft verworpen. De leden vinden de pupillenvelden op Het Wilbert geen volwaardig alternatief: "
    "de afstand is 3,5 km en de ouders van de O9 kunnen niet op twee plekken tegelijk zijn.",
    "p Het bestuur heeft mr. L. Smeenk-Hagedoorn van Lexwerk Advocaten gevraagd de vereniging bij te staan. "
    "Wij blijven overigens graag in gesprek. Ik ben het beste bereikbaar na 18:00 uur op 06-1270 5584.",
    "p Met sportieve groet,<br/>Rob Assink<br/>secretaris VV Jan van Arkel<br/>"
    "p/a Oelerweg 17a, 7558 PK Hengelo",
], [
    R("PERSON", "Annelies Snijders", "Snijders", "Annelies"), R("EMAIL", "a.snijders@hengelo.nl"),
    R("PERSON", "Marloes Oude Nijhuis", "Oude Nijhuis", "Marloes"),
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "Sanne"),
    R("PERSON", "Rob Assink", "Assink", "Rob"), R("EMAIL", "r.assink1962@kpnmail.nl"),
    R("PERSON", "Henk-Jan Bosch", "Bosch", "H.J."), R("EMAIL", "hj.bosch@ziggo.nl"),
    R("PERSON", "Daniëlle Vos-Ekkelkamp", "Daniëlle Vos", "Daniëlle"),
    R("PERSON", "L. Smeenk-Hagedoorn", "Smeenk", "Smeenk-Hagedoorn"), R("PHONE", "06-1270 5584"),
    R("ADDRESS", "Oelerweg 17a, 7558 PK Hengelo", "Oelerweg 17a", "7558 PK"),
], [
    K("EMAIL_FUNC", "juridischezaken@hengelo.nl"), K("EMAIL_FUNC", "penningmeester@vvjanvanarkel.nl"),
    K("EMAIL_FUNC", "secretariaat@vvjanvanarkel.nl"), K("ORG", "VV Jan van Arkel"), K("ORG", "Lexwerk Advocaten"),
    K("PLACE", "Enschede"), K("ABBR", "ALV"), K("FACILITY", "Het Wilbert"), K("TITLE", "secretaris VV Jan van Arkel"),
    K("DATE", "24 april"), K("ORG", "Juridische Zaken"),
], font="Helvetica", size=9.5, creator="Microsoft Outlook", producer="Microsoft: Print To PDF"))

# ------------------------------------------------------------------ hg21 letter from the club's lawyer
DOCS.append(Doc("hg21_brief_advocaat_vv_jan_van_arkel", [
    "l <b>LEXWERK ADVOCATEN</b>\nHengelosestraat 705 - 7521 PA Enschede - T 053 480 2200 - www.lexwerk.nl",
    ("sp", 8),
    "l Per e-mail en aangetekend\nCollege van burgemeester en wethouders van de gemeente Hengelo\n"
    "t.a.v. wethouder C. Rouwhorst\nPostbus 18\n7550 AA Hengelo",
    ("sp", 5),
    "l Enschede, 16 mei 2025\nOns kenmerk: 2025.0412/LSH\nUw kenmerk: Z-2025-02980\n"
    "Inzake: VV Jan van Arkel / gemeente Hengelo - veld 3 Sportpark Johan Cruijff",
    ("sp", 3),
    "p Geacht college,",
    "p Ik sta VV Jan van Arkel bij in het geschil over de toewijzing van veld 3. Mijn cliënte stelt zich op het "
    "standpunt dat de gemeente met het besluit van 8 april 2025 tekortschiet in de nakoming van de "
    "gebruiksovereenkomst van 2021. Mijn cliënte heeft EUR 38.000 geïnvesteerd in de lichtinstallatie, in het "
    "vertrouwen - gewekt door uw toenmalige accountmanager sport, de heer W.F. Bruggink - dat zij het veld op "
    "dinsdag en donderdag zou behouden. Een e-mail van de heer Bruggink van 12 maart 2021 bevestigt dat.",
    "p Ik verzoek u binnen veertien dagen te bevestigen dat het besluit wordt aangehouden. Bij gebreke daarvan "
    "zal mijn cliënte een kort geding aanhangig maken bij de rechtbank Overijssel, locatie Almelo.",
    "p Ik verzoek u eventuele correspondentie uitsluitend aan mij te richten en niet rechtstreeks aan de "
    "voorzitter, de heer Bosch, of aan de secretaris.",
    "p Hoogachtend,",
    ("sig", "L. Smeenk"),
    "l mr. L. (Lieke) Smeenk-Hagedoorn\nadvocaat\nl.smeenk@lexwerk.nl | direct 053 480 2216",
    ("sp", 4),
    "s Lexwerk Advocaten is een handelsnaam van Lexwerk Advocaten B.V., KvK 08195733. Op onze dienstverlening zijn "
    "de algemene voorwaarden van toepassing, gedeponeerd ter griffie van de rechtbank Overijssel.",
], [
    R("PERSON", "Lieke Smeenk-Hagedoorn", "Smeenk-Hagedoorn", "Lieke"), R("EMAIL", "l.smeenk@lexwerk.nl"),
    R("PHONE", "053 480 2216"), R("PERSON", "W.F. Bruggink", "Bruggink", "W.F."), R("PERSON", "Henk-Jan Bosch", "Bosch"),
    R("INITIALS", "LSH (initials in the firm's reference)", "LSH"),
], [
    K("ORG", "Lexwerk Advocaten"), K("PHONE_GEN", "053 480 2200"), K("OFFICIAL", "wethouder C. Rouwhorst", "C. Rouwhorst"),
    K("REF", "Z-2025-02980"), K("ORG", "VV Jan van Arkel"), K("FACILITY", "Sportpark Johan Cruijff"),
    K("ORG", "rechtbank Overijssel"), K("PLACE", "Almelo"), K("AMOUNT", "EUR 38.000"), K("REF", "KvK 08195733", "08195733"),
    K("ADDR", "Hengelosestraat 705"), K("DATE", "16 mei 2025"), K("TEXT", "kort geding"), K("TITLE", "advocaat"),
], font="Times-Roman", size=10.5, creator="PScript5.dll Version 5.2.2", producer="Acrobat Distiller 11.0 (Windows)"))

# ------------------------------------------------------------------ hg22 internal legal memo with paraph table
DOCS.append(Doc("hg22_juridisch_advies_geschil_jva", [
    "# Juridisch advies - geschil VV Jan van Arkel (veld 3)",
    ("t", [["Aan", "wethouder Rouwhorst"], ["Via", "A. Snijders, teamleider Sport en Bewegen"],
           ["Van", "mr. M. Oude Nijhuis, juridisch adviseur (tst. 8745)"], ["Datum", "12 mei 2025"],
           ["Kenmerk", "Z-2025-02980 / JZ-25-0211"], ["Classificatie", "intern - bevat juridisch advies"]],
     [35, 130], {"head": False}),
    "## Vraag",
    "p Kan de gemeente veld 3 op dinsdag toewijzen aan SV Tuindorp '56 zonder wanprestatie jegens VV Jan van Arkel?",
    "## Advies",
    "p Ja, met een kanttekening. De gebruiksovereenkomst 2021 (U21.01277) bepaalt in artikel 4 dat de gemeente "
    "jaarlijks de veldcapaciteit vaststelt 'naar redelijkheid en op basis van objectieve criteria'. De hertelling "
    "en de normen uit de Sportnota 2023-2027 zijn objectief. Het risico zit in de e-mail van een toenmalige "
    "medewerker (de heer Bruggink, inmiddels uit dienst) van 12 maart 2021, waarin staat dat JvA 'de dinsdag en "
    "donderdag kan blijven houden zolang de verlichting er hangt'. Een rechter kan dat als gewekt vertrouwen zien.",
    "p Ik adviseer (1) de restwaarde van de verlichting te vergoeden (ca. EUR 22.800), (2) de pupillenvelden op "
    "Het Wilbert aan te bieden, en (3) in de brief uitdrukkelijk te verwijzen naar artikel 4 en de normen. De "
    "kans dat een voorzieningenrechter het besluit schorst, schat ik op 20-30%.",
    "p Landsadvocaat (Pels Rijcken) inschakelen is niet nodig; de zaak kan met eigen juristen worden gevoerd. "
    "Collega Jasper Meulenbelt (procesvertegenwoordiging) is beschikbaar.",
    ("t", [["Paraaf", "Naam", "Functie", "Datum"],
           ["MON", "M. Oude Nijhuis", "juridisch adviseur", "12-05"],
           ["JMe", "J. Meulenbelt", "senior jurist", "12-05"],
           ["AS", "A. Snijders", "teamleider", "13-05"]],
     [25, 50, 55, 30]),
], [
    R("PERSON", "Marloes Oude Nijhuis", "Oude Nijhuis", "MON"), R("PHONE", "tst. 8745", "8745"),
    R("PERSON", "Annelies Snijders", "Snijders", "AS"), R("PERSON", "W.F. Bruggink", "Bruggink"),
    R("PERSON", "Jasper Meulenbelt", "Meulenbelt", "Jasper", "JMe"),
], [
    K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"), K("REF", "Z-2025-02980"), K("REF", "JZ-25-0211"),
    K("ORG", "SV Tuindorp '56"), K("ORG", "VV Jan van Arkel"), K("REF", "U21.01277"),
    K("POLICY", "Sportnota 2023-2027"), K("FACILITY", "Het Wilbert"), K("ORG", "Pels Rijcken"),
    K("AMOUNT", "EUR 22.800"), K("TITLE", "juridisch adviseur", "juridisch adviseur"), K("TITLE", "senior jurist"),
    K("ABBR", "JvA"), K("DATE", "12 mei 2025"), K("TEXT", "Landsadvocaat"),
], font="Carlito", size=10.5, creator="Microsoft Word", producer="Microsoft Word for Microsoft 365"))
