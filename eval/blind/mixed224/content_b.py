"""Set SN documents sn09-sn20."""
from lib import Doc
from content_a import R, K, WORD, OUTLOOK

DOCS = []

# ---------------------------------------------------------------- sn09 mail thread with the archive (2 pages)
DOCS.append(Doc("sn09_mail_regionaal_archief", "rl", [
    "Van: Sluiter, Erik-Jan <ej.sluiter@regionaalarchiefzutphen.nl>",
    "Verzonden: vrijdag 6 juni 2025 16:02",
    "Aan: Bosgra, Lisanne <l.bosgra@zutphen.nl>",
    "CC: Petra Kolkman <info@kolkmanhistorie.nl>; Studiezaal <studiezaal@regionaalarchiefzutphen.nl>",
    "Onderwerp: RE: RE: verificatie namen Weerdslag",
    "",
    "Hoi Lisanne,",
    "Hierbij de uitkomst van ons onderzoek naar de zeven voorgedragen namen:",
    "1. Riek Stuivenberg: bevestigd. Overlijdensakte Ravensbrück in het archief van het Nederlandse Rode Kruis, "
    "inschrijving bevolkingsregister Zutphen 1912.",
    "2. Sara Mozes-Kan: bevestigd, vermeld in het Joods Monument en in de gemeentelijke registratie van 1942 "
    "(toegang 0001, inv.nr. 4418).",
    "3. Hendrik Wolterink: bevestigd; verzetsman in de Raad van Verzet, gefusilleerd te Dieren in 1945.",
    "4. Dirk Boonstoppel: bevestigd. Let op: in sommige bronnen als Dirk Boonstoppel jr. vermeld.",
    "5. Aaltje Grevink: vroedvrouw in Leesten, overleden 1961. Geen bezwaar vanuit de bronnen.",
    "6. Bernardus ter Haar: stadsbeiaardier van de Walburgiskerk 1902-1937.",
    "7. Jacoba van Eck: bevestigd, koerierster, overleden in kamp Vught op 5 september 1944.",
    "Eén kanttekening: de familienaam Wolterink komt in Warnsveld vaak voor. Verwarring met een levende "
    "naamgenoot, de heer H. Wolterink van de Lochemseweg, moet worden voorkomen.",
    "Groet,",
    "Erik-Jan Sluiter",
    "archivaris-inspecteur | Regionaal Archief Zutphen | Stationsplein 5 | 0575 51 10 10 (algemeen)",
    "direct 0575 51 10 37 | 06 - 2219 8804",
    "<<PAGE>>",
    "Van: Bosgra, Lisanne <l.bosgra@zutphen.nl>",
    "Verzonden: dinsdag 27 mei 2025 09:31",
    "Aan: Sluiter, Erik-Jan <ej.sluiter@regionaalarchiefzutphen.nl>",
    "Onderwerp: RE: verificatie namen Weerdslag",
    "",
    "Beste Erik-Jan,",
    "Zou jullie studiezaal de voorgedragen namen kunnen verifiëren? De commissie wil voorkomen dat een straat naar "
    "iemand wordt genoemd over wie later iets negatiefs boven water komt (zoals in 2019 in Deventer). Mevrouw "
    "Kolkman doet het biografisch onderzoek; zij neemt contact met je op.",
    "Groet, Lisanne",
    "Lisanne Bosgra | secretaris Straatnamencommissie | T 0575 59 38 62 | M 06 1945 0327",
    "",
    "Van: Sluiter, Erik-Jan",
    "Verzonden: maandag 26 mei 2025 14:12",
    "Aan: Bosgra, Lisanne",
    "Onderwerp: verificatie namen Weerdslag",
    "Prima, stuur maar een lijst. Ik zet Erik-Jan en een vrijwilliger van de studiezaal erop. EJS",
], [R("PERSON", "Erik-Jan Sluiter", "Erik-Jan Sluiter", "Sluiter, Erik-Jan", "Erik-Jan", "EJS"),
    R("EMAIL", "ej.sluiter@regionaalarchiefzutphen.nl"),
    R("PERSON", "Lisanne Bosgra", "Bosgra, Lisanne", "Lisanne", "Lisanne Bosgra"), R("EMAIL", "l.bosgra@zutphen.nl"),
    R("PHONE", "0575 59 38 62"), R("PHONE", "06 1945 0327"),
    R("PERSON", "Petra Kolkman", "Petra Kolkman", "Mevrouw Kolkman"), R("EMAIL", "info@kolkmanhistorie.nl"),
    R("PERSON", "H. Wolterink", "heer H. Wolterink"), R("PHONE", "0575 51 10 37"), R("PHONE", "06 - 2219 8804")],
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink", "Aaltje Grevink", "Bernardus ter Haar",
      "Jacoba van Eck", "Raad van Verzet", "Walburgiskerk", "kamp Vught", "Leesten", "Dieren") +
    K("ORG", "Regionaal Archief Zutphen", "studiezaal@regionaalarchiefzutphen.nl", "Stationsplein 5",
      "0575 51 10 10", "Nederlandse Rode Kruis", "inv.nr. 4418", "archivaris-inspecteur", "Weerdslag", "Deventer"),
    meta=dict(OUTLOOK, Title="RE: RE: verificatie namen Weerdslag")))

# ---------------------------------------------------------------- sn10 minutes 1 (docx, 2 pages)
DOCS.append(Doc("sn10_verslag_commissie_mei", "docx", [
    "## Verslag vergadering Straatnamencommissie Zutphen",
    "Datum: 15 mei 2025, 19.30 uur  |  Locatie: stadhuis, 's-Gravenhof 2, kamer 2.14",
    "Naam | Rol | Paraaf",
    "Hans Dijkhuizen | voorzitter | HD",
    "Petra Kolkman | lid, historica | PK",
    "Frits van 't Veld | lid, Historische Vereniging Zutphen | FvtV",
    "Noor el Amrani | lid, namens de wijkraad Noordveen | NeA",
    "Lisanne Bosgra | secretaris (gemeente) | LBo",
    "Kees Harmsen | adviseur Openbare Ruimte / BAG | KH",
    "Afwezig met bericht: Wendelien Ruitenbeek-Oosterwijk",
    "## 1. Opening en mededelingen",
    "De voorzitter opent de vergadering. Wethouder Ruud Haverkamp laat weten dat het college vóór de zomer een "
    "voorstel wil ontvangen. De projectontwikkelaar BPD Ontwikkeling wil de straatnamen in oktober 2025 op de "
    "verkoopkaart van Weerdslag zetten.",
    "## 2. Voordrachten",
    "Er zijn 23 voordrachten binnengekomen. Mevrouw Kolkman licht de shortlist toe: Riek Stuivenberg, Sara Mozes-Kan, "
    "Hendrik Wolterink, Dirk Boonstoppel, Aaltje Grevink, Bernardus ter Haar en Jacoba van Eck. De heer Van 't Veld "
    "merkt op dat er slechts twee vrouwen op de lijst van het vorige plan (De Mars) stonden; nu zijn het er vier.",
    "Mevrouw El Amrani vraagt of er ook een naam kan komen die verwijst naar de gastarbeiders van de jaren zestig. "
    "De commissie stelt dit uit tot de tweede fase van Weerdslag.",
    "De voordracht van mevrouw Rietveld-Brink en de e-mail van de heer Bakkenes worden besproken. De commissie "
    "waardeert de persoonlijke betrokkenheid; de namen van de indieners worden niet in het advies opgenomen.",
    "<<PAGE>>",
    "## 3. Criteria",
    "De commissie hanteert de Verordening naamgeving en nummering (adressen) Zutphen 2019: geen namen van levende "
    "personen, een termijn van ten minste vijf jaar na overlijden, en toestemming van nabestaanden waar mogelijk.",
    "## 4. Actiepunten",
    "Nr | Actie | Wie | Gereed",
    "25-07 | navraag nabestaanden Stuivenberg en Mozes | LBo | 15 juni",
    "25-08 | verificatie bij Regionaal Archief Zutphen | PK | 6 juni",
    "25-09 | controle BAG en postcodes met PostNL | KH | 1 juli",
    "25-10 | conceptadvies aan college | HD / LBo | 1 juli",
    "## 5. Rondvraag en sluiting",
    "Frits vraagt of de gedenksteen op de Berkelsingel kan worden verplaatst. Dit valt buiten de opdracht.",
    "Voor akkoord: HD, 22 mei 2025",
    "Verzendlijst: hdijkhuizen@planet.nl; petra@kolkmanhistorie.nl; fvantveld@hetnet.nl; noor.elamrani@gmail.com; "
    "w.ruitenbeek@ziggo.nl; k.harmsen@zutphen.nl; cc archief: straatnamen@zutphen.nl",
], [R("PERSON", "Hans Dijkhuizen"), R("PERSON", "Petra Kolkman", "Petra Kolkman", "Mevrouw Kolkman"),
    R("PERSON", "Frits van 't Veld", "Frits van 't Veld", "heer Van 't Veld", "Frits"),
    R("PERSON", "Noor el Amrani", "Noor el Amrani", "Mevrouw El Amrani"),
    R("PERSON", "Lisanne Bosgra"), R("PERSON", "Kees Harmsen"),
    R("PERSON", "Wendelien Ruitenbeek-Oosterwijk"),
    R("PERSON", "Jolanda Rietveld-Brink", "mevrouw Rietveld-Brink"), R("PERSON", "Theo Bakkenes", "heer Bakkenes"),
    R("PARAPH", "paraphs", "HD", "PK", "FvtV", "NeA", "LBo", "KH"),
    R("EMAIL", "hdijkhuizen@planet.nl"), R("EMAIL", "petra@kolkmanhistorie.nl"), R("EMAIL", "fvantveld@hetnet.nl"),
    R("EMAIL", "noor.elamrani@gmail.com"), R("EMAIL", "w.ruitenbeek@ziggo.nl"), R("EMAIL", "k.harmsen@zutphen.nl")],
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink", "Dirk Boonstoppel", "Aaltje Grevink",
      "Bernardus ter Haar", "Jacoba van Eck", "Berkelsingel") +
    K("PUBLIC", "Wethouder Ruud Haverkamp") +
    K("ORG", "Straatnamencommissie Zutphen", "BPD Ontwikkeling", "Weerdslag", "De Mars", "Historische Vereniging Zutphen",
      "wijkraad Noordveen", "Verordening naamgeving en nummering (adressen) Zutphen 2019", "Regionaal Archief Zutphen",
      "PostNL", "BAG", "'s-Gravenhof 2", "25-07", "25-10"),
    meta=dict(WORD, Title="Verslag Straatnamencommissie 15 mei 2025")))

# ---------------------------------------------------------------- sn11 minutes 2 (odt)
DOCS.append(Doc("sn11_verslag_commissie_juni", "odt", [
    "## Verslag Straatnamencommissie, 26 juni 2025",
    "Aanwezig: H. Dijkhuizen (vz), P. Kolkman, F. van 't Veld, N. el Amrani, L. Bosgra (secr.), K. Harmsen",
    "Gast bij agendapunt 2: E.J. Sluiter, Regionaal Archief Zutphen",
    "## 1. Verslag 15 mei",
    "Vastgesteld. Actiepunten 25-07 en 25-08 zijn afgerond.",
    "## 2. Uitkomst verificatie",
    "De heer Sluiter licht de bronnen toe. Alle zeven namen zijn bevestigd. Bij Dirk Boonstoppel is de schrijfwijze "
    "gecontroleerd in de Erelijst. Over Bernardus ter Haar is een oud krantenartikel gevonden over een conflict met "
    "de kerkvoogdij; de commissie vindt dit geen beletsel.",
    "## 3. Nabestaanden",
    "Toestemming is ontvangen van de families van Riek Stuivenberg (via kleindochter Marjan), Sara Mozes-Kan (via een "
    "achterneef in Amsterdam) en Hendrik Wolterink (via mevrouw Wolterink-Heuvink). De familie Van Eck is niet "
    "gevonden; de Stichting 18 September heeft geen bezwaar.",
    "Afgesproken wordt dat de naam van de achterneef nergens wordt genoemd, op zijn uitdrukkelijk verzoek.",
    "## 4. Straatnamen",
    "Straat | Type | Naamgever",
    "Riek Stuivenbergstraat | woonstraat | Riek Stuivenberg",
    "Sara Mozes-Kanstraat | woonstraat bij school | Sara Mozes-Kan",
    "Wolterinkhof | hofje | Hendrik Wolterink",
    "Boonstoppelweg | ontsluitingsweg | Dirk Boonstoppel",
    "Aaltje Grevinkhof | hofje | Aaltje Grevink",
    "Ter Haarsingel | singel langs de Berkel | Bernardus ter Haar",
    "Jacoba van Eckpad | fiets- en voetpad | Jacoba van Eck",
    "## 5. Vervolg",
    "Het conceptadvies gaat naar wethouder Haverkamp. Kees stemt de huisnummering af met de BAG-beheerder. De "
    "secretaris stuurt de families een brief zodra het college heeft besloten.",
    "Paraaf voorzitter: H.D.  -  paraaf secretaris: L.B.",
    "## Bijlage: contactlijst commissie (intern)",
    "Naam | Telefoon | E-mail",
    "Hans Dijkhuizen | 0575 51 88 20 | hdijkhuizen@planet.nl",
    "Petra Kolkman | 06-22 41 09 83 | petra@kolkmanhistorie.nl",
    "Frits van 't Veld | 0575-54 19 77 | fvantveld@hetnet.nl",
    "Noor el Amrani | 06 2093 1156 | noor.elamrani@gmail.com",
    "Wendelien Ruitenbeek-Oosterwijk | +31 6 2450 7731 | w.ruitenbeek@ziggo.nl",
    "Lisanne Bosgra | 0575 59 38 62 | l.bosgra@zutphen.nl",
], [R("PERSON", "Hans Dijkhuizen", "H. Dijkhuizen"), R("PERSON", "Petra Kolkman", "P. Kolkman"),
    R("PERSON", "Frits van 't Veld", "F. van 't Veld"), R("PERSON", "Noor el Amrani", "N. el Amrani"),
    R("PERSON", "Lisanne Bosgra", "L. Bosgra"), R("PERSON", "Kees Harmsen", "K. Harmsen", "Kees"),
    R("PERSON", "Erik-Jan Sluiter", "E.J. Sluiter", "heer Sluiter"), R("PERSON", "Marjan Stuivenberg", "Marjan"),
    R("PERSON", "Gerda Wolterink-Heuvink", "mevrouw Wolterink-Heuvink"), R("PARAPH", "paraphs", "H.D.", "L.B."),
    R("PERSON", "Hans Dijkhuizen (full)", "Hans Dijkhuizen"), R("PERSON", "Petra Kolkman (full)", "Petra Kolkman"),
    R("PERSON", "Frits van 't Veld (full)", "Frits van 't Veld"), R("PERSON", "Noor el Amrani (full)", "Noor el Amrani"),
    R("PERSON", "Wendelien Ruitenbeek-Oosterwijk"), R("PERSON", "Lisanne Bosgra (full)", "Lisanne Bosgra"),
    R("PHONE", "0575 51 88 20"), R("EMAIL", "hdijkhuizen@planet.nl"), R("PHONE", "06-22 41 09 83"),
    R("EMAIL", "petra@kolkmanhistorie.nl"), R("PHONE", "0575-54 19 77"), R("EMAIL", "fvantveld@hetnet.nl"),
    R("PHONE", "06 2093 1156"), R("EMAIL", "noor.elamrani@gmail.com"), R("PHONE", "+31 6 2450 7731"),
    R("EMAIL", "w.ruitenbeek@ziggo.nl"), R("PHONE", "0575 59 38 62"), R("EMAIL", "l.bosgra@zutphen.nl")],
    K("STREET", "Riek Stuivenbergstraat", "Sara Mozes-Kanstraat", "Wolterinkhof", "Boonstoppelweg",
      "Aaltje Grevinkhof", "Ter Haarsingel", "Jacoba van Eckpad") +
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink", "Dirk Boonstoppel", "Aaltje Grevink",
      "Bernardus ter Haar", "Jacoba van Eck", "Erelijst", "familie Van Eck") +
    K("ORG", "Regionaal Archief Zutphen", "Stichting 18 September", "wethouder Haverkamp", "BAG-beheerder",
      "Berkel", "Amsterdam"),
    meta={"Producer": "LibreOffice 7.6", "Creator": "Writer"}))

# ---------------------------------------------------------------- sn12 Teams chat
DOCS.append(Doc("sn12_teams_chat", "rl", [
    "## Chat: Straatnamen Weerdslag (Microsoft Teams) - export 30-06-2025",
    "[24-06 08:52] Lisanne Bosgra: Kees, heb je de BAG-nummers voor de Boonstoppelweg al?",
    "[24-06 09:03] Kees Harmsen: bijna. PostNL wil de postcodes 7207 XA t/m 7207 XG gebruiken",
    "[24-06 09:04] Kees Harmsen: de Ter Haarsingel krijgt even nummers 2-48",
    "[24-06 09:10] Lisanne Bosgra: top. Hans belde trouwens, hij wil de volgorde in het advies omdraaien",
    "[24-06 09:11] Lisanne Bosgra: eerst de vrouwen, dan de mannen",
    "[24-06 09:15] Kees Harmsen: prima. Is Sjoukje al ingelicht over het Woo-verzoek? die journaliste belde weer",
    "[24-06 09:17] Lisanne Bosgra: nog niet, ik mail haar. mobiel 06 1945 0327 als je me zoekt, zit in Apeldoorn",
    "[24-06 11:40] Mirjam Tolkamp: hoi beiden, ik schrijf het persbericht. Mag ik Noor citeren of alleen de woordvoerder?",
    "[24-06 11:44] Lisanne Bosgra: alleen Bas Verhoef als woordvoerder, commissieleden niet bij naam",
    "[24-06 11:45] Mirjam Tolkamp: helder 👍",
    "[25-06 14:20] Kees Harmsen: Wolterinkhof levert een probleem op: er is in Warnsveld al een Wolterinkweg",
    "[25-06 14:22] Lisanne Bosgra: dan wordt het Hendrik Wolterinkhof? vraag ik aan Hans",
    "[26-06 10:02] Okan Demirtaş: Kees, de BAG-mutaties staan klaar voor controle",
    "[26-06 10:05] Kees Harmsen: ok Okan. bel anders 06-5317 2904, ik zit op de bouwkeet",
    "[26-06 10:30] Sjoukje Nijenhuis-Brandsma: Lisanne, die journaliste (mevr. Okkerse) kondigt een Woo-verzoek aan",
    "[26-06 10:31] Lisanne Bosgra: dank Sjoukje, zij belde mij ook al vanaf 06-41 87 22 90, ik verwijs naar jou",
], [R("PERSON", "Lisanne Bosgra", "Lisanne Bosgra", "Lisanne"), R("PERSON", "Kees Harmsen", "Kees Harmsen", "Kees"),
    R("PERSON", "Hans Dijkhuizen", "Hans"), R("PERSON", "Sjoukje Nijenhuis-Brandsma", "Sjoukje"),
    R("PHONE", "06 1945 0327"), R("PERSON", "Mirjam Tolkamp"), R("PERSON", "Noor el Amrani", "Noor"),
    R("PERSON", "Okan Demirtaş", "Okan Demirtaş", "Okan"), R("PHONE", "06-5317 2904"),
    R("PERSON", "Sjoukje Nijenhuis-Brandsma (full)", "Sjoukje Nijenhuis-Brandsma"),
    R("PERSON", "Tamara Okkerse-Vlieger", "mevr. Okkerse"), R("PHONE", "06-41 87 22 90")],
    K("STREET", "Boonstoppelweg", "Ter Haarsingel", "Wolterinkhof", "Wolterinkweg", "Hendrik Wolterinkhof") +
    K("ORG", "Microsoft Teams", "PostNL", "7207 XA", "7207 XG", "Warnsveld", "Apeldoorn", "Woo-verzoek") +
    K("PUBLIC", "Bas Verhoef"),
    font="DejaVu", size=9, meta={"Producer": "Microsoft: Print To PDF", "Title": "Teams-export straatnamen"}))

# ---------------------------------------------------------------- sn13 WhatsApp export
DOCS.append(Doc("sn13_whatsapp_commissie", "rl", [
    "WhatsApp-chat met Straatnamencie Zutphen",
    "15-05-2025 22:41 - Hans D.: Goede vergadering mensen! Dank",
    "15-05-2025 22:43 - Frits: Ik stuur morgen de foto's van de gedenksteen Berkelsingel",
    "15-05-2025 22:50 - Noor: Nog even over de gastarbeiders: mijn oom Driss kende nog mensen van de Kremerfabriek",
    "16-05-2025 07:12 - Petra K.: Ik bel vandaag met Erik-Jan van het archief",
    "16-05-2025 07:14 - Hans D.: 👍 Petra, kun je ook de familie Mozes natrekken?",
    "16-05-2025 07:20 - Petra K.: Doe ik. Die docent van het Baudartius heeft een adres in Amsterdam",
    "16-05-2025 08:01 - +31 6 2450 7731: Dit is Wendelien, nieuw nummer! Sorry voor afwezigheid, griep 🤒",
    "16-05-2025 08:03 - Frits: Beterschap Wendy!",
    "03-06-2025 19:30 - Noor: Zag het bericht over Jacoba van Eck op de site van Stichting 18 September, mooi",
    "03-06-2025 19:31 - Hans D.: Ja. Ik bel Ruud Haverkamp morgen over de planning",
    "04-06-2025 09:12 - Petra K.: @Noor jouw nummer 06 2093 1156 klopt nog?",
    "04-06-2025 09:15 - Noor: Ja! En mail is noor.elamrani@gmail.com",
    "04-06-2025 09:20 - Hans D.: Lisanne van de gemeente komt er ook bij, haar 06 is 06 1945 0327",
    "04-06-2025 09:21 - Frits: Welkom Lies!",
    "05-06-2025 10:02 - Wendelien: Mijn nieuwe adres is Kuiperstraat 21, voor de kerstkaart 😉",
    "05-06-2025 10:40 - Frits: Frits van 't Veld heeft deze groep verlaten",
], [R("PERSON", "Hans Dijkhuizen", "Hans D."), R("PERSON", "Frits van 't Veld", "Frits van 't Veld", "Frits"),
    R("PERSON", "Noor el Amrani", "Noor"), R("PERSON", "Driss"), R("PERSON", "Petra Kolkman", "Petra K.", "Petra"),
    R("PERSON", "Erik-Jan Sluiter", "Erik-Jan"), R("PHONE", "+31 6 2450 7731"),
    R("PERSON", "Wendelien Ruitenbeek-Oosterwijk", "Wendelien", "Wendy"), R("HEALTH", "griep"),
    R("PHONE", "06 2093 1156"), R("EMAIL", "noor.elamrani@gmail.com"), R("PERSON", "Lisanne Bosgra", "Lisanne", "Lies"),
    R("PHONE", "06 1945 0327"), R("ADDRESS", "Kuiperstraat 21")],
    K("HIST", "Jacoba van Eck", "Berkelsingel", "Kremerfabriek", "familie Mozes") +
    K("ORG", "Stichting 18 September", "Baudartius", "Amsterdam", "WhatsApp-chat", "Straatnamencie Zutphen") +
    K("PUBLIC", "Ruud Haverkamp"),
    font="DejaVu", meta={"Producer": "iText 7.2.5 ©2000-2023 Apryse Group NV", "Creator": "WhatsApp export"}))

# ---------------------------------------------------------------- sn14 archive research note with outline (2 pages)
DOCS.append(Doc("sn14_biografische_notitie", "rl", [
    "## Biografische notitie bij de straatnamen Weerdslag",
    "Opgesteld in opdracht van de Straatnamencommissie Zutphen, juni 2025. Bronnen: Regionaal Archief Zutphen, NIOD, "
    "Oorlogsgravenstichting, Joods Monument.",
    "## Riek Stuivenberg (1912-1944)",
    "Hendrika Stuivenberg werd geboren aan de Spittaalstraat. Zij werkte als naaister en was vanaf 1942 koerierster "
    "van de LO. Na haar arrestatie in augustus 1944 werd zij via kamp Vught naar Ravensbrück gedeporteerd.",
    "## Sara Mozes-Kan (1903-1943)",
    "Sara Kan trouwde in 1927 met Levie Mozes. Het echtpaar dreef een manufacturenwinkel aan de Beukerstraat. Beiden "
    "werden in 1943 via Westerbork naar Sobibor gedeporteerd.",
    "## Hendrik Wolterink (1899-1945)",
    "Landbouwer in Warnsveld, lid van de Raad van Verzet. Gefusilleerd bij Dieren op 2 april 1945.",
    "## Dirk Boonstoppel (1920-1945)",
    "Lid van de Knokploeg Zutphen, gefusilleerd bij de IJsselbrug op 1 april 1945.",
    "<<PAGE>>",
    "## Aaltje Grevink (1887-1961)",
    "Vroedvrouw in Leesten en Warnsveld; hielp volgens de overlevering meer dan 2.000 kinderen ter wereld.",
    "## Bernardus ter Haar (1871-1939)",
    "Stadsbeiaardier van de Walburgiskerk (1902-1937); componist van de Zutphense Beiaardmarsen.",
    "## Jacoba van Eck (1915-1944)",
    "Koerierster, overleden in kamp Vught op 5 september 1944. Naar haar is ook de Jacoba van Eckprijs van de "
    "Historische Vereniging Zutphen genoemd.",
    "## Verantwoording",
    "Het onderzoek is uitgevoerd door een extern historisch bureau en gecontroleerd door de studiezaal van het "
    "Regionaal Archief Zutphen. Persoonsgegevens van levende nabestaanden zijn in deze notitie niet opgenomen.",
], [R("PERSON", "Petra Kolkman (bookmark)", "Petra Kolkman", ch="outline"),
    R("PERSON", "Erik-Jan Sluiter (bookmark)", "E.J. Sluiter", ch="outline"),
    R("PERSON", "Marjan Stuivenberg (bookmark)", "Marjan Stuivenberg", ch="outline"),
    R("PERSON", "Ruben Mozes (bookmark)", "Ruben Mozes", ch="outline")],
    K("HIST", "Riek Stuivenberg", "Hendrika Stuivenberg", "Sara Mozes-Kan", "Sara Kan", "Levie Mozes",
      "Hendrik Wolterink", "Dirk Boonstoppel", "Aaltje Grevink", "Bernardus ter Haar", "Jacoba van Eck",
      "Jacoba van Eckprijs", "Westerbork", "Sobibor", "kamp Vught", "Ravensbrück", "Zutphense Beiaardmarsen") +
    K("ORG", "NIOD", "Oorlogsgravenstichting", "Joods Monument", "Regionaal Archief Zutphen",
      "Historische Vereniging Zutphen", "Straatnamencommissie Zutphen", "Raad van Verzet", "Knokploeg Zutphen"),
    font="DejaVuSerif",
    outline=[("Biografische notitie - concept Petra Kolkman", 0), ("Riek Stuivenberg - bron: gesprek Marjan Stuivenberg", 0),
             ("Sara Mozes-Kan - mail Ruben Mozes 11-06", 1),
             ("Aaltje Grevink", 1), ("Verantwoording - gecontroleerd door E.J. Sluiter", 1)],
    meta={"Producer": "ReportLab PDF Library - www.reportlab.com", "Title": "Biografische notitie Weerdslag"}))

# ---------------------------------------------------------------- sn15 commission advice (docx, author metadata)
DOCS.append(Doc("sn15_advies_commissie", "docx", [
    "## Advies Straatnamencommissie aan het college van burgemeester en wethouders",
    "Onderwerp: straatnamen woonwijk Weerdslag, fase 1",
    "Kenmerk: Z/25/098812  |  Datum: 1 juli 2025",
    "",
    "Geacht college,",
    "De Straatnamencommissie adviseert u de zeven straten in fase 1 van Weerdslag te noemen naar inwoners van Zutphen "
    "en Warnsveld die in de Tweede Wereldoorlog in het verzet actief waren of slachtoffer werden, en naar twee "
    "inwoners die het leven in de stad op een andere manier hebben gekleurd.",
    "Straatnaam | Naamgever | Motivering",
    "Riek Stuivenbergstraat | Riek Stuivenberg | koerierster LO",
    "Sara Mozes-Kanstraat | Sara Mozes-Kan | Joodse stadgenote",
    "Hendrik Wolterinkhof | Hendrik Wolterink | Raad van Verzet",
    "Boonstoppelweg | Dirk Boonstoppel | Knokploeg Zutphen",
    "Aaltje Grevinkhof | Aaltje Grevink | vroedvrouw",
    "Ter Haarsingel | Bernardus ter Haar | stadsbeiaardier",
    "Jacoba van Eckpad | Jacoba van Eck | koerierster",
    "",
    "Alle namen zijn geverifieerd door het Regionaal Archief Zutphen. Nabestaanden hebben ingestemd, behalve bij "
    "Jacoba van Eck, van wie geen nabestaanden bekend zijn. De commissie voldoet daarmee aan artikel 4 van de "
    "Verordening naamgeving en nummering (adressen) Zutphen 2019.",
    "Wij adviseren u de voordragers en nabestaanden persoonlijk te informeren en hen uit te nodigen voor de "
    "onthulling op 18 september 2025, de dag van de bevrijding van de IJsselbrug-omgeving in 1944-1945 herdacht door "
    "de Stichting 18 September.",
    "",
    "Namens de Straatnamencommissie,",
    "de voorzitter, de secretaris,",
    "H. Dijkhuizen    L. Bosgra",
], [R("PERSON", "Lisanne Bosgra (author)", "Lisanne Bosgra", ch="metadata"), R("PERSON", "Hans Dijkhuizen", "H. Dijkhuizen"),
    R("PERSON", "Lisanne Bosgra (signature)", "L. Bosgra")],
    K("STREET", "Riek Stuivenbergstraat", "Sara Mozes-Kanstraat", "Hendrik Wolterinkhof", "Boonstoppelweg",
      "Aaltje Grevinkhof", "Ter Haarsingel", "Jacoba van Eckpad") +
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink", "Dirk Boonstoppel", "Aaltje Grevink",
      "Bernardus ter Haar", "Jacoba van Eck") +
    K("ORG", "Straatnamencommissie", "Regionaal Archief Zutphen", "Stichting 18 September", "Z/25/098812",
      "Weerdslag", "Raad van Verzet", "Knokploeg Zutphen",
      "Verordening naamgeving en nummering (adressen) Zutphen 2019"),
    meta=dict(WORD, Title="Advies straatnamen Weerdslag", Author="Lisanne Bosgra")))

# ---------------------------------------------------------------- sn16 college advice note signed by wethouder (2 pages)
DOCS.append(Doc("sn16_collegeadvies", "rl", [
    "## Collegeadvies",
    "Aan: college van burgemeester en wethouders  |  Portefeuillehouder: wethouder R.J. Haverkamp",
    "Van: team Openbare Ruimte  |  Behandeld door: K. Harmsen, 0575 59 38 10, k.harmsen@zutphen.nl",
    "Datum: 8 juli 2025  |  Zaaknummer: Z/25/098812  |  Collegevergadering: 15 juli 2025",
    "Onderwerp: vaststelling straatnamen Weerdslag fase 1",
    "## Aanleiding",
    "Voor fase 1 van de woonwijk Weerdslag (ontwikkelaar BPD Ontwikkeling, 312 woningen) moeten zeven openbare "
    "ruimten een naam krijgen. De Straatnamencommissie heeft op 1 juli 2025 geadviseerd.",
    "## Geadviseerd besluit",
    "1. De straatnamen Riek Stuivenbergstraat, Sara Mozes-Kanstraat, Hendrik Wolterinkhof, Boonstoppelweg, Aaltje "
    "Grevinkhof, Ter Haarsingel en Jacoba van Eckpad vast te stellen.",
    "2. Het besluit te publiceren in het Gemeenteblad en de BAG te actualiseren.",
    "3. Nabestaanden en voordragers per brief te informeren.",
    "## Kern",
    "De namen eren zes verzetsmensen en oorlogsslachtoffers en twee beeldbepalende inwoners. Vier van de zeven "
    "naamgevers zijn vrouw; dit sluit aan bij de motie Vrouwen in de openbare ruimte (M-2023-14) van de raad.",
    "## Krachtenveld",
    "Raadslid Fenna Oudshoorn (GroenLinks) heeft schriftelijke vragen gesteld over de betrokkenheid van nabestaanden. "
    "Een inwoner van de Berkenlaan heeft bezwaar gemaakt tegen de naam Boonstoppelweg vanwege mogelijke verwarring met "
    "de Boonstoppelsteeg in Deventer. PostNL ziet geen probleem.",
    "<<PAGE>>",
    "## Financiën",
    "Straatnaamborden: EUR 4.830,- (offerte Bordenmakerij Klein Hekkelman). Onthulling: EUR 1.500,-.",
    "## Paraaf",
    "Naam | Functie | Paraaf | Datum",
    "K. Harmsen | adviseur Openbare Ruimte | KH | 8-7-2025",
    "J.W. Brouwer-Lammers | teamleider Openbare Ruimte | JWB | 9-7-2025",
    "A. de Zwaan | concerncontroller | AdZ | 10-7-2025",
    "## Informatie die niet openbaar gemaakt kan worden",
    "De namen en contactgegevens van voordragers en nabestaanden.",
    "## Motivering",
    "Dit betreft persoonsgegevens van inwoners (artikel 5.1, tweede lid, onder e Woo).",
    "",
    "Akkoord portefeuillehouder,",
    "wethouder Ruud Haverkamp",
    "15 juli 2025",
    "Kopie aan: mr. F.J. Ambagtsheer (Juridische Zaken); Lisanne Bosgra (secretaris Straatnamencommissie)",
], [R("PERSON", "Kees Harmsen", "K. Harmsen"), R("PHONE", "0575 59 38 10"), R("EMAIL", "k.harmsen@zutphen.nl"),
    R("PERSON", "J.W. Brouwer-Lammers"), R("PERSON", "A. de Zwaan"), R("PARAPH", "paraphs", "KH", "JWB", "AdZ"),
    R("PERSON", "Floris-Jan Ambagtsheer", "F.J. Ambagtsheer"), R("PERSON", "Lisanne Bosgra")],
    K("PUBLIC", "wethouder R.J. Haverkamp", "wethouder Ruud Haverkamp", "Raadslid Fenna Oudshoorn") +
    K("STREET", "Riek Stuivenbergstraat", "Sara Mozes-Kanstraat", "Hendrik Wolterinkhof", "Boonstoppelweg",
      "Ter Haarsingel", "Jacoba van Eckpad", "Boonstoppelsteeg", "Berkenlaan") +
    K("ORG", "BPD Ontwikkeling", "Straatnamencommissie", "Gemeenteblad", "BAG", "GroenLinks", "M-2023-14",
      "PostNL", "Bordenmakerij Klein Hekkelman", "Z/25/098812", "team Openbare Ruimte", "concerncontroller",
      "EUR 4.830,-", "teamleider Openbare Ruimte"),
    meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Aspose.Words", "Title": "Collegeadvies straatnamen"}))
