"""Documents 13-30 of set AR (all persons, numbers and situations invented)."""
from framework import bsn, iban

D = []

D.append(dict(name="ar13_wnt_overzicht.pdf", producer="reportlab", fontsize=8.5,
  header="{k:Stichting Hogeschool Rijnvliet} · Jaarverslag 2025 · bijlage 4",
  body="""# Verantwoording {k:Wet normering topinkomens} (WNT) 2025
Het voor {k:Stichting Hogeschool Rijnvliet} toepasselijke bezoldigingsmaximum is in 2025 {k/AMOUNT:€ 246.000} (klasse F, {k:Regeling bezoldigingsmaxima topfunctionarissen OCW-sectoren}).
## 1a. Leidinggevende topfunctionarissen
| Gegevens 2025 | {k:drs. A.M. van Leeuwen-Dekker} | {k:Dr. K. Boukhari} |
| Functie | voorzitter college van bestuur | lid college van bestuur |
| Aanvang en einde functievervulling | 01/01 - 31/12 | 01/03 - 31/12 |
| Omvang dienstverband (fte) | 1,0 | 0,8 |
| Beloning plus belastbare onkostenvergoedingen | {k/AMOUNT:€ 198.412} | {k/AMOUNT:€ 131.077} |
| Beloningen betaalbaar op termijn | {k/AMOUNT:€ 27.930} | {k/AMOUNT:€ 18.644} |
| Bezoldiging | {k/AMOUNT:€ 226.342} | {k/AMOUNT:€ 149.721} |
## 1c. Toezichthoudende topfunctionarissen
| Naam | Functie | Bezoldiging 2025 |
| {k:mr. H.J. Sijbesma} | voorzitter raad van toezicht | {k/AMOUNT:€ 24.600} |
| {k:ir. S. Chandoe} | lid raad van toezicht | {k/AMOUNT:€ 16.400} |
| {k:prof. dr. L. Van Damme} | lid raad van toezicht | {k/AMOUNT:€ 16.400} |
## 1d. Overige functionarissen met een bezoldiging boven het maximum
Eén medewerker (functie: lector Data Science) ontving in 2025 een bezoldiging van {k/AMOUNT:€ 251.300} inclusief een eenmalige uitkering. De WNT vraagt hier geen naam; de naam staat wel in de interne toelichting.
## 1e. Uitkeringen wegens beëindiging dienstverband
Voormalig directeur Bedrijfsvoering, ontslagvergoeding {k/AMOUNT:€ 75.000}, conform {k:CAO hbo}.
Opgesteld door {r:Lotte Wijnands}, controller ({r/EMAIL:l.wijnands@rijnvliet.nl}); gecontroleerd door {k:Baker Tilly (Netherlands) N.V.}.
""",
  hidden={"annots": [("{r:Lotte Wijnands}", "1d: dit is dr. {r:B. Kaymak}, niet publiceren"),
                     ("{r:Kees Rutgers}", "klopt, alleen functie vermelden")], "author": "{r:L. Wijnands}"}))

D.append(dict(name="ar14_begroting.pdf", producer="chromium", landscape=True, fontsize=8,
  header="{k:Gemeente Zaanstad} · Werkbegroting 2027 sociaal domein · concept {k/DATE:15 september 2026}",
  body="""# Werkbegroting 2027 per kostenplaats
| Kostenplaats | Programma | Budgethouder | Begroot 2026 | Begroot 2027 | Realisatie t/m aug 2026 | Toelichting |
| {k/COST:KP 6100 Jeugdhulp} | {k:Programma Jeugd} | {r:Chantal Sedney} | {k/AMOUNT:€ 41.250.000} | {k/AMOUNT:€ 43.900.000} | {k/AMOUNT:€ 29.118.440} | stijging tarieven {k:Jeugdwet} |
| {k/COST:KP 6120 Wmo Huishoudelijke Hulp} | {k:Programma Zorg en Welzijn} | {r:Bram van Oudheusden} | {k/AMOUNT:€ 12.600.000} | {k/AMOUNT:€ 13.150.000} | {k/AMOUNT:€ 8.402.115} | abonnementstarief {k:Wmo 2015} |
| {k/COST:KP 6200 Participatiewet Uitkeringen} | {k:Programma Werk en Inkomen} | {r:Ouafae El Idrissi} | {k/AMOUNT:€ 58.300.000} | {k/AMOUNT:€ 57.800.000} | {k/AMOUNT:€ 38.870.903} | BUIG-budget {k:Rijk} |
| {k/COST:KP 6240 Schuldhulpverlening} | {k:Programma Bestaanszekerheid} | {r:Tjeerd Bakker-Rienks} | {k/AMOUNT:€ 2.150.000} | {k/AMOUNT:€ 2.480.000} | {k/AMOUNT:€ 1.390.227} | uitbreiding {k:Geldzorgen Zaanstad} |
| {k/COST:KP 6300 Inburgering} | {k:Programma Inburgering} | {r:Nguyễn Văn Phúc} | {k/AMOUNT:€ 3.900.000} | {k/AMOUNT:€ 4.010.000} | {k/AMOUNT:€ 2.612.330} | {k:Wet inburgering 2021} |
| {k/COST:KP 6410 Vrouwenopvang} | {k:Programma Veiligheid en Zorg} | {r:Ilse Kooistra} | {k/AMOUNT:€ 1.780.000} | {k/AMOUNT:€ 1.800.000} | {k/AMOUNT:€ 1.210.554} | centrumgemeente |
Totaal sociaal domein 2027: {k/AMOUNT:€ 123.140.000}. Portefeuillehouder: wethouder {k:Wim Kaatee}.
Wijzigingen doorgeven aan de controller ({r:Serkan Aydın}, {r/EMAIL:s.aydin@zaanstad.nl}) of aan {k/MAIL:planning.control@zaanstad.nl}. Let op: het bedrag bij {k/COST:KP 6200 Participatiewet Uitkeringen} is inclusief de rijksbijdrage van {k/AMOUNT:€ 0,612 mln} voor re-integratie.
""",
  hidden={"outline": ["Werkbegroting 2027", "Opmerkingen {r:Sedney}"]}))

D.append(dict(name="ar15_contract.pdf", producer="docx", fontsize=9.5,
  header="Overeenkomst {k/CASE:DICTU-2026-0093} · {k:Ministerie van Economische Zaken}",
  footer="Paraaf opdrachtgever ____  Paraaf opdrachtnemer ____",
  docx_author="{r:Bas Heerkens}",
  body="""# Overeenkomst van opdracht voor het leveren van software-onderhoud
DE ONDERGETEKENDEN:
1. De Staat der Nederlanden, te dezen vertegenwoordigd door de directeur van {k:DICTU} (Dienst ICT Uitvoering), handelend krachtens mandaat namens de minister van {k:Economische Zaken}, hierna: Opdrachtgever;
2. {k:Cortexa Software Solutions B.V.}, gevestigd te Eindhoven, ingeschreven bij de {k:Kamer van Koophandel} onder nummer {k/ID:17094482}, rechtsgeldig vertegenwoordigd door de heer {r:L.F.M. Smulders}, algemeen directeur, hierna: Opdrachtnemer;
KOMEN OVEREEN:
## Artikel 1 Opdracht
Opdrachtnemer verzorgt het onderhoud van de applicatie {k:Subsidie Aanvraag Portaal} conform de {k:ARVODI-2018} en de {k:Rijksbrede Inkoopvoorwaarden}.
## Artikel 2 Looptijd en prijs
De overeenkomst loopt van {k/DATE:1 juli 2026} tot en met {k/DATE:30 juni 2028}. De totale prijs bedraagt {k/AMOUNT:€ 1.246.800,00} exclusief btw. Opdrachtnemer factureert per kwartaal op IBAN {k/IBAN:""" + iban("ABNA", 5120944) + """} ten name van {k:Cortexa Software Solutions B.V.}.
## Artikel 3 Contactpersonen
Voor Opdrachtgever: {r:Esra Koç}, contractmanager, {r/EMAIL:esra.koc@dictu.nl}, {r/PHONE:06-15 93 28 40}. Voor Opdrachtnemer: {r:Gijs van Gennip}, accountmanager, {r/EMAIL:gijs.vangennip@cortexa.nl}. Algemene vragen: {k/MAIL:servicedesk@dictu.nl}, {k/PHONE:088 370 1000}.
===
## Artikel 4 Geheimhouding en {k:AVG}
Opdrachtnemer verwerkt persoonsgegevens alleen volgens de verwerkersovereenkomst (bijlage 3).
## Ondertekening
| Voor Opdrachtgever | Voor Opdrachtnemer |
| De Staat der Nederlanden, namens deze de directeur {k:DICTU} | {k:Cortexa Software Solutions B.V.} |
| Naam: drs. {r:M.C.} ({r:Marjolein}) {r:Brouwer-Ter Steege} | Naam: {r:Luuk Smulders} |
| Functie: directeur, krachtens mandaat | Functie: algemeen directeur |
| Plaats en datum: Den Haag, {k/DATE:18 juni 2026} | Plaats en datum: Eindhoven, {k/DATE:16 juni 2026} |
| Handtekening: {r/SIGN:M.C. Brouwer} | Handtekening: {r/SIGN:L. Smulders} |
""",
  hidden={"fields": [("ondertekenaar_opdrachtnemer", "{r:Luuk Smulders}"), ("datum", "16-06-2026")]}))


def _po_rows():
    rows = ["| Inkooporder | Datum | Aanvrager | Leverancier | Omschrijving | Kostenplaats | Bedrag |"]
    data = [("{k/ORDER:4500201177}", "{r:Annemiek Sloot}", "{k:Office Depot B.V.}", "kantoorartikelen", "{k/AMOUNT:€ 1.342,18}"),
            ("{k/ORDER:4500201190}", "{r:Kofi Mensah}", "{k:Sligro Food Group N.V.}", "catering heidag", "{k/AMOUNT:€ 2.860,00}"),
            ("{k/ORDER:4500201204}", "{r:Sanne Kartosen}", "{k:Bol.com B.V.}", "vakliteratuur", "{k/AMOUNT:€ 412,75}"),
            ("{k/ORDER:4500201215}", "{r:Hüseyin Çelik}", "{k:Centric Netherlands B.V.}", "licenties {k:Suite4Sociaal}", "{k/AMOUNT:€ 48.900,00}"),
            ("{k/ORDER:4500201231}", "{r:Wytske de Haan}", "{r/TRADE:Vertaalbureau W. Rinsma}", "vertaling Fries", "{k/AMOUNT:€ 980,00}"),
            ("{k/ORDER:4500201248}", "{r:Jeroen Oude Elferink}", "{k:Heijmans Infra B.V.}", "herstel fietspad", "{k/AMOUNT:€ 61.223,40}"),
            ("{k/ORDER:4500201256}", "{r:Anouk Verbeek}", "{r/TRADE:Coaching Yasmina Chaouch}", "loopbaancoaching", "{k/AMOUNT:€ 2.250,00}"),
            ("{k/ORDER:4500201262}", "{r:Kofi Mensah}", "{k:Gom Schoonhouden B.V.}", "extra schoonmaak", "{k/AMOUNT:€ 3.118,90}")]
    for i, (o, a, l, om, b) in enumerate(data):
        rows.append(f"| {o} | {3 + i:02d}-11-2026 | {a} | {l} | {om} | {{k/COST:KP {5100 + 10 * (i % 4)}}} | {b} |")
    return "\n".join(rows)


D.append(dict(name="ar16_inkooporders.pdf", producer="reportlab", fontsize=8.5,
  header="{k:Gemeente Enschede} · Overzicht inkooporders november 2026 · bron: {k:Key2Financiën}",
  body="""# Inkooporders boven {k/AMOUNT:€ 250} (november 2026)
""" + _po_rows() + """
Orders zonder prestatieverklaring na 30 dagen worden automatisch gemeld bij de controller.
Vrijgave door budgethouder {r:H. Çelik} en afdelingshoofd {r:Ruud Schuttevaer}. Vragen: {k/MAIL:inkoop@enschede.nl}, telefoon {k/PHONE:14 053}.
"""))

D.append(dict(name="ar17_managementletter.pdf", producer="docx", fontsize=9.5,
  header="{k:Auditdienst Rijk} · Managementletter 2026 {k:Ministerie van Sociale Zaken en Werkgelegenheid}",
  footer="{k:Auditdienst Rijk} · Korte Voorhout 7 · Den Haag · {k/MAIL:adr@minfin.nl}",
  docx_author="{r:R.M. Sewdien}",
  body="""Aan: de secretaris-generaal van {k:SZW}, de heer {k:drs. P.H. Jansen-Hoogland}
Van: {k:Auditdienst Rijk}, auditteam SZW
Datum: {k/DATE:28 oktober 2026}
Kenmerk: {k/CASE:ADR/2026/3317}
# Managementletter over 2026 (interim-controle)
## 1. Inleiding
Wij hebben de interim-controle over 2026 uitgevoerd volgens de {k:Comptabiliteitswet 2016} en het {k:Controleprotocol ADR}. Deze letter bevat bevindingen over het financieel en materieelbeheer.
## 2. Bevindingen inkoopbeheer
Bij 14 van de 60 geselecteerde inkooporders ontbrak een prestatieverklaring. Het gaat om {k/AMOUNT:€ 2.318.440}. Voorbeeld: order {k/ORDER:4500187999} werd goedgekeurd door de budgethouder {r:A.B. Verhulst} na betaling. Een factuur van {k/AMOUNT:€ 612.345.678} (lees: {k/AMOUNT:€ 612.345,67}) werd dubbel ingevoerd.
De toegangsrechten in {k:Oracle EBS} zijn bij {k:FDC} niet volledig gescheiden: gebruiker {r/ID:SZW-JVERMEULEN} had zowel aanvraag- als goedkeuringsrechten.
## 3. Bevindingen personeelsbeheer
Bij drie declaraties van medewerkers van de {k:Inspectie SZW} (de {k:Nederlandse Arbeidsinspectie}) ontbrak de akkoordverklaring. Het betreft onder meer een declaratie van {r:Vesna Petrović} van {k/AMOUNT:€ 1.913,00}.
===
## 4. Opvolging eerdere bevindingen
| Nr | Bevinding | Verantwoordelijke | Status |
| 2025-03 | Contractbeheer {k:UWV}-subsidie | directeur FEZ | opgelost |
| 2025-07 | Rechtmatigheid WNT-meldingen | {r:Karin Hofstede-Amrani} | in uitvoering |
| 2025-09 | Autorisaties {k:Oracle EBS} | {r:Mustafa Yılmaz} | open |
Wij bespraken deze letter op {k/DATE:21 oktober 2026} met de directeur FEZ en het hoofd {k:Financieel Beheer}.
Hoogachtend,
drs. {r:Radjesh Sewdien} RA, auditmanager, {r/PHONE:06-31 07 88 42}
{r:Anne-Fleur van Rossum-Ketting}, senior auditor
"""))

D.append(dict(name="ar18_teams_thread.pdf", producer="chromium", fontsize=9,
  css=".msg{border-left:3px solid #6264a7;padding-left:6px;margin:6px 0}",
  header="Microsoft Teams · kanaal {k:Crediteurenadministratie} > Betalingen · export {k/DATE:9 oktober 2026}",
  html_title="Chat {r:Bouzidi} {r:Kovács}",
  body="""# Gesprek: factuur {k/ORDER:2026-0488} nog niet betaald
[08:41] {r:Fatima Bouzidi}: Goedemorgen, de leverancier {k:Groenvoorziening Hartman B.V.} belt voor de derde keer over factuur 2026-0488 van {k/AMOUNT:€ 18.204,75}. Vervaldatum was {k/DATE:15 september 2026}.
[08:44] {r:Lőrinc Kovács}: Die staat geblokkeerd in de workflow bij {r:Bram}. Ontbrekende prestatieverklaring.
[08:45] {r:Fatima Bouzidi}: @{r:Bram van Oudheusden} kun jij even kijken? De wettelijke rente loopt vanaf 30 dagen ({k:Burgerlijk Wetboek} art. 6:119a).
[09:12] {r:Bram van Oudheusden}: Sorry, was op vakantie. Ik heb het vandaag goedgekeurd. {r:Lőrinc}, kun je een spoedbetaling doen?
[09:15] {r:Lőrinc Kovács}: Gaat mee in de batch van morgen. Debiteurnummer {k/ID:300477912} bij hen, ons crediteurnummer {k/ID:100245}.
[09:16] {r:Fatima Bouzidi}: Top. Ik bel hun contactpersoon {r:Erwin Hartman} terug op {r/PHONE:06-20 44 91 38}.
[09:30] {r:Lőrinc Kovács}: Ter info: hun IBAN is {k/IBAN:""" + iban("RABO", 1557802) + """}, gecontroleerd tegen de {k:KvK}-gegevens. Vraag voor rente-claims naar {k/MAIL:crediteuren@haarlemmermeer.nl}.
[10:02] {r:Fatima Bouzidi}: {r:Erwin} zegt dat ze de rente ({k/AMOUNT:€ 61,32}) laten vallen. 👍
"""))

D.append(dict(name="ar19_mail_betaling.pdf", producer="reportlab", fontsize=9,
  header="Afgedrukt uit Outlook · {r:Ayşe Kaya}",
  body="""Van: {r:Ayşe Kaya} <{r/EMAIL:a.kaya@minbzk.nl}>
Verzonden: dinsdag {k/DATE:13 oktober 2026} 16:02
Aan: {k/MAIL:facturen@ssc-ict.nl}
CC: {r:Wouter Lodewijks} <{r/EMAIL:wouter.lodewijks@minbzk.nl}>
Onderwerp: RE: aanmaning {k:Beeldbank Noord V.O.F.} factuur 88120

Beste collega's van {k:SSC-ICT},

{k:Beeldbank Noord V.O.F.} heeft ons een tweede aanmaning gestuurd (zie onder). De factuur van {k/AMOUNT:€ 4.356,00} is op {k/DATE:2 juli 2026} goedgekeurd door {r:Wouter}. Kunnen jullie nagaan waarom die niet is betaald? Inkooporder {k/ORDER:4500176543}.

Met vriendelijke groet,
{r:Ayşe Kaya}
Adviseur bedrijfsvoering | {k:Directie Communicatie} | {k:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}
M {r/PHONE:06-11 52 37 96} | Turfmarkt 147, Den Haag

-----Oorspronkelijk bericht-----
Van: {r:Thijs Zwart} <{r/EMAIL:thijs@beeldbanknoord.nl}>
Verzonden: maandag {k/DATE:12 oktober 2026} 11:20
Aan: {r:Ayşe Kaya} <{r/EMAIL:a.kaya@minbzk.nl}>
Onderwerp: aanmaning factuur 88120

Geachte mevrouw {r:Kaya},

Ondanks onze herinnering van {k/DATE:14 september 2026} hebben wij factuur 88120 ({k/AMOUNT:€ 4.356,00}) nog niet ontvangen. Wij verzoeken u het bedrag binnen 8 dagen over te maken op {k/IBAN:""" + iban("INGB", 9081442) + """} t.n.v. {k:Beeldbank Noord V.O.F.}, anders brengen wij {k/AMOUNT:€ 40,00} incassokosten in rekening conform het {k:Besluit vergoeding voor buitengerechtelijke incassokosten}.
Onze vennoten {r:Thijs Zwart} en {r:Femke Zwart-Hoekstra} zijn telefonisch bereikbaar op {k/PHONE:050 311 22 00}.

Met vriendelijke groet,
{r:Thijs Zwart}
{k:Beeldbank Noord V.O.F.} · KvK {k/ID:69902114}
""",
  hidden={"attach": [("aanmaning-88120-{r:T.Zwart}.pdf", "aanmaning")]}))


def _creditors():
    rows = ["| Crediteur | Naam | Type | KvK | IBAN | Laatste order | Openstaand | Vervaldatum |"]
    data = [
        ("100245", "{k:Groenvoorziening Hartman B.V.}", "BV", "{k/ID:34198772}", "{k/IBAN:" + iban("RABO", 1557802) + "}", "{k/ORDER:4500199871}", "{k/AMOUNT:€ 18.204,75}"),
        ("100251", "{r:J. Boukhrisse}", "ZZP", "{r/ID:74510392}", "{r/IBAN:" + iban("INGB", 5529017) + "}", "{k/ORDER:4500200113}", "{k/AMOUNT:€ 2.420,00}"),
        ("100263", "{k:Stichting Leergeld Haarlemmermeer}", "stichting", "{k/ID:41227865}", "{k/IBAN:" + iban("TRIO", 2198765) + "}", "{k/ORDER:4500200140}", "{k/AMOUNT:€ 12.000,00}"),
        ("100270", "{r:Wouter Claeys}", "ZZP (BE)", "{r/ID:BE0712.448.913}", "{r/IBAN:BE71 0961 2345 6769}", "{k/ORDER:4500200166}", "{k/AMOUNT:€ 5.808,00}"),
        ("100288", "{k:Arcadis Nederland B.V.}", "BV", "{k/ID:09036504}", "{k/IBAN:" + iban("ABNA", 4433556) + "}", "{k/ORDER:4500200171}", "{k/AMOUNT:€ 96.551,20}"),
        ("100292", "{r:Nguyễn Thị Lan}", "particulier", "-", "{r/IBAN:" + iban("BUNQ", 2071153) + "}", "-", "{k/AMOUNT:€ 349,00}"),
        ("100305", "{k:Vitens N.V.}", "NV", "{k/ID:32006527}", "{k/IBAN:" + iban("INGB", 6655443) + "}", "{k/ORDER:4500200203}", "{k/AMOUNT:€ 1.118,64}"),
        ("100311", "{r:Gonçalves Pinto, M.}", "ZZP", "{r/ID:82277341}", "{r/IBAN:" + iban("KNAB", 3319260) + "}", "{k/ORDER:4500200219}", "{k/AMOUNT:€ 7.260,00}"),
        ("100320", "{k:Coöperatie Zonnedak Zwolle U.A.}", "coöperatie", "{k/ID:67341120}", "{k/IBAN:" + iban("ASNB", 8800123) + "}", "{k/ORDER:4500200230}", "{k/AMOUNT:€ 3.400,00}"),
        ("100334", "{r:Hendrik-Jan Jongeneel}", "ZZP", "{r/ID:59331047}", "{r/IBAN:" + iban("RABO", 7712450) + "}", "{k/ORDER:4500200247}", "{k/AMOUNT:€ 1.815,00}"),
    ]
    for i, (c, n, t, kvk, ib, o, b) in enumerate(data):
        rows.append(f"| {{k/ID:{c}}} | {n} | {t} | {kvk} | {ib} | {o} | {b} | {{k/DATE:{(i * 3) % 28 + 1:02d}-12-2026}} |")
    return "\n".join(rows)


D.append(dict(name="ar20_crediteuren_export.pdf", producer="chromium", landscape=True, fontsize=6.5, css="td{white-space:nowrap}",
  header="Export crediteurenstam {k:Gemeente Haarlemmermeer} · {k:Unit4 Financials} · 06-12-2026",
  body="""# Crediteurenstam en openstaande posten (export naar Excel, afgedrukt)
""" + _creditors() + """
~ Totaal openstaand {k/AMOUNT:€ 148.926,59} · peildatum {k/DATE:06-12-2026} · 10 van 1.204 crediteuren · filter: openstaand > 0 · batchnummer {k/ID:061204778}
Export gemaakt door {r/ID:HLM\\lkovacs} ({r:Lőrinc Kovács}).
"""))

D.append(dict(name="ar21_scan_declaratie.pdf", producer="scan", ocr_layer=True, fontsize=11,
  body="""# DECLARATIEFORMULIER REISKOSTEN
Gemeente Utrecht - Team Salarisadministratie

Naam: {r:Sjoerd Wiegersma}
Personeelsnummer: {r/ID:U-204917}
Afdeling: Stadsontwikkeling
IBAN: {r/IBAN:""" + iban("INGB", 3308812) + """}

Datum 14-09-2026 Utrecht - Zwolle v.v. 2e klas 39,60
Datum 16-09-2026 Parkeren P+R Westraven 6,00
Datum 21-09-2026 Lunch werkbezoek 12,50
Totaal 58,10

Handtekening medewerker: {r/SIGN:S. Wiegersma}
Akkoord leidinggevende: {r:Mirjam Koolhoven}
Datum akkoord: 25-09-2026
"""))

D.append(dict(name="ar22_scan_pv_opening.pdf", producer="scan", fontsize=11,
  body="""# PROCES-VERBAAL VAN OPENING
Aanbesteding Schoonmaakdiensten 2027-2030
Waterschap Vallei en Veluwe

Op 8 september 2026 om 10:00 uur zijn in aanwezigheid van
de inkoopadviseurs {r:Koen Hazenberg} en {r:Dewi Sastrowardoyo}
de volgende inschrijvingen geopend:

1. CSU Schoonmaak - vertegenwoordigd door {r:Patrick Ooms}
2. Hago Nederland - vertegenwoordigd door {r:Samira Lahlou}
3. Asito - geen vertegenwoordiger aanwezig
4. Schoonmaakbedrijf {r/TRADE:Pieters} - {r:Gerrit Pieters}

Notaris: mr. {r:Joris Kalkman}
Handtekeningen: {r/SIGN:K. Hazenberg} {r/SIGN:D. Sastrowardoyo}
"""))

D.append(dict(name="ar23_scan_getuigenverklaring.pdf", producer="scan", ocr_layer=True, fontsize=11,
  body="""# VERSLAG GESPREK GETUIGE
Dossier BI-2026-017 - Bureau Integriteit

Gehoorde: Getuige 2 (leidinggevende van Betrokkene A)
Datum: 16 maart 2026
Aanwezig: {r:Rachid Bennani} (onderzoeker), {r:Floor de Wit-Lindeboom} (notulist)

Getuige 2 verklaart dat Betrokkene A de bestellingen zelf invoerde.
Getuige 2 heeft de orders goedgekeurd, omdat collega {r:Cor Veenstra}
had gezegd dat alles in orde was. Getuige 2 kende de directeur
van Bouwadvies Zuidwest niet.

Voor akkoord: {r/SIGN:E. Hoogendoorn-Mulder}
"""))

D.append(dict(name="ar24_scan_brief_subsidie.pdf", producer="scan", fontsize=11,
  body="""{r:Abdelkader Haddouchi}
{r/ADDRESS:Kanaalstraat 118}
{r/ADDRESS:3531 CK Utrecht}

Aan: Gemeente Utrecht, afdeling Subsidies
Betreft: uw besluit 2026-SUB-4471

Utrecht, 2 oktober 2026

Geachte heer/mevrouw,

Ik maak bezwaar tegen de vaststelling van mijn subsidie
voor het buurtfeest Kanaleneiland. U heeft 1.200 euro
vastgesteld, maar ik heb 1.645 euro uitgegeven.
Graag het bedrag storten op {r/IBAN:""" + iban("ABNA", 6081234) + """}.
Mijn BSN is {r/BSN:""" + bsn(2424) + """}.
Telefoon: {r/PHONE:06-48 20 73 15}

Met vriendelijke groet,
{r:A. Haddouchi}
"""))

D.append(dict(name="ar25_inschrijvingen_lijst.pdf", producer="docx", landscape=True, fontsize=8,
  header="{k:Waterschap Vallei en Veluwe} · aanbesteding Schoonmaakdiensten 2027-2030 · {k/CASE:WVV-2026-112}",
  body="""# Overzicht aanmeldingen en contactpersonen
| Nr | Onderneming | KvK | Contactpersoon | E-mail | Telefoon | Stand |
| 1 | {k:CSU Schoonmaak} | {k/ID:23061291} | {r:Patrick Ooms} | {r/EMAIL:p.ooms@csu.nl} | {r/PHONE:06-53 17 84 26} | ingeschreven |
| 2 | {k:Hago Nederland B.V.} | {k/ID:33114582} | {r:Samira Lahlou} | {r/EMAIL:samira.lahlou@hago.nl} | {k/PHONE:030 247 50 00} | ingeschreven |
| 3 | {k:Asito} | {k/ID:06024211} | {r:Bart Jan Vrielink} | {k/MAIL:tenders@asito.nl} | {k/PHONE:074 255 63 00} | ingeschreven |
| 4 | {r/TRADE:Schoonmaakbedrijf Pieters} | {r/ID:09177530} | {r:Gerrit Pieters} | {r/EMAIL:gerrit@pieterspoets.nl} | {r/PHONE:06-27 40 11 58} | ingeschreven |
| 5 | {k:Gom Schoonhouden B.V.} | {k/ID:24218457} | {r:Sevda Karakuş} | {r/EMAIL:s.karakus@gom.nl} | {r/PHONE:06-10 77 29 34} | teruggetrokken |
| 6 | {k:ISS Facility Services B.V.} | {k/ID:33210467} | {r:Jan-Willem de Graaff} | {k/MAIL:tenders@iss.nl} | {k/PHONE:088 477 00 00} | geen inschrijving |
Inkoopadviseurs: {r:Koen Hazenberg}, {r:Dewi Sastrowardoyo}. Functionele mailbox: {k/MAIL:inkoop@vallei-veluwe.nl}. Hoogheemraad {k:Hans Pennings} is portefeuillehouder bedrijfsvoering.
~ Stand per {k/DATE:8 september 2026}, 10:05 uur. {r/TRADE:Schoonmaakbedrijf Pieters} heeft de UEA na de sluitingstermijn aangevuld.
""",
  hidden={"author": "{r:Koen Hazenberg}", "title": "Aanmeldingen schoonmaak - {r:Dewi} checken"}))

D.append(dict(name="ar26_betalingsherinnering_be.pdf", producer="docx",
  body="""{r/TRADE:Vercauteren Interieurontwerp}
{r:Jens Vercauteren} · {r/ADDRESS:Kouter 29} · {r/ADDRESS:9000 Gent} · België
Ondernemingsnummer {r/ID:BE0654.321.987} · IBAN {r/IBAN:BE68 5390 0754 7034} · {r/PHONE:+32 475 12 34 56}

{k:Vlaams-Nederlands Huis deBuren}
t.a.v. de financiële administratie
Leopoldstraat 6, 1000 Brussel

Gent, {k/DATE:20 november 2026}

Betreft: tweede herinnering factuur 2026/017

Geachte,

Op {k/DATE:15 augustus 2026} stuurde ik u factuur 2026/017 voor het interieurontwerp van de leeszaal ({k/AMOUNT:€ 8.470,00} incl. 21% btw). Uw medewerker {r:Lieselot De Smet} bevestigde op {k/DATE:2 oktober 2026} dat de betaling was ingepland, maar ik heb nog niets ontvangen. De opdracht werd medegefinancierd door de {k:Nederlandse Taalunie} en het {k:Nederlands Letterenfonds}.
Wilt u het bedrag binnen 10 dagen overmaken? Bij uitblijven van betaling reken ik de wettelijke intrest aan volgens de {k:Wet betreffende de bestrijding van de betalingsachterstand bij handelstransacties}.

Met vriendelijke groeten,
{r:Jens Vercauteren}
""",
  footer="{r/TRADE:Vercauteren Interieurontwerp} · lid van {k:Unizo}"))

D.append(dict(name="ar27_aanstellingsbesluit.pdf", producer="reportlab",
  header="{k:Ministerie van Volksgezondheid, Welzijn en Sport} · {k:Directie Personeel en Organisatie} · {k:P-Direkt}",
  footer="Dit besluit is genomen door de {k:Shared Service Center P-Direkt} namens de minister",
  body="""# Besluit tot aanstelling
De minister van {k:Volksgezondheid, Welzijn en Sport}, gelet op de {k:Ambtenarenwet 2017} en de {k:CAO Rijk},
BESLUIT:
met ingang van {k/DATE:1 januari 2027} wordt aangesteld:
| Naam | {r:Inge Ypma-van der Werf} |
| Geboortedatum | {r/DOB:17-05-1986} |
| Personeelsnummer | {r/ID:P-00711846} |
| BSN | {r/BSN:""" + bsn(98765) + """} |
| Woonadres | {r/ADDRESS:Noorderhaven 12, 9712 VL Groningen} |
| Functie | Senior beleidsmedewerker {k:Programma Zorgverzekeringen} |
| Schaal en trede | schaal 12, trede 6 ({k/AMOUNT:€ 5.832,00} bruto per maand) |
| Kostenplaats | {k/COST:KP 7220 Zorgverzekeringen} |
Het salaris wordt gestort op {r/IBAN:""" + iban("INGB", 2244661) + """}. De proeftijd is twee maanden.

Namens deze, de directeur Personeel en Organisatie,
{r:H.L. Wolthuis}
Afschrift aan: {r:Miriam Baaij} (leidinggevende), personeelsdossier.
~ Mutatienummer {k/ORDER:700112233} · verwerkt op {k/DATE:06-12-2026} · dossiercode {k/ID:061-2026-4471}
"""))


def _batch():
    rows = ["| Regel | Begunstigde | IBAN | Bedrag | Omschrijving | Referentie |"]
    data = [("{k:Stichting Vrienden van het Fries Museum}", "{k/IBAN:" + iban("RABO", 3030104) + "}", "{k/AMOUNT:€ 44.870,00}", "vaststelling subsidie", "{k/CASE:SUB-2026-0017}"),
            ("{r:J.C. Carvalho}", "{r/IBAN:" + iban("INGB", 4471620) + "}", "{k/AMOUNT:€ 3.250,00}", "subsidie isolatie", "{k/CASE:SUB-2026-0034}"),
            ("{k:Stichting Buurtwerk Transvaal}", "{k/IBAN:" + iban("TRIO", 7305511) + "}", "{k/AMOUNT:€ 18.500,00}", "voorschot", "{k/CASE:SUB-2026-0051}"),
            ("{r:U.M. Sabajo}", "{r/IBAN:" + iban("ABNA", 2299310) + "}", "{k/AMOUNT:€ 2.120,00}", "vaststelling", "{k/CASE:SUB-2026-0068}"),
            ("{r:P. Vanderhaeghen}", "{r/IBAN:BE43 0689 9999 9501}", "{k/AMOUNT:€ 4.100,00}", "subsidie grensarbeid", "{k/CASE:SUB-2026-0238}"),
            ("{k:Coöperatie Zonnedak Zwolle U.A.}", "{k/IBAN:" + iban("ASNB", 8800123) + "}", "{k/AMOUNT:€ 61.410,00}", "vaststelling", "{k/CASE:SUB-2026-0119}"),
            ("{r:Eszter Nagy}", "{r/IBAN:" + iban("SNSB", 8823411) + "}", "{k/AMOUNT:€ 2.600,00}", "subsidie", "{k/CASE:SUB-2026-0204}")]
    for i, d in enumerate(data, 1):
        rows.append(f"| {i} | " + " | ".join(d) + " |")
    return "\n".join(rows)


D.append(dict(name="ar28_betaalbatch.pdf", producer="reportlab", fontsize=8,
  header="{k:Provincie Overijssel} · SEPA-betaalbatch {k/CASE:PB-2026-1102} · uitvoerdatum {k/DATE:5 november 2026}",
  body="""# Betaalbatch subsidies (controle vier-ogen)
""" + _batch() + """
Batchkenmerk {k/ID:0612 3480 5517 2290} · totaal batch: {k/AMOUNT:€ 136.850,00} · aantal regels: 7 · debetrekening {k/IBAN:""" + iban("BNGH", 285059309) + """} ({k:BNG Bank}).
Ingevoerd door {r:Gerda Dijkstra-Bosma} op {k/DATE:3 november 2026}; gecontroleerd door {r:Roel Pasveer}; geautoriseerd door {r:Anita Nijboer-Keizer}, hoofd Financiën.
""",
  hidden={"annots": [("{r:Roel Pasveer}", "Regel 5: IBAN gecontroleerd bij {r:Vanderhaeghen} zelf, tel. {r/PHONE:+32 477 90 11 23}")]}))

D.append(dict(name="ar29_collegebesluit_subsidies.pdf", producer="chromium", fontsize=9.5,
  header="{k:Gemeente Almere} · Besluitenlijst college van burgemeester en wethouders · {k/DATE:10 november 2026}",
  body="""# Besluitenlijst B&W
Aanwezig: burgemeester {k:Hein van der Loo}, wethouders {k:Maaike Veeningen}, {k:Kemal Chakir} en {k:Henk Mulder}; de gemeentesecretaris. Notulist: {r:Daphne Moesman}.
## 1. Subsidieplafond {k:Almere Doet Mee} 2027
Besluit: het plafond vast te stellen op {k/AMOUNT:€ 1.450.000}. Portefeuillehouder: wethouder {k:Chakir}. Ambtelijk contact: {r:Sabitri Jhinkoe-Rai} ({r/EMAIL:s.jhinkoe-rai@almere.nl}, {r/PHONE:036 539 44 81}).
## 2. Terugvordering subsidie {k:Stichting Cultuurkoepel Almere}
Besluit: {k/AMOUNT:€ 38.700} terug te vorderen wegens niet-verantwoorde uitgaven. De penningmeester van de stichting, {r:Rob Tuinman}, is gehoord op {k/DATE:27 oktober 2026}.
## 3. Bezwaar {r:Ursula Sabajo} tegen vaststelling
Besluit: bezwaar ongegrond conform advies van de {k:Commissie bezwaarschriften}. Behandelend jurist: Mr. {r:T.H. van Dalen}.
## 4. Inhuur ZZP Woo-ondersteuning
Besluit: opdracht aan {r/TRADE:Advies Priya Raghunathan} voor {k/AMOUNT:€ 46.800} ({k:Wet open overheid}, achterstanden). Offerte van {k:Berenschot} was hoger.
Contact griffie en pers: {k/MAIL:pers@almere.nl}, {k/PHONE:14 036}.
"""))

D.append(dict(name="ar30_memo_rechtmatigheid.pdf", producer="docx",
  header="{k:Provincie Gelderland} · Memo · intern",
  docx_author="{r:Thijmen Nieuwenhuis}",
  body="""Aan: {k:Provinciaal Auditcomité}
Van: {r:Thijmen Nieuwenhuis}, concerncontroller
Kopie: gedeputeerde {k:Peter Drenth}
Datum: {k/DATE:30 november 2026}
Onderwerp: onrechtmatige uitgaven 2026 (stand oktober)
# Onrechtmatige uitgaven 2026
In de eerste tien maanden van 2026 is voor {k/AMOUNT:€ 3.120.450} onrechtmatig uitgegeven, vooral door het ontbreken van een Europese aanbesteding bij inhuur. De grootste posten:
| Leverancier | Bedrag | Oorzaak | Opdrachtgever |
| {k:Yacht B.V.} | {k/AMOUNT:€ 1.204.800} | inhuur boven drempel | {r:Lisanne Berendsen} |
| {r/TRADE:IT-advies Vũ Đức Anh} | {k/AMOUNT:€ 286.000} | verlenging zonder nieuwe uitvraag | {r:Gert-Jan Hoeksma} |
| {k:Twynstra Gudde} | {k/AMOUNT:€ 410.350} | meerwerk | {r:Lisanne Berendsen} |
| {k:Capgemini Nederland B.V.} | {k/AMOUNT:€ 1.219.300} | contract verlopen | {r:Hatice Kılıç} |
De rechtmatigheidsgrens voor de verantwoording onder de {k:Wet gemeenschappelijke regelingen} en het {k:Besluit begroting en verantwoording provincies en gemeenten} (BBV) is {k/AMOUNT:€ 2.150.000}; de grens wordt dus overschreden. De {k:Rekenkamer Oost-Nederland} is geïnformeerd.
Voorstel: de opdrachtgevers volgen de training {k:Inkoop & Aanbesteden} van {k:PIANOo}. Aanspreekpunt: {r:Thijmen Nieuwenhuis}, {r/PHONE:06-25 81 40 77}; functioneel {k/MAIL:concerncontrol@gelderland.nl}.
""",
  hidden={"annots": [("{r:Hatice Kılıç}", "Capgemini: {r:Hoeksma} wist hiervan sinds juni")]}))
