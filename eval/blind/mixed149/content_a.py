"""Documents sf01-sf17 of set SF (mixed149)."""
from lib import Doc

WORD = {"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"Producer": "Microsoft Outlook 16.0 (PDF export)", "Creator": "Microsoft Outlook"}
ASPOSE = {"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Zaaksysteem Corsa 9"}
ITEXT = {"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "Creator": "RVO Schadeportaal"}
NITRO = {"Producer": "Nitro PDF PrimoPDF", "Creator": "Nitro Pro 13"}

DOCS = []

DOCS.append(Doc("sf01_woo_verzoek", """
[[Ruben Claessens]]
[[Kloosterwandstraat 41b]]
[[6041 KL Roermond]]
[[r.claessens1987@kpnmail.nl]]

Aan {{Gedeputeerde Staten van Limburg}}
t.a.v. de Woo-coördinator
Postbus 5700
6202 MA Maastricht

Roermond, 3 november 2026

Onderwerp: verzoek op grond van de {{Wet open overheid}} - afhandeling schadeclaims Maasdal

Geacht college,

Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de afhandeling van
schadeclaims van agrariërs en bewoners na het hoogwater van de {{Maas}} en de {{Roer}} in juli 2026, in het
bijzonder over de {{Regeling tegemoetkoming waterschade Maas- en Roerdal 2026}} die {{RVO}} namens de provincie
uitvoert. Het gaat mij om:

- correspondentie tussen de provincie en de {{Rijksdienst voor Ondernemend Nederland}} over de achterstand;
- rapporten van schade-experts en de instructies die zij kregen;
- klachten van inwoners en de behandeling daarvan;
- de beantwoording van de Statenvragen van de fracties van {{GroenLinks}} en het {{CDA}}.

De periode is 12 juli 2026 tot en met de datum van dit verzoek. Ik ben bereikbaar op [[06-28419907]].
Ik ontvang de stukken graag digitaal.

Met vriendelijke groet,

[[R. Claessens]]
""", meta={"Author": "Ruben", **WORD}, title="Woo-verzoek schadeclaims"))

DOCS.append(Doc("sf02_ontvangstbevestiging", """
{{Provincie Limburg}}
Limburglaan 10, 6229 GA Maastricht
Telefoon (043) 389 99 99 | {{woo@prvlimburg.nl}}

[[De heer R. Claessens]]
[[Kloosterwandstraat 41b]]
[[6041 KL Roermond]]

Maastricht, 10 november 2026
Ons kenmerk: {{2026/148833}}
Zaaknummer: {{LIM-WOO-2026-0311}}
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Claessens]],

Op 4 november 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de afhandeling van
schadeclaims na het hoogwater van juli 2026. Uw verzoek is geregistreerd onder zaaknummer {{LIM-WOO-2026-0311}}.

Wij beslissen binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verdagen. Omdat in de
documenten gegevens van derden staan, zoals agrariërs en schade-experts, krijgen zij mogelijk gelegenheid
een zienswijze te geven. Voor vragen kunt u contact opnemen met [[Anouk Jeurissen]], telefoon [[043 389 7214]]
of via {{woo@prvlimburg.nl}}. Vermeld daarbij het zaaknummer.

Hoogachtend,
{{Gedeputeerde Staten van Limburg}},
namens dezen,

[[A.M.C. Jeurissen]]
Woo-coördinator, {{afdeling Juridische Zaken}}

Kopie: [[Twan Lemmens]], beleidsmedewerker
""", producer="rl", font="DejaVuSans", meta={"Author": "Jeurissen, Anouk", **ASPOSE}, title="Ontvangstbevestiging"))

DOCS.append(Doc("sf03_mail_achterstand", """
**Van: [[Oudshoorn, Dennis]] <[[dennis.oudshoorn@rvo.nl]]>
Verzonden: donderdag 17 september 2026 16:42
Aan: [[Lemmens, Twan]] <[[t.lemmens@prvlimburg.nl]]>
CC: [[El Idrissi, Fatima]] <[[fatima.elidrissi@rvo.nl]]>; [[ter Wisch, Koen]] <[[koen.terwisch@rvo.nl]]>
Onderwerp: RE: achterstand claims Maasdal - stand week 38

Hoi [[Twan]],

Stand per vandaag: 1.214 aanvragen binnen via het {{RVO}}-portaal, waarvan 386 van agrarische ondernemers.
Van de 1.214 zijn er 402 getaxeerd, 118 afgerond met een beschikking. De achterstand zit vooral bij de
agrariërs: de experts van {{Schade Expertise Zuid}} kunnen per dag maar vier bedrijven bezoeken.
[[Fatima]] heeft een voorstel gemaakt om voorschotten van 40% uit te betalen zodra de taxatie binnen is.
Kun jij nagaan of {{gedeputeerde Vroemen-Lenders|ROLE}} daarmee kan leven? Dan zetten we het in de
wekelijkse update aan {{LNV}}.

Groet,
[[Dennis]]

[[Dennis Oudshoorn]]
Programmamanager {{Wts}} | {{Rijksdienst voor Ondernemend Nederland}}
Prinses Beatrixlaan 2, 2595 AL Den Haag
T [[+31 (0)88 042 7731]] | M [[06 1093 4462]]

**Van: [[Lemmens, Twan]] <[[t.lemmens@prvlimburg.nl]]>
Verzonden: woensdag 16 september 2026 09:05
Aan: [[Oudshoorn, Dennis]] <[[dennis.oudshoorn@rvo.nl]]>
CC: [[Boogaart-Smeets, Mirjam van den]] <[[m.vandenboogaart@prvlimburg.nl]]>
Onderwerp: achterstand claims Maasdal - stand week 38

Dag [[Dennis]],

Vanuit de Staten komen vragen over de doorlooptijd. Statenlid {{Koopmans|ROLE}} ({{GroenLinks}}) wil weten
hoeveel claims nog open staan en of de experts genoeg capaciteit hebben. [[Mirjam]] moet donderdag een
notitie aan het college leveren. Kun je mij de cijfers per gemeente ({{Roermond}}, {{Roerdalen}},
{{Maasgouw}}, {{Venlo}}) sturen? Ook graag het aantal klachten bij de {{Nationale ombudsman}}.

Met vriendelijke groet,

[[Twan Lemmens]]
Beleidsmedewerker Water en Klimaatadaptatie
{{Provincie Limburg}} | {{Limburglaan 10}}, Maastricht
[[06-41827735]]

<<page>>
**Van: [[Koen ter Wisch]] <[[koen.terwisch@rvo.nl]]>
Verzonden: maandag 14 september 2026 17:31
Aan: [[Oudshoorn, Dennis]]; [[El Idrissi, Fatima]]
CC: {{schadeloket@rvo.nl}}
Onderwerp: capaciteit experts

[[Dennis]],

{{Schade Expertise Zuid}} laat weten dat [[Ludo Franssen]] en [[Bram Dijcks]] in week 39 ook in {{Venlo}}
ingezet worden. Daardoor schuift de planning in {{Herkenbosch}} een week op. Ik stel voor dat we de
gedupeerden een brief sturen met de nieuwe datum. Tekst graag langs {{woordvoering RVO}}.

Let op: [[Gerda ter Horst]] ({{WTS26-004540}}) heeft geen internet en belt elke dag. Zij heeft een
vaste contactpersoon nodig.

Groet,
[[Koen]]
Teamleider Schadeloket | {{RVO}} Zwolle | [[088 042 5519]]
""", producer="rl", font="Helvetica", meta={"Author": "Lemmens, T.", **OUTLOOK}, title="RE: achterstand claims Maasdal"))

DOCS.append(Doc("sf04_teams_chat", """
# Teams-chat: Schadeteam Maasdal (export 24-09-2026)

[[Fatima El Idrissi]] 08:51
morgen allemaal, de planning voor Herkenbosch staat in de map {{WTS26-Planning}}

[[Koen ter Wisch]] 08:53
top. [[Ludo]] belde, hij is ziek tot maandag. wie neemt zijn bedrijven over?

[[Yvonne Smeets-Geurts]] 08:58
ik kan er twee van [[Ludo]] doen, de rest moet [[Ştefan]] maar pakken

[[Ştefan Popescu]] 09:02
ok, stuur me de dossiers {{WTS26-004518}} en {{WTS26-004532}}. bel me op [[06 3872 1159]] als er iets is

[[Fatima El Idrissi]] 09:10
[[Stef]] let op bij [[Peeters]], die is erg boos over de eerste taxatie, zie klacht in {{Corsa}}

[[Koen ter Wisch]] 09:12
ik heb [[Hanna]] gevraagd de klacht op te pakken. [[Yvon]] kun jij daarna de foto's in het portaal zetten?

[[Yvonne Smeets-Geurts]] 09:15
doe ik 👍

[[Hanna de Groot-Veldkamp]] 09:31
klacht [[Peeters]] ligt bij mij. ik plan een gesprek met hem en zijn dochter [[Lieke]]
""", producer="rl", font="DejaVuSans", meta={"Author": "Teams export", **{"Producer": "Microsoft Teams PDF export", "Creator": "Microsoft Teams"}}, title="Teams chat Schadeteam Maasdal"))

DOCS.append(Doc("sf05_whatsapp_boeren", """
# WhatsApp-chat met "Boeren Roerdal hoogwater"

[17-07-26 21:14] [[Sjra Cuypers]]: mannen, wie heeft al een expert gehad? bij mij staat de stal nog blank
[17-07-26 21:16] [[Jos van Kessel]]: nog niks. [[Gerda]] heeft {{RVO}} gebeld op het {{0800}}-nummer maar kreeg een bandje
[17-07-26 21:20] [[Gerda ter Horst]]: klopt. het nummer is {{0800 646 3951}}. je moet eerst het formulier invullen
[17-07-26 21:22] [[Henk Peeters]]: ik heb dat formulier, stuur het wel door. mijn maïs is helemaal weg, 23 hectare
[17-07-26 21:25] [[+31 6 47 21 93 08]]: Dit is [[Noah]] van café {{De Roerbrug}}, kan ik ook in deze groep? ben geen boer maar ook schade
[17-07-26 21:26] [[Sjra Cuypers]]: natuurlijk [[Noah]] 👍
[18-07-26 07:02] [[Jos van Kessel]]: de LTO zegt dat de {{Wts}} pas geldt als het kabinet de ramp erkent
[18-07-26 07:40] [[Gerda ter Horst]]: {{minister Tjeerdsma|ROLE}} was gisteren in {{Roermond}}, het komt wel goed zei ze
[18-07-26 08:15] [[Henk Peeters]]: [[Sjraar]] heb je nog nummer van die taxateur? [[Hoebergen]] of zo
[18-07-26 08:17] [[Sjra Cuypers]]: [[06-51190372]] ([[Gerrit]])
""", producer="rl", font="DejaVuSans", meta={"Producer": "WhatsApp Chat Exporter 2.3", "Creator": "WhatsApp"}, title="WhatsApp Boeren Roerdal"))

DOCS.append(Doc("sf06_aanvraagformulier", """
# Aanvraagformulier tegemoetkoming waterschade Maas- en Roerdal 2026
{{Rijksdienst voor Ondernemend Nederland}} - uitvoering namens {{Provincie Limburg}}
Formuliernummer {{RVO-WTS-MR26}}, versie 1.2

Vul dit formulier volledig in. Het formulier is bestemd voor particulieren en ondernemers in de door de
{{Maas}} en de {{Roer}} getroffen gebieden. Stuur bewijsstukken mee (foto's, facturen, taxatierapport).
Vragen? Bel {{0800 646 3951}} (gratis) of mail {{schadeloket@rvo.nl}}.

""", producer="rl", font="Helvetica", meta={"Producer": "Adobe LiveCycle Designer ES 9.0", "Creator": "Adobe LiveCycle"},
    title="Aanvraagformulier RVO-WTS-MR26",
    fields=[("naam", "Naam aanvrager", "Maria Janssen-Houben", 220, 610, 300),
            ("adres", "Adres", "Hoofdstraat 87, 6077 AN Sint Odiliënberg", 220, 585, 300),
            ("bsn", "BSN", "364554472", 220, 560, 150),
            ("gebdat", "Geboortedatum", "14-03-1958", 220, 535, 150),
            ("tel", "Telefoon", "0475-532918", 220, 510, 150),
            ("iban", "IBAN", "NL63 INGB 0007 4412 58", 220, 485, 220),
            ("mail", "E-mail", "mia.janssen.houben@ziggo.nl", 220, 460, 260),
            ("schade", "Omschrijving schade", "Kelder en begane grond 60 cm water; cv-ketel", 220, 435, 300),
            ("door", "Ingevuld door", "Sjra Cuypers (buurman)", 220, 410, 300),
            ("teldoor", "Telefoon invuller", "06-51773304", 220, 385, 150)],
    hidden=[("annotations", "Maria Janssen-Houben", "PERSON"), ("annotations", "Hoofdstraat 87", "ADDRESS"),
            ("annotations", "364554472", "BSN"), ("annotations", "14-03-1958", "DOB"),
            ("annotations", "0475-532918", "PHONE"), ("annotations", "NL63 INGB 0007 4412 58", "IBAN"),
            ("annotations", "mia.janssen.houben@ziggo.nl", "EMAIL"),
            ("annotations", "Sjra Cuypers", "PERSON"), ("annotations", "06-51773304", "PHONE")]))

DOCS.append(Doc("sf07_taxatierapport", """
# Taxatierapport agrarische waterschade
{{Schade Expertise Zuid B.V.}} | Dossier {{WTS26-004518}} | Opdrachtgever: {{RVO}}

**1. Gegevens
|| Onderdeel | Gegevens |
| Aanvrager | [[Hendrik Peeters]] |
| Bedrijfsadres | [[Bosweg 7]], 6075 EH {{Herkenbosch}} |
| KvK-nummer | 12048836 |
| Relatienummer RVO | 2004519876 |
| Contact | [[06-22184093]] / [[h.peeters.melkvee@gmail.com]] |
| Expert | [[ing. G.J. Hoebergen]] |
| Datum opname | 29 juli 2026 |

**2. Toedracht
Op 13 en 14 juli 2026 zijn de percelen van het bedrijf overstroomd door water van de {{Roer}}. Het water stond
volgens de heer [[Peeters]] 1,10 m hoog in de jongveestal. Het waterpeil is vergeleken met de metingen van
{{Waterschap Limburg}} bij {{gemaal Bernard Stassen}}; dat klopt met de sporen op de muren.

**3. Schade
|| Post | Omvang | Bedrag (EUR) |
| Snijmaïs | 23 ha | 41.400 |
| Grasland, herinzaai | 11 ha | 8.250 |
| Jongveestal, vloer en installatie | 1 stal | 27.900 |
| Voorraad ruwvoer | 180 ton | 16.200 |
| Totaal | | 93.750 |

<<page>>
**4. Bijzonderheden
De aanvrager gaf aan dat hij sinds de ramp onder behandeling is bij de huisarts wegens
[[slapeloosheid en angstklachten|HEALTH]]. Dit heeft geen invloed op de taxatie maar verklaart de vertraging in
het aanleveren van facturen. Zijn dochter [[Lieke Peeters]] ([[06-19930417]]) is contactpersoon voor
de administratie.

De aanvrager is het niet eens met de waardering van de snijmaïs ({{KWIN-V}} 2026 hanteert 1.800 EUR/ha). Hij
verwijst naar de taxatie van de {{LTO Noord}} voor het naburige bedrijf aan de {{Hoogstraat}}.

**5. Ondertekening
Roermond, 2 augustus 2026

[[G.J. Hoebergen]]
Register-expert {{NIVRE}} nr. 8812
""", producer="rl", font="Times-Roman", meta={"Author": "G.J. Hoebergen", **NITRO}, title="Taxatierapport WTS26-004518"))

DOCS.append(Doc("sf08_factuur_expert", """
[[Hoebergen Agrarische Taxaties|TRADENAME]]
[[Laurentiusstraat 19]], 6051 EA Maasbracht
KvK 74120388 | btw-id [[NL001938475B42]]
[[gerrit@hoebergen-taxaties.nl]] | [[0475-461207]]

**FACTUUR 2026-0817

Aan: {{Schade Expertise Zuid B.V.}}
{{Stationsplein 4}}, 6221 BT Maastricht
t.a.v. crediteurenadministratie

Factuurdatum: 31 augustus 2026
Uw referentie: {{SEZ-RVO-2026-11}}

|| Omschrijving | Aantal | Tarief | Bedrag |
| Opname agrarische schade, dossiers {{WTS26-004518}} t/m 004533 | 16 | 385,00 | 6.160,00 |
| Reiskosten (km) | 612 | 0,23 | 140,76 |
| Rapportage en fotodocumentatie | 16 | 95,00 | 1.520,00 |
| Subtotaal | | | 7.820,76 |
| Btw 21% | | | 1.642,36 |
| Totaal | | | 9.463,12 |

Betaling binnen 30 dagen op [[NL47 RABO 0316 2281 94]] ten name van [[G.J. Hoebergen]] onder vermelding van
het factuurnummer.

Vragen over deze factuur: [[Ingrid Lahaye]] (administratie), [[i.lahaye@hoebergen-taxaties.nl]].
""", producer="rl", font="DejaVuSans", meta={"Author": "Gerrit Hoebergen", "Producer": "PDFpen 13.1", "Creator": "Pages"}, title="Factuur 2026-0817"))

DOCS.append(Doc("sf09_wijziging_rekeningnummer", """
# Wijziging bankrekeningnummer

Aan: {{RVO}}, team Schadeloket
Betreft: dossier {{WTS26-007102}}

Ondergetekende,

Naam: [[Noah Çelik]]
Geboortedatum: [[09-11-1991]]
Adres: [[Markt 3A]], 6071 JD {{Swalmen}}
Bedrijf: café {{De Roerbrug}} (eenmanszaak), KvK 80514226

verzoekt de tegemoetkoming voortaan over te maken op:

Nieuw IBAN: [[NL21 ABNA 0612 9088 34]]
Ten name van: [[N. Çelik]]
Oud IBAN (vervalt): [[NL09 KNAB 0255 8819 63]]

Reden: de oude rekening is gekoppeld aan de zakelijke rekening die na de overstroming is opgeheven.
Kopie van bankpas en identiteitsbewijs bijgevoegd. Contact: [[noah.celik@roerbrug.nl]].

Swalmen, 22 september 2026
Handtekening: [[N. Çelik]]
Getuige: [[Derya Çelik-Aydın]], [[06 1777 3025]]

Voor intern gebruik: gecontroleerd door [[FEI]] op 24-09-2026, terugbelverzoek via [[06 4721 9308]].
""", producer="docx", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer"}, title="Wijziging rekeningnummer"))

DOCS.append(Doc("sf10_klacht", """
[[W.H.M. Vossen-Stals]]
[[Kapellerlaan 212]]
[[6045 AH Roermond]]
Telefoon [[0475 - 338 104]]

Aan {{Gedeputeerde Staten van Limburg}} en de {{Rijksdienst voor Ondernemend Nederland}}

Roermond, 5 oktober 2026

Betreft: klacht over de behandeling van mijn schadeclaim {{WTS26-010877}}

Geachte heer, mevrouw,

Ik dien een klacht in over de manier waarop mijn aanvraag is behandeld. Op 20 juli heb ik het formulier
ingestuurd. Op 28 augustus kwam een expert, de heer [[Franssen]], die nog geen twintig minuten in mijn huis
was. Hij zei dat de schade aan mijn keuken "gewoon slijtage" was. Mijn keuken was vier jaar oud. Ook vroeg hij
naar mijn [[medicijngebruik|HEALTH]], wat ik ongepast vond.

Daarna heb ik drie keer gebeld met het {{0800}}-nummer. Mevrouw [[De Groot]] beloofde mij terug te bellen, maar
dat is niet gebeurd. Mijn zoon, [[Marco Vossen]], heeft het ook geprobeerd via [[marco.vossen@outlook.com]].

Ik vraag u mijn dossier opnieuw te laten taxeren door een andere expert en mij schriftelijk te antwoorden.
Ik ben 81 jaar en woon sinds 1969 in deze wijk; dit is de eerste keer dat ik een klacht indien.

Hoogachtend,

[[Mien Vossen-Stals]]
""", producer="docx", font="Times", meta={"docx_author": "Marco Vossen", "Producer": "LibreOffice 7.6", "Creator": "Writer"},
    title="Klacht WTS26-010877"))

DOCS.append(Doc("sf11_verslag_klachtbehandeling", """
# Verslag hoorgesprek klacht {{WTS26-010877}}

Datum: 21 oktober 2026, 10:00-11:15
Locatie: {{Gouvernement}}, {{Limburglaan 10}}, Maastricht (zaal {{Jan van Steffeswert}})
Klager: mevrouw [[W.H.M. Vossen-Stals]], bijgestaan door haar zoon de heer [[M. Vossen]]
Namens {{RVO}}: [[Hanna de Groot-Veldkamp]] (klachtbehandelaar), [[Koen ter Wisch]] (teamleider)
Namens de provincie: [[Jérôme Kockelkorn]] (jurist, voorzitter), [[Esther 't Hoen]] (verslag)

**1. Opening
De voorzitter heet iedereen welkom en legt uit dat dit gesprek op grond van hoofdstuk 9 van de
{{Algemene wet bestuursrecht}} wordt gevoerd. De klacht gaat over drie gedragingen: de korte duur van de
opname door de expert, de vraag naar medicijngebruik, en het uitblijven van een terugbelverzoek.

**2. Toelichting klager
Mevrouw [[Vossen-Stals]] vertelt dat het water 40 cm in haar woning heeft gestaan. Zij gebruikt een rollator en
heeft [[sinds 2019 de ziekte van Parkinson|HEALTH]]; daarom kon zij de expert niet goed volgen. De heer
[[Vossen]] voegt toe dat hij op 2 en 9 september heeft gemaild zonder antwoord.

**3. Reactie RVO
Mevrouw [[De Groot-Veldkamp]] biedt excuses aan voor het uitblijven van het terugbelverzoek. De notitie is
in {{Corsa}} terechtgekomen bij een collega die met verlof was. De heer [[ter Wisch]] licht toe dat
experts niet naar medische gegevens horen te vragen; hij heeft de expert, de heer [[L. Franssen]], daarop
aangesproken. Een nieuwe opname door een andere expert is op 28 oktober gepland.

<<page>>
**4. Afspraken
|| Nr | Actie | Wie | Wanneer |
| 1 | Nieuwe opname door andere expert | [[KtW]] | 28-10-2026 |
| 2 | Schriftelijke reactie op klacht | [[JK]] | 4-11-2026 |
| 3 | Terugbellen klager na opname | [[HdGV]] | 30-10-2026 |
| 4 | Instructie experts over medische vragen | [[KtW]] | 1-11-2026 |

**5. Sluiting
De voorzitter dankt mevrouw [[Vossen-Stals]] voor haar komst. Het verslag wordt binnen twee weken toegezonden.
Contact over dit verslag: {{klachten@prvlimburg.nl}} of (043) 389 99 99.
""", producer="rl", font="DejaVuSerif", meta={"Author": "Esther 't Hoen", **WORD}, title="Verslag hoorgesprek"))

DOCS.append(Doc("sf12_statenvragen", """
# Schriftelijke vragen ex artikel 45 Reglement van Orde voor {{Provinciale Staten van Limburg}}

Indiener(s): {{Sanne Koopmans|ROLE}} ({{GroenLinks}}) en {{Mathieu Ortjens-Baggen|ROLE}} ({{CDA}})
Datum: 22 september 2026
Onderwerp: trage afhandeling schadeclaims na hoogwater Maas en Roer

Inleiding
In {{De Limburger}} van 19 september 2026 staat dat ruim duizend gedupeerden van het hoogwater nog wachten op
een besluit over hun claim. Een melkveehouder uit {{Herkenbosch}} vertelt dat hij na twee maanden nog geen
voorschot heeft. Ook zouden experts onvoldoende tijd nemen voor een opname.

Vragen
1. Hoeveel aanvragen onder de {{Regeling tegemoetkoming waterschade Maas- en Roerdal 2026}} zijn ingediend en
hoeveel daarvan zijn afgehandeld?
2. Deelt het college de zorg dat agrariërs door de vertraging in liquiditeitsproblemen komen?
3. Is het college bereid met {{RVO}} af te spreken dat voorschotten worden uitbetaald na de taxatie?
4. Hoeveel klachten zijn ingediend over de schade-experts, en hoe worden die behandeld?
5. Wil het college de Staten maandelijks informeren over de voortgang?

{{Sanne Koopmans|ROLE}}, Statenlid {{GroenLinks}}
{{Mathieu Ortjens-Baggen|ROLE}}, Statenlid {{CDA}}

In het artikel wordt melkveehouder [[Henk Peeters]] geciteerd.

Ambtelijk contact griffie: [[Roel Bemelmans]], [[r.bemelmans@prvlimburg.nl]]
""", producer="rl", font="Helvetica", meta={"Author": "Griffie", **WORD}, title="Statenvragen 2026-114"))

DOCS.append(Doc("sf13_antwoord_gs", """
{{Provincie Limburg}} - {{Gedeputeerde Staten}}

Aan {{Provinciale Staten van Limburg}}
Datum: 13 oktober 2026
Kenmerk: {{2026/139402}}
Onderwerp: beantwoording Statenvragen {{2026-114}} van de leden {{Koopmans|ROLE}} en {{Ortjens-Baggen|ROLE}}

Vraag 1
Tot en met 30 september 2026 zijn 1.297 aanvragen ingediend, waarvan 401 door agrarische ondernemers.
Van alle aanvragen zijn er 164 afgehandeld met een beschikking; 455 zijn getaxeerd.

Vraag 2
Ja. Wij hebben hierover op 24 september 2026 overleg gevoerd met de {{Rijksdienst voor Ondernemend Nederland}}
en de {{LTO Nederland}}. Gedeputeerde {{Vroemen-Lenders|ROLE}} heeft de minister van {{Landbouw, Visserij,
Voedselzekerheid en Natuur}} schriftelijk gevraagd om extra capaciteit.

Vraag 3
Ja. Vanaf 1 oktober 2026 betaalt {{RVO}} een voorschot van 40 procent zodra het taxatierapport is vastgesteld.

Vraag 4
Er zijn 37 klachten ingediend, waarvan 11 over de schade-experts. Klachten worden behandeld volgens
hoofdstuk 9 van de {{Algemene wet bestuursrecht}}; wij hebben {{Schade Expertise Zuid B.V.}} gevraagd de
instructie voor experts aan te scherpen.

Vraag 5
Ja, via de maandelijkse {{Statenbrief}}. De cijfers per gemeente staan in de bijlage.

<<page>>
# Bijlage: aanvragen per gemeente (stand 30 september 2026)
|| Gemeente | Particulieren | Agrariërs | Getaxeerd | Beschikking |
| {{Roermond}} | 412 | 38 | 141 | 52 |
| {{Roerdalen}} | 201 | 164 | 150 | 49 |
| {{Maasgouw}} | 188 | 112 | 97 | 38 |
| {{Venlo}} | 95 | 87 | 67 | 25 |
| Totaal | 896 | 401 | 455 | 164 |
Bron: {{RVO}}, {{Schadeportaal Wts}}.

{{Gedeputeerde Staten van Limburg}},
{{Ilse Vroemen-Lenders|ROLE}}, gedeputeerde Water en Klimaat
{{Karin Stijnen-Hoofs|ROLE}}, secretaris

Ambtelijk voorbereid door [[Sabine Houben-Lenssen]] ([[SHL]]).
Behandelend ambtenaar: [[Jérôme Kockelkorn]], [[j.kockelkorn@prvlimburg.nl]], [[043 389 7160]]
""", producer="rl", font="DejaVuSans", meta={"Author": "Kockelkorn J.", **ASPOSE}, title="Beantwoording Statenvragen 2026-114"))

DOCS.append(Doc("sf14_notulen_stuurgroep", """
# Verslag Stuurgroep Herstel Maasdal, 2 oktober 2026

Locatie: gemeentehuis {{Roerdalen}}, {{Burgemeester Nolensplein}}; deels via Teams

**Aanwezig
|| Naam | Organisatie | Functie |
| {{Ilse Vroemen-Lenders|ROLE}} | {{Provincie Limburg}} | gedeputeerde (voorzitter) |
| {{Petra van Dael-Smeets|ROLE}} | gemeente {{Roermond}} | burgemeester |
| {{Luc Brouns|ROLE}} | gemeente {{Roerdalen}} | wethouder |
| [[Mirjam van den Boogaart-Smeets]] | {{Provincie Limburg}} | teamleider schadeafhandeling |
| [[Dennis Oudshoorn]] | {{RVO}} | programmamanager |
| [[Wendy Ramakers]] | {{Waterschap Limburg}} | hoofd crisisbeheersing |
| [[Jurgen Maessen]] | {{LLTB}} | beleidsadviseur |
| [[Twan Lemmens]] | {{Provincie Limburg}} | secretaris |

Afwezig met bericht: [[Koen ter Wisch]] ({{RVO}}).

**1. Opening en mededelingen
De voorzitter opent de vergadering. Burgemeester {{Van Dael-Smeets|ROLE}} meldt dat in {{Roermond}} nog 42
woningen onbewoonbaar zijn. Het {{Rode Kruis}} heeft de noodopvang in {{Sporthal De Donderberg}} beëindigd.

**2. Voortgang schadeafhandeling
[[Oudshoorn]] licht de cijfers toe. De voorschotregeling start 1 oktober. [[Maessen]] benadrukt dat
melkveehouders vóór de winter ruwvoer moeten inkopen; het voorschot komt voor een aantal bedrijven te laat.
Wethouder {{Brouns|ROLE}} vraagt of de gemeente een overbruggingslening kan geven via het {{Stimuleringsfonds
Limburg}}. [[Van den Boogaart-Smeets]] zoekt dat uit.

<<page>>
**3. Dijkversterking {{Roerdijk}}
[[Ramakers]] meldt dat {{Waterschap Limburg}} het dijkvak bij {{Kasteel Hillenraad}} als eerste herstelt.
De inspectie van 26 september laat twee zwakke plekken zien (zie rapport {{WL-INS-2026-0917}}).

**4. Actielijst
|| Nr | Actie | Wie | Datum |
| 14-1 | Overbruggingslening uitzoeken | [[MvdBS]] | 16-10 |
| 14-2 | Cijfers per gemeente in Statenbrief | [[TL]] | 9-10 |
| 14-3 | Instructie experts medische vragen | [[DO]] / [[K.t.W.]] | 16-10 |
| 14-4 | Planning dijkherstel naar gemeenten | [[W.R.]] | 23-10 |

Volgende vergadering: 30 oktober 2026, {{Gouvernement}}, Maastricht.
""", producer="docx", meta={"docx_author": "Twan Lemmens", "Producer": "LibreOffice 7.6", "Creator": "Writer"},
    title="Verslag Stuurgroep Herstel Maasdal"))

DOCS.append(Doc("sf15_beslisnota", """
# Beslisnota voor {{Gedeputeerde Staten}}

Aan: gedeputeerde {{Vroemen-Lenders|ROLE}}
Van: [[M. van den Boogaart-Smeets]], teamleider schadeafhandeling
Datum: 8 oktober 2026
Kenmerk: {{2026/137855}}
Onderwerp: aanvullende regeling overbrugging agrariërs
Contactpersoon: [[Twan Lemmens]], [[06-41827735]], [[t.lemmens@prvlimburg.nl]]

**Aanleiding
Na het hoogwater van juli 2026 wachten 237 agrarische ondernemers nog op een beschikking van {{RVO}}. De
{{LLTB}} vraagt om een overbruggingsregeling tot de uitbetaling onder de {{Wet tegemoetkoming schade bij
rampen}}.

**Geadviseerd besluit
Aan het college wordt gevraagd in te stemmen met een renteloze overbruggingslening van maximaal 50.000 euro
per bedrijf, uit te voeren door het {{Stimuleringsfonds Limburg}}, met een totaalbudget van 6 miljoen euro.

**Kern
- De lening wordt verrekend met de tegemoetkoming van {{RVO}}.
- Staatssteun: de lening valt onder de {{Landbouwvrijstellingsverordening}} (ABER), artikel 25.
- Uitvoeringskosten: 180.000 euro.

**Krachtenveld
{{LNV}} staat positief tegenover de regeling. De gemeenten {{Roermond}} en {{Roerdalen}} willen meebetalen.

**Paraafroute
|| Naam | Functie | Paraaf | Datum |
| [[Twan Lemmens]] | beleidsmedewerker | [[TLe]] | 7-10 |
| [[Jérôme Kockelkorn]] | jurist | [[JKo]] | 7-10 |
| [[Mirjam van den Boogaart-Smeets]] | teamleider | [[MvdB]] | 8-10 |

**Informatie die niet openbaar gemaakt kan worden
[invullen]
""", producer="rl", font="Helvetica", meta={"Author": "Lemmens, T.", **WORD}, title="Beslisnota overbruggingslening"))

DOCS.append(Doc("sf16_persbericht", """
# PERSBERICHT

Maastricht, 9 oktober 2026

**Provincie helpt boeren met renteloze lening na hoogwater

{{Provincie Limburg}} stelt 6 miljoen euro beschikbaar voor renteloze overbruggingsleningen aan agrarische
ondernemers die na het hoogwater van juli nog wachten op hun tegemoetkoming. Dat heeft {{Gedeputeerde Staten}}
vandaag besloten.

"Boeren moeten nu voer kopen voor de winter, niet pas als de beschikking binnen is," zegt gedeputeerde
{{Ilse Vroemen-Lenders|ROLE}}. "Met deze lening overbruggen we die periode."

De lening wordt uitgevoerd door het {{Stimuleringsfonds Limburg}}. Ondernemers kunnen vanaf 15 oktober een
aanvraag doen via {{www.stimuleringsfondslimburg.nl}}. De tegemoetkoming zelf blijft lopen via de
{{Rijksdienst voor Ondernemend Nederland}} ({{RVO}}), die namens de minister van {{LNV}} de
{{Wet tegemoetkoming schade bij rampen}} uitvoert.

Foto bij dit bericht: [[Bas Quaedvlieg]], Fotografie [[Quaedvlieg]].

Noot voor de redactie
Voor meer informatie: woordvoering {{Provincie Limburg}}, {{pers@prvlimburg.nl}}, (043) 389 76 00.
Niet voor publicatie: vragen over individuele dossiers via [[Esther 't Hoen]], [[06 1455 8023]],
[[e.thoen@prvlimburg.nl]].
""", producer="rl", font="DejaVuSans", meta={**WORD}, title="Persbericht overbruggingslening"))

DOCS.append(Doc("sf17_rooster_experts", """
# Inzetrooster schade-experts week 40-41 (vertrouwelijk)
{{Schade Expertise Zuid B.V.}} | Project {{SEZ-RVO-2026-11}}

|| Expert | Pers.nr. | Mobiel | Regio | Dagen |
| [[G.J. Hoebergen]] | ZZP | [[06-51190372]] | {{Roerdalen}} | ma di do vr |
| [[Ludo Franssen]] | 10442 | [[06 2847 6611]] | {{Roermond}} | ma wo do |
| [[Yvonne Smeets-Geurts]] | 10518 | [[+31 6 1188 2049]] | {{Maasgouw}} | di wo vr |
| [[Ştefan Popescu]] | 10603 | [[06 3872 1159]] | {{Roerdalen}} | ma di wo |
| [[Bram Dijcks]] | 10377 | [[0031 6 4409 7712]] | {{Venlo}} | ma do vr |
| [[Petronella (Nel) Hautvast]] | 10129 | [[06-30045518]] | {{Swalmen}} | di do vr |

Planning: [[Y. Smeets-Geurts]] (toestel [[043 350 6610 - 214]])
Bij ziekte melden bij de planner vóór 08:00. Algemeen nummer {{Schade Expertise Zuid}}: (043) 350 66 10.
""", producer="rl", font="DejaVuSans", meta={"Author": "Smeets-Geurts, Y.", "Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel®"}, title="Inzetrooster week 40-41"))
