"""Set AG, part B: Word/Calc files generated with python-docx/openpyxl, printed by LibreOffice."""
import datetime as dt
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from framework import register, P, soffice, WRITER_MARGIN, BUILD, hidden

FIXED = dt.datetime(2025, 6, 12, 9, 30)


def new_doc(author, title="", landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.title = title
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.revision = 3
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22)
    s.top_margin = s.bottom_margin = Mm(20)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
    return d


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def add_table(d, rows, header=None, widths=None, grey_first_col=False, style="Table Grid", size=8.5):
    n = len(rows) + (1 if header else 0)
    t = d.add_table(rows=n, cols=len(rows[0]))
    if style:
        t.style = style
    allrows = ([header] if header else []) + rows
    for i, r in enumerate(allrows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(v))
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
                shade(c, "DDE3EA")
            if grey_first_col and j == 0:
                run.bold = True
                shade(c, "D9D9D9")
            if widths:
                c.width = Mm(widths[j])
    return t


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


_rev = [100]


def tracked_para(d, parts):
    """parts: str | ('ins'|'del', text, author)"""
    p = d.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p._p.append(_run_el(part))
            continue
        kind, text, author = part
        _rev[0] += 1
        el = OxmlElement("w:ins" if kind == "ins" else "w:del")
        el.set(qn("w:id"), str(_rev[0]))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), "2025-03-1%dT10:%02d:00Z" % (_rev[0] % 9, _rev[0] % 60))
        el.append(_run_el(text, deleted=(kind == "del")))
        p._p.append(el)
    return p


def save_print(d, out, margin=False):
    BUILD.mkdir(parents=True, exist_ok=True)
    src = BUILD / (out.stem + ".docx")
    d.save(src)
    soffice(src, out, WRITER_MARGIN if margin else None)


# ---------------------------------------------------------------- B09 Kamerbrief draft, tracked changes
R09 = [
    P("PERSON", "Tjitske Hiemstra-Reitsmawier", "Hiemstra-Reitsmawier", "Tjitske", "THR"),
    P("PERSON", "Youssef El Idrissi-Dam", "El Idrissi-Dam", "Youssef", "YEID"),
    P("PERSON", "Chantal Koeiman-Wawoe", "Koeiman-Wawoe", "Chantal", "CKW"),
    P("PERSON", "Gijs Zomerdijk", "Zomerdijk", "Gijs"),
    P("PERSON", "Mirjam Berg", "Berg"),
]
K09 = {"OFFICE": ["Y.J. van Hijum", "Nobel", "Koolmees", "Van Gennip", "Schouten", "Kamerlid Omtzigt", "Omtzigt",
                  "het lid Bikker", "Bikker", "Timmermans"],
       "ORG": ["Tweede Kamer", "UWV", "SVB", "Divosa", "Sociale Verzekeringsbank", "Nationale ombudsman",
               "Raad voor de rechtspraak", "Ministerie van Sociale Zaken en Werkgelegenheid", "Inlichtingenbureau"],
       "LAW": ["Participatiewet", "Participatiewet in balans", "Wet werk en inkomen naar arbeidsvermogen",
               "Algemene Ouderdomswet"],
       "TERM": ["Voorzitter van de Tweede Kamer der Staten-Generaal", "de Minister van Sociale Zaken en "
                "Werkgelegenheid", "Postbus 90801", "Parnassusplein 5"],
       "PLACE": ["Den Haag", "2509 LV"]}


@register("ag09_kamerbrief_concept_tracked_changes.pdf", R09, K09)
def b09(out):
    d = new_doc("Tjitske Hiemstra-Reitsmawier", "Concept Kamerbrief Participatiewet in balans")
    d.add_paragraph("Ministerie van Sociale Zaken en Werkgelegenheid · Parnassusplein 5 · Postbus 90801 · "
                    "2509 LV Den Haag").runs[0].font.size = Pt(7.5)
    d.add_paragraph("> Retouradres Postbus 90801 2509 LV Den Haag").runs[0].font.size = Pt(7)
    d.add_paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPrinses Irenestraat 6\n"
                    "2595 BD Den Haag")
    d.add_paragraph("Datum  CONCEPT 14 maart 2025\nBetreft  Voortgang Participatiewet in balans")
    d.add_paragraph("Geachte voorzitter,")
    p = tracked_para(d, ["Met deze brief informeer ik uw Kamer, mede namens de staatssecretaris, ",
                         ("del", "over de stand van zaken ", "Youssef El Idrissi-Dam"),
                         ("ins", "over de voortgang ", "Tjitske Hiemstra-Reitsmawier"),
                         "van het wetsvoorstel Participatiewet in balans. Mijn voorganger Van Gennip heeft "
                         "het eerste spoor in gang gezet; mijn ambtsvoorganger Koolmees was daarvoor al begonnen "
                         "met de Wet werk en inkomen naar arbeidsvermogen."])
    d.add_comment(p.runs[:1] or [p.add_run("")], text="Moet Nobel hier niet expliciet genoemd? Graag check "
                  "bij Gijs Zomerdijk. — Youssef", author="Youssef El Idrissi-Dam", initials="YEID")
    p2 = tracked_para(d, ["Tijdens het commissiedebat vroeg het lid Bikker om een overzicht van de ",
                          ("del", "hardheden", "Chantal Koeiman-Wawoe"),
                          ("ins", "knelpunten die mensen ervaren", "Chantal Koeiman-Wawoe"),
                          ". Kamerlid Omtzigt en de fractie van Timmermans hebben gevraagd om een reactie van de "
                          "Nationale ombudsman. Die reactie voeg ik als bijlage toe."])
    r = p2.add_run(" ")
    d.add_comment(r, text="Bijlage nog niet ontvangen van de ombudsman; Mirjam Berg belt dinsdag.",
                  author="Chantal Koeiman-Wawoe", initials="CKW")
    p3 = tracked_para(d, ["UWV, de SVB (Sociale Verzekeringsbank) en Divosa hebben een uitvoeringstoets gedaan. ",
                          ("ins", "Het Inlichtingenbureau levert vanaf 2026 de gegevens voor de Algemene "
                                  "Ouderdomswet-koppeling. ", "Gijs Zomerdijk"),
                          "De Raad voor de rechtspraak ziet geen bezwaren.",
                          ("del", " Oud-minister Schouten noemde dit in 2021 al noodzakelijk.",
                           "Tjitske Hiemstra-Reitsmawier")])
    d.add_comment(p3.runs[:1] or [p3.add_run("")], text="Tjitske: zin over Schouten geschrapt, niet relevant "
                  "(overleg met Berg).", author="Tjitske Hiemstra-Reitsmawier", initials="THR")
    d.add_paragraph("Ik verwacht het wetsvoorstel voor de zomer aan uw Kamer te zenden.")
    d.add_paragraph("De Minister van Sociale Zaken en Werkgelegenheid,\n\n\nY.J. van Hijum")
    d.add_paragraph("Concept v3 – opmerkingen THR, YEID en CKW verwerkt. Volgende ronde: Gijs en Mirjam.")
    save_print(d, out, margin=True)


# ---------------------------------------------------------------- B10 beslisnota, grey label column, narrow values
R10 = [
    P("PERSON", "Wendelien van 't Schip-Boezeman", "van 't Schip-Boezeman", "Van 't Schip-Boezeman, W.",
      "W. van 't Schip", "WvtS", "w.vantschip@minfin.nl"),
    P("PHONE", "06 - 1520 8849"),
    P("PERSON", "Rodrigo Cavalcanti dos Anjos", "Cavalcanti dos Anjos", "R. Cavalcanti dos Anjos", "RCdA"),
    P("PERSON", "Zahra Ahmadzai-Popal", "Ahmadzai-Popal", "Z. Ahmadzai-Popal", "ZAP"),
    P("PERSON", "Evert ter Haar-Leiden", "ter Haar-Leiden", "E. ter Haar", "EtH"),
    P("PERSON", "Annemieke Storm", "A. Storm", "Storm", "AS"),
    P("PERSON", "Koen Bakker", "K. Bakker", "Bakker"),
]
K10 = {"OFFICE": ["minister Heinen", "Heinen", "staatssecretaris Van Oostenbruggen", "Van Rij", "Kaag", "Hoekstra"],
       "ORG": ["Belastingdienst", "Dienst Toeslagen", "Uitvoeringsorganisatie Herstel Toeslagen", "UHT",
               "Commissie Werkelijke Schade", "Ministerie van Financiën", "Landsadvocaat", "Nationale ombudsman",
               "Auditdienst Rijk"],
       "PROGRAM": ["Herstel Toeslagen", "Kindregeling", "Catshuisregeling"],
       "TERM": ["Directeur-Generaal Toeslagen", "Secretaris-Generaal", "Korte Voorhout 7", "Kenmerk", "Kopie aan",
                "Bijlagen", "Paraaf", "BESLISNOTA"],
       "PLACE": ["Den Haag", "Apeldoorn", "Utrecht"]}


@register("ag10_beslisnota_herstel_toeslagen_docx.pdf", R10, K10)
def b10(out):
    d = new_doc("Van 't Schip-Boezeman, W.", "Beslisnota herstel")
    h = d.add_paragraph()
    rr = h.add_run("BESLISNOTA")
    rr.bold, rr.font.size = True, Pt(16)
    d.add_paragraph("Ministerie van Financiën · Korte Voorhout 7 · Den Haag").runs[0].font.size = Pt(7.5)
    rows = [["Aan", "staatssecretaris Van Oostenbruggen"],
            ["Van", "mr. Wendelien van 't Schip-Boezeman, programmadirecteur UHT"],
            ["Datum", "3 juni 2025"], ["Kenmerk", "2025-0000127715"],
            ["Kopie aan", "minister Heinen; Secretaris-Generaal; Directeur-Generaal Toeslagen; "
                          "R. Cavalcanti dos Anjos; Zahra Ahmadzai-Popal (Landsadvocaat-contact)"],
            ["Bijlagen", "3"],
            ["Contact", "W. van 't Schip, 06 - 1520 8849, w.vantschip@minfin.nl"]]
    add_table(d, rows, widths=[26, 52], grey_first_col=True, style=None, size=8)
    d.add_paragraph()
    d.add_heading("Onderwerp: afronding Kindregeling en Catshuisregeling", level=2)
    d.add_paragraph("Aanleiding. De Commissie Werkelijke Schade heeft op 20 mei geadviseerd over 412 zaken. U "
                    "hebt toegezegd dat Herstel Toeslagen in 2025 voor alle ouders een integrale beoordeling "
                    "afrondt. Uw voorgangers Van Rij en daarvoor Kaag en Hoekstra hebben de Catshuisregeling en de "
                    "Kindregeling ingericht.")
    d.add_paragraph("Advies. Instemmen met de versnellingsaanpak; de Auditdienst Rijk toetst de steekproef in "
                    "Apeldoorn en Utrecht. De Nationale ombudsman is geïnformeerd door mevrouw Ahmadzai-Popal. De "
                    "heer Cavalcanti dos Anjos heeft het financiële kader opgesteld met Koen Bakker van de "
                    "Belastingdienst. Bakker wijst op het risico bij de Dienst Toeslagen.")
    d.add_paragraph("Toelichting. Evert ter Haar-Leiden (juridische zaken) ziet geen procesrisico. E. ter Haar "
                    "heeft dit afgestemd met de Landsadvocaat; Storm (communicatie) stelt een Q&A op.")
    add_table(d, [["Programmadirecteur UHT", "Van 't Schip-Boezeman, W.", "WvtS", "3/6"],
                  ["Financiën", "R. Cavalcanti dos Anjos", "RCdA", "2/6"],
                  ["Juridisch", "E. ter Haar", "EtH", "2/6"],
                  ["Communicatie", "A. Storm", "AS", "2/6"],
                  ["Strategie", "Z. Ahmadzai-Popal", "ZAP", "1/6"]],
              header=["Functie", "Naam", "Paraaf", "Datum"], widths=[45, 60, 20, 20])
    d.add_heading("Informatie die niet openbaar gemaakt kan worden", level=3)
    d.add_paragraph("Motivering: n.v.t.")
    save_print(d, out)


# ---------------------------------------------------------------- B11 project plan with RACI + stakeholders
R11 = [
    P("PERSON", "Harmen Winter", "H. Winter", "Harmen", "HW"),
    P("PERSON", "Dewi Sastrowidjojo-Pattiasina", "Sastrowidjojo-Pattiasina", "Dewi", "DSP"),
    P("PERSON", "Laurens op den Velde", "op den Velde", "L. op den Velde", "LodV"),
    P("PERSON", "Rosalie Bosmans-Dijk", "Bosmans-Dijk", "Rosalie", "RBD"),
    P("PERSON", "Ahmed Abu Zaid Haddad", "Abu Zaid Haddad", "Ahmed", "AAZH"),
    P("PERSON", "Tineke Haagsma", "Haagsma", "Tineke"),
    P("PERSON", "Bram Kok", "B. Kok", "Kok"),
    P("PERSON", "Senna Mei", "S. Mei"),
    P("EMAIL", "harmen.winter@cjib.nl"), P("EMAIL", "dewi.sastrowidjojo@cjib.nl"), P("PHONE", "06 - 4417 2093"),
]
K11 = {"ORG": ["CJIB", "Centraal Justitieel Incassobureau", "Openbaar Ministerie", "RDW", "Nationale Politie",
               "Justitiële Informatiedienst", "Ministerie van Justitie en Veiligheid", "SSC-ICT", "Logius",
               "Adviescollege ICT-toetsing"],
       "OFFICE": ["minister Van Weel", "Van Weel", "Yeşilgöz", "Grapperhaus"],
       "PRODUCT": ["Azure DevOps", "ServiceNow", "Jira", "MijnCJIB", "Berichtenbox", "Power BI"],
       "TERM": ["RACI", "Responsible", "Accountable", "Consulted", "Informed", "Product Owner", "Scrum Master",
                "Business Analist", "PI Planning", "MINIMUM VIABLE PRODUCT", "GO/NO-GO", "RISK REGISTER",
                "Stuurgroep", "Opdrachtgever", "Stakeholder"],
       "PROGRAM": ["Programma Betalen in Termijnen", "Wet administratiefrechtelijke handhaving verkeersvoorschriften",
                   "Wahv"],
       "PLACE": ["Leeuwarden", "Den Haag", "Zoetermeer"]}


@register("ag11_projectplan_raci_cjib.pdf", R11, K11)
def b11(out):
    d = new_doc("Winter, H. (CJIB)", "Projectplan Betalen in Termijnen", landscape=True)
    h = d.add_paragraph()
    rr = h.add_run("Projectplan Programma Betalen in Termijnen (MINIMUM VIABLE PRODUCT)")
    rr.bold, rr.font.size = True, Pt(14)
    d.add_paragraph("Centraal Justitieel Incassobureau (CJIB), Leeuwarden — versie 0.9, april 2025. "
                    "Opdrachtgever: directeur Inning. Projectleider: Harmen Winter (harmen.winter@cjib.nl, "
                    "06 - 4417 2093).")
    d.add_paragraph("Aanleiding: minister Van Weel wil dat mensen met een verkeersboete onder de Wet "
                    "administratiefrechtelijke handhaving verkeersvoorschriften (Wahv) eenvoudiger in termijnen "
                    "betalen. Voorgangers Yeşilgöz en Grapperhaus hadden dit al toegezegd. Het Adviescollege "
                    "ICT-toetsing toetst het plan.")
    d.add_heading("RACI", level=2)
    hdr = ["Activiteit", "Harmen Winter (PL)", "Dewi Sastrowidjojo-Pattiasina (Product Owner)",
           "L. op den Velde (Scrum Master)", "Rosalie Bosmans-Dijk (Business Analist)", "Ahmed Abu Zaid Haddad "
           "(architect, SSC-ICT)", "Stuurgroep"]
    rows = [["Scope MVP", "A", "R", "C", "C", "I", "I"],
            ["Backlog in Azure DevOps", "I", "A", "R", "C", "I", "-"],
            ["Koppeling MijnCJIB / Berichtenbox (Logius)", "A", "C", "R", "I", "R", "I"],
            ["Dashboard Power BI", "I", "A", "C", "R", "C", "-"],
            ["GO/NO-GO livegang", "R", "C", "I", "I", "C", "A"],
            ["Incidenten via ServiceNow", "I", "I", "A", "I", "R", "-"]]
    add_table(d, rows, header=hdr, widths=[55, 28, 34, 30, 34, 36, 22], size=8)
    d.add_paragraph("Legenda: Responsible, Accountable, Consulted, Informed.")
    d.add_heading("Stakeholders", level=2)
    add_table(d, [["Openbaar Ministerie", "Tineke Haagsma", "Consulted", "maandelijks"],
                  ["RDW", "Bram Kok", "Informed", "per PI Planning"],
                  ["Nationale Politie", "(functie) teamleider Verkeer", "Informed", "kwartaal"],
                  ["Justitiële Informatiedienst", "S. Mei", "Consulted", "ad hoc"],
                  ["Ministerie van Justitie en Veiligheid", "directie Rechtsbestel", "Accountable", "Stuurgroep"]],
              header=["Stakeholder", "Contact", "Rol", "Frequentie"], widths=[70, 60, 40, 40])
    d.add_heading("RISK REGISTER", level=2)
    d.add_paragraph("R1 Capaciteit: de Scrum Master (LodV) is ook ingezet op Jira-migratie. R2 Koppeling: "
                    "Ahmed en Dewi zien risico's in Zoetermeer (SSC-ICT). R3 Data: Rosalie controleert de "
                    "datakwaliteit met Tineke. Kok (RDW) levert kentekendata. Eigenaar register: HW; reviewers "
                    "DSP, RBD en AAZH. S. Mei bewaakt de Justitiële Informatiedienst-koppeling. Senna Mei "
                    "schuift aan bij de PI Planning in Den Haag.")
    save_print(d, out)


# ---------------------------------------------------------------- B12 action list in Calc
R12 = [
    P("PERSON", "Sjoerd Tjallingii-Bloem", "Tjallingii-Bloem", "S. Tjallingii", "Sjoerd", "ST"),
    P("PERSON", "Marieke Jongbloed-Vreeswijk", "Jongbloed-Vreeswijk", "Marieke", "MJV"),
    P("PERSON", "Kofi Owusu-Mensah", "Owusu-Mensah", "Kofi", "KOM"),
    P("PERSON", "Ingeborg April", "I. April", "April"),
    P("PERSON", "Hans Leiden", "J.P.M. Leiden", "JPM"),
    P("PERSON", "Nasrin Haidari", "Haidari", "Nasrin", "NH"),
    P("PERSON", "Zoë Bénard-Kwakernaat", "Bénard-Kwakernaat", "Zoë"),
    P("PERSON", "Luuk Roos", "L. Roos", "Roos", "Luuk"),
    P("EMAIL", "s.tjallingii@rivm.nl"),
]
K12 = {"ORG": ["RIVM", "GGD GHOR Nederland", "NVWA", "CBS", "KNMI", "Gezondheidsraad", "Ministerie van VWS",
               "Rijksinstituut voor Volksgezondheid en Milieu", "Erasmus MC", "Antoni van Leeuwenhoek"],
       "OFFICE": ["minister Agema", "Agema", "Kuipers", "De Jonge", "staatssecretaris Karremans"],
       "TERM": ["Nr", "Actie", "Wie", "Wanneer", "Status", "open", "gereed", "ACTIELIJST", "Deelnemers"],
       "PROGRAM": ["Pandemische paraatheid", "Nationaal Programma Preventie", "Landelijke Aanpak Hitte"],
       "PLACE": ["Bilthoven", "Leiden-overleg", "Utrecht"]}


@register("ag12_actielijst_pandemische_paraatheid_calc.pdf", R12, K12)
def b12(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Actielijst"
    ws["A1"] = "ACTIELIJST Pandemische paraatheid — overleg RIVM / Ministerie van VWS, Bilthoven 22 mei 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Nr", "Actie", "Wie", "Wanneer", "Status"])
    rows = [
        [1, "Scenario's Gezondheidsraad verwerken in de nota voor minister Agema", "Sjoerd", "6 juni", "open"],
        [2, "Afstemmen met GGD GHOR Nederland over opschaling", "MJV", "13 juni", "open"],
        [3, "Data NVWA en CBS koppelen (zoönosen)", "Kofi / ST", "juli", "open"],
        [4, "Hitteplan: Landelijke Aanpak Hitte afstemmen met KNMI", "I. April", "1 juni", "gereed"],
        [5, "Vergelijking met aanpak onder Kuipers en De Jonge", "J.P.M. Leiden", "juni", "open"],
        [6, "Ziekenhuiscapaciteit Erasmus MC / Antoni van Leeuwenhoek", "Nasrin", "z.s.m.", "open"],
        [7, "Nationaal Programma Preventie: bijdrage staatssecretaris Karremans", "Zoë", "sept", "open"],
        [8, "Verslag rondsturen en agenda Leiden-overleg", "Luuk", "30 mei", "gereed"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["", "Deelnemers", "Organisatie", "Rol"])
    for r in [["Sjoerd Tjallingii-Bloem", "RIVM", "voorzitter"], ["Marieke Jongbloed-Vreeswijk", "VWS", ""],
              ["Kofi Owusu-Mensah", "RIVM", ""], ["Ingeborg April", "RIVM", ""], ["Hans Leiden", "VWS", ""],
              ["Nasrin Haidari", "VWS", ""], ["Zoë Bénard-Kwakernaat", "RIVM", ""],
              ["Luuk Roos", "VWS", "notulen"]]:
        ws.append([""] + r)
    ws.append([])
    ws.append(["", "Contact voorzitter: s.tjallingii@rivm.nl", "Paraaf notulist: L. Roos"])
    ws.append(["", "Volgende keer in Utrecht; KOM en NH sturen stukken vooraf. JPM zit voor."])
    for c in ("A", "B", "C", "D", "E"):
        ws[f"{c}3"].font = Font(bold=True)
        ws[f"{c}3"].fill = PatternFill("solid", fgColor="D9D9D9")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 10
    ws.column_dimensions["E"].width = 9
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.oddHeader.center.text = "Rijksinstituut voor Volksgezondheid en Milieu"
    ws.oddFooter.left.text = "Opgesteld door L. Roos"
    ws.oddFooter.right.text = "Pagina &P"
    wb.properties.creator = "Roos, Luuk"
    src = BUILD / (out.stem + ".xlsx")
    BUILD.mkdir(parents=True, exist_ok=True)
    wb.save(src)
    soffice(src, out)


# ---------------------------------------------------------------- B13 evaluation report with respondents, colophon
R13 = [
    P("PERSON", "Reinier Blom", "R. Blom", "Blom"),
    P("PERSON", "Noortje Visser-Dam", "Visser-Dam", "N. Visser-Dam"),
    P("PERSON", "Olga Szentiványi", "Szentiványi Olga", "Szentiványi"),
    P("PERSON", "Mustafa Barakzai", "Barakzai", "M. Barakzai"),
    P("PERSON", "Cor de Groot", "C. de Groot", "De Groot"),
    P("PERSON", "Hiba Al-Zoubi", "Al-Zoubi", "H. Al-Zoubi"),
    P("PERSON", "Trijntje Wybrandi", "Wybrandi", "T. Wybrandi"),
    P("PERSON", "Efua Mensah-Koranteng", "Mensah-Koranteng", "E. Mensah-Koranteng"),
    P("PERSON", "Jan-Willem Zwolle", "J.W. Zwolle", "Zwolle, J.W."),
    P("PERSON", "Maartje in 't Groen", "in 't Groen", "M. in 't Groen"),
    P("PERSON", "Daan Storm", "D. Storm"),
    P("PERSON", "Evi Bos-Hakkert", "Bos-Hakkert"),
    P("PERSON", "Pim Lenteveld", "Lenteveld", "P. Lenteveld"),
]
K13 = {"ORG": ["Nederlandse Arbeidsinspectie", "Ministerie van Sociale Zaken en Werkgelegenheid", "FNV", "CNV",
               "VNO-NCW", "MKB-Nederland", "Stichting van de Arbeid", "Sociaal-Economische Raad", "SER",
               "Regioplan", "Universiteit Utrecht"],
       "OFFICE": ["minister Van Hijum", "Van Hijum", "Van Gennip", "Koolmees", "Asscher", "Kamerlid Kathmann"],
       "PROGRAM": ["Programma Eerlijk Werk", "Arbowet", "Wet arbeidsmarkt in balans", "Wet aanpak schijnconstructies"],
       "TERM": ["EXECUTIVE SUMMARY", "Colofon", "Auteurs", "Redactie", "Fotografie", "Vormgeving", "respondenten",
                "Bijlage 1", "arbeidsmigrant", "uitzendbureau"],
       "PLACE": ["Venlo", "in Zwolle", "Zwolle (privé)", "Westland", "Rotterdam", "Utrecht"]}


@register("ag13_evaluatie_eerlijk_werk_respondenten.pdf", R13, K13)
def b13(out):
    d = new_doc("Lenteveld, P. (Regioplan)", "Evaluatie Programma Eerlijk Werk")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Evaluatie Programma Eerlijk Werk — Regioplan i.o.v. SZW"
    sec.footer.paragraphs[0].text = "Concept juni 2025 — auteurs P. Lenteveld en D. Storm"
    h = d.add_paragraph()
    rr = h.add_run("Evaluatie Programma Eerlijk Werk")
    rr.bold, rr.font.size = True, Pt(18)
    d.add_heading("EXECUTIVE SUMMARY", level=2)
    d.add_paragraph("In opdracht van het Ministerie van Sociale Zaken en Werkgelegenheid heeft Regioplan, samen "
                    "met de Universiteit Utrecht, het Programma Eerlijk Werk geëvalueerd. Minister Van Hijum heeft "
                    "het programma voortgezet dat onder Van Gennip en Koolmees begon; het advies van de commissie "
                    "onder leiding van Asscher (2020) was het vertrekpunt. Kamerlid Kathmann vroeg in 2024 om deze "
                    "evaluatie. De Nederlandse Arbeidsinspectie, FNV, CNV, VNO-NCW, MKB-Nederland, de Stichting van de "
                    "Arbeid en de SER (Sociaal-Economische Raad) werkten mee.")
    d.add_paragraph("Wij spraken 31 respondenten, onder wie twaalf arbeidsmigranten in Venlo, Westland en "
                    "Rotterdam. Een arbeidsmigrant uit Hongarije, mevrouw Szentiványi, vertelde dat haar "
                    "uitzendbureau de huur inhield op haar loon. De heer Barakzai, die in Zwolle in een distributie"
                    "centrum werkt, zei dat hij zijn contract niet kon lezen. Een inspecteur (R. Blom) gaf aan dat "
                    "de Arbowet op dit punt weinig houvast biedt; Blom pleit voor een certificeringsplicht.")
    d.add_paragraph("De Wet arbeidsmarkt in balans en de Wet aanpak schijnconstructies werken volgens de meeste "
                    "respondenten onvoldoende. C. de Groot (FNV) en De Groot's collega Hiba Al-Zoubi noemden "
                    "voorbeelden uit het Westland.")
    d.add_heading("Bijlage 1 Lijst van respondenten", level=2)
    add_table(d, [["Reinier Blom", "inspecteur", "Nederlandse Arbeidsinspectie"],
                  ["Noortje Visser-Dam", "beleidsmedewerker", "Ministerie van SZW"],
                  ["Szentiványi Olga", "arbeidsmigrant", "Venlo (privé)"],
                  ["Mustafa Barakzai", "orderpicker", "Zwolle (privé)"],
                  ["Cor de Groot", "bestuurder", "FNV"],
                  ["Hiba Al-Zoubi", "juriste", "FNV"],
                  ["Trijntje Wybrandi", "adviseur", "MKB-Nederland"],
                  ["Efua Mensah-Koranteng", "HR-manager", "uitzendbureau, Rotterdam"],
                  ["Zwolle, J.W.", "wethouder-adviseur (ambtelijk)", "gemeente Westland"]],
              header=["Naam", "Functie / rol", "Organisatie / woonplaats"], widths=[50, 55, 60])
    d.add_paragraph("N. Visser-Dam en T. Wybrandi hebben hun gespreksverslag gecorrigeerd. J.W. Zwolle sprak "
                    "op persoonlijke titel. E. Mensah-Koranteng vroeg om anonimiteit van haar werkgever.")
    d.add_heading("Colofon", level=2)
    add_table(d, [["Auteurs", "drs. Pim Lenteveld, Daan Storm MSc, Maartje in 't Groen PhD"],
                  ["Redactie", "Evi Bos-Hakkert"], ["Fotografie", "Maartje in 't Groen (Westland)"],
                  ["Vormgeving", "Regioplan, Amsterdam"]], widths=[35, 130], grey_first_col=True)
    d.add_paragraph("Citeerwijze: Lenteveld, P., Storm, D. & In 't Groen, M. (2025). Evaluatie Programma Eerlijk "
                    "Werk. Regioplan.")
    save_print(d, out)


# ---------------------------------------------------------------- B14 werkgroep members with post-nominals
R14 = [
    P("PERSON", "Marco Winter", "ing. M. Winter", "Winter"),
    P("PERSON", "Fenna Dijkstra-Hettema", "Dijkstra-Hettema", "F. Dijkstra-Hettema", "Fenna"),
    P("PERSON", "Stijn van 't Kruys", "van 't Kruys", "S. van 't Kruys"),
    P("PERSON", "Obinna Chukwuemeka-Vos", "Chukwuemeka-Vos", "O. Chukwuemeka-Vos"),
    P("PERSON", "Lina Al-Haddadin", "Al-Haddadin", "L. Al-Haddadin", "Lina"),
    P("PERSON", "Rutger Berg", "R. Berg"),
    P("PERSON", "Joana Pereira da Silva Santos", "Pereira da Silva Santos", "J. Pereira da Silva Santos"),
    P("PERSON", "Gerbrich Mei-Hoekstra", "Mei-Hoekstra", "G. Mei-Hoekstra"),
    P("PERSON", "Karel Bloemendaal", "Bloemendaal", "K.J. Bloemendaal"),
    P("PERSON", "Siham Warsame Cali", "Warsame Cali"),
    P("EMAIL", "m.winter@rdi.nl"), P("EMAIL", "fenna.dijkstra@ncsc.nl"), P("PHONE", "06 - 2876 5510"),
]
K14 = {"ORG": ["Nationaal Cyber Security Centrum", "NCSC", "Rijksinspectie Digitale Infrastructuur", "RDI",
               "Autoriteit Persoonsgegevens", "ENISA", "Agentschap Telecom", "Digital Trust Center", "Logius",
               "Forum Standaardisatie", "ECP", "Ministerie van Justitie en Veiligheid", "Ministerie van Economische "
               "Zaken"],
       "OFFICE": ["minister Van Weel", "staatssecretaris Szabó", "Beljaarts", "Van Huffelen"],
       "LAW": ["Cyberbeveiligingswet", "NIS2-richtlijn", "Cyber Resilience Act", "Wet weerbaarheid kritieke entiteiten"],
       "TERM": ["CISSP", "CISM", "CISA", "MSc", "MBA", "PhD", "SECURITY OPERATIONS CENTER", "THREAT INTELLIGENCE",
                "VULNERABILITY DISCLOSURE", "voorzitter", "secretaris", "lid"],
       "PLACE": ["Den Haag", "Groningen", "Amersfoort"]}


@register("ag14_werkgroep_nis2_leden_postnominals.pdf", R14, K14)
def b14(out):
    d = new_doc("secretariaat werkgroep", "Werkgroep NIS2")
    h = d.add_paragraph()
    rr = h.add_run("Werkgroep implementatie NIS2-richtlijn — samenstelling en werkwijze")
    rr.bold, rr.font.size = True, Pt(14)
    d.add_paragraph("De werkgroep bereidt de Cyberbeveiligingswet en de Wet weerbaarheid kritieke entiteiten voor, "
                    "die minister Van Weel en staatssecretaris Szabó bij de Kamer hebben ingediend. Ook de Cyber "
                    "Resilience Act (ENISA) valt binnen de scope. Oud-staatssecretaris Van Huffelen en minister "
                    "Beljaarts zijn eerder geïnformeerd.")
    add_table(d, [["voorzitter", "ing. M. Winter MBA CISSP", "Rijksinspectie Digitale Infrastructuur (RDI)",
                   "m.winter@rdi.nl"],
                  ["secretaris", "Fenna Dijkstra-Hettema MSc", "Nationaal Cyber Security Centrum (NCSC)",
                   "fenna.dijkstra@ncsc.nl / 06 - 2876 5510"],
                  ["lid", "S. van 't Kruys CISM", "Autoriteit Persoonsgegevens", ""],
                  ["lid", "Obinna Chukwuemeka-Vos PhD", "Digital Trust Center", ""],
                  ["lid", "Lina Al-Haddadin CISA", "Logius", ""],
                  ["lid", "R. Berg RE", "Forum Standaardisatie", ""],
                  ["lid", "Joana Pereira da Silva Santos MSc", "ECP", ""],
                  ["lid", "G. Mei-Hoekstra", "Ministerie van Justitie en Veiligheid", ""],
                  ["lid", "drs. K.J. Bloemendaal RA", "Ministerie van Economische Zaken", ""],
                  ["agendalid", "Siham Warsame Cali", "Agentschap Telecom (oud)", ""]],
              header=["Rol", "Naam", "Werkgever", "Contact"], widths=[22, 55, 60, 45])
    d.add_heading("SECURITY OPERATIONS CENTER en THREAT INTELLIGENCE", level=2)
    d.add_paragraph("Winter stelt voor dat het NCSC de meldplicht coördineert. Fenna werkt een VULNERABILITY "
                    "DISCLOSURE-paragraaf uit met Lina. De heer Van 't Kruys (AP) wijst op de verhouding met de "
                    "AVG; Chukwuemeka-Vos en Bloemendaal schrijven het hoofdstuk over toezicht. Vergaderingen in "
                    "Den Haag, Groningen en Amersfoort. Mevrouw Pereira da Silva Santos en mevrouw Mei-Hoekstra "
                    "vormen de redactie. Mevrouw Warsame Cali ontvangt de stukken ter informatie.")
    save_print(d, out)
