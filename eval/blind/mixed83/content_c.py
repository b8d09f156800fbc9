"""Documents co23-co32."""
from lib import R, K
from cast import *  # noqa: F401,F403
from content_a import MOTIV, hdr

DOCS = []

# ------------------------------------------------------------------ co23 presentielijst regiotafel (1 page)
DOCS.append(dict(
    stem="co23_presentielijst_regiotafel", producer="rl", font="helv", size=10, title="Presentielijst Regiotafel",
    author="Regio Noord-Veluwe",
    blocks=[
        ("logo", "Regiotafel Jeugd en Veiligheid Noord-Veluwe", "Zorg- en Veiligheidshuis Noord-Veluwe, Apeldoorn"),
        ("h1", "Presentielijst - 12 juni 2025"),
        ("p", "Locatie: Zorg- en Veiligheidshuis, Prins Willem-Alexanderlaan 211, Apeldoorn. Casusoverleg op grond van het "
              "privacyconvenant Zorg- en Veiligheidshuizen Gelderland. Deelnemers zijn gebonden aan geheimhouding."),
        ("table", [("Naam", "Organisatie", "Functie", "Paraaf"),
                   ("drs. Ingrid Pasma", "Veilig Thuis Noord-Oost Gelderland", "teamleider", "IP"),
                   ("Mireille Tjon-A-Fat", "Jeugdbescherming Gelderland", "jeugdbeschermer", "MTaF"),
                   ("Erik-Jan Hofstede", "Politie Oost-Nederland, basisteam Noord-Veluwe", "wijkagent Nunspeet", "EJH"),
                   ("Saskia van 't Hul", "Raad voor de Kinderbescherming", "raadsonderzoeker", "SvtH"),
                   ("Menno Dijkhuizen", "Reclassering Nederland", "reclasseringswerker", "MD"),
                   ("Fatima El Khatib", "Regionaal Bureau Jeugd", "casemanager", "FEK"),
                   ("Sander Kok", "Zorg- en Veiligheidshuis Noord-Veluwe", "procesregisseur (voorzitter)", "SK")],
         (42, 62, 42, 20)),
        ("p", "Besproken casussen: 2025-ZVH-0611 (gezin O., Vierhouten) en 2025-ZVH-0614 (jeugdige, Harderwijk). "
              "De verslaglegging gebeurt in GCOS door de procesregisseur."),
        ("p", "Handtekening voorzitter:"),
        ("sig", 523),
        ("small", "Na afloop in te leveren bij het secretariaat; wordt na zes maanden vernietigd (Archiefwet 1995, selectielijst)."),
    ],
    redact=[
        R("PERSON", "Ingrid Pasma", "Ingrid Pasma", "IP"),
        R("PERSON", "Mireille Tjon-A-Fat", "Tjon-A-Fat", "MTaF"),
        R("PERSON", "Erik-Jan Hofstede", "Erik-Jan Hofstede", "EJH"),
        R("PERSON", "Saskia van 't Hul", "van 't Hul", "SvtH"),
        R("PERSON", "Menno Dijkhuizen", "Dijkhuizen", "MD"),
        R("PERSON", "Fatima El Khatib", "El Khatib", "FEK"),
        R("PERSON", "Sander Kok", "Sander Kok", "SK"),
    ],
    keep=[
        K("ORG", "Zorg- en Veiligheidshuis Noord-Veluwe"), K("STREET", "Prins Willem-Alexanderlaan 211", "Prins Willem-Alexanderlaan"), K("PLACE", "Apeldoorn"),
        K("ORG", "Veilig Thuis Noord-Oost Gelderland"), K("ORG", "Jeugdbescherming Gelderland"),
        K("ORG", "Politie Oost-Nederland"), K("ORG", "Raad voor de Kinderbescherming"), K("ORG", "Reclassering Nederland"),
        K("ORG", "Regionaal Bureau Jeugd"), K("FUNCTION", "wijkagent"), K("FUNCTION", "raadsonderzoeker"),
        K("FUNCTION", "procesregisseur"), K("CASE", "2025-ZVH-0611"), K("PRODUCT", "GCOS"), K("LAW", "Archiefwet 1995"),
        K("DATE", "12 juni 2025"),
    ],
))

# ------------------------------------------------------------------ co24 Outlook calendar invite (docx)
DOCS.append(dict(
    stem="co24_uitnodiging_overleg_igj", producer="docx", docx_font="Segoe UI", size=10, title="Uitnodiging overleg IGJ",
    author="Regio Noord-Veluwe",
    blocks=[
        ("h2", "Uitnodiging: Overleg IGJ - wachtlijstbeheer en crisisplaatsingen"),
        ("kv", [("Organisator", "Van den Bosch, Marloes"),
                ("Wanneer", "dinsdag 27 mei 2025 14:00-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"),
                ("Locatie", "Microsoft Teams-vergadering"),
                ("Verplichte deelnemers", "Landman, W.F. (IGJ); Visscher, H. (IGJ); Hoogendoorn, Thijs; Yılmaz-Demir, Esra; "
                                          "Bakx, Koen"),
                ("Optionele deelnemers", "Secretariaat Jeugd; Juridische Zaken RNV")], (40, 125)),
        ("p", "Beste allen,"),
        ("p", "Zoals telefonisch afgesproken met de heer Landman bespreken we de informatievraag van de inspectie "
              "(kenmerk IGJ-2025-0412-CAL). Koen deelt het dashboard; Thijs licht de afspraken met de aanbieders toe. "
              "Graag uiterlijk vrijdag opmerkingen op de conceptreactie in de map op SharePoint "
              "(Jeugd > IGJ > 2025-0412)."),
        ("p", "Groet, Marloes"),
        ("hr",),
        ("p", "**Microsoft Teams**  Hulp nodig?"),
        ("p", "Deelnemen aan de vergadering nu"),
        ("p", "Vergadering-id: 372 118 904 551"),
        ("p", "Inbellen via telefoon: +31 20 794 8401 (Netherlands, Amsterdam), conferentie-id: 608 224 31#"),
        ("small", "Voor organisatoren: Vergaderopties | Regio Noord-Veluwe - Teams-vergaderingen kunnen worden opgenomen."),
    ],
    redact=[
        R("PERSON", "Marloes van den Bosch", "Van den Bosch", "Marloes"),
        R("PERSON", "W.F. Landman", "Landman"),
        R("PERSON", "H. Visscher", "Visscher"),
        R("PERSON", "Thijs Hoogendoorn", "Hoogendoorn", "Thijs"),
        R("PERSON", "Esra Yılmaz-Demir", "Yılmaz-Demir"),
        R("PERSON", "Koen Bakx", "Bakx", "Koen"),
    ],
    keep=[
        K("ORG", "IGJ"), K("PRODUCT", "Microsoft Teams"), K("CASE", "IGJ-2025-0412-CAL"), K("PRODUCT", "SharePoint"),
        K("ORG", "Secretariaat Jeugd"), K("ORG", "Juridische Zaken RNV"), K("PHONE_GENERAL", "+31 20 794 8401"),
K("PLACE", "Amsterdam"), K("DATE", "27 mei 2025"), K("ORG", "Regio Noord-Veluwe"),
        K("TERM", "crisisplaatsingen"),
    ],
))

# ------------------------------------------------------------------ co25 WhatsApp export wethouder - regiomanager (1 page)
WA = """WhatsApp-chat met Anouk van Rijswijk (wethouder)
Geëxporteerd uit de zakelijke telefoon van de regiomanager op 2 oktober 2025 t.b.v. Woo-verzoek WOO-2025-031

[14-04-25 21:12:08] Anouk van Rijswijk: Marloes, ik hoor net van Entrea dat er iets ernstigs is gebeurd op de crisisgroep?
[14-04-25 21:15:40] Marloes vd Bosch: Klopt. Jongen van 14 uit Elspeet, zelfbeschadiging, ligt in Sint Jansdal. Entrea meldt bij IGJ.
[14-04-25 21:16:02] Anouk van Rijswijk: Verschrikkelijk. Wachtte hij op JZ+?
[14-04-25 21:17:31] Marloes vd Bosch: Ja, sinds december. Ik bel morgen vroeg met Gerard Boomsma en daarna met jou.
[14-04-25 21:18:10] Anouk van Rijswijk: Prima. Bel me op mijn privénummer, 06 20 55 17 38, ik zit morgen in Den Haag (VNG).
[15-04-25 07:48:55] Marloes vd Bosch: Gesproken met GB. Vader van de jongen (dhr. De Groot) is erg boos en overweegt naar de pers te gaan.
[15-04-25 07:50:21] Anouk van Rijswijk: Begrijpelijk. Wil jij Roos van communicatie vragen een lijn voor te bereiden?
[15-04-25 07:51:03] Marloes vd Bosch: Doe ik. En ik licht burgemeester Van Ommen in, die is portefeuillehouder openbare orde.
[15-04-25 12:30:44] Anouk van Rijswijk: Dank. Zet het ook op de agenda van het BO van 15 mei.
[15-04-25 12:31:19] Marloes vd Bosch: 👍🏻
"""
DOCS.append(dict(
    stem="co25_whatsapp_wethouder", producer="rl", font="dejavu", size=9.5, title="WhatsApp-export",
    author="",
    blocks=[("h2", "Bijlage 14 - WhatsApp-berichten (export)"), ("mono", WA.replace("👍🏻", "(duim)")),
            ("small", "Toelichting Woo-coördinator: berichten van en aan de wethouder over de calamiteit; de "
                      "telefoonnummers staan niet in de export, behalve waar in een bericht genoemd. Contact: woo@regionoordveluwe.nl.")],
    redact=[
        R("PERSON", "Marloes van den Bosch", "Marloes vd Bosch", "Marloes"),
        R("PERSON", "Gerard Boomsma", "Gerard Boomsma", "GB"),
        R("HEALTH", "zelfbeschadiging", "zelfbeschadiging"),
        R("PHONE", "06 20 55 17 38 (privénummer wethouder)", "06 20 55 17 38"),
        R("PERSON", "dhr. De Groot", "De Groot"),
        R("PERSON", "Roos (Meijer)", "Roos"),
    ],
    keep=[
        K("OFFICIAL", "wethouder Anouk van Rijswijk", "Anouk van Rijswijk"), K("OFFICIAL", "burgemeester Van Ommen", "Van Ommen"),
        K("ORG", "Entrea"), K("ORG", "IGJ"), K("ORG", "Sint Jansdal"), K("PLACE", "Elspeet"), K("PLACE", "Den Haag"),
        K("ORG", "VNG"), K("CASE", "WOO-2025-031"), K("EMAIL_FUNCTIONAL", "woo@regionoordveluwe.nl"), K("PRODUCT", "WhatsApp"),
        K("PROGRAMME", "JZ+"), K("FUNCTION", "regiomanager"),
    ],
))

# ------------------------------------------------------------------ co26 zienswijze Karakter (1 page)
DOCS.append(dict(
    stem="co26_zienswijze_karakter", producer="rl", font="libserif", size=10.5, title="Zienswijze Woo-verzoek",
    author="Karakter",
    blocks=[
        ("logo", "Karakter", "kinder- en jeugdpsychiatrie | Reinier Postlaan 12 | 6525 GC Nijmegen | 088 000 56 00"),
        ("lines", ["Regio Noord-Veluwe", "t.a.v. de Woo-coördinator", "Postbus 530", "3840 AM Harderwijk"]),
        ("kv", [("Datum", "27 oktober 2025"), ("Uw kenmerk", "WOO-2025-031"), ("Onderwerp", "Zienswijze op voorgenomen openbaarmaking")], (30, 130)),
        ("p", "Geachte heer Ter Horst,"),
        ("p", "U hebt ons in de gelegenheid gesteld een zienswijze te geven over de voorgenomen openbaarmaking van "
              "documenten in het kader van het Woo-verzoek met kenmerk WOO-2025-031. Karakter heeft geen bezwaar "
              "tegen openbaarmaking van de afspraken over het productieplafond en de crisisplaatsingen."),
        ("p", "Wij verzoeken u wel: (1) de namen, e-mailadressen en telefoonnummers van onze medewerkers onleesbaar "
              "te maken (artikel 5.1, tweede lid, onder e, Woo), waaronder die van onze accountmanager mevrouw Mossel "
              "en van behandelaar drs. Tan; (2) de prognoses per perceel in de e-mail van 3 februari 2025 niet "
              "openbaar te maken, omdat het concurrentiegevoelige bedrijfsgegevens zijn (artikel 5.1, eerste lid, "
              "onder c, Woo)."),
        ("p", "Voor vragen kunt u contact opnemen met onze jurist, mr. Wieteke Boerhave, via w.boerhave@karakter.com "
              "of 06 38 12 47 70, of met ons algemene nummer 088 000 56 00."),
        ("p", "Met vriendelijke groet,"),
        ("sig", 634),
        ("lines", ["drs. J.M. Stapel", "lid Raad van Bestuur Karakter"]),
    ],
    redact=[
        R("PERSON", "P.J. ter Horst", "Ter Horst"),
        R("PERSON", "mevrouw Mossel", "Mossel"),
        R("PERSON", "drs. Tan", "Tan"),
        R("PERSON", "mr. Wieteke Boerhave", "Wieteke Boerhave"),
        R("EMAIL", "w.boerhave@karakter.com", "w.boerhave@karakter.com"),
        R("PHONE", "06 38 12 47 70", "06 38 12 47 70"),
        R("PERSON", "drs. J.M. Stapel", "Stapel"),
    ],
    keep=[
        K("ORG", "Karakter"), K("ADDRESS_PUBLIC", "Reinier Postlaan 12"), K("PLACE", "Nijmegen"),
        K("PHONE_GENERAL", "088 000 56 00"), K("ORG", "Regio Noord-Veluwe"), K("CASE", "WOO-2025-031"),
        K("FUNCTION", "Woo-coördinator"), K("FUNCTION", "accountmanager"), K("FUNCTION", "jurist"),
        K("TERM", "productieplafond"), K("DATE", "27 oktober 2025"), K("ORG", "Raad van Bestuur Karakter", "Raad van Bestuur"),
        K("TERM", "kinder- en jeugdpsychiatrie"),
    ],
))

# ------------------------------------------------------------------ co27 managementrapportage Q2 (2 pages, Info /Author hidden)
DOCS.append(dict(
    stem="co27_managementrapportage_q2", producer="rl", font="carlito", size=10.5, title="Managementrapportage Jeugd Q2 2025",
    author="Koen Bakx", footer="Managementrapportage Jeugd Q2 2025 - Regio Noord-Veluwe",
    hidden={"info": {"Author": "Koen Bakx", "Subject": "MARAP Q2 - concept K. Bakx / review T. Hoogendoorn"}},
    blocks=[
        ("logo", REGIO, "Regionaal Bureau Jeugd - Team Informatie & Analyse"),
        ("h1", "Managementrapportage Jeugd, tweede kwartaal 2025"),
        ("p", "Deze rapportage geeft het dagelijks bestuur en het BO Jeugd inzicht in het gebruik van jeugdhulp, de "
              "wachttijden en de uitputting van de budgetten in de zes gemeenten. De cijfers zijn ontleend aan de "
              "iJw-berichten (peildatum 15 juli 2025) en zijn afgestemd met de controllers van de gemeenten."),
        ("h2", "1. Kerncijfers"),
        ("table", [("Gemeente", "Jeugdigen met jeugdhulp", "Wachtend > Treeknorm", "Uitgaven t/m Q2 (mln)", "Begroting 2025 (mln)"),
                   ("Elburg", "612", "27", "4,2", "8,1"), ("Ermelo", "1.104", "41", "7,9", "14,6"),
                   ("Harderwijk", "2.386", "74", "16,8", "31,9"), ("Hattem", "398", "12", "2,6", "5,0"),
                   ("Nunspeet", "1.017", "53", "7,4", "13,8"), ("Oldebroek", "744", "56", "5,1", "9,7"),
                   ("Totaal regio", "6.261", "263", "44,0", "83,1")], (35, 35, 35, 35, 35)),
        ("p", "Het aantal wachtenden boven de Treeknorm is in Oldebroek en Nunspeet relatief het hoogst. Dit hangt "
              "samen met de wachttijd bij Karakter voor diagnostiek en traumabehandeling."),
        ("h2", "2. Wachttijden per aanbieder"),
        ("table", [("Aanbieder", "Gem. wachttijd Q1 (wk)", "Gem. wachttijd Q2 (wk)", "Trend"),
                   ("Karakter", "38", "41", "stijgend"), ("Pluryn", "24", "26", "stijgend"),
                   ("Entrea Lindenhout", "11", "13", "stijgend"), ("Youz", "31", "30", "stabiel"),
                   ("'s Heeren Loo", "17", "16", "stabiel")], (50, 40, 40, 35)),
        ("pb",),
        ("h2", "3. Veilig Thuis en gedwongen kader"),
        ("p", "Veilig Thuis Noord-Oost Gelderland ontving in het tweede kwartaal 412 meldingen en adviesvragen uit de "
              "regio (Q2 2024: 349). Jeugdbescherming Gelderland, de William Schrikker Stichting en het Leger des "
              "Heils Jeugdbescherming & Reclassering voerden op 30 juni 287 maatregelen uit. De gemiddelde wachttijd "
              "voor een jeugdbeschermer na een uitspraak van de kinderrechter was 9 dagen."),
        ("h2", "4. Risico's"),
        ("p", "(1) Het productieplafond van Karakter is bereikt; de overschrijding wordt geraamd op 1,1 miljoen euro. "
              "(2) De IGJ doet onderzoek naar een calamiteit op de crisisgroep in Harderwijk. (3) De uitvoering van de "
              "Hervormingsagenda Jeugd vraagt regionale herinkoop per 2027."),
        ("h2", "5. Verantwoording"),
        ("p", "Opgesteld door Team Informatie & Analyse (RBJ). Vragen: informatie.jeugd@regionoordveluwe.nl."),
    ],
    redact=[
        R("PERSON", "Koen Bakx (Info /Author, /Subject)", "Koen Bakx", "Bakx", ch="metadata"),
        R("PERSON", "T. Hoogendoorn (Info /Subject)", "Hoogendoorn", ch="metadata"),
    ],
    keep=[
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("ORG", "Team Informatie & Analyse"), K("ORG", "BO Jeugd"),
        K("PLACE", "Elburg"), K("PLACE", "Ermelo"), K("PLACE", "Harderwijk"), K("PLACE", "Hattem"), K("PLACE", "Nunspeet"),
        K("PLACE", "Oldebroek"), K("ORG", "Karakter"), K("ORG", "Pluryn"), K("ORG", "Entrea Lindenhout"), K("ORG", "Youz"),
        K("ORG", "Veilig Thuis Noord-Oost Gelderland"), K("ORG", "Jeugdbescherming Gelderland"),
        K("ORG", "William Schrikker Stichting"), K("ORG", "Leger des Heils Jeugdbescherming & Reclassering"), K("ORG", "IGJ"),
        K("PROGRAMME", "Hervormingsagenda Jeugd"), K("TERM", "Treeknorm"), K("EMAIL_FUNCTIONAL", "informatie.jeugd@regionoordveluwe.nl"),
        K("NUMBER", "6.261"), K("NUMBER", "263"), K("DATE", "15 juli 2025"), K("TERM", "productieplafond"),
    ],
))

# ------------------------------------------------------------------ co28 juridische notitie (docx, XMP creator hidden)
DOCS.append(dict(
    stem="co28_notitie_juridisch", producer="docx", docx_font="Calibri", size=10.5, title="Notitie Woo en Jeugdwet",
    author="Regio Noord-Veluwe",
    hidden={"xmp_creator": ["Pieter-Jan ter Horst"], "xmp_title": "Notitie Woo en Jeugdwet - concept PJtH"},
    blocks=[
        ("logo", REGIO, "Juridische Zaken"),
        ("h1", "Notitie: openbaarmaking van jeugdhulpgegevens onder de Woo"),
        ("kv", [("Datum", "6 oktober 2025"), ("Kenmerk", "JZ-NOT-2025-014"), ("Status", "intern, ter voorbereiding besluit WOO-2025-031")], (30, 130)),
        ("h2", "1. Vraag"),
        ("p", "Kan de regio documenten over individuele jeugdigen (e-mails, wachtlijstoverzichten, chatberichten) "
              "gedeeltelijk openbaar maken, en zo ja, welke gegevens moeten worden weggelakt?"),
        ("h2", "2. Kader"),
        ("p", "De Woo gaat uit van openbaarheid, tenzij een uitzonderingsgrond van toepassing is. Gegevens over de "
              "gezondheid van een jeugdige zijn bijzondere persoonsgegevens (artikel 9 AVG); die zijn op grond van "
              "artikel 5.1, eerste lid, onder d, Woo uitgezonderd, tenzij de betrokkene zelf toestemming geeft of de "
              "gegevens kennelijk door hem openbaar zijn gemaakt. Gegevens over strafrechtelijke veroordelingen "
              "(artikel 10 AVG) vallen onder dezelfde grond. Het BSN is uitgezonderd op grond van artikel 5.1, eerste "
              "lid, onder e, Woo. Verder geldt de geheimhoudingsplicht van artikel 7.3.11 Jeugdwet voor iedereen die "
              "betrokken is bij de uitvoering van de Jeugdwet."),
        ("h2", "3. Toepassing"),
        ("p", "Initialen, cliëntnummers en geboortedata van jeugdigen maken het mogelijk een kind te herkennen, zeker "
              "in kleine kernen als Hulshorst, Vierhouten of Doornspijk. Zij worden weggelakt (5.1.1d, 5.1.1e, 5.1.2e). "
              "Dat geldt ook voor de namen van ouders en van medewerkers van aanbieders, Veilig Thuis en de "
              "gecertificeerde instelling. Namen van wethouders en burgemeesters in hun functie blijven staan, net als "
              "de namen van organisaties, gemeenten en programma's."),
        ("h2", "4. Advies"),
        ("p", "Gedeeltelijke openbaarmaking is mogelijk. Het inventarisnummer, de datum en de aard van elk document "
              "kunnen openbaar. De interne notities in het wachtlijstoverzicht (kolom 'Notitie casemanager') worden "
              "integraal weggelakt. Zie ook de Handreiking Woo en het sociaal domein van de VNG."),
        ("p", "Juridische Zaken, Regio Noord-Veluwe"),
    ],
    redact=[
        R("PERSON", "Pieter-Jan ter Horst (XMP dc:creator)", "Pieter-Jan ter Horst", ch="metadata"),
        R("PERSON", "PJtH (XMP dc:title)", "PJtH", ch="metadata"),
    ],
    keep=[
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("ORG", "Juridische Zaken"), K("CASE", "JZ-NOT-2025-014"),
        K("CASE", "WOO-2025-031"), K("LAW", "AVG"), K("LAW", "artikel 7.3.11 Jeugdwet", "7.3.11 Jeugdwet"), K("LAW", "Woo"),
        K("PLACE", "Hulshorst"), K("PLACE", "Vierhouten"), K("PLACE", "Doornspijk"), K("GROUND", "5.1.2e"), K("GROUND", "5.1.1d"),
        K("ORG", "Veilig Thuis"), K("DOC", "Handreiking Woo en het sociaal domein"), K("ORG", "VNG"), K("DATE", "6 oktober 2025"),
    ],
))

# ------------------------------------------------------------------ co29 brief advocaat (1 page)
DOCS.append(dict(
    stem="co29_brief_advocaat_ouders", producer="rl", font="times", size=10.5, title="Verzoek spoedvoorziening",
    author="",
    blocks=[
        ("logo", "Advocatenkantoor De Veluwse Poort", "Vischmarkt 14 | 3841 BE Harderwijk | 0341 430 200 | info@veluwsepoort-advocaten.nl"),
        ("lines", ["Per e-mail: jeugd@regionoordveluwe.nl", "College van burgemeester en wethouders van Oldebroek",
                   "p/a Regionaal Bureau Jeugd", "Postbus 530", "3840 AM Harderwijk"]),
        ("kv", [("Datum", "19 mei 2025"), ("Onze referentie", "2025.0187 / OK"), ("Behandeld door", "mr. O.P. Kanters"),
                ("Direct", "0341 430 214 | o.kanters@veluwsepoort-advocaten.nl"),
                ("Betreft", "Lotte Brinkhuis, geb. 14-03-2012 - verzoek om spoedvoorziening jeugdhulp")], (35, 130)),
        ("p", "Geacht college,"),
        ("p", "Ik sta bij mevrouw N. Brinkhuis-Jacobs en de heer M. Brinkhuis, wonende aan de Oranjelaan 27, 8091 EK "
              "Wezep, de ouders van Lotte Brinkhuis (BSN 218705347, cliëntnummer JZ-0418872)."),
        ("p", "Lotte is gediagnosticeerd met een autismespectrumstoornis en een angststoornis. Sinds maart 2025 doet "
              "zij suïcidale uitspraken en beschadigt zij zichzelf. Zij staat sinds 13 mei 2024 op de wachtlijst "
              "van Karakter. De huisarts en de crisisdienst hebben de urgentie bevestigd."),
        ("p", "Het college heeft op grond van artikel 2.3 van de Jeugdwet de plicht een passende voorziening te "
              "treffen. Ik verzoek u namens cliënten binnen vijf werkdagen een besluit te nemen over een "
              "behandelplek of een passende overbrugging. Blijft een besluit uit, dan vraag ik de voorzieningenrechter "
              "van de rechtbank Gelderland om een voorlopige voorziening (artikel 8:81 Awb)."),
        ("p", "Een afschrift van deze brief stuur ik aan wethouder Lammertsma."),
        ("p", "Hoogachtend,"),
        ("lines", ["mr. O.P. Kanters", "advocaat"]),
    ],
    redact=[
        R("PERSON", "mr. O.P. Kanters", "Kanters", "OK"),
        R("PHONE", "0341 430 214", "0341 430 214"),
        R("EMAIL", "o.kanters@veluwsepoort-advocaten.nl", "o.kanters@veluwsepoort-advocaten.nl"),
        R("PERSON", "Lotte Brinkhuis", "Lotte Brinkhuis", "Lotte"),
        R("DOB", "14-03-2012", "14-03-2012"),
        R("PERSON", "N. Brinkhuis-Jacobs", "Brinkhuis-Jacobs"),
        R("PERSON", "M. Brinkhuis", "M. Brinkhuis"),
        R("ADDRESS", "Oranjelaan 27, 8091 EK Wezep", "Oranjelaan 27", "8091 EK"),
        R("BSN", BSN_LOTTE, BSN_LOTTE),
        R("CLIENTNR", "JZ-0418872", "JZ-0418872"),
        R("HEALTH", "autismespectrumstoornis en een angststoornis", "autismespectrumstoornis", "angststoornis"),
        R("HEALTH", "suïcidale uitspraken, beschadigt zichzelf", "suïcidale uitspraken", "beschadigt zij zichzelf"),
    ],
    keep=[
        K("ORG", "Advocatenkantoor De Veluwse Poort"), K("PHONE_GENERAL", "0341 430 200"),
        K("EMAIL_FUNCTIONAL", "info@veluwsepoort-advocaten.nl"), K("EMAIL_FUNCTIONAL", "jeugd@regionoordveluwe.nl"),
        K("PLACE", "Oldebroek"), K("ORG", "Regionaal Bureau Jeugd"), K("ORG", "Karakter"), K("LAW", "Jeugdwet"),
        K("ORG", "rechtbank Gelderland"), K("LAW", "artikel 8:81 Awb", "8:81 Awb"), K("OFFICIAL", "wethouder Lammertsma", "Lammertsma"),
        K("CASE", "2025.0187"), K("FUNCTION", "advocaat"), K("DATE", "19 mei 2025"), K("TERM", "voorlopige voorziening"),
    ],
))


# ------------------------------------------------------------------ co30 besluitenlijst AB (outline titles hidden)
DOCS.append(dict(
    stem="co30_besluitenlijst_bo_juli", producer="rl", font="libsans", size=10, title="Besluitenlijst BO Jeugd 10 juli 2025",
    author="Regio Noord-Veluwe",
    hidden={"outline": [("Besluitenlijst BO Jeugd 10 juli 2025", 0),
                        ("3. Wachtlijstaanpak - toelichting Esra en Marloes", 0),
                        ("5. IGJ - conceptreactie (opm. Hoogendoorn verwerkt)", 0),
                        ("Actielijst - bijgewerkt door Annelies", 0)]},
    blocks=[
        ("logo", REGIO, "Bestuurlijk Overleg Jeugd"),
        ("h1", "Besluitenlijst Bestuurlijk Overleg Jeugd 10 juli 2025"),
        ("p", "Aanwezig: de wethouders Van Rijswijk (voorzitter, Harderwijk), Veldkamp (Ermelo), Schotanus (Nunspeet), "
              "Dorrestein (Elburg), Lammertsma (Oldebroek) en De Ruiter (Hattem); ambtelijke ondersteuning RBJ."),
        ("table", [("Nr.", "Onderwerp", "Besluit"),
                   ("2", "Verslag BO Jeugd 15 mei 2025", "Vastgesteld zonder wijzigingen."),
                   ("3", "Wachtlijstaanpak Noord-Veluwe 2025-2026 (RNV-25-08841)", "Ingestemd; 1,4 miljoen euro per jaar uit de egalisatiereserve. Wethouder Dorrestein stemt in onder voorbehoud van herziening van de verdeelsleutel."),
                   ("4", "Indexatieverzoek Entrea Lindenhout", "Afgewezen; meenemen in de herinkoop 2027."),
                   ("5", "Reactie aan de IGJ", "Ingestemd met de conceptreactie; verzending door de regiomanager."),
                   ("6", "Hervormingsagenda Jeugd", "Wethouder Veldkamp vertegenwoordigt de regio in het Gelders overleg met de Jeugdautoriteit."),
                   ("7", "Woo-verzoeken en klachten", "Kennisgenomen van WOO-2025-031 en KL-2025-009.")], (10, 60, 95)),
        ("p", "Volgende vergadering: donderdag 11 september 2025, Stadhuis Harderwijk."),
    ],
    redact=[
        R("PERSON", "Esra (outline)", "Esra", ch="outline"),
        R("PERSON", "Marloes (outline)", "Marloes", ch="outline"),
        R("PERSON", "Hoogendoorn (outline)", "Hoogendoorn", ch="outline"),
        R("PERSON", "Annelies (outline)", "Annelies", ch="outline"),
    ],
    keep=[
        K("OFFICIAL", "wethouder Van Rijswijk", "Van Rijswijk"), K("OFFICIAL", "Veldkamp"), K("OFFICIAL", "Schotanus"),
        K("OFFICIAL", "Dorrestein"), K("OFFICIAL", "Lammertsma"), K("OFFICIAL", "De Ruiter"),
        K("PROGRAMME", "Wachtlijstaanpak Noord-Veluwe 2025-2026"), K("CASE", "RNV-25-08841"), K("ORG", "Entrea Lindenhout"),
        K("ORG", "IGJ"), K("PROGRAMME", "Hervormingsagenda Jeugd"), K("ORG", "Jeugdautoriteit"), K("CASE", "WOO-2025-031"),
        K("CASE", "KL-2025-009"), K("DATE", "10 juli 2025"), K("DATE", "11 september 2025"), K("FUNCTION", "regiomanager"),
    ],
))

# ------------------------------------------------------------------ co31 annotated draft (annotations hidden)
DOCS.append(dict(
    stem="co31_concept_antwoordbrief_annotaties", producer="rl", font="dejavu", size=10.5, title="CONCEPT antwoordbrief",
    author="Regio Noord-Veluwe",
    hidden={"annots": [(0, [400, 700, 420, 720], "Groeneveld, Annelies", "Naam moeder in aanhef weglaten? Zij heeft ook de wethouder gemaild. - AG"),
                       (0, [400, 560, 420, 580], "ter Horst, Pieter-Jan", "Pieter-Jan: klopt, alleen 'Geachte mevrouw' en geen diagnose noemen."),
                       (0, [400, 420, 420, 440], "Yılmaz-Demir, Esra", "Esra: Lotte is inmiddels op 1 juli gestart bij Karakter (mail van Merel Tan).")]},
    blocks=[
        ("small", "CONCEPT - versie 0.3 - niet verzenden"),
        ("logo", REGIO, HEAD),
        ("lines", ["Aan de ouders van de jeugdige", "(adres via Suite4Jeugd)"]),
        ("kv", [("Datum", "[datum]"), ("Kenmerk", "RNV-25-09102"), ("Onderwerp", "Reactie op uw e-mail aan de wethouder")], (30, 130)),
        ("p", "Geachte mevrouw,"),
        ("p", "Op 18 juni 2025 hebt u een e-mail gestuurd aan wethouder Lammertsma van de gemeente Oldebroek over de "
              "wachttijd voor de behandeling van uw dochter. De wethouder heeft ons gevraagd u te antwoorden."),
        ("p", "Wij begrijpen uw zorgen. Uw dochter is besproken in het Regionaal Expertteam. Er is met Karakter "
              "afgesproken dat de behandeling zo snel mogelijk start. Tot die tijd biedt het lokale team Oldebroek "
              "overbruggingszorg. Uw vaste contactpersoon bij het Regionaal Bureau Jeugd is bereikbaar via "
              "jeugd@regionoordveluwe.nl of 0341 742 700."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens het dagelijks bestuur van de Regio Noord-Veluwe,"),
        ("p", "[ondertekening regiomanager Jeugd]"),
    ],
    redact=[
        R("PERSON", "Annelies Groeneveld (annotation /T)", "Groeneveld, Annelies", ch="annotations"),
        R("PERSON", "Pieter-Jan ter Horst (annotation)", "ter Horst, Pieter-Jan", "Pieter-Jan", ch="annotations"),
        R("PERSON", "Esra Yılmaz-Demir (annotation)", "Yılmaz-Demir, Esra", ch="annotations"),
        R("PERSON", "Lotte Brinkhuis (annotation)", "Lotte", ch="annotations"),
        R("PERSON", "Merel Tan (annotation)", "Merel Tan", ch="annotations"),
    ],
    keep=[
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("CASE", "RNV-25-09102"), K("OFFICIAL", "wethouder Lammertsma", "Lammertsma"),
        K("PLACE", "Oldebroek"), K("ORG", "Regionaal Expertteam"), K("ORG", "Karakter"), K("PRODUCT", "Suite4Jeugd"),
        K("EMAIL_FUNCTIONAL", "jeugd@regionoordveluwe.nl"), K("PHONE_GENERAL", TEL, TEL), K("TERM", "overbruggingszorg"),
        K("FUNCTION", "regiomanager Jeugd"), K("DATE", "18 juni 2025"),
    ],
))

# ------------------------------------------------------------------ co32 pleegzorgvergoeding (1 page)
DOCS.append(dict(
    stem="co32_pleegzorgvergoeding_overzicht", producer="docx", docx_font="Calibri", size=10, landscape=True,
    title="Pleegzorgvergoeding Q3", author="Regio Noord-Veluwe",
    blocks=[
        ("h1", "Overzicht pleegzorgvergoeding derde kwartaal 2025 - uitbetaling via Entrea Lindenhout Pleegzorg"),
        ("p", "Bijlage bij de declaratiecontrole van het Regionaal Bureau Jeugd. Bedragen conform de Nibud-normbedragen "
              "pleegzorgvergoeding 2025 (basisbedrag per dag naar leeftijd) en de toeslagen uit de Regeling "
              "pleegzorgvergoeding. Pleegzorgvergoeding is onbelast (Wet inkomstenbelasting 2001)."),
        ("table", [("Pleegouder(s)", "IBAN", "Pleegkind", "Geb.datum", "Plaatsing", "Dagen", "Bedrag"),
                   ("fam. Van Wijngaarden-Post", IBAN_PLEEG, "N.O.", "04-01-2015", "crisis, OTS", "78", "€ 1.652,04"),
                   ("H. en J. Schuurman", make_iban("ABNA", "0417729881"), "K.v.D.", "21-09-2019", "perspectief", "92", "€ 1.640,36"),
                   ("mw. G. Bijl-Tuinman", make_iban("SNSB", "0937420185"), "R.B.", "02-12-2008", "netwerk, 17+", "92", "€ 2.301,84")],
         (50, 50, 22, 25, 30, 15, 25)),
        ("p", "Gecontroleerd: Team Financiën RBJ, 3 oktober 2025. Vragen: declaraties.jeugd@regionoordveluwe.nl."),
    ],
    redact=[
        R("PERSON", "fam. Van Wijngaarden-Post", "Van Wijngaarden-Post"),
        R("IBAN", IBAN_PLEEG, IBAN_PLEEG),
        R("PERSON", "N.O.", "N.O."), R("DOB", "04-01-2015", "04-01-2015"),
        R("PERSON", "H. en J. Schuurman", "Schuurman"),
        R("IBAN", make_iban("ABNA", "0417729881"), make_iban("ABNA", "0417729881")),
        R("PERSON", "K.v.D.", "K.v.D."), R("DOB", "21-09-2019", "21-09-2019"),
        R("PERSON", "mw. G. Bijl-Tuinman", "Bijl-Tuinman"),
        R("IBAN", make_iban("SNSB", "0937420185"), make_iban("SNSB", "0937420185")),
        R("PERSON", "R.B.", "R.B."), R("DOB", "02-12-2008", "02-12-2008"),
    ],
    keep=[
        K("ORG", "Entrea Lindenhout Pleegzorg"), K("ORG", "Regionaal Bureau Jeugd"), K("ORG", "Nibud"),
        K("LAW", "Regeling pleegzorgvergoeding"), K("LAW", "Wet inkomstenbelasting 2001"), K("ORG", "Team Financiën RBJ"),
        K("EMAIL_FUNCTIONAL", "declaraties.jeugd@regionoordveluwe.nl"), K("AMOUNT", "€ 1.652,04"), K("DATE", "3 oktober 2025"),
        K("TERM", "perspectief"),
    ],
))
