"""Set VB, documents vb01-vb11: Woo request, BABS complaint, identity-fraud at the counter."""
from lib import Doc, K, R, WORD, OUTLOOK

DOCS = []
GEM = K("ORG", "gemeente Veenendaal", "gemeente Veenendaal")
BZ = K("ORG", "Burgerzaken", "Burgerzaken")
WOONR = K("CASE", "WOO-2026-0187", "WOO-2026-0187")

# ---------------------------------------------------------------- vb01 Woo request (private person)
DOCS.append(Doc("vb01_woo_verzoek", "rl", [
    "Jasper Oudeman-Vrolijk",
    "Vlinderweg 14\n3902 KL Veenendaal",
    "j.oudeman-vrolijk@kpnmail.nl | 06-41 27 83 90",
    "",
    "Aan het college van burgemeester en wethouders van de gemeente Veenendaal\nt.a.v. de Woo-coördinator\nPostbus 1100, 3900 BC Veenendaal",
    "",
    "Veenendaal, 9 april 2026",
    "Betreft: verzoek op grond van de Wet open overheid (Woo)",
    "Geacht college,",
    "Hierbij verzoek ik u op grond van artikel 4.1 van de Wet open overheid om openbaarmaking van alle "
    "documenten over de volgende onderwerpen, over de periode 1 januari 2026 tot en met de datum van dit verzoek:",
    "1. klachten over het optreden van een buitengewoon ambtenaar van de burgerlijke stand (BABS) bij huwelijken "
    "en partnerschapsregistraties, en de afhandeling daarvan, inclusief de advisering aan het college;",
    "2. de melding van vermoedelijke identiteitsfraude bij een aanvraag van een paspoort aan de balie van "
    "Burgerzaken in maart 2026, en de correspondentie daarover met de Rijksdienst voor Identiteitsgegevens (RvIG) "
    "en de Koninklijke Marechaussee;",
    "3. de interne audit naar raadplegingen van de Basisregistratie Personen (BRP) door medewerkers, de uitkomsten "
    "en eventuele rechtspositionele maatregelen.",
    "Aanleiding is een bericht in de Veenendaalse Krant van 2 april 2026 over een huwelijksvoltrekking in "
    "Huize Jacoba Mossel die volgens het bruidspaar 'volledig uit de hand liep'.",
    "Ik ontvang de documenten bij voorkeur digitaal. Mocht u vragen hebben, dan ben ik bereikbaar op "
    "06-41 27 83 90 of via j.oudeman-vrolijk@kpnmail.nl. Ik verzoek u de ontvangst van dit verzoek te bevestigen.",
    "Met vriendelijke groet,",
    "",
    "J. Oudeman-Vrolijk",
], redact=[
    R("PERSON", "Jasper Oudeman-Vrolijk", "Jasper Oudeman-Vrolijk", "J. Oudeman-Vrolijk"),
    R("ADDRESS", "Vlinderweg 14, 3902 KL Veenendaal", "Vlinderweg 14", "3902 KL"),
    R("EMAIL", "j.oudeman-vrolijk@kpnmail.nl", "j.oudeman-vrolijk@kpnmail.nl"),
    R("PHONE", "06-41 27 83 90", "06-41 27 83 90"),
], keep=[
    GEM, BZ,
    K("LAW", "Wet open overheid", "Wet open overheid", "artikel 4.1"),
    K("ORG", "RvIG", "Rijksdienst voor Identiteitsgegevens", "RvIG"),
    K("ORG", "Koninklijke Marechaussee", "Koninklijke Marechaussee"),
    K("REG", "Basisregistratie Personen", "Basisregistratie Personen"),
    K("FUNC", "Woo-coördinator", "Woo-coördinator"),
    K("ORG", "Veenendaalse Krant", "Veenendaalse Krant"),
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"),
    K("ADDR_PUB", "Postbus 1100", "Postbus 1100, 3900 BC Veenendaal"),
    K("FUNC", "buitengewoon ambtenaar van de burgerlijke stand", "buitengewoon ambtenaar van de burgerlijke stand"),
    K("DATE", "9 april 2026", "9 april 2026"),
], producer="ReportLab PDF Library - www.reportlab.com", creator="Scan2Mail webformulier"))

# ---------------------------------------------------------------- vb02 acknowledgement (docx)
DOCS.append(Doc("vb02_ontvangstbevestiging", "docx", [
    "Gemeente Veenendaal | Raadhuisplein 1 | Postbus 1100 | 3900 BC Veenendaal | 14 0318",
    "",
    "De heer J. Oudeman-Vrolijk\nVlinderweg 14\n3902 KL  Veenendaal",
    "",
    "Datum: 14 april 2026\nOns kenmerk: WOO-2026-0187\nBehandeld door: I. van 't Hul\nTelefoon: 0318 538 412\nE-mail: i.vanthul@veenendaal.nl",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "Geachte heer Oudeman-Vrolijk,",
    "Op 9 april 2026 hebben wij uw verzoek om openbaarmaking van documenten ontvangen. Uw verzoek is "
    "geregistreerd onder nummer WOO-2026-0187. In deze brief leest u hoe wij uw verzoek verder behandelen.",
    "Op grond van artikel 4.4 van de Wet open overheid beslissen wij binnen vier weken na ontvangst. Wij kunnen "
    "deze termijn met ten hoogste twee weken verdagen. Omdat in de documenten de belangen van derden (onder meer "
    "een bruidspaar en medewerkers van de afdeling Publiekszaken) kunnen worden geraakt, stellen wij hen in de "
    "gelegenheid een zienswijze te geven (artikel 4.4, lid 2).",
    "Heeft u vragen? Neem dan contact op met mevrouw Van 't Hul via het algemene nummer 14 0318 of "
    "woo@veenendaal.nl. Vermeld daarbij het kenmerk WOO-2026-0187.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Veenendaal,",
    "",
    "Ilse van 't Hul\nWoo-coördinator, team Juridische Zaken",
], redact=[
    R("PERSON", "Jasper Oudeman-Vrolijk", "J. Oudeman-Vrolijk", "Oudeman-Vrolijk"),
    R("ADDRESS", "Vlinderweg 14", "Vlinderweg 14", "3902 KL"),
    R("PERSON", "Ilse van 't Hul", "I. van 't Hul", "Ilse van 't Hul", "Van 't Hul"),
    R("PHONE", "0318 538 412", "0318 538 412"),
    R("EMAIL", "i.vanthul@veenendaal.nl", "i.vanthul@veenendaal.nl"),
], keep=[
    WOONR, K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"),
    K("PHONE_PUB", "14 0318", "14 0318"), K("EMAIL_PUB", "woo@veenendaal.nl", "woo@veenendaal.nl"),
    K("ADDR_PUB", "Raadhuisplein 1", "Raadhuisplein 1"),
    K("LAW", "Wet open overheid", "Wet open overheid", "artikel 4.4"),
    K("ORG", "Publiekszaken", "Publiekszaken"),
    K("FUNC", "Woo-coördinator", "Woo-coördinator"), K("ORG", "team Juridische Zaken", "team Juridische Zaken"),
    K("DATE", "9 april 2026", "9 april 2026"),
], producer="LibreOffice 7.6", creator="Writer"))

# ---------------------------------------------------------------- vb03 complaint of the couple (2 pages, TTF)
DOCS.append(Doc("vb03_klacht_bruidspaar", "rl", [
    "Anouk Çelik en Ruben Dijkstra\nKerkewijk 212\n3904 JJ Veenendaal\nanouk.celik@hotmail.com / 06 19 55 72 04",
    "",
    "Gemeente Veenendaal\nAfdeling Publiekszaken, t.a.v. de klachtencoördinator\nRaadhuisplein 1\n3901 GA Veenendaal",
    "Veenendaal, 16 maart 2026",
    "# Klacht over de trouwambtenaar bij ons huwelijk op 14 maart 2026",
    "Geachte heer, mevrouw,",
    "Op zaterdag 14 maart 2026 zijn wij in het huwelijk getreden in Huize Jacoba Mossel aan de Prins Bernhardlaan. "
    "De plechtigheid werd geleid door de heer Gerard-Jan Bleeker, die door de gemeente als buitengewoon ambtenaar "
    "van de burgerlijke stand (BABS) aan ons was toegewezen. Met deze brief dienen wij een klacht in over zijn optreden.",
    "## Wat er gebeurde",
    "1. De heer Bleeker kwam 35 minuten te laat. Hij gaf als reden dat hij 'nog een stel op de Johanna Maria had "
    "getrouwd' en dat de boot later was aangemeerd. Onze gasten hebben al die tijd buiten in de regen gestaan.",
    "2. In zijn toespraak maakte hij meerdere opmerkingen over de afkomst van de familie van Anouk, onder meer "
    "over 'Turkse bruiloften die drie dagen duren'. Mijn schoonmoeder, mevrouw Hatice Çelik, heeft de zaal daarop "
    "verlaten.",
    "3. Hij sprak de naam van de bruidegom herhaaldelijk verkeerd uit en noemde hem 'Robin'.",
    "4. Bij de ondertekening van de huwelijksakte bleek dat de geboortedatum van de bruid verkeerd was ingevuld "
    "(15-03-1994 in plaats van 14-03-1994). De BABS heeft dit met een pen verbeterd; wij weten niet of de akte nu "
    "geldig is.",
    "---",
    "## Getuigen",
    "Onze getuigen, Tom Verhagen en Esra Yılmaz-Bakker, kunnen het bovenstaande bevestigen. Tom heeft een deel van "
    "de toespraak gefilmd; de opname kunnen wij op verzoek toesturen.",
    "## Wat wij vragen",
    "Wij vragen de gemeente om (a) excuses, (b) een onderzoek naar het optreden van de heer Bleeker, (c) "
    "bevestiging dat onze huwelijksakte juist is ingeschreven in de Basisregistratie Personen, en (d) terugbetaling "
    "van de leges van € 398,00 voor de trouwlocatie buiten het stadhuis.",
    "Wij hebben eerder telefonisch contact gehad met het Klant Contact Centrum (14 0318). De medewerker, Joyce, "
    "zei dat wij deze klacht schriftelijk moesten indienen.",
    "U kunt ons bereiken via anouk.celik@hotmail.com of 06 19 55 72 04 (Anouk), of via Ruben op +31 6 4488 1367.",
    "Met vriendelijke groet,",
    "",
    "Anouk Çelik                         Ruben Dijkstra",
    "~ Bijlage: kopie trouwboekje (pagina 1-2), foto's van de locatie",
], redact=[
    R("PERSON", "Anouk Çelik", "Anouk Çelik", "Anouk", "Çelik"),
    R("PERSON", "Ruben Dijkstra", "Ruben Dijkstra", "Ruben", "Dijkstra"),
    R("ADDRESS", "Kerkewijk 212, 3904 JJ Veenendaal", "Kerkewijk 212", "3904 JJ"),
    R("EMAIL", "anouk.celik@hotmail.com", "anouk.celik@hotmail.com"),
    R("PHONE", "06 19 55 72 04", "06 19 55 72 04"),
    R("PHONE", "+31 6 4488 1367", "+31 6 4488 1367"),
    R("PERSON", "Gerard-Jan Bleeker (BABS)", "Gerard-Jan Bleeker", "Bleeker"),
    R("PERSON", "Hatice Çelik", "Hatice Çelik"),
    R("DOB", "14-03-1994", "14-03-1994", "15-03-1994"),
    R("PERSON", "Tom Verhagen", "Tom Verhagen", "Tom"),
    R("PERSON", "Esra Yılmaz-Bakker", "Esra Yılmaz-Bakker"),
    R("PERSON", "Joyce (KCC)", "Joyce"),
    R("PERSON", "Robin (verkeerde naam)", "Robin"),
], keep=[
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("ORG", "Publiekszaken", "Publiekszaken"),
    K("ADDR_PUB", "Raadhuisplein 1", "Raadhuisplein 1"),
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"),
    K("STREET", "Prins Bernhardlaan", "Prins Bernhardlaan"),
    K("SHIP", "Johanna Maria", "Johanna Maria"),
    K("FUNC", "BABS", "BABS"), K("REG", "Basisregistratie Personen", "Basisregistratie Personen"),
    K("ORG", "Klant Contact Centrum", "Klant Contact Centrum"), K("PHONE_PUB", "14 0318", "14 0318"),
    K("AMOUNT", "€ 398,00", "€ 398,00"), K("DATE", "14 maart 2026", "14 maart 2026"),
    K("FUNC", "klachtencoördinator", "klachtencoördinator"),
], producer="ReportLab PDF Library - www.reportlab.com", creator="Microsoft® Word 2019", font="DejaVuSerif"))

# ---------------------------------------------------------------- vb04 Outlook thread on complaint (docx, 2 pages)
DOCS.append(Doc("vb04_mail_klacht_babs", "docx", [
    "Van: El Khatib, Fatima <f.elkhatib@veenendaal.nl>\nVerzonden: donderdag 19 maart 2026 16:42\n"
    "Aan: Weele, Rob ter <r.terweele@veenendaal.nl>\nCC: Scholten-de Vries, Henriëtte <h.scholten@veenendaal.nl>; "
    "Klachten <klachten@veenendaal.nl>\nOnderwerp: RE: klacht KL-2026-0412 huwelijk 14 maart (BABS Bleeker)",
    "Hoi Rob,",
    "Dank voor je snelle reactie. Ik heb de heer Bleeker gisteren gebeld; hij herkent zich niet in de klacht over de "
    "opmerkingen, maar erkent dat hij te laat was. Hij stuurt vóór 25 maart een schriftelijke reactie.",
    "Voor de akte: Joyce Hakkert heeft in de BRP gecontroleerd dat de huwelijksakte met de juiste geboortedatum is "
    "ingeschreven. De verbetering met pen op het exemplaar van het bruidspaar heeft geen rechtsgevolg; de akte in het "
    "register is leidend (artikel 1:18 Burgerlijk Wetboek).",
    "Voorstel: hoorzitting door de klachtencommissie half april, en tot die tijd plannen we GJ niet in op zaterdagen. "
    "Henriëtte, akkoord?",
    "Groet,\nFatima el Khatib\nKlachtencoördinator | Gemeente Veenendaal\nT 0318 538 207 | M 06-24 81 90 36",
    "",
    "Van: Weele, Rob ter <r.terweele@veenendaal.nl>\nVerzonden: woensdag 18 maart 2026 09:15\n"
    "Aan: El Khatib, Fatima <f.elkhatib@veenendaal.nl>\nOnderwerp: RE: klacht KL-2026-0412 huwelijk 14 maart (BABS Bleeker)",
    "Fatima,",
    "Niet de eerste keer. In oktober 2025 hadden we al een klacht over te laat komen bij een huwelijk op de Johanna Maria "
    "(KL-2025-0988). Ik heb Gerard-Jan toen aangesproken, zie mijn gespreksnotitie in het personeelsdossier.",
    "---",
    "Wil jij de klacht registreren en het bruidspaar binnen een week een ontvangstbevestiging sturen? Ik bel zelf met "
    "de heer Dijkstra.",
    "Rob\n\nRob ter Weele | teamleider Burgerzaken | 06-53 17 02 88",
    "",
    "Van: Klachten <klachten@veenendaal.nl>\nVerzonden: dinsdag 17 maart 2026 11:02\nAan: Weele, Rob ter "
    "<r.terweele@veenendaal.nl>\nOnderwerp: FW: klacht huwelijk 14 maart",
    "Doorgestuurd ter behandeling. Klacht ontvangen per post, bijlage gescand. Registratienummer KL-2026-0412.",
    "Met vriendelijke groet,\nTeam Kwaliteit & Klachten\n14 0318",
], redact=[
    R("PERSON", "Fatima el Khatib", "El Khatib, Fatima", "Fatima el Khatib", "Fatima"),
    R("EMAIL", "f.elkhatib@veenendaal.nl", "f.elkhatib@veenendaal.nl"),
    R("PERSON", "Rob ter Weele", "Weele, Rob ter", "Rob ter Weele", "Rob"),
    R("EMAIL", "r.terweele@veenendaal.nl", "r.terweele@veenendaal.nl"),
    R("PERSON", "Henriëtte Scholten-de Vries", "Scholten-de Vries, Henriëtte", "Henriëtte"),
    R("EMAIL", "h.scholten@veenendaal.nl", "h.scholten@veenendaal.nl"),
    R("PERSON", "Gerard-Jan Bleeker", "Bleeker", "GJ", "Gerard-Jan"),
    R("PERSON", "Joyce Hakkert", "Joyce Hakkert"),
    R("PHONE", "0318 538 207", "0318 538 207"), R("PHONE", "06-24 81 90 36", "06-24 81 90 36"),
    R("PHONE", "06-53 17 02 88", "06-53 17 02 88"),
    R("PERSON", "Ruben Dijkstra", "Dijkstra"),
], keep=[
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), BZ,
    K("EMAIL_PUB", "klachten@veenendaal.nl", "klachten@veenendaal.nl"),
    K("CASE", "KL-2026-0412", "KL-2026-0412"), K("CASE", "KL-2025-0988", "KL-2025-0988"),
    K("LAW", "Burgerlijk Wetboek", "artikel 1:18 Burgerlijk Wetboek"),
    K("SHIP", "Johanna Maria", "Johanna Maria"), K("REG", "BRP", "BRP"),
    K("FUNC", "Klachtencoördinator", "Klachtencoördinator"), K("FUNC", "teamleider Burgerzaken", "teamleider Burgerzaken"),
    K("ORG", "Team Kwaliteit & Klachten", "Team Kwaliteit & Klachten"), K("PHONE_PUB", "14 0318", "14 0318"),
    K("FUNC", "BABS", "BABS"), K("ORG", "klachtencommissie", "klachtencommissie"),
], producer="LibreOffice 7.6", creator=OUTLOOK))

# ---------------------------------------------------------------- vb05 BABS's own reply (standard-14)
DOCS.append(Doc("vb05_reactie_babs", "rl", [
    "G.J. Bleeker\nTrouwambtenaar (BABS) | Spreker bij ceremonies\nbleeker.babs@ziggo.nl | 06 28 94 11 07",
    "",
    "Aan: gemeente Veenendaal, klachtencoördinator\nBetreft: uw kenmerk KL-2026-0412",
    "Zeist, 23 maart 2026",
    "Geachte mevrouw El Khatib,",
    "Naar aanleiding van de klacht van het bruidspaar Çelik/Dijkstra geef ik graag mijn reactie.",
    "Dat ik te laat was, betreur ik zeer. De rondvaartboot Johanna Maria, waar ik eerder die middag een huwelijk "
    "voltrok, meerde door harde wind 25 minuten later aan dan gepland. Ik heb de ceremoniemeester van Huize Jacoba "
    "Mossel, mevrouw Van Dorp, om 14.10 uur gebeld en gevraagd het bruidspaar te informeren.",
    "De opmerking over 'bruiloften die drie dagen duren' was bedoeld als luchtige verwijzing naar wat de bruid mij zelf "
    "in het kennismakingsgesprek vertelde. Het was niet mijn bedoeling iemand te kwetsen. Als dat toch zo is "
    "overgekomen, bied ik daarvoor mijn excuses aan, ook aan de moeder van de bruid.",
    "De fout in de geboortedatum stond al in het concept van de akte dat ik van de balie ontving. Ik heb de fout "
    "gezien en ter plaatse gemeld; de verbetering is volgens mij correct in iBurgerzaken verwerkt door "
    "Burgerzaken.",
    "Ik ben sinds 2014 BABS in Veenendaal en Rhenen en heb meer dan 400 huwelijken voltrokken. Ik sta open voor een "
    "gesprek met het bruidspaar en met de teamleider, de heer Ter Weele.",
    "Hoogachtend,",
    "",
    "Gerard-Jan Bleeker",
    "~ KvK 81234567 | Molenweg 3a, 3701 BL Zeist",
], redact=[
    R("PERSON", "Gerard-Jan Bleeker", "G.J. Bleeker", "Gerard-Jan Bleeker"),
    R("EMAIL", "bleeker.babs@ziggo.nl", "bleeker.babs@ziggo.nl"),
    R("PHONE", "06 28 94 11 07", "06 28 94 11 07"),
    R("PERSON", "Fatima el Khatib", "El Khatib"),
    R("PERSON", "bruidspaar Çelik/Dijkstra", "Çelik/Dijkstra"),
    R("PERSON", "mevrouw Van Dorp (ceremoniemeester)", "Van Dorp"),
    R("PERSON", "Rob ter Weele", "Ter Weele"),
    R("KVK", "KvK eenmanszaak BABS", "81234567"),
    R("ADDRESS", "Molenweg 3a, 3701 BL Zeist", "Molenweg 3a", "3701 BL"),
], keep=[
    GEM, K("CASE", "KL-2026-0412", "KL-2026-0412"), K("FUNC", "BABS", "BABS"),
    K("SHIP", "Johanna Maria", "Johanna Maria"), K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba"),
    K("PRODUCT", "iBurgerzaken", "iBurgerzaken"), K("PLACE", "Rhenen", "Rhenen"),
    K("FUNC", "Trouwambtenaar", "Trouwambtenaar"), K("FUNC", "klachtencoördinator", "klachtencoördinator"),
    K("DATE", "23 maart 2026", "23 maart 2026"), K("PLACE", "Zeist", "Zeist,"),
], producer="Acrobat Distiller 11.0 (Windows)", creator="PScript5.dll Version 5.2.2", font="Times-Roman"))

# ---------------------------------------------------------------- vb06 reply to couple (docx)
DOCS.append(Doc("vb06_brief_afhandeling_klacht", "docx", [
    "Gemeente Veenendaal\nPublieksdienstverlening | Burgerzaken",
    "",
    "Mevrouw A. Çelik en de heer R. Dijkstra\nKerkewijk 212\n3904 JJ  Veenendaal",
    "",
    "Datum: 28 april 2026\nKenmerk: KL-2026-0412\nOnderwerp: afhandeling van uw klacht",
    "Geachte mevrouw Çelik en heer Dijkstra,",
    "Op 17 maart 2026 ontvingen wij uw klacht over het optreden van de buitengewoon ambtenaar van de burgerlijke "
    "stand tijdens uw huwelijk op 14 maart 2026. Op 15 april 2026 heeft de klachtencommissie u en de betrokken BABS "
    "gehoord. Het college heeft het advies van de commissie overgenomen.",
    "Oordeel: uw klacht over het te laat komen en over de opmerkingen in de toespraak is gegrond. Uw klacht over de "
    "huwelijksakte is ongegrond: de akte is op 16 maart 2026 met de juiste gegevens in het register ingeschreven en "
    "in de Basisregistratie Personen verwerkt.",
    "Wij bieden u namens het college onze excuses aan. De leges voor de trouwlocatie (€ 398,00) worden terugbetaald op "
    "uw rekening NL91 RABO 0317 4410 82. Met de betrokken BABS zijn afspraken gemaakt; over rechtspositionele "
    "maatregelen doen wij geen mededelingen.",
    "Bent u het niet eens met de afhandeling? Dan kunt u zich wenden tot de Nationale ombudsman.",
    "Met vriendelijke groet,\nnamens burgemeester en wethouders van Veenendaal,",
    "",
    "R. ter Weele\nteamleider Burgerzaken",
    "~ Kopie: wethouder Van Gorcum (portefeuille Publiekszaken)",
], redact=[
    R("PERSON", "Anouk Çelik", "A. Çelik", "Çelik"),
    R("PERSON", "Ruben Dijkstra", "R. Dijkstra", "Dijkstra"),
    R("ADDRESS", "Kerkewijk 212", "Kerkewijk 212", "3904 JJ"),
    R("IBAN", "NL91 RABO 0317 4410 82", "NL91 RABO 0317 4410 82"),
    R("PERSON", "Rob ter Weele", "R. ter Weele"),
], keep=[
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), BZ, K("CASE", "KL-2026-0412", "KL-2026-0412"),
    K("ROLE_PUB", "wethouder Van Gorcum", "wethouder Van Gorcum"),
    K("ORG", "Nationale ombudsman", "Nationale ombudsman"), K("ORG", "klachtencommissie", "klachtencommissie"),
    K("REG", "Basisregistratie Personen", "Basisregistratie Personen"), K("FUNC", "BABS", "BABS"),
    K("AMOUNT", "€ 398,00", "€ 398,00"), K("FUNC", "teamleider Burgerzaken", "teamleider Burgerzaken"),
    K("ORG", "Publieksdienstverlening", "Publieksdienstverlening"), K("DATE", "28 april 2026", "28 april 2026"),
], producer="LibreOffice 7.6", creator="Writer"))

# ---------------------------------------------------------------- vb07 beslisnota BABS (docx, 2 pages)
DOCS.append(Doc("vb07_beslisnota_babs", "docx", [
    "# Beslisnota college van B&W",
    "|Aan|college van burgemeester en wethouders|",
    "|Portefeuillehouder|wethouder Van Gorcum|",
    "|Van|afdeling Publiekszaken, team Burgerzaken|",
    "|Steller|H. Scholten-de Vries, 0318 538 300, h.scholten@veenendaal.nl|",
    "|Datum|21 april 2026|",
    "|Zaaknummer|Z26.004871|",
    "|Onderwerp|Advies klachtencommissie en beëindiging benoeming BABS|",
    "## Aanleiding",
    "Op 17 maart 2026 is een klacht ontvangen over het optreden van BABS G.J. Bleeker bij een huwelijk op 14 maart "
    "2026 (KL-2026-0412). De klachtencommissie heeft op 15 april 2026 geadviseerd de klacht deels gegrond te verklaren. "
    "Het is de tweede gegronde klacht over deze BABS binnen zes maanden.",
    "## Geadviseerd besluit",
    "Aan het college wordt gevraagd: 1. het advies van de klachtencommissie over te nemen; 2. de benoeming van de "
    "heer Bleeker tot buitengewoon ambtenaar van de burgerlijke stand met ingang van 1 juni 2026 te beëindigen "
    "(artikel 1:16 lid 3 Burgerlijk Wetboek); 3. de reeds geplande huwelijken van 1 juni tot en met 31 augustus 2026 "
    "(zes ceremonies) over te dragen aan BABS Ingrid Roelofsen-Tan en BABS Mustafa Öztürk.",
    "## Kern",
    "De gemeente werkt met 11 BABS op zzp-basis. Het Draaiboek huwelijksvoltrekkingen 2025 eist stiptheid en een "
    "neutrale, inclusieve toespraak. Het college is bevoegd een BABS te benoemen en de benoeming in te trekken.",
    "---",
    "## Krachtenveld",
    "De heer Bleeker heeft laten weten bezwaar te zullen maken. Hij wordt bijgestaan door mr. P.A. Steenhuis van "
    "Steenhuis Advocatuur. Raadslid Fennema (ChristenUnie) heeft schriftelijke vragen gesteld (zie nota Z26.005102).",
    "## Communicatie",
    "Geen actieve communicatie. Bij vragen van de pers verwijst woordvoering naar de algemene lijn: 'Wij doen geen "
    "mededelingen over individuele BABS.'",
    "## Paraaf",
    "|Naam|Functie|Paraaf|Datum|",
    "|R. ter Weele|teamleider Burgerzaken|RtW|21-04-2026|",
    "|H. Scholten-de Vries|afdelingsmanager Publiekszaken|HSdV|22-04-2026|",
    "|N. Bouzid|HR-adviseur|NB|22-04-2026|",
    "## Informatie die niet openbaar gemaakt kan worden",
    "[nog in te vullen]",
], redact=[
    R("PERSON", "Henriëtte Scholten-de Vries", "H. Scholten-de Vries"),
    R("PHONE", "0318 538 300", "0318 538 300"), R("EMAIL", "h.scholten@veenendaal.nl", "h.scholten@veenendaal.nl"),
    R("PERSON", "Gerard-Jan Bleeker", "G.J. Bleeker", "Bleeker"),
    R("PERSON", "Ingrid Roelofsen-Tan", "Ingrid Roelofsen-Tan"),
    R("PERSON", "Mustafa Öztürk", "Mustafa Öztürk"),
    R("PERSON", "mr. P.A. Steenhuis", "P.A. Steenhuis"),
    R("PERSON", "Rob ter Weele", "R. ter Weele"),
    R("PERSON", "Naima Bouzid", "N. Bouzid"),
    R("PARAPH", "paraafcodes", "RtW", "HSdV"),
    R("PERSON", "Henriëtte Scholten-de Vries (Author)", "Scholten-de Vries, Henriëtte", ch="metadata"),
], keep=[
    K("ROLE_PUB", "wethouder Van Gorcum", "wethouder Van Gorcum"),
    K("ROLE_PUB", "Raadslid Fennema", "Raadslid Fennema (ChristenUnie)"),
    K("ORG", "Steenhuis Advocatuur", "Steenhuis Advocatuur"),
    K("CASE", "Z26.004871", "Z26.004871"), K("CASE", "Z26.005102", "Z26.005102"), K("CASE", "KL-2026-0412", "KL-2026-0412"),
    K("LAW", "Burgerlijk Wetboek", "artikel 1:16 lid 3 Burgerlijk Wetboek"),
    K("DOC", "Draaiboek huwelijksvoltrekkingen 2025", "Draaiboek huwelijksvoltrekkingen 2025"),
    K("FUNC", "afdelingsmanager Publiekszaken", "afdelingsmanager Publiekszaken"),
    K("FUNC", "HR-adviseur", "HR-adviseur"), K("FUNC", "BABS", "BABS"),
    K("HEAD", "Informatie die niet openbaar gemaakt kan worden", "Informatie die niet openbaar gemaakt kan worden"),
], producer="LibreOffice 7.6", creator="Writer", author="Scholten-de Vries, Henriëtte"))

# ---------------------------------------------------------------- vb08 hearing minutes (2 pages)
DOCS.append(Doc("vb08_verslag_hoorzitting", "rl", [
    "# Verslag hoorzitting klachtencommissie gemeente Veenendaal",
    "Klacht KL-2026-0412 | hoorzitting 15 april 2026, 14.00-15.30 uur | Stadhuis, kamer 2.14",
    "## Aanwezig",
    "|Naam|Rol|Aanwezig|",
    "|mr. drs. W.H. (Wim) Roodbeen|voorzitter klachtencommissie (extern)|ja|",
    "|A.M. Kalkman-Brouwer|lid klachtencommissie|ja|",
    "|F. el Khatib|klachtencoördinator, secretaris|ja|",
    "|A. Çelik en R. Dijkstra|klagers|ja|",
    "|G.J. Bleeker|beklaagde (BABS)|ja|",
    "|R. ter Weele|teamleider Burgerzaken, informant|nee, schriftelijk|",
    "## 1. Opening",
    "De voorzitter opent de zitting en wijst erop dat de hoorzitting niet openbaar is. Van de zitting wordt een "
    "geluidsopname gemaakt die na vaststelling van het advies wordt vernietigd.",
    "## 2. Toelichting klagers",
    "Mevrouw Çelik licht de klacht toe. Zij benadrukt dat de opmerking over haar familie het meest pijnlijk was: "
    "'Mijn moeder is die dag in tranen naar huis gegaan.' De heer Dijkstra vult aan dat de gasten ruim een half uur "
    "buiten stonden en dat het bruidspaar daarvan geen bericht kreeg.",
    "## 3. Reactie beklaagde",
    "De heer Bleeker herhaalt zijn schriftelijke reactie van 23 maart 2026. Hij stelt dat hij de ceremoniemeester heeft "
    "gebeld. Op vraag van mevrouw Kalkman-Brouwer erkent hij dat hij niet heeft gecontroleerd of het bericht het "
    "bruidspaar heeft bereikt. Hij biedt ter zitting opnieuw zijn excuses aan.",
    "---",
    "## 4. Vragen van de commissie",
    "De commissie vraagt naar het Draaiboek huwelijksvoltrekkingen 2025. De heer Bleeker verklaart het te kennen. Hij "
    "heeft de training 'Inclusief trouwen' van het Nederlands Genootschap van Burgerzaken (NVVB) in 2024 niet gevolgd.",
    "## 5. Advies (hoofdlijn)",
    "De commissie adviseert het college de klacht op twee onderdelen gegrond en op één onderdeel ongegrond te "
    "verklaren. Het volledige advies volgt binnen twee weken. Het advies raakt niet aan de vraag of de benoeming van de "
    "BABS moet worden beëindigd; dat is aan het college.",
    "## Actiepunten",
    "|Nr|Actie|Wie|Gereed|",
    "|1|Concept-advies opstellen|WR / FeK|29-04|",
    "|2|Opname vernietigen na vaststelling|FeK|06-05|",
    "|3|Informeren teamleider over uitkomst|FeK|30-04|",
    "~ Vastgesteld door de voorzitter, 22 april 2026. Secretaris: F. el Khatib, 0318 538 207.",
], redact=[
    R("PERSON", "Wim Roodbeen", "W.H. (Wim) Roodbeen"),
    R("PERSON", "A.M. Kalkman-Brouwer", "A.M. Kalkman-Brouwer", "Kalkman-Brouwer"),
    R("PERSON", "Fatima el Khatib", "F. el Khatib"),
    R("PERSON", "Anouk Çelik", "A. Çelik", "Çelik"),
    R("PERSON", "Ruben Dijkstra", "R. Dijkstra", "Dijkstra"),
    R("PERSON", "Gerard-Jan Bleeker", "G.J. Bleeker", "Bleeker"),
    R("PERSON", "Rob ter Weele", "R. ter Weele"),
    R("INITIALS", "actiecodes", "WR", "FeK"),
    R("PERSON", "Wim Roodbeen (bookmark)", "W.H.R.", ch="outline"),
    R("PHONE", "0318 538 207", "0318 538 207"),
], keep=[
    K("ORG", "gemeente Veenendaal", "gemeente Veenendaal"), K("CASE", "KL-2026-0412", "KL-2026-0412"),
    K("ORG", "NVVB", "Nederlands Genootschap van Burgerzaken (NVVB)"),
    K("DOC", "Draaiboek huwelijksvoltrekkingen 2025", "Draaiboek huwelijksvoltrekkingen 2025"),
    K("FUNC", "voorzitter klachtencommissie", "voorzitter klachtencommissie"),
    K("FUNC", "teamleider Burgerzaken", "teamleider Burgerzaken"), K("BUILDING", "Stadhuis", "Stadhuis, kamer 2.14"),
    K("TERM", "Inclusief trouwen", "Inclusief trouwen"), K("DATE", "15 april 2026", "15 april 2026"),
    K("FUNC", "BABS", "BABS"),
], producer="ReportLab PDF Library - www.reportlab.com", creator="Notuleerservice Publiekszaken",
    outline=[("Verslag hoorzitting KL-2026-0412", 0), ("Reactie beklaagde (notities W.H.R.)", 0), ("Actiepunten", 1)]))

# ---------------------------------------------------------------- vb09 Teams chat counter staff
DOCS.append(Doc("vb09_teams_chat_balie", "rl", [
    "# Chat: Balie Burgerzaken (Microsoft Teams) - export 12-03-2026",
    "[12-03-2026 10:02] Priya Ramdin: balie 3 heeft een aanvraag paspoort, meneer zegt dat hij Jeroen Smeenk is, "
    "geb. 17-06-1985. foto in RAAS lijkt niet op de foto van 2019 🤔",
    "[12-03-2026 10:03] Kevin de Bruijn: oorlellen vergelijken en de kin. Laat hem even wachten",
    "[12-03-2026 10:05] Priya Ramdin: oren anders, ook 4 cm kleiner dan in VIS staat (1,86 vs 1,82)",
    "[12-03-2026 10:06] Wendy Brinkhuis: Pri, niks zeggen tegen hem. ik kom naar beneden. Kev, bel jij de KMar?",
    "[12-03-2026 10:07] Kevin de Bruijn: doe ik, nummer van het Centraal Meldpunt Identiteitsfraude heb ik",
    "[12-03-2026 10:11] Wendy Brinkhuis: BSN in BRP = 203948571, broer staat op zelfde adres Bovenbuurtweg 87. "
    "Broer heet Ralf Smeenk, geb. 02-09-1987. Lijkt sprekend. Ik denk look-alike fraude",
    "[12-03-2026 10:14] Priya Ramdin: hij wordt onrustig, vraagt hoe lang het duurt",
    "[12-03-2026 10:15] Wendy Brinkhuis: zeg maar dat het systeem traag is. Mehmet, wil jij balie 4 sluiten?",
    "[12-03-2026 10:16] Mehmet Aydın: 👍 gesloten",
    "[12-03-2026 10:31] Kevin de Bruijn: KMar komt, wachtmeester Kooistra, 20 min",
    "[12-03-2026 10:52] Wendy Brinkhuis: hij is weg voordat KMar er was. Aanvraag niet in behandeling genomen. "
    "Ik doe de melding bij RvIG, Kev maakt proces-verbaal van bevindingen. Pri, even schrijven wat je zag ok?",
    "[12-03-2026 10:53] Priya Ramdin: ja doe ik. was best eng eerlijk gezegd",
    "[12-03-2026 10:54] Joyce Hakkert: Goed gedaan Pri 💪 koffie staat klaar",
], redact=[
    R("PERSON", "Priya Ramdin", "Priya Ramdin", "Pri"),
    R("PERSON", "Kevin de Bruijn", "Kevin de Bruijn", "Kev"),
    R("PERSON", "Wendy Brinkhuis", "Wendy Brinkhuis"),
    R("PERSON", "Mehmet Aydın", "Mehmet Aydın", "Mehmet"),
    R("PERSON", "Joyce Hakkert", "Joyce Hakkert"),
    R("PERSON", "Jeroen Smeenk (aanvrager)", "Jeroen Smeenk"),
    R("PERSON", "Ralf Smeenk", "Ralf Smeenk"),
    R("DOB", "geboortedata", "17-06-1985", "02-09-1987"),
    R("BSN", "203948571", "203948571"),
    R("ADDRESS", "Bovenbuurtweg 87", "Bovenbuurtweg 87"),
    R("PERSON", "wachtmeester Kooistra", "Kooistra"),
    R("BODY", "lengte", "1,86 vs 1,82"),
], keep=[
    K("PRODUCT", "Microsoft Teams", "Microsoft Teams"), K("PRODUCT", "RAAS", "RAAS"), K("PRODUCT", "VIS", "VIS"),
    K("ORG", "KMar", "KMar"), K("ORG", "Centraal Meldpunt Identiteitsfraude", "Centraal Meldpunt Identiteitsfraude"),
    K("ORG", "RvIG", "RvIG"), K("REG", "BRP", "BRP"), K("TERM", "look-alike fraude", "look-alike fraude"),
    K("TERM", "proces-verbaal van bevindingen", "proces-verbaal van bevindingen"), BZ,
    K("TERM", "balie 3", "balie 3"),
], producer="Microsoft: Print To PDF", creator="Microsoft Teams", font="DejaVuSans"))

# ---------------------------------------------------------------- vb10 AcroForm: melding identiteitsfraude
DOCS.append(Doc("vb10_meldformulier_idfraude", "form", [
    "# Meldformulier vermoeden identiteitsfraude reisdocumenten",
    "Rijksdienst voor Identiteitsgegevens (RvIG) - Centraal Meldpunt Identiteitsfraude en -fouten (CMI)",
    "Invullen door de uitgevende instantie. Grondslag: Paspoortwet, Paspoortuitvoeringsregeling Nederland 2001.",
    "Uitgevende instantie: gemeente Veenendaal, afdeling Publiekszaken, team Burgerzaken.",
    "Meldingsnummer: RvIG-MLD-2026-33817 | Datum voorval: 12-03-2026 | Soort: look-alike fraude (aanvraag paspoort)",
    "Toelichting voor de melder: vul hieronder de gegevens van de aanvrager en van de melder in.",
], redact=[
    R("PERSON", "Jeroen Smeenk (opgegeven identiteit)", "Jeroen Smeenk", ch="annotations"),
    R("BSN", "BSN", "203948571", ch="annotations"),
    R("DOB", "17-06-1985", "17-06-1985", ch="annotations"),
    R("PERSON", "Ralf Smeenk (vermoedelijke aanvrager)", "Ralf Smeenk", ch="annotations"),
    R("ADDRESS", "Bovenbuurtweg 87, 3905 AP Veenendaal", "Bovenbuurtweg 87", ch="annotations"),
    R("DOCNR", "documentnummer paspoort", "NW3K81L27", ch="annotations"),
    R("PERSON", "Wendy Brinkhuis (melder)", "W. Brinkhuis", ch="annotations"),
    R("EMAIL", "w.brinkhuis@veenendaal.nl", "w.brinkhuis@veenendaal.nl", ch="annotations"),
    R("PHONE", "0318 538 260", "0318 538 260", ch="annotations"),
    R("PERSON", "Priya Ramdin (getuige)", "P. Ramdin", ch="annotations"),
], keep=[
    K("ORG", "Rijksdienst voor Identiteitsgegevens", "Rijksdienst voor Identiteitsgegevens (RvIG)"),
    K("ORG", "CMI", "Centraal Meldpunt Identiteitsfraude en -fouten (CMI)"),
    K("LAW", "Paspoortwet", "Paspoortwet"), K("LAW", "PUN 2001", "Paspoortuitvoeringsregeling Nederland 2001"),
    K("ORG", "gemeente Veenendaal", "gemeente Veenendaal"), K("CASE", "RvIG-MLD-2026-33817", "RvIG-MLD-2026-33817"),
    K("TERM", "look-alike fraude", "look-alike fraude"), BZ,
], producer="ReportLab PDF Library - www.reportlab.com", creator="RvIG meldformulier v3.2 (iText 7.2.5)",
    fields=[("Opgegeven naam aanvrager", "naam_aanvrager", "Jeroen Smeenk"),
            ("BSN opgegeven identiteit", "bsn", "203948571"),
            ("Geboortedatum", "gebdatum", "17-06-1985"),
            ("Vermoedelijke werkelijke aanvrager", "verdachte", "Ralf Smeenk (broer)"),
            ("Woonadres", "adres", "Bovenbuurtweg 87, 3905 AP Veenendaal"),
            ("Nummer vorig reisdocument", "docnr", "NW3K81L27"),
            ("Naam melder", "melder", "W. Brinkhuis, adviseur documentfraude"),
            ("E-mail melder", "email", "w.brinkhuis@veenendaal.nl"),
            ("Telefoon melder", "tel", "0318 538 260"),
            ("Getuige (baliemedewerker)", "getuige", "P. Ramdin")]))

# ---------------------------------------------------------------- vb11 mail thread with RvIG (docx, 2 pages)
DOCS.append(Doc("vb11_mail_rvig", "docx", [
    "Van: Oosterbaan, Thijs <thijs.oosterbaan@rvig.nl>\nVerzonden: maandag 16 maart 2026 13:27\n"
    "Aan: Brinkhuis, Wendy <w.brinkhuis@veenendaal.nl>\nCC: Frontoffice RvIG <frontoffice@rvig.nl>; "
    "Dölle, Marieke <marieke.dölle@rvig.nl>\nOnderwerp: RE: melding RvIG-MLD-2026-33817 look-alike Veenendaal",
    "Beste Wendy,",
    "Dank voor de volledige melding. Wij hebben het document NW3K81L27 in het Register Paspoortsignaleringen (RPS) "
    "opgenomen als 'vermoedelijk misbruik'. Bij een nieuwe aanvraag op naam van de heer J. Smeenk krijgt iedere "
    "uitgevende instantie een waarschuwing.",
    "Marieke Dölle van ons team Identiteitsfraude neemt contact op met de Koninklijke Marechaussee (Expertisecentrum "
    "Identiteitsfraude en Documenten, ECID) voor de vergelijking van de foto's. Zij is bereikbaar op 070 888 4621 of "
    "06 31 09 77 48.",
    "Wil je het proces-verbaal van je collega De Bruijn nog nasturen via het beveiligde kanaal (ZIVVER)? Mail met "
    "bijlagen met BSN liever niet via gewone e-mail.",
    "Met vriendelijke groet,\nThijs Oosterbaan\nSenior adviseur identiteitsfraude | Rijksdienst voor Identiteitsgegevens\n"
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nT 070 888 4587 | Algemeen: 088 900 1000",
    "---",
    "Van: Brinkhuis, Wendy <w.brinkhuis@veenendaal.nl>\nVerzonden: vrijdag 13 maart 2026 09:41\n"
    "Aan: Frontoffice RvIG <frontoffice@rvig.nl>\nCC: Weele, Rob ter <r.terweele@veenendaal.nl>\n"
    "Onderwerp: melding RvIG-MLD-2026-33817 look-alike Veenendaal",
    "Goedemorgen,",
    "Gisteren (12 maart) heeft zich aan onze balie een man gemeld die een paspoort aanvroeg op naam van een "
    "ingezetene van Veenendaal. Op basis van de gezichtsvergelijking, de lengte en de verklaring van onze "
    "baliemedewerker P. Ramdin vermoeden wij dat het de broer van de houder betreft (look-alike). De aanvraag is niet "
    "in behandeling genomen. De man heeft het stadhuis verlaten voordat de KMar arriveerde.",
    "Het ingevulde meldformulier is als bijlage toegevoegd. De houder zelf, de heer Smeenk, is nog niet geïnformeerd; "
    "graag uw advies of dat via de gemeente of via RvIG loopt.",
    "Met vriendelijke groet,\nWendy Brinkhuis\nadviseur documentfraude, team Burgerzaken\nGemeente Veenendaal | "
    "0318 538 260 | 06-38 72 15 09",
], redact=[
    R("PERSON", "Thijs Oosterbaan", "Oosterbaan, Thijs", "Thijs Oosterbaan"),
    R("EMAIL", "thijs.oosterbaan@rvig.nl", "thijs.oosterbaan@rvig.nl"),
    R("PERSON", "Wendy Brinkhuis", "Brinkhuis, Wendy", "Wendy Brinkhuis", "Wendy"),
    R("EMAIL", "w.brinkhuis@veenendaal.nl", "w.brinkhuis@veenendaal.nl"),
    R("PERSON", "Marieke Dölle", "Dölle, Marieke", "Marieke Dölle"),
    R("EMAIL", "marieke.dölle@rvig.nl", "marieke.dölle@rvig.nl"),
    R("DOCNR", "NW3K81L27", "NW3K81L27"),
    R("PERSON", "Jeroen Smeenk", "J. Smeenk", "Smeenk"),
    R("PHONE", "070 888 4621", "070 888 4621"), R("PHONE", "06 31 09 77 48", "06 31 09 77 48"),
    R("PHONE", "070 888 4587", "070 888 4587"),
    R("PERSON", "Kevin de Bruijn", "De Bruijn"),
    R("PERSON", "Rob ter Weele", "Weele, Rob ter"), R("EMAIL", "r.terweele@veenendaal.nl", "r.terweele@veenendaal.nl"),
    R("PERSON", "Priya Ramdin", "P. Ramdin"),
    R("PHONE", "0318 538 260", "0318 538 260"), R("PHONE", "06-38 72 15 09", "06-38 72 15 09"),
    R("PERSON", "Wendy Brinkhuis (Author)", "Brinkhuis, W.", ch="metadata"),
], keep=[
    K("EMAIL_PUB", "frontoffice@rvig.nl", "frontoffice@rvig.nl"),
    K("ORG", "Rijksdienst voor Identiteitsgegevens", "Rijksdienst voor Identiteitsgegevens"),
    K("ORG", "BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    K("REG", "RPS", "Register Paspoortsignaleringen (RPS)"),
    K("ORG", "ECID", "Expertisecentrum Identiteitsfraude en Documenten, ECID"),
    K("ORG", "Koninklijke Marechaussee", "Koninklijke Marechaussee"), K("ORG", "KMar", "KMar"),
    K("PRODUCT", "ZIVVER", "ZIVVER"), K("PHONE_PUB", "088 900 1000", "088 900 1000"),
    K("CASE", "RvIG-MLD-2026-33817", "RvIG-MLD-2026-33817"),
    K("FUNC", "Senior adviseur identiteitsfraude", "Senior adviseur identiteitsfraude"),
    K("FUNC", "adviseur documentfraude", "adviseur documentfraude"), K("ORG", "Frontoffice RvIG", "Frontoffice RvIG"),
    K("TERM", "look-alike", "look-alike"),
], producer="LibreOffice 7.6", creator=OUTLOOK, author="Brinkhuis, W."))
