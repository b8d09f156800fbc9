"""Set ZU, documents zu23-zu33."""
from lib import Doc
from content_a import woo_motiv

DOCS = [
    Doc("zu23", "Register gereserveerde gehandicaptenparkeerplaatsen", [
        ("h", "Register gehandicaptenparkeerplaatsen op kenteken - uittreksel binnenstad (stand 1 april 2026)"),
        ("p", "Bron: zaaksysteem {{Vergunningen en Handhaving}}. Intern gebruik; bevat persoonsgegevens."),
        ("t", [["Verkeersbesluit", "Locatie", "Kaarthouder", "Kenteken", "Geldig tot"],
               ["{{VB-2019-012|CASE}}", "{{Spittaalstraat|STREET}} 21", "[[J.W. Hofstede]]", "[[51-ZHK-7|LICENSE_PLATE]]", "1-5-2026 (vervallen)"],
               ["{{VB-2021-044|CASE}}", "{{Houtmarkt|STREET}} 62", "[[mw. E. Özdemir]]", "[[G-731-PP|LICENSE_PLATE]]", "12-8-2026"],
               ["{{VB-2022-007|CASE}}", "{{Henri Dunantweg|STREET}} 3", "[[B.F. ter Weele]]", "[[KR-118-V|LICENSE_PLATE]]", "3-2-2027"],
               ["{{VB-2023-019|CASE}}", "{{Isendoornstraat|STREET}} 14", "[[A.C.M. Bleeker-van Dam]]", "[[8-TTX-44|LICENSE_PLATE]]", "30-9-2028"],
               ["{{VB-2024-002|CASE}}", "{{Thomas a Kempisstraat|STREET}} 9", "[[R. Mahabier]]", "[[H-502-BN|LICENSE_PLATE]]", "1-2-2029"],
               ["{{VB-2025-027|CASE}}", "{{Coehoornsingel|STREET}} 80", "[[Hendrika Brinkhorst-Smit]]", "[[J-208-RT|LICENSE_PLATE]]", "in heroverweging"],
               ["{{VB-2026-031|CASE}}", "{{Berkelsingel|STREET}} 44", "[[T. Brinkhorst]]", "[[J-208-RT|LICENSE_PLATE]]", "26-3-2031"],
               ["{{VB-2026-035|CASE}}", "[[Weg naar Laren 118|ADDRESS]]", "[[G. Hoekstra-Veenstra]]", "[[4-KXT-91|LICENSE_PLATE]]", "in voorbereiding"]],
         [85, 130, 120, 70, 85]),
        ("pb",),
        ("p", "Plaatsen bij openbare gebouwen (niet op kenteken): {{Walburgisplein|STREET}} (2x, bij de {{Walburgiskerk|LANDMARK}}), "
              "{{'s-Gravenhof|STREET}} (3x, stadhuis), {{Jan Ligthartschool|ORG}} (1x), {{Bibliotheek Zutphen|ORG}} (2x)."),
    ], font="DejaVu", producer_str="Microsoft Excel 2019", creator_str="Microsoft Excel"),

    Doc("zu24", "Telefoonnotitie buurman", [
        ("h", "Telefoonnotitie"),
        ("t", [["Datum", "20 maart 2026, 10:35"], ["Aangenomen door", "[[Dewi Soekardjo]] (balie {{GPK|TERM}})"],
               ["Beller", "[[dhr. Brinkhorst]], [[Berkelsingel 44|ADDRESS]], tel. [[06-27730415|PHONE]]"],
               ["Zaak", "{{ZU-GPK-2026-0455|CASE}}"], ["Doorgezet naar", "[[Marloes ter Haar]], [[Joost Dijkman]]"]], [120, 340]),
        ("p", "Beller is boos over de waarschuwing van donderdag. Hij zegt dat zijn buurvrouw mevrouw [[Van der Laan]] foto's van "
              "zijn auto maakt en die in de buurtapp zet. Hij heeft zelf sinds februari ook een {{Bestuurderskaart|TERM}} "
              "(aangevraagd vanwege [[MS|HEALTH]]). Hij vraagt of de plaats nu wordt ingetrokken en wil een gesprek met "
              "wethouder {{Kees Boersma|PUBLIC_OFFICIAL}}."),
        ("p", "Afspraak: [[Marloes]] belt hem terug vóór 27 maart. Verwezen naar {{www.zutphen.nl/parkeren|URL}} en het "
              "{{Klantcontactcentrum|ORG}} ({{14 0575|PHONE_GENERAL}})."),
    ], producer="lo", producer_str="LibreOffice 7.6", creator_str="Writer", author="Dewi Soekardjo",
        hidden=[]),

    Doc("zu25", "Mailwisseling journalist en woordvoering", [
        ("p", "Van: [[Bakkali, Noor]] <[[n.bakkali@zutphen.nl|EMAIL]]>\nVerzonden: woensdag 22 april 2026 15:30\n"
              "Aan: [[Sven Akkerman]] <[[s.akkerman@contactzutphen.nl|EMAIL]]>\nCC: {{pers@zutphen.nl|EMAIL_FUNCTIONAL}}; "
              "[[Ramdin, Priscilla]] <[[p.ramdin@zutphen.nl|EMAIL]]>\nOnderwerp: RE: vragen over gehandicaptenparkeerplaatsen"),
        ("p", "Beste [[Sven]],\nOver individuele aanvragers en de situatie in één straat doen wij geen uitspraken; dat heeft met "
              "privacy te maken. Wel kan ik bevestigen dat het college op 16 juni besluit over het nieuwe beleid. Uw "
              "Woo-verzoek {{WOO-2026-0087|CASE}} wordt afgehandeld door de {{Woo-coördinator|ROLE}}."),
        ("p", "Met vriendelijke groet,\n[[Noor Bakkali]]\n{{Communicatieadviseur|ROLE}} {{Gemeente Zutphen}}\nT [[0575 58 32 90|PHONE]] | M [[06-38817264|PHONE]]"),
        ("pb",),
        ("mono", "Van: [[Sven Akkerman]] [mailto:[[s.akkerman@contactzutphen.nl|EMAIL]]]\nVerzonden: woensdag 22 april 2026 11:02\n"
                 "Aan: {{pers@zutphen.nl|EMAIL_FUNCTIONAL}}\nOnderwerp: vragen over gehandicaptenparkeerplaatsen"),
        ("p", "Goedemiddag, ik schrijf een stuk over de ruzie aan de {{Berkelsingel|STREET}}. Klopt het dat de plaats van de heer "
              "[[Brinkhorst]] wordt ingetrokken? En wil wethouder {{Boersma|PUBLIC_OFFICIAL}} reageren? Groet, [[Sven Akkerman]], "
              "{{Contact Zutphen}}, [[06-28105533|PHONE]]"),
    ], producer_str="Microsoft Outlook 16.0", creator_str="Microsoft Outlook"),

    Doc("zu26", "Presentielijst informatieavond (scan)", [
        ("h", "Presentielijst informatieavond parkeren binnenstad"),
        ("p", "Datum: 7 mei 2026, wijkcentrum De Hanzehof"),
        ("p", "1. [[Hanna Postma]] - [[Houtmarkt 60|ADDRESS]]"),
        ("hand", "[[H. Postma]]"),
        ("p", "2. [[Gerrit Wassink]] - [[Spittaalstraat 19|ADDRESS]]"),
        ("hand", "[[G. Wassink]]"),
        ("p", "3. [[Annemiek van der Laan]] - [[Berkelsingel 46|ADDRESS]]"),
        ("hand", "[[A. van der Laan]]"),
        ("p", "4. [[Jozef Nowak]] - [[Isendoornstraat 16|ADDRESS]]"),
        ("hand", "[[J. Nowak]]"),
    ], scan=True, producer_str="KONICA MINOLTA bizhub C300i", creator_str="KONICA MINOLTA bizhub C300i"),

    Doc("zu27", "Werkinstructie beoordeling GPK-aanvragen", [
        ("h", "Werkinstructie: behandeling aanvraag gehandicaptenparkeerkaart en gereserveerde plaats"),
        ("p", "Versie 3.1 - vastgesteld door de teamleider {{Vergunningen en Handhaving}} - april 2026\n"
              "Inhoudelijk beheer: [[I. de Wit]] (tst. [[2231|PHONE]]); achtervang [[Dewi Soekardjo]], [[d.soekardjo@zutphen.nl|EMAIL]]"),
        ("h", "Stap 1 - Intake"),
        ("p", "De aanvraag komt binnen via het e-formulier of de balie. Controleer in de {{BRP|TERM}} of de aanvrager in {{Zutphen|PLACE}} "
              "woont. Leg het dossier aan in {{Zaaksysteem Djuma|PRODUCT}} met zaaktype {{GPK-aanvraag|TERM}}."),
        ("h", "Stap 2 - Medische beoordeling"),
        ("p", "Stuur de aanvraag via het portaal naar {{Argonaut Keuringen}}. Stuur nooit medische stukken per gewone e-mail. Het "
              "advies wordt binnen vier weken verwacht. Bij een huisbezoek geldt het tarief uit {{ZU-INK-2023-044|CASE}}."),
        ("h", "Stap 3 - Besluit"),
        ("p", "Het besluit wordt ondertekend door de teamleider namens het college. Kaarten worden besteld bij de {{RDW|ORG}}-leverancier "
              "{{Veridos|ORG}}. De kosten bedragen {{EUR 140,00|AMOUNT}}."),
        ("pb",),
        ("h", "Stap 4 - Gereserveerde plaats"),
        ("p", "Vraag de verkeerskundige om een locatieonderzoek. Publiceer het verkeersbesluit in het {{Gemeenteblad|ORG}} en "
              "vraag instemming van de {{politie Oost-Nederland}}. Opdracht voor de borden gaat naar de raamcontractant."),
        ("h", "Stap 5 - Klachten van omwonenden"),
        ("p", "Registreer de klacht; laat de handhavers controleren. Deel nooit medische gegevens met de klager. Raadpleeg bij twijfel "
              "team {{Juridische Zaken}}."),
    ], producer="lo", producer_str="LibreOffice 7.6", creator_str="Writer", author="", xmp_creator="Ilse de Wit-Lammers",
        hidden=[("metadata", "PERSON", "Ilse de Wit-Lammers")]),

    Doc("zu28", "Besluit op Woo-verzoek", [
        ("p", "{{Gemeente Zutphen}}\n{{'s-Gravenhof 2|ADDRESS_PUBLIC}}, 7201 DN Zutphen"),
        ("p", "De heer [[S. Akkerman]]\n[[Zaadmarkt 31|ADDRESS]]\n7201 DE Zutphen"),
        ("p", "Datum: 30 juni 2026\nOns kenmerk: {{WOO-2026-0087|CASE}}\nOnderwerp: besluit op uw Woo-verzoek"),
        ("p", "Geachte heer [[Akkerman]],"),
        ("p", "Op 3 februari 2026 heeft u verzocht om openbaarmaking van documenten over de {{gehandicaptenparkeerkaart|TERM}}, "
              "het contract met {{Argonaut Keuringen}}, bezwaren en de gereserveerde plaats aan de {{Berkelsingel|STREET}}. Op "
              "5 maart 2026 hebben wij de beslistermijn met twee weken verdaagd. Derden zijn in de gelegenheid gesteld een zienswijze "
              "te geven; de heer [[Brinkhorst]] en mevrouw [[Van der Laan]] hebben bezwaar gemaakt tegen openbaarmaking."),
        ("h", "Besluit"),
        ("p", "Wij maken 33 documenten deels openbaar. De documenten staan in de inventarislijst."),
        ("h", "Overwegingen"),
        ("p", "Medische gegevens zijn bijzondere persoonsgegevens; die maken wij niet openbaar (artikel 5.1, eerste lid, aanhef "
              "en onder d, {{Woo|LAW}}). Burgerservicenummers maken wij niet openbaar (artikel 5.1, eerste lid, onder e). Namen, "
              "adressen, kentekens en contactgegevens van aanvragers, omwonenden en medewerkers van de gemeente en van "
              "{{Argonaut Keuringen}} laten wij weg ter eerbiediging van de persoonlijke levenssfeer (artikel {{5.1.2e|LAW}}). De "
              "namen van burgemeester {{Hanneke Oosterbeek|PUBLIC_OFFICIAL}}, wethouder {{Kees Boersma|PUBLIC_OFFICIAL}} en "
              "raadslid {{Lotte Faber|PUBLIC_OFFICIAL}} maken wij wel openbaar, omdat zij in hun publieke functie optreden."),
        ("pb",),
        ("p", "Het verzoek om documenten over het contract met {{Argonaut Keuringen}} wijzen wij toe. De tarieven in de "
              "raamovereenkomst {{ZU-INK-2023-044|CASE}} zijn geen bedrijfsgegevens die vertrouwelijk zijn meegedeeld."),
        ("p", "Hoogachtend,\nburgemeester en wethouders van Zutphen,\nnamens dezen,\n\n[[mr. P. Ramdin]]\n{{Woo-coördinator|ROLE}}"),
        ("p", "Bezwaar: binnen zes weken na verzending bij het college, {{Postbus 15|ADDRESS_PUBLIC}}, 7200 AA Zutphen."),
    ] + woo_motiv(), producer="lo", producer_str="LibreOffice 7.6", creator_str="Writer", author=""),

    Doc("zu29", "Inventarislijst Woo-besluit", [
        ("h", "Inventarislijst bij besluit {{WOO-2026-0087|CASE}}"),
        ("t", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
               ["1", "Woo-verzoek", "03-02-2026", "deels openbaar", "5.1.2e", ""],
               ["2", "Ontvangstbevestiging", "05-02-2026", "deels openbaar", "5.1.2e", ""],
               ["3", "Aanvraagformulier GPK", "02-02-2026", "deels openbaar", "5.1.1e, 5.1.2e", "formulierwaarden"],
               ["4", "Medisch advies {{Argonaut Keuringen}}", "20-02-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
               ["5", "Besluit toekenning", "04-03-2026", "deels openbaar", "5.1.2e", ""],
               ["6", "Besluit weigering", "11-03-2026", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
               ["7", "Bezwaarschrift", "14-04-2026", "deels openbaar", "5.1.1d, 5.1.2e", "scan"],
               ["8", "E-mail verkeerskundige", "12-03-2026", "deels openbaar", "5.1.2e", ""],
               ["13", "Controlerapport {{HH-2026-0177|CASE}}", "19-03-2026", "deels openbaar", "5.1.2e", ""],
               ["14", "Verkeersbesluit {{VB-2026-031|CASE}}", "26-03-2026", "openbaar", "", "reeds gepubliceerd"],
               ["17", "Factuur medisch adviseur", "30-04-2026", "deels openbaar", "5.1.2e", "IBAN"],
               ["19", "Beslisnota {{Z/26/118274|CASE}}", "09-06-2026", "deels openbaar", "5.1.2e", ""],
               ["23", "Register plaatsen op kenteken", "01-04-2026", "deels openbaar", "5.1.2e", "kentekens"],
               ["28", "Besluit op Woo-verzoek", "30-06-2026", "deels openbaar", "5.1.2e", ""]],
         [25, 160, 65, 75, 95, 80]),
        ("p", "Zienswijzen ontvangen van [[T. Brinkhorst]] (26-05-2026) en [[A. van der Laan]] (28-05-2026); mevrouw "
              "[[Hoekstra-Veenstra]] en de heer [[Yildiz]] hebben geen zienswijze gegeven."),
        ("p", "Opgesteld door [[PR]] ([[Priscilla Ramdin]]); gecontroleerd door [[FEK]]."),
    ], producer_str="iText 5.5.13.3", creator_str="Woo-module Zaaksysteem"),

    Doc("zu30", "Brief huisarts bij bezwaar", [
        ("h", "{{Huisartsenpraktijk De Brink|ORG}}"),
        ("p", "[[dr. M.J. Kamphuis]], huisarts\n{{Laarstraat|STREET}} 52, 7201 CE Zutphen\nT [[0575-512648|PHONE]]"),
        ("p", "Aan: Commissie bezwaarschriften, {{Gemeente Zutphen}}\nZutphen, 20 mei 2026\nBetreft: de heer [[A. Yildiz]], "
              "geboren [[02-11-1959|DATE_OF_BIRTH]]"),
        ("p", "Geachte commissie,\nOp verzoek van patiënt bevestig ik dat de heer [[Yildiz]] bekend is met [[diabetes mellitus type 2|HEALTH]] "
              "met [[perifere neuropathie|HEALTH]] en sinds 2025 met [[nierfalen waarvoor dialyse|HEALTH]]. Zijn loopafstand is "
              "wisselend en op slechte dagen korter dan 100 meter. Ik adviseer een heronderzoek door {{Argonaut Keuringen}} "
              "door een andere arts."),
        ("p", "Met collegiale groet,\n[[M.J. Kamphuis]]\nAGB-code [[01-048213|AGB]]"),
    ], font="DejaVu", producer_str="PDFCreator 5.2", creator_str="Medicom"),

    Doc("zu31", "Verslag bemiddelingsgesprek buren", [
        ("h", "Verslag buurtbemiddeling Berkelsingel"),
        ("p", "Bemiddelaars: {{Buurtbemiddeling Zutphen|ORG}} (vrijwilligers [[Carla Hengeveld]] en [[Ton Wiegerinck]])\n"
              "Datum: 9 april 2026, buurthuis {{De Hanzehof|LANDMARK}}"),
        ("p", "Aanwezig: [[Theo Brinkhorst]] en [[Annemiek van der Laan]]. [[Wim van der Laan]] was verhinderd."),
        ("p", "[[Theo]] legt uit dat hij de kaart van zijn moeder gebruikte toen hij haar vervoerde en dat hij nu een eigen kaart "
              "heeft. [[Annemiek]] zegt dat zij vooral boos was omdat de auto op de stoep stond en haar scootmobiel er niet langs kon. "
              "Beiden willen geen foto's meer in de buurtapp."),
        ("h", "Afspraken"),
        ("p", "1. [[Theo]] parkeert alleen in het gemarkeerde vak.\n2. [[Annemiek]] haalt de foto's uit de buurtapp.\n"
              "3. Over zes weken belt [[Carla]] beide buren na. Contact via {{info@buurtbemiddelingzutphen.nl|EMAIL_FUNCTIONAL}}."),
        ("p", "Dit verslag is met toestemming van beide partijen gedeeld met de {{Gemeente Zutphen}} ({{zaak HH-2026-0177|CASE}})."),
    ], producer="lo", producer_str="LibreOffice 7.6", creator_str="Writer", author="Carla Hengeveld",
        hidden=[]),

    Doc("zu32", "Brief burgemeester aan omwonenden", [
        ("p", "{{Gemeente Zutphen}}\n{{De burgemeester|ROLE}}"),
        ("p", "Aan de bewoners van de {{Berkelsingel|STREET}} 40 tot en met 52\nZutphen, 4 mei 2026"),
        ("h", "Onderwerp: parkeren op de Berkelsingel"),
        ("p", "Beste bewoners,"),
        ("p", "In uw straat is een gehandicaptenparkeerplaats op kenteken ingericht. De afgelopen weken hebben wij meldingen gekregen "
              "over de plaats en over foto's die in een buurtapp zijn gedeeld. Ik begrijp dat parkeerruimte in de binnenstad schaars "
              "is. Een gereserveerde plaats is er voor iemand die daar op medische gronden recht op heeft; de gemeente controleert dat."),
        ("p", "Wilt u iets melden, bel dan {{14 0575|PHONE_GENERAL}} of mail {{handhaving@zutphen.nl|EMAIL_FUNCTIONAL}}. Deel geen "
              "foto's van buren of hun auto's op sociale media. Voor hulp bij een burenruzie kunt u terecht bij "
              "{{Buurtbemiddeling Zutphen|ORG}}."),
        ("p", "Met vriendelijke groet,\n\n{{Hanneke Oosterbeek|PUBLIC_OFFICIAL}}\nburgemeester van Zutphen"),
        ("p", "Behandelend ambtenaar: [[J. Dijkman]], [[j.dijkman@zutphen.nl|EMAIL]]\nKopie: [[R. van 't Hek]]; [[Noor Bakkali]] "
              "([[n.bakkali@zutphen.nl|EMAIL]])"),
    ], font="Times", producer_str="Microsoft® Word 2016", creator_str="Microsoft® Word 2016"),

    Doc("zu33", "Verslag kwaliteitsoverleg GPK", [
        ("h", "Verslag kwaliteitsoverleg GPK - 24 maart 2026"),
        ("p", "Aanwezig: [[Ruud van 't Hek]] (vz), [[Marloes ter Haar]], [[Fatima El Khatib-Bos]], [[Joost Dijkman]], "
              "[[Wiebke Sørensen]] ({{Argonaut Keuringen}}, via Teams). Afwezig: [[Henk-Jan Vos]]. Notulist: [[Dewi Soekardjo]]."),
        ("p", "1. Wachttijden. [[Wiebke]] meldt dat de wachttijd naar drie weken is gedaald. Huisbezoeken door [[dr. Mulder]].\n"
              "2. Berkelsingel. [[Joost]] licht het controlerapport {{HH-2026-0177|CASE}} toe. [[Fatima]] schrijft een juridische notitie.\n"
              "3. Woo-verzoek {{WOO-2026-0087|CASE}}. [[Priscilla]] vraagt alle stukken vóór 1 april aan te leveren."),
        ("t", [["Actie", "Wie", "Datum"],
               ["Juridische notitie intrekking", "[[FEK]]", "14-5"],
               ["Stukken Woo aanleveren", "[[MtH]] / [[JD]]", "1-4"],
               ["Tariefvoorstel huisbezoek", "[[W. Sørensen]]", "15-4"],
               ["Werkinstructie bijwerken", "[[IdWL]]", "30-4"]], [230, 130, 80]),
        ("p", "Volgend overleg: 21 april 2026, stadhuis, kamer 2.14 ({{'s-Gravenhof 2|ADDRESS_PUBLIC}})."),
    ], font="DejaVu", producer_str="Microsoft® Word for Microsoft 365", creator_str="Microsoft® Word for Microsoft 365",
        author="Dewi Soekardjo", hidden=[]),
]
