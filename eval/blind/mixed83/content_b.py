"""Documents co12-co22."""
from lib import R, K
from cast import *  # noqa: F401,F403
from content_a import MOTIV, hdr

DOCS = []

# ------------------------------------------------------------------ co12 Veilig Thuis overdrachtsformulier (2 pages)
DOCS.append(dict(
    stem="co12_overdracht_veilig_thuis", producer="rl", font="carlito", size=10, title="Overdrachtsformulier VT-GI",
    author="Veilig Thuis NOG", footer="Veilig Thuis Noord-Oost Gelderland - overdracht aan gecertificeerde instelling - VERTROUWELIJK",
    blocks=[
        ("logo", "Veilig Thuis Noord-Oost Gelderland", "Advies- en Meldpunt Huiselijk Geweld en Kindermishandeling | Apeldoorn | 0800-2000 | www.veiligthuisnog.nl"),
        ("h1", "Overdrachtsformulier Veilig Thuis - gecertificeerde instelling"),
        ("kv", [("Datum overdracht", "12 mei 2025"), ("Overdracht aan", "William Schrikker Stichting Jeugdbescherming & Jeugdreclassering"),
                ("Kopie", "Raad voor de Kinderbescherming, regio Gelderland-Noord; Regionaal Bureau Jeugd (casemanager)"),
                ("Behandelaar VT", "Rob Scheepstra, medewerker onderzoek (r.scheepstra@veiligthuisnog.nl, 055 527 61 44)"),
                ("Teamleider", "Ingrid Pasma (IP)")], (38, 128)),
        ("h2", "1. Gezinssamenstelling"),
        ("table", [("Rol", "Naam", "Geboortedatum", "BSN"),
                   ("moeder", "OUALI, Samira", "23-08-1989", BSN_SAMIRA),
                   ("kind", "OUALI, Noah", "04-01-2015", BSN_NOAH),
                   ("kind", "OUALI, Yara", "17-10-2018", BSN_YARA),
                   ("partner moeder (geen gezag)", "KROEZE, Dennis", "02-05-1986", "onbekend")], (45, 45, 35, 40)),
        ("p", "Woonadres gezin: Bosweg 6, 8076 PH Vierhouten (gemeente Nunspeet). De heer Kroeze staat sinds 14 januari "
              "2025 ingeschreven op een ander adres: Stationsweg 102-B, 8071 CZ Nunspeet."),
        ("h2", "2. Aanleiding en meldingen"),
        ("p", "Op 19 februari 2025 heeft de leerkracht van Noah een melding gedaan volgens de Meldcode huiselijk "
              "geweld en kindermishandeling: Noah vertelde dat de partner van moeder haar heeft geslagen en dat hij "
              "zich 's nachts in zijn kamer opsluit. Dit is de derde melding sinds 2023."),
        ("p", "De heer Kroeze is in 2021 door de politierechter veroordeeld voor mishandeling van een ex-partner en "
              "staat onder toezicht van de reclassering. Sinds januari 2025 geldt een contactverbod als bijzondere "
              "voorwaarde. Volgens de wijkagent is dat contactverbod in maart twee keer overtreden."),
        ("pb",),
        ("h2", "3. Zorgen en krachten"),
        ("p", "Moeder is betrokken en wil hulp. Zij heeft een depressieve stoornis waarvoor zij behandeld wordt bij "
              "de POH-GGZ van haar huisarts. Noah heeft een posttraumatische stressstoornis (PTSS) volgens de "
              "kinderpsycholoog; Yara lijkt zich leeftijdsadequaat te ontwikkelen. Moeder geeft aan dat het gezin "
              "veel steun ervaart van de moskee in Harderwijk en van haar zus, mevrouw Latifa Ouali."),
        ("h2", "4. Conclusie Veilig Thuis"),
        ("p", "Er is sprake van structurele onveiligheid. Vrijwillige hulp via het lokale team Nunspeet is tweemaal "
              "niet van de grond gekomen doordat Karakter en Entrea Lindenhout wachtlijsten hebben. Veilig Thuis "
              "heeft de Raad voor de Kinderbescherming op 8 mei 2025 verzocht een onderzoek te doen naar een "
              "ondertoezichtstelling (artikel 1:255 BW). In afwachting daarvan vraagt VT de William Schrikker "
              "Stichting om een veiligheidsplan met het gezin op te stellen."),
        ("kv", [("Paraaf teamleider", "IP, 12-05-2025"), ("Paraaf behandelaar", "RS, 12-05-2025")], (38, 60)),
    ] + MOTIV,
    redact=[
        R("PERSON", "Rob Scheepstra", "Rob Scheepstra", "RS"),
        R("EMAIL", "r.scheepstra@veiligthuisnog.nl", "r.scheepstra@veiligthuisnog.nl"),
        R("PHONE", "055 527 61 44", "055 527 61 44"),
        R("PERSON", "Ingrid Pasma", "Ingrid Pasma", "IP"),
        R("PERSON", "Samira Ouali", "OUALI", "Samira"),
        R("DOB", "23-08-1989", "23-08-1989"), R("BSN", BSN_SAMIRA, BSN_SAMIRA),
        R("PERSON", "Noah Ouali", "Noah"),
        R("DOB", "04-01-2015", "04-01-2015"), R("BSN", BSN_NOAH, BSN_NOAH),
        R("PERSON", "Yara Ouali", "Yara"),
        R("DOB", "17-10-2018", "17-10-2018"), R("BSN", BSN_YARA, BSN_YARA),
        R("PERSON", "Dennis Kroeze", "KROEZE", "Dennis", "Kroeze"),
        R("DOB", "02-05-1986", "02-05-1986"),
        R("ADDRESS", "Bosweg 6, 8076 PH Vierhouten", "Bosweg 6", "8076 PH"),
        R("ADDRESS", "Stationsweg 102-B, 8071 CZ Nunspeet", "Stationsweg 102-B", "8071 CZ"),
        R("CRIMINAL", "veroordeeld voor mishandeling van een ex-partner", "veroordeeld voor mishandeling"),
        R("CRIMINAL", "contactverbod overtreden", "contactverbod"),
        R("HEALTH", "depressieve stoornis (moeder)", "depressieve stoornis"),
        R("HEALTH", "PTSS (Noah)", "posttraumatische stressstoornis", "PTSS"),
        R("RELIGION", "steun van de moskee", "moskee"),
        R("PERSON", "Latifa Ouali", "Latifa Ouali"),
    ],
    keep=[
        K("ORG", "Veilig Thuis Noord-Oost Gelderland"), K("PLACE", "Apeldoorn"), K("PHONE_GENERAL", "0800-2000"),
        K("WEB", "www.veiligthuisnog.nl"), K("ORG", "William Schrikker Stichting"), K("ORG", "Raad voor de Kinderbescherming"),
        K("ORG", "Regionaal Bureau Jeugd"), K("LAW", "Meldcode huiselijk geweld en kindermishandeling"),
        K("ORG", "Karakter"), K("ORG", "Entrea Lindenhout"), K("LAW", "artikel 1:255 BW", "1:255 BW"),
        K("FUNCTION", "medewerker onderzoek"), K("TERM", "ondertoezichtstelling"), K("DATE", "12 mei 2025"),
        K("TERM", "veiligheidsplan"), K("GROUND", "5.1.2e"),
    ],
))

# ------------------------------------------------------------------ co13 handwritten phone note (scan)
DOCS.append(dict(
    stem="co13_telefoonnotitie_hand_scan", producer="scan", font="femke", size=18, angle=-0.6, dpi=200,
    blocks=[
        ("p", "Telefoonnotitie  13/5/2025  10.40 u"),
        ("p", "Belde: mevr. Brinkhuis (moeder van Lotte)"),
        ("p", "tel 06 18 27 44 90"),
        ("p", "Lotte (13) slaapt niet, snijdt zich weer."),
        ("p", "Huisarts Vos verwijst naar crisisdienst Karakter."),
        ("p", "Moeder vraagt om spoedplek, is boos over wachtlijst."),
        ("p", "Heeft wethouder Lammertsma gemaild."),
        ("p", "-> Terugbellen voor 16 uur! Overleg met Marloes."),
        ("p", "-> Regionaal Expertteam inschakelen"),
        ("p", "Esra"),
    ],
    redact=[
        R("PERSON", "mevr. Brinkhuis", "Brinkhuis"),
        R("PERSON", "Lotte Brinkhuis", "Lotte"),
        # also in the handwriting, but tesseract does not read them, so they are not probed:
        # the mobile number 06 18 27 44 90, "Marloes" and the signature "Esra"
        R("HEALTH", "snijdt zich", "snijdt zich"),
        R("PERSON", "huisarts Vos", "Vos"),
    ],
    keep=[],
))

# ------------------------------------------------------------------ co14 raadsvragen (1 page)
DOCS.append(dict(
    stem="co14_schriftelijke_vragen_raad", producer="rl", font="helv", size=10.5, title="Schriftelijke vragen art. 41 RvO",
    author="Griffie Harderwijk",
    blocks=[
        ("logo", "Gemeenteraad Harderwijk", "Griffie | Havendam 1 | 3841 AA Harderwijk | griffie@harderwijk.nl"),
        ("h1", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
        ("kv", [("Ingediend door", "Yvonne Brouwer-Smit (ChristenUnie) en Kemal Aydin (GroenLinks-PvdA)"),
                ("Datum", "20 mei 2025"), ("Onderwerp", "Wachtlijsten jeugdhulp en de melding bij de Inspectie"),
                ("Registratienummer", "RV-2025-047"), ("Behandeld door griffie", "N. Roelofs, griffiemedewerker")], (42, 123)),
        ("p", "Aan het college van burgemeester en wethouders,"),
        ("p", "Via de media en via inwoners hebben wij vernomen dat een jongere uit onze regio in april 2025 na een "
              "ernstig incident op een crisisgroep in Harderwijk in het ziekenhuis is opgenomen, terwijl hij al "
              "maanden op een plek wachtte. De Inspectie Gezondheidszorg en Jeugd doet onderzoek. Ook hebben "
              "ouders uit Hulshorst en Wezep ons benaderd over wachttijden van meer dan een jaar bij Karakter."),
        ("p", "Wij stellen het college de volgende vragen:"),
        ("p", "1. Hoeveel jeugdigen uit Harderwijk wachten op dit moment langer dan de Treeknorm op specialistische "
              "jeugdhulp, uitgesplitst naar aanbieder?"),
        ("p", "2. Is het college op de hoogte van de calamiteit bij Entrea Lindenhout, en welke rol speelde de "
              "wachttijd voor JeugdzorgPlus daarbij?"),
        ("p", "3. Welke afspraken heeft de Regio Noord-Veluwe gemaakt over crisisplaatsingen buiten het "
              "productieplafond, zoals wethouder Van Rijswijk in de commissie Samenleving van 3 april toezegde?"),
        ("p", "4. Hoe worden ouders geïnformeerd over overbruggingszorg tijdens de wachttijd? Is het college bereid "
              "het advies van de Klachtadviescommissie Sociaal Domein Noord-Veluwe hierover over te nemen?"),
        ("p", "5. Welke inzet vraagt het college van het Rijk, in het licht van de Hervormingsagenda Jeugd en het "
              "wetsvoorstel Wet verbetering beschikbaarheid jeugdzorg?"),
        ("lines", ["Yvonne Brouwer-Smit, raadslid ChristenUnie", "Kemal Aydin, raadslid GroenLinks-PvdA"]),
    ],
    redact=[R("PERSON", "N. Roelofs", "Roelofs")],
    keep=[
        K("OFFICIAL", "raadslid Yvonne Brouwer-Smit", "Brouwer-Smit"), K("OFFICIAL", "raadslid Kemal Aydin", "Kemal Aydin"),
        K("ORG", "ChristenUnie"), K("ORG", "GroenLinks-PvdA"), K("ORG", "Gemeenteraad Harderwijk"),
        K("EMAIL_FUNCTIONAL", "griffie@harderwijk.nl"), K("ADDRESS_PUBLIC", "Havendam 1"), K("CASE", "RV-2025-047"),
        K("ORG", "Inspectie Gezondheidszorg en Jeugd"), K("ORG", "Karakter"), K("ORG", "Entrea Lindenhout"),
        K("PROGRAMME", "JeugdzorgPlus"), K("OFFICIAL", "wethouder Van Rijswijk", "Van Rijswijk"),
        K("PROGRAMME", "Hervormingsagenda Jeugd"), K("LAW", "Wet verbetering beschikbaarheid jeugdzorg"),
        K("PLACE", "Hulshorst"), K("PLACE", "Wezep"), K("TERM", "Treeknorm"), K("DOC", "Reglement van orde"),
        K("FUNCTION", "griffiemedewerker"), K("DATE", "20 mei 2025"),
    ],
))

# ------------------------------------------------------------------ co15 antwoord college (docx, 2 pages)
DOCS.append(dict(
    stem="co15_beantwoording_college", producer="docx", docx_font="Arial", size=10.5, title="Beantwoording vragen RV-2025-047",
    author="Gemeente Harderwijk",
    blocks=[
        ("logo", "Gemeente Harderwijk", "Postbus 149 | 3840 AC Harderwijk | 14 0341 | gemeente@harderwijk.nl"),
        ("lines", ["Aan de leden van de gemeenteraad van Harderwijk", "", "Datum: 17 juni 2025",
                   "Ons kenmerk: Z-25-21887 / RV-2025-047",
                   "Contactpersoon: E. Yılmaz-Demir, beleidsadviseur Jeugd (Regio Noord-Veluwe)",
                   "Telefoon: 0341 742 718", "E-mail: e.yilmaz@regionoordveluwe.nl",
                   "Onderwerp: Beantwoording schriftelijke vragen over wachtlijsten jeugdhulp"]),
        ("p", "Geachte leden van de raad,"),
        ("p", "Op 20 mei 2025 hebben de raadsleden Brouwer-Smit (ChristenUnie) en Aydın (GroenLinks-PvdA) vragen "
              "gesteld over de wachtlijsten in de jeugdhulp. Hieronder beantwoorden wij deze vragen."),
        ("p", "**Vraag 1.** Op 1 juni 2025 wachtten 74 jeugdigen uit Harderwijk langer dan de Treeknorm: 31 bij "
              "Karakter, 18 bij Pluryn, 14 bij Entrea Lindenhout en 11 bij overige aanbieders. De cijfers komen uit "
              "de regionale wachtlijstmonitor en zijn ontdubbeld."),
        ("p", "**Vraag 2.** Ja. Entrea Lindenhout heeft de calamiteit gemeld bij de Inspectie Gezondheidszorg en Jeugd. "
              "Het onderzoek loopt; wij kunnen niet ingaan op de individuele situatie van de jongere. De inspectie "
              "heeft de regio om informatie gevraagd over het wachtlijstbeheer. Die informatie is op 27 mei "
              "verstrekt."),
        ("p", "**Vraag 3.** In het Bestuurlijk Overleg Jeugd van 16 januari 2025 is afgesproken dat crisisplaatsingen "
              "en plaatsingen in het gedwongen kader buiten het productieplafond vallen. Wethouder Van Rijswijk "
              "heeft dit in de commissie Samenleving bevestigd. Dit is vastgelegd in een addendum bij de "
              "raamovereenkomsten met Karakter en Pluryn."),
        ("pb",),
        ("p", "**Vraag 4.** Het college neemt het advies van de Klachtadviescommissie over. Vanaf september 2025 "
              "krijgen ouders van wie het kind langer dan acht weken wacht, een vaste contactpersoon en een aanbod "
              "voor overbruggingszorg. Dit is onderdeel van de Wachtlijstaanpak Noord-Veluwe 2025-2026."),
        ("p", "**Vraag 5.** Samen met de VNG en de andere jeugdregio's in Gelderland vragen wij het Rijk om "
              "structurele middelen en om landelijke afspraken over schaarse specialistische jeugdhulp. Wethouder Van "
              "Rijswijk heeft hierover op 12 juni 2025 gesproken met staatssecretaris Karremans."),
        ("p", "Met vriendelijke groet,"),
        ("p", "het college van burgemeester en wethouders van Harderwijk,"),
        ("lines", ["de burgemeester,                                   de secretaris,", "H. van Ommen"]),
    ],
    redact=[
        R("PERSON", "E. Yılmaz-Demir", "Yılmaz-Demir"),
        R("PHONE", "0341 742 718", "0341 742 718"),
        R("EMAIL", "e.yilmaz@regionoordveluwe.nl", "e.yilmaz@regionoordveluwe.nl"),
    ],
    keep=[
        K("ORG", "Gemeente Harderwijk"), K("PHONE_GENERAL", "14 0341"), K("EMAIL_FUNCTIONAL", "gemeente@harderwijk.nl"),
        K("ADDRESS_PUBLIC", "Postbus 149"), K("CASE", "Z-25-21887"), K("CASE", "RV-2025-047"),
        K("OFFICIAL", "raadslid Brouwer-Smit", "Brouwer-Smit"), K("OFFICIAL", "raadslid Aydın", "Aydın"),
        K("OFFICIAL", "wethouder Van Rijswijk", "Van Rijswijk"), K("OFFICIAL", "staatssecretaris Karremans", "Karremans"),
        K("OFFICIAL", "burgemeester H. van Ommen", "van Ommen"), K("ORG", "Karakter"), K("ORG", "Pluryn"),
        K("ORG", "Entrea Lindenhout"), K("ORG", "Inspectie Gezondheidszorg en Jeugd"), K("ORG", "VNG"),
        K("PROGRAMME", "Wachtlijstaanpak Noord-Veluwe 2025-2026"), K("TERM", "Treeknorm"), K("PRODUCT", "wachtlijstmonitor"),
        K("ORG", "Klachtadviescommissie"), K("PLACE", "Gelderland"), K("FUNCTION", "beleidsadviseur Jeugd"),
        K("DATE", "17 juni 2025"), K("ORG", "ChristenUnie"), K("ORG", "GroenLinks-PvdA"),
    ],
))

# ------------------------------------------------------------------ co16 contractmanagementgesprek (2 pages)
DOCS.append(dict(
    stem="co16_contractgesprek_entrea", producer="rl", font="carlito", size=10.5, title="Verslag contractmanagementgesprek",
    author="Regio Noord-Veluwe", footer="RBJ contractmanagement - Entrea Lindenhout - 24 juni 2025",
    blocks=[
        ("logo", REGIO, "Regionaal Bureau Jeugd - contractmanagement"),
        ("h1", "Verslag contractmanagementgesprek Entrea Lindenhout"),
        ("kv", [("Datum", "24 juni 2025, 10.00 - 12.00 uur, Teams"),
                ("Entrea Lindenhout", "Anke Smits-van Leeuwen (lid raad van bestuur, ASvL), Gerard Boomsma (locatiemanager crisisgroep Harderwijk, GB), "
                                      "Yvette Bruinsma (controller, YB)"),
                ("Regio", "Thijs Hoogendoorn (contractmanager, TH), Koen Bakx (data-analist, KB)"),
                ("Kenmerk", "CM-2025-EL-02")], (38, 128)),
        ("h2", "1. Prestatie-indicatoren Q1 en Q2 2025"),
        ("table", [("Indicator", "Norm", "Q1 2025", "Q2 2025", "Toelichting"),
                   ("Gemiddelde wachttijd ambulant (weken)", "<= 6", "11", "13", "stijgend"),
                   ("Wachttijd verblijf/crisis (dagen)", "<= 2", "3", "5", "crisisgroep vol"),
                   ("Uitval tijdens traject", "<= 10%", "8%", "9%", "binnen norm"),
                   ("Ziekteverzuim personeel", "<= 6%", "9,8%", "10,4%", "inzet zzp'ers"),
                   ("Cliënttevredenheid (CQ-index)", ">= 7,5", "7,6", "7,2", "daling"),
                   ("No-show bij intake", "<= 5%", "4%", "7%", "na wachttijd")], (52, 17, 17, 17, 55)),
        ("p", "KB licht toe dat de cijfers uit de iJw-berichten en de wachtlijstmonitor komen. ASvL herkent het beeld: "
              "door personeelstekort kan de crisisgroep in Harderwijk maximaal acht in plaats van tien jeugdigen "
              "opvangen. GB meldt dat er sinds april twee keer een jeugdige is doorgeplaatst naar Zutphen omdat er "
              "geen plek was."),
        ("h2", "2. Calamiteit april 2025"),
        ("p", "ASvL bevestigt dat Entrea Lindenhout de calamiteit van 14 april bij de IGJ heeft gemeld en een "
              "calamiteitenonderzoekscommissie heeft ingesteld onder leiding van een externe voorzitter. GB vertelt "
              "dat het team na het incident begeleid wordt door de bedrijfsarts en de vertrouwenspersoon. "
              "TH vraagt het rapport met de regio te delen zodra de IGJ het heeft beoordeeld; ASvL zegt dat toe voor "
              "zover er geen herleidbare cliëntgegevens in staan."),
        ("pb",),
        ("h2", "3. Financiën en productieplafond"),
        ("p", "YB meldt dat de omzet 2025 tot en met mei 4,1 miljoen euro bedraagt op een plafond van 9,2 miljoen. "
              "Entrea Lindenhout verwacht het plafond niet te overschrijden, maar vraagt om indexatie van de tarieven "
              "conform de OVA-index 2025. TH verwijst naar de regionale tariefsystematiek en neemt het verzoek mee "
              "naar het BO Jeugd."),
        ("h2", "4. Afspraken"),
        ("table", [("Nr.", "Afspraak", "Wie", "Wanneer"),
                   ("1", "Calamiteitenrapport (geanonimiseerd) delen met de regio", "ASvL", "na oordeel IGJ"),
                   ("2", "Plan om de crisiscapaciteit weer naar tien plekken te brengen", "GB", "1 september 2025"),
                   ("3", "Indexatieverzoek voorleggen aan BO Jeugd", "TH", "BO 10 juli 2025"),
                   ("4", "Dashboard uitbreiden met no-show en doorplaatsingen", "KB", "Q3 2025")], (12, 100, 20, 34)),
        ("p", "Volgend gesprek: 23 september 2025, locatie Entrea Lindenhout, Burgemeester de Meesterstraat 16, Harderwijk."),
    ],
    redact=[
        R("PERSON", "Anke Smits-van Leeuwen", "Smits-van Leeuwen", "ASvL"),
        R("PERSON", "Gerard Boomsma", "Gerard Boomsma", "GB"),
        R("PERSON", "Yvette Bruinsma", "Yvette Bruinsma", "YB"),
        R("PERSON", "Thijs Hoogendoorn", "Thijs Hoogendoorn", "TH"),
        R("PERSON", "Koen Bakx", "Koen Bakx", "KB"),
    ],
    keep=[
        K("ORG", "Entrea Lindenhout"), K("ORG", REGIO, "Regio Noord-Veluwe"), K("ORG", "Regionaal Bureau Jeugd"),
        K("CASE", "CM-2025-EL-02"), K("PRODUCT", "Teams"), K("PRODUCT", "CQ-index"), K("PRODUCT", "wachtlijstmonitor"),
        K("PLACE", "Harderwijk"), K("PLACE", "Zutphen"), K("ORG", "IGJ"), K("TERM", "OVA-index 2025"), K("ORG", "BO Jeugd"),
        K("STREET", "Burgemeester de Meesterstraat"), K("FUNCTION", "locatiemanager crisisgroep"), K("FUNCTION", "controller"),
        K("FUNCTION", "contractmanager"), K("FUNCTION", "lid raad van bestuur"), K("TERM", "Ziekteverzuim personeel"),
        K("DATE", "24 juni 2025"), K("DATE", "23 september 2025"), K("TERM", "No-show"),
    ],
))

# ------------------------------------------------------------------ co17 wachtlijstoverzicht intern (landscape, 2 pages)
WL = [
    ("JZ-0418872", "L.B.", "14-03-2012", "Oldebroek", "Karakter", "Behandeling specialistisch", "13-05-2024", "hoog", "ASS, angststoornis; suïcidale uitingen"),
    ("JZ-0377105", "S.A.", "02-09-2014", "Nunspeet", "Karakter", "Diagnostiek", "22-04-2024", "middel", "ADHD, hechting"),
    ("JZ-0391546", "M.K.", "30-11-2009", "Harderwijk", "Pluryn", "Verblijf behandelgroep", "08-10-2024", "hoog", "LVB, agressie"),
    ("JZ-0402213", "D.v.E.", "11-07-2016", "Ermelo", "Entrea Lindenhout", "Ambulant gezin", "14-01-2025", "laag", "-"),
    ("JZ-0399870", "F.Y.", "05-05-2008", "Elburg", "Karakter", "Behandeling specialistisch", "03-09-2024", "hoog", "eetstoornis (anorexia)"),
    ("JZ-0410097", "T.H.", "07-11-2010", "Harderwijk", "Pluryn", "Verblijf behandelgroep", "28-11-2024", "crisis", "middelengebruik"),
    ("JZ-0388331", "R.d.W.", "19-02-2013", "Hattem", "Youz", "Diagnostiek", "17-06-2024", "middel", "dyslexie/ADD"),
    ("JZ-0415520", "J.d.G.", "12-06-2010", "Nunspeet", "Entrea Lindenhout", "JeugdzorgPlus (via GI)", "09-12-2024", "crisis", "psychose, zelfbeschadiging"),
    ("JZ-0403318", "N.O.", "04-01-2015", "Nunspeet", "Karakter", "Traumabehandeling", "21-02-2025", "hoog", "PTSS"),
    ("JZ-0396654", "E.S.", "23-03-2011", "Harderwijk", "'s Heeren Loo", "Logeeropvang", "30-07-2024", "middel", "ernstig meervoudige beperking"),
    ("JZ-0407765", "B.T.", "16-08-2012", "Ermelo", "Youz", "Behandeling specialistisch", "06-01-2025", "middel", "depressie"),
    ("JZ-0412290", "A.M.", "27-10-2007", "Oldebroek", "Pluryn", "Begeleid wonen 17+", "19-12-2024", "laag", "-"),
]
DOCS.append(dict(
    stem="co17_wachtlijstoverzicht_intern", producer="rl", font="libsans", size=9.5, landscape=True,
    title="Wachtlijstoverzicht 30-06-2025 (intern)", author="Regio Noord-Veluwe",
    footer="INTERN - wachtlijstoverzicht RBJ - stand 30 juni 2025 - niet verspreiden buiten casemanagement",
    blocks=[
        ("h1", "Wachtlijstoverzicht specialistische jeugdhulp - stand 30 juni 2025 (intern)"),
        ("p", "Bron: wachtlijstmonitor RBJ (iJw315-verzoeken om toewijzing zonder iJw305-startbericht), aangevuld met "
              "gegevens uit Suite4Jeugd. Dit overzicht bevat alleen de jeugdigen met urgentie 'hoog' of 'crisis' en een "
              "steekproef van de overige. Het totaal aantal wachtenden in de regio is 263."),
        ("table", [("Cliëntnr.", "Initialen", "Geb.datum", "Gemeente", "Aanbieder", "Product", "Wacht sinds", "Urgentie", "Notitie casemanager")] + WL,
         (22, 16, 21, 22, 30, 42, 21, 16, 66)),
        ("pb",),
        ("h2", "Samenvatting per aanbieder (alle wachtenden)"),
        ("table", [("Aanbieder", "Wachtend", "waarvan > Treeknorm", "Gem. wachttijd (wk)", "Productieplafond 2025 bereikt"),
                   ("Karakter", "118", "96", "41", "ja, per 21 februari 2025"),
                   ("Pluryn", "46", "31", "26", "nee"),
                   ("Entrea Lindenhout", "52", "34", "13", "nee"),
                   ("Youz", "29", "22", "30", "nee"),
                   ("'s Heeren Loo", "18", "9", "16", "nee")], (50, 25, 35, 35, 55)),
        ("p", "Opmerking: de cliënten met urgentie 'crisis' zijn op 1 juli besproken in het Regionaal Expertteam. Voor "
              "JZ-0415520 is een plek in JeugdzorgPlus gevonden. Contact bij vragen: functionele mailbox "
              "wachtlijst@regionoordveluwe.nl."),
    ],
    redact=(
        [R("CLIENTNR", r[0], r[0]) for r in WL]
        + [R("PERSON", r[1], r[1]) for r in WL]
        + [R("DOB", r[2], r[2]) for r in WL]
        + [R("HEALTH", "ASS, angststoornis; suïcidale uitingen", "angststoornis", "suïcidale uitingen"),
           R("HEALTH", "ADHD", "ADHD"), R("HEALTH", "LVB, agressie", "LVB"), R("HEALTH", "eetstoornis (anorexia)", "anorexia"),
           R("HEALTH", "middelengebruik", "middelengebruik"), R("HEALTH", "dyslexie/ADD", "dyslexie/ADD"),
           R("HEALTH", "psychose, zelfbeschadiging", "psychose, zelfbeschadiging"), R("HEALTH", "PTSS", "PTSS"),
           R("HEALTH", "ernstig meervoudige beperking", "ernstig meervoudige beperking"), R("HEALTH", "depressie", "depressie")]
    ),
    keep=[
        K("ORG", "Karakter"), K("ORG", "Pluryn"), K("ORG", "Entrea Lindenhout"), K("ORG", "Youz"), K("ORG", "'s Heeren Loo"),
        K("PLACE", "Harderwijk"), K("PLACE", "Ermelo"), K("PLACE", "Nunspeet"), K("PLACE", "Oldebroek"),
        K("PLACE", "Elburg"), K("PLACE", "Hattem"), K("PRODUCT", "iJw315"), K("PRODUCT", "iJw305"), K("PRODUCT", "Suite4Jeugd"),
        K("PRODUCT", "Diagnostiek"), K("PRODUCT", "Verblijf behandelgroep"), K("PROGRAMME", "JeugdzorgPlus"),
        K("ORG", "Regionaal Expertteam"), K("EMAIL_FUNCTIONAL", "wachtlijst@regionoordveluwe.nl"), K("TERM", "Treeknorm"),
        K("DATE", "30 juni 2025"), K("TERM", "Urgentie"),
    ],
))

# ------------------------------------------------------------------ co18 beslisnota (docx, 2 pages)
DOCS.append(dict(
    stem="co18_beslisnota_wachtlijstaanpak", producer="docx", docx_font="Calibri", size=10.5, title="Beslisnota Wachtlijstaanpak",
    author="Regio Noord-Veluwe",
    blocks=[
        ("logo", REGIO, "Beslisnota Bestuurlijk Overleg Jeugd"),
        ("kv", [("Aan", "Bestuurlijk Overleg Jeugd (BO Jeugd), vergadering 10 juli 2025"),
                ("Van", "M. van den Bosch, regiomanager Jeugd"),
                ("Datum", "3 juli 2025"), ("Kenmerk", "RNV-25-08841"),
                ("Onderwerp", "Wachtlijstaanpak Noord-Veluwe 2025-2026"),
                ("Kopie aan", "T. Hoogendoorn (contractmanagement); K. Bakx (informatie en analyse)"),
                ("Contactpersoon", "Esra Yılmaz-Demir, beleidsadviseur Jeugd, 0341 742 718, 06 13 58 27 04, e.yilmaz@regionoordveluwe.nl")],
         (35, 130)),
        ("h2", "Aanleiding"),
        ("p", "Het aantal jeugdigen dat langer dan de Treeknorm wacht op specialistische jeugdhulp is in het eerste "
              "halfjaar van 2025 gestegen van 212 naar 263. De IGJ heeft de regio in het kader van een calamiteit om "
              "informatie gevraagd; de Klachtadviescommissie Sociaal Domein Noord-Veluwe heeft een klacht van ouders "
              "gegrond verklaard; de gemeenteraad van Harderwijk heeft schriftelijke vragen gesteld."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan het BO Jeugd wordt gevraagd: 1. in te stemmen met de Wachtlijstaanpak Noord-Veluwe 2025-2026; "
              "2. hiervoor in 2025 en 2026 elk 1,4 miljoen euro uit de regionale egalisatiereserve beschikbaar te "
              "stellen; 3. het Regionaal Expertteam uit te breiden met een tweede gedragswetenschapper."),
        ("h2", "Kern"),
        ("p", "De aanpak bestaat uit vier sporen: (a) wachtlijstbeheer met een vaste contactpersoon voor ouders; "
              "(b) overbruggingszorg via de lokale teams; (c) afspraken met Karakter, Pluryn, Youz en Entrea Lindenhout "
              "over voorrang bij crisis en gedwongen kader; (d) samenwerking met de Jeugdautoriteit en de andere "
              "Gelderse regio's over schaarse zorg, in lijn met de Hervormingsagenda Jeugd 2023-2028."),
        ("pb",),
        ("h2", "Krachtenveld"),
        ("p", "De aanbieders steunen de aanpak maar wijzen op het personeelstekort. De wethouders van Ermelo en "
              "Elburg hebben aangegeven dat een bijdrage uit de reserve alleen kan als de verdeelsleutel wordt "
              "herzien. Ouders en de cliëntenraad vragen om betere informatie tijdens het wachten."),
        ("h2", "Paraaf"),
        ("table", [("Naam", "Functie", "Paraaf", "Datum"),
                   ("E. Yılmaz-Demir", "beleidsadviseur Jeugd", "EYD", "2 juli 2025"),
                   ("T. Hoogendoorn", "contractmanager Jeugd", "TH", "2 juli 2025"),
                   ("M. van den Bosch", "regiomanager Jeugd", "MvdB", "3 juli 2025")], (45, 50, 25, 35)),
        ("h2", "Bijlagen"),
        ("p", "1. Wachtlijstoverzicht per aanbieder (stand 30 juni 2025); 2. Advies klachtadviescommissie (geanonimiseerd)."),
    ] + MOTIV,
    redact=[
        R("PERSON", "M. van den Bosch", "van den Bosch", "MvdB"),
        R("PERSON", "T. Hoogendoorn", "Hoogendoorn", "TH"),
        R("PERSON", "K. Bakx", "Bakx"),
        R("PERSON", "Esra Yılmaz-Demir", "Yılmaz-Demir", "Esra", "EYD"),
        R("PHONE", "0341 742 718", "0341 742 718"), R("PHONE", "06 13 58 27 04", "06 13 58 27 04"),
        R("EMAIL", "e.yilmaz@regionoordveluwe.nl", "e.yilmaz@regionoordveluwe.nl"),
    ],
    keep=[
        K("ORG", "Bestuurlijk Overleg Jeugd"), K("ORG", "BO Jeugd"), K("CASE", "RNV-25-08841"),
        K("PROGRAMME", "Wachtlijstaanpak Noord-Veluwe 2025-2026"), K("TERM", "Treeknorm"), K("ORG", "IGJ"),
        K("ORG", "Klachtadviescommissie Sociaal Domein Noord-Veluwe"), K("ORG", "Regionaal Expertteam"),
        K("ORG", "Karakter"), K("ORG", "Pluryn"), K("ORG", "Youz"), K("ORG", "Entrea Lindenhout"), K("ORG", "Jeugdautoriteit"),
        K("PROGRAMME", "Hervormingsagenda Jeugd 2023-2028"), K("PLACE", "Ermelo"), K("PLACE", "Elburg"),
        K("FUNCTION", "regiomanager Jeugd"), K("FUNCTION", "beleidsadviseur Jeugd"), K("FUNCTION", "contractmanager Jeugd"),
        K("DATE", "10 juli 2025"), K("TERM", "egalisatiereserve"), K("GROUND", "5.1.2e"),
    ],
))

# ------------------------------------------------------------------ co19 persbericht (1 page)
DOCS.append(dict(
    stem="co19_persbericht", producer="rl", font="helv", size=10.5, title="Persbericht Wachtlijstaanpak",
    author="Communicatie Regio Noord-Veluwe",
    blocks=[
        ("logo", REGIO, "Persbericht | 11 juli 2025"),
        ("h1", "Zes gemeenten trekken samen op tegen wachtlijsten jeugdhulp"),
        ("p", "Harderwijk, 11 juli 2025 - De gemeenten Elburg, Ermelo, Harderwijk, Hattem, Nunspeet en Oldebroek "
              "investeren de komende twee jaar 2,8 miljoen euro in de Wachtlijstaanpak Noord-Veluwe 2025-2026. Dat "
              "besloot het Bestuurlijk Overleg Jeugd op 10 juli."),
        ("p", "\"Geen enkel kind mag maandenlang wachten zonder dat er iemand naar hem omkijkt,\" zegt wethouder Anouk "
              "van Rijswijk (Harderwijk), voorzitter van het BO Jeugd. \"Ouders krijgen een vaste contactpersoon en "
              "hulp tijdens het wachten. Maar het Rijk moet ook over de brug komen.\""),
        ("p", "Wethouder Marja Schotanus (Nunspeet) vult aan: \"We maken met Karakter, Pluryn, Youz en Entrea "
              "Lindenhout afspraken zodat kinderen in een crisis en kinderen met een beschermingsmaatregel altijd "
              "voorgaan.\" De regio werkt daarbij samen met Veilig Thuis Noord-Oost Gelderland, Jeugdbescherming "
              "Gelderland en de William Schrikker Stichting."),
        ("p", "Ouders met vragen kunnen terecht bij het lokale team van hun gemeente of bij het Regionaal Bureau Jeugd, "
              "via jeugd@regionoordveluwe.nl of 0341 742 700."),
        ("hr",),
        ("small", "Noot voor de redactie (niet voor publicatie): Voor meer informatie kunt u contact opnemen met "
                  "Roos Meijer, communicatieadviseur, 06 33 91 02 64, r.meijer@regionoordveluwe.nl, of met de "
                  "persdienst via pers@regionoordveluwe.nl."),
    ],
    redact=[
        R("PERSON", "Roos Meijer", "Roos Meijer"),
        R("PHONE", "06 33 91 02 64", "06 33 91 02 64"),
        R("EMAIL", "r.meijer@regionoordveluwe.nl", "r.meijer@regionoordveluwe.nl"),
    ],
    keep=[
        K("OFFICIAL", "wethouder Anouk van Rijswijk", "Anouk van Rijswijk"), K("OFFICIAL", "wethouder Marja Schotanus", "Marja Schotanus"),
        K("PLACE", "Elburg"), K("PLACE", "Ermelo"), K("PLACE", "Harderwijk"), K("PLACE", "Hattem"), K("PLACE", "Nunspeet"),
        K("PLACE", "Oldebroek"), K("PROGRAMME", "Wachtlijstaanpak Noord-Veluwe 2025-2026"), K("ORG", "Bestuurlijk Overleg Jeugd"),
        K("ORG", "Karakter"), K("ORG", "Pluryn"), K("ORG", "Youz"), K("ORG", "Veilig Thuis Noord-Oost Gelderland"),
        K("ORG", "Jeugdbescherming Gelderland"), K("ORG", "William Schrikker Stichting"), K("ORG", "Regionaal Bureau Jeugd"),
        K("EMAIL_FUNCTIONAL", "jeugd@regionoordveluwe.nl"), K("EMAIL_FUNCTIONAL", "pers@regionoordveluwe.nl"),
        K("PHONE_GENERAL", TEL, TEL), K("FUNCTION", "communicatieadviseur"), K("DATE", "11 juli 2025"),
    ],
))

# ------------------------------------------------------------------ co20 agenda BO Jeugd (1 page)
DOCS.append(dict(
    stem="co20_agenda_bo_jeugd", producer="rl", font="dejavu", size=10, title="Agenda BO Jeugd 10 juli 2025",
    author="Regio Noord-Veluwe", footer="Agenda BO Jeugd 10-07-2025",
    blocks=[
        ("logo", REGIO, "Bestuurlijk Overleg Jeugd"),
        ("h1", "Agenda Bestuurlijk Overleg Jeugd"),
        ("kv", [("Datum", "donderdag 10 juli 2025, 13.30 - 16.30 uur"),
                ("Locatie", "Gemeentehuis Ermelo, Raadhuisplein 1, Ermelo (raadzaal)"),
                ("Voorzitter", "wethouder A. van Rijswijk"),
                ("Secretaris / notulen", "A. Groeneveld (a.groeneveld@regionoordveluwe.nl)")], (38, 128)),
        ("table", [("Nr.", "Onderwerp", "Stuk", "Toelichting"),
                   ("1", "Opening, mededelingen, vaststellen agenda", "-", "voorzitter"),
                   ("2", "Verslag en actielijst BO Jeugd 15 mei 2025", "BO-25-031", "-"),
                   ("3", "Beslisnota Wachtlijstaanpak Noord-Veluwe 2025-2026", "RNV-25-08841", "M. van den Bosch / E. Yılmaz-Demir"),
                   ("4", "Indexatieverzoek Entrea Lindenhout (OVA 2025)", "BO-25-033", "T. Hoogendoorn"),
                   ("5", "Reactie aan de IGJ op het verzoek om informatie", "BO-25-034 (vertrouwelijk)", "M. van den Bosch"),
                   ("6", "Stand van zaken Hervormingsagenda Jeugd en Jeugdautoriteit", "mondeling", "wethouder J.W. Veldkamp"),
                   ("7", "Woo-verzoeken en klachten (ter informatie)", "BO-25-035", "P.J. ter Horst"),
                   ("8", "Rondvraag en sluiting", "-", "voorzitter")], (10, 75, 38, 50)),
        ("p", "Stukken voor dit overleg staan in de BO-omgeving op iBabs. Afmelden bij het secretariaat via "
              "secretariaat.jeugd@regionoordveluwe.nl. Parkeren kan op het Raadhuisplein; de raadzaal is bereikbaar "
              "via de ingang aan de Stationsstraat."),
    ],
    redact=[
        R("PERSON", "A. Groeneveld", "Groeneveld"),
        R("EMAIL", "a.groeneveld@regionoordveluwe.nl", "a.groeneveld@regionoordveluwe.nl"),
        R("PERSON", "M. van den Bosch", "van den Bosch"),
        R("PERSON", "E. Yılmaz-Demir", "Yılmaz-Demir"),
        R("PERSON", "T. Hoogendoorn", "Hoogendoorn"),
        R("PERSON", "P.J. ter Horst", "ter Horst"),
    ],
    keep=[
        K("OFFICIAL", "wethouder A. van Rijswijk", "van Rijswijk"), K("OFFICIAL", "wethouder J.W. Veldkamp", "Veldkamp"),
        K("ADDRESS_PUBLIC", "Raadhuisplein 1"), K("PLACE", "Ermelo"), K("CASE", "BO-25-031"), K("CASE", "RNV-25-08841"),
        K("CASE", "BO-25-034"), K("ORG", "Entrea Lindenhout"), K("ORG", "IGJ"), K("PROGRAMME", "Hervormingsagenda Jeugd"),
        K("ORG", "Jeugdautoriteit"), K("PRODUCT", "iBabs"), K("EMAIL_FUNCTIONAL", "secretariaat.jeugd@regionoordveluwe.nl"),
        K("DATE", "10 juli 2025"), K("TERM", "OVA 2025"), K("ORG", "Bestuurlijk Overleg Jeugd"),
    ],
))

# ------------------------------------------------------------------ co21 e-mail GI (1 page)
DOCS.append(dict(
    stem="co21_mail_gecertificeerde_instelling", producer="rl", font="libserif", size=10.5, title="Spoed: plaatsing kinderen Ouali",
    author="",
    blocks=[
        hdr("Mireille Tjon-A-Fat <m.tjonafat@jbgelderland.nl>", "maandag 14 juli 2025 08:51",
            "Fatima El Khatib <f.elkhatib@regionoordveluwe.nl>; Wachtlijst Jeugd <wachtlijst@regionoordveluwe.nl>",
            "Bart Lammers <b.lammers@jbgelderland.nl>; Regionaal Expertteam <ret@regionoordveluwe.nl>",
            "SPOED: plaatsing N. en Y. Ouali - ondertoezichtstelling"),
        ("p", "Goedemorgen Fatima,"),
        ("p", "De kinderrechter van de rechtbank Gelderland (locatie Zutphen) heeft op 8 juli 2025 een "
              "ondertoezichtstelling uitgesproken voor Noah (10) en Yara (6) Ouali, met een machtiging uithuisplaatsing "
              "voor Noah. Jeugdbescherming Gelderland is als gecertificeerde instelling belast met de uitvoering."),
        ("p", "Na de aanhouding van de heer Kroeze op 3 juli (hij heeft het contactverbod opnieuw overtreden en moeder "
              "bedreigd) is de situatie thuis voor Noah niet veilig genoeg. Moeder gaat akkoord met een tijdelijke "
              "plaatsing in een pleeggezin, liefst in de buurt van Vierhouten zodat Noah op De Wegwijzer kan blijven."),
        ("p", "Voor Noah is daarnaast traumabehandeling nodig (zijn PTSS-klachten zijn toegenomen). Hij staat sinds "
              "februari op de wachtlijst bij Karakter. Kunnen jullie via het Regionaal Expertteam voorrang regelen "
              "binnen het gedwongen kader, zoals afgesproken in het BO Jeugd?"),
        ("p", "Mijn collega Bart Lammers (gedragswetenschapper) is vandaag en morgen bereikbaar op 06 55 21 73 09; "
              "ik zelf op 06 24 90 38 16."),
        ("lines", ["Met vriendelijke groet,", "", "Mireille Tjon-A-Fat", "Jeugdbeschermer | Jeugdbescherming Gelderland",
                   "Team Noord-Veluwe | Postbus 6050, 6802 EA Arnhem | T 026 351 37 00",
                   "Bezoekadres: Van Oldenbarneveltstraat 59, Arnhem"]),
        ("small", "Jeugdbescherming Gelderland verwerkt persoonsgegevens volgens de AVG. Ontvangt u dit bericht ten "
                  "onrechte, verwijder het dan en informeer de afzender."),
    ],
    redact=[
        R("PERSON", "Mireille Tjon-A-Fat", "Mireille Tjon-A-Fat"),
        R("EMAIL", "m.tjonafat@jbgelderland.nl", "m.tjonafat@jbgelderland.nl"),
        R("PERSON", "Fatima El Khatib", "Fatima El Khatib", "Fatima"),
        R("EMAIL", "f.elkhatib@regionoordveluwe.nl", "f.elkhatib@regionoordveluwe.nl"),
        R("PERSON", "Bart Lammers", "Bart Lammers"),
        R("EMAIL", "b.lammers@jbgelderland.nl", "b.lammers@jbgelderland.nl"),
        R("PERSON", "Noah Ouali", "Noah"),
        R("PERSON", "Yara Ouali", "Yara"),
        R("PERSON", "N. en Y. Ouali", "Ouali"),
        R("PERSON", "de heer Kroeze", "Kroeze"),
        R("CRIMINAL", "aanhouding / contactverbod overtreden", "aanhouding", "contactverbod"),
        R("HEALTH", "PTSS-klachten", "PTSS-klachten"),
        R("PHONE", "06 55 21 73 09", "06 55 21 73 09"), R("PHONE", "06 24 90 38 16", "06 24 90 38 16"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "wachtlijst@regionoordveluwe.nl"), K("EMAIL_FUNCTIONAL", "ret@regionoordveluwe.nl"),
        K("ORG", "Jeugdbescherming Gelderland"), K("ORG", "rechtbank Gelderland"), K("PLACE", "Zutphen"),
        K("TERM", "ondertoezichtstelling"), K("TERM", "machtiging uithuisplaatsing"), K("ORG", "Karakter"),
        K("ORG", "Regionaal Expertteam"), K("ORG", "BO Jeugd"), K("PLACE", "Vierhouten"), K("PHONE_GENERAL", "026 351 37 00"),
        K("PLACE", "Arnhem"), K("STREET", "Van Oldenbarneveltstraat"), K("FUNCTION", "gedragswetenschapper"), K("FUNCTION", "Jeugdbeschermer"), K("LAW", "AVG"),
        K("TERM", "gecertificeerde instelling"), K("DATE", "8 juli 2025"),
    ],
))

# ------------------------------------------------------------------ co22 ingebrekestelling (scan)
DOCS.append(dict(
    stem="co22_ingebrekestelling_scan", producer="scan", font="helv", size=10.5, angle=0.4,
    blocks=[
        ("logo", REGIO, HEAD),
        ("lines", ["AANGETEKEND", "Zorgboerderij De Heidebloem B.V.", "t.a.v. de heer H.G. Lubbers, directeur",
                   "Elspeterweg 211", "8076 PA Vierhouten"]),
        ("kv", [("Datum", "21 juli 2025"), ("Kenmerk", "CM-2025-HB-07"), ("Behandeld door", "T. Hoogendoorn"),
                ("Telefoon", "06 28 55 01 47"), ("E-mail", "t.hoogendoorn@regionoordveluwe.nl"),
                ("Onderwerp", "Ingebrekestelling overeenkomst jeugdhulp 2024-2027")], (35, 125)),
        ("p", "Geachte heer Lubbers,"),
        ("p", "Op grond van de overeenkomst jeugdhulp 2024-2027 levert uw organisatie dagbesteding en logeeropvang aan "
              "jeugdigen uit de regio. In de gesprekken van 18 maart en 24 juni 2025 hebben wij vastgesteld dat u "
              "niet voldoet aan de eisen voor de Verklaring Omtrent het Gedrag van medewerkers en de verplichte "
              "aansluiting bij een klachtenregeling (artikel 4.2.1 Jeugdwet). U hebt toegezegd dit vóór 1 juli 2025 "
              "te herstellen. Dat is niet gebeurd."),
        ("p", "Wij stellen u hierbij in gebreke. Wij geven u tot 15 augustus 2025 om de tekortkomingen te herstellen. "
              "Doet u dat niet, dan ontbinden wij de overeenkomst en melden wij dit bij de Inspectie Gezondheidszorg "
              "en Jeugd."),
        ("p", "Hoogachtend,"),
        ("p", "namens het dagelijks bestuur van de Regio Noord-Veluwe,"),
        ("sig", 412),
        ("lines", ["T. Hoogendoorn, contractmanager Jeugd"]),
    ],
    redact=[
        R("PERSON", "H.G. Lubbers", "Lubbers"),
        # Elspeterweg 211 is the business address of the B.V.: not probed either way
        R("PERSON", "T. Hoogendoorn", "Hoogendoorn"),
        R("PHONE", "06 28 55 01 47", "06 28 55 01 47"),
        R("EMAIL", "t.hoogendoorn@regionoordveluwe.nl", "t.hoogendoorn@regionoordveluwe.nl"),
    ],
    keep=[],
))
