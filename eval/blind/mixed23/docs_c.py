"""Set AG, part C: reportlab, fpdf2, Ghostscript re-distilled and scanned documents."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from fpdf import FPDF
from framework import register, P, hidden, scan, gs_redistill, BUILD

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
SS = getSampleStyleSheet()
N = ParagraphStyle("n", parent=SS["Normal"], fontName="DV", fontSize=9.5, leading=13)
SMALL = ParagraphStyle("s", parent=N, fontSize=8, leading=10)
H1 = ParagraphStyle("h1", parent=N, fontName="DVB", fontSize=14, leading=18, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=N, fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
SERIF = ParagraphStyle("sf", parent=N, fontName="DVS", fontSize=10.5, leading=14)


def bsn(seed):
    import random
    r = random.Random(seed)
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum((9 - i) * d[i] for i in range(8))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def iban(seed, bank="INGB"):
    import random
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rl_build(out, story, landscape=False, onpage=None, author="", title=""):
    from reportlab.lib.pagesizes import landscape as ls
    doc = SimpleDocTemplate(str(out), pagesize=ls(A4) if landscape else A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm, author=author,
                            title=title, creator="Rijkshuisstijl sjabloon", invariant=1)
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)


def tbl(rows, widths, header=True, grey_col=False, size=8.5):
    data = [[Paragraph(str(c), ParagraphStyle("t", parent=N, fontSize=size, leading=size + 2.5)) for c in r]
            for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths])
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
    if grey_col:
        st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#d9d9d9")))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- C15 memo with sticky notes, bookmarks, form field
R15 = [
    P("PERSON", "Wiebe Oosterzee-Brandsma", "Oosterzee-Brandsma", "W. Oosterzee-Brandsma", "Wiebe", "WOB"),
    P("PERSON", "Sanne Blom-Achterberg", "Blom-Achterberg", "Sanne", "S. Blom"),
    P("PERSON", "Ruben Koning", "R. Koning", ("Koning", 1)),
    P("PERSON", "Amira Abu Hamdan", "Abu Hamdan", "Amira"),
    P("PERSON", "Thijs van der Storm", "van der Storm", "T. van der Storm"),
    P("EMAIL", "wiebe.oosterzee@minlnv.nl"), P("EMAIL", "s.blom-achterberg@minlnv.nl"), P("PHONE", "06 - 3108 7742"),
]
K15 = {"OFFICE": ["minister Wiersma", "Wiersma", "Adema", "Staghouwer", "Schouten", "Van der Wal",
                  "Europarlementariër Anja Haga", "Eurocommissaris Hansen", "Commissaris van de Koning"],
       "ORG": ["NVWA", "RVO", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "LTO Nederland",
               "Wageningen University & Research", "Europese Commissie", "Raad van State", "Provincie Gelderland",
               "BIJ12"],
       "PROGRAM": ["Nationaal Programma Landelijk Gebied", "Lbv-plus", "Gemeenschappelijk Landbouwbeleid", "GLB"],
       "TERM": ["MEMO", "QUICK SCAN", "NITROGEN DEPOSITION", "Behandeld door", "Aantekening"],
       "PLACE": ["Bezuidenhoutseweg 73", "Den Haag", "Barneveld", "Veluwe"]}


@register("ag15_memo_stikstof_sticky_notes.pdf", R15, K15)
def c15(out):
    story = [Paragraph("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur · Bezuidenhoutseweg 73 · "
                       "Den Haag", SMALL), Spacer(1, 6),
             Paragraph("MEMO", H1),
             tbl([["Aan", "minister Wiersma"], ["Van", "directie Stikstof en Natuur"],
                  ["Behandeld door", "Wiebe Oosterzee-Brandsma, 06 - 3108 7742"], ["Datum", "4 juni 2025"],
                  ["Onderwerp", "QUICK SCAN Lbv-plus Veluwe"]], [35, 110], header=False, grey_col=True),
             Spacer(1, 8), Paragraph("NITROGEN DEPOSITION op de Veluwe", H2),
             Paragraph("U vroeg om een korte analyse van de aanmeldingen voor de Lbv-plus rond Barneveld. RVO en "
                       "BIJ12 hebben 84 aanmeldingen ontvangen; de NVWA controleert de emissiearme stallen. "
                       "Voorgangers Adema, Van der Wal, Staghouwer en Schouten hebben de regeling in stappen "
                       "opgebouwd. De Provincie Gelderland (Commissaris van de Koning) vraagt om een bestuurlijk "
                       "overleg.", N),
             Paragraph("Wageningen University &amp; Research ziet weinig effect van het Gemeenschappelijk "
                       "Landbouwbeleid (GLB). Europarlementariër Anja Haga en Eurocommissaris Hansen hebben LTO "
                       "Nederland toegezegd dat de Europese Commissie de derogatie opnieuw bekijkt. De Raad van "
                       "State adviseert over het Nationaal Programma Landelijk Gebied.", N),
             Paragraph("Sanne Blom-Achterberg (s.blom-achterberg@minlnv.nl) heeft de cijfers verzameld; Ruben "
                       "Koning van RVO leverde de kaarten. Koning is vanaf juli niet meer beschikbaar.", N),
             Spacer(1, 6), Paragraph("Aantekening: WOB / S. Blom", SMALL)]
    rl_build(out, story, author="Oosterzee-Brandsma, W.", title="Memo QUICK SCAN Lbv-plus")
    hidden(out, xmp_creator="Wiebe Oosterzee-Brandsma",
           annots=[(0, "Amira Abu Hamdan", "Amira: kan de zin over Haga eruit? Afgestemd met Thijs van der Storm.",
                    450, 640),
                   (0, "Blom-Achterberg, Sanne", "Cijfers gecheckt met R. Koning, 3 juni.", 450, 520),
                   (0, "T. van der Storm", "Akkoord, graag naar de minister.", 450, 400)],
           outline=["Memo", "Opmerkingen Amira Abu Hamdan"],
           links=[(0, "mailto:wiebe.oosterzee@minlnv.nl", [150, 690, 330, 702])],
           fields=[(0, "Paraaf_behandelaar", "Wiebe Oosterzee-Brandsma", [400, 60, 560, 76])])


# ---------------------------------------------------------------- C16 fpdf internal note, initials styles, capitals
R16 = [
    P("PERSON", "Johannes Petrus Maria Roos", "J.P.M. Roos", "J. P. M. Roos", "JPM", "J.P.M", "ROOS, J.P.M.", "Roos"),
    P("PERSON", "Aletta van der Meulen-Tjallema", "van der Meulen-Tjallema", "Van der Meulen-Tjallema",
      "A.C. van der Meulen", "ACvdM"),
    P("PERSON", "Kwame Darko-Appiah", "DARKO-APPIAH, K.", "Darko-Appiah", "K. Darko-Appiah"),
    P("PERSON", "Linde Zomer", "L. ZOMER", "Zomer", "Linde"),
    P("PERSON", "Farid Popalzai", "F. POPALZAI", "Popalzai", "Farid"),
    P("PERSON", "Bertine Haag", "B.H.J. Haag", "Haag, B.H.J.", "BHJH"),
    P("EMAIL", "jpm.roos@minbzk.nl"), P("PHONE", "070 - 426 7731"), P("PHONE", "06 - 5512 0388"),
]
K16 = {"ORG": ["Rijksvastgoedbedrijf", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "FMHaaglanden",
               "Rijksschoonmaakorganisatie", "Belastingdienst", "Den Haag Centraal"],
       "OFFICE": ["minister Uitermark", "Uitermark", "De Jonge", "Bruins Slot", "burgemeester Van Zanen"],
       "TERM": ["INTERN BERICHT", "FACILITY MANAGEMENT", "HYBRIDE WERKEN", "BUSINESS CASE", "Rijkskantoor",
                "paraaf", "Pagina"],
       "PROGRAM": ["Programma Rijkskantoren 2030", "Masterplan Kantoren"],
       "PLACE": ["Turfmarkt 147", "Den Haag", "Rijnstraat 8", "Schedeldoekshaven", "Zwolle", "Groningen"]}


@register("ag16_intern_bericht_rijkskantoren_fpdf.pdf", R16, K16)
def c16(out):
    class Doc(FPDF):
        def header(self):
            self.set_font("DV", size=7.5)
            self.cell(0, 5, "INTERN BERICHT  ·  Rijksvastgoedbedrijf  ·  opsteller JPM  ·  kenmerk RVB-2025-4471",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", size=7.5)
            self.cell(0, 5, f"Gecontroleerd: J. P. M. Roos / A.C. van der Meulen — Pagina {self.page_no()}",
                      align="C")
    pdf = Doc(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 5, 20, 10, 0))
    pdf.add_font("DV", fname=FD + "DejaVuSans.ttf")
    pdf.add_font("DV", style="B", fname=FD + "DejaVuSans-Bold.ttf")
    pdf.set_author("ROOS, J.P.M.")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(0, 7, "HYBRIDE WERKEN en bezetting Rijkskantoor Turfmarkt 147", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", size=9.5)
    pdf.ln(2)
    lines = [
        ("Aan", "minister Uitermark (via de plv. SG)"),
        ("Van", "J.P.M. Roos, afdeling FACILITY MANAGEMENT, 070 - 426 7731 / 06 - 5512 0388, jpm.roos@minbzk.nl"),
        ("Kopie", "ROOS, J.P.M.; DARKO-APPIAH, K.; L. ZOMER; F. POPALZAI; Haag, B.H.J."),
        ("Datum", "20 mei 2025"),
    ]
    for k, v in lines:
        pdf.set_font("DV", "B", 9)
        pdf.cell(28, 5.5, k)
        pdf.set_font("DV", size=9)
        pdf.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    txt = ("Het Programma Rijkskantoren 2030 gaat uit van 0,7 werkplek per fte. Minister Uitermark heeft "
           "gevraagd of dat voor de Turfmarkt 147 en de Rijnstraat 8 haalbaar is. Oud-ministers De Jonge en Bruins "
           "Slot kozen in het Masterplan Kantoren voor concentratie rond Den Haag Centraal; burgemeester Van Zanen "
           "wil de Schedeldoekshaven openhouden. De BUSINESS CASE is opgesteld door mevrouw Aletta van der "
           "Meulen-Tjallema en door K. Darko-Appiah gecontroleerd.")
    pdf.multi_cell(0, 5.2, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # narrow column forces a particle to break over a line end
    pdf.set_font("DV", size=9)
    y = pdf.get_y()
    pdf.multi_cell(60, 5, "Bezettingsmetingen: uitgevoerd door de heer Kwame Darko-Appiah en mevrouw Aletta van "
                          "der Meulen-Tjallema met FMHaaglanden en de Rijksschoonmaakorganisatie.", border=1)
    pdf.set_xy(88, y)
    pdf.multi_cell(0, 5, "Uitkomsten: dinsdag en donderdag 94 % bezet, vrijdag 31 %. Linde (Zomer) adviseert "
                         "vaste teamdagen. Farid Popalzai werkt het rooster uit voor de locaties Zwolle en "
                         "Groningen van de Belastingdienst.", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 5.2, "Voorstel: instemmen met vaste teamdagen. Na akkoord stuurt J.P.M de planning naar "
                           "Bertine Haag (BHJH) voor de paraaf; Popalzai en Zomer informeren de ondernemingsraad. "
                           "Contact: Roos, toestel 7731.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "paraaf: JPM  /  ACvdM  /  BHJH", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# ---------------------------------------------------------------- C17 scanned signed presence list
R17 = [
    P("PERSON", "Gerrit Storm", "G. Storm", "Storm"),
    P("PERSON", "Aaltje Bos-Wiersema", "Bos-Wiersema"),
    P("PERSON", "Samira Ouali", "Ouali"),
    P("PERSON", "Hendrik van Leiden", "van Leiden"),
    P("PERSON", "Mei Winter", "Winter"),
    P("PERSON", "Kwesi Amankwah", "Amankwah"),
    P("PERSON", "Doortje Kramer-Berg", "Kramer-Berg"),
    P("PERSON", "Ilias Sahraoui", "Sahraoui"),
    P("PHONE", "06 - 4432 9017"), P("PHONE", "06 - 2290 6631"),
    P("EMAIL", "a.boswiersema@planet.nl"),
]


@register("ag17_scan_presentielijst_inloopavond.pdf", R17, {}, scan=True)
def c17(out):
    src = BUILD / "c17_src.pdf"
    BUILD.mkdir(parents=True, exist_ok=True)
    rows = [["Naam", "Organisatie / namens", "Telefoon of e-mail", "Paraaf"],
            ["Gerrit Storm", "bewoner Dorpsstraat", "06 - 4432 9017", "GS"],
            ["Aaltje Bos-Wiersema", "Dorpsbelang", "a.boswiersema@planet.nl", "ABW"],
            ["Samira Ouali", "Rijkswaterstaat, omgevingsmanager", "via secretariaat", "SO"],
            ["Hendrik van Leiden", "Waterschap Rivierenland", "-", "HvL"],
            ["Mei Winter", "bewoner", "06 - 2290 6631", "MW"],
            ["Kwesi Amankwah", "namens huurders", "-", "KA"],
            ["Doortje Kramer-Berg", "Provincie Gelderland", "-", "DKB"],
            ["Ilias Sahraoui", "Rijkswaterstaat", "-", "IS"]]
    story = [Paragraph("Rijkswaterstaat · Project Dijkversterking Tiel-Waardenburg", SMALL), Spacer(1, 6),
             Paragraph("Presentielijst inloopavond 11 maart 2025", H1),
             Paragraph("Locatie: dorpshuis Haaften. Wethouder en dijkgraaf waren aanwezig voor de opening.", N),
             Spacer(1, 8), tbl(rows, [48, 55, 50, 17], size=10.5),
             Spacer(1, 10), Paragraph("Lijst opgesteld door G. Storm (secretariaat bewonerscommissie).", N)]
    rl_build(src, story)
    scan(src, out, seed=17, dpi=200, angle=0.7)


# ---------------------------------------------------------------- C18 scanned citizen letter
B18 = bsn(18)
I18 = iban(18, "RABO")
R18 = [
    P("PERSON", "Fatuma Xasan Cabdi", "Xasan Cabdi", "F. Xasan Cabdi"),
    P("ADDRESS", "Kerkstraat 41-B", "5211 KH"),
    P("BSN", B18), P("IBAN", I18),
    P("PHONE", "06 - 8124 5590"),
    P("PERSON", "Mohamed Xasan", "Mohamed"),
]


@register("ag18_scan_brief_burger_toeslagen.pdf", R18, {}, scan=True)
def c18(out):
    src = BUILD / "c18_src.pdf"
    BUILD.mkdir(parents=True, exist_ok=True)
    story = [Paragraph("F. Xasan Cabdi<br/>Kerkstraat 41-B<br/>5211 KH 's-Hertogenbosch<br/>tel. 06 - 8124 5590",
                       SERIF), Spacer(1, 14),
             Paragraph("Aan de Dienst Toeslagen<br/>Postbus 8125<br/>6710 PN Ede", SERIF), Spacer(1, 14),
             Paragraph("'s-Hertogenbosch, 2 februari 2025", SERIF), Spacer(1, 8),
             Paragraph("Betreft: bezwaar huurtoeslag 2024", SERIF), Spacer(1, 8),
             Paragraph("Geachte heer, mevrouw,", SERIF), Spacer(1, 6),
             Paragraph(f"Ik, Fatuma Xasan Cabdi (BSN {B18}), maak bezwaar tegen de terugvordering van mijn "
                       "huurtoeslag. Mijn zoon Mohamed Xasan woont sinds augustus niet meer bij mij, daarom is mijn "
                       "inkomen lager dan u heeft berekend. Ik vraag u het geld terug te storten op rekening "
                       f"{I18}.", SERIF), Spacer(1, 6),
             Paragraph("Mohamed heeft een eigen kamer in Utrecht. Zijn huurcontract stuur ik mee.", SERIF),
             Spacer(1, 10), Paragraph("Met vriendelijke groet,<br/><br/>F. Xasan Cabdi", SERIF)]
    rl_build(src, story)
    scan(src, out, seed=18, dpi=200, angle=-0.5)


# ---------------------------------------------------------------- C19 Kamervragen concept with internal lines
R19 = [
    P("PERSON", "Femke-Roos Aalderink", "Aalderink", "F.R. Aalderink", "FRA"),
    P("PERSON", "Nikos Papadakis-Brouwer", "Papadakis-Brouwer", "N. Papadakis-Brouwer", "Nikos"),
    P("PERSON", "Justine de Koning", "J. de Koning", "De Koning"),
    P("PERSON", "Bas Leiden", "B. Leiden"),
    P("PHONE", "06 - 3876 2205"), P("EMAIL", "femke-roos.aalderink@minvws.nl"),
]
K19 = {"OFFICE": ["minister Agema", "Agema", "Kamerleden Dobbe en Daniëlle Jansen", "Dobbe", "Daniëlle Jansen",
                  "Kuipers", "Helder", "staatssecretaris Karremans", "Karremans"],
       "ORG": ["Nederlandse Zorgautoriteit", "NZa", "Inspectie Gezondheidszorg en Jeugd", "IGJ", "Zorginstituut Nederland",
               "Erasmus MC", "Beatrix Kinderziekenhuis", "UMCG", "Antoni van Leeuwenhoek", "Ministerie van VWS"],
       "LAW": ["Wet kwaliteit, klachten en geschillen zorg", "Wkkgz", "Zorgverzekeringswet"],
       "TERM": ["Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2", "INTERN", "2025Z08812"],
       "PLACE": ["Groningen", "Rotterdam", "in Leiden"]}


@register("ag19_kamervragen_concept_kinderzorg.pdf", R19, K19)
def c19(out):
    gr = ParagraphStyle("gr", parent=SMALL, textColor=colors.HexColor("#9c1c1c"))
    story = [Paragraph("Ministerie van VWS · concept-antwoorden", SMALL), Spacer(1, 4),
             Paragraph("Antwoorden op vragen van de Kamerleden Dobbe en Daniëlle Jansen over wachtlijsten in de "
                       "kinderzorg (2025Z08812)", H1),
             Paragraph("[INTERN – verwijderen voor verzending: trekker Femke-Roos Aalderink, 06 - 3876 2205, "
                       "femke-roos.aalderink@minvws.nl; input NZa via Nikos Papadakis-Brouwer]", gr),
             Paragraph("Vraag 1", H2),
             Paragraph("Bent u bekend met het bericht dat kinderen in Groningen maanden wachten op een operatie in "
                       "het UMCG en het Beatrix Kinderziekenhuis?", N),
             Paragraph("Antwoord 1", H2),
             Paragraph("Ja. De Nederlandse Zorgautoriteit (NZa) monitort de wachttijden. Mijn ambtsvoorgangers "
                       "Kuipers en Helder hebben met het Zorginstituut Nederland afspraken gemaakt over "
                       "transparantie. Het Erasmus MC in Rotterdam neemt patiënten over.", N),
             Paragraph("[FRA: NZa-cijfers nog checken met N. Papadakis-Brouwer; De Koning (IGJ) bevestigt "
                       "meldingen]", gr),
             Paragraph("Vraag 2", H2),
             Paragraph("Welke rol heeft de Inspectie Gezondheidszorg en Jeugd (IGJ)?", N),
             Paragraph("Antwoord 2", H2),
             Paragraph("De IGJ houdt toezicht op grond van de Wet kwaliteit, klachten en geschillen zorg (Wkkgz). "
                       "Zorgverzekeraars hebben een zorgplicht op grond van de Zorgverzekeringswet. "
                       "Staatssecretaris Karremans bespreekt de jeugd-GGZ met de sector. Ook het Antoni van "
                       "Leeuwenhoek in Leiden is betrokken bij de kinderoncologie.", N),
             Paragraph("[Nikos: graag akkoord vóór vrijdag. J. de Koning heeft de IGJ-passage gezien. Juridische "
                       "check door B. Leiden (Bas Leiden, WJZ).]", gr),
             Spacer(1, 8), Paragraph("De minister van Volksgezondheid, Welzijn en Sport,<br/>M.H.F. Agema", N)]
    rl_build(out, story, author="Aalderink, F.R.", title="Concept-antwoorden 2025Z08812")


# ---------------------------------------------------------------- C20 note to SG, Ghostscript re-distilled
R20 = [
    P("PERSON", "Olivier Ter Horst-Kuijpers", "Ter Horst-Kuijpers", "O. Ter Horst-Kuijpers", "OTH"),
    P("PERSON", "Mariam Sultani-Rahmani", "Sultani-Rahmani", "M. Sultani-Rahmani", "Mariam", "MSR"),
    P("PERSON", "Jelle Dijk", "J. Dijk", "Jelle"),
    P("PERSON", "Noa Bloem", "N. Bloem", "Noa"),
    P("EMAIL", "o.terhorst@minjenv.nl"), P("PHONE", "06 - 1702 6648"),
]
K20 = {"OFFICE": ["minister Van Weel", "Van Weel", "staatssecretaris Struycken", "Struycken", "Yeşilgöz", "Ferd Grapperhaus",
                  "Dilan Yeşilgöz-Zegerius"],
       "ORG": ["Ministerie van Justitie en Veiligheid", "Nationale Politie", "Openbaar Ministerie", "IND", "COA",
               "Dienst Justitiële Inrichtingen", "DJI", "Raad voor Strafrechttoepassing en Jeugdbescherming",
               "Europol", "Eurojust", "NCTV"],
       "TERM": ["Secretaris-Generaal", "Directeur-Generaal Straffen en Beschermen", "plv. SG", "NOTA AAN DE SG",
                "CAPACITY MANAGEMENT", "RISK ASSESSMENT", "Turfmarkt 147"],
       "PROGRAM": ["Masterplan DJI", "Programma Capaciteit DJI"],
       "PLACE": ["Den Haag", "Zutphen", "Veenhuizen", "Vught"]}


@register("ag20_nota_sg_capaciteit_dji_gs.pdf", R20, K20)
def c20(out):
    src = BUILD / "c20_src.pdf"
    BUILD.mkdir(parents=True, exist_ok=True)
    story = [Paragraph("Ministerie van Justitie en Veiligheid · Turfmarkt 147 · Den Haag", SMALL), Spacer(1, 4),
             Paragraph("NOTA AAN DE SG", H1),
             tbl([["Aan", "Secretaris-Generaal; plv. SG"],
                  ["Van", "Directeur-Generaal Straffen en Beschermen; opsteller O. Ter Horst-Kuijpers"],
                  ["cc", "DJI hoofddirectie; Mariam Sultani-Rahmani (Programma Capaciteit DJI)"],
                  ["Contact", "o.terhorst@minjenv.nl, 06 - 1702 6648"], ["Datum", "7 april 2025"]],
                 [30, 120], header=False, grey_col=True),
             Paragraph("CAPACITY MANAGEMENT", H2),
             Paragraph("De Dienst Justitiële Inrichtingen (DJI) kampt met een tekort van 600 plaatsen. Minister Van "
                       "Weel en staatssecretaris Struycken willen de Kamer in mei informeren over het Masterplan DJI. "
                       "De eerdere keuzes onder Dilan Yeşilgöz-Zegerius en Ferd Grapperhaus om locaties in Zutphen en "
                       "Veenhuizen te sluiten, worden deels teruggedraaid. Ook Vught wordt uitgebreid.", N),
             Paragraph("RISK ASSESSMENT", H2),
             Paragraph("De Nationale Politie en het Openbaar Ministerie melden dat heenzendingen toenemen. De Raad "
                       "voor Strafrechttoepassing en Jeugdbescherming adviseert binnenkort. IND, COA, Europol, "
                       "Eurojust en de NCTV zijn geïnformeerd over de gevolgen voor vreemdelingenbewaring.", N),
             Paragraph("De analyse is gemaakt door Jelle Dijk en Noa Bloem van de directie Sanctietoepassing. "
                       "J. Dijk en N. Bloem zijn beschikbaar voor een toelichting. Mariam coördineert. "
                       "Paraaf: OTH / MSR.", N)]
    rl_build(src, story)
    gs_redistill(src, out)
    hidden(out, info={"Author": "Ter Horst-Kuijpers, O.", "Title": "Nota aan de SG capaciteit"})


# ---------------------------------------------------------------- C21 fpdf interview list, narrow cells, landscape
R21 = [
    P("PERSON", "Gerda Lenting-Mei", "Lenting-Mei", "G. Lenting-Mei"),
    P("PERSON", "Osagyefo Kuffour-Baidoo", "Kuffour-Baidoo", "O. Kuffour-Baidoo"),
    P("PERSON", "Ana Luísa Ferreira da Rocha", "Ferreira da Rocha", "A.L. Ferreira da Rocha"),
    P("PERSON", "Ruth Haag", "R. Haag"),
    P("PERSON", "Pieter in 't Hout", "in 't Hout", "P. in 't Hout"),
    P("PERSON", "Salah Al-Jabouri", "Al-Jabouri", "S. Al-Jabouri"),
    P("PERSON", "Eelke Wiersma-Tuinstra", "Wiersma-Tuinstra", "E. Wiersma-Tuinstra"),
    P("PERSON", "Floris Bakker", "F. Bakker"),
    P("PERSON", "Anouk Leiden-Vos", "Leiden-Vos"),
    P("PERSON", "Varga Zsófia", "Varga"),
]
K21 = {"ORG": ["Inspectie Justitie en Veiligheid", "Rijksinspectie Digitale Infrastructuur", "Veiligheidsregio Utrecht",
               "Nederlands Instituut Publieke Veiligheid", "Nationale Politie", "Rode Kruis", "KNRM", "Defensie",
               "GGD regio Utrecht", "Brandweer Nederland", "NCTV"],
       "OFFICE": ["burgemeester Dijksma", "minister Van Weel", "Van Weel"],
       "TERM": ["INTERVIEW LOG", "Respondent", "Organisatie", "Datum", "Vorm", "face-to-face", "Teams",
                "LESSONS LEARNED", "NL-Alert", "Bijlage B"],
       "PLACE": ["Utrecht", "Nieuwegein", "Houten", "Zeist"]}


@register("ag21_interviewlog_nlalert_evaluatie_fpdf.pdf", R21, K21)
def c21(out):
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 2, 10, 0))
    pdf.add_font("DV", fname=FD + "DejaVuSans.ttf")
    pdf.add_font("DV", style="B", fname=FD + "DejaVuSans-Bold.ttf")
    pdf.set_author("Inspectie Justitie en Veiligheid")
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Bijlage B  INTERVIEW LOG evaluatie NL-Alert stroomstoring Utrecht", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("DV", size=9)
    pdf.multi_cell(0, 5, "Inspectie Justitie en Veiligheid, samen met de Rijksinspectie Digitale Infrastructuur. "
                         "Opdracht: minister Van Weel. Burgemeester Dijksma (voorzitter Veiligheidsregio Utrecht) is "
                         "bestuurlijk aanspreekpunt.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = [["Respondent", "Organisatie", "Rol", "Datum", "Vorm"],
            ["Gerda Lenting-Mei", "Veiligheidsregio Utrecht", "operationeel leider", "3 feb", "face-to-face"],
            ["Osagyefo Kuffour-Baidoo", "Nederlands Instituut Publieke Veiligheid", "onderzoeker", "4 feb", "Teams"],
            ["Ana Luísa Ferreira da Rocha", "GGD regio Utrecht", "arts infectieziekten", "4 feb", "Teams"],
            ["Ruth Haag", "Nationale Politie", "teamchef Nieuwegein", "6 feb", "face-to-face"],
            ["Pieter in 't Hout", "Brandweer Nederland", "officier van dienst", "7 feb", "face-to-face"],
            ["Salah Al-Jabouri", "bewoner Houten", "-", "10 feb", "telefonisch"],
            ["Eelke Wiersma-Tuinstra", "Rode Kruis", "coördinator", "11 feb", "Teams"],
            ["Floris Bakker", "KNRM / Defensie", "liaison", "12 feb", "Teams"],
            ["Anouk Leiden-Vos", "bewoner Zeist", "-", "12 feb", "face-to-face"],
            ["Varga Zsófia", "NCTV", "analist", "13 feb", "Teams"]]
    widths = [52, 78, 50, 22, 30]
    for i, r in enumerate(rows):
        pdf.set_font("DV", "B" if i == 0 else "", 8.5)
        y = pdf.get_y()
        x = pdf.l_margin
        for w, v in zip(widths, r):
            pdf.set_xy(x, y)
            pdf.multi_cell(w, 5, v, border=1, max_line_height=5)
            x += w
        pdf.set_y(y + 5 if max(pdf.get_string_width(v) for v in r) < 40 else y + 10)
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "LESSONS LEARNED (eerste indruk)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", size=9)
    pdf.multi_cell(0, 5, "Volgens G. Lenting-Mei kwam het NL-Alert twintig minuten te laat. O. Kuffour-Baidoo en "
                         "A.L. Ferreira da Rocha wijzen op de kwetsbaarheid van zorglocaties. R. Haag en P. in 't Hout "
                         "bevestigen dat de communicatie via Teams uitviel. Bewoners Al-Jabouri en Leiden-Vos kregen "
                         "geen bericht. E. Wiersma-Tuinstra, F. Bakker en Varga (NCTV) leveren nog documenten aan.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
