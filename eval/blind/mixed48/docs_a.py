"""Set BF, part A: omgevingsdienst, handhaving, zienswijzen, NVWA, RVO (reportlab, LibreOffice, Chromium)."""
from lib import *  # noqa: F401,F403
from lib import A4, mm, Paragraph, Spacer, PageBreak, colors, styles, tbl, kv, rl, lines, pagenum, hide, R, K, \
    bsn, iban, docx_new, docx_pdf, chromium, landscape

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
@doc("bf01_controlerapport_odra_melkvee")
def bf01(out):
    S = styles("DV", 9.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#00594f"))
        c.rect(0, A4[1] - 18 * mm, A4[0], 18 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVB", 13)
        c.drawString(20 * mm, A4[1] - 12 * mm, "Omgevingsdienst Regio Arnhem")
        c.setFillColor(colors.black)
        pagenum(c, d, "Controlerapport 2025-ODRA-04417 | ")

    story = [
        Paragraph("Controlerapport milieu - agrarische inrichting", S["h1"]),
        kv([("Zaaknummer", "2025-ODRA-04417"), ("Inrichting", "Melkveebedrijf Van Zwolle"),
            ("Exploitant", "H.J. (Henk) van Zwolle"),
            ("Adres inrichting", "Griftdijk 14, 6673 DA Andelst"),
            ("Kadastraal", "gemeente Valburg, sectie D, nummer 2318"),
            ("KvK", "09187364 (eenmanszaak)"),
            ("Bevoegd gezag", "College van burgemeester en wethouders van Overbetuwe"),
            ("Datum controle", "11 maart 2025, 09.30 - 12.15 uur"),
            ("Toezichthouder", "ing. R.M. Kuipers-Baldewsingh, inspecteur milieu agrarisch"),
            ("Tweede toezichthouder", "T. Oudshoorn (in opleiding)"),
            ("Aanwezig namens bedrijf", "dhr. Van Zwolle en zijn zoon Bart van Zwolle")],
           [45 * mm, 115 * mm]),
        Spacer(1, 6),
        Paragraph("1. Aanleiding", S["h2"]),
        Paragraph("De controle is uitgevoerd in het kader van het Uitvoeringsprogramma Toezicht en Handhaving 2025 "
                  "van de ODRA en naar aanleiding van een klacht over geur en het uitrijden van mest op 3 maart 2025. "
                  "De melder woont aan de Hollanderdijk in Andelst; de naam van de melder is bij de ODRA bekend.",
                  S["p"]),
        Paragraph("2. Bevindingen", S["h2"]),
        tbl([["Nr", "Onderwerp", "Norm", "Bevinding", "Oordeel"],
             ["1", "Mestopslag (mestzak 2)", "Besluit activiteiten leefomgeving, art. 4.832",
              "Afdekking scheurt over circa 3 meter; geen lekbak onder vulpunt.", "Overtreding"],
             ["2", "Veebezetting", "Omgevingsvergunning OV-2019-0342",
              "Geteld: 212 melkkoeien, 96 stuks jongvee. Vergund: 180 melkkoeien.", "Overtreding"],
             ["3", "Opslag kuilvoer", "Bal, art. 4.825", "Perssappen worden opgevangen.", "Conform"],
             ["4", "Registratie mestafvoer", "Meststoffenwet", "Vervoersbewijzen 2024 aanwezig (VDM).", "Conform"]],
            [10 * mm, 32 * mm, 42 * mm, 55 * mm, 21 * mm], S),
        Spacer(1, 6),
        Paragraph("Dhr. Van Zwolle gaf aan dat de uitbreiding van de veestapel tijdelijk is in afwachting van de "
                  "aanvraag voor intern salderen. Een AERIUS-berekening (kenmerk RgUdrTGh7Xn3) is volgens hem in "
                  "voorbereiding bij adviesbureau Agrifacts in Wageningen. Bart van Zwolle toonde de "
                  "mestboekhouding op zijn telefoon.", S["p"]),
        Paragraph("3. Vervolg", S["h2"]),
        Paragraph("De overtredingen 1 en 2 worden voorgelegd aan de afdeling Juridische Handhaving van de ODRA met "
                  "het advies een voornemen tot het opleggen van een last onder dwangsom te versturen (artikel 5:32 "
                  "Algemene wet bestuursrecht). Hercontrole uiterlijk 15 april 2025.", S["p"]),
        Paragraph("Bijlage: foto's 1 t/m 6 (mestzak 2, stal 3, voerpad). Foto 4: H.J. van Zwolle bij vulpunt.",
                  S["s"]),
        PageBreak(),
        Paragraph("4. Foto-overzicht en ondertekening", S["h2"]),
        tbl([["Foto", "Omschrijving", "Gemaakt door"],
             ["1", "Mestzak 2, noordzijde, scheur in afdekking", "R.M.<br/>Kuipers-<br/>Baldewsingh"],
             ["2", "Vulpunt zonder lekbak", "R.M.<br/>Kuipers-<br/>Baldewsingh"],
             ["3", "Stal 3, ligboxen (telling)", "T. Oudshoorn"],
             ["4", "Vulpunt met exploitant", "T. Oudshoorn"]],
            [15 * mm, 95 * mm, 50 * mm], S),
        Spacer(1, 14),
        Paragraph("Vastgesteld te Arnhem op 13 maart 2025<br/>R.M. Kuipers-Baldewsingh<br/>inspecteur milieu "
                  "agrarisch, team Toezicht Buitengebied<br/>T 026 377 86 41 | M 06-41 27 93 08<br/>"
                  "r.kuipers-baldewsingh@odregioarnhem.nl", S["p"]),
        Spacer(1, 8),
        Paragraph("Vragen over dit rapport: info@odregioarnhem.nl of 026 377 22 00 (algemeen nummer, "
                  "werkdagen 8.30 - 17.00 uur). Postbus 2047, 6802 CA Arnhem.", S["s"]),
    ]
    rl(out, story, first=first, margins=(28, 20, 25, 22))
    hide(out, author="Kuipers-Baldewsingh, Rita", title="Controlerapport Melkveebedrijf Van Zwolle 2025-ODRA-04417",
         notes=[(0, 520, 640, "Rita, klopt telling jongvee? Henk zei 86. Groet Tom", "Oudshoorn, Tom")])
    return [
        R("PERSON", "Henk van Zwolle (H.J.)", "Zwolle", "Henk"),
        R("PERSON", "Bart van Zwolle", "Bart"),
        R("ADDRESS", "Griftdijk 14, 6673 DA Andelst", "Griftdijk 14", "6673 DA"),
        R("CADASTRAL", "Valburg D 2318", "nummer 2318"),
        R("ID", "KvK 09187364 (eenmanszaak)", "09187364"),
        R("PERSON", "Rita M. Kuipers-Baldewsingh", "Kuipers-Baldewsingh", "Kuipers", "Baldewsingh", "Rita"),
        R("PERSON", "Tom Oudshoorn", "Oudshoorn", "Tom"),
        R("PHONE", "026 377 86 41", "026 377 86 41"),
        R("PHONE", "06-41 27 93 08", "06-41 27 93 08"),
        R("EMAIL", "r.kuipers-baldewsingh@odregioarnhem.nl", "r.kuipers-baldewsingh@odregioarnhem.nl"),
        K("ORG", "Omgevingsdienst Regio Arnhem", "Omgevingsdienst Regio Arnhem", "ODRA"),
        K("CASE", "2025-ODRA-04417"), K("CASE", "OV-2019-0342"), K("ID", "AERIUS kenmerk", "RgUdrTGh7Xn3"),
        K("ORG", "Overbetuwe"), K("ORG", "Agrifacts"), K("PLACE", "Wageningen"),
        K("LAW", "Besluit activiteiten leefomgeving"), K("LAW", "art. 5:32 Awb", "artikel 5:32"),
        K("LAW", "Meststoffenwet"), K("DATE", "11 maart 2025"), K("DATE", "15 april 2025"),
        K("EMAIL", "info@odregioarnhem.nl"), K("PHONE", "026 377 22 00"), K("ADDRESS", "Postbus 2047"),
        K("TITLE", "inspecteur milieu agrarisch"),
        K("ORG", "afdeling Juridische Handhaving"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf02_voornemen_last_onder_dwangsom")
def bf02(out):
    S = styles("DS", 10)

    def first(c, d):
        c.setFont("DSB", 15)
        c.drawString(25 * mm, A4[1] - 22 * mm, "gemeente Dalfsen")
        c.setFont("DS", 8)
        x = 150 * mm
        lines(c, x, A4[1] - 50 * mm, [
            "**Bezoekadres", "Wilhelminastraat 24", "7721 CJ Dalfsen", "", "**Postadres", "Postbus 35",
            "7720 AA Dalfsen", "", "**Telefoon", "14 0529", "", "**E-mail", "gemeente@dalfsen.nl", "",
            "**Behandeld door", "mr. S. (Sevda) Yıldırım-", "Hoekman", "T 0529 488 312", "", "**Ons kenmerk",
            "Z/25/118204", "", "**Uw brief van", "-", "", "**Bijlage(n)", "2"], "DS", 7.5)
        pagenum(c, d)

    story = [
        Paragraph("Aangetekend en per gewone post<br/>Maatschap Jansen-Verhoef<br/>t.a.v. de heer G.W. Jansen en "
                  "mevrouw A.M. Jansen-Verhoef<br/>Oude Oever 7<br/>7722 RM Dalfsen", S["p"]),
        Spacer(1, 10),
        Paragraph("Dalfsen, 24 april 2025", S["p"]),
        Paragraph("<b>Onderwerp: voornemen last onder dwangsom - opslag vaste mest en illegale bouw werktuigenberging"
                  "</b>", S["p"]),
        Paragraph("Geachte heer Jansen, geachte mevrouw Jansen-Verhoef,", S["p"]),
        Paragraph("Op 2 april 2025 heeft een toezichthouder van de Omgevingsdienst IJsselland (ODIJ) uw bedrijf aan de "
                  "Oude Oever 7 gecontroleerd. Het perceel is kadastraal bekend als gemeente Dalfsen, sectie K, "
                  "nummer 1467. Daarbij is geconstateerd dat vaste mest rechtstreeks op onverharde grond wordt "
                  "opgeslagen en dat zonder omgevingsvergunning een werktuigenberging van circa 240 m2 is gebouwd. "
                  "Dit is in strijd met artikel 5.1 van de Omgevingswet.", S["p"]),
        Paragraph("Wij zijn daarom van plan u een last onder dwangsom op te leggen. De last houdt in dat u binnen "
                  "acht weken na verzending van het besluit de mestopslag beëindigt en de berging verwijdert of "
                  "een vergunning aanvraagt die kan worden verleend. Als u niet op tijd aan de last voldoet, verbeurt "
                  "u een dwangsom van € 2.500 per week, met een maximum van € 25.000.", S["p"]),
        Paragraph("<b>Zienswijze</b>", S["p"]),
        Paragraph("U kunt binnen twee weken na dagtekening van deze brief schriftelijk of mondeling uw zienswijze "
                  "geven. Wilt u mondeling reageren, neem dan contact op met mevrouw Yıldırım-Hoekman via het "
                  "telefoonnummer in de kantlijn of via handhaving@dalfsen.nl. Uw buurman aan de Oude Oever 9, "
                  "de heer D. Schuttelaar, heeft een verzoek om handhaving ingediend; hij ontvangt een afschrift "
                  "van het besluit.", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>burgemeester en wethouders van Dalfsen,<br/>namens dezen,", S["p"]),
        Spacer(1, 18),
        Paragraph("M.J. (Marten) Hoogeveen<br/>teamleider Vergunningen, Toezicht en Handhaving", S["p"]),
        Paragraph("Afschrift: wethouder Jan Uitslag (portefeuille Omgevingswet); Omgevingsdienst IJsselland, "
                  "Zwolle.", S["s"]),
    ]
    rl(out, story, first=first, later=lambda c, d: pagenum(c, d), frame_first=(25, 25, 118, 230))
    hide(out, author="SYildirim", title="Voornemen LOD Maatschap Jansen-Verhoef")
    return [
        R("TRADE", "Maatschap Jansen-Verhoef", "Jansen-Verhoef"),
        R("PERSON", "G.W. Jansen", "G.W. Jansen", "heer Jansen"),
        R("PERSON", "A.M. Jansen-Verhoef", "Verhoef"),
        R("ADDRESS", "Oude Oever 7, 7722 RM Dalfsen", "Oude Oever 7", "7722 RM"),
        R("ADDRESS", "Oude Oever 9", "Oude Oever 9"),
        R("CADASTRAL", "Dalfsen K 1467", "nummer 1467"),
        R("PERSON", "Sevda Yıldırım-Hoekman", "Yıldırım-Hoekman", "Sevda", "Yıldırım", "Hoekman", "SYildirim"),
        R("PHONE", "0529 488 312", "0529 488 312"),
        R("PERSON", "D. Schuttelaar", "Schuttelaar"),
        R("PERSON", "Marten Hoogeveen", "Hoogeveen", "Marten"),
        K("ORG", "gemeente Dalfsen"), K("ADDRESS", "Wilhelminastraat 24"), K("PHONE", "14 0529"),
        K("EMAIL", "gemeente@dalfsen.nl"), K("EMAIL", "handhaving@dalfsen.nl"), K("CASE", "Z/25/118204"),
        K("ORG", "Omgevingsdienst IJsselland"), K("ORG", "ODIJ"), K("LAW", "Omgevingswet"),
        K("LAW", "artikel 5.1"), K("AMOUNT", "€ 2.500"), K("AMOUNT", "€ 25.000"), K("DATE", "24 april 2025"),
        K("OFFICIAL", "wethouder Jan Uitslag", "Jan Uitslag"),
        K("TITLE", "teamleider Vergunningen, Toezicht en Handhaving"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf03_nota_zienswijzen_windpark")
def bf03(out):
    S = styles("DC", 9)
    rows = [["Nr", "Indiener", "Adres", "Samenvatting zienswijze", "Reactie bevoegd gezag"],
            ["1", "J.P. BAKKER en<br/>M. BAKKER-<br/>DE GROOT", "Lageweg 31<br/>8097 PE Oosterwolde Gld",
             "Vreest slagschaduw en geluid op de woning; vraagt om 900 meter afstand.",
             "De normen uit de Omgevingsregeling worden gehaald (zie akoestisch onderzoek Pondera, bijlage 4)."],
            ["2", "Stichting Behoud Veluwerand", "Postbus 118<br/>8070 AC Nunspeet",
             "Effecten op Natura 2000-gebied Veluwe en stikstofdepositie tijdens de bouwfase.",
             "AERIUS-berekening toont geen depositie boven 0,00 mol/ha/jaar (kenmerk S7b2pQmZ1vA9)."],
            ["3", "fam. De Wit", "Zuiderzeestraatweg<br/>412<br/>8096 BN Oldebroek",
             "Waardevermindering woning; de heer De Wit heeft hartklachten en vreest laagfrequent geluid.",
             "Planschade wordt beoordeeld via een aanvraag tegemoetkoming (artikel 15.1 Omgevingswet)."],
            ["4", "Kjell<br/>Vermeulen-Otieno", "Mheenweg 5<br/>8097 RJ Oosterwolde Gld",
             "Twijfelt aan de participatie; is niet uitgenodigd voor de informatieavond.",
             "Uitnodigingen zijn verstuurd in een straal van 1.500 meter."],
            ["5", "Windcoöperatie Oldebroek U.A.", "Raadhuisplein 1<br/>8096 AT Oldebroek (p/a gemeentehuis)",
             "Steunt het plan; vraagt om 50% lokaal eigendom.",
             "Het college onderschrijft het streven uit het Klimaatakkoord."],
            ["6", "A. Visser<br/>(namens Dorpsbelang Wezep)", "Wezeperweg 77<br/>8091 BZ Wezep",
             "Vraagt om een omwonendenfonds.", "Wordt uitgewerkt in de gebiedsovereenkomst."]]
    story = [
        Paragraph("Nota van zienswijzen - ontwerp omgevingsvergunning Windpark Hoge Veld (OV-2024-1173)", S["h1"]),
        Paragraph("Provincie Gelderland, gemeente Oldebroek - ter inzage 6 januari t/m 16 februari 2025", S["p"]),
        Paragraph("Er zijn zes zienswijzen ingediend. Namen en adressen van natuurlijke personen worden in de openbare "
                  "versie niet vermeld. Gedeputeerde Helga Witjes (Energie) en wethouder Wim Beek (Oldebroek) hebben "
                  "de indieners op 4 maart 2025 in het gemeentehuis gesproken.", S["p"]),
        tbl(rows, [8 * mm, 30 * mm, 33 * mm, 48 * mm, 45 * mm], S, font="DC", size=8),
        Spacer(1, 8),
        Paragraph("Opgesteld door team Energietransitie, provinciehuis Arnhem, Markt 11. Contact: "
                  "post@gelderland.nl of (026) 359 91 11.", S["s"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "Nota van zienswijzen OV-2024-1173 | "), pagesize=A4,
       margins=(20, 18, 20, 20))
    hide(out, author="Provincie Gelderland", title="Nota van zienswijzen Windpark Hoge Veld",
         outline=[("Zienswijzen 1-6", 0), ("Zienswijze De Wit (gezondheid)", 0)])
    return [
        R("PERSON", "J.P. Bakker", "J.P. BAKKER", "BAKKER"),
        R("PERSON", "M. Bakker-de Groot", "DE GROOT", "~BAKKER-"),
        R("ADDRESS", "Lageweg 31, 8097 PE", "Lageweg 31", "8097 PE"),
        R("PERSON", "De Wit", "De Wit"),
        R("ADDRESS", "Zuiderzeestraatweg 412, 8096 BN", "~Zuiderzeestraatweg 412", "8096 BN"),
        R("HEALTH", "hartklachten", "hartklachten"),
        R("PERSON", "Kjell Vermeulen-Otieno", "Kjell", "Vermeulen-Otieno", "Otieno"),
        R("ADDRESS", "Mheenweg 5, 8097 RJ", "Mheenweg 5", "8097 RJ"),
        R("PERSON", "A. Visser", "A. Visser", "Visser"),
        R("ADDRESS", "Wezeperweg 77, 8091 BZ", "Wezeperweg 77", "8091 BZ"),
        K("ORG", "Stichting Behoud Veluwerand"), K("ORG", "Windcoöperatie Oldebroek U.A."),
        K("ORG", "Dorpsbelang Wezep"), K("ADDRESS", "Postbus 118"), K("ADDRESS", "Raadhuisplein 1"),
        K("OFFICIAL", "Gedeputeerde Helga Witjes", "Helga Witjes"), K("OFFICIAL", "wethouder Wim Beek", "Wim Beek"),
        K("CASE", "OV-2024-1173"), K("ID", "S7b2pQmZ1vA9"), K("ORG", "Pondera"), K("PLACE", "Veluwe"),
        K("LAW", "Omgevingsregeling"), K("LAW", "artikel 15.1"), K("PROGRAM", "Klimaatakkoord"),
        K("PROGRAM", "Windpark Hoge Veld"), K("EMAIL", "post@gelderland.nl"), K("PHONE", "(026) 359 91 11"),
        K("ADDRESS", "Markt 11"), K("DATE", "4 maart 2025"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf04_aerius_notitie_intern_salderen")
def bf04(out):
    d = docx_new()
    from docx.shared import Pt
    d.add_heading("Notitie stikstofdepositie - intern salderen Pluimveebedrijf Hendriks-Lammers", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Opdrachtgever", "V.o.f. Hendriks-Lammers, Heikantsestraat 40, 5763 PE Milheeze"),
                 ("Relatienummer RVO", "2100847315"),
                 ("Opgesteld door", "ir. Nadia El Amrani, adviseur stikstof, Agrifacts B.V."),
                 ("Gecontroleerd", "drs. Wouter-Jan ten Brink"),
                 ("Datum", "17 februari 2025"), ("Kenmerk AERIUS Calculator", "RqV8mJ2LxP4t (versie 2024.1)")]:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
    d.add_heading("1. Situatie", level=2)
    d.add_paragraph("De inrichting ligt op circa 4,1 km van het Natura 2000-gebied Deurnsche Peel & Mariapeel en op "
                    "6,3 km van Groote Peel. De vergunde situatie (omgevingsvergunning gemeente Gemert-Bakel, "
                    "OLO 7719042) omvat 48.000 vleeskuikens. De aangevraagde situatie omvat 36.000 vleeskuikens in "
                    "een emissiearme stal (Rav-code E 5.15).")
    d.add_heading("2. Resultaat", level=2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Situatie", "NH3 (kg/jaar)", "Max. depositie (mol/ha/jaar)"]):
        t2.rows[0].cells[i].text = h
    for row in [("Referentie (vergund)", "1.248,0", "0,41"), ("Beoogd", "702,6", "0,22"),
                ("Verschil", "-545,4", "-0,19")]:
        cs = t2.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Conclusie: de beoogde situatie leidt op geen enkel hexagoon tot een toename ten opzichte van de "
                    "referentiesituatie. Een natuurvergunning op grond van artikel 2.7 Wet natuurbescherming "
                    "(thans Omgevingswet, Natura 2000-activiteit) is niet nodig; de provincie Noord-Brabant beoordeelt "
                    "dit in het kader van de Brabantse Zorgvuldigheidsscore Veehouderij.")
    d.add_paragraph("De heer Hendriks meldde tijdens het keukentafelgesprek dat zijn echtgenote Ria Hendriks-Lammers "
                    "het bedrijf wegens een hernia (2024) deels heeft overgedragen aan zoon Luuk Hendriks.")
    d.add_paragraph("Contact: N. El Amrani, 0317 42 88 19 / 06 2853 1177, nadia.elamrani@agrifacts.nl. "
                    "Algemeen: info@agrifacts.nl, Nudepark 200, Wageningen.")
    docx_pdf(d, out, author="Nadia El Amrani", title="Notitie stikstof Hendriks-Lammers")
    return [
        R("TRADE", "V.o.f. Hendriks-Lammers", "Hendriks-Lammers", "Lammers"),
        R("PERSON", "Hendriks", "Hendriks"),
        R("ADDRESS", "Heikantsestraat 40, 5763 PE Milheeze", "Heikantsestraat 40", "5763 PE"),
        R("ID", "relatienummer RVO 2100847315", "2100847315"),
        R("PERSON", "Nadia El Amrani", "Nadia", "El Amrani", "Amrani", "nadia.elamrani@agrifacts.nl"),
        R("PERSON", "Wouter-Jan ten Brink", "Wouter-Jan", "ten Brink"),
        R("PERSON", "Ria Hendriks-Lammers", "Ria"), R("PERSON", "Luuk Hendriks", "Luuk"),
        R("HEALTH", "hernia", "hernia"),
        R("PHONE", "0317 42 88 19", "0317 42 88 19"), R("PHONE", "06 2853 1177", "06 2853 1177"),
        K("ORG", "Agrifacts B.V.", "Agrifacts"), K("EMAIL", "info@agrifacts.nl"), K("ADDRESS", "Nudepark 200"),
        K("PLACE", "Deurnsche Peel & Mariapeel"), K("PLACE", "Groote Peel"), K("ORG", "Gemert-Bakel"),
        K("ID", "OLO 7719042"), K("ID", "RqV8mJ2LxP4t"), K("ID", "Rav-code E 5.15"),
        K("LAW", "artikel 2.7 Wet natuurbescherming"), K("ORG", "provincie Noord-Brabant"),
        K("PROGRAM", "Brabantse Zorgvuldigheidsscore Veehouderij"), K("DATE", "17 februari 2025"),
        K("TITLE", "adviseur stikstof"), K("AMOUNT", "1.248,0"), K("AMOUNT", "-545,4"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf05_nvwa_inspectie_transport")
def bf05(out):
    S = styles("DV", 9)

    def first(c, d):
        c.setFont("DVB", 11)
        c.drawString(20 * mm, A4[1] - 16 * mm, "Nederlandse Voedsel- en Warenautoriteit")
        c.setFont("DV", 8)
        c.drawString(20 * mm, A4[1] - 21 * mm, "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
        pagenum(c, d)

    story = [
        Paragraph("Rapport van bevindingen - dierenwelzijn bij transport", S["h1"]),
        kv([("Rapportnummer", "NVWA/DW/2025/08813"), ("Locatie", "verzamelcentrum Veehandel Kroeze B.V., Nijverdal"),
            ("Datum / tijd", "19 februari 2025, 05.40 uur"),
            ("Inspecteur", "dierenarts F. (Femke) Dijkstra-Nwosu, toezichthouder NVWA"),
            ("Vervoerder", "Transportbedrijf Kroeze B.V., UBN 6042281"),
            ("Chauffeur", "Mateusz Wiśniewski, geb. 03-11-1988, rijbewijs PL"),
            ("Kenteken", "BT-882-X / OR-51-KZ")], [40 * mm, 125 * mm]),
        Spacer(1, 6),
        Paragraph("Bevindingen", S["h2"]),
        Paragraph("Bij de aankomst van een transport van 38 vleesvarkens uit Ommen bleek één varken niet "
                  "transportwaardig (open breuk linker achterpoot). De chauffeur, de heer Wiśniewski, verklaarde dat "
                  "het dier bij het laden bij de leverancier (Varkenshouderij Te Lintelo, Ommen) al kreupel liep. "
                  "Het dier is op advies van de inspecteur ter plaatse geëuthanaseerd door praktijkdierenarts "
                  "J. Scholten (Dierenartspraktijk Salland).", S["p"]),
        Paragraph("Overtreden voorschrift: Verordening (EG) nr. 1/2005, bijlage I, hoofdstuk I, punt 2, in samenhang "
                  "met artikel 2.2 van de Wet dieren. Er wordt een rapport van bevindingen opgemaakt voor het "
                  "Bureau Bestuurlijke Boete.", S["p"]),
        Paragraph("Het dier is eigendom van R.G.M. te Lintelo (UBN 2309871, KvK 08231902). De heer Te Lintelo is "
                  "telefonisch gehoord op 06-2219 4470; hij verklaarde dat hij 'niets had gezien'.", S["p"]),
        Paragraph("Opgemaakt op ambtseed, 19 februari 2025", S["p"]),
        Paragraph("F. Dijkstra-Nwosu, 06 5509 3318", S["p"]),
        Paragraph("NVWA, Catharijnesingel 59, Utrecht. Vragen? Bel 0900 0388 (€ 0,10 per minuut) of mail "
                  "info@nvwa.nl.", S["s"]),
    ]
    rl(out, story, first=first, margins=(30, 20, 25, 22))
    hide(out, author="fdijkstra", title="RvB NVWA/DW/2025/08813")
    return [
        R("PERSON", "Femke Dijkstra-Nwosu", "Dijkstra-Nwosu", "Femke", "Nwosu", "fdijkstra"),
        R("PERSON", "Mateusz Wiśniewski", "Mateusz", "Wiśniewski"),
        R("DOB", "03-11-1988", "03-11-1988"),
        R("ID", "kenteken BT-882-X", "BT-882-X"),
        R("PERSON", "J. Scholten", "Scholten"),
        R("PERSON", "R.G.M. te Lintelo", "Lintelo"),
        R("ID", "UBN 2309871", "2309871"), R("ID", "KvK 08231902", "08231902"),
        R("PHONE", "06-2219 4470", "06-2219 4470"), R("PHONE", "06 5509 3318", "06 5509 3318"),
        K("ORG", "Nederlandse Voedsel- en Warenautoriteit"), K("ORG", "NVWA"), K("CASE", "NVWA/DW/2025/08813"),
        K("ORG", "Veehandel Kroeze B.V."), K("ORG", "Transportbedrijf Kroeze B.V."), K("ID", "UBN 6042281"),
        K("PLACE", "Nijverdal"), K("ORG", "Dierenartspraktijk Salland"),
        K("LAW", "Verordening (EG) nr. 1/2005"), K("LAW", "Wet dieren"), K("ORG", "Bureau Bestuurlijke Boete"),
        K("ADDRESS", "Catharijnesingel 59"), K("PHONE", "0900 0388"), K("EMAIL", "info@nvwa.nl"),
        K("DATE", "19 februari 2025"),
        K("ORG", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf06_rvo_beschikking_subsidie")
def bf06(out):
    S = styles("DV", 9.5)
    IB = iban(601, "RABO")

    def first(c, d):
        c.setFont("DVB", 12)
        c.drawString(120 * mm, A4[1] - 18 * mm, "Rijksdienst voor Ondernemend")
        c.drawString(120 * mm, A4[1] - 23 * mm, "Nederland")
        c.setFont("DV", 7)
        lines(c, 150 * mm, A4[1] - 60 * mm, [
            "**Retouradres", "Postbus 40219", "8004 DE Zwolle", "", "**Datum", "9 januari 2025", "",
            "**Relatienummer", "2100917346", "", "**Zaaknummer", "SNL25-0044719", "", "**Contact",
            "088 042 42 42", "(lokaal tarief)", "www.rvo.nl/contact", "", "**Behandelaar", "L. Brouwer-Tjon A Fong"],
            "DV", 7)
        pagenum(c, d)

    story = [
        Paragraph("Melkveebedrijf De Vries<br/>t.a.v. de heer P.S. de Vries<br/>Noorderweg 88<br/>"
                  "9951 TG Winsum", S["p"]),
        Spacer(1, 16),
        Paragraph("<b>Beschikking subsidieverlening Maatregel Natuurinclusieve "
                  " Landbouw Groningen 2025</b>", S["p"]),
        Paragraph("Geachte heer De Vries,", S["p"]),
        Paragraph("U heeft op 14 oktober 2024 subsidie aangevraagd voor de omschakeling naar natuurinclusieve "
                  "melkveehouderij (KvK 70488213, eenmanszaak). Wij verlenen u een subsidie van maximaal "
                  "€ 86.340,00. Wij betalen een voorschot van 80% (€ 69.072,00) op rekeningnummer " + IB +
                  " ten name van P.S. de Vries.", S["p"]),
        Paragraph("Deze beschikking is genomen namens de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, "
                  "mevrouw F.M. Wiersma, op grond van de Kaderwet LNV-subsidies en artikel 4:29 van de Algemene wet "
                  "bestuursrecht.", S["p"]),
        Paragraph("<b>Verplichtingen</b>", S["p"]),
        tbl([["Verplichting", "Termijn"],
             ["Extensivering: max. 2,0 GVE per hectare", "31 december 2026"],
             ["Aanleg 1,2 km landschapselementen (percelen WSM00-G-3381 en WSM00-G-3382)", "1 november 2025"],
             ["Eindrapportage via Mijn RVO", "30 april 2027"]], [82 * mm, 32 * mm], S),
        Spacer(1, 8),
        Paragraph("<b>Bezwaar</b><br/>Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken "
                  "via mijn.rvo.nl of per post: RVO, Postbus 40219, 8004 DE Zwolle.", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,<br/>"
                  "namens deze,<br/><br/>ing. H.A. Lubbers-Mahabier<br/>Manager Uitvoering Subsidies, RVO", S["p"]),
    ]
    rl(out, story, first=first, later=lambda c, d: pagenum(c, d), frame_first=(25, 25, 118, 232))
    hide(out, author="RVO", title="Beschikking SNL25-0044719",
         links=[(0, [70, 60, 250, 75], "mailto:lisa.brouwer@rvo.nl?subject=SNL25-0044719")])
    return [
        R("TRADE", "Melkveebedrijf De Vries", "De Vries"),
        R("PERSON", "P.S. de Vries", "P.S. de Vries"),
        R("ADDRESS", "Noorderweg 88, 9951 TG Winsum", "Noorderweg 88", "9951 TG"),
        R("ID", "relatienummer 2100917346", "2100917346"),
        R("ID", "KvK 70488213 (eenmanszaak)", "70488213"),
        R("IBAN", IB, IB),
        R("CADASTRAL", "percelen WSM00-G-3381/3382", "WSM00-G-3381", "WSM00-G-3382"),
        R("PERSON", "Lisa Brouwer-Tjon A Fong", "Brouwer-Tjon A Fong", "Tjon A Fong", "lisa.brouwer@rvo.nl"),
        R("PERSON", "H.A. Lubbers-Mahabier", "Lubbers-Mahabier", "Mahabier"),
        K("ORG", "RVO", "RVO", "Rijksdienst voor Ondernemend"), K("CASE", "SNL25-0044719"),
        K("PHONE", "088 042 42 42"), K("ADDRESS", "Postbus 40219"),
        K("OFFICIAL", "minister Wiersma", "F.M. Wiersma"),
        K("LAW", "Kaderwet LNV-subsidies"), K("LAW", "artikel 4:29"), K("AMOUNT", "€ 86.340,00"),
        K("AMOUNT", "€ 69.072,00"), K("DATE", "9 januari 2025"), K("DATE", "14 oktober 2024"),
        K("PROGRAM", "Natuurinclusieve Landbouw Groningen 2025"), K("TITLE", "Manager Uitvoering Subsidies"),
        K("URL", "mijn.rvo.nl"), K("URL", "www.rvo.nl/contact"),
    ]
