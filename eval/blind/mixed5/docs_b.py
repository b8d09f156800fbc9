"""Set O documents o09-o17: crisis logbook, rijksdiensten case files, track changes, RACI,
agenda and actielijst, minutes with ministers and Kamerleden. All private persons are invented."""
from generate import Doc, bsn, iban, iban_typo

DOCS = []

DOCS.append(Doc("o09_logboek_rot_brand_moerdijk", "ch", font="condensed", landscape=True,
                title="LCMS logboek ROT", src="""
# Logboek {ROT|A} {Veiligheidsregio Midden- en West-Brabant|O}: brand opslagloods {Moerdijk|P}

~ Incident | {GRIP 2|T}, brand chemische opslag, {Havenweg|P} {Moerdijk|P}
~ Datum | {4 februari 2025|D}
~ Incidentnummer | {LCMS-2025-00412|C}
~ Logboekhouder | [[Femke Dekkers-Ouwerkerk|PER|Femke Dekkers-Ouwerkerk;Dekkers-Ouwerkerk]] ([[FDO|PAR]])

%w 8 14 16 62
| Tijd | Functie | Door | Melding |
| 05:42 | {OvD-B|A} | [[RvH|PAR]] | Alarmering via meldkamer. Rookpluim richting {Zevenbergen|P}. {NL-Alert|T} overwogen. |
| 06:05 | {ROT|A}-leider | [[Marco Stoop|PER|Marco Stoop;Stoop]] | {ROT|A} bijeen in {Tilburg|P}. Burgemeester {Jacobine Geel|OF} geïnformeerd; {GBT|A} om 07:00. |
| 06:18 | {AC-Bz|A} | [[Indra Wirjosentono|PER|Indra Wirjosentono;Wirjosentono]] | Contact met burgemeester. Persbericht via {persvoorlichting@vrmwb.nl|M}. |
| 06:31 | {GAGS|A} | [[dr. H. Lamberts|PER|H. Lamberts;Lamberts]] | Advies: ramen en deuren sluiten, ventilatie uit. Metingen door {RIVM|A}. |
| 06:50 | {CvD|A} politie | [[Kees Verbunt|PER|Kees Verbunt;Verbunt]] | Afzetting {A17|P} afrit 26. Vrachtwagen met kenteken [[BX-713-N|KEN]] staat op het terrein; chauffeur [[Oleksandr Kravchenko|PER|Oleksandr Kravchenko;Kravchenko]] vermist gemeld. |
| 07:12 | {OvD-B|A} | [[RvH|PAR]] | Chauffeur [[Kravchenko]] aangetroffen bij de portiersloge, ongedeerd. Vervoerd door ambulance. |
| 07:25 | {ROT|A}-leider | [[Stoop]] | Bedrijf: contact [[Sjaak Verschuren|PER|Sjaak Verschuren;Verschuren]] (HSE-manager), mobiel [[06 5318 2274|TEL]]. |
| 08:02 | {IM|A} | [[Ruud de Kock|PER|Ruud de Kock;de Kock]] | Situatiebeeld gedeeld in {LCMS|A}; {Teams|PROD}-kanaal aangemaakt. |
| 08:40 | {AC-Bz|A} | [[Wirjosentono]] | {NL-Alert|T} verstuurd om 08:37 voor postcodegebied 4761. |
| 09:15 | {GAGS|A} | [[Lamberts]] | Meetresultaten {RIVM|A}: geen overschrijding. Advies gehandhaafd tot 12:00. |
| 10:30 | {ROT|A}-leider | [[Stoop]] | Afschaling naar {GRIP 1|T}. Nazorg bewoners via {GGD West-Brabant|O}, {0900 368 6868|S}. |

Bereikbaarheid {ROT|A}: piket via meldkamer {088 166 90 00|S}. Privénummer logboekhouder: [[06-1280 3391|TEL]] (niet verspreiden).
Evaluatie door {IFV|A}; aanspreekpunt [[Dekkers-Ouwerkerk]], [[f.dekkers@vrmwb.nl|EM]].
"""))

DOCS.append(Doc("o10_rdw_dossier_schorsing_kenteken", "rl", font="dejavu", title="RDW dossier", allow=("Huizinga",),
                 author="Hendrik-Jan Brouwers", src="""
# {RDW|A} dossieroverzicht: schorsing en tenaamstelling

~ Zaaknummer | {RDW-VR-2025-118342|C}
~ Afdeling | {Voertuigregistratie|O}, vestiging {Veendam|P}
~ Behandelaar | [[Hendrik-Jan Brouwers|PER|Hendrik-Jan Brouwers;Brouwers]], [[h.brouwers@rdw.nl|EM]]
~ Datum | {26 februari 2025|D}

## Kentekenhouder
~ Naam | [[mevrouw S.M. (Sietske) Dijkstra-Yilmaz|PER|S.M. (Sietske) Dijkstra-Yilmaz;Dijkstra-Yilmaz;Sietske]]
~ Geboortedatum | [[23 juli 1986|DOB]]
~ BSN | [[{bsn}|BSN]]
~ Adres | [[Zuiderdiep 88-B|ADR]], [[9641 JH|ADR]] {Veendam|P}
~ Telefoon | [[0598 - 62 41 07|TEL]]
~ Kenteken | [[K-482-RS|KEN]] (personenauto, {Kia|PROD} Niro)

## Verloop
Op {3 februari 2025|D} meldde mevrouw [[Dijkstra-Yilmaz]] via het {RDW|A}-klantcontact ({0900 0739|S}) dat haar
auto al sinds december bij een garage in {Winschoten|P} staat. De garagehouder, de heer
[[Albert Huizinga|PER|Albert Huizinga;Huizinga]] ({Autobedrijf Huizinga & Zn.|O}), zou de schorsing regelen
maar deed dat niet. Daardoor ontving zij een boete van het {CJIB|A} wegens het ontbreken van een
{WAM|A}-verzekering ({Wet aansprakelijkheidsverzekering motorrijtuigen|L}).

Op {10 februari|D} belde haar zoon, [[Jelmer Dijkstra|PER|Jelmer Dijkstra;Jelmer;Dijkstra]], vanaf [[+31 6 4022 1987|TEL]]. [[Jelmer]] vroeg of
de boete kon vervallen. Collega [[Gülay Sarıkaya|PER|Gülay Sarıkaya;Sarıkaya]] heeft uitgelegd dat het {RDW|A} geen
boetes van het {CJIB|A} kwijtscheldt, maar wel een verklaring afgeeft over de registratie.

Vervolgens is het kenteken op {12 februari 2025|D} met terugwerkende kracht geschorst (code {SCH-T|C}).
De kosten (€ 42,00) worden geïncasseerd van [[{iban}|IBAN]] t.n.v. [[S.M. Dijkstra|PER|S.M. Dijkstra;Dijkstra]].

## Interne notities
- [[GS|PAR]] 12/2: terugwerkende kracht akkoord na overleg met teamleider [[Bas Ruiter|PER|Bas Ruiter;Ruiter]].
- [[HJB|PAR]] 26/2: dossier gesloten; brief aan [[Zuiderdiep 88-B|ADR]] verzonden.
- Zie werkinstructie {WI-VR-031|C} en de {Regeling voertuigen|L}.
""".replace("{bsn}", bsn(7201)).replace("{iban}", iban(7202, "ABNA"))))

DOCS.append(Doc("o11_cbs_memo_trackchanges_enquete", "lo", font="sans", title="Memo datalek enquête",
                 author="Arjen Schimmelpenninck", src="""
# Memo (concept v0.3, met wijzigingen bijhouden)

~ Aan | {MT|A} directie {Dataverzameling|O}, {CBS|A}
~ Van | [[Arjen Schimmelpenninck|PER|Arjen Schimmelpenninck;Schimmelpenninck]], privacy officer
~ Cc | {FG|A} {CBS|A}; [[Chiara Rossi|PER|Chiara Rossi;Rossi]] (teamleider veldwerk)
~ Datum | {7 maart 2025|D}
~ Onderwerp | incident bij de {Enquête Beroepsbevolking|PR} ({EBB|A}) in regio {Rijnmond|P}

## Aanleiding
Op {3 maart 2025|D} raakte een enquêteur een tablet kwijt in de trein tussen {Schiedam|P} en {Delft|P}.
[Ingevoegd door [[AS|PAR]]: De tablet was versleuteld met {BitLocker|PROD} en beheerd via {Intune|PROD}.]
Op de tablet stonden 14 ingevulde vragenlijsten. De enquêteur, mevrouw [[Ngozi Okafor-de Graaf|PER|Ngozi Okafor-de Graaf;Okafor-de Graaf]],
meldde het verlies om 18.20 uur bij de {ICT-servicedesk|O}.

> [Opmerking [[CR1|PAR]]: Moeten we de naam van de enquêteur hier noemen? Dit gaat ook naar de {OR|A}.]

## Feiten
1. Het toestel is op afstand gewist om 19.05 uur ({remote wipe|T} bevestigd door [[Dennis Wouterse|PER|Dennis Wouterse;Wouterse]]).
2. [Verwijderd door [[AS|PAR]]: Er is geen melding gedaan bij de {AP|A}.] [Ingevoegd door [[AS|PAR]]: Melding bij de
{Autoriteit Persoonsgegevens|O} is niet nodig volgens de {FG|A}, omdat de gegevens versleuteld waren.]
3. Eén respondent, de heer [[Bayu Hartanto|PER|Bayu Hartanto;Hartanto]] uit {Vlaardingen|P} ([[Floreslaan 12|ADR]]),
heeft gebeld naar {088 570 70 70|S} en gevraagd wat er met zijn gegevens gebeurt.

> [Opmerking [[AS2|PAR]]: @[[Chiara|PER]] kun jij de heer [[Hartanto]] terugbellen op [[010-4345512|TEL]]? Dank!]
> [Opmerking [[CR3|PAR]]: Gedaan op 6/3, hij is gerustgesteld.]

## Voorstel
Het {MT|A} wordt gevraagd in te stemmen met: een herhaalde instructie {Security awareness|T} voor alle
enquêteurs, en het opnemen van dit incident in het register datalekken ({DL-2025-019|C}).
Vragen: [[a.schimmelpenninck@cbs.nl|EM]], [[06 1019 4471|TEL]]. Algemene privacyvragen: {privacy@cbs.nl|M}.
"""))

DOCS.append(Doc("o12_projectplan_raci_dso_koppeling", "ch", font="dejavu", title="Projectplan",
                 src="""
# Projectplan {DSO|A}-koppeling zaaksysteem, versie 1.2

~ Opdrachtgever | [[drs. M.A. (Marianne) van den Bogaard|PER|M.A. (Marianne) van den Bogaard;van den Bogaard]], directeur Dienstverlening
~ Projectleider | [[Joost van der Berg|PER|Joost van der Berg;van der Berg]] ([[JvdB|PAR]])
~ Organisatie | {Omgevingsdienst Regio Utrecht|O} ({ODRU|A}) en gemeenten {Houten|P}, {Nieuwegein|P}, {IJsselstein|P}
~ Datum | {20 januari 2025|D}

## Doel
Het zaaksysteem {Djuma|PROD} wordt gekoppeld aan het {Digitaal Stelsel Omgevingswet|O} via de
{API|A} van het {DSO-LV|A}, zodat aanvragen uit het {Omgevingsloket|T} automatisch als zaak binnenkomen.
Het project volgt de {Prince2|T}-methode en de {NORA|A}-architectuurprincipes.

## RACI-matrix
%w 30 11 11 11 11 11 15
| Activiteit | [[JvdB|PAR]] | [[MvdB|PAR]] | [[EKa|PAR]] | [[TdSc|PAR]] | [[RvWi|PAR]] | Leverancier |
| Functioneel ontwerp | A | I | R | C | C | C |
| Technische koppeling ({StUF|A}, {ZGW API's|T}) | A | I | C | R | I | R |
| Testen in {acceptatieomgeving|T} | R | I | C | R | A | C |
| Privacy ({DPIA|A}) | C | A | I | I | R | I |
| Livegang en {go/no-go|T} | R | A | C | C | C | I |

Toelichting afkortingen: [[JvdB|PAR]] = [[Joost van der Berg]]; [[MvdB|PAR]] = [[Marianne van den Bogaard|PER|Marianne van den Bogaard]];
[[EKa|PAR]] = [[Esra Karataş|PER|Esra Karataş;Karataş]] (functioneel beheer); [[TdSc|PAR]] = [[Thijs de Schepper|PER|Thijs de Schepper;de Schepper]]
(applicatiebeheer {ICT-NU|A}); [[RvWi|PAR]] = [[Rosalie van Wijngaarden|PER|Rosalie van Wijngaarden;van Wijngaarden]] (privacy).
Leverancier: {Circle Software|O}, accountmanager [[Maarten Tuinstra|PER|Maarten Tuinstra;Tuinstra]] ([[m.tuinstra@circlesoftware.nl|EM]]).

!pb
## Planning
| Fase | Start | Gereed | Verantwoordelijk |
| Initiatie | {6 januari 2025|D} | 31 januari 2025 | [[van der Berg]] |
| Realisatie | 3 februari 2025 | 30 mei 2025 | [[de Schepper]] / {Circle Software|O} |
| Test en acceptatie | 2 juni 2025 | 27 juni 2025 | [[Karataş]] |
| Nazorg | 30 juni 2025 | 29 augustus 2025 | [[JvdB|PAR]] |

## Risico's
- Afhankelijkheid van {Geonovum|O} en het {Kadaster|O} voor wijzigingen in de {DSO|A}-standaarden.
- Beperkte capaciteit bij {ICT-NU|A} in de zomer (vakantie [[de Schepper]] juli).
- Escalatie via de opdrachtgever; stuurgroep met wethouder {Ralph Lagerwerf|OF} ({Nieuwegein|P}).

Akkoord opdrachtgever, {20 januari 2025|D}:

!sig 121

Contact projectbureau: {projectbureau@odru.nl|M}, {030 702 30 00|S}; projectleider mobiel [[06-23 45 91 08|TEL]].
"""))

DOCS.append(Doc("o13_agenda_actielijst_programmaraad_gdi", "fp", font="dejavu", title="Agenda programmaraad",
                 author="Lieke Sprenkels", src="""
# Agenda en actielijst {Programmaraad Digitale Overheid|O}

~ Datum | {13 maart 2025|D}, 13.00-15.30 uur
~ Locatie | {Ministerie van BZK|O}, {Turfmarkt 147|AD}, {Den Haag|P}, zaal 4.12 / {Teams|PROD}
~ Voorzitter | [[Willemijn Lodder|PER|Willemijn Lodder;Lodder]] (directeur Digitale Samenleving, {DG|A} Digitalisering)
~ Secretaris | [[Lieke Sprenkels|PER|Lieke Sprenkels;Sprenkels]], [[lieke.sprenkels@minbzk.nl|EM]]

## Agenda
1. Opening, vaststellen agenda en verslag {13 februari 2025|D}
2. Voortgang {DigiD|PROD} en {eHerkenning|PROD}, toelichting {Logius|O} ([[Ravi Ramsoekh|PER|Ravi Ramsoekh;Ramsoekh]])
3. {Wet digitale overheid|L}: stand van zaken inwerkingtreding (staatssecretaris {Zsolt Szabó|OF} schrijft de Kamer in april)
4. {Cloudbeleid|T} en {soevereiniteit|T}: notitie {CIO Rijk|O}
5. Motie van het lid {Kathmann|OF} ({GroenLinks-PvdA|O}) over open source: uitvoering
6. Rondvraag en sluiting

## Actielijst
%w 9 45 18 14 14
| Nr. | Actie | Actiehouder | Deadline | Status |
| 24-17 | Notitie gebruik {MijnOverheid|PROD} door gemeenten | [[RRa|PAR]] | {1 april 2025|D} | loopt |
| 24-19 | Afstemming {VNG|A} over {Common Ground|PR} | [[Bart Meijers|PER|Bart Meijers;Meijers]] | 13 maart 2025 | gereed |
| 25-02 | Reactie op rapport {Algemene Rekenkamer|O} | [[WLo|PAR]] / [[LSp|PAR]] | 1 april 2025 | loopt |
| 25-03 | Uitnodiging {Autoriteit Persoonsgegevens|O} voor sessie {AI-verordening|L} | [[Noor van Wieringen|PER|Noor van Wieringen;van Wieringen]] | 15 mei 2025 | open |
| 25-04 | {Factsheet|T} {DigiD|PROD}-storingen voor Kamerlid {Six Dijkstra|OF} ({NSC|O}) | [[RRa|PAR]] | 20 maart 2025 | open |

Afkortingen: [[RRa|PAR]] = [[Ravi Ramsoekh]], [[WLo|PAR]] = [[Willemijn Lodder]], [[LSp|PAR]] = [[Lieke Sprenkels]].
Bij verhindering graag melden bij het secretariaat {programmaraad@minbzk.nl|M} of via
de receptie {070 426 64 26|S}. Mevrouw [[Sprenkels]] is op donderdag bereikbaar op [[06 – 5127 3390|TEL]].
"""))

DOCS.append(Doc("o14_verslag_bo_mirt_ministers_kamerleden", "lo", font="serif", title="Verslag BO MIRT",
                 src="""
# Verslag {Bestuurlijk Overleg MIRT|O} Oost-Nederland, {19 november 2024|D}

## Aanwezig
| Naam | Organisatie / functie |
| {Barry Madlener|OF} | minister van {Infrastructuur en Waterstaat|O} (voorzitter) |
| {Chris Jansen|OF} | staatssecretaris Openbaar Vervoer en Milieu |
| {Mona Keijzer|OF} | minister van {Volkshuisvesting en Ruimtelijke Ordening|O} |
| {Andries Heidema|OF} | commissaris van de Koning, {Overijssel|P} |
| {John Berends|OF} | commissaris van de Koning, {Gelderland|P} |
| {Hubert Bruls|OF} | burgemeester van {Nijmegen|P} |
| [[Harmke Vlieger|PER|Harmke Vlieger;Vlieger]] | directeur Wegen en Verkeer, {IenW|A} |
| [[Sebastiaan Lindeboom|PER|Sebastiaan Lindeboom;Lindeboom]] | directeur Regio Oost, {Rijkswaterstaat|O} |
| [[Mei-Ling Chu|PER|Mei-Ling Chu;Chu]] | senior beleidsmedewerker, {IenW|A} (verslag) |
| [[R.J.M. TEN HAVE|PER|R.J.M. TEN HAVE;TEN HAVE]] | programmamanager, provincie {Gelderland|P} |

Toehoorders: de Kamerleden {Henk Vermeer|OF} ({BBB|O}) en {Habtamu de Hoop|OF} ({GroenLinks-PvdA|O}) als
waarnemer op uitnodiging van de regio.

## 1. Opening
Minister {Madlener|OF} opent. Hij meldt dat minister {Keijzer|OF} om 11.00 uur vertrekt.

## 2. {A1|P} {Apeldoorn|P}-{Azelo|P} en {N35|P}
De heer {Heidema|OF} vraagt om versnelling van de {N35|P} {Nijverdal|P}-{Wierden|P}. Mevrouw [[Vlieger]]
licht toe dat het {Mobiliteitsfonds|PR} tot 2030 is belast door de {stikstof|T}-uitspraak ({Porthos|T}).
De heer [[Lindeboom]] meldt dat de aannemer ({Combinatie A1 Oost|O}) vertraging heeft door de
{PFAS|A}-normen. Contactpersoon aannemer: [[Willem Hofstede|PER|Willem Hofstede;Hofstede]], [[+31 (0)26 384 22 19|TEL]].

## 3. Woningbouw en bereikbaarheid {Arnhem|P}-{Nijmegen|P}
Burgemeester {Bruls|OF} vraagt aandacht voor de {Woondeal|PR}. Minister {Keijzer|OF} zegt toe de
{Woontop|T} in januari voor te bereiden met de regio. Staatssecretaris {Jansen|OF} wijst op de
{Nedersaksenlijn|PR}; de heer {Berends|OF} ondersteunt dit namens {Gelderland|P}.

!pb
## 4. Afspraken
| Nr. | Afspraak | Trekker |
| 1 | Uitwerking {N35|P} in {MIRT|A}-verkenning | [[Vlieger]] / [[TEN HAVE]] |
| 2 | Brief aan de Tweede Kamer over {A1|P} | minister {Madlener|OF} |
| 3 | Werkbezoek {Nedersaksenlijn|PR} | staatssecretaris {Jansen|OF} |

Verslag: [[Mei-Ling Chu]], [[meiling.chu@minienw.nl|EM]], telefoon [[070-456 81 39|TEL]].
Secretariaat {MIRT|A}: {mirt-oost@minienw.nl|M}; {Rijkswaterstaat|O} algemeen {0800 8002|S}.
"""))

DOCS.append(Doc("o15_kadaster_brief_burger_correctie", "hl", font="sans", title="Brief Kadaster",
                 src="""
> {Kadaster|O}
> {Postbus 9046|AD}, {7300 GH|AD} {Apeldoorn|P}
> Telefoon {088 183 22 00|S}

Aangetekend

> [[De heer T.A. (Teun) Mulder|PER|T.A. (Teun) Mulder;Mulder;Teun]]
> [[Mevrouw D.M. Mulder-Ogunleye|PER|D.M. Mulder-Ogunleye;Mulder-Ogunleye]]
> [[Van Heemstralaan 14|ADR]]
> [[3743 JA|ADR]] {Baarn|P}

~ Ons kenmerk | {KAD-BRK-2025-004417|C}
~ Uw brief van | {28 januari 2025|D}
~ Behandeld door | [[ing. Patrick Oude Elferink|PER|Patrick Oude Elferink;Oude Elferink]]
~ Doorkiesnummer | [[088 183 47 21|TEL]]
~ Datum | {18 februari 2025|D}

Onderwerp: correctie kadastrale grens perceel {Baarn|P} sectie {C 4417|C}

Geachte heer en mevrouw [[Mulder|PER]],

U heeft ons gevraagd de grens tussen uw perceel en dat van uw buren, de familie [[Stellingwerf|PER]], te
corrigeren. Op {11 februari 2025|D} heeft onze landmeter, de heer [[Gijs Rademaker|PER|Gijs Rademaker;Rademaker]],
de grens aangewezen in aanwezigheid van u en de heer [[Klaas Stellingwerf|PER]] ([[Van Heemstralaan 16|ADR]]).
Beide partijen hebben de grens ter plaatse aangewezen en de verklaring ondertekend.

Op grond van de {Kadasterwet|L} verwerken wij de nieuwe grens in de {Basisregistratie Kadaster|O} ({BRK|A}).
De kosten van € 1.327,00 zijn al voldaan via rekening [[{iban}|IBAN]]; de heer [[Teun]] [[Mulder|PER]] ontvangt een
factuur ter bevestiging.

Heeft u nog vragen? Bel dan met de heer [[Oude Elferink]] op zijn doorkiesnummer, of mail naar
[[p.oudeelferink@kadaster.nl|EM]]. Voor algemene vragen: {klantcontact@kadaster.nl|M}.

Met vriendelijke groet,

> [[M. Scholten-Brinkhuis|PER|M. Scholten-Brinkhuis;Scholten-Brinkhuis]]
> teamleider Registratie, {Kadaster|O} {Zwolle|P}
""".replace("{iban}", iban(7301, "RABO"))))

DOCS.append(Doc("o16_emailketen_doorgestuurd_logius", "ch", font="sans", title="RE: FW: migratie",
                 src="""
> Van: [[Haddou, Soufiane|PER|Haddou, Soufiane;Soufiane Haddou;Haddou;Soufiane]] <[[soufiane.haddou@logius.nl|EM]]>
> Verzonden: woensdag 12 maart 2025 16:04
> Aan: [[Brinkman, Eveline|PER|Brinkman, Eveline;Eveline Brinkman;Brinkman;Eveline]] <[[eveline.brinkman@minbzk.nl|EM]]>; [[Wit, Daan de|PER|Wit, Daan de;Wit]] <[[daan.de.wit@minbzk.nl|EM]]>
> CC: [[Ferreira, Inês|PER|Ferreira, Inês;Inês Ferreira;Ferreira]] <[[inês.ferreira@logius.nl|EM]]>; {servicedesk@logius.nl|M}
> Onderwerp: RE: FW: migratie {MijnOverheid|PROD} naar {Azure|PROD} - planning

Hoi [[Eveline]],

Dank voor het doorsturen. De {go-live|T} van de nieuwe {Berichtenbox|PROD} schuift naar {7 april 2025|D}
omdat de {pentest|T} van {Fox-IT|O} nog twee {high findings|T} heeft. [[Inês]] stuurt het rapport via
{Zivver|PROD}. Kunnen jullie de staatssecretaris ({Szabó|OF}) hierover informeren vóór het
commissiedebat {Digitale Zaken|O}?

> Groet,
> [[Soufiane]]

> [[Soufiane Haddou]] | Productmanager {MijnOverheid|PROD}
> {Logius|O} | {Wilhelmina van Pruisenweg 52|AD} | {Den Haag|P}
> M [[06 81 24 07 53|TEL]] | Servicecentrum {0900 555 4555|S}

> -----Oorspronkelijk bericht-----
> Van: [[Brinkman, Eveline]] <[[eveline.brinkman@minbzk.nl|EM]]>
> Verzonden: woensdag 12 maart 2025 11:20
> Aan: [[Haddou, Soufiane]] <[[soufiane.haddou@logius.nl|EM]]>
> Onderwerp: FW: migratie {MijnOverheid|PROD} naar {Azure|PROD} - planning

[[Soufiane]], zie hieronder de vraag van de Kamer. Kun jij de planning bevestigen? [[Daan]] maakt de beslisnota.

> From: [[Kowalczyk, Marta|PER|Kowalczyk, Marta;Marta Kowalczyk;Kowalczyk]] <[[m.kowalczyk@tweedekamer.nl|EM]]>
> Sent: Tuesday, March 11, 2025 5:47 PM
> To: [[Brinkman, Eveline]] <[[eveline.brinkman@minbzk.nl|EM]]>
> Cc: {cie.dz@tweedekamer.nl|M}; [[O'Sullivan, Aoife|PER|O'Sullivan, Aoife;Aoife O'Sullivan;O'Sullivan]] <[[a.osullivan@tweedekamer.nl|EM]]>
> Subject: planning migratie {MijnOverheid|PROD}

Beste mevrouw [[Brinkman]],

Namens de vaste commissie {Digitale Zaken|O}: het lid {Barbara Kathmann|OF} ({GroenLinks-PvdA|O}) vraagt of de
migratie naar de {cloud|T} vóór het commissiedebat van {3 april|D} is afgerond. Ook het lid {Six Dijkstra|OF}
({NSC|O}) heeft hiernaar gevraagd. Wilt u de planning delen?

> Met vriendelijke groet,
> [[Marta Kowalczyk]]
> Commissieassistent, {Tweede Kamer der Staten-Generaal|O}
> T [[070 318 34 61|TEL]]
"""))

DOCS.append(Doc("o17_telefoonnotitie_belastingdienst", "rl", font="serif", title="Telefoonnotitie",
                 author="Demi Hazenberg", src="""
# Telefoonnotitie

~ Organisatie | {Belastingdienst|O}, {Particulieren|O}, kantoor {Heerlen|P}
~ Notitie door | [[Demi Hazenberg|PER|Demi Hazenberg;Hazenberg]] ([[DHa|PAR]])
~ Datum en tijd | {21 februari 2025|D}, 10:14-10:32
~ Beller | [[Mevrouw Aurelia Sapulette|PER|Aurelia Sapulette;Sapulette]]
~ Telefoonnummer beller | [[0031 45 571 22 09|TEL]] en mobiel [[06.17.88.42.30|TEL]]
~ BSN | [[{bsn}|BSN]]
~ Dossier | {IB 2023|C}, {aanslag 1234.56.789.H.01|C}

## Inhoud gesprek
Mevrouw [[Sapulette]] belde via de {BelastingTelefoon|O} ({0800 0543|S}) en werd doorverbonden. Zij geeft aan
dat haar voorlopige aanslag {inkomstenbelasting|T} 2023 te hoog is omdat de {hypotheekrente|T} niet is
meegenomen. De woning aan de [[Akerstraat 31|ADR]] in {Heerlen|P} is in 2022 gekocht samen met haar partner,
de heer [[Daniël Wattimena|PER|Daniël Wattimena;Wattimena]]. De heer [[Wattimena]] heeft een eigen {DigiD|PROD}.

Zij vraagt om uitstel van betaling en betaalt in termijnen vanaf rekening [[{iban}|IBAN]]. Bij controle bleek dit
nummer niet te kloppen (één cijfer verkeerd); juist is [[{iban2}|IBAN]].

## Afspraken
1. Ik zet een {uitstelverzoek|T} in {Centraal Klantbeeld|PROD} en vraag de collega's van {Inning|O} om akkoord.
2. Mevrouw [[Sapulette]] stuurt de jaaropgave van de bank via {Mijn Belastingdienst|PROD}.
3. Terugbelafspraak maandag 24 februari tussen 9 en 11 uur; bij afwezigheid voicemail.

Doorgezet naar [[Luuk Wiersma|PER|Luuk Wiersma;Wiersma]], {team Inning|O}, [[l.wiersma@belastingdienst.nl|EM]].
""".replace("{bsn}", bsn(7401)).replace("{iban}", iban_typo(7402, "INGB")).replace("{iban2}", iban(7402, "INGB"))))
