# Documents ai16-ai31 of blind set mixed25. All persons are invented except office holders in their role.
from framework import bsn, iban

DOCS = []

# ---------------------------------------------------------------- ai16 handwritten-style letter + envelope (scan, 2 pages)
DOCS.append({
    "id": "ai16_brief_handgeschreven_envelop_scan", "producer": "scan", "scanfont": "hand", "scansize": 34,
    "blocks": [
        ("rlines", ["[[Wilhelmina Koopmans-Teunissen|P|Koopmans-Teunissen]]", "[[Wolfskuilseweg 212|A]]", "[[6542 JJ Nijmegen|A|6542 JJ]]"]),
        ("space",),
        ("p", "Nijmegen, 2 december 2024"),
        ("p", "Aan wethouder Zorg van de gemeente Nijmegen,"),
        ("p", "Ik schrijf u omdat mijn man, [[Albertus Koopmans|P|Albertus;Koopmans]], al drie maanden wacht op een scootmobiel. Hij is "
              "86 jaar en komt de deur niet meer uit. De mevrouw van het wijkteam, [[Esther Lambregts|P|Lambregts]], zei in "
              "september dat het 'een paar weken' zou duren."),
        ("p", "Onze kleindochter [[Romy|P]] heeft al drie keer gebeld naar het nummer 14 024, maar niemand weet iets."),
        ("p", "Ik hoop dat u er iets aan kunt doen. Mijn telefoon is [[024-3771548|T]]."),
        ("p", "Met vriendelijke groeten,"),
        ("sig",),
        ("lines", ["[[W. Koopmans-Teunissen|P|W. Koopmans-Teunissen]]"]),
        ("pagebreak",),
        ("envelope", ["Gemeente Nijmegen", "t.a.v. de wethouder Zorg", "Postbus 9105", "6500 HG NIJMEGEN"]),
        ("p", "Afzender:"),
        ("lines", ["[[MEVR. W. KOOPMANS|P|KOOPMANS]]", "[[WOLFSKUILSEWEG 212|A]]", "[[6542 JJ NIJMEGEN|A|=6542 JJ NIJMEGEN]]"]),
    ],
})

# ---------------------------------------------------------------- ai17 typed zienswijze with stamp, foreign name orders (scan)
DOCS.append({
    "id": "ai17_zienswijze_terras_scan", "producer": "scan", "scanfont": "sans", "scansize": 28,
    "blocks": [
        ("stamp", ["GEMEENTE TILBURG", "INGEKOMEN 03-03-2025", "zaak Z/25/118204"]),
        ("lines", ["[[Wang Xiaoming|P|Xiaoming]] en [[Nagy Eszter|P|Eszter]]", "[[Piusstraat 55|A]]", "[[5038 WM Tilburg|A|5038 WM]]"]),
        ("space",),
        ("lines", ["Aan burgemeester en wethouders van Tilburg", "Postbus 90155, 5000 LH Tilburg"]),
        ("p", "Betreft: zienswijze op het ontwerpbesluit terrasvergunning Piusstraat 57"),
        ("p", "Geacht college,"),
        ("p", "Wij (achternaam eerst geschreven, zoals in China en Hongarije gebruikelijk: [[Wang|P]] is de achternaam van "
              "[[Xiaoming|P]], [[Nagy|P]] die van [[Eszter|P]]) wonen boven restaurant De Gouden Draak, eigendom van de heer "
              "[[Liu Jianguo|P|Jianguo]]. Wij zijn tegen een terras tot 01.00 uur."),
        ("p", "Onze dochter [[Lili|P]] slaapt aan de voorkant. Wij vragen een sluitingstijd van 22.00 uur."),
        ("p", "Mail: [[xiaoming.wang@ziggo.nl|E]]  Tel. [[06 3847 1120|T]]"),
        ("p", "Met vriendelijke groet,"),
        ("sig",),
        ("lines", ["[[X. Wang|P|X. Wang]]   [[E. Nagy|P|E. Nagy]]"]),
    ],
})

# ---------------------------------------------------------------- ai18 filled paper form bijzondere bijstand (scan)
DOCS.append({
    "id": "ai18_formulier_bijzondere_bijstand_scan", "producer": "scan", "scanfont": "sans", "scansize": 27,
    "blocks": [
        ("title", "Aanvraag bijzondere bijstand - Gemeente Eindhoven"),
        ("p", "Vul het formulier in met blokletters. Stuur het naar Postbus 90150, 5600 RB Eindhoven."),
        ("table", [["Achternaam", "[[SOEKHAI|P]]"],
                   ["Voornamen", "[[RADJESH KUMAR|P|RADJESH]]"],
                   ["Geboortedatum", "[[17-09-1969|D]]"],
                   ["BSN", "[[" + bsn(118) + "|B]]"],
                   ["Straat en huisnummer", "[[Kruisstraat 301|A]]"],
                   ["Postcode / plaats", "[[5612 CL Eindhoven|A|5612 CL]]"],
                   ["Telefoon", "[[06 - 1773 4082|T]]"],
                   ["Rekeningnummer", "[[" + iban(118, "SNSB") + "|I]]"]]),
        ("p", "Waarvoor vraagt u bijzondere bijstand aan?"),
        ("p", "Nieuwe bril en tandarts voor mijn dochter [[Priya|P]] (15). Mijn vrouw [[Sita Soekhai-Ramsaran|P|Ramsaran]] heeft "
              "geen inkomen."),
        ("p", "Handtekening:"),
        ("sig",),
        ("p", "Datum: 14-01-2025"),
    ],
})

# ---------------------------------------------------------------- ai19 printed web form submission (html)
DOCS.append({
    "id": "ai19_webformulier_melding_openbare_ruimte", "producer": "html", "title": "Formulierinzending Melding openbare ruimte",
    "header": "<<Gemeente Arnhem|ORG>> - <<Meldingen Openbare Ruimte|ORG>> (MOR) - inzending via arnhem.nl",
    "blocks": [
        ("title", "Formulierinzending: Melding openbare ruimte"),
        ("small", "Inzendingsnummer <<MOR-2025-044871|CAS>> - ontvangen <<zondag|DAT>> 6 april 2025 23:14:08 - formulier v4.2 "
                  "(<<Open Formulieren|MISC>>) - IP-adres [[84.104.77.219|O]]"),
        ("table", [["Veld", "Waarde"],
                   ["Soort melding", "Overlast / dumpen afval"],
                   ["Locatie", "hoek <<Van Lawick van Pabststraat|STR>> / <<Sonsbeekweg|STR>>"],
                   ["Omschrijving", "Al weken staan er matrassen en vuilniszakken naast de container. Ik heb gezien dat de "
                                    "bewoner van nummer 31, meneer [[Stegeman|P]], dit 's nachts neerzet. Hij heeft een rode "
                                    "bestelbus van <<Klusbedrijf|MISC>> [[Stegeman|P]]."],
                   ["Foto's", "IMG_4471.jpg, IMG_4472.jpg"],
                   ["Wilt u op de hoogte blijven?", "Ja"],
                   ["Naam", "[[Ruud-Jan 't Hooft|P|Ruud-Jan;'t Hooft]]"],
                   ["E-mailadres", "[[rj.t.hooft@xs4all.nl|E]]"],
                   ["Telefoonnummer", "[[+31 (0) 6 - 19 44 82 07|T]]"],
                   ["Adres (optioneel)", "[[Sonsbeekweg 18|A]], [[6814 BC Arnhem|A|6814 BC]]"],
                   ["Akkoord privacyverklaring", "Ja"]], [45, 120]),
        ("h", "Interne afhandeling"),
        ("table", [["Datum", "Medewerker", "Status", "Toelichting"],
                   ["07-04-2025", "[[K. Tielemans|P|K. Tielemans;Tielemans]]", "Doorgezet", "naar <<Sita Suez|ORG>> en BOA-team"],
                   ["08-04-2025", "[[boa F. Haddou|P|F. Haddou;Haddou]]", "In behandeling", "adrescontrole nr. 31, bewoner aangesproken"],
                   ["10-04-2025", "[[Tielemans|P]]", "Afgehandeld", "afval opgehaald; waarschuwing gegeven"]], [22, 40, 28, 75]),
        ("small", "Vragen over uw melding? <<Gemeente Arnhem|ORG>>, <<Koningstraat 38|ADR>>, telefoon <<0900 1809|TEL>>, "
                  "<<meldingen@arnhem.nl|MAIL>>. Burgemeester <<Ahmed Marcouch|OFF|Marcouch>> en de wethouders zijn verantwoordelijk "
                  "voor de openbare ruimte."),
    ],
})

# ---------------------------------------------------------------- ai20 post registration list, names in CAPITALS (reportlab)
DOCS.append({
    "id": "ai20_postregistratie_ingekomen_stukken", "producer": "reportlab", "fontsize": 8.5,
    "title": "Postregistratie week 47", "author": "[[Dennis Vermeulen|P|Vermeulen]]",
    "header": "<<Gemeente Eindhoven|ORG>> - <<Documentaire Informatievoorziening|ORG>> - lijst ingekomen poststukken",
    "footer": "Intern - <<Stadhuisplein 10|ADR>> - <<Postbus 90150|ADR>>, 5600 RB Eindhoven",
    "blocks": [
        ("title", "Postregistratie week 47 (18-22 november 2024)"),
        ("table", [["Reg.nr.", "Datum", "Afzender (zoals op envelop)", "Onderwerp", "Toegewezen aan"],
                   ["<<2024-IN-88101|CAS>>", "18-11", "[[DHR. J. PEETERS-VAN AKEN|P|PEETERS-VAN AKEN]]", "bezwaar parkeervergunning", "<<team Parkeren|ORG>>"],
                   ["<<2024-IN-88102|CAS>>", "18-11", "[[MEVR. S. EL HADDOUTI|P|EL HADDOUTI]]", "aanvraag kwijtschelding", "<<Belastingen|ORG>>"],
                   ["<<2024-IN-88117|CAS>>", "19-11", "<<ASML Netherlands B.V.|ORG>>", "informatie bereikbaarheid", "<<Mobiliteit|ORG>>"],
                   ["<<2024-IN-88120|CAS>>", "19-11", "[[FAM. NGUYEN-TRAN|P|NGUYEN-TRAN]]", "klacht buurtoverlast", "<<wijkteam Woensel|ORG>>"],
                   ["<<2024-IN-88133|CAS>>", "20-11", "[[M.T.H. VAN DER LINDEN|P|M.T.H.;VAN DER LINDEN]]", "zienswijze Strijp-S", "<<Ruimte|ORG>>"],
                   ["<<2024-IN-88134|CAS>>", "20-11", "<<Woonbedrijf|ORG>>", "huurverhoging sociale huur", "<<Wonen|ORG>>"],
                   ["<<2024-IN-88140|CAS>>", "21-11", "[[A. ÖZTÜRK-BAYRAK|P|ÖZTÜRK-BAYRAK]]", "Woo-verzoek", "<<juridische zaken|ORG>>"],
                   ["<<2024-IN-88151|CAS>>", "21-11", "<<Coöperatie Zuidenwind U.A.|ORG>>", "subsidie windmolen", "<<Energie|ORG>>"],
                   ["<<2024-IN-88152|CAS>>", "22-11", "[[HR. D.J.W. VAN RIJSWIJCK|P|D.J.W.;VAN RIJSWIJCK]]", "handhavingsverzoek", "<<VTH|ORG>>"],
                   ["<<2024-IN-88160|CAS>>", "22-11", "Ministerie van BZK (minister <<Judith Uitermark|OFF|Uitermark>>)", "circulaire", "<<bestuurssecretariaat|ORG>>"]],
         [24, 12, 52, 45, 33]),
        ("p", "Opmerkingen: brief 88120 bevatte ook een handgeschreven kaartje van de buren, [[Anouk|P]] en [[Sem Verbruggen|P|Sem;Verbruggen]]; "
              "gescand als bijlage. Brief 88152 is aangetekend ontvangen (<<PostNL|ORG>> 3SABCD1234567). Envelop 88140 vermeldt "
              "afzendadres [[Frankrijkstraat 12|A]]."),
        ("p", "Geregistreerd door [[D. Vermeulen|P|D. Vermeulen]] (<<medewerker DIV|TIT>>), gecontroleerd door [[DV/ML|P]]. "
              "Vragen: <<post@eindhoven.nl|MAIL>>, <<14 040|TEL>>. Burgemeester <<Jeroen Dijsselbloem|OFF|Dijsselbloem>> ontvangt "
              "een kopie van stukken gericht aan het college."),
    ],
})

# ---------------------------------------------------------------- ai21 bezwaar parkeerbelasting by B.V. (fpdf)
DOCS.append({
    "id": "ai21_bezwaar_naheffing_bv", "producer": "fpdf", "title": "Bezwaar naheffingsaanslag",
    "author": "[[Ingrid Stolk|P|Stolk]]",
    "blocks": [
        ("lines", ["<<Groenvoorziening Van Dijk & Zonen B.V.|ORG>>", "<<Industrieweg 40|ADR>>", "3044 AT Rotterdam",
                   "KvK <<24318871|CAS>>"]),
        ("space",),
        ("lines", ["Gemeente Rotterdam, afdeling <<Parkeren|ORG>>", "<<Postbus 70012|ADR>>, 3000 KP Rotterdam"]),
        ("lines", ["Rotterdam, 11 <<november|DAT>> 2024", "Betreft: bezwaar naheffingsaanslag <<NH-2024-0991732|CAS>>"]),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Namens <<Groenvoorziening Van Dijk & Zonen B.V.|ORG>> maak ik bezwaar tegen de naheffingsaanslag parkeerbelasting "
              "van 14 oktober 2024 voor ons bedrijfsvoertuig (<<VN-482-K|MISC>>). Onze medewerker, de heer [[Gijs Dekker|P|Gijs;Dekker]], "
              "was op dat moment aan het werk in de plantsoenen aan de <<Burgemeester Oudlaan|STR>> in opdracht van de gemeente "
              "zelf (contract <<ROT-GR-2023-114|CAS>>, opdrachtgever [[ing. T. Vlasblom|P|T. Vlasblom;Vlasblom]] van <<Stadsbeheer|ORG>>)."),
        ("p", "Voor werkzaamheden in opdracht van de gemeente geldt een ontheffing. De handhaver, handhaver [[2217|O]], heeft die "
              "ontheffing niet gezien omdat de kaart van de voorruit was gevallen. Een foto van de ontheffing is bijgevoegd."),
        ("p", "Wij verzoeken u de aanslag van € 72,90 te vernietigen. Zo nodig licht onze directeur, de heer [[W.J.M. van Dijk|P|W.J.M.;van Dijk]], "
              "het bezwaar mondeling toe."),
        ("p", "Met vriendelijke groet,"),
        ("sig",),
        ("lines", ["[[Ingrid Stolk-Verheul|P|Ingrid;Stolk-Verheul]]", "<<office manager|TIT>>",
                   "T <<010 482 11 90|TEL>> (algemeen) / [[06-38 11 57 29|T]] (direct)", "<<administratie@vandijkgroen.nl|MAIL>>"]),
        ("small", "Bijlagen: foto ontheffing; opdrachtbevestiging Stadsbeheer. Burgemeester <<Carola Schouten|OFF|Carola Schouten>> "
                  "is als portefeuillehouder niet betrokken; het college heeft het bezwaar gemandateerd aan de <<directeur Belastingen|TIT>>."),
    ],
})

# ---------------------------------------------------------------- ai22 beslissing op bezwaar Participatiewet (docx)
DOCS.append({
    "id": "ai22_beslissing_bezwaar_participatiewet", "producer": "docx",
    "author": "[[Rutger van Aalst|P|Rutger;van Aalst]]", "title": "Beslissing op bezwaar Participatiewet",
    "header": "<<Gemeente Amsterdam|ORG>> - <<Werk, Participatie en Inkomen|ORG>> - <<Postbus 2813|ADR>>, 1000 CV Amsterdam",
    "footer": "Bezwaarnummer <<BZ-WPI-2025-30017|CAS>> - <<14 020|TEL>> - amsterdam.nl",
    "blocks": [
        ("lines", ["Mevrouw [[S.K. Boateng-Mensah|P|S.K.;Boateng-Mensah]]", "p/a [[mr. Y. (Yara) Lindqvist|P|Yara;Lindqvist]], "
                   "<<Sociaal Raadslieden Amsterdam|ORG>>", "<<Jan van Galenstraat|STR>> 323", "1056 CB Amsterdam"]),
        ("space",),
        ("lines", ["Datum: 30 januari 2025", "Onderwerp: beslissing op uw bezwaar tegen de terugvordering van bijstand"]),
        ("p", "Geachte mevrouw [[Boateng-Mensah|P]],"),
        ("p", "U heeft op 4 november 2024, via uw gemachtigde mevrouw [[Lindqvist|P]], bezwaar gemaakt tegen ons besluit van "
              "27 september 2024. Daarin hebben wij uw bijstandsuitkering (BSN [[" + bsn(122) + "|B]]) over de periode "
              "<<juni|DAT>> tot en met <<augustus|DAT>> 2024 herzien en € 3.611,40 teruggevorderd, omdat u inkomsten uit schoonmaakwerk "
              "niet had gemeld."),
        ("h", "Uw bezwaar"),
        ("p", "U stelt dat het werk eenmalig was en dat de inkomsten door uw broer, de heer [[Kwame Mensah|P|Kwame;Mensah]], zijn ontvangen "
              "op zijn rekening [[" + iban(122, "ABNA") + "|I]]. Ook wijst u op uw zorg voor uw zoon [[Kofi|P]] (4), die in het "
              "<<Emma Kinderziekenhuis|ORG>> wordt behandeld."),
        ("h", "Hoorzitting"),
        ("p", "Op <<dinsdag|DAT>> 7 januari 2025 bent u gehoord door de <<hoorcommissie|ORG>>. Namens de afdeling was "
              "<<klantmanager|TIT>> [[Desiree Wong Loi Sing|P|Desiree;Wong Loi Sing]] aanwezig. Het verslag is als bijlage gevoegd."),
        ("h", "Beoordeling"),
        ("p", "Wij hebben de bankafschriften van de rekening van uw broer bekeken. De werkgever, <<Schoonmaakbedrijf Hygiënisch Amsterdam B.V.|ORG>>, "
              "heeft bevestigd dat het loon op uw naam is uitbetaald. U had de inkomsten moeten melden (artikel 17 <<Participatiewet|LAW>>). "
              "Wel zien wij in uw situatie een dringende reden om af te zien van een boete (artikel 18a Participatiewet)."),
        ("h", "Beslissing"),
        ("p", "Uw bezwaar is gedeeltelijk gegrond. De terugvordering blijft staan; wij leggen geen boete op. U kunt een "
              "betalingsregeling treffen via <<14 020|TEL>>."),
        ("p", "Met vriendelijke groet,"),
        ("p", "het college van burgemeester en wethouders van Amsterdam, namens dezen,"),
        ("sig",),
        ("lines", ["[[R. van Aalst|P|R. van Aalst]]", "<<senior juridisch adviseur|TIT>>"]),
        ("small", "Een verkeerd BSN in het bezwaarschrift ([[" + bsn(123, valid=False) + "|B]]) is door ons gecorrigeerd. "
                  "Beroep: <<Rechtbank Amsterdam|ORG>>, binnen zes weken. Wethouder <<Marjolein Moorman|OFF|Moorman>> is portefeuillehouder Armoede."),
    ],
})

# ---------------------------------------------------------------- ai23 verslag hoorzitting bezwaarcommissie (html, 2 pages)
DOCS.append({
    "id": "ai23_verslag_hoorzitting_bezwaarcommissie", "producer": "html", "title": "Verslag hoorzitting",
    "header": "<<Algemene bezwaarschriftencommissie|ORG>> <<gemeente Leeuwarden|ORG>> | verslag hoorzitting | niet openbaar",
    "css": "p{font-size:10.5pt}",
    "blocks": [
        ("title", "Verslag van de hoorzitting"),
        ("table", [["Zaak", "<<BC-2025-021|CAS>>: bezwaar van [[T.S. (Tjitske) Hiemstra-de Boer|P|Tjitske;Hiemstra-de Boer]] tegen de "
                            "weigering van een omgevingsvergunning voor een mantelzorgwoning"],
                   ["Datum", "<<woensdag|DAT>> 12 maart 2025, 19.30 uur, <<stadskantoor Leeuwarden|LOC>>"],
                   ["Commissie", "de <<voorzitter|TIT>> en twee <<leden|TIT>> van de commissie; <<secretaris|TIT>> [[J. Wijnja|P|J. Wijnja;Wijnja]]"],
                   ["Bezwaarmaker", "mevrouw [[Hiemstra-de Boer|P]], bijgestaan door haar zoon [[Auke Hiemstra|P|Auke]]"],
                   ["Namens het college", "[[mr. A.K. (Aleida) Sikkema|P|Aleida;Sikkema]], <<jurist VTH|TIT>>; [[Feike Oostra|P|Feike;Oostra]], <<vergunningverlener|TIT>>"]], [40, 125]),
        ("h", "1. Opening"),
        ("p", "De voorzitter opent de zitting en legt uit dat de commissie onafhankelijk is en het college adviseert. Het "
              "verslag wordt niet openbaar gemaakt, maar kan onder de <<Wet open overheid|LAW>> worden opgevraagd."),
        ("h", "2. Toelichting bezwaarmaker"),
        ("p", "Mevrouw [[Hiemstra-de Boer|P]] (78) woont op de boerderij aan de [[Marssumerdyk 6|A]] in [[9089 BT Wytgaard|A|9089 BT]]. "
              "Haar zoon [[Auke|P]] en schoondochter [[Marrit Hiemstra-Zijlstra|P|Marrit;Hiemstra-Zijlstra]] runnen het melkveebedrijf. "
              "Zij wil in een tijdelijke woning op het erf gaan wonen, zodat haar zoon en zijn gezin in het woonhuis kunnen. "
              "Zij heeft sinds 2023 de ziekte van Parkinson; haar huisarts, dokter [[Y. Reitsma|P|Y. Reitsma;Reitsma]], heeft een verklaring gegeven."),
        ("p", "De heer [[Auke Hiemstra|P|Hiemstra]] vult aan dat <<gedeputeerde|TIT>> <<Friso Douwstra|OFF|Douwstra>> tijdens een werkbezoek "
              "in 2024 zou hebben gezegd dat mantelzorgwoningen op boerenerven 'gewoon moeten kunnen'."),
        ("h", "3. Reactie namens het college"),
        ("p", "Mevrouw [[Sikkema|P]] licht toe dat de mantelzorgwoning buiten het bouwvlak valt en dat het <<Omgevingsplan Leeuwarden|LAW>> "
              "geen afwijking toelaat in het gebied <<Waardevol Agrarisch Landschap|MISC>>. De heer [[Oostra|P]] wijst erop dat een "
              "vergunningvrije mantelzorgwoning op grond van het <<Besluit bouwwerken leefomgeving|LAW>> wel kan in het "
              "achtererfgebied, mits de woning aan het hoofdgebouw is gebouwd of daar binnen 10 meter van staat."),
        ("pagebreak",),
        ("h", "4. Vragen van de commissie"),
        ("p", "Op vragen van de commissie antwoordt mevrouw [[Hiemstra-de Boer|P]] dat zij niet wist dat een plek dichter bij de "
              "boerderij mogelijk was. Haar zoon zegt dat daar nu de kuilvoerplaat ligt. Mevrouw [[Sikkema|P]] zegt toe dat de "
              "<<afdeling Vergunningen|ORG>> op <<vrijdag|DAT>> 21 maart 2025 ter plaatse komt kijken."),
        ("h", "5. Afsluiting"),
        ("p", "De voorzitter sluit de zitting om 20.45 uur. De commissie brengt binnen vier weken advies uit aan het college. "
              "Secretaris: [[J. Wijnja|P|J. Wijnja]], [[j.wijnja@leeuwarden.nl|E]], [[06 1428 8390|T]]; algemeen: <<bezwaar@leeuwarden.nl|MAIL>>."),
        ("table", [["Aanwezig", "Rol"],
                   ["[[T.S. Hiemstra-de Boer|P|T.S.]]", "bezwaarmaker"],
                   ["[[A. Hiemstra|P|A. Hiemstra]]", "zoon / vertegenwoordiger"],
                   ["[[A.K. Sikkema|P|A.K.]]", "namens het college"],
                   ["[[F. Oostra|P|F. Oostra]]", "namens het college"],
                   ["[[J. Wijnja|P|J. Wijnja]]", "secretaris"]], [80, 85]),
        ("small", "Burgemeester <<Sybrand Buma|OFF|Sybrand Buma>> is voorzitter van het college; de commissie adviseert het college. "
                  "Commissaris van de Koning <<Arno Brok|OFF|Arno Brok>> was niet bij de zaak betrokken."),
    ],
})

# ---------------------------------------------------------------- ai24 klacht verhuurder, Indonesian mononym, reply (fpdf)
DOCS.append({
    "id": "ai24_klacht_huurteam_mononiem", "producer": "fpdf", "title": "Reactie op uw melding huurteam",
    "author": "[[Sophie Huisman|P|Huisman]]",
    "header": "<<Gemeente Den Haag|ORG>> - <<Haags Huurteam|ORG>> - <<Spui 70|ADR>>",
    "footer": "Melding <<HHT-2025-1140|CAS>>",
    "blocks": [
        ("lines", ["Mevrouw [[Sukarni|P]]", "[[Hobbemastraat 201|A]]", "[[2526 JR Den Haag|A|2526 JR]]"]),
        ("space",),
        ("lines", ["Den Haag, 3 april 2025", "Onderwerp: uw melding over achterstallig onderhoud"]),
        ("p", "Geachte mevrouw [[Sukarni|P]],"),
        ("p", "Op 12 <<maart|DAT>> 2025 meldde u dat uw verhuurder, de heer [[Dirk-Jan Poortvliet|P|Dirk-Jan;Poortvliet]], al "
              "een jaar weigert de schimmel in de badkamer en de kapotte cv-ketel te laten herstellen. U schreef ook dat uw "
              "onderbuurman, de heer [[Agus Setiawan|P|Agus;Setiawan]], hetzelfde probleem heeft. Uw dochter [[Ratna|P]] heeft astma."),
        ("p", "Op <<donderdag|DAT>> 27 maart 2025 heeft onze <<woninginspecteur|TIT>> [[Jeroen Kalkman|P|Jeroen;Kalkman]] uw woning "
              "bezocht. Hij heeft vastgesteld dat de cv-ketel van <<Remeha|ORG>> defect is en dat de badkamer niet geventileerd wordt. "
              "Dit zijn gebreken in de zin van het <<Besluit bouwwerken leefomgeving|LAW>> en de <<Wet goed verhuurderschap|LAW>>."),
        ("p", "Wij hebben de verhuurder, die de woning verhuurt via [[Poortvliet|P]] Vastgoed (een eenmanszaak van de heer "
              "[[Poortvliet|P]]), een brief gestuurd met een termijn van vier weken. U kunt ook een procedure starten bij de "
              "<<Huurcommissie|ORG>> (<<Postbus 85500|ADR>>, telefoon <<088 - 525 84 00|TEL>>)."),
        ("p", "Uw e-mailadres [[sukarni.bu@yahoo.co.id|E]] en telefoonnummer [[+62 812 3456 7890|T]] gebruiken wij alleen voor "
              "deze melding. Uw Nederlandse nummer [[06 44 19 72 38|T]] hebben wij ook genoteerd."),
        ("p", "Met vriendelijke groet,"),
        ("sig",),
        ("lines", ["[[S. Huisman|P|S. Huisman]]", "<<projectleider Haags Huurteam|TIT>>",
                   "<<huurteam@denhaag.nl|MAIL>> | <<14 070|TEL>>"]),
        ("small", "Wethouder <<Martijn Balster|OFF|Balster>> (Wonen) heeft het college geïnformeerd over de aanpak van malafide verhuurders."),
    ],
})

# ---------------------------------------------------------------- ai25 kwijtschelding (reportlab), IBAN with typo
DOCS.append({
    "id": "ai25_kwijtschelding_waterschapsbelasting", "producer": "reportlab",
    "title": "Beslissing kwijtschelding", "author": "[[Gülsen Aydın|P|Gülsen Aydın]]",
    "header": "<<Gemeentelijke Belastingen Amstelland|ORG>> | namens <<Waternet|ORG>> en <<Hoogheemraadschap van Rijnland|ORG>>",
    "footer": "Kwijtscheldingsnummer <<KW-2025-771204|CAS>> | <<Postbus 94370|ADR>>, 1090 GJ Amsterdam | <<0900 93 94|TEL>>",
    "blocks": [
        ("lines", ["De heer [[İ. Şahin|P|İ. Şahin;Şahin]] en mevrouw [[D. Şahin-Kaya|P|D. Şahin-Kaya;Şahin-Kaya]]",
                   "[[Stationsplein 18-C|A]]", "[[1431 EK Aalsmeer|A|1431 EK]]"]),
        ("space",),
        ("table", [["Datum", "Uw BSN", "Behandelaar", "Telefoon"],
                   ["22 mei 2025", "[[" + bsn(125) + "|B]]", "[[G. Aydın|P|G. Aydın;Aydın]]", "[[020-608 44 71|T]]"]], [30, 35, 50, 45]),
        ("p", "Onderwerp: beslissing op uw verzoek om kwijtschelding van de waterschapsbelasting 2025"),
        ("p", "Geachte heer en mevrouw [[Şahin|P]],"),
        ("p", "U heeft op 14 april 2025 gevraagd om kwijtschelding van de aanslag watersysteemheffing en zuiveringsheffing "
              "2025 (€ 412,18). Wij hebben uw verzoek getoetst aan de <<Leidraad Invordering 2008|LAW>> en de "
              "<<Uitvoeringsregeling Invorderingswet 1990|LAW>>."),
        ("p", "U heeft een uitkering van het <<UWV|ORG>> en uw echtgenote ontvangt een <<AOW|LAW>>-pensioen van de <<Sociale Verzekeringsbank|ORG>>. "
              "Uw betalingscapaciteit is nihil. Uw verzoek wordt daarom volledig toegewezen."),
        ("p", "U heeft op 2 mei 2025 al € 50,00 betaald. Dit bedrag storten wij terug. Op uw formulier staat rekeningnummer "
              "[[" + iban(125, "INGB", typo=True) + "|I]]; dit nummer bestaat niet. Wij gebruiken daarom het nummer waarvan u "
              "betaalde: [[" + iban(125, "INGB", spaced=False) + "|I]]."),
        ("p", "Het verzoek is ingediend met hulp van [[Meryem Kılıç|P|Meryem;Kılıç]] van <<Stichting Dock|ORG>> (<<Schuldhulpmaatje|ORG>>), "
              "die u had gemachtigd ([[meryem.kilic@dock.nl|E]])."),
        ("h", "Bezwaar"),
        ("p", "Tegen deze beslissing kunt u in administratief beroep gaan bij de <<invorderingsambtenaar|TIT>> binnen zes weken "
              "(artikel 26 Invorderingswet 1990)."),
        ("p", "Met vriendelijke groet,"),
        ("p", "de invorderingsambtenaar, namens deze,"),
        ("sig",),
        ("lines", ["[[Gülsen Aydın|P|Gülsen]]", "<<medewerker Kwijtschelding|TIT>>"]),
    ],
})

# ---------------------------------------------------------------- ai26 subsidievaststelling coöperatie (docx)
DOCS.append({
    "id": "ai26_subsidievaststelling_cooperatie", "producer": "docx",
    "author": "[[Maaike Brinkman|P|Maaike;Brinkman]]", "title": "Vaststelling subsidie",
    "header": "<<Provincie Utrecht|ORG>> - <<Archimedeslaan 6|ADR>> - <<Postbus 80300|ADR>>, 3508 TH Utrecht",
    "footer": "Subsidienummer <<PU-2023-ENE-0187|CAS>> - <<030 258 91 11|TEL>>",
    "blocks": [
        ("lines", ["<<Energiecoöperatie Kromme Rijn U.A.|ORG>>", "t.a.v. het bestuur, de heer [[B.R. (Bart) Lamers|P|B.R.;Bart;Lamers]]",
                   "<<Dorpsstraat|STR>> 2a", "3981 EC Bunnik"]),
        ("space",),
        ("lines", ["Datum: 9 oktober 2025", "Onderwerp: vaststelling subsidie zonnedak sporthal De Bongerd"]),
        ("p", "Geacht bestuur,"),
        ("p", "Bij besluit van 14 <<februari|DAT>> 2023 verleenden Gedeputeerde Staten uw coöperatie een subsidie van € 45.000 voor een "
              "coöperatief zonnedak op <<sporthal De Bongerd|LOC>>, op grond van de <<Subsidieregeling energietransitie provincie Utrecht|LAW>>. "
              "Op 30 juni 2025 vroeg uw penningmeester, mevrouw [[Nienke Schotanus|P|Nienke;Schotanus]], de vaststelling aan."),
        ("p", "Wij stellen de subsidie vast op € 43.812. Het verschil ontstaat doordat de kosten van de netaansluiting door "
              "<<Stedin|ORG>> lager uitvielen. U ontving een voorschot van € 36.000; het restant van € 7.812 maken wij over op "
              "NL51 TRIO 0391 8817 22. U bent de enige coöperatie die de rekening bij <<Triodos Bank|ORG>> heeft; "
              "het nummer staat op naam van de coöperatie."),
        ("table", [["Rol", "Naam", "Contact"],
                   ["Voorzitter", "[[Bart Lamers|P|Bart]]", "[[bart@lamers-bunnik.nl|E]]"],
                   ["Penningmeester", "[[Nienke Schotanus|P|Nienke]]", "[[06 - 2299 4513|T]]"],
                   ["Projectleider", "[[Kees van 't Riet|P|Kees;van 't Riet]]", "[[k.vtriet@krommerijn.nl|E]]"],
                   ["Algemeen", "<<Energiecoöperatie Kromme Rijn U.A.|ORG>>", "<<info@krommerijnenergie.nl|MAIL>>"]], [35, 55, 75]),
        ("p", "<<Gedeputeerde|TIT>> <<Huib van Essen|OFF|Huib van Essen>> opende het zonnedak op 3 mei 2025. Wij wensen de coöperatie "
              "en haar 212 leden veel succes."),
        ("p", "Met vriendelijke groet,"),
        ("p", "Gedeputeerde Staten van Utrecht, namens dezen,"),
        ("sig",),
        ("lines", ["[[M. Brinkman|P|M. Brinkman]]", "<<subsidieadviseur|TIT>> Energie"]),
        ("small", "Bezwaar binnen zes weken bij Gedeputeerde Staten van Utrecht. Deze brief is digitaal verstuurd via "
                  "<<MijnProvincie|MISC>>; zie ook <<subsidies@provincie-utrecht.nl|MAIL>>."),
    ],
})

# ---------------------------------------------------------------- ai27 staatssecretaris reply to citizen (reportlab)
DOCS.append({
    "id": "ai27_antwoordbrief_staatssecretaris_burger", "producer": "reportlab", "serif": True,
    "title": "Uw brief over DigiD", "author": "[[T. Hoekman|P|T. Hoekman]]",
    "header": "<<Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG>> - <<Postbus 20011|ADR>> - 2500 EA Den Haag",
    "footer": "Kenmerk <<2025-0000218443|CAS>> - <<www.rijksoverheid.nl|MISC>>",
    "blocks": [
        ("lines", ["De heer [[Ö. Yılmaz|P|Ö. Yılmaz;Yılmaz]]", "[[Malakkastraat 93-III|A]]", "[[1094 BS AMSTERDAM|A|1094 BS]]"]),
        ("space",),
        ("table", [["Datum", "Kenmerk", "Uw brief van"],
                   ["17 maart 2025", "2025-0000218443", "3 februari 2025"]], [40, 60, 60]),
        ("p", "Onderwerp: uw brief over DigiD voor Nederlanders in het buitenland"),
        ("p", "Geachte heer [[Yılmaz|P]],"),
        ("p", "In uw brief aan <<staatssecretaris|TIT>> <<Szabó|OFF|Szabó>> vraagt u aandacht voor de problemen van uw moeder, mevrouw "
              "[[Emine Yılmaz-Doğan|P|Emine;Yılmaz-Doğan]], die in <<Turkije|LOC>> woont en geen DigiD kan aanvragen. De staatssecretaris "
              "heeft mij gevraagd u te antwoorden."),
        ("p", "Nederlanders en AOW-gerechtigden in het buitenland kunnen DigiD aanvragen met een activeringscode die per post "
              "wordt verstuurd, of bij een <<DigiD-balie|MISC>>. In Turkije is er een balie in <<Istanbul|LOC>> en bij de "
              "<<Nederlandse ambassade in Ankara|ORG>>. Uw moeder kan ook een machtiging geven aan u via <<DigiD Machtigen|MISC>>."),
        ("p", "De <<Sociale Verzekeringsbank|ORG>> heeft bevestigd dat het AOW-dossier van uw moeder ([[SVB-relatienummer 772104558|O|772104558]]) "
              "in orde is. Voor persoonlijke vragen kunt u bellen met <<Logius|ORG>> via <<088 - 123 65 55|TEL>> of de "
              "<<Rijksoverheid|ORG>> via <<1400|TEL>>."),
        ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."),
        ("p", "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, Digitalisering en Koninkrijksrelaties, namens deze,"),
        ("sig",),
        ("lines", ["[[drs. T.W.A. (Thijs) Hoekman|P|T.W.A.;Thijs;Hoekman]]", "<<plaatsvervangend directeur Digitale Overheid|TIT>>"]),
        ("small", "Afschrift aan <<minister|TIT>> <<Judith Uitermark|OFF|Judith Uitermark>>. Behandeld door [[Laura Mertens|P|Laura;Mertens]], "
                  "<<beleidsmedewerker|TIT>>, [[laura.mertens@minbzk.nl|E]], [[06-2137 5582|T]]; functioneel: <<digid-post@minbzk.nl|MAIL>>."),
    ],
    "hidden": {"annots": [(0, "[[MERTENS L.|P|MERTENS L.]]", "Check met [[Thijs|P]]: mag de naam van de moeder erin? - LM")]},
})

# ---------------------------------------------------------------- ai28 gedeputeerde letter to Frisian farmer (html)
DOCS.append({
    "id": "ai28_brief_gedeputeerde_stikstof_boer", "producer": "html", "title": "Uitnodiging keukentafelgesprek",
    "header": "<<Provinsje Fryslân|ORG>> | <<Tweebaksmarkt 52|ADR>> | <<Postbus 20120|ADR>>, 8900 HM Leeuwarden | <<058 292 59 25|TEL>>",
    "footer": "Kenmerk <<01234567/FRL-2025|CAS>> | <<Provinsje Fryslân|ORG>>",
    "blocks": [
        ("lines", ["Familie [[Tjeerdema|P]]", "t.a.v. [[Sjoukje en Wopke Tjeerdema-Hoekstra|P|Sjoukje;Wopke;Tjeerdema-Hoekstra]]",
                   "[[Groote Wielen 4|A]]", "[[9264 TR Earnewâld|A|9264 TR]]"]),
        ("p", "Ljouwert, 2 juni 2025"),
        ("p", "Onderwerp: uitnodiging voor een keukentafelgesprek over uw bedrijf bij het <<Natura 2000-gebied Alde Feanen|LOC>>"),
        ("p", "Beste [[Sjoukje|P]] en [[Wopke|P]],"),
        ("p", "Uw melkveebedrijf ligt op minder dan 250 meter van het Natura 2000-gebied Alde Feanen. De provincie werkt met "
              "het <<Fryske Plan Lânbou en Natuer|MISC>> aan het verminderen van de stikstofdepositie. Ik wil graag met u "
              "bespreken welke mogelijkheden er voor uw bedrijf zijn: extensiveren, verplaatsen of vrijwillige beëindiging "
              "via de <<Lbv-plus|LAW>>."),
        ("p", "Ik kom graag zelf langs, samen met onze <<gebiedsmakelaar|TIT>> [[Hylke de Haan|P|Hylke;de Haan]] "
              "([[h.dehaan@fryslan.frl|E]], [[06 5213 7704|T]]). Uw adviseur van <<LTO Noord|ORG>>, de heer [[J. Bergsma|P|J. Bergsma;Bergsma]], "
              "is ook welkom. Uw zoon [[Jildert|P]], die het bedrijf wil overnemen, nodigen wij graag uit."),
        ("p", "Wij hebben de volgende momenten gereserveerd: <<dinsdag|DAT>> 17 juni of <<donderdag|DAT>> 19 juni 2025. "
              "Wilt u laten weten wat u past via <<stikstof@fryslan.frl|MAIL>>?"),
        ("p", "Met vriendelijke groet,"),
        ("sig",),
        ("lines", ["<<Friso Douwstra|OFF|Friso Douwstra>>", "<<gedeputeerde|TIT>> Landbouw en Stikstof"]),
        ("small", "Deze brief is opgesteld door [[Marijke Dykstra|P|Marijke;Dykstra]] (<<programmamanager|TIT>> Stikstof), "
                  "tel. [[058 292 51 48|T]]. <<Minister|TIT>> <<Femke Wiersma|OFF|Femke Wiersma>> (LNV) ontvangt een kopie van "
                  "het overzicht van gesprekken, zonder namen."),
    ],
    "meta_author": "[[Marijke Dykstra|P|Marijke Dykstra]]",
})

# ---------------------------------------------------------------- ai29 telefoonnotitie (scan, handwriting style)
DOCS.append({
    "id": "ai29_telefoonnotitie_scan", "producer": "scan", "scanfont": "hand", "scansize": 33,
    "blocks": [
        ("title", "TELEFOONNOTITIE"),
        ("table", [["Voor:", "[[Kees Brandsma|P|Brandsma]] (team Wmo)"],
                   ["Van:", "[[Joke van Leeuwen-Bos|P|Leeuwen-Bos]]"],
                   ["Datum:", "ma 24-2-2025, 10:40"]]),
        ("p", "Mw. belde namens haar buurman [[dhr. Verhoeven|P|Verhoeven]] ([[Pr. Bernhardlaan 9|A]]). Hij ligt sinds vrijdag in het "
              "ziekenhuis, woning is vervuild, katten niet verzorgd. Dochter [[Ilse Verhoeven|P|Ilse]] woont in Spanje, "
              "tel. [[+34 611 204 887|T]]."),
        ("p", "Graag terugbellen: [[06-55218930|T]]"),
        ("p", "Doorgezet naar wijkteam en dierenambulance."),
        ("p", "paraaf: [[KB|P]]"),
    ],
})

# ---------------------------------------------------------------- ai30 zienswijze e-mail with attachments and comments (reportlab)
DOCS.append({
    "id": "ai30_zienswijze_email_met_opmerkingen", "producer": "reportlab",
    "title": "Zienswijze windpark Goyerbrug", "author": "[[Chen Mei-Ling|P|Chen Mei-Ling]]",
    "header": "Afgedrukt uit <<Microsoft Outlook|MISC>> door [[Bakker, E.C. (Esther)|P|Bakker, E.C.;Esther]]",
    "blocks": [
        ("table", [["Van:", "[[Mei-Ling Chen|P|Mei-Ling;Chen]] <[[meiling.chen-wouters@protonmail.com|E]]>"],
                   ["Verzonden:", "<<zondag|DAT>> 16 maart 2025 21:07"],
                   ["Aan:", "<<zienswijzen@provincie-utrecht.nl|MAIL>>"],
                   ["CC:", "[[R.P. Wouters|P|R.P. Wouters]] <[[rp_wouters@hotmail.com|E]]>"],
                   ["Onderwerp:", "Zienswijze ontwerp-projectbesluit windpark Goyerbrug"],
                   ["Bijlagen:", "zienswijze_Chen_Wouters.pdf; geluidsmeting_maart.xlsx"]], [25, 140]),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Hierbij dienen mijn man [[Robert Wouters|P|Robert;Wouters]] en ik, [[Mei-Ling Chen|P|Mei-Ling]], een zienswijze in "
              "op het ontwerp-projectbesluit <<Windpark Goyerbrug|MISC>> (<<Provinciaal Inpassingsplan|LAW>>). Wij wonen aan de "
              "[[Goyerbrug 7|A]], [[3961 MA Wijk bij Duurstede|A|3961 MA]], op 480 meter van de geplande turbine T3."),
        ("p", "1. De slagschaduwberekening van <<Pondera Consult|ORG>> gaat uit van een woning op 550 meter. Dat klopt niet."),
        ("p", "2. Onze zoon [[Jesse|P]] (12) heeft een auditieve verwerkingsstoornis; laagfrequent geluid is voor hem een probleem."),
        ("p", "3. De informatieavond van 4 februari 2025 in <<Wijk bij Duurstede|LOC>> was slecht aangekondigd. <<Gedeputeerde|TIT>> "
              "<<Huib van Essen|OFF|Huib van Essen>> beloofde daar een extra avond voor de direct omwonenden."),
        ("p", "Wij horen graag van u. Telefonisch: [[+31 (6) 2204 7719|T]]."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["[[Mei-Ling Chen|P|Mei-Ling]] en [[Robert Wouters|P|Robert]]"]),
        ("small", "--- Interne routing provincie Utrecht ---"),
        ("table", [["Stap", "Wie", "Datum", "Opmerking"],
                   ["Registratie", "[[E.C. Bakker|P|E.C.;Bakker]] (<<DIV|ORG>>)", "17-03-2025", "zienswijze nr. 41"],
                   ["Inhoudelijk", "[[Thomas Ngo|P|Thomas;Ngo]] (<<omgevingsmanager|TIT>>)", "19-03-2025", "reactie in nota van antwoord"],
                   ["Akkoord", "[[TN|P]] / [[EB|P]]", "20-03-2025", "-"]], [25, 65, 25, 50]),
        ("small", "Provincie Utrecht, <<Postbus 80300|ADR>>, 3508 TH Utrecht, <<030 258 91 11|TEL>>. Windpark Goyerbrug wordt "
                  "ontwikkeld door <<Windpark Goyerbrug B.V.|ORG>> en <<Coöperatie Wijkse Wind U.A.|ORG>>."),
    ],
    "hidden": {"annots": [(0, "[[Ngo, Thomas|P|Ngo, Thomas]]", "Afstand woning [[Chen|P]]/[[Wouters|P]] nameten, zie mail [[Ron Stapper|P|Stapper]]"),
                          (0, "[[ebakker|P]]", "Persoonsgegevens [[Jesse|P]] lakken in openbare nota")],
               "outline": [("Zienswijze 41 - [[Chen/Wouters|P|=Chen/Wouters]]", 0)]},
})

# ---------------------------------------------------------------- ai31 GGD inspection of a gastouder (eenmanszaak) (fpdf)
DOCS.append({
    "id": "ai31_ggd_inspectie_gastouder", "producer": "fpdf", "title": "Inspectierapport gastouder",
    "author": "[[Ilona Meijboom|P|Meijboom]]",
    "header": "<<GGD Hollands Midden|ORG>> - toezicht kinderopvang in opdracht van de <<gemeente Leiden|ORG>>",
    "footer": "<<Landelijk Register Kinderopvang|ORG>> nr. <<218837461|CAS>> - inspectie <<GGD-HM-KO-2025-0912|CAS>>",
    "blocks": [
        ("title", "Inspectierapport gastouderopvang"),
        ("table", [["Voorziening", "Gastouderopvang Tante [[Joke|P]]"],
                   ["Gastouder", "[[Johanna (Joke) Zwetsloot-Verkerk|P|Johanna;Zwetsloot-Verkerk]]"],
                   ["Opvangadres (woonadres)", "[[Haagweg 210|A]], [[2324 NK Leiden|A|2324 NK]]"],
                   ["Gastouderbureau", "<<Gastouderbureau Leidse Regio B.V.|ORG>>"],
                   ["Type onderzoek", "jaarlijks onderzoek, onaangekondigd"],
                   ["Datum", "<<dinsdag|DAT>> 8 april 2025"],
                   ["Toezichthouder", "[[I. Meijboom|P|I. Meijboom]], <<toezichthouder kinderopvang|TIT>>"]], [50, 115]),
        ("h", "Observaties"),
        ("p", "Tijdens het bezoek waren vier kinderen aanwezig, onder wie [[Mila|P]] (2) en [[Daan|P]] (3). De echtgenoot van de "
              "gastouder, de heer [[Cor Zwetsloot|P|Cor;Zwetsloot]], was thuis; hij staat ingeschreven in het <<Personenregister kinderopvang|ORG>>. "
              "Hun inwonende zoon [[Niels|P]] (19) staat daar niet in. Dat is een overtreding van de <<Wet kinderopvang|LAW>>."),
        ("p", "De gastouder beschikt over een geldig <<EHBO-certificaat|MISC>> (<<Rode Kruis|ORG>>) en een diploma <<MBO Pedagogisch Werk|MISC>>."),
        ("h", "Conclusie en advies aan de gemeente"),
        ("p", "Eén overtreding. Advies: aanwijzing. Handhaving door de gemeente Leiden; verantwoordelijk <<wethouder|TIT>> "
              "<<Fleur Spijker|OFF|Spijker>>. De zienswijze van de gastouder is telefonisch opgenomen ([[071-5418823|T]])."),
        ("p", "Contact GGD: <<kinderopvang@ggdhm.nl|MAIL>>, <<088 308 3000|TEL>>."),
    ],
})

# ---------------------------------------------------------------- ai32 IGJ report on a sole-trader practice (docx, 2 pages)
DOCS.append({
    "id": "ai32_igj_rapport_praktijk_eenmanszaak", "producer": "docx",
    "author": "[[Mirte Valkenburg|P|Mirte;Valkenburg]]", "title": "Rapport IGJ incidentonderzoek",
    "header": "<<Inspectie Gezondheidszorg en Jeugd|ORG>> (<<IGJ|ORG>>) - <<Ministerie van Volksgezondheid, Welzijn en Sport|ORG>>",
    "footer": "<<IGJ-2025-0071193|CAS>> - <<Postbus 2518|ADR>>, 6401 DA Heerlen - <<088 120 5000|TEL>>",
    "blocks": [
        ("title", "Rapport onderzoek naar aanleiding van een melding"),
        ("table", [["Zorgaanbieder", "Fysiotherapie [[Tahiri|P]] (eenmanszaak)"],
                   ["Zorgverlener", "[[Abdelkader Tahiri|P|Abdelkader]], <<fysiotherapeut|TIT>>"],
                   ["Praktijkadres", "[[Noordsingel 45|A]], Rotterdam (tevens woonadres van de heer [[Tahiri|P]])"],
                   ["Melder", "[[mevrouw L.E. (Lisanne) Brouwer-Oudejans|P|L.E.;Lisanne;Brouwer-Oudejans]]"],
                   ["Onderzoek", "gesprekken op <<maandag|DAT>> 3 en <<dinsdag|DAT>> 4 februari 2025"],
                   ["Inspecteurs", "[[M. Valkenburg|P|M. Valkenburg]], [[dr. P.K. Aboagye|P|P.K.;Aboagye]]"]], [40, 125]),
        ("h", "1. Aanleiding"),
        ("p", "Op 12 december 2024 meldde mevrouw [[Brouwer-Oudejans|P]] bij het <<Landelijk Meldpunt Zorg|ORG>> dat zij tijdens een "
              "behandeling op 28 november 2024 een huidverbranding opliep door een ultrageluidsapparaat. Zij is daarna behandeld "
              "op de spoedeisende hulp van het <<Maasstad Ziekenhuis|ORG>>. Haar man, de heer [[Frank Brouwer|P|Frank;Brouwer]], was bij de behandeling aanwezig."),
        ("h", "2. Bevindingen"),
        ("p", "De heer [[Tahiri|P]] werkt sinds 2011 als zelfstandig fysiotherapeut. Hij heeft een assistente in dienst, mevrouw "
              "[[Jamila Oukili|P|Jamila;Oukili]], die de agenda beheert. Het apparaat (type <<Sonopuls 190|MISC>>, leverancier "
              "<<Enraf-Nonius B.V.|ORG>>) was sinds 2019 niet gekalibreerd. Een onderhoudscontract ontbrak."),
        ("p", "Het dossier van de patiënt bevat geen aantekening van de instellingen. De heer [[Tahiri|P]] erkent dit. Zijn "
              "waarnemer in de vakantieperiode, de heer [[Guus Verschoor|P|Guus;Verschoor]], gebruikte hetzelfde apparaat."),
        ("pagebreak",),
        ("h", "3. Normen"),
        ("p", "De inspectie toetst aan de <<Wet kwaliteit, klachten en geschillen zorg|LAW>> (<<Wkkgz|LAW>>), de <<Wet op de "
              "beroepen in de individuele gezondheidszorg|LAW>> (<<Wet BIG|LAW>>) en de richtlijnen van het <<Koninklijk Nederlands "
              "Genootschap voor Fysiotherapie|ORG>> (<<KNGF|ORG>>)."),
        ("h", "4. Oordeel"),
        ("p", "Fysiotherapie [[Tahiri|P]] voldoet niet aan de norm voor veilig gebruik van medische hulpmiddelen. De inspectie "
              "verwacht binnen acht weken een verbeterplan. Een aanwijzing is op dit moment niet nodig; de zorgverlener heeft "
              "het apparaat direct buiten gebruik gesteld."),
        ("p", "De melder is op 20 februari 2025 telefonisch geïnformeerd via [[06 - 21 09 33 87|T]]; schriftelijke reactie "
              "aan [[lisanne.brouwer-oudejans@kpnplanet.nl|E]]."),
        ("h", "5. Openbaarmaking"),
        ("p", "Dit rapport wordt op grond van artikel 44 <<Gezondheidswet|LAW>> openbaar gemaakt op <<igj.nl|MISC>>. De namen van de "
              "melder en van medewerkers worden daarbij niet vermeld. <<Minister|TIT>> <<Fleur Agema|OFF|Agema>> ontvangt jaarlijks een overzicht."),
        ("p", "Namens de <<inspecteur-generaal|TIT>>,"),
        ("sig",),
        ("lines", ["[[Mirte Valkenburg|P|Mirte]]", "<<senior inspecteur|TIT>>, [[mirte.valkenburg@igj.nl|E]]"]),
    ],
})

# ---------------------------------------------------------------- ai33 klachtenregister 2024 (html, 2 pages)
_rows = [
    ["<<KL-2024-001|CAS>>", "08-01", "[[Pieternella de Smet|P|Pieternella;de Smet]]", "bejegening balie", "[[N. Bouchtaoui|P|N. Bouchtaoui]]", "gegrond"],
    ["<<KL-2024-014|CAS>>", "22-01", "[[Nguyễn Thị Hoa|P|Nguyễn Thị Hoa]]", "wachttijd rijbewijs", "[[R. Pinas|P|R. Pinas]]", "ongegrond"],
    ["<<KL-2024-031|CAS>>", "05-02", "[[Ramón Aguilar Fernández|P|Ramón;Aguilar Fernández]]", "parkeervergunning", "[[Bouchtaoui|P]]", "deels gegrond"],
    ["<<KL-2024-047|CAS>>", "19-02", "[[Vereniging van Eigenaren Laakhaven|MISC]]".replace("[[", "").replace("|MISC]]", ""), "afvalinzameling", "[[Sander Mook|P|Sander;Mook]]", "ingetrokken"],
    ["<<KL-2024-058|CAS>>", "04-03", "[[W.F. (Willem) Brinkhorst|P|W.F.;Willem;Brinkhorst]]", "geluidsoverlast evenement", "[[Mook|P]]", "gegrond"],
    ["<<KL-2024-072|CAS>>", "18-03", "[[Berg, A.M. van den|P|=Berg, A.M. van den]]", "subsidie monument", "[[Esmée Jonkers|P|Esmée;Jonkers]]", "ongegrond"],
    ["<<KL-2024-090|CAS>>", "02-04", "[[Dhr. Mohamed Ait Bennacer|P|Mohamed;Ait Bennacer]]", "Wmo-vervoer", "[[Jonkers|P]]", "gegrond"],
    ["<<KL-2024-104|CAS>>", "16-04", "[[Krystyna Wójcik|P|Krystyna;Wójcik]]", "bijstand, telefonische bereikbaarheid", "[[Bouchtaoui|P]]", "gegrond"],
    ["<<KL-2024-118|CAS>>", "30-04", "<<Stichting Haagse Voedselbank|ORG>>", "vergunning opslag", "[[Mook|P]]", "opgelost"],
    ["<<KL-2024-131|CAS>>", "14-05", "[[J.H. Zandbergen-Tjin|P|J.H.;Zandbergen-Tjin]]", "paspoort kind [[Mees|P]]", "[[Pinas|P]]", "gegrond"],
    ["<<KL-2024-145|CAS>>", "28-05", "[[Seyit Karataş|P|Seyit;Karataş]]", "WOZ-beschikking", "[[Emre Doğru|P|Emre;Doğru]]", "ongegrond"],
    ["<<KL-2024-160|CAS>>", "11-06", "<<Albert Heijn B.V.|ORG>>", "laad- en lostijden", "[[Doğru|P]]", "opgelost"],
    ["<<KL-2024-171|CAS>>", "17-06", "[[Zoë O'Brien-Maréchal|P|Zoë;O'Brien-Maréchal]]", "bejegening balie Escamp", "[[Bouchtaoui|P]]", "gegrond"],
    ["<<KL-2024-188|CAS>>", "01-07", "[[Hr. T. Kuijpers|P|T. Kuijpers]]", "boete CJIB/gemeente", "[[Doğru|P]]", "doorverwezen"],
    ["<<KL-2024-203|CAS>>", "15-07", "[[Anna-Sophie Ter Borg|P|Anna-Sophie;Ter Borg]]", "kinderopvangtoeslag (Rijk)", "[[Jonkers|P]]", "doorverwezen"],
]
DOCS.append({
    "id": "ai33_klachtenregister_2024", "producer": "html", "title": "Klachtenregister 2024 eerste helft",
    "header": "<<Gemeente Den Haag|ORG>> | <<Klachtencoördinatie|ORG>> | register externe klachten | intern",
    "css": "td{font-size:8.5pt}",
    "blocks": [
        ("title", "Register externe klachten, januari-juli 2024"),
        ("p", "Dit register wordt bijgehouden op grond van artikel 9:12a <<Awb|LAW>>. Het college rapporteert jaarlijks aan de "
              "<<gemeenteraad|ORG>> en aan de <<Nationale ombudsman|ORG>>. Klachten over bewindspersonen of het Rijk worden doorverwezen."),
        ("table", [["Nr.", "Ontv.", "Klager", "Onderwerp", "Behandelaar", "Afloop"]] + _rows),
        ("pagebreak",),
        ("h", "Toelichting bij enkele klachten"),
        ("p", "KL-2024-058: de heer [[Brinkhorst|P]] klaagde over het festival in het <<Zuiderpark|LOC>> op <<zaterdag|DAT>> 2 maart. "
              "Burgemeester <<Jan van Zanen|OFF|Jan van Zanen>> heeft de organisator (<<Mojo Concerts B.V.|ORG>>) aangesproken."),
        ("p", "KL-2024-090: het vervoer van de heer [[Ait Bennacer|P]] naar de dagbesteding kwam drie keer niet opdagen. "
              "Vervoerder <<Connexxion Taxi Services|ORG>> heeft een compensatie aangeboden. Zijn dochter, mevrouw "
              "[[Samira Ait Bennacer|P|Samira]], diende de klacht in via [[s.aitbennacer@gmail.com|E]]."),
        ("p", "KL-2024-131: mevrouw [[Zandbergen-Tjin|P]] kreeg geen afspraak voor het paspoort van haar zoon [[Mees|P]] vóór de "
              "zomervakantie. Opgelost door een spoedafspraak op het <<stadhuis Spui|LOC>>."),
        ("p", "KL-2024-203: de klacht van mevrouw [[Ter Borg|P|=Ter Borg]] gaat over de <<Belastingdienst/Toeslagen|ORG>>; doorverwezen "
              "naar <<staatssecretaris|TIT>> <<Nora Achahbar|OFF|Achahbar>> (Toeslagen en Douane) via <<Postbus 20201|ADR>>."),
        ("small", "Contact: <<klachten@denhaag.nl|MAIL>> | <<14 070|TEL>> | <<Spui 70|ADR>>, Den Haag. Samengesteld door "
                  "[[N. Bouchtaoui|P|N. Bouchtaoui]] en [[E. Doğru|P|E. Doğru]], <<klachtbehandelaars|TIT>>."),
    ],
    "meta_author": "[[Nadia Bouchtaoui|P|Nadia Bouchtaoui]]",
})
