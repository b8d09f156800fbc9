"""Set TX, documents tx01-tx11."""
from lib import Doc, K, R
from cast import iban

IB_PAS = iban("RABO", "0318274651")

DOCS = []

# ---------------------------------------------------------------- tx01 Woo request (journalist, private)
DOCS.append(Doc(
    "tx01_woo_verzoek", "Woo-verzoek leerlingenvervoer Valleitaxi",
    ["Daniëlle Verschuur", "Oude Kerkstraat 41", "3771 CM Barneveld", "d.verschuur@barneveldsekrant.nl",
     "06-28 41 77 93", "",
     "Aan het college van burgemeester en wethouders van de gemeente Ede", "t.a.v. team Informatieverzoeken",
     "Postbus 9022", "6710 HK Ede", "", "Barneveld, 2 september 2026", "",
     "Onderwerp: verzoek op grond van de Wet open overheid (Woo) - leerlingenvervoer Valleitaxi B.V.", "",
     "Geacht college,", "",
     "Op grond van artikel 4.1 van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten "
     "over de uitvoering van het leerlingenvervoer door Valleitaxi B.V. in het schooljaar 2025-2026, perceel 2 "
     "(Barneveld en Scherpenzeel) van de aanbesteding RBL-2024-LV-03.",
     "Het gaat mij in het bijzonder om: de correspondentie tussen het Regionaal Bureau Leerlingenvervoer "
     "Foodvalley (RBL Foodvalley) en Valleitaxi B.V.; klachten van ouders en de afhandeling daarvan; "
     "documenten over de chauffeurskaart van de chauffeur die in juni 2026 bij Kiwa Register werd "
     "gecontroleerd; het proces-verbaal van Politie Oost-Nederland van 11 juni 2026; de verslagen van het "
     "contractoverleg; en de beslisnota aan wethouder Stokkink over een mogelijke ontbinding van het contract.",
     "Ik verzoek u de documenten digitaal te verstrekken. Voor vragen ben ik bereikbaar op het hierboven "
     "vermelde telefoonnummer.", "", "Met vriendelijke groet,", "", "Daniëlle Verschuur",
     "verslaggever Barneveldse Krant"],
    [R("PERSON", "Daniëlle Verschuur", "Daniëlle Verschuur", "Verschuur"),
     R("ADDRESS", "Oude Kerkstraat 41", "Oude Kerkstraat 41", "3771 CM"),
     R("EMAIL", "d.verschuur@barneveldsekrant.nl"), R("PHONE", "06-28 41 77 93")],
    [K("ORG", "gemeente Ede"), K("ORG", "Valleitaxi B.V."), K("LAW", "Wet open overheid"),
     K("ORG", "RBL Foodvalley"), K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"),
     K("ORG", "Kiwa Register"), K("ORG", "Politie Oost-Nederland"), K("CASE", "RBL-2024-LV-03"),
     K("PUBLIC", "wethouder Stokkink", "Stokkink"), K("PLACE", "Scherpenzeel"), K("ORG", "Barneveldse Krant"),
     K("ADDRESS", "Postbus 9022"), K("TERM", "chauffeurskaart")],
    font="dv", creator="Microsoft Word for Microsoft 365", producer="Microsoft: Print To PDF"))

# ---------------------------------------------------------------- tx02 acknowledgement
DOCS.append(Doc(
    "tx02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek WOO-2026-0418",
    ["# Gemeente Ede", "Raadhuisplein 1 | Postbus 9022 | 6710 HK Ede | telefoon 14 0318 | www.ede.nl", "",
     "Mevrouw D. Verschuur", "Oude Kerkstraat 41", "3771 CM Barneveld", "",
     "|Ons kenmerk|WOO-2026-0418 / Z/26/118204", "|Datum|4 september 2026",
     "|Behandeld door|mr. W. van 't Hoff", "|Telefoon|0318-680 442", "|E-mail|woo@ede.nl", "",
     "Onderwerp: ontvangstbevestiging van uw Woo-verzoek", "",
     "Geachte mevrouw Verschuur,", "",
     "Op 2 september 2026 hebben wij uw verzoek ontvangen om informatie over het leerlingenvervoer door "
     "Valleitaxi B.V. Wij behandelen uw verzoek op grond van de Wet open overheid (Woo). Op grond van artikel "
     "4.4 Woo beslissen wij binnen vier weken, uiterlijk op 30 september 2026. Deze termijn kan met twee weken "
     "worden verdaagd. Omdat de documenten ook gegevens van Valleitaxi B.V. en van ouders bevatten, vragen wij "
     "hen mogelijk om hun zienswijze (artikel 4.9 Woo).",
     "Heeft u vragen, neem dan contact op met het team Informatieverzoeken via woo@ede.nl of 14 0318. "
     "Vermeld daarbij ons kenmerk.", "", "Hoogachtend,", "",
     "burgemeester en wethouders van Ede,", "namens dezen,", "", "mr. W. van 't Hoff",
     "jurist Informatieverzoeken"],
    [R("PERSON", "Daniëlle Verschuur", "D. Verschuur", "Verschuur"),
     R("ADDRESS", "Oude Kerkstraat 41", "Oude Kerkstraat 41", "3771 CM Barneveld"),
     R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff", "van 't Hoff"), R("PHONE", "0318-680 442")],
    [K("ORG", "Gemeente Ede"), K("PHONE_GENERAL", "14 0318"), K("EMAIL_FUNCTIONAL", "woo@ede.nl"),
     K("CASE", "WOO-2026-0418"), K("CASE", "Z/26/118204"), K("ADDRESS", "Raadhuisplein 1"),
     K("ORG", "Valleitaxi B.V."), K("LAW", "Wet open overheid"), K("TITLE", "jurist Informatieverzoeken"),
     K("TERM", "team Informatieverzoeken"), K("DATE", "30 september 2026")],
    font="helv", creator="Corsa 7.2 (Decos JOIN)", producer="Aspose.PDF for .NET 23.4"))

# ---------------------------------------------------------------- tx03 chauffeurskaart register extract
DOCS.append(Doc(
    "tx03_chauffeurskaart_uittreksel", "Uittreksel register chauffeurskaarten",
    ["# Kiwa Register - uittreksel chauffeurskaart taxivervoer",
     "Opgevraagd door RBL Foodvalley (contractbeheer) op 12 juni 2026 in het kader van de contractcontrole "
     "perceel 2. Verstrekt op grond van artikel 76 Besluit personenvervoer 2000.", "",
     "## Gegevens kaarthouder",
     "|Naam|YILDIRIM, Mehmet", "|Geboortedatum|14-03-1979", "|Geboorteplaats|Kayseri (Turkije)",
     "|Adres|Klaverweide 23, 3772 KP Barneveld", "|BSN (controle)|204657386",
     "|Kaartnummer|CK 4401 8273 65", "|Soort kaart|chauffeurskaart taxi (met pasfoto)",
     "|Geldig van - tot|01-02-2022 - 31-01-2027", "|Status|ingetrokken per 20-06-2026 (VOG verlopen)", "|Vorige kaart|CK 4388 0912 77 (2017-2022)",
     "|Rijbewijsnummer|5102 8846 17", "|Contact kaarthouder|06-39 02 71 64 / mehmet.yildirim79@outlook.com", "",
     "## Vervoerder",
     "|Ondernemer|Valleitaxi B.V.", "|KvK-nummer|09187342", "|Vergunning|taxivergunning ILT nr. TX-114572",
     "|Boordcomputer|ja (BCT, merk Centrodyn)", "",
     "## Aantekeningen",
     "Op 11 juni 2026 werd de kaarthouder bij een controle door Politie Oost-Nederland aangetroffen zonder "
     "geldige Verklaring Omtrent het Gedrag (VOG). De VOG-aanvraag was bij Justis nog in behandeling. "
     "De Inspectie Leefomgeving en Transport (ILT) is geïnformeerd.",
     "Controle uitgevoerd door: R. Zandbergen, medewerker registerbeheer Kiwa, toestel 088-998 41 36.", "",
     "Dit uittreksel bevat persoonsgegevens en is uitsluitend bestemd voor de opdrachtgever."],
    [R("PERSON", "Mehmet Yıldırım", "YILDIRIM", "Mehmet"), R("DOB", "14-03-1979"),
     R("ADDRESS", "Klaverweide 23, 3772 KP Barneveld", "Klaverweide 23", "3772 KP"),
     R("BSN", "204657386"), R("ID", "CK 4401 8273 65"), R("PLACE_OF_BIRTH", "Kayseri"),
     R("PERSON", "R. Zandbergen", "R. Zandbergen"), R("PHONE", "088-998 41 36"), R("ID", "CK 4388 0912 77"),
     R("ID", "5102 8846 17"), R("PHONE", "06-39 02 71 64"), R("EMAIL", "mehmet.yildirim79@outlook.com")],
    [K("ORG", "Kiwa Register"), K("ORG", "RBL Foodvalley"), K("LAW", "Besluit personenvervoer 2000"),
     K("ORG", "Valleitaxi B.V."), K("KVK_COMPANY", "09187342"), K("CASE", "TX-114572"),
     K("ORG", "Politie Oost-Nederland"), K("ORG", "Justis"), K("ORG", "Inspectie Leefomgeving en Transport"),
     K("ORG", "ILT"), K("TERM", "Verklaring Omtrent het Gedrag"), K("PRODUCT", "Centrodyn"),
     K("TERM", "chauffeurskaart taxi")],
    font="dvc", creator="Kiwa Register CK-portaal", producer="iText 7.2.5 (AGPL-version)"))

# ---------------------------------------------------------------- tx04 mail thread RBL <-> Valleitaxi
DOCS.append(Doc(
    "tx04_mail_rbl_valleitaxi", "RE: chauffeur route B-07 zonder geldige VOG",
    ["Van: Oosterveld-Kamp, Mirjam <m.oosterveld@rbl-foodvalley.nl>",
     "Verzonden: vrijdag 12 juni 2026 16:42", "Aan: H.J. Brouwer <hj.brouwer@valleitaxi.nl>",
     "CC: Beek, Jeroen ter <j.terbeek@rbl-foodvalley.nl>; planning@valleitaxi.nl",
     "Onderwerp: RE: chauffeur route B-07 zonder geldige VOG", "",
     "Beste heer Brouwer,", "",
     "Dank voor uw snelle reactie. Ik leg voor de duidelijkheid vast wat wij hebben afgesproken: de heer "
     "Yıldırım rijdt vanaf maandag 15 juni geen ritten meer voor het leerlingenvervoer tot hij een geldige "
     "chauffeurskaart en VOG kan tonen. Route B-07 (SBO De Wingerd) wordt overgenomen door de heer Pasveer. "
     "Graag ontvang ik uiterlijk dinsdag een overzicht van alle chauffeurs op perceel 2 met de vervaldatum van "
     "hun kaart.",
     "Het contract (artikel 9.3 van de overeenkomst RBL-2024-LV-03) verplicht u om alleen chauffeurs in te zetten "
     "met een geldige chauffeurskaart. Wij bespreken dit in het contractoverleg van 25 juni.", "",
     "Met vriendelijke groet,", "", "Mirjam Oosterveld-Kamp", "contractmanager leerlingenvervoer",
     "Regionaal Bureau Leerlingenvervoer Foodvalley", "T 06-41 27 93 58 | rbl@foodvalley-vervoer.nl", "",
     "---",
     "Van: Henk-Jan Brouwer <hj.brouwer@valleitaxi.nl>", "Verzonden: vrijdag 12 juni 2026 14:05",
     "Aan: Oosterveld-Kamp, Mirjam <m.oosterveld@rbl-foodvalley.nl>",
     "Onderwerp: RE: chauffeur route B-07 zonder geldige VOG", "",
     "> Mevrouw Oosterveld,",
     "> Het klopt dat Mehmet gisteren is aangehouden. Zijn VOG was aangevraagd, maar Justis had nog niet "
     "beslist. Wij wisten dat en hebben hem toch laten rijden, dat was fout. Hij rijdt voorlopig niet meer. "
     "Ruud Pasveer neemt de route over, hij is zzp'er en rijdt al jaren voor ons.",
     "> Groet, Henk-Jan Brouwer", "> directeur-eigenaar Valleitaxi B.V. | 06 53 81 22 09", "~~",
     "Van: Oosterveld-Kamp, Mirjam", "Verzonden: donderdag 11 juni 2026 17:20",
     "Aan: 'hj.brouwer@valleitaxi.nl'", "Onderwerp: chauffeur route B-07 zonder geldige VOG", "",
     "> Geachte heer Brouwer,",
     "> Vanmiddag ontvingen wij van Politie Oost-Nederland het bericht dat uw chauffeur op route B-07 bij "
     "een controle aan de Stationsweg in Barneveld geen geldige chauffeurskaart kon tonen. Er zaten op dat "
     "moment drie leerlingen in de auto. Ik verwacht vandaag nog uw reactie.",
     "> Mirjam Oosterveld-Kamp"],
    [R("PERSON", "Mirjam Oosterveld-Kamp", "Oosterveld-Kamp", "Mirjam", "Oosterveld"),
     R("EMAIL", "m.oosterveld@rbl-foodvalley.nl"),
     R("PERSON", "Henk-Jan Brouwer", "Henk-Jan Brouwer", "H.J. Brouwer", "Brouwer"),
     R("EMAIL", "hj.brouwer@valleitaxi.nl"), R("PHONE", "06 53 81 22 09"),
     R("PERSON", "Jeroen ter Beek", "Beek, Jeroen ter"), R("EMAIL", "j.terbeek@rbl-foodvalley.nl"),
     R("PERSON", "Mehmet Yıldırım", "Yıldırım", "Mehmet"), R("PERSON", "Ruud Pasveer", "Ruud Pasveer", "Pasveer"),
     R("PHONE", "06-41 27 93 58")],
    [K("EMAIL_FUNCTIONAL", "planning@valleitaxi.nl"), K("EMAIL_FUNCTIONAL", "rbl@foodvalley-vervoer.nl"),
     K("CASE", "B-07"), K("ORG", "SBO De Wingerd"), K("CASE", "RBL-2024-LV-03"), K("ORG", "Justis"),
     K("ORG", "Politie Oost-Nederland"), K("STREET", "Stationsweg"), K("TITLE", "contractmanager leerlingenvervoer"),
     K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"), K("TITLE", "directeur-eigenaar"),
     K("ORG", "Valleitaxi B.V."), K("TERM", "VOG"), K("TERM", "contractoverleg")],
    font="dv", creator="Microsoft Outlook for Microsoft 365", producer="Microsoft: Print To PDF"))

# ---------------------------------------------------------------- tx05 internal mail gemeente
DOCS.append(Doc(
    "tx05_mail_intern_gemeente", "FW: klachten ouders Valleitaxi - voorbereiding wethouder",
    ["Van: El Amrani, Fatima <f.elamrani@ede.nl>", "Verzonden: maandag 15 juni 2026 09:12",
     "Aan: Vries-Brink, Anneke de <a.devries-brink@ede.nl>",
     "CC: Oosterveld-Kamp, Mirjam <m.oosterveld@rbl-foodvalley.nl>; bestuurssecretariaat@ede.nl",
     "Onderwerp: FW: klachten ouders Valleitaxi - voorbereiding wethouder", "",
     "Hoi Anneke,", "",
     "Ter voorbereiding op het portefeuillehoudersoverleg van donderdag: sinds april hebben wij elf klachten "
     "over Valleitaxi ontvangen, waarvan zes over te laat komen, drie over rijgedrag en twee over de "
     "bejegening van leerlingen. De klacht van mevrouw Hogenkamp (haar zoon werd twee keer niet opgehaald) "
     "ligt gevoelig; zij heeft ook raadslid Dijkhuizen benaderd. Wethouder Stokkink wil weten of ontbinding "
     "van het contract juridisch haalbaar is.",
     "Mirjam van het RBL stelt een tijdlijn op. Kun jij met Wouter (juridische zaken) kijken naar artikel 14 "
     "van de overeenkomst (tekortkoming en ingebrekestelling)?", "",
     "Groetjes,", "Fatima", "", "Fatima el Amrani", "beleidsadviseur leerlingenvervoer | team Onderwijs",
     "Gemeente Ede | +31 (0)6 2874 1163", "", "---",
     "Van: Vries-Brink, Anneke de", "Verzonden: maandag 15 juni 2026 10:03", "Aan: El Amrani, Fatima",
     "Onderwerp: RE: FW: klachten ouders Valleitaxi - voorbereiding wethouder", "",
     "> Dank je Fatima. Ik plan morgen een half uur met Wouter van 't Hoff. Zet je de klachten in het "
     "overzicht met zaaknummers? Persoonsgegevens van de kinderen graag niet in de notitie voor de "
     "wethouder.", "> Anneke", "",
     "> A.J. de Vries-Brink | teamleider Onderwijs en Jeugd | 0318 68 04 71"],
    [R("PERSON", "Fatima el Amrani", "El Amrani, Fatima", "Fatima el Amrani", "Fatima"),
     R("EMAIL", "f.elamrani@ede.nl"), R("PHONE", "+31 (0)6 2874 1163"),
     R("PERSON", "Anneke de Vries-Brink", "Vries-Brink, Anneke de", "A.J. de Vries-Brink", "Anneke"),
     R("EMAIL", "a.devries-brink@ede.nl"), R("PHONE", "0318 68 04 71"),
     R("PERSON", "Mirjam Oosterveld-Kamp", "Oosterveld-Kamp, Mirjam", "Mirjam"),
     R("EMAIL", "m.oosterveld@rbl-foodvalley.nl"), R("PERSON", "Linda Hogenkamp", "Hogenkamp"),
     R("PERSON", "Wouter van 't Hoff", "Wouter van 't Hoff", "Wouter")],
    [K("EMAIL_FUNCTIONAL", "bestuurssecretariaat@ede.nl"), K("ORG", "Valleitaxi"),
     K("PUBLIC", "raadslid Dijkhuizen", "Dijkhuizen"), K("PUBLIC", "Wethouder Stokkink", "Stokkink"),
     K("ORG", "RBL"), K("ORG", "Gemeente Ede"), K("TITLE", "beleidsadviseur leerlingenvervoer"),
     K("TITLE", "teamleider Onderwijs en Jeugd"), K("TERM", "portefeuillehoudersoverleg"),
     K("TERM", "ingebrekestelling"), K("TERM", "juridische zaken")],
    font="dv", creator="Microsoft Outlook 16.0", producer="Microsoft: Print To PDF"))

# ---------------------------------------------------------------- tx06 parent complaint by mail
DOCS.append(Doc(
    "tx06_klacht_ouder_mail", "Klacht leerlingenvervoer - Sem niet opgehaald",
    ["Van: Linda Hogenkamp <lindahogenkamp78@gmail.com>", "Verzonden: dinsdag 19 mei 2026 07:58",
     "Aan: klachten@rbl-foodvalley.nl", "Onderwerp: Klacht - Sem weer niet opgehaald!!", "",
     "Geachte heer, mevrouw,", "",
     "Voor de tweede keer in twee weken is mijn zoon Sem Hogenkamp (9 jaar, groep 5 van SBO De Wingerd) "
     "niet opgehaald. Vanochtend stonden we om 07.45 uur klaar op de Lijsterbeslaan 8 in Barneveld, om 08.20 "
     "uur was er nog niemand. Bij Valleitaxi nam niemand op. Sem heeft een autismespectrumstoornis en "
     "raakt volledig van slag als het vaste ritme wordt doorbroken; hij heeft de hele ochtend overgegeven. "
     "Ik moest mijn werk afzeggen.",
     "Vorige week woensdag reed de chauffeur, ik meen dat hij Mehmet heet, bovendien veel te hard over de "
     "Baron van Nagellstraat en zat hij tijdens het rijden op zijn telefoon. Dat heeft mijn buurvrouw, "
     "mevrouw Zwartjes, ook gezien.",
     "Ik wil dat dit wordt opgelost en dat Sem een vaste chauffeur krijgt, zoals in zijn "
     "vervoersbeschikking staat (beschikking LV-2025-03318).", "",
     "Met vriendelijke groet,", "Linda Hogenkamp", "06 19 84 50 27", "", "---",
     "Van: Klachten RBL Foodvalley <klachten@rbl-foodvalley.nl>", "Verzonden: dinsdag 19 mei 2026 11:30",
     "Aan: Linda Hogenkamp", "Onderwerp: RE: Klacht - Sem weer niet opgehaald!!", "",
     "> Geachte mevrouw Hogenkamp,",
     "> Uw klacht is geregistreerd onder nummer KL-2026-0147. De klachtencoördinator, de heer Ter Beek, neemt "
     "binnen drie werkdagen contact met u op. U kunt ook bellen met 0318 - 68 24 17 (dinsdag t/m donderdag).",
     "> Met vriendelijke groet, Jeroen ter Beek, klachtencoördinator"],
    [R("PERSON", "Linda Hogenkamp", "Linda Hogenkamp", "Hogenkamp"), R("EMAIL", "lindahogenkamp78@gmail.com"),
     R("PERSON", "Sem Hogenkamp", "Sem Hogenkamp", "Sem"), R("ADDRESS", "Lijsterbeslaan 8"),
     R("HEALTH", "autismespectrumstoornis"), R("PERSON", "Mehmet Yıldırım", "Mehmet"),
     R("PERSON", "mevrouw Zwartjes", "Zwartjes"), R("PHONE", "06 19 84 50 27"),
     R("PERSON", "Jeroen ter Beek", "Ter Beek", "Jeroen ter Beek"), R("PHONE", "0318 - 68 24 17"),
     R("ID", "LV-2025-03318")],
    [K("EMAIL_FUNCTIONAL", "klachten@rbl-foodvalley.nl"), K("ORG", "SBO De Wingerd"), K("ORG", "Valleitaxi"),
     K("STREET_NAMED_AFTER_PERSON", "Baron van Nagellstraat"), K("CASE", "KL-2026-0147"),
     K("ORG", "RBL Foodvalley"), K("TITLE", "klachtencoördinator"), K("PLACE", "Barneveld"),
     K("TERM", "vervoersbeschikking")],
    font="dv", creator="Microsoft Outlook 16.0", producer="Microsoft: Print To PDF"))

# ---------------------------------------------------------------- tx07 parent complaint letter, scan
DOCS.append(Doc(
    "tx07_klacht_ouder_scan", "Scan klachtbrief ouder",
    ["K. Bouzid", "Wethouder Rebellaan 112", "6711 PK Ede", "", "Aan: RBL Foodvalley, afdeling klachten", "",
     "Ede, 3 juni 2026", "", "Betreft: klacht over de taxi van mijn dochter Yasmina", "",
     "Geachte heer, mevrouw,", "",
     "Mijn dochter Yasmina Bouzid (12 jaar) gaat met de taxi van Valleitaxi naar het Prins "
     "Willem-Alexander College. Sinds maart komt de taxi bijna elke dag te laat. Op 28 mei liet de "
     "chauffeur haar uitstappen bij de verkeerde ingang aan de Zandlaan.",
     "Yasmina heeft epilepsie en mag niet alleen over straat. Dit staat in het dossier. Ik vraag u om een "
     "gesprek. U kunt mij bellen op 06-47 20 93 15.", "", "Hoogachtend,", "",
     "@@Karim Bouzid", "Karim Bouzid"],
    [R("PERSON", "Karim Bouzid", "Bouzid", ocr=True), R("ADDRESS", "Wethouder Rebellaan 112", "Rebellaan 112", ocr=True),
     R("PERSON", "Yasmina Bouzid", "Yasmina", ocr=True), R("HEALTH", "epilepsie", "epilepsie", ocr=True),
     R("PHONE", "06-47 20 93 15", "06-47 20 93 15", ocr=True), R("PERSON", "K. Bouzid", "K. Bouzid", ocr=True)],
    [], font="times", size=11.5, kind="scan", creator="Canon iR-ADV C5840 MFP", producer="Canon iR-ADV C5840 PDF",
    rotate=0.8))

# ---------------------------------------------------------------- tx08 complaint web form (AcroForm)
DOCS.append(Doc(
    "tx08_klachtformulier", "Klachtformulier leerlingenvervoer",
    ["# Klachtformulier leerlingenvervoer", "Regionaal Bureau Leerlingenvervoer Foodvalley",
     "Stuur dit formulier naar klachten@rbl-foodvalley.nl of naar Postbus 9022, 6710 HK Ede. Wij nemen uw "
     "klacht binnen drie werkdagen in behandeling (klachtenregeling RBL Foodvalley, artikel 5).", "",
     "Uw gegevens worden gebruikt voor de afhandeling van uw klacht en niet langer bewaard dan nodig "
     "(Algemene verordening gegevensbescherming).", "", "## In te vullen door de ouder of verzorger"],
    [R("PERSON", "Petra Zwartjes-Mulder", "Petra Zwartjes-Mulder", ch="annotations"),
     R("PERSON", "Lotte Zwartjes", "Lotte Zwartjes", ch="annotations"),
     R("DOB", "22-08-2015", ch="annotations"),
     R("ADDRESS", "Lijsterbeslaan 10, Barneveld", "Lijsterbeslaan 10", ch="annotations"),
     R("PHONE", "0342-41 87 26", ch="annotations"), R("EMAIL", "p.zwartjes@kpnmail.nl", ch="annotations"),
     R("HEALTH", "rolstoel (spierziekte)", "spierziekte", ch="annotations")],
    [K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"), K("EMAIL_FUNCTIONAL", "klachten@rbl-foodvalley.nl"),
     K("ADDRESS", "Postbus 9022"), K("LAW", "Algemene verordening gegevensbescherming"),
     K("TERM", "klachtenregeling"), K("TERM", "Naam ouder/verzorger"), K("TERM", "Beschrijving klacht")],
    font="helv", creator="Adobe Acrobat Pro 2024", producer="Adobe Acrobat Pro 2024 (24.2.20759)",
    form=[("Naam ouder/verzorger", "naam_ouder", "Petra Zwartjes-Mulder"),
          ("Naam leerling", "naam_leerling", "Lotte Zwartjes"),
          ("Geboortedatum leerling", "geb_leerling", "22-08-2015"),
          ("Adres", "adres", "Lijsterbeslaan 10, Barneveld"),
          ("Telefoon", "telefoon", "0342-41 87 26"), ("E-mail", "email", "p.zwartjes@kpnmail.nl"),
          ("Bijzonderheden vervoer", "bijz", "rolstoel (spierziekte)"),
          ("Route / school", "route", "B-07 / SBO De Wingerd"),
          ("Beschrijving klacht", "klacht", "Rolstoel niet vastgezet, chauffeur reed te hard")]))

# ---------------------------------------------------------------- tx09 owner's reply letter
DOCS.append(Doc(
    "tx09_reactie_eigenaar", "Reactie Valleitaxi op klachten",
    ["# VALLEITAXI B.V.", "Nijverheidsweg 14 | 3771 MB Barneveld | 0342 - 40 40 40 | info@valleitaxi.nl",
     "KvK 09187342 | BTW NL8123.45.678.B01", "",
     "Regionaal Bureau Leerlingenvervoer Foodvalley", "t.a.v. mevrouw M. Oosterveld-Kamp", "Postbus 9022",
     "6710 HK Ede", "", "Barneveld, 18 juni 2026", "Uw kenmerk: RBL/CM/2026-212", "",
     "Betreft: reactie op klachten perceel 2 en voorval 11 juni", "",
     "Geachte mevrouw Oosterveld-Kamp,", "",
     "In uw brief van 16 juni vraagt u ons te reageren op elf klachten en op het voorval van 11 juni. "
     "Wij nemen de klachten zeer serieus. Ik wil wel enkele zaken rechtzetten.",
     "1. De vertragingen in april en mei hingen samen met de afsluiting van de N301 en met ziekte van twee vaste "
     "chauffeurs. Planner S. Wolters heeft ouders toen niet goed geïnformeerd; dat is verbeterd.",
     "2. Chauffeur M. Yıldırım heeft op 11 juni zonder geldige VOG gereden. Dat is een ernstige fout van "
     "ons bedrijf, niet van hem: hij had de aanvraag op tijd ingediend. Hij rijdt niet meer tot zijn VOG is "
     "afgegeven. Zijn werk in de centrale is tijdelijk.",
     "3. De klacht over het vastzetten van een rolstoel (route B-07) hebben wij met chauffeur G.J. Hazeleger "
     "besproken; hij volgt op 2 juli de cursus rolstoelvervoer bij de Vervoersacademie.",
     "Wij vragen u het contract niet te ontbinden. Wij leveren voor 1 juli een verbeterplan.", "",
     "Met vriendelijke groet,", "Valleitaxi B.V.", "", "@@H.J. Brouwer", "Henk-Jan Brouwer",
     "directeur-eigenaar", "06 53 81 22 09", "", "cc: mr. Ö. Kaya-Demir, advocaat van de heer Yıldırım"],
    [R("PERSON", "Henk-Jan Brouwer", "Henk-Jan Brouwer", "H.J. Brouwer"), R("PHONE", "06 53 81 22 09"),
     R("PERSON", "Mirjam Oosterveld-Kamp", "M. Oosterveld-Kamp", "Oosterveld-Kamp"),
     R("PERSON", "Sandra Wolters", "S. Wolters"), R("PERSON", "Mehmet Yıldırım", "M. Yıldırım"),
     R("PERSON", "Gerrit Jan Hazeleger", "G.J. Hazeleger"), R("PERSON", "Özlem Kaya-Demir", "Ö. Kaya-Demir"),
     R("PERSON", "Mehmet Yıldırım (2)", "Yıldırım")],
    [K("ORG", "VALLEITAXI B.V."), K("ADDRESS_COMPANY", "Nijverheidsweg 14"), K("PHONE_GENERAL", "0342 - 40 40 40"),
     K("EMAIL_FUNCTIONAL", "info@valleitaxi.nl"), K("KVK_COMPANY", "09187342"), K("VAT", "NL8123.45.678.B01"),
     K("CASE", "RBL/CM/2026-212"), K("ROAD", "N301"), K("CASE", "B-07"), K("ORG", "Vervoersacademie"),
     K("ORG", "Regionaal Bureau Leerlingenvervoer Foodvalley"), K("TITLE", "directeur-eigenaar"),
     K("TERM", "verbeterplan"), K("ORG", "Valleitaxi B.V.")],
    font="dv", creator="Microsoft Word 2019", producer="Microsoft® Word 2019"))

# ---------------------------------------------------------------- tx10 traffic violation report
DOCS.append(Doc(
    "tx10_proces_verbaal", "Proces-verbaal van bevindingen",
    ["# POLITIE OOST-NEDERLAND", "Basisteam Vallei | Districtsrecherche Midden-Gelderland", "",
     "## PROCES-VERBAAL VAN BEVINDINGEN", "|Proces-verbaalnummer|PL0600-2026118734-1",
     "|Feitcode|R398a / A065 (chauffeurskaart)", "|Datum en tijd|11 juni 2026, 08.05 uur",
     "|Plaats|Stationsweg ter hoogte van nr. 60, Barneveld", "",
     "Ik, verbalisant, Ruben Koopmans, brigadier van politie Oost-Nederland (personeelsnummer 1846523), "
     "verklaar het volgende.",
     "Op 11 juni 2026 omstreeks 08.05 uur zag ik, tijdens een controle in het kader van het project "
     "Veilig naar School, een personenauto, merk Volkswagen, type Caddy Maxi, kenteken V-482-TX, voorzien "
     "van een blauw taxikenteken. Ik zag dat de bestuurder tijdens het rijden een mobiele telefoon "
     "vasthield (artikel 61a RVV 1990).",
     "Ik heb de bestuurder staande gehouden. Hij gaf op te zijn:",
     "|Achternaam|Yıldırım", "|Voornamen|Mehmet", "|Geboren|14 maart 1979 te Kayseri",
     "|Adres|Klaverweide 23, Barneveld", "|Rijbewijsnummer|5102 8846 17", "~~",
     "Op mijn vordering kon de bestuurder geen geldige chauffeurskaart tonen. Uit bevraging van het register "
     "van Kiwa Register bleek dat de kaart op 31 januari 2027 verloopt, maar dat de onderliggende VOG was "
     "verlopen. In de auto zaten drie leerlingen van SBO De Wingerd. Ik heb de vervoerder, Valleitaxi B.V., "
     "telefonisch verzocht de leerlingen door een andere chauffeur te laten vervoeren. Dat gebeurde om 08.40 uur.",
     "De bestuurder verklaarde: 'Mijn baas zei dat het wel goed zat met de papieren.'",
     "Ter zake is een bekeuring uitgeschreven (CJIB-nummer 4380 1192 7754 2113). Van het voorval is melding "
     "gedaan aan de Inspectie Leefomgeving en Transport.", "",
     "Waarvan door mij op ambtseed is opgemaakt dit proces-verbaal, gesloten en getekend te Barneveld op "
     "11 juni 2026.", "", "R. Koopmans", "brigadier", "",
     "Collega ter plaatse: hoofdagent S. Nijenhuis-Ekkel (personeelsnummer 1932617).",
     "Getuige: mevrouw Dirkje Lamers-van Eck, Brinkstraat 58, 3771 AL Barneveld, telefoon 0342 - 49 13 02."],
    [R("PERSON", "Ruben Koopmans", "Ruben Koopmans", "R. Koopmans"), R("ID", "1846523"),
     R("PERSON", "Mehmet Yıldırım", "Yıldırım", "Mehmet"), R("DOB", "14 maart 1979"),
     R("ADDRESS", "Klaverweide 23, Barneveld", "Klaverweide 23"), R("ID", "5102 8846 17"),
     R("PLACE_OF_BIRTH", "Kayseri"), R("PERSON", "S. Nijenhuis-Ekkel", "S. Nijenhuis-Ekkel"), R("ID", "1932617"),
     R("ID", "4380 1192 7754 2113"), R("PERSON", "Dirkje Lamers-van Eck", "Dirkje Lamers-van Eck"),
     R("ADDRESS", "Brinkstraat 58", "Brinkstraat 58", "3771 AL"), R("PHONE", "0342 - 49 13 02")],
    [K("ORG", "POLITIE OOST-NEDERLAND"), K("ORG", "Basisteam Vallei"), K("CASE", "PL0600-2026118734-1"),
     K("CODE", "R398a"), K("STREET", "Stationsweg"), K("PROJECT", "Veilig naar School"),
     K("PRODUCT", "Caddy Maxi"), K("PLATE_COMPANY", "V-482-TX"), K("LAW", "RVV 1990"), K("ORG", "Kiwa Register"),
     K("ORG", "SBO De Wingerd"), K("ORG", "Valleitaxi B.V."), K("ORG", "CJIB"),
     K("ORG", "Inspectie Leefomgeving en Transport"), K("TITLE", "brigadier"), K("TITLE", "hoofdagent")],
    font="dvc", creator="BVH (Basisvoorziening Handhaving) 6.4", producer="Nitro PDF Pro 13.70"))

# ---------------------------------------------------------------- tx11 contract meeting minutes
DOCS.append(Doc(
    "tx11_verslag_contractoverleg", "Verslag contractoverleg perceel 2, 25 juni 2026",
    ["# Verslag contractoverleg leerlingenvervoer perceel 2", "RBL Foodvalley - Valleitaxi B.V.",
     "Datum: 25 juni 2026, 10.00-11.45 uur | Locatie: gemeentehuis Barneveld, Raadhuisplein 2, zaal De Veluwe", "",
     "## Aanwezig",
     "|!Naam|Organisatie|Functie|Code",
     "|Mirjam Oosterveld-Kamp|RBL Foodvalley|contractmanager (vz)|MOK",
     "|Jeroen ter Beek|RBL Foodvalley|klachtencoördinator|JtB",
     "|Fatima el Amrani|gemeente Ede|beleidsadviseur|FEA",
     "|Rik Hoogendoorn|gemeente Barneveld|beleidsmedewerker|RHo",
     "|Henk-Jan Brouwer|Valleitaxi B.V.|directeur-eigenaar|HJB",
     "|Sandra Wolters|Valleitaxi B.V.|planner|SWo",
     "Afwezig met bericht: wethouder Van Lohuizen-de Graaf (gemeente Barneveld).", "",
     "## 1. Opening en vaststelling verslag 14 mei",
     "MOK opent. Het verslag van 14 mei wordt vastgesteld. Actiepunt 2026-07 (overzicht vervaldata "
     "chauffeurskaarten) is te laat aangeleverd.",
     "## 2. Voorval 11 juni (chauffeurskaart/VOG)",
     "HJB licht toe dat de chauffeur sinds 15 juni niet meer rijdt. RHo vraagt hoeveel chauffeurs op "
     "perceel 2 een VOG hebben die binnen drie maanden verloopt. SWo: vier. MOK stelt dat het inzetten van een "
     "chauffeur zonder geldige kaart een tekortkoming is in de zin van artikel 14 van de overeenkomst "
     "RBL-2024-LV-03. FEA meldt dat wethouder Stokkink op 2 juli een beslisnota ontvangt.",
     "~~", "## 3. Klachten april-juni",
     "JtB: elf klachten, waarvan zeven gegrond. De klachten KL-2026-0147 en KL-2026-0163 betreffen dezelfde "
     "route B-07. Ouders vragen om vaste chauffeurs. HJB zegt toe dat route B-07 vanaf het nieuwe schooljaar "
     "een vaste chauffeur en een vaste bijrijder krijgt.",
     "## 4. Boeteclausule",
     "Het RBL legt een boete op van EUR 2.500 op grond van artikel 15.2. Valleitaxi B.V. maakt bezwaar.",
     "## Actielijst",
     "|!Nr.|Actie|Wie|Gereed",
     "|2026-11|Verbeterplan met planning vaste chauffeurs|HJB|1 juli",
     "|2026-12|Overzicht VOG- en kaartdata alle chauffeurs|SWo|1 juli",
     "|2026-13|Juridische toets ontbinding art. 14|FEA / W. van 't Hoff|8 juli",
     "|2026-14|Terugkoppeling klagende ouders|JtB|3 juli",
     "Volgend overleg: 9 juli 2026. Verslag: MOK, 26 juni 2026. Notulist: Bas Roelofsen (BRo)."],
    [R("PERSON", "Mirjam Oosterveld-Kamp", "Mirjam Oosterveld-Kamp"), R("INITIALS", "MOK", "MOK"),
     R("PERSON", "Jeroen ter Beek", "Jeroen ter Beek"), R("INITIALS", "JtB", "JtB"),
     R("PERSON", "Fatima el Amrani", "Fatima el Amrani"), R("INITIALS", "FEA", "FEA"),
     R("PERSON", "Rik Hoogendoorn", "Rik Hoogendoorn"), R("INITIALS", "RHo", "RHo"),
     R("PERSON", "Henk-Jan Brouwer", "Henk-Jan Brouwer"), R("INITIALS", "HJB", "HJB"),
     R("PERSON", "Sandra Wolters", "Sandra Wolters"), R("INITIALS", "SWo", "SWo"),
     R("PERSON", "Wouter van 't Hoff", "W. van 't Hoff"), R("PERSON", "Bas Roelofsen", "Bas Roelofsen"),
     R("INITIALS", "BRo", "BRo")],
    [K("ORG", "RBL Foodvalley"), K("ORG", "Valleitaxi B.V."), K("ORG", "gemeente Barneveld"), K("ORG", "gemeente Ede"),
     K("PUBLIC", "wethouder Van Lohuizen-de Graaf", "Van Lohuizen-de Graaf"),
     K("PUBLIC", "wethouder Stokkink", "Stokkink"), K("CASE", "RBL-2024-LV-03"), K("CASE", "KL-2026-0147"),
     K("CASE", "KL-2026-0163"), K("CASE", "B-07"), K("ADDRESS_PUBLIC", "Raadhuisplein 2"),
     K("ROOM", "De Veluwe"), K("CASE", "2026-07"), K("TITLE", "klachtencoördinator"), K("TITLE", "planner"),
     K("AMOUNT", "EUR 2.500"), K("TERM", "Boeteclausule")],
    font="dv", creator="Microsoft Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365"))
