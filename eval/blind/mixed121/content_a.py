"""Set TB, documents tb01-tb11: request, acknowledgement, inspection, mail, chats, Bibob, police scan."""
from lib import Doc, H, K, R

WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook"
DOCS = []

# ---------------------------------------------------------------- tb01 Woo request (e-mail print)
DOCS.append(Doc("tb01_woo_verzoek", "rl", title="Woo-verzoek handhaving kamerverhuur Korvelseweg",
                author="Merel Wagenaar", producer="Microsoft: Print To PDF", creator=OUTLOOK, size=10, blocks=[
    ("kv", [("Van:", "Merel Wagenaar <merel.wagenaar@proton.me>"),
            ("Verzonden:", "maandag 7 september 2026 08:41"),
            ("Aan:", "woo@tilburg.nl"),
            ("Onderwerp:", "Verzoek op grond van de Wet open overheid - handhaving kamerverhuur KamerPlus Wonen")]),
    ("p", "Geacht college van burgemeester en wethouders van Tilburg,"),
    ("p", "Als freelance journalist (onder meer voor het Brabants Dagblad) doe ik onderzoek naar de huisvesting van "
          "arbeidsmigranten in Tilburg. Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om "
          "openbaarmaking van alle documenten die betrekking hebben op het toezicht op en de handhaving tegen "
          "KamerPlus Wonen B.V. en Bregdal Beheer B.V. in de periode 1 januari 2026 tot en met de datum van dit verzoek."),
    ("p", "Het gaat mij in ieder geval om:"),
    ("p", "1. inspectierapporten van Bouw- en Woningtoezicht en de Veiligheidsregio Midden- en West-Brabant over "
          "overbewoning en brandveiligheid;\n2. de voornemens en besluiten tot een last onder dwangsom en tot sluiting "
          "van panden;\n3. het advies van het Landelijk Bureau Bibob en de interne correspondentie daarover;\n"
          "4. e-mails, chatberichten en verslagen van overleggen tussen de gemeente, de politie en het "
          "RIEC Zeeland-West-Brabant;\n5. de beantwoording van de schriftelijke vragen van de raadsleden over dit "
          "dossier en de stukken die aan wethouder Heesakkers zijn voorgelegd."),
    ("p", "Persoonsgegevens van de huurders hoeft u uiteraard niet te verstrekken. Ik ontvang de documenten bij "
          "voorkeur digitaal. Mocht mijn verzoek onvoldoende duidelijk zijn, dan hoor ik dat graag; ik ben "
          "bereikbaar op 06 2733 0918."),
    ("p", "Met vriendelijke groet,"),
    ("p", "Merel Wagenaar\nHoevenseweg 88\n5017 AJ Tilburg\nmerel.wagenaar@proton.me | 06-27330918"),
    ("small", "Dit bericht is verzonden vanaf een mobiel apparaat."),
], keep=[K("TERM", "artikel 4.1", "artikel 4.1"), K("ROLE", "freelance journalist", "freelance journalist")]))

# ---------------------------------------------------------------- tb02 acknowledgement (docx)
DOCS.append(Doc("tb02_ontvangstbevestiging", "docx", title="Ontvangstbevestiging Woo-verzoek WOO-2026-0341",
                author="Annemiek Pauwels", producer=WORD, creator=WORD, font="Liberation Sans", size=10, blocks=[
    ("right", "Gemeente Tilburg\nStadhuisplein 130\nPostbus 90155, 5000 LH Tilburg\nTelefoon 14 013\nwoo@tilburg.nl"),
    ("p", "Mevrouw M. Wagenaar\nHoevenseweg 88\n5017 AJ TILBURG"),
    ("kv", [("Datum", "9 september 2026"), ("Ons kenmerk", "WOO-2026-0341 / UIT-26-24410"),
            ("Behandeld door", "A. Pauwels, Woo-coördinator"), ("Telefoon", "013 542 87 03"),
            ("E-mail", "a.pauwels@tilburg.nl"), ("Onderwerp", "Ontvangstbevestiging verzoek Wet open overheid")]),
    ("p", "Geachte mevrouw Wagenaar,"),
    ("p", "Op 7 september 2026 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. U vraagt om "
          "documenten over het toezicht op en de handhaving tegen KamerPlus Wonen B.V. en Bregdal Beheer B.V. "
          "Uw verzoek is geregistreerd onder nummer WOO-2026-0341. Wij vermelden dit nummer graag bij verdere "
          "correspondentie."),
    ("p", "Beslistermijn\nOp grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst van uw "
          "verzoek. Wij kunnen deze termijn met twee weken verlengen. Omdat in de documenten gegevens van derden "
          "staan (onder meer van KamerPlus Wonen B.V.), stellen wij deze derden in de gelegenheid een zienswijze te "
          "geven. Wij verwachten daarom de termijn te verlengen; u ontvangt daarover tijdig bericht."),
    ("p", "Persoonsgegevens\nU geeft aan dat u geen persoonsgegevens van huurders wenst te ontvangen. Wij zullen "
          "namen en andere persoonsgegevens van huurders, medewerkers en andere betrokkenen in de openbaar te maken "
          "documenten onleesbaar maken op grond van artikel 5.1, tweede lid, onder e, van de Woo."),
    ("p", "Heeft u vragen? Neem dan contact op met de behandelend medewerker via woo@tilburg.nl of het algemene "
          "nummer 14 013."),
    ("p", "Met vriendelijke groet,\nnamens burgemeester en wethouders van Tilburg,"),
    ("p", "Annemiek Pauwels\nWoo-coördinator, team Informatiebeheer"),
], keep=[K("REF", "UIT-26-24410", "UIT-26-24410"), K("TERM", "artikel 4.4", "artikel 4.4"),
         K("ADDRESS_PUBLIC", "Postbus 90155, 5000 LH Tilburg", "Postbus 90155", "5000 LH"),
         K("ROLE", "Woo-coördinator", "Woo-coördinator"),
         K("ORG", "team Informatiebeheer", "team Informatiebeheer")]))

# ---------------------------------------------------------------- tb03 inspection report (2 pages)
DOCS.append(Doc("tb03_controlerapport_integraal", "rl", title="Rapport integrale controle Korvelseweg 214",
                author="Loes Hamers-van Dijk", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
                creator="Squit XO", font="DejaVu", size=9.5, blocks=[
    ("h", "Rapport van bevindingen - integrale controle kamerverhuur"),
    ("kv", [("Dossier", "HH-2026-0117 (zaak Z-2026-18477)"),
            ("Adres object", "Korvelseweg 214 en 214a, 5025 JK Tilburg"),
            ("Eigenaar", "Bregdal Beheer B.V. (KvK 68201945), verhuur via KamerPlus Wonen B.V. (KvK 71843320)"),
            ("Datum controle", "donderdag 19 maart 2026, 09:30 - 12:15 uur"),
            ("Toezichthouders", "L. Hamers-van Dijk (Bouw- en Woningtoezicht), T. van 't Hek (Bouw- en Woningtoezicht), "
                                "Y. el Amrani (BOA, Handhaving Openbare Ruimte)"),
            ("Ketenpartners", "R. Smulders (Veiligheidsregio Midden- en West-Brabant), R. Akkermans (Politie "
                              "Zeeland-West-Brabant, wijkteam Noord), P.J. Olthof (Nederlandse Arbeidsinspectie)"),
            ("Aanwezig namens eigenaar", "R. Dekkers (beheerder, 06 4471 0032); de heer Van der Sluijs was telefonisch "
                                         "bereikbaar")]),
    ("h2", "1. Aanleiding"),
    ("p", "Op 12 maart 2026 ontving het team Handhaving een melding van Stichting Werk & Woning Brabant over "
          "overbewoning en gebrekkige brandveiligheid in het pand. Volgens de melder zouden ongeveer twaalf "
          "arbeidsmigranten, in dienst van FlexPower Uitzendgroep, in het pand verblijven en per bed huur betalen. "
          "Naar aanleiding daarvan is een integrale controle uitgevoerd op grond van artikel 5.13 van de Awb."),
    ("h2", "2. Bevindingen bouwtechnisch (Bouwbesluit 2012 / Besluit bouwwerken leefomgeving)"),
    ("p", "Het pand is een voormalige eengezinswoning met aangebouwde garage (214a). Op de verdieping zijn met "
          "gipsplaten vijf kamers gemaakt; de zolder is als zesde slaapkamer in gebruik. Voor het splitsen en "
          "kamergewijs verhuren is geen omgevingsvergunning verleend. De garage is zonder daglichttoetreding en "
          "zonder ventilatie als slaapruimte ingericht."),
    ("t", [["Nr.", "Bevinding", "Voorschrift"],
           ["B1", "Geen gekoppelde rookmelders op verdieping en zolder; enige melder in de gang zonder batterij",
            "Bbl art. 3.115 e.v."],
           ["B2", "Zolderkamer heeft geen tweede vluchtweg; trap is met matrassen geblokkeerd", "Bbl art. 3.100"],
           ["B3", "Verblijfsruimte in garage 214a: geen daglicht, geen ventilatievoorziening", "Bbl art. 3.74, 3.92"],
           ["B4", "Elektra: verlengsnoeren en stekkerdozen in serie, kookplaat op kamer 3", "Bbl art. 3.39"],
           ["B5", "Ernstig vochtprobleem en schimmel in badkamer, één douche voor twaalf personen", "Bbl art. 3.22"]],
     [1, 9, 3]),
    ("pb",),
    ("h2", "3. Bevindingen bewoning (overbewoning)"),
    ("p", "In het pand zijn twaalf personen aangetroffen; in de BRP staan op dit adres drie personen ingeschreven. "
          "De kamerbezetting is als volgt vastgesteld (gegevens ontleend aan getoonde identiteitsbewijzen):"),
    ("t", [["Kamer", "Naam", "Geb.datum", "Nationaliteit", "Ingeschreven BRP"],
           ["1", "Piotr Wróblewski", "14-03-1991", "Pools", "ja"],
           ["1", "Łukasz Dąbrowski", "22-01-1995", "Pools", "nee"],
           ["2", "Agnieszka Zielińska-Mróz", "07-09-1987", "Pools", "ja"],
           ["2", "Krzysztof Szymański", "30-06-1983", "Pools", "nee"],
           ["3", "Ionuț Popescu", "11-12-1990", "Roemeens", "nee"],
           ["3", "Florin Stănescu", "19-08-1979", "Roemeens", "nee"],
           ["4", "Mihaela Dumitrescu", "03-05-1993", "Roemeens", "ja"],
           ["5", "Dimitar Georgiev", "25-02-1988", "Bulgaars", "nee"],
           ["5", "Stoyan Petkov", "08-04-1985", "Bulgaars", "nee"],
           ["zolder", "Radostina Ivanova-Marinova", "16-10-1992", "Bulgaars", "nee"],
           ["garage 214a", "Vasil Todorov", "onbekend", "Bulgaars", "nee"],
           ["garage 214a", "Gheorghe Țurcanu", "onbekend", "Roemeens", "nee"]], [2, 5, 2.4, 2.4, 2.4]),
    ("p", "Per bed wordt volgens de bewoners € 450 tot € 525 per maand betaald, contant aan de heer Dekkers of via "
          "inhouding op het loon door FlexPower. De huurders beschikken slechts deels over een schriftelijk "
          "huurcontract. Mevrouw Zielińska-Mróz verklaarde dat de beheerder dreigde met 'direct eruit' bij klachten."),
    ("h2", "4. Brandveiligheid (advies Veiligheidsregio)"),
    ("p", "De adviseur brandveiligheid van de Veiligheidsregio Midden- en West-Brabant concludeert dat sprake is van "
          "een acuut brandgevaarlijke situatie (zie separaat advies). Hij adviseert onmiddellijke maatregelen ten "
          "aanzien van de zolder en de garage."),
    ("h2", "5. Conclusie en vervolg"),
    ("p", "Er is sprake van overtreding van artikel 1a en 1b van de Woningwet, van de Huisvestingsverordening "
          "Tilburg 2024 (onttrekken en omzetten zonder vergunning) en van de normen in de Wet goed verhuurderschap. "
          "Geadviseerd wordt een last onder dwangsom op te leggen en de burgemeester te adviseren over sluiting "
          "van de garage en de zolder. Het dossier wordt ingebracht in het casusoverleg met het RIEC."),
    ("p", "Opgemaakt naar waarheid te Tilburg op 20 maart 2026,\n\nL.M. Hamers-van Dijk, toezichthouder\n"
          "T. van 't Hek, toezichthouder"),
], keep=[K("REF", "KvK Bregdal", "68201945"), K("LAW", "Bbl art", "Bbl art. 3.115", "Bbl art. 3.100"),
         K("TERM", "artikel 5.13", "artikel 5.13")]))

# ---------------------------------------------------------------- tb04 room occupancy table (landscape)
DOCS.append(Doc("tb04_bewonersoverzicht", "rl", title="Bewonersoverzicht BRP-check", author="Y. el Amrani",
                producer="Aspose.PDF for .NET 23.4", creator="Aspose.Cells", landscape=True, font="DejaVuCond",
                size=9, blocks=[
    ("h", "Overzicht bewoners en BRP-controle - adresonderzoek Korvelseweg 214 / 214a"),
    ("p", "Adresonderzoek op grond van de Wet basisregistratie personen (BRP), uitgevoerd door team Burgerzaken op "
          "verzoek van Handhaving (HH-2026-0117). Vertrouwelijk: bevat BSN - alleen voor intern gebruik."),
    ("t", [["Kamer", "Achternaam", "Voornaam", "Geb.datum", "BSN", "ID-document", "Telefoon", "Werkgever",
            "Actie BRP"],
           ["1", "WRÓBLEWSKI", "Piotr", "14-03-1991", "139629828", "CBK 418273", "+48 601 448 212", "FlexPower",
            "geen"],
           ["1", "DĄBROWSKI", "Łukasz", "22-01-1995", "542609629", "AYD 552190", "-", "FlexPower",
            "inschrijven (RNI)"],
           ["2", "ZIELIŃSKA-MRÓZ", "Agnieszka", "07-09-1987", "526153684", "EX4172263", "-", "FlexPower", "geen"],
           ["2", "SZYMAŃSKI", "Krzysztof", "30-06-1983", "-", "-", "-", "FlexPower", "inschrijven"],
           ["3", "POPESCU", "Ionuț", "11-12-1990", "-", "RX 716044", "+40 745 318 226", "FlexPower", "inschrijven"],
           ["3", "STĂNESCU", "Florin", "19-08-1979", "-", "-", "-", "onbekend", "inschrijven"],
           ["4", "DUMITRESCU", "Mihaela", "03-05-1993", "725160251", "-", "-", "FlexPower", "geen"],
           ["5", "GEORGIEV", "Dimitar", "25-02-1988", "-", "648193027", "+359 88 742 1190", "FlexPower",
            "inschrijven"],
           ["5", "PETKOV", "Stoyan", "08-04-1985", "-", "-", "-", "FlexPower", "inschrijven"]],
     [1.2, 3, 2.2, 2, 2, 2.2, 2.8, 2, 2.4]),
    ("p", "Niet aangetroffen bij BRP-controle maar wel bij integrale controle: V. Todorov en G. Țurcanu (garage). "
          "Bij drie ingeschreven personen is het adres niet in overeenstemming met de feitelijke verblijfplaats; "
          "melding adresonderzoek gedaan. Terugkoppeling aan de toezichthouder via handhaving@tilburg.nl."),
    ("small", "Opgesteld: 23-03-2026, Y. el Amrani (BOA). Controle: M. Schellekens, teamleider. "
              "Gegevens verwerkt op grond van artikel 3.6 Wet basisregistratie personen."),
], keep=[K("ORG", "team Burgerzaken", "team Burgerzaken"), K("TERM", "RNI", "RNI"),
         K("TERM", "adresonderzoek", "adresonderzoek")]))

# ---------------------------------------------------------------- tb05 Outlook thread (2 pages)
DOCS.append(Doc("tb05_mail_dwangsom", "rl", title="RE: Korvelseweg - voornemen last onder dwangsom",
                author="Schellekens, Marjan", producer="Microsoft: Print To PDF", creator=OUTLOOK, font="Helvetica",
                size=9.5, blocks=[
    ("kv", [("Van:", "Schellekens, Marjan <m.schellekens@tilburg.nl>"),
            ("Verzonden:", "dinsdag 24 maart 2026 17:02"),
            ("Aan:", "Ter Horst, Bart <b.terhorst@tilburg.nl>; Hamers-van Dijk, Loes <l.hamers-vandijk@tilburg.nl>"),
            ("CC:", "Van 't Hek, Thijs <t.vanthek@tilburg.nl>; Roozendaal, Eveline <e.roozendaal@tilburg.nl>; "
                    "handhaving@tilburg.nl"),
            ("Onderwerp:", "RE: Korvelseweg - voornemen last onder dwangsom")]),
    ("p", "Bart, Loes,"),
    ("p", "Akkoord met de lijn: eerst het voornemen tot een last onder dwangsom voor de overbewoning en de "
          "brandveiligheid, met een korte begunstigingstermijn voor zolder en garage (één week). Ik heb wethouder "
          "Heesakkers vanmiddag kort bijgepraat; hij wil vóór de raadsvergadering een beslisnota. Eveline, kun jij "
          "parallel de Bibob-toets opstarten? De eigenaar vraagt namelijk bij Bregdal een vergunning aan voor "
          "nóg een pand, aan de Hoefstraat 37a."),
    ("p", "Groet,\nMarjan\n\nMarjan Schellekens | teamleider Handhaving Wonen\nGemeente Tilburg | Vergunningen, "
          "Toezicht en Handhaving\nT 013-542 8820 | M 06 5120 7734"),
    ("p", "-----Oorspronkelijk bericht-----"),
    ("kv", [("Van:", "Ter Horst, Bart <b.terhorst@tilburg.nl>"),
            ("Verzonden:", "dinsdag 24 maart 2026 11:37"),
            ("Aan:", "Schellekens, Marjan <m.schellekens@tilburg.nl>"),
            ("CC:", "Hamers-van Dijk, Loes <l.hamers-vandijk@tilburg.nl>"),
            ("Onderwerp:", "RE: Korvelseweg - voornemen last onder dwangsom")]),
    ("p", "Marjan,"),
    ("p", "Juridisch is een last onder dwangsom op grond van artikel 5:32 Awb in combinatie met artikel 1b Woningwet "
          "goed te onderbouwen. Voor de garage zou ik daarnaast de burgemeester laten kijken naar sluiting op grond "
          "van artikel 174a Gemeentewet; de eigenaar is in 2024 al eens gewaarschuwd (toen nog via een andere B.V.). "
          "Let op: de advocaat van de huurders, mr. Oosterbeek van Stadsadvocaten Brabant, heeft al gebeld. Hij "
          "wil dat de gemeente eerst herhuisvesting regelt. Ik stel voor dat Loes de bewoners informeert via de "
          "tolk (mevrouw Baran) en dat Koen Vermeulen als wijkregisseur aanschuift."),
    ("p", "Met vriendelijke groet,\nBart ter Horst\njuridisch adviseur VTH\n013 - 542 86 14"),
    ("pb",),
    ("p", "-----Oorspronkelijk bericht-----"),
    ("kv", [("Van:", "Hamers-van Dijk, Loes <l.hamers-vandijk@tilburg.nl>"),
            ("Verzonden:", "maandag 23 maart 2026 16:20"),
            ("Aan:", "Schellekens, Marjan <m.schellekens@tilburg.nl>; Ter Horst, Bart <b.terhorst@tilburg.nl>"),
            ("Onderwerp:", "Korvelseweg - voornemen last onder dwangsom"),
            ("Bijlagen:", "Rapport integrale controle HH-2026-0117.pdf; foto's zolder en garage.zip")]),
    ("p", "Hoi allebei,"),
    ("p", "Bijgaand het rapport van de controle van donderdag. Kort samengevat: twaalf personen in zes ruimtes, "
          "waarvan twee in de garage (geen raam, geen ventilatie) en één op de zolder zonder tweede vluchtweg. "
          "Ruud Smulders van de Veiligheidsregio noemt het 'een van de slechtste panden van dit jaar'. "
          "De beheerder, Rico Dekkers, was coöperatief maar zei dat hij 'alleen de sleutels heeft'. "
          "Henk van der Sluijs (directeur van KamerPlus Wonen B.V. en Bregdal Beheer B.V.) belde tijdens de "
          "controle twee keer naar Thijs en was nogal boos; hij dreigde met een advocaat."),
    ("p", "Enkele huurders willen wel verklaren, maar zijn bang hun baan bij FlexPower te verliezen. Eén huurder, "
          "de heer Wróblewski, heeft foto's van eerdere lekkages en wil ze aan ons mailen."),
    ("p", "Voorstel: voornemen LOD deze week uit, begunstigingstermijn 1 week voor zolder/garage en 8 weken voor "
          "terugbrengen naar maximaal vijf bewoners (Huisvestingsverordening Tilburg 2024)."),
    ("p", "Groetjes,\nLoes\n\nLoes Hamers-van Dijk\nToezichthouder Bouw- en Woningtoezicht\nT 013 542 81 37 | "
          "M 06-41 83 27 90\nDe gemeente Tilburg is bereikbaar via 14 013"),
    ("small", "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Aan dit bericht kunnen geen "
              "rechten worden ontleend."),
], keep=[K("LAW", "artikel 174a Gemeentewet", "artikel 174a Gemeentewet"),
         K("LAW", "artikel 5:32 Awb", "artikel 5:32 Awb"), K("ROLE", "teamleider Handhaving Wonen",
                                                             "teamleider Handhaving Wonen"),
         K("ROLE", "juridisch adviseur", "juridisch adviseur"), K("ROLE", "wijkregisseur", "wijkregisseur")]))

# ---------------------------------------------------------------- tb06 WhatsApp export
DOCS.append(Doc("tb06_whatsapp_toezicht", "rl", title="WhatsApp-chat met Toezicht Korvelseweg",
                producer="PDFpen 13.0", creator="PDFpen", font="DejaVuCond", size=9.5, blocks=[
    ("h2", "WhatsApp-chat met 'Toezicht Korvelseweg' (export, 3 deelnemers)"),
    ("mono", "[19-03-26 08:02:11] Loes: Goedemorgen! Om 9.30 bij het pand. Ruud van de VR komt ook, politie\n"
             "  met 2 man. Thijs neem jij de meetlat en de CO-meter mee?\n"
             "[19-03-26 08:05:40] Thijs: Yes. Youssef rijdt met mij mee\n"
             "[19-03-26 08:06:02] Youssef: 👍 ben er 9.15\n"
             "[19-03-26 09:48:27] Thijs: Zolder is echt slecht. Matrassen op de trap, geen 2e vluchtweg\n"
             "[19-03-26 09:49:03] Loes: Foto's maken svp. Rico (beheerder) loopt mee\n"
             "[19-03-26 10:12:55] Youssef: Eigenaar belt me nu al voor de 2e keer, meneer Van der Sluijs,\n"
             "  vraagt wie ons heeft gestuurd. Ik zeg niks\n"
             "[19-03-26 10:13:30] Loes: Goed zo. Verwijs naar Marjan, 013-542 8820\n"
             "[19-03-26 10:31:08] Thijs: In de garage slapen 2 man, Vasil en een Roemeen, Gheorghe.\n"
             "  Geen raam. Ruud wil het meteen dicht\n"
             "[19-03-26 10:31:44] Loes: Ik bel Bart over 174a\n"
             "[19-03-26 11:02:19] Youssef: Mitko (kamer 5) zegt dat ze €500 p.p. betalen aan Rico, cash\n"
             "[19-03-26 11:02:58] Thijs: Krzysiek heeft zijn loonstrook laten zien, huur wordt ingehouden door\n"
             "  FlexPower. Gefotografeerd\n"
             "[19-03-26 11:40:12] Loes: Aga (kamer 2) wil verklaren maar alleen met tolk. Ik regel Kasia\n"
             "[19-03-26 12:16:37] Youssef: Klaar. Rapportje BRP maak ik morgen\n"
             "[19-03-26 12:17:01] Loes: Top, dank jullie! Thijsje, jij de foto's naar de G-schijf?\n"
             "[19-03-26 12:18:45] Thijs: Doe ik. Mijn privénummer is trouwens 06 2918 4471 als iemand belt\n"
             "[20-03-26 07:55:20] Loes: Rapport staat in Squit onder HH-2026-0117\n"
             "[20-03-26 08:10:02] Youssef: Ik zag Rico gisteravond weer bij het pand met een bus. Lijkt erop\n"
             "  dat ze spullen naar de Hoefstraat 37a brengen\n"
             "[20-03-26 08:11:49] Loes: Noteren in het logboek en doorgeven aan Rianne (wijkagent)\n"
             "[20-03-26 08:12:30] Youssef: Gedaan 👍"),
    ("sp", 8),
    ("small", "Geëxporteerd uit WhatsApp op 16-09-2026 ten behoeve van Woo-verzoek WOO-2026-0341. "
              "Deelnemers: Loes, Thijs, Youssef (zakelijke telefoons gemeente Tilburg)."),
], keep=[K("TERM", "CO-meter", "CO-meter"), K("PRODUCT", "Squit", "Squit"), K("PRODUCT", "WhatsApp", "WhatsApp"),
         K("TERM", "G-schijf", "G-schijf")]))

# ---------------------------------------------------------------- tb07 Teams chat
DOCS.append(Doc("tb07_teams_casusoverleg", "rl", title="Teams-chat Kamerverhuur Noord",
                producer="Microsoft: Print To PDF", creator="Microsoft Teams", font="Helvetica", size=9.5, blocks=[
    ("h2", "Microsoft Teams - chat 'Kamerverhuur Noord' (geëxporteerd 16-09-2026)"),
    ("t", [["Tijd", "Afzender", "Bericht"],
           ["2-4-2026 09:14", "Schellekens, Marjan", "Voornemen LOD is gisteren verstuurd naar KamerPlus Wonen B.V., "
                                                     "ter attentie van de directeur. Zienswijzetermijn 2 weken."],
           ["2-4-2026 09:16", "Ter Horst, Bart", "Oosterbeek (advocaat huurders) vraagt om een kopie. Mag dat? "
                                                 "Ik zou zeggen ja, voor zover het zijn cliënten betreft."],
           ["2-4-2026 09:20", "Roozendaal, Eveline", "Bibob-vragenlijst is uit naar Van der Sluijs. Ik heb ook het "
                                                    "RIEC gevraagd om info. Hanneke Wouters zit erop."],
           ["2-4-2026 09:31", "Vermeulen, Koen", "Ik ben gisteren langs geweest. Mihaela en Radostina willen weg, "
                                                 "maar hebben nergens anders heen te gaan. Peerke Donders heeft "
                                                 "nog 4 plekken in het Mgr. Zwijsenhuis."],
           ["2-4-2026 09:33", "Hamers-van Dijk, Loes", "Top Koen. Kun je dat in de beslisnota laten opnemen? "
                                                       "Jeroen schrijft hem."],
           ["2-4-2026 09:40", "Nooijen, Jeroen", "Ja, concept staat in de map. Wethouder Heesakkers wil een "
                                                 "persbericht bij de sluiting, Fleur van Communicatie doet dat."],
           ["2-4-2026 10:02", "Schellekens, Marjan", "Let op bij het persbericht: geen huisnummer noemen. "
                                                     "Alleen 'een pand aan de Korvelseweg'."],
           ["3-4-2026 15:47", "Van 't Hek, Thijs", "Hercontrole gepland 20 mei. Lukasz Dabrowski heeft gebeld "
                                                    "(via zijn collega Tomasz Nowicki): de rookmelders hangen er nu."],
           ["3-4-2026 15:52", "Ter Horst, Bart", "Goed, leg het vast. Dat neemt de urgentie voor de zolder niet weg."]],
     [2.2, 3, 9]),
    ("small", "Alle deelnemers zijn medewerkers van de gemeente Tilburg. Reacties en emoji's zijn niet geëxporteerd."),
], keep=[K("PRODUCT", "Microsoft Teams", "Microsoft Teams"), K("TERM", "Bibob-vragenlijst", "Bibob-vragenlijst"),
         K("ORG", "Communicatie", "Communicatie")]))


def lines(y0, rows, lh=6.2, x=22, font="DejaVuSansMono.ttf", size=10.5):
    """rows: str or (dx, str) or (dx, str, font, size); returns scan items from y0 (mm) down"""
    out, y = [], y0
    for r in rows:
        if isinstance(r, str):
            r = (0, r)
        dx, t = r[0], r[1]
        f = r[2] if len(r) > 2 else font
        s = r[3] if len(r) > 3 else size
        if t:
            out.append((x + dx, y, t, f, s))
        y += lh if t else lh * 0.6
    return out


# ---------------------------------------------------------------- tb08 Bibob advice (2 pages)
DOCS.append(Doc("tb08_bibob_advies", "rl", title="Advies Landelijk Bureau Bibob - samenvatting",
                author="E. Roozendaal", producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro",
                font="Times-Roman", size=10.5, blocks=[
    ("p", "VERTROUWELIJK - Wet Bibob, artikel 28 (geheimhoudingsplicht)"),
    ("h", "Samenvatting advies Landelijk Bureau Bibob en integriteitsbeoordeling"),
    ("kv", [("Aan", "burgemeester en wethouders van Tilburg, t.a.v. de Bibob-coördinator"),
            ("Kenmerk LBB", "LBB-2026-00917"), ("Kenmerk gemeente", "BIB-2026-031 / HH-2026-0117"),
            ("Datum advies", "18 juni 2026"),
            ("Betrokkenen", "KamerPlus Wonen B.V. (KvK 71843320); Bregdal Beheer B.V. (KvK 68201945); "
                            "de heer H.J. van der Sluijs, enig bestuurder (geb. 02-11-1968)"),
            ("Opgesteld door", "mr. C. Lodewijks, adviseur LBB; samenvatting E. Roozendaal, Bibob-coördinator"),
            ("Contact", "bibob@tilburg.nl")]),
    ("h2", "1. Aanleiding"),
    ("p", "Bregdal Beheer B.V. heeft op 17 maart 2026 een omgevingsvergunning aangevraagd voor het omzetten van "
          "de woning Hoefstraat 37a naar kamerverhuur (vijf kamers). Gelet op de lopende handhaving aan de "
          "Korvelseweg 214 heeft de gemeente de aanvrager de Bibob-vragenlijst toegezonden en op 9 april 2026 "
          "advies gevraagd aan het Landelijk Bureau Bibob (artikel 9 Wet Bibob)."),
    ("h2", "2. Bevindingen LBB (samengevat)"),
    ("p", "a. Zeggenschap. De heer Van der Sluijs is sinds 2019 enig aandeelhouder en bestuurder van beide "
          "vennootschappen. De financiering van de aankoop van Korvelseweg 214 (2021) verliep voor een deel via een "
          "lening van een derde, de heer R. Dekkers, die feitelijk als beheerder optreedt. De herkomst van die "
          "middelen (€ 185.000) is niet aannemelijk gemaakt."),
    ("p", "b. Antecedenten. Uit justitiële documentatie blijkt dat betrokkene in 2022 door de politierechter is "
          "veroordeeld wegens valsheid in geschrift (huurcontracten en loonstroken) tot een taakstraf van "
          "120 uur. Tegen de heer Dekkers loopt een onderzoek van de Nederlandse Arbeidsinspectie naar "
          "uitbuiting van arbeidsmigranten."),
    ("p", "c. Bestuurlijke voorgeschiedenis. In 2024 heeft de gemeente Breda een last onder dwangsom opgelegd aan "
          "een eerdere vennootschap van betrokkene wegens overbewoning; de dwangsom is volledig verbeurd."),
    ("pb",),
    ("h2", "3. Conclusie LBB"),
    ("p", "Het LBB concludeert dat sprake is van een ernstige mate van gevaar als bedoeld in artikel 3, eerste "
          "lid, onder a en b, van de Wet Bibob: er is ernstig gevaar dat de vergunning mede zal worden gebruikt om "
          "uit gepleegde strafbare feiten verkregen voordelen te benutten en om strafbare feiten te plegen."),
    ("h2", "4. Beoordeling gemeente"),
    ("p", "De Bibob-coördinator adviseert de omgevingsvergunning voor Hoefstraat 37a te weigeren op grond van "
          "artikel 3 Wet Bibob en de weigering te combineren met de lopende handhaving. Het voornemen tot weigering "
          "wordt aan betrokkene toegezonden met het advies als bijlage, zodat hij zijn zienswijze kan geven "
          "(artikel 4:8 Awb). De gegevens uit het advies worden niet verder verspreid dan strikt noodzakelijk "
          "(artikel 28 Wet Bibob)."),
    ("p", "Het RIEC Zeeland-West-Brabant (analist H. Wouters) heeft aanvullende informatie verstrekt over "
          "de relatie tussen KamerPlus Wonen B.V. en FlexPower Uitzendgroep; deze informatie is niet in het advies "
          "verwerkt en wordt apart bewaard."),
    ("t", [["Stap", "Wie", "Datum"],
           ["Vragenlijst verstuurd", "E. Roozendaal", "1 april 2026"],
           ["Adviesaanvraag LBB", "E. Roozendaal / M. Schellekens", "9 april 2026"],
           ["Advies ontvangen", "mr. C. Lodewijks (LBB)", "18 juni 2026"],
           ["Voornemen weigering", "W.F.M. Hoogendoorn, teammanager VTH", "25 juni 2026"]], [4, 5, 3]),
    ("small", "Dit document bevat strafrechtelijke persoonsgegevens (artikel 10 AVG). Niet verspreiden zonder "
              "toestemming van de Bibob-coördinator. Kenmerk BIB-2026-031."),
], keep=[K("REF", "LBB-2026-00917", "LBB-2026-00917"), K("PLACE", "Breda", "Breda"),
         K("LAW", "artikel 28", "artikel 28"), K("ROLE", "Bibob-coördinator", "Bibob-coördinator"),
         K("LAW", "artikel 4:8 Awb", "artikel 4:8 Awb")]))

# ---------------------------------------------------------------- tb09 police report excerpt (scan)
_pv = lines(22, [
    (0, "POLITIE", "DejaVuSans-Bold.ttf", 16),
    (0, "Eenheid Zeeland-West-Brabant", "DejaVuSans.ttf", 11),
    (0, "District De Baronie / Basisteam Tilburg-Noord", "DejaVuSans.ttf", 10),
    "",
    (0, "PROCES-VERBAAL VAN BEVINDINGEN (uittreksel)", "DejaVuSans-Bold.ttf", 12),
    "Proces-verbaalnummer : PL2000-2026214733-3",
    "Datum/tijd opmaak    : 20-03-2026 14:10",
    "",
    "Ik, verbalisant, Rianne AKKERMANS, brigadier van politie,",
    "dienstnummer PZWB7731, verklaar het volgende.",
    "",
    "Op donderdag 19 maart 2026 omstreeks 09:30 uur was ik, samen",
    "met hoofdagent Dennis VERHOEVEN (PZWB4418), aanwezig bij een",
    "integrale controle van de gemeente Tilburg in de woning",
    "KORVELSEWEG 214 te Tilburg.",
    "",
    "In de garage trof ik twee mannen aan die op matrassen sliepen.",
    "Zij legitimeerden zich als:",
    "  1. TODOROV, Vasil, Bulgaarse nationaliteit",
    "  2. TURCANU, Gheorghe, Roemeense nationaliteit",
    "",
    "Ik hoorde Gheorghe zeggen dat hij 500 euro per maand betaalde",
    "aan een man die hij 'Rico' noemde. Later bleek dit:",
    "  DEKKERS, Ricardo, geboren 14-07-1979 te Goirle.",
    "",
    "Om 10:12 uur werd ik gebeld door een man die zich voorstelde",
    "als de eigenaar: VAN DER SLUIJS, Hendrikus Johannes,",
    "geboren 02-11-1968. Hij vroeg wie de huurders had 'opgestookt'",
    "en zei dat hij 'die Polen er morgen zelf wel uitzet'.",
    "",
    "Raadpleging politiesystemen: betrokkene Van der Sluijs komt",
    "voor in registraties terzake valsheid in geschrift (2021).",
    "",
    "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot",
    "en ondertekende te Tilburg op 20 maart 2026.",
    "",
    "R. Akkermans",
])


def _sig(dr, pi, pxmm):
    # a scribbled signature under the closing line
    import math
    x0, y0 = 30 * pxmm, 250 * pxmm
    pts = [(x0 + i * 2.2, y0 + 14 * math.sin(i / 6.0) + 6 * math.cos(i / 2.3)) for i in range(160)]
    dr.line(pts, fill=30, width=3)


DOCS.append(Doc("tb09_pv_politie_scan", "scan", title="Scan PV 20260320", creator="Canon iR-ADV C5840 PDF",
                producer="Adobe PSL 1.3e for Canon", scan={
                    "pages": [_pv + [(22, 268, "Gezien: G. Mutsaers, wijkagent", "DejaVuSerif-Italic.ttf", 12)]],
                    "rotate": 0.7, "seed": 9, "draw": _sig},
                redact=[H("PERSON", "Rianne Akkermans", "ocr", "AKKERMANS", "R. Akkermans", "Rianne"),
                        H("ID", "dienstnummers", "ocr", "PZWB7731", "PZWB4418"),
                        H("PERSON", "Dennis Verhoeven", "ocr", "VERHOEVEN", "Dennis"),
                        H("PERSON", "Vasil Todorov", "ocr", "TODOROV", "Vasil"),
                        H("PERSON", "Gheorghe Țurcanu", "ocr", "TURCANU", "Gheorghe"),
                        H("PERSON", "Ricardo Dekkers", "ocr", "DEKKERS", "Ricardo", "Rico"),
                        H("DOB", "14-07-1979", "ocr", "14-07-1979"),
                        H("PERSON", "Henk van der Sluijs", "ocr", "VAN DER SLUIJS", "Hendrikus Johannes",
                          "Van der Sluijs"),
                        H("DOB", "02-11-1968", "ocr", "02-11-1968"),
                        H("ADDRESS", "Korvelseweg 214", "ocr", "KORVELSEWEG 214"),
                        H("PERSON", "Gijs Mutsaers", "ocr", "Mutsaers")]))
