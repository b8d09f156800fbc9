"""Set BI documents 01-11."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt, Cm
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, PageBreak

from lib import (P, R, K, build_rl, styles, table, soffice_pdf, chromium_pdf, hide, bsn, iban)

DOCS = []


def reg(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ------------------------------------------------------------------ 01
@reg("bi01_bzk_woo_besluit")
def d01(out: Path, work: Path):
    st = styles("helv", 10)

    def side(c, d):
        x = 150 * mm
        y = 262 * mm
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, y, "Directoraat-generaal Volkshuisvesting")
        c.setFont("Helvetica", 7.5)
        for i, line in enumerate(["en Bouwen", "Directie Woningbouw", "", "Turfmarkt 147", "Den Haag",
                                  "Postbus 20011", "2500 EA Den Haag", "www.rijksoverheid.nl", "",
                                  "Contactpersoon", "mr. E.W. Strijbosch-Kuiper", "T 070 426 83 17",
                                  "woo@minbzk.nl", "", "Kenmerk", "2025-0000183412", "", "Uw kenmerk",
                                  "e-mail 14 januari 2025", "", "Bijlagen", "2"]):
            c.drawString(x, y - (i + 1) * 9.2, line)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(22 * mm, 280 * mm, "Ministerie van Binnenlandse Zaken en")
        c.drawString(22 * mm, 275.5 * mm, "Koninkrijksrelaties")

    story = [Spacer(1, 18 * mm),
             P("Retouradres Postbus 20011 2500 EA Den Haag", st["s"]), Spacer(1, 3 * mm),
             P("De heer R.J. Vlasblom<br/>Van Speijkstraat 118-3<br/>1057 GZ Amsterdam", st["t"]),
             Spacer(1, 12 * mm),
             P("Datum&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;17 maart 2025", st["t"]),
             P("Betreft&nbsp;&nbsp;&nbsp;&nbsp;Besluit op uw Woo-verzoek over de Woningbouwimpuls", st["t"]),
             Spacer(1, 8 * mm),
             P("Geachte heer Vlasblom,", st["n"]),
             P("Bij e-mail van 14 januari 2025 heeft u op grond van de Wet open overheid (Woo) verzocht om "
               "openbaarmaking van documenten over de zesde tranche van de Woningbouwimpuls, in het bijzonder "
               "de afstemming tussen het ministerie en de gemeenten Almere en Rotterdam. Uw verzoek is op "
               "dezelfde dag ontvangen. In deze brief leest u mijn besluit.", st["n"]),
             P("Verloop van de procedure", st["h2"]),
             P("Bij brief van 22 januari 2025 is de ontvangst van uw verzoek bevestigd. Op 10 februari 2025 "
               "is de beslistermijn met twee weken verdaagd, omdat derden in de gelegenheid moesten worden "
               "gesteld een zienswijze te geven. Op 4 maart 2025 heeft u telefonisch met mevrouw "
               "Strijbosch-Kuiper gesproken over de reikwijdte van uw verzoek; u heeft toen aangegeven dat "
               "conceptversies van de beschikking niet onder het verzoek hoeven te vallen.", st["n"]),
             P("Zienswijzen zijn gevraagd aan de Vereniging van Nederlandse Gemeenten, Aedes, de gemeente "
               "Almere, de gemeente Rotterdam en aan één particuliere belanghebbende, mevrouw "
               "H.A. Oudejans-Brink, wier e-mail aan het ministerie onder het verzoek valt. Het overzicht "
               "van de geraadpleegde derden vindt u in bijlage 2.", st["n"]),
             P("Besluit", st["h2"]),
             P("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Er zijn 34 documenten gevonden. "
               "Daarvan maak ik 9 documenten geheel openbaar, 23 documenten deels openbaar en 2 documenten "
               "niet, omdat die al openbaar zijn (Kamerstukken 32847, nr. 1203 en nr. 1211). De documenten "
               "staan in de inventarislijst (bijlage 1).", st["n"]),
             P("Weigeringsgronden", st["h2"]),
             P("<b>Eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo).</b> "
               "In de documenten staan namen, e-mailadressen en telefoonnummers van ambtenaren die niet uit "
               "hoofde van hun functie in de openbaarheid treden, en gegevens van particulieren. Het belang "
               "van hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarmaking. Namen van "
               "bewindspersonen, zoals minister Uitermark, en van bestuurders die in hun publieke rol "
               "optreden, zoals burgemeester Dijksma en wethouder Ouarraou, maak ik wel openbaar.", st["n"]),
             P("<b>Goed functioneren van de Staat (artikel 5.1, tweede lid, onder i, Woo).</b> Een "
               "rechtstreekse mobiele verbinding met de minister wordt niet openbaar gemaakt.", st["n"]),
             P("Wijze van openbaarmaking", st["h2"]),
             P("De openbaar gemaakte documenten worden gepubliceerd op open.overheid.nl. Persoonsgegevens "
               "zijn daarin weggelakt met vermelding van de weigeringsgrond.", st["n"]),
             P("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van Binnenlandse "
               "Zaken en Koninkrijksrelaties, Postbus 20011, 2500 EA Den Haag. U kunt ook e-mailen naar "
               "woo@minbzk.nl. Heeft u vragen, bel dan met de contactpersoon die rechtsboven in deze brief "
               "staat, of met het algemene nummer van de Rijksoverheid, 1400.", st["n"]),
             Spacer(1, 6 * mm),
             P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,<br/>namens deze,", st["n"]),
             Spacer(1, 14 * mm),
             P("drs. M.A. Tjoa<br/>directeur Woningbouw", st["n"]),
             Spacer(1, 6 * mm),
             P("Bijlage 1: Inventarislijst<br/>Bijlage 2: Overzicht geraadpleegde derden", st["s"])]
    build_rl(out, story, font="helv", side=side, margins=(22, 65, 22, 22),
             footer="Besluit Woo-verzoek 2025-0000183412",
             meta={"title": "Besluit Woo-verzoek Woningbouwimpuls", "author": "BZK"})
    redact = [R("PERSON", "R.J. Vlasblom (verzoeker)", "Vlasblom"),
              R("ADDRESS", "Van Speijkstraat 118-3, 1057 GZ Amsterdam", "Van Speijkstraat 118-3", "1057 GZ"),
              R("PERSON", "mr. E.W. Strijbosch-Kuiper", "Strijbosch-Kuiper", "E.W. Strijbosch"),
              R("PHONE", "070 426 83 17", "070 426 83 17"),
              R("PERSON", "H.A. Oudejans-Brink (particulier)", "Oudejans-Brink"),
              R("PERSON", "drs. M.A. Tjoa (directeur, ondertekenaar namens)", "Tjoa")]
    keep = [K("LAW", "Wet open overheid"), K("PROGRAMME", "Woningbouwimpuls"),
            K("ORG", "Vereniging van Nederlandse Gemeenten"), K("ORG", "Aedes"),
            K("PLACE", "Almere"), K("PLACE", "Rotterdam"),
            K("ADDRESS_ORG", "Turfmarkt 147"), K("ADDRESS_ORG", "Postbus 20011"),
            K("MAILBOX", "woo@minbzk.nl"), K("OFFICEHOLDER", "minister Uitermark", "Uitermark"),
            K("OFFICEHOLDER", "burgemeester Dijksma", "Dijksma"), K("OFFICEHOLDER", "wethouder Ouarraou", "Ouarraou"),
            K("PHONE_GENERAL", "1400"), K("TITLE", "directeur Woningbouw"),
            K("ID", "Kamerstukken 32847", "32847"), K("WEB", "open.overheid.nl")]
    return redact, keep


# ------------------------------------------------------------------ 02
@reg("bi02_bzk_inventarislijst")
def d02(out: Path, work: Path):
    st = styles("djcond", 8.5)
    rows = [["Nr.", "Datum", "Omschrijving", "Beoordeling", "Weigerings-<br/>grond", "Toelichting"]]
    items = [
        ("0001", "06-01-2025", "E-mail BZK aan VNG over planning zesde tranche Woningbouwimpuls", "Deels openbaar", "5.1.2e", ""),
        ("0002", "06-01-2025", "Bijlage bij 0001: planning tranche 6 (Excel)", "Openbaar", "", ""),
        ("0003", "08-01-2025", "Nota aan de minister: beoordelingskader tranche 6", "Deels openbaar", "5.1.2e, 5.2.1", "Persoonlijke beleidsopvattingen in par. 4"),
        ("0004", "09-01-2025", "Verslag bestuurlijk overleg met wethouder Ouarraou (Almere)", "Deels openbaar", "5.1.2e", ""),
        ("0005", "09-01-2025", "E-mail gemeente Almere aan BZK met aanvullende stukken", "Deels openbaar", "5.1.2e", ""),
        ("0006", "10-01-2025", "Appberichten minister Uitermark en burgemeester Dijksma", "Deels openbaar", "5.1.2e, 5.1.2i", "Mobiel nummer minister"),
        ("0007", "13-01-2025", "E-mail Aedes over voorwaarden sociale huur", "Deels openbaar", "5.1.2e", ""),
        ("0008", "13-01-2025", "Doorgestuurde e-mail van 0007", "Niet openbaar", "", "Dubbel van 0007"),
        ("0009", "14-01-2025", "Notitie gesprek met projectontwikkelaar J. Wittebrood over grondposities", "Deels openbaar", "5.1.2e, 5.1.1c", "Bedrijfsgegevens"),
        ("0010", "15-01-2025", "E-mail van mevrouw Oudejans-Brink (derde) over bouwplan Poort", "Deels openbaar", "5.1.2e", "Zienswijze gevolgd"),
        ("0011", "15-01-2025", "Reactie BZK aan mevrouw Oudejans-Brink", "Deels openbaar", "5.1.2e", ""),
        ("0012", "16-01-2025", "Memo W. de Lange-Opdam aan MT DGVB", "Deels openbaar", "5.1.2e, 5.2.1", ""),
        ("0013", "17-01-2025", "Presentatie Rijksvastgoedbedrijf: locaties Almere Pampus", "Openbaar", "", ""),
        ("0014", "20-01-2025", "Teams-chat afdeling Woningbouw over planning", "Deels openbaar", "5.1.2e", ""),
        ("0015", "21-01-2025", "Kamerbrief voortgang Woningbouwimpuls", "Niet openbaar", "", "Reeds openbaar: Kamerstukken 32847, nr. 1203"),
        ("0016", "22-01-2025", "E-mail gemeente Rotterdam: projecten Feijenoord en Hoogvliet", "Deels openbaar", "5.1.2e", ""),
        ("0017", "23-01-2025", "Concept-beschikking Almere", "Niet openbaar", "", "Buiten reikwijdte (afspraak met verzoeker)"),
        ("0018", "24-01-2025", "Verslag ambtelijk overleg BZK-FIN over kasritme", "Deels openbaar", "5.1.2e, 5.2.1", ""),
        ("0019", "27-01-2025", "Beslisnota tranche 6 met parafenlijst", "Deels openbaar", "5.1.2e", "Parafen gelakt"),
        ("0020", "28-01-2025", "E-mail Woonstichting De Key over Zeeburgereiland", "Deels openbaar", "5.1.2e", ""),
        ("0021", "29-01-2025", "Agenda overleg met gedeputeerde Stolk (Zuid-Holland)", "Openbaar", "", ""),
        ("0022", "30-01-2025", "Sms-bericht van de heer Vlasblom aan het klantcontactcentrum", "Deels openbaar", "5.1.2e", ""),
        ("0023", "31-01-2025", "E-mail Ministerie van Financiën (IRF) over kasschuif", "Deels openbaar", "5.1.2e", ""),
        ("0024", "03-02-2025", "Advies Landsadvocaat (Pels Rijcken) over staatssteun", "Deels openbaar", "5.1.2e", ""),
        ("0025", "04-02-2025", "Spreektekst minister Uitermark voor commissiedebat Wonen", "Openbaar", "", ""),
        ("0026", "05-02-2025", "E-mail R. Hooijschuur (Heijmans) over startdatum Almere Poort", "Deels openbaar", "5.1.2e, 5.1.1c", ""),
        ("0027", "06-02-2025", "Q&amp;A woordvoering Woningbouwimpuls", "Openbaar", "", ""),
        ("0028", "07-02-2025", "Whatsapp-berichten ambtenaren DGVB", "Deels openbaar", "5.1.2e", ""),
        ("0029", "10-02-2025", "Besluit verdaging beslistermijn", "Openbaar", "", ""),
        ("0030", "11-02-2025", "E-mail VNG (Kenniscentrum) over monitoring", "Deels openbaar", "5.1.2e", ""),
        ("0031", "12-02-2025", "Notitie juridische toets (DWJZ)", "Deels openbaar", "5.1.2e, 5.2.1", ""),
        ("0032", "13-02-2025", "Reactie Aedes op concept-besluit", "Deels openbaar", "5.1.2e", ""),
        ("0033", "14-02-2025", "Verslag telefoongesprek met mevr. Sahin-Brouwer (omwonende)", "Deels openbaar", "5.1.2e", ""),
        ("0034", "17-02-2025", "Overzicht toegekende bijdragen tranche 6", "Openbaar", "", ""),
    ]
    for it in items:
        rows.append(list(it))
    story = [P("Bijlage 1 – Inventarislijst bij besluit 2025-0000183412 (Woo-verzoek Woningbouwimpuls)", st["h2"]),
             P("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties – DG Volkshuisvesting en Bouwen", st["t"]),
             Spacer(1, 4 * mm),
             table(rows, st, [14 * mm, 20 * mm, 105 * mm, 27 * mm, 25 * mm, 66 * mm], bg="#e8e0c8"),
             Spacer(1, 4 * mm),
             P("Legenda weigeringsgronden: 5.1.1c bedrijfs- en fabricagegegevens; 5.1.2e eerbiediging van de "
               "persoonlijke levenssfeer; 5.1.2i goed functioneren van de Staat; 5.2.1 persoonlijke "
               "beleidsopvattingen in documenten voor intern beraad.", st["s"])]
    build_rl(out, story, font="djcond", pagesize=landscape(A4), margins=(16, 14, 16, 14),
             footer="Inventarislijst Woo-besluit 2025-0000183412 – BZK",
             meta={"title": "Inventarislijst", "author": "DGVB"})
    redact = [R("PERSON", "J. Wittebrood (projectontwikkelaar)", "Wittebrood"),
              R("PERSON", "mevrouw Oudejans-Brink (derde)", "Oudejans-Brink"),
              R("PERSON", "W. de Lange-Opdam (ambtenaar)", "Lange-Opdam"),
              R("PERSON", "de heer Vlasblom (verzoeker)", "Vlasblom"),
              R("PERSON", "R. Hooijschuur (Heijmans)", "Hooijschuur"),
              R("PERSON", "mevr. Sahin-Brouwer (omwonende)", "Sahin-Brouwer")]
    keep = [K("OFFICEHOLDER", "wethouder Ouarraou", "Ouarraou"), K("OFFICEHOLDER", "minister Uitermark", "Uitermark"),
            K("OFFICEHOLDER", "burgemeester Dijksma", "Dijksma"), K("OFFICEHOLDER", "gedeputeerde Stolk", "Stolk"),
            K("ORG", "Aedes"), K("ORG", "Rijksvastgoedbedrijf"), K("ORG", "Woonstichting De Key"),
            K("ORG", "Pels Rijcken"), K("ORG", "Heijmans"), K("ORG", "VNG"), K("ACRONYM", "DWJZ"),
            K("PLACE", "Zeeburgereiland"), K("PLACE", "Feijenoord"), K("PLACE", "Hoogvliet"),
            K("PLACE", "Almere Pampus"), K("PROGRAMME", "Woningbouwimpuls"), K("ROLE", "Landsadvocaat")]
    return redact, keep


# ------------------------------------------------------------------ 03
@reg("bi03_fin_productierapport")
def d03(out: Path, work: Path):
    st = styles("djcond", 7)
    hdr = ["ID", "Family ID", "Email Thread ID", "Document", "File type", "Datum", "Beoordeling",
           "Beoordelingsgrond", "Toelichting", "Gerelateerd ID"]
    data = [
        ("FIN-2291-001", "F-001", "T-0107", "RE_ Rechtsherstel box 3 - reactie DGFZ.msg", "msg", "03-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-002", "F-001", "", "Bijlage_overzicht_forfaitaire_rendementen.xlsx", "xlsx", "03-02-2025", "Openbaar", "", "", ""),
        ("FIN-2291-003", "F-003", "T-0107", "FW_ Kamervragen lid Idsinga (NSC) - concept antwoorden.msg", "msg", "05-02-2025", "Deels openbaar", "5.1.2e, 5.2.1", "", ""),
        ("FIN-2291-004", "F-004", "", "Notitie gesprek mw. Terpstra-Huizinga (Belastingdienst).docx", "docx", "06-02-2025", "Deels openbaar", "5.1.2e", "Naam in bestandsnaam gelakt", ""),
        ("FIN-2291-005", "F-005", "T-0112", "RE_ planning Wet rechtsherstel box 3.msg", "msg", "07-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-006", "F-006", "", "Spreektekst staatssecretaris Van Oostenbruggen CD Fiscaliteit.docx", "docx", "10-02-2025", "Openbaar", "", "", ""),
        ("FIN-2291-007", "F-007", "", "Whatsapp_export_A_Bouwhuis_feb2025.pdf", "pdf", "11-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-008", "F-008", "T-0118", "RE_ RE_ uitvoeringstoets Belastingdienst.msg", "msg", "12-02-2025", "Deels openbaar", "5.1.2e, 5.1.2i", "", ""),
        ("FIN-2291-009", "F-009", "", "Beslisnota rechtsherstel box 3 (versie 4).pdf", "pdf", "14-02-2025", "Deels openbaar", "5.1.2e, 5.2.1", "", ""),
        ("FIN-2291-010", "F-009", "", "Parafenblad nota box 3.pdf", "pdf", "14-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-011", "F-011", "", "Kamerbrief stand van zaken box 3.pdf", "pdf", "17-02-2025", "Niet openbaar", "", "Reeds openbaar", "Kamerstuk 32140"),
        ("FIN-2291-012", "F-012", "T-0121", "Afspraak_Tanja_en_Gijsbert_HR_uitspraak.ics", "ics", "18-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-013", "F-013", "", "Memo Hoge Raad 6 juni 2024 - gevolgen.docx", "docx", "19-02-2025", "Openbaar", "", "", ""),
        ("FIN-2291-014", "F-014", "T-0121", "RE_ Afspraak HR-uitspraak.msg", "msg", "19-02-2025", "Niet openbaar", "", "Dubbel", "FIN-2291-012"),
        ("FIN-2291-015", "F-015", "", "Verslag overleg Nationale ombudsman.docx", "docx", "20-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-016", "F-016", "", "Brief belastingplichtige L.P. Haringsma-de Ruiter.pdf", "pdf", "21-02-2025", "Deels openbaar", "5.1.2e, 5.1.1e", "BSN gelakt", ""),
        ("FIN-2291-017", "F-017", "T-0130", "RE_ persvragen NRC box 3.msg", "msg", "24-02-2025", "Deels openbaar", "5.1.2e", "", ""),
        ("FIN-2291-018", "F-018", "", "Q&amp;A minister Heinen box 3.docx", "docx", "25-02-2025", "Openbaar", "", "", ""),
    ]
    rows = [hdr] + [list(r) for r in data]
    story = [P("Productierapport Woo-verzoek 2025-2291 – Ministerie van Financiën", st["h1"]),
             P("Matter: WOO-2025-2291 rechtsherstel box 3 &nbsp;&nbsp; Zaaknummer: 2025-0000041177 &nbsp;&nbsp; "
               "Export uit beoordelingsomgeving, 28-02-2025", st["t"]),
             Spacer(1, 3 * mm),
             table(rows, st, [22 * mm, 14 * mm, 18 * mm, 82 * mm, 12 * mm, 17 * mm, 22 * mm, 24 * mm, 34 * mm, 22 * mm],
                   bg="#cfe0d0")]
    build_rl(out, story, font="djcond", pagesize=landscape(A4), margins=(14, 10, 14, 10),
             footer="Productierapport WOO-2025-2291 – vertrouwelijk tot publicatie",
             meta={"title": "Productierapport WOO-2025-2291", "author": "Directie Wetgeving en Juridische Zaken"})
    redact = [R("PERSON", "mw. Terpstra-Huizinga (Belastingdienst)", "Terpstra-Huizinga"),
              R("PERSON", "A. Bouwhuis (in bestandsnaam)", ("Bouwhuis", False)),
              R("PERSON", "Tanja (in bestandsnaam)", ("Tanja", False)),
              R("PERSON", "Gijsbert (in bestandsnaam)", ("Gijsbert", False)),
              R("PERSON", "L.P. Haringsma-de Ruiter (belastingplichtige)", "Haringsma-de Ruiter")]
    keep = [K("OFFICEHOLDER", "lid Idsinga (NSC)", "Idsinga"),
            K("OFFICEHOLDER", "staatssecretaris Van Oostenbruggen", "Van Oostenbruggen"),
            K("OFFICEHOLDER", "minister Heinen", "Heinen"), K("ORG", "Belastingdienst"),
            K("ORG", "Hoge Raad"), K("ORG", "Nationale ombudsman"), K("ORG", "NRC"),
            K("LAW", "Wet rechtsherstel box 3"), K("ID", "Zaaknummer", "2025-0000041177"),
            K("ACRONYM", "DGFZ"), K("ID", "Kamerstuk 32140", "32140"), K("TERM", "Beoordelingsgrond")]
    return redact, keep


# ------------------------------------------------------------------ 04
@reg("bi04_bzk_geraadpleegde_derden")
def d04(out: Path, work: Path):
    d = docx.Document()
    sty = d.styles["Normal"]
    sty.font.name = "DejaVu Serif"
    sty.font.size = Pt(9.5)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties    |    Kenmerk 2025-0000183412"
    sec.footer.paragraphs[0].text = "Bijlage 2 bij besluit op Woo-verzoek Woningbouwimpuls"
    d.add_heading("Bijlage 2 – Overzicht geraadpleegde derden", level=1)
    d.add_paragraph("Op grond van artikel 4.4 van de Wet open overheid zijn de volgende derden in de "
                    "gelegenheid gesteld een zienswijze te geven. Contactgegevens van particulieren en van "
                    "medewerkers van organisaties zijn in de openbare versie gelakt (5.1.2e).")
    rows = [("Nr.", "Derde", "Contactpersoon / adres", "Verzoek", "Reactie", "Verwerking"),
            ("1", "Vereniging van Nederlandse Gemeenten", "info@vng.nl", "10-02-2025", "Geen bezwaar", "—"),
            ("2", "Aedes vereniging van woningcorporaties", "mr. K. Vrijhof, k.vrijhof@aedes.nl", "10-02-2025",
             "Bezwaar tegen passage p. 3 van doc. 0007", "Deels gevolgd (5.1.1c)"),
            ("3", "Gemeente Almere", "T. Bergkamp-Yıldız, afdeling Stedelijke Ontwikkeling, 06-3385 1920",
             "10-02-2025", "Geen bezwaar", "—"),
            ("4", "Gemeente Rotterdam", "woo@rotterdam.nl", "10-02-2025", "Geen reactie", "—"),
            ("5", "Heijmans N.V.", "ing. D. Ruigrok, Graafsebaan 65, 5248 JT Rosmalen", "11-02-2025",
             "Bezwaar: bedrijfsgegevens", "Gevolgd (5.1.1c)"),
            ("6", "Particulier (derde-belanghebbende)", "mevrouw H.A. Oudejans-Brink, Brandingdijk 212, "
             "1324 KK Almere", "11-02-2025", "Bezwaar tegen openbaarmaking naam", "Gevolgd (5.1.2e)"),
            ("7", "Particulier (omwonende)", "de heer B. Schipperheijn, Dorpsstraat 12, 1634 EL Scharwoude",
             "11-02-2025", "Geen reactie", "Naam en adres gelakt"),
            ("8", "Woonstichting De Key", "Postbus 3935, 1001 AT Amsterdam", "12-02-2025", "Geen bezwaar", "—")]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            cell.width = Cm((1.0, 5.0, 8.6, 2.4, 4.6, 4.0)[j])
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8)
                    run.bold = (i == 0)
    d.add_paragraph("")
    d.add_paragraph("De zienswijze van Heijmans N.V. is op 18 februari 2025 telefonisch toegelicht door de "
                    "heer Ruigrok. Mevrouw Oudejans-Brink heeft per e-mail gereageerd. Het adres Graafsebaan 65 "
                    "is het vestigingsadres van de onderneming en wordt niet gelakt in de documenten zelf; in "
                    "dit overzicht is het als contactadres van een medewerker opgenomen.")
    d.core_properties.author = "DGVB Woo-team"
    d.core_properties.title = "Bijlage 2 geraadpleegde derden"
    src = work / (out.stem + ".docx")
    d.save(src)
    pdf = soffice_pdf(src, work)
    pdf.replace(out)
    redact = [R("PERSON", "mr. K. Vrijhof (Aedes)", "Vrijhof"), R("EMAIL", "k.vrijhof@aedes.nl"),
              R("PERSON", "T. Bergkamp-Yıldız (gemeente Almere)", "Bergkamp-Yıldız"),
              R("PHONE", "06-3385 1920"),
              R("PERSON", "ing. D. Ruigrok (Heijmans)", "Ruigrok"),
              R("PERSON", "mevrouw H.A. Oudejans-Brink", "Oudejans-Brink"),
              R("ADDRESS", "Brandingdijk 212, 1324 KK Almere", "Brandingdijk 212", "1324 KK"),
              R("PERSON", "de heer B. Schipperheijn", "Schipperheijn"),
              R("ADDRESS", "Dorpsstraat 12, 1634 EL Scharwoude", "Dorpsstraat 12", "1634 EL")]
    # Graafsebaan 65 is listed as a staff member's contact address here but is the company's address:
    # kept (company address), the text says so.
    keep = [K("ORG", "Vereniging van Nederlandse Gemeenten"), K("MAILBOX", "info@vng.nl"),
            K("MAILBOX", "woo@rotterdam.nl"), K("ORG", "Heijmans N.V.", "Heijmans"),
            K("ADDRESS_ORG", "Graafsebaan 65"), K("PLACE", "Rosmalen"), K("ORG", "Woonstichting De Key"),
            K("ADDRESS_ORG", "Postbus 3935"), K("LAW", "Wet open overheid"),
            K("ORG", "Aedes vereniging van woningcorporaties"), K("ORG", "Gemeente Almere")]
    return redact, keep


# ------------------------------------------------------------------ 05
@reg("bi05_mail_bzk_fin_huurtoeslag")
def d05(out: Path, work: Path):
    st = styles("times", 10.5)

    def hdr(lines):
        return [P(f"<b>{k}</b>&nbsp;&nbsp;{v}", st["t"]) for k, v in lines]

    story = [P("Verbeek-Lammers, Anouk", st["h1"])]
    story += hdr([("Van:", "Verbeek-Lammers, Anouk &lt;anouk.verbeek-lammers@minbzk.nl&gt;"),
                  ("Verzonden:", "donderdag 6 maart 2025 17:42"),
                  ("Aan:", "Pranger, Jeroen &lt;j.pranger@minfin.nl&gt;"),
                  ("CC:", "Postbus Kamervragen FIN &lt;postbuskamervragen@minfin.nl&gt;; Haringsma, Sietske &lt;s.haringsma@minbzk.nl&gt;"),
                  ("Onderwerp:", "RE: Kamervragen lid Dassen (Volt) over huurtoeslag 2026 - input FIN")])
    story += [Spacer(1, 4 * mm),
              P("Hoi Jeroen,", st["n"]),
              P("Dank, ik heb jullie tekst voor vraag 4 en 5 verwerkt. Ik heb het even afgestemd met "
                "Willemijn van ons team Toeslagen: de verwijzing naar de Wet op de huurtoeslag klopt, maar "
                "het bedrag van de kasschuif moet nog langs IRF. Kun jij dat morgen voor 12.00 uur "
                "bevestigen? Minister Keijzer wil de antwoorden vrijdag tekenen.", st["n"]),
              P("Groet,<br/>Anouk", st["n"]),
              P("<b>Anouk Verbeek-Lammers</b><br/>Senior beleidsmedewerker<br/>Directie Woningmarkt | "
                "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties<br/>Turfmarkt 147 | 2511 DP | Den Haag<br/>"
                "M 06-2817 4409<br/>anouk.verbeek-lammers@minbzk.nl", st["s"]),
              Spacer(1, 5 * mm),
              P("-----Oorspronkelijk bericht-----", st["t"])]
    story += hdr([("Van:", "Pranger, Jeroen &lt;j.pranger@minfin.nl&gt;"),
                  ("Verzonden:", "donderdag 6 maart 2025 11:05"),
                  ("Aan:", "Verbeek-Lammers, Anouk &lt;anouk.verbeek-lammers@minbzk.nl&gt;"),
                  ("CC:", "Postbus Kamervragen FIN &lt;postbuskamervragen@minfin.nl&gt;"),
                  ("Onderwerp:", "RE: Kamervragen lid Dassen (Volt) over huurtoeslag 2026 - input FIN")])
    story += [Spacer(1, 4 * mm),
              P("Beste Anouk,", st["n"]),
              P("Hierbij onze input. Voor vraag 4 stellen wij voor: <i>“De middelen voor de verhoging van "
                "de huurtoeslag zijn bij Voorjaarsnota 2025 op de begroting van VRO gezet. Over de dekking "
                "na 2026 wordt besloten bij de augustusbesluitvorming.”</i> Vraag 5 kunnen wij niet "
                "beantwoorden zonder Dienst Toeslagen; ik heb Thijmen Oostveen daar gevraagd mee te kijken.",
                st["n"]),
              P("Zoals besproken: de cijfers uit de Miljoenennota 2025 (tabel 3.2) zijn leidend, niet die "
                "uit het CPB-rapport.", st["n"]),
              P("Met vriendelijke groet,", st["n"]),
              P("<b>drs. J.H. (Jeroen) Pranger</b><br/>Inspectie der Rijksfinanciën / Begrotingszaken<br/>"
                "Ministerie van Financiën<br/>Korte Voorhout 7 | 2511 CW | Den Haag<br/>"
                "T 070 342 81 67 | M +31 6 4410 3852<br/>j.pranger@minfin.nl", st["s"]),
              PageBreak()]
    story += [P("-----Oorspronkelijk bericht-----", st["t"])]
    story += hdr([("Van:", "Postbus Kamervragen FIN &lt;postbuskamervragen@minfin.nl&gt;"),
                  ("Verzonden:", "woensdag 5 maart 2025 09:31"),
                  ("Aan:", "Pranger, Jeroen &lt;j.pranger@minfin.nl&gt;"),
                  ("Onderwerp:", "FW: Kamervragen lid Dassen (Volt) over huurtoeslag 2026 - input FIN")])
    story += [Spacer(1, 4 * mm),
              P("Ter info en met verzoek om input vóór donderdag 12.00 uur. Coördinatie ligt bij BZK.", st["n"]),
              P("Team Kamervragen FIN", st["n"]),
              Spacer(1, 3 * mm),
              P("<b>From:</b> Haringsma, Sietske &lt;s.haringsma@minbzk.nl&gt;<br/><b>Sent:</b> Tuesday, 4 March "
                "2025 16:58<br/><b>To:</b> Postbus Kamervragen FIN &lt;postbuskamervragen@minfin.nl&gt;<br/>"
                "<b>Cc:</b> Verbeek-Lammers, Anouk &lt;anouk.verbeek-lammers@minbzk.nl&gt;<br/>"
                "<b>Subject:</b> Kamervragen lid Dassen (Volt) over huurtoeslag 2026", st["t"]),
              Spacer(1, 3 * mm),
              P("Goedemiddag,", st["n"]),
              P("Het lid Dassen (Volt) heeft op 27 februari 2025 schriftelijke vragen gesteld over de "
                "huurtoeslag in 2026 (kenmerk 2025Z03817). De beantwoording wordt gecoördineerd door de "
                "Directie Woningmarkt van BZK. Wij vragen Financiën om input op vraag 4 en 5. De vragen "
                "zitten in de bijlage.", st["n"]),
              P("Met vriendelijke groet,<br/>Sietske Haringsma<br/>Secretariaat Directie Woningmarkt<br/>"
                "T 070 426 55 02", st["n"]),
              Spacer(1, 8 * mm),
              P("Bijlage: 2025Z03817 Vragen lid Dassen huurtoeslag.pdf", st["s"])]
    build_rl(out, story, font="times", margins=(18, 20, 18, 20),
             header="Afgedrukt door: postbuskamervragen@minfin.nl – 7-3-2025 08:12",
             footer="Woo-verzoek 2025-2291 document FIN-2291-019",
             meta={"title": "RE: Kamervragen lid Dassen (Volt) over huurtoeslag 2026 - input FIN",
                   "author": "Microsoft Outlook"})
    redact = [R("PERSON", "Anouk Verbeek-Lammers", "Verbeek-Lammers", "Anouk"),
              R("EMAIL", "anouk.verbeek-lammers@minbzk.nl"),
              R("PHONE", "06-2817 4409"),
              R("PERSON", "drs. J.H. (Jeroen) Pranger", "Pranger", "Jeroen"),
              R("EMAIL", "j.pranger@minfin.nl"),
              R("PHONE", "070 342 81 67"), R("PHONE", "+31 6 4410 3852"),
              R("PERSON", "Sietske Haringsma", "Haringsma", "Sietske"),
              R("EMAIL", "s.haringsma@minbzk.nl"), R("PHONE", "070 426 55 02"),
              R("PERSON", "Willemijn (team Toeslagen)", "Willemijn"),
              R("PERSON", "Thijmen Oostveen (Dienst Toeslagen)", "Oostveen", "Thijmen")]
    keep = [K("MAILBOX", "postbuskamervragen@minfin.nl"), K("OFFICEHOLDER", "lid Dassen (Volt)", "Dassen"),
            K("OFFICEHOLDER", "Minister Keijzer", "Keijzer"), K("LAW", "Wet op de huurtoeslag"),
            K("ORG", "Dienst Toeslagen"), K("ACRONYM", "IRF"), K("ORG", "Inspectie der Rijksfinanciën"),
            K("ADDRESS_ORG", "Korte Voorhout 7"), K("ADDRESS_ORG", "Turfmarkt 147"),
            K("DOC", "Voorjaarsnota 2025"), K("DOC", "Miljoenennota 2025"), K("ORG", "CPB"),
            K("ID", "2025Z03817"), K("ORG", "Directie Woningmarkt"), K("TITLE", "Senior beleidsmedewerker")]
    return redact, keep


# ------------------------------------------------------------------ 06
@reg("bi06_mail_kgg_en_offshore")
def d06(out: Path, work: Path):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>RE: Grid connection timeline IJmuiden Ver</title>
<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:18mm 20mm;color:#111}
.h{border-bottom:1px solid #999;padding-bottom:6px;margin-bottom:10px}
.h td{padding:1px 8px 1px 0;vertical-align:top} .lbl{font-weight:bold;width:70px}
.sig{font-size:9pt;color:#333;margin-top:6px} .q{border-left:2px solid #aab;padding-left:10px;margin-top:14px}
h1{font-size:13pt;margin:0 0 8px 0}</style></head><body>
<h1>RE: Grid connection timeline IJmuiden Ver – DEA/KGG follow-up</h1>
<div class="h"><table>
<tr><td class="lbl">From:</td><td>Haverkamp, Tobias (KGG) &lt;t.haverkamp@minezk.nl&gt;</td></tr>
<tr><td class="lbl">Sent:</td><td>Wednesday, 14 May 2025 10:27</td></tr>
<tr><td class="lbl">To:</td><td>Mette Lindqvist-Boesen &lt;mlb@ens.dk&gt;</td></tr>
<tr><td class="lbl">Cc:</td><td>Ouali, Yasmina (KGG) &lt;y.ouali@minezk.nl&gt;; NSEC Secretariat &lt;nsec-secretariat@minezk.nl&gt;</td></tr>
<tr><td class="lbl">Subject:</td><td>RE: Grid connection timeline IJmuiden Ver – DEA/KGG follow-up</td></tr>
</table></div>
<p>Dear Mette,</p>
<p>Thank you for the slides. On the grid connection timeline: TenneT confirmed last week that the 2 GW
HVDC platform for IJmuiden Ver Alpha remains on schedule for 2029; Nederwiek I may slip by one year because of
the supply chain for offshore converter stations. Minister Hermans will raise the joint tender design at the
North Seas Energy Cooperation ministerial in June.</p>
<p>Yasmina will send you the draft non-paper on hybrid interconnectors before Friday. Could you check with
your colleague Søren whether the Danish Energy Agency can share the cost-benefit analysis for Bornholm Energy
Island?</p>
<p>Kind regards,<br>Tobias</p>
<div class="sig"><b>Tobias Haverkamp</b> | Senior Policy Officer Offshore Wind<br>
Directorate-General Climate and Energy | Ministry of Climate and Green Growth<br>
Bezuidenhoutseweg 73 | 2594 AC The Hague | The Netherlands<br>
M +31 6 5120 3378 | t.haverkamp@minezk.nl</div>
<div class="q">
<table>
<tr><td class="lbl">From:</td><td>Mette Lindqvist-Boesen &lt;mlb@ens.dk&gt;</td></tr>
<tr><td class="lbl">Sent:</td><td>Monday, 12 May 2025 15:02</td></tr>
<tr><td class="lbl">To:</td><td>Haverkamp, Tobias (KGG) &lt;t.haverkamp@minezk.nl&gt;</td></tr>
<tr><td class="lbl">Subject:</td><td>Grid connection timeline IJmuiden Ver – DEA/KGG follow-up</td></tr>
</table>
<p>Hi Tobias,</p>
<p>Following our call, please find attached the slides on the Danish offshore wind tender redesign (CfD
model, no negative bidding). We would appreciate an update on your grid connection timeline and on the
Dutch position on hybrid interconnectors before the NSEC meeting.</p>
<p>Best regards,<br>Mette Lindqvist-Boesen<br>Chief Adviser, Danish Energy Agency (Energistyrelsen)<br>
Carsten Niebuhrs Gade 43, 1577 København V | switchboard +45 33 92 67 00 | direct +45 2147 8836</p>
</div>
</body></html>"""
    chromium_pdf(html, out, work)
    redact = [R("PERSON", "Tobias Haverkamp", "Haverkamp", "Tobias"), R("EMAIL", "t.haverkamp@minezk.nl"),
              R("PHONE", "+31 6 5120 3378"),
              R("PERSON", "Mette Lindqvist-Boesen (DEA)", "Lindqvist-Boesen", "Mette"), R("EMAIL", "mlb@ens.dk"),
              R("PHONE", "+45 2147 8836"),
              R("PERSON", "Yasmina Ouali", "Ouali", "Yasmina"), R("EMAIL", "y.ouali@minezk.nl"),
              R("PERSON", "Søren (DEA colleague)", "Søren")]
    keep = [K("PROJECT", "IJmuiden Ver"), K("PROJECT", "Nederwiek"), K("ORG", "TenneT"),
            K("OFFICEHOLDER", "Minister Hermans", "Hermans"), K("ORG", "North Seas Energy Cooperation"),
            K("ORG", "Danish Energy Agency"), K("ORG", "Energistyrelsen"), K("MAILBOX", "nsec-secretariat@minezk.nl"),
            K("ADDRESS_ORG", "Bezuidenhoutseweg 73"), K("PHONE_GENERAL", "+45 33 92 67 00"),
            K("ADDRESS_ORG", "Carsten Niebuhrs Gade 43"), K("PROJECT", "Bornholm Energy Island"),
            K("TERM", "HVDC"), K("TERM", "offshore converter stations"), K("TERM", "hybrid interconnectors"),
            K("ORG", "Ministry of Climate and Green Growth")]
    return redact, keep


# ------------------------------------------------------------------ 07
@reg("bi07_mail_jenv_ocw_reeds_gelakt")
def d07(out: Path, work: Path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Woo-besluit 2024-12 document 17 (tweede beoordeling)")
    c.setAuthor("JenV")
    W, H = A4
    y = H - 22 * mm

    def box(x, y, w, label="5.1.2e"):
        c.setFillColor(colors.black)
        c.rect(x, y - 2.5, w, 11.5, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x + 2, y + 0.5, label)
        c.setFillColor(colors.black)

    c.setFont("Helvetica-Bold", 8)
    c.setFillColor(colors.HexColor("#8a1c1c"))
    c.drawString(20 * mm, H - 12 * mm, "Eerder openbaar gemaakt bij Woo-besluit 2024-12 (document 17) – opnieuw beoordeeld in 2025")
    c.setFillColor(colors.black)
    x0 = 20 * mm
    lines = [("Van:", None, 170), ("Verzonden:", "dinsdag 19 november 2024 14:12", 0), ("Aan:", None, 190),
             ("CC:", "Postbus NCTV Onderwijs <onderwijs@nctv.minjenv.nl>; ", 0),
             ("Onderwerp:", "RE: signalen radicalisering mbo – reactie OCW", 0)]
    for lab, val, bw in lines:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, y, lab)
        c.setFont("Helvetica", 10)
        if val is not None:
            c.drawString(x0 + 26 * mm, y, val)
        if bw:
            box(x0 + 26 * mm, y, bw)
        if lab == "CC:":
            box(x0 + 26 * mm + c.stringWidth(val, "Helvetica", 10) + 2, y, 110)
        y -= 14
    y -= 10
    body = [
        ("Beste ", 70, ","),
        ("Dank voor de snelle reactie. Zoals Femke al aangaf in het overleg van vrijdag, ziet de Inspectie van", None, None),
        ("het Onderwijs vooralsnog geen aanleiding voor een themaonderzoek. Staatssecretaris Paul wil wel", None, None),
        ("dat we de signalen uit de drie mbo-instellingen in Rotterdam-Zuid meenemen in de voortgangsbrief", None, None),
        ("over de aanpak van radicalisering. Kun je aangeven of de NCTV het dreigingsbeeld (DTN 61) hiervoor", None, None),
        ("mag gebruiken?", None, None),
        ("", None, None),
        ("Ruben Alkemade van jullie juridische dienst heeft gevraagd de passage over individuele studenten te", None, None),
        ("schrappen; dat hebben we gedaan.", None, None),
        ("", None, None),
        ("Met vriendelijke groet,", None, None),
        ("", 95, ""),
        ("Directie Middelbaar Beroepsonderwijs | Ministerie van Onderwijs, Cultuur en Wetenschap", None, None),
        ("Rijnstraat 50 | 2515 XP Den Haag | M ", 80, ""),
        ("", None, None),
        ("Van: ", 140, ""),
        ("Verzonden: maandag 18 november 2024 17:40", None, None),
        ("Onderwerp: signalen radicalisering mbo", None, None),
        ("", None, None),
        ("Hoi,", None, None),
        ("Bijgaand de signalen die bij ons binnenkwamen via het Landelijk Steunpunt Extremisme. Minister Van", None, None),
        ("Weel is op de hoogte. Ik ben morgen niet bereikbaar; bel gerust met Ruben (jur. dienst) of met mij", None, None),
        ("op mijn mobiel. Zie ook het verslag van het overleg met burgemeester Schouten van 12 november.", None, None),
        ("", None, None),
        ("Groet,", None, None),
        ("Femke Zuidhoek-Amrani", None, None),
        ("Senior beleidsadviseur NCTV | Turfmarkt 147, Den Haag | T 06-5238 0146", None, None),
    ]
    for txt, bw, tail in body:
        c.setFont("Helvetica", 10)
        c.drawString(x0, y, txt)
        if bw:
            xx = x0 + c.stringWidth(txt, "Helvetica", 10) + 1
            box(xx, y, bw)
            if tail:
                c.drawString(xx + bw + 1, y, tail)
        y -= 13.5
    y -= 16
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(x0, y, "Opmerking Woo-team 2025: bij de eerste beoordeling zijn enkele persoonsgegevens abusievelijk niet gelakt.")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, 12 * mm, "Woo-besluit 2024-12 | document 17 | pagina 1 van 1")
    c.showPage()
    c.save()
    redact = [R("PERSON", "Femke Zuidhoek-Amrani (NCTV)", "Zuidhoek-Amrani", "Femke"),
              R("PHONE", "06-5238 0146"),
              R("PERSON", "Ruben Alkemade (JenV juridische dienst)", "Alkemade", "Ruben")]
    keep = [K("LABEL", "5.1.2e (eerdere lakronde)", "5.1.2e"),
            K("ORG", "Inspectie van het Onderwijs"), K("OFFICEHOLDER", "Staatssecretaris Paul", "Paul"),
            K("OFFICEHOLDER", "Minister Van Weel", "Weel"), K("OFFICEHOLDER", "burgemeester Schouten", "Schouten"),
            K("PLACE", "Rotterdam-Zuid"), K("ORG", "NCTV"), K("ORG", "Landelijk Steunpunt Extremisme"),
            K("ADDRESS_ORG", "Rijnstraat 50"), K("ADDRESS_ORG", "Turfmarkt 147"),
            K("DOC", "DTN 61"), K("ORG", "Directie Middelbaar Beroepsonderwijs"),
            K("MAILBOX", "onderwijs@nctv.minjenv.nl")]
    return redact, keep


# ------------------------------------------------------------------ 08
@reg("bi08_nota_fin_box3")
def d08(out: Path, work: Path):
    st = styles("djsans", 9.5)

    def side(c, d):
        x = 148 * mm
        y = 250 * mm
        items = [("Directie Algemene Fiscale Politiek", True), ("Korte Voorhout 7", False),
                 ("2511 CW Den Haag", False), ("Postbus 20201", False), ("2500 EE Den Haag", False), ("", False),
                 ("Contactpersoon", True), ("Marloes Tjin-A-Djie", False), ("T 06-1942 7730", False),
                 ("m.tjin-a-djie@minfin.nl", False), ("", False), ("Kenmerk", True), ("2025-0000098231", False),
                 ("", False), ("Kopie aan", True), ("DG Belastingdienst", False), ("DGFZ", False), ("", False),
                 ("Bijlagen", True), ("1. Uitvoeringstoets", False)]
        for i, (t, b) in enumerate(items):
            c.setFont("DejaVuSans-Bold" if b else "DejaVuSans", 7)
            c.drawString(x, y - i * 9, t)
        c.setFont("DejaVuSans-Bold", 10)
        c.drawString(20 * mm, 282 * mm, "Ministerie van Financiën")

    story = [Spacer(1, 10 * mm), P("nota", st["h1"]),
             table([["Aan", "de minister, de staatssecretaris Fiscaliteit"],
                    ["Van", "Marloes Tjin-A-Djie, AFP"],
                    ["Datum", "11 april 2025"],
                    ["Onderwerp", "Rechtsherstel box 3 – stand van zaken uitvoering"]],
                   st, [22 * mm, 95 * mm], header=False, grid=False),
             P("Aanleiding", st["h2"]),
             P("Na het arrest van de Hoge Raad van 6 juni 2024 moet het rechtsherstel box 3 worden uitgebreid. "
               "De Belastingdienst heeft een uitvoeringstoets gedaan (bijlage 1). In deze nota leest u de "
               "stand van zaken en de keuzes voor de brief aan de Tweede Kamer.", st["n"]),
             P("Geadviseerd besluit", st["h2"]),
             P("Aan de staatssecretaris wordt gevraagd: in te stemmen met de planning in de uitvoeringstoets, "
               "en met het sturen van bijgaande brief aan de Tweede Kamer vóór het commissiedebat Fiscaliteit "
               "van 23 april.", st["n"]),
             P("Kern", st["h2"]),
             P("• De Wet rechtsherstel box 3 kan per 2026 worden uitgevoerd voor ongeveer 1,4 miljoen "
               "belastingplichtigen.<br/>• De kosten van de uitbreiding bedragen circa € 1,2 miljard en worden "
               "gedekt bij de Voorjaarsnota.<br/>• Staatssecretaris Van Oostenbruggen heeft de Kamer toegezegd "
               "vóór de zomer te rapporteren.", st["n"]),
             P("Toelichting", st["h2"]),
             P("De uitvoering vraagt aanpassing van het systeem IBS-box3 (Informatievoorziening "
               "Belastingdienst). Het lid Idsinga (NSC) heeft gevraagd naar de gevolgen voor "
               "spaarders met een laag vermogen. Ambtelijk is dit afgestemd met de Directie Directe "
               "Belastingen (contact: Hidde van Rossem-Baars) en met de Landsadvocaat.", st["n"]),
             P("Krachtenveld", st["h2"]),
             P("De Nationale ombudsman en de Consumentenbond vragen om een ruimere compensatie. De Raad van "
               "State is kritisch over de uitvoerbaarheid. De Vereniging Eigen Huis steunt de planning.", st["n"]),
             P("Informatie die niet openbaar gemaakt kan worden", st["h2"]),
             P("[in te vullen door opsteller]", st["n"]),
             PageBreak(),
             P("Parafenlijst", st["h2"]),
             table([["Naam", "Functie", "Paraaf", "Datum"],
                    ["Marloes Tjin-A-Djie", "beleidsmedewerker AFP (opsteller)", "MTj", "9-4-2025"],
                    ["H.C. van Rossem-Baars", "plv. directeur Directe Belastingen", "HvR", "10-4-2025"],
                    ["drs. G.P. Ammerlaan", "directeur AFP", "GPA", "10-4-2025"],
                    ["DGFZ", "directeur-generaal Fiscale Zaken", "akkoord per mail", "11-4-2025"]],
                   st, [45 * mm, 65 * mm, 30 * mm, 25 * mm]),
             Spacer(1, 5 * mm),
             P("Opmerking GPA bij versie 3: graag de zin over de Consumentenbond neutraler formuleren. "
               "Verwerkt door MTj op 10-4.", st["n"]),
             P("Routing: AFP → DB → DGFZ → SG → staatssecretaris Fiscaliteit → minister", st["n"])]
    build_rl(out, story, font="djsans", side=side, margins=(20, 65, 20, 20),
             footer="Nota 2025-0000098231 – Rechtsherstel box 3",
             meta={"title": "Nota rechtsherstel box 3", "author": "Tjin-A-Djie, Marloes"})
    redact = [R("PERSON", "Marloes Tjin-A-Djie", "Tjin-A-Djie", "Marloes"),
              R("PHONE", "06-1942 7730"), R("EMAIL", "m.tjin-a-djie@minfin.nl"),
              R("PERSON", "H.C. (Hidde) van Rossem-Baars", "Rossem-Baars", "Hidde"),
              R("PERSON", "drs. G.P. Ammerlaan", "Ammerlaan"),
              R("PARAPH", "MTj", "MTj"), R("PARAPH", "HvR", "HvR"), R("PARAPH", "GPA", "GPA")]
    keep = [K("ORG", "Hoge Raad"), K("ORG", "Belastingdienst"), K("LAW", "Wet rechtsherstel box 3"),
            K("OFFICEHOLDER", "Staatssecretaris Van Oostenbruggen", "Van Oostenbruggen"),
            K("OFFICEHOLDER", "lid Idsinga (NSC)", "Idsinga"), K("ACRONYM", "DGFZ"), K("ACRONYM", "AFP"),
            K("ORG", "Nationale ombudsman"), K("ORG", "Consumentenbond"), K("ORG", "Raad van State"),
            K("ORG", "Vereniging Eigen Huis"), K("ADDRESS_ORG", "Korte Voorhout 7"), K("ADDRESS_ORG", "Postbus 20201"),
            K("PRODUCT", "IBS-box3"), K("ROLE", "Landsadvocaat"), K("ID", "2025-0000098231"),
            K("TITLE", "directeur-generaal Fiscale Zaken")]
    return redact, keep
