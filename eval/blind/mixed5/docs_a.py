"""Set O documents o01-o09: gemeenteraad and college (raadsvragen, commissieverslag, motie,
college-advies, presidium, inspraakreactie). All private persons are invented."""
from generate import Doc, bsn, iban, iban_typo

DOCS = []

DOCS.append(Doc("o01_raadsvragen_art41_deventer", "ch", title="Schriftelijke vragen art. 41 RvO", src="""
# Schriftelijke vragen ex artikel 41 {Reglement van Orde|L}

~ Gemeente | {Deventer|P}
~ Datum ingekomen | {14 februari 2025|D}
~ Registratienummer | {RV-2025-0117|C}
~ Indieners | {Marieke Wolters|OF} ({D66|O}) en {Hasan Doğru|OF} ({GroenLinks|O})
~ Behandelend ambtenaar | [[Jorien Klein Haneveld|PER|Jorien Klein Haneveld;Klein Haneveld]], team Openbare Ruimte
~ Registratie griffie | [[ESt|PAR]]

## Aanleiding
Bewoners van de wijk {Voorstad-Oost|P} klagen al maanden over geluidsoverlast van het
overslagterrein aan de {Hanzeweg|P}. Een bewoner, de heer [[R.H. Buitenhuis|PER|R.H. Buitenhuis;Buitenhuis]], heeft
op 3 februari een petitie met 212 handtekeningen aangeboden aan wethouder {Carlo Verhoeven|OF}.
Raadslid {Wolters|OF} sprak de heer [[Buitenhuis]] tijdens het wijkspreekuur in {De Hoven|P}.

## Vragen
1. Is het college bekend met de klachten en met de petitie van de heer [[Buitenhuis]]?
2. Hoeveel meldingen zijn sinds 1 januari 2024 via de Fixi-app en het algemene nummer {14 0570|S} binnengekomen?
3. Is de {Omgevingsdienst IJsselland|O} al gevraagd een geluidsmeting te doen op grond van de {Omgevingswet|L}?

## Antwoorden van het college (vastgesteld {11 maart 2025|D})
1. Ja. Het college heeft de petitie ontvangen. Wethouder {Verhoeven|OF} heeft de indiener op
{20 februari 2025|D} gebeld; een medewerker van het team Openbare Ruimte, mevrouw [[Klein Haneveld]],
was daarbij aanwezig. Burgemeester {Ron König|OF} is geïnformeerd omdat ook meldingen over
vrachtverkeer in de nacht zijn gedaan.
2. Er kwamen 47 meldingen binnen, waarvan 31 via Fixi en 16 telefonisch. Twaalf meldingen kwamen
van hetzelfde adres aan de [[Snipperlingsdijk 41|ADR]]; de melder heeft gevraagd om terugbellen
op [[06-38 17 42 09|TEL]].
3. Ja. De {Omgevingsdienst IJsselland|O} (inspecteur [[Bram Nijenhuis|PER|Bram Nijenhuis;Nijenhuis]]) meet in week 14.
De resultaten worden gedeeld via de raadsinformatiebrief en op {deventer.nl|T}.

Contact voor de pers: {persvoorlichting@deventer.nl|M}, telefoon {0570 69 38 75|S}.
"""))

DOCS.append(Doc("o02_commissieverslag_insprekers_amersfoort", "rl", cols=2, font="sans",
                 title="Verslag commissie Stad en Ruimte", author="Fleur Ammerlaan", src="""
# Verslag commissie Stad en Ruimte, 22 januari 2025

~ Voorzitter | {Saskia Hoogendoorn|OF}
~ Commissieadviseur | [[Fleur Ammerlaan|PER|Fleur Ammerlaan;Ammerlaan]]
~ Verslag | [[Teun Ravesteijn|PER|Teun Ravesteijn;Ravesteijn]] (notulist)

Aanwezig: de leden {Bram van der Wal|OF} ({VVD|O}), {Ilse Rozendaal|OF} ({GroenLinks|O}),
{Karim Bouali|OF} ({PvdA|O}), {Gert-Jan Stuivenberg|OF} ({ChristenUnie|O}) en {Mirthe Jansen|OF} ({Amersfoort2014|O}).
Namens het college: wethouder {Tigran Baghdasaryan|OF}. Ambtelijk aanwezig: [[Lotte de Roos|PER|Lotte de Roos;de Roos]]
(projectleider) en [[Sander Oosterwijk|PER|Sander Oosterwijk;Oosterwijk]] (jurist).

## 1. Opening en mededelingen
De voorzitter opent om 19.30 uur. Mevrouw {Rozendaal|OF} meldt zich om 20.15 uur af.

## 2. Spreekrecht burgers
Drie insprekers over het {Omgevingsplan Hogekwartier|PR}.

De heer [[Willem Schothorst|PER|Willem Schothorst;Schothorst]], bewoner van de [[Heiligenbergerweg 112|ADR]], vreest
dat de nieuwe parkeergarage zijn uitrit blokkeert. Hij overhandigt foto's. De heer [[Schothorst]]
is bereikbaar via [[w.schothorst@ziggo.nl|EM]].

Mevrouw [[Anouk Terpstra-Veldhuis|PER|Anouk Terpstra-Veldhuis;Terpstra-Veldhuis]] spreekt namens de
{Bewonersvereniging Soesterkwartier|O}. Zij vraagt om een tweede informatieavond en een
{Participatieplan|T} dat ook jongeren bereikt.

De heer [[Dawit Tesfamariam|PER|Dawit Tesfamariam;Tesfamariam]], ondernemer in de {Kamp|P}, vraagt of de
bevoorrading van zijn winkel mogelijk blijft. Wethouder {Baghdasaryan|OF} zegt toe dat
mevrouw [[de Roos]] contact opneemt met de heer [[Tesfamariam]] (telefoon [[033 - 461 22 90|TEL]]).

## 3. Bespreekpunt Hogekwartier
De heer {Van der Wal|OF} vraagt naar de verkeersafwikkeling op de {Stadsring|P}. De heer
{Bouali|OF} wil weten of het aantal sociale huurwoningen (30 procent) hard is. De wethouder
antwoordt dat dit in de anterieure overeenkomst met {Portaal|O} is vastgelegd. De heer
[[Oosterwijk]] licht toe dat de {Wet ruimtelijke ordening|L} niet meer van toepassing is sinds
de {Omgevingswet|L} op {1 januari 2024|D} in werking trad.

## 4. Toezeggingen
- Wethouder {Baghdasaryan|OF}: tweede informatieavond vóór de zomer (TZ-2025-04).
- Ambtelijk: de foto's van de heer [[Schothorst]] worden beoordeeld door team Verkeer.

Sluiting 22.05 uur. Het verslag wordt vastgesteld in de vergadering van {19 februari 2025|D}.
Vragen aan de griffie: {griffie@amersfoort.nl|M} of {033 469 49 11|S}.
"""))

DOCS.append(Doc("o03_motie_vreemd_warmtenet_zwolle", "fp", font="dejavu", title="Motie vreemd aan de orde", src="""
# Motie vreemd aan de orde van de dag: Eerlijk warmtenet voor {Stadshagen|P}

De gemeenteraad van {Zwolle|P}, in vergadering bijeen op {10 maart 2025|D},

constaterende dat
- bewoners van {Stadshagen|P} een vast tarief betalen dat hoger ligt dan het {ACM|A}-maximum;
- de {Wet collectieve warmte|L} nog niet in werking is getreden;
- wethouder {Monique Schuttenbeld|OF} in de commissie heeft toegezegd met {Eneco|O} te overleggen;

overwegende dat
- huurders van {deltaWonen|O} en {SWZ|O} geen keuze hebben voor een andere warmtebron;

verzoekt het college
- vóór {1 juni 2025|D} met {Eneco|O} en de corporaties een tariefafspraak te maken;
- de raad te informeren via een raadsinformatiebrief,

en gaat over tot de orde van de dag.

| Indiener | Fractie | Handtekening |
| {Erik Veldhuis-Kramer|OF} | {SP|O} | getekend |
| {Sophie Ndiaye|OF} | {GroenLinks|O} | getekend |
| {Pieter-Jan Wassink|OF} | {CDA|O} | getekend |
| {Hanneke Sterrenburg|OF} | {PvdA|O} | getekend |

## Afhandeling griffie (intern)
~ Ontvangen door | [[Yvonne Lubbers|PER|Yvonne Lubbers;Lubbers]] ([[YLu|PAR]])
~ Ontvangen om | 21.47 uur
~ Uitslag | aangenomen met 27 stemmen voor en 12 tegen
~ Stemverklaring | {Gerrit Slingerland|OF} ({Swollwacht|O})
~ Doorgezet naar | [[Niels Bosman|PER|Niels Bosman;Bosman]], beleidsadviseur Energietransitie, [[n.bosman@zwolle.nl|EM]]

Opmerking van mevrouw [[Lubbers]]: de heer [[Bosman]] zet de motie in de moties- en
toezeggingenlijst. Bij vragen bellen met [[06 2713 8845|TEL]] (dienstmobiel van mevrouw [[Lubbers]])
of met het algemene nummer {14 038|S}.
"""))

DOCS.append(Doc("o04_collegeadvies_parafen_leiden", "lo", font="sans", title="Collegeadvies", author="Merel Zandbergen", src="""
# Collegeadvies: vaststelling subsidieplafond {Sportakkoord Leiden|PR} 2025

| Rol | Naam | Paraaf | Datum |
| Steller | [[Merel Zandbergen|PER|Merel Zandbergen;Zandbergen]] | [[MZa|PAR]] | {3 februari 2025|D} |
| Teamleider | [[Koen van 't Hoff|PER|Koen van 't Hoff;van 't Hoff]] | [[KvtH|PAR]] | 4 februari 2025 |
| Juridische toets | [[Nadia El Idrissi|PER|Nadia El Idrissi;El Idrissi]] | [[NEI|PAR]] | 5 februari 2025 |
| Financiën | [[P.W. (Peter) Bakels|PER|P.W. (Peter) Bakels;Bakels]] | [[PWB|PAR]] | 5 februari 2025 |
| Concerndirecteur | [[Anja Vroegindeweij|PER|Anja Vroegindeweij;Vroegindeweij]] | [[AV|PAR]] | 6 februari 2025 |
| Portefeuillehouder | wethouder {Abdelhakim Zitouni|OF} | akkoord | 10 februari 2025 |

~ Afdeling | {Maatschappelijke Ontwikkeling|O}, team Sport
~ Zaaknummer | {Z/25/2231874|C}
~ Geheimhouding | nee
~ Communicatie | [[Jasper de Wijs|PER|Jasper de Wijs;de Wijs]], [[jdwijs@leiden.nl|EM]], [[071 516 58 21|TEL]]

## Voorstel
Het college wordt gevraagd het subsidieplafond voor de regeling {Sportakkoord Leiden|PR} voor 2025 vast te
stellen op € 385.000 en de {Algemene Subsidieverordening Leiden 2024|L} toe te passen.

## Toelichting
In 2024 werden 64 aanvragen ingediend. Het plafond werd op {12 september 2024|D} bereikt. Verenigingen
zoals {LSV Leidse Sportvereniging|O} en {ZPC Leiden|O} kwamen niet meer aan bod. De sportformateur
van {Sportpunt Leiden|O}, de heer [[Ruud Hoogenboom|PER|Ruud Hoogenboom;Hoogenboom]], adviseert een hoger plafond.
Mevrouw [[Zandbergen]] heeft dit afgestemd met de regiegroep, waarin ook de {GGD Hollands Midden|O} zit.

## Financiële paragraaf
De dekking komt uit de {SPUK|A} sportakkoord II van het ministerie van {VWS|A} en uit de begroting
2025 (programma 5). De heer [[Bakels]] bevestigt dat de {SPUK|A}-middelen zijn ontvangen.

## Juridische paragraaf
Volgens mevrouw [[El Idrissi]] past het besluit binnen artikel 4 van de verordening en is
publicatie in het {Gemeenteblad|T} nodig. Na publicatie kan de aanvraag via het {e-Loket|T} worden ingediend.

## Communicatie
Na besluit een nieuwsbericht op {gemeente.leiden.nl|T}; vragen van verenigingen via {sport@leiden.nl|M}
of het algemene nummer {14 071|S}. Communicatieadviseur: [[Jasper de Wijs]].
"""))

DOCS.append(Doc("o05_besluitenlijst_presidium_haarlem", "hl", font="serif", title="Besluitenlijst presidium", src="""
# Besluitenlijst presidium gemeenteraad {Haarlem|P}, {6 maart 2025|D}

Aanwezig: burgemeester {Jos Wienen|OF} (voorzitter), de fractievoorzitters {Frank Visser|OF}
({GroenLinks|O}), {Chris van Leeuwen|OF} ({D66|O}), {Ilse Bergmeijer|OF} ({VVD|O}), {Lisa Roeleveld|OF}
({Trots Haarlem|O}), namens de griffie [[Marloes van Elswijk-Deng|PER|Marloes van Elswijk-Deng;van Elswijk-Deng;Elswijk-Deng]]
(raadsadviseur) en [[Jochem ter Beek|PER|Jochem ter Beek;ter Beek]] (griffiemedewerker); verslag: [[Ayla Koçak|PER|Ayla Koçak;Koçak]]
(raadsadviseur).

| Nr. | Onderwerp | Besluit | Actie |
| 1 | Vaststellen besluitenlijst {6 februari 2025|D} | vastgesteld | [[AK|PAR]] |
| 2 | Werkbezoek raad aan {Schalkwijk|P} | akkoord, 12 april | [[JtB|PAR]] |
| 3 | Integriteitsmelding ({Gedragscode raadsleden|L}) | besproken in beslotenheid | burgemeester |
| 4 | Budget fractieondersteuning | verhoging met 3% | [[MvE|PAR]] |
| 5 | Evaluatie {iBabs|PROD} en {Teams|PROD}-vergaderen | enquête onder raadsleden | [[AK|PAR]] |
| 6 | Rondvraag | zie toelichting | - |

## Toelichting rondvraag
De heer {Visser|OF} vraagt of de {RIB|A} over de {Haarlemse Schouwburg|O} vóór de commissie verschijnt.
Mevrouw [[van Elswijk-Deng]] (griffie) zegt toe dit na te gaan bij de gemeentesecretaris.
Mevrouw {Roeleveld|OF} meldt dat een inwoner, mevrouw [[Grietje Zwanenburg|PER|Grietje Zwanenburg;Zwanenburg]] uit de
[[Kleverparkweg 3 rood|ADR]], alle fracties heeft gemaild vanaf [[g.zwanenburg1958@hotmail.com|EM]] over de
bomenkap in het {Kleverpark|P}; de brief wordt als ingekomen stuk geagendeerd.

De heer [[ter Beek]] is vanaf 1 april met verlof; vervanging via het secretariaat
{griffie@haarlem.nl|M}, telefoon {023 511 32 90|S}.
"""))

DOCS.append(Doc("o06_inspraakreactie_bomenkap_eindhoven", "lo", font="serif", title="Inspraakreactie",
                 author="Jeroen Kuijpers", src="""
> [[Frans Vermeulen en Chantal Vermeulen-Oyelaran|PER|Vermeulen-Oyelaran;Frans Vermeulen;Chantal Vermeulen-Oyelaran;Vermeulen]]
> [[Roostenlaan 277|ADR]]
> [[5641 CK|ADR]] {Eindhoven|P}
> [[f.vermeulen@kpnmail.nl|EM]] | [[040-2118034|TEL]]

> Aan het college van burgemeester en wethouders van {Eindhoven|P}
> t.a.v. {Team Vergunningen|O}
> {Postbus 90150|AD}
> {5600 RB|AD} {Eindhoven|P}

{Eindhoven|P}, {17 januari 2025|D}

Betreft: inspraakreactie kapvergunning {Tongelresche Akkers|P}, zaaknummer {OLO 8839215|C}

Geacht college,

Met deze brief maken wij bezwaar tegen het voornemen om elf eiken aan de Roostenlaan
te kappen voor de aanleg van een fietspad. De eiken staan op de lijst van waardevolle bomen
van de gemeente. Wij hebben op {9 januari 2025|D} gebeld met de heer [[Jeroen Kuijpers|PER|Jeroen Kuijpers;Kuijpers]]
van de afdeling Openbare Ruimte. Hij gaf aan dat er geen alternatief tracé is onderzocht.
Dat verbaast ons, omdat de {Fietsersbond|O} afdeling {Eindhoven|P} een alternatief over de
{Generaal Bothastraat|P} heeft aangedragen.

Onze buurvrouw, mevrouw [[Hiltje de Boer-Roosendaal|PER|Hiltje de Boer-Roosendaal;de Boer-Roosendaal]]
([[Roostenlaan 279|ADR]]), sluit zich bij deze reactie aan.

Wij verzoeken u:
1. de kapvergunning aan te houden tot na de informatieavond;
2. een bomeneffectanalyse (BEA) te laten opstellen door een onafhankelijk bureau;
3. ons te horen, bij voorkeur op een avond.

Met vriendelijke groet,

!sig 61
> [[F. Vermeulen|PER]]
> [[C. Vermeulen-Oyelaran|PER]]

## Ontvangststempel en routing (intern)
| Ontvangen | Geregistreerd door | Toegewezen aan | Termijn |
| {20 januari 2025|D} | [[Wendy Schellekens|PER|Wendy Schellekens;Schellekens]] | [[J. Kuijpers|PER]] ([[JKu|PAR]]) | 6 weken |

Notitie [[Kuijpers]]: indieners bellen via [[06 - 41 09 72 18|TEL]] (mobiel mevrouw), vaste lijn bleek
onbereikbaar. Afstemmen met wethouder {Mieke Verhees|OF}, die het dossier {Gagelbos|P} ook trekt.
Algemeen: {14 040|S}, {info@eindhoven.nl|M}.
"""))

DOCS.append(Doc("o07_vragenuur_woordelijk_verslag_tilburg", "ch", font="serif",
                 title="Vragenuur gemeenteraad", src="""
# Vragenuur gemeenteraad {Tilburg|P}, {3 februari 2025|D} (woordelijk verslag, fragment)

!small
Dit is een fragment van het woordelijk verslag, opgesteld door verslagbureau De Notulist
(notulist [[Kim Bergmans|PER|Kim Bergmans;Bergmans]]). Niet gecorrigeerd.

De voorzitter (burgemeester {Theo Weterings|OF}): Dan geef ik het woord aan mevrouw {Van Tuyl|OF}
van de {Lokale Vitaliteit|O}.

Mevrouw {Van Tuyl|OF}: Dank u, voorzitter. Afgelopen vrijdag stond in het {Brabants Dagblad|O} dat
een medewerker van het {Klant Contact Centrum|O} een burger een e-mail stuurde met de gegevens van een
ander. Het ging om een bijstandsdossier. Is het college bekend met dit datalek en is het gemeld
bij de {Autoriteit Persoonsgegevens|O}?

De voorzitter: Wethouder {Marcelle Hendrickx|OF}.

Wethouder {Hendrickx|OF}: Voorzitter, ja. Het lek is op {29 januari 2025|D} ontdekt en dezelfde dag
gemeld bij de {AP|A} onder nummer {M-2025-01877|C}. De betrokken inwoner is gebeld. Ik noem hier
uiteraard geen namen. Wel kan ik zeggen dat de {FG|A} het onderzoek leidt.

Mevrouw {Van Tuyl|OF}: Een vervolgvraag. Klopt het dat het bericht ook naar een extern adres is
gestuurd, bij een incassobureau?

Wethouder {Hendrickx|OF}: Dat klopt. Het bureau heeft bevestigd dat het bericht is verwijderd.

De heer {Dirk Kool|OF} ({Tilburg Beter|O}): Voorzitter, mag ik een aanvullende vraag stellen?

De voorzitter: Kort, meneer {Kool|OF}.

De heer {Kool|OF}: Welke maatregelen neemt het college in de {Microsoft 365|PROD}-omgeving,
bijvoorbeeld een {DLP|A}-policy in {Outlook|PROD}?

Wethouder {Hendrickx|OF}: Er komt een verplichte e-learning en we zetten {sensitivity labels|T} aan.

## Ambtelijke aantekening bij het verslag (niet openbaar deel)
Betrokken inwoner: [[Sevda Aydın|PER|Sevda Aydın;Aydın]], geboren [[12-08-1979|DOB]], BSN [[{bsn1}|BSN]],
wonend [[Hasseltstraat 190|ADR]]. Het e-mailbericht ging per vergissing naar
[[j.aydin@incassodirect.nl|EM]]. Contact met mevrouw [[Aydın]] liep via haar dochter
[[Elif|PER]] ([[+31 6 1944 0378|TEL]]). Behandelaar: [[Rob van Iersel|PER|Rob van Iersel;van Iersel]],
{FG|A}-team, {privacy@tilburg.nl|M}.
""".replace("{bsn1}", bsn(7101))))

DOCS.append(Doc("o08_besluitenlijst_college_bw_vlaardingen", "fp", font="sans", title="Besluitenlijst B&W", src="""
# Openbare besluitenlijst college van B&W {Vlaardingen|P}, {18 februari 2025|D}

Aanwezig: burgemeester {Bert Blase|OF}, wethouders {Arnold Bruggeman|OF}, {Jan-Willem Eijkelenboom|OF},
{Ilse van Poppel|OF}; gemeentesecretaris [[Wim Verkerk-Hoeksema|PER|Wim Verkerk-Hoeksema;Verkerk-Hoeksema]].
Notulen: [[Yasmina Bouchaib|PER|Yasmina Bouchaib;Bouchaib]].

%w 6 36 16 14 28
| Nr | Onderwerp | Portefeuille | Steller | Besluit |
| 1 | Beantwoording vragen {Leefbaar Vlaardingen|O} over de {Westwijk|P} | {Bruggeman|OF} | [[LvdP|PAR]] | conform |
| 2 | Subsidie {Stichting Buurthuis De Vaart|O} | {Van Poppel|OF} | [[Sarita Ramdin|PER|Sarita Ramdin;Ramdin]] | conform, met aanpassing |
| 3 | Reactie zienswijze {Maasdelta Groep|O} | {Eijkelenboom|OF} | [[JOOSTEN|PER]] | aangehouden |
| 4 | {Regionaal Risicoprofiel|T} {VRR|A} | burgemeester | [[M.J. KORTEKAAS|PER|M.J. KORTEKAAS;KORTEKAAS]] | conform |
| 5 | Vaststelling {Woonvisie 2025-2030|PR} | {Bruggeman|OF} | [[Tjeerd Hoekstra|PER|Tjeerd Hoekstra;Hoekstra]] | conform |

## Toelichting bij punt 3
De heer [[JOOSTEN]] van het team Ruimte gaf aan dat de zienswijze van {Maasdelta Groep|O} (contact
[[Rachid Amrani|PER|Rachid Amrani;Amrani]], [[r.amrani@maasdeltagroep.nl|EM]]) later binnenkwam dan de termijn
van zes weken. Het college wil eerst weten of de {Algemene wet bestuursrecht|L} ruimte biedt.
Juridisch advies door mevrouw [[Ramdin]].

## Toelichting bij punt 4
Het risicoprofiel is opgesteld door de {Veiligheidsregio Rotterdam-Rijnmond|O}. Burgemeester {Blase|OF}
neemt het mee naar het {Algemeen Bestuur|O} van {15 maart 2025|D}. Contactpersoon {VRR|A}:
[[M.J. KORTEKAAS]] (mobiel [[06-29 87 04 51|TEL]]), algemeen nummer {010 446 89 00|S}.

Vastgesteld in de vergadering van {25 februari 2025|D}. Openbare besluitenlijst wordt gepubliceerd
op {vlaardingen.nl|T}. Vragen: {bestuurssecretariaat@vlaardingen.nl|M}.
"""))
