from lib import Doc

DOCS = [
Doc("az01_woo_verzoek", "Verzoek op grond van de Wet open overheid", """
Van: {Thijmen Oudejans} <{E|t.oudejans@vlietbode-post.nl}>
Verzonden: maandag 2 februari 2026 21:14
Aan: [woo@vlietstede.nl]
Onderwerp: Woo-verzoek opvanglocatie [Thorbeckegebouw]

Geacht college van burgemeester en wethouders van de [gemeente Vlietstede],
Op grond van de [Wet open overheid] verzoek ik u om openbaarmaking van alle documenten over de vestiging en het beheer van het [asielzoekerscentrum] (azc) in het voormalige kantoorgebouw [Thorbeckegebouw] aan de [Kanaalweg 88] te [Vlietstede], over de periode 1 juni 2025 tot en met 31 januari 2026.
Het gaat in elk geval om: verslagen van de [bewonersavond] van 14 oktober 2025; correspondentie met het [Centraal Orgaan opvang asielzoekers] ([COA]); incidentrapportages van het beveiligingsbedrijf; klachten van omwonenden en de afhandeling daarvan; brieven van [wethouder Ameziane] aan de [gemeenteraad]; berichten in de buurtapp [Buurtpreventie Kanaalzone].
Ik ben journalist bij een lokaal nieuwsplatform en wil de stukken graag digitaal ontvangen.
Mijn gegevens: {A|Zuiderkade 17-B}, {A|2316 KP} Vlietstede, telefoon {T|06-41729385}.
Met vriendelijke groet,
{Thijmen Oudejans}
""", prod="Microsoft Outlook 16.0", creator="Microsoft Outlook"),

Doc("az02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", """
[gemeente Vlietstede] | Team Juridische Zaken | Postbus 410 | 2300 AK Vlietstede
De heer {T. Oudejans}
{A|Zuiderkade 17-B}
{A|2316 KP} Vlietstede
Datum: 5 februari 2026
Ons kenmerk: [WOO-2026-0031]
Behandeld door: {Femke ter Haar}
Telefoon: {T|071 - 519 44 20}
E-mail: {E|f.terhaar@vlietstede.nl}
Onderwerp: ontvangstbevestiging verzoek om informatie
Geachte heer {Oudejans},
Op 2 februari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de opvanglocatie in het [Thorbeckegebouw] ([Kanaalweg 88]). Wij behandelen uw verzoek op grond van de [Wet open overheid] onder zaaknummer [WOO-2026-0031].
Op grond van artikel [4.4] van de Woo beslissen wij binnen vier weken. Omdat bij het verzoek derden betrokken zijn (het [COA], [Sentinel Beveiliging B.V.] en omwonenden), kan deze termijn met twee weken worden verlengd. U ontvangt daarover tijdig bericht.
Heeft u vragen, neem dan contact op via [woo@vlietstede.nl] of het algemene nummer [14 0171] en vermeld het zaaknummer.
Met vriendelijke groet,
namens dezen,
{Femke ter Haar}
Woo-coördinator, team Juridische Zaken
""", producer="ttf", prod="Aspose.Words for .NET 23.4.0", creator="Aspose.Words"),

Doc("az03_coa_brief_ingebruikname", "Brief COA: ingebruikname opvanglocatie Kanaalweg", """
[Centraal Orgaan opvang asielzoekers]
Unit Opvang Regio West
Aan het college van burgemeester en wethouders van [Vlietstede]
t.a.v. {Ruud Bakhuis}, projectleider opvang
Datum: 19 juni 2025
Kenmerk: [COA/RW/2025/0612]
Onderwerp: ingebruikname voormalig kantoorgebouw [Kanaalweg 88]
Geacht college,
Met deze brief bevestigt het [COA] de afspraken uit de bestuurlijke overeenkomst van 3 juni 2025 over de tijdelijke opvanglocatie in het [Thorbeckegebouw]. De locatie biedt plaats aan maximaal 280 bewoners, onder wie gezinnen met kinderen, voor een periode van vijf jaar.
De eerste bewoners worden verwacht in de week van 15 september 2025. Voor de ombouw van de kantoorverdiepingen naar woonunits is [Bouwbedrijf Van Gool] aangetrokken; de oplevering is gepland op 1 september 2025.
Locatiemanager wordt {Dirk-Jan Verhoef} (bereikbaar via {T|06 2837 4410} en {E|dj.verhoef@coa.nl}). Vanuit de regio is {Noor El Amrani} uw aanspreekpunt voor bestuurlijke vragen.
Het [COA] organiseert samen met de gemeente een [bewonersavond] voor omwonenden. Wij stellen voor die te houden in [wijkcentrum De Kanaalkant].
Met vriendelijke groet,
{Noor El Amrani}
regiomanager [COA] Regio West
""", producer="lo", meta={"author": "Ingrid Postma"}, hidden=[("metadata", "PERSON", "Ingrid Postma")]),

Doc("az04_mailthread_opening", "RE: opening locatie Kanaalweg - datum en communicatie", """
Van: {Bakhuis, Ruud} <{E|r.bakhuis@vlietstede.nl}>
Verzonden: donderdag 28 augustus 2025 16:02
Aan: {Verhoef, Dirk-Jan} <{E|dj.verhoef@coa.nl}>
CC: {ter Haar, Femke} <{E|f.terhaar@vlietstede.nl}>; {Wijnbergen, Sanne} <{E|s.wijnbergen@vlietstede.nl}>
Onderwerp: RE: opening locatie Kanaalweg - datum en communicatie
Hoi {Dirk-Jan},
Akkoord met 15 september. [Wethouder Ameziane] wil de omwonenden vooraf per brief informeren; {Sanne} maakt een concept. Kun jij het nummer van de 24-uurs beveiliging aanleveren? Dan nemen we dat op in de buurtbrief.
Groet, {Ruud}
{Ruud Bakhuis} | projectleider opvang | [gemeente Vlietstede] | {T|+31 (0)6 19283746}

Van: {Verhoef, Dirk-Jan} <{E|dj.verhoef@coa.nl}>
Verzonden: woensdag 27 augustus 2025 11:47
Aan: {Bakhuis, Ruud} <{E|r.bakhuis@vlietstede.nl}>
Onderwerp: opening locatie Kanaalweg
Beste {Ruud},
De aannemer meldt dat de brandmeldinstallatie op 5 september wordt opgeleverd. De [Veiligheidsregio Hollands Midden] komt 9 september schouwen. Als dat goed gaat, kunnen we de eerste bewoners op 15 september ontvangen.
Het algemene nummer voor omwonenden wordt [088 - 715 20 00] (24/7, meldkamer van [Sentinel Beveiliging B.V.]).
Met vriendelijke groet,
{Dirk-Jan Verhoef}
Locatiemanager [AZC Vlietstede]
""", serif=True, prod="Microsoft Outlook 16.0", creator="Microsoft Outlook"),

Doc("az05_verslag_bewonersavond", "Verslag bewonersavond opvanglocatie Thorbeckegebouw", """
Datum: dinsdag 14 oktober 2025, 19.30 - 21.45 uur
Locatie: [wijkcentrum De Kanaalkant], [Burgemeester Roellstraat] 3
Zaaknummer: [Z-2025-08812]
## Aanwezig namens organisaties
| Naam | Organisatie | Rol |
| [wethouder Ameziane] | [gemeente Vlietstede] | voorzitter |
| {Ruud Bakhuis} | [gemeente Vlietstede] | projectleider opvang |
| {Hatice Çelik} | [gemeente Vlietstede] | wijkregisseur |
| {Dirk-Jan Verhoef} | [COA] | locatiemanager |
| {Kees Lammertsma} | [COA] | woonbegeleider |
| {Gerrit Hoogendoorn} | [Sentinel Beveiliging B.V.] | teamleider |
| {Laura Brinkman} | [Politie Hollands Midden] | wijkagent |
| {Esmée Lagerwey} | [gemeente Vlietstede] | notulist |
Ongeveer 85 omwonenden waren aanwezig. Een presentielijst is bijgevoegd (bijlage 1).
## 1. Opening
[Wethouder Ameziane] opent de avond en licht toe waarom het college heeft ingestemd met opvang in het [Thorbeckegebouw]: de landelijke opgave uit de [Spreidingswet] en de leegstand van het kantoorpand sinds 2022.
## 2. Vragen uit de zaal
Mevrouw {Johanna Kersten-Blom} ({A|Kanaalweg 91}) vraagt hoe het zit met het verkeer in de [Burgemeester Roellstraat]. {Verhoef} antwoordt dat bewoners geen auto hebben; bezoekers parkeren op het eigen terrein.
De heer {Henk Westra} vraagt of er camera's komen aan de kanaalzijde. {Hoogendoorn} bevestigt dat er vier camera's worden geplaatst en dat er 24 uur per dag twee beveiligers aanwezig zijn.
De heer {Ömer Kaya} biedt namens [voetbalvereniging VV Kanaalboys] aan om kinderen van de locatie te laten meetrainen. Dit wordt positief ontvangen.
Een bewoner van de [Sluiskade] (de heer {Ton Bleeker}) uit zorgen over de veiligheid van zijn dochter, die 's avonds langs het pand fietst. Wijkagent {Brinkman} nodigt hem uit voor een gesprek.
<PB>
## 3. Toezeggingen
- Er komt een begeleidingscommissie met vijf omwonenden, het [COA] en de gemeente.
- De gemeente publiceert een vragenlijst op [www.vlietstede.nl/azc].
- Het [COA] organiseert in november een open dag.
## Actielijst
| Nr | Actie | Wie | Gereed |
| 1 | Begeleidingscommissie samenstellen | {C|RB} | 1 november |
| 2 | Vragen en antwoorden op website | {C|HÇ} | 24 oktober |
| 3 | Gesprek met de heer {Bleeker} | {C|LBr} | 21 oktober |
| 4 | Open dag plannen | {C|DJV} | 15 november |
| 5 | Cameraplan naar gemeente | {C|GHo} | 31 oktober |
Verslag: {Esmée Lagerwey}, 16 oktober 2025. Vastgesteld door [wethouder Ameziane].
""", prod="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365"),

Doc("az06_incidentrapport_1", "Incidentrapportage Sentinel Beveiliging - IR-2025-1107", """
[Sentinel Beveiliging B.V.] | Object: [AZC Vlietstede], [Kanaalweg 88] | Rapportnummer: [IR-2025-1107]
Datum/tijd incident: 7 november 2025, 23.18 uur
Opgesteld door: {Mohamed Azzouzi} (personeelsnummer {N|SB-20417})
Tweede beveiliger: {Rik Zwanenburg} (personeelsnummer {N|SB-19883})
Soort incident: geluidsoverlast / confrontatie met omwonende
Toedracht: Om 23.18 uur meldde de heer {Henk Westra} zich bij de slagboom aan de kanaalzijde. Hij klaagde over harde muziek uit een raam op de derde verdieping. {Zwanenburg} is met de dienstdoende woonbegeleider ({Kees Lammertsma}) naar de kamer gegaan; de muziek is uitgezet. Bewoner {Rahim Noori} (kamer 3.14) was hierover verontwaardigd.
De heer {Westra} bleef bij de slagboom staan en maakte foto's van het pand. Na een gesprek van tien minuten is hij vertrokken. Er was geen sprake van geweld.
Afhandeling: gemeld bij locatiemanagement ({Verhoef}) en geregistreerd in het meldingensysteem [SentiLog].
Follow-up: huisregels opnieuw besproken op de verdieping. Geen politie ingeschakeld.
Handtekening: {C|M. Azzouzi}
Gezien teamleider: {Gerrit Hoogendoorn}, 8 november 2025
""", producer="ttf", prod="iText 7.2.5 (AGPL-version)", creator="SentiLog Reporting 4.1"),

Doc("az07_incidentrapport_2", "Incidentrapportage Sentinel Beveiliging - IR-2025-1129", """
[Sentinel Beveiliging B.V.] | Object: [AZC Vlietstede] | Rapportnummer: [IR-2025-1129]
Datum/tijd incident: 29 november 2025, 02.40 uur
Opgesteld door: {Priscilla Doelwijt} (personeelsnummer {N|SB-21056}), mobiel dienst {T|0031 6 48120937}
Soort incident: medisch / onwel geworden bewoner
Toedracht: Bij de nachtronde trof {Doelwijt} bewoner {Yonas Tesfaye} (geboren {D|03-04-1998}, V-nummer {B|V-2839114706}) aan in de gemeenschappelijke keuken van de tweede verdieping. Hij was aanspreekbaar maar verward en gaf aan {H|in de afgelopen dagen zijn insulinedoses te hebben overgeslagen}.
Om 02.44 uur is 112 gebeld. De ambulance van de [Regionale Ambulancevoorziening Hollands Midden] was om 02.58 uur ter plaatse. De bewoner is overgebracht naar het [Alrijne Ziekenhuis] in Leiderdorp.
Geïnformeerd: {Dirk-Jan Verhoef} (locatiemanager) om 03.05 uur; [GZA]-verpleegkundige {Marloes Vink} om 08.00 uur.
Let op: medische gegevens uit deze rapportage niet delen buiten [COA] en [GZA Healthcare].
Handtekening: {C|P.D.}
""", producer="ttf", prod="iText 7.2.5 (AGPL-version)", creator="SentiLog Reporting 4.1"),

Doc("az08_klacht_omwonende", "Klacht over opvanglocatie Kanaalweg", """
{Wilma de Gooijer}
{A|Sluiskade 4}
{A|2316 KR} [Vlietstede]
{T|071-5124786}
{E|wilma.degooijer@ziggo.nl}
Aan: college van burgemeester en wethouders van [Vlietstede]
Vlietstede, 12 november 2025
Betreft: klacht over overlast en communicatie rond het azc
Geacht college,
Sinds september woon ik tegenover het [Thorbeckegebouw]. Ik wil duidelijk zeggen dat ik niet tegen opvang ben. Maar de communicatie laat te wensen over. Op de [bewonersavond] werd beloofd dat er een begeleidingscommissie zou komen; ik heb mij op 15 oktober aangemeld bij mevrouw {Çelik} en nooit iets gehoord.
Daarnaast staan er 's nachts regelmatig busjes van [Sentinel Beveiliging] met draaiende motor voor mijn deur. Mijn man ({Arend de Gooijer}) heeft longproblemen ({H|COPD}) en kan dan niet slapen.
Ik verzoek u om: (1) mij alsnog uit te nodigen voor de commissie, (2) afspraken te maken over het parkeren van de busjes.
Met vriendelijke groet,
{Wilma de Gooijer}
""", serif=True, prod="PDFpen 13.0.2", creator="Pages"),

Doc("az09_meldingsformulier", "Meldingsformulier overlast (webformulier)", """
[gemeente Vlietstede] - digitaal meldingsformulier overlast openbare ruimte
Meldingsnummer: [MOR-2025-44170]
Categorie: overlast rond opvanglocatie
Ontvangen via [www.vlietstede.nl/melden] op 3 december 2025 om 22.51 uur.
De velden hieronder zijn door de melder ingevuld in het formulier (zie de formuliervelden).
Naam melder:
Adres:
Telefoon:
E-mail:
Omschrijving:
Behandelaar gemeente: {Bram Overdijk}, team [Openbare Orde en Veiligheid]
Doorgezet naar: [COA] en [Sentinel Beveiliging B.V.] op 4 december 2025.
""", form=[("naam", "Marianne Sijtsma", (170, 600, 250)), ("adres", "Kanaalweg 102, 2316 KP Vlietstede", (170, 580, 250)),
            ("telefoon", "06 53 71 20 88", (170, 560, 250)), ("email", "m.sijtsma@hotmail.com", (170, 540, 250)),
            ("omschrijving", "Jongens uit het azc hangen bij de bushalte", (170, 520, 300))],
    hidden=[("annotations", "PERSON", "Marianne Sijtsma"), ("annotations", "ADDRESS", "Kanaalweg 102"),
            ("annotations", "PHONE", "06 53 71 20 88"), ("annotations", "EMAIL", "m.sijtsma@hotmail.com")],
    prod="Nitro Pro 13.70", creator="Nitro Pro"),
]
