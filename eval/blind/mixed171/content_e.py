from lib import Doc

DOCS = [
Doc("ab31_jaarverslag_leerplicht", font="DejaVuSans", producer="Adobe InDesign 19.2 (Windows) / Adobe PDF Library 17.0", creator="Adobe InDesign 19.2", body="""
# Jaarverslag Leerplicht en RMC 2025 - [[gemeente Deventer]] (uittreksel)
# 1. Kerncijfers
| Categorie | 2024 | 2025 |
| Meldingen ongeoorloofd verzuim ([[Verzuimregister]]) | 812 | 874 |
| Thuiszitters (langer dan 4 weken) | 55 | 61 |
| waarvan pesten als factor genoemd | 9 | 14 |
| Processen-verbaal tegen ouders | 19 | 23 |
| [[Halt]]-verwijzingen jongeren | 41 | 37 |
| Consulten [[jeugdarts]] via [[M@ZL]] | 203 | 236 |
# 2. Ontwikkelingen
Het team werkte in 2025 met het [[Verzuimprotocol Deventer 2024]]. De [[Thuiszittertafel Deventer]] kwam elf keer bijeen. Er is een nieuwe werkafspraak met [[Halt Oost-Nederland]] over online pesten, naar aanleiding van een casus op een havo-school.
Het team bestond uit zes leerplichtambtenaren en twee RMC-trajectbegeleiders onder leiding van teamleider {{Gijs Hulshof}}. Wij danken onze partners: [[GGD IJsselland]], [[Raster]], [[Samenwerkingsverband IJssel|Berkel]] en alle scholen.
---
# 3. Casus uitgelicht (geanonimiseerd)
Een leerling in havo 2 bleef na pesten in de klassenapp thuis. School, [[jeugdarts]] en leerplicht werkten samen in het [[zorgadviesteam]]. Toen een opbouwrooster niet werd gevolgd, is een proces-verbaal opgemaakt. De casus heeft geleid tot raadsvragen en een evaluatie door het [[Nederlands Jeugdinstituut]].
# 4. Contact
[[team Leerplicht en RMC]], [[Grote Kerkhof 1]], [[7411 KV Deventer]], [[leerplicht@deventer.nl]], telefoon [[14 0570]].
Foto omslag: leerlingen van de [[Annie M.G. Schmidtschool]] bij de [[Prof. Bavinckbrug]] (met toestemming).
"""),
Doc("ab32_woo_besluit", font="DejaVuSans", producer="Microsoft Word for Microsoft 365", creator="Microsoft Word", author="Marloes Tjon-A-Fong", xmp_creator="Tjon-A-Fong, M.", hidden=[("metadata", "P", "Tjon-A-Fong, M.")], body="""
[[Gemeente Deventer]] | Postbus 5000 | [[7400 GC Deventer]]
Aan: de heer {{G. Nijenhuis}}
{{A:Zandbergstraat 41}}, {{A:7416 BR Deventer}}
Datum: 21 oktober 2026
Ons kenmerk: [[WOO-2026-0173]]
Onderwerp: besluit op uw Woo-verzoek
Geachte heer {{Nijenhuis}},
# 1. Uw verzoek
Op 2 september 2026 heeft u verzocht om openbaarmaking van documenten over het verzuim van een leerling van het [[Alexander Hegius College]], de bemoeienis van leerplicht, het [[zorgadviesteam]], de [[GGD IJsselland]], [[Halt Oost-Nederland]] en de beantwoording van raadsvragen. Op 4 september 2026 hebben wij de ontvangst bevestigd.
# 2. Zienswijzen
Wij hebben de school, de [[GGD IJsselland]] en de [[Inspectie van het Onderwijs]] om een zienswijze gevraagd. De school heeft gevraagd ook bijnamen van leerlingen weg te lakken. Wij volgen dat.
# 3. Besluit
Wij maken 33 documenten deels openbaar. De documenten staan op de inventarislijst (bijlage 1).
---
# 4. Overwegingen
Eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo; code [[5.1.2e]]). De documenten bevatten namen, contactgegevens, geboortedata, adressen, leerlingnummers en bijnamen van leerlingen, ouders, medewerkers van de school, de GGD, Halt, het OM en de gemeente. Het gaat om een minderjarige leerling en zijn klasgenoten; hun belang bij bescherming weegt zwaarder dan het belang van openbaarheid. Namen van ambtenaren die niet uit hoofde van hun functie in de openbaarheid treden, lakken wij weg.
Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo; code [[5.1.1d]]). Gegevens over de gezondheid van de leerling maken wij niet openbaar.
Identificatienummers (artikel 5.1, eerste lid, onder e, Woo; code [[5.1.1e]]). Burgerservicenummers worden niet openbaar gemaakt.
Openbaar blijven de namen van [[wethouder Jorrit Hoekstra]], [[burgemeester Ron König]] en de raadsleden [[Ayşe Demir]] en [[Bert Holtkamp]], die in hun publieke functie optreden.
Strafrechtelijke persoonsgegevens (proces-verbaal, strafbeschikking, [[Halt]]-afdoening) zijn gegevens als bedoeld in artikel 5.1, eerste lid, onder d, Woo; ook die worden weggelakt.
---
# 5. Wijze van openbaarmaking
De documenten worden gepubliceerd op [[open.overheid.nl]]. Een geanonimiseerde versie van dit besluit wordt eveneens gepubliceerd.
# 6. Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, Postbus 5000, [[7400 GC Deventer]].
Met vriendelijke groet,
het college van burgemeester en wethouders van Deventer,
namens dezen,
{{mr. M. Tjon-A-Fong}}
juridisch adviseur [[team Juridische Zaken]]
Bijlage 1: inventarislijst
"""),
Doc("ab33_inventarislijst", font="DejaVuSansCondensed", producer="Microsoft Excel for Microsoft 365", creator="Microsoft Excel", fontsize=8, notes=[(0, "Marloes Tjon-A-Fong", "nr 16, 24 en 25 zijn scans; handmatig controleren - vraag Dirk-Jan Mollema")], hidden=[("annotations", "P", "Marloes Tjon-A-Fong"), ("annotations", "P", "Dirk-Jan Mollema")], body="""
# Inventarislijst Woo-verzoek [[WOO-2026-0173]]
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 02-09-2026 | deels openbaar | [[5.1.2e]] | |
| 2 | Ontvangstbevestiging | 04-09-2026 | deels openbaar | [[5.1.2e]] | |
| 3 | Verzuimmelding DUO [[VZM-2025-0448213]] | 09-10-2025 | deels openbaar | 5.1.2e, 5.1.1e | |
| 4 | Absentieoverzicht [[H2B]] | 10-10-2025 | deels openbaar | 5.1.2e | |
| 5 | Mail school - leerplicht | 13-10-2025 | deels openbaar | 5.1.2e | |
| 6 | Verslag verzuimgesprek [[LP-2025-0892]] | 16-10-2025 | deels openbaar | 5.1.2e, 5.1.1d | |
| 7 | Verslag ZAT | 21-10-2025 | deels openbaar | 5.1.2e | |
| 8 | Mail jeugdarts | 04-11-2025 | deels openbaar | 5.1.2e | |
| 9 | WhatsApp-export klassenapp | 22-10-2025 | deels openbaar | 5.1.2e | bijnamen weggelakt |
| 10 | Klacht ouders | 22-10-2025 | deels openbaar | 5.1.2e, 5.1.1d | |
| 11 | Reactie school | 30-10-2025 | deels openbaar | 5.1.2e | |
| 12 | Proces-verbaal [[PV-2025-LP-0317]] | 24-11-2025 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | |
| 13 | Strafbeschikking | 12-01-2026 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | |
| 14 | Halt-verwijsformulier [[HOO-25-11872]] | 20-11-2025 | deels openbaar | 5.1.2e, 5.1.1d | |
| 15 | Mail Halt - school | 10-12-2025 | deels openbaar | 5.1.2e | |
| 16 | Notitie mentor (scan) | 25-09-2025 | deels openbaar | 5.1.2e | |
| 17 | Brief inspectie [[INS-2025-118204]] | 08-12-2025 | deels openbaar | 5.1.2e | |
---
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 18 | Raadsvragen | 15-01-2026 | openbaar | | reeds openbaar |
| 19 | Beantwoording raadsvragen [[RV-2026-008]] | 10-02-2026 | openbaar | | reeds openbaar |
| 20 | Teams-chat | 14-01-2026 | deels openbaar | 5.1.2e | |
| 21 | Beslisnota [[BN-2026-0041]] | 27-01-2026 | deels openbaar | 5.1.2e | |
| 22 | Factuur training | 19-12-2025 | deels openbaar | 5.1.2e | |
| 23 | Factuur tolk | 28-11-2025 | deels openbaar | 5.1.2e | |
| 24 | Presentielijst herstelbijeenkomst (scan) | 18-12-2025 | deels openbaar | 5.1.2e | |
| 25 | Ziekmelding (scan) | 06-10-2025 | deels openbaar | 5.1.2e, 5.1.1d | |
| 26 | Persbericht | 11-02-2026 | openbaar | | |
| 27 | Advies LKC [[126034]] | 19-03-2026 | deels openbaar | 5.1.2e | |
| 28 | Verslag Thuiszittertafel | 29-01-2026 | deels openbaar | 5.1.2e | |
| 29 | Opbouwrooster | 31-10-2025 | deels openbaar | 5.1.2e | |
| 30 | Mails zienswijze | 24-09-2026 | deels openbaar | 5.1.2e | |
| 31 | Jaarverslag Leerplicht 2025 | 01-03-2026 | openbaar | | |
| 32 | Besluit op Woo-verzoek | 21-10-2026 | deels openbaar | 5.1.2e | |
| 33 | Inventarislijst | 21-10-2026 | openbaar | | |
Behandelaar: [[team Juridische Zaken]], [[woo@deventer.nl]].
"""),
]
