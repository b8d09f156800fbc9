from lib211 import Doc

OUT = "Microsoft Outlook 16.0"
DOCS = []
A = DOCS.append

A(Doc("gv26_brief_aankondiging_bezoek", "Aankondiging locatiebezoek", """
# Provincie Gelderland
Postbus 9090, 6800 GX Arnhem | {{026 359 90 00}} | {{post@gelderland.nl}}

Maatschap [[Van Ginkel-Hardeman]]
[[Esveldsweg 14]]
[[3774 PK Kootwijkerbroek]]

Arnhem, 2 juni 2025
Kenmerk: {{2025-019554}}
Zaaknummer: {{Z2025-018843}}
Onderwerp: aankondiging locatiebezoek

Geachte heer en mevrouw [[Van Ginkel]],

In het kader van uw aanvraag voor een omgevingsvergunning voor een Natura 2000-activiteit brengen wij op donderdag 12 juni 2025 om 9.00 uur een bezoek aan uw bedrijf. Wij willen de stallen, de mestopslag en de huidige dieraantallen bekijken. Het bezoek duurt ongeveer twee uur.

Het bezoek wordt afgelegd door de heer [[H. Oude Elferink]], toezichthouder van de {{Omgevingsdienst De Vallei}} in opdracht van de provincie, en de heer [[J. Verhulst]], vergunningverlener. Zij kunnen zich legitimeren. Wij vragen u de registratie uit het {{I&R-systeem}} en de mestafvoerbewijzen klaar te leggen. Uw adviseur mag aanwezig zijn.

Verhindering? Bel dan met de heer [[Oude Elferink]] op [[0318 - 65 12 49]] (toestel [[2249]]) of mail naar [[h.oudeelferink@odvallei.nl]].

Met vriendelijke groet,
namens {{Gedeputeerde Staten van Gelderland}},

[[Joost Verhulst]]
vergunningverlener {{Wet natuurbescherming}}
""", prod="PDFlib+PDI 9.3.1 (Win64)", creator="Corsa Docs"))

A(Doc("gv27_mail_rvo_bevestiging", "Mail RVO dieraantallen", """
Van: Demirci, Yusuf <[[y.demirci@rvo.nl]]>
Verzonden: maandag 30 juni 2025 14:26
Aan: Verhulst, Joost <[[j.verhulst@gelderland.nl]]>
CC: {{privacy@rvo.nl}}; [[Scheepbouwer, Nicole]] <[[n.scheepbouwer@rvo.nl]]>
Onderwerp: Dieraantallen {{UBN 1234567}} 2019-2021 (jullie ref. {{Z2025-018843}})
Bijlagen: {{dieraantallen_UBN1234567.xlsx}}

Beste [[Joost]],

Na overleg met [[Nicole]] (privacy officer) kan ik je de gevraagde gegevens verstrekken op grond van artikel 3.3 van de {{Meststoffenwet}} jo. de {{Omgevingswet}}, uitsluitend voor de vergunningverlening.

| Jaar | Gem. melkkoeien | Gem. jongvee < 1 jr | Gem. jongvee > 1 jr |
| 2019 | 119 | 31 | 33 |
| 2020 | 118 | 29 | 35 |
| 2021 | 117 | 30 | 34 |

De gegevens komen uit de {{I&R-registratie}} rund. Het relatienummer is {{RVO-rel 300412987}}. Bij de maatschap staan als vennoten geregistreerd [[G. van Ginkel]] (geb. [[14-03-1961]]) en [[A. van Ginkel-Hardeman]] (geb. [[02-11-1963]]); ik noem dat alleen zodat je weet dat het om dezelfde maatschap gaat.

Wil je de bijlage niet doorsturen buiten je team? Vragen kunnen ook naar het algemene nummer van RVO, {{088 042 42 42}}.

Met vriendelijke groet,

[[Yusuf Demirci]]
Senior adviseur Mest en Dieraantallen
{{Rijksdienst voor Ondernemend Nederland}}
[[+31 (0)88 042 7719]] | [[06 4418 2290]]
""", ttf=True, prod="Microsoft Outlook 16.0", creator=OUT))

A(Doc("gv28_scan_machtiging", "Scan machtiging gemachtigde", """
# MACHTIGING
Ondergetekenden:
Naam: Gerrit van Ginkel
BSN: 174029836
Naam: Aaltje van Ginkel-Hardeman
Adres: Esveldsweg 14, Kootwijkerbroek

machtigen hierbij Agrarisch Adviesbureau Oost B.V.,
vertegenwoordigd door Bart ter Horst,
om namens hen de aanvraag Natura 2000 in te dienen.

Kootwijkerbroek, 28 februari 2025

~ G. van Ginkel          A. van Ginkel
~ handtekening           handtekening
""", producer="scan", prod="HP Scan", creator="HP ScanJet Pro 3600"))
for v in ["Gerrit van Ginkel", "174029836", "Aaltje van Ginkel-Hardeman", "Esveldsweg 14", "Bart ter Horst",
          "G. van Ginkel"]:
    DOCS[-1].text = DOCS[-1].text.replace(v, f"[[{v}]]", 1)

A(Doc("gv29_beroepschrift", "Beroepschrift", """
# Rijnders Omgevingsrecht
advocaten | {{Velperweg 71}}, Arnhem | {{secretariaat@rijndersomgevingsrecht.nl}}

Aan de {{Rechtbank Gelderland}}
sector bestuursrecht
Postbus 9030, 6800 EM Arnhem

Arnhem, 10 november 2025
Behandeld door: [[mr. C.A.M. Rijnders]]
Doorkiesnummer: [[026 - 44 56 011]]

Betreft: beroepschrift {{Stichting Stikstofwacht Veluwe}} / {{Gedeputeerde Staten van Gelderland}}

Edelachtbaar college,

Namens mijn cliënte, {{Stichting Stikstofwacht Veluwe}}, gevestigd te Stroe, stel ik beroep in tegen het besluit van 30 september 2025, kenmerk {{2025-033507}}, waarbij aan Maatschap [[Van Ginkel-Hardeman]] een vergunning is verleend voor de uitbreiding van {{Melkveebedrijf De Hoge Esch}}.

## Gronden (voorlopig)
1. De referentiesituatie is niet deugdelijk vastgesteld. De dieraantallen van {{RVO}} over 2019-2021 liggen onder de vergunde 120 melkkoeien en de jongveestal ontbrak op de tekening.
2. Verweerder heeft ten onrechte geen passende beoordeling gemaakt, in strijd met artikel 6, derde lid, van de {{Habitatrichtlijn}}.
3. De ecologische voortoets is opgesteld in opdracht van de aanvrager en door verweerder niet onafhankelijk getoetst.

Ik verzoek u een termijn te geven voor het aanvullen van de gronden. Een machtiging van de voorzitter van de stichting, de heer [[W.F. Blankestijn]], is bijgevoegd.

Hoogachtend,

[[C.A.M. Rijnders]]
""", prod="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Carla Rijnders"))

A(Doc("gv30_telefoonnotitie", "Telefoonnotitie", """
# Telefoonnotitie
Datum/tijd: 20 oktober 2025, 11:40
Gesprek met: mevrouw [[Schuurman]] ([[Esveldsweg 9]]), op [[0342 44 23 18]]
Aangenomen door: [[T. Dijkstra]] (secretariaat, toestel [[8812]])
Voor: [[Joost Verhulst]]

Mevrouw belde over het besluit van 30 september. Zij is teleurgesteld dat haar zienswijze over de gezondheid van haar dochter niet is meegewogen. Zij vraagt of zij nog beroep kan instellen en of de provincie de geur gaat meten. Ik heb uitgelegd dat geur bij de gemeente {{Barneveld}} ligt ({{14 0342}}) en dat beroep kan bij de {{Rechtbank Gelderland}} tot 11 november.

Mevrouw vertelde ook dat haar man [[Koos]] onlangs ruzie heeft gehad met de zoon van de buren, [[Dirk-Jan]], over het vrachtverkeer. Zij overweegt aangifte. Ik heb gezegd dat de provincie daarover niet gaat.

Graag terugbellen vóór vrijdag.
[[TD]]
""", prod="PDFpen 13.0.3", creator="PDFpen"))

A(Doc("gv31_contactlijst_team", "Contactlijst team stikstof", """
# Contactlijst team Vergunningverlening Natuur (intern, niet verspreiden)
Versie september 2025 | functionele mailbox {{stikstof@gelderland.nl}} | algemeen {{026 359 90 00}}

| Naam | Pers.nr. | Toestel | Mobiel | E-mail |
| [[Rob Haverkamp]] | [[G-100482]] | [[8417]] | [[06-33810592]] | [[r.haverkamp@gelderland.nl]] |
| [[Joost Verhulst]] | [[G-102377]] | [[8419]] | [[06 - 52 71 04 36]] | [[j.verhulst@gelderland.nl]] |
| [[Marieke de Boer-Kuipers]] | [[G-098113]] | [[8425]] | [[06-27 60 41 88]] | [[m.deboer-kuipers@gelderland.nl]] |
| [[Lotte van 't Hul]] | [[G-104906]] | [[8433]] | [[06 81 92 37 05]] | [[l.vanthul@gelderland.nl]] |
| [[Tjeerd Dijkstra]] | [[G-101250]] | [[8812]] | - | [[t.dijkstra@gelderland.nl]] |
| [[Zoë Çelik]] | [[G-105771]] | [[9741]] | [[06 4120 8853]] | [[zoë.çelik@gelderland.nl]] |
| [[Anne-Marie Wolters]] | [[G-090034]] | [[8400]] | [[06-10 29 38 47]] | [[am.wolters@gelderland.nl]] |

Externe contacten
| Organisatie | Contact | Telefoon |
| {{Omgevingsdienst De Vallei}} | [[Hans Oude Elferink]] | [[0318 - 65 12 49]] |
| {{RVO}} | [[Yusuf Demirci]] | [[+31 (0)88 042 7719]] |
| {{BIJ12}} ({{AERIUS}}-helpdesk) | {{helpdesk@aerius.nl}} | {{030 230 8080}} |

Piketdienst bij calamiteiten: via de {{Provinciale Meldkamer}}.
""", ttf=True, prod="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    author="Tjeerd Dijkstra"))

A(Doc("gv32_woo_besluit", "Besluit op Woo-verzoek", """
# Besluit op uw Woo-verzoek
Stichting Stikstofwacht Veluwe
t.a.v. de heer [[M. Dijkgraaf]]
[[Dorpsstraat 112]], [[3776 AC Stroe]]

Arnhem, 2 maart 2026 | kenmerk {{2026-009902}} | zaak {{Z2026-004187}}

Geachte heer [[Dijkgraaf]],

Op 12 januari 2026 heeft u op grond van de {{Wet open overheid}} gevraagd om documenten over de natuurvergunning voor {{Melkveebedrijf De Hoge Esch}}. Bij brief van 19 januari 2026 hebben wij de ontvangst bevestigd; op 9 februari 2026 hebben wij de beslistermijn met twee weken verlengd.

## Besluit
Wij maken de documenten genoemd in de inventarislijst deels openbaar. 33 documenten zijn gevonden. Van de aanvrager, het adviesbureau, {{RVO}} en twee omwonenden is een zienswijze gevraagd (artikel 4.4 Woo). De familie van de aanvrager en één omwonende hebben bezwaar gemaakt tegen openbaarmaking van hun persoonsgegevens.

## Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). Namen, e-mailadressen, telefoonnummers, adressen en handtekeningen van medewerkers die niet in de openbaarheid treden, van de aanvragers, van medewerkers van het adviesbureau en van omwonenden maken wij niet openbaar. De naam van de gedeputeerde en van het Statenlid maken wij wel openbaar, omdat zij in hun publieke functie optreden.

Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van de aanvrager en van een kind van omwonenden maken wij niet openbaar.

Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Het burgerservicenummer op het aanvraagformulier en de machtiging wordt niet openbaar gemaakt.
---
Bedrijfsgegevens. De dieraantallen per jaar uit de {{I&R-registratie}} zijn niet vertrouwelijk aan ons meegedeeld in de zin van artikel 5.1, eerste lid, onder c; zij staan in het besluit en worden openbaar.

Het adres van het bedrijf is tevens het woonadres van de aanvragers. Omdat het bedrijf in het openbare vergunningbesluit al herleidbaar is, hebben wij niettemin het huisadres in de stukken weggelakt.

## Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij {{Gedeputeerde Staten van Gelderland}}, Postbus 9090, 6800 GX Arnhem, of via {{www.gelderland.nl/bezwaar}}.

Hoogachtend,
{{Gedeputeerde Staten van Gelderland}},
namens dezen,

[[drs. A.M. Wolters]]
afdelingshoofd {{Natuur en Landschap}}

Deze brief is opgesteld door [[Z. Çelik]], Woo-coördinator ([[026 359 97 41]]).
""", prod="Corsa 8.1 / PDF-XChange 9.5", creator="Corsa", author="Çelik, Zoë"))

A(Doc("gv33_inventarislijst", "Inventarislijst Woo-besluit", """
# Inventarislijst bij besluit {{2026-009902}} (zaak {{Z2026-004187}})

| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 12-01-2026 | deels openbaar | 5.1.2e | naam verzoeker |
| 2 | Ontvangstbevestiging | 19-01-2026 | deels openbaar | 5.1.2e | |
| 3 | Aanvraagformulier {{OLO-9918234}} | 03-03-2025 | deels openbaar | 5.1.1e, 5.1.2e | BSN, formulierwaarden |
| 4 | Brief {{AAO-25-0117}} | 04-03-2025 | deels openbaar | 5.1.1d, 5.1.2e | gezondheid aanvrager |
| 5 | Notitie stikstofdepositie | 04-03-2025 | deels openbaar | 5.1.2e | |
| 6 | Ecologische voortoets {{GV-2025-0211}} | 20-02-2025 | deels openbaar | 5.1.2e | |
| 7 | E-mails provincie - RVO | 07/08-04-2025 | deels openbaar | 5.1.2e | |
| 8 | E-mail aanvulling AAO | 16-05-2025 | deels openbaar | 5.1.2e | |
| 9 | Verzoek aanvulling {{2025-011902}} | 22-04-2025 | deels openbaar | 5.1.2e | |
| 10 | Zienswijze omwonenden | 02-10-2025 | deels openbaar | 5.1.1d, 5.1.2e | |
| 11 | Zienswijze per e-mail | 04-10-2025 | deels openbaar | 5.1.2e | |
| 12 | Brief buurman (scan) | 06-10-2025 | deels openbaar | 5.1.2e | handgeschreven |
| 13 | Teams-chat | 11-06-2025 | deels openbaar | 5.1.2e | |
| 14 | WhatsApp-export | 12/14-05-2025 | deels openbaar | 5.1.2e | |
| 15 | Verslag locatiebezoek | 13-06-2025 | deels openbaar | 5.1.2e | |
| 16 | Presentielijst (scan) | 12-06-2025 | deels openbaar | 5.1.2e | |
| 17 | Verslag werkoverleg | 19-06-2025 | deels openbaar | 5.1.2e | |
| 18 | Beslisnota {{2025-024410}} | 24-06-2025 | deels openbaar | 5.1.2e | |
| 19 | Ontwerpbesluit {{2025-027731}} | 01-07-2025 | deels openbaar | 5.1.2e | al gepubliceerd |
| 20 | Besluit {{2025-033507}} | 30-09-2025 | deels openbaar | 5.1.2e | al gepubliceerd |
| 21-22 | Facturen | 2025 | deels openbaar | 5.1.2e | IBAN, KvK |
| 23 | Statenvragen {{PS2025-611}} | 09-09-2025 | openbaar | | al openbaar |
| 24 | Persbericht | 30-09-2025 | openbaar | | al openbaar |
| 25 | Memo juridisch | 07-10-2025 | deels openbaar | 5.1.2e | |
| 26-33 | Overige correspondentie | 2025-2026 | deels openbaar | 5.1.2e | |

Contact over deze lijst: {{woo@gelderland.nl}}
""", prod="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"))
