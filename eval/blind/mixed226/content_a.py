from lib import Doc

W = "{{Coöperatie Dorpswinkel Westernieland U.A.}}"
P = "{{Provincie Groningen}}"
R = "{{Subsidieregeling Leefbaarheid Kleine Kernen 2026}}"
Z = "{{SUB-2026-04417}}"

DOCS = [
Doc("dw01_aanvraag", "Subsidieaanvraag", f"""# Aanvraag subsidie {R}
Aan: Gedeputeerde Staten van {P}, {{{{Martini Trade Park}}}}, Postbus 610, 9700 AP Groningen
Aanvrager: {W}, KvK {{{{90417726}}}}, {{{{Hoofdstraat 21}}}}, 9965 PA Westernieland
Zaaknummer (ingevuld door provincie): {Z}
Geachte leden van het college,
Namens het bestuur van onze coöperatie vragen wij een bijdrage van {{{{€ 48.500}}}} voor de verbouwing en de eerste twee exploitatiejaren van de dorpswinkel in het voormalige postkantoor. Sinds de sluiting van de {{{{Spar}}}} in 2023 moeten inwoners naar Pieterburen of Winsum voor hun dagelijkse boodschappen. De winkel wordt gedragen door 41 vrijwilligers en 212 leden.
# Gegevens bestuursleden
Functie | Naam | Geboortedatum | Woonadres
voorzitter | [[Geertje Dijkhuizen-Oosting]] | [[12-04-1961]] | [[Hoofdstraat 14, 9965 PB Westernieland]]
secretaris | [[Jan-Willem ter Horst]] | [[03-09-1978]] | [[Kerkpad 2a, 9965 PC Westernieland]]
penningmeester | [[Sietske van 't Wout]] | [[27-11-1955]] | [[Wierdeweg 5, 9965 PD Westernieland]]
lid | [[Ömer Çelik]] | [[30-01-1987]] | [[Menno van Coehoornweg 9, 9965 PE Westernieland]]

Bereikbaarheid: voorzitter [[06-41827365]], [[geertje.dijkhuizen@planet.nl]]; secretaris [[0595 - 42 88 17]], [[jw.terhorst@kpnmail.nl]]; penningmeester [[+31 (0)6 2093 1144]], [[s.vantwout@hetnet.nl]]; lid [[0031 6 55 12 09 87]], [[ömer.çelik@gmail.com]].
Het bestuur is gezamenlijk bevoegd; de voorzitter en de secretaris tekenen deze aanvraag. Bijlagen: begroting 2026-2027, statuten, rooster vrijwilligers, verklaring {{{{Kern met Pit}}}} en een steunbrief van de {{{{Dorpsraad Westernieland}}}}.
Wij hebben eerder een startbijdrage ontvangen van het {{{{Oranje Fonds}}}} en van {{{{Jantje Beton}}}} voor de speelhoek.
Met vriendelijke groet,
[[G. Dijkhuizen-Oosting]], voorzitter          [[J.W. ter Horst]], secretaris
""", meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365",
           "Author": "jwterhorst"}, hidden=[("metadata", "jwterhorst")]),

Doc("dw02_bestuurdersverklaring", "Bestuurdersverklaring", f"""# Verklaring bestuurders en UBO-opgave
Bij aanvraag {Z} in het kader van de {R}.
Vul per bestuurder de gegevens in. Deze verklaring wordt alleen gebruikt voor de toets op de {{{{Wet Bibob}}}} en het UBO-register van de {{{{Kamer van Koophandel}}}}.
Organisatie: {W}
""", form=[("naam1", "Naam bestuurder 1", "Dijkhuizen-Oosting, Geertje Aaltje"),
           ("bsn1", "BSN bestuurder 1", "183920457"),
           ("naam2", "Naam bestuurder 2", "Horst, Jan-Willem ter"),
           ("bsn2", "BSN bestuurder 2", "240118736"),
           ("iban", "IBAN voor uitbetaling", "NL12 RABO 0345 6789 01"),
           ("ond", "Ondertekend door", "G.A. Dijkhuizen-Oosting")],
   hidden=[("annotations", "Dijkhuizen-Oosting, Geertje Aaltje"), ("annotations", "183920457"),
           ("annotations", "Horst, Jan-Willem ter"), ("annotations", "240118736"),
           ("annotations", "G.A. Dijkhuizen-Oosting")],
   meta={"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "Creator": "Provincie Groningen eLoket"}),

Doc("dw03_bankafschrift", "Rekeningafschrift", f"""# Rabobank - Rekeningoverzicht (uittreksel)
Rekeninghouder: {W}
Rekeningnummer: {{{{NL12 RABO 0345 6789 01}}}}   Periode: 01-02-2026 t/m 28-02-2026
Datum | Omschrijving | Tegenrekening | Bij/Af
03-02 | Contributie 2026 leden (batch 38) | diverse | + 1.140,00
05-02 | Terugbetaling voorschot kassa [[J.W. ter Horst]] | [[NL59 INGB 0006 4410 27]] | - 212,40
09-02 | Bos Interieurbouw factuur 2026-014 | [[NL91 ABNA 0417 1643 00]] | - 3.875,00
11-02 | Donatie [[Mw. A.H. Kuipers-Brouwer]] | [[NL02 SNSB 0923 1188 45]] | + 250,00
14-02 | Declaratie bloemen vrijwilligers [[S. van 't Wout]] | [[NL33 RABO 0155 2290 81]] | - 38,95
18-02 | Groothandel {{{{Boni-Markten}}}} levering week 7 | NL77 RABO 0301 2200 10 | - 2.918,62
21-02 | Bijdrage {{{{Gemeente Het Hogeland}}}} startsubsidie | NL08 BNGH 0285 0010 94 | + 5.000,00
26-02 | Huur pand {{{{Stichting Oude Postkantoor}}}} | NL45 RABO 0112 7785 90 | - 650,00
27-02 | Declaratie benzine bezorgdienst [[D. Hekman]] | [[NL67 TRIO 0390 4417 12]] | - 46,20
Saldo per 28-02-2026: € 11.406,83
Dit uittreksel is als bijlage gevoegd bij aanvraag {Z}. Paraaf penningmeester: [[SvtW]]
""", font="DejaVuSansMono", meta={"Producer": "Rabo Internetbankieren PDF-export", "Creator": "Rabobank"}),

Doc("dw04_rooster_maart", "Rooster vrijwilligers maart", f"""# Rooster vrijwilligers dorpswinkel - maart 2026
{W} - winkel {{{{Hoofdstraat 21}}}}, openingstijden ma-za 08.30-12.30 en vr 14.00-17.00
Dag | Ochtend | Middag | Bezorgen | Telefoon
ma 2 | [[Bertus Wiersma]] | - | [[Douwe Hekman]] | [[06 13 44 72 90]]
di 3 | [[Annechien Kuipers]] | - | [[Douwe Hekman]] | [[06-28473302]]
wo 4 | [[Hillie de Groot]] | - | [[Klaas Smit]] | [[0595-427731]]
do 5 | [[Renée Pijl]] | - | [[Klaas Smit]] | [[06 4011 2378]]
vr 6 | [[Froukje Bakker]] | [[Zoë Veldkamp]] | - | [[06-19904512]]
za 7 | [[Tjitske Zandstra]] | - | - | [[0595 42 19 06]]
Ruilen? Bel de roostermaker [[Annechien]] of app in de groep. Sleutel ligt bij [[Bertus]] ({{{{Kerkpad}}}}).
Kassa-instructie door {{{{Boni-Markten}}}} op 10 maart in {{{{Dorpshuis De Wierde}}}}.
""", producer="docx", meta={"Author": "Kuipers, Annechien"}, hidden=[("metadata", "Kuipers, Annechien")]),

Doc("dw05_rooster_april", "Rooster vrijwilligers april", f"""# Rooster april 2026 (concept)
Dorpswinkel Westernieland - bezetting en bezorgronde {{{{Pieterburen}}}}/{{{{Westernieland}}}}
Week | Ochtend | Bezorgen | Reserve
14 | [[B. Wiersma]] / [[H. de Groot]] | [[D. Hekman]] | [[R. Pijl]]
15 | [[A. Kuipers]] / [[F. Bakker]] | [[K. Smit]] | [[Z. Veldkamp]]
16 | [[T. Zandstra]] / [[Geert-Jan Oosting]] | [[D. Hekman]] | [[Sjoukje de Vries-Bolhuis]]
17 | [[B. Wiersma]] / [[Renée Pijl]] | [[K. Smit]] | [[Ömer Çelik]]
Let op: in week 16 is [[Hillie]] afwezig (operatie heup). Vervanging via [[Sjoukje]].
Bezorging bij mensen zonder vervoer, o.a. [[mevrouw Tonnis]], [[Molenweg 12]] (rolstoel).
Vragen: {{winkel@dorpswinkelwesternieland.nl}} of {{0595 - 42 10 10}} (winkel).
""", producer="odt", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer"}),
]
