from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("es01_woo_verzoek", r"""
# Verzoek op grond van de Wet open overheid
[[D.J. Ploeg]]
[[Kerkstraat 14]]
[[4001 AB]] Tiel
E-mail: [[daan.ploeg@ziggo.nl]] | tel. [[06-41 27 93 05]]

Aan: {{Ministerie van Onderwijs, Cultuur en Wetenschap}}, t.a.v. de Woo-coördinator, postbus 16375, 2500 BJ {{Den Haag}}
Per e-mail aan {{woo@minocw.nl}}

{{Tiel}}, 3 maart 2026

Geachte heer, mevrouw,

Hierbij verzoek ik, met een beroep op de {{Wet open overheid}} ({{Woo}}), om openbaarmaking van alle documenten over de {{Subsidieregeling Energiebesparing Schoolgebouwen}} ({{SES}}) voor de aanvraagronde 2025, die door {{RVO}} namens de minister wordt uitgevoerd. Het gaat mij in het bijzonder om:
1. de aanvragen van schoolbesturen in de regio {{Rivierenland}} en de beoordeling daarvan;
2. de notulen van de {{beoordelingscommissie SES}};
3. de correspondentie tussen beleidsmedewerkers van {{OCW}} en medewerkers van {{RVO}} over de puntentelling;
4. het rapport van de {{Auditdienst Rijk}} over de regeling;
5. stukken over de klacht van de directeur van {{OBS De Regenboog}} in {{Tiel}}.

Ik schrijf als ouder van een leerling en als lid van de medezeggenschapsraad. Ik ontvang de stukken graag digitaal.

Met vriendelijke groet,

[[Daan Ploeg]]
""", producer="std", title="Woo-verzoek SES", pdf_producer="Microsoft® Word voor Microsoft 365", pdf_creator=W))

DOCS.append(Doc("es02_ontvangstbevestiging", r"""
# Ontvangstbevestiging Woo-verzoek
{{Ministerie van Onderwijs, Cultuur en Wetenschap}}
{{Directie Huisvesting en Duurzaamheid Onderwijs}}
{{Rijnstraat 50}}, {{Den Haag}}

[[De heer D.J. Ploeg]]
[[Kerkstraat 14]]
[[4001 AB]] Tiel

Datum: 10 maart 2026
Ons kenmerk: {{WOO-OCW-2026-0387}}
Contactpersoon: [[mr. S.E. (Sanne) Kartosen-Pinas]]
T [[070 412 38 81]]
E [[sanne.kartosen@minocw.nl]]

Geachte heer [[Ploeg]],

Op 3 maart 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen over de {{Subsidieregeling Energiebesparing Schoolgebouwen}}. U ontvangt binnen vier weken een besluit. Deze termijn kan met twee weken worden verdaagd. Omdat uw verzoek ook documenten van {{Rijksdienst voor Ondernemend Nederland}} betreft, stemmen wij de beoordeling af met de Woo-contactpersoon van {{RVO}}.

Mogelijk moeten wij derden, zoals schoolbesturen, in de gelegenheid stellen hun zienswijze te geven. Heeft u vragen, dan kunt u bellen met het algemene nummer {{1400}} of mailen naar {{woo@minocw.nl}} onder vermelding van het kenmerk.

Hoogachtend,
De minister van Onderwijs, Cultuur en Wetenschap,
namens dezen,

[[Willemijn Oudshoorn]]
Teamleider {{Informatieverzoeken}}
""", producer="ttf", title="Ontvangstbevestiging", pdf_producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", pdf_creator="DigiDoc Woo"))

DOCS.append(Doc("es03_aanvraag_soor", r"""
# Aanvraag subsidie SES 2025
Aanvrager: {{Stichting Openbaar Onderwijs Rivierenland}} ({{SOOR}})
Adres: {{Stationsweg 21}}, {{Culemborg}}
KvK-nummer stichting: {{41059382}}
Dossiernummer: {{SES-2025-0142}}

## Contactgegevens
|Rol|Naam|Telefoon|E-mail|
|Bestuurder|[[Gerrit-Jan Kuipers]]|[[0345-517 204]]|[[gj.kuipers@soor.nl]]|
|Controller|[[Esra Yıldırım]]|[[06 2871 4490]]|[[e.yildirim@soor.nl]]|
|Adviseur huisvesting|[[Marco van 't Veer]]|[[+31 (0)6 5108 3372]]|[[marco@vtveer.nl]]|
|Algemeen|Bestuursbureau|{{0345 517 200}}|{{info@soor.nl}}|

## Projectomschrijving
De stichting vraagt subsidie aan voor de verduurzaming van drie scholen: {{OBS De Regenboog}} ({{Tiel}}), {{Prins Clausschool}} ({{Geldermalsen}}) en {{Koningin Julianaschool}} ({{Culemborg}}). Maatregelen: isolatie van dak en gevels, vervanging van de cv-ketels door een {{warmtepomp}} met {{WTW-units}}, en {{LED-verlichting}} met aanwezigheidsdetectie. De verwachte besparing is 41 procent op het gasverbruik.

Totale projectkosten: EUR 1.284.000. Gevraagde subsidie (30 procent): EUR 385.200. De cofinanciering komt uit de meerjarenbegroting en een bijdrage van de gemeente {{West Betuwe}} op grond van het {{Integraal Huisvestingsplan}}.

<PAGE>
## Onderbouwing energiebesparing
De energiescan is uitgevoerd door [[ir. M.A. van 't Veer]] op 14 oktober 2025 volgens de {{NTA 8800}}. Het {{Energielabel}} van {{OBS De Regenboog}} gaat van G naar B. De {{Frisse Scholen}} klasse B wordt gehaald voor ventilatie en temperatuur.

## Verklaring
Ondergetekende verklaart dat de gegevens naar waarheid zijn ingevuld en dat geen andere rijkssubsidie is ontvangen voor dezelfde maatregelen ({{de-minimisverklaring}} bijgevoegd).

Plaats en datum: {{Culemborg}}, 28 oktober 2025
Naam: [[G.J. Kuipers]]
Functie: voorzitter college van bestuur
""", producer="docx", title="Aanvraag SES SOOR", author="[[Esra Yıldırım]]",
 pdf_producer=None, pdf_creator=None))

DOCS.append(Doc("es04_aanvraagformulier", r"""
# Aanvraagformulier Subsidieregeling Energiebesparing Schoolgebouwen
{{Rijksdienst voor Ondernemend Nederland}} - in opdracht van het {{Ministerie van OCW}}
Formuliercode {{SES-AF-2025}}. Vul alle velden in en onderteken met {{eHerkenning}}.

## Gegevens aanvrager
<FIELD Naam bevoegd gezag|bevoegd_gezag|Stichting Katholiek Onderwijs Peelland>
<FIELD Dossiernummer|dossier|SES-2025-0207>
<FIELD Naam contactpersoon|contact_naam|[[Mirjam Houtkamp-de Wilde]]>
<FIELD Telefoon contactpersoon|contact_tel|[[0492 38 71 16]]>
<FIELD E-mail contactpersoon|contact_mail|[[m.houtkamp@skopeelland.nl]]>
<FIELD Naam gemachtigde adviseur|adviseur|[[Ruben Schoenmakers]]>
<FIELD Mobiel adviseur|adviseur_tel|[[06-19 55 80 42]]>

## Project
<FIELD School|school|Basisschool De Vlonder, Helmond>
<FIELD Maatregel|maatregel|Warmtepomp en dakisolatie>
<FIELD Gevraagd bedrag (EUR)|bedrag|212.400>

Het ingevulde formulier wordt opgeslagen in het zaaksysteem van {{RVO}}. Vragen over dit formulier: {{088 042 42 42}} (werkdagen 8.30-17.00 uur). Meer informatie: {{www.rvo.nl/ses}}.
Op de verwerking van persoonsgegevens is de {{Algemene verordening gegevensbescherming}} van toepassing.
""", producer="std", title="Aanvraagformulier SES", pdf_producer="Adobe LiveCycle Designer 11.0", pdf_creator="Adobe LiveCycle Designer 11.0"))

DOCS.append(Doc("es05_aanvraag_vallei", r"""
# Vereniging voor Christelijk Voortgezet Onderwijs De Vallei
{{Het Streek}} - {{Ede}}

Aan: {{Rijksdienst voor Ondernemend Nederland}}, afdeling Subsidies Onderwijs
Betreft: aanvullende informatie aanvraag {{SES-2025-0311}}
Datum: 6 november 2025

Geachte heer [[Oudejans]],

Naar aanleiding van uw telefoongesprek met onze penningmeester, mevrouw [[J.C. Brouwer-Ligthart]], op 30 oktober jl. sturen wij u de gevraagde aanvullende stukken voor het {{Hendrik Lorentz Lyceum}} aan de {{Lorentzlaan}} in {{Ede}}. Let op: de naam van het gebouw verwijst naar de natuurkundige; het is geen contactpersoon.

Bijgevoegd zijn het maatwerkadvies van {{Gelders Energieloket}}, de offerte van {{Installatiebedrijf Van Wijk B.V.}} en het besluit van de raad van toezicht. De offerte voor de {{zonnepanelen}} (186 panelen, 78 kWp) valt buiten de regeling en is alleen ter informatie meegestuurd.

Voor inhoudelijke vragen kunt u terecht bij onze facilitair manager, de heer [[Tjeerd Hoekstra]] ([[t.hoekstra@cvo-devallei.nl]], [[0318 64 29 51]] toestel [[237]]). Mevrouw [[Brouwer]] is tot 1 december afwezig.

Met vriendelijke groet,
namens het bestuur,

[[drs. H.W. (Hendrik) van Doorn]]
voorzitter

Kopie: {{Stichting Leergeld Ede}} (ter kennisname); mevrouw [[J.C. Brouwer-Ligthart]], [[jc.brouwer@cvo-devallei.nl]]
""", producer="std", title="Aanvullende informatie SES-2025-0311", pdf_producer="Microsoft® Word 2019", pdf_creator="Microsoft® Word 2019"))

DOCS.append(Doc("es06_notulen_commissie", r"""
# Verslag vergadering beoordelingscommissie SES
Datum: 20 november 2025, 10.00-15.30 uur
Locatie: {{RVO}}, {{Prinses Beatrixlaan 2}}, {{Den Haag}}, zaal {{Zuiderzee}}
Kenmerk: {{BC-SES-2025-04}}

## Aanwezig
|Naam|Rol|Organisatie|Paraaf|
|[[Henk Wolters]]|voorzitter|extern lid|[[HW]]|
|[[dr. A.M. Brinkman]]|lid (bouwfysica)|extern lid|[[AMB]]|
|[[ir. Youssef Bouzid]]|lid (installaties)|extern lid|[[YB]]|
|[[Lotte van Dijk]]|secretaris|{{RVO}}|[[LvD]]|
|[[Pieter-Jan ter Horst]]|toehoorder|{{OCW}}, {{directie HDO}}|[[PJtH]]|
Afwezig met bericht: [[mevr. C. Nieuwenhuys-Bakx]]

## 1. Opening en mededelingen
De voorzitter opent de vergadering. [[Van Dijk]] meldt dat 64 aanvragen zijn ontvangen met een totaal gevraagd bedrag van EUR 18,7 miljoen, terwijl het {{subsidieplafond}} EUR 12 miljoen is. Rangschikking op basis van de punten uit artikel 9 van de {{Regeling SES}} is dus nodig.

## 2. Beoordeling aanvragen regio Oost en Zuid
[[Brinkman]] licht de scores toe. Bij {{SES-2025-0207}} (Helmond) twijfelt zij aan de berekende besparing; de {{EPA-maatwerkadviseur}} rekent met een verkeerd referentiejaar. [[Bouzid]] deelt die twijfel niet: de afwijking valt binnen de marge van de {{NTA 8800}}. De commissie besluit 14 punten toe te kennen.

Bij {{SES-2025-0142}} ({{SOOR}}) merkt [[Wolters]] op dat de kosten voor de {{warmtepomp}} hoog zijn in vergelijking met de {{kostenkengetallen}} van {{Stimular}}. De commissie vraagt RVO om een nadere onderbouwing.

<PAGE>
## 3. Inbreng OCW
[[Ter Horst]] geeft aan dat de minister in het {{Commissiedebat Onderwijshuisvesting}} heeft toegezegd dat scholen met een laag energielabel voorrang krijgen. De voorzitter wijst erop dat de commissie alleen het puntensysteem van de regeling toepast; een beleidswens is geen toetsingscriterium. [[Pieter-Jan]] neemt dit mee terug.

## 4. Belangenverstrengeling
[[Youssef Bouzid]] meldt dat zijn voormalige werkgever, {{Installatiebedrijf Van Wijk B.V.}}, een offerte heeft uitgebracht voor {{SES-2025-0311}}. Hij neemt niet deel aan de beoordeling van die aanvraag.

## 5. Actielijst
|Nr|Actie|Wie|Gereed|
|1|Nadere onderbouwing kosten SES-2025-0142 opvragen|[[LvD]]|4 dec|
|2|Beleidsvraag voorrang label G terugkoppelen aan directie|[[PJtH]]|1 dec|
|3|Herberekening SES-2025-0207 controleren|[[AMB]] / [[YB]]|4 dec|
|4|Verslag vaststellen per e-mail|[[HW]]|27 nov|

Volgende vergadering: 11 december 2025. Verslag: [[L. van Dijk]], secretaris.
""", producer="ttf", title="Verslag BC SES 20-11-2025", pdf_producer="Microsoft® Word voor Microsoft 365", pdf_creator=W))

DOCS.append(Doc("es07_scoretabel", r"""
# Scoretabel beoordeling SES 2025 - regio Midden
Vertrouwelijk - alleen voor de {{beoordelingscommissie SES}}. Versie 3, 2 december 2025.

|Dossier|School|Plaats|Punten|Beoordelaar|
|{{SES-2025-0142}}|{{OBS De Regenboog}} e.a.|{{Tiel}}|31|[[B-07 (AMB)]]|
|{{SES-2025-0158}}|{{De Wegwijzer}}|{{Zaltbommel}}|27|[[B-03 (YB)]]|
|{{SES-2025-0163}}|{{Christelijk Lyceum Veenendaal}}|{{Veenendaal}}|22|[[B-07 (AMB)]]|
|{{SES-2025-0190}}|{{Anne Frankschool}}|{{Nieuwegein}}|35|[[B-11 (HW)]]|
|{{SES-2025-0311}}|{{Hendrik Lorentz Lyceum}}|{{Ede}}|29|[[B-11 (HW)]]|

Punten volgens artikel 9 {{Regeling SES}}: energiebesparing (max 20), kosteneffectiviteit (max 10), energielabel (max 5), binnenklimaat (max 5).

## Paraaf beoordelaars
|Naam|Functie|Paraaf|Datum|
|[[A.M. Brinkman]]|commissielid|[[AMB]]|2-12-2025|
|[[Y. Bouzid]]|commissielid|[[YB]]|2-12-2025|
|[[H. Wolters]]|voorzitter|[[HW]]|3-12-2025|
|[[L. van Dijk]]|secretaris {{RVO}}|[[LvD]]|3-12-2025|

Opmerking secretaris: bij de {{Anne Frankschool}} is de score gebaseerd op een {{maatwerkadvies}} van 2024. Voor vragen: [[lotte.vandijk@rvo.nl]].
""", producer="std", title="Scoretabel SES regio Midden", pdf_producer="Microsoft® Excel® voor Microsoft 365", pdf_creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("es08_mails_ocw_rvo", r"""
Van: [[Oudejans, Ruud]] <[[r.oudejans@rvo.nl]]>
Verzonden: donderdag 4 december 2025 16:12
Aan: [[Zanden, Marieke van der]] <[[marieke.vander.zanden@minocw.nl]]>
CC: [[Dijk, Lotte van]] <[[lotte.vandijk@rvo.nl]]>; [[Horst, Pieter-Jan ter]] <[[pj.terhorst@minocw.nl]]>; {{SES-team}} <{{ses@rvo.nl}}>
Onderwerp: RE: voorrang label G in rangschikking SES

Hoi [[Marieke]],

Juridisch kunnen wij de rangschikking niet aanpassen zonder wijziging van de {{Regeling SES}}. Artikel 9 is limitatief. Als de minister voorrang wil voor scholen met label G, dan moet dat via een wijzigingsregeling in de {{Staatscourant}}, en dat lukt niet meer voor deze ronde. Ons advies: het punt meenemen in de evaluatie en in de beantwoording van de {{Kamervragen}}.

Groet,
[[Ruud]]

[[Ruud Oudejans]] | Senior adviseur subsidies | {{Rijksdienst voor Ondernemend Nederland}}
{{Prinses Beatrixlaan 2}} | {{Den Haag}} | M [[06 - 52 31 07 88]]

-----Oorspronkelijk bericht-----
Van: [[Zanden, Marieke van der]] <[[marieke.vander.zanden@minocw.nl]]>
Verzonden: woensdag 3 december 2025 09:47
Aan: [[Oudejans, Ruud]] <[[r.oudejans@rvo.nl]]>
CC: [[Horst, Pieter-Jan ter]] <[[pj.terhorst@minocw.nl]]>
Onderwerp: voorrang label G in rangschikking SES

Beste [[Ruud]],

[[Pieter-Jan]] kwam gisteren terug van de commissievergadering. Daar werd gezegd dat de toezegging van de minister (voorrang voor label G) niet in het puntensysteem zit. Kunnen jullie nagaan of het mogelijk is om bij gelijke punten de school met het laagste label eerst te honoreren? Het {{Kabinet}} heeft dit ook in de {{Klimaat- en Energienota}} zo opgeschreven.

<PAGE>
Ik wil dit voor 12 december in een nota aan de minister hebben, zodat zij het kan meenemen in het {{Commissiedebat Onderwijshuisvesting}}.

Dank!

Met vriendelijke groet,

[[Marieke van der Zanden]]
Senior beleidsmedewerker
{{Directie Huisvesting en Duurzaamheid Onderwijs}} | {{Ministerie van Onderwijs, Cultuur en Wetenschap}}
T [[070 412 55 07]] | M [[+31 6 2478 1190]]
Werkdagen: ma, di, do

-----Oorspronkelijk bericht-----
Van: [[Dijk, Lotte van]] <[[lotte.vandijk@rvo.nl]]>
Verzonden: dinsdag 2 december 2025 17:30
Aan: [[Oudejans, Ruud]] <[[r.oudejans@rvo.nl]]>
Onderwerp: FW: actielijst BC

[[Ruud]], ter info de actielijst van de commissie. Actie 2 ligt bij OCW ([[PJtH]]). Groet, [[Lotte]]

[[Lotte van Dijk]]
Secretaris {{beoordelingscommissie SES}} | {{RVO}}
T [[088 042 43 17]] | M [[06-1184 2093]] | [[lotte.vandijk@rvo.nl]]
Ik werk op dinsdag tot en met vrijdag.
""", producer="ttf", title="RE: voorrang label G", author="[[Oudejans, Ruud]]", pdf_producer="Microsoft Outlook 16.0 (PDF via Microsoft Print to PDF)", pdf_creator="Microsoft® Outlook® voor Microsoft 365"))
