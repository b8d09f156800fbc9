"""Documents be09-be16 of the mixed47 blind set (all persons invented)."""
from lib import (Gold, WORK, rl_pdf, rijk_lh, postprocess, chromium_pdf, docx_pdf, scan_pdf, make_bsn,  # noqa: F401
                 make_iban, bsn_ok, iban_ok)

BZ = rijk_lh(["Ministerie van Buitenlandse", "Zaken"])
BZK = rijk_lh(["Ministerie van Binnenlandse Zaken en", "Koninkrijksrelaties"])
FIN = rijk_lh(["Ministerie van Financiën"])
DEF = rijk_lh(["Ministerie van Defensie"])


def be09(out):
    """MT minutes DGBEB, written in Word (python-docx) and exported by LibreOffice."""
    g = Gold(out.name)
    parts = [
        "# Verslag MT-overleg DGBEB",
        "Datum: 18 februari 2025, 10.00–11.30 uur, Rijnstraat 8, zaal 6.14",
        "**Aanwezig**",
        "directeur-generaal Marieke Lautenbach-Duijs (voorzitter), Rutger Aalbersberg (DIO), Sevda "
        "Yilmaz-Kooistra (IMH), Niels Groeneveld-Ramdin (DDE), Chantal Ouwerkerk (FEZ, agendapunt 3)",
        "**Afwezig**",
        "Pauline Terwisscha van Scheltinga (DIO) — met bericht",
        "**Notulist**",
        "Daan Schreuder (staf DGBEB)",
        "## 1. Opening en mededelingen",
        "De voorzitter meldt dat minister Klever in april een handelsmissie naar India leidt, met VNO-NCW en "
        "RVO. Staatssecretaris Van Marum heeft gevraagd om een briefing over de Caribische delen van het "
        "Koninkrijk. Sevda stelt voor die via het Kabinet van de Gouverneur van Aruba te laten lopen.",
        "## 2. Handelsmissie India",
        "Rutger licht de stand toe: 62 bedrijven hebben zich aangemeld, de missie bezoekt Mumbai en Bengaluru. "
        "Er is zorg over de visumaanvragen van twee deelnemers. Actie: RA zorgt vóór 1 maart voor een "
        "deelnemerslijst voor de ambassade in New Delhi.",
        "## 3. Begroting BHO (hoofdstuk XVII)",
        "Chantal Ouwerkerk (FEZ) meldt een onderuitputting op artikel 1.1 (Duurzame handel en investeringen). "
        "Voorstel: kasschuif naar 2026 bij de Voorjaarsnota. Akkoord. Actie: CO, FEZ.",
        "## 4. Woo-verzoeken",
        "DJZ meldt een achterstand van 41 Woo-verzoeken. Niels merkt op dat de directie DDE de inventarislijsten "
        "zelf aanlevert. Actie: NGR en DS stellen een werkwijze op.",
        "## 5. Rondvraag",
        "Daan Schreuder is vanaf 3 maart drie maanden met ouderschapsverlof; Pauline neemt het "
        "secretariaat waar (pauline.terwisscha@minbuza.nl, 06 2209 6143).",
        ("t", [["Nr.", "Actie", "Wie", "Deadline"],
               ["25-07", "Deelnemerslijst handelsmissie India naar ambassade New Delhi", "RA", "1 maart"],
               ["25-08", "Kasschuif artikel 1.1 voorbereiden (Voorjaarsnota)", "CO", "14 maart"],
               ["25-09", "Werkwijze inventarislijsten Woo", "NGR / DS", "31 maart"],
               ["25-10", "Briefing staatssecretaris Van Marum Caribisch Nederland", "SYK", "7 maart"]],
         (1.6, 9.0, 2.4, 2.4)),
        "Volgend overleg: 4 maart 2025. Vastgesteld door de voorzitter op 20 februari 2025.",
    ]
    docx_pdf(out, parts, author="Schreuder, D.", last_by="Rutger Aalbersberg", title="Verslag MT DGBEB 18-02-2025",
             header="Ministerie van Buitenlandse Zaken — DGBEB — intern")
    g.r("PERSON", "Rutger Aalbersberg", "Rutger", "Aalbersberg", "RA")
    g.r("PERSON", "Sevda Yilmaz-Kooistra", "Sevda", "Yilmaz-Kooistra", "SYK")
    g.r("PERSON", "Niels Groeneveld-Ramdin", "Niels", "Groeneveld-Ramdin", "NGR")
    g.r("PERSON", "Chantal Ouwerkerk", "Chantal", "Ouwerkerk", "CO")
    g.r("PERSON", "Pauline Terwisscha van Scheltinga", "Pauline", "Terwisscha van Scheltinga",
        ("pauline.terwisscha@minbuza.nl", False))
    g.r("PERSON", "Daan Schreuder", "Daan", "Schreuder", "DS")
    g.r("PHONE", "06 2209 6143", "06 2209 6143")
    g.k("PUBLIC", "directeur-generaal Marieke Lautenbach-Duijs", "Marieke Lautenbach-Duijs")
    g.kk("PUBLIC", "Klever", "Van Marum")
    g.kk("ORG", "DGBEB", "DIO", "IMH", "DDE", "FEZ", "DJZ", "VNO-NCW", "RVO", "Kabinet van de Gouverneur van Aruba")
    g.kk("MISC", "18 februari 2025", "Mumbai", "Bengaluru", "New Delhi", "Voorjaarsnota", "artikel 1.1",
         "hoofdstuk XVII", "Rijnstraat 8", "Duurzame handel en investeringen")
    return g


def be10(out):
    """Agenda SG/DG-overleg BZK (reportlab, table)."""
    g = Gold(out.name)
    rows = [["Tijd", "Onderwerp", "Inbreng / toelichting", "Stukken"],
            ["09.30", "1. Opening, vaststellen agenda en verslag 24 februari", "SG", "verslag (ter vaststelling)"],
            ["09.35", "2. Stand van zaken Wet open overheid: actieve openbaarmaking beslisnota's",
             "DGOO; toelichting door Pim van\nAssendelft (DGDOO/DDI)", "nota 2025-0000127731"],
            ["10.00", "3. Herstel Groningen: voortgang Nij Begun", "DGBRK; aanwezig: staatssecretaris Van Marum",
             "Kamerbrief (concept)"],
            ["10.25", "4. Rijksbrede personeelsplanning en de taakstelling apparaat (Hoofdlijnenakkoord)",
             "DGOO en plv. SG; inbreng Ingrid Bouwhuis-\nTahiri (DGOO/A&O)", "notitie FEZ"],
            ["10.50", "5. Rondvraag en sluiting", "allen", "—"]]
    blocks = [
        "# Agenda SG/DG-overleg",
        ("kv", [["Datum", "maandag 3 maart 2025, 09.30–11.00 uur"], ["Locatie", "Turfmarkt 147, kamer SG (20e etage)"],
                ["Voorzitter", "SG drs. Jeroen Westerbeek-Amstel"],
                ["Deelnemers", "plv. SG, DGOO, DGBRK, DGDOO, DGKR, directeur FEZ, directeur DCOM, hoofd Kabinet"],
                ["Secretaris", "Nadia El Khattabi (Bureau SG), 070 426 7754, nadia.elkhattabi@minbzk.nl"]],
         (28, 135)),
        ("t", rows, (14, 55, 55, 40), {"zebra": True}),
        "## Toelichting bij punt 2",
        "Sinds 2022 worden beslisnota's bij Kamerstukken actief openbaar gemaakt. DGOO stelt voor de rubriek "
        "'Informatie die niet openbaar gemaakt kan worden' verplicht te vullen vóór verzending aan de Kamer. "
        "Minister Uitermark heeft hier in het commissiedebat Rijksdienst naar gevraagd (het lid Dassen, Volt).",
        "## Toelichting bij punt 4",
        "De taakstelling uit het Hoofdlijnenakkoord bedraagt 22% op het apparaat. FEZ (contact: Bas "
        "Hoekstra-Verbeek) maakt een doorrekening per DG.",
        "~ Verzending: secretariaat SG, sg-secretariaat@minbzk.nl. Stukken uiterlijk donderdag 12.00 uur.",
    ]
    rl_pdf(out, blocks, title="Agenda SG-DG-overleg 3 maart 2025", author="El Khattabi, N.", letterhead=BZK,
           font="DV", size=9.5)
    g.r("PERSON", "Pim van Assendelft", "Pim", "Assendelft")
    g.r("PERSON", "Ingrid Bouwhuis-Tahiri", "Ingrid", "Bouwhuis-Tahiri")
    g.r("PERSON", "Nadia El Khattabi", "Nadia", "El Khattabi", ("nadia.elkhattabi@minbzk.nl", False))
    g.r("PHONE", "070 426 7754", "070 426 7754")
    g.r("PERSON", "Bas Hoekstra-Verbeek", "Bas", "Hoekstra-Verbeek")
    g.k("PUBLIC", "SG drs. Jeroen Westerbeek-Amstel", "Jeroen Westerbeek-Amstel")
    g.kk("PUBLIC", "Van Marum", "Uitermark", "Dassen")
    g.k("MAILBOX", "sg-secretariaat@minbzk.nl", ("sg-secretariaat@minbzk.nl", False))
    g.kk("ORG", "DGOO", "DGBRK", "DGDOO", "DGKR", "FEZ", "DCOM", "Bureau SG", "Nij Begun", "Volt")
    g.kk("MISC", "maandag 3 maart 2025", "Turfmarkt 147", "Hoofdlijnenakkoord", "2025-0000127731",
         "commissiedebat Rijksdienst", "Rijksbrede personeelsplanning")
    return g


def be11(out):
    """Scan of a routing slip with handwritten paraphs (image-only)."""
    g = Gold(out.name)
    g.ocr = True
    src = WORK / (out.stem + "-src.pdf")
    WORK.mkdir(exist_ok=True)
    blocks = [
        "# ROUTEFORMULIER / PARAFENBLAD",
        ("kv", [["Stuk", "Beslisnota Wet versterking regie volkshuisvesting — tweede nota van wijziging"],
                ["Kenmerk", "2025-0000098812"], ["Bewindspersoon", "minister Keijzer (VRO)"],
                ["Termijn", "28 februari 2025"]], (35, 125)),
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["Hanneke WOUTERSEN", "beleidsmedewerker DWB", "<<<font name='DVS-I' size='13'>HW</font>", "19-02"],
               ["Gijs ABEELEN-KRUISINGA", "coördinator wetgeving", "<<<font name='DVS-I' size='13'>GAK</font>", "20-02"],
               ["Maryam TAHERI", "directeur DWB", "<<<font name='DVS-I' size='13'>MT 21/2</font>", "21-02"],
               ["DGVB", "directeur-generaal Volkshuisvesting en Bouwen", "akkoord", "24-02"]], (45, 60, 30, 25)),
        ("sp", 8),
        "**Retour na paraaf aan:** H. Woutersen, kamer C-11.40, toestel 070 751 3308",
        "**Opmerking:** graag ook afstemmen met DJZ (mr. Olaf Brinkhorst) over artikel 2.4.",
        ("sp", 30),
        "~ Ministerie van Volkshuisvesting en Ruimtelijke Ordening, Postbus 20011, 2500 EA Den Haag",
    ]
    rl_pdf(src, blocks, title="", author="", letterhead=None, font="DV", size=11)
    scan_pdf(src, out, seed=11, angle=0.5)
    g.r("PERSON", "Hanneke Woutersen", "Hanneke", "WOUTERSEN", "Woutersen")
    g.r("PERSON", "Gijs Abeelen-Kruisinga", "Gijs", "ABEELEN-KRUISINGA", ("ABEELEN", True))
    g.r("PERSON", "Maryam Taheri", "Maryam", "TAHERI")
    g.r("PERSON", "Olaf Brinkhorst", "Olaf", "Brinkhorst")
    g.r("PHONE", "070 751 3308", "070 751 3308", "751 3308")
    g.r("PARAPH", "GAK", "GAK")
    return g


def be12(out):
    """Scanned letter of a citizen to the staatssecretaris (BSN, IBAN, health, home address)."""
    g = Gold(out.name)
    g.ocr = True
    bsn = make_bsn("17458329")
    iban = make_iban("INGB", "0006539177")
    assert bsn_ok(bsn) and iban_ok(iban)
    src = WORK / (out.stem + "-src.pdf")
    WORK.mkdir(exist_ok=True)
    blocks = [
        "Esther Bloemendaal-Ouali\nPapaverhof 17\n5629 KL Eindhoven\n\n",
        "Aan staatssecretaris Achahbar\nMinisterie van Financiën, Toeslagen en Douane\nPostbus 20201\n"
        "2500 EE Den Haag",
        ("sp", 10),
        "Eindhoven, 9 februari 2025",
        "Betreft: mijn herstel kinderopvangtoeslag, BSN " + bsn,
        "Geachte staatssecretaris,",
        "Ik schrijf u omdat mijn zaak bij de Uitvoeringsorganisatie Herstel Toeslagen (UHT) nu al drie jaar "
        "loopt. Mijn persoonlijk zaakbehandelaar, mevrouw Ingeborg Stam, is vertrokken en niemand belt terug. "
        "Door de schulden ben ik in 2023 opgenomen geweest met een zware depressie en ik ben nog steeds onder "
        "behandeling bij GGZ Eindhoven.",
        "De Commissie Werkelijke Schade heeft in oktober een advies gegeven, maar het bedrag is nooit "
        "overgemaakt. Mijn rekeningnummer is " + iban + " ten name van E. Bloemendaal. U kunt mij bellen op "
        "06 4439 0217.",
        "Ik hoop dat u mijn brief persoonlijk leest.",
        "Met vriendelijke groet,",
        "<<<font name='DVS-I' size='16'>E. Bloemendaal</font>",
        "Esther Bloemendaal-Ouali",
        ("sp", 14),
        "<<<font name='DV-B' size='12' color='#aa2222'>ONTVANGEN DGTH — 12 FEB 2025 — reg.nr. 2025-0044517</font>",
    ]
    rl_pdf(src, blocks, font="DVS", size=11.5, margins=(25, 25, 22, 25))
    scan_pdf(src, out, seed=12, angle=-0.7)
    g.r("PERSON", "Esther Bloemendaal-Ouali", "Esther", "Bloemendaal-Ouali", "Bloemendaal")
    g.r("ADDRESS", "Papaverhof 17, 5629 KL Eindhoven", "Papaverhof 17", "5629 KL")
    g.r("BSN", bsn, bsn)
    g.r("IBAN", iban, iban)
    g.r("PHONE", "06 4439 0217", "06 4439 0217")
    g.r("PERSON", "Ingeborg Stam", "Ingeborg", "Stam")
    g.r("HEALTH", "zware depressie", "depressie")
    return g


def be13(out):
    """Expense claim form (Defensie) with AcroForm fields: values only in the form fields."""
    g = Gold(out.name)
    iban = make_iban("RABO", "0315962248")
    assert iban_ok(iban)
    blocks = [
        "# Declaratie dienstreis buitenland",
        "Formulier DEF-FIN-112 (versie 2024). Invullen, ondertekenen en insturen via "
        "declaraties-dvd@mindef.nl. Vragen: Defensie Servicedesk 088 950 0000.",
        ("sp", 6),
        ("field", "Naam declarant", "naam_declarant", "Lt. ter zee 2 OC Joris Verhagen-Osei", 300),
        ("field", "Personeelsnummer (registratienr.)", "pers_nr", "R-19874455", 150),
        ("field", "Eenheid / directie", "eenheid", "DOPS/J5, Kromhout Kazerne Utrecht", 300),
        ("field", "IBAN", "iban", iban, 200),
        ("field", "Reisdoel", "reisdoel", "NATO MC Working Group, Brussel (SHAPE Mons)", 300),
        ("field", "Periode", "periode", "10-03-2025 t/m 12-03-2025", 200),
        ("field", "Akkoord leidinggevende", "akkoord_lg", "KLTZ Wendelien Broekhuis-Adjei", 300),
        ("field", "Mobiel (bereikbaarheid)", "mobiel", "06 5230 8814", 150),
        ("sp", 10),
        "## Kosten",
        ("t", [["Post", "Bedrag", "Toelichting"], ["Hotel (2 nachten)", "€ 398,00", "Hotel Van der Valk Mons"],
               ["Trein Utrecht–Mons v.v.", "€ 186,40", "NS International"],
               ["Verblijfkosten", "€ 144,00", "tarief Regeling Reis- en verblijfkosten buitenland"]],
         (50, 30, 80)),
        "Op grond van de Regeling reizen buitenland Defensie (art. 7) worden alleen werkelijk gemaakte kosten "
        "vergoed. Afhandeling door het Financieel Dienstencentrum (FDC).",
    ]
    rl_pdf(out, blocks, title="Declaratie dienstreis buitenland", author="Verhagen-Osei, J.", letterhead=DEF)
    g.r("PERSON", "Joris Verhagen-Osei", ("Joris", True), ("Verhagen-Osei", True))
    g.r("ID", "R-19874455", ("R-19874455", True))
    g.r("IBAN", iban, (iban, False))
    g.r("PERSON", "Wendelien Broekhuis-Adjei", "Wendelien", "Broekhuis-Adjei")
    g.r("PHONE", "06 5230 8814", "06 5230 8814")
    g.k("MAILBOX", "declaraties-dvd@mindef.nl", ("declaraties-dvd@mindef.nl", False))
    g.k("SWITCHBOARD", "088 950 0000", ("088 950 0000", False))
    g.kk("ORG", "Financieel Dienstencentrum", "FDC", "NS International")
    g.kk("MISC", "Declaratie dienstreis buitenland", "DEF-FIN-112", "Verblijfkosten", "€ 398,00",
         "Regeling reizen buitenland Defensie", "Reisdoel", "IBAN")
    return g


def be14(out):
    """Nota to the minister of Finance with sticky-note comments (names only in annotations)."""
    g = Gold(out.name)
    side = ["**Directie Begrotingszaken", "Inspectie der Rijksfinanciën", "", "Korte Voorhout 7",
            "2511 CW Den Haag", "Postbus 20201", "2500 EE Den Haag", "www.rijksoverheid.nl", "",
            "**Inlichtingen", "F.M. (Floor) Kappetijn-Hale", "T 070 342 9130", "f.kappetijn@minfin.nl", "",
            "**Kenmerk", "2025-0000054410", "", "**Uw brief", "—"]
    blocks = [
        "# Nota",
        ("kv", [["Aan", "de minister van Financiën"], ["Van", "directeur Begrotingszaken"],
                ["Datum", "3 april 2025"], ["Kopie aan", "SG, thesaurier-generaal, DG Fiscale Zaken"],
                ["Onderwerp", "Voorjaarsnota 2025 — besluitvorming over de uitgavenplafonds"]], (28, 100)),
        "**Ter informatie** (bespreking in het bewindsliedenoverleg van 7 april)",
        "## Aanleiding",
        "In het overleg van 1 april heeft u gevraagd om een overzicht van de overschrijdingen van het "
        "uitgavenplafond Rijksbegroting in enge zin. Deze nota geeft dat overzicht.",
        "## Kern",
        "- De overschrijding bedraagt € 1,9 mld in 2025, vooral door asiel (COA) en de zorgtoeslag.",
        "- De Studiegroep Begrotingsruimte adviseert de trendmatige begrotingsdiscipline te handhaven.",
        "- Staatssecretaris Idsinga wil de fiscale maatregelen pas bij Prinsjesdag meenemen.",
        "## Toelichting",
        "De tabel hieronder vat de stand samen (bedragen × € 1 mln).",
        ("t", [["Plafond", "2025", "2026", "2027"], ["Rijksbegroting enge zin", "+1.120", "+640", "+210"],
               ["Sociale Zekerheid", "+430", "+180", "−90"], ["Zorg", "+350", "+510", "+700"]], (60, 30, 30, 30)),
        "## Informatie die niet openbaar gemaakt kan worden",
        "Motivering: n.v.t. (wordt ingevuld bij openbaarmaking).",
    ]
    rl_pdf(out, blocks, title="Nota Voorjaarsnota 2025 uitgavenplafonds", author="Kappetijn-Hale, F.M.",
           letterhead=FIN, side=side)
    postprocess(out, notes=[
        (0, 400, 560, "Mirjam Dekker-Oduya", "Mirjam: cijfers zorg checken met VWS (Thijmen?), anders IRF bellen."),
        (0, 420, 430, "Kappetijn-Hale, Floor", "Floor: tekst Idsinga afgestemd met zijn dossierhouder Rens "
         "Molenkamp (06 3881 2075)."),
        (0, 300, 250, "T. Smit-Ravensbergen", "graag aanvullen vóór 12.00 — Tom")])
    g.r("PERSON", "Floor Kappetijn-Hale", "Floor", "Kappetijn-Hale", ("f.kappetijn@minfin.nl", False))
    g.r("PHONE", "070 342 9130", "070 342 9130")
    g.r("PERSON", "Mirjam Dekker-Oduya", "Mirjam", "Dekker-Oduya")
    g.r("PERSON", "Thijmen", "Thijmen")
    g.r("PERSON", "Rens Molenkamp", "Rens", "Molenkamp")
    g.r("PHONE", "06 3881 2075", "06 3881 2075")
    g.r("PERSON", "Tom Smit-Ravensbergen", "Smit-Ravensbergen", "Tom")
    g.kk("PUBLIC", "Idsinga")
    g.kk("ORG", "Directie Begrotingszaken", "Inspectie der Rijksfinanciën", "COA", "Studiegroep Begrotingsruimte",
         "DG Fiscale Zaken")
    g.kk("MISC", "thesaurier-generaal", "Voorjaarsnota 2025", "2025-0000054410", "Korte Voorhout 7", "€ 1,9 mld",
         "3 april 2025", "Prinsjesdag", "Ter informatie")
    return g


def be15(out):
    """Answers to Kamervragen on consular assistance, Word -> LibreOffice, with a drafting block."""
    g = Gold(out.name)
    parts = [
        "2025Z03318",
        "# Antwoorden van minister Veldkamp (Buitenlandse Zaken) op vragen van de leden Piri (GroenLinks-PvdA) en "
        "Paternotte (D66) over de consulaire bijstand aan Nederlanders in Iran",
        "**Vraag 1**",
        "Kunt u bevestigen dat momenteel meerdere Nederlanders in Iran gedetineerd zijn?",
        "**Antwoord**",
        "Het ministerie van Buitenlandse Zaken is bekend met een aantal consulaire zaken in Iran. In verband met de "
        "privacy van betrokkenen en de veiligheid van de betrokkenen ga ik niet in op individuele zaken.",
        "**Vraag 2**",
        "Welke stappen heeft u gezet richting de Iraanse autoriteiten?",
        "**Antwoord**",
        "Ik heb de zaken op 12 februari 2025 aan de orde gesteld bij mijn Iraanse ambtgenoot Abbas Araghchi. "
        "Ook de ambassadeur in Teheran heeft demarches uitgevoerd. Nederland trekt hierin op met de E3 en de EU "
        "Hoge Vertegenwoordiger Kaja Kallas.",
        "**Vraag 3**",
        "Bent u bereid de Kamer vertrouwelijk te informeren?",
        "**Antwoord**",
        "Ja, ik ben bereid de vaste commissie voor Buitenlandse Zaken vertrouwelijk te informeren, zoals eerder "
        "toegezegd in het commissiedebat van 29 januari 2025 (Kamerstuk 36 600 V, nr. 58).",
        "## Interne notitie bij de beantwoording (niet meezenden)",
        ("t", [["Rol", "Naam", "Contact"],
               ["Opsteller", "Selin Karataş-Vos\n(DCM/CA)", "s.karatas@minbuza.nl"],
               ["Meelezer DMM", "mr. Hugo\nden Hartog-Wouda", "070 348 4417"],
               ["Meelezer post Teheran", "Farid Moradi (lokale medewerker)", "+98 21 2256 7101"]], (4.5, 5.5, 5.5)),
        "Let op: de familie van een van de gedetineerden (dhr. Kian Rostami-van Dijk, 34 jaar, veroordeeld tot "
        "zes jaar wegens vermeende spionage) heeft gevraagd de naam niet te noemen. Selin heeft de familie op "
        "10 februari gesproken.",
        "Consulaire Contactcentrum: +31 247 247 247 (24/7).",
    ]
    docx_pdf(out, parts, author="Karataş-Vos, S.", last_by="Hugo den Hartog-Wouda",
             title="Antwoorden Kamervragen Piri Paternotte consulaire bijstand Iran",
             header="CONCEPT — Ministerie van Buitenlandse Zaken — DCM/CA")
    g.r("PERSON", "Selin Karataş-Vos", "Selin", "Karataş-Vos", ("s.karatas@minbuza.nl", False))
    g.r("PERSON", "Hugo den Hartog-Wouda", "Hugo", "den Hartog-Wouda", "Hartog-Wouda")
    g.r("PHONE", "070 348 4417", "070 348 4417")
    g.r("PERSON", "Farid Moradi", "Farid", "Moradi")
    g.r("PHONE", "+98 21 2256 7101", ("+98 21 2256 7101", False))
    g.r("PERSON", "Kian Rostami-van Dijk", "Kian", "Rostami-van Dijk")
    g.r("CRIMINAL", "veroordeeld tot zes jaar wegens vermeende spionage", ("wegens vermeende spionage", False))
    g.kk("PUBLIC", "Veldkamp", "Piri", "Paternotte", "Abbas Araghchi", "Kaja Kallas")
    g.kk("ORG", "GroenLinks-PvdA", "D66", "E3", "DMM", "Consulaire Contactcentrum",
         "vaste commissie voor Buitenlandse Zaken")
    g.k("SWITCHBOARD", "+31 247 247 247", ("+31 247 247 247", False))
    g.kk("MISC", "2025Z03318", "Kamerstuk 36 600 V, nr. 58", "12 februari 2025", "Teheran", "Opsteller")
    return g


def be16(out):
    """Draft Kamerbrief printed from a browser (Chromium), paraph codes in comments, mailto link."""
    g = Gold(out.name)
    html_text = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Concept Kamerbrief stikstof en vergunningverlening - versie 0.4</title>
<style>body{font-family:'DejaVu Serif',serif;font-size:11pt;margin:40px 60px;line-height:1.45}
.hdr{display:flex;justify-content:space-between} .side{font-family:'DejaVu Sans';font-size:8pt;width:38%}
.c{background:#fff3b0;font-family:'DejaVu Sans';font-size:8.5pt;padding:1px 3px}
table{border-collapse:collapse;font-size:9pt} td,th{border:1px solid #888;padding:3px 6px}</style></head><body>
<div class="hdr"><div><b>Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur</b><br>
&gt; Retouradres Postbus 20401 2500 EK Den Haag<br><br>De Voorzitter van de Tweede Kamer<br>der Staten-Generaal<br>
Postbus 20018<br>2500 EA Den Haag</div>
<div class="side"><b>Directoraat-generaal Natuur, Visserij en Gebiedsgericht Werken</b><br>Bezuidenhoutseweg 73<br>
2594 AC Den Haag<br><br><b>Kenmerk</b><br>DGNVG / 95331207<br><br><b>Contact</b><br>
<a href="mailto:jesper.vandenbroek-lim@minlvvn.nl">contactpersoon directie</a><br>
Publieksinformatie 0800 8051 (gratis)</div></div>
<p>Datum 24 maart 2025<br>Betreft Voortgang stikstofaanpak en vergunningverlening (PAS-melders)</p>
<p>Geachte voorzitter,</p>
<p>Met deze brief informeer ik uw Kamer, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening,
over de voortgang van de legalisatie van PAS-melders en de uitvoering van de motie-Van der Plas
(Kamerstuk 35 334, nr. 312). <span class="c">[JvdB: cijfers van RVO per 1 maart gebruiken]</span></p>
<p>Op dit moment zijn 2.900 PAS-melders bekend. De provincies hebben 402 meldingen gelegaliseerd. Minister Wiersma
heeft op 10 maart met het IPO gesproken over het Aanvalsplan. <span class="c">[MKb: check met IPO of dit
openbaar mag; Marloes]</span></p>
<table><tr><th>Provincie</th><th>Melders</th><th>Gelegaliseerd</th></tr>
<tr><td>Gelderland</td><td>812</td><td>96</td></tr><tr><td>Noord-Brabant</td><td>744</td><td>121</td></tr>
<tr><td>Overijssel</td><td>503</td><td>77</td></tr></table>
<p>Het lid Vedder (CDA) heeft gevraagd naar de rol van de Raad van State. De Afdeling bestuursrechtspraak heeft
in de uitspraak van 18 december 2024 (ECLI:NL:RVS:2024:4923) geoordeeld dat intern salderen
vergunningplichtig is. <span class="c">[opm. Jesper van den Broek-Lim (DJZ): ECLI nog verifiëren, bel mij
06 1298 4470]</span></p>
<p>De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,<br><br>Femke Marije Wiersma</p>
<p style="font-size:8pt;color:#666">Versie 0.4 — bewerkt door MKb (M. Kabouw-Sterk) en JvdB — opgeslagen in
DigiDoc map LVVN/DGNVG/Stikstof</p>
</body></html>"""
    chromium_pdf(html_text, out)
    g.r("PERSON", "Jesper van den Broek-Lim", "Jesper", "van den Broek-Lim", "JvdB",
        ("jesper.vandenbroek-lim@minlvvn.nl", False))
    g.r("PERSON", "Marloes Kabouw-Sterk", "Marloes", "Kabouw-Sterk", "MKb")
    g.r("PHONE", "06 1298 4470", "06 1298 4470")
    g.kk("PUBLIC", "Wiersma", "Van der Plas", "Vedder")
    g.k("PUBLIC", "Femke Marije Wiersma", "Femke Marije Wiersma")
    g.kk("ORG", "RVO", "IPO", "Raad van State", "Afdeling bestuursrechtspraak", "CDA",
         "Directoraat-generaal Natuur, Visserij en Gebiedsgericht Werken")
    g.k("SWITCHBOARD", "0800 8051", ("0800 8051", False))
    g.kk("MISC", "ECLI:NL:RVS:2024:4923", "Kamerstuk 35 334, nr. 312", "PAS-melders", "24 maart 2025",
         "Bezuidenhoutseweg 73", "DGNVG / 95331207", "Gelderland", "Noord-Brabant", "Aanvalsplan")
    return g
