"""Set SP, documents sp18-sp33."""
from lib import Doc

W365 = "Microsoft® Word for Microsoft 365"
OUTLOOK = "Microsoft Outlook"
LO = "LibreOffice 24.2"

DOCS = []

# ------------------------------------------------------------------------------------------ sp18 (lawyer's letter)
DOCS.append(Doc("sp18_brief_advocaat", font="Times", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
                title="Brief Schoonhoven Advocatuur", text="""\
[[Schoonhoven]] Advocatuur | {{Ginnekenweg 40}} | {{4818 JH Breda}} | KvK {{65012477}}

Per e-mail: {{gemeente@oosterhout.nl}}
Aan het college van burgemeester en wethouders van de {{gemeente Oosterhout}}
t.a.v. {{wethouder Brouwers-Kamp}}

Breda, 21 september 2026
Uw kenmerk: {{BN-2026-0412}} | Ons kenmerk: {{ES/2026/0917}}
Betreft: {{KV Oosterwind}} / {{Stichting Beheer Sporthal De Slotboom}}

Geacht college,

Ik sta de {{korfbalvereniging KV Oosterwind}} bij in het geschil met de {{Stichting Beheer Sporthal De Slotboom}}.
Namens cliënte merk ik op dat de stichting de gebruiksovereenkomst niet rechtsgeldig heeft opgezegd: artikel 7.2
vereist een schriftelijke ingebrekestelling, en die heeft mijn cliënte nooit ontvangen. De herinneringen waarop de
stichting zich beroept, zijn gestuurd naar het privé-adres van de vorige penningmeester, de heer [[J.P. Kuijpers]],
die sinds maart 2026 arbeidsongeschikt is en zijn bestuursfunctie heeft neergelegd.

Cliënte verzoekt de gemeente, als subsidiegever en als partij die de exploitatie van de sporthal mogelijk maakt,
de stichting te bewegen het besluit van 2 september op te schorten. Het gaat om de jeugdafdeling, waarvoor de
gemeente op grond van de {{Subsidieregeling Sportstimulering Oosterhout 2024}} extra middelen heeft toegekend.

Ik ga ervan uit dat uw college zich inspant om een procedure bij de kantonrechter ({{rechtbank Zeeland-West-Brabant}})
te voorkomen. Cliënte is bereid de achterstand in tien maandelijkse termijnen te voldoen.

Hoogachtend,

mr. [[E.C.M. Schoonhoven]]
advocaat
[[e.schoonhoven@schoonhovenadvocatuur.nl]] | [[076 - 522 91 40]] | mobiel [[06 41 08 77 35]]

c.c. [[Frans van Dongen]], voorzitter van de stichting; [[R.J.M. Hendrikx]], voorzitter van cliënte
"""))

# ------------------------------------------------------------------------------------------ sp19 (hall roster)
DOCS.append(Doc("sp19_zaalrooster", kind="ttf", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
                title="Zaalrooster Sporthal De Slotboom 2026-2027", text="""\
# Zaalrooster {{Sporthal De Slotboom}} seizoen 2026-2027 (per 1 oktober)
Versie 3, vastgesteld door de {{Stichting Beheer Sporthal De Slotboom}}. Zaal A en B, {{Anton Geesinklaan 2}}.
| Dag | Tijd | Zaal | Gebruiker | Contactpersoon | Telefoon |
| maandag | 18.00-20.00 | A | {{KV Oosterwind}} (jeugd) | [[Mariëlle Oomen]] | [[06-22 19 40 87]] |
| maandag | 20.00-22.30 | A+B | {{VC Stormvogels}} | [[Tjeerd Bosma]] | [[06-51 70 33 12]] |
| dinsdag | 17.30-19.30 | A | {{KV Oosterwind}} (U15/U17) | [[Ruud Verbeek]] (trainer) | [[06-34 90 11 27]] |
| dinsdag | 19.30-22.00 | A+B | {{VC Stormvogels}} | [[Ilona Wouters-Bax]] | [[0162-451 208]] |
| woensdag | 13.00-17.00 | B | {{Sportservice Noord-Brabant}} (buurtsport) | [[Jesse Vermeulen]] | [[06 4403 5521]] |
| woensdag | 19.00-22.00 | A | {{BC Shuttle Oosterhout}} (badminton) | [[Lieke Adriaansen]] | [[06-1844 2290]] |
| donderdag | 18.00-19.00 | A | {{KV Oosterwind}} (senioren) | [[Rob Hendrikx]] | [[06 13 57 92 46]] |
| donderdag | 19.00-22.30 | A+B | {{VC Stormvogels}} ({{Nevobo}}) | [[Tjeerd Bosma]] | [[06-51 70 33 12]] |
| vrijdag | 16.00-18.00 | A | {{Stichting Sportief Oosterhout}} (G-sport) | [[Bram de Ruiter]] | [[0162 45 39 81]] |
| zaterdag | 09.00-17.00 | A+B | competitie {{KNKV}} / {{Nevobo}} | zaalwacht | {{0162 - 43 00 50}} |
Storingen en sleutelbeheer: beheerder, {{info@deslotboom.nl}}, {{0162 - 43 00 50}}. Noodgevallen buiten openingstijden: {{112}}.
"""))

# ------------------------------------------------------------------------------------------ sp20 (contact list club boards)
DOCS.append(Doc("sp20_contactlijst_verenigingen", kind="docx", landscape=True, producer=LO, creator="Writer",
                title="Contactlijst besturen binnensportverenigingen", text="""\
# Contactlijst besturen binnensportverenigingen {{Oosterhout}}
Intern overzicht {{team Maatschappelijke Ontwikkeling}}, bijgewerkt 1 september 2026. Niet verspreiden: bevat privégegevens van vrijwilligers.
| Vereniging en functie | Naam | E-mail | Telefoon |
| {{KV Oosterwind}}, voorzitter | [[Rob Hendrikx]] | [[rob.hendrikx@outlook.com]] | [[06 13 57 92 46]] |
| {{KV Oosterwind}}, secretaris | [[Annelies de Jong-Verhoef]] | [[annelies.dejongverhoef@ziggo.nl]] | [[06 19 84 52 70]] |
| {{KV Oosterwind}}, penningmeester | [[Kees van der Sluis]] | [[keesvdsluis@kpnplanet.nl]] | [[0162-437 725]] |
| {{VC Stormvogels}}, voorzitter | [[Tjeerd Bosma]] | [[tjeerd.bosma@stormvogels-volleybal.nl]] | [[06-51 70 33 12]] |
| {{VC Stormvogels}}, secretaris | [[Ilona Wouters-Bax]] | [[secretaris@stormvogels-volleybal.nl]] | [[0162-451 208]] |
| {{BC Shuttle Oosterhout}}, voorzitter | [[Lieke Adriaansen]] | [[l.adriaansen@shuttle-oosterhout.nl]] | [[06-1844 2290]] |
| {{Stichting Sportief Oosterhout}}, coördinator | [[Bram de Ruiter]] | [[b.deruiter@sportiefoosterhout.nl]] | [[0162 45 39 81]] |
| {{Stichting Beheer Sporthal De Slotboom}}, voorzitter | [[Frans van Dongen]] | [[fvdongen@hetnet.nl]] | [[06 53 12 88 07]] |
| {{Sportraad Oosterhout}}, voorzitter | [[René Vorstermans]] | [[rene.vorstermans@home.nl]] | [[06-39 82 14 05]] |
Algemene adressen (openbaar): {{info@kvoosterwind.nl}}, {{secretariaat@kvoosterwind.nl}}, {{info@deslotboom.nl}}, {{sportraad@oosterhout.nl}}.
"""))

# ------------------------------------------------------------------------------------------ sp21 (press release draft, sticky notes)
DOCS.append(Doc("sp21_persbericht_concept", producer="Microsoft® Word for Microsoft 365", creator=W365,
                title="CONCEPT persbericht bemiddeling sporthal", notes=[
                    (0, "Noor El Khatib", "Quote nog laten checken door wethouder; bel Noor op 06-48 27 61 90"),
                    (0, "Sanne Wijnbergen", "Geen bedrag van de huurachterstand noemen, afgesproken met de stichting."),
                    (0, "Marco ter Horst", "Akkoord MtH, wel de naam van de penningmeester eruit (ziekte)."),
                ], hidden=[("annotations", "PHONE", "06-48 27 61 90"), ("annotations", "INITIALS", "MtH")], text="""\
CONCEPT - niet verspreiden
# Persbericht {{gemeente Oosterhout}}
Oosterhout, 18 september 2026

Jeugdkorfbal in {{Sporthal De Slotboom}} kan doorgaan

De jeugdtrainingen van {{korfbalvereniging KV Oosterwind}} op dinsdag in {{Sporthal De Slotboom}} gaan door. Dat
is de uitkomst van een bestuurlijk overleg op woensdag 17 september tussen {{wethouder Brouwers-Kamp}}, het bestuur
van de {{Stichting Beheer Sporthal De Slotboom}} en de besturen van {{KV Oosterwind}} en {{VC Stormvogels}}.

De vereniging en de stichting hebben afspraken gemaakt over een betalingsregeling. {{VC Stormvogels}} krijgt er op
donderdagavond uren bij.

{{Wethouder Ilse Brouwers-Kamp}}: "Verenigingen in {{Oosterhout}} draaien op vrijwilligers. Daar zijn we zuinig op.
Ik ben blij dat de jeugd kan blijven trainen en dat beide clubs een plek houden in de {{Slotboom}}."

Noot voor de redactie
Voor meer informatie: team Communicatie, {{pers@oosterhout.nl}}, telefoon {{14 0162}}.
"""))

# ------------------------------------------------------------------------------------------ sp22 (press release final, XMP creator)
DOCS.append(Doc("sp22_persbericht_definitief", kind="docx", producer=LO, creator="Writer",
                xmp_creator="Noor El Khatib", author="Noor El Khatib",
                hidden=[("metadata", "PERSON", "Noor El Khatib")],
                title="Persbericht: jeugdkorfbal in Sporthal De Slotboom kan doorgaan", text="""\
# Persbericht
{{Gemeente Oosterhout}}, 18 september 2026
## Jeugdkorfbal in {{Sporthal De Slotboom}} kan doorgaan
De jeugdtrainingen van {{korfbalvereniging KV Oosterwind}} op dinsdag in {{Sporthal De Slotboom}} gaan door. Dat is de uitkomst van een bestuurlijk overleg op woensdag 17 september tussen {{wethouder Brouwers-Kamp}}, het bestuur van de {{Stichting Beheer Sporthal De Slotboom}} en de besturen van {{KV Oosterwind}} en {{VC Stormvogels}}.
De vereniging en de stichting hebben afspraken gemaakt over een betalingsregeling. {{VC Stormvogels}} krijgt er op donderdagavond uren bij.
{{Wethouder Ilse Brouwers-Kamp}}: "Verenigingen in {{Oosterhout}} draaien op vrijwilligers. Daar zijn we zuinig op. Ik ben blij dat de jeugd kan blijven trainen en dat beide clubs een plek houden in de {{Slotboom}}."
Het college bespreekt begin 2027 met de {{Sportraad Oosterhout}} hoe verenigingsbesturen beter ondersteund kunnen worden. Daarbij kijkt de gemeente ook naar de {{Vereniging Centraal}}-aanpak van {{NOC*NSF}} en naar het {{Jeugdfonds Sport & Cultuur}}, dat contributies betaalt voor kinderen uit gezinnen met een laag inkomen.
Eerder dit jaar won {{KV Oosterwind}} de {{Fanny Blankers-Koen Sportprijs}} van de gemeente voor haar jeugdbeleid.
Noot voor de redactie (niet voor publicatie): meer informatie via team Communicatie, {{pers@oosterhout.nl}}, telefoon {{14 0162}}.
"""))

# ------------------------------------------------------------------------------------------ sp23 (inspection report, 2p)
DOCS.append(Doc("sp23_inspectierapport_sporthal", kind="ttf", producer="iText® 7.1.16 ©2000-2021 iText Group NV",
                creator="Squit XO", title="Inspectierapport brandveiligheid Sporthal De Slotboom", text="""\
# Inspectierapport gebruiksveiligheid en brandveiligheid
Object: {{Sporthal De Slotboom}}, {{Anton Geesinklaan 2}}, {{4907 PN Oosterhout}}
Opdrachtgever: {{gemeente Oosterhout}}, vastgoedbeheer (contact: [[H. Yıldız]])
Uitgevoerd door: {{Omgevingsdienst Midden- en West-Brabant}} ({{OMWB}}), team Brandveiligheid
Inspecteur: [[ing. Joris Blommaert]] (personeelsnummer [[BR-04471]]), mede-inspecteur [[Fatima Ouaali]]
Datum inspectie: 24 september 2026 | Zaaknummer {{OMWB-26-118734}} | Kader: {{Besluit bouwwerken leefomgeving}}

## 1. Samenvatting
De sporthal voldoet grotendeels aan de eisen van het {{Bbl}}. Er zijn drie tekortkomingen geconstateerd: een
geblokkeerde nooduitgang bij zaal B (opslag van volleybalnetten), een verlopen keuring van twee brandblussers in de
kantine en een ontbrekende ontruimingsoefening in 2026. Het gebruikersbestand is in orde.

## 2. Aanwezig bij de inspectie
Namens de stichting: de beheerder, [[W. Schellekens]], en de secretaris van het bestuur, [[G.J. Lambregts]].
Namens de gebruikers: [[Tjeerd Bosma]] ({{VC Stormvogels}}).

## 3. Bevindingen
| Nr | Locatie | Bevinding | Termijn |
| 1 | nooduitgang zaal B | geblokkeerd door opslag netten | direct |
| 2 | kantine | brandblussers keuring verlopen (03-2025) | 4 weken |
| 3 | organisatie | geen ontruimingsoefening 2026 | 3 maanden |
| 4 | kleedkamer 3 | noodverlichting defect | 4 weken |
===
## 4. Toelichting
De opslag van netten bij de nooduitgang hangt volgens de beheerder samen met de herverdeling van de zaaluren: de
netten van {{VC Stormvogels}} worden sinds september op donderdag en dinsdag gebruikt en er is onvoldoende bergruimte.
De inspecteur adviseert de stichting en de gemeente een extra berging te realiseren. De kosten komen volgens de
gebruiksovereenkomst voor rekening van de eigenaar ({{gemeente Oosterhout}}).

## 5. Vervolg
De {{OMWB}} voert binnen zes weken een hercontrole uit. Vragen over dit rapport: {{info@omwb.nl}}, {{013 - 206 01 00}}.
Contact met de inspecteur: [[j.blommaert@omwb.nl]], [[06 - 53 88 41 20]].

Opgemaakt door [[J. Blommaert]], toezichthouder brandveiligheid; gezien [[F. Ouaali]].
"""))

# ------------------------------------------------------------------------------------------ sp24 (legal memo, Author hidden)
DOCS.append(Doc("sp24_juridisch_advies", kind="docx", producer=LO, creator="Writer",
                author="Ravensbergen, Thijs", hidden=[("metadata", "PERSON", "Ravensbergen, Thijs")],
                title="Juridisch advies gebruiksovereenkomst Slotboom", text="""\
# Juridisch advies
Aan: [[Marco ter Horst]], teamleider {{Maatschappelijke Ontwikkeling}}
Van: {{team Juridische Zaken}}
Datum: 16 september 2026 | Kenmerk: {{JZ-2026-211}}
Onderwerp: herverdeling zaaluren {{Sporthal De Slotboom}}; positie gemeente
## Vraag
Kan de gemeente de {{Stichting Beheer Sporthal De Slotboom}} verplichten de korting van de zaaluren van {{KV Oosterwind}} terug te draaien, en heeft de subsidie van 12 maart 2026 ({{Z-2026-00877}}) gevolgen voor die positie?
## Antwoord
Nee. De gebruiksovereenkomst van 2019 tussen de gemeente en de stichting geeft de stichting de bevoegdheid uren te herverdelen (artikel 7.2). De gemeente heeft geen instemmingsrecht en kan de exploitatiebijdrage ({{RB-2025-118}}) niet eenzijdig als drukmiddel inzetten zonder in strijd te handelen met artikel 4:35 {{Awb}}. De stelling van de advocaat van de vereniging, mr. [[Schoonhoven]], dat een ingebrekestelling nodig was, betreft de verhouding tussen stichting en vereniging; de gemeente is daarin geen partij.
## Subsidie
Als de vereniging minder uren traint, kan de subsidie bij de vaststelling lager worden vastgesteld (artikel 4:46 lid 2 {{Awb}}). Wij adviseren de vereniging daarop tijdig te wijzen. De facturen van de trainer, [[R. Verbeek]], moeten voldoen aan artikel 35a van de {{Wet op de omzetbelasting 1968}}; een factuur zonder KvK-nummer is geen reden om niet vast te stellen, wel om om aanvulling te vragen.
## Privacy
De brief van de advocaat noemt de gezondheidssituatie van de vorige penningmeester, de heer [[Kuijpers]]. Dat is een bijzonder persoonsgegeven (artikel 9 {{AVG}}). Wij adviseren dit gegeven niet in de beantwoording van de raadsvragen of in een persbericht op te nemen.
"""))

# ------------------------------------------------------------------------------------------ sp25 (mail thread subsidy, 2p)
DOCS.append(Doc("sp25_mail_verantwoording_facturen", producer="Microsoft: Print To PDF", creator=OUTLOOK, font="Helvetica",
                title="RE: facturen trainer bij verantwoording", text="""\
Van: [[Kees van der Sluis]] <[[keesvdsluis@kpnplanet.nl]]>
Verzonden: vrijdag 25 september 2026 22:47
Aan: [[Kartodikromo, Dewi]] <[[d.kartodikromo@oosterhout.nl]]>
CC: {{secretariaat@kvoosterwind.nl}}; [[Ruud Verbeek]] <[[r.verbeek.coaching@gmail.com]]>
Onderwerp: RE: facturen trainer bij verantwoording {{Z-2026-00877}}

Beste [[Dewi]],

In de bijlage de twee facturen van onze trainer ({{2026-017}} en {{2026-021}}). [[Ruud]] heeft de factuur van juli
aangevuld met zijn KvK-nummer. Ik heb ze inmiddels allebei betaald van het voorschot.

Excuses voor de late reactie; ik zit sinds juni thuis met [[rugklachten]] en doe de administratie in de avonden.
Vanaf oktober neemt [[Bart-Jan Oomen]] het penningmeesterschap tijdelijk waar (bereikbaar op [[06 11 70 58 23]]).

Groet,
[[Kees]]
penningmeester {{KV Oosterwind}} (vrijwilliger)

Van: [[Kartodikromo, Dewi]] <[[d.kartodikromo@oosterhout.nl]]>
Verzonden: woensdag 23 september 2026 10:02
Aan: [[keesvdsluis@kpnplanet.nl]]
Onderwerp: facturen trainer bij verantwoording {{Z-2026-00877}}

Geachte heer [[Van der Sluis]],

Voor de verantwoording van de subsidie vraag ik u de facturen van de ingehuurde trainer mee te sturen. Op de
factuur van juli ontbreekt het KvK-nummer. Wilt u de trainer vragen een gecorrigeerde factuur te sturen? De
{{Algemene subsidieverordening Oosterhout 2024}} (artikel 14) vraagt bij verantwoording boven EUR 5.000
een activiteitenverslag en een financieel verslag.

Met vriendelijke groet,

[[Dewi Kartodikromo]]
subsidieadviseur | {{team Subsidies}}
{{Gemeente Oosterhout}} | {{Slotjesveld 1}} | {{4902 HP Oosterhout}}
T {{14 0162}} | direct [[(0162) 48 95 60]]
===
Van: [[Ruud Verbeek]] <[[r.verbeek.coaching@gmail.com]]>
Verzonden: donderdag 24 september 2026 07:15
Aan: [[Kees van der Sluis]] <[[keesvdsluis@kpnplanet.nl]]>
Onderwerp: gecorrigeerde factuur {{2026-017}}

Hoi [[Kees]],

Hierbij de factuur van juli opnieuw, nu met KvK [[79125534]]. Ik heb ook mijn VOG van 3 februari bijgevoegd
(aanvraag via {{Justis}}, kenmerk [[VOG-2026-4482917]]); de vereniging vroeg daarom voor het {{KNKV}}-dossier.
Mijn geboortedatum staat erop ([[19-06-1988]]), dus graag niet verder verspreiden dan nodig.

Groet, [[Ruud]]
[[Verbeek Sportcoaching]] | [[06-34 90 11 27]]
""", kinds={"rugklachten": "HEALTH", "VOG-2026-4482917": "ID"}))

# ------------------------------------------------------------------------------------------ sp26 (verantwoording checklist)
DOCS.append(Doc("sp26_checklist_vaststelling", kind="ttf", font="serif", producer="Aspose.Words for .NET 23.10.0",
                creator="Corsa 9.2", title="Checklist vaststelling subsidie Z-2026-00877", text="""\
# Checklist vaststelling subsidie
Zaak: {{Z-2026-00877}} | Subsidieontvanger: {{korfbalvereniging KV Oosterwind}} | Regeling: {{Subsidieregeling Sportstimulering Oosterhout 2024}}
Behandelaar: [[Dewi Kartodikromo]] ([[DK]]) | Tweede lezer: [[Gerda Smulders-Koning]] ([[GSK]])
| Nr | Controlepunt | Bevinding | Oordeel | Paraaf |
| 1 | activiteitenverslag aanwezig | verslag jeugdtrainingen 2026 (ontvangen 30-03-2027) | voldoet | [[DK]] |
| 2 | aantal trainingsuren | 212 van 240 uur; korting zaaluren okt-dec | deels | [[DK]] |
| 3 | facturen trainer | {{2026-017}}, {{2026-021}} en 5 latere facturen van [[R. Verbeek]] | voldoet na correctie | [[DK]] |
| 4 | KvK / btw op facturen | KvK aangevuld; {{KOR}} van toepassing | voldoet | [[GSK]] |
| 5 | betaling aan trainer | bankafschriften penningmeester [[B.J. Oomen]] | voldoet | [[GSK]] |
| 6 | staatssteun / de-minimis | niet van toepassing (lokale vereniging) | n.v.t. | [[DK]] |
Advies: vaststellen op EUR 6.360,00 (verleend 7.200,00; evenredige korting voor 28 niet-gerealiseerde uren).
Terug te vorderen: EUR 0,00 (voorschot 5.760,00; na te betalen 600,00).
Besluit vaststelling door teamleider: [[M. ter Horst]], 14 april 2027.
""", kinds={"DK": "INITIALS", "GSK": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp27 (verslag bestuurlijk overleg)
DOCS.append(Doc("sp27_verslag_bestuurlijk_overleg", kind="docx", producer=LO, creator="Writer",
                title="Verslag bestuurlijk overleg sport 17 september 2026", text="""\
# Verslag bestuurlijk overleg sport
Datum: 17 september 2026, 19.30 uur, {{Raadhuis Oosterhout}}, kamer 2.14
Voorzitter: {{wethouder Brouwers-Kamp}}
Aanwezig: [[R. Hendrikx]] en [[A. de Jong-Verhoef]] ({{KV Oosterwind}}); [[F. van Dongen]] en [[W. Schellekens]] ({{Stichting Beheer Sporthal De Slotboom}}); [[T. Bosma]] ({{VC Stormvogels}}); [[S. Wijnbergen]] (beleidsadviseur sport); verslag: [[N. El Khatib]]
## 1. Opening
{{Wethouder Brouwers-Kamp}} heet iedereen welkom en benadrukt dat de gemeente geen partij is in het geschil, maar wel belang heeft bij jeugdsport in de {{Slotboom}}.
## 2. Standpunten
De heer [[Hendrikx]] licht toe dat de achterstand is ontstaan door de uitval van de vorige penningmeester. Het bestuur wil de achterstand in tien termijnen betalen. De heer [[Van Dongen]] geeft aan dat de stichting zelf krap zit door gestegen energiekosten en niet langer kan wachten. De heer [[Bosma]] zegt dat {{VC Stormvogels}} alleen de donderdag nodig heeft en de jeugd van {{Oosterwind}} niets in de weg wil leggen.
## 3. Afspraken
| Nr | Afspraak | Wie |
| 1 | betalingsregeling in 10 termijnen, eerste termijn 1 oktober | [[RH]] / [[FvD]] |
| 2 | jeugdtraining dinsdag 17.30-19.30 blijft | [[WS]] |
| 3 | donderdag 19.00-22.30 naar {{VC Stormvogels}} | [[WS]] |
| 4 | voorschot subsidie versneld uitbetalen | [[SWi]] |
| 5 | persbericht na instemming alle partijen | [[NEK]] |
## 4. Rondvraag
Mevrouw [[De Jong-Verhoef]] vraagt of de gemeente kan helpen bij het vinden van een nieuwe penningmeester. De wethouder verwijst naar de vrijwilligerscentrale {{ONS Oosterhout}} en de {{Vereniging Centraal}}-pilot.
""", kinds={"RH": "INITIALS", "FvD": "INITIALS", "WS": "INITIALS", "SWi": "INITIALS", "NEK": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp28 (letter signed by wethouder)
DOCS.append(Doc("sp28_brief_wethouder_stichting", kind="ttf", producer="Microsoft® Word for Microsoft 365", creator=W365,
                author="Wijnbergen, S.", title="Brief aan Stichting Beheer Sporthal De Slotboom", text="""\
{{Gemeente Oosterhout}} | {{Slotjesveld 1}} | {{Postbus 10150}} | {{4900 GB Oosterhout}}

Stichting Beheer Sporthal De Slotboom
t.a.v. het bestuur, de heer [[F. van Dongen]]
{{Anton Geesinklaan 2}}
{{4907 PN Oosterhout}}

Datum: 22 september 2026
Ons kenmerk: {{UIT-2026-18842}}
Contactpersoon: [[S. Wijnbergen]]
Telefoonnummer: {{14 0162}}, of direct [[06-41278390]]
E-mail: [[s.wijnbergen@oosterhout.nl]]
Onderwerp: afspraken bestuurlijk overleg 17 september 2026

Geacht bestuur,

Graag bevestig ik de afspraken uit ons overleg van 17 september. De stichting handhaaft de dinsdagtraining van
de jeugd van {{KV Oosterwind}} zolang de vereniging de betalingsregeling nakomt. {{VC Stormvogels}} krijgt de
donderdagavond. De gemeente heeft het voorschot van de subsidie aan de vereniging op 15 september uitbetaald.

Daarnaast vraag ik uw aandacht voor het inspectierapport van de {{OMWB}} van 24 september. De geblokkeerde
nooduitgang van zaal B moet direct worden vrijgemaakt. Over een extra berging neemt de gemeente als eigenaar
contact met u op; onze accountmanager vastgoed, de heer [[Yıldız]], plant daarvoor een afspraak.

Ik dank u en de andere bestuursleden voor de constructieve opstelling. Uw stichting draait, net als de
verenigingen, op vrijwilligers, en dat verdient waardering.

Met vriendelijke groet,

{{I. Brouwers-Kamp}}
{{wethouder Sport, Welzijn en Accommodaties}}

Afschrift: [[R.J.M. Hendrikx]], voorzitter {{KV Oosterwind}}; [[T. Bosma]], voorzitter {{VC Stormvogels}}
"""))

# ------------------------------------------------------------------------------------------ sp29 (complaint from chairman)
DOCS.append(Doc("sp29_mail_voorzitter_stormvogels", producer="Microsoft: Print To PDF", creator=OUTLOOK, font="Helvetica",
                title="Zorgen VC Stormvogels over berging en zaaluren", text="""\
Van: [[Tjeerd Bosma]] <[[tjeerd.bosma@stormvogels-volleybal.nl]]>
Verzonden: dinsdag 29 september 2026 23:12
Aan: {{sport@oosterhout.nl}}
CC: [[Ilona Wouters-Bax]] <[[secretaris@stormvogels-volleybal.nl]]>; [[Schellekens, W.]] <[[w.schellekens@deslotboom.nl]]>
Onderwerp: zorgen {{VC Stormvogels}} over berging en zaaluren

Goedenavond,

Via de beheerder hoorden wij dat de {{OMWB}} de sporthal heeft geïnspecteerd en dat onze netten de nooduitgang
blokkeerden. Dat spijt ons. Wij hebben geen andere opslagplek sinds we op dinsdag en donderdag in zaal A+B spelen.

Daarnaast merken wij dat sommige ouders van {{Oosterwind}} ons de schuld geven van de korting van hun uren. Een van
onze trainers, [[Sem Wouters]], is zaterdag na de wedstrijd op de parkeerplaats aangesproken door de vader van een
jeugdspeler, de heer [[Meulendijks]]. Wij willen de sfeer niet laten escaleren.

Wij vragen de gemeente:
- snel te zorgen voor een berging (het rapport zegt dat dat voor rekening van de eigenaar is);
- in de communicatie duidelijk te maken dat {{VC Stormvogels}} niet om de uren van de jeugd heeft gevraagd.

Ik ben overdag bereikbaar op mijn werk: [[076 - 530 22 14]] toestel [[318]], of mobiel [[06-51 70 33 12]].

Met sportieve groet,
[[Tjeerd Bosma]]
voorzitter {{VC Stormvogels}} | {{www.stormvogels-volleybal.nl}}
""", kinds={"318": "PHONE"}))

# ------------------------------------------------------------------------------------------ sp30 (Woo decision, 2p)
DOCS.append(Doc("sp30_woo_besluit", kind="docx", producer=LO, creator="Writer",
                title="Besluit op Woo-verzoek WOO-2026-0341", text="""\
# Besluit op uw Woo-verzoek
{{Gemeente Oosterhout}} | {{Postbus 10150}} | {{4900 GB Oosterhout}}
Aan: mevrouw [[L. Faber]]
Datum: 14 december 2026 | Ons kenmerk: {{WOO-2026-0341}} | Behandeld door: [[P.J. van 't Hek]]
Geachte mevrouw [[Faber]],
Op 2 november 2026 hebt u een verzoek ingediend op grond van de {{Wet open overheid}} om openbaarmaking van documenten over de sportsubsidies aan {{KV Oosterwind}} en {{VC Stormvogels}}, het geschil over {{Sporthal De Slotboom}} en de beantwoording van de raadsvragen {{RV-2026-063}}. Op 26 november hebben wij de beslistermijn met twee weken verdaagd.
## Besluit
Wij maken de documenten op de inventarislijst gedeeltelijk openbaar. Twee documenten maken wij niet openbaar.
## Zienswijzen
Wij hebben de {{Stichting Beheer Sporthal De Slotboom}}, het bestuur van {{KV Oosterwind}} en de trainer wiens facturen in de stukken zitten in de gelegenheid gesteld een zienswijze te geven. De stichting en de vereniging hebben geen bezwaar tegen openbaarmaking, mits persoonsgegevens van bestuursleden worden weggelakt. De trainer heeft verzocht zijn facturen niet openbaar te maken omdat daarop zijn huisadres en rekeningnummer staan.
## Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, aanhef en onder e, Woo). De namen, e-mailadressen, telefoonnummers en handtekeningen van medewerkers van de gemeente die niet in de openbaarheid treden, en van bestuursleden van verenigingen en de stichting, die als vrijwilliger optreden, maken wij niet openbaar. Het belang van de eerbiediging van hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Dat geldt ook voor de naam, het adres, het KvK-nummer en het rekeningnummer van de trainer, die als eenmanszaak werkt: zijn handelsnaam is tot hem als persoon herleidbaar.
===
Bijzondere persoonsgegevens (artikel 5.1, eerste lid, aanhef en onder d, Woo). In enkele documenten staat informatie over de gezondheid van betrokkenen. Die maken wij niet openbaar.
Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Een kenmerk van een VOG-aanvraag maken wij niet openbaar.
Namen die wel openbaar zijn. De namen van {{wethouder Brouwers-Kamp}}, {{burgemeester Van Haperen}} en de raadsleden die vragen stelden ({{raadslid Demirel}} en {{raadslid Oudshoorn}}) maken wij openbaar, omdat zij in hun publieke functie optreden.
## Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens van ambtenaren en derden (5.1.2e), bijzondere persoonsgegevens (5.1.1d) en identificatienummers (5.1.1e).
## Motivering
In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.
Hoogachtend,
namens het college van burgemeester en wethouders van Oosterhout,
[[P.J. van 't Hek]], juridisch adviseur
Bezwaar: binnen zes weken na de dag van verzending bij het college, {{Postbus 10150}}, {{4900 GB Oosterhout}}.
"""))

# ------------------------------------------------------------------------------------------ sp31 (inventory list)
DOCS.append(Doc("sp31_inventarislijst", kind="ttf", producer="Microsoft® Excel® for Microsoft 365",
                creator="Microsoft® Excel® for Microsoft 365", title="Inventarislijst WOO-2026-0341", text="""\
# Inventarislijst {{WOO-2026-0341}}
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 02-11-2026 | deels openbaar | 5.1.2e | |
| 2 | ontvangstbevestiging | 05-11-2026 | deels openbaar | 5.1.2e | |
| 3 | aanvraagformulier subsidie | 09-02-2026 | deels openbaar | 5.1.2e | formuliervelden |
| 4 | beschikking {{Z-2026-00877}} | 12-03-2026 | deels openbaar | 5.1.2e | |
| 5 | e-mails zaaluren | 01/03-09-2026 | deels openbaar | 5.1.2e | |
| 6 | brief bestuur {{KV Oosterwind}} | 08-09-2026 | deels openbaar | 5.1.2e | |
| 7 | WhatsApp-chat bestuur | 04/05-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 8 | Teams-chat | 10-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 9 | notulen stichtingsbestuur | 02-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 10 | facturen trainer | 31-07 en 31-08-2026 | deels openbaar | 5.1.2e | zienswijze trainer |
| 11 | raadsvragen {{RV-2026-063}} | 11-09-2026 | openbaar | | reeds openbaar |
| 12 | beantwoording raadsvragen | 29-09-2026 | openbaar | | reeds openbaar |
| 13 | beslisnota {{BN-2026-0412}} | 14-09-2026 | deels openbaar | 5.1.2e | |
| 14 | brief ouder | 12-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 15 | brief advocaat | 21-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 16 | inspectierapport {{OMWB}} | 24-09-2026 | deels openbaar | 5.1.2e | |
| 17 | juridisch advies {{JZ-2026-211}} | 16-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 18 | concept persbericht | 18-09-2026 | niet openbaar | 5.2.1 | concept, definitieve versie openbaar |
| 19 | e-mails verantwoording | 23/25-09-2026 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | |
| 20 | interne notitie energiekosten | 30-09-2026 | niet openbaar | 5.1.2i | |
Behandelaar: [[P.J. van 't Hek]] ([[PJH]]), tweede lezer: [[Ayşe Korkmaz]] ([[AK]]), {{team Juridische Zaken}}
""", kinds={"PJH": "INITIALS", "AK": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp32 (allocation overview)
DOCS.append(Doc("sp32_overzicht_sportsubsidies", kind="ttf", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
                font="Helvetica", title="Overzicht verleende sportsubsidies 2026", text="""\
# Overzicht verleende subsidies {{Subsidieregeling Sportstimulering Oosterhout 2024}} - 2026
Budget 2026: EUR 148.000 ({{Lokaal Sportakkoord Oosterhout}} EUR 40.000; {{SPUK}} sport EUR 108.000). Stand 30 september 2026.
| Zaak | Vereniging | Activiteit | Verleend | Contactpersoon | Behandelaar |
| {{Z-2026-00877}} | {{KV Oosterwind}} | jeugduren + trainer | 7.200 | [[A. de Jong-Verhoef]] | [[DKa]] |
| {{Z-2026-00912}} | {{VC Stormvogels}} | beachvolleybal jeugd | 4.850 | [[I. Wouters-Bax]] | [[DKa]] |
| {{Z-2026-01004}} | {{BC Shuttle Oosterhout}} | schoolbadminton | 3.100 | [[L. Adriaansen]] | [[SWi]] |
| {{Z-2026-01120}} | {{Stichting Sportief Oosterhout}} | G-sport, aangepast vervoer | 12.400 | [[B. de Ruiter]] | [[SWi]] |
| {{Z-2026-01188}} | {{OHC Oosterhout}} (hockey) | Cruyff Court clinics | 2.750 | [[Ömer Doğan]] | [[DKa]] |
| {{Z-2026-01231}} | {{Zwemvereniging De Warande}} | zwemvangnet | 9.600 | [[Jolanda van Beek-Tuinman]] | [[SWi]] |
| {{Z-2026-01302}} | {{Atletiekvereniging AV Oosterhout}} | loopgroep 55+ | 1.900 | [[Henk 't Jong]] | [[DKa]] |
| {{Z-2026-01377}} | {{TV Den Hout}} (tennis) | rolstoeltennis | 5.250 | [[Chantal Bakx]] | [[SWi]] |
Totaal verleend: EUR 47.050. Nog beschikbaar: EUR 100.950. De {{Fanny Blankers-Koen Sportprijs}} (EUR 2.500) valt buiten deze regeling.
Legenda behandelaars: [[DKa]] = [[D. Kartodikromo]], [[SWi]] = [[S. Wijnbergen]].
""", kinds={"DKa": "INITIALS", "SWi": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp33 (mail with trainer, signature, 0031 phone)
DOCS.append(Doc("sp33_mail_buurtsportcoach", kind="ttf", producer="Microsoft: Print To PDF", creator=OUTLOOK,
                title="Inzet buurtsportcoach bij jeugdtrainingen", text="""\
Van: [[Jesse Vermeulen]] <[[jesse.vermeulen@sportservicenoordbrabant.nl]]>
Verzonden: vrijdag 2 oktober 2026 14:20
Aan: [[Wijnbergen, Sanne]] <[[s.wijnbergen@oosterhout.nl]]>
CC: [[Mariëlle Oomen]] <[[mariëlle.oomen@kvoosterwind.nl]]>
Onderwerp: inzet buurtsportcoach bij jeugdtrainingen {{Oosterwind}}

Hoi [[Sanne]],

Zoals besproken kan ik vanaf november twee woensdagmiddagen per maand meedraaien bij de jeugdtrainingen van
{{Oosterwind}}, als aanvulling op [[Ruud]]. Dit valt binnen de {{Brede Regeling Combinatiefuncties}} en kost de
vereniging niets. [[Mar]] (jeugdcoördinatie) maakt het schema.

Ik heb wel een vraag over de zaal: zaal B is op woensdag van ons (buurtsport), maar de berging is vol met netten
van {{Stormvogels}}. Kan [[Hüseyin]] van vastgoed daar iets in betekenen?

Ik zit volgende week in Duitsland op cursus, bereikbaar via [[0031 6 4403 5521]] (WhatsApp) of via mijn collega
[[Priya Ramdin]] ([[+31 162 45 08 30]]).

Sportieve groet,
[[Jesse Vermeulen]]
buurtsportcoach Oosterhout-Zuid
{{Sportservice Noord-Brabant}} | {{Stationsstraat 2}}, {{5038 EC Tilburg}} | {{013 - 594 49 50}}
"""))
