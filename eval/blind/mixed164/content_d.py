"""Set LG documents lg26-lg33."""
from lib import Doc

OL = "Microsoft Outlook 16.0"

DOCS = [
 Doc("lg26_bereikbaarheidslijst_omt", "rl", [
  ("h", "Bereikbaarheidslijst OMT en crisisteam legionella (niet verspreiden)"),
  "Versie 26-09-2026. Beheer: secretariaat {=Infectieziektebestrijding}, {=izb@ggdhvb.nl}.",
  ("table", [["naam", "rol", "pers.nr.", "mobiel", "privé / 2e nummer"],
             ["{P:Maaike ter Horst-Wijnen}", "voorzitter OMT", "{N:P104772}", "{T:06-1370 5582}", "{T:013-4638815}"],
             ["{P:Bas Koevoets}", "bronopsporing", "{N:P109318}", "{T:06-2144 0938}", "-"],
             ["{P:Rianne van Lieshout}", "callcenter", "{N:P111205}", "{T:06 5528 1140}", "{T:0031 6 2701 3394}"],
             ["{P:Dewi Santoso-Klerks}", "callcenter (reserve)", "{N:P112876}", "{T:06-39 81 20 47}", "-"],
             ["{P:Tijs Wagemakers}", "woordvoerder GGD", "{N:P098841}", "{T:06-4411 2093}", "-"],
             ["{P:Hans-Peter Dückers}", "directeur publieke gezondheid", "-", "{T:06-5020 7711}", "{T:+31 13 590 2266}"],
             ["{P:Karin van Esch}", "OMWB toezicht", "extern", "{T:06-1044 8721}", "-"],
             ["{P:Anouk Dekkers-Vermeulen}", "VRMWB crisisbeheersing", "extern", "{T:06-2833 6019}", "-"],
             ["{P:Jurriaan Ploegmakers}", "RLMM", "extern", "{T:06-1987 3306}", "{T:013 539 1145}"]], [4.2, 3.8, 1.8, 2.9, 3.2]),
  "Algemeen nummer GGD: {=0900 463 6443}. Piket {=Veiligheidsregio}: via de meldkamer. Crisisruimte: {=Ringbaan-West 180}, 2e verdieping, zaal {=De Beemden}.",
 ], producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", font="DejaVuSans"),

 Doc("lg27_scan_presentielijst", "scan", [
  ("h", "Presentielijst informatieavond legionella 1-10-2026"),
  ("p", "Wijkcentrum De Poorten - graag naam, straat en handtekening"),
  ("hw", "1. {P:Anja van Dongen}  -  {A:Kempenbaan 12}  -  {S:A.v.Dongen}"),
  ("hw", "2. {P:Ger Panhuijzen}  -  {A:Heikant 57}  -  {S:GPanh}"),
  ("hw", "3. {P:Lidwien Swinkels}  -  {A:Vlashof 9}  -  L.S."),
  ("hw", "4. {P:Marius de Kort}  -  {A:Tuinstraat 31}  -  MdK"),
  ("hw", "5. {P:Zeynep Arslan}  -  {A:Bredaseweg 204}  -  Z.A."),
  ("hw", "6. {P:Henk Oerlemans}  -  {A:Kempenbaan 64}  -  {S:HOerl}"),
 ], producer="RICOH IM C3000 Scan", creator="RICOH IM C3000"),

 Doc("lg28_mail_rivm_typering", "rl", [
  ("m", "Van: Willemsen, Gijs <{E:gijs.willemsen@rivm.nl}>"),
  ("m", "Verzonden: vrijdag 2 oktober 2026 16:21"),
  ("m", "Aan: {P:Ploegmakers, Jurriaan} <{E:j.ploegmakers@rlmm.nl}>; {P:Ter Horst-Wijnen, Maaike} <{E:m.terhorstwijnen@ggdhvb.nl}>"),
  ("m", "CC: {=LCI@rivm.nl}; {P:Brenda Łukasik} <{E:brenda.lukasik@rivm.nl}>"),
  ("m", "Onderwerp: RE: WGS-resultaten cluster Tilburg - {=REF NRL-LEG-2026-052}"),
  "Jurriaan, Maaike,",
  "De WGS-analyse door het {=Nationaal Referentielaboratorium Legionella} is klaar. De isolaten van patiënten {=LP-26-002}, {=LP-26-008} en {=LP-26-014} en het koeltorenisolaat {=OM-26-0918-04} clusteren binnen 3 allelen ({=cgMLST}); alle {=ST47}. Het wasstraatisolaat is {=ST1}, genetisch onverwant. Daarmee is de koeltoren als bron bevestigd.",
  "Kleine kanttekening: patiënt {=LP-26-011} (de medewerker van het DC) had geen isolaat; alleen urineantigeen. Mijn collega {P:Brenda} heeft de rapportage voor de {=Europese surveillance (ELDSNet)} klaargezet.",
  "Groet,\n{P:Gijs Willemsen}\nepidemioloog, Centrum Infectieziektebestrijding, {=RIVM}\n{T:+31 (0)30 274 3391}",
  ("m", "-----Oorspronkelijk bericht-----"),
  ("m", "Van: {P:Ploegmakers, Jurriaan} <{E:j.ploegmakers@rlmm.nl}>"),
  ("m", "Verzonden: woensdag 30 september 2026 09:02"),
  "Gijs, de drie patiëntisolaten zijn vanochtend met de koerier vertrokken. Vragen: bel mij op {T:013 539 1145}.",
 ], producer=OL, creator=OL, font="DejaVuSans", extra_redact=[("PERSON", "Gijs", None), ("PERSON", "Jurriaan", None), ("PERSON", "Maaike", None), ("EMAIL", "gijs.willemsen@rivm.nl", None)]),

 Doc("lg29_juridisch_memo", "rl", [
  ("h", "Juridisch memo: grondslag noodverordening en aansprakelijkheid"),
  "Aan: burgemeester {=Verbeek-Stoop}\nVan: {P:mr. Esmée Kortekaas}, senior jurist Juridische Zaken\nCc: {P:T. Bogaers-Lammers}\nDatum: 25 september 2026, 22:10 | Vertrouwelijk",
  "1. Een noodverordening (artikel 176 {=Gemeentewet}) is mogelijk bij ernstige vrees voor het ontstaan van een ramp. Een bestuurlijke maatregel op grond van de {=Omgevingswet} (last onder bestuursdwang) kost meer tijd; bovendien is de {=OMWB} bevoegd namens het college, niet de burgemeester. Gezien de snelheid heeft de noodverordening de voorkeur.",
  "2. De {=Wet publieke gezondheid} (artikel 47) biedt de burgemeester de bevoegdheid een gebouw of terrein te laten ontsmetten. Die grondslag is aanvullend bruikbaar.",
  "3. Aansprakelijkheid: de advocaat van {=Vossenberg Logistics Park B.V.}, {P:mr. Pieter-Bas Knoops} ({=Knoops & Van der Heijden Advocaten}), heeft telefonisch ({T:073 - 612 0450}) aangekondigd dat zijn cliënt schade zal claimen als de bron elders blijkt te liggen. Het risico achten wij beperkt zolang de maatregel steunt op het advies van de {=GGD}.",
  "4. Proportionaliteit: de maatregel is beperkt tot de koeltoren van hal 3; de overige koelinstallaties ({=adiabatische koelers} in hal 1 en 2) vallen er niet onder. De {=Veiligheidsregio Midden- en West-Brabant} ziet geen aanleiding voor opschaling naar {=GRIP 2}. Raadpleeg de {=Handreiking noodverordeningen} van het {=Genootschap van Burgemeesters} en de uitspraak van de {=Afdeling bestuursrechtspraak} van de {=Raad van State} van 2019 over de noodverordening in {=Boxtel}.",
  "5. Bekrachtiging: de noodverordening vervalt als de raad haar niet in de eerstvolgende vergadering bekrachtigt (artikel 176 lid 4 {=Gemeentewet}). De raadsvergadering van 12 oktober is tijdig. Griffier en fractievoorzitters informeren via de {=informatiebrief aan de raad}.",
  "6. Openbaarheid: te verwachten valt dat pers en bewoners om stukken vragen onder de {=Wet open overheid}. Medische gegevens van patiënten zijn bijzondere persoonsgegevens ({=AVG} artikel 9) en worden niet verstrekt. Namen van ambtenaren worden volgens vaste lijn weggelakt, met uitzondering van de burgemeester en de wethouders.",
  "7. Communicatie: afstemming met de woordvoering van de {=GGD Hart voor Brabant} en de afdeling Communicatie van de gemeente; het {=Regionaal Operationeel Team} is niet geactiveerd. Advies: geen uitspraken over schuld zolang het {=Openbaar Ministerie} en de {=Inspectie Leefomgeving en Transport} ({=ILT}) niet hebben besloten over een onderzoek.",
  "4a. De eigenaar van de wasstraat, {P:de heer Rasenberg}, heeft een zienswijze ingediend via zijn zoon {P:Thijmen Rasenberg}. Zijn privéadres {A:Lange Nieuwstraat 17} staat in het dossier.",
 ], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="DejaVuSans"),

 Doc("lg30_logboek_crisisteam", "docx", [
  ("h", "Logboek GRIP-1 / Actiecentrum GGD - legionella Tilburg"),
  ("table", [["datum/tijd", "gebeurtenis", "door"],
             ["25-09 14:02", "PCR koeltoren sterk positief (RLMM)", "{C:JPl}"],
             ["25-09 14:20", "DPG {P:H.P. Dückers} geïnformeerd", "{C:MtH}"],
             ["25-09 15:10", "Kabinet burgemeester ({P:T. Bogaers}) gebeld", "{C:MtH}"],
             ["25-09 18:45", "Veiligheidsregio schaalt op naar {=GRIP 1}", "{C:ADV}"],
             ["25-09 22:10", "Juridisch memo ontvangen", "{C:TBL}"],
             ["26-09 11:30", "Burgemeester besluit tot noodverordening", "{C:TBL}"],
             ["26-09 14:00", "Koeltoren uitgezet, verzegeld door {=OMWB}", "{C:KvE}"],
             ["26-09 16:00", "Persbericht uit (woordvoering GGD)", "{C:TWa}"],
             ["27-09 08:00", "Callcenter {=0800 7788 456} operationeel", "{C:RvL}"],
             ["28-09 15:00", "OMT 2", "{C:MtH}"],
             ["02-10 16:21", "WGS bevestigt bron ({=ST47})", "{C:GW}"],
             ["20-10 10:00", "Afschaling, einde uitbraak", "{C:MtH}"]], [3, 9.5, 3]),
  "Legenda codes: zie bereikbaarheidslijst. Logboek bijgehouden in {=LCMS} en geëxporteerd naar Word.",
 ], producer="LibreOffice 7.6", creator="Writer", xmp_creator="Anouk Dekkers-Vermeulen", title="Logboek crisisteam"),

 Doc("lg31_zienswijze_vossenberg", "rl", [
  ("h", "Zienswijze op voorgenomen openbaarmaking - WOO-GGDHvB-2026-0147"),
  "{=Knoops & Van der Heijden Advocaten}\n{=Stationsweg 5}, 's-Hertogenbosch\nBehandelend advocaat: {P:mr. P.B. Knoops} | {E:pb.knoops@knoopsvdheijden.nl} | {T:073-6120450}",
  "Aan: {=GGD Hart voor Brabant}, t.a.v. {P:mr. J.C. Oudenaarden}\nDatum: 19 november 2026",
  "Namens cliënte {=Vossenberg Logistics Park B.V.} maken wij bezwaar tegen openbaarmaking van de doseerlogging en het beheersplan. Deze bevatten bedrijfsgegevens die vertrouwelijk aan de overheid zijn meegedeeld (artikel 5.1 lid 1 sub c {=Woo}). Voorts verzoeken wij de namen van medewerkers van cliënte, waaronder de facility manager en de directeur, onleesbaar te maken.",
  "Cliënte betwist niet dat de koeltoren de bron was, maar wijst erop dat het onderhoudsbedrijf {=Koeltechniek Zuid B.V.} verantwoordelijk was voor de doseerpomp.",
  "Hoogachtend,\n\n{P:mr. P.B. Knoops}",
 ], producer="PDF-XChange Editor 10.2", creator="Microsoft Word - zienswijze.docx", font="Times-Roman"),
]


def _inventory():
    rows = [["nr", "document", "datum", "beoordeling", "grond"]]
    items = [("lg01", "Woo-verzoek", "03-11-2026", "deels openbaar", "5.1.2e"),
             ("lg03", "Lijnlijst legionellose v7", "06-10-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
             ("lg04", "Belnotities callcenter", "29-09-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
             ("lg05", "Mail wasstraat", "23-09-2026", "deels openbaar", "5.1.2e"),
             ("lg06", "Mail koeltoren", "25-09-2026", "deels openbaar", "5.1.2e"),
             ("lg07", "Laboratoriumrapport OM-26-0918", "25-09-2026", "deels openbaar", "5.1.2e"),
             ("lg08", "Noodverordening", "26-09-2026", "openbaar", "-"),
             ("lg09", "Signal-export OMT", "30-09-2026", "deels openbaar", "5.1.2e, 5.2.1"),
             ("lg10", "Brief bewoner", "28-09-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
             ("lg13", "Verslag OMT", "28-09-2026", "deels openbaar", "5.1.2e"),
             ("lg17", "Meldingsformulier", "23-09-2026", "niet openbaar", "5.1.1d, 5.1.1e"),
             ("lg21", "Inspectierapport", "25-09-2026", "deels openbaar", "5.1.2e"),
             ("lg26", "Bereikbaarheidslijst", "26-09-2026", "deels openbaar", "5.1.2e"),
             ("lg29", "Juridisch memo", "25-09-2026", "deels openbaar", "5.1.2e, 5.2.1"),
             ("lg31", "Zienswijze", "19-11-2026", "deels openbaar", "5.1.2e")]
    for i, (c, d, dt, b, g) in enumerate(items, 1):
        rows.append([f"{{=INV-{i:02d}}}", d, dt, b, g])
    return rows


DOCS += [
 Doc("lg32_woo_besluit", "rl", [
  ("h", "Besluit op uw Woo-verzoek"),
  "{P:Mevrouw F. Zandbergen-Haak}\n{A:Hoefstraat 41}\n5014 NK Tilburg",
  "Ons kenmerk: {=WOO-GGDHvB-2026-0147} | Datum: 1 december 2026",
  "Geachte mevrouw Zandbergen-Haak,",
  "Op 3 november 2026 heeft u op grond van de {=Wet open overheid} gevraagd om documenten over de legionella-uitbraak in {=Tilburg-Noord}. Wij hebben de termijn op 30 november met twee weken verdaagd. Hierbij ontvangt u ons besluit.",
  ("h2", "1. Besluit"),
  "Wij maken 31 documenten geheel of gedeeltelijk openbaar. Eén document (het meldingsformulier {=OSI-2026-LEG-7731}) blijft geheel geheim, omdat het vrijwel uitsluitend medische gegevens bevat. Zie de inventarislijst.",
  ("h2", "2. Zienswijzen"),
  "{=Vossenberg Logistics Park B.V.} heeft een zienswijze ingediend. Wij volgen die voor zover het gaat om namen van medewerkers. De doseerlogging maken wij wel openbaar: het belang van openbaarheid van milieu-informatie (artikel 5.1 lid 6 {=Woo}) weegt zwaarder, omdat het gaat om emissies in het milieu.",
  ("h2", "3. Overwegingen"),
  "Gegevens over de gezondheid van patiënten zijn bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d {=Woo}); deze worden niet openbaar gemaakt. Namen, telefoonnummers en e-mailadressen van medewerkers van de GGD, de {=OMWB}, het {=RIVM} en het laboratorium die niet uit hoofde van hun functie in de openbaarheid treden, en van bewoners en bedrijfsmedewerkers, maken wij niet openbaar (artikel 5.1 lid 2 sub e {=Woo}). De namen van burgemeester {=Verbeek-Stoop}, wethouder {=Kamphuis} en de raadsleden blijven leesbaar. Het BSN is weggelakt op grond van artikel 5.1 lid 1 sub e.",
  "Persoonlijke beleidsopvattingen in de Signal-export en het juridische memo maken wij in niet tot personen herleidbare vorm openbaar (artikel 5.2 {=Woo}).",
  ("h2", "4. Bezwaar"),
  "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de directeur publieke gezondheid van de {=GGD Hart voor Brabant}, Postbus 3166, 5003 DD Tilburg.",
  "Met vriendelijke groet,\nnamens het dagelijks bestuur van de {=GGD Hart voor Brabant},\n\n{P:mr. J.C. Oudenaarden}\njurist Informatiebeheer",
  ("break", ""),
  ("h2", "Bijlage: inventarislijst (uittreksel)"),
  ("table", _inventory(), [1.6, 6.0, 2.4, 3.0, 3.2]),
 ], producer="Aspose.PDF for .NET 23.4", creator="Zaaksysteem GGD", author="Jeroen Oudenaarden"),

 Doc("lg33_mail_intern_woo", "rl", [
  ("m", "Van: Oudenaarden, Jeroen <{E:j.oudenaarden@ggdhvb.nl}>"),
  ("m", "Verzonden: maandag 16 november 2026 10:48"),
  ("m", "Aan: {P:Ter Horst-Wijnen, Maaike}; {P:Van Lieshout, Rianne}; {P:Wagemakers, Tijs}"),
  ("m", "CC: {=woo@ggdhvb.nl}"),
  ("m", "Onderwerp: Woo-verzoek legionella - documenten aanleveren vóór 20-11"),
  "Allen,",
  "Voor het Woo-verzoek {=WOO-GGDHvB-2026-0147} heb ik nog nodig: de Signal-export van de OMT-groep, de belnotities van het callcenter (alle dagen, niet alleen 29-09) en de concept-persberichten met opmerkingen. Let op: ook chatberichten vallen onder de {=Woo}. Graag niets verwijderen; de lakking doe ik zelf in het zaaksysteem.",
  "Planning: de zienswijzeprocedure met {=Vossenberg Logistics Park B.V.} en {=Blinkend Wassen Tilburg} loopt tot 20 november. Publicatie daarna op {=open.overheid.nl} via de {=Wet open overheid}-module van {=Decos JOIN}. Afstemming met de {=Functionaris Gegevensbescherming} over de Signal-export is gepland; ook het {=Archiefbesluit} en de {=Selectielijst GGD} spelen mee voor de bewaartermijn.",
  "Maaike, de lijnlijst stuur ik niet door naar de verzoeker, maar ik moet hem wel beoordelen. Kun je hem via {=Zivver} sturen?",
  "Groet,\n{P:Jeroen}\n{P:Jeroen Oudenaarden} | jurist Informatiebeheer | {=GGD Hart voor Brabant}\n{T:06-1288 4530} | werkdagen ma, di, do",
 ], producer=OL, creator=OL, extra_redact=[("PERSON", "Maaike", None)]),
]
