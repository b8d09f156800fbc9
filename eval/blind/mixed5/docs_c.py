"""Set O documents o18-o26: chat exports, e-mails with signatures, werkbezoek, GBT minutes,
rosters, SVB case e-mail, RDW inspection, a memo with review comments. All private persons are invented."""
from generate import Doc, bsn, iban, iban_typo

DOCS = []

DOCS.append(Doc("o18_teams_chat_rws_storm", "fp", font="dejavu", title="Teams chat export", src="""
# Chatexport {Microsoft Teams|PROD}: kanaal "{WVL|A} storm Eowyn" ({Rijkswaterstaat|O} {Zee en Delta|O})

!small
Geëxporteerd op {27 januari 2025|D} door [[Femke|PER]] voor het Woo-verzoek {WOO-RWS-2025-0311|C}. Tijden in CET.

> [24-01-2025 05:58] [[Jeroen|PER]]: Goedemorgen. {KNMI|A} heeft code oranje afgegeven voor {Zeeland|P}, windkracht 10 verwacht.
> [24-01-2025 06:02] [[Femke|PER]]: Ik start het {WVL|A}-overleg om 06:30 via {Teams|PROD}. @[[Mohamed|PER]] kun jij de {Oosterscheldekering|P} checken?
> [24-01-2025 06:05] [[Mohamed|PER]]: Yes, ik bel de centrale. Peilen staan in {IRIS|PROD}.
> [24-01-2025 06:11] [[Jeroen|PER]]: [[Wietske|PER]] zit in {Middelburg|P} en neemt de {Zeelandbrug|P} mee.
> [24-01-2025 06:40] [[Wietske|PER]]: {Zeelandbrug|P} dicht voor hoge voertuigen vanaf 08:00. Politie ({Eenheid Zeeland-West-Brabant|O}) geïnformeerd.
> [24-01-2025 06:41] [[Femke|PER]]: Top. Ik zet het in het {situatierapport|T} voor het {DCC IenW|O}.
> [24-01-2025 07:15] [[Mohamed|PER]]: Kering gaat niet dicht, waterstand blijft onder het sluitpeil. Info voor woordvoering: {persvoorlichting@rws.nl|M}
> [24-01-2025 07:16] [[Jeroen|PER]]: (y) Ik bel [[Hans Luteijn|PER|Hans Luteijn;Luteijn]] van {Waterschap Scheldestromen|O} even.
> [24-01-2025 07:30] [[Wietske|PER]]: Mijn batterij is bijna leeg, bel me op mijn privénummer [[06 1739 0254|TEL]] als het moet.
> [24-01-2025 08:02] [[Femke|PER]]: Minister {Madlener|OF} wil om 09:00 een update. [[Jeroen|PER]], doe jij de call met de {DG|A}?
> [24-01-2025 08:03] [[Jeroen|PER]]: Doe ik. [[Annelies Verhage-Kodde|PER|Annelies Verhage-Kodde;Verhage-Kodde]] van het kabinet {DG|A} belt me.
> [24-01-2025 09:48] [[Femke|PER]]: Update gestuurd. {Verkeerscentrale Zuidwest|O} meldt 3 gekantelde vrachtwagens op de {A58|P}.
> [24-01-2025 10:05] [[Mohamed|PER]]: Zie foto van de {Kreekraksluizen|P} in de bijlage (IMG_2231.jpg).
> [24-01-2025 13:20] [[Femke|PER]]: Afschalen om 14:00. Bedankt allemaal!

Leden van het kanaal: [[Femke Provoost|PER|Femke Provoost;Provoost]] (eigenaar), [[Jeroen Minderhoud|PER|Jeroen Minderhoud;Minderhoud]],
[[Mohamed Aït Benali|PER|Mohamed Aït Benali;Aït Benali]], [[Wietske Boersma|PER|Wietske Boersma;Boersma]].
Algemeen nummer {Rijkswaterstaat|O}: {0800 8002|S}.
"""))

DOCS.append(Doc("o19_whatsapp_wethouder_team_almere", "rl", font="mono", title="WhatsApp export", src="""
# WhatsApp-export groep "Portefeuille Wonen {Almere|P}"

!small
Export ({.txt|T} naar PDF) aangeleverd door de wethouder voor Woo-verzoek {2025-0078|C}. Nummers van deelnemers
zijn op verzoek van de afdeling Juridische Zaken niet verwijderd in deze versie.

> 03-03-2025 08:12 - Wethouder {Hatte van der Woude|OF}: Morgen. Staat de brief aan {Ymere|O} klaar?
> 03-03-2025 08:20 - [[Lotte|PER]]: Bijna, [[Ruben|PER]] doet de laatste check.
> 03-03-2025 08:21 - [[Ruben|PER]]: Ja, 10:00 in je {Parafeerder|PROD}.
> 03-03-2025 08:45 - [[+31 6 2231 9087|TEL]]: Goedemorgen allen, ik ben [[Kübra|PER]] van {Ymere|O}, [[Ruben|PER]] heeft me toegevoegd.
> 03-03-2025 08:46 - Wethouder {Van der Woude|OF}: Welkom [[Kübra|PER]]!
> 03-03-2025 09:30 - [[Lotte|PER]]: De huurder van de {Stedenwijk|P} die gisteren belde, meneer [[Van Rossum-Tjon|PER]], wil de wethouder spreken.
> 03-03-2025 09:31 - [[Lotte|PER]]: Zijn nummer: [[036 - 538 12 77|TEL]] of [[+31612047730|TEL]]. Adres [[Palembangweg 18|ADR]].
> 03-03-2025 09:40 - Wethouder {Van der Woude|OF}: Plan het in voor donderdag, 15 min. Samen met [[Kübra|PER]].
> 03-03-2025 10:02 - [[Ruben|PER]]: Brief staat klaar. @[[Dewi|PER]] kun jij de {Woonvisie|PR}-passage checken?
> 03-03-2025 10:15 - [[Dewi|PER]]: Gecheckt, ok. Kleine typo in alinea 3 ({Omgevingswet|L} i.p.v. Woningwet).
> 03-03-2025 11:03 - [[+31 6 2231 9087|TEL]]: Donderdag 16:00 kan ik. Mail: [[k.ozdemir@ymere.nl|EM]]
> 03-03-2025 11:04 - [[Lotte|PER]]: (y)
> 03-03-2025 16:47 - Wethouder {Van der Woude|OF}: Dank team. {Flevoland|P} gedeputeerde {Jop Fackeldey|OF} belt morgen over de {Woondeal|PR}.

!small
Deelnemers: wethouder {Hatte van der Woude|OF} ({VVD|O}); [[Lotte Brandsma|PER|Lotte Brandsma;Brandsma]] (bestuursadviseur,
[[06-4410 2395|TEL]]); [[Ruben Yeboah|PER|Ruben Yeboah;Yeboah]] (beleidsadviseur, [[06-2839 7716|TEL]]);
[[Dewi Sastrowardojo|PER|Dewi Sastrowardojo;Sastrowardojo]] (juridisch, [[06-3301 8862|TEL]]);
[[Kübra Özdemir|PER|Kübra Özdemir;Özdemir]] ({Ymere|O}, [[+31 6 2231 9087|TEL]]).
"""))

DOCS.append(Doc("o20_email_uwv_gemeente_signatures", "lo", font="sans", title="RE: gegevensuitwisseling",
                 author="Mirjam Kalkhoven", src="""
> Van: [[Kalkhoven, Mirjam (M.)|PER|Kalkhoven, Mirjam (M.);Mirjam Kalkhoven;Kalkhoven]] <[[mirjam.kalkhoven@uwv.nl|EM]]>
> Verzonden: maandag 17 februari 2025 09:12
> Aan: [[Tjon Sack Kie, Roy|PER|Tjon Sack Kie, Roy;Roy Tjon Sack Kie;Tjon Sack Kie]] <[[r.tjonsackkie@denhaag.nl|EM]]>
> CC: [[Jong, Pieternel de|PER|Jong, Pieternel de;Jong]] <[[pieternel.dejong@uwv.nl|EM]]>; {juridischezaken@uwv.nl|M}
> Onderwerp: RE: gegevensuitwisseling {Suwinet|PROD} en {Participatiewet|L}

Beste [[Roy]],

Zoals besproken heeft het {UWV|A} geen bezwaar tegen het gebruik van {Suwinet-Inkijk|PROD} door jullie
klantmanagers, mits de {autorisatiematrix|T} wordt bijgewerkt vóór {1 april 2025|D}. De {BKWI|A}-audit
van vorig jaar liet zien dat 38 accounts niet meer actief waren. [[Pieternel]] stuurt je het
{CSV|A}-bestand met de {user-id's|T}.

Wethouder {Martijn Balster|OF} heeft in de raadscommissie gezegd dat {Den Haag|P} dit op orde brengt;
wil je dat ook aan jullie {CISO|A} doorgeven?

> Met vriendelijke groet,

> [[Mirjam Kalkhoven|PER]]
> Senior adviseur gegevensdiensten
> {UWV|A} | Divisie {Gegevensdiensten|O}
> {La Guardiaweg 94-114|AD} | {Amsterdam|P}
> T [[020 751 38 66|TEL]] (direct) | M [[06 52 19 84 40|TEL]]
> Werkgevers: {0800 - 8051|S} | Werknemers: {0900 - 9294|S}
> www.uwv.nl

> Van: [[Tjon Sack Kie, Roy]] <[[r.tjonsackkie@denhaag.nl|EM]]>
> Verzonden: vrijdag 14 februari 2025 15:37
> Aan: [[Kalkhoven, Mirjam (M.)]] <[[mirjam.kalkhoven@uwv.nl|EM]]>
> Onderwerp: gegevensuitwisseling {Suwinet|PROD} en {Participatiewet|L}

Hoi [[Mirjam]],

Kun je bevestigen dat we per 1 april nieuwe accounts kunnen aanvragen? Onze privacyadviseur,
[[Esther Lagrand|PER|Esther Lagrand;Lagrand]], wil dit vastleggen in het verwerkingsregister.

> Groet,
> [[Roy Tjon Sack Kie|PER]]
> Teamleider Werk en Inkomen | Gemeente {Den Haag|P}
> {Spui 70|AD} | {2511 BT|AD} {Den Haag|P}
> T [[070 353 72 10|TEL]] | M [[06 4839 1170|TEL]] | Gemeente algemeen {14 070|S}
"""))

DOCS.append(Doc("o21_verslag_werkbezoek_minister_kamerleden", "ch", font="serif", title="Verslag werkbezoek",
                 src="""
# Verslag werkbezoek minister van {OCW|A} aan {ROC Mondriaan|O}, {Den Haag|P}

~ Datum | {6 december 2024|D}
~ Kenmerk | {OCW/MBO/2024-88412|C}
~ Opgesteld door | [[Fatima Zahra Ouchan|PER|Fatima Zahra Ouchan;Ouchan]], directie {MBO|A}, [[f.z.ouchan@minocw.nl|EM]]

## Deelnemers
| Naam | Rol |
| {Eppo Bruins|OF} | minister van {Onderwijs, Cultuur en Wetenschap|O} |
| {Mariëlle Paul|OF} | staatssecretaris Funderend Onderwijs en Emancipatie |
| {Jan Paternotte|OF} | lid Tweede Kamer ({D66|O}) |
| {Harmen Krul|OF} | lid Tweede Kamer ({CDA|O}) |
| {Jan van Zanen|OF} | burgemeester van {Den Haag|P} |
| [[Rik Dorrestijn|PER|Rik Dorrestijn;Dorrestijn]] | voorzitter college van bestuur, {ROC Mondriaan|O} |
| [[Layla Benhaddou|PER|Layla Benhaddou;Benhaddou]] | docent Zorg en Welzijn |
| [[Jurre|PER]] en [[Sanne|PER]] | studenten niveau 4 (alleen voornaam) |
| [[Pim Gootjes|PER|Pim Gootjes;Gootjes]] | beleidsmedewerker {OCW|A} |
| [[Fatima Zahra Ouchan|PER]] | verslag |
| [[Bas ten Wolde|PER|Bas ten Wolde;ten Wolde]] | beveiliger, {Dienst Bewaking en Beveiliging|O} |

## Verloop
Minister {Bruins|OF} en staatssecretaris {Paul|OF} werden om 10.00 uur ontvangen door de heer [[Dorrestijn]].
In de praktijklokalen vertelden [[Jurre|PER]] en [[Sanne|PER]] over hun stage bij {HMC|A} en {Haaglanden Medisch Centrum|O}.
Mevrouw [[Benhaddou]] vroeg aandacht voor het lerarentekort in het {mbo|T}. Kamerlid {Paternotte|OF} vroeg naar
de bezuiniging op de {Regionale Investeringsfonds mbo|PR}-middelen; minister {Bruins|OF} verwees naar de
{Voorjaarsnota|T}. De heer {Krul|OF} vroeg naar {mbo-certificaten|T} en de {Wet educatie en beroepsonderwijs|L}.

Burgemeester {Van Zanen|OF} benadrukte het belang van stageplekken bij de gemeente. De heer [[Gootjes]]
neemt de vragen mee voor de {Kamerbrief|T} over de {Sectorakkoord mbo|PR}-afspraken.

## Vervolg
- [[Gootjes]]: reactie aan {ROC Mondriaan|O} vóór {20 december 2024|D}.
- Persvragen via {woordvoering@minocw.nl|M}; {OCW|A} algemeen {070 412 34 56|S}.
- Mobiel bereikbaar tijdens bezoek: [[ten Wolde]] [[06 - 15 02 87 33|TEL]].
"""))

DOCS.append(Doc("o22_verslag_gbt_overstroming_venlo", "rl", font="condensed", cols=2,
                 title="Verslag GBT", author="Noud Peeters", src="""
# Verslag {GBT|A} {Venlo|P}, hoogwater {Maas|P}

~ Datum | {5 januari 2025|D}, 14.00 uur
~ Plaats | stadskantoor {Venlo|P}, {Hanzeplaats 1|AD}
~ Notulist | [[Noud Peeters|PER|Noud Peeters;Peeters]]

Aanwezig: burgemeester {Antoin Scholten|OF} (voorzitter); [[Wendy Janssen-Coenen|PER|Wendy Janssen-Coenen;Janssen-Coenen]]
(algemeen commandant bevolkingszorg); [[Sjef Hermans|PER|Sjef Hermans;Hermans]] ({AC|A} communicatie);
[[Mariam Chaouch|PER|Mariam Chaouch;Chaouch]] (adviseur crisisbeheersing, {Veiligheidsregio Limburg-Noord|O});
[[Luc Geurts|PER|Luc Geurts;Geurts]] ({Waterschap Limburg|O}); [[Rob Verheijen|PER|Rob Verheijen;Verheijen]]
(politie, {Eenheid Limburg|O}).

## 1. Beeld
De heer [[Geurts]] meldt dat de {Maas|P} bij {Venlo|P} 17,20 m +{NAP|A} bereikt. Dijkring {Arcen|P}
wordt bewaakt. De kades in {Blerick|P} lopen mogelijk onder.

## 2. Oordeel
Mevrouw [[Janssen-Coenen]] stelt voor 80 woningen in {Velden|P} preventief te laten
evacueren. Burgemeester {Scholten|OF} neemt het besluit op grond van de {Wet veiligheidsregio's|L}.

## 3. Besluiten
- Evacuatie {Velden|P}-laag vanaf 18.00 uur.
- Opvang in sporthal {De Wisselslag|O}.
- {NL-Alert|T} om 17.00 uur.
- Bewoner [[Truus Hendrix|PER|Truus Hendrix;Hendrix]] ([[Schandelosestraat 8|ADR]], rolstoel) wordt
opgehaald door het {Rode Kruis|O}; contact via haar zoon [[Jos|PER]] ([[077 - 351 90 44|TEL]]).

## 4. Communicatie
De heer [[Hermans]] stemt de persberichten af met {1Limburg|O} en {L1|A}. Informatienummer voor
inwoners: {0800 1351|S}. Burgemeester {Scholten|OF} geeft om 19.00 uur een persconferentie.

## 5. Volgend overleg
6 januari, 09.00 uur. Bereikbaarheid notulist: [[n.peeters@venlo.nl|EM]], [[06-2055 7781|TEL]].
Algemeen: {14 077|S}. Gedeputeerde {Stephan Satijn|OF} van de provincie {Limburg|P} wordt
geïnformeerd; commissaris van de Koning {Emile Roemer|OF} is gebeld door de burgemeester.
"""))

DOCS.append(Doc("o23_cbs_rooster_enqueteurs", "ch", font="condensed", title="Rooster enquêteurs", allow=("Dokkum",),
                 src="""
# {CBS|A} veldwerk regio {Noord-Nederland|P}: rooster enquêteurs week 12

~ Afdeling | {Dataverzameling|O}, team Veldwerk Noord
~ Teamleider | [[Gerda Wieringa-Smid|PER|Gerda Wieringa-Smid;Wieringa-Smid]], [[g.wieringasmid@cbs.nl|EM]]
~ Onderzoek | {Gezondheidsenquête|PR}, {Enquête Beroepsbevolking|PR} ({EBB|A})
~ Vestiging | {CBS Heerlen|O}, {CBS-weg 11|AD}, {Heerlen|P} (post) / thuiswerkers regio

%w 20 11 16 15 20 18
| Enquêteur | Pers.nr. | Mobiel | Gebied | E-mail | Auto |
| [[Hylke de Vries|PER|Hylke de Vries;de Vries]] | 40017 | [[06-1450 8832|TEL]] | {Leeuwarden|P} | [[h.devries@cbs.nl|EM]] | [[94-GXH-3|KEN]] |
| [[Aaltje Kamminga|PER|Aaltje Kamminga;Kamminga]] | 40231 | [[06-2976 1048|TEL]] | {Drachten|P} | [[a.kamminga@cbs.nl|EM]] | eigen fiets |
| [[Przemysław Wójcik|PER|Przemysław Wójcik;Wójcik]] | 41102 | [[06-3318 7701|TEL]] | {Groningen|P}-stad | [[p.wojcik@cbs.nl|EM]] | [[J-309-ZT|KEN]] |
| [[Renske Bolt|PER|Renske Bolt;Bolt]] | 40988 | [[06-4710 2239|TEL]] | {Assen|P} | [[r.bolt@cbs.nl|EM]] | [[S-551-BK|KEN]] |
| [[Mustafa Korkmaz|PER|Mustafa Korkmaz;Korkmaz]] | 41250 | [[06-5520 9017|TEL]] | {Emmen|P} | [[m.korkmaz@cbs.nl|EM]] | [[G-804-XN|KEN]] |
| [[Tineke Oosterhof|PER|Tineke Oosterhof;Oosterhof]] | 40544 | [[06-1188 4462|TEL]] | {Sneek|P} | [[t.oosterhof@cbs.nl|EM]] | [[81-ZLJ-6|KEN]] |
| [[Geert Dokkum|PER|Geert Dokkum;Dokkum]] | 41377 | [[06-2287 5530|TEL]] | Dokkum | [[g.dokkum@cbs.nl|EM]] | [[HL-402-F|KEN]] |

## Bijzonderheden
- [[Kamminga]] is woensdag afwezig; adressen in {Drachten|P} worden overgenomen door [[Oosterhof]].
- Respondent in {Emmen|P} (adres [[Houtweg 71|ADR]]) heeft gevraagd om een bezoek na 18.00 uur, naam
[[mevrouw Rozenberg|PER|Rozenberg]]; afgesproken door [[Korkmaz]].
- Declaraties kilometers via {YouForce|PROD} vóór vrijdag; vragen aan {veldwerk-noord@cbs.nl|M}.
- {CBS|A} infoservice voor respondenten: {088 570 70 70|S}.
"""))

DOCS.append(Doc("o24_svb_interne_mail_klantdossier", "hl", font="dejavu", title="Interne mail SVB",
                 src="""
> Van: [[Nicolaas van Oordt|PER|Nicolaas van Oordt;van Oordt;Nicolaas]] <[[n.van.oordt@svb.nl|EM]]>
> Verzonden: donderdag 6 maart 2025 14:22
> Aan: [[Ahmad Rahimi|PER|Ahmad Rahimi;Rahimi;Ahmad]] <[[a.rahimi@svb.nl|EM]]>; {AOW-buitenland@svb.nl|M}
> Onderwerp: klant met {AOW|A} in {Marokko|P}: bankrekening gewijzigd

[[Ahmad]],

Kun jij kijken naar het dossier van de heer [[Abdelkader Bouzerda|PER|Abdelkader Bouzerda;Bouzerda]]
(BSN [[{bsn}|BSN]], geboren [[01-03-1957|DOB]] te {Nador|P})? Hij ontvangt {AOW|A} via het kantoor
{Roermond|P} (team {Verdragen|O}). Zijn dochter, mevrouw [[Hanan Bouzerda|PER]], belde vandaag met
het algemene nummer {030 264 90 00|S} en gaf een nieuw rekeningnummer door: [[{iban}|IBAN]].

In het systeem staat nog het oude nummer [[{iban_old}|IBAN]]. Volgens mevrouw [[Hanan|PER]] is de oude rekening
opgeheven. Zij wil een terugbelverzoek op [[+212 6 61 23 45 78|TEL]] of [[0031 6 1802 4477|TEL]].
Haar adres in {Nederland|P}: [[Dr. Ariënslaan 23|ADR]], [[6461 EC|ADR]] {Kerkrade|P}.

Let op: volgens de {Wet structuur uitvoeringsorganisatie werk en inkomen|L} en het
{AOW|A}-protocol mag een wijziging alleen schriftelijk met een machtiging. Wil je een brief sturen met het
{formulier Wijziging rekeningnummer|T}? Ik heb het {Klantbeeld|PROD} bijgewerkt.

> Groet,
> [[Nico|PER]]

> [[Nicolaas van Oordt]]
> Klantmanager {AOW|A} buitenland | {Sociale Verzekeringsbank|O}
> {Van Heuven Goedhartlaan 1|AD}, {Amstelveen|P}
> Direct [[020 656 58 31|TEL]]
""".replace("{bsn}", bsn(7501)).replace("{iban}", iban(7502, "ABNA")).replace("{iban_old}", iban(7503, "INGB", spaced=False))))

DOCS.append(Doc("o25_rdw_pv_apk_steekproef", "fp", font="sans", title="Rapport APK-steekproef",
                 author="Vincent Maas", src="""
# Rapport steekproefcontrole {APK|A}

~ Rapportnummer | {RDW-TZ-2025-02214|C}
~ Toezichthouder | [[V.A. Maas|PER|V.A. Maas;Maas]] ([[Vincent Maas|PER|Vincent Maas]]), toezichthouder {RDW|A} {Toezicht|O}
~ Datum controle | {14 februari 2025|D}, 10:35 uur
~ Erkenninghouder | {Garage De Linde B.V.|O}, {Industrieweg 12|AD}, {Oss|P}, {KvK 17051234|C}
~ Keurmeester | [[Marcel van Kessel|PER|Marcel van Kessel;van Kessel]], keurmeestersnummer KM-44710

## Gecontroleerd voertuig
~ Kenteken | [[HN-291-V|KEN]]
~ Merk/type | {Volkswagen|PROD} Polo, bouwjaar 2014
~ Eigenaar | [[Priscilla Adjei|PER|Priscilla Adjei;Adjei]], [[Molenstraat 9|ADR]], {Berghem|P}

## Bevindingen
De keurmeester, de heer [[van Kessel]], had het voertuig om 09:50 uur goedgekeurd. Bij de herkeuring door
[[Maas]] bleek de remschijf links voor onder de minimumdikte (afkeurpunt {AC 5.1|C}). De heer [[van Kessel]]
verklaarde dat hij de meting had overgeslagen vanwege drukte. Mevrouw [[Adjei]] was ter plaatse en
heeft de uitslag ontvangen.

## Maatregel
Op grond van de {Wegenverkeerswet 1994|L} en de {Regeling erkenning en bevoegdheid APK|L} ontvangt de
erkenninghouder een waarschuwing. De keurmeester krijgt een aantekening ({strafpunten|T}: 2).
Eerdere aantekeningen: {1 november 2023|D}.

## Ondertekening
!sig 251
[[V.A. Maas]], toezichthouder ([[VAM|PAR]]). Bereikbaar via [[vincent.maas@rdw.nl|EM]] of [[0648201174|TEL]].
Vragen erkenninghouders: {toezicht@rdw.nl|M}, {RDW|A} {0900 0739|S}.
"""))

DOCS.append(Doc("o26_memo_reviewcomments_bzk_woo", "ch", font="sans", title="Memo Woo-achterstanden",
                 src="""
# Memo: aanpak Woo-achterstanden {DGOO|A} (concept met reviewopmerkingen)

~ Aan | plv. {SG|A} {BZK|A}
~ Van | [[Thom Zuiderveld|PER|Thom Zuiderveld;Zuiderveld]], programma Open Overheid
~ Datum | {24 februari 2025|D}
~ Status | concept, niet verspreiden buiten {MT|A}

## Aanleiding
Op {1 januari 2025|D} stonden 312 Woo-verzoeken open, waarvan 187 over de termijn van de {Wet open overheid|L}.
Staatssecretaris {Szabó|OF} heeft de Kamer toegezegd dat de achterstand in 2025 halveert (motie van de
leden {Sneller|OF} ({D66|O}) en {Van Baarle|OF} ({DENK|A})).

> Commented [[[TZ1|PAR|TZ1]]]: @[[Marjolein Aksoy|PER|Marjolein Aksoy;Aksoy]] klopt dit cijfer met het {dashboard|T} in {Power BI|PROD}?
> Commented [[[MA2|PAR|MA2]]]: Nee, het is 309. Zie export van {13 februari|D}. Graag aanpassen.
> Reply [[[TZ3|PAR|TZ3]]]: Aangepast, dank [[Marjolein|PER]].

## Voorstel
1. Tijdelijke inzet van acht medewerkers via {Rijksacademie voor Digitalisering en Informatisering Overheid|O}.
2. Een {AI|A}-tool voor deduplicatie van e-mails (pilot met {Microsoft Purview|PROD}).
3. Maandelijkse rapportage aan de {SG|A} en het {Adviescollege Openbaarheid en Informatiehuishouding|O} ({ACOI|A}).

> Commented [[[J.vd.P.4|PAR|J.vd.P.4]]]: Punt 2 eerst langs de {CIO|A} en de {FG|A}. En laat [[Wouter|PER]] van Juridische Zaken meelezen.
> Commented [[[TZ5|PAR|TZ5]]]: Doe ik. @[[Jasper van de Pol|PER|Jasper van de Pol;van de Pol]] wil jij het {DPIA|A}-sjabloon sturen?

## Risico's
Het {ACOI|A} heeft in 2024 gewezen op het tekort aan Woo-juristen. [[Wouter Klaassen-Ruiz|PER|Wouter Klaassen-Ruiz;Klaassen-Ruiz]]
van {JZ|A} wijst op bezwaarprocedures die de capaciteit verder belasten. Woordvoering: {Ilona Verwey|OF}
(woordvoerder {BZK|A}, {070 426 63 02|S}).

!small
Documentgegevens: laatst opgeslagen door [[Thom Zuiderveld]]; reviewers: [[M. Aksoy|PER]], [[J. van de Pol|PER]].
Contact: [[thom.zuiderveld@minbzk.nl|EM]], {openoverheid@minbzk.nl|M}.
"""))
