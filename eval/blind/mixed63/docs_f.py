"""Documents bu31-bu33 of set BU."""
DOCS = []

# bu31 Sint Eustatius Island Council minutes, names broken over lines (two pages)
DOCS.append(dict(
    id="bu31_eilandsraad_statia_verslag", font="DejaVuSerif", size=9.4, title="Verslag eilandsraad Sint Eustatius 2026-06-11",
    head=["Eilandsraad Sint Eustatius - Griffie", "Government Guesthouse - Oranjestad - griffie@statiagov.com - T +599 318 2552"],
    foot="Verslag openbare vergadering eilandsraad Sint Eustatius 11 juni 2026", pagefmt="{n}",
    body="""
## Verslag van de openbare vergadering van de eilandsraad van Sint Eustatius, 11 juni 2026
Aanwezig: gezaghebber Alida Francis (voorzitter); de eilandsraadsleden Koos Sneek (PLP), Rechelline Leerdam (PLP),
Adelka Spanner (UPC), Charles Woodley (DP) en Reuben Merkman-Lijfrock (PLP); de gedeputeerden Merkman en Gittens;
de griffier. Verslag: Marisol van<br/>der Veen-Lampe (ambtelijk secretaris) en ondersteuning door Tjeerd-<br/>Jan Hellemons (BZK, liaison Statia).
## 1. Vaststelling agenda
De voorzitter opent om 19.00 uur. De agenda wordt vastgesteld.
## 2. Inspreekrecht
Mevrouw Glenda Courtar-Brown van de Bouillante Road vraagt aandacht voor haar zoon Jaden, die sinds zijn ongeval op de
Golden Rock-landingsbaan een rolstoel nodig heeft en niet naar de Gwendoline van Putten School kan. De heer Akeem
Sadler, voorzitter van de Stichting Statia Youth Forward, pleit voor een busdienst.
## 3. Jaarrekening 2025
Gedeputeerde Gittens licht de jaarrekening toe. Het Cft BES heeft een positief advies gegeven. Raadslid Sneek vraagt naar
de kosten van de ontzilting; raadslid Woodley vraagt of de accountant (BDO Caribbean) de aanbestedingen heeft bekeken.
---
De gedeputeerde zegt toe dat ambtenaar mevrouw Van der Veen-Lampe een overzicht rondstuurt. Raadslid Leerdam dankt
de heer Hellemons voor zijn inzet bij het Statia-herstelplan en het Rijksvertegenwoordiger-overleg.
## 4. Rondvraag en sluiting
Raadslid Spanner vraagt de gezaghebber de inspreker Courtar-Brown schriftelijk te antwoorden. Sluiting om 21.15 uur.
| Toezegging | Wie | Wanneer |
| Overzicht ontziltingskosten | gedeputeerde Gittens / M. van der Veen-Lampe | 1 juli |
| Antwoord inspreker | gezaghebber Francis | 25 juni |
""",
    redact=[
        ("PERSON", "Marisol van der Veen-Lampe", ["Marisol van der Veen-Lampe", "Van der Veen-Lampe", "M. van der Veen-Lampe"]),
        ("PERSON", "Tjeerd-Jan Hellemons", ["Tjeerd-Jan Hellemons", "Hellemons"]),
        ("PERSON", "Glenda Courtar-Brown", ["Glenda Courtar-Brown", "Courtar-Brown"]),
        ("ADDRESS", "Bouillante Road", ["van de Bouillante Road"]),
        ("PERSON", "Jaden", ["Jaden"]), ("HEALTH", "rolstoel", ["een rolstoel nodig heeft"]),
        ("PERSON", "Akeem Sadler", ["Akeem Sadler", "Akeem"]),
    ],
    keep=[("PERSON_PUBLIC", "gezaghebber Alida Francis"), ("PERSON_PUBLIC", "Koos Sneek"), ("PERSON_PUBLIC", "Rechelline Leerdam"),
          ("PERSON_PUBLIC", "Adelka Spanner"), ("PERSON_PUBLIC", "Charles Woodley"), ("PERSON_PUBLIC", "Reuben Merkman-Lijfrock"),
          ("PERSON_PUBLIC", "Gedeputeerde Gittens"), ("PERSON_PUBLIC", "gedeputeerde Gittens"), ("PERSON_PUBLIC", "Raadslid Sneek"),
          ("PERSON_PUBLIC", "raadslid Woodley"), ("PERSON_PUBLIC", "Raadslid Leerdam"), ("PERSON_PUBLIC", "Raadslid Spanner"),
          ("PERSON_PUBLIC", "gezaghebber Francis"), ("ORG", "PLP"), ("ORG", "UPC"), ("ORG", "Cft BES"), ("ORG", "BDO Caribbean"),
          ("ORG", "Stichting Statia Youth Forward"), ("PLACE", "Golden Rock"), ("PROGRAM", "Statia-herstelplan"),
          ("ORG", "Gwendoline van Putten School"), ("EMAIL", "~griffie@statiagov.com"), ("PHONE", "~+599 318 2552"),
          ("TITLE", "ambtelijk secretaris")],
))

# bu32 Fundashon Cas Bonairiano rent arrears letter (two pages)
DOCS.append(dict(
    id="bu32_fcb_huurachterstand", font="LibSerif", size=10, title="Aanmaning huurachterstand",
    head=["Fundashon Cas Bonairiano (FCB)", "Kaya Korona 6 - Kralendijk - T +599 717 8181 - info@fcbbonaire.com"],
    side=["**Klantenservice FCB", "ma-vr 8.00-12.00", "+599 717 8181", "", "**Huurcontract", "HC-4471-TK", "**Behandelaar",
          "Sr. Eduardo Bernadina", "e.bernadina@fcbbonaire.com", "+599 790 4113"],
    foot="Fundashon Cas Bonairiano - woningcorporatie Bonaire", pagefmt="pag. {n}/2",
    body="""
Famia Tromp-Nicolaas<br/>p/a Sra. Roselyn Tromp-Nicolaas<br/>Kaya Dominica 21, Tera Kora
Kralendijk, 3 november 2026
Betreft: huurachterstand woning Kaya Dominica 21
Estimada Sra. Tromp-Nicolaas, geachte mevrouw,
Uit onze administratie blijkt dat de huur over de maanden augustus tot en met oktober 2026 niet is betaald.
| Maand | Huur (USD) | Huurtoeslag BES | Te betalen |
| augustus 2026 | 640,00 | 210,00 | 430,00 |
| september 2026 | 640,00 | 210,00 | 430,00 |
| oktober 2026 | 640,00 | 210,00 | 430,00 |
| Totaal | | | 1.290,00 |
Wij begrijpen dat uw man Edsel sinds juli in het Fundashon Mariadal is opgenomen. U kunt een betalingsregeling
aanvragen. Ook kunt u contact opnemen met het Kenniscentrum Sosial van het Openbaar Lichaam Bonaire of met de
budgetcoach van Stichting Krusada.
---
Betaling kan op rekening van FCB bij de MCB Bonaire, onder vermelding van huurcontract HC-4471-TK.
Als wij binnen 14 dagen niets van u horen, dragen wij de vordering over aan deurwaarder Advocatenkantoor
Van der Woude &amp; Statius (mr. Pieter Moolenaar). Uw kleindochter Yuleisy, die ons op 28 oktober belde vanaf
+599 701 3347, heeft gezegd dat zij u helpt.
Met vriendelijke groet,<br/>Eduardo Bernadina<br/>medewerker incasso FCB
""",
    redact=[
        ("PERSON", "Roselyn Tromp-Nicolaas", ["Tromp-Nicolaas", "Roselyn"]), ("ADDRESS", "Kaya Dominica 21", ["Kaya Dominica 21"]),
        ("PERSON", "Eduardo Bernadina", ["Eduardo Bernadina"]), ("EMAIL", "e.bernadina@fcbbonaire.com", ["~e.bernadina@fcbbonaire.com"]),
        ("PHONE", "+599 790 4113", ["~+599 790 4113"]), ("PERSON", "Edsel", ["Edsel"]),
        ("HEALTH", "opgenomen", ["in het Fundashon Mariadal is opgenomen"]),
        ("PERSON", "Pieter Moolenaar", ["Pieter Moolenaar"]), ("PERSON", "Yuleisy", ["Yuleisy"]), ("PHONE", "+599 701 3347", ["~+599 701 3347"]),
        ("ID", "huurcontract", ["HC-4471-TK"]),
    ],
    keep=[("ORG", "Fundashon Cas Bonairiano"), ("ORG", "FCB"), ("ADDRESS", "Kaya Korona 6"), ("PHONE", "~+599 717 8181"),
          ("EMAIL", "~info@fcbbonaire.com"), ("PRODUCT", "Huurtoeslag BES"), ("ORG", "Kenniscentrum Sosial"),
          ("ORG", "Openbaar Lichaam Bonaire"), ("ORG", "Stichting Krusada"), ("ORG", "MCB Bonaire"),
          ("ORG", "~Van der Woude & Statius"), ("TITLE", "medewerker incasso FCB"), ("PLACE", "Tera Kora"), ("TITLE", "budgetcoach")],
))

# bu33 Rijksvertegenwoordiger annual report excerpt (keep-heavy, a few officials)
DOCS.append(dict(
    id="bu33_jaarverslag_rv_excerpt", font="Helvetica", size=9.2, title="Jaarverslag Rijksvertegenwoordiger 2025 (uittreksel)",
    author="Kabinet Rijksvertegenwoordiger", head=["Jaarverslag 2025", "Rijksvertegenwoordiger voor Bonaire, Sint Eustatius en Saba"],
    foot="Jaarverslag Rijksvertegenwoordiger 2025 - hoofdstuk 3", pagefmt="- {n} -",
    body="""
## 3. Bestuurlijke contacten
In 2025 bezocht de Rijksvertegenwoordiger, de heer Jan Helmond, de drie eilanden 46 keer. Hij voerde overleg met
gezaghebber Rijna (Bonaire), gezaghebber Francis (Sint Eustatius) en gezaghebber Johnson (Saba), en met staatssecretaris
Szabó tijdens diens werkbezoek in februari.
| Datum | Eiland | Gesprekspartners | Ondersteuning kabinet RV |
| 12-02-2025 | Bonaire | staatssecretaris Szabó, gezaghebber Rijna | Dewi Kartosen-Hoop |
| 05-05-2025 | Saba | gezaghebber Johnson, Saba Electric Company | Jurriaan Bleeker |
| 18-09-2025 | Sint Eustatius | gezaghebber Francis, Cft BES | Dewi Kartosen-Hoop |
De Rijksvertegenwoordiger heeft op grond van de Wet openbare lichamen Bonaire, Sint Eustatius en Saba (WolBES) in
2025 twee besluiten van het bestuurscollege van Bonaire voorgedragen voor vernietiging. Zijn kabinet (kabinetschef en
vier medewerkers) is bereikbaar via info@rijksvertegenwoordiger.nl en +599 715 8330.
""",
    redact=[
        ("PERSON", "Dewi Kartosen-Hoop", ["Dewi Kartosen-Hoop"]), ("PERSON", "Jurriaan Bleeker", ["Jurriaan Bleeker"]),
    ],
    keep=[("PERSON_PUBLIC", "Jan Helmond"), ("PERSON_PUBLIC", "gezaghebber Rijna"), ("PERSON_PUBLIC", "gezaghebber Francis"),
          ("PERSON_PUBLIC", "gezaghebber Johnson"), ("PERSON_PUBLIC", "staatssecretaris Szabó"), ("PERSON_PUBLIC", "Szabó"),
          ("ORG", "Saba Electric Company"), ("ORG", "Cft BES"), ("LAW", "Wet openbare lichamen Bonaire, Sint Eustatius en Saba"),
          ("LAW", "WolBES"), ("EMAIL", "~info@rijksvertegenwoordiger.nl"), ("PHONE", "~+599 715 8330"), ("TITLE", "kabinetschef"),
          ("TITLE", "Rijksvertegenwoordiger")],
))
