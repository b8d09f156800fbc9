"""Set LV documents lv23-lv33: KPI report, scans, complaint answer, driver checks, legal memo, decision."""
from lib import Doc

DOCS = []

DOCS.append(Doc("lv23_kpi_rapportage", producer="Microsoft® PowerPoint® voor Microsoft 365", creator="Microsoft® PowerPoint® voor Microsoft 365",
                title="KPI-rapportage leerlingenvervoer Q4 2025", notes=[
                    (0, "{P:Oudenampsen, Jaap}", "Stiptheid 81% klopt niet met onze eigen telling (79%). {P:Anouk}, kun je dit checken bij {P:Natasja}?"),
                    (0, "{P:Hoff, Anouk van 't}", "Klopt, 79% incl. AP-17. Aangepast in v2. Bel me anders even: {T:06 412 875 93}"),
                    (0, "{P:Wensink, Dorus}", "Klanttevredenheid 5,9 is gebaseerd op maar 41 reacties. Overleg met {P:Mieke Brinkhuis} over de steekproef."),
                    (1, "{P:Klaassen, S.P.}", "Incidentnummers mogen erin; namen van chauffeurs niet. Zie mijn advies, {E:s.klaassen@apeldoorn.nl}"),
                    (1, "{P:Doğan, E.}", "Klachten over chauffeur {P:Hoekstra} hier niet noemen, dat is een personeelszaak van de vervoerder."),
                ], body="""
# KPI-rapportage [m:leerlingenvervoer] - vierde kwartaal 2025
[o:Gemeente Apeldoorn], team [o:Onderwijs en Jeugd] | contracten [r:LLV-2024-P1], [r:LLV-2024-P2], [r:LLV-2024-P3]
Versie 2, [d:30 januari 2026] | opgesteld door contractmanagement

## 1. Kerncijfers per perceel
| *Indicator* | *Norm* | *Perceel 1* | *Perceel 2* | *Perceel 3* |
| Stiptheid (aankomst school ≤ 10 min na aanvangstijd) | 95% | 96,1% | 79,4% | 93,8% |
| Maximale reistijd overschreden | < 2% | 0,8% | 4,1% | 1,2% |
| Vaste chauffeur per route | 90% | 94% | 62% | 88% |
| Klachten ouders | - | 9 | 37 | 14 |
| Incidenten (meldplichtig) | - | 1 | 4 | 2 |
| Klanttevredenheid (schaal 1-10) | ≥ 7 | 7,8 | 5,9 | 7,2 |

Perceel 1 en 3 worden uitgevoerd door [o:Connexxion Taxi Services] en [o:Willemsen de Koning]; perceel 2 door [o:TaxiBus Veluwe B.V.].

## 2. Analyse perceel 2
De prestaties van perceel 2 zijn sinds oktober 2025 sterk gedaald. Oorzaken volgens de vervoerder: ziekteverzuim van chauffeurs (11%), het landelijke tekort aan chauffeurs met een [m:chauffeurskaart] en wegafsluitingen ([l:Laan van Westenenk], [l:Europaweg]). De gemeente stelt vast dat de vervoerder daarnaast vaker dan toegestaan onderaannemers inzet zonder toestemming (artikel 9.2).

---
## 3. Klachten en incidenten
| *Categorie* | *Aantal* | *Waarvan perceel 2* |
| Te laat / niet verschenen | 28 | 19 |
| Wisselende chauffeur | 15 | 11 |
| Gedrag chauffeur | 6 | 4 |
| Veiligheid (gordels, rolstoel) | 5 | 3 |
| Overig | 6 | - |

Meldplichtige incidenten perceel 2: [r:TBV-INC-2025-104], [r:TBV-INC-2025-111], [r:TBV-INC-2025-118] en het incident van [d:9 januari 2026] (na de verslagperiode, wel opgenomen).

## 4. Vervolg
- Extra contractoverleg perceel 2 op [d:22 januari 2026];
- beslisnota over boete op grond van artikel 22 ([r:Z/26/118402]);
- tevredenheidsonderzoek onder ouders via [o:Panteia] in april 2026;
- gegevensbescherming: toets van de [j:functionaris gegevensbescherming] op [p:RitRegie].
"""))

DOCS.append(Doc("lv24_brief_ouder_handgeschreven", via="scan", producer="HP Scan", creator="HP LaserJet MFP M428fdw",
                rotate=-0.8, scan_font="DejaVuSansCondensed-Oblique.ttf", body="""
~ Apeldoorn, 19 januari 2026
~ Aan de gemeente, afdeling leerlingenvervoer
~ Beste meneer {P:Wensink},
~ Ik schrijf u met de hand omdat mijn mail niet aankomt.
~ Mijn dochter {P:Lotte van Dijk} (groep 6, De Sprengen)
~ zit ook in bus AP-17. Ook zij stond vorige week
~ een uur te wachten bij de school. Zij heeft
~ {H:diabetes type 1} en moet op tijd eten.
~ Wilt u mij terugbellen? Mijn nummer is
~ {T:06 - 11 47 83 29}. Ik woon {A:Molenstraat 17}.
~ Mail: {E:jeroenvandijk@kpnmail.nl}
~ {P:Lotte} is nu erg bang in de bus.
~ Met vriendelijke groet,
~ {P:Jeroen van Dijk}
"""))

DOCS.append(Doc("lv25_presentielijst_ouderraad", via="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
                rotate=0.5, body="""
# Presentielijst gesprek ouderraad - wethouder
Ouderraad Speciaal Onderwijs Apeldoorn, 12 maart 2026
Stadhuis, zaal Koningin Wilhelmina
Naam / school kind / handtekening
~ {P:Kubra Aydin-Verhoef} - Het Anker
~ {P:Patrick Wijnbergen} - Het Anker
~ {P:Sandra Kleinjan} - Anne Frankschool
~ {P:Jeroen van Dijk} - De Sprengen
~ {P:Ingrid Hazeleger} - De Bolster
~ {P:Thomas Brinkerink} - De Bolster
~ {P:Ayse Demirci} - Het Anker
~ {P:Wim Zandbergen} - Praktijkschool
Namens de gemeente: wethouder Oosterveld,
~ {P:D. Wensink}, {P:A. van 't Hoff}
"""))

DOCS.append(Doc("lv26_antwoord_klacht", font="dejavu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                title="Afhandeling klacht KL-2026-0031", author="{P:d.wensink}", body="""
[o:Gemeente Apeldoorn]
[l:Marktplein 1], Apeldoorn | [t:14 055] | [e:leerlingenvervoer@apeldoorn.nl]

{P:Mevrouw K. Aydın-Verhoef}
{A:Zwaluwstraat 41}
{A:7322 KM Apeldoorn}

Datum: [d:27 januari 2026]
Ons kenmerk: [r:KL-2026-0031]
Contactpersoon: {P:D. Wensink}, {T:055 580 1200 toestel 1376}
Onderwerp: afhandeling van uw klacht over het vervoer van {P:Emre}

Geachte {P:mevrouw Aydın-Verhoef},

Op [d:12 januari 2026] diende u een klacht in over het vervoer van uw zoon naar [o:SO Het Anker]. Op [d:20 januari 2026] heeft u uw klacht telefonisch toegelicht aan {P:de heer Wensink} en {P:mevrouw Van 't Hoff}. In deze brief leest u ons oordeel.

Uw klacht bestaat uit drie onderdelen:
1. uw zoon is op [d:9 januari 2026] zonder overdracht bij een verkeerde school afgezet;
2. de vaste chauffeur werd sinds november 2025 vaak vervangen;
3. de bus had vrijwel dagelijks vertraging.

Wij vinden alle drie onderdelen gegrond. De vervoerder had de invaller niet bij ons aangemeld en de invaller was niet op de hoogte van de afspraken over overdracht. Dat had niet mogen gebeuren. Wij bieden u en uw zoon onze excuses aan.

Wat doen wij? Wij hebben de vervoerder een boete opgelegd en een verbeterplan geëist. De vaste chauffeur rijdt sinds [d:19 januari 2026] weer op route [r:AP-17]. Voor uw zoon is een overdrachtskaart gemaakt. De vervoerder heeft ons bevestigd dat alleen de vaste chauffeur en de planning het noodprotocol kunnen inzien.

Bent u het niet eens met deze afhandeling, dan kunt u zich wenden tot de [o:Nationale ombudsman] ([t:0800-335 5555]).

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

{P:D.A. Wensink}
[j:consulent leerlingenvervoer]

Afschrift: [o:TaxiBus Veluwe B.V.], t.a.v. {P:N. Lindeboom}; intern: {P:A.C. van 't Hoff} ({C:AvtH})
Paraaf: {C:DAW}
"""))

DOCS.append(Doc("lv27_controle_chauffeurs", via="docx", title="Steekproef chauffeursdocumenten perceel 2",
                producer="LibreOffice 7.6", creator="Writer", author="{P:Brinkhuis, M.}", body="""
# Steekproef chauffeursdocumenten perceel 2
Uitgevoerd door team [o:Onderwijs en Jeugd] op [d:28 januari 2026] op grond van artikel 11 van het [m:Programma van Eisen] ([r:LLV-2024-P2]). Gecontroleerd: geldigheid van de [m:chauffeurskaart] (uitgegeven door [o:Kiwa]), de [m:VOG] (afgegeven door [o:Justis]) en de training [p:Veilig rolstoelvervoer].

| Pers.nr | Naam chauffeur | Geboortedatum | Chauffeurskaart | VOG | Training |
| {X:40102} | {P:Piet van den Akker} | {D:11-05-1961} | {X:NL-CK-4417302} | 2024 | ja |
| {X:40233} | {P:Henk-Willem Scholten} | {D:23-09-1968} | {X:NL-CK-4690115} | 2023 | ja |
| {X:40519} | {P:Jolanda Brouwer-Smit} | {D:04-12-1975} | {X:NL-CK-5102274} | 2025 | ja |
| {X:40817} | {P:Robert Hoekstra} | {D:17-06-1964} | {X:NL-CK-5528190} | 2024 | herhaling 4-2-2026 |
| {X:40944} | {P:Gülşen Yıldırım} | {D:30-01-1982} | {X:NL-CK-5701836} | 2025 | ja |
| {X:41006} | {P:Bas ter Horst} | {D:08-08-1990} | {X:NL-CK-5839021} | 2025 | nee |
| {X:41112} | {P:Jan-Kees de Bruijn} | {D:19-02-1958} | {X:NL-CK-3980047} | verlopen | ja |
| {X:41187} | {P:Małgorzata Nowak} | {D:02-11-1987} | {X:NL-CK-6012358} | 2025 | ja |
| onderaannemer | {P:Mehmet Koçak} | {D:15-07-1979} | {X:NL-CK-4875520} | niet aangeleverd | onbekend |

## Bevindingen
- Bij één chauffeur ({P:De Bruijn}) is de [m:VOG] ouder dan drie jaar; de vervoerder vraagt een nieuwe aan.
- De onderaannemer kon op de controledatum geen [m:VOG] overleggen; hij rijdt niet meer op perceel 2.
- {P:Ter Horst} heeft de training [p:Veilig rolstoelvervoer] nog niet gevolgd en rijdt tot die tijd geen rolstoelroutes.

Uitgevoerd door: {P:M. Brinkhuis} ({C:MBr}), gecontroleerd door {P:A. van 't Hoff} ({C:AvtH})
"""))

DOCS.append(Doc("lv28_juridisch_advies", font="times", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                title="Juridisch advies boete artikel 22", outline=[
                    ("Advies {P:S.P. Klaassen} aan {P:J. Oudenampsen}", 0),
                    ("Concept besproken met {P:Lieke Vermeulen} (inkoop)", 0),
                    ("Reactie {P:mr. Gerritsen-Aalbers} (gemeente Epe)", 1),
                    ("Opmerkingen {P:Oudenampsen} verwerkt 29-1", 1),
                    ("Versie {C:SPK-v3} definitief", 1),
                ], body="""
# Juridisch advies
Aan: {P:J.W. Oudenampsen}, [j:teamleider Onderwijs en Jeugd]
Van: {P:mr. S.P. Klaassen}, [j:jurist Juridische Zaken en Inkoop]
Datum: [d:30 januari 2026]
Kenmerk: [r:JZ-2026-0088]
Onderwerp: boete en ontbinding overeenkomst [r:LLV-2024-P2] ([o:TaxiBus Veluwe B.V.])

## 1. Vraag
Kan de gemeente [o:TaxiBus Veluwe B.V.] een boete opleggen voor de tekortkomingen in het vierde kwartaal van 2025, en kan de overeenkomst worden ontbonden?

## 2. Kader
De overeenkomst is gesloten na een Europese aanbesteding ([w:Aanbestedingswet 2012]); van toepassing zijn de [w:ARVODI-2018] en het [m:Programma van Eisen]. Artikel 22 geeft een boete van [a:€ 250] per tekortkoming, maximaal [a:€ 10.000] per kwartaal, zonder dat ingebrekestelling nodig is. Ontbinding (artikel 6:265 [w:Burgerlijk Wetboek]) vereist een tekortkoming die de ontbinding rechtvaardigt.

## 3. Beoordeling
Van de 31 door contractmanagement geregistreerde tekortkomingen zijn er naar mijn oordeel 12 mogelijk te wijten aan de door de gemeente zelf veroorzaakte afsluitingen. Het beroep van de vervoerder op overmacht (artikel 22.4) heeft daarom enige kans. Ik adviseer de boete te baseren op 31 tekortkomingen, maar bij een onderbouwd beroep op overmacht te matigen tot 19 ([a:€ 4.750]).

De inzet van een onderaannemer zonder toestemming (artikel 9.2) is een zelfstandige tekortkoming. In combinatie met het niet melden van het incident (14.3) is dit ernstig, omdat het een leerling met een medisch protocol betrof.

---
## 4. Ontbinding
Ontbinding acht ik op dit moment niet proportioneel. De vervoerder heeft de eerste drie kwartalen redelijk gepresteerd. Een ingebrekestelling met een termijn van drie maanden is de aangewezen stap. Blijft verbetering uit, dan is gedeeltelijke ontbinding van perceel 2 verdedigbaar. {P:Mr. Gerritsen-Aalbers} van de [o:gemeente Epe] deelt deze lijn voor perceel 3.

## 5. Openbaarheid
Dit advies is opgesteld ten behoeve van intern beraad. Bij een Woo-verzoek komen de persoonlijke beleidsopvattingen in aanmerking voor weigering op grond van artikel 5.2 [w:Wet open overheid]; de feitelijke delen (kader, aantallen) zijn openbaar.

{P:S.P. Klaassen}
{E:s.klaassen@apeldoorn.nl} | {T:055-580 1933}
"""))

DOCS.append(Doc("lv29_mail_vervangend_vervoer", producer="Microsoft Outlook 16.0", creator="Microsoft® Outlook® voor Microsoft 365",
                title="Vervangend vervoer AP-17", xmp_creator="{P:mbrinkhuis}", body="""
**Van:** {P:Brinkhuis, Mieke} <{E:m.brinkhuis@apeldoorn.nl}>
**Verzonden:** vrijdag 16 januari 2026 11:02
**Aan:** [e:planning@taxibusveluwe.nl]
**CC:** {P:Wensink, Dorus} <{E:d.wensink@apeldoorn.nl}>; {P:Ilona Rademaker} <{E:i.rademaker@sprengen.nl}>
**Onderwerp:** Vervangend vervoer AP-17 week 4 + overdrachtskaarten

Goedemorgen planning,

In week 4 (19-23 januari) is de [l:Sluisoordlaan] bij [o:SO Het Anker] afgesloten wegens werkzaamheden aan de riolering. De school heeft met ons afgesproken dat alle leerlingen van [r:AP-17] worden afgezet bij de achteringang aan de [l:Jachtlaan]. Mevrouw {P:Rademaker} (directeur [o:De Sprengen]) is in de cc gezet omdat twee van haar leerlingen ook op deze route zitten.

Daarnaast vragen wij voor alle leerlingen van [r:AP-17] een overdrachtskaart, zoals besproken. Voor de volgende leerlingen hebben de ouders extra instructies doorgegeven:
- {P:Emre A.}: altijd overdragen aan juf {P:Marjolein} of de intern begeleider;
- {P:Lotte v. D.}: heeft een eetmoment om 10.00 uur, niet later dan 8.45 uur aankomen;
- {P:Jayden W.}: rolstoel, vierpuntsbevestiging, vader {P:Patrick} wil bij vertraging gebeld worden.

Kunnen jullie bevestigen dat {P:Rob} vanaf maandag weer vast rijdt?

Met vriendelijke groet,
{P:Mieke Brinkhuis}
[j:Consulent leerlingenvervoer]
{T:06 - 20 18 73 44}

**Van:** [e:planning@taxibusveluwe.nl]
**Verzonden:** vrijdag 16 januari 2026 13:37
**Aan:** {P:Brinkhuis, Mieke} <{E:m.brinkhuis@apeldoorn.nl}>
**Onderwerp:** RE: Vervangend vervoer AP-17 week 4 + overdrachtskaarten

Hoi {P:Mieke}, ja, {P:Rob} rijdt vanaf maandag weer, wo-vr en vanaf februari de hele week. Kaarten volgen dinsdag. Gr. {P:Nat} (planning [o:TaxiBus Veluwe])
"""))

DOCS.append(Doc("lv30_inspectie_kiwa", producer="Nitro Pro 13.70", creator="Nitro Pro", font="dejavu",
                title="Rapport voertuigcontrole TBV-23", body="""
# Rapport voertuigcontrole rolstoeltaxi
[o:Kiwa Register] - keuring rolstoelvervoer volgens de [m:Beleidsregel rolstoelvervoer] en de [w:Regeling voertuigen]
Rapportnummer: [r:KR-2026-00417]    Datum: [d:6 februari 2026]
Opdrachtgever: [o:TaxiBus Veluwe B.V.], [l:Ravenweg 14], Apeldoorn (op verzoek van de [o:gemeente Apeldoorn])

| *Onderdeel* | *Bevinding* |
| Voertuig | [p:Mercedes Sprinter] 516 CDI, busnummer [r:TBV-23], bouwjaar 2021 |
| Kenteken | [r:V-482-KP] (bedrijfsvoertuig) |
| Rolstoellift | [p:AMF-Bruns] onderhoud 09-2025; goed |
| Vierpuntsbevestiging | twee van de acht spanbanden versleten; vervangen ter plaatse |
| Driepuntsgordel rolstoelplaats | goed |
| Noodhamer / brandblusser | aanwezig; blusser gekeurd 11-2025 |
| Registratie [m:RitRegie] tablet | aanwezig, vergrendeld |
| Eindoordeel | voldoet na herstel |

## Toelichting
Bij de controle was de vaste chauffeur, {P:R. Hoekstra}, aanwezig. Hij toonde de [m:chauffeurskaart] en het certificaat van de training [p:Veilig rolstoelvervoer] van [d:4 februari 2026]. De versleten spanbanden kunnen volgens de inspecteur hebben bijgedragen aan het incident [r:TBV-INC-2025-118].

Inspecteur: {P:ing. Wouter Schuurmans-Kleine} (inspecteursnummer {X:K-2214})
Bereikbaar via [e:rolstoelvervoer@kiwa.nl] of {T:+31 88 998 34 27}
Aanwezig namens de gemeente: {P:Esra Doğan}
Aanwezig namens de vervoerder: {P:Natasja Lindeboom} en monteur {P:Dennis Oortwijn} ({T:06-39 77 20 15})
"""))

DOCS.append(Doc("lv31_zienswijzeverzoek", via="docx", title="Verzoek om zienswijze Woo-verzoek WOO-2026-0347",
                producer="LibreOffice 7.6", creator="Writer", body="""
[o:Gemeente Apeldoorn]
[l:Marktplein 1] | Postbus 9033 | 7300 ES Apeldoorn | [t:14 055]

[o:TaxiBus Veluwe B.V.]
t.a.v. {P:de heer G.J. Vosselman}
[l:Ravenweg 14]
7335 DP Apeldoorn

Datum: [d:3 maart 2026]
Ons kenmerk: [r:WOO-2026-0347]
Behandeld door: {P:M.J. ter Haar-Bosman}, {E:m.terhaar@apeldoorn.nl}, {T:(055) 580 12 47}
Onderwerp: verzoek om zienswijze

Geachte {P:heer Vosselman},

Wij hebben een verzoek ontvangen op grond van de [w:Wet open overheid] om openbaarmaking van documenten over het [m:leerlingenvervoer] op perceel 2. Een aantal documenten is van uw bedrijf afkomstig of bevat informatie over uw bedrijf: de facturen over december 2025 ([r:F2026-0211]), het incidentrapport [r:TBV-INC-2025-118], een chatexport van uw planning en uw brief van [d:2 maart 2026].

Uw medewerker {P:mevrouw Lindeboom} heeft ons op [d:27 februari 2026] telefonisch laten weten dat u prijs stelt op deze gelegenheid. Wij zijn voornemens deze documenten gedeeltelijk openbaar te maken. Persoonsgegevens van uw medewerkers, zoals namen, telefoonnummers en personeelsnummers, maken wij niet openbaar (artikel 5.1, tweede lid, onder e, [w:Wet open overheid]). Gegevens over de gezondheid van medewerkers en leerlingen maken wij evenmin openbaar (artikel 5.1, eerste lid, onder d). Tarieven per rit zijn opgenomen in de gegunde inschrijving en naar ons oordeel niet langer vertrouwelijk.

U kunt binnen twee weken na dagtekening schriftelijk uw zienswijze geven, bij voorkeur per e-mail aan [e:woo@apeldoorn.nl], onder vermelding van [r:WOO-2026-0347].

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Apeldoorn,

{P:mr. M.J. ter Haar-Bosman}
[j:Woo-coördinator]
"""))

DOCS.append(Doc("lv32_woo_besluit", font="dejavu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                title="Besluit op Woo-verzoek WOO-2026-0347", author="{P:Ter Haar-Bosman, Marloes}", body="""
[o:Gemeente Apeldoorn]
Postbus 9033 | 7300 ES Apeldoorn | [t:14 055] | [e:woo@apeldoorn.nl]

{P:Mevrouw K. Aydın-Verhoef}
{A:Zwaluwstraat 41}
{A:7322 KM Apeldoorn}

Datum: [d:27 april 2026]
Ons kenmerk: [r:WOO-2026-0347] / [r:Z/26/118402-21]
Contactpersoon: {P:Marloes ter Haar}, {T:055 - 580 12 47}, {E:m.terhaar@apeldoorn.nl}
Onderwerp: besluit op uw verzoek op grond van de [w:Wet open overheid]

Geachte {P:mevrouw Aydın-Verhoef},

Op [d:2 februari 2026] heeft u ons gevraagd documenten openbaar te maken over het [m:leerlingenvervoer] door [o:TaxiBus Veluwe B.V.] op perceel 2 en route [r:AP-17]. Op [d:6 februari 2026] hebben wij de ontvangst bevestigd. Op [d:2 maart 2026] hebben wij de beslistermijn met twee weken verdaagd, en op [d:3 maart 2026] hebben wij de vervoerder om een zienswijze gevraagd. De vervoerder heeft op [d:16 maart 2026] laten weten geen bezwaar te hebben, met uitzondering van de namen en telefoonnummers van zijn medewerkers.

## Besluit
Wij maken de documenten die op de inventarislijst (bijlage 1) staan gedeeltelijk openbaar. Twee documenten maken wij niet openbaar.

## Motivering
Wij hebben 31 documenten gevonden. Bij de beoordeling hebben wij de volgende uitzonderingsgronden toegepast:
- persoonsgegevens van ambtenaren, medewerkers van de vervoerder, leerlingen en andere ouders (artikel 5.1, tweede lid, onder e, [w:Wet open overheid], code 5.1.2e). Namen van [f:wethouder Oosterveld], van de raadsleden en van de burgemeester maken wij wel openbaar, omdat zij in hun publieke functie optreden;
- gegevens over de gezondheid van leerlingen en van een chauffeur (artikel 5.1, eerste lid, onder d, code 5.1.1d);
- het burgerservicenummer (artikel 5.1, eerste lid, onder e, code 5.1.1e);
- persoonlijke beleidsopvattingen in het juridisch advies van [d:30 januari 2026] (artikel 5.2, eerste lid).

---
Uw eigen gegevens en die van uw zoon staan in een aantal documenten. Omdat openbaarmaking op grond van de Woo openbaarmaking voor iedereen is, hebben wij ook die gegevens weggelakt. U kunt de volledige documenten over uw zoon opvragen op grond van artikel 15 van de [w:AVG].

## Informatie die niet openbaar gemaakt kan worden
De documenten 10 (medisch advies [o:GGD Noord- en Oost-Gelderland]) en 11 (verklaring orthopedagoog) bevatten uitsluitend medische gegevens van uw zoon en worden niet openbaar gemaakt.

## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college van burgemeester en wethouders van Apeldoorn.

Hoogachtend,
het college van burgemeester en wethouders van Apeldoorn,
namens dezen,

{P:M.J. ter Haar-Bosman}
[j:Woo-coördinator]

> Bijlagen: inventarislijst; documenten (gedeeltelijk) openbaar. Afschrift: [o:TaxiBus Veluwe B.V.]
"""))

DOCS.append(Doc("lv33_inventarislijst", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
                title="Inventarislijst WOO-2026-0347", body="""
# Inventarislijst Woo-verzoek [r:WOO-2026-0347]
[o:Gemeente Apeldoorn] - leerlingenvervoer perceel 2 - besluit van [d:27 april 2026]

| *Nr* | *Document* | *Datum* | *Beoordeling* | *Grond* | *Opmerking* |
| 1 | Woo-verzoek | 02-02-2026 | deels openbaar | 5.1.2e, 5.1.1d | verzoeker |
| 2 | Ontvangstbevestiging | 06-02-2026 | deels openbaar | 5.1.2e | |
| 3 | E-mailwisseling klacht ouder | 13-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | thread [r:KL-2026-0031] |
| 4 | E-mailwisseling contractmanagement | 14-01-2026 | deels openbaar | 5.1.2e | |
| 5 | Chatexport [p:Microsoft Teams] | 09-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 6 | [p:WhatsApp]-export vervoerder | 09-01-2026 | deels openbaar | 5.1.2e | derde |
| 7 | Incidentrapport [r:TBV-INC-2025-118] | 04-12-2025 | deels openbaar | 5.1.2e, 5.1.1e | |
| 8 | Melding school (scan) | 09-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 9 | Gespreksverslag chauffeur | 16-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 10 | Medisch advies [r:GGD-MA-24-0917] | 28-08-2024 | niet openbaar | 5.1.1d | |
| 11 | Verklaring orthopedagoog | 04-09-2025 | niet openbaar | 5.1.1d | |
| 12 | Aanvraagformulier [r:Z/25/094417] | 03-06-2025 | deels openbaar | 5.1.2e, 5.1.1e | |
| 13 | Routeplanning week 3 | 12-01-2026 | deels openbaar | 5.1.2e | |
| 14 | Factuur [r:F2026-0211] | 05-01-2026 | deels openbaar | 5.1.2e | |
| 15 | Factuur onderaannemer | 19-01-2026 | deels openbaar | 5.1.2e | eenmanszaak |
| 16 | Factuur busbegeleiding | 31-12-2025 | deels openbaar | 5.1.2e | eenmanszaak |
| 17 | Verslag contractoverleg | 22-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 18 | Beslisnota boete | 09-02-2026 | deels openbaar | 5.1.2e | |
| 19 | Ingebrekestelling | 16-02-2026 | deels openbaar | 5.1.2e | |
| 20 | Reactie vervoerder | 02-03-2026 | deels openbaar | 5.1.2e | |
| 21 | Schriftelijke vragen [r:RV-2026-012] | 24-02-2026 | deels openbaar | 5.1.2e | al openbaar via raad |
| 22 | Persbericht [r:PB-2026-031] | 17-02-2026 | deels openbaar | 5.1.2e | metadata |
| 23 | KPI-rapportage Q4 2025 | 30-01-2026 | deels openbaar | 5.1.2e | opmerkingen |
| 24 | Brief ouder (handgeschreven) | 19-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 25 | Presentielijst ouderraad | 12-03-2026 | deels openbaar | 5.1.2e | |
| 26 | Afhandeling klacht | 27-01-2026 | deels openbaar | 5.1.2e | |
| 27 | Steekproef chauffeursdocumenten | 28-01-2026 | deels openbaar | 5.1.2e | |
| 28 | Juridisch advies [r:JZ-2026-0088] | 30-01-2026 | deels openbaar | 5.1.2e, 5.2.1 | |
| 29 | E-mail vervangend vervoer | 16-01-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 30 | Rapport [r:KR-2026-00417] | 06-02-2026 | deels openbaar | 5.1.2e | [o:Kiwa] |
| 31 | Verzoek om zienswijze | 03-03-2026 | deels openbaar | 5.1.2e | |

> Behandeld door {P:M.J. ter Haar-Bosman} ({C:MtHB}); kwaliteitscontrole {P:S. Klaassen} ({C:SPK}); zoekslag e-mail: {P:Rianne Buitenhuis} ([j:informatiebeheer]). Vragen: [e:woo@apeldoorn.nl]
"""))
