from lib import Doc

DOCS = [
Doc("vr10_mail_stoffenlijst", title="RE: stoffenlijst loods 3", fontset="std",
    meta={"Producer": "Microsoft Outlook voor Microsoft 365", "Creator": "Microsoft Outlook"},
    body="""
Van: [[Kampstra, Rob]] <[[rob.kampstra@vandrecht-storage.nl|EMAIL]]>
Verzonden: donderdag 15 januari 2026 08:12
Aan: [[Mulderij, Johan]] <[[j.mulderij@vrlingemond.nl|EMAIL]]>
CC: [[Lubbers, Gerrit]] <[[g.lubbers@vandrecht-storage.nl|EMAIL]]>; {{crisiscommunicatie@vrlingemond.nl|EMAIL_PUBLIC}}
Onderwerp: RE: stoffenlijst loods 3

Johan,

Bijgaand de volledige {{PGS 15}}-lijst. Let op: de IBC's met {{ethylacetaat}} (ca. 18 ton) stonden tegen de westgevel. [[Gerrit]] kan vanmiddag een toelichting geven op de sprinklerinstallatie.

Groet,
Rob
[[06-53 19 84 20|PHONE]]

Van: [[Mulderij, Johan]]
Verzonden: woensdag 14 januari 2026 22:40
Aan: [[Kampstra, Rob]]
Onderwerp: stoffenlijst loods 3

Beste heer [[Kampstra]],

Het {{RBT}} heeft morgen om 10:00 uur de actuele stoffenlijst nodig. Kunt u die vóór 09:00 uur sturen? Mijn collega [[Dirk-Jan van 't Hek]] ({{AGS}}) is bereikbaar op [[+31 (0)6 40 12 55 78|PHONE]].

Met vriendelijke groet,
[[Johan Mulderij]]
{{Operationeel Leider}} | {{Veiligheidsregio Lingemond}}
T [[038 - 851 46 00 toestel 231|PHONE]]
"""),
Doc("vr11_mail_persbericht", title="FW: concept persbericht", fontset="ttf",
    meta={"Producer": "Microsoft Outlook voor Microsoft 365", "Creator": "Microsoft Outlook", "Author": "Smit-Ozinga, Hanneke"},
    hidden=[("metadata", "Smit-Ozinga, Hanneke", "PERSON")],
    body="""
Van: {{Oldenhof, Karin|PUBLIC_PERSON}} <{{woordvoering@vrlingemond.nl|EMAIL_PUBLIC}}>
Verzonden: woensdag 14 januari 2026 07:51
Aan: [[Hanneke Smit]] <[[h.smit-ozinga@oosterlinde.nl|EMAIL]]>; [[Sjoerd Veenstra]] <[[s.veenstra@oosterlinde.nl|EMAIL]]>
Onderwerp: FW: concept persbericht brand {{Industrieweg}}

Hoi Hanneke en Sjoerd,

Zie het concept. Graag géén naam van de bevelvoerder of van de gewonde collega noemen. De burgemeester zegt de laatste zin zelf op de persconferentie.

Karin

-----Oorspronkelijk bericht-----
Van: [[Veenstra, Sjoerd]]
Verzonden: woensdag 14 januari 2026 07:20
Aan: {{Oldenhof, Karin|PUBLIC_PERSON}}
CC: [[Bouma, Tjeerd]]
Onderwerp: concept persbericht

Karin, ik heb de tekst met [[Tjeerd]] afgestemd. [[Esmée]] zet hem om 08:30 uur op oosterlinde.nl en {{crisis.nl|WEB}}. Reactie graag vóór 08:00 uur; ik ben mobiel te bereiken op [[06 - 31 42 88 17|PHONE]].

Sjoerd
"""),
Doc("vr12_teams_chat", title="Teams-chat CoPI", fontset="ttf",
    meta={"Producer": "Microsoft Teams export", "Creator": "Microsoft Teams"},
    body="""
# Chat: {{CoPI Industrieweg}} ({{Microsoft Teams}})

[14-01 02:58] [[Jeroen ter Haar]]: {{TS 21-4231|CALLSIGN}} gaat binnen, [[Sandra]] heeft de leiding
[14-01 03:01] [[Ahmed El Khatib]]: ok. {{NL-Alert}} is eruit
[14-01 03:04] [[Wilbert]]: meetploeg 2 staat bij de sluis, wind 3 Bft ZW
[14-01 03:09] [[Dirk-Jan van 't Hek]]: let op: ethylacetaat, geen water op de IBC's spuiten
[14-01 03:31] [[Jeroen ter Haar]]: [[Bas]] eruit gehaald, ademt goed, ambu is erbij
[14-01 03:32] [[Ingrid Vos]]: sterkte Bas 🙏
[14-01 03:40] [[Wilbert]]: HCl 4 ppm bij Kanaaldijk, rest <1
[14-01 03:44] [[Ahmed El Khatib]]: [[DJ]], kun jij [[Pieter]] bellen? hij zit in de auto, [[06-18 07 66 54|PHONE]]
[14-01 03:51] [[Dirk-Jan van 't Hek]]: gedaan 👍
[14-01 04:02] [[Jeroen ter Haar]]: {{Blusboot Jacob Roggeveen|SHIP}} ligt klaar, {{Waterschap Drents Overijsselse Delta}} gevraagd om gemaal {{De Stelle}} uit te zetten
"""),
Doc("vr13_whatsapp_bewoners", title="WhatsApp export buurtapp", fontset="ttf",
    meta={"Producer": "Skia/PDF m120", "Creator": "Chrome"},
    body="""
# WhatsApp-chat met "Buurtapp Kanaaldijk 🔥"
(doorgestuurd door een bewoner als bijlage bij een klacht aan de gemeente)

14-01-2026 02:31 - [[Femke]]: Zien jullie die vlammen?? Het stinkt vreselijk
14-01-2026 02:33 - [[Henk W.]]: Ramen dicht. [[Ans]] krijgt het benauwd
14-01-2026 02:40 - [[Mevlüt]]: NL-Alert gekregen. Binnenblijven zegt ie
14-01-2026 02:58 - [[Wendy O'Neill]]: Brandweer belt aan bij [[nr 10|ADDRESS]]
14-01-2026 03:12 - [[Femke]]: we moeten weg. Naar sporthal De Stelle
14-01-2026 03:15 - [[Grietje]]: kan iemand mij meenemen? ik heb geen auto
14-01-2026 03:16 - [[Jorg]]: Ik kom je halen Grietje
14-01-2026 07:02 - [[Mevlüt]]: [[Noortje]] heeft in de nacht een astma-aanval gehad, we zijn bij de huisarts
14-01-2026 09:14 - [[Henk W.]]: burgemeester Verhoeff is op tv. Waarom zo laat?!
14-01-2026 09:20 - [[+31 6 12 77 40 19|PHONE]]: wie is dit nummer? ik ben [[Rik]] van [[nr 28|ADDRESS]]
"""),
Doc("vr14_klacht_bewoner", title="Klacht bewoner", producer="docx",
    meta={"Producer": "LibreOffice 7.6", "Creator": "Writer"},
    body="""
[[Femke Dijkhuis]]
[[Kanaaldijk 12|ADDRESS]]
[[8271 PB|POSTCODE]] {{Oosterlinde}}

Aan de gemeente {{Oosterlinde}}
t.a.v. de {{klachtencoördinator}}

Oosterlinde, 20 januari 2026

Betreft: klacht over de evacuatie van 14 januari

Geachte heer, mevrouw,

In de nacht van 14 januari ben ik met mijn dochters [[Lieke]] en [[Saar]] geëvacueerd naar {{Sporthal De Stelle}}. Wij zaten daar vier uur zonder informatie. Mijn jongste dochter heeft [[astma|HEALTH]] en kreeg in de sporthal geen medicatie. Een medewerker van de gemeente, die zich voorstelde als [[Marloes]], zei dat er geen arts beschikbaar was.

Ook is mijn telefoonnummer op een lijst terechtgekomen die op een tafel bij de ingang lag, leesbaar voor iedereen. Ik verzoek u mijn klacht op grond van hoofdstuk 9 van de {{Algemene wet bestuursrecht}} te behandelen.

U kunt mij bereiken via [[femke.dijkhuis@ziggo.nl|EMAIL]] of [[06-1288 4410|PHONE]]. Mijn BSN is [[183426597|BSN]].

Met vriendelijke groet,
[[F. Dijkhuis]]
"""),
Doc("vr15_klacht_scan", title="Handgeschreven klacht", scan={"rot": 0.8},
    meta={"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon iR-ADV C5535"},
    body="""
# Aan de burgemeester van Oosterlinde

Oosterlinde, 18 januari 2026

Geachte burgemeester,

Ik ben [[Grietje Zuidema]], ik woon aan de [[Jachthavenweg 7|ADDRESS]].
Ik ben 85 jaar. In de nacht van de brand heeft niemand
mij gewaarschuwd. Ik heb geen mobiele telefoon.
Mijn buurman [[Pöhlmann]] heeft mij opgehaald.

Sindsdien hoest ik veel. Mijn huisarts, dokter [[Schepers]],
zegt dat het van de rook komt.

Ik wil graag dat iemand bij mij langskomt.
Mijn telefoon is [[0538 47 03 31|PHONE]].

Met vriendelijke groet,

[[G. Zuidema]]
"""),
Doc("vr16_labresultaten", title="Analyserapport depositiemonsters", fontset="std",
    meta={"Producer": "Crystal Reports", "Creator": "LIMS Lablinq 4.2", "Author": "Carla Ouwehand"},
    hidden=[("metadata", "Carla Ouwehand", "PERSON")],
    body="""
# {{Lablinq Milieu B.V.}} – analyserapport {{LL-26-00184|CASE}}
Opdrachtgever: {{Omgevingsdienst IJssel-Vecht}} · geaccrediteerd {{RvA L 412|CASE}} · {{NEN-EN-ISO/IEC 17025}}

| monster | locatie | matrix | PAK som 10 | dioxinen (pg TEQ/m²) | lood mg/kg |
| {{M01|CASE}} | Kanaaldijk (openbare berm) | veeg | 2,4 | 18 | 41 |
| {{M02|CASE}} | tuin [[Kanaaldijk 14|ADDRESS]] | gewas (sla) | 0,9 | 11 | 3 |
| {{M03|CASE}} | {{Sportpark De Stelle}} | gras | 0,3 | 4 | 12 |
| {{M04|CASE}} | moestuin [[Jachthavenweg 11|ADDRESS]] | boerenkool | 1,6 | 9 | 5 |
| {{M05|CASE}} | {{Industrieweg}} 30 | veeg | 6,8 | 74 | 88 |

Monstername: [[W. Aalderink]] ({{Veiligheidsregio}}), [[Koen Bekhuis]] ({{Lablinq}}). Eigenaar tuin M02 ([[H. Wessels]]) heeft toestemming gegeven.

Conclusie: de interventiewaarden uit de {{Regeling bodemkwaliteit}} worden op geen van de locaties overschreden; bij {{M05|CASE}} is reiniging van het terrein nodig.

Vrijgegeven door: [[ing. C. Ouwehand]], teamleider analyse, [[c.ouwehand@lablinq.nl|EMAIL]]
"""),
Doc("vr17_factuur_zzp", title="Factuur", fontset="std",
    meta={"Producer": "Moneybird PDF", "Creator": "Moneybird"},
    body="""
# FACTUUR 2026-007
[[Tolk- en vertaalbureau Yasmina Amrani|PERSON]]
[[Weverstraat 19|ADDRESS]], [[7415 BK|POSTCODE]] Deventer · KvK [[77102944|KVK]] · btw [[NL003214455B71|VAT]]

Aan: {{gemeente Oosterlinde}}, {{Team Bevolkingszorg}}, Postbus 150, 8270 AD Oosterlinde
Factuurdatum: 2 februari 2026 · Uw referentie: {{Evacuatie 14-01|CASE}}

| omschrijving | uren | tarief | bedrag |
| tolkdiensten Turks/Arabisch opvang {{Sporthal De Stelle}}, 14-01 | 9 | € 65,00 | € 585,00 |
| reiskosten | | | € 48,60 |
| totaal excl. btw | | | € 633,60 |

Gelieve te betalen op [[NL71 RABO 0312 8840 19|IBAN]] t.n.v. [[Y. Amrani]] binnen 30 dagen.
Vragen: [[yasmina@amrani-tolk.nl|EMAIL]] · [[0570 - 61 22 09|PHONE]]
"""),
]
