from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("pt26_rooster_inspecties", """
# Rooster functionele inspecties speeltoestellen - 4e kwartaal 2025
{{Beheer Openbare Ruimte}}, team Buitendienst Zuid. Storingsnummer buiten kantoortijd: {{0521 38 79 99}}

Wijk | Speelplekken | Inspecteur | Pers.nr | Mobiel
Centrum | 14 | [[Gert Oosterbaan]] | [[V-19033]] | [[06-2417 5580]]
Zuid ({{Wilhelminapark}}) | 11 | [[Kees de Boer]] | [[V-20881]] | [[06 55 18 02 47]]
Zuid (Hoekstralaan) | 6 | [[Wessel Tiemersma]] | [[V-21104]] | [[+31 6 3012 4489]]
Noord | 17 | [[Siham el Idrissi]] | [[V-18760]] | [[06-47 91 33 05]]
Oost | 12 | [[John 'Sjonnie' Koster]] | [[V-17552]] | [[0620118843]]
Reserve | - | [[Dirk-Jan Vos]] | [[V-21390]] | [[06-1199 7702]]

Coördinatie: [[R.P. Stapel]] (toezichthouder), toestel [[2214]], [[r.stapel@vlietstede.nl]]
Bij twijfel over een toestel: afzetten, foto in {{GBI Beheer}}, melding aan de toezichthouder.
Inspectielijst volgens {{NEN-EN 1176-7}}, formulier {{FI-2025}}. Kalibratie momentsleutel {{Gedore}} {{DMK 200}}: jaarlijks.
""", engine="helv", producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"))

A(Doc("pt27_mail_leverancier", """
Van: [[Dubois, Jérôme]] <[[j.dubois@speelrijk.nl]]>
Verzonden: vrijdag 31 oktober 2025 14:22
Aan: [[Stapel, Ruud]] <[[r.stapel@vlietstede.nl]]>
CC: [[Linden-Smit, Bart van der]]; {{service@speelrijk.nl}}
Onderwerp: RE: leuningklemmen {{LK-200}} Torenspin

Goedemiddag [[Ruud]],

De klemmen {{LK-200}} (9 stuks) worden op 6 november geleverd. Onze monteur, [[Łukasz Nowakowski]], plaatst
ze dezelfde dag. Hij is bereikbaar op [[+48 601 223 419]] en spreekt Engels. Wilt u zorgen dat de hekken
weg kunnen? Na montage levert hij een {{as-built}} protocol en een {{torque log}} aan.

Met vriendelijke groet / Kind regards,
[[Jérôme Dubois]]
Technical Compliance Officer | {{SpeelRijk Nederland B.V.}} | [[+31 (0)342 41 90 27]]

> Van: [[Stapel, Ruud]]
> Verzonden: woensdag 29 oktober 2025 09:10
> Aan: [[Dubois, Jérôme]]
> Onderwerp: leuningklemmen {{LK-200}} Torenspin
>
> Beste meneer [[Dubois]], kunt u de levering van de nieuwe klemmen bevestigen? De herinspectie door
> mevrouw [[Zwart-Ellens]] staat gepland op 10 november. Voor de toegang tot het park kunt u bellen met
> [[Kees de Boer]] ([[06 55 18 02 47]]).
> Groet, [[Ruud Stapel]], toezichthouder buitenruimte, gemeente Vlietstede
""", engine="ttf", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

A(Doc("pt28_schadevoorstel", """
Hollandia Schade N.V.
Afdeling Aansprakelijkheid | Postbus 9040 | 1006 AA Amsterdam

{{LetselRecht Noord Advocaten}}
t.a.v. mr. [[I.C. van 't Hul]]
{{Oosterstraat 40}}, {{8441 BE Heerenveen}}

Amsterdam, 12 november 2025
Schadenummer: {{HS-25-447120}}
Verzekerde: {{gemeente Vlietstede}}
Benadeelde: [[N. Bakhuizen]], geboren [[14-03-2018]]

Geachte mevrouw [[Van 't Hul]],

Namens onze verzekerde erkennen wij aansprakelijkheid voor de gevolgen van het ongeval van 6 september 2025.
Op basis van het rapport van het {{Expertisebureau Rozendaal}} en de medische informatie doen wij het
volgende voorstel tot vaststelling van de schade:

Smartengeld: € 3.250
Eigen risico zorgverzekering en eigen bijdragen fysiotherapie: € 610
Reiskosten ziekenhuis en fysiotherapie: € 212
Kleding en schoenen: € 95
Buitengerechtelijke kosten volgens de {{BGK-Liquidatietarief}}: € 1.064
Totaal: € 5.231

Wij maken het bedrag over op de derdengeldrekening van uw kantoor zodra de vaststellingsovereenkomst is
getekend. Het bankrekeningnummer van cliënten, [[NL91 ABNA 0417 1643 00]], hebben wij niet nodig.

Met vriendelijke groet,

[[S. Oudejans]]
Senior schadebehandelaar
""", engine="docx", producer="LibreOffice 7.6", creator="Writer", author="[[Oudejans, S.]]"))

A(Doc("pt29_scan_presentielijst", """
# Presentielijst schouw Het Klimbos
Datum: 10 november 2025, 10.00 uur

Naam                    Organisatie            Handtekening
Hanneke Zwart-Ellens    inspecteur             ~ HZE
Lukasz Nowakowski       SpeelRijk              ~ L.Nowakowski
Ruud Stapel             gemeente               ~ R.Stapel
Kees de Boer            gemeente               ~ KdB

Toren vrijgegeven om 12.40 uur.
~ H. Zwart-Ellens
""", ocr=True, producer="Xerox AltaLink C8135 PDF", creator="Xerox Scan to PDF"))
DOCS[-1].text = (DOCS[-1].text.replace("Hanneke Zwart-Ellens", "[[Hanneke Zwart-Ellens]]")
                 .replace("Lukasz Nowakowski", "[[Lukasz Nowakowski]]").replace("Ruud Stapel", "[[Ruud Stapel]]")
                 .replace("Kees de Boer", "[[Kees de Boer]]").replace("~ H. Zwart-Ellens", "~ [[H. Zwart-Ellens]]"))

A(Doc("pt30_vaststellingsovereenkomst", """
# Vaststellingsovereenkomst
De ondergetekenden:
1. [[Dennis Adriaan Bakhuizen]] en [[Marloes Johanna Bakhuizen-van Leeuwen]], wonend [[Kievitstraat 27]],
[[8451 KP Vlietstede]], in hun hoedanigheid van wettelijk vertegenwoordigers van hun minderjarige dochter
[[Noor Bakhuizen]], geboren op [[14 maart 2018]], BSN [[204517386]], hierna: benadeelde;
2. {{Hollandia Schade N.V.}}, gevestigd te {{Amsterdam}}, als aansprakelijkheidsverzekeraar van de
{{gemeente Vlietstede}}, hierna: verzekeraar;

overwegende dat:
- benadeelde op 6 september 2025 letsel heeft opgelopen door een val van de klimtoren {{Torenspin XL}};
- de verzekeraar namens de gemeente aansprakelijkheid heeft erkend (brief van 12 november 2025);
- partijen de schade definitief willen regelen;

komen overeen:
1. De verzekeraar betaalt ter finale afwikkeling € 5.231 op de derdengeldrekening van
{{LetselRecht Noord Advocaten}}.
2. Benadeelde verleent de gemeente en de verzekeraar na ontvangst finale kwijting.
3. Indien binnen vijf jaar blijkt dat het letsel ernstiger is dan thans bekend ([[pols in groeischijf]]),
kan benadeelde de schade opnieuw aan de orde stellen (voorbehoud).
4. Partijen maken over de inhoud van deze overeenkomst geen mededelingen aan de pers.
\\f
5. Op deze overeenkomst is artikel {{7:900 BW}} van toepassing.

Aldus opgemaakt in tweevoud en ondertekend,

Benadeelde:                                     Verzekeraar:
[[D.A. Bakhuizen]]                              [[S. Oudejans]], gevolmachtigde
[[M.J. Bakhuizen-van Leeuwen]]
Datum: 24 november 2025                          Datum: 25 november 2025
""", engine="times", health=["pols in groeischijf"], producer="DocuSign PDF", creator="DocuSign",
    title="VSO HS-25-447120"))

A(Doc("pt31_woo_besluit", """
{{Gemeente Vlietstede}}

Aan de heer [[T. Ravelli]]
[[Zwanebloemstraat 11]]
[[8452 RT Vlietstede]]

Datum: 15 december 2025
Kenmerk: {{WOO-2025-0318}}
Onderwerp: besluit op uw Woo-verzoek over het ongeval in {{Het Klimbos}}

Geachte heer [[Ravelli]],

Op 3 november 2025 heeft u gevraagd om openbaarmaking van documenten over het ongeval met de klimtoren in
het {{Wilhelminapark}}. Wij hebben 33 documenten gevonden. Wij maken 6 documenten geheel en 27 documenten
gedeeltelijk openbaar. Een overzicht staat in de inventarislijst (bijlage 1).

# Zienswijzen
{{SpeelRijk Nederland B.V.}} en {{Hollandia Schade N.V.}} hebben een zienswijze gegeven. {{SpeelRijk}} vraagt
de prijsopgave voor de klemmen niet openbaar te maken; wij volgen dat op grond van artikel {{5.1 lid 1 sub c}}
{{Woo}}. De verzekeraar heeft geen bezwaar tegen openbaarmaking van het expertiserapport, mits persoonsgegevens
en medische gegevens worden weggelakt.
\\f
# Informatie die niet openbaar gemaakt kan worden
Wij maken geen namen, contactgegevens en handtekeningen openbaar van medewerkers die niet in de openbaarheid
treden, van het kind, de ouders, getuigen en medewerkers van bedrijven (artikel {{5.1 lid 2 sub e}} {{Woo}}).
Gegevens over de gezondheid van het kind lakken wij op grond van artikel {{5.1 lid 1 sub d}} {{Woo}}; het
burgerservicenummer op grond van artikel {{5.1 lid 1 sub e}} {{Woo}}.

# Motivering
Het belang van openbaarheid weegt niet op tegen de bescherming van de persoonlijke levenssfeer. De namen van
{{wethouder Stegeman}}, {{raadslid Demir}}, de burgemeester en de gemeentesecretaris blijven zichtbaar, omdat
zij in hun publieke functie optreden. Ook de naam van de woordvoerder blijft staan.

Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college.

Burgemeester en wethouders van Vlietstede,
namens dezen,

[[mr. drs. W.H. (Wilma) Terpstra-Çelik]]
teamleider {{Juridische Zaken}}
""", engine="ttf", producer="Aspose.PDF for .NET 23.4", creator="Zaaksysteem Vlietstede",
    author="[[Anouk de Graaf]]"))

A(Doc("pt32_inventarislijst", """
# Inventarislijst {{WOO-2025-0318}} - bijlage 1 bij het besluit van 15 december 2025
Nr | Document | Datum | Beoordeling | Grond
1 | Woo-verzoek | 03-11-2025 | deels openbaar | {{5.1.2e}}
2 | Ontvangstbevestiging | 05-11-2025 | deels openbaar | {{5.1.2e}}
3 | Brief ouders | 09-09-2025 | deels openbaar | 5.1.2e, {{5.1.1d}}
4 | E-mail intern ongeval | 08-09-2025 | deels openbaar | 5.1.2e
5 | Meldingsformulier {{MOR-03}} | 08-09-2025 | deels openbaar | 5.1.2e, 5.1.1d
6 | Incidentrapport {{IR-2025-061}} | 08-09-2025 | deels openbaar | 5.1.2e
7 | Brief grootvader (scan) | 12-09-2025 | deels openbaar | 5.1.2e
8 | Aansprakelijkstelling advocaat | 23-09-2025 | deels openbaar | 5.1.2e, 5.1.1d
9 | Ontvangstbevestiging aansprakelijkstelling | 30-09-2025 | deels openbaar | 5.1.2e
10 | E-mail verzekeraar | 14-10-2025 | deels openbaar | 5.1.2e
11 | Expertiserapport | 21-10-2025 | deels openbaar | 5.1.2e, 5.1.1d
12 | Brief {{SpeelRijk}} | 16-10-2025 | deels openbaar | 5.1.2e
13 | Inspectierapport {{KeurPlay Inspecties}} | 12-03-2025 | deels openbaar | 5.1.2e
14 | Logboek speeltoestellen (scan) | 2025 | deels openbaar | 5.1.2e
15 | Teams-chat | 08-09-2025 | deels openbaar | 5.1.2e
16 | WhatsApp-chat buitendienst | 06-09-2025 | deels openbaar | 5.1.2e
17 | Verslag overleg | 16-09-2025 | deels openbaar | 5.1.2e
18 | Factuur onderhoudsbedrijf | 26-05-2025 | deels openbaar | 5.1.2e
19 | Factuur inspecteur | 03-10-2025 | deels openbaar | 5.1.2e
20 | Raadsvragen | 15-09-2025 | openbaar | -
21 | Antwoorden college {{RV-2025-089}} | 07-10-2025 | openbaar | -
22 | Beslisnota {{BN-2025-377}} | 24-10-2025 | deels openbaar | 5.1.2e, 5.1.1d
23 | Concept persbericht | 09-09-2025 | deels openbaar | 5.1.2e
24 | Persbericht | 10-09-2025 | openbaar | -
25 | Juridisch advies | 29-09-2025 | deels openbaar | 5.1.2e
26 | Rooster inspecties | 01-10-2025 | deels openbaar | 5.1.2e
27 | E-mail leverancier | 31-10-2025 | deels openbaar | 5.1.2e
28 | Schadevoorstel verzekeraar | 12-11-2025 | deels openbaar | 5.1.2e
29 | Presentielijst schouw (scan) | 10-11-2025 | deels openbaar | 5.1.2e
30 | Vaststellingsovereenkomst | 24-11-2025 | deels openbaar | 5.1.2e, {{5.1.1e}}, 5.1.1d
31 | Besluit | 15-12-2025 | openbaar | -
32 | Inventarislijst | 15-12-2025 | openbaar | -
33 | E-mail bezoek wethouder | 16-09-2025 | deels openbaar | 5.1.2e
Behandelaar: [[ADG]] / tweede lezer: [[WTC]]
""", engine="helv", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

A(Doc("pt33_mail_bezoek_wethouder", """
Van: [[Hoogeveen, Marjolein]] <[[m.hoogeveen@vlietstede.nl]]>
Verzonden: dinsdag 16 september 2025 10:31
Aan: [[Jorritsma, Femke]]; [[Brinkman-Tol, Yvonne]]
CC: {{secretariaat.college@vlietstede.nl}}
Onderwerp: bezoek {{wethouder Stegeman}} aan familie - vrijdag 19 september

Dag [[Femke]] en [[Yvonne]],

{{Wethouder Stegeman}} gaat vrijdag om 16.00 uur op bezoek bij de familie [[Bakhuizen]], [[Kievitstraat 27]].
Ze wil vooraf een korte notitie: wat weten we over de melding, wat is er met de toren gebeurd, hoe gaat het
met [[Noor]] (volgens de moeder mag ze na de herfstvakantie weer gymmen). Ook de naam van de opa graag,
meneer [[W. van Leeuwen]], want die heeft een boze brief gestuurd.

{{Burgemeester Overdijk}} is geïnformeerd en gaat niet mee. Chauffeur: [[Arjen]] ([[06-43 22 81 90]]).
Graag de notitie donderdag vóór 12.00 uur in het {{bestuurlijk postvak}}.

Met vriendelijke groet,
[[Marjolein Hoogeveen]]
bestuurssecretaris {{wethouder Stegeman}} | [[(0521) 38 70 46]] | bereikbaar ma-do
""", engine="helv", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))
