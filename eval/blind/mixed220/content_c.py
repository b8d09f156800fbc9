from lib import Doc

DOCS = []

DOCS.append(Doc("es13_antwoorden_minister", r"""
# Antwoorden van de minister van Onderwijs, Cultuur en Wetenschap op vragen van het lid {{Kroeze-Van Aalst}} (CDA) over de verdeling van energiesubsidies voor scholen
Kenmerk vragen: {{2026Z00412}} - Ingezonden 8 januari 2026
Datum antwoord: 29 januari 2026

Vraag 1
Bent u bekend met het bericht in {{De Gelderlander}}?
Antwoord
Ja.

Vraag 2
Klopt het dat slechts 38 van de 64 aanvragen zijn gehonoreerd?
Antwoord
Ja. Het {{subsidieplafond}} voor de ronde 2025 bedroeg EUR 12 miljoen. De aanvragen zijn door {{RVO}} en de onafhankelijke {{beoordelingscommissie SES}} gerangschikt volgens artikel 9 van de {{Regeling SES}}. In het {{Commissiedebat Onderwijshuisvesting}} heb ik gezegd dat ik scholen met een slecht label wil helpen; ik heb niet toegezegd dat de rangschikking van een lopende ronde zou worden aangepast. Dat zou ook in strijd zijn met het {{gelijkheidsbeginsel}}.

Vraag 3
Waarom is de toezegging niet verwerkt?
Antwoord
Zie het antwoord op vraag 2. Bij de wijziging van de regeling voor 2026 wordt een extra punt toegekend aan scholen met {{energielabel E, F of G}}. Het ontwerp wordt in maart in {{internetconsultatie}} gebracht.

<PAGE>
Vraag 4
Hoe beoordeelt u de situatie van {{OBS De Regenboog}}?
Antwoord
Ik ga niet in op individuele aanvragen. Wel kan ik melden dat de klacht van de school zorgvuldig wordt behandeld volgens hoofdstuk 9 van de {{Algemene wet bestuursrecht}}. Uit de eerste inventarisatie blijkt niet dat een medewerker een toezegging heeft gedaan.

Vraag 5
Bent u bereid de {{Auditdienst Rijk}} een onderzoek te laten doen?
Antwoord
De {{ADR}} voert al een {{audit}} uit naar de uitvoering van de regeling in opdracht van de {{secretaris-generaal}}. Ik stuur het rapport voor de zomer aan uw Kamer.

Vraag 6
Antwoord
Ik heb de vragen zo snel mogelijk beantwoord.

Concept - ter paraaf {{DGFE}}. Minister {{Bosveld-Terpstra}} wil antwoord 2 nog bespreken.
""", producer="std", title="Antwoorden Kamervragen 2026Z00412 (concept)",
 notes=[(0, ("[[Hoekstra-Bruins, Joost]]", "Check met [[Marieke]]: hebben we die toezegging echt niet gedaan? Zie de Handelingen.")),
        (1, ("[[Kartosen-Pinas, S.]]", "Klacht nog niet afgerond; afstemmen met [[Fatima el Amrani]] (tel. [[070 412 60 93]]).")),
        (1, ("[[JHB]]", "akkoord, [[JHB]] 27/1"))],
 pdf_producer="Nitro PDF Pro 14.2.1.5", pdf_creator="Nitro Pro"))

DOCS.append(Doc("es14_beslisnota", r"""
# Beslisnota
Aan: de minister van Onderwijs, Cultuur en Wetenschap
Van: [[Marieke van der Zanden]], {{Directie Huisvesting en Duurzaamheid Onderwijs}}
Datum: 11 december 2025
Kenmerk: {{52817436}}
Onderwerp: voorrang voor scholen met energielabel G in de {{SES}}
Contactpersoon: [[M. van der Zanden]] - T [[070-412 55 07]] - [[marieke.vander.zanden@minocw.nl]]
Kopie aan: {{DG Funderend Onderwijs}}, {{Directie Wetgeving en Juridische Zaken}}

## Aanleiding
In het {{Commissiedebat Onderwijshuisvesting}} van 13 november 2025 hebt u gezegd dat scholen met label G voorrang moeten krijgen. {{RVO}} heeft laten weten dat dit binnen de {{Regeling SES}} niet kan voor de lopende ronde (mail van [[R. Oudejans]], 4 december).

## Geadviseerd besluit
Aan de minister wordt gevraagd in te stemmen met:
1. geen aanpassing van de rangschikking 2025;
2. een extra punt voor label E, F en G in de wijzigingsregeling 2026;
3. de bijgevoegde lijn voor de beantwoording van de {{Kamervragen}}.

## Kern
Aanpassen van de rangschikking tijdens de ronde is juridisch kwetsbaar; afgewezen aanvragers kunnen in {{bezwaar}} en {{beroep}} gaan. De {{Landsadvocaat}} is niet geraadpleegd.

<PAGE>
## Krachtenveld
De {{PO-Raad}} en de {{VO-raad}} steunen een extra punt voor slechte labels. De {{VNG}} wijst erop dat gemeenten verantwoordelijk zijn voor nieuwbouw via het {{Integraal Huisvestingsplan}}.

## Paraafschema
|Naam|Functie|Paraaf|Datum|
|[[M. van der Zanden]]|senior beleidsmedewerker|[[MvdZ]]|11-12|
|[[P.J. ter Horst]]|beleidsmedewerker|[[PJtH]]|11-12|
|[[J. Hoekstra-Bruins]]|plv. directeur HDO|[[JHB]]|12-12|
|[[Ilse 't Hart]]|directeur HDO|[[IH]]|15-12|

## Informatie die niet openbaar gemaakt kan worden
Geen.

## Motivering
Niet van toepassing.
""", producer="ttf", title="Beslisnota voorrang label G",
 pdf_producer="Aspose.Words for .NET 23.4.0", pdf_creator="Aspose.Words"))

DOCS.append(Doc("es15_auditrapport", r"""
# Auditrapport uitvoering Subsidieregeling Energiebesparing Schoolgebouwen
{{Auditdienst Rijk}} - {{Ministerie van Financiën}}
Opdrachtgever: {{secretaris-generaal OCW}}
Rapportnummer: {{ADR-2026-0117}}
Datum: 14 april 2026

## 1. Samenvatting
De {{ADR}} heeft onderzocht of de uitvoering van de {{SES}} door {{RVO}} rechtmatig en doelmatig is verlopen in de ronde 2025. Wij concluderen dat de rangschikking conform artikel 9 van de regeling is uitgevoerd. Wel zijn er drie bevindingen: (1) de belangenverstrengeling van een commissielid is pas tijdens de vergadering gemeld; (2) telefonische contacten met aanvragers zijn niet consequent vastgelegd in {{Dynamics}}; (3) de {{de-minimisverklaringen}} zijn niet steekproefsgewijs gecontroleerd.

## 2. Aanpak
Het onderzoek is uitgevoerd door [[drs. E.J. Smeding RA]] (auditmanager) en [[Carla Nieuwenhuys]] (auditor), onder verantwoordelijkheid van de {{directeur ADR}}. Het {{Controleprotocol OCW}} en de {{Comptabiliteitswet 2016}} vormden het normenkader.

## 3. Gesprekken
|Datum|Naam|Functie|Organisatie|
|15-01-2026|[[R. Oudejans]]|senior adviseur|{{RVO}}|
|15-01-2026|[[L. van Dijk]]|secretaris commissie|{{RVO}}|
|22-01-2026|[[A. Verbeek]]|behandelaar|{{RVO}}|
|29-01-2026|[[M. van der Zanden]]|senior beleidsmedewerker|{{OCW}}|
|05-02-2026|[[H. Wolters]]|voorzitter commissie|extern|
|05-02-2026|[[P.J. ter Horst]]|beleidsmedewerker|{{OCW}}|
|12-02-2026|[[J.C. Brouwer-Ligthart]]|penningmeester|{{De Vallei}}|
|12-02-2026|[[G.J. Kuipers]]|bestuurder|{{SOOR}}|

<PAGE>
## 4. Bevindingen
4.1 Belangenverstrengeling. Commissielid [[Bouzid]] meldde zijn relatie met {{Installatiebedrijf Van Wijk B.V.}} pas in de vergadering van 20 november 2025. Het {{reglement beoordelingscommissie}} schrijft een schriftelijke melding vooraf voor.
4.2 Vastlegging. In het dossier {{SES-2025-0142}} ontbreekt een gespreksnotitie van een telefoongesprek op 1 december 2025 tussen de aanvrager en behandelaar [[Verbeek]]. Achteraf is een notitie opgesteld (zie het chatbericht van [[Oudejans]] van 8 december).
4.3 Controle. Van de 38 toegekende aanvragen is bij geen enkele de {{de-minimisverklaring}} geverifieerd in het {{Europees staatssteunregister}}.

## 5. Aanbevelingen
Wij bevelen de directeur van {{RVO}} aan het reglement aan te scherpen, vastlegging in {{Dynamics}} verplicht te stellen en een steekproef op te nemen in het {{controleplan}}.

## 6. Reactie
De reactie van de {{directeur-generaal RVO}} is opgenomen in bijlage 2. Contact over dit rapport: {{adr@minfin.nl}}.

Auditmanager: [[Erik-Jan Smeding]], [[06 4213 9058]]
""", producer="std", title="ADR-rapport SES", author="[[C. Nieuwenhuys]]", pdf_producer="Adobe PDF Library 23.6.96", pdf_creator="Acrobat PDFMaker 23 voor Word"))

DOCS.append(Doc("es16_klachtbrief", r"""
[[Bas Vrolijk]]
directeur {{OBS De Regenboog}}
{{Hoveniersweg 3}}
{{4002 LK Tiel}}

Aan de minister van Onderwijs, Cultuur en Wetenschap
t.a.v. de klachtencoördinator
Postbus 16375
2500 BJ {{Den Haag}}

{{Tiel}}, 20 januari 2026

Betreft: formele klacht over RVO en OCW, aanvraag {{SES-2025-0142}}

Geachte minister,

Op 9 januari stuurde ik u een e-mail. Omdat ik geen ontvangstbevestiging kreeg, dien ik mijn klacht nu schriftelijk in.

Mijn school staat in een gebouw uit 1968 met {{energielabel G}}. Op 1 december 2025 belde ik met mevrouw [[Anouk Verbeek]] van {{RVO}}. Zij zei dat onze aanvraag 'er goed uitzag'. Op 19 december kregen wij een afwijzing. Ook de heer [[De Graaf-Mulder]], die mij zou terugbellen, heeft dat niet gedaan. Ik vind dat {{RVO}} onzorgvuldig heeft gehandeld.

Verder wijs ik op de uitspraak van het lid {{Kroeze-Van Aalst}} in de Kamer dat de toezegging van de minister 'boterzacht' is gebleken.

Mijn bestuurder, de heer [[Kuipers]], steunt deze klacht. U kunt mij bereiken op [[06 1337 2604]] of via mijn privéadres [[b.vrolijk@kpnmail.nl]]; ik werk op maandag en dinsdag niet.

Hoogachtend,

[[B.J.M. Vrolijk]]

Bijlage: afwijzingsbrief van 19 december 2025
""", producer="std", title="Klacht OBS De Regenboog", pdf_producer="PDFpen 13.1", pdf_creator="Pages"))

DOCS.append(Doc("es17_klachtafhandeling", r"""
# Ministerie van Onderwijs, Cultuur en Wetenschap
{{Rijnstraat 50}} - {{Den Haag}} - {{www.rijksoverheid.nl/ocw}}

[[De heer B.J.M. Vrolijk]]
p/a {{OBS De Regenboog}}
{{Hoveniersweg 3}}
{{4002 LK Tiel}}

Datum: 18 februari 2026
Kenmerk: {{KL-2026-0031}}
Behandeld door: [[Fatima el Amrani]]
Telefoon: [[070 412 60 93]]

Onderwerp: afhandeling van uw klacht

Geachte heer [[Vrolijk]],

Op 20 januari 2026 ontvingen wij uw klacht over de behandeling van de aanvraag {{SES-2025-0142}} van {{Stichting Openbaar Onderwijs Rivierenland}}. Op 3 februari heeft u uw klacht mondeling toegelicht in een gesprek met mij en de heer [[Hoekstra-Bruins]].

## Oordeel
Uit het dossier en de gesprekken met medewerkers van {{RVO}} blijkt niet dat een toezegging is gedaan. Wel is het telefoongesprek van 1 december niet direct vastgelegd, en bent u niet teruggebeld terwijl dat was afgesproken. Dat deel van uw klacht is gegrond. {{RVO}} heeft inmiddels de werkinstructie aangepast.

De afwijzing zelf kunt u niet met een klacht aanvechten; daarvoor staat {{bezwaar}} open. Die termijn is verstreken, tenzij het bestuur al bezwaar heeft gemaakt.

Uw bestuurder, de heer [[G.J. Kuipers]], ontvangt een afschrift van deze brief op [[gj.kuipers@soor.nl]].

Bent u het niet eens met de afhandeling, dan kunt u zich wenden tot de {{Nationale ombudsman}}, telefoon {{0800-33 55 555}}.

Met vriendelijke groet,
De minister van Onderwijs, Cultuur en Wetenschap,
namens deze,

[[mr. J. Hoekstra-Bruins]]
plaatsvervangend directeur {{Huisvesting en Duurzaamheid Onderwijs}}
""", producer="ttf", title="Afhandeling klacht KL-2026-0031", author="[[F. el Amrani]]", pdf_producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", pdf_creator="Corsa Correspondentie"))
