"""Set ZF, part A: request, permit application, organiser, security, neighbours."""
from lib import Doc

MOTIV = [
    "## Informatie die niet openbaar gemaakt kan worden",
    "Motivering: in de openbaar gemaakte versie zijn alle persoonsgegevens van medewerkers, omwonenden en "
    "derden weggelakt op grond van artikel 5.1, tweede lid, onder e, van de {{Wet open overheid}}.",
]

DOCS = [
Doc("zf01_woo_verzoek", "Woo-verzoek evenementenvergunning Lakeside Sounds", [
    "[[Luuk Dijkstra-Oomen]]",
    "[[Populierenlaan 88]]",
    "[[8252 KP Dronten]]",
    "E-mail: [[luuk.dijkstra.oomen@kpnmail.nl]] | tel. [[06-41827735]]",
    "",
    "Aan het college van burgemeester en wethouders van de {{gemeente Dronten}}",
    "{{De Rede 1}}, {{8251 ER Dronten}}",
    "",
    "Dronten, 2 september 2026",
    "Onderwerp: verzoek op grond van de {{Wet open overheid}}",
    "",
    "Geacht college,",
    "Op grond van artikel 4.1 van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten "
    "over de evenementenvergunning voor het festival {{Lakeside Sounds 2026}} op het {{Festivalterrein "
    "Oostvaardersstrand}}, waaronder de aanvraag van {{Polder Live Events B.V.}}, de adviezen van de "
    "{{Politie Midden-Nederland}}, de {{Veiligheidsregio Flevoland}} en de {{GGD Flevoland}}, de klachten "
    "over geluidsoverlast en het besluit van {{burgemeester Brinkhuis}}.",
    "Ik woon zelf op circa 600 meter van het terrein en heb beide festivaldagen de geluidsnormen overschreden "
    "zien worden. Mijn buurman, de heer [[Gerrit Wildeboer]], kan dat bevestigen.",
    "Graag ontvang ik de stukken digitaal.",
    "",
    "Met vriendelijke groet,",
    "[[L.M. Dijkstra-Oomen]]",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", author="Dijkstra-Oomen, L.",
   xmp_creator=""),

Doc("zf02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek WOO-2026-0347", [
    "# Gemeente Dronten",
    ">> Postbus 100, 8250 AC Dronten | {{14 0321}} | {{info@dronten.nl}} | www.dronten.nl",
    "",
    "[[De heer L.M. Dijkstra-Oomen]]",
    "[[Populierenlaan 88]]",
    "[[8252 KP Dronten]]",
    "",
    "Ons kenmerk: {{WOO-2026-0347}} | Zaaknummer {{Z-2026-11820}}",
    "Datum: 8 september 2026",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte heer [[Dijkstra-Oomen]],",
    "Op 2 september 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de "
    "evenementenvergunning {{Lakeside Sounds 2026}}. Wij beslissen binnen vier weken, uiterlijk op "
    "30 september 2026. Deze termijn kunnen wij met twee weken verdagen (artikel 4.4 {{Wet open overheid}}).",
    "Omdat in de documenten gegevens van derden staan, zoals {{Polder Live Events B.V.}} en omwonenden, "
    "stellen wij hen mogelijk in de gelegenheid een zienswijze te geven.",
    "Heeft u vragen? Neem contact op met [[mevrouw I. van der Wal]], juridisch adviseur, via "
    "[[i.vanderwal@dronten.nl]] of [[0321 38 44 10 toestel 215]]. U kunt ook mailen naar {{woo@dronten.nl}}.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "[[Ilse van der Wal]]",
    "juridisch adviseur {{team Juridische Zaken}}",
], font="DejaVu", producer="Aspose.Words for .NET 23.4", creator="Zaaksysteem Dronten"),

Doc("zf03_aanvraag_evenement", "Aanvraagformulier evenementenvergunning", [
    "# Aanvraag evenementenvergunning (categorie C)",
    "Gemeente Dronten - {{team Vergunningen, Toezicht en Handhaving}} - dossier {{EV-2026-0088}}",
    "Evenement: {{Lakeside Sounds 2026}}, 18 en 19 juli 2026, {{Festivalterrein Oostvaardersstrand}}",
    "Organisator: {{Polder Live Events B.V.}}, KvK {{71234590}}, {{Stationsstraat 4}}, {{Lelystad}}",
    "Verwachte bezoekers: 9.500 per dag; podia: 3 (mainstage, {{Bosstage}}, {{Silent Disco}})",
    "",
    "Het formulier hieronder is door de aanvrager digitaal ingevuld. Na ondertekening verzonden via het "
    "{{Omgevingsloket}}. Bijlagen: veiligheidsplan, situatietekening, geluidsplan, verkeersplan.",
    "",
    "Eindtijd muziek: 23.00 uur (zaterdag 24.00 uur). Geluidsnorm aan de gevel van woningen: 70 dB(A) / "
    "85 dB(C) conform de {{Nota Evenementenbeleid Dronten 2024}}.",
], form={
    "contactpersoon": ("Contactpersoon aanvrager", "[[Lotte van 't Hul]]"),
    "functie": ("Functie", "vergunningencoördinator"),
    "telefoon": ("Telefoon contactpersoon", "[[+31 (0)6 2847 1190]]"),
    "email": ("E-mail contactpersoon", "[[lotte@polderlive.nl]]"),
    "verantwoordelijke": ("Verantwoordelijke ter plaatse", "[[Mohamed Bakkali]]"),
    "mobiel": ("Mobiel ter plaatse", "[[06 51 22 87 03]]"),
    "geboortedatum": ("Geboortedatum verantwoordelijke", "[[14-03-1988]]"),
    "ondertekenaar": ("Ondertekend door", "[[D.J. Verhoeckx]]"),
}, producer="iText 7.2.5 (AGPL)", creator="Omgevingsloket formulierenserver"),

Doc("zf04_veiligheidsplan", "Veiligheidsplan Lakeside Sounds 2026", [
    "# Veiligheidsplan {{Lakeside Sounds 2026}}",
    "Versie 3.1 - opgesteld door {{Polder Live Events B.V.}} in samenwerking met {{Sentinel Crowd Services B.V.}}",
    "## 1. Organisatie en verantwoordelijken",
    "|Rol|Naam|Bereikbaar|Portofoonkanaal",
    "|Eindverantwoordelijke organisatie|[[Daan Verhoeckx]]|[[06-12904478]]|kanaal 1",
    "|Productieleider|[[Sophie ter Horst]]|[[06-33019284]]|kanaal 1",
    "|Sitemanager|[[Mohamed Bakkali]]|[[06 51 22 87 03]]|kanaal 2",
    "|Hoofd beveiliging|[[Ronald Pieterse-de Graaf]]|[[06-49917720]]|kanaal 3",
    "|Crowd manager|[[Özlem Yıldırım]]|[[+31 6 1873 0042]]|kanaal 3",
    "|EHBO-coördinator|[[Wietske Hofstra]]|[[06-29384756]]|kanaal 4",
    "---",
    "## 2. Scenario's",
    "Scenario's volgens de {{Handreiking Evenementenveiligheid}}: onweer, drukte bij de ingang, "
    "vermissing kind, medische calamiteit, ontruiming. Bij onweer beslist de eindverantwoordelijke na "
    "overleg met de {{Veiligheidsregio Flevoland}} (meldkamer via {{112}}).",
    "De {{Cornelis Lelybrug}} is aanvoerroute voor hulpdiensten; de {{Oostvaardersdijk}} blijft vrij.",
    "## EHBO-teams",
    "|Team|Teamleider|Mobiel",
    "|EHBO 1 (mainstage)|[[Gert-Jan Kuipers]]|[[06-38820417]]",
    "|EHBO 2 ({{Bosstage}})|[[Marloes Datema]]|[[06-11937460]]",
    "|EHBO 3 (ingang noord)|[[Yusuf Demir]]|[[06-42278105]]",
    "|EHBO 4 (mobiel)|[[Ingrid Dykstra-Veenstra]]|[[06-90182273]]",
    "## 3. Beveiliging",
    "Inzet: 64 beveiligers (Wpbr-gecertificeerd), 12 verkeersregelaars, 4 teams EHBO. Ploegleider "
    "nachtdienst: [[Jesse Ouwehand]] ('[[Jez]]').",
], font="DejaVu", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Sophie ter Horst",
   author_redact=False,
   outline=[("1. Organisatie en verantwoordelijken", 0), ("2. Scenario's", 0),
            ("Opmerking [[Kasper Veltman]] verwerkt", 0)]),

Doc("zf05_rooster_beveiliging", "Inzetrooster beveiliging Lakeside Sounds", [
    "# {{Sentinel Crowd Services B.V.}} - inzetrooster zaterdag 18 juli 2026",
    ">> Vertrouwelijk - alleen voor opdrachtgever {{Polder Live Events B.V.}} en {{gemeente Dronten}}. Vergunning "
    "{{ND 7721}} ({{Justis}}).",
    "|Pasnr.|Naam|Post|Dienst|Mobiel",
    "|[[SCS-10442]]|[[Ronald Pieterse-de Graaf]]|commandopost|12.00-01.30|[[06-49917720]]",
    "|[[SCS-10517]]|[[Özlem Yıldırım]]|crowd control|12.00-01.00|[[+31 6 1873 0042]]",
    "|[[SCS-10603]]|[[Jesse Ouwehand]]|ploegleider nacht|18.00-02.00|[[06-22817365]]",
    "|[[SCS-10688]]|[[Bayu Santoso]]|ingang noord|12.00-20.00|[[06-40129937]]",
    "|[[SCS-10712]]|[[Kim van den Bosch]]|ingang noord|12.00-20.00|[[06-18347760]]",
    "|[[SCS-10759]]|[[Dirk-Jan Schaapman]]|{{Bosstage}}|16.00-00.30|[[06-55082213]]",
    "|[[SCS-10801]]|[[Fenna Oosterveld]]|{{Bosstage}}|16.00-00.30|[[06-37719826]]",
    "|[[SCS-10834]]|[[Joël Mertens]]|mainstage front|17.00-00.30|[[06-21190745]]",
    "|[[SCS-10877]]|[[Anouk Lagerwey]]|mainstage front|17.00-00.30|[[06-48821039]]",
    "|[[SCS-10902]]|[[Rachid el Amrani]]|uitgang zuid|20.00-01.30|[[06-30017254]]",
    "|[[SCS-10955]]|[[Mirjam Tel]]|backstage|14.00-00.00|[[06-17746392]]",
    "",
    "Meldpunt incidenten: commandopost, kanaal 3. Algemeen nummer {{Sentinel Crowd Services B.V.}}: {{0800-7368466}}.",
], font="DejaVu", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365"),

Doc("zf06_klacht_wildeboer", "Klacht geluidsoverlast", [
    "Van: [[Gerrit Wildeboer]] <[[g.wildeboer53@ziggo.nl]]>",
    "Verzonden: zondag 19 juli 2026 00:41",
    "Aan: {{meldingen@dronten.nl}}",
    "Onderwerp: klacht geluidsoverlast festival, melding {{MOR-2026-04471}}",
    "",
    "Geachte heer, mevrouw,",
    "Al sinds 21.00 uur trillen bij ons de ramen van de bassen van het festival aan het "
    "{{Oostvaardersstrand}}. Het is nu bijna één uur 's nachts en het gaat nog steeds door. Mijn vrouw "
    "[[Truus]] heeft een [[hartaandoening|HEALTH]] en kan hierdoor niet slapen.",
    "Wij wonen op [[Reigerweg 12]], [[8252 LB Dronten]]. Ik heb om 23.40 uur ook de politie gebeld "
    "({{0900-8844}}) maar daar werd ik doorverwezen naar de gemeente.",
    "Ik verwacht dat u de organisatie hierop aanspreekt. Bel mij gerust: [[0321-317745]].",
    "",
    "[[G. Wildeboer]]",
    "[[Reigerweg 12]]",
    "",
    "Verstuurd vanaf mijn iPad",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: {{noreply@dronten.nl}}",
    "Aan: [[g.wildeboer53@ziggo.nl]]",
    "Onderwerp: Bevestiging melding {{MOR-2026-04471}}",
    "Beste [[heer Wildeboer]], bedankt voor uw melding in de categorie 'Geluidsoverlast evenement'. Wij nemen "
    "binnen 3 werkdagen contact met u op. Met vriendelijke groet, {{gemeente Dronten}}, {{14 0321}}.",
], kind="rl", font="Times", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook 16.0"),
]

DOCS += [
Doc("zf07_klachtenoverzicht", "Overzicht meldingen geluidsoverlast", [
    "# Overzicht meldingen geluidsoverlast {{Lakeside Sounds 2026}}",
    "Bron: {{Meldingen Openbare Ruimte}} (MOR), export 20 juli 2026, {{team VTH}}",
    "|Melding|Melder|Adres melder|Telefoon|Toelichting",
    "|{{MOR-2026-04458}}|[[R. Brouwers]]|[[Zilverschoonstraat 3]]|[[0321-312908]]|bassen, ramen trillen",
    "|{{MOR-2026-04461}}|[[Agnieszka Wiśniewska]]|[[Dotterbloemstraat 41]]|[[06-87120354]]|baby wordt wakker",
    "|{{MOR-2026-04463}}|[[fam. Çelik]]|[[Kievitlaan 9]]|[[0031 6 41 77 20 96]]|muziek na 23.00 uur",
    "|{{MOR-2026-04471}}|[[Gerrit Wildeboer]]|[[Reigerweg 12]]|[[0321-317745]]|zie e-mail",
    "|{{MOR-2026-04472}}|[[J.A.M. Koopmans-Vlot]]|[[Reigerweg 18]]|[[06 1029 3847]]|geluid tot na middernacht",
    "|{{MOR-2026-04490}}|[[Pim de Jong]]|[[Kievitlaan 22]]|[[06-20481137]]|wildplassers in tuin",
    "|{{MOR-2026-04495}}|[[Hennie Klaassen]]|[[Spoorbaanweg 7]]|[[0321 - 33 18 02]]|hoge tonen",
    "",
    "---",
    "## Toelichting",
    "Melders zijn telefonisch teruggebeld door de toezichthouder van dienst. Gegevens van melders worden alleen gebruikt "
    "voor de afhandeling van de melding.",
    "|Melding|Teruggebeld door|Tijdstip",
    "|{{MOR-2026-04458}}|[[R. Tuinstra]]|19-07 10:05",
    "|{{MOR-2026-04471}}|[[B. Klein Gunnewiek]]|19-07 10:20",
    "|{{MOR-2026-04472}}|[[B. Klein Gunnewiek]]|19-07 10:32",
    "|{{MOR-2026-04495}}|[[Y. Stapel]]|20-07 09:15",
    "Totaal: 7 meldingen, waarvan 5 over geluid na 23.00 uur. Drie melders wonen in de wijk {{Reigerweide}}.",
    "Overdracht aan {{Omgevingsdienst Flevoland & Gooi en Vechtstreek}} (OFGV) voor beoordeling van de metingen.",
], font="DejaVu", producer="Aspose.PDF for .NET 23.1", creator="Decos JOIN"),

Doc("zf08_advies_politie", "Advies politie evenement Lakeside Sounds", [
    "# {{Politie Midden-Nederland}}",
    "{{District Flevoland}} - {{Basisteam Dronten}}",
    "",
    "Aan: {{burgemeester van Dronten}}, t.a.v. [[mevrouw M. Hoogendoorn-Smit]], {{team VTH}}",
    "Datum: 19 juni 2026",
    "Ons kenmerk: {{PL0900-2026187433}}",
    "Onderwerp: politieadvies evenementenvergunning {{EV-2026-0088}}",
    "",
    "Geachte burgemeester,",
    "De politie heeft de aanvraag van {{Polder Live Events B.V.}} en het veiligheidsplan versie 3.1 "
    "beoordeeld. Wij adviseren positief, onder de volgende voorwaarden:",
    "1. Er is een vaste contactpersoon van de organisatie in de commandopost, met mandaat om de muziek stil te zetten.",
    "2. Fouillering aan de ingang volgens het {{drugsbeleid Flevoland}}; in beslag genomen middelen worden "
    "overgedragen aan de politie.",
    "3. Inzet van 64 beveiligers is voldoende bij maximaal 9.500 bezoekers.",
    "Tijdens het overleg op 12 juni gaf de sitemanager, de heer [[Bakkali]], aan dat de afvoer via de "
    "{{N309}} met pendelbussen van {{Arriva}} verloopt. Dat vinden wij een goede oplossing.",
    "",
    "Hoogachtend,",
    "[[H.J. Zwartjes]]",
    "brigadier, evenementencoördinator {{Basisteam Dronten}}",
    "[[henk.zwartjes@politie.nl]] | [[06-53821990]]",
], font="Times", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Zwartjes, H.J.", author_redact=True),

Doc("zf09_advies_brandweer", "Brandveiligheidsadvies Lakeside Sounds", [
    "# {{Veiligheidsregio Flevoland}} - {{Brandweer Flevoland}}",
    "Brandveiligheidsadvies evenement - zaak {{VRF-EV-2026-0213}}",
    "Adviseur: [[Kees Blokzijl]], adviseur risicobeheersing ([[k.blokzijl@vrflevoland.nl]], [[088-6224412]])",
    "Collegiale toets: [[ing. A.C. (Annemiek) Rozendaal]] ({{GHOR Flevoland}})",
    "",
    "## Beoordeling",
    "Op basis van de {{Brandbeveiligingsverordening}} en het {{Besluit brandveilig gebruik en basishulpverlening "
    "op andere plaatsen}} (BGBOP) is het volgende beoordeeld: tentconstructies, nooduitgangen, "
    "brandblusmiddelen, opstelplaatsen voor hulpverleningsvoertuigen en de bereikbaarheid via de {{Oostvaardersdijk}}.",
    "|Onderdeel|Bevinding|Advies",
    "|Tent {{Bosstage}}|2 uitgangen van 2,40 m|voldoet",
    "|Mainstage|geen brandblusser bij FOH|2 blussers 6 kg plaatsen",
    "|Foodcourt|gasflessen propaan > 115 kg|opstelling volgens {{PGS 15}}",
    "|Calamiteitenroute|versmalling bij {{Cornelis Lelybrug}}|vrijhouden, verkeersregelaar plaatsen",
    "",
    "De brandwacht ter plaatse is [[Thijs Vroegindeweij]] ({{Brandweer Flevoland}}, post {{Dronten}}). "
    "De organisatie meldt de opbouw af bij [[Ruud van Ee]] van {{Polder Live Events B.V.}}.",
    "",
    "Met vriendelijke groet,",
    "[[K. Blokzijl]]",
    "Algemeen: {{088-2224000}} | {{info@vrflevoland.nl}}",
], font="DejaVu", producer="Nitro Pro 13", creator="Nitro Pro 13", author="Kees Blokzijl",
   author_redact=False,
   annots=[(0, [420, 700, 440, 720], "[[Annemiek Rozendaal]]", "Akkoord GHOR, wel EHBO-post bij {{Bosstage}}; bel mij [[06-27731188]]")]),

Doc("zf10_mail_organisatie", "RE: voorwaarden vergunning geluid", [
    "Van: [[Hoogendoorn-Smit, Marieke]] <[[m.hoogendoorn-smit@dronten.nl]]>",
    "Verzonden: donderdag 2 juli 2026 16:12",
    "Aan: [[Lotte van 't Hul]] <[[lotte@polderlive.nl]]>",
    "CC: [[Klein Gunnewiek, Bart]] <[[b.kleingunnewiek@dronten.nl]]>; [[Verhoeckx, Daan]] <[[daan@polderlive.nl]]>",
    "Onderwerp: RE: voorwaarden vergunning geluid {{EV-2026-0088}}",
    "",
    "Hoi [[Lotte]],",
    "Dank voor het geluidsplan. De norm van 70 dB(A) aan de gevel blijft staan; daar kunnen wij niet van "
    "afwijken zonder het beleid te wijzigen. [[Bart]] doet beide dagen de geluidsmetingen samen met de {{OFGV}}.",
    "Wil je de naam van jullie geluidstechnicus doorgeven? Die moet een meetpunt bij de FOH hebben.",
    "",
    "Groet,",
    "[[Marieke]]",
    "[[Marieke Hoogendoorn-Smit]] | vergunningverlener evenementen | {{gemeente Dronten}}",
    "T [[0321 38 44 72]] | M [[06-46119023]]",
    "",
    "Van: [[Lotte van 't Hul]] <[[lotte@polderlive.nl]]>",
    "Verzonden: woensdag 1 juli 2026 11:03",
    "Aan: [[Hoogendoorn-Smit, Marieke]] <[[m.hoogendoorn-smit@dronten.nl]]>",
    "Onderwerp: voorwaarden vergunning geluid {{EV-2026-0088}}",
    "",
    "Beste [[Marieke]],",
    "In de bijlage het geluidsplan van onze geluidstechnicus [[Tom Reijnders]]. Kunnen we voor zaterdag 24.00 uur "
    "als eindtijd aanhouden? Vorig jaar was dat bij {{Dronten Dance Night}} ook zo.",
    "",
    "Met vriendelijke groet,",
    "[[Lotte van 't Hul]]",
    "Vergunningencoördinator {{Polder Live Events B.V.}}",
    "[[+31 (0)6 2847 1190]]",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", author="", xmp_creator=""),

Doc("zf11_whatsapp_organisatie", "WhatsApp-chat Lakeside crew", [
    "# WhatsApp-chat met Lakeside crew 2026",
    ">> Geëxporteerd 21-07-2026; berichten en oproepen zijn end-to-end versleuteld.",
    "18-07-2026 19:02 - [[Daan]]: Mensen, poort open om 19.30. [[Soof]] jij doet de burgemeester-ontvangst?",
    "18-07-2026 19:03 - [[Sophie]]: Yes. {{Burgemeester Brinkhuis}} komt om 20.15 met wethouder {{Vosselman}}",
    "18-07-2026 19:05 - [[Mo]]: Stroom {{Bosstage}} valt af en toe weg, aggregaat 2 wordt gecheckt",
    "18-07-2026 21:47 - [[Tom Reijnders]]: FOH meet 98 dB(A), gemeente wil 96. Ik draai terug",
    "18-07-2026 21:49 - [[Daan]]: Niet te ver [[Tommie]], de headliner begint om 22.00",
    "18-07-2026 22:31 - [[+31 6 1873 0042]]: Ingang noord druk, we zetten extra lane open",
    "18-07-2026 22:33 - [[Mo]]: Top [[Özlem]] 👍",
    "18-07-2026 23:12 - [[Lotte]]: Meneer van de gemeente ([[Bart]]) staat bij de FOH, 3 klachten binnen uit de "
    "Reigerweg. Hij wil om 23.00 stop, we zitten er al overheen",
    "18-07-2026 23:13 - [[Daan]]: Laatste nummer dan. [[Jez]] hou de uitgang zuid in de gaten",
    "18-07-2026 23:40 - [[Jesse]]: Uitstroom loopt, bussen {{Arriva}} staan klaar",
    "19-07-2026 00:55 - [[Lotte]]: Buurman van [[Reigerweg 12]] belt mij nu rechtstreeks, hoe heeft hij mijn "
    "nummer?? 🙄",
    "19-07-2026 00:57 - [[Daan]]: Staat in de bewonersbrief. Morgen bespreken",
    "19-07-2026 09:12 - [[Sophie]]: Evaluatie om 11.00 in de productiekeet. [[Ruud]] neemt de koffie mee ☕",
    "19-07-2026 09:20 - [[Ruud van Ee]]: Komt goed. Trouwens [[Kasper]] is ziek thuis, [[Bram]] neemt aggregaten over",
    "19-07-2026 09:21 - [[Bram 't Hooft]]: 👍 ben er om 10",
    "19-07-2026 09:40 - [[Céline]]: Artiestenlounge is opgeruimd, {{The Kinetics}} waren supertevreden",
], font="DejaVu", producer="PDFpen 13.1", creator="PDFpen 13.1"),
]
