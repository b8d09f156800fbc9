from lib import Doc

WORD = {"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"Producer": "Microsoft Outlook; modified using iText® 7.2.5", "Creator": "Microsoft Outlook"}
ASPOSE = {"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Decos JOIN"}
NITRO = {"Producer": "Nitro PDF Pro 13.70", "Creator": "Nitro PDF Pro"}
SCAN = {"Producer": "Canon iR-ADV C5840 PDF", "Creator": "Canon iR-ADV C5840"}
PDFPEN = {"Producer": "PDFpen 13.2", "Creator": "PDFpen"}

DOCS = []

DOCS.append(Doc("vr01_woo_verzoek", "Woo-verzoek handhaving vakantieverhuur", [
    "Van: [[Thijs Bouwmeester]] <[[thijs.bouwmeester@kpnmail.nl]]>",
    "Verzonden: maandag 14 september 2026 08:41",
    "Aan: {{woo@haarlem.nl}}",
    "Onderwerp: Woo-verzoek handhaving illegale vakantieverhuur binnenstad",
    "",
    "Geacht college van burgemeester en wethouders,",
    "Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de handhaving "
    "tegen illegale vakantieverhuur in de binnenstad van {{Haarlem}} in de periode 1 januari 2025 tot en met "
    "31 augustus 2026. Het gaat mij in het bijzonder om de bezoekrapporten van de toezichthouders, de besluiten "
    "tot oplegging van een last onder dwangsom, de gegevenslevering door {{Airbnb}} en {{Booking.com}} op grond van "
    "de {{Wet toeristische verhuur van woonruimte}}, en de stukken rond het debat in de {{commissie Bestuur}} van 9 juli 2026.",
    "Ik ben freelance journalist en schrijf voor {{Haarlems Dagblad}} over de {{Huisvestingsverordening Haarlem 2025}}. "
    "Persoonsgegevens van bewoners hoeven van mij niet openbaar.",
    "U kunt mij bereiken op [[06-41 87 22 90]] of per post: [[Kruisweg 118]], [[2011 LH]] Haarlem.",
    "",
    "Met vriendelijke groet,",
    "[[Thijs Bouwmeester]]",
], info=OUTLOOK))

DOCS.append(Doc("vr02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", [
    "Gemeente Haarlem | Postbus 511 | 2003 PB Haarlem",
    "De heer [[T. Bouwmeester]]",
    "[[Kruisweg 118]]",
    "[[2011 LH]] Haarlem",
    "",
    "Datum: 18 september 2026",
    "Ons kenmerk: {{WOO-2026-0187}}",
    "Behandeld door: [[mr. A.C. (Anouk) de Wit-Verhagen]]",
    "Telefoon: [[023 511 47 36]]",
    "Onderwerp: ontvangstbevestiging Woo-verzoek vakantieverhuur",
    "",
    "Geachte heer [[Bouwmeester]],",
    "Op 14 september 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen. Wij nemen binnen vier weken "
    "een besluit; deze termijn kunnen wij met twee weken verdagen. Uw verzoek is geregistreerd onder nummer {{WOO-2026-0187}}.",
    "Omdat de stukken ook gegevens van derden bevatten (eigenaren, huurders en omwonenden) krijgen zij mogelijk de "
    "gelegenheid een zienswijze te geven (artikel {{4.4 Woo}}).",
    "Heeft u vragen? Bel dan het algemene nummer {{14 023}} of mail naar {{woo@haarlem.nl}}.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "[[A.C. de Wit-Verhagen]]",
    "{{juridisch adviseur}} {{team Informatieverzoeken}}",
], producer="docx", author="Anouk de Wit", info=WORD))

DOCS.append(Doc("vr03_bezoekrapport_spaarne", "Bezoekrapport Spaarne", [
    "# Rapport van bevindingen - toezicht vakantieverhuur",
    "Zaaknummer: {{Z-2026-VV-0412}}",
    "Adres object: [[Spaarne 41-zwart]], Haarlem (appartementsrecht, bovenwoning)",
    "Datum en tijd bezoek: 12 maart 2026, 10:15 - 11:05 uur",
    "Toezichthouders: [[J.P. Ruigrok]] (BOA, dienstnummer [[HV-2291]]) en [[Melissa Tjon-A-Fong]] (BOA, dienstnummer [[HV-2307]])",
    "",
    "# Aanleiding",
    "Op 2 maart 2026 ontvingen wij via het {{Meldpunt Woonfraude}} een melding van een omwonende, mevrouw [[E. Hogeveen-Sluis]], "
    "dat in de bovenwoning wekelijks wisselende toeristen verblijven met rolkoffers. Uit de gegevenslevering van {{Airbnb}} "
    "blijkt dat de advertentie '{{Charming canal loft near Grote Markt}}' in 2025 op 147 nachten is verhuurd.",
    "",
    "# Bevindingen",
    "Wij belden om 10:15 uur aan. De deur werd geopend door een man die zich legitimeerde met een Duits paspoort op naam van "
    "[[Lukas Brünnhöfer]], geboren [[03-11-1994]]. Hij verklaarde dat hij met drie vrienden via {{Airbnb}} voor vier nachten had "
    "geboekt en EUR 780 had betaald aan de host '[[Nadia]]'. In de woning troffen wij vier bedden, een sleutelkluisje naast "
    "de voordeur (code op briefje) en een map met huisregels in het Engels met een noodnummer: [[+31 6 2814 5530]].",
    "Wij hebben telefonisch contact gezocht met de eigenaar, mevrouw [[Nadia el Khatib]]. Zij verklaarde dat zij 'alleen in "
    "de vakanties' verhuurt en dat zij hoofdbewoner is. Volgens de {{Basisregistratie Personen}} staat zij sinds 2023 "
    "ingeschreven op [[Kleine Houtweg 7]] in Heemstede.",
    "<<PAGE>>",
    "# Conclusie",
    "Er is sprake van het zonder vergunning aan toeristen in gebruik geven van een woonruimte die niet het hoofdverblijf van "
    "de eigenaar is, in strijd met artikel {{3.1.1}} van de {{Huisvestingsverordening Haarlem 2025}}. Wij adviseren het team "
    "{{Juridische Handhaving}} een voornemen tot het opleggen van een last onder dwangsom te versturen.",
    "Foto's 1 tot en met 9 zijn opgeslagen in {{Decos JOIN}} bij zaak {{Z-2026-VV-0412}}.",
    "",
    "| Naam | Functie | Paraaf | Datum",
    "| [[J.P. Ruigrok]] | toezichthouder | [[JPR]] | 12-03-2026",
    "| [[M. Tjon-A-Fong]] | toezichthouder | [[MTF]] | 12-03-2026",
    "Dit rapport is op ambtseed opgemaakt.",
], info=ASPOSE, author="Ruigrok, J.P.", font="dejavu"))

DOCS.append(Doc("vr04_bezoekrapport_gierstraat", "Bezoekrapport Gierstraat", [
    "# Rapport van bevindingen - controle toeristische verhuur",
    "Zaaknummer: {{Z-2026-VV-0455}}  |  Registratienummer vakantieverhuur: niet aanwezig",
    "Adres: [[Gierstraat 66-A]], [[2011 GE]] Haarlem",
    "Bezoek: 21 april 2026, 19:40 uur (avondcontrole)",
    "Toezichthouders: [[Kees van 't Hoenderdaal]] en [[Fatma Yıldırım]]",
    "",
    "Bij aankomst zagen wij twee personen met koffers het pand binnengaan met een code van een sleutelkluisje. Op ons verzoek "
    "werd de deur geopend door mevrouw [[Chloé Marchand]] uit Lyon. Zij toonde de boekingsbevestiging van {{Booking.com}} "
    "(boekingsnummer [[4419 208 716]]) op naam van haar partner [[Julien Aubert]]. Prijs: EUR 1.140 voor vijf nachten.",
    "De woning is eigendom van de heer [[R.W.M. Schoonderwoerd]], die volgens de {{BRP}} op het adres staat ingeschreven. Hij "
    "was niet aanwezig. Een buurvrouw, mevrouw [[Jansje Kooistra]] ([[Gierstraat 64]]), verklaarde dat de heer "
    "[[Schoonderwoerd]] sinds de zomer bij zijn vriendin in [[Zandvoort]] woont en 'af en toe de post komt halen'.",
    "Wij hebben de heer [[Schoonderwoerd]] gebeld op [[06 11 93 47 08]]. Hij verklaarde dat hij nog 30 nachten per jaar mag "
    "verhuren. Wij hebben hem erop gewezen dat dit alleen geldt bij registratie en melding per verhuring en alleen als de woning "
    "zijn hoofdverblijf is (artikel {{3.1.3}} {{Huisvestingsverordening Haarlem 2025}}).",
    "Conclusie: overtreding vastgesteld. Advies: voornemen last onder dwangsom en bestuurlijke boete.",
    "Opgemaakt door [[K. van 't Hoenderdaal]], {{toezichthouder Wonen}}, {{afdeling Vergunningen, Toezicht en Handhaving}}.",
], info=NITRO, font="dejavu"))

DOCS.append(Doc("vr05_melding_buren", "Melding overlast vakantieverhuur", [
    "Van: [[Hogeveen, Els]] <[[els.hogeveen@ziggo.nl]]>",
    "Verzonden: maandag 2 maart 2026 22:17",
    "Aan: {{meldpuntwoonfraude@haarlem.nl}}",
    "CC: [[Sluis, Bart]] <[[bart.sluis@gmail.com]]>",
    "Onderwerp: Alweer toeristen boven ons - [[Spaarne 41]]",
    "",
    "Beste medewerker van het meldpunt,",
    "Voor de derde keer meld ik dat de bovenwoning van [[Spaarne 41-zwart]] als hotel wordt gebruikt. Elk weekend komen er "
    "nieuwe mensen met koffers, ze roken op het balkon en afgelopen zaterdag stond om 3 uur 's nachts de muziek keihard aan. "
    "Mijn man [[Bart]] heeft er last van vanwege zijn hartklachten en slaapt slecht ([[hartritmestoornis]]).",
    "De eigenaresse heet volgens de buren [[Nadia]] en woont in Heemstede. De sleutels hangen in een kluisje naast onze deur.",
    "Ik wil graag anoniem blijven, de verhoudingen in het portiek zijn al slecht genoeg.",
    "",
    "Met vriendelijke groet,",
    "[[Els Hogeveen-Sluis]]",
    "[[Spaarne 41-rood]]",
    "tel. [[023-5318842]]",
    "",
    "---- Automatisch antwoord ----",
    "Bedankt voor uw melding bij het {{Meldpunt Woonfraude}} van de {{gemeente Haarlem}}. Uw melding is geregistreerd onder "
    "{{MWF-2026-0133}}. Voor spoed belt u {{0800-1234 500}}.",
], info=OUTLOOK))

DOCS.append(Doc("vr06_whatsapp_buurtgroep", "WhatsApp-chat Buurtgroep Spaarne-Turfmarkt", [
    "WhatsApp-chat met Buurtgroep Spaarne/Turfmarkt (export, ingebracht door melder bij {{MWF-2026-0133}})",
    "[02-03-26 21:58] [[Els H.]]: Ze zijn er wéér. 6 man, 3 uur muziek",
    "[02-03-26 22:01] [[Joost]]: Bij ons op 47 ook. Die van [[Pieter-Jan]] verhuurt ook hè",
    "[02-03-26 22:03] [[Pieter-Jan de Roo]]: Niet waar! Mijn zus logeert daar",
    "[02-03-26 22:04] [[Joost]]: Ja ja, jouw 'zus' heeft 48 reviews op {{Airbnb}} 😂",
    "[02-03-26 22:09] [[Mirjam]]: Bel gewoon de gemeente, {{14 023}}, vraag naar handhaving",
    "[02-03-26 22:10] [[Els H.]]: Heb ik gedaan. Ik stuur ook een mail",
    "[03-03-26 07:45] [[Sjoerd Kamphuis]]: [[Nadia]] zit trouwens ook op {{Booking.com}}, zelfde foto's van de {{Bakenessergracht}}",
    "[03-03-26 07:46] [[Sjoerd Kamphuis]]: Haar nummer is [[06 28145530]] als iemand haar wil aanspreken",
    "[03-03-26 08:12] [[Mirjam]]: Misschien eerst [[Mir]] van de VvE inlichten? [[mirjam.vandeursen@outlook.com]]",
    "[03-03-26 08:20] [[Joost]]: Ik heb de raadsleden ook gemaild, {{D66}} en {{Trots Haarlem}} willen er vragen over stellen",
    "[03-03-26 08:31] [[Pieter-Jan de Roo]]: Jullie zijn gek. Ik ga hier weg uit de groep",
    "[03-03-26 08:31] [[Pieter-Jan de Roo]] heeft de groep verlaten",
], font="dejavu", info={"Producer": "Skia/PDF m118", "Creator": "WhatsApp"}))

DOCS.append(Doc("vr07_mailwisseling_handhaving", "Mailwisseling handhaving Z-2026-VV-0412", [
    "Van: [[Ruigrok, Jan-Pieter]] <[[jp.ruigrok@haarlem.nl]]>",
    "Verzonden: donderdag 12 maart 2026 14:22",
    "Aan: [[Bakker-Oudshoorn, Liesbeth]] <[[l.bakker-oudshoorn@haarlem.nl]]>",
    "CC: [[Tjon-A-Fong, Melissa]] <[[m.tjonafong@haarlem.nl]]>; {{handhaving.wonen@haarlem.nl}}",
    "Onderwerp: RE: {{Z-2026-VV-0412}} [[Spaarne 41]] - rapport",
    "",
    "Hoi [[Liesbeth]],",
    "Rapport staat in {{Decos JOIN}}. Eigenaresse ([[El Khatib]]) stelt hoofdbewoner te zijn maar staat in Heemstede ingeschreven. "
    "Kun jij het voornemen LOD opstellen? Ik zou de dwangsom op EUR 6.000 per geconstateerde overtreding zetten, maximaal "
    "EUR 30.000, conform de {{Beleidsregel handhaving vakantieverhuur 2025}}.",
    "Ik ben vrijdag vrij, bel anders [[Melissa]] op [[06-52 33 80 19]].",
    "",
    "Groet,",
    "[[Jan-Pieter]]",
    "[[Jan-Pieter Ruigrok]] | {{toezichthouder Wonen}} | {{Gemeente Haarlem}}",
    "Mobiel: [[06-47 10 88 25]]",
    "",
    "Van: [[Bakker-Oudshoorn, Liesbeth]]",
    "Verzonden: donderdag 12 maart 2026 11:02",
    "Aan: [[Ruigrok, Jan-Pieter]]",
    "Onderwerp: {{Z-2026-VV-0412}} [[Spaarne 41]]",
    "",
    "[[Jan-Pieter]], heb je de gegevens van het {{Airbnb}}-account al? Volgens de levering van 1 maart is de host "
    "'[[Nadia E.]]' met ID [[48812290]]. {{wethouder Pronk}} wil voor het debat in juli een overzicht van alle lopende zaken.",
    "[[Liesbeth]]",
    "<<PAGE>>",
    "Van: [[Tjon-A-Fong, Melissa]] <[[m.tjonafong@haarlem.nl]]>",
    "Verzonden: vrijdag 13 maart 2026 09:15",
    "Aan: [[Bakker-Oudshoorn, Liesbeth]]; [[Ruigrok, Jan-Pieter]]",
    "CC: [[Çelik, Mehmet]] <[[m.celik@haarlem.nl]]>",
    "Onderwerp: RE: RE: {{Z-2026-VV-0412}} [[Spaarne 41]] - rapport",
    "",
    "Goedemorgen allebei,",
    "Mevrouw [[el Khatib]] belde net (vanaf [[023 - 544 19 02]]). Zij zegt dat haar vader ([[Youssef el Khatib]]) formeel "
    "eigenaar is en dat zij alleen het beheer doet. Volgens het {{Kadaster}} klopt dat niet: zij is sinds 2021 enig eigenaar. "
    "[[Mehmet]], kun jij als jurist meekijken of we het voornemen aan haar richten?",
    "Verder: de Duitse huurders hebben een klacht ingediend bij {{Airbnb}} omdat wij 'zonder toestemming' binnen waren. "
    "Wij waren niet binnen, wij stonden in de gang. Zie foto 4.",
    "",
    "Met vriendelijke groet,",
    "[[Melissa Tjon-A-Fong]]",
    "{{Team Toezicht Wonen}} - bereikbaar via {{14 023}}",
], info=OUTLOOK))

DOCS.append(Doc("vr08_voornemen_lod", "Voornemen last onder dwangsom", [
    "Aangetekend",
    "Mevrouw [[N. el Khatib]]",
    "[[Kleine Houtweg 7]]",
    "[[2101 JB]] Heemstede",
    "",
    "Datum: 24 maart 2026",
    "Zaaknummer: {{Z-2026-VV-0412}}",
    "Onderwerp: voornemen tot het opleggen van een last onder dwangsom",
    "Contactpersoon: [[L. Bakker-Oudshoorn]], telefoon [[(023) 511 52 64]]",
    "",
    "Geachte mevrouw [[El Khatib]],",
    "Op 12 maart 2026 hebben toezichthouders van de {{gemeente Haarlem}} vastgesteld dat de woning [[Spaarne 41-zwart]] "
    "aan toeristen in gebruik wordt gegeven, terwijl u daar niet uw hoofdverblijf heeft. Dat is in strijd met artikel "
    "{{21, aanhef en onder d}}, van de {{Huisvestingswet 2014}} en artikel {{3.1.1}} van de {{Huisvestingsverordening Haarlem 2025}}.",
    "# Wat wij van u vragen",
    "Wij zijn van plan u een last onder dwangsom op te leggen. U moet de toeristische verhuur van de woning direct en blijvend "
    "beëindigen en de advertenties op {{Airbnb}} en {{Booking.com}} verwijderen. Doet u dat niet, dan verbeurt u een dwangsom "
    "van EUR 6.000 per geconstateerde overtreding, met een maximum van EUR 30.000.",
    "<<PAGE>>",
    "# Zienswijze",
    "U kunt binnen twee weken na de datum van deze brief uw zienswijze geven, schriftelijk of mondeling. Voor een mondelinge "
    "zienswijze kunt u een afspraak maken via {{14 023}}.",
    "# Gegevens uit de gegevenslevering",
    "| Platform | Advertentie | Host | Nachten 2025",
    "| {{Airbnb}} | {{Charming canal loft near Grote Markt}} | [[Nadia E.]] | 147",
    "| {{Booking.com}} | Spaarne Loft Haarlem | [[N. el Khatib]] | 38",
    "",
    "Hoogachtend,",
    "namens dezen,",
    "[[mr. L. Bakker-Oudshoorn]]",
    "{{senior jurist handhaving}}",
    "Kopie: [[Y. el Khatib]], [[Kleine Houtweg 7]], Heemstede (ter informatie)",
], producer="docx", author="Bakker-Oudshoorn, L.", info=WORD))
