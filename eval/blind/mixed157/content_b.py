"""Set LV documents lv12-lv22: form, roster, invoices, minutes, beslisnota, letters, council questions."""
from lib import Doc

DOCS = []

DOCS.append(Doc("lv12_aanvraagformulier", via="form", producer="Adobe PDF Library 17.0", creator="Adobe Acrobat Pro (64-bit) 24.1",
                title="Aanvraagformulier leerlingenvervoer 2025-2026", body="""
# Aanvraag [m:leerlingenvervoer] schooljaar 2025-2026
[o:Gemeente Apeldoorn] - team [o:Onderwijs en Jeugd] - [e:leerlingenvervoer@apeldoorn.nl] - [t:14 055]

Dit formulier is digitaal ingevuld en ondertekend via [p:DigiD]. De aanvraag is beoordeeld op grond van de [w:Verordening leerlingenvervoer gemeente Apeldoorn 2021] en artikel 4 van de [w:Wet op het primair onderwijs] (via de [w:Wet op de expertisecentra]).

> Zaaknummer: [r:Z/25/094417]    Ontvangen: [d:3 juni 2025]    Besluit: toegekend, aangepast vervoer (taxibus), [r:AP-17]
> Bijlage: medisch advies [o:GGD Noord- en Oost-Gelderland] ([r:GGD-MA-24-0917])

## Gegevens aanvrager en leerling (ingevuld door ouder)
""", fields=[
    ("ouder_naam", "Naam ouder/verzorger", "{P:Kübra Aydin-Verhoef}"),
    ("ouder_adres", "Adres", "{A:Zwaluwstraat 41, 7322 KM Apeldoorn}"),
    ("ouder_tel", "Telefoonnummer", "{T:06 28 44 91 07}"),
    ("ouder_mail", "E-mailadres", "{E:kubra.aydin@hotmail.com}"),
    ("leerling_naam", "Naam leerling", "{P:Emre Kaan Aydin}"),
    ("leerling_bsn", "BSN leerling", "{B:203 948 571}"),
    ("leerling_geb", "Geboortedatum leerling", "{D:14-03-2014}"),
    ("bijzonderheden", "Medische bijzonderheden", "{H:epilepsie, noodmedicatie in tas}"),
    ("noodcontact", "Tweede contactpersoon", "{P:Erdal Aydin} (oom) {T:06-44012298}"),
]))

DOCS.append(Doc("lv13_routerooster", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
                font="dejavu", title="Routeplanning perceel 2 week 3", body="""
# Routeplanning perceel 2 - week 3 (12 t/m 16 januari 2026)
[o:TaxiBus Veluwe B.V.] | contract [r:LLV-2024-P2] | versie 2 | [e:planning@taxibusveluwe.nl] | centrale [t:055 533 4100]

| *Route* | *Chauffeur* | *Pers.nr* | *Mobiel* | *Voertuig* | *Scholen* |
| [r:AP-09] | {P:Henk-Willem Scholten} | {X:40233} | {T:06-22871460} | [r:TBV-11] [p:Ford Transit] | [o:De Sprengen], [o:Het Anker] |
| [r:AP-11] | {P:Jolanda Brouwer-Smit} | {X:40519} | {T:06-30 12 98 77} | [r:TBV-14] [p:VW Crafter] | [o:Mytylschool De Bolster] |
| [r:AP-14] | {P:Piet van den Akker} | {X:40102} | {T:06-41709935} | [r:TBV-19] [p:Ford Transit] | [o:Het Anker] |
| [r:AP-17] ma-di | {P:Mehmet Koçak} (onderaannemer) | - | {T:06-15 88 20 43} | eigen voertuig | [o:Het Anker], [o:De Sprengen] |
| [r:AP-17] wo-vr | {P:Robert Hoekstra} | {X:40817} | {T:06-27 46 11 09} | [r:TBV-23] [p:Mercedes Sprinter] | [o:Het Anker], [o:De Sprengen] |
| [r:AP-21] | {P:Gülşen Yıldırım} | {X:40944} | {T:06-53322871} | [r:TBV-08] [p:VW Caddy] | [o:Praktijkschool Apeldoorn] |
| [r:AP-22] | {P:Bas ter Horst} | {X:41006} | {T:06-12 09 45 51} | [r:TBV-27] [p:Ford Transit] | [o:Mytylschool De Bolster] |

## Begeleiders (bus)
| *Route* | *Begeleider* | *Mobiel* | *Opmerking* |
| [r:AP-11] | {P:Wendy Starink} (zzp) | {T:06-48 27 55 10} | rolstoelleerlingen |
| [r:AP-22] | {P:Truus Hofstede} | {T:06-33 90 12 84} | vrijwilliger via [o:Stichting Welzijn Apeldoorn] |

> Planning: {P:N. Lindeboom}, {T:055-5334127}. Bij ziekte chauffeur: melden vóór 06.00 uur via de planningsapp [p:RitRegie]. Stiptheidsnorm contract: 95%.
> Wijziging t.o.v. versie 1: AP-17 ma-di door onderaannemer in verband met herstel {P:R. Hoekstra}.
"""))

DOCS.append(Doc("lv14_factuur_taxibus", producer="Exact Online", creator="Exact Online Facturatie",
                title="Factuur F2026-0211", body="""
# [o:TaxiBus Veluwe B.V.]
[l:Ravenweg 14], 7335 DP Apeldoorn | [e:administratie@taxibusveluwe.nl] | KvK [r:08123456] | btw [r:NL812345678B01]
IBAN [r:NL91 ABNA 0417 1643 00]

Aan: [o:Gemeente Apeldoorn], crediteurenadministratie, Postbus 9033, 7300 ES Apeldoorn
Factuurnummer: [r:F2026-0211]    Factuurdatum: [d:5 januari 2026]    Inkoopordernummer: [r:IO-2025-44731]
Contract: [r:LLV-2024-P2] perceel 2 - periode december 2025
Contactpersoon gemeente: {P:A. van 't Hoff}
Contactpersoon vervoerder: {P:Karin Dijkhuizen}, debiteurenbeheer, {E:k.dijkhuizen@taxibusveluwe.nl}, {T:055-5334133}

| *Omschrijving* | *Aantal* | *Tarief* | *Bedrag* |
| Ritten aangepast vervoer perceel 2 (routes AP-01 t/m AP-24) | 1.412 | [a:€ 38,40] | [a:€ 54.220,80] |
| Toeslag rolstoelvervoer | 186 | [a:€ 6,75] | [a:€ 1.255,50] |
| Inzet busbegeleiders (uur) | 212 | [a:€ 31,00] | [a:€ 6.572,00] |
| Korting no-show (art. 18 PvE) | -21 | [a:€ 38,40] | [a:-€ 806,40] |
| Subtotaal | | | [a:€ 61.241,90] |
| btw 9% | | | [a:€ 5.511,77] |
| Totaal | | | [a:€ 66.753,67] |

Betaling binnen 30 dagen onder vermelding van het factuurnummer.
> Gefiatteerd budgethouder: {C:JO} [d:12-01-2026] | Controle contractmanager: {C:AvtH} [d:09-01-2026] | Opmerking: stiptheidskorting Q4 nog verrekenen, zie [r:Z/26/118402]
"""))

DOCS.append(Doc("lv15_factuur_kocak", font="dejavu", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
                title="Factuur 2026-004", author="{P:Mehmet Koçak}", body="""
# Taxibedrijf {P:Koçak}
{A:Edisonlaan 212}, {A:7324 AW Apeldoorn}
KvK {X:81234567} | btw-id {X:NL003918274B46}
Tel. {T:06-15 88 20 43} | {E:m.kocak.taxi@gmail.com}
IBAN {I:NL42 RABO 0318 4472 90} t.n.v. {P:M. Koçak}

Aan: [o:TaxiBus Veluwe B.V.], t.a.v. de administratie, [l:Ravenweg 14], Apeldoorn

Factuur: [r:2026-004]
Datum: [d:19 januari 2026]
Betreft: inhuur chauffeur met voertuig, route [r:AP-17] ([o:gemeente Apeldoorn], perceel 2)

| *Datum* | *Omschrijving* | *Uren* | *Bedrag* |
| 5 januari 2026 | AP-17 ochtend en middag | 4,5 | [a:€ 189,00] |
| 6 januari 2026 | AP-17 ochtend en middag | 4,5 | [a:€ 189,00] |
| 8 januari 2026 | AP-17 ochtend | 2,25 | [a:€ 94,50] |
| 9 januari 2026 | AP-17 ochtend en middag (extra rit [o:Het Anker]) | 5,0 | [a:€ 210,00] |
| 12 januari 2026 | AP-17 ochtend en middag | 4,5 | [a:€ 189,00] |
| Totaal excl. btw | | | [a:€ 871,50] |
| btw 9% | | | [a:€ 78,44] |
| Totaal | | | [a:€ 949,94] |

Gelieve binnen 14 dagen over te maken. Dank voor de opdracht!
{P:Mehmet}
"""))

DOCS.append(Doc("lv16_factuur_starink", producer="PDFpen 13.2", creator="Pages",
                title="Factuur busbegeleiding december", body="""
# {P:Starink} Begeleiding op Maat
Zorg en begeleiding in het [m:leerlingenvervoer]
Eigenaar: {P:Wendy Starink}
{A:Kerklaan 8a}, {A:7311 AA Apeldoorn}
{E:wendy@starinkbegeleiding.nl} | {T:06-48 27 55 10}
KvK {X:77013462} | IBAN {I:NL07 INGB 0006 8123 45}

Factuur aan: [o:TaxiBus Veluwe B.V.], [l:Ravenweg 14], Apeldoorn
Factuurnummer: [r:SB-2025-12]    Datum: [d:31 december 2025]

| *Omschrijving* | *Uren* | *Tarief* | *Bedrag* |
| Busbegeleiding route AP-11, december 2025 (14 dagen) | 42 | [a:€ 27,50] | [a:€ 1.155,00] |
| Extra begeleiding AP-17, 3 december (rolstoelincident, nazorg) | 1,5 | [a:€ 27,50] | [a:€ 41,25] |
| Reiskosten | 96 km | [a:€ 0,23] | [a:€ 22,08] |
| Totaal (vrijgesteld van btw, art. 11 lid 1 sub g Wet OB) | | | [a:€ 1.218,33] |

> Kleineondernemersregeling van toepassing. Vragen over deze factuur? Bel {P:Wendy} op {T:06-48 27 55 10}.
"""))

DOCS.append(Doc("lv17_notulen_contractoverleg", via="docx", title="Verslag contractoverleg perceel 2, 22 januari 2026",
                author="{P:Doğan, Esra}", producer="LibreOffice 7.6", creator="Writer", body="""
# Verslag extra contractoverleg leerlingenvervoer perceel 2
Datum: 22 januari 2026, 10.00-11.45 uur
Locatie: [n:stadhuis] Apeldoorn, vergaderzaal [n:Koningin Wilhelmina]
Kenmerk: [r:Z/26/118402-07]

| Naam | Organisatie | Functie | Code |
| {P:Anouk van 't Hoff} | [o:Gemeente Apeldoorn] | [j:contractmanager] (voorzitter) | {C:AvtH} |
| {P:Jaap Oudenampsen} | [o:Gemeente Apeldoorn] | [j:teamleider Onderwijs en Jeugd] | {C:JO} |
| {P:Dorus Wensink} | [o:Gemeente Apeldoorn] | [j:consulent leerlingenvervoer] | {C:DW} |
| {P:Esra Doğan} | [o:Gemeente Apeldoorn] | [j:beleidsadviseur] (verslag) | {C:ED} |
| {P:Gerrit-Jan Vosselman} | [o:TaxiBus Veluwe B.V.] | [j:directeur] | {C:GJV} |
| {P:Natasja Lindeboom} | [o:TaxiBus Veluwe B.V.] | [j:hoofd planning] | {C:NLi} |
Afwezig met bericht: {P:Sven Klaassen} ([j:jurist inkoop])

## 1. Opening en incident 9 januari
{C:AvtH} opent. Het incident op route [r:AP-17] is niet binnen 24 uur gemeld (artikel 14.3 [m:Programma van Eisen]). {C:GJV} erkent dit en biedt excuses aan. De invaller ({P:Koçak}) was niet vooraf als onderaannemer aangemeld (artikel 9.2). {C:NLi} licht toe dat op die ochtend drie chauffeurs ziek waren en dat de centrale geen andere oplossing had.

## 2. Prestaties vierde kwartaal 2025
Stiptheid perceel 2: 81% (norm 95%). Klachten: 37, waarvan 11 over wisselende chauffeurs. {C:DW} noemt dat ouders van leerlingen met {H:autisme} en {H:epilepsie} hier het meest last van hebben. {C:GJV} wijst op het landelijke tekort aan chauffeurs en de afsluiting van de [l:Laan van Westenenk].

## 3. Boete en verbeterplan
{C:JO} deelt mee dat de gemeente overweegt een boete op te leggen op grond van artikel 22 van de overeenkomst ([a:€ 250] per tekortkoming, maximaal [a:€ 10.000] per kwartaal). Een besluit volgt na advies van {P:Sven} (juridische zaken). [o:TaxiBus Veluwe] levert vóór 5 februari een verbeterplan met vaste chauffeurs per route en een overdrachtskaart per leerling.

---
## 4. Rondvraag
{C:ED} vraagt of de vervoerder de medische protocollen van leerlingen digitaal opslaat. {C:NLi}: ja, in [p:RitRegie], alleen zichtbaar voor de vaste chauffeur en de planning. Afgesproken dat de [j:functionaris gegevensbescherming] van de gemeente dit toetst aan de [w:AVG].

## Actielijst
| Nr | Actie | Wie | Gereed |
| 26-01 | Verbeterplan perceel 2 aanleveren | {C:GJV} | 5 februari 2026 |
| 26-02 | Overzicht inzet onderaannemers 2025 | {C:NLi} | 5 februari 2026 |
| 26-03 | Juridisch advies boete art. 22 | {P:S. Klaassen} | 30 januari 2026 |
| 26-04 | Antwoord klacht ouder route AP-17 ([r:KL-2026-0031]) | {C:DW} / {C:AvtH} | 27 januari 2026 |
| 26-05 | Toets verwerking medische gegevens in [p:RitRegie] | [j:FG] | 1 maart 2026 |

Volgend regulier overleg: [d:19 maart 2026].
"""))

DOCS.append(Doc("lv18_beslisnota_boete", font="dejavu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                title="Beslisnota boete TaxiBus Veluwe perceel 2", body="""
# Beslisnota
| *Aan* | [f:wethouder Oosterveld] ([j:portefeuille Onderwijs en Jeugd]) |
| *Van* | {P:J. Oudenampsen}, [j:teamleider Onderwijs en Jeugd] |
| *Contactpersoon* | {P:Anouk van 't Hoff}, {T:06-41287593}, {E:a.vanthoff@apeldoorn.nl} |
| *Datum* | [d:9 februari 2026] |
| *Kenmerk* | [r:Z/26/118402-11] |
| *Onderwerp* | Boete en verbetertraject [o:TaxiBus Veluwe B.V.], perceel 2 leerlingenvervoer |
| *Kopie aan* | {P:S. Klaassen} ([j:juridische zaken]), [o:team Inkoop] |

## Aanleiding
In het vierde kwartaal van 2025 bleef [o:TaxiBus Veluwe B.V.] op perceel 2 ver onder de contractnorm voor stiptheid (81% tegen 95%). Op [d:9 januari 2026] is een leerling met een medische indicatie zonder overdracht bij een verkeerde school afgezet door een niet-aangemelde onderaannemer. Een ouder heeft een klacht ([r:KL-2026-0031]) en een Woo-verzoek ([r:WOO-2026-0347]) ingediend.

## Geadviseerd besluit
Aan de wethouder wordt gevraagd:
1. in te stemmen met het opleggen van een boete van [a:€ 7.750] op grond van artikel 22 van de overeenkomst [r:LLV-2024-P2] (31 tekortkomingen);
2. in te stemmen met een verbetertraject van drie maanden met maandelijkse rapportage;
3. kennis te nemen van het juridisch advies van [d:30 januari 2026] (bijlage 2).

## Kern
- De vervoerder erkent de tekortkomingen, maar wijst op het landelijke chauffeurstekort.
- Ontbinding van het contract is op dit moment niet proportioneel: een nieuwe aanbesteding kost minstens negen maanden (zie [w:Aanbestedingswet 2012]).
- Het incident met de onderaannemer is een schending van artikel 9.2 en 14.3 van het [m:Programma van Eisen].

---
## Krachtenveld
Raadslid [f:Fatma Yılmaz] ([o:GroenLinks-PvdA]) heeft schriftelijke vragen gesteld (zie [r:RV-2026-012]). De [o:Ouderraad Speciaal Onderwijs Apeldoorn] heeft de wethouder om een gesprek gevraagd. Buurgemeente [o:Epe] (perceel 3, zelfde vervoerder) overweegt vergelijkbare maatregelen; {P:Sven} heeft contact met de jurist daar, {P:mr. L. Gerritsen-Aalbers}.

## Financiën
De boete komt ten gunste van het budget [m:leerlingenvervoer] (programma 3, [r:6.3.420]). Het budget 2026 bedraagt [a:€ 6,4 miljoen].

## Bijlagen
1. Verslag contractoverleg [d:22 januari 2026]
2. Juridisch advies {P:S. Klaassen}, [d:30 januari 2026]
3. KPI-rapportage Q4 2025

## Informatie die niet openbaar gemaakt kan worden
Bijlage 2 bevat juridisch advies ten behoeve van intern beraad.

| *Naam* | *Functie* | *Paraaf* | *Datum* |
| {P:Anouk van 't Hoff} | [j:contractmanager] | {C:AvtH} | 6-2-2026 |
| {P:Sven Klaassen} | [j:jurist] | {C:SPK} | 6-2-2026 |
| {P:Jaap Oudenampsen} | [j:teamleider] | {C:JO} | 9-2-2026 |
| {P:Hester Kremer-Ilbrink} | [j:afdelingshoofd Maatschappelijke Ontwikkeling] | {C:HKI} | 9-2-2026 |
"""))

DOCS.append(Doc("lv19_boetebrief", font="times", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                title="Ingebrekestelling en boete perceel 2", body="""
[o:Gemeente Apeldoorn]
Postbus 9033, 7300 ES Apeldoorn | [l:Marktplein 1] | [t:14 055] | [e:info@apeldoorn.nl]

Aangetekend en per e-mail
[o:TaxiBus Veluwe B.V.]
t.a.v. de directie
[l:Ravenweg 14]
7335 DP Apeldoorn

Datum: [d:16 februari 2026]
Kenmerk: [r:Z/26/118402-14]
Behandeld door: {P:A. van 't Hoff}
Doorkiesnummer: {T:055 580 1862}
Onderwerp: ingebrekestelling en oplegging boete overeenkomst [r:LLV-2024-P2]

Geachte directie,

Op grond van artikel 22 van de overeenkomst [r:LLV-2024-P2] (leerlingenvervoer perceel 2) leggen wij u een boete op van [a:€ 7.750]. In het vierde kwartaal van 2025 hebben wij 31 tekortkomingen vastgesteld, die zijn besproken in het contractoverleg van [d:22 januari 2026]. Daarnaast hebt u op [d:9 januari 2026] zonder onze voorafgaande toestemming een onderaannemer ingezet, in strijd met artikel 9.2.

Wij stellen u hierbij in gebreke. Wij verwachten dat u uiterlijk [d:1 mei 2026] voldoet aan de norm voor stiptheid van 95 procent en dat op iedere route een vaste chauffeur rijdt. Wij verrekenen de boete met uw factuur over februari 2026.

Het college heeft hierover op [d:10 februari 2026] besloten op voorstel van [f:wethouder Oosterveld].

Tegen dit besluit staat geen bezwaar open; het betreft een privaatrechtelijke rechtshandeling.

Hoogachtend,
namens dezen,

{P:J.W. Oudenampsen}
[j:teamleider Onderwijs en Jeugd]

Afschrift: {P:mr. S.P. Klaassen}, [j:juridische zaken]; {P:D.A. Wensink}, [j:consulent leerlingenvervoer]
Paraaf: {C:JWO} / {C:AvtH}
"""))

DOCS.append(Doc("lv20_reactie_vervoerder", font="dejavu", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
                title="Reactie op ingebrekestelling", author="{P:Vosselman}", body="""
# [o:TaxiBus Veluwe B.V.]
[l:Ravenweg 14] - 7335 DP Apeldoorn - [t:055 533 4100] - [e:info@taxibusveluwe.nl]

[o:Gemeente Apeldoorn]
t.a.v. {P:mevrouw A. van 't Hoff}, contractmanager
Postbus 9033
7300 ES Apeldoorn

Apeldoorn, [d:2 maart 2026]
Uw kenmerk: [r:Z/26/118402-14]
Betreft: reactie op ingebrekestelling en boete

Geachte {P:mevrouw Van 't Hoff},

Wij hebben uw brief van [d:16 februari 2026] ontvangen. Wij betreuren het incident van 9 januari zeer en hebben inmiddels excuses aangeboden aan de moeder van de leerling.

Wij aanvaarden de boete, maar vragen u de hoogte te heroverwegen. Van de 31 tekortkomingen waren er 12 het gevolg van de afsluiting van de [l:Laan van Westenenk] en de [l:Europaweg] door de gemeente zelf. Wij verwijzen naar artikel 22.4 van de overeenkomst (overmacht).

Ons verbeterplan (bijlage) bevat onder meer:
- vaste chauffeurs op alle 24 routes vanaf [d:1 april 2026];
- een overdrachtskaart per leerling, opgesteld met de ouders;
- een pool van drie vaste invallers in loondienst in plaats van onderaannemers;
- aanvullende training [p:Omgaan met leerlingen met autisme] door [o:Autisme Team Oost].

Onze chauffeur op route AP-17, de heer {P:Hoekstra}, rijdt sinds [d:19 januari 2026] weer vast op deze route.

Wij zien uit naar een constructief gesprek.

Met vriendelijke groet,

{P:G.J. Vosselman}
[j:algemeen directeur]

{P:Natasja Lindeboom}
[j:hoofd planning]

Bijlage: verbeterplan perceel 2 (versie 1.3)
cc: {P:Yvonne Mulder-de Graaf} (P&O); bereikbaar voor overleg via {T:06-53 01 77 42}
"""))

DOCS.append(Doc("lv21_raadsvragen", font="dejavu", producer="iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="iBabs",
                title="Schriftelijke vragen RV-2026-012 en antwoorden", body="""
# Schriftelijke vragen ex artikel 42 [w:Reglement van orde gemeenteraad Apeldoorn]
Nummer: [r:RV-2026-012]
Datum ontvangst: [d:20 januari 2026]
Vragensteller: [f:Fatma Yılmaz] ([o:GroenLinks-PvdA]), mede namens [f:Bert-Jan Schuiling] ([o:VVD])
Onderwerp: misstanden in het leerlingenvervoer

Inleiding
Via de [o:Ouderraad Speciaal Onderwijs Apeldoorn] en berichtgeving in [o:de Stentor] ([d:17 januari 2026]) vernamen wij dat een kwetsbare leerling door een invalchauffeur bij een verkeerde school is afgezet. Ouders klagen al maanden over wisselende chauffeurs en vertragingen.

Vraag 1. Is het college bekend met het incident van [d:9 januari 2026]?
Antwoord: Ja. Het college betreurt het incident. De leerling is dezelfde ochtend alsnog op school afgeleverd en opgevangen. Wij hebben de ouder excuses aangeboden.

Vraag 2. Hoe vaak is de vervoerder in 2025 tekortgeschoten?
Antwoord: In het vierde kwartaal van 2025 haalde [o:TaxiBus Veluwe B.V.] op perceel 2 een stiptheid van 81%, tegen een norm van 95%. Er kwamen 37 klachten binnen. In de eerste drie kwartalen lag de stiptheid tussen 92% en 94%.

Vraag 3. Welke maatregelen neemt het college?
Antwoord: Het college heeft de vervoerder op [d:16 februari 2026] in gebreke gesteld en een boete opgelegd van [a:€ 7.750]. De vervoerder voert een verbeterplan uit. [f:Wethouder Oosterveld] voert in maart een gesprek met de ouderraad.

---
Vraag 4. Is het college bereid de raad per kwartaal te informeren?
Antwoord: Ja. Vanaf het tweede kwartaal van 2026 ontvangt de raad een kwartaalrapportage over het [m:leerlingenvervoer] via de [m:raadsinformatiebrief].

Vraag 5. Worden medische gegevens van leerlingen zorgvuldig gedeeld met de vervoerder?
Antwoord: De gemeente deelt alleen de gegevens die voor een veilige uitvoering van het vervoer nodig zijn, zoals een noodprotocol. De [j:functionaris gegevensbescherming] toetst de werkwijze van de vervoerder in maart 2026 aan de [w:AVG].

Aldus vastgesteld in de vergadering van het college van burgemeester en wethouders van [d:24 februari 2026].

De secretaris,                         De burgemeester,
[f:drs. H.A. Pelgrim-Lanting]                [f:A.C. Heijmerink]

> Ambtelijk voorbereid door: {P:A. van 't Hoff} ({E:a.vanthoff@apeldoorn.nl}, {T:06-41287593}) en {P:E. Doğan} ({E:e.dogan@apeldoorn.nl}); paraaf {C:AvtH}
"""))

DOCS.append(Doc("lv22_persbericht", via="docx", title="Persbericht: boete voor vervoerder leerlingenvervoer",
                author="{P:Roos Hendriksen-Baas}", producer="LibreOffice 7.6", creator="Writer", body="""
# Persbericht
[o:Gemeente Apeldoorn] | [d:17 februari 2026] | nummer [r:PB-2026-031]

Gemeente legt vervoerder leerlingenvervoer boete op

De [o:gemeente Apeldoorn] heeft [o:TaxiBus Veluwe B.V.] een boete van [a:€ 7.750] opgelegd omdat de vervoerder in het najaar van 2025 te vaak te laat was en zonder toestemming een onderaannemer inzette. De vervoerder moet de komende drie maanden laten zien dat het vervoer op orde is.

"Kinderen die met de taxibus naar school gaan, zijn vaak extra kwetsbaar. Ouders moeten erop kunnen vertrouwen dat hun kind veilig en op tijd op school komt, met een chauffeur die het kind kent", zegt [f:wethouder Marleen Oosterveld] (Onderwijs en Jeugd). "Wij houden de vervoerder daar scherp aan."

Elke schooldag vervoert de gemeente ongeveer 640 leerlingen naar scholen voor (voortgezet) speciaal onderwijs in en rond Apeldoorn, onder meer naar [o:SO Het Anker], [o:Mytylschool De Bolster] en het [n:Koning Willem I College]. Perceel 2 omvat 24 routes.

Ouders met vragen over het vervoer kunnen contact opnemen met het team [m:leerlingenvervoer] via [t:14 055] of [e:leerlingenvervoer@apeldoorn.nl].

Woordvoerder: [f:Pieter Olthof], woordvoerder van [f:wethouder Oosterveld]

Noot voor de redactie
Voor meer informatie: [j:afdeling Communicatie], [t:055 580 1111] of [e:pers@apeldoorn.nl].
"""))
