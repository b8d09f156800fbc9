"""Set PF, documents pf10-pf18: consumer panel, drivers, incident, Statenvragen, timetable, invoices."""
from lib import Doc, K, R, finish, render_rl, render_scan

PROV = ("Provincie Fryslân | Tweebaksmarkt 52 | Postbus 20120 | 8900 HM Leeuwarden | 058 292 59 25 | "
        "provincie@fryslan.frl")
WORD = "Microsoft® Word voor Microsoft 365"


# ---------------------------------------------------------------- pf10 Reizigersoverleg minutes (2 pages)
def b10(p):
    render_rl(p, [
        ("logo", "Reizigersoverleg Fryslân (ROF)"),
        ("h", "Verslag vergadering 12 maart 2026"),
        ("kv", [["Locatie", "Provinsjehûs, zaal Sjoerd Wiersma, Leeuwarden"], ["Tijd", "19.30 - 21.45 uur"],
                ["Kenmerk", "ROF-2026-03"]], [30, 120]),
        ("t", [["Naam", "Organisatie", "Aanwezig"],
               ["Jolanda Smeding (JS)", "onafhankelijk voorzitter", "ja"],
               ["Auke Brouwer (AB)", "Rover Fryslân", "ja"],
               ["Tjitske van der Meulen (TvdM)", "Ieder(in) / FNT", "ja"],
               ["Hasan Yıldız (HY)", "Studentenraad NHL Stenden", "ja"],
               ["Lies Bergsma-de Jong (LBJ)", "KBO-PCOB Fryslân", "afgemeld"],
               ["Maarten Kok (MK)", "Fietsersbond afdeling Súdwest", "ja"],
               ["Griet Dijkstra (GD)", "Provincie Fryslân, secretaris", "ja"],
               ["Bram Hofstede", "Qbuzz (agendapunt 3)", "ja"]], [60, 70, 25]),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter opent de vergadering. Lies laat weten dat zij herstelt van een heupoperatie en in mei "
              "weer aansluit. Griet meldt dat Gedeputeerde Staten op 24 februari de concessie voorlopig aan Qbuzz "
              "hebben gegund; Keolis heeft geklaagd, zodat de gunning nog niet definitief is."),
        ("h2", "2. Adviesaanvraag dienstregeling 2027"),
        ("p", "Het ROF bespreekt de conceptdienstregeling. Auke vraagt waarom lijn 41 in Lemmer niet meer langs "
              "de halte Jan Stapstraat rijdt. Bram Hofstede (Qbuzz) licht toe dat de route via de Plantenbuurt "
              "vier minuten sneller is. Tjitske wijst erop dat de halte Jan Stapstraat de enige halte met een "
              "verhoogd perron bij het gezondheidscentrum is. Het ROF adviseert de halte te handhaven."),
        ("p", "Hasan vraagt om een late rit op lijn 99 vanaf Heerenveen, halte Abe Lenstra Stadion, na "
              "wedstrijden van sc Heerenveen. Qbuzz zegt toe dit mee te nemen in de uitwerking."),
        ("pb",),
        ("h2", "3. Sociale veiligheid"),
        ("p", "Naar aanleiding van het incident op lijn 99 in oktober 2025 vraagt Maarten naar de inzet van "
              "boa's. Griet verwijst naar de beantwoording van de Statenvragen door gedeputeerde Fokkema."),
        ("h2", "4. Actielijst"),
        ("t", [["Nr", "Actie", "Wie", "Gereed"],
               ["26-07", "Advies dienstregeling 2027 op schrift (halte Jan Stapstraat, late rit lijn 99)", "JS / AB",
                "26 maart"],
               ["26-08", "Toegankelijkheidsschouw haltes Lemmer met Ieder(in)", "TvdM", "april"],
               ["26-09", "Cijfers boa-inzet lijn 99 opvragen bij Arriva", "GD", "volgende vergadering"],
               ["26-10", "Nagaan of de nachtbus naar Drachten terugkomt", "HY / MK", "mei"]], [14, 98, 22, 30]),
        ("p", "Volgende vergadering: 14 mei 2026. Het verslag is vastgesteld met dank aan de notulist, "
              "Ilse Visser (Visser Verslaglegging)."),
        ("small", "Secretariaat ROF: reizigersoverleg@fryslan.frl | ROF-2026-03"),
    ], font="DejaVuSans")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Griet Dijkstra", title="Verslag ROF 12 maart 2026")


D10 = Doc("pf10", b10, [
    R("PERSON", "Jolanda Smeding", "Jolanda Smeding"),
    R("PERSON", "Auke Brouwer", "Auke Brouwer", "Auke"),
    R("PERSON", "Tjitske van der Meulen", "Tjitske van der Meulen", "Tjitske"),
    R("PERSON", "Hasan Yıldız", "Hasan Yıldız", "Hasan"),
    R("PERSON", "Lies Bergsma-de Jong", "Lies Bergsma-de Jong", "Lies"),
    R("HEALTH", "heupoperatie", "heupoperatie"),
    R("PERSON", "Maarten Kok", "Maarten Kok", "Maarten"),
    R("PERSON", "Griet Dijkstra", "Griet Dijkstra", "Griet"),
    R("PERSON", "Bram Hofstede", "Bram Hofstede"),
    R("PERSON", "Ilse Visser (also in her sole-trader trade name)", "Ilse Visser", "Visser"),
    R("INITIALS", "initials", "JS", "AB", "TvdM", "HY", "LBJ", "MK", "GD", "JS / AB", "HY / MK"),
], [
    K("ORG", "Reizigersoverleg Fryslân"), K("ORG", "ROF"), K("BUILDING", "zaal Sjoerd Wiersma"),
    K("ORG", "Rover Fryslân"), K("ORG", "Ieder(in)", ("Ieder(in)", False)), K("ORG", "KBO-PCOB Fryslân"),
    K("ORG", "NHL Stenden"), K("ORG", "Fietsersbond"), K("ORG", "Qbuzz"), K("ORG", "Keolis"),
    K("STOP", "Jan Stapstraat"), K("STOP", "Abe Lenstra Stadion"), K("ORG", "sc Heerenveen"),
    K("MISC", "lijn 41"), K("MISC", "lijn 99"), K("PLACE", "Lemmer"), K("OFFICIAL", "gedeputeerde Fokkema"),
    K("ORG", "Visser Verslaglegging (generic part)", "Verslaglegging"), K("EMAIL", "reizigersoverleg@fryslan.frl"), K("REF", "ROF-2026-03"),
    K("PLACE", "Drachten"), K("ORG", "Arriva"), K("ORG", "Gedeputeerde Staten"),
])


# ---------------------------------------------------------------- pf11 WhatsApp export drivers
def b11(p):
    lines = [
        "WhatsApp-chat met Chauffeurs Remise Sneek 🚌 (doorgestuurd door OR Arriva Noord aan concessiebeheer)",
        "",
        "03-10-2025 06:12 - Wiebren: Weer geen werkende kachel in 8714, vierde keer deze maand",
        "03-10-2025 06:14 - Sjoukje Hellinga: Zelfde met de 8722. Ik heb het in het meldsysteem gezet",
        "03-10-2025 06:20 - Dikkie: melden heeft geen zin, planning zegt bus moet rijden",
        "03-10-2025 06:21 - Wiebren: @Dikkie jij bent toch OR? kaart het aan",
        "03-10-2025 06:40 - Dirk Vos: Doe ik. Wie heeft voorbeelden van pauzes onder de 15 minuten op lijn 41?",
        "03-10-2025 06:44 - Sjoukje Hellinga: Gisteren 2x op de 41, Lemmer keerlus, 6 minuten",
        "03-10-2025 07:02 - +31 6 18 42 77 03: Ik ook, bij Balk. En de toiletten bij de keerlus Lemmer zijn dicht",
        "03-10-2025 07:05 - Wiebren: wie is dat nummer?",
        "03-10-2025 07:06 - +31 6 18 42 77 03: Marije, nieuw sinds september 😊",
        "15-10-2025 22:31 - Dirk Vos: Jongens, Gerrit Jan is gisteren op de 99 bij Abe Lenstra Stadion "
        "aangevallen. Hij is ok maar zit thuis. Mevrouw die viel ligt in MCL.",
        "15-10-2025 22:35 - Sjoukje Hellinga: Verschrikkelijk. Sterkte GJ 🙏",
        "15-10-2025 22:40 - Wiebren: Dit is precies waarom we boa's op de late ritten willen",
        "16-10-2025 07:15 - Dirk Vos: Ik heb het doorgezet naar de provincie, Marten de concessiemanager",
        "16-10-2025 07:18 - Dikkie: (dit bericht is verwijderd)",
    ]
    render_rl(p, [("p", s) for s in lines], font="DejaVuSans", size=9.5)
    finish(p, "Android 14 PDF", "WhatsApp", title="WhatsApp-chat Chauffeurs Remise Sneek")


D11 = Doc("pf11", b11, [
    R("PERSON", "Wiebren (driver)", "Wiebren"),
    R("PERSON", "Sjoukje Hellinga", "Sjoukje Hellinga"),
    R("PERSON", "Dirk Vos alias Dikkie", "Dikkie", "Dirk Vos"),
    R("PHONE", "+31 6 18 42 77 03", "+31 6 18 42 77 03"),
    R("PERSON", "Marije (driver)", "Marije"),
    R("PERSON", "Gerrit Jan Veenstra (driver)", "Gerrit Jan", "GJ"),
    R("PERSON", "Marten (concessiemanager)", "Marten"),
], [
    K("ORG", "OR Arriva Noord"), K("MISC", "Remise Sneek"), K("MISC", "8714"), K("MISC", "8722"),
    K("MISC", "lijn 41"), K("PLACE", "Lemmer"), K("PLACE", "Balk"), K("STOP", "Abe Lenstra Stadion"),
    K("ORG", "MCL"), K("ROLE", "concessiemanager"), K("MISC", "WhatsApp"), K("MISC", "keerlus Lemmer"),
])


# ---------------------------------------------------------------- pf12 AcroForm incident form (hidden values)
FORM_VALUES = [
    ("Naam reiziger", "reiziger_naam", "Yara Mulder-Sabic"),
    ("Geboortedatum", "reiziger_gebdatum", "14-03-1958"),
    ("Adres", "reiziger_adres", "Oranjewoudstrjitte 88, 8448 CK Heerenveen"),
    ("Telefoon", "reiziger_tel", "0513 - 68 42 17"),
    ("Letsel", "letsel", "gebroken pols, hoofdwond (4 hechtingen)"),
    ("Naam chauffeur", "chauffeur_naam", "G.J. Veenstra"),
    ("Personeelsnummer", "chauffeur_pnr", "40817"),
    ("Ingevuld door", "ingevuld_door", "L. Kramer-Oenema, teamleider Remise Heerenveen"),
]


def b12(p):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 790, "Meldingsformulier incident in het openbaar vervoer")
    c.setFont("Helvetica", 9)
    c.drawString(60, 774, "Concessie Súdwest-Fryslân en Wâlden | vervoerder Arriva Personenvervoer Nederland B.V. | "
                          "formulier IM-2")
    c.drawString(60, 762, "Indienen bij: concessiebeheer@fryslan.frl binnen 48 uur na het incident")
    y = 730
    c.setFont("Helvetica", 10)
    for lab, nm, val in [("Datum incident", "datum", "14-10-2025"), ("Tijd", "tijd", "22:47"),
                         ("Lijn / rit", "lijn", "99 / rit 9931"),
                         ("Halte", "halte", "Heerenveen, Abe Lenstra Stadion"), ("Busnummer", "bus", "8731")]:
        c.drawString(60, y, lab)
        c.acroForm.textfield(name=nm, value=val, x=200, y=y - 5, width=300, height=18, borderWidth=0.5,
                             fontSize=10, fontName="Helvetica")
        y -= 28
    y -= 8
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, y, "Betrokken personen (persoonsgegevens, vertrouwelijk)")
    y -= 24
    c.setFont("Helvetica", 10)
    for lab, nm, val in FORM_VALUES:
        c.drawString(60, y, lab)
        c.acroForm.textfield(name=nm, value=val, x=200, y=y - 5, width=330, height=18, borderWidth=0.5,
                             fontSize=9, fontName="Helvetica")
        y -= 28
    y -= 8
    c.drawString(60, y, "Omschrijving")
    c.acroForm.textfield(name="omschrijving", value="Reiziger ten val gekomen bij uitstappen na duw door "
                         "onbekende man; chauffeur geslagen bij ingrijpen. Politie en ambulance ter plaatse.",
                         x=200, y=y - 40, width=330, height=45, borderWidth=0.5, fontSize=8, fontName="Helvetica",
                         fieldFlags="multiline")
    y -= 70
    c.drawString(60, y, "Politie ingeschakeld")
    c.acroForm.checkbox(name="politie", x=200, y=y - 3, size=12, checked=True, buttonStyle="check")
    c.drawString(220, y, "ja, proces-verbaal PL0100-2025311877")
    y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(60, y, "De provincie verwerkt deze gegevens op grond van de concessievoorwaarden (art. 14 "
                        "Wet personenvervoer 2000) en bewaart ze 2 jaar.")
    c.save()
    finish(p, "ReportLab PDF Library - www.reportlab.com", "Arriva formulierenserver",
           author="Arriva Noord", title="Meldingsformulier IM-2")


D12 = Doc("pf12", b12, [
    R("PERSON", "Yara Mulder-Sabić (form server dropped the diacritic)", "Yara Mulder-Sabic", ch="annotations"),
    R("DOB", "14-03-1958", "14-03-1958", ch="annotations"),
    R("ADDRESS", "Oranjewoudstrjitte 88, 8448 CK Heerenveen", "Oranjewoudstrjitte 88", "8448 CK", ch="annotations"),
    R("PHONE", "0513 - 68 42 17", "0513 - 68 42 17", ch="annotations"),
    R("HEALTH", "injury", "gebroken pols", "hoofdwond", ch="annotations"),
    R("PERSON", "G.J. Veenstra", "G.J. Veenstra", ch="annotations"),
    R("ID", "personeelsnummer 40817", "40817", ch="annotations"),
    R("PERSON", "L. Kramer-Oenema", "L. Kramer-Oenema", ch="annotations"),
], [
    K("MISC", "Meldingsformulier incident in het openbaar vervoer"),
    K("ORG", "Arriva Personenvervoer Nederland B.V."), K("EMAIL", "concessiebeheer@fryslan.frl"),
    K("MISC", "IM-2"), K("LAW", "Wet personenvervoer 2000"), K("REF", "PL0100-2025311877"),
    K("LABEL", "Naam reiziger"), K("LABEL", "Geboortedatum"), K("LABEL", "Personeelsnummer"),
    K("LABEL", "Letsel"), K("LABEL", "Politie ingeschakeld"),
])


# ---------------------------------------------------------------- pf13 incident report operator (2 pages)
def b13(p):
    render_rl(p, [
        ("logo", "Arriva Noord – Veiligheid & Security"),
        ("h", "Incidentrapport IR-2025-1014-03"),
        ("kv", [["Aan", "Provincie Fryslân, concessiebeheer (M. de Vries-Koopmans)"],
                ["Van", "Rients Hoogeveen, manager Veiligheid & Security Arriva Noord"],
                ["Datum", "16 oktober 2025"], ["Rubricering", "vertrouwelijk – bevat persoonsgegevens"],
                ["Betrokkenen", "VEENSTRA, Gerrit Jan (chauffeur); MULDER-SABIĆ, Y. (reiziger)"]], [30, 130]),
        ("h2", "1. Feiten"),
        ("p", "Op dinsdag 14 oktober 2025 om 22:47 uur is op lijn 99 (rit 9931, bus 8731) bij de halte "
              "Heerenveen, Abe Lenstra Stadion een reiziger ten val gekomen. Na een wedstrijd van sc Heerenveen "
              "stapten circa 40 supporters in. Een onbekende man duwde bij het uitstappen mevrouw Y. Mulder-Sabić "
              "(67 jaar) van de instaptrede. Chauffeur Gerrit Jan Veenstra (personeelsnummer 40817) greep in en "
              "werd daarbij in het gezicht geslagen."),
        ("p", "Mevrouw Mulder-Sabić liep een gebroken pols en een hoofdwond op en is met de ambulance naar het "
              "Tjongerschans-ziekenhuis in Heerenveen gebracht. De heer Veenstra had een bloedneus en is door de "
              "bedrijfsarts tot 27 oktober arbeidsongeschikt verklaard. Getuige Wytske de Haan (reiziger, "
              "tel. 06-55 01 39 82) heeft een verklaring afgelegd."),
        ("h2", "2. Opvolging"),
        ("p", "Aangifte is gedaan bij de politie (proces-verbaal PL0100-2025311877). De camerabeelden zijn "
              "veiliggesteld. Teamleider L. Kramer-Oenema heeft de chauffeur dezelfde avond thuis bezocht. "
              "Slachtofferhulp Nederland is ingeschakeld voor mevrouw Mulder-Sabić."),
        ("pb",),
        ("h2", "3. Maatregelen"),
        ("p", "Arriva zet bij thuiswedstrijden van sc Heerenveen vanaf 1 november 2025 twee boa's in op de ritten "
              "van lijn 99 na 22:00 uur. Wij vragen de provincie de kosten daarvan (circa € 18.400 per seizoen) "
              "als meerwerk te erkennen op grond van artikel 9.2 van de concessiebeschikking."),
        ("h2", "4. Contact"),
        ("p", "Rients Hoogeveen | r.hoogeveen@arriva.nl | +31 (0)6 2345 6789\n"
              "Algemeen: Arriva Klantenservice 0900 - 202 20 22"),
        ("small", "Verspreiding: concessiebeheer Provincie Fryslân; OR Arriva Noord; archief V&S."),
    ], font="DejaVuSans", footer="Arriva Noord | IR-2025-1014-03 | {p}")
    finish(p, "Microsoft® Word 2019", "Microsoft® Word 2019", author="Rients Hoogeveen",
           title="Incidentrapport IR-2025-1014-03")


D13 = Doc("pf13", b13, [
    R("PERSON", "M. de Vries-Koopmans", "M. de Vries-Koopmans"),
    R("PERSON", "Rients Hoogeveen", "Rients Hoogeveen"),
    R("EMAIL", "r.hoogeveen@arriva.nl", "r.hoogeveen@arriva.nl"),
    R("PHONE", "+31 (0)6 2345 6789", "+31 (0)6 2345 6789"),
    R("PERSON", "Yara Mulder-Sabić", "Y. Mulder-Sabić", "Mulder-Sabić"),
    R("PERSON", "Gerrit Jan Veenstra", "Gerrit Jan Veenstra", "Veenstra", "VEENSTRA, Gerrit Jan"),
    R("PERSON", "Yara Mulder-Sabić in capitals", "MULDER-SABIĆ, Y."),
    R("ID", "personeelsnummer", "40817"),
    R("HEALTH", "injuries", "gebroken pols", "hoofdwond", "bloedneus", "arbeidsongeschikt"),
    R("PERSON", "Wytske de Haan", "Wytske de Haan"),
    R("PHONE", "06-55 01 39 82", "06-55 01 39 82"),
    R("PERSON", "L. Kramer-Oenema", "L. Kramer-Oenema"),
], [
    K("ORG", "Arriva Noord"), K("REF", "IR-2025-1014-03"), K("STOP", "Abe Lenstra Stadion"),
    K("ORG", "sc Heerenveen"), K("MISC", "lijn 99"), K("MISC", "rit 9931"), K("ORG", "Tjongerschans"),
    K("REF", "PL0100-2025311877"), K("ORG", "Slachtofferhulp Nederland"), K("PHONE", "0900 - 202 20 22"),
    K("ROLE", "manager Veiligheid & Security"), K("ORG", "Provincie Fryslân"), K("MISC", "artikel 9.2"),
    K("ROLE", "Teamleider"), K("ORG", "Arriva Klantenservice"),
])


# ---------------------------------------------------------------- pf14 scan: witness statement (handwritten)
def b14(p):
    render_scan(p, [[
        ("VERKLARING GETUIGE INCIDENT LIJN 99", "big"),
        ("Arriva Noord - formulier G-1", "s"),
        "",
        ("Naam getuige: Wytske de Haan", "n"),
        ("Adres: Schoterlandseweg 131, Heerenveen", "n"),
        ("Telefoon: 06-55 01 39 82", "n"),
        "",
        ("Wat heeft u gezien?", "b"),
        ("Ik stond achter de mevrouw met de rollator.", "h"),
        ("Een man in een blauw jack duwde haar van de trede.", "h"),
        ("De chauffeur (Gerrit Jan) kwam meteen zijn bus uit", "h"),
        ("en kreeg een klap. Mevrouw Mulder bloedde aan haar hoofd.", "h"),
        ("Ik heb 112 gebeld om 22.49 uur.", "h"),
        "",
        ("Datum: 15-10-2025", "n"),
        ("Handtekening: W. de Haan", "h"),
    ]], seed=14, angle=0.8)
    finish(p, "Canon iR-ADV C5840 PDF", "Canon iR-ADV C5840", title="SCAN_20251015_0912")


D14 = Doc("pf14", b14, [
    R("PERSON", "Wytske de Haan", "Wytske de Haan", "W. de Haan", ocr=True),
    R("ADDRESS", "Schoterlandseweg 131", "Schoterlandseweg 131", ocr=True),
    R("PHONE", "06-55 01 39 82", "06-55 01 39 82", "39 82", ocr=True),
    R("PERSON", "Gerrit Jan", "Gerrit Jan", ocr=True),
    R("PERSON", "Mulder", "Mevrouw Mulder", ocr=True),
], [])


# ---------------------------------------------------------------- pf15 Statenvragen + answers (2 pages)
def b15(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("h", "Antwoorden van Gedeputeerde Staten op schriftelijke vragen ex artikel 45 Reglement van Orde"),
        ("kv", [["Vragen van", "Statenlid Hiemstra (FNP) en Statenlid Van der Molen (GroenLinks)"],
                ["Ingekomen", "20 oktober 2025, nr. 2025-112"], ["Datum antwoord", "11 november 2025"],
                ["Portefeuillehouder", "gedeputeerde Klaas Fokkema"],
                ["Ambtelijk contact", "M. de Vries-Koopmans, tel. 06-29 44 18 60"]], [38, 122]),
        ("p", "**Vraag 1.** Bent u bekend met het bericht in de Leeuwarder Courant van 16 oktober 2025 over een "
              "geweldsincident op buslijn 99 bij het Abe Lenstra Stadion?"),
        ("p", "**Antwoord.** Ja. Een reiziger raakte gewond en een chauffeur werd mishandeld. Wij leven mee met "
              "beide betrokkenen. Om hun privacy te beschermen doen wij geen verdere mededelingen over hun "
              "persoon."),
        ("p", "**Vraag 2.** Welke afspraken bestaan er met Arriva over sociale veiligheid, en gaat u in de nieuwe "
              "concessie boa's verplichten?"),
        ("p", "**Antwoord.** De huidige concessie (2014-2026) verplicht Arriva tot een veiligheidsplan. In het "
              "Programma van Eisen voor de nieuwe concessie is sociale veiligheid een gunningscriterium (K4). "
              "Gedeputeerde Fokkema heeft op 30 oktober met de directie van Arriva Noord gesproken over boa-inzet "
              "na thuiswedstrijden van sc Heerenveen."),
        ("pb",),
        ("p", "**Vraag 3.** Klopt het dat chauffeurs op lijn 41 te korte pauzes hebben en dat de toiletten bij "
              "de keerlus in Lemmer gesloten zijn?"),
        ("p", "**Antwoord.** De ondernemingsraad van Arriva Noord heeft ons hierover geïnformeerd. De Cao "
              "Openbaar Vervoer schrijft een pauze van ten minste 15 minuten voor. Wij hebben Arriva gevraagd "
              "de dienstroosters aan te passen. Het toilet bij de keerlus is sinds 1 november weer open."),
        ("p", "**Vraag 4.** Wat is de stand van de aanbesteding?"),
        ("p", "**Antwoord.** De inschrijvingen worden in januari 2026 beoordeeld. Wij informeren Provinciale "
              "Staten voor de gunning met een Statenbrief. Statenlid Van der Molen kan de vertrouwelijke "
              "stukken inzien bij de griffie (griffie@fryslan.frl)."),
        ("p", "Gedeputeerde Staten van Fryslân,\nT.H. Algra, secretaris\nK. Fokkema, gedeputeerde"),
    ], font="Helvetica", footer="Statenvragen 2025-112 | pagina {p}")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Provincie Fryslân - Bestuursondersteuning",
           title="Antwoorden Statenvragen 2025-112")


D15 = Doc("pf15", b15, [
    R("PERSON", "M. de Vries-Koopmans", "M. de Vries-Koopmans"),
    R("PHONE", "06-29 44 18 60", "06-29 44 18 60"),
], [
    K("OFFICIAL", "Statenlid Hiemstra", "Statenlid Hiemstra"), K("OFFICIAL", "Statenlid Van der Molen", "Van der Molen"),
    K("ORG", "FNP"), K("ORG", "GroenLinks"), K("OFFICIAL", "gedeputeerde Klaas Fokkema"),
    K("OFFICIAL", "Gedeputeerde Fokkema"), K("ORG", "Leeuwarder Courant"), K("STOP", "Abe Lenstra Stadion"),
    K("ORG", "Arriva Noord"), K("ORG", "sc Heerenveen"), K("MISC", "Cao Openbaar Vervoer"),
    K("MISC", "Programma van Eisen"), K("EMAIL", "griffie@fryslan.frl"), K("MISC", "Reglement van Orde"),
    K("REF", "2025-112"), K("OFFICIAL", "T.H. Algra, provinciesecretaris", "T.H. Algra"),
    K("OFFICIAL", "K. Fokkema, gedeputeerde", "K. Fokkema"), K("ORG", "Provinciale Staten"),
])


# ---------------------------------------------------------------- pf16 timetable (2 pages, hidden author/XMP)
def b16(p):
    def tab(stops, times):
        rows = [["Halte"] + [f"rit {i + 1}" for i in range(len(times[0]))]]
        for s, t in zip(stops, times):
            rows.append([s] + t)
        return rows
    s41 = ["Sneek, Station", "Sneek, Titus Brandsmastraat", "IJlst, Dokter Boumaweg", "Woudsend, Jan Wiersmastrjitte",
           "Balk, Van Swinderenstraat", "Lemmer, Jan Stapstraat", "Lemmer, Busstation"]
    t41 = [["06:12", "07:12", "08:12", "16:42"], ["06:16", "07:16", "08:16", "16:46"],
           ["06:24", "07:24", "08:24", "16:54"], ["06:36", "07:36", "08:36", "17:06"],
           ["06:48", "07:48", "08:48", "17:18"], ["07:02", "08:02", "09:02", "17:32"],
           ["07:05", "08:05", "09:05", "17:35"]]
    s99 = ["Leeuwarden, Station", "Leeuwarden, Pieter Stuyvesantweg", "Grou, Gysbert Japicxstraat",
           "Akkrum, Jan Durkspolder", "Heerenveen, Abe Lenstra Stadion", "Heerenveen, Thialf",
           "Heerenveen, Busstation"]
    t99 = [["21:05", "21:35", "22:05", "22:35"], ["21:11", "21:41", "22:11", "22:41"],
           ["21:24", "21:54", "22:24", "22:54"], ["21:31", "22:01", "22:31", "23:01"],
           ["21:42", "22:12", "22:42", "23:12"], ["21:45", "22:15", "22:45", "23:15"],
           ["21:49", "22:19", "22:49", "23:19"]]
    render_rl(p, [
        ("logo", "Conceptdienstregeling 2027 – OV-concessie Súdwest-Fryslân en Wâlden"),
        ("p", "Bijlage 3 bij de adviesaanvraag aan het Reizigersoverleg Fryslân (ROF-2026-03). Versie Qbuzz "
              "(voorlopig gegunde inschrijver), 2 maart 2026. Tijden maandag t/m vrijdag."),
        ("h2", "Lijn 41 Sneek – IJlst – Woudsend – Balk – Lemmer"),
        ("t", tab(s41, t41), [62, 20, 20, 20, 20]),
        ("p", "Halte Jan Stapstraat vervalt in het concept; het ROF adviseert handhaving (verhoogd perron bij "
              "gezondheidscentrum De Wiske)."),
        ("pb",),
        ("h2", "Lijn 99 Leeuwarden – Grou – Akkrum – Heerenveen (avond)"),
        ("t", tab(s99, t99), [62, 20, 20, 20, 20]),
        ("p", "Op wedstrijddagen van sc Heerenveen rijdt een extra rit om 23:05 uur vanaf Abe Lenstra Stadion. "
              "Lijn Q-link 350 Sneek – Heerenveen rijdt elk kwartier (zie bijlage 4). Overstap in Heerenveen op "
              "de trein naar Zwolle en de Abe Lenstra Express (voetbalbus)."),
        ("small", "Opgesteld door team Dienstregeling Qbuzz Noord in opdracht van de Provincie Fryslân."),
    ], font="DejaVuCond", footer="Conceptdienstregeling 2027 | blad {p}")
    finish(p, "Microsoft® Excel® voor Microsoft 365", "Microsoft® Excel® voor Microsoft 365",
           author="Jesse Zandstra", xmp_creator="Jesse Zandstra (Qbuzz Dienstregeling)",
           title="Conceptdienstregeling 2027")


D16 = Doc("pf16", b16, [
    R("PERSON", "Jesse Zandstra (Author, XMP)", "Jesse Zandstra", "Zandstra", ch="metadata"),
], [
    K("STOP", "Titus Brandsmastraat"), K("STOP", "Dokter Boumaweg"), K("STOP", "Jan Wiersmastrjitte"),
    K("STOP", "Van Swinderenstraat"), K("STOP", "Jan Stapstraat"), K("STOP", "Pieter Stuyvesantweg"),
    K("STOP", "Gysbert Japicxstraat"), K("STOP", "Jan Durkspolder"), K("STOP", "Abe Lenstra Stadion"),
    K("STOP", "Thialf"), K("MISC", "Abe Lenstra Express"), K("ORG", "De Wiske"), K("MISC", "Q-link 350"),
    K("ORG", "Qbuzz"), K("REF", "ROF-2026-03"), K("PLACE", "Woudsend"), K("PLACE", "IJlst"),
    K("MISC", "Lijn 41"), K("MISC", "Lijn 99"), K("TIME", "22:42"), K("TIME", "06:12"),
    K("ORG", "sc Heerenveen"), K("PLACE", "Zwolle"), K("ORG", "team Dienstregeling Qbuzz Noord"),
])


# ---------------------------------------------------------------- pf17 invoice sole trader Ter Horst
def b17(p):
    render_rl(p, [
        ("logo", "Ter Horst Aanbestedingsadvies"),
        ("small", "R.J.M. ter Horst | Tsjerkestrjitte 7 | 8635 MN Raerd | 06 10 93 27 48 | "
                  "ruud@terhorst-aanbesteding.nl\nKvK 71938420 | btw-id NL004417729B51 | IBAN NL77 RABO 0318 4529 67"),
        ("sp", 10),
        ("p", "Provincie Fryslân\nt.a.v. crediteurenadministratie, kostenplaats 4410 Mobiliteit\n"
              "Postbus 20120\n8900 HM Leeuwarden"),
        ("h", "FACTUUR 2026-004"),
        ("kv", [["Factuurdatum", "31 januari 2026"], ["Inkoopordernummer", "4500187623"],
                ["Opdracht", "procesbegeleiding aanbesteding OV-concessie (PFR-2025-OV-017)"],
                ["Contactpersoon provincie", "J. Terpstra"]], [45, 110]),
        ("t", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Voorbereiding consensusbijeenkomst", "6", "€ 125,00", "€ 750,00"],
               ["Consensusbijeenkomst 27 januari 2026", "8", "€ 125,00", "€ 1.000,00"],
               ["Individuele beoordeling ondersteunen (12-23 januari)", "14", "€ 125,00", "€ 1.750,00"],
               ["Reiskosten Raerd – Leeuwarden (4 x 52 km à € 0,23)", "", "", "€ 47,84"],
               ["Subtotaal", "", "", "€ 3.547,84"], ["Btw 21%", "", "", "€ 745,05"],
               ["Totaal", "", "", "€ 4.292,89"]], [90, 16, 24, 28]),
        ("p", "Gelieve het totaalbedrag binnen 30 dagen over te maken op NL77 RABO 0318 4529 67 t.n.v. "
              "R.J.M. ter Horst, onder vermelding van factuurnummer 2026-004."),
        ("p", "Met vriendelijke groet,\nRuud ter Horst"),
    ], font="Helvetica")
    finish(p, "Microsoft® Word 2016", "Microsoft® Word 2016", author="Ruud", title="Factuur 2026-004")


D17 = Doc("pf17", b17, [
    R("PERSON", "Ruud ter Horst (sole trader)", "R.J.M. ter Horst", "Ruud ter Horst", "Ter Horst"),
    R("ADDRESS", "Tsjerkestrjitte 7, 8635 MN Raerd", "Tsjerkestrjitte 7", "8635 MN"),
    R("PHONE", "06 10 93 27 48", "06 10 93 27 48"),
    R("EMAIL", "ruud@terhorst-aanbesteding.nl", "ruud@terhorst-aanbesteding.nl"),
    R("ID", "KvK eenmanszaak", "71938420"),
    R("ID", "btw-id eenmanszaak", "NL004417729B51"),
    R("IBAN", "NL77 RABO 0318 4529 67", "NL77 RABO 0318 4529 67"),
    R("PERSON", "J. Terpstra", "J. Terpstra"),
], [
    K("ORG", "Ter Horst Aanbestedingsadvies (generic part)", "Aanbestedingsadvies"), K("ORG", "Provincie Fryslân"), K("REF", "4500187623"), K("REF", "PFR-2025-OV-017"), K("REF", "2026-004"),
    K("MISC", "kostenplaats 4410 Mobiliteit"), K("AMOUNT", "€ 4.292,89"), K("AMOUNT", "€ 125,00"),
    K("MISC", "Btw 21%"), K("MISC", "crediteurenadministratie"), K("PLACE", "Leeuwarden"),
])


# ---------------------------------------------------------------- pf18 invoice sole trader notulist
def b18(p):
    render_rl(p, [
        ("p", "**Visser Verslaglegging**\nIlse Visser-Ødegaard\nDe Kampen 22\n8491 DC Akkrum\n"
              "0566-65 13 84 | ilse@visserverslag.frl"),
        ("sp", 6),
        ("p", "Aan: Provincie Fryslân, secretariaat Reizigersoverleg Fryslân\nt.a.v. mevrouw G. Dijkstra"),
        ("h", "Factuur VV-26-017"),
        ("t", [["Datum", "Omschrijving", "Bedrag"],
               ["12-03-2026", "Notuleren vergadering ROF (2,25 uur à € 48,00)", "€ 108,00"],
               ["12-03-2026", "Uitwerken verslag en actielijst ROF-2026-03", "€ 96,00"],
               ["", "Kilometervergoeding Akkrum – Leeuwarden v.v. (48 km)", "€ 11,04"],
               ["", "Totaal (vrijgesteld van btw, KOR)", "€ 215,04"]], [26, 100, 28]),
        ("p", "Graag betalen binnen 14 dagen op IBAN NL96INGB0007731520 t.n.v. I. Visser-Ødegaard.\n"
              "KvK 80554127 – kleineondernemersregeling (KOR) van toepassing."),
        ("p", "Bedankt voor de opdracht!\nIlse"),
    ], font="DejaVuSerif")
    finish(p, "PDFpen 12.4", "Pages", author="ivisser", title="Factuur VV-26-017")


D18 = Doc("pf18", b18, [
    R("PERSON", "Ilse Visser-Ødegaard (also in trade name)", "Ilse Visser-Ødegaard", "I. Visser-Ødegaard", "Ilse", "Visser"),
    R("PERSON", "Author (user name)", "ivisser", ch="metadata"),
    R("ADDRESS", "De Kampen 22, 8491 DC Akkrum", "De Kampen 22", "8491 DC"),
    R("PHONE", "0566-65 13 84", "0566-65 13 84"),
    R("EMAIL", "ilse@visserverslag.frl", "ilse@visserverslag.frl"),
    R("IBAN", "NL96INGB0007731520", "NL96INGB0007731520"),
    R("ID", "KvK eenmanszaak", "80554127"),
    R("PERSON", "G. Dijkstra", "G. Dijkstra"),
], [
    K("ORG", "Visser Verslaglegging (generic part)", "Verslaglegging"), K("ORG", "Reizigersoverleg Fryslân"), K("REF", "VV-26-017"),
    K("REF", "ROF-2026-03"), K("AMOUNT", "€ 215,04"), K("MISC", "kleineondernemersregeling"),
    K("ORG", "Provincie Fryslân"), K("PLACE", "Leeuwarden"), K("MISC", "KOR", "KOR"),
])

DOCS = [D10, D11, D12, D13, D14, D15, D16, D17, D18]
