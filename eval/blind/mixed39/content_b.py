"""Chat exports of blind set mixed39 (AW). MIT licence. All personal data invented."""
from common import E, K, P, R, T

DOCS = []

# ---------------------------------------------------------------- aw12 Teams chat, wijkteam politie
DOCS.append(dict(
    name="aw12_teams_wijkteam_overvecht.pdf", producer="rl", creator="Microsoft Teams",
    meta={"Author": "Marco Verbeek", "Title": "Chat - Wijkteam Overvecht (export)"},
    lines=[
        "# Chat: Wijkteam Overvecht - meldingen",
        "Geëxporteerd op 11-03-2025 door Verbeek, Marco (Politie Eenheid Midden-Nederland)",
        "Deelnemers: Marco Verbeek, Fleur Hagenaars, Youssef Amrani, Daan Sprenger",
        "--",
        "~ Verbeek, Marco   10-03-2025 08:12",
        "Goedemorgen. @Fleur Hagenaars kun jij vandaag de melding over de overlast aan de Zambesidreef oppakken? "
        "Melder is mevrouw Truus Kamphorst, Zambesidreef 212, 3564 AH Utrecht, tel. 06 30 11 84 27.",
        "~ Hagenaars, Fleur   10-03-2025 08:15",
        "Doe ik. Is dat dezelfde buurman als in januari? Toen was het Ronnie Brakel (geb. 04-06-1983).",
        "~ Verbeek, Marco   10-03-2025 08:16",
        "Ja, zelfde. Hij staat ook op de lijst van de gemeente Utrecht voor de Top X-aanpak. MV",
        "~ Amrani, Youssef   10-03-2025 08:40",
        "Ik ben vanmiddag in Overvecht-Noord, kan mee als het nodig is.",
        "~ Hagenaars, Fleur   10-03-2025 08:41",
        "Top Yous, 14.00 uur bij het bureau Overvecht?",
        "~ Amrani, Youssef   10-03-2025 08:41",
        "👍",
        "~ Marco Verbeek heeft Lisa Groen toegevoegd aan de chat.",
        "~ Groen, Lisa   10-03-2025 09:05",
        "Hoi allen, ik ben de nieuwe wijkagent voor Tigrisdreef e.o. @Daan ik neem jouw dossiers over per 1 april.",
        "~ Sprenger, Daan   10-03-2025 09:12",
        "Welkom Lisa! Ik zet de overdracht in BVH. Bel me gerust: 06-47 91 20 35. Daan",
        "~ Hagenaars, Fleur   10-03-2025 16:50",
        "Update: gesproken met Kamphorst en met Brakel. Afspraak gemaakt via het wijkteam van de gemeente. "
        "Zorgmelding naar Veilig Thuis gedaan i.v.m. de kinderen. FH",
        "~ Verbeek, Marco   10-03-2025 16:58",
        "Dank Fleur. Burgemeester Dijksma is via de districtschef op de hoogte van de Top X-casus.",
    ],
    redact=[
        P("Marco Verbeek", "Verbeek", "Marco", "MV"), P("Fleur Hagenaars", "Hagenaars", "Fleur", "FH"),
        P("Youssef Amrani", "Amrani", "Youssef", "Yous"), P("Daan Sprenger", "Sprenger", "Daan"),
        P("Lisa Groen", "Groen", "Lisa"), P("Truus Kamphorst", "Kamphorst", "Truus"),
        R("ADDRESS_HOME", "Zambesidreef 212, 3564 AH Utrecht", "Zambesidreef 212", "3564 AH"),
        T("06 30 11 84 27"), P("Ronnie Brakel", "Brakel", "Ronnie"), R("DOB", "04-06-1983"),
        T("06-47 91 20 35"),
    ],
    keep=[
        K("ORG", "Politie Eenheid Midden-Nederland"), K("PLACE", "Overvecht"), K("ORG", "gemeente Utrecht"),
        K("PROGRAMME", "Top X-aanpak", "Top X"), K("PLACE", "Overvecht-Noord"), K("TITLE", "wijkagent"),
        K("SYSTEM", "BVH"), K("ORG", "Veilig Thuis"), K("OFFICE_HOLDER", "Burgemeester Dijksma", "Dijksma"),
        K("TITLE", "districtschef"), K("DATE", "10-03-2025"),
    ],
))

# ---------------------------------------------------------------- aw13 WhatsApp iOS export, COA team
DOCS.append(dict(
    name="aw13_whatsapp_coa_locatie_budel.pdf", producer="rl", creator="WhatsApp export (_chat.txt)",
    meta={"Title": "WhatsApp-chat met Team azc Budel nachtdienst", "Author": "Jop Wolters"},
    lines=[
        "# WhatsApp-chat met Team azc Budel nachtdienst",
        "_chat.txt, afgedrukt ten behoeve van het Woo-verzoek (kenmerk COA-WOO-2025-0192)",
        "--",
        "~ [12-03-2025 22:58] Jop Wolters: Ik neem de nacht over van Femke. Alles rustig?",
        "~ [12-03-2025 23:01] Femke: Ja. Alleen unit C: de heer Tesfay Gebremedhin (V-nr 2209384415) heeft "
        "hoofdpijn, paracetamol gegeven. GZA-praktijk belt morgen.",
        "~ [12-03-2025 23:02] Femke: En mevrouw Hevin Rashid uit kamer C14 wacht op haar overplaatsing naar "
        "Oisterwijk, V-nr 2512077318.",
        "~ [12-03-2025 23:04] Jop Wolters: 👍 dank je Fem",
        "~ [13-03-2025 02:37] Jop Wolters: Brandalarm unit B, loos alarm. Brandweer Budel was binnen 8 min ter plaatse.",
        "~ [13-03-2025 02:39] +31 6 52 18 73 09: Ik ben de beveiliger van vannacht (Trigion), Rachid. Alle "
        "bewoners zijn terug in de unit.",
        "~ [13-03-2025 02:41] Jop Wolters: Top Rachid, ik schrijf het in de rapportage. - JW",
        "~ [13-03-2025 07:55] Ingrid van Loon (locatiemanager): Goedemorgen. Ik meld het alarm aan de gemeente "
        "Cranendonck en aan het COA-hoofdkantoor in Den Haag. @Jop kun je het incident nog vóór 10 uur in IBIS zetten?",
        "~ [13-03-2025 07:58] Jop Wolters: Gedaan.",
        "~ [13-03-2025 08:20] Femke: Dokter van GZA komt om 11:00 voor Gebremedhin.",
        "~ [13-03-2025 08:21] Ingrid van Loon (locatiemanager): Dank. Contactpersoon bij de IND voor Rashid is "
        "Mirjam Oudshoorn, 06-2870 1153. Graag niet zelf bellen, via mij.",
        "~ <Media weggelaten>",
        "~ [13-03-2025 08:23] Femke: 👌",
    ],
    redact=[
        P("Jop Wolters", "Wolters", "Jop", "JW"), P("Femke (surname unknown)", "Femke", "Fem"),
        P("Tesfay Gebremedhin", "Gebremedhin", "Tesfay"), R("V-NUMMER", "2209384415"),
        P("Hevin Rashid", "Rashid", "Hevin"), R("V-NUMMER", "2512077318"), T("+31 6 52 18 73 09"),
        P("Rachid (beveiliger)", "Rachid"), P("Ingrid van Loon", "Loon", "Ingrid"),
        P("Mirjam Oudshoorn", "Oudshoorn", "Mirjam"), T("06-2870 1153"),
    ],
    keep=[
        K("PLACE", "Budel"), K("CASE", "COA-WOO-2025-0192"), K("ORG", "GZA"), K("PLACE", "Oisterwijk"),
        K("ORG", "Trigion"), K("TITLE", "locatiemanager"), K("ORG", "gemeente Cranendonck"),
        K("PLACE", "Den Haag"), K("SYSTEM", "IBIS"), K("ORG", "IND"), K("TITLE", "beveiliger"),
    ],
))

# ---------------------------------------------------------------- aw14 WhatsApp Android export, KMar, LO
DOCS.append(dict(
    name="aw14_whatsapp_kmar_schiphol_ploeg.pdf", producer="lo",
    meta={"Title": "WhatsApp Chat met Ploeg 3 Grensbewaking Schiphol", "Author": "Kees Bol"},
    lines=[
        "WhatsApp Chat met Ploeg 3 Grensbewaking Schiphol.txt",
        "",
        "~ 12/03/2025, 05:31 - Berichten en oproepen zijn end-to-end versleuteld. Tik voor meer informatie.",
        "~ 12/03/2025, 05:31 - Kees Bol heeft deze groep gemaakt",
        "~ 12/03/2025, 05:32 - Kees Bol heeft Priya Ramsaran toegevoegd",
        "~ 12/03/2025, 05:32 - Kees Bol heeft +31 6 33 90 27 14 toegevoegd",
        "~ 12/03/2025, 05:40 - Kees Bol: Morgen allemaal. Vandaag Ploeg 3 op de aankomstfilter pier D/E. "
        "Briefing 06:00 in ruimte 2.14.",
        "~ 12/03/2025, 05:44 - Priya Ramsaran: Ik sta op de EES-kiosken, samen met Wessel",
        "~ 12/03/2025, 05:45 - +31 6 33 90 27 14: Wessel hier, nieuw nummer. Sla maar op 🙂",
        "~ 12/03/2025, 07:12 - Priya Ramsaran: Vlucht uit Lagos: passagier met vervalst Belgisch paspoort op naam "
        "van Chinedu Okonkwo, geboren 14-01-1986. Overgedragen aan de recherche van de Brigade Schiphol.",
        "~ 12/03/2025, 07:15 - Kees Bol: Goed werk. Zet het in het werkaantekeningenregister. Ik licht de "
        "teamleider in. KB",
        "~ 12/03/2025, 07:20 - Wessel Dorenbos: Naam nu opgeslagen 👍 Okonkwo zit in de ophoudruimte.",
        "~ 12/03/2025, 09:02 - Priya Ramsaran: @Kees ik ben om 14:00 weg, tandarts. Prii",
        "~ 12/03/2025, 09:03 - Kees Bol: Prima. Sergeant Van Dalen neemt het over.",
        "~ 12/03/2025, 13:58 - Wessel Dorenbos heeft de groep verlaten",
        "~ 12/03/2025, 14:01 - <Media weggelaten>",
    ],
    redact=[
        P("Kees Bol", "Bol", "Kees", "KB"), P("Priya Ramsaran", "Ramsaran", "Priya", "Prii"),
        T("+31 6 33 90 27 14"), P("Wessel Dorenbos", "Dorenbos", "Wessel"),
        P("Chinedu Okonkwo", "Okonkwo", "Chinedu"), R("DOB", "14-01-1986"), P("sergeant Van Dalen", "Van Dalen"),
    ],
    keep=[
        K("ORG", "Ploeg 3"), K("PLACE", "Schiphol"), K("PLACE", "Lagos"), K("ORG", "Brigade Schiphol"),
        K("TITLE", "teamleider"), K("RANK", "Sergeant"), K("SYSTEM", "EES-kiosken"),
    ],
))

# ---------------------------------------------------------------- aw15 Signal export, OM team
DOCS.append(dict(
    name="aw15_signal_om_team_zittingen.pdf", producer="rl", creator="signal-export 1.8",
    meta={"Title": "Signal - groep Team Zittingen Oost-Brabant", "Author": "Thomas van Grinsven"},
    notes=[("T. van Grinsven", "Export gemaakt op verzoek van Woo-coördinator; telefoon van Hanneke van der Heijden niet meegenomen")],
    lines=[
        "# Signal - groep 'Team Zittingen Oost-Brabant'",
        "Leden: Thomas van Grinsven, Hanneke van der Heijden, Ruud Spierings, Sevda Kaya",
        "Verdwijnende berichten: uit",
        "--",
        "~ [2025-01-27 08:03] Thomas van Grinsven: Morgen politierechter 's-Hertogenbosch, zaal 3. "
        "Zes zaken. Wie neemt de zaak van Jordy van Kessel (parketnummer 01/097733-24)?",
        "~ [2025-01-27 08:06] Sevda Kaya: Ik. Heeft de reclassering al een advies? Sevda",
        "~ [2025-01-27 08:09] Hanneke van der Heijden: Reclassering Nederland heeft gisteren gerapporteerd. "
        "Let op: slachtoffer mevrouw Ilona Peeters wil spreekrecht uitoefenen.",
        "~ [2025-01-27 08:10] Thomas van Grinsven: 👍",
        "~ [2025-01-27 08:31] Ruud Spierings: De advocaat van Van Kessel, mr. Jasper Hoogendijk, vraagt "
        "aanhouding. Zijn nummer: 06-24 87 35 16.",
        "~ [2025-01-27 08:33] Sevda Kaya: Aanhouding lijkt me niet nodig. Ik bel hem. Hanneke, kun jij de "
        "slachtofferadvocaat mailen? s.kaya@om.nl in cc graag.",
        "~ [2025-01-27 08:35] Hanneke van der Heijden: Doe ik, HvdH",
        "~ [2025-01-27 12:47] Ruud Spierings: De hoofdofficier, mr. Van Oorschot, wil na de zitting een "
        "korte terugkoppeling. Persvoorlichting via het algemene nummer 088 699 1000.",
        "~ [2025-01-27 12:48] Thomas van Grinsven: Ruud, regel jij dat? T.",
        "~ [2025-01-27 12:50] Ruud Spierings: Jep",
    ],
    redact=[
        P("Thomas van Grinsven", "Grinsven", "Thomas"), P("Hanneke van der Heijden", "Heijden", "Hanneke", "HvdH"),
        P("Ruud Spierings", "Spierings", "Ruud"), P("Sevda Kaya", "Kaya", "Sevda"), E("s.kaya@om.nl"),
        P("Jordy van Kessel", "Kessel", "Jordy"), P("Ilona Peeters", "Peeters", "Ilona"),
        P("Jasper Hoogendijk", "Hoogendijk", "Jasper"), T("06-24 87 35 16"),
        P("mr. Van Oorschot (hoofdofficier)", "Van Oorschot"),
    ],
    keep=[
        K("TITLE", "politierechter"), K("PLACE", "'s-Hertogenbosch"), K("CASE", "01/097733-24"),
        K("ORG", "Reclassering Nederland"), K("TITLE", "hoofdofficier"), K("PHONE_SWITCHBOARD", "088 699 1000"),
        K("PLACE", "Oost-Brabant"), K("TITLE", "advocaat"),
    ],
))

# ---------------------------------------------------------------- aw16 Teams meeting chat, DJI
DOCS.append(dict(
    name="aw16_teams_dji_crisisoverleg_chat.pdf", producer="rl", creator="Microsoft Teams",
    meta={"Title": "Vergaderchat Crisisoverleg PI Lelystad", "Author": "Gonzalez Pérez, Lucía"},
    outline=["Vergaderchat 07-04", "Besluit Jeroen Hilhorst"],
    lines=[
        "# Vergaderchat - Crisisoverleg PI Lelystad (7 april 2025)",
        "--",
        "~ Vergadering gestart 07-04-2025 10:00",
        "~ Gonzalez Pérez, Lucía heeft Hilhorst, Jeroen toegevoegd aan de vergadering.",
        "~ Gonzalez Pérez, Lucía heeft Gastgebruiker (Extern) toegevoegd aan de vergadering.",
        "~ Gonzalez Pérez, Lucía  10:02",
        "Agenda: 1) stand van zaken na de uitbraak van gisteren, 2) communicatie, 3) bezoekregeling.",
        "~ Hilhorst, Jeroen  10:05",
        "De voortvluchtige gedetineerde Rowan Steenbergen (geb. 11-10-1995, BSN 590039970) is vannacht om "
        "03.40 uur aangehouden in Almere door de politie Eenheid Midden-Nederland.",
        "~ Bakker-Yilmaz, Derya  10:07",
        "Welke inrichting neemt hem over? Niet terug naar afdeling 4, zegt de MMD.",
        "~ Gonzalez Pérez, Lucía  10:09",
        "Voorstel: EBI Vught. Besluit ligt bij de directeur, dat is Jeroen. @Jeroen Hilhorst",
        "~ Hilhorst, Jeroen  10:10",
        "Akkoord. Ik informeer het hoofdkantoor van DJI en staatssecretaris Coenradie via de DG. JH",
        "~ Bakker-Yilmaz, Derya  10:14",
        "Communicatie: woordvoerder DJI meldt alleen 'een 29-jarige gedetineerde'. Geen naam. Derya",
        "~ Gastgebruiker (Extern)  10:18",
        "Hier Willemijn Tap van de Inspectie Justitie en Veiligheid; wij ontvangen graag de calamiteitenmelding.",
        "~ Gonzalez Pérez, Lucía  10:20",
        "Komt vandaag. Lucía, 06-1043 7720 voor vragen.",
        "~ Vergadering beëindigd: 27 min 14 s",
    ],
    redact=[
        P("Lucía Gonzalez Pérez", "Gonzalez Pérez", "Lucía"), T("06-1043 7720"),
        P("Jeroen Hilhorst (directeur PI: not an office holder)", "Hilhorst", "Jeroen", "JH"),
        P("Derya Bakker-Yilmaz", "Bakker-Yilmaz", "Derya"), P("Rowan Steenbergen", "Steenbergen", "Rowan"),
        R("DOB", "11-10-1995"), R("BSN", "590039970"), P("Willemijn Tap", "Tap", "Willemijn"),
    ],
    keep=[
        K("ORG", "PI Lelystad"), K("PLACE", "Almere"), K("ORG", "Eenheid Midden-Nederland"), K("ORG", "MMD"),
        K("ORG", "EBI Vught"), K("TITLE", "directeur"), K("ORG", "DJI"),
        K("OFFICE_HOLDER", "staatssecretaris Coenradie", "Coenradie"), K("TITLE", "woordvoerder"),
        K("ORG", "Inspectie Justitie en Veiligheid"), K("DATE", "7 april 2025"),
    ],
))

# ---------------------------------------------------------------- aw17 scan of a WhatsApp group printout, Defensie
DOCS.append(dict(
    name="aw17_scan_whatsapp_defensie_peloton.pdf", producer="scan",
    meta={"Title": "Bijlage 3 - schermafdrukken groepsapp 2e peloton"},
    lines=[
        "# Bijlage 3 - groepsapp '2e peloton Bravo' (afgedrukt)",
        "",
        "[03-02-2025 06:12] Luitenant Stijn Overbeek: Appèl 07:30 op de Johannes Post Kazerne. Tenue gevechts.",
        "[03-02-2025 06:15] Kevin Mahabier: Begrepen luitenant",
        "[03-02-2025 06:20] Jorien Scheepstra: Ik ben ziek gemeld bij de Defensie Gezondheidszorg. Jorien",
        "[03-02-2025 06:21] Luitenant Stijn Overbeek: Beterschap. @Kevin jij neemt haar groep over.",
        "[03-02-2025 06:40] Sergeant Orlando Wijngaarde: Voertuig 4 heeft een lekke band, bel 06-3418 2290",
        "[03-02-2025 06:41] Kevin Mahabier: Ik regel het. KM",
        "[03-02-2025 07:02] Luitenant Stijn Overbeek heeft Anouschka Hofstede toegevoegd",
        "[03-02-2025 07:05] Anouschka Hofstede: Goedemorgen, ik ben de nieuwe hospik.",
    ],
    redact=[
        P("Stijn Overbeek", "Overbeek", "Stijn"), P("Kevin Mahabier", "Mahabier", "Kevin", "KM"),
        P("Jorien Scheepstra", "Scheepstra", "Jorien"), P("Orlando Wijngaarde", "Wijngaarde", "Orlando"),
        T("06-3418 2290"), P("Anouschka Hofstede", "Hofstede", "Anouschka"),
    ],
    keep=[],
))

# ---------------------------------------------------------------- aw18 Teams chat, IND beslismedewerkers, LO
DOCS.append(dict(
    name="aw18_teams_ind_beslisteam_rijswijk.pdf", producer="lo",
    meta={"Title": "Teams-chat Beslisteam 4 Rijswijk", "Author": "Goedhart, Niels"},
    notes=[("Niels Goedhart", "Chat met Bert Vos en Joyce Meijerink niet opgenomen")],
    lines=[
        "Chatgeschiedenis - Beslisteam 4 Rijswijk (IND, Directie Asiel en Bescherming)",
        "Periode 03-03-2025 t/m 05-03-2025",
        "",
        "~ Goedhart, Niels  03-03-2025 09:01",
        "Goedemorgen team. Stand werkvoorraad: 142 zaken, waarvan 38 buiten de beslistermijn. "
        "Prioriteit deze week: de Jemenitische zaken. @Saskia Doornbos wil jij de zaak van de heer "
        "Faisal Al-Hakimi (V-nummer 2611045982) oppakken?",
        "~ Doornbos, Saskia  03-03-2025 09:07",
        "Ja. Is het voornemen al uit? Sas",
        "~ Goedhart, Niels  03-03-2025 09:08",
        "Nee, nog niet. Zijn advocaat is mr. Laura Bekkering uit Rotterdam.",
        "~ Arslan, Mehmet  03-03-2025 10:30",
        "Vraag over de werkinstructie Vreemdelingencirculaire C2/3.3: geldt die ook voor minderjarigen? MA",
        "~ Doornbos, Saskia  03-03-2025 10:34",
        "@Mehmet ja, zie het kwaliteitsoverleg van vorige week. Bertje weet het ook.",
        "~ Goedhart, Niels  03-03-2025 11:02",
        "Klopt. Niels",
        "~ Arslan, Mehmet  04-03-2025 08:45",
        "Gehoor van mevrouw Amal Saeed (V-nr. 2703318864) verplaatst naar donderdag; tolk Arabisch is ziek.",
        "~ Doornbos, Saskia  05-03-2025 16:12",
        "Voornemen Al-Hakimi verstuurd. Fijne avond! S.D.",
    ],
    redact=[
        P("Niels Goedhart", "Goedhart", "Niels"), P("Saskia Doornbos", "Doornbos", "Saskia", "Sas", "S.D."),
        P("Faisal Al-Hakimi", "Al-Hakimi", "Faisal"), R("V-NUMMER", "2611045982"),
        P("Laura Bekkering", "Bekkering", "Laura"), P("Mehmet Arslan", "Arslan", "Mehmet", "MA"),
        P("Bert Vos (nickname Bertje)", "Bertje", "Vos", "Bert"), P("Amal Saeed", "Saeed", "Amal"),
        R("V-NUMMER", "2703318864"), P("Joyce Meijerink", "Meijerink", "Joyce"),
    ],
    keep=[
        K("PLACE", "Rijswijk"), K("ORG", "IND"), K("ORG", "Directie Asiel en Bescherming"),
        K("LAW", "Vreemdelingencirculaire"), K("PLACE", "Rotterdam"), K("TITLE", "tolk Arabisch"),
    ],
))
