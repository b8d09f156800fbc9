"""Set WM, documents wm01-wm17."""
from lib import Doc, k, r

MOT = ["H:Informatie die niet openbaar gemaakt kan worden",
       "B:Motivering",
       "In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van ambtenaren en derden "
       "geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo)."]

DOCS = []

# wm01 Woo request (e-mail of private person)
DOCS.append(Doc("wm01", [
    "Van: Remco Visschedijk <remco.visschedijk@ziggo.nl>",
    "Verzonden: dinsdag 2 juni 2026 21:14",
    "Aan: woo@zutphen.nl",
    "Onderwerp: Woo-verzoek weekmarkt Groenmarkt / Houtmarkt",
    "",
    "Geacht college van burgemeester en wethouders van de gemeente Zutphen,",
    "",
    "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de "
    "weekmarkt in de binnenstad van Zutphen vanaf 1 januari 2026, in het bijzonder:",
    "1. de wachtlijst voor standplaatsen en de toewijzing van vaste standplaatsen op de Groenmarkt;",
    "2. de incidentrapporten van de marktmeester;",
    "3. de stukken van de marktcommissie over het geschil over de standplaats van de vishandel (kraam 14);",
    "4. het besluit van de burgemeester om de markt op Hemelvaartsdag 14 mei 2026 te sluiten;",
    "5. de facturen en tarieven van het marktgeld (Marktgeldverordening 2026).",
    "",
    "Ik sta zelf sinds 2023 op de wachtlijst en wil begrijpen hoe de volgorde tot stand komt.",
    "",
    "Met vriendelijke groet,",
    "R.P. Visschedijk",
    "Weg naar Laren 118",
    "7203 HL Zutphen",
    "06 - 19 44 72 08",
], [
    r("PERSON", "Remco Visschedijk", "Remco Visschedijk", "R.P. Visschedijk"),
    r("EMAIL", "remco.visschedijk@ziggo.nl"),
    r("ADDRESS", "Weg naar Laren 118, 7203 HL", "Weg naar Laren 118", "7203 HL"),
    r("PHONE", "06 - 19 44 72 08"),
], [
    k("EMAIL", "woo@zutphen.nl"), k("ORG", "gemeente Zutphen"), k("LAW", "Wet open overheid"),
    k("LAW", "Woo"), k("PLACE", "Groenmarkt"), k("PLACE", "Houtmarkt"), k("PLACE", "Zutphen"),
    k("DATE", "14 mei 2026"), k("LAW", "Marktgeldverordening 2026"), k("TERM", "Hemelvaartsdag"),
    k("TERM", "kraam 14"), k("TERM", "wachtlijst"), k("TERM", "marktcommissie"),
], producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

# wm02 acknowledgement letter
DOCS.append(Doc("wm02", [
    "H:Gemeente Zutphen",
    "Postbus 15, 7200 AA Zutphen | 's-Gravenhof 2 | telefoon 14 0575 | www.zutphen.nl",
    "",
    "De heer R.P. Visschedijk",
    "Weg naar Laren 118",
    "7203 HL  Zutphen",
    "",
    "Datum: 4 juni 2026",
    "Ons kenmerk: WOO-2026-0417 / Z/26/118472",
    "Behandeld door: mr. K. Dijkhuizen, telefoon 0575 - 847 902",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte heer Visschedijk,",
    "",
    "Op 2 juni 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over de weekmarkt. "
    "Uw verzoek is geregistreerd onder nummer WOO-2026-0417. Wij beslissen binnen vier weken na ontvangst; "
    "deze termijn kunnen wij met twee weken verdagen (artikel 4.4 Woo).",
    "",
    "Bij de beoordeling worden derden die in de documenten voorkomen, zoals standhouders en de Centrale "
    "Vereniging voor Ambulante Handel (CVAH), mogelijk om een zienswijze gevraagd.",
    "",
    "Heeft u vragen, dan kunt u contact opnemen via woo@zutphen.nl of het algemene nummer 14 0575.",
    "",
    "Hoogachtend,",
    "namens dezen,",
    "",
    "mr. Koen Dijkhuizen",
    "juridisch adviseur Woo, team Juridische Zaken",
], [
    r("PERSON", "R.P. Visschedijk", "R.P. Visschedijk", "Visschedijk"),
    r("ADDRESS", "Weg naar Laren 118, 7203 HL", "Weg naar Laren 118", "7203 HL"),
    r("PERSON", "Koen Dijkhuizen", "K. Dijkhuizen", "Koen Dijkhuizen"),
    r("PHONE", "0575 - 847 902"),
], [
    k("ORG", "Gemeente Zutphen"), k("ADDRESS", "'s-Gravenhof 2"), k("PHONE", "14 0575"),
    k("ADDRESS", "Postbus 15, 7200 AA Zutphen"), k("URL", "www.zutphen.nl"), k("CASE", "WOO-2026-0417"),
    k("CASE", "Z/26/118472"), k("LAW", "Wet open overheid"), k("LAW", "artikel 4.4 Woo"),
    k("ORG", "Centrale Vereniging voor Ambulante Handel"), k("ORG", "CVAH"), k("EMAIL", "woo@zutphen.nl"),
    k("ROLE", "juridisch adviseur Woo"), k("ORG", "team Juridische Zaken"), k("DATE", "4 juni 2026"),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# wm03 waiting list (table), dejavu font, diacritics
DOCS.append(Doc("wm03", [
    "H:Wachtlijst vaste standplaatsen weekmarkt Zutphen - peildatum 1 maart 2026",
    "Beheer: team Markten & Evenementen | markten@zutphen.nl | Marktverordening Zutphen 2019, artikel 6",
    "",
    "B:Nr | Naam aanvrager | Branche | KvK | Adres | Telefoon | Inschrijfdatum",
    "1 | Nguyễn Thị Lan | Aziatische snacks | 81234907 | Rijkenhage 31, 7201 MB Zutphen | 06-28193340 | 14-02-2022",
    "2 | Ahmed Bouzidi | textiel | 76611820 | Vispoortplein 4A, 7201 LL Zutphen | 0575 513 288 | 03-05-2022",
    "3 | Rosalie d'Ancona | olijven en tapenades | 85501276 | Zaadmarkt 9, 7201 DB Zutphen | 06 44 18 27 90 | 19-09-2022",
    "4 | Remco Visschedijk | houten speelgoed | 88012463 | Weg naar Laren 118, 7203 HL Zutphen | 06 - 19 44 72 08 | 11-01-2023",
    "5 | W.G. Kamphuis-ter Steege | eieren en zuivel | 70029914 | Oude Borculoseweg 7, 7251 NK Vorden | +31 (0)6 5120 8874 | 02-06-2023",
    "6 | Jeroen ten Brinke | koffie en thee | 89937145 | Coehoornsingel 60, 7201 AE Zutphen | 06-31 02 99 51 | 28-08-2024",
    "7 | Zoë Mulder-Ólafsdóttir | sieraden | 91200318 | Deventerweg 245, 7203 AN Zutphen | 0031 6 4127 6650 | 07-01-2025",
    "",
    "Toelichting: de volgorde is die van inschrijving (artikel 6, derde lid, Marktverordening Zutphen 2019). "
    "Branchering volgens het Brancheplan Weekmarkt 2024. Inschrijvingen lopen via het formulier op www.zutphen.nl "
    "of via het Klant Contact Centrum, telefoon 14 0575.",
    "Opgesteld door: F. el Amrani, adjunct-marktmeester (paraaf FeA).",
], [
    r("PERSON", "Nguyễn Thị Lan", "Nguyễn Thị Lan"), r("ADDRESS", "Rijkenhage 31", "Rijkenhage 31"),
    r("PHONE", "06-28193340"), r("KVK", "81234907"),
    r("PERSON", "Ahmed Bouzidi"), r("ADDRESS", "Vispoortplein 4A"), r("PHONE", "0575 513 288"), r("KVK", "76611820"),
    r("PERSON", "Rosalie d'Ancona", "Rosalie d'Ancona"), r("ADDRESS", "Zaadmarkt 9"), r("PHONE", "06 44 18 27 90"),
    r("KVK", "85501276"),
    r("PERSON", "Remco Visschedijk"), r("ADDRESS", "Weg naar Laren 118"), r("PHONE", "06 - 19 44 72 08"),
    r("KVK", "88012463"),
    r("PERSON", "W.G. Kamphuis-ter Steege", "W.G. Kamphuis-ter Steege"), r("ADDRESS", "Oude Borculoseweg 7"),
    r("PHONE", "+31 (0)6 5120 8874"), r("KVK", "70029914"),
    r("PERSON", "Jeroen ten Brinke"), r("ADDRESS", "Coehoornsingel 60"), r("PHONE", "06-31 02 99 51"),
    r("KVK", "89937145"),
    r("PERSON", "Zoë Mulder-Ólafsdóttir", "Zoë Mulder-Ólafsdóttir"), r("ADDRESS", "Deventerweg 245"),
    r("PHONE", "0031 6 4127 6650"), r("KVK", "91200318"),
    r("PERSON", "F. el Amrani", "F. el Amrani"), r("PARAPH", "FeA"),
], [
    k("ORG", "team Markten & Evenementen"), k("EMAIL", "markten@zutphen.nl"),
    k("LAW", "Marktverordening Zutphen 2019"), k("TERM", "Aziatische snacks"), k("TERM", "textiel"),
    k("TERM", "olijven en tapenades"), k("TERM", "houten speelgoed"), k("TERM", "eieren en zuivel"),
    k("TERM", "koffie en thee"), k("TERM", "sieraden"), k("DOC", "Brancheplan Weekmarkt 2024"),
    k("ORG", "Klant Contact Centrum"), k("PHONE", "14 0575"), k("ROLE", "adjunct-marktmeester"),
    k("DATE", "1 maart 2026"), k("PLACE", "Vorden"),
], mode="dejavu", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# wm04 permit (standplaatsvergunning) letter to fishmonger
DOCS.append(Doc("wm04", [
    "H:Standplaatsvergunning weekmarkt",
    "Gemeente Zutphen - de burgemeester",
    "",
    "Aan: Vishandel De Zwaluw, t.a.v. de heer D.J. van der Zwaluw",
    "Marspoortstraat 41",
    "7201 JB  Zutphen",
    "",
    "Zaaknummer: Z/26/100233 | Datum: 12 januari 2026",
    "",
    "Geachte heer Van der Zwaluw,",
    "",
    "Op grond van artikel 4 van de Marktverordening Zutphen 2019 verleen ik u een vaste standplaats op de "
    "donderdagmarkt en de zaterdagmarkt, plaats 14 (12 meter frontbreedte), op de Groenmarkt, tussen de "
    "Wijnhuistoren en het Broederenkerkplein.",
    "",
    "Gegevens vergunninghouder:",
    "Naam: Dirk-Jan van der Zwaluw, geboren 23-07-1971",
    "Handelsnaam: Vishandel De Zwaluw (eenmanszaak), KvK 64120983",
    "Vervanger op de markt: mevrouw Ingrid van der Zwaluw-Pelgrim",
    "Kenteken verkoopwagen: VK-218-B",
    "",
    "Voorschriften: de standplaats is persoonsgebonden; u neemt zelf deel aan de markt of laat u vervangen door "
    "de hierboven genoemde vervanger. Het marktgeld wordt per kwartaal gefactureerd volgens de "
    "Marktgeldverordening 2026. Aanwijzingen van de marktmeester worden direct opgevolgd.",
    "",
    "Bezwaar: binnen zes weken bij de burgemeester van Zutphen, Postbus 15, 7200 AA Zutphen (Algemene wet bestuursrecht).",
    "",
    "De burgemeester van Zutphen,",
    "namens deze,",
    "",
    "G.J. Kloosterboer",
    "marktmeester",
], [
    r("PERSON", "Dirk-Jan van der Zwaluw", "D.J. van der Zwaluw", "Van der Zwaluw", "Dirk-Jan van der Zwaluw"),
    r("ADDRESS", "Marspoortstraat 41, 7201 JB", "Marspoortstraat 41", "7201 JB"),
    r("DOB", "23-07-1971"), r("KVK", "64120983"),
    r("PERSON", "Ingrid van der Zwaluw-Pelgrim", "Ingrid van der Zwaluw-Pelgrim"),
    r("PLATE", "VK-218-B"),
    r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"),
], [
    k("ORG", "Vishandel De Zwaluw"), k("CASE", "Z/26/100233"), k("LAW", "Marktverordening Zutphen 2019"),
    k("PLACE", "Groenmarkt"), k("PLACE", "Wijnhuistoren"), k("PLACE", "Broederenkerkplein"),
    k("LAW", "Marktgeldverordening 2026"), k("LAW", "Algemene wet bestuursrecht"),
    k("ADDRESS", "Postbus 15, 7200 AA Zutphen"), k("ROLE", "marktmeester"), k("TERM", "eenmanszaak"),
    k("TERM", "zaterdagmarkt"), k("TERM", "plaats 14"),
], producer="Aspose.Words for .NET 23.4.0", creator="Zaaksysteem Zutphen"))

# wm05 permit via docx (LibreOffice) - bloemen, author hidden
DOCS.append(Doc("wm05", [
    "H:Besluit vaste standplaats bloemen en planten",
    "Zaaknummer Z/26/100871 - datum 9 februari 2026",
    "Aan: Bloemenhandel Oonk, de heer P.H. Oonk, Hoven 12, 7203 BJ Zutphen",
    "Geachte heer Oonk,",
    "Naar aanleiding van uw aanvraag van 20 januari 2026 wijs ik u standplaats 22 toe op de Houtmarkt, "
    "hoek Lange Hofstraat, voor de zaterdagmarkt. Uw eerdere standplaats 8 vervalt per 1 maart 2026.",
    "Uw KvK-nummer 52098817 en uw IBAN NL31 INGB 0008 4421 76 zijn geregistreerd voor de automatische incasso "
    "van het marktgeld.",
    "De standplaats komt vrij doordat mevrouw Lieke Wassink (bakkerij Wassink) haar vergunning heeft "
    "ingeleverd om gezondheidsredenen.",
    "Dit besluit is genomen namens de burgemeester op grond van de Marktverordening Zutphen 2019.",
    "Met vriendelijke groet,",
    "namens de burgemeester van Zutphen,",
    "Annelies Verbeek-Schotanus",
    "beleidsadviseur markten, team Markten & Evenementen",
    "T 0575 - 84 71 23 | a.verbeek@zutphen.nl",
], [
    r("PERSON", "P.H. Oonk", "P.H. Oonk", "Oonk"),
    r("ADDRESS", "Hoven 12, 7203 BJ", "Hoven 12", "7203 BJ"),
    r("KVK", "52098817"), r("IBAN", "NL31 INGB 0008 4421 76"),
    r("PERSON", "Lieke Wassink", "Lieke Wassink"),
    r("HEALTH", "om gezondheidsredenen"),
    r("PERSON", "Annelies Verbeek-Schotanus"), r("PHONE", "0575 - 84 71 23"), r("EMAIL", "a.verbeek@zutphen.nl"),
    r("PERSON", "Marloes ten Hove (author)", "Marloes ten Hove", channel="metadata"),
], [
    k("CASE", "Z/26/100871"), k("PLACE", "Houtmarkt"), k("PLACE", "Lange Hofstraat"), k("TERM", "standplaats 22"),
    k("TERM", "standplaats 8"), k("LAW", "Marktverordening Zutphen 2019"), k("ROLE", "beleidsadviseur markten"),
    k("ORG", "team Markten & Evenementen"), k("TERM", "marktgeld"), k("DATE", "9 februari 2026"),
], mode="docx", author="Marloes ten Hove", title="Besluit standplaats"))

# wm06 incident report marktmeester (helv), 2 pages
DOCS.append(Doc("wm06", [
    "H:Incidentrapport marktmeester - weekmarkt donderdag 19 maart 2026",
    "Rapportnummer: IR-2026-011 | Locatie: Groenmarkt, kraam 14 en 15 | Opgemaakt door: G.J. Kloosterboer (GJK)",
    "",
    "B:Aanleiding",
    "Om 08.05 uur ontstond een woordenwisseling tussen de heer Van der Zwaluw (Vishandel De Zwaluw) en de heer "
    "Mehmet Yıldırım (Yıldırım Groente & Fruit) over de opstelling van de koelwagen, die volgens de heer Yıldırım "
    "ruim een meter in zijn plaats stond. De heer Yıldırım duwde de heer Van der Zwaluw weg; de heer Van der Zwaluw "
    "viel tegen de luifel.",
    "",
    "B:Optreden",
    "Ik heb beide partijen gescheiden en BOA R. van 't Hul gevraagd te assisteren. Wijkagent S. Pothof van de "
    "politie eenheid Oost-Nederland kwam om 08.25 uur ter plaatse (registratienummer PL0600-2026081144). "
    "De heer Van der Zwaluw had een schaafwond aan de onderarm en werd door EHBO'er mevrouw "
    "J. Brinkhorst-Meijer (kaashandel) verbonden.",
    "",
    "B:Getuigen",
    "- mevrouw Sevda Korkmaz, stoffenkraam, bereikbaar via 06-18 27 44 03",
    "- de heer Teun Hegeman, bezoeker, Berkelsingel 5, Zutphen",
    "",
    "PAGE",
    "B:Maatregel",
    "Beide standhouders hebben een schriftelijke waarschuwing gekregen op grond van artikel 15 Marktverordening "
    "Zutphen 2019. De opstelling van kraam 14 wordt in de marktcommissie besproken. De plattegrond "
    "\"Indeling Groenmarkt 2026\" wordt aangepast.",
    "",
    "B:Afhandeling",
    "Rapport verzonden aan teamleider M. ten Hove en aan beleidsadviseur A. Verbeek-Schotanus. Kopie aan "
    "markten@zutphen.nl voor het dossier.",
    "",
    "Zutphen, 19 maart 2026",
    "G.J. Kloosterboer, marktmeester, 06-41827730",
], [
    r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"), r("PARAPH", "GJK"),
    r("PERSON", "Van der Zwaluw", "Van der Zwaluw"),
    r("PERSON", "Mehmet Yıldırım", "Mehmet Yıldırım", "Yıldırım"),
    r("PERSON", "R. van 't Hul", "R. van 't Hul"), r("PERSON", "S. Pothof", "S. Pothof"),
    r("CASE", "PL0600-2026081144"),
    r("HEALTH", "schaafwond aan de onderarm"),
    r("PERSON", "J. Brinkhorst-Meijer", "J. Brinkhorst-Meijer"),
    r("PERSON", "Sevda Korkmaz"), r("PHONE", "06-18 27 44 03"),
    r("PERSON", "Teun Hegeman"), r("ADDRESS", "Berkelsingel 5"),
    r("PERSON", "M. ten Hove", "M. ten Hove"), r("PERSON", "A. Verbeek-Schotanus", "A. Verbeek-Schotanus"),
    r("PHONE", "06-41827730"),
], [
    k("CASE", "IR-2026-011"), k("PLACE", "Groenmarkt"), k("ORG", "Vishandel De Zwaluw"),
    k("ORG", "Groente & Fruit"), k("ROLE", "BOA"), k("ROLE", "Wijkagent"),
    k("ORG", "politie eenheid Oost-Nederland"), k("LAW", "Marktverordening Zutphen 2019"),
    k("DOC", "Indeling Groenmarkt 2026"), k("ROLE", "marktmeester"), k("ROLE", "teamleider"),
    k("EMAIL", "markten@zutphen.nl"), k("TERM", "marktcommissie"), k("TERM", "kraam 14"),
    k("TERM", "EHBO'er"),
], mode="dejavu", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Squit Mobiel Toezicht"))

# wm07 incident report 2 (dejavu): shoplifting & lost child
DOCS.append(Doc("wm07", [
    "H:Incidentrapport IR-2026-017 - zaterdagmarkt 11 april 2026",
    "Marktmeester: F. el Amrani (adjunct) | dienstnummer 40218 | mobiel 06 2873 5514",
    "",
    "1. Winkeldiefstal bij kraam 31 (sieraden). Een vrouw, later geïdentificeerd als Chantal Hofstede-Baan "
    "(geboren 14-03-1981), nam twee armbanden mee zonder te betalen. Standhoudster Zoë Mulder-Ólafsdóttir deed "
    "aangifte. Politie Zutphen nam het proces-verbaal op.",
    "2. Vermist kind. Om 11.40 uur meldde een moeder dat haar zoon Daan (6 jaar) kwijt was. Het kind werd om "
    "11.52 uur gevonden bij de Drogenapstoren en herenigd met zijn moeder, mevrouw Petra Schuurman.",
    "3. Geluidsoverlast. De muziekinstallatie van de oliebollenkraam \"Het Zoete Hof\" (eigenaar Henk-Willem "
    "Bosch) stond te hard; na aanspreken is het volume verlaagd.",
    "4. Val van bezoeker. Een oudere bezoeker, de heer A. Rikkers, struikelde over een losliggende "
    "kabelgoot bij de Houtmarkt. Hij liep vermoedelijk een gebroken pols op en is per ambulance naar "
    "Gelre ziekenhuizen Zutphen vervoerd. Melding gedaan bij de afdeling Openbare Ruimte (melding MOR-2026-3381).",
    "",
    "Opgesteld: 11 april 2026, F. el Amrani",
    "Gezien: GJK, 13-04-2026",
], [
    r("PERSON", "F. el Amrani", "F. el Amrani"), r("STAFFNO", "40218"), r("PHONE", "06 2873 5514"),
    r("PERSON", "Chantal Hofstede-Baan"), r("DOB", "14-03-1981"),
    r("PERSON", "Zoë Mulder-Ólafsdóttir"),
    r("PERSON", "Daan (child)", "Daan"), r("PERSON", "Petra Schuurman"),
    r("PERSON", "Henk-Willem Bosch"),
    r("PERSON", "A. Rikkers", "A. Rikkers"), r("HEALTH", "gebroken pols"),
    r("PARAPH", "GJK"),
], [
    k("CASE", "IR-2026-017"), k("ROLE", "Marktmeester"), k("TERM", "kraam 31"), k("ORG", "Politie Zutphen"),
    k("PLACE", "Drogenapstoren"), k("ORG", "Het Zoete Hof"), k("PLACE", "Houtmarkt"),
    k("ORG", "Gelre ziekenhuizen Zutphen"), k("ORG", "Openbare Ruimte"), k("CASE", "MOR-2026-3381"),
    k("DATE", "11 april 2026"), k("TERM", "proces-verbaal"),
], mode="dejavu", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

# wm08 fillable form: melding incident (AcroForm values hidden)
DOCS.append(Doc("wm08", [
    "H:Meldingsformulier incident weekmarkt",
    "Gemeente Zutphen - team Markten & Evenementen - markten@zutphen.nl - 14 0575",
    "",
    "Dit formulier wordt door de marktmeester of de standhouder ingevuld bij een incident op de markt.",
    "Verwerking volgens de Algemene verordening gegevensbescherming (AVG); bewaartermijn 2 jaar.",
    "",
], [
    r("PERSON", "Sevda Korkmaz", "Sevda Korkmaz", channel="annotations"),
    r("PHONE", "06-18 27 44 03", channel="annotations"),
    r("EMAIL", "sevda.korkmaz@hotmail.com", channel="annotations"),
    r("ADDRESS", "Isendoornstraat 3, 7204 AT Warnsveld", "Isendoornstraat 3", channel="annotations"),
    r("PERSON", "Ruud van 't Hul", "Ruud van 't Hul", channel="annotations"),
], [
    k("ORG", "team Markten & Evenementen"), k("EMAIL", "markten@zutphen.nl"), k("PHONE", "14 0575"),
    k("LAW", "Algemene verordening gegevensbescherming"), k("LAW", "AVG"), k("ROLE", "marktmeester"),
], form=[("Naam melder", "naam", "Sevda Korkmaz"), ("Telefoon", "tel", "06-18 27 44 03"),
         ("E-mail", "mail", "sevda.korkmaz@hotmail.com"),
         ("Adres", "adres", "Isendoornstraat 3, 7204 AT Warnsveld"),
         ("Kraamnummer", "kraam", "kraam 15 (stoffen)"),
         ("Ingevuld door", "door", "Ruud van 't Hul (BOA)")],
    producer="Nitro Pro 13 (13.70.0.30)", creator="Nitro Pro 13"))

# wm09 Teams chat export (mono)
DOCS.append(Doc("wm09", [
    "Chat: Markttoezicht Zutphen (Microsoft Teams) - export 2026-05-15",
    "Deelnemers: Kloosterboer, Gerrit-Jan; el Amrani, Fatima; Hul, Ruud van 't; Sørensen-Vlijm, Björn",
    "",
    "[13-05-2026 07:12] Gerrit-Jan Kloosterboer: morgen Hemelvaart, markt dicht. Besluit burgemeester Heeringa hangt bij de Wijnhuistoren",
    "[13-05-2026 07:14] Fatima el Amrani: top. Heb Dirk-Jan gebeld, hij wilde toch komen staan met de viswagen",
    "[13-05-2026 07:15] Gerrit-Jan Kloosterboer: nee joh. Zeg maar dat de wethouder Kuipers er ook niks aan kan doen",
    "[13-05-2026 07:21] Ruud van 't Hul: ik rij morgen om 7u even langs de Groenmarkt, als ie staat schrijf ik 'm op",
    "[13-05-2026 07:22] Fatima el Amrani: thx Ruutje 👍",
    "[13-05-2026 08:03] Björn Sørensen-Vlijm: Vraagje: krijgen de vaste standhouders restitutie marktgeld voor 14/5? Mehmet belde al",
    "[13-05-2026 08:09] Gerrit-Jan Kloosterboer: volgens Marktgeldverordening 2026 art. 5 niet bij sluiting op feestdag. Check even bij Annelies",
    "[13-05-2026 08:30] Björn Sørensen-Vlijm: Annelies zegt ook nee. Ik zet het in de FAQ op de site",
    "[14-05-2026 07:05] Ruud van 't Hul: Groenmarkt leeg, alleen bakker Lieke stond er met koffie voor de wandelaars lol",
    "[14-05-2026 07:06] Gerrit-Jan Kloosterboer: laat maar, is geen markt. Mijn privénummer voor morgen: 06-41827730",
    "[14-05-2026 07:40] Fatima el Amrani: GJ, ik ben vrijdag ziek gemeld (migraine), Björn neemt de kassa over",
], [
    r("PERSON", "Gerrit-Jan Kloosterboer", "Gerrit-Jan Kloosterboer", "Kloosterboer, Gerrit-Jan", "GJ"),
    r("PERSON", "Fatima el Amrani", "Fatima el Amrani", "el Amrani, Fatima", "Fatima"),
    r("PERSON", "Ruud van 't Hul", "Ruud van 't Hul", "Hul, Ruud van 't", "Ruutje", "Ruud"),
    r("PERSON", "Björn Sørensen-Vlijm", "Björn Sørensen-Vlijm", "Sørensen-Vlijm, Björn", "Björn"),
    r("PERSON", "Dirk-Jan van der Zwaluw", "Dirk-Jan"), r("PERSON", "Mehmet Yıldırım", "Mehmet"),
    r("PERSON", "Annelies Verbeek-Schotanus", "Annelies"), r("PERSON", "Lieke Wassink", "Lieke"),
    r("PHONE", "06-41827730"), r("HEALTH", "migraine"),
], [
    k("PRODUCT", "Microsoft Teams"), k("PUBLIC", "burgemeester Heeringa"), k("PUBLIC", "wethouder Kuipers"),
    k("PLACE", "Wijnhuistoren"), k("PLACE", "Groenmarkt"), k("LAW", "Marktgeldverordening 2026"),
    k("TERM", "Hemelvaart"), k("TERM", "FAQ"), k("TERM", "restitutie marktgeld"),
    k("TERM", "Markttoezicht Zutphen"),
], mode="mono", producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

# wm10 Outlook thread about dispute (helv)
DOCS.append(Doc("wm10", [
    "Van: Verbeek-Schotanus, Annelies <a.verbeek@zutphen.nl>",
    "Verzonden: woensdag 25 maart 2026 16:02",
    "Aan: Kloosterboer, Gerrit-Jan <g.kloosterboer@zutphen.nl>; Lubbers, Hanneke <h.lubbers@zutphen.nl>",
    "CC: ten Hove, Marloes <m.tenhove@zutphen.nl>; Markten <markten@zutphen.nl>",
    "Onderwerp: RE: standplaats 14 - brief advocaat Van der Zwaluw",
    "",
    "Hoi Gerrit-Jan, Hanneke,",
    "",
    "De brief van mr. Oudshoorn is binnen. Zij stelt dat haar cliënt sinds 2009 op plaats 14 staat en dat de "
    "verschuiving naar plaats 19 in strijd is met het vertrouwensbeginsel. Ik stel voor het punt te agenderen "
    "voor de marktcommissie van 8 april. Hanneke, wil jij als secretaris de stukken rondsturen?",
    "",
    "Groet, Annelies",
    "Annelies Verbeek-Schotanus | beleidsadviseur markten | gemeente Zutphen | 0575 - 84 71 23",
    "",
    "Van: Kloosterboer, Gerrit-Jan <g.kloosterboer@zutphen.nl>",
    "Verzonden: woensdag 25 maart 2026 09:47",
    "Aan: Verbeek-Schotanus, Annelies <a.verbeek@zutphen.nl>",
    "Onderwerp: standplaats 14 - brief advocaat Van der Zwaluw",
    "",
    "Annelies,",
    "Zie bijlage: brief van Oudshoorn Advocatuur (Deventer) namens Vishandel De Zwaluw. De koelwagen past fysiek "
    "niet meer sinds de nieuwe boom bij de Wijnhuistoren. Mehmet Yildirim dreigt ook met een advocaat.",
    "Gerrit-Jan",
    "Marktmeester | 06-41827730",
    "Bijlage: 2026-03-24 brief Oudshoorn Advocatuur.pdf",
], [
    r("PERSON", "Annelies Verbeek-Schotanus", "Annelies Verbeek-Schotanus", "Verbeek-Schotanus, Annelies", "Annelies"),
    r("EMAIL", "a.verbeek@zutphen.nl"),
    r("PERSON", "Gerrit-Jan Kloosterboer", "Kloosterboer, Gerrit-Jan", "Gerrit-Jan"),
    r("EMAIL", "g.kloosterboer@zutphen.nl"),
    r("PERSON", "Hanneke Lubbers", "Lubbers, Hanneke", "Hanneke"), r("EMAIL", "h.lubbers@zutphen.nl"),
    r("PERSON", "Marloes ten Hove", "ten Hove, Marloes"), r("EMAIL", "m.tenhove@zutphen.nl"),
    r("PERSON", "Esther Oudshoorn", "mr. Oudshoorn"),
    r("PERSON", "Van der Zwaluw", "Van der Zwaluw"), r("PERSON", "Mehmet Yildirim"),
    r("PHONE", "0575 - 84 71 23"), r("PHONE", "06-41827730"),
], [
    k("EMAIL", "markten@zutphen.nl"), k("ORG", "gemeente Zutphen"), k("ORG", "Oudshoorn Advocatuur"),
    k("PLACE", "Deventer"), k("ORG", "Vishandel De Zwaluw"), k("PLACE", "Wijnhuistoren"),
    k("TERM", "vertrouwensbeginsel"), k("TERM", "marktcommissie"), k("ROLE", "beleidsadviseur markten"),
    k("ROLE", "Marktmeester"), k("TERM", "plaats 19"),
], producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

# wm11 lawyer's letter (dejavu)
DOCS.append(Doc("wm11", [
    "H:OUDSHOORN ADVOCATUUR",
    "Brink 88 | 7411 BW Deventer | T 0570 - 61 22 90 | kantoor@oudshoorn-advocatuur.nl",
    "",
    "Aan de burgemeester van de gemeente Zutphen",
    "t.a.v. de marktmeester",
    "Postbus 15, 7200 AA Zutphen",
    "",
    "Deventer, 24 maart 2026",
    "Kenmerk: EO/2026-0113 | Uw kenmerk: Z/26/100233",
    "Betreft: standplaats 14 weekmarkt - cliënt D.J. VAN DER ZWALUW",
    "",
    "Edelachtbare heer, mevrouw,",
    "",
    "Ik sta bij de heer Van der Zwaluw, handelend onder de naam Vishandel De Zwaluw, wonende te Zutphen. Cliënt "
    "heeft sinds 2009 ononderbroken standplaats 14 op de Groenmarkt. Op 19 maart 2026 deelde de marktmeester, "
    "de heer Kloosterboer, mondeling mee dat cliënt per 1 april naar plaats 19 moet verhuizen.",
    "",
    "Een dergelijke verplaatsing is een besluit in de zin van artikel 1:3 Awb, waartegen bezwaar openstaat. "
    "Bovendien vertrouwt cliënt op de vergunning van 12 januari 2026, waarin plaats 14 uitdrukkelijk is vermeld. "
    "Cliënt ondervindt omzetverlies; zijn vrouw, mevrouw I. van der Zwaluw-Pelgrim, heeft door de spanningen "
    "een burn-out en kan niet meer op de markt staan.",
    "",
    "Ik verzoek u de mededeling in te trekken en de kwestie voor te leggen aan de marktcommissie.",
    "",
    "Hoogachtend,",
    "mr. E.M. (Esther) Oudshoorn",
    "advocaat | e.oudshoorn@oudshoorn-advocatuur.nl | 06 53 90 17 42",
], [
    r("PERSON", "Dirk-Jan van der Zwaluw", "VAN DER ZWALUW", "Van der Zwaluw"),
    r("PERSON", "Kloosterboer", "Kloosterboer"),
    r("PERSON", "I. van der Zwaluw-Pelgrim", "I. van der Zwaluw-Pelgrim"), r("HEALTH", "burn-out"),
    r("PERSON", "Esther Oudshoorn", "E.M. (Esther) Oudshoorn"),
    r("PHONE", "06 53 90 17 42"), r("EMAIL", "e.oudshoorn@oudshoorn-advocatuur.nl"),
], [
    k("ORG", "OUDSHOORN ADVOCATUUR"), k("ADDRESS", "Brink 88"), k("PHONE", "0570 - 61 22 90"),
    k("EMAIL", "kantoor@oudshoorn-advocatuur.nl"), k("CASE", "Z/26/100233"), k("ORG", "Vishandel De Zwaluw"),
    k("PLACE", "Groenmarkt"), k("LAW", "artikel 1:3 Awb"), k("TERM", "standplaats 14"),
    k("TERM", "marktcommissie"), k("ROLE", "marktmeester"), k("PLACE", "Deventer"),
], mode="dejavu", producer="PDFpen 13.1", creator="Pages"))

# wm12 minutes marktcommissie, 2 pages (docx)
DOCS.append(Doc("wm12", [
    "H:Verslag marktcommissie weekmarkt Zutphen - 8 april 2026",
    "Locatie: stadhuis, 's-Gravenhof 2, vergaderzaal De Hanze. Aanvang 19.30 uur.",
    "B:Aanwezig",
    "Voorzitter: wethouder Sjoerd Kuipers (economie en markten)",
    "Namens de standhouders: Johanna Brinkhorst-Meijer (kaas), Mehmet Yıldırım (groente en fruit), "
    "Sevda Korkmaz (stoffen)",
    "Namens de CVAH: de heer Frits Obbink (regiobestuurder)",
    "Gemeente: G.J. Kloosterboer (marktmeester), A. Verbeek-Schotanus (beleidsadviseur), "
    "H. Lubbers (secretaris, verslag)",
    "Afwezig met kennisgeving: Piet Oonk (bloemen)",
    "B:1. Opening en vaststelling agenda",
    "De voorzitter opent de vergadering. Wethouder Kuipers meldt dat punt 3 (standplaats 14) op verzoek van de "
    "advocaat van de vishandel is toegevoegd. De heer Yıldırım heeft zich voor dit punt niet verschoond; de "
    "voorzitter merkt op dat hij belanghebbende is en dat hij over punt 3 niet meepraat.",
    "B:2. Verslag vorige vergadering (14 januari 2026)",
    "Vastgesteld zonder wijzigingen.",
    "B:3. Standplaats 14 - Vishandel De Zwaluw",
    "De marktmeester licht toe dat de koelwagen van 12 meter sinds de herinrichting van de Groenmarkt (project "
    "Groene Binnenstad) niet meer past. Mevrouw Brinkhorst-Meijer vindt dat de vishandel na zeventien jaar recht "
    "heeft op een gelijkwaardige plek. De heer Obbink wijst op het CVAH-model voor verplaatsing bij "
    "herinrichting. Mevrouw Korkmaz stelt voor plaats 14 en 19 samen te voegen.",
    "Advies van de commissie aan de burgemeester: plaats 19 wordt verlengd tot 12 meter; de heer Van der "
    "Zwaluw krijgt voorrang bij de eerstvolgende vrijkomende hoekplaats.",
    "PAGE",
    "B:4. Sluiting op Hemelvaartsdag",
    "De voorzitter deelt mee dat de burgemeester voornemens is de donderdagmarkt op 14 mei 2026 niet te laten "
    "doorgaan vanwege het evenement Hanzefestival en de inzet van politie en verkeersregelaars. De CVAH vraagt "
    "om een vervangende markt op woensdag 13 mei; de gemeente onderzoekt dit.",
    "B:5. Rondvraag",
    "Mevrouw Korkmaz vraagt of de wachtlijst openbaar is. De beleidsadviseur antwoordt dat alleen het aantal "
    "wachtenden per branche wordt gepubliceerd.",
    "B:Actielijst",
    "A-26-07 | advies standplaats 14 opstellen voor burgemeester | AVS | 22 april 2026",
    "A-26-08 | vervangende markt 13 mei onderzoeken | GJK | 29 april 2026",
    "A-26-09 | aantallen wachtlijst per branche op website | HL | 1 mei 2026",
    "Volgende vergadering: 10 juni 2026. Verslag: H. Lubbers.",
], [
    r("PERSON", "Johanna Brinkhorst-Meijer", "Johanna Brinkhorst-Meijer", "Brinkhorst-Meijer"),
    r("PERSON", "Mehmet Yıldırım", "Mehmet Yıldırım", "Yıldırım"),
    r("PERSON", "Sevda Korkmaz", "Sevda Korkmaz", "Korkmaz"),
    r("PERSON", "Frits Obbink", "Frits Obbink", "Obbink"),
    r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"),
    r("PERSON", "A. Verbeek-Schotanus", "A. Verbeek-Schotanus"),
    r("PERSON", "H. Lubbers", "H. Lubbers"), r("PERSON", "Piet Oonk"),
    r("PERSON", "Van der Zwaluw", "Van der Zwaluw"),
    r("PARAPH", "AVS"), r("PARAPH", "GJK"), r("PARAPH", "HL"),
], [
    k("PUBLIC", "wethouder Sjoerd Kuipers"), k("PUBLIC", "Wethouder Kuipers"), k("ADDRESS", "'s-Gravenhof 2"),
    k("PLACE", "De Hanze"), k("ORG", "CVAH"), k("ORG", "Vishandel De Zwaluw"), k("PLACE", "Groenmarkt"),
    k("PROJECT", "Groene Binnenstad"), k("TERM", "Hemelvaartsdag"), k("EVENT", "Hanzefestival"),
    k("CASE", "A-26-07"), k("CASE", "A-26-08"), k("CASE", "A-26-09"), k("ROLE", "regiobestuurder"),
    k("DATE", "14 mei 2026"), k("TERM", "wachtlijst"),
], mode="docx", author="H. Lubbers", title="Verslag marktcommissie 8 april 2026"))

# wm13 advice to burgemeester (beslisnota), helv, 2 pages, with outline
DOCS.append(Doc("wm13", [
    "H:Beslisnota burgemeester",
    "Aan: de burgemeester | Van: team Markten & Evenementen | Datum: 20 april 2026",
    "Kenmerk: Z/26/100233-BN | Onderwerp: standplaats 14 weekmarkt",
    "Contactpersoon: A. Verbeek-Schotanus, T 0575 - 84 71 23, a.verbeek@zutphen.nl",
    "Kopie aan: wethouder Kuipers; M. ten Hove (teamleider)",
    "",
    "B:Aanleiding",
    "Na de herinrichting van de Groenmarkt past de koelwagen van Vishandel De Zwaluw niet meer op plaats 14. "
    "De advocaat van de standhouder, mr. E.M. Oudshoorn, heeft bezwaar aangekondigd. De marktcommissie heeft "
    "op 8 april 2026 geadviseerd.",
    "B:Geadviseerd besluit",
    "Aan de burgemeester wordt gevraagd: in te stemmen met de toewijzing van de verlengde plaats 19 aan de "
    "vergunninghouder, met voorrang op de eerstvolgende hoekplaats, en het besluit van 12 januari 2026 te wijzigen.",
    "B:Kern",
    "De Marktverordening Zutphen 2019 geeft de burgemeester de bevoegdheid de marktindeling te wijzigen in het "
    "belang van de veiligheid (artikel 9). Een verplaatsing is een besluit; bezwaar is mogelijk. Het risico op "
    "een procedure is reëel; de standhouder staat er sinds 2009.",
    "B:Krachtenveld",
    "De CVAH steunt het advies. Standhouder Yildirim (plaats 15) wil dat plaats 14 leeg blijft. Raadslid "
    "Tamara Bosveld (GroenLinks) heeft schriftelijke vragen gesteld over de herinrichting.",
    "PAGE",
    "B:Paraaf",
    "Naam | Functie | Paraaf | Datum",
    "A. Verbeek-Schotanus | beleidsadviseur | AVS | 20-04-2026",
    "M. ten Hove | teamleider Markten & Evenementen | MtH | 21-04-2026",
    "K. Dijkhuizen | jurist | KD | 21-04-2026",
    "",
    "Besluit burgemeester: akkoord, 23 april 2026 (burgemeester A.M. Heeringa)",
    "",
] + MOT, [
    r("PERSON", "A. Verbeek-Schotanus", "A. Verbeek-Schotanus"), r("PHONE", "0575 - 84 71 23"),
    r("EMAIL", "a.verbeek@zutphen.nl"), r("PERSON", "M. ten Hove", "M. ten Hove"),
    r("PERSON", "E.M. Oudshoorn", "E.M. Oudshoorn"), r("PERSON", "Mehmet Yildirim", "Yildirim"),
    r("PERSON", "K. Dijkhuizen", "K. Dijkhuizen"),
    r("PARAPH", "AVS"), r("PARAPH", "MtH"), r("PARAPH", "KD"),
    r("PERSON", "Annelies Verbeek (outline)", "Annelies", channel="outline"),
    r("PERSON", "Hanneke Lubbers (outline)", "Hanneke Lubbers", channel="outline"),
], [
    k("ORG", "team Markten & Evenementen"), k("CASE", "Z/26/100233-BN"), k("PUBLIC", "wethouder Kuipers"),
    k("PLACE", "Groenmarkt"), k("ORG", "Vishandel De Zwaluw"), k("LAW", "Marktverordening Zutphen 2019"),
    k("ORG", "CVAH"), k("PUBLIC", "Raadslid Tamara Bosveld"), k("ORG", "GroenLinks"),
    k("PUBLIC", "burgemeester A.M. Heeringa"), k("TERM", "Informatie die niet openbaar gemaakt kan worden"),
    k("TERM", "Motivering"), k("ROLE", "teamleider Markten & Evenementen"), k("TERM", "plaats 19"),
], outline=[("Aanleiding", 0), ("Kern en krachtenveld", 0), ("Paraaf - notitie Annelies", 1),
            ("Opmerkingen Hanneke Lubbers", 1)],
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# wm14 council questions and answer (helv)
DOCS.append(Doc("wm14", [
    "H:Schriftelijke vragen ex artikel 42 Reglement van orde - herinrichting Groenmarkt en weekmarkt",
    "Vragensteller: raadslid Tamara Bosveld (GroenLinks) | ingekomen 2 april 2026 | nummer RV-2026-031",
    "",
    "Vraag 1. Klopt het dat een vishandelaar na zeventien jaar zijn plek op de Groenmarkt kwijtraakt door de bomen "
    "van het project Groene Binnenstad?",
    "Antwoord: De standhouder kan door de nieuwe bomen niet meer op plaats 14 staan. In overleg met de "
    "marktcommissie is een gelijkwaardige plaats gevonden. Over individuele standhouders doen wij geen mededelingen.",
    "Vraag 2. Hoeveel ondernemers staan op de wachtlijst?",
    "Antwoord: Op 1 maart 2026 stonden 7 ondernemers op de wachtlijst, verdeeld over 7 branches.",
    "Vraag 3. Waarom gaat de markt op Hemelvaartsdag niet door?",
    "Antwoord: Burgemeester Heeringa heeft besloten de donderdagmarkt van 14 mei 2026 te laten vervallen vanwege "
    "het Hanzefestival; de markt is verplaatst naar woensdag 13 mei 2026.",
    "",
    "Het college van burgemeester en wethouders van Zutphen,",
    "de secretaris, drs. L.C. Wijnbergen        de burgemeester, A.M. Heeringa",
    "",
    "Behandelend ambtenaar: Annelies Verbeek-Schotanus (AVS), toestel 7123",
], [
    r("PERSON", "Annelies Verbeek-Schotanus"), r("PARAPH", "AVS"), r("PHONE", "toestel 7123", "7123"),
], [
    k("PUBLIC", "raadslid Tamara Bosveld"), k("ORG", "GroenLinks"), k("CASE", "RV-2026-031"),
    k("PLACE", "Groenmarkt"), k("PROJECT", "Groene Binnenstad"), k("PUBLIC", "Burgemeester Heeringa"),
    k("EVENT", "Hanzefestival"), k("PUBLIC", "de burgemeester, A.M. Heeringa"),
    k("PUBLIC", "de secretaris, drs. L.C. Wijnbergen"), k("LAW", "artikel 42 Reglement van orde"),
    k("TERM", "marktcommissie"), k("DATE", "14 mei 2026"), k("DATE", "13 mei 2026"),
], producer="Microsoft® Word voor Microsoft 365", creator="iBabs"))

# wm15 invoice of stall fees (municipal) to sole trader (dejavu)
DOCS.append(Doc("wm15", [
    "H:FACTUUR marktgeld - 2e kwartaal 2026",
    "Gemeente Zutphen, afdeling Financiën, Postbus 15, 7200 AA Zutphen",
    "IBAN gemeente: NL68 BNGH 0285 1012 34 | btw-nr NL001234567B01 | debiteuren@zutphen.nl",
    "",
    "Debiteur: Kaashandel Brinkhorst, J. Brinkhorst-Meijer",
    "Adres: Emmerikseweg 77, 7206 DE Zutphen",
    "Debiteurnummer: 300418 | Factuurnummer: 2026-MG-00874 | Factuurdatum: 1 april 2026",
    "KvK debiteur: 08123457",
    "",
    "Omschrijving | Aantal | Tarief | Bedrag",
    "Marktgeld vaste standplaats 9, per strekkende meter per marktdag | 8 m x 26 dagen | € 1,42 | € 295,36",
    "Elektra-aansluiting 16A per marktdag | 26 | € 3,15 | € 81,90",
    "Afvalheffing markt | 1 | € 24,00 | € 24,00",
    "Totaal | | | € 401,26",
    "",
    "De gemeente incasseert het bedrag rond 15 april 2026 van rekening NL02 RABO 0119 5530 48 t.n.v. "
    "J. Brinkhorst-Meijer. Tarieven volgens de Marktgeldverordening 2026.",
    "Vragen over deze factuur: team Debiteuren, 14 0575 (kies optie 4).",
], [
    r("PERSON", "J. Brinkhorst-Meijer", "J. Brinkhorst-Meijer"),
    r("ADDRESS", "Emmerikseweg 77, 7206 DE", "Emmerikseweg 77", "7206 DE"),
    r("KVK", "08123457"), r("IBAN", "NL02 RABO 0119 5530 48"), r("DEBTOR", "300418"),
], [
    k("ORG", "Kaashandel Brinkhorst"), k("IBAN", "NL68 BNGH 0285 1012 34"), k("VAT", "NL001234567B01"),
    k("EMAIL", "debiteuren@zutphen.nl"), k("CASE", "2026-MG-00874"), k("AMOUNT", "€ 401,26"),
    k("AMOUNT", "€ 295,36"), k("LAW", "Marktgeldverordening 2026"), k("PHONE", "14 0575"),
    k("ORG", "afdeling Financiën"), k("ORG", "team Debiteuren"), k("TERM", "Elektra-aansluiting 16A"),
], mode="dejavu", producer="SAP NetWeaver 7.50 PDF Converter", creator="SAP Smart Forms"))

# wm16 scan: handwritten complaint letter from waiting-list stallholder (OCR)
DOCS.append(Doc("wm16", [
    "B:Aan de marktmeester van Zutphen",
    "Vorden, 20 april 2026",
    "",
    "Geachte heer Kloosterboer,",
    "",
    "Al drie jaar sta ik op de wachtlijst voor een plaats op de weekmarkt",
    "met mijn eieren en zuivel. Nu hoor ik dat plaats 22 aan een",
    "bloemist is gegeven die al een plaats had. Dat vind ik niet eerlijk.",
    "",
    "Ik wil graag weten wat mijn plaats op de wachtlijst is.",
    "",
    "Met vriendelijke groet,",
    "",
    "W:Wilma Kamphuis-ter Steege",
    "W:Oude Borculoseweg 7, 7251 NK Vorden",
    "W:telefoon 06 51208874",
], [
    r("PERSON", "Kloosterboer", "Kloosterboer", channel="ocr"),
    r("PERSON", "Wilma Kamphuis-ter Steege", "Wilma", "Kamphuis", channel="ocr"),
    r("ADDRESS", "Oude Borculoseweg 7", "Borculoseweg", channel="ocr"),
    r("PHONE", "06 51208874", "51208874", channel="ocr"),
], [], mode="scan", producer="Canon iR-ADV C5540 PDF", creator="Canon iR-ADV C5540"))

# wm17 stallholder permits overview (register), 2 pages, helv, standard table
DOCS.append(Doc("wm17", [
    "H:Register vaste standplaatsvergunningen weekmarkt 2026 (uittreksel)",
    "Bron: Zaaksysteem Zutphen / marktadministratie | stand 1 april 2026",
    "",
    "B:Plaats | Vergunninghouder | Handelsnaam | KvK | Vervanger | Mobiel",
    "3 | Sevda Korkmaz | Korkmaz Stoffen | 67701543 | Gül Korkmaz | 06-18 27 44 03",
    "9 | J. Brinkhorst-Meijer | Kaashandel Brinkhorst | 08123457 | Hendrik Brinkhorst | 06 10 93 35 61",
    "14 | D.J. van der Zwaluw | Vishandel De Zwaluw | 64120983 | I. van der Zwaluw-Pelgrim | 06-22 71 85 09",
    "15 | M. Yıldırım | Yıldırım Groente & Fruit | 71829364 | Emre Yıldırım | +31 6 4418 0923",
    "22 | P.H. Oonk | Bloemenhandel Oonk | 52098817 | - | 06-53 77 40 12",
    "27 | L.M. de Wit | Poelier De Wit B.V. | 09056612 | Kees de Wit | 0575 - 52 19 07",
    "31 | Z. Mulder-Ólafsdóttir | Zilver & Zo | 91200318 | - | 06 41 27 66 50",
    "",
    "Bij B.V.'s is het KvK-nummer van de rechtspersoon vermeld; bij eenmanszaken dat van de natuurlijke persoon.",
    "PAGE",
    "B:Dagplaatsen (los)",
    "Dagplaatsen worden om 07.30 uur door loting toegewezen door de dienstdoende marktmeester. Zie het "
    "Brancheplan Weekmarkt 2024 voor de maximale aantallen per branche.",
    "B:Contact",
    "Marktadministratie: markten@zutphen.nl | 14 0575 | bezoekadres Stadhuis, 's-Gravenhof 2",
    "Beheerder register: B. Sørensen-Vlijm (financiële administratie), b.sorensen@zutphen.nl",
], [
    r("PERSON", "Sevda Korkmaz"), r("PERSON", "Gül Korkmaz"), r("PHONE", "06-18 27 44 03"), r("KVK", "67701543"),
    r("PERSON", "J. Brinkhorst-Meijer"), r("PERSON", "Hendrik Brinkhorst"), r("PHONE", "06 10 93 35 61"),
    r("KVK", "08123457"),
    r("PERSON", "D.J. van der Zwaluw"), r("PERSON", "I. van der Zwaluw-Pelgrim"), r("PHONE", "06-22 71 85 09"),
    r("KVK", "64120983"),
    r("PERSON", "M. Yıldırım"), r("PERSON", "Emre Yıldırım"), r("PHONE", "+31 6 4418 0923"), r("KVK", "71829364"),
    r("PERSON", "P.H. Oonk"), r("PHONE", "06-53 77 40 12"), r("KVK", "52098817"),
    r("PERSON", "L.M. de Wit"), r("PERSON", "Kees de Wit"), r("PHONE", "0575 - 52 19 07"),
    r("PERSON", "Z. Mulder-Ólafsdóttir"), r("PHONE", "06 41 27 66 50"), r("KVK", "91200318"),
    r("PERSON", "B. Sørensen-Vlijm"), r("EMAIL", "b.sorensen@zutphen.nl"),
], [
    k("ORG", "Korkmaz Stoffen"), k("ORG", "Kaashandel Brinkhorst"), k("ORG", "Vishandel De Zwaluw"),
    k("ORG", "Bloemenhandel Oonk"), k("ORG", "Zilver & Zo"), k("KVK", "09056612"),
    k("DOC", "Brancheplan Weekmarkt 2024"), k("EMAIL", "markten@zutphen.nl"), k("PHONE", "14 0575"),
    k("ADDRESS", "'s-Gravenhof 2"), k("PRODUCT", "Zaaksysteem Zutphen"), k("TERM", "Dagplaatsen"),
    k("ROLE", "dienstdoende marktmeester"),
], mode="dejavu", producer="Aspose.PDF for .NET 23.1", creator="Zaaksysteem Zutphen"))
