"""Documents ak16-ak30 of set AK (documents of record: reports, registers and lists).

All persons, phone numbers, e-mail addresses, BSNs, IBANs, plates and IP addresses are invented. Office holders
are named only in their public role (see README)."""
from __future__ import annotations

from framework import Doc, K, R
from util import iban

DOCS: list[Doc] = []


def add(doc: Doc):
    DOCS.append(doc)
    return doc


# ==========================================================================================
# ak16 annual report of a safety region: staff chapter, works council, colophon (Chromium, two pages)
# ==========================================================================================
add(Doc(
    id="ak16", name="jaarverslag_vru_personeel_colofon", producer="chromium", size=9.5,
    title="Jaarverslag 2024 Veiligheidsregio Utrecht", author="Afdeling Communicatie VRU",
    header="Veiligheidsregio Utrecht – Jaarverslag 2024", footer="VRU | Jaarverslag 2024 | hoofdstuk 5 en colofon",
    blocks=[
        ("h1", "5. Mensen en organisatie"),
        ("p", "Eind 2024 werkten 1.148 beroepsmedewerkers bij de Veiligheidsregio Utrecht (VRU); daarnaast zetten "
              "1.512 vrijwillige brandweermensen zich in vanuit 64 kazernes. Het ziekteverzuim daalde van 6,1 naar 5,4 "
              "procent. Het algemeen bestuur, onder voorzitterschap van burgemeester Sharon Dijksma, stelde in juli de "
              "nieuwe Strategische Personeelsplanning 2025–2028 vast."),
        ("h2", "5.1 Ondernemingsraad"),
        ("p", "De ondernemingsraad (OR) bestond in 2024 uit elf leden. Voorzitter was Jasper Kramer-Oudshoorn "
              "(brandweer, post Nieuwegein), secretaris Noura El Ouazzani (Bedrijfsvoering). Overige leden: "
              "Dirk-Jan Baars, Femke Ottens, Ricardo Sneek (kazerne Zeist), Priya Mahabier, Wieteke de Graaf, "
              "Lucas Oyelaran, Stanisław Nowicki, Hilde Verweij en Kerem Yıldırım. De OR stemde in met de nieuwe "
              "roosterregeling voor de meldkamer en adviseerde positief over de aanschaf van 14 nieuwe tankautospuiten."),
        ("h2", "5.2 Jubilea en afscheid"),
        ("table", [("Naam", "Functie / post", "Gebeurtenis"),
                   ("Adriaan Schimmelpenninck", "bevelvoerder, post Amersfoort-Noord", "40 jaar vrijwilliger"),
                   ("Joke van Gent-Zuidema", "medewerker risicobeheersing", "25-jarig jubileum"),
                   ("Abdelkader Benhaddou", "chauffeur-pompbediende, post Utrecht-Overvecht", "25 jaar vrijwilliger"),
                   ("Trijntje Kooistra", "officier van dienst", "afscheid na 32 jaar"),
                   ("Rob Veldman", "hoofd meldkamer brandweer", "met pensioen")],
         {"widths": [0.32, 0.42, 0.26]}),
        ("p", "Op 26 april ontving Adriaan Schimmelpenninck een Koninklijke onderscheiding (lid in de Orde van "
              "Oranje-Nassau) uit handen van burgemeester Bolsius van Amersfoort."),
        ("h2", "5.3 In memoriam"),
        ("p", "Op 3 november overleed onverwacht onze collega Mehdi Chaouch (42), manschap bij post De Meern. Wij wensen "
              "zijn partner en kinderen veel sterkte."),
        ("h2", "5.4 Stichting Brandweerhistorie Utrecht"),
        ("p", "De stichting beheert de historische voertuigen. Voorzitter is oud-burgemeester Willem Tiemens-Ruisch (tot "
              "2019 burgemeester van een van de deelnemende gemeenten), die dit werk als vrijwilliger doet. De VRU "
              "verleende een bijdrage van € 12.000 voor de restauratie van de Magirus-ladderwagen uit 1962."),
        ("pagebreak",),
        ("h2", "5.5 Kerncijfers personeel"),
        ("table", [("", "2023", "2024"), ("Beroepsmedewerkers (fte)", "1.086", "1.112"),
                   ("Vrijwillige brandweermensen", "1.497", "1.512"), ("Instroom", "132", "141"),
                   ("Uitstroom", "98", "104"), ("Ziekteverzuim", "6,1%", "5,4%"),
                   ("Gemiddelde leeftijd", "44,2", "43,8")], {"widths": [0.5, 0.25, 0.25]}),
        ("h2", "Colofon"),
        ("kv", [("Uitgave", "Veiligheidsregio Utrecht, Archimedeslaan 6, 3584 BA Utrecht"),
                ("Redactie", "afdeling Communicatie: Hatice Özdemir en Roel Smits"),
                ("Fotografie", "Brandweer Utrecht; Mirjam Goossens-Hilal; Arjen Schoonderwoerd (p. 12, 34)"),
                ("Ontwerp", "Studio Gras, Utrecht"),
                ("Contact", "communicatie@vru.nl | 088 878 10 00"),
                ("Publicatie", "www.vru.nl/jaarverslag, juni 2025")], {"widths": [0.22, 0.78]}),
        ("small", "Dit jaarverslag is ook beschikbaar in een toegankelijke versie (PDF/UA). Aan de inhoud kunnen geen "
                  "rechten worden ontleend."),
    ],
    redact=[
        R("PERSON", "Jasper Kramer-Oudshoorn", "Kramer-Oudshoorn", "Jasper"),
        R("PERSON", "Noura El Ouazzani", "El Ouazzani", "Noura"),
        R("PERSON", "Dirk-Jan Baars", "Baars", "Dirk-Jan"),
        R("PERSON", "Femke Ottens", "Ottens", "Femke"),
        R("PERSON", "Ricardo Sneek", "Ricardo Sneek", "Ricardo"),
        R("PERSON", "Priya Mahabier", "Mahabier", "Priya"),
        R("PERSON", "Wieteke de Graaf", "de Graaf", "Wieteke"),
        R("PERSON", "Lucas Oyelaran", "Oyelaran", "Lucas"),
        R("PERSON", "Stanisław Nowicki", "Nowicki", "Stanisław"),
        R("PERSON", "Hilde Verweij", "Verweij", "Hilde"),
        R("PERSON", "Kerem Yıldırım", "Yıldırım", "Kerem"),
        R("PERSON", "Adriaan Schimmelpenninck", "Schimmelpenninck", "Adriaan"),
        R("PERSON", "Joke van Gent-Zuidema", "van Gent-Zuidema", "Joke"),
        R("PERSON", "Abdelkader Benhaddou", "Benhaddou", "Abdelkader"),
        R("PERSON", "Trijntje Kooistra", "Kooistra", "Trijntje"),
        R("PERSON", "Rob Veldman", "Veldman", "Rob"),
        R("PERSON", "Mehdi Chaouch", "Chaouch", "Mehdi"),
        R("PERSON", "Willem Tiemens-Ruisch (ex-burgemeester, private role)", "Tiemens-Ruisch", "Willem"),
        R("PERSON", "Hatice Özdemir", "Özdemir", "Hatice"),
        R("PERSON", "Roel Smits", "Smits", "Roel"),
        R("PERSON", "Mirjam Goossens-Hilal", "Goossens-Hilal", "Mirjam"),
        R("PERSON", "Arjen Schoonderwoerd", "Schoonderwoerd", "Arjen"),
    ],
    keep=[
        K("ORG", "Veiligheidsregio Utrecht"), K("ACRONYM", "VRU"),
        K("OFFICE_HOLDER", "burgemeester Sharon Dijksma", "Sharon Dijksma"),
        K("OFFICE_HOLDER", "burgemeester Bolsius", "Bolsius"), K("PLACE", "Amersfoort"), K("PLACE", "Nieuwegein"),
        K("PLACE", "Zeist"), K("PLACE", "De Meern"), K("PLACE", "Utrecht-Overvecht"),
        K("ORG", "Stichting Brandweerhistorie Utrecht"), K("ORG", "Brandweer Utrecht"),
        K("TITLE", "bevelvoerder"), K("TITLE", "officier van dienst"), K("TITLE", "hoofd meldkamer brandweer"),
        K("TITLE", "chauffeur-pompbediende"), K("ORG", "ondernemingsraad"), K("ACRONYM", "OR"),
        K("TERM", "Orde van Oranje-Nassau"), K("PRODUCT", "Magirus-ladderwagen"), K("TERM", "tankautospuiten"),
        K("PROGRAMME", "Strategische Personeelsplanning 2025–2028"), K("PLACE", "Archimedeslaan 6"),
        K("ORG", "Studio Gras"), K("MAILBOX", "communicatie@vru.nl"), K("SWITCHBOARD", "088 878 10 00"),
        K("URL", "www.vru.nl/jaarverslag"), K("ACRONYM", "PDF/UA"), K("TITLE", "oud-burgemeester"),
    ],
))


# ==========================================================================================
# ak17 authorisation register of a case system, lower-case account names (LibreOffice, landscape)
# ==========================================================================================
_ak17 = [
    ("a.elhamdaoui", "elhamdaoui, a.", "Publiekszaken", "Zaakbehandelaar", "teamleider", "03-02-2025", "28-05-2025"),
    ("jvdlinden", "linden, j. van der", "Vergunningen", "Zaakbehandelaar; Raadpleger BRP", "teamleider", "11-11-2024", "30-05-2025"),
    ("m.graaf", "graaf, m. de", "Belastingen", "Raadpleger", "manager", "15-01-2025", "12-05-2025"),
    ("s.nguyen", "Nguyen, Sophie", "Informatiebeheer", "Archiefbeheerder", "CIO-office", "01-09-2024", "30-05-2025"),
    ("k.owusu", "owusu, kwaku", "Sociaal Domein", "Zaakbehandelaar Wmo", "teamleider", "20-03-2025", "29-05-2025"),
    ("fb-bergsma", "Bergsma, Douwe", "I&A", "Functioneel beheerder (admin)", "CISO", "02-05-2023", "30-05-2025"),
    ("r.tahiri", "tahiri, r.", "Klantcontactcentrum", "Raadpleger", "teamleider", "04-04-2025", "–"),
    ("e.vermeer", "vermeer-lopes, e.", "Juridische Zaken", "Zaakbehandelaar bezwaar", "teamleider", "06-06-2024", "27-05-2025"),
    ("o.petrenko", "Petrenko, Oleh", "I&A", "Functioneel beheerder", "CISO", "10-02-2025", "30-05-2025"),
    ("t.brouwers", "brouwers, t. (uit dienst 31-03)", "Vergunningen", "Zaakbehandelaar", "teamleider", "12-09-2022", "28-03-2025"),
    ("svc_zaaksync", "service account", "I&A", "Koppeling StUF-BG", "CISO", "01-01-2023", "30-05-2025"),
    ("svc_bi_export", "service account", "I&A", "Leesrechten Power BI", "CISO", "01-01-2023", "30-05-2025"),
    ("griffie-lezen", "functioneel account", "Griffie", "Raadpleger (alleen-lezen)", "griffier", "01-06-2024", "22-05-2025"),
]

add(Doc(
    id="ak17", name="autorisatieregister_zaaksysteem_tilburg", producer="lo", landscape=True, size=9,
    margins_mm=(16, 14, 14, 14),
    title="Autorisatieoverzicht zaaksysteem peildatum 1 juni 2025", author="I&A functioneel beheer",
    header="Gemeente Tilburg – Informatie & Automatisering – Autorisatieoverzicht zaaksysteem",
    footer="Peildatum 1 juni 2025 – export uit Active Directory en zaaksysteem – vertrouwelijk",
    blocks=[
        ("h1", "Autorisatieoverzicht zaaksysteem"),
        ("p", "Halfjaarlijkse controle op autorisaties (BIO-maatregel 9.2.5). Rollen volgens de autorisatiematrix "
              "versie 3.1. Accounts zonder login in de laatste 60 dagen en accounts van medewerkers uit dienst worden "
              "geblokkeerd. Namen staan zoals in Active Directory (deels in kleine letters)."),
        ("table", [("Account", "Naam (AD)", "Afdeling", "Rol(len)", "Aangevraagd door", "Sinds", "Laatste login")] + _ak17,
         {"widths": [0.13, 0.2, 0.14, 0.21, 0.11, 0.1, 0.11], "size": 8}),
        ("h3", "Bevindingen"),
        ("p", "1. Account t.brouwers is na uitdiensttreding nog actief geweest tot 28-03-2025; geblokkeerd op 2 juni. "
              "2. r.tahiri heeft nooit ingelogd; navragen bij teamleider KCC. 3. fb-bergsma heeft beheerrechten zonder "
              "tweede account voor dagelijks werk; advies CISO: scheiden. 4. Service accounts svc_zaaksync en "
              "svc_bi_export hebben geen wachtwoordrotatie; ticket bij I&A."),
        ("p", "Gecontroleerd door: D. Bergsma (functioneel beheer) en de Chief Information Security Officer. "
              "Vragen: informatiebeveiliging@tilburg.nl."),
    ],
    redact=[
        R("PERSON", "A. El Hamdaoui", "a.elhamdaoui", "elhamdaoui, a."),
        R("PERSON", "J. van der Linden", "jvdlinden", "linden, j. van der"),
        R("PERSON", "M. de Graaf", "m.graaf", "graaf, m. de"),
        R("PERSON", "Sophie Nguyen", "s.nguyen", "Nguyen", "Sophie"),
        R("PERSON", "Kwaku Owusu", "k.owusu", "owusu, kwaku"),
        R("PERSON", "Douwe Bergsma", "fb-bergsma", "Bergsma", "Douwe"),
        R("PERSON", "R. Tahiri", "r.tahiri", "tahiri, r."),
        R("PERSON", "E. Vermeer-Lopes", "e.vermeer", "vermeer-lopes, e."),
        R("PERSON", "Oleh Petrenko", "o.petrenko", "Petrenko", "Oleh"),
        R("PERSON", "T. Brouwers", "t.brouwers", "brouwers, t."),
    ],
    keep=[
        K("ORG", "Gemeente Tilburg"), K("ORG", "Informatie & Automatisering"), K("ACRONYM", "I&A"),
        K("PRODUCT", "Active Directory"), K("ACRONYM", "BIO-maatregel 9.2.5"), K("TITLE", "Zaakbehandelaar"),
        K("TITLE", "Raadpleger"), K("TITLE", "Archiefbeheerder"), K("TITLE", "Functioneel beheerder"),
        K("TITLE", "teamleider"), K("TITLE", "CISO"), K("TITLE", "griffier"),
        K("TITLE", "Chief Information Security Officer"), K("ACCOUNT", "svc_zaaksync"), K("ACCOUNT", "svc_bi_export"),
        K("ACCOUNT", "griffie-lezen"), K("ORG", "Publiekszaken"), K("ORG", "Klantcontactcentrum"), K("ACRONYM", "KCC"),
        K("ORG", "Sociaal Domein"), K("ORG", "Griffie"), K("ACRONYM", "Wmo"), K("TERM", "service account"),
        K("PRODUCT", "StUF-BG"), K("PRODUCT", "Power BI"), K("ACRONYM", "BRP"),
        K("MAILBOX", "informatiebeveiliging@tilburg.nl"), K("ORG", "CIO-office"),
    ],
))


# ==========================================================================================
# ak18 production report of a Woo decision, file names with names (Chromium, landscape)
# ==========================================================================================
_ak18 = [
    ("PZH-0101", "F-01", "Mail van S. van der Heuvel aan gedeputeerde Stolk over stikstofbank.msg", "2024-02-06",
     "Deels openbaar", "5.1.2e", "", ""),
    ("PZH-0102", "F-01", "Bijlage - Notitie stikstofregistratie v3.docx", "2024-02-06", "Openbaar", "", "", ""),
    ("PZH-0103", "F-02", "RE_ overleg Maasvlakte - JdBruijn_Havenbedrijf.msg", "2024-02-19", "Deels openbaar",
     "5.1.2e; 5.1.1c", "bedrijfsgegevens Havenbedrijf", ""),
    ("PZH-0104", "F-03", "Verslag ambtelijk overleg 21-02 (aanwezig Tesfamariam, Kuiper-Ng, Van Rijn).pdf",
     "2024-02-21", "Deels openbaar", "5.1.2e; 5.2.1", "", ""),
    ("PZH-0105", "F-04", "Appje gedeputeerde Stolk aan Kasper Lindeboom.png", "2024-03-04", "Deels openbaar",
     "5.1.2e", "Lindeboom is medewerker van het kabinet", ""),
    ("PZH-0106", "F-05", "Nota GS stikstofbank (paraaf MKng).docx", "2024-03-12", "Deels openbaar", "5.2.1",
     "paraaf gelakt", ""),
    ("PZH-0107", "F-05", "Nota GS stikstofbank - definitief.pdf", "2024-03-19", "Reeds openbaar", "", "",
     "zie staten.zuid-holland.nl"),
    ("PZH-0108", "F-06", "Mail_Yilmaz-Bakir_aan_ODH.msg", "2024-04-02", "Deels openbaar",
     "5.1.2e", "doorgestuurd aan Omgevingsdienst Haaglanden", ""),
    ("PZH-0109", "F-06", "Antwoord ODH aan Yilmaz-Bakir.msg", "2024-04-05", "Deels openbaar", "5.1.2e", "", ""),
    ("PZH-0110", "F-07", "Brief agrariër Hoeksche Waard (fam. Van Wingerden-Ploeg).pdf", "2024-05-14",
     "Deels openbaar", "5.1.2e; 5.1.1c", "bedrijfsgegevens en namen", ""),
    ("PZH-0111", "F-07", "Reactie GS aan fam. Van Wingerden-Ploeg.pdf", "2024-06-03", "Deels openbaar", "5.1.2e", "",
     "PZH-0110"),
    ("PZH-0112", "F-08", "Chat Teams - stikstof (Tesfamariam_Kuiper-Ng).txt", "2024-06-10", "Niet openbaar",
     "5.2.1", "intern beraad", ""),
    ("PZH-0113", "F-09", "Kamerbrief minister Wiersma stikstofbank.pdf", "2024-09-27", "Reeds openbaar", "", "",
     "Kamerstuk 35 334"),
    ("PZH-0114", "F-10", "Mail Statenlid Van Aelst over stikstofbank.msg", "2024-10-08", "Openbaar", "", "", ""),
]

add(Doc(
    id="ak18", name="productierapport_woo_stikstofbank_pzh", producer="chromium", landscape=True, size=8,
    margins_mm=(14, 12, 14, 12),
    title="Productierapport Woo-besluit stikstofbank", author="Team Woo Provincie Zuid-Holland",
    header="Provincie Zuid-Holland – Woo-besluit PZH-2025-871204 – productierapport",
    footer="Inventaris bij besluit van 17 maart 2025",
    notes=[(0, 780, 540, "Woo-jurist", "Bestandsnamen nog opschonen: MKng = Marieke Kuiper-Ng; navragen bij Annemiek.")],
    blocks=[
        ("h1", "Productierapport – stikstofbank Zuid-Holland"),
        ("p", "Kolommen volgens het productierapport van het review-platform: ID, Family ID, Document (oorspronkelijke "
              "bestandsnaam), Datum, Beoordeling, Beoordelingsgrond, Toelichting, Gerelateerd ID. Bestandsnamen zijn "
              "overgenomen zoals aangeleverd; namen van ambtenaren en burgers in bestandsnamen worden in de "
              "openbare versie gelakt."),
        ("table", [("ID", "Family ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting",
                    "Gerelateerd ID")] + _ak18,
         {"widths": [0.07, 0.06, 0.36, 0.08, 0.1, 0.1, 0.14, 0.09], "size": 7.3}),
        ("p", "Gedeputeerde Staten van Zuid-Holland hebben op 17 maart 2025 besloten. De stukken zijn gepubliceerd op "
              "open.overheid.nl. Contact: woo@pzh.nl of (070) 441 66 11."),
    ],
    redact=[
        R("PERSON", "Marieke Kuiper-Ng", "Marieke", "~Kuiper-Ng", "MKng"),
        R("PERSON", "Annemiek", "Annemiek"),
        R("PERSON", "S. van der Heuvel", "van der Heuvel"),
        R("PERSON", "J. de Bruijn (Havenbedrijf)", "~JdBruijn"),
        R("PERSON", "Tesfamariam", "~Tesfamariam"),
        R("PERSON", "Van Rijn", "Van Rijn"),
        R("PERSON", "Kasper Lindeboom", "Lindeboom", "Kasper"),
        R("PERSON", "Yilmaz-Bakir", "~Yilmaz-Bakir"),
        R("PERSON", "familie Van Wingerden-Ploeg", "Van Wingerden-Ploeg"),
    ],
    keep=[
        K("ORG", "Provincie Zuid-Holland"), K("OFFICE_HOLDER", "gedeputeerde Stolk", "Stolk"),
        K("OFFICE_HOLDER", "minister Wiersma", "Wiersma"), K("OFFICE_HOLDER", "Statenlid Van Aelst", "Van Aelst"),
        K("ORG", "Havenbedrijf"), K("ORG", "Omgevingsdienst Haaglanden"), K("ACRONYM", "ODH"),
        K("PLACE", "Hoeksche Waard"), K("PLACE", "Maasvlakte"), K("ORG", "Gedeputeerde Staten van Zuid-Holland"),
        K("TERM", "stikstofbank"), K("TERM", "Deels openbaar"), K("TERM", "Reeds openbaar"), K("CODE", "5.1.2e"),
        K("CODE", "PZH-0110"), K("DOC", "Kamerstuk 35 334"), K("URL", "open.overheid.nl"),
        K("URL", "staten.zuid-holland.nl"), K("MAILBOX", "woo@pzh.nl"), K("SWITCHBOARD", "(070) 441 66 11"),
        K("TERM", "Family ID"), K("TERM", "Gerelateerd ID"), K("PRODUCT", "Teams"), K("DATE", "2024-02-06"),
        K("ACRONYM", "GS"),
    ],
))


# ==========================================================================================
# ak19 on-call roster with paraph codes; spokespersons stay (reportlab, landscape)
# ==========================================================================================
_ak19_weeks = [
    ("27", "30-06 – 06-07", "AKo", "MvdB", "Van Tongeren"), ("28", "07-07 – 13-07", "SAH", "JPdW", "Van Tongeren"),
    ("29", "14-07 – 20-07", "MvdB", "TNg", "El Hamri"), ("30", "21-07 – 27-07", "JPdW", "AKo", "El Hamri"),
    ("31", "28-07 – 03-08", "TNg", "SAH", "Van Tongeren"), ("32", "04-08 – 10-08", "AKo", "LBo", "El Hamri"),
    ("33", "11-08 – 17-08", "LBo", "MvdB", "Van Tongeren"), ("34", "18-08 – 24-08", "SAH", "TNg", "El Hamri"),
    ("35", "25-08 – 31-08", "JPdW", "LBo", "Van Tongeren"),
]

add(Doc(
    id="ak19", name="piketrooster_woo_ocw_q3", producer="reportlab", landscape=True, size=9,
    margins_mm=(16, 16, 14, 16),
    title="Piketrooster Woo-coördinatie Q3 2025", author="Directie Communicatie OCW",
    header="Ministerie van Onderwijs, Cultuur en Wetenschap – Directie Communicatie / Woo-coördinatie",
    footer="Piketrooster zomer 2025 – niet verder verspreiden",
    blocks=[
        ("h1", "Piketrooster Woo-coördinatie en persvoorlichting – zomer 2025"),
        ("p", "Het piket is bereikbaar van 08.00 tot 22.00 uur voor spoedverzoeken (Woo, Kamervragen, media). "
              "Woordvoering namens minister Bruins loopt via de dienstdoende woordvoerder (openbaar bekend); piketcodes "
              "verwijzen naar de lijst hieronder."),
        ("table", [("Week", "Periode", "1e piket", "2e piket", "Woordvoerder")] + _ak19_weeks,
         {"widths": [0.08, 0.22, 0.18, 0.18, 0.34], "size": 8.5}),
        ("h3", "Legenda piketcodes"),
        ("table", [("Code", "Naam", "Afdeling", "Mobiel (piket)"),
                   ("AKo", "Anouk Kolkman", "Woo-coördinatie", "06 4715 0038"),
                   ("MvdB", "Martijn van de Bilt", "Woo-coördinatie", "06 1227 8451"),
                   ("SAH", "Sara Al Hadi", "Woo-coördinatie", "06 3361 0972"),
                   ("JPdW", "Jan-Pieter de Waal", "Juridische zaken", "06 2904 5513"),
                   ("TNg", "Thanh Nguyen", "Parlementaire zaken", "06 5580 1246"),
                   ("LBo", "Lieke Boschma", "Woo-coördinatie", "06 4133 7609")],
         {"widths": [0.1, 0.3, 0.3, 0.3], "size": 8.5}),
        ("p", "Woordvoerders (functie openbaar): Rogier van Tongeren (onderwijs) en Samira el Hamri (cultuur en "
              "wetenschap), bereikbaar via de persdienst: 070 412 34 56 of pers@minocw.nl. Ruilen van diensten in "
              "onderling overleg; wijziging melden aan woo-coordinatie@minocw.nl."),
    ],
    redact=[
        R("PERSON", "Anouk Kolkman", "Kolkman", "Anouk", "AKo"), R("PHONE", "06 4715 0038"),
        R("PERSON", "Martijn van de Bilt", "van de Bilt", "Martijn", "MvdB"), R("PHONE", "06 1227 8451"),
        R("PERSON", "Sara Al Hadi", "Al Hadi", "Sara", "SAH"), R("PHONE", "06 3361 0972"),
        R("PERSON", "Jan-Pieter de Waal", "de Waal", "Jan-Pieter", "JPdW"), R("PHONE", "06 2904 5513"),
        R("PERSON", "Thanh Nguyen", "Nguyen", "Thanh", "TNg"), R("PHONE", "06 5580 1246"),
        R("PERSON", "Lieke Boschma", "Boschma", "Lieke", "LBo"), R("PHONE", "06 4133 7609"),
    ],
    keep=[
        K("ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap"), K("ORG", "Directie Communicatie"),
        K("OFFICE_HOLDER", "minister Bruins", "Bruins"),
        K("SPOKESPERSON", "Rogier van Tongeren (woordvoerder)", "Van Tongeren", "Rogier van Tongeren"),
        K("SPOKESPERSON", "Samira el Hamri (woordvoerder)", "El Hamri", "Samira el Hamri"),
        K("TITLE", "Woordvoerder"), K("ORG", "Woo-coördinatie"), K("ORG", "Parlementaire zaken"),
        K("TERM", "Kamervragen"), K("SWITCHBOARD", "070 412 34 56"), K("MAILBOX", "pers@minocw.nl"),
        K("MAILBOX", "woo-coordinatie@minocw.nl"), K("TERM", "1e piket"), K("DATE", "30-06 – 06-07"),
    ],
))


# ==========================================================================================
# ak20 complaints register, scanned image-only (via Chromium)
# ==========================================================================================
_ak20 = [
    ("K24-311", "01-10", "S. Wijbenga", "Oostergrachtswal 14", "bejegening balie Burgerzaken", "mw. K. Veenstra (BZ)", "afgehandeld"),
    ("K24-315", "04-10", "T. Osei-Bonsu", "Vredeman de Vriesstraat 9", "afvalinzameling niet opgehaald", "Omrin (extern)", "doorgestuurd"),
    ("K24-322", "09-10", "A. Gebreselassie", "Blokhuisplein 3-B", "parkeerboete onterecht", "dhr. R. Hoekstra (Parkeren)", "afgehandeld"),
    ("K24-330", "15-10", "familie Stoker", "Wielingastraat 22", "lange wachttijd Wmo-aanvraag", "mw. I. Kovač (Wmo)", "in behandeling"),
    ("K24-337", "21-10", "L. Zandstra-Bos", "Westerplein 6", "geen reactie op e-mail", "team KCC", "afgehandeld"),
    ("K24-341", "24-10", "M. Chen", "Zuiderburen 88", "bejegening handhaver", "dhr. B. de Haan (Handhaving)", "ombudsman"),
    ("K24-349", "30-10", "H. Yıldız", "Aldlânsdyk 51", "subsidie niet uitbetaald", "mw. F. Ennaji (Subsidies)", "afgehandeld"),
    ("K24-356", "06-11", "J. Dijkhuis", "Tesselschadestraat 40", "bouwlawaai 's nachts", "dhr. P. Visser (VTH)", "in behandeling"),
]

add(Doc(
    id="ak20", name="klachtenregister_leeuwarden_scan", producer="scan", size=10, landscape=True,
    title="Scan klachtenregister Q4 - aangeleverd door Rixt Kloosterman", author="klachtencoördinatie",
    producer_name="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
    scan={"via": "chromium", "ocr_layer": False, "skew": 1.0, "noise": 9, "seed": 20},
    header="Gemeente Leeuwarden – Klachtenregister (interne klachtbehandeling, Awb hoofdstuk 9)",
    footer="Afdruk uit registratiesysteem, 8 november 2024",
    blocks=[
        ("h1", "Klachtenregister 4e kwartaal 2024"),
        ("p", "Overzicht van klachten over gedragingen van medewerkers en afdelingen (Awb hoofdstuk 9). Klachten over "
              "de burgemeester worden voorgelegd aan burgemeester Buma; beroep staat open bij de Nationale ombudsman."),
        ("table", [("Nr", "Datum", "Klager", "Adres", "Onderwerp", "Over / behandelaar", "Status")] + _ak20,
         {"widths": [0.08, 0.06, 0.15, 0.2, 0.21, 0.2, 0.1], "size": 9.5}),
        ("p", "Klachtencoördinator: klachten@leeuwarden.nl, 14 058. Termijn: zes weken, eenmaal verlengbaar met vier weken."),
    ],
    redact=[
        R("PERSON", "Rixt Kloosterman", "Kloosterman"),
        R("PERSON", "S. Wijbenga", "Wijbenga"), R("ADDRESS", "Oostergrachtswal 14"),
        R("PERSON", "T. Osei-Bonsu", "Osei-Bonsu"), R("ADDRESS", "Vredeman de Vriesstraat 9"),
        R("PERSON", "A. Gebreselassie", "Gebreselassie"), R("ADDRESS", "Blokhuisplein 3-B"),
        R("PERSON", "familie Stoker", "Stoker"), R("ADDRESS", "Wielingastraat 22"),
        R("PERSON", "L. Zandstra-Bos", "Zandstra-Bos"), R("ADDRESS", "Westerplein 6"),
        R("PERSON", "M. Chen", "M. Chen"), R("ADDRESS", "Zuiderburen 88"),
        R("PERSON", "H. Yıldız", "Yıldız"), R("ADDRESS", "Aldlânsdyk 51"),
        R("PERSON", "J. Dijkhuis", "Dijkhuis"), R("ADDRESS", "Tesselschadestraat 40"),
        R("PERSON", "K. Veenstra", "Veenstra"), R("PERSON", "R. Hoekstra", "R. Hoekstra"),
        R("PERSON", "I. Kovač", "Kovač"), R("PERSON", "B. de Haan", "de Haan"),
        R("PERSON", "F. Ennaji", "Ennaji"), R("PERSON", "P. Visser", "P. Visser"),
    ],
    keep=[],
))


# ==========================================================================================
# ak21 works council election: candidate list and result (LibreOffice)
# ==========================================================================================
add(Doc(
    id="ak21", name="or_verkiezing_toeslagen_uitslag", producer="lo", size=9.5,
    title="Uitslag OR-verkiezing Dienst Toeslagen 2025", author="Verkiezingscommissie OR",
    header="Dienst Toeslagen – Verkiezingscommissie Ondernemingsraad", footer="Bekendmaking uitslag – intranet, 23 mei 2025",
    blocks=[
        ("h1", "Uitslag verkiezing ondernemingsraad 2025"),
        ("p", "Van 12 tot en met 21 mei 2025 kozen de medewerkers van de Dienst Toeslagen een nieuwe ondernemingsraad "
              "(artikel 9 Wet op de ondernemingsraden, WOR). Opkomst: 61,4 procent (2.188 van 3.563 kiesgerechtigden). "
              "Er waren 13 zetels te verdelen over twee lijsten en vrije kandidaten."),
        ("h2", "Lijst 1 – FNV Overheid"),
        ("table", [("Nr", "Kandidaat", "Cluster / werkplek", "Stemmen", "Gekozen"),
                   ("1", "Ramdin-Jagessar, A. (Anita)", "Klantcontact, Utrecht", "412", "ja"),
                   ("2", "Kerkhof, J.W. (Jan-Willem)", "Inning, Apeldoorn", "288", "ja"),
                   ("3", "Benali, S. (Soufiane)", "Dienstverlening, Utrecht", "251", "ja"),
                   ("4", "Wit, M.L. de (Marloes)", "Bedrijfsvoering, Utrecht", "173", "ja"),
                   ("5", "Osei, K. (Kwadwo)", "Bezwaar en beroep, Zwolle", "96", "nee")],
         {"widths": [0.07, 0.35, 0.3, 0.13, 0.15]}),
        ("h2", "Lijst 2 – CNV Connectief / AC-FBZ"),
        ("table", [("Nr", "Kandidaat", "Cluster / werkplek", "Stemmen", "Gekozen"),
                   ("1", "Visser-Tjon A Fat, R. (Roxanne)", "Herstel, Utrecht", "366", "ja"),
                   ("2", "Hoekstra, P. (Pieter)", "Informatievoorziening, Apeldoorn", "240", "ja"),
                   ("3", "Zieliński, T. (Tomasz)", "Inning, Apeldoorn", "198", "ja"),
                   ("4", "Fofanah, I. (Isatou)", "Klantcontact, Zwolle", "77", "nee")],
         {"widths": [0.07, 0.35, 0.3, 0.13, 0.15]}),
        ("h2", "Vrije kandidaten"),
        ("table", [("Kandidaat", "Cluster / werkplek", "Stemmen", "Gekozen"),
                   ("Gebru, M. (Mulugeta)", "Herstel, Utrecht", "301", "ja"),
                   ("Brouwer-de Lange, C. (Carla)", "Dienstverlening, Zwolle", "211", "ja"),
                   ("Tan, W.K. (Wei Kang)", "Data en analyse, Utrecht", "187", "ja"),
                   ("Kovalchuk, N. (Nataliia)", "Bedrijfsvoering, Utrecht", "154", "ja"),
                   ("Jansen, R. (Ruud)", "Inning, Apeldoorn", "61", "nee")],
         {"widths": [0.4, 0.32, 0.13, 0.15]}),
        ("p", "Bij gelijk aantal stemmen had het lot beslist; dat was niet nodig. De kandidaten die niet gekozen zijn, "
              "vormen de opvolgerslijst in de volgorde van het aantal stemmen."),
        ("p", "De verkiezingscommissie: Esther Dijkman (voorzitter), Faisal Rahimi en Tineke Wolthuis. Bezwaar tegen de "
              "uitslag binnen twee weken bij de verkiezingscommissie: verkiezingscommissie.or@toeslagen.nl."),
    ],
    redact=[
        R("PERSON", "Anita Ramdin-Jagessar", "Ramdin-Jagessar", "Anita"),
        R("PERSON", "Jan-Willem Kerkhof", "Kerkhof", "Jan-Willem"),
        R("PERSON", "Soufiane Benali", "Benali", "Soufiane"),
        R("PERSON", "Marloes de Wit", "Wit, M.L. de", "Marloes"),
        R("PERSON", "Kwadwo Osei", "Osei", "Kwadwo"),
        R("PERSON", "Roxanne Visser-Tjon A Fat", "Visser-Tjon A Fat", "Roxanne"),
        R("PERSON", "Pieter Hoekstra", "Hoekstra", "Pieter"),
        R("PERSON", "Tomasz Zieliński", "Zieliński", "Tomasz"),
        R("PERSON", "Isatou Fofanah", "Fofanah", "Isatou"),
        R("PERSON", "Mulugeta Gebru", "Gebru", "Mulugeta"),
        R("PERSON", "Carla Brouwer-de Lange", "Brouwer-de Lange", "Carla"),
        R("PERSON", "Wei Kang Tan", "Tan, W.K.", "Wei Kang"),
        R("PERSON", "Nataliia Kovalchuk", "Kovalchuk", "Nataliia"),
        R("PERSON", "Ruud Jansen", "Jansen, R.", "Ruud"),
        R("PERSON", "Esther Dijkman", "Dijkman", "Esther"),
        R("PERSON", "Faisal Rahimi", "Rahimi", "Faisal"),
        R("PERSON", "Tineke Wolthuis", "Wolthuis", "Tineke"),
    ],
    keep=[
        K("ORG", "Dienst Toeslagen"), K("LAW", "Wet op de ondernemingsraden"), K("ACRONYM", "WOR"),
        K("ORG", "FNV Overheid"), K("ORG", "CNV Connectief"), K("ORG", "AC-FBZ"), K("PLACE", "Utrecht"),
        K("PLACE", "Apeldoorn"), K("PLACE", "Zwolle"), K("ORG", "Klantcontact"), K("ORG", "Inning"),
        K("ORG", "Herstel"), K("ORG", "Data en analyse"), K("ORG", "Bezwaar en beroep"),
        K("TITLE", "Verkiezingscommissie"), K("TERM", "ondernemingsraad"), K("TERM", "opvolgerslijst"),
        K("MAILBOX", "verkiezingscommissie.or@toeslagen.nl"), K("TERM", "Vrije kandidaten"),
        K("DATE", "23 mei 2025"),
    ],
))


# ==========================================================================================
# ak22 stakeholder list of an infrastructure project (Chromium), ex-office holder in a private role
# ==========================================================================================
_ak22 = [
    ("Bestuur", "Gemeente Groningen", "bestuurlijk opdrachtgever", "hoog",
     "burgemeester Schuiling (veiligheid, evenementen)", "via bestuurssecretariaat", "programmamanager"),
    ("Bewoners", "Bewonersvereniging Oosterpoort", "directe omwonenden", "hoog",
     "voorzitter Gerrit Jan Mulder-Bolhuis", "06 1480 2765", "omgevingsmanager"),
    ("Ondernemers", "Ondernemersvereniging Stationsgebied", "bereikbaarheid winkels", "midden",
     "Harm Kloosterhuis (oud-wethouder, thans voorzitter)", "h.kloosterhuis@ovstationsgebied.nl", "omgevingsmanager"),
    ("Vervoer", "ProRail", "spoorzone en perrons", "hoog", "omgevingsmanager ProRail (naam volgt)",
     "omgeving.noord@prorail.nl", "projectleider"),
    ("Vervoer", "Qbuzz", "busstation en omleidingen", "midden", "Ilona Wieringa, concessiemanager",
     "06 2291 6504", "projectleider"),
    ("Onderwijs", "Hanzehogeschool Groningen", "studentenstromen", "laag", "Baran Aydemir (facilitair)",
     "b.aydemir@org.hanze.nl", "communicatie"),
    ("Bewoners", "particulier, Parkweg 32", "eigen woning naast bouwput", "midden", "dhr. en mw. Brinkman-Sloots",
     "050 312 7708", "omgevingsmanager"),
    ("Natuur", "Natuur en Milieufederatie Groningen", "bomenkap Stadsbalkon", "midden", "Nina Oosterveld",
     "n.oosterveld@nmfgroningen.nl", "omgevingsmanager"),
    ("Erfgoed", "Rijksdienst voor het Cultureel Erfgoed", "monumentaal stationsgebouw", "hoog",
     "rijksadviseur (functie)", "info@cultureelerfgoed.nl", "projectleider"),
]

add(Doc(
    id="ak22", name="stakeholderlijst_stadsbalkon_groningen", producer="chromium", landscape=True, size=8.5,
    margins_mm=(14, 12, 14, 12),
    title="Stakeholderlijst Stadsbalkon", author="Omgevingsmanagement Stadsbalkon",
    header="Gemeente Groningen – Project Stadsbalkon – Omgevingsanalyse bijlage B",
    footer="Versie 4, 28 februari 2025 – intern werkdocument",
    notes=[(0, 770, 520, "omgevingsmanager",
            "Contactpersoon Qbuzz wisselt per 1 april; nieuwe contact wordt Daan Huizinga (via Ilona).")],
    blocks=[
        ("h1", "Stakeholderlijst Stadsbalkon"),
        ("p", "Het project Stadsbalkon vernieuwt het stationsplein en de fietsenstalling onder het plein (oplevering 2026). "
              "Deze lijst ordent de belanghebbenden naar invloed en belang. Eigenaar = rol in het projectteam die het "
              "contact onderhoudt. Bestuurlijk trekker is wethouder Broeksma (ruimtelijke ontwikkeling)."),
        ("table", [("Categorie", "Organisatie", "Belang", "Invloed", "Contactpersoon", "Contact", "Eigenaar")] + _ak22,
         {"widths": [0.08, 0.18, 0.15, 0.06, 0.22, 0.19, 0.12], "size": 7.6}),
        ("p", "Afspraak: contactgegevens van particulieren alleen in deze interne lijst; in de openbare "
              "omgevingsrapportage staan uitsluitend organisaties. Algemeen projectadres: stadsbalkon@groningen.nl."),
    ],
    redact=[
        R("PERSON", "Daan Huizinga", "Huizinga"),
        R("PERSON", "Gerrit Jan Mulder-Bolhuis", "Mulder-Bolhuis", "Gerrit Jan"), R("PHONE", "06 1480 2765"),
        R("PERSON", "Harm Kloosterhuis (ex-wethouder, private role)", "Kloosterhuis", "Harm",
          "h.kloosterhuis@ovstationsgebied.nl"),
        R("PERSON", "Ilona Wieringa", "Wieringa", "Ilona"), R("PHONE", "06 2291 6504"),
        R("PERSON", "Baran Aydemir", "Aydemir", "Baran", "b.aydemir@org.hanze.nl"),
        R("ADDRESS", "Parkweg 32", "Parkweg 32"),
        R("PERSON", "Brinkman-Sloots", "Brinkman-Sloots"), R("PHONE", "050 312 7708"),
        R("PERSON", "Nina Oosterveld", "Oosterveld", "Nina", "n.oosterveld@nmfgroningen.nl"),
    ],
    keep=[
        K("ORG", "Gemeente Groningen"), K("OFFICE_HOLDER", "burgemeester Schuiling", "Schuiling"),
        K("OFFICE_HOLDER", "wethouder Broeksma", "Broeksma"), K("PROGRAMME", "Stadsbalkon"),
        K("ORG", "Bewonersvereniging Oosterpoort"), K("ORG", "Ondernemersvereniging Stationsgebied"),
        K("ORG", "ProRail"), K("ORG", "Qbuzz"), K("ORG", "Hanzehogeschool Groningen"),
        K("ORG", "Natuur en Milieufederatie Groningen"), K("ORG", "Rijksdienst voor het Cultureel Erfgoed"),
        K("MAILBOX", "omgeving.noord@prorail.nl"), K("MAILBOX", "info@cultureelerfgoed.nl"),
        K("MAILBOX", "stadsbalkon@groningen.nl"), K("TITLE", "omgevingsmanager"), K("TITLE", "projectleider"),
        K("TITLE", "concessiemanager"), K("TITLE", "oud-wethouder"), K("TITLE", "rijksadviseur"),
        K("TERM", "bestuurlijk opdrachtgever"),
    ],
))


# ==========================================================================================
# ak23 subsidy register with private recipients and a sole trader; hidden form fields (reportlab)
# ==========================================================================================
_ak23 = [
    ("2024-031", "Stichting Dorpshuis De Kiel", "verduurzaming dorpshuis", "Gasselternijveen", "€ 24.500", "12-03-2024", "stichting"),
    ("2024-044", "J. Mulder-Bos", "herstel historische schaapskooi", "Orvelte", "€ 8.200", "02-04-2024", "particulier"),
    ("2024-052", "Hoveniersbedrijf Tjeerd Wiersema", "inheemse hagen Drentsche Aa", "Zeegse", "€ 6.750", "16-04-2024", "eenmanszaak"),
    ("2024-058", "Vereniging Plaatselijk Belang Exloo", "jeu-de-boulesbaan en AED", "Exloo", "€ 11.300", "23-04-2024", "vereniging"),
    ("2024-067", "H.A. Boekhoud en G. Boekhoud-Lanting", "zonnepanelen op monumentale boerderij", "Ruinen", "€ 9.900", "14-05-2024", "particulier"),
    ("2024-071", "Stichting Jeugdsoos Coevorden", "inrichting jongerenruimte", "Coevorden", "€ 15.000", "21-05-2024", "stichting"),
    ("2024-079", "Yusuf Karagöz", "buurtmoestuin Emmerhout", "Emmen", "€ 3.400", "04-06-2024", "particulier"),
    ("2024-086", "Coöperatie Energie Westerveld U.A.", "buurtbatterij", "Dwingeloo", "€ 48.000", "18-06-2024", "coöperatie"),
]

add(Doc(
    id="ak23", name="subsidieregister_leefbaarheid_drenthe", producer="reportlab", landscape=True, size=9,
    margins_mm=(16, 14, 14, 14),
    title="Register verleende subsidies Fonds Leefbaarheid 2024", author="Provincie Drenthe, team Subsidies",
    header="Provincie Drenthe – Fonds Leefbaarheid Drenthe – register verleende subsidies 2024",
    footer="Intern register met rekeninggegevens – de openbare versie bevat geen rekeningnummers",
    fields=[(0, [600, 570, 820, 584], "behandelaar", "A. Nowak-Wiśniewska", "Behandelend subsidieadviseur"),
            (0, [600, 554, 820, 568], "controle", "gecontroleerd door Kofi Boakye op 12-02-2025", "Vier-ogencontrole")],
    blocks=[
        ("h1", "Register verleende subsidies Fonds Leefbaarheid Drenthe 2024"),
        ("p", "Subsidies op grond van de Subsidieregeling Leefbaarheid Drenthe 2024. Verleend door Gedeputeerde Staten, "
              "waarvan commissaris van de Koning Jetta Klijnsma voorzitter is. Aanvragers die natuurlijke persoon "
              "zijn (particulieren en eenmanszaken) worden in de openbare versie niet met naam genoemd."),
        ("table", [("Nr", "Aanvrager", "Project", "Plaats", "Bedrag", "Besluit", "Rechtsvorm")] + _ak23,
         {"widths": [0.08, 0.25, 0.24, 0.12, 0.08, 0.1, 0.13], "size": 8.2}),
        ("h3", "Uitbetaling aan natuurlijke personen"),
        ("table", [("Nr", "Rekeninghouder", "IBAN", "Voorschot"),
                   ("2024-044", "J. Mulder-Bos", iban("RABO", "0318742956"), "80%"),
                   ("2024-052", "T. Wiersema h.o.d.n. Hoveniersbedrijf Tjeerd Wiersema", iban("INGB", "0006741382"), "80%"),
                   ("2024-067", "H.A. Boekhoud", iban("ABNA", "0417293561"), "100%"),
                   ("2024-079", "Y. Karagöz", iban("SNSB", "0927461538"), "100%")],
         {"widths": [0.1, 0.5, 0.25, 0.15], "size": 8.2}),
        ("small", "Vragen: subsidies@drenthe.nl of (0592) 36 55 55. Westerbrink 1, Assen."),
    ],
    redact=[
        R("PERSON", "A. Nowak-Wiśniewska (form field)", "Nowak-Wiśniewska"),
        R("PERSON", "Kofi Boakye (form field)", "Kofi Boakye", "Boakye"),
        R("PERSON", "J. Mulder-Bos", "Mulder-Bos"),
        R("PERSON", "Tjeerd Wiersema (sole trader, trade name)", "Tjeerd Wiersema", "T. Wiersema", "Tjeerd"),
        R("PERSON", "H.A. Boekhoud", "H.A. Boekhoud", "Boekhoud"),
        R("PERSON", "G. Boekhoud-Lanting", "Boekhoud-Lanting"),
        R("PERSON", "Yusuf Karagöz", "Karagöz", "Yusuf"),
        R("IBAN", "IBAN Mulder-Bos", iban("RABO", "0318742956")),
        R("IBAN", "IBAN Wiersema", iban("INGB", "0006741382")),
        R("IBAN", "IBAN Boekhoud", iban("ABNA", "0417293561")),
        R("IBAN", "IBAN Karagöz", iban("SNSB", "0927461538")),
    ],
    keep=[
        K("ORG", "Provincie Drenthe"), K("PROGRAMME", "Fonds Leefbaarheid Drenthe"),
        K("LAW", "Subsidieregeling Leefbaarheid Drenthe 2024"), K("ORG", "Gedeputeerde Staten"),
        K("OFFICE_HOLDER", "commissaris van de Koning Jetta Klijnsma", "Jetta Klijnsma"),
        K("ORG", "Stichting Dorpshuis De Kiel"), K("ORG", "Vereniging Plaatselijk Belang Exloo"),
        K("ORG", "Stichting Jeugdsoos Coevorden"), K("ORG", "Coöperatie Energie Westerveld U.A."),
        K("PLACE", "Gasselternijveen"), K("PLACE", "Orvelte"), K("PLACE", "Drentsche Aa"), K("PLACE", "Emmerhout"),
        K("PLACE", "Emmen"), K("PLACE", "Dwingeloo"), K("PLACE", "Ruinen"), K("PLACE", "Westerbrink 1"),
        K("PLACE", "Assen"), K("TERM", "eenmanszaak"), K("TERM", "particulier"), K("TERM", "Hoveniersbedrijf"),
        K("MAILBOX", "subsidies@drenthe.nl"), K("SWITCHBOARD", "(0592) 36 55 55"), K("ACRONYM", "AED"),
    ],
))


# ==========================================================================================
# ak24 key and pass register, scanned with OCR layer (via reportlab)
# ==========================================================================================
_ak24 = [
    ("S-014", "Werkplaats hal 2", "ROELOFS, Henk", "Buitendienst", "06-01-2025", "", "HR"),
    ("S-022", "Zoutloods", "Kaplan, Murat", "Gladheidsbestrijding", "06-01-2025", "31-03-2025", "MK"),
    ("P-3107", "Toegangspas terrein", "MENSAH, Efua", "Beheer openbare ruimte", "13-01-2025", "", "EM"),
    ("S-031", "Brandstofpomp", "de Vos, Arie", "Wagenpark", "20-01-2025", "", "AdV"),
    ("P-3112", "Toegangspas kantoor", "Lin, Jia Wei", "Stage", "03-02-2025", "27-06-2025", "JWL"),
    ("S-040", "Archiefruimte", "Hendriks-Akkermans, Paula", "Administratie", "10-02-2025", "", "PHA"),
    ("S-041", "Serverruimte", "firma Koster ICT", "extern (onderhoud)", "17-02-2025", "17-02-2025", "—"),
    ("P-3120", "Toegangspas terrein", "TIMMERMANS, Bas", "Groen", "03-03-2025", "", "BT"),
]

add(Doc(
    id="ak24", name="sleutelregister_gemeentewerf_apeldoorn_scan", producer="scan", size=10.5,
    title="Sleutelregister gemeentewerf", author="", producer_name="HP LaserJet MFP / Tesseract",
    creator="HP Digital Sending",
    scan={"via": "reportlab", "ocr_layer": True, "skew": 0.7, "noise": 7, "seed": 24},
    header="Gemeente Apeldoorn – Gemeentewerf Zuid – Sleutel- en pasregister",
    footer="Register bijhouden door de werfbeheerder – verlies direct melden",
    blocks=[
        ("h1", "Sleutel- en pasregister Gemeentewerf Zuid"),
        ("p", "Uitgifte van sleutels en toegangspassen, periode januari – maart 2025. Bij inleveren datum invullen. "
              "Sleutels van de serverruimte alleen na toestemming van Informatievoorziening."),
        ("table", [("Nr", "Ruimte", "Uitgegeven aan", "Team", "Uit", "In", "Paraaf")] + _ak24,
         {"widths": [0.08, 0.2, 0.24, 0.19, 0.11, 0.11, 0.07], "size": 9.5}),
        ("p", "Werfbeheerder: W. Kalkman (toestel 2214). Verlies van een pas: blokkeren via de Servicedesk, 055 580 10 00."),
    ],
    redact=[
        R("PERSON", "Henk Roelofs", "ROELOFS", "Henk"),
        R("PERSON", "Murat Kaplan", "Kaplan", "Murat"),
        R("PERSON", "Efua Mensah", "MENSAH", "Efua"),
        R("PERSON", "Arie de Vos", "de Vos", "Arie", "AdV"),
        R("PERSON", "Jia Wei Lin", "Lin, Jia Wei", "Jia Wei", "JWL"),
        R("PERSON", "Paula Hendriks-Akkermans", "Hendriks-Akkermans", "Paula", "PHA"),
        R("PERSON", "Bas Timmermans", "TIMMERMANS", "Bas"),
        R("PERSON", "W. Kalkman", "Kalkman"),
    ],
    keep=[
        K("ORG", "Gemeente Apeldoorn"), K("PLACE", "Gemeentewerf Zuid"), K("TERM", "Zoutloods"),
        K("TERM", "Serverruimte"), K("ORG", "Informatievoorziening"), K("ORG", "Servicedesk"),
        K("SWITCHBOARD", "055 580 10 00"), K("ORG", "firma Koster ICT"), K("TITLE", "Werfbeheerder"),
        K("ORG", "Gladheidsbestrijding"), K("ORG", "Wagenpark"),
    ],
))


# ==========================================================================================
# ak25 enforcement log of special investigating officers: plates, offenders (Chromium)
# ==========================================================================================
_ak25 = [
    ("22:05", "Start dienst, briefing bureau Centrum; koppels: boa's Van Leeuwen/Ezzahraoui en Mertens/Acheampong.", "–"),
    ("22:41", "Witte de Withstraat: fout geparkeerde auto op laad- en losplek, kenteken GZ-418-K; naheffing.", "VL/EZ"),
    ("23:14", "Nieuwe Binnenweg 120: melding geluidsoverlast horeca. Leidinggevende ter plaatse: dhr. Dennis "
              "Hoogendijk. Waarschuwing, tweede keer dit jaar.", "ME/AC"),
    ("23:52", "Westersingel: wildplassen, betrokkene Nassim El Bouazzati (geb. 14-07-2001), woonachtig "
              "Bergweg 211a, Rotterdam. Proces-verbaal F310.", "VL/EZ"),
    ("00:37", "Mauritsweg: scooter zonder verzekering, kenteken F-276-XS, bestuurder Dewi Soerdjbalie "
              "(geb. 02-03-2004). Overgedragen aan politie Eenheid Rotterdam.", "ME/AC"),
    ("01:20", "Stadhuisplein: groep jongeren, geen overtredingen; contact met jongerenwerker van Stichting "
              "Dock (functie, geen naam genoteerd).", "VL/EZ"),
    ("02:05", "Coolsingel: verzoek om assistentie door camerabewaking (gemeentelijk cameratoezicht). Vals alarm.", "ME/AC"),
    ("03:30", "Einde dienst. Rapportage in BOA-registratiesysteem; naheffing GZ-418-K verwerkt.", "–"),
]

add(Doc(
    id="ak25", name="dienstlogboek_handhaving_rotterdam", producer="chromium", size=9,
    title="Dienstlogboek Handhaving Centrum nachtdienst", author="Stadsbeheer Handhaving",
    header="Gemeente Rotterdam – Stadsbeheer, Toezicht en Handhaving – Dienstlogboek",
    footer="Nachtdienst vrijdag 15 / zaterdag 16 augustus 2025 – bureau Centrum",
    blocks=[
        ("h1", "Dienstlogboek nachtdienst 15/16 augustus 2025"),
        ("kv", [("Gebied", "Centrum (Cool, Stadsdriehoek, Oude Westen)"),
                ("Dienstdoende", "boa's Sven van Leeuwen, Nadia Ezzahraoui, Koen Mertens, Akua Acheampong"),
                ("Coördinator", "Esma Güler (teamleider nacht), bereikbaar via de meldkamer Stadsbeheer"),
                ("Bijzonderheden", "evenement Zomercarnaval-nazit; inzet conform aanwijzing burgemeester Schouten")]),
        ("table", [("Tijd", "Gebeurtenis", "Koppel")] + _ak25, {"widths": [0.08, 0.8, 0.12], "size": 8.5}),
        ("p", "Koppelcodes: VL = Van Leeuwen, EZ = Ezzahraoui, ME = Mertens, AC = Acheampong. Processen-verbaal worden "
              "binnen 24 uur ingevoerd. Vragen over dit logboek: handhaving.centrum@rotterdam.nl, telefoon 14 010."),
    ],
    redact=[
        R("PERSON", "Sven van Leeuwen", "Sven van Leeuwen", "Van Leeuwen", "Sven", "VL"),
        R("PERSON", "Nadia Ezzahraoui", "Ezzahraoui", "Nadia", "EZ"),
        R("PERSON", "Koen Mertens", "Mertens", "Koen", "ME"),
        R("PERSON", "Akua Acheampong", "Acheampong", "Akua", "AC"),
        R("PERSON", "Esma Güler", "Güler", "Esma"),
        R("PERSON", "Dennis Hoogendijk", "Hoogendijk", "Dennis"),
        R("PERSON", "Nassim El Bouazzati", "El Bouazzati", "Nassim"),
        R("DATE_OF_BIRTH", "14-07-2001"), R("ADDRESS", "Bergweg 211a", "Bergweg 211a"),
        R("PERSON", "Dewi Soerdjbalie", "Soerdjbalie", "Dewi"), R("DATE_OF_BIRTH", "02-03-2004"),
        R("PLATE", "GZ-418-K"), R("PLATE", "F-276-XS"),
    ],
    keep=[
        K("ORG", "Gemeente Rotterdam"), K("ORG", "Stadsbeheer"), K("OFFICE_HOLDER", "burgemeester Schouten", "Schouten"),
        K("PLACE", "Witte de Withstraat"), K("PLACE", "Nieuwe Binnenweg 120"), K("PLACE", "Westersingel"),
        K("PLACE", "Mauritsweg"), K("PLACE", "Stadhuisplein"), K("PLACE", "Coolsingel"), K("PLACE", "Oude Westen"),
        K("ORG", "politie Eenheid Rotterdam"), K("ORG", "Stichting Dock"), K("TITLE", "jongerenwerker"),
        K("TITLE", "teamleider nacht"), K("TERM", "Proces-verbaal F310"), K("TERM", "naheffing"),
        K("PRODUCT", "BOA-registratiesysteem"), K("MAILBOX", "handhaving.centrum@rotterdam.nl"),
        K("SWITCHBOARD", "14 010"), K("TERM", "Zomercarnaval-nazit"), K("TERM", "cameratoezicht"),
    ],
))


# ==========================================================================================
# ak26 mandate register: functions stay, named sub-mandates go (LibreOffice)
# ==========================================================================================
add(Doc(
    id="ak26", name="mandaatregister_vallei_veluwe", producer="lo", size=9,
    title="Mandaatregister 2025 Waterschap Vallei en Veluwe", author="Juridische Zaken WVV",
    header="Waterschap Vallei en Veluwe – Mandaat-, volmacht- en machtigingsregister 2025",
    footer="Vastgesteld door het dagelijks bestuur op 14 januari 2025 – gepubliceerd in het Waterschapsblad",
    blocks=[
        ("h1", "Mandaat-, volmacht- en machtigingsregister 2025"),
        ("p", "Het dagelijks bestuur van Waterschap Vallei en Veluwe, voorgezeten door dijkgraaf Tanja Klip-Martin, "
              "verleent mandaat aan functionarissen (artikel 10:3 Awb). Het mandaat wordt verleend aan de functie; "
              "waar het register een persoon noemt, is dat een tijdelijke ondermandaat-aanwijzing die niet openbaar is."),
        ("table", [("Nr", "Bevoegdheid", "Grondslag", "Gemandateerde (functie)", "Ondermandaat aan", "Voorwaarden"),
                   ("1", "Verlenen watervergunning (eenvoudig)", "Waterwet art. 6.5", "afdelingshoofd Vergunningverlening",
                    "J.P. Grootveld, teamleider Vergunningen", "geen afwijking van beleid"),
                   ("2", "Opleggen last onder dwangsom", "Awb art. 5:32", "afdelingshoofd Handhaving",
                    "mr. Sanne Verhoef-Kok, senior jurist", "na overleg met portefeuillehouder"),
                   ("3", "Afhandelen Woo-verzoeken", "Woo art. 4.1", "hoofd Juridische Zaken",
                    "Tarik Bouchtaoui, Woo-coördinator", "niet bij bestuurlijk gevoelige verzoeken"),
                   ("4", "Aangaan inkoopcontracten tot € 250.000", "Inkoopbeleid 2023", "afdelingshoofd Inkoop",
                    "–", "conform Aanbestedingswet 2012"),
                   ("5", "Beslissen op bezwaar (kwijtschelding)", "Invorderingswet 1990", "hoofd Belastingen",
                    "Wendelien Zwart, coördinator Kwijtschelding", "GBLT voert uit"),
                   ("6", "Ondertekenen correspondentie dagelijks bestuur", "Reglement van orde DB", "secretaris-directeur",
                    "–", "niet bij besluiten van het algemeen bestuur")],
         {"widths": [0.04, 0.19, 0.17, 0.19, 0.22, 0.19], "size": 8}),
        ("h3", "Verantwoording"),
        ("p", "Gebruik van mandaat wordt per kwartaal gemeld aan het dagelijks bestuur. Het ondermandaat van nr. 3 loopt "
              "tot de terugkeer van de vaste Woo-coördinator (zwangerschapsverlof van mw. Daniëlle Brink, tot 1 mei 2025)."),
        ("p", "Apeldoorn, 14 januari 2025. Het dagelijks bestuur, dijkgraaf Tanja Klip-Martin; de secretaris-directeur."),
        ("small", "Waterschap Vallei en Veluwe, Postbus 4142, 7320 AC Apeldoorn; (055) 527 29 11; info@vallei-veluwe.nl."),
    ],
    redact=[
        R("PERSON", "J.P. Grootveld", "Grootveld"),
        R("PERSON", "Sanne Verhoef-Kok", "Verhoef-Kok", "Sanne"),
        R("PERSON", "Tarik Bouchtaoui", "Bouchtaoui", "Tarik"),
        R("PERSON", "Wendelien Zwart", "Wendelien Zwart", "Wendelien"),
        R("PERSON", "Daniëlle Brink", "Daniëlle Brink", "Daniëlle"),
    ],
    keep=[
        K("ORG", "Waterschap Vallei en Veluwe"), K("OFFICE_HOLDER", "dijkgraaf Tanja Klip-Martin", "Tanja Klip-Martin"),
        K("TITLE", "afdelingshoofd Vergunningverlening"), K("TITLE", "afdelingshoofd Handhaving"),
        K("TITLE", "hoofd Juridische Zaken"), K("TITLE", "afdelingshoofd Inkoop"), K("TITLE", "hoofd Belastingen"),
        K("TITLE", "secretaris-directeur"), K("TITLE", "teamleider Vergunningen"), K("TITLE", "senior jurist"),
        K("TITLE", "Woo-coördinator"), K("LAW", "Waterwet"), K("LAW", "Awb"), K("LAW", "Aanbestedingswet 2012"),
        K("LAW", "Invorderingswet 1990"), K("ORG", "GBLT"), K("ORG", "dagelijks bestuur"),
        K("PLACE", "Apeldoorn"), K("PLACE", "Postbus 4142"), K("SWITCHBOARD", "(055) 527 29 11"),
        K("MAILBOX", "info@vallei-veluwe.nl"), K("ORG", "Waterschapsblad"), K("TERM", "last onder dwangsom"),
    ],
))


# ==========================================================================================
# ak27 audit report annex: persons interviewed, incl. an ex-office holder (reportlab)
# ==========================================================================================
add(Doc(
    id="ak27", name="onderzoek_ovconcessie_gesproken_personen", producer="reportlab", size=9.3,
    title="Bijlage 2 Onderzoek aanbesteding OV-concessie Limburg", author="Rekenkamer Limburg",
    subject="Gesproken personen", header="Rekenkamer Limburg – Onderzoek aanbesteding OV-concessie – Bijlage 2",
    footer="Rapport 2025/03 – vertrouwelijke bijlage, niet voor publicatie",
    blocks=[
        ("h1", "Bijlage 2 – Gesproken personen"),
        ("p", "Voor dit onderzoek spraken wij tussen november 2024 en februari 2025 met de onderstaande personen. De "
              "functie is die ten tijde van het gesprek. Gespreksverslagen zijn ter verificatie voorgelegd. "
              "Gedeputeerde Staten werden in de bestuurlijke hoor en wederhoor vertegenwoordigd door commissaris van de "
              "Koning Emile Roemer."),
        ("table", [("Naam", "Functie", "Organisatie", "Datum"),
                   ("Maud Keulen-Schoenmaekers", "programmamanager OV", "Provincie Limburg", "12-11-2024"),
                   ("Ruben Tjin-Asjoe", "contractmanager concessie", "Provincie Limburg", "12-11-2024"),
                   ("mr. Luc Vandeneynde", "inkoopjurist", "Provincie Limburg", "19-11-2024"),
                   ("Frank Dassen", "oud-gedeputeerde Mobiliteit (2019–2023), thans zelfstandig adviseur",
                    "eigen bureau", "26-11-2024"),
                   ("Chidi Okonkwo", "directeur Limburg", "Arriva Personenvervoer Nederland", "03-12-2024"),
                   ("Ingrid Wetzels", "voorzitter", "Reizigersoverleg Limburg", "10-12-2024"),
                   ("drs. Ton Hermans", "adviseur OV-aanbestedingen (extern)", "bureau Hermans & Heijnen", "14-01-2025"),
                   ("Yasmina Boukhari", "beleidsmedewerker", "Ministerie van IenW", "21-01-2025"),
                   ("Joop Coenen", "wethouder Mobiliteit", "gemeente Maastricht", "04-02-2025")],
         {"widths": [0.27, 0.35, 0.25, 0.13], "size": 8.3}),
        ("p", "Wethouder Coenen is gesproken in zijn bestuurlijke rol; zijn naam wordt in het openbare rapport genoemd. "
              "De heer Dassen is gesproken als oud-bestuurder en niet meer in functie; zijn naam wordt niet genoemd."),
        ("h2", "Onderzoeksteam"),
        ("p", "Het onderzoek is uitgevoerd door Ilse Peeters (projectleider) en Mustafa Yavuz (onderzoeker), met "
              "ondersteuning van Lonneke Janssen-Pauwels (secretariaat, 043 389 71 40). Directeur van de Rekenkamer "
              "Limburg: zie het colofon van het openbare rapport."),
        ("p", "Contact: info@rekenkamerlimburg.nl | Limburglaan 10, 6229 GA Maastricht."),
    ],
    redact=[
        R("PERSON", "Maud Keulen-Schoenmaekers", "Keulen-Schoenmaekers", "Maud"),
        R("PERSON", "Ruben Tjin-Asjoe", "Tjin-Asjoe", "Ruben"),
        R("PERSON", "Luc Vandeneynde", "Vandeneynde", "Luc"),
        R("PERSON", "Frank Dassen (ex-gedeputeerde, private role)", "Frank Dassen", "Dassen", "Frank"),
        R("PERSON", "Chidi Okonkwo", "Okonkwo", "Chidi"),
        R("PERSON", "Ingrid Wetzels", "Wetzels", "Ingrid"),
        R("PERSON", "Ton Hermans", "Ton Hermans"),
        R("PERSON", "Yasmina Boukhari", "Boukhari", "Yasmina"),
        R("PERSON", "Ilse Peeters", "Peeters", "Ilse"),
        R("PERSON", "Mustafa Yavuz", "Yavuz", "Mustafa"),
        R("PERSON", "Lonneke Janssen-Pauwels", "Janssen-Pauwels", "Lonneke"),
        R("PHONE", "043 389 71 40"),
    ],
    keep=[
        K("ORG", "Rekenkamer Limburg"), K("ORG", "Provincie Limburg"), K("ORG", "Gedeputeerde Staten"),
        K("OFFICE_HOLDER", "commissaris van de Koning Emile Roemer", "Emile Roemer"),
        K("OFFICE_HOLDER", "wethouder Coenen", "Coenen", "Joop Coenen"),
        K("ORG", "Arriva Personenvervoer Nederland"), K("ORG", "Reizigersoverleg Limburg"),
        K("ORG", "bureau Hermans & Heijnen"), K("ORG", "Ministerie van IenW"), K("ORG", "gemeente Maastricht"),
        K("TITLE", "programmamanager OV"), K("TITLE", "contractmanager concessie"), K("TITLE", "inkoopjurist"),
        K("TITLE", "oud-gedeputeerde"), K("TITLE", "beleidsmedewerker"), K("TITLE", "wethouder Mobiliteit"),
        K("MAILBOX", "info@rekenkamerlimburg.nl"), K("PLACE", "Limburglaan 10"), K("PLACE", "Maastricht"),
        K("TERM", "hoor en wederhoor"),
    ],
))


# ==========================================================================================
# ak28 minister's working visit: list of participants, hidden mailto link (Chromium)
# ==========================================================================================
add(Doc(
    id="ak28", name="werkbezoek_minister_zwolle_deelnemers", producer="chromium", size=9.5,
    title="Werkbezoek minister Keijzer aan Zwolle – programma en deelnemers", author="Bureau Bewindspersonen VRO",
    header="Ministerie van Volkshuisvesting en Ruimtelijke Ordening – Werkbezoek", footer="Versie 3, 10 maart 2025",
    links=[(0, [56, 700, 300, 716], "mailto:lotte.hazenberg@minvro.nl?subject=Aanmelding%20werkbezoek")],
    blocks=[
        ("h1", "Werkbezoek minister Keijzer aan Zwolle"),
        ("p", "Vrijdag 14 maart 2025, 13.00–16.30 uur. Thema: versnelling woningbouw in de Spoorzone en flexwonen. "
              "Aanmelden voor het persmoment via de aanmeldlink."),
        ("h2", "Programma"),
        ("table", [("Tijd", "Onderdeel", "Locatie"),
                   ("13.00", "Ontvangst door burgemeester Snijders en wethouder Monique Schuttenbeld", "Stadhuis Zwolle"),
                   ("13.30", "Rondgang Spoorzone met projectontwikkelaar en woningcorporatie", "Spoorzone, Hanzelaan"),
                   ("14.30", "Gesprek met bewoners van flexwoningen", "Wijkcentrum Holtenbroek"),
                   ("15.45", "Persmoment", "Stadhuis Zwolle"),
                   ("16.30", "Vertrek", "")], {"widths": [0.1, 0.6, 0.3]}),
        ("h2", "Deelnemers gesprek met bewoners"),
        ("table", [("Naam", "Achtergrond", "Woont sinds"),
                   ("Fatma Korkmaz", "statushouder-gezin, flexwoning", "2023"),
                   ("Sjaak Hoogeveen", "gescheiden vader, tijdelijke huur", "2024"),
                   ("Oleksandra Shevchenko", "uit Oekraïne, werkt in de zorg", "2023"),
                   ("Marit Lubbers", "student Windesheim", "2024"),
                   ("Kofi Asamoah-Berg", "starter, wachtlijst sociale huur 7 jaar", "2022")],
         {"widths": [0.3, 0.5, 0.2]}),
        ("h2", "Delegatie en contact"),
        ("p", "Minister Keijzer wordt vergezeld door woordvoerder (dienstdoend) en beleidsmedewerker Roderick Pas-"
              "Hemelrijk (DG Volkshuisvesting, 06 2418 9373). Namens Deltion College en woningcorporatie deltaWonen "
              "sluiten de directeuren aan (namen volgen). Contact ter plaatse gemeente: Jolien Smit-Ramaker, "
              "06 4372 0158, jolien.smit-ramaker@zwolle.nl. Algemeen: bewindspersonen@minvro.nl."),
    ],
    redact=[
        R("PERSON", "Lotte Hazenberg (mailto link)", "lotte.hazenberg@minvro.nl"),
        R("PERSON", "Fatma Korkmaz", "Korkmaz", "Fatma"),
        R("PERSON", "Sjaak Hoogeveen", "Hoogeveen", "Sjaak"),
        R("PERSON", "Oleksandra Shevchenko", "Shevchenko", "Oleksandra"),
        R("PERSON", "Marit Lubbers", "Lubbers", "Marit"),
        R("PERSON", "Kofi Asamoah-Berg", "Asamoah-Berg", "Kofi"),
        R("PERSON", "Roderick Pas-Hemelrijk", "Pas-Hemelrijk", "Roderick"), R("PHONE", "06 2418 9373"),
        R("PERSON", "Jolien Smit-Ramaker", "Smit-Ramaker", "Jolien", "jolien.smit-ramaker@zwolle.nl"),
        R("PHONE", "06 4372 0158"),
    ],
    keep=[
        K("ORG", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"),
        K("OFFICE_HOLDER", "minister Keijzer", "Keijzer"), K("OFFICE_HOLDER", "burgemeester Snijders", "Snijders"),
        K("OFFICE_HOLDER", "wethouder Monique Schuttenbeld", "Monique Schuttenbeld"), K("PLACE", "Zwolle"),
        K("PLACE", "Spoorzone"), K("PLACE", "Hanzelaan"), K("PLACE", "Wijkcentrum Holtenbroek"),
        K("ORG", "Windesheim"), K("ORG", "Deltion College"), K("ORG", "deltaWonen"), K("ORG", "DG Volkshuisvesting"),
        K("TITLE", "woordvoerder"), K("TITLE", "beleidsmedewerker"), K("MAILBOX", "bewindspersonen@minvro.nl"),
        K("TERM", "flexwoningen"), K("TERM", "statushouder-gezin"), K("DATE", "14 maart 2025"),
    ],
))


# ==========================================================================================
# ak29 list of incoming documents for the council (LibreOffice, two pages)
# ==========================================================================================
_ak29a = [
    ("A1", "Brief van mevrouw A. Tesfamariam over de geluidsoverlast van de A2 in de wijk Maaspoort.",
     "in handen van het college, afschrift aan Rijkswaterstaat"),
    ("A2", "E-mail van de heer P.J.M. van den Elzen, Rosmalen, over de sluiting van zwembad De Rosmalense Plas.",
     "in handen van het college ter afdoening"),
    ("A3", "Brief van de familie Oukili-Bakker over de kapvergunning voor de kastanjes aan de Vughterweg.",
     "ter kennisname; betrokken bij raadsvoorstel"),
    ("A4", "Brief van mevrouw drs. H.C. Wouters-Smulders namens bewoners van de Hinthamerstraat over "
           "terrasvergunningen.", "in handen van het college"),
    ("A5", "E-mail van de heer Kwame Boadu over discriminatie bij de woningtoewijzing.",
     "in handen van het college; afschrift aan Radar"),
]
_ak29b = [
    ("B1", "Brief van de Vereniging Binnenstad 's-Hertogenbosch over de evaluatie van de parkeervisie.", "ter kennisname"),
    ("B2", "Jaarverslag 2024 van Stichting Bossche Erfgoedcollectie.", "ter kennisname"),
    ("B3", "Zienswijze van Gedeputeerde Staten van Noord-Brabant op het concept-omgevingsplan.",
     "betrokken bij raadsvoorstel 2025-041"),
    ("B4", "Brief van de Veiligheidsregio Brabant-Noord over de begrotingswijziging 2025.", "agenderen commissie Bestuur"),
]
_ak29c = [
    ("C1", "Raadsinformatiebrief van burgemeester Mikkers over de inzet van cameratoezicht tijdens Carnaval "
           "(Oeteldonk).", "ter kennisname"),
    ("C2", "Raadsinformatiebrief van het college over de voortgang van het project Dieze-Oost; contactpersoon "
           "ambtelijk: Martine Schellekens-Verbeek (06 1599 4402).", "ter kennisname"),
    ("C3", "Beantwoording schriftelijke vragen van de fractie Rosmalens Belang over de kastanjes aan de Vughterweg "
           "(brief van de familie Oukili-Bakker, A3).", "ter kennisname"),
]

add(Doc(
    id="ak29", name="lijst_ingekomen_stukken_denbosch", producer="lo", size=9.5,
    title="Lijst van ingekomen stukken raadsvergadering 8 juli 2025", author="Griffie 's-Hertogenbosch",
    header="Gemeenteraad 's-Hertogenbosch – Lijst van ingekomen stukken", footer="Raadsvergadering 8 juli 2025 – griffie",
    comments=[("A5", "Heijnen, Lisette", "Dhr. Boadu wil niet dat zijn naam op de openbare lijst komt; anonimiseren.")],
    blocks=[
        ("h1", "Lijst van ingekomen stukken"),
        ("p", "Raadsvergadering dinsdag 8 juli 2025. Voorzitter: burgemeester Jack Mikkers. De raad wordt voorgesteld de "
              "stukken af te doen zoals aangegeven. Stukken van inwoners liggen in te zien bij de griffie; hun namen "
              "worden op de openbare lijst geanonimiseerd."),
        ("h2", "A. Brieven van inwoners"),
        ("table", [("Nr", "Omschrijving", "Voorstel afdoening")] + _ak29a, {"widths": [0.06, 0.64, 0.3]}),
        ("h2", "B. Brieven van organisaties en andere overheden"),
        ("table", [("Nr", "Omschrijving", "Voorstel afdoening")] + _ak29b, {"widths": [0.06, 0.64, 0.3]}),
        ("pagebreak",),
        ("h2", "C. Stukken van het college en de burgemeester"),
        ("table", [("Nr", "Omschrijving", "Voorstel afdoening")] + _ak29c, {"widths": [0.06, 0.64, 0.3]}),
        ("h2", "D. Toezeggingen"),
        ("p", "Wethouder Mike van der Geld zegt toe de raad vóór 1 oktober te informeren over de zwembaden in Rosmalen "
              "(naar aanleiding van A2). De griffie houdt de toezeggingenlijst bij."),
        ("p", "Griffier: drs. Lisette Heijnen. Informatie: griffie@s-hertogenbosch.nl of 14 073."),
    ],
    redact=[
        R("PERSON", "A. Tesfamariam", "Tesfamariam"),
        R("PERSON", "P.J.M. van den Elzen", "van den Elzen"),
        R("PERSON", "familie Oukili-Bakker", "Oukili-Bakker"),
        R("PERSON", "H.C. Wouters-Smulders", "Wouters-Smulders"),
        R("PERSON", "Kwame Boadu", "Boadu", "Kwame"),
        R("PERSON", "Martine Schellekens-Verbeek", "Schellekens-Verbeek", "Martine"), R("PHONE", "06 1599 4402"),
        R("PERSON", "Lisette Heijnen (griffier)", "Heijnen", "Lisette"),
    ],
    keep=[
        K("ORG", "Gemeenteraad 's-Hertogenbosch"), K("PLACE", "'s-Hertogenbosch"),
        K("OFFICE_HOLDER", "burgemeester Jack Mikkers", "Jack Mikkers"),
        K("OFFICE_HOLDER", "burgemeester Mikkers", "burgemeester Mikkers"),
        K("OFFICE_HOLDER", "wethouder Mike van der Geld", "Mike van der Geld"), K("PLACE", "Maaspoort"),
        K("PLACE", "Rosmalen"), K("PLACE", "Vughterweg"), K("PLACE", "Hinthamerstraat"), K("ORG", "Rijkswaterstaat"),
        K("ORG", "Radar"), K("ORG", "Vereniging Binnenstad 's-Hertogenbosch"),
        K("ORG", "Stichting Bossche Erfgoedcollectie"), K("ORG", "Gedeputeerde Staten van Noord-Brabant"),
        K("ORG", "Veiligheidsregio Brabant-Noord"), K("ORG", "Rosmalens Belang"), K("PLACE", "Oeteldonk"),
        K("PROGRAMME", "Dieze-Oost"), K("TITLE", "Griffier"), K("MAILBOX", "griffie@s-hertogenbosch.nl"),
        K("SWITCHBOARD", "14 073"), K("TERM", "ter kennisname"), K("TERM", "Raadsinformatiebrief"),
        K("ORG", "De Rosmalense Plas"),
    ],
))


# ==========================================================================================
# ak30 petition signature list, scanned image-only (via LibreOffice)
# ==========================================================================================
_ak30 = [
    ("1", "Anna-Lena Vos", "Linnaeusstraat 12-3", "1093 EJ", "A. Vos"),
    ("2", "Mohamed Bakkali", "Wijttenbachstraat 40-1", "1093 JC", "M. Bakkali"),
    ("3", "Sabine de Groot-Ruiter", "Oosterpark 71", "1092 AS", "S. de Groot"),
    ("4", "Kwaku Mensah", "Tweede van Swindenstraat 8-H", "1093 VR", "K. Mensah"),
    ("5", "Lucia Ferreira", "Beukenweg 3-2", "1092 AZ", "L. Ferreira"),
    ("6", "Bart-Jan Koopman", "Mauritskade 59", "1092 AD", "BJ Koopman"),
    ("7", "Zeynep Aksoy", "Eerste van Swindenstraat 22", "1093 GB", "Z. Aksoy"),
    ("8", "Hendrika Wolters-Pool", "Linnaeusparkweg 101", "1098 CZ", "H. Wolters"),
    ("9", "Tesfay Gebremariam", "Pontanusstraat 15", "1093 SB", "T. Gebremariam"),
    ("10", "Marek Wiśniewski", "Oosterparkstraat 2-4", "1091 LD", "M. Wisniewski"),
    ("11", "Noura Benhammou", "Linnaeusstraat 88-2", "1093 EM", "N. Benhammou"),
    ("12", "Pim van Rossum", "Ruyschstraat 19-1", "1091 BV", "P. v. Rossum"),
    ("13", "Ekaterina Volkova", "Camperstraat 33-3", "1091 AE", "E. Volkova"),
    ("14", "Dennis Asamoah", "Oosterparkstraat 110", "1092 AL", "D. Asamoah"),
    ("15", "Femke Lieverse", "Swammerdamstraat 7", "1091 RS", "F. Lieverse"),
    ("16", "Li Na Huang", "Blasiusstraat 64-1", "1091 CW", "Huang L.N."),
]

add(Doc(
    id="ak30", name="petitie_speeltuin_oosterpark_scan", producer="scan", size=10.5,
    title="Scan petitie speeltuin", author="", producer_name="Xerox WorkCentre 7845", creator="Xerox WorkCentre 7845",
    scan={"via": "lo", "ocr_layer": False, "skew": -0.9, "noise": 8, "seed": 30},
    header="Petitie aan de gemeenteraad van Amsterdam en het bestuur van stadsdeel Oost",
    footer="Ingeleverd bij de Raadsgriffie op 2 juni 2025 – blad 1 van 14",
    blocks=[
        ("h1", "Petitie: Behoud de Speeltuin Oosterpark"),
        ("p", "Wij, bewoners van de Oosterparkbuurt en de Dapperbuurt, vragen de gemeenteraad om de speeltuin in het "
              "Oosterpark niet te sluiten maar op te knappen. Wij vragen wethouder Touria Meliani om met de "
              "speeltuinvereniging in gesprek te gaan."),
        ("table", [("Nr", "Naam", "Adres", "Postcode", "Handtekening")] + _ak30,
         {"widths": [0.05, 0.26, 0.36, 0.12, 0.21], "size": 10, "sig": [4]}),
        ("p", "Initiatiefnemer: Speeltuinvereniging Oosterpark, info@speeltuinoosterpark.nl."),
    ],
    redact=[
        R("PERSON", "Anna-Lena Vos", "Anna-Lena Vos", "A. Vos"), R("ADDRESS", "Linnaeusstraat 12-3"),
        R("PERSON", "Mohamed Bakkali", "Bakkali", "Mohamed"), R("ADDRESS", "Wijttenbachstraat 40-1"),
        R("PERSON", "Sabine de Groot-Ruiter", "de Groot-Ruiter", "Sabine", "S. de Groot"), R("ADDRESS", "Oosterpark 71"),
        R("PERSON", "Kwaku Mensah", "Mensah", "Kwaku"), R("ADDRESS", "Tweede van Swindenstraat 8-H"),
        R("PERSON", "Lucia Ferreira", "Ferreira", "Lucia"), R("ADDRESS", "Beukenweg 3-2"),
        R("PERSON", "Bart-Jan Koopman", "Koopman", "Bart-Jan"), R("ADDRESS", "Mauritskade 59"),
        R("PERSON", "Zeynep Aksoy", "Aksoy", "Zeynep"), R("ADDRESS", "Eerste van Swindenstraat 22"),
        R("PERSON", "Hendrika Wolters-Pool", "Wolters-Pool", "Hendrika", "H. Wolters"),
        R("ADDRESS", "Linnaeusparkweg 101"),
        R("PERSON", "Tesfay Gebremariam", "Gebremariam", "Tesfay"), R("ADDRESS", "Pontanusstraat 15"),
        R("PERSON", "Marek Wiśniewski", "Wiśniewski", "Marek", "M. Wisniewski"), R("ADDRESS", "Oosterparkstraat 2-4"),
        R("PERSON", "Noura Benhammou", "Benhammou", "Noura"), R("ADDRESS", "Linnaeusstraat 88-2"),
        R("PERSON", "Pim van Rossum", "van Rossum", "Pim", "P. v. Rossum"), R("ADDRESS", "Ruyschstraat 19-1"),
        R("PERSON", "Ekaterina Volkova", "Volkova", "Ekaterina"), R("ADDRESS", "Camperstraat 33-3"),
        R("PERSON", "Dennis Asamoah", "Asamoah", "Dennis"), R("ADDRESS", "Oosterparkstraat 110"),
        R("PERSON", "Femke Lieverse", "Lieverse", "Femke"), R("ADDRESS", "Swammerdamstraat 7"),
        R("PERSON", "Li Na Huang", "Huang", "Li Na", "Huang L.N."), R("ADDRESS", "Blasiusstraat 64-1"),
        R("POSTCODE", "postcodes", "1093 EJ", "1093 JC", "1092 AS", "1093 VR", "1092 AZ", "1092 AD", "1093 GB",
          "1098 CZ", "1093 SB", "1091 LD", "1093 EM", "1091 BV", "1091 AE", "1092 AL", "1091 RS", "1091 CW"),
    ],
    keep=[],
))
