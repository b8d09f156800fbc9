"""Documents ak01-ak15 of set AK (documents of record: organograms, lists, registers, reports).

All persons, phone numbers, e-mail addresses, BSNs and IBANs are invented. Office holders are named only
in their public role (see README)."""
from __future__ import annotations

from framework import Doc, K, R
from util import bsn, iban

DOCS: list[Doc] = []


def add(doc: Doc):
    DOCS.append(doc)
    return doc


# ==========================================================================================
# ak01 organogram (reportlab, drawn boxes, names in capitals, small print)
# ==========================================================================================
def _org_flowable(avail_w):
    from reportlab.platypus import Flowable

    depts = [
        ("INKOOP & CONTRACTMANAGEMENT", "HOOFD KOWALCZYK",
         ["Tactisch inkoop – tl. Hylke Wijnja", "Contractbeheer – tl. B. Ramdin"]),
        ("FACILITAIR BEDRIJF", "HOOFD J.W. TER HAAR",
         ["Huisvesting – vacature", "(a.i. W. DIJKSTRA)", "Beveiliging & receptie – tl. K. Azzouzi"]),
        ("INFORMATIEVOORZIENING", "HOOFD mw. S. ÖZTÜRK",
         ["Applicatiebeheer – tl. Xiao Yan Liu", "Servicedesk – tl. D. Shevchuk", "Informatiebeheer – tl. S. Zijlstra"]),
        ("HRM-ADVIES", "HOOFD K. MENSAH",
         ["HR-advies – tl. Akosua Asante", "Arbo & verzuim – tl. G. Doelwijt"]),
        ("FINANCIËN", "HOOFD TJONG",
         ["Financiële administratie –", "tl. Iryna Kovalenko", "Planning & control – tl. mw. P. Sahetapy"]),
        ("JURIDISCHE ZAKEN", "HOOFD a.i. L. VANDENBROUCKE",
         ["Woo & klachten – tl. E. Tesfay", "Bezwaar & beroep – tl. Rutger Mol"]),
    ]

    class Org(Flowable):
        def wrap(self, aw, ah):
            self.w, self.h = avail_w, 330
            return self.w, self.h

        def box(self, x, y, w, h, lines, fill=(0.93, 0.95, 0.98)):
            c = self.canv
            c.setFillColorRGB(*fill)
            c.setStrokeColorRGB(0.25, 0.3, 0.4)
            c.setLineWidth(0.8)
            c.rect(x, y, w, h, fill=1, stroke=1)
            c.setFillGray(0)
            ty = y + h - 11
            from reportlab.pdfbase.pdfmetrics import stringWidth
            for text, font, size in lines:
                while stringWidth(text, font, size) > w - 6 and size > 4:
                    size -= 0.2
                c.setFont(font, size)
                c.drawCentredString(x + w / 2, ty, text)
                ty -= size + 3

        def draw(self):
            c = self.canv
            w, h = self.w, self.h
            cx = w / 2
            c.setStrokeColorRGB(0.25, 0.3, 0.4)
            c.setLineWidth(0.8)
            # trunk
            c.line(cx, h - 30, cx, h - 175)
            self.box(cx - 100, h - 32, 200, 28, [("HOOFDDIRECTEUR DJI", "DejaVu-Bold", 8.5)], fill=(0.85, 0.89, 0.95))
            self.box(cx - 125, h - 92, 250, 40, [("DIRECTEUR BEDRIJFSVOERING", "DejaVu-Bold", 8.5),
                                                 ("drs. M.C. VAN DER LINDEN-BOS", "DejaVu", 8)])
            # staff
            c.line(cx - 190, h - 125, cx + 190, h - 125)
            self.box(35, h - 145, 200, 38, [("BESTUURSONDERSTEUNING", "DejaVu-Bold", 7.5),
                                            ("HOOFD Y. EL AMRANI", "DejaVu", 7.5)], fill=(0.97, 0.97, 0.97))
            self.box(w - 235, h - 145, 200, 38, [("CONTROLLER", "DejaVu-Bold", 7.5),
                                                 ("R.K. JAGESSAR", "DejaVu", 7.5)], fill=(0.97, 0.97, 0.97))
            # departments
            n = len(depts)
            gap = 8
            bw = (w - gap * (n - 1)) / n
            top = h - 190
            c.line(bw / 2, h - 175, w - bw / 2, h - 175)
            for i, (name, head, teams) in enumerate(depts):
                x = i * (bw + gap)
                c.line(x + bw / 2, h - 175, x + bw / 2, top)
                self.box(x, top - 36, bw, 36, [(name, "DejaVuCond-Bold", 6.6), (head, "DejaVuCond", 6.6)])
                ty = top - 48
                c.setFont("DejaVuCond", 6.2)
                for t in teams:
                    c.drawString(x + 3, ty, t)
                    ty -= 9

    return Org()


add(Doc(
    id="ak01", name="organogram_dji_bedrijfsvoering", producer="reportlab", landscape=True, size=9,
    margins_mm=(14, 16, 14, 16),
    title="Organogram Directie Bedrijfsvoering DJI", author="Hoekstra-Visser, Nynke (DJI/BV)",
    subject="Organogram stand 1 maart 2025",
    header="Dienst Justitiële Inrichtingen | Directie Bedrijfsvoering", footer="Stand 1 maart 2025 – intern",
    outline=[("Organogram Directie Bedrijfsvoering", 0), ("concept NHV 2025-02-26", 0)],
    blocks=[
        ("h1", "Organogram Directie Bedrijfsvoering"),
        ("p", "Dienst Justitiële Inrichtingen (DJI), hoofdkantoor Turfmarkt 147, Den Haag. Stand per 1 maart 2025."),
        ("custom", {"reportlab": _org_flowable}),
        ("small", "DJI is een agentschap van het Ministerie van Justitie en Veiligheid en valt onder de politieke "
                  "verantwoordelijkheid van staatssecretaris Struycken. tl. = teamleider; a.i. = ad interim. De HOOFD-functies "
                  "zijn schaal 13/14. Vacature hoofd Huisvesting wordt ingevuld via Mobiliteitsbank Rijk. Wijzigingen "
                  "doorgeven aan organogram.bv@dji.minjus.nl; algemeen nummer DJI 088 072 50 00."),
    ],
    redact=[
        R("PERSON", "Nynke Hoekstra-Visser", "Hoekstra-Visser", "Nynke", "NHV"),
        R("PERSON", "M.C. van der Linden-Bos", "VAN DER LINDEN-BOS"),
        R("PERSON", "Y. El Amrani", "EL AMRANI"),
        R("PERSON", "R.K. Jagessar", "JAGESSAR"),
        R("PERSON", "Kowalczyk", "KOWALCZYK"),
        R("PERSON", "J.W. ter Haar", "TER HAAR"),
        R("PERSON", "S. Öztürk", "ÖZTÜRK"),
        R("PERSON", "K. Mensah", "MENSAH"),
        R("PERSON", "Tjong", "TJONG"),
        R("PERSON", "L. Vandenbroucke", "VANDENBROUCKE"),
        R("PERSON", "W. Dijkstra", "DIJKSTRA"),
        R("PERSON", "Hylke Wijnja", "Wijnja", "Hylke"),
        R("PERSON", "B. Ramdin", "Ramdin"),
        R("PERSON", "K. Azzouzi", "Azzouzi"),
        R("PERSON", "Xiao Yan Liu", "Xiao Yan Liu", "Xiao Yan"),
        R("PERSON", "D. Shevchuk", "Shevchuk"),
        R("PERSON", "S. Zijlstra", "Zijlstra"),
        R("PERSON", "Akosua Asante", "Asante", "Akosua"),
        R("PERSON", "G. Doelwijt", "Doelwijt"),
        R("PERSON", "Iryna Kovalenko", "Kovalenko", "Iryna"),
        R("PERSON", "P. Sahetapy", "Sahetapy"),
        R("PERSON", "E. Tesfay", "Tesfay"),
        R("PERSON", "Rutger Mol", "Rutger Mol", "Mol"),
    ],
    keep=[
        K("ORG", "Dienst Justitiële Inrichtingen"), K("ACRONYM", "DJI"),
        K("ORG", "Ministerie van Justitie en Veiligheid"),
        K("OFFICE_HOLDER", "staatssecretaris Struycken", "Struycken"),
        K("TITLE", "HOOFDDIRECTEUR"), K("TITLE", "DIRECTEUR BEDRIJFSVOERING"), K("TITLE", "HOOFD"),
        K("TITLE", "CONTROLLER"), K("ORG", "BESTUURSONDERSTEUNING"),
        K("ORG", "INKOOP & CONTRACTMANAGEMENT"), K("ORG", "FACILITAIR BEDRIJF"), K("ORG", "INFORMATIEVOORZIENING"),
        K("ORG", "HRM-ADVIES"), K("ORG", "FINANCIËN"), K("ORG", "JURIDISCHE ZAKEN"),
        K("ORG", "Servicedesk"), K("ORG", "Applicatiebeheer"), K("ORG", "Mobiliteitsbank Rijk"),
        K("PLACE", "Turfmarkt 147"), K("PLACE", "Den Haag"),
        K("MAILBOX", "organogram.bv@dji.minjus.nl"), K("SWITCHBOARD", "088 072 50 00"),
    ],
))


# ==========================================================================================
# ak02 telephone and function list (Chromium)
# ==========================================================================================
_ak02_rows = [
    ("Bouma, Tjitske", "teamleider VTH", "5412", "06 4138 2290", "t.bouma@haarlem.nl", "ma–do"),
    ("Benali, Hamza", "vergunningverlener bouwen", "5417", "", "h.benali@haarlem.nl", "ma–vr"),
    ("Wongsodikromo, Natasja", "jurist handhaving", "5433", "06 2871 0934", "n.wongsodikromo@haarlem.nl", "di–vr"),
    ("Hof, Annelies van 't", "toezichthouder bouw- en woningtoezicht", "5420", "06 1930 4471", "a.vanthof@haarlem.nl", "ma–vr"),
    ("Zhou, Jia Hui", "medewerker vergunningen APV", "5408", "", "j.zhou@haarlem.nl", "ma, wo, do"),
    ("Karaca, Kübra", "boa openbare ruimte", "5461", "06 5502 8813", "k.karaca@haarlem.nl", "rooster"),
    ("Gebremedhin, Yonas", "boa (in opleiding)", "5462", "06 5502 8820", "y.gebremedhin@haarlem.nl", "rooster"),
    ("Croix, Rianne de la", "senior adviseur omgevingsrecht", "5431", "", "r.delacroix@haarlem.nl", "ma–do"),
    ("Postma, Anke", "administratief medewerker", "5400", "", "a.postma@haarlem.nl", "ma–wo"),
    ("Kamiński, Michał", "toezichthouder milieu", "5444", "06 3317 6602", "m.kaminski@haarlem.nl", "ma–vr"),
    ("Darko, Kwabena", "vergunningverlener evenementen", "5419", "", "k.darko@haarlem.nl", "di–vr"),
    ("Hiemstra, Baukje", "coördinator Omgevingswet", "5435", "06 4121 9087", "b.hiemstra@haarlem.nl", "ma–do"),
    ("Pinas, Marlon", "handhaver parkeren", "5466", "", "m.pinas@haarlem.nl", "rooster"),
    ("Groen, Iris", "adviseur monumenten", "5428", "", "i.groen@haarlem.nl", "wo–vr"),
    ("Bondarenko, Olena", "stagiair (tot 1 juli)", "5401", "", "o.bondarenko@haarlem.nl", "ma–do"),
]

add(Doc(
    id="ak02", name="telefoonlijst_vth_haarlem", producer="chromium", size=8.5,
    title="Telefoon- en functielijst team VTH", author="Team VTH",
    header="Gemeente Haarlem – afdeling Vergunningen, Toezicht en Handhaving", footer="Intern gebruik – versie april 2025",
    blocks=[
        ("h1", "Telefoon- en functielijst team VTH"),
        ("p", "Afdeling Vergunningen, Toezicht en Handhaving (VTH), Stadhuis, Grote Markt 2, Haarlem. "
              "Algemeen nummer gemeente: **14 023**. Vragen over vergunningen: vergunningen@haarlem.nl; "
              "meldingen handhaving: handhaving@haarlem.nl (niet voor spoed)."),
        ("table", [("Naam", "Functie", "Toestel", "Mobiel (dienst)", "E-mail", "Aanwezig")] + _ak02_rows,
         {"widths": [0.18, 0.22, 0.08, 0.13, 0.28, 0.11], "size": 7.8}),
        ("h3", "Afspraken"),
        ("p", "Boa's zijn tijdens dienst bereikbaar via de portofoon en via Teams; buiten rooster niet bellen op het "
              "mobiele dienstnummer. Afwezigheid altijd in Outlook zetten. De portefeuillehouder handhaving is "
              "burgemeester Wienen; vergunningverlening valt onder het college van burgemeester en wethouders."),
        ("small", "Deze lijst is bedoeld voor intern gebruik. Niet doorsturen naar externen; verwijs burgers naar 14 023."),
    ],
    redact=[
        R("PERSON", "Tjitske Bouma", "Bouma", "Tjitske", "t.bouma@haarlem.nl"),
        R("PHONE", "06 4138 2290"),
        R("PERSON", "Hamza Benali", "Benali", "Hamza", "h.benali@haarlem.nl"),
        R("PERSON", "Natasja Wongsodikromo", "Wongsodikromo", "Natasja", "n.wongsodikromo@haarlem.nl"),
        R("PHONE", "06 2871 0934"),
        R("PERSON", "Annelies van 't Hof", "Hof, Annelies van 't", "Annelies", "a.vanthof@haarlem.nl"),
        R("PHONE", "06 1930 4471"),
        R("PERSON", "Jia Hui Zhou", "Zhou", "Jia Hui", "j.zhou@haarlem.nl"),
        R("PERSON", "Kübra Karaca", "Karaca", "Kübra", "k.karaca@haarlem.nl"),
        R("PHONE", "06 5502 8813"),
        R("PERSON", "Yonas Gebremedhin", "Gebremedhin", "Yonas", "y.gebremedhin@haarlem.nl"),
        R("PHONE", "06 5502 8820"),
        R("PERSON", "Rianne de la Croix", "Croix, Rianne de la", "Rianne", "r.delacroix@haarlem.nl"),
        R("PERSON", "Anke Postma", "Postma", "Anke", "a.postma@haarlem.nl"),
        R("PERSON", "Michał Kamiński", "Kamiński", "Michał", "m.kaminski@haarlem.nl"),
        R("PHONE", "06 3317 6602"),
        R("PERSON", "Kwabena Darko", "Darko", "Kwabena", "k.darko@haarlem.nl"),
        R("PERSON", "Baukje Hiemstra", "Hiemstra", "Baukje", "b.hiemstra@haarlem.nl"),
        R("PHONE", "06 4121 9087"),
        R("PERSON", "Marlon Pinas", "Pinas", "Marlon", "m.pinas@haarlem.nl"),
        R("PERSON", "Iris Groen", "Groen", "Iris", "i.groen@haarlem.nl"),
        R("PERSON", "Olena Bondarenko", "Bondarenko", "Olena", "o.bondarenko@haarlem.nl"),
    ],
    keep=[
        K("ORG", "Gemeente Haarlem"), K("PLACE", "Haarlem"), K("ACRONYM", "VTH"),
        K("ORG", "Vergunningen, Toezicht en Handhaving"), K("PLACE", "Grote Markt 2"),
        K("SWITCHBOARD", "14 023"), K("MAILBOX", "vergunningen@haarlem.nl"), K("MAILBOX", "handhaving@haarlem.nl"),
        K("TITLE", "teamleider VTH"), K("TITLE", "jurist handhaving"), K("TITLE", "toezichthouder milieu"),
        K("TITLE", "coördinator Omgevingswet"), K("TITLE", "adviseur monumenten"), K("TITLE", "handhaver parkeren"),
        K("LAW", "Omgevingswet"), K("ACRONYM", "APV"), K("PRODUCT", "Teams"), K("PRODUCT", "Outlook"),
        K("OFFICE_HOLDER", "burgemeester Wienen", "Wienen"),
        K("TITLE", "Boa's"),
    ],
))


# ==========================================================================================
# ak03 project plan with RACI matrix (LibreOffice, Word comments)
# ==========================================================================================
_raci = [
    ("Deliverable / activiteit", "W. van den Broek", "S. El Khatib", "JvdM", "Kofi Boateng", "T.Hrytsenko", "CISO",
     "Leverancier"),
    ("Projectplan en business case", "A/R", "C", "I", "C", "I", "I", "–"),
    ("Programma van eisen zaaksysteem", "A", "R", "R", "C", "I", "C", "I"),
    ("Architectuurplaat en koppelingen (StUF, ZGW-API's)", "A", "C", "C", "R", "C", "C", "C"),
    ("Datamigratie Decos JOIN → Open Zaak", "A", "I", "C", "C", "R", "I", "R"),
    ("Autorisatiematrix en rollen (Entra ID)", "A", "C", "R", "I", "I", "C", "I"),
    ("DPIA en BIO-toets", "A", "R", "I", "C", "I", "R", "C"),
    ("Testplan en acceptatietest (UAT)", "A", "C", "R", "I", "R", "I", "C"),
    ("Training key-users", "A", "I", "R", "–", "I", "–", "R"),
    ("Go-live en nazorg", "A/R", "C", "R", "C", "R", "I", "R"),
    ("Exit-strategie oude leverancier", "A", "C", "I", "C", "C", "C", "–"),
]

add(Doc(
    id="ak03", name="projectplan_zaaksysteem_raci", producer="lo", size=9.5,
    title="Projectplan Vervanging zaaksysteem OD NZKG v0.9", author="Wouter van den Broek",
    subject="Projectplan", keywords="zaaksysteem; Open Zaak; migratie",
    header="Omgevingsdienst Noordzeekanaalgebied – Projectplan Vervanging zaaksysteem – versie 0.9 (concept)",
    footer="Kenmerk OD-2025-00318 | vertrouwelijk tot besluit stuurgroep",
    comments=[
        ("4. RACI-matrix", "Dąbrowska, Joanna",
         "Bilal vroeg of de CISO ook A moet zijn bij de exit-strategie. Graag besluit in de stuurgroep van 12 juni."),
        ("Migratiespecialist", "Hrytsenko, Taras", "40 procent is te krap; ik ben in mei drie weken afwezig."),
    ],
    blocks=[
        ("h1", "Projectplan Vervanging zaaksysteem"),
        ("kv", [("Opdrachtgever", "directeur Omgevingsdienst Noordzeekanaalgebied"),
                ("Projectleider", "Wouter van den Broek"), ("Versie", "0.9 concept, 2 mei 2025"),
                ("Status", "ter bespreking in de stuurgroep")]),
        ("h2", "1. Aanleiding"),
        ("p", "De Omgevingsdienst Noordzeekanaalgebied (OD NZKG) werkt sinds 2014 met Decos JOIN als zaaksysteem. Het "
              "contract loopt op 31 december 2025 af en wordt niet verlengd. Het algemeen bestuur heeft op 20 maart 2025 "
              "ingestemd met de overstap naar een zaaksysteem volgens de ZGW-standaarden van VNG Realisatie, op basis van "
              "Open Zaak en Open Formulieren. Portefeuillehouder in het dagelijks bestuur is wethouder Zita Pels "
              "(gemeente Amsterdam)."),
        ("h2", "2. Scope"),
        ("p", "Binnen scope: migratie van circa 412.000 zaken en documenten, koppelingen met het Omgevingsloket (DSO-LV), "
              "de Landelijke Voorziening Inrichtingen, Microsoft 365 (SharePoint Online en Outlook) en Power BI. Buiten "
              "scope: het archief van vóór 2014, dat bij het Noord-Hollands Archief berust."),
        ("h2", "3. Projectorganisatie"),
        ("table", [("Rol", "Naam", "Organisatie", "Beschikbaarheid"),
                   ("Projectleider", "Wouter van den Broek", "OD NZKG, team Informatievoorziening", "32 uur per week"),
                   ("Informatiemanager", "Samira El Khatib", "OD NZKG", "40 procent"),
                   ("Functioneel beheerder", "Joost van der Meulen (JvdM)", "OD NZKG", "60 procent"),
                   ("Architect", "Kofi Boateng", "gemeente Zaanstad (detachering)", "20 procent"),
                   ("Migratiespecialist", "T. Hrytsenko", "inhuur via Between Talent B.V.", "40 procent"),
                   ("CISO", "functie", "OD NZKG", "op afroep"),
                   ("Leverancier", "accountmanager Open Zaak-hosting", "Dimpact (hosting)", "volgens contract")],
         {"widths": [0.2, 0.28, 0.34, 0.18]}),
        ("p", "De stuurgroep bestaat uit de directeur (voorzitter), Kirsten Blom (manager Vergunningverlening), "
              "Lotte ten Cate (manager Bedrijfsvoering) en de informatiemanager. Het secretariaat ligt bij "
              "projectbureau@odnzkg.nl."),
        ("pagebreak",),
        ("h2", "4. RACI-matrix"),
        ("p", "R = Responsible (uitvoerend), A = Accountable (eindverantwoordelijk), C = Consulted, I = Informed."),
        ("table", _raci, {"widths": [0.26, 0.11, 0.1, 0.07, 0.1, 0.14, 0.07, 0.15], "size": 8}),
        ("h2", "5. Planning"),
        ("table", [("Fase", "Periode", "Mijlpaal"),
                   ("Voorbereiding", "mei – juni 2025", "PvE vastgesteld door stuurgroep (12 juni)"),
                   ("Inrichting", "juli – september 2025", "testomgeving op Open Zaak, koppeling DSO-LV werkend"),
                   ("Migratie", "oktober – november 2025", "proefmigratie 10 procent, daarna volledige migratie"),
                   ("Go-live", "1 december 2025", "Decos JOIN alleen-lezen; nazorg tot 31 januari 2026")],
         {"widths": [0.2, 0.3, 0.5]}),
        ("h2", "6. Belangrijkste risico's"),
        ("p", "Onvoldoende capaciteit bij functioneel beheer (JvdM is ook key-user voor het Omgevingsloket); "
              "vendor lock-in bij de hostingpartij; kwaliteit van de metadata in Decos JOIN (ca. 8 procent zonder "
              "zaaktype). Beheersmaatregelen staan in het risicoregister (bijlage 2)."),
        ("p", "Akkoord projectleider: W. van den Broek, 2 mei 2025."),
    ],
    redact=[
        R("PERSON", "Joanna Dąbrowska", "Dąbrowska", "Joanna"),
        R("PERSON", "Bilal", "Bilal"),
        R("PERSON", "Taras Hrytsenko", "Hrytsenko", "Taras"),
        R("PERSON", "Wouter van den Broek", "van den Broek", "Wouter"),
        R("PERSON", "Samira El Khatib", "El Khatib", "Samira"),
        R("PERSON", "Joost van der Meulen", "van der Meulen", "Joost", "JvdM"),
        R("PERSON", "Kofi Boateng", "Boateng", "Kofi"),
        R("PERSON", "Kirsten Blom", "Kirsten Blom", "Kirsten"),
        R("PERSON", "Lotte ten Cate", "ten Cate", "Lotte"),
    ],
    keep=[
        K("ORG", "Omgevingsdienst Noordzeekanaalgebied"), K("ACRONYM", "OD NZKG"),
        K("OFFICE_HOLDER", "wethouder Zita Pels", "Zita Pels"), K("ORG", "gemeente Amsterdam"),
        K("PRODUCT", "Decos JOIN"), K("PRODUCT", "Open Zaak"), K("PRODUCT", "Open Formulieren"),
        K("PRODUCT", "Microsoft 365"), K("PRODUCT", "SharePoint Online"), K("PRODUCT", "Power BI"),
        K("PRODUCT", "Entra ID"), K("ACRONYM", "DSO-LV"), K("ORG", "VNG Realisatie"), K("ACRONYM", "ZGW-API's"),
        K("ORG", "Noord-Hollands Archief"), K("ORG", "gemeente Zaanstad"), K("ORG", "Between Talent B.V."),
        K("ORG", "Dimpact"), K("TITLE", "CISO"), K("TITLE", "Informatiemanager"), K("TITLE", "Functioneel beheerder"),
        K("TITLE", "Migratiespecialist"), K("TERM", "Responsible"), K("TERM", "Accountable"),
        K("TERM", "vendor lock-in"), K("ACRONYM", "DPIA"), K("ACRONYM", "UAT"),
        K("MAILBOX", "projectbureau@odnzkg.nl"), K("DATE", "12 juni"),
    ],
))


# ==========================================================================================
# ak04 risk register (Chromium, landscape)
# ==========================================================================================
_ak04 = [
    ("R01", "Ransomware-aanval via phishing op medewerkers; uitval zaaksysteem > 48 uur", "3", "5", "15",
     "MFA voor alle accounts; offline backup (3-2-1); jaarlijkse phishing-simulatie", "CISO", "open", "lewandowska.m"),
    ("R02", "Vendor lock-in bij Centric: exitkosten niet begroot", "4", "3", "12",
     "Exit-clausule in verlenging; data-export in open formaat (CSV/XML) testen", "M. Lewandowska", "open",
     "lewandowska.m"),
    ("R03", "Key-person risk: één Oracle-DBA kent de oude omgeving", "4", "4", "16",
     "Kennisoverdracht vastleggen; tweede beheerder inwerken (Sahetapy, R.)", "R. Sahetapy", "in behandeling",
     "rsahetapy"),
    ("R04", "Koppeling met DigiD en eHerkenning niet tijdig gecertificeerd", "2", "4", "8",
     "Pentest eind Q2; aansluiting via Logius-testomgeving", "kaya, e.", "open", "ekaya"),
    ("R05", "DPIA nog niet afgerond; verwerking start zonder advies FG", "3", "4", "12",
     "DPIA-sessie plannen met FG; besluit GS pas na advies", "Functionaris Gegevensbescherming", "open",
     "bpvanrijn"),
    ("R06", "Archivering: bewaartermijnen niet ingericht (Archiefwet 1995)", "3", "3", "9",
     "Selectielijst provincies toepassen; afstemming met Gelders Archief", "hoofd DIV (vacature)", "open",
     "lewandowska.m"),
    ("R07", "Single sign-on faalt voor externe inhuur zonder provincie-account", "2", "2", "4",
     "Gastaccounts via Entra ID B2B; procedure door Servicedesk", "Doelwijt, J.", "gesloten", "jdoelwijt"),
    ("R08", "Budgetoverschrijding door meerwerk leverancier", "3", "3", "9",
     "Wekelijks meerwerkoverleg; mandaat programmamanager tot € 25.000", "PvdW", "open", "pvanderwal"),
    ("R09", "Weerstand bij teams door nieuwe werkwijze", "4", "2", "8",
     "Key-users per team; ambassadeurs (o.a. Yeboah, Ama)", "Ama Yeboah", "in behandeling", "ayeboah"),
    ("R10", "Bestuurlijke druk op opleverdatum 1 januari", "3", "3", "9",
     "Go/no-go-moment in GS; gedeputeerde Witjes wordt maandelijks geïnformeerd", "programmamanager",
     "open", "pvanderwal"),
]

add(Doc(
    id="ak04", name="risicoregister_tbi_gelderland", producer="chromium", landscape=True, size=8,
    margins_mm=(14, 12, 14, 12),
    title="Risicoregister programma TBI", author="Programmabureau TBI",
    header="Provincie Gelderland – programma Toekomstbestendige Informatievoorziening (TBI)",
    footer="Risicoregister, peildatum 14 april 2025 – vertrouwelijk",
    blocks=[
        ("h1", "Risicoregister programma TBI"),
        ("p", "Peildatum 14 april 2025. Score = kans × impact (schaal 1–5). Risico's met score ≥ 12 worden gemeld aan "
              "de stuurgroep en aan gedeputeerde Helga Witjes (portefeuille Bedrijfsvoering). Normenkader: BIO 2.0 en AVG."),
        ("table", [("Nr", "Risico", "K", "I", "Score", "Beheersmaatregel", "Eigenaar", "Status",
                    "Laatst gewijzigd door")] + _ak04,
         {"widths": [0.04, 0.25, 0.03, 0.03, 0.05, 0.28, 0.12, 0.08, 0.12], "size": 7.2}),
        ("p", "Toelichting: eigenaar is de persoon of functie die de beheersmaatregel trekt. PvdW = programmamanager "
              "P. van der Wal. Een risico wordt pas gesloten na akkoord van de stuurgroep. Vragen: "
              "programmabureau.tbi@gelderland.nl of via het algemene nummer (026) 359 91 11."),
    ],
    redact=[
        R("PERSON", "M. Lewandowska", "Lewandowska", "lewandowska.m"),
        R("PERSON", "R. Sahetapy", "Sahetapy", "rsahetapy"),
        R("PERSON", "E. Kaya", "kaya, e.", "ekaya"),
        R("PERSON", "B.P. van Rijn", "bpvanrijn"),
        R("PERSON", "J. Doelwijt", "Doelwijt", "jdoelwijt"),
        R("PERSON", "P. van der Wal", "PvdW", "van der Wal", "pvanderwal"),
        R("PERSON", "Ama Yeboah", "Yeboah", "Ama", "ayeboah"),
    ],
    keep=[
        K("ORG", "Provincie Gelderland"), K("PROGRAMME", "Toekomstbestendige Informatievoorziening"),
        K("ACRONYM", "TBI"), K("OFFICE_HOLDER", "gedeputeerde Helga Witjes", "Helga Witjes"),
        K("OFFICE_HOLDER", "gedeputeerde Witjes", "gedeputeerde Witjes"),
        K("ACRONYM", "BIO 2.0"), K("ACRONYM", "AVG"), K("TERM", "Ransomware"), K("TERM", "phishing"),
        K("ACRONYM", "MFA"), K("TERM", "backup"), K("TERM", "Vendor lock-in"), K("ORG", "Centric"),
        K("TERM", "Key-person risk"), K("PRODUCT", "Oracle-DBA"), K("PRODUCT", "DigiD"), K("PRODUCT", "eHerkenning"),
        K("ORG", "Logius"), K("TITLE", "Functionaris Gegevensbescherming"), K("ACRONYM", "FG"),
        K("LAW", "Archiefwet 1995"), K("ORG", "Gelders Archief"), K("TERM", "Single sign-on"),
        K("PRODUCT", "Entra ID B2B"), K("ORG", "Servicedesk"), K("TITLE", "programmamanager"), K("TITLE", "CISO"),
        K("MAILBOX", "programmabureau.tbi@gelderland.nl"), K("SWITCHBOARD", "(026) 359 91 11"), K("ACRONYM", "GS"),
    ],
))


# ==========================================================================================
# ak05 inventory list of a Woo decision (reportlab, landscape, two pages)
# ==========================================================================================
_ak05 = [
    ("0001", "12-01-2023", "E-mail", "M. Ouaali (RWS)", "Gemeente Houten", "deels openbaar", "5.1.2e", "naam en nummer medewerker"),
    ("0002", "12-01-2023", "Bijlage bij 0001", "Rijkswaterstaat", "Gemeente Houten", "openbaar", "", ""),
    ("0003", "19-01-2023", "Brief", "K.J. Smit (bewoner Houten)", "minister van IenW", "deels openbaar", "5.1.2e", "persoonsgegevens bewoner"),
    ("0004", "02-02-2023", "Nota", "DG Mobiliteit", "minister Harbers", "deels openbaar", "5.1.2e, 5.2.1", "paraaf en namen ambtenaren"),
    ("0005", "02-02-2023", "E-mail", "Helen Habte (DGMo)", "Sjoerd ter Haar (RWS)", "deels openbaar", "5.1.2e", ""),
    ("0006", "14-02-2023", "Verslag", "Provincie Utrecht", "Rijkswaterstaat", "openbaar", "", "reeds openbaar: zie 0031"),
    ("0007", "01-03-2023", "E-mail", "fam. Doğan, Houten", "info@rws.nl", "deels openbaar", "5.1.2e", "adres en telefoon"),
    ("0008", "01-03-2023", "E-mail", "RWS Klantcontact", "fam. Doğan, Houten", "deels openbaar", "5.1.2e", ""),
    ("0009", "16-03-2023", "Memo", "Ashwin Ramdin (RWS-MN)", "projectteam A27", "deels openbaar", "5.1.2e", ""),
    ("0010", "30-03-2023", "Presentatie", "Rijkswaterstaat", "Stuurgroep A27", "openbaar", "", ""),
    ("0011", "04-04-2023", "E-mail", "Natuurmonumenten", "Sjoerd ter Haar (RWS)", "deels openbaar", "5.1.2e", "naam medewerker NM"),
    ("0012", "04-04-2023", "E-mail", "Sjoerd ter Haar (RWS)", "Natuurmonumenten", "deels openbaar", "5.1.2e", ""),
    ("0013", "20-04-2023", "Brief", "Kamerlid De Hoop", "minister van IenW", "openbaar", "", "Kamerlid in functie"),
    ("0014", "11-05-2023", "Nota", "DG Mobiliteit", "minister Harbers", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("0015", "25-05-2023", "Verslag", "Bestuurlijk overleg MIRT", "gedeputeerde Van Essen", "deels openbaar", "5.2.1", ""),
    ("0016", "07-06-2023", "E-mail", "Y. Owusu-Ansah (Heijmans)", "RWS contractmanagement", "deels openbaar", "5.1.2e, 5.1.1c", "bedrijfsgegevens"),
    ("0017", "07-06-2023", "Planning", "Heijmans Infra B.V.", "Rijkswaterstaat", "niet openbaar", "5.1.1c", "bedrijfsvertrouwelijk"),
    ("0018", "22-06-2023", "E-mail", "Helen Habte (DGMo)", "Ashwin Ramdin (RWS-MN)", "deels openbaar", "5.1.2e", ""),
    ("0019", "03-07-2023", "Brief", "Gemeente Houten", "Rijkswaterstaat", "openbaar", "", ""),
    ("0020", "03-07-2023", "Brief", "Vereniging Bewoners Hooipolder", "minister van IenW", "deels openbaar", "5.1.2e", "naam secretaris: M. Verbeek-Aydın"),
]
_ak05b = [
    ("0021", "18-09-2023", "E-mail", "M. Verbeek-Aydın", "Sjoerd ter Haar (RWS)", "deels openbaar", "5.1.2e", ""),
    ("0022", "18-09-2023", "E-mail", "Sjoerd ter Haar (RWS)", "M. Verbeek-Aydın", "deels openbaar", "5.1.2e", ""),
    ("0023", "02-10-2023", "Nota", "DG Mobiliteit", "minister Harbers", "deels openbaar", "5.1.2e", ""),
    ("0024", "13-11-2023", "Verslag", "Omgevingsoverleg A27", "bewoners en bedrijven", "deels openbaar", "5.1.2e", "deelnemerslijst gelakt"),
    ("0025", "08-01-2024", "E-mail", "K.J. Smit", "RWS Klantcontact", "deels openbaar", "5.1.2e", ""),
    ("0026", "15-02-2024", "Nota", "DG Mobiliteit", "minister Harbers", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("0027", "02-08-2024", "Nota", "DG Mobiliteit", "minister Madlener", "deels openbaar", "5.1.2e", "nieuwe bewindspersoon"),
    ("0028", "19-09-2024", "Brief", "minister Madlener", "Tweede Kamer", "openbaar", "", "Kamerstuk 36 600 A"),
    ("0029", "04-11-2024", "E-mail", "Ashwin Ramdin (RWS-MN)", "Kofi Mensah-Bonsu (Prorail)", "deels openbaar", "5.1.2e", ""),
    ("0030", "04-11-2024", "E-mail", "Kofi Mensah-Bonsu (Prorail)", "Ashwin Ramdin (RWS-MN)", "deels openbaar", "5.1.2e", ""),
    ("0031", "14-02-2023", "Verslag", "Provincie Utrecht", "Rijkswaterstaat", "reeds openbaar", "", "dubbel van 0006"),
]
_ak05_head = ("Nr", "Datum", "Document", "Afzender", "Ontvanger", "Beoordeling", "Grond", "Opmerking")
_ak05_opts = {"widths": [0.045, 0.08, 0.1, 0.19, 0.19, 0.1, 0.09, 0.2], "size": 7.6}

add(Doc(
    id="ak05", name="inventarislijst_woo_a27", producer="reportlab", landscape=True, size=8.5,
    margins_mm=(16, 14, 14, 14),
    title="Inventarislijst Woo-besluit A27 Houten-Hooipolder", author="Ministerie van IenW",
    header="Ministerie van Infrastructuur en Waterstaat – Bijlage 1 bij Woo-besluit kenmerk IENW/BSK-2025/41877",
    footer="Inventarislijst – verbreding A27 Houten–Hooipolder",
    outline=[("Inventarislijst", 0), ("Deel 2 – aangevuld door Filmon Tekle", 1)],
    blocks=[
        ("h1", "Inventarislijst"),
        ("p", "Woo-verzoek van 6 januari 2025 over de verbreding van de A27 tussen Houten en knooppunt Hooipolder. "
              "Gronden: 5.1.2e Woo (persoonlijke levenssfeer), 5.1.1c Woo (bedrijfsgegevens), 5.2.1 Woo (persoonlijke "
              "beleidsopvattingen). Namen van bewindspersonen, Kamerleden en gedeputeerden zijn niet gelakt."),
        ("table", [_ak05_head] + _ak05, _ak05_opts),
        ("pagebreak",),
        ("h2", "Deel 2 – nagekomen stukken"),
        ("table", [_ak05_head] + _ak05b, _ak05_opts),
        ("p", "Totaal 31 documenten: 7 openbaar, 21 deels openbaar, 1 niet openbaar, 1 reeds openbaar en 1 dubbel. "
              "Afkortingen: RWS = Rijkswaterstaat; RWS-MN = regio Midden-Nederland; DGMo = Directoraat-Generaal "
              "Mobiliteit; NM = Natuurmonumenten; MIRT = Meerjarenprogramma Infrastructuur, Ruimte en Transport."),
        ("small", "Vragen over dit besluit: woo@minienw.nl, onder vermelding van het kenmerk."),
    ],
    redact=[
        R("PERSON", "Filmon Tekle", "Tekle"),
        R("PERSON", "M. Ouaali", "Ouaali"),
        R("PERSON", "K.J. Smit", "K.J. Smit", "Smit"),
        R("PERSON", "Helen Habte", "Habte", "Helen"),
        R("PERSON", "Sjoerd ter Haar", "ter Haar", "Sjoerd"),
        R("PERSON", "familie Doğan", "Doğan"),
        R("PERSON", "Ashwin Ramdin", "Ramdin", "Ashwin"),
        R("PERSON", "Y. Owusu-Ansah", "Owusu-Ansah"),
        R("PERSON", "M. Verbeek-Aydın", "Verbeek-Aydın"),
        R("PERSON", "Kofi Mensah-Bonsu", "Mensah-Bonsu", "Kofi"),
    ],
    keep=[
        K("ORG", "Ministerie van Infrastructuur en Waterstaat"), K("ORG", "Rijkswaterstaat"), K("ACRONYM", "RWS"),
        K("ACRONYM", "RWS-MN"), K("ORG", "DG Mobiliteit"), K("ACRONYM", "DGMo"), K("ORG", "Gemeente Houten"),
        K("PLACE", "Houten"), K("PLACE", "Hooipolder"), K("ORG", "Natuurmonumenten"), K("ORG", "Provincie Utrecht"),
        K("ORG", "Heijmans Infra B.V."), K("ORG", "Prorail"), K("ORG", "Tweede Kamer"),
        K("OFFICE_HOLDER", "minister Harbers", "Harbers"), K("OFFICE_HOLDER", "minister Madlener", "Madlener"),
        K("OFFICE_HOLDER", "Kamerlid De Hoop", "De Hoop"), K("OFFICE_HOLDER", "gedeputeerde Van Essen", "Van Essen"),
        K("ORG", "Vereniging Bewoners Hooipolder"), K("ORG", "RWS Klantcontact"), K("MAILBOX", "info@rws.nl"),
        K("MAILBOX", "woo@minienw.nl"), K("TERM", "deels openbaar"), K("CODE", "5.1.2e"), K("CODE", "5.1.1c"),
        K("CODE", "5.2.1"), K("ACRONYM", "MIRT"), K("DOC", "Kamerstuk 36 600 A"), K("DATE", "12-01-2023"),
        K("TITLE", "minister van IenW"),
    ],
))


# ==========================================================================================
# ak06 annual report of a regional archive: staff, volunteers, colophon (LibreOffice, two pages)
# ==========================================================================================
add(Doc(
    id="ak06", name="jaarverslag_rhce_colofon", producer="lo", size=9.5,
    title="Jaarverslag 2024 RHCe", author="RHCe communicatie",
    header="Regionaal Historisch Centrum Eindhoven – Jaarverslag 2024", footer="RHCe | Jaarverslag 2024",
    blocks=[
        ("h1", "Jaarverslag 2024"),
        ("p", "Het Regionaal Historisch Centrum Eindhoven (RHCe) beheert de archieven van 21 gemeenten in Zuidoost-Brabant "
              "en van het Waterschap De Dommel. In 2024 trok de studiezaal aan de Zwaanstraat 1 ruim 6.200 bezoekers; de "
              "website en de beeldbank samen 1,4 miljoen. Het algemeen bestuur vergaderde vier keer onder voorzitterschap "
              "van burgemeester Jeroen Dijsselbloem van Eindhoven."),
        ("h2", "Kerncijfers"),
        ("table", [("", "2023", "2024"), ("Bezoekers studiezaal", "5.870", "6.214"),
                   ("Inventarisnummers aangevraagd", "14.902", "15.377"), ("Gedigitaliseerde scans", "1,1 mln", "1,6 mln"),
                   ("Strekkende meters archief", "23.410", "23.980"), ("Vrijwilligers", "118", "126"),
                   ("Fte personeel", "48,6", "49,2")], {"widths": [0.5, 0.25, 0.25]}),
        ("h2", "Personeel"),
        ("p", "In 2024 traden in dienst: Wing Sze Cheung (digitaal archivaris), Daan in 't Veld (medewerker "
              "studiezaal) en Merve Arslan (informatiebeheerder e-depot). Met pensioen gingen Henk Post, na 38 jaar "
              "studiezaalmedewerker, en Truus Verhagen-Smulders (restauratie). Wij danken hen hartelijk."),
        ("p", "Het 25-jarig jubileum vierden Ad van Kemenade (depotbeheer) en Ilse Roosendaal-de Bie (educatie). "
              "Stagiair Oleksandr Melnyk (Fontys Hogeschool ICT) bouwde de nieuwe zoekmodule voor de bevolkingsregisters."),
        ("h2", "Vrijwilligers"),
        ("p", "Zonder vrijwilligers geen transcripties. Ruim 18.000 akten werden dit jaar ingevoerd. Een bijzonder woord van "
              "dank aan de 'Dinsdaggroep' van Ria Sahetapy-Latuperisa, Jan-Willem Kuijpers, Noor Ait Hammou en "
              "Piet Brabander, die samen 4.100 notariële akten uit Oirschot indexeerden."),
        ("pagebreak",),
        ("h2", "Projecten"),
        ("p", "Het project 'Open Archieven Brabant' ging in 2024 live: de gemeenteraadsnotulen van Eindhoven 1920–1990 zijn "
              "nu doorzoekbaar. Voor de e-depotvoorziening werkt het RHCe samen met het Nationaal Archief en het "
              "Brabants Historisch Informatie Centrum (BHIC). De provincie Noord-Brabant droeg € 180.000 bij; commissaris "
              "van de Koning Ina Adema opende de tentoonstelling 'Philips en de stad' op 12 oktober."),
        ("h2", "Financiën"),
        ("p", "De exploitatie sloot met een positief resultaat van € 61.400. De accountant, Baker Tilly, gaf een "
              "goedkeurende verklaring."),
        ("h2", "Colofon"),
        ("kv", [("Uitgave", "Regionaal Historisch Centrum Eindhoven, Zwaanstraat 1, 5651 CA Eindhoven"),
                ("Tekst en eindredactie", "Kees van der Heijden-Tromp, Sanne Wolters"),
                ("Fotografie", "Wing Sze Cheung; archief RHCe; Bart Meulendijks (p. 3)"),
                ("Vormgeving", "Studio Kade, Eindhoven (Lieke Sprangers)"),
                ("Druk", "Drukkerij Lecturis"),
                ("Contact", "info@rhc-eindhoven.nl | 040 264 66 00"),
                ("ISBN", "978-90-826214-3-9")], {"widths": [0.26, 0.74]}),
        ("small", "Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming van het RHCe. Foto's van "
                  "vrijwilligers zijn geplaatst met hun toestemming."),
    ],
    redact=[
        R("PERSON", "Wing Sze Cheung", "Wing Sze Cheung", "Cheung"),
        R("PERSON", "Daan in 't Veld", "in 't Veld", "Daan"),
        R("PERSON", "Merve Arslan", "Arslan", "Merve"),
        R("PERSON", "Henk Post", "Henk Post"),
        R("PERSON", "Truus Verhagen-Smulders", "Verhagen-Smulders", "Truus"),
        R("PERSON", "Ad van Kemenade", "van Kemenade"),
        R("PERSON", "Ilse Roosendaal-de Bie", "Roosendaal-de Bie", "Ilse"),
        R("PERSON", "Oleksandr Melnyk", "Melnyk", "Oleksandr"),
        R("PERSON", "Ria Sahetapy-Latuperisa", "Sahetapy-Latuperisa", "Ria"),
        R("PERSON", "Jan-Willem Kuijpers", "Kuijpers", "Jan-Willem"),
        R("PERSON", "Noor Ait Hammou", "Ait Hammou", "Noor"),
        R("PERSON", "Piet Brabander", "Piet Brabander"),
        R("PERSON", "Kees van der Heijden-Tromp", "van der Heijden-Tromp", "Kees"),
        R("PERSON", "Sanne Wolters", "Wolters", "Sanne"),
        R("PERSON", "Bart Meulendijks", "Meulendijks", "Bart"),
        R("PERSON", "Lieke Sprangers", "Sprangers", "Lieke"),
    ],
    keep=[
        K("ORG", "Regionaal Historisch Centrum Eindhoven"), K("ACRONYM", "RHCe"), K("ORG", "Waterschap De Dommel"),
        K("PLACE", "Zwaanstraat 1"), K("PLACE", "5651 CA Eindhoven"), K("PLACE", "Zuidoost-Brabant"),
        K("OFFICE_HOLDER", "burgemeester Jeroen Dijsselbloem", "Jeroen Dijsselbloem"),
        K("OFFICE_HOLDER", "commissaris van de Koning Ina Adema", "Ina Adema"),
        K("ORG", "Fontys Hogeschool ICT"), K("PLACE", "Oirschot"), K("ORG", "Nationaal Archief"),
        K("ORG", "Brabants Historisch Informatie Centrum"), K("ACRONYM", "BHIC"), K("ORG", "provincie Noord-Brabant"),
        K("ORG", "Baker Tilly"), K("ORG", "Studio Kade"), K("ORG", "Drukkerij Lecturis"),
        K("MAILBOX", "info@rhc-eindhoven.nl"), K("SWITCHBOARD", "040 264 66 00"), K("CODE", "978-90-826214-3-9"),
        K("TITLE", "digitaal archivaris"), K("TITLE", "informatiebeheerder e-depot"), K("PROGRAMME", "Open Archieven Brabant"),
        K("TERM", "Dinsdaggroep"), K("ORG", "Philips"),
    ],
))


# ==========================================================================================
# ak07 record of the central polling committee with candidate lists (reportlab, two pages)
# ==========================================================================================
def _cands(rows):
    return [("Nr", "Naam kandidaat", "Woonplaats")] + rows


_mf = [
    ("1", "Hiemstra, B. (Baukje) (v)", "Sneek"), ("2", "Wijnja, H.J. (Hendrik) (m)", "Bolsward"),
    ("3", "Tekle, F. (Filmon) (m)", "Sneek"), ("4", "Haar, S. ter (Sjoerd) (m)", "Workum"),
    ("5", "Sikkema, G. (Gerben) (m)", "IJlst"), ("6", "Boersma-Yıldız, E. (Esra) (v)", "Sneek"),
    ("7", "Terpstra, J. (Jildou) (v)", "Makkum"), ("8", "Vries, O. de (Oebele) (m)", "Koudum"),
    ("9", "Kuipers, A.M. (Anna) (v)", "Hindeloopen"), ("10", "Bakker, T. (Tsjerk) (m)", "Leeuwarden"),
]
_sp = [
    ("1", "Jong, F. de (Froukje) (v)", "Sneek"), ("2", "Pattipeilohy, W.J. (Wim) (m)", "Sneek"),
    ("3", "Nowak, A. (Agnieszka) (v)", "Bolsward"), ("4", "Dijkstra-Bouma, M. (Marijke) (v)", "Sneek"),
    ("5", "Kaptein, R. (Rients) (m)", "Heeg"), ("6", "Yılmaz, A. (Ayşe) (v)", "Sneek"),
]

add(Doc(
    id="ak07", name="pv_centraal_stembureau_sudwest", producer="reportlab", size=9,
    title="Proces-verbaal centraal stembureau Súdwest-Fryslân", author="Gemeente Súdwest-Fryslân",
    header="Gemeente Súdwest-Fryslân – centraal stembureau", footer="Gemeenteraadsverkiezing 16 maart 2022 – model I 17",
    blocks=[
        ("h1", "Proces-verbaal van de zitting van het centraal stembureau"),
        ("p", "voor het onderzoek en de nummering van de kandidatenlijsten voor de verkiezing van de leden van de "
              "gemeenteraad van Súdwest-Fryslân op 16 maart 2022 (artikel I 17 Kieswet)."),
        ("kv", [("Datum en tijd", "dinsdag 1 februari 2022, 16.00 uur"),
                ("Plaats", "gemeentehuis, Marktstraat 15, Sneek (openbare zitting)"),
                ("Aanwezig", "burgemeester Jannewietske de Vries (voorzitter); leden mr. Oksana Tkachenko en "
                             "Geert Feenstra; plaatsvervangend lid Pieter-Jan Wiersma-Koopmans; secretaris Hatice "
                             "Çelik (gemeentelijk stembureau)")]),
        ("h2", "1. Ingeleverde lijsten"),
        ("p", "Op de dag van de kandidaatstelling zijn elf kandidatenlijsten ingeleverd. Tien lijsten voldoen aan de "
              "eisen. Hieronder de lijsten die een nieuwe naam voeren (andere lijsten zijn ongewijzigd gepubliceerd)."),
        ("h3", "Lijst 6 – Mienskip Foarút"),
        ("table", _cands(_mf), {"widths": [0.08, 0.6, 0.32], "size": 8.3}),
        ("p", "Gemachtigde: dhr. R.S. Wiersma, Sneek; plaatsvervangend gemachtigde: mw. Jildou Terpstra."),
        ("pagebreak",),
        ("h3", "Lijst 11 – Sneek Plus"),
        ("table", _cands(_sp), {"widths": [0.08, 0.6, 0.32], "size": 8.3}),
        ("h2", "2. Verzuimen en beslissingen"),
        ("p", "Bij lijst 11 (Sneek Plus) ontbraken 2 van de 30 vereiste ondersteuningsverklaringen: de verklaring van "
              "H. Çelik-Demir (Bolsward) is afgelegd ten overstaan van een niet-bevoegde ambtenaar, en die van "
              "Ruud Sjoerdsma (Leeuwarden) is ongeldig omdat hij niet in de gemeente als kiezer staat geregistreerd. "
              "Het verzuim is binnen de hersteltermijn hersteld door twee nieuwe verklaringen (van mw. Bakker-Nijholt "
              "en dhr. Tiemersma)."),
        ("p", "Bij lijst 6 is kandidaat nr. 3, F. Tekle, aanvankelijk niet geschrapt: de instemmingsverklaring werd op "
              "31 januari om 16.48 uur nagezonden per e-mail (filmon.tekle@fryslan.nl, eigen werkadres). Het centraal "
              "stembureau aanvaardt de verklaring, omdat het origineel vóór 17.00 uur fysiek is ingeleverd."),
        ("h2", "3. Nummering"),
        ("p", "Het centraal stembureau nummert de lijsten volgens artikel I 16 Kieswet. Lijst 6 Mienskip Foarút en lijst "
              "11 Sneek Plus worden met de overige lijsten gepubliceerd op www.sudwestfryslan.nl en in het Gemeenteblad."),
        ("p", "Tegen deze beslissing kan binnen vier dagen beroep worden ingesteld bij de Afdeling bestuursrechtspraak "
              "van de Raad van State."),
        ("p", "Aldus vastgesteld te Sneek, 1 februari 2022."),
        ("table", [("De voorzitter", "De secretaris"),
                   ("burgemeester Jannewietske de Vries", "H. Çelik")], {"header": True, "grid": False,
                                                                       "widths": [0.5, 0.5]}),
    ],
    redact=[
        R("PERSON", "Oksana Tkachenko", "Tkachenko", "Oksana"),
        R("PERSON", "Geert Feenstra", "Feenstra", "Geert"),
        R("PERSON", "Pieter-Jan Wiersma-Koopmans", "Wiersma-Koopmans", "Pieter-Jan"),
        R("PERSON", "Hatice Çelik", "Hatice", "H. Çelik", "Çelik"),
        R("PERSON", "Baukje Hiemstra", "Hiemstra", "Baukje"),
        R("PERSON", "Hendrik Wijnja", "Wijnja", "Hendrik"),
        R("PERSON", "Filmon Tekle", "Tekle", "Filmon", "filmon.tekle@fryslan.nl"),
        R("PERSON", "Sjoerd ter Haar", "Haar, S. ter", "Sjoerd"),
        R("PERSON", "Gerben Sikkema", "Sikkema", "Gerben"),
        R("PERSON", "Esra Boersma-Yıldız", "Boersma-Yıldız", "Esra"),
        R("PERSON", "Jildou Terpstra", "Terpstra", "Jildou"),
        R("PERSON", "Oebele de Vries", "Vries, O. de", "Oebele"),
        R("PERSON", "Anna Kuipers", "Kuipers", "Anna"),
        R("PERSON", "Tsjerk Bakker", "Bakker, T.", "Tsjerk"),
        R("PERSON", "Froukje de Jong", "Jong, F. de", "Froukje"),
        R("PERSON", "Wim Pattipeilohy", "Pattipeilohy", "Wim"),
        R("PERSON", "Agnieszka Nowak", "Nowak", "Agnieszka"),
        R("PERSON", "Marijke Dijkstra-Bouma", "Dijkstra-Bouma", "Marijke"),
        R("PERSON", "Rients Kaptein", "Kaptein", "Rients"),
        R("PERSON", "Ayşe Yılmaz", "Yılmaz", "Ayşe"),
        R("PERSON", "R.S. Wiersma", "R.S. Wiersma"),
        R("PERSON", "H. Çelik-Demir", "Çelik-Demir"),
        R("PERSON", "Ruud Sjoerdsma", "Sjoerdsma", "Ruud"),
        R("PERSON", "mw. Bakker-Nijholt", "Bakker-Nijholt"),
        R("PERSON", "dhr. Tiemersma", "Tiemersma"),
    ],
    keep=[
        K("ORG", "Gemeente Súdwest-Fryslân"), K("PLACE", "Súdwest-Fryslân"),
        K("OFFICE_HOLDER", "burgemeester Jannewietske de Vries", "Jannewietske de Vries"),
        K("PLACE", "Marktstraat 15"), K("PLACE", "Sneek"), K("PLACE", "Bolsward"), K("PLACE", "Workum"),
        K("PLACE", "Leeuwarden"), K("PLACE", "Hindeloopen"), K("ORG", "Mienskip Foarút"), K("ORG", "Sneek Plus"),
        K("LAW", "Kieswet"), K("CODE", "artikel I 17 Kieswet"), K("TERM", "ondersteuningsverklaringen"),
        K("TERM", "instemmingsverklaring"), K("TITLE", "centraal stembureau"), K("TITLE", "Gemachtigde"),
        K("ORG", "Raad van State"), K("ORG", "Afdeling bestuursrechtspraak"), K("ORG", "Gemeenteblad"),
        K("URL", "www.sudwestfryslan.nl"), K("DATE", "16 maart 2022"),
    ],
))


# ==========================================================================================
# ak08 intake table debt counselling (Chromium, landscape): DOB, BSN, addresses
# ==========================================================================================
_ak08 = [
    ("ma 17-03 09:00", "El Idrissi, Rachid", "04-11-1979", bsn("30219876"), "Peperstraat 41, 1502 AH Zaandam",
     "06 4871 2209", "Wijkteam Poelenburg", "amatsaleh", "tolk Arabisch niet nodig"),
    ("ma 17-03 11:00", "Vermeulen, Sandra", "23-06-1988", bsn("41827365"), "Rosmolenstraat 7-II, 1502 CP Zaandam",
     "06 1162 4455", "huisarts", "kovalenko", "beslag UWV"),
    ("ma 17-03 14:00", "Habtemariam, Senait", "12-02-1995", bsn("52904381"), "Pelikaanweg 112, 1503 PX Zaandam",
     "06 3925 0071", "Vluchtelingenwerk", "amatsaleh", "tolk Tigrinya"),
    ("di 18-03 09:30", "Schaap, Hanneke", "30-09-1966", bsn("61528374"), "Dorpsstraat 208, 1566 AK Assendelft",
     "075 621 4408", "eigen melding", "bouzid", "huurachterstand 3 mnd"),
    ("di 18-03 13:00", "Bondar, Yuliia", "17-07-1990", bsn("70392815"), "Vincent van Goghweg 22, 1506 JC Zaandam",
     "06 4418 9035", "Wijkteam Kogerveld", "kovalenko", "Oekraïens; WSNP eerder afgewezen"),
    ("wo 19-03 10:00", "Aksoy, Cem", "08-01-1983", bsn("81736452"), "Zuiddijk 310, 1501 CN Zaandam",
     "06 2240 7813", "Kredietbank", "bouzid", "ondernemer, eenmanszaak gestopt"),
    ("wo 19-03 15:00", "Wong, Kevin", "21-12-2001", bsn("19283746"), "Westzijde 77, 1506 EB Zaandam",
     "06 5591 3366", "UWV", "amatsaleh", "studieschuld DUO"),
    ("do 20-03 09:00", "Verkerk-Oduro, Abena", "02-05-1975", bsn("28374619"), "Wezelstraat 15, 1507 TE Zaandam",
     "06 1817 5520", "huisarts", "kovalenko", ""),
    ("do 20-03 11:30", "de Boer, Klaas", "14-03-1958", bsn("37465128"), "Kalverringdijk 3, 1509 BT Zaandam",
     "075 617 2290", "eigen melding", "bouzid", "AOW, schuld energie"),
    ("vr 21-03 10:00", "Ferreira Santos, Joana", "27-08-1997", bsn("46571293"), "Poelenburg 128, 1504 NJ Zaandam",
     "06 3376 1042", "Wijkteam Poelenburg", "amatsaleh", "tolk Portugees"),
]

add(Doc(
    id="ak08", name="intakeplanning_schuldhulp_zaanstad", producer="chromium", landscape=True, size=8,
    margins_mm=(14, 10, 14, 10),
    title="Intakeplanning schuldhulpverlening week 12", author="Team Schuldhulpverlening",
    header="Gemeente Zaanstad – Team Schuldhulpverlening – export uit Allegro", footer="Vertrouwelijk: bevat BSN en financiële gegevens",
    notes=[(0, 760, 520, "Chaara, Ilham", "Cliënt El Idrissi heeft ook schulden bij CJIB; Ilham belt woensdag terug.")],
    blocks=[
        ("h1", "Intakeplanning week 12 (17–21 maart 2025)"),
        ("p", "Locatie: Stadhuis Zaandam, Stadhuisplein 100, spreekkamers 0.14 en 0.15. Consulenten: amatsaleh = C. "
              "Amatsaleh, kovalenko = I. Kovalenko, bouzid = F.Z. Bouzid. Bij niet verschijnen: tweede uitnodiging per "
              "brief, daarna dossier sluiten (Wet gemeentelijke schuldhulpverlening, art. 4a)."),
        ("table", [("Datum/tijd", "Cliënt", "Geb.datum", "BSN", "Adres", "Telefoon", "Verwijzer", "Consulent",
                    "Bijzonderheden")] + _ak08,
         {"widths": [0.09, 0.13, 0.07, 0.08, 0.2, 0.08, 0.11, 0.07, 0.17], "size": 7}),
        ("p", "Let op: gegevens niet mailen buiten de beveiligde omgeving. Doorverwijzen naar de Kredietbank Nederland gaat "
              "via het portaal, niet via e-mail. Vragen over de planning: schuldhulp@zaanstad.nl of 14 075."),
    ],
    redact=[
        R("PERSON", "Ilham Chaara", "Chaara", "Ilham"),
        R("PERSON", "Rachid El Idrissi", "El Idrissi", "Rachid"),
        R("DATE_OF_BIRTH", "04-11-1979"), R("BSN", bsn("30219876")), R("ADDRESS", "Peperstraat 41", "Peperstraat 41", "1502 AH"),
        R("PHONE", "06 4871 2209"),
        R("PERSON", "Sandra Vermeulen", "Vermeulen", "Sandra"), R("DATE_OF_BIRTH", "23-06-1988"),
        R("BSN", bsn("41827365")), R("ADDRESS", "Rosmolenstraat 7-II", "Rosmolenstraat 7-II"), R("PHONE", "06 1162 4455"),
        R("PERSON", "Senait Habtemariam", "Habtemariam", "Senait"), R("DATE_OF_BIRTH", "12-02-1995"),
        R("BSN", bsn("52904381")), R("ADDRESS", "Pelikaanweg 112", "Pelikaanweg 112"), R("PHONE", "06 3925 0071"),
        R("PERSON", "Hanneke Schaap", "Schaap", "Hanneke"), R("DATE_OF_BIRTH", "30-09-1966"),
        R("BSN", bsn("61528374")), R("ADDRESS", "Dorpsstraat 208", "Dorpsstraat 208"), R("PHONE", "075 621 4408"),
        R("PERSON", "Yuliia Bondar", "Bondar", "Yuliia"), R("DATE_OF_BIRTH", "17-07-1990"),
        R("BSN", bsn("70392815")), R("ADDRESS", "Vincent van Goghweg 22", "Vincent van Goghweg 22"),
        R("PHONE", "06 4418 9035"),
        R("PERSON", "Cem Aksoy", "Aksoy", "Cem"), R("DATE_OF_BIRTH", "08-01-1983"), R("BSN", bsn("81736452")),
        R("ADDRESS", "Zuiddijk 310", "Zuiddijk 310"), R("PHONE", "06 2240 7813"),
        R("PERSON", "Kevin Wong", "Wong", "Kevin"), R("DATE_OF_BIRTH", "21-12-2001"), R("BSN", bsn("19283746")),
        R("ADDRESS", "Westzijde 77", "Westzijde 77"), R("PHONE", "06 5591 3366"),
        R("PERSON", "Abena Verkerk-Oduro", "Verkerk-Oduro", "Abena"), R("DATE_OF_BIRTH", "02-05-1975"),
        R("BSN", bsn("28374619")), R("ADDRESS", "Wezelstraat 15", "Wezelstraat 15"), R("PHONE", "06 1817 5520"),
        R("PERSON", "Klaas de Boer", "de Boer, Klaas"), R("DATE_OF_BIRTH", "14-03-1958"), R("BSN", bsn("37465128")),
        R("ADDRESS", "Kalverringdijk 3", "Kalverringdijk 3"), R("PHONE", "075 617 2290"),
        R("PERSON", "Joana Ferreira Santos", "Ferreira Santos", "Joana"), R("DATE_OF_BIRTH", "27-08-1997"),
        R("BSN", bsn("46571293")), R("ADDRESS", "Poelenburg 128", "Poelenburg 128"), R("PHONE", "06 3376 1042"),
        R("PERSON", "C. Amatsaleh", "amatsaleh", "Amatsaleh"),
        R("PERSON", "I. Kovalenko", "kovalenko", "Kovalenko"),
        R("PERSON", "F.Z. Bouzid", "bouzid", "Bouzid"),
    ],
    keep=[
        K("ORG", "Gemeente Zaanstad"), K("PLACE", "Zaandam"), K("PLACE", "Assendelft"),
        K("ORG", "Team Schuldhulpverlening"), K("PRODUCT", "Allegro"), K("PLACE", "Stadhuisplein 100"),
        K("ORG", "Wijkteam Poelenburg"), K("ORG", "Wijkteam Kogerveld"), K("ORG", "Vluchtelingenwerk"),
        K("ORG", "Kredietbank"), K("ORG", "UWV"), K("ORG", "DUO"), K("ACRONYM", "WSNP"),
        K("LAW", "Wet gemeentelijke schuldhulpverlening"), K("MAILBOX", "schuldhulp@zaanstad.nl"),
        K("SWITCHBOARD", "14 075"), K("TERM", "huisarts"), K("TERM", "eigen melding"), K("ORG", "Kredietbank Nederland"),
    ],
))


# ==========================================================================================
# ak09 visitor log, scanned, image-only (via reportlab)
# ==========================================================================================
_ak09 = [
    ("10-02", "Laura Mahabier", "Deloitte", "mw. Kartodikromo (DGDOO)", "B-1147", "09:12", "11:40", "JB"),
    ("10-02", "Tomasz Wójcik", "eigen titel", "dhr. Verhoeven (CIO Rijk)", "B-1148", "09:30", "10:15", "JB"),
    ("10-02", "Selam Ghebreyesus", "VNG", "team Woo (kamer 4.12)", "B-1150", "13:00", "16:05", "JB"),
    ("11-02", "Jeroen Barneveld", "Gemeente Ede", "mw. Kartodikromo (DGDOO)", "B-1151", "10:02", "12:30", "SK"),
    ("11-02", "Mei Ling Tjoa", "Capgemini", "dhr. Hrytsenko (CIO Rijk)", "B-1152", "10:05", "17:45", "SK"),
    ("11-02", "Youssef Amrani", "Politie Eenheid Den Haag", "mw. Kowalski (Veiligheid)", "B-1153", "14:30", "15:20", "SK"),
    ("12-02", "Gert-Jan Lammers", "Kiesraad", "kabinet minister (werkbezoek)", "B-1154", "08:45", "09:50", "JB"),
    ("12-02", "Anneke Ruiter", "particulier", "Woo-spreekuur", "B-1155", "11:00", "11:35", "JB"),
    ("12-02", "Kwame Asante-Boadu", "Accenture", "dhr. Verhoeven (CIO Rijk)", "B-1156", "13:15", "16:40", "JB"),
    ("13-02", "Natalia Kowalska", "Logius", "team Digitale Identiteit", "B-1157", "09:00", "17:00", "SK"),
    ("13-02", "Sjoukje Dijkstra-Hoekstra", "Provincie Fryslân", "mw. Kartodikromo (DGDOO)", "B-1158", "10:30", "12:00", "SK"),
]

add(Doc(
    id="ak09", name="bezoekersregistratie_turfmarkt_scan", producer="scan", size=10,
    title="Scan bezoekersregistratie wk 7", author="p.vandermeulen", producer_name="KONICA MINOLTA bizhub C450i",
    creator="KONICA MINOLTA bizhub C450i",
    scan={"via": "reportlab", "ocr_layer": False, "skew": 0.8, "noise": 8, "seed": 9},
    header="Ministerie van BZK – Receptie Turfmarkt 147", footer="Formulier FB-12 bezoekersregistratie",
    blocks=[
        ("h1", "Bezoekersregistratie week 7 – 2025"),
        ("p", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, hoofdingang Turfmarkt 147, Den Haag. Bezoekers "
              "tonen een geldig identiteitsbewijs; de bezoekerspas wordt bij vertrek ingeleverd."),
        ("table", [("Datum", "Naam bezoeker", "Organisatie", "Bezoekt", "Pas", "In", "Uit", "Rec.")] + _ak09,
         {"widths": [0.08, 0.2, 0.17, 0.23, 0.08, 0.07, 0.07, 0.06], "size": 9}),
        ("p", "Receptie: JB = ochtenddienst, SK = middagdienst (Facilitair Dienstverlening Rijk). Verloren passen melden "
              "bij de Beveiligingsdienst, toestel 3333."),
    ],
    redact=[
        R("PERSON", "p.vandermeulen (scanner user)", "p.vandermeulen"),
        R("PERSON", "Laura Mahabier", "Laura Mahabier", "Mahabier"),
        R("PERSON", "mw. Kartodikromo", "Kartodikromo"),
        R("PERSON", "Tomasz Wójcik", "Wójcik", "Tomasz"),
        R("PERSON", "dhr. Verhoeven", "Verhoeven"),
        R("PERSON", "Selam Ghebreyesus", "Ghebreyesus", "Selam"),
        R("PERSON", "Jeroen Barneveld", "Jeroen Barneveld", "Barneveld"),
        R("PERSON", "Mei Ling Tjoa", "Tjoa", "Mei Ling"),
        R("PERSON", "dhr. Hrytsenko", "Hrytsenko"),
        R("PERSON", "Youssef Amrani", "Amrani", "Youssef"),
        R("PERSON", "mw. Kowalski", "Kowalski"),
        R("PERSON", "Gert-Jan Lammers", "Lammers", "Gert-Jan"),
        R("PERSON", "Anneke Ruiter", "Ruiter", "Anneke"),
        R("PERSON", "Kwame Asante-Boadu", "Asante-Boadu", "Kwame"),
        R("PERSON", "Natalia Kowalska", "Kowalska", "Natalia"),
        R("PERSON", "Sjoukje Dijkstra-Hoekstra", "Dijkstra-Hoekstra", "Sjoukje"),
        R("PERSON", "receptionist JB", "JB"), R("PERSON", "receptionist SK", "SK"),
    ],
    keep=[],
))


# ==========================================================================================
# ak10 attendance list of a training with signatures as text (LibreOffice)
# ==========================================================================================
_ak10 = [
    ("1", "Ayşe Demirci", "RvIG, Juridische Zaken", "a.demirci@rvig.nl", "A. Demirci"),
    ("2", "Pieter van Oosterhout", "RvIG, Informatiebeheer", "p.vanoosterhout@rvig.nl", "PvOosterhout"),
    ("3", "Katarzyna Zielińska", "RvIG, Woo-team", "k.zielinska@rvig.nl", "KZielinska"),
    ("4", "Rachel Amponsah", "BZK, DGOO", "rachel.amponsah@minbzk.nl", "R. Amponsah"),
    ("5", "Hao Zhang", "Logius, Juridisch", "hao.zhang@logius.nl", "zhang"),
    ("6", "Marjan Dekker-Ouali", "RvIG, Klantcontact", "m.dekker-ouali@rvig.nl", "M.D.-Ouali"),
    ("7", "Sietske Wiersma", "RvIG, Woo-team", "s.wiersma@rvig.nl", "SWiersma"),
    ("8", "Dmytro Koval", "RvIG, Informatiebeveiliging", "d.koval@rvig.nl", "D.K."),
    ("9", "Glenn Biharie", "BZK, Communicatie", "glenn.biharie@minbzk.nl", "afwezig"),
    ("10", "Esther Nijboer", "RvIG, Woo-team", "e.nijboer@rvig.nl", "E Nijboer"),
    ("11", "Mohammed Azzaoui", "RvIG, Privacy (FG-office)", "m.azzaoui@rvig.nl", "MAzzaoui"),
    ("12", "Wendy Kok", "RvIG, Juridische Zaken", "w.kok@rvig.nl", "W. Kok"),
]

add(Doc(
    id="ak10", name="presentielijst_training_woo_rvig", producer="lo", size=9.5,
    title="Presentielijst training Woo-verzoeken behandelen", author="Fatima Zahra Bouzid",
    subject="Presentielijst 13 mei 2025",
    header="Rijksdienst voor Identiteitsgegevens – Presentielijst", footer="Inschrijving via RADIO – leergang Woo in de praktijk",
    blocks=[
        ("h1", "Presentielijst"),
        ("kv", [("Training", "Woo-verzoeken behandelen: lakken, motiveren en publiceren"),
                ("Datum", "dinsdag 13 mei 2025, 09.30–16.00 uur"),
                ("Locatie", "Rijksdienst voor Identiteitsgegevens, Den Haag, zaal Beatrix (3e etage)"),
                ("Trainer", "drs. Rachel Sedney, Sedney Training & Advies"),
                ("Organisatie", "RADIO (Rijksacademie voor Digitalisering en Informatisering Overheid)")]),
        ("p", "Door te tekenen bevestigt u uw aanwezigheid. Deelnemers die de hele dag aanwezig waren ontvangen een "
              "certificaat en 6 PE-punten. Vermeld bij afwezigheid 'afwezig'."),
        ("table", [("Nr", "Naam", "Organisatie / afdeling", "E-mail", "Handtekening")] + _ak10,
         {"widths": [0.05, 0.22, 0.25, 0.3, 0.18], "size": 8.3, "sig": [4]}),
        ("p", "Handtekening trainer:"),
        ("sig", "R. Sedney"),
        ("small", "De presentielijst wordt na verwerking van de certificaten (uiterlijk 1 juli 2025) vernietigd. Vragen: "
                  "academie@radio-overheid.nl."),
    ],
    redact=[
        R("PERSON", "Fatima Zahra Bouzid", "Bouzid", "Fatima Zahra"),
        R("PERSON", "Rachel Sedney", "Sedney", "Rachel"),
        R("PERSON", "Ayşe Demirci", "Demirci", "Ayşe", "a.demirci@rvig.nl"),
        R("PERSON", "Pieter van Oosterhout", "van Oosterhout", "Pieter", "p.vanoosterhout@rvig.nl", "PvOosterhout"),
        R("PERSON", "Katarzyna Zielińska", "Zielińska", "Katarzyna", "k.zielinska@rvig.nl", "KZielinska"),
        R("PERSON", "Rachel Amponsah", "Amponsah", "rachel.amponsah@minbzk.nl"),
        R("PERSON", "Hao Zhang", "Zhang", "Hao", "hao.zhang@logius.nl", "zhang"),
        R("PERSON", "Marjan Dekker-Ouali", "Dekker-Ouali", "Marjan", "m.dekker-ouali@rvig.nl", "M.D.-Ouali"),
        R("PERSON", "Sietske Wiersma", "Wiersma", "Sietske", "s.wiersma@rvig.nl", "SWiersma"),
        R("PERSON", "Dmytro Koval", "Koval", "Dmytro", "d.koval@rvig.nl", "D.K."),
        R("PERSON", "Glenn Biharie", "Biharie", "Glenn", "glenn.biharie@minbzk.nl"),
        R("PERSON", "Esther Nijboer", "Nijboer", "Esther", "e.nijboer@rvig.nl"),
        R("PERSON", "Mohammed Azzaoui", "Azzaoui", "Mohammed", "m.azzaoui@rvig.nl", "MAzzaoui"),
        R("PERSON", "Wendy Kok", "Kok", "Wendy", "w.kok@rvig.nl"),
    ],
    keep=[
        K("ORG", "Rijksdienst voor Identiteitsgegevens"), K("ACRONYM", "RvIG"), K("ORG", "Logius"), K("ACRONYM", "BZK"),
        K("ACRONYM", "DGOO"), K("ORG", "RADIO"), K("ORG", "Rijksacademie voor Digitalisering en Informatisering Overheid"),
        K("PLACE", "Den Haag"), K("PLACE", "zaal Beatrix"), K("TERM", "Woo-verzoeken"), K("ORG", "Woo-team"),
        K("ORG", "Juridische Zaken"), K("ORG", "Informatiebeveiliging"), K("ORG", "FG-office"),
        K("TERM", "PE-punten"), K("MAILBOX", "academie@radio-overheid.nl"), K("TERM", "afwezig"),
        K("PROGRAMME", "Woo in de praktijk"), K("DATE", "13 mei 2025"),
    ],
))


# ==========================================================================================
# ak11 procurement evaluation panel record (reportlab, two pages, attached files)
# ==========================================================================================
add(Doc(
    id="ak11", name="pv_beoordeling_gladheidsbestrijding", producer="reportlab", size=9.2,
    title="Proces-verbaal van beoordeling – Gladheidsbestrijding 2025-2029",
    author="Inkoop Provincie Overijssel", subject="Europese openbare aanbesteding PO-2025-017",
    header="Provincie Overijssel – Inkoop en Aanbesteden", footer="PO-2025-017 | Proces-verbaal van beoordeling | vertrouwelijk tot gunning",
    attachments=[("Aantekeningen-TWojcik.docx", "Aantekeningen beoordelaar (concept, niet vastgesteld).",
                  "werkaantekeningen beoordelaar"),
                 ("Scoreformulieren_consensus.xlsx", "Consensusscores per perceel.", "consensusscores")],
    blocks=[
        ("h1", "Proces-verbaal van beoordeling"),
        ("kv", [("Opdracht", "Gladheidsbestrijding provinciale wegen 2025–2029, percelen Noord en Zuid"),
                ("Procedure", "Europese openbare procedure, TenderNed-kenmerk 412987"),
                ("Datum beoordeling", "8 en 10 april 2025, provinciehuis, Luttenbergstraat 2, Zwolle"),
                ("Voorzitter (geen stemrecht)", "Ingrid Verhoeven-de Bruijn, inkoopadviseur"),
                ("Beoordelaars", "Elif Şahin (wegbeheer), Gert Wassenaar (contractmanager), Daniel Woldemichael "
                                 "(duurzaamheid)"),
                ("Notulist", "Thijs uit den Bogaard")]),
        ("h2", "1. Inschrijvingen"),
        ("table", [("Inschrijver", "Vestiging", "Contactpersoon", "Perceel"),
                   ("Van Dalfsen Infra B.V.", "Dalfsen", "dhr. Y. Owusu-Ansah", "Noord en Zuid"),
                   ("Strooi & Zout Service B.V.", "Wassenaar", "mw. Lotte Vrieling", "Zuid"),
                   ("Heijmans Infra B.V.", "Rosmalen", "dhr. B. Aydın", "Noord en Zuid"),
                   ("Wegenbouw Twente B.V.", "Hengelo", "mw. S. Kartosen-Pinas", "Noord")],
         {"widths": [0.32, 0.18, 0.3, 0.2]}),
        ("p", "Alle inschrijvingen zijn tijdig ontvangen via TenderNed. Wegenbouw Twente B.V. heeft geen Uniform Europees "
              "Aanbestedingsdocument (UEA) voor de onderaannemer ingediend; na een herstelverzoek is dit op 9 april "
              "aangevuld."),
        ("h2", "2. Werkwijze"),
        ("p", "Iedere beoordelaar heeft de plannen van aanpak eerst individueel gescoord, zonder kennis van de prijzen. In "
              "de consensusbijeenkomst van 10 april zijn de scores besproken. Beoordelaar G. Wassenaar heeft vooraf "
              "gemeld dat een zwager werkzaam is bij een onderaannemer van Strooi & Zout Service B.V. (gevestigd te "
              "Wassenaar); de voorzitter heeft besloten dat hij perceel Zuid niet beoordeelt. Voor perceel Zuid scoren "
              "daarom alleen E. Şahin en D. Woldemichael."),
        ("pagebreak",),
        ("h2", "3. Consensusscores perceel Noord"),
        ("table", [("Criterium", "Weging", "Van Dalfsen", "Heijmans", "Wegenbouw Twente"),
                   ("Plan van aanpak strooiroutes", "30%", "8", "7", "6"),
                   ("Inzet materieel en uitstoot (CO2-prestatieladder)", "20%", "6", "8", "6"),
                   ("Beschikbaarheid en responstijd", "20%", "7", "7", "8"),
                   ("Prijs (laagste = 10)", "30%", "9,1", "8,4", "10"),
                   ("Totaal gewogen", "100%", "7,83", "7,62", "7,60")],
         {"widths": [0.4, 0.12, 0.16, 0.16, 0.16]}),
        ("h2", "4. Consensusscores perceel Zuid"),
        ("table", [("Criterium", "Weging", "Van Dalfsen", "Strooi & Zout", "Heijmans"),
                   ("Plan van aanpak strooiroutes", "30%", "7", "8", "7"),
                   ("Inzet materieel en uitstoot", "20%", "6", "7", "8"),
                   ("Beschikbaarheid en responstijd", "20%", "7", "6", "7"),
                   ("Prijs (laagste = 10)", "30%", "10", "9,3", "8,8"),
                   ("Totaal gewogen", "100%", "7,90", "7,69", "7,66")],
         {"widths": [0.4, 0.12, 0.16, 0.16, 0.16]}),
        ("h2", "5. Advies"),
        ("p", "De commissie adviseert Gedeputeerde Staten beide percelen voorlopig te gunnen aan Van Dalfsen Infra B.V. "
              "Het besluit wordt voorbereid door de afdeling Wegen en Kanalen; de commissaris van de Koning, Andries "
              "Heidema, ontvangt als voorzitter van GS het voorstel in de vergadering van 22 april 2025."),
        ("table", [("Naam", "Rol", "Paraaf"),
                   ("I. Verhoeven-de Bruijn", "voorzitter", "IVdB"), ("E. Şahin", "beoordelaar", "ES"),
                   ("G. Wassenaar", "beoordelaar (alleen perceel Noord)", "GW"),
                   ("D. Woldemichael", "beoordelaar", "DW"), ("T. uit den Bogaard", "notulist", "TudB")],
         {"widths": [0.35, 0.45, 0.2], "sig": [2]}),
    ],
    redact=[
        R("PERSON", "T. Wójcik (attachment name)", "TWojcik"),
        R("PERSON", "Ingrid Verhoeven-de Bruijn", "Verhoeven-de Bruijn", "Ingrid", "IVdB"),
        R("PERSON", "Elif Şahin", "Şahin", "Elif", "ES"),
        R("PERSON", "Gert Wassenaar", "Gert Wassenaar", "G. Wassenaar", ("Wassenaar", 2), "GW", "Gert"),
        R("PERSON", "Daniel Woldemichael", "Woldemichael", "Daniel", "DW"),
        R("PERSON", "Thijs uit den Bogaard", "uit den Bogaard", "Thijs", "TudB"),
        R("PERSON", "Y. Owusu-Ansah", "Owusu-Ansah"),
        R("PERSON", "Lotte Vrieling", "Vrieling", "Lotte"),
        R("PERSON", "B. Aydın", "Aydın"),
        R("PERSON", "S. Kartosen-Pinas", "Kartosen-Pinas"),
    ],
    keep=[
        K("ORG", "Provincie Overijssel"), K("ORG", "Van Dalfsen Infra B.V."), K("ORG", "Van Dalfsen"),
        K("PLACE", "Dalfsen"), K("ORG", "Strooi & Zout Service B.V."), K("PLACE", "te Wassenaar", "te Wassenaar"),
        K("ORG", "Heijmans Infra B.V."), K("ORG", "Wegenbouw Twente B.V."), K("PLACE", "Rosmalen"), K("PLACE", "Hengelo"),
        K("PLACE", "Luttenbergstraat 2"), K("PLACE", "Zwolle"), K("PRODUCT", "TenderNed"),
        K("TERM", "Uniform Europees Aanbestedingsdocument"), K("ACRONYM", "UEA"), K("TERM", "CO2-prestatieladder"),
        K("ORG", "Gedeputeerde Staten"), K("ACRONYM", "GS"),
        K("OFFICE_HOLDER", "commissaris van de Koning Andries Heidema", "Andries Heidema"),
        K("TITLE", "inkoopadviseur"), K("TITLE", "contractmanager"), K("TITLE", "beoordelaar"),
        K("ORG", "Wegen en Kanalen"), K("CODE", "PO-2025-017"),
    ],
))


# ==========================================================================================
# ak12 IT ticket export (Chromium landscape): home IPs vs server IPs, sticky note
# ==========================================================================================
_ak12 = [
    ("INC-2025-018231", "03-02 08:14", "Kaya, E. (Emre)\nekaya", "06 2931 7740",
     "Kan niet inloggen op VPN vanaf thuis (Ziggo, 84.241.17.93). Foutmelding 'gateway timeout' bij "
     "vpn-gw02.ssc-ict.nl (145.21.190.12).", "hdoelwijt", "opgelost"),
    ("INC-2025-018247", "03-02 09:02", "El Khatib, S.\nselkhatib", "toestel 4417",
     "Laptop LT-ELKHATIB start niet na BitLocker-update; recovery key opgevraagd via Servicedesk.", "hdoelwijt",
     "opgelost"),
    ("INC-2025-018302", "03-02 13:40", "Nieuwenhuis, G.\ngnieuwenhuis", "06 1780 2254",
     "MFA-prompt in Authenticator app blijft hangen; thuisadres KPN glasvezel, IP 213.127.64.201. "
     "Token opnieuw uitgegeven.", "mbiharie", "opgelost"),
    ("INC-2025-018355", "04-02 07:55", "Tkachenko, O.\notkachenko", "06 4402 9168",
     "Citrix Workspace geeft 'Cannot connect to server' op storefront.ssc-ict.nl (10.42.8.15). Thuisverbinding "
     "via Odido 5G-router, 31.20.155.87.", "mbiharie", "doorgezet 2e lijn"),
    ("INC-2025-018390", "04-02 11:20", "Servicedesk (zelf)", "–",
     "Storing DNS-resolver ns1.ssc-ict.nl (10.42.0.53): split tunneling verkeerd geconfigureerd na change "
     "CHG-2025-0412.", "wzhang", "opgelost"),
    ("INC-2025-018414", "05-02 10:03", "Dekker, F.\nfdekker", "toestel 4320",
     "Outlook vraagt steeds om wachtwoord; oorzaak verlopen certificaat op mail.ssc-ict.nl (145.21.190.40).",
     "wzhang", "opgelost"),
    ("INC-2025-018466", "06-02 16:51", "Acheampong-Mensah, R.\nracheampong", "06 3118 0027",
     "Kan niet printen thuis (geen ondersteuning). Wil VPN via eigen router 82.169.3.114 (Delta Fiber) met "
     "port forwarding: afgewezen, beleid.", "hdoelwijt", "gesloten"),
    ("INC-2025-018501", "07-02 09:30", "Verbruggen, L.\nlverbruggen", "06 2507 6631",
     "Wachtwoord-reset Rijkspas-PIN; pas geblokkeerd na 3 pogingen. Afspraak passenbalie.", "mbiharie", "opgelost"),
]

add(Doc(
    id="ak12", name="ticketexport_servicedesk_vpn", producer="chromium", landscape=True, size=8,
    margins_mm=(14, 12, 14, 12),
    title="TOPdesk export incidenten Thuiswerken/VPN week 6", author="SSC-ICT Servicedesk",
    header="SSC-ICT – Servicedesk – export TOPdesk, categorie Thuiswerken/VPN", footer="Export 10-02-2025 08:00 – intern",
    notes=[(0, 790, 530, "Servicedesk teamleider",
            "Efua Acheampong neemt de tickets van Burak over tijdens zijn verlof (week 7-8).")],
    blocks=[
        ("h1", "Incidenten Thuiswerken/VPN – week 6 (3–7 februari 2025)"),
        ("p", "Export voor de probleemanalyse 'VPN-uitval na firmware-update'. Behandelaars: hdoelwijt = H. Doelwijt, "
              "mbiharie = M. Biharie, wzhang = W. Zhang (2e lijn netwerk). Server- en gateway-adressen zijn van SSC-ICT; "
              "adressen van thuisverbindingen zijn persoonsgegevens en mogen niet in probleemrapportages worden "
              "overgenomen."),
        ("table", [("Ticket", "Aangemeld", "Melder / account", "Contact", "Omschrijving", "Behandelaar", "Status")] + _ak12,
         {"widths": [0.11, 0.07, 0.14, 0.08, 0.4, 0.09, 0.11], "size": 7.3}),
        ("h3", "Analyse"),
        ("p", "Vier van de acht incidenten hangen samen met de firmware-update van de VPN-gateways (FortiGate 7.2.8) op "
              "31 januari. Change CHG-2025-0412 is teruggedraaid op 4 februari om 12:10. Servers: vpn-gw01/02 "
              "(145.21.190.11/12), storefront (10.42.8.15), ns1 (10.42.0.53). Probleemticket PRB-2025-0031 is "
              "aangemaakt; eigenaar: Problem Management. Vragen: servicedesk@ssc-ict.nl of 070 888 76 00."),
    ],
    redact=[
        R("PERSON", "Efua Acheampong", "Efua Acheampong", "Efua"),
        R("PERSON", "Burak", "Burak"),
        R("PERSON", "Emre Kaya", "Kaya, E.", "Emre", "ekaya"), R("PHONE", "06 2931 7740"),
        R("IP", "84.241.17.93 (home)", "84.241.17.93"),
        R("PERSON", "S. El Khatib", "El Khatib", "selkhatib", "LT-ELKHATIB"),
        R("PERSON", "G. Nieuwenhuis", "Nieuwenhuis", "gnieuwenhuis"), R("PHONE", "06 1780 2254"),
        R("IP", "213.127.64.201 (home)", "213.127.64.201"),
        R("PERSON", "O. Tkachenko", "Tkachenko", "otkachenko"), R("PHONE", "06 4402 9168"),
        R("IP", "31.20.155.87 (home)", "31.20.155.87"),
        R("PERSON", "F. Dekker", "Dekker, F.", "fdekker"),
        R("PERSON", "R. Acheampong-Mensah", "Acheampong-Mensah", "racheampong"), R("PHONE", "06 3118 0027"),
        R("IP", "82.169.3.114 (home)", "82.169.3.114"),
        R("PERSON", "L. Verbruggen", "Verbruggen", "lverbruggen"), R("PHONE", "06 2507 6631"),
        R("PERSON", "H. Doelwijt", "Doelwijt", "hdoelwijt"),
        R("PERSON", "M. Biharie", "Biharie", "mbiharie"),
        R("PERSON", "W. Zhang", "Zhang", "wzhang"),
    ],
    keep=[
        K("ORG", "SSC-ICT"), K("PRODUCT", "TOPdesk"), K("ORG", "Servicedesk"), K("TERM", "VPN"),
        K("HOST", "vpn-gw02.ssc-ict.nl"), K("IP_SERVER", "145.21.190.12"), K("IP_SERVER", "10.42.8.15"),
        K("IP_SERVER", "10.42.0.53"), K("IP_SERVER", "145.21.190.40"), K("HOST", "storefront.ssc-ict.nl"),
        K("HOST", "ns1.ssc-ict.nl"), K("HOST", "mail.ssc-ict.nl"), K("ORG", "Ziggo"), K("ORG", "KPN"), K("ORG", "Odido"),
        K("ORG", "Delta Fiber"), K("PRODUCT", "BitLocker"), K("PRODUCT", "Authenticator app"), K("ACRONYM", "MFA"),
        K("PRODUCT", "Citrix Workspace"), K("TERM", "split tunneling"), K("PRODUCT", "Outlook"),
        K("TERM", "port forwarding"), K("PRODUCT", "Rijkspas-PIN"), K("PRODUCT", "FortiGate 7.2.8"),
        K("CODE", "CHG-2025-0412"), K("CODE", "PRB-2025-0031"), K("CODE", "INC-2025-018231"),
        K("TERM", "Problem Management"), K("MAILBOX", "servicedesk@ssc-ict.nl"), K("SWITCHBOARD", "070 888 76 00"),
        K("TERM", "gateway timeout"), K("TERM", "firmware-update"),
    ],
))


# ==========================================================================================
# ak13 inspection report on a sole trader named after its owner (LibreOffice, two pages)
# ==========================================================================================
add(Doc(
    id="ak13", name="inspectierapport_slagerij_eenmanszaak", producer="lo", size=9.5,
    title="Inspectierapport hygiëne – Slagerij Ouaali", author="NVWA Inspectie Levensmiddelen",
    header="Nederlandse Voedsel- en Warenautoriteit – Inspectierapport", footer="Kenmerk NVWA/2025/IR-70331 | Inspectierapport",
    comments=[("Oordeel", "Biharie, Jerrel", "Foto's 4-7 staan op de teamschijf onder mijn naam; nog koppelen.")],
    blocks=[
        ("h1", "Inspectierapport hygiëne levensmiddelenbedrijf"),
        ("kv", [("Bedrijf", "Slagerij Ouaali (eenmanszaak)"),
                ("Eigenaar", "M. Ouaali"),
                ("Vestigingsadres", "Kanaalstraat 118, 3531 CL Utrecht (woning boven de winkel)"),
                ("KvK-nummer", "81734529"),
                ("Datum inspectie", "woensdag 9 april 2025, 10.15–12.40 uur"),
                ("Inspecteurs", "Anouk de Wit (inspecteur), Jerrel Biharie (inspecteur in opleiding)"),
                ("Aanleiding", "herinspectie na waarschuwing van 14 januari 2025")]),
        ("h2", "1. Samenvatting"),
        ("p", "Tijdens de herinspectie zijn twee van de vijf eerder geconstateerde overtredingen opgeheven. De temperatuur "
              "van de koelcel en de traceerbaarheid van het vlees voldoen nog niet aan de Hygiëneverordening "
              "(Verordening (EG) nr. 852/2004) en het Warenwetbesluit Hygiëne van levensmiddelen. De heer Ouaali "
              "was bij de inspectie aanwezig, evenals medewerker Naima Oulad Ali."),
        ("h2", "2. Bevindingen"),
        ("table", [("Nr", "Onderdeel", "Bevinding", "Oordeel", "Termijn"),
                   ("1", "Koelcel", "Kerntemperatuur gehakt 9,4 °C (norm ≤ 7 °C). Thermostaat volgens eigenaar "
                                    "op 17 maart vervangen door Van Eijk Koeltechniek B.V.", "overtreding", "direct"),
                   ("2", "Traceerbaarheid", "Van 3 partijen lamsvlees ontbreken leveranciersgegevens.", "overtreding",
                    "2 weken"),
                   ("3", "Schoonmaak", "Snijmachine schoon; schoonmaakschema bijgehouden door M. Ouaali.",
                    "in orde", "–"),
                   ("4", "HACCP", "Hygiënecode voor de slagerij aanwezig, registraties tot 2 april.", "in orde", "–"),
                   ("5", "Plaagdieren", "Contract met plaagdierbeheersing (Rentokil) aanwezig.", "in orde", "–")],
         {"widths": [0.05, 0.15, 0.5, 0.15, 0.15]}),
        ("h2", "3. Oordeel"),
        ("p", "De NVWA legt een boete op van € 1.050 voor bevinding 1 (herhaalde overtreding) en een schriftelijke "
              "waarschuwing voor bevinding 2. Het rapport wordt in afschrift gezonden aan de gemeente Utrecht "
              "(afdeling Vergunningen, team Horeca en Detailhandel) in verband met de exploitatievergunning."),
        ("pagebreak",),
        ("h2", "4. Reactie ondernemer"),
        ("p", "De heer Ouaali verklaarde: 'De koelcel is oud; ik heb een offerte gevraagd bij Van Eijk Koeltechniek. "
              "Mijn broer Karim helpt in het weekend en wist niet dat de deur dicht moest blijven.' Hij is bereikbaar op "
              "06 4589 2173 en via slagerijouaali@gmail.com."),
        ("h2", "5. Vervolg"),
        ("p", "Een nieuwe herinspectie volgt binnen zes weken. Bij een volgende overtreding kan de minister van "
              "Landbouw, Visserij, Voedselzekerheid en Natuur, thans minister Wiersma, een last onder dwangsom "
              "opleggen of de tijdelijke sluiting van Slagerij Ouaali bevelen (artikel 32 Warenwet)."),
        ("p", "Bezwaar kan binnen zes weken worden gemaakt bij de NVWA, afdeling Juridische Zaken, Postbus 43006, 3540 AA "
              "Utrecht. Informatie: www.nvwa.nl of 0900 0388."),
        ("p", "Namens de Inspecteur-generaal van de NVWA,"),
        ("sig", "A. de Wit"),
        ("p", "Anouk de Wit, inspecteur Levensmiddelen (signalering@nvwa.nl)"),
    ],
    redact=[
        R("PERSON", "Mohamed Ouaali (sole trader, trade name)", "Ouaali", "M. Ouaali", "slagerijouaali@gmail.com"),
        R("ADDRESS", "Kanaalstraat 118, 3531 CL Utrecht", "Kanaalstraat 118", "3531 CL"),
        R("KVK", "KvK eenmanszaak", "81734529"),
        R("PERSON", "Anouk de Wit", "Anouk de Wit", "Anouk", "A. de Wit"),
        R("PERSON", "Jerrel Biharie", "Biharie", "Jerrel"),
        R("PERSON", "Naima Oulad Ali", "Oulad Ali", "Naima"),
        R("PERSON", "Karim (brother)", "Karim"),
        R("PHONE", "06 4589 2173"),
    ],
    keep=[
        K("ORG", "Nederlandse Voedsel- en Warenautoriteit"), K("ACRONYM", "NVWA"), K("TERM", "Slagerij"),
        K("TERM", "eenmanszaak"), K("ORG", "Van Eijk Koeltechniek B.V."), K("ORG", "Van Eijk Koeltechniek"),
        K("LAW", "Verordening (EG) nr. 852/2004"), K("LAW", "Warenwetbesluit Hygiëne van levensmiddelen"),
        K("LAW", "Warenwet"), K("ACRONYM", "HACCP"), K("TERM", "Hygiënecode"), K("ORG", "Rentokil"),
        K("ORG", "gemeente Utrecht"), K("PLACE", "Utrecht"), K("ORG", "team Horeca en Detailhandel"),
        K("OFFICE_HOLDER", "minister Wiersma", "Wiersma"), K("TITLE", "Inspecteur-generaal"),
        K("TITLE", "inspecteur Levensmiddelen"), K("MAILBOX", "signalering@nvwa.nl"), K("SWITCHBOARD", "0900 0388"),
        K("URL", "www.nvwa.nl"), K("PLACE", "Postbus 43006"), K("TERM", "last onder dwangsom"),
        K("DATE", "9 april 2025"), K("CODE", "NVWA/2025/IR-70331"),
    ],
))


# ==========================================================================================
# ak14 composition of the objections committee, scanned with OCR layer (via LibreOffice)
# ==========================================================================================
add(Doc(
    id="ak14", name="samenstelling_bezwaarcommissie_arnhem_scan", producer="scan", size=10.5,
    title="Samenstelling commissie bezwaarschriften", author="scanner juridische zaken",
    producer_name="RICOH IM C3000 / tesseract", creator="RICOH IM C3000",
    scan={"via": "lo", "ocr_layer": True, "skew": -0.5, "noise": 6, "seed": 14},
    header="Gemeente Arnhem – Commissie bezwaarschriften", footer="Vastgesteld door het college op 10 december 2024",
    blocks=[
        ("h1", "Commissie bezwaarschriften Arnhem"),
        ("p", "Samenstelling per 1 januari 2025. De commissie adviseert het college van burgemeester en wethouders en "
              "de burgemeester over bezwaren (artikel 7:13 Awb). Benoemd door het college onder voorzitterschap van "
              "burgemeester Marcouch."),
        ("table", [("Naam", "Rol", "Beroep", "Woonplaats", "Benoemd tot"),
                   ("mr. Jolanda Veldhuis", "voorzitter kamer 1", "advocaat", "Velp", "31-12-2028"),
                   ("mr. Kwasi Appiah", "voorzitter kamer 2", "rechter-plaatsvervanger", "Nijmegen", "31-12-2026"),
                   ("drs. Marloes Hendriksen", "lid", "beleidsadviseur", "Oosterbeek", "31-12-2028"),
                   ("mr. Bogdan Nowicki", "lid", "bedrijfsjurist", "Arnhem", "31-12-2026"),
                   ("mr. Fenna Zwart", "lid", "jurist", "Duiven", "31-12-2028"),
                   ("Lucas Bouwhuis", "lid", "gepensioneerd notaris", "Rheden", "31-12-2026")],
         {"widths": [0.28, 0.2, 0.22, 0.15, 0.15], "size": 9.5}),
        ("h2", "Secretariaat"),
        ("table", [("Naam", "Functie", "Telefoon"),
                   ("Sabine Kooistra", "secretaris", "026 377 4410"),
                   ("Ravi Mangroe", "secretaris", "026 377 4416"),
                   ("Gülsen Aktaş", "administratief medewerker", "026 377 4402")],
         {"widths": [0.4, 0.35, 0.25], "size": 9.5}),
        ("p", "Hoorzittingen vinden plaats op de tweede en vierde dinsdag van de maand in het stadhuis, Koningstraat 38. "
              "Correspondentie: bezwaarschriften@arnhem.nl of Postbus 9029, 6800 EL Arnhem."),
    ],
    redact=[
        R("PERSON", "Jolanda Veldhuis", "Veldhuis", "Jolanda"),
        R("PERSON", "Kwasi Appiah", "Appiah", "Kwasi"),
        R("PERSON", "Marloes Hendriksen", "Hendriksen", "Marloes"),
        R("PERSON", "Bogdan Nowicki", "Nowicki", "Bogdan"),
        R("PERSON", "Fenna Zwart", "Fenna Zwart", "Fenna"),
        R("PERSON", "Lucas Bouwhuis", "Bouwhuis", "Lucas"),
        R("PERSON", "Sabine Kooistra", "Kooistra", "Sabine"),
        R("PHONE", "026 377 4410"),
        R("PERSON", "Ravi Mangroe", "Mangroe", "Ravi"),
        R("PHONE", "026 377 4416"),
        R("PERSON", "Gülsen Aktaş", "Aktaş", "Gülsen"),
        R("PHONE", "026 377 4402"),
    ],
    keep=[
        K("ORG", "Gemeente Arnhem"), K("PLACE", "Arnhem"), K("OFFICE_HOLDER", "burgemeester Marcouch", "Marcouch"),
        K("TITLE", "voorzitter"), K("TITLE", "secretaris"), K("TITLE", "advocaat"), K("PLACE", "Velp"),
        K("PLACE", "Nijmegen"), K("PLACE", "Oosterbeek"), K("PLACE", "Duiven"), K("PLACE", "Rheden"),
        K("LAW", "Awb"), K("PLACE", "Koningstraat 38"), K("MAILBOX", "bezwaarschriften@arnhem.nl"),
        K("PLACE", "Postbus 9029"), K("TITLE", "rechter-plaatsvervanger"), K("TITLE", "bedrijfsjurist"),
    ],
))


# ==========================================================================================
# ak15 crisis team call list, names in capitals (Chromium)
# ==========================================================================================
_ak15 = [
    ("Algemeen Commandant Bevolkingszorg", "VAN OOSTERHOUT-KERSTEN, Bram", "06 5120 3348", "AC-BZ 1"),
    ("Algemeen Commandant Bevolkingszorg (2)", "DOĞAN, Serkan", "06 2044 7186", "AC-BZ 2"),
    ("Leider ROT", "BOSWIJK, Geert-Jan", "06 3871 5502", "LROT 1"),
    ("Leider CoPI", "AMATSALEH, Chantal", "06 4819 2237", "LCoPI 3"),
    ("Officier van Dienst Politie", "LATUMAHINA, Johan", "06 1533 9084", "OvD-P 2"),
    ("Officier van Dienst Brandweer", "IN 'T VELD, Marieke", "06 2768 1410", "OvD-B 4"),
    ("Officier van Dienst Geneeskundig", "OSEI, Abena", "06 3390 6671", "OvD-G 1"),
    ("Hoofd Informatie", "SOEKHAI, Iwan", "06 4201 8853", "HIN 1"),
    ("Communicatieadviseur crisis", "ZIJLSTRA-MEIJER, Froukje", "06 1904 3326", "COM 2"),
    ("Adviseur gevaarlijke stoffen", "DĄBROWSKI, Michał", "06 2281 9940", "AGS 1"),
    ("Calamiteitencoördinator meldkamer", "VAN DER BERG, Ilse", "(via meldkamer)", "CaCo"),
]

add(Doc(
    id="ak15", name="bereikbaarheidslijst_crisisteam_vrgz", producer="chromium", size=8.5,
    title="Bereikbaarheidslijst crisisorganisatie VRGZ", author="Bureau Crisisbeheersing",
    header="Veiligheidsregio Gelderland-Zuid – Bereikbaarheidslijst crisisorganisatie",
    footer="VERTROUWELIJK – versie 2025-03 – niet verspreiden buiten de crisisorganisatie",
    blocks=[
        ("h1", "Bereikbaarheidslijst crisisorganisatie"),
        ("p", "Piketfuncties week 14 t/m 17 (31 maart – 27 april 2025). Alarmering via de Meldkamer Oost-Nederland; dit "
              "overzicht is voor terugbellen en afstemming. Voorzitter veiligheidsregio: burgemeester Hubert Bruls "
              "(Nijmegen); bij GRIP 4 neemt hij het voorzitterschap van het Regionaal Beleidsteam (RBT) op zich."),
        ("table", [("Functie", "NAAM", "Mobiel", "Roepnaam")] + _ak15,
         {"widths": [0.36, 0.34, 0.16, 0.14], "size": 8}),
        ("h3", "Algemene nummers"),
        ("table", [("Voorziening", "Nummer / adres"),
                   ("Meldkamer Oost-Nederland (niet-spoed, intern)", "088 002 19 00"),
                   ("Bureau Crisisbeheersing", "crisisbeheersing@vrgz.nl"),
                   ("Piketbureau", "024 365 80 00"),
                   ("Regionaal Crisiscentrum", "Professor Bellefroidstraat 11, Nijmegen")],
         {"widths": [0.55, 0.45], "size": 8}),
        ("small", "Wijzigingen in het piketrooster uiterlijk donderdag 12.00 uur doorgeven aan het piketbureau. "
                  "LROT = Leider Regionaal Operationeel Team; CoPI = Commando Plaats Incident; GRIP = Gecoördineerde "
                  "Regionale Incidentbestrijdings Procedure."),
    ],
    redact=[
        R("PERSON", "Bram van Oosterhout-Kersten", "VAN OOSTERHOUT-KERSTEN", "Bram"), R("PHONE", "06 5120 3348"),
        R("PERSON", "Serkan Doğan", "DOĞAN", "Serkan"), R("PHONE", "06 2044 7186"),
        R("PERSON", "Geert-Jan Boswijk", "BOSWIJK", "Geert-Jan"), R("PHONE", "06 3871 5502"),
        R("PERSON", "Chantal Amatsaleh", "AMATSALEH", "Chantal"), R("PHONE", "06 4819 2237"),
        R("PERSON", "Johan Latumahina", "LATUMAHINA", "Johan"), R("PHONE", "06 1533 9084"),
        R("PERSON", "Marieke in 't Veld", "IN 'T VELD", "Marieke"), R("PHONE", "06 2768 1410"),
        R("PERSON", "Abena Osei", "OSEI", "Abena"), R("PHONE", "06 3390 6671"),
        R("PERSON", "Iwan Soekhai", "SOEKHAI", "Iwan"), R("PHONE", "06 4201 8853"),
        R("PERSON", "Froukje Zijlstra-Meijer", "ZIJLSTRA-MEIJER", "Froukje"), R("PHONE", "06 1904 3326"),
        R("PERSON", "Michał Dąbrowski", "DĄBROWSKI", "Michał"), R("PHONE", "06 2281 9940"),
        R("PERSON", "Ilse van der Berg", "VAN DER BERG", "Ilse"),
    ],
    keep=[
        K("ORG", "Veiligheidsregio Gelderland-Zuid"), K("ORG", "Meldkamer Oost-Nederland"),
        K("OFFICE_HOLDER", "burgemeester Hubert Bruls", "Hubert Bruls"), K("PLACE", "Nijmegen"),
        K("TITLE", "Algemeen Commandant Bevolkingszorg"), K("TITLE", "Leider ROT"), K("TITLE", "Leider CoPI"),
        K("TITLE", "Officier van Dienst Politie"), K("TITLE", "Officier van Dienst Brandweer"),
        K("TITLE", "Hoofd Informatie"), K("TITLE", "Adviseur gevaarlijke stoffen"), K("TITLE", "Calamiteitencoördinator"),
        K("CODE", "AC-BZ 1"), K("CODE", "OvD-P 2"), K("CODE", "LROT 1"), K("ACRONYM", "GRIP"), K("ACRONYM", "RBT"),
        K("ORG", "Regionaal Beleidsteam"), K("SWITCHBOARD", "088 002 19 00"), K("MAILBOX", "crisisbeheersing@vrgz.nl"),
        K("SWITCHBOARD", "024 365 80 00"), K("PLACE", "Professor Bellefroidstraat 11"), K("TERM", "NAAM"),
        K("ORG", "Bureau Crisisbeheersing"),
    ],
))
