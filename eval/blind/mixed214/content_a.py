"""Documents vv01-vv16 of set VV (mixed214)."""
from lib import Doc

W = "{{gemeente Westerduin}}"
DOCS = []
A = DOCS.append

A(Doc("vv01_woo_verzoek", "Woo-verzoek vreugdevuur Noorderstrand", [
    "Van: [[Marloes ten Brink]] <[[marloes.tenbrink@kpnmail.nl]]>",
    "Verzonden: dinsdag 10 maart 2026 21:14",
    "Aan: {{woo@westerduin.nl|EMAIL_FUNCTIONAL}}",
    "Onderwerp: Woo-verzoek vreugdevuur {{Noorderstrand}} jaarwisseling 2025-2026",
    "",
    "Geacht college,",
    "Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over het vreugdevuur op het "
    "{{Noorderstrand}} tijdens de jaarwisseling 2025-2026, in het bijzonder: de {{evenementenvergunning}} {{VV-2025-118}} en de "
    "voorschriften daarbij, het advies van {{Brandweer Kust-Holland}}, de correspondentie met {{Stichting Vreugdevuur Noorderstrand}}, "
    "de e-mails van de {{Veiligheidsregio Kust-Holland}} ({{VRKH}}), de evaluaties van brandweer en politie en de ingediende schadeclaims.",
    "Ik woon zelf aan de [[Duinroosweg 44]] en mijn dakgoot en zonnepanelen zijn beschadigd door vliegende vonken. "
    "Mijn buren, de familie [[Schoonderwoerd]], hebben hetzelfde meegemaakt.",
    "Ik ontvang de stukken graag digitaal. U kunt mij bereiken op [[06-41 27 83 50]].",
    "",
    "Met vriendelijke groet,",
    "[[M.A. ten Brink]]",
    "[[Duinroosweg 44]], [[2231 KB]] {{Westerduin}}",
], producer="Microsoft Outlook 16.0 / Microsoft: Print To PDF", creator="Microsoft Outlook"))

A(Doc("vv02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek Z-2026-004417", [
    "Gemeente Westerduin - Raadhuisplein 1 - 2231 AA Westerduin - telefoon 14 071",
    "",
    "[[Mevrouw M.A. ten Brink]]",
    "[[Duinroosweg 44]]",
    "[[2231 KB]] Westerduin",
    "",
    "Datum: 16 maart 2026",
    "Zaaknummer: Z-2026-004417",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte [[mevrouw Ten Brink]],",
    "Op 10 maart 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over het vreugdevuur op het "
    "Noorderstrand tijdens de jaarwisseling. Wij nemen binnen vier weken een besluit. Deze termijn kunnen wij met twee weken verdagen. "
    "Omdat in de stukken gegevens van derden staan, zoals de Stichting Vreugdevuur Noorderstrand en bewoners, vragen wij hen mogelijk om hun zienswijze.",
    "Heeft u vragen? Neem dan contact op met de heer [[W. Brinkman]] van het team Openbare Orde en Veiligheid, telefoon [[071 - 523 41 00 toestel 214]], "
    "of mail naar woo@westerduin.nl en vermeld het zaaknummer.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders van Westerduin,",
    "",
    "[[Ilse Oosterbaan-Meijer]]",
    "juridisch adviseur Woo",
], engine="docx", font="DejaVuSerif", author="Oosterbaan-Meijer, I.", producer="LibreOffice 7.6",
    hidden=[("metadata", "PERSON", "Oosterbaan-Meijer, I.")],
    extra_keep=[("Raadhuisplein 1", "ADDRESS_PUBLIC"), ("14 071", "PHONE_GENERAL"), ("Z-2026-004417", "CASE"),
                ("woo@westerduin.nl", "EMAIL_FUNCTIONAL"), ("Openbare Orde en Veiligheid", "ORG"),
                ("juridisch adviseur Woo", "FUNCTION"), ("Stichting Vreugdevuur Noorderstrand", "ORG")]))

A(Doc("vv03_aanvraag_formulier", "Aanvraagformulier evenement - vreugdevuur", [
    "# Aanvraag evenementenvergunning (digitaal formulier)",
    "~ {{Gemeente Westerduin}} - {{Team Vergunningen}} - retour via {{vergunningen@westerduin.nl|EMAIL_FUNCTIONAL}}",
    "^ 235",
    "Soort evenement: {{vreugdevuur}} (brandstapel) met publiek, {{31 december 2025}} 18.00 uur tot {{1 januari 2026}} 06.00 uur.",
    "Locatie: {{Noorderstrand}}, ter hoogte van {{strandopgang 12}}, kavel volgens tekening {{BT-04}}.",
    "Maximale stapelhoogte volgens aanvraag: {{25 meter}}; diameter basis {{18 meter}}; verwacht aantal bezoekers: {{9.000}}.",
    "Aanvrager: {{Stichting Vreugdevuur Noorderstrand}}, {{KvK 71234098}}.",
    "De gegevens van de contactpersoon en de EHBO-coördinator zijn in de formuliervelden hierboven ingevuld.",
], form=[("contact_naam", "Naam contactpersoon", "Dirk-Jan van der Zwaan", 62, 700, 220),
         ("contact_tel", "Telefoon (mobiel)", "+31 (0)6 5123 0987", 300, 700, 200),
         ("contact_mail", "E-mail", "dj.vanderzwaan@ziggo.nl", 62, 655, 220),
         ("contact_adres", "Woonadres", "Helmgras 9, 2232 RT Westerduin", 300, 655, 220),
         ("contact_geb", "Geboortedatum", "03-11-1979", 62, 610, 120),
         ("ehbo", "EHBO-coördinator", "Lotte van Leeuwen", 300, 610, 220),
         ("ehbo_tel", "Telefoon EHBO", "06 2938 4471", 62, 565, 160)],
    hidden=[("annotations", "PERSON", "Dirk-Jan van der Zwaan"), ("annotations", "PHONE", "+31 (0)6 5123 0987"),
            ("annotations", "EMAIL", "dj.vanderzwaan@ziggo.nl"), ("annotations", "ADDRESS", "Helmgras 9"),
            ("annotations", "DOB", "03-11-1979"), ("annotations", "PERSON", "Lotte van Leeuwen"),
            ("annotations", "PHONE", "06 2938 4471")],
    producer="iText 7.2.5 (AGPL-version)", creator="Formulierenserver Westerduin"))

A(Doc("vv04_evenementenvergunning", "Besluit evenementenvergunning VV-2025-118", [
    "# Besluit evenementenvergunning {{VV-2025-118}}",
    "De {{burgemeester van Westerduin}},",
    "gelet op artikel {{2:25}} van de {{Algemene Plaatselijke Verordening Westerduin 2024}} ({{APV}}) en artikel {{174}} van de {{Gemeentewet}};",
    "gezien de aanvraag van {{Stichting Vreugdevuur Noorderstrand}}, ontvangen op {{2 oktober 2025}}, vertegenwoordigd door de heer [[D.J. van der Zwaan]];",
    "gezien het advies van {{Brandweer Kust-Holland}} van {{4 november 2025}} en het advies van de {{politie}}, {{basisteam Duin- en Bollenstreek}};",
    "BESLUIT: vergunning te verlenen voor het organiseren van een vreugdevuur op het {{Noorderstrand}} op {{31 december 2025}}, onder de volgende voorschriften.",
    "# Voorschriften",
    "T|nr.|voorschrift|toezicht",
    "T|1|De brandstapel is niet hoger dan {{25 meter}} en heeft een basis van ten hoogste {{18 meter}} doorsnede.|{{Brandweer Kust-Holland}}",
    "T|2|Het vuur wordt niet ontstoken bij een windsnelheid boven {{windkracht 6}} ({{KNMI}}-verwachting 12.00 uur) of bij {{code oranje}}.|{{Veiligheidsregio Kust-Holland}}",
    "T|3|Rond de stapel geldt een veiligheidszone van {{75 meter}}; de zone is afgezet met hekken en bemand door verkeersregelaars.|{{Team Handhaving}}",
    "T|4|De stapel bestaat uitsluitend uit onbehandeld hout en pallets; banden, olie en bankstellen zijn verboden.|{{Omgevingsdienst West-Holland}}",
    "T|5|Aanvrager wijst een veiligheidscoördinator aan die tijdens het evenement bereikbaar is; naam en telefoonnummer worden uiterlijk {{15 december 2025}} gemeld.|{{Team OOV}}",
    "T|6|Er is een bluswagen met {{6.000 liter}} en een EHBO-post met ten minste vier gecertificeerde hulpverleners.|{{GHOR}}",
    "T|7|Het vuur wordt uiterlijk om {{04.00 uur}} gedoofd; de restanten zijn op {{2 januari 2026}} afgevoerd.|{{Team Handhaving}}",
    "T|8|Vuurwerk afsteken binnen de veiligheidszone is verboden ({{artikel 2.73 APV}}).|{{politie}}",
    "# Overwegingen",
    "De burgemeester heeft bij de afweging betrokken dat het vreugdevuur een lange traditie heeft in Westerduin en dat de stichting sinds 2019 "
    "met vrijwilligers bouwt. De incidenten in {{Scheveningen}} tijdens de jaarwisseling 2018-2019 hebben geleid tot de landelijke "
    "{{Handreiking vreugdevuren}} van het {{Instituut Fysieke Veiligheid}} ({{IFV}}); de voorschriften volgen die handreiking.",
    "De veiligheidscoördinator van de stichting is de heer [[Ruben Ouwehand]], bereikbaar op [[06-18 55 02 37]]. Het bestuur heeft "
    "daarnaast mevrouw [[Fenna Kuipers-Blom]] als secretaris en aanspreekpunt voor omwonenden aangewezen.",
    "# Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij de burgemeester van Westerduin, "
    "{{Postbus 200}}, {{2230 AE Westerduin}}. Een verzoek om voorlopige voorziening richt u aan de {{voorzieningenrechter}} van de {{rechtbank Den Haag}}.",
    "",
    "Westerduin, {{12 november 2025}}",
    "De burgemeester van Westerduin,",
    "namens deze,",
    "",
    "[[A.C. Stolk]]",
    "teamleider {{Vergunningen, Toezicht en Handhaving}}",
    "~ Verzonden aan: Stichting Vreugdevuur Noorderstrand, t.a.v. [[D.J. van der Zwaan]], [[Helmgras 9]], Westerduin. "
    "Afschrift: Brandweer Kust-Holland, politie, {{Rijkswaterstaat West-Nederland Zuid}} (strandbeheer).",
], font="Times-Roman", size=10.5, producer="Nitro Pro 13 (13.70.0.30)", creator="Microsoft Word - VV-2025-118 besluit.docx"))

A(Doc("vv05_advies_brandweer", "Advies brandveiligheid vreugdevuur Noorderstrand", [
    "# Advies brandveiligheid en hulpverlening",
    "Aan: {{Team Vergunningen}} {{gemeente Westerduin}}",
    "Van: {{Brandweer Kust-Holland}}, {{afdeling Risicobeheersing}}",
    "Kenmerk: {{BKH-RB-2025-0877}}",
    "Behandeld door: [[ing. H.P. (Hanneke) Zijlstra]], adviseur risicobeheersing, [[h.zijlstra@brandweerkh.nl]], [[(071) 409 88 12]]",
    "",
    "Wij hebben de aanvraag voor het vreugdevuur op het {{Noorderstrand}} beoordeeld aan de hand van de {{Handreiking vreugdevuren}} "
    "en de stralingsberekening uit het rekenmodel {{FireSafe 3.1}}. Bij een stapel van {{25 meter}} is de warmtestraling op "
    "{{75 meter}} afstand lager dan {{1 kW/m2}}; dat is aanvaardbaar voor publiek.",
    "Het grootste risico is vliegvuur (vonkenregen) bij aflandige of zijwind. De woningen aan de {{Duinroosweg}} en de "
    "{{Helmgrasbuurt}} liggen op circa {{420 meter}}. Bij windkracht 6 of meer uit het westen kunnen gloeiende delen die afstand overbruggen.",
    "Wij adviseren voorschriften 1, 2, 3 en 6 op te nemen en vragen de gemeente om een besluitmoment op {{31 december}} om 12.00 uur "
    "waarbij de officier van dienst ({{OvD}}) en de {{Veiligheidsregio Kust-Holland}} beslissen over doorgang.",
    "Collega [[Gerard Mos]] (OvD) is tijdens de jaarwisseling aanspreekpunt ter plaatse. Voor overleg: [[06 1077 3291]].",
    "",
    "Met vriendelijke groet,",
    "[[Hanneke Zijlstra]]",
    "~ Dit advies is opgesteld met de {{BRZO}}-loze variant van het sjabloon {{RB-07}}.",
], font="DejaVu", author="Zijlstra, H.P.", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    xmp_creator="Hanneke Zijlstra (BKH)", hidden=[("metadata", "PERSON", "Zijlstra, H.P."), ("metadata", "PERSON", "Hanneke Zijlstra (BKH)")]))

vol = [
    ("Dirk-Jan van der Zwaan", "voorzitter / bouwleider", "06-51 23 09 87", "03-11-1979"),
    ("Fenna Kuipers-Blom", "secretaris", "06-44 81 20 15", "22-06-1984"),
    ("Ruben Ouwehand", "veiligheidscoördinator", "06-18 55 02 37", "09-01-1991"),
    ("Sem ter Heide", "kraanmachinist", "06-30 19 44 72", "17-08-1998"),
    ("Jesse 't Hart", "bouwploeg noord", "06-27 64 11 58", "30-04-2003"),
    ("Lotte van Leeuwen", "EHBO-coördinator", "06-29 38 44 71", "12-12-1988"),
    ("Kees Gijsen", "penningmeester", "071-512 34 56", "05-05-1962"),
    ("Youssef Amrani", "bouwploeg zuid", "06-41 90 03 66", "21-02-2000"),
    ("Bram de Vries", "nachtwacht", "06-12 73 58 04", "14-07-1995"),
    ("Noor Ouwehand-de Graaf", "catering", "06-20 55 81 93", "28-09-1993"),
    ("Thijmen Vos", "bouwploeg noord", "06-38 02 77 19", "02-03-2006"),
    ("Sophie Lambrechts", "EHBO", "06-55 19 60 28", "11-10-1990"),
    ("Gerrit Jan Kalkman", "nachtwacht", "0252-41 88 07", "19-06-1958"),
    ("Daan Hoogervorst", "verkeersregelaar", "06-47 33 92 10", "07-01-1999"),
    ("Milan Ružička", "bouwploeg zuid", "06-16 48 25 73", "25-05-2001"),
    ("Esra Doğan", "EHBO", "06-31 70 84 22", "16-11-1996"),
    ("Wim Zuidgeest", "materieel", "06-53 61 09 45", "08-08-1967"),
    ("Jorik Plasmeijer", "verkeersregelaar", "06-24 98 13 50", "13-02-2004"),
]
A(Doc("vv06_vrijwilligerslijst", "Vrijwilligerslijst bouwploeg 2025", [
    "# {{Stichting Vreugdevuur Noorderstrand}} - vrijwilligers bouwseizoen 2025",
    "~ Intern document, meegestuurd bij de melding veiligheidscoördinator (voorschrift 5). Versie {{15 december 2025}}.",
    "T|naam|rol|telefoon|geboortedatum|VOG",
] + [f"T|[[{n}]]|{r}|[[{p}]]|[[{d}]]|{'ja' if i % 4 else 'aangevraagd'}" for i, (n, r, p, d) in enumerate(vol)] + [
    "",
    "Alle vrijwilligers onder de 18 jaar bouwen alleen overdag en onder begeleiding. Vrijwilligers met een {{VCA}}-diploma mogen de "
    "kraan bedienen; de {{Liebherr LTM 1090}} wordt gehuurd van een lokale verhuurder.",
    "Nachtwachten vanaf {{27 december}}: twee personen per nacht in de bouwkeet bij {{strandopgang 12}}. Het rooster staat in de groepsapp.",
    "Contact bestuur: {{bestuur@vreugdevuurnoorderstrand.nl|EMAIL_FUNCTIONAL}}.",
], font="DejaVu", size=11.5, producer="Microsoft Excel 2019 / Aspose.Cells for .NET 23.4", creator="Microsoft Excel"))

A(Doc("vv07_brief_stichting", "Brief stichting over stapelhoogte", [
    "Stichting Vreugdevuur Noorderstrand",
    "Postadres: [[Helmgras 9]], Westerduin - bestuur@vreugdevuurnoorderstrand.nl - KvK 71234098",
    "",
    "Aan de burgemeester van Westerduin",
    "t.a.v. [[mevrouw A.C. Stolk]], team Vergunningen",
    "",
    "Westerduin, 20 oktober 2025",
    "Betreft: aanvraag evenementenvergunning, stapelhoogte en bouwplanning",
    "",
    "Geachte burgemeester,",
    "Naar aanleiding van het vooroverleg van 14 oktober willen wij graag reageren op het voorstel om de stapel te beperken tot 25 meter. "
    "Onze vrijwilligers hebben vorig jaar een stapel van 31 meter gebouwd zonder incidenten. Wij begrijpen echter de zorgen van de "
    "Veiligheidsregio Kust-Holland na de ervaringen in Scheveningen en gaan akkoord.",
    "Wij verzoeken u wel om de bouwperiode te laten beginnen op 26 december, zodat de bouwploeg van [[Sem ter Heide]] en [[Youssef Amrani]] "
    "voldoende tijd heeft. De kraan wordt bediend door [[Sem]], die in het bezit is van een geldig VCA-certificaat.",
    "Voor vragen over de veiligheid kunt u terecht bij [[Ruben Ouwehand]]. Voor omwonenden is [[Fenna Kuipers-Blom]] het aanspreekpunt.",
    "",
    "Hoogachtend,",
    "namens het bestuur,",
    "",
    "[[D.J. van der Zwaan]], voorzitter          [[F. Kuipers-Blom]], secretaris",
], engine="docx", font="DejaVuSans", author="Kuipers, F.", producer="LibreOffice 7.6",
    hidden=[("metadata", "PERSON", "Kuipers, F.")],
    extra_keep=[("burgemeester van Westerduin", "ROLE"), ("Veiligheidsregio Kust-Holland", "ORG"), ("Scheveningen", "PLACE"),
                ("KvK 71234098", "KVK_ORG"), ("bestuur@vreugdevuurnoorderstrand.nl", "EMAIL_FUNCTIONAL"), ("VCA-certificaat", "TERM"),
                ("team Vergunningen", "ORG")]))

A(Doc("vv08_whatsapp_bouwploeg", "WhatsApp-export Bouwploeg Noorderstrand", [
    "# WhatsApp-chat met Bouwploeg Noorderstrand 2025",
    "~ Geëxporteerd op 05-01-2026 door de stichting en aan de gemeente overgelegd.",
    "[28-12-25 08:02] [[DJ]]: Morgen ploegen. Kraan staat er om 8 uur, [[Sem]] is er vanaf half 8",
    "[28-12-25 08:05] [[Sem]]: 👍 neem wel koffie mee",
    "[28-12-25 08:11] [[Roeb]]: Reminder: max {{25 meter}}!! brandweer komt 30e meten. Geen banden, vorig jaar heeft [[Jesse]] er bijna een in gegooid 😂",
    "[28-12-25 08:12] [[Jesse]]: das laster",
    "[28-12-25 21:47] [[Bram]]: Nachtwacht: om 21.30 een stel jongens bij de stapel met vuurwerk. Politie gebeld op {{0900-8844|PHONE_GENERAL}}, kwamen na 20 min",
    "[28-12-25 21:49] [[DJ]]: Goed gedaan. [[Gerrit Jan]] neemt morgen over",
    "[29-12-25 10:30] [[Fenna]]: Mevrouw van [[Duinroosweg 44]] belde weer over de vonken van vorig jaar. Ik heb gezegd dat we lager bouwen.",
    "[29-12-25 10:31] [[Noor]]: Soep staat klaar in de keet",
    "[30-12-25 14:02] [[Roeb]]: Brandweer heeft gemeten: {{24,6 m}}. Goedgekeurd door [[Mos]] 🔥",
    "[31-12-25 11:55] [[Roeb]]: VRKH zegt: wind {{zuidwest 5}}, aantrekkend naar 6 na middernacht. Besluit om 12 uur",
    "[31-12-25 12:20] [[DJ]]: GO!! ontsteking 23.00 uur zoals gepland",
    "[01-01-26 00:48] [[Lotte]]: EHBO-post druk, 3 brandwonden hand (vuurwerk), 1 oogletsel. Ambulance voor jongen van ongeveer 15",
    "[01-01-26 01:22] [[Roeb]]: Vonken richting {{Helmgrasbuurt}}. Brandweer is aan het natspuiten",
    "[01-01-26 03:58] [[DJ]]: Vuur gedoofd. Dank allemaal ❤️",
    "[01-01-26 04:01] [[Milan]]: Mijn auto staat nog op {{P3 Boulevard}} met een gat in het dak 🙄",
], font="DejaVu", size=9.5, producer="PDFpen 13.1", creator="WhatsApp export via PDFpen",
    extra_keep=[("Bouwploeg Noorderstrand", "GROUP"), ("brandweer", "ORG"), ("Politie", "ORG"), ("VRKH", "ORG")]))

A(Doc("vv09_mail_stapelhoogte", "E-mailwisseling stapelhoogte en meting", [
    "Van: [[Stolk, Annemiek]] <[[a.stolk@westerduin.nl]]>",
    "Verzonden: maandag 29 december 2025 09:12",
    "Aan: [[Ruben Ouwehand]] <[[r.ouwehand@gmail.com]]>",
    "CC: [[Brinkman, Wouter]] <[[w.brinkman@westerduin.nl]]>; [[Zijlstra, Hanneke]] <[[h.zijlstra@brandweerkh.nl]]>; {{vergunningen@westerduin.nl}}",
    "Onderwerp: RE: meting stapel 30 december",
    "",
    "Hoi [[Ruben]],",
    "De meting is morgen om 14.00 uur. [[Gerard]] van de brandweer komt met de meetlat en de drone van {{Team Informatievoorziening}}. "
    "Als de stapel hoger is dan 25 meter moet de bovenste laag eraf voordat de ontsteking op {{31 december}} doorgaat. Dat is voorschrift 1 van {{VV-2025-118}}.",
    "Groet, [[Annemiek]]",
    "[[Annemiek Stolk]] | teamleider {{Vergunningen, Toezicht en Handhaving}} | {{gemeente Westerduin}} | [[071 - 523 41 07]]",
    "",
    "> Van: [[Ruben Ouwehand]] <[[r.ouwehand@gmail.com]]>",
    "> Verzonden: zondag 28 december 2025 22:40",
    "> Aan: [[Stolk, Annemiek]] <[[a.stolk@westerduin.nl]]>",
    "> Onderwerp: meting stapel 30 december",
    "> Beste [[Annemiek]], we zitten nu op ongeveer 23 meter. Laatste laag pallets komt maandag. Kan de meting dinsdagmiddag? "
    "[[Dirk-Jan]] wil er graag bij zijn. Groet, [[Ruben]] ([[06-18 55 02 37]])",
    "",
    "> Van: [[Brinkman, Wouter]] <[[w.brinkman@westerduin.nl]]>",
    "> Verzonden: zondag 28 december 2025 23:05",
    "> Aan: [[Stolk, Annemiek]]",
    "> Onderwerp: FW: meting stapel 30 december",
    "> Ik ben er dinsdag niet, [[Patrick Sluijter]] (boa) gaat mee. Zijn dienstnummer is [[BOA-4471]].",
], producer="Microsoft Outlook 16.0", creator="Microsoft Outlook",
    extra_keep=[("meting stapel 30 december", "SUBJECT")]))

A(Doc("vv10_mail_vrkh_wind", "Mail Veiligheidsregio windverwachting 31 december", [
    "Van: [[Dekker-Oudshoorn, Mirjam]] <[[m.dekker-oudshoorn@vrkh.nl]]>",
    "Verzonden: woensdag 31 december 2025 10:47",
    "Aan: [[Brinkman, Wouter]] <[[w.brinkman@westerduin.nl]]>; [[Mos, Gerard]] <[[g.mos@brandweerkh.nl]]>; [[Bosman, Erik-Jan]] <[[erik-jan.bosman@politie.nl]]>",
    "CC: {{piket-oov@westerduin.nl|EMAIL_FUNCTIONAL}}; {{meldkamer@vrkh.nl|EMAIL_FUNCTIONAL}}",
    "Onderwerp: Weerbericht en besluitmoment vreugdevuur Noorderstrand - 12.00 uur",
    "",
    "Goedemorgen allen,",
    "Het {{KNMI}} verwacht voor de kust vanavond een {{zuidwestenwind}} kracht 5, na middernacht toenemend tot {{6 Bft}} met windstoten tot "
    "{{70 km/u}}. Er is geen {{code geel}} voor wind afgegeven. Volgens de {{Handreiking vreugdevuren}} is doorgang mogelijk, mits de "
    "vonkenregen richting {{Helmgrasbuurt}} actief wordt bewaakt.",
    "Voorstel: besluitmoment 12.00 uur via {{Teams}}; deelnemers OvD brandweer, {{OvD-P}}, piket OOV en de stichting ([[Ruben Ouwehand]]). "
    "Bij een verwachting boven 6 Bft om 20.00 uur tweede besluitmoment met de burgemeester.",
    "Ik ben de hele dag bereikbaar op [[+31 6 2460 1188]]. Na 18.00 uur neemt [[Thijs Vermeulen]] (crisiscoördinator) het over: [[0031 6 48 77 12 09]].",
    "",
    "Met vriendelijke groet,",
    "[[Mirjam Dekker-Oudshoorn]]",
    "adviseur crisisbeheersing | {{Veiligheidsregio Kust-Holland}} | {{Bevolkingszorg}}",
    "{{Stationsplein 10}}, {{Leiden}} | algemeen {{088 - 246 00 00|PHONE_GENERAL}}",
], font="DejaVu", producer="Microsoft Outlook 16.0 / Adobe PDF Library 23.1", creator="Microsoft Outlook"))

A(Doc("vv11_mail_vrkh_nacht", "Mailwisseling nacht jaarwisseling", [
    "Van: [[Vermeulen, Thijs]] <[[t.vermeulen@vrkh.nl]]>",
    "Verzonden: donderdag 1 januari 2026 01:36",
    "Aan: [[Brinkman, Wouter]] <[[w.brinkman@westerduin.nl]]>",
    "CC: [[Dekker-Oudshoorn, Mirjam]] <[[m.dekker-oudshoorn@vrkh.nl]]>; {{meldkamer@vrkh.nl}}",
    "Onderwerp: RE: vonkenregen Helmgrasbuurt - opschaling?",
    "",
    "[[Wouter]], de {{meldkamer}} heeft sinds 01.05 uur zeven meldingen uit de Helmgrasbuurt: brandende delen op daken en in tuinen, "
    "één kleine brand in een schuur aan de [[Duinroosweg 52]]. Er zijn twee {{TS-eenheden}} extra gealarmeerd. Geen {{GRIP}}-opschaling; de "
    "OvD ([[Mos]]) heeft besloten het vuur vanaf 02.00 uur gecontroleerd af te blussen. De burgemeester is om 01.30 uur gebeld door [[Mirjam]].",
    "Groet, [[Thijs]]",
    "",
    "> Van: [[Brinkman, Wouter]]",
    "> Verzonden: donderdag 1 januari 2026 01:19",
    "> Aan: [[Vermeulen, Thijs]]; [[Dekker-Oudshoorn, Mirjam]]",
    "> Onderwerp: vonkenregen Helmgrasbuurt - opschaling?",
    "> Wind draait naar west. Bewoner [[mevrouw Verhoeven]] belt mij rechtstreeks dat haar carport brandt. Moeten we opschalen? "
    "Ik sta bij {{strandopgang 12}}, bel me op [[06-21 07 45 98]].",
    "> [[W.J. Brinkman]] | piket OOV | {{gemeente Westerduin}}",
], font="Helvetica", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook",
    extra_keep=[("Helmgrasbuurt", "PLACE"), ("burgemeester", "ROLE")]))

A(Doc("vv12_teams_chat", "Teams-chat Actiecentrum Bevolkingszorg", [
    "# Microsoft Teams - chat 'Jaarwisseling 25-26 ACB Westerduin'",
    "[31-12 23:02] [[Wouter Brinkman]]: vuur is aan, 23.00 uur precies. Druk: schatting {{8.500}} bezoekers",
    "[31-12 23:15] [[Sandra Çelik]] (politie): Mobiele Eenheid staat stand-by bij {{Boulevard Noord}}, twee aanhoudingen om 23.10 voor afsteken {{cat. F4}} in publiek",
    "[31-12 23:16] [[Wouter Brinkman]]: 👍 [[Sandra]], graag namen in het {{BVH}}-overzicht, niet hier",
    "[01-01 00:40] [[Mirjam Dekker]]: wind neemt toe, 5-6 Bft. [[Gerard]], hoe ziet de vonkenregen eruit?",
    "[01-01 00:44] [[Gerard Mos]]: valt nog mee, tot ca. 200 m. Ik houd de {{TS 16-4231}} bij de duinrand",
    "[01-01 01:08] [[Gerard Mos]]: nu wél richting Helmgras. Schuur brand [[Duinroosweg 52]]",
    "[01-01 01:09] [[Marco]] (bevolkingszorg): ik stuur een {{NL-Alert}}? of te zwaar?",
    "[01-01 01:11] [[Mirjam Dekker]]: geen NL-Alert, wel bericht via {{@GemWesterduin}} en {{Omroep West}}",
    "[01-01 01:30] [[Wouter Brinkman]]: burgemeester geïnformeerd. {{burgemeester Hoogendam|PUBLIC_OFFICIAL}} komt naar het {{ACB}}",
    "[01-01 02:05] [[Gerard Mos]]: start afblussen. Stichting ([[Dirk-Jan]]) werkt mee",
    "[01-01 02:20] [[Rachid]] (boa): bewoonster [[De Bruijn]] zit bij de buren op nr 50, is erg overstuur, huisarts gebeld",
    "[01-01 02:22] [[Wouter Brinkman]]: dank [[Rachid]]. [[Naima]] neemt om 07.00 over als dagpiket",
    "[01-01 03:50] [[Sandra Çelik]]: totaal {{14 aanhoudingen}} in de gemeente, 2 agenten licht gewond door vuurwerk",
], font="DejaVu", size=9.5, producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    extra_keep=[("Mobiele Eenheid", "ORG"), ("Boulevard Noord", "PLACE")]))

A(Doc("vv13_evaluatie_brandweer", "Evaluatie brandweer vreugdevuur Noorderstrand 2025-2026", [
    "# Evaluatie inzet jaarwisseling 2025-2026: vreugdevuur Noorderstrand",
    "{{Brandweer Kust-Holland}}, {{post Westerduin}} - rapport {{EV-2026-003}} - vastgesteld {{20 januari 2026}}",
    "# 1. Samenvatting",
    "Het vreugdevuur werd om 23.00 uur ontstoken na een positief besluit om 12.00 uur en 20.00 uur. Rond 01.00 uur draaide de wind naar "
    "west en nam toe tot 6 Bft. Vliegvuur bereikte de {{Helmgrasbuurt}} op ruim 400 meter afstand. Er ontstonden zes kleine branden "
    "(daken, tuinen, een carport) en één schuurbrand. Er vielen geen gewonden door het vuur. De OvD besloot om 02.00 uur tot afblussen.",
    "# 2. Inzet",
    "T|tijd|eenheid|bemanning (bevelvoerder)|taak",
    "T|22.30|{{TS 16-4231}}|[[J. Hoekstra]]|brandwacht duinrand",
    "T|22.30|{{TS 16-4232}}|[[M. van 't Westende]]|brandwacht boulevard",
    "T|01.12|{{TS 16-5131}} ({{Noordwijk}})|[[R. Akkermans]]|Helmgrasbuurt, schuurbrand",
    "T|01.15|{{WO 16-4251}}|[[P.J. Brouwer]]|watertransport",
    "T|02.00|OvD|[[G. Mos]]|leiding afblussen",
    "# 3. Bevindingen",
    "3.1 De stapelhoogte ({{24,6 m}}) voldeed aan voorschrift 1. De veiligheidscoördinator van de stichting was goed bereikbaar.",
    "3.2 De windverwachting van 10.47 uur onderschatte de draaiing naar west. Het besluitmoment om 20.00 uur gebruikte de "
    "{{HIRLAM}}-run van 14.00 uur; een nieuwe run om 20.00 uur was niet opgevraagd.",
    "3.3 Bewoners belden rechtstreeks naar de piket-ambtenaar in plaats van {{112}}. Daardoor was het beeld bij de meldkamer onvolledig.",
    "3.4 Het afblussen van een stapel van deze omvang kost circa twee uur en {{180.000 liter}} water; de {{WO}} was daarvoor essentieel.",
    "# 4. Aanbevelingen",
    "1. Maximale stapelhoogte terugbrengen naar {{15 meter}} of een minimale afstand tot woningen van {{600 meter}} aanhouden.",
    "2. Harde windgrens van 5 Bft uit west en noordwest, met een vast derde besluitmoment om 22.00 uur.",
    "3. Vonkenwacht in de Helmgrasbuurt vanaf het moment van ontsteking.",
    "4. Communicatie naar bewoners via {{NL-Alert}} overwegen bij vliegvuur verder dan 300 meter.",
    "# 5. Tijdlijn meldingen Helmgrasbuurt (uit {{GMS}})",
    "T|tijd|melder|adres|melding|afhandeling",
    "T|01.05|[[J. Verhoeven]]|[[Duinroosweg 48]]|carport brandt|{{TS 16-4231}}",
    "T|01.07|[[H. de Bruijn-Ooms]]|[[Duinroosweg 52]]|schuur brandt|{{TS 16-5131}}",
    "T|01.09|[[A. Prins-Zwart]]|[[Helmgras 14]]|brandende delen op dak|zelf geblust",
    "T|01.12|[[P. Schoonderwoerd]]|[[Duinroosweg 46]]|rieten dak berging smeult|{{TS 16-4231}}",
    "T|01.18|[[É. Dubois-Kramer]]|[[Helmgras 21]]|schutting smeult|zelf geblust",
    "T|01.26|[[W.F. Haasnoot]]|[[Zeereep 9]]|kunstgras brandt|zelf geblust",
    "T|01.40|[[C. van 't Riet]]|[[Duinroosweg 60]]|schroeiplekken gevel|verkenning {{OvD}}",
    "Melder [[Verhoeven]] meldde dat haar kleinzoon brandwonden had; de {{ambulancedienst Hollands Midden}} heeft hem ter plaatse beoordeeld.",
    "# 6. Gesprekken",
    "Voor deze evaluatie is gesproken met de OvD, de bevelvoerders, de veiligheidscoördinator van de stichting ([[R. Ouwehand]]) en twee "
    "getroffen bewoners ([[J. Verhoeven]] en [[P. Schoonderwoerd]]). Verslaglegging door [[K. (Karin) Ammerlaan]], beleidsmedewerker.",
], font="Helvetica", size=11.5, producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
    outline=[("1. Samenvatting", 0), ("2. Inzet (opgesteld door Karin Ammerlaan)", 0), ("3. Bevindingen - review Jeroen Hoekstra", 0),
             ("4. Aanbevelingen", 1), ("5. Tijdlijn", 1), ("6. Gesprekken - concept L. Dijkgraaf", 1)],
    hidden=[("outline", "PERSON", "Karin Ammerlaan"), ("outline", "PERSON", "Jeroen Hoekstra"), ("outline", "PERSON", "L. Dijkgraaf")]))

A(Doc("vv14_evaluatie_politie", "Evaluatie politie jaarwisseling Westerduin", [
    "# Politie - {{Eenheid Den Haag}} - {{basisteam Duin- en Bollenstreek}}",
    "# Evaluatie jaarwisseling 2025-2026 gemeente Westerduin (vertrouwelijk, ten behoeve van de {{driehoek}})",
    "Opsteller: [[S. Çelik]], operationeel expert; akkoord: [[E.J. Bosman]], wijkagent Noorderstrand",
    "# Cijfers",
    "T|categorie|2024-2025|2025-2026",
    "T|aanhoudingen totaal|9|14",
    "T|waarvan afsteken illegaal vuurwerk ({{Vuurwerkbesluit}})|4|7",
    "T|geweld tegen hulpverleners ({{art. 300 Sr}})|1|2",
    "T|meldingen vuurwerkoverlast|88|121",
    "T|branden openbare ruimte (containers, bushokjes)|11|16",
    "# Incidenten rond het vreugdevuur",
    "Om 23.10 uur zijn twee verdachten aangehouden voor het afsteken van {{cobra 6}} in het publiek: [[Kevin R.]] (geboren [[04-02-2007]]) "
    "en [[Dani M.]] (geboren [[19-10-2006]]). Beiden zijn heengezonden met een oproeping voor {{Halt}}.",
    "Om 00.35 uur werd een agent geraakt door een {{vuurpijl}} bij {{Boulevard Noord}}; de verdachte, [[Luuk Varkevisser]], "
    "woonachtig [[Zeereep 3]], is voorgeleid. Zijn BSN staat in het {{BVH}}-dossier {{PL1600-2026000021}}.",
    "# Knelpunten",
    "De samenwerking met de stichting was goed. De afzetting van 75 meter werd op twee plaatsen doorbroken. De {{ME}} was niet nodig. "
    "Wel was de aanrijtijd naar de Helmgrasbuurt lang door publiek op de {{Zeeweg}}.",
    "Vragen: via de wijkagent, [[erik-jan.bosman@politie.nl]], of het algemene nummer {{0900-8844}}.",
], font="Helvetica", producer="Politie DocGen 4.2 / iText 5.5.13", creator="BVH rapportage",
    extra_keep=[("Eenheid Den Haag", "ORG"), ("Helmgrasbuurt", "PLACE")]))

A(Doc("vv15_scan_brief_bewoner", "Scan brief bewoner", [
    "# Aan de gemeente Westerduin",
    "Westerduin, 3 januari 2026",
    "Betreft: schade door het vreugdevuur",
    "",
    "Geachte heer of mevrouw,",
    "In de nieuwjaarsnacht is mijn carport afgebrand door vonken van het vuur op het strand.",
    "Ik heb om 01.10 uur de heer [[Brinkman]] gebeld maar er kwam pas na een half uur een brandweerauto.",
    "Mijn kleinzoon [[Timo]] heeft met de tuinslang geblust en heeft daarbij zijn handen verbrand.",
    "De schade is volgens de verzekering ongeveer 8.400 euro. Ik vraag u die te vergoeden.",
    "",
    "Met vriendelijke groet,",
    "[[Johanna Verhoeven]]",
    "[[Duinroosweg 48]], Westerduin",
    "Telefoon [[0252 - 37 64 21]]",
], scan=True, font="DejaVuSerif", producer="Canon iR-ADV C5840 / Adobe PDF Scan Library 3.2", creator="Canon iR-ADV C5840"))

A(Doc("vv16_schadeformulier", "Schadeformulier bewoner Schoonderwoerd", [
    "# Formulier melding schade jaarwisseling",
    "~ Gemeente Westerduin - Team Juridische Zaken - aansprakelijkstelling nr. {{AS-2026-0009}}",
    "T|veld|ingevuld",
    "T|Naam melder|[[P.H.J. Schoonderwoerd]]",
    "T|Adres|[[Duinroosweg 46]], [[2231 KB]] Westerduin",
    "T|Telefoon|[[06 - 3318 2205]]",
    "T|E-mail|[[pieter.schoonderwoerd@hetnet.nl]]",
    "T|Geboortedatum|[[27-08-1951]]",
    "T|BSN|[[183920476]]",
    "T|IBAN voor uitbetaling|[[NL27 RABO 0312 4455 87]] t.n.v. [[P. Schoonderwoerd]]",
    "T|Datum en tijd schade|{{1 januari 2026}}, ca. 01.15 uur",
    "T|Omschrijving|Vonken van het vreugdevuur hebben het rieten dak van de berging in brand gezet; de {{brandweer}} heeft geblust. Waterschade in de berging.",
    "T|Bedrag|{{EUR 3.870,00}} (offerte {{Dakdekkersbedrijf Riet & Zo B.V.}})",
    "T|Verzekeraar|{{Centraal Beheer}}, polis [[74-2091366]]",
    "",
    "Toelichting melder: mijn vrouw [[Gerda]] heeft sinds die nacht last van benauwdheid door de rook en is onder behandeling van de longarts "
    "(verslag huisartsenpraktijk bijgevoegd).",
    "Ondertekening: [[P.H.J. Schoonderwoerd]], Westerduin, {{6 januari 2026}}",
], font="DejaVu", producer="Aspose.PDF for .NET 23.9", creator="Zaaksysteem Westerduin",
    extra_keep=[("Team Juridische Zaken", "ORG")]))
