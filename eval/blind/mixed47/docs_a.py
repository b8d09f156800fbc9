"""Documents be01-be10 of the mixed47 blind set (all persons invented)."""
from lib import Gold, rl_pdf, rijk_lh, postprocess, chromium_pdf, make_bsn, make_iban, bsn_ok, iban_ok  # noqa: F401

BZ = rijk_lh(["Ministerie van Buitenlandse", "Zaken"])
DEF = rijk_lh(["Ministerie van Defensie"])
BZK = rijk_lh(["Ministerie van Binnenlandse Zaken en", "Koninkrijksrelaties"])
FIN = rijk_lh(["Ministerie van Financiën"])


def be01(out):
    g = Gold(out.name)
    side = ["**Directie Veiligheidsbeleid", "Afdeling Sancties en Non-proliferatie", "", "Rijnstraat 8",
            "2515 XP Den Haag", "Postbus 20061", "2500 EB Den Haag", "Nederland", "www.rijksoverheid.nl", "",
            "**Contactpersoon", "drs. Annelies Oudshoorn-Kramer", "beleidsmedewerker", "T 070 348 5571",
            "M 06 2317 4482", "annelies.oudshoorn@minbuza.nl", "", "**Kenmerk", "DVB-2025.1187", "",
            "**Bijlage(n)", "2"]
    blocks = [
        ("bm", "Beslisnota sanctiepakket (concept A. Oudshoorn-Kramer)"),
        "# Beslisnota",
        ("kv", [["Aan", "de minister van Buitenlandse Zaken"], ["Van", "directeur Veiligheidsbeleid (DVB)"],
                ["Datum", "11 maart 2025"], ["Kopie aan", "SG, DGPZ, DJZ, Directie Communicatie (woordvoering)"],
                ["Onderwerp", "Nederlandse inzet voor het zeventiende EU-sanctiepakket tegen Rusland"]],
         (28, 100)),
        "**Ter beslissing**",
        "## Aanleiding",
        "Op 24 februari 2025 heeft de Raad het zestiende sanctiepakket tegen Rusland aangenomen. De Europese "
        "Commissie en de EDEO bereiden een zeventiende pakket voor. In de Raad Buitenlandse Zaken van 14 april 2025 "
        "wordt een eerste oriëntatie verwacht. Deze nota vraagt uw akkoord op de Nederlandse inzet.",
        "## Geadviseerd besluit",
        "Aan de minister wordt gevraagd akkoord te gaan met de inzet zoals beschreven onder Kern, en met het "
        "informeren van de Tweede Kamer via de geannoteerde agenda van de Raad Buitenlandse Zaken.",
        "## Kern",
        "- Nederland zet in op het sluiten van omzeilingsroutes via derde landen (artikel 12g van Verordening "
        "(EU) nr. 833/2014) en op listing van schepen van de schaduwvloot.",
        "- Nederland steunt aanvullende maatregelen tegen de import van Russisch LNG, in lijn met de motie-"
        "Sjoerdsma c.s. (Kamerstuk 21 501-02, nr. 3012).",
        "- Voor de uitvoering is afstemming met de Douane, de FIOD en De Nederlandsche Bank nodig; DJZ "
        "(mr. Pieter-Jan Holtkamp) heeft de juridische houdbaarheid getoetst.",
        "## Toelichting",
        "Het Kabinet heeft in de Kamerbrief van 3 februari 2025 toegezegd de naleving van sancties te versterken. "
        "Tijdens het werkbezoek van minister Veldkamp aan Kyiv is het belang van de schaduwvloot nogmaals "
        "benadrukt. Collega Oudshoorn-Kramer heeft in de raadswerkgroep RELEX aangegeven dat Nederland een "
        "voorstel van de Baltische staten zal steunen.",
        "## Krachtenveld",
        "Duitsland, Frankrijk en de Baltische staten steunen de inzet. Hongarije en Slowakije zijn terughoudend. "
        "In de Tweede Kamer vragen de leden Sjoerdsma (D66) en Boswijk (CDA) om een scherpere handhaving; het lid "
        "Van Baarle (DENK) heeft schriftelijke vragen gesteld over de gevolgen voor de Rotterdamse haven.",
        ("bm", "Parafenlijst"),
        "## Parafenlijst",
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["A. Oudshoorn-\nKramer", "beleidsmedewerker DVB/SN", "AOK", "10-03-2025"],
               ["Hidde van der\nWiel", "plv. directeur DVB", "HvdW", "10-03-2025"],
               ["R.S. Baldew", "directeur DVB", "RSB", "11-03-2025"],
               ["DGPZ", "directeur-generaal Politieke Zaken", "akkoord", "11-03-2025"]], (45, 60, 25, 30)),
        "## Bijlagen",
        "1. Non-paper Baltische staten over de schaduwvloot (niet openbaar, 5.1.2a Woo)\n"
        "2. Concept-geannoteerde agenda Raad Buitenlandse Zaken 14 april 2025",
        "## Informatie die niet openbaar gemaakt kan worden",
        "Motivering: [in te vullen door DVB bij actieve openbaarmaking]",
    ]
    rl_pdf(out, blocks, title="Beslisnota 17e sanctiepakket", author="Oudshoorn-Kramer, A.", letterhead=BZ,
           side=side, footer="DVB-2025.1187 | pagina {page}")
    postprocess(out, info={"Title": "Beslisnota 17e sanctiepakket", "Author": "Oudshoorn-Kramer, A.",
                           "LastModifiedBy": "h.vanderwiel"})
    g.r("PERSON", "Annelies Oudshoorn-Kramer", "Annelies", "Oudshoorn-Kramer", "AOK")
    g.r("EMAIL", "annelies.oudshoorn@minbuza.nl", "annelies.oudshoorn@minbuza.nl")
    g.r("PHONE", "070 348 5571", "070 348 5571")
    g.r("PHONE", "06 2317 4482", "06 2317 4482")
    g.r("PERSON", "Pieter-Jan Holtkamp", "Pieter-Jan", "Holtkamp")
    g.r("PERSON", "Hidde van der Wiel", "Hidde", "Wiel", "HvdW", ("vanderwiel", True))
    g.r("PERSON", "R.S. Baldew", "Baldew", "RSB")
    g.kk("ORG", "Directie Veiligheidsbeleid", "DVB", "DGPZ", "DJZ", "Raad Buitenlandse Zaken", "EDEO", "FIOD",
         "De Nederlandsche Bank", "RELEX", "Europese Commissie")
    g.kk("PUBLIC", "Veldkamp", "Sjoerdsma", "Boswijk", "Van Baarle")
    g.kk("REF", "Kamerstuk 21 501-02, nr. 3012", "DVB-2025.1187", "Verordening (EU) nr. 833/2014", "artikel 12g")
    g.kk("ADDR_ORG", "Rijnstraat 8", "Postbus 20061", "2515 XP Den Haag")
    g.kk("DATE", "11 maart 2025", "14 april 2025", "24 februari 2025")
    g.kk("MISC", "beleidsmedewerker", "directeur-generaal Politieke Zaken", "schaduwvloot", "Kyiv")
    return g


def be02(out):
    """Kamervragen met antwoorden (Aanhangsel Handelingen style), with an internal drafting block."""
    g = Gold(out.name)
    blocks = [
        "~ Aanhangsel van de Handelingen (concept) — Tweede Kamer der Staten-Generaal — Vergaderjaar 2024-2025",
        ("bm", "Antwoorden Kamervragen Tuinman/Defensie"),
        "# Vragen van het lid Boswijk (CDA) aan de minister en de staatssecretaris van Defensie over de "
        "werving van reservisten (ingezonden 20 januari 2025)",
        "**Antwoord van staatssecretaris Tuinman (Defensie)** (ontvangen 14 februari 2025)",
        "**Vraag 1**\nBent u bekend met het bericht ‘Defensie mist duizenden reservisten’ in De Telegraaf van "
        "17 januari 2025?",
        "**Antwoord 1**\nJa.",
        "**Vraag 2**\nHoeveel reservisten zijn er op dit moment, en hoeveel vacatures staan open?",
        "**Antwoord 2**\nOp 1 januari 2025 telde Defensie ruim 7.000 reservisten. In het Defensieplan en de "
        "Defensienota 2024 (Kamerstuk 36 592, nr. 1) is de ambitie opgenomen dit aantal te verdubbelen. Het "
        "Commando Landstrijdkrachten en het Commando Zeestrijdkrachten werven gericht in de regio’s.",
        "**Vraag 3**\nDeelt u de mening dat werkgevers meer moeten worden gecompenseerd?",
        "**Antwoord 3**\nIk verwijs naar de brief van minister Brekelmans van 9 december 2024 over de Wet "
        "op de defensiegereedheid. Het lid Boswijk heeft eerder een motie ingediend (Kamerstuk 36 600 X, nr. 42) "
        "die vraagt om een werkgeverscompensatie; die wordt uitgevoerd via de Regeling compensatie werkgevers "
        "reservisten.",
        "**Vraag 4**\nKunt u deze vragen beantwoorden voor het commissiedebat Personeel?",
        "**Antwoord 4**\nDe vragen zijn zo spoedig mogelijk beantwoord.",
        ("sp", 10),
        ("bm", "Interne opmerkingen (niet in de Kamer)"),
        "## Interne verwerking (verwijderen vóór verzending)",
        ("t", [["Veld", "Waarde"],
               ["Opgesteld door", "kapitein-luitenant ter zee Maarten Elzinga (DPERS/BA)"],
               ["Meegelezen", "Femke Oosterbroek-Delahaye (HDAB), mr. Y. Benali (DJZ)"],
               ["Woordvoering", "via Directie Communicatie, woordvoerder-defensie@mindef.nl"],
               ["Contact", "M.Elzinga@mindef.nl, 06 5512 0397"],
               ["Status", "paraaf HDP 12-02, paraaf Stas 13-02"]], (35, 125)),
        "~ Opmerking Elzinga: cijfers reservisten afgestemd met CLAS (bron: P-Direkt-rapportage januari). "
        "Femke vraagt of antwoord 3 nog met SZW moet worden afgestemd.",
    ]
    rl_pdf(out, blocks, title="Kamervragen Boswijk reservisten - concept antwoorden", author="Elzinga, M.",
           font="DVS", size=10, footer="ah-tk-20242025-{page}")
    g.r("PERSON", "Maarten Elzinga", "Maarten", "Elzinga")
    g.r("EMAIL", "M.Elzinga@mindef.nl", "M.Elzinga@mindef.nl")
    g.r("PHONE", "06 5512 0397", "06 5512 0397")
    g.r("PERSON", "Femke Oosterbroek-Delahaye", "Femke", "Oosterbroek-Delahaye")
    g.r("PERSON", "mr. Y. Benali", "Benali")
    g.kk("PUBLIC", "Boswijk", "Tuinman", "Brekelmans")
    g.kk("ORG", "Commando Landstrijdkrachten", "Commando Zeestrijdkrachten", "CLAS", "DJZ", "De Telegraaf",
         "Directie Communicatie", "SZW", "P-Direkt", "HDAB")
    g.k("MAILBOX", "woordvoerder-defensie@mindef.nl", ("woordvoerder-defensie@mindef.nl", False))
    g.kk("REF", "Kamerstuk 36 592, nr. 1", "Kamerstuk 36 600 X, nr. 42", "Wet op de defensiegereedheid")
    g.kk("DATE", "20 januari 2025", "14 februari 2025", "9 december 2024")
    g.kk("MISC", "kapitein-luitenant ter zee", "reservisten", "commissiedebat Personeel")
    return g


def be03(out):
    """English cable (ambtsbericht) from an embassy, with local staff names."""
    g = Gold(out.name)
    blocks = [
        "~ CONFIDENTIEEL — STAATSGEHEIM NIET VAN TOEPASSING — BERICHT NR. NAI-2025/044",
        ("kv", [["From", "Embassy of the Kingdom of the Netherlands, Nairobi"],
                ["To", "The Hague, DAF (Directie Sub-Sahara Afrika), cc DSH, DVB, Brussels PV EU"],
                ["Date", "4 March 2025"],
                ["Subject", "Kenya: Haiti security mission, parliamentary debate and funding gap"],
                ["Drafted by", "Second Secretary Jorien Wassenberg-Ngugi"],
                ["Cleared by", "Deputy Head of Mission T. (Thijs) Lammerink"]], (30, 130)),
        "## Summary",
        "The Kenyan National Assembly debated the continuation of the Multinational Security Support (MSS) mission "
        "in Haiti on 27 February. Funding through the UN Trust Fund remains insufficient. Ambassador Henk Jan "
        "Bakker met Cabinet Secretary Musalia Mudavadi on 28 February; the Netherlands was thanked for its "
        "contribution of EUR 5 million announced by minister Klever.",
        "## Details",
        "1. Our political assistant, Mr. Brian Otieno Kamau, attended the debate. Several MPs questioned the "
        "legal basis after the High Court ruling of January 2024. Opposition leader Kalonzo Musyoka repeated "
        "his call for withdrawal.",
        "2. Ms. Wanjiru Achieng-Mwangi (local staff, economic section) reports that three contractors have not "
        "been paid since December. One of them, a Dutch national living in Karen (Nairobi), Mr. Ruud "
        "Terpstra, contacted the consular section; he was hospitalised for malaria in February and is "
        "financially dependent on outstanding payments. Consular follow-up by Ms. Achieng-Mwangi (tel. "
        "+254 722 418 930).",
        "3. The EU Delegation (EEAS) will propose an additional tranche under the European Peace Facility (EPF). "
        "The Dutch position at PSC should be coordinated with DVB and DSH before 12 March.",
        "## Comment",
        "The mission is unlikely to reach full strength before the UN Security Council mandate review in "
        "October. Post recommends that the Netherlands support the transformation into a UN peacekeeping "
        "operation, as discussed at the Ministerial in New York.",
        "## Action requested",
        "DAF to advise on the Dutch position for the PSC meeting; contact Second Secretary Wassenberg-Ngugi "
        "(jorien.wassenberg@minbuza.nl, +254 20 428 8021) or the embassy switchboard +254 20 428 8000, "
        "nai@minbuza.nl.",
        "~ Distribution: DAF, DSH, DVB, DMM, PV EU Brussel, PV VN New York.",
    ]
    rl_pdf(out, blocks, title="NAI-2025-044 Kenya Haiti MSS", author="WassenbergJ", font="DVM", size=9,
           creator="BZ Berichtenverkeer v4.2")
    g.r("PERSON", "Jorien Wassenberg-Ngugi", "Jorien", "Wassenberg-Ngugi", ("jorien.wassenberg", False),
        ("WassenbergJ", True))
    g.r("PERSON", "Thijs Lammerink", "Thijs", "Lammerink")
    g.r("PERSON", "Brian Otieno Kamau", "Brian Otieno Kamau", "Kamau")
    g.r("PERSON", "Wanjiru Achieng-Mwangi", "Wanjiru", "Achieng-Mwangi")
    g.r("PERSON", "Ruud Terpstra", "Ruud", "Terpstra")
    g.r("HEALTH", "hospitalised for malaria", ("hospitalised for malaria", False))
    g.r("PHONE", "+254 722 418 930", ("+254 722 418 930", False))
    g.r("PHONE", "+254 20 428 8021", ("+254 20 428 8021", False))
    g.r("EMAIL", "jorien.wassenberg@minbuza.nl", ("jorien.wassenberg@minbuza.nl", False))
    g.kk("PUBLIC", "Henk Jan Bakker", "Musalia Mudavadi", "Kalonzo Musyoka", "Klever")
    g.kk("ORG", "DAF", "DSH", "DVB", "EEAS", "European Peace Facility", "UN Security Council",
         "Kenyan National Assembly", "High Court", "Multinational Security Support")
    g.k("SWITCHBOARD", "+254 20 428 8000", ("+254 20 428 8000", False))
    g.k("MAILBOX", "nai@minbuza.nl", ("nai@minbuza.nl", False))
    g.kk("MISC", "Second Secretary", "Deputy Head of Mission", "Cabinet Secretary", "Haiti", "4 March 2025",
         "NAI-2025/044", "EUR 5 million")
    return g


def be04(out):
    """NATO Defence Ministers meeting report (English), reportlab two-level headings and a delegation table."""
    g = Gold(out.name)
    blocks = [
        ("bm", "Report NATO DefMin 13 Feb 2025"),
        "# Report — Meeting of NATO Ministers of Defence, Brussels, 12–13 February 2025",
        ("kv", [["Author", "LtCol Sander Hoogeveen-Amrani, DGB/Directie Internationale Zaken"],
                ["Date", "14 February 2025"], ["Classification", "NATO RESTRICTED released for Woo-review"],
                ["Distribution", "Minister, Staatssecretaris, SG, CDS, DGB, PV NAVO Brussel"]], (32, 128)),
        "## 1. General",
        "Minister Brekelmans attended the meeting chaired by Secretary General Mark Rutte. It was the first "
        "meeting of Defence Ministers with U.S. Secretary of Defense Pete Hegseth. The Chair of the Military "
        "Committee, Admiral Rob Bauer, briefed on the capability targets.",
        "## 2. Capability targets and defence spending",
        "Allies discussed the new capability targets ahead of the Summit in The Hague (24–25 June 2025). The "
        "Netherlands supported a credible path towards 3.5% of GDP for core defence. Minister Brekelmans "
        "stressed integrated air and missile defence (IAMD) and ammunition stockpiles.",
        "## 3. Ukraine",
        "The NATO–Ukraine Council met with Minister Rustem Umerov. The NSATU command in Wiesbaden was declared "
        "operational. The Netherlands announced its contribution to the F-16 training centre in Romania.",
        "## 4. Bilateral meetings",
        ("t", [["Counterpart", "Topics", "NL note-taker"],
               ["Minister Boris Pistorius (DEU)", "German-Netherlands Corps, Seeburg", "Maj. Ilse\nDrijfhout"],
               ["Minister Hanno Pevkur (EST)", "Baltic air policing, eFP", "Mr. Kwame\nAsante-Boateng"],
               ["Secretary John Healey (GBR)", "JEF, North Sea infrastructure", "LtCol S. Hoogeveen-Amrani"]],
         (55, 60, 45)),
        "## 5. Follow-up",
        "Action DIS (Ilse Drijfhout): prepare input for the Summit declaration by 7 March. Action DMO: update "
        "on ammunition contracts. Queries to the DGB front office: dgb-frontoffice@mindef.nl or "
        "s.hoogeveen@mindef.nl (mobile +31 6 2874 1136).",
    ]
    rl_pdf(out, blocks, title="Report NATO DefMin February 2025", author="S. Hoogeveen-Amrani", letterhead=DEF,
           footer="NATO RESTRICTED (gedeclassificeerd) - {page}")
    g.r("PERSON", "Sander Hoogeveen-Amrani", "Sander", "Hoogeveen-Amrani", ("s.hoogeveen@mindef.nl", False))
    g.r("PERSON", "Ilse Drijfhout", "Ilse", "Drijfhout")
    g.r("PERSON", "Kwame Asante-Boateng", "Kwame", "Asante-Boateng")
    g.r("PHONE", "+31 6 2874 1136", ("+31 6 2874 1136", False))
    g.kk("PUBLIC", "Brekelmans", "Mark Rutte", "Pete Hegseth", "Rob Bauer", "Rustem Umerov", "Boris Pistorius",
         "Hanno Pevkur", "John Healey")
    g.k("MAILBOX", "dgb-frontoffice@mindef.nl", ("dgb-frontoffice@mindef.nl", False))
    g.kk("ORG", "NATO", "NSATU", "DMO", "DIS", "German-Netherlands Corps", "NATO–Ukraine Council",
         "Directie Internationale Zaken", "Military Committee")
    g.kk("MISC", "Secretary General", "capability targets", "IAMD", "Wiesbaden", "12–13 February 2025", "F-16",
         "Seeburg", "3.5% of GDP")
    return g


def be05(out):
    """Embassy e-mail chain printed from Outlook (English), From/Sent/To/Cc headers."""
    g = Gold(out.name)
    blocks = [
        "<<<font name='DV-B' size='11'>Lammers-Quispe, Carla</font>",
        ("kv", [["From:", "Lammers-Quispe, Carla &lt;carla.lammers@minbuza.nl&gt;"],
                ["Sent:", "Thursday, 16 January 2025 09:42"],
                ["To:", "LIM-CA (Consular Affairs) &lt;lim-ca@minbuza.nl&gt;; Rossi Mendoza, Javier"],
                ["Cc:", "Tjin-A-Tsoi, Gerard &lt;gerard.tjinatsoi@minbuza.nl&gt;"],
                ["Subject:", "RE: Detained Dutch national Callao – visit report"]], (18, 140)),
        "Dear Javier,",
        "Thanks for the visit report. Please note for the file: Mr. Dennis Vroegindeweij (born 03-08-1991) has "
        "been held in pre-trial detention in Callao since 2 January on suspicion of drug trafficking (Art. 296 "
        "Código Penal). He asked us not to inform his family. His lawyer, Dra. Lucía Paredes Huamán, expects "
        "the first hearing in March. DCM Gerard Tjin-A-Tsoi will raise the detention conditions with the "
        "Ministry of Foreign Affairs (Torre Tagle).",
        "Ambassador Jeroen Roodenburg has been briefed. For press questions refer to the spokesperson in The "
        "Hague (Directie Communicatie).",
        "Kind regards,\nCarla\n\nCarla Lammers-Quispe | Head Consular Affairs\nEmbassy of the Kingdom of the "
        "Netherlands | Lima, Peru\nT +51 1 213 0512 | M +51 987 204 331\nSwitchboard +51 1 213 0500",
        ("sp", 6),
        "<<<font name='DV-B'>From:</font> Rossi Mendoza, Javier &lt;javier.rossimendoza@minbuza.nl&gt;<br/>"
        "<font name='DV-B'>Sent:</font> Wednesday, 15 January 2025 17:10<br/>"
        "<font name='DV-B'>To:</font> Lammers-Quispe, Carla<br/>"
        "<font name='DV-B'>Subject:</font> Detained Dutch national Callao – visit report",
        "> Carla, visited Mr. Vroegindeweij today with our local staff member Rosa Quispe Tito. He has "
        "lost weight and needs medication for his diabetes (insulin), which the prison doctor has not provided. "
        "He gave his home address in the Netherlands as Ketelboeterstraat 41, 7731 DH Ommen. "
        "Next visit 29 January. Javier",
        "> Javier Rossi Mendoza\n> Consular Officer (local staff) | +51 1 213 0517",
    ]
    rl_pdf(out, blocks, title="RE: Detained Dutch national Callao", author="Lammers-Quispe, Carla",
           creator="Microsoft Outlook for Microsoft 365")
    g.r("PERSON", "Carla Lammers-Quispe", "Carla", "Lammers-Quispe", ("carla.lammers@minbuza.nl", False))
    g.r("PERSON", "Javier Rossi Mendoza", "Javier", "Rossi Mendoza", ("javier.rossimendoza@minbuza.nl", False))
    g.r("PERSON", "Gerard Tjin-A-Tsoi", "Gerard", "Tjin-A-Tsoi", ("gerard.tjinatsoi@minbuza.nl", False))
    g.r("PERSON", "Dennis Vroegindeweij", "Dennis", "Vroegindeweij")
    g.r("DOB", "03-08-1991", "03-08-1991")
    g.r("CRIMINAL", "suspicion of drug trafficking", ("suspicion of drug trafficking", False))
    g.r("HEALTH", "diabetes (insulin)", ("diabetes", True))
    g.r("PERSON", "Lucía Paredes Huamán", "Lucía", "Paredes Huamán")
    g.r("PERSON", "Rosa Quispe Tito", "Rosa", "Quispe Tito")
    g.r("ADDRESS", "Ketelboeterstraat 41, 7731 DH Ommen", "Ketelboeterstraat 41", ("7731 DH", True))
    g.r("PHONE", "+51 1 213 0512", ("+51 1 213 0512", False))
    g.r("PHONE", "+51 987 204 331", ("+51 987 204 331", False))
    g.r("PHONE", "+51 1 213 0517", ("+51 1 213 0517", False))
    g.k("PUBLIC", "Ambassador Jeroen Roodenburg", "Jeroen Roodenburg")
    g.k("MAILBOX", "lim-ca@minbuza.nl", ("lim-ca@minbuza.nl", False))
    g.k("SWITCHBOARD", "+51 1 213 0500", ("+51 1 213 0500", False))
    g.kk("ORG", "Directie Communicatie", "Torre Tagle", "Ministry of Foreign Affairs", "LIM-CA")
    g.kk("MISC", "Head Consular Affairs", "Consular Officer", "Callao", "pre-trial detention", "Lima, Peru",
         "Thursday, 16 January 2025 09:42", "DCM")
    return g


def be06(out):
    """Teams chat export printed with Chromium (first names alone, Dutch/English mix)."""
    g = Gold(out.name)
    msgs = [
        ("Yvette Kortenhorst-Bosman", "10:02", "Hoi Bart, heb jij de laatste versie van de beslisnota Patriot "
         "voor de staatssecretaris? DGB wil hem vandaag nog zien."),
        ("Bart Nieuwenhuijzen", "10:05", "Ja, staat op SharePoint onder DMO/Beslisnota's. Yvette, let op: "
         "Kamerstuk 36 592 verwijzing klopt nog niet."),
        ("Yvette Kortenhorst-Bosman", "10:07", "Thx. Ik bel Anouk even, die zit bij FEZ. 06-19387745 is toch haar "
         "nummer?"),
        ("Bart Nieuwenhuijzen", "10:08", "Nee, dat is van Joep. Anouk is 06-48220916. Of mail "
         "a.vermeer-ozturk@mindef.nl"),
        ("Anouk Vermeer-Öztürk", "10:31", "Hi both, FEZ kijkt naar de dekking in het Defensiefonds (art. 6). "
         "Deadline is 14:00 i.v.m. de ministerstaf."),
        ("Yvette Kortenhorst-Bosman", "10:33", "Top. @Anouk kun je ook het Defensie Materieel Proces (DMP) "
         "A-brief checken? Staatssecretaris Tuinman heeft er vragen over gesteld."),
        ("Joep Kersbergen", "11:15", "FYI: ik ben morgen ziek gemeld (rugklachten), Bart neemt het over."),
        ("Bart Nieuwenhuijzen", "11:16", "👍 beterschap Joep"),
    ]
    rows = "".join(
        f"<div class='m'><div class='h'><span class='n'>{n}</span> <span class='t'>{t}</span></div>"
        f"<div class='b'>{b}</div></div>" for n, t, b in msgs)
    html_text = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Chat | Patriot A-brief | Microsoft Teams</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:28px 40px}}
h1{{font-size:13pt}} .meta{{color:#555;font-size:9pt;margin-bottom:14px}}
.m{{margin:0 0 10px 0;padding:6px 8px;border-left:3px solid #6264a7;background:#f5f5fb}}
.n{{font-weight:bold}} .t{{color:#777;font-size:8.5pt}}</style></head><body>
<h1>Patriot A-brief — groepschat</h1>
<div class="meta">Geëxporteerd op 6 maart 2025 door Kortenhorst-Bosman, Y. (DMO/Directie Plannen) —
deelnemers: Bart, Yvette, Anouk, Joep</div>{rows}
<div class="meta">Microsoft Teams — Defensie Digitale Werkplek (DWO) — servicedesk 088 950 0000</div>
</body></html>"""
    chromium_pdf(html_text, out)
    g.r("PERSON", "Yvette Kortenhorst-Bosman", "Yvette", "Kortenhorst-Bosman")
    g.r("PERSON", "Bart Nieuwenhuijzen", "Bart", "Nieuwenhuijzen")
    g.r("PERSON", "Anouk Vermeer-Öztürk", "Anouk", "Vermeer-Öztürk", ("a.vermeer-ozturk@mindef.nl", False))
    g.r("PERSON", "Joep Kersbergen", "Joep", "Kersbergen")
    g.r("PHONE", "06-19387745", ("06-19387745", False))
    g.r("PHONE", "06-48220916", ("06-48220916", False))
    g.r("HEALTH", "ziek gemeld (rugklachten)", ("rugklachten", True))
    g.kk("PUBLIC", "Tuinman")
    g.kk("ORG", "DMO", "FEZ", "DGB", "Defensiefonds", "Defensie Materieel Proces", "Directie Plannen", "SharePoint",
         "Microsoft Teams")
    g.k("SWITCHBOARD", "088 950 0000", ("088 950 0000", False))
    g.kk("MISC", "Patriot", "Kamerstuk 36 592", "ministerstaf", "6 maart 2025", "A-brief")
    return g


def be07(out):
    """Interdepartmental e-mail chain (BZK - Financiën - AZ) with reply quoting and a forward."""
    g = Gold(out.name)
    q = "> "
    blocks = [
        ("kv", [["Van:", "Kromhout, Lieke (DGDOO/DDI) &lt;lieke.kromhout@minbzk.nl&gt;"],
                ["Verzonden:", "dinsdag 8 april 2025 16:21"],
                ["Aan:", "Postbus Wetgeving BZK &lt;wetgeving@minbzk.nl&gt;; Sadiki, Omar (FIN/BFB)"],
                ["CC:", "Van Rooijen-Brandsma, Hester (AZ/DGK)"],
                ["Onderwerp:", "FW: Wet modernisering elektronisch bestuurlijk verkeer - financiële paragraaf"]],
         (24, 140)),
        "Beste Omar,",
        "Zie hieronder de reactie van Hester. Kunnen jullie de dekking uit de Rijksbegroting hoofdstuk VII "
        "(artikel 6.2) nog bevestigen vóór de onderraad? Staatssecretaris Szabó wil het stuk op 17 april in de "
        "ministerraad.",
        "Groet,\nLieke\n\nmr. drs. L.M. (Lieke) Kromhout\nsenior beleidsmedewerker | Directie Digitale "
        "Overheid\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\nTurfmarkt 147 | 2511 DP Den "
        "Haag\nT 070 426 1187 | M 06 1044 3926",
        ("sp", 4),
        "---------- Doorgestuurd bericht ----------",
        "Van: Hester van Rooijen-Brandsma &lt;h.vanrooijen@minaz.nl&gt;\nDatum: di 8 apr 2025 om 14:03\n"
        "Onderwerp: Re: Wet modernisering elektronisch bestuurlijk verkeer",
        "Lieke, vanuit AZ geen bezwaar, mits de Raad van State-advies (W04.24.0123/I) is verwerkt. Groet, Hester",
        "Op ma 7 apr 2025 om 11:48 schreef Kromhout, Lieke &lt;lieke.kromhout@minbzk.nl&gt;:",
        q + "Hoi Hester, bijgaand de nota van wijziging. De minister-president heeft in het Coalitieoverleg "
        "gevraagd om een korte toelichting. Willem-Jan (onze directeur) belt morgen met jouw DG.",
        q + "Lieke",
        q + "Op vr 4 apr 2025 om 09:15 schreef Omar Sadiki &lt;o.sadiki@minfin.nl&gt;:",
        q + q + "Dag Lieke, de Inspectie der Rijksfinanciën (IRF) wil de structurele kosten zien. Bel gerust: "
        "070 342 7718. Groet, Omar Sadiki, Directie Begrotingszaken",
        ("sp", 6),
        "~ Dit bericht kan informatie bevatten die niet voor u is bestemd. Ministerie van BZK, Postbus 20011, "
        "2500 EA Den Haag, telefoon 070 426 6426.",
    ]
    rl_pdf(out, blocks, title="FW: Wet modernisering elektronisch bestuurlijk verkeer", author="Kromhout, L.M.",
           creator="Microsoft Outlook", font="DVC", size=10)
    g.r("PERSON", "Lieke Kromhout", "Lieke", "Kromhout", ("lieke.kromhout@minbzk.nl", False))
    g.r("PERSON", "Omar Sadiki", "Omar", "Sadiki", ("o.sadiki@minfin.nl", False))
    g.r("PERSON", "Hester van Rooijen-Brandsma", "Hester", "Van Rooijen-Brandsma", "van Rooijen-Brandsma",
        ("h.vanrooijen@minaz.nl", False))
    g.r("PERSON", "Willem-Jan (directeur)", "Willem-Jan")
    g.r("PHONE", "070 426 1187", "070 426 1187")
    g.r("PHONE", "06 1044 3926", "06 1044 3926")
    g.r("PHONE", "070 342 7718", "070 342 7718")
    g.k("MAILBOX", "wetgeving@minbzk.nl", ("wetgeving@minbzk.nl", False))
    g.k("SWITCHBOARD", "070 426 6426", "070 426 6426")
    g.kk("PUBLIC", "Szabó")
    g.kk("ORG", "Directie Digitale Overheid", "Inspectie der Rijksfinanciën", "IRF", "Directie Begrotingszaken",
         "Raad van State", "AZ", "DGDOO/DDI")
    g.kk("REF", "W04.24.0123/I", "artikel 6.2", "Wet modernisering elektronisch bestuurlijk verkeer")
    g.kk("ADDR_ORG", "Turfmarkt 147", "Postbus 20011")
    g.kk("MISC", "senior beleidsmedewerker", "minister-president", "ministerraad", "dinsdag 8 april 2025 16:21")
    return g


def be08(out):
    """Woo-besluit with inventory list (reportlab), applicant is a private person."""
    g = Gold(out.name)
    inv = [["Nr.", "Document", "Datum", "Beoordeling", "Weigergrond", "Opmerking"],
           ["1", "E-mail DGBEB aan DJZ over exportvergunning", "12-09-2024", "deels openbaar", "5.1.2e", ""],
           ["2", "Beslisnota exportcontrole F-35 onderdelen", "19-09-2024", "deels openbaar", "5.1.2e, 5.1.2a",
            "nota aan minister Klever"],
           ["3", "Verslag overleg met Douane en BHOS", "02-10-2024", "deels openbaar", "5.1.2e", ""],
           ["4", "Appverkeer medewerkers directie Handelsbeleid", "03-10-2024", "niet openbaar", "5.1.2e, 5.2.1",
            "persoonlijke beleidsopvattingen"],
           ["5", "Kamerbrief exportcontrole (Kamerstuk 22 054, nr. 412)", "10-10-2024", "reeds openbaar", "—",
            "zie Gerelateerd ID 2024-0771"],
           ["6", "Non-paper Verenigde Staten", "11-10-2024", "niet openbaar", "5.1.2a", "internationale betrekkingen"]]
    blocks = [
        ("kv", [["Aan", "De heer T.A. Wijnbergen-Rashid\nLangeweg 212\n3342 LD Hendrik-Ido-Ambacht"]], (18, 120)),
        ("sp", 8),
        ("kv", [["Datum", "21 januari 2025"], ["Kenmerk", "BZ-WOO-2024-0915"], ["Uw verzoek", "23 augustus 2024"],
                ["Onderwerp", "Besluit op uw Woo-verzoek over exportvergunningen F-35 onderdelen"]], (28, 120)),
        "Geachte heer Wijnbergen-Rashid,",
        "In uw e-mail van 23 augustus 2024 (t.wijnbergen.rashid@ziggo.nl) heeft u op grond van de Wet open "
        "overheid (Woo) gevraagd om documenten over de exportvergunningen voor F-35 onderdelen. Op 30 augustus "
        "2024 heeft mijn ambtenaar, de heer Koen Vrielink, u telefonisch (op uw nummer 06 3017 8826) gevraagd "
        "uw verzoek te verduidelijken.",
        "## Besluit",
        "Ik heb besloten de documenten 1 tot en met 3 deels openbaar te maken, document 5 is reeds openbaar en "
        "de documenten 4 en 6 maak ik niet openbaar. De inventarislijst is als bijlage 1 bij dit besluit gevoegd.",
        "## Informatie die niet openbaar gemaakt kan worden",
        "**Motivering.** Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo): in de documenten staan namen, "
        "telefoonnummers en e-mailadressen van medewerkers van het ministerie en van derden. Het belang van "
        "openbaarmaking weegt niet op tegen de eerbiediging van hun persoonlijke levenssfeer. Namen van "
        "bewindspersonen, zoals minister Klever, en van de directeur-generaal Buitenlandse Economische "
        "Betrekkingen (DGBEB) in die functie maak ik wel openbaar.",
        "Internationale betrekkingen (artikel 5.1, tweede lid, onder a, Woo): document 6 is een non-paper dat "
        "de Verenigde Staten vertrouwelijk hebben gedeeld.",
        "## Plaatsing op Rijksoverheid.nl",
        "De openbaar gemaakte documenten worden geplaatst op open.overheid.nl. Tegen dit besluit kunt u binnen "
        "zes weken bezwaar maken bij de minister voor Buitenlandse Handel en Ontwikkelingshulp, Postbus 20061, "
        "2500 EB Den Haag, of via woo-bz@minbuza.nl.",
        "Hoogachtend,\nDe minister voor Buitenlandse Handel en Ontwikkelingshulp,\nnamens deze,\n"
        "de directeur Juridische Zaken,\n\n<handtekening>\nmr. E.C. Stoutjesdijk",
        ("pb",),
        ("bm", "Bijlage 1 Inventarislijst"),
        "## Bijlage 1 — Inventarislijst BZ-WOO-2024-0915",
        ("t", inv, (10, 55, 20, 24, 24, 37), {"zebra": True}),
        "~ Behandeld door: K. Vrielink (DJZ/WOO), telefoon 070 348 6214. Algemeen nummer ministerie: "
        "+31 70 348 6486.",
    ]
    rl_pdf(out, blocks, title="Besluit Woo-verzoek BZ-WOO-2024-0915", author="Vrielink, K.", letterhead=BZ,
           footer="BZ-WOO-2024-0915 | {page}")
    g.r("PERSON", "T.A. Wijnbergen-Rashid", "Wijnbergen-Rashid", ("t.wijnbergen.rashid@ziggo.nl", False))
    g.r("ADDRESS", "Langeweg 212, 3342 LD Hendrik-Ido-Ambacht", "Langeweg 212", "3342 LD")
    g.r("PHONE", "06 3017 8826", "06 3017 8826")
    g.r("PERSON", "Koen Vrielink", "Koen", "Vrielink")
    g.r("PHONE", "070 348 6214", "070 348 6214")
    g.r("PERSON", "mr. E.C. Stoutjesdijk", "Stoutjesdijk")
    g.kk("PUBLIC", "Klever")
    g.kk("ORG", "DGBEB", "DJZ/WOO", "BHOS", "Douane", "Verenigde Staten")
    g.k("MAILBOX", "woo-bz@minbuza.nl", ("woo-bz@minbuza.nl", False))
    g.k("SWITCHBOARD", "+31 70 348 6486", ("+31 70 348 6486", False))
    g.kk("REF", "BZ-WOO-2024-0915", "Kamerstuk 22 054, nr. 412", "2024-0771", "5.1.2a", "5.2.1")
    g.kk("MISC", "deels openbaar", "niet openbaar", "reeds openbaar", "21 januari 2025", "F-35", "open.overheid.nl",
         "directeur Juridische Zaken")
    return g
