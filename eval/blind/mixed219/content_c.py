"""Set WS, documents ws23-ws33: scans, objection, claim decision, AB questions, Woo decision and inventory."""
from lib import Doc

WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook 16.0"

DOCS = [
Doc("ws23_scan_presentielijst_bewonersavond", kind="scan", title="scan",
    meta={"Creator": "Canon iR-ADV C5535", "Producer": "Canon iR-ADV C5535 PDF"},
    body="""
# Presentielijst ((bewonersavond)) ((28 augustus 2026))
De Fransche School, ((Culemborg))

Naam, adres, telefoon
[[Henk van der Steeg]], [[Zandstraat 14]], [[06-29447108]]
[[Sjoukje de Boer]], [[Zandstraat 22]], [[06-11928374]]
[[Gerrit-Jan ter Haar]], [[Weidsteeg 3]], [[0345-514882]]
[[Mieke Verhoeven-Smits]], [[Kastanjelaan 9]], geen telefoon
[[Anneke Roodenburg]], [[Goilberdingerweg 58]], [[06-50773311]]
[[Jeroen Osinga]], [[Kastanjelaan 31]], bewonersvereniging

Aanwezig namens waterschap: dijkgraaf, [[M. Tiemens]], [[B. Hofstee]]
"""),

Doc("ws24_scan_logboek_gemaal", kind="scan", title="scan",
    meta={"Creator": "HP ScanJet Pro 3600 f1", "Producer": "HP Scan"},
    body="""
# Logboek gemaal De Hoge Boezem
Bezoeken augustus 2026

02-08 controle krooshek, alles in orde - [[Schimmel]]
09-08 ventilator schakelkast maakt herrie, doorgegeven aan [[Kloosterboer]]
14-08 21.35 storing ((pomp 2)), monteur ((Van Gelder)) ([[Oosthoek]]) ter plaatse
15-08 02.10 ((pomp 2)) weer in bedrijf, [[Mohamed]] neemt over
17-08 bezoek [[Kramer]] (Van Gelder) en [[Kloosterboer]], foto's gemaakt
20-08 tijdelijke ventilator nog in werking - [[L. ter Braak]]
"""),

Doc("ws25_bezwaar_ter_haar", kind="rl", title="Bezwaarschrift",
    meta={"Creator": "Microsoft Word 2016", "Producer": "Microsoft Word 2016", "Author": "GJ ter Haar"},
    hidden=[("metadata", "GJ ter Haar", ["GJ ter Haar"])],
    body="""
[[G.J. ter Haar]]
[[Weidsteeg 3]]
[[4102 AE]] ((Culemborg))
[[gj.terhaar@hetnet.nl]] / [[0345-514882]]

Aan het ((dagelijks bestuur)) van ((Waterschap Lingestroom))
((Postbus 1160)), ((4100 BD Culemborg))

((Culemborg)), ((22 september 2026))
Betreft: bezwaar tegen uw besluit van ((15 september 2026)), kenmerk ((WLS-SCH-2026-0429))

Geacht bestuur,

Hierbij maak ik bezwaar tegen uw besluit waarin u mijn verzoek om ((nadeelcompensatie)) grotendeels afwijst.
U stelt dat de schade aan mijn kelder al bestond vóór ((14 augustus)). Dat is onjuist. Op de foto's die ik
heb gestuurd (foto 2 en 3) is duidelijk te zien dat de vochtplekken vers zijn; op foto 4 staat mijn
buurman, de heer [[Van Schaik]], met de waterstand op een meetlat.

De expert van Lindeboom, mevrouw [[Steenbergen]], heeft bij de opname zelf gezegd dat de schade 'zeer
waarschijnlijk' door het water kwam. Ik verzoek u het besluit te herroepen en mij te horen.

Mijn geboortedatum ([[03-07-1949]]) en BSN ([[182736459]]) vermeld ik omdat uw formulier daarom vraagt.

Hoogachtend,

[[Gerrit-Jan ter Haar]]
"""),

Doc("ws26_besluit_claim_0429", kind="rl", title="Besluit op aanvraag nadeelcompensatie",
    meta={"Creator": "Corsa 8.2 Sjabloon", "Producer": "GdPicture.NET 14"},
    body="""
# ((Waterschap Lingestroom))
Aan de heer [[G.J. ter Haar]]
[[Weidsteeg 3]]
[[4102 AE]] ((Culemborg))

Datum: ((15 september 2026))
Kenmerk: ((WLS-SCH-2026-0429))
Onderwerp: besluit op uw aanvraag om ((nadeelcompensatie))

Geachte heer [[Ter Haar]],

Op ((18 augustus 2026)) ontving het waterschap uw aanvraag om vergoeding van schade na de wateroverlast van
((14 augustus)). Na het rapport van ((Expertisebureau Lindeboom & Partners)) (((LP-26-08840))) besluiten wij:
- een vergoeding toe te kennen van ((EUR 1.140,00)) voor de inboedel in de kelder;
- de post vochtschade muren (EUR 3.900,00) af te wijzen, omdat deze schade volgens de expert al vóór
  ((14 augustus)) aanwezig was (zie foto 6 van het rapport).

Het bedrag wordt binnen 14 dagen overgemaakt op rekening [[NL02 SNSB 0944 1182 06]].

Bezwaar: binnen zes weken na verzending, gericht aan het ((dagelijks bestuur)) (((Algemene wet bestuursrecht))).

Met vriendelijke groet,
namens het ((dagelijks bestuur)),

[[drs. H.G. Veldhuizen]]
((teamleider Schadeafhandeling))

Behandelaar: [[Marloes Tiemens]], [[m.tiemens@lingestroom.nl]]
"""),

Doc("ws27_mail_expertise_waterschap", kind="rl", title="FW: rapporten cluster Parijsch",
    meta={"Creator": OUTLOOK, "Producer": "PDFpen 13.1 / macOS", "Author": "Marloes Tiemens"},
    body="""
Van: [[Koen Vermeulen-Dros]] <[[k.vermeulen@lindeboom-expertise.nl]]>
Verzonden: vrijdag ((4 september 2026)) 17:22
Aan: [[Tiemens, Marloes]] <[[m.tiemens@lingestroom.nl]]>
CC: [[Steenbergen, Yara]] <[[y.steenbergen@lindeboom-expertise.nl]]>; ((planning@lindeboom-expertise.nl))
Onderwerp: rapporten cluster Parijsch (12 dossiers)

Beste [[Marloes]],

Bijgaand de laatste vijf rapporten. Twee opmerkingen:
- dossier 0429 ([[Ter Haar]]): de vochtplekken aan de muren zijn oud; de inboedel is wel nieuw beschadigd;
- dossier 0444 ([[Mieke Verhoeven]]): bewoner heeft psychische klachten door de overlast en vroeg of
  het waterschap dat meeneemt. Dat valt buiten onze opdracht; ik heb haar verwezen naar de huisarts.

Onze declaratie volgt via ((facturatie@lindeboom-expertise.nl)). Ik ben volgende week met verlof;
[[Yara]] ([[06-2931 5570]]) is aanspreekpunt.

Met vriendelijke groet,
[[Koen]]

> Van: [[Tiemens, Marloes]]
> Verzonden: donderdag ((3 september 2026)) 10:05
> Aan: [[Koen Vermeulen-Dros]]
> Onderwerp: rapporten cluster Parijsch
>
> Hoi [[Koen]], hoe staat het met de laatste rapporten? Het ((DB)) wil voor 15 september besluiten.
> De verzekeraar van ((Van Gelder)) vraagt ook om kopieën. Groet, [[Marloes]] ([[0345 63 17 90]])
"""),

Doc("ws28_vragen_ab_fractie", kind="docx", title="Vragen algemeen bestuur en antwoorden DB",
    meta={"Creator": WORD, "Author": "Griffie"},
    body="""
# Schriftelijke vragen ex ((artikel 55 Reglement van orde AB))
Van: ((AB-lid Verhagen)) (((Water Natuurlijk)))
Datum: ((7 september 2026))
Onderwerp: uitval ((gemaal De Hoge Boezem))

1. Klopt het dat de ventilator van de schakelkast al sinds maart defect was en dat dit niet is gemeld?
2. Hoeveel vergelijkbare storingen waren er in 2025 en 2026 bij gemalen onder het onderhoudscontract?
3. Is het ((dagelijks bestuur)) bereid de bewoners volledig schadeloos te stellen?

# Antwoorden van het ((dagelijks bestuur)) (22 september 2026)
1. Ja. Bij de inspectie van 12 maart 2026 (((IR-GHB-2026-03))) is een afwijkend geluid geconstateerd. Het
   advies om de ventilator te vervangen is niet opgevolgd. Dat is een gedeelde verantwoordelijkheid van het
   waterschap en de aannemer.
2. Drie storingen, alle drie bij ((gemaal De Hoge Boezem)).
3. Het ((dagelijks bestuur)) heeft een ((voorschotregeling)) ingesteld en stelt de aannemer ((aansprakelijk)).

Namens het ((dagelijks bestuur)),
((hoogheemraad Van Rijswijk))

Ambtelijk voorbereid door [[B. Hofstee]] en [[R. Kloosterboer]]; griffier [[Nadia Bakkali]] ([[n.bakkali@lingestroom.nl]]).
"""),

Doc("ws29_woo_besluit", kind="rl", title="Besluit op Woo-verzoek WOO-2026-031",
    meta={"Creator": WORD, "Producer": "Adobe PDF Library 23.8.75", "Author": "E. van Wijngaarden"},
    hidden=[("metadata", "E. van Wijngaarden", ["E. van Wijngaarden"]), ("outline", "EvW", ["EvW"])],
    outline=[("Besluit", 0), ("Motivering (concept EvW/BH)", 0), ("Inventarislijst", 1)],
    body="""
# Besluit op uw Woo-verzoek
((Waterschap Lingestroom))
Aan: ((Bewonersvereniging De Parijsch)), t.a.v. de heer [[J. Osinga]], [[Kastanjelaan 31]], ((Culemborg))
Datum: ((14 oktober 2026))
Kenmerk: ((WOO-2026-031))

Geachte heer [[Osinga]],

Op ((2 september 2026)) heeft u namens de bewonersvereniging verzocht om openbaarmaking van documenten over de
wateroverlast van ((14 augustus)) 2026. Op 29 september hebben wij de beslistermijn met twee weken verlengd.

# Besluit
Wij maken 33 documenten geheel of gedeeltelijk openbaar. De documenten staan op de inventarislijst.

# Informatie die niet openbaar gemaakt kan worden
In de documenten staan namen, adressen, telefoonnummers, e-mailadressen, bankrekeningnummers en
handtekeningen van bewoners, medewerkers van het waterschap, de aannemer en het ((expertisebureau)).

# Motivering
Deze persoonsgegevens maken wij niet openbaar op grond van ((artikel 5.1 lid 2 sub e Woo)) (eerbiediging van
de persoonlijke levenssfeer). Gegevens over de gezondheid van bewoners vallen onder
((artikel 5.1 lid 1 sub d Woo)). Het burgerservicenummer in een bezwaarschrift lakken wij op grond van ((artikel 5.1 lid 1 sub e Woo)).
De namen van de ((dijkgraaf)) en de ((hoogheemraden)) maken wij wel openbaar, omdat zij als bestuurder in
het openbaar optreden.
<PB>
De technische gegevens over het gemaal, het storingsrapport en het ((onderhoudscontract OC-2024-17)) maken
wij volledig openbaar; ((Pompentechniek Van Gelder B.V.)) heeft in haar zienswijze van 6 oktober geen
bedrijfsgegevens aangewezen die vertrouwelijk zijn.

De documenten staan op ((open.overheid.nl)) en op ((www.lingestroom.nl/woo)).

Met vriendelijke groet,
namens het ((dagelijks bestuur)) van ((Waterschap Lingestroom)),

[[mr. E.C. van Wijngaarden-Kok]]
jurist informatiebeheer

Bezwaar: binnen zes weken na de dag van verzending bij het ((dagelijks bestuur)).
"""),

Doc("ws30_inventarislijst", kind="rl", title="Inventarislijst WOO-2026-031",
    meta={"Creator": "Microsoft® Excel® 2019", "Producer": "Microsoft® Excel® 2019"},
    body="""
# Inventarislijst ((WOO-2026-031))
Nr | Document | Datum | Beoordeling | Grond
1 | Woo-verzoek | 02-09-2026 | ((deels openbaar)) | ((5.1.2e))
3 | Schadeformulier [[Van der Steeg]] | 16-08-2026 | ((deels openbaar)) | ((5.1.2e))
4 | Claim [[El Khatib-Bouzid]] | 19-08-2026 | ((deels openbaar)) | ((5.1.2e)), ((5.1.1d))
5 | Brief [['t Hart]] (scan) | 17-08-2026 | ((deels openbaar)) | ((5.1.2e))
8 | Mail [[Kramer]] - [[Kloosterboer]] | 18-08-2026 | ((deels openbaar)) | ((5.1.2e))
10 | Storingsrapport ((SR-2026-0814)) | 15-08-2026 | ((deels openbaar)) | ((5.1.2e))
11 | WhatsApp piketgroep | 14-08-2026 | ((deels openbaar)) | ((5.1.2e))
14 | Brief ((dijkgraaf)) aan ((gedeputeerde Bruins)) | 03-09-2026 | ((deels openbaar)) | ((5.1.2e))
17 | Beslisnota ((DB-2026-0194)) | 27-08-2026 | ((deels openbaar)) | ((5.1.2e))
21 | Persbericht | 21-08-2026 | ((openbaar)) |
25 | Bezwaar [[G.J. ter Haar]] | 22-09-2026 | ((deels openbaar)) | ((5.1.2e)), ((5.1.1e))
29 | Woo-besluit | 14-10-2026 | ((openbaar)) |

Toelichting: nrs. 2, 6, 7, 9, 12, 13, 15, 16, 18-20, 22-24, 26-28 en 30-33 zijn deels openbaar op grond van ((5.1.2e)).
Opgesteld door [[EvW]], gecontroleerd door [[AB]].
"""),

Doc("ws31_overzicht_claims", kind="ttf", font="DejaVu", title="Overzicht schadeclaims De Parijsch",
    meta={"Creator": "Microsoft® Excel® voor Microsoft 365", "Producer": "Microsoft® Excel® voor Microsoft 365",
          "Author": "Anouk Brinkman"},
    hidden=[("metadata", "Anouk Brinkman", ["Anouk Brinkman"])],
    body="""
# Overzicht schadeclaims ((wolkbreuk)) 14-08-2026 (stand 10-09)
((team Schadeafhandeling)) - ((Waterschap Lingestroom)) - vertrouwelijk

Dossier | Naam | Adres | Geclaimd | Status
0412 | [[H. van der Steeg]] | [[Zandstraat 14]] | 6.359 | expertise gereed
0415 | [[S. de Boer]] | [[Zandstraat 22]] | 2.140 | voorschot betaald
0419 | [[F. Lemaître]] | [[Zandstraat 25]] | 880 | afgehandeld
0429 | [[G.J. ter Haar]] | [[Weidsteeg 3]] | 5.040 | besluit 15-9
0437 | [[Y. El Khatib-Bouzid]] | [[Weidsteeg 7]] | 6.840 | voorschot betaald
0441 | [[A. Roodenburg]] | [[Goilberdingerweg 58]] | 1.210 | in behandeling
0444 | [[M. Verhoeven-Smits]] | [[Kastanjelaan 9]] | 3.375 | expertise gereed
0451 | [[P. 't Hart]] | [[Goilberdingerweg 62]] | 4.400 | opname gepland
<PB>
Dossier | Naam | Adres | Geclaimd | Status
0453 | [[J.P.M. Wouters]] | [[Kastanjelaan 17]] | 950 | in behandeling
0458 | [[Ş. Korkmaz]] | [[Parijsch Zuidzijde 4]] | 2.790 | in behandeling
0460 | [[D. Nguyễn]] | [[Weidsteeg 11]] | 640 | afgewezen
0462 | [[K. van 't Veer]] | [[Zandstraat 30]] | 1.980 | in behandeling

Uitbetalingen voorschot:
0415 | [[NL65 TRIO 0212 3344 56]] | ((EUR 1.500))
0437 | [[NL71 INGB 0007 3365 12]] | ((EUR 1.500))

Totaal geclaimd (37 dossiers, deels hierboven): ((EUR 118.420)). Begrotingspost ((6.3.210 Nadeelcompensatie)).
Vragen: ((schade@lingestroom.nl)).
"""),

Doc("ws32_juridische_notitie", kind="rl", title="Notitie aansprakelijkheid aannemer",
    meta={"Creator": WORD, "Producer": "Microsoft® Word voor Microsoft 365", "xmp_creator": "Esmee Kok"},
    hidden=[("metadata", "Esmee Kok", ["Esmee Kok"])],
    body="""
# Notitie - vertrouwelijk
Aan: [[H.G. Veldhuizen]], [[R. Kloosterboer]]
Van: [[mr. E.C. van Wijngaarden-Kok]], ((Juridische Zaken))
Datum: ((8 september 2026))
Onderwerp: aansprakelijkheid ((Pompentechniek Van Gelder B.V.))

1. Het ((onderhoudscontract OC-2024-17)) (artikel 9) verplicht de aannemer gebreken die bij inspectie
   worden vastgesteld binnen 10 werkdagen schriftelijk te melden. Het inspectierapport ((IR-GHB-2026-03))
   noemt de ventilator ('LET OP'), maar een offerte is nooit verstuurd.
2. Tegelijk blijkt uit het logboek dat onze eigen medewerker het geluid op 9 augustus heeft doorgegeven.
   Dat maakt een beroep op ((eigen schuld)) (((artikel 6:101 BW))) door de aannemer waarschijnlijk.
3. Advies: ((aansprakelijk)) stellen voor 50 procent van de schade, en intern de alarmering in ((SCADA))
   aanpassen. Verzekeraar aannemer: ((Nationale-Nederlanden)), schadenummer ((NN-AVB-26-448120)).

Contact bij de verzekeraar: de heer [[S. Halbersma]], [[058 - 233 41 07]], [[s.halbersma@nn-schade.nl]].
Intern overleg met ((hoogheemraad Van Rijswijk)) gepland op 10 september.

[[EvW]]
"""),

Doc("ws33_mail_bewonersvereniging_termijn", kind="rl", title="RE: termijn Woo-verzoek",
    meta={"Creator": OUTLOOK, "Producer": "Microsoft: Print To PDF"},
    body="""
Van: Woo-coördinator Lingestroom <((woo@lingestroom.nl))>
Verzonden: dinsdag ((29 september 2026)) 14:30
Aan: [[jeroen.osinga@kpnmail.nl]]
CC: [[Brouwer-Lammers, W.]] <[[wilma.brouwer@gmail.com]]>; [[Wijngaarden, Esther van]] <[[e.vanwijngaarden@lingestroom.nl]]>
Onderwerp: RE: termijn Woo-verzoek ((WOO-2026-031))

Geachte heer [[Osinga]],

Wij verlengen de beslistermijn met twee weken (((artikel 4.4 lid 2 Woo))), omdat wij
((Pompentechniek Van Gelder B.V.)) en het ((expertisebureau)) om een zienswijze hebben gevraagd. U ontvangt uiterlijk
((14 oktober 2026)) een besluit.

Met vriendelijke groet,
Woo-coördinator ((Waterschap Lingestroom))

-----Oorspronkelijk bericht-----
Van: [[Jeroen Osinga]] <[[jeroen.osinga@kpnmail.nl]]>
Verzonden: maandag ((28 september 2026)) 21:12
Aan: ((woo@lingestroom.nl))
Onderwerp: termijn Woo-verzoek

Beste mevrouw [[Van Wijngaarden]],

De vier weken zijn bijna om. Onze leden, onder wie [[Sjoukje de Boer]] en de familie [[Korkmaz]], willen
weten waar zij aan toe zijn. Kunt u mij bellen? [[06-41 87 22 90]] (na 18.00 uur [[0345 52 08 61]]).

Vriendelijke groet,
[[Jeroen Osinga]]
secretaris ((Bewonersvereniging De Parijsch))
"""),
]
