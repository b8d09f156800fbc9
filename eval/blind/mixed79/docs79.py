"""Documents of set mixed79: an OD NZKG / provincie Noord-Holland enforcement dossier (Woo release).
All persons are invented (persons79.py); organisations, places, laws are real."""
from persons79 import *  # noqa: F401,F403
from persons79 import P


def K(kind, *texts):
    return [(kind, t) for t in texts]


ODHDR = "Omgevingsdienst Noordzeekanaalgebied  |  Ebbehout 31, 1507 EA Zaandam  |  088 567 0200  |  info@odnzkg.nl"
ODFTR = "OD NZKG"
PNHHDR = "Provincie Noord-Holland  |  Houtplein 33, 2012 DE Haarlem  |  Postbus 3007, 2001 DA Haarlem"

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ============================================================== mz01 inventarislijst
doc(id="mz01", producer="rl", font="Helvetica", size=9, header=ODHDR, footer="Woo-2026-0417 inventarislijst",
    title="Inventarislijst Woo-besluit Woo-2026-0417", colw=[0.6, 3.4, 1.2, 1.3, 0.9, 2.6],
    body=[
        "# Inventarislijst bij besluit op Woo-verzoek Woo-2026-0417",
        "Verzoek van 2 september 2026 van de Milieufederatie Noord-Holland om documenten over toezicht en handhaving "
        "bij bedrijven in de Zaanstreek en Velsen-Noord in de periode 1 januari 2025 tot en met 31 augustus 2026. "
        "Behandeld door: Femke Lagerwerf, Woo-coördinator (f.lagerwerf@odnzkg.nl, 088 567 0419). "
        "Vragen over deze lijst kunnen ook worden gesteld via woo@odnzkg.nl.",
        "|Nr.|Document|Datum|Beoordeling|Grond|Opmerking",
        "|1|Inspectierapport Zaanstreek Metaalveredeling B.V., Z-25-104877|12-03-2025|deels openbaar|5.1.2e|namen en telefoonnummers toezichthouders",
        "|2|Inspectierapport Bodemzorg Westpoort B.V., Z-25-098120|08-05-2025|deels openbaar|5.1.2e|",
        "|3|Voornemen last onder dwangsom Autodemontage Kuipers, Z-25-112503|14-10-2025|deels openbaar|5.1.2e|eenmanszaak: naam en adres eigenaar",
        "|4|Besluit last onder dwangsom, Z-25-112503|25-11-2025|deels openbaar|5.1.2e|",
        "|5|Last onder dwangsom Velsen Staalbewerking B.V., Z-26-003311|19-02-2026|deels openbaar|5.1.2e|",
        "|6|Meldingen geluid en geur (M25-18834 e.v.)|2025-2026|deels openbaar|5.1.2e, 5.1.1d|gezondheidsgegevens melders",
        "|7|Handgeschreven brief omwonende|03-11-2025|deels openbaar|5.1.2e, 5.1.1d|",
        "|8|E-mailwisseling toezicht en juridische zaken|oktober 2025|deels openbaar|5.1.2e|",
        "|9|E-mail DCMR Milieudienst Rijnmond over geurmetingen|17-06-2025|deels openbaar|5.1.2e|",
        "|10|Verslag overleg handhaving Lagedijk|20-11-2025|deels openbaar|5.1.2e, 5.2.1|",
        "|11|Memo aan gedeputeerde Olthof|09-01-2026|deels openbaar|5.1.2e|",
        "|12|Omgevingsvergunning Krommenie Kunststof Recycling B.V., OV-2025-0733|30-07-2025|deels openbaar|5.1.2e|",
        "|13|Meetrapport geluid Symon Spiersweg|24-04-2025|deels openbaar|5.1.2e|initialen meters",
        "|14|Meetresultaten geur en benzeen Westpoort|11-06-2025|deels openbaar|5.1.2e|",
        "|15|Interne notitie invordering dwangsom|15-04-2026|deels openbaar|5.1.2e, 5.2.1|",
        "|16|Telefoonnotitie melder|06-10-2025|deels openbaar|5.1.2e, 5.1.1d|",
        "|17|Presentatie bestuurlijk overleg VTH|26-03-2026|openbaar||",
        "Het besluit is genomen namens het dagelijks bestuur van de Omgevingsdienst Noordzeekanaalgebied. "
        "Documenten die al openbaar zijn (zoals de Omgevingswet, het Besluit activiteiten leefomgeving en het "
        "Uitvoeringsprogramma VTH 2026) zijn niet opnieuw bijgevoegd.",
    ],
    redact=[LAGERWERF],
    keep=K("ORG", "Milieufederatie Noord-Holland", "Zaanstreek Metaalveredeling B.V.", "Bodemzorg Westpoort B.V.",
           "Velsen Staalbewerking B.V.", "Krommenie Kunststof Recycling B.V.", "DCMR Milieudienst Rijnmond",
           "Omgevingsdienst Noordzeekanaalgebied")
    + K("REF", "Woo-2026-0417", "Z-25-104877", "Z-25-098120", "Z-25-112503", "Z-26-003311", "OV-2025-0733", "M25-18834")
    + K("PLACE", "Zaanstreek", "Velsen-Noord", "Zaandam")
    + K("LAW", "Omgevingswet", "Besluit activiteiten leefomgeving")
    + K("MAIL", "woo@odnzkg.nl", "info@odnzkg.nl") + K("PHONE", "088 567 0200")
    + K("OFFICE", "gedeputeerde Olthof") + K("TITLE", "Woo-coördinator") + K("GROUND", "5.1.1d"),
    )

# ============================================================== mz02 Woo-besluit (docx)
doc(id="mz02", producer="docx", font="Calibri", header=ODHDR, footer="Kenmerk U-26-011842",
    title="Besluit op uw Woo-verzoek", author="OD NZKG Juridische Zaken", space_after=2, size=10,
    body=[
        "Milieufederatie Noord-Holland",
        "t.a.v. de heer D. Overmars",
        "Postbus 1074",
        "1000 BB Amsterdam",
        "",
        "Zaandam, 28 oktober 2026",
        "Ons kenmerk: U-26-011842        Uw kenmerk: MFNH/2026/088        Zaaknummer: Woo-2026-0417",
        "Onderwerp: besluit op uw verzoek op grond van de Wet open overheid",
        "",
        "Geachte heer Overmars,",
        "Op 2 september 2026 hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U vraagt om "
        "documenten over het toezicht en de handhaving door de Omgevingsdienst Noordzeekanaalgebied (OD NZKG) bij "
        "bedrijven in Zaandam, Zaandijk, Krommenie, Amsterdam-Westpoort en Velsen-Noord. Op 16 september 2026 "
        "hebben wij u telefonisch gesproken over de reikwijdte van uw verzoek; u heeft het verzoek toen beperkt tot "
        "vijf dossiers. Bij brief van 14 oktober 2026 is de beslistermijn met twee weken verdaagd.",
        "## Besluit",
        "Wij besluiten de documenten die onder uw verzoek vallen deels openbaar te maken. De documenten staan op de "
        "inventarislijst (bijlage 1). Persoonsgegevens zijn weggelakt op grond van artikel 5.1, tweede lid, "
        "aanhef en onder e, van de Woo; gegevens over gezondheid van melders op grond van artikel 5.1, eerste lid, "
        "aanhef en onder d, van de Woo.",
        "## Zienswijzen",
        "Vijf bedrijven zijn in de gelegenheid gesteld een zienswijze te geven. Velsen Staalbewerking B.V. heeft "
        "op 7 oktober 2026 laten weten geen bezwaar te hebben. Bodemzorg Westpoort B.V. vroeg via de heer Olgers om "
        "lakken van bedrijfsgegevens in het inspectierapport; wij volgen dat niet, omdat het om "
        "emissiegegevens gaat (artikel 5.1, zesde lid, van de Woo). De eigenaar van de eenmanszaak, de heer "
        "Kuipers, heeft niet gereageerd. Omdat zijn naam ook de handelsnaam is, lakken wij de naam overal.",
        "## Namen van medewerkers",
        "Namen, telefoonnummers en e-mailadressen van medewerkers van de OD NZKG, de provincie Noord-Holland, "
        "DCMR Milieudienst Rijnmond en Rijkswaterstaat maken wij niet openbaar. Zij treden niet in de openbaarheid. "
        "De namen van bestuurders, zoals gedeputeerde Olthof en burgemeester Hamming van Zaanstad, zijn wel "
        "openbaar. Het algemene telefoonnummer 088 567 0200 en de functionele mailbox woo@odnzkg.nl blijven staan.",
        "=PAGE",
        "## Openbaarmaking",
        "De documenten worden vijf werkdagen na verzending van dit besluit geplaatst op de website van de OD NZKG "
        "en op open.overheid.nl. Bezwaar kan binnen zes weken worden gemaakt bij het dagelijks bestuur van de "
        "Omgevingsdienst Noordzeekanaalgebied, Postbus 1046, 1500 EA Zaandam, op grond van de Algemene wet "
        "bestuursrecht (Awb).",
        "Voor vragen kunt u contact opnemen met mevrouw F. Lagerwerf via f.lagerwerf@odnzkg.nl of "
        "088 567 0419. U kunt ook mailen naar woo@odnzkg.nl onder vermelding van Woo-2026-0417.",
        "",
        "Met vriendelijke groet,",
        "namens het dagelijks bestuur van de Omgevingsdienst Noordzeekanaalgebied,",
        "@sig G. Pronk",
        "Gerard Pronk",
        "afdelingsmanager Handhaving",
        "",
        "Afschrift: d.overmars@mfnh.nl",
        "Bijlagen: 1. inventarislijst; 2. documenten (17)",
    ],
    redact=[OVERMARS, LAGERWERF, PRONK, P("initials D. Overmars", "D. Overmars"),
            P("initials F. Lagerwerf", "F. Lagerwerf"), P("initials G. Pronk", "G. Pronk"),
            P("surname Olgers (company director, private)", "Olgers")],
    keep=K("ORG", "Milieufederatie Noord-Holland", "Omgevingsdienst Noordzeekanaalgebied", "OD NZKG",
           "Velsen Staalbewerking B.V.", "Bodemzorg Westpoort B.V.", "DCMR Milieudienst Rijnmond",
           "Rijkswaterstaat", "provincie Noord-Holland")
    + K("PLACE", "Zaandam", "Zaandijk", "Krommenie", "Amsterdam-Westpoort", "Velsen-Noord")
    + K("LAW", "Wet open overheid", "Algemene wet bestuursrecht", "Awb")
    + K("REF", "U-26-011842", "Woo-2026-0417", "MFNH/2026/088")
    + K("OFFICE", "gedeputeerde Olthof", "burgemeester Hamming") + K("PLACE", "Zaanstad")
    + K("MAIL", "woo@odnzkg.nl") + K("PHONE", "088 567 0200") + K("TITLE", "afdelingsmanager Handhaving")
    + K("URL", "open.overheid.nl") + K("ADDR", "Postbus 1046, 1500 EA Zaandam"),
    )

# ============================================================== mz03 inspectierapport ZMV (Times)
doc(id="mz03", producer="rl", font="Times", size=10.5, header=ODHDR, footer="Inspectierapport Z-25-104877",
    title="Inspectierapport Zaanstreek Metaalveredeling B.V.", author="Thijs Oudejans",
    body=[
        "# Inspectierapport milieu",
        "|Gegeven|Waarde",
        "|Inrichting|Zaanstreek Metaalveredeling B.V.",
        "|Adres|Symon Spiersweg 17, 1506 RZ Zaandam",
        "|Activiteit|Oppervlaktebehandeling van metalen (thermisch verzinken en poedercoaten)",
        "|Zaaknummer|Z-25-104877",
        "|Datum bezoek|12 maart 2025, 09.30 - 12.15 uur (onaangekondigd)",
        "|Toezichthouder|Thijs Oudejans, legitimatienummer TH-0417, mobiel 06-41 83 27 59",
        "|Tweede toezichthouder|Nadia Bouzerda, legitimatienummer TH-0388",
        "|Aanwezig namens bedrijf|Dennis Koeleman (bedrijfsleider), Yvette Smalbrugge (KAM-coördinator)",
        "## 1. Aanleiding",
        "Het bezoek vond plaats naar aanleiding van meldingen over geur- en geluidshinder uit de wijk Rosmolenwijk "
        "(meldingen M25-18834, M25-18902 en M25-19017) en in het kader van het Uitvoeringsprogramma VTH 2025 van de "
        "OD NZKG. Het bedrijf valt sinds 1 januari 2024 onder de Omgevingswet; de milieubelastende activiteiten "
        "zijn gereguleerd in het Besluit activiteiten leefomgeving (Bal), hoofdstuk 3 en 4.",
        "## 2. Bevindingen",
        "- Het zinkbad (inhoud circa 180 m3) was afgezogen, maar de afzuigkap aan de noordzijde stond open. Uit de "
        "kap ontsnapte zichtbaar zinkdamp (zinkoxide en zinkchloride). Volgens de heer Koeleman stond de kap open "
        "wegens onderhoud aan de takel.",
        "- In de beitserij lagen twee IBC's met zoutzuur (HCl, 18 %) buiten de lekbak. Dit is in strijd met "
        "artikel 4.104 Bal (opslag van gevaarlijke stoffen).",
        "- Het logboek van de stofwasser was bijgewerkt tot en met 3 februari 2025. Mevrouw Smalbrugge gaf aan dat "
        "de registratie daarna digitaal is voortgezet; dit is niet getoond.",
        "- De roldeur van de poedercoatlijn aan de zijde van de Symon Spiersweg stond tijdens het bezoek open. In "
        "de maatwerkvoorschriften van 2021 is bepaald dat deze deur gesloten blijft tussen 19.00 en 07.00 uur.",
        "- De PGS 15-opslag voor poedercoatings en oplosmiddelen (xyleen, butylacetaat) was op orde.",
        "## 3. Overtredingen en vervolg",
        "Er zijn twee overtredingen vastgesteld (zinkdamp en opslag zoutzuur). Het bedrijf krijgt een "
        "waarschuwingsbrief met een hersteltermijn van vier weken. Bij een hercontrole na afloop van die termijn "
        "wordt volgens de Landelijke Handhavingsstrategie (LHS) een last onder dwangsom overwogen.",
        "De heer Koeleman is op 12 maart 2025 mondeling geïnformeerd. Hij is bereikbaar op 06-2433 9015 en via "
        "d.koeleman@zmv-zaandam.nl. Mevrouw Smalbrugge stuurt het digitale logboek na aan "
        "t.oudejans@odnzkg.nl.",
        "=PAGE",
        "## 4. Foto's en bijlagen",
        "Bij dit rapport horen zeven foto's (genummerd ZMV-01 tot en met ZMV-07), gemaakt door toezichthouder "
        "Bouzerda. Op foto ZMV-04 is een medewerker herkenbaar; deze foto wordt niet gepubliceerd.",
        "## 5. Ondertekening",
        "Dit rapport is op ambtseed opgemaakt door de toezichthouder als bedoeld in artikel 5:11 van de Algemene "
        "wet bestuursrecht (Awb).",
        "|Naam|Functie|Paraaf|Datum",
        "|Thijs Oudejans|toezichthouder milieu|TO|14-03-2025",
        "|Nadia Bouzerda|toezichthouder milieu|NBo|14-03-2025",
        "|Ingrid Kroonenberg|teamleider Toezicht Industrie|IK|17-03-2025",
        "",
        "Vragen over dit rapport: Klantcontactcentrum OD NZKG, 088 567 0200, info@odnzkg.nl.",
    ],
    redact=[OUDEJANS, BOUZERDA, KOELEMAN, SMALBRUGGE, KROONENBERG,
            P("paraph TO", "TO", kind="INITIALS"), P("paraph NBo", "NBo", kind="INITIALS"),
            P("paraph IK", "IK", kind="INITIALS")],
    keep=K("ORG", "Zaanstreek Metaalveredeling B.V.", "OD NZKG") + K("ADDR", "Symon Spiersweg 17", "1506 RZ Zaandam")
    + K("STREET", "Symon Spiersweg") + K("REF", "Z-25-104877", "M25-18834", "M25-18902", "M25-19017")
    + K("PLACE", "Rosmolenwijk") + K("LAW", "Omgevingswet", "Besluit activiteiten leefomgeving", "Bal",
                                      "Algemene wet bestuursrecht", "Landelijke Handhavingsstrategie")
    + K("SUBST", "zinkoxide", "zinkchloride", "zoutzuur", "xyleen", "butylacetaat", "PGS 15")
    + K("TITLE", "toezichthouder milieu", "teamleider Toezicht Industrie", "bedrijfsleider", "KAM-coördinator")
    + K("PHONE", "088 567 0200") + K("MAIL", "info@odnzkg.nl") + K("PROG", "Uitvoeringsprogramma VTH 2025"),
    )

# ============================================================== mz04 inspectierapport Bodemzorg (docx)
doc(id="mz04", producer="docx", font="Arial", size=10, header=ODHDR, footer="Z-25-098120 / rapport",
    title="Controlerapport Bodemzorg Westpoort", author="Nadia Bouzerda",
    body=[
        "# Controlerapport afvalverwerking",
        "|Onderdeel|Gegevens",
        "|Bedrijf|Bodemzorg Westpoort B.V.",
        "|Vestigingsadres|Australiëhavenweg 100, 1045 BB Amsterdam",
        "|Activiteit|Opslag en reiniging van verontreinigde grond, tijdelijke opslag baggerspecie",
        "|Zaaknummer / kenmerk|Z-25-098120 / INS-25-2231",
        "|Datum en tijd|8 mei 2025, 07.45 - 10.30 uur",
        "|Toezichthouders|N. Bouzerda (TH-0388), W. van der Horst (TH-0452)",
        "|Contactpersoon bedrijf|F. Olgers, directeur; A. Pauw, ploegleider",
        "## Aanleiding",
        "Rijkswaterstaat (Waterdienst, meldpunt water) meldde op 29 april 2025 een oliefilm op het Noordzeekanaal "
        "ter hoogte van de Australiëhaven. Omdat Bodemzorg Westpoort B.V. een lozingspunt op de haven heeft, is "
        "samen met Rijkswaterstaat besloten tot een gezamenlijke controle. De lozing op oppervlaktewater valt "
        "onder het bevoegd gezag van Rijkswaterstaat (watervergunning); de grondreiniging onder de provincie "
        "Noord-Holland als bevoegd gezag voor deze Bal-activiteit, met de OD NZKG als uitvoerder.",
        "## Bevindingen",
        "1. De olie-waterscheider (OWAS) achter hal 3 was verzadigd; het slibvolume was niet gemeten sinds "
        "januari 2025. De heer Pauw gaf aan dat de leverancier (Aquaclean Services) in mei zou komen.",
        "2. In depot D4 lag circa 2.400 ton grond met PFAS-gehalten boven de achtergrondwaarde, zonder "
        "afdekking. Volgens het acceptatieregister (AV-beleid) hoort deze partij in de overdekte loods.",
        "3. Het monsternamepunt vóór het lozingspunt was niet bereikbaar door opgeslagen big bags.",
        "4. De registratie in het Landelijk Meldpunt Afvalstoffen (LMA) was volledig.",
        "## Conclusie",
        "Bevinding 2 is een overtreding van de voorschriften over opslag van verontreinigde grond (Bal, "
        "paragraaf 3.5.6) en het Besluit bodemkwaliteit. Bevinding 1 en 3 zijn door Rijkswaterstaat "
        "opgepakt onder de Waterwet-regels die in de Omgevingswet zijn opgegaan.",
        "=PAGE",
        "## Afspraken",
        "- Bodemzorg Westpoort B.V. dekt depot D4 binnen 48 uur af en stuurt een foto naar "
        "n.bouzerda@odnzkg.nl.",
        "- De heer Olgers stuurt uiterlijk 22 mei 2025 het onderhoudsrapport van de OWAS.",
        "- Hercontrole in week 22 door toezichthouder Van der Horst.",
        "Contact Rijkswaterstaat: Mirjam Tjoa, adviseur waterkwaliteit, 06-3112 8740 "
        "(mirjam.tjoa@rws.nl). Algemeen: Rijkswaterstaat 0800-8002.",
        "",
        "Opgemaakt te Zaandam op 9 mei 2025.",
        "Nadia Bouzerda, toezichthouder milieu",
        "Wouter van der Horst, toezichthouder milieu",
    ],
    redact=[BOUZERDA, VANDERHORST, OLGERS, PAUW, TJOA, P("initials N. Bouzerda", "N. Bouzerda"),
            P("initials W. van der Horst", "W. van der Horst"), P("badge TH-0452", "TH-0452", kind="BADGE"),
            P("initials F. Olgers", "F. Olgers"), P("initials A. Pauw", "A. Pauw")],
    keep=K("ORG", "Bodemzorg Westpoort B.V.", "Rijkswaterstaat", "OD NZKG", "Aquaclean Services",
           "Landelijk Meldpunt Afvalstoffen", "provincie Noord-Holland")
    + K("ADDR", "Australiëhavenweg 100", "1045 BB Amsterdam") + K("PLACE", "Noordzeekanaal", "Australiëhaven", "Zaandam")
    + K("REF", "Z-25-098120", "INS-25-2231") + K("SUBST", "PFAS", "OWAS")
    + K("LAW", "Besluit bodemkwaliteit", "Omgevingswet", "Waterwet", "Bal")
    + K("TITLE", "toezichthouder milieu", "adviseur waterkwaliteit", "directeur", "ploegleider")
    + K("PHONE", "0800-8002"),
    )

# ============================================================== mz05 voornemen LOD eenmanszaak (DejaVu)
doc(id="mz05", producer="rl", font="DejaVu", size=9.5, header=ODHDR, footer="Z-25-112503 voornemen",
    title="Voornemen last onder dwangsom", author="Eline Westerbeek",
    body=[
        "Aangetekend en per gewone post",
        "De heer R.J. Kuipers",
        "h.o.d.n. Autodemontage Kuipers",
        "Lagedijk 212",
        "1544 BL Zaandijk",
        "",
        "Zaandam, 14 oktober 2025",
        "Zaaknummer: Z-25-112503    Kenmerk: U-25-093318",
        "Behandeld door: E. Westerbeek, handhavingsjurist, 088 567 0342",
        "Onderwerp: voornemen tot het opleggen van een last onder dwangsom",
        "",
        "Geachte heer Kuipers,",
        "Op 23 september 2025 heeft toezichthouder T. Oudejans een controle uitgevoerd bij uw bedrijf "
        "Autodemontage Kuipers op het perceel Lagedijk 212 in Zaandijk. U drijft dit bedrijf als eenmanszaak. "
        "Daarbij zijn de volgende overtredingen geconstateerd:",
        "- op het onverharde deel van het perceel stonden 14 autowrakken en 3 bestelbussen zonder vloeistofdichte "
        "voorziening (artikel 4.474 Besluit activiteiten leefomgeving);",
        "- motorolie en koelvloeistof werden afgetapt boven een open put zonder olie-afscheider;",
        "- er werd gedemonteerd na 19.00 uur met een slijptol en een pneumatische moersleutel, terwijl de "
        "omgevingsvergunning uit 2009 (Wabo) werktijden tot 18.00 uur toestaat.",
        "Eerder, op 6 mei 2025, bent u schriftelijk gewaarschuwd (kenmerk U-25-041207). Bij de hercontrole bleek "
        "dat de situatie niet was verbeterd.",
        "## Voorgenomen last",
        "Namens het college van burgemeester en wethouders van Zaanstad, dat bevoegd gezag is, is de OD NZKG van "
        "plan u een last onder dwangsom op te leggen (artikel 5:32 Awb en artikel 18.1a Omgevingswet). U moet "
        "binnen vier weken na het besluit:",
        "1. alle autowrakken van het onverharde terrein verwijderen of plaatsen op een vloeistofdichte vloer;",
        "2. het aftappen van vloeistoffen staken totdat een olie-afscheider volgens NEN-EN 858 is geplaatst;",
        "3. na 18.00 uur geen demontagewerkzaamheden meer verrichten.",
        "De dwangsom bedraagt € 2.500 per week waarin niet aan de last is voldaan, met een maximum van € 25.000.",
        "=PAGE",
        "## Zienswijze",
        "U kunt binnen twee weken na dagtekening van deze brief uw zienswijze geven (artikel 4:8 Awb), "
        "schriftelijk of mondeling. Voor een afspraak kunt u bellen met mevrouw Westerbeek, 088 567 0342, of "
        "mailen naar e.westerbeek@odnzkg.nl. U mag ook reageren via juridischezaken@odnzkg.nl.",
        "Wij hebben uw mobiele nummer 06-1290 4471 en e-mailadres ruudkuipers68@gmail.com uit het dossier; "
        "een kopie van deze brief is per e-mail verzonden.",
        "",
        "Met vriendelijke groet,",
        "namens het college van burgemeester en wethouders van Zaanstad,",
        "de teamleider Juridische Zaken van de Omgevingsdienst Noordzeekanaalgebied,",
        "@sig M. Sleutjes",
        "M. Sleutjes",
        "",
        "Afschrift: gemeente Zaanstad, afdeling Vergunningen, Toezicht en Handhaving; Politie Eenheid "
        "Noord-Holland, team Milieu.",
    ],
    redact=[KUIPERS, KUIPERS_ADDR, WESTERBEEK, OUDEJANS, SLEUTJES, P("initials R.J. Kuipers", "R.J. Kuipers"),
            P("initials E. Westerbeek", "E. Westerbeek"), P("initials T. Oudejans", "T. Oudejans"),
            P("initials M. Sleutjes", "M. Sleutjes")],
    keep=K("ORG", "OD NZKG", "Omgevingsdienst Noordzeekanaalgebied", "Politie Eenheid Noord-Holland")
    + K("PLACE", "Zaanstad") + K("REF", "Z-25-112503", "U-25-093318", "U-25-041207")
    + K("LAW", "Besluit activiteiten leefomgeving", "Wabo", "Awb", "Omgevingswet", "NEN-EN 858")
    + K("TITLE", "handhavingsjurist", "teamleider Juridische Zaken", "toezichthouder")
    + K("MAIL", "juridischezaken@odnzkg.nl") + K("AMOUNT", "€ 2.500", "€ 25.000"),
    )

# ============================================================== mz06 besluit LOD (docx)
doc(id="mz06", producer="docx", font="Times New Roman", size=11, header=ODHDR, footer="Besluit Z-25-112503",
    title="Besluit last onder dwangsom", author="Eline Westerbeek",
    body=[
        "De heer R.J. Kuipers",
        "Lagedijk 212",
        "1544 BL Zaandijk",
        "",
        "Zaandam, 25 november 2025",
        "Zaaknummer: Z-25-112503    Kenmerk: U-25-104466",
        "Onderwerp: besluit last onder dwangsom Autodemontage Kuipers",
        "",
        "Geachte heer Kuipers,",
        "Bij brief van 14 oktober 2025 (kenmerk U-25-093318) hebben wij u laten weten dat wij van plan waren u een "
        "last onder dwangsom op te leggen. Op 4 november 2025 heeft uw gemachtigde, mr. H. Brugman van "
        "Zaanstede Advocaten, namens u een zienswijze ingediend. Op 11 november 2025 is die zienswijze mondeling "
        "toegelicht op ons kantoor aan de Ebbehout in Zaandam, in aanwezigheid van mevrouw Westerbeek en de "
        "heer Oudejans.",
        "## Zienswijze en reactie",
        "U stelt dat de wrakken tijdelijk op het terrein staan in afwachting van afvoer naar een erkend "
        "demontagebedrijf (ARN-erkend) en dat de werkzaamheden na 18.00 uur door uw zoon werden verricht en "
        "niet bedrijfsmatig waren. Verder voert u aan dat u door een rugoperatie in augustus 2025 niet in staat "
        "was het terrein op te ruimen.",
        "Wij begrijpen dat uw gezondheid de afgelopen maanden een rol speelde. Dat neemt niet weg dat de "
        "overtredingen voortduren en dat omwonenden aan de Lagedijk hinder ondervinden. De begunstigingstermijn "
        "verlengen wij daarom van vier naar zes weken.",
        "## Besluit",
        "Wij leggen u een last onder dwangsom op. U dient binnen zes weken na verzending van dit besluit:",
        "1. alle autowrakken van het onverharde deel van het perceel te verwijderen;",
        "2. geen vloeistoffen meer af te tappen zonder olie-afscheider volgens NEN-EN 858;",
        "3. na 18.00 uur geen demontagewerkzaamheden te verrichten.",
        "Voldoet u niet aan de last, dan verbeurt u een dwangsom van € 2.500 per week, tot een maximum van "
        "€ 25.000 (artikel 5:32 en 5:32b Awb).",
        "=PAGE",
        "## Bezwaar",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders "
        "van Zaanstad, Postbus 2000, 1500 GA Zaandam. U kunt de voorzieningenrechter van de rechtbank Noord-"
        "Holland vragen om een voorlopige voorziening.",
        "",
        "Met vriendelijke groet,",
        "namens het college van burgemeester en wethouders van Zaanstad,",
        "@sig Sleutjes",
        "mr. M. Sleutjes",
        "teamleider Juridische Zaken OD NZKG",
        "",
        "Afschrift aan: mr. H. Brugman, Zaanstede Advocaten, h.brugman@zaanstedeadvocaten.nl",
    ],
    redact=[KUIPERS, KUIPERS_ADDR, BRUGMAN, WESTERBEEK, OUDEJANS, SLEUTJES,
            P("initials R.J. Kuipers", "R.J. Kuipers"), P("initials H. Brugman", "H. Brugman"),
            P("initials M. Sleutjes", "M. Sleutjes"),
            P("health of Kuipers (rugoperatie)", "rugoperatie", kind="HEALTH")],
    keep=K("ORG", "Zaanstede Advocaten", "OD NZKG", "ARN") + K("STREET", "Ebbehout")
    + K("PLACE", "Zaanstad", "Zaandam") + K("REF", "Z-25-112503", "U-25-104466", "U-25-093318")
    + K("LAW", "Awb", "NEN-EN 858") + K("TITLE", "teamleider Juridische Zaken")
    + K("ADDR", "Postbus 2000, 1500 GA Zaandam") + K("AMOUNT", "€ 2.500", "€ 25.000"),
    )

# ============================================================== mz07 LOD to a BV (Liberation Serif)
doc(id="mz07", producer="rl", font="LibSerif", size=10.5, header=ODHDR, footer="Z-26-003311",
    title="Last onder dwangsom Velsen Staalbewerking B.V.", author="OD NZKG",
    body=[
        "Velsen Staalbewerking B.V.",
        "t.a.v. de directie",
        "Wijkermeerweg 40",
        "1951 AR Velsen-Noord",
        "",
        "Zaandam, 19 februari 2026",
        "Ons kenmerk: U-26-017730    Zaaknummer: Z-26-003311",
        "Contactpersoon: W. van der Horst, toezichthouder, 06-4871 2205",
        "Onderwerp: last onder dwangsom stofemissie buitenopslag",
        "",
        "Geachte directie,",
        "Velsen Staalbewerking B.V. exploiteert aan de Wijkermeerweg 40 in Velsen-Noord een bedrijf voor het "
        "knippen, stralen en conserveren van staalplaat. Het bevoegd gezag voor deze milieubelastende activiteit "
        "is het college van gedeputeerde staten van Noord-Holland; de OD NZKG voert het toezicht uit. Op "
        "13 januari, 22 januari en 5 februari 2026 hebben toezichthouders van de OD NZKG vastgesteld dat bij de "
        "buitenopslag van straalgrit (staalgrit en korund) zichtbare stofverspreiding optrad buiten de "
        "terreingrens, richting de woonbebouwing aan de Wijkerstraatweg.",
        "Dit is in strijd met artikel 2.11 Besluit activiteiten leefomgeving (zorgplicht) en met voorschrift "
        "4.3.2 van de omgevingsvergunning van 18 juni 2019 (kenmerk 2019-018845), die nog onder de Wabo is "
        "verleend en op grond van het overgangsrecht van de Omgevingswet geldt. U bent hierover op 27 januari "
        "2026 gesproken door de heer Van der Horst; uw directeur, de heer J. Molenkamp, heeft toen toegezegd "
        "de opslag te overkappen. Dat is niet gebeurd.",
        "## Besluit",
        "Gedeputeerde staten van Noord-Holland leggen Velsen Staalbewerking B.V. een last onder dwangsom op. "
        "U moet uiterlijk 31 maart 2026 de buitenopslag van straalgrit overkappen of verplaatsen naar de "
        "gesloten hal 2, en de verlading uitsluitend binnen uitvoeren. Voldoet u hier niet aan, dan verbeurt u "
        "€ 10.000 per geconstateerde overtreding, tot een maximum van € 100.000.",
        "Wij hebben bij dit besluit rekening gehouden met de meldingen van omwonenden en met het "
        "Gezondheidsonderzoek IJmond van het RIVM, waarin stofbelasting in Velsen-Noord een aandachtspunt is.",
        "=PAGE",
        "## Rechtsmiddelen",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij gedeputeerde staten van Noord-Holland, "
        "Postbus 3007, 2001 DA Haarlem (Algemene wet bestuursrecht). Bezwaar schorst de werking van het "
        "besluit niet.",
        "Dit besluit is ook gezonden aan de burgemeester van Velsen, de heer Dales, en aan de Inspectie "
        "Leefomgeving en Transport (ILT), in verband met het toezicht op de IJmondregio.",
        "",
        "Hoogachtend,",
        "gedeputeerde staten van Noord-Holland,",
        "namens dezen, de afdelingsmanager Handhaving van de OD NZKG,",
        "@sig G. Pronk",
        "G. Pronk",
        "",
        "Kopie: j.molenkamp@velsenstaal.nl; w.vanderhorst@odnzkg.nl",
    ],
    redact=[VANDERHORST, MOLENKAMP, PRONK, P("initials W. van der Horst", "W. van der Horst"),
            P("initials J. Molenkamp", "J. Molenkamp"), P("initials G. Pronk", "G. Pronk")],
    keep=K("ORG", "Velsen Staalbewerking B.V.", "RIVM", "Inspectie Leefomgeving en Transport", "ILT", "OD NZKG")
    + K("ADDR", "Wijkermeerweg 40", "1951 AR Velsen-Noord") + K("STREET", "Wijkerstraatweg")
    + K("REF", "U-26-017730", "Z-26-003311", "2019-018845")
    + K("LAW", "Besluit activiteiten leefomgeving", "Wabo", "Omgevingswet", "Algemene wet bestuursrecht")
    + K("OFFICE", "burgemeester van Velsen, de heer Dales") + K("SUBST", "straalgrit", "korund")
    + K("PROG", "Gezondheidsonderzoek IJmond") + K("AMOUNT", "€ 10.000", "€ 100.000"),
    )

# ============================================================== mz08 melding geluid (web form print)
doc(id="mz08", producer="rl", font="Helvetica", size=9.5, header="OD NZKG - meldingen milieuklachten (webformulier)",
    footer="M25-18834", title="Melding M25-18834", colw=[1.3, 3],
    body=[
        "# Melding milieuklacht M25-18834",
        "Ontvangen via www.odnzkg.nl/melding op 4 maart 2025 om 23:41 uur. Doorgezet naar piketdienst: ja.",
        "|Veld|Invoer",
        "|Soort klacht|Geluid en geur",
        "|Veroorzaker (vermoedelijk)|Zaanstreek Metaalveredeling B.V., Symon Spiersweg, Zaandam",
        "|Naam melder|Wim Schoemaker",
        "|Adres melder|Vincent van Goghweg 41, 1506 JD Zaandam",
        "|Telefoon|06-1834 7720",
        "|E-mail|wimschoemaker@gmail.com",
        "|Terugkoppeling gewenst|Ja, telefonisch",
        "|Omschrijving|Sinds 22.00 uur een hard bonkend geluid en sissen vanaf het terrein aan de Symon "
        "Spiersweg, de roldeur staat weer open. Ook een scherpe zure lucht, vooral bij oostenwind. Mijn vrouw "
        "Gerda heeft migraine en kan hierdoor niet slapen, ik heb zelf tinnitus sinds vorig jaar en het "
        "bonken maakt dat veel erger. Dit is de vijfde keer deze maand.",
        "|Duur|Nog steeds bezig",
        "## Afhandeling",
        "|Datum|Actie|Door",
        "|04-03-2025 23:55|Piket gebeld, geen waarneming mogelijk i.v.m. andere melding in Westpoort|PR",
        "|05-03-2025 08:40|Melder teruggebeld, voicemail ingesproken|PR",
        "|05-03-2025 10:15|Doorgezet naar toezichthouder industrie (T. Oudejans)|PR",
        "|12-03-2025|Meegenomen in controle ZMV (zie Z-25-104877)|TO",
        "|18-03-2025|Melder per mail geïnformeerd over uitkomst controle|TO",
        "",
        "Privacy: de gegevens van melders worden niet gedeeld met de veroorzaker, tenzij de melder daar "
        "toestemming voor geeft. Zie de privacyverklaring op www.odnzkg.nl.",
        "Behandelend medewerker klantcontact: Priya Ramdin (PR).",
    ],
    redact=[SCHOEMAKER, GERDA, SCHOEMAKER_ADDR, OUDEJANS, RAMDIN, P("initials T. Oudejans", "T. Oudejans"),
            P("health Gerda (migraine)", "migraine", kind="HEALTH"),
            P("health Wim (tinnitus)", "tinnitus", kind="HEALTH"),
            P("paraph PR", "PR", kind="INITIALS"), P("paraph TO", "TO", kind="INITIALS")],
    keep=K("REF", "M25-18834", "Z-25-104877") + K("ORG", "Zaanstreek Metaalveredeling B.V.", "OD NZKG", "ZMV")
    + K("STREET", "Symon Spiersweg") + K("PLACE", "Zaandam", "Westpoort")
    + K("URL", "www.odnzkg.nl") + K("TITLE", "toezichthouder industrie"),
    )

# ============================================================== mz09 klachtenoverzicht (DejaVu condensed, landscape)
doc(id="mz09", producer="rl", font="DejaVuCond", size=8.5, landscape=True, header=ODHDR,
    footer="Overzicht meldingen Q4 2025", title="Overzicht meldingen geur en geluid Q4 2025",
    colw=[1.1, 0.9, 2.0, 2.3, 1.6, 1.5, 3.2, 0.6],
    body=[
        "# Overzicht meldingen geur en geluid, vierde kwartaal 2025 (Zaanstad en Velsen)",
        "Bron: meldingenregistratie Squit XO, export 6 januari 2026. Alleen meldingen met een vermoedelijke "
        "veroorzaker in het werkgebied Noordzeekanaalgebied.",
        "|Melding|Datum|Melder|Adres melder|Telefoon|Veroorzaker|Omschrijving|Beh.",
        "|M25-24410|02-10-2025|H. Plasmeijer|Lagedijk 190, Zaandijk|075-617 22 83|Autodemontage (Lagedijk)|Slijpen en knallen na 20.00 uur; kan door astma niet met raam open slapen|TO",
        "|M25-24517|06-10-2025|H. Plasmeijer|Lagedijk 190, Zaandijk|075-617 22 83|Autodemontage (Lagedijk)|Olielucht in de tuin, kinderen spelen buiten|TO",
        "|M25-24760|14-10-2025|A. van Tongeren|Kerkbuurt 77, Westzaan|075-612 90 37|onbekend|Zoete geur, mogelijk cacaoverwerking Wormerveer|SD",
        "|M25-25102|23-10-2025|Y. Demirkan|Wijkerstraatweg 156, Velsen-Noord|06-4120 5583|Velsen Staalbewerking B.V.|Grijs stof op auto en vensterbank; COPD-klachten nemen toe|NBo",
        "|M25-25377|03-11-2025|M. Ootjers|Lagedijk 204, Zaandijk|075-621 44 08|Autodemontage (Lagedijk)|Brief ontvangen (handgeschreven), zie document 7|TO",
        "|M25-25590|09-11-2025|anoniem|-|-|Tata Steel IJmuiden|Grafietregen, doorgezet naar ODIJmond|-",
        "|M25-25814|17-11-2025|Y. Demirkan|Wijkerstraatweg 156, Velsen-Noord|06-4120 5583|Velsen Staalbewerking B.V.|Stofwolk bij verladen, foto's gemaild|NBo",
        "|M25-26033|28-11-2025|L. Bakkum|Vereniging Leefbaar Zaandijk-Zuid|06-2505 6613|Autodemontage (Lagedijk)|Verzoek om handhaving namens 23 bewoners|EWe",
        "|M25-26240|08-12-2025|W. Schoemaker|Vincent van Goghweg 41, Zaandam|06-1834 7720|Zaanstreek Metaalveredeling B.V.|Bonkend geluid 's nachts|RJV",
        "|M25-26551|19-12-2025|A. van Tongeren|Kerkbuurt 77, Westzaan|075-612 90 37|Cargill Amsterdam|Geur, niet bevestigd bij snuffelploeg|SD",
        "",
        "Toelichting behandelaars: TO, NBo = toezichthouders industrie; SD = specialist geur; RJV = "
        "geluidsdeskundige; EWe = handhavingsjurist. Meldingen over Tata Steel worden doorgezet naar de "
        "Omgevingsdienst IJmond (ODIJmond), die voor dat bedrijf bevoegd is namens de provincie Noord-Holland.",
        "Totaal vierde kwartaal 2025: 214 meldingen, waarvan 61 geur, 88 geluid, 39 stof en 26 overig. In het "
        "Jaarverslag 2025 wordt dit overzicht zonder persoonsgegevens opgenomen.",
    ],
    redact=[P("Hennie Plasmeijer (initials)", "H. Plasmeijer", "075-617 22 83"), PLASMEIJER_ADDR,
            P("Anja van Tongeren (initials)", "A. van Tongeren", "075-612 90 37"),
            P("Kerkbuurt 77, Westzaan", "Kerkbuurt 77", kind="ADDRESS"),
            P("Yusuf Demirkan (initials)", "Y. Demirkan", "06-4120 5583"), DEMIRKAN_ADDR,
            P("Marijke Ootjers (initials)", "M. Ootjers", "075-621 44 08"), OOTJERS_ADDR,
            P("Leo Bakkum (initials)", "L. Bakkum", "06-2505 6613"),
            P("Wim Schoemaker (initials)", "W. Schoemaker", "06-1834 7720"), SCHOEMAKER_ADDR,
            P("health Plasmeijer (astma)", "astma", kind="HEALTH"),
            P("health Demirkan (COPD)", "COPD-klachten", kind="HEALTH"),
            P("paraph TO", "TO", kind="INITIALS"), P("paraph NBo", "NBo", kind="INITIALS"),
            P("paraph SD", "SD", kind="INITIALS"), P("paraph RJV", "RJV", kind="INITIALS"),
            P("paraph EWe", "EWe", kind="INITIALS")],
    keep=K("ORG", "Velsen Staalbewerking B.V.", "Zaanstreek Metaalveredeling B.V.", "Tata Steel IJmuiden",
           "ODIJmond", "Omgevingsdienst IJmond", "Cargill Amsterdam", "Vereniging Leefbaar Zaandijk-Zuid", "Squit XO")
    + K("REF", "M25-24410", "M25-25102", "M25-26551") + K("PLACE", "Wormerveer", "Zaanstad")
    + K("TITLE", "geluidsdeskundige", "handhavingsjurist") + K("PROG", "Jaarverslag 2025"),
    )

# ============================================================== mz10 handwritten complaint letter (scan)
doc(id="mz10", producer="scan", hand="humor", size=14, jpeg=75, scanner="KONICA MINOLTA bizhub C300i",
    title="", author="",
    body=[
        "ZAANDIJK, 3 NOVEMBER 2025",
        "",
        "AAN DE OMGEVINGSDIENST",
        "EBBEHOUT 31",
        "ZAANDAM",
        "",
        "GEACHTE HEER OF MEVROUW,",
        "IK WOON AAN DE LAGEDIJK 204 EN IK SCHRIJF U OMDAT HET",
        "BIJ DE AUTOSLOPERIJ VAN KUIPERS OP NUMMER 212 NIET",
        "MEER TE DOEN IS. ELKE AVOND TOT 10 UUR SLIJPEN",
        "EN BONKEN. IK HEB HARTRITMESTOORNISSEN EN MIJN",
        "CARDIOLOOG ZEGT DAT IK RUST MOET HEBBEN.",
        "IK HEB AL VAAK GEBELD MET DE OMGEVINGSDIENST",
        "MAAR ER GEBEURT NIETS. MEVROUW PLASMEIJER VAN",
        "NUMMER 190 HEEFT OOK GEKLAAGD.",
        "",
        "WILT U MIJ BELLEN? 075-621 44 08",
        "",
        "MET VRIENDELIJKE GROET,",
        "MARIJKE OOTJERS",
    ],
    redact=[P("Marijke Ootjers", "MARIJKE", "OOTJERS", "075-621"), P("Lagedijk 204", "LAGEDIJK 204", kind="ADDRESS"),
            P("Kuipers", "KUIPERS"), P("Plasmeijer", "PLASMEIJER"),
            P("health (hartritmestoornissen)", "HARTRITMESTOORNISSEN", kind="HEALTH"),
            P("health (cardioloog)", "CARDIOLOOG", kind="HEALTH")],
    keep=[],
    )

# ============================================================== mz11 e-mail thread toezicht <-> juridisch (LibSans)
doc(id="mz11", producer="rl", font="LibSans", size=9.5, header="Afgedrukt uit Outlook - OD NZKG",
    footer="", title="RE: Z-25-112503 Autodemontage Lagedijk - voornemen LOD", creator="Microsoft Outlook",
    body=[
        "> Van:        Westerbeek, Eline <e.westerbeek@odnzkg.nl>",
        "> Verzonden:  dinsdag 7 oktober 2025 16:42",
        "> Aan:        Oudejans, Thijs <t.oudejans@odnzkg.nl>",
        "> CC:         Sleutjes, Maarten <m.sleutjes@odnzkg.nl>; Toezicht Industrie <toezicht.industrie@odnzkg.nl>",
        "> Onderwerp:  RE: Z-25-112503 Autodemontage Lagedijk - voornemen LOD",
        "",
        "Hoi Thijs,",
        "Dank voor het controlerapport. Ik heb het voornemen klaargezet in Squit XO, maar ik mis nog twee dingen: "
        "(1) de foto's van 23 september met datum en tijd, en (2) een bevestiging dat de werktijden in de "
        "vergunning van 2009 echt tot 18.00 uur zijn. In het Omgevingsloket zie ik alleen de aanvraag. Kun je "
        "dat bij de gemeente Zaanstad (team VTH) nagaan?",
        "Verder: de heer Kuipers heeft bij de vorige waarschuwing gezegd dat hij ziek thuis zat. Ik wil dat niet "
        "in het voornemen noemen, dat hoort daar niet. Maarten, ben je het daarmee eens?",
        "Groet,",
        "Eline",
        "",
        "Eline Westerbeek | handhavingsjurist | Juridische Zaken",
        "Omgevingsdienst Noordzeekanaalgebied | Ebbehout 31, Zaandam",
        "T 088 567 0342 | aanwezig di, wo, do",
        "",
        "> -----Oorspronkelijk bericht-----",
        "> Van:        Oudejans, Thijs <t.oudejans@odnzkg.nl>",
        "> Verzonden:  maandag 6 oktober 2025 11:05",
        "> Aan:        Westerbeek, Eline <e.westerbeek@odnzkg.nl>",
        "> Onderwerp:  Z-25-112503 Autodemontage Lagedijk - voornemen LOD",
        "",
        "Eline,",
        "Bijgaand het rapport van de hercontrole bij Kuipers (Lagedijk 212). Situatie is slechter dan in mei: 14 "
        "wrakken op de grond, olievlekken bij de put, en om 19.40 uur was zijn zoon nog aan het slijpen. "
        "Buurvrouw Plasmeijer (nr. 190) stond aan het hek en vertelde dat haar astma erger wordt van de "
        "uitlaatgassen. Zij wil niet dat haar naam in een brief aan Kuipers komt.",
        "Ik stel een LOD voor met begunstigingstermijn van 4 weken. Volgens de LHS zitten we in categorie C2.",
        "Graag jouw blik erop. Ik ben tot vrijdag op de weg, bel gerust: 06-41 83 27 59.",
        "",
        "Met vriendelijke groet,",
        "Thijs Oudejans",
        "Toezichthouder Industrie | OD NZKG",
        "M 06-41 83 27 59 | t.oudejans@odnzkg.nl",
        "=PAGE",
        "> Van:        Sleutjes, Maarten <m.sleutjes@odnzkg.nl>",
        "> Verzonden:  woensdag 8 oktober 2025 08:19",
        "> Aan:        Westerbeek, Eline <e.westerbeek@odnzkg.nl>; Oudejans, Thijs <t.oudejans@odnzkg.nl>",
        "> Onderwerp:  RE: RE: Z-25-112503 Autodemontage Lagedijk - voornemen LOD",
        "",
        "Eens met Eline: gezondheid van de overtreder niet in het voornemen. Als hij er in zijn zienswijze zelf "
        "op terugkomt, reageren we in het besluit. Zorg wel dat de meldingen van omwonenden (M25-24410, M25-24517) "
        "in het dossier zitten zonder NAW in de stukken die naar de overtreder gaan.",
        "Juridisch: bevoegd gezag is het college van Zaanstad; wij tekenen namens. Grondslag artikel 5:32 Awb jo. "
        "artikel 18.1a Omgevingswet. Let op de overgangsregeling voor de vergunning (Wabo-vergunning blijft "
        "gelden als omgevingsvergunning).",
        "Thijs, kun je ook Politie Noord-Holland (team Milieu) informeren? Er liep eerder een strafrechtelijk "
        "onderzoek naar heling van onderdelen bij dit adres; daar weet ik het fijne niet van.",
        "",
        "Maarten Sleutjes",
        "senior jurist / teamleider Juridische Zaken",
        "06-5190 2267",
        "",
        "> Van:        Kroonenberg, Ingrid <i.kroonenberg@odnzkg.nl>",
        "> Verzonden:  woensdag 8 oktober 2025 09:02",
        "> Aan:        Sleutjes, Maarten; Westerbeek, Eline; Oudejans, Thijs",
        "> Onderwerp:  RE: RE: RE: Z-25-112503",
        "",
        "Akkoord vanuit Toezicht. Ik meld het in het wekelijkse overleg met de gemeente. Ingrid",
        "",
        "Ingrid Kroonenberg | teamleider Toezicht Industrie | 06-5312 8840",
    ],
    redact=[WESTERBEEK, OUDEJANS, SLEUTJES, KROONENBERG, P("Kuipers", "Kuipers"), P("Lagedijk 212", "Lagedijk 212", kind="ADDRESS"),
            P("Plasmeijer", "Plasmeijer"), P("health Plasmeijer (astma)", "astma", kind="HEALTH"),
            P("criminal data (heling)", "heling van onderdelen", kind="CRIMINAL"),
            P("health Kuipers (ziek thuis)", "ziek thuis", kind="HEALTH"),
            P("presence days of Westerbeek", "aanwezig di, wo, do", kind="OTHER")],
    keep=K("MAIL", "toezicht.industrie@odnzkg.nl") + K("REF", "Z-25-112503", "M25-24410", "M25-24517")
    + K("ORG", "Omgevingsdienst Noordzeekanaalgebied", "Politie Noord-Holland", "Squit XO", "Omgevingsloket")
    + K("PLACE", "Zaanstad") + K("LAW", "Awb", "Omgevingswet", "Wabo", "LHS")
    + K("TITLE", "handhavingsjurist", "teamleider Toezicht Industrie", "senior jurist"),
    )

# ============================================================== mz12 e-mail DCMR (Helvetica)
doc(id="mz12", producer="rl", font="Helvetica", size=10, header="", footer="",
    title="FW: geurmetingen Westpoort - inzet DCMR snuffelploeg", creator="Microsoft Outlook",
    body=[
        "> From:     Rietveld, Wilco <w.rietveld@dcmr.nl>",
        "> Sent:     dinsdag 17 juni 2025 14:03",
        "> To:       Doornbosch, Saskia <s.doornbosch@odnzkg.nl>",
        "> Cc:       Verheijen, Anouk <a.verheijen@odrn.nl>; geur@dcmr.nl",
        "> Subject:  RE: geurmetingen Westpoort - inzet DCMR snuffelploeg",
        "",
        "Beste Saskia,",
        "Zoals besproken kan DCMR Milieudienst Rijnmond in week 27 en 28 een snuffelploeg van vier personen "
        "inzetten rond Bodemzorg Westpoort B.V. aan de Australiëhavenweg en de Cargill-locatie aan de "
        "Westzanerdijk. We werken volgens NTA 9065 (geurmetingen, veldmetingen) en de snuffelmethode die we "
        "ook in het Botlek-gebied gebruiken. Kosten volgens de DVO tussen de omgevingsdiensten: circa € 8.400 "
        "exclusief rapportage.",
        "Anouk van ODRN (Omgevingsdienst Regio Nijmegen) schuift aan omdat zij dezelfde aanpak in het "
        "Nijmeegse havengebied wil gebruiken. Zij belt je nog.",
        "Zou je de meldingen van de afgelopen drie maanden (alleen datum, tijd, postcode op 4 cijfers en "
        "windrichting, geen namen) vooraf kunnen sturen? Dan maken wij een routeplan.",
        "Groet, Wilco",
        "",
        "Wilco Rietveld",
        "Senior adviseur geur | Team Lucht",
        "DCMR Milieudienst Rijnmond | 's-Gravelandseweg 565, Schiedam",
        "T 010 246 8512 | algemeen 010 246 80 00 | www.dcmr.nl",
        "",
        "> -----Original Message-----",
        "> From:     Doornbosch, Saskia <s.doornbosch@odnzkg.nl>",
        "> Sent:     maandag 16 juni 2025 10:27",
        "> To:       Rietveld, Wilco <w.rietveld@dcmr.nl>",
        "> Subject:  geurmetingen Westpoort - inzet DCMR snuffelploeg",
        "",
        "Hoi Wilco,",
        "Na ons telefoontje: wij krijgen veel geurmeldingen uit Westzaan en Zaandam-Zuid (zie bijlage, 112 "
        "meldingen sinds maart). Wij hebben zelf geen getrainde snuffelploeg meer sinds het vertrek van twee "
        "collega's. Kunnen jullie helpen? Onze directie is akkoord met inhuur.",
        "Saskia Doornbosch, specialist lucht en geur, OD NZKG, 06-3350 7812",
    ],
    redact=[RIETVELD, DOORNBOSCH, VERHEIJEN],
    keep=K("ORG", "DCMR Milieudienst Rijnmond", "DCMR", "Bodemzorg Westpoort B.V.", "ODRN",
           "Omgevingsdienst Regio Nijmegen", "OD NZKG", "Cargill")
    + K("MAIL", "geur@dcmr.nl") + K("PHONE", "010 246 80 00") + K("URL", "www.dcmr.nl")
    + K("ADDR", "'s-Gravelandseweg 565") + K("STREET", "Australiëhavenweg", "Westzanerdijk")
    + K("PLACE", "Schiedam", "Westzaan", "Botlek") + K("LAW", "NTA 9065")
    + K("TITLE", "Senior adviseur geur", "specialist lucht en geur"),
    )

# ============================================================== mz13 verslag overleg with attendance + action list (docx)
doc(id="mz13", producer="docx", font="Calibri", size=10, header="OD NZKG - Verslag", footer="Verslag 20-11-2025",
    title="Verslag overleg handhaving Lagedijk", author="Eline Westerbeek",
    body=[
        "# Verslag overleg handhaving Lagedijk Zaandijk",
        "Datum: 20 november 2025, 13.30 - 15.00 uur    Locatie: gemeentehuis Zaanstad, Stadhuisplein 100, "
        "Zaandam, zaal De Kwakel",
        "## Aanwezig",
        "|Naam|Organisatie|Functie|Code",
        "|Eline Westerbeek (verslag)|OD NZKG|handhavingsjurist|EWe",
        "|Thijs Oudejans|OD NZKG|toezichthouder milieu|TO",
        "|Ingrid Kroonenberg (voorzitter)|OD NZKG|teamleider Toezicht Industrie|IK",
        "|Wouter van der Horst|OD NZKG|toezichthouder milieu|WvdH",
        "|Jorien Haakma|provincie Noord-Holland|beleidsadviseur VTH|JH",
        "Afwezig met bericht: Gerard Pronk (OD NZKG).",
        "## 1. Opening en mededelingen",
        "IK opent. De wethouder van Zaanstad met handhaving in de portefeuille is op de hoogte gebracht van de "
        "voorgenomen last onder dwangsom. Burgemeester Hamming heeft gevraagd om een terugkoppeling voor het "
        "bestuurlijk overleg van december.",
        "## 2. Stand van zaken Autodemontage (Z-25-112503)",
        "TO licht toe: besluit LOD is op 25 november gereed voor verzending. De zienswijze van de gemachtigde is "
        "meegenomen; de termijn gaat van vier naar zes weken. EWe merkt op dat de medische informatie uit de "
        "zienswijze niet in het openbare deel van het dossier hoort.",
        "## 3. Meldingen omwonenden",
        "Sinds september 41 meldingen, waarvan 23 via de Vereniging Leefbaar Zaandijk-Zuid. De voorzitter van de "
        "vereniging (L. Bakkum) wil een gesprek met de provincie. JH geeft aan dat de provincie geen bevoegd "
        "gezag is voor deze activiteit, maar dat gedeputeerde Olthof wel op de hoogte wil blijven vanwege de "
        "Kamervragen over autodemontage in woonwijken.",
        "=PAGE",
        "## 4. Afstemming met Velsen Staalbewerking B.V.",
        "WvdH meldt dat de overkapping bij Velsen Staalbewerking nog niet is aangevraagd. Er komt een "
        "handhavingstraject namens gedeputeerde staten.",
        "## 5. Actielijst",
        "|Nr.|Actie|Wie|Gereed",
        "|25-41|Besluit LOD verzenden aangetekend + per mail aan gemachtigde|EWe|25-11-2025",
        "|25-42|Hercontrole na afloop begunstigingstermijn|TO|week 2, 2026",
        "|25-43|Terugkoppeling aan burgemeester Hamming (via bestuursadviseur)|IK|05-12-2025",
        "|25-44|Gesprek met voorzitter Vereniging Leefbaar Zaandijk-Zuid plannen|JH / IK|december",
        "|25-45|Controle Velsen Staalbewerking B.V., Wijkermeerweg|WvdH|22-01-2026",
        "|25-46|Memo voor gedeputeerde Olthof opstellen|JH|09-01-2026",
        "",
        "Volgende overleg: 15 januari 2026, OD NZKG, Ebbehout 31, Zaandam.",
        "Verslag vastgesteld door IK op 24 november 2025.",
    ],
    redact=[WESTERBEEK, OUDEJANS, KROONENBERG, VANDERHORST, HAAKMA, PRONK, P("L. Bakkum", "L. Bakkum"),
            P("code EWe", "EWe", kind="INITIALS"), P("code TO", "TO", kind="INITIALS"), P("code IK", "IK", kind="INITIALS"),
            P("code WvdH", "WvdH", kind="INITIALS"), P("code JH", "JH", kind="INITIALS")],
    keep=K("ORG", "Vereniging Leefbaar Zaandijk-Zuid", "Velsen Staalbewerking B.V.", "provincie Noord-Holland")
    + K("OFFICE", "Burgemeester Hamming", "burgemeester Hamming", "gedeputeerde Olthof")
    + K("ADDR", "Stadhuisplein 100", "Ebbehout 31") + K("STREET", "Wijkermeerweg")
    + K("REF", "Z-25-112503", "25-43") + K("PLACE", "Zaanstad", "Zaandijk")
    + K("TITLE", "beleidsadviseur VTH", "teamleider Toezicht Industrie", "bestuursadviseur"),
    )

# ============================================================== mz14 memo aan gedeputeerde (Times)
doc(id="mz14", producer="rl", font="Times", size=11, header=PNHHDR, footer="Memo 2026-0109 VTH",
    title="Memo gedeputeerde Olthof - handhaving Noordzeekanaalgebied", author="Jorien Haakma",
    body=[
        "# Memo",
        "|Aan|gedeputeerde J. Olthof (portefeuille Milieu, Vergunningverlening, Toezicht en Handhaving)",
        "|Van|Jorien Haakma, beleidsadviseur VTH, directie Beleid, afdeling Leefomgeving",
        "|Via|Rutger Boschma, strategisch adviseur",
        "|Datum|9 januari 2026",
        "|Kenmerk|PNH-2026-004127",
        "|Onderwerp|Stand van zaken handhaving Zaanstreek en Velsen-Noord; bestuurlijk overleg OD NZKG 26 maart",
        "## Aanleiding",
        "U heeft gevraagd om een overzicht van lopende handhavingszaken in het werkgebied van de Omgevingsdienst "
        "Noordzeekanaalgebied die bestuurlijk gevoelig zijn. Aanleiding zijn de Statenvragen van de fracties "
        "van GroenLinks en de PvdD (nr. 112/2025) over stofoverlast in Velsen-Noord en de berichtgeving in het "
        "Noordhollands Dagblad over een autosloperij in Zaandijk.",
        "## Kern",
        "1. <b>Velsen Staalbewerking B.V.</b> (Velsen-Noord). GS zijn bevoegd gezag. De OD NZKG bereidt namens "
        "u een last onder dwangsom voor wegens stofverspreiding bij de buitenopslag van straalgrit. Samenhang "
        "met het programma Gezondheid IJmond en de maatregelen bij Tata Steel, waarvoor de Omgevingsdienst "
        "IJmond het toezicht uitvoert.",
        "2. <b>Autodemontage aan de Lagedijk</b> (Zaandijk). Gemeente Zaanstad is bevoegd gezag. Een last onder "
        "dwangsom is op 25 november 2025 opgelegd. Het gaat om een eenmanszaak; in externe communicatie "
        "noemen wij de naam van de eigenaar niet. Burgemeester Hamming is geïnformeerd.",
        "3. <b>Bodemzorg Westpoort B.V.</b> (Amsterdam). PFAS-houdende grond in een open depot; na gezamenlijke "
        "controle met Rijkswaterstaat is de situatie hersteld. Geen verdere actie.",
        "4. <b>Zaanstreek Metaalveredeling B.V.</b> (Zaandam). Geluids- en geurklachten; meetonderzoek door "
        "de OD NZKG en een snuffelploeg van DCMR Milieudienst Rijnmond in 2025. Maatwerkvoorschriften worden "
        "aangescherpt.",
        "=PAGE",
        "## Advies",
        "Wij adviseren u in het bestuurlijk overleg met de OD NZKG van 26 maart 2026 te vragen om een "
        "kwartaalrapportage over zaken met veel meldingen, en de burgemeesters van Zaanstad en Velsen (de heren "
        "Hamming en Dales) uit te nodigen voor het agendapunt over Velsen-Noord.",
        "## Communicatie",
        "Bij vragen van de pers verwijst u naar de woordvoerder van de provincie (persvoorlichting@noord-holland.nl, "
        "023 514 4444). De ambtelijke contactpersoon is Jorien Haakma (06-1077 3402, j.haakma@noord-holland.nl).",
        "## Paraaf",
        "|Naam|Functie|Paraaf|Datum",
        "|J. Haakma|beleidsadviseur VTH|JHa|09-01-2026",
        "|R. Boschma|strategisch adviseur|RB|12-01-2026",
        "",
        "Bijlagen: Statenvragen nr. 112/2025; inventaris meldingen Q4 2025 (geanonimiseerd).",
    ],
    redact=[HAAKMA, BOSCHMA, P("J. Haakma", "J. Haakma"), P("R. Boschma", "R. Boschma"),
            P("paraph JHa", "JHa", kind="INITIALS"), P("paraph RB", "RB", kind="INITIALS")],
    keep=K("OFFICE", "gedeputeerde J. Olthof", "Burgemeester Hamming") + K("PERSON_PUBLIC", "Hamming", "Dales")
    + K("ORG", "Omgevingsdienst Noordzeekanaalgebied", "Velsen Staalbewerking B.V.", "Bodemzorg Westpoort B.V.",
        "Zaanstreek Metaalveredeling B.V.", "Rijkswaterstaat", "Noordhollands Dagblad", "GroenLinks", "PvdD",
        "Omgevingsdienst IJmond", "Tata Steel")
    + K("MAIL", "persvoorlichting@noord-holland.nl") + K("PHONE", "023 514 4444")
    + K("REF", "PNH-2026-004127", "112/2025") + K("PLACE", "Velsen-Noord", "Zaandijk")
    + K("TITLE", "beleidsadviseur VTH", "strategisch adviseur") + K("SUBST", "PFAS"),
    )

# ============================================================== mz15 omgevingsvergunning (docx)
doc(id="mz15", producer="docx", font="Arial", size=10, header=ODHDR, footer="OV-2025-0733",
    title="Omgevingsvergunning OV-2025-0733", author="OD NZKG Vergunningverlening", space_after=3,
    body=[
        "# Omgevingsvergunning voor een milieubelastende activiteit",
        "Zaaknummer: OV-2025-0733    OLO-nummer: 9874512    Datum: 30 juli 2025",
        "## Aanvraag",
        "Op 3 maart 2025 hebben wij via het Omgevingsloket een aanvraag ontvangen van Krommenie Kunststof "
        "Recycling B.V., Vlaanderweg 12, 1561 ZD Krommenie, voor het wijzigen van een milieubelastende "
        "activiteit: het shredderen, wassen en extruderen van kunststof afval (PE- en PP-folie) tot regranulaat, "
        "met een capaciteit van 35.000 ton per jaar. Contactpersoon namens de aanvrager is mevrouw "
        "L. Vermeulen-Bos (adviseur vergunningen), telefoon 06-3719 4428, e-mail l.vermeulen@kkr-recycling.nl.",
        "## Besluit",
        "Het college van burgemeester en wethouders van Zaanstad verleent de omgevingsvergunning op grond van "
        "artikel 5.1, eerste lid, onder b, van de Omgevingswet, met de voorschriften in bijlage 1. De aanvraag is "
        "behandeld volgens de reguliere procedure (afdeling 16.5 Omgevingswet, Awb).",
        "## Overwegingen",
        "- Geluid: het akoestisch onderzoek van Peutz (rapport R 5521-2 van 12 februari 2025) toont aan dat de "
        "waarden van hoofdstuk 5 van het Besluit kwaliteit leefomgeving (Bkl) bij de woningen aan de "
        "Vlaanderweg en de Padlaan worden gerespecteerd.",
        "- Lucht: de emissie van stof en vluchtige organische stoffen (VOS) blijft onder de grenswaarden van "
        "het Bal. De beste beschikbare technieken (BBT) uit de BREF Afvalbehandeling worden toegepast.",
        "- Externe veiligheid: geen opslag van gevaarlijke stoffen boven de drempel van het Bkl.",
        "- Advies Veiligheidsregio Zaanstreek-Waterland van 2 mei 2025 over brandveiligheid is overgenomen.",
        "=PAGE",
        "## Voorschriften (uittreksel)",
        "|Nr.|Voorschrift",
        "|1.1|Shredder en extruder staan in een gesloten hal; deuren zijn gesloten behalve bij doorgang.",
        "|1.2|Het langtijdgemiddeld beoordelingsniveau LAr,LT op de beoordelingspunten bedraagt ten hoogste 50 dB(A) in de dagperiode.",
        "|2.1|Emissie van totaal stof bedraagt ten hoogste 5 mg/Nm3.",
        "|3.1|Brandcompartimenten voor opslag van balen ten hoogste 150 m2 (PGS 15 niet van toepassing).",
        "",
        "Tegen dit besluit kunnen belanghebbenden binnen zes weken bezwaar maken bij het college van "
        "burgemeester en wethouders van Zaanstad. Informatie: OD NZKG, afdeling Vergunningverlening, "
        "088 567 0200, vergunningen@odnzkg.nl.",
        "",
        "Namens het college,",
        "@sig W.A. Kerkhof",
        "ing. W.A. Kerkhof, teamleider Vergunningverlening Industrie",
        "",
        "Behandelend medewerker: Femke Lagerwerf (tijdelijk, tot 1 augustus 2025 vergunningverlener).",
    ],
    redact=[VERMEULEN, LAGERWERF, P("L. Vermeulen-Bos", "L. Vermeulen-Bos"),
            P("W.A. Kerkhof (teamleider Vergunningverlening)", "W.A. Kerkhof", "Kerkhof")],
    keep=K("ORG", "Krommenie Kunststof Recycling B.V.", "Peutz", "Veiligheidsregio Zaanstreek-Waterland", "OD NZKG")
    + K("ADDR", "Vlaanderweg 12", "1561 ZD Krommenie") + K("STREET", "Padlaan")
    + K("REF", "OV-2025-0733", "9874512", "R 5521-2")
    + K("LAW", "Omgevingswet", "Besluit kwaliteit leefomgeving", "Bkl", "Bal", "BREF Afvalbehandeling")
    + K("SUBST", "LAr,LT", "regranulaat", "VOS") + K("MAIL", "vergunningen@odnzkg.nl")
    + K("TITLE", "adviseur vergunningen", "teamleider Vergunningverlening Industrie"),
    )

# ============================================================== mz16 meetrapport geluid (Courier)
doc(id="mz16", producer="rl", font="Courier", size=9, header=ODHDR, footer="Meetrapport G-25-0311",
    title="Meetrapport geluid Symon Spiersweg", author="RJV", colw=[1.1, 1.0, 1.6, 1.0, 1.0, 1.0, 0.8, 2.0],
    body=[
        "# Meetrapport geluid G-25-0311",
        "Object: Zaanstreek Metaalveredeling B.V., Symon Spiersweg 17, Zaandam (Z-25-104877). Meting in de "
        "nachtperiode volgens de Handleiding meten en rekenen industrielawaai (HMRI 1999), methode II.8. "
        "Meetapparatuur: Brüel & Kjær 2250, serienummer 3011842, kalibratie 14-01-2025 (NMi).",
        "|Meetpunt|Datum|Tijd|LAeq dB(A)|LAmax dB(A)|Wind m/s|Richting|Meter",
        "|MP1 gevel Vincent van Goghweg|23-04-2025|23:10-23:40|46,2|71,5|2,1|ZO|RJV",
        "|MP2 erfgrens noord|23-04-2025|23:45-00:15|58,9|83,0|2,3|ZO|RJV / SD",
        "|MP3 Rosmolenwijk (referentie)|24-04-2025|00:20-00:50|38,4|55,7|2,0|O|SD",
        "|MP1 gevel Vincent van Goghweg|24-04-2025|01:00-01:30|47,8|74,2|1,8|O|RJV",
        "|MP4 Symon Spiersweg (roldeur)|24-04-2025|01:35-01:50|66,3|88,4|1,8|O|RJV",
        "",
        "Toetsing: de grenswaarde uit de maatwerkvoorschriften is 45 dB(A) etmaalwaarde in de nachtperiode op "
        "de gevel van woningen (MP1). Na correctie voor bedrijfsduur en meteocorrectieterm (Cm = 0,8 dB) "
        "bedraagt het beoordelingsniveau LAr,LT 47,1 dB(A); overschrijding 2,1 dB. Maximale geluidniveaus LAmax "
        "overschrijden de 65 dB(A) in de nachtperiode; bron: vallende staalplaat bij de roldeur (MP4).",
        "Meters: RJV = geluidsdeskundige OD NZKG (Robbert-Jan Vlasveld, 06-1447 3096); SD = specialist "
        "lucht en geur, assisterend. Uitwerking gecontroleerd door W. van der Horst op 28-04-2025.",
        "Conclusie: overtreding van de maatwerkvoorschriften geluid. Advies aan toezicht: handhaven "
        "(LHS-categorie B2) en bedrijf verzoeken een akoestisch onderzoek te laten uitvoeren.",
    ],
    redact=[VLASVELD, P("W. van der Horst", "W. van der Horst"), P("meter RJV", "RJV", kind="INITIALS"),
            P("meter SD", "SD", kind="INITIALS"),
            P("metadata Author RJV", {"text": "RJV", "channel": "metadata"}, kind="INITIALS")],
    keep=K("ORG", "Zaanstreek Metaalveredeling B.V.", "Brüel & Kjær", "NMi", "OD NZKG")
    + K("ADDR", "Symon Spiersweg 17") + K("REF", "G-25-0311", "Z-25-104877", "3011842")
    + K("LAW", "Handleiding meten en rekenen industrielawaai", "HMRI 1999")
    + K("STREET", "Vincent van Goghweg") + K("PLACE", "Rosmolenwijk") + K("SUBST", "LAeq", "LAmax", "LAr,LT")
    + K("TITLE", "geluidsdeskundige"),
    )

# ============================================================== mz17 meetresultaten geur/benzeen (Carlito)
doc(id="mz17", producer="rl", font="Carlito", size=10, header=ODHDR, footer="Meetresultaten L-25-0088",
    title="Meetresultaten geur en benzeen Westpoort", colw=[1.2, 1.0, 1.8, 1.1, 1.1, 1.0, 0.8],
    body=[
        "# Meetresultaten geur en benzeen Westpoort, juni 2025 (L-25-0088)",
        "Metingen rond Bodemzorg Westpoort B.V. (Australiëhavenweg 100) en omgeving, uitgevoerd door de OD NZKG "
        "met ondersteuning van de snuffelploeg van DCMR Milieudienst Rijnmond. Benzeen met passieve "
        "samplers (Radiello 145) en een draagbare PID (MiniRAE 3000); analyse door het laboratorium van "
        "Eurofins Omegam in Amsterdam.",
        "|Punt|Datum|Locatie|Benzeen µg/m3|Tolueen µg/m3|Geur (snuffel)|Init.",
        "|L1|11-06-2025|Australiëhavenweg, erfgrens west|4,8|11,2|duidelijk, olieachtig|SDo",
        "|L2|11-06-2025|Depot D4|9,6|18,4|sterk|SDo",
        "|L3|11-06-2025|Westzanerdijk (woningen)|1,1|2,9|zwak|WR",
        "|L4|12-06-2025|Ruigoord|0,9|2,0|niet waarneembaar|WR",
        "|L5|12-06-2025|Westzaan, Kerkbuurt|1,4|3,3|zwak, zoetig|SDo / WR",
        "",
        "Toetsing: de grenswaarde voor benzeen uit het Besluit kwaliteit leefomgeving is 5 µg/m3 "
        "(jaargemiddelde); een daggemiddelde is daar niet rechtstreeks mee te vergelijken. Het hoge gehalte bij "
        "depot D4 (L2) bevestigt dat de open opslag een bron is. De geurwaarnemingen in Westzaan zijn niet aan "
        "Bodemzorg toe te schrijven; vermoedelijk cacaoverwerking in Wormerveer (Olam Food Ingredients).",
        "Initialen: SDo = specialist lucht en geur OD NZKG; WR = senior adviseur geur DCMR (Wilco Rietveld). "
        "Labrapport Eurofins Omegam nr. 2025-061877, getekend door analist K. Brandsma.",
        "Vragen: team Lucht, OD NZKG, lucht@odnzkg.nl.",
    ],
    redact=[P("Wilco Rietveld", "Wilco Rietveld"), P("analyst K. Brandsma", "K. Brandsma"),
            P("init SDo", "SDo", kind="INITIALS"), P("init WR", "WR", kind="INITIALS")],
    keep=K("ORG", "Bodemzorg Westpoort B.V.", "DCMR Milieudienst Rijnmond", "Eurofins Omegam",
           "Olam Food Ingredients", "OD NZKG")
    + K("ADDR", "Australiëhavenweg 100") + K("STREET", "Westzanerdijk") + K("PLACE", "Ruigoord", "Wormerveer", "Westzaan")
    + K("REF", "L-25-0088", "2025-061877") + K("SUBST", "Benzeen", "benzeen", "Tolueen", "Radiello 145", "MiniRAE 3000")
    + K("LAW", "Besluit kwaliteit leefomgeving") + K("MAIL", "lucht@odnzkg.nl")
    + K("TITLE", "specialist lucht en geur", "senior adviseur geur"),
    )

# ============================================================== mz18 scanned controle checklist (scan, Courier)
doc(id="mz18", producer="scan", font="Courier", size=10.5, jpeg=70, scanner="RICOH IM C3000 (scan naar e-mail)",
    header="OD NZKG - Controleformulier autodemontage / ARN", footer="",
    title="", colw=[3, 1, 3],
    body=[
        "# CONTROLEFORMULIER HERCONTROLE",
        "Zaak: Z-25-112503   Datum: 13-01-2026   Tijd: 10:05",
        "Bedrijf: Autodemontage Kuipers, Lagedijk 212, Zaandijk",
        "Eigenaar aanwezig: ja, R.J. Kuipers",
        "Toezichthouder: T. Oudejans (TH-0417)",
        "Tweede persoon: W. van der Horst (TH-0452)",
        "",
        "|Controlepunt|Voldaan|Opmerking",
        "|Wrakken op onverhard terrein|nee|6 wrakken achter schuur",
        "|Vloeistofdichte vloer|deels|vloer gestort, nog geen keuring",
        "|Olie-afscheider NEN-EN 858|ja|geplaatst 20-12-2025",
        "|Werktijden na 18.00 uur|onbekend|melding 08-01 van Plasmeijer",
        "|Afvalstoffen (accu's, olie)|ja|afvoer via erkende inzamelaar",
        "",
        "Conclusie: last 1 niet volledig nageleefd. Dwangsom verbeurd voor",
        "week 2 (eerste termijn). Invordering voorbereiden.",
        "Handtekening toezichthouder: Oudejans",
    ],
    redact=[P("Kuipers", "Kuipers", "R.J. Kuipers"), P("Lagedijk 212", "Lagedijk 212", kind="ADDRESS"),
            P("T. Oudejans", "T. Oudejans", "Oudejans", "TH-0417"), P("W. van der Horst", "W. van der Horst", "TH-0452"),
            P("Plasmeijer", "Plasmeijer")],
    keep=[],
    )

# ============================================================== mz19 factsheet; name only in metadata (Info Author + XMP)
doc(id="mz19", producer="rl", font="DejaVuSerif", size=10, header=ODHDR, footer="Factsheet handhavingsstrategie",
    title="Factsheet Landelijke Handhavingsstrategie bij de OD NZKG",
    hidden={"author": "Nadia Bouzerda", "xmp": ["N. Bouzerda (OD NZKG, Toezicht Industrie)"]},
    body=[
        "# Factsheet: zo handhaaft de OD NZKG",
        "De Omgevingsdienst Noordzeekanaalgebied werkt voor de provincie Noord-Holland en voor de gemeenten "
        "Amsterdam, Zaanstad, Haarlemmermeer, Oostzaan, Wormerland, Landsmeer en Purmerend. Bij overtredingen "
        "volgen wij de Landelijke Handhavingsstrategie (LHS), die in alle omgevingsdiensten wordt gebruikt.",
        "## De interventiematrix",
        "|Gevolgen|Gedrag: welwillend|Gedrag: calculerend / crimineel",
        "|Gering (categorie 1-2)|waarschuwing, hercontrole|last onder dwangsom",
        "|Aanzienlijk (categorie 3)|last onder dwangsom|last onder dwangsom, proces-verbaal",
        "|Ernstig (categorie 4)|last onder bestuursdwang, stillegging|bestuursdwang en strafrecht (OM)",
        "## Bestuursrecht en strafrecht",
        "Bestuursrechtelijke handhaving loopt via de Algemene wet bestuursrecht en de Omgevingswet. Voor het "
        "strafrecht werken wij samen met het Openbaar Ministerie (Functioneel Parket), de politie en de "
        "Inspectie Leefomgeving en Transport (ILT). Boa's van de OD NZKG zijn bevoegd in domein II (milieu, "
        "welzijn en infrastructuur).",
        "## Meer informatie",
        "Zie www.odnzkg.nl/handhaving of bel 088 567 0200. Melding van een milieuklacht: 24 uur per dag via "
        "088 567 0200 of www.odnzkg.nl/melding.",
    ],
    redact=[P("Nadia Bouzerda (metadata only)", {"text": "Bouzerda", "channel": "metadata"},
              {"text": "Nadia", "channel": "metadata"},
              {"text": "N. Bouzerda", "channel": "metadata"})],
    keep=K("ORG", "Omgevingsdienst Noordzeekanaalgebied", "OD NZKG", "Openbaar Ministerie", "Functioneel Parket",
           "Inspectie Leefomgeving en Transport", "ILT", "provincie Noord-Holland")
    + K("PLACE", "Haarlemmermeer", "Oostzaan", "Wormerland", "Landsmeer", "Purmerend")
    + K("LAW", "Landelijke Handhavingsstrategie", "Algemene wet bestuursrecht", "Omgevingswet")
    + K("PHONE", "088 567 0200") + K("URL", "www.odnzkg.nl/handhaving"),
    )

# ============================================================== mz20 concept memo; names only in outline
doc(id="mz20", producer="rl", font="LibSans", size=10, header=ODHDR, footer="Concept - niet verspreiden",
    title="Concept handhavingsbrief ZMV",
    hidden={"outline": ["Concept v3 - opmerkingen Maarten Sleutjes verwerkt",
                        "Bijlage: reactie Dennis Koeleman 02-04-2025", "Vragen voor Saskia (geur)"]},
    body=[
        "# CONCEPT - Waarschuwing en voornemen last onder dwangsom",
        "Zaanstreek Metaalveredeling B.V., t.a.v. de directie, Symon Spiersweg 17, 1506 RZ Zaandam",
        "Zaaknummer: Z-25-104877",
        "Bij de controle van 12 maart 2025 en de geluidsmeting van 23 en 24 april 2025 (meetrapport G-25-0311) "
        "is vastgesteld dat uw bedrijf de maatwerkvoorschriften voor geluid in de nachtperiode overschrijdt en "
        "dat zinkdamp ontsnapt uit de afzuigkap van het zinkbad. Uw reactie van 2 april 2025 hebben wij "
        "ontvangen; u geeft aan dat de afzuigkap in mei wordt vervangen.",
        "Wij zijn van plan u een last onder dwangsom op te leggen namens het college van burgemeester en "
        "wethouders van Zaanstad: de roldeur aan de Symon Spiersweg moet tussen 19.00 en 07.00 uur gesloten "
        "blijven; per overtreding € 5.000, maximaal € 50.000.",
        "[TODO juridisch: grondslag maatwerkvoorschrift onder overgangsrecht Omgevingswet nagaan]",
        "[TODO geur: meetresultaten snuffelploeg DCMR toevoegen als die er zijn]",
        "U kunt binnen twee weken een zienswijze geven (artikel 4:8 Awb).",
    ],
    redact=[P("Maarten Sleutjes (outline)", {"text": "Sleutjes", "channel": "outline"},
              {"text": "Maarten", "channel": "outline"}),
            P("Dennis Koeleman (outline)", {"text": "Koeleman", "channel": "outline"},
              {"text": "Dennis", "channel": "outline"}),
            P("Saskia (outline)", {"text": "Saskia", "channel": "outline"})],
    keep=K("ORG", "Zaanstreek Metaalveredeling B.V.", "DCMR") + K("ADDR", "Symon Spiersweg 17")
    + K("REF", "Z-25-104877", "G-25-0311") + K("LAW", "Omgevingswet", "Awb") + K("PLACE", "Zaanstad")
    + K("AMOUNT", "€ 5.000", "€ 50.000"),
    )

# ============================================================== mz21 notitie with sticky notes (annotations)
doc(id="mz21", producer="rl", font="Helvetica", size=10, header=ODHDR, footer="Notitie invordering",
    title="Notitie invordering dwangsom Z-25-112503",
    hidden={"annots": [
        {"author": "Ingrid Kroonenberg", "contents": "Eline, klopt het bedrag? Hij zegt dat hij in week 3 al "
         "klaar was. Graag even checken voor het naar Gerard gaat. Ingrid"},
        {"author": "Eline Westerbeek", "contents": "Bedrag klopt (2 weken verbeurd). Foto's van Thijs "
         "bewijzen dat er op 13-01 nog 6 wrakken stonden."}]},
    body=[
        "# Notitie: invordering verbeurde dwangsom",
        "Zaak: Z-25-112503 (autodemontage Lagedijk, Zaandijk)    Datum: 15 april 2026",
        "## Feiten",
        "Bij besluit van 25 november 2025 is een last onder dwangsom opgelegd met een begunstigingstermijn van "
        "zes weken (einde 6 januari 2026). Bij de hercontrole van 13 januari 2026 stonden nog zes wrakken op "
        "onverhard terrein; bij de controle van 20 januari 2026 was het terrein op orde. Daarmee is de dwangsom "
        "voor twee weken verbeurd: 2 x € 2.500 = € 5.000.",
        "## Juridisch kader",
        "Op grond van artikel 5:37 Awb beslist het bestuursorgaan bij beschikking over de invordering "
        "(invorderingsbeschikking). Er moet een zwaarwegend belang zijn om van invordering af te zien. Het "
        "Beleid invordering dwangsommen OD NZKG 2023 geeft geen ruimte voor matiging bij verminderde "
        "financiële draagkracht zonder onderbouwing.",
        "## Advies",
        "Invorderingsbeschikking van € 5.000 vaststellen en de overtreder in de gelegenheid stellen een "
        "betalingsregeling te treffen. Betaling op rekening NL25 BNGH 0285 1660 33 van de gemeente Zaanstad "
        "onder vermelding van Z-25-112503.",
        "Bijlage: foto's hercontrole 13-01-2026 (6 stuks).",
    ],
    redact=[P("Ingrid Kroonenberg (annotation)", {"text": "Kroonenberg", "channel": "annotations"},
              {"text": "Ingrid", "channel": "annotations"}),
            P("Eline Westerbeek (annotation)", {"text": "Westerbeek", "channel": "annotations"},
              {"text": "Eline", "channel": "annotations"}),
            P("Gerard (annotation)", {"text": "Gerard", "channel": "annotations"}),
            P("Thijs (annotation)", {"text": "Thijs", "channel": "annotations"})],
    keep=K("REF", "Z-25-112503") + K("LAW", "Awb", "Beleid invordering dwangsommen OD NZKG 2023")
    + K("PLACE", "Zaandijk", "Zaanstad") + K("AMOUNT", "€ 5.000") + K("IBAN_ORG", "NL25 BNGH 0285 1660 33"),
    )

# ============================================================== mz22 filled meldingsformulier (AcroForm)
doc(id="mz22", producer="rl", font="Helvetica", size=10, header="OD NZKG - Meldingsformulier milieuklacht (PDF)",
    footer="formulier MK-2024 v2", title="Meldingsformulier milieuklacht", top=95,
    hidden={"fields": [
        {"name": "naam", "label": "Naam melder", "value": "Anja van Tongeren", "x": 20, "y": 250},
        {"name": "adres", "label": "Adres", "value": "Kerkbuurt 77, 1551 AB Westzaan", "x": 105, "y": 250},
        {"name": "telefoon", "label": "Telefoon", "value": "075-612 90 37", "x": 20, "y": 236},
        {"name": "email", "label": "E-mail", "value": "anjavantongeren@kpnmail.nl", "x": 105, "y": 236},
        {"name": "gezondheid", "label": "Gezondheidsklachten (optioneel)", "value": "hoofdpijn en benauwdheid (astmapatiënt)",
         "x": 20, "y": 222, "w": 155},
    ]},
    body=[
        "Velden hierboven zijn ingevuld door de melder. Dit formulier wordt gebruikt als de online melding niet "
        "werkt; het kan worden gemaild naar meldingen@odnzkg.nl.",
        "## Gegevens over de hinder",
        "|Vraag|Antwoord",
        "|Soort hinder|geur",
        "|Datum en tijd|19 december 2025, 07.30 - 09.00 uur",
        "|Vermoedelijke bron|Cargill, Westzanerdijk (cacao/zetmeel)",
        "|Windrichting (KNMI)|zuidwest",
        "|Eerder gemeld|ja, M25-24760",
        "## Afhandeling (door OD NZKG in te vullen)",
        "Meldingnummer: M25-26551. Snuffelronde uitgevoerd om 09.40 uur; geur niet bevestigd. Melder "
        "geïnformeerd per e-mail op 22 december 2025.",
        "Uw gegevens worden verwerkt volgens de Algemene verordening gegevensbescherming (AVG). De OD NZKG "
        "deelt uw naam niet met het bedrijf.",
    ],
    redact=[P("Anja van Tongeren (form field)", {"text": "van Tongeren", "channel": "annotations"},
              {"text": "Anja", "channel": "annotations"}),
            P("Kerkbuurt 77 (form field)", {"text": "Kerkbuurt 77", "channel": "annotations"},
              {"text": "1551 AB", "channel": "annotations"}, kind="ADDRESS"),
            P("phone (form field)", {"text": "075-612 90 37", "channel": "annotations"}),
            P("e-mail (form field)", {"text": "anjavantongeren@kpnmail.nl", "channel": "annotations"}),
            P("health (form field)", {"text": "astmapatiënt", "channel": "annotations"}, kind="HEALTH")],
    keep=K("MAIL", "meldingen@odnzkg.nl") + K("ORG", "Cargill", "KNMI", "OD NZKG") + K("STREET", "Westzanerdijk")
    + K("REF", "M25-24760", "M25-26551") + K("LAW", "Algemene verordening gegevensbescherming", "AVG"),
    )

# ============================================================== mz23 reply to complainant (docx; author only in metadata)
doc(id="mz23", producer="docx", font="Calibri", size=10.5, header=ODHDR, footer="M25-25814",
    title="Reactie op uw melding", hidden={"author": "Priya Ramdin", "last_modified_by": "Ramdin, Priya"},
    body=[
        "De heer Y. Demirkan",
        "Wijkerstraatweg 156",
        "1951 EK Velsen-Noord",
        "",
        "Zaandam, 2 december 2025",
        "Ons kenmerk: M25-25814    Onderwerp: uw meldingen over stof uit Velsen Staalbewerking B.V.",
        "",
        "Geachte heer Demirkan,",
        "Op 23 oktober en 17 november 2025 heeft u bij ons gemeld dat u grijs stof op uw auto en vensterbank "
        "aantreft, afkomstig van de buitenopslag van Velsen Staalbewerking B.V. aan de Wijkermeerweg. U schreef "
        "ook dat uw COPD de laatste weken verslechtert en dat uw huisarts u heeft geadviseerd de ramen gesloten "
        "te houden. Dat vinden wij vervelend om te lezen.",
        "Onze toezichthouders hebben het bedrijf op 13 januari, 22 januari en 5 februari gecontroleerd en "
        "stofverspreiding vastgesteld. Namens gedeputeerde staten van Noord-Holland bereiden wij een "
        "handhavingsbesluit voor. Over de inhoud daarvan kunnen wij u pas informeren als het besluit is "
        "genomen; u kunt het dan ook vinden op www.odnzkg.nl/besluiten en in het Provinciaal Blad.",
        "Heeft u vragen over gezondheid en stof in de IJmond? Dan kunt u terecht bij de GGD Kennemerland "
        "(023 789 1631) of het Gezondheidsonderzoek IJmond van het RIVM.",
        "Wij zien uw e-mails aan y.demirkan@hotmail.com als uw voorkeur voor contact; u krijgt onze volgende "
        "reactie per e-mail. Ons klantcontactcentrum is bereikbaar op 088 567 0200.",
        "",
        "Met vriendelijke groet,",
        "Klantcontactcentrum OD NZKG",
        "namens de teamleider Toezicht Industrie",
    ],
    redact=[DEMIRKAN, DEMIRKAN_ADDR, P("Y. Demirkan", "Y. Demirkan"),
            P("health (COPD)", "COPD", kind="HEALTH"), P("health (huisarts)", "huisarts", kind="HEALTH"),
            P("Priya Ramdin (metadata)", {"text": "Ramdin", "channel": "metadata"},
              {"text": "Priya", "channel": "metadata"})],
    keep=K("ORG", "Velsen Staalbewerking B.V.", "GGD Kennemerland", "RIVM", "OD NZKG")
    + K("STREET", "Wijkermeerweg") + K("REF", "M25-25814") + K("PHONE", "023 789 1631", "088 567 0200")
    + K("URL", "www.odnzkg.nl/besluiten") + K("PLACE", "IJmond") + K("PROG", "Gezondheidsonderzoek IJmond")
    + K("TITLE", "teamleider Toezicht Industrie"),
    )

# ============================================================== mz24 zienswijze advocaat (Times)
doc(id="mz24", producer="rl", font="Times", size=11,
    header="ZAANSTEDE ADVOCATEN  |  Westzijde 102, 1506 EH Zaandam  |  075 303 1100  |  info@zaanstedeadvocaten.nl",
    footer="", title="Zienswijze Autodemontage Kuipers", creator="Microsoft Word - Zienswijze_OD_NZKG.docx",
    body=[
        "Omgevingsdienst Noordzeekanaalgebied",
        "t.a.v. mevrouw mr. E. Westerbeek",
        "Postbus 1046",
        "1500 EA Zaandam",
        "",
        "Zaandam, 4 november 2025",
        "Uw kenmerk: U-25-093318 / Z-25-112503    Ons kenmerk: 2025.0418/HB",
        "Betreft: zienswijze de heer R.J. Kuipers (Autodemontage Kuipers)",
        "",
        "Geachte mevrouw Westerbeek,",
        "Namens mijn cliënt, de heer Ruud Johannes Kuipers, geboren op 14 maart 1968, wonende aan de Lagedijk "
        "212 te 1544 BL Zaandijk, dien ik hierbij een zienswijze in op het voornemen tot het opleggen van een last "
        "onder dwangsom van 14 oktober 2025.",
        "1. Cliënt exploiteert sinds 1994 een kleinschalig demontagebedrijf aan huis. De wrakken op het terrein "
        "staan er tijdelijk, in afwachting van afvoer naar een ARN-erkend bedrijf in Wormerveer.",
        "2. Cliënt heeft op 12 augustus 2025 een hernia-operatie ondergaan in het Zaans Medisch Centrum en "
        "mocht tot eind oktober niet tillen. Hij kon het terrein daardoor niet zelf opruimen. Een verklaring "
        "van zijn behandelend specialist kan worden overgelegd.",
        "3. De werkzaamheden na 18.00 uur zijn verricht door de zoon van cliënt, Kevin Kuipers, voor eigen "
        "gebruik (restauratie van een eigen auto). Dat is geen bedrijfsmatige activiteit in de zin van het "
        "Besluit activiteiten leefomgeving.",
        "4. De begunstigingstermijn van vier weken is gelet op het voorgaande te kort. Cliënt verzoekt om een "
        "termijn van ten minste twaalf weken (vgl. ABRvS 16 maart 2022, ECLI:NL:RVS:2022:790).",
        "Cliënt is bereid het terrein in overleg met de OD NZKG in te richten. Ik verzoek u de zienswijze "
        "mondeling te mogen toelichten.",
        "",
        "Hoogachtend,",
        "@sig H. Brugman",
        "mr. H. Brugman, advocaat",
        "h.brugman@zaanstedeadvocaten.nl  |  direct 075-303 1188",
    ],
    redact=[KUIPERS, KUIPERS_ADDR, BRUGMAN, P("E. Westerbeek", "E. Westerbeek", "Westerbeek"),
            P("Kuipers full name", "Ruud Johannes Kuipers", "R.J. Kuipers", "Johannes"),
            P("son Kevin Kuipers", "Kevin"), P("date of birth", "14 maart 1968", kind="DOB"),
            P("Lagedijk 212 (split)", "Lagedijk 212", kind="ADDRESS"),
            P("health (hernia-operatie)", "hernia-operatie", kind="HEALTH"),
            P("lawyer's paraph HB in reference", "2025.0418/HB", kind="INITIALS")],
    keep=K("ORG", "Zaanstede Advocaten", "ZAANSTEDE ADVOCATEN", "Omgevingsdienst Noordzeekanaalgebied", "Zaans Medisch Centrum", "OD NZKG")
    + K("ADDR", "Westzijde 102", "Postbus 1046") + K("PHONE", "075 303 1100") + K("MAIL", "info@zaanstedeadvocaten.nl")
    + K("REF", "U-25-093318", "Z-25-112503", "ECLI:NL:RVS:2022:790") + K("LAW", "Besluit activiteiten leefomgeving")
    + K("PLACE", "Wormerveer"),
    )

# ============================================================== mz25 verzoek om handhaving, bewonersvereniging (Carlito)
doc(id="mz25", producer="rl", font="Carlito", size=11, header="Vereniging Leefbaar Zaandijk-Zuid  -  secretariaat@leefbaarzaandijk.nl",
    footer="", title="Verzoek om handhaving", creator="Writer", pdf_producer="LibreOffice 7.4",
    body=[
        "Aan het college van burgemeester en wethouders van Zaanstad",
        "p/a Omgevingsdienst Noordzeekanaalgebied",
        "Postbus 1046, 1500 EA Zaandam",
        "",
        "Zaandijk, 28 november 2025",
        "Onderwerp: verzoek om handhaving (artikel 4:1 Awb jo. artikel 5:1 Awb)",
        "",
        "Geacht college,",
        "De Vereniging Leefbaar Zaandijk-Zuid vertegenwoordigt 180 huishoudens in de buurt van de Lagedijk en "
        "de Guisweg. Namens 23 leden die direct naast het perceel Lagedijk 212 wonen verzoeken wij u handhavend "
        "op te treden tegen de autodemontage die daar plaatsvindt.",
        "De overlast bestaat uit slijpen en bonken tot laat in de avond, olie- en benzinelucht, en zwerfvuil "
        "van onderdelen op de dijk. Een van onze leden, mevrouw Ootjers, heeft een hartaandoening en een ander "
        "lid, mevrouw Plasmeijer, gebruikt vanwege haar astma dagelijks een inhalator. Zij ervaren de "
        "uitlaatgassen als bedreigend voor hun gezondheid.",
        "Wij vragen u: (1) een last onder dwangsom op te leggen, (2) de naleving wekelijks te controleren, en "
        "(3) de vereniging te informeren over de voortgang. Wij zijn bereid een en ander toe te lichten in een "
        "gesprek, bij voorkeur met gedeputeerde Olthof erbij, omdat de provincie de omgevingsdiensten "
        "mede aanstuurt.",
        "",
        "Met vriendelijke groet,",
        "namens het bestuur,",
        "@sig Leo Bakkum",
        "Leo Bakkum, voorzitter",
        "06-2505 6613 / leo.bakkum@xs4all.nl",
        "",
        "Bijlage: handtekeningenlijst (23 namen, adressen en handtekeningen; niet openbaar)",
    ],
    redact=[BAKKUM, P("Ootjers", "Ootjers"), P("Plasmeijer", "Plasmeijer"),
            P("Lagedijk 212", "Lagedijk 212", kind="ADDRESS"),
            P("health (hartaandoening)", "hartaandoening", kind="HEALTH"),
            P("health (astma)", "astma", kind="HEALTH"), P("health (inhalator)", "inhalator", kind="HEALTH")],
    keep=K("ORG", "Vereniging Leefbaar Zaandijk-Zuid", "Omgevingsdienst Noordzeekanaalgebied")
    + K("MAIL", "secretariaat@leefbaarzaandijk.nl") + K("STREET", "Guisweg") + K("LAW", "Awb")
    + K("OFFICE", "gedeputeerde Olthof") + K("PLACE", "Zaanstad", "Zaandijk") + K("TITLE", "voorzitter"),
    )

# ============================================================== mz26 e-mail ILT / RWS (DejaVu)
doc(id="mz26", producer="rl", font="DejaVu", size=9, header="", footer="",
    title="RE: olielozing Australiëhaven - afstemming ILT/RWS/OD NZKG", creator="Microsoft Outlook",
    body=[
        "> Van:       Holtrop, B. (ILT) <bas.holtrop@ilent.nl>",
        "> Datum:     woensdag 30 april 2025 15:26",
        "> Aan:       Tjoa, Mirjam (RWS-WNN) <mirjam.tjoa@rws.nl>; Bouzerda, Nadia <n.bouzerda@odnzkg.nl>",
        "> CC:        ILT Meldkamer <meldkamer@ilent.nl>",
        "> Onderwerp: RE: olielozing Australiëhaven - afstemming ILT/RWS/OD NZKG",
        "",
        "Mirjam, Nadia,",
        "Vanuit de ILT (Inspectie Leefomgeving en Transport, team Afval en Vervoer) hebben wij geen lopend "
        "onderzoek naar Bodemzorg Westpoort B.V. Wel zien wij in het EVOA-dossier dat het bedrijf in 2024 "
        "partijen PFAS-houdende grond uit België heeft geaccepteerd (kennisgeving BE 004117). Als blijkt dat die "
        "in depot D4 liggen, hoor ik dat graag, want dan is het ook een EVOA-kwestie.",
        "Ik kan op 8 mei niet mee. Mijn collega van de ILT-Meldkamer is bereikbaar via 088 489 0000.",
        "Groet, Bas Holtrop",
        "inspecteur, ILT | 06-5266 0913",
        "",
        "> Van:       Tjoa, Mirjam (RWS-WNN) <mirjam.tjoa@rws.nl>",
        "> Datum:     dinsdag 29 april 2025 17:48",
        "> Aan:       Bouzerda, Nadia <n.bouzerda@odnzkg.nl>",
        "> CC:        Holtrop, B. (ILT) <bas.holtrop@ilent.nl>; WNN Meldpunt Water",
        "> Onderwerp: olielozing Australiëhaven - afstemming ILT/RWS/OD NZKG",
        "",
        "Hoi Nadia,",
        "Vanmorgen heeft de patrouille van Rijkswaterstaat West-Nederland Noord een oliefilm van circa 300 m2 "
        "waargenomen in de Australiëhaven, vlakbij het lozingspunt van Bodemzorg Westpoort. Monsters zijn "
        "genomen (RWS-2025-WNN-0577). Ik stel voor dat we donderdag 8 mei samen gaan: jij voor de Bal-kant, "
        "ik voor de lozing (watervergunning, vroeger Waterwet).",
        "Het Havenbedrijf Amsterdam (Port of Amsterdam) is geïnformeerd via de havenmeester.",
        "Groet,",
        "Mirjam Tjoa",
        "adviseur waterkwaliteit | Rijkswaterstaat West-Nederland Noord",
        "M 06-3112 8740 | Algemeen 0800-8002",
    ],
    redact=[HOLTROP, TJOA, BOUZERDA, P("Bas", "Bas")],
    keep=K("ORG", "Inspectie Leefomgeving en Transport", "ILT", "Bodemzorg Westpoort B.V.", "Rijkswaterstaat West-Nederland Noord",
           "Havenbedrijf Amsterdam", "Port of Amsterdam", "RWS-WNN")
    + K("MAIL", "meldkamer@ilent.nl") + K("PHONE", "088 489 0000", "0800-8002") + K("PLACE", "Australiëhaven", "België")
    + K("REF", "BE 004117", "RWS-2025-WNN-0577") + K("LAW", "EVOA", "Bal", "Waterwet") + K("SUBST", "PFAS")
    + K("TITLE", "inspecteur", "adviseur waterkwaliteit", "havenmeester"),
    )

# ============================================================== mz27 controlerapport Velsen Staal (docx)
doc(id="mz27", producer="docx", font="Liberation Sans", size=10, header=ODHDR, footer="Z-26-003311 controle",
    title="Controlerapport Velsen Staalbewerking", author="Wouter van der Horst", space_after=2,
    body=[
        "# Controlerapport - stofemissie buitenopslag",
        "|Onderdeel|Gegevens",
        "|Bedrijf|Velsen Staalbewerking B.V., Wijkermeerweg 40, 1951 AR Velsen-Noord",
        "|Zaak|Z-26-003311 (bevoegd gezag: gedeputeerde staten van Noord-Holland)",
        "|Data|13-01-2026, 22-01-2026, 05-02-2026",
        "|Toezichthouder|W. van der Horst (TH-0452), 06-4871 2205",
        "|Gesproken met|J. Molenkamp (directeur), R. Sahin (hoofd productie)",
        "## Waarnemingen",
        "13 januari 2026, 14.20 uur: bij verlading van straalgrit met een shovel ontstond een zichtbare stofwolk "
        "die met de westenwind (Bft 4) over de terreingrens in de richting van de Wijkerstraatweg dreef. De "
        "sproei-installatie stond uit wegens vorst. De heer Sahin verklaarde dat de leidingen bevroren waren.",
        "22 januari 2026, 09.05 uur: geen verlading, maar de opslag was niet afgedekt; lichte verstuiving bij "
        "windstoten.",
        "5 februari 2026, 11.40 uur: verlading in de buitenlucht, opnieuw stofwolk tot buiten de terreingrens. "
        "Foto's VSB-11 tot en met VSB-19. Stofmonster van een auto aan de Wijkerstraatweg genomen (met "
        "toestemming van de eigenaar) en opgestuurd naar TNO voor analyse op ijzer en aluminiumoxide.",
        "## Conclusie",
        "Overtreding van de zorgplicht (artikel 2.11 Bal) en voorschrift 4.3.2 van de vergunning. Geadviseerd "
        "wordt een last onder dwangsom op te leggen (LHS categorie B3, calculerend gedrag: eerdere toezegging "
        "van de heer Molenkamp niet nagekomen).",
        "",
        "Opgemaakt op ambtseed, Zaandam, 6 februari 2026.",
        "Wouter van der Horst, toezichthouder milieu",
    ],
    redact=[VANDERHORST, MOLENKAMP, P("W. van der Horst", "W. van der Horst"), P("TH-0452", "TH-0452", kind="BADGE"),
            P("J. Molenkamp", "J. Molenkamp"), P("R. Sahin (hoofd productie)", "R. Sahin", "Sahin")],
    keep=K("ORG", "Velsen Staalbewerking B.V.", "TNO") + K("ADDR", "Wijkermeerweg 40", "1951 AR Velsen-Noord")
    + K("STREET", "Wijkerstraatweg") + K("REF", "Z-26-003311", "VSB-11") + K("LAW", "Bal", "LHS")
    + K("SUBST", "straalgrit", "aluminiumoxide") + K("TITLE", "toezichthouder milieu", "hoofd productie", "directeur"),
    )

# ============================================================== mz28 internal legal advice with paraph table (LibSerif)
doc(id="mz28", producer="rl", font="LibSerif", size=10.5, header=ODHDR, footer="Intern advies JZ-2026-014",
    title="Juridisch advies maatwerkvoorschriften ZMV", author="OD NZKG Juridische Zaken",
    body=[
        "# Intern juridisch advies JZ-2026-014",
        "|Aan|Ingrid Kroonenberg, teamleider Toezicht Industrie",
        "|Van|Maarten Sleutjes, senior jurist; Eline Westerbeek, handhavingsjurist",
        "|Datum|3 februari 2026",
        "|Onderwerp|Houdbaarheid maatwerkvoorschriften geluid Zaanstreek Metaalveredeling B.V. onder de Omgevingswet",
        "## Vraag",
        "Kunnen de maatwerkvoorschriften van 2021 (destijds op grond van artikel 8.42 Wet milieubeheer en het "
        "Activiteitenbesluit milieubeheer) na 1 januari 2024 nog worden gehandhaafd, en zo ja met welke "
        "grondslag in een last onder dwangsom?",
        "## Antwoord in het kort",
        "Ja. Op grond van het overgangsrecht (artikel 4.12 Invoeringswet Omgevingswet) gelden maatwerkvoorschriften "
        "die onder het Activiteitenbesluit zijn gesteld als maatwerkvoorschriften onder het Besluit activiteiten "
        "leefomgeving. Voor geluid gaan zij na afloop van de overgangsfase van het omgevingsplan over naar het "
        "omgevingsplan van Zaanstad (bruidsschat). Een last onder dwangsom kan worden gebaseerd op artikel 18.1a "
        "Omgevingswet jo. artikel 5:32 Awb.",
        "## Toelichting",
        "1. De meting van 23-24 april 2025 (G-25-0311) is uitgevoerd volgens HMRI 1999. Onder de Omgevingswet "
        "wordt voor nieuwe situaties de Reken- en meetvoorschriften geluid (Omgevingsregeling, bijlage IVe) "
        "gebruikt. Voor de toets aan het oude maatwerkvoorschrift is de oude methode passend (vgl. ABRvS "
        "7 februari 2024, ECLI:NL:RVS:2024:465).",
        "2. Het bedrijf heeft aangekondigd zich te zullen beroepen op het vertrouwensbeginsel, omdat een "
        "toezichthouder in 2022 mondeling zou hebben gezegd dat de roldeur open mocht bij hitte. Uit het "
        "dossier blijkt dat niet. Wel adviseren wij de betrokken oud-medewerker (thans werkzaam bij de "
        "Omgevingsdienst West-Holland) daarover te horen.",
        "3. De hoogte van de dwangsom (€ 5.000 per overtreding, max. € 50.000) staat in redelijke verhouding "
        "tot de zwaarte van het geschonden belang.",
        "=PAGE",
        "## Persoonlijke beleidsopvatting",
        "Wij (MSl) zijn van mening dat de OD NZKG in dit dossier te lang heeft gewacht; een hercontrole in de "
        "nachtperiode had al in 2024 moeten plaatsvinden. Dit is een persoonlijke opvatting en geen "
        "standpunt van de organisatie.",
        "## Paraaf",
        "|Naam|Rol|Paraaf|Datum",
        "|M. Sleutjes|opsteller|MSl|03-02-2026",
        "|E. Westerbeek|mede-opsteller|EWe|03-02-2026",
        "|I. Kroonenberg|gezien|IK|05-02-2026",
        "|G. Pronk|ter kennisname|GP|06-02-2026",
        "",
        "Verspreiding: team Toezicht Industrie; dossier Z-25-104877. Niet extern verspreiden.",
    ],
    redact=[SLEUTJES, WESTERBEEK, KROONENBERG, P("M. Sleutjes", "M. Sleutjes"), P("E. Westerbeek", "E. Westerbeek"),
            P("I. Kroonenberg", "I. Kroonenberg"), P("G. Pronk", "G. Pronk"),
            P("paraph MSl", "MSl", kind="INITIALS"), P("paraph EWe", "EWe", kind="INITIALS"),
            P("paraph IK", "IK", kind="INITIALS"), P("paraph GP", "GP", kind="INITIALS")],
    keep=K("ORG", "Zaanstreek Metaalveredeling B.V.", "Omgevingsdienst West-Holland", "OD NZKG")
    + K("LAW", "Wet milieubeheer", "Activiteitenbesluit milieubeheer", "Invoeringswet Omgevingswet",
        "Besluit activiteiten leefomgeving", "Omgevingsregeling", "HMRI 1999", "Awb")
    + K("REF", "JZ-2026-014", "G-25-0311", "Z-25-104877", "ECLI:NL:RVS:2024:465") + K("PLACE", "Zaanstad")
    + K("TITLE", "senior jurist", "handhavingsjurist", "teamleider Toezicht Industrie"),
    )

# ============================================================== mz29 scanned invorderingsbeschikking (scan, Times)
doc(id="mz29", producer="scan", font="Times", size=11.5, jpeg=58, scanner="Canon iR-ADV C5535 (scan)",
    header="Omgevingsdienst Noordzeekanaalgebied  -  Ebbehout 31, 1507 EA Zaandam  -  088 567 0200",
    footer="", title="",
    body=[
        "AANGETEKEND",
        "De heer R.J. Kuipers",
        "Lagedijk 212",
        "1544 BL Zaandijk",
        "",
        "Zaandam, 29 april 2026",
        "Zaaknummer: Z-25-112503    Kenmerk: U-26-038102",
        "Onderwerp: invorderingsbeschikking verbeurde dwangsom",
        "",
        "Geachte heer Kuipers,",
        "Bij besluit van 25 november 2025 is aan u een last onder dwangsom opgelegd. Bij de hercontrole op",
        "13 januari 2026 heeft toezichthouder Oudejans vastgesteld dat u niet aan de last voldeed. Op",
        "20 januari 2026 was de overtreding beëindigd. U heeft daarmee een bedrag van EUR 5.000 verbeurd.",
        "Wij besluiten dit bedrag in te vorderen (artikel 5:37 Awb). U dient het bedrag binnen zes weken",
        "over te maken op rekening NL25 BNGH 0285 1660 33 van de gemeente Zaanstad. Een",
        "betalingsregeling is mogelijk; neemt u daarvoor contact op met mevrouw Westerbeek, 088 567 0342.",
        "",
        "Met vriendelijke groet,",
        "namens het college van burgemeester en wethouders van Zaanstad,",
        "@sig M. Sleutjes",
        "mr. M. Sleutjes, teamleider Juridische Zaken",
    ],
    redact=[P("Kuipers", "Kuipers", "R.J. Kuipers"), P("Lagedijk 212", "Lagedijk 212", "1544 BL", kind="ADDRESS"),
            P("Oudejans", "Oudejans"), P("Westerbeek", "Westerbeek", "088 567 0342"),
            P("M. Sleutjes", "M. Sleutjes", "Sleutjes")],
    keep=[],
    )

# ============================================================== mz30 telefoonnotitie (Helvetica)
doc(id="mz30", producer="rl", font="Helvetica", size=10, header="OD NZKG - Klantcontactcentrum - telefoonnotitie",
    footer="", title="Telefoonnotitie melder 06-10-2025",
    body=[
        "# Telefoonnotitie",
        "|Datum / tijd|6 oktober 2025, 19.52 uur (piketlijn 088 567 0200, keuze 1)",
        "|Aangenomen door|Priya Ramdin (PR), klantcontact",
        "|Beller|mevrouw H. Plasmeijer, Lagedijk 190, Zaandijk, tel. 075-617 22 83",
        "|Onderwerp|Overlast autodemontage Lagedijk; gezondheidsklachten",
        "## Gespreksverslag",
        "Mevrouw belt voor de derde keer deze week. Er wordt weer geslepen en er hangt een zware olielucht in "
        "haar tuin. Zij heeft ernstige astma (zegt: 'ik sta op de wachtlijst voor een longrevalidatie in "
        "Heliomare') en durft de ramen niet open te zetten. Haar kleindochter Noor logeert vaak bij haar.",
        "Mevrouw vraagt of de eigenaar, 'Ruud van nummer 212', weet dat zij klaagt. Ik heb uitgelegd dat de "
        "OD NZKG geen namen van melders aan de veroorzaker doorgeeft. Zij wil graag dat de toezichthouder "
        "(meneer Oudejans, die zij kent van een eerder bezoek) langskomt.",
        "Mevrouw is ook lid van de Vereniging Leefbaar Zaandijk-Zuid. Haar e-mailadres: h.plasmeijer@ziggo.nl.",
        "## Actie",
        "- Melding geregistreerd als M25-24517 (geur/geluid).",
        "- Doorgezet naar T. Oudejans en in cc aan de handhavingsjurist (E. Westerbeek).",
        "- Piketdienst (W. van der Horst) niet uitgerukt: geen acute milieuschade (protocol piket 2025, "
        "criterium 3).",
        "PR, 6-10-2025 20.05",
    ],
    redact=[RAMDIN, PLASMEIJER, PLASMEIJER_ADDR, P("H. Plasmeijer", "H. Plasmeijer"),
            P("Ruud (owner)", "Ruud"), P("T. Oudejans", "T. Oudejans", "Oudejans"),
            P("E. Westerbeek", "E. Westerbeek"), P("W. van der Horst", "W. van der Horst"),
            P("granddaughter Noor", "Noor"), P("paraph PR", "PR", kind="INITIALS"),
            P("health (astma)", "astma", kind="HEALTH"), P("health (longrevalidatie)", "longrevalidatie", kind="HEALTH")],
    keep=K("PHONE", "088 567 0200") + K("ORG", "OD NZKG", "Vereniging Leefbaar Zaandijk-Zuid", "Heliomare")
    + K("REF", "M25-24517") + K("TITLE", "handhavingsjurist", "toezichthouder") + K("PROG", "protocol piket 2025"),
    )

# ============================================================== mz31 presentation bestuurlijk overleg (landscape DejaVu)
doc(id="mz31", producer="rl", font="DejaVu", size=13, landscape=True, header="Bestuurlijk overleg VTH  |  26 maart 2026",
    footer="OD NZKG / provincie Noord-Holland", title="Presentatie bestuurlijk overleg VTH 26-03-2026", top=18,
    body=[
        "# Bestuurlijk overleg VTH Noordzeekanaalgebied",
        "26 maart 2026, Provinciehuis Noord-Holland, Dreef 3, Haarlem (Statenzaal)",
        "- Voorzitter: gedeputeerde Olthof (provincie Noord-Holland)",
        "- Burgemeester Hamming (Zaanstad), burgemeester Dales (Velsen), wethouder Van Dantzig (Amsterdam)",
        "- Directeur-bestuurder OD NZKG en directeur Omgevingsdienst IJmond",
        "## Agenda",
        "1. Uitvoeringsprogramma VTH 2026 en Jaarverslag 2025",
        "2. Handhaving in de Zaanstreek: autodemontage, metaalveredeling",
        "3. Stof in Velsen-Noord: Velsen Staalbewerking B.V. en Tata Steel IJmuiden",
        "4. Woo-verzoek Milieufederatie Noord-Holland (Woo-2026-0417)",
        "=PAGE",
        "## Kerncijfers 2025",
        "|Onderdeel|2024|2025",
        "|Controles industrie|1.412|1.538",
        "|Meldingen milieuklachten|6.870|7.245",
        "|Lasten onder dwangsom|38|47",
        "|Invorderingsbeschikkingen|9|12",
        "## Contact voor dit overleg",
        "Ambtelijk secretaris: Jorien Haakma (provincie Noord-Holland), j.haakma@noord-holland.nl",
        "Inhoudelijk: Ingrid Kroonenberg (OD NZKG), 06-5312 8840",
        "Algemeen: bestuurssecretariaat@odnzkg.nl, 088 567 0200",
    ],
    redact=[HAAKMA, KROONENBERG],
    keep=K("OFFICE", "gedeputeerde Olthof", "Burgemeester Hamming", "burgemeester Dales", "wethouder Van Dantzig")
    + K("ORG", "Provinciehuis Noord-Holland", "Omgevingsdienst IJmond", "Velsen Staalbewerking B.V.", "Tata Steel IJmuiden",
        "Milieufederatie Noord-Holland", "OD NZKG")
    + K("ADDR", "Dreef 3") + K("PLACE", "Haarlem", "Velsen-Noord", "Zaanstreek") + K("REF", "Woo-2026-0417")
    + K("MAIL", "bestuurssecretariaat@odnzkg.nl") + K("PHONE", "088 567 0200")
    + K("PROG", "Uitvoeringsprogramma VTH 2026") + K("TITLE", "Ambtelijk secretaris", "Directeur-bestuurder"),
    )

# ============================================================== mz32 hoorzitting bezwaar (docx)
doc(id="mz32", producer="docx", font="Cambria", size=10.5, header=PNHHDR, footer="Verslag hoorzitting 2026-0081",
    title="Verslag hoorzitting bezwaar Velsen Staalbewerking", author="Secretariaat Adviescommissie bezwaarschriften",
    space_after=3,
    body=[
        "# Verslag hoorzitting Adviescommissie bezwaarschriften provincie Noord-Holland",
        "Zaaknummer: BZ-2026-0081    Datum hoorzitting: 12 mei 2026, 10.00 uur    Locatie: Paviljoen Welgelegen, "
        "Dreef 3, Haarlem",
        "Bezwaarmaker: Velsen Staalbewerking B.V., gevestigd aan de Wijkermeerweg 40 te Velsen-Noord",
        "Bestreden besluit: last onder dwangsom van 19 februari 2026 (kenmerk U-26-017730)",
        "## Aanwezig",
        "|Rol|Naam",
        "|Voorzitter commissie (extern lid)|mr. A.C. Dijkhuizen",
        "|Lid commissie (extern)|drs. P. Veenstra-Okafor",
        "|Secretaris (provincie)|mr. S. de Graaf-Timmer",
        "|Namens bezwaarmaker|J. Molenkamp (directeur), mr. F. Zwanenburg (Houthoff)",
        "|Namens verweerder|W. van der Horst (OD NZKG), mr. M. Sleutjes (OD NZKG)",
        "## Standpunt bezwaarmaker",
        "Mr. Zwanenburg stelt dat het stof niet van de opslag afkomstig is, maar van de kolen- en ertsoverslag van "
        "Tata Steel IJmuiden aan het Noordzeekanaal. Hij verwijst naar het rapport van TNO (februari 2026) waarin "
        "ijzer, maar ook mangaan en kolenstof zijn aangetroffen. De heer Molenkamp voegt toe dat de overkapping "
        "is besteld en in juni 2026 wordt geplaatst; de aannemer (Bouwbedrijf Kombijde) kan eerder niet.",
        "## Standpunt verweerder",
        "De heer Van der Horst licht toe dat hij driemaal vanaf de openbare weg een stofwolk vanaf het terrein "
        "heeft zien opstijgen bij verlading. Mr. Sleutjes wijst op de eerdere toezegging van de heer Molenkamp "
        "van 27 januari 2026 en op de rechtspraak over de zorgplicht (artikel 2.11 Bal).",
        "=PAGE",
        "## Vragen van de commissie",
        "De voorzitter vraagt of een begunstigingstermijn tot 1 juli 2026 een oplossing biedt. Verweerder is "
        "bereid dat aan gedeputeerde staten voor te leggen, mits het bedrijf tot die tijd uitsluitend binnen "
        "verlaadt. Mevrouw Veenstra-Okafor vraagt naar de klachten van omwonenden; verweerder noemt 17 meldingen "
        "sinds oktober 2025, waarvan het merendeel van twee adressen aan de Wijkerstraatweg.",
        "## Vervolg",
        "De commissie brengt binnen zes weken advies uit aan gedeputeerde staten van Noord-Holland. Het advies en "
        "dit verslag worden aan partijen gezonden. Contact: bezwaarschriften@noord-holland.nl, 023 514 3143.",
        "",
        "Secretaris, mr. S. de Graaf-Timmer",
    ],
    redact=[P("A.C. Dijkhuizen (chair, external)", "A.C. Dijkhuizen", "Dijkhuizen"),
            P("P. Veenstra-Okafor (member, external)", "P. Veenstra-Okafor", "Veenstra-Okafor"),
            P("S. de Graaf-Timmer (secretary)", "S. de Graaf-Timmer", "de Graaf-Timmer"),
            P("F. Zwanenburg (lawyer)", "F. Zwanenburg", "Zwanenburg"),
            MOLENKAMP, P("J. Molenkamp", "J. Molenkamp"), VANDERHORST, P("W. van der Horst", "W. van der Horst"),
            SLEUTJES, P("M. Sleutjes", "M. Sleutjes")],
    keep=K("ORG", "Adviescommissie bezwaarschriften", "Velsen Staalbewerking B.V.", "Houthoff", "Tata Steel IJmuiden",
           "TNO", "Bouwbedrijf Kombijde", "OD NZKG")
    + K("ADDR", "Wijkermeerweg 40", "Dreef 3") + K("PLACE", "Paviljoen Welgelegen", "Noordzeekanaal", "Haarlem")
    + K("STREET", "Wijkerstraatweg") + K("REF", "BZ-2026-0081", "U-26-017730") + K("LAW", "Bal")
    + K("MAIL", "bezwaarschriften@noord-holland.nl") + K("PHONE", "023 514 3143") + K("SUBST", "mangaan", "kolenstof"),
    )
