"""Set GR, documents gr09-gr16: the residents' evening (invitation, report, scanned attendance list),
steering-group minutes, an AcroForm claim form, a sole trader's invoice, a reinforcement advice, an
availability roster."""
from lib import Doc, K, R, mm, A4, rl_canvas

DOCS = []


# ------------------------------------------------------------------ gr09 uitnodiging bewonersavond
def s09(s):
    return [
        s.h("Uitnodiging bewonersavond Opwierde en Tjamsweer"),
        s.p("<b>Woensdag 22 januari 2025, 19.30 – 21.30 uur, dorpshuis De Ploeg, Kanaalweg 2, Tjamsweer</b>"),
        s.p("Beste bewoners,"),
        s.p("Veel van u wachten al lang op duidelijkheid over schadeherstel en versterking. Daarom organiseren "
            "de gemeente Eemsdelta, de Nationaal Coördinator Groningen (NCG) en het Instituut Mijnbouwschade "
            "Groningen (IMG) samen een bewonersavond. Wethouder Dijkema-Snoek (Versterking en Herstel) opent de "
            "avond. Daarna vertellen medewerkers van de NCG over de typologie-aanpak en de planning per straat, en "
            "legt het IMG uit hoe de samenloop van schade en versterking werkt."),
        s.h2_("Programma"),
        s.table([["Tijd", "Onderdeel", "Door"],
                 ["19.30", "Welkom en opening", "wethouder Dijkema-Snoek"],
                 ["19.40", "Stand van zaken versterking Opwierde", "programmamanager NCG"],
                 ["20.05", "Schade en samenloop, Stuwmeerregeling", "IMG, team Noord-Oost"],
                 ["20.30", "Vragen uit de zaal", "dagvoorzitter (Bureau Dorpskracht)"],
                 ["21.00", "Inloop met casemanagers en Het Steunpunt", "allen"]],
                widths=[18 * mm, 90 * mm, 60 * mm]),
        s.sp(6),
        s.p("Aanmelden is niet nodig. Bij de ingang ligt een presentielijst; invullen is vrijwillig. Wilt u "
            "dat iemand vooraf met u meekijkt naar uw dossier? Neem dan contact op met het Steunpunt Eemsdelta "
            "via 14 0596 of versterking@eemsdelta.nl. Onafhankelijke hulp krijgt u ook bij het Groninger "
            "Gasberaad en bij Stichting Mijnbouwschade Hulp, of bij de Commissie Mijnbouwschade voor algemene "
            "vragen."),
        s.p("Kunt u niet komen? De presentaties staan vanaf 24 januari op www.eemsdelta.nl/versterking. "
            "Burgemeester Tammeling en de raadsleden van de commissie Versterking zijn ook uitgenodigd."),
        s.sp(4),
        s.p("Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Eemsdelta<br/>"
            "Nationaal Coördinator Groningen<br/>Instituut Mijnbouwschade Groningen"),
        s.sm("Dagvoorzitter: Hilde Steenhuis (Bureau Dorpskracht). Vragen over deze avond: Lotte Bakker, communicatieadviseur, l.bakker@eemsdelta.nl, "
             "06-10 55 72 38."),
    ]


DOCS.append(Doc(
    "gr09_uitnodiging_bewonersavond", story=s09, family="helv", size=10.5,
    producer="Adobe InDesign 19.2 (Windows)", creator="Adobe InDesign 19.2", author="Gemeente Eemsdelta",
    title="Uitnodiging bewonersavond 22 januari 2025", header="Gemeente Eemsdelta",
    redact=[
        R("PERSON", "Lotte Bakker", "Lotte Bakker"),
        R("PERSON", "Hilde Steenhuis"),
        R("EMAIL", "l.bakker@eemsdelta.nl"),
        R("PHONE", "06-10 55 72 38"),
    ],
    keep=[
        K("BUILDING", "dorpshuis De Ploeg"),
        K("ADDRESS_PUBLIC", "Kanaalweg 2"),
        K("ORG", "gemeente Eemsdelta"),
        K("ORG", "Nationaal Coördinator Groningen"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("OFFICIAL", "Wethouder Dijkema-Snoek", "Dijkema-Snoek"),
        K("OFFICIAL", "Burgemeester Tammeling"),
        K("TERM", "typologie-aanpak"),
        K("POLICY", "Stuwmeerregeling"),
        K("ORG", "Bureau Dorpskracht"),
        K("ORG", "Steunpunt Eemsdelta"),
        K("PHONE_GENERAL", "14 0596"),
        K("EMAIL_FUNCTIONAL", "versterking@eemsdelta.nl"),
        K("ORG", "Groninger Gasberaad"),
        K("ORG", "Stichting Mijnbouwschade Hulp"),
        K("ORG", "Commissie Mijnbouwschade"),
        K("URL", "www.eemsdelta.nl/versterking"),
        K("FUNCTION", "programmamanager NCG"),
        K("FUNCTION", "communicatieadviseur"),
        K("PLACE", "Tjamsweer"), K("PLACE", "Opwierde"),
    ]))


# ------------------------------------------------------------------ gr10 verslag bewonersavond (2 p.)
def s10(s):
    return [
        s.h("Verslag bewonersavond Opwierde en Tjamsweer"),
        s.kv([("Datum", "22 januari 2025"), ("Locatie", "dorpshuis De Ploeg, Tjamsweer"),
              ("Aanwezig (organisatie)", "wethouder Dijkema-Snoek; burgemeester Tammeling (vanaf 20.15 uur); "
               "raadsleden Pothof en El Idrissi; namens NCG: I. Nijboer (casemanager), B. Hazenberg (bouwkundig "
               "coördinator); namens IMG: T. van der Laan, A. Kuipers; gemeente: W. Kamminga, L. Bakker "
               "(verslag); dagvoorzitter: Hilde Steenhuis (Bureau Dorpskracht)"),
              ("Aantal bewoners", "circa 85 (62 op de presentielijst)")], w1=42 * mm, w2=120 * mm),
        s.sp(4),
        s.h2_("1. Opening"),
        s.p("Wethouder Dijkema-Snoek heet iedereen welkom en erkent dat de afhandeling in Opwierde te lang duurt. "
            "Zij kondigt aan dat de gemeente een extra bewonersbegeleider aanstelt voor de typologie-aanpak."),
        s.h2_("2. Versterking"),
        s.p("De NCG licht toe dat 214 adressen in Opwierde en Tjamsweer in de typologie-aanpak zitten. Voor "
            "batch 1588 volgt de planning in april. Een bewoner van de Wirdumerweg (mevrouw Bos-Wieringa, "
            "vertegenwoordigd door haar zoon) vraagt waarom haar versterkingsadvies uit 2021 nog niet is "
            "uitgevoerd. De heer Hazenberg zegt toe dit na te gaan."),
        s.h2_("3. Schade en samenloop"),
        s.p("Het IMG legt uit dat bij samenloop het schadebesluit niet hoeft te wachten. De heer Wiersum "
            "(Bosstraat) vertelt over de gevolgen voor de gezondheid van zijn vrouw; de voorzitter stelt voor dit "
            "na afloop persoonlijk te bespreken, wat gebeurt met mevrouw Kuipers van het IMG."),
        s.p("Mevrouw Haaksma (Wirdumerweg) laat via mevrouw Oldenhuis vragen waarom de Stuwmeerregeling niet "
            "geldt; het IMG antwoordt dat de regeling per 1 januari 2025 is opgegaan in de "
            "Waardevermeerderingsregeling en dat de peildatum bepalend is."),
        s.h2_("4. Vragen uit de zaal (selectie)"),
        s.table([["Vraagsteller", "Vraag", "Antwoord / toezegging"],
                 ["Jelle 't Hooft (nr. 22)", "Wanneer krijgen wij een datum voor de opname?",
                  "NCG (Nijboer) belt binnen twee weken"],
                 ["Ömer Yıldırım", "Mag ik een eigen contra-expert kiezen?",
                  "Ja, binnen de normen van het IMG (Van der Laan)"],
                 ["Grietje Buurma", "Wie betaalt tijdelijke huisvesting bij versterking?",
                  "NCG, via de Regeling tijdelijke huisvesting"],
                 ["raadslid Pothof", "Komt er een tweede avond in Loppersum?",
                  "Wethouder Dijkema-Snoek: ja, in maart"],
                 ["Klaas Tuin", "Waarom verschillen de bedragen tussen buren?",
                  "IMG: maatwerk per woning; uitleg per brief"]],
                widths=[40 * mm, 62 * mm, 64 * mm]),
        s.h2_("5. Afsluiting"),
        s.p("Burgemeester Tammeling sluit af. Hij meldt dat staatssecretaris Ten Hove in maart een werkbezoek "
            "aan Appingedam brengt en dat de raad de Kamerleden van de vaste commissie Binnenlandse Zaken heeft "
            "uitgenodigd. De presentaties komen op de website."),
        s.h2_("Acties"),
        s.table([["Nr", "Actie", "Wie", "Wanneer"],
                 ["1", "Planning batch 1588 terugkoppelen", "BH (NCG)", "april"],
                 ["2", "Terugbellen bewoners nr. 22 en Bosstraat", "IN / AK", "5 februari"],
                 ["3", "Tweede bewonersavond Loppersum", "WK / LB", "maart"],
                 ["4", "Uitleg verschillen bedragen per brief", "TvdL", "28 februari"]],
                widths=[10 * mm, 86 * mm, 34 * mm, 36 * mm]),
        s.sm("Verslag: L. Bakker, gemeente Eemsdelta. Vastgesteld door W. Kamminga op 29 januari 2025."),
    ]


DOCS.append(Doc(
    "gr10_verslag_bewonersavond_22_januari", story=s10, family="dvs", size=11,
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Gemeente Eemsdelta", title="Verslag bewonersavond 22 januari 2025",
    header="Gemeente Eemsdelta – Versterking en Herstel",
    redact=[
        R("PERSON", "Ilse Nijboer", "I. Nijboer", "Nijboer"),
        R("PERSON", "Bram Hazenberg", "B. Hazenberg", "Hazenberg"),
        R("PERSON", "Thijs van der Laan", "T. van der Laan", "Van der Laan"),
        R("PERSON", "Anouk Kuipers", "A. Kuipers", "mevrouw Kuipers"),
        R("PERSON", "Wiebe Kamminga", "W. Kamminga"),
        R("PERSON", "Lotte Bakker", "L. Bakker"),
        R("PERSON", "Hilde Steenhuis"),
        R("PERSON", "Aaltje Bos-Wieringa", "mevrouw Bos-Wieringa"),
        R("PERSON", "Henk Wiersum", "heer Wiersum"),
        R("HEALTH", "gevolgen voor de gezondheid van zijn vrouw"),
        R("PERSON", "Marijke Haaksma", "Haaksma"),
        R("PERSON", "Tineke Oldenhuis", "mevrouw Oldenhuis"),
        R("PERSON", "Jelle 't Hooft", "Jelle 't Hooft"),
        R("PERSON", "Ömer Yıldırım", "Ömer Yıldırım"),
        R("PERSON", "Grietje Buurma"),
        R("PERSON", "Klaas Tuin"),
        R("INITIALS", "BH"), R("INITIALS", "IN / AK", "IN", "AK"), R("INITIALS", "WK / LB", "WK", "LB"),
        R("INITIALS", "TvdL"),
    ],
    keep=[
        K("OFFICIAL", "wethouder Dijkema-Snoek", "Dijkema-Snoek"),
        K("OFFICIAL", "burgemeester Tammeling", "Tammeling"),
        K("OFFICIAL", "raadsleden Pothof en El Idrissi"),
        K("OFFICIAL", "raadslid Pothof"),
        K("OFFICIAL", "staatssecretaris Ten Hove"),
        K("BUILDING", "dorpshuis De Ploeg"),
        K("ORG", "Bureau Dorpskracht"),
        K("TERM", "batch 1588"),
        K("POLICY", "Stuwmeerregeling"),
        K("POLICY", "Waardevermeerderingsregeling"),
        K("POLICY", "Regeling tijdelijke huisvesting"),
        K("ORG", "vaste commissie Binnenlandse Zaken"),
        K("PLACE", "Loppersum"), K("PLACE", "Appingedam"),
        K("NUMBER", "214 adressen"),
        K("FUNCTION", "bouwkundig coördinator"),
        K("ORG", "gemeente Eemsdelta"),
    ]))


# ------------------------------------------------------------------ gr11 scan presentielijst (OCR)
SCAN11 = [
    ("PRESENTIELIJST BEWONERSAVOND 22-01-2025", "b"),
    ("Dorpshuis De Ploeg - Opwierde / Tjamsweer", "t"),
    ("", ""),
    ("Naam                    Adres                 Handtekening", "m"),
    ("", ""),
    ("Tineke Oldenhuis        Wirdumerweg 11", "h"),
    ("                                              T. Oldenhuis", "s"),
    ("Klaas Tuin              Kanaalweg 48", "h"),
    ("                                              KTuin", "s"),
    ("Grietje Buurma          Lindelaan 5", "h"),
    ("                                              G. Buurma", "s"),
    ("Bertus Mensinga         Wirdumerweg 20", "h"),
    ("Jelle 't Hooft          Wirdumerweg 22", "h"),
    ("Sietske ter Veen        Beukenlaan 9", "h"),
    ("                                              S. ter Veen", "s"),
    ("Roelof Zijlstra         Bosstraat 31", "h"),
    ("", ""),
    ("Invullen is vrijwillig. Gegevens worden alleen gebruikt", "t"),
    ("om u te informeren over vervolgavonden.", "t"),
]

DOCS.append(Doc(
    "gr11_scan_presentielijst_bewonersavond", scan={"lines": SCAN11, "angle": 0.8, "seed": 11,
                                                   "stamp": "Gemeente Eemsdelta - ingekomen 23-01-2025 - "
                                                            "zaak Z/25/041877 - gescand door DIV"},
    producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i",
    title="Presentielijst bewonersavond",
    redact=[
        R("PERSON", "Tineke Oldenhuis", "Oldenhuis", ch="ocr"),
        R("PERSON", "Klaas Tuin", "Klaas Tuin", ch="ocr"),
        R("PERSON", "Grietje Buurma", "Buurma", ch="ocr"),
        R("PERSON", "Bertus Mensinga", "Mensinga", ch="ocr"),
        R("PERSON", "Sietske ter Veen", "Sietske", ch="ocr"),
        R("PERSON", "Roelof Zijlstra", "Zijlstra", ch="ocr"),
        R("ADDRESS", "Wirdumerweg 11", "Wirdumerweg 11", ch="ocr"),
        R("ADDRESS", "Kanaalweg 48", "Kanaalweg 48", ch="ocr"),
        R("ADDRESS", "Lindelaan 5", "Lindelaan 5", ch="ocr"),
        R("ADDRESS", "Beukenlaan 9", "Beukenlaan 9", ch="ocr"),
        R("ADDRESS", "Bosstraat 31", "Bosstraat 31", ch="ocr"),
    ],
    keep=[
        K("ORG", "Gemeente Eemsdelta"),
        K("REF", "Z/25/041877"),
        K("ORG", "DIV"),
    ]))


# ------------------------------------------------------------------ gr12 notulen stuurgroep (2 p.)
def s12(s):
    return [
        s.h("Verslag Stuurgroep Versterking en Herstel Eemsdelta"),
        s.kv([("Datum", "5 december 2024, 13.30-15.30 uur, Feithsplein 1 Appingedam (raadszaal)"),
              ("Kenmerk", "SG-VHE-2024-12")], w1=26 * mm, w2=140 * mm),
        s.sp(4),
        s.table([["Naam", "Organisatie / functie", "Code"],
                 ["wethouder Dijkema-Snoek (voorzitter)", "gemeente Eemsdelta, portefeuillehouder Versterking", "—"],
                 ["Wiebe Kamminga", "gemeente Eemsdelta, gebiedsregisseur", "WK"],
                 ["Karin Sluiter", "NCG, programmamanager Eemsdelta", "KS"],
                 ["Bram Hazenberg", "NCG, bouwkundig coördinator", "BH"],
                 ["Rutger Schepers", "IMG, manager Fysieke Schade Noord", "RS"],
                 ["Daan Ottens", "ministerie van KGG, beleidsmedewerker DG Herstel en Versterking", "DO"],
                 ["dr. ir. Stefan Nauta", "Ingenieursbureau Wadland, adviseur (agendapunt 3)", "SN"],
                 ["Lotte Bakker", "gemeente Eemsdelta, communicatie (verslag)", "LBa"],
                 ["afwezig: Joost Brinkman", "ministerie van KGG, afdelingshoofd", "JB"]],
                widths=[52 * mm, 100 * mm, 14 * mm]),
        s.sp(4),
        s.h2_("1. Opening en mededelingen"),
        s.p("De voorzitter opent. DO meldt dat de staatssecretaris de Tweede Kamer voor het kerstreces "
            "informeert over de voortgang van Nij Begun en de Wet versterking Groningen. Het Kamerlid "
            "Wubbolts (BBB) heeft schriftelijke vragen gesteld over Opwierde; beantwoording volgt in januari."),
        s.h2_("2. Voortgang versterking"),
        s.p("KS: van de 1.318 adressen in Eemsdelta met een versterkingsopgave zijn er 611 afgerond. De "
            "typologie-aanpak in Opwierde loopt achter door capaciteit bij aannemers. BH merkt op dat bij "
            "ongeveer 40 adressen ook een openstaande schademelding is; afstemming met het IMG gebeurt per "
            "dossier."),
        s.h2_("3. Advies Ingenieursbureau Wadland"),
        s.p("SN presenteert het advies ‘Versnellen Opwierde’ (versie 0.9). Kern: clusteren per bouwblok, één "
            "aannemer per cluster, en de NPR 9998:2020 toepassen met de nieuwe hazardkaart. RS vraagt of "
            "herstel van schade kan worden meegenomen in de versterkingsaanpak; SN bevestigt dat het advies "
            "daarvan uitgaat. Het rapport wordt in januari definitief."),
        s.h2_("4. Bewonersavond 22 januari"),
        s.p("WK licht de opzet toe. Afgesproken wordt dat casemanagers aanwezig zijn en dat individuele "
            "dossiers niet plenair worden besproken. LBa verzorgt de uitnodiging en het verslag."),
        s.h2_("5. Rondvraag"),
        s.p("RS meldt dat het IMG in Assen een extra team inzet voor samenloopdossiers. De voorzitter vraagt "
            "het ministerie (DO) de knelpunten mee te nemen naar het Bestuurlijk Overleg Groningen."),
        s.h2_("Actielijst"),
        s.table([["Nr", "Actie", "Eigenaar", "Gereed"],
                 ["24-12/1", "Lijst samenloopadressen delen (beveiligd)", "BH / RS", "20-12-2024"],
                 ["24-12/2", "Definitief advies Wadland naar stuurgroep", "SN", "31-01-2025"],
                 ["24-12/3", "Uitnodiging en presentielijst bewonersavond", "LBa", "10-01-2025"],
                 ["24-12/4", "Knelpunten agenderen Bestuurlijk Overleg", "DO / JB", "februari"],
                 ["24-12/5", "Concept-antwoord Kamervragen Opwierde (input gemeente)", "WK", "08-01-2025"]],
                widths=[18 * mm, 96 * mm, 26 * mm, 26 * mm]),
        s.sp(4),
        s.sm("Volgende vergadering: 6 februari 2025, NCG-kantoor, Leonard Springerlaan 1, Groningen."),
    ]


DOCS.append(Doc(
    "gr12_verslag_stuurgroep_versterking", story=s12, family="dvs", size=10.5,
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Gemeente Eemsdelta", title="Verslag Stuurgroep Versterking en Herstel Eemsdelta 5-12-2024",
    header="Stuurgroep Versterking en Herstel Eemsdelta",
    redact=[
        R("PERSON", "Wiebe Kamminga"), R("PERSON", "Karin Sluiter"), R("PERSON", "Bram Hazenberg"),
        R("PERSON", "Rutger Schepers"), R("PERSON", "Daan Ottens"),
        R("PERSON", "Stefan Nauta", "Stefan Nauta"),
        R("PERSON", "Lotte Bakker"), R("PERSON", "Joost Brinkman"),
        R("INITIALS", "WK"), R("INITIALS", "KS"), R("INITIALS", "BH"), R("INITIALS", "RS"),
        R("INITIALS", "DO"), R("INITIALS", "SN"), R("INITIALS", "LBa"), R("INITIALS", "JB"),
    ],
    keep=[
        K("OFFICIAL", "wethouder Dijkema-Snoek"),
        K("OFFICIAL", "Kamerlid Wubbolts (BBB)", "Kamerlid Wubbolts"),
        K("ORG", "Ingenieursbureau Wadland"),
        K("LAW", "Wet versterking Groningen"),
        K("PROGRAMME", "Nij Begun"),
        K("STANDARD", "NPR 9998:2020"),
        K("ORG", "Bestuurlijk Overleg Groningen"),
        K("ADDRESS_PUBLIC", "Leonard Springerlaan 1"),
        K("ADDRESS_PUBLIC", "Feithsplein 1"),
        K("REF", "SG-VHE-2024-12"),
        K("REF", "24-12/3"),
        K("FUNCTION", "programmamanager Eemsdelta"),
        K("FUNCTION", "manager Fysieke Schade Noord"),
        K("FUNCTION", "afdelingshoofd"),
        K("ORG", "Tweede Kamer"),
        K("NUMBER", "1.318 adressen"),
        K("TITLE", "Versnellen Opwierde"),
        K("PLACE", "Assen"),
    ]))


# ------------------------------------------------------------------ gr13 AcroForm aanvraag immateriële schade
FORM13 = [
    ("Naam aanvrager", "naam", "Sietske ter Veen"),
    ("Geboortedatum", "geboortedatum", "17-06-1979"),
    ("BSN", "bsn", "172604883"),
    ("Adres", "adres", "Beukenlaan 9"),
    ("Postcode en plaats", "postcode", "9906 RB Tjamsweer"),
    ("Telefoon", "telefoon", "06 48 13 92 07"),
    ("E-mail", "email", "sietske.terveen@outlook.com"),
    ("IBAN", "iban", "NL91 INGB 0006 3107 58"),
    ("Medische toelichting", "medisch", "Depressieve klachten sinds 2023, behandeld door GGZ Noord"),
    ("Behandelaar (naam)", "behandelaar", "drs. P.A. Stulp, psycholoog"),
]


def build13(buf, doc):
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20 * mm, H - 25 * mm, "Aanvraagformulier vergoeding immateriële schade")
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, H - 32 * mm, "Instituut Mijnbouwschade Groningen · formulier IMG-IS-03 (versie 2024-2)")
    c.drawString(20 * mm, H - 37 * mm, "Dossiernummer: SDM-2025-004512   ·   Ontvangen: 28-02-2025")
    y = H - 52 * mm
    for label, name, val in FORM13:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(20 * mm, y + 2, label)
        c.acroForm.textfield(name=name, tooltip=label, value=val, x=70 * mm, y=y - 2, width=120 * mm,
                             height=7 * mm, fontName="Helvetica", fontSize=9, borderWidth=0.6,
                             borderColor=None, fillColor=None, forceBorder=True)
        y -= 12 * mm
    c.setFont("Helvetica", 9)
    tx = c.beginText(20 * mm, y - 4 * mm)
    for line in [
        "Toelichting bij dit formulier",
        "Met dit formulier vraagt u een vergoeding voor immateriële schade aan (Regeling immateriële schade",
        "IMG). De hoogte hangt af van de categorie (A t/m D) en van de situatie van de woning (schade,",
        "versterking, samenloop). Medische gegevens zijn niet verplicht; zij worden alleen gebruikt voor de",
        "beoordeling van uw aanvraag en niet gedeeld met de Nationaal Coördinator Groningen zonder uw",
        "toestemming. Hulp bij het invullen: Het Steunpunt, 0800 - 4020 400, of www.schadedoormijnbouw.nl.",
        "",
        "Artikel 6:106 BW · Besluit mijnbouwschade Groningen · Tijdelijke wet Groningen, artikel 2",
    ]:
        tx.textLine(line)
    c.drawText(tx)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "IMG · Postbus 2080 · 9400 CB Assen")
    c.drawRightString(W - 20 * mm, 12 * mm, "Pagina 1")
    c.showPage()
    c.save()


DOCS.append(Doc(
    "gr13_formulier_immateriele_schade", custom=build13,
    producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Adobe Acrobat Pro (64-bit) 24.1.20643",
    title="Aanvraagformulier vergoeding immateriële schade", author="IMG",
    redact=[
        R("PERSON", "Sietske ter Veen", "Sietske ter Veen", ch="annotations"),
        R("DOB", "17-06-1979", ch="annotations"),
        R("BSN", "172604883", ch="annotations"),
        R("ADDRESS", "Beukenlaan 9, 9906 RB", "Beukenlaan 9", "9906 RB", ch="annotations"),
        R("PHONE", "06 48 13 92 07", ch="annotations"),
        R("EMAIL", "sietske.terveen@outlook.com", ch="annotations"),
        R("IBAN", "NL91 INGB 0006 3107 58", ch="annotations"),
        R("HEALTH", "Depressieve klachten sinds 2023", "Depressieve klachten", ch="annotations"),
        R("PERSON", "drs. P.A. Stulp", "P.A. Stulp", ch="annotations"),
    ],
    keep=[
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("REF", "IMG-IS-03"), K("REF", "SDM-2025-004512"),
        K("POLICY", "Regeling immateriële schade"),
        K("ORG", "Nationaal Coördinator Groningen"),
        K("PHONE_GENERAL", "0800 - 4020 400"),
        K("LAW", "Artikel 6:106 BW"),
        K("LAW", "Besluit mijnbouwschade Groningen"),
        K("LAW", "Tijdelijke wet Groningen"),
        K("LABEL", "Naam aanvrager"), K("LABEL", "Medische toelichting"),
        K("ORG", "Het Steunpunt"),
    ]))


# ------------------------------------------------------------------ gr14 factuur zzp bouwkundig adviseur
def s14(s):
    return [
        s.h("FACTUUR"),
        s.lines("<b>Bouwadvies R. Kloosterhuis</b>", "Roelf Kloosterhuis, bouwkundig adviseur & contra-expert",
                "Schoolstraat 6", "9921 PJ Stedum", "06 – 2377 5140 · roelf@bouwadvieskloosterhuis.nl",
                "KvK 71440218 · btw-id NL003918274B62", "IBAN NL18 ASNB 8830 1147 06 t.n.v. R. Kloosterhuis"),
        s.sp(8),
        s.lines("Aan: Instituut Mijnbouwschade Groningen", "Crediteurenadministratie", "Postbus 2080",
                "9400 CB Assen", "facturen@schadedoormijnbouw.nl"),
        s.sp(6),
        s.kv([("Factuurnummer", "2025-017"), ("Factuurdatum", "10 februari 2025"),
              ("Betreft", "contra-expertise dossier SDM-2023-097215 (Bosstraat, Appingedam), op verzoek van "
                          "de bewoner, vergoeding conform Werkwijze Fysieke Schade art. 4.3"),
              ("Uw referentie", "IMG-CE-2025-0088")]),
        s.sp(6),
        s.table([["Omschrijving", "Uren", "Tarief", "Bedrag"],
                 ["Dossierstudie expertiserapport HEX-24-3110", "2,0", "€ 95,00", "€ 190,00"],
                 ["Opname ter plaatse 24-01-2025 incl. reistijd", "4,5", "€ 95,00", "€ 427,50"],
                 ["Rapportage contra-expertise", "5,0", "€ 95,00", "€ 475,00"],
                 ["Reiskosten 62 km à € 0,23", "", "", "€ 14,26"],
                 ["Subtotaal", "", "", "€ 1.106,76"],
                 ["btw 21%", "", "", "€ 232,42"],
                 ["<b>Totaal</b>", "", "", "<b>€ 1.339,18</b>"]],
                widths=[96 * mm, 18 * mm, 24 * mm, 28 * mm]),
        s.sp(8),
        s.p("Graag binnen 30 dagen overmaken onder vermelding van het factuurnummer. Voor vragen over deze "
            "factuur: bel of app Roelf Kloosterhuis."),
        s.sm("Bouwadvies R. Kloosterhuis is aangesloten bij de Vereniging van Contra-Experts Groningen en "
             "werkt volgens de Gedragscode Onafhankelijke Deskundigen."),
    ]


DOCS.append(Doc(
    "gr14_factuur_bouwadvies_contra_expertise", story=s14, family="dv", size=10,
    producer="PDFpen 13.1", creator="Moneybird", author="Bouwadvies",
    title="Factuur 2025-017",
    redact=[
        R("PERSON", "Roelf Kloosterhuis", "Roelf Kloosterhuis", "R. Kloosterhuis"),
        R("ADDRESS", "Schoolstraat 6, 9921 PJ", "Schoolstraat 6", "9921 PJ"),
        R("PHONE", "06 – 2377 5140"),
        R("EMAIL", "roelf@bouwadvieskloosterhuis.nl"),
        R("KVK", "KvK 71440218", "71440218"),
        R("VAT", "NL003918274B62"),
        R("IBAN", "NL18 ASNB 8830 1147 06"),
    ],
    keep=[
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("EMAIL_FUNCTIONAL", "facturen@schadedoormijnbouw.nl"),
        K("ADDRESS_PUBLIC", "Postbus 2080"),
        K("REF", "SDM-2023-097215"), K("REF", "IMG-CE-2025-0088"), K("REF", "HEX-24-3110"),
        K("REF", "2025-017"),
        K("POLICY", "Werkwijze Fysieke Schade"),
        K("AMOUNT", "€ 1.339,18"),
        K("ORG", "Vereniging van Contra-Experts Groningen"),
        K("POLICY", "Gedragscode Onafhankelijke Deskundigen"),
        K("FUNCTION", "bouwkundig adviseur"),
        K("PLACE", "Appingedam"),
        K("LABEL", "Crediteurenadministratie"),
    ]))


# ------------------------------------------------------------------ gr15 versterkingsadvies (2 p.)
def s15(s):
    return [
        s.h("Versterkingsadvies (samenvatting)"),
        s.kv([("Adviesnummer", "VA-2021-17720 (herzien 2025)"),
              ("Adres", "Wirdumerweg 7, 9905 PC Tjamsweer"),
              ("Eigenaar", "A. Bos-Wieringa (eigenaar-bewoner)"),
              ("Gebouwtype", "vrijstaande woning, ongewapend metselwerk, houten vloeren, bouwjaar ca. 1932"),
              ("Opgesteld door", "Ingenieursbureau Wadland B.V., in opdracht van de NCG"),
              ("Constructeur", "ir. Maaike Dijkhuizen-Prins, registernummer RC 2291"),
              ("Toetsing", "ir. Evert-Jan Scholtens (tweede lezer)")], w1=34 * mm, w2=130 * mm),
        s.sp(4),
        s.h2_("1. Beoordeling"),
        s.p("De woning is beoordeeld volgens de NPR 9998:2020 en de Typologie-aanpak (typologie 3, "
            "vrijstaand metselwerk). Met de seismische belasting volgens de hazardkaart 2024 (PGA 0,09 g) "
            "voldoet de woning niet aan de veiligheidsnorm van 10<super>-5</super> per jaar. De "
            "achtergevel heeft een verminderde stabiliteit, mede door schade S1 die het IMG in 2024 heeft "
            "vastgesteld."),
        s.h2_("2. Maatregelen"),
        s.table([["Nr", "Maatregel", "Indicatie kosten"],
                 ["M1", "Verankeren gevels aan vloeren en dak (stalen hoeklijnen)", "€ 18.400"],
                 ["M2", "Achtergevel versterken met vezelversterkte kunststof (FRP-strips)", "€ 22.900"],
                 ["M3", "Schoorsteen afzetten onder dakvlak en verankeren", "€ 3.800"],
                 ["M4", "Houten verdiepingsvloer schijfwerking (multiplex)", "€ 11.200"]],
                widths=[12 * mm, 118 * mm, 36 * mm]),
        s.sp(4),
        s.p("Tijdens de uitvoering (circa 10 weken) is de woning niet bewoonbaar. De NCG biedt tijdelijke "
            "huisvesting aan via de Regeling tijdelijke huisvesting; de eigenaar heeft aangegeven bij haar "
            "zoon in Groningen te willen verblijven."),
        s.h2_("3. Samenloop met schade"),
        s.p("Schade S1 tot en met S3 (rapport HEX-24-3391) wordt bij de versterking meegenomen. Het IMG en de NCG "
            "stemmen de vergoeding af volgens het Samenloopprotocol 2024. De casemanager (NCG) is Ilse Nijboer; "
            "bouwkundig aanspreekpunt is Bram Hazenberg."),
        s.h2_("4. Wensen van de bewoner"),
        s.p("Bij het keukentafelgesprek op 12 februari 2025 waren aanwezig: mevrouw Bos-Wieringa, haar zoon "
            "Harm Bos (gemachtigde, h.bos@ziggo.nl, 050-3126648), casemanager Ilse Nijboer en bewonersbegeleider "
            "Froukje Dallinga (gemeente). Mevrouw wil de oorspronkelijke tegeltableaus in de gang behouden; de "
            "constructeur bekijkt of dat kan. Zij vraagt de uitvoering niet in de winter te plannen."),
        s.h2_("5. Vervolg"),
        s.p("De eigenaar ontvangt het volledige advies met bijlagen (rekennotitie, tekeningen, fotorapport) "
            "per post. Zij kan binnen zes weken een zienswijze geven of een onafhankelijke second opinion "
            "laten uitvoeren (vergoed tot € 3.500)."),
        s.sp(4),
        s.p("Voor akkoord namens Ingenieursbureau Wadland B.V.:<br/>ir. M. Dijkhuizen-Prins, constructeur"),
    ]


DOCS.append(Doc(
    "gr15_versterkingsadvies_wirdumerweg", story=s15, family="helv", size=12,
    producer="iText® 5.5.13.3 ©2000-2022 iText Group NV", creator="NCG Adviesgenerator 3.2",
    author="NCG", title="Versterkingsadvies VA-2021-17720",
    header="Nationaal Coördinator Groningen – Versterkingsadvies",
    redact=[
        R("ADDRESS", "Wirdumerweg 7, 9905 PC", "Wirdumerweg 7", "9905 PC"),
        R("PERSON", "Aaltje Bos-Wieringa", "A. Bos-Wieringa"),
        R("PERSON", "Maaike Dijkhuizen-Prins", "Maaike Dijkhuizen-Prins", "M. Dijkhuizen-Prins"),
        R("ID", "RC 2291"),
        R("PERSON", "Evert-Jan Scholtens"),
        R("PERSON", "Ilse Nijboer"), R("PERSON", "Bram Hazenberg"),
        R("PERSON", "Harm Bos", "Harm Bos"), R("EMAIL", "h.bos@ziggo.nl"), R("PHONE", "050-3126648"),
        R("PERSON", "Froukje Dallinga"), R("PERSON", "mevrouw Bos-Wieringa", "mevrouw Bos-Wieringa"),
    ],
    keep=[
        K("REF", "VA-2021-17720"), K("REF", "HEX-24-3391"),
        K("ORG", "Ingenieursbureau Wadland B.V."),
        K("ORG", "NCG"), K("ORG", "IMG"),
        K("STANDARD", "NPR 9998:2020"),
        K("TERM", "Typologie-aanpak"),
        K("TERM", "PGA 0,09 g"),
        K("TERM", "FRP-strips"),
        K("POLICY", "Regeling tijdelijke huisvesting"),
        K("POLICY", "Samenloopprotocol 2024"),
        K("AMOUNT", "€ 22.900"),
        K("FUNCTION", "constructeur"),
        K("TERM", "second opinion"),
        K("PLACE", "Groningen"),
        K("ORG", "Nationaal Coördinator Groningen"),
    ]))


# ------------------------------------------------------------------ gr16 bereikbaarheidslijst
def s16(s):
    rows = [["Naam", "Rol", "Pers.nr.", "Mobiel", "E-mail", "Dagen"],
            ["Kuipers, A. (Anouk)", "casebehandelaar", "IMG-04417", "06-5120 8843", "a.kuipers@schadedoormijnbouw.nl", "ma-do"],
            ["Laan, T. van der (Thijs)", "senior zaakbehandelaar", "IMG-02963", "+31 6 1570 8824", "t.vanderlaan@schadedoormijnbouw.nl", "ma-vr"],
            ["Lubbers, S. (Sanne)", "casebehandelaar", "IMG-05120", "06-2741 9930", "s.lubbers@schadedoormijnbouw.nl", "di-vr"],
            ["Veldkamp, D.J. (Daan)", "medewerker servicelijn", "IMG-05388", "06 3318 2209", "d.veldkamp@schadedoormijnbouw.nl", "ma-wo"],
            ["Boer-Hekman, M. de (Mirjam)", "jurist", "IMG-01875", "06-4602 7715", "m.deboer-hekman@schadedoormijnbouw.nl", "ma, wo, do"],
            ["Talsma, R. (Roos)", "teamleider Klachtbehandeling", "IMG-01290", "06-23 90 41 56", "r.talsma@schadedoormijnbouw.nl", "ma-do"],
            ["Schepers, R.P. (Rutger)", "manager Fysieke Schade Noord", "IMG-00731", "06-1009 3378", "r.schepers@schadedoormijnbouw.nl", "ma-vr"],
            ["Çelik, Z. (Zeynep)", "stagiair juridische zaken", "IMG-S0091", "06-8845 1206", "z.celik@schadedoormijnbouw.nl", "wo-vr"]]
    return [
        s.h("Bereikbaarheid Team Noord-Oost – Fysieke Schade (Q1 2025)"),
        s.sm("Intern – niet verspreiden buiten het IMG. Servicelijn voor bewoners: 0800 - 4020 400 (ma-vr 8.30-17.00). "
             "Teammailbox: noordoost@schadedoormijnbouw.nl"),
        s.sp(6),
        s.table(rows, widths=[48 * mm, 44 * mm, 22 * mm, 28 * mm, 66 * mm, 20 * mm], size=8.2),
        s.sp(8),
        s.h2_("Vervanging en piketdienst"),
        s.p("Bij afwezigheid van de teamleider neemt de manager Fysieke Schade Noord de klachten over. In het "
            "weekend is er geen piket; bij acuut onveilige situaties belt de bewoner de NCG (0800 - 3434 500) "
            "of 112. Vakanties staan in de gedeelde teamagenda (Outlook, ‘TNO-verlof’)."),
        s.p("Wijzigingen doorgeven aan het teamsecretariaat, kamer 2.14, Kanaalstraat 70, Assen."),
    ]


DOCS.append(Doc(
    "gr16_bereikbaarheidslijst_team_noord_oost", story=s16, family="dvc", size=9.5, land=True,
    producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    author="IMG", title="Bereikbaarheid Team Noord-Oost Q1 2025",
    redact=[
        R("PERSON", "Anouk Kuipers", "Kuipers, A.", "Anouk"),
        R("PERSON", "Thijs van der Laan", "Laan, T. van der", "Thijs"),
        R("PERSON", "Sanne Lubbers", "Lubbers, S.", "Sanne"),
        R("PERSON", "Daan Veldkamp", "Veldkamp, D.J.", "Daan"),
        R("PERSON", "Mirjam de Boer-Hekman", "Boer-Hekman, M. de", "Mirjam"),
        R("PERSON", "Roos Talsma", "Talsma, R.", "Roos"),
        R("PERSON", "Rutger Schepers", "Schepers, R.P.", "Rutger"),
        R("PERSON", "Zeynep Çelik", "Çelik, Z.", "Zeynep"),
        R("ID", "IMG-04417"), R("ID", "IMG-02963"), R("ID", "IMG-05120"), R("ID", "IMG-05388"),
        R("ID", "IMG-01875"), R("ID", "IMG-01290"), R("ID", "IMG-00731"), R("ID", "IMG-S0091"),
        R("PHONE", "06-5120 8843"), R("PHONE", "+31 6 1570 8824"), R("PHONE", "06-2741 9930"),
        R("PHONE", "06 3318 2209"), R("PHONE", "06-4602 7715"), R("PHONE", "06-23 90 41 56"),
        R("PHONE", "06-1009 3378"), R("PHONE", "06-8845 1206"),
        R("EMAIL", "a.kuipers@schadedoormijnbouw.nl"), R("EMAIL", "t.vanderlaan@schadedoormijnbouw.nl"),
        R("EMAIL", "s.lubbers@schadedoormijnbouw.nl"), R("EMAIL", "d.veldkamp@schadedoormijnbouw.nl"),
        R("EMAIL", "m.deboer-hekman@schadedoormijnbouw.nl"), R("EMAIL", "r.talsma@schadedoormijnbouw.nl"),
        R("EMAIL", "r.schepers@schadedoormijnbouw.nl"), R("EMAIL", "z.celik@schadedoormijnbouw.nl"),
    ],
    keep=[
        K("ORG", "Team Noord-Oost"),
        K("PHONE_GENERAL", "0800 - 4020 400"), K("PHONE_GENERAL", "0800 - 3434 500"),
        K("PHONE_GENERAL", "112"),
        K("EMAIL_FUNCTIONAL", "noordoost@schadedoormijnbouw.nl"),
        K("FUNCTION", "casebehandelaar"), K("FUNCTION", "senior zaakbehandelaar"),
        K("FUNCTION", "medewerker servicelijn"), K("FUNCTION", "jurist"),
        K("FUNCTION", "teamleider Klachtbehandeling"), K("FUNCTION", "manager Fysieke Schade Noord"),
        K("FUNCTION", "stagiair juridische zaken"),
        K("ADDRESS_PUBLIC", "Kanaalstraat 70"),
        K("ORG", "NCG"),
        K("PRODUCT", "Outlook"),
    ]))
