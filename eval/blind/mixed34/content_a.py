"""Documents 1-12 of set AR (all persons, numbers and situations invented)."""
from framework import bsn, iban

MIN = "{k:Ministerie van Infrastructuur en Waterstaat}"
D = []

D.append(dict(name="ar01_offerte_team_cv.pdf", producer="docx", fontsize=9.5,
  header="Kwartier Advies B.V. · Inschrijving Europese aanbesteding {k/CASE:IenW-2026-0417} · Vertrouwelijk",
  footer="Kwartier Advies B.V. · KvK {k/ID:71234589} · Catharijnesingel 40, 3511 GC Utrecht · {k/MAIL:tenders@kwartieradvies.nl}",
  docx_author="{r:W. van der Heijden-Stam}", docx_title="Offerte IenW-2026-0417",
  body="""# Offerte perceel 2: Datagedreven inkoop en contractbeheer
Aan: {k:Rijkswaterstaat}, {k:Inkoopcentrum Rijkswaterstaat}, t.a.v. de aanbestedingscommissie
Inschrijver: {k:Kwartier Advies B.V.}, in combinatie met onderaannemer {k:Datastroom Analytics B.V.} (KvK {k/ID:80915542}).
Contactpersoon voor deze inschrijving: {r:Willemijn van der Heijden-Stam}, partner, {r/EMAIL:w.vanderheijden@kwartieradvies.nl}, {r/PHONE:06-41 27 83 95}.
## 1. Samenvatting
{k:Kwartier Advies} biedt een team van vier adviseurs dat sinds 2019 voor {k:Rijkswaterstaat} en {k:ProRail} contractbeheer heeft ingericht. Het team werkt met de methode {k:Contractmanagement 3.0} en de normen van {k:PIANOo}. Onze prijs: {k/AMOUNT:€ 487.250,00} exclusief btw voor de looptijd van 24 maanden.
## 2. Teamsamenstelling
| Rol | Naam | Inzet (uur/week) | Uurtarief |
| Projectleider | {r:Willemijn van der Heijden-Stam} | 24 | {k/AMOUNT:€ 145,00} |
| Senior adviseur contractbeheer | {r:Rishi Mahabier} | 32 | {k/AMOUNT:€ 128,00} |
| Data-analist | {r:Zsófia Horváth} | 32 | {k/AMOUNT:€ 112,00} |
| Adviseur inkoopprocessen | {r:Tiago Gonçalves} | 16 | {k/AMOUNT:€ 112,00} |
===
# Bijlage B: curricula vitae
## {r:Willemijn van der Heijden-Stam} (1979)
Partner bij {k:Kwartier Advies B.V.} sinds 2015. Daarvoor senior inkoper bij {k:Gemeente Utrecht}. Opleiding: Bestuurskunde, {k:Universiteit Utrecht}; {k:NEVI} Professional Inkoop. Referentie: programma {k:Vernieuwing Afsluitdijk}.
## {r:Rishi Mahabier} (1984)
Senior adviseur. Geboren in Paramaribo, studie Technische Bedrijfskunde aan de {k:TU Delft}. Tussen 2016 en 2021 contractmanager bij {k:ProRail}. Certificaat {k:IPMA-C}.
## {r:Zsófia Horváth} (1991)
Data-analist. MSc Econometrics, {k:Erasmus Universiteit Rotterdam}; eerder werkzaam bij {k:Deloitte}. Bouwde het spenddashboard voor het {k:Rijksvastgoedbedrijf}. Talen: Hongaars, Nederlands, Engels.
## {r:Tiago Gonçalves} (1988)
Adviseur inkoopprocessen, oorspronkelijk uit Porto. Werkte bij {k:Gemeente Amsterdam} aan de invoering van {k:Negometrix} en {k:TenderNed}. Bereikbaar via {r/EMAIL:t.goncalves@kwartieradvies.nl}.
~ Referent voor {r:Rishi Mahabier}: {r:Ingrid Verhoef-de Lange}, contractmanager {k:ProRail}, {r/PHONE:06-23 58 71 04}.
""",
  hidden={"annots": [("{r:Joost de Bruijn}", "Tarief {r:Horváth} nog afstemmen met {r:Joost}")]}))

D.append(dict(name="ar02_nota_van_inlichtingen.pdf", producer="chromium", fontsize=9.5,
  header="{k:Rijkswaterstaat} · Nota van inlichtingen 1 · aanbesteding {k/CASE:IenW-2026-0417} · publicatie via {k:TenderNed}",
  html_title="NvI 1 IenW-2026-0417 - bewerkt door {r:A. ter Horst-Koning}",
  body="""# Nota van inlichtingen nr. 1
Aanbesteding: Datagedreven inkoop en contractbeheer ({k/CASE:IenW-2026-0417}). Datum: {k/DATE:12 maart 2026}. Vragen konden tot {k/DATE:5 maart 2026} worden gesteld via {k:TenderNed}. De aanbestedende dienst heeft de vragen geanonimiseerd, maar in een aantal gevallen staan namen van vragenstellers in de vraag zelf; deze zijn hieronder ongewijzigd overgenomen zoals ontvangen.
| Nr | Vraagsteller (organisatie) | Vraag | Antwoord |
| 1 | {k:Kwartier Advies B.V.} | Mag het CV van {r:Rishi Mahabier} langer zijn dan twee pagina's? | Nee, maximaal twee pagina's per CV. |
| 2 | {k:Berenschot} | Geldt de eis van {k:ISO 9001} ook voor onderaannemers? | Ja. |
| 3 | {k:Significant Public} | Namens {r:Hamza Ouahabi}: is de inschrijvingstermijn te verlengen? | Nee, de termijn blijft {k/DATE:9 april 2026}. |
| 4 | {k:Kwartier Advies B.V.} | Kunt u bevestigen dat mevrouw {r:Horváth} als data-analist voldoet aan de eis van minimaal vijf jaar ervaring? | De aanbestedende dienst beoordeelt geen individuele kandidaten in de nota van inlichtingen. |
| 5 | {k:Twynstra Gudde} | Vraag van {r:Lieselot De Smet} ({r/EMAIL:lieselot.desmet@twynstragudde.nl}): wordt het {k:Rijksinkoopstelsel} toegepast? | Ja, conform de {k:Aanbestedingswet 2012}. |
| 6 | {k:Datastroom Analytics B.V.} | Vraag gesteld door {r:Arjun Venkataraman}: is de {k:Gids Proportionaliteit} van toepassing op de geschiktheidseisen? | Ja. |
| 7 | {k:KPMG Advisory N.V.} | Onze adviseur {r:Wouter Claeys} vraagt of de omzeteis van {k/AMOUNT:€ 1.000.000} per jaar geldt. | De omzeteis vervalt. |
Vragen over deze nota: {k/MAIL:inkoop.rws@rws.nl} of het algemene nummer {k/PHONE:0800 8002}. Contact inkoop: {r:Annelies ter Horst-Koning}, inkoopadviseur, {r/PHONE:06-18 44 02 97}.
~ Deze nota van inlichtingen maakt onderdeel uit van de aanbestedingsstukken. Aan deze nota kunnen geen rechten worden ontleend anders dan bepaald in de {k:Aanbestedingswet 2012}.
""",
  hidden={"author": "{r:Annelies ter Horst-Koning}"}))

D.append(dict(name="ar03_gunningsbeslissing.pdf", producer="reportlab",
  header="{k:Rijkswaterstaat} · Inkoopcentrum · Postbus 2232 · 3500 GE Utrecht",
  footer="Kenmerk {k/CASE:RWS-2026/14478} · {k/MAIL:inkoop.rws@rws.nl}",
  body="""# Gunningsbeslissing
{k:Kwartier Advies B.V.}
t.a.v. mevrouw {r:W. van der Heijden-Stam}
Catharijnesingel 40
3511 GC Utrecht

Datum: {k/DATE:23 april 2026}
Onderwerp: voorlopige gunning perceel 2, aanbesteding {k/CASE:IenW-2026-0417}

Geachte mevrouw {r:Van der Heijden-Stam},

Hierbij delen wij u mee dat {k:Rijkswaterstaat} voornemens is perceel 2 te gunnen aan {k:Kwartier Advies B.V.}. Uw inschrijving scoorde 84,5 punten op kwaliteit en de laagste prijs ({k/AMOUNT:€ 487.250,00}). De nummer twee, {k:Twynstra Gudde}, behaalde 79,0 punten. {k:KPMG Advisory N.V.} is als ongeldig aangemerkt omdat de verklaring van {k:Belastingdienst} ontbrak.

| Inschrijver | Kwaliteit | Prijs | Totaal |
| {k:Kwartier Advies B.V.} | 84,5 | {k/AMOUNT:€ 487.250,00} | 1 |
| {k:Twynstra Gudde} | 79,0 | {k/AMOUNT:€ 502.900,00} | 2 |
| {k:Significant Public} | 71,5 | {k/AMOUNT:€ 455.000,00} | 3 |

De Alcateltermijn van twintig kalenderdagen loopt tot en met {k/DATE:13 mei 2026}. Een kort geding kan worden aangespannen bij de {k:Rechtbank Den Haag}.

Met vriendelijke groet,

{r:Emre Yıldız}
Inkoper, {k:Inkoopcentrum Rijkswaterstaat}
{r/EMAIL:emre.yildiz@rws.nl} · {r/PHONE:06-52 90 13 77}
""",
  hidden={"annots": [("{r:EY}", "gecontroleerd door {r:Ouahabi}, jurist")]}))

D.append(dict(name="ar04_factuur_zzp_ramdin.pdf", producer="reportlab",
  body="""# FACTUUR
{r/TRADE:Ramdin Interim & Advies}
{r:Ravi Ramdin}
{r/ADDRESS:Kasteel Traverstraat 17}
{r/ADDRESS:2804 EL Gouda}
KvK {r/ID:61827730} · btw-id {r/ID:NL001638294B62}
IBAN {r/IBAN:""" + iban("INGB", 6620981) + """} t.n.v. {r:R.K. Ramdin}

Aan: {k:Rijksdienst voor Ondernemend Nederland}, Crediteurenadministratie, Postbus 93144, 2509 AC Den Haag
Factuurnummer: 2026-031 · Factuurdatum: {k/DATE:31 maart 2026} · Uw inkoopordernummer: {k/ORDER:4500187231}
Opdracht: interim teamleider Subsidies (programma {k:Nationaal Groeifonds})

| Omschrijving | Uren | Tarief | Bedrag |
| Werkzaamheden maart 2026 | 128 | {k/AMOUNT:€ 105,00} | {k/AMOUNT:€ 13.440,00} |
| Reiskosten (NS) | | | {k/AMOUNT:€ 212,40} |
| Subtotaal | | | {k/AMOUNT:€ 13.652,40} |
| btw 21% | | | {k/AMOUNT:€ 2.867,00} |
| Totaal | | | {k/AMOUNT:€ 16.519,40} |

Betaling binnen 30 dagen. Vragen: {r/EMAIL:ravi@ramdininterim.nl} of {r/PHONE:06-38 11 59 20}.
Akkoord budgethouder: {r:Shanti Jagessar}, {k:RVO} afdeling Subsidies.
""",
  footer="{r/TRADE:Ramdin Interim & Advies} · lid van {k:Platform Zelfstandige Ondernemers}"))

D.append(dict(name="ar05_factuur_zzp_hoekstra.pdf", producer="docx",
  docx_author="{r:Sjoerd Hoekstra}",
  body="""# {r/TRADE:Fotografie Sjoerd Hoekstra}
{r/ADDRESS:Tsjerkebuorren 6} · {r/ADDRESS:9021 CK Jorwert}
KvK {r/ID:58120644} · IBAN {r/IBAN:""" + iban("RABO", 3317245) + """} · {r/EMAIL:info@sjoerdhoekstrafoto.frl}

Factuur 2026-0112
Datum: {k/DATE:14 februari 2026}
Aan: {k:Provincie Fryslân}, afdeling Communicatie, Tweebaksmarkt 52, Leeuwarden
T.a.v.: {r:Gerbrich Postma}
Referentie: inkooporder {k/ORDER:4500162980}, campagne {k:Fryslân Fernijt}

| Omschrijving | Aantal | Prijs | Totaal |
| Fotoreportage opening fietspad Wâldwei | 1 dag | {k/AMOUNT:€ 780,00} | {k/AMOUNT:€ 780,00} |
| Nabewerking en licentie (5 jaar) | 40 foto's | {k/AMOUNT:€ 12,50} | {k/AMOUNT:€ 500,00} |
| Kilometervergoeding | 84 km | {k/AMOUNT:€ 0,23} | {k/AMOUNT:€ 19,32} |
| btw 21% | | | {k/AMOUNT:€ 272,86} |
| Totaal te betalen | | | {k/AMOUNT:€ 1.572,18} |

Gedeputeerde {k:Sietske Poepjes} staat op de foto's bij de opening; toestemming voor publicatie is geregeld via de afdeling Communicatie.
Betalen binnen 14 dagen o.v.v. factuurnummer. Met dank, {r:Sjoerd}
""",
  footer="Algemene voorwaarden: zie {k:Fotografenfederatie}"))

D.append(dict(name="ar06_scan_factuur_klusbedrijf.pdf", producer="scan", fontsize=11,
  body="""# FACTUUR
{r/TRADE:Klusbedrijf Demirci}
{r:Mehmet Demirci}
{r/ADDRESS:Dordtsestraatweg 211}
{r/ADDRESS:3074 BM Rotterdam}
KvK {r/ID:70455218}
Tel. {r/PHONE:06-29 73 40 18}
IBAN {r/IBAN:""" + iban("ABNA", 8412077) + """}

Aan: Gemeente Rotterdam, Stadsbeheer
Factuurnummer: F-2026-044
Factuurdatum: 2 april 2026
Inkooporder: 4500199132

Herstel hekwerk speeltuin Afrikaanderpark
Arbeid 14 uur a 52,50 = 735,00
Materiaal = 310,45
btw 21% = 219,54
Totaal = 1.264,99

Opdracht gegeven door {r:Naima Aït Taleb}, wijkbeheerder.
Paraaf ontvangst: {r:NAT}
"""))

D.append(dict(name="ar07_declaratie.pdf", producer="reportlab", fontsize=9,
  header="{k:Ministerie van Financiën} · {k:P-Direkt} · Declaratieformulier dienstreis",
  footer="Ingediend via {k:P-Direkt} · verwerking door {k:Shared Service Center ICT}",
  body="""# Declaratie dienstreis binnenland en buitenland
| Veld | Waarde |
| Naam medewerker | {r:Trần Văn Minh} |
| Personeelsnummer | {r/ID:P-00418273} |
| Organisatieonderdeel | {k:Directie Begrotingszaken} |
| Functie | Senior beleidsmedewerker |
| Kostenplaats | {k/COST:KP 4410 Rijksbegroting} |
| IBAN (privé) | {r/IBAN:""" + iban("INGB", 7740291) + """} |
| Budgethouder | {r:Gábor Szűcs} |
| Datum reis | {k/DATE:18 november 2026} t/m {k/DATE:20 november 2026} |
| Bestemming | Brussel, overleg {k:Europese Commissie} (ECOFIN-voorbereiding) |

| Datum | Omschrijving | Bedrag |
| 18-11-2026 | Treinkaart Eurostar Den Haag HS - Brussel-Zuid | {k/AMOUNT:€ 118,00} |
| 18-11-2026 | Hotel Thon Brussels City Centre, 2 nachten | {k/AMOUNT:€ 356,00} |
| 19-11-2026 | Maaltijden (forfaitair) | {k/AMOUNT:€ 64,20} |
| 20-11-2026 | Taxi naar Berlaymont | {k/AMOUNT:€ 21,50} |
| | Totaal | {k/AMOUNT:€ 559,70} |

NS-Business Card: {r/ID:3528 0417 6621 0934} (op naam van {r:T.V. Minh})
Toelichting: reis in opdracht van minister {k:Heinen}; de rekening van het hotel staat op naam van {r:Trần Văn Minh} en is als bijlage toegevoegd.
Akkoord budgethouder: {r:G. Szűcs}, {k/DATE:24 november 2026}.
Contact bij vragen: {k/MAIL:declaraties@minfin.nl}
""",
  hidden={"fields": [("medewerker", "{r:Trần Văn Minh}"), ("pnummer", "{r/ID:P-00418273}"), ("telefoon_thuis", "{r/PHONE:070-3645128}")]}))

D.append(dict(name="ar08_reisboeking.pdf", producer="chromium", fontsize=9,
  header="{k:Reisbureau Rijksoverheid} (uitgevoerd door {k:BCD Travel}) · boekingsbevestiging",
  html_title="Boeking 7Q3K2M {r:Figueiredo}",
  body="""# Boekingsbevestiging groepsreis
Dossier: 7Q3K2M · Opdrachtgever: {k:Ministerie van Onderwijs, Cultuur en Wetenschap}, {k:Directie Hoger Onderwijs en Studiefinanciering}
Kostenplaats: {k/COST:KP 2210 Studiefinanciering} · Besteld door: {r:Inês Figueiredo} ({r/EMAIL:i.figueiredo@minocw.nl})
| Reiziger | Personeelsnr. | Trein | Hotel | Kaartnummer NS |
| {r:Inês Figueiredo} | {r/ID:P-00562190} | Den Haag C. - Groningen 08:04 | NH Groningen Enjoy, 1 nacht | {r/ID:3528 0031 9922 4810} |
| {r:Pieter-Jan van den Akker} | {r/ID:P-00340077} | Den Haag C. - Groningen 08:04 | NH Groningen Enjoy, 1 nacht | {r/ID:3528 0031 5560 1279} |
| {r:Youssef El Amrani} | {r/ID:P-00619305} | Utrecht C. - Groningen 08:45 | geen | {r/ID:3528 0031 0047 3366} |
| {r:Priya Raghunathan} | {r/ID:P-00603118} | Den Haag C. - Groningen 08:04 | NH Groningen Enjoy, 1 nacht | {r/ID:3528 0031 7713 5501} |
Doel: werkbezoek {k:Rijksuniversiteit Groningen} en {k:Hanzehogeschool}, samen met minister {k:Bruins}.
Totaal: {k/AMOUNT:€ 1.284,60} (trein {k/AMOUNT:€ 386,60}, hotel {k/AMOUNT:€ 898,00}); factuur volgt op {k/DATE:1 december 2026}.
Noodnummer reisbureau (24/7): {k/PHONE:+31 20 754 3000}. Bijzonderheden: mevrouw {r:Raghunathan} vegetarisch; de heer {r:El Amrani} reist met eigen OV-chipkaart.
~ Wijzigingen via {k/MAIL:reisbureau@rijksoverheid.nl}. Deze bevestiging is automatisch verstuurd.
""",
  hidden={"author": "{r:Inês Figueiredo}"}))


def _timesheet():
    people = [("Jildou van der Meer", "MW1043"), ("Auke Terpstra", "MW1044"), ("Clarissa Pinas", "MW1061"),
              ("Mehmet Öztürk", "MW1077"), ("Nguyễn Thị Lan", "MW1081"), ("Jens Vercauteren", "MW1090"),
              ("Fatima Bouzidi", "MW1102"), ("Lőrinc Kovács", "MW1115"), ("Marlon Kartodikromo", "MW1120"),
              ("Ayşe Demirci", "MW1133"), ("Sunita Deshpande", "MW1141"), ("Maarten van 't Hek", "MW1150")]
    projects = [("{k/COST:PRJ-0712 Wet open overheid implementatie}", "{k/COST:KP 3120}"),
                ("{k/COST:PRJ-0733 Digitale Overheid}", "{k/COST:KP 3140}"),
                ("{k/COST:PRJ-0790 Informatiehuishouding}", "{k/COST:KP 3160}")]
    rows = ["| Medewerkercode | Naam | Project | Kostenplaats | Wk 45 | Wk 46 | Wk 47 | Wk 48 | Totaal | Status |"]
    for i, (n, c) in enumerate(people):
        p, kp = projects[i % 3]
        h = [32 + (i * 3) % 9, 36 - (i % 4), 28 + (i * 5) % 11, 36]
        rows.append(f"| {{r/ID:{c}}} | {{r:{n}}} | {p} | {kp} | {h[0]} | {h[1]} | {h[2]} | {h[3]} | {sum(h)} | {'goedgekeurd' if i % 5 else 'open'} |")
    return "\n".join(rows)


D.append(dict(name="ar09_urenexport.pdf", producer="chromium", landscape=True, fontsize=7,
  header="Export urenregistratie {k:SAP SuccessFactors} · {k:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties} · periode {k/DATE:3 november 2026} - {k/DATE:30 november 2026}",
  body="""# Urenverantwoording directie {k:Informatiesamenleving en Overheid}
~ Geëxporteerd op 02-12-2026 09:14 door gebruiker {r/ID:BZK\\akterhorst} · filter: afdeling DIO/Woo
""" + _timesheet() + """
Goedkeurder week 45-48: {r:Wiebe Dijkstra} (teamleider). Openstaande regels: herinnering gestuurd aan {r:Jildou} en {r:Marlon}.
Norm: 36 uur per week conform {k:CAO Rijk}. Vragen over de export: {k/MAIL:servicedesk@p-direkt.nl}.
"""))


def _subsidies():
    rows = ["| Nr | Ontvanger | Soort | Plaats | Regeling | Verleend | Vastgesteld | Datum besluit |"]
    data = [
        ("{k:Stichting Vrienden van het Fries Museum}", "stichting", "Leeuwarden", "{k/AMOUNT:€ 45.000}", "{k/AMOUNT:€ 44.870}"),
        ("{r:J.C. Carvalho}", "natuurlijk persoon", "Ouderkerk aan den IJssel", "{k/AMOUNT:€ 3.250}", "{k/AMOUNT:€ 3.250}"),
        ("{k:Stichting Buurtwerk Transvaal}", "stichting", "Den Haag", "{k/AMOUNT:€ 18.500}", "{k/AMOUNT:€ 18.500}"),
        ("{r:Sabajo, U.M.}", "natuurlijk persoon", "Almere", "{k/AMOUNT:€ 2.400}", "{k/AMOUNT:€ 2.120}"),
        ("{k:Vereniging Dorpsbelang Jorwert}", "vereniging", "Jorwert", "{k/AMOUNT:€ 7.800}", "{k/AMOUNT:€ 7.800}"),
        ("{r:Phạm Quốc Huy}", "natuurlijk persoon", "Utrecht", "{k/AMOUNT:€ 5.000}", "nog niet"),
        ("{k:Coöperatie Zonnedak Zwolle U.A.}", "coöperatie", "Zwolle", "{k/AMOUNT:€ 62.000}", "{k/AMOUNT:€ 61.410}"),
        ("{r:A. Öztürk-Yılmaz}", "natuurlijk persoon", "Enschede", "{k/AMOUNT:€ 1.750}", "{k/AMOUNT:€ 1.750}"),
        ("{k:Stichting Surinaamse Ouderen Amsterdam-Zuidoost}", "stichting", "Amsterdam", "{k/AMOUNT:€ 24.000}", "{k/AMOUNT:€ 23.600}"),
        ("{r:Dirk-Jan de Vries-Nauta}", "natuurlijk persoon", "Heerenveen", "{k/AMOUNT:€ 3.900}", "{k/AMOUNT:€ 3.900}"),
        ("{k:Stichting Marokkaanse Vrouwen Utrecht}", "stichting", "Utrecht", "{k/AMOUNT:€ 15.250}", "{k/AMOUNT:€ 15.250}"),
        ("{r:Eszter Nagy}", "natuurlijk persoon", "Arnhem", "{k/AMOUNT:€ 2.600}", "{k/AMOUNT:€ 2.600}"),
        ("{k:Sportvereniging Be Quick 1887}", "vereniging", "Groningen", "{k/AMOUNT:€ 11.000}", "{k/AMOUNT:€ 10.450}"),
        ("{r:Vanderhaeghen, P.}", "natuurlijk persoon", "Sluis", "{k/AMOUNT:€ 4.100}", "{k/AMOUNT:€ 4.100}"),
    ]
    regs = ["{k:Regeling Cultuurparticipatie}", "{k:Subsidieregeling Verduurzaming Woningen}", "{k:Regeling Leefbaarheid Kernen}"]
    for i, (o, s, pl, v, f) in enumerate(data, 1):
        rows.append(f"| {2026000 + i * 17} | {o} | {s} | {pl} | {regs[i % 3]} | {v} | {f} | {(i * 2) % 27 + 1:02d}-0{(i % 9) + 1}-2026 |")
    return "\n".join(rows)


D.append(dict(name="ar10_subsidieregister.pdf", producer="chromium", landscape=True, fontsize=7.5,
  header="{k:Provincie Overijssel} · Subsidieregister 2026 (stand {k/DATE:1 oktober 2026})",
  body="""# Subsidieregister 2026 (extract)
Dit register wordt gepubliceerd op grond van de {k:Algemene wet bestuursrecht} (artikel 4:50 e.v.) en de {k:Algemene subsidieverordening Overijssel 2023}. Dit is het interne extract; in de openbare versie worden rechtspersonen met naam vermeld en natuurlijke personen niet.
""" + _subsidies() + """
Totaal verleend: {k/AMOUNT:€ 206.550} · Register beheerd door team Subsidies (functioneel adres {k/MAIL:subsidies@overijssel.nl}). Gedeputeerde {k:Tijs de Bree} is portefeuillehouder. Opgesteld door {r:G.H. Dijkstra-Bosma}.
"""))

_b = bsn(34011)
D.append(dict(name="ar11_beschikking_subsidie.pdf", producer="docx",
  header="{k:Rijksdienst voor Ondernemend Nederland} · Postbus 93144 · 2509 AC Den Haag · {k/PHONE:088 042 42 42}",
  footer="Kenmerk {k/CASE:ISDE26-088412} · Pagina 1 van 1",
  docx_author="{r:Hakim Benali}",
  body="""Aangetekend
De heer {r:J.P.M. ten Brinke}
{r/ADDRESS:Esdoornlaan 33}
{r/ADDRESS:7241 KP Lochem}

Datum: {k/DATE:7 augustus 2026}
Onderwerp: beschikking tot subsidieverlening {k:Investeringssubsidie duurzame energie en energiebesparing} (ISDE)

Geachte heer {r:Ten Brinke},

U heeft op {k/DATE:3 juni 2026} subsidie aangevraagd voor een warmtepomp. Op grond van de {k:Regeling nationale EZK- en LNV-subsidies} verlenen wij u een subsidie van {k/AMOUNT:€ 2.950,00}.
| Gegevens aanvrager | |
| Naam | {r:Johannes Petrus Maria ten Brinke} |
| Burgerservicenummer | {r/BSN:""" + _b + """} |
| Rekeningnummer | {r/IBAN:""" + iban("SNSB", 9183356) + """} t.n.v. {r:J.P.M. ten Brinke} |
| Installateur | {k:Warmtebouw Achterhoek B.V.}, KvK {k/ID:08123577} |
| Aanvraagnummer | {k/CASE:ISDE26-088412} |
Wij betalen het bedrag binnen 10 werkdagen uit op het rekeningnummer hierboven. Betalingskenmerk: {k/ID:0612 2026 0884 1201}. Bewaar deze brief bij uw administratie; u kunt de betaling controleren via {k:Mijn RVO}.
Bezwaar kunt u binnen zes weken maken op grond van de {k:Algemene wet bestuursrecht}.

Met vriendelijke groet,
namens de minister van {k:Klimaat en Groene Groei},
{r:H. Benali}
Teamleider ISDE, {k:RVO}
"""))

D.append(dict(name="ar12_integriteit_rapport.pdf", producer="reportlab", fontsize=9.5,
  header="{k:Bureau Integriteit} · {k:Ministerie van Justitie en Veiligheid} · Vertrouwelijk · dossier {k/CASE:BI-2026-017}",
  footer="Rapport feitenonderzoek {k/CASE:BI-2026-017}",
  body="""# Rapport feitenonderzoek vermoeden van integriteitsschending
## 1. Aanleiding
Op {k/DATE:4 februari 2026} ontving {k:Bureau Integriteit} een melding van een medewerker van de {k:Directie Financieel-Economische Zaken} (hierna: Melder). De melding betreft het vermoeden dat {k/PSEUDO:Betrokkene A}, werkzaam als senior inkoper, opdrachten onderhands heeft gegund aan een bedrijf waarin een familielid een belang heeft. In dit rapport worden betrokkenen aangeduid met pseudoniemen: {k/PSEUDO:Betrokkene A}, {k/PSEUDO:Getuige 1}, {k/PSEUDO:Getuige 2} en {k/PSEUDO:Getuige 3}.
## 2. Onderzoeksvragen
1. Heeft {k/PSEUDO:Betrokkene A} de inkoopregels van het {k:Besluit Rijksinkoop} en de {k:Gedragscode Integriteit Rijk} geschonden?
2. Was {k/PSEUDO:Betrokkene A} op de hoogte van het belang van haar zwager in {k:Bouwadvies Zuidwest B.V.}?
## 3. Bevindingen
In 2025 zijn elf opdrachten onder de drempel van {k/AMOUNT:€ 50.000} verstrekt aan {k:Bouwadvies Zuidwest B.V.}, samen {k/AMOUNT:€ 412.380}. De bestelaanvragen werden in {k:SAP} ingevoerd door {k/PSEUDO:Betrokkene A} en goedgekeurd door haar leidinggevende ({k/PSEUDO:Getuige 2}).
{k/PSEUDO:Getuige 1} verklaarde: "Ik heb {r:Marieke} (lees: {k/PSEUDO:Betrokkene A}) meerdere keren gezien met de directeur van Bouwadvies, {r:Kerem Aslan}." In de notulen van het inkoopoverleg van {k/DATE:12 maart 2025} staat de naam {r:M. Oosterhuis-Bakker} voluit vermeld als aanvrager.
{k/PSEUDO:Getuige 3}, werkzaam bij de {k:Auditdienst Rijk}, bevestigde dat de spendanalyse afwijkingen liet zien.
===
## 4. Hoor en wederhoor
{k/PSEUDO:Betrokkene A} is op {k/DATE:2 april 2026} gehoord in aanwezigheid van haar raadsman mr. {r:S. Jagroep} ({k:Jagroep Advocaten}). Zij verklaarde niet te weten dat haar zwager aandeelhouder was. Het verslag van het gesprek is ondertekend door {k/PSEUDO:Betrokkene A}; per abuis staat onder het verslag de handtekeningnaam "{r:Marieke Oosterhuis-Bakker}" en het privénummer {r/PHONE:06-44 81 20 63}.
## 5. Conclusie
De onderzoekers concluderen dat {k/PSEUDO:Betrokkene A} de regels voor het melden van nevenbelangen niet heeft nageleefd. Er is geen bewijs van persoonlijk financieel voordeel. Advies aan de plaatsvervangend secretaris-generaal: een schriftelijke berisping op grond van het {k:Ambtenarenreglement}.
| Rol | Pseudoniem | Gehoord op |
| Melder | Melder | {k/DATE:9 februari 2026} |
| Betrokkene | {k/PSEUDO:Betrokkene A} | {k/DATE:2 april 2026} |
| Leidinggevende | {k/PSEUDO:Getuige 2} | {k/DATE:16 maart 2026} |
| Collega inkoop | {k/PSEUDO:Getuige 1} | {k/DATE:11 maart 2026} |
Onderzoekers: {r:F. de Wit-Lindeboom} en {r:Rachid Bennani}, {k:Bureau Integriteit}.
""",
  hidden={"outline": ["1. Aanleiding", "Verslag gesprek {r:Oosterhuis-Bakker}", "5. Conclusie"],
          "annots": [("{r:Rachid Bennani}", "Melder is {r:Cor Veenstra} (FEZ) - niet opnemen in rapport!")]}))
