from lib import Doc

DOCS = [
Doc("ab01_woo_verzoek", producer="Microsoft: Print To PDF", creator="Microsoft Word", body="""
# Verzoek op grond van de Wet open overheid
Aan: het college van burgemeester en wethouders van de [[gemeente Deventer]], t.a.v. [[team Leerplicht en RMC]]
Per e-mail: [[woo@deventer.nl]]
Deventer, 2 september 2026
Geacht college,
Op grond van de [[Wet open overheid]] verzoek ik u om openbaarmaking van alle documenten over het verzuim van een leerling van het [[Alexander Hegius College]] in schooljaar 2025-2026, de bemoeienis van de leerplichtambtenaar, het [[zorgadviesteam]] (ZAT), de [[GGD IJsselland]], de verwijzing naar [[Halt Oost-Nederland]] en de beantwoording van de raadsvragen over pesten op school.
Het gaat mij in het bijzonder om de vraag hoe de gemeente omgaat met leerlingen die na pesten thuis blijven (zogenoemde thuiszitters) en of het [[Thuiszitterspact]] is nageleefd.
Ik ontvang de documenten graag digitaal. Persoonsgegevens van de leerling en de ouders mogen wat mij betreft worden weggelakt.
Met vriendelijke groet,
{{Gerrit Nijenhuis}}
{{A:Zandbergstraat 41}}
{{A:7416 BR Deventer}}
{{T:06-52 71 94 08}}
{{E:g.nijenhuis@kpnmail.nl}}
"""),
Doc("ab02_ontvangstbevestiging", font="DejaVuSans", producer="Aspose.Words for .NET 23.4.0", creator="Zaaksysteem DMS", body="""
[[Gemeente Deventer]] | Postbus 5000 | [[7400 GC Deventer]] | telefoon [[14 0570]]
Aan: de heer {{G. Nijenhuis}}
{{A:Zandbergstraat 41}}
{{A:7416 BR Deventer}}
Ons kenmerk: [[WOO-2026-0173]]
Datum: 4 september 2026
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte heer {{Nijenhuis}},
Op 2 september 2026 hebben wij uw verzoek ontvangen op grond van de [[Wet open overheid]] over het verzuim van een leerling van het [[Alexander Hegius College]]. Uw verzoek is geregistreerd onder nummer [[WOO-2026-0173]].
Wij beslissen binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verlengen. Omdat documenten van derden afkomstig zijn (de school, de [[GGD IJsselland]] en de [[Inspectie van het Onderwijs]]), stellen wij hen in de gelegenheid een zienswijze te geven (artikel 4.4 Woo).
Heeft u vragen, neemt u dan contact op met {{Marloes Tjon-A-Fong}}, juridisch adviseur, via {{E:m.tjon-a-fong@deventer.nl}} of {{T:0570 69 38 12}}. U kunt ook mailen naar [[woo@deventer.nl]].
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
{{M. Tjon-A-Fong}}
[[team Juridische Zaken]]
"""),
Doc("ab03_verzuimmelding_duo", producer="DUO Verzuimregister export", creator="Magister 6.4", font="DejaVuSans", fontsize=9, body="""
# Verzuimmelding (artikel 21a Leerplichtwet 1969) - afdruk uit het [[Verzuimregister]] van [[DUO]]
| Veld | Waarde |
| Meldingsnummer | [[VZM-2025-0448213]] |
| School | [[Alexander Hegius College]], BRIN [[04KX]], vestiging Hoge Hondstraat |
| Soort verzuim | [[ongeoorloofd verzuim]], 16 uur in 4 weken (Leerplichtwet art. 21a) |
| Leerling | {{Jesse van Dijkhuizen}} |
| Geboortedatum | {{D:14-03-2011}} |
| BSN | {{B:183920457}} |
| Leerlingnummer | {{N:LL-2023-4471}} |
| Klas | [[H2B]] (havo 2) |
| Adres | {{A:Weverstraat 17}}, {{A:7412 KM Deventer}} |
| Ouder/verzorger 1 | {{Marco van Dijkhuizen}}, {{T:06-41827365}} |
| Ouder/verzorger 2 | {{Samira van Dijkhuizen-El Khatib}}, {{T:+31 (0)6 2094 7713}} |
| Melder | {{Fatma Yıldız}}, teamleider onderbouw |
| Mentor | {{R. Bloemendaal}} (code {{C:BLR}}) |
Toelichting school: leerling is sinds 15 september 2025 vrijwel niet meer op school geweest. Ouders geven aan dat hun zoon wordt gepest in de klassenapp en in de fietsenstalling. Afspraken met mentor zijn niet nagekomen. Verzoek om inzet van [[leerplicht]].
Status melding: doorgezet naar [[gemeente Deventer]], [[team Leerplicht en RMC]], op 10 oktober 2025.
"""),
Doc("ab04_absentieoverzicht", kind="rl", font="DejaVuSansCondensed", producer="Magister 6.4 rapportage", creator="Magister", author="Fatma Yıldız", xmp_creator="Yıldız, F. (teamleider)", hidden=[("metadata", "P", "Fatma Yıldız"), ("metadata", "P", "Yıldız, F.")], fontsize=8.5, body="""
# Absentieoverzicht klas [[H2B]] - periode 1 schooljaar 2025-2026
[[Alexander Hegius College]], locatie Hoge Hondstraat. Registratie per lesuur. Codes: O = ongeoorloofd, Z = ziek gemeld, T = te laat, V = verwijderd.
| Leerlingnr. | Naam | Sept | Okt | Uren O | Uren Z | Mentor |
| {{N:LL-2023-4471}} | {{Dijkhuizen, Jesse van}} | 22 | 38 | 48 | 12 | {{C:BLR}} |
| {{N:LL-2023-4388}} | {{Vos, Thijs}} | 0 | 2 | 2 | 0 | {{C:BLR}} |
| {{N:LL-2023-4502}} | {{Kramer, Ruben}} | 1 | 0 | 1 | 3 | {{C:BLR}} |
| {{N:LL-2023-4417}} | {{Öztürk, Elif}} | 0 | 0 | 0 | 6 | {{C:BLR}} |
| {{N:LL-2024-0093}} | {{Haverkamp, Daan}} | 3 | 4 | 7 | 0 | {{C:BLR}} |
| {{N:LL-2023-4460}} | {{Lammers-Bos, Yara}} | 0 | 1 | 0 | 1 | {{C:BLR}} |
Toelichting bij {{N:LL-2023-4471}}: vanaf week 38 structureel afwezig; ziekmeldingen door moeder niet onderbouwd. Gesprek met mentor op 24 september ({{C:BLR}}), doorverwijzing naar zorgcoördinator {{Anke de Wit-Meijering}} ({{C:AWM}}).
Drempel [[16 uur]] ongeoorloofd verzuim in vier weken overschreden in week 40; melding in het [[Verzuimregister]] op 9 oktober 2025.
Afdruk: teamleider onderbouw. Vertrouwelijk - alleen voor intern gebruik en [[leerplicht]].
"""),
Doc("ab05_mail_school_leerplicht", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="DejaVuSans", body="""
Van: {{Ter Horst, Ilse}} <{{E:i.terhorst@deventer.nl}}>
Verzonden: maandag 13 oktober 2025 09:14
Aan: {{Yıldız, Fatma}} <{{E:f.yildiz@hegiuscollege.nl}}>
CC: {{De Wit-Meijering, Anke}} <{{E:a.dewit@hegiuscollege.nl}}>; [[leerplicht@deventer.nl]]
Onderwerp: RE: verzuimmelding [[VZM-2025-0448213]] - [[H2B]]
Beste {{Fatma}},
Dank voor de melding. Ik heb de ouders uitgenodigd voor een verzuimgesprek op 16 oktober om 15.30 uur op het [[Stadskantoor]], [[Grote Kerkhof 1]]. Kan de mentor vooraf een kort overzicht sturen van de gesprekken met {{Jesse}} en van wat er over het pesten bekend is?
Ik wil de zaak ook inbrengen in het [[ZAT]] van 21 oktober. Graag hoor ik of de [[GGD IJsselland]] al betrokken is.
Met vriendelijke groet,
{{Ilse ter Horst}}
Leerplichtambtenaar | [[team Leerplicht en RMC]]
[[Gemeente Deventer]] | {{T:06 - 1538 2290}} | bereikbaar ma, di, do
-----Oorspronkelijk bericht-----
Van: {{Yıldız, Fatma}} <{{E:f.yildiz@hegiuscollege.nl}}>
Verzonden: vrijdag 10 oktober 2025 16:47
Aan: [[leerplicht@deventer.nl]]
Onderwerp: verzuimmelding [[VZM-2025-0448213]] - [[H2B]]
Goedemiddag,
Gisteren hebben wij een melding gedaan in het [[Verzuimregister]] voor een leerling uit [[H2B]]. De jongen zegt dat hij wordt gepest; de ouders houden hem thuis. Mentor {{Rutger Bloemendaal}} heeft meerdere keren contact gehad met moeder, maar de afspraken lopen steeds mis.
Wij vragen uw hulp. Ik ben bereikbaar op {{T:0570-612 884 toestel 231}}.
Hartelijke groet,
{{Fatma Yıldız}}
Teamleider onderbouw, [[Alexander Hegius College]]
"""),
Doc("ab06_verslag_verzuimgesprek", kind="docx", author="Ilse ter Horst", title="Verslag verzuimgesprek", hidden=[], body="""
# Verslag verzuimgesprek leerplicht
Zaaknummer: [[LP-2025-0892]]
Datum gesprek: 16 oktober 2025, [[Stadskantoor]] [[Deventer]]
Aanwezig: {{Ilse ter Horst}} (leerplichtambtenaar), {{Marco van Dijkhuizen}} (vader), {{Samira van Dijkhuizen-El Khatib}} (moeder), {{Jesse}} (leerling, deels aanwezig)
Aanleiding: melding ongeoorloofd verzuim door het [[Alexander Hegius College]] ([[Leerplichtwet 1969]], artikel 21a).
Wat vertellen ouders en leerling: {{Jesse}} wordt sinds de zomer gepest door klasgenoten. Er worden filmpjes van hem gedeeld in de klassenapp. Hij slaapt slecht en heeft buikpijn op schooldagen. Vader zegt: "De school doet niets, wij houden hem thuis tot het stopt."
Gezondheid: moeder meldt dat {{H:Jesse onder behandeling is bij de huisarts voor angstklachten}}. Afgesproken dat de [[jeugdarts]] van de [[GGD IJsselland]] een medisch oordeel geeft over belastbaarheid.
Afspraken:
| Nr | Actie | Wie | Wanneer |
| 1 | Aanmelden bij jeugdarts GGD | {{C:IthH}} | 20 oktober |
| 2 | Plan van aanpak pesten aan ouders sturen | school ({{C:BLR}}) | 24 oktober |
| 3 | Opbouwrooster, start 2 uur per dag | school / ouders | 27 oktober |
| 4 | Inbrengen in [[ZAT]] | {{C:IthH}} | 21 oktober |
Ouders is uitgelegd dat zij op grond van de [[Leerplichtwet 1969]] verantwoordelijk zijn voor schoolbezoek en dat bij voortdurend verzuim een proces-verbaal kan volgen.
"""),
Doc("ab07_zat_notulen", font="DejaVuSerif", producer="Acrobat Distiller 23.0 (Windows)", creator="PScript5.dll Version 5.2.2", outline=[("ZAT 21-10-2025 casus J. van D. (mentor Rutger Bloemendaal)", 0), ("Actiepunten - notulist Sanne Everink", 1)], hidden=[("outline", "P", "J. van D."), ("outline", "P", "Sanne Everink")], body="""
# Zorgadviesteam (ZAT) [[Alexander Hegius College]] - verslag 21 oktober 2025
Vertrouwelijk. Verslag conform het privacyreglement van [[Samenwerkingsverband IJssel|Berkel]] ([[SWV 23-04]]).
| Naam | Functie | Paraaf |
| {{Anke de Wit-Meijering}} | zorgcoördinator, voorzitter | {{C:AWM}} |
| {{Rutger Bloemendaal}} | mentor [[H2B]] | {{C:BLR}} |
| {{Fatma Yıldız}} | teamleider onderbouw | {{C:FYı}} |
| {{Ilse ter Horst}} | leerplichtambtenaar gemeente | {{C:IthH}} |
| {{drs. P.J. Okkerse}} | jeugdarts [[GGD IJsselland]] | {{C:PJO}} |
| {{Wendy Scholten}} | schoolmaatschappelijk werk, [[Raster]] | {{C:WSc}} |
Afwezig met bericht: {{Koen Baltus}} (orthopedagoog).
Casus 1 - leerling [[H2B]], leerlingnummer {{N:LL-2023-4471}}.
Mentor ({{C:BLR}}) schetst: leerling is sinds half september afwezig. Aanleiding volgens ouders: pesten door een groep jongens uit de klas, o.a. in de groepsapp "H2B chillers". School heeft twee leerlingen gesproken, {{Thijs Vos}} en {{Ruben Kramer}}; beiden ontkennen. Anti-pestcoördinator is nog niet ingeschakeld.
Jeugdarts ({{C:PJO}}) ziet de leerling op 28 oktober. Leerplicht ({{C:IthH}}): bij geen verbetering na 4 weken volgt een proces-verbaal; Halt-afdoening voor leerlingen van 12 jaar en ouder is in dit geval niet passend, het verzuim is niet aan de leerling te verwijten.
---
# Actielijst
| Nr | Actie | Paraaf | Datum |
| 1 | Pestprotocol toepassen, gesprekken met betrokken leerlingen en ouders | {{C:FYı}} | 4 nov |
| 2 | Melding klassenapp naar [[Meldpunt Kinderporno]]? Nagaan of beelden strafbaar zijn | {{C:AWM}} | 28 okt |
| 3 | Opbouwrooster en veilige plek ([[Trajectvoorziening De Brug]]) | {{C:BLR}} | 27 okt |
| 4 | Consult jeugdarts, terugkoppeling aan ZAT | {{C:PJO}} | 4 nov |
| 5 | Contact met [[Raster]] over gezinsbegeleiding | {{C:WSc}} | 4 nov |
Volgende bespreking: 4 november 2025, 13.00 uur, [[Geert Groote Huis]].
"""),
Doc("ab08_mail_ggd_jeugdarts", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="DejaVuSans", body="""
Van: {{Okkerse, Pieter-Jan}} <{{E:pj.okkerse@ggdijsselland.nl}}>
Verzonden: dinsdag 4 november 2025 11:02
Aan: {{Ter Horst, Ilse}} <{{E:i.terhorst@deventer.nl}}>
CC: {{De Wit-Meijering, Anke}} <{{E:a.dewit@hegiuscollege.nl}}>
Onderwerp: terugkoppeling consult jeugdgezondheidszorg - [[LP-2025-0892]]
Beste {{Ilse}},
Op 28 oktober heb ik de leerling met moeder gezien. Zonder medische details te delen: er is naar mijn oordeel geen medische reden om de leerling volledig vrij te stellen. Wel adviseer ik een opbouw in schooluren en een vast aanspreekpunt op school. Ik verwijs daarnaast naar de huisarts voor verdere begeleiding.
De ouders hebben toestemming gegeven om dit advies te delen met school en leerplicht.
Voor het dossier: mijn oordeel is gegeven volgens de [[Richtlijn Verzuim]] van de [[NCJ]] en de aanpak [[M@ZL]] (Medische Advisering Ziekgemelde Leerling).
Met collegiale groet,
{{drs. P.J. Okkerse}}
jeugdarts KNMG
[[GGD IJsselland]] | [[Zeven Alleetjes 1]], [[Zwolle]] | {{T:038 428 14 22}}
algemeen: [[0800-1222]] (gratis)
-----Oorspronkelijk bericht-----
Van: {{Ter Horst, Ilse}}
Verzonden: maandag 20 oktober 2025 08:31
Aan: {{Okkerse, Pieter-Jan}}
Onderwerp: aanmelding consult - [[LP-2025-0892]]
Beste {{Pieter-Jan}}, graag meld ik een leerling aan voor een consult. Gegevens volgen via [[ZorgMail]]. Groet, {{Ilse}}
"""),
]
