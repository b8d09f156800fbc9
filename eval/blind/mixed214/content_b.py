"""Documents vv17-vv33 of set VV (mixed214)."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("vv17_brief_claim_yildiz", "Aansprakelijkstelling schade auto", [
    "[[Ahmet Yıldız]]",
    "[[Zeeweg 121]]",
    "[[2231 LP]] Westerduin",
    "[[a.yildiz1984@outlook.com]] - [[+31 6 1937 2280]]",
    "",
    "Aan het college van burgemeester en wethouders van Westerduin",
    "Postbus 200, 2230 AE Westerduin",
    "",
    "Westerduin, 8 januari 2026",
    "Onderwerp: aansprakelijkstelling schade aan mijn auto (kenteken [[R-482-XT]])",
    "",
    "Geacht college,",
    "Mijn auto stond in de nieuwjaarsnacht geparkeerd op parkeerterrein P3 Boulevard, op ongeveer 300 meter van het vreugdevuur. "
    "Rond 01.20 uur zijn er brandende houtdelen op de auto terechtgekomen. Het dak en de voorruit zijn beschadigd. Volgens mij heeft de "
    "gemeente de vergunning verleend terwijl de wind te sterk was, en bent u daarom aansprakelijk.",
    "Ik stel u aansprakelijk voor de schade van EUR 2.615,40 (offerte Autoschade Duin- en Bollenstreek, Sassenheim). "
    "Mijn buurman [[Milan Ružička]] heeft dezelfde schade en stuurt een eigen brief.",
    "Gelieve het bedrag over te maken op [[NL56 INGB 0006 2185 33]] ten name van [[A. Yıldız]].",
    "",
    "Hoogachtend,",
    "[[A. Yıldız]]",
], engine="docx", font="DejaVuSans", author="ayildiz", producer="LibreOffice 7.6",
    hidden=[("metadata", "PERSON", "ayildiz")],
    extra_keep=[("college van burgemeester en wethouders van Westerduin", "ORG"), ("P3 Boulevard", "PLACE"),
                ("Autoschade Duin- en Bollenstreek", "ORG"), ("Sassenheim", "PLACE"), ("EUR 2.615,40", "AMOUNT"),
                ("Postbus 200", "ADDRESS_PUBLIC")]))

claims = [
    ("AS-2026-0004", "[[J. Verhoeven]]", "[[Duinroosweg 48]]", "carport afgebrand", "8.400,00", "in behandeling"),
    ("AS-2026-0005", "[[M.A. ten Brink]]", "[[Duinroosweg 44]]", "dakgoot, zonnepanelen", "1.950,00", "in behandeling"),
    ("AS-2026-0006", "[[Éloïse Dubois-Kramer]]", "[[Helmgras 21]]", "tuinmeubelen, schutting", "740,00", "afgewezen"),
    ("AS-2026-0007", "[[A. Yıldız]]", "[[Zeeweg 121]]", "auto dak/ruit", "2.615,40", "doorgezonden verzekeraar"),
    ("AS-2026-0008", "[[M. Ružička]]", "[[Zeeweg 119]]", "auto lak", "1.120,00", "doorgezonden verzekeraar"),
    ("AS-2026-0009", "[[P.H.J. Schoonderwoerd]]", "[[Duinroosweg 46]]", "rieten dak berging", "3.870,00", "in behandeling"),
    ("AS-2026-0010", "[[H. de Bruijn-Ooms]]", "[[Duinroosweg 52]]", "schuur afgebrand", "11.300,00", "in behandeling"),
    ("AS-2026-0011", "[[familie Van Egmond]]", "[[Helmgras 3]]", "brandgaten zonnescherm", "480,00", "afgewezen"),
    ("AS-2026-0012", "[[R.J. Koppelaar]]", "[[Zeereep 17]]", "ruit door vuurwerk", "310,00", "niet ontvankelijk"),
    ("AS-2026-0013", "[[Stijn Mulder]]", "[[Zeeweg 88]]", "fiets, bakfiets", "2.040,00", "in behandeling"),
    ("AS-2026-0014", "[[G. Tjon-A-Fat]]", "[[Helmgras 30]]", "trampoline", "260,00", "afgewezen"),
    ("AS-2026-0015", "[[W.F. Haasnoot]]", "[[Zeereep 9]]", "brandgat kunstgras tuin", "390,00", "in behandeling"),
    ("AS-2026-0016", "[[Anouk Prins-Zwart]]", "[[Helmgras 14]]", "dakraam gesprongen", "620,00", "in behandeling"),
    ("AS-2026-0017", "[[C. van 't Riet]]", "[[Duinroosweg 60]]", "schroeischade gevel", "1.480,00", "in behandeling"),
    ("AS-2026-0018", "[[Søren Eriksen]]", "[[Zeeweg 95]]", "kleding, fietstas (bezoeker)", "180,00", "afgewezen"),
    ("AS-2026-0019", "[[L.M. Hoogeveen]]", "[[Helmgras 27]]", "hondenhok, hond onderzocht door dierenarts", "455,00", "in behandeling"),
]
A(Doc("vv18_overzicht_schadeclaims", "Overzicht schadeclaims jaarwisseling", [
    "# Overzicht aansprakelijkstellingen jaarwisseling 2025-2026",
    "~ {{Team Juridische Zaken}} {{gemeente Westerduin}} - stand {{2 februari 2026}} - behandelaar [[mr. I. Oosterbaan-Meijer]]",
    "T|nr.|melder|adres|schade|bedrag (EUR)|status",
] + [f"T|{{{{{n}}}}}|{m}|{a}|{s}|{b}|{st}" for (n, m, a, s, b, st) in claims] + [
    "",
    "# Toelichting",
    "De gemeente is verzekerd bij {{Centraal Beheer Overheid}} (polis {{WA-GEM-88213}}). Claims boven {{EUR 2.500}} worden aan de verzekeraar "
    "voorgelegd. Voor de vraag of de gemeente onrechtmatig heeft gehandeld is van belang of de burgemeester bij het besluit om het vuur te laten "
    "ontsteken voldoende rekening hield met de windverwachting; zie het advies van {{Brandweer Kust-Holland}} en de evaluatie {{EV-2026-003}}.",
    "De stichting is eveneens aangesproken. Haar aansprakelijkheidsverzekering loopt via {{Univé}}; contactpersoon bij de stichting is de penningmeester [[Kees Gijsen]].",
    "Claim {{AS-2026-0010}}: mevrouw [[De Bruijn-Ooms]] heeft aangegeven dat haar man, [[Henk de Bruijn]], door de schrik is opgenomen in het "
    "{{Alrijne Ziekenhuis}} met hartklachten. Dit gegeven valt onder artikel 5.1 lid 1 sub d Woo.",
    "Claim {{AS-2026-0012}} betreft geen schade door het vreugdevuur maar door vuurwerk van derden; verwezen naar de politie.",
    "Overleg met de verzekeraar: [[Ronald Heemskerk]], schade-expert, [[r.heemskerk@cb-overheid.nl]], [[030 - 235 77 14]].",
    "",
    "# Termijnen",
    "Binnen acht weken na ontvangst ontvangt iedere melder een inhoudelijke reactie. Melders van wie de claim is afgewezen kunnen de "
    "{{burgerlijke rechter}} vragen de zaak te beoordelen. Het {{Schadefonds Geweldsmisdrijven}} is niet van toepassing.",
], font="DejaVu", size=9.5, producer="Microsoft Excel 2019 / Aspose.Cells for .NET 23.4", creator="Microsoft Excel"))

A(Doc("vv19_factuur_glaszetter", "Factuur glasherstel", [
    "# GLASHANDEL EN GLASZETTERIJ [[BART KNOL]]",
    "[[Bart Knol]] h.o.d.n. [[Glaszetterij Knol]] - [[Vinkenweg 12a]], Westerduin - tel. [[0252-41 20 99]] - [[bart@glaszetterijknol.nl]]",
    "KvK [[69120458]] - btw-id [[NL001937744B62]] - IBAN [[NL18 RABO 0158 3390 21]]",
    "",
    "Factuur aan: gemeente Westerduin, crediteurenadministratie, {{facturen@westerduin.nl|EMAIL_FUNCTIONAL}}",
    "Factuurnummer: {{2026-0014}}   Factuurdatum: {{7 januari 2026}}   Inkoopordernummer: {{IO-26-00031}}",
    "T|omschrijving|aantal|prijs|bedrag",
    "T|Noodbeglazing bushokje {{Boulevard Noord}} (vuurwerkschade)|2|165,00|330,00",
    "T|Vervangen ruit {{Catharina Amaliazaal}} raadhuis|1|412,50|412,50",
    "T|Voorrijkosten 1 januari (feestdagtoeslag)|1|95,00|95,00",
    "T|Subtotaal|||837,50",
    "T|btw 21%|||175,88",
    "T|Totaal|||1.013,38",
    "",
    "Betaling binnen 30 dagen onder vermelding van het factuurnummer. Spoedopdracht telefonisch gegeven door [[dhr. Sluijter]] (handhaving) op 1 januari om 09.40 uur.",
], font="Helvetica", producer="Moneybird PDF / wkhtmltopdf 0.12.6", creator="Moneybird",
))

A(Doc("vv20_factuur_kraanverhuur", "Factuur kraanverhuur", [
    "# Kraanverhuur [[K. Bakker]]",
    "[[Klaas Bakker]] - eenmanszaak - [[Industrieweg 40]], Westerduin",
    "mobiel [[06 5290 1176]] - [[klaas@kraanbakker.nl]] - KvK [[58801342]] - IBAN [[NL71 ABNA 0592 1138 47]]",
    "",
    "Aan: {{Stichting Vreugdevuur Noorderstrand}}, t.a.v. de penningmeester [[K. Gijsen]]",
    "Kopie: gemeente Westerduin ({{subsidie evenementen 2025}}, beschikking {{SUB-2025-0412}})",
    "Factuur {{KB-25-117}}, 2 januari 2026",
    "T|datum|omschrijving|uren|tarief|bedrag",
    "T|26-12-2025|{{Liebherr LTM 1090}} incl. machinist [[S. ter Heide]]|8|145,00|1.160,00",
    "T|27-12-2025|idem|9|145,00|1.305,00",
    "T|29-12-2025|idem|8|145,00|1.160,00",
    "T|30-12-2025|verreiker {{Manitou MT 1840}}|6|85,00|510,00",
    "T|02-01-2026|opruimen restanten, {{containerservice Duinrand}}|5|95,00|475,00",
    "T|totaal excl. btw||||4.610,00",
    "",
    "Korting vrijwilligerswerk 15% reeds verwerkt. Met dank aan [[Dirk-Jan]] en de jongens van de bouwploeg.",
], font="Courier", size=9.5, producer="PDFpen 13.1", creator="Pages"))

A(Doc("vv21_scan_presentielijst", "Scan presentielijst evaluatiebijeenkomst", [
    "# Presentielijst evaluatie vreugdevuur 22 januari 2026",
    "Gemeentehuis Westerduin, Catharina Amaliazaal, 19.30 uur",
    "",
    "T|Naam|Organisatie|Paraaf",
    "T|[[Wouter Brinkman]]|gemeente, OOV|WB",
    "T|[[Annemiek Stolk]]|gemeente, VTH|AS",
    "T|[[Gerard Mos]]|brandweer|GM",
    "T|[[Sandra Celik]]|politie|SC",
    "T|[[Mirjam Dekker]]|veiligheidsregio|MD",
    "T|[[Dirk-Jan van der Zwaan]]|stichting|DJZ",
    "T|[[Ruben Ouwehand]]|stichting|RO",
    "T|[[Johanna Verhoeven]]|bewoner|JV",
    "T|[[Pieter Schoonderwoerd]]|bewoner|PS",
], scan=True, producer="Ricoh IM C3000 / Scan to PDF", creator="Ricoh IM C3000"))

A(Doc("vv22_notulen_evaluatie", "Verslag evaluatiebijeenkomst vreugdevuur", [
    "# Verslag evaluatiebijeenkomst vreugdevuur Noorderstrand",
    "Datum: {{22 januari 2026}}, {{Catharina Amaliazaal}}, raadhuis Westerduin. Voorzitter: {{burgemeester Hoogendam|PUBLIC_OFFICIAL}}. Verslag: [[N. Baştürk]] (bestuurssecretariaat).",
    "T|aanwezig|namens|code",
    "T|{{burgemeester Hoogendam}}|gemeente|-",
    "T|[[W.J. Brinkman]]|gemeente, OOV|[[WJB]]",
    "T|[[A.C. Stolk]]|gemeente, VTH|[[ACS]]",
    "T|[[G. Mos]]|Brandweer Kust-Holland|[[GMo]]",
    "T|[[S. Çelik]]|politie|[[SÇ]]",
    "T|[[M. Dekker-Oudshoorn]]|Veiligheidsregio Kust-Holland|[[MDO]]",
    "T|[[D.J. van der Zwaan]], [[R. Ouwehand]]|Stichting Vreugdevuur Noorderstrand|[[DJZ]], [[ROu]]",
    "T|[[J. Verhoeven]], [[P. Schoonderwoerd]]|bewoners Helmgrasbuurt|-",
    "# 1. Opening",
    "De burgemeester opent de vergadering en spreekt haar medeleven uit met de getroffen bewoners. Zij benadrukt dat de evaluatie geen schuldvraag beantwoordt; "
    "de aansprakelijkheid wordt apart beoordeeld.",
    "# 2. Evaluatie brandweer",
    "[[Mos]] licht rapport {{EV-2026-003}} toe. De draaiing van de wind werd te laat gezien. [[Dekker-Oudshoorn]] erkent dat om 20.00 uur "
    "geen nieuwe {{KNMI}}-run is opgevraagd en zegt toe dat de procedure wordt aangepast.",
    "# 3. Evaluatie politie",
    "[[Çelik]] meldt veertien aanhoudingen in de gemeente, waarvan twee bij het vuur. De afzetting werd op twee plaatsen doorbroken.",
    "# 4. Inbreng stichting en bewoners",
    "[[Van der Zwaan]] zegt dat de stichting alle voorschriften heeft nageleefd en bereid is lager te bouwen. Mevrouw [[Verhoeven]] vertelt dat haar "
    "kleinzoon bij het blussen brandwonden aan beide handen opliep en vraagt waarom de piket niet direct {{112}} belde. De heer [[Schoonderwoerd]] "
    "vraagt om een vonkenwacht in de wijk.",
    "# Actielijst",
    "T|nr.|actie|wie|gereed",
    "T|1|Procedure windbesluit herzien (derde besluitmoment 22.00 uur)|[[MDO]]|{{1 april 2026}}",
    "T|2|Voorstel maximale stapelhoogte 15 m voor vergunning 2026|[[ACS]]|{{1 mei 2026}}",
    "T|3|Vonkenwacht Helmgrasbuurt organiseren met stichting|[[ROu]] / [[WJB]]|{{1 november 2026}}",
    "T|4|Communicatieplan bewoners incl. {{NL-Alert}}-criteria|[[WJB]]|{{1 juni 2026}}",
    "T|5|Raadsinformatiebrief evaluatie|{{wethouder Van Rijswijk}} / [[WJB]]|{{15 februari 2026}}",
    "# Rondvraag en sluiting",
    "Geen rondvraag. De burgemeester sluit om 21.40 uur. Vastgesteld per mail op 29 januari 2026 (paraaf [[NB]]).",
], font="DejaVu", size=9.5, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    extra_keep=[("Brandweer Kust-Holland", "ORG"), ("Veiligheidsregio Kust-Holland", "ORG"), ("Stichting Vreugdevuur Noorderstrand", "ORG"),
                ("bewoners Helmgrasbuurt", "GROUP"), ("bestuurssecretariaat", "ORG")]))

A(Doc("vv23_beslisnota", "Beslisnota toekomst vreugdevuur", [
    "# Beslisnota",
    "Aan: {{burgemeester Hoogendam|PUBLIC_OFFICIAL}}",
    "Van: [[W.J. Brinkman]], senior adviseur {{Openbare Orde en Veiligheid}}",
    "Datum: {{3 maart 2026}}",
    "Kenmerk: {{OOV/2026/0192}}",
    "Kopie aan: [[A.C. Stolk]] ({{VTH}}); {{wethouder Van Rijswijk|PUBLIC_OFFICIAL}} (evenementenbeleid)",
    "Contactpersoon: [[W.J. Brinkman]], [[06-21 07 45 98]], [[w.brinkman@westerduin.nl]]",
    "Onderwerp: voorwaarden vreugdevuur Noorderstrand vanaf jaarwisseling 2026-2027",
    "# Aanleiding",
    "Tijdens de jaarwisseling 2025-2026 ontstond schade in de {{Helmgrasbuurt}} door vliegvuur. De evaluaties van brandweer ({{EV-2026-003}}) en politie "
    "en de evaluatiebijeenkomst van {{22 januari 2026}} leiden tot aanpassing van de voorwaarden.",
    "# Geadviseerd besluit",
    "Aan de burgemeester wordt gevraagd: 1. in te stemmen met een maximale stapelhoogte van {{15 meter}}; 2. een harde windgrens van {{5 Bft}} "
    "uit west en noordwest vast te stellen; 3. de raad te informeren met bijgaande {{raadsinformatiebrief}}.",
    "# Kern",
    "Een lagere stapel verkleint het bereik van vliegvuur tot naar verwachting {{250 meter}}. De stichting ([[Van der Zwaan]]) heeft laten weten dit "
    "te accepteren. De {{Veiligheidsregio Kust-Holland}} adviseert daarnaast een vonkenwacht.",
    "# Krachtenveld",
    "In de raad heeft {{raadslid El Idrissi|PUBLIC_OFFICIAL}} ({{Lokaal Westerduin}}) gepleit voor behoud van de traditie; {{raadslid Verkerk|PUBLIC_OFFICIAL}} ({{VVD}}) vraagt om een verbod. "
    "Bewoners hebben via [[mevrouw Ten Brink]] een petitie aangekondigd.",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Namen en contactgegevens van medewerkers en bewoners (artikel 5.1, tweede lid, onder e, Woo).",
    "# Motivering",
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.",
], font="Helvetica", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
    notes=[("Stolk, Annemiek", "15 meter is te streng volgens DJ; bel hem eerst even (06-51 23 09 87)", 0, 500, 700),
           ("Marco Zwinkels", "Akkoord met punt 3, tekst raadsinformatiebrief volgt van Naima Baştürk", 0, 500, 420)],
    hidden=[("annotations", "PERSON", "Stolk, Annemiek"), ("annotations", "PHONE", "06-51 23 09 87"),
            ("annotations", "PERSON", "Marco Zwinkels"), ("annotations", "PERSON", "Naima Baştürk")],
    extra_keep=[("Informatie die niet openbaar gemaakt kan worden", "HEADING"), ("Motivering", "HEADING")]))

A(Doc("vv24_raadsvragen", "Schriftelijke vragen vreugdevuur", [
    "# Schriftelijke vragen ex artikel 41 van het Reglement van orde",
    "Indiener: {{raadslid Verkerk|PUBLIC_OFFICIAL}} ({{VVD}})",
    "Datum: {{12 januari 2026}}",
    "Onderwerp: schade door vreugdevuur Noorderstrand",
    "",
    "Geacht college,",
    "In de nieuwjaarsnacht zijn in de {{Helmgrasbuurt}} een schuur en een carport afgebrand door vonken van het vreugdevuur. Bewoners laten mij weten "
    "dat zij de piket-ambtenaar rechtstreeks moesten bellen. Een bewoonster, [[mevrouw J.]] van de Duinroosweg, vertelde mij dat haar kleinzoon "
    "brandwonden opliep.",
    "1. Welke windverwachting lag ten grondslag aan het besluit om het vuur te ontsteken?",
    "2. Waarom is na 20.00 uur geen nieuw besluitmoment ingelast, zoals de {{Handreiking vreugdevuren}} van het {{IFV}} aanbeveelt?",
    "3. Hoeveel schadeclaims zijn er ingediend en hoe gaat het college daarmee om?",
    "4. Is het college bereid de maximale stapelhoogte te verlagen, zoals in {{Scheveningen}} en {{Duindorp}} na 2019 is gebeurd?",
    "5. Deelt het college de mening dat de stichting mede verantwoordelijk is?",
    "",
    "{{Lucas Verkerk|PUBLIC_OFFICIAL}}, fractievoorzitter {{VVD Westerduin}}",
    "~ Contact fractie: {{fractie@vvdwesterduin.nl|EMAIL_FUNCTIONAL}}",
], font="Times-Roman", size=11, producer="Microsoft Word 2019 / Nitro PDF Creator", creator="Microsoft Word",
    extra_keep=[("Reglement van orde", "LAW"), ("Geacht college", "SALUTATION")]))

A(Doc("vv25_beantwoording", "Beantwoording raadsvragen vreugdevuur", [
    "Beantwoording schriftelijke vragen van raadslid Verkerk (VVD) over schade door vreugdevuur Noorderstrand",
    "Datum: 10 februari 2026 - kenmerk RV-2026-007",
    "",
    "Vraag 1. Het besluit om 12.00 uur en 20.00 uur was gebaseerd op de verwachting van het KNMI: zuidwest 5, na middernacht 6 Bft. "
    "De draaiing naar west werd niet voorspeld. De adviseur van de veiligheidsregio en de officier van dienst van de brandweer adviseerden doorgang.",
    "Vraag 2. Er is om 20.00 uur besloten op basis van de verwachting van 14.00 uur. Het college erkent dat een nieuwe verwachting had moeten worden opgevraagd.",
    "Vraag 3. Er zijn elf aansprakelijkstellingen ontvangen. Vier zijn doorgezonden aan de verzekeraar, drie afgewezen of niet ontvankelijk verklaard.",
    "Vraag 4. Ja. De burgemeester heeft besloten dat de stapel vanaf de jaarwisseling 2026-2027 niet hoger mag zijn dan 15 meter.",
    "Vraag 5. De stichting heeft zich aan de voorschriften gehouden. Het college ziet geen aanleiding de stichting verwijten te maken.",
    "",
    "Het college van burgemeester en wethouders van Westerduin,",
    "namens dezen: burgemeester Marijke Hoogendam",
    "",
    "Behandelend ambtenaar: [[W.J. Brinkman]], [[w.brinkman@westerduin.nl]]",
], engine="docx", font="DejaVuSerif", author="Brinkman, W.J.", producer="LibreOffice 7.6",
    hidden=[("metadata", "PERSON", "Brinkman, W.J.")],
    extra_keep=[("raadslid Verkerk (VVD)", "PUBLIC_OFFICIAL"), ("Marijke Hoogendam", "PUBLIC_OFFICIAL"), ("RV-2026-007", "CASE"),
                ("KNMI", "ORG"), ("officier van dienst", "FUNCTION"), ("Noorderstrand", "PLACE")]))

A(Doc("vv26_notulen_raadsdebat", "Notulen raadsvergadering 19 februari 2026 (agendapunt 7)", [
    "# Notulen openbare vergadering van de {{gemeenteraad van Westerduin}}, {{19 februari 2026}}",
    "Voorzitter: {{burgemeester Hoogendam|PUBLIC_OFFICIAL}}. Griffier: {{mr. T. Lagerwey|PUBLIC_OFFICIAL}}. Notulist: [[Saskia Roodenburg]] ({{Notuleerbureau De Kustlijn}}).",
    "# Agendapunt 7: vreugdevuur Noorderstrand, raadsinformatiebrief en motie",
    "Inspreker: de heer [[Pieter Schoonderwoerd]], bewoner van de Helmgrasbuurt. Hij beschrijft hoe het rieten dak van zijn berging vlam vatte en dat zijn "
    "vrouw sindsdien benauwd is. Hij vraagt de raad om het vuur te verplaatsen naar het {{Zuiderstrand}}.",
    "Inspreker: de heer [[Gijs Warmerdam]], ondernemer op de boulevard ({{Strandpaviljoen De Zeemeeuw}}), vraagt om compensatie voor de omzetderving op "
    "1 januari, toen de boulevard tot 12.00 uur was afgesloten. Hij is bereikbaar via de griffie; zijn mobiele nummer [[06-17 28 39 40]] staat op de sprekerslijst.",
    "Inspreker: mevrouw [[Fenna Kuipers-Blom]], secretaris van de stichting. Zij wijst erop dat zestig vrijwilligers maanden werken aan het vuur en dat "
    "jongeren er een zinvolle tijdsbesteding aan hebben.",
    "{{Raadslid Verkerk|PUBLIC_OFFICIAL}} ({{VVD}}): 'Voorzitter, ik heb met mijn schriftelijke vragen aangegeven dat dit niet nog eens mag gebeuren. Ik dien "
    "samen met {{raadslid De Wolff-Achterberg|PUBLIC_OFFICIAL}} ({{CDA}}) de motie {{M-2026-04}} in: geen vreugdevuur zolang de afstand tot woningen minder dan 600 meter is.'",
    "{{Raadslid El Idrissi|PUBLIC_OFFICIAL}} ({{Lokaal Westerduin}}): 'Het vreugdevuur hoort bij Westerduin. De stichting heeft zich aan alle regels gehouden. "
    "Het probleem lag bij de windbeslissing. Laten we lager bouwen en de vonkenwacht regelen.'",
    "{{Raadslid Kaya|PUBLIC_OFFICIAL}} ({{GroenLinks-PvdA}}) vraagt naar de uitstoot van fijnstof en verwijst naar metingen van het {{RIVM}} in {{Den Haag}} bij de vreugdevuren van 2023.",
    "{{Burgemeester Hoogendam|PUBLIC_OFFICIAL}}: 'Ik neem de verantwoordelijkheid voor het besluit van die avond. Achteraf had om tien uur opnieuw naar de wind "
    "gekeken moeten worden. Ik heb met de stichting afgesproken dat de stapel maximaal vijftien meter wordt. Ik ontraad de motie.'",
    "{{Wethouder Van Rijswijk|PUBLIC_OFFICIAL}} zegt toe de subsidie voor het evenement ({{SUB-2025-0412}}) te koppelen aan de nieuwe voorwaarden.",
    "# Stemming",
    "De motie {{M-2026-04}} wordt verworpen met 11 stemmen voor en 16 tegen. Voor: {{VVD}}, {{CDA}}, {{Partij voor de Dieren}}. Tegen: {{Lokaal Westerduin}}, "
    "{{GroenLinks-PvdA}}, {{D66}}, {{ChristenUnie}}.",
    "Stemverklaring {{raadslid Brouwer-Sprenger|PUBLIC_OFFICIAL}} ({{D66}}): 'Wij stemmen tegen omdat de burgemeester de toezegging doet de stapel te verlagen.'",
    "# Toezeggingen",
    "T|nr.|toezegging|door|termijn",
    "T|{{TZ-2026-11}}|Raad informeren over de nieuwe windprocedure van de veiligheidsregio|{{burgemeester}}|{{Q2 2026}}",
    "T|{{TZ-2026-12}}|Fijnstofmeting tijdens jaarwisseling 2026-2027|{{wethouder Van Rijswijk}}|{{Q1 2027}}",
    "T|{{TZ-2026-13}}|Afhandeling schadeclaims melden in raadsinformatiebrief|{{burgemeester}}|{{Q3 2026}}",
    "",
    "Na de vergadering is de heer [[Schoonderwoerd]] door de griffie teruggebeld op [[06 - 3318 2205]] over de afhandeling van zijn claim.",
    "~ Vastgesteld in de vergadering van {{19 maart 2026}}. De griffier, {{mr. T. Lagerwey}}. De voorzitter, {{burgemeester Hoogendam}}.",
], font="Times-Roman", size=12, producer="iBabs Notulen / iText 7.1.16", creator="iBabs",
    extra_keep=[("Helmgrasbuurt", "PLACE")]))

A(Doc("vv27_persbericht", "Persbericht evaluatie vreugdevuur", [
    "# PERSBERICHT",
    "{{Gemeente Westerduin}}, {{3 februari 2026}}",
    "# Vreugdevuur Noorderstrand gaat door, maar lager en met vonkenwacht",
    "Het vreugdevuur op het {{Noorderstrand}} blijft, maar de stapel mag vanaf de komende jaarwisseling niet hoger zijn dan vijftien meter. Dat heeft "
    "{{burgemeester Marijke Hoogendam|PUBLIC_OFFICIAL}} besloten na de evaluatie met {{Brandweer Kust-Holland}}, de {{politie}}, de "
    "{{Veiligheidsregio Kust-Holland}} en {{Stichting Vreugdevuur Noorderstrand}}.",
    "'We hebben gezien dat vonken tot in de {{Helmgrasbuurt}} kwamen. Dat mag niet meer gebeuren,' aldus burgemeester Hoogendam. 'Tegelijk is het vuur een "
    "traditie waar honderden inwoners aan bijdragen.'",
    "Bewoners met schade kunnen zich melden via {{www.westerduin.nl/schade}} of telefonisch via {{14 071}}.",
    "",
    "Noot voor de redactie, niet voor publicatie: voor vragen kunt u contact opnemen met de woordvoerder van de burgemeester, [[Joost Terpstra]], "
    "[[06-48 02 61 37]], [[j.terpstra@westerduin.nl]]. Fotograaf [[Yara Mendes]] heeft beelden van de evaluatie.",
], font="DejaVu", producer="Adobe InDesign 19.2 (Macintosh) / Adobe PDF Library 17.0", creator="Adobe InDesign 19.2",
    author="Terpstra, Joost", xmp_creator="Eva Lindhout",
    hidden=[("metadata", "PERSON", "Terpstra, Joost"), ("metadata", "PERSON", "Eva Lindhout")]))

A(Doc("vv28_schouw_brandstapel", "Schouwrapport brandstapel 30 december", [
    "# Schouwrapport brandstapel Noorderstrand",
    "Datum schouw: {{30 december 2025}}, 14.00-15.10 uur. Locatie: {{Noorderstrand}}, {{strandopgang 12}}.",
    "Aanwezig: OvD [[G. Mos]] ({{Brandweer Kust-Holland}}), boa [[P. Sluijter]] ([[BOA-4471]] is zijn dienstnummer), namens de stichting [[D.J. van der Zwaan]] en [[R. Ouwehand]].",
    "T|controlepunt|norm|bevinding|akkoord",
    "T|stapelhoogte|max. {{25 m}}|{{24,6 m}} (drone-meting {{DJI Matrice 30T}})|ja",
    "T|diameter basis|max. {{18 m}}|{{17,2 m}}|ja",
    "T|materiaal|alleen onbehandeld hout|twee autobanden aangetroffen, verwijderd|na herstel",
    "T|veiligheidszone|{{75 m}} hekwerk|oostzijde 60 m, hekken verplaatst|na herstel",
    "T|bluswater|{{6.000 liter}}|bluswagen aanwezig|ja",
    "T|EHBO-post|4 hulpverleners|4 ingeroosterd (coördinator [[L. van Leeuwen]])|ja",
    "T|nachtwacht|2 personen|[[B. de Vries]] en [[G.J. Kalkman]]|ja",
    "",
    "Conclusie: de stapel voldoet na herstel aan de voorschriften van {{VV-2025-118}}. Ontsteking toegestaan onder voorbehoud van het windbesluit.",
    "Foto's van de schouw zijn opgeslagen in {{Squit XO}} onder zaak {{Z-2025-019822}}.",
    "Opgemaakt door [[Patrick Sluijter]], buitengewoon opsporingsambtenaar, {{Team Handhaving}}.",
], font="Helvetica", size=9.5, producer="Squit XO 4.2 / iText 7.2.5", creator="Squit XO",
))

A(Doc("vv29_scan_memo_aantekening", "Scan memo piketdienst met aantekening", [
    "# Memo piketdienst OOV - overdracht 1 januari 2026 07.00 uur",
    "Van: [[Wouter Brinkman]]   Aan: [[Naima Basturk]] (dagpiket)",
    "Vuur gedoofd om 03.58 uur. Zeven meldingen uit de Helmgrasbuurt.",
    "Schuur afgebrand Duinroosweg 52, bewoonster [[Hanneke de Bruijn]], is opgevangen door de buren.",
    "Carport mevrouw [[Verhoeven]] afgebrand. Kleinzoon [[Timo]] naar de huisartsenpost met brandwonden.",
    "Graag vandaag terugbellen: [[Verhoeven]] op [[0252 - 37 64 21]].",
    "",
    "Aantekening in de kantlijn: gebeld 11.15 uur, gaat claim indienen. [[NB]]",
], scan=True, producer="Konica Minolta bizhub C300i / Scan", creator="bizhub C300i"))

A(Doc("vv30_mail_verzekeraar", "Mail verzekeraar over aansprakelijkheid", [
    "Van: [[Heemskerk, Ronald]] <[[r.heemskerk@cb-overheid.nl]]>",
    "Verzonden: vrijdag 13 februari 2026 16:02",
    "Aan: [[Oosterbaan-Meijer, Ilse]] <[[i.oosterbaan@westerduin.nl]]>",
    "CC: {{schade@cb-overheid.nl|EMAIL_FUNCTIONAL}}",
    "Onderwerp: RE: claims jaarwisseling - dossier {{CBO-26-11873}}",
    "",
    "Beste [[Ilse]],",
    "Wij hebben de elf claims bekeken. Op basis van het advies van {{Brandweer Kust-Holland}} en het verslag van het besluitmoment zien wij onvoldoende "
    "grond voor onrechtmatig handelen van de burgemeester: de verwachting gaf 6 Bft, de grens in de vergunning. Wij adviseren de claims af te wijzen, "
    "met uitzondering van de schuurbrand ({{AS-2026-0010}}), waar wij uit coulance 50% aanbieden.",
    "Voor de claim van de heer [[Yıldız]] en de heer [[Ružička]] verwijzen wij naar hun eigen cascoverzekering.",
    "Met vriendelijke groet,",
    "[[Ronald Heemskerk]] | senior schade-expert | {{Centraal Beheer Overheid}} | [[+31 (0)30 235 77 14]]",
    "",
    "> Van: [[Oosterbaan-Meijer, Ilse]]",
    "> Verzonden: maandag 2 februari 2026 10:20",
    "> Aan: [[Heemskerk, Ronald]]",
    "> Onderwerp: claims jaarwisseling",
    "> Hoi [[Ronald]], bijgaand het overzicht van de claims. Let op: in {{AS-2026-0010}} staat medische informatie over de echtgenoot van de melder; "
    "die graag niet verder verspreiden. Groet, [[Ilse Oosterbaan]] ([[071 - 523 41 33]])",
], font="DejaVu", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

A(Doc("vv31_rooster_handhaving", "Inzetrooster handhaving jaarwisseling", [
    "# Inzetrooster {{Team Handhaving}} jaarwisseling 2025-2026",
    "~ Vertrouwelijk - alleen voor intern gebruik. Centrale meldkamer handhaving: {{14 071}} (keuze 3).",
    "T|dienst|boa|personeelsnr.|mobiel dienst|gebied",
    "T|31-12 16.00-24.00|[[Patrick Sluijter]]|[[P-104471]]|[[06-11 42 87 30]]|{{Noorderstrand}}",
    "T|31-12 16.00-24.00|[[Chantal Oudejans]]|[[P-104512]]|[[06-11 42 87 31]]|{{Noorderstrand}}",
    "T|31-12 20.00-04.00|[[Rachid el Khatib]]|[[P-104390]]|[[06-11 42 87 32]]|{{Boulevard Noord}}",
    "T|31-12 20.00-04.00|[[Femke van der Heijden-Smit]]|[[P-104633]]|[[06-11 42 87 33]]|{{Boulevard Noord}}",
    "T|31-12 22.00-06.00|[[Joris 't Lam]]|[[P-104702]]|[[06-11 42 87 34]]|{{Helmgrasbuurt}}",
    "T|31-12 22.00-06.00|[[Wendy Kroes]]|[[P-104718]]|[[06-11 42 87 35]]|{{centrum}}",
    "T|01-01 06.00-14.00|[[Martijn Overduin]]|[[P-104455]]|[[06-11 42 87 36]]|{{Noorderstrand}} (opruimen)",
    "",
    "Teamleider: [[A.C. Stolk]]. Achterwacht piket OOV: [[W.J. Brinkman]]. Bij escalatie: {{OvD-P}} via de meldkamer politie.",
    "Briefing 31 december 15.30 uur in het {{Koningin Wilhelminagebouw}} ({{Zeeweg 2}}). De dienstauto's {{HW-07}} en {{HW-09}} staan in de garage van het "
    "{{Jan van Galenpaviljoen}}.",
], font="Helvetica", size=9.5, producer="Microsoft Excel 2016 / Nitro Pro 13", creator="Microsoft Excel"))

A(Doc("vv32_woo_besluit", "Besluit op Woo-verzoek Z-2026-004417", [
    "[[Mevrouw M.A. ten Brink]]",
    "[[Duinroosweg 44]]",
    "[[2231 KB]] WESTERDUIN",
    "",
    "Datum: {{28 april 2026}}   Zaaknummer: {{Z-2026-004417}}",
    "Onderwerp: besluit op uw verzoek op grond van de {{Wet open overheid}}",
    "",
    "Geachte [[mevrouw Ten Brink]],",
    "Op {{10 maart 2026}} heeft u gevraagd om openbaarmaking van documenten over het vreugdevuur op het {{Noorderstrand}} tijdens de jaarwisseling 2025-2026. "
    "Op {{16 maart 2026}} hebben wij de ontvangst bevestigd. Op {{6 april 2026}} is de beslistermijn met twee weken verdaagd.",
    "# Besluit",
    "Wij maken de documenten zoals genoemd in de inventarislijst deels openbaar. Drie documenten maken wij niet openbaar.",
    "# Zienswijzen",
    "{{Stichting Vreugdevuur Noorderstrand}} heeft een zienswijze gegeven. De stichting vraagt de namen van haar vrijwilligers niet openbaar te maken; "
    "wij volgen dat. De stichting vraagt ook de WhatsApp-export niet openbaar te maken; dat volgen wij niet, omdat de inhoud over de uitvoering van de "
    "vergunningvoorschriften gaat. {{Centraal Beheer Overheid}} heeft geen zienswijze gegeven.",
    "# Overwegingen",
    "Persoonsgegevens (artikel {{5.1, tweede lid, onder e}}, Woo). In de documenten staan namen, adressen, telefoonnummers, e-mailadressen en handtekeningen van "
    "medewerkers en van bewoners en vrijwilligers. Het belang van openbaarheid weegt niet op tegen de bescherming van hun persoonlijke levenssfeer. Namen van "
    "de burgemeester, de wethouder en raadsleden in hun functie maken wij wel openbaar.",
    "Bijzondere persoonsgegevens (artikel {{5.1, eerste lid, onder d}}, Woo). Gegevens over de gezondheid van bewoners maken wij niet openbaar.",
    "Identificatienummers (artikel {{5.1, eerste lid, onder e}}, Woo). Het burgerservicenummer in het schadeformulier maken wij niet openbaar.",
    "U schrijft in uw verzoek zelf over schade aan uw woning; ook uw eigen gegevens zijn in de openbare versie weggelakt, omdat openbaarmaking op grond van de Woo openbaarmaking voor iedereen is.",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Zie de inventarislijst; per document staat de toegepaste weigeringsgrond vermeld ({{5.1.2e}}, {{5.1.1d}}, {{5.1.1e}}).",
    "# Motivering",
    "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren, vrijwilligers en bewoners geanonimiseerd.",
    "# Bezwaar",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, {{Postbus 200}}, {{2230 AE Westerduin}}.",
    "",
    "Hoogachtend,",
    "het college van burgemeester en wethouders van Westerduin,",
    "namens dezen,",
    "",
    "[[mr. I. Oosterbaan-Meijer]]",
    "juridisch adviseur Woo",
    "~ Deze brief is digitaal verzonden naar [[marloes.tenbrink@kpnmail.nl]]. Bijlagen: inventarislijst, documenten.",
], font="DejaVuSerif", producer="Aspose.Words for .NET 23.10", creator="Djuma Zaaksysteem",
    extra_keep=[("Informatie die niet openbaar gemaakt kan worden", "HEADING"), ("juridisch adviseur Woo", "FUNCTION")]))

inv = [
    ("1", "Woo-verzoek", "10-03-2026", "deels openbaar", "5.1.2e", ""),
    ("2", "Ontvangstbevestiging", "16-03-2026", "deels openbaar", "5.1.2e", ""),
    ("3", "Aanvraagformulier evenement", "02-10-2025", "deels openbaar", "5.1.2e", "formuliervelden"),
    ("4", "Besluit evenementenvergunning VV-2025-118", "12-11-2025", "deels openbaar", "5.1.2e", ""),
    ("5", "Advies brandweer BKH-RB-2025-0877", "04-11-2025", "deels openbaar", "5.1.2e", ""),
    ("6", "Vrijwilligerslijst bouwploeg", "15-12-2025", "deels openbaar", "5.1.2e", "zienswijze gevolgd"),
    ("7", "Brief stichting stapelhoogte", "20-10-2025", "deels openbaar", "5.1.2e", ""),
    ("8", "WhatsApp-export bouwploeg", "05-01-2026", "deels openbaar", "5.1.2e", "zienswijze niet gevolgd"),
    ("9", "E-mail meting stapel", "29-12-2025", "deels openbaar", "5.1.2e", ""),
    ("10", "E-mail VRKH windverwachting", "31-12-2025", "deels openbaar", "5.1.2e", ""),
    ("11", "E-mail VRKH vonkenregen", "01-01-2026", "deels openbaar", "5.1.2e", ""),
    ("12", "Teams-chat ACB", "01-01-2026", "deels openbaar", "5.1.2e", ""),
    ("13", "Evaluatie brandweer EV-2026-003", "20-01-2026", "deels openbaar", "5.1.2e", ""),
    ("14", "Evaluatie politie", "15-01-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""),
    ("15", "Brief bewoner (scan)", "03-01-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("16", "Schadeformulier AS-2026-0009", "06-01-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
    ("17", "Aansprakelijkstelling auto", "08-01-2026", "deels openbaar", "5.1.2e", ""),
    ("18", "Overzicht schadeclaims", "02-02-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("19", "Factuur glaszetterij 2026-0014", "07-01-2026", "deels openbaar", "5.1.2e", ""),
    ("20", "Factuur kraanverhuur KB-25-117", "02-01-2026", "deels openbaar", "5.1.2e", ""),
    ("21", "Presentielijst evaluatie (scan)", "22-01-2026", "deels openbaar", "5.1.2e", ""),
    ("22", "Verslag evaluatiebijeenkomst", "22-01-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("23", "Beslisnota OOV/2026/0192", "03-03-2026", "deels openbaar", "5.1.2e", ""),
    ("24", "Schriftelijke vragen VVD", "12-01-2026", "deels openbaar", "5.1.2e", ""),
    ("25", "Beantwoording RV-2026-007", "10-02-2026", "deels openbaar", "5.1.2e", ""),
    ("26", "Notulen raad 19-02-2026", "19-02-2026", "openbaar", "", "reeds openbaar, zie raadsinformatiesysteem"),
    ("27", "Persbericht", "03-02-2026", "deels openbaar", "5.1.2e", ""),
    ("28", "Schouwrapport brandstapel", "30-12-2025", "deels openbaar", "5.1.2e", ""),
    ("29", "Memo piketdienst (scan)", "01-01-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("30", "E-mail verzekeraar", "13-02-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("31", "Inzetrooster handhaving", "20-12-2025", "deels openbaar", "5.1.2e", ""),
    ("32", "Draaiboek jaarwisseling politie", "01-12-2025", "niet openbaar", "5.1.2d", "opsporing en vervolging"),
    ("33", "Stralingsberekening FireSafe", "30-10-2025", "niet openbaar", "5.1.1c", "bedrijfsgegevens adviesbureau"),
    ("34", "Medische verklaring huisarts", "05-01-2026", "niet openbaar", "5.1.1d", ""),
]
A(Doc("vv33_inventarislijst", "Inventarislijst Woo-besluit Z-2026-004417", [
    "# Inventarislijst bij besluit {{Z-2026-004417}}",
    "~ Gemeente Westerduin - Woo-verzoek vreugdevuur Noorderstrand - opgesteld door [[I.O.-M.]] - gecontroleerd door [[WJB]]",
    "T|nr.|document|datum|beoordeling|grond|opmerking",
] + [f"T|{a}|{b}|{c}|{d}|{e}|{f}" for (a, b, c, d, e, f) in inv] + [
    "",
    "Toelichting: documenten 1 tot en met 31 worden gepubliceerd op {{open.overheid.nl}} en op {{www.westerduin.nl/woo}}.",
], font="Helvetica", size=8.5, producer="Microsoft Excel 2019 / Aspose.Cells for .NET 23.4", creator="Microsoft Excel",
    extra_keep=[("Evaluatie brandweer EV-2026-003", "DOC_TITLE"), ("Besluit evenementenvergunning VV-2025-118", "DOC_TITLE"),
                ("Beslisnota OOV/2026/0192", "DOC_TITLE"), ("Factuur kraanverhuur KB-25-117", "DOC_TITLE"),
                ("Stralingsberekening FireSafe", "DOC_TITLE"), ("opsporing en vervolging", "TEXT"), ("zienswijze niet gevolgd", "TEXT"),
                ("Schadeformulier AS-2026-0009", "DOC_TITLE"), ("Notulen raad 19-02-2026", "DOC_TITLE")]))
