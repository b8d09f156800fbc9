"""Documents bg18-bg33 of set BG (cemeteries of gemeente Meppel). All persons invented."""
from lib import Doc

WORD = {"creator": "Microsoft® Word voor Microsoft 365", "producer": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"creator": "Microsoft Outlook", "producer": "Microsoft: Print To PDF"}

DOCS = [
Doc("bg18_persbericht", """\
# PERSBERICHT
Gemeente Meppel, 28 maart 2025

## Ruiming vak C Oude Begraafplaats uitgesteld; vijf grafmonumenten blijven behouden

Het college van burgemeester en wethouders van Meppel stelt de ruiming van graven in vak C van de Oude Begraafplaats aan de Kerkweg uit. Uit een controle van de grafadministratie blijkt dat niet alle nabestaanden bericht hebben gekregen over het verlopen van hun grafrecht. Nabestaanden krijgen tot 1 oktober 2025 de tijd om het grafrecht te verlengen.

Wethouder Wessels-Brouwer: "Een graf is voor veel mensen een plek van herinnering. Als we een graf ruimen, moeten we zeker weten dat de familie dat op tijd heeft kunnen weten. Dat is niet overal gebeurd, en daarvoor bieden we onze excuses aan."

Op advies van de Erfgoedcommissie Meppel blijven vijf grafmonumenten van cultuurhistorische waarde behouden, waaronder het graf van verzetsstrijder Klaas Prins (1890-1944), naar wie ook de Klaas Prinsstraat is genoemd, en het graf van notaris Harm Jan Nijsingh. De gemeente vraagt de Monumentenwacht Drenthe de monumenten te keuren.

Nabestaanden die willen weten of hun graf op de lijst staat, kunnen contact opnemen via begraafplaatsen@meppel.nl of 14 0522. Op woensdag 9 april 2025 is er een informatieavond in de Hendrik Kok Aula op Begraafplaats Oosterveld.

Foto: medewerker Bart Zwiers plaatst een mededelingsbordje bij een graf in vak C.

Noot voor de redactie (niet voor publicatie):
Voor vragen kunt u contact opnemen met {{Marloes Timmer|PUBLIC_SPOKESPERSON}}, woordvoerder van het college, via het persnummer {{0522-85 40 00|PHONE_GENERAL}} of {{pers@meppel.nl|MAILBOX}}.
""", style="helv", fontsize=10,
    hidden=[("PERSON", "Koen van 't Hul", "metadata")],
    meta={"author": "Koen van 't Hul", "title": "Persbericht ruiming vak C", "creator": "Microsoft® Word 2019",
          "producer": "Microsoft® Word 2019"}),

Doc("bg19_brief_rechthebbende", """\
Gemeente Meppel
Postbus 501, 7940 AM Meppel | 14 0522 | begraafplaatsen@meppel.nl

Herrn Jürgen Hoffmann
Lotter Straße 41
49078 Osnabrück
Duitsland

Datum: 14 april 2025
Ons kenmerk: {{BGR-2025-0388|REF}}
Onderwerp: grafrecht Oude Begraafplaats, graf C-4-18 (Geesje Boerema-Lok)

Geachte heer Hoffmann,

U staat in onze administratie geregistreerd als rechthebbende van het graf C-4-18 op de Oude Begraafplaats in Meppel, waarin Geesje Boerema-Lok (1911-1968) is begraven. Het grafrecht loopt tot 1 februari 2028.

Wij schrijven u aan omdat wij bij de voorbereiding van een ruimingsronde hebben gezien dat het grafmonument tijdelijk is verwijderd voor herstel door Steenhouwerij Van Dalfsen. Het monument wordt in juni 2025 teruggeplaatst. U hoeft daarvoor niets te doen; de kosten zijn voor de gemeente.

Het grafrecht kunt u vanaf nu al verlengen met 10 of 20 jaar. De tarieven staan in de Verordening lijkbezorgingsrechten 2026. Gebruik daarvoor het formulier op de website of neem contact op via begraafplaatsen@meppel.nl. Wij kunnen u ook in het Duits of Engels te woord staan.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Meppel,

de beheerder begraafplaatsen
""", docx=True, fontsize=10,
    hidden=[("PERSON", "Hamid El Khatib", "metadata")],
    meta={"xmp_creator": "Hamid El Khatib", "creator": "Writer", "producer": "LibreOffice 7.6"}),

Doc("bg20_raadsvragen", """\
# Schriftelijke vragen ex artikel 40 Reglement van orde
Vragensteller: raadslid Mennega (ChristenUnie)
Datum ingekomen: 1 april 2025 | nummer {{RV-2025-014|REF}}
Onderwerp: ruiming graven Oude Begraafplaats

In de {{Meppeler Courant|ORG}} van 29 maart 2025 lees ik dat nabestaanden niet op de hoogte waren van de ruiming van graven op de Oude Begraafplaats. Ik heb de volgende vragen aan het college:
1. Hoeveel rechthebbenden zijn niet bereikt en hoe is dat gekomen?
2. Is het college bereid om geen enkel graf te ruimen zolang de nabestaanden niet persoonlijk zijn benaderd?
3. Hoe worden graven van oorlogsslachtoffers en verzetsmensen, zoals het graf van Klaas Prins, beschermd?
4. Kan de raad het advies van de Erfgoedcommissie Meppel ontvangen?

## Antwoorden van het college (verzonden 22 april 2025)
Antwoord 1: Van de 83 graven in vak C waren 61 grafrechten verlopen. Bij 9 rechthebbenden is de brief retour gekomen of was het adres niet meer actueel. In één geval was de rechthebbende overleden zonder dat het grafrecht was overgeschreven. De grafadministratie is niet tijdig bijgewerkt met gegevens uit de Basisregistratie Personen.
Antwoord 2: Ja. Het college heeft op 1 april 2025 besloten de ruiming op te schorten. Alle nabestaanden die wij kunnen vinden, ontvangen een persoonlijke brief; daarnaast staan er bordjes bij de graven en was er een informatieavond op 9 april 2025.
===
Antwoord 3: Graven van oorlogsslachtoffers worden niet geruimd. Het graf van Klaas Prins is in beheer bij de Stichting Dr. Anna Feitsma Fonds en wordt op voorstel van de Erfgoedcommissie Meppel aangewezen als beschermd grafmonument. Wij volgen daarbij de handreiking van de Rijksdienst voor het Cultureel Erfgoed.
Antwoord 4: Ja. Het advies van 10 april 2025 is als bijlage bij deze antwoorden gevoegd. De namen van de leden van de commissie zijn, op hun verzoek, niet opgenomen in de openbare bijlage.

Het college van burgemeester en wethouders van Meppel,
de secretaris, {{J.W. Hollander|PUBLIC_OFFICIAL}}                de burgemeester, {{H. Vlietstra|PUBLIC_OFFICIAL}}

Behandelend ambtenaar (niet voor publicatie): [[L. Reinders]], l.reinders@meppel.nl
""", style="serif", fontsize=9.5, meta={"creator": "iBabs", "producer": "iText® 5.5.13 ©2000-2020 iText Group NV"}),

Doc("bg21_whatsapp_export", """\
# WhatsApp-chat met [[Renée De Koning]]
Geëxporteerd door de gemeentetelefoon van de beheerder begraafplaatsen, 25 maart 2025

05-03-25 11:03 - Ingrid Gemeente: [[Renée]], het spijt me echt. Minigraver defect, de jongens graven met de hand. Uiterlijk half 12 klaar.
05-03-25 11:04 - [[Renée DK|PERSON]]: [[Ingrid]] dit kan echt niet. Familie staat buiten in de kou en de aula is ijskoud. De weduwe is 91!!
05-03-25 11:05 - Ingrid Gemeente: [[Teun]] kijkt naar de ketel. Ik kom zelf ook.
05-03-25 11:31 - [[Renée DK|PERSON]]: [[Wout]] regelt extra dragers. Zeg maar tegen [[Bartje]] dat hij de lier klaarzet
05-03-25 11:42 - Ingrid Gemeente: graf is klaar 🙏
05-03-25 16:20 - [[Renée DK|PERSON]]: ik dien een klacht in, niet persoonlijk bedoeld. jullie hebben gewoon te weinig mensen
05-03-25 16:22 - Ingrid Gemeente: snap ik. Stuur hem naar klachten@meppel.nl of direct aan de wethouder.
07-03-25 09:12 - [[Renée DK|PERSON]]: klacht is verstuurd. Bel je me even? +31 (0)6 55 82 14 73
07-03-25 09:30 - Ingrid Gemeente: ik bel om 10 uur. Groet ook aan [[Wouter]]
""", style="dejavu", fontsize=9, meta={"creator": "WhatsApp", "producer": "Android 14 PdfDocument"}),

Doc("bg22_inspectierapport_monumenten", """\
# Rapport stabiliteitskeuring grafmonumenten
Monumentenwacht Drenthe | opdrachtgever: gemeente Meppel | rapportnummer {{MWD-2025-1187|REF}}
Inspectiedatum: 6 mei 2025 | Locatie: Oude Begraafplaats, Kerkweg, Meppel
Inspecteur: Esmée Kuipers, bouwkundig inspecteur funerair erfgoed, e.kuipers@monumentenwachtdrenthe.nl

## 1. Opdracht
Op verzoek van de gemeente Meppel (beleidsmedewerker erfgoed) zijn vijf grafmonumenten gekeurd op stabiliteit, conform de richtlijn van de Landelijke Organisatie Begraafplaatsen (LOB) voor het keuren van grafmonumenten. Per monument is een drukproef uitgevoerd met 35 kg.

## 2. Bevindingen
| graf | monument | bevinding | advies |
| C-1-04 | Harm Jan Nijsingh, hardstenen stèle 1920 | scheef (4 graden), voeg los | rechtzetten, voegen (urgent) |
| C-2-11 | Klaas Prins, zandstenen zerk | stabiel, verwering letters | reinigen, letters bijwerken |
| C-4-18 | Geesje Boerema-Lok, granieten staande steen | niet stabiel bij drukproef | tijdelijk verwijderen |
| C-5-02 | Trijntje Bosscher-Hulst, marmeren plaat | stabiel | geen |
| C-5-03 | Lucas Reinier van Swinderen, obelisk met hekwerk | hekwerk roest, obelisk stabiel | hekwerk herstellen |
===
## 3. Conclusie
Twee monumenten vormen een veiligheidsrisico en moeten binnen vier weken worden hersteld of tijdelijk verwijderd. De overige drie kunnen blijven staan; het hekwerk van het monument van burgemeester Van Swinderen vraagt herstel binnen een jaar. De uitvoering is besproken met Steenhouwerij Van Dalfsen.

## 4. Foto's
Foto's 1 t/m 12 zijn opgenomen in de digitale bijlage bij dit rapport (niet bijgevoegd).

Esmée Kuipers
Monumentenwacht Drenthe, Assen
""", style="helv", fontsize=9.5, colw=[45, 170, 140, 120],
    outline=[("Rapport stabiliteitskeuring", 0, 0), ("Bevindingen - concept Daan Verhoef", 0, 1),
             ("Conclusie (akkoord Lisanne Gorter-Bakker 8-5)", 1, 1)],
    hidden=[("PERSON", "Daan Verhoef", "outline"), ("PERSON", "Lisanne Gorter-Bakker", "outline")],
    meta={"creator": "PDFpen Pro 13", "producer": "PDFpen Pro 13.2 / macOS Quartz PDFContext"}),

Doc("bg23_memo_avg_grafregister", """\
# Memo
Aan: team Openbare Ruimte, team Publiekszaken
Van: team Juridische Zaken
Datum: 3 april 2025
Onderwerp: openbaarheid historisch grafregister bij Woo-verzoek WOO-2026-0147 en inzage door de erfgoedcommissie

## Vraag
Mag het historische grafregister (1868-1990) met de actuele gegevens van rechthebbenden worden verstrekt aan de Erfgoedcommissie Meppel en openbaar worden gemaakt bij een Woo-verzoek?

## Antwoord
1. Gegevens van overleden personen vallen niet onder de AVG (overweging 27). Namen, geboorte- en sterfdata van overledenen in het register en op grafmonumenten kunnen openbaar worden gemaakt. Dat geldt ook voor de aantekeningen over beroep (zoals notaris of burgemeester) en over oorlogsslachtoffers.
2. Rechthebbenden van grafrechten zijn meestal levende personen. Hun naam, adres, telefoonnummer en de relatie tot de overledene zijn persoonsgegevens en worden bij openbaarmaking weggelakt op grond van artikel 5.1, tweede lid, onder e, Woo. Een BSN wordt nooit verstrekt (artikel 5.1, eerste lid, onder e, Woo).
3. Pas op met recent overleden personen: uit hun naam en graf kan de identiteit van levende nabestaanden blijken. Wij adviseren namen van rechthebbenden die na 2000 zijn overleden ook te lakken.
4. De erfgoedcommissie kan een uittreksel zonder de kolom rechthebbende krijgen; het volledige register ligt ter inzage bij het Regionaal Archief Zuidwest-Drenthe, met de beperkingen van de Archiefwet 1995.
""", style="times", fontsize=10.5,
    notes=[(0, "Sevda Yıldırım", "Check met Mirjam Oosting of de termijn al verlengd is", 500, 700),
           (0, "Rutger ter Beek", "Akkoord, maar eerst langs de wethouder. Bel me op 06-52 19 84 07", 500, 560)],
    hidden=[("PERSON", "Sevda Yıldırım", "annotations"), ("PERSON", "Mirjam Oosting", "annotations"),
            ("PERSON", "Rutger ter Beek", "annotations"), ("PHONE", "06-52 19 84 07", "annotations")],
    meta={"creator": "Microsoft® Word 2016", "producer": "Adobe PDF Library 15.0; modified using iText 2.1.7"}),
]

DOCS += [
Doc("bg24_mail_monumentenwacht", """\
Van: Kuipers, Esmée <e.kuipers@monumentenwachtdrenthe.nl>
Verzonden: woensdag 7 mei 2025 16:48
Aan: Dijkhuizen, Anouk <a.dijkhuizen@meppel.nl>
CC: Ferdinand Bloemendal <f.bloemendal@kpnmail.nl>; Pruim, Gerda <g.pruim@meppel.nl>; begraafplaatsen@meppel.nl
Onderwerp: RE: keuring grafmonumenten Oude Begraafplaats

Beste [[Anouk]],

Gisteren hebben mijn collega [[Daan]] en ik de vijf monumenten gekeurd. De stèle van Nijsingh (C-1-04) staat flink scheef en de staande steen op C-4-18 viel bijna om bij de drukproef. Die laatste moet er wat mij betreft deze week af. Het volledige rapport volgt vrijdag.

Met vriendelijke groet,
Esmée Kuipers
bouwkundig inspecteur funerair erfgoed
Monumentenwacht Drenthe | direct [[0592 - 37 14 60|PHONE]] | mobiel [[06 - 10 83 27 44|PHONE]]

Van: Dijkhuizen, Anouk <a.dijkhuizen@meppel.nl>
Verzonden: maandag 14 april 2025 10:05
Aan: Kuipers, Esmée <e.kuipers@monumentenwachtdrenthe.nl>
CC: Ferdinand Bloemendal <f.bloemendal@kpnmail.nl>
Onderwerp: keuring grafmonumenten Oude Begraafplaats

Beste mevrouw [[Kuipers]],

Namens de gemeente Meppel vraag ik u vijf grafmonumenten op de Oude Begraafplaats te keuren: C-1-04, C-2-11, C-4-18, C-5-02 en C-5-03. De Erfgoedcommissie Meppel heeft geadviseerd deze monumenten te behouden. De heer Bloemendal, voorzitter van de commissie, wil graag bij de keuring aanwezig zijn.
===
Let op: monument C-4-18 hoort bij een graf waarvan de rechthebbende in Duitsland woont. Wij hebben hem aangeschreven; als het monument moet worden verwijderd, stemmen wij dat eerst af met Steenhouwerij Van Dalfsen.

U kunt mij bereiken op +31 6 18 40 77 29 (ook via Teams).

Met vriendelijke groet,

Anouk Dijkhuizen
beleidsmedewerker cultureel erfgoed
gemeente Meppel | werkdagen ma-di-do
""", style="cond", fontsize=9.5, meta=OUTLOOK),

Doc("bg25_hoorverslag_klacht", """\
# Verslag hoorgesprek klacht KL-2025-0031
Datum: 24 maart 2025, 14:00-15:15 uur | Plaats: stadhuis Meppel, kamer 2.14

| Aanwezig | namens |
| Renée de Koning | klager, eigenaar Uitvaartzorg De Koning |
| Wouter Kamphuis | uitvaartverzorger, Uitvaartzorg De Koning |
| Rutger ter Beek | teamleider Openbare Ruimte |
| Lotte Reinders | klachtencoördinator (verslag) |

## 1. Toelichting klager
[[Mevrouw De Koning|PERSON]] licht de klacht toe. Op 5 maart 2025 kwam de rouwstoet om 11:00 uur aan bij Begraafplaats Oosterveld. Het graf was niet klaar; de familie heeft 40 minuten gewacht. De aula was niet verwarmd. De weduwe van de overledene, een vrouw van 91 jaar met hartklachten, moest in de auto wachten. De klager wil voorkomen dat dit opnieuw gebeurt en vraagt de gemeente de familie persoonlijk excuses aan te bieden.

De heer [[Kamphuis]] vult aan dat hij op 14 januari en 2 februari 2025 zelf dragers moest regelen. Volgens hem is er op de begraafplaats 'structureel te weinig personeel'.

## 2. Reactie gemeente
De heer [[Ter Beek|PERSON]] erkent dat het graf te laat klaar was. De minigraver viel uit en het team was die dag met twee man. De beheerder begraafplaatsen heeft direct de aannemer Grondwerken Brink gebeld. Voor januari en februari kan hij de klacht nog niet bevestigen; hij zoekt het uit.
===
## 3. Afspraken
- De gemeente stuurt de familie van de overledene een brief met excuses via Uitvaartzorg De Koning (de gemeente heeft het adres van de familie niet en vraagt het niet op).
- De teamleider zorgt voor twee medewerkers bij iedere begrafenis en een reservegraafmachine.
- De klachtencoördinator stelt de beslissing op de klacht op voor wethouder Wessels-Brouwer, uiterlijk 7 april 2025.

[[Mevrouw De Koning|PERSON]] is tevreden met de afspraken en laat weten het contact met de beheerder, mevrouw [[Havinga-Stoter]], als prettig te ervaren.

Verslag: Lotte Reinders, klachtencoördinator, 25 maart 2025. Het verslag is op 26 maart 2025 aan de klager gestuurd via renée@uitvaartzorg-dekoning.nl.
""", style="dejavu", fontsize=9.5, colw=[170, 305], meta={"creator": "Writer", "producer": "LibreOffice 7.5"}),

Doc("bg26_advies_erfgoedcommissie", """\
Erfgoedcommissie Meppel
p/a gemeente Meppel, Postbus 501, 7940 AM Meppel

Aan het college van burgemeester en wethouders van Meppel
t.a.v. wethouder Wessels-Brouwer

Meppel, 10 april 2025
Onderwerp: advies grafmonumenten van cultuurhistorische waarde, Oude Begraafplaats vak C

Geachte wethouder Wessels-Brouwer,

Op 20 maart 2025 heeft de commissie de lijst van graven in vak C besproken waarvan het grafrecht is verlopen of binnenkort verloopt. De commissie adviseert het college vijf grafmonumenten te behouden en aan te wijzen als beschermd grafmonument:
| graf | overledene | motivering |
| C-1-04 | Harm Jan Nijsingh (1848-1920) | notaris, stèle van Bentheimer zandsteen door steenhouwer {{G. Plantinga|DECEASED}} |
| C-2-11 | Klaas Prins (1890-1944) | verzetsstrijder, herbegraven 1945, oorlogsgraf |
| C-3-08 | Jan Hendrik Kuiperij (1871-1934) | stichter van de Meppeler scheepswerf, gietijzeren kruis |
| C-4-18 | Geesje Boerema-Lok (1911-1968) | eerste vrouwelijke raadslid van Meppel |
| C-5-03 | Lucas Reinier van Swinderen (1824-1897) | burgemeester 1859-1897, obelisk met hekwerk |

Daarnaast adviseert de commissie om voor onderzoek onder vak C archeologische begeleiding in te schakelen (Erfgoedwet, artikel 5.10) en om nabestaanden van graven van cultuurhistorische waarde actief te benaderen met hulp van het Regionaal Archief Zuidwest-Drenthe en het Drents Archief.

Met vriendelijke groet,
namens de Erfgoedcommissie Meppel,

Ferdinand Bloemendal, voorzitter
Gerda Pruim, secretaris

Kopie aan de leden: Hester de Wolff, Jakob Sikkema, Aafke Hoekstra-Veen
""", docx=True, fontsize=9.5, meta={"creator": "Writer", "producer": "LibreOffice 7.6"}),

Doc("bg27_lijst_cultuurhistorische_graven", """\
# Lijst beschermde grafmonumenten gemeente Meppel (ontwerp 2025)
Vastgesteld door het college op 6 mei 2025, op advies van de Erfgoedcommissie Meppel (Erfgoedwet; Beheersverordening begraafplaatsen Meppel 2024, artikel 36)

| nr | begraafplaats | graf | overledene | jaren | kenmerk |
| 1 | Oude Begraafplaats | C-1-04 | Harm Jan Nijsingh | 1848-1920 | notaris, stèle |
| 2 | Oude Begraafplaats | C-2-11 | Klaas Prins | 1890-1944 | verzetsstrijder, oorlogsgraf |
| 3 | Oude Begraafplaats | C-3-08 | Jan Hendrik Kuiperij | 1871-1934 | scheepsbouwer, gietijzeren kruis |
| 4 | Oude Begraafplaats | C-4-18 | Geesje Boerema-Lok | 1911-1968 | eerste vrouwelijke raadslid |
| 5 | Oude Begraafplaats | C-5-03 | Lucas Reinier van Swinderen | 1824-1897 | burgemeester, obelisk |
| 6 | Oude Begraafplaats | A-1-01 | Albertus Roelofs | 1859-1918 | dichter, portretmedaillon |
| 7 | Oosterveld | H-1-02 | {{Hendrik Kok|DECEASED}} | 1902-1971 | eerste grafdelver, naamgever aula |
| 8 | Oosterveld | K-3-14 | {{Sophia Ensing-Troost|DECEASED}} | 1899-1940 | slachtoffer bombardement 1940 |

Toelichting: bij beschermde grafmonumenten vervalt het grafrecht niet tot ruiming; de gemeente draagt zorg voor het onderhoud. De Stichting Dr. Anna Feitsma Fonds draagt bij aan het onderhoud van oorlogsgraven. Nabestaanden die (mede)rechthebbende zijn, blijven dat; hun namen staan niet op deze lijst.
De Hendrik Kok Aula op Begraafplaats Oosterveld en de Burgemeester Van Swinderenlaan zijn naar twee van de overledenen op deze lijst genoemd.
Samengesteld door Gerda Pruim, secretaris erfgoedcommissie (g.pruim@meppel.nl), met gegevens van Hamid El Khatib.
""", style="dejavu", fontsize=9, colw=[25, 95, 50, 130, 60, 115],
    meta={"creator": "Microsoft® Word voor Microsoft 365", "producer": "Aspose.PDF for .NET 23.1"}),

Doc("bg28_mail_nabestaande_bsn", """\
Van: Thijs Ebbinge <[[t.ebbinge@gmail.com|EMAIL]]>
Verzonden: donderdag 10 april 2025 21:37
Aan: begraafplaatsen@meppel.nl
Onderwerp: graf C-1-04 notaris Nijsingh - rechthebbende

Geachte heer, mevrouw,

Gisteren was ik op de informatieavond in de Hendrik Kok Aula. Ik ben de rechthebbende van het graf C-1-04 van mijn betovergrootvader, notaris Harm Jan Nijsingh. Ik lees dat de gemeente het monument wil beschermen; daar ben ik blij mee.

Ik ben verhuisd en woon nu op [[Stationsweg 12|ADDRESS]], [[7941 HG|ADDRESS]] Meppel. Voor de zekerheid stuur ik een kopie van mijn rijbewijs mee, mijn BSN is [[123456782|BSN]] en ik ben geboren op [[3 november 1961|DATE_OF_BIRTH]].

Ik vraag u om alle post voortaan ook per e-mail te sturen. Ik word binnenkort behandeld met [[chemotherapie|HEALTH]] en ben dan slecht in staat om post bij te houden; mijn partner [[Ruud Smit]] ([[06-45 03 18 92|PHONE]]) mag namens mij contact opnemen.

Vriendelijke groet,
Thijs Ebbinge

Bijlage: [[kopie_rijbewijs_TEbbinge.jpg|FILENAME]]
""", style="helv", fontsize=10, meta=OUTLOOK),

Doc("bg29_memo_tarieven", """\
# Interne memo
Aan: wethouder Wessels-Brouwer
Van: Rutger ter Beek, teamleider Openbare Ruimte; Hamid El Khatib, grafadministratie
Datum: 3 juni 2025
Onderwerp: tarieven Verordening lijkbezorgingsrechten 2026

In de Verordening lijkbezorgingsrechten 2026 stellen wij de volgende tarieven voor (stijging 4,2 procent, kostendekkend volgens de berekening van team Financiën):
| tarief | 2025 | 2026 |
| uitgifte particulier graf, 20 jaar | € 2.480 | € 2.585 |
| verlenging grafrecht, per 10 jaar | € 1.120 | € 1.165 |
| begraven volwassene (ma-vr) | € 985 | € 1.025 |
| toeslag zaterdag | € 410 | € 425 |
| ruimen en herbegraven op verzoek | € 1.340 | € 1.395 |

Voor graven op de lijst van beschermde grafmonumenten betalen rechthebbenden geen verlengingstarief. Voor nabestaanden die door een fout in de grafadministratie niet tijdig zijn geïnformeerd (vak C Oude Begraafplaats) stellen wij voor het verlengingstarief eenmalig te halveren. Dat betreft naar verwachting negen graven.

Bij vragen: [[Rutger]], toestel [[4417|PHONE]], of [[Hamid]], toestel [[4417-2|PHONE]].
""", docx=True, fontsize=10, meta={"creator": "Writer", "producer": "LibreOffice 7.6"}),
]

DOCS += [
Doc("bg30_woo_besluit", """\
Gemeente Meppel
Postbus 501, 7940 AM Meppel | 14 0522 | woo@meppel.nl

De heer S. Altena
Havelterweg 118
7942 KL Meppel

Datum: 8 juli 2025
Kenmerk: WOO-2026-0147 | zaak Z/26/08812
Onderwerp: besluit op uw Woo-verzoek

Geachte heer [[Altena]],

Op 12 februari 2026 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo) om openbaarmaking van documenten over de ruiming van graven op de Oude Begraafplaats en Begraafplaats Oosterveld. Wij hebben op 16 februari 2026 de ontvangst bevestigd en de beslistermijn op 9 maart 2026 met twee weken verlengd. Voor drie documenten hebben wij Uitvaartzorg De Koning en twee nabestaanden om een zienswijze gevraagd.

## Besluit
Wij hebben besloten de documenten op de inventarislijst gedeeltelijk openbaar te maken. Het gaat om 33 documenten. In de documenten zijn persoonsgegevens weggelakt.

## Overwegingen
Namen, e-mailadressen en telefoonnummers van medewerkers van de gemeente die niet in de openbaarheid treden, van leden van de Erfgoedcommissie Meppel, van medewerkers van bedrijven en van nabestaanden en rechthebbenden van grafrechten maken wij niet openbaar op grond van artikel 5.1, tweede lid, onder e, Woo (eerbiediging van de persoonlijke levenssfeer). Het BSN van een nabestaande maken wij niet openbaar op grond van artikel 5.1, eerste lid, onder e, Woo. Gegevens over de gezondheid van nabestaanden zijn bijzondere persoonsgegevens en worden op grond van artikel 5.1, eerste lid, onder d, Woo niet openbaar gemaakt.
===
Namen van overleden personen in het historische grafregister en op grafmonumenten maken wij wel openbaar: de AVG is op gegevens van overledenen niet van toepassing en deze namen staan op de grafmonumenten zelf. Namen van rechthebbenden die na 2000 zijn overleden lakken wij, omdat die tot levende nabestaanden herleidbaar zijn. De namen van wethouder Wessels-Brouwer, burgemeester Vlietstra, raadslid Mennega en de woordvoerder van het college maken wij openbaar, omdat zij in hun publieke functie optreden.

## Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens (5.1.2e), het BSN (5.1.1e) en gezondheidsgegevens (5.1.1d).
## Motivering
De persoonsgegevens van ambtenaren, commissieleden, nabestaanden en rechthebbenden zijn geanonimiseerd; het belang van openbaarheid weegt niet op tegen hun persoonlijke levenssfeer.

Tegen dit besluit kunt u binnen zes weken bezwaar maken (Algemene wet bestuursrecht).

Met vriendelijke groet,
het college van burgemeester en wethouders van Meppel,
namens dezen,

[[M. Oosting]]
Woo-coördinator

Bijlage: inventarislijst (33 documenten). Kopie: dossier Z/26/08812, [[H. El Khatib]] (grafadministratie).
""", style="times", fontsize=10.5, meta={"creator": "Corsa 7.2", "producer": "iText 7.1.16 ©2000-2021 iText Group NV"}),

Doc("bg31_inventarislijst", """\
# Inventarislijst Woo-besluit WOO-2026-0147
| nr | document | datum | beoordeling | grond | opmerking |
| 1 | bg01 Woo-verzoek | 12-02-2026 | deels openbaar | 5.1.2e | |
| 2 | bg02 ontvangstbevestiging | 16-02-2026 | deels openbaar | 5.1.2e | |
| 3 | bg03 brief nabestaande | 04-03-2025 | deels openbaar | 5.1.2e | zienswijze gevraagd |
| 4 | bg04 e-mailwisseling ruiming | 11-03-2025 | deels openbaar | 5.1.2e | |
| 5 | bg05 klacht uitvaartonderneming | 07-03-2025 | deels openbaar | 5.1.2e | zienswijze gevraagd |
| 6 | bg06 beslissing op klacht | 02-04-2025 | deels openbaar | 5.1.2e | |
| 7 | bg07 Teams-chat | 05-03-2025 | deels openbaar | 5.1.2e | |
| 8 | bg08 aanvraagformulier grafrecht | 18-03-2025 | deels openbaar | 5.1.2e | formuliervelden |
| 9 | bg09 uittreksel grafregister | 01-10-2023 | deels openbaar | 5.1.2e | overledenen openbaar |
| 10 | bg10 verslag erfgoedcommissie | 20-03-2025 | deels openbaar | 5.1.2e | |
| 11 | bg11 beslisnota ruimingsbeleid | 25-03-2025 | deels openbaar | 5.1.2e | |
| 12-13 | bg12, bg13 facturen | 2025 | deels openbaar | 5.1.2e | IBAN eenmanszaak |
| 14 | bg14 inzetrooster | 04-2025 | deels openbaar | 5.1.2e | |
| 15-17 | bg15-bg17 scans | 04-2025 | deels openbaar | 5.1.2e, 5.1.1d | handschrift |
| 18-27 | bg18-bg27 | 2025 | deels openbaar | 5.1.2e | |
| 28 | bg28 e-mail nabestaande | 10-04-2025 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | BSN, gezondheid |
| 29-33 | bg29-bg33 | 2025 | deels openbaar | 5.1.2e | |

Behandelaar: Mirjam Oosting, Woo-coördinator (m.oosting@meppel.nl). Ruimingsbeleid en lijst beschermde grafmonumenten zijn al openbaar via gemeenteblad (zie bekendmakingen). Vragen: woo@meppel.nl.
""", style="cond", fontsize=8.5, colw=[35, 150, 60, 75, 70, 85],
    meta={"creator": "Microsoft® Excel® voor Microsoft 365", "producer": "Microsoft® Excel® voor Microsoft 365"}),

Doc("bg32_mail_uitvaartverzorger", """\
Van: Wouter Kamphuis <w.kamphuis@uitvaartzorg-dekoning.nl>
Verzonden: vrijdag 14 maart 2025 08:12
Aan: Havinga-Stoter, Ingrid <i.havinga@meppel.nl>
CC: [[De Koning, Renée|PERSON]] <renée@uitvaartzorg-dekoning.nl>; [[Zwiers, Bart|PERSON]]; klachten@meppel.nl
Onderwerp: begrafenis dinsdag 18 maart Oosterveld - graf F-2-11

Goedemorgen mevrouw [[Havinga-Stoter]],

Voor de begrafenis van dinsdag 18 maart om 13:30 uur op Begraafplaats Oosterveld (graf F-2-11) bevestig ik de volgende afspraken:
- het graf is uiterlijk maandag 17 maart 16:00 uur gedolven (graag een foto naar mij);
- de Hendrik Kok Aula is vanaf 12:30 uur open en verwarmd;
- er zijn twee medewerkers van de begraafplaats aanwezig; wij nemen zelf vier dragers mee.

De familie wil graag een lint van de vereniging Oud-Meppel op de kist; dat regel ik met de koster van de Mariakerk.

Mocht er iets tussenkomen, bel mij dan direct op mijn mobiel [[06-1234 8870|PHONE]] of op kantoor, 0522-24 61 08 (toestel 2). In het weekend via de centrale van de {{Uitvaartcentrale Noord-Nederland|ORG}}: {{0800-0224|PHONE_GENERAL}}.

Met vriendelijke groet,

W. Kamphuis
uitvaartverzorger
Uitvaartzorg De Koning | Kerkweg 3a | 7941 CB Meppel
""", style="dejavu", fontsize=9.5, meta=OUTLOOK),

Doc("bg33_raadsinformatiebrief", """\
# Raadsinformatiebrief
Aan: de gemeenteraad van Meppel
Datum: 13 mei 2025 | nummer {{RIB-2025-033|REF}}
Portefeuillehouder: wethouder Wessels-Brouwer
Onderwerp: ruimingsbeleid begraafplaatsen en lijst beschermde grafmonumenten

Geachte leden van de raad,

Met deze brief informeren wij u over het ruimingsbeleid 2025-2030 voor de Oude Begraafplaats en Begraafplaats Oosterveld, over de opgeschorte ruiming van vak C en over de nieuwe lijst van beschermde grafmonumenten. Wij beantwoorden hiermee ook de toezegging aan raadslid Mennega in de commissie Ruimte van 15 april 2025.

Kernpunten
1. Graven worden alleen geruimd als de rechthebbende persoonlijk is aangeschreven en er ten minste een jaar een bordje bij het graf heeft gestaan (richtlijn van de Landelijke Organisatie Begraafplaatsen).
2. De grafadministratie wordt in 2025 volledig gecontroleerd tegen de Basisregistratie Personen.
3. Acht grafmonumenten, waaronder die van burgemeester Lucas Reinier van Swinderen, notaris Harm Jan Nijsingh en verzetsstrijder Klaas Prins, staan op de lijst van beschermde grafmonumenten.
4. Nabestaanden in vak C die niet tijdig zijn geïnformeerd, betalen eenmalig het halve verlengingstarief.
5. De klacht van Uitvaartzorg De Koning is gegrond verklaard; bij iedere begrafenis zijn nu twee medewerkers aanwezig.

Het college van burgemeester en wethouders van Meppel,
de secretaris, J.W. Hollander
de burgemeester, H. Vlietstra

Ambtelijke informatie: Anouk Dijkhuizen (a.dijkhuizen@meppel.nl, erfgoed) en Ingrid Havinga-Stoter (begraafplaatsen@meppel.nl, ruiming).
""", style="helv", fontsize=10, meta={"creator": "iBabs", "producer": "iText® 5.5.13 ©2000-2020 iText Group NV"}),
]
