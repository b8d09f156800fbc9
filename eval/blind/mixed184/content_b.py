"""Set WM, documents wm18-wm33."""
from content_a import MOT
from lib import Doc, k, r

DOCS = []

# wm18 burgemeester's decision to close the market on Hemelvaartsdag (helv, 2 pages)
DOCS.append(Doc("wm18", [
    "H:Besluit van de burgemeester van Zutphen",
    "tot het niet doorgaan van de weekmarkt op Hemelvaartsdag 14 mei 2026",
    "Zaaknummer: Z/26/104410 | Datum: 16 april 2026",
    "",
    "De burgemeester van Zutphen,",
    "",
    "gelet op artikel 3, vierde lid, van de Marktverordening Zutphen 2019, op grond waarvan de burgemeester kan "
    "besluiten dat een markt op een algemeen erkende feestdag als bedoeld in de Algemene termijnenwet niet wordt "
    "gehouden of naar een andere dag wordt verplaatst;",
    "",
    "overwegende dat:",
    "- op donderdag 14 mei 2026 (Hemelvaartsdag) het Hanzefestival plaatsvindt op de Groenmarkt, de Houtmarkt "
    "en het 's-Gravenhof;",
    "- de politie eenheid Oost-Nederland en de Veiligheidsregio Noord- en Oost-Gelderland (VNOG) hebben "
    "geadviseerd de markt die dag niet te laten plaatsvinden in verband met de calamiteitenroutes;",
    "- de marktcommissie op 8 april 2026 is gehoord en de CVAH een vervangende marktdag heeft gevraagd;",
    "",
    "B:BESLUIT:",
    "1. De donderdagmarkt van 14 mei 2026 gaat niet door.",
    "2. Op woensdag 13 mei 2026 wordt van 08.00 tot 13.00 uur een vervangende markt gehouden op de Houtmarkt.",
    "3. Over de vervallen marktdag wordt geen marktgeld geheven; restitutie vindt niet plaats voor reeds "
    "betaalde kwartaalbedragen, maar het bedrag wordt verrekend met het derde kwartaal.",
    "PAGE",
    "4. Dit besluit wordt bekendgemaakt in het Gemeenteblad en per brief aan de vaste standhouders.",
    "",
    "Zutphen, 16 april 2026",
    "",
    "De burgemeester van Zutphen,",
    "A.M. Heeringa",
    "",
    "Voorbereid door: team Markten & Evenementen (G.J. Kloosterboer, marktmeester; paraaf GJK)",
    "Advies VNOG: ing. P. Zandbergen, adviseur evenementenveiligheid, 088 - 246 83 17",
    "",
    "Bezwaar: wie belanghebbende is, kan binnen zes weken na bekendmaking bezwaar maken bij de burgemeester "
    "(Algemene wet bestuursrecht).",
], [
    r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"), r("PARAPH", "GJK"),
    r("PERSON", "P. Zandbergen", "P. Zandbergen"), r("PHONE", "088 - 246 83 17"),
], [
    k("CASE", "Z/26/104410"), k("LAW", "Marktverordening Zutphen 2019"), k("LAW", "Algemene termijnenwet"),
    k("TERM", "Hemelvaartsdag"), k("EVENT", "Hanzefestival"), k("PLACE", "Groenmarkt"), k("PLACE", "Houtmarkt"),
    k("PLACE", "'s-Gravenhof"), k("ORG", "politie eenheid Oost-Nederland"),
    k("ORG", "Veiligheidsregio Noord- en Oost-Gelderland"), k("ORG", "VNOG"), k("ORG", "CVAH"),
    k("PUBLIC", "A.M. Heeringa"), k("DOC", "Gemeenteblad"), k("LAW", "Algemene wet bestuursrecht"),
    k("ROLE", "adviseur evenementenveiligheid"), k("ORG", "team Markten & Evenementen"),
    k("DATE", "13 mei 2026"),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# wm19 mail thread police / VNOG about closure (docx, XMP + Info author by LibreOffice)
DOCS.append(Doc("wm19", [
    "Van: Zandbergen, Pieter <pieter.zandbergen@vnog.nl>",
    "Verzonden: maandag 30 maart 2026 11:20",
    "Aan: Kloosterboer, Gerrit-Jan <g.kloosterboer@zutphen.nl>",
    "CC: evenementen@zutphen.nl; Teamchef Politie Zutphen <tc.zutphen@politie.nl>",
    "Onderwerp: RE: Hanzefestival 14 mei en donderdagmarkt",
    "",
    "Beste Gerrit-Jan,",
    "Met de opbouw van het podium op de Groenmarkt vanaf 06.00 uur is er geen ruimte voor de marktkramen en "
    "blijft de calamiteitenroute over de Zaadmarkt niet vrij. Ons advies is de markt die dag niet te laten "
    "plaatsvinden of te verplaatsen. Bel me gerust op 06-12 48 73 90.",
    "Met vriendelijke groet,",
    "Pieter Zandbergen",
    "adviseur evenementenveiligheid VNOG",
    "",
    "Van: Kloosterboer, Gerrit-Jan <g.kloosterboer@zutphen.nl>",
    "Verzonden: vrijdag 27 maart 2026 15:02",
    "Aan: Zandbergen, Pieter <pieter.zandbergen@vnog.nl>",
    "Onderwerp: Hanzefestival 14 mei en donderdagmarkt",
    "",
    "Hoi Pieter,",
    "De organisator van het Hanzefestival, Stichting Hanzefestival Zutphen, wil op Hemelvaartsdag de Groenmarkt "
    "gebruiken. Kunnen de 64 kramen blijven staan? Wijkagent Sander Pothof denkt van niet.",
    "Groet, Gerrit-Jan Kloosterboer, marktmeester gemeente Zutphen",
], [
    r("PERSON", "Pieter Zandbergen", "Zandbergen, Pieter", "Pieter Zandbergen", "Pieter"),
    r("EMAIL", "pieter.zandbergen@vnog.nl"),
    r("PERSON", "Gerrit-Jan Kloosterboer", "Kloosterboer, Gerrit-Jan", "Gerrit-Jan Kloosterboer", "Gerrit-Jan"),
    r("EMAIL", "g.kloosterboer@zutphen.nl"), r("PHONE", "06-12 48 73 90"), r("PERSON", "Sander Pothof"),
    r("PERSON", "Hanneke Lubbers (author)", "Hanneke Lubbers", channel="metadata"),
], [
    k("EMAIL", "evenementen@zutphen.nl"), k("EMAIL", "tc.zutphen@politie.nl"), k("ROLE", "Teamchef Politie Zutphen"),
    k("EVENT", "Hanzefestival"), k("PLACE", "Groenmarkt"), k("PLACE", "Zaadmarkt"),
    k("ROLE", "adviseur evenementenveiligheid VNOG"), k("ORG", "Stichting Hanzefestival Zutphen"),
    k("TERM", "Hemelvaartsdag"), k("ROLE", "Wijkagent"), k("ORG", "gemeente Zutphen"), k("TERM", "calamiteitenroute"),
], mode="docx", author="Hanneke Lubbers", title="Mailwisseling Hanzefestival"))

# wm20 press release, XMP dc:creator + Info author (helv)
DOCS.append(Doc("wm20", [
    "H:Persbericht gemeente Zutphen",
    "Zutphen, 17 april 2026",
    "",
    "B:Weekmarkt op Hemelvaartsdag verplaatst naar woensdag 13 mei",
    "",
    "De donderdagmarkt van 14 mei 2026 gaat niet door. Op Hemelvaartsdag vindt het Hanzefestival plaats in de "
    "binnenstad. Burgemeester Heeringa heeft op advies van de Veiligheidsregio Noord- en Oost-Gelderland besloten "
    "de markt een dag eerder te houden, op woensdag 13 mei op de Houtmarkt.",
    "",
    "\"De markt hoort bij Zutphen, en de standhouders hebben zelf om een vervangende dag gevraagd\", zegt "
    "wethouder Sjoerd Kuipers (economie en markten). \"Zo kunnen bezoekers van de Berkelpoort tot de Drogenapstoren "
    "toch hun vis, kaas en bloemen halen.\"",
    "",
    "De vaste standhouders hebben een brief ontvangen. Vragen kunnen via markten@zutphen.nl of 14 0575.",
    "",
    "Noot voor de redactie (niet voor publicatie): voor meer informatie kunt u contact opnemen met de afdeling "
    "Communicatie, persvoorlichting@zutphen.nl, 0575 - 84 70 00.",
], [
    r("PERSON", "Yvonne Eshuis (author)", "Yvonne Eshuis", channel="metadata"),
    r("PERSON", "Y. Eshuis (xmp)", "Eshuis, Yvonne", channel="metadata"),
], [
    k("ORG", "gemeente Zutphen"), k("TERM", "Hemelvaartsdag"), k("EVENT", "Hanzefestival"),
    k("PUBLIC", "Burgemeester Heeringa"), k("ORG", "Veiligheidsregio Noord- en Oost-Gelderland"),
    k("PLACE", "Houtmarkt"), k("PUBLIC", "wethouder Sjoerd Kuipers"), k("PLACE", "Berkelpoort"),
    k("PLACE", "Drogenapstoren"), k("EMAIL", "markten@zutphen.nl"), k("PHONE", "14 0575"),
    k("EMAIL", "persvoorlichting@zutphen.nl"), k("PHONE", "0575 - 84 70 00"), k("ORG", "Communicatie"),
    k("DATE", "13 mei"),
], author="Yvonne Eshuis", xmp_creator="Eshuis, Yvonne", title="Persbericht weekmarkt Hemelvaart",
    producer="Adobe PDF Library 17.11.238", creator="Adobe InDesign 18.5 (Macintosh)"))

# wm21 letter to stallholder about closure (mail merge, dejavu)
DOCS.append(Doc("wm21", [
    "H:Gemeente Zutphen",
    "Postbus 15 | 7200 AA Zutphen | 14 0575",
    "",
    "Yıldırım Groente & Fruit",
    "t.a.v. de heer M. YILDIRIM",
    "Hanzeweg 102",
    "7202 CT  ZUTPHEN",
    "",
    "Datum: 17 april 2026 | Kenmerk: Z/26/104410-07 | Relatienummer: 300452",
    "Onderwerp: weekmarkt 14 mei 2026 vervalt, vervangende markt 13 mei",
    "",
    "Geachte heer Yıldırım,",
    "",
    "Hierbij informeren wij u dat de burgemeester heeft besloten dat de donderdagmarkt van 14 mei 2026 "
    "(Hemelvaartsdag) niet doorgaat. Op woensdag 13 mei 2026 is er een vervangende markt op de Houtmarkt. Uw "
    "standplaats 15 wordt daar plaats H-06. Het marktgeld voor 14 mei wordt verrekend op de factuur voor het "
    "derde kwartaal (debiteurnummer 300452).",
    "",
    "Het besluit van 16 april 2026 is gepubliceerd in het Gemeenteblad van Zutphen.",
    "",
    "Met vriendelijke groet,",
    "namens de burgemeester,",
    "",
    "Fatima el Amrani",
    "adjunct-marktmeester",
    "f.elamrani@zutphen.nl | 06 2873 5514",
], [
    r("PERSON", "M. Yıldırım", "M. YILDIRIM", "heer Yıldırım"),
    r("ADDRESS", "Hanzeweg 102, 7202 CT", "Hanzeweg 102", "7202 CT"), r("DEBTOR", "300452"),
    r("PERSON", "Fatima el Amrani"), r("EMAIL", "f.elamrani@zutphen.nl"), r("PHONE", "06 2873 5514"),
], [
    k("ORG", "Gemeente Zutphen"), k("PHONE", "14 0575"), k("ORG", "Groente & Fruit"),
    k("CASE", "Z/26/104410-07"), k("TERM", "Hemelvaartsdag"), k("PLACE", "Houtmarkt"), k("TERM", "plaats H-06"),
    k("DOC", "Gemeenteblad"), k("ROLE", "adjunct-marktmeester"), k("TERM", "standplaats 15"),
    k("DATE", "16 april 2026"),
], mode="dejavu", producer="GemBox.Pdf 2025.3", creator="Xential"))

# wm22 invoice from sole-trader electrician (helv)
DOCS.append(Doc("wm22", [
    "H:Elektrotechniek Wolters",
    "Eenmanszaak | Kuiperstraat 6 | 7231 CM Warnsveld | KvK 58830271 | btw NL002341778B36",
    "Telefoon 06 - 38 55 01 27 | jan@elektrotechniekwolters.nl | IBAN NL57 TRIO 0197 7310 44",
    "",
    "Aan: Gemeente Zutphen, t.a.v. crediteurenadministratie, Postbus 15, 7200 AA Zutphen",
    "Uw referentie: inkoopordernummer 4500127319 / marktmeester",
    "",
    "FACTUUR 2026-041 | Datum: 21 mei 2026",
    "",
    "Werkzaamheden | Uren | Bedrag",
    "Vervangen marktstroomkast MK-3 Groenmarkt (bij Wijnhuistoren) | 6 | € 390,00",
    "Materiaal: aardlekschakelaars, CEE-contactdozen 16A | | € 412,75",
    "Storingsdienst zaterdag 9 mei (ingeschakeld door de heer Kloosterboer) | 2 | € 190,00",
    "Subtotaal | | € 992,75",
    "Btw 21% | | € 208,48",
    "Totaal | | € 1.201,23",
    "",
    "Betaling binnen 30 dagen op NL57 TRIO 0197 7310 44 t.n.v. J.A. Wolters.",
    "Met vriendelijke groet, Jan Wolters",
], [
    r("ADDRESS", "Kuiperstraat 6, 7231 CM", "Kuiperstraat 6", "7231 CM"), r("KVK", "58830271"),
    r("VAT", "NL002341778B36"), r("PHONE", "06 - 38 55 01 27"), r("EMAIL", "jan@elektrotechniekwolters.nl"),
    r("IBAN", "NL57 TRIO 0197 7310 44"), r("PERSON", "Jan Wolters", "J.A. Wolters", "Jan Wolters"),
    r("PERSON", "Kloosterboer"),
], [
    k("ORG", "Elektrotechniek Wolters"), k("ORG", "Gemeente Zutphen"), k("CASE", "4500127319"),
    k("CASE", "FACTUUR 2026-041"), k("PLACE", "Groenmarkt"), k("PLACE", "Wijnhuistoren"), k("TERM", "MK-3"),
    k("AMOUNT", "€ 1.201,23"), k("AMOUNT", "€ 208,48"), k("TERM", "Eenmanszaak"), k("PLACE", "Warnsveld"),
    k("TERM", "CEE-contactdozen 16A"),
], producer="Moneybird", creator="Moneybird facturen"))

# wm23 invoice cleaning sole trader (dejavu)
DOCS.append(Doc("wm23", [
    "H:Veeg- en Reinigingsbedrijf Tijink",
    "eigenaar: Gerda Tijink-Vos | Industrieweg 18, 7202 CA Zutphen (bedrijfsadres) | KvK 73385502",
    "privé: Lupinestraat 40, 7207 GJ Zutphen | g.tijink@kpnmail.nl | 06 81 04 26 73",
    "",
    "FACTUUR T-2026-0198 aan Gemeente Zutphen (team Markten & Evenementen)",
    "Factuurdatum: 31 mei 2026 | Vervaldatum: 30 juni 2026",
    "",
    "Marktreiniging Groenmarkt en Houtmarkt, mei 2026 (8 marktdagen) | € 1.840,00",
    "Extra reiniging vervangende markt woensdag 13 mei (Houtmarkt) | € 230,00",
    "Afvoer visafval (opdracht marktmeester G.J. Kloosterboer) | € 95,00",
    "Totaal excl. btw | € 2.165,00",
    "Btw 21% | € 454,65",
    "Totaal | € 2.619,65",
    "",
    "Graag overmaken op IBAN NL80 ABNA 0417 2259 61 t.n.v. G. Tijink-Vos o.v.v. T-2026-0198.",
], [
    r("PERSON", "Gerda Tijink-Vos", "Gerda Tijink-Vos", "G. Tijink-Vos"), r("KVK", "73385502"),
    r("ADDRESS", "Lupinestraat 40, 7207 GJ", "Lupinestraat 40", "7207 GJ"), r("EMAIL", "g.tijink@kpnmail.nl"),
    r("PHONE", "06 81 04 26 73"), r("IBAN", "NL80 ABNA 0417 2259 61"),
    r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"),
], [
    k("ORG", "Veeg- en Reinigingsbedrijf Tijink"), k("ADDRESS", "Industrieweg 18, 7202 CA Zutphen"),
    k("CASE", "T-2026-0198"), k("ORG", "Gemeente Zutphen"), k("ORG", "team Markten & Evenementen"),
    k("PLACE", "Groenmarkt"), k("PLACE", "Houtmarkt"), k("AMOUNT", "€ 2.619,65"), k("AMOUNT", "€ 454,65"),
    k("ROLE", "marktmeester"), k("DATE", "31 mei 2026"),
], mode="dejavu", producer="Exact Online", creator="Exact Online Facturatie"))

# wm24 WhatsApp export of stallholders' group, forwarded to marktmeester (mono)
DOCS.append(Doc("wm24", [
    "WhatsApp-chat met Marktkooplui Zutphen 🐟🧀🌷 (doorgestuurd aan de marktmeester)",
    "",
    "15-04-26 18:02 - Joke Brinkhorst: Horen jullie het al, donderdag Hemelvaart geen markt!",
    "15-04-26 18:04 - Dirk-Jan: Mooi is dat. Eerst mijn plek kwijt en nu dit weer",
    "15-04-26 18:05 - Sevda: Ze zeggen woensdag vervangende markt op de Houtmarkt",
    "15-04-26 18:07 - Piet Oonk: wie gaat dat betalen, ik heb op woensdag de veiling in Aalsmeer",
    "15-04-26 18:09 - +31 6 44180923: GJ zegt dat het marktgeld verrekend wordt",
    "15-04-26 18:10 - Joke Brinkhorst: Mehmet, jij zit toch in de marktcommissie, vraag het wethouder Kuipers",
    "15-04-26 18:12 - Dirk-Jan: die Kloosterboer moet je niks vragen",
    "15-04-26 18:15 - Sevda: rustig aan DJ 😅",
    "15-04-26 18:20 - Lieke W.: ik sta er sowieso niet meer, fijn dat jullie er wel zijn. Bel me: 06 3390 1184",
    "15-04-26 18:31 - Dirk-Jan: Esther (mijn advocaat) zegt dat ik bezwaar kan maken tegen het besluit",
], [
    r("PERSON", "Joke Brinkhorst", "Joke Brinkhorst", "Joke"), r("PERSON", "Dirk-Jan van der Zwaluw", "Dirk-Jan", "DJ"),
    r("PERSON", "Sevda Korkmaz", "Sevda"), r("PERSON", "Piet Oonk"), r("PHONE", "+31 6 44180923"),
    r("PERSON", "Gerrit-Jan Kloosterboer", "GJ", "Kloosterboer"), r("PERSON", "Mehmet Yıldırım", "Mehmet"),
    r("PERSON", "Lieke Wassink", "Lieke W."), r("PHONE", "06 3390 1184"), r("PERSON", "Esther Oudshoorn", "Esther"),
], [
    k("PRODUCT", "WhatsApp"), k("TERM", "Marktkooplui Zutphen"), k("TERM", "Hemelvaart"), k("PLACE", "Houtmarkt"),
    k("PLACE", "Aalsmeer"), k("TERM", "marktcommissie"), k("PUBLIC", "wethouder Kuipers"), k("TERM", "marktgeld"),
    k("ROLE", "marktmeester"),
], mode="mono", producer="Skia/PDF m120", creator="Chrome"))

# wm25 draft market plan with sticky notes (helv)
DOCS.append(Doc("wm25", [
    "H:Concept - Indeling Groenmarkt 2026, versie 0.3",
    "Team Markten & Evenementen | project Groene Binnenstad | status: concept voor marktcommissie",
    "",
    "B:Uitgangspunten",
    "1. Calamiteitenroute van 4,5 meter over de Zaadmarkt en langs de Wijnhuistoren blijft altijd vrij.",
    "2. Nieuwe boomvakken (12 stuks) bepalen de kraamrijen A t/m D.",
    "3. Koelwagens langer dan 10 meter alleen in rij D (plaatsen 19-24).",
    "4. Plaats 14 vervalt; plaats 19 wordt verlengd tot 12 meter.",
    "",
    "B:Aantallen",
    "Vaste plaatsen: 58 (was 64) | dagplaatsen: 6 | Branches volgens het Brancheplan Weekmarkt 2024.",
    "",
    "B:Planning",
    "Bespreking marktcommissie 8 april 2026; besluit burgemeester eind april; ingang 1 juni 2026.",
], [
    r("PERSON", "Marloes ten Hove", "Marloes ten Hove", channel="annotations"),
    r("PERSON", "Annelies Verbeek-Schotanus", "Annelies", channel="annotations"),
    r("PERSON", "Gerrit-Jan Kloosterboer", "GJK", "Gerrit-Jan", channel="annotations"),
    r("PERSON", "Dirk-Jan van der Zwaluw", "Van der Zwaluw", channel="annotations"),
    r("PHONE", "06-41827730", channel="annotations"),
], [
    k("ORG", "Team Markten & Evenementen"), k("PROJECT", "Groene Binnenstad"), k("PLACE", "Zaadmarkt"),
    k("PLACE", "Wijnhuistoren"), k("DOC", "Brancheplan Weekmarkt 2024"), k("TERM", "Calamiteitenroute"),
    k("TERM", "marktcommissie"), k("TERM", "Plaats 14"), k("TERM", "plaats 19"), k("DATE", "8 april 2026"),
], notes=[(0, "Marloes ten Hove", "Annelies, check of dit past bij de vergunning van Van der Zwaluw (plaats 14)."),
          (0, "GJK", "Gerrit-Jan: koelwagen is 12 m, ik heb het nagemeten. Bel me op 06-41827730.")],
    producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Microsoft® PowerPoint® voor Microsoft 365"))

# wm26 scan: attendance list marktcommissie with signatures (OCR)
DOCS.append(Doc("wm26", [
    "H:Presentielijst marktcommissie 8 april 2026",
    "",
    "B:Naam / organisatie / handtekening",
    "",
    "Sjoerd Kuipers, wethouder (voorzitter)",
    "W:S. Kuipers",
    "Johanna Brinkhorst-Meijer, kaashandel",
    "W:J. Brinkhorst",
    "Mehmet Yildirim, groente en fruit",
    "W:M. Yildirim",
    "Sevda Korkmaz, stoffen",
    "W:Korkmaz",
    "Frits Obbink, CVAH",
    "W:F. Obbink",
    "Hanneke Lubbers, secretaris",
    "W:H. Lubbers",
], [
    r("PERSON", "Johanna Brinkhorst-Meijer", "Brinkhorst", channel="ocr"),
    r("PERSON", "Mehmet Yildirim", "Yildirim", channel="ocr"),
    r("PERSON", "Sevda Korkmaz", "Korkmaz", channel="ocr"),
    r("PERSON", "Frits Obbink", "Obbink", channel="ocr"),
    r("PERSON", "Hanneke Lubbers", "Lubbers", channel="ocr"),
], [], mode="scan", rotate=-0.8, producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i"))

# wm27 scan: marktmeester's daily log, 2 pages (OCR)
DOCS.append(Doc("wm27", [
    "H:Dagrapport marktmeester - zaterdag 9 mei 2026",
    "",
    "Dienst: Gerrit-Jan Kloosterboer en Ruud van 't Hul (BOA)",
    "07.15 Opbouw, alle vaste plaatsen bezet behalve plaats 22.",
    "07.30 Loting dagplaatsen: 4 gegadigden, toegewezen aan Bouzidi",
    "en Nguyen (Aziatische snacks).",
    "09.10 Stroomstoring kast MK-3, elektricien Wolters gebeld.",
    "10.45 Klacht over parkeren verkoopwagen Van der Zwaluw op",
    "de Zaadmarkt, aangesproken.",
    "PAGE",
    "12.30 Bezoekster onwel bij kraam 9, mevrouw Hofstede,",
    "ambulance niet nodig, opgevangen door Joke Brinkhorst.",
    "13.30 Afbouw, terrein om 14.15 schoon (Tijink).",
    "",
    "W:gezien, Kloosterboer",
], [
    r("PERSON", "Gerrit-Jan Kloosterboer", "Kloosterboer", channel="ocr"),
    r("PERSON", "Ruud van 't Hul", "Ruud", channel="ocr"),
    r("PERSON", "Ahmed Bouzidi", "Bouzidi", channel="ocr"),
    r("PERSON", "Nguyen Thi Lan", "Nguyen", channel="ocr"),
    r("PERSON", "Jan Wolters", "Wolters", channel="ocr"),
    r("PERSON", "Van der Zwaluw", "Zwaluw", channel="ocr"),
    r("PERSON", "Hofstede", "Hofstede", channel="ocr"),
    r("PERSON", "Joke Brinkhorst", "Brinkhorst", channel="ocr"),
], [], mode="scan", rotate=0.5, producer="RICOH IM C3000 PDF", creator="RICOH IM C3000"))

# wm28 roster markttoezicht (helv, 2 pages)
DOCS.append(Doc("wm28", [
    "H:Rooster markttoezicht 2e kwartaal 2026",
    "Team Markten & Evenementen | vastgesteld door de teamleider | versie 2 (7 april 2026)",
    "",
    "B:Medewerker | Functie | Personeelsnr. | Mobiel (dienst) | Paraaf",
    "G.J. Kloosterboer | marktmeester | 100874 | 06-41827730 | GJK",
    "F. el Amrani | adjunct-marktmeester | 40218 | 06 2873 5514 | FeA",
    "R. van 't Hul | BOA domein I | 102293 | 06-20 55 18 46 | RvtH",
    "B. Sørensen-Vlijm | medewerker marktadministratie | 101507 | 0575 - 84 72 09 | BSV",
    "",
    "B:Week | Donderdag (Groenmarkt) | Zaterdag (Groenmarkt + Houtmarkt)",
    "15 | GJK + RvtH | FeA + BSV",
    "16 | FeA + RvtH | GJK + BSV",
    "17 | GJK | FeA + RvtH (Koningsdag-drukte)",
    "18 | FeA + BSV | GJK + RvtH",
    "19 | woensdag 13/5 vervangende markt: GJK + FeA + RvtH | GJK + BSV",
    "20 | FeA | GJK + RvtH",
    "PAGE",
    "B:Afspraken",
    "Ruilen alleen in overleg met de teamleider (M. ten Hove). Ziekmelding voor 07.00 uur via het piketnummer "
    "markten 06-10 00 05 75 (functioneel toestel) of via markten@zutphen.nl.",
    "Bij calamiteiten: politie 112, meldkamer VNOG, en de gemeentelijke piket ambtenaar openbare orde via 14 0575.",
    "Verlof F. el Amrani: week 21 en 22 (zwangerschapsverlof vanaf 18 mei).",
], [
    r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"), r("STAFFNO", "100874"), r("PHONE", "06-41827730"),
    r("PARAPH", "GJK"),
    r("PERSON", "F. el Amrani", "F. el Amrani"), r("STAFFNO", "40218"), r("PHONE", "06 2873 5514"), r("PARAPH", "FeA"),
    r("PERSON", "R. van 't Hul", "R. van 't Hul"), r("STAFFNO", "102293"), r("PHONE", "06-20 55 18 46"),
    r("PARAPH", "RvtH"),
    r("PERSON", "B. Sørensen-Vlijm", "B. Sørensen-Vlijm"), r("STAFFNO", "101507"), r("PHONE", "0575 - 84 72 09"),
    r("PARAPH", "BSV"), r("PERSON", "M. ten Hove", "M. ten Hove"), r("HEALTH", "zwangerschapsverlof"),
], [
    k("ORG", "Team Markten & Evenementen"), k("ROLE", "marktmeester"), k("ROLE", "adjunct-marktmeester"),
    k("ROLE", "BOA domein I"), k("ROLE", "medewerker marktadministratie"), k("PLACE", "Groenmarkt"),
    k("PLACE", "Houtmarkt"), k("TERM", "Koningsdag-drukte"), k("PHONE", "06-10 00 05 75"),
    k("EMAIL", "markten@zutphen.nl"), k("PHONE", "112"), k("ORG", "VNOG"), k("PHONE", "14 0575"),
    k("ROLE", "teamleider"),
], producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016"))

# wm29 inspection report gas bottles / fire safety (dejavu)
DOCS.append(Doc("wm29", [
    "H:Controlerapport brandveiligheid weekmarkt",
    "Veiligheidsregio Noord- en Oost-Gelderland (VNOG) | team Risicobeheersing | Europaweg 2, Apeldoorn",
    "Controle: donderdag 23 april 2026, 09.00-11.30 uur | rapportnummer VNOG-BV-2026-0882",
    "Inspecteur: ing. M.A. (Marco) Hiddink, inspecteur brandveiligheid, m.hiddink@vnog.nl, 06 27 13 90 84",
    "In aanwezigheid van: G.J. Kloosterboer (marktmeester gemeente Zutphen)",
    "",
    "B:Bevindingen",
    "Kraam 9 (Kaashandel Brinkhorst): geen opmerkingen.",
    "Kraam 14/19 (Vishandel De Zwaluw): koelwagen met LPG-tank, keuringssticker verlopen (2024). Eigenaar "
    "D.J. van der Zwaluw mondeling aangesproken; hersteltermijn 14 dagen.",
    "Kraam 27 (Poelier De Wit B.V.): grill op 1,2 m van de luifel, blusdeken aanwezig. Voldoet.",
    "Oliebollenkraam Het Zoete Hof: frituur zonder deksel; de heer H.W. Bosch heeft direct een deksel geplaatst.",
    "Dagplaats 3 (Aziatische snacks, mevrouw Nguyễn): gasfles 11 kg zonder slangbreukbeveiliging. Direct "
    "buiten gebruik gesteld.",
    "",
    "B:Conclusie",
    "De markt voldoet op hoofdlijnen aan de Brandveiligheidsvoorschriften markten en evenementen (VNOG 2023). "
    "Hercontrole kraam 14/19 op 7 mei 2026.",
], [
    r("PERSON", "Marco Hiddink", "M.A. (Marco) Hiddink"), r("EMAIL", "m.hiddink@vnog.nl"),
    r("PHONE", "06 27 13 90 84"), r("PERSON", "G.J. Kloosterboer", "G.J. Kloosterboer"),
    r("PERSON", "D.J. van der Zwaluw", "D.J. van der Zwaluw"), r("PERSON", "H.W. Bosch", "H.W. Bosch"),
    r("PERSON", "Nguyễn Thị Lan", "Nguyễn"),
], [
    k("ORG", "Veiligheidsregio Noord- en Oost-Gelderland"), k("ORG", "VNOG"), k("ORG", "team Risicobeheersing"),
    k("ADDRESS", "Europaweg 2, Apeldoorn"), k("CASE", "VNOG-BV-2026-0882"), k("ROLE", "inspecteur brandveiligheid"),
    k("ORG", "Kaashandel Brinkhorst"), k("ORG", "Vishandel De Zwaluw"), k("ORG", "Het Zoete Hof"),
    k("DOC", "Brandveiligheidsvoorschriften markten en evenementen"), k("TERM", "LPG-tank"),
    k("TERM", "slangbreukbeveiliging"), k("ROLE", "marktmeester"), k("DATE", "7 mei 2026"),
], mode="dejavu", producer="JasperReports Library version 6.20.0", creator="Squit Inspectie"))

# wm30 zienswijze request to third party (docx)
DOCS.append(Doc("wm30", [
    "H:Verzoek om zienswijze Woo-verzoek WOO-2026-0417",
    "Aan: Vishandel De Zwaluw, de heer D.J. van der Zwaluw, Marspoortstraat 41, 7201 JB Zutphen",
    "Datum: 22 juni 2026 | Kenmerk: WOO-2026-0417-ZW03",
    "Geachte heer Van der Zwaluw,",
    "De gemeente Zutphen heeft een verzoek ontvangen op grond van de Wet open overheid over de weekmarkt. Bij de "
    "stukken zijn documenten over uw standplaats, het incident van 19 maart 2026 en de brief van uw advocaat. "
    "Voordat wij beslissen, stellen wij u in de gelegenheid uw zienswijze te geven (artikel 4.4 Woo jo. "
    "artikel 4:8 Awb).",
    "Wij zijn voornemens uw naam, adres, geboortedatum en gegevens over de gezondheid van uw echtgenote niet "
    "openbaar te maken (artikel 5.1 Woo). De naam van uw onderneming en het standplaatsnummer worden wel "
    "openbaar gemaakt.",
    "U kunt binnen twee weken reageren via woo@zutphen.nl onder vermelding van het kenmerk.",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "mr. K. Dijkhuizen",
    "juridisch adviseur Woo",
], [
    r("PERSON", "D.J. van der Zwaluw", "D.J. van der Zwaluw", "Van der Zwaluw"),
    r("ADDRESS", "Marspoortstraat 41, 7201 JB", "Marspoortstraat 41", "7201 JB"),
    r("PERSON", "K. Dijkhuizen", "K. Dijkhuizen"),
    r("PERSON", "Koen Dijkhuizen (author)", "k.dijkhuizen", channel="metadata"),
], [
    k("CASE", "WOO-2026-0417"), k("CASE", "WOO-2026-0417-ZW03"), k("ORG", "Vishandel De Zwaluw"),
    k("ORG", "gemeente Zutphen"), k("LAW", "Wet open overheid"), k("LAW", "artikel 4.4 Woo"),
    k("LAW", "artikel 4:8 Awb"), k("LAW", "artikel 5.1 Woo"), k("EMAIL", "woo@zutphen.nl"),
    k("ROLE", "juridisch adviseur Woo"),
], mode="docx", author="k.dijkhuizen", title="Zienswijzeverzoek"))

# wm31 zienswijze reply (helv, Outlook)
DOCS.append(Doc("wm31", [
    "Van: Sevda Korkmaz <sevda.korkmaz@hotmail.com>",
    "Verzonden: vrijdag 26 juni 2026 07:58",
    "Aan: woo@zutphen.nl",
    "CC: kantoor@cvah.nl",
    "Onderwerp: zienswijze WOO-2026-0417-ZW05",
    "",
    "Geachte heer Dijkhuizen,",
    "",
    "Ik heb geen bezwaar tegen openbaarmaking van het verslag van de marktcommissie, maar wel tegen mijn "
    "mobiele nummer (06-18 27 44 03) en mijn woonadres in Warnsveld. Ook wil ik niet dat mijn naam als getuige "
    "bij het incident van 19 maart in de krant komt; mijn zus Gül staat ook op de markt en wil geen gedoe "
    "met de familie Yıldırım.",
    "",
    "Met vriendelijke groet,",
    "Sevda Korkmaz",
    "Korkmaz Stoffen, kraam 3",
    "",
    "Verzonden vanaf mijn iPhone",
], [
    r("PERSON", "Sevda Korkmaz"), r("EMAIL", "sevda.korkmaz@hotmail.com"), r("PERSON", "Dijkhuizen"),
    r("PHONE", "06-18 27 44 03"), r("PERSON", "Gül Korkmaz", "Gül"), r("PERSON", "Yıldırım", "Yıldırım"),
], [
    k("EMAIL", "woo@zutphen.nl"), k("EMAIL", "kantoor@cvah.nl"), k("CASE", "WOO-2026-0417-ZW05"),
    k("TERM", "marktcommissie"), k("PLACE", "Warnsveld"), k("ORG", "Korkmaz Stoffen"), k("TERM", "kraam 3"),
    k("PRODUCT", "iPhone"), k("DATE", "19 maart"),
], mode="dejavu", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

# wm32 Woo decision (helv, 2 pages)
DOCS.append(Doc("wm32", [
    "H:Besluit op uw Woo-verzoek",
    "Gemeente Zutphen | 's-Gravenhof 2 | Postbus 15, 7200 AA Zutphen | 14 0575",
    "",
    "De heer R.P. Visschedijk",
    "Weg naar Laren 118",
    "7203 HL  Zutphen",
    "",
    "Datum: 14 juli 2026 | Kenmerk: WOO-2026-0417 | Zaaknummer: Z/26/118472",
    "Onderwerp: besluit op uw verzoek om informatie over de weekmarkt",
    "",
    "Geachte heer Visschedijk,",
    "",
    "B:1. Uw verzoek",
    "Op 2 juni 2026 heeft u gevraagd om documenten over de weekmarkt (wachtlijst, incidentrapporten, het geschil "
    "over standplaats 14, het besluit over Hemelvaartsdag en het marktgeld). Op 26 juni 2026 hebben wij de "
    "beslistermijn met twee weken verdaagd.",
    "B:2. Zienswijzen",
    "Wij hebben vijf derden om een zienswijze gevraagd. Drie hebben gereageerd; hun bezwaren betroffen "
    "persoonsgegevens en zijn gehonoreerd.",
    "B:3. Besluit",
    "Wij maken 31 documenten deels en 1 document geheel openbaar. De documenten staan op de inventarislijst (bijlage 1).",
    "B:4. Overwegingen",
    "Namen, adressen, telefoonnummers, e-mailadressen, KvK-nummers van eenmanszaken, IBAN's, geboortedata en "
    "handtekeningen van burgers, standhouders en medewerkers die niet in de openbaarheid treden, maken wij niet "
    "openbaar (artikel 5.1, tweede lid, onder e, Woo). Gegevens over de gezondheid zijn bijzondere "
    "persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). De namen van burgemeester Heeringa, wethouder "
    "Kuipers en raadslid Bosveld zijn wel openbaar, omdat zij in hun publieke functie handelen.",
    "PAGE",
    "B:5. Wachtlijst",
    "Uw eigen positie op de wachtlijst (nummer 4) delen wij u in een afzonderlijke brief mee; de namen van andere "
    "wachtenden maken wij niet openbaar.",
    "",
] + MOT + [
    "",
    "Hoogachtend,",
    "het college van burgemeester en wethouders van Zutphen,",
    "namens dezen,",
    "mr. K. Dijkhuizen, juridisch adviseur Woo",
    "",
    "Bezwaar: binnen zes weken na verzending bij het college (Algemene wet bestuursrecht). "
    "Bijlagen: inventarislijst, documenten.",
], [
    r("PERSON", "R.P. Visschedijk", "R.P. Visschedijk", "Visschedijk"),
    r("ADDRESS", "Weg naar Laren 118, 7203 HL", "Weg naar Laren 118", "7203 HL"),
    r("PERSON", "K. Dijkhuizen", "K. Dijkhuizen"),
], [
    k("ORG", "Gemeente Zutphen"), k("ADDRESS", "'s-Gravenhof 2"), k("PHONE", "14 0575"), k("CASE", "WOO-2026-0417"),
    k("CASE", "Z/26/118472"), k("TERM", "Hemelvaartsdag"), k("LAW", "artikel 5.1, tweede lid, onder e, Woo"),
    k("LAW", "artikel 5.1, eerste lid, onder d, Woo"), k("PUBLIC", "burgemeester Heeringa"),
    k("PUBLIC", "wethouder Kuipers"), k("PUBLIC", "raadslid Bosveld"), k("TERM", "inventarislijst"),
    k("TERM", "Informatie die niet openbaar gemaakt kan worden"), k("TERM", "Motivering"),
    k("LAW", "Algemene wet bestuursrecht"), k("ROLE", "juridisch adviseur Woo"), k("TERM", "standplaats 14"),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# wm33 inventory list (dejavu, 2 pages)
INV = [
    ("wm01", "2026-06-02", "Woo-verzoek (e-mail)", "deels openbaar", "5.1.2e"),
    ("wm02", "2026-06-04", "Ontvangstbevestiging", "deels openbaar", "5.1.2e"),
    ("wm03", "2026-03-01", "Wachtlijst standplaatsen", "deels openbaar", "5.1.2e"),
    ("wm04", "2026-01-12", "Standplaatsvergunning plaats 14", "deels openbaar", "5.1.2e"),
    ("wm05", "2026-02-09", "Besluit standplaats bloemen", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("wm06", "2026-03-19", "Incidentrapport IR-2026-011", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("wm07", "2026-04-11", "Incidentrapport IR-2026-017", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("wm08", "2026-03-19", "Meldingsformulier incident", "deels openbaar", "5.1.2e"),
    ("wm09", "2026-05-15", "Teams-chat markttoezicht", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("wm10", "2026-03-25", "E-mailwisseling standplaats 14", "deels openbaar", "5.1.2e"),
    ("wm11", "2026-03-24", "Brief advocaat", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("wm12", "2026-04-08", "Verslag marktcommissie", "deels openbaar", "5.1.2e"),
    ("wm13", "2026-04-20", "Beslisnota standplaats 14", "deels openbaar", "5.1.2e"),
    ("wm14", "2026-04-28", "Raadsvragen en antwoord", "deels openbaar", "5.1.2e"),
    ("wm15", "2026-04-01", "Factuur marktgeld", "deels openbaar", "5.1.2e"),
    ("wm16", "2026-04-20", "Brief wachtlijst (scan)", "deels openbaar", "5.1.2e"),
    ("wm17", "2026-04-01", "Register standplaatsvergunningen", "deels openbaar", "5.1.2e"),
    ("wm18", "2026-04-16", "Besluit sluiting Hemelvaartsdag", "deels openbaar", "5.1.2e"),
    ("wm19", "2026-03-30", "E-mail VNOG Hanzefestival", "deels openbaar", "5.1.2e"),
    ("wm20", "2026-04-17", "Persbericht", "openbaar", "-"),
    ("wm21", "2026-04-17", "Brief aan standhouder", "deels openbaar", "5.1.2e"),
    ("wm22", "2026-05-21", "Factuur elektrotechniek", "deels openbaar", "5.1.2e"),
    ("wm23", "2026-05-31", "Factuur marktreiniging", "deels openbaar", "5.1.2e"),
    ("wm24", "2026-04-15", "WhatsApp-chat standhouders", "deels openbaar", "5.1.2e"),
    ("wm25", "2026-03-30", "Concept indeling Groenmarkt", "deels openbaar", "5.1.2e"),
    ("wm26", "2026-04-08", "Presentielijst (scan)", "deels openbaar", "5.1.2e"),
    ("wm27", "2026-05-09", "Dagrapport marktmeester (scan)", "deels openbaar", "5.1.2e"),
    ("wm28", "2026-04-07", "Rooster markttoezicht", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("wm29", "2026-04-23", "Controlerapport VNOG", "deels openbaar", "5.1.2e"),
    ("wm30", "2026-06-22", "Verzoek zienswijze", "deels openbaar", "5.1.2e"),
    ("wm31", "2026-06-26", "Zienswijze derde", "deels openbaar", "5.1.2e"),
    ("wm32", "2026-07-14", "Besluit Woo-verzoek", "deels openbaar", "5.1.2e"),
]
DOCS.append(Doc("wm33", [
    "H:Inventarislijst Woo-verzoek WOO-2026-0417 (weekmarkt Zutphen)",
    "Bijlage 1 bij besluit van 14 juli 2026 | gemeente Zutphen",
    "",
    "B:Nr | Document | Datum | Omschrijving | Beoordeling | Grond",
] + [f"{i + 1} | {s}.pdf | {d} | {o} | {b} | {g}" for i, (s, d, o, b, g) in enumerate(INV[:20])] + [
    "PAGE",
    "B:Nr | Document | Datum | Omschrijving | Beoordeling | Grond",
] + [f"{i + 21} | {s}.pdf | {d} | {o} | {b} | {g}" for i, (s, d, o, b, g) in enumerate(INV[20:])] + [
    "",
    "Toelichting: 5.1.2e = eerbiediging van de persoonlijke levenssfeer; 5.1.1d = bijzondere persoonsgegevens "
    "(gezondheid). Behandelaar: team Juridische Zaken, woo@zutphen.nl.",
    "Opgesteld: KD / gecontroleerd: MtH",
], [
    r("PARAPH", "KD"), r("PARAPH", "MtH"),
], [
    k("CASE", "WOO-2026-0417"), k("ORG", "gemeente Zutphen"), k("TERM", "deels openbaar"), k("TERM", "5.1.2e"),
    k("TERM", "5.1.1d"), k("DOC", "wm06.pdf"), k("DOC", "wm20.pdf"), k("DOC", "wm32.pdf"),
    k("DOC", "Incidentrapport IR-2026-011"), k("DOC", "Verslag marktcommissie"), k("DOC", "Persbericht"),
    k("DOC", "Presentielijst (scan)"), k("ORG", "team Juridische Zaken"), k("EMAIL", "woo@zutphen.nl"),
    k("DOC", "Beslisnota standplaats 14"), k("DOC", "Rooster markttoezicht"),
], mode="dejavu", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# further keep probes (dates, times, section headings, terms), merged into each document's keep list
EXTRA_KEEP = {
    "wm01": [("DATE", "2 juni 2026"), ("ORG", "college van burgemeester en wethouders")],
    "wm02": [("TERM", "vier weken"), ("DATE", "2 juni 2026")],
    "wm03": [("DOC", "Brancheplan"), ("TERM", "Inschrijvingen")],
    "wm04": [("TERM", "donderdagmarkt"), ("TERM", "12 meter frontbreedte")],
    "wm05": [("DATE", "20 januari 2026"), ("TERM", "automatische incasso")],
    "wm06": [("TIME", "08.05 uur"), ("LAW", "artikel 15")],
    "wm07": [("TIME", "11.52 uur"), ("TERM", "ambulance")],
    "wm10": [("DATE", "8 april")],
    "wm11": [("DATE", "24 maart 2026")],
    "wm12": [("TERM", "Vastgesteld zonder wijzigingen"), ("DATE", "10 juni 2026")],
    "wm13": [("TERM", "Geadviseerd besluit"), ("TERM", "Krachtenveld")],
    "wm14": [("TERM", "Vraag 1"), ("TERM", "Antwoord")],
    "wm15": [("TERM", "2e kwartaal 2026"), ("TERM", "Debiteurnummer")],
    "wm17": [("TIME", "07.30 uur")],
    "wm18": [("TERM", "BESLUIT"), ("TIME", "08.00 tot 13.00 uur")],
    "wm19": [("TIME", "06.00 uur"), ("TERM", "64 kramen")],
    "wm21": [("TERM", "derde kwartaal")],
    "wm22": [("TERM", "inkoopordernummer"), ("DATE", "21 mei 2026")],
    "wm23": [("TERM", "Marktreiniging")],
    "wm25": [("TERM", "versie 0.3"), ("TERM", "rij D")],
    "wm28": [("TERM", "week 21")],
    "wm29": [("TERM", "Kraam 9"), ("ORG", "Poelier De Wit B.V.")],
    "wm30": [("DATE", "22 juni 2026")],
    "wm31": [("DATE", "26 juni 2026")],
    "wm32": [("DATE", "14 juli 2026"), ("TERM", "bijlage 1"), ("TERM", "Zienswijzen")],
    "wm33": [("DOC", "wm01.pdf"), ("DOC", "wm17.pdf"), ("DOC", "wm27.pdf"), ("DOC", "Woo-verzoek (e-mail)")],
}
import content_a  # noqa: E402

for _d in content_a.DOCS + DOCS:
    for _kind, _v in EXTRA_KEEP.get(_d.stem, []):
        _d.K.append(k(_kind, _v))
