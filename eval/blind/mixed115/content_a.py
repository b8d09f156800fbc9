"""Set HG documents 01-11: the request, letters from clubs, mail, chat, sportraad, accident, roster."""
from lib import Doc, R, K, make_iban, make_bsn, A4, landscape

HDR = "Gemeente Hengelo\nPostbus 18, 7550 AA Hengelo  |  telefoon 14 074  |  www.hengelo.nl"
DOCS = []

# ------------------------------------------------------------------ hg01 Woo request (private requester)
DOCS.append(Doc("hg01_woo_verzoek_sportaccommodaties", [
    "l D.J. Vrielink\nEnschedesestraat 302\n7552 CT Hengelo\ndennis.vrielink@gmail.com\ntel. 06-1948 3306",
    ("sp", 8),
    "l Aan het college van burgemeester en wethouders van Hengelo\nt.a.v. de Woo-coördinator\nPostbus 18\n7550 AA Hengelo",
    ("sp", 6),
    "l Hengelo, 12 januari 2026",
    "l Onderwerp: verzoek op grond van de Wet open overheid (Woo) - zwembad De Tuinkamp en sportvelden",
    ("sp", 4),
    "p Geacht college,",
    "p Op grond van artikel 4.1 van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten "
    "over de periode 1 januari 2025 tot en met 31 december 2025 die betrekking hebben op:",
    "p 1. de renovatie van zwembad De Tuinkamp, waaronder de aanbesteding HGL-2025-017 en de beoordeling van de "
    "inschrijvingen;<br/>2. de toewijzing van veldcapaciteit op Sportpark Johan Cruijff en Sportpark Het Wilbert aan "
    "de voetbalverenigingen, in het bijzonder het geschil met VV Jan van Arkel;<br/>3. het ongeval in het "
    "instructiebad op 6 september 2025 en de afhandeling daarvan;<br/>4. de adviezen van de Sportraad Hengelo over "
    "deze onderwerpen.",
    "p Onder documenten versta ik ook e-mails, chatberichten (Microsoft Teams, WhatsApp), notulen, "
    "rapportages, facturen en interne notities. Ik ontvang de stukken bij voorkeur digitaal.",
    "p Mijn interesse komt voort uit mijn lidmaatschap van de zwemvereniging en de berichtgeving in Tubantia over "
    "de vertraging van de renovatie. Persoonsgegevens van medewerkers hoeft u wat mij betreft niet te verstrekken.",
    "p Met vriendelijke groet,",
    ("sig", "D. Vrielink"),
    "l Dennis Vrielink",
], [
    R("PERSON", "Dennis Vrielink", "Vrielink", "Dennis", "D.J. Vrielink"),
    R("ADDRESS", "Enschedesestraat 302, 7552 CT Hengelo", "Enschedesestraat 302", "7552 CT"),
    R("EMAIL", "dennis.vrielink@gmail.com"),
    R("PHONE", "06-1948 3306"),
], [
    K("LAW", "Wet open overheid", "Wet open overheid"), K("LAW", "Woo", "Woo"),
    K("FACILITY", "zwembad De Tuinkamp", "De Tuinkamp"),
    K("REF", "HGL-2025-017"), K("FACILITY", "Sportpark Johan Cruijff"), K("FACILITY", "Sportpark Het Wilbert"),
    K("ORG", "VV Jan van Arkel"), K("ORG", "Sportraad Hengelo"), K("PRODUCT", "Microsoft Teams"),
    K("PRODUCT", "WhatsApp"), K("ORG", "Tubantia"), K("DATE", "12 januari 2026"), K("PLACE", "Hengelo"),
    K("ADDR", "Postbus 18"), K("LAW", "artikel 4.1"),
], font="Times-Roman", size=11, creator="Microsoft Word", producer="Microsoft: Print To PDF"))

# ------------------------------------------------------------------ hg02 acknowledgement letter
DOCS.append(Doc("hg02_ontvangstbevestiging_woo", [
    ("sp", 10),
    "l De heer D.J. Vrielink\nEnschedesestraat 302\n7552 CT Hengelo",
    ("sp", 8),
    ("t", [["Datum", "Ons kenmerk", "Behandeld door", "Telefoon"],
           ["19 januari 2026", "WOO-2026-0012 / Z-2026-00318", "W. ten Dam", "074 245 8730"]],
     [32, 52, 40, 40], {"grid": False, "bg": "#ffffff"}),
    "l Onderwerp: ontvangstbevestiging Woo-verzoek sportaccommodaties",
    ("sp", 4),
    "p Geachte heer Vrielink,",
    "p Op 12 januari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over "
    "de renovatie van zwembad De Tuinkamp, de veldtoewijzing op Sportpark Johan Cruijff en Sportpark Het Wilbert, "
    "het ongeval van 6 september 2025 en de adviezen van de Sportraad Hengelo.",
    "p Wij beslissen binnen vier weken na ontvangst (artikel 4.4 Woo). Deze termijn kunnen wij met twee weken "
    "verdagen. Omdat de documenten ook gegevens van derden bevatten, zoals sportverenigingen en de aannemers die "
    "hebben ingeschreven, krijgen deze partijen de gelegenheid hun zienswijze te geven (artikel 4.4 lid 2 Woo).",
    "p Heeft u vragen? Neem dan contact op met de heer W. ten Dam, bereikbaar via 074 245 8730 of "
    "w.tendam@hengelo.nl. U kunt ook mailen naar woo@hengelo.nl onder vermelding van ons kenmerk.",
    "p Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders van Hengelo,",
    ("sig", "A. Snijders"),
    "l A. Snijders\nteamleider Sport en Bewegen",
], [
    R("PERSON", "Dennis Vrielink", "Vrielink", "D.J. Vrielink"),
    R("ADDRESS", "Enschedesestraat 302, 7552 CT Hengelo", "Enschedesestraat 302", "7552 CT"),
    R("PERSON", "Wouter ten Dam", "W. ten Dam", "ten Dam"),
    R("PHONE", "074 245 8730"), R("EMAIL", "w.tendam@hengelo.nl"),
    R("PERSON", "Annelies Snijders", "A. Snijders", "Snijders"),
], [
    K("REF", "WOO-2026-0012"), K("REF", "Z-2026-00318"), K("EMAIL_FUNC", "woo@hengelo.nl"),
    K("LAW", "Wet open overheid"), K("LAW", "artikel 4.4"), K("FACILITY", "De Tuinkamp"),
    K("FACILITY", "Sportpark Johan Cruijff"), K("FACILITY", "Sportpark Het Wilbert"),
    K("ORG", "Sportraad Hengelo"), K("PHONE_GEN", "14 074"), K("TITLE", "teamleider Sport en Bewegen"),
    K("DATE", "19 januari 2026"), K("ORG", "college van burgemeester en wethouders van Hengelo"),
], header=HDR, font="LiberationSans", size=10, creator="Corsa 7.1", producer="Aspose.PDF for .NET 23.4"))

# ------------------------------------------------------------------ hg03 letter chairperson VV Jan van Arkel
DOCS.append(Doc("hg03_brief_vv_jan_van_arkel_veldtoewijzing", [
    "c <b>VV JAN VAN ARKEL</b><br/>opgericht 1931 - Sportpark Johan Cruijff - Hengelo",
    "s Secretariaat: R. Assink, Oelerweg 17a, 7558 PK Hengelo - secretariaat@vvjanvanarkel.nl - KvK 40074418",
    ("sp", 6),
    "l Gemeente Hengelo\nafdeling Sport en Bewegen\nt.a.v. mevrouw S. Wessels-ter Horst\nPostbus 18\n7550 AA Hengelo",
    ("sp", 5),
    "l Hengelo, 3 maart 2025\nBetreft: toewijzing veldcapaciteit seizoen 2025-2026",
    ("sp", 3),
    "p Geachte mevrouw Wessels-ter Horst,",
    "p Met grote verbazing hebben wij kennisgenomen van het concept-veldtoewijzingsplan 2025-2026. VV Jan van Arkel "
    "verliest daarin veld 3 (kunstgras) op dinsdag- en donderdagavond ten gunste van SV Tuindorp '56. Wij hebben "
    "31 jeugdteams en kunnen met twee avonden minder niet alle teams laten trainen volgens de normen van de KNVB.",
    "p Tijdens het overleg van 11 februari heeft uw collega, de heer Nijenhuis, toegezegd dat de bezettingscijfers "
    "van beide verenigingen opnieuw zouden worden geteld. Dat is, voor zover wij weten, niet gebeurd. Onze "
    "jeugdcoördinator, Jonny Klein Gebbink, heeft de ledenlijsten op 14 februari aangeleverd.",
    "p Wij verzoeken u het plan aan te houden tot na een gesprek met wethouder Rouwhorst. Mocht de gemeente "
    "vasthouden aan het concept, dan overwegen wij juridische stappen en zullen wij de kwestie voorleggen aan "
    "de Sportraad Hengelo.",
    "p Voor een afspraak kunt u mij bereiken op 06-2284 1907 of via hj.bosch@ziggo.nl.",
    "p Met sportieve groet,<br/>namens het bestuur van VV Jan van Arkel,",
    ("sig", "H.J. Bosch"),
    "l H.J. (Henk-Jan) Bosch, voorzitter\nR. Assink, secretaris",
    ("sp", 3),
    "s Kopie: KNVB district Oost; bestuur SV Tuindorp '56 (dhr. M. Demir)",
], [
    R("PERSON", "Henk-Jan Bosch", "Bosch", "Henk-Jan", "H.J."),
    R("PERSON", "Rob Assink", "Assink", "R. Assink"),
    R("ADDRESS", "Oelerweg 17a, 7558 PK Hengelo", "Oelerweg 17a", "7558 PK"),
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst"),
    R("PERSON", "Bart Nijenhuis", "Nijenhuis"),
    R("PERSON", "Jonny Klein Gebbink", "Klein Gebbink", "Jonny"),
    R("PHONE", "06-2284 1907"), R("EMAIL", "hj.bosch@ziggo.nl"),
    R("PERSON", "Mehmet Demir", "M. Demir", "Demir"),
], [
    K("ORG", "VV Jan van Arkel"), K("FACILITY", "Sportpark Johan Cruijff"), K("ORG", "SV Tuindorp '56", "Tuindorp '56"),
    K("ORG", "KNVB"), K("ORG", "KNVB district Oost"), K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"),
    K("ORG", "Sportraad Hengelo"), K("EMAIL_FUNC", "secretariaat@vvjanvanarkel.nl"),
    K("REF", "KvK 40074418", "40074418"), K("DATE", "3 maart 2025"), K("ORG", "afdeling Sport en Bewegen"),
    K("PERIOD", "2025-2026"),
], font="Times-Roman", size=11, creator="Writer", producer="LibreOffice 7.3"))

# ------------------------------------------------------------------ hg04 e-mail thread field allocation (2 pages)
T4 = [
    "m Van:        Ramdin, Priya <p.ramdin@hengelo.nl>\n"
    "Verzonden:  dinsdag 18 maart 2025 16:42\n"
    "Aan:        Wessels-ter Horst, Sanne <sanne.wesselsterhorst@hengelo.nl>\n"
    "CC:         Nijenhuis, Bart <b.nijenhuis@hengelo.nl>; Snijders, Annelies <a.snijders@hengelo.nl>;\n"
    "            Sportaccommodaties <sportaccommodaties@hengelo.nl>\n"
    "Onderwerp:  RE: bezettingscijfers Sportpark Johan Cruijff - tellingen JvA / Tuindorp",
    ("sp", 3),
    "p Hoi Sanne,",
    "p De hertelling is klaar. VV Jan van Arkel heeft volgens de KNVB-ledenadministratie (peildatum 1 maart) 29 "
    "jeugdteams, niet 31; SV Tuindorp '56 heeft er 24 en groeit hard in de meidenteams. Met de normen uit de "
    "Sportnota (1 veldeenheid per 2 teams per trainingsavond) komt JvA op 7,25 veldeenheden en Tuindorp op 6. "
    "Veld 3 op dinsdag naar Tuindorp is dus te verdedigen, donderdag eigenlijk niet.",
    "p Voorstel: donderdag blijft bij JvA, dinsdag gaat naar Tuindorp, en we bieden JvA de kleine velden op "
    "Sportpark Het Wilbert aan voor de O9 en O10. Bart heeft dat informeel al met Jonny besproken.",
    "p Groet,<br/>Priya<br/>---<br/>Priya Ramdin | planner sportaccommodaties | Gemeente Hengelo<br/>"
    "T 074 245 8691 | M 06 3810 2275 | werkdagen ma-di-do",
    ("sp", 4),
    "m -----Oorspronkelijk bericht-----\n"
    "Van: Wessels-ter Horst, Sanne\n"
    "Verzonden: maandag 17 maart 2025 09:15\n"
    "Aan: Ramdin, Priya\n"
    "CC: Nijenhuis, Bart\n"
    "Onderwerp: bezettingscijfers Sportpark Johan Cruijff - tellingen JvA / Tuindorp",
    ("sp", 3),
    "p Priya, kun jij de tellingen van beide clubs naast de KNVB-cijfers leggen? Henk-Jan Bosch dreigt met een "
    "advocaat en de wethouder wil voor het portefeuillehoudersoverleg van 25 maart weten waar we staan. "
    "Mevrouw Veldhuis van de zwemclub belde trouwens ook al over de badwatertijden, dat pak ik zelf op.",
    "p Dank! Sanne",
    "s Sanne Wessels-ter Horst | beleidsadviseur sport | 074 245 8812 | 06-4173 2290",
    "---",
    "m Van:        Nijenhuis, Bart\n"
    "Verzonden:  dinsdag 18 maart 2025 17:05\n"
    "Aan:        Ramdin, Priya; Wessels-ter Horst, Sanne\n"
    "Onderwerp:  RE: bezettingscijfers Sportpark Johan Cruijff",
    ("sp", 3),
    "p Klopt, ik heb Jonny (Klein Gebbink, jeugdcoördinator JvA) vrijdag gesproken. Hij vindt Het Wilbert prima "
    "voor de O9, maar het bestuur zal moeilijk doen. Rob Assink (secretaris) had het over 'kaalslag'. Ik stel voor "
    "dat Annelies of de wethouder het gesprek voert, niet wij.",
    "p Ik ben donderdag niet bereikbaar (cursus), daarna weer via 06-5127 8840.",
    "p Bart",
    ("sp", 4),
    "m Van:        Snijders, Annelies\n"
    "Verzonden:  woensdag 19 maart 2025 08:31\n"
    "Aan:        Nijenhuis, Bart; Ramdin, Priya; Wessels-ter Horst, Sanne\n"
    "CC:         Secretariaat wethouder Rouwhorst <secretariaat.rouwhorst@hengelo.nl>\n"
    "Onderwerp:  RE: bezettingscijfers Sportpark Johan Cruijff",
    ("sp", 3),
    "p Akkoord met het voorstel van Priya. Ik zet een gesprek met het bestuur van JvA in de agenda van wethouder "
    "Rouwhorst (week 14). Sanne, wil jij een notitie van max. 2 A4 maken met de cijfers en de normen uit de "
    "Sportnota 2023-2027? Graag ook een zin over de Wet gelijke behandeling, want Tuindorp heeft veel meidenteams.",
    "p Annelies",
]
DOCS.append(Doc("hg04_mailwisseling_veldtoewijzing", T4, [
    R("PERSON", "Priya Ramdin", "Ramdin", "Priya"), R("EMAIL", "p.ramdin@hengelo.nl"),
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "Sanne"),
    R("EMAIL", "sanne.wesselsterhorst@hengelo.nl"),
    R("PERSON", "Bart Nijenhuis", "Nijenhuis", "Bart"), R("EMAIL", "b.nijenhuis@hengelo.nl"),
    R("PERSON", "Annelies Snijders", "Snijders", "Annelies"), R("EMAIL", "a.snijders@hengelo.nl"),
    R("PHONE", "074 245 8691"), R("PHONE", "06 3810 2275"), R("PHONE", "074 245 8812"),
    R("PHONE", "06-4173 2290"), R("PHONE", "06-5127 8840"),
    R("PERSON", "Jonny Klein Gebbink", "Jonny", "Klein Gebbink"),
    R("PERSON", "Henk-Jan Bosch", "Henk-Jan Bosch", "Bosch"),
    R("PERSON", "Carla Veldhuis-ter Braak", "Veldhuis"),
    R("PERSON", "Rob Assink", "Assink"),
], [
    K("EMAIL_FUNC", "sportaccommodaties@hengelo.nl"), K("EMAIL_FUNC", "secretariaat.rouwhorst@hengelo.nl"),
    K("FACILITY", "Sportpark Johan Cruijff"), K("FACILITY", "Het Wilbert"), K("ORG", "VV Jan van Arkel"),
    K("ORG", "SV Tuindorp '56"), K("ORG", "KNVB", "KNVB"), K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"),
    K("POLICY", "Sportnota", "Sportnota"), K("LAW", "Wet gelijke behandeling"),
    K("TITLE", "planner sportaccommodaties"), K("TITLE", "beleidsadviseur sport"), K("ORG", "Gemeente Hengelo"),
    K("ABBR", "JvA", "JvA"),
], font="Carlito", size=10, title="RE: bezettingscijfers Sportpark Johan Cruijff", creator="Microsoft Outlook",
    producer="Microsoft: Print To PDF"))
