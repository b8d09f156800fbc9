from lib import Doc

DOCS = []
SCAN = "Canon iR-ADV C5560 PDF"

DOCS.append(Doc("es18_scan_notitie", r"""
# Gespreksnotitie telefoon
Datum: 1 december 2025
Dossier: SES-2025-0142
Beller: de heer [[Bas Vrolijk]]
Telefoon: [[06 1337 2604]]
Behandelaar: [[Anouk Verbeek]]

Vraag over de status van de aanvraag.
Gezegd dat de aanvraag compleet is.
Geen toezegging gedaan over toekenning.

~ [[Thijs]] belt hem terug - [[AV]]
~ nagetypt 8/12 op verzoek van [[Ruud]]
""", scan=True, seed=18, title="scan", pdf_producer=SCAN, pdf_creator=SCAN))

DOCS.append(Doc("es19_scan_presentielijst", r"""
# Presentielijst schoolbezoek
Locatie: Prins Clausschool, Geldermalsen
Datum: 27 november 2025

Naam / organisatie / handtekening
1. [[Henk Wolters]], commissie
2. [[Youssef Bouzid]], commissie
3. [[Lotte van Dijk]], RVO
4. [[Gerrit-Jan Kuipers]], SOOR
5. [[Wendy Scholten]], conciërge

~ [[H. Wolters]]
~ [[Y. Bouzid]]
~ [[W. Scholten]]
""", scan=True, seed=19, title="scan", pdf_producer=SCAN, pdf_creator=SCAN))

DOCS.append(Doc("es20_scan_beschikking_getekend", r"""
# Beschikking subsidie SES 2025
Aan: Stichting Katholiek Onderwijs Peelland
T.a.v. mevrouw [[M. Houtkamp-de Wilde]]
Dossier: SES-2025-0207

Hierbij ontvangt u het getekende exemplaar
van de beschikking van 19 december 2025.
Subsidiebedrag: EUR 212.400

Voor akkoord, namens de aanvrager:

~ [[Mirjam Houtkamp]]
Plaats: Helmond  Datum: 23-12-2025
Contact: [[0492 38 71 16]]
""", scan=True, seed=20, title="scan", pdf_producer=SCAN, pdf_creator=SCAN))

DOCS.append(Doc("es21_factuur_energieadvies", r"""
# FACTUUR
Klimaatadvies [[Ramdin]]
[[Sunil Ramdin]] - energieadviseur {{EPA-W}}
[[Lindenlaan 72]], [[3311 KD Dordrecht]]
T [[078-614 22 09]] | [[sunil@klimaatadviesramdin.nl]]
KvK [[72819044]] | btw [[NL002381466B21]]
IBAN [[NL47 INGB 0006 8231 94]] t.n.v. [[S.R. Ramdin]]

Factuurnummer: {{2025-0088}}
Factuurdatum: 17 oktober 2025
Aan: {{Stichting Openbaar Onderwijs Rivierenland}}, t.a.v. crediteurenadministratie, {{Stationsweg 21}}, {{Culemborg}}
Uw referentie: {{SES-2025-0142}}

|Omschrijving|Aantal|Prijs|Bedrag|
|Energiescan {{NTA 8800}} {{OBS De Regenboog}}|1|1.450,00|1.450,00|
|Maatwerkadvies {{Prins Clausschool}}|1|1.250,00|1.250,00|
|Rapportage voor aanvraag {{SES}}|6 uur|95,00|570,00|
|Subtotaal|||3.270,00|
|BTW 21%|||686,70|
|Totaal|||3.956,70|

Betaling binnen 30 dagen. Bij vragen: bel [[Sunil]] op [[06 5820 1147]].
""", producer="std", title="Factuur 2025-0088", author="[[Sunil Ramdin]]", pdf_producer="Moneybird", pdf_creator="Moneybird Facturatie"))

DOCS.append(Doc("es22_factuur_bouwfysica", r"""
# Factuur - Bureau Bouwfysica [[Brinkman]]
Eenmanszaak van [[dr. Annemarie Brinkman]]
Postadres: [[Zeeltstraat 9]], [[6717 GB Ede]]
Tel. [[0318-55 13 90]] - e-mail: [[annemarie@bouwfysica-brinkman.nl]]
KvK [[60124791]] - IBAN [[NL21 RABO 0312 8840 57]]

Aan: {{Rijksdienst voor Ondernemend Nederland}}, {{Crediteurenadministratie}}, Postbus 93144, 2509 AC {{Den Haag}}
Inkoopordernummer: {{4500318842}}
Factuurnummer: {{BB-2025-117}}
Datum: 8 december 2025

|Omschrijving|Uren|Tarief|Bedrag|
|Voorbereiding vergadering {{beoordelingscommissie SES}} 20-11|6|125,00|750,00|
|Vergadering en schoolbezoek {{Geldermalsen}}|9|125,00|1.125,00|
|Herberekening {{SES-2025-0207}}|3|125,00|375,00|
|Reiskosten {{OV}}|||48,60|
|Totaal excl. btw|||2.298,60|

Graag onder vermelding van het inkoopordernummer overmaken. Facturen kunt u ook mailen naar {{facturen@rvo.nl}}.
""", producer="ttf", title="Factuur BB-2025-117", author="[[A. Brinkman]]", pdf_producer="PDF-XChange 9.5", pdf_creator="Microsoft Word"))

DOCS.append(Doc("es23_rooster_helpdesk", r"""
# Bezettingsrooster helpdesk SES - week 49 en 50 (2025)
{{RVO}} - team {{Subsidies Onderwijs}} - intern
Algemeen nummer voor aanvragers: {{088 042 42 42}} - functionele mailbox {{ses@rvo.nl}}

|Naam|Pers.nr.|Toestel|Mobiel|ma|di|wo|do|vr|
|[[Anouk Verbeek]]|[[A-402317]]|[[4417]]|[[06-38 20 55 14]]|x|x||x|x|
|[[Thijs de Graaf-Mulder]]|[[A-388105]]|[[4452]]|[[06 1042 8836]]||x|x|x||
|[[Sevgi Kılıç]]|[[A-410992]]|[[4409]]|[[+31 6 5533 0291]]|x||x||x|
|[[Nguyễn Thị Lan]]|[[A-415230]]|[[4460]]|[[0031 6 2844 7106]]|x|x|x|||
|[[Dirk-Jan 't Lam]]|[[A-377641]]|[[4431]]|[[06-47 91 30 62]]||x||x|x|
|[[Ömer Çelik]]|[[A-419008]]|[[4466]]|[[06 2913 5570]]|x|x||||
|[[Janneke Verhoef-Bos]]|[[A-392254]]|[[4428]]|[[+31 (0) 6 1177 4031]]|||x|x|x|

Terugbelverzoeken worden vastgelegd in {{Dynamics}} (zaaktype {{SES-TBV}}). Bij ziekte melden bij [[R. Oudejans]] ([[4401]]).
Vervanging tijdens verlof [[Verbeek]] (week 50): [[Lan]].
""", producer="ttf", title="Rooster helpdesk SES", author="[[Sevgi Kılıç]]", pdf_producer="Microsoft® Excel® 2016", pdf_creator="Microsoft® Excel® 2016"))

DOCS.append(Doc("es24_persbericht", r"""
# Persbericht: 38 scholen krijgen subsidie voor energiebesparing
{{Den Haag}}, 19 december 2025

Minister {{Bosveld-Terpstra}} van {{Onderwijs, Cultuur en Wetenschap}} kent EUR 12 miljoen toe aan 38 schoolbesturen voor het verduurzamen van hun gebouwen. Met de {{Subsidieregeling Energiebesparing Schoolgebouwen}} worden onder meer {{warmtepompen}}, isolatie en {{ventilatiesystemen}} betaald.

"Leerlingen verdienen een gezond en zuinig schoolgebouw", zegt minister {{Bosveld-Terpstra}}. "Met deze regeling besparen scholen gemiddeld 35 procent energie."

De aanvragen zijn beoordeeld door {{RVO}} en een onafhankelijke commissie. Ook in 2026 wordt een ronde opengesteld; dan krijgen scholen met een slecht {{energielabel}} een extra punt.

Onder de toegekende projecten zijn de {{Anne Frankschool}} in {{Nieuwegein}} en het {{Hendrik Lorentz Lyceum}} in {{Ede}}. Wethouder {{Van Rijswijk}} van {{Ede}}: "Een mooie stap voor ons {{Integraal Huisvestingsplan}}."

Noot voor de redactie
Voor meer informatie: {{Voorlichting OCW}}, telefoon {{070 412 34 56}}, {{pers@minocw.nl}}.
""", producer="docx", title="Persbericht SES toekenning", author="[[Rosalie Ten Brinke]]", xmp_creator="[[Rosalie Ten Brinke]]"))

DOCS.append(Doc("es25_memo_bookmarks", r"""
<BM Memo uitvoeringstoets SES 2026 - concept [[MvdZ]]>
# Memo uitvoeringstoets wijziging SES 2026
Aan: {{Directie Huisvesting en Duurzaamheid Onderwijs}}
Van: {{RVO}}, team {{Subsidies Onderwijs}}
Datum: 9 februari 2026

## 1. Voorstel
Het ministerie wil in de {{Regeling SES}} een extra punt toekennen aan scholen met {{energielabel E, F of G}}. {{RVO}} acht dit uitvoerbaar. De labels zijn op te vragen uit de {{EP-online}} database van {{RVO}}.
<BM Opmerkingen [[Thijs de Graaf-Mulder]] verwerkt>
## 2. Risico's
Niet alle schoolgebouwen hebben een geregistreerd label; ongeveer 14 procent van de {{PO}}-gebouwen heeft geen label. Het voorstel is die scholen een label laten aanvragen binnen de aanvraagtermijn.
## 3. Kosten
Eenmalig EUR 42.000 voor aanpassing van het {{e-loket}}, structureel 0,2 fte.
<BM Reactie [[Nguyễn Thị Lan]] (juridisch) - nog verwerken>
## 4. Planning
Publicatie in de {{Staatscourant}} voorzien op 1 juni 2026, openstelling 1 september 2026.
""", producer="ttf", title="Memo uitvoeringstoets SES 2026", pdf_producer="Microsoft® Word voor Microsoft 365", pdf_creator="Microsoft® Word voor Microsoft 365"))

DOCS.append(Doc("es26_bezoekverslag", r"""
# Verslag schoolbezoek Prins Clausschool
Beoordelingscommissie SES - {{SES-2025-0142}}
Datum bezoek: 27 november 2025
Adres: {{Prins Clausschool}}, {{Rijksstraatweg 44}}, {{Geldermalsen}}

## Bevindingen
Het gebouw (1974) heeft enkel glas in de gymzaal en een cv-ketel uit 1996. De {{WTW-units}} die in de aanvraag staan, passen niet in het plafond van de lokalen aan de {{Oranjestraat}}-zijde. De conciërge liet de technische ruimte zien. De {{Frisse Scholen}}-eisen klasse B zijn haalbaar met decentrale ventilatie.

## Oordeel
De commissie acht de aanvraag inhoudelijk sterk. De kosten per m2 liggen 18 procent boven de {{kostenkengetallen}}; dit wordt verklaard door asbestsanering. Advies: 31 punten.

## Aanwezig
Namens de commissie [[Henk Wolters]] (voorzitter) en [[dr. A.M. Brinkman]] (bouwfysica); namens {{RVO}} de secretaris; namens het schoolbestuur [[G.J. Kuipers]] (bestuurder). Rondleiding door conciërge [[Wendy Scholten]] ([[06-33 91 20 48]]); zij had de sleutels van de technische ruimte van [[dhr. Van Beek]] (installateur).

|Actie|Wie|
|Nagaan of asbestinventarisatie actueel is|[[HW]]|
|Tekening ventilatie opvragen bij bestuur|[[GJK]]|
""", producer="std", title="Verslag schoolbezoek", xmp_creator="[[Lotte van Dijk]]", pdf_producer="LibreOffice 7.6 / PDF/A-2b", pdf_creator="Writer"))

DOCS.append(Doc("es27_beschikking_toekenning", r"""
# Beschikking subsidieverlening
{{Rijksdienst voor Ondernemend Nederland}}
Namens de minister van Onderwijs, Cultuur en Wetenschap

{{Stichting Katholiek Onderwijs Peelland}}
t.a.v. mevrouw [[M. Houtkamp-de Wilde]]
{{Europaweg 112}}
{{5707 CL Helmond}}

Datum: 19 december 2025
Dossiernummer: {{SES-2025-0207}}
Contactpersoon: [[Thijs de Graaf-Mulder]], T [[088 042 44 52]]

Geachte mevrouw [[Houtkamp-de Wilde]],

Op 30 oktober 2025 ontvingen wij uw aanvraag voor subsidie op grond van de {{Regeling SES}} voor {{Basisschool De Vlonder}} in {{Helmond}}. Hierbij verlenen wij u een subsidie van maximaal EUR 212.400.

## Verplichtingen
U voert de maatregelen uit voor 1 januari 2028. U meldt wijzigingen direct via {{Mijn RVO}}. De subsidie wordt vastgesteld na een eindverslag met facturen. Op deze subsidie is het {{Kaderbesluit nationale EZK- en LNV-subsidies}} niet van toepassing; wel de {{Algemene wet bestuursrecht}}, titel 4.2.

## Bevoorschotting
Wij betalen 80 procent als voorschot uit op het rekeningnummer dat bij ons bekend is.

## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij {{RVO}}, {{Postbus 40219}}, {{8004 DE Zwolle}}.

Met vriendelijke groet,
De minister van Onderwijs, Cultuur en Wetenschap,
namens deze,
[[ing. R.P. Oudejans]]
Senior adviseur subsidies

Kopie: de heer [[R. Schoenmakers]] (gemachtigde adviseur), [[r.schoenmakers@energieloket-brabant.nl]]
""", producer="std", title="Beschikking SES-2025-0207", pdf_producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", pdf_creator="RVO Beschikkingen"))

DOCS.append(Doc("es28_beschikking_afwijzing", r"""
# Beschikking: afwijzing aanvraag subsidie
{{Rijksdienst voor Ondernemend Nederland}}

{{Stichting Openbaar Onderwijs Rivierenland}}
t.a.v. de heer [[G.J. Kuipers]]
{{Stationsweg 21}}, {{Culemborg}}

Datum: 19 december 2025
Dossiernummer: {{SES-2025-0142}}
Behandelaar: [[A. Verbeek]], [[anouk.verbeek@rvo.nl]]

Geachte heer [[Kuipers]],

Uw aanvraag heeft 31 punten gekregen. Het {{subsidieplafond}} van EUR 12 miljoen is bereikt bij aanvragen met 32 punten of meer. Daarom wijzen wij uw aanvraag af (artikel 4:25, tweede lid, {{Algemene wet bestuursrecht}}).

De beoordeling per criterium: energiebesparing 17, kosteneffectiviteit 6, energielabel 5, binnenklimaat 3. De {{beoordelingscommissie SES}} heeft de hoge kosten van de {{warmtepomp}} en de asbestsanering in de {{Prins Clausschool}} zwaar laten wegen.

U kunt in 2026 opnieuw aanvragen. Dan krijgen scholen met {{energielabel G}}, zoals {{OBS De Regenboog}}, een extra punt.

Bezwaar: binnen zes weken, via {{Mijn RVO}} of per post.

Met vriendelijke groet,
namens de minister van Onderwijs, Cultuur en Wetenschap,
[[Ruud Oudejans]]

Kopie aan: mevrouw [[E. Yıldırım]], controller {{SOOR}}
""", producer="ttf", title="Afwijzing SES-2025-0142", pdf_producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", pdf_creator="RVO Beschikkingen"))

DOCS.append(Doc("es29_juridisch_memo_bezwaar", r"""
# Juridisch memo: bezwaar installateur tegen terugvordering
{{RVO}} - {{Juridische Zaken}} - vertrouwelijk
Zaaknummer: {{BZW-2026-0049}}
Opsteller: [[mr. D.J. 't Lam]]

## Feiten
Bezwaarmaker is [[Wouter Smits]], handelend onder de naam [[Smits]] Duurzame Installaties (eenmanszaak, {{Veghel}}). Hij ontving als gemachtigde van {{Stichting Katholiek Onderwijs Peelland}} het voorschot. Bij de machtiging zat een kopie van zijn identiteitsbewijs met BSN [[172839465]] en geboortedatum [[12-04-1979]]. Die kopie had niet gevraagd mogen worden; zij is vernietigd.

Zijn woonadres is [[Hoogstraat 8a]], [[5461 CV]] Veghel. Hij stelt dat hij het voorschot heeft doorbetaald aan de stichting. Zijn advocaat, mr. [[Elif Demirci-Janssen]] ([[Demirci Advocaten]], [[0413-24 88 10]]), vraagt om een hoorzitting.

## Beoordeling
Op grond van artikel 4:57 {{Algemene wet bestuursrecht}} kan een onverschuldigd betaald voorschot worden teruggevorderd van de ontvanger. Ontvanger is hier de subsidieontvanger, niet de gemachtigde. De terugvordering bij de heer [[Smits]] is dus onjuist gericht.

## Advies
Bezwaar gegrond verklaren; terugvordering richten aan de stichting. Proceskostenvergoeding volgens het {{Besluit proceskosten bestuursrecht}}.

[[DJtL]] / 2 maart 2026
""", producer="std", title="Memo bezwaar BZW-2026-0049", author="[[Dirk-Jan 't Lam]]", pdf_producer="Microsoft® Word 2016", pdf_creator="Microsoft® Word 2016"))

DOCS.append(Doc("es30_brief_wethouder", r"""
# Gemeente West Betuwe
{{Kastanjelaan 2}} - {{Geldermalsen}} - telefoon {{14 0345}}

Aan de minister van Onderwijs, Cultuur en Wetenschap
Postbus 16375, 2500 BJ {{Den Haag}}

Datum: 15 januari 2026
Ons kenmerk: {{Z-26-004518}}
Behandeld door: [[Jeroen Vlasblom]], beleidsadviseur onderwijshuisvesting, [[06-24 71 90 38]], [[j.vlasblom@westbetuwe.nl]]

Onderwerp: steun voor aanvraag SOOR in de Subsidieregeling Energiebesparing Schoolgebouwen

Geachte minister,

Het college van burgemeester en wethouders van {{West Betuwe}} vraagt uw aandacht voor de afwijzing van de aanvraag van {{Stichting Openbaar Onderwijs Rivierenland}}. De gemeente had EUR 250.000 cofinanciering gereserveerd in het {{Integraal Huisvestingsplan}} 2024-2040. Zonder rijkssubsidie kan de renovatie van de {{Prins Clausschool}} niet doorgaan.

Wij verzoeken u de aanvraag in de ronde 2026 met voorrang te behandelen. Wethouder {{Van den Berg-Stam}} bespreekt dit graag met u tijdens het {{Bestuurlijk Overleg Onderwijshuisvesting}} met de {{VNG}}.

Hoogachtend,
burgemeester en wethouders van {{West Betuwe}},

de secretaris,                                   de burgemeester,
[[ir. A.C. Moerkerken]]                           {{H.A. Kok}}

Kopie: gemeenteraad van {{West Betuwe}}; raadslid {{Hakkert}} ({{Lokaal Betuws Belang}}) die hierover raadsvragen stelde.
""", producer="std", title="Brief gemeente West Betuwe", pdf_producer="Decos JOIN 8.3 PDF Engine", pdf_creator="Decos JOIN"))

DOCS.append(Doc("es31_woo_besluit", r"""
# Besluit op uw Woo-verzoek
{{Ministerie van Onderwijs, Cultuur en Wetenschap}}

[[De heer D.J. Ploeg]]
[[Kerkstraat 14]]
[[4001 AB]] Tiel

Datum: 12 mei 2026
Kenmerk: {{WOO-OCW-2026-0387}}
Onderwerp: besluit op uw verzoek over de {{Subsidieregeling Energiebesparing Schoolgebouwen}}
Contactpersoon: [[S. Kartosen-Pinas]], T [[070 412 38 81]], [[sanne.kartosen@minocw.nl]]

Geachte heer [[Ploeg]],

In uw verzoek van 3 maart 2026 vraagt u om documenten over de {{SES}}, ronde 2025. Op 31 maart is de beslistermijn met twee weken verdaagd. U heeft op 14 april ingestemd met verlenging tot 12 mei. In dit besluit beslis ik op uw verzoek.

## Zienswijzen
De documenten bevatten informatie over {{Stichting Openbaar Onderwijs Rivierenland}}, {{Stichting Katholiek Onderwijs Peelland}} en de vereniging {{De Vallei}}. Zij zijn in de gelegenheid gesteld een zienswijze te geven. Alleen {{SOOR}} heeft dat gedaan; zij heeft geen bezwaar tegen openbaarmaking, behalve van de persoonsgegevens van haar medewerkers.

## Besluit
Ik maak de documenten gedeeltelijk openbaar. In de inventarislijst staat per document wat openbaar wordt gemaakt.

<PAGE>
## Motivering
Eerbiediging van de persoonlijke levenssfeer (artikel {{5.1, tweede lid, aanhef en onder e}}, {{Woo}}). De documenten bevatten namen, e-mailadressen, telefoonnummers en handtekeningen van ambtenaren die niet in de openbaarheid treden, van leden van de beoordelingscommissie en van andere derden. Het belang van de bescherming van hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van de minister, het lid {{Kroeze-Van Aalst}} en andere publieke functionarissen zijn wel openbaar.
Bijzondere persoonsgegevens (artikel {{5.1, eerste lid, aanhef en onder d}}, {{Woo}}). In één document staat informatie over de gezondheid van een schooldirecteur. Die informatie maak ik niet openbaar.
Identificatienummers (artikel 5.1, eerste lid, onder e). Een BSN is verwijderd.

## Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens zoals hierboven beschreven.

## Wijze van openbaarmaking
De documenten worden gepubliceerd op {{open.overheid.nl}}. Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Hoogachtend,
De minister van Onderwijs, Cultuur en Wetenschap,
namens deze,
de directeur {{Informatiehuishouding en Woo}},

[[drs. K.L. (Karin) Smulders]]
""", producer="std", title="Woo-besluit WOO-OCW-2026-0387", pdf_producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", pdf_creator="DigiDoc Woo"))

DOCS.append(Doc("es32_inventarislijst", r"""
# Inventarislijst bij besluit {{WOO-OCW-2026-0387}}
|Nr|Document|Datum|Beoordeling|Grond|Opmerking|
|1|Woo-verzoek|03-03-2026|deels openbaar|{{5.1.2e}}|verzoeker|
|2|Aanvraag {{SES-2025-0142}}|28-10-2025|deels openbaar|{{5.1.2e}}|zienswijze {{SOOR}}|
|3|Aanvraagformulier {{SES-2025-0207}}|30-10-2025|deels openbaar|{{5.1.2e}}||
|4|Brief {{De Vallei}}|06-11-2025|deels openbaar|{{5.1.2e}}||
|5|Verslag {{BC-SES-2025-04}}|20-11-2025|deels openbaar|{{5.1.2e}}||
|6|Scoretabel regio Midden|02-12-2025|deels openbaar|{{5.1.2e}}||
|7|E-mailwisseling {{OCW}}-{{RVO}}|04-12-2025|deels openbaar|{{5.1.2e}}|familie 7|
|8|Klacht, doorgestuurd|12-01-2026|deels openbaar|{{5.1.2e}}, {{5.1.1d}}|gezondheid|
|9|Teams-export|15-01-2026|deels openbaar|{{5.1.2e}}||
|10|Kamervragen {{2026Z00412}}|08-01-2026|openbaar||reeds openbaar|
|11|Beslisnota {{52817436}}|11-12-2025|deels openbaar|{{5.1.2e}}||
|12|Auditrapport {{ADR-2026-0117}}|14-04-2026|deels openbaar|{{5.1.2e}}||
|13|Memo bezwaar {{BZW-2026-0049}}|02-03-2026|deels openbaar|{{5.1.2e}}, {{5.1.1e}}|BSN|
|14|Factuur {{2025-0088}}|17-10-2025|deels openbaar|{{5.1.2e}}|eenmanszaak|

Documenten 10 en 24 (persbericht) zijn al openbaar; zie {{www.rijksoverheid.nl}}.
Behandelend jurist: [[Sanne Kartosen-Pinas]] ([[SKP]]); tweede lezer: [[Willemijn Oudshoorn]] ([[WO]]).
""", producer="ttf", title="Inventarislijst WOO-OCW-2026-0387", pdf_producer="Microsoft® Excel® voor Microsoft 365", pdf_creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("es33_zienswijzeverzoek", r"""
# Verzoek om zienswijze
Ministerie van Onderwijs, Cultuur en Wetenschap

Aan: {{Stichting Katholiek Onderwijs Peelland}}
t.a.v. het college van bestuur
{{Europaweg 112}}, {{5707 CL Helmond}}

Datum: 2 april 2026
Kenmerk: {{WOO-OCW-2026-0387-ZW2}}

Geachte heer, mevrouw,

Wij hebben een verzoek ontvangen op grond van de {{Wet open overheid}} om documenten over de {{Subsidieregeling Energiebesparing Schoolgebouwen}}. Daaronder vallen uw aanvraagformulier voor {{Basisschool De Vlonder}} en een getekend exemplaar van de beschikking.

Wij zijn van plan deze documenten openbaar te maken, met uitzondering van de namen en contactgegevens van uw medewerkers, zoals mevrouw [[Houtkamp-de Wilde]] en uw adviseur de heer [[Schoenmakers]]. Bedrijfsgegevens zoals de offerte van de installateur maken wij openbaar, omdat die niet vertrouwelijk aan de overheid zijn meegedeeld (artikel {{5.1, eerste lid, onder c}}, {{Woo}}).

U kunt binnen twee weken uw zienswijze geven via {{woo@minocw.nl}}, onder vermelding van het kenmerk. Telefonisch overleg kan met [[Sanne Kartosen]] via [[070 412 38 81]].

Met vriendelijke groet,
[[W. Oudshoorn]]
Teamleider {{Informatieverzoeken}}
""", producer="docx", title="Verzoek om zienswijze", author="[[Willemijn Oudshoorn]]", xmp_creator=None))
