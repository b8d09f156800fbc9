"""The documents of set CE (eval/blind/mixed73): a municipality's social domain (Apeldoorn, 2025).

All citizens, civil servants, care workers, their addresses, numbers and health data are invented.
Marks: [redact], [KIND|redact], {keep}; see lib.py.
"""
GA = ("Gemeente Apeldoorn", "Marktplein 1, 7311 LM Apeldoorn", "Postbus 9033, 7300 ES Apeldoorn",
      "Telefoon 14 055", "www.apeldoorn.nl")
FOOT = "Gemeente Apeldoorn - Marktplein 1 - Postbus 9033 - 7300 ES Apeldoorn - 14 055"
DOCS = []


def add(id, src, producer="rl", hidden=None, **kw):
    DOCS.append({"id": id, "src": src.strip("\n"), "producer": producer, "hidden": hidden or {}, "kw": kw.pop("kw", kw)})


# ------------------------------------------------------------------ ce01 Wmo-beschikking huishoudelijke ondersteuning
add("ce01", """
Retouradres: Postbus 9033, 7300 ES Apeldoorn

Mevrouw [G. Zondag-Brinkhuis]
[ADDRESS|Ravelijnstraat 41]
[ADDRESS|7321 BK] Apeldoorn

R:Datum: 14 maart 2025
R:Ons kenmerk: {WMO-2025-018734}
R:Cliëntnummer: [CL-4471902]
R:Behandeld door: [Mirjam Hofstede]
R:Telefoon: [06-41 27 83 90]
R:E-mail: [m.hofstede@apeldoorn.nl]

Onderwerp: besluit maatwerkvoorziening huishoudelijke ondersteuning {Wmo 2015}

Geachte mevrouw [Zondag-Brinkhuis],

Op 3 februari 2025 heeft u bij het {Sociaal Wijkteam Zuid} een melding gedaan voor ondersteuning in het huishouden. Op 18 februari 2025 hebben wij met u en uw dochter [Wendy Zondag] een gesprek gevoerd bij u thuis. In deze brief leest u ons besluit.

## Uw gegevens
T: Naam | [Gerda Zondag-Brinkhuis]
T: Geboortedatum | [DOB|03-07-1941]
T: BSN | [BSN|173640291]
T: Cliëntnummer | [CL-4471902]

## Ons besluit
Wij kennen u een maatwerkvoorziening huishoudelijke ondersteuning toe in de vorm van zorg in natura, 3 uur per week, van 1 april 2025 tot en met 31 maart 2027. De ondersteuning wordt geleverd door {Riwis Zorg & Welzijn}.

## Waarom dit besluit
Uit het gesprek is gebleken dat u door uw [HEALTH|hartfalen] en de gevolgen van een [HEALTH|heupoperatie in november 2024] het zware huishoudelijke werk niet meer zelf kunt doen. Uw dochter woont in Deventer en kan niet vaker dan eens per week komen. Er zijn geen voorliggende voorzieningen die dit oplossen. Daarom heeft u recht op een maatwerkvoorziening op grond van artikel 2.3.5 van de {Wet maatschappelijke ondersteuning 2015} en de {Verordening maatschappelijke ondersteuning Apeldoorn 2023}.

## Eigen bijdrage
Voor deze voorziening betaalt u een eigen bijdrage van maximaal € 21,80 per maand. Het {CAK} stelt de bijdrage vast en stuurt u daarover een brief.

## Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders, Postbus 9033, 7300 ES Apeldoorn, of digitaal via {www.apeldoorn.nl/bezwaar}. Heeft u vragen, bel dan met het algemene nummer {14 055} of mail naar {wmo@apeldoorn.nl}.

Met vriendelijke groet,
het {college van burgemeester en wethouders} van Apeldoorn,
namens dezen,

[Erik Jan Brouwer]
{teamleider} {Toegang Wmo}
""", header=GA, footer=FOOT, font="Helvetica", size=9.5, colw=[140, 331])

# ------------------------------------------------------------------ ce02 Jeugdwet beschikking
add("ce02", """
Retouradres: Postbus 9033, 7300 ES Apeldoorn

DE HEER [D. KONING] EN MEVROUW [S. KONING-EL AMRANI]
[ADDRESS|ZWANENWEG 7]
[ADDRESS|7329 AD] APELDOORN

R:Datum: 2 april 2025
R:Zaaknummer: {JGD-2025-04412}
R:Dossiernummer kind: [JD-0912-334]
R:Contactpersoon: [Sanne Dijkhuis]
R:Telefoon: [055 - 580 12 77]

Onderwerp: toekenning jeugdhulp voor [Daan Koning]

Beste meneer en mevrouw [Koning],

Op 12 maart 2025 spraken wij met u over de zorgen rond uw zoon [Daan] (8). U gaf aan dat [Daan] op school en thuis veel vastloopt. De huisarts heeft hem verwezen naar {Karakter Kinder- en Jeugdpsychiatrie}, waar bij hem [HEALTH|ADHD van het gecombineerde type] en [HEALTH|een vermoeden van dyslexie] is vastgesteld.

## Besluit
Op grond van artikel 2.3 van de {Jeugdwet} kennen wij voor [Daan Koning], geboren [DOB|17 september 2016], burgerservicenummer [BSN|246813581], de volgende jeugdhulp toe:
T: Product | Aanbieder | Omvang | Looptijd
T: Specialistische jeugd-GGZ behandeling | {Karakter} | 40 uur | 01-04-2025 t/m 31-03-2026
T: Ouderbegeleiding | {Lindenhout} | 12 sessies | 01-04-2025 t/m 30-09-2025

Het gezinsplan is opgesteld samen met u en met de intern begeleider van {OBS De Sprengen}, juffrouw [Hilde Roetgerink]. Uw dochter [Mila] (5) gaat voorlopig mee naar de oudergesprekken, omdat er geen opvang is.

## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken. Kijk op {www.apeldoorn.nl/bezwaar} of bel {14 055}. Vragen over jeugdhulp kunt u ook mailen naar {jeugd@apeldoorn.nl}.

Met vriendelijke groet,

[Sanne Dijkhuis]
{jeugdconsulent}, team {Jeugd en Gezin}
""", header=GA, footer=FOOT, font="LibSans", size=9.5, colw=[150, 100, 70, 151])

# ------------------------------------------------------------------ ce03 Participatiewet toekenning bijstand
add("ce03", """
Mevrouw [E. Yılmaz]
[ADDRESS|Sparrenlaan 112-A]
[ADDRESS|7314 HN] Apeldoorn

R:Datum: 22 januari 2025
R:Dossiernummer: [PW-556120]
R:Uw BSN: [BSN|315972646]
R:Contact: [Jasper Kleinjan], {Werk en Inkomen}
R:Telefoon: [+31 6 28 11 90 47]

Onderwerp: besluit op uw aanvraag {algemene bijstand} ({Participatiewet})

Geachte mevrouw [Yılmaz],

U heeft op 2 december 2024 algemene bijstand aangevraagd. U bent op [DOB|11-02-1990] geboren en woont sinds uw scheiding van de heer [Murat Demirci] alleen met uw twee kinderen. In dit besluit leest u of u bijstand krijgt.

## Besluit
Wij kennen u met ingang van 2 december 2024 bijstand toe naar de norm voor een alleenstaande ouder. Het bedrag is € 1.401,28 netto per maand (januari 2025). De bijstand wordt maandelijks rond de 25e overgemaakt op rekeningnummer [IBAN|NL14 INGB 0004 8273 61] ten name van [E. Yılmaz].

## Wat wij hebben meegewogen
- U heeft [DEBT|een schuld van € 8.450 bij de Belastingdienst/Toeslagen] en [DEBT|een achterstand van € 2.130 in de huur] bij {Ons Huis}; wij hebben u aangemeld bij {Schuldhulpverlening Apeldoorn}.
- Uit de medische informatie blijkt dat u onder behandeling bent voor [HEALTH|een posttraumatische stressstoornis]. U krijgt daarom tot 1 juli 2025 ontheffing van de arbeidsverplichtingen (artikel 9 lid 2 {Participatiewet}).
- Uw oudste dochter [Elif] (17) heeft een bijbaan; haar inkomen telt niet mee.

## Verplichtingen
U bent verplicht alle wijzigingen door te geven via {www.apeldoorn.nl/wijzigingdoorgeven}. Meer informatie: {www.apeldoorn.nl/bijstand} of {14 055}.

Met vriendelijke groet,
namens het college,

[Jasper Kleinjan]
{consulent} {Werk en Inkomen}
""", header=GA, footer=FOOT, font="DejaVu", size=9)

# ------------------------------------------------------------------ ce04 Keukentafelgesprek (2 pages)
add("ce04", """
# Verslag keukentafelgesprek Wmo
T: Datum gesprek | 6 mei 2025, 10.00 - 11.30 uur
T: Plaats | bij cliënt thuis, [ADDRESS|Berkenoordlaan 219], Apeldoorn
T: Cliënt | [Henk van Hattem] (geb. [DOB|19-10-1946]), cliëntnummer [CL-4490318]
T: Aanwezig | [Henk van Hattem], echtgenote [Wil van Hattem-Ruesink], dochter [Marloes Geverink] (mantelzorger), consulent [Mirjam Hofstede]
T: Zaaknummer | {WMO-2025-021907}

## 1. Aanleiding
De huisarts, dokter [Van der Meulen] van {Gezondheidscentrum Zevenhuizen}, heeft ons gevraagd contact op te nemen. Meneer [Van Hattem] heeft sinds 2021 [HEALTH|de ziekte van Parkinson]; zijn loopvermogen is sinds de winter sterk achteruitgegaan. Hij is in maart twee keer gevallen op de trap.

## 2. Situatie en mogelijkheden
Meneer en mevrouw wonen in een eengezinswoning van {De Goede Woning} met een steile trap. De slaapkamer en badkamer zijn boven. Mevrouw [Van Hattem-Ruesink] heeft zelf [HEALTH|COPD] en kan haar man niet tillen. Dochter [Marloes] komt drie keer per week uit Ugchelen; zij geeft aan dat zij "op haar tandvlees loopt". Zoon [Rob] woont in Canada.
Meneer is gelovig ([RELIGION|hersteld hervormd]) en wil op zondag naar de kerk kunnen blijven gaan; hij gebruikt daarvoor nu de taxi van de kerk.

## 3. Wat is besproken
1. Traplift of verhuizing naar een gelijkvloerse woning. Mevrouw wil niet verhuizen. Een ergotherapeut van {Ergotherapie Apeldoorn} komt de woning beoordelen.
2. Vervoer: aanvraag {Regiotaxi Apeldoorn} met Wmo-pas.
3. Respijtzorg voor de dochter via {Mantelzorg Apeldoorn} (onderdeel van {Stimenz}).
4. Dagbesteding bij {Zozijn} op dinsdag en donderdag.

PB
## 4. Afspraken
TH: Wat | Wie | Wanneer
T: Ergotherapeutisch advies aanvragen | [MH] | vóór 15 mei
T: Aanmelding Regiotaxi | [Marloes Geverink] | deze week
T: Gesprek mantelzorgconsulent | [MH] / [Marloes] | juni
T: Medische informatie opvragen bij neuroloog | [MH] | vóór 20 mei

## 5. Contactgegevens
Dochter [Marloes Geverink]: [06 1834 2210], [marloesgeverink@hotmail.com]. Meneer en mevrouw zelf: [055-5213748] (vast nummer, liefst na 10 uur bellen).
Consulent: [Mirjam Hofstede], [06-41 27 83 90]. Algemeen: {14 055}, {wmo@apeldoorn.nl}.

## 6. Vervolg
Het verslag is op 8 mei 2025 aan meneer en mevrouw gestuurd. Zij kunnen binnen twee weken reageren; daarna volgt een aanvraag en een besluit op grond van de {Wmo 2015}.

Paraaf consulent: [MH]
""", font="LibSans", size=9.5, header=("Gemeente Apeldoorn - Toegang Wmo", "Vertrouwelijk"), footer="Verslag keukentafelgesprek - WMO-2025-021907", colw=[120, 351])

# ------------------------------------------------------------------ ce05 scan: signed complaint letter
add("ce05", """
R:[Anneke Bos-de Graaf]
R:[ADDRESS|Oranjestraat 9]
R:[ADDRESS|7321 XT] Apeldoorn
R:tel. [06-22 87 45 19]

Aan het college van burgemeester en wethouders
Gemeente Apeldoorn, Postbus 9033
7300 ES Apeldoorn

Apeldoorn, 28 april 2025

Betreft: klacht over de behandeling van mijn aanvraag

Geachte heer, mevrouw,

Hierbij dien ik een klacht in over consulent [Mirjam Hofstede]. Op 10 april heb ik haar drie keer gebeld op haar nummer en geen antwoord gekregen. Mijn man [Gerrit Bos] heeft [HEALTH|dementie] en ik kan hem niet meer alleen laten. Wij wachten al acht weken op een besluit over dagbesteding.

Ik vraag u om mijn aanvraag met spoed te behandelen en mij te laten weten wie mijn aanvraag nu behandelt. Mijn cliëntnummer is [CL-4483377].

Met vriendelijke groet,

SIG:A. Bos
[Anneke Bos-de Graaf]
""", producer="scan", kw={"rot": 0.7, "seed": 5})

# ------------------------------------------------------------------ ce06 answer to complaint
add("ce06", """
Mevrouw [A. Bos-de Graaf]
[ADDRESS|Oranjestraat 9]
[ADDRESS|7321 XT] Apeldoorn

R:Datum: 19 mei 2025
R:Kenmerk: {KL-2025-0197}
R:Behandeld door: [Yvonne Bleumink]
R:Telefoon: [055 580 41 62]

Onderwerp: afhandeling van uw klacht van 28 april 2025

Geachte mevrouw [Bos-de Graaf],

Op 30 april 2025 ontvingen wij uw brief waarin u klaagt over de bereikbaarheid van uw consulent en de duur van de behandeling van uw aanvraag voor dagbesteding voor uw man. Op 12 mei heb ik u gebeld en hebben wij uw klacht besproken. Ook de consulent, mevrouw [Hofstede], en haar teamleider, de heer [Brouwer], heb ik gesproken.

## Bevindingen
Uw aanvraag is op 14 maart 2025 ontvangen. De wettelijke termijn van acht weken (artikel 2.3.5 {Wmo 2015}) is overschreden. Door ziekte in het team zijn telefoontjes in april niet teruggebeld. Dat had niet mogen gebeuren.

## Oordeel
Uw klacht is gegrond. Wij bieden u onze excuses aan. Het besluit over de dagbesteding bij {Zozijn} is op 15 mei 2025 aan u verstuurd. Uw vaste contactpersoon is voortaan [Ruben Tjoa], bereikbaar via [r.tjoa@apeldoorn.nl] of {14 055}.

Bent u niet tevreden over de afhandeling, dan kunt u zich wenden tot de {Nationale ombudsman} ({www.nationaleombudsman.nl}).

Met vriendelijke groet,

[Yvonne Bleumink]
{klachtencoördinator} {Sociaal Domein}
""", header=GA, footer=FOOT, font="Times", size=10.5)

# ------------------------------------------------------------------ ce07 beslissing op bezwaar (2 pages)
add("ce07", """
De heer [R. Post]
p/a mr. [C. van 't Hul]
{Advocatenkantoor IJsselzicht}
Stationsstraat 80
7311 MN Apeldoorn

R:Datum: 24 juni 2025
R:Ons kenmerk: {BZW-2025-0311}
R:Uw kenmerk: [CH/2025-0417/Post]
R:Behandeld door: [Priya Ramdin]
R:Direct nummer: [(055) 580 19 03]

Onderwerp: {beslissing op bezwaar} terugvordering bijstand

Geachte mevrouw [Van 't Hul],

Namens uw cliënt, de heer [Ruud Post], geboren [DOB|2 mei 1978], wonend [ADDRESS|Koggeschip 23, 7333 PD Apeldoorn], heeft u op 3 maart 2025 bezwaar gemaakt tegen ons besluit van 27 januari 2025 (kenmerk {PW-TV-2025-0088}). Met dat besluit hebben wij de bijstand van uw cliënt over de periode 1 juni 2023 tot en met 31 oktober 2024 herzien en een bedrag van € 14.926,17 teruggevorderd.

## Het advies van de commissie
De {Commissie bezwaarschriften sociaal domein} heeft uw cliënt en u op 20 mei 2025 gehoord. Namens ons college was de heer [Bas Reinders], handhaver, aanwezig. De commissie (voorzitter mr. drs. [A.J. Lankhorst]) adviseert het bezwaar ongegrond te verklaren. Het advies is bijgevoegd.

## Feiten
Uit het onderzoek van de afdeling {Handhaving Werk en Inkomen} bleek dat uw cliënt vanaf juni 2023 samenwoonde met mevrouw [Jacqueline Timmerije] op het adres [ADDRESS|Koggeschip 23]. Buren verklaarden dat mevrouw [Timmerije] daar dagelijks verbleef; haar auto stond er 's nachts. Uw cliënt stelde dat mevrouw bij hem verbleef omdat zij [HEALTH|na een burn-out] tijdelijk geen eigen woonruimte had. Hij heeft eerder in 2019 een [CRIMINAL|voorwaardelijke straf gekregen voor uitkeringsfraude].

PB
## Beoordeling
Op grond van artikel 3 lid 4 van de {Participatiewet} is sprake van een gezamenlijke huishouding als twee personen hun hoofdverblijf in dezelfde woning hebben en blijk geven zorg te dragen voor elkaar. Het college neemt het advies van de commissie over. De verklaring van de buren (Fam. [Ten Brinke] en de heer [Said Ouali]) is concreet en wordt ondersteund door de bevindingen van het huisbezoek van 14 november 2024.

## Beslissing
Wij verklaren het bezwaar ongegrond en handhaven het besluit van 27 januari 2025. Tegen deze beslissing kan uw cliënt binnen zes weken beroep instellen bij de {Rechtbank Gelderland}, team bestuursrecht, Postbus 9030, 6800 EM Arnhem.

Het college van burgemeester en wethouders van Apeldoorn,
namens dezen,

[P. Ramdin]
{juridisch adviseur} {Bezwaar en Beroep}

Afschrift: de heer [R. Post], [ADDRESS|Koggeschip 23]
""", header=GA, footer=FOOT, font="LibSerif", size=10)

# ------------------------------------------------------------------ ce08 wijkteam case notes (first names alone)
add("ce08", """
# Sociaal Wijkteam Zuid - journaal
T: Cliënt | [Mila] [Doorn] (23), zoontje [Sem] (2)
T: Adres | [ADDRESS|Het Rietveld 64], Apeldoorn
T: Dossiernummer | [SWZ-2025-1183]
T: Wijkcoach | [Fenna Oosterveld] ({Stimenz})

M:03-03-2025 09:12  [FO]  [Mila] belde. Huisbaas dreigt met ontruiming, 3 mnd huurachterstand.
M:03-03-2025 14:40  [FO]  Huisbezoek. [Sem] slaapt slecht, [Mila] oogt moe. Ex ([Kevin]) niet in beeld.
M:05-03-2025 10:05  [FO]  Overleg met [Jorien] (schuldhulp): aanmelding {Schuldhulpverlening Apeldoorn}.
M:11-03-2025 16:20  [TvL]  [Mila] niet thuis bij afspraak. Buurvrouw ([Ans]) zegt: bij haar moeder.
M:12-03-2025 08:55  [FO]  [Mila] belt terug. Moeder [Joke] [Doorn] woont in Loenen, [Mila] logeert daar.
M:19-03-2025 11:30  [FO]  Huisarts bevestigt [HEALTH|postnatale depressie], verwijzing naar {GGNet}.
M:26-03-2025 13:00  [FO]  [Sem] naar peuteropvang {Spelenderwijs}, VVE-indicatie via {JGZ}.
M:02-04-2025 09:45  [TvL]  Ex [Kevin] stond voor de deur, [Mila] belde 112. Politie geweest.
M:02-04-2025 15:10  [FO]  Melding bij {Veilig Thuis} ({0800-2000}) besproken met [Mila].

[Mila] belde op 2 april opnieuw, erg angstig. [Kevin] [Hesselink] heeft volgens haar een [CRIMINAL|contactverbod] maar houdt zich daar niet aan. De {GGD Noord- en Oost-Gelderland} (jeugdverpleegkundige) is op de hoogte.
Afspraak: wijkcoach [Fenna] belt dagelijks; [Tom] ([TvL]) is vervanger bij afwezigheid.

Contact [Mila]: [06-19 55 70 38]. Moeder [Joke]: [0578-612 993].
""", font="Helvetica", size=9.5, header=("Stimenz - Sociaal Wijkteam Zuid", "Vertrouwelijk - alleen voor wijkteam"),
    footer="Journaal SWZ-2025-1183 - afgedrukt 07-04-2025", colw=[110, 361])

# ------------------------------------------------------------------ ce09 e-mail thread between consulenten
add("ce09", """
Van: [Ruben Tjoa] <[r.tjoa@apeldoorn.nl]>
Verzonden: dinsdag 20 mei 2025 16:47
Aan: [Mirjam Hofstede] <[m.hofstede@apeldoorn.nl]>
CC: [Erik Jan Brouwer] <[ej.brouwer@apeldoorn.nl]>; {wmo@apeldoorn.nl}
Onderwerp: RE: overdracht dossier [Bos] ({WMO-2025-019655})

Hoi [Mirjam],

Dank voor de overdracht. Ik heb mevrouw [Bos] vanmiddag gebeld. Het gaat thuis eigenlijk niet meer: meneer [Bos] dwaalt 's nachts en is vorige week door de politie teruggebracht. De casemanager dementie van {Viattence} ([Gonny Klein Nagelvoort]) denkt dat een {Wlz}-indicatie via het {CIZ} nodig is. Ik plan dat met haar in.

Wil jij de klacht nog even afronden met [Yvonne]? Zij wacht op jouw reactie.

Groet,
[Ruben]
[Ruben Tjoa] | {consulent Wmo} | team {Toegang Wmo}
{Gemeente Apeldoorn} | [06 - 83 41 22 07] | bereikbaar ma-di-do

-----Oorspronkelijk bericht-----
Van: [Mirjam Hofstede]
Verzonden: maandag 19 mei 2025 09:02
Aan: [Ruben Tjoa]
Onderwerp: overdracht dossier [Bos] ({WMO-2025-019655})

Hoi [Ruben],

Zoals besproken in het teamoverleg draag ik het dossier van mevrouw [Anneke Bos-de Graaf] ([ADDRESS|Oranjestraat 9]) aan jou over. Haar man [Gerrit] (geb. [DOB|1938]) heeft [HEALTH|vasculaire dementie], diagnose in 2023 gesteld door de geriater van {Gelre ziekenhuizen}. Besluit dagbesteding {Zozijn} is verstuurd. Mevrouw is zelf ook niet sterk ([HEALTH|reuma]) en wordt snel boos aan de telefoon, maar met een rustige uitleg gaat het goed.

Het cliëntnummer van meneer is [CL-4483378], van mevrouw [CL-4483377].

Groetjes,
[Mirjam]
""", font="LibSans", size=9.5, meta={"author": "", "title": "RE: overdracht dossier"})

# ------------------------------------------------------------------ ce10 e-mail thread with zorgaanbieder
add("ce10", """
Van: [Hanneke Tijhuis] <[h.tijhuis@riwis.nl]>
Verzonden: donderdag 10 april 2025 11:15
Aan: {wmo@apeldoorn.nl}
CC: [Mirjam Hofstede] <[m.hofstede@apeldoorn.nl]>
Onderwerp: Startbericht HH cliënt [4471902] - huishoudelijke ondersteuning

Goedemorgen,

Hierbij bevestigen wij de start van de huishoudelijke ondersteuning voor mevrouw [G. Zondag-Brinkhuis] per 1 april 2025 (toewijzing {iWmo} 301-bericht ontvangen op 28 maart, startbericht 305 is verstuurd). Onze medewerker [Jolanda Meijerink] gaat op woensdagochtend naar mevrouw toe.

Let op: mevrouw heeft een sleutelkastje naast de voordeur; de code is bij ons bekend. Mevrouw gebruikt [HEALTH|bloedverdunners] en [HEALTH|zuurstof 's nachts], wij houden daar rekening mee.

Met vriendelijke groet,

[Hanneke Tijhuis]
{planner huishoudelijke ondersteuning}
{Riwis Zorg & Welzijn} | Laan van Malkenschoten 20 | {055 - 599 33 00} | {www.riwis.nl}

Van: [Mirjam Hofstede] <[m.hofstede@apeldoorn.nl]>
Verzonden: donderdag 10 april 2025 13:40
Aan: [Hanneke Tijhuis] <[h.tijhuis@riwis.nl]>
Onderwerp: RE: Startbericht HH cliënt [4471902]

Dag [Hanneke],

Dank je. Mevrouw [Zondag-Brinkhuis] belde mij gisteren dat er nog niemand was geweest; fijn dat het nu geregeld is. Haar dochter [Wendy] ([06-50 12 98 34]) wil graag op de hoogte blijven; mevrouw heeft daar toestemming voor gegeven.

Groet,
[Mirjam Hofstede]
consulent Wmo, {Gemeente Apeldoorn}
""", font="Helvetica", size=9.5)

# ------------------------------------------------------------------ ce11 thread with wethouder's office
add("ce11", """
Van: [Tim Wessels] <[t.wessels@apeldoorn.nl]>
Verzonden: vrijdag 23 mei 2025 08:31
Aan: [Erik Jan Brouwer] <[ej.brouwer@apeldoorn.nl]>
CC: [Karin Lodder] <[k.lodder@apeldoorn.nl]>; {secretariaat.college@apeldoorn.nl}
Onderwerp: Signaal voor {wethouder Aalderink}: mail van mevrouw [Bos-de Graaf]

Goedemorgen [Erik Jan],

{Wethouder Sytske Aalderink} heeft gisteren een mail ontvangen van mevrouw [A. Bos-de Graaf] ([anneke.bosdegraaf@kpnmail.nl]). Zij schrijft dat haar man met [HEALTH|dementie] wekenlang zonder dagbesteding zat en dat de gemeente "niet thuis gaf". Ze heeft een kopie gestuurd aan {raadslid Linda Boerkamp} ({GroenLinks}).

De wethouder wil vóór het portefeuillehoudersoverleg van dinsdag 27 mei weten:
1. wat de stand van zaken is in dit dossier;
2. hoeveel Wmo-aanvragen op dit moment over de termijn zijn;
3. of mevrouw al een reactie op haar klacht heeft (ik zie {KL-2025-0197}).

{Wethouder Aalderink} wil mevrouw zelf bellen. Mag ik daarvoor haar nummer gebruiken uit het dossier ([06-22 87 45 19])?

Met vriendelijke groet,

[Tim Wessels]
{bestuursadviseur} van {wethouder Aalderink} (Zorg, Welzijn en Jeugd)
{Gemeente Apeldoorn} | T [055 580 2261] | M [06 1237 8890]

---
Van: [Erik Jan Brouwer]
Verzonden: vrijdag 23 mei 2025 11:02
Aan: [Tim Wessels]
CC: [Karin Lodder]
Onderwerp: RE: Signaal voor {wethouder Aalderink}

Hoi [Tim],

1. Klacht is op 19 mei afgehandeld (gegrond), [Yvonne Bleumink] heeft de brief gestuurd. Dagbesteding loopt sinds 19 mei. Nieuwe consulent is [Ruben Tjoa]; er loopt een traject richting {Wet langdurige zorg}.
2. Op 22 mei waren 214 aanvragen over de termijn (was 287 op 1 april). [Karin] stuurt je het overzicht.
3. Prima dat de wethouder belt, het nummer klopt. Graag via de wethouder en niet via [Ruben] zelf.

Groet, [EJ]
""", font="DejaVu", size=9)

# ------------------------------------------------------------------ ce12 raadsvragen + college answer (2 pages)
add("ce12", """
# Schriftelijke vragen ex artikel 44 Reglement van orde
T: Nummer | {RV-2025-061}
T: Datum ingekomen | 26 mei 2025
T: Vragensteller(s) | {Linda Boerkamp} ({GroenLinks}), {Rik Wentink} ({CDA})
T: Onderwerp | Wachttijden Wmo en bereikbaarheid consulenten
T: Portefeuillehouder | {wethouder S. Aalderink}

## Inleiding
Inwoners melden ons dat zij maanden wachten op een besluit over een Wmo-voorziening en dat consulenten slecht bereikbaar zijn. Eén inwoner vertelde dat haar man met dementie acht weken zonder dagbesteding zat. Wij hebben de volgende vragen aan het college.

## Vragen en antwoorden
**Vraag 1. Hoeveel Wmo-aanvragen waren op 1 mei 2025 ouder dan acht weken?
Antwoord: Op 1 mei 2025 waren 251 van de 1.418 lopende aanvragen ouder dan acht weken. Op 1 juni waren dat er 198.

**Vraag 2. Wat is de oorzaak van de achterstand?
Antwoord: Het aantal meldingen is in 2024 met 17 procent gestegen, vooral voor huishoudelijke ondersteuning na de invoering van het abonnementstarief. Daarnaast waren in het voorjaar acht van de 46 consulenten langdurig afwezig.

**Vraag 3. Hoe gaat het college de bereikbaarheid verbeteren?
Antwoord: Sinds 1 juni is er een terugbelbelofte binnen twee werkdagen. Inwoners bellen {14 055} en vragen naar het team {Toegang Wmo}, of mailen naar {wmo@apeldoorn.nl}. Consulenten hebben geen eigen publiek telefoonnummer meer.

**Vraag 4. Is het college bereid de betrokken inwoner excuses aan te bieden?
Antwoord: Wij gaan niet in op individuele dossiers. {Wethouder Aalderink} heeft met de inwoner gesproken. De klacht is gegrond verklaard.

PB
**Vraag 5. Welke rol spelen {Stimenz} en de zorgaanbieders bij het wegwerken van de achterstand?
Antwoord: Het {Sociaal Wijkteam} neemt eenvoudige meldingen over. Met {Riwis Zorg & Welzijn}, {Zozijn} en {Viattence} zijn afspraken gemaakt over snellere start van de zorg. Het college informeert de raad in september met een {raadsinformatiebrief} over de voortgang van het {Actieplan Wachttijden Sociaal Domein}.

Het college van burgemeester en wethouders van Apeldoorn,

de burgemeester,
{Ton Heerts}

Verzonden: 17 juni 2025
Ambtelijk contactpersoon: [Karin Lodder], beleidsadviseur sociaal domein, [k.lodder@apeldoorn.nl]
""", header=("Gemeente Apeldoorn", "Raadsvragen 2025"), footer="Beantwoording raadsvragen RV-2025-061", font="Times", size=10.5, colw=[140, 331])

# ------------------------------------------------------------------ ce13 Teams chat export
add("ce13", """
# Chatgesprek: Team Toegang Wmo - Zuid
M:Geëxporteerd uit Microsoft Teams op 27-05-2025 17:05 door [Mirjam Hofstede]
---
**[Hofstede, Mirjam]  26-05 08:47
heeft iemand het cliëntnummer van meneer [Van Hattem]? zit niet in Suite
**[Tjoa, Ruben]  26-05 08:49
[CL-4490318] - let op er zijn er twee, de andere is zijn vrouw [Wil] ([CL-4490319])
**[Hofstede, Mirjam]  26-05 08:50
top dank je
**[Kampinga, Esther]  26-05 09:12
Ik heb om 10.00 een huisbezoek bij [Yılmaz] in de Sparrenlaan, gaat over [HEALTH|PTSS] en de kinderen. Kan iemand mijn telefoon overnemen? Intern [2261]? nee sorry [2264]
**[Tjoa, Ruben]  26-05 09:13
doe ik
**[Brouwer, Erik Jan]  26-05 10:30
@[Mirjam] de wethouder belt mw [Bos] vandaag, even niet zelf bellen aub
**[Hofstede, Mirjam]  26-05 10:31
👍
**[Kampinga, Esther]  26-05 12:02
Wie weet of [Henk van Hattem] al bij de ergotherapeut is geweest? Dochter [Marloes] belt steeds ([06 1834 2210])
**[Hofstede, Mirjam]  26-05 12:05
Staat gepland 3 juni, [Marloes] weet dat
**[Brouwer, Erik Jan]  26-05 16:44
Herinnering: donderdag teamoverleg in kamer {Loo} van het stadhuis, {Marktplein 1}. [Karin Lodder] komt het {Actieplan Wachttijden} toelichten.
""", font="DejaVu", size=9.5, header=("Microsoft Teams - chatexport",), footer="Vertrouwelijk - intern gebruik")

# ------------------------------------------------------------------ ce14 meeting report with action list (initials)
add("ce14", """
# Verslag overleg regie sociaal domein
T: Datum | donderdag 5 juni 2025, 14.00 - 15.30 uur, stadhuis Apeldoorn, kamer {Berg en Bos}
T: Aanwezig | [Erik Jan Brouwer] (voorzitter, EJB), [Karin Lodder] (KL), [Sanne Dijkhuis] (SD), [Jasper Kleinjan] (JK), [Fenna Oosterveld] ({Stimenz}, FO), [Marco ter Haar] ({Riwis Zorg & Welzijn}, MtH)
T: Afwezig | [Priya Ramdin] (PR), [Ingrid van Dalen-Kruisselbrink] ({GGD Noord- en Oost-Gelderland})
T: Notulist | [Lotte Schuurman]

## 1. Opening en mededelingen
[EJB] meldt dat {wethouder Aalderink} en {wethouder Kaya} op 1 juli een werkbezoek brengen aan het {Sociaal Wijkteam Zuid}. De raadsvragen van {GroenLinks} en {CDA} ({RV-2025-061}) zijn beantwoord.

## 2. Actieplan Wachttijden
[KL] licht de cijfers toe: 198 aanvragen over de termijn. {Riwis Zorg & Welzijn} kan per 1 juli 60 extra cliënten huishoudelijke ondersteuning leveren. [MtH] vraagt om de 301-berichten uit {iWmo} sneller te versturen.

## 3. Casuïstiek (geanonimiseerd besproken)
[SD] bespreekt een gezin in Zevenhuizen waar de moeder ([HEALTH|borderline persoonlijkheidsstoornis]) en vader beiden uitvallen; drie kinderen. Afgesproken is op- en afschaling met {Veilig Thuis} en {Jeugdbescherming Gelderland}. [FO] wijst op de wachtlijst bij {GGNet}.

## 4. Participatiewet
[JK] meldt dat de nieuwe {Wet Participatiewet in balans} meer ruimte geeft voor maatwerk bij terugvordering. Het team {Handhaving Werk en Inkomen} past de werkwijze per 1 januari 2026 aan.

## Actielijst
TH: Nr | Actie | Wie | Datum
T: 25-14 | Overzicht aanvragen boven termijn per wijk | KL | 19-06
T: 25-15 | Afspraken iWmo-berichten met Riwis vastleggen | EJB / MtH | 01-07
T: 25-16 | Programma werkbezoek wethouders | FO | 20-06
T: 25-17 | Werkinstructie terugvordering aanpassen | JK / PR | 01-09
T: 25-18 | Wachtlijst GGNet agenderen in overleg met GGD | SD | 03-07

Volgend overleg: 3 juli 2025. Verslag: [LS], 6 juni 2025.
""".replace("| KL |", "| [KL] |").replace("| EJB / MtH |", "| [EJB] / [MtH] |").replace("| FO |", "| [FO] |")
   .replace("| JK / PR |", "| [JK] / [PR] |").replace("| SD |", "| [SD] |")
   .replace("(EJB)", "([EJB])").replace("(voorzitter, EJB)", "(voorzitter, [EJB])").replace("(KL)", "([KL])")
   .replace("(SD)", "([SD])").replace("(JK)", "([JK])").replace(", FO)", ", [FO])").replace(", MtH)", ", [MtH])").replace("(PR)", "([PR])"),
   font="LibSans", size=9.5, header=("Gemeente Apeldoorn - Sociaal Domein", "Intern"), footer="Verslag regie-overleg 5 juni 2025", colw=[130, 341])

# ------------------------------------------------------------------ ce15 scan: handwritten telephone note
add("ce15", """
# Telefoonnotitie  KCC
Datum: 4/6   11.20 u
Voor: [Sanne Dijkhuis] (jeugd)
Beller: [Samira Koning]
tel [06 4418 2975]
Moeder van [Daan] (8) belt:
school wil [Daan] schorsen,
hij heeft een juf geslagen.
Graag vandaag terugbellen!!
Karakter start pas in juli?
Aangenomen door: [Gert]
""", producer="scan", kw={"font": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", "size": 72, "rot": -0.5, "seed": 9, "jpeg": 60})

# ------------------------------------------------------------------ ce16 LibreOffice: collegevoorstel with paraph table, Author in metadata
add("ce16", """
# Collegevoorstel
TH: Onderwerp | Eigen bijdrage huishoudelijke ondersteuning 2026
T: Portefeuillehouder | {wethouder S. Aalderink}
T: Registratienummer | {CV-2025-1187}
T: Datum | 8 juli 2025
T: Opgesteld door | [Karin Lodder], beleidsadviseur, [k.lodder@apeldoorn.nl], [055 580 3318]

## Beslispunten
Het college besluit:
1. in te stemmen met de wijziging van de {Verordening maatschappelijke ondersteuning Apeldoorn 2023} waarin het abonnementstarief voor huishoudelijke ondersteuning vanaf 1 januari 2026 inkomensafhankelijk wordt, zodra het {Rijk} de {Wmo 2015} daarop aanpast;
2. de raad te informeren met bijgevoegde raadsinformatiebrief;
3. {wethouder Aalderink} te machtigen om de wijziging toe te lichten in de commissie {Bestuur en Samenleving} van 9 september 2025.

## Aanleiding
Sinds de invoering van het abonnementstarief (€ 21,80 per maand in 2025) is het aantal cliënten met huishoudelijke ondersteuning in Apeldoorn gestegen van 4.912 naar 6.330. De kosten stegen met 23 procent. Het kabinet heeft een wetsvoorstel aangekondigd voor een inkomensafhankelijke eigen bijdrage.

## Financiële gevolgen
De verwachte besparing is € 1,4 miljoen per jaar vanaf 2027. De uitvoering door het {CAK} blijft ongewijzigd.

## Communicatie
Cliënten krijgen in november 2025 een brief. Het {Klantcontactcentrum} ({14 055}) en de {Sociaal Wijkteams} worden vooraf geïnformeerd. De {Adviesraad Sociaal Domein Apeldoorn} is om advies gevraagd (advies van 24 juni 2025, positief).

## Parafen
TH: Naam | Functie | Paraaf | Datum
T: [Karin Lodder] | beleidsadviseur | [KLo] | 08-07-2025
T: [Erik Jan Brouwer] | teamleider Toegang Wmo | [EJB] | 09-07-2025
T: [Harmen Scholten] | afdelingshoofd Sociaal Domein | [HS] | 10-07-2025
T: [Carla Wijnbergen] | concerncontroller | [CW] | 10-07-2025
T: {wethouder Aalderink} | portefeuillehouder | akkoord | 14-07-2025

## Informatie die niet openbaar gemaakt kan worden
Motivering: (in te vullen bij openbaarmaking)
""", producer="docx", kw={"author": "Naima Bouzerda", "title": "Collegevoorstel eigen bijdrage HO 2026"},
    hidden={"probes": [("metadata", "PERSON", "Naima Bouzerda")]})

# ------------------------------------------------------------------ ce17 LibreOffice: gezinsplan (2 pages)
add("ce17", """
# Gezinsplan
T: Gezin | [Koning] / [El Amrani]
T: Adres | [ADDRESS|Zwanenweg 7], [ADDRESS|7329 AD] Apeldoorn
T: Zaaknummer | {JGD-2025-04412}
T: Regisseur | [Sanne Dijkhuis], jeugdconsulent {Gemeente Apeldoorn}
T: Datum | 16 juni 2025

## Gezinsleden
TH: Naam | Rol | Geboortedatum | Bijzonderheden
T: [Dennis Koning] | vader | [DOB|02-12-1985] | werkt in ploegendienst bij een transportbedrijf
T: [Samira Koning-El Amrani] | moeder | [DOB|21-05-1988] | [HEALTH|migraine], parttime werk
T: [Daan] | zoon | [DOB|17-09-2016] | [HEALTH|ADHD], groep 5 {OBS De Sprengen}
T: [Mila] | dochter | [DOB|04-01-2020] | groep 1, geen bijzonderheden
T: [Fatima El Amrani] | oma (moederskant) | - | past twee middagen per week op

## Wat gaat goed
De ouders zijn betrokken en staan open voor hulp. Oma [Fatima] is een belangrijke steun. [Daan] kan goed tekenen en zit op voetbal bij {AGOVV}.

## Zorgen
[Daan] is in juni bijna geschorst na een incident met een leerkracht. Hij slaapt slecht en gebruikt sinds mei [HEALTH|methylfenidaat]. Vader is vaak 's nachts weg; moeder voelt zich er alleen voor staan. Het gezin is [RELIGION|islamitisch] opgevoed aan moederskant en gemengd aan vaderskant; de ouders vinden het lastig om samen grenzen te stellen.

PB
## Doelen en afspraken
TH: Doel | Wie doet wat | Evaluatie
T: [Daan] kan rustig de schooldag doorkomen | IB'er [Hilde Roetgerink] en behandelaar drs. [Marieke Jonkers] ({Karakter}) stemmen aanpak af | oktober 2025
T: Ouders stellen samen grenzen | ouderbegeleiding {Lindenhout}, hulpverlener [Youssef Amrani] | september 2025
T: Moeder heeft steun | aanmelding {Stimenz} maatjesproject; [Fatima] blijft oppassen | oktober 2025

## Ondertekening
Ouders: [Dennis Koning] en [Samira Koning-El Amrani]
Jeugdconsulent: [Sanne Dijkhuis]
Telefoon ouders: [06 4418 2975] (moeder), [06-27 30 91 56] (vader)
""", producer="docx", kw={"author": "Sanne Dijkhuis", "title": "Gezinsplan JGD-2025-04412", "font": "Arial"})

# ------------------------------------------------------------------ ce18 Veilig Thuis overdracht (sensitive)
add("ce18", """
# Overdrachtsformulier Veilig Thuis - lokaal team
T: Van | {Veilig Thuis Noord-Oost Gelderland}, medewerker [Anouk Wiegerinck]
T: Aan | {Sociaal Wijkteam Zuid} Apeldoorn, wijkcoach [Fenna Oosterveld]
T: Datum overdracht | 9 april 2025
T: VT-registratienummer | {VT-NOG-2025-07731}

## Betrokkenen
TH: Naam | Relatie | Geboortedatum | Adres
T: [Mila Doorn] | moeder | [DOB|08-08-2001] | [ADDRESS|Het Rietveld 64], Apeldoorn
T: [Sem Doorn] | kind | [DOB|14-02-2023] | idem
T: [Kevin Hesselink] | ex-partner, vader van [Sem] | [DOB|30-11-1999] | [ADDRESS|Deventerstraat 212-3], Apeldoorn

## Aard van de melding
Melding door de politie na een incident op 2 april 2025: de ex-partner stond onaangekondigd voor de deur en heeft moeder bedreigd. Er geldt een [CRIMINAL|contactverbod opgelegd door de officier van justitie] (feb. 2025) in verband met [CRIMINAL|eerdere mishandeling]. Het kind was aanwezig.

## Veiligheidstaxatie
Moeder heeft [HEALTH|een postnatale depressie] en is onder behandeling bij {GGNet}. Het kind is volgens de {JGZ} goed verzorgd. Geen directe onveiligheid voor het kind wanneer het contactverbod wordt nageleefd.

## Afspraken
1. Het lokale team ({Stimenz}) neemt de regie over per 9 april.
2. [Fenna Oosterveld] bespreekt een veiligheidsplan met moeder; [Anouk Wiegerinck] blijft 3 maanden betrokken voor monitoring.
3. Bij een nieuw incident: politie (112) en {Veilig Thuis} ({0800-2000}).

Contact Veilig Thuis: [a.wiegerinck@vtnog.nl], [06 - 21 48 77 03]; algemeen {0800-2000}.
""", font="Helvetica", size=9.3, header=("Veilig Thuis Noord-Oost Gelderland", "Vertrouwelijk - niet verder verstrekken"), footer="VT-NOG-2025-07731", colw=[110, 361])

# ------------------------------------------------------------------ ce19 schuldhulpverlening intake
add("ce19", """
# Intakeverslag schuldhulpverlening
T: Aanvrager | [Jeroen Vrijdag], geb. [DOB|14 mei 1983]
T: Partner | [Sandra Vrijdag-Mulder], geb. [DOB|3 augustus 1985]
T: Adres | [ADDRESS|Vlijtseweg 301], [ADDRESS|7317 AK] Apeldoorn
T: Dossier | [SHV-2025-0642]
T: Schuldhulpverlener | [Joris van Leeuwen] ({Schuldhulpverlening Apeldoorn})
T: Datum intake | 14 april 2025

## Situatie
Het gezin heeft drie kinderen ([Lars] 12, [Fleur] 9 en [Bram] 4). Meneer werkt als magazijnmedewerker (tijdelijk contract), mevrouw is [HEALTH|sinds 2023 arbeidsongeschikt wegens fibromyalgie] en ontvangt een {WIA}-uitkering van het {UWV}. De schulden zijn ontstaan na [DEBT|een faillissement van de eenmanszaak van meneer in 2021] en door [HEALTH|gokverslaving van meneer] (hij is sinds oktober 2024 in behandeling bij {Tactus Verslavingszorg}).

## Schuldenoverzicht
TH: Schuldeiser | Soort | Bedrag
T: {Belastingdienst} | inkomstenbelasting 2021-2022 | € 11.204,00
T: {CJIB} | verkeersboetes | € 1.375,50
T: {De Goede Woning} | huurachterstand | € 3.860,12
T: {Zilveren Kruis} | premie zorgverzekering | € 2.441,90
T: {Vitens} | waterrekening | € 312,40
T: Totaal | | [DEBT|€ 19.193,92]

## Afspraken
- Aanmelding minnelijke schuldregeling via {Kredietbank Apeldoorn}; inkomensbeheer met ingang van 1 mei 2025.
- Vrij te laten bedrag berekend volgens de {Gedragscode Schuldregeling} van de {NVVK}.
- Rekeningnummer van het gezin: [IBAN|NL33 RABO 0318 4729 65]; beheerrekening {Kredietbank Apeldoorn}.
- Telefoon meneer: [06-45903311]; mevrouw: [0031 6 4477 1290].
""", font="LibSerif", size=10, header=("Gemeente Apeldoorn - Schuldhulpverlening", "Vertrouwelijk"), footer="SHV-2025-0642", colw=[120, 351])

# ------------------------------------------------------------------ ce20 SVB / pgb letter
add("ce20", """
Retouradres: Postbus 9033, 7300 ES Apeldoorn

{Sociale Verzekeringsbank}
Afdeling pgb
Postbus 8004
3503 RA Utrecht

R:Datum: 3 maart 2025
R:Kenmerk: {WMO-PGB-2025-0093}
R:Behandeld door: [Dewi Ramsaran]
R:E-mail: [d.ramsaran@apeldoorn.nl]

Onderwerp: toekenning persoonsgebonden budget Wmo, budgethouder [T. Wolters-Bakker]

Geachte heer, mevrouw,

Hierbij informeren wij de {SVB} over de toekenning van een pgb begeleiding op grond van de {Wmo 2015} aan:
T: Budgethouder | [Truus Wolters-Bakker]
T: BSN | [BSN|408159741]
T: Adres | [ADDRESS|De Heemhorst 18], [ADDRESS|7333 JA] Apeldoorn
T: Vertegenwoordiger | [Ria Wolters] (dochter), [ADDRESS|Kerklaan 4], Twello
T: Budget | € 9.868,00 per jaar, 1 maart 2025 t/m 28 februari 2026
T: Zorgverlener | [Bianca Wolters] (kleindochter, informele hulp), tarief € 24,00 per uur
T: Zorgovereenkomst | nr. [ZO-2025-118390]

De begeleiding is nodig omdat mevrouw [Wolters-Bakker] [HEALTH|na een herseninfarct] moeite heeft met plannen en de administratie. Het pgb-beheer ligt bij de dochter.

Wij verzoeken de {SVB} de zorgovereenkomst te toetsen en het budget op te nemen in het {Portaal Mijn PGB}. Vragen kunt u richten aan {wmo@apeldoorn.nl} of {14 055}.

Met vriendelijke groet,

[Dewi Ramsaran]
{administratief medewerker pgb}, team {Toegang Wmo}
""", header=GA, footer=FOOT, font="DejaVuSerif", size=9.5, colw=[130, 341])

# ------------------------------------------------------------------ ce21 form: aanvraag bijzondere bijstand (values only in form fields)
add("ce21", """
# Aanvraagformulier bijzondere bijstand
Stuur dit formulier met bewijsstukken naar {Gemeente Apeldoorn}, team {Werk en Inkomen}, Postbus 9033, 7300 ES Apeldoorn, of lever het in bij de balie van het stadhuis, {Marktplein 1}. Vragen? Bel {14 055} of mail {bijzonderebijstand@apeldoorn.nl}.

## 1. Uw gegevens
F:Naam en voorletters
F:Burgerservicenummer
F:Geboortedatum
F:Adres
F:Telefoonnummer
F:IBAN
## 2. Waarvoor vraagt u bijzondere bijstand?
F:Omschrijving kosten
F:Bedrag
## 3. Ondertekening
F:Datum en plaats
Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet dat de gemeente gegevens controleert bij het {UWV}, de {Belastingdienst} en de {Sociale Verzekeringsbank} (artikel 64 {Participatiewet}).

In te vullen door de gemeente:
T: Ontvangen op | 17-03-2025
T: Zaaknummer | {BB-2025-01377}
T: Consulent | [Jasper Kleinjan]
""", font="Helvetica", size=10, header=GA, footer="Formulier BB-01 versie 2025", colw=[140, 331],
    hidden={"formvalues": [("naam", "Yilmaz, E."), ("bsn", "315972646"), ("geboortedatum", "11-02-1990"),
                           ("adres", "Sparrenlaan 112-A, 7314 HN Apeldoorn"), ("telefoon", "06-28119047"),
                           ("iban", "NL14INGB0004827361"), ("kosten", "bril dochter Elif, 420 euro"),
                           ("bedrag", "420,00"), ("datum", "14-03-2025 Apeldoorn")],
            "probes": [("annotations", "PERSON", "Yilmaz, E."), ("annotations", "BSN", "315972646"),
                       ("annotations", "DOB", "11-02-1990"), ("annotations", "ADDRESS", "Sparrenlaan 112-A"),
                       ("annotations", "PHONE", "06-28119047"), ("annotations", "IBAN", "NL14INGB0004827361"),
                       ("annotations", "PERSON", "Elif")]})

# ------------------------------------------------------------------ ce22 concept letter with reviewer annotations + XMP creator
add("ce22", """
CONCEPT - niet verzenden

De heer [J. Vrijdag]
[ADDRESS|Vlijtseweg 301]
[ADDRESS|7317 AK] Apeldoorn

R:Datum: mei 2025
R:Dossier: [SHV-2025-0642]
R:Contact: [Joris van Leeuwen]

Onderwerp: toelating minnelijke schuldregeling

Beste heer [Vrijdag],

Wij hebben uw aanvraag voor een minnelijke schuldregeling beoordeeld. U wordt toegelaten tot de schuldregeling via de {Kredietbank Apeldoorn}. De regeling duurt 18 maanden. In die periode betaalt u maandelijks het deel van uw inkomen boven het vrij te laten bedrag aan de schuldeisers.

Voorwaarde is dat u uw behandeling bij {Tactus Verslavingszorg} voortzet. Wij vragen u ook om in te stemmen met budgetbeheer.

Met vriendelijke groet,

[Joris van Leeuwen]
{schuldhulpverlener}, {Schuldhulpverlening Apeldoorn}
""", font="Times", size=11, header=GA, footer=FOOT,
    hidden={"annots": [(0, "Marleen Stegink", "Voorwaarde over Tactus schrappen? Dat is medische info. Overleg met Joris - Marleen Stegink", [420, 520, 440, 540]),
                       (0, "Marleen Stegink", "Echtgenote Sandra ook noemen als medeaanvrager (gezamenlijke schuldregeling).", [420, 640, 440, 660])],
            "xmp_creator": "Joris van Leeuwen; Marleen Stegink",
            "probes": [("annotations", "PERSON", "Marleen Stegink"), ("annotations", "PERSON", "Sandra"),
                       ("metadata", "PERSON", "Stegink")]})

# ------------------------------------------------------------------ ce23 dossier overview with outline (bookmark) titles naming the client
add("ce23", """
BM:Overzicht dossier W-2025-3391
# Dossieroverzicht Wmo-woningaanpassing
T: Zaaknummer | {W-2025-3391}
T: Voorziening | traplift (woningaanpassing, {Wmo 2015} art. 2.3.5)
T: Status | besluit genomen, levering gepland
T: Leverancier | {Otolift Trapliften}
T: Wetsartikel besluit | artikel 2.3.5 lid 3 {Wmo 2015}

## Stukken in dit dossier
TH: Nr | Stuk | Datum
T: 1 | Melding via {Klantcontactcentrum} | 11-03-2025
T: 2 | Verslag keukentafelgesprek | 06-05-2025
T: 3 | Advies ergotherapeut | 03-06-2025
T: 4 | Medisch advies | 10-06-2025
T: 5 | Besluit traplift | 17-06-2025
BM:Stuk 1-2 melding en verslag gesprek H. van Hattem
## Toelichting
De aanvraag betreft een traplift voor een cliënt met een progressieve aandoening. De woning is van {De Goede Woning}; de corporatie heeft op 12 juni 2025 toestemming gegeven. Kosten: € 7.950 (offerte {Otolift Trapliften}), geen eigen bijdrage bij woningaanpassing in huurwoning.
BM:Stuk 3-4 advies ergotherapeut Esmee Kroeze en medisch adviseur
BM:Stuk 5 besluit, geadresseerd aan Berkenoordlaan 219
Behandelend consulent: [Mirjam Hofstede]; medisch advies door {Argonaut Advies}.
""", font="LibSans", size=10, header=("Gemeente Apeldoorn - Toegang Wmo", "Dossieroverzicht"), footer="W-2025-3391",
    colw=[40, 301, 130],
    hidden={"probes": [("outline", "PERSON", "H. van Hattem"), ("outline", "PERSON", "Esmee Kroeze"),
                       ("outline", "ADDRESS", "Berkenoordlaan 219")]})

# ------------------------------------------------------------------ ce24 besluit traplift with medical advice
add("ce24", """
De heer [H. van Hattem]
[ADDRESS|Berkenoordlaan 219]
[ADDRESS|7322 DN] Apeldoorn

R:Datum: 17 juni 2025
R:Zaaknummer: {W-2025-3391}
R:Cliëntnummer: [CL-4490318]
R:Contactpersoon: [M. Hofstede]
R:Telefoon: [06-41278390]

Onderwerp: besluit woningaanpassing (traplift)

Geachte heer [Van Hattem],

Op 6 mei 2025 hebben wij met u, uw vrouw en uw dochter gesproken over uw situatie thuis. U heeft daarna een traplift aangevraagd. In deze brief leest u ons besluit.

## Besluit
Wij kennen u een woningaanpassing toe in de vorm van een traplift (zorg in natura). De traplift wordt geleverd en onderhouden door {Otolift Trapliften}. De gemeente blijft eigenaar.

## Onderbouwing
Ergotherapeut [Esmee Kroeze] van {Ergotherapie Apeldoorn} heeft op 3 juni 2025 geadviseerd dat een traplift de goedkoopst compenserende oplossing is. Verhuizen is onderzocht, maar een passende gelijkvloerse woning is binnen een jaar niet beschikbaar. De medisch adviseur van {Argonaut Advies}, arts [P.J. Nijenhuis], bevestigt dat uw [HEALTH|ziekte van Parkinson in stadium 3 (Hoehn en Yahr)] naar verwachting verder voortschrijdt en dat u de trap binnen afzienbare tijd niet meer veilig kunt gebruiken. Ook het [HEALTH|valrisico door orthostatische hypotensie] is meegewogen.

## Kosten
U betaalt geen eigen bijdrage voor een woningaanpassing in een huurwoning van {De Goede Woning}. Zie ook de {Verordening maatschappelijke ondersteuning Apeldoorn 2023}, artikel 12.

## Bezwaar
Bent u het niet eens met dit besluit? Maak dan binnen zes weken bezwaar. Meer informatie: {www.apeldoorn.nl/bezwaar} of {14 055}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[Mirjam Hofstede]
{consulent Wmo}

Afschrift: [Marloes Geverink] (gemachtigde), [ADDRESS|Boslaan 3a, Ugchelen]
""", header=GA, footer=FOOT, font="LibSerif", size=10)

# ------------------------------------------------------------------ ce25 raadsinformatiebrief (mostly keep)
add("ce25", """
# Raadsinformatiebrief
T: Onderwerp | Voortgang Actieplan Wachttijden Sociaal Domein
T: Portefeuillehouders | {wethouder Sytske Aalderink} (Zorg, Welzijn en Jeugd) en {wethouder Hüseyin Kaya} (Werk en Inkomen)
T: Datum | 16 september 2025
T: Nummer | {RIB-2025-144}

Geachte leden van de raad,

In juni hebben de raadsleden {Linda Boerkamp} ({GroenLinks}) en {Rik Wentink} ({CDA}) vragen gesteld over de wachttijden in de {Wmo}. Wij hebben toegezegd u in september te informeren over de voortgang van het {Actieplan Wachttijden Sociaal Domein}. Met deze brief doen wij dat.

## Stand van zaken
Op 1 september 2025 waren 96 Wmo-aanvragen ouder dan acht weken (1 mei: 251). De gemiddelde doorlooptijd daalde van 11,2 naar 6,8 weken. In de {Jeugdwet} is de wachttijd voor specialistische jeugd-GGZ bij {Karakter} en {GGNet} nog altijd 14 tot 20 weken; dat is een regionaal probleem dat wij met de gemeenten in de {Regio Stedendriehoek} bespreken.

## Maatregelen
- Een terugbelbelofte binnen twee werkdagen via {14 055}.
- {Stimenz} neemt via het {Sociaal Wijkteam} eenvoudige meldingen over.
- Met {Riwis Zorg & Welzijn}, {Zozijn} en {Viattence} zijn afspraken gemaakt over een snellere start.
- Voor de {Participatiewet} wordt de werkwijze bij terugvordering aangepast aan de {Wet Participatiewet in balans}.

## Vervolg
Op 9 september heeft {wethouder Aalderink} het actieplan toegelicht in de commissie {Bestuur en Samenleving}. {Raadslid Gerrit-Jan Altena} ({SP}) vroeg naar de ervaringen van inwoners; wij organiseren in november een bijeenkomst met de {Adviesraad Sociaal Domein Apeldoorn}.

Het college van burgemeester en wethouders van Apeldoorn,
de burgemeester, {Ton Heerts}

Informatie: [Karin Lodder], {beleidsadviseur}, via {sociaaldomein@apeldoorn.nl}
""", header=("Gemeente Apeldoorn", "Raadsinformatiebrief"), footer="RIB-2025-144", font="DejaVuSerif", size=9.5, colw=[120, 351])

# ------------------------------------------------------------------ ce26 besluit terugvordering en boete (Participatiewet)
add("ce26", """
De heer [R.A. Post]
[ADDRESS|Koggeschip 23]
[ADDRESS|7333 PD] Apeldoorn

R:Datum: 27 januari 2025
R:Kenmerk: {PW-TV-2025-0088}
R:Klantnummer: [PW-480217]
R:BSN: [BSN|529384619]
R:Behandeld door: [B. Reinders]

Onderwerp: herziening, terugvordering en boete bijstand

Geachte heer [Post],

Wij hebben onderzocht of u recht had op bijstand als alleenstaande. Uit dat onderzoek blijkt dat u vanaf 1 juni 2023 een gezamenlijke huishouding voerde met mevrouw [J.M. Timmerije], geboren [DOB|12-12-1981].

## Wat wij hebben onderzocht
- Op 14 november 2024 is een huisbezoek afgelegd door handhavers [Bas Reinders] en [Noor Haddou]. In de slaapkamer en badkamer werden kleding en toiletartikelen van mevrouw [Timmerije] aangetroffen.
- Bij de {Basisregistratie Personen} (BRP) staat mevrouw ingeschreven op [ADDRESS|Arnhemseweg 540], Apeldoorn, maar volgens de verhuurder woont zij daar sinds 2023 niet meer.
- Haar inkomen uit werk bij {Zorggroep Apeldoorn} bedraagt € 2.388 netto per maand.

## Besluit
1. Wij herzien uw bijstand over de periode 1 juni 2023 tot en met 31 oktober 2024.
2. Wij vorderen € 14.926,17 van u terug (artikel 58 {Participatiewet}).
3. Omdat u de inlichtingenplicht heeft geschonden, leggen wij u een boete op van € 1.492,60 (artikel 18a {Participatiewet}). Daarbij is rekening gehouden met uw [CRIMINAL|eerdere veroordeling voor uitkeringsfraude in 2019] (recidive).
4. De bijstand wordt met ingang van 1 november 2024 beëindigd.

U kunt binnen zes weken bezwaar maken. Meer informatie: {www.apeldoorn.nl/bezwaar}.

Met vriendelijke groet,
namens het college,

[Bas Reinders]
{handhaver}, {Handhaving Werk en Inkomen}
""", header=GA, footer=FOOT, font="Courier", size=9.5)

# ------------------------------------------------------------------ ce27 rapport huisbezoek handhaving (2 pages)
add("ce27", """
# Rapport van bevindingen huisbezoek
T: Onderzoeksnummer | {HH-2024-0971}
T: Betrokkene | [Ruud Post] (klantnummer [PW-480217])
T: Adres | [ADDRESS|Koggeschip 23], Apeldoorn
T: Datum en tijd | donderdag 14 november 2024, 08.15 - 09.05 uur
T: Rapporteurs | [Bas Reinders] en [Noor Haddou], handhavers {Werk en Inkomen}
T: Grondslag | {artikel 53a} {Participatiewet}

## Aanleiding
Op 2 oktober 2024 kwam via het {Meldpunt Fraude} een anonieme melding binnen dat de heer [Post] samenwoont. Een buurtonderzoek op 24 oktober en 7 november leverde het volgende op.

## Buurtonderzoek
- Buurvrouw [Dineke ten Brinke] ([ADDRESS|Koggeschip 21]) verklaarde dat "een vrouw met een rode Peugeot" al ruim een jaar bij de heer [Post] woont. Zij ziet haar elke ochtend rond 7.30 uur vertrekken.
- De heer [Said Ouali] ([ADDRESS|Koggeschip 25]) verklaarde dat de vrouw [Jacqueline] heet en in de zorg werkt.
- Kenteken van de auto: [XV-318-K]; volgens de {RDW} op naam van [J.M. Timmerije].

## Huisbezoek
Wij belden om 08.15 uur aan. De heer [Post] liet ons binnen en gaf toestemming om de woning te bekijken. Hij was alleen thuis. Hij verklaarde dat mevrouw [Timmerije] "een vriendin" is die af en toe blijft slapen omdat zij [HEALTH|na een burn-out] niet alleen kan zijn.

PB
## Waarnemingen
TH: Ruimte | Waarneming
T: Hal | twee jassen van een vrouw, damesschoenen maat 38
T: Woonkamer | post op naam van [J.M. Timmerije] (brief {Zorggroep Apeldoorn}, brief {Zilveren Kruis})
T: Slaapkamer | tweepersoonsbed, beide kanten in gebruik; dameskleding in kast (ongeveer de helft)
T: Badkamer | twee tandenborstels, make-up, medicijnen op naam van mevrouw ([HEALTH|sertraline 50 mg])
T: Keuken | weekplanning op koelkast met "J. werken" op vijf dagen

## Verklaring betrokkene
De heer [Post] verklaarde: "Jacqueline slaapt hier drie of vier nachten per week. Ze heeft haar eigen huis aan de [ADDRESS|Arnhemseweg 540]." Op de vraag waarom haar post hier binnenkomt, antwoordde hij dat zij "dat handiger vond".
Hij wilde de verklaring niet ondertekenen.

## Conclusie
Op grond van de waarnemingen en verklaringen is aannemelijk dat sprake is van een gezamenlijke huishouding in de zin van artikel 3 {Participatiewet}. Het dossier wordt overgedragen aan de consulent voor een besluit.

Apeldoorn, 15 november 2024

[B. Reinders]          [N. Haddou]
handhaver              handhaver
""".replace("Jacqueline slaapt", "[Jacqueline] slaapt"), font="Helvetica", size=10, header=("Gemeente Apeldoorn - Handhaving Werk en Inkomen", "Vertrouwelijk"), footer="HH-2024-0971", colw=[110, 361])

# ------------------------------------------------------------------ ce28 MDO jeugd (multidisciplinair overleg)
add("ce28", """
# Verslag multidisciplinair overleg (MDO) jeugd
T: Datum | 1 juli 2025, online (Teams)
T: Kind | [Daan Koning], 8 jaar, groep 5
T: Zaaknummer | {JGD-2025-04412}
T: Aanwezig | [Sanne Dijkhuis] (jeugdconsulent, voorzitter), [Hilde Roetgerink] (IB'er {OBS De Sprengen}), drs. [Marieke Jonkers] (GZ-psycholoog {Karakter}), [Youssef Amrani] ({Lindenhout}), [Samira Koning-El Amrani] (moeder)
T: Afwezig met bericht | [Dennis Koning] (vader, werk)

## 1. Stand van zaken school
[Hilde] vertelt dat het na de meivakantie beter gaat. [Daan] heeft een eigen werkplek en een time-outkaart. Er zijn sinds het incident van 3 juni geen schorsingen geweest. De school vraagt een arrangement bij {Samenwerkingsverband Apeldoorn} (passend onderwijs).

## 2. Behandeling
Drs. [Jonkers] bevestigt de diagnose [HEALTH|ADHD] en sluit [HEALTH|een autismespectrumstoornis] uit. De medicatie ([HEALTH|methylfenidaat 10 mg, 2x daags]) wordt voorgeschreven door de kinderarts van {Gelre ziekenhuizen}. De behandeling bij {Karakter} start op 15 juli en loopt tot maart 2026.

## 3. Thuis
Moeder vertelt dat zij en [Dennis] sinds de oudergesprekken met [Youssef] beter samenwerken. Zij maakt zich zorgen over haar eigen gezondheid ([HEALTH|zware migraineaanvallen]) en over de zomervakantie. Zusje [Mila] (5) heeft last van de spanningen thuis.

## 4. Afspraken
TH: Actie | Wie | Wanneer
T: Aanvraag arrangement passend onderwijs | [HR] | vóór 15 juli
T: Intake behandeling Karakter | [MJ] | 15 juli
T: Vakantieplanning met ouders, oma Fatima | [YA] | 10 juli
T: Evaluatie gezinsplan | [SD] | oktober 2025

Verslag: [SD], 2 juli 2025. Het verslag is met toestemming van moeder gedeeld met de aanwezigen.
""".replace("oma Fatima", "oma [Fatima]"), font="DejaVu", size=9.3, header=("Gemeente Apeldoorn - Jeugd en Gezin", "Vertrouwelijk"), footer="MDO JGD-2025-04412", colw=[120, 351])

# ------------------------------------------------------------------ ce29 zorgaanbieder: specificatie bij factuur (client table)
add("ce29", """
# Specificatie declaratie huishoudelijke ondersteuning - mei 2025
T: Aanbieder | {Riwis Zorg & Welzijn}, AGB-code {98100042}
T: Gemeente | {Gemeente Apeldoorn}, {iWmo} 303-declaratie
T: Factuurnummer | {RZW-HO-2025-05-0117}
T: Periode | 01-05-2025 t/m 31-05-2025

TH: Cliëntnr. | Naam cliënt | Geb.datum | Product | Eenheden | Bedrag
T: [4471902] | [Zondag-Brinkhuis, G.] | [DOB|03-07-1941] | HO1 | 13,0 u | € 475,67
T: [4483377] | [Bos-de Graaf, A.] | [DOB|22-01-1944] | HO1 | 8,5 u | € 311,02
T: [4490318] | [Hattem, H. van] | [DOB|19-10-1946] | HO2 | 12,0 u | € 481,80
T: [4490319] | [Hattem-Ruesink, W. van] | [DOB|05-04-1949] | HO2 | 0,0 u | € 0,00
T: [4502281] | [Öztürk, M.] | [DOB|29-09-1957] | HO1 | 10,0 u | € 365,90
T: [4502744] | [Vos, H.] | [DOB|11-11-1939] | HO2 | 17,5 u | € 702,63
T: [4503002] | [Kok-Wesselink, J.] | [DOB|02-06-1951] | HO1 | 6,5 u | € 237,84

Toelichting: cliënt [4490319] is per 20-05-2025 opgenomen in {Gelre ziekenhuizen} ([HEALTH|longontsteking]); de zorg is tijdelijk stopgezet. Cliënt [4502744] overleden op 24-05-2025.

Opgesteld door: [Hanneke Tijhuis], planner. Vragen: {declaraties@riwis.nl}, {055 - 599 33 00}.
""", font="LibSans", size=9, header=("Riwis Zorg & Welzijn", "Laan van Malkenschoten 20, Apeldoorn"), footer="Specificatie RZW-HO-2025-05-0117",
    colw=[55, 130, 65, 55, 60, 106])

# ------------------------------------------------------------------ ce30 persbericht (spokesperson kept)
add("ce30", """
# Persbericht
**Apeldoorn pakt wachttijden Wmo aan: terugbelbelofte en hulp van wijkteams

Apeldoorn, 17 juni 2025 - De {gemeente Apeldoorn} neemt maatregelen om de wachttijden voor ondersteuning uit de {Wmo} terug te dringen. Inwoners die bellen met {14 055} worden voortaan binnen twee werkdagen teruggebeld. Het {Sociaal Wijkteam} van {Stimenz} neemt eenvoudige meldingen over.

"Wij hebben inwoners te lang laten wachten. Dat moet en kan beter," zegt {wethouder Sytske Aalderink} (Zorg, Welzijn en Jeugd). "Achter elke aanvraag zit iemand die hulp nodig heeft, vaak een oudere inwoner of een mantelzorger die op zijn tandvlees loopt."

Het aantal aanvragen voor huishoudelijke ondersteuning steeg sinds 2019 met bijna 30 procent. De gemeente werkt samen met {Riwis Zorg & Welzijn}, {Zozijn} en {Viattence} aan een snellere start van de zorg. In september informeert het college de gemeenteraad over de voortgang.

Ook {burgemeester Ton Heerts} riep tijdens het bezoek aan het {Sociaal Wijkteam Zuid} op tot geduld: "Onze medewerkers doen hun uiterste best."

Noot voor de redactie (niet voor publicatie):
Voor meer informatie kunt u contact opnemen met woordvoerder {Bart Schipholt}, via {persvoorlichting@apeldoorn.nl} of {055 - 580 10 10}.
""", font="Times", size=11, header=("Gemeente Apeldoorn", "Persbericht"))

# ------------------------------------------------------------------ ce31 scan: bezwaarschrift by a citizen (typed, signed)
add("ce31", """
R:[E. Yilmaz]
R:[ADDRESS|Sparrenlaan 112-A]
R:[ADDRESS|7314 HN] Apeldoorn
R:[elif.yilmaz.2007]@gmail.com

Gemeente Apeldoorn
t.a.v. Bezwaar en Beroep
Postbus 9033
7300 ES Apeldoorn

Apeldoorn, 2 juli 2025

Betreft: bezwaar tegen afwijzing bijzondere bijstand (BB-2025-01377)

Geachte heer/mevrouw,

Ik maak bezwaar tegen uw besluit van 10 juni 2025 waarin u mijn aanvraag voor een bril voor mijn dochter [Elif] hebt afgewezen. Mijn dochter heeft [HEALTH|een oogafwijking (keratoconus)] en kan zonder nieuwe bril niet naar school. De bril kost 420 euro en ik heb dat geld niet. Ik heb al schulden en zit in de schuldhulp.

Mijn consulent meneer [Kleinjan] zei aan de telefoon dat ik het wel zou krijgen.

Mijn BSN is [BSN|315972646]. Mijn telefoonnummer is [06-28 11 90 47].

Met vriendelijke groet,

SIG:E. Yilmaz
[Esra Yilmaz]
""", producer="scan", kw={"font": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "size": 31, "rot": -0.4, "seed": 31})

# ------------------------------------------------------------------ ce32 e-mail thread wijkteam - GGD (bemoeizorg), several phone formats
add("ce32", """
Van: [Ingrid van Dalen-Kruisselbrink] <[i.vandalen@ggdnog.nl]>
Datum: 8 augustus 2025 om 15:22
Aan: [Fenna Oosterveld] <[f.oosterveld@stimenz.nl]>
Cc: {meldpunt.bemoeizorg@ggdnog.nl}
Onderwerp: Zorgmelding [ADDRESS|Molenstraat-Centrum 18-II] (bemoeizorg)

Hoi [Fenna],

Via het {Meldpunt Bemoeizorg} van de {GGD Noord- en Oost-Gelderland} kwam een melding binnen over de heer [Wim de Jonge-Tuinstra] (74), [ADDRESS|Molenstraat-Centrum 18-II]. De woningcorporatie meldt ernstige vervuiling en stank; de buren hebben de politie gebeld. Volgens de huisarts heeft meneer [HEALTH|een alcoholverslaving] en [HEALTH|beginnende Korsakov]. Hij mijdt zorg.

Zijn enige contact is een neef, [Patrick de Jonge], tel. [+31 (0)6 3390 1847]. Meneer zelf heeft geen mobiel; vast nummer [055 - 521 09 64].

Kunnen wij volgende week samen op huisbezoek? Ik kan dinsdag of donderdag.

Groet,
[Ingrid]
[Ingrid van Dalen-Kruisselbrink] | {sociaal-psychiatrisch verpleegkundige} bemoeizorg
{GGD Noord- en Oost-Gelderland} | {088 - 443 30 00} | {www.ggdnog.nl}
Direct: [06 2411 0853]

---
Van: [Fenna Oosterveld]
Datum: 8 augustus 2025 om 16:05
Aan: [Ingrid van Dalen-Kruisselbrink]
Onderwerp: RE: Zorgmelding

Dag [Ingrid],

Donderdag 14 augustus om 10.00 uur kan ik. Meneer [De Jonge-Tuinstra] is bij ons bekend: in 2023 was er al een melding, toen wilde hij geen hulp. Hij is [RELIGION|katholiek] en had destijds alleen contact met pastor [Jan Willem Smeenk] van de {parochie Heilige Jozef}; misschien kan die helpen om binnen te komen. Ik vraag het na.

Ik zet het in ons systeem onder [SWZ-2025-2045].

Groet, [Fenna]
{wijkcoach} {Sociaal Wijkteam Zuid} ({Stimenz}) | [06-1955 4401]
""", font="LibSans", size=9.5)

# ------------------------------------------------------------------ ce33 Teams chat jeugdteam (names in capitals in a pasted list)
add("ce33", """
# Chat: Jeugd & Gezin - wachtlijst overleg
M:Export 18-07-2025 12:40, deelnemers: 4
---
**[Dijkhuis, Sanne] 18-07 09:03
Lijst wachtenden jeugd-GGZ uit Suite geplakt, graag checken wie we kunnen overbruggen:
M:  [KONING, DAAN]            [JD-0912-334]   Karakter    start 15-07 OK
M:  [VELDKAMP, NOAH]          [JD-0977-102]   GGNet       wacht sinds 03-03
M:  [EL HADDOUTI, AMIRA]      [JD-1003-558]   Karakter    wacht sinds 21-04
M:  [VAN 'T SLOT, JESSE]      [JD-1011-007]   Lindenhout  wacht sinds 06-05
**[Koolhaas, Bram] 18-07 09:10
[Noah] heeft [HEALTH|een angststoornis] en zit sinds mei thuis, school ({Gymnasium Apeldoorn}) belt wekelijks. Overbrugging via POH-GGZ jeugd?
**[Dijkhuis, Sanne] 18-07 09:12
ja doen. [Amira] is via Veilig Thuis binnengekomen, moeder [Leila] wil niets met {Karakter}, liever {Accare}? kan niet want buiten regio
**[Meulenbelt, Petra] 18-07 09:20
Ik bel [Jesse] zijn vader vandaag, [06 5302 1176] klopt nog?
**[Koolhaas, Bram] 18-07 09:21
ja. let op vader heeft [CRIMINAL|een straatverbod] bij de school
**[Dijkhuis, Sanne] 18-07 09:30
Afspraken in overleg maandag. {Jeugdwet} termijnen: {wethouder Aalderink} wil in september cijfers per aanbieder.
""", font="DejaVu", size=9.5, header=("Microsoft Teams - chatexport",), footer="Vertrouwelijk - intern gebruik")

# ------------------------------------------------------------------ ce34 jaarverslag klachten en bezwaren (3 pages, mostly keep)
add("ce34", """
# Jaarverslag klachten, bezwaren en beroepen Sociaal Domein 2024
{Gemeente Apeldoorn} - {Bezwaar en Beroep} en {Klachtencoördinatie}
Vastgesteld door het college op 15 april 2025; ter kennisname aan de commissie {Bestuur en Samenleving}.

## 1. Inleiding
Dit verslag geeft inzicht in de klachten, bezwaarschriften en beroepen over besluiten op grond van de {Wmo 2015}, de {Jeugdwet}, de {Participatiewet}, de {IOAW}, de {IOAZ} en het {Besluit bijstandverlening zelfstandigen 2004} ({Bbz 2004}). De {Algemene wet bestuursrecht} (hoofdstuk 9) verplicht het college jaarlijks over de klachtbehandeling te publiceren. Het verslag is opgesteld voor de raad en voor de {Adviesraad Sociaal Domein Apeldoorn}.

## 2. Klachten
In 2024 ontving de gemeente 312 klachten over het sociaal domein (2023: 268). 41 procent ging over bereikbaarheid en termijnen, 27 procent over bejegening en 19 procent over de kwaliteit van de zorg van aanbieders. Klachten over aanbieders zijn doorgestuurd naar de aanbieder zelf ({Riwis Zorg & Welzijn}, {Zozijn}, {Viattence}, {Lindenhout}) of naar de toezichthouder Wmo van de {GGD Noord- en Oost-Gelderland}.
TH: Wet | Klachten | Gegrond | Deels gegrond | Ongegrond
T: Wmo 2015 | 174 | 61 | 38 | 75
T: Jeugdwet | 58 | 14 | 17 | 27
T: Participatiewet | 80 | 22 | 11 | 47

Veertien klagers hebben zich daarna tot de {Nationale ombudsman} gewend; in twee gevallen deed de ombudsman een aanbeveling. Voor klachten over jeugdhulp konden ouders ook terecht bij het {AKJ} (vertrouwenspersoon jeugdhulp).

PB
## 3. Bezwaarschriften
Er kwamen 486 bezwaarschriften binnen. De {Commissie bezwaarschriften sociaal domein} hoorde 211 bezwaarmakers. Het aantal bezwaren tegen terugvorderingen in de {Participatiewet} daalde na de uitspraak van de {Centrale Raad van Beroep} van 1 maart 2024 over de hoogte van boetes.
TH: Wet | Bezwaren | Gegrond | Ongegrond | Ingetrokken / informeel opgelost
T: Wmo 2015 | 142 | 31 | 58 | 53
T: Jeugdwet | 47 | 9 | 20 | 18
T: Participatiewet | 297 | 52 | 171 | 74

Informele afhandeling (bellen na ontvangst van het bezwaar) leidde in 145 zaken tot intrekking. Deze werkwijze is ontwikkeld met het programma {Prettig contact met de overheid} van het {ministerie van Binnenlandse Zaken en Koninkrijksrelaties}.

## 4. Beroep en hoger beroep
Bij de {Rechtbank Gelderland} werden 38 beroepen ingesteld, waarvan 7 gegrond. Bij de {Centrale Raad van Beroep} liepen 6 hoger beroepen.

## 5. Lessen en aanbevelingen
- De termijnen in de {Wmo 2015} worden te vaak overschreden; het {Actieplan Wachttijden Sociaal Domein} moet dit in 2025 verbeteren.
- Beschikkingen worden herschreven in begrijpelijke taal samen met {Stichting Lezen en Schrijven}.
- Meer persoonlijk contact bij terugvorderingen, in lijn met de {Wet Participatiewet in balans}.

PB
## 6. Een voorbeeld uit de praktijk
Een inwoner van 84 jaar klaagde dat zijn aanvraag voor een scootmobiel na vier maanden nog niet was behandeld. Na de klacht is binnen een week een besluit genomen en zijn excuses gemaakt. De klachtbehandelaar, mevrouw [Yvonne Bleumink], heeft daarna met het team {Toegang Wmo} afspraken gemaakt over een signaallijst voor aanvragen die dreigen te verlopen.

## 7. Contact
Vragen over dit verslag: team {Bezwaar en Beroep}, {bezwaar@apeldoorn.nl}, telefoon {14 055}. Auteurs: [Priya Ramdin] en [Yvonne Bleumink].
""", font="LibSerif", size=10.5, header=("Gemeente Apeldoorn", "Jaarverslag 2024"), footer="Jaarverslag klachten en bezwaren Sociaal Domein 2024",
    colw=[110, 80, 80, 80, 121])

# ------------------------------------------------------------------ ce35 LibreOffice: uitnodiging hoorzitting (Author also named in text)
add("ce35", """
{Gemeente Apeldoorn}
{Commissie bezwaarschriften sociaal domein}
Postbus 9033, 7300 ES Apeldoorn

Mevrouw [S. Vrijdag-Mulder]
[ADDRESS|Vlijtseweg 301]
[ADDRESS|7317 AK] Apeldoorn

Datum: 11 augustus 2025
Ons kenmerk: {BZW-2025-0588}
Behandeld door: [Lisa Hoogeveen], secretaris van de commissie
Telefoon: [055-580 22 19]

Onderwerp: uitnodiging hoorzitting bezwaar beëindiging Wmo-begeleiding

Geachte mevrouw [Vrijdag-Mulder],

U heeft op 30 juni 2025 bezwaar gemaakt tegen de beëindiging van uw individuele begeleiding per 1 juli 2025 (besluit van 20 mei 2025, kenmerk {WMO-2025-020311}). Hierbij nodigen wij u uit voor een hoorzitting van de {Commissie bezwaarschriften sociaal domein}.

Datum: dinsdag 9 september 2025
Tijd: 14.30 uur
Plaats: stadhuis Apeldoorn, {Marktplein 1}, zaal {Raadzaal-Oost} (ingang Marktplein, meld u bij de receptie)

Tijdens de hoorzitting kunt u uw bezwaar toelichten. Namens het college is consulent [Ruben Tjoa] aanwezig. U mag iemand meenemen, bijvoorbeeld uw echtgenoot [Jeroen Vrijdag] of een cliëntondersteuner van {MEE Veluwe}. In uw bezwaarschrift schrijft u dat u [HEALTH|door de fibromyalgie] niet lang kunt zitten; de zitting duurt daarom maximaal 30 minuten en u kunt pauzeren.

Wilt u uiterlijk 2 september laten weten of u komt? Dat kan via {bezwaar@apeldoorn.nl} of {14 055}.

Met vriendelijke groet,

[Lisa Hoogeveen]
{secretaris} {Commissie bezwaarschriften sociaal domein}
""", producer="docx", kw={"author": "Lisa Hoogeveen", "title": "Uitnodiging hoorzitting BZW-2025-0588", "font": "Liberation Serif"})
