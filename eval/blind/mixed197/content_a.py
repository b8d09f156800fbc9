"""Documents as01-as16 of set mixed197 (asbestos in the Jan Ligthartschool, Amersfoort)."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
OUT = "Microsoft Outlook 16.0"
DOCS = []

DOCS.append(Doc("as01_woo_verzoek", """# Verzoek op grond van de Wet open overheid
[[Roel Winkelman]]
[[Kersenhof 14]]
[[3815 AB]] {{Amersfoort}}
[[roel.winkelman@ziggo.nl]] / [[06-19 47 23 58]]

Aan het college van burgemeester en wethouders van de {{gemeente Amersfoort}}
t.a.v. {{woo@amersfoort.nl}}

Amersfoort, 2 februari 2026

Onderwerp: Woo-verzoek asbest {{Jan Ligthartschool}}

Geacht college,

Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de vondst van asbest tijdens de renovatie van de {{Jan Ligthartschool}} aan de {{Noordewierweg 85}} in {{Amersfoort}}, in de periode 1 september 2025 tot en met 31 januari 2026. Het gaat mij in ieder geval om: de asbestinventarisatie van {{Asbestinventarisatie Midden-Nederland BV}}, de correspondentie tussen het team {{Onderwijshuisvesting}} en de directie van de school, de brieven aan ouders, de rapportages van het schoolbestuur {{Stichting Eemvallei Onderwijs}}, verslagen van bouwvergaderingen en de beantwoording van de raadsvragen.

Mijn dochter zit in groep 6 van de school. Ik begrijp dat persoonsgegevens worden weggelakt; ik heb geen bezwaar tegen het weglakken van namen van medewerkers.

Ik ontvang de stukken graag digitaal op bovenstaand e-mailadres.

Met vriendelijke groet,

[[R.J. Winkelman]]
""", font="Times", size=11, meta={"Producer": "PDFpen 13.1", "Creator": "PDFpen", "Author": "Roel Winkelman"}))

DOCS.append(Doc("as02_ontvangstbevestiging", """Gemeente Amersfoort
Team Juridische Zaken
Postbus 4000, 3800 EA Amersfoort

De heer [[R.J. Winkelman]]
[[Kersenhof 14]]
[[3815 AB]] Amersfoort

Datum: 9 februari 2026
Ons kenmerk: {{WOO-2026-0347}}
Zaaknummer: {{Z/26/118204}}
Behandeld door: [[A. Kroeze]]
Telefoon: [[033 469 41 87]]

Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Winkelman]],

Op 2 februari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over asbest in de {{Jan Ligthartschool}}. Uw verzoek is geregistreerd onder nummer {{WOO-2026-0347}}. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verlengen als dat nodig is. Omdat ook het schoolbestuur {{Stichting Eemvallei Onderwijs}} en {{Bouwbedrijf Van Essen}} bij de documenten betrokken zijn, vragen wij hen mogelijk om een zienswijze.

Heeft u vragen, neem dan contact op met [[mevrouw Kroeze]] via [[annelies.kroeze@amersfoort.nl]] of bel het algemene nummer {{14 033}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[Annelies Kroeze]]
juridisch adviseur informatieverzoeken
""", engine="docx", size=10, meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Gemeente Amersfoort"}))

DOCS.append(Doc("as03_bestuursrapportage_1", """# Rapportage aan de Raad van Toezicht - vondst asbest Jan Ligthartschool
{{Stichting Eemvallei Onderwijs}} | College van Bestuur | rapportage nr. {{RvT-2025-11}}
Datum: 14 oktober 2025
Opgesteld door: [[P.J. Lammers]], bestuurder, en [[Saskia Mulder-de Wit]], beleidsmedewerker huisvesting

# 1. Aanleiding
Aanwezig bij de toelichting: [[Y.M. ter Beek]] (facilitair), [[ir. Govert Brinkhuis]] (lid RvT, via Teams) en de controller [[Annemieke Stoop]].
Op 6 oktober 2025 heeft een medewerker van {{Bouwbedrijf Van Essen}} bij het verwijderen van de vloerbedekking in lokaal 1.04 van de {{Jan Ligthartschool}} een verdachte zwarte lijmlaag en vloertegels aangetroffen. De uitvoerder, [[Kees Brouwer]], heeft het werk direct stilgelegd en de directeur, [[mevrouw Oudshoorn]], gewaarschuwd. Volgens de {{asbestinventarisatie}} uit 2023 (type A, {{SC-540}}) was het gebouw in de renovatiezone asbestvrij. Er is een aanvullend onderzoek (type B, destructief) uitgevoerd door {{Asbestinventarisatie Midden-Nederland BV}}.

# 2. Stand van zaken
In de vinyltegels en de bitumineuze lijm is {{chrysotiel}} aangetroffen (2-5%), hechtgebonden. Ook achter de radiatoren in de gymzaal zijn {{Eternit}}-platen gevonden. De vleugel met de lokalen 1.01 tot en met 1.08 is afgesloten. Groep 4 tot en met 8 krijgen les in het {{Mondriaanpaviljoen}} aan de {{Johan de Wittlaan 4}}. De conciërge, [[Henk Scholten]], heeft de afzetting gecontroleerd.

| Onderwerp | Eigenaar | Status |
| Contact gemeente (Onderwijshuisvesting) | [[PJL]] | loopt |
| Brief aan ouders | [[HO]] / [[SMdW]] | verzonden 8 oktober |
| Melding bij ODRU | Van Essen | gedaan |
| Overleg MR | [[HO]] | 20 oktober |

# 3. Financiën
De kosten van sanering worden geraamd op EUR 186.000. Volgens het {{Integraal Huisvestingsplan}} is de gemeente verantwoordelijk voor de kosten van onvoorziene asbestsanering bij renovatie. Het bestuur heeft dit op 10 oktober gemeld bij [[Marloes Verhagen-Bos]] van de gemeente.

===
# 4. Risico's
De risicoklasse is vastgesteld op {{risicoklasse 2}}. Luchtmetingen in de aangrenzende lokalen (uitgevoerd volgens {{NEN 2990}}) geven geen verhoogde vezelconcentraties. Het {{GGD regio Utrecht}} adviseert dat er voor leerlingen en personeel geen gezondheidsrisico is. Eén ouder, [[de heer Winkelman]], heeft gevraagd om alle rapporten.

Een medewerker van de aannemer heeft een blootstellingsmelding gedaan; de afhandeling ligt bij de werkgever. Het bestuur heeft zorgen over de communicatie met het personeel; [[juf Maaike]] van groep 5 heeft namens het team gevraagd om een extra teamvergadering.

# 5. Voorstel
De Raad van Toezicht wordt gevraagd kennis te nemen van deze rapportage en in te stemmen met het voorstel de MR maandelijks te informeren.

[[P.J. Lammers]]
bestuurder {{Stichting Eemvallei Onderwijs}}
""", font="DejaVu", size=10, meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": W, "Author": "Yvonne ter Beek"},
    hidden=[("metadata", "PERSON", "Yvonne ter Beek")]))

DOCS.append(Doc("as04_asbestinventarisatie", """# Asbestinventarisatierapport type B
{{Asbestinventarisatie Midden-Nederland BV}} ({{AIMN}}) | {{SC-540}} gecertificeerd | certificaat {{Ascert}} 2018-AI-0344
Projectnummer: {{AI-2026-0418}} | Object: {{Jan Ligthartschool}}, {{Noordewierweg 85}}, {{Amersfoort}}
Opdrachtgever: {{Stichting Eemvallei Onderwijs}}, contactpersoon [[Y.M. ter Beek]]
Inventariseerder (DIA): ing. [[Maarten Kooijman]], persoonscertificaat [[DIA-nr. 2019-04417]]
Datum veldwerk: 9 en 10 oktober 2025 | Versie 1.1 | Datum rapport: 17 oktober 2025

# 1. Samenvatting
Bij het aanvullend onderzoek zijn zes asbestverdachte bronnen onderzocht. In vier bronnen is asbest aangetoond. De bronnen moeten voor de renovatie worden verwijderd door een {{SC-530}} gecertificeerd asbestverwijderingsbedrijf. Voor bron 3 en 4 geldt {{risicoklasse 2}}; voor de overige bronnen risicoklasse 1.

| Bron | Locatie | Omschrijving | Asbest | Hoeveelheid | Risicoklasse |
| 1 | lokaal 1.04 | vinyltegels 30x30 | 3% chrysotiel | 64 m2 | 2 |
| 2 | lokaal 1.04 | bitumineuze lijm | 2% chrysotiel | 64 m2 | 2 |
| 3 | gymzaal | vlakke plaat achter radiator | 10-15% chrysotiel | 11 m2 | 2 |
| 4 | kruipruimte | leidingisolatie | 5% amosiet | 18 m1 | 2 |
| 5 | meterkast | board | niet aangetoond | - | - |
| 6 | lokaal 1.07 | kit beglazing | niet aangetoond | - | - |

# 2. Werkwijze
Het onderzoek is uitgevoerd conform de {{SC-540}} en {{NEN 5707}}. Monsters zijn geanalyseerd door {{Laboratorium Vezeltest BV}} (RvA L 412) volgens {{NEN 5896}}. Het veldwerk is begeleid door de conciërge, de heer [[Scholten]].

===
# 3. Conclusies en aanbevelingen
- De asbesthoudende toepassingen moeten voor verdere renovatie worden verwijderd.
- Na sanering moet een vrijgavemeting plaatsvinden door een onafhankelijk laboratorium (NEN 2990).
- Het type A-rapport uit 2023 ({{AI-2023-0112}}) is op dit punt onvolledig; de kruipruimte was toen niet toegankelijk.
- De {{Annie M.G. Schmidtzaal}} en het {{Mondriaanpaviljoen}} zijn niet onderzocht en vallen buiten de scope.

# 4. Ondertekening
Opgesteld: ing. [[M. Kooijman]], DIA | Gecontroleerd: [[Ewa Kowalczyk-Brandt]], kwaliteitsmanager
Voor vragen: [[m.kooijman@aimn.nl]], [[+31 (0)30 221 87 40]] of {{info@aimn.nl}}.
""", font="Helvetica", size=9.5, meta={"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "Creator": "AsbestRapport 4.2",
    "Author": "AIMN"}, outline=["Samenvatting", "Bijlage 2 - veldwerk Lotte Jacobs", "Review Gerrit Haanstra",
                                                "Akkoord opdrachtgever S. Mulder-de Wit", "Foto's - tel. 06 2290 1175"],
    hidden=[("outline", "PERSON", "S. Mulder-de Wit"), ("outline", "PHONE", "06 2290 1175"), ("outline", "PERSON", "Lotte Jacobs"), ("outline", "PERSON", "Gerrit Haanstra")]))

DOCS.append(Doc("as05_analysecertificaat", """# ANALYSECERTIFICAAT
{{Laboratorium Vezeltest BV}} - RvA L 412
Certificaatnummer: {{VT-25-88213}}
Opdrachtgever: {{AIMN}}, t.a.v. [[M. Kooijman]]
Project: {{AI-2026-0418}} {{Jan Ligthartschool}}
Ontvangen: 10-10-2025  Analyse: 13-10-2025
Methode: {{NEN 5896}} (PLM/SEM)

| Monster | Omschrijving | Resultaat | Type |
| M01 | vinyltegel lok 1.04 | 3% | chrysotiel |
| M02 | lijm lok 1.04 | 2% | chrysotiel |
| M03 | plaat gymzaal | 10-15% | chrysotiel |
| M04 | leidingisolatie | 5% | amosiet |
| M05 | board meterkast | n.a. | - |
| M06 | kit lok 1.07 | n.a. | - |

Analist: [[dr. E. Kowalczyk-Brandt]]
Paraaf: [[EKB]]
Tweede lezing: [[J. Oyelaran]]
Vragen: {{lab@vezeltest.nl}} of [[030-2876 455]] (toestel [[214]])
""", font="Courier", size=9.5, meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "LIMS VezelLab", "Author": "LIMS"}))

DOCS.append(Doc("as06_mail_eerste_vondst", """Van: [[Oudshoorn, Hanneke]] <[[h.oudshoorn@eemvallei.nl]]>
Verzonden: maandag 6 oktober 2025 14:12
Aan: [[Verhagen-Bos, Marloes]] <[[m.verhagen-bos@amersfoort.nl]]>
CC: [[Lammers, Pieter]] <[[p.lammers@eemvallei.nl]]>; {{onderwijshuisvesting@amersfoort.nl}}
Onderwerp: URGENT: mogelijk asbest lokaal 1.04

Hoi [[Marloes]],

Vanochtend heeft de aannemer in lokaal 1.04 bij het weghalen van het tapijt zwarte lijm en oude tegels gevonden. [[Kees]] (uitvoerder {{Bouwbedrijf Van Essen}}) heeft het werk meteen stilgelegd. [[Henk]] heeft de gang afgezet met linten. Ik heb de kinderen van groep 5 en 6 naar de {{Annie M.G. Schmidtzaal}} gestuurd.

Kun jij zorgen dat er morgen iemand van jullie kijkt? Ik wil vandaag nog een brief naar de ouders sturen. Ik ben bereikbaar op [[06-28 19 40 73]].

Groet,
[[Hanneke Oudshoorn]]
directeur {{Jan Ligthartschool}}
{{Noordewierweg 85}} | {{Amersfoort}}

Van: [[Verhagen-Bos, Marloes]] <[[m.verhagen-bos@amersfoort.nl]]>
Verzonden: maandag 6 oktober 2025 15:03
Aan: [[Oudshoorn, Hanneke]] <[[h.oudshoorn@eemvallei.nl]]>
CC: [[van 't Hek, Ruben]] <[[r.vanthek@amersfoort.nl]]>; [[Nijenhuis, Ilse]] <[[ilse.nijenhuis@amersfoort.nl]]>
Onderwerp: RE: URGENT: mogelijk asbest lokaal 1.04

Beste [[Hanneke]],

Dank voor je snelle melding. Goed dat het werk is stilgelegd. [[Ruben]] van ons team vastgoed komt morgen om 8.00 uur langs met iemand van {{AIMN}}. Ik heb ook de {{Omgevingsdienst regio Utrecht}} ({{ODRU}}) ingelicht.

Wil je de brief aan ouders eerst even naar mij en onze communicatieadviseur sturen? De wethouder wil graag meelezen. Volgens het {{Integraal Huisvestingsplan}} 2024-2040 is dit een onvoorziene kostenpost; daar komen we later op.

===
Met vriendelijke groet,

[[Marloes Verhagen-Bos]]
projectleider onderwijshuisvesting
Gemeente Amersfoort | Stadhuisplein 1
T [[06-41 27 83 90]]

Van: [[van 't Hek, Ruben]] <[[r.vanthek@amersfoort.nl]]>
Verzonden: maandag 6 oktober 2025 15:40
Aan: [[Verhagen-Bos, Marloes]]
Onderwerp: RE: RE: URGENT: mogelijk asbest lokaal 1.04

Prima, ik ben er om 8 uur. Ik neem het type A-rapport van 2023 mee ({{AI-2023-0112}}). Daar stond volgens mij de kruipruimte als 'niet toegankelijk' in.

[[Ruben van 't Hek]]
adviseur vastgoed | [[033 469 52 17]]
""", font="Helvetica", size=9.5, meta={"Producer": "Microsoft® Outlook for Microsoft 365", "Creator": OUT, "Author": "Marloes Verhagen-Bos"}))

DOCS.append(Doc("as07_mail_tijdelijke_huisvesting", """Van: [[Nijenhuis, Ilse]] <[[ilse.nijenhuis@amersfoort.nl]]>
Verzonden: donderdag 9 oktober 2025 09:27
Aan: [[Oudshoorn, Hanneke]] <[[h.oudshoorn@eemvallei.nl]]>
CC: [[Verhagen-Bos, Marloes]] <[[m.verhagen-bos@amersfoort.nl]]>; [[Mulder-de Wit, Saskia]] <[[s.mulderdewit@eemvallei.nl]]>
Onderwerp: tijdelijke huisvesting groepen 4 t/m 8

Beste mevrouw [[Oudshoorn]],

Zoals besproken kunnen de groepen 4 tot en met 8 vanaf maandag 13 oktober les krijgen in het {{Mondriaanpaviljoen}} aan de {{Johan de Wittlaan 4}}. Het paviljoen is eigendom van de gemeente en staat leeg sinds de verhuizing van {{OBS De Kameleon}}. Het leerlingenvervoer wordt geregeld via {{Taxi Centrale Eemland}}; de kosten vallen onder de regeling {{Leerlingenvervoer Amersfoort}}.

Wilt u uiterlijk vrijdag aan mij doorgeven hoeveel leerlingen gebruik maken van het vervoer? [[Saskia]] heeft al een eerste lijst gestuurd, maar daarin stonden ook privé-adressen van kinderen; die heb ik direct verwijderd.

Met vriendelijke groet,

[[Ilse Nijenhuis]]
beleidsmedewerker onderwijs
[[+31 (0)33 469 48 02]]

Van: [[Oudshoorn, Hanneke]] <[[h.oudshoorn@eemvallei.nl]]>
Verzonden: donderdag 9 oktober 2025 11:02
Aan: [[Nijenhuis, Ilse]]
Onderwerp: RE: tijdelijke huisvesting groepen 4 t/m 8

Dag [[Ilse]], dank! Het zijn 97 leerlingen. De conciërge [[Henk Scholten]] gaat vrijdag met [[Ruben]] de sleutels ophalen. Groet, [[Hanneke]]
""", font="Helvetica", size=10, meta={"Producer": "Microsoft® Outlook for Microsoft 365", "Creator": OUT}))

DOCS.append(Doc("as08_mail_odru_sloopmelding", """Van: [[Schellekens, Bart]] <[[b.schellekens@odru.nl]]>
Verzonden: vrijdag 10 oktober 2025 16:48
Aan: [[Brouwer, Kees]] <[[k.brouwer@vanessenbouw.nl]]>
CC: {{toezicht@odru.nl}}; [[Verhagen-Bos, Marloes]] <[[m.verhagen-bos@amersfoort.nl]]>
Onderwerp: sloopmelding {{OLO-7734120}} Jan Ligthartschool

Geachte heer [[Brouwer]],

De sloopmelding voor het verwijderen van asbest uit de {{Jan Ligthartschool}} is ontvangen via het {{Omgevingsloket}}. Op grond van artikel 7.18 {{Besluit bouwwerken leefomgeving}} mag de sanering pas vier weken na de melding beginnen, tenzij sprake is van een spoedeisende situatie. Ik heb vastgesteld dat de melding volledig is. Het saneringsbedrijf {{Hollander Asbestsanering}} ({{SC-530}}) staat erop vermeld.

Ik zal de werkzaamheden onaangekondigd controleren. De eindbeoordeling (vrijgave) moet door een geaccrediteerd laboratorium worden gedaan, niet door de aannemer zelf.

Met vriendelijke groet,

[[B.H.J. Schellekens]]
toezichthouder asbest {{ODRU}}
[[030-2345 817]] | [[06 1280 4419]]

Van: [[Brouwer, Kees]] <[[k.brouwer@vanessenbouw.nl]]>
Verzonden: vrijdag 10 oktober 2025 17:05
Aan: [[Schellekens, Bart]]
Onderwerp: RE: sloopmelding

Dank u. Wij starten op 10 november. Onze KAM-coördinator [[Linda Hoekstra]] stuurt het saneringsplan. [[Kees Brouwer]], uitvoerder {{Bouwbedrijf Van Essen}}, [[06 5123 9087]]
""", font="Times", size=10.5, meta={"Producer": "Microsoft: Print To PDF", "Creator": OUT}))

DOCS.append(Doc("as09_brief_ouders_1", """{{Jan Ligthartschool}}
{{Noordewierweg 85}}, 3812 DC {{Amersfoort}}
{{info@janligthart-amersfoort.nl}}

Amersfoort, 8 oktober 2025

Aan de ouders en verzorgers van de leerlingen van de {{Jan Ligthartschool}}

Onderwerp: asbest gevonden bij de renovatie

Beste ouders en verzorgers,

Bij de renovatie van ons schoolgebouw is maandag 6 oktober in één lokaal (1.04) mogelijk asbest gevonden onder de oude vloerbedekking. De aannemer heeft het werk direct stilgezet. Het lokaal en de gang zijn afgesloten. Uw kind is op geen enkel moment in het lokaal geweest: het werd al sinds de zomervakantie niet gebruikt.

Een gecertificeerd bureau doet deze week onderzoek. Tot er meer bekend is, krijgen de groepen 4 tot en met 8 les in het {{Mondriaanpaviljoen}} aan de {{Johan de Wittlaan 4}}. De {{GGD regio Utrecht}} is ingelicht en beantwoordt ook vragen van ouders via {{0800 8051}} of via de website.

Op dinsdag 14 oktober om 19.30 uur is er een informatieavond in de {{Annie M.G. Schmidtzaal}}. Daar zijn ook wethouder {{Fenna Oosterbeek}} en een deskundige van de GGD aanwezig.

Met vriendelijke groet,

[[Hanneke Oudshoorn]], directeur
[[drs. P.J. Lammers]], bestuurder {{Stichting Eemvallei Onderwijs}}

Vragen over de opvang of het vervoer? Bel de intern begeleider, [[Saskia Mulder-de Wit]], op [[033-4221 907]] of mail naar [[s.mulderdewit@eemvallei.nl]]. De leerkracht van groep 5, [[Maaike Veldkamp]], is op maandag en dinsdag ook telefonisch bereikbaar via de administratie.
""", engine="docx", size=10.5, meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Jan Ligthartschool"}))

DOCS.append(Doc("as10_brief_ouders_2", """# Nieuwsbrief asbest - update 3
{{Jan Ligthartschool}} | 21 november 2025

Beste ouders en verzorgers,

De sanering van de lokalen 1.01-1.08 is op 10 november begonnen door {{Hollander Asbestsanering}}. Op 19 november heeft {{Laboratorium Vezeltest BV}} de eindcontrole (vrijgavemeting volgens {{NEN 2990}}) gedaan: de lokalen zijn vrijgegeven. De resultaten liggen ter inzage bij de administratie.

In de gymzaal wordt de sanering in de kerstvakantie uitgevoerd. De gymlessen gaan tot die tijd door in sporthal {{De Schothorst}}.

Veel ouders vroegen naar de gezondheid van de medewerkers van de aannemer. Daarover kunnen wij geen informatie geven; het gaat om medische gegevens die bij de werkgever en de bedrijfsarts liggen.

Onze conciërge, [[meneer Henk]], heeft samen met de leerlingenraad (voorzitter [[Lieke Ooms]], groep 8) een bedankkaart gemaakt voor de saneerders. Voor vragen kunt u terecht bij mij of bij de contactpersoon van de medezeggenschapsraad, [[Jeroen van Dam]] ([[mr.jeroen.vandam@gmail.com]]). Vragen aan de gemeente: {{onderwijshuisvesting@amersfoort.nl}} of telefoon {{14 033}}.

Hartelijke groet,

[[Hanneke Oudshoorn]]
directeur
""", font="DejaVuSerif", size=10.5, meta={"Producer": "Nitro Pro 13 (13.70.2.40)", "Creator": "Nitro Pro", "Author": "Hanneke Oudshoorn"}))

DOCS.append(Doc("as11_scan_brief_ouder", """# Aan de directie van de Jan Ligthartschool
Amersfoort, 15 oktober 2025
Geachte mevrouw [[Oudshoorn]],
Na de informatieavond van gisteren heb ik nog steeds veel vragen.
Mijn zoon [[Daan]] (groep 5, juf [[Maaike]]) heeft [[HEALTH|astma]] en gebruikt
dagelijks een inhalator. Ik wil weten of hij in de gang bij
lokaal 1.04 is geweest. Ik vraag ook om het volledige rapport.
Met vriendelijke groet,
~ [[Fatima el Amrani]]
[[Bloemendalsestraat 31]]
[[3811 EP]] Amersfoort
telefoon [[06 3391 0726]]
""", scan={"angle": 0.7}, meta={"Producer": "Canon iR-ADV C5840 PDF", "Creator": "Canon iR-ADV C5840"}))
