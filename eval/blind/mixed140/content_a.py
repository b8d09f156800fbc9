"""Documents bg01-bg17 of set BG (cemeteries of gemeente Meppel). All persons invented."""
from lib import Doc

WORD = {"creator": "Microsoft® Word voor Microsoft 365", "producer": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"creator": "Microsoft Outlook", "producer": "Microsoft: Print To PDF"}

DOCS = [
Doc("bg01_woo_verzoek", """\
{{Sjoerd Altena}}
Havelterweg 118
7942 KL  Meppel
s.altena@ziggo.nl | 06-29 13 55 02

Aan het college van burgemeester en wethouders van de gemeente Meppel
t.a.v. de Woo-coördinator, Postbus 501, 7940 AM  Meppel
Per e-mail: woo@meppel.nl

Meppel, 12 februari 2026

Onderwerp: verzoek om openbaarmaking op grond van de Wet open overheid

Geacht college,

Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de
ruiming van graven op de Oude Begraafplaats aan de Kerkweg en op Begraafplaats Oosterveld in de periode van
1 januari 2024 tot en met de datum van dit verzoek. Het gaat mij in het bijzonder om:
1. het ruimingsbeleid en de besluitvorming daarover door het college, inclusief beslisnota's;
2. de correspondentie met nabestaanden en rechthebbenden van grafrechten over het verlopen van grafrechten;
3. de klachten van Uitvaartzorg De Koning over de gang van zaken bij begrafenissen en de afhandeling daarvan;
4. de adviezen van de Erfgoedcommissie Meppel over grafmonumenten van cultuurhistorische waarde;
5. het historische grafregister voor zover dat bij de besluitvorming is gebruikt.

Ik begrijp dat persoonsgegevens van nabestaanden zullen worden gelakt. Ik ontvang de documenten graag digitaal.

Met vriendelijke groet,

Sjoerd Altena
""".replace("{{Sjoerd Altena}}", "Sjoerd Altena"), style="times", meta=WORD),

Doc("bg02_ontvangstbevestiging", """\
Gemeente Meppel
Postbus 501 | 7940 AM  Meppel | telefoon 14 0522 | info@meppel.nl

De heer S. Altena
Havelterweg 118
7942 KL  Meppel

Datum: 16 februari 2026
Ons kenmerk: WOO-2026-0147
Zaaknummer: Z/26/08812
Behandeld door: [[M. Oosting]], Woo-coördinator
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Altena]],

Op 12 februari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de ruiming van graven op
de Oude Begraafplaats en Begraafplaats Oosterveld. Uw verzoek is geregistreerd onder nummer WOO-2026-0147.

Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verlengen (artikel 4.4 van de
Wet open overheid). Omdat in de documenten gegevens van nabestaanden en van een uitvaartonderneming staan, vragen
wij mogelijk derden om hun zienswijze (artikel 4.4 Woo). Dan wordt de beslistermijn opgeschort.

Heeft u vragen? Neem dan contact op met de Woo-coördinator via woo@meppel.nl of 14 0522. Vermeld altijd het
kenmerk WOO-2026-0147.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Meppel,

Mirjam Oosting
Woo-coördinator
""", style="dejavu", meta={"creator": "Aspose.Words for .NET 23.4", "producer": "Aspose.Words for .NET 23.4"}),

Doc("bg03_brief_kleinzoon", """\
Gerrit Mulder
Zomerdijk 7
7942 KL  Meppel
gerritmulder58@hotmail.com
tel. 0031 6 47 20 18 66

Gemeente Meppel, afdeling Openbare Ruimte
t.a.v. de beheerder begraafplaatsen
Postbus 501, 7940 AM  Meppel

Meppel, 4 maart 2025

Betreft: graf van mijn grootmoeder op de Oude Begraafplaats, vak C, rij 4, nummer 17

Geachte mevrouw [[Havinga]],

Via een bordje bij het graf las ik dat het grafrecht van het graf van mijn grootmoeder, Aaltje Mulder-Scheper
(1902-1979), is verlopen en dat het graf mogelijk wordt geruimd. Ik ben daar erg van geschrokken. Niemand van
de familie heeft een brief ontvangen. Mijn vader, [[Roelof Mulder]], was de rechthebbende; hij is in 2019 overleden en
ik heb nooit geweten dat het grafrecht op mijn naam moest worden overgeschreven.

Ik wil het grafrecht graag verlengen en op mijn naam zetten. Mijn zus [[Jannie Mulder]] en ik zijn bereid de kosten te
betalen. Kunt u mij laten weten wat ik daarvoor moet doen? Het grafmonument is in 1980 gemaakt door de vader van de
huidige eigenaar van Steenhouwerij Van Dalfsen en staat er nog goed bij.

Ik ben overdag bereikbaar op mijn mobiele nummer.

Met vriendelijke groet,

G. Mulder
""", style="helv", fontsize=10, meta={"creator": "Writer", "producer": "LibreOffice 7.5"}),

Doc("bg04_mailwisseling_ruiming", """\
Van: Havinga-Stoter, Ingrid <i.havinga@meppel.nl>
Verzonden: dinsdag 11 maart 2025 09:14
Aan: Beek, Rutger ter <r.terbeek@meppel.nl>
CC: Yıldırım, Sevda <s.yildirim@meppel.nl>; El Khatib, Hamid <h.elkhatib@meppel.nl>
Onderwerp: RE: ruimingsronde Oude Begraafplaats vak C

Hoi [[Rutger]],

Ik heb gisteren gebeld met de heer [[Mulder]] (vak C, rij 4, nr. 17). Zijn vader was rechthebbende en is overleden; de
overschrijving is nooit aangevraagd. Volgens artikel 28 van de Beheersverordening begraafplaatsen Meppel 2024 moeten we
de rechthebbende een jaar voor afloop schriftelijk informeren. Dat is gebeurd naar het laatst bekende adres, dus
formeel klopt het, maar de familie heeft niets ontvangen. Ik stel voor dat we vak C voorlopig uit de ruimingsronde
halen tot de administratie is nagelopen. [[Hamid]] kan de brieven uit 2023 nog eens uit het archief halen.

Groet,
Ingrid Havinga-Stoter
beheerder begraafplaatsen | gemeente Meppel
T 06-41 27 83 90 | begraafplaatsen@meppel.nl

Van: Beek, Rutger ter <r.terbeek@meppel.nl>
Verzonden: maandag 10 maart 2025 17:02
Aan: Havinga-Stoter, Ingrid <i.havinga@meppel.nl>
Onderwerp: ruimingsronde Oude Begraafplaats vak C

[[Ingrid]],

De wethouder vraagt hoe het staat met de ruiming van vak C. De aannemer (Grondwerken Brink) staat ingepland voor week
16. Kun jij bevestigen dat alle rechthebbenden zijn aangeschreven en dat de bordjes er zes maanden hebben gestaan?
===
Zie ook de klacht die binnenkwam van Uitvaartzorg De Koning over de begrafenis van vorige week; daar wil wethouder
Wessels-Brouwer vóór het portefeuillehoudersoverleg van 18 maart een notitie over.

Met vriendelijke groet,

Rutger ter Beek
teamleider Openbare Ruimte
Gemeente Meppel | Stadhuis, Hoofdstraat 20
(0522) 85 44 17

Van: Yıldırım, Sevda <s.yildirim@meppel.nl>
Verzonden: dinsdag 11 maart 2025 11:40
Aan: Havinga-Stoter, Ingrid <i.havinga@meppel.nl>; Beek, Rutger ter <r.terbeek@meppel.nl>
Onderwerp: RE: ruimingsronde Oude Begraafplaats vak C

Eens met [[Ingrid]]. Juridisch is de ruiming toegestaan als de aankondiging correct is gedaan (artikel 28
Wet op de lijkbezorging jo. de verordening), maar bij een aantoonbaar gemiste brief raad ik aan het graf niet te
ruimen en de nabestaande de kans te geven het grafrecht alsnog te verlengen. Ik zet dit in de notitie voor de
wethouder.

[[Sevda]]
juridisch adviseur, team Juridische Zaken
0522-854 402
""", style="cond", fontsize=9.5, meta=OUTLOOK),

Doc("bg05_klacht_uitvaartondernemer", """\
Uitvaartzorg De Koning
Eenmanszaak | KvK 84120377 | Kerkweg 3a, Meppel
telefoon 0522-24 61 08 | renée@uitvaartzorg-dekoning.nl

Aan het college van burgemeester en wethouders van Meppel
t.a.v. wethouder Wessels-Brouwer
Postbus 501, 7940 AM  Meppel

Meppel, 7 maart 2025

Betreft: klacht over de gang van zaken op Begraafplaats Oosterveld op 5 maart 2025

Geachte wethouder Wessels-Brouwer,

Hierbij dien ik een klacht in over de begrafenis die mijn onderneming op woensdag 5 maart 2025 verzorgde op
Begraafplaats Oosterveld. Bij aankomst van de rouwstoet bleek het graf niet volledig gedolven; de familie heeft ruim
veertig minuten in de kou moeten wachten. De aanwezige medewerker van de gemeente, de heer [[Zwiers]], was vriendelijk
maar kon niets doen omdat de minigraver defect was. Ook de Hendrik Kok Aula was niet verwarmd.

Dit is niet de eerste keer. Op 14 januari en 2 februari 2025 moest mijn medewerker [[Wouter]] Kamphuis ook al zelf
de dragers regelen omdat er geen personeel van de begraafplaats aanwezig was. Ik heb hierover toen gebeld met de
beheerder begraafplaatsen, mevrouw [[Havinga]], maar daarop niets meer gehoord.

Ik verzoek u de klacht te behandelen volgens hoofdstuk 9 van de Algemene wet bestuursrecht en mij te laten weten
welke maatregelen de gemeente neemt. Ik ben bereikbaar op +31 (0)6 55 82 14 73.

Hoogachtend,

Renée de Koning
eigenaar Uitvaartzorg De Koning
""", style="serif", fontsize=9.5, meta=WORD),

Doc("bg06_antwoord_wethouder", """\
Gemeente Meppel
Stadhuis, Hoofdstraat 20, Meppel | 14 0522 | klachten@meppel.nl

Uitvaartzorg De Koning
t.a.v. mevrouw [[R. de Koning]]
Kerkweg 3a
7941 CB  Meppel

Datum: 2 april 2025
Kenmerk: {{KL-2025-0031|REF}}
Contactpersoon: [[L. Reinders]], klachtencoördinator, l.reinders@meppel.nl
Onderwerp: afhandeling van uw klacht van 7 maart 2025

Geachte mevrouw de Koning,

Op 7 maart 2025 heeft u een klacht ingediend over de begrafenis op Begraafplaats Oosterveld op 5 maart 2025. Op
24 maart 2025 heeft u uw klacht toegelicht in een gesprek met de klachtencoördinator en de teamleider Openbare Ruimte.

Wij vinden uw klacht gegrond. Het graf had op tijd gedolven moeten zijn en de Hendrik Kok Aula had verwarmd moeten
zijn. Wij bieden u en de familie onze excuses aan. Wij hebben de volgende maatregelen genomen:
- er is een reservegraafmachine beschikbaar via Grondwerken Brink;
- bij iedere begrafenis zijn voortaan twee medewerkers van de begraafplaats aanwezig;
- de verwarming van de aula wordt op afstand geregeld en een dag van tevoren gecontroleerd.

Tegen deze beslissing op uw klacht kunt u geen bezwaar maken. Bent u het niet eens met de afhandeling, dan kunt u
zich wenden tot de Nationale ombudsman.

Met vriendelijke groet,
het college van burgemeester en wethouders van Meppel,

namens dezen,

wethouder Wessels-Brouwer
portefeuillehouder Openbare Ruimte en Begraafplaatsen

Kopie: [[R. ter Beek]], teamleider Openbare Ruimte; [[Ingrid Havinga-Stoter]], beheerder begraafplaatsen
""", style="helv", meta={"creator": "Corsa 7.2 (Corsa Documentaanmaak)", "producer": "iText 7.1.16 ©2000-2021 iText Group NV"}),

Doc("bg07_teams_chat", """\
# Teams-chat: Team Begraafplaatsen
Geëxporteerd op 6 maart 2025 08:02

[05-03-2025 10:41] [[Bart]] Zwiers: minigraver start niet, krijg m niet aan de praat
[05-03-2025 10:42] [[Teun]] Smeenge: ik kom eraan met de schop, hoe diep zit je
[05-03-2025 10:42] Bart Zwiers: 1.20 ongeveer, moet 1.85
[05-03-2025 10:44] Ingrid Havinga-Stoter: ik bel [[Henk]] van Grondwerken Brink, stoet komt om 11:00
[05-03-2025 10:47] Ingrid Havinga-Stoter: Henk kan pas om half 12 :(
[05-03-2025 10:48] Teun Smeenge: dan gaan we met de hand, [[Bartje]] pak jij de andere kant
[05-03-2025 11:02] Bart Zwiers: stoet staat al bij het hek. [[Renée]] van De Koning is niet blij
[05-03-2025 11:03] Ingrid Havinga-Stoter: ik bel haar. [[Teunie]] kun je de aula aanzetten?
[05-03-2025 11:05] Teun Smeenge: aula verwarming doet het ook niet, ketel staat op storing
[05-03-2025 11:40] Bart Zwiers: graf klaar. familie was erg geduldig, maar de weduwe had het zichtbaar koud
[05-03-2025 13:15] Hamid El Khatib: ik heb de begraving ingeschreven in het register, vak F rij 2 nr 9
[05-03-2025 13:16] Ingrid Havinga-Stoter: dank [[Hamid]]. Ik zet alles op een rij voor [[Rutger]]
[05-03-2025 13:20] Rutger ter Beek: graag voor vrijdag, wethouder Wessels-Brouwer wil het weten
[05-03-2025 16:58] Bart Zwiers: minigraver morgen naar dealer in Hoogeveen, bellen op 06 23 11 90 45 als er wat is
""", style="dejavu", fontsize=9, meta={"creator": "Microsoft Teams", "producer": "Skia/PDF m120"}),

Doc("bg08_formulier_grafrecht", """\
# Aanvraag verlenging of overschrijving grafrecht
Gemeente Meppel | Begraafplaatsen | begraafplaatsen@meppel.nl | 14 0522

Gebruik dit formulier om een grafrecht te verlengen of op naam van een nieuwe rechthebbende te zetten
(artikel 19 en 20 van de Beheersverordening begraafplaatsen Meppel 2024).

Naam aanvrager:

Adres:

Telefoon:

E-mail:

Begraafplaats en grafnummer:

Relatie tot overledene:

Verlenging (aantal jaren):

Datum en handtekening:


Het tarief voor verlenging staat in de Verordening lijkbezorgingsrechten 2026. U ontvangt een factuur nadat de
verlenging is geregistreerd. Uw gegevens worden gebruikt voor de grafadministratie (artikel 6 lid 1 sub e AVG).
""", style="helv", fontsize=10,
    form=[(0, "naam", "Gerrit Mulder", 230, 701, 280), (0, "adres", "Zomerdijk 7, 7942 KL Meppel", 230, 679.4, 280),
          (0, "telefoon", "0031 6 47 20 18 66", 230, 657.8, 280), (0, "email", "gerritmulder58@hotmail.com", 230, 636.2, 280),
          (0, "graf", "Oude Begraafplaats, C-4-17", 230, 614.6, 280), (0, "relatie", "kleinzoon", 230, 593, 280),
          (0, "jaren", "20", 230, 571.4, 280), (0, "datum", "18-03-2025, G. Mulder", 230, 549.8, 280)],
    hidden=[("PERSON", "Gerrit Mulder", "annotations"), ("ADDRESS", "Zomerdijk 7", "annotations"),
            ("PHONE", "0031 6 47 20 18 66", "annotations"), ("EMAIL", "gerritmulder58@hotmail.com", "annotations"),
            ("PERSON", "G. Mulder", "annotations")],
    meta={"creator": "Nitro Pro 13", "producer": "Nitro Pro 13 (13.70.2.40)"}),

Doc("bg09_grafregister_uittreksel", """\
# Historisch grafregister Oude Begraafplaats - uittreksel vak C
Bron: grafregister 1868-1990 (gedigitaliseerd 2022) en actuele grafadministratie | zaak Z/26/08812

Kolommen: graf | overledene (geboren-overleden) | begraven | rechthebbende (actueel) | grafrecht tot
| C-1-03 | Albertus Roelofs (1859-1918) | 14-11-1918 | geen (vervallen) | 1968 |
| C-1-04 | Harm Jan Nijsingh (1848-1920), notaris | 02-03-1920 | [[Thijs Ebbinge]] | 2031 |
| C-2-11 | Klaas Prins (1890-1944), verzetsstrijder | 27-04-1945 (herbegraven) | Stichting Dr. Anna Feitsma Fonds | 2045 |
| C-3-08 | Jan Hendrik Kuiperij (1871-1934) | 09-06-1934 | [[E.J. van der Sluis-Gorter]] | 2024 (verlopen) |
| C-4-17 | Aaltje Mulder-Scheper (1902-1979) | 21-08-1979 | [[Roelof Mulder]] (overleden 2019) | 2024 (verlopen) |
| C-4-18 | Geesje Boerema-Lok (1911-1968) | 30-01-1968 | [[Jürgen Hoffmann]], {{Osnabrück|LOC}} | 2028 |
| C-5-02 | Trijntje Bosscher-Hulst (1899-1977) | 12-12-1977 | [[Hendrika Bosscher-Lamberts]] | 2027 |
| C-5-03 | Lucas Reinier van Swinderen (1824-1897), burgemeester | 19-05-1897 | gemeente Meppel (monument) | onbepaald |

Toelichting
De namen en jaartallen van overledenen staan op de grafmonumenten en in het openbare historische grafregister
dat het Regionaal Archief Zuidwest-Drenthe beheert. De AVG is niet van toepassing op gegevens van overleden personen.
Gegevens van levende rechthebbenden zijn persoonsgegevens; adressen staan in de grafadministratie en niet in dit
uittreksel, behalve waar dat voor de aanschrijving nodig was (zie bijlage).
===
## Bijlage: adressen voor aanschrijving (stand 1 oktober 2023)
| graf | rechthebbende | adres | telefoon |
| C-1-04 | T. Ebbinge | [[Nieuwe Prinsengracht 31|ADDRESS]], Meppel | [[06-12 48 90 33|PHONE]] |
| C-3-08 | mw. [[E.J. van der Sluis-Gorter]] | [[Vledderstraat 5|ADDRESS]], Havelte | onbekend |
| C-4-17 | [[R. Mulder]] (overleden) | [[Zuideinde 48|ADDRESS]], Meppel | - |
| C-4-18 | J. Hoffmann | Lotter Straße 41, Osnabrück (D) | +49 541 66 20 37 |
| C-5-02 | H. Bosscher-Lamberts | Wilhelminapark 22, Meppel | [[(0522) 25 17 40|PHONE]] |

Opmerking grafadministratie: brief aan C-4-17 retour ontvangen op 9 november 2023 ('overleden'); geen
vervolgactie geregistreerd. Mededelingsbordjes geplaatst op 1 september 2024. Uittreksel opgesteld door
[[H. El Khatib]], medewerker grafadministratie.
""", style="cond", fontsize=9, colw=[45, 200, 80, 100, 50],
    meta={"creator": "Microsoft® Excel® voor Microsoft 365", "producer": "Microsoft® Excel® voor Microsoft 365"}),

Doc("bg10_notulen_erfgoedcommissie", """\
# Verslag vergadering Erfgoedcommissie Meppel
Datum: 20 maart 2025, 19:30 uur | Locatie: Hendrik Kok Aula, Begraafplaats Oosterveld

| Aanwezig | rol | code |
| Ferdinand Bloemendal | voorzitter | FB |
| Hester de Wolff | lid (architectuurhistoricus) | HdW |
| Jakob Sikkema | lid (archeoloog) | JS |
| Anouk Dijkhuizen | beleidsmedewerker erfgoed (adviseur) | AD |
| Gerda Pruim | secretaris | GP |
| Afwezig met kennisgeving: Aafke Hoekstra-Veen | lid | AHV |

1. Opening en mededelingen
De voorzitter opent de vergadering. Wethouder Wessels-Brouwer heeft laten weten de commissie in mei te willen
spreken over het ruimingsbeleid. Mevrouw [[Dijkhuizen]] meldt dat de Rijksdienst voor het Cultureel Erfgoed een
handreiking over funerair erfgoed heeft gepubliceerd.

2. Ruimingsronde Oude Begraafplaats, vak C
De commissie bespreekt de lijst van graven waarvan het grafrecht is verlopen. Vijf grafmonumenten hebben volgens
[[HdW|INITIALS]] cultuurhistorische waarde, waaronder het graf van notaris Harm Jan Nijsingh en het graf van verzetsstrijder
Klaas Prins. Het graf van burgemeester Lucas Reinier van Swinderen is al gemeentelijk monument. De heer [[Sikkema]]
wijst erop dat onder vak C mogelijk resten van de middeleeuwse kerkhofmuur liggen; hij adviseert een
archeologische begeleiding van de ruiming.
===
3. Advies grafmonumenten
De commissie adviseert het college om (a) de vijf monumenten te behouden en op de lijst van beschermde
grafmonumenten te plaatsen, (b) nabestaanden actief te benaderen via het Regionaal Archief Zuidwest-Drenthe en
(c) de Monumentenwacht Drenthe te vragen de stabiliteit te keuren. [[FB|INITIALS]] en [[AD|INITIALS]] stellen de adviesbrief op.

4. Rondvraag
De heer [[Bloemendal]] vraagt of de commissie een exemplaar van het historische grafregister kan krijgen. Mevrouw
[[Pruim]] zegt toe dit te regelen. Voorzitter bereikbaar via f.bloemendal@kpnmail.nl voor de adviesbrief.

## Actielijst
| nr | actie | wie | wanneer |
| 25-07 | concept adviesbrief grafmonumenten | FB / AD | 10 april |
| 25-08 | uittreksel grafregister aan commissieleden | GP | 31 maart |
| 25-09 | offerte stabiliteitskeuring Monumentenwacht Drenthe | AD | 15 april |
| 25-10 | contact archeologische begeleiding | JS | 15 april |

Verslag: [[G. Pruim]], secretaris. Vastgesteld in de vergadering van 22 mei 2025.
""", style="helv", fontsize=9.5, meta={"creator": "Writer", "producer": "LibreOffice 7.6", "author": ""}),
]

# bg10: the paraph codes in the tables are personal data too
DOCS[-1].red += [("FB", "INITIALS"), ("HdW", "INITIALS"), ("JS", "INITIALS"), ("AD", "INITIALS"),
                 ("GP", "INITIALS"), ("AHV", "INITIALS")]
