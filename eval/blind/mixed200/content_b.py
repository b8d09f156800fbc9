"""Documents w200_10 - w200_21. All persons are invented."""
from content_a import HB
DOCS = []

DOCS.append(dict(
    stem="w200_10_mail_woo_afstemming", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
    lines=[
        "Van: Zee, Ingrid van der <i.vanderzee@leiden.nl>", "Verzonden: vrijdag 11 september 2026 11:20",
        "Aan: Brinkhorst, Ruud <r.brinkhorst@leiden.nl>; Verhagen-Duits, Marloes <m.verhagen-duits@leiden.nl>",
        "CC: Woo Leiden <woo@leiden.nl>; Aouragh, Fatima <f.aouragh@leiden.nl>",
        "Onderwerp: Woo-verzoek WOO-2026-0417 woonboten - aanlevering documenten", "",
        "Beste Ruud en Marloes,", "",
        "Voor het Woo-verzoek over de handhaving op woonboten heb ik uiterlijk 18 september alle stukken nodig: "
        "het ligplaatsenregister, de inspectierapporten, de brieven aan eigenaren, jullie mails, de app-groep "
        "'Bewoners Oude Rijn' (die heeft een bewoner aan Ellen doorgestuurd) en het bezwaardossier Johanna Cornelia. "
        "Fatima levert het verslag van de hoorzitting aan.",
        "Let op: het register bevat woonadressen en telefoonnummers van vergunninghouders; die lakken we op grond "
        "van artikel 5.1 lid 2 sub e Woo. Gezondheidsinformatie valt onder 5.1 lid 1 sub d.", "",
        "Groet, Ingrid", "Ingrid van der Zee | Woo-coördinator | 071 516 5228 | ma-di-do", "",
        "Van: Aouragh, Fatima <f.aouragh@leiden.nl>", "Verzonden: vrijdag 11 september 2026 12:02",
        "Aan: Zee, Ingrid van der", "Onderwerp: RE: Woo-verzoek WOO-2026-0417", "",
        "Hoi Ingrid, komt maandag. De voorzitter van de commissie, mr. Dijkgraaf, wil zijn naam liever niet in de "
        "openbare versie; hij is extern lid. Ik bel je er even over (intern 5931).", "Fatima",
    ],
    R=[("PERSON", "Zee, Ingrid van der", "Ingrid van der Zee", "Ingrid"), ("EMAIL", "i.vanderzee@leiden.nl"),
       ("PERSON", "Brinkhorst, Ruud", "Ruud"), ("EMAIL", "r.brinkhorst@leiden.nl"),
       ("PERSON", "Verhagen-Duits, Marloes", "Marloes"), ("EMAIL", "m.verhagen-duits@leiden.nl"),
       ("PERSON", "Aouragh, Fatima", "Fatima"), ("EMAIL", "f.aouragh@leiden.nl"), ("PERSON", "Ellen"),
       ("PERSON", "Dijkgraaf"), ("PHONE", "071 516 5228", "5931")],
    K=[("MAIL", "woo@leiden.nl"), ("CASE", "WOO-2026-0417"), ("SHIP", "Johanna Cornelia"),
       ("LAW", "artikel 5.1 lid 2 sub e Woo"), ("LAW", "5.1 lid 1 sub d"), ("TITLE", "Woo-coördinator"),
       ("GROUP", "Bewoners Oude Rijn"), ("TERM", "ligplaatsenregister"), ("DATE", "18 september")],
))

DOCS.append(dict(
    stem="w200_11_whatsapp_bewoners", producer="Skia/PDF m118", creator="WhatsApp export via Chrome", font="dv",
    lines=[
        "# WhatsApp-chat met Bewoners Oude Rijn & Galgewater", "Geëxporteerd 4 augustus 2026 - doorgestuurd aan Havenkantoor", "",
        "[12-07-26 20:14] Dragan: Jongens, Gerrit-Jan heeft een dwangsombrief gekregen van de havenmeester 😡",
        "[12-07-26 20:15] Sietske: Serieus?? Die man woont er al 30 jaar",
        "[12-07-26 20:17] Dragan: 500 euro per week. En hij heeft net die operatie gehad",
        "[12-07-26 20:21] Yusuf Demirtaş: Die Brinkhorst is echt een regelneef. Bij mij kwam ook al die inspecteur, Hoekstra",
        "[12-07-26 20:22] Riek: Zullen we naar de Stichting Woonbootbelangen gaan? Bram zit in het bestuur",
        "[12-07-26 20:30] Bram K.: Ja ik regel het. Gerrit-Jan mag me bellen 06 5512 0397",
        "[12-07-26 20:31] Sietske: Wilma zei dat ze geen geld hebben voor de werf",
        "[12-07-26 20:40] Keessie: kunnen we niet inzamelen? Tikkie via mij, NL42 RABO 0318 4410 97",
        "[12-07-26 20:41] Noor: Ik doe mee! Ook even de Leidse Woonbotenraad mailen? info@woonbotenraadleiden.nl",
        "[12-07-26 20:45] Dragan: en wethouder Oltmans aanschrijven, die was vorig jaar op de Zijlsingel voor de walstroom",
        "[12-07-26 20:47] Riek: 👍", "---",
        "[13-07-26 08:02] Anouk V: Morgen! Ik heb gisteren met een jurist gesproken, mr. Quist uit Den Haag. Hij doet "
        "woonbootzaken. laurens@quistadvocatuur.nl",
        "[13-07-26 08:05] Gerrit-Jan: Dank allemaal. Femke regelt het met de advocaat. Ik mag van de cardioloog nog niet tillen",
        "[13-07-26 08:06] Sietske: Sterkte GJ ❤️",
        "[13-07-26 09:12] Yusuf Demirtaş: Trouwens de Willem Barentsz van Dragan ligt ook al scheef hoor 😅",
        "[13-07-26 09:13] Dragan: haha doe normaal Yusuf",
        "[13-07-26 10:30] Lotte: Wie komt er naar de hoorzitting? Ik kan rijden, bel 06-7102 3386",
        "[13-07-26 10:31] Keessie: ik ga mee. Kees",
        "[13-07-26 11:00] Bram K.: Ik heb het Havenkantoor gebeld (14 071), die verwijzen naar havens@leiden.nl",
        "[13-07-26 11:02] Riek: Ellen van het havenkantoor is wél aardig trouwens",
    ],
    R=[("PERSON", "Dragan"), ("PERSON", "Gerrit-Jan", "GJ"), ("PERSON", "Sietske"), ("PERSON", "Yusuf Demirtaş", "Yusuf"),
       ("PERSON", "Brinkhorst"), ("PERSON", "Hoekstra"), ("PERSON", "Riek"), ("PERSON", "Bram K.", "Bram"),
       ("PHONE", "06 5512 0397", "06-7102 3386"), ("PERSON", "Wilma"), ("PERSON", "Keessie", "Kees"),
       ("IBAN", "NL42 RABO 0318 4410 97"), ("PERSON", "Noor"), ("PERSON", "Anouk V"), ("PERSON", "Quist"),
       ("EMAIL", "laurens@quistadvocatuur.nl"), ("PERSON", "Femke"), ("HEALTH", "die operatie", "van de cardioloog nog niet tillen"),
       ("PERSON", "Lotte"), ("PERSON", "Ellen")],
    K=[("GROUP", "Bewoners Oude Rijn & Galgewater"), ("ORG", "Stichting Woonbootbelangen"), ("SHIP", "Willem Barentsz"),
       ("MAIL", "info@woonbotenraadleiden.nl"), ("ORG", "Leidse Woonbotenraad"), ("TITLE", "wethouder Oltmans"),
       ("PLACE", "Zijlsingel"), ("PHONE", "14 071"), ("MAIL", "havens@leiden.nl"), ("PLACE", "Den Haag"),
       ("ORG", "Havenkantoor"), ("TERM", "Tikkie")],
))

DOCS.append(dict(
    stem="w200_12_last_onder_dwangsom", producer="Aspose.PDF for .NET 23.1", creator="Zaaksysteem Leiden", font="dv",
    lines=[
        HB, "", "AANGETEKEND EN PER GEWONE POST", "De heer G.J. van 't Hoog", "Galgewater 21-A", "2311 VZ Leiden", "",
        "Datum: 31 juli 2026", "Kenmerk: HM/LOD/2026/031", "Onderwerp: besluit last onder dwangsom woonschip 'Johanna Cornelia'", "",
        "Geachte heer Van 't Hoog,", "",
        "# Aanleiding",
        "Bij de inspectie van 24 juni 2026 (rapport INS-2026-0143) is vastgesteld dat de romp van uw woonschip "
        "op ligplaats GW-021 aan het Galgewater op 17 van de 64 meetpunten dunner is dan 4 mm en dat de las "
        "stuurboord een scheur vertoont. De conditiescore volgens NEN 2767 is 5.",
        "# Zienswijze",
        "U heeft op 19 juli 2026 uw zienswijze gegeven. U vraagt uitstel tot 1 december 2026 omdat de werf pas in "
        "het najaar een helling vrij heeft. Uw persoonlijke omstandigheden hebben wij meegewogen; wij noemen die "
        "hier niet. Wij komen u gedeeltelijk tegemoet.",
        "# Besluit",
        "De burgemeester legt u een last onder dwangsom op (artikel 125 Gemeentewet, artikel 5:32 Awb en artikel "
        "4.2 Havenverordening Leiden 2019). U moet:",
        "a. vóór 15 augustus 2026 een getekende opdracht aan een erkende scheepswerf overleggen;",
        "b. uiterlijk 1 november 2026 de bodemplaten laten herstellen en de romp laten herkeuren;",
        "c. tot het herstel een lenspomp met hoogwateralarm aan boord hebben.",
        "Voldoet u niet aan b, dan verbeurt u een dwangsom van € 500 per week, tot maximaal € 10.000.",
        "---",
        "# Belanghebbenden",
        "Dit besluit wordt in afschrift gezonden aan mevrouw W. van 't Hoog-Drenth, mede-eigenaar, en ter kennisname aan "
        "de Stichting Woonbootbelangen Leiden.",
        "# Bezwaar",
        "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij de burgemeester van "
        "Leiden, Postbus 9100, 2300 PC Leiden. U kunt ook de voorzieningenrechter van de rechtbank Den Haag om een "
        "voorlopige voorziening vragen.", "",
        "Hoogachtend,", "de burgemeester van Leiden,", "namens deze,", "", "[handtekening]", "R.P. Brinkhorst", "havenmeester", "",
        "Contactpersoon: E. Schuitema, adjunct-havenmeester, 071 516 5304, e.schuitema@leiden.nl",
    ],
    R=[("PERSON", "G.J. van 't Hoog", "Van 't Hoog"), ("ADDRESS", "Galgewater 21-A", "2311 VZ Leiden"),
       ("PERSON", "W. van 't Hoog-Drenth"), ("PERSON", "R.P. Brinkhorst"), ("PERSON", "E. Schuitema"),
       ("PHONE", "071 516 5304"), ("EMAIL", "e.schuitema@leiden.nl")],
    K=[("CASE", "HM/LOD/2026/031"), ("SHIP", "Johanna Cornelia"), ("CASE", "INS-2026-0143"), ("CASE", "GW-021"),
       ("STD", "NEN 2767"), ("LAW", "artikel 125 Gemeentewet"), ("LAW", "artikel 5:32 Awb"),
       ("LAW", "Havenverordening Leiden 2019"), ("ORG", "Stichting Woonbootbelangen Leiden"),
       ("ADDRESS", "Postbus 9100"), ("ADDRESS", "2300 PC Leiden"), ("ORG", "rechtbank Den Haag"),
       ("TITLE", "voorzieningenrechter"), ("TITLE", "adjunct-havenmeester"), ("AMOUNT", "€ 10.000"),
       ("TERM", "hoogwateralarm"), ("DATE", "1 november 2026")],
))

DOCS.append(dict(
    stem="w200_13_bezwaarschrift", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", font="times",
    lines=[
        "QUIST ADVOCATUUR", "Laan van Meerdervoort 412, 2563 BK Den Haag | KvK 71123985 | www.quistadvocatuur.nl", "",
        "Aan de burgemeester van Leiden", "t.a.v. de Commissie bezwaarschriften", "Postbus 9100", "2300 PC Leiden", "",
        "Den Haag, 4 september 2026", "Uw kenmerk: HM/LOD/2026/031", "Onze referentie: QA-2026-114/LQ", "",
        "Betreft: bezwaarschrift G.J. van 't Hoog tegen last onder dwangsom", "",
        "Edelachtbaar college, geachte burgemeester,", "",
        "Namens mijn cliënt, de heer Gerrit-Jan van 't Hoog, geboren 14 maart 1961, wonende aan boord van het "
        "woonschip Johanna Cornelia, Galgewater 21-A te Leiden, maak ik bezwaar tegen uw besluit van 31 juli 2026.",
        "Gronden: (1) de begunstigingstermijn is te kort, nu de inspecteur ter plaatse uitstel heeft toegezegd "
        "(vertrouwensbeginsel); (2) de meetmethode is ondeugdelijk: de ultrasone metingen zijn niet gekalibreerd en "
        "de meetstaat vermeldt geen apparatuur; (3) de dwangsom is onevenredig gelet op de financiële positie van "
        "cliënt (AOW en een klein pensioen).",
        "Cliënt wenst te worden gehoord. Ik verzoek u de stukken, waaronder de volledige meetstaat en de "
        "gespreksaantekeningen van de inspecteur, voorafgaand aan de hoorzitting toe te zenden.", "",
        "Hoogachtend,", "", "mr. L.J.M. Quist", "advocaat", "T 070 - 362 18 40 | M +31 6 1987 2250 | l.quist@quistadvocatuur.nl",
    ],
    R=[("PERSON", "G.J. van 't Hoog", "Gerrit-Jan van 't Hoog"), ("DOB", "14 maart 1961"),
       ("ADDRESS", "Galgewater 21-A"), ("PERSON", "L.J.M. Quist"), ("INITIALS", "LQ"),
       ("PHONE", "070 - 362 18 40", "+31 6 1987 2250"), ("EMAIL", "l.quist@quistadvocatuur.nl")],
    K=[("ORG", "QUIST ADVOCATUUR"), ("ADDRESS", "Laan van Meerdervoort 412"), ("ID", "KvK 71123985"),
       ("URL", "www.quistadvocatuur.nl"), ("ORG", "Commissie bezwaarschriften"), ("CASE", "HM/LOD/2026/031"),
       ("SHIP", "Johanna Cornelia"), ("TERM", "vertrouwensbeginsel"), ("TERM", "begunstigingstermijn"),
       ("ORG", "AOW"), ("ADDRESS", "Postbus 9100"), ("TITLE", "advocaat")],
))

DOCS.append(dict(
    stem="w200_14_verslag_hoorzitting", producer="LibreOffice 7.6", creator="Writer", font="dvs",
    lines=[
        "# Verslag hoorzitting Commissie bezwaarschriften gemeente Leiden", "Zaak: BZ-2026-0288 (bezwaar tegen last onder dwangsom HM/LOD/2026/031)",
        "Datum: 1 oktober 2026, 14.00 - 15.25 uur, Stadhuis, Stadhuisplein 1, kamer 2.14", "",
        "| Rol | Naam | Aanwezig |",
        "| voorzitter (extern) | mr. H.C. Dijkgraaf | ja |", "| lid (extern) | drs. A.M. Nooteboom-Çelik | ja |",
        "| lid | mr. J.W. de Ruyter van Steveninck | afgemeld |", "| secretaris | F. Aouragh | ja |",
        "| bezwaarmaker | G.J. van 't Hoog | ja |", "| gemachtigde | mr. L.J.M. Quist | ja |",
        "| namens burgemeester | R.P. Brinkhorst (havenmeester) | ja |", "| namens burgemeester | mr. M.C. Verhagen-Duits | ja |",
        "| toehoorder | F. van 't Hoog (dochter) | ja |", "",
        "# 1. Opening",
        "De voorzitter opent de zitting en wijst op de openbaarheid van het advies. De hoorzitting is niet openbaar.",
        "# 2. Toelichting bezwaarmaker",
        "Mr. Quist licht de gronden toe. De heer Van 't Hoog verklaart dat inspecteur Hoekstra op 24 juni zei dat "
        "'een paar maanden extra geen probleem' zou zijn. Hij wijst op zijn herstel na de hartoperatie.",
        "# 3. Reactie verweerder",
        "De heer Brinkhorst betwist de toezegging; de heer Hoekstra heeft volgens zijn verslag alleen gezegd dat "
        "de havenmeester beslist. Mevrouw Verhagen-Duits wijst erop dat de termijn in het besluit al is verlengd "
        "tot 1 november en dat de metingen zijn verricht met een gekalibreerde Olympus 38DL Plus (certificaat "
        "bijgevoegd).",
        "---",
        "# 4. Vragen van de commissie",
        "Mevrouw Nooteboom-Çelik vraagt of de werfopdracht inmiddels is gegeven. De heer Van 't Hoog: ja, op 12 "
        "augustus bij Scheepswerf De Haas, sleep op 26 oktober. De voorzitter constateert dat aan last a is voldaan.",
        "# 5. Actiepunten",
        "| nr | actie | wie | gereed |",
        "| 1 | kalibratiecertificaat Olympus 38DL Plus naar gemachtigde | MVD | 8-10 |",
        "| 2 | schriftelijke verklaring inspecteur over 24 juni | RPB | 8-10 |",
        "| 3 | conceptadvies commissie | FA | 22-10 |", "",
        "Verslag: F. Aouragh, secretaris. Vastgesteld door de voorzitter op 6 oktober 2026. Paraaf: HCD",
    ],
    R=[("PERSON", "H.C. Dijkgraaf"), ("PERSON", "A.M. Nooteboom-Çelik", "Nooteboom-Çelik"),
       ("PERSON", "J.W. de Ruyter van Steveninck"), ("PERSON", "F. Aouragh"), ("PERSON", "G.J. van 't Hoog", "Van 't Hoog"),
       ("PERSON", "L.J.M. Quist", "Quist"), ("PERSON", "R.P. Brinkhorst", "Brinkhorst"),
       ("PERSON", "M.C. Verhagen-Duits", "Verhagen-Duits"), ("PERSON", "F. van 't Hoog"), ("PERSON", "Hoekstra"),
       ("HEALTH", "hartoperatie"), ("INITIALS", "MVD", "RPB", "FA", "HCD")],
    K=[("CASE", "BZ-2026-0288"), ("CASE", "HM/LOD/2026/031"), ("ORG", "Commissie bezwaarschriften"),
       ("ADDRESS", "Stadhuisplein 1"), ("PRODUCT", "Olympus 38DL Plus"), ("ORG", "Scheepswerf De Haas"),
       ("TITLE", "voorzitter"), ("TITLE", "secretaris"), ("TITLE", "havenmeester"), ("TITLE", "gemachtigde"),
       ("TERM", "kalibratiecertificaat"), ("PLACE", "Stadhuis")],
))

DOCS.append(dict(
    stem="w200_15_advies_bezwaarcommissie", producer="LibreOffice 7.6", creator="Writer", font="times",
    lines=[
        "# Advies Commissie bezwaarschriften - BZ-2026-0288", "Aan: de burgemeester van Leiden", "Datum: 22 oktober 2026", "",
        "De commissie adviseert het bezwaar van de heer G.J. van 't Hoog ongegrond te verklaren, met verbetering van "
        "de motivering. Een toezegging van de inspecteur is niet aannemelijk gemaakt; bovendien is een inspecteur "
        "niet bevoegd om namens de burgemeester uitstel te verlenen (ABRvS 2019:3412). De metingen zijn verricht "
        "met gekalibreerde apparatuur. De dwangsom van € 500 per week is niet onevenredig.",
        "De commissie heeft daarbij de schriftelijke verklaring van de heer Hoekstra (inspecteur) van 8 oktober 2026 "
        "betrokken, alsmede de toelichting van mevrouw Schuitema op het verloop van de sleep en de verklaring van "
        "de dochter van bezwaarmaker, Femke van 't Hoog.",
        "De commissie beveelt aan de termijn van last b met vier weken te verlengen indien de werf door weersomstandigheden "
        "later kan slepen, en in toekomstige brieven de mogelijkheid van een betalingsregeling te noemen.", "",
        "Namens de commissie,", "mr. H.C. Dijkgraaf, voorzitter", "F. Aouragh, secretaris", "",
        "Afschrift: mr. L.J.M. Quist (gemachtigde); Juridische Zaken; Havenkantoor",
    ],
    R=[("PERSON", "Hoekstra"), ("PERSON", "Schuitema"), ("PERSON", "Femke van 't Hoog"), ("PERSON", "G.J. van 't Hoog"), ("PERSON", "H.C. Dijkgraaf"), ("PERSON", "F. Aouragh"), ("PERSON", "L.J.M. Quist")],
    K=[("CASE", "BZ-2026-0288"), ("ORG", "Commissie bezwaarschriften"), ("CASE", "ABRvS 2019:3412"),
       ("ORG", "Juridische Zaken"), ("ORG", "Havenkantoor"), ("TERM", "betalingsregeling"), ("TITLE", "voorzitter"),
       ("TITLE", "secretaris"), ("TITLE", "de burgemeester van Leiden")],
))

DOCS.append(dict(
    stem="w200_16_scan_brief_bewoner", kind="scan", angle=0.8, producer="Canon iR-ADV C5560 PDF", creator="Canon iR-ADV C5560",
    lines=[
        "~ Leiden, 28 juli 2026", "",
        "~ Aan de havenmeester,", "",
        "~ Ik ben Hendrika Zwanenburg van de Hendrika,",
        "~ ligplaats NR-017 aan de Nieuwe Rijn.",
        "~ Mijn buurman Dragan Petrovic laat zijn",
        "~ bilgewater in de gracht lopen. Ik ruik",
        "~ het elke ochtend. Wilt u dit controleren?",
        "~ Ik wil niet dat hij weet dat ik dit meld.", "",
        "~ U kunt mij bellen op 071 512 4471.", "",
        "~ Met vriendelijke groet,",
        "~ H. Zwanenburg",
    ],
    R=[("@ocr:PERSON", "Hendrika Zwanenburg", "Zwanenburg"), ("@ocr:PERSON", "Dragan Petrovic"), ("@ocr:PHONE", "071 512 4471")],
    K=[],
))
