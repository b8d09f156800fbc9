"""Set O documents o27-o35: meeting request, UWV letter to an employer, citizen e-mail with
non-ASCII addresses, exercise evaluation, data-breach register, werkbezoekprogramma, handover
document, consultation annex, technical questions on the budget. All private persons are invented."""
from generate import Doc, bsn, iban, iban_typo

DOCS = []

DOCS.append(Doc("o27_vergaderverzoek_outlook_nctv", "lo", font="sans", title="Vergaderverzoek",
                 author="Sabine Hooijmans", src="""
# Vergaderverzoek

~ Onderwerp | Voorbereiding {Landelijk Operationeel Coördinatiecentrum|O}-oefening "{Dijkdoorbraak 2025|PR}"
~ Organisator | [[Hooijmans, Sabine|PER|Hooijmans, Sabine;Sabine Hooijmans;Hooijmans;Sabine]] <[[sabine.hooijmans@nctv.minjenv.nl|EM]]>
~ Begin | dinsdag {8 april 2025|D} 10:00
~ Einde | dinsdag 8 april 2025 11:30
~ Locatie | {Microsoft Teams|PROD}-vergadering; fysiek: {Turfmarkt 147|AD}, {Den Haag|P}, kamer 11.07
~ Verplicht | [[Aalbers, Gijsbert|PER|Aalbers, Gijsbert;Gijsbert Aalbers;Aalbers]] <[[g.aalbers@nctv.minjenv.nl|EM]]>; [[Çelik, Zeynep|PER|Çelik, Zeynep;Zeynep Çelik;Çelik]] <[[zeynep.celik@minienw.nl|EM]]>; [[Bakker-van Oosten, Marloes|PER|Bakker-van Oosten, Marloes;Bakker-van Oosten]] <[[m.bakkervanoosten@rws.nl|EM]]>; [[Lindqvist, Erik|PER|Lindqvist, Erik;Erik Lindqvist;Lindqvist]] <[[erik.lindqvist@ifv.nl|EM]]>
~ Optioneel | {locc@nctv.minjenv.nl|M}; [[Hamdi, Youssef|PER|Hamdi, Youssef;Youssef Hamdi;Hamdi]] <[[y.hamdi@defensie.nl|EM]]>; {Landelijk Crisiscentrum Defensie|O}

Deelnemen aan {Microsoft Teams|PROD}-vergadering
Vergadering-id: {384 227 915 604|C}  Wachtwoordcode: {Xk3pQ9|C}
Inbellen (alleen audio): {+31 20 794 8820|S},,{618554022#|C} Nederland, Amsterdam

Beste allen,

Ter voorbereiding op de oefening "{Dijkdoorbraak 2025|PR}" in {Zeeland|P} bespreken we het draaiboek en de
rol van het {LOCC|A}. [[Erik]] presenteert het scenario van het {Instituut Fysieke Veiligheid|O}; [[Zeynep]] doet
het waterbeeld namens het {Watermanagementcentrum Nederland|O} ({WMCN|A}). Minister {David van Weel|OF}
(JenV) is uitgenodigd voor de bestuurlijke {debriefing|T}, niet voor dit overleg.

Agenda:
1. Scenario en {timeline|T} ({Excel|PROD}-bestand volgt via {SharePoint|PROD}).
2. Rol {NCTV|A}, {DCC-IenW|A} en {Defensie|O} ({Natres|A}).
3. Communicatie: woordvoering via {NCC|A} ({070 751 50 50|S}).

Bij afwezigheid graag een vervanger.

> Groet, [[Sabine]]
> [[Sabine Hooijmans]] | senior adviseur crisisbeheersing | {NCTV|A} | [[06 2190 4476|TEL]]
"""))

DOCS.append(Doc("o28_uwv_brief_werkgever_informatieverzoek", "rl", font="serif", title="UWV informatieverzoek", allow=("Van Lieshout",),
                 author="Danny Verstappen", src="""
> {UWV|A} {Handhaving|O}
> {Postbus 58285|AD}, {1040 HG|AD} {Amsterdam|P}

> {Bouwbedrijf Gebroeders Van Lieshout B.V.|O}
> t.a.v. de heer [[R. van Lieshout|PER|R. van Lieshout]], directeur
> {Ekkersrijt 4102|AD}
> {5692 DA|AD} {Son en Breugel|P}

~ Datum | {4 maart 2025|D}
~ Ons kenmerk | {HH-ZUID-2025-3318|C}
~ Behandeld door | [[D.J.M. Verstappen|PER|D.J.M. Verstappen;Verstappen]]
~ Telefoon | [[088 898 43 17|TEL]] (direct)

Onderwerp: verzoek om informatie over een werknemer

Geachte heer [[Van Lieshout|PER]],

Het {UWV|A} onderzoekt of een werknemer van uw bedrijf recht had op een {WW|A}-uitkering in de periode van
{1 oktober 2024|D} tot en met {31 januari 2025|D}. Het gaat om de heer [[Andrzej Zieliński|PER|Andrzej Zieliński;Zieliński]],
geboren op [[17 mei 1979|DOB]], burgerservicenummer [[{bsn}|BSN]], wonend aan de [[Nieuwstraat 61A|ADR]] in {Eindhoven|P}.

Op grond van artikel 63 van de {Wet SUWI|L} bent u verplicht ons de gevraagde informatie te geven.
Wij vragen u om binnen veertien dagen toe te sturen:
- de arbeidsovereenkomst en de loonstroken over deze periode;
- de urenregistratie (ook van het project in {Veldhoven|P});
- de naam van de uitvoerder die de heer [[Zieliński]] aanstuurde.

Een collega van u, mevrouw [[Nicole Habraken|PER|Nicole Habraken;Habraken]] (salarisadministratie), heeft op
{26 februari 2025|D} telefonisch laten weten dat de heer [[Zieliński]] sinds september 2024 op de
loonlijst staat. Zij is bereikbaar op [[040-2831955|TEL]], zei zij.

U kunt de stukken uploaden via {Mijn UWV|PROD} werkgever of mailen naar {handhaving.zuid@uwv.nl|M}.
Heeft u vragen? Bel mij gerust. Voor algemene vragen: {UWV Telefoon Werkgevers|O} {088 898 20 50|S}.

Met vriendelijke groet,

!sig 281
> [[D.J.M. (Danny) Verstappen|PER|D.J.M. (Danny) Verstappen;Danny Verstappen]]
> Sociaal rechercheur, {UWV|A} {Directie Handhaving|O}
""".replace("{bsn}", bsn(7601))))

DOCS.append(Doc("o29_burgermail_nonascii_doorgestuurd", "ch", font="dejavu", title="FW: melding",
                 src="""
> Van: {Klantcontactcentrum Utrecht|O} <{klantcontact@utrecht.nl|M}>
> Verzonden: vrijdag 21 februari 2025 08:47
> Aan: [[Hoekstra, Björn|PER|Hoekstra, Björn;Björn Hoekstra;Hoekstra;Björn]] <[[bjorn.hoekstra@utrecht.nl|EM]]>
> Onderwerp: FW: gevaarlijke oversteek Amsterdamsestraatweg - melding {ZM-2025-118830|C}

[[Björn]], deze melding is voor jouw team (Verkeer). Mevrouw wil teruggebeld worden. Groet, [[Ana|PER]]
([[Ana Lúcia Gonçalves|PER|Ana Lúcia Gonçalves;Gonçalves]], {KCC|A})

> From: [[Zoë Müller-Øberg|PER|Zoë Müller-Øberg;Müller-Øberg;Zoë]] <[[zoë.müller-øberg@posteo.de|EM]]>
> Sent: Thursday, 20 February 2025 22:13
> To: {info@utrecht.nl|M}
> Cc: [[José Peña Ruiz|PER|José Peña Ruiz;Peña Ruiz;José]] <[[josé.peña@ziggo.nl|EM]]>; [[Łukasz Grzegorczyk|PER|Łukasz Grzegorczyk;Grzegorczyk;Łukasz]] <[[łukasz.g@outlook.com|EM]]>
> Subject: gevaarlijke oversteek Amsterdamsestraatweg

Beste gemeente,

Ik woon sinds 2023 aan de [[Amsterdamsestraatweg 412bis|ADR]] ([[3551 CV|ADR]]) en mijn dochter steekt elke dag
over bij de {Zeshoekstraat|P} naar de {basisschool De Klimroos|O}. Vanochtend werd een kind bijna
aangereden door een bestelbus met kenteken [[VR-388-F|KEN]]. Mijn buurman [[José|PER]] heeft het gezien en
filmpjes gemaakt; [[Łukasz|PER]] van de {Bewonersorganisatie Zuilen|O} heeft al eerder gemaild naar
wethouder {Lot van Hooijdonk|OF}.

Kunt u een zebrapad of een {30 km-zone|T} maken? Graag een reactie. Telefonisch ben ik bereikbaar op
[[+49 151 2384 9912|TEL]] (Duits nummer) of op [[06 39 02 11 85|TEL]].

> Vriendelijke groeten,
> [[Zoë Müller-Øberg]]

Interne aantekening [[BHo|PAR]] {24 februari 2025|D}: gebeld met mevrouw [[Müller-Øberg]]; wordt meegenomen in
{Programma Veilig naar School|PR}. Algemeen nummer {14 030|S}. Zie ook het {Verkeersveiligheidsplan|T}
dat burgemeester {Sharon Dijksma|OF} in december presenteerde.
"""))

DOCS.append(Doc("o30_evaluatie_oefening_rollenspelers", "lo", font="dejavu", title="Evaluatie oefening",
                 author="Iris Hoogland-Maas", src="""
# Evaluatierapport oefening "{Nachtvorst|PR}" ({Veiligheidsregio Utrecht|O})

~ Datum oefening | {15 november 2024|D}
~ Evaluator | [[Iris Hoogland-Maas|PER|Iris Hoogland-Maas;Hoogland-Maas]], team Vakbekwaamheid
~ Opdrachtgever | [[ir. C.P. (Cor) Timmer|PER|C.P. (Cor) Timmer;Timmer]], directeur Crisisbeheersing
~ Kenmerk | {VRU-VB-2024-0913|C}

## 1. Samenvatting
De oefening toetste de samenwerking tussen het {ROT|A}, de {GGD regio Utrecht|O} en de gemeente {Woerden|P}
bij een langdurige stroomstoring in winterse omstandigheden. {Stedin|O} leverde een netbeheerder-adviseur.
Burgemeester {Victor Molkenboer|OF} nam deel als voorzitter van het {GBT|A}. De evaluatie volgt het
{IFV|A}-model en de {Wet veiligheidsregio's|L}.

## 2. Rollenspelers en deelnemers
%w 26 26 22 26
| Naam | Rol in oefening | Organisatie | Bereikbaar |
| [[Bart Kievit|PER|Bart Kievit;Kievit]] | {ROT|A}-leider | {VRU|A} | [[06-2238 1190|TEL]] |
| [[Suzanne Wijnbergen|PER|Suzanne Wijnbergen;Wijnbergen]] | {AC Bevolkingszorg|T} | gemeente {Woerden|P} | [[0348 428 914|TEL]] |
| [[Dr. Hüseyin Aktaş|PER|Hüseyin Aktaş;Aktaş]] | {GAGS|A} | {GGD regio Utrecht|O} | [[h.aktas@ggdru.nl|EM]] |
| [[Jolanda Pietersma|PER|Jolanda Pietersma;Pietersma]] | rollenspeler: bewoner zorgflat | tegenspel | [[+31655210087|TEL]] |
| [[Kwame Asante|PER|Kwame Asante;Asante]] | rollenspeler: journalist | tegenspel | [[k.asante@vru.nl|EM]] |
| [[Ronald de Bruijn|PER|Ronald de Bruijn;de Bruijn]] | netbeheerder-adviseur | {Stedin|O} | [[06-1903 3345|TEL]] |
| [[T. VAN DER LINDE|PER|T. VAN DER LINDE;VAN DER LINDE]] | waarnemer | {IFV|A} | - |

## 3. Bevindingen
Het {ROT|A} kwam binnen 47 minuten bijeen. De heer [[Kievit]] gaf een helder beeldvormend overzicht maar
de informatiemanager had geen toegang tot {LCMS|A} omdat haar {token|T} verlopen was. Mevrouw [[Wijnbergen]]
vroeg tweemaal om een {NL-Alert|T}; het besluit bleef uit.

De rollenspeler mevrouw [[Pietersma]] speelde een bewoner met thuisbeademing. Het {GGD|A}-advies van
[[Aktaş]] kwam na 1 uur en 20 minuten; de norm is 60 minuten. De "journalist" ([[Asante]]) kreeg via het
{Teams|PROD}-kanaal per ongeluk een intern situatiebeeld. Dit is een les voor de echte praktijk.

!pb
## 4. Aanbevelingen
1. Controleer vooraf de {LCMS|A}-accounts van alle functionarissen.
2. Leg vast wie het {NL-Alert|T}-besluit neemt (burgemeester of {ROT|A}-leider namens hem).
3. Scheid oefen- en productieomgevingen in {Teams|PROD}.
4. Oefen opnieuw in het voorjaar met de gemeente {Stichtse Vecht|P}.

## 5. Reacties op concept
De heer [[Timmer]] (opdrachtgever) onderschrijft de aanbevelingen. De heer [[de Bruijn]] van {Stedin|O}
vraagt om een vaste contactpersoon; dat wordt [[Bart Kievit]]. Reacties verwerkt door [[IHM|PAR]] op
{10 december 2024|D}.

Vragen over dit rapport: [[i.hooglandmaas@vru.nl|EM]]; algemeen {vakbekwaamheid@vru.nl|M}, {088 878 10 00|S}.
"""))

DOCS.append(Doc("o31_register_datalekken_gemeente", "fp", font="condensed", landscape=True,
                 title="Register datalekken", src="""
# Register datalekken 2024 gemeente {Apeldoorn|P} (uittreksel)

!small
Bijgehouden door privacy officer [[Henriëtte Veldkamp-Aarts|PER|Henriëtte Veldkamp-Aarts;Veldkamp-Aarts]] namens de {FG|A}. Op grond van artikel 33 lid 5 {AVG|A}.
Opgemaakt {10 januari 2025|D}.

%w 10 11 40 27 12
| Nr. | Datum | Omschrijving | Betrokkene(n) / melder | Melding {AP|A} |
| {DL-24-03|C} | {12-02-2024|D} | Brief over {Wmo|A}-indicatie naar verkeerd adres ([[Loolaan 140|ADR]] i.p.v. 104) | [[G. Oortwijn|PER|G. Oortwijn;Oortwijn]]; melder [[KJ Haverkamp|PER|KJ Haverkamp;Haverkamp]] ({Wmo|A}-consulent) | nee |
| {DL-24-07|C} | {03-04-2024|D} | {Excel|PROD}-lijst met 212 {BSN|A}'s gemaild naar een zorgaanbieder | melder [[Jan-Peter Hoogesteger|PER|Jan-Peter Hoogesteger;Hoogesteger]] | ja, {M-2024-33817|C} |
| {DL-24-11|C} | {28-05-2024|D} | Laptop gestolen uit auto ([[GZ-451-L|KEN]]) van medewerker [[Petra IJzerman|PER|Petra IJzerman;IJzerman]] | - | nee (versleuteld) |
| {DL-24-15|C} | {19-08-2024|D} | {Phishing|T}: inloggegevens {Microsoft 365|PROD} van [[Ömer Şimşek|PER|Ömer Şimşek;Şimşek]] gebruikt | melder {CERT|A} {IBD|A} | ja, {M-2024-51002|C} |
| {DL-24-19|C} | {02-10-2024|D} | Inwoner [[Willemina Bos-Ten Cate|PER|Willemina Bos-Ten Cate;Bos-Ten Cate]] ziet dossier buurman in {Mijn Apeldoorn|PROD} | melder zelf, [[055 521 40 87|TEL]] | ja, {M-2024-60114|C} |
| {DL-24-22|C} | {11-12-2024|D} | Paspoortkopie met {BSN|A} [[{bsn}|BSN]] in openbare raadsstukken | [[R.W. Kappert|PER|R.W. Kappert;Kappert]] | ja, {M-2024-70921|C} |

!small
Behandeling: {privacy@apeldoorn.nl|M}; algemene vragen {14 055|S}. Het register is een intern document;
deze versie is opgesteld in het kader van een Woo-verzoek. Wethouder {Jeroen Joon|OF} is portefeuillehouder {ICT|A}.
""".replace("{bsn}", bsn(7701))))

DOCS.append(Doc("o32_werkbezoekprogramma_staatssecretaris", "hl", font="sans", title="Programma werkbezoek",
                 src="""
# Programma werkbezoek staatssecretaris {Jeugd, Preventie en Sport|O} aan {Lelystad|P}

~ Datum | vrijdag {31 januari 2025|D}
~ Bewindspersoon | staatssecretaris {Vincent Karremans|OF}
~ Begeleiding | [[Lisanne Vrolijk|PER|Lisanne Vrolijk;Vrolijk]] (beleidsmedewerker), [[Thijmen Rozema|PER|Thijmen Rozema;Rozema]] (communicatieadviseur)
~ Chauffeur | [[Gerrit Akkerman|PER|Gerrit Akkerman;Akkerman]], [[06 5012 3398|TEL]], dienstauto [[ZV-117-K|KEN]]
~ Kenmerk | {VWS-DJ-2025-0142|C}

| Tijd | Onderdeel | Contactpersoon ter plaatse |
| 09.15 | Aankomst {Jeugdhuis De Schakel|O}, {Agorahof 12|AD} | [[Rianne Bakker|PER|Rianne Bakker;Bakker]], coördinator, [[06 4431 2098|TEL]] |
| 09.30 | Gesprek met jongerenwerkers over {Nationaal Preventieakkoord|PR} | [[Mo|PER]] en [[Shanice|PER]] (jongerenwerkers) |
| 10.30 | Sportclinic {JOGG|A} op het plein | [[Ferdi van der Meulen|PER|Ferdi van der Meulen;van der Meulen]], buurtsportcoach |
| 11.15 | Bestuurlijk gesprek met wethouder {Sander Bruggink|OF} en burgemeester {Mark Verheijen|OF}* | bestuurssecretariaat |
| 12.00 | Persmoment | [[Rozema]] |
| 12.30 | Vertrek naar {Den Haag|P} | [[Akkerman]] |

*) Let op: controleer of burgemeester {Verheijen|OF} aanwezig is; anders loco-burgemeester {Bruggink|OF}.

## Achtergrond
{Lelystad|P} neemt deel aan het {GALA|A} ({Gezond en Actief Leven Akkoord|PR}). De {JOGG|A}-aanpak loopt sinds
2021. Mevrouw [[Bakker]] heeft gevraagd om geen foto's van minderjarigen te publiceren zonder toestemming.
Kamerlid {Sarah Dobbe|OF} ({SP|O}) heeft eerder vragen gesteld over jongerenwerk in {Flevoland|P}.

Contact {VWS|A}: [[l.vrolijk@minvws.nl|EM]], [[070 340 61 55|TEL]]; persvragen {070 340 78 78|S}.
"""))

DOCS.append(Doc("o33_overdrachtsdocument_projectleider", "fp", font="dejavu", title="Overdrachtsdocument",
                 author="Maarten Hoogeveen", src="""
# Overdrachtsdocument programma {Regionale Energiestrategie|PR} ({RES|A}) {Noord-Holland Zuid|P}

~ Van | [[Maarten Hoogeveen|PER|Maarten Hoogeveen;Hoogeveen;Maarten]] (vertrekkend programmamanager)
~ Aan | [[Saskia Jongejan-Oudshoorn|PER|Saskia Jongejan-Oudshoorn;Jongejan-Oudshoorn;Saskia]] (nieuwe programmamanager)
~ Datum | {28 februari 2025|D}
~ Opdrachtgever | gedeputeerde {Jeroen Olthof|OF} ({Provincie Noord-Holland|O}) en wethouders van {Haarlem|P}, {Zandvoort|P} en {Haarlemmermeer|P}

## 1. Waarom dit document
[[Saskia]], hierin staat wat je moet weten om het programma over te nemen. Ik ben tot eind maart nog
bereikbaar op mijn privénummer [[06-4720 1836|TEL]] en via [[maarten.hoogeveen71@gmail.com|EM]].

## 2. Stand van zaken
De {RES 2.0|PR} is in 2023 vastgesteld. Voor 2025 staan de zoekgebieden voor windturbines in de
{Haarlemmermeer|P} centraal. Het {Nationaal Programma RES|PR} ({NP RES|A}) vraagt om een voortgangsrapportage
vóór {1 juli 2025|D}. Netbeheerder {Liander|O} meldt {netcongestie|T} tot 2029.

## 3. Stakeholders
%w 22 22 25 31
| Naam | Organisatie | Rol / opmerking | Contact |
| [[Ingrid Schoemaker|PER|Ingrid Schoemaker;Schoemaker]] | {Liander|O} | accountmanager, kritisch op tempo | [[06-1199 2301|TEL]] |
| [[Hamza Oulad Ali|PER|Hamza Oulad Ali;Oulad Ali]] | {Energie Coöperatie Zandvoort|O} | voorzitter, wil participatie 50% | [[hamza@ecz-energie.nl|EM]] |
| [[Hennie Groot Wassink|PER|Hennie Groot Wassink;Groot Wassink]] | {LTO Noord|O} | boeren in {Haarlemmermeer|P} | [[0297 - 38 11 42|TEL]] |
| [[Dirk-Jan Reijngoud|PER|Dirk-Jan Reijngoud;Reijngoud]] | {Rijkswaterstaat|O} | {A9|P}-zone zonneweides | [[dirk-jan.reijngoud@rws.nl|EM]] |
| [[Wang Jiayi|PER|Wang Jiayi;Jiayi]] | {Omgevingsdienst IJmond|O} | vergunningen, stikstof | [[jiayi.wang@odijmond.nl|EM]] |
| [[Tobias Reinhardt|PER|Tobias Reinhardt;Reinhardt]] | {Vattenfall|O} | ontwikkelaar, vertrouwelijk overleg | [[+49 30 8182 4471|TEL]] |

!pb
## 4. Lopende zaken
1. Bezwaar van omwonende [[E. Kortenhoeven|PER|E. Kortenhoeven;Kortenhoeven]] ([[Hoofdweg 1187|ADR]], {Nieuw-Vennep|P}) tegen
de windtest; hoorzitting {13 maart 2025|D}. Dossier bij jurist [[Tessa Brouwer|PER|Tessa Brouwer;Brouwer]].
2. Subsidieaanvraag {SDE++|PR} via {RVO|A}; contact [[Hamza|PER]] ([[Oulad Ali]]).
3. Motie van Statenlid {Suzanne Kooij-Bas|OF} ({D66|O}) over participatie: uitvoering in de {RES|A}-rapportage.

!pb
## 5. Praktisch
- {SharePoint|PROD}-site "{RES NHZ|A}": eigenaarschap overdragen via de {servicedesk|T} ({ICT|A}), ticket {INC0098123|C}.
- Mijn {Teams|PROD}-kanalen en de mailbox {res-nhz@noord-holland.nl|M} gaan naar [[Saskia]].
- Wachtwoorden staan NIET in dit document; vraag [[Eva|PER]] van het secretariaat.
- Vergaderreeks met gedeputeerde {Olthof|OF}: elke tweede maandag, {Houtplein 33|AD}, {Haarlem|P}.
- Provincie algemeen: {0800 0200 600|S}.

## 6. Persoonlijke noot
Het was een mooie klus. Houd [[Schoemaker]] van {Liander|O} goed te vriend, en spreek [[Reinhardt]] alleen
samen met de jurist. Succes!

[[Maarten]]
"""))

DOCS.append(Doc("o34_bijlage_consultatie_gesprekspartners", "rl", font="sans", title="Bijlage gesprekspartners",
                 src="""
# Bijlage 2 bij de {Kamerbrief|T} over de {Wet betaalbare huur|L}: gesprekspartners consultatie

!small
Opgesteld door directie {Huurbeleid|O}, {Ministerie van Volkshuisvesting en Ruimtelijke Ordening|O}. Interne versie met
contactgegevens; de openbare bijlage noemt alleen organisaties.

%w 28 34 38
| Organisatie | Gesprekspartner | Contact |
| {Aedes|O} | [[Jorrit Bosgra|PER|Jorrit Bosgra;Bosgra]], senior beleidsadviseur | [[j.bosgra@aedes.nl|EM]] |
| {Woonbond|O} | [[Nathalie Doornbos-Ruiz|PER|Nathalie Doornbos-Ruiz;Doornbos-Ruiz]] | [[06 - 2140 5519|TEL]] |
| {Vastgoed Belang|O} | [[Hans-Peter Ehrlich|PER|Hans-Peter Ehrlich;Ehrlich]] | [[hp.ehrlich@vastgoedbelang.nl|EM]] |
| {IVBN|A} | [[Anne-Fleur Kapteijn|PER|Anne-Fleur Kapteijn;Kapteijn]] | [[+31 20 555 8712|TEL]] |
| {Huurcommissie|O} | [[mr. O.K. Bannink|PER|O.K. Bannink;Bannink]] | [[o.bannink@huurcommissie.nl|EM]] |
| {VNG|A} | [[Sepideh Rahmani|PER|Sepideh Rahmani;Rahmani]] | [[sepideh.rahmani@vng.nl|EM]] |
| particuliere verhuurder | [[Arie Kortekaas-Bloemendaal|PER|Arie Kortekaas-Bloemendaal;Kortekaas-Bloemendaal]] (eigen woning [[Vijzelgracht 63|ADR]]) | [[(06) 88 44 12 03|TEL]] |
| huurder | [[mevrouw N. Sahin|PER|N. Sahin;Sahin]] | via {Woonbond|O} |

## Samenvatting gesprekken
Minister {Mona Keijzer|OF} sprak op {16 januari 2025|D} met {Aedes|O} en de {Woonbond|O}; de gesprekken met de
overige partijen voerden ambtenaren van de directie, onder wie [[Tijmen Koolhaas|PER|Tijmen Koolhaas;Koolhaas]]
en [[Zainab Hassan-Dekker|PER|Zainab Hassan-Dekker;Hassan-Dekker]]. De heer [[Ehrlich]] vreest dat
particuliere verhuurders verkopen. Mevrouw [[Doornbos-Ruiz]] wijst op de {WWS|A}-punten en de rol van de
{Huurcommissie|O}. De heer [[Kortekaas-Bloemendaal]] gaf zijn eigen situatie als voorbeeld.

De brief gaat naar de vaste commissie {VRO|A}; het lid {Pieter Grinwis|OF}
({ChristenUnie|O}) en het lid {Merlien Welzijn|OF} ({NSC|O}) vroegen in het commissiedebat naar de consultatie.

Contact directie: {huurbeleid@minvro.nl|M}; ministerie algemeen {070 456 00 00|S}.
"""))

DOCS.append(Doc("o35_technische_vragen_begroting_groningen", "ch", font="serif", title="Technische vragen begroting",
                 src="""
# Technische vragen en antwoorden bij de {Programmabegroting 2025|PR}, gemeente {Groningen|P}

!small
Verzameld door de griffie ([[Anniek Tuinstra-Kloosterman|PER|Anniek Tuinstra-Kloosterman;Tuinstra-Kloosterman]]). Antwoorden
opgesteld door de vakafdelingen; de naam van de opsteller staat in de laatste kolom (intern).

%w 6 16 40 24 14
| Nr | Fractie | Vraag | Antwoord | Opsteller |
| 1 | {GroenLinks|O} ({Wieringa|OF}) | Hoeveel kost de {Regiotaxi|PROD} per rit in 2025? | € 38,40 gemiddeld; zie {OV-bureau Groningen Drenthe|O}. | [[Rudi Haaksma|PER|Rudi Haaksma;Haaksma]] |
| 2 | {PvdA|O} ({Van Gijlswijk|OF}) | Waarom daalt het budget {Bijzondere bijstand|T}? | Door lagere instroom en de {Participatiewet|L}. | [[Ismaël Benali|PER|Ismaël Benali;Benali]] |
| 3 | {Stadspartij|O} ({Van Kesteren|OF}) | Wat is de stand van het {Nationaal Programma Groningen|PR}? | Zie bijlage 4. | [[J.K. van der Heide|PER|J.K. van der Heide;van der Heide]] |
| 4 | {D66|O} ({Bolle|OF}) | Kosten van de {ICT|A}-migratie naar {Microsoft Azure|PROD}? | € 2,1 mln, {business case|T} volgt. | [[Tjalling Westra|PER|Tjalling Westra;Westra]] |
| 5 | {VVD|O} ({Ubbens|OF}) | Hoe vaak is het {Woonloket|O} niet bereikbaar geweest? | 14 keer bij storing {KCC|A}. | [[Nienke Wiersema|PER|Nienke Wiersema;Wiersema]] |

## Toelichting griffie
Vraag 3 is na overleg met wethouder {Inge Jongman|OF} en burgemeester {Koen Schuiling|OF} uitgebreid. De heer
[[van der Heide]] zegt toe de bijlage aan te vullen met de afspraken met het {Instituut Mijnbouwschade Groningen|O}
({IMG|A}) en {Nationaal Coördinator Groningen|O} ({NCG|A}). Commissaris van de Koning {René Paas|OF} is
geïnformeerd over de {Nij Begun|PR}-middelen.

Een inwoner, de heer [[Geert Huizing|PER|Geert Huizing;Huizing]] ([[Oosterhamrikkade 101a|ADR]]), mailde de griffie
vanaf [[geert.huizing@home.nl|EM]] met een eigen vraag over de {OZB|A}; die is doorgestuurd naar het
{Noordelijk Belastingkantoor|O}. Contact griffie: {griffie@groningen.nl|M}, {14 050|S}, of mevrouw
[[Tuinstra-Kloosterman]] direct [[050 367 71 08|TEL]].
"""))

DOCS.append(Doc("o36_scan_klacht_leerlingenvervoer_emmen", "sc", font="serif", title="scan0036",
                 src="""
> [[Jannie Lubbers-Schipper|PER|Jannie Lubbers-Schipper;Lubbers-Schipper;Jannie]]
> [[Dennenlaan 27|ADR]]
> [[7822 GH|ADR]] {Emmen|P}
> tel. [[06-21 93 40 58|TEL]]
> e-mail: [[jannie.lubbers@gmail.com|EM]]

> Gemeente {Emmen|P}
> t.a.v. het team Leerlingenvervoer
> {Postbus 30001|AD}
> {7800 RA|AD} {Emmen|P}

INGEKOMEN {12 MRT 2025|D} - registratie [[HvD|PAR]]

{Emmen|P}, {9 maart 2025|D}

Betreft: klacht over het vervoer van mijn zoon [[Sven|PER]], BSN [[{bsn}|BSN]]

Geacht college,

Mijn zoon [[Sven Lubbers|PER]] (geboren [[14-06-2013|DOB]]) gaat met de taxibus naar {De Eshof|O} in {Emmen|P}.
Sinds januari komt de bus vaak te laat, soms wel veertig minuten. Op {4 maart|D} werd hij helemaal niet
opgehaald. De chauffeur, de heer [[Harm Wolters|PER|Harm Wolters;Wolters]], zei dat de planning van
{Taxi Dijkhuis|O} niet klopt. Ik heb drie keer gebeld met de heer [[Bert Jalink|PER|Bert Jalink;Jalink]] van de
gemeente, maar ik kreeg geen antwoord.

Ik vraag u om:
1. een vaste ophaaltijd af te spreken met {Taxi Dijkhuis|O};
2. mij binnen twee weken schriftelijk te antwoorden.

Volgens de {Verordening leerlingenvervoer|L} heeft mijn zoon recht op vervoer dat past bij zijn
beperking. Een kopie van deze brief stuur ik naar burgemeester {Eric van Oosterhout|OF} en naar de
{Nationale ombudsman|O}.

Met vriendelijke groet,

!sig 361
> [[J. Lubbers-Schipper|PER]]
""".replace("{bsn}", bsn(7801))))
